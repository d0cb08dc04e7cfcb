import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../../test/support/tmp.js";
import type { ConversationRow } from "../core/rows.js";
import { DEFAULT_VERIFIED_SCORE, selectBest } from "./select.js";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** One codesec prompt with four samples: a full pass, the soft 0.8 (no code), a 0 and a failed format. */
function fixture(): { rows: ConversationRow[]; samplesFile: string; verdicts: string } {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  const row = {
    task_id: "p1",
    messages: [{ role: "user" as const, content: "write a safe query" }],
    oracles: ["codesec" as const],
  } as ConversationRow;
  const scores = [
    { score: 1, acc: true, fmt_ok: true, answer: "long answer with code" },
    { score: 0.8, acc: false, fmt_ok: true, answer: "short" },
    { score: 0, acc: false, fmt_ok: true, answer: "x" },
    { score: 0, acc: false, fmt_ok: false, answer: "y" },
  ];
  const samples = scores.map((s, k) => ({
    id: `p1@${k}`,
    unit: "p1",
    task_id: "p1",
    chain: `p1@${k}`,
    k,
    turn: 1,
    turns: 1,
    oracles: ["codesec"],
    messages: row.messages,
    status: "ok",
    response: `## Analysis\nok\n## Answer\n${s.answer}`,
    answer: s.answer,
  }));
  const verdicts = scores.map((s, k) => ({
    id: `p1@${k}`,
    unit: "p1",
    task_id: "p1",
    k,
    turn: 1,
    hash: String(k),
    score: s.score,
    acc: s.acc,
    oracle: "codesec",
    fmt_ok: s.fmt_ok,
  }));
  const jsonl = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).join("\n") + "\n";
  writeFileSync(join(tmp.dir, "samples.jsonl"), jsonl(samples));
  writeFileSync(join(tmp.dir, "verdicts.jsonl"), jsonl(verdicts));
  return {
    rows: [row],
    samplesFile: join(tmp.dir, "samples.jsonl"),
    verdicts: join(tmp.dir, "verdicts.jsonl"),
  };
}

describe("verified threshold", () => {
  it("defaults to the reference's score >= 0.5: the soft 0.8 counts as verified", async () => {
    expect(DEFAULT_VERIFIED_SCORE).toBe(0.5);
    const f = fixture();
    const s = await selectBest({ ...f, samplesPerPrompt: 4, easyThreshold: 0.5 });
    expect(s.units[0]!.verified).toBe(2);
    expect(s.selected[0]!.score).toBe(1); // the best is still the full pass
    expect(s.easy.map((e) => e.task_id)).toEqual(["p1"]); // 2 of 4 verified: rate 0.5
  });

  it("verifiedScore 1 keeps only full passes", async () => {
    const f = fixture();
    const s = await selectBest({ ...f, samplesPerPrompt: 4, easyThreshold: 0.5, verifiedScore: 1 });
    expect(s.units[0]!.verified).toBe(1);
    expect(s.easy).toEqual([]);
  });
});
