import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { memoryCgroupSupport } from "./confinement/cgroup.js";
import { checkSandbox } from "./check.js";
import { runCode, runTests, sharedSandbox } from "./index.js";
import { SandboxUnavailableError } from "./confinement/isolation.js";
import { Sandbox, UNSAFE_WARNING } from "./sandbox.js";

afterAll(async () => {
  await (await sharedSandbox()).close();
});

describe("Sandbox", () => {
  it("refuses to run without bubblewrap and says how to install it", async () => {
    const err = await Sandbox.open({ bwrap: "/nonexistent/bwrap" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SandboxUnavailableError);
    expect((err as SandboxUnavailableError).exitCode).toBe(2);
    expect((err as SandboxUnavailableError).hint).toContain("apt-get install bubblewrap");
  });

  it("runs unsafely only when asked, and says so loudly", async () => {
    const warnings: string[] = [];
    const box = await Sandbox.open({ unsafeNoSandbox: true, warn: (m) => warnings.push(m) });
    try {
      expect(warnings).toEqual([UNSAFE_WARNING]);
      expect(box.isolation).toBe("unsafe");
      const run = await box.run({
        language: "python",
        code: "import resource\nprint(resource.getrlimit(resource.RLIMIT_NPROC)[0])",
      });
      expect(run.isolation).toBe("unsafe");
      expect(run.stdout).toBe(`${box.limits.processes}\n`);
      const check = await checkSandbox(box);
      expect(check.isolation).toBe("unsafe");
    } finally {
      await box.close();
    }
  });

  it("reports working isolation and active limits in the check", async () => {
    const box = await Sandbox.open({ limits: { memoryMb: 512, processes: 20 } });
    try {
      const report = await checkSandbox(box);
      expect(report.isolation).toBe("bwrap");
      const failed = report.checks.filter((c) => !c.ok);
      expect(failed).toEqual([]);
      expect(report.checks.find((c) => c.name === "address-space limit")?.detail).toBe("512 MiB");
      expect(report.checks.find((c) => c.name === "work-dir size limit")?.detail).toBe(
        "256 MiB tmpfs of its own",
      );
    } finally {
      await box.close();
    }
  });

  it("keeps concurrent executions apart", async () => {
    const box = await Sandbox.open({ pool: { concurrency: 2 } });
    try {
      const code = (tag: string) =>
        `import os, time\nopen("mine.txt", "w").write("${tag}")\ntime.sleep(0.3)\nprint(sorted(os.listdir(".")), open("mine.txt").read(), len([p for p in os.listdir("/proc") if p.isdigit()]))`;
      const [a, b] = await Promise.all([
        box.run({ language: "python", code: code("A") }),
        box.run({ language: "python", code: code("B") }),
      ]);
      expect(a.stdout).toMatch(/^\['main.py', 'mine.txt'\] A [12]\n$/);
      expect(b.stdout).toMatch(/^\['main.py', 'mine.txt'\] B [12]\n$/);
    } finally {
      await box.close();
    }
  });

  it("exposes runCode and runTests as plain data in, result out", async () => {
    const run = await runCode({ language: "nodejs", code: "console.log(6 * 7)" });
    expect(run).toMatchObject({ status: "finished", exitCode: 0, stdout: "42\n", isolation: "bwrap" });
    const verdict = await runTests({
      kind: "asserts",
      solution: "def sq(x):\n    return x * x\n",
      asserts: ["assert sq(3) == 9"],
    });
    expect(verdict).toMatchObject({ status: "passed", passed: 1, total: 1 });
  });
});

describe("memory cap", () => {
  it.skipIf(!memoryCgroupSupport().cap)(
    "sweeps the cgroups of sandboxes whose process exited without closing them",
    async () => {
      const probe = await Sandbox.open({ warm: false });
      const parent = dirname(probe.memoryCap?.dir ?? "");
      await probe.close();
      expect(probe.memoryCapUnavailable).toBeUndefined();
      // A pid that cannot be alive: above the kernel's pid_max.
      const stale = join(parent, "purpcode-sandbox-99999999-stale");
      mkdirSync(stale);
      const box = await Sandbox.open({ warm: false });
      try {
        expect(existsSync(stale)).toBe(false);
        expect(existsSync(box.memoryCap?.dir ?? "")).toBe(true);
      } finally {
        await box.close();
      }
      expect(existsSync(box.memoryCap?.dir ?? "")).toBe(false);
    },
  );
});

describe("host dirs", () => {
  it("removes the dirs of sandboxes whose process was killed without closing them", async () => {
    const parent = mkdtempSync(join(tmpdir(), "purpcode-sweep-"));
    chmodSync(parent, 0o755); // the sandbox's uid must reach its dirs inside
    try {
      // Names carry the creating pid; one above the kernel's pid_max cannot be alive.
      const stale = ["purpcode-sandbox-99999999-abc", "purpcode-sandbox-support-99999999-def"];
      for (const name of stale) mkdirSync(join(parent, name, "root", "opt"), { recursive: true });
      const mine = join(parent, `purpcode-sandbox-${process.pid}-live`);
      mkdirSync(mine);
      const box = await Sandbox.open({ workRoot: parent, warm: false });
      await box.close();
      for (const name of stale) expect(existsSync(join(parent, name)), name).toBe(false);
      expect(existsSync(mine)).toBe(true);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe("cold runs' work dir", () => {
  it("is a size-capped tmpfs of the run's own, filled from the request, with files fetched back", async () => {
    const box = await Sandbox.open({ warm: false });
    try {
      const run = await box.run({
        language: "python",
        code: `import json, os
st = os.statvfs("/work")
mount = [l.split()[-3] for l in open("/proc/self/mountinfo") if l.split()[4] == "/work"]
out = {"size_mb": st.f_blocks * st.f_frsize // (1024 * 1024), "fs": mount, "input": open("data/in.txt").read()}
try:
    with open("fill.bin", "wb") as f:
        for _ in range(64):
            f.write(b"\\0" * (1024 * 1024))
except OSError as e:
    out["error"] = e.strerror
os.remove("fill.bin")
os.makedirs("out/sub")
open("out/sub/r.txt", "w").write("fetched")
os.symlink("/etc/hostname", "link")
print(json.dumps(out))`,
        files: { "data/in.txt": "given" },
        fetchFiles: ["out/sub/r.txt", "data/in.txt", "link", "absent"],
        limits: { workMb: 8, fileSizeMb: 128 },
      });
      expect(run.warm).toBe(false);
      const out = JSON.parse(run.stdout) as { size_mb: number; fs: string[]; input: string; error?: string };
      expect(out).toMatchObject({
        size_mb: 8,
        fs: ["tmpfs"],
        input: "given",
        error: "No space left on device",
      });
      expect(Buffer.from(run.files["out/sub/r.txt"] ?? "", "base64").toString()).toBe("fetched");
      expect(Buffer.from(run.files["data/in.txt"] ?? "", "base64").toString()).toBe("given");
      expect(run.fetchErrors).toEqual({ link: "resolves outside the work dir", absent: "not found" });
      // The program's exit status still comes through the copy-out, signals included.
      const killed = await box.run({
        language: "python",
        code: "import os, signal\nopen('x', 'w').write('1')\nos.kill(os.getpid(), signal.SIGKILL)",
        fetchFiles: ["x"],
      });
      expect(killed.exitCode).toBe(137);
      expect(Buffer.from(killed.files.x ?? "", "base64").toString()).toBe("1");
      const stopped = await box.run({
        language: "python",
        code: "import time\nopen('x', 'w').write('1')\ntime.sleep(30)",
        fetchFiles: ["x"],
        limits: { wallMs: 1500 },
      });
      expect(stopped.status).toBe("timeout");
      expect(stopped.fetchErrors.x).toMatch(/not fetched: the run was stopped \(timeout\)/);
      const tooBig = await box.run({
        language: "python",
        code: "print(1)",
        files: { "big.bin": "x".repeat(3 * 1024 * 1024) },
        limits: { workMb: 1 },
      });
      expect(tooBig.status).toBe("sandbox-error");
      expect(tooBig.error).toMatch(/do not fit in the work dir \(limits\.workMb 1\)/);
    } finally {
      await box.close();
    }
  });
});
