import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { Level, type PythonContext } from "../../dataflow/python.js";
import { pyRule, typedParameter } from "./common.js";

/** `audit = logging.getLogger("audit")` then `audit.info(...)`: a logger under any name. */
function namedLogger(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = field(call, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  const v = recv?.type === "identifier" ? ctx.resolve(recv) : undefined;
  return v?.type === "call" && /(^|\.)(getLogger|get_logger|getChild)$/.test(ctx.callee(v));
}

/** Parameter names for what a user typed or sent. */
const USER_PARAM =
  /^(user_?(name|input|agent)?|username|login|term|search(_term)?|query|q|comment|feedback|referr?er)$/i;
/** Parameter names for numbers and addresses, not free text. */
const NOT_TEXT_PARAM =
  /^(ip|ip_?addr(ess)?|remote_?addr|port|id|\w+_id|count|size|status(_code)?|elapsed|duration)$/i;
/** Words in a function's name or docstring saying its parameters come from users. */
const USER_DOC = /\b(user|users|client|visitor|customer|request|submitted|typed|searched)\b/i;

/** A function that sends an HTTP request itself (requests, httpx, urllib, a session or client's request()). */
const OUTGOING_HTTP =
  /\b(requests|httpx|urllib3|aiohttp)\.\w+\(|\burlopen\(|\b(session|client|http|conn|pool)\.(request|get|post|put|patch|delete|send|urlopen)\(/i;

/**
 * A parameter that carries user data by the function's own account: `def record_search(term)` whose docstring says
 * "what the user searched for", or a parameter named username / user_agent / comment.
 */
function userSupplied(ctx: PythonContext, call: SyntaxNode, arg: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(call);
  if (!fn) return false;
  // `response.status_code`, `job.id`: a number read off the object, no text a user could shape.
  if (
    arg.type === "attribute" &&
    /^(status(_code)?|id|pk|count|size|length|elapsed|duration)$/.test(
      ctx.text(field(arg, "attribute") ?? arg),
    )
  )
    return false;
  const params = ctx.paramNames(fn);
  const used = [arg, ...descendants(arg)].filter((n) => n.type === "identifier").map((n) => ctx.text(n));
  // An address, port, id or count passed alongside the user's text is not what the docstring speaks of.
  const mine = params.filter((p) => p !== "self" && used.includes(p) && !NOT_TEXT_PARAM.test(p));
  if (!mine.length) return false;
  if (mine.some((p) => USER_PARAM.test(p))) return true;
  // An HTTP client's own method (`def request(self, method, url)` that sends it): "request" and "client" in its
  // name or docstring are the outgoing call, and its parameters are what the library's caller asked to send.
  if (OUTGOING_HTTP.test(ctx.text(fn))) return false;
  const first = namedChildren(field(fn, "body") ?? fn)[0];
  const doc =
    first?.type === "expression_statement" && namedChildren(first)[0]?.type === "string"
      ? ctx.text(first)
      : "";
  return USER_DOC.test(doc) || USER_DOC.test(ctx.text(field(fn, "name") ?? fn).replace(/_/g, " "));
}

/**
 * loguru formats its message with str.format: `logger.info("from {}", ref)`, `logger.warning("got {text}",
 * text=text)`. The arguments each field writes, by position or keyword, leaving out those a field writes through
 * `!r` / `!a` (repr escapes CR/LF) or a numeric format spec; undefined when the message has no brace fields.
 */
function braceWritten(
  ctx: PythonContext,
  call: SyntaxNode,
  args: readonly SyntaxNode[],
  fmt: string,
): SyntaxNode[] | undefined {
  const fields = [...fmt.replace(/\{\{|\}\}/g, "").matchAll(/\{([^{}!:]*)(![rsa])?(?::([^{}]*))?\}/g)];
  if (!fields.length) return undefined;
  const positional = args.slice(1);
  const keyword = new Map<string, SyntaxNode>();
  for (const a of namedChildren(field(call, "arguments") ?? call))
    if (a.type === "keyword_argument") keyword.set(ctx.text(field(a, "name") ?? a), field(a, "value") ?? a);
  const out: SyntaxNode[] = [args[0]!];
  let auto = 0;
  for (const [, name, conv, spec] of fields) {
    const key = (name ?? "").split(/[.[]/)[0]!;
    const arg =
      key === "" ? positional[auto++] : /^\d+$/.test(key) ? positional[Number(key)] : keyword.get(key);
    if (!arg) continue;
    if (conv === "!r" || conv === "!a" || /[bcdoxXneEfFgG%]$/.test(spec ?? "")) continue;
    out.push(arg);
  }
  // A splat may fill any field.
  out.push(...args.filter((a) => a.type === "list_splat" || a.type === "dictionary_splat"));
  return out;
}

/**
 * A list, tuple, dict or set written by %s: str() of a container is the repr of its items, with CR/LF escaped (a
 * literal or comprehension, a name bound to one, or a parameter annotated as one).
 */
function reprContainer(ctx: PythonContext, a: SyntaxNode): boolean {
  const CONTAINER = /^(list|tuple|dictionary|set)(_comprehension)?$/;
  if (CONTAINER.test(a.type)) return true;
  if (a.type !== "identifier") return false;
  const bound = ctx.resolve(a);
  if (bound && bound !== a && CONTAINER.test(bound.type)) return true;
  const typed = typedParameter(ctx, a);
  const type = typed && field(typed.param, "type");
  return !!type && /^(?:typing\.)?(list|List|tuple|Tuple|dict|Dict|set|Set|Sequence)\[/.test(ctx.text(type));
}

/**
 * `"bad cookie %(sid)r" % {"sid": sid}` or `"bad %r, %d" % (v, n)`: a message formatted in place whose every
 * conversion is repr (CR/LF come out escaped) or numeric; the only text it writes as is is its own literal.
 */
function eagerReprOnly(ctx: PythonContext, a: SyntaxNode): boolean {
  if (a.type !== "binary_operator" || !a.children.some((c) => !c.named && c.type === "%")) return false;
  const left = field(a, "left");
  const fmt = left && /string/.test(left.type) ? ctx.stringValue(left) : undefined;
  if (fmt === undefined || /%[-#0 +]*\*/.test(fmt)) return false;
  const convs = fmt.replace(/%%/g, "").match(/%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[a-zA-Z]/g) ?? [];
  return convs.length > 0 && convs.every((c) => /[rdiouxXeEfFgG]$/.test(c));
}

/**
 * `except ValueError as err: log.error("failed: %s", err)` (or `str(err)`): the exception being handled, whose
 * message the raising code wrote; logging it is what a handler is for.
 */
function caughtException(ctx: PythonContext, a: SyntaxNode): boolean {
  let v = a;
  if (v.type === "call" && /^(str|repr)$/.test(ctx.callee(v)) && ctx.args(v).length === 1)
    v = ctx.args(v)[0]!;
  if (v.type !== "identifier") return false;
  const name = ctx.text(v);
  for (let p = a.parent; p && p.type !== "function_definition"; p = p.parent)
    if (p.type === "except_clause") {
      const m = /^except\b[^:]*?\bas\s+(\w+)\s*:/.exec(ctx.text(p));
      if (m?.[1] === name) return true;
    }
  return false;
}

/**
 * `sys.argv[1]`, `sys.argv[1:]`: the command line of the user who ran the program, logged in its own log; also
 * through the names and helper parameters it is handed to (`src = sys.argv[1]; convert(src)` then
 * `def convert(path): log.debug("converting %s", path)`), when every call of the helper in the file passes one.
 */
function commandLine(ctx: PythonContext, a: SyntaxNode, depth = 0): boolean {
  let v = a;
  if (v.type === "call" && /^(str|repr)$/.test(ctx.callee(v)) && ctx.args(v).length === 1)
    v = ctx.args(v)[0]!;
  if (v.type === "subscript" && ctx.qname(field(v, "value") ?? v) === "sys.argv") return true;
  if (depth > 3) return false;
  // `"input " + src`: literal text around it.
  if (v.type === "binary_operator" && v.children.some((c) => !c.named && c.type === "+")) {
    const literal = (p: SyntaxNode) =>
      p.type === "string" && !namedChildren(p).some((c) => c.type === "interpolation");
    const parts = [field(v, "left"), field(v, "right")];
    return (
      parts.some((p) => p && !literal(p)) &&
      parts.every((p) => !!p && (literal(p) || commandLine(ctx, p, depth + 1)))
    );
  }
  if (v.type !== "identifier") return false;
  const r = ctx.resolve(v);
  if (r && r !== v) return commandLine(ctx, r, depth + 1);
  const fn = ctx.enclosingFunction(v);
  const passed = fn ? ctx.passedValues(fn, ctx.text(v)) : undefined;
  return !!passed?.length && passed.every((p) => commandLine(ctx, p, depth + 1));
}

export default pyRule({
  meta: {
    id: "PY-LOG-001",
    title: "Log injection from request data",
    cwe: ["CWE-117", "CWE-116"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the value is a parameter that the function's name, docstring or parameter name says is user-supplied",
      },
    ],
    docs: {
      what_it_does:
        "Flags logging calls (and syslog.syslog) whose message or arguments carry request data or other untrusted input without removing line breaks.",
      why_bad:
        "CR/LF in the value forge extra log lines (fake entries, hidden attacks) and can inject markup into log viewers.",
      example_bad:
        "import logging\nfrom flask import request\ndef login():\n    logging.info('login attempt: ' + request.form['user'])",
      example_good:
        "import logging\nfrom flask import request\ndef login():\n    user = request.form['user'].replace('\\r', '').replace('\\n', '')\n    logging.info('login attempt: %s', user)",
    },
    fix_hint: "Strip or escape \\r and \\n from untrusted values (or log them with repr / json.dumps).",
  },
  trigger: /logging|logger|LOGGER|syslog\.syslog\(|\blog\.\w+\(|_log\.|LOG\./,
  nodeTypes: ["call"],
  calls: ["syslog", "debug", "info", "warning", "warn", "error", "critical", "exception", "log"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const m = ctx.method(node);
    // syslog.syslog([priority,] message): one line of the system log, written as given.
    if (q === "syslog.syslog") {
      const msg = ctx.args(node).at(-1);
      if (msg && ctx.level(msg, "log") === Level.SOURCE)
        report({ node, message: "untrusted input written to syslog unescaped" });
      return;
    }
    if (!/^(debug|info|warning|warn|error|critical|exception|log)$/.test(m)) return;
    if (
      !/^(logging|logger|log|_log|_logger|LOG|LOGGER|self\.logger|self\.log|app\.logger|current_app\.logger)\./.test(
        q,
      ) &&
      !/logger|logging/.test(q) &&
      !namedLogger(ctx, node)
    )
      return;
    // logger.info("... %r", value): the lazy %r conversion writes repr(value), with CR/LF escaped.
    const args = ctx.args(node);
    const fmt = ctx.stringValue(args[0]);
    const placeholders = fmt?.match(/%[-#0 +]*\d*(?:\.\d+)?[a-zA-Z]/g) ?? [];
    const reprOnly = placeholders.length > 0 && placeholders.every((p) => p.endsWith("r"));
    // Paired one to one with the arguments (no `%(name)s`, no `*` width, no %%-only text mismatch): an argument
    // written by %r (repr) or by a numeric conversion (digits) cannot break the line, whatever the others do.
    const paired =
      fmt !== undefined &&
      !/%\(|%%|%[-#0 +]*\*/.test(fmt) &&
      placeholders.length === args.length - 1 &&
      !args.some(
        (a) => a.type === "list_splat" || a.type === "dictionary_splat" || a.type === "keyword_argument",
      );
    const brace =
      fmt !== undefined &&
      !placeholders.length &&
      /^loguru\.|^logger\./.test(q) &&
      sourceHas(ctx.tree, /\bloguru\b/)
        ? braceWritten(ctx, node, args, fmt)
        : undefined;
    const written =
      brace ?? args.filter((_, i) => i === 0 || !paired || !/[rdiouxXeEfFgG]$/.test(placeholders[i - 1]!));
    let userParam = false;
    for (const a of reprOnly ? args.slice(0, 1) : written) {
      // An eagerly formatted message whose every field is %r or numeric (`"cookie %(sid)r" % {...}`).
      if (a === args[0] && eagerReprOnly(ctx, a)) continue;
      if (caughtException(ctx, a) || commandLine(ctx, a)) continue;
      // The HTTP method is a token of the request line: the server's parser lets no CR/LF into it.
      if (a !== args[0] && /^(self\.)?(request|req)\.method$/.test(ctx.text(a))) continue;
      // (not a `%(name)s` mapping: its values are written with str, as they are)
      if (a !== args[0] && !/%\(/.test(fmt ?? "%(") && reprContainer(ctx, a)) continue;
      const level = ctx.level(a, "log");
      if (level === Level.SOURCE) {
        report({ node, message: "untrusted input written to the log unescaped" });
        return;
      }
      if (level === Level.PARAM && !userParam) userParam = userSupplied(ctx, node, a);
    }
    if (userParam)
      report({
        node,
        severity: "LOW",
        message: "a user-supplied parameter is written to the log unescaped",
      });
  },
  cases: {
    valid: [
      // containers written by %s are the repr of their items: CR/LF come out escaped
      "import logging, subprocess\nfrom fastapi import FastAPI\napp = FastAPI()\nlog = logging.getLogger(__name__)\ndef _run(argv: list[str]):\n    log.info('running %s', argv)\n    subprocess.run(argv)\n@app.post('/t')\ndef t(name: str):\n    _run(['convert', name])",
      "import logging\nfrom flask import request\nlog = logging.getLogger(__name__)\ndef f():\n    h = {k: v for k, v in request.headers.items() if k != 'Cookie'}\n    log.debug('headers=%s', h)",
      // translate() tables that drop or escape both line breaks (maketrans dict, deletion string, ord() keys).
      "import logging\nfrom flask import request\nT = str.maketrans({'\\r': '\\\\r', '\\n': '\\\\n'})\ndef f():\n    logging.warning('bad %s', request.form['u'].translate(T))",
      "import logging\nfrom flask import request\ndef f():\n    logging.warning('bad %s', request.form['u'].translate(str.maketrans('', '', '\\r\\n')))",
      "import logging\nfrom flask import request\ndef f():\n    logging.warning('bad %s', request.form['u'].translate({ord('\\r'): None, ord('\\n'): ' '}))",
      "import logging\nfrom flask import request\nlog = logging.getLogger(__name__)\ndef f():\n    log.info('compression: %s', request.args.get('gzip') and 'gzip' or 'identity')",
      // Paired one to one: the request's text goes through %r, the other field is the program's own.
      "import logging\nfrom flask import request\nLOG = logging.getLogger(__name__)\ndef f(rule):\n    LOG.debug(\"Request to '%r' matches rule %s (%d)\", request.path, 'cors', len(request.path))",
      "import os, logging\nlog = logging.getLogger(__name__)\ndef f():\n    p = os.environ['PYTHONSTARTUP']\n    log.debug('Running %s', p)\n    log.info('pager %s', os.getenv('PAGER'))",
      "import logging\nlog = logging.getLogger(__name__)\nclass Endpoint:\n    def check(self, request):\n        ok = self.validator.validate_client(request.client_key, request)\n        log.info('valid client: %s', ok)",
      "import logging, subprocess\nlog = logging.getLogger(__name__)\ndef run(cmd):\n    out = subprocess.run(cmd, capture_output=True, text=True)\n    log.debug(out.stdout.read())",
      "import syslog\nfrom flask import request\ndef f():\n    u = ''.join(c for c in request.form['u'] if c.isprintable())\n    syslog.syslog(syslog.LOG_WARNING, 'failed login for ' + u)",
      "import logging\nlog = logging.getLogger(__name__)\ndef log_request(response):\n    log.info('status %s', response.status_code)",
      "import logging\nfrom flask import request\ndef f():\n    logging.info('from %s', request.remote_addr)",
      "import logging\nfrom flask import request\nlogging.info('user %r', request.args['u'])",
      // A path from the command line handed to a helper that logs it: the operator's own words, as argv itself is.
      "import logging, sys\nlog = logging.getLogger(__name__)\ndef convert(path):\n    log.debug('converting %s', path)\n    log.info('input ' + path)\ndef main():\n    src = sys.argv[1]\n    convert(src)",
      "import logging, sys\nlog = logging.getLogger(__name__)\ndef main():\n    log.info('config dir [%s]', sys.argv[1])\n    try:\n        run(sys.argv[1:])\n    except Exception as err:\n        log.error('failed: %s', err)\n        log.exception(err)",
      "import logging\nfrom flask import request\ndef f():\n    sid = request.cookies.get('sid')\n    logging.warning('bad cookie %(sid)r' % {'sid': sid})\n    logging.warning('bad cookie %r (%d bytes)' % (sid, len(sid)))",
      "import logging\nlogging.info('started %s', 3)",
      "import logging\ndef f(u):\n    logging.info('user %s', u)",
      "import logging\ndef f(path):\n    logging.info(f'loading {path}')",
      "import logging, requests\nlog = logging.getLogger(__name__)\nclass Api:\n    def request(self, method, url):\n        log.debug('%s %s', method, url)\n        return self.session.request(method, url, timeout=5)",
      // A class naming both line breaks replaced by text without one; unicode_escape writes them as backslashes.
      "import logging, re\nfrom flask import request\ndef f():\n    u = re.sub(r'[\\r\\n]+', '_', request.form['u'])\n    logging.info('reset by %(u)s', {'u': u})",
      "import logging\nfrom flask import request\ndef f():\n    logging.error('q: %s', request.args['q'].encode('unicode_escape').decode('ascii'))",
      // loguru fields written through repr or as a number; a keyword no field names goes to the record's extra.
      "from loguru import logger\nfrom flask import request\ndef f():\n    logger.info('from {!r}', request.args['ref'])",
      "from loguru import logger\nfrom flask import request\ndef f():\n    t = request.form['text']\n    logger.warning('got {n:d} chars', n=len(t), raw=t)",
      "import logging\ndef failed(username, ip):\n    \"\"\"Called with the submitted username.\"\"\"\n    u = username.replace('\\n', '\\\\n')\n    logging.warning('failed login for %s from %s', u, ip)",
    ],
    invalid: [
      // one %s field beside the %r one writes the cookie as is
      "import logging\nfrom flask import request\ndef f():\n    sid = request.cookies.get('sid')\n    logging.warning('bad cookie %r / %s' % (sid, sid))",
      // a %(name)s mapping writes its values with str: a dict argument is no repr here
      {
        code: "import logging\nfrom flask import request\nlog = logging.getLogger(__name__)\ndef f():\n    log.info('login %(u)s', {'u': request.form['u']})",
        line: 5,
      },
      // A table that leaves a line break (or maps one to another), or a raw string's backslash and n.
      "import logging\nfrom flask import request\nT = str.maketrans({'\\t': ' '})\ndef f():\n    logging.warning('bad %s', request.form['u'].translate(T))",
      "import logging\nfrom flask import request\ndef f():\n    logging.warning('bad %s', request.form['u'].translate(str.maketrans('\\r', '\\n')))",
      "import logging\nfrom flask import request\ndef f():\n    logging.warning('bad %s', request.form['u'].translate(str.maketrans('', '', r'\\r\\n')))",
      "import logging\nfrom flask import request\nlog = logging.getLogger(__name__)\ndef f():\n    log.info('mode: %s', request.args.get('on') and request.args.get('mode'))",
      "import logging\nfrom flask import request\nLOG = logging.getLogger(__name__)\ndef f():\n    LOG.debug('rule %r matched %s', 'cors', request.path)",
      "import syslog\nfrom flask import request\ndef f():\n    syslog.syslog(syslog.LOG_WARNING, 'failed login for ' + request.form['u'])",
      // Only the line feed: a carriage return still starts a forged line in many viewers.
      "import logging, re\nfrom flask import request\ndef f():\n    logging.info('q: %s', re.sub(r'[\\n]+', ' ', request.form['u']))",
      "import logging\nfrom flask import request\ndef f():\n    logging.error('q: %s', request.args['q'].encode('utf-8').decode('ascii'))",
      {
        code: 'import logging\ndef record(term):\n    """Log what the user searched for."""\n    logging.info(f"search: {term}")',
        severity: "LOW",
      },
      {
        code: "import logging\ndef failed(username):\n    logging.warning('failed login for %s', username)",
        severity: "LOW",
      },
      "import logging\nfrom flask import request\naudit = logging.getLogger('audit')\ndef f():\n    audit.info('user %s', request.args['u'])",
      "import logging\nfrom flask import request\nlogging.warning('bad user %s', request.args.get('u'))",
      // loguru's str.format fields: by position and by keyword.
      "from loguru import logger\nfrom flask import request\ndef f():\n    logger.info('from {}', request.args['ref'])",
      "from loguru import logger\nfrom flask import request\ndef f():\n    t = request.form['text']\n    logger.warning('got: {text}', text=t)",
    ],
  },
});
