/**
 * Test tasks built from the public benchmark data in ../shared/data (see its README for sources and
 * licences): HumanEval (MIT), EvalPlus HumanEval+ (Apache-2.0), sanitized MBPP (CC-BY-4.0), CWEval (Apache-2.0).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import type { TestTask } from "../../src/sandbox/judge/tasks.js";

export const DEFAULT_DATA_DIR = resolve("../shared/data");

function jsonl(path: string): Array<Record<string, unknown>> {
  const raw = readFileSync(path);
  const text = path.endsWith(".gz") ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** HumanEval canonical solutions with their check(candidate) tests. */
export function humanEvalTasks(dataDir = DEFAULT_DATA_DIR): TestTask[] {
  return jsonl(join(dataDir, "humaneval/HumanEval.jsonl.gz")).map((r) => ({
    kind: "humaneval",
    id: String(r.task_id),
    solution: String(r.prompt) + String(r.canonical_solution),
    test: String(r.test),
    entryPoint: String(r.entry_point),
  }));
}

/** HumanEval+ canonical solutions on the base inputs (the `test` field holds the base-input check). */
export function humanEvalPlusBaseTasks(dataDir = DEFAULT_DATA_DIR): TestTask[] {
  return jsonl(join(dataDir, "evalplus/HumanEvalPlus-v0.1.10.jsonl.gz")).map((r) => ({
    kind: "humaneval",
    id: String(r.task_id),
    solution: String(r.prompt) + String(r.canonical_solution),
    test: String(r.test),
    entryPoint: String(r.entry_point),
  }));
}

/** Sanitized MBPP reference code with its assert list (test_imports run after the code). */
export function mbppTasks(dataDir = DEFAULT_DATA_DIR): TestTask[] {
  const rows = JSON.parse(readFileSync(join(dataDir, "mbpp/sanitized-mbpp.json"), "utf8")) as Array<{
    task_id: number;
    code: string;
    test_imports: string[];
    test_list: string[];
  }>;
  return rows.map((r) => ({
    kind: "asserts",
    id: `MBPP/${r.task_id}`,
    solution: r.code,
    setup: r.test_imports.join("\n"),
    asserts: r.test_list,
  }));
}

/** Imports that no Debian package provides; CWEval tasks that need them cannot run. */
export const CWEVAL_UNAVAILABLE_IMPORTS = ["wrapt_timeout_decorator"];

/**
 * Debian's python3-pycryptodome installs the package as `Cryptodome`; the CWEval files import the classic
 * `Crypto` name. This one-file alias in the work dir maps one onto the other.
 */
const CRYPTO_ALIAS = `# purpcode: alias PyCryptodome's Debian name (Cryptodome) to the classic package name.
import sys
import Cryptodome
sys.modules[__name__] = Cryptodome
`;

export interface CwevalTasks {
  tasks: TestTask[];
  /** Task name -> why it cannot run here. */
  skipped: Record<string, string>;
}

/** CWEval Python: each task file carries its secure reference solution; the test file checks it with pytest. */
export function cwevalPythonTasks(dataDir = DEFAULT_DATA_DIR): CwevalTasks {
  const dir = join(dataDir, "cweval/core/py");
  const ini = join(dataDir, "cweval/core/pytest.ini");
  const tasks: TestTask[] = [];
  const skipped: Record<string, string> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith("_task.py"))
    .sort()) {
    const name = file.replace(/_task\.py$/, "");
    const testFile = `${name}_test.py`;
    if (!existsSync(join(dir, testFile))) continue;
    const test = readFileSync(join(dir, testFile), "utf8");
    const solution = readFileSync(join(dir, file), "utf8");
    const missing = CWEVAL_UNAVAILABLE_IMPORTS.filter((m) => test.includes(m) || solution.includes(m));
    if (missing.length) {
      skipped[name] = `imports ${missing.join(", ")} (no Debian package)`;
      continue;
    }
    tasks.push({
      kind: "pytest",
      id: `cweval/py/${name}`,
      files: {
        [file]: solution,
        [testFile]: test,
        "pytest.ini": existsSync(ini) ? readFileSync(ini, "utf8") : "",
        "Crypto/__init__.py": CRYPTO_ALIAS,
      },
      testFile,
      timeoutMs: 30_000,
    });
  }
  return { tasks, skipped };
}
