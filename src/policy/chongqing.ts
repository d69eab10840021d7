/**
 * Chongqing (`CN-CQ`) parameters, transcribed from the policy brief's parameter tables (every series and dated value is listed in `docs/parameters.md`). Published
 * amounts are stored as published, never derived. Every value names its source id (`policy/sources.yaml`)
 * and whether its start date is stated (`verified`) or our estimate (`estimated`).
 *
 * This is the Chongqing layer: the city's standards, top-ups, care subsidy, gradual-exit rule, the dates
 * from which its own rules apply and its statistics. The shipped set is this layer composed on the
 * national layer (`national.ts`), which holds what the national measures fix.
 */
import { composeLayers, constant, FIRST_DATE, type LayerSeries } from "./layers.js";
import { LOW_INCOME_OPINION_NOTE, NATIONAL_PARAMETERS } from "./national.js";
import type { ParameterSeriesData, ParameterSetData } from "./parameter-types.js";

/** Last date the 2025 notice confirmed the standards, top-ups and care subsidy in force. */
const CONFIRMED_2025 = "2025-07-01";

/** One row of the standards table: urban, rural and extreme-poverty basic standard share dates and sources. */
interface StandardsRow {
  readonly from: string;
  readonly urban: string;
  readonly rural: string;
  readonly basic: string;
  readonly source: string;
  readonly dateStatus: "verified" | "estimated";
  readonly uncertainty?: { readonly earliest: string; readonly latest: string };
  readonly note?: string;
}

const STANDARDS: readonly StandardsRow[] = [
  { from: "2018-01-01", urban: "546", rural: "410", basic: "710", source: "cq-standards-2018", dateStatus: "verified", note: "backdated; announced 2018-08" },
  {
    from: "2019-07-01",
    urban: "580",
    rural: "440",
    basic: "754",
    source: "aggregator-page-2019",
    dateStatus: "estimated",
    uncertainty: { earliest: "2019-01-01", latest: "2019-12-31" },
    note: "aggregator page only; numbers weakly sourced; the date and document of the 2019 change are not held",
  },
  { from: "2020-09-01", urban: "620", rural: "496", basic: "806", source: "cq-standards-2020", dateStatus: "verified", note: "signed 2020-08-26" },
  { from: "2021-09-01", urban: "636", rural: "515", basic: "827", source: "cq-standards-2021", dateStatus: "verified", note: "渝民〔2021〕143号, from the month after issue" },
  { from: "2022-09-01", urban: "717", rural: "581", basic: "932", source: "cq-standards-2022", dateStatus: "verified", note: '渝民〔2022〕187号; the day is read from a copy with dropped characters ("202291")' },
  { from: "2023-09-01", urban: "735", rural: "600", basic: "955", source: "cq-standards-2023", dateStatus: "verified", note: "渝民发〔2023〕10号" },
  { from: "2024-09-01", urban: "750", rural: "610", basic: "975", source: "cq-standards-2024", dateStatus: "verified", note: '渝民发〔2024〕9号, signed 2024-08-30; "从9月起", the 1st is the natural reading' },
  { from: "2025-07-01", urban: "770", rural: "630", basic: "1001", source: "cq-standards-2025", dateStatus: "verified", note: "渝民规〔2025〕6号; latest value held" },
];

function standardSeries(description: string, pick: (row: StandardsRow) => string): ParameterSeriesData {
  return {
    description,
    kind: "money-per-month", unit: "CNY/person/month",
    lastConfirmed: CONFIRMED_2025,
    values: STANDARDS.map((row) => ({
      from: row.from,
      value: pick(row),
      source: row.source,
      dateStatus: row.dateStatus,
      uncertainty: row.uncertainty,
      note: row.note,
    })),
  };
}

const TOP_UP_NOTE = "2018 amounts; every later notice held (2020–2025) says unchanged";

function topUp(description: string, value: string): ParameterSeriesData {
  return { description, kind: "money-per-month", unit: "CNY/person/month", lastConfirmed: CONFIRMED_2025, values: [{ from: "2018-01-01", value, source: "cq-standards-2018", dateStatus: "verified", note: TOP_UP_NOTE }] };
}

function care(description: string, values: readonly [string, string, string]): ParameterSeriesData {
  const [from2018, from2020, from2024] = values;
  return {
    description,
    kind: "money-per-month", unit: "CNY/person/month",
    lastConfirmed: CONFIRMED_2025,
    values: [
      { from: "2018-01-01", value: from2018, source: "cq-standards-2018", dateStatus: "verified" },
      { from: "2020-09-01", value: from2020, source: "cq-standards-2020", dateStatus: "verified" },
      { from: "2024-09-01", value: from2024, source: "cq-standards-2024", dateStatus: "verified", note: "verified as the standards row" },
    ],
  };
}

const STATISTICS_2018 = "a court-compensation table quoting the 2018 statistical bulletin";
const STATISTICS_2023 = "a statistics aggregator quoting the 2023 statistical bulletin (all residents 37595)";

/**
 * Yearly statistics (cq-statistics): the figure for year Y is held from Y-01-01. It is the figure of a
 * year, not a rule in force, so it has no last confirmation and never goes stale; the start is the
 * statistical year by definition. Our copies are secondary, which the note says.
 */
function disposableIncome(description: string, years: ReadonlyArray<readonly [year: string, value: string, copy: string]>): ParameterSeriesData {
  return {
    description,
    kind: "money-per-year", unit: "CNY/year",
    values: years.map(([year, value, copy]) => ({ from: `${year}-01-01`, value, source: "cq-statistics", dateStatus: "verified", note: `secondary copy: ${copy}` })),
  };
}

const SPAN_2020 = { earliest: "2020-09-07", latest: "2021-06-30" } as const;
const MEETING_NOTE = "announced at the 2020-09-07 municipal conference without a date; we use the meeting date";
const LEGACY_NOTE = "in force before 2020-09-07 from a date no source gives; held here from the first date the library holds";

/**
 * The series of the Chongqing layer, by name (their names are part of {@link ParameterName}): whole series,
 * which add to or replace the national layer's, or `addValues`, Chongqing's earlier values of a national series.
 */
export const CHONGQING_SERIES = {
  "dibao.standard.urban": standardSeries("Urban minimum living guarantee standard (城市低保标准)", (row) => row.urban),
  "dibao.standard.rural": standardSeries("Rural minimum living guarantee standard (农村低保标准)", (row) => row.rural),
  "special-hardship.basic-standard": standardSeries("Extreme-poverty basic standard (特困人员基本生活标准), as published", (row) => row.basic),

  "dibao.top-up.disabled": topUp("Classified top-up: disabled person, any grade (残疾人员); adds to another category", "40"),
  "dibao.top-up.severely-disabled": topUp("Classified top-up: severely disabled, grade 1–2 (一至二级重残人员)", "60"),
  "dibao.top-up.serious-illness": topUp("Classified top-up: major illness (患有重大疾病人员)", "60"),
  "dibao.top-up.aged": topUp("Classified top-up: aged 70 or over (70岁以上老人)", "60"),
  "dibao.top-up.child-or-student": topUp("Classified top-up: preschool child or student (学龄前儿童和在校学生)", "100"),
  "dibao.top-up.aged-min-age": { ...topUp("Age from which the aged top-up applies (70岁以上)", "70"), kind: "age", unit: "years" },
  // The table names the category by its grades (一至二级重残人员); held without a last confirmation, as a
  // definition rather than an amount, so it adds no name to W-PARAMETERS-MAY-BE-STALE.
  "dibao.top-up.severely-disabled-grades": {
    description: "Classified top-up: severely disabled, category and highest qualifying grade, any = every category (一至二级重残人员)",
    kind: "disability-grades", unit: "category:grade",
    values: [{ from: "2018-01-01", value: ["any:2"], source: "cq-standards-2018", dateStatus: "verified", note: TOP_UP_NOTE }],
  },
  "dibao.top-up.preschool-max-age": constant("Preschool child: age below this, not in school (INT-10)", "age", "years", "6", "cq-standards-2018", "INT-10: 学龄前 read as under 6"),

  "special-hardship.care.self-care": care("Care subsidy, able to care for self (全自理)", ["0", "50", "100"]),
  "special-hardship.care.partial": care("Care subsidy, self-care partly lost (半护理)", ["200", "200", "300"]),
  "special-hardship.care.full": care("Care subsidy, self-care fully lost (全护理)", ["300", "300", "500"]),
  "resident-disposable-income.urban": disposableIncome(
    "Urban residents' per-capita disposable income (城镇常住居民人均可支配收入) of a year, yuan per year; a value from YYYY-01-01 is the figure for year YYYY, read for asOf in YYYY+1. 2018 and 2023 held",
    [["2018", "34889", STATISTICS_2018], ["2023", "47435", STATISTICS_2023]],
  ),
  "resident-disposable-income.rural": disposableIncome(
    "Rural residents' per-capita disposable income (农村常住居民人均可支配收入) of a year, yuan per year; a value from YYYY-01-01 is the figure for year YYYY, read for asOf in YYYY+1. 2018 and 2023 held",
    [["2018", "13781", STATISTICS_2018], ["2023", "20820", STATISTICS_2023]],
  ),

  "gradual-exit.scope": {
    description: "Who may get a gradual-exit window: rural registered-poor households only (legacy) or all urban and rural dibao households (current)",
    kind: "regime",
    names: ["rural-registered-poor", "urban-and-rural"],
    unit: "regime",
    values: [
      { from: "2018-01-01", value: "rural-registered-poor", source: "cq-daily-2020-09", dateStatus: "estimated", startUnknown: true, note: LEGACY_NOTE },
      { from: "2020-09-07", value: "urban-and-rural", source: "cq-daily-2020-09", dateStatus: "estimated", uncertainty: SPAN_2020, note: MEETING_NOTE },
    ],
  },
  "gradual-exit.bound": {
    description: "Gradual exit: per-capita income must be below this multiple of the standard",
    kind: "multiple-of-standard", unit: "× standard",
    values: [
      { from: "2018-01-01", value: "2", source: "cq-daily-2020-09", dateStatus: "estimated", startUnknown: true, note: LEGACY_NOTE },
      { from: "2020-09-07", value: "1.5", source: "cq-daily-2020-09", dateStatus: "estimated", uncertainty: SPAN_2020, note: MEETING_NOTE },
    ],
  },
  "gradual-exit.months": {
    description: "Length of a gradual-exit window, in calendar months (national cap 原则上不超过6个月, backstop-notice-2022/1-3)",
    kind: "months", unit: "months",
    values: [
      { from: "2018-01-01", value: "6", source: "cq-daily-2020-09", dateStatus: "estimated", startUnknown: true, note: LEGACY_NOTE },
      { from: "2020-09-07", value: "6", source: "cq-daily-2020-09", dateStatus: "estimated", uncertainty: SPAN_2020, note: MEETING_NOTE },
    ],
  },
  "citations.gradual-exit.current": {
    description: "Clauses behind the current gradual-exit rule, as instruments came into force",
    kind: "clause-ids", unit: "clause ids",
    values: [
      { from: "2020-09-07", value: ["cq-daily-2020-09/gradual-exit", "cq-daily-2020-09/urban-rural"], source: "cq-daily-2020-09", dateStatus: "estimated", uncertainty: SPAN_2020 },
      { from: "2021-07-01", value: ["cq-daily-2020-09/gradual-exit", "cq-daily-2020-09/urban-rural", "mlg-review-2021/art-33"], source: "mlg-review-2021", dateStatus: "verified" },
      { from: "2022-10-20", value: ["cq-daily-2020-09/gradual-exit", "cq-daily-2020-09/urban-rural", "mlg-review-2021/art-33", "backstop-notice-2022/1-3"], source: "backstop-notice-2022", dateStatus: "verified" },
    ],
  },

  // Chongqing had the near-dibao line, and the grade-3 and no-split rules of the single-person route, before
  // the national texts: its earlier values are added to the national series.
  "near-dibao.bound": {
    addValues: [{ from: "2020-09-07", value: "1.5", source: "cq-daily-2020-09", dateStatus: "estimated", uncertainty: SPAN_2020, note: MEETING_NOTE }],
  },
  "citations.near-dibao": {
    description: "Clauses behind the near-dibao single-person route, as instruments came into force",
    kind: "clause-ids", unit: "clause ids",
    values: [
      { from: "2020-09-07", value: ["cq-daily-2020-09/single-person"], source: "cq-daily-2020-09", dateStatus: "estimated", uncertainty: SPAN_2020 },
      { from: "2021-07-01", value: ["cq-daily-2020-09/single-person", "mlg-review-2021/art-8"], source: "mlg-review-2021", dateStatus: "verified" },
      { from: "2022-10-20", value: ["cq-daily-2020-09/single-person", "mlg-review-2021/art-8", "backstop-notice-2022/1-4"], source: "backstop-notice-2022", dateStatus: "verified" },
    ],
  },
  "single-person.grade-3-intellectual-mental": {
    addValues: [{ from: FIRST_DATE, value: false, source: "cq-daily-2020-09", dateStatus: "verified" }],
  },
  // Before the 2021 measures, Chongqing's 重度残疾人 / 重残人员 (cq-daily-2020-09), read as grade 1–2.
  "single-person.severe-disability-grades": {
    addValues: [{ from: FIRST_DATE, value: ["any:2"], source: "cq-daily-2020-09", dateStatus: "verified" }],
  },
  "citations.no-split-when-eligible": {
    addValues: [
      { from: FIRST_DATE, value: ["cq-daily-2020-09/single-person-legacy"], source: "cq-daily-2020-09", dateStatus: "verified" },
      { from: "2020-09-07", value: ["cq-daily-2020-09/single-person"], source: "cq-daily-2020-09", dateStatus: "verified" },
    ],
  },

  // R7a: Chongqing's dibao-edge households from the 2020-09-07 conference ("家庭人均收入超过低保标准但低于1.5倍低保标准"),
  // estimated as the near-dibao line; the national value from 2022-10-20 stays.
  "dibao-edge.in-force": {
    addValues: [
      { from: FIRST_DATE, value: false, source: "cq-daily-2020-09", dateStatus: "verified", note: "before the 2020-09-07 municipal conference" },
      { from: "2020-09-07", value: true, source: "cq-daily-2020-09", dateStatus: "estimated", uncertainty: SPAN_2020, note: MEETING_NOTE },
    ],
  },
  // R7a's clauses: Chongqing's own from the 2020-09-07 conference, then the national ones as they came into force.
  "citations.dibao-edge": {
    description: "Clauses behind the dibao-edge household tier (R7a), as instruments came into force",
    kind: "clause-ids", unit: "clause ids",
    values: [
      { from: "2020-09-07", value: ["cq-daily-2020-09/single-person"], source: "cq-daily-2020-09", dateStatus: "estimated", uncertainty: SPAN_2020 },
      { from: "2022-10-20", value: ["cq-daily-2020-09/single-person", "backstop-notice-2022/1-4"], source: "backstop-notice-2022", dateStatus: "verified" },
      {
        from: "2023-11-01",
        value: ["cq-daily-2020-09/single-person", "backstop-notice-2022/1-4", "low-income-opinion-2023/2"],
        source: "low-income-opinion-2023",
        dateStatus: "estimated",
        note: LOW_INCOME_OPINION_NOTE,
      },
    ],
  },
  // R7b: the ratio is Chongqing's (渝民规〔2025〕1号); before it is in force R7b cannot decide the ratio test.
  "rigid-expenditure.ratio": {
    description: "Rigid-expenditure hardship household: rigid expenditure over the last 12 months at least this share of household total income (不低于70%; cq-rigid-expenditure-2025/ratio)",
    kind: "ratio", unit: "share of income",
    lastConfirmed: "2025-05-13",
    values: [
      {
        from: "2025-04-14",
        value: "0.70",
        source: "cq-rigid-expenditure-2025",
        dateStatus: "estimated",
        uncertainty: { earliest: "2025-04-14", latest: "2025-06-30" },
        note: "signed 2025-04-14; in-force date not held; the ratio from a news report and the bureau's explanation (2025-05-13)",
      },
    ],
  },
  // R8: the five-category screening announced at the 2020-09-07 conference (cq-daily-2020-09/five-categories).
  "screening.in-force": {
    description: "Whether the five-category screening (全面摸排五类人群) is in force (R8; cq-daily-2020-09/five-categories)",
    kind: "switch", unit: "switch",
    lastConfirmed: CONFIRMED_2025,
    values: [
      { from: FIRST_DATE, value: false, source: "cq-daily-2020-09", dateStatus: "verified", note: "before the 2020-09-07 municipal conference" },
      { from: "2020-09-07", value: true, source: "cq-daily-2020-09", dateStatus: "verified", note: "the meeting date" },
    ],
  },
  "screening.shock-lookback-months": {
    description: "Screening: a shock (收入骤减或支出骤增) counts when it began within this many calendar months before asOf, both ends included (INT-14)",
    kind: "months", unit: "months",
    lastConfirmed: CONFIRMED_2025,
    values: [
      { from: "2020-09-07", value: "12", source: "cq-daily-2020-09", dateStatus: "verified", note: "INT-14: 骤减/骤增 read as within a year; the report states no period" },
    ],
  },

  // R9 specialised assistance (专项救助): Chongqing's clauses are cited from their own dates, on top of the
  // national articles — the 2020-09-07 report from the meeting date, the 2023 Q&As from the start of the
  // year they describe (INT-15: a Q&A describes the rules in force when written).
  "citations.education-assistance": {
    addValues: [{ from: "2020-09-07", value: ["saim/art-33", "cq-daily-2020-09/education"], source: "cq-daily-2020-09", dateStatus: "verified", note: "the meeting date" }],
  },
  "citations.education-assistance.high-school": {
    description: "Chongqing's clause behind education-assistance referrals of general senior-high students (普通高中免学费; R9)",
    kind: "clause-ids", unit: "clause ids",
    values: [{ from: FIRST_DATE, value: ["cq-education-2016/high-school-fee-waiver"], source: "cq-education-2016", dateStatus: "verified", note: "a 2016 policy, in force before the first value the library holds" }],
  },
  "citations.medical-assistance": {
    addValues: [
      {
        from: "2023-01-01",
        value: ["saim/art-28", "saim/art-29", "cq-medical-assistance-2023/targets"],
        source: "cq-medical-assistance-2023",
        dateStatus: "estimated",
        note: "INT-15: the Q&A of 2023-05-09 describes the rules in force in 2023; cited from the start of that year",
      },
    ],
  },
  "citations.medical-assistance.monitoring": {
    description: "Clauses behind monitoring seriously ill members referred to medical assistance (监测预警; R9)",
    kind: "clause-ids", unit: "clause ids",
    values: [{ from: "2020-09-07", value: ["cq-daily-2020-09/medical"], source: "cq-daily-2020-09", dateStatus: "verified", note: "the meeting date" }],
  },
  "citations.housing-assistance": {
    addValues: [
      { from: "2020-09-07", value: ["saim/art-37", "saim/art-38", "housing-notice-2014/targets", "cq-daily-2020-09/housing"], source: "cq-daily-2020-09", dateStatus: "verified", note: "the meeting date" },
    ],
  },
  "citations.rural-housing-renovation": {
    addValues: [
      { from: "2020-09-07", value: ["saim/art-38", "cq-daily-2020-09/housing"], source: "cq-daily-2020-09", dateStatus: "verified", note: "the meeting date" },
      {
        from: "2023-01-01",
        value: ["saim/art-38", "cq-daily-2020-09/housing", "cq-housing-renovation-2023/targets"],
        source: "cq-housing-renovation-2023",
        dateStatus: "estimated",
        note: "INT-15: the Q&A of 2023-09-05 describes the rules in force in 2023; cited from the start of that year",
      },
    ],
  },

  // --- R12 review intervals (issue 30) ---
  // Read by the audit only (review-overdue). cq-dibao-review-qa/review quotes cq-dibao-procedure-2023, whose
  // in-force date we do not hold: estimated as the measures' year, span from the Q&A page's own address date.
  "dibao.review-interval.stable": {
    description: "Review interval of a dibao household whose finances change little (短期内经济状况变化不大: 每年核查一次), in calendar months (R12, INT-23)",
    kind: "months", unit: "months",
    values: [
      {
        from: "2023-01-01",
        value: "12",
        source: "cq-dibao-review-qa",
        dateStatus: "estimated",
        uncertainty: { earliest: "2021-12-28", latest: "2023-12-31" },
        note: "the measures' year (渝民〔2023〕3号 as the Q&A cites it); the Q&A page's address dates it 2021-12-28",
      },
    ],
  },
  "dibao.review-interval.irregular": {
    description: "Review interval of a dibao household with irregular income and members able to work (收入来源不固定、家庭成员有劳动能力: 每半年核查一次), in calendar months (R12, INT-23)",
    kind: "months", unit: "months",
    values: [
      {
        from: "2023-01-01",
        value: "6",
        source: "cq-dibao-review-qa",
        dateStatus: "estimated",
        uncertainty: { earliest: "2021-12-28", latest: "2023-12-31" },
        note: "the measures' year (渝民〔2023〕3号 as the Q&A cites it); the Q&A page's address dates it 2021-12-28",
      },
    ],
  },
  // --- end R12 ---
} satisfies Record<string, LayerSeries>;

/** The shipped Chongqing parameter set: the Chongqing layer composed on the national layer. */
export const CHONGQING_PARAMETERS: ParameterSetData = composeLayers(NATIONAL_PARAMETERS, {
  id: "CN-CQ",
  jurisdiction: "CN-CQ",
  description: "Chongqing municipality: dibao and extreme-poverty standards, classified top-ups, care subsidy, gradual exit and single-person-household rules",
  series: CHONGQING_SERIES,
});
