// Speed and memory, side by side in one run and by CPU time: bandit, ruff's `S` rules (ruff-wasm) and the
// purpcode CLI on the same file lists; peak RSS of a streaming scan; the cost of a file with thousands of findings.
// Run: npm run build && npx tsx bench/analyzer/speed.ts [--corpus DIR] [--rss-corpus DIR] [--data ../shared/data]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { expandPaths } from "../../src/analyzer/files.js";
import { JIT_FLAGS } from "../../src/cli/launch.js";
import { benignCorpora, dataRoot } from "./data.js";

const here = new URL(".", import.meta.url).pathname;
const argValue = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const corpusDir = argValue("--corpus", "/usr/lib/python3.11");
const rssDir = argValue("--rss-corpus", "/usr/lib/python3/dist-packages");
const cli = join(here, "../../bin/purpcode.js");
// The CLI as users start it: `node bin/purpcode.js` would skip the launcher's shebang flags (its young generation
// size), so they are read from the shebang and passed the same way.
const launcherFlags = (/^#!.*\bnode\b(.*)$/m.exec(readFileSync(cli, "utf8").split("\n")[0]!)?.[1] ?? "")
  .trim()
  .split(/\s+/)
  .filter(Boolean);
const purpcode = (args: string[], env?: NodeJS.ProcessEnv) =>
  measure(process.execPath, [...launcherFlags, cli, ...args], env);
if (!existsSync(join(here, "../../dist/cli/main.js")))
  throw new Error("dist/ missing: run `npm run build` first");
const gnuTime = existsSync("/usr/bin/time");

interface Run {
  wall: number;
  cpu: number;
  /** Peak resident set, MB (when /usr/bin/time is installed). */
  rss_mb?: number;
}

/** Wall, CPU (user + sys, children included) and peak RSS of one command, output discarded. */
function measure(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const r = gnuTime
    ? spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", cmd, ...args], {
        encoding: "utf8",
        stdio: ["ignore", "ignore", "pipe"],
        maxBuffer: 1 << 26,
        env,
      })
    : spawnSync(
        "bash",
        ["-c", 'TIMEFORMAT="%R %U %S"; { time "$@" >/dev/null 2>&1; } 2>&1', "bash", cmd, ...args],
        { encoding: "utf8", env },
      );
  const text = gnuTime ? r.stderr : r.stdout;
  const [wall, user, sys, rss] = text.trim().split("\n").pop()!.split(" ").map(Number);
  if (wall === undefined || user === undefined || sys === undefined || Number.isNaN(wall))
    throw new Error(`timing ${cmd} failed: ${text.slice(-400)}`);
  return {
    wall,
    cpu: Math.round((user + sys) * 100) / 100,
    ...(rss ? { rss_mb: Math.round(rss / 1024) } : {}),
  };
}

const median3 = (f: () => Run): Run => [f(), f(), f()].sort((a, b) => a.cpu - b.cpu)[1]!;

function compare(name: string, files: string[], tmp: string) {
  const list = join(tmp, `${name}.list`);
  writeFileSync(list, files.join("\n") + "\n");
  const bandit = measure("bandit", ["-q", "-f", "json", "-o", join(tmp, "bandit.json"), ...files]);
  const ruff = median3(() => measure(process.execPath, [join(here, "ruff-s.mjs"), list]));
  const ours = (jobs: number, env?: NodeJS.ProcessEnv) => () =>
    purpcode(["-q", "analyze", "--format", "json", "--jobs", String(jobs), ...files], env);
  const jobs1 = median3(ours(1));
  const jobs2 = median3(ours(2));
  // The launcher's JIT budget (src/cli/launch.ts) against V8's default, same files, same run.
  const v8Default = median3(ours(1, { ...process.env, PURPCODE_V8_TIERING: "default" }));
  const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;
  return {
    files: files.length,
    bandit,
    ruff_wasm_S: ruff,
    purpcode_jobs1: jobs1,
    purpcode_jobs2: jobs2,
    purpcode_jobs1_v8_default_tiering: v8Default,
    cpu_speedup_vs_bandit: ratio(bandit.cpu, jobs1.cpu),
    cpu_saved_by_jit_budget: ratio(v8Default.cpu, jobs1.cpu),
    cpu_ratio_vs_ruff_wasm: ratio(ruff.cpu, jobs1.cpu),
    wall_jobs2_vs_jobs1: ratio(jobs1.wall, jobs2.wall),
  };
}

const tmp = mkdtempSync(join(tmpdir(), "purpcode-speed-"));
try {
  const stdlib = (await expandPaths([corpusDir], false)).filter((f) => f.endsWith(".py"));
  mkdirSync(join(tmp, "benign"));
  const benign = benignCorpora(dataRoot()).map((b, i) => {
    const p = join(tmp, "benign", `${b.corpus}_${i}.py`);
    writeFileSync(p, b.code);
    return p;
  });
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    load_average: loadavg().map((x) => Math.round(x * 10) / 10),
    stdlib: { dir: corpusDir, ...compare("stdlib", stdlib, tmp) },
    benign: compare("benign", benign, tmp),
  };
  // Peak memory of a streaming scan of a large tree (the CLI default: one worker per core beside this thread).
  results.peak_rss = {
    dir: rssDir,
    ...purpcode(["-q", "analyze", "--format", "json", rssDir]),
  };
  // A file with thousands of findings: analysis cost must grow with the file, not with findings x lines (the same
  // file many-findings.mjs analyses in a process of its own).
  const lines = ["import hashlib, os"];
  for (let i = 0; lines.length < 40_000; i++)
    lines.push(`def f${i}(x):`, "    h = hashlib.md5(x)", "    os.system('ls ' + x)", "    y = 1", "");
  // The whole CLI run on that file (start-up, grammar load, JSON of every finding), beside its start-up alone.
  const manyFile = join(tmp, "many_findings.py");
  writeFileSync(manyFile, lines.join("\n"));
  writeFileSync(join(tmp, "one_line.py"), "x = 1\n");
  const cliMany = median3(() => purpcode(["-q", "analyze", "--format", "json", "--jobs", "1", manyFile]));
  const cliStartup = median3(() =>
    purpcode(["-q", "analyze", "--format", "json", "--jobs", "1", join(tmp, "one_line.py")]),
  );
  // In a process of its own through the built library, as the reward server (`purpcode serve`) runs it: under
  // the launcher's JIT budget and under V8's default, alternating, median of three each (many-findings.mjs).
  interface Many {
    lines: number;
    findings: number;
    cold: number;
    warm: number;
    parse: number;
  }
  const manyRun = (flags: string[]): Many => {
    const r = spawnSync(process.execPath, [...flags, join(here, "many-findings.mjs")], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`many-findings.mjs failed: ${r.stderr.slice(-400)}`);
    return JSON.parse(r.stdout) as Many;
  };
  const shipped: Many[] = [];
  const v8Default: Many[] = [];
  for (let i = 0; i < 3; i++) {
    shipped.push(manyRun([JIT_FLAGS]));
    v8Default.push(manyRun([]));
  }
  const mid = (runs: Many[], k: "cold" | "warm" | "parse") => runs.map((r) => r[k]).sort((a, b) => a - b)[1]!;
  results.many_findings = {
    lines: shipped[0]!.lines,
    findings: shipped[0]!.findings,
    cpu_s: mid(shipped, "cold"),
    warm_cpu_s: mid(shipped, "warm"),
    parse_cpu_s: mid(shipped, "parse"),
    v8_default_tiering: {
      cpu_s: mid(v8Default, "cold"),
      warm_cpu_s: mid(v8Default, "warm"),
      parse_cpu_s: mid(v8Default, "parse"),
    },
    cli_cpu_s: cliMany.cpu,
    cli_startup_cpu_s: cliStartup.cpu,
  };
  const prettier = await import("prettier");
  const out = join(here, "speed.json");
  writeFileSync(out, await prettier.format(JSON.stringify(results), { parser: "json", filepath: out }));
  process.stdout.write(JSON.stringify(results, null, 2) + "\n");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
