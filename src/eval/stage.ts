import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../core/errors.js";
import { writeFileAtomic } from "../core/jsonl.js";
import type { Stage, StageRun } from "../core/stage.js";
import { ALIGNED_SYSTEM_PROMPT } from "../judges/system-prompt.js";
import type { ModelRef } from "../llm/provider.js";
import type { ChatProvider } from "../llm/types.js";
import { openOracles, type OracleSet, type VerdictSettings } from "../verdict/index.js";
import { metricText } from "./render.js";
import { buildReport } from "./report.js";
import { runEval } from "./runner.js";
import { EvalSettingsSchema, type EvalSettings } from "./settings.js";
import { ResultsStore } from "./store.js";
import { findSuite } from "./suites/index.js";

/** The evaluation stage of the recipe, and the eval part of the run's report. */

export interface EvalStageContext extends StageRun {
  /** The recipe's `eval:` section (absent: the stage does nothing). */
  settings?: EvalSettings;
  /** The models evaluated (eval.models, default: the policy); each is one run in the results store. */
  models: ModelRef[];
  judge?: ModelRef;
  verdict: VerdictSettings;
  dataDir: string;
  /** Where the results store and work files go. */
  dir: string;
}

/** The oracles the eval stage scores with (the analyzer and sandbox start on first use). */
export function openEvalOracles(
  verdict: VerdictSettings,
  judge: ChatProvider | undefined,
): Promise<OracleSet> {
  return openOracles({ judge, settings: verdict, lazy: true });
}

export const evalStage: Stage<EvalStageContext, "eval"> = {
  name: "eval",
  what: "evaluation of the configured models on the chosen suites",
  section: { key: "eval", schema: EvalSettingsSchema },
  parameters: (ctx) => {
    const e = ctx.settings;
    if (!e) return null;
    return {
      ...e,
      models: ctx.models.map((m) => [m.name, m.identity]),
      judge: ctx.judge?.identity ?? null,
      verdict: ctx.verdict,
      data_dir: ctx.dataDir,
    };
  },
  inputs: () => [],
  outputs: (ctx) => [ctx.dir],
  async run(ctx) {
    const e = ctx.settings;
    if (!e) return { counts: {}, notes: ["no eval section: skipped"] };
    await mkdir(ctx.dir, { recursive: true });
    const judge = ctx.judge?.provider();
    const store = await ResultsStore.open(join(ctx.dir, "results.db"));
    const oracleSet = await openEvalOracles(ctx.verdict, judge);
    const counts: Record<string, number> = {};
    const notes: string[] = [];
    try {
      for (const model of ctx.models) {
        const name = model.name;
        const results = await runEval({
          store,
          workDir: join(ctx.dir, "runs"),
          runId: name,
          suites: e.suites.map((s) => findSuite(s)!),
          dataDir: ctx.dataDir,
          languages: e.languages,
          limit: e.limit,
          samples: e.samples,
          answers: "model",
          provider: model.provider(),
          systemPrompt: e.system_prompt === "aligned" ? ALIGNED_SYSTEM_PROMPT : undefined,
          sampling: { temperature: e.samples > 1 ? 0.8 : 0, max_tokens: e.max_tokens },
          generateConcurrency: 16,
          oracles: oracleSet.oracles,
          quiet: ctx.quiet,
          parameters: {
            recipe: ctx.recipeName,
            dry_run: ctx.dryRun,
            suites: e.suites,
            limit: e.limit ?? null,
            severity: ctx.verdict.severity,
            judge_view: ctx.verdict.judge_view,
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

/** The eval part of the run's report (eval.html, eval.md) from the stage's results store, if it ran. */
export async function writeEvalReport(ctx: EvalStageContext, reportDir: string): Promise<string | undefined> {
  const e = ctx.settings;
  if (!e || !existsSync(join(ctx.dir, "results.db"))) return undefined;
  const store = await ResultsStore.open(join(ctx.dir, "results.db"));
  try {
    const title = `${ctx.dryRun ? "DRY RUN - scripted model, numbers mean nothing - " : ""}purpcode recipe ${ctx.recipeName}: evaluation`;
    const { html, markdown } = await buildReport(
      store,
      ctx.models.map((m) => m.name),
      { title },
    );
    await mkdir(reportDir, { recursive: true });
    await writeFileAtomic(join(reportDir, "eval.html"), html);
    await writeFileAtomic(join(reportDir, "eval.md"), (ctx.dryRun ? "**DRY RUN**\n\n" : "") + markdown);
    return join(reportDir, "eval.html");
  } finally {
    store.close();
  }
}
