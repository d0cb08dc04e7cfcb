import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-CSRF-001",
    title: "CSRF protection disabled",
    cwe: ["CWE-352"],
    severity: "MEDIUM",
    docs: {
      what_it_does: "Flags Django @csrf_exempt and WTF_CSRF_ENABLED / WTF_CSRF_CHECK_DEFAULT = False.",
      why_bad:
        "Without a CSRF token, any site a logged-in user visits can submit state-changing requests with their cookies.",
      example_bad:
        "from django.views.decorators.csrf import csrf_exempt\n@csrf_exempt\ndef transfer(request):\n    ...",
      example_good:
        "from django.views.decorators.http import require_POST\n@require_POST\ndef transfer(request):\n    ...",
    },
    fix_hint: "Keep CSRF middleware on; for APIs use token authentication rather than cookies.",
  },
  trigger: /csrf|CSRF|exempt|xsrf_cookies/,
  nodeTypes: ["decorator", "assignment", "keyword_argument"],
  detect(node, ctx, report) {
    if (node.type === "keyword_argument") {
      // tornado.web.Application(..., xsrf_cookies=False): every handler's POST goes unchecked.
      // pyramid: @view_config(require_csrf=False) or config.set_default_csrf_options(require_csrf=False).
      const kw = ctx.text(field(node, "name") ?? node);
      // app.config.update(WTF_CSRF_ENABLED=False) / from_mapping(...): the Flask-WTF setting as a keyword.
      if (/^(WTF_CSRF_ENABLED|WTF_CSRF_CHECK_DEFAULT)$/.test(kw)) {
        const call = node.parent?.parent;
        if (
          field(node, "value")?.type === "false" &&
          call?.type === "call" &&
          /config\.(update|from_mapping)$/.test(ctx.callee(call))
        )
          report({ node, message: "CSRF protection disabled" });
        return;
      }
      if ((kw === "xsrf_cookies" || kw === "require_csrf") && field(node, "value")?.type === "false")
        report({
          node,
          message:
            kw === "xsrf_cookies" ? "tornado application with xsrf_cookies=False" : "CSRF check switched off",
        });
      return;
    }
    const t = ctx.text(node).replace(/\s+/g, "");
    if (node.type === "decorator") {
      if (/^@(csrf\.)?(csrf_exempt|exempt)\b|^@method_decorator\(csrf_exempt\b/.test(t))
        report({ node, message: "view exempt from CSRF protection" });
      return;
    }
    // Flask-JWT-Extended's JWT_COOKIE_CSRF_PROTECT: JWTs in cookies are sent on cross-site requests too.
    if (
      /(WTF_CSRF_ENABLED|WTF_CSRF_CHECK_DEFAULT|CSRF_ENABLED|JWT_COOKIE_CSRF_PROTECT)['"]?\]?=False$/.test(t)
    )
      report({ node, message: "CSRF protection disabled" });
  },
  cases: {
    valid: [
      "def main(config):\n    config.set_default_csrf_options(require_csrf=True)",
      "@login_required\ndef v(r):\n    pass",
      "import tornado.web\napp = tornado.web.Application([], xsrf_cookies=True)",
      "app.config.update(WTF_CSRF_ENABLED=True)",
    ],
    invalid: [
      "app.config['JWT_COOKIE_CSRF_PROTECT'] = False",
      {
        code: "from flask import Flask\napp = Flask(__name__)\napp.config.update(WTF_CSRF_ENABLED=False)",
        line: 3,
      },
      {
        code: "from pyramid.view import view_config\n@view_config(route_name='h', require_csrf=False)\ndef h(request):\n    return {}",
        line: 2,
      },
      { code: "import tornado.web\napp = tornado.web.Application(\n    [], xsrf_cookies=False)", line: 3 },
      {
        code: "from django.views.decorators.csrf import csrf_exempt\n@method_decorator(csrf_exempt, name='dispatch')\nclass V(View):\n    pass",
        line: 2,
      },
      "@csrf_exempt\ndef v(r):\n    pass",
      "app.config['WTF_CSRF_ENABLED'] = False",
    ],
  },
});
