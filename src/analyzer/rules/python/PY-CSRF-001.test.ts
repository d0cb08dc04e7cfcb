import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

const severities = (code: string, answer: boolean) =>
  analyzeSync(code, {
    language: "python",
    rules: ["PY-CSRF-001"],
    ...(answer ? { context: "answer" as const } : {}),
  }).findings.map((f) => f.severity);

describe("PY-CSRF-001: CSRF turned off beside TESTING=True", () => {
  const code =
    "from flask import Flask\napp = Flask(__name__)\napp.config.update(TESTING=True, WTF_CSRF_ENABLED=False)\n";
  it("is a LOW reminder in a repository's test configuration", () => {
    expect(severities(code, false)).toEqual(["LOW"]);
  });
  it("stays MEDIUM in an answer, where TESTING=True is the author's own lever", () => {
    expect(severities(code, true)).toEqual(["MEDIUM"]);
  });
});
