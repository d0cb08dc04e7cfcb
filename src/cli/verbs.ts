import type { Command } from "commander";

/** Every CLI verb is one module that adds its command to the program; order is the order in `--help`. */
export type VerbRegistrar = (program: Command) => void;

export async function loadVerbs(): Promise<VerbRegistrar[]> {
  const modules = await Promise.all([import("./config.js"), import("./analyze.js"), import("./rules.js")]);
  return modules.map((m) => m.register);
}
