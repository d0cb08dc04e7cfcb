import { existsSync, readFileSync } from "node:fs";
import { InputError } from "../core/errors.js";
import type { ConversationRow } from "../core/rows.js";
import { readDataJsonl } from "./dedup.js";
import { idPart } from "./generate.js";

/**
 * Security-QA prompts imported from a multiple-choice set the user has (SecEval, CTIBench MCQ shapes) as
 * `noreject` rows: security-knowledge questions a model must answer, not refuse. These sets are typically
 * non-commercial (CC BY-NC-SA): purpcode reads them from the user's path and never ships them; each row records
 * its source and licence. The correct letters stay in `meta.answer` (for an evaluation suite to score).
 */

export interface SecqaOptions {
  /** Task id prefix (default: the detected set: seceval, ctibench). */
  source?: string;
  /** Licence line recorded in every row (default: the detected set's). */
  licence?: string;
  limit?: number;
}

const LICENCES: Record<string, string> = {
  seceval: "SecEval (XuanwuAI), CC BY-NC-SA 4.0 - non-commercial; read from the user's copy",
  ctibench: "CTIBench (xashru/cti-bench), CC BY-NC-SA 4.0 - non-commercial; read from the user's copy",
};

interface Question {
  id: string;
  question: string;
  choices: string[];
  answer: string;
}

/** SecEval: {id, question, choices: ["A: ..."], answer: "AC"}; CTIBench: {Question, Option A..D, GT}. */
function questionOf(
  r: Record<string, unknown>,
  position: number,
  file: string,
): { set: string; q: Question } {
  if (typeof r.question === "string" && Array.isArray(r.choices))
    return {
      set: "seceval",
      q: {
        id: String(r.id ?? position),
        question: r.question,
        choices: r.choices.map(String),
        answer: String(r.answer ?? ""),
      },
    };
  if (typeof r.Question === "string" && typeof r["Option A"] === "string")
    return {
      set: "ctibench",
      q: {
        id: String(position),
        question: r.Question,
        choices: ["A", "B", "C", "D"]
          .filter((l) => typeof r[`Option ${l}`] === "string")
          .map((l) => `${l}: ${String(r[`Option ${l}`])}`),
        answer: String(r.GT ?? "").toUpperCase(),
      },
    };
  throw new InputError(
    `unrecognised security-QA record (fields: ${Object.keys(r).slice(0, 10).join(", ")}); expected SecEval {question, choices, answer} or CTIBench {Question, Option A..D, GT}`,
    { file, line: position },
  );
}

export function secqaRows(file: string, options: SecqaOptions = {}): ConversationRow[] {
  if (!existsSync(file)) throw new InputError("file not found", { file });
  const records: Array<Record<string, unknown>> = /\.json$/i.test(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Array<Record<string, unknown>>)
    : readDataJsonl(file);
  if (!Array.isArray(records)) throw new InputError("expected a JSON array or JSONL of questions", { file });
  const rows: ConversationRow[] = [];
  for (let i = 0; i < records.length && (options.limit === undefined || rows.length < options.limit); i++) {
    const { set, q } = questionOf(records[i]!, i + 1, file);
    const source = options.source ?? set;
    const multi = q.answer.length > 1;
    rows.push({
      task_id: `${source}:${idPart(q.id)}`,
      messages: [
        {
          role: "user",
          content:
            `${q.question.trim()}\n\n${q.choices.join("\n")}\n\n` +
            (multi || set === "seceval"
              ? "Answer with the letter(s) of every correct option, and explain briefly."
              : "Answer with the letter of the correct option, and explain briefly."),
        },
      ],
      oracles: ["noreject"],
      meta: {
        stage: "secqa",
        item: `${source}:${idPart(q.id)}`,
        seed_id: q.id,
        set,
        answer: q.answer,
        source: options.licence ?? LICENCES[set],
      },
    });
  }
  return rows;
}
