import { existsSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../core/errors.js";
import { runJob, type JobSummary } from "../core/job.js";
import { readJsonlAll } from "../core/jsonl.js";
import type { Message } from "../core/rows.js";
import { sampleId } from "../core/rows.js";
import type { ChatProvider, SamplingParams } from "../llm/types.js";
import { ORACLE_KINDS, ORACLE_MEMBER, type Oracles } from "../verdict/index.js";
import { answerPart } from "./answer.js";
import type { ResultsStore } from "./store.js";
import type { EvalItem, Generation, Metric, Suite, SuiteVerdict } from "./types.js";

export interface EvalOptions {
  store: ResultsStore;
  /** Work files (resumable JSONL) go under `<workDir>/<run id>/<suite>/`. */
  workDir: string;
  runId: string;
  suites: Suite[];
  dataDir: string;
  languages?: string[];
  files?: Record<string, string>;
  /** First N items of each suite. */
  limit?: number;
  samples: number;
  /** "model" asks the provider; any other value scores the data set's reference answers of that label. */
  answers: string;
  provider?: ChatProvider;
  /** The attacking model of live red-team suites. */
  attacker?: ChatProvider;
  /** Prepended as the system message (joined with an item's own system message, if any). */
  systemPrompt?: string;
  sampling?: SamplingParams;
  generateConcurrency?: number;
  scoreConcurrency?: number;
  oracles: Oracles;
  /** Skip generation (rescore stored generations) or scoring (generate only). */
  steps?: { generate: boolean; score: boolean };
  quiet?: boolean;
  parameters?: Record<string, unknown>;
}

export interface SuiteResult {
  suite: string;
  items: number;
  generation?: JobSummary;
  scoring?: JobSummary;
  metrics: Metric[];
}

/** What a suite lacks to be scored, as readable names (the judges come with a judge model). */
export function missingOracles(suite: Suite, oracles: Oracles): string[] {
  return suite.needs
    .filter((k) => !oracles[ORACLE_MEMBER[k]])
    .map((k) => (k.endsWith("-judge") ? "a judge model (--judge-model)" : ORACLE_KINDS[k]));
}

export function suiteDir(workDir: string, runId: string, suite: string): string {
  return join(workDir, runId, suite);
}

/** Items of a suite after the language filter and the limit. */
export async function loadItems(
  suite: Suite,
  options: Pick<EvalOptions, "dataDir" | "languages" | "files" | "limit">,
) {
  const items = await suite.load({
    dataDir: options.dataDir,
    languages: options.languages,
    files: options.files,
  });
  return options.limit ? items.slice(0, options.limit) : items;
}

function withSystemPrompt(messages: Message[], systemPrompt: string | undefined): Message[] {
  if (!systemPrompt) return messages;
  if (messages[0]?.role === "system")
    return [{ role: "system", content: `${systemPrompt}\n\n${messages[0].content}` }, ...messages.slice(1)];
  return [{ role: "system", content: systemPrompt }, ...messages];
}

/**
 * Plays the conversation: every user turn not already answered in the row gets the model's answer, and later
 * turns see the model's own earlier answers (multi-turn rows) answer-only, as the reference keeps the history:
 * the `## Answer` part of each, without the analysis. The stored conversation keeps every answer whole.
 */
async function converse(
  item: EvalItem,
  sample: number,
  provider: ChatProvider,
  options: EvalOptions,
): Promise<{
  messages: Message[];
  generated: number[];
  cached: boolean;
  tokens: { prompt: number; completion: number };
}> {
  const script = withSystemPrompt(item.messages, options.systemPrompt);
  const messages: Message[] = [];
  const generated: number[] = [];
  const tokens = { prompt: 0, completion: 0 };
  let cached = true;
  for (let i = 0; i < script.length; i++) {
    const turn = script[i]!;
    messages.push(turn);
    if (turn.role !== "user" || script[i + 1]?.role === "assistant") continue;
    const history = messages.map((m, k) =>
      generated.includes(k) ? { ...m, content: answerPart(m.content) } : m,
    );
    const response = await provider.chat({
      ...options.sampling,
      messages: history,
      sampleIndex: sample,
      stripThink: true,
    });
    generated.push(messages.length);
    messages.push({ role: "assistant", content: response.text });
    tokens.prompt += response.usage.promptTokens;
    tokens.completion += response.usage.completionTokens;
    cached &&= response.cached;
  }
  return { messages, generated, cached, tokens };
}

interface Job {
  item: EvalItem;
  sample: number;
  answer?: string;
}

function jobsFor(items: EvalItem[], options: EvalOptions): Job[] {
  const jobs: Job[] = [];
  for (const item of items) {
    if (options.answers === "model") {
      for (let k = 0; k < options.samples; k++) jobs.push({ item, sample: k });
    } else {
      (item.references?.[options.answers] ?? []).forEach((answer, k) =>
        jobs.push({ item, sample: k, answer }),
      );
    }
  }
  return jobs;
}

async function generate(
  suite: Suite,
  items: EvalItem[],
  options: EvalOptions,
  file: string,
): Promise<JobSummary> {
  const provider = options.provider;
  if (options.answers === "model" && !provider)
    throw new InputError("no model: pass --model/--base-url or --provider");
  const jobs = jobsFor(items, options);
  const model = options.answers === "model" ? provider!.model : `reference:${options.answers}`;
  return runJob<Job, Generation>({
    name: `${suite.name} generate`,
    input: jobs,
    total: jobs.length,
    output: file,
    id: (job) => sampleId(job.item.id, job.sample),
    concurrency: options.generateConcurrency ?? 16,
    quiet: options.quiet,
    parameters: { run: options.runId, suite: suite.name, answers: options.answers, samples: options.samples },
    work: async ({ item, sample, answer }) => {
      let messages: Message[];
      let extra: Pick<Generation, "cached" | "tokens" | "generated"> = {};
      if (answer !== undefined) {
        messages = [...item.messages, { role: "assistant", content: answer }];
        extra = { generated: [messages.length - 1] };
      } else {
        const played = suite.play
          ? await suite.play(item, sample, {
              target: provider!,
              attacker: options.attacker,
              sampling: options.sampling,
              systemPrompt: options.systemPrompt,
              detectRefusal: options.oracles.refusal
                ? (text) => options.oracles.refusal!.detect(text).refusal
                : undefined,
            })
          : await converse(item, sample, provider!, options);
        messages = played.messages;
        extra = {
          cached: played.cached,
          tokens: played.tokens,
          ...("generated" in played ? { generated: played.generated as number[] } : {}),
        };
      }
      return {
        task_id: sampleId(item.id, sample),
        item_id: item.id,
        sample,
        messages,
        answer: messages.at(-1)?.content ?? "",
        language: item.language,
        cwe: item.cwe,
        meta: item.meta,
        model,
        ...extra,
      };
    },
  });
}

/** Runs the chosen suites: generation, then scoring, each a resumable job; results land in the store. */
export async function runEval(options: EvalOptions): Promise<SuiteResult[]> {
  const steps = options.steps ?? { generate: true, score: true };
  if (steps.score) {
    const lacking = options.suites
      .map((s) => ({ suite: s.name, missing: missingOracles(s, options.oracles) }))
      .filter((x) => x.missing.length > 0);
    if (lacking.length)
      throw new InputError(
        `cannot score: ${lacking.map((x) => `${x.suite} needs ${x.missing.join(" and ")}`).join("; ")}`,
      );
  }
  if (steps.generate && options.answers === "model") {
    const unplayable = options.suites.filter((s) => s.players?.includes("attacker") && !options.attacker);
    if (unplayable.length)
      throw new InputError(
        `${unplayable.map((s) => s.name).join(", ")} needs an attacker model (--attacker-model and --attacker-base-url, or --attacker-provider)`,
      );
  }
  const existing = (await options.store.listRuns()).find((r) => r.id === options.runId);
  await options.store.saveRun({
    id: options.runId,
    model:
      options.answers === "model"
        ? (options.provider?.model ?? existing?.model ?? "unknown")
        : `reference:${options.answers}`,
    provider: options.provider?.id ?? existing?.provider,
    answers: options.answers,
    system_prompt: options.systemPrompt ?? existing?.system_prompt,
    created_at: existing?.created_at ?? new Date().toISOString(),
    parameters: { ...existing?.parameters, ...options.parameters },
  });

  const results: SuiteResult[] = [];
  for (const suite of options.suites) {
    const dir = suiteDir(options.workDir, options.runId, suite.name);
    const generationsFile = join(dir, "generations.jsonl");
    const verdictsFile = join(dir, "verdicts.jsonl");
    const items = await loadItems(suite, options);
    const result: SuiteResult = { suite: suite.name, items: items.length, metrics: [] };
    const record = {
      run_id: options.runId,
      suite: suite.name,
      category: suite.category,
      source: suite.source,
      items: items.length,
    };
    await options.store.saveSuite(record);

    if (steps.generate) {
      result.generation = await generate(suite, items, options, generationsFile);
      if (result.generation.failed > 0 && !options.quiet)
        process.stderr.write(
          `${suite.name}: ${result.generation.failed} generations failed (see ${result.generation.errors}); rerun to retry\n`,
        );
    }
    if (!existsSync(generationsFile)) {
      results.push(result);
      continue;
    }
    const wanted = new Set(jobsFor(items, options).map((j) => sampleId(j.item.id, j.sample)));
    const generations = (await readJsonlAll(generationsFile)) as Generation[];
    const current = generations.filter((g) => wanted.has(g.task_id));
    await options.store.saveGenerations(options.runId, suite.name, current);

    if (steps.score) {
      result.scoring = await runJob<Generation, SuiteVerdict>({
        name: `${suite.name} score`,
        input: current,
        total: current.length,
        output: verdictsFile,
        id: (g) => g.task_id,
        concurrency: options.scoreConcurrency ?? 4,
        quiet: options.quiet,
        parameters: { run: options.runId, suite: suite.name },
        work: (g) => suite.score(g, options.oracles),
      });
      const verdicts = ((await readJsonlAll(verdictsFile)) as SuiteVerdict[]).filter((v) =>
        wanted.has(v.task_id),
      );
      const metrics = suite.metrics(verdicts);
      // Items without a verdict (their generation or scoring failed) are counted, never silently left out.
      metrics.metrics.push({
        name: "failed",
        value: wanted.size - verdicts.length,
        n: wanted.size,
        better: "lower",
      });
      await options.store.saveScores(options.runId, suite.name, verdicts, metrics);
      await options.store.saveSuite({ ...record, scored_at: new Date().toISOString() });
      result.metrics = metrics.metrics;
    }
    results.push(result);
  }
  return results;
}
