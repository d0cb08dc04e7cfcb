import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

const flagged = (rule: string, body: string) =>
  analyzeSync(
    "import requests\nfrom flask import Flask, request, redirect\napp = Flask(__name__)\n@app.route('/x')\ndef v():\n    p = request.args.get('a', '')\n" +
      body,
    { language: "python", rules: [rule] },
  ).findings.length > 0;

describe("PY-REDIR-001 / fixedOrigin: str.join over a literal", () => {
  it("takes the literal items before the request's item as the URL's head", () => {
    const go = (expr: string) => flagged("PY-REDIR-001", `    return redirect(${expr})\n`);
    expect(go("''.join(['/welcome/', p])")).toBe(false);
    expect(go("'/'.join(['', 'welcome', p])")).toBe(false);
    expect(go("''.join((p, '/welcome'))")).toBe(true);
    // "/" then the request's text: "//evil.example" is protocol-relative.
    expect(go("''.join(['/', p])")).toBe(true);
    expect(go("'/'.join(['', p])")).toBe(true);
    // A list written after it is made holds what the writes put there.
    expect(
      flagged(
        "PY-REDIR-001",
        "    parts = ['/welcome/']\n    parts.insert(0, p)\n    return redirect(''.join(parts))\n",
      ),
    ).toBe(true);
    expect(
      flagged("PY-REDIR-001", "    parts = ['/welcome/', p]\n    return redirect(''.join(parts))\n"),
    ).toBe(false);
  });
  it("fixes the host of a server-side request the same way", () => {
    expect(flagged("PY-SSRF-001", "    requests.get(''.join(['https://api.example.com/', p]))\n")).toBe(
      false,
    );
    expect(flagged("PY-SSRF-001", "    requests.get(''.join(['https://', p]))\n")).toBe(true);
  });
});
