import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { ChatRequest, ChatResponse } from "./types.js";

/** What identifies an answer: the model, the conversation, the sampling parameters and the sample index. */
export function cacheKey(model: string, request: ChatRequest): string {
  const material = JSON.stringify({
    model,
    messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
    temperature: request.temperature ?? null,
    top_p: request.top_p ?? null,
    max_tokens: request.max_tokens ?? null,
    seed: request.seed ?? null,
    stop: request.stop ?? null,
    sample: request.sampleIndex ?? 0,
  });
  return createHash("sha256").update(material).digest("hex");
}

type CachedAnswer = Pick<ChatResponse, "text" | "finishReason" | "usage" | "model">;

/**
 * Append-only JSONL response cache. One line per answer, written with a single write() so a crash leaves at
 * most one partial last line, which loading skips. Reruns of a job are then free.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private fd: number | undefined;

  constructor(readonly file: string) {
    if (existsSync(file)) {
      const text = readFileSync(file, "utf8");
      const lines = text.split("\n");
      // The last element is either "" (clean end) or a partial line from a crash: never data.
      for (const line of lines.slice(0, -1)) {
        if (!line) continue;
        try {
          const { key, answer } = JSON.parse(line) as { key: string; answer: CachedAnswer };
          this.entries.set(key, answer);
        } catch {
          // A corrupt line costs one cache miss, not the run.
        }
      }
      if (lines.at(-1)) this.appendRaw("\n");
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): CachedAnswer | undefined {
    return this.entries.get(key);
  }

  set(key: string, answer: CachedAnswer): void {
    this.entries.set(key, answer);
    this.appendRaw(JSON.stringify({ key, answer }) + "\n");
  }

  private appendRaw(text: string): void {
    if (this.fd === undefined) {
      mkdirSync(dirname(this.file), { recursive: true });
      this.fd = openSync(this.file, "a");
    }
    writeSync(this.fd, text);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** Caches are shared per file within a process, so two providers on one file never interleave writes. */
const openCaches = new Map<string, ResponseCache>();
export function openCache(file: string): ResponseCache {
  let cache = openCaches.get(file);
  if (!cache) {
    cache = new ResponseCache(file);
    openCaches.set(file, cache);
  }
  return cache;
}
