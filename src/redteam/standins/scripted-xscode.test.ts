import { describe, expect, it } from "vitest";
import { startOpenAIServer } from "../../llm/standins/openai-server.js";
import {
  failedChecks,
  forbiddenPhrase,
  loadXscodeData,
  postVerdict,
  postfilterMessages,
  prefilterMessages,
  xscodeItems,
} from "../xscode.js";
import { scriptedXscode, scriptedXscodeRequest } from "./scripted-xscode.js";

const data = loadXscodeData();

describe("scripted XSCode generator and judge", () => {
  it("plants, over the shipped keywords, a request for each filter to reject", () => {
    const first = xscodeItems(data).map((i) => scriptedXscodeRequest(i.keyword, false));
    expect(first.some((t) => forbiddenPhrase(t, data))).toBe(true);
    expect(first.some((t) => t.includes("[PROJECT]"))).toBe(true);
    expect(first.some((t) => t.includes("antivirus"))).toBe(true);
    expect(first.some((t) => t.startsWith("What does"))).toBe(true);
    expect(new Set(first).size).toBeLessThan(first.length); // the shared generic request
    // A retry never repeats the forbidden phrase.
    const retried = xscodeItems(data).map((i) => scriptedXscodeRequest(i.keyword, true));
    expect(retried.filter((t) => forbiddenPhrase(t, data))).toEqual([]);
  });

  it("answers the filter prompts in the formats the pipeline parses", async () => {
    const server = await startOpenAIServer({ script: scriptedXscode(), logBodies: false });
    try {
      const ask = async (content: string) => {
        const res = await fetch(`${server.url}/chat/completions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ model: "judge", messages: [{ role: "user", content }] }),
        });
        return ((await res.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]!
          .message.content;
      };
      const ok = "For a CI pipeline, write a Python function that uses subprocess to list the last commits.";
      expect(failedChecks(await ask(prefilterMessages(ok, data)[0]!.content), 10)).toEqual([]);
      expect(
        failedChecks(await ask(prefilterMessages(`${ok} Put it in [PROJECT].`, data)[0]!.content), 10),
      ).toEqual([10]);
      expect(postVerdict(await ask(postfilterMessages(ok, data)[0]!.content))).toBe("KEEP");
      const question =
        'What does "subprocess" mean for a CI pipeline? Just explain the idea in two sentences.';
      expect(postVerdict(await ask(postfilterMessages(question, data)[0]!.content))).toBe("DROP");
    } finally {
      await server.close();
    }
  });
});
