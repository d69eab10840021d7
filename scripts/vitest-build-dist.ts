/**
 * vitest globalSetup: the CLI and package tests run the built `dist/`, so build it first unless it is
 * newer than every source file (the `npm test` script has just built it; a bare `vitest run` may not have).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUTPUTS = ["index.js", "index.cjs", "index.d.ts", "index.d.cts", "testing.js", "testing.cjs", "testing.d.ts", "testing.d.cts", "cli.js"].map((file) => join(ROOT, "dist", file));
const INPUTS = ["package.json", "tsup.config.ts", "tsconfig.json"].map((file) => join(ROOT, file));

function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const built = OUTPUTS.every((file) => existsSync(file)) ? Math.min(...OUTPUTS.map((file) => statSync(file).mtimeMs)) : 0;
  const sources = Math.max(newestUnder(join(ROOT, "src")), ...INPUTS.map((file) => statSync(file).mtimeMs));
  if (built > sources) return;
  execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}
