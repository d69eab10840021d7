/** `schema --determination` and `clauses --format json` (issue 28, item 6); schemas carry a stable `$id`. */
import { describe, expect, it } from "vitest";
import { runMain } from "../helpers.js";
import { clauseCatalogue, DETERMINATION_SCHEMA } from "../../src/index.js";

const run = runMain;

describe("schema and clauses for machines", () => {
  it("schema prints the household's schema, --determination the determination's, each with a stable URN $id", async () => {
    const household = JSON.parse((await run(["schema"])).out) as { $id: string; title: string };
    expect(household.$id).toBe("urn:social-assistance-rules:household:v1");
    const determination = JSON.parse((await run(["schema", "--determination"])).out) as { $id: string; properties: Record<string, unknown> };
    expect(determination.$id).toBe("urn:social-assistance-rules:determination:v1");
    expect(Object.keys(determination.properties)).toEqual(expect.arrayContaining(["schema", "householdId", "dibao", "specialHardship", "warnings"]));
    expect(DETERMINATION_SCHEMA).toMatch(/^social-assistance-rules\/determination@1\.\d+$/);
    expect((await run(["schema", "--household"])).code).toBe(2);
  });

  it("clauses --format json lists every clause with its text, title in the language asked and its source", async () => {
    const listed = JSON.parse((await run(["clauses", "--format", "json", "--lang", "en"])).out) as { lang: string; clauses: Array<{ id: string; zh: string; en: string; title: string; sourceEntry: { id: string; inForce: string } | null }> };
    expect(listed.lang).toBe("en");
    expect(listed.clauses.map((clause) => clause.id)).toEqual(clauseCatalogue.map((clause) => clause.id));
    const art9 = listed.clauses.find((clause) => clause.id === "saim/art-9");
    expect(art9).toMatchObject({ title: "Interim Measures for Social Assistance, art. 9", sourceEntry: { id: "saim", inForce: "2014-05-01 (revision 2019-03-02)" } });
    const zh = JSON.parse((await run(["clauses", "--format", "json"])).out) as typeof listed;
    expect(zh.clauses.find((clause) => clause.id === "saim/art-9")?.title).toBe("《社会救助暂行办法》第九条");
    expect((await run(["clauses", "--format", "yaml"])).code).toBe(2);
  });
});
