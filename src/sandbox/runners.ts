import { readdirSync } from "node:fs";
import type { WarmMode } from "./confinement/warm.js";

/** Interpreters are called by absolute path: PATH inside the sandbox is never consulted to start a run. */
export const PYTHON = "/usr/bin/python3";
export const NODE = "/usr/bin/node";

export const LANGUAGES = ["python", "pytest", "nodejs"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** How a program is started: its argv, extra environment, and whether it applies the rlimits itself. */
export interface Launch {
  command: string[];
  env: Record<string, string>;
  selfLimiting: boolean;
  /** This launch can instead be forked from the warm interpreter (see python/purpcode_warm.py), in this mode. */
  warm?: WarmMode;
  /** pytest's arguments when forked warm (the warm interpreter calls pytest.main with them). */
  warmArgs?: string[];
}

/** How a language's code is stored in the work dir and started. */
export interface Runner {
  /** File name (relative to the work dir) that the code is written to. */
  codeFile: string;
  /** `supportPath` is where the harness modules are, as the sandboxed program sees it. */
  launch: (codeFile: string, supportPath: string) => Launch;
}

export const RUNNERS: Record<Language, Runner> = {
  // The launcher sets the rlimits, then runs the file as __main__ (like `python3 main.py`).
  python: {
    codeFile: "main.py",
    launch: (file, support) => ({
      command: [PYTHON, "-c", `import ${LAUNCHER_MODULE}`],
      env: { PYTHONPATH: support, PURPCODE_MAIN: file },
      selfLimiting: true,
      ...(file === "main.py" ? { warm: "main" as const } : {}),
    }),
  },
  // Same invocation as SandboxFusion's pytest language: the code is a test module run by pytest.
  pytest: {
    codeFile: "test_main.py",
    launch: (file) => ({
      command: [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", file],
      env: {},
      selfLimiting: false,
      warm: "pytest",
      warmArgs: ["-q", "-p", "no:cacheprovider", file],
    }),
  },
  nodejs: {
    codeFile: "main.js",
    launch: (file) => ({ command: [NODE, file], env: {}, selfLimiting: false }),
  },
};

/** pytest in-process after the limits (what `python3 -m pytest ARGS` does), with the support dir importable. */
export function pytestLaunch(support: string, args: string[], env: Record<string, string> = {}): Launch {
  return {
    command: [
      PYTHON,
      "-c",
      "import purpcode_limits, sys; purpcode_limits.apply(keep_path=True); import pytest; sys.exit(pytest.main(sys.argv[1:]))",
      ...args,
    ],
    env: { PYTHONPATH: support, ...env },
    selfLimiting: true,
    warm: "pytest",
    warmArgs: args,
  };
}

/**
 * argv prefix that closes every descriptor above 2 that this process has open (any of them could have been
 * inherited without close-on-exec and would otherwise reach the sandboxed program), then execs the rest.
 */
export function closeStrayFds(): string[] {
  const fds = readdirSync("/proc/self/fd")
    .map(Number)
    .filter((fd) => fd > 2);
  return [
    "/bin/bash",
    "-c",
    'for fd in $1; do eval "exec $fd>&-"; done; shift; exec "$@"',
    "close-fds",
    fds.join(" "),
  ];
}

/** Python module (in the support dir) that applies PURPCODE_RLIMITS and runs PURPCODE_MAIN as __main__. */
export const LAUNCHER_MODULE = "purpcode_main";
