/** W-INTERPRETATION 另一种解释的中文说明：本结果所采用的解释，以及采用另一种解释时的结果。 */
import type { AlternativeTexts } from "../types.js";

const amount = (value: string | null): string => (value === null ? "" : `，每月${value}元`);
const ITEM: Record<string, string> = {
  "registered-poor": "未脱贫建档立卡贫困户",
  "near-dibao": "低保边缘家庭",
  "adult-severe-disability": "成年无业重度残疾人",
  dibaoEdge: "低保边缘家庭",
  rigidExpenditure: "刚性支出困难家庭",
  "education-assistance": "教育救助",
  "medical-assistance": "医疗救助",
  "housing-assistance": "住房救助",
  "rural-housing-renovation": "农村危房改造",
  "registered-poor-uncovered": "未纳入兜底保障的脱贫不稳定等人口",
  "epidemic-backstop": "因疫情需纳入兜底保障的人群",
  "potential-recipient": "潜在救助对象",
  "rural-covered-with-difficulties": "存在困难的农村兜底保障对象",
  "exited-needs-return": "已退出兜底保障需再次纳入的对象",
};

export const alternativesZhCN: AlternativeTexts = {
  readings: {
    "INT-1": { reads: "2月29日出生的人，在平年的3月1日增长一岁", other: "在平年的2月28日增长一岁" },
    "INT-3": { reads: "2021年7月1日至2025年12月31日以外，城乡居民基础养老金仍不计入低保家庭收入", other: "该期间以外基础养老金计入收入" },
    "INT-4": { reads: "扣减项不使成员的可计收入低于0，也不冲减其他成员的收入", other: "成员超出本人收入的扣减冲减其他成员的收入，家庭合计不低于0" },
    "INT-5": { reads: "人均收入恰好等于低保标准（既不低于也不超过）的，给予渐退期", other: "恰好等于标准的不给予渐退期（报道称“超过”低保标准）" },
    "INT-9": { reads: "仅凭年龄新纳入特困人员救助供养须未满16周岁，已纳入的未成年人延续至18周岁", other: "仅凭年龄新纳入的年龄放宽至未满18周岁" },
    "INT-10": { reads: "学龄前儿童指未满6周岁且未入学的儿童", other: "只有提供了在学情况的儿童才享受分类加发，年龄本身不给予加发" },
    "INT-11": { reads: "认定特困人员生活来源时，社会救助款物不计入本人收入", other: "社会救助款物计入本人收入" },
    "INT-12": {
      reads: "法定义务人包括户内对其负有法定义务的成员（配偶；未成年或不能独立生活者的父母；父母的成年子女）",
      other: "只计入所列的法定义务人",
    },
    // 审计（R12）专用；认定结果不会引用，但每个可切换的解读都有说明。
    "INT-24": {
      reads: "未提供复核类别的低保家庭，没有有劳动能力的共同生活成员的，按经济状况变化不大（每年核查一次）处理",
      other: "未提供复核类别的，在类别起决定作用时视为未知",
    },
  },
  statuses: {
    eligible: "符合",
    ineligible: "不符合",
    "needs-review": "需人工复核",
    "gradual-exit": "渐退期",
    refer: "转介",
    member: "属于",
    "not-member": "不属于",
    flag: "列入摸排",
    no: "未列入",
    unknown: "不确定",
    none: "无此项",
  },
  change: (c) =>
    `${c.section}${c.memberId === null ? "" : `（${c.memberId}）`}${c.item === null ? "" : `（${ITEM[c.item] ?? c.item}）`}：${c.alternativeStatus}${amount(c.alternativeAmount)}，而非${c.status}${amount(c.amount)}`,
  sentence: (id, reads, other, changes) =>
    `${id}：本结果采用的解释是${reads ?? "—"}。若采用另一种解释（${other ?? "—"}），结果将是${changes.length === 0 ? "不同的" : changes.join("；")}。`,
};
