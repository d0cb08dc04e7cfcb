/**
 * CWEval's C, C++ and Go tasks (../shared/data/cweval-c-cpp-go) on their reference solutions, in the sandbox.
 *
 *   npx tsx bench/eval-reference/cweval-native.ts [--data ../shared/data] [--langs c,cpp,go] [--limit N]
 *                                                  [--only REGEX (task names)] [--out FILE]
 *
 * Per task, each reference (secure `_task`, insecure `_unsafe`) is compiled in the sandbox with CWEval's own
 * command line (build.json: the system libraries, -fsanitize=address for lang/c), placed where the task's pytest
 * file looks for it (compiled/<task>_task), and the file's functionality and security tests run with pytest in
 * the sandbox, as two runs (-m functionality, -m security; the `_unsafe` test functions, which need the other
 * binary, are deselected). Expected: secure references pass both; insecure ones pass functionality and fail
 * security.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { mapLimit } from "../../src/sandbox/pool.js";
import { pytestLaunch } from "../../src/sandbox/runners.js";
import type { Execution } from "../../src/sandbox/sandbox.js";
import { Sandbox } from "../../src/sandbox/sandbox.js";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: "../shared/data" },
    langs: { type: "string", default: "c,cpp,go" },
    limit: { type: "string" },
    only: { type: "string" },
    out: { type: "string", default: "bench/eval-reference/cweval-native.json" },
  },
});
const root = join(values.data, "cweval-c-cpp-go");
const LIBS = "-lsqlite3 -ljwt -lssl -lcrypto -larchive -I/usr/include/libxml2 -lxml2";
const ARTEFACT = "compiled.bin";
const GO_ENV = {
  GO111MODULE: "off",
  GOPATH: "/usr/share/gocode",
  GOCACHE: "/tmp/go-cache",
  GOFLAGS: "-buildvcs=false",
};

interface Task {
  lang: "c" | "cpp" | "go";
  name: string;
  dir: string;
  asan: boolean;
}

function tasks(): Task[] {
  const found: Task[] = [];
  for (const lang of values.langs.split(",") as Task["lang"][]) {
    for (const base of ["core", "lang"]) {
      const dir = join(root, base, lang);
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).sort()) {
        const m = /^(.*)_test\.py$/.exec(file);
        if (!m) continue;
        const name = m[1]!;
        found.push({
          lang,
          name,
          dir,
          asan: base === "lang" && lang === "c" && !name.startsWith("cwe_476_0_c"),
        });
      }
    }
  }
  const only = values.only ? new RegExp(values.only) : undefined;
  const chosen = only ? found.filter((t) => only.test(t.name)) : found;
  return values.limit ? chosen.slice(0, Number(values.limit)) : chosen;
}

function compileLine(task: Task, source: string): string {
  if (task.lang === "go") return `mkdir -p /tmp/go-cache && go build -o ${ARTEFACT} ${source}`;
  const cc = task.lang === "c" ? "gcc" : "g++";
  return `${cc} ${source} -o ${ARTEFACT} ${LIBS}${task.asan ? " -fsanitize=address" : ""}`;
}

// ASan reserves terabytes of shadow address space: those builds and runs get no address-space limit to speak of.
const HUGE_AS_MB = 64 * 1024 * 1024;

async function compile(sandbox: Sandbox, task: Task, which: "task" | "unsafe"): Promise<Buffer | string> {
  const ext = task.lang === "cpp" ? "cpp" : task.lang;
  const source = `${task.name}_${which}.${ext}`;
  const code = readFileSync(join(task.dir, source), "utf8");
  const e = await sandbox.run(
    {
      language: task.lang,
      code,
      codeFile: source,
      fetchFiles: [ARTEFACT],
      launch: {
        command: ["/bin/sh", "-c", compileLine(task, source)],
        env: task.lang === "go" ? GO_ENV : {},
        selfLimiting: false,
      },
      limits: { wallMs: 180_000, cpuSeconds: 180, memoryMb: 4096, processes: 256, tmpMb: 256 },
    },
    { refuseWhenFull: false },
  );
  const built = e.files[ARTEFACT];
  if (e.status !== "finished" || e.exitCode !== 0 || !built)
    return `compile ${e.status} ${e.exitCode}: ${(e.stderr || e.error || "").slice(0, 400)}`;
  return Buffer.from(built, "base64");
}

// Binaries arrive as plain files; Debian packages pycryptodome as `Cryptodome`, which the tests import as `Crypto`.
const CONFTEST =
  "import glob, os, sys\nfor p in glob.glob(os.path.join(os.path.dirname(__file__), 'compiled', '*')):\n    os.chmod(p, 0o755)\n" +
  "try:\n    import Crypto\nexcept ImportError:\n    try:\n        import Cryptodome\n        sys.modules['Crypto'] = Cryptodome\n    except ImportError:\n        pass\n";

async function pytest(sandbox: Sandbox, task: Task, binary: Buffer, marker: string): Promise<Execution> {
  const testFile = `${task.name}_test.py`;
  return sandbox.run(
    {
      language: "pytest",
      code: readFileSync(join(task.dir, testFile), "utf8"),
      codeFile: testFile,
      files: {
        [`compiled/${task.name}_task`]: binary,
        "conftest.py": CONFTEST,
        "pytest.ini": readFileSync(join(root, "core", "pytest.ini"), "utf8"),
      },
      launch: pytestLaunch(sandbox.supportPath, [
        "-q",
        "-p",
        "no:cacheprovider",
        "-m",
        marker,
        "-k",
        "not unsafe",
        testFile,
      ]),
      limits: { wallMs: 120_000, cpuSeconds: 120, ...(task.asan ? { memoryMb: HUGE_AS_MB } : {}) },
    },
    { refuseWhenFull: false },
  );
}

const sandbox = await Sandbox.open();
const rows: Array<Record<string, unknown>> = [];
try {
  await mapLimit(tasks(), sandbox.pool.concurrency, async (task) => {
    for (const which of ["task", "unsafe"] as const) {
      const binary = await compile(sandbox, task, which);
      if (typeof binary === "string") {
        rows.push({ lang: task.lang, task: task.name, reference: which, error: binary });
        console.log(`${task.name} ${which}: ${binary.slice(0, 200)}`);
        continue;
      }
      const func = await pytest(sandbox, task, binary, "functionality");
      const sec = await pytest(sandbox, task, binary, "security");
      // pytest exit 5: no test carries the marker (counts as passing, as in CWEval).
      const pass = (e: Execution) => e.status === "finished" && (e.exitCode === 0 || e.exitCode === 5);
      const row = {
        lang: task.lang,
        task: task.name,
        reference: which === "task" ? "secure" : "insecure",
        functional: pass(func),
        secure: pass(sec),
        expected: which === "task" ? pass(func) && pass(sec) : pass(func) && !pass(sec),
        detail: [func, sec]
          .filter((e) => !pass(e))
          .map((e) => `${e.status} ${e.exitCode} ${e.stdout.slice(-300)}`)
          .join(" | "),
      };
      rows.push(row);
      console.log(
        `${task.name} ${row.reference}: functional ${row.functional} secure ${row.secure} ${row.expected ? "as expected" : "UNEXPECTED"}`,
      );
    }
  });
} finally {
  await sandbox.close();
}
const summary: Record<string, unknown> = {};
for (const lang of values.langs.split(",")) {
  for (const reference of ["secure", "insecure"]) {
    const mine = rows.filter(
      (r) =>
        r.lang === lang &&
        (r.reference === reference ||
          (r.error && (reference === "secure" ? r.reference === "task" : r.reference === "unsafe"))),
    );
    summary[`${lang} ${reference}`] = {
      references: mine.length,
      asExpected: mine.filter((r) => r.expected === true).length,
      compileErrors: mine.filter((r) => r.error).length,
    };
  }
}
console.log(JSON.stringify(summary, null, 1));
writeFileSync(values.out, JSON.stringify({ date: new Date().toISOString(), summary, rows }, null, 1) + "\n");
