import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** A list or tuple of host patterns with the "*" wildcard among them. */
function anyHost(ctx: PythonContext, value: SyntaxNode | undefined): boolean {
  const v = ctx.resolve(value) ?? value;
  return (
    (v?.type === "list" || v?.type === "tuple") && namedChildren(v).some((e) => ctx.stringValue(e) === "*")
  );
}

/** Inside `if DEBUG:` (or any test of a debug/dev/local flag): a development-only setting. */
function devOnly(ctx: PythonContext, node: SyntaxNode): boolean {
  for (let p = node.parent; p; p = p.parent)
    if (p.type === "if_statement" && /debug|dev|local|test/i.test(ctx.text(field(p, "condition") ?? p)))
      return true;
  return false;
}

export default pyRule({
  meta: {
    id: "PY-HOST-001",
    title: "Django accepts any Host header",
    cwe: ["CWE-183", "CWE-20"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags Django's ALLOWED_HOSTS (and Starlette's TrustedHostMiddleware allowed_hosts) set to a list containing '*' (in a settings module or through settings.configure), outside a block that only runs in debug or development mode.",
      why_bad:
        "Django builds absolute URLs (password-reset links, redirects, build_absolute_uri) from the request's Host header; accepting any host lets an attacker poison those links and caches.",
      example_bad: "ALLOWED_HOSTS = ['*']",
      example_good: "import os\nALLOWED_HOSTS = os.environ['DJANGO_ALLOWED_HOSTS'].split(',')",
    },
    fix_hint: "List the domain names the site serves (or read them from the environment) instead of '*'.",
  },
  trigger: /ALLOWED_HOSTS|allowed_hosts/,
  nodeTypes: ["assignment", "call"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      if (
        /(^|\.)settings\.configure$/.test(ctx.callee(node)) &&
        anyHost(ctx, ctx.kwarg(node, "ALLOWED_HOSTS"))
      )
        report({ node, message: "ALLOWED_HOSTS accepts any Host header" });
      // Starlette / FastAPI: add_middleware(TrustedHostMiddleware, allowed_hosts=['*']) checks nothing.
      else if (
        (/(^|\.)TrustedHostMiddleware$/.test(ctx.callee(node)) ||
          (ctx.method(node) === "add_middleware" &&
            /(^|\.)TrustedHostMiddleware$/.test(ctx.qname(ctx.args(node)[0])))) &&
        anyHost(ctx, ctx.kwarg(node, "allowed_hosts")) &&
        !devOnly(ctx, node)
      )
        report({ node, message: "TrustedHostMiddleware accepts any Host header" });
      return;
    }
    // Module level in a settings file, or `settings.ALLOWED_HOSTS = [...]` anywhere.
    const left = ctx.text(field(node, "left") ?? node);
    if (left !== "ALLOWED_HOSTS" && !/^(django\.conf\.)?settings\.ALLOWED_HOSTS$/.test(left)) return;
    if ((left === "ALLOWED_HOSTS" && ctx.enclosingFunction(node)) || devOnly(ctx, node)) return;
    if (anyHost(ctx, field(node, "right")))
      report({ node, message: "ALLOWED_HOSTS accepts any Host header" });
  },
  cases: {
    valid: [
      "ALLOWED_HOSTS = ['shop.example.com', '.example.com']",
      "import os\nALLOWED_HOSTS = os.environ.get('HOSTS', 'localhost').split(',')",
      "DEBUG = True\nif DEBUG:\n    ALLOWED_HOSTS = ['*']",
      "def test_view(settings):\n    ALLOWED_HOSTS = ['*']\n    return ALLOWED_HOSTS",
      "from starlette.middleware.trustedhost import TrustedHostMiddleware\napp.add_middleware(TrustedHostMiddleware, allowed_hosts=['api.example.com'])",
    ],
    invalid: [
      { code: "DEBUG = False\nALLOWED_HOSTS = ['*']", line: 2 },
      { code: "ALLOWED_HOSTS = ('*',)", line: 1 },
      {
        code: "from django.conf import settings\nsettings.configure(DEBUG=False, ALLOWED_HOSTS=['*'])",
        line: 2,
      },
      {
        code: "from starlette.middleware.trustedhost import TrustedHostMiddleware\napp.add_middleware(TrustedHostMiddleware, allowed_hosts=['*'])",
        line: 2,
      },
    ],
  },
});
