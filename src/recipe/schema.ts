import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { ProviderConfigSchema, parseYamlWith, type KeyProblem } from "../core/config.js";
import { InputError } from "../core/errors.js";
import { providerFiles } from "../llm/identity.js";
import { findSuite } from "../eval/suites/index.js";
import { DistillSettingsSchema, SftSettingsSchema } from "../distill/settings.js";
import { EvalSettingsSchema } from "../eval/settings.js";
import { ExtraSetSchema, RedteamSettingsSchema, type RedteamSettings } from "../redteam/settings.js";
import { SHARED_TASK_FILES } from "../redteam/data-steps.js";
import { loadXscodeData } from "../redteam/xscode.js";
import { RlSettingsSchema } from "../rl/settings.js";
import { OPENRLHF_VERSIONS } from "../rl/launch/openrlhf.js";
import { VERL_VERSIONS } from "../rl/launch/verl-versions.js";
import { VerdictSettingsSchema } from "../verdict/settings.js";

/**
 * The recipe: one YAML file from rules to aligned-model data, training launch and evaluation. Defaults are the
 * paper's (K = 8 samples, soft codesec reward 0.8, GRPO n = 8, max roll factor 4, KL 0.001 low_var_kl, lr 5e-7).
 * Paths are relative to the directory the command runs in.
 */

export const RecipeSchema = z
  .object({
    version: z.literal(1).default(1),
    name: z.string().min(1).default("recipe"),
    /** Every stage writes under this directory. */
    run_dir: z.string().min(1),
    data_dir: z.string().default("../shared/data"),
    /**
     * Dry run: start the built-in OpenAI-protocol stand-in server with this scripted model and point every model
     * at it. Every output says DRY RUN. Delete this line to use the endpoints under `models:`.
     */
    dry_run: z
      .union([
        z.string().min(1),
        z
          .object({
            script: z.string().min(1),
            /** scripted (default): the script answers as the policy; tiny-gguf: a tiny GGUF model in-process. */
            policy: z.enum(["scripted", "tiny-gguf"]).default("scripted"),
          })
          .strict(),
      ])
      .optional()
      .transform((v) => (typeof v === "string" ? { script: v, policy: "scripted" as const } : v)),
    models: z.record(z.string().regex(/^[A-Za-z0-9_-]+$/), ProviderConfigSchema),
    /** The helpful-only model that writes red-teaming data. */
    generator: z.string().default("generator"),
    /** The model being aligned (distillation samples, evaluation). */
    policy: z.string().default("policy"),
    /** The judge for general-safety / noreject oracles and the judged eval suites. */
    judge: z.string().optional(),
    // Each stage owns its section (schema and defaults) in its own folder.
    redteam: RedteamSettingsSchema,
    extra_sets: z.array(ExtraSetSchema).default([]),
    /**
     * What counts as insecure and what a clean answer without code earns (severity MEDIUM, soft_codesec 0.8):
     * the same values reach distillation's verify, the reward service and the eval suites.
     */
    verdict: VerdictSettingsSchema.default(VerdictSettingsSchema.parse({})),
    distill: DistillSettingsSchema.default(DistillSettingsSchema.parse({})),
    sft: SftSettingsSchema.default(SftSettingsSchema.parse({})),
    rl: RlSettingsSchema.default(RlSettingsSchema.parse({})),
    eval: EvalSettingsSchema.optional(),
  })
  .strict();
export type Recipe = z.infer<typeof RecipeSchema>;

/** What the schema cannot see: named models exist, data paths exist, suites are known. */
function checkRecipe(r: Recipe): KeyProblem[] {
  const problems: KeyProblem[] = [];
  const model = (key: string, name: string | undefined) => {
    if (name !== undefined && !r.models[name])
      problems.push({
        path: [key],
        message: `no model '${name}' under models: (defined: ${Object.keys(r.models).join(", ") || "none"})`,
      });
  };
  model("generator", r.generator);
  model("policy", r.policy);
  model("judge", r.judge);
  if (!existsSync(r.data_dir))
    problems.push({ path: ["data_dir"], message: `no such folder: ${r.data_dir}` });
  if (r.dry_run && !existsSync(r.dry_run.script))
    problems.push({ path: ["dry_run"], message: `no such script file: ${r.dry_run.script}` });
  if (r.redteam.catalog && !existsSync(r.redteam.catalog))
    problems.push({ path: ["redteam", "catalog"], message: `no such file: ${r.redteam.catalog}` });
  r.redteam.strategies_dirs.forEach((d, i) => {
    if (!existsSync(d))
      problems.push({ path: ["redteam", "strategies_dirs", i], message: `no such folder: ${d}` });
  });
  if (r.redteam.vul2prompt && !r.redteam.rule2code && !r.redteam.seeds)
    problems.push({
      path: ["redteam", "vul2prompt"],
      message: "needs seeds: the rule2code step or seeds.from_code (real code)",
    });
  if (r.rl.preset && r.rl.weights)
    problems.push({
      path: ["rl", "preset"],
      message: "a preset sets the mix by objective: give preset or weights, not both",
    });
  problems.push(...checkDataSteps(r));
  r.extra_sets.forEach((s, i) => {
    if (!existsSync(s.file))
      problems.push({ path: ["extra_sets", i, "file"], message: `no such file: ${s.file}` });
  });
  // A dry run replaces every model with the stand-in, so their local files need not exist.
  if (!r.dry_run)
    for (const [name, m] of Object.entries(r.models))
      for (const [field, path] of Object.entries(providerFiles(m)))
        if (!existsSync(path))
          problems.push({ path: ["models", name, field], message: `no such file: ${path}` });
  if (!VERL_VERSIONS.some((v) => v.id === r.rl.verl_version || v.id === `v${r.rl.verl_version}`))
    problems.push({
      path: ["rl", "verl_version"],
      message: `unsupported verl version '${r.rl.verl_version}' (supported: ${VERL_VERSIONS.map((v) => v.id).join(", ")})`,
    });
  if (!OPENRLHF_VERSIONS.some((v) => v.id === r.rl.openrlhf_version.replace(/^v/, "")))
    problems.push({
      path: ["rl", "openrlhf_version"],
      message: `unsupported OpenRLHF version '${r.rl.openrlhf_version}' (supported: ${OPENRLHF_VERSIONS.map((v) => v.id).join(", ")})`,
    });
  r.eval?.suites.forEach((s, i) => {
    if (!findSuite(s)) problems.push({ path: ["eval", "suites", i], message: `unknown suite '${s}'` });
  });
  r.eval?.models?.forEach((name, i) => {
    if (!r.models[name])
      problems.push({ path: ["eval", "models", i], message: `no model '${name}' under models:` });
  });
  return problems;
}

/** The redteam data steps' files, the models they need and the XSCode CWEs the trigger data knows. */
function checkDataSteps(r: Recipe): KeyProblem[] {
  const problems: KeyProblem[] = [];
  const t: RedteamSettings = r.redteam;
  const files = (key: string[], list: string[]) =>
    list.forEach((f, i) => {
      if (!existsSync(f)) problems.push({ path: [...key, i], message: `no such file or folder: ${f}` });
    });
  if (t.seeds) files(["redteam", "seeds", "from_code"], t.seeds.from_code);
  if (t.utility) {
    files(["redteam", "utility", "files"], t.utility.files);
    t.utility.shared.forEach((src, i) => {
      const missing = SHARED_TASK_FILES[src].filter((f) => !existsSync(join(r.data_dir, f)));
      if (missing.length)
        problems.push({
          path: ["redteam", "utility", "shared", i],
          message: `the ${src} set is not under data_dir: ${missing.map((f) => join(r.data_dir, f)).join(", ")}`,
        });
    });
    if (t.utility.block_list && !existsSync(t.utility.block_list))
      problems.push({
        path: ["redteam", "utility", "block_list"],
        message: `no such file: ${t.utility.block_list}`,
      });
    if (t.utility.difficulty && !t.utility.verify)
      problems.push({
        path: ["redteam", "utility", "difficulty"],
        message: "the pass rate needs the sandbox: set verify: true (or drop difficulty)",
      });
  }
  if (t.secqa) files(["redteam", "secqa", "files"], t.secqa.files);
  if (t.xscode) {
    if (!r.judge)
      problems.push({
        path: ["redteam", "xscode"],
        message: "needs a judge model for its pre- and post-filters (judge: <name>, defined under models:)",
      });
    if (t.xscode.data && !existsSync(t.xscode.data))
      problems.push({ path: ["redteam", "xscode", "data"], message: `no such file: ${t.xscode.data}` });
    else {
      try {
        const known = loadXscodeData(t.xscode.data).triggers;
        t.xscode.cwes?.forEach((cwe, i) => {
          if (!known[cwe])
            problems.push({
              path: ["redteam", "xscode", "cwes", i],
              message: `no trigger keywords for ${cwe} (known: ${Object.keys(known).join(", ")})`,
            });
        });
      } catch (err) {
        problems.push({ path: ["redteam", "xscode", "data"], message: (err as Error).message });
      }
    }
  }
  return problems;
}

export function parseRecipe(text: string, file = "<recipe>"): Recipe {
  return parseYamlWith(RecipeSchema, text, file, "recipe", checkRecipe);
}

export async function loadRecipeFile(file: string): Promise<Recipe> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new InputError(`cannot read recipe: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
      file,
    });
  }
  return parseRecipe(text, file);
}
