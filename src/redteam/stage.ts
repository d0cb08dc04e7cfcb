import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { InputError } from "../core/errors.js";
import { readJsonl, writeFileAtomic, writeJsonl } from "../core/jsonl.js";
import { ConversationRowSchema, type ConversationRow } from "../core/rows.js";
import { DRY_RUN_LABEL, countRows, type Stage, type StageRun } from "../core/stage.js";
import type { ModelRef } from "../llm/provider.js";
import { catalogMarkdown, selectRules } from "./catalog.js";
import {
  DATA_SETS,
  filesUnder,
  readSetFilters,
  secqaStep,
  seedsFromCodeStep,
  utilityFiles,
  utilityImportStep,
  xscodeStep,
  type DataStepResult,
} from "./data-steps.js";
import { coverageOf, dedupFiles, writeCoverage } from "./sets.js";
import { RedteamSettingsSchema, type ExtraSet, type RedteamSettings } from "./settings.js";
import { benignStep, catalogRules, maleventStep, rule2codeStep, vul2promptStep } from "./steps.js";

/** The red-teaming stages of the recipe: the rule catalog, the synthesis steps, and dedup with coverage. */

const section = { key: "redteam", schema: RedteamSettingsSchema };

export interface CatalogStageContext extends StageRun {
  settings: RedteamSettings;
  /** Where catalog.md goes. */
  dir: string;
}

export interface RedteamStageContext extends StageRun {
  settings: RedteamSettings;
  dataDir: string;
  generator: ModelRef;
  /** The XSCode filters' judge (redteam.xscode). */
  judge?: ModelRef;
  /** The model whose pass rate sets the utility import's difficulty band (redteam.utility.difficulty). */
  policy?: ModelRef;
  /** The catalog stage's catalog.md. */
  catalogFile: string;
  /** Where the synthesized sets go. */
  dir: string;
}

export interface DedupStageContext extends StageRun {
  settings: RedteamSettings;
  dataDir: string;
  /** The user's own prompt sets. */
  extraSets: ExtraSet[];
  /** The redteam stage's folder (its sets are the input). */
  redteamDir: string;
  dedupDir: string;
  /** Where the user's sets are copied (oracle applied) before dedup. */
  extraDir: string;
  /** One prompt file for distillation: every kept row. */
  prompts: string;
  /** Coverage report prefix (.md and .json). */
  coverage: string;
}

export const catalogStage: Stage<CatalogStageContext, "catalog"> = {
  name: "catalog",
  what: "rule catalog (CWE weaknesses + analyzer rules) the red-teaming targets",
  section,
  parameters: ({ settings: r }) => ({
    catalog: r.catalog ?? null,
    languages: r.rule2code?.languages ?? ["python"],
    rules: r.rule2code?.rules ?? null,
    analyzer: r.rule2code?.analyzer_rules ?? true,
  }),
  inputs: ({ settings: r }) => (r.catalog ? [r.catalog] : []),
  outputs: (ctx) => [ctx.dir],
  async run(ctx) {
    const r = ctx.settings;
    const rules = await catalogRules({ catalog: r.catalog, analyzer: r.rule2code?.analyzer_rules ?? true });
    await mkdir(ctx.dir, { recursive: true });
    const counts: Record<string, number> = { rules: rules.length };
    let md = "";
    for (const language of r.rule2code?.languages ?? ["python"]) {
      const selected = selectRules(rules, { language, ids: r.rule2code?.rules });
      counts[`targets_${language}`] = selected.length;
      md += `# ${language}\n\n${catalogMarkdown(selected)}\n`;
    }
    await writeFileAtomic(join(ctx.dir, "catalog.md"), md);
    return { counts };
  },
};

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

export const redteamStage: Stage<RedteamStageContext, "redteam"> = {
  name: "redteam",
  what: "red-teaming synthesis: Rule2Code, Vul2Prompt, malicious events, benign and utility prompts",
  section,
  parameters: (ctx) => ({
    generator: ctx.generator.identity,
    data_dir: ctx.dataDir,
    ...ctx.settings,
    dedup: undefined,
    // Models only the data steps use count only when those steps run (a recipe without them keeps its key).
    ...(ctx.settings.xscode ? { xscode_judge: ctx.judge?.identity ?? null } : {}),
    ...(ctx.settings.utility?.difficulty ? { utility_policy: ctx.policy?.identity ?? null } : {}),
  }),
  inputs: (ctx) => {
    const r = ctx.settings;
    return [
      ctx.catalogFile,
      ...(r.seeds ? filesUnder(r.seeds.from_code) : []),
      ...(r.utility ? utilityFiles(r.utility, ctx.dataDir) : []),
      ...(r.utility?.block_list ? [r.utility.block_list] : []),
      ...(r.secqa ? r.secqa.files : []),
      ...(r.xscode?.data ? [r.xscode.data] : []),
    ];
  },
  outputs: (ctx) => [ctx.dir],
  async run(ctx) {
    const r = ctx.settings;
    const dir = ctx.dir;
    await mkdir(dir, { recursive: true });
    const common = {
      provider: ctx.generator.provider(),
      dataDir: ctx.dataDir,
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
    const data = (step: string, result: DataStepResult) => {
      counts[step] = result.rows;
      Object.assign(counts, result.counts);
      if (result.note) failed.push(result.note);
      ctx.log(`  ${step}: ${result.rows} rows${result.resumed ? ` (${result.resumed} items resumed)` : ""}`);
    };
    if (r.seeds) data(DATA_SETS.seeds, await seedsFromCodeStep(r.seeds, dir));
    if (r.vul2prompt) {
      const s = r.vul2prompt;
      record(
        "vul2prompt",
        await vul2promptStep({
          ...common,
          ...generation(s),
          out: join(dir, "vul2prompt.jsonl"),
          seeds: vul2promptSeeds(r, dir),
          strategies: s.strategies,
          followUps: s.follow_ups,
          turns: s.turns,
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
    if (r.utility)
      data(
        DATA_SETS.utility,
        await utilityImportStep(r.utility, {
          dir,
          dataDir: ctx.dataDir,
          policy: r.utility.difficulty ? ctx.policy?.provider() : undefined,
          quiet: ctx.quiet,
        }),
      );
    if (r.secqa) data(DATA_SETS.secqa, await secqaStep(r.secqa, dir));
    if (r.xscode)
      data(
        DATA_SETS.xscode,
        await xscodeStep(r.xscode, {
          dir,
          generator: common.provider,
          judge: ctx.judge?.provider(),
          dryRun: ctx.dryRun,
          quiet: ctx.quiet,
        }),
      );
    // Items the generator refused stay failed on every rerun; they are reported, not fatal.
    return { counts, notes: failed };
  },
};

/** Vul2Prompt's seeds: the generated Rule2Code seeds and / or those from real code. */
function vul2promptSeeds(settings: RedteamSettings, dir: string): string[] {
  return [
    ...(settings.rule2code ? [join(dir, "rule2code.jsonl")] : []),
    ...(settings.seeds ? [join(dir, `${DATA_SETS.seeds}.jsonl`)] : []),
  ];
}

/** The sets that go on to distillation and RL: synthesized and imported prompt sets (not the seeds). */
export function promptSetFiles(settings: RedteamSettings, dir: string): string[] {
  const files: string[] = [];
  if (settings.vul2prompt) files.push(join(dir, "vul2prompt.jsonl"));
  if (settings.malevent) files.push(join(dir, "malevent.jsonl"));
  if (settings.benign) files.push(join(dir, "benign.jsonl"));
  if (settings.benign?.utility) files.push(join(dir, "utility.jsonl"));
  if (settings.utility) files.push(join(dir, `${DATA_SETS.utility}.jsonl`));
  if (settings.secqa) files.push(join(dir, `${DATA_SETS.secqa}.jsonl`));
  if (settings.xscode) files.push(join(dir, `${DATA_SETS.xscode}.jsonl`));
  return files;
}

const extraName = (s: ExtraSet) => s.name ?? basename(s.file).replace(/\.jsonl(\.gz)?$/, "");

export const dedupStage: Stage<DedupStageContext, "dedup"> = {
  name: "dedup",
  what: "near-duplicate removal and decontamination against the eval sets; coverage report",
  section,
  parameters: (ctx) => ({
    ...ctx.settings.dedup,
    data_dir: ctx.dataDir,
    extra: ctx.extraSets,
  }),
  inputs: (ctx) => [...promptSetFiles(ctx.settings, ctx.redteamDir), ...ctx.extraSets.map((s) => s.file)],
  outputs: (ctx) => [ctx.dedupDir, ctx.extraDir, ctx.prompts, `${ctx.coverage}.md`, `${ctx.coverage}.json`],
  async run(ctx) {
    const files = promptSetFiles(ctx.settings, ctx.redteamDir).filter(existsSync);
    for (const s of ctx.extraSets) {
      const rows: ConversationRow[] = [];
      for await (const { value } of readJsonl(s.file, { schema: ConversationRowSchema }))
        rows.push(s.oracle ? { ...value, oracles: [s.oracle] } : value);
      const copy = join(ctx.extraDir, `${extraName(s)}.jsonl`);
      await writeJsonl(copy, rows);
      files.push(copy);
    }
    if (files.length === 0)
      throw new InputError("recipe: no prompt sets to deduplicate (enable a redteam step or extra_sets)");
    const d = ctx.settings.dedup;
    const run = await dedupFiles(files, ctx.dedupDir, {
      threshold: d.threshold,
      containmentThreshold: d.containment,
      dataDir: ctx.dataDir,
      decontaminate: d.decontaminate,
    });
    await writeCoverage(
      await coverageOf(ctx.redteamDir, ctx.dedupDir, await readSetFilters(ctx.redteamDir)),
      ctx.coverage,
      ctx.dryRun ? DRY_RUN_LABEL : undefined,
    );
    // One prompt file for distillation: every kept row, task ids unique across sets.
    const seen = new Set<string>();
    const prompts: ConversationRow[] = [];
    for (const set of run.result.sets)
      for (const row of set.kept)
        if (row.oracles.length > 0 && !seen.has(row.task_id)) {
          seen.add(row.task_id);
          prompts.push(row);
        }
    await writeJsonl(ctx.prompts, prompts);
    const counts: Record<string, number> = { prompts: prompts.length };
    for (const s of run.result.sets) counts[s.name] = s.kept.length;
    counts.removed = run.result.removed.length;
    return { counts };
  },
};
