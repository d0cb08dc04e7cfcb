import OpenAI from "openai";
import type { OpenAIProviderConfig } from "../core/config.js";
import { PurpcodeError } from "../core/errors.js";
import { Semaphore } from "../core/semaphore.js";
import { Accounting } from "./accounting.js";
import { createNodeFetch } from "./node-fetch.js";
import { cacheKey, openCache, type ResponseCache } from "./cache.js";
import {
  IncompleteResponseError,
  backoffMs,
  classifyFailure,
  failureHint,
  noteRetry,
  type RetryPolicy,
} from "./retry.js";
import { stripThink } from "./think.js";
import type { ChatProvider, ChatRequest, ChatResponse } from "./types.js";

interface Endpoint {
  baseUrl: string;
  client: OpenAI;
  inFlight: number;
}

type Completion = Pick<ChatResponse, "text" | "finishReason" | "usage" | "model">;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/**
 * A chat provider over any OpenAI-compatible endpoint, through the official SDK (its own retries off: ours honour
 * Retry-After, add jitter and count reasons). Several base URLs serving one model form a pool; each has its own
 * concurrency limit.
 */
export class OpenAIChatProvider implements ChatProvider {
  readonly id: string;
  readonly model: string;
  readonly accounting = new Accounting();
  private readonly endpoints: Endpoint[];
  private readonly slots: Semaphore;
  private readonly policy: RetryPolicy;
  private readonly cache: ResponseCache | undefined;
  private nextEndpoint = 0;

  constructor(private readonly config: OpenAIProviderConfig) {
    this.model = config.model;
    const urls = Array.isArray(config.base_url) ? config.base_url : [config.base_url];
    const apiKey = config.api_key ?? process.env[config.api_key_env] ?? "EMPTY";
    this.endpoints = urls.map((baseUrl) => ({
      baseUrl,
      client: new OpenAI({
        baseURL: baseUrl,
        apiKey,
        maxRetries: 0,
        timeout: config.timeout_ms,
        fetch: createNodeFetch({ maxSockets: config.concurrency }),
      }),
      inFlight: 0,
    }));
    this.slots = new Semaphore(config.concurrency * this.endpoints.length);
    this.policy = {
      maxRetries: config.max_retries,
      baseMs: config.retry_base_ms,
      maxMs: config.retry_max_ms,
    };
    this.cache = config.cache ? openCache(config.cache) : undefined;
    this.id = `openai:${config.model}@${urls.join(",")}`;
  }

  async chat(request: ChatRequest): Promise<ChatResponse> {
    const params = {
      temperature: request.temperature ?? this.config.temperature,
      top_p: request.top_p ?? this.config.top_p,
      max_tokens: request.max_tokens ?? this.config.max_tokens,
      seed: request.seed,
      stop: request.stop,
    };
    const effective: ChatRequest = { ...request, ...params };
    const key = this.cache ? cacheKey(this.model, effective) : undefined;
    const strip = request.stripThink ?? this.config.strip_think;
    const hit = key ? this.cache!.get(key) : undefined;
    if (hit) {
      this.accounting.cacheHits++;
      return this.finish(hit, strip, true);
    }
    const completion = await this.withRetries(effective);
    if (key) this.cache!.set(key, completion);
    return this.finish(completion, strip, false);
  }

  private finish(completion: Completion, strip: boolean, cached: boolean): ChatResponse {
    const response: ChatResponse = { ...completion, cached };
    if (strip) {
      const split = stripThink(completion.text);
      response.text = split.text;
      if (split.reasoning !== undefined) response.reasoning = split.reasoning;
    }
    return response;
  }

  private async withRetries(request: ChatRequest): Promise<Completion> {
    const failures: string[] = [];
    let avoid: Endpoint | undefined;
    for (let attempt = 0; ; attempt++) {
      let error: unknown;
      await this.slots.acquire();
      const endpoint = this.pickEndpoint(avoid);
      endpoint.inFlight++;
      this.accounting.requests++;
      try {
        return await this.send(endpoint, request);
      } catch (err) {
        error = err;
      } finally {
        // The slot is never held while backing off, so other requests keep flowing.
        endpoint.inFlight--;
        this.slots.release();
      }
      const decision = classifyFailure(error);
      failures.push(`${endpoint.baseUrl}: ${decision.reason}`);
      if (!decision.retry || attempt >= this.policy.maxRetries) {
        this.accounting.failures++;
        const tried = attempt + 1;
        throw new PurpcodeError(
          `LLM request to model '${this.model}' at ${endpoint.baseUrl} failed after ${tried} attempt${tried === 1 ? "" : "s"}: ` +
            `${decision.reason}${failures.length > 1 ? ` (history: ${summarize(failures)})` : ""}`,
          { exitCode: 1, cause: error, hint: failureHint(decision.kind, endpoint.baseUrl) },
        );
      }
      this.accounting.noteRetry(decision.reason);
      avoid = this.endpoints.length > 1 ? endpoint : undefined;
      const delayMs = backoffMs(attempt, this.policy, decision.retryAfterMs);
      noteRetry({
        attempt: attempt + 1,
        maxRetries: this.policy.maxRetries,
        delayMs,
        reason: decision.reason,
        endpoint: endpoint.baseUrl,
      });
      await sleep(delayMs, request.signal);
    }
  }

  /**
   * One request per endpoint, without retries, before a long job starts: a dead or wrong endpoint is then a
   * clear error naming it and the cause, not minutes of retries followed by a wrong diagnosis.
   */
  async preflight(): Promise<void> {
    await Promise.all(
      this.endpoints.map(async (endpoint) => {
        try {
          await this.send(endpoint, {
            messages: [{ role: "user", content: "ping" }],
            max_tokens: 1,
            signal: AbortSignal.timeout(Math.min(this.config.timeout_ms, 30_000)),
          });
        } catch (err) {
          const decision = classifyFailure(err);
          throw new PurpcodeError(
            `model '${this.model}' at ${endpoint.baseUrl} is not usable: ${decision.reason}`,
            { exitCode: 2, cause: err, hint: failureHint(decision.kind, endpoint.baseUrl) },
          );
        }
      }),
    );
  }

  private pickEndpoint(avoid: Endpoint | undefined): Endpoint {
    const limit = this.config.concurrency;
    const open = this.endpoints.filter((e) => e.inFlight < limit && e !== avoid);
    const candidates = open.length > 0 ? open : this.endpoints.filter((e) => e.inFlight < limit);
    const pool = candidates.length > 0 ? candidates : this.endpoints;
    if (this.config.balance === "round-robin" || pool.length === 1) {
      for (let i = 0; i < this.endpoints.length; i++) {
        const e = this.endpoints[(this.nextEndpoint + i) % this.endpoints.length]!;
        if (pool.includes(e)) {
          this.nextEndpoint = (this.endpoints.indexOf(e) + 1) % this.endpoints.length;
          return e;
        }
      }
    }
    return pool.reduce((best, e) => (e.inFlight < best.inFlight ? e : best));
  }

  private async send(endpoint: Endpoint, request: ChatRequest): Promise<Completion> {
    const body = {
      model: this.model,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
      ...(request.temperature !== undefined && { temperature: request.temperature }),
      ...(request.top_p !== undefined && { top_p: request.top_p }),
      ...(request.max_tokens !== undefined && { max_tokens: request.max_tokens }),
      ...(request.seed !== undefined && { seed: request.seed }),
      ...(request.stop !== undefined && { stop: request.stop }),
    };
    const options = request.signal ? { signal: request.signal } : undefined;
    if (this.config.stream) {
      const stream = await endpoint.client.chat.completions.create(
        { ...body, stream: true, stream_options: { include_usage: true } },
        options,
      );
      let text = "";
      let finishReason: string | null = null;
      let usage = { promptTokens: 0, completionTokens: 0 };
      let model = this.model;
      for await (const chunk of stream) {
        model = chunk.model || model;
        const choice = chunk.choices[0];
        if (choice?.delta?.content) text += choice.delta.content;
        if (choice?.finish_reason) finishReason = choice.finish_reason;
        if (chunk.usage) {
          usage = {
            promptTokens: chunk.usage.prompt_tokens,
            completionTokens: chunk.usage.completion_tokens,
          };
        }
      }
      if (finishReason === null) throw new IncompleteResponseError("stream ended without a finish reason");
      this.count(usage);
      return { text, finishReason, usage, model };
    }
    const completion = await endpoint.client.chat.completions.create(body, options);
    const choice = completion.choices?.[0];
    if (!choice || typeof choice.message?.content !== "string") {
      throw new IncompleteResponseError("response has no message content");
    }
    const usage = {
      promptTokens: completion.usage?.prompt_tokens ?? 0,
      completionTokens: completion.usage?.completion_tokens ?? 0,
    };
    this.count(usage);
    return {
      text: choice.message.content,
      finishReason: choice.finish_reason ?? null,
      usage,
      model: completion.model,
    };
  }

  private count(usage: { promptTokens: number; completionTokens: number }): void {
    this.accounting.promptTokens += usage.promptTokens;
    this.accounting.completionTokens += usage.completionTokens;
  }
}

function summarize(failures: string[]): string {
  const counts = new Map<string, number>();
  for (const f of failures) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].map(([f, n]) => (n > 1 ? `${f} x${n}` : f)).join(", ");
}
