/** The words of the audit report and of the findings, in Chinese and English. */
import type { AREAS } from "../model/household.js";
import type { Language } from "../rules/messages.js";
import type { FindingCode, FindingDirection } from "./findings.js";

export interface ReportMessages {
  readonly lang: Language;
  readonly title: string;
  readonly notice: string;
  readonly summary: string;
  readonly codes: Readonly<Record<FindingCode, string>>;
  /** One sentence per code: what the finding means. */
  readonly codeHelp: Readonly<Record<FindingCode, string>>;
  readonly directions: Readonly<Record<FindingDirection, string>>;
  readonly areas: Readonly<Record<(typeof AREAS)[number], string>>;
  readonly figures: {
    readonly households: string;
    readonly consistent: string;
    readonly withFindings: string;
    readonly undecidable: string;
    readonly invalidLines: string;
    readonly overPaid: string;
    readonly underPaid: string;
    readonly missed: string;
    readonly withoutAmount: string;
  };
  readonly perMonth: (yuan: string) => string;
  readonly charts: { readonly byCode: string; readonly amounts: string; readonly none: string };
  readonly meta: {
    readonly heading: string;
    readonly library: string;
    readonly asOf: string;
    readonly input: string;
    readonly inputDigest: string;
    readonly parameterSets: string;
    readonly parametersFile: string;
    readonly shipped: string;
    readonly reportLimit: string;
    readonly reproduce: string;
    readonly reproduceText: string;
    readonly notGiven: string;
  };
  readonly table: {
    readonly heading: string;
    readonly line: string;
    readonly household: string;
    readonly area: string;
    readonly findings: string;
    readonly stake: string;
    readonly open: string;
    readonly filterCode: string;
    readonly filterArea: string;
    readonly filterMin: string;
    readonly filterText: string;
    readonly all: string;
    readonly shown: string;
    readonly expandAll: string;
    readonly collapseAll: string;
    readonly print: string;
    /** Households with findings not embedded in detail. */
    readonly more: (more: number, limit: number) => string;
    /** Which households the table shows. */
    readonly shownWorst: (limit: number) => string;
    readonly empty: string;
  };
  /** The list of invalid lines. */
  readonly invalid: {
    readonly intro: string;
    readonly problem: string;
    /** Invalid lines not listed. */
    readonly more: (more: number) => string;
  };
  readonly detail: {
    readonly member: string;
    readonly recorded: string;
    readonly decided: string;
    readonly difference: string;
    readonly missing: string;
    readonly reasons: string;
    readonly explanation: string;
    readonly household: string;
    /** The clauses cited, and the appendix quoting them. */
    readonly clauses: string;
  };
  /** R12 and the departmental records (contract v1.2). */
  readonly records: {
    readonly reviewNotTested: string;
    readonly heading: string;
    readonly intro: string;
    readonly read: string;
    readonly used: string;
    readonly unmatched: string;
    readonly invalid: string;
    readonly afterAsOf: string;
    readonly differing: string;
    readonly departmentalFindings: string;
    readonly departmentalOverPaid: string;
    readonly departmentalUnderPaid: string;
    readonly departmentalMissed: string;
    readonly conflicts: string;
    readonly byField: string;
    readonly field: string;
    readonly caseload: string;
    readonly department: string;
    readonly recordDate: string;
    readonly reference: string;
    readonly changes: string;
    readonly predatesReview: string;
    readonly shownOnly: string;
    readonly none: string;
    readonly lines: string;
  };
}

export const REPORT_MESSAGES: Readonly<Record<Language, ReportMessages>> = {
  "zh-CN": {
    lang: "zh-CN",
    title: "社会救助个案核查报告（错保、漏保）",
    notice: "本报告中的“发现”是本库对政策规则的解读，不是认定结论；每一项须由经办人员依法核实后决定。",
    summary: "汇总",
    codes: {
      "dibao-ineligible-recipient": "在保不符合低保条件（错保）",
      "dibao-amount-differs": "低保金额与规则不符",
      "dibao-missed": "符合低保条件未纳入（漏保）",
      "gradual-exit-window-due": "应进入渐退期",
      "gradual-exit-window-overrun": "渐退期满仍在保",
      "special-hardship-ineligible": "特困供养不符合条件（错保）",
      "special-hardship-missed": "符合特困条件未纳入（漏保）",
      "single-person-referral-missed": "可按单人户纳入未纳入（漏保）",
      "review-overdue": "逾期未核查",
      "record-conflict": "与部门数据不一致",
      undecidable: "缺少信息，无法判断",
    },
    codeHelp: {
      "dibao-ineligible-recipient": "正在领取低保，但按规则不符合条件，且不适用渐退期。",
      "dibao-amount-differs": "正在领取低保，但发放金额与按规则计算的金额不同；差额为正表示多发，为负表示少发。",
      "dibao-missed": "符合低保条件，但未领取低保。",
      "gradual-exit-window-due": "收入已不低于低保标准，应进入6个月渐退期，但记录中没有渐退期；渐退期内保持原金额。",
      "gradual-exit-window-overrun": "渐退期已结束，仍在领取低保。",
      "special-hardship-ineligible": "正在享受特困供养，但按规则不符合条件（状态中无金额，未计入金额合计）。",
      "special-hardship-missed": "符合特困人员认定条件，但未纳入特困供养。",
      "single-person-referral-missed": "家庭成员可按单人户申请低保，但家庭和本人均无记录的救助。",
      "review-overdue": "最近一次核查距核查日期已超过规定周期（经济状况变化不大的每年一次，收入来源不固定、有劳动能力的每半年一次）。",
      "record-conflict": "其他部门的数据（数据比对）与个案记录不一致；列出双方数据，以及仅采用部门数据时结果发生变化的项目。",
      undecidable: "规则需要的事实缺失，无法判断；列出需要补充的信息。",
    },
    directions: { "over-paid": "多发", "under-paid": "少发", missed: "漏保" },
    areas: { urban: "城市", rural: "农村" },
    figures: {
      households: "核查户数",
      consistent: "一致",
      withFindings: "有发现",
      undecidable: "无法判断",
      invalidLines: "无效行",
      overPaid: "每月多发",
      underPaid: "每月少发",
      missed: "每月漏保",
      withoutAmount: "金额未知的发现",
    },
    perMonth: (yuan) => `${yuan} 元/月`,
    charts: { byCode: "按类型统计的发现数", amounts: "每月涉及金额（元）", none: "无" },
    meta: {
      heading: "核查依据",
      library: "程序库及版本",
      asOf: "核查日期（--as-of）",
      input: "输入文件",
      inputDigest: "输入文件 SHA-256",
      parameterSets: "参数集及摘要（户数）",
      parametersFile: "参数覆盖文件",
      shipped: "随库发布的参数",
      reportLimit: "详列户数上限",
      reproduce: "如何复核",
      reproduceText: "安装同一版本的程序库，核对输入文件的 SHA-256，用同一核查日期和选项运行同一命令，即可得到逐字节相同的结果和报告：",
      notGiven: "（未提供）",
    },
    table: {
      heading: "有发现的家庭",
      line: "行号",
      household: "户编号",
      area: "城乡",
      findings: "发现",
      stake: "每月涉及金额（元）",
      open: "展开",
      filterCode: "类型",
      filterArea: "城乡",
      filterMin: "金额不低于（元）",
      filterText: "户编号包含",
      all: "全部",
      shown: "显示",
      expandAll: "全部展开",
      collapseAll: "全部收起",
      print: "打印",
      more: (more, limit) => `另有 ${more} 户有发现，未在此详列（本报告按每月涉及金额详列最严重的 ${limit} 户）；所有家庭的发现见 NDJSON 输出，汇总数字涵盖全部家庭。`,
      empty: "没有有发现的家庭。",
      shownWorst: (limit) => `按每月涉及金额从高到低，详列至多 ${limit} 户；每户可展开查看发现和完整说明。`,
    },
    invalid: {
      intro: "以下各行不是有效的家庭记录，未予核查（NDJSON 输出中，这些行的位置是错误对象）；更正后可重新核查。",
      problem: "问题（首个；括号内为其余问题数）",
      more: (more) => `另有 ${more} 个无效行未在此列出；每一行的错误见 NDJSON 输出。`,
    },
    detail: {
      member: "成员",
      recorded: "记录",
      decided: "规则结果",
      difference: "每月差额（记录−规则）",
      missing: "需补充的信息",
      reasons: "所依条款",
      explanation: "完整说明",
      household: "家庭",
      clauses: "引用条款",
    },
    records: {
      reviewNotTested: "未记录最近核查日期的低保户（未检查复核周期）",
      heading: "部门数据比对",
      intro: "其他部门的数据只用于比对，不进入正常的认定结果；每一处不一致都列为一项发现，双方数据并列显示。部门之间不一致时不以任何一方为准。",
      read: "读取的部门记录",
      used: "已比对的记录",
      unmatched: "未匹配的记录",
      invalid: "无效记录",
      afterAsOf: "晚于核查日期的记录",
      differing: "按部门数据比对结果不同的家庭",
      departmentalFindings: "按部门数据的发现",
      departmentalOverPaid: "按部门数据每月多发",
      departmentalUnderPaid: "按部门数据每月少发",
      departmentalMissed: "按部门数据每月漏保",
      conflicts: "不一致",
      byField: "按字段统计",
      field: "字段",
      caseload: "个案记录",
      department: "部门数据",
      recordDate: "数据日期",
      reference: "部门编号",
      changes: "仅采用该部门数据时的变化",
      predatesReview: "早于最近一次核查",
      shownOnly: "下表列出本报告详列家庭中的不一致；全部不一致见 NDJSON 输出。",
      none: "无",
      lines: "行号",
    },
  },
  en: {
    lang: "en",
    title: "Caseload audit: households paid wrongly and households missed (错保 / 漏保)",
    notice: "The findings in this report are this library's reading of the rules, not a verdict: each one is for a caseworker to verify and decide.",
    summary: "Summary",
    codes: {
      "dibao-ineligible-recipient": "Dibao recipient does not qualify",
      "dibao-amount-differs": "Dibao amount differs",
      "dibao-missed": "Qualifies for dibao, not covered",
      "gradual-exit-window-due": "Gradual-exit window due",
      "gradual-exit-window-overrun": "Paid after the gradual-exit window",
      "special-hardship-ineligible": "Extreme-poverty support without qualifying",
      "special-hardship-missed": "Qualifies for extreme-poverty support, not covered",
      "single-person-referral-missed": "Single-person referral missed",
      "review-overdue": "Periodic review overdue",
      "record-conflict": "Departmental record differs",
      undecidable: "Undecidable: facts missing",
    },
    codeHelp: {
      "dibao-ineligible-recipient": "Receives dibao, but does not qualify under the rules and no gradual-exit window applies.",
      "dibao-amount-differs": "Receives dibao, but a different amount from the rules' amount; a positive difference is over-paid, a negative one under-paid.",
      "dibao-missed": "Qualifies for dibao but does not receive it.",
      "gradual-exit-window-due": "Income is no longer below the standard: a 6-month gradual-exit window is due but not recorded; the amount is kept during the window.",
      "gradual-exit-window-overrun": "The gradual-exit window has ended, and dibao is still paid.",
      "special-hardship-ineligible": "Supported as an extreme-poverty person without qualifying (the status records no amount, so none is counted).",
      "special-hardship-missed": "Qualifies as an extreme-poverty person but is not supported.",
      "single-person-referral-missed": "A member may apply for dibao as a single-person household; nothing is recorded for the household or the member.",
      "review-overdue": "The last periodic review is older than its interval on the audit date (yearly for stable households, every six months for irregular income with members able to work).",
      "record-conflict": "Another department's data (data comparison) state a fact that differs from the caseload's; both values are shown, with what changes if the department's value alone is used.",
      undecidable: "A fact the rules need is missing; the finding lists what to ask for.",
    },
    directions: { "over-paid": "over-paid", "under-paid": "under-paid", missed: "missed" },
    areas: { urban: "urban", rural: "rural" },
    figures: {
      households: "Households audited",
      consistent: "Consistent",
      withFindings: "With findings",
      undecidable: "Undecidable",
      invalidLines: "Invalid lines",
      overPaid: "Over-paid a month",
      underPaid: "Under-paid a month",
      missed: "Missed a month",
      withoutAmount: "Findings without an amount",
    },
    perMonth: (yuan) => `${yuan} yuan/month`,
    charts: { byCode: "Findings by code", amounts: "Yuan a month at stake", none: "none" },
    meta: {
      heading: "Basis of this audit",
      library: "Library and version",
      asOf: "Assessment date (--as-of)",
      input: "Input file",
      inputDigest: "Input file SHA-256",
      parameterSets: "Parameter sets and digests (households)",
      parametersFile: "Parameter override file",
      shipped: "shipped with the library",
      reportLimit: "Households shown in detail, at most",
      reproduce: "Reproducing this report",
      reproduceText: "Install the same library version, check the input file's SHA-256, and run the same command with the same date and options: the findings and this report come out byte for byte the same.",
      notGiven: "(not given)",
    },
    table: {
      heading: "Households with findings",
      line: "Line",
      household: "Household",
      area: "Area",
      findings: "Findings",
      stake: "Yuan a month at stake",
      open: "Open",
      filterCode: "Code",
      filterArea: "Area",
      filterMin: "At stake at least (yuan)",
      filterText: "Household id contains",
      all: "all",
      shown: "Shown",
      expandAll: "Open all",
      collapseAll: "Close all",
      print: "Print",
      more: (more, limit) =>
        `${more} more households with findings are not shown in detail (this report shows the ${limit} with the most at stake); the NDJSON output lists every household, and the figures above cover all of them.`,
      empty: "No household has a finding.",
      shownWorst: (limit) => `At most ${limit} households, most yuan a month at stake first; open a row for its findings and full explanation.`,
    },
    invalid: {
      intro: "These lines are not valid household records and were not audited (in the NDJSON output, each has an error object in its place); correct them and audit them again.",
      problem: "Problem (the first; in brackets, how many more)",
      more: (more) => `${more} more invalid lines are not listed here; the NDJSON output has each one's error.`,
    },
    detail: {
      member: "Member",
      recorded: "Recorded",
      decided: "Rules give",
      difference: "Difference a month (recorded − rules)",
      missing: "Facts to ask for",
      reasons: "Clauses",
      explanation: "Full explanation",
      household: "household",
      clauses: "Clauses cited",
    },
    records: {
      reviewNotTested: "Dibao households without a last review date (review schedule not tested)",
      heading: "Comparison with other departments' records (部门数据比对)",
      intro: "Other departments' data are used only in this comparison, never in the ordinary determination; every difference is a finding, with both values side by side. Where departments disagree, none takes precedence.",
      read: "Records read",
      used: "Records compared",
      unmatched: "Records unmatched",
      invalid: "Invalid records",
      afterAsOf: "Records dated after the audit date",
      differing: "Households whose comparison differs",
      departmentalFindings: "Findings from departments' data",
      departmentalOverPaid: "Over-paid a month if the records hold",
      departmentalUnderPaid: "Under-paid a month if the records hold",
      departmentalMissed: "Missed a month if the records hold",
      conflicts: "Conflicts",
      byField: "By field",
      field: "Field",
      caseload: "Caseload",
      department: "Department's record",
      recordDate: "Record date",
      reference: "Reference",
      changes: "What changes with this value alone",
      predatesReview: "before the last review",
      shownOnly: "The table lists the conflicts of the households shown in detail in this report; the NDJSON output lists them all.",
      none: "none",
      lines: "Lines",
    },
  },
};
