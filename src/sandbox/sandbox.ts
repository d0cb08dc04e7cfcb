import { execFile, spawn } from "node:child_process";
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync } from "node:fs";
import { tmpdir, totalmem } from "node:os";
import type { Readable } from "node:stream";
import { basename, dirname, join, normalize, sep } from "node:path";
import type { IsolationMode, IsolationProbe } from "./confinement/isolation.js";
import {
  BWRAP,
  FETCH_FD,
  SUPPORT_DIR,
  STATUS_FD,
  SandboxUnavailableError,
  bwrapArgv,
  limitedCommand,
  probeBwrap,
  sandboxEnv,
  seccompDescriptor,
  warmArgv,
} from "./confinement/isolation.js";
import type { Limits } from "./limits.js";
import { DEFAULT_LIMITS, LIMIT_CEILINGS, clampLimits, resolveLimits } from "./limits.js";
import { RunWatch } from "./output.js";
import type { PoolOptions } from "./pool.js";
import { Pool } from "./pool.js";
import type { Language, Launch } from "./runners.js";
import { PYTHON, RUNNERS, isLanguage } from "./runners.js";
import { createSupportDir, removeDir } from "./support.js";
import { sweepDeadOwners } from "./confinement/stale.js";
import { UnsafePathError, fetchWorkFiles, relativeWorkPath, writeWorkFiles } from "./confinement/workdir.js";
import { MemoryCap } from "./confinement/cgroup.js";
import type { WarmEnd, WarmMode } from "./confinement/warm.js";
import { WarmPython } from "./confinement/warm.js";
import { WARM_MODULE } from "./confinement/warm.js";

/** Host work-dir file with a warm run's stdin (the monitor hands it to the program as a memory file). */
const WARM_STDIN_FILE = ".purpcode-stdin";
/** Host work-dir file the monitor reads: files to fetch back, pytest's or the program's argv, extra env. */
const WARM_LAUNCH_FILE = ".purpcode-launch";
const RESERVED_FILES = [WARM_STDIN_FILE, WARM_LAUNCH_FILE];
/** How long past wallMs the host waits for a warm run's monitor before killing the whole execution. */
const WARM_DEADLINE_GRACE_MS = 2000;

/**
 * Warm interpreters by what they have imported: one for plain Python and the test driver, one with pytest
 * loaded (started only when a pytest run comes), so that plain runs fork from the smaller process.
 */
type WarmFlavor = "python" | "pytest";
const flavorOf = (mode: WarmMode): WarmFlavor =>
  mode === "pytest" || mode === "judge_pytest" ? "pytest" : "python";
// typing: most benchmark solutions import it (HumanEval's prompts do), and a judged run would import it twice
// (the solution's process and the judge's, for the names the solution exports) - ~14 ms of imports each.
const PRELOAD: Record<WarmFlavor, string[]> = {
  python: ["purpcode_judge", "typing"],
  pytest: ["pytest", "json", "tempfile", "unittest.mock", "purpcode_judge", "typing"],
};

/** One program to run: plain data, as the SandboxFusion API and the reward stage hand it over. */
export interface ExecutionRequest {
  /** A runner's language; any other (a compiled language, see languages/) must bring its launch and codeFile. */
  language: Language | (string & {});
  code: string;
  stdin?: string;
  /** Extra files for the work dir: relative path -> content (string = UTF-8 text, bytes as given). */
  files?: Record<string, string | Uint8Array>;
  /** Work-dir files to bring back after the run (base64 in the result). */
  fetchFiles?: string[];
  /** Fetched files come back as bytes in `fileBytes` instead of base64 in `files` (the host's own use). */
  fetchAsBytes?: boolean;
  /** Of `files`, those created executable (compiled artefacts). */
  executables?: string[];
  limits?: Partial<Limits>;
  /** Replaces the runner's launch (harnesses). */
  launch?: Launch;
  /** Replaces the runner's file name for the code (e.g. a pytest file that must keep its name). */
  codeFile?: string;
}

/**
 * How the run ended: `finished` (exited on its own, see exitCode), `timeout` (wall time ran out),
 * `output-limit` (killed for flooding stdout/stderr), `sandbox-error` (it could not be started).
 */
export type ExecutionStatus = "finished" | "timeout" | "output-limit" | "sandbox-error";

export interface Execution {
  status: ExecutionStatus;
  /** Exit status; a process killed by signal N reports 128 + N, as a shell would. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  stdoutTruncated: boolean;
  stderrTruncated: boolean;
  durationMs: number;
  /** Fetched files, base64. */
  files: Record<string, string>;
  /** Fetched files as bytes, when the request asked for them so (`fetchAsBytes`). */
  fileBytes?: Record<string, Buffer>;
  /** Requested files that could not be fetched, with the reason. */
  fetchErrors: Record<string, string>;
  isolation: IsolationMode;
  /** Forked from the warm interpreter (in namespaces of its own) rather than a fresh sandbox + interpreter. */
  warm: boolean;
  /** Why a sandbox-error happened. */
  error?: string;
}

export interface SandboxOptions {
  /** Run without bubblewrap, with rlimits only. For users already inside their own container. */
  unsafeNoSandbox?: boolean;
  /** Defaults for every execution (each request may lower or raise them, up to maxLimits). */
  limits?: Partial<Limits>;
  /** The most a request may ask for (default LIMIT_CEILINGS); a request's limits above these are clamped. */
  maxLimits?: Partial<Limits>;
  pool?: PoolOptions;
  /** Host dir under which per-run work dirs are created (default: the OS temp dir). */
  workRoot?: string;
  /** When purpcode runs as root, sandboxes run as this host uid/gid (root is exempt from RLIMIT_NPROC). */
  sandboxUid?: number;
  /** The bubblewrap binary (default /usr/bin/bwrap). */
  bwrap?: string;
  /** Where the loud unsafe-mode warning goes (default stderr). */
  warn?: (message: string) => void;
  /**
   * Start executions from the warm interpreter (default true): Python forks from it, other programs are exec'd
   * from it, each run in namespaces and a tmpfs work dir of its own. false: a bubblewrap sandbox per run.
   */
  warm?: boolean;
  /**
   * Cap on the memory of all sandboxed processes together, MiB (a memory cgroup, where one can be made);
   * default: three quarters of the machine's memory.
   */
  memoryTotalMb?: number;
}

const FETCH_BUDGET_BYTES = 64 * 1024 * 1024;
/** What the host reads of a cold run's copy-out channel: the budget in base64, plus the JSON framing. */
const FETCH_CHANNEL_BYTES = Math.ceil(FETCH_BUDGET_BYTES / 3) * 4 + 1024 * 1024;
/** The cold copy-out program (python/purpcode_fetch.py). */
const FETCH_MODULE = "purpcode_fetch";

/** What running the program yields, before the work-dir files are fetched. */
type ConfinedResult = Omit<Execution, "durationMs" | "files" | "fetchErrors" | "isolation" | "warm">;
const SIGNALS: Record<string, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGABRT: 6,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGSEGV: 11,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGXCPU: 24,
  SIGXFSZ: 25,
};

export const UNSAFE_WARNING =
  "WARNING: purpcode sandbox is running WITHOUT ISOLATION (--unsafe-no-sandbox). Untrusted code can read and " +
  "write your files, use the network and see your processes. Only do this inside a disposable container.";

/**
 * Runs untrusted programs, each in its own bubblewrap sandbox, through a bounded pool. Create with
 * `Sandbox.open()` (which checks that isolation really works here) and `close()` when done.
 */
export class Sandbox {
  readonly pool: Pool;
  readonly limits: Limits;
  /** Ceilings of every request's limits (the service refuses more with 422; `run` clamps). */
  readonly maxLimits: Limits;
  readonly isolation: IsolationMode;
  /** Where harness support files are, as seen by the sandboxed program. */
  readonly supportPath: string;
  readonly probe: IsolationProbe | undefined;
  /** Host dir holding the per-run work dirs (each removed when its run ends). */
  readonly workRoot: string;
  private readonly supportDir: string;
  private readonly bwrap: string;
  private readonly owner: { uid: number; gid: number } | undefined;
  private readonly live = new Set<number>();
  private counter = 0;
  private closed = false;
  private readonly warmWanted: boolean;
  /** The memory cgroup every sandboxed process runs in, or why there is none. */
  readonly memoryCap: MemoryCap | undefined;
  readonly memoryCapUnavailable: string | undefined;
  private readonly warm = new Map<WarmFlavor, Promise<WarmPython | undefined>>();
  private readonly warmFailures = new Map<WarmFlavor, string>();
  private readonly onExit = (): void => this.removeHostDirs();

  private constructor(init: {
    options: SandboxOptions;
    isolation: IsolationMode;
    workRoot: string;
    supportDir: string;
    owner: { uid: number; gid: number } | undefined;
    probe: IsolationProbe | undefined;
    memoryCap?: MemoryCap | string;
  }) {
    this.maxLimits = resolveLimits(init.options.maxLimits ?? {}, LIMIT_CEILINGS);
    this.limits = clampLimits(
      resolveLimits(init.options.limits ?? {}, DEFAULT_LIMITS),
      this.maxLimits,
    ).limits;
    this.pool = new Pool(init.options.pool);
    this.isolation = init.isolation;
    this.workRoot = init.workRoot;
    this.supportDir = init.supportDir;
    this.owner = init.owner;
    this.probe = init.probe;
    this.supportPath =
      init.isolation === "bwrap" ? SUPPORT_DIR : join(init.supportDir, "root", "opt", "purpcode");
    this.warmWanted = init.isolation === "bwrap" && init.options.warm !== false;
    if (typeof init.memoryCap === "string") this.memoryCapUnavailable = init.memoryCap;
    else this.memoryCap = init.memoryCap;
    this.bwrap = init.options.bwrap ?? BWRAP;
    process.once("exit", this.onExit);
  }

  /** Creates a sandbox; throws SandboxUnavailableError (exit 2, names `apt-get install bubblewrap`) if it cannot isolate. */
  static async open(options: SandboxOptions = {}): Promise<Sandbox> {
    const parent = options.workRoot ?? tmpdir();
    sweepDeadOwners(parent, removeDir);
    const workRoot = mkdtempSync(join(parent, `purpcode-sandbox-${process.pid}-`));
    // Traversable but not listable: a sandbox uid can reach its own work dir and nothing else here.
    chmodSync(workRoot, 0o711);
    const supportDir = createSupportDir(parent);
    const owner =
      process.getuid?.() === 0
        ? { uid: options.sandboxUid ?? 65534, gid: options.sandboxUid ?? 65534 }
        : undefined;
    if (options.unsafeNoSandbox) {
      (options.warn ?? ((m: string) => process.stderr.write(m + "\n")))(UNSAFE_WARNING);
      return new Sandbox({ options, isolation: "unsafe", workRoot, supportDir, owner, probe: undefined });
    }
    const probe = await probeBwrap(
      options.bwrap ?? BWRAP,
      owner ?? {},
      supportDir,
      resolveLimits(options.limits ?? {}),
    );
    if (!probe.usable) {
      removeDir(workRoot);
      removeDir(supportDir);
      throw new SandboxUnavailableError(probe.reason ?? "unknown reason");
    }
    const memoryCap = await openMemoryCap(options.memoryTotalMb, owner);
    return new Sandbox({ options, isolation: "bwrap", workRoot, supportDir, owner, probe, memoryCap });
  }

  /** Runs one program when a pool slot is free; refuses (PoolSaturatedError) when the line is full. */
  run(request: ExecutionRequest, options: { refuseWhenFull?: boolean } = {}): Promise<Execution> {
    if (this.closed) return Promise.reject(new Error("sandbox is closed"));
    return this.pool.run(() => this.execute(request), options.refuseWhenFull ?? true);
  }

  /** Kills whatever still runs and removes the host dirs. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pid of this.live) killGroup(pid);
    for (const starting of this.warm.values()) (await starting)?.close();
    await this.pool.idle();
    // The cgroup can go once the killed processes have left it.
    for (let i = 0; i < 20 && this.memoryCap && existsSync(this.memoryCap.dir); i++) {
      this.memoryCap.remove();
      await new Promise((r) => setTimeout(r, 50));
    }
    this.removeHostDirs();
    process.removeListener("exit", this.onExit);
  }

  private removeHostDirs(): void {
    removeDir(this.workRoot);
    removeDir(this.supportDir);
    this.memoryCap?.remove();
  }

  private async execute(request: ExecutionRequest): Promise<Execution> {
    let limits: Limits;
    try {
      limits = clampLimits(resolveLimits(request.limits ?? {}, this.limits), this.maxLimits).limits;
    } catch (err) {
      return failedExecution(this.isolation, performance.now(), (err as Error).message);
    }
    const runner = isLanguage(request.language) ? RUNNERS[request.language] : undefined;
    const workDir = join(this.workRoot, String(++this.counter));
    const started = performance.now();
    const codeFile = request.codeFile ?? runner?.codeFile;
    const launch = request.launch ?? (codeFile && runner?.launch(codeFile, this.supportPath));
    if (!codeFile || !launch)
      return failedExecution(this.isolation, started, `no runner for language ${request.language}`);
    // Programs that set no limits of their own (node, pytest via python3 -m) can be exec'd from the zygote.
    const warmMode: WarmMode | undefined = launch.warm ?? (launch.selfLimiting ? undefined : "exec");
    const warm = warmMode && this.warmWanted ? await this.warmInterpreter(flavorOf(warmMode)) : undefined;
    const files: Record<string, string | Uint8Array> = { ...(request.files ?? {}), [codeFile]: request.code };
    try {
      if (request.files) {
        for (const p of Object.keys(request.files)) {
          const rel = relativeWorkPath(p);
          if (rel === normalize(codeFile))
            throw new UnsafePathError(codeFile, "clashes with the program's own file");
          if (RESERVED_FILES.includes(rel)) throw new UnsafePathError(p, "is a name the sandbox reserves");
        }
      }
      mkdirSync(workDir, { mode: 0o700 });
      if (this.owner) chownSync(workDir, this.owner.uid, this.owner.gid);
      if (warm) {
        const { PYTHONPATH: _support, ...env } = launch.env;
        files[WARM_STDIN_FILE] = request.stdin ?? "";
        files[WARM_LAUNCH_FILE] = JSON.stringify({
          fetch: request.fetchFiles ?? [],
          budget: FETCH_BUDGET_BYTES,
          args: warmMode === "exec" ? launch.command : (launch.warmArgs ?? []),
          env,
        });
      }
      writeWorkFiles(workDir, files, this.owner, request.executables);
    } catch (err) {
      removeDir(workDir);
      return failedExecution(this.isolation, started, err instanceof Error ? err.message : String(err));
    }
    try {
      if (warm && warmMode) {
        const result = await this.runWarm(warm, basename(workDir), warmMode, limits);
        return this.finish(result, workDir, request, started, true);
      }
      const limited = limitedCommand(launch.command, limits, launch.selfLimiting);
      if (this.isolation !== "bwrap") {
        const [file, ...args] = limited.command as [string, ...string[]];
        const env = sandboxEnv({ ...launch.env, ...limited.env, HOME: workDir });
        const result = await this.spawnConfined(file, args, { env, cwd: workDir }, request.stdin, limits);
        return this.finish(result, workDir, request, started, false);
      }
      return await this.runCold(workDir, files, request, launch, limited, limits, started);
    } finally {
      removeDir(workDir);
    }
  }

  /**
   * A run in a bubblewrap sandbox of its own. Its work dir is a tmpfs of limits.workMb that bwrap fills from the
   * staged request files; requested files come back through python/purpcode_fetch.py on FETCH_FD, since the
   * tmpfs dies with the sandbox. Nothing the program writes reaches the host's disk.
   */
  private async runCold(
    stagingDir: string,
    files: Record<string, string | Uint8Array>,
    request: ExecutionRequest,
    launch: Launch,
    limited: { command: string[]; env: Record<string, string> },
    limits: Limits,
    started: number,
  ): Promise<Execution> {
    const paths = Object.keys(files).map(relativeWorkPath);
    const bytes = Object.values(files).reduce(
      (n, c) => n + (typeof c === "string" ? Buffer.byteLength(c) : c.length),
      0,
    );
    if (bytes > limits.workMb * 1024 * 1024)
      return failedExecution(
        this.isolation,
        started,
        `the request's files (${bytes} bytes) do not fit in the work dir (limits.workMb ${limits.workMb})`,
      );
    const dirs = new Set<string>();
    for (const path of paths)
      for (let d = dirname(path); d !== "." && !dirs.has(d); d = dirname(d)) dirs.add(d);
    const work = {
      bytes: limits.workMb * 1024 * 1024,
      dirs: [...dirs].sort((a, b) => a.split(sep).length - b.split(sep).length),
      files: paths,
      executables: (request.executables ?? []).map(relativeWorkPath),
    };
    const fetch = request.fetchFiles ?? [];
    const command = fetch.length
      ? [PYTHON, "-I", "-S", `${SUPPORT_DIR}/${FETCH_MODULE}.py`, ...limited.command]
      : limited.command;
    const env = sandboxEnv({
      ...launch.env,
      ...limited.env,
      ...(fetch.length
        ? { PURPCODE_FETCH: JSON.stringify({ paths: fetch, budget: FETCH_BUDGET_BYTES }) }
        : {}),
    });
    const fileFds = paths.map((p) => openSync(join(stagingDir, p), "r"));
    const filter = seccompDescriptor(this.supportDir);
    let file = this.probe?.bwrap ?? BWRAP;
    let args = bwrapArgv(
      { hostSupportDir: this.supportDir, env, limits, seccomp: filter !== undefined },
      work,
      command,
    );
    if (this.memoryCap) [file, args] = this.memoryCap.wrap(file, args);
    const result = await this.spawnConfined(
      file,
      args,
      { env: {}, cwd: undefined, filter, fileFds, fetch: fetch.length > 0 },
      request.stdin,
      limits,
    );
    const fetched = fetch.length
      ? parseFetched(result.fetched ?? "", fetch, result.status)
      : { files: {}, errors: {} };
    const { fetched: _raw, ...rest } = result;
    const asBytes = request.fetchAsBytes
      ? Object.fromEntries(Object.entries(fetched.files).map(([p, b64]) => [p, Buffer.from(b64, "base64")]))
      : undefined;
    return {
      ...rest,
      durationMs: performance.now() - started,
      files: asBytes ? {} : fetched.files,
      ...(asBytes ? { fileBytes: asBytes } : {}),
      fetchErrors: fetched.errors,
      isolation: this.isolation,
      warm: false,
    };
  }

  private finish(
    result: ConfinedResult,
    workDir: string,
    request: ExecutionRequest,
    started: number,
    warm: boolean,
  ): Execution {
    const paths = request.fetchFiles ?? [];
    const execution: Execution = {
      ...result,
      durationMs: 0,
      files: {},
      fetchErrors: {},
      isolation: this.isolation,
      warm,
    };
    if (paths.length && request.fetchAsBytes) {
      const fetched = fetchWorkFiles(workDir, paths, FETCH_BUDGET_BYTES, "bytes");
      execution.fileBytes = fetched.files;
      execution.fetchErrors = fetched.errors;
    } else if (paths.length) {
      const fetched = fetchWorkFiles(workDir, paths, FETCH_BUDGET_BYTES);
      execution.files = fetched.files;
      execution.fetchErrors = fetched.errors;
    }
    execution.durationMs = performance.now() - started;
    return execution;
  }

  /** Why the warm interpreter could not be started here (its executions then run cold). */
  get warmUnavailable(): string | undefined {
    return this.warmFailures.get("python");
  }

  /** The running warm interpreter of a flavor, started on first use; undefined (run cold) where it cannot start. */
  private async warmInterpreter(flavor: WarmFlavor): Promise<WarmPython | undefined> {
    for (;;) {
      if (this.warmFailures.has(flavor) || this.closed) return undefined;
      // Set synchronously, so that executions arriving together share one start.
      let starting = this.warm.get(flavor);
      if (!starting) {
        starting = this.startWarm(flavor);
        this.warm.set(flavor, starting);
      }
      const warm = await starting;
      if (warm?.alive) return warm;
      if (this.warm.get(flavor) === starting) this.warm.delete(flavor); // it died: the next turn starts anew
      if (!warm) return undefined;
    }
  }

  /** Starts a zygote and runs one empty program through it; never rejects (failure: warmFailures). */
  private async startWarm(flavor: WarmFlavor): Promise<WarmPython | undefined> {
    const argv = warmArgv(
      {
        hostWorkDir: this.workRoot,
        hostSupportDir: this.supportDir,
        env: sandboxEnv({ PYTHONPATH: SUPPORT_DIR }),
        limits: this.limits,
      },
      [PYTHON, "-c", `import ${WARM_MODULE}; ${WARM_MODULE}.serve(${JSON.stringify(PRELOAD[flavor])})`],
      this.memoryCap?.delegable ? this.memoryCap.dir : undefined,
    );
    let warm: WarmPython | undefined;
    try {
      const [file, args] = this.memoryCap ? this.memoryCap.wrap(this.bwrap, argv) : [this.bwrap, argv];
      warm = await WarmPython.start(file, args, this.owner ?? {});
      await this.probeWarm(warm);
      return warm;
    } catch (err) {
      warm?.close();
      this.warmFailures.set(flavor, err instanceof Error ? err.message : String(err));
      return undefined;
    }
  }

  /**
   * The zygote can start where the per-run namespaces are refused (a kernel or security module that allows
   * bubblewrap's user namespace but not one nested in it): one empty run finds out before real work depends on it.
   */
  private async probeWarm(warm: WarmPython): Promise<void> {
    const id = `probe${++this.counter}`;
    const dir = join(this.workRoot, id);
    mkdirSync(dir, { mode: 0o700 });
    try {
      if (this.owner) chownSync(dir, this.owner.uid, this.owner.gid);
      writeWorkFiles(
        dir,
        { "main.py": "", [WARM_STDIN_FILE]: "", [WARM_LAUNCH_FILE]: JSON.stringify({ fetch: [], env: {} }) },
        this.owner,
      );
      let stderr = "";
      const timer = setTimeout(() => warm.close(), 10_000);
      const end = await warm.run(id, "main", this.limits, {
        onStdout: () => {},
        onStderr: (chunk) => (stderr += chunk.toString("utf8")),
      });
      clearTimeout(timer);
      if (end.kind !== "exit" || end.code !== 0) {
        const what = end.kind === "error" ? end.message : JSON.stringify(end);
        throw new Error(
          `the warm interpreter cannot isolate a run here: ${what} ${stderr.slice(-500)}`.trim(),
        );
      }
    } finally {
      removeDir(dir);
    }
  }

  /** One execution forked from the warm interpreter: the same limits, output caps and timeout as a cold run. */
  private async runWarm(
    warm: WarmPython,
    id: string,
    mode: WarmMode,
    limits: Limits,
  ): Promise<ConfinedResult> {
    // The monitor ends the run at wallMs and copies its files back; the host's timer is the backstop.
    const run = new RunWatch(limits, limits.wallMs + WARM_DEADLINE_GRACE_MS, () => warm.kill(id));
    const end: WarmEnd = await warm.run(id, mode, limits, run);
    const output = run.finish();
    if (end.kind === "error")
      return { status: "sandbox-error", exitCode: null, ...output, error: end.message };
    const status: ExecutionStatus = run.stopped ?? (end.kind === "timeout" ? "timeout" : "finished");
    const exitCode =
      end.kind === "exit" ? end.code : end.kind === "signal" ? 128 + end.signal : 128 + SIGNALS.SIGKILL!;
    return { status, exitCode, ...output };
  }

  private spawnConfined(
    file: string,
    args: string[],
    where: {
      env: Record<string, string>;
      cwd: string | undefined;
      filter?: number;
      /** Request files for bwrap to copy in (FIRST_FILE_FD on); closed here once spawned. */
      fileFds?: number[];
      /** Read the copy-out channel (FETCH_FD). */
      fetch?: boolean;
    },
    stdin: string | undefined,
    limits: Limits,
  ): Promise<ConfinedResult & { fetched?: string }> {
    return new Promise((resolve) => {
      let spawnError: string | undefined;
      const fileFds = where.fileFds ?? [];
      const child = spawn(file, args, {
        env: where.env,
        cwd: where.cwd,
        stdio:
          this.isolation === "bwrap"
            ? [
                "pipe",
                "pipe",
                "pipe",
                "pipe",
                where.filter ?? "ignore",
                where.fetch ? "pipe" : "ignore",
                ...fileFds,
              ]
            : ["pipe", "pipe", "pipe"],
        // Own process group, so a timeout can kill bwrap and everything it started in one signal.
        detached: true,
        ...(this.owner ?? {}),
      });
      // The child has its copies of these descriptors (or spawn failed): ours are done either way.
      if (where.filter !== undefined) closeSync(where.filter);
      for (const fd of fileFds) closeSync(fd);
      const pid = child.pid;
      if (pid !== undefined) this.live.add(pid);
      const run = new RunWatch(limits, limits.wallMs, () => {
        if (pid !== undefined) killGroup(pid);
      });
      let bwrapStatus = "";
      const statusPipe = child.stdio[STATUS_FD] as NodeJS.ReadableStream | null | undefined;
      statusPipe?.on("data", (d: Buffer) => {
        if (bwrapStatus.length < 4096) bwrapStatus += d.toString("utf8");
      });
      // The copy-out channel, read up to a cap: past it the rest is dropped (those files report an error).
      const fetchParts: Buffer[] = [];
      let fetchBytes = 0;
      const fetchPipe = where.fetch
        ? ((child.stdio as unknown[])[FETCH_FD] as Readable | null | undefined)
        : undefined;
      fetchPipe?.on("data", (d: Buffer) => {
        fetchParts.push(d);
        fetchBytes += d.length;
        if (fetchBytes > FETCH_CHANNEL_BYTES) fetchPipe.destroy(); // the writer gets EPIPE and moves on
      });
      // All three are pipes (see stdio above); null only if spawn failed, which the error event reports.
      child.stdout?.on("data", run.onStdout);
      child.stderr?.on("data", run.onStderr);
      child.stdin?.on("error", () => {}); // the program may exit without reading its input
      child.stdin?.end(stdin ?? "");
      child.on("error", (err) => {
        spawnError = err.message;
      });
      child.on("close", (code, signal) => {
        const output = run.finish();
        const status: ExecutionStatus = run.stopped ?? "finished";
        if (pid !== undefined) this.live.delete(pid);
        const exitCode = code ?? (signal ? 128 + (SIGNALS[signal] ?? 0) : null);
        // Never started inside the sandbox (and not killed by us): bubblewrap itself failed.
        if (
          !spawnError &&
          this.isolation === "bwrap" &&
          status === "finished" &&
          !bwrapStatus.includes('"child-pid"')
        )
          spawnError = `bubblewrap could not start the sandbox: ${output.stderr.trim().slice(-1000) || `exit code ${exitCode}`}`;
        resolve({
          status: spawnError ? "sandbox-error" : status,
          exitCode: spawnError ? null : exitCode,
          ...output,
          ...(spawnError ? { error: spawnError } : {}),
          ...(where.fetch ? { fetched: Buffer.concat(fetchParts).toString("utf8") } : {}),
        });
      });
    });
  }
}

/**
 * The memory cgroup for a new Sandbox, checked by running one process through it as the sandbox uid (where the
 * kernel will not let that uid join, there is no cap); a reason string where there is none.
 */
async function openMemoryCap(
  totalMb: number | undefined,
  owner: { uid: number; gid: number } | undefined,
): Promise<MemoryCap | string> {
  const bytes = Math.floor((totalMb ?? (totalmem() * 0.75) / (1024 * 1024)) * 1024 * 1024);
  const cap = MemoryCap.create(bytes, owner);
  if (typeof cap === "string") return cap;
  const [file, args] = cap.wrap("/bin/true", []);
  const joined = await new Promise<string | undefined>((resolve) => {
    execFile(file, args, { timeout: 5000, ...(owner ?? {}) }, (err, _out, stderr) =>
      resolve(err ? `cannot join the memory cgroup: ${stderr.trim() || err.message}` : undefined),
    );
  });
  if (joined) {
    cap.remove();
    return joined;
  }
  return cap;
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

function failedExecution(isolation: IsolationMode, started: number, error: string): Execution {
  return {
    status: "sandbox-error",
    exitCode: null,
    stdout: "",
    stderr: "",
    stdoutTruncated: false,
    stderrTruncated: false,
    durationMs: performance.now() - started,
    files: {},
    fetchErrors: {},
    isolation,
    warm: false,
    error,
  };
}

/**
 * The files a cold run's copy-out sent (one JSON line each, see python/purpcode_fetch.py). A requested path with
 * no line was not sent: the run was stopped first, or the program killed the copy-out.
 */
export function parseFetched(
  channel: string,
  requested: string[],
  status: ExecutionStatus,
): { files: Record<string, string>; errors: Record<string, string> } {
  const files: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const line of channel.split("\n")) {
    if (!line) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      break; // cut off at the read cap: what follows is not trusted either
    }
    if (typeof record !== "object" || record === null) continue;
    const { path, data, error } = record as { path?: unknown; data?: unknown; error?: unknown };
    if (typeof path !== "string" || !requested.includes(path) || path in files || path in errors) continue;
    if (typeof data === "string") files[path] = data;
    else errors[path] = typeof error === "string" ? error : "not fetched";
  }
  for (const path of requested)
    if (!(path in files) && !(path in errors))
      errors[path] =
        status === "timeout" || status === "output-limit"
          ? `not fetched: the run was stopped (${status})`
          : "not fetched: the copy-out did not finish";
  return { files, errors };
}
