import { copyFileSync, existsSync, readdirSync, statSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../core/errors.js";
import { writeFileAtomic, writeJsonl } from "../core/jsonl.js";
import type { ChatProvider } from "../llm/types.js";
import { Sandbox, runTask } from "../sandbox/index.js";
import { UTILITY_ATTRIBUTION } from "./benign.js";
import { loadEvalItems } from "./dedup.js";
import { realCodeSeeds } from "./real-seeds.js";
import { secqaRows } from "./secqa.js";
import type { RedteamSettings } from "./settings.js";
import { UTILITY_FILTERS, loadBlockList, runUtilityImport } from "./utility.js";
import { loadXscodeData, runXscode } from "./xscode.js";

/**
 * The data steps of the `redteam:` section beyond synthesis - real-code seeds, the utility import, security-QA
 * sets and XSCode prompts - as the recipe runs them: the same functions as the `redteam seeds / utility / secqa /
 * xscode` verbs, their work files under `<dir>/work/`, and each set's final rows as `<dir>/<set>.jsonl` (the file
 * dedup, coverage and RL read, as for the synthesized sets). A step with filters writes
 * `<dir>/work/<set>.filters.json` (input, kept, rejected per filter) for the coverage report.
 */

type Sections = Required<RedteamSettings>;

/** Set names (file names without `.jsonl`) of the data steps' outputs. */
export const DATA_SETS = {
  seeds: "seeds-from-code",
  utility: "utility-import",
  secqa: "secqa",
  xscode: "xscode",
} as const;

/** Rows kept and rejected per filter by a step with filters (coverage reads these). */
export interface SetFilters {
  input: number;
  kept: number;
  rejected: Record<string, number>;
}

const workDir = (dir: string) => join(dir, "work");
export const filtersFile = (dir: string, set: string) => join(workDir(dir), `${set}.filters.json`);

async function writeFilters(dir: string, set: string, f: SetFilters): Promise<void> {
  await writeFileAtomic(filtersFile(dir, set), JSON.stringify(f, null, 2) + "\n");
}

/** The filter reports in a red-teaming folder, by set. */
export async function readSetFilters(dir: string): Promise<Record<string, SetFilters>> {
  const work = workDir(dir);
  if (!existsSync(work)) return {};
  const out: Record<string, SetFilters> = {};
  for (const f of readdirSync(work).sort())
    if (f.endsWith(".filters.json"))
      out[f.slice(0, -".filters.json".length)] = JSON.parse(
        await readFile(join(work, f), "utf8"),
      ) as SetFilters;
  return out;
}

/** Every file under the given files and folders (sorted): what a real-code seed step's key digests. */
export function filesUnder(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (!existsSync(p)) {
      out.push(p);
      return;
    }
    if (!statSync(p).isDirectory()) {
      out.push(p);
      return;
    }
    for (const name of readdirSync(p).sort())
      if (!name.startsWith(".") && name !== "node_modules") walk(join(p, name));
  };
  for (const p of paths) walk(p);
  return out;
}

/** Shared utility sets under the data folder, by source (what `redteam benign --utility-out` also reads). */
export const SHARED_TASK_FILES: Record<Sections["utility"]["shared"][number], string[]> = {
  kodcode: [
    "kodcode/Verified_KodCode_algorithm_100_1741212598_Complete.json",
    "kodcode/Verified_KodCode_leetcode_100_1741214688_Complete.json",
    "kodcode/Verified_KodCode_prefill_200_1741214325_Complete.json",
  ],
  leetcode: ["leetcode/LeetCodeDataset-v0.2.0-train.jsonl.gz"],
  mbpp: ["mbpp/sanitized-mbpp.json"],
};

/** The utility import's input files: the user's, then the shared sets'. */
export function utilityFiles(s: Sections["utility"], dataDir: string): string[] {
  return [...s.files, ...s.shared.flatMap((src) => SHARED_TASK_FILES[src].map((f) => join(dataDir, f)))];
}

export interface DataStepResult {
  rows: number;
  /** Items decided by an earlier, interrupted run of the step (a resumed job). */
  resumed?: number;
  /** Extra counts for the stage record (rejections per filter). */
  counts?: Record<string, number>;
  note?: string;
}

export async function seedsFromCodeStep(s: Sections["seeds"], dir: string): Promise<DataStepResult> {
  const { rows, summary } = await realCodeSeeds({
    paths: s.from_code,
    minSeverity: s.min_severity,
    rules: s.rules,
    context: s.context,
    perRule: s.per_rule,
  });
  await writeJsonl(join(dir, `${DATA_SETS.seeds}.jsonl`), rows);
  return {
    rows: rows.length,
    counts: { seeds_from_code_findings: summary.findings },
    ...(rows.length === 0
      ? { note: `seeds: no finding at ${s.min_severity} or above in ${summary.files} file(s)` }
      : {}),
  };
}

export async function utilityImportStep(
  s: Sections["utility"],
  o: { dir: string; dataDir: string; policy?: ChatProvider; quiet?: boolean },
): Promise<DataStepResult> {
  const set = DATA_SETS.utility;
  await mkdir(workDir(o.dir), { recursive: true });
  const out = join(workDir(o.dir), `${set}.jsonl`);
  const evals = s.decontaminate ? loadEvalItems(o.dataDir) : { items: [], missing: [] };
  const attribution =
    s.attribution ??
    (s.files.length === 0 ? s.shared.map((src) => UTILITY_ATTRIBUTION[src]).join("; ") : undefined);
  if (s.difficulty && !o.policy) throw new InputError("redteam.utility.difficulty needs the policy model");
  const sandbox = s.verify ? await Sandbox.open() : undefined;
  try {
    const r = await runUtilityImport({
      files: utilityFiles(s, o.dataDir),
      out,
      source: s.source ?? "utility",
      shape: s.shape,
      attribution,
      runTests: sandbox ? (task) => runTask(sandbox, task) : undefined,
      blockList: loadBlockList(s.block_list),
      evalItems: evals.items,
      ...(s.difficulty
        ? {
            policy: o.policy,
            samples: s.difficulty.samples,
            band: s.difficulty.band,
            temperature: s.difficulty.temperature,
            maxTokens: s.difficulty.max_tokens,
          }
        : {}),
      timeoutMs: s.timeout_ms,
      concurrency: s.parallel,
      limit: s.limit,
      quiet: o.quiet,
    });
    copyFileSync(out, join(o.dir, `${set}.jsonl`));
    const rejected = Object.fromEntries(UTILITY_FILTERS.map((f) => [f, r.rejected[f]]));
    await writeFilters(o.dir, set, {
      input: r.read,
      kept: r.kept,
      rejected: { ...rejected, ...(r.job.failed ? { failed: r.job.failed } : {}) },
    });
    const counts: Record<string, number> = {};
    for (const f of UTILITY_FILTERS) if (r.rejected[f]) counts[`utility_rejected_${f}`] = r.rejected[f];
    if (r.job.resumed) counts.utility_resumed = r.job.resumed;
    return {
      rows: r.kept,
      resumed: r.job.resumed,
      counts,
      ...(r.job.failed
        ? { note: `utility: ${r.job.failed} task(s) failed (see ${r.job.errors}); a rerun retries them` }
        : {}),
    };
  } finally {
    await sandbox?.close();
  }
}

export async function secqaStep(s: Sections["secqa"], dir: string): Promise<DataStepResult> {
  const rows = [];
  // Two files of one set (or under one `source`) could number their questions alike: an id must name one row.
  const fileOf = new Map<string, string>();
  for (const file of s.files)
    for (const row of secqaRows(file, { source: s.source, licence: s.licence, limit: s.limit })) {
      const other = fileOf.get(row.task_id);
      if (other !== undefined)
        throw new InputError(
          `redteam.secqa: question id ${row.task_id} is in both ${other} and ${file} (two files of one set ` +
            "number their questions alike): merge them into one file, or import one with `purpcode redteam " +
            "secqa --source <name>` and bring it as an extra_sets entry",
          { file },
        );
      fileOf.set(row.task_id, file);
      rows.push(row);
    }
  await writeJsonl(join(dir, `${DATA_SETS.secqa}.jsonl`), rows);
  return { rows: rows.length };
}

export async function xscodeStep(
  s: Sections["xscode"],
  o: {
    dir: string;
    generator: ChatProvider;
    judge?: ChatProvider;
    dryRun?: boolean;
    quiet?: boolean;
  },
): Promise<DataStepResult> {
  if (!o.judge) throw new InputError("redteam.xscode needs a judge model (judge: <name>)");
  const set = DATA_SETS.xscode;
  await mkdir(workDir(o.dir), { recursive: true });
  const out = join(workDir(o.dir), `${set}.jsonl`);
  const r = await runXscode({
    generator: o.generator,
    judge: o.judge,
    out,
    data: loadXscodeData(s.data),
    cwes: s.cwes,
    threshold: s.threshold,
    attempts: s.attempts,
    seed: s.seed,
    temperature: s.temperature,
    maxTokens: s.max_tokens,
    concurrency: s.parallel,
    quiet: o.quiet,
    dryRun: o.dryRun,
  });
  copyFileSync(out, join(o.dir, `${set}.jsonl`));
  // Generation failures (refusals, forbidden phrases after every attempt) count in coverage as the set's errors.
  const errors = `${out}.generated.jsonl.errors.jsonl`;
  if (existsSync(errors)) copyFileSync(errors, join(o.dir, `${set}.jsonl.errors.jsonl`));
  await writeFilters(o.dir, set, {
    input: r.generation.total,
    kept: r.kept,
    rejected: {
      "generation-failed": r.generation_failed,
      "near-duplicate": r.removed_duplicates,
      prefilter: r.rejected.prefilter,
      postfilter: r.rejected.postfilter,
      ...(r.judging.failed ? { "judge-failed": r.judging.failed } : {}),
    },
  });
  return {
    rows: r.kept,
    resumed: r.generation.resumed,
    counts: {
      xscode_generated: r.generated,
      xscode_rejected_prefilter: r.rejected.prefilter,
      xscode_rejected_postfilter: r.rejected.postfilter,
      xscode_near_duplicates: r.removed_duplicates,
    },
  };
}
