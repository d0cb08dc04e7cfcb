/**
 * HumanEval-X canonical solutions through the sandbox service, per language.
 *
 *   npx tsx bench/sandbox/languages.ts [--data ../shared/data] [--limit 164] [--langs cpp,go,java,js,rust,python]
 *                                       [--concurrency N] [--out bench/sandbox/languages.json]
 *                                       [--ids 32,50,162]  (only these problem numbers, after --limit)
 *                                       [--block 8]
 *
 * Each program is assembled as CodeGeeX assembles it (src/sandbox/languages/humaneval-x.ts) and POSTed to
 * /run_code on 127.0.0.1 in SandboxFusion's own request shape ({code, language, compile_timeout, run_timeout}).
 * Per language, three passes in the same run at the same concurrency, alternating block by block (--block
 * programs each: sandbox, bare, cached, then the next block), so that a load spike from the machine's other
 * users does not land on one pass only:
 *   1. each program through the sandbox with an empty compile cache (every program compiled in the sandbox);
 *   2. bare: the same compile + run command lines as plain host subprocesses, no namespaces or seccomp, in a
 *      tmpfs dir, in the sandbox's memory cgroup (Go with a warm GOCACHE of its own, as the sandbox's seed
 *      cache gives it);
 *   3. the sandbox again: compiled artefacts come from the cache.
 * Reported per pass: CPU seconds of this process and everything it started (cpu-time.ts: the service, the
 * client, the warm interpreter and every sandboxed process; or the bare processes), summed latency and wall
 * time. The overhead is the sandboxed pass's CPU over the bare pass's, minus 1 (CPU, because this machine is
 * shared: wall time follows the others' load), and the same by latency; executions per second by wall time.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { mapLimit } from "../../src/sandbox/pool.js";
import { Sandbox } from "../../src/sandbox/sandbox.js";
import { createSandboxServer } from "../../src/sandbox/service/server.js";
import type {
  AssembledProgram,
  HumanEvalXLanguage,
  HumanEvalXProblem,
} from "../../src/sandbox/languages/humaneval-x.js";
import { assembleHumanEvalX, humanEvalXPassed } from "../../src/sandbox/languages/humaneval-x.js";
import { setCompileCacheDir } from "../../src/sandbox/languages/program.js";
import { TOOLCHAINS, commandLine, sourceName } from "../../src/sandbox/languages/toolchains.js";
import { languageUnavailable } from "../../src/sandbox/languages/program.js";
import { RUST_CRATES_DIR } from "../../src/sandbox/languages/rust-crates.js";
import { addNodePackages } from "../../src/sandbox/languages/node-packages.js";
import { treeCpuSeconds } from "./cpu-time.js";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: "../shared/data" },
    limit: { type: "string", default: "164" },
    langs: { type: "string", default: "cpp,go,java,js,rust,python" },
    concurrency: { type: "string" },
    out: { type: "string", default: "bench/sandbox/languages.json" },
    ids: { type: "string" },
    block: { type: "string", default: "8" },
  },
});
const limit = Number(values.limit);
const ids = values.ids ? new Set(values.ids.split(",")) : undefined;
const block = Number(values.block);
const concurrency = Number(values.concurrency ?? Math.max(2, availableParallelism()));
const FILES: Record<HumanEvalXLanguage, string> = {
  python: "humaneval_python.jsonl.gz",
  cpp: "humaneval_cpp.jsonl.gz",
  java: "humaneval_java.jsonl.gz",
  js: "humaneval_js.jsonl.gz",
  go: "humaneval_go.jsonl.gz",
  rust: "humaneval_rust.jsonl.gz",
};

function problems(language: HumanEvalXLanguage): HumanEvalXProblem[] {
  const text = gunzipSync(readFileSync(join(values.data, "humaneval-x", FILES[language]))).toString("utf8");
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as HumanEvalXProblem)
    .slice(0, limit)
    .filter((p) => !ids || ids.has(p.task_id.split("/").pop() as string));
}

interface Answer {
  status: string;
  message: string;
  compile_result: { status: string; stderr: string } | null;
  run_result: { status: string; return_code: number | null; stdout: string; stderr: string } | null;
}

async function post(url: string, body: unknown): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${url}/run_code`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (res.status === 503 && attempt < 100) {
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    return (await res.json()) as Answer;
  }
}

/** The same compile and run lines on the host, no isolation: the anchor. */
function bare(program: AssembledProgram, goCache: string): Promise<boolean> {
  // tmpfs where there is one, as the sandbox's /work and /tmp are.
  const dir = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "purpcode-bare-"));
  let lines: string[];
  let env: Record<string, string> = {};
  if (program.language === "python") {
    writeFileSync(join(dir, "main.py"), program.code);
    lines = ["/usr/bin/python3 main.py"];
  } else if (program.language === "nodejs") {
    writeFileSync(join(dir, "main.js"), program.code);
    lines = ["/usr/bin/node main.js"];
    env = { NODE_PATH: bareNodeModules }; // the packages the sandbox's /node_modules has
  } else {
    const chain = TOOLCHAINS[program.language];
    if (!chain) throw new Error(program.language);
    const source = sourceName(chain, program.code);
    writeFileSync(join(dir, source), program.code);
    env = { ...(chain.env ?? {}), GOCACHE: goCache };
    // A program naming Rust crates compiles against the crates built bare once (the sandbox's come from its seed).
    const libraries =
      chain.libraries?.compile && chain.libraries.used(program.code).length && bareCrates
        ? chain.libraries.compile
        : undefined;
    const compile = libraries
      ? commandLine(libraries, source, program.code)
          .replace(/^mkdir -p \S+ && tar -xf \S+ -C \S+ && /, "")
          .replaceAll(RUST_CRATES_DIR, bareCrates as string)
      : chain.compile
        ? commandLine(chain.compile, source, program.code).replace(
            /^mkdir -p \/tmp\/go-cache && if .*?fi && /,
            "",
          )
        : undefined;
    lines = [...(compile ? [compile] : []), commandLine(chain.run, source, program.code)];
  }
  const script = lines.join(" && ");
  return new Promise((resolve) => {
    let out = "";
    // In the sandbox's own memory cgroup where it has one: under contention a cgroup gets its own CPU share, so
    // bare processes outside it would be measured against a different scheduler budget.
    const [file, args] = sandbox.memoryCap
      ? sandbox.memoryCap.wrap("/bin/sh", ["-c", script])
      : ["/bin/sh", ["-c", script]];
    const child = spawn(file, args, {
      cwd: dir,
      env: { PATH: "/usr/bin:/bin", HOME: dir, LANG: "C.UTF-8", TMPDIR: dir, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("close", (code) => {
      rmSync(dir, { recursive: true, force: true });
      resolve(code === 0 && (!program.silent || out === ""));
    });
  });
}

const cacheDir = mkdtempSync(join(tmpdir(), "purpcode-bench-compile-cache-"));
setCompileCacheDir(cacheDir);
const goCache = join(cacheDir, "..", `purpcode-bench-gocache-${process.pid}`);
mkdirSync(goCache, { recursive: true });
const bareNodeModules = join(cacheDir, "..", `purpcode-bench-node-modules-${process.pid}`);
addNodePackages(bareNodeModules);
/** The Rust crates built once on the host for the bare anchor (untimed, as the sandbox's seed is built before its pass). */
let bareCrates: string | undefined;
function buildBareCrates(): void {
  const seed = TOOLCHAINS.rust_test?.libraries?.seed;
  if (!seed || bareCrates) return;
  const dir = join(cacheDir, "..", `purpcode-bench-rust-crates-${process.pid}`);
  const work = mkdtempSync(join(tmpdir(), "purpcode-bench-crates-build-"));
  try {
    execFileSync("/bin/sh", ["-c", seed.code.replaceAll(RUST_CRATES_DIR, dir)], {
      cwd: work,
      env: { PATH: "/usr/bin:/bin", HOME: work },
      stdio: ["ignore", "ignore", "inherit"],
    });
    bareCrates = dir;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
const sandbox = await Sandbox.open({ pool: { concurrency } });
const server = await createSandboxServer({ sandbox, port: 0 });
const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  limit,
  concurrency,
  block,
  command: `npx tsx bench/sandbox/languages.ts ${process.argv.slice(2).join(" ")}`.trim(),
  languages: {} as Record<string, unknown>,
};
try {
  for (const lang of values.langs.split(",") as HumanEvalXLanguage[]) {
    const programs = problems(lang).map((p) => ({ id: p.task_id, program: assembleHumanEvalX(lang, p) }));
    const language = programs[0]?.program.language ?? lang;
    const why = languageUnavailable(language);
    if (why) {
      (report.languages as Record<string, unknown>)[lang] = { language, unavailable: why };
      console.log(`${lang}: unavailable (${why})`);
      continue;
    }
    // Bare first fills Go's host cache; the sandbox's seed is built before its timed pass by one warm-up run.
    // A variant of the first program (its own cache key): builds the seed cache without caching a timed program.
    if (language === "rust_test") buildBareCrates();
    const warmUp = `${programs[0]!.program.code}\n${language === "python" ? "#" : "//"} warm-up\n`;
    await post(server.url, { code: warmUp, language, compile_timeout: 120, run_timeout: 60 });
    // Likewise the Rust crates' seed, by a variant of the first program that names one.
    const crateUser = programs.find((p) => TOOLCHAINS[language]?.libraries?.used(p.program.code).length);
    if (crateUser)
      await post(server.url, {
        code: `${crateUser.program.code}\n// warm-up\n`,
        language,
        compile_timeout: 120,
        run_timeout: 60,
      });
    await bare(programs[0]!.program, goCache);
    const failures: Array<{ id: string; why: string }> = [];
    const bareFailures: string[] = [];
    const request = (program: AssembledProgram) => ({
      code: program.code,
      language,
      compile_timeout: 120,
      run_timeout: 30,
    });
    type Item = (typeof programs)[number];
    interface Pass<T> {
      results: Array<{ value: T; seconds: number }>;
      wallSeconds: number;
      cpuSeconds: number;
      latencySeconds: number;
    }
    /** One pass over some programs at the benchmark's concurrency, added to `into`: wall, CPU, latencies. */
    const pass = async <T>(items: Item[], each: (item: Item) => Promise<T>, into: Pass<T>) => {
      const cpu = treeCpuSeconds();
      const t = performance.now();
      const results = await mapLimit(items, concurrency, async (item) => {
        const started = performance.now();
        const value = await each(item);
        return { value, seconds: (performance.now() - started) / 1000 };
      });
      into.wallSeconds += (performance.now() - t) / 1000;
      into.cpuSeconds += treeCpuSeconds() - cpu;
      into.latencySeconds += results.reduce((a, r) => a + r.seconds, 0);
      into.results.push(...results);
    };
    const empty = <T>(): Pass<T> => ({ results: [], wallSeconds: 0, cpuSeconds: 0, latencySeconds: 0 });
    const sandboxed = empty<boolean>();
    const bared = empty<boolean>();
    const cached = empty<Answer>();
    // The three passes alternate block by block, so that the others' load on this shared machine (which moves
    // CPU time too: caches, SMT siblings, the hypervisor) falls on all three alike rather than on whichever pass
    // ran during a spike.
    for (let start = 0; start < programs.length; start += block) {
      const items = programs.slice(start, start + block);
      // 1: through the sandbox, compile cache empty: every program compiled and run in the sandbox.
      await pass(
        items,
        async ({ id, program }) => {
          const answer = await post(server.url, request(program));
          const ok = humanEvalXPassed(program, answer);
          if (!ok)
            failures.push({
              id,
              why: `${answer.status} ${answer.message} ${answer.compile_result?.stderr.slice(0, 300) ?? ""} ${answer.run_result?.stderr.slice(0, 300) ?? ""}`.trim(),
            });
          return ok;
        },
        sandboxed,
      );
      // 2: the same compile + run lines as bare host processes.
      await pass(
        items,
        async ({ id, program }) => {
          const ok = await bare(program, goCache);
          if (!ok) bareFailures.push(id);
          return ok;
        },
        bared,
      );
      // 3: the sandbox again; every artefact now comes from the compile cache.
      await pass(items, ({ program }) => post(server.url, request(program)), cached);
    }
    const n = programs.length;
    const passed = sandboxed.results.filter((r) => r.value).length;
    const row = {
      language,
      programs: n,
      passed,
      passRate: passed / n,
      barePassed: bared.results.filter((r) => r.value).length,
      cpuSecondsPerProgram: {
        sandbox: sandboxed.cpuSeconds / n,
        bare: bared.cpuSeconds / n,
        cached: cached.cpuSeconds / n,
      },
      meanLatencySeconds: {
        sandbox: sandboxed.latencySeconds / n,
        bare: bared.latencySeconds / n,
        cached: cached.latencySeconds / n,
      },
      execPerSecond: {
        sandbox: n / sandboxed.wallSeconds,
        bare: n / bared.wallSeconds,
        cached: n / cached.wallSeconds,
      },
      /** CPU time of the sandboxed pass over the bare one, minus 1: the like-for-like figure on a shared machine. */
      overheadCpu: sandboxed.cpuSeconds / bared.cpuSeconds - 1,
      /** The same by summed latency (wall time: follows the machine's load between passes). */
      overheadLatency: sandboxed.latencySeconds / bared.latencySeconds - 1,
      cachedVsBareCpu: cached.cpuSeconds / bared.cpuSeconds,
      cachedVsBareLatency: cached.latencySeconds / bared.latencySeconds,
      failures,
      bareFailures,
    };
    (report.languages as Record<string, unknown>)[lang] = row;
    writeFileSync(values.out, JSON.stringify(report, null, 1) + "\n"); // after each language: a long run keeps what it has
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(
      `${lang} (${language}): ${passed}/${n} passed (bare ${row.barePassed}); CPU s/program sandbox ${row.cpuSecondsPerProgram.sandbox.toFixed(3)}, bare ${row.cpuSecondsPerProgram.bare.toFixed(3)}, cached ${row.cpuSecondsPerProgram.cached.toFixed(3)}; overhead CPU ${pct(row.overheadCpu)}, latency ${pct(row.overheadLatency)}; cached/bare CPU ${row.cachedVsBareCpu.toFixed(2)}, latency ${row.cachedVsBareLatency.toFixed(2)}; exec/s sandbox ${row.execPerSecond.sandbox.toFixed(2)}, bare ${row.execPerSecond.bare.toFixed(2)}, cached ${row.execPerSecond.cached.toFixed(2)}`,
    );
    for (const f of failures.slice(0, 5)) console.log(`  FAIL ${f.id}: ${f.why.slice(0, 400)}`);
  }
} finally {
  await server.close();
  await sandbox.close();
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(goCache, { recursive: true, force: true });
  if (bareCrates) rmSync(bareCrates, { recursive: true, force: true });
  rmSync(bareNodeModules, { recursive: true, force: true });
}
writeFileSync(values.out, JSON.stringify(report, null, 1) + "\n");
console.log(`wrote ${values.out}`);
