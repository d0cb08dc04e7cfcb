/** Interpreters are called by absolute path: PATH inside the sandbox is never consulted to start a run. */
export const PYTHON = "/usr/bin/python3";
export const NODE = "/usr/bin/node";

export const LANGUAGES = ["python", "pytest", "nodejs"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** How a language's code is stored in the work dir and started. */
export interface Runner {
  /** File name (relative to the work dir) that the code is written to. */
  codeFile: string;
  command: (codeFile: string) => string[];
}

export const RUNNERS: Record<Language, Runner> = {
  python: { codeFile: "main.py", command: (file) => [PYTHON, file] },
  // Same invocation as SandboxFusion's pytest language: the code is a test module run by pytest.
  pytest: {
    codeFile: "test_main.py",
    command: (file) => [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", file],
  },
  nodejs: { codeFile: "main.js", command: (file) => [NODE, file] },
};
