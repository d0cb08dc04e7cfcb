import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";
import { regexEscape } from "../../../core/regex.js";

const SCOPES = new Set(["function_definition", "lambda", "class_definition"]);
const LOOPS = new Set(["while_statement", "for_statement"]);

/** Nodes of a loop body that run as part of this loop (not inside a nested function or class). */
function bodyNodes(loop: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const walk = (n: SyntaxNode, nested: boolean) => {
    const kids = n.children;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (SCOPES.has(c.type)) continue;
      // A break inside a nested loop leaves that loop, not this one; but a nested loop's `else:` clause runs
      // after that loop, so a break there leaves the enclosing loop (this one, when nothing else is between).
      if (c.type === "break_statement" && nested) continue;
      out.push(c);
      if (LOOPS.has(c.type))
        for (const k of c.children) {
          if (SCOPES.has(k.type)) continue;
          out.push(k);
          walk(k, k.type === "else_clause" ? nested : true);
        }
      else walk(c, nested);
    }
  };
  const body = field(loop, "body");
  if (body) walk(body, false);
  return out;
}

/** The loop can end from inside: break, return, raise, or a call that exits the process. */
function exits(ctx: PythonContext, nodes: SyntaxNode[]): boolean {
  return nodes.some(
    (n) =>
      n.type === "break_statement" ||
      n.type === "return_statement" ||
      n.type === "raise_statement" ||
      (n.type === "call" && /^(sys\.exit|exit|quit|os\._exit|os\.abort)$/.test(ctx.callee(n))),
  );
}

/**
 * `while i < len(xs): if not xs[i]: continue ... i += 1`: a continue before the loop's only step of its counter
 * runs the same iteration again forever. Returns the continue that skips the step.
 */
function continueSkipsStep(ctx: PythonContext, loop: SyntaxNode, cond: SyntaxNode): SyntaxNode | undefined {
  if (cond.type !== "comparison_operator") return undefined;
  if (!ctx.text(field(loop, "body") ?? loop).includes("continue")) return undefined;
  const counter = cond.children.find((c) => c.named);
  if (counter?.type !== "identifier") return undefined;
  const name = ctx.text(counter);
  const writes = new RegExp(`\\b${name}\\s*([-+*/]?=)(?!=)|\\bfor\\s+${name}\\b`);
  const stmts = namedChildren(field(loop, "body") ?? loop);
  const step = stmts.findIndex(
    (st) => st.type === "expression_statement" && new RegExp(`^${name}\\s*([-+]=|=)(?!=)`).test(ctx.text(st)),
  );
  if (step < 0) return undefined;
  // Names the pass draws anew before the test (`start = randint(...)`, `seq = chrom[start:]`): the next pass
  // tests another value, so skipping the step does not repeat the same pass.
  const fresh = new Set<string>();
  for (const st of stmts.slice(0, step)) {
    if (writes.test(ctx.text(st))) return undefined; // the counter changes before the continue too
    const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
    const left = a?.type === "assignment" ? field(a, "left") : undefined;
    if (left?.type === "identifier" && drawsAnew(ctx, field(a!, "right"), fresh)) fresh.add(ctx.text(left));
    if (st.type !== "if_statement") continue;
    const test = field(st, "condition");
    if (test && descendants(test).some((d) => d.type === "identifier" && fresh.has(ctx.text(d)))) continue;
    const cont = descendants(st).find((c) => {
      if (c.type !== "continue_statement") return false;
      for (let a = c.parent; a && a !== st; a = a.parent)
        if (LOOPS.has(a.type) || SCOPES.has(a.type)) return false;
      return true;
    });
    // `del xs[i]; continue` or xs.pop(i): the list shrinks, so the same index reaches the next element.
    if (cont && !/\bdel\s|\.(pop|remove|popleft)\(/.test(ctx.text(st))) return cont;
  }
  return undefined;
}

/** The value changes from pass to pass by itself: a random draw, the next item or line, or a name drawn so. */
function drawsAnew(ctx: PythonContext, value: SyntaxNode | undefined, fresh: Set<string>): boolean {
  if (!value) return false;
  return [value, ...descendants(value)].some(
    (d) =>
      (d.type === "identifier" && fresh.has(ctx.text(d))) ||
      (d.type === "call" &&
        (/^(random|numpy\.random|secrets)\.\w+$|^(next|input)$/.test(ctx.callee(d)) ||
          /^(read|readline|recv|pop|popleft|get_nowait)$/.test(ctx.method(d) ?? ""))),
  );
}

/** The assignment that resets a `while counter < limit` loop's counter to a constant, when it is the only write. */
function counterReset(
  ctx: PythonContext,
  loop: SyntaxNode,
  cond: SyntaxNode,
  body: SyntaxNode[],
): SyntaxNode | undefined {
  if (cond.type !== "comparison_operator") return undefined;
  const counter = cond.children.find((c) => c.named);
  if (counter?.type !== "identifier" || !cond.children.some((c) => c.type === "<" || c.type === "<="))
    return undefined;
  const name = ctx.text(counter);
  const writes = body.filter(
    (n) =>
      n.type === "identifier" && ctx.text(n) === name && n.parent && n.parent.type !== "comparison_operator",
  );
  const resets = writes
    .map((n) => n.parent!)
    .filter((p) => p.type === "assignment" && ctx.text(field(p, "left") ?? p) === name);
  // Every use in the body is such a reset (no reads that could feed another write, no calls, no += ).
  if (!resets.length || resets.length !== writes.length) return undefined;
  return resets.every((p) => /^(integer|float)$/.test(field(p, "right")?.type ?? "")) ? resets[0] : undefined;
}

/** The name a read lands in: `x = s.recv(n)`, `x += s.recv(n)`. */
function readHolder(read: SyntaxNode, loop: SyntaxNode): SyntaxNode | undefined {
  for (let p = read.parent; p && p !== loop; p = p.parent) {
    if (p.type === "assignment" || p.type === "augmented_assignment") {
      const h = field(p, "left");
      return h?.type === "identifier" ? h : undefined;
    }
    if (p.type === "expression_statement" || p.type === "block") break;
  }
  return undefined;
}

/** Parsers that raise on empty input: json.loads('') / pickle.loads(b'') / int('') / struct.unpack of 0 bytes. */
const RAISES_ON_EMPTY = /^(json\.loads|pickle\.loads|struct\.unpack|int|float)$/;

/**
 * `line = f.readline(); data = json.loads(line)` with the parse outside any try of the loop, or in a try whose
 * every handler leaves the loop: the empty read at end of input raises there, and the raise (or the handler's
 * return/break) ends the loop - the end test is the parser's.
 */
function parsedOrRaises(
  ctx: PythonContext,
  loop: SyntaxNode,
  body: SyntaxNode[],
  esc: string,
  strip: string,
): boolean {
  // `float(line.split()[0])`, `int(fields[2])`: an element of the empty read does not exist - the index raises.
  const whole = new RegExp(`^${esc}${strip}(?:\\.split\\([^()]*\\))?(?:\\[\\d+\\])?$`);
  return body.some((n) => {
    if (n.type !== "call" || !RAISES_ON_EMPTY.test(ctx.callee(n))) return false;
    const a = ctx.args(n)[ctx.callee(n) === "struct.unpack" ? 1 : 0];
    if (!a || !whole.test(ctx.text(a))) return false;
    for (let p = n.parent; p && p !== loop; p = p.parent) {
      if (p.type !== "try_statement") continue;
      const handlers = namedChildren(p).filter((c) => c.type === "except_clause");
      return handlers.length > 0 && handlers.every((h) => exits(ctx, descendants(h)));
    }
    return true;
  });
}

/** `read(n)[i]` with a constant index, not inside a try of the loop that swallows the IndexError. */
function indexedRead(ctx: PythonContext, read: SyntaxNode, loop: SyntaxNode): boolean {
  const sub = read.parent;
  if (sub?.type !== "subscript" || field(sub, "value") !== read) return false;
  if (!/^-?\d+$/.test(ctx.text(field(sub, "subscript") ?? sub))) return false;
  for (let p = sub.parent; p && p !== loop; p = p.parent) {
    if (p.type !== "try_statement") continue;
    const handlers = namedChildren(p).filter((c) => c.type === "except_clause");
    return handlers.length > 0 && handlers.every((h) => exits(ctx, descendants(h)));
  }
  return true;
}

/**
 * `while True: chunk = sock.recv(n); data += chunk; if data.endswith(END): break`: a read whose result is never
 * tested for end of input. Once the peer closes, recv()/read() return b"" on every call and the loop's only exits,
 * tests on what was read, never hold. Returns the read.
 */
function readWithoutEof(ctx: PythonContext, loop: SyntaxNode, body: SyntaxNode[]): SyntaxNode | undefined {
  const reads = body.filter(
    (n) =>
      n.type === "call" &&
      /^(recv|read|readline|recv_into)$/.test(ctx.method(n)) &&
      // readline() reads one line whatever its argument; a bare read() reads everything at once.
      (ctx.args(n).length > 0 || ctx.method(n) === "readline") &&
      !/^(os|sys|json|pickle|yaml|select)\./.test(ctx.callee(n)),
  );
  if (reads.length !== 1) return undefined;
  const read = reads[0]!;
  // `op = stream.read(1)[0]`: an item of the empty read does not exist - the index raises IndexError at end of
  // input (outside a try of the loop, or in one whose every handler leaves it), which ends the loop.
  if (indexedRead(ctx, read, loop)) return undefined;
  const holder = readHolder(read, loop);
  if (!holder) return undefined;
  // `data = sock.recv(n)` then `break`: one read and out, whatever it returned.
  let stmt: SyntaxNode = read;
  while (stmt.parent && stmt.parent.type !== "block") stmt = stmt.parent;
  const sibs = stmt.parent ? namedChildren(stmt.parent).filter((c) => c.type !== "comment") : [];
  const next = sibs[sibs.indexOf(stmt) + 1];
  if (next && /^(break_statement|return_statement)$/.test(next.type)) return undefined;
  const name = ctx.text(holder);
  const esc = regexEscape(name);
  // `line.strip() == ""` is as much an end-of-input test as `line == ""` (it also stops at a blank line).
  const strip = "(?:\\.(?:strip|rstrip|lstrip|decode)\\([^()]*\\))*";
  // The length of a buffer the reads are added to (`buf += sock.recv(n)`; `while len(buf) < n`) only grows: it
  // tells nothing about the last read being empty. The length of the read itself does.
  const accumulates = holder.parent?.type === "augmented_assignment";
  // (`not buf.endswith(END)` tests what the buffer ends with, not whether the last read was empty; `not
  // line.strip()` is empty at the end of input too.)
  const empty = new RegExp(
    `(^|\\W)not\\s+${esc}\\b${strip}(?!\\s*[.([])|\\b${esc}${strip}\\s*(==|!=|is\\s+not|is)\\s*(b?""|b?''|None)|(b?""|b?'')\\s*(==|!=)\\s*${esc}\\b|${accumulates ? "(?!)" : `len\\(\\s*${esc}${strip}\\s*\\)`}|^\\s*${esc}\\s*$|\\b${esc}${strip}\\s+(?:not\\s+)?in\\s+[([{][^)\\]}]*(?:b?""|b?''|None)`,
  );
  // `got = len(block)` then `if got == 0: break`: the end test through the length.
  const lens = body
    .filter((n) => n.type === "assignment" && field(n, "left")?.type === "identifier")
    .filter((n) => new RegExp(`^len\\(\\s*${esc}\\s*\\)$`).test(ctx.text(field(n, "right") ?? n)))
    .map((n) => ctx.text(field(n, "left")!));
  const zero = lens.map(
    (l) => new RegExp(`(^|\\W)not\\s+${l}\\b|\\b${l}\\s*(==|<=|<|!=|>)\\s*[01]\\b|^\\s*${l}\\s*$`),
  );
  if (parsedOrRaises(ctx, loop, body, esc, strip)) return undefined;
  const tested = [loop, ...body].some((n) => {
    const c =
      n.type === "if_statement" || n.type === "elif_clause" || n.type === "while_statement"
        ? field(n, "condition")
        : n.type === "conditional_expression" || n.type === "boolean_operator" || n.type === "not_operator"
          ? n
          : undefined;
    return !!c && (empty.test(ctx.text(c)) || zero.some((z) => z.test(ctx.text(c))));
  });
  return tested ? undefined : read;
}

/**
 * `while off < len(buf): n = buf[off]; ...; off += n`: the counter's only write adds a name bound in the loop to
 * an element read from a buffer (`buf[off]`, `int.from_bytes(buf[off:off + 2], ...)`, `ord(buf[off])`,
 * `struct.unpack_from(...)[0]`) that no comparison or max()/min() in the loop looks at. Returns the step.
 */
function dataLengthStep(ctx: PythonContext, cond: SyntaxNode, body: SyntaxNode[]): SyntaxNode | undefined {
  const counter = cond.children.find((c) => c.named);
  if (counter?.type !== "identifier") return undefined;
  const name = ctx.text(counter);
  const writes = body.filter(
    (n) =>
      (n.type === "assignment" || n.type === "augmented_assignment") &&
      ctx.text(field(n, "left") ?? n) === name,
  );
  const step = writes[0];
  if (
    writes.length !== 1 ||
    step?.type !== "augmented_assignment" ||
    !step.children.some((c) => c.type === "+=") ||
    field(step, "right")?.type !== "identifier"
  )
    return undefined;
  const len = ctx.text(field(step, "right")!);
  // `n = ...` or `kind, n = struct.unpack_from(fmt, buf, off)`: the length is one name of the target.
  const binds = body.filter((n) => {
    if (n.type !== "assignment" || n.start >= step.start) return false;
    const left = field(n, "left");
    if (!left) return false;
    if (ctx.text(left) === len) return true;
    return (
      (left.type === "pattern_list" || left.type === "tuple_pattern") &&
      namedChildren(left).some((c) => c.type === "identifier" && ctx.text(c) === len)
    );
  });
  if (binds.length !== 1) return undefined;
  const v = field(binds[0]!, "right");
  const unpacked = v?.type === "call" && /^struct\.unpack_from$/.test(ctx.callee(v));
  const sub =
    v?.type === "subscript"
      ? v
      : v?.type === "call" && /^(int\.from_bytes|ord)$/.test(ctx.callee(v))
        ? ctx.args(v)[0]
        : undefined;
  // Read at the current position: the index (or the unpack's offset argument) names the counter.
  const at = unpacked ? ctx.args(v)[2] : sub?.type === "subscript" ? sub : undefined;
  if (!at || !new RegExp(`\\b${name}\\b`).test(ctx.text(at))) return undefined;
  const uses = new RegExp(`\\b${len}\\b`);
  const tested = body.some(
    (n) =>
      (n.type === "comparison_operator" ||
        n.type === "not_operator" ||
        (n.type === "call" && /^(max|min)$/.test(ctx.callee(n)))) &&
      uses.test(ctx.text(n)),
  );
  // `if n:` / `while n:` tests it too.
  const truth = body.some(
    (n) =>
      (n.type === "if_statement" || n.type === "elif_clause") && ctx.text(field(n, "condition") ?? n) === len,
  );
  return tested || truth ? undefined : step;
}

/**
 * `while True: try: if op(): return ... except E: pass`: the only exits are in a try's body (success), every
 * handler swallows the failure (pass, continue, a log line), nothing counts the attempts and no sleep waits a
 * non-zero delay. A permanent failure keeps the loop retrying as fast as it can, forever.
 */
function busyRetry(ctx: PythonContext, body: SyntaxNode[]): boolean {
  const exitNodes = body.filter((n) => /^(break_statement|return_statement|raise_statement)$/.test(n.type));
  if (
    !exitNodes.length ||
    body.some((n) => n.type === "call" && /^(sys\.exit|exit|quit|os\._exit)$/.test(ctx.callee(n)))
  )
    return false;
  const tries = new Set<SyntaxNode>();
  for (const e of exitNodes) {
    let inTryBody: SyntaxNode | undefined;
    for (let p = e.parent; p && !LOOPS.has(p.type); p = p.parent) {
      if (p.type === "except_clause" || p.type === "finally_clause" || p.type === "else_clause") return false;
      if (p.type === "try_statement") {
        inTryBody = p;
        break;
      }
    }
    if (!inTryBody) return false;
    tries.add(inTryBody);
  }
  for (const tr of tries) {
    const handlers = tr.children.filter((c) => c.type === "except_clause");
    if (!handlers.length) return false;
    for (const h of handlers) {
      const stmts = namedChildren(field(h, "body") ?? namedChildren(h).at(-1) ?? h).filter(
        (s) => s.type !== "comment",
      );
      const swallow = stmts.every(
        (s) =>
          s.type === "pass_statement" ||
          s.type === "continue_statement" ||
          (s.type === "expression_statement" && /^(print|\w*log\w*\.\w+|logging\.\w+)\(/.test(ctx.text(s))),
      );
      if (!swallow) return false;
    }
  }
  // A counter of attempts (`tries += 1`) or a real wait (`time.sleep(2)`, `sleep(delay)`) is a bounded or paced retry.
  if (body.some((n) => n.type === "augmented_assignment")) return false;
  return !body.some((n) => {
    if (n.type !== "call" || !/(^|\.)(sleep|wait)$/.test(ctx.callee(n))) return false;
    const d = ctx.args(n)[0];
    return !d || ctx.constValue(d) !== 0;
  });
}

/** A statement after the loop in the same block: code the author expected the loop to reach. */
function codeAfter(loop: SyntaxNode): boolean {
  const siblings = loop.parent?.children ?? [];
  return siblings.slice(siblings.indexOf(loop) + 1).some((s) => s.named && s.type !== "comment");
}

/**
 * `while x < stop: x += step`: the counter's only write adds (or subtracts) a parameter of the function that is
 * never compared, negated, clamped or reassigned there. Returns that write.
 */
function callerStep(ctx: PythonContext, loop: SyntaxNode, cond: SyntaxNode): SyntaxNode | undefined {
  const ops = cond.children.filter((c) => !c.named).map((c) => c.type);
  if (ops.length !== 1 || !/^(<|<=|>|>=)$/.test(ops[0]!)) return undefined;
  const left = cond.children.find((c) => c.named);
  if (left?.type !== "identifier") return undefined;
  const name = ctx.text(left);
  const fn = ctx.enclosingFunction(loop);
  if (!fn) return undefined;
  const writes = descendants(field(loop, "body") ?? loop).filter(
    (n) =>
      (n.type === "assignment" || n.type === "augmented_assignment" || n.type === "for_statement") &&
      ctx.text(field(n, "left") ?? n) === name,
  );
  const w = writes[0];
  if (writes.length !== 1 || w?.type !== "augmented_assignment") return undefined;
  if (!/^[-+]=$/.test(w.children.find((c) => !c.named)?.type ?? "")) return undefined;
  const right = field(w, "right");
  if (right?.type !== "identifier") return undefined;
  const step = ctx.text(right);
  if (!ctx.paramNames(fn).includes(step)) return undefined;
  // Any test or reassignment of the step in the function counts as a guard.
  const guard = new RegExp(
    `\\b${step}\\s*(<|>|<=|>=|==|!=|=(?!=))|(<|>|<=|>=|==|!=)\\s*${step}\\b|\\bnot\\s+${step}\\b|\\b(if|assert|while|and|or)\\s+${step}\\b|\\b(abs|max|min|bool)\\([^)]*\\b${step}\\b`,
  );
  const params = field(fn, "parameters");
  const text = ctx.text(fn);
  const rest = params ? text.slice(params.end - fn.start) : text;
  return guard.test(rest) ? undefined : w;
}

export default pyRule({
  meta: {
    id: "PY-LOOP-001",
    title: "Loop that can never end",
    cwe: ["CWE-835"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the loop's condition never changes but a break/return inside may still end it",
      },
      {
        severity: "LOW",
        when: "the counter moves by a variable step and may skip the value that ends the loop",
      },
      {
        severity: "LOW",
        when: "the loop ends once the operation succeeds, which may never happen",
      },
      {
        severity: "LOW",
        when: "the step is a caller's parameter that is never tested for zero or sign",
      },
    ],
    docs: {
      what_it_does:
        "Flags `while True` loops with no break, return, raise or exit that are followed by code the author expected to run, and `while counter <op> number` loops whose counter the body never changes (LOW when a break or return inside may still end the loop), retry loops whose only exit is success, with every failure swallowed and no attempt limit or delay (LOW), loops waiting for a terminator in data read with recv() (`while b'\\n' not in buf: buf += sock.recv(n)`) that never test the read for end of input, and `while off < len(buf)` parsers that step the offset by a length read from the buffer without testing it for zero.",
      why_bad:
        "The loop spins forever: the thread hangs or burns CPU (a denial of service an attacker can trigger with the input that reaches it), and the code after it never runs.",
      example_bad:
        "def read_all(sock):\n    chunks = []\n    while True:\n        chunks.append(sock.recv(1024))\n    return b''.join(chunks)",
      example_good:
        "def read_all(sock):\n    chunks = []\n    while True:\n        data = sock.recv(1024)\n        if not data:\n            break\n        chunks.append(data)\n    return b''.join(chunks)",
    },
    fix_hint: "Give the loop an exit: break on end of input, or update the variables its condition reads.",
  },
  trigger:
    /\brecv(?:_into)?\(|\bwhile\s+(?:True\s*:|1\s*:|[A-Za-z_]\w*\s*(?:<=?|>=?|!=)\s*-?\d+\s*:|[A-Za-z_]\w*\s*<|[A-Za-z_]\w*\s*!=\s*[A-Za-z_]\w*\s*:)/,
  nodeTypes: ["while_statement"],
  detect(node, ctx, report) {
    const cond = field(node, "condition");
    if (!cond || field(node, "alternative")) return;
    const body = bodyNodes(node);
    const canExit = exits(ctx, body);
    const v = ctx.constValue(cond);
    if (v !== undefined && !v) return; // never runs
    if (cond.type === "true" || cond.type === "integer") {
      // `while True`: intentional unless code after it expects the loop to end.
      if (!canExit && codeAfter(node))
        report({ node, message: "while loop with a true condition and no exit, followed by code" });
      else if (!canExit) {
        // `if status == "done": print("finished")` inside: the end condition is tested but never leaves.
        const end = namedChildren(field(node, "body") ?? node).find(
          (st) =>
            st.type === "if_statement" &&
            !field(st, "alternative") &&
            /==\s*['"](done|finished|complete|completed|ready|success|succeeded|ok|stopped|exit|quit)['"]/i.test(
              ctx.text(field(st, "condition") ?? st),
            ) &&
            namedChildren(field(st, "consequence") ?? st).every(
              (c) =>
                c.type === "expression_statement" &&
                /^(print|\w*log\w*\.\w+|logging\.\w+)\(/.test(ctx.text(c)),
            ),
        );
        if (end)
          report({
            node,
            severity: "LOW",
            reason: "the loop tests an end condition but only reports it",
            message: `the loop checks ${ctx.text(field(end, "condition")!)} but never leaves when it holds`,
          });
        // `while True: chunk = sock.recv(n); handle(chunk)` with no exit at all: once the peer closes, recv()
        // returns b"" at once on every call and the loop spins at full CPU. (A datagram socket's recv() waits for
        // the next datagram instead, so files that make one are left out; so are file and serial reads, whose
        // empty read is a poll timeout the loop may mean to wait out.)
        else if (!sourceHas(ctx.tree, /SOCK_DGRAM/)) {
          const read = readWithoutEof(ctx, node, body);
          if (read && /^(recv|recv_into)$/.test(ctx.method(read)))
            report({
              node: read,
              message: `${ctx.text(read)} is never tested for end of input and the loop has no exit: once the peer closes it returns empty at once and the loop spins forever`,
            });
        }
      } else {
        const read = readWithoutEof(ctx, node, body);
        if (read)
          report({
            node: read,
            message: `${ctx.text(read)} is never tested for end of input: once the peer closes it returns empty forever and the loop's exits never hold`,
          });
        else if (busyRetry(ctx, body))
          report({
            node,
            severity: "LOW",
            reason: "the loop ends once the operation succeeds, which may never happen",
            message:
              "retries forever with no attempt limit and no delay: while the operation keeps failing the loop spins at full CPU",
          });
      }
      return;
    }
    // `while b"\n\n" not in buf: buf += sock.recv(n)`: a wait for a terminator in what the loop reads. If the
    // peer closes first, recv() returns b"" at once on every call, the buffer never changes and the loop spins.
    if (!canExit && !sourceHas(ctx.tree, /SOCK_DGRAM/)) {
      const read = readWithoutEof(ctx, node, body);
      const holder = read ? readHolder(read, node) : undefined;
      // The names the read reaches: its own, and one it is added to (`buf = buf + data`, `buf += data`).
      const fed = new Set(holder ? [ctx.text(holder)] : []);
      if (holder)
        for (const n of body)
          if (
            (n.type === "assignment" || n.type === "augmented_assignment") &&
            field(n, "left")?.type === "identifier" &&
            descendants(field(n, "right") ?? n).some(
              (d) => d.type === "identifier" && ctx.text(d) === ctx.text(holder),
            )
          )
            fed.add(ctx.text(field(n, "left")!));
      if (
        read &&
        holder &&
        /^(recv|recv_into)$/.test(ctx.method(read)) &&
        [cond, ...descendants(cond)].some((d) => d.type === "identifier" && fed.has(ctx.text(d)))
      ) {
        report({
          node: read,
          message: `${ctx.text(read)} is never tested for end of input: once the peer closes the data stops changing and the loop condition never ends it`,
        });
        return;
      }
    }
    const skipped = continueSkipsStep(ctx, node, cond);
    if (skipped) {
      report({
        node: skipped,
        message: `continue skips the step of ${ctx.text(cond.children.find((c) => c.named)!)}: the same iteration repeats forever`,
      });
      return;
    }
    // `while tries < attempts: ... tries = 0`: the only writes put the counter back to a constant.
    const reset = counterReset(ctx, node, cond, body);
    if (reset) {
      report({
        node: reset,
        severity: canExit ? "LOW" : undefined,
        message: `${ctx.text(field(reset, "left")!)} is only ever reset to a constant, so the loop condition never changes`,
      });
      return;
    }
    // `while offset < size: chunk = read(...); offset += len(chunk)`: an empty read (end of input, a short
    // object) adds nothing, and with no exit in the body the loop never ends.
    if (!canExit && cond.type === "comparison_operator") {
      const left = cond.children.find((c) => c.named);
      const name = left?.type === "identifier" ? ctx.text(left) : undefined;
      const step = name
        ? descendants(field(node, "body") ?? node).find((d) => {
            if (d.type !== "augmented_assignment" || ctx.text(field(d, "left") ?? d) !== name) return false;
            const r = field(d, "right");
            return r?.type === "call" && ctx.callee(r) === "len" && ctx.args(r)[0]?.type === "identifier";
          })
        : undefined;
      const chunk = step ? ctx.args(field(step, "right")!)[0] : undefined;
      const read = chunk ? ctx.resolve(chunk) : undefined;
      // `opt = Option(data)` / `self.Attribute(self.data)`: a record parsed by a class, whose length is its
      // __len__ (a header and its body), not a read that comes back empty at the end of input.
      const made = read?.type === "call" ? (ctx.callee(read).split(".").pop() ?? "") : "";
      if (step && read?.type === "call" && !/^[A-Z]\w*[a-z0-9]\w*$/.test(made)) {
        report({
          node: step,
          message: `${ctx.text(step)} adds nothing once ${ctx.text(chunk!)} comes back empty, and the loop has no other exit`,
        });
        return;
      }
    }
    // `while off < len(buf): n = buf[off]; ...; off += n`: the step is a length read from the data itself and
    // never tested; a record whose length is 0 leaves the offset where it is and the loop parses it forever.
    if (!canExit && cond.type === "comparison_operator" && cond.children.some((c) => /^<=?$/.test(c.type))) {
      const step = dataLengthStep(ctx, cond, body);
      if (step) {
        report({
          node: step,
          message: `${ctx.text(step)} steps by a length read from the data: a zero length never moves ${ctx.text(field(step, "left")!)} and the loop never ends`,
        });
        return;
      }
    }
    // `while x < stop: ...; x += step` with step a parameter the function never tests: a caller passing 0 (or a
    // step of the wrong sign) leaves the counter where it is and the loop never ends.
    if (!canExit && cond.type === "comparison_operator") {
      const step = callerStep(ctx, node, cond);
      if (step) {
        report({
          node: step,
          severity: "LOW",
          reason: "the step is a caller's parameter that is never tested for zero or sign",
          message: `${ctx.text(step)} moves the counter by the caller's ${ctx.text(field(step, "right")!)}, never tested: a step of 0 never ends the loop`,
        });
        return;
      }
    }
    // `while pos != end: pos += step`: the only writes move the counter by a step that is not a literal, so
    // whenever the distance is not a multiple of the step the counter jumps over the end.
    if (!canExit && cond.type === "comparison_operator" && cond.children.some((c) => c.type === "!=")) {
      const [a, b] = cond.children.filter((c) => c.named);
      if (a?.type === "identifier" && b?.type === "identifier") {
        const names2 = new Set([ctx.text(a), ctx.text(b)]);
        const writes = descendants(field(node, "body") ?? node).filter(
          (n) =>
            (n.type === "assignment" || n.type === "augmented_assignment") &&
            names2.has(ctx.text(field(n, "left") ?? n)),
        );
        const stepped = writes.filter(
          (w) =>
            w.type === "augmented_assignment" &&
            ctx.text(field(w, "left")!) === ctx.text(a) &&
            /^[-+]=$/.test(w.children.find((c) => !c.named)?.type ?? "") &&
            field(w, "right")?.type === "identifier",
        );
        if (writes.length && stepped.length === writes.length) {
          report({
            node,
            severity: "LOW",
            reason: "the counter moves by a variable step and may skip the value that ends the loop",
            message: `${ctx.text(a)} moves by ${ctx.text(field(stepped[0]!, "right")!)} and may step over ${ctx.text(b)}`,
          });
          return;
        }
      }
    }
    // Only a counter compared with a number (`while attempts < 5`): the shape the trigger admits.
    const operands = cond.type === "comparison_operator" ? cond.children.filter((c) => c.named) : [];
    if (
      operands.length !== 2 ||
      operands[0]?.type !== "identifier" ||
      !/^(integer|unary_operator)$/.test(operands[1]?.type ?? "")
    )
      return;
    // The condition reads only plain local names (and literals); the body must never rebind or mutate them.
    const parts = [cond, ...descendants(cond)];
    if (
      parts.some(
        (p) => p.type === "call" || p.type === "attribute" || p.type === "subscript" || p.type === "await",
      )
    )
      return;
    // An ordering comparison (<, >=, ...) is over numbers or strings: passing them to a call cannot change them.
    const ordered = parts.some((p) => !p.named && ["<", ">", "<=", ">="].includes(p.type));
    const names = new Set(parts.filter((p) => p.type === "identifier").map((p) => ctx.text(p)));
    if (!names.size) return;
    const fn = ctx.enclosingFunction(node);
    if (!fn) return; // module-level flags may be changed by signal handlers or threads
    const fnNodes = descendants(fn);
    if (
      fnNodes.some(
        (n) =>
          (n.type === "global_statement" || n.type === "nonlocal_statement") &&
          descendants(n).some((i) => names.has(ctx.text(i))),
      )
    )
      return;
    // `while n != 0: n -= 2`: the only changes step by more than one, so the counter can jump over the value.
    if (!canExit && cond.children.some((c) => c.type === "!=")) {
      const writes = body.filter((n) => n.type === "identifier" && names.has(ctx.text(n)) && n.parent);
      const steps = writes
        .map((n) => n.parent!)
        .filter((p) => p.type !== "comparison_operator" && p.type !== "argument_list");
      const bigSteps = steps.filter(
        (p) =>
          p.type === "augmented_assignment" &&
          /^[-+]=$/.test(p.children.find((c) => !c.named)?.type ?? "") &&
          field(p, "right")?.type === "integer" &&
          Math.abs(Number(ctx.text(field(p, "right")!))) > 1,
      );
      if (steps.length && bigSteps.length === steps.length) {
        report({
          node,
          severity: "LOW",
          reason: "the counter changes in steps larger than one and may skip the value that ends the loop",
          message: `${[...names].join(", ")} moves in steps of ${ctx.text(field(bigSteps[0]!, "right")!)} and may never equal the value`,
        });
        return;
      }
    }
    const touched = body.some((n) => {
      if (n.type !== "identifier" || !names.has(ctx.text(n))) return false;
      const p = n.parent;
      if (!p) return false;
      // Any use other than a plain read in an expression may change it: assignment targets, method calls, del.
      if ((p.type === "assignment" || p.type === "augmented_assignment") && field(p, "left") === n)
        return true;
      if (p.type === "pattern_list" || p.type === "tuple_pattern" || p.type === "for_statement") return true;
      if (p.type === "attribute" || p.type === "delete_statement" || p.type === "named_expression")
        return true;
      // `del x[0]`, `x[i] = v`: the container changes through an item.
      if (p.type === "subscript" && field(p, "value") === n) {
        for (let a = p.parent; a && a.type !== "block"; a = a.parent) {
          if (a.type === "delete_statement") return true;
          if (
            (a.type === "assignment" || a.type === "augmented_assignment") &&
            field(a, "left")?.start === p.start
          )
            return true;
        }
      }
      if (p.type === "argument_list" && !ordered) return true; // passed to a function that may mutate it
      return false;
    });
    if (!touched)
      report({
        node,
        severity: canExit ? "LOW" : undefined,
        message: `nothing in the loop changes ${[...names].join(", ")}`,
      });
  },
  cases: {
    valid: [
      // A record parsed by a class (its length covers its header); an EOF test by membership; an index that raises.
      "class Opt:\n    def __init__(self, b):\n        self.n = b[1]\n    def __len__(self):\n        return 2 + self.n\ndef opts(data, total):\n    out = []\n    while total > 0:\n        o = Opt(data)\n        data = data[len(o):]\n        total -= len(o)\n        out.append(o)\n    return out",
      "def scan(fh, marks):\n    while True:\n        line = fh.readline()\n        if line.startswith('#'):\n            marks.append(line)\n        elif line in (None, ''):\n            break",
      "def energies(fh):\n    out = []\n    while True:\n        line = fh.readline()\n        e = float(line.split()[0])\n        out.append(e)\n        if e >= 100:\n            return out",
      // Each pass draws a new start before the test: skipping the step retries with another value.
      "from random import randint\ndef reads(chrom, n, k):\n    out = []\n    i = 0\n    while i < n:\n        start = randint(0, len(chrom) - k)\n        seq = chrom[start:start + k]\n        if b'N' in seq:\n            continue\n        i += 1\n        out.append(seq)\n    return out",
      // `not line.strip()` is true for the empty read at the end of input too (a header block read to its blank line).
      "def headers(fp):\n    out = []\n    while True:\n        line = fp.readline()\n        if not line.strip():\n            break\n        out.append(line)\n    return out",
      // json.loads('') raises at end of input, and the handler returns.
      "import json\nclass Worker:\n    def run(self):\n        while True:\n            try:\n                line = self._input.readline()\n                data = json.loads(line)\n            except (json.JSONDecodeError, IOError):\n                return None\n            if 'eof' in data:\n                break\n            self.handle(data)",
      "def pts(start, stop, step):\n    if step <= 0:\n        raise ValueError(step)\n    out = []\n    x = start\n    while x < stop:\n        out.append(x)\n        x += step\n    return out",
      "def pts(start, stop, step=0.5):\n    step = max(step, 0.01)\n    x = start\n    while x < stop:\n        x += step\n    return x",
      "def blocks(infile, size):\n    while True:\n        block = infile.read(size)\n        got = len(block)\n        if got == 0:\n            break\n        yield block",
      "def recv_exact(sock, n):\n    buf = b''\n    while len(buf) < n:\n        chunk = sock.recv(n - len(buf))\n        if not chunk:\n            raise EOFError\n        buf += chunk\n    return buf",
      "def recv_all(sock):\n    while True:\n        chunk = sock.recv(4096)\n        if len(chunk) == 0:\n            break\n        yield chunk",
      "import time, requests\ndef wait_for(url):\n    while True:\n        try:\n            if requests.get(url, timeout=5).status_code == 200:\n                return\n        except requests.RequestException:\n            pass\n        time.sleep(2)",
      "def connect(make):\n    tries = 0\n    while True:\n        try:\n            return make()\n        except OSError:\n            tries += 1\n            if tries > 5:\n                raise",
      "def connect(make, log):\n    while True:\n        try:\n            return make()\n        except OSError as e:\n            log.warning('retry: %s', e)\n            raise",
      "def read_msg(sock):\n    buf = b''\n    while b'\\n\\n' not in buf:\n        chunk = sock.recv(4096)\n        if not chunk:\n            raise ConnectionError('closed')\n        buf += chunk\n    return buf",
      "def read_msg(sock, n):\n    got = 0\n    while got < n:\n        got += 1\n        sock.recv(1)",
      "def f(xs):\n    while True:\n        for x in xs:\n            if x:\n                break\n        else:\n            break\n    return xs",
      "import select\ndef f(sock, n):\n    while True:\n        r, _, _ = select.select([sock], [], [], 0.1)\n        if r:\n            x = sock.recv(n)\n            break\n    return x",
      "def dl(store, key, size):\n    out = b''\n    off = 0\n    while off < size:\n        chunk = store.get_range(key, off, 1024)\n        if not chunk:\n            raise IOError()\n        out += chunk\n        off += len(chunk)\n    return out",
      "def serve(s):\n    while True:\n        conn, _ = s.accept()\n        handle(conn)",
      "import socket\ndef listen(port, handle):\n    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n    s.bind(('127.0.0.1', port))\n    while True:\n        data = s.recv(2048)\n        handle(data)",
      "def pump(sock, handle):\n    while True:\n        data = sock.recv(4096)\n        if not data:\n            break\n        handle(data)",
      "def count(n):\n    while n > 0:\n        n -= 1\n    return 'done'",
      "def drain(q):\n    while q:\n        q.pop()",
      "def f(n):\n    while n != 0:\n        n -= 1",
      "def drain(q):\n    while q:\n        del q[0]",
      "def wait():\n    while True:\n        if ready():\n            break\n    return 1",
      "def f(xs):\n    i = 0\n    while i < len(xs):\n        x = xs[i]\n        i += 1\n        if not x:\n            continue\n        use(x)",
      "def up(send, n):\n    tries = 0\n    while tries < n:\n        try:\n            return send()\n        except OSError:\n            tries += 1",
      "def f(xs):\n    i = 0\n    while i < len(xs):\n        if not xs[i]:\n            del xs[i]\n            continue\n        i += 1",
      "def f(xs):\n    i = 0\n    while i < len(xs):\n        if not xs[i]:\n            i += 1\n            continue\n        use(xs[i])\n        i += 1",
      "def rd(c):\n    d = b''\n    while True:\n        x = c.recv(4096)\n        if not x:\n            break\n        d += x\n        if d.endswith(b'.'):\n            break\n    return d",
      "def rd(c):\n    d = b''\n    while True:\n        x = c.recv(4096)\n        if x == b'':\n            return d\n        d += x",
      "def f(a, b, s):\n    while a != b:\n        if a > b:\n            break\n        a += s",
      "def f(a, b):\n    while a != b:\n        a += 1",
      "def recs(d):\n    out = []\n    off = 0\n    while off < len(d):\n        n = d[off]\n        if n == 0:\n            raise ValueError()\n        out.append(d[off + 1 : off + n])\n        off += n\n    return out",
      "def recs(d):\n    off = 0\n    while off < len(d):\n        n = max(1, d[off])\n        off += n",
      "def walk(sizes, total):\n    pos = 0\n    i = 0\n    while pos < total:\n        step = sizes[i]\n        i += 1\n        pos += step",
      "def block(fh):\n    out = []\n    while True:\n        line = fh.readline()\n        if not line or line.strip() == 'END':\n            break\n        out.append(line)\n    return out",
      "def block(fh):\n    out = []\n    while True:\n        line = fh.readline()\n        if line.strip() == '':\n            break\n        out.append(line)\n    return out",
    ],
    invalid: [
      // A chunk read (not a parsed record) adds nothing once the input ends; a membership test without ''.
      {
        code: "def skip(f, total):\n    while total > 0:\n        chunk = f.read(4096)\n        total -= len(chunk)",
        line: 4,
      },
      {
        code: "def scan(fh, marks):\n    while True:\n        line = fh.readline()\n        if line in ('END', 'STOP'):\n            break\n        marks.append(line)",
        line: 3,
      },
      // A caller's step of 0 never moves x.
      {
        code: "def pts(start, stop, step):\n    out = []\n    x = start\n    while x < stop:\n        out.append(x)\n        x += step\n    return out",
        line: 6,
        severity: "LOW",
      },
      {
        code: "def recv_exact(sock, n):\n    buf = b''\n    while len(buf) < n:\n        buf += sock.recv(n - len(buf))\n    return buf",
        line: 4,
      },
      {
        code: "import time, requests\ndef wait_for(url):\n    while True:\n        try:\n            if requests.get(url, timeout=5).status_code == 200:\n                return\n        except requests.RequestException:\n            pass\n        time.sleep(0)",
        severity: "LOW",
        line: 3,
      },
      {
        code: "def connect(make):\n    while True:\n        try:\n            return make()\n        except OSError:\n            continue",
        severity: "LOW",
      },
      {
        code: "def read_msg(sock):\n    buf = b''\n    while b'\\n\\n' not in buf:\n        buf += sock.recv(4096)\n    return buf",
        line: 4,
        message: "never tested for end of input",
      },
      {
        code: "def read_msg(sock):\n    buf = b''\n    while not buf.endswith(b'END'):\n        data = sock.recv(1024)\n        buf = buf + data\n    return buf",
        line: 4,
      },
      // The same wait with the read added straight to the buffer: `not buf.endswith(...)` is no end-of-input test.
      "def read_line(sock):\n    buf = b''\n    while not buf.endswith(b'\\n'):\n        buf += sock.recv(1)\n    return buf",
      {
        code: "def recs(d):\n    out = []\n    off = 0\n    while off < len(d):\n        n = d[off]\n        out.append(d[off + 1 : off + n])\n        off += n\n    return out",
        line: 7,
      },
      {
        code: "def tlv(b):\n    i = 0\n    while i < len(b):\n        size = int.from_bytes(b[i : i + 2], 'big')\n        yield b[i + 2 : i + size]\n        i += size",
        line: 6,
      },
      {
        code: "import struct\ndef recs(buf):\n    pos = 0\n    while pos < len(buf):\n        kind, length = struct.unpack_from('>HH', buf, pos)\n        yield kind, buf[pos + 4 : pos + length]\n        pos += length",
        line: 7,
      },
      {
        code: "def f(xs):\n    while True:\n        for x in xs:\n            if x:\n                break\n    return xs",
        line: 2,
      },
      {
        code: "def f(a, b, s):\n    out = []\n    while a != b:\n        out.append(a)\n        a += s\n    return out",
        severity: "LOW",
      },
      "def dl(store, key, size):\n    out = b''\n    off = 0\n    while off < size:\n        chunk = store.get_range(key, off, 1024)\n        out += chunk\n        off += len(chunk)\n    return out",
      {
        code: "def up(send, n):\n    tries = 0\n    while tries < n:\n        try:\n            return send()\n        except OSError:\n            tries = 0",
        severity: "LOW",
        line: 7,
      },
      {
        code: "def f(xs):\n    i = 0\n    while i < len(xs):\n        if not xs[i]:\n            continue\n        use(xs[i])\n        i += 1",
        line: 5,
      },
      {
        code: "import time\ndef wait_for(s):\n    attempts = 0\n    while attempts < 5:\n        if s.ready():\n            return True\n        time.sleep(1)\n    return False",
        severity: "LOW",
      },
      "def read_all(sock):\n    chunks = []\n    while True:\n        chunks.append(sock.recv(1024))\n    return b''.join(chunks)",
      {
        code: "def pump(sock, handle):\n    buf = b''\n    while True:\n        chunk = sock.recv(4096)\n        buf += chunk\n        handle(buf)",
        line: 4,
        message: "the loop has no exit",
      },
      // A handler that swallows the parse error and reads again spins at end of input.
      {
        code: "import json\ndef run(fh, handle):\n    while True:\n        try:\n            data = json.loads(fh.readline())\n        except ValueError:\n            continue\n        if 'eof' in data:\n            break\n        handle(data)",
        message: "never tested for end of input",
      },
      {
        code: "def block(fh):\n    out = []\n    while True:\n        line = fh.readline()\n        if line.strip() == 'END':\n            break\n        out.append(line)\n    return out",
        line: 4,
      },
      {
        code: "def rd(c):\n    d = b''\n    while True:\n        x = c.recv(4096)\n        d += x\n        if d.endswith(b'.'):\n            break\n    return d",
        line: 4,
      },
      "def count_down(n):\n    i = n\n    while i > 0:\n        print(i)\n    return 'done'",
      { code: "def f(n):\n    while n != 0:\n        print(n)\n        n -= 2", severity: "LOW" },
      {
        code: "import time\ndef wait(c, j):\n    while True:\n        if c.status(j) == 'done':\n            print('finished')\n        time.sleep(1)",
        severity: "LOW",
      },
    ],
  },
});
