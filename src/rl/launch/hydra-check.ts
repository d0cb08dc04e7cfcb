/**
 * Checks Hydra command-line overrides against a composed config the way Hydra and verl will on the cluster:
 * - `key=value` needs `key` to exist (Hydra's struct mode rejects unknown keys);
 * - `+key=value` needs `key` NOT to exist (Hydra refuses to "append" over an existing item), and verl must
 *   accept the addition: no node on the key's path may be a dataclass-backed section (`_target_`), because
 *   verl turns those into dataclasses and an unknown field fails there - unless the addition lands inside a
 *   free-form mapping that is empty by default (`engine_kwargs: {}` style);
 * - the value must suit the default's type (bool, number, list).
 */
export interface OverrideProblem {
  override: string;
  problem: string;
}

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `a.b.c` and the value text of one override; `+`/`++` prefixes reported separately. */
export function parseOverride(text: string): { prefix: "" | "+" | "++"; key: string; value: string } {
  const m = /^(\+\+|\+)?([A-Za-z_][\w.]*)=(.*)$/s.exec(text);
  if (!m) throw new Error(`not a key=value override: ${text}`);
  return { prefix: (m[1] ?? "") as "" | "+" | "++", key: m[2]!, value: m[3]! };
}

export function checkOverrides(config: Node, overrides: readonly string[]): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  for (const text of overrides) {
    const { prefix, key, value } = parseOverride(text);
    const path = key.split(".");
    let node: unknown = config;
    let dataclassAncestor: string | undefined;
    let depth = 0;
    for (; depth < path.length; depth++) {
      if (!isNode(node) || !(path[depth]! in node)) break;
      if ("_target_" in node) dataclassAncestor = path.slice(0, depth).join(".") || "<root>";
      node = node[path[depth]!];
    }
    const exists = depth === path.length;
    const report = (problem: string): void => void problems.push({ override: text, problem });
    if (prefix === "") {
      if (!exists) {
        report(`unknown key: ${path.slice(0, depth + 1).join(".")} is not in the config`);
        continue;
      }
      const typeProblem = valueProblem(node, value);
      if (typeProblem) report(typeProblem);
    } else if (prefix === "+") {
      if (exists) {
        report(`+${key}: the key already exists (Hydra cannot append over it; drop the +)`);
        continue;
      }
      const parent = node;
      const freeForm = depth === path.length - 1 && isNode(parent) && Object.keys(parent).length === 0;
      if (isNode(parent) && "_target_" in parent && !freeForm)
        report(
          `+${key}: ${path.slice(0, depth).join(".")} is a dataclass section; verl rejects unknown fields`,
        );
      else if (dataclassAncestor && !freeForm)
        report(`+${key}: inside the dataclass section ${dataclassAncestor}; verl rejects unknown fields`);
      else if (!isNode(parent))
        report(`+${key}: ${path.slice(0, depth).join(".")} is a value, not a section`);
    } else {
      report(`++${key}: forced overrides hide mistakes; not emitted by purpcode`);
    }
  }
  return problems;
}

function valueProblem(defaultValue: unknown, value: string): string | undefined {
  if (typeof defaultValue === "boolean" && !/^(true|false)$/i.test(value))
    return `expects a boolean, got ${value}`;
  if (typeof defaultValue === "number" && !Number.isFinite(Number(value)))
    return `expects a number, got ${value}`;
  if (Array.isArray(defaultValue) && !/^\[.*\]$/.test(value)) return `expects a list, got ${value}`;
  if (isNode(defaultValue) && Object.keys(defaultValue).length > 0)
    return `is a section, not a value (set its fields instead)`;
  return undefined;
}

/** Deep merge of `over` into `base` (a recipe config on top of `ppo_trainer`, as Hydra's defaults list does). */
export function composeConfig(base: Node, over: Node): Node {
  const out: Node = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (k === "defaults" || k === "hydra") continue;
    out[k] = isNode(v) && isNode(out[k]) ? composeConfig(out[k] as Node, v) : v;
  }
  return out;
}
