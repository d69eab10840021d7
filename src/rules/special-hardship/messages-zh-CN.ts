/** 中文说明: special-hardship. */
import type { ProgrammeMessages } from "../programme.js";
import { s, yuan, TIER, grounds, list, own, disability } from "../text/zh-CN.js";
import type { SpecialHardshipLabels } from "./labels.js";
import { supporterMessagesZhCN } from "./supporter-messages-zh-CN.js";

export const zhCN: ProgrammeMessages<SpecialHardshipLabels> = {
  reasons: {
    "special-hardship.no-capacity": {
      met: (v) => `${s(v.memberId)}无劳动能力（${s(v.age)}周岁；依据：${list(v.grounds, grounds(v))}）。`,
      "not-met": (v) => `${s(v.memberId)}（${s(v.age)}周岁，${disability(v.disabilityCategory, v.disabilityGrade)}）不符合无劳动能力的情形。`,
    },
    "special-hardship.orphan-choice": {
      met: () => "该未成年人未选择孤儿、事实无人抚养儿童基本生活保障。",
      "not-met": () => "该未成年人已选择孤儿、事实无人抚养儿童基本生活保障，不再认定为特困人员。",
    },
    "special-hardship.own-income": {
      met: (v) => `${s(v.memberId)}本人收入${yuan(v.ownMonthlyIncome)}低于低保标准${yuan(v.standard)}。`,
      "not-met": (v) => `${s(v.memberId)}本人收入${yuan(v.ownMonthlyIncome)}不低于低保标准${yuan(v.standard)}。`,
    },
    "special-hardship.own-property": {
      met: (v) => `${s(v.memberId)}本人财产符合特困人员财产状况规定。`,
      "not-met": (v) => `${s(v.memberId)}本人财产不符合特困人员财产状况规定。`,
      unknown: (v) => `未提供${s(v.memberId)}本人财产是否符合规定。`,
    },
    ...supporterMessagesZhCN,
    "special-hardship.basic": { any: (v) => `基本生活标准每月${yuan(v.basicMonthly)}，自${s(v.supportStart)}起给予。` },
    "special-hardship.care-tier": {
      met: (v) => `6项日常生活指标中${s(v.adlFailed)}项不能达到：${TIER[String(v.careTier)] ?? s(v.careTier)}，照料护理补贴每月${yuan(v.careMonthly)}。`,
      unknown: (v) => `未提供${s(v.memberId)}生活自理能力评估，照料护理补贴无法确定。`,
    },
  },
  labels: {
    heading: "特困人员救助供养",
    entry: (v) =>
      v.status === "eligible"
        ? `${s(v.memberId)}：符合——基本生活${yuan(v.basicMonthly)}，照料护理${v.careMonthly === null ? "待定" : yuan(v.careMonthly)}${v.careTier === null ? "" : `（${TIER[String(v.careTier)] ?? s(v.careTier)}）`}，自${s(v.supportStart)}起。`
        : `${s(v.memberId)}：${v.status === "ineligible" ? "不符合" : "需人工复核"}。`,
  },
};
