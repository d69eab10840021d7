/** 中文说明: assistance referrals (专项救助转介：教育、医疗、住房救助和农村危房改造). */
import type { Values } from "../messages.js";
import type { ProgrammeMessages } from "../programme.js";
import { disability, s } from "../text/zh-CN.js";
import type { AssistanceProgrammeText, AssistanceReferralsLabels } from "./labels.js";

const GROUP: Record<string, string> = {
  dibao: "低保",
  "special-hardship": "特困人员",
  "dibao-edge": "低保边缘家庭",
  "rigid-expenditure": "刚性支出困难家庭",
  "registered-poor": "建档立卡贫困户",
  monitored: "纳入监测范围的农村易返贫致贫人口",
  orphan: "孤儿",
  disabled: "残疾人",
  "seriously-ill": "重病患者",
  "dispersed-support": "分散供养特困人员",
  shock: "收入骤减或支出骤增",
  "lifted-never-supported": "未享受过农村住房保障政策支持的脱贫户",
};
const SCHOOLING: Record<string, string> = { preschool: "学前教育", compulsory: "义务教育", "high-school": "普通高中", vocational: "中等职业教育", higher: "高等教育" };
const REGISTRATION: Record<string, string> = { none: "未建档立卡", unlifted: "未脱贫", lifted: "已脱贫", "lifted-unstable": "脱贫不稳定", edge: "边缘易致贫" };
const DIBAO_STATUS: Record<string, string> = { eligible: "符合低保条件", "gradual-exit": "处于渐退期", "needs-review": "低保需人工复核", ineligible: "不符合低保条件" };
const ROUTE: Record<string, string> = { "registered-poor": "未脱贫建档立卡贫困户", "near-dibao": "低保边缘家庭", "adult-severe-disability": "成年无业重度残疾人" };
const FORM: Record<string, string> = { "public-rental-or-subsidy": "实物配租或租赁补贴" };

const name = (table: Record<string, string>, value: unknown): string => table[String(value)] ?? s(value);
const names = (table: Record<string, string>, value: unknown): string => (Array.isArray(value) ? value.map((item) => name(table, item)).join("、") : name(table, value));
/** Whose group: a member, or the household for a household-level programme. */
const who = (v: Values): string => (v.memberId === null || v.memberId === undefined ? "本户" : s(v.memberId));

const PROGRAMMES: Record<string, AssistanceProgrammeText> = {
  "education-assistance": {
    name: "教育救助",
    office: "教育部门",
    offer:
      "对在义务教育阶段就学的低保家庭成员、特困供养人员给予教育救助；对在高中教育（含中等职业教育）、普通高等教育阶段就学的，以及不能入学接受义务教育的残疾儿童，根据实际情况给予适当教育救助；重庆学生资助覆盖建档立卡、城乡低保、特困救助、孤儿、残疾困难学生和其他家庭经济困难学生，包括减免学费、助学金等，普通高中对上述学生免学费。",
  },
  "medical-assistance": {
    name: "医疗救助",
    office: "医疗保障部门",
    offer:
      "对救助对象参加基本医疗保险的个人缴费部分给予补贴；对经基本医疗保险、大病保险和其他补充医疗保险支付后，个人及其家庭难以承担的符合规定的基本医疗自负费用给予补助；对低收入家庭大病患者建立监测预警机制。",
  },
  "housing-assistance": {
    name: "住房救助",
    office: "住房城乡建设部门",
    offer: "对提出住房保障申请的低保家庭、分散供养的特困人员，优先配租公共租赁住房或发放住房租赁补贴（实物配租或租赁补贴）。",
  },
  "rural-housing-renovation": {
    name: "农村危房改造",
    office: "住房城乡建设部门",
    offer: "对住房为C级、D级危房的农村困难家庭，纳入农村危房改造，给予改造补助。",
  },
};

export const zhCN: ProgrammeMessages<AssistanceReferralsLabels> = {
  reasons: {
    "assistance-referrals.education.schooling": { met: (v) => `${s(v.memberId)}在学（${name(SCHOOLING, v.schooling)}）。` },
    "assistance-referrals.education.out-of-school-disabled-child": {
      met: (v) =>
        `${s(v.memberId)}为${s(v.age)}周岁残疾儿童（${disability(v.disabilityCategory, v.disabilityGrade)}），未能入学接受义务教育（义务教育年龄${s(v.minAge)}至${s(v.maxAge)}周岁）。`,
    },
    "assistance-referrals.medical.monitoring": {
      met: (v) => `${s(v.memberId)}为低收入家庭大病患者，纳入监测预警。`,
      "not-met": (v) => `评估日${s(v.asOf)}时低收入家庭大病患者监测预警机制尚未施行。`,
      unknown: (v) => `${s(v.memberId)}患重特大疾病，医疗救助转介确定后纳入监测预警。`,
    },
    "assistance-referrals.housing.application": { met: () => "本户为城市家庭，已提出住房保障申请。" },
    "assistance-referrals.rural-renovation.dwelling": { met: (v) => `本户为农村家庭，住房安全等级为${s(v.dwellingSafety)}级，属危房。` },
    "assistance-referrals.group.dibao": {
      met: (v) =>
        v.referralStatus === "refer" && v.dibaoStatus !== "eligible" && v.dibaoStatus !== "gradual-exit"
          ? `${who(v)}经单人户转介纳入低保（${name(ROUTE, v.referralRoute)}）。`
          : `${who(v)}属低保家庭（${name(DIBAO_STATUS, v.dibaoStatus)}）。`,
      unknown: (v) => (v.referralStatus === "needs-review" ? `${who(v)}的单人户低保转介尚待人工复核。` : `${v.memberId == null ? "本户" : `${s(v.memberId)}所在家庭`}是否符合低保尚待人工复核。`),
    },
    "assistance-referrals.group.special-hardship": {
      met: (v) => (v.currentlySupported === true ? `${s(v.memberId)}为现行特困供养人员。` : `${s(v.memberId)}符合特困人员救助供养条件。`),
      unknown: (v) => `${s(v.memberId)}能否认定为特困人员尚待人工复核。`,
    },
    "assistance-referrals.group.dibao-edge": {
      met: () => "本户为低保边缘家庭。",
      unknown: () => "本户是否为低保边缘家庭尚待人工复核。",
    },
    "assistance-referrals.group.rigid-expenditure": {
      met: () => "本户为刚性支出困难家庭。",
      unknown: () => "本户是否为刚性支出困难家庭尚待人工复核。",
    },
    "assistance-referrals.group.registered-poor": { met: (v) => `本户为建档立卡贫困户（${name(REGISTRATION, v.povertyRegistration)}）。` },
    "assistance-referrals.group.monitored": {
      met: (v) => `本户为农村${name(REGISTRATION, v.povertyRegistration)}户，属纳入监测范围的农村易返贫致贫人口。`,
    },
    "assistance-referrals.group.orphan": { met: (v) => `${s(v.memberId)}为孤儿。` },
    "assistance-referrals.group.disabled": { met: (v) => `${s(v.memberId)}为残疾人（${disability(v.disabilityCategory, v.disabilityGrade)}）。` },
    "assistance-referrals.group.seriously-ill": { met: (v) => `${s(v.memberId)}患有重特大疾病。` },
    "assistance-referrals.group.dispersed-support": {
      met: (v) => `${s(v.dispersedMemberIds)}为分散供养特困人员。`,
      unknown: (v) => `未提供${s(v.arrangementUnknownMemberIds)}的供养方式（分散供养或集中供养）。`,
    },
    "assistance-referrals.group.shock": {
      met: (v) => `本户在${s(v.windowFrom)}至${s(v.windowTo)}期间发生收入骤减或支出骤增（${s(v.shocks)}次），期间按解释INT-14依参数确定。`,
      unknown: (v) => `未提供本户在${s(v.windowFrom)}至${s(v.windowTo)}期间是否发生收入骤减或支出骤增。`,
    },
    "assistance-referrals.group.lifted-never-supported": {
      met: () => "本户为已脱贫户，未享受过农村住房保障政策支持。",
      unknown: () => "本户为已脱贫户，未提供是否享受过农村住房保障政策支持。",
    },
  },
  labels: {
    heading: "专项救助转介（教育、医疗、住房）",
    note: "本库不掌握重庆市上述救助项目的金额标准，不计算金额：转介至所列部门，由其核定救助内容；据以转介的低保、特困人员、低收入家庭等身份由民政部门认定。",
    none: "无转介。",
    programmes: PROGRAMMES,
    programme: (v) => {
      const text = PROGRAMMES[String(v.programme)];
      return text === undefined ? s(v.programme) : `${text.name}——转介至${text.office}：${text.offer}`;
    },
    entry: (v) => {
      const groups = Array.isArray(v.groups) && v.groups.length > 0 ? names(GROUP, v.groups) : "";
      const pending = Array.isArray(v.pendingGroups) && v.pendingGroups.length > 0 ? `待复核：${names(GROUP, v.pendingGroups)}` : "";
      const extra = v.monitoring === true ? "，纳入监测预警" : v.form !== null && v.form !== undefined ? `，方式：${name(FORM, v.form)}` : "";
      const basis = [groups, pending].filter((part) => part !== "").join("；");
      const status = v.status === "refer" ? "转介" : v.status === "needs-review" ? "需人工复核" : s(v.status);
      return `${who(v)}：${status}（${basis}）${extra}。`;
    },
  },
};
