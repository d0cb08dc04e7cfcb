import type { Command } from "commander";
import { stringify } from "yaml";
import { readFileSync } from "node:fs";
import { applyOverrides, isRecipeText, loadConfig } from "../core/config.js";
import { loadRecipeFile } from "../recipe/schema.js";
import { globalOptions, info, printJson } from "./context.js";

export function register(program: Command): void {
  const config = program.command("config").description("validate and print configuration");
  config
    .command("check")
    .description(
      "validate a config file (or a recipe: all of it) and print the resolved config (defaults filled in)",
    )
    .argument("[file]", "config file (default: --config)")
    .option("--set <key=value...>", "override a key, e.g. models.judge.concurrency=64", [])
    .action(async (file: string | undefined, opts: { set: string[] }, cmd: Command) => {
      const globals = globalOptions(cmd);
      const path = file ?? globals.config;
      const loaded = await loadConfig(path);
      // A recipe is checked whole (every stage section), as `recipe run` would before its first stage.
      if (path && isRecipeText(readFileSync(path, "utf8"))) await loadRecipeFile(path);
      const resolved = applyOverrides(loaded.config, opts.set);
      if (globals.json) printJson(resolved);
      else process.stdout.write(stringify(resolved));
      info(globals, `${loaded.file ?? "(defaults)"}: ok`);
    });
}
