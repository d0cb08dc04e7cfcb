import { Level } from "../../dataflow/python.js";
import type { PythonContext } from "../../dataflow/python.js";
import { descendants, field, namedChildren, nodesOfType, sourceHas } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import { pyRule } from "./common.js";

/** ORM calls that set model fields from keyword arguments. */
/** The splatted value is the request's form or JSON body (not environment or configuration). */
const REQUEST_DATA = /request\.|\b(POST|GET|form|json|args|data|params|body)\b|get_json/;
const WRITERS =
  /^(create|create_user|update|get_or_create|update_or_create|filter_by|bulk_create)$|^[A-Z]\w*$/;

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
  if (m === "load" || m === "loads") return schemaLoad(n!, field(f, "object"), ctx);
  if (m !== "model_dump" && m !== "dict") return false;
  const name = modelClass(field(f, "object"), ctx);
  const klass = name ? ctx.localClass(name) : undefined;
  if (klass) {
    // A local class: a pydantic model (or SQLModel) that drops undeclared keys - unless it declares a field that
    // grants rights itself (`role: str = "member"` on a sign-up body: the client sends role=admin).
    return (
      /\b(BaseModel|SQLModel)\b/.test(ctx.text(field(klass, "superclasses") ?? klass)) &&
      !/\bextra\s*=\s*(['"]allow['"]|Extra\.allow)/.test(ctx.text(klass)) &&
      !declaresPrivilege(ctx, klass)
    );
  }
  // `.dict()` is also Django's QueryDict's (request.POST.dict()): only on a value annotated with a model class.
  if (m === "dict")
    return !!name && /^[A-Z]\w*$/.test(name) && !/^(Request|QueryDict|Dict|Mapping|Any)$/.test(name);
  return true;
}

/**
 * `StrictSchema().load(request.json)`: a marshmallow schema keeps only its declared fields (unknown keys raise, or
 * are dropped with EXCLUDE) unless it, or the load, says `unknown = INCLUDE`.
 */
function schemaLoad(call: SyntaxNode, recv: SyntaxNode | undefined, ctx: PythonContext): boolean {
  const made = recv?.type === "identifier" ? ctx.resolve(recv) : recv;
  if (made?.type !== "call" || !sourceHas(ctx.tree, /\bmarshmallow\b/)) return false;
  if (/\bINCLUDE\b/.test(ctx.text(ctx.kwarg(call, "unknown") ?? ctx.kwarg(made, "unknown") ?? call)))
    return false;
  const name = ctx.callee(made);
  const klass = /^\w+$/.test(name) ? ctx.localClass(name) : undefined;
  if (!klass) return /Schema$/.test(name);
  return (
    /\bSchema\b/.test(ctx.text(field(klass, "superclasses") ?? klass)) &&
    !/\bunknown\s*=\s*(INCLUDE|['"]include['"])/.test(ctx.text(klass))
  );
}

/**
 * `for k, v in patch.model_dump(exclude_unset=True).items(): setattr(obj, k, v)`: the attribute name is a key of a
 * mapping a schema declares (declaredKeys), iterated directly or through .items() / .keys().
 */
function loopOverDeclaredKeys(ctx: PythonContext, attr: SyntaxNode): boolean {
  const name = ctx.text(attr);
  for (let p = attr.parent; p && p.type !== "function_definition"; p = p.parent) {
    if (p.type !== "for_statement") continue;
    const left = field(p, "left");
    const first = left?.type === "identifier" ? left : left && namedChildren(left)[0];
    if (!first || ctx.text(first) !== name) continue;
    let right = field(p, "right");
    const rf = right?.type === "call" ? field(right, "function") : undefined;
    if (rf?.type === "attribute" && /^(items|keys)$/.test(ctx.text(field(rf, "attribute") ?? rf)))
      right = field(rf, "object");
    return declaredKeys(right, ctx);
  }
  return false;
}

/**
 * `Order(**data)` where Order is a dataclass (or attrs class) of this file with no rights-granting field: a key it
 * does not declare raises TypeError, so the client can set only the fields written here.
 */
function plainRecordClass(ctx: PythonContext, name: string): boolean {
  const klass = ctx.localClass(name);
  const dec = klass?.parent?.type === "decorated_definition" ? klass.parent : undefined;
  if (
    !klass ||
    !dec ||
    !/@(dataclasses\.)?dataclass\b|@(attr\.s|attrs\.define|define|frozen)\b/.test(ctx.text(dec))
  )
    return false;
  return !declaresPrivilege(ctx, klass);
}

/** A class body that declares a rights-granting field (`role: str`, `is_admin: bool = False`). */
function declaresPrivilege(ctx: PythonContext, klass: SyntaxNode): boolean {
  for (const st of namedChildren(field(klass, "body") ?? klass)) {
    const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
    const left = a?.type === "assignment" ? field(a, "left") : undefined;
    if (left?.type === "identifier" && PRIVILEGE_FIELD.test(ctx.text(left))) return true;
  }
  return false;
}

/** User-model fields that grant rights (a name that is no literal counts as one: we cannot tell). */
const PRIVILEGE_FIELD = /^(is_\w+|groups|user_permissions|password|role|roles|permissions|admin)$/;

/**
 * A DRF ModelSerializer, a Django ModelForm or a generic Create/UpdateView over the user model with
 * `fields = "__all__"` (or an `exclude` list that names no privilege field): the request may set is_staff,
 * is_superuser, groups and the password hash. Returns the `fields` (`exclude`) assignment, unless read_only_fields /
 * exclude keep the privilege fields out.
 */
export function allFieldsOfUser(klass: SyntaxNode, ctx: PythonContext): SyntaxNode | undefined {
  const sup = ctx.text(field(klass, "superclasses") ?? klass);
  const isView = /\b(CreateView|UpdateView)\b/.test(sup);
  if (!isView && !/\b(ModelSerializer|HyperlinkedModelSerializer|ModelForm)\b/.test(sup)) return undefined;
  // The options: the class body itself (a generic view) or its nested `class Meta`.
  const body = field(klass, "body");
  const meta = isView
    ? body
    : namedChildren(body ?? klass).find(
        (c) => c.type === "class_definition" && ctx.text(field(c, "name") ?? c) === "Meta",
      );
  const opts = new Map<string, SyntaxNode>();
  for (const st of namedChildren((meta && field(meta, "body")) ?? meta ?? klass)) {
    const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
    const left = a?.type === "assignment" ? field(a, "left") : undefined;
    if (left?.type === "identifier" && field(a!, "right")) opts.set(ctx.text(left), a!);
  }
  // `exclude = [...]` with no privilege field in it is every other field: is_staff and is_superuser included (and
  // any field added to the model later).
  const exclude = opts.get("exclude");
  const excluded = exclude ? ctx.resolve(field(exclude, "right")) : undefined;
  const openExclude =
    !!exclude &&
    !opts.has("fields") &&
    (excluded?.type === "list" || excluded?.type === "tuple") &&
    !namedChildren(excluded).some((e) => PRIVILEGE_FIELD.test(ctx.stringValue(e) ?? "is_unknown"));
  const fields = openExclude ? exclude : opts.get("fields");
  if (!fields || (!openExclude && ctx.stringValue(field(fields, "right")) !== "__all__")) return undefined;
  if ((!openExclude && opts.has("exclude")) || opts.has("read_only_fields")) return undefined;
  // An admin-only screen (a staff or permission check in the file) may edit every field of a user on purpose.
  if (
    sourceHas(
      ctx.tree,
      /\b(IsAdminUser|PermissionRequiredMixin|UserPassesTestMixin|staff_member_required|permission_required|DjangoModelPermissions)\b/,
    )
  )
    return undefined;
  const model = field(opts.get("model") ?? fields, "right");
  if (!model || !opts.has("model")) return undefined;
  const q = model.type === "call" ? ctx.callee(model) : ctx.qname(model);
  if (/(^|\.)get_user_model$|^django\.contrib\.auth\.models\.User$/.test(q)) return fields;
  const local = model.type === "identifier" ? ctx.localClass(ctx.text(model)) : undefined;
  if (local)
    return /\b(AbstractUser|AbstractBaseUser|PermissionsMixin)\b/.test(
      ctx.text(field(local, "superclasses") ?? local),
    )
      ? fields
      : undefined;
  // A custom user model imported from the app (`from .models import User`), or the user's profile: every field of it
  // includes the link to its user (re-pointed to another account) and whatever flags the model keeps.
  // (A member, customer or employee record is the same: a person's account under another name.)
  return model.type === "identifier" &&
    /^(\w*User|Account|\w*Profile|\w*Member|Customer|Subscriber|Employee)$/.test(ctx.text(model))
    ? fields
    : undefined;
}

/** DRF views that only read: list and retrieve, no create/update/destroy of their own. */
const READ_ONLY_VIEW =
  /^(generics\.)?(ListAPIView|RetrieveAPIView|ReadOnlyModelViewSet)$|(^|\.)ReadOnlyModelViewSet$/;

/**
 * The DRF views of this file that serve the serializer class `klass` (`serializer_class = UserSerializer`), and
 * whether every one of them only reads (ListAPIView, RetrieveAPIView, ReadOnlyModelViewSet).
 */
export function servingViews(klass: SyntaxNode, ctx: PythonContext): { views: number; readOnly: boolean } {
  const name = ctx.text(field(klass, "name") ?? klass);
  let views = 0;
  let readOnly = true;
  for (const c of nodesOfType(ctx.tree, "class_definition")) {
    const served = namedChildren(field(c, "body") ?? c).some((st) => {
      const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      return (
        a?.type === "assignment" &&
        ctx.text(field(a, "left") ?? a) === "serializer_class" &&
        ctx.text(field(a, "right") ?? a) === name
      );
    });
    if (!served) continue;
    views++;
    const sups = namedChildren(field(c, "superclasses") ?? c).map((x) => ctx.text(x));
    const reads = (x: string) =>
      READ_ONLY_VIEW.test(x) ||
      /^(mixins\.)?(List|Retrieve)ModelMixin$|^(generics\.)?GenericAPIView$/.test(x);
    if (!sups.length || !sups.every(reads)) readOnly = false;
  }
  return { views, readOnly };
}

/**
 * `for key in form.fields.keys(): setattr(member, key, form.cleaned_data[key])`: a Django form's declared fields
 * (fields, base_fields, declared_fields, or the cleaned_data a valid form keeps under their names) are the
 * server's list, however the form was filled.
 */
function formFieldName(ctx: PythonContext, attr: SyntaxNode): boolean {
  for (let p = attr.parent; p; p = p.parent) {
    if (p.type !== "for_statement") continue;
    const left = field(p, "left");
    if (left?.type !== "identifier" || ctx.text(left) !== ctx.text(attr)) continue;
    return /^(list\(|sorted\()?[\w.]+\.(fields|base_fields|declared_fields|cleaned_data)(\.keys\(\))?\)?$/.test(
      ctx.text(field(p, "right") ?? p).replace(/\s+/g, ""),
    );
  }
  return false;
}

/**
 * A handler parameter declared as a bare mapping (`payload: dict = Body(...)`, `data: Dict[str, Any]`): FastAPI
 * fills it with the JSON body as sent, every key the client chose.
 */
function untypedBody(n: SyntaxNode | undefined, ctx: PythonContext): boolean {
  if (n?.type !== "identifier") return false;
  const fn = ctx.enclosingFunction(n);
  for (const p of namedChildren(field(fn ?? n, "parameters") ?? n)) {
    if (p.type !== "typed_parameter" && p.type !== "typed_default_parameter") continue;
    const id = field(p, "name") ?? namedChildren(p).find((c) => c.type === "identifier");
    if (!id || ctx.text(id) !== ctx.text(n)) continue;
    return /^(dict|Dict|Mapping|typing\.Dict)\b/.test(ctx.text(field(p, "type") ?? p));
  }
  return false;
}

/**
 * `def merge(dst, src): for k, v in src.items(): merge(getattr(dst, k), v) ... setattr(dst, k, v)`: a recursive
 * attribute merge, called somewhere in the file with request data. The keys walk `__class__`, `__init__`,
 * `__globals__` and overwrite module state (class pollution).
 */
function recursiveMergeOfRequest(ctx: PythonContext, setattrCall: SyntaxNode, attr: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(setattrCall);
  const name = fn ? ctx.text(field(fn, "name") ?? fn) : "";
  if (!fn || !name) return false;
  const key = ctx.text(attr);
  const recurses = descendants(fn).some(
    (d) =>
      d.type === "call" &&
      ctx.text(field(d, "function") ?? d) === name &&
      ctx
        .args(d)
        .some(
          (a) => a.type === "call" && ctx.callee(a) === "getattr" && ctx.text(ctx.args(a)[1] ?? a) === key,
        ),
  );
  if (!recurses) return false;
  return ctx.tree.nodes.some(
    (d) =>
      d.type === "call" &&
      ctx.enclosingFunction(d) !== fn &&
      ctx.text(field(d, "function") ?? d) === name &&
      ctx.args(d).some((a) => ctx.level(a, "sql") === Level.SOURCE),
  );
}

export default pyRule({
  meta: {
    id: "PY-MASS-001",
    title: "Model fields set from the whole request (mass assignment)",
    // CWE-1321: a recursive merge that follows the client's keys through getattr reaches __class__ / __init__ /
    // __globals__ (Python's prototype pollution).
    cwe: ["CWE-915", "CWE-269", "CWE-1321"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        'Flags ORM create/update calls and model constructors that receive **request data (request.POST, request.json, form.data dicts) as keyword arguments, and DRF ModelSerializers, Django ModelForms and Create/UpdateViews over the user model with fields = "__all__" (no read_only_fields/exclude, no admin-only check in the file).',
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
    /\*\*[^,)\n]*(request\.|POST|GET|form|json|args|data|params|body)|setattr\(|__dict__\.update\(|\.update\(|\.values\(|fields\s*=\s*['"]__all__|exclude\s*=\s*[[(]|(?<=:\s*)(?:dict|Dict|Mapping)\b/,
  nodeTypes: ["call", "class_definition"],
  detect(node, ctx, report) {
    if (node.type === "class_definition") {
      const found = allFieldsOfUser(node, ctx);
      // Served here only by views that read (a public ListAPIView): nothing is written through it in this file;
      // what it shows is PY-EXPOSE-001's (CWE-200).
      const served = found && servingViews(node, ctx);
      if (found && !(served && served.views > 0 && served.readOnly))
        report({
          node: found,
          message:
            "every field of the user model is writable from the request (is_staff, is_superuser, groups)",
        });
      return;
    }
    const m = ctx.method(node);
    if (ctx.callee(node) === "setattr") {
      // for k, v in request.form.items(): setattr(user, k, v): the client picks the attribute (role, is_admin).
      const [, attr, value] = ctx.args(node);
      if (
        attr?.type === "identifier" &&
        value &&
        !formFieldName(ctx, attr) &&
        !loopOverDeclaredKeys(ctx, attr) &&
        ctx.level(attr, "sql") === Level.SOURCE &&
        ctx.level(value, "sql") === Level.SOURCE
      )
        report({ node, message: "setattr() with a client-chosen attribute name and value" });
      else if (attr?.type === "identifier" && recursiveMergeOfRequest(ctx, node, attr))
        report({
          node,
          message: "a recursive setattr merge of request data: its keys can reach __class__ and __globals__",
        });
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
    if (/^[A-Z]\w*$/.test(m) && ctx.callee(node) === m && plainRecordClass(ctx, m)) return;
    const list = node.children.find((c) => c.type === "argument_list");
    const splat = list
      ? namedChildren(list).find(
          (a) =>
            a.type === "dictionary_splat" &&
            (REQUEST_DATA.test(ctx.text(a)) || untypedBody(namedChildren(a)[0], ctx)) &&
            !declaredKeys(a, ctx) &&
            ctx.level(namedChildren(a)[0], "sql") === Level.SOURCE,
        )
      : undefined;
    if (splat) report({ node, message: `${m}(**...) writes every field the client sends` });
  },
  cases: {
    valid: [
      // Served only by a list view here: it shows the fields (PY-EXPOSE-001), nothing writes through it.
      "from rest_framework import generics, serializers\nfrom django.contrib.auth.models import User\nclass S(serializers.ModelSerializer):\n    class Meta:\n        model = User\n        fields = '__all__'\nclass Members(generics.ListAPIView):\n    queryset = User.objects.all()\n    serializer_class = S",
      "import json\ndef merge(dst, src):\n    for k, v in src.items():\n        if isinstance(v, dict):\n            merge(getattr(dst, k), v)\n        else:\n            setattr(dst, k, v)\ndef load(cfg, path):\n    merge(cfg, json.load(open(path)))",
      "from django import forms\nfrom django.contrib.auth.models import User\nclass ProfileForm(forms.ModelForm):\n    class Meta:\n        model = User\n        exclude = ['is_staff', 'is_superuser', 'groups', 'user_permissions', 'password']",
      "from django import forms\nfrom .models import Article\nclass ArticleForm(forms.ModelForm):\n    class Meta:\n        model = Article\n        exclude = ['created']",
      "def upd(user, defaults):\n    user.__dict__.update(defaults)",
      "from flask import request\ndef upd(user):\n    for k in ('name', 'email'):\n        setattr(user, k, request.form[k])",
      "def member_options(request, member):\n    form = MemberModerationForm(request.POST)\n    if form.is_valid():\n        for key in list(form.fields.keys()):\n            setattr(member, key, form.cleaned_data[key])\n        member.save()",
      "def f(request):\n    Profile.objects.create(bio=request.POST.get('bio'))",
      "def f(data):\n    Profile.objects.create(**data)",
      "def f(data: dict):\n    Profile.objects.create(**data)",
      "import os, subprocess\nkw = dict(os.environ)\np = subprocess.Popen(['ls'], **kw)",
      "def f(request):\n    return JsonResponse(**{'data': 1})",
      "from flask import request\ndef f(uid):\n    data = {k: v for k, v in request.get_json().items() if k in ALLOWED}\n    User.query.filter_by(id=uid).update(data)",
      "from flask import request\ndef f():\n    opts = {}\n    opts.update(request.get_json())\n    return opts",
      // Keys a schema declared: a bound form's cleaned_data, a serializer's validated_data, a pydantic model's dump.
      "def f(request):\n    form = ProfileForm(request.POST)\n    if form.is_valid():\n        Profile.objects.create(**form.cleaned_data)",
      "def f(request):\n    s = ProfileSerializer(data=request.data)\n    s.is_valid(raise_exception=True)\n    Profile.objects.filter(user=request.user).update(**s.validated_data)",
      "from fastapi import FastAPI\nfrom pydantic import BaseModel\napp = FastAPI()\nclass In(BaseModel):\n    name: str\n@app.patch('/me')\ndef f(body: In, db):\n    data = body.model_dump(exclude_unset=True)\n    db.query(User).filter(User.id == 1).update(data)",
      // setattr over the keys of a pydantic model's dump: only the fields the model declares
      "from fastapi import FastAPI\nfrom pydantic import BaseModel\napp = FastAPI()\nclass Patch(BaseModel):\n    bio: str | None = None\n@app.patch('/me')\ndef f(patch: Patch, user=Depends(me)):\n    for key, value in patch.model_dump(exclude_unset=True).items():\n        setattr(user, key, value)",
      // a dataclass of this file built from the body: unknown keys raise, no rights-granting field to set
      "from dataclasses import dataclass\nfrom fastapi import FastAPI\napp = FastAPI()\n@dataclass\nclass Order:\n    subtotal: float\n    items: int\n@app.post('/p')\ndef p(order: dict):\n    return Order(**order).subtotal",
      // A marshmallow schema that keeps only its declared fields.
      "from flask import request\nfrom marshmallow import EXCLUDE, Schema, fields\nclass In(Schema):\n    class Meta:\n        unknown = EXCLUDE\n    email = fields.Email()\ndef f():\n    data = In().load(request.get_json())\n    return Account(**data)",
      // A model form / serializer over the user model that names its fields, or keeps the privileged ones read-only.
      "from rest_framework import serializers\nfrom django.contrib.auth.models import User\nclass S(serializers.ModelSerializer):\n    class Meta:\n        model = User\n        fields = ['username', 'email']",
      "from rest_framework import serializers\nfrom django.contrib.auth.models import User\nclass S(serializers.ModelSerializer):\n    class Meta:\n        model = User\n        fields = '__all__'\n        read_only_fields = ['is_staff', 'is_superuser', 'groups', 'user_permissions', 'password']",
      "from rest_framework import serializers\nfrom .models import Article\nclass S(serializers.ModelSerializer):\n    class Meta:\n        model = Article\n        fields = '__all__'",
      "from django.contrib.auth.mixins import PermissionRequiredMixin\nfrom django.contrib.auth.models import User\nfrom django.views.generic.edit import UpdateView\nclass UserAdminUpdate(PermissionRequiredMixin, UpdateView):\n    permission_required = 'auth.change_user'\n    model = User\n    fields = '__all__'",
    ],
    invalid: [
      // a request model that declares the role itself: its dump carries the role the client chose
      {
        code: "from fastapi import FastAPI\nfrom pydantic import BaseModel\napp = FastAPI()\nclass SignUp(BaseModel):\n    email: str\n    role: str = 'member'\n@app.post('/signup')\ndef signup(body: SignUp, db=Depends(get_db)):\n    data = body.model_dump()\n    db.add(User(**data))",
        line: 10,
      },
      // the same loop over the raw body, and a dataclass that carries a role field
      {
        code: "from fastapi import FastAPI\napp = FastAPI()\n@app.patch('/me')\ndef f(body: dict, user=Depends(me)):\n    for key, value in body.items():\n        setattr(user, key, value)",
        line: 6,
      },
      {
        code: "from dataclasses import dataclass\nfrom fastapi import FastAPI\napp = FastAPI()\n@dataclass\nclass Member:\n    name: str\n    role: str = 'member'\n@app.post('/p')\ndef p(body: dict):\n    return Member(**body)",
        line: 10,
      },
      // A marshmallow schema that keeps unknown keys; Django's create_user given the whole body.
      {
        code: "from flask import request\nfrom marshmallow import INCLUDE, Schema, fields\nclass In(Schema):\n    class Meta:\n        unknown = INCLUDE\n    email = fields.Email()\ndef f():\n    data = In().load(request.get_json())\n    return Account(**data)",
        line: 9,
      },
      {
        code: "import json\nfrom django.contrib.auth.models import User\ndef signup(request):\n    data = json.loads(request.body)\n    return User.objects.create_user(**data)",
        line: 5,
      },
      {
        code: "from flask import request\nclass S:\n    pass\ndef merge(dst, src):\n    for k, v in src.items():\n        if isinstance(v, dict):\n            merge(getattr(dst, k), v)\n        else:\n            setattr(dst, k, v)\ns = S()\ndef upd():\n    merge(s, request.get_json())",
        line: 9,
      },
      // an exclude list that leaves the privilege fields in
      {
        code: "from django import forms\nfrom django.contrib.auth.models import User\nclass ProfileForm(forms.ModelForm):\n    class Meta:\n        model = User\n        exclude = ['last_login']",
        line: 6,
      },
      {
        code: "from rest_framework import serializers, viewsets\nfrom django.contrib.auth.models import User\nclass UserSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = User\n        fields = '__all__'\nclass UserViewSet(viewsets.ModelViewSet):\n    queryset = User.objects.all()\n    serializer_class = UserSerializer",
        line: 6,
      },
      {
        code: "from django import forms\nfrom .models import Member\nclass MemberForm(forms.ModelForm):\n    class Meta:\n        model = Member\n        fields = '__all__'",
        line: 6,
      },
      {
        code: "from django import forms\nfrom django.contrib.auth import get_user_model\nclass ProfileForm(forms.ModelForm):\n    class Meta:\n        model = get_user_model()\n        fields = '__all__'",
        line: 6,
      },
      {
        code: "from django.views.generic.edit import UpdateView\nfrom .models import CustomUser\nclass AccountUpdate(UpdateView):\n    model = CustomUser\n    fields = '__all__'\n    success_url = '/'",
        line: 5,
      },
      {
        code: "from flask import request\ndef upd(user):\n    user.__dict__.update(request.get_json())\n    db.session.commit()",
        line: 3,
      },
      "from flask import request\ndef upd(user):\n    for k, v in request.form.items():\n        setattr(user, k, v)\n    db.session.commit()",
      "def member_options(request, member):\n    form = MemberForm(request.POST)\n    for key in form.data.keys():\n        setattr(member, key, form.data[key])\n    member.save()",
      { code: "def f(request):\n    Profile.objects.create(**request.POST.dict())", line: 2 },
      {
        code: "from flask import request\ndef f(uid):\n    User.query.filter_by(id=uid).update(request.get_json())",
        line: 3,
      },
      {
        code: "from flask import request\ndef f():\n    u = User(**request.get_json())\n    db.session.add(u)",
        line: 3,
      },
      {
        code: "from fastapi import FastAPI, Body\napp = FastAPI()\n@app.post('/accounts')\ndef create(payload: dict = Body(...)):\n    acct = Account(**payload)\n    db.add(acct)",
        line: 5,
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
