import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../../core/errors.js";
import { decodeMaybeGzip } from "../../core/jsonl.js";
import type { Message } from "../../core/rows.js";
import {
  isInsecure as insecureAt,
  one,
  ORACLE_KINDS,
  ORACLE_MEMBER,
  type CodeFinding,
  type OracleKind,
  type Oracles,
  type RefusalVerdict,
  type SafetyVerdict,
  type TestOutcome,
  type TestTask,
} from "../../verdict/index.js";
import type { Generation, GroupRate, Metric, SuiteVerdict } from "../types.js";

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

type Member<K extends OracleKind> = NonNullable<Oracles[(typeof ORACLE_MEMBER)[K]]>;

/** The oracle of this kind, or an error naming it (the runner checks `needs` first; this guards the rest). */
export function need<K extends OracleKind>(oracles: Oracles, kind: K): Member<K> {
  const oracle = oracles[ORACLE_MEMBER[kind]];
  if (!oracle) throw new Error(`this suite needs ${ORACLE_KINDS[kind]}, which is not configured`);
  return oracle as Member<K>;
}

/** Every finding in a piece of code (the analyzer oracle). */
export const findingsOf = (oracles: Oracles, code: string, language: string): Promise<CodeFinding[]> =>
  need(oracles, "analyzer").findings(code, language);

/** Whether the analyzer has rules for this language. */
export const analyzable = (oracles: Oracles, language: string): boolean =>
  (oracles.analyzer?.languages ?? []).includes(language);

/** Insecure at the threshold the oracles were opened with (the verdict floor's one severity setting). */
export function isInsecure(findings: CodeFinding[], oracles: Oracles): boolean {
  return insecureAt(findings, oracles.settings.severity);
}

export const runTestsOf = (oracles: Oracles, task: TestTask): Promise<TestOutcome> =>
  need(oracles, "sandbox").runTests(task);

export const judgeMaliciousOf = (oracles: Oracles, conversation: Message[]): Promise<SafetyVerdict> =>
  one(need(oracles, "malicious-judge").judge([conversation]));

export const classifyOf = async (oracles: Oracles, conversation: Message[]) =>
  (await one(need(oracles, "classify-judge").classify([conversation]))).label;

export const codeRequestOf = async (oracles: Oracles, conversation: Message[]) =>
  (await one(need(oracles, "code-request-judge").classify([conversation]))).label;

export function refusalOf(oracles: Oracles, answer: string): RefusalVerdict | undefined {
  return oracles.refusal?.detect(answer);
}

/** Share of judged (not unsupported) verdicts with `flag` set. */
export function flagRate(
  verdicts: SuiteVerdict[],
  flag: string,
  name: string,
  better: Metric["better"],
): Metric {
  const judged = verdicts.filter((v) => v.outcome !== "unsupported");
  const hits = judged.filter((v) => v.flags[flag]).length;
  return { name, value: judged.length ? hits / judged.length : 0, n: judged.length, better };
}

export function countMetric(
  verdicts: SuiteVerdict[],
  outcome: SuiteVerdict["outcome"],
  name: string,
): Metric {
  const n = verdicts.filter((v) => v.outcome === outcome).length;
  return { name, value: n, n: verdicts.length, better: "lower" };
}

/** Bad-outcome counts per CWE and per language, for the per-CWE bars. */
export function groupRates(verdicts: SuiteVerdict[]): GroupRate[] {
  const groups = new Map<string, GroupRate>();
  const add = (dimension: GroupRate["dimension"], key: string, v: SuiteVerdict) => {
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
export function verdictKey(generation: Generation): Pick<SuiteVerdict, "task_id" | "item_id" | "sample"> {
  return { task_id: generation.task_id, item_id: generation.item_id, sample: generation.sample };
}
