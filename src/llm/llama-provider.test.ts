import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LlamaProviderConfig } from "../core/config.js";
import { InputError } from "../core/errors.js";
import { LlamaChatProvider } from "./llama-provider.js";
import { TINY_GGUF_ANSWER, tinyGguf, writeTinyGguf } from "./standins/tiny-gguf.js";

const user = (content: string) => [{ role: "user" as const, content }];

// node-llama-cpp is an optional dependency: without it (npm ci --omit=optional) these tests cannot run.
const installed = await import("node-llama-cpp" as string).then(
  () => true,
  () => false,
);

describe("tiny GGUF generator", () => {
  it("is deterministic from its seed and small", () => {
    const a = tinyGguf({ seed: 7 });
    expect(a.equals(tinyGguf({ seed: 7 }))).toBe(true);
    expect(a.equals(tinyGguf({ seed: 8 }))).toBe(false);
    expect(a.subarray(0, 4).toString("latin1")).toBe("GGUF");
    expect(a.length).toBeLessThan(1024 * 1024);
  });
});

describe.skipIf(!installed)("LlamaChatProvider on a tiny GGUF model (real node-llama-cpp)", () => {
  let dir: string;
  let modelPath: string;
  const providers: LlamaChatProvider[] = [];
  const make = (over: Partial<LlamaProviderConfig> = {}) => {
    const p = new LlamaChatProvider({
      kind: "llama",
      model_path: modelPath,
      context_size: 512,
      gpu_layers: 0,
      // One thread: spinning llama.cpp threads on a loaded machine cost far more than they give.
      threads: 1,
      concurrency: 1,
      strip_think: false,
      cache: false,
      temperature: 0,
      ...over,
    });
    providers.push(p);
    return p;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "purpcode-llama-"));
    modelPath = writeTinyGguf(join(dir, "tiny.gguf"), { seed: 3 });
  });
  afterAll(async () => {
    for (const p of providers) await p.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers one chat through the model's chat template, counting tokens", async () => {
    const p = make();
    const r = await p.chat({ messages: [{ role: "system", content: "Be brief." }, ...user("hi there")] });
    expect(r.text).toBe(TINY_GGUF_ANSWER);
    expect(r.finishReason).toBe("stop");
    expect(r.cached).toBe(false);
    expect(r.usage.promptTokens).toBeGreaterThan(3);
    expect(r.usage.completionTokens).toBeGreaterThan(5);
    expect(p.accounting.requests).toBe(1);
  }, 120_000);

  it("runs concurrent chats on separate context sequences, never more than its concurrency", async () => {
    const p = make({ concurrency: 2 });
    const prompts = ["one", "two", "three", "four", "five"];
    // Sampled answers (temperature 1, distinct seeds) still follow the model's strong bigram table; each chat
    // must come back whole, which interleaved sequences sharing state would break.
    const answers = await Promise.all(
      prompts.map((q, i) => p.chat({ messages: user(q), temperature: 1, seed: i })),
    );
    for (const a of answers) expect(a.text).toBe(TINY_GGUF_ANSWER);
    expect(p.accounting.requests).toBe(5);
    expect(p.peakRunning).toBe(2);
  }, 120_000);

  it("stops at max_tokens with finish reason 'length'", async () => {
    const r = await make().chat({ messages: user("hi"), max_tokens: 3 });
    expect(r.finishReason).toBe("length");
    expect(r.usage.completionTokens).toBeLessThanOrEqual(4);
    expect(TINY_GGUF_ANSWER.startsWith(r.text)).toBe(true);
    expect(r.text.length).toBeLessThan(TINY_GGUF_ANSWER.length);
  }, 120_000);

  it("stops at a stop string, which is not part of the answer", async () => {
    const r = await make().chat({ messages: user("hi"), stop: [" tiny"] });
    expect(r.text).toBe("<think> plan quietly</think>Hello from the");
    expect(r.finishReason).toBe("stop");
  }, 120_000);

  it("strips the think block when asked (per request or by config)", async () => {
    const r = await make().chat({ messages: user("hi"), stripThink: true });
    expect(r.text).toBe("Hello from the tiny model.");
    expect(r.reasoning).toBe("plan quietly");
    const byConfig = await make({ strip_think: true }).chat({ messages: user("hi") });
    expect(byConfig.text).toBe("Hello from the tiny model.");
  }, 120_000);

  it("answers a repeated request from its response cache without generating", async () => {
    const cache = join(dir, "cache.jsonl");
    const p = make({ cache });
    const first = await p.chat({ messages: user("cache me") });
    const second = await p.chat({ messages: user("cache me") });
    expect(second.text).toBe(first.text);
    expect(second.cached).toBe(true);
    expect(p.accounting.requests).toBe(1);
    expect(p.accounting.cacheHits).toBe(1);
    expect(readFileSync(cache, "utf8").trim().split("\n")).toHaveLength(1);
    // A new provider on the same cache file answers without loading the model at all.
    const again = make({ cache, model_path: modelPath });
    expect((await again.chat({ messages: user("cache me") })).cached).toBe(true);
    expect(again.accounting.requests).toBe(0);
  }, 120_000);

  it("names a missing model file (exit 2)", async () => {
    const missing = join(dir, "nope.gguf");
    const err = await make({ model_path: missing })
      .chat({ messages: user("hi") })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe(`${missing}: model file not found`);
    expect((err as InputError).exitCode).toBe(2);
  });

  it("names a file that is not GGUF, and a corrupt GGUF llama.cpp refuses (exit 2)", async () => {
    const text = join(dir, "model.txt");
    writeFileSync(text, "not a model\n");
    const err = await make({ model_path: text })
      .chat({ messages: user("hi") })
      .catch((e: unknown) => e);
    expect((err as InputError).message).toMatch(`${text}: not a GGUF model file`);
    expect((err as InputError).exitCode).toBe(2);

    const cut = join(dir, "cut.gguf");
    writeFileSync(cut, readFileSync(modelPath).subarray(0, 4096));
    const err2 = await make({ model_path: cut })
      .chat({ messages: user("hi") })
      .catch((e: unknown) => e);
    expect(err2).toBeInstanceOf(InputError);
    expect((err2 as InputError).message).toMatch(`${cut}: cannot load the GGUF model`);
    expect((err2 as InputError).exitCode).toBe(2);
  }, 120_000);
});
