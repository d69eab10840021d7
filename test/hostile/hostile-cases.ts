/**
 * The hostile inputs of issue 6, shared by the library and CLI tests: each with the text the CLI reads,
 * the value a library caller would pass, and the field the error must name. The library receives parsed
 * values, so for text-level faults (malformed, truncated, empty, byte-order mark) it gets what a careless
 * caller would pass instead: the unparsed text, or nothing; the CLI gets the bytes.
 */

/** A valid household: every case below breaks it in one place. */
export function validHousehold(): Record<string, unknown> {
  return {
    id: "hostile-base",
    jurisdiction: "CN-CQ",
    area: "urban",
    members: [
      { id: "m1", relation: "self", birthDate: "1980-05-05", incomes: [{ kind: "wage", monthly: "300.00" }] },
      { id: "m2", relation: "child", birthDate: "2012-03-01", schooling: "compulsory" },
    ],
    assets: { compliant: true },
  };
}

export const AS_OF = "2024-01-15";

export interface HostileCase {
  readonly name: string;
  /** The bytes the CLI reads from its file (or standard input). */
  readonly text: () => string;
  /** What a library caller passes to `evaluate`. */
  readonly value: () => unknown;
  /** The path the library's first matching issue must have ("" is the root). */
  readonly libraryPath: string;
  /** The path the CLI's message must name, as it prints it ("(root)" for the whole input). */
  readonly cliPath: string;
  readonly asOf?: string;
  /** InvalidHouseholdError unless said. */
  readonly libraryError?: "InvalidHouseholdError" | "InvalidOptionsError";
  /** CPU budget of the CLI child process (Node's start-up, ~0.4 s, included) when not the 1 s of issue 6; says why. */
  readonly childCpuBudget?: { readonly ms: number; readonly why: string };
}

type Mutable = Record<string, unknown>;

/** A valid household with one change, as a value and as JSON text. */
function broken(change: (household: Mutable & { members: Mutable[] }) => void): { value: () => unknown; text: () => string } {
  const make = (): unknown => {
    const household = validHousehold() as Mutable & { members: Mutable[] };
    change(household);
    return household;
  };
  return { value: make, text: () => JSON.stringify(make()) };
}

function member0(household: { members: Mutable[] }): Mutable {
  return household.members[0] as Mutable;
}

/** A household case whose CLI text is the JSON of its value (the same fault on both sides). */
function same(name: string, path: string, change: (household: Mutable & { members: Mutable[] }) => void): HostileCase {
  return { name, ...broken(change), libraryPath: path, cliPath: path };
}

/** The JSON text of the valid household with `replace` substituted for the first occurrence of `find` (for faults JSON.stringify cannot write). */
function editedText(find: string, replace: string): string {
  const text = JSON.stringify(validHousehold());
  if (!text.includes(find)) throw new Error(`test setup: ${find} not in the base household`);
  return text.replace(find, replace);
}

const INCOME = "members[0].incomes[0].monthly";

function money(name: string, json: string, value: unknown): HostileCase {
  return {
    name: `money ${name}`,
    text: () => editedText('"monthly":"300.00"', `"monthly":${json}`),
    value: broken((h) => {
      ((member0(h).incomes as Mutable[])[0] as Mutable).monthly = value;
    }).value,
    libraryPath: INCOME,
    cliPath: INCOME,
  };
}

const DEPTH = 100_000;

/**
 * A household within every size limit (under 1 MB) that breaks every field it can: 50 members × (50
 * incomes, 50 deductions, 50 supporters). Tens of thousands of problems: the answer must stay quick and
 * short, whatever the input makes the validator find.
 */
export function householdWithEveryFieldWrong(): unknown {
  const income = { kind: "x", monthly: "-1", extra: 1 };
  const supporter = { relation: "x", birthDate: "x", specialHardship: "x", dibaoRecipient: "x", disability: "x", annualIncome: "x", assetsWithinLowIncomeRules: "x", legalIncapacity: "x", e1: 1, e2: 2 };
  const member = (i: number): Mutable => ({
    id: `m${i}`,
    relation: "x",
    birthDate: "x",
    excluded: "x",
    disability: "x",
    seriousIllness: "x",
    employed: "x",
    schooling: "x",
    selfCare: "x",
    incomes: Array.from({ length: 50 }, () => ({ ...income })),
    deductions: Array.from({ length: 50 }, () => ({ ...income })),
    ownAssetsCompliant: "x",
    orphanSupportChosen: "x",
    supporters: Array.from({ length: 50 }, () => ({ ...supporter })),
    orphan: "x",
    supportArrangement: "x",
    z1: 1,
  });
  return {
    jurisdiction: "x",
    area: "x",
    members: Array.from({ length: 50 }, (_, i) => member(i)),
    status: { specialHardshipMemberIds: Array.from({ length: 50 }, () => "nobody"), exitedCoverage: { date: "x" } },
    circumstances: { shocks: Array.from({ length: 50 }, () => ({ cause: "x", effect: "x", since: "x", e1: 1 })), difficulties: ["x"] },
    rigidExpenditure: { items: Array.from({ length: 50 }, () => ({ kind: "x", annual: "-1", e1: 1 })) },
    housing: { securityApplied: "x", dwellingSafety: "x", previouslySupported: "x" },
  };
}

/** A case whose text is the valid household with one edit (a key added), named at the same path by both. */
function keyAdded(name: string, find: string, replace: string, path: string): HostileCase {
  return { name, text: () => editedText(find, replace), value: () => JSON.parse(editedText(find, replace)) as unknown, libraryPath: path, cliPath: path };
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: "malformed JSON (unquoted names, single quotes)",
    text: () => "{jurisdiction: 'CN-CQ', area: urban}",
    value: () => "{jurisdiction: 'CN-CQ', area: urban}",
    libraryPath: "",
    cliPath: "(root)",
  },
  {
    name: "truncated JSON",
    text: () => JSON.stringify(validHousehold()).slice(0, 60),
    value: () => JSON.stringify(validHousehold()).slice(0, 60),
    libraryPath: "",
    cliPath: "(root)",
  },
  { name: "empty input", text: () => "", value: () => undefined, libraryPath: "", cliPath: "(root)" },
  { name: "whitespace only", text: () => " \n\t\r\n", value: () => null, libraryPath: "", cliPath: "(root)" },
  {
    name: "a UTF-8 byte-order mark (library: one inside a value)",
    text: () => `\uFEFF${JSON.stringify(validHousehold())}`,
    value: broken((h) => {
      h.jurisdiction = "\uFEFFCN-CQ";
    }).value,
    libraryPath: "jurisdiction",
    cliPath: "(root)",
  },
  { name: "not an object: an array", text: () => "[]", value: () => [], libraryPath: "", cliPath: "(root)" },
  { name: "not an object: a number", text: () => "42", value: () => 42, libraryPath: "", cliPath: "(root)" },
  same("wrong type: members is a string", "members", (h) => {
    h.members = "m1" as unknown as Mutable[];
  }),
  same("wrong type: area is a number", "area", (h) => {
    h.area = 1;
  }),
  same("wrong type: birthDate is a number", "members[0].birthDate", (h) => {
    member0(h).birthDate = 19800505;
  }),
  same("wrong type: assets.compliant is a string", "assets.compliant", (h) => {
    h.assets = { compliant: "yes" };
  }),
  same("wrong type: disability grade 2.5", "members[0].disability.grade", (h) => {
    member0(h).disability = { category: "physical", grade: 2.5 };
  }),
  same("wrong type: incomes is an object", "members[0].incomes", (h) => {
    member0(h).incomes = { kind: "wage", monthly: "1" };
  }),
  same("impossible date 2023-02-29", "members[0].birthDate", (h) => {
    member0(h).birthDate = "2023-02-29";
  }),
  same("impossible date 2023-13-01", "members[0].birthDate", (h) => {
    member0(h).birthDate = "2023-13-01";
  }),
  same("impossible date 2023-1-1", "members[0].birthDate", (h) => {
    member0(h).birthDate = "2023-1-1";
  }),
  same("impossible date in the status: 2023-02-29", "status.dibao.since", (h) => {
    h.status = { dibao: { since: "2023-02-29" } };
  }),
  money("-1", "-1", -1),
  money('"-1"', '"-1"', "-1"),
  // NaN and Infinity are not JSON: the CLI reads them as malformed text, the library gets the numbers.
  { ...money("NaN", "NaN", Number.NaN), cliPath: "(root)" },
  { ...money("Infinity", "Infinity", Number.POSITIVE_INFINITY), cliPath: "(root)" },
  // 1e400 is JSON: JSON.parse reads it as Infinity.
  money("1e400", "1e400", Number.parseFloat("1e400")),
  money('"1e3"', '"1e3"', "1e3"),
  money('" 12"', '" 12"', " 12"),
  money('"12.345"', '"12.345"', "12.345"),
  money("12.345 (a number)", "12.345", 12.345),
  money("1e21 (a number beyond 12 digits)", "1e21", 1e21),
  money('"1234567890123" (13 digits)', '"1234567890123"', "1234567890123"),
  money('"" (empty)', '""', ""),
  {
    name: "a 10 MB file (200 000 incomes)",
    ...broken((h) => {
      member0(h).incomes = Array.from({ length: 200_000 }, () => ({ kind: "wage", monthly: "12345678.90" }));
    }),
    libraryPath: "members[0].incomes",
    // The CLI reads at most 4 MiB, as batch reads a line (issue 24): refused unread.
    cliPath: "(root)",
  },
  {
    name: "a 10 MB household id",
    ...broken((h) => {
      h.id = "x".repeat(10 * 1024 * 1024);
    }),
    libraryPath: "id",
    cliPath: "(root)",
  },
  same("10 000 members", "members", (h) => {
    h.members = Array.from({ length: 10_000 }, (_, i) => ({ id: `m${i}`, relation: "other", birthDate: "1980-01-01" }));
  }),
  {
    name: `JSON nested ${DEPTH} levels deep at the root`,
    text: () => `${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`,
    value: () => {
      let value: unknown = [];
      for (let i = 1; i < DEPTH; i++) value = [value];
      return value;
    },
    libraryPath: "",
    cliPath: "(root)",
  },
  {
    name: `JSON nested ${DEPTH} levels deep in a field`,
    text: () => editedText('"assets":{"compliant":true}', `"assets":${'{"compliant":'.repeat(DEPTH)}true${"}".repeat(DEPTH)}`),
    value: broken((h) => {
      let value: unknown = true;
      for (let i = 0; i < DEPTH; i++) value = { compliant: value };
      h.assets = value;
    }).value,
    libraryPath: "assets.compliant",
    cliPath: "assets.compliant",
  },
  keyAdded("a __proto__ key at the root", '{"id"', '{"__proto__":{"polluted":true},"id"', "__proto__"),
  keyAdded("a __proto__ key in a member", '{"id":"m1"', '{"__proto__":{"polluted":true},"id":"m1"', "members[0].__proto__"),
  keyAdded("constructor.prototype keys in an income", '{"kind":"wage"', '{"constructor":{"prototype":{"polluted":true}},"kind":"wage"', "members[0].incomes[0].constructor"),
  keyAdded("a prototype key in assets", '"assets":{"compliant":true}', '"assets":{"compliant":true,"prototype":{"polluted":true}}', "assets.prototype"),
  {
    name: "tens of thousands of problems in one household under 1 MB",
    text: () => JSON.stringify(householdWithEveryFieldWrong()),
    value: householdWithEveryFieldWrong,
    libraryPath: "members[49].supporters[49].legalIncapacity",
    cliPath: "jurisdiction",
    childCpuBudget: {
      ms: 2000,
      why: "zod builds ~43 000 issues, cold, in a fresh process (measured on an idle 2-core machine: 0.87 s wall, 1.2 s CPU with GC threads); in process it stays under 1 s",
    },
  },
  same("duplicate member ids", "members[1].id", (h) => {
    (h.members[1] as Mutable).id = "m1";
  }),
  same("unknown enum value: area", "area", (h) => {
    h.area = "suburban";
  }),
  same("unknown enum value: relation", "members[0].relation", (h) => {
    member0(h).relation = "cousin";
  }),
  same("unknown enum value: income kind", "members[0].incomes[0].kind", (h) => {
    ((member0(h).incomes as Mutable[])[0] as Mutable).kind = "salary";
  }),
  same("unknown enum value: schooling", "members[1].schooling", (h) => {
    (h.members[1] as Mutable).schooling = "university";
  }),
  same("unknown field (a misspelling)", "members[0].birthdate", (h) => {
    member0(h).birthdate = "1980-05-05";
  }),
  same("born after the assessment date", "members[1].birthDate", (h) => {
    (h.members[1] as Mutable).birthDate = "2024-01-16";
  }),
  same("born before 1900", "members[0].birthDate", (h) => {
    member0(h).birthDate = "1890-06-01";
  }),
  same('two members with relation "self"', "members[1].relation", (h) => {
    (h.members[1] as Mutable).relation = "self";
  }),
  // Contract v1.1's fields.
  same("unknown enum value: shock cause", "circumstances.shocks[0].cause", (h) => {
    h.circumstances = { shocks: [{ cause: "flood", effect: "income-drop", since: "2023-06-01" }] };
  }),
  same("wrong type: orphan is a string", "members[0].orphan", (h) => {
    member0(h).orphan = "no";
  }),
  same("unknown field in housing (a misspelling)", "housing.dwellingSafty", (h) => {
    h.housing = { dwellingSafty: "C" };
  }),
  same('money "1,800" in rigid expenditure', "rigidExpenditure.items[0].annual", (h) => {
    h.rigidExpenditure = { items: [{ kind: "medical", annual: "1,800" }] };
  }),
  same("impossible date in the exit from coverage: 2023-02-29", "status.exitedCoverage.date", (h) => {
    h.status = { exitedCoverage: { date: "2023-02-29" } };
  }),
  ...["2024-02-30", "tomorrow", "2024-1-15", ""].map(
    (asOf): HostileCase => ({
      name: `an asOf that is not a date: ${JSON.stringify(asOf)}`,
      text: () => JSON.stringify(validHousehold()),
      value: validHousehold,
      asOf,
      libraryPath: "asOf",
      cliPath: "asOf",
      libraryError: "InvalidOptionsError",
    }),
  ),
];
