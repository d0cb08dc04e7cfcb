import type { Command } from "commander";
import { bundleIsCurrent } from "../core/bundle.js";
import { fileURLToPath } from "node:url";

/** Every CLI verb is one module that adds its command to the program; order is the order in `--help`. */
export type VerbRegistrar = (program: Command) => void;

/**
 * The verbs and where they live, one per line so branches that add verbs merge cleanly. Modules load lazily:
 * `purpcode analyze` imports the analyzer alone, not the LLM SDK or the config schema of every stage, which
 * kept a quarter of a second of start-up off each call (scripts and CI call the CLI per file set).
 */
export const VERBS: Record<string, () => Promise<{ register: VerbRegistrar }>> = {
  // The main job: every stage from rules to training launch and evaluation.
  recipe: () => import("./recipe.js"),
  // Oracles.
  analyze: bundled("analyze", () => import("./analyze.js")),
  rules: bundled("rules", () => import("./rules.js")),
  sandbox: () => import("./sandbox.js"),
  judge: () => import("./judge.js"),
  // Pipeline stages, in data-flow order.
  redteam: () => import("./redteam.js"),
  distill: () => import("./distill.js"),
  rl: () => import("./rl.js"),
  eval: () => import("./eval.js"),
  report: () => import("./report.js"),
  view: () => import("./view.js"),
  // Models, configuration and developer tools.
  llm: () => import("./llm.js"),
  config: () => import("./config.js"),
  dev: () => import("./dev.js"),
};

/**
 * The analyzer's verbs from the build's bundle (scripts/bundle.mjs) when there is one: loading its ~350 modules
 * one by one cost about 0.3 s of CPU per call. Running from sources (tsx, vitest) there is none.
 */
function bundled(
  name: string,
  plain: () => Promise<{ register: VerbRegistrar }>,
): () => Promise<{ register: VerbRegistrar }> {
  return () => {
    const url = new URL(`../bundle/${name}.js`, import.meta.url);
    const compiled = import.meta.url.endsWith(".js") && url.protocol === "file:";
    return compiled &&
      bundleIsCurrent(fileURLToPath(url), fileURLToPath(new URL(`./${name}.js`, import.meta.url)))
      ? (import(url.href) as Promise<{ register: VerbRegistrar }>)
      : plain();
  };
}

/** Global options that take a value, so their value is not mistaken for the verb. */
const VALUED_GLOBALS = new Set(["-c", "--config"]);

/** The verb named on the command line, if any (`purpcode --json analyze x.py` -> "analyze"). */
export function requestedVerb(argv: string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i]!;
    if (VALUED_GLOBALS.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith("-")) continue;
    return arg;
  }
  return undefined;
}

/** The registrars to load: just the named verb when it is known, otherwise all (help, errors, completion). */
export async function loadVerbs(argv: string[] = []): Promise<VerbRegistrar[]> {
  const verb = requestedVerb(argv);
  const names = verb !== undefined && verb in VERBS ? [verb] : Object.keys(VERBS);
  const modules = await Promise.all(names.map((name) => VERBS[name]!()));
  return modules.map((m) => m.register);
}
