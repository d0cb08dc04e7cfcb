import type { Execution, Sandbox } from "../sandbox.js";
import { PYTHON, isLanguage } from "../runners.js";
import { runProgramTask, runStdioProgram } from "../languages/tasks.js";
import { mapLimit } from "../pool.js";
import { truncateText } from "../output.js";
import type {
  AssertsTask,
  HumanEvalTask,
  PytestTask,
  StdioTask,
  TestResult,
  TestStatus,
  TestTask,
  Verdict,
} from "./tasks.js";

const DEFAULT_TIMEOUT_MS = 10_000;

/** Runs a task's tests in the sandbox and returns the verdict with per-test details. */
export async function runTask(sandbox: Sandbox, task: TestTask): Promise<Verdict> {
  switch (task.kind) {
    case "humaneval":
      return runDriven(sandbox, task, [
        { name: "check", code: `${task.test}\n\ncheck(${task.entryPoint})\n` },
      ]);
    case "asserts":
      return runDriven(
        sandbox,
        task,
        task.asserts.map((code, i) => ({ name: `assert ${i + 1}`, code })),
      );
    case "pytest":
      return runPytest(sandbox, task);
    case "stdio":
      return isLanguage(task.language) ? runStdio(sandbox, task) : runStdioProgram(sandbox, task);
    case "program":
      return runProgramTask(sandbox, task);
  }
}

/** One test's record from the judge (python/purpcode_judge.py), a JSON line on the record channel. */
interface JudgeRecord {
  index?: number;
  name: string;
  status: TestStatus;
  message?: string;
  stdout?: string;
  stderr?: string;
  durationMs?: number;
  when?: string;
}

/**
 * A run of the judge: the task (tests, expected values) goes on its stdin, which only the judge reads; the solution
 * runs in a process of its own (see purpcode_judge.py) and the records come back on the judge's stdout.
 */
async function runJudge(
  sandbox: Sandbox,
  task: TestTask,
  spec: Record<string, unknown>,
  files: { code: string; codeFile: string; others?: Record<string, string> },
  pytest: boolean,
): Promise<{ execution: Execution; records: JudgeRecord[]; collected: string[] | undefined }> {
  const timeoutMs = task.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Records of many tests outgrow the program-output cap: the judge's channel gets the service's largest.
  const channelBytes = Math.min(sandbox.maxLimits.outputBytes, sandbox.maxLimits.outputKillBytes);
  const execution = await sandbox.run(
    {
      language: "python",
      code: files.code,
      codeFile: files.codeFile,
      ...(files.others ? { files: files.others } : {}),
      launch: {
        command: [
          PYTHON,
          "-c",
          `import purpcode_limits, sys; purpcode_limits.apply(keep_path=True); import purpcode_judge; sys.exit(purpcode_judge.main("${pytest ? "pytest" : "driven"}"))`,
        ],
        env: { PYTHONPATH: sandbox.supportPath },
        selfLimiting: true,
        warm: pytest ? "judge_pytest" : "judge",
      },
      stdin: JSON.stringify({ ...spec, limit: sandbox.limits.outputBytes }),
      limits: {
        ...limitsOf(task, timeoutMs),
        outputBytes: channelBytes,
        outputKillBytes: Math.max(channelBytes, sandbox.limits.outputKillBytes),
      },
    },
    { refuseWhenFull: false },
  );
  const records: JudgeRecord[] = [];
  let collected: string[] | undefined;
  for (const line of execution.stdout.split("\n")) {
    if (!line.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      continue; // a line cut short by a kill: its test counts as unreported
    }
    if (typeof record !== "object" || record === null) continue;
    const r = record as Record<string, unknown>;
    if (Array.isArray(r.collected)) collected = r.collected.filter((x): x is string => typeof x === "string");
    else if (typeof r.name === "string" && typeof r.status === "string")
      records.push(r as unknown as JudgeRecord);
  }
  // The judge's stdout is its record channel; what the solution and the tests printed is in the records.
  return { execution: { ...execution, stdout: "" }, records, collected };
}

/** HumanEval check / assert lists: the solution remote, the tests in the judge (the host counts the tests). */
async function runDriven(
  sandbox: Sandbox,
  task: HumanEvalTask | AssertsTask,
  tests: Array<{ name: string; code: string }>,
): Promise<Verdict> {
  const timeoutMs = task.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const setup = task.kind === "asserts" && task.setup ? task.setup : "";
  const testTimeoutMs = (task.kind === "asserts" ? task.testTimeoutMs : undefined) ?? timeoutMs;
  const solution = setup ? `${task.solution}\n${setup}\n` : task.solution;
  const { execution, records } = await runJudge(
    sandbox,
    task,
    {
      kind: "driven",
      timeout: testTimeoutMs / 1000,
      solution_file: "solution.py",
      setup,
      tests: tests.map((t) => [t.name, t.code]),
    },
    { code: solution, codeFile: "solution.py" },
    false,
  );
  const loads = records.filter((r) => r.index === -1);
  const failedLoad = loads.find((r) => r.status !== "passed");
  const byIndex = new Map(records.filter((r) => (r.index ?? -1) >= 0).map((r) => [r.index!, r]));
  const results: TestResult[] = tests.map((test, index) => {
    const record = byIndex.get(index);
    if (record) return fromRecord({ ...record, name: test.name }, execution, sandbox.limits.outputBytes);
    if (failedLoad)
      return missing(
        test.name,
        failedLoad.status,
        `the solution failed to load:\n${failedLoad.message ?? ""}`,
        execution,
      );
    return missing(test.name, ...unreported(execution), execution);
  });
  const verdict = verdictOf(task.id, results, execution);
  // The solution's own output (printed while it loaded) is the program output the user wants to see.
  const load = loads[0];
  if (load) {
    verdict.stdout = (load.stdout ?? "") + verdict.stdout;
    verdict.stderr = (load.stderr ?? "") + verdict.stderr;
  }
  return verdict;
}

/** Why a test has no record: the wall clock ran out, or the process died (os._exit, rlimit, signal). */
function unreported(execution: Execution): [TestStatus, string] {
  if (execution.status === "timeout") return ["timeout", "the run exceeded its wall-time limit"];
  if (execution.status === "sandbox-error")
    return ["error", `sandbox error: ${execution.error ?? "unknown"}`];
  if (execution.status === "output-limit") return ["error", "killed for flooding its output"];
  const tail = execution.stderr.slice(-2000);
  return ["error", `the process ended (exit code ${execution.exitCode}) before reporting this test\n${tail}`];
}

const STATUS_RANK: TestStatus[] = ["passed", "skipped", "failed", "timeout", "error"];

/**
 * pytest files: the judge runs pytest with the solution modules as proxies into the candidate's process. The
 * tests that count are the ones the judge collected before any candidate code ran; each needs a record.
 */
async function runPytest(sandbox: Sandbox, task: PytestTask): Promise<Verdict> {
  const testCode = task.files[task.testFile];
  if (testCode === undefined) {
    return verdictOf(
      task.id,
      [missingResult("pytest", "error", `testFile ${task.testFile} is not among the files`)],
      undefined,
    );
  }
  // The test side (test file, conftest, ini, support modules) goes to the judge only; the rest is the solution's.
  const testSide = new Set([task.testFile, "conftest.py", "pytest.ini", ...(task.support ?? [])]);
  const tests = Object.fromEntries(Object.entries(task.files).filter(([p]) => testSide.has(p)));
  const others = Object.fromEntries(Object.entries(task.files).filter(([p]) => !testSide.has(p)));
  const modules = Object.keys(others)
    .filter((p) => /^[A-Za-z_][A-Za-z0-9_]*\.py$/.test(p))
    .map((p) => p.slice(0, -3));
  const [first, ...rest] = Object.entries(others);
  const { execution, records, collected } = await runJudge(
    sandbox,
    task,
    {
      kind: "pytest",
      // Only in a pid namespace of the run's own may the judge kill every process but its own before it writes
      // the test files (see purpcode_judge._reap_others).
      isolated: sandbox.isolation === "bwrap",
      files: tests,
      modules,
      args: ["-q", "-p", "no:cacheprovider", task.testFile],
    },
    first
      ? { code: first[1], codeFile: first[0], others: Object.fromEntries(rest) }
      : { code: "", codeFile: ".purpcode-empty" },
    true,
  );
  const results: TestResult[] = [];
  const worst = new Map<string, JudgeRecord>();
  for (const record of records) {
    const seen = worst.get(record.name);
    if (!seen || STATUS_RANK.indexOf(record.status) > STATUS_RANK.indexOf(seen.status))
      worst.set(record.name, record);
  }
  for (const id of collected ?? []) {
    const record = worst.get(id);
    worst.delete(id);
    results.push(
      record
        ? fromRecord(record, execution, sandbox.limits.outputBytes)
        : missing(id, ...unreported(execution), execution),
    );
  }
  // Collection errors (and anything reported that was never collected) count against the task.
  for (const record of worst.values())
    results.push(
      fromRecord(
        { ...record, status: record.status === "passed" ? "error" : record.status },
        execution,
        sandbox.limits.outputBytes,
      ),
    );
  if (collected === undefined || results.length === 0) {
    const [status, message] =
      execution.status === "finished"
        ? ([
            "error",
            `pytest exited with code ${execution.exitCode} without running a test\n${execution.stderr.slice(-2000)}`,
          ] as [TestStatus, string])
        : unreported(execution);
    results.push(missing("pytest", status, message, execution));
  }
  return verdictOf(task.id, results, execution);
}

async function runStdio(sandbox: Sandbox, task: StdioTask): Promise<Verdict> {
  const timeoutMs = task.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let last: Execution | undefined;
  const results = await mapLimit(task.cases, sandbox.pool.concurrency, async (testCase, index) => {
    const execution = await sandbox.run(
      {
        language: task.language,
        code: task.program,
        stdin: testCase.input,
        limits: limitsOf(task, timeoutMs),
      },
      { refuseWhenFull: false },
    );
    last = execution;
    const name = `case ${index + 1}`;
    let status: TestStatus;
    let message = "";
    if (execution.status !== "finished") [status, message] = unreported(execution);
    else if (execution.exitCode !== 0)
      [status, message] = ["error", `exit code ${execution.exitCode}\n${execution.stderr.slice(-2000)}`];
    else if (execution.stdout.trim() === testCase.output.trim()) status = "passed";
    else {
      status = "failed";
      message = `expected ${JSON.stringify(truncateText(testCase.output.trim(), 500).text)}, got ${JSON.stringify(truncateText(execution.stdout.trim(), 500).text)}`;
    }
    return {
      name,
      status,
      message,
      stdout: execution.stdout,
      stderr: execution.stderr,
      exitCode: execution.exitCode,
      durationMs: execution.durationMs,
    } satisfies TestResult;
  });
  return verdictOf(task.id, results, last);
}

function limitsOf(task: { memoryMb?: number }, timeoutMs: number) {
  return { wallMs: timeoutMs, ...(task.memoryMb ? { memoryMb: task.memoryMb } : {}) };
}

function fromRecord(record: JudgeRecord, execution: Execution, outputBytes: number): TestResult {
  return {
    name: record.name,
    status: record.status,
    message: record.message ?? "",
    stdout: truncateText(record.stdout ?? "", outputBytes).text,
    stderr: truncateText(record.stderr ?? "", outputBytes).text,
    exitCode: execution.exitCode,
    durationMs: record.durationMs ?? 0,
  };
}

function missing(name: string, status: TestStatus, message: string, execution: Execution): TestResult {
  return {
    ...missingResult(name, status, message),
    exitCode: execution.exitCode,
    durationMs: execution.durationMs,
  };
}

function missingResult(name: string, status: TestStatus, message: string): TestResult {
  return { name, status, message, stdout: "", stderr: "", exitCode: null, durationMs: 0 };
}

const SEVERITY: TestStatus[] = ["timeout", "error", "failed"];

function verdictOf(id: string | undefined, tests: TestResult[], execution: Execution | undefined): Verdict {
  const counted = tests.filter((t) => t.status !== "skipped");
  const passed = counted.filter((t) => t.status === "passed").length;
  let status: Verdict["status"] = "passed";
  if (counted.length === 0) status = "error";
  else if (passed < counted.length)
    status = SEVERITY.find((s) => counted.some((t) => t.status === s)) as Verdict["status"];
  return {
    ...(id !== undefined ? { id } : {}),
    status,
    passed,
    total: counted.length,
    tests,
    durationMs: execution?.durationMs ?? 0,
    exitCode: execution?.exitCode ?? null,
    stdout: execution?.stdout ?? "",
    stderr: execution?.stderr ?? "",
  };
}
