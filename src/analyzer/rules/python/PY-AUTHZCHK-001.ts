import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Names of the signed-in principal. */
const PRINCIPAL =
  /^(user|current_user|request\.user|g\.user|me|caller|actor|principal|viewer|requester|self\.request\.user|info\.context\.user)$/;
/** Objects that may be the principal's own record (a profile sharing the user's pk), not a resource it owns. */
const PRINCIPAL_LIKE =
  /user|account|member|profile|person|owner|author|actor|principal|customer|target|me$|self$/i;
/** An answer that refuses the caller. */
const REFUSAL =
  /HTTPException\(\s*(status_code\s*=\s*)?(status\.HTTP_)?40[13]|abort\(\s*40[13]|PermissionDenied|Forbidden|Unauthorized|raise\s+\w*(Permission|Access|Auth)\w*/;
/** Privilege words tested as text. */
const ROLE_WORD = /^(admin|administrator|superuser|staff|root|moderator|owner|write|delete|manage)$/i;
/** String fields that hold a name or a space-separated scope, not a list of roles. */
const TEXT_FIELD = /^(email|username|user_name|name|display_name|login|scope|scp|sub|title)$/;

/** The operator tokens of a comparison or boolean operator (their node types: "not in", "!=", "or"). */
function operator(_ctx: PythonContext, cmp: SyntaxNode): string {
  return cmp.children
    .filter((c) => !c.named)
    .map((c) => c.type)
    .join(" ");
}

/** The statement's block when this comparison heads an `if` whose body refuses the caller. */
function refusingIf(ctx: PythonContext, n: SyntaxNode): boolean {
  let p = n.parent;
  while (
    p &&
    (p.type === "boolean_operator" || p.type === "parenthesized_expression" || p.type === "not_operator")
  )
    p = p.parent;
  if (p?.type !== "if_statement") return false;
  return REFUSAL.test(ctx.text(field(p, "consequence") ?? p));
}

/** `"admin" in claims.get("scope", "")` / `"admin" not in user.email`: a substring test of a text field. */
function substringRoleTest(ctx: PythonContext, cmp: SyntaxNode): string | undefined {
  const op = operator(ctx, cmp);
  if (op !== "in" && op !== "not in") return undefined;
  const [left, right] = namedChildren(cmp);
  if (!left || !right || !ROLE_WORD.test(ctx.stringValue(left) ?? "")) return undefined;
  if (right.type === "attribute") {
    const attr = ctx.text(field(right, "attribute") ?? right);
    return TEXT_FIELD.test(attr) ? ctx.text(right) : undefined;
  }
  if (right.type !== "call" || ctx.method(right) !== "get") return undefined;
  const [key, dflt] = ctx.args(right);
  const k = ctx.stringValue(key) ?? "";
  // A string default ("") says the value is text; a list default ([]) says roles.
  if (!/^(scope|scp|scopes?|role|email|username|name)$/.test(k) || dflt?.type !== "string") return undefined;
  return ctx.text(right);
}

/** `if doc.id != user.id: raise 403`: the object's own id compared to the principal's id, not its owner's. */
function ownIdComparedToUser(ctx: PythonContext, cmp: SyntaxNode): string | undefined {
  const op = operator(ctx, cmp);
  if (op !== "!=" && op !== "==") return undefined;
  const sides = namedChildren(cmp);
  if (sides.length !== 2) return undefined;
  const idOf = (s: SyntaxNode) =>
    s.type === "attribute" && ctx.text(field(s, "attribute") ?? s) === "id"
      ? ctx.text(field(s, "object") ?? s)
      : undefined;
  const [a, b] = sides.map(idOf);
  if (!a || !b) return undefined;
  const [obj, who] = PRINCIPAL.test(b) ? [a, b] : PRINCIPAL.test(a) ? [b, a] : [];
  if (!obj || !who || PRINCIPAL_LIKE.test(obj) || PRINCIPAL.test(obj)) return undefined;
  return refusingIf(ctx, cmp) ? `${obj}.id` : undefined;
}

/** `owner_id == request.user.id or request.user.is_authenticated`: any signed-in caller passes the owner check. */
function ownershipOrLoggedIn(ctx: PythonContext, b: SyntaxNode): boolean {
  if (ctx.text(b).length > 400 || !/\bor\b/.test(operator(ctx, b))) return false;
  const [l, r] = namedChildren(b);
  if (!l || !r) return false;
  const loggedIn = (s: SyntaxNode) => /\.is_authenticated$|^is_authenticated\(/.test(ctx.text(s));
  const owns = (s: SyntaxNode) =>
    s.type === "comparison_operator" && /owner|author|user_id|created_by/.test(ctx.text(s));
  return (loggedIn(l) && owns(r)) || (loggedIn(r) && owns(l));
}

export default pyRule({
  meta: {
    id: "PY-AUTHZCHK-001",
    title: "Authorisation check that tests the wrong thing",
    cwe: ["CWE-863"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags access checks that cannot decide what they claim to: a privilege word tested as a substring of a text field (`'admin' in user.email`, `'admin' in claims.get('scope', '')`), an owner check that compares the object's own id to the user's id, an owner check or-ed with is_authenticated, and a DRF has_object_permission of an owner/author permission that never looks at the object.",
      why_bad:
        "The check passes callers it should refuse: anyone can register admin@..., a scope 'not-admin' contains 'admin', any signed-in user passes an `or is_authenticated`, and an object's id equals some user's id by chance.",
      example_bad:
        "def require_admin(user):\n    if 'admin' not in user.email:\n        raise PermissionError('admins only')",
      example_good:
        "def require_admin(user):\n    if user.role != Role.ADMIN:\n        raise PermissionError('admins only')",
    },
    fix_hint:
      "Compare the stored role or the object's owner field (obj.owner_id == user.id), split scope strings before testing membership, and look at the object in has_object_permission.",
  },
  trigger:
    /\bin\s+[\w.]+\.(email|username|name|scope)\b|\.get\(\s*["'](scope|scp|scopes|role|email|username|name)["']\s*,\s*["']|\.id\s*[!=]=\s*[\w.]+\.id\b|is_authenticated|has_object_permission/,
  nodeTypes: ["comparison_operator", "boolean_operator", "function_definition"],
  detect(node, ctx, report) {
    if (node.type === "comparison_operator") {
      const sub = substringRoleTest(ctx, node);
      if (sub) {
        // Only in an access decision: an if that refuses, or a function that returns the test.
        const fnText = ctx.text(ctx.enclosingFunction(node) ?? node);
        if (
          refusingIf(ctx, node) ||
          /\b(require|check|is|has|can|ensure)_?\w*(admin|role|scope|perm|staff)/i.test(fnText.slice(0, 120))
        )
          report({
            node,
            message: `a privilege is tested as a substring of ${sub}: any value containing ${ctx.text(namedChildren(node)[0] ?? node)} passes`,
          });
        return;
      }
      const own = ownIdComparedToUser(ctx, node);
      if (own)
        report({ node, message: `the owner check compares ${own}, the object's own id, to the user's id` });
      return;
    }
    if (node.type === "boolean_operator") {
      // (only the outermost `or`: nested ones are tested through it)
      if (node.parent?.type === "boolean_operator") return;
      if (
        ownershipOrLoggedIn(ctx, node) &&
        (refusingIf(ctx, node) || node.parent?.type === "return_statement")
      )
        report({
          node,
          message: "the owner check is or-ed with is_authenticated: every signed-in user passes",
        });
      return;
    }
    // class IsOwner(BasePermission): def has_object_permission(self, request, view, obj): never reads obj.
    if (ctx.text(field(node, "name") ?? node) !== "has_object_permission") return;
    const cls =
      node.parent?.parent?.type === "class_definition" ? node.parent.parent : node.parent?.parent?.parent;
    if (
      cls?.type !== "class_definition" ||
      !/Owner|Author|Creator|Self|Member/.test(ctx.text(field(cls, "name") ?? cls))
    )
      return;
    const params = ctx.paramNames(node);
    const obj = params[params.length - 1];
    if (!obj || params.length < 3) return;
    const body = field(node, "body");
    if (!body || descendants(body).some((d) => d.type === "identifier" && ctx.text(d) === obj)) return;
    report({
      node: field(node, "name") ?? node,
      message: `${ctx.text(field(cls, "name") ?? cls)}.has_object_permission never looks at ${obj}: it cannot check ownership`,
    });
  },
  cases: {
    valid: [
      "def require_admin(user):\n    if user.role != Role.ADMIN:\n        raise PermissionError('admins only')",
      "def require_scope(claims):\n    if 'admin' not in claims.get('scope', '').split():\n        raise HTTPException(403)",
      "def has_admin(claims):\n    return 'admin' in claims.get('roles', [])",
      "def check(doc, user):\n    if doc.owner_id != user.id:\n        raise HTTPException(403)",
      "def check(profile, user):\n    if profile.id != user.id:\n        raise HTTPException(403)",
      "def f(project, request):\n    if not (project.owner_id == request.user.id or project.members.filter(pk=request.user.pk).exists()):\n        raise PermissionDenied",
      "class IsOwner(BasePermission):\n    def has_object_permission(self, request, view, obj):\n        return obj.owner == request.user",
      "def contains(word, text):\n    return 'admin' in text.name",
      "def greet(user):\n    if 'admin' in user.email:\n        return 'hello admin'",
    ],
    invalid: [
      {
        code: "def require_admin(user=Depends(get_current_user)):\n    if 'admin' not in user.email:\n        raise HTTPException(403, 'admins only')\n    return user",
        line: 2,
      },
      {
        code: "def require_scope_admin(token):\n    claims = jwt.decode(token, KEY, algorithms=['HS256'])\n    if 'admin' not in claims.get('scope', ''):\n        raise HTTPException(403)\n    return claims",
        line: 3,
      },
      {
        code: "def get_owned(doc_id, session, user):\n    doc = session.get(Document, doc_id)\n    if doc.id != user.id:\n        raise HTTPException(403, 'not yours')\n    return doc",
        line: 3,
      },
      {
        code: "def detail(request, slug):\n    project = get_object_or_404(Project, slug=slug)\n    if not (project.owner_id == request.user.id or request.user.is_authenticated):\n        raise PermissionDenied\n    return render(request, 'p.html', {'p': project})",
        line: 3,
      },
      {
        code: "class IsOwner(permissions.BasePermission):\n    def has_object_permission(self, request, view, obj):\n        return bool(request.user and request.user.is_authenticated)",
        line: 2,
      },
    ],
  },
});
