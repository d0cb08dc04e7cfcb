import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { loadRecipeFile } from "../recipe/schema.js";
import { DRY_RUN_LABEL, runRecipe, runStatus } from "../recipe/run.js";
import { STAGES, type StageName } from "../recipe/stages.js";
import { globalOptions, info, printJson } from "./context.js";

function stageName(value: string): StageName {
  if (!(STAGES as readonly string[]).includes(value))
    throw new InvalidArgumentError(`unknown stage '${value}' (stages: ${STAGES.join(", ")})`);
  return value as StageName;
}

/** `purpcode recipe run|status`: the whole method, rules to aligned-model data, launch and evaluation. */
export function register(program: Command): void {
  const recipe = program
    .command("recipe")
    .description("run the whole recipe from one YAML file: red-teaming, distillation, RL data, launch, eval");

  recipe
    .command("run")
    .description("run the recipe's stages in order, skipping those whose inputs and parameters are unchanged")
    .argument("<recipe>", "recipe YAML (see examples/quickstart/recipe.yaml)")
    .option("--from <stage>", "rerun this stage and every later one", stageName)
    .option("--only <stage>", "rerun only this stage (the earlier ones must have finished)", stageName)
    .option("--until <stage>", "stop after this stage (e.g. dedup: the red-teaming sets alone)", stageName)
    .action(
      async (file: string, opts: { from?: StageName; only?: StageName; until?: StageName }, cmd: Command) => {
        const globals = globalOptions(cmd);
        // The whole recipe is validated here, before any stage runs.
        const recipe = await loadRecipeFile(file);
        const log = (line: string) => info(globals, line);
        const summary = await runRecipe(recipe, {
          file,
          from: opts.from,
          only: opts.only,
          until: opts.until,
          quiet: globals.quiet,
          log,
        });
        if (globals.json) {
          printJson({
            dry_run: summary.dryRun,
            run_dir: summary.runDir,
            report: summary.report,
            ran: summary.ran,
            skipped: summary.skipped,
          });
          return;
        }
        const evalHtml = join(dirname(summary.report), "eval.html");
        const banner = summary.dryRun ? `${DRY_RUN_LABEL}\n` : "";
        process.stdout.write(
          `${banner}recipe ${recipe.name}: ran ${summary.ran.join(", ") || "nothing"}; skipped ${summary.skipped.join(", ") || "nothing"}\n` +
            `artifacts: ${summary.runDir}\nreport:    ${summary.report}\n` +
            (existsSync(evalHtml) ? `eval:      ${evalHtml}\n` : ""),
        );
      },
    );

  recipe
    .command("status")
    .description("each stage's state and counts in a run directory")
    .argument("<run-dir>", "the recipe's run_dir")
    .action((dir: string, _opts: unknown, cmd: Command) => {
      const globals = globalOptions(cmd);
      const status = runStatus(dir);
      if (globals.json) {
        printJson({ name: status.state.name, dry_run: status.state.dry_run, stages: status.stages });
        return;
      }
      const out = [`recipe ${status.state.name}${status.state.dry_run ? ` - ${DRY_RUN_LABEL}` : ""}`];
      for (const s of status.stages)
        out.push(
          `${s.name.padEnd(8)} ${s.state.padEnd(11)} ${Object.entries(s.counts)
            .map(([k, v]) => `${k} ${v}`)
            .join(", ")}`,
        );
      process.stdout.write(out.join("\n") + "\n");
    });
}
