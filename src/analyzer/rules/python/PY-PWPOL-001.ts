import type { SyntaxNode } from "../../parse/index.js";
import { Level } from "../../dataflow/python.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";
import { PASSWORD } from "./web.js";

const MIN_LENGTH = 8;

export default pyRule({
  meta: {
    id: "PY-PWPOL-001",
    title: "Weak password requirements",
    cwe: ["CWE-521"],
    severity: "MEDIUM",
    severity_variants: [{ severity: "LOW", when: "a request's password hashed with no strength check" }],
    docs: {
      what_it_does: `Flags a password length check with a minimum below ${MIN_LENGTH}, Django's AUTH_PASSWORD_VALIDATORS set to an empty list, MinimumLengthValidator with min_length below ${MIN_LENGTH}, and set_password() or Django's create_user() with an empty string or a request's password no validator checked, and (LOW) a sign-up or password change that hashes the request's password with no length or strength check at all.`,
      why_bad:
        "Short passwords fall to online guessing and offline cracking in minutes; accounts protected by them are effectively unprotected.",
      example_bad: "def validate_password(pw):\n    if len(pw) < 4:\n        raise ValueError('too short')",
      example_good: "def validate_password(pw):\n    if len(pw) < 12:\n        raise ValueError('too short')",
    },
    fix_hint: `Require at least ${MIN_LENGTH} (better 12+) characters and check against common-password lists (NIST SP 800-63B).`,
  },
  trigger:
    /len\(\s*[\w.]*(pass|pwd|pw\b)[\w.]*\s*\)|AUTH_PASSWORD_VALIDATORS|MinimumLengthValidator|set_password\(|create_user\(|generate_password_hash\(|make_password\(|hashpw\(|\.hash\(/i,
  nodeTypes: ["comparison_operator", "assignment", "call"],
  detect(node, ctx, report) {
    if (node.type === "assignment") {
      const right = field(node, "right");
      if (ctx.text(field(node, "left") ?? node) !== "AUTH_PASSWORD_VALIDATORS" || right?.type !== "list")
        return;
      if (!namedChildren(right).length) {
        report({ node, message: "no password validators: any password is accepted" });
        return;
      }
      // {"NAME": "...MinimumLengthValidator", "OPTIONS": {"min_length": 4}}: the settings form of the validator.
      const pairs = (d: SyntaxNode) => namedChildren(d).filter((p) => p.type === "pair");
      const valueOf = (d: SyntaxNode, key: string) =>
        pairs(d)
          .map((p) => (ctx.stringValue(field(p, "key")) === key ? field(p, "value") : undefined))
          .find((v) => v);
      for (const entry of namedChildren(right)) {
        if (entry.type !== "dictionary") continue;
        const name = ctx.stringValue(valueOf(entry, "NAME")) ?? "";
        const options = valueOf(entry, "OPTIONS");
        if (!name.endsWith("MinimumLengthValidator") || options?.type !== "dictionary") continue;
        const v = ctx.constValue(valueOf(options, "min_length"));
        if (typeof v === "number" && v < MIN_LENGTH)
          report({ node: entry, message: `minimum password length ${v}` });
      }
      return;
    }
    if (node.type === "call" && /^(set_password|create_user)$/.test(ctx.method(node))) {
      // Django: an empty password, or a request's password stored without validate_password() in the view;
      // User.objects.create_user(username, email, password) stores it as set_password() does.
      const pw =
        ctx.method(node) === "create_user"
          ? /\bobjects\.create_user$/.test(ctx.callee(node)) || sourceHas(ctx.tree, /\bdjango\b/)
            ? (ctx.kwarg(node, "password") ?? ctx.args(node)[2])
            : undefined
          : ctx.args(node)[0];
      if (!pw) return;
      if (ctx.stringValue(pw) === "") {
        report({ node, message: "empty password set" });
        return;
      }
      const fn = ctx.enclosingFunction(node);
      if (
        fn &&
        ctx.level(pw, "literal") === Level.SOURCE &&
        !/validate_password|password_validation|is_valid\(|clean_password|validators/.test(ctx.text(fn))
      )
        report({ node, message: "password from the request set without validate_password()" });
      return;
    }
    if (
      node.type === "call" &&
      /^(generate_password_hash|make_password|hashpw|hash)$/.test(ctx.method(node))
    ) {
      // A sign-up or password change that hashes the request's password with no strength check at all (no
      // length test, no validator): `if not password: abort(400)` then generate_password_hash(password).
      const q = ctx.callee(node);
      if (
        !/(^|\.)(generate_password_hash|make_password|hashpw)$|(^|\.)(pwd_context|PasswordHasher\(\))\.hash$|(argon2|passlib)\b.*\.hash$/.test(
          q,
        )
      )
        return;
      const fn = ctx.enclosingFunction(node);
      const pw = ctx.args(node)[0];
      if (!fn || !pw || ctx.level(pw, "literal") !== Level.SOURCE) return;
      if (
        !/regist|sign_?up|create_(user|account)|(change|set|reset|new)_?pass/i.test(
          ctx.text(field(fn, "name") ?? fn),
        )
      )
        return;
      if (
        /\blen\(|validate_password|password_validation|is_valid\(|validators?\b|zxcvbn|strength|policy|re\.(match|search|fullmatch)/.test(
          ctx.text(fn),
        )
      )
        return;
      report({
        node,
        severity: "LOW",
        reason: "a request's password hashed with no strength check",
        message: "the request's password is accepted with no length or strength check",
      });
      return;
    }
    if (node.type === "call") {
      if (!/MinimumLengthValidator/.test(ctx.text(node))) return;
      const v = ctx.constValue(ctx.kwarg(node, "min_length"));
      if (typeof v === "number" && v < MIN_LENGTH) report({ node, message: `minimum password length ${v}` });
      return;
    }
    const [a, b] = namedChildren(node);
    const op = node.children.find((c) => !c.named)?.type;
    if (!a || !b || !op) return;
    const lenOf = (n: typeof a) =>
      n.type === "call" &&
      ctx.callee(n) === "len" &&
      PASSWORD.test(ctx.text(ctx.args(n)[0] ?? n).replace(/^.*\./, ""));
    let limit: unknown;
    // len(pw) < N / len(pw) >= N  (and the mirrored N > len(pw))
    if (lenOf(a) && (op === "<" || op === ">=")) limit = ctx.constValue(b);
    else if (lenOf(a) && (op === "<=" || op === ">")) limit = Number(ctx.constValue(b)) + 1;
    else if (lenOf(b) && (op === ">" || op === "<=")) limit = ctx.constValue(a);
    if (typeof limit === "number" && limit > 0 && limit < MIN_LENGTH)
      report({ node, message: `passwords of ${limit} characters are accepted` });
  },
  cases: {
    valid: [
      "from flask import request, abort\nfrom werkzeug.security import generate_password_hash\ndef register():\n    password = request.form.get('password', '')\n    if len(password) < 12:\n        abort(400)\n    return generate_password_hash(password)",
      "from flask import request\nfrom werkzeug.security import check_password_hash\ndef login(user):\n    return check_password_hash(user.pw, request.form['password'])",
      "AUTH_PASSWORD_VALIDATORS = [\n    {\n        'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator',\n        'OPTIONS': {'min_length': 12},\n    },\n]",
      "from django.contrib.auth.password_validation import validate_password\ndef change(request):\n    pw = request.POST['password']\n    validate_password(pw, request.user)\n    request.user.set_password(pw)",
      "def make(user):\n    user.set_password(None)",
      "from django.contrib.auth.models import User\nfrom django.contrib.auth.password_validation import validate_password\ndef register(request):\n    pw = request.POST.get('password', '')\n    validate_password(pw)\n    User.objects.create_user(username=request.POST['username'], password=pw)",
      "def ok(password):\n    return len(password) >= 12",
      "def ok(name):\n    return len(name) >= 3",
      "AUTH_PASSWORD_VALIDATORS = [{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator'}]",
    ],
    invalid: [
      {
        code: "from flask import request, abort\nfrom werkzeug.security import generate_password_hash\ndef register():\n    password = request.form.get('password', '')\n    if not password:\n        abort(400)\n    return generate_password_hash(password)",
        severity: "LOW",
      },
      { code: "def reset(user):\n    user.set_password('')", line: 2 },
      {
        code: "AUTH_PASSWORD_VALIDATORS = [\n    {\n        'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator',\n        'OPTIONS': {'min_length': 4},\n    },\n]",
        line: 2,
      },
      { code: "def change(request):\n    request.user.set_password(request.POST['password'])", line: 2 },
      {
        code: "from django.contrib.auth.models import User\ndef register(request):\n    pw = request.POST.get('password', '')\n    User.objects.create_user(username=request.POST['username'], password=pw)",
        line: 4,
      },
      "def ok(password):\n    if len(password) < 4:\n        raise ValueError()",
      "AUTH_PASSWORD_VALIDATORS = []",
      "def ok(pw):\n    return len(pw) > 5",
    ],
  },
});
