import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    // Source maps ship, so a stack trace through the package points at src/.
    sourcemap: true,
    target: "node20",
    platform: "neutral",
    // One engine shared by the entries (issue 28): index and testing import one chunk per module system,
    // so an error class thrown through `/testing` is the class the main entry exports.
    splitting: true,
    // The maps name src/ files and lines without embedding the sources (which the package does not ship).
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    treeshake: true,
  },
  {
    // The batch command's worker threads load dist/batch-worker.js, found beside dist/cli.js.
    entry: { cli: "src/cli/main.ts", "batch-worker": "src/cli/batch-worker.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    platform: "node",
    // Bundled into the CLI rather than resolved from node_modules at each start: loading these packages
    // file by file was most of `evaluate`'s start-up. (yaml stays external: it is CommonJS inside.)
    noExternal: ["zod", "decimal.js", "@noble/hashes"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
