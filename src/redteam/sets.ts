import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { readJsonlAll, writeFileAtomic, writeJsonl } from "../core/jsonl.js";
import { ConversationRowSchema, type ConversationRow } from "../core/rows.js";
import { buildCoverage, coverageMarkdown, type Coverage, type SetInput } from "./coverage.js";
import { dedupSets, loadEvalItems, type DedupResult } from "./dedup.js";

/**
 * Prompt sets on disk: a set is one JSONL file of ConversationRows (its name is the file name without
 * `.jsonl`), with the job's `<file>.errors.jsonl` beside it. Dedup writes the kept rows of every set under
 * the same names into its output directory, plus `removed.jsonl` and `dedup.json`.
 */

export const setName = (file: string) => basename(file).replace(/\.jsonl(\.gz)?$/, "");

export async function readSet(file: string): Promise<ConversationRow[]> {
  return readJsonlAll(file, { schema: ConversationRowSchema });
}

export async function readErrors(file: string): Promise<Array<{ id: string; error: string }>> {
  const errors = `${file}.errors.jsonl`;
  if (!existsSync(errors)) return [];
  return (await readJsonlAll(errors)) as Array<{ id: string; error: string }>;
}

export interface DedupRun {
  result: DedupResult;
  evalSets: Record<string, number>;
  missingEvalFiles: string[];
}

export async function dedupFiles(
  files: string[],
  outDir: string,
  options: { threshold?: number; containmentThreshold?: number; dataDir?: string; decontaminate?: boolean },
): Promise<DedupRun> {
  const sets = [];
  for (const file of files) sets.push({ name: setName(file), rows: await readSet(file) });
  const evals =
    options.decontaminate === false || !options.dataDir
      ? { items: [], sets: {}, missing: [] }
      : loadEvalItems(options.dataDir);
  const result = dedupSets(sets, {
    threshold: options.threshold,
    containmentThreshold: options.containmentThreshold,
    evalItems: evals.items,
  });
  for (const set of result.sets) await writeJsonl(join(outDir, `${set.name}.jsonl`), set.kept);
  await writeJsonl(join(outDir, "removed.jsonl"), result.removed);
  const report = {
    threshold: result.threshold,
    containment_threshold: result.containmentThreshold,
    lsh: { bands: result.bands, rows: result.rows },
    eval_sets: evals.sets,
    missing_eval_files: evals.missing,
    sets: result.sets.map((s) => ({
      name: s.name,
      before: s.before,
      after: s.kept.length,
      removed: s.removed,
    })),
  };
  await writeFileAtomic(join(outDir, "dedup.json"), JSON.stringify(report, null, 2) + "\n");
  return { result, evalSets: evals.sets, missingEvalFiles: evals.missing };
}

/** Generated sets in a run directory: `*.jsonl` that are not errors, caches or provenance. */
export function setFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl") && !f.endsWith(".errors.jsonl") && !/cache/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Coverage of the sets in `dir`, with the kept rows from `dedupDir` when dedup ran and the rows each filtered
 * set kept and rejected per filter (the recipe's utility import and XSCode steps).
 */
export async function coverageOf(
  dir: string,
  dedupDir?: string,
  filters?: Coverage["filters"],
): Promise<Coverage> {
  const inputs: SetInput[] = [];
  for (const file of setFiles(dir)) {
    const input: SetInput = {
      name: setName(file),
      rows: await readSet(file),
      errors: await readErrors(file),
    };
    const kept = dedupDir ? join(dedupDir, basename(file)) : undefined;
    if (kept && existsSync(kept)) input.kept = await readSet(kept);
    inputs.push(input);
  }
  let removed: Record<string, number> | undefined;
  if (dedupDir && existsSync(join(dedupDir, "removed.jsonl"))) {
    removed = { "exact-duplicate": 0, "near-duplicate": 0 };
    for (const r of (await readJsonlAll(join(dedupDir, "removed.jsonl"))) as Array<{
      reason: string;
      match_set: string;
    }>) {
      const key = r.reason === "contaminated" ? `contaminated (${r.match_set})` : r.reason;
      removed[key] = (removed[key] ?? 0) + 1;
    }
  }
  const coverage = buildCoverage(inputs, removed);
  if (filters && Object.keys(filters).length) coverage.filters = filters;
  return coverage;
}

/** Writes `<prefix>.json` and `<prefix>.md`; a dry run's label heads the markdown and sets `dry_run` in the JSON. */
export async function writeCoverage(coverage: Coverage, outPrefix: string, dryRun?: string): Promise<void> {
  const json = dryRun ? { dry_run: true, ...coverage } : coverage;
  await writeFileAtomic(`${outPrefix}.json`, JSON.stringify(json, null, 2) + "\n");
  await writeFileAtomic(`${outPrefix}.md`, (dryRun ? `**${dryRun}**\n\n` : "") + coverageMarkdown(coverage));
}
