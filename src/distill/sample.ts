import type { ConversationRow, Message, OracleName } from "../core/rows.js";
import { sampleId, turnId } from "../core/rows.js";
import type { ChatProvider, SamplingParams } from "../llm/types.js";
import { buildGuideline, type RuleBook } from "./guideline.js";
import { reformat, type ParseFailure } from "./reformat.js";
import { DISTILL_DEFAULTS } from "./settings.js";

/**
 * Sampling: K samples per prompt from the model being aligned, with the guideline in context. A multi-turn row
 * is expanded turn by turn: sample k of turn t+1 continues sample k of turn t, with the model's own earlier
 * answer (answer part only) in the history. So sample k of a row is a chain, the unit of work and of resuming.
 */

export const DEFAULT_SAMPLES = DISTILL_DEFAULTS.samples;
export const DEFAULT_TEMPERATURE = 0.8;

export type SampleStatus =
  /** Parsed into the three sections and reformatted. */
  | "ok"
  /** The model's text did not have the three sections. */
  | "unparsed"
  /** Not drawn: an earlier turn of its chain did not parse, so there is no history to continue. */
  | "cut";

/** One sample of one prompt (a single-turn row, or one prefix of a multi-turn row). */
export interface SampleRecord {
  /** `<unit>@<k>`. */
  id: string;
  /** The prompt: the row's task id, or `<task_id>:<turn>` for a prefix of a multi-turn row. */
  unit: string;
  task_id: string;
  /** The chain this sample belongs to, `<task_id>@<k>`: what the sampling job resumes by. */
  chain: string;
  k: number;
  /** 1-based user turn this sample answers. */
  turn: number;
  /** User turns in the row. */
  turns: number;
  oracles: OracleName[];
  /** The conversation answered, without the guideline; earlier assistant turns are answer parts only. */
  messages: Message[];
  status: SampleStatus;
  /** The model's text as returned (absent when cut). */
  raw?: string;
  /** The sample in the aligned format (status ok only). */
  response?: string;
  /** The answer part of the response, the part later turns see and ties are broken on. */
  answer?: string;
  parse_failure?: ParseFailure;
  parse_detail?: string;
  finish_reason?: string | null;
}

export interface SampleOptions extends Pick<SamplingParams, "top_p" | "max_tokens"> {
  provider: ChatProvider;
  /** Samples per prompt (K). */
  samples?: number;
  temperature?: number;
  /** With a seed, sample k is requested with seed + k: reproducible where the server honours seeds. */
  seed?: number;
  /** Rule text for codesec rows that name rules by id (meta.rule / meta.cwe) rather than carrying it. */
  rules?: RuleBook;
}

/** The user turns of a row, with the history before each. A row with no user turn cannot be sampled. */
export function userTurns(row: ConversationRow): number {
  return row.messages.filter((m) => m.role === "user").length;
}

/** The unit (prompt) id of turn `turn` of a row: the task id for single-turn rows. */
export function unitId(row: ConversationRow, turn: number): string {
  return userTurns(row) > 1 ? turnId(row.task_id, turn) : row.task_id;
}

/** The chain jobs of a row set: one per (row, k). */
export interface Chain {
  id: string;
  row: ConversationRow;
  k: number;
}

export function* chainsOf(rows: Iterable<ConversationRow>, samples = DEFAULT_SAMPLES): Generator<Chain> {
  for (const row of rows) {
    for (let k = 0; k < samples; k++) yield { id: sampleId(row.task_id, k), row, k };
  }
}

/**
 * Draws one chain: every user turn of the row in order, each answered with the guideline as system prompt. The
 * row's own assistant turns are replaced by the model's answers (the model continues its own conversation).
 */
export async function sampleChain(chain: Chain, options: SampleOptions): Promise<SampleRecord[]> {
  const { row, k } = chain;
  const guideline = buildGuideline(row, options.rules);
  const rowSystem = row.messages
    .filter((m) => m.role === "system")
    .map((m) => m.content)
    .join("\n\n");
  const system = rowSystem ? `${guideline}\n\n${rowSystem}` : guideline;
  const users = row.messages.filter((m) => m.role === "user");
  const visibleSystem: Message[] = rowSystem ? [{ role: "system", content: rowSystem }] : [];
  const history: Message[] = [];
  const records: SampleRecord[] = [];
  let cut = false;
  for (let t = 1; t <= users.length; t++) {
    history.push({ role: "user", content: users[t - 1]!.content });
    const unit = unitId(row, t);
    const base = {
      id: sampleId(unit, k),
      unit,
      task_id: row.task_id,
      chain: chain.id,
      k,
      turn: t,
      turns: users.length,
      oracles: row.oracles,
      messages: [...visibleSystem, ...history.map((m) => ({ ...m }))],
    };
    if (cut) {
      records.push({ ...base, status: "cut" });
      continue;
    }
    const response = await options.provider.chat({
      messages: [{ role: "system", content: system }, ...history],
      temperature: options.temperature ?? DEFAULT_TEMPERATURE,
      top_p: options.top_p,
      max_tokens: options.max_tokens,
      seed: options.seed === undefined ? undefined : options.seed + k,
      sampleIndex: k,
      stripThink: true,
    });
    const result = reformat(response.text);
    if (result.ok) {
      records.push({
        ...base,
        status: "ok",
        raw: response.text,
        response: result.text,
        answer: result.sections.response,
        finish_reason: response.finishReason,
      });
      history.push({ role: "assistant", content: result.sections.response });
    } else {
      records.push({
        ...base,
        status: "unparsed",
        raw: response.text,
        parse_failure: result.failure,
        parse_detail: result.detail,
        finish_reason: response.finishReason,
      });
      cut = true;
    }
  }
  return records;
}
