/**
 * Escape and abuse suite: each case runs hostile code in the real bubblewrap sandbox and asserts both that the
 * sandbox contained it and that the host is unaffected (no stray processes, no files outside the work dir, a
 * canary process of the same uid still alive, the host still able to spawn).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { memoryCgroupSupport } from "./cgroup.js";
import { forkAndFill, warmInterpreters } from "./test-processes.js";
import { Sandbox } from "../sandbox.js";

const isRoot = process.getuid?.() === 0;
const MEMORY_CGROUP = memoryCgroupSupport();
// A uid of its own, so any process left behind by these tests is unambiguous.
const SANDBOX_UID = 61000 + (process.pid % 1000);
let sandbox: Sandbox;
let canary: ChildProcess | undefined;

function processesOf(uid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      const line = status.split("\n").find((l) => l.startsWith("Uid:"));
      // Zombies are already dead: bwrap's namespace init is reaped by the host's init, which may be lazy.
      const zombie = /^State:\s+Z/m.test(status);
      if (line && Number(line.split(/\s+/)[1]) === uid && !zombie) pids.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}

function strayProcesses(): number[] {
  const pids = processesOf(SANDBOX_UID);
  // The warm interpreter's own processes live as long as the Sandbox; its finished executions must not.
  const warm = new Set(warmInterpreters(pids).flatMap((w) => [w.outer, w.init, w.zygote]));
  return pids.filter((p) => p !== canary?.pid && !warm.has(p));
}

/** Every process the sandbox started is gone (the canary excepted) within a short grace period. */
async function expectNoStrays(): Promise<void> {
  if (!isRoot) return;
  const deadline = Date.now() + 2000;
  let strays = strayProcesses();
  while (strays.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    strays = strayProcesses();
  }
  const names = strays.map((p) => {
    try {
      return readFileSync(`/proc/${p}/cmdline`, "utf8").replace(/\0/g, " ");
    } catch {
      return String(p);
    }
  });
  expect(names, "processes left behind by the sandbox").toEqual([]);
}

function py(code: string, limits: Record<string, number> = {}) {
  return sandbox.run({ language: "python", code, limits: { wallMs: 3000, ...limits } });
}

// Every case runs twice: Python forked from the warm interpreter, and a fresh bubblewrap + interpreter per run.
describe.each(["warm", "cold"])("sandbox escape and abuse suite (%s Python)", (mode) => {
  beforeAll(async () => {
    sandbox = await Sandbox.open({
      sandboxUid: SANDBOX_UID,
      pool: { concurrency: 2 },
      warm: mode === "warm",
    });
    // A host process running as the sandbox's own uid: sandboxed code must not be able to touch it.
    if (isRoot)
      canary = spawn("/usr/bin/sleep", ["120"], { uid: SANDBOX_UID, gid: SANDBOX_UID, stdio: "ignore" });
  });

  afterEach(async () => {
    await expectNoStrays();
    expect(readdirSync(sandbox.workRoot), "work dirs left on the host").toEqual([]);
    if (canary) expect(canary.exitCode, "canary process killed").toBeNull();
    expect(spawnSync("/usr/bin/true").status, "host can still spawn processes").toBe(0);
  });

  afterAll(async () => {
    canary?.kill("SIGKILL");
    await sandbox.close();
  });

  it("cannot reach a TCP listener on the host's 127.0.0.1, nor any outside address", async () => {
    let connections = 0;
    const server: Server = createServer((s) => {
      connections++;
      s.destroy();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    try {
      const run = await py(`
import socket, json
out = {}
for host in ["127.0.0.1", "10.0.0.1", "1.1.1.1"]:
    try:
        socket.create_connection((host, ${port}), timeout=1).close(); out[host] = "connected"
    except OSError as e:
        out[host] = type(e).__name__
print(json.dumps(out))`);
      expect(run.status).toBe("finished");
      const out = JSON.parse(run.stdout) as Record<string, string>;
      for (const host of ["127.0.0.1", "10.0.0.1", "1.1.1.1"]) expect(out[host]).not.toBe("connected");
      expect(connections).toBe(0);
    } finally {
      server.close();
    }
  });

  it("cannot read host files outside its binds: the project, /root, /home, /etc/shadow", async () => {
    const project = resolve("package.json");
    expect(existsSync(project)).toBe(true);
    const run = await py(`
import json, os
paths = [${JSON.stringify(project)}, "/root", "/home", "/etc/shadow", "/etc/hostname", ${JSON.stringify(tmpdir())} + "/"]
out = {}
for p in paths:
    try:
        if os.path.isdir(p):
            out[p] = "listed:" + ",".join(sorted(os.listdir(p)))
        else:
            out[p] = "read:" + open(p).read()[:20]
    except OSError as e:
        out[p] = type(e).__name__
print(json.dumps(out))`);
    const out = JSON.parse(run.stdout) as Record<string, string>;
    expect(out[project]).toBe("FileNotFoundError");
    expect(out["/root"]).toBe("FileNotFoundError");
    expect(out["/home"]).toBe("FileNotFoundError");
    expect(out["/etc/shadow"]).toBe("FileNotFoundError");
    expect(out["/etc/hostname"]).toBe("FileNotFoundError");
    // The sandbox's /tmp is its own empty tmpfs, not the host's.
    expect(out[tmpdir() + "/"]).toBe("listed:");
  });

  it("cannot write outside its work dir, and leaves nothing on the host", async () => {
    const nonce = `purpcode-escape-${process.pid}-${Date.now()}`;
    const run = await py(`
import json
out = {}
for p in ["/usr/${nonce}", "/etc/${nonce}", "/opt/purpcode/${nonce}", "/${nonce}", "/proc/${nonce}", "/tmp/${nonce}", "/work/${nonce}"]:
    try:
        open(p, "w").write("x"); out[p] = "written"
    except OSError as e:
        out[p] = type(e).__name__
print(json.dumps(out))`);
    const out = JSON.parse(run.stdout) as Record<string, string>;
    for (const dir of ["/usr", "/etc", "/opt/purpcode", "", "/proc"])
      expect(out[`${dir}/${nonce}`]).not.toBe("written");
    // Allowed inside (private tmpfs and the work dir), but must not surface on the host.
    expect(out[`/tmp/${nonce}`]).toBe("written");
    expect(out[`/work/${nonce}`]).toBe("written");
    for (const hostPath of [`/usr/${nonce}`, `/etc/${nonce}`, `/${nonce}`, join(tmpdir(), nonce)])
      expect(existsSync(hostPath), hostPath).toBe(false);
  });

  it("sees only its own processes and cannot signal the host's", async () => {
    const run = await py(`
import json, os, signal
pids = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
names = [open("/proc/%d/comm" % p).read().strip() for p in pids]
res = {}
for target in [${process.pid}, ${canary?.pid ?? 999999}]:
    try:
        os.kill(target, signal.SIGKILL); res[str(target)] = "signalled"
    except OSError as e:
        res[str(target)] = type(e).__name__
print(json.dumps({"pids": pids, "names": names, "kill": res}))`);
    const out = JSON.parse(run.stdout) as { pids: number[]; names: string[]; kill: Record<string, string> };
    expect(out.pids.length).toBeLessThanOrEqual(3);
    expect(out.names).not.toContain("node");
    expect(out.names).not.toContain("sleep");
    // pid numbers of the host mean nothing inside: either no such process, or one of the sandbox's own.
    expect(out.kill[String(process.pid)]).not.toBe("signalled");
  });

  it("does not see the host's environment variables", async () => {
    process.env.PURPCODE_ESCAPE_SECRET = "s3cr3t-host-value";
    try {
      const run = await py(`import os, json; print(json.dumps(dict(os.environ)))`);
      const env = JSON.parse(run.stdout) as Record<string, string>;
      expect(JSON.stringify(env)).not.toContain("s3cr3t-host-value");
      expect(Object.keys(env).sort()).toEqual(
        [
          "HOME",
          "LANG",
          "LC_ALL",
          "PATH",
          "PWD",
          "PYTHONDONTWRITEBYTECODE",
          "PYTHONUNBUFFERED",
          "TMPDIR",
        ].sort(),
      );
      const environ = await py(`print(open("/proc/1/environ").read())`);
      expect(environ.stdout).not.toContain("s3cr3t-host-value");
    } finally {
      delete process.env.PURPCODE_ESCAPE_SECRET;
    }
  });

  it("refuses keyring, eBPF, io_uring and namespace system calls; threads, subprocesses and multiprocessing work", async () => {
    const run = await py(`
import ctypes, json, multiprocessing, os, subprocess, threading
libc = ctypes.CDLL(None, use_errno=True)
def call(nr, *args):
    return [libc.syscall(nr, *args), ctypes.get_errno()]
out = {"keyctl": call(250, 0, 0, 0), "bpf": call(321, 0, 0, 0), "io_uring_setup": call(425, 1, 0),
       "perf_event_open": call(298, 0, 0, -1, -1, 0), "unshare": call(272, 0x10000000),
       "clone3": call(435, 0, 0), "x32": call(0x40000000 | 39), "memfd_create": call(319, b"x", 0)}
t = threading.Thread(target=lambda: out.__setitem__("thread", True)); t.start(); t.join()
out["subprocess"] = subprocess.run(["/bin/echo", "ok"], capture_output=True, text=True).stdout
with multiprocessing.Pool(2) as pool:
    out["pool"] = pool.map(abs, [-1, -2])
print(json.dumps(out))`);
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    for (const call of ["keyctl", "bpf", "io_uring_setup", "perf_event_open", "unshare", "memfd_create"])
      expect(out[call], call).toEqual([-1, 1]); // EPERM
    expect(out.clone3).toEqual([-1, 38]); // ENOSYS: libc falls back to clone
    expect(out.x32).toEqual([-1, 38]);
    expect(out.thread).toBe(true);
    expect(out.subprocess).toBe("ok\n");
    expect(out.pool).toEqual([1, 2]);
  });

  it("contains a fork bomb with the process limit", async () => {
    const run = await py(
      `
import os, time
n = 0
while True:
    try:
        os.fork(); n += 1
    except OSError:
        time.sleep(0.01)`,
      { wallMs: 2000, processes: 32 },
    );
    expect(run.status).toBe("timeout");
    expect(run.durationMs).toBeLessThan(5000);
  });

  it("contains a memory bomb with the address-space limit", async () => {
    // Zero-filling 250 MB before the limit bites took over the suite's 3 s under load (cold start): the test
    // is about the limit, not the speed, so it gets 10 s.
    const run = await py(`x = []\nwhile True:\n    x.append(bytearray(50 * 1024 * 1024))`, {
      memoryMb: 256,
      wallMs: 10_000,
    });
    expect(run.status).toBe("finished");
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain("MemoryError");
  });

  // Needs a writable memory cgroup (root on this project's machines); elsewhere there is no cap to test.
  it.skipIf(!MEMORY_CGROUP.cap)(
    "holds a fork-and-fill memory bomb to the cap on all sandboxed memory",
    async () => {
      const box = await Sandbox.open({
        sandboxUid: SANDBOX_UID,
        warm: mode === "warm",
        memoryTotalMb: 600,
        limits: { memoryMb: 1024 },
      });
      try {
        expect(box.memoryCapUnavailable).toBeUndefined();
        // Six children of 300 MB each: every one within its own address-space limit, together 1.8 GB.
        const run = await box.run({
          language: "python",
          code: forkAndFill(6, 300),
          limits: { wallMs: 15_000 },
        });
        expect(run.status).toBe("finished");
        const codes = JSON.parse(run.stdout) as number[];
        expect(codes.filter((c) => c === -9).length).toBeGreaterThanOrEqual(3); // OOM-killed inside the cap
        expect(box.memoryCap?.peakBytes()).toBeLessThanOrEqual(600 * 1024 * 1024);
        const after = await box.run({ language: "python", code: "print('fine')" });
        expect(after.stdout).toBe("fine\n");
      } finally {
        await box.close();
      }
      expect(existsSync(box.memoryCap?.dir ?? "/nonexistent"), "memory cgroup removed").toBe(false);
    },
  );

  it("kills an infinite loop at the wall-time limit", async () => {
    const run = await py(`while True:\n    pass`, { wallMs: 1000 });
    expect(run.status).toBe("timeout");
    expect(run.durationMs).toBeGreaterThanOrEqual(1000);
    expect(run.durationMs).toBeLessThan(3000);
  });

  it("kills a CPU burner in a child that outlives its parent when the parent exits", async () => {
    const started = Date.now();
    const run = await py(
      `
import os
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        while True:
            pass
    os._exit(0)
print("parent done")`,
      { wallMs: 5000 },
    );
    expect(run.status).toBe("finished");
    expect(run.stdout).toContain("parent done");
    // The run ends with the main program, not at the wall limit, and the orphan dies with the namespace.
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it("truncates a stdout flood with a marker and stops it", async () => {
    const run = await py(`import sys\nwhile True:\n    sys.stdout.write("x" * 65536)`, {
      wallMs: 5000,
      outputBytes: 1000,
    });
    expect(run.status).toBe("output-limit");
    expect(run.stdoutTruncated).toBe(true);
    expect(run.stdout).toMatch(/^x{1000}\n\[purpcode sandbox: output truncated, \d+ more bytes dropped\]\n$/);
  });

  it("stops a huge file at the file-size limit", async () => {
    const run = await py(
      `
f = open("big.bin", "wb")
for _ in range(1024):
    f.write(b"\\0" * (1024 * 1024))
f.close()`,
      { fileSizeMb: 8 },
    );
    expect(run.status).toBe("finished");
    expect(run.exitCode).not.toBe(0);
    expect(`${run.stderr} exit ${run.exitCode}`).toMatch(/File too large|EFBIG|exit 153/);
  });

  it("kills a program sleeping past the timeout", async () => {
    const run = await py(`import time\ntime.sleep(60)`, { wallMs: 800 });
    expect(run.status).toBe("timeout");
    expect(run.durationMs).toBeLessThan(2500);
  });

  it("killing its parent or everything it can signal only ends the sandbox", async () => {
    const run = await py(`
import os, signal
os.kill(os.getppid(), signal.SIGKILL)
os.kill(-1, signal.SIGKILL)
print("still here")`);
    expect(run.status).not.toBe("sandbox-error");
    expect(run.durationMs).toBeLessThan(2500);
  });

  it("refuses symlink and traversal tricks in files, and runs do not share files", async () => {
    for (const bad of ["../evil.txt", "/etc/evil.txt", "a/../../evil.txt", "..", "ok/../../../x"]) {
      const run = await sandbox.run({ language: "python", code: "print(1)", files: { [bad]: "x" } });
      expect(run.status, bad).toBe("sandbox-error");
      expect(run.error).toMatch(/absolute|leaves the work dir/);
    }
    // Two entries cannot combine into an overwrite of the program or of each other.
    const clash = await sandbox.run({
      language: "python",
      code: "print(1)",
      files: { "main.py": "import os" },
    });
    expect(clash.status).toBe("sandbox-error");
    const nested = await sandbox.run({
      language: "python",
      code: "import os\nos.symlink('/etc/passwd', 'leak')\nprint(open('dir/x.txt').read())",
      files: { "dir/x.txt": "nested ok" },
    });
    expect(nested.stdout).toBe("nested ok\n");
    const next = await py(`import os\nprint(sorted(os.listdir(".")))`);
    expect(next.stdout).toBe("['main.py']\n");
  });

  it("cannot booby-trap its work dir against cleanup", async () => {
    const run = await py(`
import os
os.makedirs("locked/deeper")
open("locked/deeper/f", "w").write("x")
os.chmod("locked/deeper", 0)
os.chmod("locked", 0)
os.chmod(".", 0o500)
print("done")`);
    expect(run.stdout).toBe("done\n");
  });

  it("does not pass descriptors inherited by purpcode on to the program", { timeout: 30_000 }, async () => {
    // A purpcode process that inherited a descriptor without close-on-exec (here: fd 3, a pipe from us).
    const dir = mkdtempSync(join(tmpdir(), "purpcode-fd-"));
    const script = join(dir, "leak.mts");
    writeFileSync(
      script,
      `import { readlinkSync } from "node:fs";
import { Sandbox } from ${JSON.stringify(resolve("src/sandbox/sandbox.ts"))};
const leaked = readlinkSync("/proc/self/fd/3");
const box = await Sandbox.open({ warm: ${mode === "warm"} });
const list = "import os\\nfor f in os.listdir('/proc/self/fd'):\\n    try: print(os.readlink('/proc/self/fd/' + f))\\n    except OSError: pass";
const py = await box.run({ language: "python", code: list });
const js = await box.run({ language: "nodejs", code: "const fs=require('fs');for(const f of fs.readdirSync('/proc/self/fd')){try{console.log(fs.readlinkSync('/proc/self/fd/'+f))}catch{}}" });
const pytest = await box.run({ language: "pytest", code: "import os\\ndef test_fds():\\n    for f in os.listdir('/proc/self/fd'):\\n        try: print(os.readlink('/proc/self/fd/' + f))\\n        except OSError: pass\\n    assert False" });
await box.close();
console.log(JSON.stringify({ leaked, outputs: [py.stdout, js.stdout, pytest.stdout] }));
`,
    );
    try {
      const child = spawnSync(process.execPath, ["--import", "tsx", script], {
        stdio: ["ignore", "pipe", "pipe", "pipe"],
        encoding: "utf8",
        timeout: 25_000,
      });
      const result = JSON.parse(String(child.stdout).trim().split("\n").pop() ?? "{}") as {
        leaked: string;
        outputs: string[];
      };
      expect(result.leaked).toMatch(/^(pipe|socket):/);
      expect(result.outputs).toHaveLength(3);
      for (const out of result.outputs) expect(out).not.toContain(result.leaked);
      // The listings themselves worked: each program saw its own stdout (a pipe, or a socket pair from Node).
      for (const out of result.outputs) expect(out).toMatch(/pipe:|socket:/);
      expect(result.outputs[2]).toContain("/dev/null");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses path traversal and symlinks in fetch_files", async () => {
    const run = await sandbox.run({
      language: "python",
      code: `
import os
os.symlink("/etc/passwd", "passwd-link")
os.symlink("/", "root-link")
os.symlink("ok.txt", "inner-link")
open("ok.txt", "w").write("fine")`,
      fetchFiles: [
        "../../../../etc/passwd",
        "/etc/passwd",
        "passwd-link",
        "root-link/etc/passwd",
        "inner-link",
        "ok.txt",
        "missing",
      ],
    });
    expect(run.status).toBe("finished");
    expect(Object.keys(run.files)).toEqual(["ok.txt"]);
    expect(Buffer.from(run.files["ok.txt"] ?? "", "base64").toString()).toBe("fine");
    expect(Object.keys(run.fetchErrors).sort()).toEqual(
      [
        "../../../../etc/passwd",
        "/etc/passwd",
        "passwd-link",
        "root-link/etc/passwd",
        "inner-link",
        "missing",
      ].sort(),
    );
    expect(JSON.stringify(run)).not.toContain("root:x:0:0");
  });
});
