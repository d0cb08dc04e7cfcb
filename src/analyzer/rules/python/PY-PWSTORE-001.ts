import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";
import { PASSWORD } from "./web.js";

/** Any sign the function hashes the password before it is stored. */
const HASHING =
  /(hash|bcrypt|argon2|scrypt|pbkdf2|crypt\(|make_password|set_password|generate_password_hash|passlib|encrypt|digest|hmac)/i;

/** A call between `n` and `top` (inclusive) hashes or encrypts what it is given. */
function hashedOnTheWay(ctx: PythonContext, n: SyntaxNode, top: SyntaxNode): boolean {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type === "call" && HASHING.test(ctx.callee(p))) return true;
    if (p === top) break;
  }
  return false;
}

/** An expression that is the raw password: a name, attribute, request field or .get() called password. */
function rawPassword(ctx: PythonContext, n: SyntaxNode | undefined): boolean {
  if (!n) return false;
  // `encoded = base64.b64encode(password.encode())`: an encoding anyone reverses is the password itself.
  if (n.type === "identifier" || n.type === "call") {
    const v = n.type === "identifier" ? ctx.resolve(n) : n;
    if (
      v &&
      (n.type === "call" || v !== n) &&
      /\b(b64encode|b32encode|b16encode|b85encode|urlsafe_b64encode|hexlify|codecs\.encode)\(/.test(
        ctx.text(v),
      ) &&
      descendants(v).some((d) => d.type === "identifier" && PASSWORD.test(ctx.text(d)))
    )
      return true;
  }
  const name =
    n.type === "identifier"
      ? ctx.text(n)
      : n.type === "attribute"
        ? ctx.text(field(n, "attribute") ?? n)
        : n.type === "subscript"
          ? ctx.stringValue(field(n, "subscript"))
          : n.type === "call" && ctx.method(n) === "get"
            ? ctx.stringValue(ctx.args(n)[0])
            : undefined;
  return !!name && PASSWORD.test(name);
}

/** Keys and names of a service secret that is not a password: an API key or an access token. */
const TOKEN_NAME =
  /^(access_?token|refresh_?token|auth_?token|bot_?token|api_?token|api_?key|apikey|client_?secret|secret_?key|token)$/i;

/**
 * A token value as given: a name or request field called like one (`access_token`, `entries["api_key"].get()`),
 * not a literal and not a digest of it.
 */
function rawToken(ctx: PythonContext, n: SyntaxNode | undefined): boolean {
  if (!n || /^(string|integer|float|true|false|none)$/.test(n.type)) return false;
  if (/hash|digest|encrypt|fernet|\bmask/i.test(ctx.text(n))) return false;
  if (n.type === "identifier") return TOKEN_NAME.test(ctx.text(n)) && !/^[A-Z0-9_]+$/.test(ctx.text(n));
  if (n.type === "call" && ctx.method(n) === "get") {
    const recv = field(field(n, "function") ?? n, "object");
    return (
      !!recv && recv.type === "subscript" && TOKEN_NAME.test(ctx.stringValue(field(recv, "subscript")) ?? "")
    );
  }
  return false;
}

/**
 * A user account's password encrypted with a key the service holds (`fernet.encrypt(password.encode())`,
 * `AES...encrypt_and_digest(password...)`, `public_key.encrypt(password...)`) where the code is about accounts:
 * whoever holds the key reads every user's password back (CWE-257). A service credential kept encrypted is
 * not this: it has to be recoverable.
 */
function encryptedAccountPassword(ctx: PythonContext, call: SyntaxNode): boolean {
  if (!/^(encrypt|encrypt_and_digest)$/.test(ctx.method(call))) return false;
  const data = ctx.args(call)[0];
  if (
    !data ||
    ![data, ...descendants(data)].some((d) => d.type === "identifier" && PASSWORD.test(ctx.text(d)))
  )
    return false;
  const fn = ctx.enclosingFunction(call);
  let scope = fn ? `${ctx.text(field(fn, "name") ?? fn)} ${ctx.text(fn)}` : "";
  for (let p = call.parent; p; p = p.parent)
    if (p.type === "class_definition") scope += ` ${ctx.text(field(p, "name") ?? p)}`;
  return /\b(users?|accounts?|members?|customers?)\b|register|sign_?up|create_user|set_password|reveal|forgot|remind/i.test(
    scope,
  );
}

/**
 * The value under an ini file's password key: a raw password (rawPassword), or a name that qualifies one
 * (`smtp_password`, `db_passwd`) - under that key it is the account's password, not a setting about one.
 */
function iniPassword(ctx: PythonContext, n: SyntaxNode | undefined): boolean {
  return rawPassword(ctx, n) || (n?.type === "identifier" && /_(password|passwd|pwd)$/i.test(ctx.text(n)));
}

/** A configparser object: `cfg = configparser.ConfigParser()` (or Raw/Safe). */
function configParser(ctx: PythonContext, n: SyntaxNode | undefined): boolean {
  const v = n ? ctx.resolve(n) : undefined;
  return v?.type === "call" && /(^|\.)(Raw|Safe)?ConfigParser$/.test(ctx.callee(v));
}

/** `v = Model(...)` later saved in the same function: `v.save()`, `session.add(v)` (not a client kept in memory). */
function savedModel(ctx: PythonContext, call: SyntaxNode, fn: SyntaxNode | undefined): boolean {
  const a = call.parent;
  const v = a?.type === "assignment" ? field(a, "left") : undefined;
  if (!fn || v?.type !== "identifier") return false;
  const name = ctx.text(v); // an identifier: no regex metacharacters
  return new RegExp(`\\b${name}\\.save\\(|\\.(add|merge|insert_one)\\(\\s*${name}\\s*\\)`).test(ctx.text(fn));
}

export default pyRule({
  meta: {
    id: "PY-PWSTORE-001",
    title: "Password stored or sent in a recoverable form",
    cwe: ["CWE-522", "CWE-256", "CWE-257", "CWE-260", "CWE-261", "CWE-312", "CWE-315"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "an API key or access token (not a password) written to a local file: CLIs often keep their own token so, ideally in a keyring",
      },
    ],
    docs: {
      what_it_does:
        "Flags a raw password sent in a URL's query string (requests params, an f-string URL), written by an INSERT/UPDATE into a password column, assigned to a model's password field that is then saved, dumped to a JSON/YAML file or written into a file opened for writing (open(..., 'w').write, Path.write_text, a ConfigParser then written), put in a cookie or the session, or a submitted password compared with a stored one as text, in a function that hashes nothing.",
      why_bad:
        "Whoever reads the database, a backup or the cookie has every user's password (reused elsewhere); base64 or reversible encodings do not protect them.",
      example_bad:
        "def register(conn, username, password):\n    conn.execute('INSERT INTO users (name, password) VALUES (?, ?)', (username, password))",
      example_good:
        "import bcrypt\ndef register(conn, username, password):\n    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())\n    conn.execute('INSERT INTO users (name, password) VALUES (?, ?)', (username, hashed))",
    },
    fix_hint:
      "Store only a salted slow hash (bcrypt, argon2, scrypt, PBKDF2); never put a password in a cookie.",
  },
  trigger:
    /^(?=[\s\S]*?(password|passwd|pwd|token|api_?key|secret))(?=[\s\S]*?(execute|set_cookie|writerow|\.write(_text|lines)?\(|json\.dump|yaml\.(safe_)?dump|toml\.dump|pickle\.dump|\.encrypt|\.set\(|\.save\(|\.commit\(|\.insert|\.put\(|\.create\(|jwt\.encode|session\[|[!=]=|params\s*=|[?&]pass))/i,
  nodeTypes: ["call", "assignment", "comparison_operator"],
  detect(node, ctx, report) {
    const fn = ctx.enclosingFunction(node);
    /** Checked last (it reads the whole function): the function hashes or encrypts something. */
    const hashes = () => !!fn && HASHING.test(ctx.text(fn));
    if (node.type === "comparison_operator") {
      // `row["password"] == request.form["password"]`: a login that compares the submitted password with the
      // stored one as text, so the stored one is the plaintext password.
      const ops = node.children.filter((c) => !c.named).map((c) => c.type);
      const sides = node.children.filter((c) => c.named);
      if (sides.length !== 2 || (ops[0] !== "==" && ops[0] !== "!=")) return;
      const fromRequest = (n: SyntaxNode) => rawPassword(ctx, n) && /request\b|\bform\b/.test(ctx.text(n));
      const stored = (n: SyntaxNode) =>
        (n.type === "subscript" || n.type === "attribute") &&
        !/request\b|\bform\b|\bdata\b/.test(ctx.text(n));
      const [a, b] = sides as [SyntaxNode, SyntaxNode];
      if (((fromRequest(a) && stored(b)) || (fromRequest(b) && stored(a))) && !hashes())
        report({ node, message: "the submitted password is compared with a stored plaintext password" });
      return;
    }
    if (node.type === "assignment") {
      const left = field(node, "left");
      // cfg["account"] = {"user": u, "password": pw} or cfg["account"]["password"] = pw, then cfg.write(fh):
      // an ini file holding the password as given.
      if (left?.type === "subscript" && fn && /\.write\(/.test(ctx.text(fn))) {
        const obj = field(left, "value");
        const right = field(node, "right");
        const section = obj && configParser(ctx, obj);
        const key = obj?.type === "subscript" && configParser(ctx, field(obj, "value"));
        const doc = section ? ctx.resolve(right) : undefined;
        if (
          ((section &&
            doc?.type === "dictionary" &&
            namedChildren(doc).some(
              (p) =>
                p.type === "pair" &&
                PASSWORD.test(ctx.stringValue(field(p, "key")) ?? "") &&
                iniPassword(ctx, field(p, "value")),
            )) ||
            (key &&
              PASSWORD.test(ctx.stringValue(field(left, "subscript")) ?? "") &&
              iniPassword(ctx, right))) &&
          !hashes()
        ) {
          report({ node, message: "a password is written to a configuration file in cleartext" });
          return;
        }
      }
      // session["password"] = ...: Flask's session is a signed, unencrypted cookie; any session store keeps it
      // in cleartext.
      if (
        left?.type === "subscript" &&
        /^(flask\.)?session$|^request\.session$/.test(ctx.text(field(left, "value") ?? left)) &&
        PASSWORD.test(ctx.stringValue(field(left, "subscript")) ?? "") &&
        rawPassword(ctx, field(node, "right")) &&
        !hashes()
      ) {
        report({ node, message: "a password is kept in the session (a readable cookie for Flask)" });
        return;
      }
      // An object that keeps a password in memory (a client, a password manager) is not storage: only a
      // model saved in the same function is.
      if (
        left?.type === "attribute" &&
        /^(password|passwd)$/.test(ctx.text(field(left, "attribute") ?? left)) &&
        rawPassword(ctx, field(node, "right")) &&
        !!fn &&
        /\.save\(|session\.add\(|\.commit\(|\.insert|\.put\(|\.create\(/.test(ctx.text(fn)) &&
        !hashes()
      )
        report({ node, message: "the password is stored as given" });
      return;
    }
    const m = ctx.method(node);
    const q = ctx.callee(node);
    // `Member(email=e, password=request.POST["password"])` then `.save()`, or `Member.objects.create(password=pw)`:
    // a model built with the password as given (create_user / set_password hash it, and count as hashing).
    const pwArg = ctx.kwarg(node, "password") ?? ctx.kwarg(node, "passwd");
    if (
      pwArg &&
      rawPassword(ctx, pwArg) &&
      (m === "create" || m === "get_or_create" || m === "update_or_create"
        ? /\.objects\.\w+$/.test(q)
        : /^[A-Z]\w*$/.test(q.split(".").pop() ?? "") && savedModel(ctx, node, fn)) &&
      !hashes()
    ) {
      report({ node, message: "the password is stored as given" });
      return;
    }
    if (encryptedAccountPassword(ctx, node)) {
      report({
        node,
        message: "the user's password is encrypted with a key the service holds: it can be read back",
      });
      return;
    }
    if (m === "set") {
      // r.set(f"user:{uid}:password", password): a key-value store keeping the password as given.
      const key = ctx.args(node)[0];
      if (
        ctx.args(node).length === 2 &&
        (key?.type === "string" || key?.type === "concatenated_string") &&
        /[:_.]pass(word|wd)?\b|^["'f]*pass(word|wd)?[:_]/i.test(ctx.text(key)) &&
        rawPassword(ctx, ctx.args(node)[1]) &&
        !hashes()
      ) {
        report({ node, message: "the password is stored as given" });
        return;
      }
      // cfg.set("account", "password", pw) before cfg.write(fh).
      const fnNode = field(node, "function");
      if (
        configParser(ctx, fnNode ? field(fnNode, "object") : undefined) &&
        PASSWORD.test(ctx.stringValue(ctx.args(node)[1]) ?? "") &&
        rawPassword(ctx, ctx.args(node)[2]) &&
        !!fn &&
        /\.write\(/.test(ctx.text(fn)) &&
        !hashes()
      )
        report({ node, message: "a password is written to a configuration file in cleartext" });
      return;
    }
    // requests.get(url, params={"password": password}) / f"...?password={pw}": the password travels in the URL,
    // which proxies, server access logs and browser history keep.
    if (/^(get|post|put|patch|delete|head|request)$/.test(m)) {
      const params = ctx.resolve(ctx.kwarg(node, "params"));
      const pairs =
        params?.type === "dictionary" ? namedChildren(params).filter((d) => d.type === "pair") : [];
      const url = ctx.arg(node, 0, "url");
      const urlText = url ? ctx.text(ctx.resolve(url) ?? url) : "";
      if (
        pairs.some(
          (p) => PASSWORD.test(ctx.stringValue(field(p, "key")) ?? "") && rawPassword(ctx, field(p, "value")),
        ) ||
        (/^(requests|httpx)\./.test(q) && /[?&](pass(word|wd)?|pwd)=\{\s*\w*(pass|pw)\w*\s*\}/i.test(urlText))
      )
        report({ node, message: "a password is sent in the URL's query string" });
      return;
    }
    if (/^(jwt|jose\.jwt)\.encode$/.test(q)) {
      // A JWT payload is only base64: whoever holds the token (browser storage, logs, proxies) reads it.
      const doc = ctx.resolve(ctx.arg(node, 0, "payload") ?? ctx.kwarg(node, "claims"));
      const pairs = doc?.type === "dictionary" ? namedChildren(doc).filter((d) => d.type === "pair") : [];
      if (
        pairs.some(
          (p) => PASSWORD.test(ctx.stringValue(field(p, "key")) ?? "") && rawPassword(ctx, field(p, "value")),
        )
      )
        report({ node, message: "a password is put in a JWT payload, readable by anyone holding the token" });
      return;
    }
    // json.dumps(...) handed to a file write (`path.write_text(json.dumps(doc))`) is a dump to that file.
    const dumpsToFile =
      /^(json|yaml|toml)\.(dumps|safe_dump|dump)$/.test(q) &&
      q.endsWith("s") &&
      node.parent?.type === "argument_list" &&
      !!node.parent.parent &&
      /^(write|write_text|write_bytes|writelines)$/.test(ctx.method(node.parent.parent));
    if (/^(json|yaml|toml|pickle)\.(dump|safe_dump)$/.test(q) || dumpsToFile) {
      // A dict with a raw password value written to a file: cleartext storage. The key may name whose password
      // it is ("db_password", "smtp_pass").
      const arg = ctx.args(node)[0];
      const doc = ctx.resolve(arg);
      const pairs = doc ? [doc, ...descendants(doc)].filter((d) => d.type === "pair") : [];
      const pwKey = (k: SyntaxNode | undefined) =>
        PASSWORD.test((ctx.stringValue(k) ?? "").replace(/^[a-z0-9]+_(?=pass|pwd)/i, ""));
      // Or a mapping filled in earlier in the function: `self.settings["password"] = password` then
      // `json.dump(self.settings, fh)`.
      const held = arg && (arg.type === "identifier" || arg.type === "attribute") ? ctx.text(arg) : undefined;
      const filled =
        !!held &&
        !!fn &&
        descendants(fn).some((a) => {
          if (a.type !== "assignment" || a.end > node.start) return false;
          const left = field(a, "left");
          // Under a key naming the password, or any key (`vault[service] = password`) when the value is the
          // password itself or a reversible encoding of it.
          const right = field(a, "right");
          return (
            left?.type === "subscript" &&
            ctx.text(field(left, "value") ?? left) === held &&
            (((pwKey(field(left, "subscript")) || right?.type === "identifier" || right?.type === "call") &&
              rawPassword(ctx, right)) ||
              // data["registry"] = {"user": u, "password": password}
              (right?.type === "dictionary" &&
                namedChildren(right).some(
                  (p) => p.type === "pair" && pwKey(field(p, "key")) && rawPassword(ctx, field(p, "value")),
                )))
          );
        });
      if (filled || pairs.some((p) => pwKey(field(p, "key")) && rawPassword(ctx, field(p, "value")))) {
        report({ node, message: "a password is written to a file in cleartext" });
        return;
      }
      if (
        pairs.some(
          (p) => TOKEN_NAME.test(ctx.stringValue(field(p, "key")) ?? "") && rawToken(ctx, field(p, "value")),
        ) &&
        !/keyring/.test(fn ? ctx.text(fn) : "")
      )
        report({
          node,
          message: "an API key or access token is written to a file in cleartext",
          severity: "LOW",
        });
      return;
    }
    if (m === "write" || m === "writelines" || m === "write_text") {
      // `with open("creds.txt", "w") as f: f.write(f"{user}:{password}")`: a password file in cleartext. Only
      // a handle opened on a path (or a Path's write_text), never a socket or stdout: sending is not storing.
      const fnNode = field(node, "function");
      const recv = ctx.resolve(fnNode ? field(fnNode, "object") : undefined);
      const opened =
        m === "write_text"
          ? true
          : recv?.type === "call" &&
            /^(open|io\.open|codecs\.open)$|\.open$/.test(ctx.callee(recv)) &&
            /^[rbt+]*[wax]/.test(ctx.stringValue(ctx.arg(recv, 1, "mode")) ?? "");
      const text = ctx.resolve(ctx.args(node)[0]);
      const parts =
        text && /^(string|concatenated_string|binary_operator|call)$/.test(text.type)
          ? [text, ...descendants(text)]
          : [];
      // The submitted password read off the request in the write itself (`request.form["password"]`): nothing
      // hashed it on the way, whatever else the function hashes.
      const submitted = parts.some(
        (d) =>
          (d.type === "subscript" || d.type === "call") &&
          /^(flask\.)?request\.(form|args|values|json|POST|GET|data)\b/.test(ctx.text(d)) &&
          rawPassword(ctx, d) &&
          !hashedOnTheWay(ctx, d, text!),
      );
      if (
        opened &&
        (submitted || (parts.some((d) => d.type === "identifier" && rawPassword(ctx, d)) && !hashes()))
      )
        report({ node, message: "a password is written to a file in cleartext" });
      // f.write("token=" + token): a token kept in a local file as given.
      else if (
        opened &&
        text &&
        m !== "write_text" &&
        /^(string|concatenated_string|binary_operator|identifier)$/.test(text.type) &&
        [text, ...descendants(text)].some((d) => d.type === "identifier" && rawToken(ctx, d)) &&
        !hashes()
      )
        report({
          node,
          message: "an API key or access token is written to a file in cleartext",
          severity: "LOW",
        });
      return;
    }
    if (m === "writerow" || m === "writerows") {
      // A CSV row holding the password as given: a password file in cleartext.
      const row = ctx.resolve(ctx.args(node)[0]);
      if (row && [row, ...descendants(row)].some((d) => rawPassword(ctx, d)) && !hashes())
        report({ node, message: "a password is written to a file in cleartext" });
      return;
    }
    if (m === "set_cookie") {
      const value = ctx.arg(node, 1, "value");
      if (value && [value, ...descendants(value)].some((d) => rawPassword(ctx, d)) && !hashes())
        report({ node, message: "a password is put in a cookie" });
      return;
    }
    if (m !== "execute" && m !== "executemany") return;
    const sql = ctx.stringValue(ctx.resolve(ctx.args(node)[0])) ?? "";
    if (!/\b(insert|update)\b/i.test(sql) || !/pass(word|wd)?|pwd/i.test(sql)) return;
    const params = ctx.resolve(ctx.args(node)[1]);
    if (params && [params, ...descendants(params)].some((d) => rawPassword(ctx, d)) && !hashes())
      report({ node, message: "the password is written to the database as given" });
  },
  cases: {
    valid: [
      "from flask import request\nfrom werkzeug.security import generate_password_hash\ndef save():\n    with open('/var/lib/pw.txt', 'a') as fh:\n        fh.write(request.form['username'] + ':' + generate_password_hash(request.form['password']) + '\\n')",
      "from django.contrib.auth.hashers import make_password\ndef signup(request):\n    m = Member(email=request.POST['email'], password=make_password(request.POST['password']))\n    m.save()",
      "import ldap3\ndef check(server, user, password):\n    conn = ldap3.Connection(server, user=user, password=password)\n    ok = conn.bind()\n    audit = Audit(user=user)\n    audit.save()\n    return ok",
      "import json, keyring\nclass Store:\n    def remember(self, user, password):\n        self.cfg['user'] = user\n        keyring.set_password('app', user, password)\n        with open(self.path, 'w') as fh:\n            json.dump(self.cfg, fh)",
      "import requests\ndef f(username, password):\n    return requests.get('https://bank.example.com/api', params={'m': 1}, auth=(username, password))",
      "import csv, bcrypt\ndef register(u, password):\n    h = bcrypt.hashpw(password.encode(), bcrypt.gensalt())\n    with open('users.csv', 'a') as f:\n        csv.writer(f).writerow([u, h])",
      "import bcrypt\ndef reg(c, u, password):\n    h = bcrypt.hashpw(password.encode(), bcrypt.gensalt())\n    c.execute('INSERT INTO users (name, password) VALUES (?, ?)', (u, h))",
      "class Client:\n    def __init__(self, user, password):\n        self.password = password",
      "import json\ndef save(username, token):\n    with open('c.json', 'w') as f:\n        json.dump({'username': username}, f)",
      "from cryptography.fernet import Fernet\nF = Fernet(KEY)\ndef save_smtp(cfg, smtp_password):\n    cfg.store('smtp', F.encrypt(smtp_password.encode()))",
      "import json, keyring\ndef save(username, access_token):\n    keyring.set_password('app', username, access_token)\n    with open('c.json', 'w') as f:\n        json.dump({'user': username}, f)",
      "import json, hashlib\ndef save(path, token):\n    with open(path, 'w') as f:\n        json.dump({'token': hashlib.sha256(token.encode()).hexdigest()}, f)",
      "import json\ndef save(path, service, password, fernet):\n    vault = {}\n    vault[service] = fernet.encrypt(password.encode()).decode()\n    with open(path, 'w') as fh:\n        json.dump(vault, fh)",
      "import json\ndef show(password):\n    return json.dumps({'password': password})",
      "def reg(c, u, email):\n    c.execute('INSERT INTO users (name, email) VALUES (?, ?)', (u, email))",
      "import jwt\ndef tok(user, password, key):\n    return jwt.encode({'sub': user}, key, algorithm='HS256')",
      "from flask import request\nfrom werkzeug.security import check_password_hash\ndef login(row):\n    return check_password_hash(row['password_hash'], request.form['password'])",
      "from flask import request\ndef signup():\n    return request.form['password'] == request.form['password_confirm']",
      "import configparser\ndef save(path, user, password):\n    cfg = configparser.ConfigParser()\n    cfg['account'] = {'user': user}\n    with open(path, 'w') as fh:\n        cfg.write(fh)",
      "import sys\ndef show(password):\n    sys.stdout.write(f'password: {password}')",
      "def check(path, password):\n    with open(path) as f:\n        return f.read() == password",
      "import bcrypt\ndef remember(user, password):\n    h = bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()\n    with open('creds.txt', 'w') as f:\n        f.write(f'{user}:{h}')",
    ],
    invalid: [
      {
        code: "from flask import request\nfrom werkzeug.security import generate_password_hash\ndef save():\n    h = generate_password_hash(request.form['password'])\n    with open('/var/lib/pw.txt', 'a') as fh:\n        fh.write(request.form['username'] + ':' + request.form['password'] + '\\n')",
        line: 6,
      },
      "def signup(request):\n    m = Member(email=request.POST['email'], password=request.POST['password'])\n    m.save()\n    return m.id",
      "def signup(db, form):\n    u = User(name=form['name'], password=form['password'])\n    db.session.add(u)\n    db.session.commit()",
      "def signup(request):\n    return Member.objects.create(email=request.POST['email'], password=request.POST['password'])",
      {
        code: "import json\nclass Store:\n    def remember(self, user, password):\n        self.cfg['user'] = user\n        self.cfg['password'] = password\n        with open(self.path, 'w') as fh:\n            json.dump(self.cfg, fh)",
        line: 7,
      },
      "import requests\ndef f(username, password):\n    return requests.get('https://bank.example.com/api', params={'user': username, 'password': password})",
      "import requests\ndef f(user, pw):\n    return requests.post(f'https://x.example.com/login?user={user}&password={pw}')",
      "import base64\ndef save(db, u, password):\n    enc = base64.b64encode(password.encode()).decode()\n    db.execute('INSERT INTO users (name, password) VALUES (?, ?)', (u, enc))",
      {
        code: "from flask import request, session\ndef login(row):\n    if row[1] == request.form['password']:\n        session['uid'] = row[0]",
        line: 3,
      },
      {
        code: "from flask import request, session\ndef login():\n    session['password'] = request.form['password']",
        line: 3,
      },
      "import json\nfrom pathlib import Path\ndef save(user, password):\n    Path('login.json').write_text(json.dumps({'user': user, 'password': password}))",
      "import csv\ndef register(username, password):\n    with open('users.csv', 'a') as f:\n        csv.writer(f).writerow([username, password])",
      "def remember(user, password):\n    with open('creds.txt', 'w') as f:\n        f.write(f'{user}:{password}\\n')",
      "import configparser\ndef save(path, user, password):\n    cfg = configparser.ConfigParser()\n    cfg['account'] = {'user': user, 'password': password}\n    with open(path, 'w') as fh:\n        cfg.write(fh)",
      "import configparser\ndef save(path, host, smtp_password):\n    cfg = configparser.ConfigParser()\n    cfg['smtp'] = {'host': host, 'password': smtp_password}\n    with open(path, 'w') as fh:\n        cfg.write(fh)",
      "import configparser\ndef save(path, password):\n    cfg = configparser.ConfigParser()\n    cfg.add_section('db')\n    cfg.set('db', 'password', password)\n    with open(path, 'w') as fh:\n        cfg.write(fh)",
      "def remember(user, passwd):\n    f = open('creds.txt', 'a')\n    f.write(user + ':' + passwd)",
      "import json\ndef save(username, password):\n    with open('c.json', 'w') as f:\n        json.dump({'username': username, 'password': password}, f)",
      // A vault keyed by service: the value is the password, base64 only.
      "import base64, json\ndef save(path, service, password):\n    with open(path) as fh:\n        vault = json.load(fh)\n    vault[service] = base64.b64encode(password.encode()).decode()\n    with open(path, 'w') as fh:\n        json.dump(vault, fh)",
      "import json\ndef save(path, user, password):\n    cfg = {'db_user': user, 'db_password': password}\n    with open(path, 'w') as f:\n        json.dump(cfg, f)",
      "def reg(c, u, password):\n    c.execute('INSERT INTO users (name, password) VALUES (?, ?)', (u, password))",
      "def reg(user, password):\n    user.password = password\n    user.save()",
      "import jwt\ndef tok(user, password, key):\n    return jwt.encode({'sub': user, 'password': password}, key, algorithm='HS256')",
      "import json\nfrom pathlib import Path\ndef save(username, access_token):\n    Path('a.json').write_text(json.dumps({'user': username, 'access_token': access_token}))",
      "def save(api_token):\n    with open('/home/u/.acme/token', 'w') as f:\n        f.write(api_token)",
      "def setup(token):\n    with open('bot.txt', 'w') as f:\n        f.write('token=' + token + '\\n')",
      "import pickle\ndef remember(username, password):\n    with open('login.pkl', 'wb') as f:\n        pickle.dump({'username': username, 'password': password}, f)",
      "import toml\ndef save(path, user, password):\n    data = toml.load(path)\n    data['registry'] = {'user': user, 'password': password}\n    with open(path, 'w') as f:\n        toml.dump(data, f)",
      "import redis\nr = redis.Redis()\ndef save(uid, password):\n    r.set(f'user:{uid}:password', password)",
      "from cryptography.fernet import Fernet\nF = Fernet(KEY)\ndef create_user(db, username, password):\n    db.execute('INSERT INTO users (username, password) VALUES (?, ?)', (username, F.encrypt(password.encode())))",
      "from flask import request, make_response\ndef login():\n    r = make_response('ok')\n    r.set_cookie('pw', request.form['password'])\n    return r",
    ],
  },
});
