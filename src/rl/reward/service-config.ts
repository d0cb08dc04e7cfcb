import { readFile } from "node:fs/promises";
import { z } from "zod";
import { ProviderConfigSchema, parseYamlWith } from "../../core/config.js";
import { InputError } from "../../core/errors.js";
import { VerdictSettingsSchema } from "../../verdict/settings.js";

/**
 * The reward service's configuration file (`purpcode rl reward-serve --service-config <file>`): what a stage that
 * starts the service (the recipe's launch) hands it whole, so a judge provider's every setting (api_key_env, the
 * pool's endpoints, concurrency, cache, retries) and the verdict settings arrive as configured, not re-flattened
 * into flags. Flags given beside the file win.
 */
export const RewardServiceConfigSchema = z
  .object({
    version: z.literal(1).default(1),
    verdict: VerdictSettingsSchema.default(VerdictSettingsSchema.parse({})),
    /** The judge for general-safety / noreject / reject rows; absent: those rows are refused (422). */
    judge: ProviderConfigSchema.optional(),
    judge_concurrency: z.number().int().positive().default(128),
    analyzer_threads: z.number().int().min(0).optional(),
    /** Run correctness rows in the bubblewrap sandbox (off: those rows are refused). */
    sandbox: z.boolean().default(true),
    sandbox_concurrency: z.number().int().positive().optional(),
  })
  .strict();
export type RewardServiceConfig = z.infer<typeof RewardServiceConfigSchema>;

export async function loadRewardServiceConfig(file: string): Promise<RewardServiceConfig> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new InputError(`cannot read reward service config: ${(err as NodeJS.ErrnoException).code ?? err}`, {
      file,
    });
  }
  return parseYamlWith(RewardServiceConfigSchema, text, file, "reward service config");
}
