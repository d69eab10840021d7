/** English explanations, keyed by reason code. */
import type { MessageTable, Values } from "../types.js";

const s = (value: unknown): string => (value === null || value === undefined ? "—" : Array.isArray(value) ? value.join(", ") : String(value));
const yuan = (value: unknown): string => `${s(value)} yuan`;
const own = (v: Values): string => `Own countable income of ${s(v.memberId)} is ${yuan(v.ownMonthlyIncome)} a month`;

export const en: MessageTable = {
  lang: "en",
  reasons: {
    "household.counted-members": {
      any: (v) =>
        `${s(v.countedMembers)} member(s) counted in the household` +
        (Array.isArray(v.excludedMemberIds) && v.excludedMemberIds.length > 0 ? `; not counted: ${s(v.excludedMemberIds)} (${s(v.exclusionReasons)})` : "") +
        ".",
    },
    "dibao.income-test": {
      met: (v) => `Per-capita monthly income ${yuan(v.perCapitaMonthlyIncome)} (total ${yuan(v.countableMonthlyIncome)} ÷ ${s(v.countedMembers)}) is below the ${s(v.area)} standard of ${yuan(v.standard)}.`,
      "not-met": (v) => `Per-capita monthly income ${yuan(v.perCapitaMonthlyIncome)} (total ${yuan(v.countableMonthlyIncome)} ÷ ${s(v.countedMembers)}) is not below the ${s(v.area)} standard of ${yuan(v.standard)}.`,
    },
    "dibao.property-test": {
      met: () => "The household's property meets the local rules.",
      "not-met": () => "The household's property does not meet the local rules.",
      unknown: () => "The household's property check finding is not given.",
    },
    "dibao.amount": {
      any: (v) =>
        `Monthly amount ${yuan(v.monthlyAmount)}: standard × members ${yuan(v.standardTimesMembers)} − income ${yuan(v.countableMonthlyIncome)} = ${yuan(v.baseAmount)}, plus top-ups ${yuan(v.topUpTotal)}; paid from ${s(v.paymentStart)}.`,
    },
    "dibao.stop": { any: (v) => `Payment stops from ${s(v.stopFrom)}; these reasons are the written explanation the decision requires.` },
    "top-up.member": { any: (v) => `Classified top-up for ${s(v.memberId)} (age ${s(v.age)}): ${yuan(v.amount)} (${s(v.categories)}).` },
    "gradual-exit.legacy-scope": {
      met: (v) => `Before 2020-09-07 a window was only for rural registered-poor households: this ${s(v.area)} household is registered as "${s(v.povertyRegistration)}".`,
      "not-met": (v) => `Before 2020-09-07 a window was only for rural registered-poor households: this household is ${s(v.area)}, registration "${s(v.povertyRegistration)}".`,
    },
    "gradual-exit.bound": {
      met: (v) =>
        `Per-capita income ${yuan(v.perCapitaMonthlyIncome)} is not below the standard ${yuan(v.standard)} but below ${s(v.multiple)} × the standard (${yuan(v.upperBound)}): within the ${s(v.rule)} gradual-exit rule.` +
        (v.incomeEqualsStandard === true ? " Income exactly at the standard is taken into the window (INT-5)." : ""),
      "not-met": (v) =>
        v.incomeEqualsStandard === true
          ? `Per-capita income equals the standard ${yuan(v.standard)}; with INT-5 off it gets no window.`
          : `Per-capita income ${yuan(v.perCapitaMonthlyIncome)} is not below ${s(v.multiple)} × the standard (${yuan(v.upperBound)}): no gradual-exit window.`,
    },
    "gradual-exit.property-test": {
      met: () => "The household's property meets the local rules, as a window requires.",
      "not-met": () => "The household's property does not meet the local rules: no window.",
      unknown: () => "The household's property check finding is not given, and a window requires it.",
    },
    "gradual-exit.window": { any: (v) => `Gradual-exit window of ${s(v.months)} months: ${s(v.start)} to ${s(v.end)} (${s(v.rule)} rule).` },
    "gradual-exit.kept-amount": {
      met: (v) => `During the window the household keeps its current amount of ${yuan(v.monthlyAmount)} (INT-6).`,
      unknown: () => "The household keeps its current amount during the window, but that amount is not given (status.dibao.monthlyAmount) (INT-6).",
    },
    "gradual-exit.window-in-progress": { any: (v) => `A window from ${s(v.start)} to ${s(v.end)} is running; it runs to its end whatever income does (INT-7).` },
    "gradual-exit.window-superseded": { any: (v) => `The window from ${s(v.start)} to ${s(v.end)} ends: income is below the standard again, so ordinary dibao applies (INT-7).` },
    "gradual-exit.window-already-used": { any: (v) => `The household had a window from ${s(v.previousStart)} to ${s(v.previousEnd)}; a second window in a row is not granted (INT-7).` },
    "single-person.severity": {
      met: (v) => `${s(v.memberId)} is severely disabled or seriously ill (disability ${s(v.disabilityCategory)} grade ${s(v.disabilityGrade)}, serious illness ${s(v.seriousIllness)}).`,
      "not-met": (v) => `${s(v.memberId)} is neither severely disabled nor seriously ill.`,
    },
    "single-person.household-not-eligible": {
      met: (v) => `The household as a whole is not eligible for dibao (${s(v.dibaoStatus)}), so a member may be referred alone.`,
      "not-met": () => "The household as a whole is eligible for dibao: no member is referred alone.",
      unknown: () => "Whether the household as a whole is eligible is not known yet (its property finding is missing).",
    },
    "single-person.registered-poor.registration": {
      met: () => "The household is registered poor and not yet lifted: referral without a household means test.",
      "not-met": (v) => `Registered-poor route: the household's registration is "${s(v.povertyRegistration)}", not "unlifted".`,
    },
    "single-person.registered-poor.own-income": {
      met: (v) => `${own(v)}, below the standard ${yuan(v.standard)}.`,
      "not-met": (v) => `${own(v)}, not below the standard ${yuan(v.standard)}.`,
    },
    "single-person.near-dibao.in-force": { any: (v) => `On ${s(v.asOf)} the near-dibao single-person route was not yet in force (from 2020-09-07).` },
    "single-person.near-dibao.household-income": {
      met: (v) => `Near-dibao household: per-capita income ${yuan(v.perCapitaMonthlyIncome)} is not below the standard ${yuan(v.standard)} but below ${yuan(v.nearDibaoLine)} (${s(v.multiple)} ×).`,
      "not-met": (v) =>
        v.incomeBelowStandard === true
          ? `Not a near-dibao household: per-capita income ${yuan(v.perCapitaMonthlyIncome)} is below the standard.`
          : `Not a near-dibao household: per-capita income ${yuan(v.perCapitaMonthlyIncome)} is not below ${yuan(v.nearDibaoLine)} (${s(v.multiple)} × the standard).`,
    },
    "single-person.near-dibao.property-test": {
      met: () => "The household's property meets the rules, as the near-dibao route requires.",
      "not-met": () => "The household's property does not meet the rules: no near-dibao referral.",
      unknown: () => "The household's property check finding is not given; the near-dibao route needs it.",
    },
    "single-person.near-dibao.own-income": {
      met: (v) => `${own(v)}, below the standard ${yuan(v.standard)}.`,
      "not-met": (v) => `${own(v)}, not below the standard ${yuan(v.standard)}.`,
    },
    "single-person.adult-severe-disability.in-force": { any: (v) => `On ${s(v.asOf)} the adult severe-disability route was not yet in force (from 2022-10-20).` },
    "single-person.adult-severe-disability.person": {
      met: (v) => `${s(v.memberId)} is an adult (age ${s(v.age)}), not employed and severely disabled.`,
      "not-met": (v) => `Adult severe-disability route: ${s(v.memberId)} is aged ${s(v.age)}, employed ${s(v.employed)}, severely disabled ${s(v.severelyDisabled)}.`,
      unknown: (v) => `Adult severe-disability route: whether ${s(v.memberId)} is employed is not given.`,
    },
    "single-person.adult-severe-disability.own-income": {
      met: (v) => `${own(v)} (support from siblings or people aged 60+ not counted), below the standard ${yuan(v.standard)}.`,
      "not-met": (v) => `${own(v)} (support from siblings or people aged 60+ not counted), not below the standard ${yuan(v.standard)}.`,
    },
    "single-person.amount": {
      any: (v) => `As a one-person household: standard ${yuan(v.standard)} − own income ${yuan(v.ownMonthlyIncome)} = ${yuan(v.baseAmount)}, plus top-up ${yuan(v.topUp)}: ${yuan(v.monthlyAmount)} a month (INT-8).`,
    },
    "special-hardship.no-capacity": {
      met: (v) => `${s(v.memberId)} has no capacity to work (age ${s(v.age)}; grounds: ${s(v.grounds)}).`,
      "not-met": (v) => `${s(v.memberId)} (age ${s(v.age)}, disability ${s(v.disabilityCategory)} grade ${s(v.disabilityGrade)}) meets no ground of no capacity to work.`,
    },
    "special-hardship.orphan-choice": {
      met: () => "The minor has not chosen orphan support instead.",
      "not-met": () => "The minor has chosen orphan (or de facto unsupported child) support, so is not an extreme-poverty person.",
    },
    "special-hardship.own-income": {
      met: (v) => `${s(v.memberId)}'s own income ${yuan(v.ownMonthlyIncome)} is below the standard ${yuan(v.standard)}.`,
      "not-met": (v) => `${s(v.memberId)}'s own income ${yuan(v.ownMonthlyIncome)} is not below the standard ${yuan(v.standard)}.`,
    },
    "special-hardship.own-property": {
      met: (v) => `${s(v.memberId)}'s own property meets the extreme-poverty rules.`,
      "not-met": (v) => `${s(v.memberId)}'s own property does not meet the extreme-poverty rules.`,
      unknown: (v) => `Whether ${s(v.memberId)}'s own property meets the rules is not given.`,
    },
    "special-hardship.no-able-supporter": {
      met: (v) => (v.supporters === 0 ? `${s(v.memberId)} has no legal supporter.` : `Every legal supporter of ${s(v.memberId)} is unable to support.`),
      "not-met": (v) => `${s(v.memberId)} has a legal supporter able to support.`,
      unknown: (v) => (v.supporters === null ? `${s(v.memberId)}'s legal supporters are not given.` : `Whether ${s(v.memberId)}'s legal supporters are able to support is not known.`),
    },
    "special-hardship.basic": { any: (v) => `Basic standard ${yuan(v.basicMonthly)} a month, from ${s(v.supportStart)}.` },
    "special-hardship.care-tier": {
      met: (v) => `${s(v.adlFailed)} of 6 daily activities failed: tier ${s(v.careTier)}, care subsidy ${yuan(v.careMonthly)} a month.`,
      unknown: (v) => `The self-care assessment of ${s(v.memberId)} is not given, so the care subsidy is not known.`,
    },
  },
  warnings: {
    "W-PARAMETER-DATE-ESTIMATED": (v) => `A parameter used has an estimated start date around this assessment date: ${s(v.parameters)}.`,
    "W-PARAMETERS-MAY-BE-STALE": (v) => `Parameters used were last confirmed in force over 12 months before this date and may have changed: ${s(v.parameters)}.`,
    "W-BASIC-PENSION-EXCLUSION-ASSUMED": () => "The residents' basic pension was left out of income on a date the exclusion is not stated for (INT-3).",
    "W-INTERPRETATION": (v) => `An interpretation changed the result: ${s(v.interpretations)}.`,
    "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO": (v) => `Eligible for extreme-poverty support and also for dibao (household or referral): ${s(v.memberIds)}; the caseworker coordinates the schemes.`,
  },
  labels: {
    title: "Social-assistance determination",
    asOf: "Assessment date",
    household: "Household",
    dibao: "Minimum living guarantee (dibao)",
    referrals: "Single-person-household referrals",
    specialHardship: "Extreme-poverty support",
    warnings: "Warnings",
    clauses: "Clauses cited",
    noReferrals: "No member is referred alone.",
    noWarnings: "None.",
    outcome: { met: "met", "not-met": "not met", unknown: "unknown" },
    missing: "missing",
    interpretations: "interpretations",
    engine: "Engine",
    figures: (v) =>
      `${s(v.countedMembers)} counted member(s); countable income ${yuan(v.countableMonthlyIncome)} a month, per capita ${yuan(v.perCapitaMonthlyIncome)}; standard ${yuan(v.standard)}` +
      (v.nearDibaoLine === null ? "." : `; near-dibao line ${yuan(v.nearDibaoLine)}.`),
    dibaoStatus: (v) =>
      ({
        eligible: `Eligible: ${yuan(v.monthlyAmount)} a month (base ${yuan(v.baseAmount)}), paid from ${s(v.paymentStart)}.`,
        ineligible: v.stopFrom === null ? "Not eligible." : `Not eligible: payment stops from ${s(v.stopFrom)}.`,
        "gradual-exit": `Gradual exit: keeps ${yuan(v.monthlyAmount)} a month from ${s(v.windowStart)} to ${s(v.windowEnd)} (${s(v.windowRule)} rule).`,
        "needs-review": "Needs review: a fact needed to decide is missing.",
      })[String(v.status)] ?? String(v.status),
    referral: (v) =>
      v.status === "refer"
        ? `${s(v.memberId)}: refer as a single-person household (route ${s(v.route)}), ${yuan(v.monthlyAmount)} a month.`
        : `${s(v.memberId)}: needs review for referral (route ${s(v.route)}).`,
    specialHardshipEntry: (v) =>
      v.status === "eligible"
        ? `${s(v.memberId)}: eligible — basic ${yuan(v.basicMonthly)}, care ${v.careMonthly === null ? "not known" : yuan(v.careMonthly)}${v.careTier === null ? "" : ` (${s(v.careTier)})`}, from ${s(v.supportStart)}.`
        : `${s(v.memberId)}: ${v.status === "ineligible" ? "not eligible" : "needs review"}.`,
    applicationNote: "A referral is not an award: it takes the person's own application (经本人申请).",
  },
};
