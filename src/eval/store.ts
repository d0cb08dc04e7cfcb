import { createClient, type Client, type InArgs, type InStatement } from "@libsql/client";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Message } from "../core/rows.js";
import type { Generation, GroupRate, Metric, SuiteCategory, SuiteMetrics, SuiteVerdict } from "./types.js";

/**
 * The results store: an embedded SQLite database (libSQL) holding runs, every generation and verdict, and the
 * metrics computed from them, so reports and the viewer never re-query a model. Schema (JSON columns are text):
 *
 *   runs(id PK, model, provider, answers, system_prompt, created_at, parameters JSON)
 *   run_suites(run_id, suite, category, source, items, scored_at)                PK(run_id, suite)
 *   generations(run_id, suite, task_id, item_id, sample, messages JSON, answer,
 *               language, cwe JSON, model, tokens JSON)                          PK(run_id, suite, task_id)
 *   verdicts(run_id, suite, task_id, item_id, sample, outcome, flags JSON,
 *            language, cwe JSON, detail JSON)                                    PK(run_id, suite, task_id)
 *   metrics(run_id, suite, name, value, n, better, position)                     PK(run_id, suite, name)
 *   group_rates(run_id, suite, dimension, key, n, bad, unsupported)              PK(run_id, suite, dimension, key)
 *
 * `task_id` is `<item id>@<sample>`; `outcome` is good | bad | unsupported.
 */
export const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS runs (id TEXT PRIMARY KEY, model TEXT NOT NULL, provider TEXT, answers TEXT,
     system_prompt TEXT, created_at TEXT NOT NULL, parameters TEXT NOT NULL DEFAULT '{}')`,
  `CREATE TABLE IF NOT EXISTS run_suites (run_id TEXT NOT NULL, suite TEXT NOT NULL, category TEXT NOT NULL,
     source TEXT, items INTEGER NOT NULL DEFAULT 0, scored_at TEXT, PRIMARY KEY (run_id, suite))`,
  `CREATE TABLE IF NOT EXISTS generations (run_id TEXT NOT NULL, suite TEXT NOT NULL, task_id TEXT NOT NULL,
     item_id TEXT NOT NULL, sample INTEGER NOT NULL, messages TEXT NOT NULL, answer TEXT NOT NULL, language TEXT,
     cwe TEXT, model TEXT, tokens TEXT, PRIMARY KEY (run_id, suite, task_id))`,
  `CREATE TABLE IF NOT EXISTS verdicts (run_id TEXT NOT NULL, suite TEXT NOT NULL, task_id TEXT NOT NULL,
     item_id TEXT NOT NULL, sample INTEGER NOT NULL, outcome TEXT NOT NULL, flags TEXT NOT NULL, language TEXT,
     cwe TEXT, detail TEXT NOT NULL, PRIMARY KEY (run_id, suite, task_id))`,
  `CREATE TABLE IF NOT EXISTS metrics (run_id TEXT NOT NULL, suite TEXT NOT NULL, name TEXT NOT NULL,
     value REAL NOT NULL, n INTEGER NOT NULL, better TEXT NOT NULL, position INTEGER NOT NULL,
     PRIMARY KEY (run_id, suite, name))`,
  `CREATE TABLE IF NOT EXISTS group_rates (run_id TEXT NOT NULL, suite TEXT NOT NULL, dimension TEXT NOT NULL,
     key TEXT NOT NULL, n INTEGER NOT NULL, bad INTEGER NOT NULL, unsupported INTEGER NOT NULL,
     PRIMARY KEY (run_id, suite, dimension, key))`,
];

export interface RunRecord {
  id: string;
  model: string;
  provider?: string;
  /** "model", or the label of the reference answers scored ("canonical", "insecure"). */
  answers: string;
  system_prompt?: string;
  created_at: string;
  parameters: Record<string, unknown>;
}

export interface RunSuite {
  run_id: string;
  suite: string;
  category: SuiteCategory;
  source?: string;
  items: number;
  scored_at?: string;
}

export interface StoredMetric extends Metric {
  run_id: string;
  suite: string;
}

export interface StoredGroup extends GroupRate {
  run_id: string;
  suite: string;
}

/** One row of an item list: enough to show and link it. */
export interface ItemSummary {
  task_id: string;
  item_id: string;
  sample: number;
  outcome: SuiteVerdict["outcome"] | "unscored";
  flags: Record<string, boolean>;
  language?: string;
  cwe?: string[];
  prompt: string;
}

export interface ItemRecord {
  generation: Generation;
  verdict?: SuiteVerdict;
}

export interface Summary {
  runs: RunRecord[];
  suites: RunSuite[];
  metrics: StoredMetric[];
  groups: StoredGroup[];
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
const parse = <T>(v: unknown, fallback: T): T => (typeof v === "string" ? (JSON.parse(v) as T) : fallback);
const str = (v: unknown) => (v === null || v === undefined ? undefined : String(v));

export class ResultsStore {
  private constructor(
    private readonly client: Client,
    readonly file: string,
  ) {}

  static async open(file: string): Promise<ResultsStore> {
    const path = resolve(file);
    mkdirSync(dirname(path), { recursive: true });
    const client = createClient({ url: pathToFileURL(path).href });
    await client.batch(SCHEMA, "write");
    return new ResultsStore(client, path);
  }

  close(): void {
    this.client.close();
  }

  async saveRun(run: RunRecord): Promise<void> {
    await this.client.execute({
      sql: `INSERT INTO runs (id, model, provider, answers, system_prompt, created_at, parameters)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET model = excluded.model, provider = excluded.provider,
              answers = excluded.answers, system_prompt = excluded.system_prompt, parameters = excluded.parameters`,
      args: [
        run.id,
        run.model,
        run.provider ?? null,
        run.answers,
        run.system_prompt ?? null,
        run.created_at,
        JSON.stringify(run.parameters),
      ],
    });
  }

  async saveSuite(entry: RunSuite): Promise<void> {
    await this.client.execute({
      sql: `INSERT OR REPLACE INTO run_suites (run_id, suite, category, source, items, scored_at) VALUES (?, ?, ?, ?, ?, ?)`,
      args: [
        entry.run_id,
        entry.suite,
        entry.category,
        entry.source ?? null,
        entry.items,
        entry.scored_at ?? null,
      ],
    });
  }

  async saveGenerations(runId: string, suite: string, generations: Generation[]): Promise<void> {
    await this.writeMany(
      generations.map((g) => ({
        sql: `INSERT OR REPLACE INTO generations (run_id, suite, task_id, item_id, sample, messages, answer, language,
              cwe, model, tokens) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        args: [
          runId,
          suite,
          g.task_id,
          g.item_id,
          g.sample,
          JSON.stringify(g.messages),
          g.answer,
          g.language ?? null,
          json(g.cwe),
          g.model,
          json(g.tokens),
        ] as InArgs,
      })),
    );
  }

  /** Replaces the suite's verdicts and metrics of a run (a rescore supersedes the previous one). */
  async saveScores(
    runId: string,
    suite: string,
    verdicts: SuiteVerdict[],
    metrics: SuiteMetrics,
  ): Promise<void> {
    const statements: InStatement[] = [
      { sql: "DELETE FROM verdicts WHERE run_id = ? AND suite = ?", args: [runId, suite] },
      { sql: "DELETE FROM metrics WHERE run_id = ? AND suite = ?", args: [runId, suite] },
      { sql: "DELETE FROM group_rates WHERE run_id = ? AND suite = ?", args: [runId, suite] },
      ...verdicts.map((v) => ({
        sql: `INSERT OR REPLACE INTO verdicts (run_id, suite, task_id, item_id, sample, outcome, flags, language, cwe,
              detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        args: [
          runId,
          suite,
          v.task_id,
          v.item_id,
          v.sample,
          v.outcome,
          JSON.stringify(v.flags),
          v.language ?? null,
          json(v.cwe),
          JSON.stringify(v.detail),
        ] as InArgs,
      })),
      ...metrics.metrics.map((m, position) => ({
        sql: "INSERT INTO metrics (run_id, suite, name, value, n, better, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
        args: [runId, suite, m.name, m.value, m.n, m.better, position] as InArgs,
      })),
      ...metrics.groups.map((g) => ({
        sql: "INSERT INTO group_rates (run_id, suite, dimension, key, n, bad, unsupported) VALUES (?, ?, ?, ?, ?, ?, ?)",
        args: [runId, suite, g.dimension, g.key, g.n, g.bad, g.unsupported] as InArgs,
      })),
    ];
    await this.client.batch(statements, "write");
  }

  private async writeMany(statements: InStatement[]): Promise<void> {
    for (let i = 0; i < statements.length; i += 500)
      await this.client.batch(statements.slice(i, i + 500), "write");
  }

  async listRuns(): Promise<RunRecord[]> {
    const rs = await this.client.execute("SELECT * FROM runs ORDER BY created_at, id");
    return rs.rows.map((r) => ({
      id: String(r.id),
      model: String(r.model),
      provider: str(r.provider),
      answers: String(r.answers ?? "model"),
      system_prompt: str(r.system_prompt),
      created_at: String(r.created_at),
      parameters: parse(r.parameters, {}),
    }));
  }

  /** Runs, their suites, metrics and group rates; all runs when `runIds` is empty. */
  async summary(runIds: string[] = []): Promise<Summary> {
    const all = await this.listRuns();
    const unknown = runIds.filter((id) => !all.some((r) => r.id === id));
    if (unknown.length) throw new Error(`no such run in ${this.file}: ${unknown.join(", ")}`);
    const runs = runIds.length ? runIds.map((id) => all.find((r) => r.id === id)!) : all;
    const ids = runs.map((r) => r.id);
    const inRuns = (sql: string) =>
      this.client.execute({ sql: sql.replace("$RUNS", ids.map(() => "?").join(",") || "NULL"), args: ids });
    const suites = (await inRuns("SELECT * FROM run_suites WHERE run_id IN ($RUNS) ORDER BY rowid")).rows.map(
      (r): RunSuite => ({
        run_id: String(r.run_id),
        suite: String(r.suite),
        category: String(r.category) as SuiteCategory,
        source: str(r.source),
        items: Number(r.items),
        scored_at: str(r.scored_at),
      }),
    );
    const metrics = (
      await inRuns("SELECT * FROM metrics WHERE run_id IN ($RUNS) ORDER BY suite, position")
    ).rows.map((r): StoredMetric => ({
      run_id: String(r.run_id),
      suite: String(r.suite),
      name: String(r.name),
      value: Number(r.value),
      n: Number(r.n),
      better: String(r.better) as Metric["better"],
    }));
    const groups = (
      await inRuns("SELECT * FROM group_rates WHERE run_id IN ($RUNS) ORDER BY suite, dimension, key")
    ).rows.map((r): StoredGroup => ({
      run_id: String(r.run_id),
      suite: String(r.suite),
      dimension: String(r.dimension) as GroupRate["dimension"],
      key: String(r.key),
      n: Number(r.n),
      bad: Number(r.bad),
      unsupported: Number(r.unsupported),
    }));
    return { runs, suites, metrics, groups };
  }

  async items(runId: string, suite: string): Promise<ItemSummary[]> {
    const rs = await this.client.execute({
      sql: `SELECT g.task_id, g.item_id, g.sample, g.messages, g.language, g.cwe, v.outcome, v.flags
            FROM generations g LEFT JOIN verdicts v USING (run_id, suite, task_id)
            WHERE g.run_id = ? AND g.suite = ? ORDER BY g.rowid`,
      args: [runId, suite],
    });
    return rs.rows.map((r) => {
      const messages = parse<Message[]>(r.messages, []);
      return {
        task_id: String(r.task_id),
        item_id: String(r.item_id),
        sample: Number(r.sample),
        outcome: (str(r.outcome) ?? "unscored") as ItemSummary["outcome"],
        flags: parse(r.flags, {}),
        language: str(r.language),
        cwe: parse<string[] | undefined>(r.cwe, undefined),
        prompt: messages.find((m) => m.role === "user")?.content ?? "",
      };
    });
  }

  async item(runId: string, suite: string, taskId: string): Promise<ItemRecord | undefined> {
    const g = (
      await this.client.execute({
        sql: "SELECT * FROM generations WHERE run_id = ? AND suite = ? AND task_id = ?",
        args: [runId, suite, taskId],
      })
    ).rows[0];
    if (!g) return undefined;
    const v = (
      await this.client.execute({
        sql: "SELECT * FROM verdicts WHERE run_id = ? AND suite = ? AND task_id = ?",
        args: [runId, suite, taskId],
      })
    ).rows[0];
    const generation: Generation = {
      task_id: String(g.task_id),
      item_id: String(g.item_id),
      sample: Number(g.sample),
      messages: parse(g.messages, []),
      answer: String(g.answer),
      language: str(g.language),
      cwe: parse<string[] | undefined>(g.cwe, undefined),
      model: String(g.model ?? ""),
      tokens: parse(g.tokens, undefined),
    };
    const verdict: SuiteVerdict | undefined = v && {
      task_id: String(v.task_id),
      item_id: String(v.item_id),
      sample: Number(v.sample),
      outcome: String(v.outcome) as SuiteVerdict["outcome"],
      flags: parse(v.flags, {}),
      language: str(v.language),
      cwe: parse<string[] | undefined>(v.cwe, undefined),
      detail: parse(v.detail, {}),
    };
    return { generation, verdict };
  }

  /** Every generation of a run with its verdict, one flat record each (for JSONL / CSV export). */
  async exportRows(runId: string): Promise<Array<Record<string, unknown>>> {
    const rs = await this.client.execute({
      sql: `SELECT g.suite, g.task_id, g.item_id, g.sample, g.language, g.cwe, g.messages, g.answer, v.outcome,
              v.flags, v.detail FROM generations g LEFT JOIN verdicts v USING (run_id, suite, task_id)
            WHERE g.run_id = ? ORDER BY g.suite, g.rowid`,
      args: [runId],
    });
    return rs.rows.map((r) => ({
      run_id: runId,
      suite: String(r.suite),
      task_id: String(r.task_id),
      item_id: String(r.item_id),
      sample: Number(r.sample),
      language: str(r.language) ?? null,
      cwe: parse(r.cwe, null),
      messages: parse(r.messages, []),
      answer: String(r.answer),
      outcome: str(r.outcome) ?? "unscored",
      flags: parse(r.flags, {}),
      detail: parse(r.detail, {}),
    }));
  }
}

const CSV_COLUMNS = [
  "run_id",
  "suite",
  "task_id",
  "item_id",
  "sample",
  "language",
  "cwe",
  "outcome",
  "flags",
  "answer",
];

function csvField(value: unknown): string {
  const text =
    value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV of the export rows: the columns a spreadsheet needs (structured fields as JSON text). */
export function toCsv(rows: Array<Record<string, unknown>>): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const row of rows) lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(","));
  return lines.join("\n") + "\n";
}
