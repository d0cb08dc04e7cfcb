import { describe, expect, it } from "vitest";
import type { ConversationRow } from "../core/rows.js";
import { utilityRows } from "./benign.js";
import { bandsFor, dedupSets, loadEvalItems, parseCsv, signature, similarity } from "./dedup.js";
import { syntheticPrompts } from "./standins/synthetic.js";

const row = (id: string, text: string): ConversationRow => ({
  task_id: id,
  messages: [{ role: "user", content: text }],
  oracles: ["noreject"],
});

/** Precision and recall of removals: a removal is right when the row and its match share a planted cluster. */
function quality(
  set: ReturnType<typeof syntheticPrompts>,
  removed: Array<{ task_id: string; match: string }>,
) {
  const cluster = (id: string) => set.planted.get(id) ?? id;
  const right = removed.filter((r) => cluster(r.task_id) === cluster(r.match)).length;
  return { precision: right / removed.length, recall: right / set.planted.size };
}

describe("MinHash signatures", () => {
  it("estimate Jaccard similarity of character 5-grams", () => {
    const a = "write a function that parses the config file and returns a dictionary of settings";
    expect(similarity(signature(a), signature(a))).toBe(1);
    expect(similarity(signature(a), signature(a.toUpperCase().replace(/ /g, "   ")))).toBe(1);
    const edited = similarity(signature(a), signature(a.replace("dictionary", "mapping")));
    expect(edited).toBeGreaterThan(0.6);
    expect(edited).toBeLessThan(1);
    expect(
      similarity(signature(a), signature("completely different text about networking stacks")),
    ).toBeLessThan(0.2);
  });

  it("picks a band layout whose S-curve sits below the threshold", () => {
    const { bands, rows } = bandsFor(0.7);
    expect(bands * rows).toBe(128);
    expect(Math.pow(1 / bands, 1 / rows)).toBeLessThan(0.7);
  });
});

describe("dedup quality on planted near-duplicates", () => {
  for (const edits of [3, 6]) {
    it(`precision and recall >= 95% with up to ${edits} word edits`, () => {
      const set = syntheticPrompts({ bases: 3000, duplicates: 600, edits, seed: edits });
      const result = dedupSets([{ name: "synthetic", rows: set.rows }]);
      const q = quality(set, result.removed);
      expect(q.precision).toBeGreaterThanOrEqual(0.95);
      expect(q.recall).toBeGreaterThanOrEqual(0.95);
      expect(result.sets[0]!.kept.length + result.removed.length).toBe(set.rows.length);
    });
  }

  it("a higher threshold removes fewer rows", () => {
    const set = syntheticPrompts({ bases: 1000, duplicates: 300, edits: 8, seed: 9 });
    const loose = dedupSets([{ name: "s", rows: set.rows }], { threshold: 0.6 }).removed.length;
    const strict = dedupSets([{ name: "s", rows: set.rows }], { threshold: 0.95 }).removed.length;
    expect(strict).toBeLessThan(loose);
  });
});

describe("dedup across sets and decontamination", () => {
  const text =
    "Write a Python function that reads a CSV of orders and returns the total per customer as a dict.";

  it("keeps the first occurrence across sets and says what each removed row matched", () => {
    const result = dedupSets([
      { name: "a", rows: [row("a:1", text), row("a:2", text.replace("Python", "python "))] },
      {
        name: "b",
        rows: [
          row("b:1", text.replace("per customer", "for each customer")),
          row("b:2", "Unrelated: explain TCP slow start."),
        ],
      },
    ]);
    expect(result.sets.map((s) => s.kept.map((r) => r.task_id))).toEqual([["a:1"], ["b:2"]]);
    expect(result.removed).toEqual([
      expect.objectContaining({ task_id: "a:2", reason: "exact-duplicate", match: "a:1" }),
      expect.objectContaining({ task_id: "b:1", reason: "near-duplicate", match: "a:1", match_set: "a" }),
    ]);
  });

  it("removes rows that copy or contain an evaluation item", () => {
    const evalItems = [{ set: "bench", id: "bench:7", text }];
    const result = dedupSets(
      [
        {
          name: "a",
          rows: [
            row("a:1", text),
            row("a:2", `Hi! ${text} Please also add type hints and a docstring, thanks.`),
            row("a:3", "Explain how TLS certificate pinning works in mobile apps."),
          ],
        },
      ],
      { evalItems },
    );
    expect(result.sets[0]!.kept.map((r) => r.task_id)).toEqual(["a:3"]);
    expect(result.removed.every((r) => r.reason === "contaminated" && r.match === "bench:7")).toBe(true);
  });

  it("loads every evaluation set under the shared data folder", () => {
    const { sets, missing } = loadEvalItems("../shared/data");
    expect(missing).toEqual([]);
    for (const name of [
      "cyberseceval-instruct",
      "cyberseceval-autocomplete",
      "cyberseceval-mitre",
      "cyberseceval-frr",
      "xstest",
      "humaneval",
      "humaneval-plus",
      "mbpp-plus",
      "leetcode-test",
      "cweval",
      "codelmsec",
    ])
      expect(sets[name], name).toBeGreaterThan(0);
    expect(sets.xstest).toBe(450);
  });

  it("decontaminates MBPP utility rows against MBPP+ (the same tasks)", () => {
    const { items } = loadEvalItems("../shared/data");
    const mbpp = utilityRows("../shared/data", ["mbpp"]);
    const result = dedupSets([{ name: "utility", rows: mbpp }], { evalItems: items });
    const contaminated = result.removed.filter(
      (r) => r.reason === "contaminated" && r.match_set === "mbpp-plus",
    );
    // MBPP+ holds 378 of the 427 sanitized MBPP tasks.
    expect(contaminated.length).toBeGreaterThan(300);
    expect(result.sets[0]!.kept.length).toBeGreaterThan(0);
  });

  it("parses quoted CSV fields", () => {
    expect(parseCsv('id,prompt\n1,"a, ""b""\nc"\n2,x\n')).toEqual([
      ["id", "prompt"],
      ["1", 'a, "b"\nc'],
      ["2", "x"],
    ]);
  });
});
