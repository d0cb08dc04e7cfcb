import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { pyRule, typedParameter } from "./common.js";

/** A number parsed from request data with no bound: int(request...) directly or through a name. */
/**
 * `def ids(count: int = 1)` in a FastAPI-style handler: the framework parses the query value into the int, so the
 * parameter is the request's number itself. A `Query(le=...)` / `Path(lt=...)` / `Field(...)` default with an
 * upper bound, or a clamp in the function, bounds it.
 */
function intRouteParameter(ctx: PythonContext, id: SyntaxNode, ignore?: SyntaxNode): boolean {
  const typed = typedParameter(ctx, id);
  if (!typed) return false;
  const { fn, param: p } = typed;
  const name = ctx.text(id);
  if (ctx.text(field(p, "type") ?? p) !== "int") return false;
  const dflt = field(p, "value");
  if (dflt?.type === "call" && (ctx.kwarg(dflt, "le") || ctx.kwarg(dflt, "lt"))) return false;
  // (an int parameter is no injection source for any sink class: the handler being a route is what counts)
  // (a discord.py command converts what the member typed after the command the same way: `times: int`; a
  // GraphQL resolver's `first: int` is the query's variable, as the client wrote it)
  if (
    !ctx.isEntryFunction(fn) ||
    !sourceHas(
      ctx.tree,
      /\bfastapi\b|^\s*(from|import)\s+(discord|nextcord|disnake|strawberry|graphene|ariadne)\b/m,
    )
  )
    return false;
  return !clampedIn(ctx, fn, name, ignore);
}

/** min()/max() of the name, a comparison with it or a range check anywhere in fn (loop condition `ignore` aside). */
function clampedIn(ctx: PythonContext, fn: SyntaxNode, name: string, ignore?: SyntaxNode): boolean {
  return new RegExp(
    `\\b(min|max|clamp)\\((?:[^()]|\\([^()]*\\))*\\b${name}\\b|\\b${name}\\s*(<|>|<=|>=)|(<|>|<=|>=)\\s*${name}\\b`,
  ).test(
    ignore
      ? ctx.text(fn).slice(0, ignore.start - fn.start) + ctx.text(fn).slice(ignore.end - fn.start)
      : ctx.text(fn),
  );
}

function unboundedCount(
  ctx: PythonContext,
  node: SyntaxNode | undefined,
  ignore?: SyntaxNode,
  typedParams = true,
  depth = 0,
): boolean {
  if (typedParams && node?.type === "identifier" && intRouteParameter(ctx, node, ignore)) return true;
  if (node?.type === "identifier" && depth < 2 && passedUnbounded(ctx, node, ignore, typedParams, depth))
    return true;
  const n = ctx.resolve(node);
  if (n?.type !== "call" || !/^(int|float)$/.test(ctx.callee(n))) return false;
  const inner = ctx.args(n)[0];
  if (!inner || ctx.level(inner, "log") !== Level.SOURCE) return false;
  // A clamp anywhere in the function (min() or max() of the name, a comparison with it, a range check) counts as a
  // bound; a min() of some other value (`n = min(int(...), MAX)` beside `rows = int(...)`) does not bound this one.
  const fn = ctx.enclosingFunction(n);
  const name = n.parent?.type === "assignment" ? ctx.text(field(n.parent, "left") ?? n) : "";
  if (
    fn &&
    name &&
    new RegExp(
      `\\b(min|max|clamp)\\((?:[^()]|\\([^()]*\\))*\\b${name}\\b|\\b${name}\\s*(<|>|<=|>=)|(<|>|<=|>=)\\s*${name}\\b`,
    ).test(
      // The loop condition that uses the count is not a clamp of it.
      ignore
        ? ctx.text(fn).slice(0, ignore.start - fn.start) + ctx.text(fn).slice(ignore.end - fn.start)
        : ctx.text(fn),
    )
  )
    return false;
  return true;
}

/**
 * `def make_codes(count): return [... for _ in range(count)]` called as `make_codes(int(request.json["count"]))`:
 * a local helper's parameter holds what its callers pass, so an unbounded count passed in is unbounded here too
 * (unless the helper clamps it).
 */
function passedUnbounded(
  ctx: PythonContext,
  id: SyntaxNode,
  ignore: SyntaxNode | undefined,
  typedParams: boolean,
  depth: number,
): boolean {
  const passed = ctx.paramValues(id);
  if (!passed?.length || !passed.some((v) => unboundedCount(ctx, v, undefined, typedParams, depth + 1)))
    return false;
  const fn = ctx.enclosingFunction(id);
  return !!fn && !clampedIn(ctx, fn, ctx.text(id), ignore);
}

/**
 * Text the request sends as a FastAPI handler's `text: str` (or bytes) parameter: a sequence, so `text * n`
 * repeats it.
 */
function requestText(ctx: PythonContext, x: SyntaxNode): boolean {
  if (x.type !== "identifier" && x.type !== "subscript" && x.type !== "call") return false;
  const v = x.type === "identifier" ? ctx.resolve(x) : x;
  if (v?.type === "call" && /^(int|float|len|abs|round|(decimal\.)?Decimal)$/.test(ctx.callee(v)))
    return false;
  if (x.type === "identifier") {
    const typed = typedParameter(ctx, x);
    if (typed)
      return (
        /^(str|bytes)$/.test(ctx.text(field(typed.param, "type") ?? typed.param)) &&
        ctx.isEntryFunction(typed.fn) &&
        sourceHas(ctx.tree, /\bfastapi\b/)
      );
  }
  return false;
}

/**
 * A size computed from such a number: `n * 1024 * 1024`, `n + 1`, `n << 20` (the arithmetic that grows with it;
 * a bound anywhere in the function still counts, as for the number itself).
 */
function unboundedSize(ctx: PythonContext, node: SyntaxNode | undefined, depth = 0): boolean {
  if (node?.type === "parenthesized_expression" && depth < 8)
    return unboundedSize(ctx, namedChildren(node)[0], depth + 1);
  const op = node?.type === "binary_operator" ? node.children.find((c) => !c.named)?.type : undefined;
  if (node && op && /^(\*|\+|<<)$/.test(op) && depth < 8)
    return (
      unboundedSize(ctx, field(node, "left"), depth + 1) ||
      unboundedSize(ctx, field(node, "right"), depth + 1)
    );
  // `width - len(text)`: a difference still grows with what it subtracts from.
  if (node && op === "-" && depth < 8) return unboundedSize(ctx, field(node, "left"), depth + 1);
  return unboundedCount(ctx, node);
}

/**
 * A length read off the wire: `(length,) = struct.unpack("!I", sock.recv(4))` (or unpack_from / int.from_bytes
 * over received bytes) and never compared with a bound in the function. The peer picks it, up to 4 GiB.
 */
function peerLength(ctx: PythonContext, node: SyntaxNode | undefined): boolean {
  if (node?.type !== "identifier") return false;
  const fn = ctx.enclosingFunction(node);
  if (!fn) return false;
  const name = ctx.text(node); // an identifier: no regex metacharacters
  const word = new RegExp(`(^|[^\\w.])${name}([^\\w]|$)`);
  const read = descendants(fn).some((a) => {
    if (a.type !== "assignment" || a.end > node.start) return false;
    const left = field(a, "left");
    const right = field(a, "right");
    if (!left || !right || !word.test(ctx.text(left))) return false;
    const rt = ctx.text(right);
    return (
      /\bstruct\.unpack(_from)?\(|\bint\.from_bytes\(/.test(rt) &&
      // ... or through a local helper that loops on recv (`recv_exact(sock, 4)`, `_read_n(f, 4)`).
      /\.(recv|recv_exactly|read|readexactly|recvfrom)\(|\b(header|hdr|prefix|raw)\b|\b_?(recv|read)_?\w*\(/.test(
        rt,
      )
    );
  });
  if (!read) return false;
  // A bound is a comparison outside loop conditions (`while got < length` reads up to it, bounding nothing).
  let text = ctx.text(fn);
  for (const w of descendants(fn)
    .filter((d) => d.type === "while_statement")
    .reverse()) {
    const c = field(w, "condition");
    if (c) text = text.slice(0, c.start - fn.start) + text.slice(c.end - fn.start);
  }
  return !new RegExp(`\\b${name}\\s*(<|>|<=|>=)|(<|>|<=|>=)\\s*${name}\\b|\\bmin\\([^)]*\\b${name}\\b`).test(
    text,
  );
}

/**
 * A DRF pagination class that lets the client set the page size (`page_size_query_param = "page_size"`) with no
 * `max_page_size`, or a LimitOffsetPagination with no `max_limit`: one request asks for every row. The assignment
 * that opens it, undefined otherwise.
 */
function openPagination(ctx: PythonContext, klass: SyntaxNode): SyntaxNode | undefined {
  const sup = ctx.text(field(klass, "superclasses") ?? klass);
  const limitOffset = /\bLimitOffsetPagination\b/.test(sup);
  if (!limitOffset && !/\bPageNumberPagination\b/.test(sup)) return undefined;
  const opts = new Map<string, SyntaxNode>();
  for (const st of namedChildren(field(klass, "body") ?? klass)) {
    const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
    const left = a?.type === "assignment" ? field(a, "left") : undefined;
    if (left?.type === "identifier") opts.set(ctx.text(left), a!);
  }
  if (limitOffset) return opts.has("max_limit") ? undefined : (opts.get("default_limit") ?? klass);
  const param = opts.get("page_size_query_param");
  const value = param ? field(param, "right") : undefined;
  if (!value || value.type === "none" || opts.has("max_page_size")) return undefined;
  return param;
}

/**
 * The argument bound to a positional LIMIT placeholder (`?` or `%s`) of an execute() call whose SQL is constant text
 * and whose parameters are a tuple or list literal: `execute("... LIMIT ? OFFSET ?", (size, skip))` -> size.
 */
function limitParameter(ctx: PythonContext, call: SyntaxNode): SyntaxNode | undefined {
  const [sqlNode, paramsNode] = ctx.args(call);
  const sql = ctx.stringValue(ctx.resolve(sqlNode));
  if (!sql || !paramsNode) return undefined;
  const at = sql.search(/\bLIMIT\s+(\?|%s)/i);
  if (at < 0) return undefined;
  const before = (sql.slice(0, at).match(/\?|%s/g) ?? []).length;
  const params = ctx.resolve(paramsNode);
  if (params?.type !== "tuple" && params?.type !== "list") return undefined;
  return namedChildren(params)[before];
}

/** `buf += sock.recv(n)` / `chunks.append(chunk)` (chunk = sock.recv(n)) inside a while loop whose function never
 * measures the buffer or names a limit. */
function recvGrowth(
  ctx: PythonContext,
  node: SyntaxNode,
  value: SyntaxNode | undefined,
  buffer: string,
): boolean {
  const v = value?.type === "identifier" ? ctx.resolve(value) : value;
  if (v?.type !== "call" || ctx.method(v) !== "recv") return false;
  let loop = node.parent;
  while (loop && loop.type !== "while_statement" && loop.type !== "function_definition") loop = loop.parent;
  if (loop?.type !== "while_statement") return false;
  const scope = ctx.text(ctx.enclosingFunction(node) ?? loop);
  const chunk = value?.type === "identifier" ? `|len\\(\\s*${ctx.text(value)}\\s*\\)\\s*[<>]` : "";
  return !new RegExp(`len\\(\\s*${buffer}\\s*\\)|\\bMAX|max_|limit${chunk}`, "i").test(scope);
}

export default pyRule({
  meta: {
    id: "PY-DOS-001",
    title: "Resource use sized by request data without a limit",
    // CWE-789: most of what it flags is an allocation (bytearray, repetition, a read or an image) sized so.
    cwe: ["CWE-400", "CWE-770", "CWE-789", "CWE-606", "CWE-730"],
    severity: "MEDIUM",
    severity_variants: [
      { severity: "LOW", when: "a whole request body or upload read into memory in one call" },
      { severity: "LOW", when: "a socket read loop grows a buffer with no size limit" },
    ],
    docs: {
      what_it_does:
        "Flags a loop count (range() or a while condition), repetition, allocation, sleep, power, factorial or permutation count, or a query page size (limit(), fetchmany(), paginate(per_page=) without max_per_page) or a Pillow image size (resize(), Image.new()), sized by a number (or list) from the request with no bound, and (LOW) a whole request stream or upload read with one read() and no MAX_CONTENT_LENGTH.",
      why_bad:
        "One request asking for n=10**9 makes the server loop, allocate or sleep until it runs out of CPU, memory or workers.",
      example_bad:
        "from flask import request\ndef items():\n    n = int(request.args.get('n', 10))\n    return ','.join(str(i) for i in range(n))",
      example_good:
        "from flask import request\ndef items():\n    n = min(int(request.args.get('n', 10)), 100)\n    return ','.join(str(i) for i in range(n))",
    },
    fix_hint:
      "Clamp request-supplied sizes (min(n, LIMIT)), read bodies in bounded chunks and set MAX_CONTENT_LENGTH.",
  },
  // itertools only with a request in the file: LeetCode-style code imports it in a standard header, and that alone
  // made this rule parse three quarters of the benign corpus.
  trigger:
    /^(?=[\s\S]*?itertools)(?=[\s\S]*?(request|get_argument))|(int|float)\(\s*(request\.|self\.get_argument|event\[|req\.params\b|context\.args\b)|request\.(stream|files|FILES|get_data\(\))|(?<=\*\s*)int\(|\.recv\(|struct\.unpack|int\.from_bytes|await\s+\w+\.body\(\)|^(?=[\s\S]*?(fastapi|discord|nextcord|disnake|strawberry|graphene|ariadne))(?=[\s\S]*?(?<=:\s*)int\s*[=,)])|start_(unix_)?server\(|rfile\.read\(|page_size_query_param|LimitOffsetPagination/,
  nodeTypes: ["call", "binary_operator", "augmented_assignment", "while_statement", "class_definition"],
  detect(node, ctx, report) {
    if (node.type === "class_definition") {
      const open = openPagination(ctx, node);
      if (open) report({ node: open, message: "the client picks the page size and nothing caps it" });
      return;
    }
    if (node.type === "while_statement") {
      // `while attempt < retries` with retries parsed from the request: the loop runs as long as the client says.
      const cond = field(node, "condition");
      if (cond?.type !== "comparison_operator") return;
      const ops = cond.children.filter((c) => !c.named).map((c) => c.type);
      const [a, b] = cond.children.filter((c) => c.named);
      const bound = ops[0] === "<" || ops[0] === "<=" ? b : ops[0] === ">" || ops[0] === ">=" ? a : undefined;
      if (bound && unboundedCount(ctx, bound, cond))
        report({ node: cond, message: "a loop bound chosen by the request with no limit" });
      return;
    }
    if (node.type === "augmented_assignment") {
      // `data += conn.recv(1024)` in a loop with no length test on data: a peer that never sends the terminator
      // (or never closes) grows the buffer without end.
      const left = field(node, "left");
      if (left?.type === "identifier" && recvGrowth(ctx, node, field(node, "right"), ctx.text(left)))
        report({
          node,
          severity: "LOW",
          reason: "a socket read loop grows a buffer with no size limit",
          message: `${ctx.text(left)} grows with every recv() and nothing limits its size`,
        });
      return;
    }
    if (node.type === "binary_operator") {
      const op = node.children.find((c) => !c.named)?.type;
      if (op === "**") {
        // base ** exp with exp from the request: the result has exp * log2(base) bits (10**9 ** 10**9 never ends).
        if (unboundedCount(ctx, field(node, "right")))
          report({ node, message: "a power whose exponent the request chooses, with no limit" });
        return;
      }
      if (op !== "*") return;
      const [a, b] = node.children.filter((c) => c.named);
      const seq = (x?: SyntaxNode): boolean =>
        !!x &&
        (["string", "list", "bytes", "tuple"].includes(x.type) ||
          requestText(ctx, x) ||
          // `(text + " ") * times`: text joined to a literal is text.
          (x.type === "parenthesized_expression" && seq(namedChildren(x)[0])) ||
          (x.type === "binary_operator" &&
            x.children.find((c) => !c.named)?.type === "+" &&
            x.children.some((c) => c.type === "string")));
      if ((seq(a) && unboundedSize(ctx, b)) || (seq(b) && unboundedSize(ctx, a)))
        report({ node, message: "a sequence repeated a request-chosen number of times" });
      return;
    }
    const q = ctx.callee(node);
    // `sock.recv(length)` / `recv_exact(sock, length)` / `f.read(length)` with the length the peer announced:
    // recv and read allocate the whole count up front, a loop helper grows to it.
    // A file parser's `f.read(length)` reads a file the program chose: only a socket or stream counts.
    const reader = /^_?(recv|read)(_?exact(ly)?|_?all|_n|_bytes)?$/.exec(ctx.method(node) || q);
    if (
      reader &&
      (reader[1] === "recv" ||
        /\b(sock|socket|conn|connection|peer|client|reader|stream)\w*\b/i.test(
          ctx.text(field(field(node, "function") ?? node, "object") ?? ctx.args(node)[0] ?? node),
        )) &&
      ctx.args(node).some((a) => peerLength(ctx, a))
    ) {
      report({ node, message: "a read as large as the length the peer announced, with no limit" });
      return;
    }
    if (/^(append|extend)$/.test(ctx.method(node))) {
      const recv = field(field(node, "function") ?? node, "object");
      if (recv?.type === "identifier" && recvGrowth(ctx, node, ctx.args(node)[0], ctx.text(recv)))
        report({
          node,
          severity: "LOW",
          reason: "a socket read loop grows a buffer with no size limit",
          message: `${ctx.text(recv)} collects every recv() and nothing limits its size`,
        });
      return;
    }
    if ((q === "pow" && ctx.args(node).length === 2) || q === "math.pow" || q === "math.factorial") {
      // pow(b, e) without a modulus and factorial(n) grow with the request's number (pow(b, e, m) stays small).
      const n = q === "math.factorial" ? ctx.args(node)[0] : ctx.args(node)[1];
      if (q !== "math.pow" && unboundedCount(ctx, n))
        report({ node, message: `${q}() of a request-chosen number with no limit` });
      return;
    }
    if (/^itertools\.(permutations|combinations|combinations_with_replacement|product)$/.test(q)) {
      // Every ordering (or subset) of a request-supplied list: n! results for n items.
      const items = ctx.args(node)[0];
      const r = ctx.arg(node, 1, "r") ?? ctx.kwarg(node, "repeat");
      const fn = ctx.enclosingFunction(node);
      const unbounded =
        (r && unboundedCount(ctx, r)) ||
        (q === "itertools.permutations" &&
          !r &&
          !!items &&
          ctx.level(items, "log") === Level.SOURCE &&
          !(fn && /\blen\(|\[:\s*\w+\s*\]|\bmin\(/.test(ctx.text(fn))));
      if (unbounded) report({ node, message: `${q}() over request data with no size limit` });
      return;
    }
    // A process pool starts all its workers up front: `Pool(processes=n)` forks as many as the request asks.
    if (/^(multiprocessing\.(pool\.)?Pool|concurrent\.futures\.ProcessPoolExecutor)$/.test(q)) {
      const n = ctx.arg(node, 0, q.endsWith("Pool") ? "processes" : "max_workers");
      if (n && unboundedSize(ctx, n)) report({ node, message: `${q}() with a request-chosen worker count` });
      return;
    }
    if (/^(range|time\.sleep|bytearray|bytes|os\.urandom|secrets\.token_bytes|itertools\.repeat)$/.test(q)) {
      if (q === "bytearray" && ctx.args(node).some((a) => peerLength(ctx, a))) {
        report({ node, message: "a buffer as large as the length the peer announced, with no limit" });
        return;
      }
      if (ctx.args(node).some((a) => unboundedSize(ctx, a)))
        report({ node, message: `${q}() sized by a request value with no limit` });
      return;
    }
    // A page size the client picks: `Event.query.limit(n)`, `cursor.fetchmany(n)`, Flask-SQLAlchemy's
    // `paginate(per_page=n)` without max_per_page: one request loads as many rows as it asks for.
    const m = ctx.method(node);
    // Pillow: `img.resize((w, h))` / `Image.new(mode, (w, h))` allocate w * h pixels the request chose.
    if ((m === "resize" && sourceHas(ctx.tree, /\bPIL\b/)) || q === "PIL.Image.new") {
      const size = ctx.resolve(ctx.arg(node, q === "PIL.Image.new" ? 1 : 0, "size"));
      if (size?.type === "tuple" && namedChildren(size).some((d) => unboundedCount(ctx, d)))
        report({
          node,
          message: `${q === "PIL.Image.new" ? "Image.new" : "resize"}() to a size the request chose, with no limit`,
        });
      return;
    }
    if (m === "limit" || m === "fetchmany" || (m === "paginate" && !ctx.kwarg(node, "max_per_page"))) {
      const n = m === "paginate" ? ctx.kwarg(node, "per_page") : ctx.arg(node, 0, "size");
      // (not a typed `limit: int = 100` handler parameter: FastAPI's documented pagination, left to a proxy's
      // or the database's limits)
      if (n && unboundedCount(ctx, n, undefined, false))
        report({ node, message: `${m}() takes a page size from the request with no limit` });
      return;
    }
    // `execute("SELECT ... LIMIT ?", (size,))`: the SQL's page size is the request's number, unbounded.
    if (m === "execute") {
      const n = limitParameter(ctx, node);
      if (n && unboundedCount(ctx, n, undefined, false))
        report({ node, message: "the query's LIMIT is a page size from the request with no limit" });
      return;
    }
    // asyncio.start_server(handle, ...): `await reader.read()` / `read(-1)` in the handler reads until the peer
    // closes, however much it sends.
    if (
      m === "read" &&
      (ctx.args(node).length === 0 || ctx.text(ctx.args(node)[0]!) === "-1") &&
      node.parent?.type === "await" &&
      sourceHas(ctx.tree, /\bstart_(unix_)?server\(/)
    ) {
      const recv = field(field(node, "function") ?? node, "object");
      const fn = ctx.enclosingFunction(node);
      if (recv?.type === "identifier" && fn && ctx.paramNames(fn).includes(ctx.text(recv)))
        report({
          node,
          severity: "LOW",
          reason: "a whole request body or upload read into memory in one call",
          message: `${ctx.text(recv)}.read() reads everything the peer sends, with no limit`,
        });
      return;
    }
    // A socketserver handler's `self.rfile.read()`: the connection's stream, read until the peer closes it.
    if (
      m === "read" &&
      (ctx.args(node).length === 0 || ctx.text(ctx.args(node)[0]!) === "-1") &&
      ctx.text(field(field(node, "function") ?? node, "object") ?? node) === "self.rfile" &&
      sourceHas(ctx.tree, /\bsocketserver\b/)
    ) {
      report({
        node,
        severity: "LOW",
        reason: "a whole request body or upload read into memory in one call",
        message: "self.rfile.read() reads everything the peer sends, with no limit",
      });
      return;
    }
    if (q === "flask.request.get_data" || q === "request.get_data") {
      if (!ctx.args(node).length && !sourceHas(ctx.tree, /MAX_CONTENT_LENGTH/))
        report({ node, severity: "LOW", message: "the whole request body is read into memory" });
      return;
    }
    // Starlette / FastAPI: `await request.body()` on the handler's Request buffers the whole body; neither
    // framework has a body size limit of its own (a proxy's may apply, out of the file's sight).
    if (ctx.method(node) === "body" && !ctx.args(node).length && node.parent?.type === "await") {
      const recv = field(field(node, "function") ?? node, "object");
      const fn = ctx.enclosingFunction(node);
      const param =
        recv?.type === "identifier" && fn
          ? namedChildren(field(fn, "parameters") ?? fn).find(
              (p) => p.type === "typed_parameter" && ctx.text(namedChildren(p)[0] ?? p) === ctx.text(recv),
            )
          : undefined;
      if (
        param &&
        /(^|\.)Request$/.test(ctx.text(field(param, "type") ?? param)) &&
        sourceHas(ctx.tree, /\b(fastapi|starlette)\b/) &&
        !sourceHas(ctx.tree, /max_body|MAX_(BODY|UPLOAD|CONTENT)/i)
      )
        report({ node, severity: "LOW", message: "the whole request body is read into memory" });
      return;
    }
    if (ctx.method(node) === "read" && !ctx.args(node).length) {
      const obj = ctx.text(field(field(node, "function") ?? node, "object") ?? node);
      if (
        /^request\.(stream|files\[|FILES\[)/.test(obj) &&
        !sourceHas(ctx.tree, /MAX_CONTENT_LENGTH|DATA_UPLOAD_MAX/)
      )
        report({ node, severity: "LOW", message: "the whole request body is read into memory" });
    }
  },
  cases: {
    valid: [
      "import strawberry\n@strawberry.type\nclass Query:\n    @strawberry.field\n    def events(self, info: strawberry.Info, first: int = 20) -> list[int]:\n        return session.scalars(select(E).limit(min(first, 100))).all()",
      // DRF pagination whose client-chosen page size is capped, or not client-chosen at all
      "from rest_framework.pagination import PageNumberPagination\nclass P(PageNumberPagination):\n    page_size = 25\n    page_size_query_param = 'page_size'\n    max_page_size = 200",
      "from rest_framework.pagination import PageNumberPagination\nclass P(PageNumberPagination):\n    page_size = 25",
      "from rest_framework.pagination import LimitOffsetPagination\nclass P(LimitOffsetPagination):\n    default_limit = 20\n    max_limit = 100",
      "import discord\nfrom discord.ext import commands\nbot = commands.Bot(command_prefix='!')\n@bot.command()\nasync def rep(ctx, times: int, *, text: str):\n    await ctx.send(((text + ' ') * min(times, 10))[:2000])",
      "import socketserver\nclass H(socketserver.StreamRequestHandler):\n    def handle(self):\n        self.wfile.write(self.rfile.readline(4096))",
      "import secrets\ndef lambda_handler(event, context):\n    n = min(int(event['queryStringParameters']['count']), 100)\n    return [secrets.token_hex(8) for _ in range(n)]",
      "import sqlite3\nfrom flask import request\ndef items():\n    size = max(1, min(int(request.args.get('size', 20)), 100))\n    return sqlite3.connect('a.db').execute('SELECT * FROM items LIMIT ?', (size,)).fetchall()",
      "import sqlite3\nfrom flask import request\ndef items():\n    uid = int(request.args['uid'])\n    return sqlite3.connect('a.db').execute('SELECT * FROM items WHERE uid = ? LIMIT 10', (uid,)).fetchall()",
      "import uuid\nfrom fastapi import FastAPI, Query\napp = FastAPI()\n@app.get('/ids')\ndef new_ids(count: int = Query(1, ge=1, le=100)):\n    return [str(uuid.uuid4()) for _ in range(count)]",
      "import uuid\nfrom fastapi import FastAPI\napp = FastAPI()\n@app.get('/ids')\ndef new_ids(count: int = 1):\n    return [str(uuid.uuid4()) for _ in range(min(count, 50))]",
      "def chunks(n: int = 3):\n    return list(range(n))",
      "from fastapi import FastAPI\napp = FastAPI()\n@app.get('/items')\ndef items(skip: int = 0, limit: int = 100):\n    return db.query(Item).offset(skip).limit(limit).all()",
      "import struct\ndef read_chunk(f):\n    (n,) = struct.unpack('>I', f.read(4))\n    return f.read(n)",
      "import struct\nMAX = 1 << 20\ndef recv_exact(sock, n):\n    return sock.recv(n)\ndef read_message(sock):\n    (length,) = struct.unpack('!I', recv_exact(sock, 4))\n    if length > MAX:\n        raise ValueError('too large')\n    return recv_exact(sock, length)",
      "import struct\nMAX = 1 << 20\ndef read_message(sock):\n    (length,) = struct.unpack('!I', sock.recv(4))\n    if length > MAX:\n        raise ValueError('too large')\n    buf = bytearray(length)\n    sock.recv_into(buf)\n    return bytes(buf)",
      "from flask import request, abort\ndef pad():\n    width = int(request.args.get('width', '80'))\n    if width > 1024:\n        abort(400)\n    return ' ' * (width - 3)",
      "from multiprocessing import Pool\nfrom flask import request\ndef run():\n    workers = min(int(request.args.get('workers', '4')), 8)\n    with Pool(processes=workers) as pool:\n        return pool.map(str, range(3))",
      "from fastapi import FastAPI, Request, HTTPException\napp = FastAPI()\n@app.put('/blobs/{name}')\nasync def put_blob(name: str, request: Request):\n    size = 0\n    async for chunk in request.stream():\n        size += len(chunk)\n        if size > 1_000_000:\n            raise HTTPException(413)\n    return {'size': size}\n",
      "from flask import request\ndef f():\n    mb = min(int(request.args['mb']), 8)\n    return bytearray(mb * 1024 * 1024)",
      "from flask import request\ndef f():\n    n = min(int(request.args['n']), 100)\n    return list(range(n))",
      "from flask import request\ndef f():\n    e = int(request.args['e'])\n    return str(pow(3, e, 2**61 - 1))",
      "def f(n):\n    return list(range(int(n)))",
      "from flask import request\ndef f():\n    tries = min(int(request.args.get('retries', 3)), 5)\n    i = 0\n    while i < tries:\n        i += 1",
      "def f(conn):\n    data = b''\n    while not data.endswith(b'\\n'):\n        data += conn.recv(1024)\n        if len(data) > 8192:\n            raise ValueError('too long')\n    return data",
      "from flask import request\ndef f():\n    n = int(request.args['n'])\n    if n > 100:\n        n = 100\n    return list(range(n))",
      "from flask import request\ndef f():\n    n = min(int(request.args.get('limit', 20)), 100)\n    return Item.query.limit(n).all()",
      "from flask import request\ndef f():\n    n = int(request.args.get('per_page', 20))\n    return Item.query.paginate(page=1, per_page=n, max_per_page=100)",
      "from PIL import Image\nfrom flask import request\ndef f():\n    w = min(int(request.args['w']), 1024)\n    return Image.open(request.files['i']).resize((w, w))",
      "import secrets\nfrom flask import request\ndef make_codes(count):\n    return [secrets.token_hex(8) for _ in range(min(count, 50))]\ndef codes():\n    n = int(request.get_json()['count'])\n    return make_codes(n)",
      "import secrets\nfrom flask import request\ndef make_codes(count):\n    return [secrets.token_hex(8) for _ in range(count)]\ndef codes():\n    n = int(request.get_json()['count'])\n    if n > 100:\n        n = 100\n    return make_codes(n)",
    ],
    invalid: [
      {
        code: "from telegram.ext import ContextTypes\nasync def repeat(update, context: ContextTypes.DEFAULT_TYPE):\n    count = int(context.args[0])\n    for _ in range(count):\n        await context.bot.send_message(chat_id=update.effective_chat.id, text='x')",
        line: 4,
      },
      {
        code: "from rest_framework.pagination import PageNumberPagination\nclass P(PageNumberPagination):\n    page_size = 25\n    page_size_query_param = 'page_size'",
        line: 4,
      },
      {
        code: "from rest_framework.pagination import LimitOffsetPagination\nclass P(LimitOffsetPagination):\n    default_limit = 20",
        line: 3,
      },
      "import discord\nfrom discord.ext import commands\nbot = commands.Bot(command_prefix='!')\ndef rep_text(text, times):\n    return (text + ' ') * times\n@bot.command()\nasync def rep(ctx, times: int, *, text: str):\n    await ctx.send(rep_text(text, times)[:2000])",
      "import socketserver\nclass H(socketserver.StreamRequestHandler):\n    def handle(self):\n        self.wfile.write(self.rfile.read().upper())",
      // A Lambda handler's event is the caller's request.
      "import secrets\ndef lambda_handler(event, context):\n    n = int(event['queryStringParameters']['count'])\n    return [secrets.token_hex(8) for _ in range(n)]",
      {
        code: "import asyncio\nasync def handle(reader, writer):\n    data = await reader.read(-1)\n    writer.write(data)\nasync def main():\n    await asyncio.start_server(handle, '0.0.0.0', 7000)",
        line: 3,
        severity: "LOW",
      },
      {
        code: "from fastapi import FastAPI\napp = FastAPI()\n@app.get('/banner')\nasync def banner(text: str, times: int = 1):\n    return {'banner': text * times}",
        line: 5,
      },
      {
        code: "import sqlite3\nfrom flask import request\ndef items():\n    size = int(request.args.get('size', 20))\n    db = sqlite3.connect('a.db')\n    return db.execute('SELECT * FROM items WHERE kind = ? LIMIT ?', ('a', size)).fetchall()",
        line: 6,
      },
      {
        code: "import uuid\nfrom fastapi import FastAPI\napp = FastAPI()\n@app.get('/ids')\ndef new_ids(count: int = 1):\n    return [str(uuid.uuid4()) for _ in range(count)]",
        line: 6,
      },
      {
        code: "import struct\ndef recv_exact(sock, n):\n    data = b''\n    while len(data) < n:\n        data += sock.recv(n - len(data))\n    return data\ndef read_message(sock):\n    (length,) = struct.unpack('!I', recv_exact(sock, 4))\n    return recv_exact(sock, length)",
        line: 9,
      },
      {
        code: "import struct\ndef read_frame(sock):\n    (n,) = struct.unpack('>H', sock.recv(2))\n    return sock.recv(n)",
        line: 4,
      },
      "import struct\ndef read_message(sock):\n    (length,) = struct.unpack('!I', sock.recv(4))\n    buf = bytearray(length)\n    got = 0\n    while got < length:\n        got += sock.recv_into(memoryview(buf)[got:])\n    return bytes(buf)",
      "from flask import request\ndef pad():\n    width = int(request.args.get('width', '80'))\n    text = request.args.get('text', '')\n    return ' ' * (width - len(text)) + text",
      "from multiprocessing import Pool\nfrom flask import request\ndef run():\n    workers = int(request.args.get('workers', '4'))\n    with Pool(processes=workers) as pool:\n        return pool.map(str, range(3))",
      {
        code: "from fastapi import FastAPI, Request\napp = FastAPI()\n@app.put('/blobs/{name}')\nasync def put_blob(name: str, request: Request):\n    body = await request.body()\n    return {'size': len(body)}\n",
        severity: "LOW",
      },
      {
        code: "from flask import request\ndef f():\n    rows = int(request.args['rows'])\n    n = min(int(request.args['n']), 100)\n    return [i for i in range(rows)] + list(range(n))",
        line: 5,
      },
      "from flask import request\ndef f():\n    n = int(request.args.get('n', 10))\n    return list(range(n))",
      "import time\nfrom flask import request\ndef f():\n    time.sleep(int(request.args['delay']))",
      {
        code: "from flask import request\ndef f():\n    n = int(request.args.get('limit', 20))\n    return Item.query.order_by(Item.id).limit(n).all()",
        line: 4,
      },
      "from flask import request\ndef f():\n    return Item.query.paginate(page=1, per_page=int(request.args['per_page']))",
      "from PIL import Image\nfrom flask import request\ndef f():\n    w = int(request.args['w'])\n    h = int(request.args['h'])\n    return Image.open(request.files['i']).resize((w, h))",
      "from PIL import Image\nfrom flask import request\ndef f():\n    return Image.new('RGB', (int(request.args['w']), 10))",
      "from flask import request\ndef f(cur):\n    cur.execute('SELECT * FROM logs')\n    return cur.fetchmany(int(request.args['n']))",
      "from flask import request\ndef f():\n    e = int(request.args['e'])\n    return str(2 ** e)",
      "import math\nfrom flask import request\ndef f():\n    return str(math.factorial(int(request.args['n'])))",
      "import itertools\nfrom flask import request\ndef f():\n    return list(itertools.permutations(request.args.getlist('x')))",
      "from flask import request\ndef f():\n    tries = int(request.args.get('retries', 3))\n    i = 0\n    while i < tries:\n        if ping():\n            return 'up'\n        i += 1\n    return 'down'",
      { code: "from flask import request\ndef f():\n    return len(request.stream.read())", severity: "LOW" },
      { code: "from flask import request\ndef f():\n    return len(request.get_data())", severity: "LOW" },
      {
        code: "def f(conn):\n    chunks = []\n    while True:\n        c = conn.recv(4096)\n        if not c:\n            break\n        chunks.append(c)\n    return b''.join(chunks)",
        severity: "LOW",
        line: 7,
      },
      {
        code: "import secrets\nfrom flask import request\ndef make_codes(count):\n    return [secrets.token_hex(8) for _ in range(count)]\ndef codes():\n    n = int(request.get_json()['count'])\n    return make_codes(n)",
        line: 4,
      },
      {
        code: "def f(conn):\n    data = b''\n    while not data.endswith(b'\\n'):\n        data += conn.recv(1024)\n    return data",
        severity: "LOW",
        line: 4,
      },
    ],
  },
});
