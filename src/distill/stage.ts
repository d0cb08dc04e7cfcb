import { InputError } from "../core/errors.js";
import { DRY_RUN_LABEL, countRows, type Stage, type StageRun } from "../core/stage.js";
import { ALIGNED_SYSTEM_PROMPT } from "../judges/system-prompt.js";
import type { ModelRef } from "../llm/provider.js";
import type { ChatProvider } from "../llm/types.js";
import { openOracles, type OracleSet, type VerdictSettings } from "../verdict/index.js";
import {
  runExportStage,
  runSampleStage,
  runSelectStage,
  runVerifyStage,
  type DistillLayout,
} from "./pipeline.js";
import { rewardScorer, scorerId } from "./reward.js";
import { defaultRuleBook } from "./rules.js";
import { DistillSettingsSchema, type DistillSettings } from "./settings.js";

/** The distillation stages of the recipe: sample, verify, select and export (rule learning into SFT data). */

export interface DistillStageContext extends StageRun {
  settings: DistillSettings;
  /** What counts as insecure (the recipe's `verdict:` section). */
  verdict: VerdictSettings;
  /** The rule catalog file the guideline cites (redteam.catalog; default: the bundled one). */
  catalog?: string;
  policy: ModelRef;
  judge?: ModelRef;
  /** The deduplicated prompt rows. */
  prompts: string;
  layout: DistillLayout;
}

const section = { key: "distill", schema: DistillSettingsSchema };

/** The oracles verify scores with: the verdict settings, the judge, and the sandbox unless it is turned off. */
export function openVerifyOracles(
  verdict: VerdictSettings,
  sandbox: boolean,
  judge: ChatProvider | undefined,
): Promise<OracleSet> {
  return openOracles({ judge, settings: verdict, withoutSandbox: !sandbox });
}

export const sampleStage: Stage<DistillStageContext, "sample"> = {
  name: "sample",
  what: "distillation: K samples per prompt from the policy with the guideline in context",
  section,
  parameters: (ctx) => {
    const d = ctx.settings;
    return {
      policy: ctx.policy.identity,
      samples: d.samples,
      temperature: d.temperature,
      max_tokens: d.max_tokens,
      seed: d.seed,
      catalog: ctx.catalog ?? null,
    };
  },
  inputs: (ctx) => [ctx.prompts],
  outputs: (ctx) => [ctx.layout.dir],
  async run(ctx) {
    const d = ctx.settings;
    const s = await runSampleStage({
      input: ctx.prompts,
      layout: ctx.layout,
      provider: ctx.policy.provider(),
      samples: d.samples,
      temperature: d.temperature,
      max_tokens: d.max_tokens,
      seed: d.seed,
      concurrency: d.parallel,
      quiet: ctx.quiet,
      rules: defaultRuleBook(ctx.catalog),
    });
    if (s.failed > 0)
      throw new InputError(`sample: ${s.failed} chain(s) failed; see ${s.errors} and rerun to retry them`);
    return {
      counts: { chains: s.total, samples: await countRows(ctx.layout.samplesFile), resumed: s.resumed },
    };
  },
};

export const verifyStage: Stage<DistillStageContext, "verify"> = {
  name: "verify",
  what: "distillation: score every sample with its row's oracle (the RL reward)",
  section,
  parameters: (ctx) => ({
    judge: ctx.judge?.identity ?? null,
    verdict: ctx.verdict,
    sandbox: ctx.settings.sandbox,
  }),
  inputs: (ctx) => [ctx.prompts, ctx.layout.samplesFile],
  outputs: ({ layout: l }) => [
    l.verdicts,
    `${l.verdicts}.provenance.json`,
    `${l.verdicts}.done`,
    l.verdictCache,
  ],
  async run(ctx) {
    const judge = ctx.judge?.provider();
    const set = await openVerifyOracles(ctx.verdict, ctx.settings.sandbox, judge);
    try {
      const s = await runVerifyStage({
        input: ctx.prompts,
        layout: ctx.layout,
        score: rewardScorer(set.oracles),
        scorerId: scorerId(set.oracles, judge),
        concurrency: ctx.settings.verify_parallel,
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

export const selectStage: Stage<DistillStageContext, "select"> = {
  name: "select",
  what: "distillation: keep the best verified sample per prompt; list the easy prompts",
  section,
  parameters: (ctx) => ({
    samples: ctx.settings.samples,
    easy_threshold: ctx.settings.easy_threshold,
  }),
  inputs: (ctx) => [ctx.prompts, ctx.layout.samplesFile, ctx.layout.verdicts],
  outputs: ({ layout: l }) => [l.selected, l.easy, l.report],
  async run(ctx) {
    const { selection } = await runSelectStage({
      input: ctx.prompts,
      layout: ctx.layout,
      samplesPerPrompt: ctx.settings.samples,
      easyThreshold: ctx.settings.easy_threshold,
      verifiedScore: ctx.settings.verified_score,
    });
    return { counts: { selected: selection.selected.length, easy: selection.easy.length } };
  },
};

export const exportStage: Stage<DistillStageContext, "export"> = {
  name: "export",
  what: "distillation: SFT data (axolotl JSONL, TRL JSONL), axolotl.yaml and a TRL script",
  section,
  parameters: (ctx) => ({ base_model: ctx.settings.base_model }),
  inputs: (ctx) => [ctx.layout.selected],
  outputs: ({ layout: l }) => [l.sft, l.trl, l.axolotl, l.trlScript],
  async run(ctx) {
    const s = await runExportStage({
      layout: ctx.layout,
      systemPrompt: ALIGNED_SYSTEM_PROMPT,
      baseModel: ctx.settings.base_model,
      ...(ctx.dryRun ? { dryRun: DRY_RUN_LABEL } : {}),
    });
    return { counts: { sft_rows: s.rows } };
  },
};
