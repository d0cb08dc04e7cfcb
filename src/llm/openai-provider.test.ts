import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { OpenAIProviderSchema } from "../core/config.js";
import { PurpcodeError } from "../core/errors.js";
import { importLlama } from "./llama-provider.js";
import { OpenAIChatProvider } from "./openai-provider.js";
import { startOpenAIServer, type OpenAIServer, type OpenAIServerOptions } from "./standins/openai-server.js";
import { tempDir } from "../../test/support/tmp.js";

const servers: OpenAIServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(options: OpenAIServerOptions): Promise<OpenAIServer> {
  const server = await startOpenAIServer(options);
  servers.push(server);
  return server;
}

function provider(baseUrl: string | string[], extra: Record<string, unknown> = {}) {
  return new OpenAIChatProvider(
    OpenAIProviderSchema.parse({
      kind: "openai",
      model: "m",
      base_url: baseUrl,
      retry_base_ms: 2,
      retry_max_ms: 50,
      ...extra,
    }),
  );
}

const user = (content: string) => [{ role: "user" as const, content }];
const script = [
  { match: /capital/, reply: "Paris" },
  { match: /think/, reply: "<think>step 1\nstep 2</think>\n\nThe answer." },
  { match: /.*/, reply: ["first", "second"] },
];

describe("OpenAIChatProvider against the OpenAI-protocol server", () => {
  it("answers from the script and counts tokens", async () => {
    const server = await serve({ script });
    const p = provider(server.url);
    const r = await p.chat({ messages: user("What is the capital of France?"), temperature: 0 });
    expect(r.text).toBe("Paris");
    expect(r.finishReason).toBe("stop");
    expect(r.cached).toBe(false);
    expect(p.accounting.snapshot()).toMatchObject({ requests: 1, retries: 0, completion_tokens: 2 });
    expect(server.requests[0]?.body?.temperature).toBe(0);
  });

  it("streams when configured and assembles the text", async () => {
    const server = await serve({ script });
    const long = "x".repeat(100);
    const p = provider(server.url, { stream: true });
    const r = await p.chat({ messages: user(`think ${long}`) });
    expect(r.text).toContain("The answer.");
    expect(server.requests[0]?.body?.stream).toBe(true);
  });

  it("strips a leading think block on request", async () => {
    const server = await serve({ script });
    const r = await provider(server.url).chat({ messages: user("think first"), stripThink: true });
    expect(r.text).toBe("The answer.");
    expect(r.reasoning).toBe("step 1\nstep 2");
  });

  it.each([
    ["429 with Retry-After", { kind: "status", status: 429, retryAfter: 0 }],
    ["500", { kind: "status", status: 500 }],
    ["503", { kind: "status", status: 503 }],
    ["dropped connection", { kind: "drop" }],
    ["malformed JSON", { kind: "malformed-json" }],
    ["truncated body", { kind: "truncated" }],
  ] as const)("recovers from %s", async (_name, fault) => {
    const server = await serve({ script, faults: [fault, fault] });
    const p = provider(server.url);
    const r = await p.chat({ messages: user("capital?") });
    expect(r.text).toBe("Paris");
    expect(server.requests).toHaveLength(3);
    expect(p.accounting.retries).toBe(2);
  });

  it("recovers from a stream cut off before its finish reason", async () => {
    const server = await serve({ script, faults: [{ kind: "truncated" }] });
    const p = provider(server.url, { stream: true });
    const r = await p.chat({ messages: user("think " + "y".repeat(200)) });
    expect(r.text).toContain("The answer.");
    expect(p.accounting.retries).toBe(1);
    expect(server.requests).toHaveLength(2);
  });

  it("honours Retry-After before retrying", async () => {
    const server = await serve({ script, faults: [{ kind: "status", status: 429, retryAfter: 1 }] });
    const started = Date.now();
    await provider(server.url, { retry_max_ms: 2000 }).chat({ messages: user("capital") });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("gives up after the retry limit with an error that says what failed", async () => {
    const server = await serve({ script, faults: () => ({ kind: "status", status: 500 }) });
    const p = provider(server.url, { max_retries: 3 });
    const err = await p.chat({ messages: user("capital") }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PurpcodeError);
    expect((err as Error).message).toMatch(
      /model 'm' at http:\/\/127\.0\.0\.1:\d+\/v1 failed after 4 attempts: HTTP 500/,
    );
    expect(server.requests).toHaveLength(4);
    expect(p.accounting.failures).toBe(1);
  });

  it("does not retry a client error", async () => {
    const server = await serve({ script, faults: [{ kind: "status", status: 400, body: "bad request" }] });
    const err = await provider(server.url)
      .chat({ messages: user("capital") })
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/failed after 1 attempt: HTTP 400/);
    expect(server.requests).toHaveLength(1);
  });

  it("fails clearly when nothing listens", async () => {
    const server = await serve({ script });
    const url = server.url;
    await server.close();
    const err = await provider(url, { max_retries: 1 })
      .chat({ messages: user("capital") })
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/failed after 2 attempts: ECONNREFUSED/);
  });

  it("serves a rerun from the cache with zero requests, keyed by sample index", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const cache = join(dir, "cache.jsonl");
      const server = await serve({ script });
      const first = provider(server.url, { cache });
      const a = await Promise.all([0, 1].map((k) => first.chat({ messages: user("hello"), sampleIndex: k })));
      expect(a.map((r) => r.text).sort()).toEqual(["first", "second"]);
      expect(server.requests).toHaveLength(2);

      // A rerun: a fresh provider on the same cache file sends nothing, and the file holds both answers.
      const { ResponseCache } = await import("./cache.js");
      expect(new ResponseCache(cache).size).toBe(2);
      const rerun = provider(server.url, { cache });
      const again = await Promise.all(
        [0, 1].map((k) => rerun.chat({ messages: user("hello"), sampleIndex: k })),
      );
      expect(again.map((r) => r.cached)).toEqual([true, true]);
      expect(again.map((r) => r.text)).toEqual(a.map((r) => r.text));
      expect(rerun.accounting.requests).toBe(0);
      expect(server.requests).toHaveLength(2);
      // Different sampling parameters are a different answer.
      await first.chat({ messages: user("hello"), sampleIndex: 0, temperature: 0.5 });
      expect(server.requests).toHaveLength(3);
    } finally {
      cleanup();
    }
  });

  it("balances a pool of endpoints and respects each endpoint's concurrency", async () => {
    const counts = [0, 0];
    const peaks = [0, 0];
    const inflight = [0, 0];
    const track = (i: 0 | 1): OpenAIServerOptions => ({
      latencyMs: 30,
      faults: () => {
        inflight[i]!++;
        peaks[i] = Math.max(peaks[i]!, inflight[i]!);
        counts[i]!++;
        setTimeout(() => inflight[i]!--, 30);
        return null;
      },
      script,
    });
    const a = await serve(track(0));
    const b = await serve(track(1));
    const p = provider([a.url, b.url], { concurrency: 3 });
    await Promise.all(Array.from({ length: 24 }, () => p.chat({ messages: user("capital") })));
    expect(counts[0]! + counts[1]!).toBe(24);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...peaks)).toBeLessThanOrEqual(3);
  });
});

describe("LlamaChatProvider", () => {
  it("says how to install node-llama-cpp when it is missing", async () => {
    // The package is installed here; a name that is not stands in for a machine without it.
    const err = await importLlama("node-llama-cpp-not-installed").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PurpcodeError);
    expect((err as Error).message).toMatch(/needs the 'node-llama-cpp' package, which is not installed/);
    expect((err as PurpcodeError).hint).toMatch(/npm install --save-exact node-llama-cpp@3\.21\.1/);
  });
});
