import type { Config, ProviderConfig } from "../core/config.js";
import { OpenAIProviderSchema } from "../core/config.js";
import { InputError } from "../core/errors.js";
import type { Accounting } from "./accounting.js";
import { LlamaChatProvider } from "./llama-provider.js";
import { OpenAIChatProvider } from "./openai-provider.js";
import type { ChatProvider } from "./types.js";

export type AccountedProvider = ChatProvider & { accounting: Accounting };

/** A model as a pipeline stage uses it: its name, what it is (for stage keys) and its provider, opened on use. */
export interface ModelRef {
  /** Its name under `models:`. */
  name: string;
  /** What the model is, not where it is served (null: the name is not configured). */
  identity: string | null;
  provider(): AccountedProvider;
}

export function createProvider(config: ProviderConfig): AccountedProvider {
  return config.kind === "openai" ? new OpenAIChatProvider(config) : new LlamaChatProvider(config);
}

/** How a CLI verb names a model: a model entry of the config, or an endpoint given inline. */
export interface ProviderSelection {
  /** Name of an entry under `models:` in the config. */
  provider?: string;
  /** Inline endpoint: model name plus base URL (overrides the entry's values when both are given). */
  model?: string;
  baseUrl?: string;
  apiKey?: string;
  concurrency?: number;
  cache?: string;
}

export function resolveProvider(
  config: Config,
  selection: ProviderSelection,
  role = "model",
): ProviderConfig {
  let base: ProviderConfig | undefined;
  if (selection.provider) {
    base = config.models[selection.provider];
    if (!base) {
      const known = Object.keys(config.models);
      throw new InputError(
        `unknown ${role} '${selection.provider}': the config defines ${known.length ? known.join(", ") : "no models"}`,
      );
    }
  }
  if (!base) {
    if (!selection.model || !selection.baseUrl) {
      throw new InputError(
        `no ${role} given: pass --provider <name from config> or --model <name> --base-url <url>`,
      );
    }
    const parsed = OpenAIProviderSchema.safeParse({
      kind: "openai",
      model: selection.model,
      base_url: selection.baseUrl,
    });
    if (!parsed.success) throw new InputError(`--base-url: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    base = parsed.data;
  }
  const merged = { ...base };
  if (merged.kind === "openai") {
    if (selection.model) merged.model = selection.model;
    if (selection.baseUrl) merged.base_url = selection.baseUrl;
    if (selection.apiKey) merged.api_key = selection.apiKey;
  }
  if (selection.concurrency !== undefined) merged.concurrency = selection.concurrency;
  if (selection.cache !== undefined) merged.cache = selection.cache;
  return merged;
}
