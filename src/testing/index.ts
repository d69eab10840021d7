/**
 * `social-assistance-rules/testing`: run policy fixtures from your own test suite.
 *
 * ```ts
 * import { loadFixtures, runFixture } from "social-assistance-rules/testing";
 * for (const fixture of loadFixtures(["fixtures"])) {
 *   test(fixture.name, () => expect(runFixture(fixture).differences).toEqual([]));
 * }
 * ```
 */
export { loadFixtures, loadFixtureFile, findFixtureFiles } from "./load.js";
export { parseFixture, runFixture, fixtureSchema, InvalidFixtureError, type Fixture, type FixtureResult } from "./fixtures.js";
export { matchPartial, type Difference } from "./match.js";
