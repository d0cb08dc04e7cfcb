import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { notASecretValue } from "../credentials.js";
import { authorContextIgnored, type Report } from "../../rule.js";
import {
  anonymousLogin,
  inTestScope,
  pyRule,
  SECRET_NAME,
  TEST_SETTINGS_REASON,
  testSettingsModule,
  usedAsLookupKey,
} from "./common.js";

/**
 * Names of what a secret is stored or sent under, its kind, or how it is used (`token_endpoint_auth_method`); the
 * characters secrets are drawn from (`TOKEN_CHARS`, `SECRET_ALPHABET`); a public address (`TOKEN_ADDR`, a
 * contract's); a password policy's settings (`password_lockout_period`, `password_complexity`).
 */
const NOT_A_SECRET =
  /(_|\b)(template|field|col(umn)?|label|prompt|url|uri|path|file|dir|name|type|len(gth)?|policy|hint|min|max|regex|pattern|header|param|format|reset|required|changed|error|msg|message|help|placeholder|mask|widget|input|form|view|page|key_?name|validator|strength|expir\w*|endpoint|env|var|id|arn|ref|source|(input|output|next|page|continuation)_?token|ttl|timeout|lifetime|max_?age|duration|interval|retries|count|limit|size|secs?|seconds|minutes|hours|days|(storage|cache|cookie|header|query|lookup)_?key|claims?|prefix|suffix|attr|attribute|partial|separator|delim(iter)?|(last_)?(used|rotated|changed)|placement|location|position|mode|kind|style|scheme|methods?|algorithms?|alg|src|addr(ess)?|chars|char_?set|alphabet|symbols|replacement|owner|use|usage|period|complexity|history|attempts|failures|lockout)$/i;
const PLACEHOLDER =
  /^(\s*|x+|\*+|\.+|-+|none|null|changeme|change_me|anonymous(@[\w.-]*)?|your[_ -].*|<.*>|\{.*\}|\$\{?\w+\}?|%\(?\w+\)?s|todo|tbd|redacted|n\/a|dummy|fake|\w+\.html?|[\w/.-]+\.(html|txt|json|pem|key|crt)|\/.*|https?:\/\/\S*)$/i;

/** Letters and digits only, lower-cased: `secret_key_ref`, `secretKeyRef` and `Secret-Key-Ref` all read `secretkeyref`. */
const squash = (s: string): string => s.replace(/[^A-Za-z0-9]/g, "").toLowerCase();

/**
 * A value that names the field it is stored under rather than holding a secret: the name's own tail spelt in
 * another case (`PROP_API_KEY_SOURCE = "apiKeySource"`, `"secret_key_ref": "secretKeyRef"`, `_TOKEN_KEY = "key"`),
 * or an HTTP header name
 * (`ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials"`).
 */
function namesAField(name: string, v: string): boolean {
  const n = squash(name);
  const sv = squash(v);
  // ... unless the value is itself a secret's word (`password = "password"`, `my_secret = "my_secret"`): a weak
  // default password is still a hard-coded one.
  if (sv.length >= 3 && /^[A-Za-z][A-Za-z0-9_-]*$/.test(v) && n.endsWith(sv) && !SECRET_NAME.test(v))
    return true;
  // ... or the name spelt as a type in UpperCamelCase (`ACCESS_TOKEN = "AccessToken"`, a cache's credential kind):
  // a kind's name, where a weak default password is lower case (`password = "password"`).
  if (/^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(v) && sv === squash(name.replace(/^.*\./, ""))) return true;
  // ... or in lowerCamelCase with two or more words (`ACCESS_TOKEN = "accessToken"`): the JSON field it names, as a
  // wire format spells keys; a weak default password is the name in lower case (`password = "password"`).
  if (/^[a-z]+(?:[A-Z][a-z]+)+$/.test(v) && sv === squash(name.replace(/^.*\./, ""))) return true;
  // A lexer's or protocol's marker named after what it spells (`DONE_TOKEN = "done."`, `EOF_TOKEN = "eof"`).
  // ... or its plural (`upgrade_token = "upgrades"`: the template slot the upgrade operations fill).
  const marker = /^(\w+?)_?token$/i.exec(name.replace(/^.*\./, ""));
  if (
    marker &&
    sv.length >= 2 &&
    sv.startsWith(squash(marker[1]!)) &&
    sv.length <= squash(marker[1]!).length + 2
  )
    return true;
  return /^(?:(?:X|Access-Control|Proxy|Sec|WWW)(?:-[A-Z][A-Za-z]*)+|(?:Proxy-)?Authorization)$/.test(v);
}

/**
 * `token = "blanks"` in a function that also tests `token == "blanks"` (or `!=`, `in (...)`) against a literal: the
 * name holds one of a formula's or a grammar's keywords, compared as a category; a secret is never matched by its
 * spelling in the code that sets it.
 */
function categoryToken(ctx: PythonContext, nameNode: SyntaxNode, v: string): boolean {
  if (nameNode.type !== "identifier" || !/token$/i.test(ctx.text(nameNode)) || !/^[a-z]+$/.test(v))
    return false;
  const fn = ctx.enclosingFunction(nameNode);
  if (!fn) return false;
  const n = ctx.text(nameNode);
  const body = ctx.text(fn);
  if (
    new RegExp(
      `\\b${n}\\s*(?:[!=]=\\s*[rbu]?['"]|(?:not\\s+)?in\\s*[([{]\\s*[rbu]?['"])|[rbu]?['"]\\s*[!=]=\\s*${n}\\b`,
    ).test(body)
  )
    return true;
  // The name set to several different lower-case words in one function (`current_token = "path"` in one branch,
  // `"command"` in another): a kind picked by the branches, as a lexer or a completer names what it is at. A
  // secret is one value, not a choice among words.
  const words = new Set(
    [...body.matchAll(new RegExp(`(?:^|[^\\w.])${n}\\s*=\\s*[rbu]?(['"])([a-z]+)\\1`, "gm"))].map(
      (m) => m[2],
    ),
  );
  return words.size >= 2;
}

/** The value is bound in the body of a class derived from an Enum (`Enum`, `str, Enum`, `enum.StrEnum`, ...). */
function enumMember(ctx: PythonContext, value: SyntaxNode | undefined): boolean {
  const a = value?.parent;
  const cls = a?.type === "assignment" ? a.parent?.parent?.parent : undefined;
  const bases = cls?.type === "class_definition" ? field(cls, "superclasses") : undefined;
  return !!bases && /\b(\w*Enum|enum\.\w+)\b/.test(ctx.text(bases));
}

/** `NAME = "name"`: an upper-case constant holding its own name in lower case (a field or key name). */
function selfNamed(ctx: PythonContext, stmt: SyntaxNode | undefined): boolean {
  const a = stmt?.type === "expression_statement" ? namedChildren(stmt)[0] : undefined;
  if (a?.type !== "assignment") return false;
  const left = field(a, "left");
  const v = ctx.stringValue(field(a, "right"));
  if (left?.type !== "identifier" || v === undefined) return false;
  const name = ctx.text(left);
  return /^[A-Z][A-Z0-9_]*$/.test(name) && v === name.toLowerCase();
}

/**
 * `PRIVATE_KEY = "private_key"` among `LISTENER_ID = "listener_id"`, `PROTOCOL_PORT = "protocol_port"`: a table of
 * constants naming request or record fields, each holding its own name; two such neighbours within three
 * statements, and at least one of them not a secret's name.
 */
function fieldNameTable(ctx: PythonContext, asg: SyntaxNode): boolean {
  // (Read from the constants' names, which an answer's author chooses: not in an answer.)
  if (authorContextIgnored(ctx)) return false;
  const stmt = asg.parent;
  if (!stmt || !selfNamed(ctx, stmt)) return false;
  const siblings = stmt.parent?.children.filter((c) => c.named && c.type !== "comment") ?? [];
  const i = siblings.indexOf(stmt);
  const near = [...siblings.slice(Math.max(0, i - 3), i), ...siblings.slice(i + 1, i + 4)].filter((s) =>
    selfNamed(ctx, s),
  );
  return (
    near.length >= 2 &&
    near.some((s) => !SECRET_NAME.test(ctx.text(field(namedChildren(s)[0]!, "left") ?? s)))
  );
}

function isCredential(ctx: PythonContext, name: string, value: SyntaxNode | undefined): boolean {
  if (!SECRET_NAME.test(name) || NOT_A_SECRET.test(name)) return false;
  const v = ctx.stringValue(value);
  if (v === undefined || v.length < 3 || PLACEHOLDER.test(v)) return false;
  if (namesAField(name, v)) return false;
  // A stand-in dominated by one repeated character (`"token": "68ffffffffffffffffffffffffffffff"`, a zeroed
  // key): no generator makes such a value; a fixture or a mask fills the field.
  if (v.length >= 8 && Math.max(...[...v].map((c) => v.split(c).length - 1)) >= 0.75 * v.length) return false;
  // A token named by lower-case words joined by hyphens (`css_token = "bookmark-label"`, the `X-Atlassian-Token`
  // header's "no-check"): a keyword of a grammar or a protocol; tokens are drawn at random, not spelled.
  if (/token$/i.test(name) && /^[a-z]+(?:-[a-z]+)+$/.test(v)) return false;
  // `pass_filename_extensions`, `pass_mime_types`: "pass" as the verb (let through), with no secret in the rest.
  const bare = name.replace(/^.*\./, "");
  if (/^pass_/i.test(bare) && !SECRET_NAME.test(bare.slice(5))) return false;
  // A flag about the secret (`is_secret="DeprecatedArgument"`, `has_password`): a yes/no or a sentinel default, and
  // an XPath to where a token sits in a document (`token_type_nodes_xpath = "s:Body/t:TokenType"`).
  // (The value must read as one: a word for the flag, steps joined by slashes for the XPath; a random string under
  // either name is still a secret.)
  if (/^(is|has|should|needs?)_/i.test(bare) && /^[A-Za-z]+$/.test(v)) return false;
  // (One namespaced step, `wst:RequestedSecurityToken`, is an XPath too: a prefix, a colon and an element name.)
  if (
    /_?xpath$/i.test(bare) &&
    (/^\.?\/{0,2}[\w:.@*[\]='"()-]+(\/{1,2}[\w:.@*[\]='"()-]+)+$/.test(v) ||
      /^[A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*$/.test(v))
  )
    return false;
  // A command-line option (`{"passwd": "--password"}`, `{"passphrase": "--passphrase-fd"}`: a table mapping
  // settings to a tool's flags) or a route of lower-case words (`API_TOKEN_ROUTE = "latest/api/token"`, an endpoint
  // table's `"ACCESS_TOKEN": "oauth/access_token/"`): names of where a secret goes, no key material.
  if (/^--[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(v) || /^[a-z]+(?:_[a-z]+)*(\/[a-z]+(?:_[a-z]+)*)+\/?$/.test(v))
    return false;
  // A member of an Enum whose value spells its own name (`class SecuritySchemeType(Enum): apiKey = "apiKey"`): the
  // name of a kind, as a schema writes it; a member holding anything else (`PASSWORD = "hunter2"`) is still a value.
  if (squash(v) === squash(name.replace(/^.*\./, "")) && enumMember(ctx, value)) return false;
  // A member of an enumeration of kinds (`GRANT_PASSWORD = "password"`, `GRANT_CLIENT_CREDENTIALS =
  // "client-credentials"`, `FLOW_TOKEN = "token"`): the protocol's name for a grant or flow type, not a password.
  if (
    /^(grant|grant_type|flow|response_type|token_type|auth_method|auth_type|auth_scheme|login_method)_/i.test(
      name.replace(/^.*\./, ""),
    ) &&
    /^[a-z][a-z0-9]*(?:[-_:][a-z0-9]+)*$/.test(v)
  )
    return false;
  // A URN (`urn:oasis:names:tc:SAML:2.0:ac:classes:Password`): a registered identifier that names a kind of
  // credential, public by design.
  if (/^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i.test(v)) return false;
  // A condition about the credential (`INVALID_PASSWORD = "28P01"`, `WRONG_PASSWORD`, `EXPIRED_TOKEN`): an error
  // or status code's name, not the credential's value.
  if (/^(invalid|wrong|bad|incorrect|expired|missing|mismatched|rejected)_/i.test(name.replace(/^.*\./, "")))
    return false;
  // A snake_case identifier that is a private name (`_DEFAULT_TOKEN = "_sa_default"`) or a well-known field's
  // name ending in the secret's word (`token = "csrf_token"`, `key = "api_key"`): the field a value goes under.
  const word = SECRET_NAME.exec(name)?.[2]?.toLowerCase();
  if (/^_[a-z]+(?:_[a-z]+)+$/.test(v)) return false;
  // A snake_case key ending in the secret's word (`_token = "last_token"`): where a value is stored, not one.
  // (Not the name's own spelling: `my_secret = "my_secret"` is a weak password, the value a guess finds first.)
  if (
    word !== undefined &&
    new RegExp(`^[a-z]+(?:_[a-z]+)*_${word}s?$`).test(v) &&
    squash(v) !== squash(name.replace(/^.*\./, ""))
  )
    return false;
  // A URL or path template with %-style fields (`CONFIG_CREDENTIAL = "%(folder_url)sjob/%(name)s/config.xml"`)
  // and a rate limit (`"change_password": "5/m"`): a template and a quota, no key material.
  if (/%\(\w+\)[sd]/.test(v)) return false;
  if (/^\d+\s*\/\s*\d*\s*(s|sec|second|m|min|minute|h|hr|hour|d|day)s?(\/\w+)?$/i.test(v)) return false;
  if (
    word !== undefined &&
    new RegExp(
      `^(csrf|xsrf|access|refresh|id|auth|api|session|db|bearer|reset|oauth|client|form|request|cookie|header|query)_${word}$`,
    ).test(v)
  )
    return false;
  // One or two escaped bytes (`USERNAME_PASSWORD = b"\x02"`, a SOCKS5 method code): a protocol's wire code.
  if (/^(\\x[0-9a-fA-F]{2}){1,2}$/.test(v)) return false;
  // A dotted number (`USER_OK_NEED_PASS = "331.1"`): a reply code or a version, no key material.
  if (/^\d{1,4}(?:\.\d+)+$/.test(v)) return false;
  if (/^[A-Z_]+$/.test(v)) return false; // an environment variable name
  if (notASecretValue(v, name)) return false;
  // Settings flags and prose (a help text keyed 'pass') are not secrets.
  if (/^(yes|no|true|false|on|off|enabled?|disabled?|required|optional)$/i.test(v)) return false;
  if (/\n/.test(v) || (v.trim().split(/\s+/).length >= 5 && !/passphrase/i.test(name))) return false;
  // A message named as one (`msg_wrong_password = "Authentication failed."`): prose shown to the user.
  if (/\s/.test(v) && /^(msg|message|err(or)?|label|help|prompt|text)_/i.test(name.replace(/^.*\./, "")))
    return false;
  // A message or label about the secret ("Invalid password", "API key"): prose naming it, not its value.
  if (/\s/.test(v) && /\b(pass(word|phrase)?|token|secret|key|credentials?|username|login)\b/i.test(v))
    return false;
  return true;
}

/**
 * An entry of a dict bound to a name ending in `types` (`swagger_types`, `openapi_types`, `field_types`) whose value
 * is a type's name: a class name, a builtin, or a generic of them (`list[V1Secret]`, `dict(str, str)`).
 */
function typeMapEntry(ctx: PythonContext, pair: SyntaxNode, value: SyntaxNode): boolean {
  const dict = pair.parent;
  const bind = dict?.type === "dictionary" ? dict.parent : undefined;
  const target = bind?.type === "assignment" ? field(bind, "left") : undefined;
  if (!target || !/(^|_|\.)\w*types$/i.test(ctx.text(target))) return false;
  const v = ctx.stringValue(value) ?? "";
  return (
    /^[A-Za-z_][\w.]*(\s*[[(][\w.,\s[\]()]*[\])])?$/.test(v) &&
    /^((list|dict|tuple|set)\b.*|str|int|float|bool|bytes|object|date|datetime|[A-Z]\w*[a-z]\w*)$/.test(v)
  );
}

/** The password part of a URL, unless it is a template or an obvious stand-in. */
function isUrlSecret(pw: string): boolean {
  return (
    pw.length >= 3 &&
    !/[{}%$<>]|^\*+$/.test(pw) &&
    !PLACEHOLDER.test(pw) &&
    !/^(pass(word)?|pwd|secret|x+)$/i.test(pw)
  );
}

/**
 * The scheme of a connection URL literal that carries a password ('postgresql://app:pw@db/app', redis's
 * 'redis://:pw@cache:6379/0' with no user name); http:// URLs are PY-CLEAR-001's (cleartext too).
 */
function urlWithPassword(ctx: PythonContext, node: SyntaxNode | undefined): string | undefined {
  const url = ctx.stringValue(node);
  const m = url ? /^([a-z][\w+.-]*):\/\/[^:/@\s]*:([^@/\s]+)@/i.exec(url) : null;
  if (!m || /^http$/i.test(m[1]!) || !isCredential(ctx, "password", node) || !isUrlSecret(m[2]!))
    return undefined;
  return m[1];
}

export default pyRule({
  meta: {
    id: "PY-CRED-001",
    title: "Hard-coded password, key or token",
    cwe: ["CWE-798", "CWE-259", "CWE-321"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "LOW",
        when: "in test code (a test function, set-up method, fixture, TestCase class, test double or a collection of test vectors, or the top level of a test module): a fixture's credential",
      },
    ],
    docs: {
      what_it_does:
        "Flags string literals assigned to names, keyword arguments, dict keys or defaults that name credentials (password, secret, api_key, token ...).",
      why_bad:
        "Secrets in source code end up in version control, logs and packages; anyone with the code can log in, and rotating the secret needs a release.",
      example_bad: "def connect():\n    return db.connect(user='app', password='s3cr3t-Pa55')",
      example_good:
        "import os\ndef connect():\n    return db.connect(user='app', password=os.environ['DB_PASSWORD'])",
    },
    fix_hint: "Load secrets from the environment or a secret manager; never commit them.",
  },
  trigger:
    /(?:pass|pwd|secret|key|token|credential)\w*['"\]]{0,2}\s*[:=]\s*(?:[\w.]+\s*=\s*)*[rRbBuU]?['"]|jwt\.(en|de)code\(|hmac\.new\(\s*[rRbBuU]?['"]|:\/\/[\w.-]*:[^\s/'"@{}%$<]{3,}@|simple_bind(_s)?\(|(pass|pwd)\w*=[^\s'"=]{3}|(Basic|Digest|Proxy)Auth\(|PlainCredentials\(|auth=\(|(getenv|environ\.get|setdefault)\(\s*['"][^'"]*(key|secret|pass|token|pwd)|authorization['"]\s*:\s*['"](bearer|basic|token)\s/i,
  nodeTypes: [
    "assignment",
    "keyword_argument",
    "pair",
    "default_parameter",
    "typed_default_parameter",
    "call",
  ],
  detect(node, ctx, emit) {
    const report = (r: Report) =>
      emit(
        // (the top level of a test module too: `FAKE_ENV = {"OS_PASSWORD": ...}` beside its TestCase classes)
        inTestScope(ctx, r.node)
          ? { ...r, severity: "LOW" }
          : testSettingsModule(ctx)
            ? { ...r, severity: "LOW", reason: TEST_SETTINGS_REASON }
            : r,
      );
    if (node.type === "call") {
      // The signing key is positional here: jwt.encode(payload, key), jwt.decode(token, key), hmac.new(key, ...).
      const q = ctx.callee(node);
      const key = /^(jwt|jose\.jwt)\.(encode|decode)$/.test(q)
        ? ctx.arg(node, 1, "key")
        : q === "hmac.new"
          ? ctx.arg(node, 0, "key")
          : undefined;
      if (key && isCredential(ctx, "secret_key", key)) {
        report({ node, message: `hard-coded key passed to ${q}()` });
        return;
      }
      // python-ldap: conn.simple_bind_s(dn, "password").
      const pw = /^(simple_bind_s|simple_bind|bind_s)$/.test(ctx.method(node))
        ? ctx.arg(node, 1, "cred")
        : undefined;
      if (pw) {
        if (isCredential(ctx, "password", pw))
          report({ node, message: `hard-coded password passed to ${ctx.method(node)}()` });
        return;
      }
      // A secret's fallback: os.getenv('API_KEY', 'sk-...'), os.environ.get(...), os.environ.setdefault(...).
      if (/^(os\.getenv|os\.environ\.get|os\.environ\.setdefault)$/.test(q)) {
        const name = ctx.stringValue(ctx.args(node)[0]) ?? "";
        // `os.environ.get('DB_PASSWORD') or 'pw'`: the literal after `or` is the fallback all the same.
        const up = node.parent;
        const orElse =
          up?.type === "boolean_operator" &&
          up.children.some((c) => c.type === "or") &&
          field(up, "left")?.start === node.start
            ? field(up, "right")
            : undefined;
        const fallback = ctx.args(node)[1] ?? ctx.kwarg(node, "default") ?? orElse;
        if (fallback && isCredential(ctx, name, fallback))
          report({ node, message: `hard-coded fallback for ${name}` });
        return;
      }
      // HTTP auth objects and tuples: HTTPBasicAuth('svc', 'pw'), requests.get(url, auth=('svc', 'pw')).
      // (pika's PlainCredentials('svc', 'pw') and aiohttp's BasicAuth take the pair the same way.)
      if (
        /(^|\.)(HTTPBasicAuth|HTTPDigestAuth|HTTPProxyAuth|BasicAuth|DigestAuth|PlainCredentials)$/.test(q)
      ) {
        if (isCredential(ctx, "password", ctx.arg(node, 1, "password")))
          report({ node, message: `hard-coded password passed to ${q.split(".").pop()}()` });
        return;
      }
      const auth = ctx.kwarg(node, "auth");
      if (auth?.type === "tuple" && isCredential(ctx, "password", namedChildren(auth)[1])) {
        report({ node, message: "hard-coded password in an auth=(user, password) pair" });
        return;
      }
      // libpq/ODBC keyword DSNs: psycopg2.connect("dbname=app user=app password=s3cret host=db").
      // (or a module constant holding one: `DSN = "host=db ... password=..."` then connect(DSN))
      const dsnNode = ctx.resolve(ctx.args(node)[0] ?? ctx.kwarg(node, "dsn"));
      const dsn = dsnNode?.type === "string" ? ctx.stringValue(dsnNode) : undefined;
      const kv = dsn ? /(?:^|[\s;])(?:password|pwd)\s*=\s*'?([^\s;']+)/i.exec(dsn) : null;
      if (
        kv &&
        /(?:^|[\s;])(?:host|dbname|user|uid|server|database|port|driver)\s*=/i.test(dsn!) &&
        isUrlSecret(kv[1]!)
      ) {
        report({ node, message: "hard-coded password in a connection string" });
        return;
      }
      // A connection URL with the password in it: create_engine('postgresql://app:pw@db/app'), MongoClient(...).
      // http:// URLs are PY-CLEAR-001's (cleartext too).
      const scheme = urlWithPassword(ctx, ctx.args(node)[0] ?? ctx.kwarg(node, "url"));
      if (scheme) report({ node, message: `hard-coded password in a ${scheme} connection URL` });
      return;
    }
    let nameNode: SyntaxNode | undefined;
    let value: SyntaxNode | undefined;
    if (node.type === "assignment") {
      nameNode = field(node, "left");
      value = field(node, "right");
      // `password = fallback = "..."`: every target of a chained assignment holds the final value.
      while (value?.type === "assignment") value = field(value, "right");
      if (nameNode?.type === "subscript") nameNode = field(nameNode, "subscript") ?? nameNode;
    } else if (node.type === "pair") {
      nameNode = field(node, "key");
      value = field(node, "value");
    } else if (node.type === "keyword_argument" || node.type.endsWith("default_parameter")) {
      // url.translate_connect_args(password="passwd"), df.rename(...): keywords that map one name to another.
      const call = node.parent?.parent;
      if (
        node.type === "keyword_argument" &&
        call?.type === "call" &&
        /^(translate|rename|alias|map)/i.test(ctx.method(call))
      )
        return;
      nameNode = field(node, "name");
      value = field(node, "value");
      // FTP(host, user="anonymous", passwd="me@example.org"): anonymous FTP's conventional password.
      if (node.type === "keyword_argument" && call?.type === "call" && anonymousLogin(ctx, call)) return;
    }
    if (!nameNode || !value) return;
    const rawName = ctx.stringValue(nameNode) ?? ctx.text(nameNode);
    // A table keyed by qualified type names ("Vendor::Api::ApiKey": "<schema hash>") names types, not secrets.
    if (rawName.includes("::")) return;
    const name = rawName.split(".").pop() ?? rawName;
    // {"username": "email", "password": "password"}: an entry naming itself maps field names, it holds no secret.
    // (So does the same entry written by item: `info["private_key"] = "private_key"`, a fake's field filled with
    // its own name.)
    if (
      (node.type === "pair" || (node.type === "assignment" && nameNode.type === "string")) &&
      ctx.stringValue(value)?.toLowerCase() === rawName.toLowerCase()
    )
      return;
    // {TOKEN_EOF: "end of template"}: a table keyed by constants (token types, enum members) maps values to
    // descriptions; a value of several words there is prose, not a passphrase.
    if (node.type === "pair" && nameNode.type !== "string" && /\S\s+\S/.test(ctx.stringValue(value) ?? ""))
      return;
    // A generated model's type map (`swagger_types = {"secret": "V1SecretVolumeSource"}`, `openapi_types`): each
    // value names the attribute's type.
    if (node.type === "pair" && typeMapEntry(ctx, node, value)) return;
    // {PrivateKey: "private", Passphrase: "passphrase"}: a table keyed by classes whose value is a lower-case word
    // of the class's own name labels the kind, it holds no secret.
    if (node.type === "pair" && /^(identifier|attribute)$/.test(nameNode.type) && /^[A-Z][a-z]/.test(name)) {
      const label = ctx.stringValue(value) ?? "";
      if (/^[a-z]{3,}$/.test(label) && squash(name).includes(label)) return;
    }
    // {"Authorization": "Bearer 9f8e..."}: a bearer token or basic credentials written into a header.
    if (
      /^(proxy-)?authorization$/i.test(name) &&
      /^(bearer|basic|token)\s+[A-Za-z0-9._~+/=-]{16,}$/i.test(ctx.stringValue(value) ?? "")
    ) {
      report({ node, message: "hard-coded credentials in an Authorization header" });
      return;
    }
    // {"pass valley yali": "yac", "secret society language": "xss"}: a key of several words that does not end in
    // the secret's word names something else (a place, a language); a credential's label ends in it ("db password").
    if (
      node.type === "pair" &&
      nameNode.type === "string" &&
      /^\S+(\s+\S+)+$/.test(rawName.trim()) &&
      !SECRET_NAME.test(rawName.trim().split(/\s+/).pop()!)
    )
      return;
    if (node.type === "assignment" && categoryToken(ctx, nameNode, ctx.stringValue(value) ?? "")) return;
    // multiprocessing's Client / Listener / managers (`authkey=b"..."`): the shared key every peer proves it holds
    // before its pickles are read; a literal one is known to whoever reads the code.
    // (`authkey="s3cret".encode()` spells the same bytes)
    const keyText =
      value.type === "call" && ctx.method(value) === "encode" && !ctx.args(value).length
        ? field(field(value, "function") ?? value, "object")
        : value;
    if (node.type === "keyword_argument" && name === "authkey" && isCredential(ctx, "secret", keyText)) {
      report({ node, message: "hard-coded multiprocessing authkey" });
      return;
    }
    if (!isCredential(ctx, name, value)) {
      // A settings entry holding a connection URL with its password: CACHES = {"LOCATION": "redis://:pw@cache"}.
      const scheme = value.type === "string" ? urlWithPassword(ctx, value) : undefined;
      if (scheme) report({ node, message: `hard-coded password in a ${scheme} connection URL` });
      return;
    }
    // SECRET_KEY = "aws_secret_access_key" read back as creds[self.SECRET_KEY] or config.get(SECRET_KEY): the
    // constant names the field a secret is looked up under.
    if (node.type === "assignment" && usedAsLookupKey(ctx, name)) return;
    if (node.type === "assignment" && fieldNameTable(ctx, node)) return;
    report({ node, message: `hard-coded credential in '${name}'` });
  },
  cases: {
    valid: [
      // A kind's name in UpperCamelCase; a token's owner (a role) and intended use (a mode).
      'class Kind:\n    ACCESS_TOKEN = "AccessToken"\n    REFRESH_TOKEN = "RefreshToken"',
      'def f(ml, c):\n    ml.get_requests(token_owner="moderator")\n    return c.obtain(data=dict(requested_token_use="on_behalf_of"))',
      "import os, pika\nc = pika.PlainCredentials('svc', os.environ['MQ_PASS'])",
      "import os\nfrom multiprocessing.connection import Client\nc = Client(('sched', 6000), authkey=os.environ['K'].encode())",
      // A generated model's type map, a table labelling key classes, anonymous FTP's e-mail convention.
      "class V1Volume:\n    def __init__(self):\n        self.swagger_types = {'name': 'str', 'secret': 'V1SecretVolumeSource', 'token': 'list[V1TokenRequest]'}",
      "from keys import passphrase, private_key\nKINDS = {private_key.PrivateKey: 'private', passphrase.Passphrase: 'passphrase'}",
      "from ftplib import FTP\ndef ls(host):\n    with FTP(host, user='anonymous', passwd='archive@example.org') as ftp:\n        return ftp.nlst()",
      // A fixture's token of one repeated digit; a token that is a grammar's or a protocol's hyphenated keyword.
      "class DummyDevice:\n    def __init__(self):\n        self.info = {'model': 'x.v1', 'token': '68ffffffffffffffffffffffffffffff'}",
      "def label(box):\n    css_token = 'bookmark-label'\n    return box.compute(css_token)",
      "def upload(session, url, f):\n    headers = {'X-Atlassian-Token': 'no-check'}\n    return session.post(url, files={'file': f}, headers=headers)",
      // "pass" as the verb in an option's name; anonymous FTP's conventional password.
      "OPTION_MAP = dict(pass_filename_extensions='pass_extensions', pass_mime_types='pass_types')",
      "class FtpReader:\n    def __init__(self, host, user='anonymous', password='anonymous@'):\n        self._user, self._password = user, password",
      // Flags of the tool the settings are passed to, and a metadata service's token route.
      "OPTS = {'passwd': '--password', 'passphrase': '--passphrase-fd'}\nAPI_TOKEN_ROUTE = 'latest/api/token'",
      "URLS = {'REQUEST_TOKEN': 'oauth/request_token/', 'ACCESS_TOKEN': 'oauth/access_token/'}",
      "from enum import Enum\nclass SecuritySchemeType(Enum):\n    apiKey = 'apiKey'\n    http = 'http'\n    oauth2 = 'oauth2'",
      "SIMPLE_JWT = {'USER_ID_CLAIM': 'user_id', 'SLIDING_TOKEN_REFRESH_EXP_CLAIM': 'refresh_exp'}",
      "import pysftp\ndef f(h):\n    return pysftp.Connection(h, username='u', private_key='~/.ssh/id_ed25519')",
      "import paramiko\ndef f(c, h):\n    c.connect(h, username='u', key_filename='/etc/app/deploy.pem')",
      "SSL_KEY = '/etc/ssl/private/app.key'\nSIGNING_KEY_PATH = 'keys/signing.pem'",
      "def client(secret=None, token_endpoint_auth_method=None):\n    if token_endpoint_auth_method is None:\n        token_endpoint_auth_method = 'client_secret_basic' if secret else 'none'\n    return token_endpoint_auth_method",
      "def meta(m):\n    m['token_endpoint_auth_method'] = 'client_secret_post'\n    m['secret_algorithm'] = 'HS256'\n    return m",
      'def configure(upgrade_token: str = "upgrades", downgrade_token: str = "downgrades"):\n    return upgrade_token',
      'class Consumer:\n    _token = "last_token"',
      "DEFAULT_TOKEN_CHARS = '345679ACEFGHJKLMNPQRSTUVWXY'\nSECRET_CHARSET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'",
      "class Authorizer:\n    msg_wrong_password = 'Login incorrect.'",
      "DEBUG_TOKEN_ADDR = '0x5b1869D9A4C187F2EAa108f3062412ecf0526b24'\nDEBUG_TOKEN_ADDR_SRC = 'envvar $DEBUG_TOKEN_ADDR'",
      'session._client_default_token_placement = "query"',
      'CONFIG_CREDENTIAL = "%(folder_url)sjob/%(short_name)s/credential/%(name)s/config.xml"',
      'LIMITS = {"change_password": "5/m", "reset_password": "20/m/ip"}',
      "PASSWORD = 'urn:oasis:names:tc:SAML:2.0:ac:classes:Password'\nINVALID_PASSWORD = '28P01'",
      "from pygments.token import Token\nstyles = {Token: '#c5c8c6'}",
      "IDENT_TOKEN = r'[A-Za-z_]\\w*'",
      "def f(endpoint, default_token='Bearer'):\n    return endpoint",
      "refresh_token_key = 'refresh_token'",
      "import os\nPW = os.getenv('DB_PASSWORD', '')",
      "import os\nHOST = os.getenv('DB_HOST', 'localhost')",
      "from sqlalchemy import create_engine\nengine = create_engine('postgresql://app:{pw}@db/app'.format(pw=p))",
      "from sqlalchemy import create_engine\nengine = create_engine('postgresql://app:password@db/app')",
      "from sqlalchemy import create_engine\nengine = create_engine('postgresql://db/app')",
      "import jwt, os\ntok = jwt.encode(claims, os.environ['JWT_KEY'], algorithm='HS256')",
      "import os\npassword = os.environ['PW']",
      "password = ''",
      "import os\npassword = backup = os.environ['PW']",
      "import os, psycopg2\nconn = psycopg2.connect('dbname=shop user=shop host=db password=' + os.environ['PW'])",
      "import os, psycopg2\nDSN = f\"dbname=shop user=shop host=db password={os.environ['PW']}\"\nconn = psycopg2.connect(DSN)",
      "import os, requests\nr = requests.get(u, auth=('svc', os.environ['SVC_PW']))",
      "password_template = 'auth/reset.html'",
      "api_key = None",
      "PASSWORD_ENV = 'APP_PASSWORD'",
      "build_vars = {'MODULE_PWD_STATE': 'yes'}",
      "topics = {'pass': 'The pass statement does nothing; it is used where a statement is required.'}",
      "LOGIN_FIELDS = {'username': 'email', 'password': 'password'}",
      // A protocol's one-byte method code; the mask a recording processor writes in place of a password.
      'class Method:\n    NO_AUTH = b"\\x00"\n    USERNAME_PASSWORD = b"\\x02"',
      "class Replacer:\n    PWD_REPLACEMENT = 'ReplacedSPPassword123*'",
      "def fake_keypair(info):\n    info['private_key'] = 'private_key'\n    return info",
      "BROKER = {'url': 'redis://:{pw}@cache:6379/0'}",
      "PAGES = {'list_items': {'input_token': 'next_token', 'limit_key': 'max_results'}}",
      "attribute_map = {'secret_key_ref': 'secretKeyRef'}",
      "PROP_API_KEY_SOURCE = 'apiKeySource'",
      "_TOKEN_KEY = 'key'",
      "ACL_CREDENTIALS = 'Access-Control-Allow-Credentials'",
      "HASHES = {'AWS::IAM::AccessKey': '72c2d9dd90025459'}",
      "def opts(defaults):\n    token = 'csrf_token'\n    return token",
      "_DEFAULT_TOKEN = '_sa_default'",
      "USR_NAME_OK_NEED_PASS = '331.1'",
      "def args(url):\n    return url.translate_connect_args(username='user', password='passwd')",
      "class Src:\n    SECRET_KEY = 'CloudSecretKey'\n    def load(self, creds):\n        return creds[self.SECRET_KEY]",
      "JSON_PRIVATE_KEY_KEY = 'private_key'",
      // A constants module naming request fields, each holding its own name.
      "LISTENER_ID = 'listener_id'\nPASSPHRASE = 'passphrase'\nPRIVATE_KEY = 'private_key'\nPROJECT_ID = 'project_id'",
      "TOKEN_PREFIX = 'cluster-auth-v1.'",
      "_SECRET_NAME_PART = r'(?P<secret>[a-zA-Z0-9_-]{1,255})'",
      "DESC = {TOKEN_EOF: 'end of template'}",
      "pager(current_token_attribute='pageToken')",
      "access_key_last_rotated = 'N/A'",
      "import os\nTOKEN_TTL = int(os.getenv('TOKEN_TTL', '3600'))",
      "ERROR_BAD_PASSWORD = 'Invalid password'",
      "TOKEN_CACHE_KEY = 'oauth_token'",
      "DONE_TOKEN = 'done.'",
      "HEADERS = {'Authorization': 'Bearer ' + token}",
      "class App:\n    GRANT_PASSWORD = 'password'\n    GRANT_CLIENT_CREDENTIALS = 'client-credentials'",
      "DEFAULTS = {'CLIENT_SECRET_GENERATOR_CLASS': 'idp.generators.ClientSecretGenerator'}",
      "ID_TOKEN_ADMIN_CLASS = 'idp.admin.IDTokenAdmin'",
      "_CREDENTIALS_KEY = 'google_oauth2_credentials'",
      "UNAUTHORIZED_TOKEN_SUFIX = 'unauthorized_token_name'",
      // A table keyed by names of several words; a formula token set to a keyword it is also compared with.
      "LANGS = {'pass valley yali': 'yac', 'secret society language': 'xss'}",
      "def autofilter(op, token):\n    if token == 'blanks':\n        token = ' '\n    else:\n        token = 'blanks'\n    return op, token",
    ],
    invalid: [
      'ACCESS_TOKEN = "accesstoken"',
      'class C:\n    Token = "Xk3JdQ9wLm"',
      { code: "import pika\nc = pika.PlainCredentials('svc', 'Rabb1t-Pr0d-2024')", line: 2 },
      {
        code: "from multiprocessing.connection import Client\nc = Client(('sched', 6000), authkey=b'secret-password')",
        line: 2,
      },
      {
        code: "from multiprocessing.connection import Client\nc = Client(('sched', 6000), authkey='s3cr3t-key'.encode())",
        line: 2,
      },
      // A token with a slash in it is still a token.
      "DEPLOY = {'ACCESS_TOKEN': 'k3Xr9/aQ2mZ7pL0vB8nW'}",
      "from ftplib import FTP\ndef push(host):\n    return FTP(host, user='backup', passwd='Hx7!qPz2w')",
      "class Cfg:\n    def __init__(self):\n        self.secret_types = {'db_password': 'hunter22'}",
      // A random-looking token, and a password of hyphenated words (a passphrase), stay reported.
      "class Device:\n    def __init__(self):\n        self.info = {'token': '68f3a9c2b1d04e7fa5c6b8d9e0f1a2b3'}",
      "DB_PASSWORD = 'correct-horse-battery-staple'",
      // A helper method of a TestCase subclass whose base is the suite's own TestCase base: fixture, LOW.
      {
        code: "import os\nclass ArchiverTestCase(ArchiverTestCaseBase):\n    def verify_counter(self, method):\n        os.environ['BORG_PASSPHRASE'] = 'passphrase'\n        self.cmd('init', method)",
        severity: "LOW",
      },
      // A pass-through option that still names a secret; a password that only starts like a stand-in.
      "OPTS = dict(pass_api_key='k3y-Vq81xZ')",
      "DB_PASSWORD = 'anonymous1-Qz8'",
      // A password with dashes and slashes in it is still one.
      "DB_PASSWORD = 'x9--Fq/zz7'",
      "GRANT_PASSWORD = 'Gr4nt-Pa55!x'",
      "CREDENTIALS_KEY = 'f3a9c1e7b2d4'",
      'my_secret = "my_secret"',
      // Alone, or beside other secrets only, a constant holding its own name is a weak default.
      { code: "DEBUG = True\nADMIN_PASSWORD = 'admin_password'\nPORT = 8080", line: 2 },
      'DEPLOY_TOKEN = "q8Ve2LxT0pWm4NsRjc7KfYbH3aDgUz9E"',
      { code: "import os\nKEY = os.getenv('STRIPE_API_KEY', 'sk_live_51HxQ2eK8f9Zp')", line: 2 },
      { code: "import os\nos.environ.setdefault('DJANGO_SECRET_KEY', 'x8#k2!pq9-z@v3m$w7')", line: 2 },
      {
        code: "from sqlalchemy import create_engine\nengine = create_engine('postgresql://app:Sup3rS3cret@db/app')",
        line: 2,
      },
      {
        code: "import jwt\ndef issue(u):\n    return jwt.encode({'sub': u}, 'my-signing-key', algorithm='HS256')",
        line: 3,
      },
      { code: "import hmac\nsig = hmac.new(b'k3y-material-2024', msg, 'sha256')", line: 2 },
      "password = 'hunter2!'",
      "def c(db):\n    return db.connect(user='root', password='passwd')",
      "PIN_PASSWORD = '4711'",
      { code: "def f(cfg):\n    cfg.db_password = cfg.fallback = 'Tr0ub4dor&3'", line: 2 },
      "import ldap\nc = ldap.initialize('ldaps://h')\nc.simple_bind_s('cn=admin,dc=x', 'Adm1nPassw0rd')",
      "conn = connect(host='db', password='s3cret99')",
      "import psycopg2\nconn = psycopg2.connect('dbname=shop user=shop password=Sh0pP4ss host=db')",
      "import psycopg2\nDSN = 'host=db1 dbname=postgres user=monitor password=Mon1tor!2024'\ndef f():\n    return psycopg2.connect(DSN)",
      "import requests\nfrom requests.auth import HTTPBasicAuth\nr = requests.get(u, auth=HTTPBasicAuth('svc', 'Svc-Pa55word'))",
      "import requests\nr = requests.get(u, auth=('svc', 'Svc-Pa55word'))",
      "config = {'api_key': 'AKd83jf9sLq'}",
      "CACHES = {'default': {'LOCATION': 'redis://:r3d1s-s3cret@cache:6379/0'}}",
      "BROKER_URL = 'amqp://admin:Rabb1t-Pr0d@mq:5672//'",
      "self.secret_key = 'dev-key-123'",
      "def connect(host: str, password: str = 'changeme123'):\n    return db.connect(host, password=password)",
      "app.secret_key = 'super_secret_key'",
      "SECRET_KEY = 'q8Vt2nWz+Lr5Yp0sXc7Kd3Hf9Jm1'\napp.config['SECRET_KEY'] = SECRET_KEY",
      { code: "HEADERS = {'Authorization': 'Bearer 9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c'}", line: 1 },
      "backup_passphrase = 'correct horse battery staple 42'",
      "headers['X-API-Key'] = '9c1f7e2a4b6d8f0a1c3e5b7d9f2a4c6e'",
      {
        code: "from django.test import TestCase\nclass LoginTest(TestCase):\n    def test_login(self):\n        self.client.login(username='alice', password='alice-test-pw')",
        line: 4,
        severity: "LOW",
      },
      {
        // A suite named ...Tests built by a factory (unittest naming): its canned provider response.
        code: "class ShopTests(create_oauth2_tests(PROVIDER)):\n    def get_login_response_json(self):\n        return {'access_token': 'q8Ve2LxT0pWm4Nsz', 'scope': 'read'}",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import pytest\n@pytest.fixture\ndef admin():\n    return make_user(password='fixture-Pw-91')",
        line: 4,
        severity: "LOW",
      },
      {
        // A known-answer test's published vectors.
        code: "TEST_VECTORS = [\n    {'email': 'a@example.com', 'password': 'secret123', 'iterations': 4096},\n]",
        line: 2,
        severity: "LOW",
      },
      {
        // The top level of a test module (a framework import beside a suite's test class): its fake environment.
        code: "from unittest import mock\nFAKE_ENV = {'OS_USERNAME': 'u', 'OS_PASSWORD': 'Pw-fake-91x'}\nclass TestShell(utils.TestShell):\n    pass",
        line: 2,
        severity: "LOW",
      },
      {
        // A test-support module (fakes beside a mock import) and a test double's canned response.
        code: "from unittest import mock\nAUTH_TOKEN = 'q8Ve2LxT0pWm4Nsz'\nclass FakeApp(object):\n    pass",
        line: 2,
        severity: "LOW",
      },
      {
        code: "class FakeSessionClient(base.SessionClient):\n    def get_password(self, **kw):\n        return {'password': 'Zk81-fake-pw'}",
        line: 3,
        severity: "LOW",
      },
      // A class named Test... without a test framework in the module is no test: the credential stays HIGH.
      { code: "class TestingConfig:\n    DEBUG = True\nDB_PASSWORD = 'hunter2-Prod-9'", line: 3 },
      // A label ending in the secret's word; a token compared with a variable only.
      { code: "LOGINS = {'db password': 'hunter2-Prod-9'}", line: 1 },
      { code: "def f(expected):\n    token = 'qzxvtrewmn'\n    return token == expected", line: 2 },
      // An Enum member holding a value other than its own name.
      { code: "from enum import Enum\nclass Defaults(str, Enum):\n    PASSWORD = 'Hunter2-prod!'", line: 3 },
      // ... but not a table merely named for what it is used for.
      { code: "VECTOR_DB = {'password': 'hunter2-Prod-9'}", line: 1 },
    ],
  },
});
