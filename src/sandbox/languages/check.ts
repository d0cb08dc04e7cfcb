import { mapLimit } from "../pool.js";
import type { Sandbox } from "../sandbox.js";
import { HELLO, HELLO_OUTPUT } from "./hello.js";
import { languageSupport, languageUnavailable, runProgram } from "./program.js";
import { TOOLCHAINS } from "./toolchains.js";

/** One language's hello-world through the sandbox: `ok` only when it compiled, ran and printed what it must. */
export interface LanguageCheck {
  language: string;
  /** "ok", "failed" (installed but its hello-world did not work), or "unavailable" (no toolchain here). */
  status: "ok" | "failed" | "unavailable";
  detail: string;
  ms: number;
}

// Languages whose hello-world is a test run (a test framework, a simulator): exit 0 is the pass, no stdin echo.
// (D_ut: a -funittest build runs its unittests and, as druntime does by default since 2.090, not main.)
const TEST_ONLY = new Set(["go_test", "junit", "rust_test", "D_ut", "lean", "jest"]);
/**
 * Checks beyond one hello-world per language: HumanEval-X's Rust crates (the first such check builds them from
 * Debian's sources, once, and the compile cache keeps them for every later compile).
 */
const EXTRA: Record<string, { language: string; code: string; why: () => string | undefined }> = {
  "rust_test+crates": {
    language: "rust_test",
    code:
      "use rand::Rng;\nuse regex::Regex;\nuse md5;\n#[test]\nfn crates() {\n" +
      "    assert!(rand::thread_rng().gen_range(0..8) < 8);\n" +
      '    assert!(Regex::new(r"^\\d+$").unwrap().is_match("8"));\n' +
      '    assert_eq!(format!("{:x}", md5::compute(b"")), "d41d8cd98f00b204e9800998ecf8427e");\n}\n',
    why: () => {
      const missing = Object.entries(TOOLCHAINS.rust_test?.libraries?.missing ?? {});
      return (
        languageUnavailable("rust_test") ??
        (missing.length ? missing.map(([name, why]) => `${name}: ${why}`).join("; ") : undefined)
      );
    },
  },
};
// Services that are not one program (pytest runs a test file; the GPU and Spark runners never run here).
const SKIP = new Set(["pytest"]);

/**
 * Compiles and runs each language's small program (stdin "7", expecting "hello 8") with the sandbox's own limits
 * and compile cache, so `sandbox check` says which languages really work here, not just which are installed.
 */
export async function checkLanguages(
  sandbox: Sandbox,
  options: { concurrency?: number; only?: string[]; onResult?: (check: LanguageCheck) => void } = {},
): Promise<LanguageCheck[]> {
  const support = [
    ...Object.entries(languageSupport()),
    ...Object.entries(EXTRA).map(([name, extra]) => [name, extra.why()] as const),
  ].filter(([language]) => !SKIP.has(language) && (!options.only || options.only.includes(language)));
  return mapLimit(support, options.concurrency ?? sandbox.pool.concurrency, async ([language, why]) => {
    const started = performance.now();
    const done = (status: LanguageCheck["status"], detail: string): LanguageCheck => {
      const check = { language, status, detail, ms: Math.round(performance.now() - started) };
      options.onResult?.(check);
      return check;
    };
    const extra = EXTRA[language];
    const code = extra?.code ?? HELLO[language];
    if (why) return done("unavailable", why);
    if (!code) return done("unavailable", "no hello-world program for it");
    try {
      const outcome = await runProgram(
        sandbox,
        {
          language: extra?.language ?? language,
          code,
          stdin: "7\n",
          compileLimits: { wallMs: 180_000 },
          limits: { wallMs: 60_000 },
        },
        { refuseWhenFull: false },
      );
      if (outcome.unavailable) return done("unavailable", outcome.unavailable);
      const compile = outcome.compile?.execution;
      if (compile && (compile.status !== "finished" || compile.exitCode !== 0))
        return done(
          "failed",
          `compile ${compile.status} (exit ${compile.exitCode}): ${tail(compile.stderr)}`,
        );
      const run = outcome.run;
      if (!run) return done("failed", "did not run");
      if (run.status !== "finished" || run.exitCode !== 0)
        return done("failed", `run ${run.status} (exit ${run.exitCode}): ${tail(run.stderr || run.stdout)}`);
      if (!TEST_ONLY.has(extra?.language ?? language) && !run.stdout.includes(HELLO_OUTPUT))
        return done("failed", `printed ${JSON.stringify(tail(run.stdout))}, expected "${HELLO_OUTPUT}"`);
      return done(
        "ok",
        outcome.compile ? (outcome.compile.cached ? "compiled (cached), ran" : "compiled, ran") : "ran",
      );
    } catch (error) {
      return done("failed", error instanceof Error ? error.message : String(error));
    }
  });
}

const tail = (text: string): string => text.trim().split("\n").slice(-3).join(" | ").slice(-300);
