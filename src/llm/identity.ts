import type { OpenAIProviderConfig, ProviderConfig } from "../core/config.js";

/**
 * What the stages may ask about a configured model without knowing provider kinds: what it is (for content
 * hashes), which local files it needs, and the stand-in that replaces it in a dry run. Provider kinds stay here.
 */

/** A model's identity for stage keys: what it is, not where it is served (a new port or pool changes nothing). */
export function providerIdentity(config: ProviderConfig): string {
  return config.kind === "openai" ? `openai:${config.model}` : `llama:${config.model_path}`;
}

/** Local files the provider reads before it can answer, keyed by the config field that names them. */
export function providerFiles(config: ProviderConfig): Record<string, string> {
  return config.kind === "llama" ? { model_path: config.model_path } : {};
}

/** The configured model's name as an OpenAI-protocol server would see it (a local model gets `fallback`). */
export function servedModelName(config: ProviderConfig, fallback: string): string {
  return config.kind === "openai" ? config.model : fallback;
}

/** An OpenAI-protocol provider for a stand-in server at `url` answering as `config` would (dry runs, tests). */
export function standInProvider(config: ProviderConfig, name: string, url: string): OpenAIProviderConfig {
  return {
    kind: "openai",
    model: servedModelName(config, `dry-run-${name}`),
    base_url: url,
    api_key: "dry-run",
    api_key_env: "OPENAI_API_KEY",
    concurrency: 16,
    balance: "least-busy",
    timeout_ms: 30_000,
    max_retries: 2,
    retry_base_ms: 5,
    retry_max_ms: 100,
    strip_think: false,
    stream: false,
    cache: false,
  };
}
