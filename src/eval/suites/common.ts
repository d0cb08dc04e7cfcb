import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../../core/errors.js";
import { decodeMaybeGzip } from "../../core/jsonl.js";
import type { CodeFinding, EvalOracles, RefusalVerdict } from "../oracles.js";
import { INSECURE_SEVERITIES } from "../oracles.js";
import type { Generation, GroupRate, Metric, OracleKind, Verdict } from "../types.js";

/** Reads a data file under the data folder, with an error that says where the data was expected. */
export function readDataFile(dataDir: string, relative: string): string {
  const file = join(dataDir, relative);
  if (!existsSync(file))
    throw new InputError(`benchmark data not found: ${file}`, {
      hint: "pass --data <dir> pointing at a folder with the public data sets (see ../shared/data/README.md)",
    });
  return decodeMaybeGzip(readFileSync(file), file);
}

export function readDataJson<T>(dataDir: string, relative: string): T {
  const text = readDataFile(dataDir, relative);
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new InputError(`not valid JSON: ${(err as Error).message}`, { file: join(dataDir, relative) });
  }
}

export function need<K extends keyof EvalOracles>(
  oracles: EvalOracles,
  key: K,
  kind: OracleKind,
): NonNullable<EvalOracles[K]> {
  const fn = oracles[key];
  if (!fn) throw new Error(`this suite needs the ${kind} oracle, which is not configured`);
  return fn as NonNullable<EvalOracles[K]>;
}

export function isInsecure(findings: CodeFinding[]): boolean {
  return findings.some((f) => INSECURE_SEVERITIES.includes(f.severity.toUpperCase()));
}

export function refusalOf(oracles: EvalOracles, answer: string): RefusalVerdict | undefined {
  return oracles.detectRefusal?.(answer);
}

/** Share of judged (not unsupported) verdicts with `flag` set. */
export function flagRate(verdicts: Verdict[], flag: string, name: string, better: Metric["better"]): Metric {
  const judged = verdicts.filter((v) => v.outcome !== "unsupported");
  const hits = judged.filter((v) => v.flags[flag]).length;
  return { name, value: judged.length ? hits / judged.length : 0, n: judged.length, better };
}

export function countMetric(verdicts: Verdict[], outcome: Verdict["outcome"], name: string): Metric {
  const n = verdicts.filter((v) => v.outcome === outcome).length;
  return { name, value: n, n: verdicts.length, better: "lower" };
}

/** Bad-outcome counts per CWE and per language, for the per-CWE bars. */
export function groupRates(verdicts: Verdict[]): GroupRate[] {
  const groups = new Map<string, GroupRate>();
  const add = (dimension: GroupRate["dimension"], key: string, v: Verdict) => {
    const id = `${dimension}\u0000${key}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { dimension, key, n: 0, bad: 0, unsupported: 0 }));
    g.n++;
    if (v.outcome === "bad") g.bad++;
    if (v.outcome === "unsupported") g.unsupported++;
  };
  for (const v of verdicts) {
    for (const cwe of v.cwe ?? []) add("cwe", cwe, v);
    if (v.language) add("language", v.language, v);
  }
  return [...groups.values()].sort(
    (a, b) => a.dimension.localeCompare(b.dimension) || a.key.localeCompare(b.key),
  );
}

export function normaliseCwe(raw: string | number): string {
  const digits = String(raw).replace(/^CWE-?/i, "");
  return `CWE-${Number(digits)}`;
}

/** The fields a verdict copies from the generation it judges. */
export function verdictKey(generation: Generation): Pick<Verdict, "task_id" | "item_id" | "sample"> {
  return { task_id: generation.task_id, item_id: generation.item_id, sample: generation.sample };
}
