/**
 * What the sandbox adds to one run of a short program: a compiled binary (from the compile cache) and node,
 * each run N times one after another through `runProgram` and as a bare host process, by CPU time of this
 * process tree (cpu-time.ts) and by wall time.
 *
 *   npx tsx bench/sandbox/per-run.ts [--runs 40] [--langs c,nodejs]
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Sandbox } from "../../src/sandbox/sandbox.js";
import { runProgram, setCompileCacheDir } from "../../src/sandbox/languages/program.js";
import { treeCpuSeconds } from "./cpu-time.js";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "40" }, langs: { type: "string", default: "c,nodejs" } },
});
const runs = Number(values.runs);
const PROGRAMS: Record<string, string> = {
  c: '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n',
  nodejs: 'console.log("hello");\n',
};

function bareRun(argv: string[], cwd: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd,
      env: { PATH: "/usr/bin:/bin", HOME: cwd, LANG: "C.UTF-8" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    child.stdin.on("error", () => {});
    child.stdin.end("");
    child.stdout.resume();
    child.stderr.resume();
    child.on("close", resolve);
  });
}

const cacheDir = mkdtempSync(join(tmpdir(), "purpcode-per-run-cache-"));
setCompileCacheDir(cacheDir);
const sandbox = await Sandbox.open();
const dir = mkdtempSync(join("/dev/shm", "purpcode-per-run-"));
try {
  for (const language of values.langs.split(",")) {
    const code = PROGRAMS[language]!;
    const first = await runProgram(sandbox, { language, code });
    if (first.run?.stdout !== "hello\n") throw new Error(`${language}: ${JSON.stringify(first)}`);
    let argv: string[];
    if (language === "nodejs") {
      writeFileSync(join(dir, "main.js"), code);
      argv = ["/usr/bin/node", "main.js"];
    } else {
      writeFileSync(join(dir, "main.c"), code);
      await bareRun(["/usr/bin/gcc", "main.c", "-o", "prog"], dir);
      chmodSync(join(dir, "prog"), 0o700);
      argv = ["./prog"];
    }
    const measure = async (f: () => Promise<unknown>) => {
      const cpu = treeCpuSeconds();
      const t = performance.now();
      for (let i = 0; i < runs; i++) await f();
      return { cpuMs: ((treeCpuSeconds() - cpu) * 1000) / runs, wallMs: (performance.now() - t) / runs };
    };
    // Alternating blocks, so that both sides meet the same load.
    const sb = { cpuMs: 0, wallMs: 0 };
    const bare = { cpuMs: 0, wallMs: 0 };
    for (let round = 0; round < 2; round++) {
      const s = await measure(() => runProgram(sandbox, { language, code }));
      const b = await measure(() => bareRun(argv, dir));
      for (const k of ["cpuMs", "wallMs"] as const) {
        sb[k] += s[k] / 2;
        bare[k] += b[k] / 2;
      }
    }
    console.log(
      `${language}: per run sandbox cpu ${sb.cpuMs.toFixed(1)} ms wall ${sb.wallMs.toFixed(1)} ms; bare cpu ${bare.cpuMs.toFixed(1)} ms wall ${bare.wallMs.toFixed(1)} ms; added cpu ${(sb.cpuMs - bare.cpuMs).toFixed(1)} ms wall ${(sb.wallMs - bare.wallMs).toFixed(1)} ms`,
    );
  }
} finally {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
}
