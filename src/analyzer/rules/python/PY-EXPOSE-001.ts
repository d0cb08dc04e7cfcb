import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule, typedParameter } from "./common.js";
import { handlerOf } from "./web.js";
import { allFieldsOfUser, servingViews } from "./PY-MASS-001.js";

/** Fields a client must never receive back. */
const SENSITIVE_KEY =
  /^(password|passwd|pwd|password_hash|pw_hash|hashed_password|ssn|social_security|credit_card|card_number|cvv|secret|api_key|private_key|salt|totp_secret)$/i;
const PEOPLE_TABLE =
  /\bselect\s+\*\s+from\s+\W?(users?|accounts?|customers?|members?|employees?|patients?|people|persons?)\b/i;

/** Models of people: their stored record holds a password hash, contact data, flags. */
const PEOPLE_MODEL = /\b(User|Users|Account|Customer|Member|Employee|Patient|Person|Profile)\b/;

const DUMP = /__dict__|__table__|_meta\.fields|vars\(|model_to_dict/;

/** A helper that fetches a person's stored record: `get_user_row(uid)`, `fetch_account(id)`, `db.find_user(...)`. */
const PERSON_FETCH =
  /(^|\.)(get|fetch|find|load|lookup|read|query)_(user|account|customer|member|employee|patient)s?(_?(row|record|data|by_\w+))?$/i;
const PERSON_FETCH_TEXT =
  /\b(get|fetch|find|load|lookup|read|query)_(user|account|customer|member|employee|patient)s?(_?(row|record|data|by_\w+))?\(/i;

/**
 * The object a view dumps whole: `user.__dict__`, `vars(user)`, `model_to_dict(user)`, or every column by
 * `{c.name: getattr(user, c.name) for c in user.__table__.columns}`.
 */
function dumpedObject(ctx: PythonContext, v: SyntaxNode): SyntaxNode | undefined {
  for (const d of [v, ...descendants(v)]) {
    if (d.type === "attribute" && /\.(__dict__|__table__\.columns|_meta\.fields)$/.test(ctx.text(d))) {
      let o = field(d, "object");
      while (o?.type === "attribute") o = field(o, "object");
      return o;
    }
    if (
      d.type === "call" &&
      /^(vars|model_to_dict|(\w+\.)?forms\.models\.model_to_dict)$/.test(ctx.callee(d))
    )
      return ctx.args(d)[0];
  }
  return undefined;
}

/** What the record checks need in the file: a sensitive key in a literal, or SELECT * FROM. */
const RECORD_TRIGGER =
  /(password|passwd|pwd|ssn|credit_card|card_number|secret|api_key|salt|reset_token)\w*['"]\s*:|\bselect\s+\*\s+from/i;

/**
 * Fields copied into an answer that no client needs back: hashes, salts, reset tokens, personal and card data.
 * (Not api_key / secret: an endpoint that issues a key answers with it once, by design.)
 */
const STORED_SECRET_KEY =
  /^(password|passwd|pwd|password_hash|pw_hash|passwd_hash|hashed_password|password_digest|salt|password_salt|ssn|social_security(_number)?|credit_card|card_number|cvv|totp_secret|otp_secret|mfa_secret|reset_token|password_reset_token|private_key)$/i;

/**
 * A dict the handler builds for its answer that copies such a field from a stored record: `{"password_hash":
 * u.password_hash}` or `{"ssn": row["ssn"]}` (the value read from an object, not computed or constant).
 */
function copiedSecret(ctx: PythonContext, v: SyntaxNode): SyntaxNode | undefined {
  if (v.type !== "dictionary") return undefined;
  for (const pair of namedChildren(v)) {
    if (pair.type !== "pair") continue;
    const key = field(pair, "key");
    const value = field(pair, "value");
    if (!key || !value || !STORED_SECRET_KEY.test(ctx.stringValue(key) ?? "")) continue;
    if (value.type !== "attribute" && value.type !== "subscript") continue;
    let o = field(value, value.type === "attribute" ? "object" : "value");
    while (o?.type === "attribute" || o?.type === "subscript")
      o = field(o, o.type === "attribute" ? "object" : "value");
    if (o?.type === "identifier" && !/^(request|self|cls)$/.test(ctx.text(o))) return key;
  }
  return undefined;
}

/** The value a view hands back: `jsonify(x)`, `JsonResponse(x)`, `json.dumps(x)`, or x itself. */
function returned(ctx: PythonContext, ret: SyntaxNode): SyntaxNode | undefined {
  let v = namedChildren(ret)[0];
  if (v?.type === "call" && /(^|\.)(jsonify|JsonResponse|dumps|Response|make_response)$/.test(ctx.callee(v)))
    v = ctx.args(v)[0];
  if (v?.type === "call" && /^(dict|list)$/.test(ctx.callee(v))) v = ctx.args(v)[0];
  return v?.type === "identifier" ? (ctx.resolve(v) ?? v) : v;
}

/** Settings that hold credentials: database URLs (user:password@host), keys, passwords, tokens, DSNs. */
const SECRET_SETTING =
  /^[A-Z0-9_]*(DATABASE_UR[IL]|DB_UR[IL]|SECRET|PASSWORD|PASSWD|TOKEN|API_KEY|PRIVATE_KEY|DSN|CREDENTIALS)[A-Z0-9_]*$/;
/** Where settings are read: Flask's config, os.environ / os.getenv. */
const SETTINGS_HOLDER = /(^|\.)(app|current_app|flask\.current_app)\.config$|^os\.environ$/;
/** Calls an answer is built with: the setting read inside them reaches the client as it is. */
const ANSWER_BUILDER =
  /(^|\.)(jsonify|JsonResponse|Response|HttpResponse|make_response|dict|str|repr|format)$/;

/** The name of a credential setting the return statement hands to the client, read directly into the answer. */
function secretSetting(ctx: PythonContext, ret: SyntaxNode): string | undefined {
  for (const d of descendants(ret)) {
    let key: string | undefined;
    if (d.type === "subscript" && SETTINGS_HOLDER.test(ctx.qname(field(d, "value") ?? d)))
      key = ctx.stringValue(field(d, "subscript"));
    else if (d.type === "call") {
      const fn = field(d, "function");
      const q = ctx.callee(d);
      if (q === "os.getenv" || q === "os.environ.get") key = ctx.stringValue(ctx.args(d)[0]);
      else if (
        fn?.type === "attribute" &&
        ctx.method(d) === "get" &&
        SETTINGS_HOLDER.test(ctx.qname(field(fn, "object") ?? fn))
      )
        key = ctx.stringValue(ctx.args(d)[0]);
    }
    if (!key || !SECRET_SETTING.test(key)) continue;
    // Only as the answer's own content: `jwt.encode(claims, app.config["SECRET_KEY"])` uses the key, not returns it.
    let direct = true;
    for (let p = d.parent; p && p !== ret; p = p.parent)
      if (p.type === "call" && !ANSWER_BUILDER.test(ctx.callee(p))) {
        direct = false;
        break;
      }
    if (direct) return key;
  }
  return undefined;
}

/**
 * `settings.model_dump()` / `settings.dict()` in the answer, where settings is an instance of this file's pydantic
 * BaseSettings class that declares a credential field (a secret, password, token, key or database URL): the name of
 * that field.
 */
function dumpedSettings(ctx: PythonContext, ret: SyntaxNode): string | undefined {
  for (const d of descendants(ret)) {
    // Flask's whole config handed back (`jsonify(dict(app.config))`, `{k: str(v) for k, v in
    // current_app.config.items()}`): SECRET_KEY and every database URL with it. A read of one key is not this.
    if (d.type === "attribute" && /^(app|current_app|flask\.current_app)\.config$/.test(ctx.qname(d))) {
      const up = d.parent;
      const keyed =
        (up?.type === "subscript" && field(up, "value") === d) ||
        (up?.type === "attribute" &&
          /^(get|get_namespace)$/.test(ctx.text(field(up, "attribute") ?? up)) &&
          up.parent?.type === "call");
      if (!keyed) return "whole app.config (SECRET_KEY included)";
    }
    if (d.type !== "call" || !/^(model_dump|dict|model_dump_json|json)$/.test(ctx.method(d))) continue;
    const recv = field(field(d, "function") ?? d, "object");
    const made = recv?.type === "identifier" ? ctx.resolve(recv) : undefined;
    const name = made?.type === "call" ? ctx.callee(made) : "";
    const klass = /^\w+$/.test(name) ? ctx.localClass(name) : undefined;
    if (!klass || !/\bBaseSettings\b/.test(ctx.text(field(klass, "superclasses") ?? klass))) continue;
    for (const st of namedChildren(field(klass, "body") ?? klass)) {
      const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      const left = a?.type === "assignment" ? field(a, "left") : undefined;
      const type = a ? ctx.text(field(a, "type") ?? a) : "";
      // A SecretStr field dumps as "**********".
      if (
        left?.type === "identifier" &&
        SECRET_SETTING.test(ctx.text(left).toUpperCase()) &&
        !/Secret/.test(type)
      )
        return ctx.text(left);
    }
  }
  return undefined;
}

/** The return hands the value over as it is: `return row`, `jsonify(row)`, `jsonify(dict(row))`, `dict(row)`. */
function wholeRecord(ctx: PythonContext, ret: SyntaxNode): boolean {
  let v = namedChildren(ret)[0];
  for (let i = 0; i < 2 && v?.type === "call"; i++) {
    if (!/(^|\.)(jsonify|JsonResponse|dumps|dict)$/.test(ctx.callee(v)) || ctx.args(v).length !== 1)
      return false;
    v = ctx.args(v)[0];
  }
  return v?.type === "identifier" || v?.type === "call";
}

/** Stored fields that are credentials: never part of what a serializer hands back. */
const SECRET_FIELD =
  /^(password|password_hash|hashed_password|api_key|api_secret|secret|secret_key|client_secret|\w*_token|token|ssn|otp_secret|totp_secret|mfa_secret)$/;

/**
 * A DRF ModelSerializer whose `Meta.fields` lists a credential field (`fields = ["id", "password", "api_key"]`) that
 * neither `extra_kwargs` nor a declared field makes write-only: the item, undefined otherwise.
 */
function listedSecretField(ctx: PythonContext, klass: SyntaxNode): SyntaxNode | undefined {
  if (
    !/\b(ModelSerializer|HyperlinkedModelSerializer)\b/.test(ctx.text(field(klass, "superclasses") ?? klass))
  )
    return undefined;
  const body = field(klass, "body");
  const meta = namedChildren(body ?? klass).find(
    (c) => c.type === "class_definition" && ctx.text(field(c, "name") ?? c) === "Meta",
  );
  if (!meta) return undefined;
  let fields: SyntaxNode | undefined;
  let hidden = "";
  for (const st of namedChildren(field(meta, "body") ?? meta)) {
    const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
    const left = a?.type === "assignment" ? ctx.text(field(a, "left") ?? a) : "";
    if (left === "fields") fields = field(a!, "right") ?? undefined;
    else if (left === "extra_kwargs") hidden += ctx.text(field(a!, "right") ?? a!);
  }
  if (fields?.type !== "list" && fields?.type !== "tuple") return undefined;
  const declared = ctx.text(body ?? klass);
  return namedChildren(fields).find((e) => {
    const name = ctx.stringValue(e);
    if (!name || !SECRET_FIELD.test(name)) return false;
    // `extra_kwargs = {"password": {"write_only": True}}` or `password = serializers.CharField(write_only=True)`.
    if (new RegExp(`["']${name}["']\\s*:\\s*\\{[^}]*write_only`).test(hidden)) return false;
    return !new RegExp(`\\b${name}\\s*=\\s*[\\w.]+\\([^)]*write_only\\s*=\\s*True`).test(declared);
  });
}

export default pyRule({
  meta: {
    id: "PY-EXPOSE-001",
    title: "Whole user record, secrets included, returned to the client",
    cwe: ["CWE-200", "CWE-359"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "every column of a people table (SELECT *) returned: it may hold a password hash",
      },
    ],
    docs: {
      what_it_does:
        "Flags web handlers that return a stored record whose literal holds a password, hash, SSN, card number or key (MEDIUM), or a row of `SELECT * FROM users` or a user model dumped whole with __dict__ / __table__.columns / model_to_dict (LOW), instead of the fields the client needs, and DRF serializers of the user model with fields = '__all__' that a view of the file serves; and answers that carry a credential setting (a database URL, SECRET_KEY, a password or token from app.config or the environment).",
      why_bad:
        "The response carries password hashes, salts, personal or payment data to whoever calls the endpoint; hashes leaked this way are cracked offline (CWE-200, exposure of sensitive information; CWE-359 for personal data).",
      example_bad:
        "from flask import Flask, jsonify\napp = Flask(__name__)\nUSERS = {1: {'name': 'ann', 'password': 'x1'}}\n@app.route('/user/<int:uid>')\ndef user(uid):\n    return jsonify(USERS[uid])",
      example_good:
        "from flask import Flask, jsonify\napp = Flask(__name__)\nUSERS = {1: {'name': 'ann', 'password': 'x1'}}\n@app.route('/user/<int:uid>')\ndef user(uid):\n    return jsonify({'name': USERS[uid]['name']})",
    },
    fix_hint:
      "Return an explicit allow-list of fields (a response schema), never the stored record as a whole.",
  },
  trigger:
    /(password|passwd|pwd|ssn|credit_card|card_number|secret|api_key|salt|reset_token)\w*['"]\s*:|\bselect\s+\*\s+from|__table__\.columns|model_to_dict\(|return[^\n]*(__dict__|vars\(|config\b|environ\b|getenv\(|model_dump\(|\.dict\()|(?<==\s*(dict\(\s*)?\w+)\.__dict__|\b(get|fetch|find|load|lookup|read|query)_(user|account|customer|member|employee|patient)|fields\s*=\s*['"]__all__|fields\s*=\s*[[(][^\])]*['"](password|api_key|api_secret|secret|\w*token|ssn)/i,
  nodeTypes: ["return_statement", "class_definition"],
  detect(node, ctx, report) {
    // A DRF serializer of every user-model field (the password hash, e-mail, staff flags) that a view of this
    // file serves to its callers.
    if (node.type === "class_definition") {
      const found = sourceHas(ctx.tree, /serializer_class/) ? allFieldsOfUser(node, ctx) : undefined;
      if (
        found &&
        servingViews(node, ctx).views > 0 &&
        /Serializer\b/.test(ctx.text(field(node, "superclasses") ?? node))
      )
        report({
          node: found,
          message: "a view serves every field of the user model (the password hash, e-mail, staff flags)",
        });
      else {
        const listed = listedSecretField(ctx, node);
        if (listed && servingViews(node, ctx).views > 0)
          report({
            node: listed,
            message: `a view serves the ${ctx.stringValue(listed)} field to its callers`,
          });
      }
      return;
    }
    // Files that only name __dict__ / vars( (most library code) need a dumped object in the return itself before
    // the handler test, which builds the function's scope.
    if (
      !sourceHas(ctx.tree, RECORD_TRIGGER) &&
      !/__dict__|__table__|_meta\.fields|vars\(|model_to_dict|config\b|environ\b|getenv\(/.test(
        ctx.text(node),
      ) &&
      !sourceHas(ctx.tree, PERSON_FETCH_TEXT) &&
      !(/model_dump\(|\.dict\(/.test(ctx.text(node)) && sourceHas(ctx.tree, /\bBaseSettings\b/)) &&
      // ... or a name holding such a dump (`data = dict(user.__dict__)`; `return jsonify(data)`).
      !descendants(node).some((d) => {
        if (d.type !== "identifier") return false;
        const r = ctx.resolve(d);
        return !!r && r !== d && DUMP.test(ctx.text(r));
      })
    )
      return;
    const fn = ctx.enclosingFunction(node);
    // A route, or a Django view (first parameter `request`).
    if (!fn || !(ctx.isEntryFunction(fn) || handlerOf(ctx, fn))) return;
    // A credential setting copied into the answer: `jsonify(database=app.config["SQLALCHEMY_DATABASE_URI"])`.
    const setting = secretSetting(ctx, node) ?? dumpedSettings(ctx, node);
    if (setting) {
      report({ node, message: `the answer carries the ${setting} setting` });
      return;
    }
    const v = returned(ctx, node);
    if (!v) return;
    // USERS[uid] with USERS = {1: {'name': ..., 'password': ...}}: the stored record itself.
    if (v.type === "subscript") {
      const table = field(v, "value");
      const lit = table?.type === "identifier" ? ctx.resolve(table) : undefined;
      if (lit?.type === "dictionary") {
        const key = descendants(lit).find(
          (d) => d.type === "pair" && SENSITIVE_KEY.test(ctx.stringValue(field(d, "key")) ?? ""),
        );
        if (key) {
          report({
            node,
            message: `the stored record, ${ctx.text(field(key, "key")!)} included, is returned`,
          });
          return;
        }
      }
    }
    // The answer's own literal copies a stored secret field: `jsonify({"password_hash": u.password_hash})`.
    const copied = copiedSecret(ctx, v);
    if (copied) {
      report({ node, message: `the answer copies ${ctx.text(copied)} from the stored record` });
      return;
    }
    // An ORM record of a person dumped whole: every column, the password hash included.
    const obj = dumpedObject(ctx, v);
    const made = obj?.type === "identifier" ? ctx.resolve(obj) : undefined;
    // (or a parameter annotated with the model: `user: User = Depends(get_current_user)`)
    const typed = obj?.type === "identifier" ? typedParameter(ctx, obj) : undefined;
    const annotation = typed ? ctx.text(field(typed.param, "type") ?? typed.param) : "";
    if ((made && made !== obj && PEOPLE_MODEL.test(ctx.text(made))) || PEOPLE_MODEL.test(annotation)) {
      report({
        node,
        severity: "LOW",
        reason:
          "every column of a people model (__dict__, __table__.columns, model_to_dict) returned: it may hold a password hash",
        message: "every column of the user record is returned",
      });
      return;
    }
    // `row = get_user_row(uid); return jsonify(dict(row))`: a person's stored record handed back whole, as the
    // helper's name says it is, not the fields the client needs.
    if (v.type === "call" && PERSON_FETCH.test(ctx.callee(v)) && wholeRecord(ctx, node)) {
      report({
        node,
        severity: "LOW",
        reason: "a person's stored record returned whole: it may hold a password hash",
        message: `the record ${ctx.callee(v)}() fetched is returned whole`,
      });
      return;
    }
    // A row of SELECT * FROM users: every column, the password hash included.
    const fetch = [v, ...descendants(v)].find(
      (d) => d.type === "call" && /^(fetchone|fetchall|fetchmany)$/.test(ctx.method(d)),
    );
    const sql = fetch ? ctx.text(fn) : "";
    if (fetch && PEOPLE_TABLE.test(sql))
      report({ node, severity: "LOW", message: "every column of the user row is returned" });
  },
  cases: {
    valid: [
      "from rest_framework import serializers\nfrom django.contrib.auth.models import User\nclass S(serializers.ModelSerializer):\n    class Meta:\n        model = User\n        fields = '__all__'",
      // settings with SecretStr credentials dump them masked
      "from fastapi import FastAPI\nfrom pydantic import SecretStr\nfrom pydantic_settings import BaseSettings\nclass Settings(BaseSettings):\n    database_url: SecretStr\n    environment: str = 'prod'\nsettings = Settings()\napp = FastAPI()\n@app.get('/diag')\ndef diag():\n    return {'settings': settings.model_dump()}",
      "from flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/p/<int:pid>')\ndef p(pid):\n    post = Post.query.get_or_404(pid)\n    data = dict(post.__dict__)\n    data.pop('_sa_instance_state', None)\n    return jsonify(data)",
      "from flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/p/<int:pid>')\ndef p(pid):\n    post = Post.query.get_or_404(pid)\n    return jsonify({c.name: getattr(post, c.name) for c in post.__table__.columns})",
      "from flask import Flask, jsonify\napp = Flask(__name__)\nUSERS = {1: {'name': 'ann', 'password': 'x1'}}\n@app.route('/u/<int:uid>')\ndef u(uid):\n    return jsonify({'name': USERS[uid]['name']})",
      "import sqlite3\nfrom flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/u/<int:uid>')\ndef u(uid):\n    row = sqlite3.connect('a.db').execute('SELECT name, email FROM users WHERE id = ?', (uid,)).fetchone()\n    return jsonify(name=row[0], email=row[1])",
      "from flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/keys', methods=['POST'])\ndef issue():\n    k = ApiKey.create(owner=current_user.id)\n    return jsonify({'id': k.id, 'api_key': k.api_key})",
      "from flask import Flask, jsonify, request\napp = Flask(__name__)\n@app.route('/check', methods=['POST'])\ndef check():\n    return jsonify({'password': request.json['password'], 'strength': score(request.json['password'])})",
      "def export(u):\n    return {'name': u.name, 'password_hash': u.password_hash}",
      "import jwt\nfrom flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/t')\ndef t():\n    return jsonify(token=jwt.encode({'a': 1}, app.config['SECRET_KEY'], algorithm='HS256'))",
      "from flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/v')\ndef v():\n    return jsonify(version=app.config['APP_VERSION'])",
      "from flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/u/<int:uid>')\ndef u(uid):\n    row = get_user_row(uid)\n    return jsonify({k: row[k] for k in ('id', 'name')})",
    ],
    invalid: [
      {
        code: "from rest_framework import generics, serializers\nfrom django.contrib.auth.models import User\nclass S(serializers.ModelSerializer):\n    class Meta:\n        model = User\n        fields = '__all__'\nclass Members(generics.ListAPIView):\n    queryset = User.objects.all()\n    serializer_class = S",
        line: 6,
      },
      // the settings object dumped whole; the current user's ORM record dumped whole
      {
        code: "from fastapi import FastAPI\nfrom pydantic_settings import BaseSettings\nclass Settings(BaseSettings):\n    database_url: str\n    jwt_secret: str\nsettings = Settings()\napp = FastAPI()\n@app.get('/diag')\ndef diag():\n    return {'settings': settings.model_dump()}",
        line: 10,
      },
      {
        code: "from fastapi import APIRouter, Depends\nrouter = APIRouter()\n@router.get('/users/me')\ndef me(user: User = Depends(get_current_user)):\n    return user.__dict__",
        line: 5,
      },
      {
        code: "from flask import Flask, jsonify\nfrom .db import get_user_row\napp = Flask(__name__)\n@app.route('/u/<int:uid>')\ndef u(uid):\n    row = get_user_row(uid)\n    return jsonify(dict(row))",
        severity: "LOW",
        line: 7,
      },
      {
        code: "from flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/u/<int:uid>')\ndef u(uid):\n    user = User.query.get_or_404(uid)\n    return jsonify({c.name: getattr(user, c.name) for c in user.__table__.columns})",
        severity: "LOW",
      },
      // The dump kept in a name before the answer.
      {
        code: "from flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/u/<int:uid>')\ndef u(uid):\n    user = User.query.get_or_404(uid)\n    data = dict(user.__dict__)\n    data.pop('_sa_instance_state', None)\n    return jsonify(data)",
        severity: "LOW",
      },
      "from flask import Flask, jsonify\napp = Flask(__name__)\nUSERS = {1: {'name': 'ann', 'password': 'x1'}}\n@app.route('/u/<int:uid>')\ndef u(uid):\n    return jsonify(USERS[uid])",
      {
        code: "from flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/u/<int:uid>')\ndef u(uid):\n    user = User.query.get_or_404(uid)\n    return jsonify({'id': user.id, 'email': user.email, 'password_hash': user.password_hash})",
        line: 6,
      },
      "from flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/healthz')\ndef h():\n    return jsonify(status='ok', database=app.config['SQLALCHEMY_DATABASE_URI'])",
      "import os\nfrom flask import Flask\napp = Flask(__name__)\n@app.route('/d')\ndef d():\n    return {'db': os.environ.get('DATABASE_URL')}",
      "from django.http import JsonResponse\ndef patient(request):\n    row = fetch_patient(request.GET['id'])\n    return JsonResponse({'name': row['name'], 'ssn': row['ssn']})",
      {
        code: "import sqlite3\nfrom flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/u/<int:uid>')\ndef u(uid):\n    conn = sqlite3.connect('a.db')\n    conn.row_factory = sqlite3.Row\n    row = conn.execute('SELECT * FROM users WHERE id = ?', (uid,)).fetchone()\n    return jsonify(dict(row))",
        severity: "LOW",
      },
    ],
  },
});
