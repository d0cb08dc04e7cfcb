import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, nodesOfType } from "../../parse/nodes.js";
import { SECRET_NAME, apiGatewayEvent, pyRule, serverlessModule } from "./common.js";
import { CVV, PAN } from "./PY-CARDDATA-001.js";
import { handlerOf } from "./web.js";

const LOG_METHODS = /^(debug|info|warning|warn|error|critical|exception|log)$/;
const LOGGER =
  /^(logging|logger|log|_log|_logger|LOG|LOGGER|self\.logger|self\.log|app\.logger|current_app\.logger)$|logger/i;
/**
 * Names that say the value is derived from a secret rather than the secret itself, or is the object that handles
 * one (`token_type_handler`, `token_generator`, `token_validator`), or a count of tries at it
 * (`_credential_refresh_attempt`), or where it is kept (`cookie_secret_file`, `key_path`: a file's name).
 */
const DERIVED =
  /(hash|hashed|digest|len|length|count|expir\w*|seconds|secs|interval|timeout|ttl|type|name|id|field|policy|reset_url|masked|redacted|store|pos|position|offset|index|provider|helper|handlers?|class|factory|generator|validator|backend|manager|method|attempts?|tries|retries|retry|_file|_path|_dir|_directory)$/i;

/** The fields of a secret store's answer that hold the secret (AWS Secrets Manager's get_secret_value). */
const SECRET_FIELD = /^Secret(String|Binary)$/;
/** The attribute that holds a secret object's content: `token.value`, `key.plaintext`, `secret.raw`. */
const SECRET_CONTENT = /^(value|raw|plain(text)?|string|hex)$/;
/** One-time passwords and second-factor codes: as secret as the password while they are valid. */
const OTP_NAME = /^(t|h)?otp(_?code)?$|^(mfa|2fa|totp|otp|verification)_code$/i;
/** A position in a paged listing (`next_token`, `self._starting_token`, `continuation_token`): a cursor, no credential. */
const PAGE_TOKEN =
  /(^|_)(next|prev|previous|page|starting|start|continuation|resume|pagination|sync|cache|version|change)_?token$/i;
/**
 * A check's outcome about a secret (`token_ok`, `is_token_valid`, `has_api_key`, `password_available`): a boolean,
 * not the secret.
 */
const VERDICT =
  /(^|_)(ok|valid|invalid|present|missing|exists|available|matches|matched|verified|checked|expired|required|enabled)$|^(is|has)_/i;
// A card's full number or its security code (PCI DSS forbids logging either; the code may not be kept at all).
const isSecretName = (name: string) =>
  (SECRET_NAME.test(name) || OTP_NAME.test(name) || CVV.test(name) || PAN.test(name)) &&
  !DERIVED.test(name) &&
  !PAGE_TOKEN.test(name) &&
  !VERDICT.test(name);

/** Variables and attributes named like secrets among a log call's arguments (f-string parts included). */
/**
 * A bare `token` the function compares with string literals (`if token == "proto"`, `token in ("for", "by")`): a
 * word of parsed text (a header field's parameter name, a lexer's token), not a credential.
 */
function lexicalToken(ctx: PythonContext, n: SyntaxNode): boolean {
  const name = ctx.text(n);
  // (`current_token`, `name_token`: a parser's or completer's token under a qualifier.)
  if (!/^(\w+_)?(tok|token)$/i.test(name)) return false;
  const fn = ctx.enclosingFunction(n);
  if (!fn) return false;
  const body = ctx.text(fn);
  const re = new RegExp(
    `\\b${name}\\s*(==|!=|not\\s+in|in)\\s*[(\\[{]?\\s*[rbuRBU]?['"]|['"]\\s*(==|!=)\\s*${name}\\b`,
  );
  if (re.test(body)) return true;
  // A token of a parsed stream: asked what kind it is (`name_token.is_slash_name()`, `tok.is_keyword("def")`; not
  // whether it is still good, `token.is_expired()`) or taken with next() from a token stream (`next(tokens)`).
  return new RegExp(
    `(?<![\\w.])${name}\\.is_(?!(valid|expired|revoked|active|stale|fresh|alive|usable)\\b)\\w+\\(|(?<![\\w.])${name}\\s*=\\s*next\\(\\s*[\\w.]*(tokens|toks|tokenizer|lexer)\\s*[,)]`,
    "i",
  ).test(body);
}

/**
 * Per %-conversion of a format string, whether it prints a float (`%.4f`, `%e`, `%g`): a value with decimals, such
 * as a pan angle, never a card number, code or key. undefined when a conversion is keyed (`%(name)s`) or starred.
 */
function floatConversions(fmt: string): boolean[] | undefined {
  const out: boolean[] = [];
  for (const m of fmt.matchAll(/%(\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([a-zA-Z%])/g)) {
    if (m[4] === "%") continue;
    if (m[1] || m[2] === "*" || m[3] === "*") return undefined;
    out.push(/^[eEfFgG]$/.test(m[4]!));
  }
  return out;
}

/** The values of `fmt % (a, b)` or a log call's lazy `(fmt, a, b)` that are printed as floats. */
function floatFormatted(
  ctx: PythonContext,
  fmt: SyntaxNode | undefined,
  values: readonly SyntaxNode[],
): Set<SyntaxNode> {
  const text =
    fmt?.type === "string" && !fmt.children.some((c) => c.type === "interpolation")
      ? ctx.stringValue(fmt)
      : undefined;
  const conv = text !== undefined ? floatConversions(text) : undefined;
  return new Set(conv && conv.length === values.length ? values.filter((_, i) => conv[i]) : []);
}

function secretArgs(ctx: PythonContext, args: readonly SyntaxNode[]): string[] {
  const out: string[] = [];
  const floats = floatFormatted(ctx, args[0], args.slice(1));
  const visit = (n: SyntaxNode, depth: number) => {
    if (depth > 6 || floats.has(n)) return;
    if (n.type === "binary_operator" && n.children.some((c) => c.type === "%")) {
      const right = field(n, "right");
      const vals = right?.type === "tuple" ? namedChildren(right) : right ? [right] : [];
      for (const f of floatFormatted(ctx, field(n, "left"), vals)) floats.add(f);
    }
    if (n.type === "identifier" || n.type === "attribute") {
      const name = n.type === "attribute" ? ctx.text(field(n, "attribute") ?? n) : ctx.text(n);
      if (isSecretName(name) && !(n.type === "identifier" && lexicalToken(ctx, n))) out.push(name);
      // `token.value`, `api_key.raw`: the content of an object named like the secret is the secret itself
      // (its other attributes, `token.expires_at`, `token.user`, are not).
      else if (n.type === "attribute" && SECRET_CONTENT.test(name)) {
        const obj = field(n, "object");
        const owner =
          obj?.type === "attribute" ? ctx.text(field(obj, "attribute") ?? obj) : obj ? ctx.text(obj) : "";
        if (obj && /^(identifier|attribute)$/.test(obj.type) && isSecretName(owner))
          out.push(`${owner}.${name}`);
      }
      return;
    }
    // What a choice logs is one of its values, never its test: `"Refreshing" if self.access_token else "Setting"`
    // logs a word; `token and "set"` logs "set" or a falsy (empty) token; `token is None` logs a bool.
    if (n.type === "comparison_operator" || n.type === "not_operator") return;
    if (n.type === "conditional_expression") {
      const [a, , b] = namedChildren(n);
      for (const c of [a, b]) if (c) visit(c, depth + 1);
      return;
    }
    if (n.type === "boolean_operator" && n.children.some((c) => c.type === "and")) {
      const r = field(n, "right");
      if (r) visit(r, depth + 1);
      return;
    }
    // token[-4:], api_key[:6]: a few characters of the secret, the usual masked form.
    if (n.type === "subscript" && n.children.some((c) => c.type === "slice")) return;
    // token_response["expires_in"], creds["password"]: an item named by a literal key is what the key says,
    // whatever the container is called.
    if (n.type === "subscript") {
      const key = ctx.stringValue(field(n, "subscript"));
      if (key !== undefined && /^[\w-]+$/.test(key)) {
        if (isSecretName(key) || SECRET_FIELD.test(key)) out.push(key);
        return;
      }
    }
    if (n.type === "call") {
      // len(password), mask(token), hash(...): not the secret itself; pydantic's SecretStr.get_secret_value()
      // is the one call that unwraps it.
      if (ctx.method(n) === "get_secret_value") out.push(ctx.text(n));
      return;
    }
    for (const c of namedChildren(n)) visit(c, depth + 1);
  };
  for (const a of args)
    if (a.type !== "string" || a.children.some((c) => c.type === "interpolation")) visit(a, 0);
  return out;
}

/** A call that returns a secret: getpass.getpass(), get_password(), load_db_password(). */
function secretCall(ctx: PythonContext, call: SyntaxNode): string | undefined {
  const q = ctx.callee(call);
  const last = q.split(".").pop() ?? "";
  if (q === "getpass.getpass" || q === "getpass") return "getpass()";
  // (`abc.get_cache_token()`: a version counter of the ABC caches, no credential.)
  return SECRET_NAME.test(last) &&
    !DERIVED.test(last) &&
    !PAGE_TOKEN.test(last) &&
    /^(get|load|read|fetch)_?/i.test(last)
    ? `${last}()`
    : undefined;
}

/** Secret values among the arguments by where they come from: a secret-returning call, or a name bound to one. */
function secretSources(ctx: PythonContext, args: readonly SyntaxNode[]): string[] {
  const out: string[] = [];
  const visit = (n: SyntaxNode, depth: number) => {
    if (depth > 6) return;
    if (n.type === "call") {
      const s = secretCall(ctx, n);
      if (s) out.push(s);
      return;
    }
    if (n.type === "identifier") {
      const v = ctx.valueOf(n);
      const s = v?.type === "call" ? secretCall(ctx, v) : undefined;
      if (s) out.push(ctx.text(n));
      // A string built around a secret: dsn = f"postgresql://{user}:{DB_PASSWORD}@db/app", "...&token=" + token.
      else if (v && (v.type === "string" || v.type === "binary_operator") && secretArgs(ctx, [v]).length)
        out.push(ctx.text(n));
      else if (v?.type === "call" && ctx.method(v) === "format" && secretArgs(ctx, ctx.args(v)).length)
        out.push(ctx.text(n));
      else if (v?.type === "call" && urlAroundSecret(ctx, v)) out.push(ctx.text(n));
      return;
    }
    // `token["expires_in"]`, `creds.user` of a secret loader's answer: a field named for something else is that
    // thing; only a secret's own field (`token["access_token"]`, `key.value`) carries the secret on.
    const part =
      n.type === "subscript"
        ? ctx.stringValue(field(n, "subscript"))
        : n.type === "attribute"
          ? ctx.text(field(n, "attribute") ?? n)
          : undefined;
    if (part !== undefined && /^[\w-]+$/.test(part)) {
      const obj = field(n, n.type === "subscript" ? "value" : "object");
      if (obj && (isSecretName(part) || SECRET_CONTENT.test(part))) visit(obj, depth + 1);
      return;
    }
    for (const c of namedChildren(n)) visit(c, depth + 1);
  };
  for (const a of args) visit(a, 0);
  return out;
}

/** Handlers that receive a credential in their body: a login, sign-up, password or token endpoint. */
const CREDENTIAL_HANDLER = /login|log_in|signin|sign_in|signup|sign_up|register|passw|auth|token|reset/i;

/** Header names that carry a credential. */
const CREDENTIAL_HEADER =
  /^(authorization|proxy-authorization|cookie|x-[\w-]*(key|token|secret|auth)[\w-]*)$/i;

/** A name or `self.attr` bound to a dict literal holding a credential header (`{"Authorization": ...}`). */
function credentialHeaders(ctx: PythonContext, a: SyntaxNode): boolean {
  const v =
    a.type === "identifier"
      ? ctx.valueOf(a)
      : a.type === "attribute" && /^self\./.test(ctx.text(a))
        ? ctx.selfAttrValue(a)
        : undefined;
  return (
    v?.type === "dictionary" &&
    namedChildren(v).some(
      (p) => p.type === "pair" && CREDENTIAL_HEADER.test(ctx.stringValue(field(p, "key")) ?? ""),
    )
  );
}

/** URL builders: what they return carries their arguments (a reset token in the path or the query). */
const URL_BUILDER = /^(build_absolute_uri|reverse|reverse_lazy|url_for|urljoin|urlencode|urlunparse)$/;

/** `request.build_absolute_uri(reverse("reset", args=[token]))`: a URL built around a secret-named value. */
function urlAroundSecret(ctx: PythonContext, call: SyntaxNode, depth = 0): boolean {
  if (depth > 4 || !URL_BUILDER.test(ctx.method(call) || (ctx.callee(call).split(".").pop() ?? "")))
    return false;
  const parts: SyntaxNode[] = [];
  for (const c of namedChildren(field(call, "arguments") ?? call)) {
    const v = c.type === "keyword_argument" ? field(c, "value") : c;
    if (!v) continue;
    if (v.type === "list" || v.type === "tuple" || v.type === "dictionary") parts.push(...namedChildren(v));
    else parts.push(v);
  }
  return parts.some((p) => {
    const v = p.type === "pair" ? field(p, "value") : p;
    if (!v) return false;
    if (v.type === "call") return urlAroundSecret(ctx, v, depth + 1);
    return secretArgs(ctx, [v]).length > 0;
  });
}

/**
 * A whole request part dumped into a log: the headers (Authorization, Cookie), the cookies (the session), or the
 * body of a handler that receives a password or token. `dict(...)`, `.to_dict()`, `str(...)` and `json.dumps(...)`
 * of one are the same dump.
 */
function requestDump(ctx: PythonContext, call: SyntaxNode, args: readonly SyntaxNode[]): string | undefined {
  const fn = ctx.enclosingFunction(call);
  let credentialBody: boolean | undefined;
  // An f-string's parts are logged as the arguments are (f"headers: {event['headers']}").
  const parts = args.flatMap((a) =>
    a.type === "string"
      ? a.children.filter((c) => c.type === "interpolation").flatMap((c) => namedChildren(c).slice(0, 1))
      : [a],
  );
  for (let a of parts) {
    for (let hops = 0; hops < 3 && a.type === "call"; hops++) {
      const q = ctx.callee(a);
      const inner =
        /^(dict|str|repr|json\.dumps|list)$/.test(q) || /^(to_dict|items|dict|copy)$/.test(ctx.method(a))
          ? /^(dict|str|repr|json\.dumps|list)$/.test(q)
            ? ctx.args(a)[0]
            : field(field(a, "function") ?? a, "object")
          : undefined;
      if (!inner) break;
      a = inner;
    }
    const t = ctx.text(a).replace(/\s+/g, "");
    if (/(^|\.)request\.(headers|cookies|META|COOKIES)$/.test(t)) return t;
    // The process environment: a cloud function's holds the runtime's own credentials (AWS_SECRET_ACCESS_KEY,
    // AWS_SESSION_TOKEN) beside the secrets deployed with it.
    if (/^os\.environ$/.test(t)) return t;
    // A Lambda handler's API event whole, or its headers or cookies.
    if (fn && /^(event|evt)\b/.test(t)) {
      const api = apiGatewayEvent(ctx, fn);
      const part = new RegExp(`^${api}(\\[['"]|\\.get\\(['"])(multiValueHeaders|headers|cookies)['"]`);
      if (api && (t === api || part.test(t))) return t;
    }
    // Outgoing headers the code built itself (`self.headers = {"Authorization": f"Bearer {token}"}`): the
    // credential is in the dict that is logged.
    if (credentialHeaders(ctx, a)) return t;
    if (/(^|\.)request\.(form|POST|json|data|body|get_json\(\)|values)$/.test(t)) {
      credentialBody ??=
        !!fn &&
        CREDENTIAL_HANDLER.test(`${ctx.text(field(fn, "name") ?? fn)} ${handlerOf(ctx, fn)?.path ?? ""}`);
      if (credentialBody) return t;
    }
  }
  return undefined;
}

/** The annotated field names of a class defined in the file (`class Signup(BaseModel):` then `password: str`). */
function classFields(ctx: PythonContext, cls: string): string[] {
  const out: string[] = [];
  for (const c of nodesOfType(ctx.tree, "class_definition")) {
    if (ctx.text(field(c, "name") ?? c) !== cls) continue;
    for (const st of namedChildren(field(c, "body") ?? c)) {
      const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      const left = a?.type === "assignment" && field(a, "type") ? field(a, "left") : undefined;
      if (left?.type === "identifier") out.push(ctx.text(left));
    }
  }
  return out;
}

/**
 * A whole container that holds a credential written to the log: a dict the function also reads by a secret's key
 * (`creds["password"]`), or the dump of a model whose class declares a secret field (`body.model_dump()` of a
 * `Signup` with `password: str`). Redacted copies (a comprehension over it) are other values.
 */
function secretContainer(
  ctx: PythonContext,
  call: SyntaxNode,
  args: readonly SyntaxNode[],
): string | undefined {
  const fn = ctx.enclosingFunction(call);
  if (!fn) return undefined;
  for (let a of args) {
    for (
      let hops = 0;
      hops < 3 && a.type === "call" && /^(dict|str|repr|json\.dumps)$/.test(ctx.callee(a));
      hops++
    )
      a = ctx.args(a)[0] ?? a;
    if (a.type !== "identifier") continue;
    const name = ctx.text(a);
    const keyed = new RegExp(
      `(?<![\\w.])${name}\\s*(?:\\[\\s*|\\.get\\(\\s*)[rbuRBU]?['"]([\\w-]+)['"]`,
      "g",
    );
    for (const m of ctx.text(fn).matchAll(keyed)) if (isSecretName(m[1]!)) return `${name} (with '${m[1]}')`;
    const v = ctx.valueOf(a);
    if (v?.type !== "call") continue;
    const method = ctx.method(v);
    const q = ctx.callee(v);
    const model = /^(model_dump|dict|to_dict|model_dump_json|json)$/.test(method)
      ? field(field(v, "function") ?? v, "object")
      : /^(dataclasses\.)?asdict$|^vars$/.test(q)
        ? ctx.args(v)[0]
        : undefined;
    if (model?.type !== "identifier") continue;
    const params = field(fn, "parameters");
    const typed = namedChildren(params ?? fn).find(
      (p) =>
        (p.type === "typed_parameter" || p.type === "typed_default_parameter") &&
        ctx.text(namedChildren(p)[0] ?? p) === ctx.text(model),
    );
    const ann = typed ? ctx.text(field(typed, "type") ?? typed) : "";
    if (!/^[A-Z]\w*$/.test(ann)) continue;
    const secret = classFields(ctx, ann).find(isSecretName);
    if (secret) return `${name} (${ann}.${secret})`;
  }
  return undefined;
}

export default pyRule({
  meta: {
    id: "PY-LOG-003",
    title: "Password, token or key written to a log",
    cwe: ["CWE-532"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags logging calls (and prints to stderr) whose arguments (or f-string parts) are variables or attributes named password, secret, token, api_key, a card number or security code and the like, and console output of a value read from a password prompt or a secret loader.",
      why_bad:
        "Logs are kept, shipped and read by many more people and systems than the secret was meant for; a logged credential is a leaked one.",
      example_bad:
        "import logging\ndef login(user, password):\n    logging.info('login %s with %s', user, password)",
      example_good: "import logging\ndef login(user, password):\n    logging.info('login %s', user)",
    },
    fix_hint: "Log who and what, never the secret; if needed, log a fingerprint or a masked form.",
  },
  // A log call whose argument list (one level of nested parentheses) names a secret, or a string built around
  // one (f"...{DB_PASSWORD}...", "..." + token) that a log call may print through a name.
  trigger:
    /\.(debug|info|warning|warn|error|critical|exception|log)\([^\n]*request\.(headers|cookies|META|COOKIES|form|POST|json|get_json|data|body|values)|\.(debug|info|warning|warn|error|critical|exception|log)\((?:[^()]|\([^()]*\))*?(pass|pwd|secret|key|token|credential|otp|_code|cvv|cvc|cv2|csc|card|\bpan\b|cc_?n)|getpass|password\(|stderr|password\}|otp\}|secret\}|token\}|key\}|password\s*\+|secret\s*\+|token\s*\+|(token|secret|api_?key)\(\)|\.(debug|info|warning|warn|error|critical|exception|log)\([^\n]*headers\b|(reverse|url_for|build_absolute_uri|urljoin)\([^\n]*(token|secret|key)|(?<=\[\s*['"])(password|passwd|secret|api_key|token|access_token)(?=['"]\s*\])|(?<=\n[ \t]+)(password|passwd|secret|api_key|token|access_token)\s*:\s*\w|\bprint\([^\n]*(\bevent\b|\bevt\b|os\.environ|pass|secret|token|key)|\.(debug|info|warning|warn|error|critical|exception|log)\([^\n]*(\bevent\b|\bevt\b|os\.environ\b)/i,
  nodeTypes: ["call"],
  calls: ["print", "write", "debug", "info", "warning", "warn", "error", "critical", "exception", "log"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    // print() and sys.stdout/stderr.write of a value read from a password prompt or a secret loader: console
    // output is captured into logs. Only the value's origin counts here; a name alone is often meant output.
    if (q === "print" || /^sys\.(stdout|stderr)\.write$/.test(q) || q === "warnings.warn") {
      // stderr is the diagnostic stream (what a service's log collects), not the program's output: there a
      // secret's name says enough. warnings.warn writes there too (or into logging, once captured).
      const diag =
        q === "sys.stderr.write" ||
        q === "warnings.warn" ||
        ctx.qname(ctx.kwarg(node, "file")) === "sys.stderr";
      // A serverless function's stdout is its log (CloudWatch, Cloud Logging): print is its logger.
      const serverless = q === "print" && serverlessModule(ctx);
      const found = [
        ...(diag || serverless ? secretArgs(ctx, ctx.args(node)) : []),
        ...secretSources(ctx, ctx.args(node)),
      ];
      if (found.length) report({ node, message: `'${found[0]}' is written to the console` });
      else if (serverless) {
        const dump = requestDump(ctx, node, ctx.args(node));
        if (dump)
          report({ node, message: `${dump} (credentials among it) is written to the function's log` });
      }
      return;
    }
    if (!LOG_METHODS.test(ctx.method(node))) return;
    const fn = field(node, "function");
    const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
    if (!recv) return;
    // The logger through a name (`log = audit`), logging.root, or a getter (`get_logger().info`).
    const bound = recv.type === "identifier" ? ctx.resolve(recv) : undefined;
    const isLogger =
      LOGGER.test(ctx.qname(recv)) ||
      /^logging\.root$/.test(ctx.qname(recv)) ||
      (recv.type === "call" && /logger/i.test(ctx.callee(recv))) ||
      (bound !== undefined &&
        bound !== recv &&
        (LOGGER.test(ctx.qname(bound)) ||
          (bound.type === "call" && /(^|\.)(getLogger|get_logger)$/.test(ctx.callee(bound)))));
    if (!isLogger) return;
    // Structured loggers (structlog, loguru's bind) take the event's fields as keywords: the keyword names the
    // value (`access_token=session.access_token`) as a variable's name would. logging's own keywords are flags.
    const kwValues: SyntaxNode[] = [];
    const kwNames: string[] = [];
    for (const k of namedChildren(field(node, "arguments") ?? node)) {
      if (k.type !== "keyword_argument") continue;
      const key = ctx.text(field(k, "name") ?? k);
      const value = field(k, "value");
      if (!value || /^(exc_info|stack_info|stacklevel)$/.test(key)) continue;
      kwValues.push(value);
      if (isSecretName(key) && ctx.constValue(value) === undefined && value.type !== "call")
        kwNames.push(key);
    }
    const all = [...ctx.args(node), ...kwValues];
    const names = [...kwNames, ...secretArgs(ctx, all), ...secretSources(ctx, all)];
    const dump = names.length ? undefined : (requestDump(ctx, node, all) ?? secretContainer(ctx, node, all));
    if (dump) {
      report({ node, message: `${dump} (credentials among it) is written to the log` });
      return;
    }
    if (names.length) report({ node, message: `'${names[0]}' is written to the log` });
  },
  cases: {
    valid: [
      // An S3 notification holds no credential; one setting read from the environment is no dump of it.
      "import json, logging\nlog = logging.getLogger()\ndef handler(event, context):\n    log.info('received %s', json.dumps(event))\n    log.info('region %s', __import__('os').environ['AWS_REGION'])",
      "def show(event):\n    print(event)",
      // A token loader's answer, logged by a field that is no secret; a warning without one.
      "import logging\nlog = logging.getLogger(__name__)\ndef refresh(session):\n    token = session.fetch_token()\n    log.info('expires in %d s', token['expires_in'])\n    log.info('scope %s', token.scope)",
      "import warnings\ndef legacy(username):\n    warnings.warn(f'plain login used by {username}')",
      "import sys\nfrom abc import get_cache_token\ndef dump(file=sys.stderr):\n    print(f'cache version: {get_cache_token()}', file=file)",
      // A pan angle printed as a float, eagerly or lazily: a number with decimals, not a card number.
      "import logging\nlog = logging.getLogger(__name__)\ndef move(pan, tilt):\n    log.debug('angles %.4f, %.4f' % (pan, tilt))\n    log.info('pan %.2f tilt %.2f', pan, tilt)",
      // Whether a password is at hand, and a token-issuing rate's interval: a flag and a number.
      "import logging\nlogger = logging.getLogger(__name__)\ndef connect(cfg):\n    password_available = cfg.password is not None\n    logger.debug('Password available: %s' % password_available)",
      "import logging\nLOG = logging.getLogger(__name__)\ndef throttle(token_issuing_rate_interval_seconds):\n    LOG.warning('rate limited: retry in %s s', token_issuing_rate_interval_seconds)",
      "import logging\nlog = logging.getLogger(__name__)\nclass C:\n    def refresh(self, access_token):\n        log.debug('%s token for %s', 'Refreshing' if self.access_token else 'Setting', self.client_id)\n        self.access_token = access_token",
      // A check's outcome about a token is a boolean.
      "import logging\nlog = logging.getLogger(__name__)\ndef verify(token_ok, has_api_key):\n    log.info('token valid: %s, key: %s', token_ok, has_api_key)",
      "import logging\nlog = logging.getLogger(__name__)\ndef send(req, _credential_refresh_attempt=0):\n    log.info('Refreshing. Attempt %s/%s.', _credential_refresh_attempt + 1, 3)",
      "import logging\nlog = logging.getLogger(__name__)\ndef f(token):\n    log.info('token expires at %s', token.expires_at)",
      "import logging\nlog = logging.getLogger(__name__)\ndef f(handlers, request):\n    token_type_handler = handlers.get(request.token_type)\n    log.debug('Dispatching to %r.', token_type_handler)",
      "import logging\nlog = logging.getLogger(__name__)\ndef f(resp):\n    next_token = resp['NextToken']\n    log.debug('next page %s', next_token)",
      "import logging\nlog = logging.getLogger(__name__)\ndef f(self, registry, tokens):\n    store_name = self.get_credential_store(registry)\n    log.debug(f'Using credentials store {store_name}')\n    token_pos = len(tokens)\n    log.debug('parsed up to %s', token_pos)",
      "import logging\ndef f(user, password):\n    logging.info('login %s', user)",
      "import logging\ndef f(password):\n    logging.info('password length %d', len(password))",
      "import logging\ndef f(otp_sent_at):\n    logging.info('otp sent at %s', otp_sent_at)",
      "import logging\ndef f(token_count):\n    logging.info('tokens: %d', token_count)",
      "import logging\nlogging.info('password reset requested')",
      "import getpass\ndef f():\n    pw = getpass.getpass()\n    print('password read')\n    return pw",
      "def f(password):\n    print('new password:', password)",
      "import sys\ndef f(password):\n    print('password length', len(password), file=sys.stderr)",
      "import logging\ndef f(api_key):\n    logging.debug('key ending ...%s', api_key[-4:])",
      "import logging\ndef f(card_number, card_type):\n    logging.info('card %s ending %s', card_type, card_number[-4:])",
      "import structlog\nslog = structlog.get_logger()\ndef f(session):\n    slog.info('token_refreshed', expires_in=session.expires_in, token_count=3)",
      "import logging\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.post('/comments')\ndef comment():\n    logging.info('comment: %s', request.form.to_dict())\n    return ''",
      "import logging\nfrom flask import request\ndef trace():\n    logging.debug('path %s %s', request.path, request.method)",
      "import logging\nlog = logging.getLogger(__name__)\nclass App:\n    def write_secret(self, secret):\n        log.info('Writing cookie secret to %s', self.cookie_secret_file)\n        with open(self.cookie_secret_file, 'wb') as f:\n            f.write(secret)",
      "import logging\ndef f(user, host):\n    dsn = f'postgresql://{user}@{host}/app'\n    logging.info('connecting to %s', dsn)",
      "import logging\ndef f(token_response):\n    logging.debug('expires in %s', token_response['expires_in'])",
      "import logging\nlog = logging.getLogger(__name__)\ndef f(value):\n    for pair in value.split(';'):\n        token, _, v = pair.partition('=')\n        if token in ('for', 'by'):\n            continue\n        log.warning('Unknown token: %s' % token)",
    ],
    invalid: [
      // An API Gateway event (Authorization header, cookies), its headers, a Secrets Manager answer's secret and
      // the environment; print is a Lambda function's logger.
      {
        code: "import json, logging\nlog = logging.getLogger()\ndef handler(event, context):\n    log.info('event %s', json.dumps(event))\n    return event['body']",
        line: 4,
      },
      {
        code: "import logging\nlog = logging.getLogger()\ndef handler(event, context):\n    log.debug(f\"headers: {event['headers']}\")",
        line: 4,
      },
      {
        code: "def handler(event, context):\n    print(event)\n    return event.get('queryStringParameters')",
        line: 2,
      },
      {
        code: "import logging\nlog = logging.getLogger()\ndef f(sm):\n    secret = sm.get_secret_value(SecretId='db')\n    log.info('loaded %s', secret['SecretString'])",
        line: 5,
      },
      { code: "import os\ndef handler(event, context):\n    print(dict(os.environ))", line: 3 },
      {
        code: "import os\ndef handler(event, context):\n    print('db', os.environ['DB_PASSWORD'])",
        line: 3,
      },
      { code: "import logging, os\nlogging.debug('environment: %s', os.environ)", line: 2 },
      // A warning goes to stderr (or the log); a token loader's access token printed.
      "import warnings\ndef legacy(username, password):\n    warnings.warn(f'plain login by {username}: {password}')",
      {
        code: "def refresh(session):\n    token = session.fetch_token()\n    print('new access token:', token['access_token'])",
        line: 3,
      },
      // The secret read from its file is the secret.
      "import logging\nlog = logging.getLogger(__name__)\nclass App:\n    def load(self):\n        with open(self.cookie_secret_file, 'rb') as f:\n            cookie_secret = f.read()\n        log.info('cookie secret %s', cookie_secret)",
      // a card's number and security code
      {
        code: "import logging\nlog = logging.getLogger(__name__)\ndef pay(card_number, cvv):\n    log.info('charging %s / %s', card_number, cvv)",
        line: 4,
      },
      { code: "import logging\ndef pay(order):\n    logging.debug(f'cvc {order.cvc}')", line: 3 },
      "import logging\nlog = logging.getLogger(__name__)\ndef f(api_key, fallback):\n    log.debug('using %s', api_key if api_key else fallback)",
      "import logging\nlog = logging.getLogger(__name__)\ndef verify(token, api_key):\n    log.info('token %s key %s', token, api_key)",
      {
        code: "import logging\nlog = logging.getLogger(__name__)\ndef f(token):\n    log.info('issued token %s', token.value)",
        line: 4,
      },
      {
        code: "import logging\nlog = logging.getLogger(__name__)\ndef f(settings):\n    log.debug('key: %s', settings.api_key.get_secret_value())",
        line: 4,
      },
      {
        code: "import logging\ndef f(user, otp):\n    logging.warning(f'bad otp {otp} for {user}')",
        line: 3,
      },
      { code: "import getpass\ndef f():\n    pw = getpass.getpass()\n    print('using', pw)", line: 4 },
      { code: "import sys\ndef f():\n    sys.stderr.write('pw ' + get_password())", line: 3 },
      {
        code: "import sys\ndef f(db_password):\n    print('db password:', db_password, file=sys.stderr)",
        line: 3,
      },
      {
        code: "import logging\naudit = logging.getLogger('a')\ndef f():\n    s = load_db_password()\n    log = audit\n    log.warning('now %s', s)",
        line: 6,
      },
      {
        code: "import logging\ndef f(user, password):\n    logging.info('login %s %s', user, password)",
        line: 3,
      },
      {
        code: "import structlog\nslog = structlog.get_logger()\ndef f(session):\n    slog.info('token_refreshed', access_token=session.access_token)",
        line: 4,
      },
      {
        code: "import logging\nfrom flask import request\ndef trace():\n    logging.debug('headers: %s', dict(request.headers))",
        line: 4,
      },
      {
        code: "import logging\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.post('/login')\ndef login():\n    logging.info('login body: %s', request.form.to_dict())\n    return ''",
        line: 6,
      },
      {
        code: "import structlog\nslog = structlog.get_logger()\ndef f(user, pw):\n    slog.warning('login', user=user, password=pw)",
        line: 4,
      },
      {
        code: "import logging\nPASSWORD = 'x'\ndef f(user):\n    dsn = f'postgresql://{user}:{PASSWORD}@db/app'\n    logging.info('connecting to %s', dsn)",
        line: 5,
      },
      {
        code: "import logging\nlog = logging.getLogger()\ndef f(token):\n    log.debug(f'issued {token}')",
        line: 4,
      },
      {
        code: "import logging\ndef f(resp):\n    logging.debug('refreshed: %s', resp['access_token'])",
        line: 3,
      },
    ],
  },
});
