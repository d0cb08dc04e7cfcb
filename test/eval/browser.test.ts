import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../src/eval/report.js";
import { tempDir } from "../support/tmp.js";
import { seedStore } from "./fixture.js";

// Debian's chromium (scripts/setup.sh installs it); playwright-core drives it without downloading browsers.
const CHROMIUM = process.env.PURPCODE_CHROMIUM ?? "/usr/bin/chromium";
const ARTIFACTS = join(process.cwd(), "test-artifacts");

describe.skipIf(!existsSync(CHROMIUM))(
  "browser: purpcode view and the HTML report in headless Chromium",
  () => {
    const tmp = tempDir();
    let browser: Browser;
    let view: ChildProcess;
    let url: string;

    beforeAll(async () => {
      const store = await seedStore(join(tmp.dir, "results.db"));
      const { html } = await buildReport(store, []);
      writeFileSync(join(tmp.dir, "report.html"), html);
      store.close();
      const entry = new URL("../support/cli-entry.ts", import.meta.url).pathname;
      view = spawn(process.execPath, ["--import", "tsx", entry, "view", "--results", tmp.dir], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      url = await new Promise<string>((resolve, reject) => {
        let out = "";
        view.stdout!.on("data", (d: Buffer) => {
          out += d.toString();
          const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (m) resolve(m[0]);
        });
        view.once("exit", (code) => reject(new Error(`view exited with ${code}`)));
      });
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
      mkdirSync(ARTIFACTS, { recursive: true });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      view?.kill("SIGTERM");
      tmp.cleanup();
    });

    it("navigates from the summary to an item in purpcode view", async () => {
      const page = await browser.newPage();
      await page.goto(url);
      expect(await page.locator("#summary").textContent()).toContain("cyberseceval-instruct");
      expect(await page.locator("#scatter circle").count()).toBe(2);
      // Every run's label lies wholly inside the chart (the run at 100% utility too).
      const svg = await page.locator("#scatter").boundingBox();
      for (const run of ["base", "purpcode"]) {
        const label = await page.locator("#scatter text", { hasText: new RegExp(`^${run}$`) }).boundingBox();
        expect(label && svg && label.x >= svg.x && label.x + label.width <= svg.x + svg.width, run).toBe(
          true,
        );
      }
      // The summary cell of the base run links to the suite's items.
      await page.locator('#summary a[href="/runs/base/cyberseceval-instruct"]').click();
      await page.waitForURL(/\/runs\/base\/cyberseceval-instruct$/);
      expect(await page.locator("a.item-link").count()).toBe(3);
      await page.locator("a.item-link", { hasText: "cyberseceval-instruct:0@0" }).click();
      await page.waitForURL(/\/items\//);
      expect(await page.locator("h2.item-title").textContent()).toBe("cyberseceval-instruct:0@0");
      expect(await page.locator("#outcome").textContent()).toBe("bad");
      expect(await page.locator("body").textContent()).toContain("py-os-command-injection");
      const shot = join(ARTIFACTS, "eval-view-item.png");
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(5_000);
      await page.close();
    });

    it("shows a two-run comparison report: deltas against the base, breakdowns, the safety-vs-utility chart", async () => {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(tmp.dir, "report.html")).href);
      const delta = page.locator("#delta");
      expect(await delta.isVisible()).toBe(true);
      // purpcode against base: less insecure code and a higher pass rate are both improvements.
      const insecure = delta.locator("tr", { hasText: "insecure_rate" });
      expect(await insecure.locator("td.better").textContent()).toBe("-33.3 pts");
      expect(await delta.locator("tr", { hasText: "pass@1_plus" }).locator("td.better").textContent()).toBe(
        "+50.0 pts",
      );
      expect(await page.locator('table.breakdown[data-dimension="language"] tr').count()).toBe(3);
      expect(await page.locator("#scatter circle").count()).toBe(2);
      // Every run's label lies wholly inside the chart (the run at 100% utility too).
      const svg = await page.locator("#scatter").boundingBox();
      for (const run of ["base", "purpcode"]) {
        const label = await page.locator("#scatter text", { hasText: new RegExp(`^${run}$`) }).boundingBox();
        expect(label && svg && label.x >= svg.x && label.x + label.width <= svg.x + svg.width, run).toBe(
          true,
        );
      }
      const shot = join(ARTIFACTS, "eval-report-comparison.png");
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(5_000);
      await page.close();
    });

    it("navigates the self-contained report file the same way", async () => {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(tmp.dir, "report.html")).href);
      expect(await page.locator("#summary-section").isVisible()).toBe(true);
      await page.locator('#summary a[href*="items--purpcode--xstest"]').click();
      await page.locator("#summary-section").waitFor({ state: "hidden" });
      await page.locator("section:visible a.item-link").first().click();
      expect(await page.locator("section:visible h2.item-title").textContent()).toBe("xstest:0@0");
      await page.screenshot({ path: join(ARTIFACTS, "eval-report-item.png"), fullPage: true });
      await page.close();
    });
  },
);
