import type { Command } from "commander";
import { Option } from "commander";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { InputError, PurpcodeError } from "../core/errors.js";
import { checkSandbox } from "../sandbox/check.js";
import { checkLanguages, type LanguageCheck } from "../sandbox/languages/check.js";
import { languageSupport } from "../sandbox/languages/program.js";
import { runTask } from "../sandbox/judge/harness.js";
import { isLanguage, type Language } from "../sandbox/runners.js";
import { Sandbox } from "../sandbox/sandbox.js";
import { createSandboxServer } from "../sandbox/service/server.js";
import { TestTask } from "../sandbox/judge/tasks.js";
import { globalOptions, info, printJson } from "./context.js";

const coldOption = () =>
  new Option("--no-warm", "start a bubblewrap sandbox per run instead of the warm interpreter (slower)");
const unsafeOption = () =>
  new Option("--unsafe-no-sandbox", "run WITHOUT isolation (only inside your own disposable container)");

export function register(program: Command): void {
  const sandbox = program
    .command("sandbox")
    .description("run untrusted code in the bubblewrap execution sandbox");

  sandbox
    .command("serve")
    .description(
      "SandboxFusion-compatible HTTP service (GET /v1/ping, POST /run_code, POST /purpcode/v1/run_tests)",
    )
    .option("--port <port>", "port to listen on", "8080")
    .option("--host <host>", "address to bind", "127.0.0.1")
    .option("--concurrency <n>", "executions at once (default: cores, bounded by memory)")
    .option("--max-run-timeout <seconds>", "largest run_timeout a request may ask for (422 beyond)", "120")
    .option("--max-memory-mb <n>", "largest memory_limit_MB a request may ask for (422 beyond)", "8192")
    .option("--max-connections <n>", "open connections at most", "1024")
    .addOption(coldOption())
    .addOption(unsafeOption())
    .action(
      async (
        opts: {
          port: string;
          host: string;
          concurrency?: string;
          maxRunTimeout: string;
          maxMemoryMb: string;
          maxConnections: string;
          unsafeNoSandbox?: boolean;
          warm?: boolean;
        },
        cmd: Command,
      ) => {
        const globals = globalOptions(cmd);
        const port = positiveInt(opts.port, "--port", true);
        const concurrency =
          opts.concurrency === undefined ? undefined : positiveInt(opts.concurrency, "--concurrency");
        const box = await Sandbox.open({
          unsafeNoSandbox: opts.unsafeNoSandbox,
          warm: opts.warm,
          pool: { concurrency },
          maxLimits: {
            wallMs: positiveInt(opts.maxRunTimeout, "--max-run-timeout") * 1000,
            memoryMb: positiveInt(opts.maxMemoryMb, "--max-memory-mb"),
            runMemoryMb: positiveInt(opts.maxMemoryMb, "--max-memory-mb"),
          },
        });
        const server = await createSandboxServer({
          sandbox: box,
          port,
          host: opts.host,
          maxConnections: positiveInt(opts.maxConnections, "--max-connections"),
        });
        // Shutdown handlers before the service says it is up: a supervisor may signal as soon as it reads the line.
        const stopped = new Promise<void>((resolve) => {
          const stop = (): void => {
            info(globals, "purpcode sandbox: shutting down, finishing in-flight requests");
            process.off("SIGINT", stop);
            process.off("SIGTERM", stop);
            void server
              .close()
              .then(() => box.close())
              .then(resolve);
          };
          process.on("SIGINT", stop);
          process.on("SIGTERM", stop);
        });
        info(
          globals,
          `purpcode sandbox: listening on ${server.url} (${box.isolation}, ${box.pool.concurrency} slots)`,
        );
        await stopped;
      },
    );

  sandbox
    .command("run")
    .description(
      "run a program (and optionally its tests) in the sandbox; prints its output, then the verdict",
    )
    .argument("<file>", "program to run")
    .option("--tests <file>", "tests: a pytest .py file, or a JSON test task (asserts / humaneval / stdio)")
    .option("--lang <language>", "python | nodejs | pytest (default: from the file extension)")
    .option("--timeout <seconds>", "wall-clock limit", "10")
    .addOption(coldOption())
    .addOption(unsafeOption())
    .action(
      async (
        file: string,
        opts: {
          tests?: string;
          lang?: string;
          timeout: string;
          unsafeNoSandbox?: boolean;
          warm?: boolean;
        },
        cmd: Command,
      ) => {
        const globals = globalOptions(cmd);
        const timeoutMs = positiveNumber(opts.timeout, "--timeout") * 1000;
        const code = await readText(file);
        const language = languageOf(file, opts.lang);
        const box = await Sandbox.open({ unsafeNoSandbox: opts.unsafeNoSandbox, warm: opts.warm });
        try {
          if (opts.tests === undefined) {
            const execution = await box.run({ language, code, limits: { wallMs: timeoutMs } });
            if (globals.json) printJson(execution);
            else {
              process.stdout.write(execution.stdout);
              process.stderr.write(execution.stderr);
              info(
                globals,
                `verdict: ${execution.status}, exit code ${execution.exitCode} (${execution.durationMs.toFixed(0)} ms, ${execution.isolation})`,
              );
            }
            process.exitCode = execution.status === "finished" && execution.exitCode === 0 ? 0 : 1;
            return;
          }
          const task = await taskFor(file, code, opts.tests, language, timeoutMs);
          const verdict = await runTask(box, task);
          if (globals.json) printJson(verdict);
          else {
            process.stdout.write(verdict.stdout);
            process.stderr.write(verdict.stderr);
            for (const t of verdict.tests) {
              info(globals, `  ${t.status.padEnd(7)} ${t.name} (${t.durationMs.toFixed(0)} ms)`);
              if (t.status !== "passed" && t.message && globals.verbose) info(globals, indent(t.message));
            }
            info(globals, `verdict: ${verdict.status} (${verdict.passed}/${verdict.total} passed)`);
          }
          process.exitCode = verdict.status === "passed" ? 0 : 1;
        } finally {
          await box.close();
        }
      },
    );

  sandbox
    .command("check")
    .description(
      "report whether isolation works on this machine, which limits are active and which languages compile and run",
    )
    .addOption(coldOption())
    .addOption(unsafeOption())
    .option(
      "--no-languages",
      "list the installed toolchains without running each language's hello-world through the sandbox",
    )
    .action(async (opts: { unsafeNoSandbox?: boolean; warm?: boolean; languages: boolean }, cmd: Command) => {
      const globals = globalOptions(cmd);
      const box = await Sandbox.open({ unsafeNoSandbox: opts.unsafeNoSandbox, warm: opts.warm });
      try {
        const report = await checkSandbox(box);
        const say = (line: string) => {
          if (!globals.json) process.stdout.write(line);
        };
        say(`isolation: ${report.isolation}${report.bwrapVersion ? ` (${report.bwrapVersion})` : ""}\n`);
        for (const c of report.checks) say(`  ${c.ok ? "ok  " : "FAIL"} ${c.name}: ${c.detail}\n`);
        say(`pool: ${report.concurrency} concurrent executions\n`);
        let languages: LanguageCheck[] | Record<string, string | undefined>;
        if (opts.languages) {
          say("languages (each one's hello-world compiled and run in the sandbox; first run compiles):\n");
          const mark = { ok: "ok  ", failed: "FAIL", unavailable: "n/a " };
          languages = await checkLanguages(box, {
            onResult: (l) => say(`  ${mark[l.status]} ${l.language}: ${l.detail} (${l.ms} ms)\n`),
          });
        } else {
          languages = languageSupport();
          say("languages (installed toolchains; not run):\n");
          for (const [language, why] of Object.entries(languages))
            say(`  ${why ? "n/a " : "ok  "} ${language}${why ? `: ${why}` : ""}\n`);
        }
        if (globals.json) printJson({ ...report, languages });
        const languagesOk = !Array.isArray(languages) || languages.every((l) => l.status !== "failed");
        process.exitCode =
          report.isolation === "bwrap" && report.checks.every((c) => c.ok) && languagesOk ? 0 : 1;
      } finally {
        await box.close();
      }
    });
}

async function taskFor(
  file: string,
  code: string,
  testsFile: string,
  language: Language,
  timeoutMs: number,
): Promise<TestTask> {
  const tests = await readText(testsFile);
  if (extname(testsFile) === ".py") {
    return {
      kind: "pytest",
      files: { [basename(file)]: code, [basename(testsFile)]: tests },
      testFile: basename(testsFile),
      timeoutMs,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(tests);
  } catch (err) {
    throw new InputError(`not JSON: ${(err as Error).message}`, { file: testsFile });
  }
  const base = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const withSolution =
    base.kind === "stdio"
      ? { ...base, program: code, language: language === "pytest" ? "python" : language }
      : { ...base, solution: code };
  const parsed = TestTask.safeParse({ timeoutMs, ...withSolution });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid test task"}`, {
      file: testsFile,
      hint: 'expected {"kind": "asserts", "asserts": [...]}, {"kind": "humaneval", "test": ..., "entryPoint": ...} or {"kind": "stdio", "cases": [{"input", "output"}]}',
    });
  }
  return parsed.data;
}

function languageOf(file: string, lang: string | undefined): Language {
  if (lang !== undefined) {
    if (!isLanguage(lang)) throw new PurpcodeError(`--lang ${lang}: expected python, nodejs or pytest`);
    return lang;
  }
  const ext = extname(file);
  if (ext === ".py") return "python";
  if (ext === ".js" || ext === ".mjs" || ext === ".cjs") return "nodejs";
  throw new PurpcodeError(`${file}: cannot tell the language from the extension; pass --lang`);
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (err) {
    throw new InputError(`cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, { file });
  }
}

function positiveInt(value: string, flag: string, allowZero = false): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1) || n > 65535 * 1000)
    throw new PurpcodeError(
      `${flag} ${value}: expected a ${allowZero ? "non-negative" : "positive"} integer`,
    );
  return n;
}

function positiveNumber(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new PurpcodeError(`${flag} ${value}: expected a positive number`);
  return n;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => "      " + l)
    .join("\n");
}
