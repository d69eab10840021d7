/** English explanations: single-person. */
import type { ProgrammeMessages } from "../programme.js";
import type { Values } from "../messages.js";
import { s, yuan, own, disability, name, yesNo, DIBAO_STATUS, REGISTRATION, ROUTE } from "../text/en.js";
import type { SinglePersonLabels } from "./labels.js";

/** When a route not yet in force begins (`inForceFrom`, from the parameters); nothing when the set holds no start. */
const startsOn = (v: Values): string => (v.inForceFrom == null ? "" : ` (from ${s(v.inForceFrom)})`);

export const en: ProgrammeMessages<SinglePersonLabels> = {
  reasons: {
    "single-person.severity": {
      met: (v) => `${s(v.memberId)} is severely disabled or seriously ill (${disability(v.disabilityCategory, v.disabilityGrade)}; major illness: ${yesNo(v.seriousIllness)}).`,
      "not-met": (v) => `${s(v.memberId)} is neither severely disabled nor seriously ill.`,
    },
    "single-person.household-not-eligible": {
      met: (v) => `The household as a whole is not eligible for dibao (${name(DIBAO_STATUS, v.dibaoStatus)}), so a member may be referred alone.`,
      "not-met": () => "The household as a whole is eligible for dibao: no member is referred alone.",
      unknown: () => "Whether the household as a whole is eligible is not known yet (its property finding is missing).",
    },
    "single-person.registered-poor.registration": {
      met: () => "The household is registered poor and not yet lifted: referral without a household means test.",
      "not-met": (v) => `Registered-poor route: the household is not registered poor and not lifted (poverty registration: ${name(REGISTRATION, v.povertyRegistration)}).`,
    },
    "single-person.registered-poor.own-income": {
      met: (v) => `${own(v)}, below the standard ${yuan(v.standard)}.`,
      "not-met": (v) => `${own(v)}, not below the standard ${yuan(v.standard)}.`,
    },
    "single-person.near-dibao.in-force": { any: (v) => `On ${s(v.asOf)} the near-dibao single-person route was not yet in force${startsOn(v)}.` },
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
    "single-person.adult-severe-disability.in-force": { any: (v) => `On ${s(v.asOf)} the adult severe-disability route was not yet in force${startsOn(v)}.` },
    "single-person.adult-severe-disability.person": {
      met: (v) => `${s(v.memberId)} is an adult (age ${s(v.age)}), not employed and severely disabled.`,
      "not-met": (v) => `Adult severe-disability route: ${s(v.memberId)} is aged ${s(v.age)}; employed: ${yesNo(v.employed)}; severely disabled: ${yesNo(v.severelyDisabled)}.`,
      unknown: (v) => `Adult severe-disability route: whether ${s(v.memberId)} is employed is not given.`,
    },
    "single-person.adult-severe-disability.own-income": {
      met: (v) => `${own(v)} (support from siblings or people aged 60+ not counted), below the standard ${yuan(v.standard)}.`,
      "not-met": (v) => `${own(v)} (support from siblings or people aged 60+ not counted), not below the standard ${yuan(v.standard)}.`,
    },
    "single-person.amount": {
      any: (v) => `As a one-person household: standard ${yuan(v.standard)} − own income ${yuan(v.ownMonthlyIncome)} = ${yuan(v.baseAmount)}, plus top-up ${yuan(v.topUp)}: ${yuan(v.monthlyAmount)} a month.`,
    },
  },
  labels: {
    heading: "Single-person-household referrals",
    none: "No member is referred alone.",
    entry: (v) =>
      v.status === "refer"
        ? `${s(v.memberId)}: refer as a single-person household (route: ${name(ROUTE, v.route)}), ${yuan(v.monthlyAmount)} a month.`
        : `${s(v.memberId)}: needs review for referral (route: ${name(ROUTE, v.route)}).`,
    applicationNote: "A referral is not an award: it takes the person's own application (经本人申请).",
  },
};
