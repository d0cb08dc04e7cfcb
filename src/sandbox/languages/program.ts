import type { Limits } from "../limits.js";
import type { Execution, ExecutionRequest, Sandbox } from "../sandbox.js";
import { isLanguage } from "../runners.js";
import { CompileCache, cacheBoundMb, defaultCacheDir } from "./compile-cache.js";
import { realpathSync, statSync } from "node:fs";
import type { Seed, Toolchain } from "./toolchains.js";
import { ARTEFACT, SEED_FILE, TOOLCHAINS, commandLine, sourceName, unavailable } from "./toolchains.js";

/** One program in any language SandboxFusion accepts, with its compile step's own limits. */
export interface ProgramRequest {
  language: string;
  code: string;
  stdin?: string;
  files?: Record<string, string | Uint8Array>;
  fetchFiles?: string[];
  /** The run's limits (wallMs = SandboxFusion's run_timeout). */
  limits?: Partial<Limits>;
  /** The compile step's limits (wallMs = compile_timeout); default: the sandbox's. */
  compileLimits?: Partial<Limits>;
}

export interface CompileOutcome {
  execution: Execution;
  /** The artefact came from the compile cache (no compiler ran). */
  cached: boolean;
}

/**
 * What happened: `compile` when the language has a compile step (absent: interpreted), `run` unless the compile
 * failed, `unavailable` when the language cannot run here (SandboxFusion's SandboxError).
 */
export interface ProgramOutcome {
  compile?: CompileOutcome;
  run?: Execution;
  unavailable?: string;
  /** SandboxFusion reports this language's compile as part of its run (go_test, typescript, csharp). */
  compileIsPartOfRun: boolean;
}

const caches = new WeakMap<Sandbox, CompileCache>();
let cacheDirOverride: string | undefined;

/** Where compiled artefacts are cached (tests and benchmarks point it at a fresh dir). */
export function setCompileCacheDir(dir: string | undefined): void {
  cacheDirOverride = dir;
}

function cacheOf(sandbox: Sandbox): CompileCache {
  let cache = caches.get(sandbox);
  if (!cache) {
    cache = new CompileCache(
      cacheDirOverride ?? process.env.PURPCODE_COMPILE_CACHE ?? defaultCacheDir(),
      cacheBoundMb() * 1024 * 1024,
    );
    caches.set(sandbox, cache);
  }
  return cache;
}

const unavailableMemo = new Map<string, string | undefined>();
/** Why `language` cannot run on this machine (memoised: a toolchain is installed before the service starts). */
export function languageUnavailable(language: string): string | undefined {
  if (isLanguage(language)) return undefined;
  if (!unavailableMemo.has(language)) unavailableMemo.set(language, unavailable(language));
  return unavailableMemo.get(language);
}

/**
 * Compiles (or takes from the cache) and runs one program. Both steps are ordinary sandboxed executions: a
 * shell line exec'd inside the run's namespaces, under the seccomp filter and rlimits, in a work dir of its own.
 */
export async function runProgram(
  sandbox: Sandbox,
  request: ProgramRequest,
  options: { refuseWhenFull?: boolean } = {},
): Promise<ProgramOutcome> {
  if (isLanguage(request.language)) {
    const plain: ExecutionRequest = { ...request, language: request.language };
    return { run: await sandbox.run(plain, options), compileIsPartOfRun: false };
  }
  const why = languageUnavailable(request.language);
  const chain = TOOLCHAINS[request.language];
  if (why || !chain) return { unavailable: why ?? "no runner", compileIsPartOfRun: false };
  const code = chain.prepare ? chain.prepare(request.code) : request.code;
  const source = sourceName(chain, code);
  const env = chain.env ?? {};
  const outcome: ProgramOutcome = { compileIsPartOfRun: chain.compileIsPartOfRun ?? false };
  let artefact: Buffer | undefined;
  if (chain.compile) {
    const files = Object.entries(request.files ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
    // Libraries (Rust crates) only for the programs that name one: the others compile as before, without the seed.
    const used = chain.libraries?.used(code) ?? [];
    const libraries = used.length ? chain.libraries : undefined;
    let line = commandLine(chain.compile, source, code);
    let seed: SeedBuild | undefined;
    let note = "";
    if (libraries?.seed && libraries.compile) {
      const built = await seedOf(sandbox, chain, libraries.seed, options, true);
      if (built.artefact) {
        seed = built;
        line = commandLine(libraries.compile, source, code);
      } else note = `the libraries could not be built: ${built.error ?? "unknown error"}`;
    }
    const missing = used.filter((name) => libraries?.missing[name]);
    if (missing.length)
      note = [note, ...missing.map((name) => `${name} is not offered here: ${libraries?.missing[name]}`)]
        .filter(Boolean)
        .join("; ");
    // A library build is part of what the program compiles against: its key is part of the program's.
    const key = CompileCache.key([
      request.language,
      line,
      env,
      source,
      code,
      ...files.flat(),
      ...(seed ? [seed.key] : []),
    ]);
    const cache = cacheOf(sandbox);
    const hit = cache.get(key);
    if (hit) {
      artefact = hit.artefact;
      outcome.compile = { execution: cachedExecution(sandbox, hit.stdout, hit.stderr), cached: true };
    } else {
      const base = sandbox.limits;
      // Go's build cache only speeds the compile up: fetched on a miss, and not part of the key.
      if (!seed && chain.seed) seed = await seedOf(sandbox, chain, chain.seed, options);
      const execution = await sandbox.run(
        {
          language: request.language,
          code,
          codeFile: source,
          files: { ...(request.files ?? {}), ...(seed?.artefact ? { [SEED_FILE]: seed.artefact } : {}) },
          fetchFiles: [ARTEFACT],
          fetchAsBytes: true,
          launch: { command: argvOf(line), env, selfLimiting: false },
          limits: {
            memoryMb: Math.max(base.memoryMb, chain.compileMemoryMb ?? 0),
            processes: Math.max(base.processes, chain.processes ?? 0),
            tmpMb: Math.max(base.tmpMb, 256),
            ...request.compileLimits,
          },
        },
        options,
      );
      outcome.compile = { execution, cached: false };
      const built = execution.fileBytes?.[ARTEFACT];
      delete execution.fileBytes;
      if (execution.status === "finished" && execution.exitCode === 0 && built !== undefined) {
        artefact = built;
        cache.put(key, {
          artefact,
          stdout: execution.stdout,
          stderr: execution.stderr,
          compileSeconds: execution.durationMs / 1000,
        });
      } else {
        if (execution.status === "finished" && execution.exitCode === 0) {
          execution.exitCode = 1;
          execution.stderr += `\n[purpcode sandbox: the compiler left no artefact: ${execution.fetchErrors[ARTEFACT] ?? "missing"}]`;
        }
        if (note) execution.stderr += `\n[purpcode sandbox: ${note}]`;
        return outcome;
      }
    }
  }
  const runLine = commandLine(chain.run, source, code);
  const memoryGiven = request.limits?.memoryMb !== undefined;
  const base = sandbox.limits;
  outcome.run = await sandbox.run(
    {
      language: request.language,
      code,
      codeFile: source,
      files: { ...(request.files ?? {}), ...(artefact ? { [ARTEFACT]: artefact } : {}) },
      executables: artefact ? [ARTEFACT] : [],
      fetchFiles: request.fetchFiles ?? [],
      ...(request.stdin !== undefined ? { stdin: request.stdin } : {}),
      launch: { command: argvOf(runLine), env, selfLimiting: false },
      limits: {
        ...(memoryGiven
          ? {}
          : {
              memoryMb: Math.max(base.memoryMb, chain.runMemoryMb ?? 0),
              runMemoryMb: Math.max(base.runMemoryMb, chain.runMemoryMb ?? 0),
            }),
        processes: Math.max(base.processes, chain.processes ?? 0),
        ...request.limits,
      },
    },
    options,
  );
  return outcome;
}

/** A seed build: its cache key, and the tar, or why it could not be built. */
interface SeedBuild {
  key: string;
  artefact?: Buffer;
  error?: string;
}

const seeding = new WeakMap<Sandbox, Map<string, Promise<SeedBuild>>>();

/** A file's real path and modification time, for cache keys (the path alone when it is absent). */
function stampOf(path: string): string {
  try {
    const real = realpathSync(path);
    return `${real}@${statSync(real).mtimeMs}`;
  } catch {
    return path;
  }
}

/**
 * A seed build (Go's build cache, the Rust crates): from the compile cache, or built once by a sandboxed run with
 * limits of its own, not the request's (concurrent compiles wait for the same one). Keyed by the compiler binary
 * and the seed's stamps, so an upgrade builds a new one. A seed that fails to build is not retried by this
 * sandbox (compiles then go without it), unless `retry`: libraries a program cannot compile without are tried
 * again by the next compile that needs them (a build can fail for passing reasons: the machine's load).
 */
function seedOf(
  sandbox: Sandbox,
  chain: Toolchain,
  seed: Seed,
  options: { refuseWhenFull?: boolean },
  retry = false,
): Promise<SeedBuild> {
  const stamps = [chain.needs[0] ?? "", ...(seed.stamps ?? [])].map(stampOf);
  const key = CompileCache.key(["seed", ...stamps, seed.build, seed.code, chain.env ?? {}]);
  let forSandbox = seeding.get(sandbox);
  if (!forSandbox) seeding.set(sandbox, (forSandbox = new Map()));
  let pending = forSandbox.get(key);
  if (!pending) {
    pending = (async (): Promise<SeedBuild> => {
      const cache = cacheOf(sandbox);
      const hit = cache.get(key);
      if (hit) return { key, artefact: hit.artefact };
      const base = sandbox.limits;
      const execution = await sandbox.run(
        {
          language: "seed",
          code: seed.code,
          codeFile: seed.source,
          fetchFiles: [ARTEFACT],
          fetchAsBytes: true,
          launch: { command: ["/bin/sh", "-c", seed.build], env: chain.env ?? {}, selfLimiting: false },
          limits: {
            wallMs: 300_000,
            cpuSeconds: 300,
            memoryMb: Math.max(base.memoryMb, chain.compileMemoryMb ?? 0),
            processes: Math.max(base.processes, chain.processes ?? 0),
            tmpMb: Math.max(base.tmpMb, 256),
          },
        },
        { ...options, refuseWhenFull: false },
      );
      const artefact = execution.fileBytes?.[ARTEFACT];
      if (execution.status !== "finished" || execution.exitCode !== 0 || artefact === undefined)
        return {
          key,
          error: `${execution.status}, exit ${execution.exitCode}: ${execution.stderr.trim().split("\n").slice(-3).join(" | ").slice(-400)}`,
        };
      cache.put(key, { artefact, stdout: "", stderr: "", compileSeconds: execution.durationMs / 1000 });
      return { key, artefact };
    })();
    forSandbox.set(key, pending);
    if (retry) {
      const map = forSandbox;
      void pending.then((built) => {
        if (!built.artefact && map.get(key) === pending) map.delete(key);
      });
    }
  }
  return pending;
}

/**
 * A command line as an argv: split on spaces where it is a plain list of words (no quoting, no shell syntax),
 * so that no shell starts in front of the program; otherwise /bin/sh -c.
 */
export function argvOf(line: string): string[] {
  return /^[\w./=:,+-]+(?: [\w./=:,+-]+)*$/.test(line) ? line.split(" ") : ["/bin/sh", "-c", line];
}

function cachedExecution(sandbox: Sandbox, stdout: string, stderr: string): Execution {
  return {
    status: "finished",
    exitCode: 0,
    stdout,
    stderr,
    stdoutTruncated: false,
    stderrTruncated: false,
    durationMs: 0,
    files: {},
    fetchErrors: {},
    isolation: sandbox.isolation,
    warm: false,
  };
}

/** Every language the service accepts, with why it cannot run here (undefined: its toolchain is installed). */
export function languageSupport(): Record<string, string | undefined> {
  const names = [
    "python",
    "pytest",
    "nodejs",
    ...Object.keys(TOOLCHAINS),
    "sql",
    "cuda",
    "python_gpu",
    "pyspark",
  ];
  return Object.fromEntries(names.map((name) => [name, languageUnavailable(name)]));
}
