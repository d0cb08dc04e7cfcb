import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { Level, type PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";
import { decoratorsOf } from "./web.js";

const PRIVILEGE =
  /^(role|roles|is_?admin|admin|is_?staff|is_?superuser|superuser|permissions?|privileges?|access_?level|user_?type|group|groups)$/i;

/**
 * The value the flag gets: `request.form.get('is_admin') == 'on'`, `bool(request.json['admin'])` and `not x` are
 * booleans the client still chooses, so the request operand is what counts (not `email in ADMIN_EMAILS`, a
 * server-side lookup).
 */
function fromRequest(ctx: PythonContext, v: SyntaxNode): boolean {
  if (v.type === "comparison_operator") {
    const ops = v.children.filter((c) => !c.named).map((c) => c.type);
    const parts = namedChildren(v);
    return (
      ops.length === 1 &&
      (ops[0] === "==" || ops[0] === "!=") &&
      parts.some((c) => ctx.constValue(c) !== undefined) &&
      parts.some((c) => fromRequest(ctx, c))
    );
  }
  if (v.type === "not_operator" || v.type === "parenthesized_expression")
    return namedChildren(v).some((c) => fromRequest(ctx, c));
  if (v.type === "call" && ctx.callee(v) === "bool" && ctx.args(v)[0])
    return fromRequest(ctx, ctx.args(v)[0]!);
  if (v.type === "boolean_operator") return namedChildren(v).some((c) => fromRequest(ctx, c));
  // Django's request.user is the signed-in account the auth middleware loaded, not data the client sent.
  if (/^(self\.)?request\.user\.\w+$/.test(ctx.text(v))) return false;
  return ctx.level(v, "trust") === Level.SOURCE;
}

/** The signed-in user's own privilege, tested: `current_user.role != 'admin'`, `request.user.is_superuser`, ... */
const CALLER_PRIVILEGE =
  /\b(current_user|request\.user|g\.user|self\.request\.user|flask_login\.current_user)\.(role|roles|is_admin|is_superuser|admin|has_perm|has_role|has_permission)\b|\b(is_admin|has_role|has_perm|has_permission|require_admin)\s*\(/;
/** Decorators that let only administrators in. */
const ADMIN_ONLY =
  /@\s*[\w.]*(admin_required|superuser_required|staff_member_required|permission_required|roles?_required|roles?_accepted|user_passes_test|admin_only|requires?_admin|requires?_roles?)\b/;
const EXITS = new Set(["return_statement", "raise_statement"]);
/** Only the top role may hand out roles: a test that also lets a moderator through still lets one make an admin. */
const TOP_ROLE = /^(admin|administrator|super_?admin|superuser|root|owner)$/i;
const topOnly = (text: string): boolean =>
  [...text.matchAll(/(['"])([^'"]*)\1/g)].every((m) => TOP_ROLE.test(m[2]!));

/**
 * An admin endpoint, the place the fix hint sends privilege changes to: the function is decorated as admin-only, the
 * assignment sits in the branch where the caller's own privilege was tested, or an earlier test of it leaves the
 * function (abort, raise, return) when it fails.
 */
function adminOnly(ctx: PythonContext, node: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(node);
  if (!fn) return false;
  const decorators = decoratorsOf(ctx, fn);
  if (ADMIN_ONLY.test(decorators) && topOnly(decorators)) return true;
  for (let a = node.parent; a && a !== fn; a = a.parent) {
    if (a.type !== "if_statement") continue;
    const cond = ctx.text(field(a, "condition") ?? a);
    const then = field(a, "consequence");
    // Inside the branch taken when the caller holds the privilege (not under `if not current_user.is_admin:`).
    if (
      CALLER_PRIVILEGE.test(cond) &&
      !/^not\b|!=|\bnot in\b/.test(cond) &&
      then &&
      then.start <= node.start &&
      node.end <= then.end
    )
      return true;
  }
  return descendants(fn).some((d) => {
    if (d.type !== "if_statement" || d.end > node.start) return false;
    const cond = ctx.text(field(d, "condition") ?? d);
    if (!CALLER_PRIVILEGE.test(cond) || !topOnly(cond)) return false;
    const body = field(d, "consequence");
    return (
      !!body &&
      descendants(body).some(
        (x) => EXITS.has(x.type) || (x.type === "call" && /^(flask\.)?abort$/.test(ctx.callee(x) ?? "")),
      )
    );
  });
}

/** Methods that look records up: their keyword arguments are what to match, not what to store. */
const LOOKUP = /^(find|filter|get|search|list|lookup|query|count|exists|exclude|select|fetch)(_\w+)?$/;
/** Calls that render a template with a context dict. */
const RENDER = /^(render|render_to_response|render_to_string|render_template|TemplateResponse)$/;

/**
 * The keyword or dict entry only reads with the value: a lookup's filter (`client.find_lists(uid, role=role)`,
 * `Member.objects.filter(role=role)`) or a template's context (`render(request, 'index.html', {'role': role})`,
 * directly or through a name bound once to the dict). Nothing is granted there.
 */
function readOnlyUse(ctx: PythonContext, node: SyntaxNode): boolean {
  if (node.type === "keyword_argument") {
    const call = node.parent?.parent;
    return call?.type === "call" && LOOKUP.test(ctx.method(call) || ctx.callee(call));
  }
  if (node.type !== "pair") return false;
  const dict = node.parent;
  if (dict?.type !== "dictionary") return false;
  const rendered = (c: SyntaxNode | null | undefined) =>
    c?.type === "call" && RENDER.test(ctx.method(c) || ctx.callee(c));
  if (dict.parent?.type === "argument_list" && rendered(dict.parent.parent)) return true;
  const bind = dict.parent;
  const name = bind?.type === "assignment" && field(bind, "right") === dict ? field(bind, "left") : undefined;
  if (name?.type !== "identifier") return false;
  const fn = ctx.enclosingFunction(node);
  const uses = ctx.tree.nodes.filter(
    (d) =>
      d.type === "identifier" &&
      ctx.text(d) === ctx.text(name) &&
      d !== name &&
      (!fn || (d.start >= fn.start && d.end <= fn.end)),
  );
  return (
    uses.length > 0 && uses.every((u) => u.parent?.type === "argument_list" && rendered(u.parent.parent))
  );
}

/** The int levels of the file's enum classes (`class Role(IntEnum): MEMBER = 1 ...`), by class name. */
function enumLevels(ctx: PythonContext, name: string): Map<string, number> | undefined {
  const klass = ctx.localClass(name);
  if (!klass || !/\b(Int)?Enum\b/.test(ctx.text(field(klass, "superclasses") ?? klass))) return undefined;
  const out = new Map<string, number>();
  for (const st of namedChildren(field(klass, "body") ?? klass)) {
    const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
    const v = a?.type === "assignment" ? ctx.constValue(field(a, "right")) : undefined;
    if (typeof v === "number") out.set(ctx.text(field(a!, "left") ?? a!), v);
  }
  return out.size > 1 ? out : undefined;
}

/**
 * `def set_role(actor, target_id, role): if actor.role < Role.MODERATOR: raise ...; target.role = role`: the role
 * granted is the caller's argument, never compared with anything, while the only check lets in an actor below the
 * top level of the file's role enum - a moderator may grant admin. Returns the assignment's message, if so.
 */
function grantAboveActor(ctx: PythonContext, node: SyntaxNode): string | undefined {
  const left = field(node, "left");
  const right = field(node, "right");
  if (left?.type !== "attribute" || ctx.text(field(left, "attribute") ?? left) !== "role") return undefined;
  if (right?.type !== "identifier") return undefined;
  const fn = ctx.enclosingFunction(node);
  const granted = ctx.text(right);
  if (!fn || !ctx.paramNames(fn).includes(granted)) return undefined;
  const comparisons = descendants(fn).filter((d) => d.type === "comparison_operator");
  // The granted role compared with anything (`role > actor.role`, `role in ALLOWED`): bounded.
  if (comparisons.some((c) => namedChildren(c).some((x) => ctx.text(x) === granted))) return undefined;
  for (const c of comparisons) {
    const [a, b] = namedChildren(c);
    const actor =
      a?.type === "attribute" && ctx.text(field(a, "attribute") ?? a) === "role"
        ? field(a, "object")
        : undefined;
    if (!actor || actor.type !== "identifier" || !ctx.paramNames(fn).includes(ctx.text(actor))) continue;
    if (b?.type !== "attribute") continue;
    const levels = enumLevels(ctx, ctx.text(field(b, "object") ?? b));
    const level = levels?.get(ctx.text(field(b, "attribute") ?? b));
    if (levels && level !== undefined && level < Math.max(...levels.values()))
      return `any ${granted} is granted by an actor checked only against ${ctx.text(b)}: a lower role may grant the highest`;
  }
  return undefined;
}

const GRANT_REASON =
  "a role argument granted by an actor checked only against a lower level of the file's role enum";

export default pyRule({
  meta: {
    id: "PY-PRIV-002",
    title: "Role or privilege assigned from request data",
    cwe: ["CWE-269", "CWE-266", "CWE-915", "CWE-454"],
    severity: "HIGH",
    severity_variants: [{ severity: "MEDIUM", when: GRANT_REASON }],
    docs: {
      what_it_does:
        "Flags a role, admin flag or permission (a session key, a model attribute, a keyword argument, a Django groups/user_permissions add) set directly from request data, except on an admin endpoint: an admin-only decorator, or a test of the signed-in user's own privilege that the assignment sits under or that exits the function when it fails; and (MEDIUM) `target.role = role` of a role argument never compared with anything, in a function whose only check holds the actor to a level below the top of the file's role enum.",
      why_bad:
        "A user chooses their own privileges: registering with role=admin (or is_admin=true in the JSON) makes them an administrator.",
      example_bad:
        "from flask import request, session\ndef register():\n    session['role'] = request.form.get('role', 'user')\n    return 'ok'",
      example_good:
        "from flask import request, session\ndef register():\n    session['role'] = 'user'\n    return 'ok'",
    },
    fix_hint:
      "Assign privileges on the server (defaults, an admin-only endpoint); never copy them from the request.",
  },
  trigger:
    /(role|admin|staff|superuser|perm|priv|level|type|group)\w*['"]?\]?\s*[=:]\s*([^=\n]*(request|input\(|argv)|\w+(\.get\(|\[))|\.(groups|user_permissions|roles|permissions)\.(add|set)\(|\.role\s*=\s*\w+\s*(\n|$)/i,
  nodeTypes: ["assignment", "keyword_argument", "pair", "call"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      // Django: user.groups.add(Group.objects.get(name=request.POST['group'])), user_permissions.add(...): the
      // client picks the group or permission it is given.
      const fn = field(node, "function");
      const owner = fn?.type === "attribute" ? field(fn, "object") : undefined;
      if (
        !/^(add|set)$/.test(ctx.method(node)) ||
        owner?.type !== "attribute" ||
        !/^(groups|user_permissions|roles|permissions)$/.test(ctx.text(field(owner, "attribute") ?? owner))
      )
        return;
      const arg = ctx.args(node)[0];
      const v = arg ? (ctx.resolve(arg) ?? arg) : undefined;
      if (
        v &&
        /request|input\(|argv/.test(ctx.text(v)) &&
        [v, ...descendants(v)].some(
          (d) => /^(subscript|attribute|call)$/.test(d.type) && ctx.level(d, "trust") === Level.SOURCE,
        )
      )
        report({
          node,
          message: `the ${ctx.text(field(owner, "attribute")!)} granted are chosen by the request`,
        });
      return;
    }
    const left =
      node.type === "assignment" ? field(node, "left") : field(node, node.type === "pair" ? "key" : "name");
    const right = node.type === "assignment" ? field(node, "right") : field(node, "value");
    if (!left || !right) return;
    const name =
      node.type === "pair"
        ? ctx.stringValue(left)
        : left.type === "subscript"
          ? ctx.stringValue(field(left, "subscript"))
          : left.type === "attribute"
            ? ctx.text(field(left, "attribute") ?? left)
            : node.type === "keyword_argument"
              ? ctx.text(left)
              : undefined;
    if (!name || !PRIVILEGE.test(name)) return;
    if (node.type === "assignment") {
      const above = grantAboveActor(ctx, node);
      if (above) {
        report({ node, severity: "MEDIUM", reason: GRANT_REASON, message: above });
        return;
      }
    }
    if (readOnlyUse(ctx, node)) return;
    // Set from the request on this line (the trigger's shape), or from a local that holds the request's data
    // (`body = request.get_json()` then `user.role = body.get('role')`), not through other code.
    const viaLocal = () =>
      [right, ...descendants(right)].some((d) => {
        if (d.type !== "identifier") return false;
        const v = ctx.resolve(d);
        return !!v && v !== d && /\brequest\b|input\(|argv/.test(ctx.text(v));
      });
    if (
      (/request|input\(|argv/.test(ctx.text(right)) || viaLocal()) &&
      fromRequest(ctx, right) &&
      !adminOnly(ctx, node)
    )
      report({ node, message: `${name} is taken from the request` });
  },
  cases: {
    valid: [
      "from enum import IntEnum\nclass Role(IntEnum):\n    MEMBER = 1\n    MODERATOR = 2\n    ADMIN = 3\ndef set_role(db, actor, uid, role):\n    if actor.role < Role.MODERATOR:\n        raise PermissionError()\n    if role > actor.role:\n        raise PermissionError()\n    db.get(uid).role = role",
      "from enum import IntEnum\nclass Role(IntEnum):\n    MEMBER = 1\n    MODERATOR = 2\n    ADMIN = 3\ndef set_role(db, actor, uid, role):\n    if actor.role < Role.ADMIN:\n        raise PermissionError()\n    db.get(uid).role = role",
      "class AdminFlag:\n    def __call__(self, request):\n        request.is_admin = request.user.is_authenticated and request.user.is_superuser\n        return self.get_response(request)",
      "from django.contrib.auth.models import Group\ndef join(request):\n    request.user.groups.add(Group.objects.get(name='newsletter'))",
      "from flask import session\ndef f():\n    session['role'] = 'user'",
      // The request's role picks which memberships to list and is shown back on the page: a filter, not a grant.
      "from django.shortcuts import render\ndef index(request, client):\n    role = request.GET.get('role')\n    lists = client.find_lists(request.user.id, role=role)\n    context = {'lists': lists, 'role': role}\n    return render(request, 'index.html', context)",
      "def member(request, mlist, email):\n    role = request.GET.get('role')\n    return mlist.find_members(address=email, role=role)[0]",
      "from flask import request\ndef f():\n    user.name = request.form['name']",
      "from flask import request\ndef f():\n    return {'type': 'search', 'q': request.args['q']}",
      "from flask import request\ndef f(user, defaults):\n    body = request.get_json()\n    user.role = defaults.get('role')",
      "from flask import request\ndef f():\n    u = User(email=request.form['e'], is_admin=request.form['e'] in ADMIN_EMAILS)",
      "from flask import request, abort\nfrom flask_login import current_user\ndef set_role(uid):\n    if current_user.role != 'admin':\n        abort(403)\n    User.query.get(uid).role = request.get_json()['role']",
      "from flask import request\n@admin_required\ndef set_role(uid):\n    User.query.get(uid).role = request.form['role']",
      "from django.http import HttpResponseForbidden\ndef set_role(request, uid):\n    if request.user.is_superuser:\n        Profile.objects.get(pk=uid).role = request.POST['role']",
    ],
    invalid: [
      {
        code: "from enum import IntEnum\nclass Role(IntEnum):\n    MEMBER = 1\n    MODERATOR = 2\n    ADMIN = 3\ndef set_role(db, actor, uid, role):\n    if actor.role < Role.MODERATOR:\n        raise PermissionError()\n    target = db.get(uid)\n    target.role = role",
        line: 10,
        severity: "MEDIUM",
      },
      "from django.contrib.auth.models import Group\ndef join(request):\n    group = Group.objects.get(name=request.POST['group'])\n    request.user.groups.add(group)",
      "from flask import request, session\ndef f():\n    session['role'] = request.form.get('role', 'user')",
      // Created with the request's role, or a dict that is saved as well as shown.
      "def join(request, mlist):\n    role = request.GET.get('role')\n    return mlist.create_member(address=request.user.email, role=role)",
      "from django.shortcuts import render\ndef f(request, store):\n    row = {'user': request.user.id, 'role': request.POST['role']}\n    store.save(row)\n    return render(request, 'ok.html', row)",
      "from flask import request\ndef f():\n    u = User(name=request.json['name'], is_admin=request.json.get('is_admin'))",
      "from flask import request\ndef f():\n    users[request.form['u']] = {'name': request.form['u'], 'role': request.form.get('role', 'user')}",
      "from flask import request\ndef f():\n    u = User(email=request.form['e'], is_admin=request.form.get('is_admin') == 'on')",
      "from flask import request\ndef f(user):\n    body = request.get_json()\n    user.role = body.get('role', user.role)",
      "from flask import request\nfrom flask_login import current_user\ndef set_role(uid):\n    if current_user.role != 'admin':\n        log('not admin')\n    User.query.get(uid).role = request.form['role']",
      "from flask import request\n@login_required\ndef update_me():\n    current_user.role = request.form['role']",
      "from flask import request\nfrom flask_login import current_user\ndef update_me():\n    if not current_user.is_admin:\n        current_user.role = request.form['role']",
      "from flask import request, abort\nfrom flask_login import current_user\ndef set_role(uid):\n    if current_user.role not in ('moderator', 'admin'):\n        abort(403)\n    User.query.get(uid).role = request.form['role']",
      "from flask import request\n@roles_required('moderator')\ndef set_role(uid):\n    User.query.get(uid).role = request.form['role']",
    ],
  },
});
