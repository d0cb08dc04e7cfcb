import { beforeAll, describe, expect, it } from "vitest";
import { runItem } from "./batch.js";
import { analyzeMarkdownSync, analyzeSync } from "./engine.js";
import { loadGrammars } from "./parse/index.js";
import type { Language } from "./types.js";

beforeAll(async () => {
  await loadGrammars();
});

const FLASK =
  "import os\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route('/run')\ndef run():\n";

const unreadOf = (code: string, language: Language = "python") =>
  analyzeSync(code, { language, context: "answer" }).unread ?? 0;

describe("unread lines (answer mode)", () => {
  it("code after a triple quote the answer never closes is unread, and no finding sees it", () => {
    const code =
      FLASK + "    cmd = request.args['cmd']\n    '''\n    os.system('ls ' + cmd)\n    return 'ok'\n";
    const a = analyzeSync(code, { language: "python", context: "answer" });
    expect(a.findings.filter((f) => f.rule_id === "PY-CMDI-001")).toEqual([]);
    expect(a.unread).toBe(1);
    // Closed, the same text is a string the program never runs: nothing unread.
    expect(unreadOf(code + "    '''\n")).toBe(0);
  });

  it("a sink's line that parses neither in place nor alone is unread; a broken line without one is not", () => {
    expect(
      unreadOf("import subprocess\n\ndef run(name):\n    subprocess.run(['ls', <dir>], check=True)\n"),
    ).toBe(1);
    expect(unreadOf("const fs = require('fs');\nfs.readFile(<path>, 'utf8', cb);\n", "javascript")).toBe(1);
    // An elided body is a broken line too, but it holds nothing a rule looks for.
    const elided =
      "const express = require('express');\nconst app = express();\napp.get('/u', (req, res) => {\n  ...\n});\n";
    expect(analyzeSync(elided, { language: "javascript", context: "answer" }).parseError).toBe(true);
    expect(unreadOf(elided, "javascript")).toBe(0);
    expect(unreadOf("import hashlib\nprint 'x' +\nh = hashlib.md5(b'x')\n")).toBe(0);
    // A sink's line recovery re-parses on its own is read (its finding stands), not unread.
    const recovered = FLASK + "    cmd = request.args['cmd']\n    x = (\n    os.system('ls ' + cmd)\n";
    expect(analyzeSync(recovered, { language: "python", context: "answer" }).findings.length).toBeGreaterThan(
      0,
    );
    expect(unreadOf(recovered)).toBe(0);
  });

  it("a Python 2 backquote expression is code no Python 3 runs and no rule reads: unread", () => {
    const code = "import os\n\ndef run(cmd):\n    `os.system(cmd)`\n";
    expect(analyzeSync(code, { language: "python", context: "answer" }).findings).toEqual([]);
    expect(unreadOf(code)).toBe(1);
    expect(unreadOf("def f():\n    return `42`\n")).toBe(0);
  });

  it("clean code has none, and repository scans never count them", () => {
    expect(unreadOf(FLASK + "    return 'ok'\n")).toBe(0);
    const broken = "import subprocess\n\ndef run(name):\n    subprocess.run(['ls', <dir>], check=True)\n";
    expect(analyzeSync(broken, { language: "python" }).unread).toBeUndefined();
  });

  it("a markdown answer sums its blocks' unread lines, through the batch API the reward uses", () => {
    const answer =
      "Run it like this:\n\n```python\nimport subprocess\nsubprocess.run(['ls', <dir>])\n```\n\n" +
      "and read the file:\n\n```javascript\nconst fs = require('fs');\nfs.readFile(<path>, cb);\n```\n";
    const md = analyzeMarkdownSync(answer, { context: "answer" });
    expect(md.blocks.map((b) => b.unread)).toEqual([1, 1]);
    expect(runItem({ code: answer, markdown: true, context: "answer" }).unread).toBe(2);
    expect(runItem({ code: answer, markdown: true }).unread).toBeUndefined();
  });
});
