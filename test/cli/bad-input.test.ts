import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

/**
 * What a new user meets first: each bad input gets a message naming the problem and the documented exit code
 * (2 for usage, configuration and input; 1 for findings). One row per case, run through the real CLI.
 */
const { dir, cleanup } = tempDir("purpcode-bad-input-");
afterAll(cleanup);

/** A loopback port nothing listens on (bound, then released). */
let deadUrl = "";
beforeAll(async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  deadUrl = `http://127.0.0.1:${port}/v1`;
});

/** The quickstart recipe without its dry run, every model pointed at the dead endpoint. */
const deadRecipe = (name: string, extra = "") => {
  const run = join(dir, `run-${name}`);
  const text = readFileSync("examples/quickstart/recipe.yaml", "utf8")
    .replace(/^dry_run:.*$/m, "")
    .replace(/^run_dir:.*$/m, `run_dir: ${run}`)
    .replace(/base_url: http:\/\/127\.0\.0\.1:800\d\/v1/g, `base_url: ${deadUrl}\n    max_retries: 0`);
  return { file: file(`${name}.yaml`, text + extra), run };
};

const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
};

interface Case {
  input: string;
  args: () => string[];
  /** Expected on stderr (or stdout when `stdout` is set). */
  message: RegExp;
  stdout?: RegExp;
  code: number;
}

const latin1Injection = Buffer.concat([
  Buffer.from("# -*- coding: latin-1 -*-\nimport os\n# r\xe9sum\xe9\ndef run(name):\n", "latin1"),
  Buffer.from("    os.system('ls ' + name)\n"),
]);

const cases: Case[] = [
  {
    input: "analyze a latin-1 file without a coding header",
    args: () => ["analyze", file("nohead.py", Buffer.from("x = '\xe9'\n", "latin1"))],
    message: /nohead\.py: error: invalid UTF-8 at line 1 \(byte 5\).*declare its encoding/,
    code: 2,
  },
  {
    input: "analyze a binary file",
    args: () => ["analyze", file("blob.py", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]))],
    message: /blob\.py: error: binary file \(NUL bytes\)/,
    code: 2,
  },
  {
    input: "analyze a file with an unknown extension",
    args: () => ["analyze", file("notes.txt", "hello\n")],
    message: /notes\.txt: error: unknown language \(use --lang\)/,
    code: 2,
  },
  {
    input: "analyze an unparsable file",
    args: () => ["analyze", file("broken.py", "import os\ndef f(:\n    os.system(x +\n")],
    message: /broken\.py: error: syntax error: does not parse as python/,
    code: 2,
  },
  {
    input: "analyze a file that does not exist",
    args: () => ["analyze", join(dir, "missing.py")],
    message: /missing\.py: error: file not found/,
    code: 2,
  },
  {
    input: "analyze, JSON output, unreadable file: the error list goes to stderr",
    args: () => ["analyze", "--format", "json", file("blob2.js", Buffer.from([0, 0, 0]))],
    message: /blob2\.js: error: binary file[\s\S]*1 of 1 file\(s\) could not be analysed fully \(exit 2\)/,
    code: 2,
  },
  {
    input: "analyze a latin-1 file with a PEP 263 coding header and a shell injection",
    args: () => ["analyze", file("latin1.py", latin1Injection)],
    message: /^$/,
    stdout: /latin1\.py:5:5: HIGH PY-CMDI-001/,
    code: 1,
  },
  {
    input: "analyze a file declaring an unknown encoding",
    args: () => ["analyze", file("weird.py", "# coding: klingon-8\nx = 1\n")],
    message: /weird\.py: error: unknown encoding 'klingon-8' in the coding declaration on line 1/,
    code: 2,
  },
  {
    input: "analyze an empty __init__.py",
    args: () => ["analyze", file("pkg/__init__.py", "")],
    message: /^$/,
    code: 0,
  },
  {
    input: "analyze --rules NOPE-9",
    args: () => ["analyze", "--rules", "NOPE-9", file("ok.py", "x = 1\n")],
    message: /--rules: no rule has the id or CWE 'NOPE-9'[\s\S]*hint: run `purpcode rules list`/,
    code: 2,
  },
  {
    input: "rules show CWE-78 (the ids analyze --rules takes)",
    args: () => ["rules", "show", "CWE-78"],
    message: /^$/,
    stdout: /rule\(s\) detect CWE-78:[\s\S]*PY-CMDI-001/,
    code: 0,
  },
  {
    input: "rules show an unknown id",
    args: () => ["rules", "show", "CWE-99999"],
    message: /unknown rule 'CWE-99999'/,
    code: 2,
  },
  {
    input: "llm chat to a refused endpoint: retries shown as they happen, then a hint",
    args: () => [
      "--config",
      file(
        "dead.yaml",
        `models:\n  dead:\n    kind: openai\n    model: m\n    base_url: ${deadUrl}\n    max_retries: 2\n    retry_base_ms: 100\n`,
      ),
      "llm",
      "chat",
      "--provider",
      "dead",
      "hi",
    ],
    message: new RegExp(
      "retrying 1/2 in [0-9.]+ s: ECONNREFUSED http://127[\\s\\S]*retrying 2/2[\\s\\S]*" +
        "failed after 3 attempts: ECONNREFUSED[\\s\\S]*hint: nothing answered at http://127",
    ),
    code: 1,
  },
  {
    input: "recipe run with a refused endpoint: pre-flight names it before any stage",
    args: () => ["recipe", "run", deadRecipe("preflight").file],
    message:
      /checking model 'generator'[\s\S]*model 'quickstart-generator' at http:\/\/127\.0\.0\.1:\d+\/v1 is not usable: ECONNREFUSED[\s\S]*hint: nothing answered/,
    code: 2,
  },
  {
    input: "recipe run --only with --from",
    args: () => ["recipe", "run", "--only", "sample", "--from", "redteam", deadRecipe("onlyfrom").file],
    message: /--only sample and --from redteam conflict/,
    code: 2,
  },
  {
    input: "recipe run on a run dir another live run holds",
    args: () => {
      const { file: recipe, run } = deadRecipe("locked");
      mkdirSync(run, { recursive: true });
      // The test runner's own pid: a live process that is not this CLI.
      writeFileSync(
        join(run, "recipe.lock"),
        JSON.stringify({ pid: process.pid, host: hostname(), started_at: "2026-01-01T00:00:00Z" }),
      );
      return ["recipe", "run", recipe];
    },
    message: new RegExp(`another recipe run holds this run directory \\(pid ${process.pid} on `),
    code: 2,
  },
  {
    input: "llm chat with a llama model whose file is missing",
    args: () => [
      "--config",
      file("llama.yaml", `models:\n  local:\n    kind: llama\n    model_path: ${join(dir, "gone.gguf")}\n`),
      "llm",
      "chat",
      "--provider",
      "local",
      "hi",
    ],
    message: /gone\.gguf: model file not found/,
    code: 2,
  },
  {
    input: "config check on the quickstart recipe (a recipe is a config)",
    args: () => ["config", "check", "examples/quickstart/recipe.yaml"],
    message: /examples\/quickstart\/recipe\.yaml: ok/,
    stdout: /models:\n {2}generator:/,
    code: 0,
  },
  {
    input: "recipe status after a run was killed mid-stage",
    args: () => {
      const run = join(dir, "killed");
      mkdirSync(run, { recursive: true });
      const stage = {
        state: "running",
        key: "k",
        inputs: [],
        counts: {},
        started_at: "2026-01-01T00:00:00Z",
      };
      writeFileSync(
        join(run, "recipe-state.json"),
        JSON.stringify({ recipe: "r.yaml", name: "killed", dry_run: false, stages: { catalog: stage } }),
      );
      return ["recipe", "status", run];
    },
    message: /^$/,
    stdout: /^catalog\s+interrupted/m,
    code: 0,
  },
];

describe("bad input gets a clear message and the documented exit code", () => {
  it.each(cases)(
    "$input -> exit $code",
    async (c) => {
      const r = await runCli(c.args(), { timeoutMs: 90_000 });
      const where = c.stdout ? r.stdout : r.stderr;
      expect({ code: r.code, out: where }).toMatchObject({ code: c.code });
      if (c.stdout) expect(r.stdout).toMatch(c.stdout);
      expect(c.message.source === "^$" ? r.stderr.replace(/^purpcode analyze: .*\n/m, "") : r.stderr).toMatch(
        c.message,
      );
    },
    120_000,
  );
});
