#!/usr/bin/env node
/**
 * Runs npm scripts at the same time and fails if any fails: `npm test` type-checks and builds in
 * parallel (two cores: each is mostly one thread). Each script's output is printed whole when it ends,
 * under its name, so the two never interleave line by line.
 *
 *   node scripts/run-parallel.mjs typecheck build
 */
import { spawn } from "node:child_process";

const scripts = process.argv.slice(2);
const results = await Promise.all(
  scripts.map(
    (script) =>
      new Promise((resolve) => {
        const child = spawn("npm", ["run", "--silent", script], { stdio: ["ignore", "pipe", "pipe"] });
        const output = [];
        child.stdout.on("data", (chunk) => output.push(chunk));
        child.stderr.on("data", (chunk) => output.push(chunk));
        child.on("close", (code, signal) => {
          process.stdout.write(`> ${script}\n${Buffer.concat(output).toString("utf8")}`);
          if (code !== 0) process.stdout.write(`> ${script} failed (${signal ?? `exit ${code}`})\n`);
          resolve(code === 0);
        });
      }),
  ),
);
process.exitCode = results.every(Boolean) ? 0 : 1;
