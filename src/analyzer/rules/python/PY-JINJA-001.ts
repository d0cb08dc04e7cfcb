import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-JINJA-001",
    title: "Jinja2 environment without HTML autoescaping",
    cwe: ["CWE-79", "CWE-116"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags jinja2.Environment(...) and jinja2.Template(...) created without autoescape, or with autoescape=False.",
      why_bad:
        "Jinja2 does not escape by default: every {{ value }} that carries user data is written into the HTML as markup (stored or reflected XSS).",
      example_bad:
        "from jinja2 import Environment, FileSystemLoader\nenv = Environment(loader=FileSystemLoader('templates'))",
      example_good:
        "from jinja2 import Environment, FileSystemLoader, select_autoescape\nenv = Environment(loader=FileSystemLoader('templates'), autoescape=select_autoescape())",
    },
    fix_hint: "Pass autoescape=select_autoescape() (or True) for HTML templates.",
  },
  trigger: /jinja2/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    // Through an alias too: `E = Environment` then `E(...)`.
    const q = ctx.resolvedCallee(node);
    if (q !== "jinja2.Environment" && q !== "jinja2.Template") return;
    const ae = ctx.kwarg(node, "autoescape");
    // Any falsy constant (False, 0, '', None), written or held in a name or returned by a local helper, turns
    // escaping off as surely as the literal False.
    const held = ae ? ctx.constValue(ctx.resolve(ae)) : undefined;
    if (!ae) report({ node, message: `${q} escapes nothing by default` });
    else if (ae.type === "false" || held === false || held === 0 || held === "" || held === null)
      report({ node, message: `${q} with autoescape off` });
  },
  cases: {
    valid: [
      "from jinja2 import Environment\nON = True\nenv = Environment(autoescape=ON)",
      "import jinja2\nenv = jinja2.Environment(autoescape=True)",
      "from jinja2 import Environment, select_autoescape\nenv = Environment(autoescape=select_autoescape(['html']))",
      "from jinja2 import Environment\ndef mode():\n    return 'html'\nenv = Environment(autoescape=mode())",
    ],
    invalid: [
      "from jinja2 import Environment\nOFF = False\nenv = Environment(autoescape=OFF)",
      "from jinja2 import Environment\nE = Environment\nenv = E()",
      "from jinja2 import Environment, FileSystemLoader\nenv = Environment(loader=FileSystemLoader('t'))",
      "import jinja2\nenv = jinja2.Environment(autoescape=False)",
      "from jinja2 import Environment\nESCAPE = ''\nenv = Environment(autoescape=ESCAPE)",
      "import jinja2\nenv = jinja2.Environment(autoescape=None)",
    ],
  },
});
