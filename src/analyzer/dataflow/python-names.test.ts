import { beforeAll, describe, expect, it } from "vitest";
import { loadGrammars, parseCode } from "../parse/index.js";
import { PythonContext } from "./python.js";
import { canonicalExact, canonicalMember } from "./python-names.js";

// The shared resolver of "what module member does this callee name" (PythonContext.callee / qname), one
// spelling per test: each rule then knows the sink however the file names it.

beforeAll(async () => {
  await loadGrammars(["python"]);
});

/** The callee of every call in `code`, in source order. */
function callees(code: string): string[] {
  const tree = parseCode(code, "python");
  const ctx = new PythonContext(tree);
  return tree.nodes.filter((n) => n.type === "call").map((c) => ctx.callee(c));
}

function context(code: string) {
  const tree = parseCode(code, "python");
  const ctx = new PythonContext(tree);
  return { ctx, calls: tree.nodes.filter((n) => n.type === "call") };
}

describe("other spellings of one module member", () => {
  it("maps compatibility layers and internal modules onto the public name", () => {
    expect(canonicalMember("six.moves.cPickle.loads")).toBe("pickle.loads");
    expect(canonicalMember("django.http.response.HttpResponse")).toBe("django.http.HttpResponse");
    expect(canonicalMember("requests.api")).toBe("requests");
    expect(canonicalMember("six.movesX.cPickle")).toBe("six.movesX.cPickle");
    expect(canonicalMember("os.system")).toBe("os.system");
    expect(canonicalExact("requests.api")).toBe("requests");
  });

  it("resolves them through from-imports and attribute chains", () => {
    expect(
      callees(
        "import six\nimport requests.api\nfrom six.moves import cPickle as p\nfrom six import exec_\n" +
          "from django.http.response import HttpResponse as R\n" +
          "p.loads(b)\nsix.moves.cPickle.loads(b)\nrequests.api.request('GET', u)\nexec_(c)\nR(h)\n",
      ),
    ).toEqual(["pickle.loads", "pickle.loads", "requests.request", "exec", "django.http.HttpResponse"]);
  });
});

describe("names the resolver follows", () => {
  it("reads getattr of an import_module call and a builtins mapping at a constant key", () => {
    expect(
      callees(
        "import importlib\ngetattr(importlib.import_module('os'), 'popen')(c)\n__builtins__['eval'](c)\n",
      ).filter((q) => q !== "getattr" && q !== "importlib.import_module"),
    ).toEqual(["os.popen", "builtins.eval"]);
  });

  it("lets a module-level def after an import replace the imported name, but not a fallback def", () => {
    expect(callees("from os import system\ndef system(c):\n    pass\nsystem(x)\n")).toEqual(["system"]);
    expect(
      callees(
        "try:\n    from shlex import quote\nexcept ImportError:\n    def quote(s):\n        return s\nquote(x)\n",
      ),
    ).toEqual(["shlex.quote"]);
    expect(callees("def system(c):\n    pass\nfrom os import system\nsystem(x)\n")).toEqual(["os.system"]);
  });

  it("names a class attribute bound to an imported function, unless the file assigns that attribute", () => {
    const code = (extra: string) =>
      "import os, subprocess\nclass Tools:\n    runner = subprocess.check_output\n    sys_call = staticmethod(os.system)\n" +
      extra +
      "Tools.runner(c)\nTools.sys_call(c)\n";
    expect(callees(code("")).slice(-2)).toEqual(["subprocess.check_output", "os.system"]);
    expect(callees(code("Tools.runner = print\n")).slice(-2)).toEqual(["Tools.runner", "os.system"]);
  });

  it("reads the binding a use surely sees when a function rebinds the name", () => {
    expect(
      callees("import os\ndef f(a):\n    run = os.system\n    run(a)\n    run = print\n    run(a)\n"),
    ).toEqual(["os.system", "run"]);
    // A later binding inside a loop around the use may come first: unknown.
    expect(
      callees(
        "import os\ndef f(xs):\n    run = os.system\n    for a in xs:\n        run(a)\n        run = log\n",
      ),
    ).toEqual(["run"]);
    // A binding in a branch that need not run: unknown.
    expect(
      callees("import os\ndef f(a, c):\n    run = print\n    if c:\n        run = os.system\n    run(a)\n"),
    ).toEqual(["run"]);
  });

  it("reads `f if cond else None` as f", () => {
    expect(
      callees("import os, sys\npipe = os.popen if sys.platform != 'win32' else None\npipe(c)\n").pop(),
    ).toBe("os.popen");
  });

  it("reads operator.methodcaller(name, *args)(module) as module.name(*args)", () => {
    const { ctx, calls } = context("import operator, os\noperator.methodcaller('system', cmd, flag=1)(os)\n");
    const outer = calls[0]!;
    expect(ctx.callee(outer)).toBe("os.system");
    expect(ctx.method(outer)).toBe("system");
    expect(ctx.args(outer).map((a) => ctx.text(a))).toEqual(["cmd"]);
    expect(ctx.text(ctx.kwarg(outer, "flag")!)).toBe("1");
  });

  it("gives a pass-through wrapper's callers the keyword defaults it sets on **kwargs", () => {
    const { ctx, calls } = context(
      "import subprocess\ndef sh(*args, **kwargs):\n    kwargs.setdefault('shell', True)\n    return subprocess.call(*args, **kwargs)\n" +
        "sh('ls ' + d)\n",
    );
    const outer = calls[calls.length - 1]!;
    expect(ctx.callee(outer)).toBe("subprocess.call");
    expect(ctx.text(ctx.kwarg(outer, "shell")!)).toBe("True");
    expect(ctx.kwarg(outer, "cwd")).toBeUndefined();
  });
});
