/** English explanations: assistance referrals (education, medical and housing assistance, rural housing renovation). */
import type { Values } from "../messages.js";
import type { ProgrammeMessages } from "../programme.js";
import { s, count, disability, REGISTRATION, ROUTE } from "../text/en.js";
import type { AssistanceProgrammeText, AssistanceReferralsLabels } from "./labels.js";

const GROUP: Record<string, string> = {
  dibao: "dibao",
  "special-hardship": "extreme-poverty support",
  "dibao-edge": "dibao-edge household",
  "rigid-expenditure": "rigid-expenditure hardship household",
  "registered-poor": "registered poor",
  monitored: "monitored rural household at risk of (re)impoverishment",
  orphan: "orphan",
  disabled: "disabled",
  "seriously-ill": "seriously ill",
  "dispersed-support": "dispersed extreme-poverty support",
  shock: "sudden income drop or expenditure surge",
  "lifted-never-supported": "lifted from poverty, never given rural housing support",
};
const SCHOOLING: Record<string, string> = { preschool: "preschool", compulsory: "compulsory education", "high-school": "general senior high school", vocational: "secondary vocational school", higher: "higher education" };
const DIBAO_STATUS: Record<string, string> = { eligible: "eligible", "gradual-exit": "in a gradual-exit window", "needs-review": "needs review", ineligible: "not eligible" };
const FORM: Record<string, string> = { "public-rental-or-subsidy": "public rental housing or a rental subsidy" };

const name = (table: Record<string, string>, value: unknown): string => table[String(value)] ?? s(value);
const names = (table: Record<string, string>, value: unknown): string => (Array.isArray(value) ? value.map((item) => name(table, item)).join(", ") : name(table, value));
const who = (v: Values): string => (v.memberId === null || v.memberId === undefined ? "The household" : s(v.memberId));

const PROGRAMMES: Record<string, AssistanceProgrammeText> = {
  "education-assistance": {
    name: "Education assistance (教育救助)",
    office: "the education department (教育部门)",
    offer:
      "education assistance for dibao members and extreme-poverty persons in compulsory education, and appropriate assistance in senior high (including secondary vocational) and higher education and for disabled children unable to attend compulsory education; Chongqing's student aid covers registered poor, dibao, extreme-poverty, orphaned, disabled and other students of families in difficulty, with tuition waivers and grants, and free tuition in general senior high school for these students.",
  },
  "medical-assistance": {
    name: "Medical assistance (医疗救助)",
    office: "the medical security department (医疗保障部门)",
    offer:
      "a subsidy towards the person's basic medical insurance contribution, and help with the approved self-paid basic medical costs the person and family cannot bear after basic medical insurance, critical-illness insurance and other supplementary insurance; seriously ill members of low-income families are monitored for early warning.",
  },
  "housing-assistance": {
    name: "Housing assistance (住房救助)",
    office: "the housing and urban-rural development department (住房城乡建设部门)",
    offer: "for dibao households and dispersed extreme-poverty persons who have applied for housing security: priority public rental housing or a rental subsidy.",
  },
  "rural-housing-renovation": {
    name: "Rural housing renovation (农村危房改造)",
    office: "the housing and urban-rural development department (住房城乡建设部门)",
    offer: "a renovation subsidy for a rural household in difficulty whose house is graded C or D (dangerous).",
  },
};

export const en: ProgrammeMessages<AssistanceReferralsLabels> = {
  reasons: {
    "assistance-referrals.education.schooling": { met: (v) => `${s(v.memberId)} is in school (${name(SCHOOLING, v.schooling)}).` },
    "assistance-referrals.education.out-of-school-disabled-child": {
      met: (v) =>
        `${s(v.memberId)} is a disabled child aged ${s(v.age)} (${disability(v.disabilityCategory, v.disabilityGrade)}) not in school, of compulsory-school age (${s(v.minAge)} to ${s(v.maxAge)}).`,
    },
    "assistance-referrals.medical.monitoring": {
      met: (v) => `${s(v.memberId)} is seriously ill in a low-income family: monitored for early warning.`,
      "not-met": (v) => `On ${s(v.asOf)} the early-warning monitoring of seriously ill members of low-income families was not yet in force.`,
      unknown: (v) => `${s(v.memberId)} is seriously ill: monitored for early warning once the referral is confirmed.`,
    },
    "assistance-referrals.housing.application": { met: () => "The household is urban and has applied for housing security." },
    "assistance-referrals.rural-renovation.dwelling": { met: (v) => `The household is rural and its house is graded ${s(v.dwellingSafety)}: a dangerous house.` },
    "assistance-referrals.group.dibao": {
      met: (v) =>
        v.referralStatus === "refer" && v.dibaoStatus !== "eligible" && v.dibaoStatus !== "gradual-exit"
          ? `${who(v)} is referred to dibao alone (route: ${name(ROUTE, v.referralRoute)}).`
          : v.memberId == null
            ? `The household is a dibao household (${name(DIBAO_STATUS, v.dibaoStatus)}).`
            : `${s(v.memberId)} is in a dibao household (${name(DIBAO_STATUS, v.dibaoStatus)}).`,
      unknown: (v) => (v.referralStatus === "needs-review" ? `${who(v)}'s single-person dibao referral needs review.` : `Whether ${v.memberId == null ? "the household" : `${s(v.memberId)}'s household`} is eligible for dibao needs review.`),
    },
    "assistance-referrals.group.special-hardship": {
      met: (v) => (v.currentlySupported === true ? `${s(v.memberId)} is supported as an extreme-poverty person today.` : `${s(v.memberId)} is eligible for extreme-poverty support.`),
      unknown: (v) => `Whether ${s(v.memberId)} is an extreme-poverty person needs review.`,
    },
    "assistance-referrals.group.dibao-edge": {
      met: () => "The household is a dibao-edge household.",
      unknown: () => "Whether the household is a dibao-edge household needs review.",
    },
    "assistance-referrals.group.rigid-expenditure": {
      met: () => "The household is a rigid-expenditure hardship household.",
      unknown: () => "Whether the household is a rigid-expenditure hardship household needs review.",
    },
    "assistance-referrals.group.registered-poor": { met: (v) => `The household is registered poor (${name(REGISTRATION, v.povertyRegistration)}).` },
    "assistance-referrals.group.monitored": {
      met: (v) => `The household is rural and ${name(REGISTRATION, v.povertyRegistration)}: monitored as at risk of falling (back) into poverty.`,
    },
    "assistance-referrals.group.orphan": { met: (v) => `${s(v.memberId)} is an orphan.` },
    "assistance-referrals.group.disabled": { met: (v) => `${s(v.memberId)} is disabled (${disability(v.disabilityCategory, v.disabilityGrade)}).` },
    "assistance-referrals.group.seriously-ill": { met: (v) => `${s(v.memberId)} has a major illness.` },
    "assistance-referrals.group.dispersed-support": {
      met: (v) => `${s(v.dispersedMemberIds)}: extreme-poverty support at home (dispersed).`,
      unknown: (v) => `The support arrangement (dispersed or centralised) of ${s(v.arrangementUnknownMemberIds)} is not given.`,
    },
    "assistance-referrals.group.shock": {
      met: (v) => `The household had a sudden income drop or expenditure surge between ${s(v.windowFrom)} and ${s(v.windowTo)} (${count(v.shocks, "event", "events")}), the look-back window INT-14 reads from the parameters.`,
      unknown: (v) => `Whether the household had a sudden income drop or expenditure surge between ${s(v.windowFrom)} and ${s(v.windowTo)} is not given.`,
    },
    "assistance-referrals.group.lifted-never-supported": {
      met: () => "The household was lifted from poverty and has never had rural housing support.",
      unknown: () => "The household was lifted from poverty; whether it has had rural housing support before is not given.",
    },
  },
  labels: {
    heading: "Specialised assistance referrals (education, medical, housing)",
    note: "The library holds no Chongqing figures for these programmes and computes no amount: a referral goes to the office named, which decides what is given; the groups it rests on (dibao, extreme-poverty support, low-income households) are confirmed by the civil affairs department (民政部门).",
    none: "No referral.",
    programmes: PROGRAMMES,
    programme: (v) => {
      const text = PROGRAMMES[String(v.programme)];
      return text === undefined ? s(v.programme) : `${text.name} — referred to ${text.office}: ${text.offer}`;
    },
    entry: (v) => {
      const groups = Array.isArray(v.groups) && v.groups.length > 0 ? `through ${names(GROUP, v.groups)}` : "";
      const pending = Array.isArray(v.pendingGroups) && v.pendingGroups.length > 0 ? `pending: ${names(GROUP, v.pendingGroups)}` : "";
      const extra = v.monitoring === true ? "; monitored for early warning" : v.form !== null && v.form !== undefined ? `; form: ${name(FORM, v.form)}` : "";
      const basis = [groups, pending].filter((part) => part !== "").join("; ");
      const status = v.status === "refer" ? "refer" : v.status === "needs-review" ? "needs review" : s(v.status);
      return `${who(v)}: ${status} (${basis})${extra}.`;
    },
  },
};
