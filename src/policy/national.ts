/**
 * The national layer (`CN`): the figures, lists and in-force dates that national measures fix for every
 * city — the income kinds not counted (`mlg-review-2021/art-13`, `shp-identification-2021/art-6`), the
 * ages and disability grades of "no capacity to work" (`shp-identification-2021/art-5`), continuation
 * (`art-24`), the supporter cases (`art-8`), the self-care tiers (`art-22`), the near-dibao line of 1.5 ×
 * the standard (`mlg-review-2021/art-8`, `backstop-notice-2022/1-4`), the adult severe-disability route
 * (`backstop-notice-2022/1-1`) and the rigid-expenditure tier (`rigid-expenditure-2025/art-4`).
 *
 * It holds no standard, top-up, care subsidy or gradual-exit bound: those are local. A city's layer is
 * composed on top of it (`chongqing.ts`); a caller's city can start from it with `base: "CN"`.
 * National constants are held from {@link FIRST_DATE}, the first date the library holds any value, as the
 * Chongqing set always held them; a value that changed with a measure starts on that measure's date.
 */
import { FIRST_DATE, constant } from "./layers.js";
import type { ParameterSeriesData, ParameterSetData } from "./parameter-types.js";

/** Our copy of low-income-opinion-2023 gives only the month it took effect (2023-10). */
export const LOW_INCOME_OPINION_NOTE = "our copy gives only the month (2023-10); cited from the first day after it, when the opinion was certainly in force";

/** The series of the national layer, by name (their names are part of {@link ParameterName}). */
export const NATIONAL_SERIES = {
  "dibao.income.excluded-kinds": constant(
    "Income kinds not counted as household income for dibao (mlg-review-2021/art-13)",
    "income-kinds",
    "kinds",
    ["preferential-care", "family-planning", "scholarship", "heroism-reward", "social-assistance", "basic-pension"],
    "mlg-review-2021",
    "the basic-pension exclusion is stated only for 2021–2025; see dibao.basic-pension-exclusion.stated (INT-3)",
  ),
  "dibao.basic-pension-exclusion.stated": {
    description: "Whether a text in force states the basic-pension exclusion on this date (mlg-review-2021/art-13: during the 14th Five-Year Plan)",
    kind: "switch", unit: "switch",
    values: [
      { from: FIRST_DATE, value: false, source: "mlg-review-2021", dateStatus: "verified", note: "before the 2021 measures: exclusion assumed (INT-3)" },
      { from: "2021-07-01", value: true, source: "mlg-review-2021", dateStatus: "verified", note: "measures in force 2021-07-01; 14th Five-Year Plan 2021–2025" },
      { from: "2026-01-01", value: false, source: "mlg-review-2021", dateStatus: "verified", note: "after the 14th Five-Year Plan: exclusion assumed (INT-3)" },
    ],
  },
  "special-hardship.income.excluded-kinds": constant(
    "Income kinds not counted for the extreme-poverty livelihood test (shp-identification-2021/art-6)",
    "income-kinds",
    "kinds",
    ["basic-pension", "social-insurance", "preferential-care", "old-age-allowance"],
    "shp-identification-2021",
  ),

  // Of the six daily activities the household contract records (adlFailed 0–6).
  "special-hardship.self-care.full-loss-min-failed": {
    ...constant(
      "Daily activities failed from which self-care is fully lost; 1 up to one less is partly lost (shp-identification-2021/art-22)",
      "count",
      "activities",
      "4",
      "shp-identification-2021",
    ),
    range: { min: "1", max: "6" },
  },
  "special-hardship.no-capacity.elderly-min-age": constant("No capacity to work: aged this or over (60周岁以上)", "age", "years", "60", "shp-identification-2021"),
  "special-hardship.no-capacity.minor-max-age": constant("No capacity to work: new entry on age alone below this age (未满16周岁; INT-9)", "age", "years", "16", "shp-identification-2021"),
  "special-hardship.no-capacity.disability-grades": constant(
    "No capacity to work by disability: category and the highest qualifying grade (shp-identification-2021/art-5 item 3)",
    "disability-grades",
    "category:grade",
    ["intellectual:3", "mental:3", "physical:2", "visual:1"],
    "shp-identification-2021",
  ),
  "special-hardship.continuation-schooling": constant(
    "Schooling in which a supported person keeps support past the continuation age (shp-identification-2021/art-24)",
    "schooling-kinds",
    "kinds",
    ["compulsory", "high-school", "vocational"],
    "shp-identification-2021",
  ),
  "special-hardship.continuation-max-age": constant("A supported minor keeps support until this age (shp-identification-2021/art-24)", "age", "years", "18", "shp-identification-2021"),
  "special-hardship.supporter.dibao-min-age": constant("Supporter unable: dibao recipient aged this or over (art-8 item 2)", "age", "years", "60", "shp-identification-2021"),
  "special-hardship.supporter.elderly-min-age": constant("Supporter unable: aged this or over with low income and property (art-8 item 3)", "age", "years", "70", "shp-identification-2021"),
  "special-hardship.supporter.adult-min-age": constant(
    "Legal supporters in the household (INT-12): adult (成年) from this age — parents owe support to a minor, children of this age owe it to their parents (法定赡养、抚养义务人, art-8)",
    "age",
    "years",
    "18",
    "shp-identification-2021",
    "the age of majority of the Civil Code (成年人: 十八周岁以上), which art-8's legal supporters follow (docs/rules.md, R4 amendment)",
  ),
  "special-hardship.supporter.severe-disability-grades": constant(
    "Supporter unable: severely disabled, category and highest qualifying grade, any = every category, with low income and property (重度残疾人和残疾等级为三级的智力、精神残疾人, art-8 item 4)",
    "disability-grades",
    "category:grade",
    ["any:2", "intellectual:3", "mental:3"],
    "shp-identification-2021",
  ),

  // The 1.5 × line is national from the 2021 measures; a city may have had it earlier (Chongqing from 2020-09-07).
  "near-dibao.bound": {
    description: "Near-dibao (低保边缘) household: per-capita income below this multiple of the standard, property compliant",
    kind: "multiple-of-standard", unit: "× standard",
    values: [{ from: "2021-07-01", value: "1.5", source: "mlg-review-2021", dateStatus: "verified", note: "mlg-review-2021/art-8; from 2022-10-20 also backstop-notice-2022/1-4" }],
  },
  "citations.near-dibao": {
    description: "Clauses behind the near-dibao single-person route, as instruments came into force",
    kind: "clause-ids", unit: "clause ids",
    values: [
      { from: "2021-07-01", value: ["mlg-review-2021/art-8"], source: "mlg-review-2021", dateStatus: "verified" },
      { from: "2022-10-20", value: ["mlg-review-2021/art-8", "backstop-notice-2022/1-4"], source: "backstop-notice-2022", dateStatus: "verified" },
    ],
  },
  // The national texts allow a window (art-33) and cap it at 6 months "in principle" (1-3); the bound,
  // scope and length of the window are local, so only the clauses are national here.
  "citations.gradual-exit.current": {
    description: "Clauses behind the current gradual-exit rule, as instruments came into force",
    kind: "clause-ids", unit: "clause ids",
    values: [
      { from: "2021-07-01", value: ["mlg-review-2021/art-33"], source: "mlg-review-2021", dateStatus: "verified" },
      { from: "2022-10-20", value: ["mlg-review-2021/art-33", "backstop-notice-2022/1-3"], source: "backstop-notice-2022", dateStatus: "verified" },
    ],
  },
  "single-person.grade-3-intellectual-mental": {
    description: "Whether grade-3 intellectual or mental disability counts as severe for single-person referral (mlg-review-2021/art-8 item 1)",
    kind: "switch", unit: "switch",
    values: [{ from: "2021-07-01", value: true, source: "mlg-review-2021", dateStatus: "verified" }],
  },
  // Severely disabled for single-person referral: grade lists ("category:highest grade", "any" = every
  // category), read by severelyDisabledForReferral (src/facts/disability.ts).
  "single-person.severe-disability-grades": {
    description: "Severely disabled for single-person referral: category and highest qualifying grade, any = every category (一级、二级重度残疾人, mlg-review-2021/art-8 item 1)",
    kind: "disability-grades", unit: "category:grade",
    values: [{ from: "2021-07-01", value: ["any:2"], source: "mlg-review-2021", dateStatus: "verified" }],
  },
  "single-person.severe-disability-added-grades": constant(
    "Also severely disabled for single-person referral while single-person.grade-3-intellectual-mental is on (三级智力残疾人、三级精神残疾人, mlg-review-2021/art-8 item 1)",
    "disability-grades",
    "category:grade",
    ["intellectual:3", "mental:3"],
    "mlg-review-2021",
  ),
  "single-person.adult-severe-disability-route": {
    description: "Whether an adult unemployed severely disabled person may be referred whatever the household income (backstop-notice-2022/1-1)",
    kind: "switch", unit: "switch",
    values: [
      { from: FIRST_DATE, value: false, source: "backstop-notice-2022", dateStatus: "verified" },
      { from: "2022-10-20", value: true, source: "backstop-notice-2022", dateStatus: "verified", note: "date shown on our copy" },
    ],
  },
  "single-person.adult-min-age": constant("Adult (成年): age from which the adult-severe-disability route applies", "age", "years", "18", "backstop-notice-2022"),
  "citations.no-split-when-eligible": {
    description: "Clauses forbidding a single-member referral when the whole household qualifies",
    kind: "clause-ids", unit: "clause ids",
    values: [{ from: "2022-10-20", value: ["backstop-notice-2022/1-1"], source: "backstop-notice-2022", dateStatus: "verified" }],
  },

  // R7a: the dibao-edge household as a tier of the low-income population; its line is near-dibao.bound.
  "dibao-edge.in-force": {
    description: "Whether the dibao-edge household (低保边缘家庭) tier is in force (R7a); its line is near-dibao.bound",
    kind: "switch", unit: "switch",
    lastConfirmed: "2025-07-01",
    values: [
      { from: FIRST_DATE, value: false, source: "backstop-notice-2022", dateStatus: "verified", note: "no national text makes it a tier before 2022-10-20" },
      { from: "2022-10-20", value: true, source: "backstop-notice-2022", dateStatus: "verified", note: "backstop-notice-2022/1-4; date shown on our copy" },
    ],
  },
  // R7a's clauses by date: a determination cites an instrument only once it is in force.
  "citations.dibao-edge": {
    description: "Clauses behind the dibao-edge household tier (R7a), as instruments came into force",
    kind: "clause-ids", unit: "clause ids",
    values: [
      { from: "2022-10-20", value: ["backstop-notice-2022/1-4"], source: "backstop-notice-2022", dateStatus: "verified" },
      { from: "2023-11-01", value: ["backstop-notice-2022/1-4", "low-income-opinion-2023/2"], source: "low-income-opinion-2023", dateStatus: "estimated", note: LOW_INCOME_OPINION_NOTE },
    ],
  },
  // R7b: the tier exists nationally from the 2025 measures; its ratio and income bound are local.
  "rigid-expenditure.in-force": {
    description: "Whether the rigid-expenditure hardship household (刚性支出困难家庭) tier is in force (R7b; rigid-expenditure-2025/art-4)",
    kind: "switch", unit: "switch",
    lastConfirmed: "2025-07-01",
    values: [
      { from: FIRST_DATE, value: false, source: "rigid-expenditure-2025", dateStatus: "verified", note: "before the national measures came into force" },
      { from: "2025-01-01", value: true, source: "rigid-expenditure-2025", dateStatus: "verified", note: "rigid-expenditure-2025/art-4" },
    ],
  },

  // R9 specialised assistance (专项救助): the national articles, in force since 2014-05-01 (saim), before any
  // value the library holds; a city's layer adds its own clauses from their dates.
  "citations.education-assistance": constant("Clauses behind education-assistance referrals (R9), as instruments came into force", "clause-ids", "clause ids", ["saim/art-33"], "saim", "in force since 2014-05-01"),
  "citations.medical-assistance": constant("Clauses behind medical-assistance referrals (R9), as instruments came into force", "clause-ids", "clause ids", ["saim/art-28", "saim/art-29"], "saim", "in force since 2014-05-01"),
  "citations.housing-assistance": constant(
    "Clauses behind housing-assistance referrals (R9), as instruments came into force",
    "clause-ids",
    "clause ids",
    ["saim/art-37", "saim/art-38", "housing-notice-2014/targets"],
    "saim",
    "saim in force since 2014-05-01; housing-notice-2014 issued in 2014",
  ),
  "citations.rural-housing-renovation": constant("Clauses behind rural housing-renovation referrals (R9), as instruments came into force", "clause-ids", "clause ids", ["saim/art-38"], "saim", "in force since 2014-05-01"),
  // saim/art-33 "不能入学接受义务教育的残疾儿童": a disabled child of compulsory-school age, 6 to 15 (docs/rules.md R9).
  "education-assistance.disabled-child.min-age": constant("Education assistance: a disabled child out of school is of compulsory-school age from this age (saim/art-33)", "age", "years", "6", "saim"),
  "education-assistance.disabled-child.max-age": constant("Education assistance: a disabled child out of school is of compulsory-school age up to this age, inclusive (saim/art-33)", "age", "years", "15", "saim"),
} satisfies Record<string, ParameterSeriesData>;

/** The national layer as a set: a base for a city's own set (`base: "CN"`), not a set to assess a household with. */
export const NATIONAL_PARAMETERS: ParameterSetData = {
  id: "CN",
  jurisdiction: "CN",
  description: "National layer: the figures, lists and dates fixed by national measures; a city's set adds its standards, top-ups, care subsidy and local rules",
  series: NATIONAL_SERIES,
};
