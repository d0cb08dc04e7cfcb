import { beforeAll, describe, expect, it } from "vitest";
import { analyze, analyzeMarkdown, analyzeSync } from "./engine.js";
import { loadGrammars } from "./parse/index.js";
import { selectRules } from "./registry.js";

beforeAll(async () => {
  await loadGrammars();
});

describe("analyze", () => {
  it("parses TypeScript with JSX through the TSX grammar, and keeps <T>x casts on the TypeScript one", () => {
    const tsx =
      "interface P { html: string }\nexport function C(p: P): JSX.Element {\n  return <div dangerouslySetInnerHTML={{ __html: p.html }} />;\n}\nexport const run = (s: string) => eval(s);\n";
    const a = analyzeSync(tsx, { language: "typescript" });
    expect(a.parseError).toBe(false);
    expect(a.findings.map((f) => `${f.rule_id}@${f.line}`)).toEqual(["JS-XSS-001@3", "JS-CODE-001@5"]);
    const cast = analyzeSync("const x = <any>y;\neval(location.hash);\n", { language: "typescript" });
    expect(cast.parseError).toBe(false);
    expect(cast.findings.map((f) => f.rule_id)).toEqual(["JS-CODE-001"]);
  });

  it("returns findings with the documented shape and 1-based positions", async () => {
    const findings = await analyze("import os\n\ndef f(user):\n    os.system('finger ' + user)\n", {
      language: "python",
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toEqual({
      rule_id: "PY-CMDI-001",
      cwe: ["CWE-78"],
      severity: "HIGH",
      message: expect.stringContaining("os.system"),
      line: 4,
      column: 5,
      end_line: 4,
      snippet: "os.system('finger ' + user)",
      fix_hint: expect.stringContaining("subprocess"),
    });
  });

  it("does not flag the safe variants of the injection classes", () => {
    const safe = [
      "import subprocess\ndef f(p):\n    subprocess.run(['ls', p], check=True)",
      "import subprocess, shlex\ndef f(p):\n    subprocess.run('ls ' + shlex.quote(p), shell=True)",
      "def f(cur, n):\n    cur.execute('SELECT * FROM t WHERE n = %s', (n,))",
      "import defusedxml.ElementTree as ET\nfrom flask import request\ndef f():\n    return ET.fromstring(request.data)",
      "import os\nBASE = '/srv'\ndef f(n):\n    p = os.path.realpath(os.path.join(BASE, n))\n    if os.path.commonpath([BASE, p]) != BASE:\n        raise ValueError(n)\n    return open(p).read()",
      "import os\nALLOWED = {'a', 'b'}\ndef f(n):\n    if n not in ALLOWED:\n        raise ValueError(n)\n    os.system('run ' + n)",
      "import hashlib\nh = hashlib.md5(data, usedforsecurity=False).hexdigest()",
      "import yaml\ncfg = yaml.safe_load(open('c.yml').read())",
    ];
    for (const code of safe) {
      const medium = analyzeSync(code, { language: "python" }).findings.filter((f) => f.severity !== "LOW");
      expect(medium, code).toEqual([]);
    }
  });

  it("follows values through a local helper function (simple inter-procedural flow)", () => {
    const code =
      "import os\ndef build(name):\n    return 'tar czf out.tgz ' + name\ndef run(user):\n    os.system(build(user))\n";
    const safe =
      "import os\ndef build():\n    return 'tar czf out.tgz /data'\ndef run():\n    os.system(build())\n";
    expect(analyzeSync(code, { language: "python" }).findings.map((f) => f.rule_id)).toContain("PY-CMDI-001");
    expect(analyzeSync(safe, { language: "python" }).findings).toEqual([]);
  });

  it("treats Flask route parameters and request fields as untrusted", () => {
    const code =
      "from flask import Flask, request, redirect\napp = Flask(__name__)\n@app.route('/go/<path:target>')\ndef go(target):\n    return redirect(target)\n";
    expect(analyzeSync(code, { language: "python" }).findings.map((f) => f.rule_id)).toEqual([
      "PY-REDIR-001",
    ]);
  });

  it("honours inline suppressions by id, bare, and on the previous line", () => {
    const code = [
      "import os",
      "def f(a):",
      "    os.system(a)  # purpcode: ignore[PY-CMDI-001]",
      "    os.system(a)  # purpcode: ignore[PY-OTHER-001]",
      "    # purpcode: ignore",
      "    os.system(a)",
    ].join("\n");
    expect(analyzeSync(code, { language: "python" }).findings.map((f) => f.line)).toEqual([4]);
    const js = "function f(s) {\n  return eval(s); // purpcode: ignore[JS-CODE-001]\n}";
    expect(analyzeSync(js, { language: "javascript" }).findings).toEqual([]);
  });

  it("filters by minimum severity and selects rules by id or CWE", () => {
    const code = "import random, hashlib\nx = random.random()\nh = hashlib.md5(b'x')\n";
    expect(analyzeSync(code, { language: "python" }).findings.map((f) => f.severity)).toEqual([
      "LOW",
      "MEDIUM",
    ]);
    expect(
      analyzeSync(code, { language: "python", minSeverity: "MEDIUM" }).findings.map((f) => f.rule_id),
    ).toEqual(["PY-HASH-001"]);
    expect(
      analyzeSync(code, { language: "python", rules: ["CWE-338"] }).findings.map((f) => f.rule_id),
    ).toEqual(["PY-RAND-001"]);
    expect(
      analyzeSync(code, { language: "python", disable: ["PY-HASH-001"] }).findings.map((f) => f.rule_id),
    ).toEqual(["PY-RAND-001"]);
    // A rule stays selected when its rule severity or one of its documented variants reaches the floor
    // (PY-UNCHECKED-001 is LOW, HIGH when the dropped value is a signature or password verdict).
    const high = selectRules({ ruleMinSeverity: "HIGH", language: "python" });
    const reaches = (r: (typeof high)[number]) =>
      [r.meta.severity, ...(r.meta.severity_variants ?? []).map((v) => v.severity)].some(
        (s) => s === "HIGH" || s === "CRITICAL",
      );
    expect(high.every(reaches)).toBe(true);
    expect(high.map((r) => r.meta.id)).not.toContain("PY-ASSERT-001");
    expect(high.map((r) => r.meta.id)).toContain("PY-UNCHECKED-001");
  });

  it("analyses what parses in a broken fragment and keeps line numbers", () => {
    const fragment = "        return x\n    print 'py2'\nimport pickle\ndata = pickle.loads(blob)\n";
    const findings = analyzeSync(fragment, { language: "python" }).findings;
    expect(findings.map((f) => [f.rule_id, f.line])).toContainEqual(["PY-DESER-001", 4]);
    const insideDocstring =
      '    the end of a docstring\n    """\n    import hashlib\n    return hashlib.sha1(x).hexdigest()\n';
    expect(
      analyzeSync(insideDocstring, { language: "python" }).findings.map((f) => [f.rule_id, f.line]),
    ).toEqual([["PY-HASH-001", 4]]);
  });

  it("repairs a Python fragment cut off inside a call, or starting and stopping inside docstrings", () => {
    const at = (code: string) =>
      analyzeSync(code, { language: "python", rules: ["PY-CODE-001"] }).findings.map((f) => [
        f.line,
        f.column,
      ]);
    // Stops inside a multi-line exec(: the open bracket is closed; the line and column stay the caller's.
    const cut =
      "    def serve(self, conn):\n        code = conn.recv(4096)\n        exec(\n            code,\n";
    expect(at(cut)).toEqual([[3, 9]]);
    expect(at(cut.replace("exec(", "print("))).toEqual([]);
    // The first docstring's closing quotes come first and the last opens another one: both ends are repaired.
    const docs =
      '    >>> f("x")\n\n    """\n    fn = eval("mod.%s" % name)\n    return fn\n\n\ndef g():\n    """\n    Doc.\n';
    expect(at(docs)).toEqual([[4, 10]]);
    expect(at(docs.replace('eval("mod.%s" % name)', "getattr(mod, name)"))).toEqual([]);
  });

  it("reads Python 2's exec statement with an expression as the call Python 3 has", () => {
    const at = (code: string) =>
      analyzeSync(code, { language: "python", rules: ["PY-CODE-001"] }).findings.map((f) => [
        f.line,
        f.column,
      ]);
    // The whole file parses once rewritten; the line and column stay the caller's.
    const handler =
      "class H(webapp2.RequestHandler):\n    def post(self):\n        ns = {}\n        exec self.request.body in ns\n";
    expect(at(handler)).toEqual([[4, 9]]);
    expect(at(handler.replace("self.request.body", "'x = 1'"))).toEqual([]);
    // A neighbour that stays broken: the line is recovered on its own.
    expect(at("def run(self):\n    exec self.request.body in ns\n    x = (\n")).toEqual([[2, 5]]);
  });

  it("analyses TypeScript with the JavaScript rules", () => {
    const ts =
      "import { exec } from 'child_process';\nexport function run(dir: string): void {\n  exec(`ls ${dir}`);\n}\n";
    expect(analyzeSync(ts, { language: "typescript" }).findings.map((f) => f.rule_id)).toEqual([
      "JS-CMDI-001",
    ]);
  });
});

describe("analyzeMarkdown", () => {
  it("analyses every block and maps lines into the answer", async () => {
    const answer =
      "## Analysis\nok\n## Answer\n```python\nimport pickle\nx = pickle.loads(data)\n```\n```\nconst t = Math.random().toString(36); // token\nconst token = t;\n```\n```ruby\nputs 1\n```\n";
    const md = await analyzeMarkdown(answer);
    expect(md.blocks.map((b) => [b.language, b.error])).toEqual([
      ["python", undefined],
      ["javascript", undefined],
      [undefined, "unknown language"],
    ]);
    expect(md.findings.map((f) => [f.rule_id, f.line])).toEqual([
      ["PY-DESER-001", 6],
      ["JS-RAND-001", 9],
    ]);
  });
});
