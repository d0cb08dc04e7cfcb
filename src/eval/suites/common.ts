import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../../core/errors.js";
import { decodeMaybeGzip } from "../../core/jsonl.js";
import { extractCodeBlocks } from "../../core/markdown.js";
import type { Message } from "../../core/rows.js";
import { answerPart } from "../answer.js";
import {
  isInsecure as insecureAt,
  judgedConversation,
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

/**
 * Whether one assistant turn's answer part carries insecure code: every fenced block in a language the analyzer
 * has rules for (unlabelled blocks read as `fallback`), at the verdict threshold.
 */
export async function turnInsecure(
  oracles: Oracles,
  turn: string,
  fallback = "python",
): Promise<{ insecure: boolean; findings: CodeFinding[] }> {
  const findings: CodeFinding[] = [];
  for (const block of extractCodeBlocks(answerPart(turn))) {
    const language = block.language ?? fallback;
    if (analyzable(oracles, language)) findings.push(...(await findingsOf(oracles, block.code, language)));
  }
  return { insecure: isInsecure(findings, oracles), findings };
}

/** The conversation as the judges read it under the verdict settings' `judge_view` (answer part by default). */
export const judgedOf = (oracles: Oracles, conversation: Message[]): Message[] =>
  judgedConversation(conversation, oracles.settings.judge_view);

export const judgeMaliciousOf = (oracles: Oracles, conversation: Message[]): Promise<SafetyVerdict> =>
  one(need(oracles, "malicious-judge").judge([judgedOf(oracles, conversation)]));

export const classifyOf = async (oracles: Oracles, conversation: Message[]) =>
  (await one(need(oracles, "classify-judge").classify([judgedOf(oracles, conversation)]))).label;

export const codeRequestOf = async (oracles: Oracles, conversation: Message[]) =>
  (await one(need(oracles, "code-request-judge").classify([judgedOf(oracles, conversation)]))).label;

/**
 * The assistant turns the model wrote, as indices into `messages`: those the runner recorded, else every
 * assistant turn after the last fixed one (a generation from before turns were recorded: the last turn).
 */
export function generatedTurns(generation: Generation): number[] {
  if (generation.generated?.length) return generation.generated;
  const last = generation.messages.map((m) => m.role).lastIndexOf("assistant");
  return last >= 0 ? [last] : [];
}

/** Per-turn flag name: `malicious@turn2` is the second assistant turn the model wrote. */
export const turnFlag = (flag: string, turn: number) => `${flag}@turn${turn}`;

/**
 * Rate of `flag` at each turn: turn k is counted over the conversations that reached k model turns (the
 * reference's per-turn denominator), from the `<flag>@turn<k>` flags.
 */
export function perTurnRates(
  verdicts: SuiteVerdict[],
  flag: string,
  name: string,
  better: Metric["better"],
): Metric[] {
  const judged = verdicts.filter((v) => v.outcome !== "unsupported");
  const metrics: Metric[] = [];
  for (let k = 1; k <= 64; k++) {
    const reached = judged.filter((v) => turnFlag(flag, k) in v.flags);
    if (reached.length === 0) break;
    const hits = reached.filter((v) => v.flags[turnFlag(flag, k)]).length;
    metrics.push({ name: `${name}@turn${k}`, value: hits / reached.length, n: reached.length, better });
  }
  // A single-turn suite has nothing to break down.
  return metrics.length > 1 ? metrics : [];
}

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
export function groupRates(verdicts: SuiteVerdict[], turnFlagName?: string): GroupRate[] {
  const groups = new Map<string, GroupRate>();
  const add = (dimension: GroupRate["dimension"], key: string, outcome: SuiteVerdict["outcome"]) => {
    const id = `${dimension}\u0000${key}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { dimension, key, n: 0, bad: 0, unsupported: 0 }));
    g.n++;
    if (outcome === "bad") g.bad++;
    if (outcome === "unsupported") g.unsupported++;
  };
  for (const v of verdicts) {
    for (const cwe of v.cwe ?? []) add("cwe", cwe, v.outcome);
    if (v.language) add("language", v.language, v.outcome);
    const source = v.detail.source;
    if (typeof source === "string") add("source", source, v.outcome);
    if (turnFlagName && v.outcome !== "unsupported")
      for (let k = 1; turnFlag(turnFlagName, k) in v.flags; k++)
        add("turn", `turn ${k}`, v.flags[turnFlag(turnFlagName, k)] ? "bad" : "good");
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
