import type { Report } from "../../rule.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { inTestScope, markupFreeTemplate, pyRule, TEST_SCOPE_REASON } from "./common.js";

/** Template names loaded in the file: `get_template("manifest.yaml.j2")`, `select_template(["a.txt"])`. */
const LOADS =
  /\b(?:get_template|select_template|get_or_select_template)\(\s*\[?\s*(?:[rbuf]*["']([^"'\n]*)["'])?/g;
/** A configuration or plain-text format (after any .j2/.jinja/.tmpl suffix): nothing a browser renders. */
const TEXT_FORMAT =
  /\.(ya?ml|txt|sql|conf|cfg|ini|toml|json|sh|py|md|csv|tf|hcl|env|service|properties|dockerfile)(\.(j2|jinja2?|tmpl|tpl))?$/i;

/**
 * An environment that only renders configuration or plain-text templates (Kubernetes manifests, nginx configs,
 * SQL): every template the file loads is named by a literal with such an extension, and none is built from a
 * string. HTML escaping there would corrupt the output, not protect a page.
 */
function onlyTextTemplates(source: string): boolean {
  if (/\bfrom_string\(|\brender_template_string\(/.test(source)) return false;
  const names = [...source.matchAll(LOADS)].map((m) => m[1]);
  return names.length > 0 && names.every((n) => n !== undefined && TEXT_FORMAT.test(n));
}

/**
 * `opts.setdefault("autoescape", True)` (or `opts["autoescape"] = ...`, or a dict literal holding the key) then
 * `Environment(**opts)`: the value the splatted options give autoescape, the last one set before the call.
 */
function splatAutoescape(ctx: PythonContext, call: SyntaxNode): SyntaxNode | undefined {
  const splat = namedChildren(field(call, "arguments") ?? call).find((a) => a.type === "dictionary_splat");
  const name = splat ? namedChildren(splat)[0] : undefined;
  if (name?.type !== "identifier") return undefined;
  const made = ctx.resolve(name);
  if (made?.type === "dictionary")
    for (const pair of namedChildren(made))
      if (pair.type === "pair" && ctx.stringValue(field(pair, "key")) === "autoescape")
        return field(pair, "value") ?? undefined;
  const scope = ctx.enclosingFunction(call);
  const n = ctx.text(name);
  let found: SyntaxNode | undefined;
  for (const d of ctx.tree.nodes) {
    if (d.start >= call.start || ctx.enclosingFunction(d) !== scope) continue;
    if (d.type === "call" && ctx.text(field(d, "function") ?? d) === `${n}.setdefault`) {
      const [k, v] = ctx.args(d);
      if (ctx.stringValue(k) === "autoescape" && v) found = v;
    } else if (d.type === "assignment") {
      const left = field(d, "left");
      if (
        left?.type === "subscript" &&
        ctx.text(field(left, "value") ?? left) === n &&
        ctx.stringValue(field(left, "subscript")) === "autoescape"
      )
        found = field(d, "right") ?? found;
    }
  }
  return found;
}

export default pyRule({
  meta: {
    id: "PY-JINJA-001",
    title: "Jinja2 environment without HTML autoescaping",
    cwe: ["CWE-79", "CWE-116"],
    severity: "MEDIUM",
    severity_variants: [{ severity: "LOW", when: TEST_SCOPE_REASON }],
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
  detect(node, ctx, emit) {
    // A test's own fixtures and data: a LOW reminder.
    const report = (r: Report) =>
      emit(inTestScope(ctx, r.node) ? { ...r, severity: "LOW", reason: TEST_SCOPE_REASON } : r);
    // Through an alias too: `E = Environment` then `E(...)`.
    const q = ctx.resolvedCallee(node);
    if (q !== "jinja2.Environment" && q !== "jinja2.Template") return;
    if (q === "jinja2.Environment" && onlyTextTemplates(ctx.tree.source)) return;
    // A Template over known text with no markup in it (`Hello {{ name }}`): a text template, not a page.
    if (q === "jinja2.Template" && markupFreeTemplate(ctx, node)) return;
    const ae = ctx.kwarg(node, "autoescape") ?? splatAutoescape(ctx, node);
    // Any falsy constant (False, 0, '', None), written or held in a name or returned by a local helper, turns
    // escaping off as surely as the literal False.
    const held = ae ? ctx.constValue(ctx.resolve(ae)) : undefined;
    if (!ae) report({ node, message: `${q} escapes nothing by default` });
    else if (ae.type === "false" || held === false || held === 0 || held === "" || held === null)
      report({ node, message: `${q} with autoescape off` });
    // select_autoescape(..., default_for_string=False) escapes files by extension but not from_string() templates:
    // off for the file's string templates, which it renders.
    else {
      const sel = ctx.resolve(ae);
      const dfs =
        sel?.type === "call" && /(^|\.)select_autoescape$/.test(ctx.callee(sel))
          ? ctx.kwarg(sel, "default_for_string")
          : undefined;
      if (dfs && ctx.constValue(dfs) === false && sourceHas(ctx.tree, /\.from_string\(/))
        report({
          node,
          message: `${q} escapes nothing in its from_string() templates (default_for_string=False)`,
        });
    }
  },
  cases: {
    valid: [
      // Only configuration templates (a manifest, an nginx config): HTML escaping would corrupt them.
      "from jinja2 import Environment, FileSystemLoader\nenv = Environment(loader=FileSystemLoader('t'))\nout = env.get_template('manifest.yaml.j2').render(image='x')\nconf = env.get_template('nginx.conf').render()",
      "from jinja2 import Environment\nON = True\nenv = Environment(autoescape=ON)",
      "import jinja2\nenv = jinja2.Environment(autoescape=True)",
      "import jinja2\ndef greet(name):\n    return jinja2.Template('Hello {{ name }}, your order shipped.').render(name=name)",
      "from jinja2 import Environment, select_autoescape\nenv = Environment(autoescape=select_autoescape(['html']))",
      "from jinja2 import Environment\ndef mode():\n    return 'html'\nenv = Environment(autoescape=mode())",
      "import jinja2\ndef make_env(directory, **env_options):\n    env_options.setdefault('loader', jinja2.FileSystemLoader(directory))\n    env_options.setdefault('autoescape', True)\n    return jinja2.Environment(**env_options)",
    ],
    invalid: [
      {
        code: "import jinja2, unittest\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.env = jinja2.Environment(extensions=[])",
        line: 4,
        severity: "LOW",
      },
      // An HTML template beside a config one, or a template whose name is not a literal.
      "from jinja2 import Environment, FileSystemLoader\nenv = Environment(loader=FileSystemLoader('t'))\nout = env.get_template('manifest.yaml.j2').render()\npage = env.get_template('index.html').render()",
      "from jinja2 import Environment, FileSystemLoader\nenv = Environment(loader=FileSystemLoader('t'))\ndef render(name):\n    return env.get_template(name).render()",
      "from jinja2 import Environment\nOFF = False\nenv = Environment(autoescape=OFF)",
      "from jinja2 import Environment\nE = Environment\nenv = E()",
      "from jinja2 import Environment, FileSystemLoader\nenv = Environment(loader=FileSystemLoader('t'))",
      "import jinja2\nenv = jinja2.Environment(autoescape=False)",
      "import jinja2\ndef card(name):\n    return jinja2.Template('<p>Hello {{ name }}</p>').render(name=name)",
      "from jinja2 import Environment\nESCAPE = ''\nenv = Environment(autoescape=ESCAPE)",
      "import jinja2\nenv = jinja2.Environment(autoescape=None)",
      "import jinja2\ndef make_env(**opts):\n    opts['autoescape'] = False\n    return jinja2.Environment(**opts)",
      "import jinja2\ndef make_env(**opts):\n    return jinja2.Environment(**opts)",
    ],
  },
});
