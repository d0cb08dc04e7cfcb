import { field, namedChildren, perTree, sourceMatches } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";
import { handlerOf } from "./web.js";

const LOGOUT = /log_?out|sign_?out/i;
/** The handler tells the browser to forget its cookie. */
const DROPS_COOKIE = /\.delete_cookie\(|\.set_cookie\([^)]*\b(expires|max_age)\s*=\s*0\b/;

/**
 * Module-level dicts that hold server-side sessions (`SESSIONS = {}`, `tokens: dict = {}`) and are looked up by a
 * cookie's value somewhere in the module.
 */
const sessionStores = perTree((ctx: PythonContext): string[] => {
  const out: string[] = [];
  for (const st of namedChildren(ctx.tree.root)) {
    const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
    const l = a?.type === "assignment" ? field(a, "left") : undefined;
    const r = a?.type === "assignment" ? field(a, "right") : undefined;
    if (l?.type !== "identifier" || !r || !/^(dictionary|call)$/.test(r.type)) continue;
    if (r.type === "call" && !/^(dict|defaultdict|collections\.defaultdict|OrderedDict)$/.test(ctx.callee(r)))
      continue;
    const name = ctx.text(l);
    if (!/session|token|sid/i.test(name)) continue;
    const byCookie = `\\b${name}\\s*(\\.get\\(|\\[)\\s*(request\\.cookies|\\w*(sid|token|session)\\w*\\b)`;
    if (sourceMatches(ctx.tree, byCookie, "i")) out.push(name);
  }
  return out;
});

export default pyRule({
  meta: {
    id: "PY-LOGOUT-001",
    title: "Logout clears the cookie but leaves the server-side session valid",
    cwe: ["CWE-613"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the session store is out of sight: the handler deletes a session cookie and invalidates nothing",
      },
    ],
    docs: {
      what_it_does:
        "Flags logout handlers that delete the session cookie (delete_cookie, or set_cookie with expires/max_age 0) in a module that keeps server-side sessions in a dict looked up by that cookie, without removing the entry from the dict.",
      why_bad:
        "The session id stays valid on the server: anyone who copied the cookie (a shared computer, a proxy log, an XSS) keeps using the account after its owner logged out (CWE-613, insufficient session expiration).",
      example_bad:
        "from flask import Flask, request, make_response\napp = Flask(__name__)\nSESSIONS = {}\n@app.post('/logout')\ndef logout():\n    resp = make_response('bye')\n    resp.delete_cookie('sid')\n    return resp\n@app.get('/me')\ndef me():\n    return {'user': SESSIONS.get(request.cookies.get('sid'))}",
      example_good:
        "from flask import Flask, request, make_response\napp = Flask(__name__)\nSESSIONS = {}\n@app.post('/logout')\ndef logout():\n    SESSIONS.pop(request.cookies.get('sid'), None)\n    resp = make_response('bye')\n    resp.delete_cookie('sid')\n    return resp\n@app.get('/me')\ndef me():\n    return {'user': SESSIONS.get(request.cookies.get('sid'))}",
    },
    fix_hint: "On logout delete the server-side session (SESSIONS.pop(sid)) as well as the cookie.",
  },
  trigger: /log_?out|sign_?out/i,
  nodeTypes: ["function_definition"],
  detect(node, ctx, report) {
    const h = handlerOf(ctx, node);
    if (!h || !(LOGOUT.test(h.path) || LOGOUT.test(h.name))) return;
    const body = ctx.text(field(node, "body") ?? node);
    if (!DROPS_COOKIE.test(body)) return;
    const all = sessionStores(ctx);
    if (all.length === 0) {
      // No store in the module: a handler that only drops a session-id cookie (and clears, revokes or deletes
      // nothing) leaves the id valid wherever the sessions are kept.
      // (Django's own cookie name read from settings counts: `delete_cookie(settings.SESSION_COOKIE_NAME)`.)
      const named =
        /\.delete_cookie\(\s*(?:key\s*=\s*)?(["']\w*(sid|sess|session|token|auth)\w*["']|([\w.]+\.)?SESSION_COOKIE_NAME\b)/i.test(
          body,
        );
      if (
        named &&
        !/\b(clear|pop|flush|logout|logout_user|revoke\w*|invalidate\w*|delete|remove|expire\w*|destroy\w*|blacklist|blocklist|discard)\s*\(|\bdel\s/.test(
          body,
        )
      )
        report({
          node: field(node, "name") ?? node,
          severity: "LOW",
          reason:
            "the session store is out of sight: the handler deletes a session cookie and invalidates nothing",
          message: "logout deletes the session cookie but invalidates nothing on the server",
        });
      return;
    }
    const stores = all.filter((s) => !new RegExp(`\\b${s}\\b`).test(body));
    if (stores.length === 0 || stores.length < all.length) return;
    report({
      node: field(node, "name") ?? node,
      message: `logout deletes the cookie but the session stays in ${stores[0]} on the server`,
    });
  },
  cases: {
    valid: [
      "from flask import Flask, request, make_response\napp = Flask(__name__)\nSESSIONS = {}\n@app.post('/logout')\ndef logout():\n    SESSIONS.pop(request.cookies.get('sid'), None)\n    resp = make_response('bye')\n    resp.delete_cookie('sid')\n    return resp\n@app.get('/me')\ndef me():\n    return {'user': SESSIONS.get(request.cookies.get('sid'))}",
      "from flask import Flask, make_response\napp = Flask(__name__)\n@app.post('/logout')\ndef logout():\n    resp = make_response('bye')\n    resp.delete_cookie('theme')\n    return resp",
      "from flask import Flask, request, make_response\napp = Flask(__name__)\n@app.post('/logout')\ndef logout():\n    store.delete(request.cookies.get('sid'))\n    resp = make_response('bye')\n    resp.delete_cookie('sid')\n    return resp",
    ],
    invalid: [
      "from django.conf import settings\nfrom django.shortcuts import redirect\ndef logout_view(request):\n    response = redirect('home')\n    response.delete_cookie(settings.SESSION_COOKIE_NAME)\n    return response",
      {
        code: "from flask import Flask, make_response\napp = Flask(__name__)\n@app.post('/logout')\ndef logout():\n    resp = make_response('bye')\n    resp.delete_cookie('sid')\n    return resp",
        line: 4,
        severity: "LOW",
      },
      {
        code: "from flask import Flask, request, make_response\napp = Flask(__name__)\nSESSIONS = {}\n@app.post('/logout')\ndef logout():\n    resp = make_response('bye')\n    resp.delete_cookie('sid')\n    return resp\n@app.get('/me')\ndef me():\n    return {'user': SESSIONS.get(request.cookies.get('sid'))}",
        line: 5,
      },
    ],
  },
});
