import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../core/errors.js";
import { ZERO3_FILE, trlScript, zero3Json } from "../distill/export.js";
import { distillLayout } from "../distill/pipeline.js";
import { AXOLOTL_DEFAULTS, axolotlPlan, launchScript, runScript, writeLaunch } from "../rl/launch/index.js";
import type { LaunchPlan } from "../rl/launch/index.js";
import type { RecipeContext, Stage } from "./stages.js";

/**
 * SFT -> RL: fine-tune the base model on the distillation output (axolotl by default, TRL as the alternative)
 * with the paper's hyper-parameters, so that RL starts from the SFT checkpoint as PurpCode does. The stage
 * writes every file its commands reference; it runs them only with `sft.execute` (and the engine installed).
 */

function sftDir(runDir: string): string {
  return join(runDir, "sft");
}

/** Where the fine-tuned model is written. */
export function sftModelDir(ctx: RecipeContext): string {
  return ctx.recipe.sft.output_dir ?? join(sftDir(ctx.runDir), "model");
}

/** The model GRPO starts from: rl.model if given, else the SFT output, else (SFT off) the base model. */
export function rlStartModel(ctx: RecipeContext): string {
  const r = ctx.recipe;
  return r.rl.model ?? (r.sft.enabled ? sftModelDir(ctx) : r.distill.base_model);
}

/** Whether the engine's Python package imports here (a launch is only executed where it does). */
export function engineInstalled(engine: string): boolean {
  try {
    execFileSync("python3", ["-c", `import ${engine}`], { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

function trlPlan(ctx: RecipeContext, dir: string): LaunchPlan {
  const s = ctx.recipe.sft;
  const d = distillLayout(join(ctx.runDir, "distill"));
  return {
    engine: "trl",
    engineVersion: "TRL (SFTTrainer, prompt/completion rows)",
    files: [
      {
        name: "train_sft_trl.py",
        content: trlScript({
          baseModel: ctx.recipe.distill.base_model,
          dataPath: d.trl,
          outputDir: sftModelDir(ctx),
          learningRate: s.learning_rate,
          epochs: s.epochs,
          sequenceLen: s.sequence_len,
          warmupSteps: s.warmup_steps,
        }),
      },
      { name: ZERO3_FILE, content: zero3Json() },
    ],
    steps: [
      {
        where: `the GPU node, in ${dir}`,
        what: `SFT with TRL on ${s.gpus_per_node} GPUs, DeepSpeed ZeRO-3`,
        command: `accelerate launch --num_processes ${s.gpus_per_node} train_sft_trl.py`,
      },
    ],
  };
}

export const sftStage: Stage = {
  name: "sft",
  what: "SFT on the distillation output (axolotl or TRL, ZeRO-3); RL starts from its checkpoint",
  parameters: (ctx) => ({
    ...ctx.recipe.sft,
    base_model: ctx.recipe.distill.base_model,
    dry_run: ctx.dryRun,
  }),
  inputs: (ctx) => {
    const d = distillLayout(join(ctx.runDir, "distill"));
    return ctx.recipe.sft.enabled ? [ctx.recipe.sft.engine === "trl" ? d.trl : d.sft] : [];
  },
  outputs: (ctx) => [sftDir(ctx.runDir)],
  async run(ctx) {
    const s = ctx.recipe.sft;
    const dir = sftDir(ctx.runDir);
    await mkdir(dir, { recursive: true });
    if (!s.enabled) {
      const note = `SFT off (sft.enabled: false): RL starts from ${rlStartModel(ctx)}`;
      await writeFile(join(dir, "NOTES.txt"), note + "\n");
      return { counts: { steps: 0, executed: 0 }, notes: [note] };
    }
    const d = distillLayout(join(ctx.runDir, "distill"));
    const plan =
      s.engine === "trl"
        ? trlPlan(ctx, dir)
        : axolotlPlan({
            ...AXOLOTL_DEFAULTS,
            model: ctx.recipe.distill.base_model,
            sftData: d.sft,
            outputDir: sftModelDir(ctx),
            gpusPerNode: s.gpus_per_node,
            sequenceLen: s.sequence_len,
            epochs: s.epochs,
            learningRate: s.learning_rate,
            warmupSteps: s.warmup_steps,
            deepspeedConfig: join(dir, ZERO3_FILE),
          });
    const title = `${ctx.dryRun ? "DRY RUN - " : ""}purpcode recipe ${ctx.recipe.name}: ${s.engine} SFT`;
    const script = await writeLaunch(plan, dir, launchScript(plan, title));
    const notes = [`SFT script: ${script}`, `RL starts from: ${sftModelDir(ctx)}`];
    let executed = 0;
    const python = s.engine === "trl" ? "trl" : "axolotl";
    if (s.execute && !ctx.dryRun) {
      if (!engineInstalled(python))
        notes.push(`not executed: the ${python} Python package is not installed here`);
      else {
        const code = await runScript(script, dir);
        if (code !== 0) throw new InputError(`SFT script exited with ${code}; see its output above`);
        executed = 1;
      }
    } else {
      notes.push(
        `${ctx.dryRun ? "not executed: dry run" : "not executed: sft.execute is false"}; ` +
          `to train: cd ${dir} && bash ${script}, then rerun the recipe from the launch stage`,
      );
    }
    await writeFile(join(dir, "NOTES.txt"), notes.join("\n") + "\n");
    return { counts: { steps: plan.steps.length, executed }, notes };
  },
};
