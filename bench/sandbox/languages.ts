/**
 * HumanEval-X canonical solutions through the sandbox service, per language.
 *
 *   npx tsx bench/sandbox/languages.ts [--data ../shared/data] [--limit 164] [--langs cpp,go,java,js,rust,python]
 *                                       [--concurrency N] [--out bench/sandbox/languages.json]
 *
 * Each program is assembled as CodeGeeX assembles it (src/sandbox/languages/humaneval-x.ts) and POSTed to
 * /run_code on 127.0.0.1 in SandboxFusion's own request shape ({code, language, compile_timeout, run_timeout}).
 * Per language, three passes in the same run at the same concurrency:
 *   1. each program through the sandbox (empty compile cache: every program compiled in the sandbox) and bare
 *      (the same compile + run command lines as plain host subprocesses, no namespaces or seccomp, in a tmpfs
 *      dir; Go with a warm GOCACHE of its own, as the sandbox's seed cache gives it), back to back in the same
 *      worker so that both meet the same load (this machine's load varies a lot);
 *   2. the sandbox again: compiled artefacts come from the cache.
 * Reported: pass rate, mean latency per program of each, the overhead (sum of sandbox latencies over the sum
 * of bare ones, minus 1), and executions per second.
 */
import { spawn } from "node:child_process";
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

const { values } = parseArgs({
  options: {
    data: { type: "string", default: "../shared/data" },
    limit: { type: "string", default: "164" },
    langs: { type: "string", default: "cpp,go,java,js,rust,python" },
    concurrency: { type: "string" },
    out: { type: "string", default: "bench/sandbox/languages.json" },
  },
});
const limit = Number(values.limit);
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
    .slice(0, limit);
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
  } else {
    const chain = TOOLCHAINS[program.language];
    if (!chain) throw new Error(program.language);
    const source = sourceName(chain, program.code);
    writeFileSync(join(dir, source), program.code);
    env = { ...(chain.env ?? {}), GOCACHE: goCache };
    lines = [
      ...(chain.compile
        ? [
            commandLine(chain.compile, source, program.code).replace(
              /^mkdir -p \/tmp\/go-cache && if .*?fi && /,
              "",
            ),
          ]
        : []),
      commandLine(chain.run, source, program.code),
    ];
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
const sandbox = await Sandbox.open({ pool: { concurrency } });
const server = await createSandboxServer({ sandbox, port: 0 });
const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  limit,
  concurrency,
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
    const warmUp = `${programs[0]!.program.code}\n${language === "python" ? "#" : "//"} warm-up\n`;
    await post(server.url, { code: warmUp, language, compile_timeout: 120, run_timeout: 60 });
    await bare(programs[0]!.program, goCache);
    const failures: Array<{ id: string; why: string }> = [];
    const timed = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
      const t = performance.now();
      const r = await f();
      return [r, (performance.now() - t) / 1000];
    };
    const request = (program: AssembledProgram) => ({
      code: program.code,
      language,
      compile_timeout: 120,
      run_timeout: 30,
    });
    // Pass 1: each program through the sandbox (compile cache empty) and bare, back to back in the same worker
    // (alternating which goes first), so that both meet the same machine load; latencies are summed per side.
    const [pairs, pass1Seconds] = await timed(() =>
      mapLimit(programs, concurrency, async ({ id, program }, index) => {
        const viaSandbox = async (): Promise<[boolean, number]> => {
          const [answer, seconds] = await timed(() => post(server.url, request(program)));
          const ok = humanEvalXPassed(program, answer);
          if (!ok)
            failures.push({
              id,
              why: `${answer.status} ${answer.message} ${answer.compile_result?.stderr.slice(0, 300) ?? ""} ${answer.run_result?.stderr.slice(0, 300) ?? ""}`.trim(),
            });
          return [ok, seconds];
        };
        const viaBare = () => timed(() => bare(program, goCache));
        if (index % 2 === 0) {
          const s = await viaSandbox();
          return { sandbox: s, bare: await viaBare() };
        }
        const b = await viaBare();
        return { sandbox: await viaSandbox(), bare: b };
      }),
    );
    // Pass 2: the same requests again; every artefact now comes from the compile cache.
    const [cachedLatencies, cachedSeconds] = await timed(() =>
      mapLimit(
        programs,
        concurrency,
        async ({ program }) => (await timed(() => post(server.url, request(program))))[1],
      ),
    );
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const sandboxLatency = sum(pairs.map((p) => p.sandbox[1]));
    const bareLatency = sum(pairs.map((p) => p.bare[1]));
    const cachedLatency = sum(cachedLatencies);
    const passed = pairs.filter((p) => p.sandbox[0]).length;
    const row = {
      language,
      programs: programs.length,
      passed,
      passRate: passed / programs.length,
      barePassed: pairs.filter((p) => p.bare[0]).length,
      meanSandboxSeconds: sandboxLatency / programs.length,
      meanBareSeconds: bareLatency / programs.length,
      meanCachedSeconds: cachedLatency / programs.length,
      /** Executions per second through the sandbox: pass 1 ran sandbox and bare together, so half its wall each. */
      sandboxExecPerSecond:
        programs.length / (pass1Seconds * (sandboxLatency / (sandboxLatency + bareLatency))),
      cachedExecPerSecond: programs.length / cachedSeconds,
      overhead: sandboxLatency / bareLatency - 1,
      cachedVsBare: cachedLatency / bareLatency,
      failures,
    };
    (report.languages as Record<string, unknown>)[lang] = row;
    console.log(
      `${lang} (${language}): ${passed}/${programs.length} passed (bare ${row.barePassed}); mean s/program sandbox ${row.meanSandboxSeconds.toFixed(2)}, bare ${row.meanBareSeconds.toFixed(2)}, cached ${row.meanCachedSeconds.toFixed(2)}; overhead ${(row.overhead * 100).toFixed(1)}%, cached/bare ${row.cachedVsBare.toFixed(2)}; exec/s sandbox ${row.sandboxExecPerSecond.toFixed(2)}, cached ${row.cachedExecPerSecond.toFixed(2)}`,
    );
    for (const f of failures.slice(0, 5)) console.log(`  FAIL ${f.id}: ${f.why.slice(0, 400)}`);
  }
} finally {
  await server.close();
  await sandbox.close();
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(goCache, { recursive: true, force: true });
}
writeFileSync(values.out, JSON.stringify(report, null, 1) + "\n");
console.log(`wrote ${values.out}`);
