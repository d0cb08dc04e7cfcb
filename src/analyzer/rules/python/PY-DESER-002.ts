import type { SyntaxNode } from "../../parse/index.js";
import { Level } from "../../dataflow/python.js";
import { field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-DESER-002",
    title: "yaml.load with an unsafe loader",
    cwe: ["CWE-502"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags yaml.load / load_all without SafeLoader or CSafeLoader, and yaml.unsafe_load / full_load.",
      why_bad:
        "PyYAML's full and unsafe loaders construct arbitrary Python objects from tags such as !!python/object/apply, which can run code.",
      example_bad: "import yaml\ndef read(f):\n    return yaml.load(f, Loader=yaml.Loader)",
      example_good: "import yaml\ndef read(f):\n    return yaml.safe_load(f)",
    },
    fix_hint: "Use yaml.safe_load (or Loader=yaml.SafeLoader).",
  },
  trigger: /yaml|YAML/,
  nodeTypes: ["call"],
  calls: [
    "unsafe_load",
    "unsafe_load_all",
    "full_load",
    "full_load_all",
    "YAML",
    "load",
    "load_all",
    "partial",
  ],
  detect(node, ctx, report) {
    let q = ctx.callee(node);
    // `partial(yaml.load, Loader=yaml.UnsafeLoader)`: every call of the product loads with that loader, wherever
    // it is kept (a table of loaders) and called; judged where it is made, its stream the one it binds if any.
    const bound = /^(functools\.)?partial$/.test(q) ? ctx.args(node)[0] : undefined;
    if (bound) q = ctx.qname(bound);
    const stream = () => (bound ? ctx.args(node)[1] : ctx.arg(node, 0, "stream"));
    if (
      q === "yaml.unsafe_load" ||
      q === "yaml.unsafe_load_all" ||
      q === "yaml.full_load" ||
      q === "yaml.full_load_all"
    ) {
      // A document built from the program's literals only is its own data, not attacker input.
      const doc = stream();
      if (doc && ctx.level(doc, "literal") === Level.CONST) return;
      report({ node });
      return;
    }
    if (
      /^(ruamel\.yaml\.)?YAML$/.test(q) &&
      /^(unsafe|full)$/.test(ctx.stringValue(ctx.kwarg(node, "typ")) ?? "")
    ) {
      report({ node, message: "ruamel.yaml YAML(typ='unsafe') constructs arbitrary Python objects" });
      return;
    }
    // ruamel.yaml's legacy module functions (before 0.18) take a Loader too, and default to the unsafe one.
    if (!/^(ruamel\.)?yaml\.load(_all)?$/.test(q)) return;
    // `yaml = YAML(typ=...)` then `yaml.load(doc)`: a ruamel.yaml instance, not PyYAML's module function. Its
    // loader is the type it was made with (safe and round-trip by default).
    const fn = field(node, "function");
    const made = fn?.type === "attribute" ? ctx.resolve(field(fn, "object")) : undefined;
    if (made?.type === "call" && /^(ruamel\.yaml\.)?YAML$/.test(ctx.callee(made))) {
      const typ = ctx.stringValue(ctx.kwarg(made, "typ"));
      const doc = ctx.arg(node, 0, "stream");
      if (typ && /^(unsafe|full)$/.test(typ) && doc && ctx.level(doc, "literal") !== Level.CONST)
        report({ node, message: `ruamel.yaml YAML(typ='${typ}').load() can construct arbitrary objects` });
      return;
    }
    // `yaml = yaml_loader()` then `yaml.load(doc)`: the name is a loader object a helper made (ruamel.yaml's YAML
    // instance, round-trip by default), not the PyYAML module; judged by what a helper of this file returns.
    if (made?.type === "call" && !bound) {
      const local = ctx.localCallee(made);
      const unsafe = (local ? ctx.returnValues(local) : [])
        .map((v) => ctx.resolve(v) ?? v)
        .some(
          (v) =>
            v.type === "call" &&
            /^(ruamel\.yaml\.)?YAML$/.test(ctx.callee(v)) &&
            /^(unsafe|full)$/.test(ctx.stringValue(ctx.kwarg(v, "typ")) ?? ""),
        );
      if (!unsafe) return;
    }
    const loader = ctx.kwarg(node, "Loader") ?? ctx.args(node)[bound ? 2 : 1];
    // `SafeLoader if STRICT else UnsafeLoader` with STRICT a constant: the side it picks; `LOADERS['safe']` read
    // from a table bound once: the class at that key.
    // A loader class of this file (`class StrictLoader(yaml.SafeLoader)`, `class L(CParser, MySafeConstructor,
    // Resolver)`) is as safe as the loader and constructor bases it derives from; parser, resolver and other
    // mixins construct nothing.
    const safeLoader = (n: SyntaxNode, hops = 0): boolean => {
      const local = n.type === "identifier" && hops < 4 ? ctx.localClass(ctx.text(n)) : undefined;
      if (local) {
        const bases = namedChildren(field(local, "superclasses") ?? local).filter(
          (b) =>
            b.type !== "keyword_argument" &&
            ((b.type === "identifier" && ctx.localClass(ctx.text(b)) !== undefined) ||
              /(Loader|Constructor)$/.test(ctx.qname(b) || ctx.text(b))),
        );
        return bases.length > 0 && bases.every((b) => safeLoader(b, hops + 1));
      }
      return /Safe(Loader|Constructor)?$|(Base|RoundTrip)(Loader|Constructor)$/.test(
        n.type === "conditional_expression" || n.type === "subscript"
          ? (ctx.valueTarget(n) ?? "")
          : ctx.qname(n),
      );
    };
    if (loader && safeLoader(loader)) return;
    // A loader kept in the class body (`loader = yaml.SafeLoader`) and passed as `self.loader`.
    const held = loader?.type === "attribute" ? ctx.heldValue(loader) : undefined;
    if (held && held !== loader && safeLoader(held)) return;
    // A loader chosen through a name: safe when every value that can reach here is (dead branches excluded).
    const chosen = loader?.type === "identifier" ? ctx.reachingValues(loader) : undefined;
    if (chosen?.length && chosen.every((c) => safeLoader(c))) return;
    // A document built from literals only is the program's own configuration, not attacker input.
    const doc = stream();
    if (doc && ctx.level(doc, "literal") === Level.CONST) return;
    report({ node, message: `${q}() without SafeLoader can construct arbitrary objects` });
  },
  cases: {
    valid: [
      "import yaml\nclass Conf:\n    loader = yaml.SafeLoader\n    def parse(self, s):\n        return yaml.load(s, Loader=self.loader)",
      "import ruamel.yaml\ndef f(s):\n    return ruamel.yaml.load(s, Loader=ruamel.yaml.RoundTripLoader)",
      "import ruamel.yaml\ndef f(s):\n    return ruamel.yaml.load(s, Loader=ruamel.yaml.SafeLoader)",
      "from flask import request\nfrom ruamel.yaml import YAML\ndef f():\n    yaml = YAML(typ='safe')\n    return yaml.load(request.get_data())",
      "from ruamel.yaml import YAML\ny = YAML(typ='safe')",
      "import yaml\nyaml.load(s, Loader=yaml.SafeLoader)",
      "import yaml\nyaml.safe_load(s)",
      "import yaml\nfrom yaml.constructor import SafeConstructor\nfrom yaml.cyaml import CParser\nfrom yaml.resolver import Resolver\nclass C(SafeConstructor):\n    pass\nclass L(CParser, C, Resolver):\n    pass\ndef f(t):\n    return yaml.load(t, Loader=L)",
      "import yaml\nyaml.load(s, yaml.CSafeLoader)",
      "import yaml\nSTRICT = True\ndef f(s):\n    loader = yaml.SafeLoader if STRICT else yaml.UnsafeLoader\n    return yaml.load(s, Loader=loader)",
      "import yaml\nLOADERS = {'safe': yaml.SafeLoader, 'full': yaml.UnsafeLoader}\ndef f(s):\n    return yaml.load(s, Loader=LOADERS['safe'])",
      "import yaml\ndoc = 'a: 1'\nif 1 > 2:\n    doc = input()\nyaml.load(doc, Loader=yaml.Loader)",
      "import yaml\nclass Strict(yaml.SafeLoader):\n    pass\ndef f(s):\n    return yaml.load(s, Loader=Strict)",
      "import functools, yaml\nload = functools.partial(yaml.load, Loader=yaml.SafeLoader)",
    ],
    invalid: [
      {
        code: "import yaml\nclass Conf:\n    loader = yaml.UnsafeLoader\n    def parse(self, s):\n        return yaml.load(s, Loader=self.loader)",
        line: 5,
      },
      {
        code: "import yaml\nfrom yaml.constructor import SafeConstructor, UnsafeConstructor\nfrom yaml.cyaml import CParser\nfrom yaml.resolver import Resolver\nclass L(CParser, SafeConstructor, UnsafeConstructor, Resolver):\n    pass\ndef f(t):\n    return yaml.load(t, Loader=L)",
        line: 8,
      },
      {
        code: "from flask import request\nfrom ruamel.yaml import YAML\ndef f():\n    yaml = YAML(typ='unsafe')\n    return yaml.load(request.get_data())",
        line: 5,
      },
      { code: "from ruamel.yaml import YAML\ny = YAML(typ='unsafe')", line: 2 },
      {
        code: "import ruamel.yaml\ndef f(s):\n    return ruamel.yaml.load(s, Loader=ruamel.yaml.Loader)",
        line: 3,
      },
      { code: "import ruamel.yaml\ndef f(s):\n    return list(ruamel.yaml.load_all(s))", line: 3 },
      "import yaml\nyaml.load(s)",
      "import yaml\nfrom yaml import Loader\nyaml.load(s, Loader=Loader)",
      "import yaml\nyaml.unsafe_load(s)",
      "import yaml\nclass Config(yaml.Loader):\n    pass\ndef f(s):\n    return yaml.load(s, Loader=Config)",
      "import yaml\nclass Mixed(yaml.SafeLoader, yaml.UnsafeLoader):\n    pass\ndef f(s):\n    return yaml.load(s, Loader=Mixed)",
      "import yaml\nLOADERS = {'safe': yaml.SafeLoader, 'full': yaml.UnsafeLoader}\ndef f(s):\n    return yaml.load(s, Loader=LOADERS['full'])",
      "from functools import partial\nimport yaml\nLOADERS = {'safe': yaml.safe_load, 'full': partial(yaml.load, Loader=yaml.UnsafeLoader)}\ndef f(s):\n    return LOADERS['full'](s)",
      "from functools import partial\nimport yaml\nread = partial(yaml.unsafe_load)",
    ],
  },
});
