import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Limits } from "./limits.js";
import { pythonSourceDir } from "./support.js";
import type { Sandbox } from "./sandbox.js";
import { seccompFilter } from "./confinement/seccomp.js";

/** What `purpcode sandbox check` reports: whether isolation works here and which limits are enforced. */
export interface SandboxCheck {
  isolation: "bwrap" | "unsafe";
  bwrapVersion?: string;
  checks: Array<{ name: string; ok: boolean; detail: string }>;
  limits: Limits;
  concurrency: number;
}

/**
 * Runs small probes inside the sandbox: each one tries something the sandbox must stop and reports whether
 * it was stopped. These are the same boundaries the escape test suite exercises in depth.
 */
export async function checkSandbox(sandbox: Sandbox): Promise<SandboxCheck> {
  const probe = readFileSync(join(pythonSourceDir(), "purpcode_check_probe.py"), "utf8");
  const execution = await sandbox.run({ language: "python", code: probe }, { refuseWhenFull: false });
  const checks: SandboxCheck["checks"] = [];
  let r: Record<string, unknown> = {};
  try {
    r = JSON.parse(execution.stdout) as Record<string, unknown>;
  } catch {
    checks.push({
      name: "probe runs",
      ok: false,
      detail: `${execution.status}: ${execution.stderr.slice(-500)}`,
    });
  }
  if (Object.keys(r).length) {
    const bwrap = sandbox.isolation === "bwrap";
    const filtered = seccompFilter() !== undefined;
    const rl = r.rlimits as Record<string, number>;
    const L = sandbox.limits;
    checks.push(
      { name: "network isolated", ok: r.net !== "reachable", detail: `outbound connect: ${String(r.net)}` },
      {
        name: "host processes hidden",
        ok: (r.pids_visible as number) <= 3,
        detail: `${String(r.pids_visible)} pids visible`,
      },
      {
        name: "host files hidden",
        ok: Boolean(r.home_hidden) && Boolean(r.etc_shadow_hidden),
        detail: "/root, /home, /etc/shadow",
      },
      { name: "system read-only", ok: Boolean(r.usr_readonly), detail: "write to /usr refused" },
      { name: "no capabilities", ok: r.capeff === "0000000000000000", detail: `CapEff ${String(r.capeff)}` },
      {
        name: "no nested user namespaces",
        ok: !bwrap || r.userns === false,
        detail: r.userns ? "unshare(CLONE_NEWUSER) succeeded" : "unshare(CLONE_NEWUSER) refused",
      },
      {
        name: "seccomp filter",
        ok: !bwrap || !filtered || r.keyctl_errno === 1,
        detail: !filtered
          ? `none for ${process.arch}`
          : `keyring, eBPF, io_uring, perf, memfd, mount API, namespaces refused (keyctl: errno ${String(r.keyctl_errno)})`,
      },
      {
        name: "warm interpreter",
        ok: true,
        detail: execution.warm
          ? "runs start from a warm interpreter, each in namespaces and a tmpfs work dir of its own"
          : `off: every run starts a fresh sandbox and interpreter${sandbox.warmUnavailable ? ` (${sandbox.warmUnavailable})` : ""}`,
      },
      {
        name: "clean environment",
        ok: !(r.env as string[]).some((k) => !ALLOWED_ENV.has(k)),
        detail: (r.env as string[]).join(" "),
      },
      { name: "address-space limit", ok: rl.as === L.memoryMb * 1024 * 1024, detail: `${L.memoryMb} MiB` },
      { name: "cpu-time limit", ok: rl.cpu === Math.ceil(L.cpuSeconds), detail: `${L.cpuSeconds} s` },
      {
        name: "process limit",
        ok: rl.nproc === L.processes && (r.uid !== 0 || !bwrap),
        detail: `${L.processes} processes`,
      },
      { name: "file-size limit", ok: rl.fsize === L.fileSizeMb * 1024 * 1024, detail: `${L.fileSizeMb} MiB` },
      { name: "open-files limit", ok: rl.nofile === L.openFiles, detail: `${L.openFiles}` },
      {
        name: "work-dir size limit",
        ok: !bwrap || r.work_mb === L.workMb,
        detail: bwrap
          ? `${String(r.work_mb)} MiB tmpfs of its own`
          : "host dir (no sandbox): per-file limit and wall time only",
      },
      {
        name: "total memory cap",
        ok: true,
        detail: sandbox.memoryCap
          ? `${Math.round(sandbox.memoryCap.limitBytes / (1024 * 1024))} MiB for all sandboxed processes (memory cgroup v${sandbox.memoryCap.version})` +
            (execution.warm && sandbox.memoryCap.delegable ? `; ${L.runMemoryMb} MiB per run` : "")
          : `none (${sandbox.memoryCapUnavailable ?? "unsafe mode"}): only the per-process address-space limit`,
      },
      { name: "wall-time limit", ok: true, detail: `${L.wallMs} ms (host timer, kills the whole sandbox)` },
      {
        name: "output limit",
        ok: true,
        detail: `${L.outputBytes} bytes kept per stream, killed past ${L.outputKillBytes}`,
      },
    );
  }
  return {
    isolation: sandbox.isolation,
    ...(sandbox.probe?.version ? { bwrapVersion: sandbox.probe.version } : {}),
    checks,
    limits: sandbox.limits,
    concurrency: sandbox.pool.concurrency,
  };
}

const ALLOWED_ENV = new Set([
  "PATH",
  "HOME",
  "TMPDIR",
  "LANG",
  "LC_ALL",
  "PYTHONDONTWRITEBYTECODE",
  "PYTHONUNBUFFERED",
  "PWD",
  "LC_CTYPE",
]);
