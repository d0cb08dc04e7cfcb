import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

/** MEDIUM+ findings' lines. */
const lines = (code: string) =>
  analyzeSync("const cp = require('child_process');\nconst { execa } = require('execa');\n" + code, {
    language: "javascript",
    rules: ["JS-CMDI-001"],
  })
    .findings.filter((f) => f.severity !== "LOW")
    .map((f) => f.line);

describe("JS-CMDI-001: a program the environment names", () => {
  it("takes process.env.X || 'default' as the program for the operator's choice, a request's for the client's", () => {
    expect(lines("exports.py = () => execa(process.env.PYTHON || 'python', ['v.py']);\n")).toEqual([]);
    expect(
      lines(
        "const shell = process.env.ComSpec ?? 'cmd.exe';\nexports.r = () => cp.spawnSync(shell, ['/d']);\n",
      ),
    ).toEqual([]);
    expect(
      lines(
        "require('express')().get('/r', (req, res) => res.json(cp.spawnSync(req.query.p || 'ls', [])));\n",
      ),
    ).toEqual([3]);
    // A whole command line the environment sets, with a literal fallback.
    expect(
      lines("exports.b = () => cp.execSync(process.env.BACKUP_CMD ?? 'tar czf /tmp/b.tgz /srv');\n"),
    ).toEqual([]);
    expect(
      lines("exports.b = (d) => cp.execSync((process.env.BACKUP_CMD ?? 'tar czf') + ' ' + d);\n"),
    ).toEqual([3]);
    // A tool under the directory the environment names, the rest of its path fixed.
    expect(
      lines(
        "const path = require('path');\nexports.q = (k) => cp.execFileSync(path.join(process.env.SystemRoot || 'C:\\\\Windows', 'System32', 'reg.exe'), ['query', k]);\n",
      ),
    ).toEqual([]);
    expect(
      lines(
        "const path = require('path');\nrequire('express')().get('/r', (req, res) => res.send(cp.execFileSync(path.join(process.env.ROOT || '/opt', req.query.t), [])));\n",
      ),
    ).toEqual([4]);
  });
});

describe("JS-CMDI-001: a command-line tool's own options", () => {
  const sev = (code: string, context: "repository" | "answer" = "repository") =>
    analyzeSync(code, { language: "javascript", rules: ["JS-CMDI-001"], context }).findings.map(
      (f) => f.severity,
    );
  const cli =
    "#!/usr/bin/env node\nconst { execSync } = require('child_process');\nconst [, , target] = process.argv;\nexecSync('make ' + target);\n";
  const yargs =
    "const { execSync } = require('child_process');\nexports.builder = (y) => y.option('script', { default: 'start' });\nexports.handler = (argv) => execSync(`npm run ${argv.script}`);\n";
  it("lowers a shell command from argv or a yargs handler's options to LOW in repository mode", () => {
    expect(sev(cli)).toEqual(["LOW"]);
    expect(sev(yargs)).toEqual(["LOW"]);
  });
  it("keeps it in answer mode, where the signs are the answer's own text", () => {
    expect(sev(cli, "answer")).toEqual(["CRITICAL"]);
    expect(sev(yargs, "answer")).toEqual(["HIGH"]);
  });
  it("keeps it where the file reads network input too", () => {
    expect(
      sev(cli + "require('http').createServer((q, s) => execSync('ls ' + q.url)).listen(8080);\n"),
    ).not.toContain("LOW");
    expect(
      sev("const { execSync } = require('child_process');\nexports.run = (c) => execSync(c);\n"),
    ).toEqual(["HIGH"]);
  });
});

describe("JS-CMDI-001: a command-line tool that also fetches", () => {
  it("keeps the level where the file reads from the network (an https.get response may reach the shell)", () => {
    const code =
      "#!/usr/bin/env node\nconst https = require('https');\nconst { execSync } = require('child_process');\nhttps.get(process.argv[2], (r) => r.on('end', () => execSync('sh ' + process.argv[3])));\n";
    expect(
      analyzeSync(code, { language: "javascript", rules: ["JS-CMDI-001"] }).findings.map((f) => f.severity),
    ).not.toContain("LOW");
  });
  it("takes Bun's raw shell text made of $.escape'd words for quoted, raw text of a parameter stays", () => {
    const code = [
      "const { $ } = require('bun');",
      "async function run(script, args) {",
      "  const escaped = [script, ...args].map((a) => $.escape(a)).join(' ');",
      "  return await $`/bin/sh ${{ raw: escaped }}`;",
      "}",
      "async function bad(p) { return await $`/bin/sh ${{ raw: p }}`; }",
    ].join("\n");
    expect(lines(code)).toEqual([8]);
  });
});

describe("JS-CMDI-001: a process id", () => {
  it("takes a child's or a caller's process object's pid for a number, the request's own pid field for the client's", () => {
    expect(
      lines(
        [
          "class Browser {",
          "  #proc;",
          "  start(exe) { this.#proc = cp.spawn(exe, []); }",
          "  kill() { cp.execSync(`taskkill /pid ${this.#proc.pid} /T /F`); }",
          "}",
          "exports.stopAll = (workers) => workers.forEach((w) => cp.exec('kill -9 ' + w.pid));",
          "exports.Browser = Browser;",
        ].join("\n") + "\n",
      ),
    ).toEqual([]);
    expect(
      lines("require('express')().post('/k', (req, res) => cp.exec(`taskkill /pid ${req.body.pid} /F`));\n"),
    ).toEqual([3]);
    // A caller's whole command still counts.
    expect(lines("exports.run = (job) => cp.exec(job.cmd + ' ' + job.pid);\n")).toEqual([3]);
  });
});

describe("JS-CMDI-001: a parsed version's numbers", () => {
  it("takes a version object's major/minor/patch for numbers, the request's own version fields for the client's", () => {
    expect(
      lines(
        [
          "const branchOf = (version) => `release/${version.major}.${version.minor}.0-rc`;",
          "exports.cut = (version) => {",
          "  cp.execSync(`git checkout -b ${branchOf(version)}`);",
          "  cp.execSync(`git tag v${version.major + 1}.0.0`);",
          "};",
        ].join("\n") + "\n",
      ),
    ).toEqual([]);
    expect(
      lines(
        "require('express')().post('/t', (req, res) => cp.exec(`git tag v${req.body.version.major}`));\n",
      ),
    ).toEqual([3]);
    // Another object's fields, and a version's free-text field, stay the caller's.
    expect(lines("exports.t = (opts, version) => cp.exec(`x ${opts.major} ${version.raw}`);\n")).toEqual([3]);
  });
});
