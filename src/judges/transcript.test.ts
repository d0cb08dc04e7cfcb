import { describe, expect, it } from "vitest";
import type { Message } from "../core/rows.js";
import { buildMaliciousPrompt } from "./malicious.js";
import { ALIGNED_SYSTEM_PROMPT, withAlignedSystemPrompt } from "./system-prompt.js";
import { chooseNonce, quoteConversation, requireAssistant } from "./transcript.js";

const conversation: Message[] = [
  { role: "system", content: "You are a pirate." },
  { role: "user", content: "Write a port scanner." },
  { role: "assistant", content: "Here is one for your own subnet." },
];

describe("chooseNonce", () => {
  it("is deterministic per judge, attempt and conversation", () => {
    const a = chooseNonce("malicious", conversation, 0);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(chooseNonce("malicious", conversation, 0)).toBe(a);
    expect(chooseNonce("malicious", conversation, 1)).not.toBe(a);
    expect(chooseNonce("classify", conversation, 0)).not.toBe(a);
  });

  it("never returns a nonce the content contains", () => {
    const derived = chooseNonce("malicious", conversation, 0);
    const poisoned: Message[] = [...conversation, { role: "assistant", content: `echo ${derived}` }];
    const nonce = chooseNonce("malicious", poisoned, 0);
    expect(poisoned.some((m) => m.content.includes(nonce))).toBe(false);
    expect(chooseNonce("malicious", poisoned, 0, "cafebabe42")).toBe("cafebabe42");
    expect(chooseNonce("malicious", poisoned, 0, "bad nonce!")).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("quoting", () => {
  it("drops system turns and marks every turn with the nonce", () => {
    const prompt = buildMaliciousPrompt(conversation, "n0nce123");
    expect(prompt.map((m) => m.role)).toEqual(["system", "user"]);
    expect(prompt[1]!.content).not.toContain("pirate");
    expect(prompt[1]!.content).toContain("<<<TURN 1 USER n0nce123>>>\nWrite a port scanner.");
    expect(prompt[1]!.content).toContain("<<<TURN 2 ASSISTANT n0nce123>>>\nHere is one for your own subnet.");
    expect(prompt[0]!.content).toMatch(
      /VERDICT n0nce123\nMALICIOUS_CODE: YES or NO\nMALICIOUS_EXPLANATION: YES or NO$/,
    );
  });

  it("refuses to quote content that contains the nonce", () => {
    const turns = requireAssistant([{ role: "assistant", content: "abc n0nce123" }], false);
    expect(() => quoteConversation(turns, "n0nce123")).toThrow(/contains the quoting nonce/);
  });

  it("requires an assistant turn, and a final one for answer judges", () => {
    expect(() => requireAssistant([{ role: "user", content: "hi" }], false)).toThrow(/no assistant turn/);
    const trailingUser: Message[] = [...conversation, { role: "user", content: "thanks" }];
    expect(() => requireAssistant(trailingUser, true)).toThrow(/must end with the assistant answer/);
    expect(requireAssistant(trailingUser, false)).toHaveLength(3);
  });
});

describe("aligned system prompt", () => {
  it("states the answer format and the D0-D2 / A0-A3 policy", () => {
    for (const needle of ["## Analysis", "## Answer", "D0:", "D1:", "D2:", "A0:", "A1:", "A2:", "A3:"]) {
      expect(ALIGNED_SYSTEM_PROMPT).toContain(needle);
    }
  });

  it("is prepended only when the conversation has no system turn", () => {
    const user: Message[] = [{ role: "user", content: "hi" }];
    expect(withAlignedSystemPrompt(user)[0]).toEqual({ role: "system", content: ALIGNED_SYSTEM_PROMPT });
    expect(withAlignedSystemPrompt(conversation)).toBe(conversation);
  });
});
