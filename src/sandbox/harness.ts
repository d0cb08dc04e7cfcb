import { DRIVER_MODULE, PYTEST_PLUGIN_MODULE } from "./support.js";
import type { Execution, Sandbox } from "./sandbox.js";
import { PYTHON, isLanguage, pytestLaunch } from "./runners.js";
import { runProgramTask, runStdioProgram } from "./languages/tasks.js";
import { mapLimit } from "./pool.js";
import { truncateText } from "./output.js";
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

const RESULTS_FILE = ".purpcode-results";
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

interface DriverRecord {
  index: number;
  name: string;
  status: TestStatus;
  message: string;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** Solution + test snippets in one interpreter through the Python driver (HumanEval, MBPP). */
async function runDriven(
  sandbox: Sandbox,
  task: HumanEvalTask | AssertsTask,
  tests: Array<{ name: string; code: string }>,
): Promise<Verdict> {
  const timeoutMs = task.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const setup = task.kind === "asserts" && task.setup ? `\n${task.setup}\n` : "";
  const testTimeoutMs = (task.kind === "asserts" ? task.testTimeoutMs : undefined) ?? timeoutMs;
  const solution = task.solution + setup;
  const spec = [
    RESULTS_FILE,
    String(testTimeoutMs / 1000),
    String(sandbox.limits.outputBytes),
    "solution.py",
    solution,
  ];
  for (const test of tests) spec.push(test.name, test.code);
  const execution = await sandbox.run(
    {
      language: "python",
      code: solution,
      codeFile: "solution.py",
      // Imported (not run as a script) so that its precompiled bytecode is used; it applies the rlimits.
      launch: {
        command: [PYTHON, "-c", `import ${DRIVER_MODULE}`],
        env: { PYTHONPATH: sandbox.supportPath },
        selfLimiting: true,
        warm: "driver",
      },
      stdin: spec.map(netstring).join(""),
      fetchFiles: [RESULTS_FILE],
      limits: limitsOf(task, timeoutMs),
    },
    { refuseWhenFull: false },
  );
  const records = parseDriverRecords(execution);
  const setupRecord = records.find((r) => r.index === -1);
  const byIndex = new Map(records.filter((r) => r.index >= 0).map((r) => [r.index, r]));
  const results: TestResult[] = tests.map((test, index) => {
    const record = byIndex.get(index);
    if (record) return fromRecord(record, execution, sandbox.limits.outputBytes);
    if (setupRecord && setupRecord.status !== "passed")
      return missing(
        test.name,
        setupRecord.status,
        `the solution failed to load:\n${setupRecord.message}`,
        execution,
      );
    return missing(test.name, ...unreported(execution), execution);
  });
  const verdict = verdictOf(task.id, results, execution);
  // The solution's own output (printed while it loaded) is the program output the user wants to see.
  if (setupRecord) {
    verdict.stdout = setupRecord.stdout + verdict.stdout;
    verdict.stderr = setupRecord.stderr + verdict.stderr;
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

async function runPytest(sandbox: Sandbox, task: PytestTask): Promise<Verdict> {
  const timeoutMs = task.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { [task.testFile]: testCode, ...others } = task.files;
  if (testCode === undefined) {
    return verdictOf(
      task.id,
      [missingResult("pytest", "error", `testFile ${task.testFile} is not among the files`)],
      undefined,
    );
  }
  const execution = await sandbox.run(
    {
      language: "pytest",
      code: testCode,
      codeFile: task.testFile,
      files: others,
      launch: pytestLaunch(
        sandbox.supportPath,
        ["-q", "-p", "no:cacheprovider", "-p", PYTEST_PLUGIN_MODULE, task.testFile],
        {
          PURPCODE_RESULTS: RESULTS_FILE,
        },
      ),
      fetchFiles: [RESULTS_FILE],
      limits: limitsOf(task, timeoutMs),
    },
    { refuseWhenFull: false },
  );
  const records = parseRecords<Omit<DriverRecord, "index">>(execution);
  const results = records.map((r) => fromRecord(r, execution, sandbox.limits.outputBytes));
  if (execution.status !== "finished" || (results.length === 0 && execution.exitCode !== 0)) {
    const [status, message] =
      execution.status === "finished"
        ? ([
            "error",
            `pytest exited with code ${execution.exitCode} without running a test\n${execution.stdout.slice(-2000)}`,
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

function netstring(text: string): string {
  return `${Buffer.byteLength(text, "utf8")}:${text},`;
}

/** Driver records: seven netstrings each; a record cut short by a kill is dropped. */
function parseDriverRecords(execution: Execution): DriverRecord[] {
  const encoded = execution.files[RESULTS_FILE];
  if (!encoded) return [];
  const data = Buffer.from(encoded, "base64");
  const fields: string[] = [];
  let pos = 0;
  while (pos < data.length) {
    const colon = data.indexOf(0x3a, pos);
    if (colon < 0) break;
    const size = Number(data.subarray(pos, colon).toString("latin1"));
    if (!Number.isInteger(size) || colon + 2 + size > data.length) break;
    fields.push(data.subarray(colon + 1, colon + 1 + size).toString("utf8"));
    pos = colon + 2 + size;
  }
  const records: DriverRecord[] = [];
  for (let i = 0; i + 7 <= fields.length; i += 7) {
    const [index, name, status, message, stdout, stderr, duration] = fields.slice(i, i + 7) as string[];
    records.push({
      index: Number(index),
      name: name as string,
      status: status as TestStatus,
      message: message as string,
      stdout: stdout as string,
      stderr: stderr as string,
      durationMs: Number(duration),
    });
  }
  return records;
}

/** pytest plugin records: JSON lines. */
function parseRecords<T>(execution: Execution): T[] {
  const encoded = execution.files[RESULTS_FILE];
  if (!encoded) return [];
  const records: T[] = [];
  for (const line of Buffer.from(encoded, "base64").toString("utf8").split("\n")) {
    if (!line.trim()) continue;
    try {
      records.push(JSON.parse(line) as T);
    } catch {
      // a line cut short by a kill: the test counts as unreported
    }
  }
  return records;
}

function fromRecord(
  record: Omit<DriverRecord, "index">,
  execution: Execution,
  outputBytes: number,
): TestResult {
  return {
    name: record.name,
    status: record.status,
    message: record.message ?? "",
    stdout: truncateText(record.stdout ?? "", outputBytes).text,
    stderr: truncateText(record.stderr ?? "", outputBytes).text,
    exitCode: execution.exitCode,
    durationMs: record.durationMs,
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
