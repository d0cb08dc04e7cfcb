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
  it("is LOW in answer mode too once a setuid program has set its uids back to the invoker's before the open", () => {
    const helper = (drop: string) =>
      `import os, sys\n\ndef main(path):\n${drop}    with open(path, 'rb') as fh:\n        return fh.read()\n\nif __name__ == '__main__':\n    main(sys.argv[1])\n`;
    expect(sev(helper("    os.setresuid(os.getuid(), os.getuid(), os.getuid())\n"), "answer")).toEqual([
      "LOW",
    ]);
    expect(sev(helper("    os.setuid(os.getuid())\n"), "answer")).toEqual(["LOW"]);
    expect(sev(helper(""), "answer")).toEqual(["HIGH"]);
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
