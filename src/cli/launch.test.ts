import { describe, expect, it } from "vitest";
import { LLM_CLIENT_FLAGS, missingStartFlags } from "./launch.js";

const argv = (...args: string[]) => ["node", "purpcode", ...args];

describe("missingStartFlags", () => {
  it("runs the analyzer and other model-free verbs in the launcher itself", () => {
    for (const verb of ["analyze", "rules", "sandbox", "judge", "report", "view", "config", "dev"])
      expect(missingStartFlags(argv(verb, "x"), [], {})).toEqual([]);
    expect(missingStartFlags(argv("--help"), [], {})).toEqual([]);
    expect(missingStartFlags(argv(), [], {})).toEqual([]);
  });

  it("asks for the young-generation flag for verbs that call models, after global options", () => {
    expect(missingStartFlags(argv("eval", "--suite", "x"), [], {})).toEqual(LLM_CLIENT_FLAGS);
    expect(missingStartFlags(argv("-c", "analyze.yaml", "--json", "recipe", "run"), [], {})).toEqual(
      LLM_CLIENT_FLAGS,
    );
    for (const verb of ["redteam", "distill", "rl", "llm"])
      expect(missingStartFlags(argv(verb), [], {})).toEqual(LLM_CLIENT_FLAGS);
  });

  it("never relaunches when the flag was given or in the relaunched child", () => {
    expect(missingStartFlags(argv("eval"), ["--max-semi-space-size=128"], {})).toEqual([]);
    expect(
      missingStartFlags(argv("eval"), [], { NODE_OPTIONS: "--inspect --max-semi-space-size=32" }),
    ).toEqual([]);
    expect(missingStartFlags(argv("eval"), [], { PURPCODE_LAUNCHED: "1" })).toEqual([]);
  });
});
