import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "./engine.js";
import { loadGrammars } from "./parse/index.js";
import type { Language } from "./types.js";

beforeAll(async () => {
  await loadGrammars();
});

const cweAt = (code: string, language: Language, rule: string) =>
  analyzeSync(code, { language, rules: [rule] }).findings.map((f) => [f.line, f.cwe]);

const FLASK =
  "from flask import Flask, make_response\napp = Flask(__name__)\n@app.route('/l')\ndef l():\n    r = make_response('x')\n";

describe("a finding names the weaknesses its occurrence is, out of its rule's list", () => {
  it("Python cookies: without Secure is CWE-614, without HttpOnly CWE-1004, without both each", () => {
    const code = (flags: string) => `${FLASK}    r.set_cookie('sid', sid(), ${flags})\n    return r\n`;
    expect(cweAt(code("secure=True"), "python", "PY-COOKIE-001")).toEqual([[6, ["CWE-1004"]]]);
    expect(cweAt(code("httponly=True"), "python", "PY-COOKIE-001")).toEqual([[6, ["CWE-614"]]]);
    expect(cweAt(code("samesite='Lax'"), "python", "PY-COOKIE-001")).toEqual([[6, ["CWE-614", "CWE-1004"]]]);
    expect(cweAt(code("secure=True, httponly=True"), "python", "PY-COOKIE-001")).toEqual([]);
    // Settings and raw headers name the flag too.
    expect(cweAt("SESSION_COOKIE_HTTPONLY = False\n", "python", "PY-COOKIE-001")).toEqual([
      [1, ["CWE-1004"]],
    ]);
    expect(cweAt("SESSION_COOKIE_SECURE = False\n", "python", "PY-COOKIE-001")).toEqual([[1, ["CWE-614"]]]);
    const header = (attrs: string) =>
      `def app(environ, start_response):\n    start_response('200 OK', [('Set-Cookie', 'sid=%s; Path=/${attrs}' % new_sid())])\n`;
    expect(cweAt(header("; Secure"), "python", "PY-COOKIE-001")).toEqual([[2, ["CWE-1004"]]]);
    expect(cweAt(header("; HttpOnly"), "python", "PY-COOKIE-001")).toEqual([[2, ["CWE-614"]]]);
    expect(cweAt(header(""), "python", "PY-COOKIE-001")).toEqual([[2, ["CWE-614", "CWE-1004"]]]);
  });

  it("JS code: a search cluster's script from the request is also query logic (CWE-943), eval is not", () => {
    const es =
      "const { Client } = require('@elastic/elasticsearch');\nconst es = new Client({ node: 'http://es:9200' });\n" +
      "app.post('/r', async (req, res) => res.json(await es.updateByQuery({ index: 'p', script: { source: req.body.s } })));\n" +
      "app.post('/e', (req, res) => res.json(eval(req.body.e)));\n";
    expect(cweAt(es, "javascript", "JS-CODE-001")).toEqual([
      [3, ["CWE-94", "CWE-943"]],
      [4, ["CWE-94", "CWE-95"]],
    ]);
  });

  it("JS cookies: the flag the finding names decides its CWE", () => {
    const express = (opts: string) =>
      `const express = require('express');\nconst app = express();\napp.post('/l', (req, res) => {\n  res.cookie('sid', req.sessionID, ${opts});\n  res.end();\n});\n`;
    expect(cweAt(express("{ secure: true, httpOnly: false }"), "javascript", "JS-COOKIE-001")).toEqual([
      [4, ["CWE-1004"]],
    ]);
    expect(cweAt(express("{ secure: false, httpOnly: true }"), "javascript", "JS-COOKIE-001")).toEqual([
      [4, ["CWE-614"]],
    ]);
  });
});
