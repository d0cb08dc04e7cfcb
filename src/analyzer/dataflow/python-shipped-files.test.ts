import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

const ssti = (code: string) =>
  analyzeSync("import os, pathlib\nimport jinja2\nHERE = os.path.dirname(__file__)\n" + code, {
    language: "python",
    rules: ["PY-SSTI-001"],
  }).findings.filter((f) => f.severity !== "LOW").length > 0;

describe("files the package ships (Python data flow)", () => {
  it("reads a template file opened at a literal or __file__-relative path as the program's own source", () => {
    expect(
      ssti("def f(**c):\n    return jinja2.Template(open('templates/mail.txt').read()).render(**c)\n"),
    ).toBe(false);
    expect(
      ssti(
        "def f(**c):\n    with open(os.path.join(HERE, 'templates', 'mail.txt')) as fh:\n        return jinja2.Template(fh.read()).render(**c)\n",
      ),
    ).toBe(false);
    expect(
      ssti(
        "BASE = pathlib.Path(__file__).parent / 'templates'\ndef f(**c):\n    with open(BASE / 'mail.txt') as fh:\n        return jinja2.Template(fh.read()).render(**c)\n",
      ),
    ).toBe(false);
    // A caller's path, a name joined in, or a shared temp directory: still input.
    expect(
      ssti("def f(path):\n    with open(path) as fh:\n        return jinja2.Template(fh.read()).render()\n"),
    ).toBe(true);
    expect(
      ssti(
        "def f(name):\n    with open(os.path.join(HERE, name)) as fh:\n        return jinja2.Template(fh.read()).render()\n",
      ),
    ).toBe(true);
    expect(
      ssti(
        "def f():\n    with open('/tmp/mail.txt') as fh:\n        return jinja2.Template(fh.read()).render()\n",
      ),
    ).toBe(true);
  });

  it("rates a pickle the package ships LOW, and a caller's path is not a shipped one", () => {
    const deser = (code: string) =>
      analyzeSync("import os, pickle, torch\nHERE = os.path.dirname(__file__)\n" + code, {
        language: "python",
        rules: ["PY-DESER-001"],
      }).findings.map((f) => f.severity);
    expect(
      deser(
        "def f():\n    with open(os.path.join(HERE, 'defaults.pkl'), 'rb') as fh:\n        return pickle.load(fh)\n",
      ),
    ).toEqual(["LOW"]);
    expect(deser("def f():\n    return torch.load(os.path.join(HERE, 'w.pt'))\n")).toEqual(["LOW"]);
    // `path` is a parameter, not os.path: the caller picks the file.
    expect(deser("def f(path):\n    return torch.load(path)\n")).toEqual(["HIGH"]);
  });
});
