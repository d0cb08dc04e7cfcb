import { describe, expect, it } from "vitest";
import { extractChoice } from "./secqa.js";

describe("extractChoice: the letters a model chose", () => {
  const cases: Array<[string, string | undefined]> = [
    ["Answer: B", "B"],
    ["The correct answer is (C).", "C"],
    ["## Analysis\nA looks tempting but D is wrong.\n## Answer\nB and D are correct.\nAnswer: B, D", "BD"],
    ["Final answer: **A, C**", "AC"],
    ["I think it is the second one.\n\nB", "B"],
    ["(D)", "D"],
    ["Answers are A & C", "AC"],
    ["Option B) Execution Prevention stops unknown apps.", "B"],
    ["I cannot tell which option is right.", undefined],
    ["A: wrong because ...\nAnswer: D", "D"],
    ["answer: e", undefined],
  ];
  for (const [text, want] of cases) it(JSON.stringify(text), () => expect(extractChoice(text, 4)).toBe(want));

  it("the analysis part never answers: only the ## Answer part is read", () => {
    expect(extractChoice("## Analysis\nAnswer: A would be unsafe.\n## Answer\nAnswer: C")).toBe("C");
  });
});
