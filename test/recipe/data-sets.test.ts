import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationRow } from "../../src/core/rows.js";
import { loadXscodeData, forbiddenPhrase, type XscodeDecision } from "../../src/redteam/xscode.js";
import { syntheticTasks } from "../../src/redteam/standins/synthetic-tasks.js";
import { cliArgs, runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

// The quickstart recipe with the data steps on - real-code seeds, the utility import (the user's file and a
// shared set, references run in the real sandbox), security-QA sets, XSCode prompts written by the scripted
// generator and filtered by the scripted judge - run by the real CLI up to dedup (the sets checked there), then to
// the end (the sets through distillation into the RL data), then the deduplicated sets through
// `rl prepare --preset paper`.
const QUICKSTART = readFileSync("examples/quickstart/recipe.yaml", "utf8");
const HUMANEVAL_PROMPT = (
  JSON.parse(
    gunzipSync(readFileSync("../shared/data/humaneval/HumanEval.jsonl.gz")).toString("utf8").split("\n")[0]!,
  ) as { prompt: string }
).prompt;

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir("purpcode-recipe-data-");
});
afterAll(() => tmp.cleanup());

const rows = (file: string): ConversationRow[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as ConversationRow);

function dataRecipe(): { file: string; runDir: string } {
  const runDir = join(tmp.dir, "run");
  const tasks = join(tmp.dir, "tasks.jsonl");
  // MBPP-shaped tasks: one good, one whose reference fails its test, one importing a blocked library, one that
  // copies a HumanEval prompt (an evaluation item).
  const task = (id: string, prompt: string, code: string, test: string) =>
    JSON.stringify({ task_id: id, prompt, code, test_list: [test] });
  writeFileSync(
    tasks,
    [
      task(
        "ok",
        "Write a function inc(n) that returns n plus one.",
        "def inc(n):\n    return n + 1\n",
        "assert inc(1) == 2",
      ),
      task(
        "bad",
        "Write a function dec(n) that returns n minus one.",
        "def dec(n):\n    return n + 1\n",
        "assert dec(1) == 0",
      ),
      task(
        "net",
        "Write get(u) that fetches a page and returns 1.",
        "import requests\ndef get(u):\n    return 1\n",
        "assert get('x') == 1",
      ),
      task(
        "copy",
        HUMANEVAL_PROMPT,
        "def has_close_elements(n, t):\n    return False\n",
        "assert not has_close_elements([1.0], 0.5)",
      ),
    ].join("\n") + "\n",
  );
  const text = QUICKSTART.replace("run_dir: .runs/quickstart", `run_dir: ${runDir}`)
    .replace("  vul2prompt:\n    limit: 4", "  vul2prompt:\n    limit: 5")
    .replace(
      "  dedup:\n",
      [
        "  seeds:",
        "    from_code: [test/fixtures/analyzer/tree]",
        "  utility:",
        `    files: [${tasks}]`,
        "    shared: [kodcode]",
        "    limit: 8",
        "    parallel: 2",
        "  secqa:",
        "    files: [../shared/data/secqa/seceval/questions.json, ../shared/data/secqa/ctibench/cti-mcq.jsonl.gz]",
        "    limit: 3",
        "  xscode:",
        "    cwes: [CWE-78, CWE-89, CWE-327]",
        "  dedup:",
        "",
      ].join("\n"),
    );
  const file = join(tmp.dir, "recipe.yaml");
  writeFileSync(file, text);
  return { file, runDir };
}

interface RunJson {
  ran: string[];
  skipped: string[];
}

describe("recipe with the data steps", { timeout: 420_000 }, () => {
  it("imports, generates and filters the new sets and hands them to dedup, distillation and RL", async () => {
    const { file, runDir } = dataRecipe();
    const run = await runCli(["--json", "--quiet", "recipe", "run", file, "--until", "dedup"], {
      timeoutMs: 200_000,
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as RunJson).ran).toEqual(["catalog", "redteam", "dedup"]);
    const redteam = join(runDir, "redteam");
    const dedup = join(redteam, "dedup");
    const filters = (set: string) =>
      JSON.parse(readFileSync(join(redteam, "work", `${set}.filters.json`), "utf8")) as {
        input: number;
        kept: number;
        rejected: Record<string, number>;
      };

    // Real-code seeds feed Vul2Prompt beside the generated ones.
    const seeds = rows(join(redteam, "seeds-from-code.jsonl"));
    expect(seeds.length).toBeGreaterThan(0);
    expect(seeds.every((s) => s.meta?.source === "real-code")).toBe(true);
    const vul = rows(join(redteam, "vul2prompt.jsonl"));
    expect(vul.some((r) => String(r.meta?.seed_id).startsWith("rule2code:real:"))).toBe(true);
    expect(vul.some((r) => !String(r.meta?.seed_id).startsWith("rule2code:real:"))).toBe(true);

    // Utility import: every planted task rejected by its filter, the rest correctness rows.
    const utility = filters("utility-import");
    expect(utility.input).toBe(8);
    expect(utility.rejected).toMatchObject({ "reference-fails": 1, contaminated: 1 });
    expect(utility.rejected["blocked-library"]).toBeGreaterThanOrEqual(1);
    const imported = rows(join(redteam, "utility-import.jsonl"));
    expect(imported.length).toBe(utility.kept);
    expect(imported.map((r) => r.task_id)).toContain("utility:tasks-ok");
    for (const id of ["bad", "net", "copy"])
      expect(imported.map((r) => r.task_id)).not.toContain(`utility:tasks-${id}`);
    expect(imported.every((r) => r.oracles.join() === "correctness" && r.meta?.reference_verified)).toBe(
      true,
    );

    // Security QA: noreject rows, 3 per file.
    const secqa = rows(join(dedup, "secqa.jsonl"));
    expect(secqa).toHaveLength(6);
    expect(secqa.every((r) => r.oracles.join() === "noreject")).toBe(true);

    // XSCode: each filter rejected what it must, and nothing it rejected was kept.
    const xs = filters("xscode");
    expect(xs.input).toBe(14);
    expect(xs.rejected.prefilter).toBeGreaterThanOrEqual(1);
    expect(xs.rejected.postfilter).toBeGreaterThanOrEqual(1);
    expect(xs.rejected["near-duplicate"]).toBeGreaterThanOrEqual(1);
    const judged = rows(join(redteam, "work", "xscode.jsonl.judged.jsonl")) as unknown as XscodeDecision[];
    const text = (d: XscodeDecision) => d.row.messages[0]!.content;
    for (const d of judged) {
      if (/\[PROJECT\]|antivirus/.test(text(d))) expect(d.filter, text(d)).toBe("prefilter");
      if (/^What does/.test(text(d))) expect(d.filter, text(d)).toBe("postfilter");
    }
    const kept = rows(join(dedup, "xscode.jsonl"));
    expect(kept.length).toBeGreaterThan(0);
    const data = loadXscodeData();
    for (const r of kept) {
      expect(r.oracles).toEqual(["noreject", "codesec"]);
      expect(r.meta?.dry_run).toBe(true);
      expect(forbiddenPhrase(r.messages[0]!.content, data)).toBeUndefined();
      expect(r.messages[0]!.content).not.toMatch(/\[PROJECT\]|antivirus|^What does/);
    }
    // The retried item: its first answer asked for secure code.
    expect(rows(join(redteam, "xscode.jsonl")).some((r) => Number(r.meta?.attempts) > 1)).toBe(true);

    // Distillation reads prompts.jsonl: every new set is in it with its oracles.
    const prompts = rows(join(runDir, "prompts.jsonl"));
    const byPrefix = (p: string) => prompts.filter((r) => r.task_id.startsWith(p));
    expect(byPrefix("utility:").every((r) => r.oracles.join() === "correctness")).toBe(true);
    expect(byPrefix("utility:").length).toBeGreaterThan(0);
    expect(byPrefix("xscode:").length).toBe(kept.length);
    expect(byPrefix("seceval:").length + byPrefix("ctibench:").length).toBe(6);

    // The coverage report shows the new sets and their filters, labelled DRY RUN.
    const coverage = readFileSync(join(redteam, "coverage.md"), "utf8");
    expect(coverage.startsWith("**DRY RUN")).toBe(true);
    for (const set of ["utility-import", "secqa", "xscode", "seeds-from-code"])
      expect(coverage).toMatch(new RegExp(`^\\| ${set} \\|`, "m"));
    expect(coverage).toMatch(/^\| xscode \| 14 \| .*prefilter \d.*postfilter \d/m);
    expect(coverage).toMatch(/^\| utility-import \| 8 \| .*reference-fails 1/m);

    // The rest of the recipe: every prompt of the new sets is sampled and scored by its oracle, then is either
    // one distillation found easy or an RL row carrying its oracles.
    const full = await runCli(["--json", "--quiet", "recipe", "run", file], { timeoutMs: 200_000 });
    expect(full.stderr).toBe("");
    expect(full.code).toBe(0);
    expect((JSON.parse(full.stdout) as RunJson).skipped).toEqual(["catalog", "redteam", "dedup"]);
    const newSets = prompts.filter((r) => /^(utility|xscode|seceval|ctibench):/.test(r.task_id));
    const jsonl = (f: string) =>
      readFileSync(f, "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    const sampled = new Set(jsonl(join(runDir, "distill", "samples.jsonl")).map((s) => s.task_id));
    const scored = new Set(jsonl(join(runDir, "distill", "verdicts.jsonl")).map((s) => s.task_id));
    const easy = new Set(jsonl(join(runDir, "distill", "easy.jsonl")).map((s) => s.task_id));
    const rlRows = new Map<string, string[]>();
    for (const split of ["train", "test"])
      for (const row of jsonl(join(runDir, "rl", "data", `${split}.openrlhf.jsonl`))) {
        const info = (JSON.parse(String(row.label)) as { extra_info: { task_id: string; oracles: string[] } })
          .extra_info;
        rlRows.set(info.task_id, info.oracles);
      }
    for (const r of newSets) {
      expect(sampled.has(r.task_id), r.task_id).toBe(true);
      expect(scored.has(r.task_id), r.task_id).toBe(true);
      if (!easy.has(r.task_id)) expect(rlRows.get(r.task_id), r.task_id).toEqual(r.oracles);
    }
    for (const prefix of ["utility:", "xscode:"])
      expect(
        [...rlRows.keys()].some((id) => id.startsWith(prefix)),
        prefix,
      ).toBe(true);

    // Nothing changed: nothing reruns.
    const again = await runCli(["--json", "--quiet", "recipe", "run", file], { timeoutMs: 120_000 });
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as RunJson).ran).toEqual([]);

    // The recipe's prepare stage with the paper preset: each set weighed by its rows' objective. The scripted
    // policy refuses every malicious event, so distillation finds them all easy: no safety rows are left.
    const recipeText = readFileSync(file, "utf8");
    writeFileSync(file, recipeText.replace(/^rl:\n/m, "rl:\n  preset: paper\n"));
    const noSafety = await runCli(["--quiet", "recipe", "run", file], { timeoutMs: 120_000 });
    expect(noSafety.code).toBe(2);
    expect(noSafety.stderr).toMatch(
      /rl\.preset paper: no rows for objective\(s\) safety \(sets and their objectives: .*malevent: safety.*; counted after removing the prompts distillation found easy\)/,
    );
    writeFileSync(file, recipeText.replace(/^rl:\n/m, "rl:\n  preset: paper\n  remove_easy: false\n"));
    const preset = await runCli(["--json", "--quiet", "recipe", "run", file], { timeoutMs: 120_000 });
    expect(preset.stderr).toBe("");
    expect((JSON.parse(preset.stdout) as RunJson).ran).toEqual(["prepare", "launch", "eval"]);
    const provenance = JSON.parse(
      readFileSync(join(runDir, "rl", "data", "train.parquet.provenance.json"), "utf8"),
    ) as { parameters: { weights: Array<[string, number]> } };
    const weights = Object.fromEntries(provenance.parameters.weights);
    // The four objectives' shares (46k, 78k, 11k, 8k of 143k), split among each objective's sets by size.
    expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(weights["utility-import"]! + (weights.utility ?? 0)).toBeCloseTo(46 / 143, 6);
    expect(weights.malevent).toBeCloseTo(8 / 143, 6);

    // RL: the deduplicated sets mixed by the paper preset's objectives.
    const rl = join(tmp.dir, "rl");
    const prepare = await runCli([
      "--json",
      "rl",
      "prepare",
      "--preset",
      "paper",
      "-s",
      `code=${join(dedup, "utility-import.jsonl")}`,
      "-s",
      `codesec=${join(dedup, "xscode.jsonl")}`,
      "-s",
      `codesec=${join(dedup, "vul2prompt.jsonl")}`,
      "-s",
      `secqa=${join(dedup, "secqa.jsonl")}`,
      "-s",
      `safety=${join(dedup, "malevent.jsonl")}`,
      "--test-fraction",
      "0",
      "-o",
      rl,
    ]);
    expect(prepare.stderr).toBe("");
    expect(prepare.code).toBe(0);
    expect(existsSync(join(rl, "train.parquet"))).toBe(true);
    const train = readFileSync(join(rl, "train.openrlhf.jsonl"), "utf8");
    expect(train).toContain("utility:tasks-ok");
    expect(train).toMatch(/xscode:CWE-/);
    expect(train).toMatch(/seceval:|ctibench:/);
  });

  it("resumes the utility import after kill -9 mid-stage: every task decided once, kept per filter", async () => {
    const dir = join(tmp.dir, "kill");
    const tasks = [...syntheticTasks({ count: 60, seed: 11 })];
    const taskFile = join(tmp.dir, "synthetic.jsonl");
    writeFileSync(taskFile, tasks.map((t) => JSON.stringify(t)).join("\n") + "\n");
    const models = QUICKSTART.slice(QUICKSTART.indexOf("models:"), QUICKSTART.indexOf("redteam:"));
    const file = join(tmp.dir, "kill.yaml");
    writeFileSync(
      file,
      [
        "name: kill",
        `run_dir: ${dir}`,
        "dry_run: examples/quickstart/mock-model.yaml",
        models,
        "redteam:",
        `  utility: { files: [${taskFile}], parallel: 1, decontaminate: false }`,
        "",
      ].join("\n"),
    );
    const decisions = join(dir, "redteam", "work", "utility-import.jsonl.decisions.jsonl");
    const decided = () =>
      existsSync(decisions)
        ? readFileSync(decisions, "utf8")
            .split("\n")
            .filter((l) => l.trim() !== "")
        : [];
    const child = spawn(process.execPath, cliArgs(["--quiet", "recipe", "run", file, "--until", "dedup"]), {
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => child.on("close", resolve));
    const deadline = Date.now() + 120_000;
    while (decided().length < 10) {
      if (Date.now() > deadline) throw new Error("the utility import did not start");
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill("SIGKILL");
    await exited;
    const before = decided().length;
    expect(before).toBeLessThan(60);
    const state = () =>
      JSON.parse(readFileSync(join(dir, "recipe-state.json"), "utf8")) as {
        stages: Record<string, { state: string; counts?: Record<string, number> }>;
      };
    expect(state().stages.redteam?.state).toBe("running");

    const rerun = await runCli(["--json", "--quiet", "recipe", "run", file, "--until", "dedup"], {
      timeoutMs: 300_000,
    });
    expect(rerun.stderr).toBe("");
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ ran: ["redteam", "dedup"], skipped: ["catalog"] });
    const ids = decided().map((l) => (JSON.parse(l) as { task_id: string }).task_id);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    const wrong = tasks.filter((t) => t.planted === "wrong").length;
    const blocked = tasks.filter((t) => t.planted === "blocked").length;
    expect(wrong + blocked).toBeGreaterThan(0);
    const counts = state().stages.redteam!.counts!;
    expect(counts.utility_resumed).toBeGreaterThanOrEqual(before - 1); // a torn last line is not a decision
    expect(counts["utility-import"]).toBe(60 - wrong - blocked);
    expect(counts["utility_rejected_reference-fails"] ?? 0).toBe(wrong);
    expect(counts["utility_rejected_blocked-library"] ?? 0).toBe(blocked);
    expect(rows(join(dir, "redteam", "dedup", "utility-import.jsonl")).length).toBeGreaterThan(0);
  });
});
