import { InputError } from "../core/errors.js";
import type { JobSummary } from "../core/job.js";
import { writeJsonl } from "../core/jsonl.js";
import type { ChatProvider } from "../llm/types.js";
import { benignItems, runBenign, utilityRows, UTILITY_SOURCES, type UtilitySource } from "./benign.js";
import { loadCweCatalog, selectRules, type CatalogRule } from "./catalog.js";
import { FAILURE_KINDS, failureKind, type FailureKind, type GenerationSettings } from "./generate.js";
import { loadTechniques, runMalevent, type MaleventItem } from "./malevent.js";
import { runRule2Code, type Rule2CodeItem } from "./rule2code.js";
import { readErrors, readSet } from "./sets.js";
import { loadStrategies, pickStrategies, type Strategy } from "./strategy.js";
import { analyzerRules, analyzerVerifier } from "./verify.js";
import { runVul2Prompt, seedFromRow, type Vul2PromptItem } from "./vul2prompt.js";

/**
 * The red-teaming steps as plain functions of their parameters: the CLI verbs and recipes both call these,
 * so a step behaves the same however it is started.
 */

export interface StepCommon extends GenerationSettings {
  provider: ChatProvider;
  out: string;
  parallel?: number;
  quiet?: boolean;
  /** Extra strategy directories (user strategies). */
  strategiesDirs?: string[];
  dataDir: string;
  /** Compact CWE catalog (default: the one shipped in the package). */
  catalog?: string;
}

export interface StepResult extends JobSummary {
  failed_by_kind: Record<FailureKind, number>;
}

async function withKinds(summary: JobSummary): Promise<StepResult> {
  const errors = summary.failed ? await readErrors(summary.output) : [];
  const byKind = Object.fromEntries(FAILURE_KINDS.map((k) => [k, 0])) as Record<FailureKind, number>;
  for (const e of errors) byKind[failureKind(e.error)]++;
  return { ...summary, failed_by_kind: byKind };
}

const settings = (o: GenerationSettings): GenerationSettings => ({
  attempts: o.attempts,
  seed: o.seed,
  temperature: o.temperature,
  maxTokens: o.maxTokens,
});

/** Analyzer rules (when the analyzer is available and wanted) ahead of the CWE catalog. */
export async function catalogRules(options: {
  catalog?: string;
  analyzer?: boolean;
}): Promise<CatalogRule[]> {
  const analyzer = options.analyzer === false ? [] : analyzerRules();
  return [...analyzer, ...loadCweCatalog(options.catalog).rules];
}

export interface Rule2CodeStep extends StepCommon {
  languages: string[];
  rules?: string[];
  limit?: number;
  depth?: number;
  anyFinding?: boolean;
  /** Include the analyzer's own rules as attack targets (default true). */
  analyzerRules?: boolean;
}

export async function rule2codeStep(o: Rule2CodeStep): Promise<StepResult> {
  const verifier = analyzerVerifier();
  for (const l of o.languages)
    if (!verifier.languages.includes(l))
      throw new InputError(`language: the analyzer supports ${verifier.languages.join(", ")}, not '${l}'`);
  const rules = await catalogRules({ catalog: o.catalog, analyzer: o.analyzerRules !== false });
  const items: Rule2CodeItem[] = [];
  for (const language of o.languages) {
    for (const rule of selectRules(rules, { language, ids: o.rules, limit: o.limit }))
      items.push({ rule, language });
  }
  if (items.length === 0) throw new InputError("no rules selected: check the rule ids, languages and limit");
  return withKinds(
    await runRule2Code(items, {
      ...settings(o),
      provider: o.provider,
      verify: verifier.verify,
      extract: verifier.extract,
      depth: o.depth,
      anyFinding: o.anyFinding,
      output: o.out,
      concurrency: o.parallel,
      quiet: o.quiet,
    }),
  );
}

export interface Vul2PromptStep extends StepCommon {
  /** Seed rows (Rule2Code output, real-code seeds): one file or several, read in order. */
  seeds: string | string[];
  strategies?: string[];
  followUps?: number;
  turns?: number;
  limit?: number;
}

export async function vul2promptStep(o: Vul2PromptStep): Promise<StepResult> {
  const strategies = pickStrategies(loadStrategies(o.strategiesDirs), "vul2prompt", o.strategies);
  const seedFiles = typeof o.seeds === "string" ? [o.seeds] : o.seeds;
  const rows = [];
  for (const file of seedFiles) rows.push(...(await readSet(file)));
  const seeds = rows.slice(0, o.limit ?? rows.length).map(seedFromRow);
  const catalog = await catalogRules({ catalog: o.catalog });
  const items: Vul2PromptItem[] = seeds.flatMap((seed) => strategies.map((strategy) => ({ seed, strategy })));
  return withKinds(
    await runVul2Prompt(items, {
      ...settings(o),
      provider: o.provider,
      catalog,
      followUps: o.followUps,
      turns: o.turns,
      output: o.out,
      concurrency: o.parallel,
      quiet: o.quiet,
      inputFiles: seedFiles,
    }),
  );
}

export interface MaleventStep extends StepCommon {
  tactics?: string[];
  platforms?: string[];
  subtechniques?: boolean;
  limit?: number;
  strategies?: string[];
  minTurns?: number;
  maxTurns?: number;
}

function maleventStrategies(all: Strategy[], ids?: string[]): Strategy[] {
  const usable = all.filter((s) => s.kind === "jailbreak" || s.kind === "multiturn");
  if (!ids || ids.length === 0) return usable;
  return ids.map((id) => {
    const s = usable.find((x) => x.id === id);
    if (!s) throw new InputError(`unknown jailbreak or multiturn strategy '${id}'`);
    return s;
  });
}

export async function maleventStep(o: MaleventStep): Promise<StepResult> {
  const minTurns = o.minTurns ?? 3;
  const maxTurns = o.maxTurns ?? 5;
  if (minTurns > maxTurns) throw new InputError("min turns is above max turns");
  const strategies = maleventStrategies(loadStrategies(o.strategiesDirs), o.strategies);
  const techniques = loadTechniques(o.dataDir, {
    tactics: o.tactics,
    platforms: o.platforms,
    subtechniques: o.subtechniques,
    limit: o.limit,
  });
  if (techniques.length === 0)
    throw new InputError("no ATT&CK technique matches the tactic / platform filters");
  const items: MaleventItem[] = techniques.flatMap((technique) =>
    strategies.map((strategy) => ({ technique, strategy })),
  );
  return withKinds(
    await runMalevent(items, {
      ...settings(o),
      provider: o.provider,
      minTurns,
      maxTurns,
      output: o.out,
      concurrency: o.parallel,
      quiet: o.quiet,
    }),
  );
}

export interface BenignStep extends StepCommon {
  strategies?: string[];
  perStrategy?: number;
  language?: string;
  /** Also write utility tasks with tests here. */
  utilityOut?: string;
  utilitySources?: string[];
  utilityPerSource?: number;
}

export async function benignStep(o: BenignStep): Promise<StepResult & { utility?: number }> {
  const strategies = pickStrategies(loadStrategies(o.strategiesDirs), "benign", o.strategies);
  const rules = selectRules(loadCweCatalog(o.catalog).rules, {
    language: o.language ?? "python",
    source: "cwe",
  });
  const techniques = loadTechniques(o.dataDir);
  let utility: number | undefined;
  if (o.utilityOut) {
    const sources = o.utilitySources ?? [...UTILITY_SOURCES];
    for (const s of sources)
      if (!(UTILITY_SOURCES as readonly string[]).includes(s))
        throw new InputError(`utility source '${s}' is unknown; known: ${UTILITY_SOURCES.join(", ")}`);
    const rows = utilityRows(o.dataDir, sources as UtilitySource[], o.utilityPerSource);
    await writeJsonl(o.utilityOut, rows);
    utility = rows.length;
  }
  const items = benignItems(strategies, rules, techniques, o.perStrategy ?? 20);
  const result = await withKinds(
    await runBenign(items, {
      ...settings(o),
      provider: o.provider,
      output: o.out,
      concurrency: o.parallel,
      quiet: o.quiet,
    }),
  );
  return utility === undefined ? result : { ...result, utility };
}
