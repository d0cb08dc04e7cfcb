import type { Command } from "commander";
import { loadConfig } from "../core/config.js";
import { REDTEAM_DEFAULTS } from "../redteam/settings.js";
import { loadXscodeData, runXscode } from "../redteam/xscode.js";
import { globalOptions, info, printJson } from "./context.js";
import { addProviderOptions, positiveInt, providerFromOptions } from "./provider-options.js";

const list = (value: string): string[] =>
  value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** `purpcode redteam xscode`: XSCode-style over-refusal prompts (generate, dedup, judge pre- and post-filter). */
export function registerXscode(redteam: Command): void {
  addProviderOptions(
    addProviderOptions(
      redteam
        .command("xscode")
        .description(
          "XSCode-style over-refusal prompts from per-CWE trigger keywords: generate (never asking for safe code), " +
            "MinHash dedup, judge pre-filter (ten checks) and post-filter (resumable)",
        )
        .requiredOption("-o, --out <file>", "kept rows (JSONL); stage files and <out>.report.json beside it")
        .option("--cwes <ids>", "only these CWEs (comma-separated)", list)
        .option(
          "--data <file>",
          "trigger keywords, forbidden phrases and filter checks (default: the shipped YAML)",
        )
        .option(
          "--threshold <j>",
          "dedup threshold (estimated Jaccard)",
          Number,
          REDTEAM_DEFAULTS.xscode.threshold,
        )
        .option("--attempts <n>", "generation attempts per keyword", positiveInt, 3)
        .option("--temperature <t>", "generator sampling temperature", Number, 0.8)
        .option("--parallel <n>", "items in flight", positiveInt, 8),
    ),
    "judge",
  ).action(async (opts: Record<string, unknown>, cmd: Command) => {
    const globals = globalOptions(cmd);
    const { config } = await loadConfig(globals.config);
    const generator = providerFromOptions(config, opts);
    const judge = providerFromOptions(config, opts, "judge");
    try {
      const result = await runXscode({
        generator,
        judge,
        out: opts.out as string,
        data: loadXscodeData(opts.data as string | undefined),
        cwes: opts.cwes as string[] | undefined,
        threshold: opts.threshold as number,
        attempts: opts.attempts as number,
        temperature: opts.temperature as number,
        concurrency: opts.parallel as number,
        quiet: globals.quiet || globals.json,
      });
      if (globals.json) printJson(result);
      else
        info(
          globals,
          `xscode: ${result.generated} generated (${result.generation_failed} given up), ${result.removed_duplicates} ` +
            `near-duplicates, ${result.rejected.prefilter} failed the pre-filter, ${result.rejected.postfilter} the ` +
            `post-filter; ${result.kept} kept -> ${result.output}`,
        );
    } finally {
      await generator.close?.();
      await judge.close?.();
    }
  });
}
