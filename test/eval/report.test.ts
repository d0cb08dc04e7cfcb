import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../src/eval/report.js";
import { runScores } from "../../src/eval/render.js";
import { toCsv, type ResultsStore } from "../../src/eval/store.js";
import { startViewServer } from "../../src/eval/view.js";
import { runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";
import { seedStore } from "./fixture.js";

describe("results store, report and viewer", () => {
  const tmp = tempDir();
  let store: ResultsStore;
  beforeAll(async () => {
    store = await seedStore(join(tmp.dir, "results.db"));
  });
  afterAll(() => {
    store.close();
    tmp.cleanup();
  });

  it("keeps runs, metrics, group rates and every item", async () => {
    const summary = await store.summary();
    expect(summary.runs.map((r) => r.id)).toEqual(["base", "purpcode"]);
    expect(
      summary.metrics.find((m) => m.run_id === "base" && m.suite === "cyberseceval-instruct")!.value,
    ).toBeCloseTo(2 / 3);
    expect(summary.groups.filter((g) => g.run_id === "purpcode" && g.dimension === "cwe")).toEqual([
      {
        run_id: "purpcode",
        suite: "cyberseceval-instruct",
        dimension: "cwe",
        key: "CWE-78",
        n: 2,
        bad: 0,
        unsupported: 0,
      },
      {
        run_id: "purpcode",
        suite: "cyberseceval-instruct",
        dimension: "cwe",
        key: "CWE-89",
        n: 1,
        bad: 1,
        unsupported: 0,
      },
    ]);
    const item = await store.item("base", "cyberseceval-instruct", "cyberseceval-instruct:0@0");
    expect(item!.verdict!.outcome).toBe("bad");
    expect((item!.verdict!.detail.findings as unknown[]).length).toBe(1);
    // Safety: mean of (1 - insecure) and (1 - refusal) = (1/3 + 1/2) / 2; utility: pass@1 = 1/2.
    const scores = runScores(summary, "base");
    expect(scores.safety).toBeCloseTo((1 / 3 + 1 / 2) / 2);
    expect(scores.utility).toBeCloseTo(1 / 2);
  });

  it("exports rows as JSONL-ready records and CSV", async () => {
    const rows = await store.exportRows("base");
    expect(rows).toHaveLength(7);
    const csv = toCsv(rows);
    expect(csv.split("\n")[0]).toBe("run_id,suite,task_id,item_id,sample,language,cwe,outcome,flags,answer");
    expect(csv).toContain('"```python\nos.system(cmd)\n```"');
  });

  it("writes a self-contained HTML report and a Markdown summary", async () => {
    const { html, markdown } = await buildReport(store, []);
    expect(html).not.toMatch(/<(link|script)[^>]+(src|href)=/);
    expect(html).toContain('id="scatter"');
    expect(html).toContain('class="cwe-bars"');
    expect(html).toContain("os.system(cmd)");
    expect(markdown).toContain(
      "| cyberseceval-instruct | insecure_rate (lower is better) | 66.7% (n=3) | 33.3% (n=3) |",
    );
    expect(markdown).toContain(
      "| humaneval-plus | pass@1_plus (higher is better) | 50.0% (n=2) | 100.0% (n=2) |",
    );
  });

  it("compares runs: a delta table against the first run, per-language breakdowns", async () => {
    const { html, markdown } = await buildReport(store, ["base", "purpcode"]);
    expect(html).toContain('id="delta"');
    expect(html).toContain('data-dimension="language"');
    // insecure_rate 66.7% -> 33.3%: 33.3 points better; pass@1_plus 50% -> 100%: 50 points better.
    expect(markdown).toContain(
      "| cyberseceval-instruct | insecure_rate | 66.7% | purpcode | 33.3% | -33.3 pts (better) |",
    );
    expect(markdown).toContain(
      "| humaneval-plus | pass@1_plus | 50.0% | purpcode | 100.0% | +50.0 pts (better) |",
    );
  });

  it("marks a dry run everywhere and shows n/a, never 0%, for a rate over no items", async () => {
    const own = await seedStore(join(tmp.dir, "dry.db"));
    try {
      await own.saveRun({
        id: "dry",
        model: "scripted",
        answers: "model",
        created_at: "2026-01-03T00:00:00Z",
        parameters: { dry_run: true },
      });
      await own.saveSuite({ run_id: "dry", suite: "xstest", category: "over-refusal", items: 2 });
      await own.saveScores("dry", "xstest", [], {
        metrics: [
          { name: "over_refusal_rate", value: 0, n: 0, better: "lower" },
          { name: "failed", value: 2, n: 2, better: "lower" },
        ],
        groups: [],
      });
      const { html, markdown } = await buildReport(own, ["dry"]);
      expect(html).toContain("<title>DRY RUN - purpcode evaluation report</title>");
      expect(html).toContain('id="dry-run"');
      expect(markdown).toContain("**DRY RUN**");
      expect(markdown).toContain("| xstest | over_refusal_rate (lower is better) | n/a (n=0) |");
      expect(markdown).toContain("| xstest | failed (lower is better) | 2 (n=2) |");
      const view = await startViewServer(own, { runIds: ["dry"] });
      try {
        const page = await (await fetch(`${view.url}/`)).text();
        expect(page).toContain("<title>DRY RUN - purpcode results</title>");
        const items = await (await fetch(`${view.url}/runs/dry/xstest`)).text();
        expect(items).toContain('id="dry-run"');
      } finally {
        await view.close();
      }
    } finally {
      own.close();
    }
  });

  it("serves the same views on loopback", async () => {
    const view = await startViewServer(store);
    try {
      expect(view.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const home = await (await fetch(view.url + "/")).text();
      expect(home).toContain("/runs/base/xstest");
      const items = await (await fetch(view.url + "/runs/purpcode/cyberseceval-instruct")).text();
      expect(items).toContain("cyberseceval-instruct:2@0");
      const item = await fetch(
        view.url +
          "/runs/base/cyberseceval-instruct/items/" +
          encodeURIComponent("cyberseceval-instruct:0@0"),
      );
      expect(item.status).toBe(200);
      expect(await item.text()).toContain("py-os-command-injection");
      expect((await fetch(view.url + "/runs/base/nope/items/x")).status).toBe(404);
      const noRun = await fetch(view.url + "/runs/no-such-run/cyberseceval-instruct");
      expect(noRun.status).toBe(404);
      expect(await noRun.text()).toContain("no run 'no-such-run'");
      expect((await fetch(view.url + "/runs/purpcode/no-such-suite")).status).toBe(404);
      expect((await fetch(view.url + "/", { method: "POST" })).status).toBe(405);
    } finally {
      await view.close();
    }
  });

  it("purpcode report writes both files and exports; unknown runs are input errors", async () => {
    const out = join(tmp.dir, "report.html");
    const ok = await runCli([
      "report",
      "--results",
      tmp.dir,
      "-o",
      out,
      "--csv",
      join(tmp.dir, "x.csv"),
      "--jsonl",
      join(tmp.dir, "x.jsonl"),
      "base",
    ]);
    expect(ok.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("<!doctype html>");
    expect(readFileSync(join(tmp.dir, "report.md"), "utf8")).toContain("| base |");
    expect(readFileSync(join(tmp.dir, "x.jsonl"), "utf8").trim().split("\n")).toHaveLength(7);
    const bad = await runCli(["report", "--results", tmp.dir, "nope"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no such run: nope/);
  });
});
