import { createHash } from "node:crypto";
import { errorMessage } from "../core/errors.js";
import { runJob, type JobSummary } from "../core/job.js";
import type { ConversationRow, Message } from "../core/rows.js";
import type { ChatProvider } from "../llm/types.js";

/**
 * What every generator shares: deterministic sampling seeds, answers parsed between explicit markers, and a
 * retry loop that tells a refusal from a malformed or truncated answer. A final failure is thrown as a
 * GenerationError whose message starts with its kind, so the job's errors file can be counted by kind.
 */

export const TASK_START = "=== TASK START ===";
export const TASK_END = "=== TASK END ===";

export const FAILURE_KINDS = [
  "refused",
  "no-markers",
  "truncated",
  "not-confirmed",
  "analyzer-error",
  "llm-error",
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export class GenerationError extends Error {
  constructor(
    readonly kind: FailureKind,
    detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = "GenerationError";
  }
}

/** The failure kind of an errors-file message (`llm-error` for anything not raised by a generator). */
export function failureKind(message: string): FailureKind {
  const kind = /^([a-z-]+):/.exec(message)?.[1];
  return (FAILURE_KINDS as readonly string[]).includes(kind ?? "") ? (kind as FailureKind) : "llm-error";
}

/** A 31-bit sampling seed from the item id, the attempt and the run's base seed: reruns ask the same. */
export function seedFor(id: string, attempt: number, base = 0): number {
  const digest = createHash("sha256").update(`${base}\u0000${id}\u0000${attempt}`).digest();
  return digest.readUInt32BE(0) & 0x7fffffff;
}

const REFUSAL = [
  /\bI(?:'m| am)\s+(?:sorry|afraid)\b/i,
  /\bI\s+(?:can(?:no|')t|cannot|won't|will not|must decline|am unable to|'m unable to|am not able to)\b[^.\n]{0,80}\b(?:help|assist|provide|create|write|comply|fulfil|do that|generate)/i,
  /\bas an AI\b/i,
  /\b(?:not|never) (?:able|going) to (?:help|assist) with\b/i,
];

/** A refusal by the generator: refusing wording and no marked answer. */
export function looksLikeRefusal(text: string): boolean {
  const head = text.slice(0, 600);
  return REFUSAL.some((re) => re.test(head));
}

export type Marked = { ok: true; blocks: string[] } | { ok: false; kind: "no-markers" | "truncated" };

/** The texts between TASK markers; an opened block that never closes is a truncated answer. */
export function extractMarked(text: string): Marked {
  const blocks: string[] = [];
  let rest = text;
  for (;;) {
    const start = rest.indexOf(TASK_START);
    if (start < 0) break;
    const after = rest.slice(start + TASK_START.length);
    const end = after.indexOf(TASK_END);
    if (end < 0) return { ok: false, kind: "truncated" };
    const body = after.slice(0, end).trim();
    if (body) blocks.push(body);
    rest = after.slice(end + TASK_END.length);
  }
  return blocks.length ? { ok: true, blocks } : { ok: false, kind: "no-markers" };
}

export interface GenerationSettings {
  /** Attempts per answer before the item is given up (default 3). */
  attempts?: number;
  temperature?: number;
  maxTokens?: number;
  /** Base of the deterministic sampling seeds. */
  seed?: number;
}

export interface Attempted<T> {
  value: T;
  text: string;
  /** 1-based number of the attempt that succeeded. */
  attempts: number;
}

/**
 * Asks until `parse` accepts an answer or the attempts are spent. `parse` returns a value or a failure kind;
 * attempt k uses sample index k and its own seed, so retries are distinct requests (and distinct cache
 * entries), while a rerun repeats exactly the same requests.
 */
export async function askUntil<T>(
  provider: ChatProvider,
  messages: Message[],
  id: string,
  settings: GenerationSettings,
  parse: (text: string, finishReason: string | null) => { value: T } | { kind: FailureKind; detail?: string },
): Promise<Attempted<T>> {
  const attempts = settings.attempts ?? 3;
  const seen: string[] = [];
  let last: { kind: FailureKind; detail?: string } = { kind: "llm-error" };
  for (let attempt = 0; attempt < attempts; attempt++) {
    let text: string;
    let finish: string | null;
    try {
      const response = await provider.chat({
        messages,
        sampleIndex: attempt,
        seed: seedFor(id, attempt, settings.seed),
        temperature: settings.temperature ?? 0.8,
        max_tokens: settings.maxTokens,
      });
      text = response.text;
      finish = response.finishReason;
    } catch (err) {
      last = { kind: "llm-error", detail: errorMessage(err) };
      seen.push(last.kind);
      continue;
    }
    const result = parse(text, finish);
    if ("value" in result) return { value: result.value, text, attempts: attempt + 1 };
    last = result;
    seen.push(result.kind);
  }
  throw new GenerationError(
    last.kind,
    `${attempts} attempt(s) failed [${seen.join(", ")}]${last.detail ? `; last: ${last.detail.slice(0, 200)}` : ""}`,
  );
}

/** Parser for answers that carry their result between TASK markers (`min`..`max` blocks). */
export function markedParser(min = 1, max = 1) {
  return (
    text: string,
    finishReason: string | null,
  ): { value: string[] } | { kind: FailureKind; detail?: string } => {
    const marked = extractMarked(text);
    if (marked.ok) {
      if (marked.blocks.length < min)
        return { kind: "no-markers", detail: `${marked.blocks.length} block(s), need ${min}` };
      return { value: marked.blocks.slice(0, max) };
    }
    if (marked.kind === "truncated" || finishReason === "length") return { kind: "truncated" };
    return { kind: looksLikeRefusal(text) ? "refused" : "no-markers", detail: text.slice(0, 120) };
  };
}

/** Provenance every generated row carries in `meta`. */
export interface RowProvenance {
  stage: "rule2code" | "vul2prompt" | "malevent" | "benign";
  /** The job item that produced the row (what a rerun skips). */
  item: string;
  seed_id: string;
  strategy?: string;
  rule?: string;
  cwe?: string[];
  technique?: string;
  generator?: string;
  attempts?: number;
  seed?: number;
}

export function provenance(p: RowProvenance, provider?: ChatProvider): Record<string, unknown> {
  return { ...p, ...(provider ? { generator: provider.model, generator_id: provider.id } : {}) };
}

/** Output-row id used by runJob to know which item a row completes. */
export const itemOf = (row: ConversationRow): string => {
  const item = row.meta?.item;
  if (typeof item !== "string") throw new Error(`row ${row.task_id} has no meta.item`);
  return item;
};

/** Makes a string safe inside a task id (no spaces or colons). */
export const idPart = (s: string) => s.replace(/[\s:]+/g, "_");

/** Where a generation step's job writes, and how it runs. */
export interface JobIo {
  output: string;
  concurrency?: number;
  quiet?: boolean;
  parameters?: Record<string, unknown>;
  inputFiles?: string[];
}

/**
 * One red-teaming generation step as a resumable job (`redteam <step>`): its rows keyed by item id, and the
 * parameters every step records (generator, attempts, seed) plus the step's own.
 */
export function runGenerationJob<I>(
  step: string,
  items: I[],
  itemId: (item: I) => string,
  options: JobIo & GenerationSettings & { provider: ChatProvider },
  own: Record<string, unknown>,
  work: (item: I) => Promise<ConversationRow | ConversationRow[]>,
): Promise<JobSummary> {
  return runJob<I, ConversationRow>({
    name: `redteam ${step}`,
    input: items,
    total: items.length,
    output: options.output,
    id: itemId,
    outputId: itemOf,
    concurrency: options.concurrency ?? 8,
    quiet: options.quiet,
    inputFiles: options.inputFiles,
    parameters: {
      generator: options.provider.id,
      ...own,
      attempts: options.attempts ?? 3,
      seed: options.seed ?? 0,
      ...options.parameters,
    },
    work,
  });
}
