import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliArgs, runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

// The quickstart recipe, run by the real CLI against the built-in stand-in server, with the real analyzer,
// sandbox and scripted judge; only its run directory (and, where a test says so, one value) is changed.
const QUICKSTART = readFileSync("examples/quickstart/recipe.yaml", "utf8");
const MOCK = readFileSync("examples/quickstart/mock-model.yaml", "utf8");

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir("purpcode-recipe-");
});
afterAll(() => tmp.cleanup());

function recipeFile(
  name: string,
  edit: (text: string) => string = (t) => t,
): { file: string; runDir: string } {
  const runDir = join(tmp.dir, name, "run");
  const text = edit(QUICKSTART.replace("run_dir: .runs/quickstart", `run_dir: ${runDir}`));
  const file = join(tmp.dir, `${name}.yaml`);
  writeFileSync(file, text);
  return { file, runDir };
}

interface RunJson {
  dry_run: boolean;
  run_dir: string;
  report: string;
  ran: string[];
  skipped: string[];
}

async function runJson(file: string, extra: string[] = []): Promise<RunJson> {
  const r = await runCli(["--json", "--quiet", "recipe", "run", file, ...extra], { timeoutMs: 150_000 });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as RunJson;
}

const ALL = [
  "catalog",
  "redteam",
  "dedup",
  "sample",
  "verify",
  "select",
  "export",
  "sft",
  "prepare",
  "launch",
  "eval",
];

const lines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");

// End to end through the CLI: minutes on two busy cores, so each test gets three.
describe("purpcode recipe", { timeout: 180_000 }, () => {
  it("runs the quickstart end to end, labelled DRY RUN, and says where the artifacts and report are", async () => {
    const { file, runDir } = recipeFile("quickstart");
    const r = await runCli(["recipe", "run", file], { timeoutMs: 150_000 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("DRY RUN");
    expect(r.stdout).toContain(`artifacts: ${runDir}`);
    expect(r.stdout).toContain(`report:    ${join(runDir, "report", "README.md")}`);
    const report = readFileSync(join(runDir, "report", "README.md"), "utf8");
    expect(report).toContain("DRY RUN");
    for (const stage of ALL) expect(report).toMatch(new RegExp(`\\| ${stage} \\| done \\|`));
    expect(readFileSync(join(runDir, "report", "eval.html"), "utf8")).toContain("DRY RUN");
    expect(readFileSync(join(runDir, "rl", "launch", "launch-verl.sh"), "utf8")).toContain("DRY RUN");
    // Every stage left its artifacts and provenance.
    expect(lines(join(runDir, "distill", "sft.jsonl")).length).toBeGreaterThan(0);
    expect(existsSync(join(runDir, "rl", "data", "train.parquet"))).toBe(true);
    const provenance = JSON.parse(readFileSync(join(runDir, "stage-sample.provenance.json"), "utf8")) as {
      parameters: { dry_run: boolean; stage: { samples: number } };
    };
    expect(provenance.parameters.dry_run).toBe(true);
    expect(provenance.parameters.stage.samples).toBe(4);
    // The paper's GRPO settings reach the launch script.
    const script = readFileSync(join(runDir, "rl", "launch", "launch-verl.sh"), "utf8");
    for (const setting of [
      "actor_rollout_ref.rollout.n=8",
      "kl_loss_type=low_var_kl",
      "kl_loss_coef=0.001",
      "lr=5e-7",
    ])
      expect(script).toContain(setting);
    // SFT -> RL: the SFT stage wrote its config and every file it references; RL starts from its output.
    const sftDir = join(runDir, "sft");
    const axolotl = readFileSync(join(sftDir, "axolotl-sft.yaml"), "utf8");
    expect(axolotl).toMatch(/^# axolotl 0\.18 /);
    expect(axolotl).toContain(`output_dir: ${join(sftDir, "model")}`);
    expect(axolotl).toContain("lr_scheduler: rex");
    expect(axolotl).toContain(`deepspeed: ${join(sftDir, "zero3_bf16.json")}`);
    expect(existsSync(join(sftDir, "zero3_bf16.json"))).toBe(true);
    expect(readFileSync(join(sftDir, "NOTES.txt"), "utf8")).toContain("not executed: dry run");
    expect(script).toContain(`actor_rollout_ref.model.path=${join(sftDir, "model")}`);

    expect(r.stdout).toContain(`eval:      ${join(runDir, "report", "eval.html")}`);
    const none = await runCli(["recipe", "status", join(tmp.dir, "no-such-run")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no recipe run here");
    const status = await runCli(["--json", "recipe", "status", runDir]);
    expect(status.code).toBe(0);
    const stages = (JSON.parse(status.stdout) as { stages: Array<{ name: string; state: string }> }).stages;
    expect(stages.map((s) => s.state)).toEqual(ALL.map(() => "done"));

    // Nothing changed: nothing reruns.
    const again = await runJson(file);
    expect(again.ran).toEqual([]);
    expect(again.skipped).toEqual(ALL);
  });

  it("reruns a stage whose parameter changed and the stages after it, not those before", async () => {
    const { file, runDir } = recipeFile("edit");
    await runJson(file);
    const before = lines(join(runDir, "distill", "samples.jsonl"));
    writeFileSync(file, readFileSync(file, "utf8").replace("easy_threshold: 0.7", "easy_threshold: 0.5"));
    const r = await runJson(file);
    expect(r.skipped).toEqual(["catalog", "redteam", "dedup", "sample", "verify"]);
    expect(r.ran).toEqual(["select", "export", "sft", "prepare", "launch", "eval"]);
    expect(lines(join(runDir, "distill", "samples.jsonl"))).toEqual(before);
    // --from forces a stage and the later ones.
    const forced = await runJson(file, ["--from", "launch"]);
    expect(forced.ran).toEqual(["launch", "eval"]);
    const only = await runJson(file, ["--only", "prepare"]);
    expect(only.ran).toEqual(["prepare"]);
  });

  it("completes a run killed with SIGKILL mid-stage without redoing finished stages or losing rows", async () => {
    const { file, runDir } = recipeFile("kill", (t) =>
      t
        .replace(
          "dry_run: examples/quickstart/mock-model.yaml",
          `dry_run: ${join(tmp.dir, "slow-mock.yaml")}`,
        )
        .replace("  samples: 4 #", "  parallel: 2\n  samples: 4 #"),
    );
    // The policy answers slowly, so the sample stage is still going when the run is killed.
    writeFileSync(join(tmp.dir, "slow-mock.yaml"), MOCK.replace("latency_ms: 0", "latency_ms: 25"));
    const samples = join(runDir, "distill", "samples.jsonl");
    const child = spawn(process.execPath, cliArgs(["--quiet", "recipe", "run", file]), { stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("close", resolve));
    const deadline = Date.now() + 30_000;
    while (!(existsSync(samples) && lines(samples).length >= 20)) {
      if (Date.now() > deadline) throw new Error("the sample stage did not start");
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill("SIGKILL");
    await exited;
    const state = JSON.parse(readFileSync(join(runDir, "recipe-state.json"), "utf8")) as {
      stages: Record<string, { state: string }>;
    };
    expect(state.stages.sample?.state).toBe("running");
    expect(state.stages.verify).toBeUndefined();
    const kept = lines(samples).length;

    const r = await runJson(file);
    expect(r.skipped).toEqual(["catalog", "redteam", "dedup"]);
    expect(r.ran).toEqual(["sample", "verify", "select", "export", "sft", "prepare", "launch", "eval"]);
    // Every chain once: the rows written before the kill were kept, none repeated.
    const chains = lines(samples).map((l) => (JSON.parse(l) as { chain: string; turn: number }).chain);
    const prompts = lines(join(runDir, "prompts.jsonl")).length;
    expect(new Set(chains).size).toBe(prompts * 4);
    expect(lines(samples).length).toBeGreaterThanOrEqual(kept);
    const status = JSON.parse(readFileSync(join(runDir, "recipe-state.json"), "utf8")) as {
      stages: Record<string, { state: string; counts: Record<string, number> }>;
    };
    expect(status.stages.sample?.counts.resumed).toBeGreaterThan(0);
  }, 180_000);

  it.each([
    [
      "unknown oracle",
      (t: string) => t + "extra_sets:\n  - file: examples/quickstart/recipe.yaml\n    oracle: codesecc\n",
      "extra_sets[0].oracle (line",
    ],
    ["negative K", (t: string) => t.replace("samples: 4 #", "samples: -4 #"), "distill.samples (line"],
    [
      "missing data path",
      (t: string) => t.replace("data_dir: ../shared/data", "data_dir: /nonexistent/data"),
      "data_dir (line 7): no such folder",
    ],
    [
      "missing set file",
      (t: string) => t + "extra_sets:\n  - file: nowhere/prompts.jsonl\n",
      "extra_sets[0].file (line",
    ],
    [
      "unknown XSCode CWE",
      (t: string) => t.replace("  dedup:\n", "  xscode: { cwes: [CWE-9999] }\n  dedup:\n"),
      "redteam.xscode.cwes[0] (line",
    ],
    [
      "missing utility task file",
      (t: string) => t.replace("  dedup:\n", "  utility: { files: [nowhere/tasks.parquet] }\n  dedup:\n"),
      "redteam.utility.files[0] (line",
    ],
    [
      "unknown suite",
      (t: string) => t.replace("suites: [cyberseceval-instruct,", "suites: [cyberseceval-instruc,"),
      "eval.suites[0] (line",
    ],
  ])("rejects a recipe with a bad value (%s) before any stage runs", async (name, edit, expected) => {
    const { file, runDir } = recipeFile(`bad-${name.replace(/ /g, "-")}`, edit);
    const r = await runCli(["recipe", "run", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(expected);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(runDir)).toBe(false);
  });
});
