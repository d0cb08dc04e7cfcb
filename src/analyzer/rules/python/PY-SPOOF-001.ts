import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { keyedRead, pyRule } from "./common.js";

/**
 * Request headers a client writes as it likes and that name where the request came from: the Referer, and the
 * client-address headers a proxy appends to (X-Forwarded-For's first entry is whatever the client sent).
 * X-Real-IP is left out: a reverse proxy usually overwrites it.
 */
const REFERER = /^(referr?er|http_referr?er)$/i;
const CLIENT_IP =
  /^(http_)?(x[-_]forwarded[-_]for|x[-_]client[-_]ip|client[-_]ip|true[-_]client[-_]ip|x[-_]originating[-_]ip|forwarded)$/i;
/** Where header maps live: Flask/Starlette request.headers, Django request.META / request.headers, http.server. */
const HEADER_MAPS = /(^|\.)(request\.(headers|META)|self\.headers|self\.request\.headers)$/;
/** What a handler that also authenticates the caller does; a Referer check beside it is a CSRF check. */
export const AUTHENTICATED =
  /login_required|current_user|is_authenticated|request\.user\b|session\[|session\.get\(|permission_required|Depends\(|jwt\.decode|check_password|compare_digest/;
/** A branch that refuses: abort(401/403), raise, or a 401/403 response. */
export const REFUSES =
  /\babort\(\s*40[123]|\braise\b|\breturn\b[^\n]*\b40[123]\b|Forbidden|PermissionDenied|Unauthorized|\bconn\w*\.close\(\)/;

/** Headers that name the caller: set by an authenticating proxy at best, by the client itself otherwise. */
const IDENTITY_HEADER =
  /^(http_)?x[-_](remote[-_]|auth[-_]|authenticated[-_]|forwarded[-_])?(user|user[-_]?id|user[-_]?name|username|email|login)$/i;

/** `request.headers.get("X-User")` / `request.META["HTTP_X_USER"]`: the header's name, or undefined. */
function identityHeaderRead(ctx: PythonContext, n: SyntaxNode): string | undefined {
  const read = keyedRead(ctx, n);
  if (!read || !HEADER_MAPS.test(ctx.qname(read.map) || ctx.text(read.map))) return undefined;
  const k = ctx.stringValue(read.key);
  return k !== undefined && IDENTITY_HEADER.test(k) ? k : undefined;
}

/** The header a node reads (`request.headers.get("Referer")`, `request.META["HTTP_X_FORWARDED_FOR"]`). */
function headerRead(ctx: PythonContext, n: SyntaxNode): string | undefined {
  if (n.type === "attribute") {
    const q = ctx.qname(n);
    if (/(^|\.)request\.referrer$/.test(q)) return "Referer";
    if (/(^|\.)request\.access_route$/.test(q)) return "X-Forwarded-For";
    return undefined;
  }
  const read = keyedRead(ctx, n);
  if (!read || !HEADER_MAPS.test(ctx.qname(read.map) || ctx.text(read.map))) return undefined;
  const k = ctx.stringValue(read.key);
  return k !== undefined && (REFERER.test(k) || CLIENT_IP.test(k)) ? k : undefined;
}

/**
 * `xff.split(",")[-1]`: the last entry is the one the nearest proxy added, not the client's. Any read of the
 * header through such an index does not count.
 */
function lastEntry(ctx: PythonContext, read: SyntaxNode): boolean {
  for (let p = read.parent; p && !STOPS.has(p.type); p = p.parent)
    if (p.type === "subscript" && /^-\s*1$/.test(ctx.text(field(p, "subscript") ?? p))) return true;
  return false;
}
/** Where the expression that reads the header ends. */
const STOPS = new Set(["assignment", "comparison_operator", "if_statement", "expression_statement", "block"]);

export default pyRule({
  meta: {
    id: "PY-SPOOF-001",
    title: "Access decided on the Referer or a client-address header the client can forge",
    cwe: ["CWE-290", "CWE-293", "CWE-348", "CWE-350"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags an if statement that refuses the request (abort(401/403), raise, a 401/403 response) on a comparison of the Referer header, or of a client-address header (X-Forwarded-For's first entry, Client-IP, True-Client-IP, Forwarded), with an allow-list or prefix, and likewise a reverse DNS name (socket.gethostbyaddr / getfqdn) not confirmed by a forward lookup. Also an X-User / X-Remote-User / X-Email header taken as the caller's identity by a presence test that answers 401/403, where nothing in the handler verifies a token or password. A Referer check in a handler that also authenticates the caller (login_required, current_user, a session, a token check) is a CSRF check and is not flagged.",
      why_bad:
        "The client writes these headers itself: any script can send `Referer: https://admin.example.com/` or `X-Forwarded-For: 127.0.0.1`, so the check authenticates nobody (CWE-290 authentication bypass by spoofing, CWE-293 Referer, CWE-348 less trusted source); a reverse DNS name is whatever the owner of the address's PTR zone writes (CWE-350).",
      example_bad:
        "from flask import request, abort\ndef metrics():\n    ip = request.headers.get('X-Forwarded-For', request.remote_addr).split(',')[0]\n    if ip not in TRUSTED:\n        abort(403)\n    return stats()",
      example_good:
        "import hmac, os\nfrom flask import request, abort\ndef metrics():\n    token = request.headers.get('Authorization', '').removeprefix('Bearer ')\n    if not hmac.compare_digest(token, os.environ['METRICS_TOKEN']):\n        abort(403)\n    return stats()",
    },
    fix_hint:
      "Authenticate the caller (a session, a token compared in constant time); take the client address from the connection or from a proxy you trust (ProxyFix with the number of proxies).",
  },
  trigger:
    /X[-_](REMOTE[-_]|AUTH[-_])?USER|X-(Remote-|Auth-)?User|X[-_]EMAIL|X-Email|[Rr]eferr?er|REFERR?ER|[Ff]orwarded|FORWARDED|[Cc]lient[-_]IP|CLIENT_IP|[Oo]riginating|access_route|gethostbyaddr|getfqdn/,
  nodeTypes: ["if_statement"],
  detect(node, ctx, report) {
    const cond = field(node, "condition");
    if (!cond) return;
    const branches = [field(node, "consequence"), field(node, "alternative")].filter((b) => !!b);
    if (!branches.some((b) => REFUSES.test(ctx.text(b)))) return;
    // `user = request.headers.get("X-User"); if not user: abort(401)`: whoever sends the header is that user.
    const seen = [cond, ...descendants(cond)];
    for (const id of seen.filter((p) => p.type === "identifier")) {
      const v = ctx.resolve(id);
      if (v && v !== id) seen.push(v, ...descendants(v));
    }
    const who = seen.map((p) => identityHeaderRead(ctx, p)).find((h) => h);
    if (
      who &&
      /\b40[13]\b|Unauthorized|PermissionDenied|Forbidden/.test(branches.map((b) => ctx.text(b)).join("\n"))
    ) {
      const fn = ctx.enclosingFunction(node);
      if (!(fn && /jwt\.decode|compare_digest|check_password|verify/.test(ctx.text(fn)))) {
        report({
          node: cond,
          message: `the caller is whoever the ${who} header names, which the client sets itself`,
        });
        return;
      }
    }
    // The header must be compared (==, in, startswith...), not only tested for presence.
    const compared = [cond, ...descendants(cond)].filter(
      (n) =>
        n.type === "comparison_operator" ||
        (n.type === "call" && /^(startswith|endswith)$/.test(ctx.method(n))) ||
        (n.type === "call" && /^ipaddress\.ip_(address|network)$/.test(ctx.callee(n))),
    );
    for (const c of compared) {
      const parts = [c, ...descendants(c)];
      for (const id of parts.filter((p) => p.type === "identifier")) {
        const v = ctx.resolve(id);
        if (v && v !== id) parts.push(v, ...descendants(v));
      }
      for (const p of parts) {
        // socket.gethostbyaddr(ip): the name comes from the PTR record, which the owner of the address block
        // writes; only a forward lookup that leads back to the address (getaddrinfo/gethostbyname) confirms it.
        if (p.type === "call" && /^socket\.(gethostbyaddr|getfqdn)$/.test(ctx.callee(p))) {
          const fn = ctx.enclosingFunction(node);
          if (fn && /\b(getaddrinfo|gethostbyname(_ex)?)\(/.test(ctx.text(fn))) return;
          report({
            node: c,
            message: "access is decided on a reverse DNS name, which the address owner chooses",
          });
          return;
        }
        const header = headerRead(ctx, p);
        if (!header || lastEntry(ctx, p)) continue;
        if (REFERER.test(header) || header === "Referer") {
          const fn = ctx.enclosingFunction(node);
          const decorated = fn?.parent?.type === "decorated_definition" ? fn.parent : fn;
          if (decorated && AUTHENTICATED.test(ctx.text(decorated))) return;
        }
        report({
          node: c,
          message: `access is decided on the ${header} header, which the client sets itself`,
        });
        return;
      }
    }
  },
  cases: {
    valid: [
      "import jwt\nfrom flask import request, abort\ndef profile():\n    name = request.headers.get('X-User')\n    claims = jwt.decode(request.headers['Authorization'][7:], KEY, algorithms=['HS256'])\n    if not name or claims['sub'] != name:\n        abort(401)\n    return load(name)",
      "import socket\nfrom flask import request, abort\ndef register():\n    ip = request.remote_addr\n    host, _, _ = socket.gethostbyaddr(ip)\n    if not host.endswith('.build.example.com'):\n        abort(403)\n    if ip not in {a[4][0] for a in socket.getaddrinfo(host, None)}:\n        abort(403)\n    return issue(host)",
      // A Referer check beside a login: a CSRF defence, the login authenticates.
      "from flask import request, abort\nfrom flask_login import login_required\n@login_required\ndef f():\n    if not request.referrer or not request.referrer.startswith('https://app.example.com/'):\n        abort(403)\n    return 'ok'",
      // The entry the nearest proxy appended.
      "from flask import request, abort\ndef f():\n    ip = request.headers.get('X-Forwarded-For', '').split(',')[-1].strip()\n    if ip not in TRUSTED:\n        abort(403)\n    return 'ok'",
      // Presence only, and logging.
      "import logging\nfrom flask import request\ndef f():\n    if request.headers.get('X-Forwarded-For'):\n        logging.info('proxied from %s', request.headers['X-Forwarded-For'])\n    return 'ok'",
      // A redirect back to the Referer is PY-REDIR-001's, not an access decision.
      "from flask import request, redirect\ndef f():\n    ref = request.headers.get('Referer', '/')\n    if ref.startswith('/'):\n        return redirect(ref)\n    return redirect('/')",
      "from flask import request, abort\ndef f():\n    if request.remote_addr not in TRUSTED:\n        abort(403)\n    return 'ok'",
    ],
    invalid: [
      {
        code: "from flask import request, abort\ndef profile():\n    name = request.headers.get('X-User')\n    if not name:\n        abort(401)\n    return load(name)",
        line: 4,
      },
      {
        code: "import socket\nfrom flask import request, abort\ndef register():\n    host, _, _ = socket.gethostbyaddr(request.remote_addr)\n    if not host.endswith('.build.example.com'):\n        abort(403)\n    return issue(host)",
        line: 5,
      },
      {
        code: "from flask import request, abort\ndef remove(uid):\n    ref = request.headers.get('Referer', '')\n    if not ref.startswith('https://admin.example.com/'):\n        abort(403)\n    delete_user(uid)",
        line: 4,
      },
      {
        code: "from flask import request, abort\nTRUSTED = {'10.0.0.5'}\ndef f():\n    ip = request.headers.get('X-Forwarded-For', request.remote_addr).split(',')[0].strip()\n    if ip not in TRUSTED:\n        abort(403)\n    return 'ok'",
        line: 5,
      },
      "def view(request):\n    if request.META.get('HTTP_X_FORWARDED_FOR') != '127.0.0.1':\n        raise PermissionDenied()\n    return 'ok'",
      "from flask import request, abort\ndef f():\n    if request.access_route[0] not in TRUSTED:\n        abort(403)\n    return 'ok'",
      // A reverse DNS name deciding whether the connection is served or closed.
      {
        code: "import socket\ndef loop(srv):\n    conn, (addr, _) = srv.accept()\n    name = socket.getfqdn(addr)\n    if name in TRUSTED:\n        serve(conn)\n    else:\n        conn.close()",
        line: 5,
      },
    ],
  },
});
