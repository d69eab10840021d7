/**
 * National and local layers: the shipped CN-CQ set is the Chongqing layer composed on the national layer,
 * and its series are the ones it held before the split (names, values, sources, dates), written out here
 * by hand from docs/parameters.md; another city can start from the national layer alone (`base: "CN"`).
 */
import { describe, expect, it } from "vitest";
import { evaluate, InvalidOptionsError } from "../../src/index.js";
import { composeLayers } from "../../src/policy/layers.js";
import { NATIONAL_PARAMETERS } from "../../src/policy/national.js";
import { CHONGQING_SERIES } from "../../src/policy/chongqing.js";
import { baseParameterSet, CHONGQING_PARAMETERS, chongqingParameterSet, nationalParameterSet, SHIPPED_PARAMETER_SETS, shippedParameterSet } from "../../src/policy/parameters.js";
import { household, issuesThrown, member } from "../helpers.js";

const SPAN_2020 = { earliest: "2020-09-07", latest: "2021-06-30" };
const MEETING_NOTE = "announced at the 2020-09-07 municipal conference without a date; we use the meeting date";

/** The 36 series the CN-CQ set held before the layers were split, the five added with R7 and R8, the four grade lists of the disability concepts (src/facts/disability.ts), R9's six citation series and two compulsory-school ages, R7a's citation series, and the adult age of INT-12's supporters in the household. */
const SERIES_BEFORE_SPLIT = [
  "citations.dibao-edge",
  "citations.education-assistance",
  "citations.education-assistance.high-school",
  "citations.gradual-exit.current",
  "citations.housing-assistance",
  "citations.medical-assistance",
  "citations.medical-assistance.monitoring",
  "citations.near-dibao",
  "citations.no-split-when-eligible",
  "citations.rural-housing-renovation",
  "dibao-edge.in-force",
  "dibao.basic-pension-exclusion.stated",
  "dibao.income.excluded-kinds",
  "dibao.review-interval.irregular",
  "dibao.review-interval.stable",
  "dibao.standard.rural",
  "dibao.standard.urban",
  "dibao.top-up.aged",
  "dibao.top-up.aged-min-age",
  "dibao.top-up.child-or-student",
  "dibao.top-up.disabled",
  "dibao.top-up.preschool-max-age",
  "dibao.top-up.serious-illness",
  "dibao.top-up.severely-disabled",
  "dibao.top-up.severely-disabled-grades",
  "education-assistance.disabled-child.max-age",
  "education-assistance.disabled-child.min-age",
  "gradual-exit.bound",
  "gradual-exit.months",
  "gradual-exit.scope",
  "near-dibao.bound",
  "resident-disposable-income.rural",
  "resident-disposable-income.urban",
  "rigid-expenditure.in-force",
  "rigid-expenditure.ratio",
  "screening.in-force",
  "screening.shock-lookback-months",
  "single-person.adult-min-age",
  "single-person.adult-severe-disability-route",
  "single-person.grade-3-intellectual-mental",
  "single-person.severe-disability-added-grades",
  "single-person.severe-disability-grades",
  "special-hardship.basic-standard",
  "special-hardship.care.full",
  "special-hardship.care.partial",
  "special-hardship.care.self-care",
  "special-hardship.continuation-max-age",
  "special-hardship.continuation-schooling",
  "special-hardship.income.excluded-kinds",
  "special-hardship.no-capacity.disability-grades",
  "special-hardship.no-capacity.elderly-min-age",
  "special-hardship.no-capacity.minor-max-age",
  "special-hardship.self-care.full-loss-min-failed",
  "special-hardship.supporter.adult-min-age",
  "special-hardship.supporter.dibao-min-age",
  "special-hardship.supporter.elderly-min-age",
  "special-hardship.supporter.severe-disability-grades",
];

/** A compiled series' data as written in the set, without the compiled decimals. */
const seriesData = (name: string) => chongqingParameterSet().data.series[name];

describe("the composed CN-CQ set", () => {
  it("holds exactly the series it held before the split, under the same names, and the new R7–R8 series", () => {
    expect([...chongqingParameterSet().series.keys()].sort()).toEqual(SERIES_BEFORE_SPLIT);
    expect(chongqingParameterSet().id).toBe("CN-CQ");
    expect(chongqingParameterSet().jurisdiction).toBe("CN-CQ");
  });

  it("near-dibao line: Chongqing's estimated start before the national 2021 value, in date order", () => {
    expect(seriesData("near-dibao.bound")).toEqual({
      description: "Near-dibao (低保边缘) household: per-capita income below this multiple of the standard, property compliant",
      descriptionZh: "低保边缘家庭：家庭人均收入低于低保标准的此倍数，且财产状况符合规定",
      kind: "multiple-of-standard",
      unit: "× standard",
      values: [
        { from: "2020-09-07", value: "1.5", source: "cq-daily-2020-09", dateStatus: "estimated", uncertainty: SPAN_2020, note: MEETING_NOTE },
        { from: "2021-07-01", value: "1.5", source: "mlg-review-2021", dateStatus: "verified", note: "mlg-review-2021/art-8; from 2022-10-20 also backstop-notice-2022/1-4" },
      ],
    });
  });

  it("single-person grade-3 switch and no-split citations: Chongqing's earlier values, then the national ones", () => {
    expect(seriesData("single-person.grade-3-intellectual-mental")?.values).toEqual([
      { from: "2018-01-01", value: false, source: "cq-daily-2020-09", dateStatus: "verified" },
      { from: "2021-07-01", value: true, source: "mlg-review-2021", dateStatus: "verified" },
    ]);
    expect(seriesData("citations.no-split-when-eligible")?.values.map((v) => [v.from, v.value, v.source])).toEqual([
      ["2018-01-01", ["cq-daily-2020-09/single-person-legacy"], "cq-daily-2020-09"],
      ["2020-09-07", ["cq-daily-2020-09/single-person"], "cq-daily-2020-09"],
      ["2022-10-20", ["backstop-notice-2022/1-1"], "backstop-notice-2022"],
    ]);
  });

  it("Chongqing's own citations replace the national ones whole", () => {
    expect(seriesData("citations.near-dibao")?.values.map((v) => v.value)).toEqual([
      ["cq-daily-2020-09/single-person"],
      ["cq-daily-2020-09/single-person", "mlg-review-2021/art-8"],
      ["cq-daily-2020-09/single-person", "mlg-review-2021/art-8", "backstop-notice-2022/1-4"],
    ]);
    expect(seriesData("citations.gradual-exit.current")?.values.map((v) => [v.from, Array.isArray(v.value) ? v.value.length : -1])).toEqual([
      ["2020-09-07", 2],
      ["2021-07-01", 3],
      ["2022-10-20", 4],
    ]);
  });

  it("national constants and Chongqing figures, each with its own source", () => {
    expect(seriesData("special-hardship.no-capacity.disability-grades")?.values).toEqual([
      { from: "2018-01-01", value: ["intellectual:3", "mental:3", "physical:2", "visual:1"], source: "shp-identification-2021", dateStatus: "verified" },
    ]);
    expect(seriesData("special-hardship.no-capacity.elderly-min-age")?.values.map((v) => [v.value, v.source])).toEqual([["60", "shp-identification-2021"]]);
    expect(seriesData("dibao.top-up.child-or-student")?.values.map((v) => [v.from, v.value, v.source])).toEqual([["2018-01-01", "100", "cq-standards-2018"]]);
    expect(seriesData("dibao.top-up.preschool-max-age")?.values.map((v) => [v.value, v.source, v.note])).toEqual([["6", "cq-standards-2018", "INT-10: 学龄前 read as under 6"]]);
    const urban = seriesData("dibao.standard.urban");
    expect(urban?.values).toHaveLength(8);
    expect(urban?.values[7]).toEqual({ from: "2025-07-01", value: "770", source: "cq-standards-2025", dateStatus: "verified", note: "渝民规〔2025〕6号; latest value held" });
    expect(seriesData("gradual-exit.months")?.values.map((v) => [v.from, v.value, v.source])).toEqual([
      ["2018-01-01", "6", "cq-daily-2020-09"],
      ["2020-09-07", "6", "cq-daily-2020-09"],
    ]);
  });

  it("a series Chongqing does not touch is the national series itself; one it adds values to keeps the national values", () => {
    for (const name of Object.keys(NATIONAL_PARAMETERS.series)) {
      const change = (CHONGQING_SERIES as Record<string, object>)[name];
      const national = NATIONAL_PARAMETERS.series[name];
      if (change === undefined) expect(CHONGQING_PARAMETERS.series[name], name).toBe(national);
      else if ("addValues" in change) {
        // Merged by date: every national value whose date Chongqing does not restate is still there.
        const added = new Set((change as { addValues: Array<{ from: string }> }).addValues.map((value) => value.from));
        for (const value of national?.values ?? []) if (!added.has(value.from)) expect(CHONGQING_PARAMETERS.series[name]?.values, name).toContainEqual(value);
      }
    }
  });
});

describe("the national layer", () => {
  it("holds no local figure: no standard, top-up, care subsidy, gradual-exit bound, scope or window", () => {
    const names = Object.keys(NATIONAL_PARAMETERS.series);
    expect(names.filter((name) => /^(dibao\.standard|dibao\.top-up|special-hardship\.care\.|special-hardship\.basic|gradual-exit\.|resident-disposable-income)/.test(name))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(["special-hardship.no-capacity.elderly-min-age", "special-hardship.no-capacity.disability-grades", "special-hardship.continuation-max-age", "dibao.income.excluded-kinds", "special-hardship.income.excluded-kinds"]));
  });

  it("cites national sources only", () => {
    for (const [name, series] of Object.entries(NATIONAL_PARAMETERS.series)) {
      for (const value of series.values) expect(value.source.startsWith("cq-"), `${name} from ${value.from}: ${value.source}`).toBe(false);
    }
  });

  it("holds the 1.5 × line only from the national measures (2021-07-01), not from Chongqing's 2020 conference", () => {
    expect(NATIONAL_PARAMETERS.series["near-dibao.bound"]?.values.map((v) => [v.from, v.value])).toEqual([["2021-07-01", "1.5"]]);
  });
});

describe("the table of shipped sets", () => {
  it("assesses a household of CN-CQ with the Chongqing set; the national layer is no jurisdiction's set", () => {
    expect(Object.keys(SHIPPED_PARAMETER_SETS)).toEqual(["CN-CQ"]);
    expect(shippedParameterSet("CN-CQ")).toBe(chongqingParameterSet());
    expect(shippedParameterSet("CN")).toBeUndefined();
    expect(shippedParameterSet("constructor")).toBeUndefined();
  });

  it("a base is a shipped set or the national layer, compiled once", () => {
    expect(baseParameterSet("CN")).toBe(nationalParameterSet());
    expect(baseParameterSet("CN-CQ")).toBe(chongqingParameterSet());
    expect(baseParameterSet("toString")).toBeUndefined();
  });

  it("an unknown base names the sets that ship", () => {
    expect(issuesThrown(() => evaluate(household([member("m1")]), { asOf: "2024-06-01", parameters: { base: "CN-ZZ", series: {} } }), InvalidOptionsError)).toEqual([
      { path: "parameters.base", message: 'no shipped parameter set "CN-ZZ" (the shipped sets: CN, CN-CQ)' },
    ]);
  });
});

describe("composeLayers", () => {
  const base = {
    id: "B",
    jurisdiction: "B",
    description: "",
    series: { a: { description: "a", kind: "count" as const, unit: "x", values: [{ from: "2021-01-01", value: "2", source: "b", dateStatus: "verified" as const }] } },
  };

  it("merges added values by date, the layer's winning on the same date, and keeps the base's description", () => {
    const composed = composeLayers(base, {
      id: "L",
      jurisdiction: "L",
      description: "layer",
      series: {
        a: {
          addValues: [
            { from: "2021-01-01", value: "3", source: "l", dateStatus: "verified" },
            { from: "2019-01-01", value: "1", source: "l", dateStatus: "estimated" },
          ],
        },
      },
    });
    expect(composed.series.a).toEqual({
      description: "a",
      kind: "count",
      unit: "x",
      values: [
        { from: "2019-01-01", value: "1", source: "l", dateStatus: "estimated" },
        { from: "2021-01-01", value: "3", source: "l", dateStatus: "verified" },
      ],
    });
    expect([composed.id, composed.jurisdiction, composed.description]).toEqual(["L", "L", "layer"]);
    expect(base.series.a.values).toHaveLength(1);
  });

  it("a whole series replaces the base's; adding values to a series the base lacks is an error", () => {
    const whole = { description: "new", kind: "count" as const, unit: "y", values: [] };
    expect(composeLayers(base, { id: "L", jurisdiction: "L", description: "", series: { a: whole } }).series.a).toBe(whole);
    expect(() => composeLayers(base, { id: "L", jurisdiction: "L", description: "", series: { b: { addValues: [] } } })).toThrow('parameter layer L adds values to "b", which its base B does not hold');
  });
});

describe("a top-up's reason cites the source of the amounts paid (issue 12 item 4)", () => {
  // m1 earns 1 000 a month; m2, 13, is a pupil (compulsory schooling): the student top-up.
  const family = (jurisdiction: string, disabled = false) =>
    household(
      [
        member("a", { birthDate: "1980-01-01", incomes: [{ kind: "wage", monthly: "1000" }] }),
        member("b", { relation: "child", birthDate: "2012-01-01", schooling: "compulsory", ...(disabled ? { disability: { category: "physical", grade: 4 } } : {}) }),
      ],
      { jurisdiction },
    );
  const own = (value: string) => ({ values: [{ from: "2025-01-01", value, source: "XX notice 2025" }] });
  const topUpReason = (d: ReturnType<typeof evaluate>) => d.dibao.reasons.find((reason) => reason.code === "top-up.member");

  it("a city on the national layer, with its own amounts, cites no Chongqing notice", () => {
    const city = {
      id: "CN-XX",
      jurisdiction: "CN-XX",
      base: "CN",
      series: {
        "dibao.standard.urban": own("900"),
        "dibao.top-up.disabled": own("50"),
        "dibao.top-up.severely-disabled": own("70"),
        "dibao.top-up.serious-illness": own("70"),
        "dibao.top-up.aged": own("70"),
        "dibao.top-up.child-or-student": own("120"),
        "dibao.top-up.aged-min-age": own("70"),
        "dibao.top-up.preschool-max-age": own("6"),
      },
    };
    const d = evaluate(family("CN-XX"), { asOf: "2025-10-15", parameters: city });
    // S = 900: 2 × 900 − 1 000 = 800, + the city's 120 for the pupil = 920.
    expect(d.dibao.monthlyAmount).toBe("920.00");
    expect(topUpReason(d)).toMatchObject({ clauses: ["saim/art-12/para-2"], values: { memberId: "b", categories: ["student"], amount: "120.00" } });
    const cited = d.dibao.reasons.flatMap((reason) => reason.clauses);
    expect(cited.filter((id) => id.startsWith("cq-"))).toEqual([]);
  });

  it("the shipped set cites its own notice for the same household", () => {
    // S = 770 from 2025-07-01: 2 × 770 − 1 000 = 540, + 100 for the pupil = 640.
    const d = evaluate(family("CN-CQ"), { asOf: "2025-10-15" });
    expect(d.dibao.monthlyAmount).toBe("640.00");
    expect(topUpReason(d)?.clauses).toEqual(["cq-standards-2018", "saim/art-12/para-2"]);
  });

  it("on base CN-CQ, a replaced amount cites its own source and an inherited one Chongqing's", () => {
    const variant = { id: "CN-XX", jurisdiction: "CN-XX", base: "CN-CQ", series: { "dibao.top-up.child-or-student": { replace: true, ...own("120") } } };
    // The pupil alone: only the city's student amount is paid → no Chongqing notice.
    expect(topUpReason(evaluate(family("CN-XX"), { asOf: "2025-10-15", parameters: variant }))?.clauses).toEqual(["saim/art-12/para-2"]);
    // A disabled pupil: the city's 120 plus Chongqing's inherited 40 for any disability → that one cites cq-standards-2018.
    const disabled = evaluate(family("CN-XX", true), { asOf: "2025-10-15", parameters: variant });
    expect(topUpReason(disabled)).toMatchObject({ clauses: ["cq-standards-2018", "saim/art-12/para-2"], values: { categories: ["student", "disabled"], amount: "160.00" } });
  });
});

describe("another city on the national layer (base: CN)", () => {
  it("uses its own standards and the national ages; a series neither supplies is an options error naming it", () => {
    const city = {
      id: "CN-XX",
      jurisdiction: "CN-XX",
      base: "CN",
      series: { "dibao.standard.urban": { values: [{ from: "2024-01-01", value: "1000", source: "XX notice" }] } },
    };
    // No top-up ages in the national layer: the rules that read them stop with an error naming the series.
    expect(() => evaluate(household([member("m1")], { jurisdiction: "CN-XX" }), { asOf: "2024-06-01", parameters: city })).toThrow(InvalidOptionsError);
    expect(() => evaluate(household([member("m1")], { jurisdiction: "CN-XX" }), { asOf: "2024-06-01", parameters: city })).toThrow(/CN-XX holds no value of "dibao\.top-up\./);
  });
});
