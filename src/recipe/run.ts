import { existsSync, rmSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { InputError, PurpcodeError, errorMessage } from "../core/errors.js";
import { writeFileAtomic } from "../core/jsonl.js";
import { TOOL_VERSION, fileDigest, writeProvenance } from "../core/provenance.js";
import { createProvider, type AccountedProvider } from "../llm/provider.js";
import { DRY_RUN_LABEL, pointAtStandIn, startStandIn, tinyPolicy } from "./dry-run.js";
import type { Recipe } from "./schema.js";
import {
  STAGES,
  STAGE_LIST,
  recipeLayout,
  writeEvalReport,
  type RecipeContext,
  type StageName,
} from "./stages.js";
import {
  inputDigests,
  lockHolder,
  lockRunDir,
  readState,
  stageKey,
  writeState,
  type RunState,
} from "./state.js";

export interface RunOptions {
  /** The recipe file (recorded in the run state). */
  file: string;
  /** Rerun this stage and every one after it, whatever their keys say. */
  from?: StageName;
  /** Run only this stage (forced); the stages before it must have run. */
  only?: StageName;
  /** Stop after this stage (e.g. `dedup`: the red-teaming sets alone); the later stages keep their state. */
  until?: StageName;
  quiet?: boolean;
  log?: (line: string) => void;
}

export interface RunSummary {
  runDir: string;
  dryRun: boolean;
  ran: StageName[];
  skipped: StageName[];
  report: string;
  state: RunState;
}

export { DRY_RUN_LABEL };

export async function runRecipe(recipe: Recipe, options: RunOptions): Promise<RunSummary> {
  const log = options.log ?? (() => {});
  const runDir = recipe.run_dir;
  const dryRun = recipe.dry_run !== undefined;
  if (options.only && options.from)
    throw new InputError(
      `--only ${options.only} and --from ${options.from} conflict: --only reruns one stage, --from that stage and every later one`,
    );
  if (options.only && options.until)
    throw new InputError(
      `--only ${options.only} and --until ${options.until} conflict: --only runs one stage, --until the stages up to one`,
    );
  if (options.from && options.until && STAGES.indexOf(options.from) > STAGES.indexOf(options.until))
    throw new InputError(`--from ${options.from} comes after --until ${options.until}: nothing would run`);
  await mkdir(runDir, { recursive: true });
  const unlock = lockRunDir(runDir);
  try {
    return await runLocked(recipe, options, log, runDir, dryRun);
  } finally {
    unlock();
  }
}

async function runLocked(
  recipe: Recipe,
  options: RunOptions,
  log: (line: string) => void,
  runDir: string,
  dryRun: boolean,
): Promise<RunSummary> {
  const previous = readState(runDir);
  const state: RunState = {
    recipe: resolve(options.file),
    name: recipe.name,
    dry_run: dryRun,
    stages: previous?.stages ?? {},
  };
  if (options.only) {
    const index = STAGES.indexOf(options.only);
    for (const before of STAGES.slice(0, index).filter((s) => s !== "report"))
      if (state.stages[before]?.state !== "done")
        throw new InputError(
          `--only ${options.only}: stage '${before}' has not finished; run the recipe first`,
        );
  }

  const server = dryRun ? await startStandIn(recipe.dry_run!.script) : undefined;
  if (server) log(`${DRY_RUN_LABEL}: stand-in model at ${server.url}`);
  const models = server ? pointAtStandIn(recipe.models, server.url) : recipe.models;
  if (server && recipe.dry_run!.policy === "tiny-gguf") {
    models[recipe.policy] = await tinyPolicy(runDir);
    log(`${DRY_RUN_LABEL}: the policy is a tiny random-weight GGUF model through node-llama-cpp`);
  }
  const providers = new Map<string, AccountedProvider>();
  const ctx: RecipeContext = {
    recipe,
    runDir,
    dryRun,
    models,
    ...(dryRun ? { standIn: (await fileDigest(recipe.dry_run!.script)).sha256 } : {}),
    quiet: options.quiet,
    log,
    provider(name) {
      let p = providers.get(name);
      if (!p) {
        const config = models[name];
        if (!config) throw new InputError(`recipe: no model '${name}' under models:`);
        p = createProvider(config);
        providers.set(name, p);
      }
      return p;
    },
  };

  const checked = new Set<string>();
  /** One request per endpoint of the recipe's models before the first stage that runs. */
  const preflight = async () => {
    if (dryRun) return; // the stand-in is in-process and up
    for (const name of usedModels(recipe)) {
      if (checked.has(name)) continue;
      checked.add(name);
      const p = ctx.provider(name) as AccountedProvider & { preflight?: () => Promise<void> };
      log(`checking model '${name}' (${p.id})`);
      await p.preflight?.();
    }
  };

  const ran: StageName[] = [];
  const skipped: StageName[] = [];
  let previousKey = "";
  let forced = false;
  /** Set once the --until stage is reached: the stages after it are left as they are. */
  let past = false;
  try {
    for (const stage of STAGE_LIST) {
      if (past) break;
      past = options.until === stage.name;
      const inputs = await inputDigests(stage.inputs(ctx));
      const parameters = stage.parameters(ctx);
      const key = stageKey(parameters, inputs, previousKey);
      previousKey = key;
      if (options.from === stage.name) forced = true;
      const record = state.stages[stage.name];
      const wanted = options.only ? options.only === stage.name : true;
      if (!wanted) {
        if (record) skipped.push(stage.name);
        continue;
      }
      const force = forced || options.only === stage.name;
      if (!force && record?.state === "done" && record.key === key) {
        skipped.push(stage.name);
        log(`${stage.name}: unchanged, skipped (${formatCounts(record.counts)})`);
        continue;
      }
      // Same key and not finished: resume (the stage's jobs skip finished rows). Otherwise start afresh.
      const resume = !force && record?.key === key && record.state !== "done";
      if (!resume) for (const path of stage.outputs(ctx)) rmSync(path, { recursive: true, force: true });
      await preflight();
      log(`${stage.name}: ${resume ? "resuming" : "running"} - ${stage.what}`);
      const started = Date.now();
      state.stages[stage.name] = {
        state: "running",
        key,
        inputs,
        counts: {},
        started_at: new Date(started).toISOString(),
      };
      await writeState(runDir, state);
      try {
        const result = await stage.run(ctx);
        failIfNothingDone(stage.name, result.counts, result.notes);
        state.stages[stage.name] = {
          ...state.stages[stage.name]!,
          state: "done",
          counts: result.counts,
          ...(result.notes?.length ? { notes: result.notes } : {}),
          finished_at: new Date().toISOString(),
          seconds: (Date.now() - started) / 1000,
        };
        await writeState(runDir, state);
        await writeProvenance(join(runDir, `stage-${stage.name}`), {
          name: `recipe ${recipe.name}: ${stage.name}${dryRun ? " (DRY RUN)" : ""}`,
          tool_version: TOOL_VERSION,
          inputs: inputs.map((i) => ({ path: i.path, bytes: i.bytes, sha256: i.sha256 })),
          parameters: { dry_run: dryRun, key, stage: parameters },
          counts: result.counts,
          started_at: new Date(started).toISOString(),
          finished_at: new Date().toISOString(),
          seconds: (Date.now() - started) / 1000,
          node: process.version,
        });
        ran.push(stage.name);
        log(
          `${stage.name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s (${formatCounts(result.counts)})`,
        );
        for (const note of result.notes ?? []) log(`  ${note}`);
      } catch (err) {
        state.stages[stage.name] = {
          ...state.stages[stage.name]!,
          state: "failed",
          error: errorMessage(err),
        };
        await writeState(runDir, state);
        throw err;
      }
    }
  } finally {
    for (const p of providers.values()) await p.close?.();
    await server?.close();
  }

  const report = await writeSummary(ctx, state);
  return { runDir, dryRun, ran, skipped, report, state };
}

/** The models the recipe's stages call (each checked before the first stage runs). */
function usedModels(recipe: Recipe): string[] {
  const names = [recipe.generator, recipe.policy, recipe.judge, ...(recipe.eval?.models ?? [])];
  return [...new Set(names.filter((n): n is string => typeof n === "string" && n in recipe.models))];
}

/**
 * A stage whose every row failed did not finish: marking it done would skip it on the rerun (and report an
 * empty data set as a result). Counts named `<step>_failed` are its failures.
 */
function failIfNothingDone(stage: string, counts: Record<string, number>, notes: string[] | undefined): void {
  const failed = Object.entries(counts).filter(([k, v]) => k.endsWith("_failed") && v > 0);
  if (failed.length === 0) return;
  const produced = Object.entries(counts).some(([k, v]) => !k.endsWith("_failed") && v > 0);
  if (produced) return;
  throw new PurpcodeError(
    `${stage}: every row failed (${failed.map(([k, v]) => `${k} ${v}`).join(", ")}), nothing was produced`,
    {
      exitCode: 1,
      hint: [...(notes ?? []), "fix the cause and rerun: the stage resumes"].join("; "),
    },
  );
}

function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
}

/** The run's report: every stage's state and counts, where its artifacts are, and the eval report. */
async function writeSummary(ctx: RecipeContext, state: RunState): Promise<string> {
  const l = recipeLayout(ctx.runDir);
  await mkdir(l.report, { recursive: true });
  const evalReport = await writeEvalReport(ctx);
  const lines = [
    `# purpcode recipe: ${ctx.recipe.name}`,
    "",
    ...(ctx.dryRun
      ? [`> **${DRY_RUN_LABEL}.** Delete the \`dry_run:\` line to use the models under \`models:\`.`, ""]
      : []),
    "| stage | state | seconds | counts |",
    "|---|---|---|---|",
    ...STAGE_LIST.map((s) => {
      const r = state.stages[s.name];
      return `| ${s.name} | ${r?.state ?? "not run"} | ${r?.seconds?.toFixed(1) ?? ""} | ${r ? formatCounts(r.counts) : ""} |`;
    }),
    "",
    "## Artifacts",
    "",
    `- rule catalog: ${join(l.catalog, "catalog.md")}`,
    `- red-teaming sets: ${l.redteam}/*.jsonl, deduplicated: ${l.dedup}, coverage: ${l.coverage}.md`,
    `- distillation: ${l.distill.dir} (SFT data ${l.distill.sft}, ${l.distill.axolotl}, report ${l.distill.report})`,
    `- RL data: ${l.rlData} (train.parquet, test.parquet, *.openrlhf.jsonl)`,
    `- training launch: ${l.launch}`,
    ...(evalReport ? [`- evaluation: ${evalReport} (results store ${join(l.eval, "results.db")})`] : []),
    "",
    ...Object.entries(state.stages).flatMap(([name, r]) => (r.notes ?? []).map((n) => `- ${name}: ${n}`)),
    "",
  ];
  const file = join(l.report, "README.md");
  await writeFileAtomic(file, lines.join("\n"));
  return file;
}

/** `recipe status`: each stage's state and counts from the run directory. */
export function runStatus(runDir: string): {
  state: RunState;
  stages: Array<{ name: StageName; state: string; counts: Record<string, number>; seconds?: number }>;
} {
  const state = readState(runDir);
  if (!state || !existsSync(runDir))
    throw new InputError(`no recipe run here (no recipe-state.json)`, { file: runDir });
  const live = lockHolder(runDir) !== undefined;
  return {
    state,
    stages: STAGE_LIST.map((s) => {
      const r = state.stages[s.name];
      // "running" is only true while a live process holds the lock; otherwise the run was killed mid-stage.
      const recorded = r?.state === "running" && !live ? "interrupted" : r?.state;
      return { name: s.name, state: recorded ?? "not run", counts: r?.counts ?? {}, seconds: r?.seconds };
    }),
  };
}
