import { existsSync, readdirSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { ProviderConfig } from "../core/config.js";
import { InputError } from "../core/errors.js";
import { readJsonl, writeFileAtomic, writeJsonl } from "../core/jsonl.js";
import { ConversationRowSchema, type ConversationRow } from "../core/rows.js";
import {
  distillLayout,
  runExportStage,
  runSampleStage,
  runSelectStage,
  runVerifyStage,
} from "../distill/pipeline.js";
import { rewardScorer, scorerId } from "../distill/reward.js";
import { defaultRuleBook } from "../distill/rules.js";
import { metricText } from "../eval/render.js";
import { buildReport } from "../eval/report.js";
import { runEval } from "../eval/runner.js";
import { ResultsStore } from "../eval/store.js";
import { findSuite } from "../eval/suites/index.js";
import { ALIGNED_SYSTEM_PROMPT } from "../judges/system-prompt.js";
import { providerIdentity } from "../llm/identity.js";
import type { AccountedProvider } from "../llm/provider.js";
import { catalogMarkdown, selectRules } from "../redteam/catalog.js";
import { coverageOf, dedupFiles, writeCoverage } from "../redteam/sets.js";
import { benignStep, catalogRules, maleventStep, rule2codeStep, vul2promptStep } from "../redteam/steps.js";
import { prepareRlData } from "../rl/dataset/prepare.js";
import {
  VERL_DEFAULTS,
  openRlhfVersion,
  verlVersion,
  adaptersDir,
  launchScript,
  planLaunch,
  runScript,
  writeLaunch,
  type EngineOptions,
} from "../rl/launch/index.js";
import type { Recipe } from "./schema.js";
import { engineInstalled, rlStartModel, sftModelDir, sftStage } from "./sft-stage.js";
import { openEvalOracles, openVerifyOracles, writeRewardServiceConfig } from "./verdict.js";

export const STAGES = [
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
  "report",
] as const;
export type StageName = (typeof STAGES)[number];

export interface RecipeContext {
  recipe: Recipe;
  runDir: string;
  dryRun: boolean;
  /** The models as the stages use them (pointed at the stand-in server in a dry run). */
  models: Record<string, ProviderConfig>;
  /** sha256 of the dry run's model script (absent when the run uses real endpoints). */
  standIn?: string;
  provider(name: string): AccountedProvider;
  quiet?: boolean;
  log(line: string): void;
}

export interface StageResult {
  counts: Record<string, number>;
  notes?: string[];
}

export interface Stage {
  name: StageName;
  what: string;
  /** The resolved parameters the stage's key covers (model identities included). */
  parameters(ctx: RecipeContext): unknown;
  inputs(ctx: RecipeContext): string[];
  /** What a fresh run of the stage removes first (a resumed run keeps it). */
  outputs(ctx: RecipeContext): string[];
  run(ctx: RecipeContext): Promise<StageResult>;
}

/** Where each stage writes, under the run directory. */
export function recipeLayout(runDir: string) {
  const redteam = join(runDir, "redteam");
  return {
    catalog: join(runDir, "catalog"),
    redteam,
    extra: join(runDir, "extra"),
    dedup: join(redteam, "dedup"),
    coverage: join(redteam, "coverage"),
    prompts: join(runDir, "prompts.jsonl"),
    distill: distillLayout(join(runDir, "distill")),
    rlData: join(runDir, "rl", "data"),
    launch: join(runDir, "rl", "launch"),
    eval: join(runDir, "eval"),
    report: join(runDir, "report"),
  };
}

/** A model's identity for stage keys: what it is, not where it is served (a new mock port changes nothing). */
function modelIdentity(ctx: RecipeContext, name: string | undefined): string | null {
  const config = name === undefined ? undefined : ctx.models[name];
  if (!config) return null;
  // In a dry run the script is the model: editing it changes what every model stage would produce.
  if (ctx.standIn) return `dry-run:${ctx.standIn}:${name}`;
  return providerIdentity(config);
}

const generation = (g: {
  attempts?: number;
  seed?: number;
  temperature?: number;
  max_tokens?: number;
  parallel?: number;
}) => ({
  attempts: g.attempts,
  seed: g.seed,
  temperature: g.temperature,
  maxTokens: g.max_tokens,
  parallel: g.parallel,
});

const jsonlFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".jsonl") && f !== "removed.jsonl")
        .sort()
        .map((f) => join(dir, f))
    : [];

async function countRows(file: string): Promise<number> {
  if (!existsSync(file)) return 0;
  let n = 0;
  for await (const _ of readJsonl(file)) n++;
  return n;
}

const catalog: Stage = {
  name: "catalog",
  what: "rule catalog (CWE weaknesses + analyzer rules) the red-teaming targets",
  parameters: ({ recipe: r }) => ({
    catalog: r.redteam.catalog ?? null,
    languages: r.redteam.rule2code?.languages ?? ["python"],
    rules: r.redteam.rule2code?.rules ?? null,
    analyzer: r.redteam.rule2code?.analyzer_rules ?? true,
  }),
  inputs: ({ recipe: r }) => (r.redteam.catalog ? [r.redteam.catalog] : []),
  outputs: (ctx) => [recipeLayout(ctx.runDir).catalog],
  async run(ctx) {
    const r = ctx.recipe.redteam;
    const rules = await catalogRules({ catalog: r.catalog, analyzer: r.rule2code?.analyzer_rules ?? true });
    const dir = recipeLayout(ctx.runDir).catalog;
    await mkdir(dir, { recursive: true });
    const counts: Record<string, number> = { rules: rules.length };
    let md = "";
    for (const language of r.rule2code?.languages ?? ["python"]) {
      const selected = selectRules(rules, { language, ids: r.rule2code?.rules });
      counts[`targets_${language}`] = selected.length;
      md += `# ${language}\n\n${catalogMarkdown(selected)}\n`;
    }
    await writeFileAtomic(join(dir, "catalog.md"), md);
    return { counts };
  },
};

const redteam: Stage = {
  name: "redteam",
  what: "red-teaming synthesis: Rule2Code, Vul2Prompt, malicious events, benign and utility prompts",
  parameters: (ctx) => ({
    generator: modelIdentity(ctx, ctx.recipe.generator),
    data_dir: ctx.recipe.data_dir,
    ...ctx.recipe.redteam,
    dedup: undefined,
  }),
  inputs: (ctx) => [join(recipeLayout(ctx.runDir).catalog, "catalog.md")],
  outputs: (ctx) => [recipeLayout(ctx.runDir).redteam],
  async run(ctx) {
    const r = ctx.recipe.redteam;
    const dir = recipeLayout(ctx.runDir).redteam;
    await mkdir(dir, { recursive: true });
    const common = {
      provider: ctx.provider(ctx.recipe.generator),
      dataDir: ctx.recipe.data_dir,
      strategiesDirs: r.strategies_dirs,
      catalog: r.catalog,
      quiet: ctx.quiet,
    };
    const counts: Record<string, number> = {};
    const failed: string[] = [];
    const record = (step: string, s: { done: number; resumed: number; failed: number; output: string }) => {
      counts[step] = s.done + s.resumed;
      if (s.failed) {
        counts[`${step}_failed`] = s.failed;
        failed.push(
          `${step}: ${s.failed} item(s) failed (generator refusals or malformed answers; see ${s.output}.errors.jsonl)`,
        );
      }
      ctx.log(`  ${step}: ${s.done + s.resumed} rows (${s.resumed} resumed, ${s.failed} failed)`);
    };
    if (r.rule2code) {
      const s = r.rule2code;
      record(
        "rule2code",
        await rule2codeStep({
          ...common,
          ...generation(s),
          out: join(dir, "rule2code.jsonl"),
          languages: s.languages,
          rules: s.rules,
          limit: s.limit,
          depth: s.depth,
          anyFinding: s.any_finding,
          analyzerRules: s.analyzer_rules,
        }),
      );
    }
    if (r.vul2prompt) {
      const s = r.vul2prompt;
      record(
        "vul2prompt",
        await vul2promptStep({
          ...common,
          ...generation(s),
          out: join(dir, "vul2prompt.jsonl"),
          seeds: join(dir, "rule2code.jsonl"),
          strategies: s.strategies,
          followUps: s.follow_ups,
          limit: s.limit,
        }),
      );
    }
    if (r.malevent) {
      const s = r.malevent;
      record(
        "malevent",
        await maleventStep({
          ...common,
          ...generation(s),
          out: join(dir, "malevent.jsonl"),
          tactics: s.tactics,
          platforms: s.platforms,
          subtechniques: s.subtechniques,
          limit: s.limit,
          strategies: s.strategies,
          minTurns: s.min_turns,
          maxTurns: s.max_turns,
        }),
      );
    }
    if (r.benign) {
      const s = r.benign;
      const result = await benignStep({
        ...common,
        ...generation(s),
        out: join(dir, "benign.jsonl"),
        strategies: s.strategies,
        perStrategy: s.per_strategy,
        language: s.language,
        utilityOut: s.utility ? join(dir, "utility.jsonl") : undefined,
        utilitySources: s.utility_sources,
        utilityPerSource: s.utility_per_source,
      });
      record("benign", result);
      if (s.utility) counts.utility = await countRows(join(dir, "utility.jsonl"));
    }
    // Items the generator refused stay failed on every rerun; they are reported, not fatal.
    return { counts, notes: failed };
  },
};

/** The sets that go on to distillation and RL: synthesized prompt sets (not the seeds) and the user's sets. */
function promptSetFiles(ctx: RecipeContext): string[] {
  const dir = recipeLayout(ctx.runDir).redteam;
  const r = ctx.recipe.redteam;
  const files: string[] = [];
  if (r.vul2prompt) files.push(join(dir, "vul2prompt.jsonl"));
  if (r.malevent) files.push(join(dir, "malevent.jsonl"));
  if (r.benign) files.push(join(dir, "benign.jsonl"));
  if (r.benign?.utility) files.push(join(dir, "utility.jsonl"));
  return files;
}

const extraName = (s: Recipe["extra_sets"][number]) =>
  s.name ?? basename(s.file).replace(/\.jsonl(\.gz)?$/, "");

const dedup: Stage = {
  name: "dedup",
  what: "near-duplicate removal and decontamination against the eval sets; coverage report",
  parameters: (ctx) => ({
    ...ctx.recipe.redteam.dedup,
    data_dir: ctx.recipe.data_dir,
    extra: ctx.recipe.extra_sets,
  }),
  inputs: (ctx) => [...promptSetFiles(ctx), ...ctx.recipe.extra_sets.map((s) => s.file)],
  outputs: (ctx) => {
    const l = recipeLayout(ctx.runDir);
    return [l.dedup, l.extra, l.prompts, `${l.coverage}.md`, `${l.coverage}.json`];
  },
  async run(ctx) {
    const l = recipeLayout(ctx.runDir);
    const files = promptSetFiles(ctx).filter(existsSync);
    for (const s of ctx.recipe.extra_sets) {
      const rows: ConversationRow[] = [];
      for await (const { value } of readJsonl(s.file, { schema: ConversationRowSchema }))
        rows.push(s.oracle ? { ...value, oracles: [s.oracle] } : value);
      const copy = join(l.extra, `${extraName(s)}.jsonl`);
      await writeJsonl(copy, rows);
      files.push(copy);
    }
    if (files.length === 0)
      throw new InputError("recipe: no prompt sets to deduplicate (enable a redteam step or extra_sets)");
    const d = ctx.recipe.redteam.dedup;
    const run = await dedupFiles(files, l.dedup, {
      threshold: d.threshold,
      containmentThreshold: d.containment,
      dataDir: ctx.recipe.data_dir,
      decontaminate: d.decontaminate,
    });
    await writeCoverage(await coverageOf(l.redteam, l.dedup), l.coverage);
    // One prompt file for distillation: every kept row, task ids unique across sets.
    const seen = new Set<string>();
    const prompts: ConversationRow[] = [];
    for (const set of run.result.sets)
      for (const row of set.kept)
        if (row.oracles.length > 0 && !seen.has(row.task_id)) {
          seen.add(row.task_id);
          prompts.push(row);
        }
    await writeJsonl(l.prompts, prompts);
    const counts: Record<string, number> = { prompts: prompts.length };
    for (const s of run.result.sets) counts[s.name] = s.kept.length;
    counts.removed = run.result.removed.length;
    return { counts };
  },
};

const sample: Stage = {
  name: "sample",
  what: "distillation: K samples per prompt from the policy with the guideline in context",
  parameters: (ctx) => {
    const d = ctx.recipe.distill;
    return {
      policy: modelIdentity(ctx, ctx.recipe.policy),
      samples: d.samples,
      temperature: d.temperature,
      max_tokens: d.max_tokens,
      seed: d.seed,
      catalog: ctx.recipe.redteam.catalog ?? null,
    };
  },
  inputs: (ctx) => [recipeLayout(ctx.runDir).prompts],
  outputs: (ctx) => [recipeLayout(ctx.runDir).distill.dir],
  async run(ctx) {
    const l = recipeLayout(ctx.runDir);
    const d = ctx.recipe.distill;
    const s = await runSampleStage({
      input: l.prompts,
      layout: l.distill,
      provider: ctx.provider(ctx.recipe.policy),
      samples: d.samples,
      temperature: d.temperature,
      max_tokens: d.max_tokens,
      seed: d.seed,
      concurrency: d.parallel,
      quiet: ctx.quiet,
      rules: defaultRuleBook(ctx.recipe.redteam.catalog),
    });
    if (s.failed > 0)
      throw new InputError(`sample: ${s.failed} chain(s) failed; see ${s.errors} and rerun to retry them`);
    return {
      counts: { chains: s.total, samples: await countRows(l.distill.samplesFile), resumed: s.resumed },
    };
  },
};

const verify: Stage = {
  name: "verify",
  what: "distillation: score every sample with its row's oracle (the RL reward)",
  parameters: (ctx) => ({
    judge: modelIdentity(ctx, ctx.recipe.judge),
    verdict: ctx.recipe.verdict,
    sandbox: ctx.recipe.distill.sandbox,
  }),
  inputs: (ctx) => {
    const l = recipeLayout(ctx.runDir);
    return [l.prompts, l.distill.samplesFile];
  },
  outputs: (ctx) => {
    const l = recipeLayout(ctx.runDir).distill;
    return [l.verdicts, `${l.verdicts}.provenance.json`, `${l.verdicts}.done`, l.verdictCache];
  },
  async run(ctx) {
    const l = recipeLayout(ctx.runDir);
    const d = ctx.recipe.distill;
    const judge = ctx.recipe.judge ? ctx.provider(ctx.recipe.judge) : undefined;
    const set = await openVerifyOracles(ctx.recipe, judge);
    try {
      const s = await runVerifyStage({
        input: l.prompts,
        layout: l.distill,
        score: rewardScorer(set.oracles),
        scorerId: scorerId(set.oracles, judge),
        concurrency: d.verify_parallel,
        quiet: ctx.quiet,
      });
      const counts: Record<string, number> = {};
      for (const [k, v] of Object.entries(s)) if (typeof v === "number") counts[k] = v;
      return { counts };
    } finally {
      await set.close();
    }
  },
};

const select: Stage = {
  name: "select",
  what: "distillation: keep the best verified sample per prompt; list the easy prompts",
  parameters: (ctx) => ({
    samples: ctx.recipe.distill.samples,
    easy_threshold: ctx.recipe.distill.easy_threshold,
  }),
  inputs: (ctx) => {
    const l = recipeLayout(ctx.runDir);
    return [l.prompts, l.distill.samplesFile, l.distill.verdicts];
  },
  outputs: (ctx) => {
    const l = recipeLayout(ctx.runDir).distill;
    return [l.selected, l.easy, l.report];
  },
  async run(ctx) {
    const l = recipeLayout(ctx.runDir);
    const { selection } = await runSelectStage({
      input: l.prompts,
      layout: l.distill,
      samplesPerPrompt: ctx.recipe.distill.samples,
      easyThreshold: ctx.recipe.distill.easy_threshold,
      verifiedScore: ctx.recipe.distill.verified_score,
    });
    return { counts: { selected: selection.selected.length, easy: selection.easy.length } };
  },
};

const exportStage: Stage = {
  name: "export",
  what: "distillation: SFT data (axolotl JSONL, TRL JSONL), axolotl.yaml and a TRL script",
  parameters: (ctx) => ({ base_model: ctx.recipe.distill.base_model }),
  inputs: (ctx) => [recipeLayout(ctx.runDir).distill.selected],
  outputs: (ctx) => {
    const l = recipeLayout(ctx.runDir).distill;
    return [l.sft, l.trl, l.axolotl, l.trlScript];
  },
  async run(ctx) {
    const s = await runExportStage({
      layout: recipeLayout(ctx.runDir).distill,
      systemPrompt: ALIGNED_SYSTEM_PROMPT,
      baseModel: ctx.recipe.distill.base_model,
    });
    return { counts: { sft_rows: s.rows } };
  },
};

function rlSources(ctx: RecipeContext) {
  const l = recipeLayout(ctx.runDir);
  const weights = ctx.recipe.rl.weights;
  return jsonlFiles(l.dedup)
    .map((file) => ({ file, name: basename(file, ".jsonl") }))
    .filter((s) => !weights || weights[s.name] !== undefined)
    .map((s) => ({ ...s, weight: weights?.[s.name] }));
}

const prepare: Stage = {
  name: "prepare",
  what: "RL data: verl parquet + OpenRLHF JSONL, easy prompts removed, mixed, test split held out",
  parameters: (ctx) => {
    const r = ctx.recipe.rl;
    return {
      test_fraction: r.test_fraction,
      seed: r.seed,
      weights: r.weights,
      size: r.size,
      remove_easy: r.remove_easy,
    };
  },
  inputs: (ctx) => {
    const l = recipeLayout(ctx.runDir);
    return [...rlSources(ctx).map((s) => s.file), ...(ctx.recipe.rl.remove_easy ? [l.distill.easy] : [])];
  },
  outputs: (ctx) => [recipeLayout(ctx.runDir).rlData],
  async run(ctx) {
    const l = recipeLayout(ctx.runDir);
    const r = ctx.recipe.rl;
    const s = await prepareRlData({
      sources: rlSources(ctx),
      outDir: l.rlData,
      systemPrompt: ALIGNED_SYSTEM_PROMPT,
      easyIds: r.remove_easy && existsSync(l.distill.easy) ? [l.distill.easy] : [],
      testFraction: r.test_fraction,
      size: r.size,
      seed: r.seed,
    });
    return {
      counts: { train: s.rows.train, test: s.rows.test, easy_removed: s.removed.easy },
    };
  },
};

const launch: Stage = {
  name: "launch",
  what: "training launch: the RL engine's script and configs (run only when rl.execute and the engine is installed)",
  parameters: (ctx) => {
    const { weights: _w, size: _s, test_fraction: _t, ...rest } = ctx.recipe.rl;
    return {
      ...rest,
      base_model: ctx.recipe.distill.base_model,
      model: rlStartModel(ctx),
      dry_run: ctx.dryRun,
      verdict: ctx.recipe.verdict,
      judge: ctx.recipe.judge ? ctx.recipe.models[ctx.recipe.judge] : null,
    };
  },
  inputs: (ctx) => {
    const l = recipeLayout(ctx.runDir);
    return [join(l.rlData, "train.parquet"), join(l.rlData, "test.parquet")];
  },
  outputs: (ctx) => [recipeLayout(ctx.runDir).launch],
  async run(ctx) {
    const l = recipeLayout(ctx.runDir);
    const r = ctx.recipe.rl;
    const g = r.grpo;
    const model = rlStartModel(ctx);
    const rewardUrls = [`http://127.0.0.1:${r.reward_port}`];
    const common = {
      ...VERL_DEFAULTS,
      model,
      nodes: r.nodes,
      gpusPerNode: r.gpus_per_node,
      rewardUrls,
      rolloutN: g.n,
      maxRollFactor: g.max_roll_factor,
      learningRate: g.lr,
      klCoef: g.kl_coef,
      promptsPerGpu: g.prompts_per_gpu,
      maxPromptLength: g.max_prompt_length,
      maxResponseLength: g.max_response_length,
      epochs: g.epochs,
    };
    const options: EngineOptions =
      r.engine === "verl"
        ? {
            engine: "verl",
            ...common,
            trainFiles: join(l.rlData, "train.parquet"),
            valFiles: join(l.rlData, "test.parquet"),
            adapterPath: join(adaptersDir(), "verl_reward.py"),
            verlVersion: verlVersion(r.verl_version).id,
            sampler: r.sampler,
            overrides:
              g.kl_loss_type === "low_var_kl"
                ? []
                : [`actor_rollout_ref.actor.kl_loss_type=${g.kl_loss_type}`],
          }
        : {
            engine: "openrlhf",
            ...common,
            promptData: join(l.rlData, "train.openrlhf.jsonl"),
            evalData: join(l.rlData, "test.openrlhf.jsonl"),
            saveDir: join(l.launch, "checkpoints"),
            openrlhfVersion: openRlhfVersion(r.openrlhf_version).id,
          };
    // The reward service gets a config file: the verdict settings and the judge as configured (recipe/verdict.ts).
    await mkdir(l.launch, { recursive: true });
    const args = await writeRewardServiceConfig(ctx.recipe, l.launch);
    const services = { count: 1, port: r.reward_port, args };
    const plan = planLaunch(options, services);
    const title = `${ctx.dryRun ? "DRY RUN - " : ""}purpcode recipe ${ctx.recipe.name}: ${r.engine} GRPO launch`;
    const script = await writeLaunch(plan, l.launch, launchScript(plan, title));
    const notes = [`launch script: ${script}`];
    let executed = 0;
    if (r.execute && !ctx.dryRun) {
      if (model === sftModelDir(ctx) && !existsSync(model))
        notes.push(
          `not executed: no SFT model at ${model} yet (run the sft stage's script, or set rl.model)`,
        );
      else if (!engineInstalled(r.engine))
        notes.push(`not executed: the ${r.engine} Python package is not installed here`);
      else {
        const code = await runScript(script, l.launch);
        if (code !== 0) throw new InputError(`launch script exited with ${code}; see its output above`);
        executed = 1;
      }
    } else notes.push(ctx.dryRun ? "not executed: dry run" : "not executed: rl.execute is false");
    await writeFile(join(l.launch, "NOTES.txt"), notes.join("\n") + "\n");
    return { counts: { steps: plan.steps.length, executed }, notes };
  },
};

const evaluate: Stage = {
  name: "eval",
  what: "evaluation of the configured models on the chosen suites",
  parameters: (ctx) => {
    const e = ctx.recipe.eval;
    if (!e) return null;
    const models = e.models ?? [ctx.recipe.policy];
    return {
      ...e,
      models: models.map((m) => [m, modelIdentity(ctx, m)]),
      judge: modelIdentity(ctx, ctx.recipe.judge),
      verdict: ctx.recipe.verdict,
      data_dir: ctx.recipe.data_dir,
    };
  },
  inputs: () => [],
  outputs: (ctx) => [recipeLayout(ctx.runDir).eval],
  async run(ctx) {
    const e = ctx.recipe.eval;
    if (!e) return { counts: {}, notes: ["no eval section: skipped"] };
    const dir = recipeLayout(ctx.runDir).eval;
    await mkdir(dir, { recursive: true });
    const judge = ctx.recipe.judge ? ctx.provider(ctx.recipe.judge) : undefined;
    const store = await ResultsStore.open(join(dir, "results.db"));
    const oracleSet = await openEvalOracles(ctx.recipe, judge);
    const counts: Record<string, number> = {};
    const notes: string[] = [];
    try {
      for (const name of e.models ?? [ctx.recipe.policy]) {
        const results = await runEval({
          store,
          workDir: join(dir, "runs"),
          runId: name,
          suites: e.suites.map((s) => findSuite(s)!),
          dataDir: ctx.recipe.data_dir,
          languages: e.languages,
          limit: e.limit,
          samples: e.samples,
          answers: "model",
          provider: ctx.provider(name),
          systemPrompt: e.system_prompt === "aligned" ? ALIGNED_SYSTEM_PROMPT : undefined,
          sampling: { temperature: e.samples > 1 ? 0.8 : 0, max_tokens: e.max_tokens },
          generateConcurrency: 16,
          oracles: oracleSet.oracles,
          quiet: ctx.quiet,
          parameters: {
            recipe: ctx.recipe.name,
            dry_run: ctx.dryRun,
            suites: e.suites,
            limit: e.limit ?? null,
            severity: ctx.recipe.verdict.severity,
            judge_view: ctx.recipe.verdict.judge_view,
            system_prompt: e.system_prompt,
          },
        });
        for (const r of results) {
          counts[`${name}/${r.suite}`] = r.items;
          const failed = (r.generation?.failed ?? 0) + (r.scoring?.failed ?? 0);
          if (failed)
            throw new InputError(`eval ${name}/${r.suite}: ${failed} item(s) failed; rerun to retry them`);
          notes.push(`${name} ${r.suite}: ${r.metrics.map(metricText).join(", ")}`);
        }
      }
    } finally {
      store.close();
      await oracleSet.close();
    }
    return { counts, notes };
  },
};

export const STAGE_LIST: Stage[] = [
  catalog,
  redteam,
  dedup,
  sample,
  verify,
  select,
  exportStage,
  sftStage,
  prepare,
  launch,
  evaluate,
];

/** The eval part of the report; the recipe summary is written by the runner (it knows every stage). */
export async function writeEvalReport(ctx: RecipeContext): Promise<string | undefined> {
  const e = ctx.recipe.eval;
  const l = recipeLayout(ctx.runDir);
  if (!e || !existsSync(join(l.eval, "results.db"))) return undefined;
  const store = await ResultsStore.open(join(l.eval, "results.db"));
  try {
    const title = `${ctx.dryRun ? "DRY RUN - scripted model, numbers mean nothing - " : ""}purpcode recipe ${ctx.recipe.name}: evaluation`;
    const { html, markdown } = await buildReport(store, e.models ?? [ctx.recipe.policy], { title });
    await mkdir(l.report, { recursive: true });
    await writeFileAtomic(join(l.report, "eval.html"), html);
    await writeFileAtomic(join(l.report, "eval.md"), (ctx.dryRun ? "**DRY RUN**\n\n" : "") + markdown);
    return join(l.report, "eval.html");
  } finally {
    store.close();
  }
}
