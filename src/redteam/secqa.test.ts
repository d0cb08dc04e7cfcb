import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConversationRowSchema } from "../core/rows.js";
import { secqaRows } from "./secqa.js";

const DATA = join(import.meta.dirname, "../../../shared/data/secqa");

describe("security-QA import (read from the user's copy)", () => {
  it("turns SecEval and CTIBench multiple-choice questions into noreject rows with their answers", () => {
    const seceval = secqaRows(join(DATA, "seceval/questions.json"));
    expect(seceval).toHaveLength(2189);
    const cti = secqaRows(join(DATA, "ctibench/cti-mcq.jsonl.gz"));
    expect(cti).toHaveLength(2500);
    for (const row of [...seceval.slice(0, 50), ...cti.slice(0, 50)]) ConversationRowSchema.parse(row);
    expect(new Set(seceval.map((r) => r.task_id)).size).toBe(2189);
    expect(cti[0]!.oracles).toEqual(["noreject"]);
    expect(cti[0]!.messages[0]!.content).toMatch(/\nA: [\s\S]*\nD: /);
    expect(cti.every((r) => /^[ABCD]$/.test(String(r.meta!.answer)))).toBe(true); // the lower-case "b" too
    expect(String(seceval[0]!.meta!.source)).toMatch(/non-commercial/);
  });

  it("names the file and record of an unknown shape", () => {
    expect(() => secqaRows(join(DATA, "../humaneval/HumanEval.jsonl.gz"))).toThrow(
      /HumanEval\.jsonl\.gz:1: unrecognised security-QA record/,
    );
  });
});
