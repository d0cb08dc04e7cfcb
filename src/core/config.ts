import { readFile } from "node:fs/promises";
import { LineCounter, isMap, isSeq, parseDocument } from "yaml";
import { z } from "zod";
import { InputError } from "./errors.js";
import { formatPath } from "./rows.js";

const url = z.string().url();

/** An OpenAI-compatible chat endpoint (vLLM, SGLang, Ollama, llama.cpp server, OpenAI ...). */
export const OpenAIProviderSchema = z
  .object({
    kind: z.literal("openai"),
    model: z.string().min(1),
    /** One base URL, or several serving the same model (load-balanced). */
    base_url: z.union([url, z.array(url).min(1)]),
    api_key: z.string().optional(),
    /** Environment variable holding the key when `api_key` is not given. */
    api_key_env: z.string().default("OPENAI_API_KEY"),
    /** In-flight requests per endpoint. */
    concurrency: z.number().int().positive().default(32),
    balance: z.enum(["least-busy", "round-robin"]).default("least-busy"),
    timeout_ms: z.number().int().positive().default(120_000),
    max_retries: z.number().int().min(0).default(6),
    /** Base delay of the exponential backoff. */
    retry_base_ms: z.number().int().min(0).default(500),
    retry_max_ms: z.number().int().positive().default(30_000),
    strip_think: z.boolean().default(false),
    /** Use server-sent events; a stream that ends without a finish reason is retried. */
    stream: z.boolean().default(false),
    /** Response cache file (append-only JSONL); `false` disables caching. */
    cache: z.union([z.string().min(1), z.literal(false)]).default(false),
    /** Sampling defaults for every request to this model. */
    temperature: z.number().min(0).max(2).optional(),
    top_p: z.number().gt(0).max(1).optional(),
    max_tokens: z.number().int().positive().optional(),
  })
  .strict();

/** A local GGUF model run in-process through node-llama-cpp (optional dependency). */
export const LlamaProviderSchema = z
  .object({
    kind: z.literal("llama"),
    model_path: z.string().min(1),
    context_size: z.number().int().positive().default(4096),
    gpu_layers: z.union([z.number().int().min(0), z.literal("auto")]).default("auto"),
    concurrency: z.number().int().positive().default(1),
    /** CPU threads for evaluation (default: node-llama-cpp's choice, the machine's cores). */
    threads: z.number().int().positive().optional(),
    strip_think: z.boolean().default(false),
    cache: z.union([z.string().min(1), z.literal(false)]).default(false),
    temperature: z.number().min(0).max(2).optional(),
    max_tokens: z.number().int().positive().optional(),
  })
  .strict();

export const ProviderConfigSchema = z.discriminatedUnion("kind", [OpenAIProviderSchema, LlamaProviderSchema]);
export type ProviderConfig = z.infer<typeof ProviderConfigSchema>;
export type OpenAIProviderConfig = z.infer<typeof OpenAIProviderSchema>;
export type LlamaProviderConfig = z.infer<typeof LlamaProviderSchema>;

/**
 * The root of a purpcode config. Stage sections are added by their stages; unknown keys are errors so a
 * typo never silently falls back to a default.
 */
export const ConfigSchema = z
  .object({
    version: z.literal(1).default(1),
    /** Where stages write their artifacts. */
    run_dir: z.string().default(".runs/default"),
    /** Where the public benchmark and reference data live (a user may download them elsewhere). */
    data_dir: z.string().default("../shared/data"),
    /** Named model endpoints; stages refer to them by name (e.g. `generator`, `policy`, `judge`). */
    models: z.record(z.string().regex(/^[A-Za-z0-9_-]+$/), ProviderConfigSchema).default({}),
  })
  .strict();
export type Config = z.infer<typeof ConfigSchema>;

export interface LoadedConfig {
  config: Config;
  file: string | undefined;
}

/** Parses and validates a config; errors name the file, the key path, the line and what was expected. */
/** Top-level keys only a recipe has: a recipe file also serves as `--config` (its models, run_dir, data_dir). */
const RECIPE_ONLY_KEYS = [
  "name",
  "dry_run",
  "generator",
  "policy",
  "judge",
  "redteam",
  "distill",
  "rl",
  "eval",
];

export function isRecipeText(text: string): boolean {
  try {
    const root = parseDocument(text).toJS() as unknown;
    return (
      typeof root === "object" &&
      root !== null &&
      !Array.isArray(root) &&
      RECIPE_ONLY_KEYS.some((k) => k in (root as Record<string, unknown>))
    );
  } catch {
    return false;
  }
}

export function parseConfig(text: string, file = "<config>"): Config {
  // A recipe's own keys are not config keys: read its config part (still strict inside models:).
  if (isRecipeText(text)) return parseYamlWith(z.object(ConfigSchema.shape), text, file, "config");
  return parseYamlWith(ConfigSchema, text, file, "config");
}

/** A problem found after the schema passed (a missing file, an unknown name), at a key path. */
export interface KeyProblem {
  path: PropertyKey[];
  message: string;
}

/**
 * Parses YAML against a schema (and optional checks of the parsed value); every problem names its key path and
 * line, so a recipe or config error points at the line to fix.
 */
export function parseYamlWith<S extends z.ZodType>(
  schema: S,
  text: string,
  file: string,
  what: string,
  check?: (value: z.infer<S>) => KeyProblem[],
): z.infer<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = first.linePos?.[0]?.line;
    throw new InputError(`invalid YAML: ${first.message.split("\n")[0]}`, { file, line });
  }
  const raw: unknown = doc.toJS() ?? {};
  const result = schema.safeParse(raw);
  const problems: KeyProblem[] = result.success
    ? (check?.(result.data) ?? [])
    : result.error.issues.map((issue) => ({ path: issueKeyPath(issue), message: issue.message }));
  if (result.success && problems.length === 0) return result.data;
  const described = problems.map(({ path, message }) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0] ?? nearestRange(doc, path);
    const line = offset === undefined ? undefined : lineCounter.linePos(offset).line;
    return `${formatPath(path)}${line !== undefined ? ` (line ${line})` : ""}: ${message}`;
  });
  throw new InputError(`invalid ${what}: ${described.join("; ")}`, { file });
}

/** Unknown keys are reported on the parent object by zod; point the path at the key itself. */
function issueKeyPath(issue: z.core.$ZodIssue): PropertyKey[] {
  if (issue.code === "unrecognized_keys" && issue.keys.length > 0) return [...issue.path, issue.keys[0]!];
  return [...issue.path];
}

function nearestRange(doc: ReturnType<typeof parseDocument>, path: PropertyKey[]): number | undefined {
  for (let n = path.length - 1; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isMap(node) || isSeq(node)) return node.range?.[0];
  }
  return undefined;
}

export async function loadConfig(file: string | undefined): Promise<LoadedConfig> {
  if (!file) return { config: ConfigSchema.parse({}), file: undefined };
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new InputError(`cannot read config: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
      file,
    });
  }
  return { config: parseConfig(text, file), file };
}

/**
 * Applies `key.path=value` overrides (CLI flags win over the file) and re-validates. Values are parsed as
 * YAML scalars so `--set models.gen.concurrency=8` gives a number.
 */
export function applyOverrides(config: Config, overrides: string[], source = "--set"): Config {
  const copy = structuredClone(config) as Record<string, unknown>;
  for (const item of overrides) {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new InputError(`${source} expects key.path=value, got '${item}'`);
    const keys = item.slice(0, eq).split(".");
    const value: unknown = parseDocument(item.slice(eq + 1)).toJS();
    let cursor: Record<string, unknown> = copy;
    for (const key of keys.slice(0, -1)) {
      const next = cursor[key];
      if (next === undefined) cursor[key] = {};
      else if (typeof next !== "object" || next === null) {
        throw new InputError(`${source} ${item}: '${key}' is not a section`);
      }
      cursor = cursor[key] as Record<string, unknown>;
    }
    cursor[keys.at(-1)!] = value;
  }
  const result = ConfigSchema.safeParse(copy);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new InputError(`${source}: ${formatPath(issueKeyPath(issue))}: ${issue.message}`);
  }
  return result.data;
}
