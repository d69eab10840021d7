/**
 * `parameters` (issue 23): the CLI tells a user what they can override. Expected values are the shipped
 * figures of docs/parameters.md: the urban standard 770 from 2025-07-01 (cq-standards-2025), the gradual-exit
 * window of 6 months from 2020-09-07.
 */
import { describe, expect, it } from "vitest";
import { runMain } from "../helpers.js";
import { CHONGQING_PARAMETERS } from "../../src/index.js";

const run = runMain;

describe("social-assistance-rules parameters", () => {
  it("--format json --as-of: every shipped series with its kind, unit, description and the value in force", async () => {
    const { code, out } = await run(["parameters", "--as-of", "2025-10-15", "--format", "json"]);
    expect(code).toBe(0);
    const listed = JSON.parse(out) as { set: string; asOf: string; series: Array<{ name: string; kind: string; unit: string; description: string; expects: string; inForce: { from: string; value: unknown; source: string } | null }> };
    expect(listed.set).toBe("CN-CQ");
    expect(listed.series.map((one) => one.name)).toEqual(Object.keys(CHONGQING_PARAMETERS.series).sort());
    const urban = listed.series.find((one) => one.name === "dibao.standard.urban");
    expect(urban).toMatchObject({ kind: "money-per-month", unit: "CNY/person/month", inForce: { from: "2025-07-01", value: "770" } });
    expect(urban?.description).toContain("城市低保标准");
    expect(listed.series.find((one) => one.name === "gradual-exit.months")).toMatchObject({ kind: "months", expects: "whole months, at least 1 and at most 120", inForce: { from: "2020-09-07", value: "6" } });
    // Before its first value a series has none in force: rigid-expenditure.ratio starts 2025-04-14.
    const early = JSON.parse((await run(["parameters", "--as-of", "2024-01-01", "--format", "json"])).out) as typeof listed;
    expect(early.series.find((one) => one.name === "rigid-expenditure.ratio")?.inForce).toBeNull();
  });

  it("--format json without --as-of: every dated value, and the Chinese description", async () => {
    const listed = JSON.parse((await run(["parameters", "--format", "json"])).out) as { asOf: null; series: Array<{ name: string; descriptionZh: string | null; values: Array<{ from: string; value: unknown; source: string; dateStatus: string }> }> };
    expect(listed.asOf).toBeNull();
    const urban = listed.series.find((one) => one.name === "dibao.standard.urban");
    expect(urban?.descriptionZh).toBe("城市低保标准");
    // docs/parameters.md, series dibao.standard.urban: 2018-01-01 546 (cq-standards-2018) first, 2025-07-01 770 last.
    expect(urban?.values[0]).toEqual({ from: "2018-01-01", value: "546", source: "cq-standards-2018", dateStatus: "verified" });
    expect(urban?.values.at(-1)).toEqual({ from: "2025-07-01", value: "770", source: "cq-standards-2025", dateStatus: "verified" });
  });

  it("text without --as-of: every dated value with its source", async () => {
    const { code, out } = await run(["parameters"]);
    expect(code).toBe(0);
    expect(out).toContain("dibao.standard.urban  [money-per-month, CNY/person/month]");
    expect(out).toContain("546  (from 2018-01-01; cq-standards-2018, verified)");
    expect(out).toContain("770  (from 2025-07-01;");
    expect(out).toContain("docs/parameters.md");
  });

  it("text with --as-of: the value in force, or that none is", async () => {
    // rigid-expenditure.ratio starts 2025-04-14 (estimated): none in force on 2024-01-01; the urban standard 770 from 2025-07-01.
    const early = await run(["parameters", "--as-of", "2024-01-01"]);
    expect(early.out).toContain(", values in force on 2024-01-01");
    expect(early.out).toMatch(/rigid-expenditure\.ratio {2}\[ratio, [^\]]+\]\n.*\n {2}刚性支出困难家庭.*\n.*\n {2}no value in force on 2024-01-01\n/);
    expect((await run(["parameters", "--as-of", "2025-10-15"])).out).toMatch(/dibao\.standard\.urban .*\n.*\n {2}城市低保标准\n.*\n {2}770 {2}\(from 2025-07-01; cq-standards-2025, verified\)\n/);
  });

  it("answers --help and refuses a bad date or format with exit 2", async () => {
    expect((await run(["parameters", "--help"])).out).toContain("Usage: social-assistance-rules parameters [--as-of YYYY-MM-DD] [--format text|json]");
    expect((await run(["--help"])).out).toContain("parameters [--as-of YYYY-MM-DD]");
    expect((await run(["parameters", "--as-of", "2025-02-30"])).code).toBe(2);
    expect((await run(["parameters", "--format", "yaml"])).code).toBe(2);
  });
});
