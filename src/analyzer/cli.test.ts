import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../cli/main.js";

// CommonJS packages: their ESM default import is module.exports, whose .default is the real export.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;

const fixtures = join(process.cwd(), "test/fixtures/analyzer");
const tmp = mkdtempSync(join(tmpdir(), "purpcode-analyze-"));

/** Runs the real CLI in-process and captures what it writes. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const ow = process.stdout.write.bind(process.stdout);
  const ew = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string | Uint8Array) => (
    out.push(String(s)),
    true
  )) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => (
    err.push(String(s)),
    true
  )) as typeof process.stderr.write;
  process.exitCode = undefined;
  try {
    const code = await main(["node", "purpcode", ...args]);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    process.stdout.write = ow;
    process.stderr.write = ew;
    process.exitCode = undefined;
  }
}

afterAll(() => {
  process.exitCode = undefined;
  rmSync(tmp, { recursive: true, force: true });
});

describe("purpcode analyze", () => {
  it("walks a directory, skips ignored folders, and prints the documented JSON", async () => {
    // Folders that must be skipped cannot live in git (node_modules is ignored, .git is reserved): make them here.
    const tree = join(tmp, "tree");
    cpSync(join(fixtures, "tree"), tree, { recursive: true });
    for (const dir of ["pkg/node_modules/dep", ".git", "__pycache__", ".venv/lib"]) {
      mkdirSync(join(tree, dir), { recursive: true });
      writeFileSync(join(tree, dir, "x.py"), "eval(input())\n");
    }
    // Declaration files hold no code that runs: a walk leaves them out.
    writeFileSync(join(tree, "pkg", "types.d.ts"), "export declare const run: import('./x').Runner<in T>;\n");
    const r = await cli("analyze", "--format", "json", tree);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as {
      results: {
        path: string;
        language: string;
        findings: { rule_id: string; cwe: string[] }[];
        error?: string;
      }[];
      stats: Record<string, number>;
    };
    const paths = json.results.map((x) => x.path.slice(tree.length + 1));
    expect(paths).toEqual(["app.py", "pkg/clean.ts", "pkg/server.js"]);
    expect(json.results.map((x) => x.findings.map((f) => f.rule_id))).toEqual([
      ["PY-CMDI-001"],
      [],
      ["JS-CMDI-001"],
    ]);
    expect(Object.keys(json.stats).sort()).toEqual([
      "errors",
      "files",
      "findings",
      "parse_errors",
      "seconds",
      "warnings",
    ]);
    expect(json.stats.files).toBe(3);
    expect(json.stats.findings).toBe(2);
    expect(Object.keys(json.results[0]!.findings[0]!).sort()).toEqual(
      ["column", "cwe", "end_line", "fix_hint", "line", "message", "rule_id", "severity", "snippet"].sort(),
    );
  });

  it("exits 0 when nothing reaches the threshold", async () => {
    const r = await cli(
      "analyze",
      "--min-severity",
      "critical",
      "--format",
      "json",
      join(fixtures, "tree/pkg/clean.ts"),
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).stats.findings).toBe(0);
  });

  it("reports bad inputs per file without stopping the run", async () => {
    const bin = join(tmp, "blob.py");
    writeFileSync(bin, Buffer.from([0x69, 0x00, 0x01, 0x02]));
    const utf = join(tmp, "latin1.py");
    writeFileSync(utf, Buffer.from([0x78, 0x3d, 0x27, 0xe9, 0x27, 0x0a]));
    const empty = join(tmp, "empty.py");
    writeFileSync(empty, "");
    const unknown = join(tmp, "notes.txt");
    writeFileSync(unknown, "hello");
    const huge = join(tmp, "huge.py");
    writeFileSync(huge, "x = 1\n".repeat(400_000));
    const good = join(tmp, "good.py");
    writeFileSync(good, "import pickle\nobj = pickle.loads(data)\n");
    const r = await cli("analyze", "--format", "json", bin, utf, empty, unknown, huge, good);
    const json = JSON.parse(r.stdout) as { results: { error?: string; findings: unknown[] }[] };
    expect(json.results.map((x) => x.error)).toEqual([
      "binary file (NUL bytes)",
      expect.stringMatching(/^invalid UTF-8 at line 1 \(byte 3\)/),
      undefined, // an empty file is fine (an __init__.py)
      "unknown language (use --lang)",
      expect.stringMatching(/^file too large/),
      undefined,
    ]);
    expect(json.results[5]!.findings).toHaveLength(1);
    expect(r.code).toBe(2); // some input could not be analysed: a clean exit would hide it
  });

  it("warns about a partly parsed file and still analyses the rest of it (exit code from its findings)", async () => {
    // One broken line in an otherwise valid module: the grammar recovers around it.
    const src = [
      "import pickle",
      "def load(data):",
      "    return pickle.loads(data)",
      "LIMIT = 1 +* 2",
      ...Array.from({ length: 30 }, (_, i) => `X${i} = ${i}`),
    ].join("\n");
    const partly = join(tmp, "py2.py");
    writeFileSync(partly, src + "\n");
    const r = await cli("analyze", "--format", "json", partly);
    const json = JSON.parse(r.stdout) as {
      results: { error?: string; warning?: string; findings: { rule_id: string }[] }[];
      stats: Record<string, number>;
    };
    expect(json.results[0]!.error).toBeUndefined();
    expect(json.results[0]!.warning).toMatch(/^partly parsed: [12] of 34 line\(s\) do not parse as python/);
    expect(json.results[0]!.findings.map((f) => f.rule_id)).toContain("PY-DESER-001");
    expect(json.stats).toMatchObject({ errors: 0, warnings: 1, parse_errors: 1 });
    expect(r.stderr).toMatch(/py2\.py: warning: partly parsed/);
    expect(r.code).toBe(1);
    // Mostly unparsable: still an error, exit 2.
    const broken = join(tmp, "broken2.py");
    writeFileSync(broken, "def f(:\n    os.system(x +\n");
    const b = await cli("analyze", "--format", "json", broken);
    expect(JSON.parse(b.stdout).results[0].error).toMatch(/^syntax error: does not parse as python/);
    expect(b.code).toBe(2);
  });

  it("skips a minified bundle with a warning unless --include-minified", async () => {
    // One long line of 6 kB with a real finding in it: a build output, not source to fix.
    const body = Array.from({ length: 150 }, (_, i) => `var a${i}=function(b){return b+${i}};`).join("");
    const bundle = join(tmp, "bundle.js");
    writeFileSync(bundle, `${body}app.get("/x",function(q,r){eval(q.query.c)});\n`);
    const r = await cli("analyze", "--format", "json", bundle);
    const json = JSON.parse(r.stdout) as {
      results: { warning?: string; findings: { rule_id: string }[] }[];
      stats: Record<string, number>;
    };
    expect(json.results[0]!.warning).toMatch(/^minified: not analysed/);
    expect(json.results[0]!.findings).toEqual([]);
    expect(json.stats).toMatchObject({ errors: 0, warnings: 1 });
    expect(r.code).toBe(0);
    const all = await cli("analyze", "--format", "json", "--include-minified", bundle);
    const ids = (JSON.parse(all.stdout) as { results: { findings: { rule_id: string }[] }[] }).results[0]!
      .findings;
    expect(ids.map((f) => f.rule_id)).toContain("JS-CODE-001");
    expect(all.code).toBe(1);
  });

  it("exits 2 on usage and I/O errors", async () => {
    expect((await cli("analyze", "--min-severity", "severe", join(fixtures, "tree"))).code).toBe(2);
    expect((await cli("analyze", "--lang", "cobol", join(fixtures, "tree"))).code).toBe(2);
    expect((await cli("analyze", "--format", "xml", join(fixtures, "tree"))).code).toBe(2);
    const missing = await cli("analyze", "--format", "json", join(tmp, "does-not-exist.py"));
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout).results[0].error).toBe("file not found");
  });

  it("analyses markdown answers with --from-markdown, and --rules restricts the rule set", async () => {
    const md = join(tmp, "answer.md");
    writeFileSync(
      md,
      "## Answer\n```python\nimport os, random\nos.system('ls ' + input())\nt = random.random()\n```\n",
    );
    const r = await cli("analyze", "--from-markdown", "--format", "json", "--rules", "CWE-78", md);
    const f = JSON.parse(r.stdout).results[0].findings as { rule_id: string; line: number }[];
    expect(f.map((x) => [x.rule_id, x.line])).toEqual([["PY-CMDI-001", 4]]);
  });

  it("--context answer judges a file as a policy's answer (its test names lower nothing)", async () => {
    const py = join(tmp, "gamed.py");
    writeFileSync(
      py,
      "import pickle\nfrom flask import request\ndef test_load():\n    return pickle.loads(request.data)\n",
    );
    const severity = async (...flags: string[]) =>
      (
        JSON.parse((await cli("analyze", "--format", "json", "--jobs", "1", ...flags, py)).stdout).results[0]
          .findings as { severity: string }[]
      ).map((f) => f.severity);
    expect(await severity()).toEqual(["LOW"]);
    expect(await severity("--context", "answer")).toEqual(["CRITICAL"]);
    expect((await cli("analyze", "--context", "mine", py)).code).toBe(2);
  });

  it("writes SARIF 2.1.0 that validates against the official schema", async () => {
    const bad = join(tmp, "broken.py");
    writeFileSync(bad, Buffer.from([0xff, 0xfe, 0x00]));
    const r = await cli("analyze", "--format", "sarif", "--jobs", "1", join(fixtures, "tree"), bad);
    const sarif = JSON.parse(r.stdout) as {
      runs: { results: unknown[]; invocations: { toolExecutionNotifications: unknown[] }[] }[];
    };
    const schema = JSON.parse(readFileSync(join(fixtures, "sarif-2.1.0-rtm.5.json"), "utf8")) as object;
    // The schema's language-tag pattern is not valid under the u flag; the JSON Schema regex dialect allows it.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(validate({ version: "2.1.0", runs: [{ results: [] }] })).toBe(false); // the check can fail
    expect(sarif.runs[0]!.results).toHaveLength(2);
    expect(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
  });

  it("prints human text with location, rule and fix", async () => {
    const r = await cli("analyze", join(fixtures, "tree/app.py"));
    expect(r.stdout).toMatch(/app\.py:6:5: HIGH PY-CMDI-001 \[CWE-78\]/);
    expect(r.stdout).toContain("fix: ");
  });
});

describe("purpcode rules", () => {
  it("lists the catalog as table, JSON and Markdown", async () => {
    const table = await cli("rules", "list");
    expect(table.stdout.split("\n")[0]).toMatch(/^ID\s+CWE\s+SEVERITY\s+LANGUAGES\s+TITLE/);
    const json = JSON.parse((await cli("rules", "list", "--format", "json")).stdout) as {
      id: string;
      docs: object;
    }[];
    expect(json.length).toBeGreaterThan(60);
    expect(json.find((r) => r.id === "PY-SQLI-001")!.docs).toHaveProperty("example_good");
    const md = (await cli("rules", "list", "--format", "markdown")).stdout;
    expect(md.split("\n")[1]).toBe("|---|---|---|---|---|");
  });

  it("shows one rule's docs and rejects unknown ids", async () => {
    const show = await cli("rules", "show", "py-cmdi-002");
    expect(show.stdout).toContain("What it does");
    expect(show.stdout).toContain("Use instead");
    const missing = await cli("rules", "show", "PY-NOPE-001");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("unknown rule");
  });
});
