import { describe, expect, it } from "vitest";
import type { ScriptRequest } from "../../llm/standins/openai-server.js";
import { buildVul2PromptMessages } from "../vul2prompt.js";
import { scriptedGenerator } from "./scripted-generator.js";

describe("the scripted generator's Vul2Prompt answers", () => {
  it("quote the seed's code with its indentation (only the line numbers and flag marks are stripped)", () => {
    const code = ["def run(expr):", "    if expr:", "        return eval(expr)", "    return None", ""].join(
      "\n",
    );
    const messages = buildVul2PromptMessages(
      {
        id: "seed",
        language: "python",
        code,
        findings: [{ rule_id: "PY-EVAL-001", cwe: ["CWE-94"], message: "eval", line: 3, severity: "HIGH" }],
      },
      { id: "s", kind: "vul2prompt", name: "S", description: "d", template: "t" },
    );
    const req: ScriptRequest = {
      body: { messages },
      lastUser: messages.at(-1)!.content,
      system: messages[0]!.content,
      hits: 0,
      index: 0,
    };
    const entry = scriptedGenerator().find((e) => typeof e.match === "function" && e.match(req))!;
    const reply = (entry.reply as (r: ScriptRequest) => string)(req);
    expect(reply).toContain("def run(expr):\n    if expr:\n        return eval(expr)\n    return None");
  });
});
