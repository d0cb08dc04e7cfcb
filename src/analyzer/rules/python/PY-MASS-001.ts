import { Level } from "../../dataflow/python.js";
import type { PythonContext } from "../../dataflow/python.js";
import { field, namedChildren } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import { pyRule } from "./common.js";

/** ORM calls that set model fields from keyword arguments. */
/** The splatted value is the request's form or JSON body (not environment or configuration). */
const REQUEST_DATA = /request\.|\b(POST|GET|form|json|args|data|params|body)\b|get_json/;
const WRITERS = /^(create|update|get_or_create|update_or_create|filter_by|bulk_create)$|^[A-Z]\w*$/;

/** The class a pydantic model instance was built from: a parameter's annotation, `M(...)`, `M.model_validate(...)`. */
function modelClass(recv: SyntaxNode | undefined, ctx: PythonContext): string | undefined {
  if (recv?.type !== "identifier") return undefined;
  const made = ctx.resolve(recv);
  if (made && made !== recv && made.type === "call") {
    const f = field(made, "function");
    const k = f?.type === "attribute" ? field(f, "object") : f;
    if (
      f?.type === "attribute" &&
      !/^(model_validate|model_validate_json|parse_obj|parse_raw)$/.test(ctx.text(field(f, "attribute") ?? f))
    )
      return undefined;
    return k?.type === "identifier" ? ctx.text(k) : undefined;
  }
  const fn = ctx.enclosingFunction(recv);
  for (const p of namedChildren(field(fn ?? recv, "parameters") ?? recv)) {
    if (p.type !== "typed_parameter" && p.type !== "typed_default_parameter") continue;
    const id = field(p, "name") ?? namedChildren(p).find((c) => c.type === "identifier");
    if (id && ctx.text(id) === ctx.text(recv)) return ctx.text(field(p, "type") ?? p);
  }
  return undefined;
}

/**
 * A mapping whose keys a schema declares, not the client: a DRF serializer's `validated_data` or a Django form's
 * `cleaned_data` (only the declared fields), a pydantic model's `model_dump()` / `.dict()` (only its fields, unless
 * the model keeps extra keys: `extra='allow'`).
 */
function declaredKeys(data: SyntaxNode | undefined, ctx: PythonContext): boolean {
  let n = data?.type === "dictionary_splat" ? namedChildren(data)[0] : data;
  if (n?.type === "identifier") n = ctx.resolve(n) ?? n;
  if (n?.type === "attribute")
    return /^(validated_data|cleaned_data)$/.test(ctx.text(field(n, "attribute") ?? n));
  const f = n?.type === "call" ? field(n, "function") : undefined;
  if (f?.type !== "attribute") return false;
  const m = ctx.text(field(f, "attribute") ?? f);
  if (m !== "model_dump" && m !== "dict") return false;
  const name = modelClass(field(f, "object"), ctx);
  const klass = name ? ctx.localClass(name) : undefined;
  if (klass) {
    // A local class: a pydantic model (or SQLModel) that drops undeclared keys.
    return (
      /\b(BaseModel|SQLModel)\b/.test(ctx.text(field(klass, "superclasses") ?? klass)) &&
      !/\bextra\s*=\s*(['"]allow['"]|Extra\.allow)/.test(ctx.text(klass))
    );
  }
  // `.dict()` is also Django's QueryDict's (request.POST.dict()): only on a value annotated with a model class.
  if (m === "dict")
    return !!name && /^[A-Z]\w*$/.test(name) && !/^(Request|QueryDict|Dict|Mapping|Any)$/.test(name);
  return true;
}

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
        !declaredKeys(data, ctx) &&
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
            !declaredKeys(a, ctx) &&
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
      // Keys a schema declared: a bound form's cleaned_data, a serializer's validated_data, a pydantic model's dump.
      "def f(request):\n    form = ProfileForm(request.POST)\n    if form.is_valid():\n        Profile.objects.create(**form.cleaned_data)",
      "def f(request):\n    s = ProfileSerializer(data=request.data)\n    s.is_valid(raise_exception=True)\n    Profile.objects.filter(user=request.user).update(**s.validated_data)",
      "from fastapi import FastAPI\nfrom pydantic import BaseModel\napp = FastAPI()\nclass In(BaseModel):\n    name: str\n@app.patch('/me')\ndef f(body: In, db):\n    data = body.model_dump(exclude_unset=True)\n    db.query(User).filter(User.id == 1).update(data)",
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
      // A model that keeps undeclared keys, and Django's QueryDict.dict(): the client's keys.
      {
        code: "from fastapi import FastAPI\nfrom pydantic import BaseModel, ConfigDict\napp = FastAPI()\nclass In(BaseModel):\n    model_config = ConfigDict(extra='allow')\n    name: str\n@app.patch('/me')\ndef f(body: In, db):\n    db.query(User).filter(User.id == 1).update(body.model_dump())",
        line: 9,
      },
      {
        code: "def f(request):\n    Profile.objects.filter(user=request.user).update(**request.POST.dict())",
        line: 2,
      },
    ],
  },
});
