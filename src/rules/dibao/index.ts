/**
 * The dibao programme (最低生活保障, 低保): R1 decides the household (with R0's facts and R5's top-ups),
 * R2 may turn a recipient's failed income test into a gradual-exit window (渐退期).
 */
import { sameWithoutReasons } from "../compare.js";
import type { Programme } from "../programme.js";
import { gradualExitRule } from "./gradual-exit.js";
import type { DibaoLabels } from "./labels.js";
import { en } from "./messages-en.js";
import { zhCN } from "./messages-zh-CN.js";
import { minimumLivingGuaranteeRule } from "./minimum-living-guarantee.js";
import { DIBAO, dibaoSectionSchema, type DibaoSection } from "./section.js";

export const dibaoProgramme: Programme<DibaoSection, DibaoLabels, "dibao"> = {
  section: DIBAO,
  title: "minimum living guarantee with gradual exit",
  schema: dibaoSectionSchema,
  rules: [minimumLivingGuaranteeRule, gradualExitRule],
  empty: undefined,
  sameOutcome: sameWithoutReasons,
  messages: { "zh-CN": zhCN, en },
  render(section, out, labels) {
    out.heading(labels.heading);
    out.line(
      labels.status({
        status: section.status,
        monthlyAmount: section.monthlyAmount,
        baseAmount: section.baseAmount,
        paymentStart: section.paymentStart,
        stopFrom: section.stopFrom,
        windowStart: section.window?.start ?? null,
        windowEnd: section.window?.end ?? null,
        windowRule: section.window?.rule ?? null,
      }),
    );
    out.reasons(section.reasons);
  },
};

export { DIBAO, type DibaoSection, type DibaoStatus, type TopUp, type TopUpCategory, type GradualExitWindow } from "./section.js";
