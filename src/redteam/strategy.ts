import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { InputError } from "../core/errors.js";
import { describeIssues } from "../core/rows.js";

/**
 * Attack strategies are data: *how* to attack, separate from *what* (a rule, a seed, an ATT&CK technique).
 * One YAML or JSON file per strategy; users add their own by dropping a file into a directory.
 */

export const STRATEGY_KINDS = ["vul2prompt", "jailbreak", "multiturn", "benign"] as const;
export type StrategyKind = (typeof STRATEGY_KINDS)[number];

export const StrategySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and dashes"),
    /** vul2prompt: coding tasks from seeds; jailbreak: rewrites of a request; multiturn: escalating turns;
     *  benign: requests that must be answered. */
    kind: z.enum(STRATEGY_KINDS),
    name: z.string().min(1),
    description: z.string().min(1),
    /** Instruction to the generator; `{{name}}` placeholders are filled per item. */
    template: z.string().min(1),
  })
  .strict();
export type Strategy = z.infer<typeof StrategySchema>;

/** The strategies shipped with the package (the directory beside this module in src/, kept in the package). */
export const BUILTIN_STRATEGIES = fileURLToPath(new URL("../../src/redteam/strategies", import.meta.url));

export function loadStrategyFile(file: string): Strategy {
  let raw: unknown;
  try {
    const text = readFileSync(file, "utf8");
    raw = file.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new InputError(`cannot parse strategy: ${(err as Error).message}`, { file });
  }
  const parsed = StrategySchema.safeParse(raw);
  if (!parsed.success) throw new InputError(`invalid strategy: ${describeIssues(parsed.error)}`, { file });
  const stem = basename(file).replace(/\.(ya?ml|json)$/, "");
  if (stem !== parsed.data.id) {
    throw new InputError(`strategy id '${parsed.data.id}' does not match its file name '${stem}'`, { file });
  }
  return parsed.data;
}

/**
 * Loads the built-in strategies plus those in `userDirs`; a user file with a built-in id replaces it, so a
 * team can reword a strategy without forking the package. Sorted by kind, then id.
 */
export function loadStrategies(userDirs: string[] = [], builtin = BUILTIN_STRATEGIES): Strategy[] {
  const byId = new Map<string, Strategy>();
  for (const dir of [builtin, ...userDirs]) {
    if (!existsSync(dir)) throw new InputError("strategy directory not found", { file: dir });
    const files = readdirSync(dir)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort();
    for (const f of files) {
      const s = loadStrategyFile(join(dir, f));
      byId.set(s.id, s);
    }
  }
  return [...byId.values()].sort(
    (a, b) => STRATEGY_KINDS.indexOf(a.kind) - STRATEGY_KINDS.indexOf(b.kind) || a.id.localeCompare(b.id),
  );
}

/** Strategies of one kind, optionally restricted to the given ids (unknown ids are an error). */
export function pickStrategies(all: Strategy[], kind: StrategyKind, ids?: string[]): Strategy[] {
  const ofKind = all.filter((s) => s.kind === kind);
  if (!ids || ids.length === 0) return ofKind;
  return ids.map((id) => {
    const s = ofKind.find((x) => x.id === id);
    if (!s) {
      throw new InputError(
        `unknown ${kind} strategy '${id}'; known: ${ofKind.map((x) => x.id).join(", ") || "none"}`,
      );
    }
    return s;
  });
}

/** Fills `{{name}}` placeholders; a placeholder with no value is an error, never silently left in a prompt. */
export function fillTemplate(
  template: string,
  values: Record<string, string | number>,
  where = "template",
): string {
  return template.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_m, key: string) => {
    const v = values[key];
    if (v === undefined) throw new InputError(`${where}: no value for placeholder {{${key}}}`);
    return String(v);
  });
}
