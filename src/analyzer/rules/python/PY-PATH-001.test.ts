import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const sev = (code: string, context: "repository" | "answer" = "repository") =>
  analyzeSync(code, { language: "python", rules: ["PY-PATH-001"], context }).findings.map((f) => f.severity);

describe("PY-PATH-001: a command-line program opening the file its invoker names", () => {
  const script =
    "import sys\n\ndef main():\n    for name in sys.argv[1:]:\n        with open(name) as f:\n            print(f.read())\n\nif __name__ == '__main__':\n    main()\n";
  it("is LOW in repository mode", () => {
    expect(sev(script)).toEqual(["LOW"]);
  });
  it("stays HIGH in answer mode, where the script is the answer's own text", () => {
    expect(sev(script, "answer")).toEqual(["HIGH"]);
  });
  it("stays HIGH where the file also serves requests or reads a socket", () => {
    expect(
      sev("import sys\nfrom flask import Flask, request\napp = Flask(__name__)\nopen(sys.argv[1])\n"),
    ).toEqual(["HIGH"]);
    expect(
      sev("import socket, sys\ns = socket.socket()\nname = s.recv(64).decode()\nopen(sys.argv[1])\n"),
    ).toEqual(["HIGH"]);
  });
});
