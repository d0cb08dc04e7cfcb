import { APIConnectionError, APIError, APIUserAbortError } from "openai";

export interface RetryPolicy {
  maxRetries: number;
  baseMs: number;
  maxMs: number;
}

export interface RetryDecision {
  retry: boolean;
  /** Server-requested wait (Retry-After / retry-after-ms), if any. */
  retryAfterMs?: number;
  reason: string;
}

/** Whether a failed request is worth repeating: rate limits, server errors, timeouts and broken connections. */
export function classifyFailure(err: unknown): RetryDecision {
  if (err instanceof APIUserAbortError) return { retry: false, reason: "aborted" };
  if (err instanceof APIConnectionError) {
    return { retry: true, reason: err.message.includes("timed out") ? "timeout" : "connection error" };
  }
  if (err instanceof APIError && typeof err.status === "number") {
    const status = err.status;
    const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
    const decision: RetryDecision = { retry: retryable, reason: `HTTP ${status}` };
    const after = retryAfterMs(err.headers);
    if (after !== undefined) decision.retryAfterMs = after;
    return decision;
  }
  if (err instanceof SyntaxError) return { retry: true, reason: "malformed response body" };
  if (err instanceof IncompleteResponseError) return { retry: true, reason: err.message };
  const code = (err as { code?: string } | null)?.code;
  if (code && /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|UND_ERR_\w+)$/.test(code)) {
    return { retry: true, reason: code };
  }
  return { retry: false, reason: err instanceof Error ? err.message : String(err) };
}

/** Thrown when a response arrives but is not a usable completion (cut-off stream, missing choices). */
export class IncompleteResponseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IncompleteResponseError";
  }
}

export function retryAfterMs(headers: Headers | undefined): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get("retry-after-ms");
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get("retry-after");
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.max(0, Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * Exponential backoff with "equal jitter": half the window fixed, half random, so synchronized clients spread
 * out without ever retrying instantly. A server's Retry-After wins when it asks for longer.
 */
export function backoffMs(
  attempt: number,
  policy: RetryPolicy,
  retryAfter?: number,
  random = Math.random,
): number {
  const window = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  const jittered = window / 2 + random() * (window / 2);
  return retryAfter !== undefined ? Math.min(Math.max(retryAfter, jittered), policy.maxMs * 4) : jittered;
}
