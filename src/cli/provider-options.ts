import type { Command } from "commander";
import type { Config } from "../core/config.js";
import { InputError } from "../core/errors.js";
import { createProvider, resolveProvider, type AccountedProvider } from "../llm/provider.js";

/**
 * Adds the flags that pick a model: `--provider <config entry>` or `--model <name> --base-url <url>`. With a
 * prefix (e.g. "judge") they become `--judge-provider`, `--judge-model`, ... so one verb can name two models.
 */
export function addProviderOptions(command: Command, prefix = ""): Command {
  const p = prefix ? `${prefix}-` : "";
  const what = prefix ? `${prefix} model` : "model";
  return command
    .option(`--${p}provider <name>`, `${what}: an entry under models: in the config`)
    .option(`--${p}model <name>`, `${what}: model name at an OpenAI-compatible endpoint`)
    .option(`--${p}base-url <url>`, `${what}: OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1`)
    .option(`--${p}api-key <key>`, `${what}: API key (default: $OPENAI_API_KEY)`)
    .option(`--${p}concurrency <n>`, `${what}: requests in flight per endpoint`, positiveInt)
    .option(`--${p}cache <file>`, `${what}: response cache file (reruns send no requests)`);
}

export function providerFromOptions(
  config: Config,
  opts: Record<string, unknown>,
  prefix = "",
): AccountedProvider {
  const key = (name: string) => (prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name);
  const str = (name: string) => opts[key(name)] as string | undefined;
  const selection = {
    provider: str("provider"),
    model: str("model"),
    baseUrl: str("baseUrl"),
    apiKey: str("apiKey"),
    concurrency: opts[key("concurrency")] as number | undefined,
    cache: str("cache"),
  };
  return createProvider(resolveProvider(config, selection, prefix ? `${prefix} model` : "model"));
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`expected a positive integer, got '${value}'`);
  return n;
}

export function nonNegativeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InputError(`expected a non-negative number, got '${value}'`);
  return n;
}
