import type { Message } from "../core/rows.js";

/** Sampling parameters; part of the cache key. */
export interface SamplingParams {
  temperature?: number;
  top_p?: number;
  max_tokens?: number;
  seed?: number;
  stop?: string[];
}

export interface ChatRequest extends SamplingParams {
  messages: Message[];
  /** Which of K samples of the same prompt this is; distinct indices are distinct cache entries. */
  sampleIndex?: number;
  /** Remove a leading `<think>...</think>` block from the returned text (reasoning models). */
  stripThink?: boolean;
  signal?: AbortSignal;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface ChatResponse {
  text: string;
  /** The reasoning block removed by `stripThink`, if any. */
  reasoning?: string;
  finishReason: string | null;
  usage: TokenUsage;
  model: string;
  /** True when the answer came from the response cache (no request was sent). */
  cached: boolean;
}

/** One interface for every model backend (OpenAI-compatible HTTP, embedded llama.cpp, ...). */
export interface ChatProvider {
  /** Stable, human-readable id, e.g. `openai:qwen2.5-7b@http://127.0.0.1:8000/v1`. */
  readonly id: string;
  readonly model: string;
  chat(request: ChatRequest): Promise<ChatResponse>;
  close?(): Promise<void>;
}
