import type { Command } from "commander";

/** Every CLI verb is one module that adds its command to the program; order is the order in `--help`. */
export type VerbRegistrar = (program: Command) => void;

export async function loadVerbs(): Promise<VerbRegistrar[]> {
  // One verb per line, so branches that add verbs merge cleanly.
  const modules = await Promise.all([
    import("./config.js"),
    import("./analyze.js"),
    import("./rules.js"),
    import("./sandbox.js"),
    import("./judge.js"),
    import("./llm.js"),
    import("./rl.js"),
    import("./dev.js"),
    import("./eval.js"),
    import("./report.js"),
    import("./view.js"),
  ]);
  return modules.map((m) => m.register);
}
