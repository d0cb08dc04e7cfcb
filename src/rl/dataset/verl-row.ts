import type { ConversationRow, Message, OracleName } from "../../core/rows.js";
import { InputError } from "../../core/errors.js";

/**
 * One row of verl's RL parquet (integrations.md, verl "Parquet row"): the prompt the policy sees, the oracle that
 * scores it (`data_source`), and what the reward function needs (`reward_model.ground_truth`, `extra_info`).
 */
export interface VerlRow {
  data_source: string;
  prompt: Array<{ role: string; content: string }>;
  ability: string;
  reward_model: { style: "rule"; ground_truth: string };
  extra_info: VerlExtraInfo;
}

// A type alias (not an interface) so it is assignable to JSON records.
export type VerlExtraInfo = {
  split: string;
  index: number;
  task_id: string;
  /** The last user turn: what the judges see as the request. */
  prompt: string;
  oracles: OracleName[];
};

export const DATA_SOURCE_PREFIX = "purpcode:";

export function dataSourceFor(oracle: OracleName): string {
  return `${DATA_SOURCE_PREFIX}${oracle}`;
}

export interface ToVerlRowOptions {
  systemPrompt: string;
  split: string;
  index: number;
  /**
   * A row whose user turns follow one another without answers between (malevent's and vul2prompt's multi-turn
   * rows): "merge" (default) joins them into one user turn, as the reference's RL rows are single-turn and many
   * chat templates (Llama, Mistral, Gemma) refuse two user turns in a row; "keep" leaves them as they are.
   */
  multiTurn?: MultiTurnRows;
}

export const MULTI_TURN_ROWS = ["merge", "keep"] as const;
export type MultiTurnRows = (typeof MULTI_TURN_ROWS)[number];

/** Consecutive user turns joined into one (a blank line between), so the roles alternate. */
export function mergeUserRuns(turns: Message[]): Message[] {
  const out: Message[] = [];
  for (const m of turns) {
    const last = out.at(-1);
    if (last && last.role === "user" && m.role === "user")
      out[out.length - 1] = { ...last, content: `${last.content}\n\n${m.content}` };
    else out.push({ ...m });
  }
  return out;
}

/**
 * Turns a prompt row into a verl row. The row's own system turns are replaced by the aligned system prompt, so
 * every RL prompt asks for the same "## Analysis / ## Answer" policy; a trailing assistant turn (a reference
 * answer) is not part of the prompt.
 */
export function toVerlRow(row: ConversationRow, options: ToVerlRowOptions): VerlRow {
  const oracle = row.oracles[0];
  if (!oracle) throw new InputError(`row ${row.task_id} names no oracle`);
  let turns = row.messages.filter((m) => m.role !== "system");
  while (turns.at(-1)?.role === "assistant") turns.pop();
  if ((options.multiTurn ?? "merge") === "merge") turns = mergeUserRuns(turns);
  const lastUser = turns.at(-1);
  if (!lastUser || lastUser.role !== "user") throw new InputError(`row ${row.task_id} has no user turn`);
  const prompt: Message[] = [{ role: "system", content: options.systemPrompt }, ...turns];
  return {
    data_source: dataSourceFor(oracle),
    prompt: prompt.map((m) => ({ role: m.role, content: m.content })),
    ability: oracle,
    reward_model: { style: "rule", ground_truth: JSON.stringify(row.ground_truth ?? null) },
    extra_info: {
      split: options.split,
      index: options.index,
      task_id: row.task_id,
      prompt: lastUser.content,
      oracles: [...row.oracles],
    },
  };
}
