import type { ConversationRow } from "../core/rows.js";
import { FAILURE_KINDS, failureKind, type FailureKind } from "./generate.js";

/**
 * Coverage of a red-teaming run: what was attacked (CWE, ATT&CK tactic) by which strategy, per oracle, how
 * many rows dedup removed, what failed and why, and how often Rule2Code's code was confirmed by the analyzer.
 */

export interface SetInput {
  name: string;
  /** Rows as generated (before dedup). */
  rows: ConversationRow[];
  /** Lines of the job's errors file (`{id, error}`). */
  errors?: Array<{ id: string; error: string }>;
  /** Rows kept by dedup, when dedup ran. */
  kept?: ConversationRow[];
}

export interface RuleConfirmation {
  samples: number;
  confirmed: number;
  rate: number;
}

export interface Coverage {
  sets: Record<
    string,
    {
      generated: number;
      after_dedup: number | null;
      failed_items: Record<FailureKind, number>;
      /** Rows whose answer needed more than one attempt (retried, then kept). */
      recovered_by_retry: number;
    }
  >;
  oracles: Record<string, { before: number; after: number | null }>;
  strategies: Record<string, { before: number; after: number | null }>;
  cwe_x_strategy: Record<string, Record<string, number>>;
  tactic_x_strategy: Record<string, Record<string, number>>;
  rule2code: { rules: Record<string, RuleConfirmation>; total: RuleConfirmation } | null;
  dedup: { removed: Record<string, number> } | null;
  /** Per filtered set (utility import, XSCode): items in, rows kept, rows rejected per filter. */
  filters?: Record<string, { input: number; kept: number; rejected: Record<string, number> }>;
}

const inc = (o: Record<string, number>, k: string, n = 1) => (o[k] = (o[k] ?? 0) + n);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

function matrix(
  rows: ConversationRow[],
  key: (r: ConversationRow) => string[],
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const r of rows) {
    const strategy = typeof r.meta?.strategy === "string" ? r.meta.strategy : null;
    if (!strategy) continue;
    for (const k of key(r)) inc((out[k] ??= {}), strategy);
  }
  return Object.fromEntries(
    Object.entries(out).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })),
  );
}

/** Per-rule confirmation rate from Rule2Code rows (meta.rule_stats) and its `not-confirmed` failures. */
export function confirmationRates(
  rows: ConversationRow[],
  errors: Array<{ id: string; error: string }> = [],
): { rules: Record<string, RuleConfirmation>; total: RuleConfirmation } {
  const rules: Record<string, RuleConfirmation> = {};
  const seenItems = new Set<string>();
  for (const r of rows) {
    const item = String(r.meta?.item ?? r.task_id);
    if (seenItems.has(item)) continue;
    seenItems.add(item);
    const stats = r.meta?.rule_stats as { samples?: number; confirmed?: number } | undefined;
    const rule = String(r.meta?.rule ?? item);
    const c = (rules[rule] ??= { samples: 0, confirmed: 0, rate: 0 });
    c.samples += stats?.samples ?? 0;
    c.confirmed += stats?.confirmed ?? 0;
  }
  for (const e of errors) {
    const m = /0 of (\d+) samples/.exec(e.error);
    if (!m) continue;
    // Item ids are rule2code:<rule>:<language>.
    const rule = e.id.split(":").slice(1, -1).join(":") || e.id;
    const c = (rules[rule] ??= { samples: 0, confirmed: 0, rate: 0 });
    c.samples += Number(m[1]);
  }
  const total = { samples: 0, confirmed: 0, rate: 0 };
  for (const c of Object.values(rules)) {
    c.rate = c.samples ? round(c.confirmed / c.samples) : 0;
    total.samples += c.samples;
    total.confirmed += c.confirmed;
  }
  total.rate = total.samples ? round(total.confirmed / total.samples) : 0;
  return { rules, total };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function buildCoverage(sets: SetInput[], removedByReason?: Record<string, number>): Coverage {
  const deduped = sets.some((s) => s.kept !== undefined);
  const coverage: Coverage = {
    sets: {},
    oracles: {},
    strategies: {},
    cwe_x_strategy: {},
    tactic_x_strategy: {},
    rule2code: null,
    dedup: removedByReason ? { removed: removedByReason } : null,
  };
  const finalRows: ConversationRow[] = [];
  for (const set of sets) {
    const failed = Object.fromEntries(FAILURE_KINDS.map((k) => [k, 0])) as Record<FailureKind, number>;
    for (const e of set.errors ?? []) failed[failureKind(e.error)]++;
    coverage.sets[set.name] = {
      generated: set.rows.length,
      after_dedup: set.kept ? set.kept.length : null,
      failed_items: failed,
      recovered_by_retry: set.rows.filter((r) => Number(r.meta?.attempts ?? 1) > 1).length,
    };
    const kept = set.kept ?? set.rows;
    finalRows.push(...kept);
    // Rule2Code seeds are inputs of Vul2Prompt, not prompts: they count for the confirmation rate only.
    const count = (rows: ConversationRow[], field: "before" | "after") => {
      for (const r of rows) {
        if (r.meta?.stage === "rule2code") continue;
        for (const o of r.oracles) {
          const e = (coverage.oracles[o] ??= { before: 0, after: deduped ? 0 : null });
          e[field] = (e[field] ?? 0) + 1;
        }
        const s = typeof r.meta?.strategy === "string" ? r.meta.strategy : null;
        if (s) {
          const e = (coverage.strategies[s] ??= { before: 0, after: deduped ? 0 : null });
          e[field] = (e[field] ?? 0) + 1;
        }
      }
    };
    count(set.rows, "before");
    if (set.kept) count(set.kept, "after");
    // Seeds from real code were never generated: they have no confirmation rate.
    const generatedSeeds = set.rows.filter(
      (r) => r.meta?.stage === "rule2code" && r.meta?.source !== "real-code",
    );
    if (generatedSeeds.length > 0) coverage.rule2code = confirmationRates(generatedSeeds, set.errors);
  }
  const prompts = finalRows.filter((r) => r.meta?.stage !== "rule2code");
  coverage.cwe_x_strategy = matrix(prompts, (r) => strs(r.meta?.cwe));
  coverage.tactic_x_strategy = matrix(prompts, (r) => strs(r.meta?.tactics));
  return coverage;
}

function table(title: string, m: Record<string, Record<string, number>>): string[] {
  const cols = [...new Set(Object.values(m).flatMap((r) => Object.keys(r)))].sort();
  if (cols.length === 0) return [`### ${title}`, "", "(none)", ""];
  const lines = [
    `### ${title}`,
    "",
    `| | ${cols.join(" | ")} | total |`,
    `|---|${cols.map(() => "---:").join("|")}|---:|`,
  ];
  for (const [row, counts] of Object.entries(m)) {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    lines.push(`| ${row} | ${cols.map((c) => counts[c] ?? "").join(" | ")} | ${total} |`);
  }
  lines.push("");
  return lines;
}

export function coverageMarkdown(c: Coverage, title = "Red-teaming coverage"): string {
  const out: string[] = [`# ${title}`, ""];
  out.push(
    "## Sets",
    "",
    `| set | generated | after dedup | recovered by retry | ${FAILURE_KINDS.join(" | ")} |`,
  );
  out.push(`|---|---:|---:|---:|${FAILURE_KINDS.map(() => "---:").join("|")}|`);
  for (const [name, s] of Object.entries(c.sets)) {
    out.push(
      `| ${name} | ${s.generated} | ${s.after_dedup ?? "-"} | ${s.recovered_by_retry} | ${FAILURE_KINDS.map((k) => s.failed_items[k]).join(" | ")} |`,
    );
  }
  out.push(
    "",
    "Failed items are not in the output; each is a line of the set's `.errors.jsonl` with its reason, and a rerun retries it.",
    "",
  );
  out.push("## Oracles", "", "| oracle | before dedup | after dedup |", "|---|---:|---:|");
  for (const [o, n] of Object.entries(c.oracles)) out.push(`| ${o} | ${n.before} | ${n.after ?? "-"} |`);
  out.push("", "## Strategies", "", "| strategy | before dedup | after dedup |", "|---|---:|---:|");
  for (const [s, n] of Object.entries(c.strategies).sort(([a], [b]) => a.localeCompare(b)))
    out.push(`| ${s} | ${n.before} | ${n.after ?? "-"} |`);
  out.push("", "## Coverage", "");
  out.push(
    ...table("CWE x strategy", c.cwe_x_strategy),
    ...table("ATT&CK tactic x strategy", c.tactic_x_strategy),
  );
  if (c.dedup) {
    out.push("## Dedup and decontamination", "", "| removed because | rows |", "|---|---:|");
    for (const [k, n] of Object.entries(c.dedup.removed)) out.push(`| ${k} | ${n} |`);
    out.push("");
  }
  if (c.filters) {
    out.push(
      "## Filters (before dedup)",
      "",
      "| set | input | rejected, per filter | kept |",
      "|---|---:|---|---:|",
    );
    for (const [name, f] of Object.entries(c.filters)) {
      const rejected = Object.entries(f.rejected).filter(([, n]) => n > 0);
      out.push(
        `| ${name} | ${f.input} | ${rejected.map(([k, n]) => `${k} ${n}`).join(", ") || "none"} | ${f.kept} |`,
      );
    }
    out.push("");
  }
  if (c.rule2code) {
    out.push(
      "## Rule2Code confirmation (analyzer hit rate)",
      "",
      "| rule | samples | confirmed | rate |",
      "|---|---:|---:|---:|",
    );
    for (const [r, s] of Object.entries(c.rule2code.rules))
      out.push(`| ${r} | ${s.samples} | ${s.confirmed} | ${s.rate} |`);
    const t = c.rule2code.total;
    out.push(`| **total** | ${t.samples} | ${t.confirmed} | ${t.rate} |`, "");
  }
  return out.join("\n") + "\n";
}
