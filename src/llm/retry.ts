import { APIConnectionError, APIError, APIUserAbortError } from "openai";

export interface RetryPolicy {
  maxRetries: number;
  baseMs: number;
  maxMs: number;
}

export interface RetryDecision {
  retry: boolean;
  /** What failed: reaching the server, the server itself, or the answer it gave; tells the user where to look. */
  kind: FailureKind;
  /** Server-requested wait (Retry-After / retry-after-ms), if any. */
  retryAfterMs?: number;
  reason: string;
}

export type FailureKind = "connection" | "server" | "answer" | "request" | "aborted";

/** The first system error code (ECONNREFUSED ...) along an error's cause chain. */
function causeCode(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z_]+$/.test(code)) return code;
  }
  return undefined;
}

/** Whether a failed request is worth repeating: rate limits, server errors, timeouts and broken connections. */
export function classifyFailure(err: unknown): RetryDecision {
  if (err instanceof APIUserAbortError) return { retry: false, kind: "aborted", reason: "aborted" };
  if (err instanceof APIConnectionError) {
    const timeout = err.message.includes("timed out");
    return {
      retry: true,
      kind: "connection",
      reason: timeout ? "timeout" : (causeCode(err) ?? "connection error"),
    };
  }
  if (err instanceof APIError && typeof err.status === "number") {
    const status = err.status;
    const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
    const decision: RetryDecision = {
      retry: retryable,
      kind: retryable ? "server" : "request",
      reason: `HTTP ${status}`,
    };
    const after = retryAfterMs(err.headers);
    if (after !== undefined) decision.retryAfterMs = after;
    return decision;
  }
  if (err instanceof SyntaxError) return { retry: true, kind: "answer", reason: "malformed response body" };
  if (err instanceof IncompleteResponseError) return { retry: true, kind: "answer", reason: err.message };
  const code = causeCode(err);
  if (code && /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|UND_ERR_\w+)$/.test(code)) {
    return { retry: true, kind: "connection", reason: code };
  }
  return { retry: false, kind: "request", reason: err instanceof Error ? err.message : String(err) };
}

/** What to check after a request failed for good, by what failed. */
export function failureHint(kind: FailureKind, endpoint: string): string | undefined {
  if (kind === "connection")
    return `nothing answered at ${endpoint}: is the model server running, and is base_url right (it usually ends in /v1)?`;
  if (kind === "server")
    return `the server at ${endpoint} answered with errors: see its log (overloaded, out of memory, model not loaded?)`;
  if (kind === "answer")
    return `the server at ${endpoint} answered, but not with a usable chat completion: is it an OpenAI-compatible endpoint?`;
  return undefined;
}

/** One retry about to happen, as the CLI shows it (`retrying 3/6 in 4 s: ECONNREFUSED http://...`). */
export interface RetryNotice {
  attempt: number;
  maxRetries: number;
  delayMs: number;
  reason: string;
  endpoint: string;
}

export function formatRetry(n: RetryNotice): string {
  const seconds = n.delayMs >= 10_000 ? Math.round(n.delayMs / 1000) : Math.round(n.delayMs / 100) / 10;
  return `retrying ${n.attempt}/${n.maxRetries} in ${seconds} s: ${n.reason} ${n.endpoint}`;
}

let retryListener: ((notice: RetryNotice) => void) | undefined;

/** Where retries are reported as they happen (the CLI prints them on stderr); `undefined` silences them. */
export function setRetryListener(listener: ((notice: RetryNotice) => void) | undefined): void {
  retryListener = listener;
}

export function noteRetry(notice: RetryNotice): void {
  retryListener?.(notice);
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
