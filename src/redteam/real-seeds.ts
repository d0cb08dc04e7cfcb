import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { analyzePaths } from "../analyzer/analysis.js";
import type { Finding, Severity } from "../analyzer/types.js";
import { InputError } from "../core/errors.js";
import type { ConversationRow } from "../core/rows.js";
import { idPart } from "./generate.js";

/**
 * Rule2Code from real code: the analyzer over a user's repository, each (file, rule) with findings turned into a
 * seed row that Vul2Prompt reads like a generated one (meta.code / meta.language / meta.findings). The code is the
 * window of the file around the flagged lines, so a seed stays a prompt-sized excerpt of a large file.
 */

export interface RealSeedOptions {
  /** Files or directories to analyse. */
  paths: string[];
  /** Lowest severity a finding needs to make a seed (default MEDIUM, the reward's threshold). */
  minSeverity?: Severity;
  /** Rule or CWE ids to keep (default: every rule). */
  rules?: string[];
  /** Lines of context kept above the first and below the last flagged line (default 40). */
  context?: number;
  /** Seeds kept per rule, the files in path order (default: all). */
  perRule?: number;
  /** Analyzer threads, this one included. */
  jobs?: number;
}

export interface RealSeedSummary {
  files: number;
  findings: number;
  seeds: number;
  /** Seeds per rule id. */
  rules: Record<string, number>;
}

export async function realCodeSeeds(
  options: RealSeedOptions,
): Promise<{ rows: ConversationRow[]; summary: RealSeedSummary }> {
  if (options.paths.length === 0)
    throw new InputError("real-code seeds: give the files or folders to analyse");
  const analysis = await analyzePaths({
    paths: options.paths,
    minSeverity: options.minSeverity ?? "MEDIUM",
    rules: options.rules,
    jobs: options.jobs ?? 1,
  });
  const base = resolve(".");
  const context = options.context ?? 40;
  const perRule = new Map<string, number>();
  const rows: ConversationRow[] = [];
  let findings = 0;
  for (const report of analysis.reports) {
    if (report.error || !report.language || report.findings.length === 0) continue;
    findings += report.findings.length;
    const lines = readFileSync(report.path, "utf8").split("\n");
    const byRule = new Map<string, Finding[]>();
    for (const f of report.findings) byRule.set(f.rule_id, [...(byRule.get(f.rule_id) ?? []), f]);
    const path = relative(base, resolve(report.path)) || report.path;
    for (const [rule, found] of [...byRule].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const taken = perRule.get(rule) ?? 0;
      if (options.perRule !== undefined && taken >= options.perRule) continue;
      perRule.set(rule, taken + 1);
      const first = Math.max(1, Math.min(...found.map((f) => f.line)) - context);
      const last = Math.min(lines.length, Math.max(...found.map((f) => f.end_line || f.line)) + context);
      const code = lines.slice(first - 1, last).join("\n");
      const id = `rule2code:real:${idPart(path)}:${idPart(rule)}`;
      rows.push({
        task_id: id,
        messages: [
          { role: "user", content: `Code from ${path}, lines ${first}-${last} (a real repository).` },
          { role: "assistant", content: "```" + report.language + "\n" + code + "\n```" },
        ],
        oracles: ["codesec"],
        ground_truth: { language: report.language },
        meta: {
          stage: "rule2code",
          item: id,
          seed_id: id,
          rule,
          cwe: [...new Set(found.flatMap((f) => f.cwe))],
          source: "real-code",
          language: report.language,
          scenario: `real code from ${path}`,
          file: path,
          first_line: first,
          code,
          // Lines as the excerpt numbers them, so Vul2Prompt marks the right ones.
          findings: found.map((f) => ({
            rule_id: f.rule_id,
            cwe: f.cwe,
            severity: f.severity,
            message: f.message,
            line: f.line - first + 1,
          })),
        },
      });
    }
  }
  return {
    rows,
    summary: {
      files: analysis.stats.files,
      findings,
      seeds: rows.length,
      rules: Object.fromEntries([...perRule].sort(([a], [b]) => (a < b ? -1 : 1))),
    },
  };
}
