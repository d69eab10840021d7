/** The engine version recorded in every determination is the package's version. */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { ENGINE_VERSION } from "../src/index.js";

it("matches package.json", () => {
  expect(ENGINE_VERSION).toBe((JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version);
});
