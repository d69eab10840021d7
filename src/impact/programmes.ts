/**
 * The paying programmes of a determination, by section name, each with how much it pays a household a
 * month and how many persons it covers. This is the impact's programme hook: a later programme that pays
 * adds one entry here (its section key and a reader), and the summary, the bands and the report follow.
 * Sections that pay nothing (lowIncome, screening, assistanceReferrals) are not listed; the low-income
 * tiers are counted apart (summary.ts).
 */
import type { Determination } from "../engine/determination.js";
import { fenOf } from "./fen.js";

/** What one programme gives one household under one parameter set. */
export interface ProgrammePayment {
  /** The programme's own status for the household: the section's status, or for a list of entries a summary of theirs. */
  readonly status: string;
  /** True when the programme pays (covers) the household. */
  readonly covered: boolean;
  /** Persons covered (0 when not covered). */
  readonly persons: number;
  /** Fen a month (0 when not covered). */
  readonly fen: number;
}

export interface PayingProgramme {
  /** The section name in the determination. */
  readonly key: string;
  readonly read: (determination: Determination) => ProgrammePayment;
}

/**
 * The status of a list section for the household: the first of `order` any entry holds, else "none"
 * (no entry). A household with one eligible member and one needs-review member is "eligible".
 */
function listStatus(statuses: readonly string[], order: readonly string[]): string {
  for (const status of order) if (statuses.includes(status)) return status;
  return statuses[0] ?? "none";
}

/** Dibao (低保) with its top-ups (R1, R5), gradual exit kept (R2): paid while eligible or in a window. */
const dibao: PayingProgramme = {
  key: "dibao",
  read: (determination) => {
    const section = determination.dibao;
    const covered = (section.status === "eligible" || section.status === "gradual-exit") && section.monthlyAmount !== null;
    return { status: section.status, covered, persons: covered ? determination.figures.countedMembers : 0, fen: covered && section.monthlyAmount !== null ? fenOf(section.monthlyAmount) : 0 };
  },
};

/** Single-person referrals (单人户, R3, INT-8): each member referred alone, with the one-person amount. */
const singlePersonReferrals: PayingProgramme = {
  key: "singlePersonReferrals",
  read: (determination) => {
    const referred = determination.singlePersonReferrals.filter((entry) => entry.status === "refer");
    // One member may be referred by more than one route; the member is paid once (the highest amount).
    const byMember = new Map<string, number>();
    for (const entry of referred) byMember.set(entry.memberId, Math.max(byMember.get(entry.memberId) ?? 0, entry.monthlyAmount === null ? 0 : fenOf(entry.monthlyAmount)));
    let fen = 0;
    for (const amount of byMember.values()) fen += amount;
    return { status: listStatus(determination.singlePersonReferrals.map((entry) => entry.status), ["refer", "needs-review"]), covered: byMember.size > 0, persons: byMember.size, fen };
  },
};

/** Extreme-poverty support (特困, R4): the basic standard and the care subsidy of each eligible member. */
const specialHardship: PayingProgramme = {
  key: "specialHardship",
  read: (determination) => {
    let fen = 0;
    let persons = 0;
    for (const entry of determination.specialHardship) {
      if (entry.status !== "eligible") continue;
      persons++;
      if (entry.basicMonthly !== null) fen += fenOf(entry.basicMonthly);
      if (entry.careMonthly !== null) fen += fenOf(entry.careMonthly);
    }
    return { status: listStatus(determination.specialHardship.map((entry) => entry.status), ["eligible", "needs-review", "ineligible"]), covered: persons > 0, persons, fen };
  },
};

/** The paying programmes, in the determination's section order. */
export const PAYING_PROGRAMMES: readonly PayingProgramme[] = [dibao, singlePersonReferrals, specialHardship];

/** The low-income tiers (低收入人口分层) counted before and after: R7a and R7b. */
export const LOW_INCOME_TIERS = ["dibaoEdge", "rigidExpenditure"] as const;
export type LowIncomeTier = (typeof LOW_INCOME_TIERS)[number];

export function tierMember(determination: Determination, tier: LowIncomeTier): boolean {
  return determination.lowIncome[tier].status === "member";
}
