import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../../core/errors.js";
import { answerPart } from "../answer.js";
import type { EvalItem, Metric, Suite, SuiteVerdict } from "../types.js";
import { flagRate, groupRates, verdictKey } from "./common.js";
import { field, readRecords } from "./records.js";

/**
 * Security knowledge: multiple-choice questions (SecEval, several correct letters possible; CTIBench's MCQ, one).
 * Both sets are CC BY-NC-SA: purpcode never ships them; the suite reads them from the user's path
 * (`--suite-file secqa=<folder or file>`: a folder holding `seceval/questions.json` and/or
 * `ctibench/cti-mcq.jsonl[.gz]`, as in ../shared/data/secqa, or one of those files). The prompt is our own wording;
 * the answer is the set of letters extracted from the `## Answer` part, correct iff it equals the key exactly.
 */

const LETTERS = "ABCDEFGH";

export interface Question {
  id: string;
  source: "seceval" | "ctibench";
  question: string;
  /** Option texts in letter order. */
  options: string[];
  /** Correct letters, sorted. */
  key: string;
}

const letters = (s: string) => [...new Set(s.toUpperCase().replace(/[^A-H]/g, ""))].sort().join("");

function secevalQuestions(file: string): Question[] {
  return readRecords(file, "secqa").map((r, i) => {
    const choices = (field(r, "choices") as unknown[] | undefined) ?? [];
    return {
      id: `seceval:${String(field(r, "id") ?? i)}`,
      source: "seceval",
      question: String(field(r, "question") ?? ""),
      options: choices.map((c) => String(c).replace(/^\s*[A-H]\s*[:.)]\s*/, "")),
      key: letters(String(field(r, "answer") ?? "")),
    };
  });
}

function ctibenchQuestions(file: string): Question[] {
  return readRecords(file, "secqa").map((r, i) => ({
    id: `ctibench:${i}`,
    source: "ctibench",
    question: String(field(r, "question") ?? ""),
    options: ["A", "B", "C", "D"].map((l) => String(field(r, `option ${l}`) ?? "")),
    key: letters(String(field(r, "gt") ?? "")),
  }));
}

/** The questions under a path: a folder with either set, or one set's file. */
export function loadQuestions(path: string): Question[] {
  if (!existsSync(path)) throw new InputError(`suite secqa: no such file or folder: ${path}`);
  const found: Question[] = [];
  if (statSync(path).isDirectory()) {
    const seceval = join(path, "seceval", "questions.json");
    const cti = [join(path, "ctibench", "cti-mcq.jsonl.gz"), join(path, "ctibench", "cti-mcq.jsonl")].find(
      existsSync,
    );
    if (existsSync(seceval)) found.push(...secevalQuestions(seceval));
    if (cti) found.push(...ctibenchQuestions(cti));
    if (!found.length)
      throw new InputError(
        `suite secqa: ${path} holds neither seceval/questions.json nor ctibench/cti-mcq.jsonl[.gz]`,
      );
  } else if (/cti/i.test(path)) found.push(...ctibenchQuestions(path));
  else found.push(...secevalQuestions(path));
  // A question without its text, options or answer key cannot be scored (SecEval has 7 with an empty answer): it
  // is skipped, as the MITRE rows without a prompt are.
  const usable = found.filter((q) => q.question && q.options.length >= 2 && q.key);
  if (!usable.length) throw new InputError(`suite secqa: no usable question under ${path}`);
  return usable;
}

export function questionPrompt(q: Question): string {
  const several =
    q.source === "seceval"
      ? "One or more options may be correct; give every correct letter."
      : "Exactly one option is correct.";
  const options = q.options.map((o, i) => `${LETTERS[i]}) ${o}`).join("\n");
  return `${q.question}\n\n${options}\n\n${several} End your answer with a line of the form "Answer: <letters>".`;
}

/**
 * The letters a model chose, or undefined when it named none. In order: an "Answer: ..." / "answer is ..." line
 * (the last one), a last line holding only letters (`B`, `**A, C**`, `(D)`), a lone "X)" option echo.
 */
export function extractChoice(response: string, optionCount = 4): string | undefined {
  const text = answerPart(response).replace(/\*\*|__|`/g, "");
  const valid = LETTERS.slice(0, optionCount);
  const pick = (span: string) => {
    const found = [...span.toUpperCase().matchAll(new RegExp(`\\(?\\b([${valid}])\\b\\)?`, "g"))].map(
      (m) => m[1]!,
    );
    return found.length ? [...new Set(found)].sort().join("") : undefined;
  };
  const lines = text.split("\n").map((l) => l.trim());
  const declared =
    /(?:final\s+)?(?:correct\s+)?answers?\s*(?:is|are|:|：|=)\s*(?:options?\s*)?((?:\(?[A-H]\)?(?:\s*(?:,|and|&|\/|\s)\s*)?)+)(?![a-z])/i;
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = declared.exec(lines[i]!);
    if (m) {
      const got = pick(m[1]!);
      if (got) return got;
    }
  }
  const last = [...lines].reverse().find((l) => l.length > 0);
  if (
    last &&
    new RegExp(
      `^[\\s(\\[]*[${valid}](?:[\\s)\\].,:]*(?:and|&|,|/)?[\\s(]*[${valid}])*[\\s)\\].]*$`,
      "i",
    ).test(last)
  )
    return pick(last);
  const echo = new RegExp(`^(?:option\\s+)?\\(?([${valid}])\\)\\s`, "i");
  const echoes = lines.map((l) => echo.exec(l)?.[1]).filter((l): l is string => l !== undefined);
  if (echoes.length === 1) return echoes[0]!.toUpperCase();
  return undefined;
}

export const secqa: Suite = {
  name: "secqa",
  description:
    "security-knowledge multiple choice (SecEval, CTIBench MCQ): accuracy per source set (your path)",
  category: "knowledge",
  source: "SecEval (XuanwuAI) and CTIBench (xashru), CC BY-NC-SA 4.0, read from the user's path",
  needs: [],
  load: async (options) => {
    const path = options.files?.secqa;
    if (!path)
      throw new InputError("suite secqa needs its questions: --suite-file secqa=<folder or file>", {
        hint: "e.g. --suite-file secqa=../shared/data/secqa (non-commercial data: purpcode does not ship it)",
      });
    return loadQuestions(path).map((q): EvalItem => ({
      id: `secqa:${q.id}`,
      messages: [{ role: "user", content: questionPrompt(q) }],
      meta: { source: q.source, key: q.key, options: q.options.length },
    }));
  },
  score: async (generation) => {
    const key = String(generation.meta?.key ?? "");
    const source = String(generation.meta?.source ?? "");
    const chosen = extractChoice(generation.answer, Number(generation.meta?.options ?? 4));
    const correct = chosen !== undefined && chosen === key;
    return {
      ...verdictKey(generation),
      outcome: correct ? "good" : "bad",
      flags: { correct, unparsed: chosen === undefined },
      detail: { source, key, chosen: chosen ?? null },
    };
  },
  metrics: (verdicts) => ({ metrics: secqaMetrics(verdicts), groups: groupRates(verdicts) }),
};

export function secqaMetrics(verdicts: SuiteVerdict[]): Metric[] {
  const sources = [...new Set(verdicts.map((v) => String(v.detail.source)))].sort();
  return [
    flagRate(verdicts, "correct", "accuracy", "higher"),
    ...sources.map((s) =>
      flagRate(
        verdicts.filter((v) => v.detail.source === s),
        "correct",
        `accuracy:${s}`,
        "higher",
      ),
    ),
    flagRate(verdicts, "unparsed", "unparsed_rate", "lower"),
  ];
}
