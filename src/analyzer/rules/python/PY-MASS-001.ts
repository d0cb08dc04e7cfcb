import { Level } from "../../dataflow/python.js";
import { field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** ORM calls that set model fields from keyword arguments. */
/** The splatted value is the request's form or JSON body (not environment or configuration). */
const REQUEST_DATA = /request\.|\b(POST|GET|form|json|args|data|params|body)\b|get_json/;
const WRITERS = /^(create|update|get_or_create|update_or_create|filter_by|bulk_create)$|^[A-Z]\w*$/;

export default pyRule({
  meta: {
    id: "PY-MASS-001",
    title: "Model fields set from the whole request (mass assignment)",
    cwe: ["CWE-915", "CWE-269"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags ORM create/update calls and model constructors that receive **request data (request.POST, request.json, form.data dicts) as keyword arguments.",
      why_bad:
        "Every field the client sends is written, including ones the form never offered: is_staff, is_superuser, owner, balance.",
      example_bad:
        "def update(request):\n    Profile.objects.filter(user=request.user).update(**request.POST.dict())",
      example_good:
        "def update(request):\n    Profile.objects.filter(user=request.user).update(bio=request.POST.get('bio', ''))",
    },
    fix_hint:
      "Pass the fields you mean to accept explicitly, or validate through a form/serializer with a fields list.",
  },
  trigger:
    /\*\*[^,)\n]*(request\.|POST|GET|form|json|args|data|params|body)|setattr\(|__dict__\.update\(|\.update\(|\.values\(/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    if (ctx.callee(node) === "setattr") {
      // for k, v in request.form.items(): setattr(user, k, v): the client picks the attribute (role, is_admin).
      const [, attr, value] = ctx.args(node);
      if (
        attr?.type === "identifier" &&
        value &&
        ctx.level(attr, "sql") === Level.SOURCE &&
        ctx.level(value, "sql") === Level.SOURCE
      )
        report({ node, message: "setattr() with a client-chosen attribute name and value" });
      return;
    }
    if (m === "update" && /\.__dict__\.update$/.test(ctx.callee(node))) {
      // obj.__dict__.update(request.json): every attribute the client names is written, like setattr in a loop.
      const data = ctx.args(node)[0];
      // A dict literal names its columns; a comprehension with an `if` keeps the keys a test lets through.
      const built = data?.type === "identifier" ? ctx.resolve(data) : data;
      const chosen =
        built?.type === "dictionary" ||
        (built?.type === "dictionary_comprehension" && built.children.some((c) => c.type === "if_clause"));
      if (!chosen && data && ctx.level(data, "sql") === Level.SOURCE)
        report({ node, message: "__dict__.update() writes every attribute the client sends" });
      return;
    }
    if (m === "update" || m === "values") {
      // SQLAlchemy: Model.query.filter_by(id=i).update(request.json), session.query(M).filter(...).update(data),
      // update(M).where(...).values(request.json): the dict's keys are the columns written.
      const recv = field(field(node, "function") ?? node, "object");
      const data = ctx.args(node)[0];
      // A dict literal names its columns; a comprehension with an `if` keeps the keys a test lets through.
      const built = data?.type === "identifier" ? ctx.resolve(data) : data;
      const chosen =
        built?.type === "dictionary" ||
        (built?.type === "dictionary_comprehension" && built.children.some((c) => c.type === "if_clause"));
      if (
        !chosen &&
        recv &&
        ctx.args(node).length === 1 &&
        /\.(query|filter|filter_by|where)\b|^(sqlalchemy\.)?update\(|\bquery\(/.test(ctx.text(recv)) &&
        ctx.level(data, "sql") === Level.SOURCE
      ) {
        report({ node, message: `${m}() writes every column the client names` });
        return;
      }
    }
    if (!WRITERS.test(m)) return;
    const list = node.children.find((c) => c.type === "argument_list");
    const splat = list
      ? namedChildren(list).find(
          (a) =>
            a.type === "dictionary_splat" &&
            REQUEST_DATA.test(ctx.text(a)) &&
            ctx.level(namedChildren(a)[0], "sql") === Level.SOURCE,
        )
      : undefined;
    if (splat) report({ node, message: `${m}(**...) writes every field the client sends` });
  },
  cases: {
    valid: [
      "def upd(user, defaults):\n    user.__dict__.update(defaults)",
      "from flask import request\ndef upd(user):\n    for k in ('name', 'email'):\n        setattr(user, k, request.form[k])",
      "def f(request):\n    Profile.objects.create(bio=request.POST.get('bio'))",
      "def f(data):\n    Profile.objects.create(**data)",
      "import os, subprocess\nkw = dict(os.environ)\np = subprocess.Popen(['ls'], **kw)",
      "def f(request):\n    return JsonResponse(**{'data': 1})",
      "from flask import request\ndef f(uid):\n    data = {k: v for k, v in request.get_json().items() if k in ALLOWED}\n    User.query.filter_by(id=uid).update(data)",
      "from flask import request\ndef f():\n    opts = {}\n    opts.update(request.get_json())\n    return opts",
    ],
    invalid: [
      {
        code: "from flask import request\ndef upd(user):\n    user.__dict__.update(request.get_json())\n    db.session.commit()",
        line: 3,
      },
      "from flask import request\ndef upd(user):\n    for k, v in request.form.items():\n        setattr(user, k, v)\n    db.session.commit()",
      { code: "def f(request):\n    Profile.objects.create(**request.POST.dict())", line: 2 },
      {
        code: "from flask import request\ndef f(uid):\n    User.query.filter_by(id=uid).update(request.get_json())",
        line: 3,
      },
      {
        code: "from flask import request\ndef f():\n    u = User(**request.get_json())\n    db.session.add(u)",
        line: 3,
      },
    ],
  },
});
