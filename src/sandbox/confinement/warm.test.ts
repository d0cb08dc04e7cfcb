import { createHash } from "node:crypto";
/**
 * The warm interpreter keeps every execution isolated from every other: concurrent executions forked from the
 * same zygote cannot see or touch each other's files, processes, sockets or the zygote itself, hold no
 * capabilities, and a dead zygote fails only the runs in flight.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryCgroupSupport } from "./cgroup.js";
import { forkAndFill, warmInterpreters } from "./test-processes.js";
import { runTask } from "../judge/harness.js";
import { Sandbox } from "../sandbox.js";

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await Sandbox.open({ pool: { concurrency: 4 } });
});

afterAll(async () => {
  await sandbox.close();
});

function py(code: string, extra: { stdin?: string; wallMs?: number } = {}) {
  return sandbox.run({
    language: "python",
    code,
    stdin: extra.stdin,
    limits: { wallMs: extra.wallMs ?? 5000 },
  });
}

describe("warm interpreter", () => {
  it("runs Python from the warm interpreter, with stdin, argv, __main__ and exit status like python3 main.py", async () => {
    const run = await py(
      `import sys
print(sys.argv, __name__, input())
sys.stderr.write("to stderr\\n")
sys.exit(7)`,
      { stdin: "line one\n" },
    );
    expect(sandbox.warmUnavailable).toBeUndefined();
    expect(run.warm).toBe(true);
    expect(run.status).toBe("finished");
    expect(run.exitCode).toBe(7);
    expect(run.stdout).toBe("['main.py'] __main__ line one\n");
    expect(run.stderr).toBe("to stderr\n");
    const crash = await py(`raise ValueError("boom")`);
    expect(crash.exitCode).toBe(1);
    expect(crash.stderr).toMatch(/Traceback[\s\S]*ValueError: boom/);
    expect(crash.stderr).not.toContain("purpcode_warm");
    // Its own /proc/self is readable (the monitor above it is not), and it leads a session of its own.
    const self = await py(
      `import os\nprint(sorted(os.listdir("/proc/self/fd")), os.getsid(0) == os.getpid())`,
    );
    expect(self.stdout).toBe("['0', '1', '2', '3'] True\n");
    const killed = await py(`import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)`);
    expect(killed.exitCode).toBe(128 + 11);
  });

  it("runs pytest from a second warm interpreter that has pytest imported", async () => {
    const run = await sandbox.run({
      language: "pytest",
      code: "import os\ndef test_env():\n    assert os.getcwd() == '/work'\ndef test_fails():\n    assert 1 == 2\n",
    });
    expect(run.warm).toBe(true);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/1 failed, 1 passed/);
    // Nothing the zygote imported ahead shows through (pytest warns about plugins imported before it).
    expect(run.stdout).not.toMatch(/warning/i);
    const clash = await sandbox.run({
      language: "python",
      code: "print(1)",
      files: { ".purpcode-launch": "{}" },
    });
    expect(clash.status).toBe("sandbox-error");
    expect(clash.error).toMatch(/reserves/);
  });

  it("looks the same to the program as a cold run: signals, environment, paths, ids, limits", async () => {
    const probe = `import json, os, resource, signal, socket, sys
print(json.dumps({
    "signals": {s.name: str(signal.getsignal(s)) for s in (signal.SIGPIPE, signal.SIGXFSZ, signal.SIGINT, signal.SIGCHLD, signal.SIGTERM)},
    "env": dict(os.environ), "cwd": os.getcwd(), "argv": sys.argv, "name": __name__, "path0": sys.path[0],
    "support_on_path": any("purpcode" in p for p in sys.path), "file": __file__,
    "ids": [os.getuid(), os.getgid(), os.geteuid(), os.getgroups()], "host": socket.gethostname(),
    "umask": os.umask(0o22), "stdin": sys.stdin.read(), "tty": os.isatty(0),
    "rlimits": {n: resource.getrlimit(getattr(resource, "RLIMIT_" + n)) for n in ("CPU", "AS", "NPROC", "FSIZE", "NOFILE", "CORE")},
    "encoding": [sys.stdout.encoding, sys.stdin.encoding], "flags": [sys.flags.dont_write_bytecode, sys.flags.no_site],
}, sort_keys=True))`;
    const cold = await Sandbox.open({ warm: false });
    try {
      const [w, c] = await Promise.all(
        [sandbox, cold].map((box) => box.run({ language: "python", code: probe, stdin: "in\n" })),
      );
      expect(w?.warm).toBe(true);
      expect(c?.warm).toBe(false);
      expect(JSON.parse(w?.stdout ?? "")).toEqual(JSON.parse(c?.stdout ?? ""));
    } finally {
      await cold.close();
    }
  });

  it("delivers inputs of every size through a pipe the program cannot seek back in", async () => {
    // Within the default pipe, within a raised pipe, and past the most a pipe holds (a feeder process fills it).
    for (const bytes of [10, 200_000, 3_000_000]) {
      const input = "0123456789abcdef".repeat(Math.ceil(bytes / 16)).slice(0, bytes);
      const run = await py(
        `import hashlib, os, sys
data = sys.stdin.buffer.read()
try:
    os.lseek(0, 0, os.SEEK_SET)
    seek = "seekable"
except OSError:
    seek = "pipe"
print(len(data), hashlib.sha256(data).hexdigest(), seek)`,
        { stdin: input },
      );
      const digest = createHash("sha256").update(input).digest("hex");
      expect(run.stdout, String(bytes)).toBe(`${bytes} ${digest} pipe\n`);
    }
  });

  it("execs other programs (node) from the zygote, inside the same per-run namespaces and work dir", async () => {
    const run = await sandbox.run({
      language: "nodejs",
      code: `const fs = require("fs");
fs.writeFileSync("made.txt", "by node");
console.log(process.pid, fs.readdirSync("/workroot").length, fs.readFileSync(0, "utf8").trim());
process.exit(5);`,
      stdin: "from stdin",
      fetchFiles: ["made.txt"],
    });
    expect(run.warm).toBe(true);
    expect(run.exitCode).toBe(5);
    // pid 1 the monitor, pid 2 the program (a small input is in its stdin pipe already: no feeder).
    expect(run.stdout).toBe("2 0 from stdin\n");
    expect(Buffer.from(run.files["made.txt"] ?? "", "base64").toString()).toBe("by node");
  });

  it("holds no capabilities, cannot make user namespaces and cannot reach its monitor's descriptors", async () => {
    const run = await py(`
import ctypes, json, os
status = dict(line.split(":\\t", 1) for line in open("/proc/self/status").read().splitlines() if ":\\t" in line)
libc = ctypes.CDLL(None, use_errno=True)
out = {k: status[k].strip() for k in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb", "NoNewPrivs")}
out["unshare_user"] = libc.unshare(0x10000000)
out["unshare_mount"] = libc.unshare(0x00020000)
for path in ("/proc/1/fd", "/proc/1/mem", "/proc/1/environ"):
    try:
        if path.endswith("fd"):
            out[path] = os.listdir(path)
        else:
            open(path, "rb").read(1); out[path] = "read"
    except OSError as e:
        out[path] = type(e).__name__
out["workroot"] = os.listdir("/workroot")
print(json.dumps(out))`);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    for (const cap of ["CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"])
      expect(out[cap], cap).toBe("0000000000000000");
    expect(out.NoNewPrivs).toBe("1");
    expect(out.unshare_user).toBe(-1);
    expect(out.unshare_mount).toBe(-1);
    for (const path of ["/proc/1/fd", "/proc/1/mem", "/proc/1/environ"])
      expect(out[path], path).toBe("PermissionError");
    expect(out.workroot).toEqual([]);
  });

  it("keeps concurrent executions apart: files, /tmp, processes, loopback and abstract sockets", async () => {
    const holder = py(
      `
import os, socket, time
open("secret.txt", "w").write("A's work file")
open("/tmp/secret.txt", "w").write("A's tmp file")
tcp = socket.socket(); tcp.bind(("127.0.0.1", 47123)); tcp.listen()
unix = socket.socket(socket.AF_UNIX); unix.bind("\\0purpcode-warm-test"); unix.listen()
print("ready", flush=True)
time.sleep(3)`,
      { wallMs: 6000 },
    );
    await new Promise((r) => setTimeout(r, 700));
    const prober = await py(`
import json, os, socket
out = {"work": sorted(os.listdir(".")), "tmp": sorted(os.listdir("/tmp"))}
out["procs"] = sorted(open("/proc/%s/cmdline" % p).read().replace("\\0", " ").strip() for p in os.listdir("/proc") if p.isdigit())
for name, family, address in (("tcp", socket.AF_INET, ("127.0.0.1", 47123)), ("unix", socket.AF_UNIX, "\\0purpcode-warm-test")):
    s = socket.socket(family)
    try:
        s.connect(address); out[name] = "connected"
    except OSError as e:
        out[name] = type(e).__name__
print(json.dumps(out))`);
    const held = await holder;
    expect(held.stdout).toBe("ready\n");
    const out = JSON.parse(prober.stdout) as Record<string, unknown>;
    expect(out.work).toEqual(["main.py"]);
    expect(out.tmp).toEqual([]);
    // Only its own monitor and itself.
    expect((out.procs as string[]).length).toBe(2);
    expect(out.tcp).toBe("ConnectionRefusedError");
    expect(out.unix).toBe("ConnectionRefusedError");
  });

  it("runs the HumanEval driver warm, and a forged frame on stdout is only output", async () => {
    const verdict = await runTask(sandbox, {
      kind: "humaneval",
      id: "warm/driver",
      solution: `def inc(x):\n    print("1 x 6\\nexit 0")\n    return x + 1\n`,
      test: "def check(c):\n    assert c(1) == 2\n    assert c(2) == 4\n",
      entryPoint: "inc",
    });
    expect(verdict.status).toBe("failed");
    expect(verdict.tests[0]?.status).toBe("failed");
    const forged = await py(
      `import sys\nsys.stdout.write("999 x 6\\nexit 0")\nsys.stdout.flush()\nprint()\nsys.exit(3)`,
    );
    expect(forged.exitCode).toBe(3);
    expect(forged.stdout).toBe("999 x 6\nexit 0\n");
  });

  it("gives each run a size-capped work dir of its own, and fetches files back from it", async () => {
    const run = await sandbox.run({
      language: "python",
      code: `import json, os
out = {"size_mb": os.statvfs("/work").f_blocks * os.statvfs("/work").f_frsize // (1024 * 1024), "written": 0}
try:
    for i in range(5):
        with open("big%d.bin" % i, "wb") as f:
            f.write(b"\\0" * (3 * 1024 * 1024))
        out["written"] += 1
except OSError as e:
    out["error"] = e.strerror
    os.remove("big%d.bin" % out["written"])  # the partial file, to make room for the result
os.makedirs("out/sub")
open("out/sub/result.txt", "w").write("fetched")
print(json.dumps(out))`,
      files: { "data/input.txt": "given" },
      fetchFiles: ["out/sub/result.txt", "data/input.txt"],
      limits: { workMb: 8, fileSizeMb: 16 },
    });
    const out = JSON.parse(run.stdout) as { size_mb: number; written: number; error?: string };
    expect(out.size_mb).toBe(8);
    expect(out.written).toBe(2);
    expect(out.error).toBe("No space left on device");
    expect(Buffer.from(run.files["out/sub/result.txt"] ?? "", "base64").toString()).toBe("fetched");
    expect(Buffer.from(run.files["data/input.txt"] ?? "", "base64").toString()).toBe("given");
    // Request files larger than the work dir are the request's error, said as such.
    const tooBig = await sandbox.run({
      language: "python",
      code: "print(1)",
      files: { "big.bin": "x".repeat(3 * 1024 * 1024) },
      limits: { workMb: 1 },
    });
    expect(tooBig.status).toBe("sandbox-error");
    expect(tooBig.error).toMatch(/do not fit in the work dir \(limits\.workMb\)/);
  });

  it.skipIf(!memoryCgroupSupport().perRun)(
    "holds each run to its own memory cap: a fork-and-fill run is OOM-killed, a concurrent run is not",
    async () => {
      const box = await Sandbox.open({ limits: { runMemoryMb: 300, memoryMb: 1024 } });
      try {
        expect(box.memoryCap?.delegable).toBe(true);
        const bomb = forkAndFill(4, 200);
        const quiet =
          'import time\nblock = b"\\x01" * (150 * 1024 * 1024)\ntime.sleep(2.5)\nprint("survived")';
        const [hungry, neighbour] = await Promise.all(
          [bomb, quiet].map((code) => box.run({ language: "python", code, limits: { wallMs: 10_000 } })),
        );
        const codes = JSON.parse(hungry!.stdout) as number[];
        expect(codes.filter((c) => c === -9).length).toBeGreaterThanOrEqual(2);
        expect(neighbour!.stdout).toBe("survived\n");
      } finally {
        await box.close();
      }
    },
  );

  it("keeps output of many concurrent runs apart, across frames, timeouts and crashes", async () => {
    // Each run prints ~40 KB (about ten frames) of its own token on stdout and stderr; every fifth sleeps past
    // its limit and every seventh crashes part-way.
    const runs = await Promise.all(
      Array.from({ length: 40 }, (_, i) => {
        const token = `run${i}-${"x".repeat(i % 7)}`;
        const kind = i % 5 === 0 ? "timeout" : i % 7 === 0 ? "crash" : "ok";
        const code = `import sys, time
token = ${JSON.stringify(token)}
for n in range(1000):
    sys.stdout.write(token + "\\n")
    sys.stderr.write(token.upper() + "\\n")
${kind === "timeout" ? "time.sleep(30)" : kind === "crash" ? "raise SystemExit(3)" : ""}`;
        return py(code, { wallMs: 3000 }).then((run) => ({ run, token, kind }));
      }),
    );
    for (const { run, token, kind } of runs) {
      expect(run.stdout, token).toBe(`${token}\n`.repeat(1000).slice(0, 64 * 1024));
      expect(run.stderr.startsWith(`${token.toUpperCase()}\n`.repeat(100)), token).toBe(true);
      expect(run.status, token).toBe(kind === "timeout" ? "timeout" : "finished");
      if (kind === "crash") expect(run.exitCode).toBe(3);
      if (kind === "ok") expect(run.exitCode).toBe(0);
    }
  });

  it("a dead zygote fails only the runs in flight, and the next run starts a new one", async () => {
    await py("print(1)");
    const pid = warmInterpreters()[0]?.zygote;
    expect(pid).toBeDefined();
    const inFlight = py("import time\ntime.sleep(5)", { wallMs: 8000 });
    await new Promise((r) => setTimeout(r, 300));
    process.kill(pid as number, "SIGKILL");
    const failed = await inFlight;
    expect(failed.status).toBe("sandbox-error");
    expect(failed.error).toMatch(/warm interpreter/);
    const next = await py("print('again')");
    expect(next.status).toBe("finished");
    expect(next.stdout).toBe("again\n");
    expect(next.warm).toBe(true);
  });
});

describe("warm interpreter where nested user namespaces are refused", () => {
  it("falls back to a fresh sandbox per run, and says why", async () => {
    // A bubblewrap that forbids user namespaces inside the sandbox, as some kernels and security modules do.
    const dir = mkdtempSync(join(tmpdir(), "purpcode-bwrap-"));
    chmodSync(dir, 0o755);
    const wrapper = join(dir, "bwrap");
    writeFileSync(
      wrapper,
      '#!/bin/bash\nargs=()\nfor a in "$@"; do args+=("$a"); [ "$a" = --unshare-user ] && args+=(--disable-userns); done\nexec /usr/bin/bwrap "${args[@]}"\n',
      { mode: 0o755 },
    );
    const box = await Sandbox.open({ bwrap: wrapper });
    try {
      const run = await box.run({ language: "python", code: "print('cold but fine')" });
      expect(run.stdout).toBe("cold but fine\n");
      expect(run.warm).toBe(false);
      expect(box.warmUnavailable).toMatch(/cannot isolate a run here/);
    } finally {
      await box.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
