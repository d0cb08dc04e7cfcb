import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { keyedRead, pyRule } from "./common.js";
import { AUTHENTICATED, REFUSES } from "./PY-SPOOF-001.js";

/**
 * The connection's client address: Flask's request.remote_addr, Starlette's request.client.host, Django's
 * META["REMOTE_ADDR"] (or the X-Real-IP a proxy sets), WSGI environ, http.server's client_address.
 */
function clientAddress(ctx: PythonContext, n: SyntaxNode): boolean {
  const t = ctx.text(n);
  if (n.type === "attribute")
    return (
      /(^|\.)request\.(remote_addr|client\.host)$/.test(ctx.qname(n) || t) ||
      /^request\.client\.host$/.test(t)
    );
  const read = keyedRead(ctx, n);
  if (!read) return false;
  const { map, key } = read;
  if (n.type === "subscript" && /^self\.client_address$/.test(ctx.text(map)) && ctx.text(key ?? n) === "0")
    return true;
  if (!/(^|\.)(request\.(headers|META|environ)|environ)$/.test(ctx.qname(map) || ctx.text(map))) return false;
  return /^(REMOTE_ADDR|HTTP_X_REAL_IP|X-Real-IP)$/i.test(ctx.stringValue(key) ?? "");
}
/** What a branch does when it signs the caller in as an account. */
const SIGNS_IN =
  /\brequest\.user\s*=|\blogin_user\(|\blogin\(\s*request\b|\bsession\[\s*["'](uid|user_id|user|username)["']\]\s*=/;

/**
 * CWE-291: the client address decides who the caller is. A branch that signs the caller in as an account looked
 * up by the address (`user = PARTNER_IPS.get(ip); if user: request.user = ...`) is reported at the rule's
 * severity; an allow-list of addresses that refuses everyone else, in a function that authenticates nobody
 * otherwise, at LOW.
 */
function ipIdentity(
  ctx: PythonContext,
  node: SyntaxNode,
  cond: SyntaxNode,
  branches: SyntaxNode[],
  report: (r: { node: SyntaxNode; message: string; severity?: "LOW"; reason?: string }) => void,
): void {
  const signsIn = branches.some((b) => SIGNS_IN.test(ctx.text(b)));
  if (!signsIn && !branches.some((b) => REFUSES.test(ctx.text(b)))) return;
  const parts = [cond, ...descendants(cond)];
  for (const id of parts.filter((p) => p.type === "identifier")) {
    const v = ctx.resolve(id);
    if (v && v !== id) parts.push(v, ...descendants(v));
  }
  // `x or request.remote_addr` and `.get(ip)` one step further
  for (const id of parts.filter((p) => p.type === "identifier")) {
    const v = ctx.resolve(id);
    if (v && v !== id && !parts.includes(v)) parts.push(v, ...descendants(v));
  }
  if (!parts.some((p) => clientAddress(ctx, p))) return;
  // (a header the client writes, X-Forwarded-For and the like, is PY-SPOOF-001's)
  if (
    parts.some(
      (p) => p.type === "string" && /forwarded|client[-_]ip|originating|referr?er/i.test(ctx.text(p)),
    )
  )
    return;
  if (signsIn) {
    report({ node: cond, message: "the caller is signed in as the account its client address maps to" });
    return;
  }
  // Only a membership or equality test of the address (or of ipaddress objects made from it) is an allow-list.
  // (a set built from DNS answers is a forward-confirmation of a reverse name, not an allow-list)
  if (!descendants(cond).some((n) => n.type === "comparison_operator") && cond.type !== "comparison_operator")
    return;
  if (/\bsocket\.|getaddrinfo|gethostbyname/.test(ctx.text(cond))) return;
  const fn = ctx.enclosingFunction(node);
  const decorated = fn?.parent?.type === "decorated_definition" ? fn.parent : fn;
  if (!decorated || AUTHENTICATED.test(ctx.text(decorated))) return;
  report({
    node: cond,
    severity: "LOW",
    reason: ALLOW_LIST_REASON,
    message: "access is decided on the client address alone: an address is not an identity",
  });
}

const ALLOW_LIST_REASON =
  "the only gate is an allow-list of the connection's own client address: an address is not an identity (shared NAT, a compromised host in the range, spoofed UDP), but TCP makes it hard to forge";

export default pyRule({
  meta: {
    id: "PY-IPAUTH-001",
    title: "Caller authenticated by its client address",
    cwe: ["CWE-291"],
    severity: "MEDIUM",
    severity_variants: [{ severity: "LOW", when: ALLOW_LIST_REASON }],
    docs: {
      what_it_does:
        "Flags an if on the connection's client address (request.remote_addr, request.client.host, META REMOTE_ADDR or X-Real-IP, http.server's client_address) whose branch signs the caller in as an account the address maps to (request.user =, login_user(), session['uid'] =); and, at LOW, an allow-list of addresses that refuses everyone else in a handler that authenticates nobody otherwise.",
      why_bad:
        "An address names a machine or a NAT gateway, not a person: everyone behind the office NAT, any compromised host in the range and anyone who can route from it is let in (CWE-291).",
      example_bad:
        "class PartnerLogin:\n    def __call__(self, request):\n        name = PARTNERS.get(request.META.get('REMOTE_ADDR'))\n        if name:\n            request.user = User.objects.get(username=name)\n        return self.get_response(request)",
      example_good:
        "from flask import abort\nfrom flask_login import login_required, current_user\n@login_required\ndef export():\n    if not current_user.is_admin:\n        abort(403)\n    return send_export()",
    },
    fix_hint:
      "Authenticate the caller (a session, a token or a client certificate); keep an address list only as an extra layer.",
  },
  trigger: /remote_addr|REMOTE_ADDR|client\.host|client_address|X[-_]REAL[-_]IP|X-Real-IP/i,
  nodeTypes: ["if_statement"],
  detect(node, ctx, report) {
    const cond = field(node, "condition");
    if (!cond) return;
    const branches = [field(node, "consequence"), field(node, "alternative")].filter((b) => !!b);
    ipIdentity(ctx, node, cond, branches, report);
  },
  cases: {
    valid: [
      "from flask import request, abort\ndef f():\n    ip = request.headers.get('X-Forwarded-For', request.remote_addr).split(',')[0]\n    if ip not in TRUSTED:\n        abort(403)\n    return 'ok'",
      // The client address beside a login: the login authenticates.
      "from flask import request, abort\nfrom flask_login import login_required\n@login_required\ndef f():\n    if request.remote_addr not in TRUSTED:\n        abort(403)\n    return 'ok'",
      "import logging\nfrom flask import request\ndef f():\n    if request.remote_addr:\n        logging.info('from %s', request.remote_addr)\n    return 'ok'",
    ],
    invalid: [
      // CWE-291: the connection address as the only gate (LOW), and as the account the caller becomes.
      {
        code: "from flask import request, abort\ndef f():\n    if request.remote_addr not in TRUSTED:\n        abort(403)\n    return 'ok'",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import ipaddress\nfrom flask import request, abort\nOFFICE = ipaddress.ip_network('10.0.0.0/8')\ndef f():\n    if ipaddress.ip_address(request.remote_addr) not in OFFICE:\n        abort(403)\n    return 'ok'",
        line: 5,
        severity: "LOW",
      },
      {
        code: "class M:\n    def __call__(self, request):\n        ip = request.META.get('REMOTE_ADDR')\n        name = PARTNERS.get(ip)\n        if name:\n            request.user = User.objects.get(username=name)\n        return self.get_response(request)",
        line: 5,
        severity: "MEDIUM",
      },
    ],
  },
});
