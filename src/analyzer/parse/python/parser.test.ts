import { beforeAll, describe, expect, it } from "vitest";
import { loadGrammars, parseTreeSitter } from "../index.js";
import { diffTrees } from "./diff.js";
import { BailOut, parsePython } from "./index.js";

/**
 * Each snippet is parsed by tree-sitter and by the hand-written parser: the trees must be identical, or the hand
 * parser must bail out. `accept` marks snippets it is expected to take (so coverage cannot silently vanish).
 */
const SNIPPETS: { name: string; code: string; accept?: boolean }[] = [
  { name: "empty file", code: "", accept: true },
  { name: "whitespace only", code: "  \n\n" },
  { name: "comment only", code: "# only\n", accept: true },
  { name: "no trailing newline", code: "x = 1", accept: true },
  { name: "BOM", code: "\uFEFFimport os\nos.system(x)\n", accept: true },
  { name: "CRLF", code: "import os\r\nif x:\r\n    # c\r\n    y = 1  # t\r\nz = 2\r\n", accept: true },
  { name: "tabs", code: "if a:\n\tif b:\n\t\tc()\n\td()\ne()\n", accept: true },
  {
    name: "decorators",
    code: "@app.route('/x', methods=['GET'])\n# between\n@login_required\ndef view(req, *a, k=1, **kw) -> str:\n    return req\n",
    accept: true,
  },
  {
    name: "class and async",
    code: "class A(B, metaclass=M):\n    async def f(self):\n        async with a as b, c:\n            await x ** 2\n        async for i in y: pass\n",
    accept: true,
  },
  {
    name: "f-strings nested",
    code: 'f"a{b!r:>{w}.{p}f} {{x}} {c=} {d[\'k\']}" rf"\\d{e}" F"""t\n{g(h, i)}\n"""\n',
    accept: true,
  },
  { name: "f-string format spec only", code: 'f"{x:%Y-%m-%d}" f"{y:}"\n', accept: true },
  { name: "raw strings with backslashes", code: "a = r'\\\\'\nb = r'x\\''\nc = r'''\\''''\n" },
  {
    name: "escapes",
    code: "s = '\\n\\t\\x41\\u00e9\\N{DASH}\\777\\q\\\n' b'\\N{x}\\u1234\\x00'\n",
    accept: true,
  },
  {
    name: "match statement",
    code: "match command.split():\n    case [action]:\n        pass\n    case _:\n        pass\n",
  },
  { name: "match as a name", code: "match = re.match(p, s)\nmatch.group(1)\n", accept: true },
  {
    name: "lambdas",
    code: "f = lambda: 0\ng = lambda x, *y, z=1, **w: (x, y)\nh = lambda *, k: k if k else None\n",
    accept: true,
  },
  {
    name: "walrus",
    code: "if (n := len(a)) > 10:\n    pass\nwhile chunk := f.read(10):\n    use(chunk)\n[y for x in d if (y := g(x))]\n",
    accept: true,
  },
  {
    name: "star expressions",
    code: "a, *b = c\nfirst, *rest = *xs, y\nprint(*args, **kwargs)\nx = [*a, *b.c]\nf(*g(x))\n",
  },
  { name: "sole splatted chain in a display", code: "s = [*self.kids]\nt = {*a.b.c}\nu = [*a[0]]\n" },
  { name: "splatted chain then a comma", code: "s = [*self.kids, 1]\nt = (*a.b, c)\n", accept: true },
  {
    name: "splat in a display next to a comma: list_splat over any expression",
    code: "x = [c, *a.b, *f(y)]\nt = (p, *q[1:])\nu = [*a.f(x), y]\nv = [*a + b, c]\nw = {c, *a if b else d}\n(*a[:i], b, *a[i + 1 :])\n[*f(x),]\nzip(*[iter(p)] * 2)\n",
    accept: true,
  },
  {
    name: "parenthesized targets",
    code: "(a) = 1\n(b.c): int = 2\nfor (x), y in z:\n    ((p)), [(q), r] = s\n(a) += 1\n",
    accept: true,
  },
  { name: "sole splatted call or sum in a display", code: "[*f(x)]\n[*a + b]\n{*a.b}\n" },
  { name: "as after a conditional", code: "with a if b else c as d:\n    pass\n" },
  { name: "as after a lambda", code: "with lambda: c as d:\n    pass\n" },
  {
    name: "comments at odd places",
    code: "def f(a,  # one\n      b):  # two\n    # three\n    x = [\n        1,  # four\n        # five\n    ]\n    # six\n# seven\n    return x\n  # eight\n# nine\n",
    accept: true,
  },
  {
    name: "comments before else and dedents",
    code: "if a:\n    b\n# c\nelse:\n    d\n    # e\n        # f\n# g\n",
    accept: true,
  },
  {
    name: "line continuations",
    code: "x = 1 + \\\n    2\ns = 'a' \\\n    'b'\nassert x, \\\n    'message'\nif a and \\\n   b:\n    pass\n",
    accept: true,
  },
  { name: "unicode identifiers", code: "café = 1\nπ = café * 2\n名前 = 'x'\n", accept: true },
  {
    name: "comprehensions",
    code: "{k: v for k, v in d.items() if v}\n{x for x in s}\n(x for x in y)\nsum(x for x in y)\n[a for b in c for a in b]\n",
    accept: true,
  },
  {
    name: "slices and subscripts",
    code: "a[1:2, ::3]\na[:]\na[x][y:z:]\nd['k'] = v\n",
    accept: true,
  },
  {
    name: "try and with",
    code: "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    raise\nelse:\n    y\nfinally:\n    z\nwith open(p) as f, lock:\n    f.read()\n",
    accept: true,
  },
  {
    name: "imports",
    code: "import os.path as p, sys\nfrom . import x\nfrom ..a.b import (c as d, e,)\nfrom __future__ import annotations\nfrom m import *\n",
    accept: true,
  },
  {
    name: "operators",
    code: "x = a ^ b & c | d << 2 ** -e // f @ g\ny = not a == b and c or d if e else f\nz = a not in b is not c < d\n",
    accept: true,
  },
  {
    name: "annotations",
    code: "x: int = 5\ny: List[int]\ndef f(a: Optional[Dict[str, int]] = None, *b: int) -> int | None:\n    pass\n",
    accept: true,
  },
  {
    name: "union and generic types",
    code: "a: List[int] | Dict[a, b] | None | str\nb: None | List[int]\nc: Optional[List[int] | None]\nd: a.B[List[int]]\ne: Callable[[int], str]\n",
    accept: true,
  },
  {
    name: "soft keywords as names",
    code: "type = 1\ntype(x).y\nmatch, b = 1, 2\nmatch: int = 3\nmatch[0]\nmatch += 1\nprint(x)\n",
    accept: true,
  },
  { name: "type(x) assignment is a type alias to tree-sitter", code: "type(mock)._check = f\ntype(x).y\n" },
  {
    name: "splat of calls in arguments",
    code: 'f(*a(x))\nf(x, *a.b(y)[0])\nprint("=", p(), *s.v.split())\n[*a(x)]\nclass A(*bases()): pass\n',
  },
  { name: "semicolons", code: "a = 1; b = 2;\nif x: c; d\n", accept: true },
  {
    name: "global and del",
    code: "def f():\n    global a, b\n    nonlocal c\n    del a[0], b\n",
    accept: true,
  },
  {
    name: "yield",
    code: "def g():\n    yield\n    x = yield 1\n    yield from h()\n    y = (yield)\n",
    accept: true,
  },
  { name: "python 2 print", code: "print 'hello'\n" },
  { name: "python 2 exec", code: "exec code in ns\n" },
  { name: "syntax error", code: "def f(:\n  pass\n" },
  { name: "type alias", code: "type X = int\n" },
  { name: "numbers", code: "a = 0x1F + 0o17 + 0b101 + 1_000 + 1.5e-3 + 2j + .5 + 5.\n", accept: true },
  { name: "ellipsis and constants", code: "x = ...\ny = (True, False, None)\n", accept: true },
  { name: "deep nesting", code: "x = " + "(".repeat(300) + "1" + ")".repeat(300) + "\n" },
  { name: "unterminated string", code: "x = 'abc\n" },
  { name: "trailing comment in block at EOF", code: "if x:\n    pass\n    # end", accept: true },
];

describe("hand-written Python parser", () => {
  beforeAll(async () => {
    await loadGrammars(["python"]);
  });

  for (const s of SNIPPETS) {
    it(`${s.name}: identical to tree-sitter or bails out`, () => {
      const ts = parseTreeSitter(s.code, "python");
      let hand;
      try {
        hand = parsePython(s.code);
      } catch (e) {
        if (!(e instanceof BailOut)) throw e;
        expect(s.accept, `bailed: ${e.reason}`).not.toBe(true);
        return;
      }
      expect(diffTrees(ts, hand)).toBeNull();
      expect(hand.hasError).toBe(false);
    });
  }

  it("bails out where tree-sitter reports an error", () => {
    expect(() => parsePython("def f(:\n  pass\n")).toThrow(BailOut);
  });
});
