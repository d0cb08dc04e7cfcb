import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { authorContextIgnored } from "../../rule.js";
import { AUTH_CHECK_SUBJECT, functionName, pyRule } from "./common.js";

const ABOUT_CALLER = /user|owner|perm|role|session|principal/i;

/**
 * `is_signature(signature)`, `is_address(addr)`: a one-argument predicate named after the kind of value it is given
 * tests the value's form; checking a signature needs a key and a message as well.
 */
function kindTest(ctx: PythonContext, c: SyntaxNode): boolean {
  const kind = /^is_([a-z]+)$/i.exec(ctx.callee(c).split(".").pop() ?? "")?.[1]?.toLowerCase();
  const args = namedChildren(field(c, "arguments") ?? c).filter((a) => a.type !== "comment");
  if (!kind || args.length !== 1 || args[0]!.type !== "identifier") return false;
  const name = ctx.text(args[0]!).toLowerCase().replace(/_/g, "");
  return kind.length >= 3 && (name.includes(kind) || kind.includes(name)) && !ABOUT_CALLER.test(kind);
}

/**
 * The condition's text for the subject test, less class attributes read without a call: in `frame[0] ==
 * Authenticate.TAG` or `name in Signature.header_fields` the class name is the only word about authentication.
 */
function subjectText(text: string): string {
  return text.replace(/(?<![\w.])[A-Z]\w*(?:\.\w+)+(?![\w.]|\s*\()/g, "_");
}

/**
 * A condition about the program's own state rather than who the caller is: a None test (`token is not None`), a
 * type test, string keys present in a mapping (`"uidb64" in kwargs`), or the object's own flag (`not
 * self.is_active` after closing it), and `and`/`or`/`not` of these.
 */
function invariant(ctx: PythonContext, c: SyntaxNode): boolean {
  if (c.type === "parenthesized_expression")
    return !!namedChildren(c)[0] && invariant(ctx, namedChildren(c)[0]!);
  // `(email is NotSet) ^ (user is NotSet)`: exactly one of two arguments given.
  if (
    c.type === "boolean_operator" ||
    (c.type === "binary_operator" && c.children.find((x) => !x.named)?.type === "^")
  )
    return [field(c, "left"), field(c, "right")].every((x) => !!x && invariant(ctx, x));
  if (c.type === "not_operator") {
    const a = field(c, "argument");
    return !!a && (invariant(ctx, a) || /^self\.\w+$/.test(ctx.text(a)));
  }
  if (c.type === "call") {
    // `all(type(x) == str for x in methods)`: the same test of every element.
    const args = field(c, "arguments");
    const gen =
      args?.type === "generator_expression"
        ? args
        : namedChildren(args ?? c).find((a) => a.type === "generator_expression");
    if (/^(all|any)$/.test(ctx.callee(c)) && gen) {
      const body = field(gen, "body");
      return !!body && invariant(ctx, body);
    }
    return /^(isinstance|issubclass|hasattr|callable)$/.test(ctx.callee(c)) || kindTest(ctx, c);
  }
  if (c.type === "comparison_operator") {
    const t = ctx.text(c);
    const [left, right] = namedChildren(c);
    // ... but `assert current_user is not None` is the login check itself.
    // `authrole is None or ...` lets an absent value through, so it requires nobody to be anyone.
    if (/\bis\s+None$/.test(t)) return true;
    // `role is github.GithubObject.NotSet`: whether an optional argument was passed at all (a sentinel default).
    if (/\bis\s+(not\s+)?([\w.]+\.)?_*(not_?set|unset|missing|undefined|sentinel|no_?value)$/i.test(t))
      return true;
    // `attrs.permissions is not None` of a file's stat record: its mode bits are there, nobody's access is decided.
    if (
      /\bis\s+not\s+None$/.test(t) &&
      left?.type === "attribute" &&
      /^(st_)?(mode|perm(ission)?s)$/.test(ctx.text(field(left, "attribute")!)) &&
      !ABOUT_CALLER.test(ctx.text(field(left, "object")!))
    )
      return true;
    if (/\bis\s+not\s+None$/.test(t)) return !ABOUT_CALLER.test(t) || validatedBefore(ctx, c, left);
    // `signature == b"8BIM"`, `sig in (b"8BIM", b"8B64")`: a file format's magic bytes read back, not a
    // cryptographic signature (one is checked against a key, never against a literal).
    const magic = (x: SyntaxNode | undefined) =>
      x?.type === "string" && /^[bB][rR]?['"]/.test(ctx.text(x)) && ctx.text(x).length <= 16;
    if (
      /^[^=<>!]+(==|!=|\bnot\s+in\b|\bin\b)/.test(t) &&
      (magic(left) ||
        magic(right) ||
        (/^(tuple|list|set)$/.test(right?.type ?? "") && namedChildren(right!).every(magic)))
    )
      return true;
    // `assert token == 'def '` in a template compiler's block builder: the lexer token kind it was dispatched for
    // (one short lower-case word, perhaps with the space before its arguments), never a secret.
    if (
      /^\w+\s*==/.test(t) &&
      left?.type === "identifier" &&
      /^(token|tok)$/i.test(ctx.text(left)) &&
      right?.type === "string" &&
      /^[a-z]{1,10} ?$/.test(ctx.stringValue(right) ?? "")
    )
      return true;
    // `type(authid) == str`, `len(signature) == 65`: the value's shape, not who sent it.
    if (left?.type === "call" && ctx.callee(left) === "type") return true;
    // (either side: `EXPECTED_BODY_LENGTH == len(signature)`)
    if ([left, right].some((x) => x?.type === "call" && ctx.callee(x) === "len"))
      return !ABOUT_CALLER.test(t);
    // `old.signature != new.signature`: two records told apart, nobody's access decided.
    if (
      /^[^=<>!]+!=/.test(t) &&
      left?.type === "attribute" &&
      right?.type === "attribute" &&
      ctx.text(field(left, "attribute")!) === ctx.text(field(right, "attribute")!)
    )
      return true;
    // `role in ['broker', 'dealer']` in a constructor, for a parameter or each entry of one (`for role in
    // roles:`): the message being built names one of the protocol's kinds; nobody's access is decided there.
    if (constructorArgument(ctx, c, left, right)) return true;
    // `"uidb64" in kwargs`: the call's shape, not its caller.
    return namedChildren(c)[0]?.type === "string" && /^(['"])[\w-]*\1\s+(not\s+)?in\s+\w+$/.test(t);
  }
  return false;
}

/**
 * `if form.validate_on_submit(): assert form.user is not None`: the form's own validation (validate,
 * validate_on_submit, is_valid) decided the login before the assert, which only narrows the type for a checker.
 */
function validatedBefore(ctx: PythonContext, c: SyntaxNode, left: SyntaxNode | undefined): boolean {
  let root = left;
  while (root?.type === "attribute") root = field(root, "object");
  if (root?.type !== "identifier") return false;
  const name = ctx.text(root);
  for (let p = c.parent; p && p.type !== "function_definition"; p = p.parent) {
    const test = p.type === "if_statement" ? field(p, "condition") : undefined;
    const body = p.type === "if_statement" ? field(p, "consequence") : undefined;
    if (!test || !body || c.start < body.start || c.end > body.end) continue;
    if (
      [test, ...descendants(test)].some(
        (d) =>
          d.type === "call" &&
          new RegExp(`^${name}\\.(validate|validate_on_submit|is_valid)$`).test(
            ctx.text(field(d, "function") ?? d),
          ),
      )
    )
      return true;
  }
  return false;
}

/**
 * `assert role in ['broker', 'dealer']` inside `__init__`, where `role` is a parameter or the variable of a loop over
 * one: the constructor checks the value it was given against the literal names the format allows. In any other
 * function, a parameter so checked that is then sent on as a value (sentOn).
 */
function constructorArgument(
  ctx: PythonContext,
  c: SyntaxNode,
  left: SyntaxNode | undefined,
  right: SyntaxNode | undefined,
): boolean {
  const fn = ctx.enclosingFunction(c);
  if (!fn || left?.type !== "identifier") return false;
  if (!/^(list|tuple|set)$/.test(right?.type ?? "") || !/\bin\s*[[({]/.test(ctx.text(c))) return false;
  if (!namedChildren(right!).every((i) => i.type === "string")) return false;
  const params = ctx.paramNames(fn);
  const name = ctx.text(left);
  // Any method: a parameter checked against the names it may take and then sent on as a value (`assert role in
  // ["member", "maintainer"]` before `{"role": role}` or `request(..., role)`): an API client's argument check.
  if (ctx.text(field(fn, "name") ?? fn) !== "__init__")
    return params.includes(name) && sentOn(ctx, fn, c, name);
  if (params.includes(name)) return true;
  for (let p = c.parent; p && p !== fn; p = p.parent)
    if (p.type === "for_statement" && ctx.text(field(p, "left") ?? p) === name)
      return params.includes(ctx.text(field(p, "right") ?? p));
  return false;
}

/**
 * `name` is read after `at` as a value handed on: a dict entry's value, a call's argument, or stored whole into an
 * entry or a field (`params["role"] = role`).
 */
function sentOn(ctx: PythonContext, fn: SyntaxNode, at: SyntaxNode, name: string): boolean {
  return descendants(fn).some((d) => {
    if (d.type !== "identifier" || d.start <= at.end || ctx.text(d) !== name) return false;
    const p = d.parent;
    return (
      (p?.type === "pair" && field(p, "value") === d) ||
      p?.type === "argument_list" ||
      (p?.type === "keyword_argument" && field(p, "value") === d) ||
      (p?.type === "assignment" &&
        field(p, "right") === d &&
        /^(subscript|attribute)$/.test(field(p, "left")?.type ?? ""))
    );
  });
}

/**
 * The condition's text with names bound to an introspected signature (`spec = inspect.getfullargspec(func)`,
 * `sig = inspect.signature(f)`) blanked: a function's parameter list, not a message signature.
 */
function lessInspected(ctx: PythonContext, cond: SyntaxNode): string {
  let t = ctx.text(cond);
  // ... and the call in place (`set(signature(func).parameters)` with `from inspect import signature`).
  for (const c of descendants(cond))
    if (c.type === "call" && /^inspect\.(signature|getfullargspec|getargspec)$/.test(ctx.callee(c)))
      t = t.split(ctx.text(c)).join("_");
  for (const id of [cond, ...descendants(cond)]) {
    if (id.type !== "identifier") continue;
    const v = ctx.resolve(id);
    if (v?.type === "call" && /^inspect\.(signature|getfullargspec|getargspec)$/.test(ctx.callee(v)))
      t = t.replace(new RegExp(`(?<![\\w.])${ctx.text(id)}\\b`, "g"), "_");
  }
  return t;
}

export default pyRule({
  meta: {
    id: "PY-ASSERT-002",
    title: "assert used as an authorisation or security check",
    cwe: ["CWE-703", "CWE-617"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags assert statements outside tests whose condition is about the user, permissions, roles, tokens or signatures.",
      why_bad:
        "Python removes assert statements when run with -O (PYTHONOPTIMIZE), so the check silently disappears and every caller passes it.",
      example_bad: "def delete_post(request, post):\n    assert request.user.is_superuser\n    post.delete()",
      example_good:
        "from django.core.exceptions import PermissionDenied\ndef delete_post(request, post):\n    if not request.user.is_superuser:\n        raise PermissionDenied()\n    post.delete()",
    },
    fix_hint: "Use an if statement that raises (PermissionDenied, abort(403), ValueError) instead of assert.",
  },
  trigger:
    /\bassert\b[^\n]*(user|perm|role|auth|owner|token|signature|csrf|is_(superuser|staff|admin|active|owner|allowed))/i,
  nodeTypes: ["assert_statement"],
  detect(node, ctx, report) {
    // Tests assert on purpose: pytest/unittest files and test_* functions (not in an answer, which names its own).
    if (!authorContextIgnored(ctx)) {
      if (sourceHas(ctx.tree, /^\s*(import|from)\s+(pytest|unittest)\b/m)) return;
      if (/^test/.test(functionName(ctx, node))) return;
    }
    const cond = namedChildren(node)[0];
    if (!cond || !AUTH_CHECK_SUBJECT.test(subjectText(lessInspected(ctx, cond))) || invariant(ctx, cond))
      return;
    report({ node, message: "assert is removed under python -O: the security check disappears" });
  },
  cases: {
    valid: [
      // A binary reader checking a section's magic bytes.
      "import struct\ndef read(fp):\n    signature = fp.read(4)\n    assert signature == b'8BIM', 'bad signature %r' % signature\n    assert signature in (b'8BIM', b'8B64')\n    return fp.read(4)",
      // A decorator's own argument names checked against the wrapped function's introspected signature.
      "from inspect import signature\ndef converter(names):\n    def deco(func):\n        assert set(names).issubset(set(signature(func).parameters)), names\n        return func\n    return deco",
      // A decorator checks that the argument it remaps is one of the wrapped function's parameters.
      "import inspect\ndef remap(func, target):\n    signature = inspect.getfullargspec(func)\n    assert target in signature.args or target in signature.kwonlyargs\n    return func",
      // A spreadsheet reader's format check of its comments' author list element.
      "def parse_comments(root, NS):\n    author_list = root[0]\n    assert author_list.tag == NS + 'authors'\n    return [a.text for a in author_list]",
      "async def send(fs, path):\n    attrs = await fs.stat(path)\n    assert attrs.permissions is not None\n    return attrs.permissions & 0o7777",
      "def cas(app, authority):\n    assert authority.endswith('/') and authority.startswith('http')\n    return app",
      "def f(items):\n    assert len(items) > 0\n    return items[0]",
      "import pytest\ndef check(client):\n    assert client.user.is_authenticated",
      "def test_login(client):\n    assert client.user.is_authenticated",
      "def choose(state):\n    token = state.key[2]\n    assert token is not None\n    return token",
      "def dispatch(self, **kwargs):\n    assert 'uidb64' in kwargs and 'token' in kwargs\n    return kwargs",
      "class T:\n    def close(self):\n        try:\n            self._close()\n        finally:\n            assert not self.is_active",
      "class Hello:\n    def __init__(self, authid=None, authrole=None):\n        assert authid is None or type(authid) == str\n        assert type(authrole) is str\n        assert(authrole is None or type(authrole) == str)",
      "def hop(ff):\n    assert 'authrole' in ff and type(ff['authrole']) == str",
      "def f(authmethods):\n    assert authmethods is None or (type(authmethods) == list and all(type(x) == str for x in authmethods))",
      "def sign(key, m):\n    sig = key.sign(m)\n    assert type(sig) == bytes and len(sig) == 65\n    return sig",
      "def recover(m, signature):\n    assert is_signature(signature)\n    return m",
      "def parse(wmsg):\n    assert len(wmsg) > 0 and wmsg[0] == Authenticate.MESSAGE_TYPE",
      "def header(arg):\n    assert arg in Signature.header_fields\n    return arg",
      "def swap(tx1, tx2):\n    assert tx1.signature != tx2.signature\n    return tx2",
      // An optional argument's type, unless left at the sentinel default; one of two arguments given.
      "class NotSet: pass\ndef add(team, role=NotSet):\n    assert role is NotSet or isinstance(role, str), role\n    return team",
      "import github\ndef invite(user=github.GithubObject.NotSet, email=github.GithubObject.NotSet):\n    assert (email is github.GithubObject.NotSet) ^ (user is github.GithubObject.NotSet)\n    return user",
      "class Msg:\n    def get_data(self):\n        signature = self.version + self.checksum\n        assert self.EXPECTED_BODY_LENGTH == len(signature)\n        return signature",
      // An API client's method checks the role it will send against the values the API takes (then puts it in the
      // request's parameters, or passes it).
      "class Org:\n    def invite(self, email, role=None):\n        params = {'email': email}\n        if role is not None:\n            assert role in ['admin', 'direct_member']\n            params['role'] = role\n        return self._requester.post(self.url, input=params)",
      "class Team:\n    def add_membership(self, member, role):\n        assert role in ['member', 'maintainer']\n        return self._requester.put(self.url + '/memberships/' + member, input={'role': role})",
      // The form's validation decided the login; the assert narrows form.user for the type checker.
      "def login(form, login_user):\n    if form.validate_on_submit():\n        assert form.user is not None\n        login_user(form.user)",
      "class Welcome:\n    def __init__(self, session, roles):\n        assert type(roles) == dict\n        for role in roles:\n            assert role in ['broker', 'dealer']\n        self.roles = roles",
    ],
    invalid: [
      "import hmac\ndef read(msg, key, signature):\n    assert signature == hmac.new(key, msg, 'sha256').digest()\n    return msg",
      "def edit(user, doc):\n    assert user.permissions is not None\n    doc.save()",
      "def view(request, authorization):\n    assert authorization.startswith('Bearer ')\n    return request",
      {
        code: "def delete(request, post):\n    assert request.user.is_superuser\n    post.delete()",
        line: 2,
      },
      "def transfer(user, acct):\n    assert acct.owner == user, 'not yours'\n    acct.close()",
      "def view(request):\n    assert request.user is not None and request.user.is_staff\n    return 1",
      "def view(request):\n    assert not request.user.is_anonymous\n    return 1",
      "def view():\n    user = get_current_user()\n    assert user is not None\n    return user.files",
      "def view(form, other):\n    if other.validate():\n        assert form.user is not None\n        return form.user.files",
      "def hook(body, signature, secret):\n    assert verify_signature(body, signature, secret)\n    return body",
      "def rotate(user, key):\n    assert user.role in ('admin', 'owner')\n    key.rotate()",
      "def grant(request):\n    assert request.user.role == Role.ADMIN\n    return 1",
      "def hook(body, signature):\n    assert is_valid(signature)\n    return body",
      "def f(users):\n    assert all(u.is_admin for u in users)\n    return users",
      "def swap(session, other):\n    assert session.user == other.user\n    return other",
      // Outside a constructor, the caller's role decides (read for nothing else, or read as a test again).
      "def rotate(role, key):\n    assert role in ['admin', 'owner']\n    key.rotate()",
      "def rotate(role, key):\n    assert role in ['admin', 'owner']\n    if role == 'owner':\n        key.rotate()",
      "from enum import Enum\nclass Role(Enum):\n    ADMIN = 1\ndef grant(user):\n    assert user.role is Role.ADMIN\n    return 1",
      "def grant(user=None):\n    assert user is not None and (user.is_admin ^ user.is_banned)\n    return 1",
      "class Grant:\n    def __init__(self, user):\n        assert user.role in ['admin', 'owner']\n        self.user = user",
    ],
  },
});
