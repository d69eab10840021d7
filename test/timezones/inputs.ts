/**
 * What the time-zone tests evaluate: every policy fixture (hand-worked, covering the date edges the
 * brief names) and 300 random households from a fixed seed (covering dates, leap days and daylight-saving
 * changes no fixture picked), each with its options.
 */
import fc from "fast-check";
import { evaluate, InvalidInputError, type HouseholdInput } from "../../src/index.js";
import { loadFixtures } from "../../src/testing/index.js";
import { householdCaseArb } from "../arbitraries.js";

export interface Evaluation {
  readonly name: string;
  readonly household: unknown;
  readonly options: { readonly asOf: string; readonly parameters?: unknown; readonly interpretations?: unknown };
}

export function timeZoneInputs(): Evaluation[] {
  const fixtures = loadFixtures(["fixtures"]).map(
    (fixture): Evaluation => ({
      name: fixture.file ?? fixture.name,
      household: fixture.household,
      options: { asOf: fixture.asOf, parameters: fixture.parameters, interpretations: fixture.interpretations ?? undefined },
    }),
  );
  const random = fc.sample(householdCaseArb(), { numRuns: 300, seed: 20251015 }).map(
    (c, index): Evaluation => ({ name: `random household ${index}`, household: c.household, options: { asOf: c.asOf, interpretations: c.interpretations } }),
  );
  return [...fixtures, ...random];
}

/** One line per evaluation: the determination's JSON, or the input error's name and issues. */
export function determinationLines(inputs: readonly Evaluation[]): string[] {
  return inputs.map((input) => {
    try {
      return JSON.stringify(evaluate(input.household as HouseholdInput, input.options as never));
    } catch (error) {
      if (error instanceof InvalidInputError) return JSON.stringify({ error: error.name, issues: error.issues });
      throw error;
    }
  });
}
