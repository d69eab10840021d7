/** 中文说明: five-category screening (五类人群摸排). */
import type { ReasonMessages, Values } from "../messages.js";
import type { ProgrammeMessages } from "../programme.js";
import { date, s } from "../text/zh-CN.js";
import type { ScreeningLabels } from "./labels.js";

/** The five categories in the report's words (`cq-daily-2020-09/five-categories`). */
export const CATEGORY_WORDS: Record<string, string> = {
  "registered-poor-uncovered": "未脱贫建档立卡贫困人口、脱贫不稳定人口、边缘易致贫人口中未纳入兜底保障范围的人群",
  "epidemic-backstop": "因疫情需要纳入兜底保障范围的人群",
  "potential-recipient": "因病因灾因疫等收入骤减或支出骤增，不符合救助条件但存在一定困难的潜在救助对象",
  "rural-covered-with-difficulties": "未纳入建档立卡贫困户范围，但在住房、医疗、教育等方面存在困难的农村低保对象及分散供养特困人员",
  "exited-needs-return": "已退出兜底保障，受疫情影响收入减少、生活成本增加，生活困难程度可能加深，需要再次纳入兜底保障的对象",
};
const STATUS: Record<string, string> = { flag: "提示立即跟进核实", no: "不属此类", unknown: "情况不明，需补充信息" };
const REGISTRATION: Record<string, string> = { none: "未建档立卡", unlifted: "未脱贫", lifted: "已脱贫", "lifted-unstable": "脱贫不稳定", edge: "边缘易致贫" };
const CAUSE: Record<string, string> = { illness: "因病", disaster: "因灾", epidemic: "因疫情", accident: "因意外事故", other: "其他原因" };
const DIFFICULTY: Record<string, string> = { housing: "住房", medical: "医疗", education: "教育" };

const ids = (value: unknown): string => (Array.isArray(value) && value.length > 0 ? value.join("、") : "");
const named = (value: unknown, names: Record<string, string>): string => (Array.isArray(value) ? value.map((item) => names[String(item)] ?? String(item)).join("、") : s(value));
const registration = (value: unknown): string => REGISTRATION[String(value)] ?? s(value);
const span = (v: Values): string => `${date(v.windowFrom)}至${date(v.windowTo)}`;
const dates = (value: unknown): string => (Array.isArray(value) ? value.map(date).join("、") : date(value));
const noShocks = "未提供家庭收入骤减或支出骤增的情况。";

/** Who covers the household today, for "已纳入兜底保障范围". */
function covered(v: Values): string {
  const parts: string[] = [];
  if (v.dibaoRecipient === true) parts.push("正在享受低保");
  if (ids(v.supportedMemberIds) !== "") parts.push(`成员${ids(v.supportedMemberIds)}正在享受特困人员救助供养`);
  return parts.join("；");
}

/** What the household now qualifies for, for categories 2 and 3. */
function qualifying(v: Values): string {
  const parts: string[] = [];
  if (v.dibaoStatus === "eligible") parts.push("符合低保条件");
  if (ids(v.referredMemberIds) !== "") parts.push(`成员${ids(v.referredMemberIds)}可参照单人户申请低保`);
  if (ids(v.specialHardshipEligibleIds) !== "") parts.push(`成员${ids(v.specialHardshipEligibleIds)}符合特困人员救助供养条件`);
  return parts.join("；");
}

const pending = (v: Values): string => (ids(v.pendingMemberIds) === "" ? "" : `（待复核成员：${ids(v.pendingMemberIds)}）`);

const notCovered: ReasonMessages = {
  met: () => "本户未纳入兜底保障范围（没有享受低保，也没有成员享受特困人员救助供养）。",
  "not-met": (v) => `本户已纳入兜底保障范围（${covered(v)}）。`,
};

const reasons: Record<string, ReasonMessages> = {
  "screening.not-in-force": {
    any: (v) => `评估日期${date(v.asOf)}时五类人群摸排尚未开展${v.from === null || v.from === undefined ? "" : `（自${date(v.from)}起）`}。`,
  },
  "screening.registered-poor-uncovered.not-covered": notCovered,
  "screening.registered-poor-uncovered.registration": {
    met: (v) => `建档立卡状态为“${registration(v.povertyRegistration)}”，属未脱贫建档立卡贫困人口、脱贫不稳定人口或边缘易致贫人口。`,
    "not-met": (v) => `建档立卡状态为“${registration(v.povertyRegistration)}”，不属未脱贫、脱贫不稳定或边缘易致贫人口。`,
  },
  "screening.epidemic-backstop.not-covered": notCovered,
  "screening.epidemic-backstop.epidemic-shock": {
    met: (v) => `${span(v)}期间因疫情收入骤减或支出骤增（${dates(v.since)}起）。`,
    "not-met": (v) => `${span(v)}期间没有因疫情的收入骤减或支出骤增。`,
    unknown: () => noShocks,
  },
  "screening.epidemic-backstop.qualifies": {
    met: (v) => `本户现符合兜底保障条件（${qualifying(v)}），属因疫情需要纳入兜底保障范围的人群。`,
    "not-met": () => "本户现不符合低保、单人户或特困人员救助供养条件。",
    unknown: (v) => `本户是否符合兜底保障条件尚待人工复核${pending(v)}。`,
  },
  "screening.potential-recipient.not-covered": notCovered,
  "screening.potential-recipient.shock": {
    met: (v) => `${span(v)}期间收入骤减或支出骤增（${named(v.causes, CAUSE)}；${dates(v.since)}起）。`,
    "not-met": (v) => `${span(v)}期间没有收入骤减或支出骤增。`,
    unknown: () => noShocks,
  },
  "screening.potential-recipient.not-qualifying": {
    met: () => "本户不符合低保、单人户或特困人员救助供养条件，属不符合救助条件但存在一定困难的潜在救助对象。",
    "not-met": (v) => `本户现符合兜底保障条件（${qualifying(v)}），应按救助程序办理，不属潜在救助对象。`,
    unknown: (v) => `本户是否符合救助条件尚待人工复核${pending(v)}。`,
  },
  "screening.rural-covered-with-difficulties.rural": {
    met: () => "本户为农村家庭。",
    "not-met": () => "本户为城市家庭，不属农村低保对象或农村分散供养特困人员。",
  },
  "screening.rural-covered-with-difficulties.not-registered": {
    met: () => "本户未纳入建档立卡贫困户范围。",
    "not-met": (v) => `本户已建档立卡（${registration(v.povertyRegistration)}）。`,
  },
  "screening.rural-covered-with-difficulties.covered": {
    met: (v) =>
      [v.dibaoRecipient === true ? "本户为低保对象" : "", ids(v.dispersedMemberIds) === "" ? "" : `成员${ids(v.dispersedMemberIds)}为分散供养特困人员`].filter((part) => part !== "").join("；") + "。",
    "not-met": () => "本户不是低保对象，也没有分散供养的特困人员。",
    unknown: (v) => `特困人员${ids(v.arrangementUnknownIds)}的供养方式（分散供养或集中供养）未提供。`,
  },
  "screening.rural-covered-with-difficulties.difficulties": {
    met: (v) => `本户在${named(v.difficulties, DIFFICULTY)}方面存在困难。`,
    "not-met": () => "本户在住房、医疗、教育方面没有困难。",
    unknown: () => "未提供本户在住房、医疗、教育方面是否存在困难。",
  },
  "screening.exited-needs-return.exited": {
    met: (v) => `本户已于${date(v.exitDate)}退出兜底保障。`,
    "not-met": (v) => (v.exitDate === null ? "本户没有退出兜底保障的记录。" : `本户退出兜底保障的日期${date(v.exitDate)}在评估日期之后。`),
  },
  "screening.exited-needs-return.not-covered": notCovered,
  "screening.exited-needs-return.epidemic-shock-since-exit": {
    met: (v) => `退出后受疫情影响收入减少或生活成本增加（${dates(v.since)}起，在${span(v)}期间）。`,
    "not-met": (v) => `${span(v)}期间${v.exitDate === null ? "" : `、退出（${date(v.exitDate)}）之后`}没有因疫情的收入骤减或支出骤增。`,
    unknown: () => noShocks,
  },
};

export const zhCN: ProgrammeMessages<ScreeningLabels> = {
  reasons,
  labels: {
    heading: "五类人群摸排",
    note: "摸排只提示经办人员对相关家庭立即跟进核实，不作任何救助决定，也不给付任何待遇。",
    entry: (v) => `第${s(v.category)}类（${CATEGORY_WORDS[String(v.code)] ?? s(v.code)}）：${STATUS[String(v.status)] ?? s(v.status)}。`,
  },
};
