import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { authorContextIgnored, type Report } from "../../rule.js";
import { pyRule, TEST_SETTINGS_REASON, testSettingsModule } from "./common.js";

/** A check of a signature over the request: an HMAC compared in constant time, a provider SDK's verifier. */
const SIGNATURE_CHECK = /\bcompare_digest\(|\.construct_event\(|\bverify_signature\(/;

/**
 * `csrf.exempt(hooks_bp)` / `csrf_exempt(hook)` where the exempted blueprint's routes (`@hooks_bp.post(...)`) or
 * the exempted function, all defined in this file, each check a signature over the request: their callers are
 * authenticated by it, not by a cookie a forged form could ride.
 */
function signedHandlers(ctx: PythonContext, arg: SyntaxNode): boolean {
  const name = arg.type === "identifier" ? ctx.text(arg) : undefined;
  if (!name) return false;
  const handlers = ctx.tree.nodes.filter(
    (d) =>
      d.type === "function_definition" &&
      (ctx.text(field(d, "name") ?? d) === name ||
        (d.parent?.type === "decorated_definition" &&
          namedChildren(d.parent).some(
            (c) => c.type === "decorator" && ctx.text(c).replace(/\s+/g, "").startsWith(`@${name}.`),
          ))),
  );
  return handlers.length > 0 && handlers.every((h) => SIGNATURE_CHECK.test(ctx.text(h)));
}

/** A Flask route that answers GET only: no `methods=`, or methods listing GET alone. */
function getOnly(ctx: PythonContext, deco: SyntaxNode): boolean {
  const call = namedChildren(deco)[0];
  if (call?.type !== "call") return false;
  const methods = ctx.kwarg(call, "methods");
  return !methods || /^\[\s*['"]GET['"]\s*,?\s*\]$|^\(\s*['"]GET['"]\s*,\s*\)$/i.test(ctx.text(methods));
}

/** The decorated handler deletes records or files (an ORM delete, os.remove, shutil.rmtree). */
function deletes(ctx: PythonContext, deco: SyntaxNode): boolean {
  const fn = field(deco.parent ?? deco, "definition");
  if (fn?.type !== "function_definition") return false;
  return descendants(fn).some((d) => {
    if (d.type !== "call") return false;
    const q = ctx.callee(d);
    if (/^(os\.(remove|unlink|rmdir)|shutil\.rmtree)$/.test(q)) return true;
    return ctx.method(d) === "delete" && !/^(requests|httpx|aiohttp|session\.http|client)\b/.test(q);
  });
}

/**
 * A Flask app of this module that keeps its logins in the signed session cookie (`session` imported from flask, a
 * secret key set here) and has no CSRF protection anywhere in the module: no Flask-WTF / CSRFProtect / SeaSurf, no
 * csrf token of its own, no SameSite setting for the session cookie.
 */
function flaskCookieSessionWithoutCsrf(ctx: PythonContext): boolean {
  return (
    sourceHas(ctx.tree, /^\s*from\s+flask\s+import\s+[^\n]*\bsession\b/m) &&
    sourceHas(ctx.tree, /\.secret_key\s*=|\bSECRET_KEY\b/) &&
    !sourceHas(ctx.tree, /csrf|xsrf|seasurf|SAMESITE|samesite|flask_wtf/i)
  );
}

/**
 * `@app.post(...)` / `put` / `patch` / `delete`, or `@app.route(..., methods=[... 'POST' ...])`, over a handler
 * that takes its user from the session and changes state with form or JSON data: what a forged cross-site form
 * submits with the victim's cookie.
 */
function sessionAuthedWrite(ctx: PythonContext, deco: SyntaxNode): boolean {
  const t = ctx.text(deco).replace(/\s+/g, "");
  const call = namedChildren(deco)[0];
  const writes =
    /^@\w+\.(post|put|patch|delete)\(/.test(t) ||
    (/^@\w+\.route\(/.test(t) &&
      call?.type === "call" &&
      /['"](POST|PUT|PATCH|DELETE)['"]/i.test(ctx.text(ctx.kwarg(call, "methods") ?? call)));
  if (!writes) return false;
  const fn = field(deco.parent ?? deco, "definition");
  if (fn?.type !== "function_definition") return false;
  const body = ctx.text(fn);
  return (
    // (the session read for who is asking - a login or a preference writing it is no such request)
    /\bsession(\.get\(|\[[^\]\n]+\](?!\s*=(?!=)))/.test(body) &&
    /\brequest\.(form|get_json\(|json\b|values)/.test(body) &&
    descendants(fn).some(
      (d) =>
        d.type === "call" &&
        !/^(request\.|session\.|abort$|jsonify$|redirect$|url_for$|render_template$|flash$|int$|str$|len$|make_response$)/.test(
          ctx.callee(d),
        ) &&
        /^(update|save|delete|change|create|insert|remove|transfer)/i.test(
          ctx.method(d) || ctx.callee(d).split(".").pop() || "",
        ),
    )
  );
}

/** The class whose body (directly) holds this node, if any. */
/**
 * A command-line command (`@click.command()`, `@users.command("create")`, typer's `@app.command()`): its forms are
 * filled from arguments in a terminal, never submitted by a browser, so no cross-site request can reach them.
 */
function cliCommand(ctx: PythonContext, node: SyntaxNode): boolean {
  if (!sourceHas(ctx.tree, /^\s*(from|import)\s+(click|typer|flask\.cli)\b/m)) return false;
  for (let fn = ctx.enclosingFunction(node); fn; fn = ctx.enclosingFunction(fn)) {
    const deco = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
    if (
      deco &&
      namedChildren(deco).some((d) => d.type === "decorator" && /^@[\w.]*\bcommand\(/.test(ctx.text(d)))
    )
      return true;
  }
  return false;
}

function enclosingClass(node: SyntaxNode): SyntaxNode | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "class_definition") return p;
    if (p.type === "function_definition") return undefined;
  }
  return undefined;
}

/**
 * `from django.views.decorators.csrf import csrf_exempt as no_csrf` then `@no_csrf` or
 * `@method_decorator(no_csrf, name='dispatch')`: the decorator is csrf_exempt under an import alias.
 */
function exemptByAlias(ctx: PythonContext, deco: SyntaxNode): boolean {
  const isExempt = (n: SyntaxNode | undefined) => !!n && /(^|\.)csrf_exempt$/.test(ctx.qname(n));
  const e = namedChildren(deco).find((c) => c.type !== "comment");
  if (!e) return false;
  if (e.type !== "call") return isExempt(e);
  const fn = field(e, "function");
  return /(^|\.)method_decorator$/.test(ctx.qname(fn)) && isExempt(ctx.args(e)[0]);
}

/** Why WTF_CSRF_ENABLED=False beside TESTING=True is a LOW reminder. */
const TESTING_REASON = "set with TESTING=True: the configuration of a test run";

export default pyRule({
  meta: {
    id: "PY-CSRF-001",
    title: "CSRF protection disabled",
    cwe: ["CWE-352"],
    severity: "MEDIUM",
    severity_variants: [
      { severity: "LOW", when: TEST_SETTINGS_REASON },
      { severity: "LOW", when: TESTING_REASON },
    ],
    docs: {
      what_it_does:
        "Flags Django @csrf_exempt, a Django MIDDLEWARE list with sessions but no CsrfViewMiddleware, WTF_CSRF_ENABLED / WTF_CSRF_CHECK_DEFAULT = False, WTForms forms with csrf = False in their Meta or meta={'csrf': False}, Flask routes that answer GET only yet delete records or files, and Django function views that delete without restricting the method.",
      why_bad:
        "Without a CSRF token, any site a logged-in user visits can submit state-changing requests with their cookies.",
      example_bad:
        "from django.views.decorators.csrf import csrf_exempt\n@csrf_exempt\ndef transfer(request):\n    ...",
      example_good:
        "from django.views.decorators.http import require_POST\n@require_POST\ndef transfer(request):\n    ...",
    },
    fix_hint: "Keep CSRF middleware on; for APIs use token authentication rather than cookies.",
  },
  trigger:
    /csrf|CSRF|exempt|xsrf_cookies|\.route\(|SessionMiddleware|\.delete\(\)|@\w+\.(post|put|patch|delete)\(/,
  nodeTypes: ["decorator", "assignment", "keyword_argument", "function_definition", "call"],
  detect(node, ctx, emit) {
    // A Django settings module for a test run: its key and settings are fixtures (a LOW reminder).
    const report = (r: Report) =>
      emit(testSettingsModule(ctx) ? { ...r, severity: "LOW", reason: TEST_SETTINGS_REASON } : r);
    if (node.type === "call") {
      // urls.py: path('hook/', csrf_exempt(views.hook)); Flask-WTF: csrf.exempt(blueprint) on a CSRFProtect.
      const q = ctx.callee(node);
      const recv = field(field(node, "function") ?? node, "object");
      const made = recv ? ctx.resolve(recv) : undefined;
      const flaskWtf =
        ctx.method(node) === "exempt" && made?.type === "call" && /(^|\.)CSRFProtect$/.test(ctx.callee(made));
      if ((/^django\..*\.csrf_exempt$/.test(q) || flaskWtf) && ctx.args(node).length === 1) {
        if (signedHandlers(ctx, ctx.args(node)[0]!)) return;
        report({ node, message: "view exempt from CSRF protection" });
      }
      return;
    }
    if (node.type === "function_definition") {
      // DRF: `class CsrfExemptSessionAuthentication(SessionAuthentication): def enforce_csrf(self, request): return`
      // - the session cookie still authenticates, the CSRF check it owes the unsafe methods is gone.
      if (ctx.text(field(node, "name") ?? node) === "enforce_csrf") {
        const cls = node.parent?.parent;
        const stmts = namedChildren(field(node, "body") ?? node).filter(
          (st) => st.type !== "expression_statement" || namedChildren(st)[0]?.type !== "string",
        );
        const noop = stmts.every(
          (st) =>
            st.type === "pass_statement" ||
            (st.type === "return_statement" && /^return(\s+(None|True))?$/.test(ctx.text(st).trim())),
        );
        if (
          cls?.type === "class_definition" &&
          /SessionAuthentication/.test(ctx.text(field(cls, "superclasses") ?? cls)) &&
          noop
        )
          report({
            node: field(node, "name") ?? node,
            message: "session authentication with its CSRF check removed",
          });
        return;
      }
      // A Django function view that deletes on whatever method arrives: Django's CSRF middleware checks only
      // unsafe methods, so a GET link or <img> on any site deletes as the logged-in user.
      if (ctx.paramNames(node)[0] !== "request" || !sourceHas(ctx.tree, /^\s*from django\b/m)) return;
      // A class-based view dispatches by method name: post/put/patch/delete run only for that method (CSRF-checked);
      // only get (or head) runs for a cross-site link.
      const up = node.parent?.type === "decorated_definition" ? node.parent : node;
      if (
        up.parent?.parent?.type === "class_definition" &&
        !/^(get|head)$/.test(ctx.text(field(node, "name") ?? node))
      )
        return;
      const dec = node.parent?.type === "decorated_definition" ? ctx.text(node.parent) : "";
      if (
        /require_POST|require_http_methods|require_safe|csrf_protect/.test(dec.slice(0, dec.indexOf("def ")))
      )
        return;
      const body = field(node, "body");
      if (!body || /request\.method/.test(ctx.text(body))) return;
      const del = descendants(body).find(
        (d) =>
          d.type === "call" &&
          ctx.method(d) === "delete" &&
          ctx.args(d).length === 0 &&
          /objects\.|get_object_or_404|\.get\(/.test(ctx.text(d)),
      );
      if (del)
        report({
          node: del,
          message: "the view deletes on any HTTP method: a cross-site GET does it for the logged-in user",
        });
      return;
    }
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
        ) {
          // `app.config.update(TESTING=True, WTF_CSRF_ENABLED=False)`: the configuration of a test run, whose
          // client posts forms without the token (a LOW reminder).
          // (Not in an answer: a policy could add TESTING=True to lower its own finding.)
          const testing = ctx.kwarg(call, "TESTING");
          report(
            testing?.type === "true" && !authorContextIgnored(ctx)
              ? {
                  node,
                  severity: "LOW",
                  reason: TESTING_REASON,
                  message: "CSRF protection disabled for a test run",
                }
              : { node, message: "CSRF protection disabled" },
          );
        }
        return;
      }
      // WTForms / Flask-WTF: TransferForm(formdata, meta={"csrf": False}) turns the token off for that form.
      if (kw === "meta") {
        const v = field(node, "value");
        if (
          v?.type === "dictionary" &&
          namedChildren(v).some(
            (p) =>
              p.type === "pair" &&
              ctx.stringValue(field(p, "key")) === "csrf" &&
              field(p, "value")?.type === "false",
          )
        ) {
          if (cliCommand(ctx, node)) return;
          report({ node, message: "form created with CSRF protection turned off" });
        }
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
      if (
        /^@(csrf\.)?(csrf_exempt|exempt)\b|^@method_decorator\(csrf_exempt\b/.test(t) ||
        exemptByAlias(ctx, node)
      ) {
        // A view that checks a signature over the request (a webhook's HMAC compared in constant time, a provider
        // SDK's construct_event): its caller is authenticated by that, not by a cookie a forged form could ride.
        const def = node.parent?.children.find((c) => c.type === "function_definition");
        if (def && SIGNATURE_CHECK.test(ctx.text(def))) return;
        report({ node, message: "view exempt from CSRF protection" });
      } else if (/^@\w+\.route\(/.test(t) && getOnly(ctx, node) && deletes(ctx, node))
        report({
          node,
          message:
            "a GET route deletes data: any page can trigger it with a link or an image (no CSRF check)",
        });
      else if (flaskCookieSessionWithoutCsrf(ctx) && sessionAuthedWrite(ctx, node))
        report({
          node,
          message:
            "a state-changing route authenticated by the session cookie, in an app with no CSRF protection",
        });
      return;
    }
    // WTForms: class Meta: csrf = False inside a form class turns the token off for every instance.
    if (t === "csrf=False") {
      const meta = enclosingClass(node);
      const form =
        meta && ctx.text(field(meta, "name") ?? meta) === "Meta" ? enclosingClass(meta) : undefined;
      if (form && /Form\b/.test(ctx.text(field(form, "superclasses") ?? form).replace(/\s+/g, "")))
        report({ node, message: "form class with CSRF protection turned off" });
      return;
    }
    // Django settings: a MIDDLEWARE list with cookie sessions but without CsrfViewMiddleware.
    const left = field(node, "left");
    const right = field(node, "right");
    if (
      left?.type === "identifier" &&
      /^MIDDLEWARE(_CLASSES)?$/.test(ctx.text(left)) &&
      right?.type === "list" &&
      !ctx.enclosingFunction(node)
    ) {
      const names = namedChildren(right).map((e) => ctx.stringValue(e) ?? "");
      if (
        names.some((n) => /SessionMiddleware$/.test(n)) &&
        !names.some((n) => /CsrfViewMiddleware$/.test(n))
      )
        report({ node, message: "Django MIDDLEWARE uses sessions without CsrfViewMiddleware" });
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
      "import os\nfrom flask import Flask, abort, request, session\nfrom flask_wtf.csrf import CSRFProtect\nfrom .db import update_email\napp = Flask(__name__)\napp.secret_key = os.environ['K']\nCSRFProtect(app)\n@app.post('/email')\ndef change():\n    uid = session.get('uid')\n    update_email(uid, request.form['email'])\n    return '', 204",
      // an override that still checks (a header token for the API client) keeps a CSRF defence
      "from rest_framework.authentication import SessionAuthentication\nclass HeaderCsrfSessionAuthentication(SessionAuthentication):\n    def enforce_csrf(self, request):\n        if request.headers.get('X-Requested-With') != 'XMLHttpRequest':\n            return super().enforce_csrf(request)",
      // A class-based view's post() runs only for POST, which Django's CSRF middleware checks.
      "from django.http import JsonResponse\nfrom django.views import View\nclass DeleteNote(View):\n    def post(self, request, pk):\n        Note.objects.filter(pk=pk, author=request.user).delete()\n        return JsonResponse({'ok': True})",
      "from django.urls import path\nfrom django.views.decorators.csrf import csrf_protect\nfrom . import views\nurlpatterns = [path('hook/', csrf_protect(views.hook))]",
      "class Rules:\n    def exempt(self, item):\n        return item\nrules = Rules()\nrules.exempt('x')",
      "import hmac\nfrom django.views.decorators.csrf import csrf_exempt\n@csrf_exempt\ndef hook(request):\n    if not hmac.compare_digest(request.headers.get('X-Sig', ''), sign(request.body)):\n        return HttpResponse(status=401)\n    return HttpResponse('ok')",
      "from django.shortcuts import redirect\nfrom django.views.decorators.http import require_POST\nfrom .models import Post\n@require_POST\ndef delete_post(request, pk):\n    Post.objects.filter(pk=pk, author=request.user).delete()\n    return redirect('posts')",
      "from django.shortcuts import redirect\nfrom .models import Post\ndef delete_post(request, pk):\n    if request.method == 'POST':\n        Post.objects.filter(pk=pk).delete()\n    return redirect('posts')",
      "from flask import Flask, redirect\napp = Flask(__name__)\n@app.route('/account/delete', methods=['POST'])\ndef delete_account():\n    db.session.delete(current_user)\n    db.session.commit()\n    return redirect('/')",
      "import requests\nfrom flask import Flask\napp = Flask(__name__)\n@app.route('/x')\ndef x():\n    requests.delete('https://api.example.com/cache')\n    return 'ok'",
      "def main(config):\n    config.set_default_csrf_options(require_csrf=True)",
      "@login_required\ndef v(r):\n    pass",
      "from django.views.decorators.csrf import csrf_protect as guarded\n@guarded\ndef v(r):\n    pass",
      "import tornado.web\napp = tornado.web.Application([], xsrf_cookies=True)",
      "app.config.update(WTF_CSRF_ENABLED=True)",
      "from flask_wtf import FlaskForm\nclass F(FlaskForm):\n    class Meta:\n        csrf = True",
      "class Settings:\n    class Meta:\n        csrf = False",
      "import click\n@click.command('users-create')\n@click.argument('email')\ndef create(email):\n    form = RegisterForm(meta={'csrf': False}, email=email)\n    return form.validate()",
      "MIDDLEWARE = [\n    'django.contrib.sessions.middleware.SessionMiddleware',\n    'django.middleware.csrf.CsrfViewMiddleware',\n]",
      "MIDDLEWARE = ['django.middleware.security.SecurityMiddleware', 'django.middleware.common.CommonMiddleware']",
    ],
    invalid: [
      "import os\nfrom flask import Flask, abort, request, session\nfrom .db import update_email\napp = Flask(__name__)\napp.secret_key = os.environ['K']\n@app.post('/email')\ndef change():\n    uid = session.get('uid')\n    if uid is None:\n        abort(401)\n    update_email(uid, request.form['email'])\n    return '', 204",
      {
        code: "from rest_framework.authentication import SessionAuthentication\nclass CsrfExemptSessionAuthentication(SessionAuthentication):\n    def enforce_csrf(self, request):\n        return None",
        line: 3,
      },
      {
        code: "from django.http import JsonResponse\nfrom django.views import View\nclass DeleteNote(View):\n    def get(self, request, pk):\n        Note.objects.filter(pk=pk, author=request.user).delete()\n        return JsonResponse({'ok': True})",
        line: 5,
      },
      {
        code: "from django.urls import path\nfrom django.views.decorators.csrf import csrf_exempt\nfrom . import views\nurlpatterns = [path('hook/', csrf_exempt(views.hook))]",
        line: 4,
      },
      {
        code: "from flask_wtf.csrf import CSRFProtect\nfrom .api import api_bp\ncsrf = CSRFProtect()\ncsrf.exempt(api_bp)",
        line: 4,
      },
      "from django.shortcuts import redirect\nfrom .models import Post\ndef delete_post(request, pk):\n    Post.objects.filter(pk=pk, author=request.user).delete()\n    return redirect('posts')",
      "from flask import Flask, redirect\napp = Flask(__name__)\n@app.route('/account/delete')\ndef delete_account():\n    db.session.delete(current_user)\n    db.session.commit()\n    return redirect('/')",
      "app.config['JWT_COOKIE_CSRF_PROTECT'] = False",
      {
        code: "import pytest\n@pytest.fixture()\ndef client(app):\n    app.config.update(TESTING=True, WTF_CSRF_ENABLED=False)\n    return app.test_client()",
        line: 4,
        severity: "LOW",
      },
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
      {
        code: "from django.views.decorators.csrf import csrf_exempt as open_view\n@open_view\ndef v(r):\n    pass",
        line: 2,
      },
      {
        code: "from django.views.decorators.csrf import csrf_exempt as open_view\nfrom django.utils.decorators import method_decorator\n@method_decorator(open_view, name='dispatch')\nclass V(View):\n    pass",
        line: 3,
      },
      "app.config['WTF_CSRF_ENABLED'] = False",
      {
        code: "from flask_wtf import FlaskForm\nclass F(FlaskForm):\n    class Meta:\n        csrf = False",
        line: 4,
      },
      { code: "def make(data):\n    return TransferForm(formdata=data, meta={'csrf': False})", line: 2 },
      {
        code: "import click\n@click.command()\ndef web(email):\n    pass\ndef make(data):\n    return TransferForm(formdata=data, meta={'csrf': False})",
        line: 6,
      },
      {
        code: "MIDDLEWARE = [\n    'django.contrib.sessions.middleware.SessionMiddleware',\n    'django.middleware.common.CommonMiddleware',\n]",
        line: 1,
      },
    ],
  },
});
