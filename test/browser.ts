/**
 * A real browser for the report tests: Debian's Chromium (`/usr/bin/chromium`, or CHROMIUM_PATH) driven
 * by playwright-core, which downloads no browser. `.ci/run` installs Chromium, so CI never skips these.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Why the browser tests are skipped, or undefined when Chromium is there. */
export const missingBrowser = existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM} (install it with apt-get install -y chromium, as .ci/run does, or set CHROMIUM_PATH)`;
/** Where screenshots go (git-ignored). */
export const REPORTS = join(ROOT, "reports");

/** The flags the brief asks for; playwright adds --user-data-dir itself from the fresh folder it is given. */
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface Browser {
  readonly dir: string;
  /** Console errors, page errors and any request that is not a local file, as they happen. */
  readonly problems: string[];
  open(file: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Chromium in a fresh profile under a scratch folder. */
export async function launchBrowser(prefix: string): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const context: BrowserContext = await chromium.launchPersistentContext(join(dir, "profile"), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1200, height: 900 } });
  mkdirSync(REPORTS, { recursive: true });
  const problems: string[] = [];
  return {
    dir,
    problems,
    async open(file) {
      const page = await context.newPage();
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("request", (request) => {
        if (!request.url().startsWith("file:")) problems.push(`request: ${request.url()}`);
      });
      await page.goto(pathToFileURL(file).href);
      return page;
    },
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
