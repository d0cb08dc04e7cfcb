import { existsSync } from "node:fs";
import type { ZodTypeAny } from "zod";
import { readJsonl } from "./jsonl.js";

/**
 * The contract between a pipeline stage and the recipe that composes the stages. A stage is defined beside its
 * code (src/redteam/stage.ts, src/distill/stage.ts, ...) against a context of its own: its settings section and
 * the paths and models it uses, nothing more. The recipe (src/recipe/) builds each stage's context from the run
 * and owns the order, the content keys, the run state and the dry run.
 */

/** What every artefact of a dry run says about itself (titles, headers, file metadata, rows). */
export const DRY_RUN_LABEL = "DRY RUN (scripted stand-in model; the data and numbers mean nothing)";

export interface StageResult {
  counts: Record<string, number>;
  notes?: string[];
}

/** What every stage sees of the run it belongs to. */
export interface StageRun {
  /** The recipe's name (titles of the scripts and reports a stage writes). */
  recipeName: string;
  /** A dry run: the models are the scripted stand-in, every title says DRY RUN, nothing is executed. */
  dryRun: boolean;
  quiet?: boolean;
  log(line: string): void;
}

export interface Stage<Context, Name extends string = string> {
  name: Name;
  what: string;
  /** The recipe section holding the stage's settings, and that section's schema (where its defaults live). */
  section?: { key: string; schema: ZodTypeAny };
  /** The resolved parameters the stage's key covers (model identities included). */
  parameters(ctx: Context): unknown;
  inputs(ctx: Context): string[];
  /** What a fresh run of the stage removes first (a resumed run keeps it). */
  outputs(ctx: Context): string[];
  run(ctx: Context): Promise<StageResult>;
}

/** A stage seen through a wider context: `context` narrows the composer's context to the stage's own. */
export function bindStage<Outer, Inner, Name extends string>(
  stage: Stage<Inner, Name>,
  context: (outer: Outer) => Inner,
): Stage<Outer, Name> {
  return {
    name: stage.name,
    what: stage.what,
    ...(stage.section ? { section: stage.section } : {}),
    parameters: (ctx) => stage.parameters(context(ctx)),
    inputs: (ctx) => stage.inputs(context(ctx)),
    outputs: (ctx) => stage.outputs(context(ctx)),
    run: (ctx) => stage.run(context(ctx)),
  };
}

/** Rows in a JSONL output (0 when it does not exist yet). */
export async function countRows(file: string): Promise<number> {
  if (!existsSync(file)) return 0;
  let n = 0;
  for await (const _ of readJsonl(file)) n++;
  return n;
}
