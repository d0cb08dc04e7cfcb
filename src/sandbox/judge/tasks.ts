import { z } from "zod";
import { ProgramTask } from "../languages/tasks.js";

/** Test tasks the harnesses understand. Plain data: the batch endpoint receives exactly these shapes. */
const common = {
  id: z.string().optional(),
  /** Wall-clock budget of the whole task (one execution), ms. */
  timeoutMs: z.number().positive().max(600_000).optional(),
  memoryMb: z.number().positive().optional(),
};

/** HumanEval style: the solution defines `entryPoint`; `test` defines `check(candidate)`. */
export const HumanEvalTask = z.object({
  kind: z.literal("humaneval"),
  solution: z.string(),
  test: z.string(),
  entryPoint: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a Python identifier"),
  ...common,
});

/** MBPP style: assertion statements run after the solution (and the optional setup, e.g. imports). */
export const AssertsTask = z.object({
  kind: z.literal("asserts"),
  solution: z.string(),
  asserts: z.array(z.string()).min(1),
  setup: z.string().optional(),
  /** Per-assert alarm, ms (default: the whole budget). */
  testTimeoutMs: z.number().positive().optional(),
  ...common,
});

/** pytest files (KodCode, CWEval): `files` holds the solution module(s) and the test file. */
export const PytestTask = z.object({
  kind: z.literal("pytest"),
  files: z.record(z.string(), z.string()),
  /** The test file to run (a key of `files`). */
  testFile: z.string(),
  /**
   * Files that belong to the tests, not the solution (helper modules the tests import): the judge's only, never
   * the solution's to read. The test file, `conftest.py` and `pytest.ini` always are.
   */
  support: z.array(z.string()).optional(),
  ...common,
});

/** Competitive programming: one execution per case; passes iff stdout.strip() == output.strip(). */
export const StdioTask = z.object({
  kind: z.literal("stdio"),
  /** Any sandbox language (see languages/toolchains.ts); compiled ones are compiled once for all cases. */
  language: z.string().min(1),
  program: z.string(),
  cases: z.array(z.object({ input: z.string(), output: z.string() })).min(1),
  ...common,
});

export const TestTask = z.discriminatedUnion("kind", [
  HumanEvalTask,
  AssertsTask,
  PytestTask,
  StdioTask,
  ProgramTask,
]);
export type TestTask = z.infer<typeof TestTask>;
export type HumanEvalTask = z.infer<typeof HumanEvalTask>;
export type AssertsTask = z.infer<typeof AssertsTask>;
export type PytestTask = z.infer<typeof PytestTask>;
export type StdioTask = z.infer<typeof StdioTask>;

export type TestStatus = "passed" | "failed" | "error" | "timeout" | "skipped";

export interface TestResult {
  name: string;
  status: TestStatus;
  /** Traceback, assertion text or the reason of an error. */
  message: string;
  stdout: string;
  stderr: string;
  exitCode: number | null;
  durationMs: number;
}

/** The whole task: passed iff at least one test ran and every test that was not skipped passed. */
export interface Verdict {
  id?: string;
  status: "passed" | "failed" | "error" | "timeout";
  passed: number;
  total: number;
  tests: TestResult[];
  durationMs: number;
  /** Exit code of the (last) execution. */
  exitCode: number | null;
  /** Program output of the (last) execution, truncated. */
  stdout: string;
  stderr: string;
}
