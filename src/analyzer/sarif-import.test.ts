import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../cli/main.js";
import { cwesOf, mergeImported, parseSarif } from "./sarif-import.js";
import type { Finding } from "./types.js";

const dir = join(process.cwd(), "test/fixtures/analyzer/sarif");
const read = (name: string) => parseSarif(readFileSync(join(dir, name), "utf8"), name);
const tmp = mkdtempSync(join(tmpdir(), "purpcode-sarif-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("parseSarif", () => {
  it("maps CodeQL results through extension rules, cwe tags and security-severity", () => {
    const [cmd, crypto] = read("codeql.sarif");
    expect(cmd).toMatchObject({
      path: "src/Main.java",
      tool: "CodeQL",
      finding: {
        rule_id: "CodeQL/java/command-line-injection",
        cwe: ["CWE-78", "CWE-88"],
        severity: "CRITICAL",
        line: 12,
        column: 5,
      },
    });
    expect(crypto!.finding).toMatchObject({ cwe: ["CWE-327"], severity: "HIGH", line: 20, end_line: 20 });
  });

  it("reads Semgrep's 'CWE-89: ...' tags, level and snippet", () => {
    const [f] = read("semgrep.sarif");
    expect(f!.finding).toMatchObject({
      cwe: ["CWE-89"],
      severity: "MEDIUM",
      line: 3,
      fix_hint: "Use parameterized queries.",
    });
    expect(f!.finding.snippet).toContain("cur.execute");
  });

  it("reads Bandit's issue_severity, cwe property and taxa; file URIs become paths", () => {
    const [md5, shell] = read("bandit.sarif");
    expect(md5).toMatchObject({
      path: "/work/app.py",
      finding: { rule_id: "Bandit/B324", cwe: ["CWE-327"], severity: "HIGH" },
    });
    expect(shell!.finding.cwe).toEqual(["CWE-78"]);
  });

  it("rejects what is not SARIF, naming the file and the part", () => {
    expect(() => parseSarif("{", "x.sarif")).toThrow(/x\.sarif: not valid JSON/);
    expect(() => parseSarif("{}", "x.sarif")).toThrow(/no 'runs' array/);
    expect(() => parseSarif('{"runs":[{"tool":{"driver":{"name":"t"}},"results":[{}]}]}', "y.sarif")).toThrow(
      /y\.sarif: runs\[0\]\.results\[0\]: no ruleId/,
    );
  });

  it("finds CWE ids in relationships and plain ids", () => {
    expect(cwesOf({ relationships: [{ target: { id: "22", toolComponent: { name: "CWE" } } }] })).toEqual([
      "CWE-22",
    ]);
    expect(cwesOf({ properties: { cwe: ["CWE-079", 89] } })).toEqual(["CWE-79", "CWE-89"]);
  });
});

describe("mergeImported", () => {
  it("adds findings to the matching file, appends unknown files, honours the severity floor", () => {
    const ours: Finding = {
      rule_id: "PY-SQLI-001",
      cwe: ["CWE-89"],
      severity: "HIGH",
      message: "m",
      line: 3,
      column: 1,
      end_line: 3,
      snippet: "",
      fix_hint: "",
    };
    const reports = [{ path: "app.py", language: "python", findings: [ours] }];
    mergeImported(reports, [...read("semgrep.sarif"), ...read("bandit.sarif")], "LOW");
    expect(reports[0]!.findings.map((f) => f.rule_id)).toEqual([
      "PY-SQLI-001",
      "Semgrep OSS/python.lang.security.audit.formatted-sql-query.formatted-sql-query",
    ]);
    expect(reports[1]!.path).toBe("/work/app.py");
    const high = [{ path: "app.py", language: "python", findings: [] as Finding[] }];
    mergeImported(high, read("semgrep.sarif"), "HIGH");
    expect(high[0]!.findings).toEqual([]);
  });
});

describe("purpcode analyze --import-sarif", () => {
  it("merges SARIF findings with its own into JSON output", async () => {
    const code = join(tmp, "app.py");
    writeFileSync(code, "import os\n\ndef run(cmd):\n    os.system(cmd)\n");
    const sarif = join(tmp, "ext.sarif");
    writeFileSync(
      sarif,
      JSON.stringify({
        version: "2.1.0",
        runs: [
          {
            tool: {
              driver: { name: "Ext", rules: [{ id: "E1", properties: { tags: ["external/cwe/cwe-78"] } }] },
            },
            results: [
              {
                ruleId: "E1",
                level: "error",
                message: { text: "shell" },
                locations: [
                  { physicalLocation: { artifactLocation: { uri: code }, region: { startLine: 4 } } },
                ],
              },
            ],
          },
        ],
      }),
    );
    const out: string[] = [];
    const ow = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stdout.write;
    let exit: number;
    try {
      exit = await main([
        "node",
        "purpcode",
        "-q",
        "analyze",
        "--format",
        "json",
        "--import-sarif",
        sarif,
        "--",
        code,
      ]);
    } finally {
      process.stdout.write = ow;
      process.exitCode = undefined;
    }
    expect(exit).toBe(1);
    const json = JSON.parse(out.join("")) as { results: { path: string; findings: Finding[] }[] };
    const ids = json.results[0]!.findings.map((f) => f.rule_id);
    expect(ids).toContain("Ext/E1");
    expect(ids.some((id) => id.startsWith("PY-"))).toBe(true);
  });

  it("exits 2 naming the file when a SARIF file is missing", async () => {
    const err: string[] = [];
    const ew = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write;
    try {
      const exit = await main(["node", "purpcode", "analyze", "--import-sarif", join(tmp, "none.sarif")]);
      expect(exit).toBe(2);
    } finally {
      process.stderr.write = ew;
      process.exitCode = undefined;
    }
    expect(err.join("")).toContain("none.sarif");
  });
});
