import { Command, CommanderError, Option } from "commander";
import { PurpcodeError, errorMessage } from "../core/errors.js";
import { TOOL_VERSION } from "../core/version.js";
import { globalOptions } from "./context.js";
import { loadVerbs } from "./verbs.js";

export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command("purpcode")
    .description(
      "Make coding LLMs cybersafe: oracles, red-teaming data, rule learning, RL rewards and evaluation.",
    )
    .version(TOOL_VERSION)
    .addOption(new Option("-c, --config <file>", "recipe/config YAML file (CLI flags override it)"))
    .addOption(new Option("-v, --verbose", "more diagnostics on stderr").conflicts("quiet"))
    .addOption(new Option("-q, --quiet", "only errors on stderr"))
    .addOption(new Option("--json", "machine-readable output on stdout where it makes sense"))
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  for (const register of await loadVerbs(argv)) register(program);
  // Every subcommand inherits the override so parse errors reach `main` instead of exiting the process.
  const inherit = (cmd: Command): void => {
    for (const sub of cmd.commands) {
      sub.exitOverride().showHelpAfterError("(run with --help for usage)");
      inherit(sub);
    }
  };
  inherit(program);
  // Retries are shown as they happen (unless --quiet): silent backoff on a dead endpoint looks like a hang.
  // The retry module pulls in the OpenAI SDK, so verbs that never call a model do not load it (about 0.1 s of
  // CPU per `purpcode analyze` call).
  program.hook("preAction", async (_root, action) => {
    let verb: Command = action;
    while (verb.parent && verb.parent !== program) verb = verb.parent;
    if (NO_MODEL_VERBS.has(verb.name())) return;
    const { formatRetry, setRetryListener } = await import("../llm/retry.js");
    if (globalOptions(action).quiet) return setRetryListener(undefined);
    const shown = new Map<string, number>();
    setRetryListener((notice) => {
      // Many requests in flight retry together: one line per (attempt, reason, endpoint) a second is enough.
      const line = formatRetry(notice);
      const now = Date.now();
      if ((shown.get(line) ?? 0) > now - 1000) return;
      shown.set(line, now);
      if (shown.size > 1000) shown.clear();
      process.stderr.write(line + "\n");
    });
  });
  return program;
}

/** Verbs that never call a model. */
const NO_MODEL_VERBS = new Set(["analyze", "rules"]);

/** Runs the CLI and returns the process exit code (0 ok, 1 check failed, 2 usage/input error). */
export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram(argv);
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version are "errors" in commander's model; they are successes for the user.
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version") return 0;
      if (err.code === "commander.help") return 0;
      return 2;
    }
    if (err instanceof PurpcodeError) {
      process.stderr.write(`purpcode: error: ${err.message}\n`);
      if (err.hint) process.stderr.write(`hint: ${err.hint}\n`);
      return err.exitCode;
    }
    process.stderr.write(`purpcode: unexpected error: ${errorMessage(err)}\n`);
    if (err instanceof Error && err.stack && process.env.PURPCODE_DEBUG)
      process.stderr.write(err.stack + "\n");
    return 1;
  }
}
