import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OpenAIProviderSchema } from "../core/config.js";
import { OpenAIChatProvider } from "../llm/openai-provider.js";
import { startOpenAIServer, type OpenAIServer } from "../llm/standins/openai-server.js";
import {
  GenerationError,
  TASK_END,
  TASK_START,
  askUntil,
  extractMarked,
  failureKind,
  looksLikeRefusal,
  markedParser,
  seedFor,
} from "./generate.js";

describe("marked answers", () => {
  it("reads every block between the markers", () => {
    const text = `intro\n${TASK_START}\n one \n${TASK_END}\nmid\n${TASK_START}\ntwo\n${TASK_END}\n`;
    expect(extractMarked(text)).toEqual({ ok: true, blocks: ["one", "two"] });
  });

  it("tells a missing marker from a block that never closes", () => {
    expect(extractMarked("just prose")).toEqual({ ok: false, kind: "no-markers" });
    expect(extractMarked(`${TASK_START}\nhalf an ans`)).toEqual({ ok: false, kind: "truncated" });
    expect(extractMarked(`${TASK_START}\n\n${TASK_END}`)).toEqual({ ok: false, kind: "no-markers" });
  });

  it("classifies refusals, malformed and truncated answers", () => {
    const parse = markedParser(1, 1);
    expect(parse("I'm sorry, but I can't help with that request.", "stop")).toMatchObject({
      kind: "refused",
    });
    expect(parse("Here is a nice task: do X.", "stop")).toMatchObject({ kind: "no-markers" });
    expect(parse("Here is a nice task: do", "length")).toMatchObject({ kind: "truncated" });
    expect(parse(`${TASK_START}\nx\n${TASK_END}`, "stop")).toEqual({ value: ["x"] });
    expect(looksLikeRefusal("Sure! Here is the code you asked for.")).toBe(false);
  });

  it("reads the failure kind back from an errors-file message", () => {
    expect(failureKind(new GenerationError("refused", "3 attempts").message)).toBe("refused");
    expect(failureKind("429 Too Many Requests")).toBe("llm-error");
  });

  it("derives the same seed for the same item and attempt, and another for the next attempt", () => {
    expect(seedFor("malevent:T1059:role-play", 0, 7)).toBe(seedFor("malevent:T1059:role-play", 0, 7));
    expect(seedFor("malevent:T1059:role-play", 1, 7)).not.toBe(seedFor("malevent:T1059:role-play", 0, 7));
    expect(seedFor("malevent:T1059:role-play", 0, 8)).not.toBe(seedFor("malevent:T1059:role-play", 0, 7));
  });
});

describe("askUntil against the test server", () => {
  let server: OpenAIServer;
  beforeAll(async () => {
    server = await startOpenAIServer({
      script: [
        { match: /always refuse/, reply: "I cannot help with creating malware." },
        { match: /flaky/, reply: ["no markers here", `${TASK_START}\ngood\n${TASK_END}`] },
      ],
    });
  });
  afterAll(() => server.close());

  const provider = () =>
    new OpenAIChatProvider(
      OpenAIProviderSchema.parse({
        kind: "openai",
        model: "m",
        base_url: server.url,
        api_key: "x",
        retry_base_ms: 1,
      }),
    );

  it("retries a malformed answer with a new seed and reports the attempt that worked", async () => {
    const start = server.requests.length;
    const got = await askUntil(
      provider(),
      [{ role: "user", content: "flaky" }],
      "item",
      { attempts: 3 },
      markedParser(),
    );
    expect(got).toMatchObject({ value: ["good"], attempts: 2 });
    const seeds = server.requests.slice(start).map((r) => r.body?.seed);
    expect(new Set(seeds).size).toBe(2);
  });

  it("gives up after the attempts with the failure kind first in the message", async () => {
    await expect(
      askUntil(
        provider(),
        [{ role: "user", content: "always refuse" }],
        "item",
        { attempts: 2 },
        markedParser(),
      ),
    ).rejects.toThrow(/^refused: 2 attempt\(s\) failed \[refused, refused\]/);
  });

  it("counts an endpoint that keeps failing as an llm-error", async () => {
    const down = await startOpenAIServer({ faults: () => ({ kind: "status", status: 500 }) });
    try {
      const p = new OpenAIChatProvider(
        OpenAIProviderSchema.parse({
          kind: "openai",
          model: "m",
          base_url: down.url,
          api_key: "x",
          retry_base_ms: 1,
          max_retries: 1,
        }),
      );
      const err = await askUntil(
        p,
        [{ role: "user", content: "x" }],
        "i",
        { attempts: 2 },
        markedParser(),
      ).catch((e: Error) => e);
      expect(failureKind((err as Error).message)).toBe("llm-error");
    } finally {
      await down.close();
    }
  });
});
