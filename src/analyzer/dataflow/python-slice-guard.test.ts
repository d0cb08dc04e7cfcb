import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const cmdi = (code: string) =>
  analyzeSync(code, { language: "python", rules: ["PY-CMDI-001"] })
    .findings.filter((f) => f.severity !== "LOW")
    .map((f) => f.line);

const HEAD = "import os\nfrom flask import request\nALLOWED = ['/cgi-bin', '/htbin']\n";

describe("a membership test of a slice guards that slice, not the rest of the value", () => {
  it("an if test of the head leaves the tail the sink takes untested", () => {
    const src = `${HEAD}def f():\n    p = request.args['p']\n    i = p.find('/', 1)\n    if p[:i] in ALLOWED:\n        os.system(p[i + 1:])\n`;
    expect(cmdi(src)).toEqual([8]);
    // The whole value tested: allow-listed.
    expect(cmdi(src.replace("p[:i] in ALLOWED", "p in ALLOWED"))).toEqual([]);
  });

  it("so does a while loop run out on it (http.server's CGI directory search)", () => {
    const src = `${HEAD}def f():\n    p = request.args['p']\n    i = p.find('/', 1)\n    while i > 0 and not p[:i] in ALLOWED:\n        i = p.find('/', i + 1)\n    if i > 0:\n        os.system(p[i + 1:])\n`;
    expect(cmdi(src)).toEqual([10]);
  });

  it("a suffix tested against literals covers the same or a shorter suffix", () => {
    const hdr = (code: string) =>
      analyzeSync(code, { language: "python", rules: ["PY-HDR-001"] })
        .findings.filter((f) => f.severity !== "LOW")
        .map((f) => f.line);
    const src =
      "import bottle\n@bottle.route('/s/<path>')\ndef s(path):\n    if path[-4:].lower() in ('.png', '.gif'):\n        bottle.response.headers['Content-Type'] = f'image/{path[-3:].lower()}'\n    return bottle.static_file(path, root='static')\n";
    expect(hdr(src)).toEqual([]);
    expect(hdr(src.replace("{path[-3:].lower()}", "{path[:-4]}"))).toEqual([5]);
  });
});
