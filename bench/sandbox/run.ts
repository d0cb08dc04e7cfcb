/**
 * Sandbox throughput and service load.
 *
 *   npx tsx bench/sandbox/run.ts [--data ../shared/data] [--rounds 3] [--requests 320]
 *
 * 1. HumanEval canonical suite (164 programs) through the sandbox pool, next to the anchor measured in the same
 *    run: the same programs as bare `/usr/bin/python3` subprocesses at the same concurrency. The pool runs as
 *    shipped (Python forked from the warm interpreter, each run in namespaces of its own) and, for reference,
 *    with --no-warm (a fresh bubblewrap sandbox and interpreter per run). Rounds alternate the three so that
 *    load from elsewhere on the machine hits all alike; the median round counts. CPU is reported twice: the
 *    processes' own (cgroup) and the whole machine's busy time, which includes kernel workers.
 * 2. Correctness on the full reference data: HumanEval, HumanEval+ (base inputs), sanitized MBPP and the
 *    runnable CWEval Python tasks; every reference solution should pass its own tests.
 * 3. Service load test on 127.0.0.1: POST /run_code at concurrency 16; every response must carry its own
 *    request's token (none lost, none mixed up); p50/p99 latency.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, rmdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runTask } from "../../src/sandbox/judge/harness.js";
import { defaultConcurrency, mapLimit } from "../../src/sandbox/pool.js";
import { PYTHON } from "../../src/sandbox/runners.js";
import { Sandbox } from "../../src/sandbox/sandbox.js";
import { createSandboxServer } from "../../src/sandbox/service/server.js";
import type { HumanEvalTask } from "../../src/sandbox/judge/tasks.js";
import {
  DEFAULT_DATA_DIR,
  cwevalPythonTasks,
  humanEvalPlusBaseTasks,
  humanEvalTasks,
  mbppTasks,
} from "./datasets.js";
import type { TestTask } from "../../src/sandbox/judge/tasks.js";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: DEFAULT_DATA_DIR },
    rounds: { type: "string", default: "3" },
    requests: { type: "string", default: "320" },
    // Executions in flight, for the pool and the bare anchor alike (default: the sandbox pool's own default).
    concurrency: { type: "string" },
  },
});
const rounds = Number(values.rounds);
const requests = Number(values.requests);
const cores = availableParallelism();
const inFlight = values.concurrency ? Number(values.concurrency) : defaultConcurrency();

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
};

/** The anchor: the program as a plain subprocess, its output collected (a judge needs it) but not isolated. */
function runBare(file: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(PYTHON, [file], { stdio: ["ignore", "pipe", "pipe"] });
    const output: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => output.push(d));
    child.stderr.on("data", (d: Buffer) => output.push(d));
    child.on("close", (code) => resolve(code));
  });
}

/**
 * CPU time of this process and everything it starts, from a cgroup-v1 cpuacct group of its own (reparented
 * sandbox processes stay in the group). On a shared machine this is the fair measure: wall-clock rates depend
 * on how much CPU the other jobs leave. Returns undefined where such a group cannot be created.
 */
class CpuMeter {
  private readonly dirs: string[] = [];
  private readonly home: string;

  private constructor(private readonly root: string) {
    const line = readFileSync("/proc/self/cgroup", "utf8")
      .split("\n")
      .find((l) => /:cpuacct(,|:)/.test(l) || /:cpu,cpuacct:/.test(l));
    this.home = join(root, line?.split(":")[2] ?? "/");
  }

  static open(): CpuMeter | undefined {
    const root = "/sys/fs/cgroup/cpuacct";
    try {
      const probe = join(root, `purpcode-bench-${process.pid}-probe`);
      mkdirSync(probe);
      rmdirSync(probe);
      return new CpuMeter(root);
    } catch {
      return undefined;
    }
  }

  /** Moves this process into the named group and returns a reader of the group's CPU seconds. */
  enter(name: string): () => number {
    const dir = join(this.root, `purpcode-bench-${process.pid}-${name}`);
    if (!this.dirs.includes(dir)) {
      mkdirSync(dir);
      this.dirs.push(dir);
    }
    writeFileSync(join(dir, "cgroup.procs"), String(process.pid));
    return () => Number(readFileSync(join(dir, "cpuacct.usage"), "utf8")) / 1e9;
  }

  close(): void {
    writeFileSync(join(this.home, "cgroup.procs"), String(process.pid));
    for (const dir of this.dirs) {
      try {
        rmdirSync(dir);
      } catch {
        // a straggler still inside; the kernel frees the group when it exits
      }
    }
  }
}

async function main(): Promise<void> {
  const loadStart = round1(loadavg()[0] ?? 0);
  const tasks = humanEvalTasks(values.data) as HumanEvalTask[];
  const sandbox = await Sandbox.open({ pool: { concurrency: inFlight } });
  const scratch = mkdtempSync(join(tmpdir(), "purpcode-bench-"));
  const files = tasks.map((t, i) => {
    const file = join(scratch, `task${i}.py`);
    writeFileSync(file, `${t.solution}\n\n${t.test}\n\ncheck(${t.entryPoint})\n`);
    return file;
  });

  // Three contenders, alternating within each round so that load from elsewhere hits all alike: the anchor,
  // the pool as shipped (Python forked from the warm interpreter) and the pool with a fresh sandbox +
  // interpreter per run (--no-warm), for reference.
  const cold = await Sandbox.open({ pool: { concurrency: inFlight }, warm: false });
  const contenders: Array<{ name: string; run: () => Promise<number> }> = [
    {
      name: "bare",
      run: async () => (await mapLimit(files, inFlight, runBare)).filter((c) => c === 0).length,
    },
    {
      name: "sandbox",
      run: async () =>
        (await mapLimit(tasks, inFlight * 2, (t) => runTask(sandbox, t))).filter((v) => v.status === "passed")
          .length,
    },
    {
      name: "cold",
      run: async () =>
        (await mapLimit(tasks, inFlight * 2, (t) => runTask(cold, t))).filter((v) => v.status === "passed")
          .length,
    },
  ];
  const meter = CpuMeter.open();
  const rates = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const cpuSeconds = new Map<string, number>(contenders.map((c) => [c.name, 0]));
  const systemSeconds = new Map<string, number>(contenders.map((c) => [c.name, 0]));
  const passed = new Map<string, number>();
  for (let round = 0; round < rounds; round++) {
    for (const contender of contenders) {
      const cpu = meter?.enter(contender.name);
      const cpu0 = cpu?.() ?? 0;
      const system0 = systemBusySeconds();
      const t0 = performance.now();
      passed.set(contender.name, await contender.run());
      rates.get(contender.name)?.push(tasks.length / ((performance.now() - t0) / 1000));
      cpuSeconds.set(contender.name, (cpuSeconds.get(contender.name) ?? 0) + (cpu?.() ?? 0) - cpu0);
      systemSeconds.set(
        contender.name,
        (systemSeconds.get(contender.name) ?? 0) + systemBusySeconds() - system0,
      );
    }
  }
  meter?.close();
  await cold.close();
  rmSync(scratch, { recursive: true, force: true });
  const runs = tasks.length * rounds;
  const perExecMs = (m: Map<string, number>, name: string): number => ((m.get(name) ?? 0) / runs) * 1000;
  const bareCpu = perExecMs(cpuSeconds, "bare");
  const sandboxCpu = perExecMs(cpuSeconds, "sandbox");
  const cpuFigures = meter
    ? {
        bare_cpu_ms_per_exec: round1(bareCpu),
        sandbox_cpu_ms_per_exec: round1(sandboxCpu),
        cold_cpu_ms_per_exec: round1(perExecMs(cpuSeconds, "cold")),
        cpu_overhead_pct: round1((sandboxCpu / bareCpu - 1) * 100),
        bare_capacity_exec_per_s: round1(cores / (bareCpu / 1000)),
        sandbox_capacity_exec_per_s: round1(cores / (sandboxCpu / 1000)),
      }
    : undefined;
  // Busy time of the whole machine, kernel threads included (a network namespace is torn down by a kernel
  // worker, which no cgroup of ours is charged for); on a quiet machine this is the complete cost.
  const system = {
    bare_ms_per_exec: round1(perExecMs(systemSeconds, "bare")),
    sandbox_ms_per_exec: round1(perExecMs(systemSeconds, "sandbox")),
    cold_ms_per_exec: round1(perExecMs(systemSeconds, "cold")),
    overhead_pct: round1((perExecMs(systemSeconds, "sandbox") / perExecMs(systemSeconds, "bare") - 1) * 100),
  };
  const bareRates = rates.get("bare") ?? [];
  const sandboxRates = rates.get("sandbox") ?? [];
  const coldRates = rates.get("cold") ?? [];
  const bare = median(bareRates);
  const boxed = median(sandboxRates);
  const coldRate = median(coldRates);
  const overheadPct = (bare / boxed - 1) * 100;
  const barePassed = passed.get("bare") ?? 0;
  const sandboxPassed = passed.get("sandbox") ?? 0;

  // Correctness on the full reference data.
  const cweval = cwevalPythonTasks(values.data);
  const suites: Array<[string, TestTask[]]> = [
    ["HumanEval canonical", tasks],
    ["HumanEval+ canonical, base inputs", humanEvalPlusBaseTasks(values.data)],
    ["sanitized MBPP reference code", mbppTasks(values.data)],
    ["CWEval Python secure references", cweval.tasks],
  ];
  const correctness: Record<string, { passed: number; total: number; failures: string[] }> = {};
  for (const [name, suite] of suites) {
    const verdicts = await mapLimit(suite, cores * 2, (t) => runTask(sandbox, t));
    correctness[name] = {
      passed: verdicts.filter((v) => v.status === "passed").length,
      total: suite.length,
      failures: verdicts.filter((v) => v.status !== "passed").map((v) => `${v.id}: ${v.status}`),
    };
  }

  // Service load test.
  const server = await createSandboxServer({ sandbox, port: 0 });
  const latencies: number[] = [];
  let lost = 0;
  let mixed = 0;
  const t0 = performance.now();
  await mapLimit(
    Array.from({ length: requests }, (_, i) => i),
    16,
    async (i) => {
      const token = `req-${i}-${Math.random().toString(36).slice(2)}`;
      const started = performance.now();
      try {
        const res = await fetch(`${server.url}/run_code`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({
            language: "python",
            code: `print(${JSON.stringify(token)}, sum(range(${i})))`,
          }),
        });
        const body = (await res.json()) as { status?: string; run_result?: { stdout?: string } };
        latencies.push(performance.now() - started);
        if (res.status !== 200 || body.status !== "Success") lost++;
        else if (body.run_result?.stdout !== `${token} ${(i * (i - 1)) / 2}\n`) mixed++;
      } catch {
        lost++;
      }
    },
  );
  const serviceSeconds = (performance.now() - t0) / 1000;
  await server.close();
  await sandbox.close();

  const results = {
    date: new Date().toISOString(),
    machine: { cores, isolation: sandbox.isolation, load_average_1m_at_start: loadStart },
    humaneval: {
      tasks: tasks.length,
      rounds,
      concurrency: inFlight,
      bare_exec_per_s: round1(bare),
      sandbox_exec_per_s: round1(boxed),
      overhead_pct: round1(overheadPct),
      cold_exec_per_s: round1(coldRate),
      cold_overhead_pct: round1((bare / coldRate - 1) * 100),
      bare_rounds: bareRates.map(round1).join(", "),
      sandbox_rounds: sandboxRates.map(round1).join(", "),
      cold_rounds: coldRates.map(round1).join(", "),
      bare_passed: barePassed,
      sandbox_passed: sandboxPassed,
      cold_passed: passed.get("cold") ?? 0,
      cpu: cpuFigures ?? "not measured (no writable cgroup-v1 cpuacct)",
      system_cpu: system,
      targets: { sandbox_exec_per_s: 60, overhead_pct: 30 },
    },
    correctness: { ...correctness, cweval_not_runnable: cweval.skipped },
    service: {
      requests,
      concurrency: 16,
      p50_ms: round1(percentile(latencies, 50)),
      p99_ms: round1(percentile(latencies, 99)),
      requests_per_s: round1(requests / serviceSeconds),
      lost,
      mixed_up: mixed,
    },
  };
  writeFileSync(new URL("./results.json", import.meta.url), JSON.stringify(results, null, 2) + "\n");
  const rows: Array<[string, string, string]> = [
    [
      "HumanEval canonical, bare python3 (anchor)",
      `${round1(bare)} exec/s`,
      `${barePassed}/${tasks.length} pass`,
    ],
    [
      "HumanEval canonical, sandbox pool (warm)",
      `${round1(boxed)} exec/s`,
      `${sandboxPassed}/${tasks.length} pass`,
    ],
    [
      "HumanEval canonical, sandbox pool --no-warm",
      `${round1(coldRate)} exec/s`,
      `${passed.get("cold") ?? 0}/${tasks.length} pass; overhead ${round1((bare / coldRate - 1) * 100)} %`,
    ],
    ["sandbox overhead vs anchor, wall clock", `${round1(overheadPct)} %`, "target <= 30 %"],
    ...(cpuFigures
      ? ([
          [
            "CPU per execution, anchor / sandbox",
            `${cpuFigures.bare_cpu_ms_per_exec} / ${cpuFigures.sandbox_cpu_ms_per_exec} ms`,
            `cgroup cpuacct, all processes; --no-warm ${cpuFigures.cold_cpu_ms_per_exec} ms`,
          ],
          ["sandbox overhead vs anchor, CPU time", `${cpuFigures.cpu_overhead_pct} %`, "target <= 30 %"],
          [
            "capacity on idle cores (cores / CPU per exec)",
            `${cpuFigures.sandbox_capacity_exec_per_s} exec/s`,
            `anchor ${cpuFigures.bare_capacity_exec_per_s}; target >= 60`,
          ],
        ] as Array<[string, string, string]>)
      : []),
    [
      "machine busy time per exec, anchor / sandbox",
      `${system.bare_ms_per_exec} / ${system.sandbox_ms_per_exec} ms`,
      `kernel workers included; overhead ${system.overhead_pct} %; --no-warm ${system.cold_ms_per_exec} ms`,
    ],
    ...Object.entries(correctness).map(([name, c]): [string, string, string] => [
      `${name}: pass`,
      `${c.passed}/${c.total}`,
      c.failures.slice(0, 3).join("; "),
    ]),
    [
      "CWEval Python tasks not runnable",
      String(Object.keys(cweval.skipped).length),
      Object.entries(cweval.skipped)
        .map(([k, v]) => `${k} ${v}`)
        .join("; "),
    ],
    [
      "service /run_code, concurrency 16",
      `p50 ${round1(percentile(latencies, 50))} ms`,
      `p99 ${round1(percentile(latencies, 99))} ms`,
    ],
    ["service responses lost / mixed up", `${lost} / ${mixed}`, `of ${requests}`],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log(
    `sandbox bench (${cores} cores, ${sandbox.isolation}, median of ${rounds} rounds, load average ${loadStart} at start)`,
  );
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
}

/** Busy CPU seconds of the whole machine so far (all CPUs, /proc/stat: everything but idle and iowait). */
function systemBusySeconds(): number {
  const fields = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "")
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return (total - idle) / 100;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

await main();
