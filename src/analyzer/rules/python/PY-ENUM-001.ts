import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Handlers that look an account up by what the user typed: login, password reset, account recovery. */
const ACCOUNT_FLOW = /log_?in|sign_?in|log_?on|authenticat|forgot|reset|recover|password|passwd/i;
/** An answer that says the account does not exist. */
const SAYS_MISSING =
  /no (such )?(user|account|member)|unknown (user|e-?mail|account|login)|(user|account|e-?mail|address)( name)? (is )?not (found|registered|known)|does ?n[o']t exist|not registered|no account/i;
const NOT_FOUND = /\b404\b|NotFound|Http404|HTTP_404/;
const FORBIDDEN = /\b403\b|Forbidden|PermissionDenied|HTTP_403/;

/** The branch leaves the handler: return, raise, or abort()/redirect as its first statement. */
function exitOf(ctx: PythonContext, branch: SyntaxNode | undefined): SyntaxNode | undefined {
  const first = branch ? namedChildren(branch).find((c) => c.type !== "comment") : undefined;
  if (!first) return undefined;
  if (first.type === "return_statement" || first.type === "raise_statement") return first;
  if (first.type === "expression_statement" && /^(flask\.)?abort\(/.test(ctx.text(first))) return first;
  // `flash("No account ..."); return redirect(...)`: a short branch that says something, then leaves.
  const stmts = namedChildren(branch!).filter((c) => c.type !== "comment");
  const last = stmts.at(-1);
  if (stmts.length <= 3 && (last?.type === "return_statement" || last?.type === "raise_statement"))
    return branch;
  return undefined;
}

/** `x is None` / `not x` / `x is None or ...`: the name tested for a missing record. */
function missingTest(ctx: PythonContext, cond: SyntaxNode): string | undefined {
  if (cond.type === "not_operator") {
    const arg = field(cond, "argument");
    return arg?.type === "identifier" ? ctx.text(arg) : undefined;
  }
  if (cond.type === "comparison_operator") {
    const [l, r] = namedChildren(cond);
    const ops = cond.children.filter((c) => !c.named).map((c) => c.type);
    if (ops.join() === "is" && l?.type === "identifier" && r?.type === "none") return ctx.text(l);
  }
  return undefined;
}

/** The name is bound in the function to a lookup call (query, get, filter, find, first, ...). */
function lookedUp(ctx: PythonContext, fn: SyntaxNode, name: string): boolean {
  return descendants(fn).some((d) => {
    if (d.type !== "assignment" || ctx.text(field(d, "left") ?? d) !== name) return false;
    // (`user = await get_user_by_email(...)`: the awaited call.)
    let right = field(d, "right");
    if (right?.type === "await") right = namedChildren(right)[0];
    return (
      right?.type === "call" &&
      /(^|\.)(get|first|one_or_none|find\w*|lookup\w*|fetch\w*|get_by\w*|load\w*|select\w*|scalar|scalar_one_or_none)$|(^|\.)(find|lookup|get|load)_\w+$/.test(
        ctx.callee(right),
      )
    );
  });
}

export default pyRule({
  meta: {
    id: "PY-ENUM-001",
    title: "Answer tells a missing record from an existing one",
    cwe: ["CWE-204", "CWE-203"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags a login, password-reset or recovery handler whose branch for an account it did not find answers 'no such user' / 'not registered' or 404, and a handler that answers 404 for a missing record but 403 for someone else's.",
      why_bad:
        "Different answers for 'does not exist' and 'exists but wrong password / not yours' let anyone enumerate which accounts, e-mail addresses or record ids exist (observable response discrepancy), the first step of credential stuffing and targeted phishing.",
      example_bad:
        "def forgot():\n    user = User.query.filter_by(email=request.form['email']).first()\n    if user is None:\n        return 'no account with that address', 404\n    send_reset(user)\n    return 'sent'",
      example_good:
        "def forgot():\n    user = User.query.filter_by(email=request.form['email']).first()\n    if user is not None:\n        send_reset(user)\n    return 'if the address is registered, a link is on its way'",
    },
    fix_hint:
      "Give the same answer (text and status) for unknown accounts and wrong passwords, and 404 for records the caller may not see.",
  },
  // Every finding needs an answer that says the record is missing (404, "no such user"): the file must say it.
  trigger:
    /\b404\b|NotFound|Http404|HTTP_404|no (such )?(user|account|member)|unknown (user|e-?mail|account|login)|not (found|registered|known)|does ?n[o']t exist|not registered|no account/i,
  nodeTypes: ["if_statement"],
  detect(node, ctx, report) {
    const cond = field(node, "condition");
    const name = cond ? missingTest(ctx, cond) : undefined;
    const exit = exitOf(ctx, field(node, "consequence"));
    if (!name || !exit) return;
    // Both findings below need an answer that names the miss; test that before walking the function.
    const exitText = ctx.text(exit);
    if (!NOT_FOUND.test(exitText) && !SAYS_MISSING.test(exitText)) return;
    const fn = ctx.enclosingFunction(node);
    if (!fn || !lookedUp(ctx, fn, name)) return;
    const fnName = ctx.text(field(fn, "name") ?? fn);
    const decorators = fn.parent?.type === "decorated_definition" ? ctx.text(fn.parent).slice(0, 300) : "";
    if (ACCOUNT_FLOW.test(fnName) || ACCOUNT_FLOW.test(decorators.split("\ndef ")[0] ?? "")) {
      if (SAYS_MISSING.test(exitText) || NOT_FOUND.test(exitText)) {
        report({ node: exit, message: `the answer says whether the ${name} exists` });
        return;
      }
    }
    // 404 for a missing record, then 403 when it belongs to someone else: the ids that exist are revealed.
    if (!NOT_FOUND.test(exitText)) return;
    const forbidden = descendants(fn).find((d) => {
      if (d.type !== "if_statement" || d.order <= node.order) return false;
      const c = field(d, "condition");
      const e = exitOf(ctx, field(d, "consequence"));
      return (
        c !== undefined &&
        e !== undefined &&
        descendants(c).some((x) => x.type === "attribute" && ctx.text(field(x, "object") ?? x) === name) &&
        FORBIDDEN.test(ctx.text(e))
      );
    });
    if (forbidden)
      report({
        node: forbidden,
        message: `a ${name} that exists but is not the caller's gets 403, a missing one 404`,
      });
  },
  cases: {
    valid: [
      "def login():\n    user = User.query.filter_by(email=request.form['email']).first()\n    if not user:\n        flash('Invalid e-mail or password.')\n        return redirect('/login')\n    return 'ok'",
      "def forgot():\n    user = User.query.filter_by(email=request.form['email']).first()\n    if user is not None:\n        send_reset(user)\n    return 'sent if registered'",
      "def login():\n    user = User.query.filter_by(name=request.form['name']).first()\n    if user is None or not user.check(request.form['pw']):\n        return 'invalid credentials', 401\n    return 'ok'",
      "def get_item(item_id):\n    item = db.items.get(item_id)\n    if item is None:\n        abort(404)\n    return item",
      "def get_doc(doc_id, user):\n    doc = db.docs.get(doc_id)\n    if doc is None or doc.owner != user.id:\n        abort(404)\n    return doc",
    ],
    invalid: [
      // a flashed message, then a redirect
      "def login():\n    user = User.query.filter_by(email=request.form['email']).first()\n    if not user:\n        flash('No account is registered with that e-mail address.')\n        return redirect('/login')\n    return 'ok'",
      // an awaited lookup; a SQLAlchemy 2.0 scalar
      "from .store import get_user_by_email\nasync def forgot_password(body):\n    user = await get_user_by_email(body.email)\n    if user is None:\n        raise HTTPException(status_code=404, detail='No account found for this e-mail')\n    return {}",
      "def login(body, db):\n    user = db.scalar(select(User).where(User.username == body.username))\n    if user is None:\n        raise HTTPException(status.HTTP_404_NOT_FOUND, detail='User not found')\n    return {}",
      "def forgot():\n    user = User.query.filter_by(email=request.form['email']).first()\n    if user is None:\n        return 'no account with that address', 404\n    send_reset(user)\n    return 'sent'",
      "def login():\n    user = find_user(request.form['name'])\n    if not user:\n        return 'unknown user'\n    if not user.check(request.form['pw']):\n        return 'wrong password'\n    return 'ok'",
      "def get_doc(doc_id, user):\n    doc = db.docs.get(doc_id)\n    if doc is None:\n        abort(404)\n    if doc.owner != user.id:\n        abort(403)\n    return doc",
    ],
  },
});
