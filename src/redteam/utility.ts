import { existsSync, readFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { InputError } from "../core/errors.js";
import { readJsonl, readJsonlAll, writeFileAtomic, writeJsonl } from "../core/jsonl.js";
import { runJob, type JobSummary } from "../core/job.js";
import { extractCodeBlocks } from "../core/markdown.js";
import type { ConversationRow } from "../core/rows.js";
import type { ChatProvider } from "../llm/types.js";
import type { TestTask, Verdict } from "../sandbox/index.js";
import type { GroundTruth } from "./benign.js";
import { EvalMatcher, normalise, readDataJsonl, type EvalItem } from "./dedup.js";
import { idPart } from "./generate.js";

/**
 * Utility data at scale: coding tasks with tests imported from any JSONL / JSON / parquet file (KodCode,
 * LeetCodeDataset, MBPP, HumanEval, stdin/stdout shapes, or purpcode rows), filtered as the method does - the
 * reference solution must pass its own tests in the sandbox, no task may need a blocked library or resemble an
 * evaluation item, and with a policy model the task must be of middling difficulty (0.3 <= pass rate < 0.9
 * over K samples). Every input task gets one decision line, so a killed import resumes where it stopped.
 */

export const TASK_SHAPES = [
  "kodcode",
  "kodcode-v1",
  "leetcode",
  "mbpp",
  "humaneval",
  "stdio",
  "row",
] as const;
export type TaskShape = (typeof TASK_SHAPES)[number];

/** One task read from a file: what a row is made of, plus the solution the task ships with. */
export interface UtilityTask {
  task_id: string;
  shape: TaskShape;
  prompt: string;
  groundTruth: GroundTruth | Record<string, unknown>;
  /** The task's own reference solution (verified in the sandbox). */
  reference?: string;
  /** 1-based position in its file (a JSONL line, a JSON array element, a parquet row). */
  position: number;
}

const str = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/** The shape of a record, by the fields it has (first match wins: the most specific shapes first). */
export function detectShape(r: Record<string, unknown>): TaskShape | undefined {
  if (Array.isArray(r.messages) && str(r.task_id)) return "row";
  if (str(r.instruction) && str(r.test_code)) return "kodcode";
  if (str(r.question) && str(r.test) && (str(r.solution) || str(r.question_id))) return "kodcode-v1";
  if (str(r.query) && str(r.test) && str(r.entry_point)) return "leetcode";
  if (Array.isArray(r.test_list)) return "mbpp";
  if (str(r.prompt) && str(r.test) && str(r.entry_point)) return "humaneval";
  if (ioCases(r)) return "stdio";
  return undefined;
}

/** stdin/stdout cases: `{inputs, outputs}` (APPS / TACO, also as a JSON string in `input_output`). */
function ioCases(r: Record<string, unknown>): { inputs: string[]; outputs: string[] } | undefined {
  let io: unknown =
    r.input_output ?? (Array.isArray(r.inputs) ? { inputs: r.inputs, outputs: r.outputs } : undefined);
  if (typeof io === "string") {
    try {
      io = JSON.parse(io);
    } catch {
      return undefined;
    }
  }
  const o = io as { inputs?: unknown; outputs?: unknown } | undefined;
  if (!o || !Array.isArray(o.inputs) || !Array.isArray(o.outputs)) return undefined;
  if (o.inputs.length === 0 || o.inputs.length !== o.outputs.length) return undefined;
  const text = (v: unknown) => (Array.isArray(v) ? v.join("\n") : String(v));
  return { inputs: o.inputs.map(text), outputs: o.outputs.map(text) };
}

/** The first solution of an APPS-style `solutions` (a list, or a JSON string of one). */
function firstSolution(v: unknown): string | undefined {
  let list = v;
  if (typeof v === "string") {
    try {
      list = JSON.parse(v);
    } catch {
      return v;
    }
  }
  return Array.isArray(list) && str(list[0]) ? list[0] : undefined;
}

/** Code of a reference that may be a markdown answer (KodCode responses sometimes are). */
function codeOf(text: string): string {
  const blocks = extractCodeBlocks(text).filter((b) => !b.language || b.language === "python");
  return blocks.length > 0 ? blocks.map((b) => b.code).join("\n\n") : text;
}

/**
 * KodCode tests name the solution's functions; some files import them (`from solution import ...`), some rely
 * on a star import that KodCode's runner adds. Added here when missing, so the row's tests run on their own.
 */
export function withSolutionImport(test: string): string {
  return /^\s*(from\s+solution\s+import|import\s+solution\b)/m.test(test)
    ? test
    : `from solution import *\n${test}`;
}

const KODCODE_SUFFIX = "\n\nWrite the solution as a Python module named `solution`.";

/** A task from a record of a known shape; an InputError names the file, position and missing field. */
export function taskFromRecord(
  r: Record<string, unknown>,
  where: { file: string; position: number; source: string; shape?: TaskShape; fileTag?: string },
): UtilityTask {
  const shape = where.shape ?? detectShape(r);
  const fail = (message: string) => new InputError(message, { file: where.file, line: where.position });
  if (!shape)
    throw fail(
      `unrecognised task shape (fields: ${Object.keys(r).slice(0, 12).join(", ")}); expected one of ${TASK_SHAPES.join(", ")}`,
    );
  const need = (field: string): string => {
    const v = r[field];
    if (!str(v)) throw fail(`${shape} task: field "${field}" is missing or not a string`);
    return v;
  };
  // Records without an id are named by position; when a source spans several files, ids carry the file's name
  // (two files may both have a task "1").
  const rawId = r.task_id ?? r.question_id ?? r.id ?? r.problem_id ?? where.position;
  const id = `${where.source}:${where.fileTag ? `${where.fileTag}-` : ""}${idPart(String(rawId))}`;
  const base = { task_id: id, shape, position: where.position };
  switch (shape) {
    case "row": {
      const row = r as unknown as ConversationRow;
      const prompt = row.messages
        .filter((m) => m.role === "user")
        .map((m) => m.content)
        .join("\n\n");
      const meta = (row.meta ?? {}) as Record<string, unknown>;
      if (row.ground_truth === undefined) throw fail('row task: field "ground_truth" is missing');
      return {
        ...base,
        task_id: row.task_id,
        prompt,
        groundTruth: row.ground_truth as Record<string, unknown>,
        reference: str(meta.reference_solution) ? meta.reference_solution : undefined,
      };
    }
    case "kodcode":
      return {
        ...base,
        prompt: need("instruction").trim() + KODCODE_SUFFIX,
        groundTruth: { pytest: withSolutionImport(need("test_code")) },
        reference: codeOf(need("response")),
      };
    case "kodcode-v1":
      return {
        ...base,
        prompt: need("question").trim() + KODCODE_SUFFIX,
        groundTruth: { pytest: withSolutionImport(need("test")) },
        reference: str(r.solution) ? codeOf(r.solution) : undefined,
      };
    case "leetcode": {
      const prelude = str(r.prompt) ? r.prompt : "";
      return {
        ...base,
        prompt: need("query").trim(),
        groundTruth: { functional: `${need("test")}\n\ncheck(${need("entry_point")})\n`, prelude },
        reference: str(r.completion) ? `${prelude}\n${r.completion}` : undefined,
      };
    }
    case "mbpp": {
      const tests = (r.test_list as unknown[]).map(String);
      if (tests.length === 0) throw fail('mbpp task: field "test_list" is empty');
      const imports = Array.isArray(r.test_imports) ? r.test_imports.map(String) : [];
      const text = str(r.prompt) ? r.prompt : need("text");
      return {
        ...base,
        prompt: `${text.trim()}\nYour code should pass these tests:\n${tests.join("\n")}`,
        groundTruth: { functional: [...imports, ...tests].join("\n") + "\n" },
        reference: str(r.code) ? r.code : undefined,
      };
    }
    case "humaneval": {
      const prompt = need("prompt");
      return {
        ...base,
        prompt: `Complete the following Python function.\n\n\`\`\`python\n${prompt.trimEnd()}\n\`\`\``,
        groundTruth: { test: need("test"), entry_point: need("entry_point") },
        reference: str(r.canonical_solution) ? prompt + r.canonical_solution : undefined,
      };
    }
    case "stdio": {
      const cases = ioCases(r);
      if (!cases) throw fail('stdio task: no usable "input_output" / "inputs" + "outputs"');
      const text = str(r.question) ? r.question : str(r.prompt) ? r.prompt : need("problem");
      return {
        ...base,
        prompt: `${text.trim()}\n\nWrite a Python program that reads from standard input and writes to standard output.`,
        groundTruth: cases,
        reference: firstSolution(r.solutions ?? r.solution),
      };
    }
  }
}

/** The sandbox task that runs `code` against a ground truth (the shapes `correctness` rows carry). */
export function utilityTestTask(code: string, gt: Record<string, unknown>, timeoutMs?: number): TestTask {
  const common = timeoutMs ? { timeoutMs } : {};
  if (str(gt.test) && str(gt.entry_point))
    return { kind: "humaneval", solution: code, test: gt.test, entryPoint: gt.entry_point, ...common };
  if (str(gt.functional))
    return {
      kind: "asserts",
      solution: code,
      asserts: [gt.functional],
      ...(str(gt.prelude) ? { setup: gt.prelude } : {}),
      ...common,
    };
  if (str(gt.pytest))
    return {
      kind: "pytest",
      files: { "solution.py": code, "test_solution.py": gt.pytest },
      testFile: "test_solution.py",
      ...common,
    };
  const outputs = gt.outputs;
  if (Array.isArray(gt.inputs) && Array.isArray(outputs))
    return {
      kind: "stdio",
      language: "python",
      program: code,
      cases: gt.inputs.map((input, i) => ({ input: String(input), output: String(outputs[i] ?? "") })),
      ...common,
    };
  throw new InputError(
    "ground truth has no tests: expected {test, entry_point} | {functional} | {pytest} | {inputs, outputs}",
  );
}

// ---------------------------------------------------------------------------------------------------------
// Reading task files: JSONL (.gz), a JSON array, parquet - streamed where the format allows

/** Records of a task file with their 1-based positions. JSONL and parquet stream; a JSON array is read whole. */
export async function* readTaskRecords(
  file: string,
): AsyncGenerator<{ record: Record<string, unknown>; position: number }> {
  if (!existsSync(file)) throw new InputError("file not found", { file });
  if (/\.parquet$/i.test(file)) {
    yield* readParquetRecords(file);
    return;
  }
  if (/\.json$/i.test(file)) {
    const data = JSON.parse(readFileSync(file, "utf8")) as unknown;
    if (!Array.isArray(data)) throw new InputError("expected a JSON array of tasks", { file });
    let position = 0;
    for (const record of data) yield { record: record as Record<string, unknown>, position: ++position };
    return;
  }
  if (/\.jsonl(\.gz)?$/i.test(file) && !file.endsWith(".gz")) {
    for await (const { value, line } of readJsonl(file))
      yield { record: value as Record<string, unknown>, position: line };
    return;
  }
  if (file.endsWith(".gz")) {
    // Gzipped data files may carry Python's bare NaN (EvalPlus); the loose reader accepts it.
    let position = 0;
    for (const record of readDataJsonl(file)) yield { record, position: ++position };
    return;
  }
  throw new InputError("unsupported task file: expected .jsonl, .jsonl.gz, .json or .parquet", { file });
}

async function* readParquetRecords(
  file: string,
): AsyncGenerator<{ record: Record<string, unknown>; position: number }> {
  const { parquetMetadataAsync, parquetReadObjects } = await import("hyparquet");
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    const asyncBuffer = {
      byteLength: size,
      async slice(start: number, end?: number): Promise<ArrayBuffer> {
        const length = (end ?? size) - start;
        const buf = Buffer.alloc(length);
        await handle.read(buf, 0, length, start);
        return buf.buffer.slice(buf.byteOffset, buf.byteOffset + length);
      },
    };
    const metadata = await parquetMetadataAsync(asyncBuffer);
    const total = Number(metadata.num_rows);
    // A row group at a time (bounded memory for large files).
    const CHUNK = 2000;
    for (let start = 0; start < total; start += CHUNK) {
      const rows = (await parquetReadObjects({
        file: asyncBuffer,
        metadata,
        rowStart: start,
        rowEnd: Math.min(total, start + CHUNK),
      })) as Array<Record<string, unknown>>;
      for (let i = 0; i < rows.length; i++) yield { record: rows[i]!, position: start + i + 1 };
    }
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Filters

/** Top-level modules a Python program imports. */
export function importedModules(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import\b|import[ \t]+([\w., \t]+))/gm)) {
    if (m[1]) out.add(m[1].split(".")[0]!);
    else
      for (const part of m[2]!.split(",")) {
        const name = part.trim().split(/\s+/)[0]?.split(".")[0];
        if (name) out.add(name);
      }
  }
  return [...out].filter((n) => n && n !== "solution");
}

/** The shipped block-list (dist/redteam and src/redteam both reach src/redteam/data). */
export const DEFAULT_BLOCK_LIST = fileURLToPath(
  new URL("../../src/redteam/data/blocked-libraries.txt", import.meta.url),
);

/** The libraries the shipped block-list names (one per line, `#` comments), read from the package's data. */
export function loadBlockList(file?: string): Set<string> {
  const path = file ?? DEFAULT_BLOCK_LIST;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new InputError(`cannot read the library block-list: ${(err as Error).message}`, {
      file: String(path),
    });
  }
  return new Set(
    text
      .split("\n")
      .map((l) => l.replace(/#.*/, "").trim())
      .filter(Boolean),
  );
}

export const UTILITY_FILTERS = [
  "shape",
  "blocked-library",
  "contaminated",
  "reference-fails",
  "too-easy",
  "too-hard",
] as const;
export type UtilityFilter = (typeof UTILITY_FILTERS)[number];

/** One decision per input task: the job's output line (what a rerun reads to skip finished tasks). */
export interface UtilityDecision {
  task_id: string;
  /** Place in the whole input (files in the order given): kept rows are written in this order. */
  order: number;
  kept: boolean;
  filter?: UtilityFilter;
  reason?: string;
  pass_rate?: number;
  row?: ConversationRow;
}

export interface UtilityImportOptions {
  files: string[];
  /** Output JSONL of the kept correctness rows; decisions go to `<out>.decisions.jsonl`. */
  out: string;
  /** Prefix of task ids (`<source>:<id>`); default: the first file's name. */
  source?: string;
  shape?: TaskShape;
  /** Runs a reference solution (or a policy sample) against its tests; absent: references are not verified. */
  runTests?: (task: TestTask) => Promise<Verdict>;
  blockList?: Set<string>;
  evalItems?: EvalItem[];
  /** Policy model for the difficulty band: K samples per task, pass rate over them. */
  policy?: ChatProvider;
  samples?: number;
  /** Keep tasks with low <= pass rate < high (default 0.3, 0.9). */
  band?: [number, number];
  temperature?: number;
  maxTokens?: number;
  timeoutMs?: number;
  concurrency?: number;
  limit?: number;
  quiet?: boolean;
  /** Attribution recorded in every row's meta (a licence line for the source). */
  attribution?: string;
}

export interface UtilityImportResult {
  job: JobSummary;
  read: number;
  kept: number;
  rejected: Record<UtilityFilter, number>;
  seconds: number;
  tasks_per_s: number;
  output: string;
  decisions: string;
}

/** Python code of a policy answer: its python (or unlabelled) fenced blocks, else the whole text. */
export function answerCode(text: string): string {
  return codeOf(text);
}

/** A record in the import's stream: its file, its place there and its place in the whole input. */
interface Input {
  record: Record<string, unknown>;
  position: number;
  file: string;
  order: number;
}

export async function runUtilityImport(options: UtilityImportOptions): Promise<UtilityImportResult> {
  if (options.files.length === 0) throw new InputError("no task files given");
  const band = options.band ?? [0.3, 0.9];
  if (!(band[0] >= 0 && band[0] < band[1] && band[1] <= 1))
    throw new InputError(`difficulty band must satisfy 0 <= low < high <= 1, got ${band.join(", ")}`);
  const samples = options.samples ?? 8;
  const blockList = options.blockList ?? loadBlockList();
  const evals = new EvalMatcher(options.evalItems ?? []);
  const decisions = `${options.out}.decisions.jsonl`;
  const source =
    options.source ??
    idPart(
      (options.files[0]!.split("/").pop() ?? "tasks")
        .replace(/\.(jsonl|json|parquet)(\.gz)?$/i, "")
        .toLowerCase(),
    );
  const started = Date.now();
  let read = 0;

  async function* input(): AsyncGenerator<Input> {
    for (const file of options.files) {
      for await (const { record, position } of readTaskRecords(file)) {
        if (options.limit !== undefined && read >= options.limit) return;
        read++;
        yield { record, position, file, order: read };
      }
    }
  }
  const multi = options.files.length > 1;
  const fileTag = (file: string) =>
    multi ? idPart((file.split("/").pop() ?? file).replace(/\..*$/, "")) : undefined;
  const where = (x: { position: number; file: string }) => ({
    file: x.file,
    position: x.position,
    source,
    shape: options.shape,
    fileTag: fileTag(x.file),
  });
  const idOf = (x: { record: Record<string, unknown>; position: number; file: string }) => {
    try {
      return taskFromRecord(x.record, where(x)).task_id;
    } catch {
      // An unreadable record still needs a stable id: its file and position.
      return `${source}:${multi ? idPart(x.file) + "-" : ""}line-${x.position}`;
    }
  };

  const decide = async (x: Input): Promise<UtilityDecision> => {
    let task: UtilityTask;
    try {
      task = taskFromRecord(x.record, where(x));
    } catch (err) {
      return {
        task_id: idOf(x),
        order: x.order,
        kept: false,
        filter: "shape",
        reason: (err as Error).message,
      };
    }
    const reject = (filter: UtilityFilter, reason: string, extra: Partial<UtilityDecision> = {}) => ({
      task_id: task.task_id,
      order: x.order,
      kept: false,
      filter,
      reason,
      ...extra,
    });
    const gt = task.groundTruth as Record<string, unknown>;
    const code = [
      task.reference ?? "",
      String(gt.pytest ?? gt.functional ?? gt.test ?? ""),
      String(gt.prelude ?? ""),
    ].join("\n");
    const blocked = importedModules(code).filter((m) => blockList.has(m));
    if (blocked.length) return reject("blocked-library", `imports ${blocked.join(", ")}`);
    const hit = evals.match(normalise(task.prompt));
    if (hit) return reject("contaminated", `resembles ${hit.item.id} (score ${hit.score})`);
    if (options.runTests) {
      if (!task.reference) return reject("reference-fails", "the task has no reference solution");
      const verdict = await options.runTests(utilityTestTask(task.reference, gt, options.timeoutMs));
      if (verdict.status !== "passed")
        return reject(
          "reference-fails",
          `reference ${verdict.status} (${verdict.passed}/${verdict.total} tests)`,
        );
    }
    let passRate: number | undefined;
    if (options.policy) {
      if (!options.runTests)
        throw new InputError("a difficulty band needs the sandbox (do not pass --no-verify)");
      let passes = 0;
      for (let k = 0; k < samples; k++) {
        const answer = await options.policy.chat({
          messages: [{ role: "user", content: task.prompt }],
          sampleIndex: k,
          temperature: options.temperature ?? 1,
          ...(options.maxTokens ? { max_tokens: options.maxTokens } : {}),
        });
        const verdict = await options.runTests(
          utilityTestTask(answerCode(answer.text), gt, options.timeoutMs),
        );
        if (verdict.status === "passed") passes++;
      }
      passRate = passes / samples;
      if (passRate >= band[1])
        return reject("too-easy", `pass rate ${passRate} >= ${band[1]}`, { pass_rate: passRate });
      if (passRate < band[0])
        return reject("too-hard", `pass rate ${passRate} < ${band[0]}`, { pass_rate: passRate });
    }
    const row: ConversationRow = {
      task_id: task.task_id,
      messages: [{ role: "user", content: task.prompt.trim() }],
      oracles: ["correctness"],
      ground_truth: task.groundTruth,
      meta: {
        stage: "utility",
        item: task.task_id,
        seed_id: task.task_id,
        shape: task.shape,
        source: options.attribution ?? source,
        reference_verified: Boolean(options.runTests),
        ...(passRate !== undefined ? { pass_rate: passRate, samples } : {}),
        ...(task.reference ? { reference_solution: task.reference } : {}),
      },
    };
    return {
      task_id: task.task_id,
      order: x.order,
      kept: true,
      ...(passRate !== undefined ? { pass_rate: passRate } : {}),
      row,
    };
  };

  const job = await runJob({
    name: "redteam utility",
    input: input(),
    output: decisions,
    id: idOf,
    concurrency: options.concurrency ?? 8,
    work: decide,
    parameters: {
      source,
      shape: options.shape ?? "auto",
      // A limited run saw part of the input: its .done must not stand for the whole file on the next run.
      limit: options.limit ?? null,
      verify: Boolean(options.runTests),
      policy: options.policy?.id ?? null,
      samples: options.policy ? samples : null,
      band: options.policy ? band : null,
      blocked_libraries: blockList.size,
      eval_items: evals.size,
    },
    inputFiles: options.files.filter((f) => !/\.parquet$/i.test(f)),
    quiet: options.quiet,
  });

  // The kept rows, in input order, and the counts per filter, from every decision (this run's and earlier ones').
  const all = (await readJsonlAll(decisions)) as UtilityDecision[];
  const rejected = Object.fromEntries(UTILITY_FILTERS.map((f) => [f, 0])) as Record<UtilityFilter, number>;
  const kept: UtilityDecision[] = [];
  for (const d of all) {
    if (d.kept) kept.push(d);
    else if (d.filter) rejected[d.filter]++;
  }
  kept.sort((a, b) => a.order - b.order);
  await writeJsonl(
    options.out,
    kept.map((d) => d.row!),
  );
  const seconds = (Date.now() - started) / 1000;
  const result: UtilityImportResult = {
    job,
    read,
    kept: kept.length,
    rejected,
    seconds,
    tasks_per_s: Math.round((job.done / Math.max(seconds, 1e-3)) * 10) / 10,
    output: options.out,
    decisions,
  };
  await writeFileAtomic(
    `${options.out}.report.json`,
    JSON.stringify({ ...result, job: { ...job } }, null, 2) + "\n",
  );
  return result;
}
