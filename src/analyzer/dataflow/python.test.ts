import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

const cmdi = (code: string) =>
  analyzeSync("import os, sys\n" + code, { language: "python", rules: ["PY-CMDI-001"] }).findings.length > 0;
const sqli = (code: string) =>
  analyzeSync(code, { language: "python", rules: ["PY-SQLI-001"] }).findings.filter(
    (f) => f.severity !== "LOW",
  ).length > 0;

describe("value-aware data flow (Python)", () => {
  it("reads dicts at constant keys: only the key that holds tainted data is tainted", () => {
    const prelude = "d = {}\nd['cmd'] = sys.argv[1]\nd['safe'] = 'ls -l'\n";
    expect(cmdi(prelude + "os.system(d['safe'])\n")).toBe(false);
    expect(cmdi(prelude + "os.system(d['cmd'])\n")).toBe(true);
    expect(cmdi(prelude + "os.system(d.get('safe'))\n")).toBe(false);
    expect(cmdi(prelude + "os.system(d.get('cmd'))\n")).toBe(true);
    expect(cmdi("d = {'a': sys.argv[1], 'b': 'ls'}\nos.system(d['b'])\n")).toBe(false);
    expect(cmdi("d = {'a': sys.argv[1], 'b': 'ls'}\nos.system(d['a'])\n")).toBe(true);
    // A write at an unknown key may hit any key.
    expect(cmdi("d = {'b': 'ls'}\nd[sys.argv[2]] = sys.argv[1]\nos.system(d['b'])\n")).toBe(true);
    // The whole container carries every element's control.
    expect(cmdi("d = {}\nd['x'] = sys.argv[1]\nos.system(' '.join(d.values()))\n")).toBe(true);
  });

  it("does not take a method named like an Object.prototype member for a sanitiser", () => {
    // The sanitiser table is a plain object: `valueOf` or `constructor` used to find its prototype's functions.
    expect(cmdi("c = sys.argv[1]\nos.system(c.valueOf())\n")).toBe(true);
    expect(cmdi("c = sys.argv[1]\nos.system(c.constructor() + c)\n")).toBe(true);
    expect(cmdi("c = sys.argv[1]\nos.system(str(int(c)))\n")).toBe(false);
  });

  it("tracks list appends by position and strong-updates constant keys", () => {
    const prelude = "parts = ['ls']\nparts.append(sys.argv[1])\n";
    expect(cmdi(prelude + "os.system(parts[0])\n")).toBe(false);
    expect(cmdi(prelude + "os.system(parts[1])\n")).toBe(true);
    expect(cmdi(prelude + "os.system(parts[-1])\n")).toBe(true);
    // pop() reorders: positions are no longer known, so any element may be tainted.
    expect(cmdi(prelude + "parts.pop(0)\nos.system(parts[0])\n")).toBe(true);
    expect(cmdi("d = dict()\nd['k'] = sys.argv[1]\nd['k'] = 'ls'\nos.system(d['k'])\n")).toBe(false);
  });

  it("reads configparser options by section and option", () => {
    const prelude =
      "import configparser, sys\nc = configparser.ConfigParser()\nc.add_section('s')\nc.set('s', 'a', sys.argv[1])\nc.set('s', 'b', 'users')\n";
    expect(sqli(prelude + "def q(cur):\n    cur.execute('SELECT * FROM ' + c.get('s', 'b'))\n")).toBe(false);
    expect(sqli(prelude + "def q(cur):\n    cur.execute('SELECT * FROM ' + c.get('s', 'a'))\n")).toBe(true);
  });

  it("follows constant conditions: dead branches bind nothing, always-taken ones overwrite", () => {
    expect(cmdi("cmd = 'ls'\nif 2 + 2 == 5:\n    cmd = sys.argv[1]\nos.system(cmd)\n")).toBe(false);
    expect(cmdi("cmd = 'ls'\nif 1 < 2:\n    cmd = sys.argv[1]\nos.system(cmd)\n")).toBe(true);
    expect(cmdi("cmd = sys.argv[1]\nif 'a' in 'abc':\n    cmd = 'ls'\nos.system(cmd)\n")).toBe(false);
    expect(
      cmdi(
        "n = 86\ncmd = 'ls'\nif (7 * 42) - n > 200:\n    cmd = sys.argv[1]\nelse:\n    cmd = 'pwd'\nos.system(cmd)\n",
      ),
    ).toBe(true);
    expect(
      cmdi(
        "n = 86\ncmd = 'ls'\nif (7 * 42) - n < 200:\n    cmd = sys.argv[1]\nelse:\n    cmd = 'pwd'\nos.system(cmd)\n",
      ),
    ).toBe(false);
    expect(cmdi("cmd = 'ls'\nif x > 2:\n    cmd = sys.argv[1]\nos.system(cmd)\n")).toBe(true); // unknown: both
  });

  it("slices: a slice keeps its source's taint, list slices select elements, constant slices stay constant", () => {
    expect(cmdi("s = sys.argv[1]\nos.system('ls ' + s[1:])\n")).toBe(true);
    expect(cmdi("def f(name):\n    t = name[2:]\n    os.system('ls ' + t)\n")).toBe(true);
    expect(cmdi("base = 'ls -l /tmp'\nos.system(base[:5])\n")).toBe(false);
    const parts = "parts = ['ls', '-l', sys.argv[1]]\n";
    expect(cmdi(parts + "os.system(' '.join(parts[:2]))\n")).toBe(false);
    expect(cmdi(parts + "os.system(' '.join(parts[1:]))\n")).toBe(true);
    expect(cmdi(parts + "os.system(' '.join(parts[::2]))\n")).toBe(true);
    expect(cmdi(parts + "os.system(' '.join(parts[-2::-1]))\n")).toBe(false);
    expect(cmdi(parts + "os.system(parts[:2][1])\n")).toBe(false);
    expect(cmdi(parts + "os.system(parts[1:][1])\n")).toBe(true);
    expect(cmdi(parts + "parts.append(sys.argv[2])\nos.system(' '.join(parts[:2]))\n")).toBe(false);
    expect(cmdi(parts + "parts[0] = sys.argv[2]\nos.system(' '.join(parts[:2]))\n")).toBe(true);
    // An unknown bound or a reordering: any element may be selected.
    expect(cmdi(parts + "os.system(' '.join(parts[:n]))\n")).toBe(true);
    expect(cmdi(parts + "parts.sort()\nos.system(' '.join(parts[:2]))\n")).toBe(true);
    // Slices of constant strings decide conditions and keys.
    const run = "cmd = 'ls'\nif mode[:5] == 'debug':\n    cmd = sys.argv[1]\nos.system(cmd)\n";
    expect(cmdi("mode = 'debug_off'\n" + run)).toBe(true);
    expect(cmdi("mode = 'release'\n" + run)).toBe(false);
    const d = "d = {'cmd': sys.argv[1], 'safe': 'ls'}\n";
    expect(cmdi("k = 'xsafe'\n" + d + "os.system(d[k[1:]])\n")).toBe(false);
    expect(cmdi("k = 'xcmd'\n" + d + "os.system(d[k[1:]])\n")).toBe(true);
    expect(cmdi(d + "os.system(d['_safe'[1:]])\n")).toBe(false);
  });

  it("evaluates only the taken side of a constant ternary", () => {
    expect(cmdi("a = sys.argv[1]\ncmd = 'ls' if 3 > 2 else a\nos.system(cmd)\n")).toBe(false);
    expect(cmdi("a = sys.argv[1]\ncmd = 'ls' if 3 < 2 else a\nos.system(cmd)\n")).toBe(true);
    expect(cmdi("a = sys.argv[1]\ncmd = 'ls' if flag else a\nos.system(cmd)\n")).toBe(true);
  });
});
