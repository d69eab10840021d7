/**
 * The extreme-poverty programme (特困人员救助供养): R4 decides each counted member; R6 warns where a member
 * eligible for it is also in dibao (衔接).
 */
import { sameEntriesWithoutReasons } from "../compare.js";
import type { Programme } from "../programme.js";
import { coordinationRule } from "./coordination.js";
import type { SpecialHardshipLabels } from "./labels.js";
import { en } from "./messages-en.js";
import { zhCN } from "./messages-zh-CN.js";
import { SPECIAL_HARDSHIP, specialHardshipSchema, type SpecialHardshipEntry } from "./section.js";
import { specialHardshipRule } from "./special-hardship.js";

export const specialHardshipProgramme: Programme<readonly SpecialHardshipEntry[], SpecialHardshipLabels, "specialHardship"> = {
  section: SPECIAL_HARDSHIP,
  title: "extreme-poverty support",
  schema: specialHardshipSchema,
  rules: [specialHardshipRule, coordinationRule],
  empty: [],
  sameOutcome: sameEntriesWithoutReasons,
  messages: { "zh-CN": zhCN, en },
  render(entries, out, labels) {
    out.heading(labels.heading);
    for (const entry of entries) {
      out.item(
        labels.entry({
          memberId: entry.memberId,
          status: entry.status,
          basicMonthly: entry.basicMonthly,
          careMonthly: entry.careMonthly,
          careTier: entry.careTier,
          supportStart: entry.supportStart,
        }),
      );
      out.reasons(entry.reasons, 1);
    }
  },
};

export { SPECIAL_HARDSHIP, type SpecialHardshipEntry, type CareTier } from "./section.js";
