/** Per-provider request and token accounting, reported at the end of every run. */
export class Accounting {
  requests = 0;
  retries = 0;
  failures = 0;
  cacheHits = 0;
  promptTokens = 0;
  completionTokens = 0;
  readonly retryReasons = new Map<string, number>();

  noteRetry(reason: string): void {
    this.retries++;
    this.retryReasons.set(reason, (this.retryReasons.get(reason) ?? 0) + 1);
  }

  snapshot(): AccountingSnapshot {
    return {
      requests: this.requests,
      retries: this.retries,
      failures: this.failures,
      cache_hits: this.cacheHits,
      prompt_tokens: this.promptTokens,
      completion_tokens: this.completionTokens,
      retry_reasons: Object.fromEntries(this.retryReasons),
    };
  }
}

export interface AccountingSnapshot {
  requests: number;
  retries: number;
  failures: number;
  cache_hits: number;
  prompt_tokens: number;
  completion_tokens: number;
  retry_reasons: Record<string, number>;
}
