import { execFile, spawn } from "node:child_process";
import { accessSync, closeSync, constants, lstatSync, openSync } from "node:fs";
import { join } from "node:path";
import { PurpcodeError } from "../../core/errors.js";
import type { Limits } from "../limits.js";
import { prlimitArgs, rlimitSpec } from "../limits.js";
import { SECCOMP_FILE_NAME } from "./seccomp.js";
import { DEVICES } from "../support.js";

export const BWRAP = "/usr/bin/bwrap";
export const PRLIMIT = "/usr/bin/prlimit";
export const INSTALL_HINT =
  "apt-get install bubblewrap   (or run inside your own container with --unsafe-no-sandbox)";

/** How executions are contained: bubblewrap namespaces, or nothing but rlimits (the user's explicit choice). */
export type IsolationMode = "bwrap" | "unsafe";

/** Paths inside the sandbox. The host work dir is bound at WORK_DIR; harness files are read-only at SUPPORT_DIR. */
export const WORK_DIR = "/work";
export const SUPPORT_DIR = "/opt/purpcode";
/** Where the warm interpreter sees the host work root (one sub dir per execution). */
export const WARM_WORK_ROOT = "/workroot";
/** Where the warm interpreter sees the sandbox's memory cgroup, when it has one it may divide. */
export const WARM_CGROUP = "/cgroup";
/** File descriptor on which bwrap writes its JSON status lines. */
export const STATUS_FD = 3;
/** File descriptor from which bwrap reads the seccomp filter (see seccomp.ts). */
export const SECCOMP_FD = 4;
/** File descriptor on which a cold run's copy-out (python/purpcode_fetch.py) sends requested files back. */
export const FETCH_FD = 5;
/** A cold run's request files are on descriptors from here on; bwrap copies them into the run's tmpfs work dir. */
export const FIRST_FILE_FD = 6;
/** The compiled seccomp filter's file in the support dir (host side), when this architecture has one. */
export const SECCOMP_FILE = join("root", "opt", "purpcode", SECCOMP_FILE_NAME);

/**
 * stdio for a bwrap execution: stdin, stdout, stderr, the status pipe and, where there is a filter, a fresh
 * descriptor on its file (bwrap reads it to the end, so each execution needs its own). Close it after spawn.
 */
export function seccompDescriptor(hostSupportDir: string): number | undefined {
  try {
    return openSync(join(hostSupportDir, SECCOMP_FILE), "r");
  } catch {
    return undefined;
  }
}

export class SandboxUnavailableError extends PurpcodeError {
  constructor(reason: string) {
    const missing = reason.endsWith("not found");
    super(`the execution sandbox needs bubblewrap, which is not usable here: ${reason}`, {
      exitCode: 2,
      hint: missing
        ? INSTALL_HINT
        : `${INSTALL_HINT}; if it is installed, the kernel must allow unprivileged user namespaces ` +
          "(sysctl kernel.unprivileged_userns_clone=1, or kernel.apparmor_restrict_unprivileged_userns=0)",
    });
    this.name = "SandboxUnavailableError";
  }
}

/**
 * A cold run's work dir: a size-capped tmpfs of its own that bwrap fills from descriptors before the program
 * starts (file i at FIRST_FILE_FD + i), so the program never writes to the host's disk and nothing it leaves
 * behind outlives the sandbox.
 */
export interface ColdWork {
  bytes: number;
  /** Directories to create first, parents before children (relative to the work dir). */
  dirs: string[];
  files: string[];
  /** Of `files`, those created executable (compiled artefacts). */
  executables?: string[];
}

/** What one sandboxed process sees: its work dir, harness support files and the environment it gets. */
export interface Confinement {
  hostWorkDir: string;
  hostSupportDir: string;
  env: Record<string, string>;
  limits: Limits;
  /** The program runs under the seccomp filter read from SECCOMP_FD. */
  seccomp?: boolean;
}

/** Top-level system dirs that are real directories on this host (not merged-/usr symlinks) get bound. */
function systemDirBinds(): string[] {
  const args: string[] = [];
  for (const dir of ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"]) {
    try {
      if (lstatSync(dir).isDirectory()) args.push("--ro-bind", dir, dir);
    } catch {
      // absent
    }
  }
  return args;
}

let cachedSystemBinds: string[] | undefined;

/**
 * bubblewrap argv for one execution. The root is the prepared read-only tree of the support dir; /usr is bound
 * read-only; the work dir and /tmp are size-capped tmpfs mounts (no host path is writable); a few device nodes; no
 * network, no capabilities, no nested user namespaces; the process tree dies with its parent. The command
 * applies the rlimits itself (see `limitedCommand`), *inside* the new user namespace, so that RLIMIT_NPROC
 * counts only this sandbox's processes.
 */
export function bwrapArgv(c: Omit<Confinement, "hostWorkDir">, work: ColdWork, command: string[]): string[] {
  const fill: string[] = [];
  for (const dir of work.dirs) fill.push("--perms", "0755", "--dir", `${WORK_DIR}/${dir}`);
  work.files.forEach((file, i) =>
    fill.push(
      "--perms",
      work.executables?.includes(file) ? "0755" : "0644",
      "--file",
      String(FIRST_FILE_FD + i),
      `${WORK_DIR}/${file}`,
    ),
  );
  return [
    ...confinementArgs(c, ["--disable-userns", "--cap-drop", "ALL"]),
    ...(c.seccomp ? ["--seccomp", String(SECCOMP_FD)] : []),
    "--size",
    String(Math.floor(work.bytes)),
    "--perms",
    "0755",
    "--tmpfs",
    WORK_DIR,
    ...fill,
    "--chdir",
    WORK_DIR,
    "--",
    ...command,
  ];
}

/**
 * bubblewrap argv for the warm interpreter (python/purpcode_warm.py): the same confinement as an execution, but with
 * the capabilities of its own user namespace (it creates a nested set of namespaces per execution, and every
 * execution drops them all) and the whole work root bound at /workroot (each execution sees only its own dir).
 * No untrusted code runs in the zygote itself.
 */
export function warmArgv(c: Confinement, command: string[], memoryGroup?: string): string[] {
  return [
    ...confinementArgs(c, ["--cap-add", "ALL"]),
    // The sandbox's memory cgroup, where the zygote makes one group per run (hidden from the run itself).
    ...(memoryGroup ? ["--bind", memoryGroup, WARM_CGROUP] : []),
    "--bind",
    c.hostWorkDir,
    WARM_WORK_ROOT,
    "--chdir",
    "/",
    "--",
    ...command,
  ];
}

function confinementArgs(c: Omit<Confinement, "hostWorkDir">, privileges: string[]): string[] {
  cachedSystemBinds ??= systemDirBinds();
  const args = [
    // bwrap reports {"child-pid": N} here once the sandbox is up: without it, a failure is bwrap's, not the program's.
    "--json-status-fd",
    String(STATUS_FD),
    "--unshare-user",
    "--unshare-pid",
    "--unshare-net",
    "--unshare-ipc",
    "--unshare-uts",
    "--unshare-cgroup-try",
    ...privileges,
    "--die-with-parent",
    "--new-session",
    "--hostname",
    "sandbox",
    "--uid",
    "1000",
    "--gid",
    "1000",
    "--ro-bind",
    `${c.hostSupportDir}/root`,
    "/",
    "--ro-bind",
    "/usr",
    "/usr",
    ...cachedSystemBinds,
  ];
  for (const node of DEVICES) args.push("--dev-bind", `/dev/${node}`, `/dev/${node}`);
  args.push(
    "--proc",
    "/proc",
    "--size",
    String(Math.floor(c.limits.tmpMb * 1024 * 1024)),
    "--tmpfs",
    "/tmp",
    "--clearenv",
  );
  for (const [key, value] of Object.entries(c.env)) args.push("--setenv", key, value);
  return args;
}

/**
 * Wraps a command so that it runs under the limits: through prlimit, or, for launchers that set their own
 * rlimits before running untrusted code, by handing them the limits in PURPCODE_RLIMITS.
 */
export function limitedCommand(
  command: string[],
  limits: Limits,
  selfLimiting: boolean,
): { command: string[]; env: Record<string, string> } {
  if (selfLimiting) return { command, env: { PURPCODE_RLIMITS: rlimitSpec(limits) } };
  return { command: [PRLIMIT, ...prlimitArgs(limits), "--", ...command], env: {} };
}

/** The environment a sandboxed program gets: nothing from the host. */
export function sandboxEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: "/usr/local/bin:/usr/bin:/bin",
    HOME: WORK_DIR,
    TMPDIR: "/tmp",
    LANG: "C.UTF-8",
    LC_ALL: "C.UTF-8",
    PYTHONDONTWRITEBYTECODE: "1",
    PYTHONUNBUFFERED: "1",
    ...extra,
  };
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Result of probing bubblewrap on this machine. */
export interface IsolationProbe {
  usable: boolean;
  bwrap: string;
  version?: string;
  reason?: string;
}

/**
 * Starts the real thing once (all namespaces, the same options as an execution) so that a kernel without
 * unprivileged user namespaces is detected up front instead of failing every execution.
 */
export async function probeBwrap(
  bwrap: string,
  spawnAs: { uid?: number; gid?: number },
  hostSupportDir: string,
  limits: Limits,
): Promise<IsolationProbe> {
  if (!executable(bwrap)) return { usable: false, bwrap, reason: `${bwrap} not found` };
  if (!executable(PRLIMIT)) return { usable: false, bwrap, reason: `${PRLIMIT} not found` };
  const version = await new Promise<string | undefined>((resolve) => {
    execFile(bwrap, ["--version"], { timeout: 5000 }, (err, stdout) =>
      resolve(err ? undefined : stdout.trim()),
    );
  });
  const limited = limitedCommand(["/bin/true"], limits, false);
  const filter = seccompDescriptor(hostSupportDir);
  const argv = bwrapArgv(
    { hostSupportDir, env: sandboxEnv(), limits, seccomp: filter !== undefined },
    { bytes: limits.workMb * 1024 * 1024, dirs: [], files: [] },
    limited.command,
  );
  return new Promise((resolve) => {
    const child = spawn(bwrap, argv, {
      env: {},
      stdio: ["ignore", "ignore", "pipe", "pipe", ...(filter === undefined ? [] : [filter])],
      ...spawnAs,
    });
    if (filter !== undefined) closeSync(filter);
    let stderr = "";
    let statusLines = "";
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.stdio[STATUS_FD]?.on("data", (d: Buffer) => (statusLines += d.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.on("error", (err) => (stderr += err.message));
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0 && statusLines.includes('"child-pid"')) resolve({ usable: true, bwrap, version });
      else resolve({ usable: false, bwrap, version, reason: stderr.trim() || `exit code ${code}` });
    });
  });
}
