import { Level } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, firstAfter, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Calls that report failure (or a short write) only through their return value. */
const STATUS_CALLS = /^(os\.write|subprocess\.call)$/;
/**
 * Checks whose only answer is the boolean they return (they do not raise on a mismatch): a signature, token or
 * password comparison called as a statement decides nothing.
 */
const VERDICT_CALLS =
  /^((hmac|secrets)\.compare_digest|bcrypt\.checkpw|(werkzeug\.security\.|werkzeug\.)?check_password_hash|django\.contrib\.auth\.hashers\.check_password)$/;
/** Socket-style methods whose return value says how much was actually sent or whether the lock was taken. */
const STATUS_METHODS = /^(send|sendto|acquire)$/;
/** What a program does only once a command has worked: delete or move its input, publish its output. */
const AFTER_SUCCESS =
  /^(shutil\.(rmtree|move)|os\.(remove|unlink|rmdir|removedirs|rename|replace)|(\w+\.)*(unlink|rmdir|rename|replace|touch))$/;

/** ORM lookups that return None when no row matches (SQLAlchemy, Django querysets). */
const ROW_LOOKUP = /^(first|one_or_none)$/;
/** Matching calls that return None on no match. */
const MATCH_CALLS = /^(re|regex)\.(match|search|fullmatch)$/;
/** Methods of a compiled pattern that return None on no match. */
const PATTERN_METHODS = /^(match|search|fullmatch)$/;
/** Reading a match object: what raises AttributeError/TypeError when the match is None. */
const MATCH_READ = "\\s*(\\.(group|groups|groupdict|start|end|span|expand)\\(|\\[)";

/**
 * `re.match(p, s).group(1)`, or `m = re.match(p, s)` whose next statement naming `m` reads it
 * (`m.group(1)`, `m[1]`) without testing it first: the node that reads it, or undefined.
 */
function unguardedMatchUse(ctx: PythonContext, node: SyntaxNode, row = false): SyntaxNode | undefined {
  const call = ctx.text(node);
  for (let a = node.parent, c: SyntaxNode = node; a; c = a, a = a.parent) {
    // Inside a try, the AttributeError may be what the code relies on.
    if (a.type === "try_statement") return undefined;
    if (a.type === "function_definition") break;
    // The same match tested just before: `if P.search(v): ... P.search(v).group(0)`, `P.match(v) and
    // P.match(v).group(1)`, `P.match(v).group(1) if P.match(v) else None`.
    const cond =
      a.type === "if_statement" || a.type === "elif_clause" || a.type === "while_statement"
        ? field(a, "condition")
        : a.type === "conditional_expression"
          ? namedChildren(a)[1]
          : a.type === "boolean_operator" && a.children.some((o) => !o.named && o.type === "and")
            ? field(a, "left")
            : undefined;
    if (cond && cond !== c && ctx.text(cond).includes(call)) return undefined;
  }
  const parent = node.parent;
  if (parent?.type === "attribute" && field(parent, "object") === node) {
    const attr = ctx.text(field(parent, "attribute") ?? parent);
    // A row's fields (`.first().name`) are read without a call.
    if (row) return parent;
    return /^(group|groups|groupdict|start|end|span|expand)$/.test(attr) && parent.parent?.type === "call"
      ? parent.parent
      : undefined;
  }
  if (parent?.type === "subscript" && field(parent, "value") === node) return parent;
  if (parent?.type !== "assignment" || field(parent, "right") !== node) return undefined;
  const left = field(parent, "left");
  const stmt = parent.parent;
  if (left?.type !== "identifier" || stmt?.type !== "expression_statement" || !stmt.parent) return undefined;
  const name = ctx.text(left);
  const named = new RegExp(`\\b${name}\\b`);
  const reads = new RegExp(`\\b${name}${row ? "\\s*(\\.\\w|\\[)" : MATCH_READ}`);
  for (const later of namedChildren(stmt.parent)) {
    if (later.order <= stmt.order) continue;
    const text = ctx.text(later);
    if (!named.test(text)) continue;
    // The first statement that names the match decides: a read with no test of it is the unchecked use.
    if (
      (later.type === "expression_statement" || later.type === "return_statement") &&
      reads.test(text) &&
      !new RegExp(`\\b(if|and|or)\\b|\\b${name}\\s*(is|==|!=)|\\bnot\\s+${name}\\b`).test(text)
    )
      return later;
    return undefined;
  }
  return undefined;
}

/**
 * `PAT.match(s)` where `PAT` resolves to `re.compile(...)`: a local, a module constant, a class attribute
 * (`Klass.PAT`, `self.PAT`). The receiver's text, or undefined.
 */
function compiledReceiver(ctx: PythonContext, node: SyntaxNode): SyntaxNode | undefined {
  const fn = field(node, "function");
  if (fn?.type !== "attribute" || !PATTERN_METHODS.test(ctx.method(node))) return undefined;
  const obj = field(fn, "object");
  const made = ctx.heldValue(obj);
  return obj && made?.type === "call" && /^(re|regex)\.compile$/.test(ctx.callee(made)) ? made : undefined;
}

/**
 * A pattern that matches the empty string at the start of any text, with no end anchor, word boundary or
 * lookaround (`^(([^:/?#]+):)?(//([^/?#]*))?...`, RFC 3986's URI splitter): match() and search() never
 * return None for it. Patterns JavaScript cannot read the same way (inline flags, verbose) count as not.
 */
function alwaysMatches(pattern: string | undefined, flags: SyntaxNode | undefined): boolean {
  if (pattern === undefined || flags || /\$|\\[ZbB]|\(\?<?[=!]|\(\?[aiLmsux]|\(\?P=/.test(pattern))
    return false;
  try {
    return new RegExp(pattern.replace(/\(\?P</g, "(?<").replace(/\\A/g, "^")).test("");
  } catch {
    return false;
  }
}

/** Per block: suffix[i] says whether a statement from the i-th named child on acts as if a command succeeded. */
const actsFromIndex = new WeakMap<SyntaxNode, boolean[]>();

/**
 * Whether a statement of `block` after `stmt` deletes, moves or writes a file. Once per block (suffix flags): a
 * walk of the later statements per command was quadratic in a script of many os.system lines.
 */
function actsLater(ctx: PythonContext, block: SyntaxNode, stmt: SyntaxNode): boolean {
  const kids = namedChildren(block);
  let suffix = actsFromIndex.get(block);
  if (!suffix) {
    suffix = new Array<boolean>(kids.length + 1).fill(false);
    for (let i = kids.length - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! || actsAsIfDone(ctx, kids[i]!);
    actsFromIndex.set(block, suffix);
  }
  return suffix[firstAfter(kids, stmt.order)]!;
}

function actsAsIfDone(ctx: PythonContext, s: SyntaxNode): boolean {
  return [s, ...descendants(s)].some(
    (d) =>
      d.type === "call" &&
      (AFTER_SUCCESS.test(ctx.callee(d)) ||
        (ctx.callee(d) === "open" && /^[wax]/.test(ctx.stringValue(ctx.arg(d, 1, "mode")) ?? ""))),
  );
}

export default pyRule({
  meta: {
    id: "PY-UNCHECKED-001",
    title: "Return value that reports failure is ignored",
    cwe: ["CWE-252", "CWE-690", "CWE-476"],
    severity: "LOW",
    severity_variants: [
      {
        severity: "HIGH",
        when: "the dropped value is the verdict of a signature, token or password comparison",
      },
    ],
    docs: {
      what_it_does:
        "Flags statements that discard the verdict of hmac/secrets.compare_digest, bcrypt.checkpw or check_password_hash (the check decides nothing), the result of os.write, socket send/sendto (bytes sent), a non-blocking or timed lock acquire, subprocess.call (the exit status) and ZipFile.testzip (the corrupt member's name); and a re.match/search/fullmatch result (or that of a compiled pattern's match/search/fullmatch) read (.group(), [i]) with no test for None first, and likewise an ORM lookup by request data (.first(), .one_or_none(), query.get()) whose row is read with no test for None, or request.get_json(silent=True)'s result read so (a None dereference). os.system, subprocess.run without check=True and Popen(...).wait() are flagged only when a later statement in the same block deletes, moves or writes a file as if the command had worked.",
      why_bad:
        "These calls do not raise on a short write, a failed command or a lock not taken; ignoring the value lets the program continue as if it had succeeded (data lost, partial state, unlocked access).",
      example_bad:
        "import subprocess\ndef backup(src, dst):\n    subprocess.call(['cp', '-r', src, dst])\n    print('done')",
      example_good:
        "import subprocess\ndef backup(src, dst):\n    subprocess.run(['cp', '-r', src, dst], check=True)",
    },
    fix_hint:
      "Check the value (or use the raising form: subprocess.run(check=True), sock.sendall, f.write on a file object).",
  },
  trigger:
    /os\.write\(|\b((sock|conn|client|socket|peer|server)\w*|s|c)\.send(to)?\(|acquire\(\s*(False|blocking|timeout|True\s*,)|subprocess\.call\(|os\.system\(|subprocess\.run\(|\.wait\(\)|\bre\.(match|search|fullmatch)\(|\.compile\(|\.testzip\(\)|\.first\(\)|\.one_or_none\(\)|(query|session)\.get\(|silent\s*=\s*True|compare_digest\(|checkpw\(|check_password(_hash)?\(/,
  nodeTypes: ["call"],
  calls: [
    "match",
    "search",
    "fullmatch",
    "write",
    "call",
    "testzip",
    "wait",
    "system",
    "run",
    "send",
    "sendto",
    "acquire",
    "first",
    "one_or_none",
    "get",
    "get_json",
    "compare_digest",
    "checkpw",
    "check_password_hash",
    "check_password",
  ],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    // `data = request.get_json(silent=True)` is None when the body is not JSON; `data["name"]` then raises.
    if (/(^|\.)request\.get_json$/.test(q) && ctx.isTrue(ctx.kwarg(node, "silent"))) {
      const use = unguardedMatchUse(ctx, node, true);
      if (use)
        report({
          node: use,
          message:
            "get_json(silent=True) returns None for a body that is not JSON, and its result is used unchecked",
        });
      return;
    }
    if (ROW_LOOKUP.test(ctx.method(node)) || /(^|\.)(query|session)\.get$/.test(q)) {
      // `Account.query.filter_by(email=request.args["email"]).first().name`: no row for what the client asked
      // for is None, and reading a field of it raises (a 500 for every unknown key).
      const chain: SyntaxNode[] = [];
      for (let c: SyntaxNode | undefined = node; c?.type === "call";) {
        const list = field(c, "arguments");
        for (const a of list ? namedChildren(list) : [])
          chain.push(a.type === "keyword_argument" ? (field(a, "value") ?? a) : a);
        const f = field(c, "function");
        c = f?.type === "attribute" ? field(f, "object") : undefined;
      }
      if (!chain.some((a) => ctx.level(a, "sql") === Level.SOURCE)) return;
      const use = unguardedMatchUse(ctx, node, true);
      if (use)
        report({
          node: use,
          message: `${ctx.method(node)}() returns None when no row matches the request's value, and its result is used unchecked`,
        });
      return;
    }
    const compiled = MATCH_CALLS.test(q) ? undefined : compiledReceiver(ctx, node);
    if (MATCH_CALLS.test(q) || compiled) {
      const source = compiled ?? node;
      const method = compiled ? ctx.method(node) : q;
      if (
        !method.endsWith("fullmatch") &&
        alwaysMatches(
          ctx.stringValue(ctx.resolve(ctx.arg(source, 0, "pattern"))),
          ctx.arg(source, compiled ? 1 : 2, "flags"),
        )
      )
        return;
      const use = unguardedMatchUse(ctx, node);
      if (use)
        report({
          node: use,
          message: `${compiled ? ctx.text(field(field(node, "function") ?? node, "object") ?? node) + "." + method : q}() returns None when the text does not match, and its result is used unchecked`,
        });
      return;
    }
    if (node.parent?.type !== "expression_statement") return;
    const m = ctx.method(node);
    if (VERDICT_CALLS.test(q)) {
      report({
        node,
        severity: "HIGH",
        message: `the verdict of ${q.split(".").pop()}() is ignored: the check lets everything through`,
      });
      return;
    }
    if (STATUS_CALLS.test(q)) {
      report({ node, message: `the result of ${q} is ignored` });
      return;
    }
    // ZipFile.testzip() returns the first corrupt member's name instead of raising: called for its check and
    // then dropped, the archive is used as if it had passed.
    if (m === "testzip" && !ctx.args(node).length) {
      report({ node, message: "the name of the corrupt member testzip() returns is ignored" });
      return;
    }
    // proc = subprocess.Popen(...); proc.wait(): the exit status wait() returns is dropped.
    const popenWait =
      m === "wait" &&
      (() => {
        const obj = field(field(node, "function") ?? node, "object");
        const made = obj?.type === "identifier" ? ctx.resolve(obj) : undefined;
        return made?.type === "call" && /(^|\.)Popen$/.test(ctx.callee(made));
      })();
    if (q === "os.system" || popenWait || (q === "subprocess.run" && !ctx.kwarg(node, "check"))) {
      // The status is ignored and the next steps act as if the command succeeded: delete what it was meant to
      // unmount or copy, or write the marker that says the backup is good.
      const stmt = node.parent;
      if (stmt.parent && actsLater(ctx, stmt.parent, stmt))
        report({
          node,
          message: `the exit status of ${q} is ignored, and the next steps assume it succeeded`,
        });
      return;
    }
    if (!STATUS_METHODS.test(m) || field(node, "function")?.type !== "attribute") return;
    const obj = ctx.text(field(field(node, "function") ?? node, "object") ?? node);
    if (m === "acquire") {
      const blocking = ctx.arg(node, 0, "blocking");
      // `acquire(timeout=2)` / `acquire(True, 2)`: gives up after the wait and returns False, as a non-blocking
      // acquire does at once; dropping the result runs the guarded code without the lock.
      const timeout = ctx.arg(node, 1, "timeout");
      if (blocking && ctx.text(blocking) === "False")
        report({ node, message: "a non-blocking acquire() whose result is ignored" });
      else if (timeout && !/^-\s*1$/.test(ctx.text(timeout)))
        report({
          node,
          message: "a timed acquire() whose result is ignored: after the timeout it runs on unlocked",
        });
    } else if (/^((sock|conn|client|socket|peer|server)\w*|s|c)$/.test(obj))
      report({ node, message: `${obj}.${m}() may send only part of the data` });
  },
  cases: {
    valid: [
      "from flask import request\ndef f():\n    data = request.get_json(silent=True) or {}\n    return data.get('name')",
      "from flask import request, abort\nfrom models import User\ndef f():\n    user = User.query.filter_by(email=request.args.get('email')).first()\n    if user is None:\n        abort(404)\n    return user.name",
      "from models import Settings\ndef f():\n    return Settings.query.first().theme",
      "import subprocess\nsubprocess.run(['ls'], check=True)",
      "import os\nn = os.write(fd, b'x')",
      "def push(sock, data):\n    sock.sendall(data)",
      "def notify(q, item):\n    q.send(item)",
      "import threading\nL = threading.Lock()\ndef f(c, k, v):\n    if not L.acquire(timeout=2):\n        raise TimeoutError()\n    c[k] = v",
      "import threading\nL = threading.Lock()\ndef f(c, k, v):\n    L.acquire(timeout=-1)\n    c[k] = v",
      "import os\nos.system('clear')\nprint('hi')",
      "import subprocess, os\ndef f(p):\n    subprocess.run(['gzip', p], check=True)\n    os.remove(p + '.bak')",
      "import re\ndef f(s):\n    m = re.match(r'(\\d+)', s)\n    if m is None:\n        return 0\n    return int(m.group(1))",
      "import re\ndef f(s):\n    m = re.search(r'(\\d+)', s)\n    return int(m.group(1)) if m else 0",
      "import re\ndef f(s):\n    try:\n        return re.match(r'(\\d+)', s).group(1)\n    except AttributeError:\n        return None",
      "import re\ndef f(s):\n    m = re.match(r'(\\d+)', s)\n    assert m\n    return m.group(1)",
      "import zipfile\ndef f(a):\n    with zipfile.ZipFile(a) as z:\n        return z.testzip() is None",
      "import re\nPAT = re.compile(r'(\\d+)')\ndef f(s):\n    m = PAT.match(s)\n    if m is None:\n        return 0\n    return int(m.group(1))",
      "import re\nPAT = re.compile(r'(\\d+)')\ndef f(s):\n    m = PAT.search(s)\n    if m:\n        return m.group(1)",
      "import re\nPAT = re.compile(r'(\\d+)')\ndef f(s):\n    if (m := PAT.search(s)):\n        return m.group(1)\n    return None",
      "import re\nPAT = re.compile(r'(\\d+)')\ndef f(s):\n    try:\n        return PAT.match(s).group(1)\n    except AttributeError:\n        return None",
      "import re\ndef f(s):\n    pat = re.compile(r'(\\d+)')\n    m = pat.fullmatch(s)\n    assert m\n    return m.group(1)",
      "def f(parser, s):\n    return parser.match(s).group(1)",
      "import re\nURI = re.compile(r'^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?')\ndef split(u):\n    return URI.match(u).groups()",
      "import re\ndef lead(s):\n    return re.match(r'\\s*', s).group(0)",
      "import re\nBAD = re.compile(r'[\\000-\\037]')\ndef f(v):\n    if BAD.search(v):\n        raise ValueError(BAD.search(v).group(0))",
      "import re\ndef f(v):\n    return re.match(r'v(\\d+)', v) and re.match(r'v(\\d+)', v).group(1)",
      "import hmac\ndef ok(a, b):\n    if not hmac.compare_digest(a, b):\n        raise PermissionError()\n    return True",
      "from werkzeug.security import check_password_hash\ndef ok(u, p):\n    return check_password_hash(u.pw, p)",
      // a method of the same name on some object of the program's own: its contract is unknown
      "def f(user, p):\n    user.check_password(p)",
    ],
    invalid: [
      {
        code: "import hashlib, hmac, json\ndef handle(key, body, sig):\n    hmac.compare_digest(hmac.new(key, body, hashlib.sha256).hexdigest(), sig)\n    return json.loads(body)",
        line: 3,
        severity: "HIGH",
      },
      {
        code: "import bcrypt\ndef login(u, p):\n    bcrypt.checkpw(p.encode(), u.pw_hash)\n    return u",
        line: 3,
      },
      {
        code: "from werkzeug.security import check_password_hash\ndef login(u, p):\n    check_password_hash(u.pw, p)\n    return u",
        line: 3,
      },
      {
        code: "from flask import request\ndef f():\n    data = request.get_json(silent=True)\n    return data['name']",
        line: 4,
      },
      {
        code: "from flask import request\nfrom models import User\ndef f():\n    user = User.query.filter_by(email=request.args.get('email')).first()\n    return user.name",
        line: 5,
      },
      "import os\ndef save(fd, data):\n    os.write(fd, data)",
      "def push(sock, data):\n    sock.send(data)",
      "import threading\nL = threading.Lock()\ndef f(c, k, v):\n    L.acquire(timeout=2)\n    c[k] = v\n    L.release()",
      "import threading\nL = threading.Lock()\ndef f(c, k, v):\n    L.acquire(True, 5)\n    c[k] = v\n    L.release()",
      "import subprocess\nsubprocess.call(['cp', 'a', 'b'])",
      "import os, subprocess\ndef conv(p):\n    proc = subprocess.Popen(['gs', p])\n    proc.wait()\n    os.replace(p + '.tmp', p)",
      "import os, shutil\ndef retire(m):\n    os.system('umount /mnt/x')\n    shutil.rmtree(m)",
      "import re\ndef f(h):\n    m = re.match(r'bytes=(\\d+)-(\\d+)', h)\n    return int(m.group(1)), int(m.group(2))",
      "import re\ndef f(s):\n    return re.search(r'v(\\d+)', s).group(1)",
      "import zipfile\ndef f(a, d):\n    with zipfile.ZipFile(a) as z:\n        z.testzip()\n        z.extractall(d)",
      "import subprocess\ndef dump(db, dest):\n    subprocess.run(['pg_dump', '-f', dest, db])\n    with open(dest + '.ok', 'w') as f:\n        f.write('ok')",
      "import re\nVERSION = re.compile(r'v(\\d+)\\.(\\d+)')\ndef f(tag):\n    return int(VERSION.match(tag).group(1))",
      "import re\ndef f(h):\n    rng = re.compile(r'bytes=(\\d+)-(\\d+)')\n    m = rng.search(h)\n    return int(m.group(1)), int(m.group(2))",
      "import re\nclass Tag:\n    RX = re.compile(r'v(\\d+)')\n    def major(self, s):\n        return self.RX.match(s)[1]",
      "import re\nclass Tag:\n    RX = re.compile(r'(\\w+)-(\\d+)')\ndef split(s):\n    return Tag.RX.fullmatch(s).groups()",
      "import re\nTARGET = re.compile(r'^(/[^?#]*)(?:\\?([^#]*))?$')\ndef split(t):\n    return TARGET.match(t).groups()",
      "import re\nOPT = re.compile(r'(?P<n>\\d*)')\ndef n(s):\n    return OPT.fullmatch(s).group('n')",
    ],
  },
});
