import { join } from "node:path";
import type { ProviderConfig } from "../core/config.js";
import { bindStage, type Stage, type StageResult, type StageRun } from "../core/stage.js";
import { distillLayout } from "../distill/pipeline.js";
import {
  exportStage,
  sampleStage,
  selectStage,
  verifyStage,
  type DistillStageContext,
} from "../distill/stage.js";
import { evalStage, writeEvalReport as writeEvalPart, type EvalStageContext } from "../eval/stage.js";
import { providerIdentity } from "../llm/identity.js";
import type { AccountedProvider, ModelRef } from "../llm/provider.js";
import { catalogStage, dedupStage, redteamStage } from "../redteam/stage.js";
import { launchStage, prepareStage, rlStartModel as startModel, sftStage } from "../rl/stage.js";
import type { Recipe } from "./schema.js";

/**
 * The recipe's composition: the stages in order (each defined beside its code, against its own context) and
 * the wiring that builds each stage's context from the recipe and the run directory's layout.
 */

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

export type { StageResult };
/** A stage as the recipe runs it: bound to the recipe's context. */
export type RecipeStage = Stage<RecipeContext, StageName>;

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
    sft: join(runDir, "sft"),
    rlData: join(runDir, "rl", "data"),
    launch: join(runDir, "rl", "launch"),
    eval: join(runDir, "eval"),
    report: join(runDir, "report"),
  };
}

/** A model's identity for stage keys: what it is, not where it is served (a new mock port changes nothing). */
function modelIdentity(ctx: RecipeContext, name: string): string | null {
  const config = ctx.models[name];
  if (!config) return null;
  // In a dry run the script is the model: editing it changes what every model stage would produce.
  if (ctx.standIn) return `dry-run:${ctx.standIn}:${name}`;
  return providerIdentity(config);
}

function modelRef(ctx: RecipeContext, name: string): ModelRef {
  return { name, identity: modelIdentity(ctx, name), provider: () => ctx.provider(name) };
}

const runOf = (ctx: RecipeContext): StageRun => ({
  recipeName: ctx.recipe.name,
  dryRun: ctx.dryRun,
  quiet: ctx.quiet,
  log: ctx.log,
});

/** Where the fine-tuned model is written. */
export function sftModelDir(ctx: RecipeContext): string {
  return ctx.recipe.sft.output_dir ?? join(recipeLayout(ctx.runDir).sft, "model");
}

/** The model GRPO starts from: rl.model if given, else the SFT output, else (SFT off) the base model. */
export function rlStartModel(ctx: RecipeContext): string {
  const r = ctx.recipe;
  return startModel({
    rl: r.rl,
    sftEnabled: r.sft.enabled,
    sftModelDir: sftModelDir(ctx),
    baseModel: r.distill.base_model,
  });
}

const distillContext = (ctx: RecipeContext): DistillStageContext => {
  const r = ctx.recipe;
  const l = recipeLayout(ctx.runDir);
  return {
    ...runOf(ctx),
    settings: r.distill,
    verdict: r.verdict,
    catalog: r.redteam.catalog,
    policy: modelRef(ctx, r.policy),
    ...(r.judge ? { judge: modelRef(ctx, r.judge) } : {}),
    prompts: l.prompts,
    layout: l.distill,
  };
};

const evalContext = (ctx: RecipeContext): EvalStageContext => {
  const r = ctx.recipe;
  return {
    ...runOf(ctx),
    ...(r.eval ? { settings: r.eval } : {}),
    models: (r.eval?.models ?? [r.policy]).map((m) => modelRef(ctx, m)),
    ...(r.judge ? { judge: modelRef(ctx, r.judge) } : {}),
    verdict: r.verdict,
    dataDir: r.data_dir,
    dir: recipeLayout(ctx.runDir).eval,
  };
};

export const STAGE_LIST: RecipeStage[] = [
  bindStage(catalogStage, (ctx: RecipeContext) => ({
    ...runOf(ctx),
    settings: ctx.recipe.redteam,
    dir: recipeLayout(ctx.runDir).catalog,
  })),
  bindStage(redteamStage, (ctx: RecipeContext) => {
    const l = recipeLayout(ctx.runDir);
    return {
      ...runOf(ctx),
      settings: ctx.recipe.redteam,
      dataDir: ctx.recipe.data_dir,
      generator: modelRef(ctx, ctx.recipe.generator),
      ...(ctx.recipe.judge ? { judge: modelRef(ctx, ctx.recipe.judge) } : {}),
      policy: modelRef(ctx, ctx.recipe.policy),
      catalogFile: join(l.catalog, "catalog.md"),
      dir: l.redteam,
    };
  }),
  bindStage(dedupStage, (ctx: RecipeContext) => {
    const l = recipeLayout(ctx.runDir);
    return {
      ...runOf(ctx),
      settings: ctx.recipe.redteam,
      dataDir: ctx.recipe.data_dir,
      extraSets: ctx.recipe.extra_sets,
      redteamDir: l.redteam,
      dedupDir: l.dedup,
      extraDir: l.extra,
      prompts: l.prompts,
      coverage: l.coverage,
    };
  }),
  bindStage(sampleStage, distillContext),
  bindStage(verifyStage, distillContext),
  bindStage(selectStage, distillContext),
  bindStage(exportStage, distillContext),
  bindStage(sftStage, (ctx: RecipeContext) => {
    const l = recipeLayout(ctx.runDir);
    return {
      ...runOf(ctx),
      settings: ctx.recipe.sft,
      baseModel: ctx.recipe.distill.base_model,
      distill: l.distill,
      dir: l.sft,
      modelDir: sftModelDir(ctx),
      rlStartModel: rlStartModel(ctx),
    };
  }),
  bindStage(prepareStage, (ctx: RecipeContext) => {
    const l = recipeLayout(ctx.runDir);
    return { ...runOf(ctx), settings: ctx.recipe.rl, dedupDir: l.dedup, easy: l.distill.easy, dir: l.rlData };
  }),
  bindStage(launchStage, (ctx: RecipeContext) => {
    const r = ctx.recipe;
    const l = recipeLayout(ctx.runDir);
    return {
      ...runOf(ctx),
      settings: r.rl,
      baseModel: r.distill.base_model,
      startModel: rlStartModel(ctx),
      sftModelDir: sftModelDir(ctx),
      verdict: r.verdict,
      // The judge as configured, not the dry run's stand-in: the reward service runs outside this process.
      ...(r.judge ? { judge: r.models[r.judge] } : {}),
      data: l.rlData,
      dir: l.launch,
    };
  }),
  bindStage(evalStage, evalContext),
];

/** The eval part of the report; the recipe summary is written by the runner (it knows every stage). */
export function writeEvalReport(ctx: RecipeContext): Promise<string | undefined> {
  return writeEvalPart(evalContext(ctx), recipeLayout(ctx.runDir).report);
}
