/**
 * The words of the impact report, Chinese first (`impact --report`, default `zh-CN`; `--lang en`).
 * Numbers and ids are never here: the report writes them from the summary and the determinations.
 */
import type { Language } from "../rules/messages.js";
import type { Band } from "./compare.js";

export interface ImpactReportMessages {
  readonly title: string;
  readonly notice: string;
  readonly meta: {
    readonly asOf: string;
    readonly baselineAsOf: string;
    readonly reforms: string;
    readonly input: string;
    readonly households: string;
    readonly weighted: string;
    readonly invalid: string;
    readonly engine: string;
  };
  readonly parameters: { readonly heading: string; readonly step: string; readonly series: string; readonly description: string; readonly baseline: string; readonly reform: string; readonly source: string; readonly none: string; readonly noValue: string };
  readonly cost: {
    readonly heading: string;
    readonly programme: string;
    readonly households: string;
    readonly persons: string;
    readonly monthly: string;
    readonly entering: string;
    readonly leaving: string;
    readonly monthlyDifference: string;
    readonly annualDifference: string;
    readonly total: string;
    readonly baseline: string;
    readonly reform: string;
  };
  readonly charts: { readonly heading: string; readonly costByProgramme: string; readonly deciles: string; readonly gainers: string; readonly losers: string; readonly decile: (n: number) => string; readonly none: string };
  readonly bands: { readonly heading: string; readonly band: string; readonly households: string; readonly share: string; readonly names: Readonly<Record<Band, string>>; readonly byArea: string; readonly areas: Readonly<Record<string, string>> };
  readonly lowIncome: { readonly heading: string; readonly tier: string; readonly names: Readonly<Record<string, string>> };
  readonly largest: {
    readonly heading: string;
    readonly intro: (shown: number, compared: number) => string;
    readonly none: string;
    readonly line: string;
    readonly household: string;
    readonly change: string;
    readonly reasons: string;
    readonly section: string;
    readonly code: string;
    readonly member: string;
    readonly noReasons: string;
    readonly absent: string;
    readonly explanationBaseline: string;
    readonly explanationReform: string;
  };
  readonly outcomes: Readonly<Record<string, string>>;
  readonly reproduce: { readonly heading: string; readonly text: string };
  readonly yuan: string;
}

const ZH: ImpactReportMessages = {
  title: "政策调整影响测算报告",
  notice: "本报告依据参数测算政策调整对案卷的影响，不构成对任何家庭的认定或发放决定。",
  meta: { asOf: "评估日期", baselineAsOf: "基准评估日期", reforms: "调整方案", input: "案卷", households: "比较的家庭", weighted: "加权家庭数", invalid: "无效行", engine: "引擎" },
  parameters: { heading: "调整的参数", step: "步骤", series: "参数", description: "说明", baseline: "基准值", reform: "调整后", source: "来源", none: "无参数变化（仅比较两个日期）。", noValue: "（无）" },
  cost: {
    heading: "支出",
    programme: "项目",
    households: "户数",
    persons: "人数",
    monthly: "月支出（元）",
    entering: "新纳入",
    leaving: "退出",
    monthlyDifference: "月差额（元）",
    annualDifference: "年差额（元）",
    total: "合计",
    baseline: "基准",
    reform: "调整后",
  },
  charts: { heading: "图表", costByProgramme: "各项目月支出：基准与调整后（元）", deciles: "按基准人均收入十分位的增减户数", gainers: "增加", losers: "减少", decile: (n) => `第${n}十分位`, none: "无数据" },
  bands: {
    heading: "家庭变化分档",
    band: "档次",
    households: "户数",
    share: "加权占比（%）",
    names: { "loses-all": "全部失去", "loses-over-10": "减少超过10%", "loses-up-to-10": "减少不超过10%", unchanged: "不变", "gains-up-to-10": "增加不超过10%", "gains-over-10": "增加超过10%", "newly-covered": "新纳入" },
    byArea: "按城乡",
    areas: { urban: "城市", rural: "农村" },
  },
  lowIncome: { heading: "低收入人口层级", tier: "层级", names: { dibaoEdge: "低保边缘家庭", rigidExpenditure: "刚性支出困难家庭" } },
  largest: {
    heading: "变化最大的家庭",
    intro: (shown, compared) => `按月度变化额从大到小列出${shown}户（共比较${compared}户）；展开可见理由层面的差异和两份说明。`,
    none: "没有家庭的金额发生变化。",
    line: "行",
    household: "家庭",
    change: "月度变化",
    reasons: "结果改变的理由",
    section: "项目",
    code: "理由代码",
    member: "成员",
    noReasons: "没有理由的结果改变。",
    absent: "（未给出）",
    explanationBaseline: "基准下的说明",
    explanationReform: "调整后的说明",
  },
  outcomes: { met: "符合", "not-met": "不符合", unknown: "未知" },
  reproduce: { heading: "复现", text: "以同一版本的本库运行以下命令，可得到同样的报告（案卷的SHA-256见上）：" },
  yuan: "元",
};

const EN: ImpactReportMessages = {
  title: "Reform impact report",
  notice: "This report estimates what a policy change does to the caseload from its parameters; it decides nothing for any household.",
  meta: { asOf: "Assessment date", baselineAsOf: "Baseline assessment date", reforms: "Reform", input: "Caseload", households: "Households compared", weighted: "Weighted households", invalid: "Invalid lines", engine: "Engine" },
  parameters: { heading: "Parameters changed", step: "Step", series: "Series", description: "Description", baseline: "Baseline", reform: "Reform", source: "Source", none: "No parameter changed (two dates compared).", noValue: "(none)" },
  cost: {
    heading: "Cost",
    programme: "Programme",
    households: "Households",
    persons: "Persons",
    monthly: "Monthly (yuan)",
    entering: "Entering",
    leaving: "Leaving",
    monthlyDifference: "Monthly difference (yuan)",
    annualDifference: "Annual difference (yuan)",
    total: "Total",
    baseline: "Baseline",
    reform: "Reform",
  },
  charts: { heading: "Charts", costByProgramme: "Monthly cost by programme: baseline and reform (yuan)", deciles: "Households gaining and losing by decile of baseline per-capita income", gainers: "Gain", losers: "Lose", decile: (n) => `Decile ${n}`, none: "No data" },
  bands: {
    heading: "Households by band of change",
    band: "Band",
    households: "Households",
    share: "Share, weighted (%)",
    names: { "loses-all": "Loses all", "loses-over-10": "Loses over 10 %", "loses-up-to-10": "Loses up to 10 %", unchanged: "Unchanged", "gains-up-to-10": "Gains up to 10 %", "gains-over-10": "Gains over 10 %", "newly-covered": "Newly covered" },
    byArea: "By area",
    areas: { urban: "Urban", rural: "Rural" },
  },
  lowIncome: { heading: "Low-income tiers", tier: "Tier", names: { dibaoEdge: "Dibao-edge households", rigidExpenditure: "Rigid-expenditure hardship households" } },
  largest: {
    heading: "Households with the largest changes",
    intro: (shown, compared) => `${shown} ${shown === 1 ? "household" : "households"} by the size of the monthly change (of ${compared} compared); open one for its reason-level diff and both explanations.`,
    none: "No household's amount changed.",
    line: "Line",
    household: "Household",
    change: "Monthly change",
    reasons: "Reasons whose outcome changed",
    section: "Section",
    code: "Reason",
    member: "Member",
    noReasons: "No reason changed its outcome.",
    absent: "(not given)",
    explanationBaseline: "Explanation under the baseline",
    explanationReform: "Explanation under the reform",
  },
  outcomes: { met: "met", "not-met": "not met", unknown: "unknown" },
  reproduce: { heading: "Reproducing", text: "Run with the same version of the library, this command gives the same report (the caseload's SHA-256 above):" },
  yuan: "yuan",
};

export const IMPACT_REPORT_MESSAGES: Readonly<Record<Language, ImpactReportMessages>> = { "zh-CN": ZH, en: EN };
