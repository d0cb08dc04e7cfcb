/** Resource limits of one execution. Every limit is enforced by the kernel (rlimits) or by the host timer. */
export interface Limits {
  /** Wall-clock budget; the whole sandbox is killed when it runs out. */
  wallMs: number;
  /** RLIMIT_CPU, seconds of CPU time per process. */
  cpuSeconds: number;
  /** RLIMIT_AS, address space per process in MiB. */
  memoryMb: number;
  /** RLIMIT_NPROC inside the sandbox's own user namespace: stops fork bombs. */
  processes: number;
  /** RLIMIT_FSIZE, largest file a process may write, MiB. */
  fileSizeMb: number;
  /** RLIMIT_NOFILE. */
  openFiles: number;
  /** Bytes of stdout and of stderr kept; the rest is dropped behind a truncation marker. */
  outputBytes: number;
  /** Output beyond this many bytes per stream ends the run: a flood is not worth the wall time. */
  outputKillBytes: number;
  /** Size of the private /tmp tmpfs, MiB. */
  tmpMb: number;
  /** Size of the work dir, MiB: a tmpfs of the run's own in both modes (the program never writes to the host's disk). */
  workMb: number;
  /**
   * Resident memory of all of a run's processes together, MiB: a memory cgroup of the run's own, for runs through
   * the warm interpreter where the sandbox has a (v1) memory cgroup. Otherwise only memoryMb per process and the
   * sandbox-wide cap apply.
   */
  runMemoryMb: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  wallMs: 10_000,
  cpuSeconds: 11,
  memoryMb: 2048,
  processes: 64,
  fileSizeMb: 64,
  openFiles: 256,
  // SandboxFusion returns output whole: tests that compare large outputs need it (a setting: limits.outputBytes).
  outputBytes: 8 * 1024 * 1024,
  outputKillBytes: 16 * 1024 * 1024,
  tmpMb: 64,
  workMb: 256,
  runMemoryMb: 2048,
});

/**
 * The most any request may get (the server owns these, not the client): a request asking for more is refused with
 * 422 by the service and clamped by `Sandbox.run` (see `clampLimits`). Set per sandbox with `SandboxOptions.maxLimits`.
 */
export const LIMIT_CEILINGS: Readonly<Limits> = Object.freeze({
  wallMs: 120_000,
  cpuSeconds: 121,
  memoryMb: 8192,
  processes: 256,
  fileSizeMb: 256,
  openFiles: 4096,
  outputBytes: 16 * 1024 * 1024,
  outputKillBytes: 64 * 1024 * 1024,
  tmpMb: 1024,
  workMb: 1024,
  runMemoryMb: 8192,
});

/** Each limit at most its ceiling; the names of those that were lowered. */
export function clampLimits(limits: Limits, ceilings: Limits): { limits: Limits; clamped: string[] } {
  const out = { ...limits };
  const clamped: string[] = [];
  for (const key of Object.keys(out) as Array<keyof Limits>) {
    if (out[key] > ceilings[key]) {
      out[key] = ceilings[key];
      clamped.push(key);
    }
  }
  return { limits: out, clamped };
}

/** Fills unspecified limits; the CPU limit follows the wall limit unless set explicitly. */
export function resolveLimits(partial: Partial<Limits> = {}, base: Limits = DEFAULT_LIMITS): Limits {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  const limits: Limits = { ...base, ...defined };
  if (partial.cpuSeconds === undefined && partial.wallMs !== undefined)
    limits.cpuSeconds = Math.max(1, Math.ceil(limits.wallMs / 1000) + 1);
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value <= 0)
      throw new RangeError(`sandbox limit ${key} must be a finite number > 0, got ${value}`);
  }
  return limits;
}

/** prlimit(1) options for the rlimits above. */
export function prlimitArgs(limits: Limits): string[] {
  const mib = 1024 * 1024;
  return [
    `--cpu=${Math.ceil(limits.cpuSeconds)}`,
    `--as=${Math.floor(limits.memoryMb * mib)}`,
    `--nproc=${Math.floor(limits.processes)}`,
    `--fsize=${Math.floor(limits.fileSizeMb * mib)}`,
    `--nofile=${Math.floor(limits.openFiles)}`,
    "--core=0",
  ];
}

/**
 * The same rlimits as `PURPCODE_RLIMITS` for launchers that set them on themselves (the Python launcher and
 * driver), before any untrusted code runs: one exec fewer than going through prlimit.
 */
export function rlimitSpec(limits: Limits): string {
  return prlimitArgs(limits)
    .map((arg) => arg.replace(/^--/, ""))
    .join(",");
}
