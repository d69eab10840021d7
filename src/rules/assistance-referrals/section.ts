/**
 * The `assistanceReferrals` section (专项救助转介, contract v1.1): education, medical and housing assistance
 * a member (or the household) should be referred to, through which groups, on what authority. No amounts.
 */
import { z } from "zod";
import { reasonSchema, type Reason, type ReasonValue } from "../../model/determination.js";
import { sectionRef } from "../programme.js";

/** The programmes, in output order. */
export const ASSISTANCE_PROGRAMMES = ["education-assistance", "medical-assistance", "housing-assistance", "rural-housing-renovation"] as const;
export type AssistanceProgramme = (typeof ASSISTANCE_PROGRAMMES)[number];

/** The groups through which a member or household qualifies (docs/rules.md R9). */
export const ASSISTANCE_GROUPS = [
  "dibao",
  "special-hardship",
  "dibao-edge",
  "rigid-expenditure",
  "registered-poor",
  "monitored",
  "orphan",
  "disabled",
  "seriously-ill",
  "dispersed-support",
  "shock",
  "lifted-never-supported",
] as const;
export type AssistanceGroup = (typeof ASSISTANCE_GROUPS)[number];

export interface AssistanceReferral {
  readonly programme: AssistanceProgramme;
  /** The member referred; `null` for a household-level programme (housing). */
  readonly memberId: string | null;
  readonly status: "refer" | "needs-review";
  /** Every group that qualifies the entry. */
  readonly groups: readonly AssistanceGroup[];
  /** Groups that would qualify it but depend on a result that needs review. */
  readonly pendingGroups: readonly AssistanceGroup[];
  /** Programme-specific values: `monitoring` (medical), `form` (housing). */
  readonly values: Readonly<Record<string, ReasonValue>>;
  readonly reasons: readonly Reason[];
}

/** The section's key and type. */
export const ASSISTANCE_REFERRALS = sectionRef<readonly AssistanceReferral[], "assistanceReferrals">("assistanceReferrals");

export const assistanceReferralsSchema: z.ZodType<readonly AssistanceReferral[]> = z
  .array(
    z.strictObject({
      programme: z.enum(ASSISTANCE_PROGRAMMES),
      memberId: z.string().nullable(),
      status: z.enum(["refer", "needs-review"]),
      groups: z.array(z.enum(ASSISTANCE_GROUPS)),
      pendingGroups: z.array(z.enum(ASSISTANCE_GROUPS)),
      values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])),
      reasons: z.array(reasonSchema),
    }),
  )
  .describe("Specialised assistance referrals (专项救助转介): education, medical and housing; no amounts.");
