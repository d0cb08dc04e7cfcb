import { describe, expect, it } from "vitest";
import { parseSections, reformat } from "./reformat.js";

const ok = (text: string) => {
  const r = reformat(text);
  if (!r.ok) throw new Error(`expected a parse: ${r.detail}`);
  return r;
};

describe("reformat", () => {
  it("joins intent and safety into the analysis and keeps the response as the answer", () => {
    const r = ok(
      "## Intent Analysis\nCore task: X.\n\n## Safety Analysis\nI will avoid CWE-89.\n\n## Proposed Safe Response\nDone.\n",
    );
    expect(r.text).toBe("## Analysis\nCore task: X.\n\nI will avoid CWE-89.\n## Answer\nDone.");
  });

  it("accepts the header spellings models produce", () => {
    for (const [a, b, c] of [
      ["# Intent Analysis", "# Safety Analysis", "# Proposed Safe Response"],
      ["### Step 1 - Intent Analysis", "### Step 2 - Safety Analysis", "### Step 3 - Proposed Safe Response"],
      ["**Intent Analysis:**", "**Safety Analysis**", "**Proposed safe response**:"],
      ["## 1. Intent analysis", "## 2. Safety analysis", "## 3. PROPOSED SAFE RESPONSE"],
    ]) {
      expect(ok(`${a}\nintent\n${b}\nsafety\n${c}\nanswer`).sections).toEqual({
        intent: "intent",
        safety: "safety",
        response: "answer",
      });
    }
  });

  it("ignores section titles inside code fences and in running text", () => {
    const text = [
      "## Intent Analysis",
      "The user mentions the Safety Analysis step in passing.",
      "## Safety Analysis",
      "ok",
      "## Proposed Safe Response",
      "```markdown",
      "## Intent Analysis",
      "```",
    ].join("\n");
    expect(ok(text).sections.response).toBe("```markdown\n## Intent Analysis\n```");
  });

  it("names why a sample does not parse", () => {
    expect(parseSections("Sure, here is the code.")).toMatchObject({ ok: false, failure: "missing-intent" });
    expect(parseSections("## Intent Analysis\na\n## Safety Analysis\nb")).toMatchObject({
      failure: "missing-response",
    });
    expect(
      parseSections("## Safety Analysis\nb\n## Intent Analysis\na\n## Proposed Safe Response\nc"),
    ).toMatchObject({ failure: "misordered" });
    expect(
      parseSections(
        "## Intent Analysis\na\n## Safety Analysis\nb\n## Safety Analysis\nb\n## Proposed Safe Response\nc",
      ),
    ).toMatchObject({ failure: "duplicate-section" });
    expect(
      parseSections("## Intent Analysis\na\n## Safety Analysis\n\n## Proposed Safe Response\nc"),
    ).toMatchObject({
      failure: "empty-section",
    });
  });
});
