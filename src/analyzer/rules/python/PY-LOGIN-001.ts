import type { SyntaxNode } from "../../parse/index.js";
import {
  ancestor,
  descendants,
  field,
  namedChildren,
  nodesOfType,
  nodesOfTypeWithin,
  perTree,
  sourceHas,
} from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { inTestCode, PASSWORD_CHECKS, pyRule } from "./common.js";

/** Calls that verify a password (or a password-equivalent secret) and answer with a truth value. */
const VERIFY_CALL = new RegExp(
  String.raw`(^|\.)(${PASSWORD_CHECKS}|verify|validate_password|password_matches|check_credentials)$`,
);
/** Of those, the ones that answer False instead of raising (a key's or argon2's verify() raises on a mismatch). */
const VERIFY_BOOL = /(^|\.)(check_password_hash|check_password|checkpw|compare_digest|password_matches)$/;
/** Names that hold a password the caller typed. */
const PASSWORD_NAME = /^(password|passwd|pass|pw|pwd|passphrase|user_?password|plain(_?password)?)$/i;
/** Functions that sign a caller in: by name or by the route path in their decorators. */
const LOGIN_FN = /^(api_|do_|handle_)?(login|log_in|signin|sign_in)(_view|_user|_post|_api)?$|^login/i;
/** What signs the user in: Flask-Login, Django's login(request, user), or the user id put in the session. */
const SIGN_IN =
  /\b(login_user\s*\(|(auth\.)?login\s*\(\s*request\s*,|session\s*\[\s*['"](user_?id|uid|user|username)['"]\s*\]\s*=)/;
/**
 * Anything that can stand for a credential check in a sign-in function: a password read or compared, Django's
 * authenticate(), a one-time code, a token or OAuth exchange, a signature.
 */
const CREDENTIAL =
  /passw|\bpwd\b|\bpw\b|authenticate\s*\(|check_|verify|otp|totp|token|oauth|code|signature|hmac|compare_digest|ldap|kerberos|saml|assertion|webauthn|magic/i;

/** What hands a session or token to the caller once signed in. */
const ISSUE_TOKEN =
  /\b(create|issue|make|generate|encode)_\w*token\s*\(|\bjwt\.encode\s*\(|\bRefreshToken\.for_user\(/;

/**
 * The password the caller sent (`body.password`, `form["password"]`, a `password` parameter), when every read of it
 * in the function only tests that it is there (`not body.password`, `if password:`, `password is None`): it is never
 * handed to a check or compared. Returns the first read; undefined when any read goes elsewhere or none is found.
 */
function passwordOnlyTested(ctx: PythonContext, fn: SyntaxNode): SyntaxNode | undefined {
  const reads: SyntaxNode[] = [];
  for (const d of descendants(field(fn, "body") ?? fn)) {
    if (d.type === "attribute" && PASSWORD_NAME.test(ctx.text(field(d, "attribute") ?? d))) reads.push(d);
    else if (d.type === "subscript" && PASSWORD_NAME.test(ctx.stringValue(field(d, "subscript")) ?? ""))
      reads.push(d);
    else if (d.type === "identifier" && PASSWORD_NAME.test(ctx.text(d)) && d.parent?.type !== "attribute")
      reads.push(d);
  }
  if (!reads.length) return undefined;
  for (const r of reads) {
    let p = r.parent;
    // `request.form["password"]`'s own receiver chain, and `.data` of a WTForms field, are the read itself.
    let at = r;
    while (p && p.type === "attribute" && field(p, "object") === at) {
      at = p;
      p = p.parent;
    }
    if (p?.type === "not_operator") p = p.parent;
    const tested =
      (p?.type === "boolean_operator" || p?.type === "if_statement" || p?.type === "elif_clause") &&
      (p.type !== "if_statement" ||
        field(p, "condition") === at ||
        field(p, "condition")?.type === "not_operator");
    const isNone =
      p?.type === "comparison_operator" &&
      /\bis\b/.test(
        p.children
          .filter((c) => !c.named)
          .map((c) => c.type)
          .join(" "),
      );
    if (!tested && !isNone) return undefined;
  }
  return reads[0];
}

/** The text of a function with its docstring and comments dropped. */
function code(ctx: PythonContext, fn: SyntaxNode): string {
  return ctx
    .text(fn)
    .replace(/^[ \t]*[rRuU]?("""[\s\S]*?"""|'''[\s\S]*?''')/gm, "")
    .replace(/#.*$/gm, "");
}

function loginFunction(ctx: PythonContext, fn: SyntaxNode): boolean {
  const name = ctx.text(field(fn, "name") ?? fn);
  if (LOGIN_FN.test(name)) return true;
  const dec = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
  return (
    !!dec && /@[\w.]+\.(route|post|api_route)\(\s*['"][^'"]*\/(login|signin|sign-in)\b/i.test(ctx.text(dec))
  );
}

/**
 * `if not request.headers.get("X-API-Key"): abort(401)` with the header read nowhere else in the function: the
 * key is required to be there, never to be right.
 */
function presenceOnly(ctx: PythonContext, call: SyntaxNode): boolean {
  if (!/^(get)$/.test(ctx.method(call))) return false;
  const recv = field(field(call, "function") ?? call, "object");
  if (!recv || !/(^|\.)headers$/.test(ctx.text(recv))) return false;
  const key = ctx.stringValue(ctx.args(call)[0]);
  if (!key || !/api[-_]?key|token|auth/i.test(key)) return false;
  const p = call.parent?.type === "not_operator" ? call.parent : call;
  const cond = p.parent;
  if (!cond || !/^(if_statement|elif_clause)$/.test(cond.type) || field(cond, "condition") !== p)
    return false;
  const fn = ctx.enclosingFunction(call);
  if (!fn) return false;
  return ctx.text(fn).split(key).length === 2;
}

/** A credential a FastAPI dependency takes: `authorization: str = Header(...)`, `key = Security(api_key_header)`. */
const CREDENTIAL_PARAM =
  /^(authorization|auth(_header)?|token|access_token|bearer|api_?key|x_api_key|key|credentials)$/i;
/** String steps that inspect or cut a credential without checking it against anything. */
const SHAPE_METHOD =
  /^(startswith|endswith|lower|upper|strip|lstrip|rstrip|removeprefix|split|partition|replace|casefold)$/;

/** The names the file hands to `Depends(...)` / `Security(...)`, read once per file (not once per function). */
const dependencyNames = perTree((ctx: PythonContext): Set<string> => {
  const names = new Set<string>();
  for (const m of ctx.tree.source.matchAll(/\b(?:Depends|Security)\(\s*([^\s,()]+)\s*[,)]/g))
    names.add(m[1]!);
  return names;
});

/** The credential parameters of a function used as a FastAPI dependency (`Depends(f)` / `Security(f)` in the file). */
function dependencyCredentials(ctx: PythonContext, fn: SyntaxNode): SyntaxNode[] {
  const name = ctx.text(field(fn, "name") ?? fn);
  // (named in Depends()/Security(), or a plain function of the file - no route decorator - taking such a header)
  if (fn.parent?.type === "decorated_definition" && !dependencyNames(ctx).has(name)) return [];
  return namedChildren(field(fn, "parameters") ?? fn).flatMap((p) => {
    const id = p.type === "identifier" ? p : field(p, "name");
    if (!id || id.type !== "identifier" || !CREDENTIAL_PARAM.test(ctx.text(id))) return [];
    const decl = ctx.text(p).slice(ctx.text(id).length);
    return /\b(Header|Security|Cookie)\(|APIKey\w*|HTTPBearer|HTTPAuthorizationCredentials/.test(decl)
      ? [id]
      : [];
  });
}

/**
 * Where each read of `name` in `body` goes: "shape" (a presence test, a string step, a slice, returned, or a name
 * that only does the same), "check" (anything else: handed to a call, compared with a value, looked up).
 */
function onlyShaped(ctx: PythonContext, body: SyntaxNode, name: string, depth = 0): boolean {
  for (const ref of descendants(body)) {
    if (ref.type !== "identifier" || ctx.text(ref) !== name) continue;
    let n: SyntaxNode = ref;
    // Climb through string steps and slices: `authorization.lower().startswith(...)`, `authorization[7:]`.
    for (;;) {
      const up = n.parent;
      if (up?.type === "attribute" && field(up, "object") === n && up.parent?.type === "call") {
        if (!SHAPE_METHOD.test(ctx.text(field(up, "attribute") ?? up))) return false;
        n = up.parent;
        continue;
      }
      if (up?.type === "subscript" && field(up, "value") === n && field(up, "subscript")?.type === "slice") {
        n = up;
        continue;
      }
      break;
    }
    const up = n.parent;
    if (!up) return false;
    if (up.type === "not_operator" || up.type === "return_statement") continue;
    if (/^(if_statement|elif_clause|while_statement)$/.test(up.type) && field(up, "condition") === n)
      continue;
    if (up.type === "boolean_operator") continue;
    // `x is None`, `x == ""`: a presence test.
    if (
      up.type === "comparison_operator" &&
      namedChildren(up).every((c) => c === n || c.type === "none" || ctx.isLiteralString(c))
    )
      continue;
    // `token = authorization[7:]`: the new name is judged the same way.
    if (up.type === "assignment" && field(up, "right") === n && depth < 2) {
      const left = field(up, "left");
      if (left?.type === "identifier" && onlyShaped(ctx, body, ctx.text(left), depth + 1)) continue;
    }
    return false;
  }
  return true;
}

/**
 * Whether every consumer of the dependency `name` in the file (`token: str = Depends(name)`) leaves what it hands
 * over unchecked too: a token-extracting dependency whose value another dependency decodes (`jwt.decode(token)`)
 * is the first half of a check, not a missing one. False when nothing in the file consumes it.
 */
function consumersUnchecked(ctx: PythonContext, name: string): boolean {
  const use = new RegExp(`^\\s*(Depends|Security)\\(\\s*${name}\\s*[,)]`);
  let seen = 0;
  for (const fn of nodesOfType(ctx.tree, "function_definition")) {
    for (const p of namedChildren(field(fn, "parameters") ?? fn)) {
      const dflt = field(p, "value");
      const id = field(p, "name");
      if (!dflt || !id || !use.test(ctx.text(dflt))) continue;
      seen++;
      if (!onlyShaped(ctx, field(fn, "body") ?? fn, ctx.text(id))) return false;
    }
  }
  return seen > 0;
}

/** `if key.startswith("test_"): return key`: a prefix (or substring) of the credential alone lets the caller in. */
function prefixBypass(ctx: PythonContext, body: SyntaxNode, name: string): SyntaxNode | undefined {
  return namedChildren(body).find((st) => {
    if (st.type !== "if_statement") return false;
    const cond = field(st, "condition");
    const stmts = namedChildren(field(st, "consequence") ?? st).filter((c) => c.type !== "comment");
    const ret =
      stmts.length === 1 && stmts[0]!.type === "return_statement" ? namedChildren(stmts[0]!)[0] : undefined;
    if (!cond || !ret || ret.type === "none" || ret.type === "false") return false;
    const prefix =
      cond.type === "call" &&
      /^(startswith|endswith)$/.test(ctx.method(cond)) &&
      ctx.text(field(field(cond, "function") ?? cond, "object") ?? cond) === name &&
      ctx.isLiteralString(ctx.args(cond)[0]);
    const substring =
      cond.type === "comparison_operator" &&
      /^\s*in\s*$/.test(
        ctx.tree.source.slice(namedChildren(cond)[0]!.end, namedChildren(cond)[1]?.start ?? 0),
      ) &&
      ctx.isLiteralString(namedChildren(cond)[0]) &&
      ctx.text(namedChildren(cond)[1] ?? cond) === name;
    return prefix || substring;
  });
}

export default pyRule({
  meta: {
    id: "PY-LOGIN-001",
    title: "Sign-in that does not verify the password",
    cwe: ["CWE-287"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags authentication code that lets a caller in without proving who they are: a login function that looks the user up by name and signs them in (login_user, Django login, session['user_id']) with no password or other credential check, a password check whose result is thrown away, `if not password or checkpw(...)` (an empty password passes), an API key or token header tested only for presence, a secret tested as a substring of the Authorization header, and a FastAPI dependency whose credential header is only tested for presence and cut (never decoded, looked up or compared) or passes on a literal prefix.",
      why_bad:
        "Whoever knows (or guesses) a user name is signed in as that user; an empty password or any non-empty key is accepted; a header that merely contains the token somewhere passes. The account, and all it can do, belongs to anyone (CWE-287, improper authentication).",
      example_bad:
        "@app.route('/login', methods=['POST'])\ndef login():\n    user = User.query.filter_by(username=request.form['username']).first()\n    if user:\n        login_user(user)\n    return redirect('/')",
      example_good:
        "@app.route('/login', methods=['POST'])\ndef login():\n    user = User.query.filter_by(username=request.form['username']).first()\n    if user and check_password_hash(user.pw_hash, request.form['password']):\n        login_user(user)\n    return redirect('/')",
    },
    fix_hint:
      "Verify the password (check_password_hash, bcrypt.checkpw, Django's authenticate) and act on its result; refuse empty passwords; compare keys with hmac.compare_digest against the expected value.",
  },
  trigger: /login|log_in|signin|sign_in|checkpw|check_password|verify|headers|Header\(|Security\(/i,
  nodeTypes: ["function_definition", "call", "boolean_operator", "comparison_operator"],
  detect(node, ctx, report) {
    if (inTestCode(ctx, node)) return;
    if (node.type === "function_definition") {
      // A FastAPI dependency guarding routes with a credential header it never checks against anything (it only
      // tests it is there and cuts the scheme off), or one a literal prefix of it lets through.
      const creds = sourceHas(ctx.tree, /\b(Depends|Security|Header)\(/)
        ? dependencyCredentials(ctx, node)
        : [];
      const fnBody = field(node, "body");
      for (const cred of fnBody ? creds : []) {
        const name = ctx.text(cred);
        const bypass = prefixBypass(ctx, fnBody!, name);
        if (bypass) {
          report({
            node: bypass,
            message: `any ${name} with this literal prefix is accepted without being checked`,
          });
          return;
        }
        const ret = descendants(fnBody!).find(
          (d) => d.type === "return_statement" && namedChildren(d).length > 0,
        );
        if (
          ret &&
          onlyShaped(ctx, fnBody!, name) &&
          consumersUnchecked(ctx, ctx.text(field(node, "name") ?? node))
        ) {
          report({
            node: ret,
            message: `the dependency accepts any non-empty ${name}: it is never verified (decoded, looked up or compared)`,
          });
          return;
        }
      }
      if (!loginFunction(ctx, node)) return;
      // has_usable_password() / set_password() say whether the account has one, they check nothing the caller sent.
      const body = code(ctx, field(node, "body") ?? node).replace(
        /\.(has_usable_password|set_unusable_password|set_password)\(/g,
        ".(",
      );
      const params = ctx.text(field(node, "parameters") ?? node);
      const unread = passwordOnlyTested(ctx, node);
      // (a check handed the whole form or body - authenticate(**data), form.validate() - may read it there)
      if (
        unread &&
        (SIGN_IN.test(body) || ISSUE_TOKEN.test(body)) &&
        !/\b(authenticate|\w*check_\w*|\w*verify\w*|\w*validate\w*|compare_digest|checkpw)\s*\(/i.test(body)
      ) {
        report({
          node: unread,
          message: `${ctx.text(field(node, "name") ?? node)} only tests that ${ctx.text(unread)} is there: the password is never verified`,
        });
        return;
      }
      if (!SIGN_IN.test(body) || CREDENTIAL.test(body) || CREDENTIAL.test(params)) return;
      // The user comes from a lookup by the name the caller sent.
      if (!/\b(username|user_?name|email|login)\b/i.test(body)) return;
      report({
        node: field(node, "name") ?? node,
        message: `${ctx.text(field(node, "name") ?? node)} signs the user in by name alone: no password or other credential is checked`,
      });
      return;
    }
    if (node.type === "call") {
      if (presenceOnly(ctx, node)) {
        report({
          node,
          message: "the key header is only tested for presence: any non-empty value is accepted",
        });
        return;
      }
      // check_password_hash(user.pw_hash, pw) as a statement: the answer is dropped, every password passes.
      if (!VERIFY_BOOL.test(ctx.callee(node)) || node.parent?.type !== "expression_statement") return;
      if (!/passw|pw|hash/i.test(ctx.text(node))) return;
      if (answersByRaising(ctx, node)) return;
      report({
        node,
        message: "the password check's result is ignored: the code goes on whatever it answers",
      });
      return;
    }
    if (node.type === "boolean_operator") {
      // if not password or bcrypt.checkpw(...): an empty password skips the check and passes.
      if (node.children.find((c) => !c.named)?.type !== "or") return;
      const left = field(node, "left");
      const right = field(node, "right");
      if (left?.type !== "not_operator" || !right) return;
      const neg = namedChildren(left)[0];
      if (neg?.type !== "identifier" || !PASSWORD_NAME.test(ctx.text(neg))) return;
      const checks = [right, ...descendants(right)].some(
        (d) => d.type === "call" && VERIFY_CALL.test(ctx.callee(d)),
      );
      if (!checks || !ancestor(node, ["if_statement", "return_statement", "conditional_expression"])) return;
      report({ node, message: "an empty password skips the password check and is accepted" });
      return;
    }
    // TOKEN not in request.headers.get("Authorization", ""): any header that contains the token passes.
    const ops = node.children.filter((c) => !c.named).map((c) => c.type);
    if (!(ops.includes("in") || ops.includes("not in") || (ops.includes("not") && ops.includes("in"))))
      return;
    const [a, b] = namedChildren(node);
    if (!a || !b || (a.type !== "identifier" && a.type !== "attribute")) return;
    const name = ctx.text(a).split(".").at(-1)!;
    if (!/(^|_)(token|secret|api_?key|password)($|_)/i.test(name)) return;
    // The header's value (`request.headers.get("Authorization")`, `headers["Authorization"]`, `auth_header`),
    // not the mapping of header names (`key in headers`).
    const value =
      (b.type === "call" &&
        ctx.method(b) === "get" &&
        /headers$/.test(ctx.text(field(field(b, "function") ?? b, "object") ?? b))) ||
      (b.type === "subscript" && /headers$/.test(ctx.text(field(b, "value") ?? b))) ||
      (b.type === "identifier" && /auth/i.test(ctx.text(b)));
    if (!value) return;
    report({
      node,
      message: `${ctx.text(a)} is looked for as a substring of a request header: any header containing it passes`,
    });
  },
  cases: {
    valid: [
      // The token-extracting half of a check another dependency completes.
      "import jwt\nfrom fastapi import Depends, Header, HTTPException\ndef bearer(authorization: str = Header(...)):\n    if not authorization.startswith('Bearer '):\n        raise HTTPException(401)\n    return authorization[7:]\ndef current_user(token: str = Depends(bearer)):\n    return jwt.decode(token, KEY, algorithms=['HS256'])",
      "import jwt\nfrom fastapi import Depends, Header, HTTPException\ndef bearer(authorization: str = Header(...)):\n    if not authorization.startswith('Bearer '):\n        raise HTTPException(401)\n    return jwt.decode(authorization[7:], KEY, algorithms=['HS256'])",
      "import hmac\nfrom fastapi import Security\nfrom fastapi.security import APIKeyHeader\nhdr = APIKeyHeader(name='X-Key')\ndef require_key(key: str = Security(hdr)):\n    if not hmac.compare_digest(key, API_KEY):\n        raise HTTPException(401)\n    return key",
      "from fastapi import Header\ndef lang(accept_language: str = Header('en')):\n    return accept_language.split(',')[0]",
      // the password tested for presence, then verified
      "from fastapi import APIRouter\nrouter = APIRouter()\n@router.post('/login')\ndef login(body: LoginIn):\n    user = find(body.email)\n    if user is None or not body.password or not verify_password(body.password, user.hash):\n        raise HTTPException(401)\n    return {'access_token': issue_access_token(user.id)}",
      "from flask import request, redirect\nfrom flask_login import login_user\n@app.route('/login', methods=['POST'])\ndef login():\n    user = User.query.filter_by(username=request.form['username']).first()\n    if user and check_password_hash(user.pw_hash, request.form['password']):\n        login_user(user)\n    return redirect('/')",
      "from django.contrib.auth import authenticate, login\ndef login_view(request):\n    user = authenticate(request, username=request.POST['username'], password=request.POST['password'])\n    if user:\n        login(request, user)",
      "def register(request):\n    user = User.objects.create_user(username=request.POST['username'], password=request.POST['password'])\n    login(request, user)",
      "import bcrypt\ndef authenticate(row, password):\n    if not password:\n        return None\n    return bcrypt.checkpw(password.encode(), row.pw_hash)",
      "import hmac\ndef check(request, key):\n    given = request.headers.get('X-API-Key', '')\n    return hmac.compare_digest(given, key)",
      "def has_header(request, name):\n    return name in request.headers",
      "def verify(key, sig, data):\n    key.verify(sig, data)\n    return True",
      "def redirect(headers):\n    for key in ('location', 'uri'):\n        if key in headers:\n            return headers[key]",
    ],
    invalid: [
      {
        code: "from fastapi import Depends, Header, HTTPException\ndef bearer(authorization: str = Header(...)):\n    if not authorization or not authorization.startswith('Bearer '):\n        raise HTTPException(401)\n    return authorization.removeprefix('Bearer ')\n@app.post('/x')\ndef x(token: str = Depends(bearer)):\n    return {}",
        line: 5,
      },
      {
        code: "from fastapi import Security\nfrom fastapi.security import APIKeyHeader\nhdr = APIKeyHeader(name='X-Key')\ndef require_key(key: str = Security(hdr)):\n    if key.startswith('test_'):\n        return key\n    if lookup(key) is None:\n        raise HTTPException(401)\n    return key",
        line: 5,
      },
      // the password is only tested for being non-empty before a token is issued
      {
        code: "from fastapi import APIRouter\nrouter = APIRouter()\n@router.post('/login')\ndef login(body: LoginIn, session=Depends(get_session)):\n    user = session.scalar(select(User).where(User.email == body.email))\n    if user is None or not body.password:\n        raise HTTPException(401)\n    return {'access_token': issue_access_token(user.id)}",
        line: 6,
      },
      // has_usable_password() asks whether the account has a password, not whether the caller knows it
      {
        code: "def sign_in(request):\n    user = User.objects.filter(username=request.POST['username']).first()\n    if user is not None and user.has_usable_password():\n        login(request, user)\n        return redirect('home')",
        line: 1,
      },
      {
        code: "from flask import request, redirect\nfrom flask_login import login_user\n@app.route('/login', methods=['POST'])\ndef login():\n    user = User.query.filter_by(username=request.form['username']).first()\n    if user:\n        login_user(user)\n    return redirect('/')",
        line: 4,
      },
      {
        code: "def api_login(data):\n    user = User.query.filter_by(email=data['email']).first_or_404()\n    check_password_hash(user.pw_hash, data['password'])\n    session['uid'] = user.id",
        line: 3,
      },
      {
        code: "import bcrypt\ndef authenticate(row, password):\n    if not password or bcrypt.checkpw(password.encode(), row.pw_hash):\n        return row.id",
        line: 3,
      },
      {
        code: "from flask import request, abort\ndef require_key():\n    if not request.headers.get('X-API-Key'):\n        abort(401)",
        line: 3,
      },
      {
        code: "def check_token(request):\n    if TOKEN not in request.headers.get('Authorization', ''):\n        abort(401)",
        line: 2,
      },
    ],
  },
});

/**
 * A check statement whose answer is a raise, not a value: it sits in a try body whose handler acts (a wrong password
 * raises InvalidPassword there), or it is the whole answer of a wrapper of the same name that returns nothing (a
 * wallet's check_password delegating to its keystore's). A dropped truth value there would make the wrapper answer
 * None, which fails closed.
 */
function answersByRaising(ctx: PythonContext, node: SyntaxNode): boolean {
  const stmt = node.parent!;
  const block = stmt.parent;
  if (
    block?.type === "block" &&
    block.parent?.type === "try_statement" &&
    field(block.parent, "body") === block
  ) {
    const handlers = namedChildren(block.parent).filter((c) => c.type === "except_clause");
    // (an `except: pass` swallows the raise: the code goes on as if it passed)
    if (handlers.some((h) => !/^except\b[^:]*:\s*pass\s*$/.test(ctx.text(h)))) return true;
  }
  const fn = ancestor(node, ["function_definition"]);
  if (!fn) return false;
  const method = ctx.callee(node).replace(/^.*\./, "");
  if (ctx.text(field(fn, "name") ?? fn) !== method) return false;
  return !nodesOfTypeWithin(ctx.tree, fn, "return_statement").some((r) => namedChildren(r).length > 0);
}
