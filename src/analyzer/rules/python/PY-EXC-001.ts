import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { descendants, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Exceptions that say a check failed: a refused payment, a bad signature or token, a denied permission. */
const CHECK_FAILED =
  /^(Insufficient\w*|Invalid(Signature|Token|Credentials|Password|Request)\w*|\w*(Denied|Forbidden|Unauthori[sz]ed|NotAllowed|NotPermitted)\w*|PermissionError|\w*ValidationError|\w*VerificationError|\w*VerifyError|\w*Authentication(Failed|Error)|BadSignature|\w*SignatureError|ExpiredSignatureError|\w*LimitExceeded\w*|\w*QuotaExceeded\w*)$/;

/** Calls that set a protection: permissions, ownership, the process's user or group. */
const PROTECT = /^(os\.(f|l)?ch(mod|own)|os\.set(e?[ug]id|groups|res[ug]id)|shutil\.chown)$/;

/** A call that checks a credential, token, signature or permission. */
const CHECK_CALL =
  /(^|\.)(verify\w*|decode|check\w*|authenticate|authori[sz]e|validate\w*|compare_digest|has_perm\w*|lookup_acl)$/;

/**
 * `try: return jwt.decode(t, key) except: return jwt.decode(t, options={"verify_signature": False})`: a generic
 * catch around a check whose handler answers anyway, with True or the same operation unchecked. Every failure,
 * the attack included, takes the generous path.
 */
function generousCatch(
  ctx: PythonContext,
  node: SyntaxNode,
  caught: SyntaxNode[],
  stmts: SyntaxNode[],
  report: (r: { node: SyntaxNode; message: string }) => void,
): void {
  if (caught.length && !/^\(?\s*(Exception|BaseException)\b/.test(ctx.text(caught[0]!))) return;
  const tryNode = node.parent;
  const tryBlock =
    tryNode?.type === "try_statement" ? namedChildren(tryNode).find((c) => c.type === "block") : undefined;
  const checks =
    !!tryBlock &&
    descendants(tryBlock).some((d) => d.type === "call" && CHECK_CALL.test(ctx.callee(d) || ctx.method(d)));
  const last = stmts[stmts.length - 1];
  if (!checks || last?.type !== "return_statement") return;
  const v = namedChildren(last)[0];
  const unchecked = !!v && /verify(_signature|_exp|_aud)?["']?\s*[:=]\s*False/.test(ctx.text(v));
  if (v?.type !== "true" && !unchecked) return;
  report({
    node,
    message: `a generic ${caught.length ? ctx.text(caught[0]!) : "except"} around a check answers ${v?.type === "true" ? "True" : "with the check turned off"}`,
  });
}

export default pyRule({
  meta: {
    id: "PY-EXC-001",
    title: "Exception swallowed silently",
    // CWE-396: the generic catch (bare, Exception, BaseException) that hides which failure happened.
    cwe: ["CWE-703", "CWE-755", "CWE-390", "CWE-396"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags bare `except:` or `except Exception:` handlers whose body is only pass/continue/... .",
      why_bad:
        "Security failures (a failed signature check, a denied permission, a broken TLS handshake) disappear, and the code carries on as if they succeeded.",
      example_bad:
        "def verify(sig, data):\n    try:\n        check(sig, data)\n    except Exception:\n        pass",
      example_good:
        "import logging\ndef verify(sig, data):\n    try:\n        check(sig, data)\n    except InvalidSignature:\n        logging.warning('bad signature')\n        raise",
    },
    fix_hint: "Catch the specific exception, and log, re-raise or return an explicit failure.",
  },
  trigger: /except/,
  nodeTypes: ["except_clause"],
  detect(node, ctx, report) {
    const kids = namedChildren(node);
    const body = kids.find((c) => c.type === "block");
    const caught = kids.filter((c) => c !== body);
    if (!body) return;
    const stmts = namedChildren(body);
    const swallowed =
      stmts.length &&
      stmts.every(
        (s) =>
          s.type === "pass_statement" ||
          s.type === "continue_statement" ||
          (s.type === "expression_statement" && ctx.text(s) === "..."),
      );
    if (!swallowed) {
      generousCatch(ctx, node, caught, stmts, report);
      return;
    }
    if (!caught.length || /^(Exception|BaseException)\b/.test(ctx.text(caught[0]!))) {
      report({ node, message: "exception is swallowed" });
      return;
    }
    // `try: os.chmod(key, 0o600) except OSError: pass`: the permission is never set and nothing says so; the file
    // keeps whatever mode it was created with.
    const tryNode = node.parent;
    const tryBlock =
      tryNode?.type === "try_statement" ? namedChildren(tryNode).find((c) => c.type === "block") : undefined;
    const protect = tryBlock
      ? descendants(tryBlock).find(
          (d) => d.type === "call" && (PROTECT.test(ctx.callee(d)) || ctx.method(d) === "chmod"),
        )
      : undefined;
    if (protect && /^\(?\s*(OSError|PermissionError|IOError|EnvironmentError)\b/.test(ctx.text(caught[0]!))) {
      report({
        node,
        message: `a failed ${ctx.callee(protect) || ctx.method(protect)}() is ignored: the protection is never applied`,
      });
      return;
    }
    // `try: src.withdraw(amount) except InsufficientFunds: pass` then `dst.deposit(amount)`: the exception that
    // says a check failed is dropped and the code after the try carries on as if it had passed. (Not when the try
    // sets a flag the rest reads, or routes success through an else clause.)
    const names = ctx
      .text(caught[0]!)
      .replace(/\s+as\s+\w+$/, "")
      .replace(/[()\s]/g, "")
      .split(",")
      .map((n) => n.split(".").pop() ?? n);
    const failed = names.find((n) => CHECK_FAILED.test(n));
    const tryStmt = node.parent;
    if (!failed || tryStmt?.type !== "try_statement") return;
    if (namedChildren(tryStmt).some((c) => c.type === "else_clause" || c.type === "finally_clause")) return;
    const tryBody = namedChildren(tryStmt).find((c) => c.type === "block");
    if (!tryBody || namedChildren(tryBody).some((st) => st.type !== "expression_statement")) return;
    if (namedChildren(tryBody).some((st) => namedChildren(st)[0]?.type !== "call")) return;
    const sibs = tryStmt.parent ? namedChildren(tryStmt.parent).filter((c) => c.type !== "comment") : [];
    if (sibs.indexOf(tryStmt) < 0 || sibs.indexOf(tryStmt) === sibs.length - 1) return;
    report({
      node,
      message: `${failed} is swallowed and the code after the try goes on as if the check passed`,
    });
  },
  cases: {
    valid: [
      "try:\n    f()\nexcept ValueError:\n    pass",
      "try:\n    f()\nexcept Exception:\n    log()\n    raise",
      "def t(src, dst, n):\n    try:\n        src.withdraw(n)\n    except InsufficientFunds:\n        return False\n    dst.deposit(n)",
      "def t(p, user):\n    ok = False\n    try:\n        p.check(user)\n        ok = True\n    except PermissionDenied:\n        pass\n    return ok",
      "def t(p):\n    try:\n        os.remove(p)\n    except FileNotFoundError:\n        pass\n    log(p)",
      "import os\ndef t(p):\n    try:\n        os.chmod(p, 0o600)\n    except OSError:\n        os.unlink(p)\n        raise",
      "def can_edit(user, doc):\n    try:\n        return user.id in lookup_acl(doc.id).editors\n    except Exception:\n        return False",
    ],
    invalid: [
      "try:\n    f()\nexcept:\n    pass",
      // The refused withdrawal is dropped and the deposit still happens.
      "def t(src, dst, n):\n    try:\n        src.withdraw(n)\n    except InsufficientFunds:\n        pass\n    dst.deposit(n)",
      "def t(key, sig, data):\n    try:\n        key.verify(sig, data)\n    except (ValueError, InvalidSignature):\n        pass\n    install(data)",
      {
        code: "import os\ndef t(p):\n    try:\n        os.chmod(p, 0o600)\n    except OSError:\n        pass\n    return p",
        line: 5,
      },
      {
        code: "import jwt\ndef decode_token(token, key):\n    try:\n        return jwt.decode(token, key, algorithms=['HS256'])\n    except:\n        return jwt.decode(token, options={'verify_signature': False})",
        line: 5,
      },
      {
        code: "def can_edit(user, doc):\n    try:\n        return user.id in lookup_acl(doc.id).editors\n    except Exception:\n        return True",
        line: 4,
      },
    ],
  },
});
