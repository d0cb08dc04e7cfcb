import { Level, type PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, nodesOfType, perTree } from "../../parse/nodes.js";
import { analyzeRegex, capSafe, describe, type Blowup } from "../regex-ambiguity.js";
import { nestedQuantifier } from "../redos.js";
import { pyRule } from "./common.js";

const FUNCS = /^(re|regex)\.(compile|match|fullmatch|search|findall|finditer|sub|subn|split)$/;
const METHODS = /^(match|fullmatch|search|findall|finditer|sub|subn|split)$/;

/** Where a call's subject string is: `re.sub(p, repl, s)` / `R.sub(repl, s)` take it one later. */
function inputOf(
  ctx: PythonContext,
  call: SyntaxNode,
  method: string,
  viaModule: boolean,
): SyntaxNode | undefined {
  const at = (method === "sub" || method === "subn" ? 1 : 0) + (viaModule ? 1 : 0);
  return ctx.arg(call, at, "string");
}

const modeOf = (method: string): "search" | "match" | "fullmatch" =>
  method === "match" ? "match" : method === "fullmatch" ? "fullmatch" : "search";

/** Compiled-pattern method calls in the file: `R.match(s)`, `self._re.sub(r, s)`, by the receiver's last name. */
const patternCalls = perTree((ctx: PythonContext) => {
  const out = new Map<string, { call: SyntaxNode; method: string }[]>();
  const nodes = nodesOfType(ctx.tree, "call");
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    const fn = field(n, "function");
    if (fn?.type !== "attribute") continue;
    const method = ctx.text(field(fn, "attribute") ?? fn);
    if (!METHODS.test(method)) continue;
    const obj = field(fn, "object");
    const last = obj?.type === "attribute" ? field(obj, "attribute") : obj;
    if (last?.type !== "identifier") continue;
    const list = out.get(ctx.text(last)) ?? [];
    list.push({ call: n, method });
    out.set(ctx.text(last), list);
  }
  return out;
});

/** The names a module lists in `__all__`. */
const publicNames = perTree((ctx: PythonContext) => {
  // eslint-disable-next-line no-restricted-syntax -- once per tree (perTree)
  const m = /^__all__\s*(?:\+?=)\s*[[(]([^\])]*)[\])]/m.exec(ctx.tree.source);
  return new Set(m ? [...m[1]!.matchAll(/["'](\w+)["']/g)].map((x) => x[1]!) : []);
});

/** A Python string literal's value with escapes undone unless it is raw. */
function literal(ctx: PythonContext, node: SyntaxNode): string | undefined {
  const value = ctx.stringValue(node);
  if (value === undefined) return undefined;
  const raw = (n: SyntaxNode): boolean =>
    n.type === "concatenated_string" ? n.children.every(raw) : /^[a-zA-Z]*[rR]/.test(ctx.text(n));
  if (raw(node)) return value;
  return value.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\s\S])/g, (all, e: string) => {
    if ((e[0] === "x" || e[0] === "u") && e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
    const simple: Record<string, string> = {
      n: "\n",
      r: "\r",
      t: "\t",
      f: "\f",
      v: "\v",
      "\\": "\\",
      "'": "'",
      '"': '"',
    };
    return simple[e] ?? all; // unknown escapes stay as written (`"\d"` is `\d`)
  });
}

/** Letters for the flags a call passes (`re.I | re.VERBOSE` is "ix"). */
function flagsOf(ctx: PythonContext, call: SyntaxNode): string {
  const t = ctx.text(field(call, "arguments") ?? call);
  let out = "";
  if (/\bre\.(I|IGNORECASE)\b/.test(t)) out += "i";
  if (/\bre\.(S|DOTALL)\b/.test(t)) out += "s";
  if (/\bre\.(X|VERBOSE)\b/.test(t)) out += "x";
  if (/\bre\.(A|ASCII)\b/.test(t)) out += "a";
  if (/\bre\.(M|MULTILINE)\b/.test(t)) out += "m";
  return out;
}

/** The length cap on an input: `[:N]` where it is made, or `if len(x) > N: return/raise` before the use. */
function cap(ctx: PythonContext, input: SyntaxNode, use: SyntaxNode): number | undefined {
  const caps: number[] = [];
  const sliced = (n: SyntaxNode | undefined) => {
    const m = n && /\[\s*0?\s*:\s*(\d+)\s*\]\s*$/.exec(ctx.text(n));
    if (m) caps.push(Number(m[1]));
  };
  sliced(input);
  // `pattern.match(fp.read(512))`: a read of at most N bytes (or characters).
  const read = (n: SyntaxNode | undefined) => {
    if (n?.type !== "call" || !/^(read|readline|recv|read1)$/.test(ctx.method(n))) return;
    const size = ctx.args(n)[0];
    if (size?.type === "integer") caps.push(Number(ctx.text(size)));
  };
  read(input);
  const r = ctx.resolve(input);
  if (r && r !== input) sliced(r);
  const fn = ctx.enclosingFunction(use);
  if (input.type === "identifier" && fn) {
    const before = ctx.tree.source.slice(fn.start, use.start);
    const guard = new RegExp(
      `\\bif\\b[^\\n]*\\blen\\(\\s*${ctx.text(input)}\\s*\\)\\s*>=?\\s*(\\d+)[^\\n]*:\\s*\\n?\\s*(return|raise)\\b`,
      "g",
    );
    for (const m of before.matchAll(guard)) caps.push(Number(m[1]));
    // ... or a block that ends in return/raise after other statements (`msg = "not an EPS file"` then `raise`).
    const test = new RegExp(`^len\\(\\s*${ctx.text(input)}\\s*\\)\\s*>=?\\s*(\\d+)$`);
    for (const g of descendants(fn)) {
      if (g.type !== "if_statement" || g.end > use.start) continue;
      const m = test.exec(ctx.text(field(g, "condition") ?? g));
      const last = namedChildren(field(g, "consequence") ?? g)
        .filter((c) => c.type !== "comment")
        .pop();
      if (m && /^(return|raise)_statement$/.test(last?.type ?? "")) caps.push(Number(m[1]));
    }
  }
  return caps.length ? Math.min(...caps) : undefined;
}

/** How far to trust an input: request data, a parameter of a function the module lists in `__all__`, or not. */
function trust(ctx: PythonContext, input: SyntaxNode): "source" | "exported" | "const" | "other" {
  const level = ctx.level(input, "regex");
  if (level === Level.SOURCE) return "source";
  if (level === Level.CONST) return "const";
  if (level === Level.PARAM) {
    const names = publicNames(ctx);
    for (let f = ctx.enclosingFunction(input); f; f = ctx.enclosingFunction(f))
      if (names.has(ctx.text(field(f, "name") ?? f))) return "exported";
  }
  return "other";
}

/** Request data: in a route handler, a function taking the request, or read from `request.` itself. */
function fromRequest(ctx: PythonContext, input: SyntaxNode, use: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(use);
  if (fn && ctx.isEntryFunction(fn)) return true;
  if (fn && /\b(request|req)\b/.test(ctx.text(field(fn, "parameters") ?? fn))) return true;
  const r = ctx.resolve(input) ?? input;
  return /\brequest\.|\brequest\b/.test(ctx.text(r)) || /\brequest\./.test(ctx.text(input));
}

/**
 * The input is a line of a file the program opened itself and no request reaches: a loop over `open(...)`, a
 * handle's `readlines()` or `read().splitlines()`, or a list built from those.
 */
function fileLines(ctx: PythonContext, input: SyntaxNode | undefined): boolean {
  if (!input || input.type !== "identifier") return false;
  const name = ctx.text(input);
  const fromFile = (over: SyntaxNode, depth = 0): boolean => {
    if (over.type === "identifier" && openedAs(ctx, over)) return true;
    const src = over.type === "identifier" ? ctx.resolve(over) : over;
    if (!src) return /^(fh|fp|f|infile|file|handle|lines)$/.test(ctx.text(over));
    return (
      /^(open|io\.open|codecs\.open)$/.test(ctx.callee(src)) ||
      /\.(readlines|splitlines)\(\)$/.test(ctx.text(src)) ||
      (depth < 3 && src !== over && src.type === "identifier" && fromFile(src, depth + 1))
    );
  };
  for (let p = input.parent; p; p = p.parent) {
    if (p.type === "function_definition" || p.type === "module") break;
    // (a comprehension's `for line in fh` clause sits beside its body, not above it)
    const loops =
      p.type === "for_statement" ? [p] : namedChildren(p).filter((c) => c.type === "for_in_clause");
    for (const loop of loops)
      if (ctx.text(field(loop, "left") ?? loop) === name) {
        const over = field(loop, "right");
        return !!over && fromFile(over);
      }
  }
  return false;
}

/** `f` bound by an enclosing `with open(path) as f:` (or io.open / codecs.open). */
function openedAs(ctx: PythonContext, id: SyntaxNode): boolean {
  const name = ctx.text(id);
  for (let p = id.parent; p && p.type !== "function_definition"; p = p.parent) {
    if (p.type !== "with_statement") continue;
    for (const a of descendants(p)) {
      if (a.type !== "as_pattern" || a.parent?.type !== "with_item") continue;
      const alias = field(a, "alias") ?? namedChildren(a)[1];
      const value = namedChildren(a)[0];
      if (alias && ctx.text(alias) === name && value?.type === "call")
        return /^(open|io\.open|codecs\.open)$/.test(ctx.callee(value));
    }
  }
  return false;
}

/** Python 3.11's atomic groups and possessive quantifiers, which the structural check cannot see through. */
const ATOMIC = /\(\?>|[*+?}]\+/;

export default pyRule({
  meta: {
    id: "PY-REDOS-001",
    title: "Regular expression with super-linear backtracking (ReDoS)",
    cwe: ["CWE-1333", "CWE-400", "CWE-730"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the pattern backtracks super-linearly but no untrusted input was traced to it",
      },
    ],
    docs: {
      what_it_does:
        "Flags literal patterns passed to re.* that backtrack super-linearly, judged on their NFA: exponentially (a repeated part that can read one run in two ways, (\\w+\\s?)*, (\\d+)+x) or polynomially (two unbounded parts in a row over the same characters before something that can fail, ^(.*)\\s+(\\S+)$, or one before a failing suffix in re.search/sub, [ \\t]+$), applied to request data or to a parameter of a function the module lists in __all__, without a length cap. Patterns whose input is not traced are a LOW hint (unless only the retry makes them polynomial); constant inputs are not flagged.",
      why_bad:
        "Python's backtracking engine takes exponential or high-polynomial time on crafted near-matches, so one request can pin a CPU.",
      example_bad:
        "import re\nfrom flask import request\ndef valid():\n    return re.match(r'^([a-z0-9]+\\.?)+@example\\.com$', request.args['email']) is not None",
      example_good:
        "import re\nfrom flask import request\ndef valid():\n    return re.match(r'^[a-z0-9]+(?:\\.[a-z0-9]+)*@example\\.com$', request.args['email']) is not None",
    },
    fix_hint:
      "Make the repeated parts unambiguous (a required separator, disjoint classes), cap the input's length before a polynomial pattern, use an atomic group or possessive quantifier (3.11+), or a linear-time engine (google-re2).",
  },
  trigger: /\bre\.|\bregex\.|\bfrom re(?:gex)? import\b/,
  nodeTypes: ["call"],
  calls: ["compile", "match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const fm = FUNCS.exec(q);
    if (!fm) return;
    const func = fm[2]!;
    const p = ctx.resolve(ctx.arg(node, 0, "pattern"));
    const value = p ? literal(ctx, p) : undefined;
    if (!value) return;
    const flags = flagsOf(ctx, node);
    // A compiled pattern is judged for the way each use runs it; the direct call for its own.
    const modes = func === "compile" ? (["search", "match", "fullmatch"] as const) : [modeOf(func)];
    const judge = (mode: "search" | "match" | "fullmatch"): Blowup | null => {
      const b = analyzeRegex(value, { flavor: "python", flags, mode });
      if (b !== undefined) return b;
      if (!ATOMIC.test(value) && nestedQuantifier(value, { separators: true }))
        return { degree: 2, retryOnly: false, witness: "" };
      return null;
    };
    // The uses: this call itself, or the compiled pattern's method calls through the name it is bound to.
    const uses: { call: SyntaxNode; input: SyntaxNode | undefined; blow: Blowup | null }[] = [];
    if (func !== "compile")
      uses.push({ call: node, input: inputOf(ctx, node, func, true), blow: judge(modes[0]!) });
    else {
      const a =
        node.parent?.type === "assignment" && field(node.parent, "right") === node ? node.parent : undefined;
      const left = a ? field(a, "left") : undefined;
      const last = left?.type === "attribute" ? field(left, "attribute") : left;
      if (last?.type === "identifier")
        for (const { call, method } of patternCalls(ctx).get(ctx.text(last)) ?? [])
          uses.push({ call, input: inputOf(ctx, call, method, false), blow: judge(modeOf(method)) });
    }
    let worst: "MEDIUM" | "LOW" | undefined;
    let message = "";
    for (const { call, input, blow } of uses) {
      if (!blow) continue;
      const t = input ? trust(ctx, input) : "other";
      if (t === "const") continue;
      // Quadratic only through the retry at each start (`[ \t]+$`, `(\d+),(\d+)`): taken from a web request
      // only, not from every socket, pipe or file the data flow counts as input.
      // Polynomial growth needs a long input and a caller who can send one: a web request's field, not the lines
      // of a file the code opened itself (`with open(p) as f: for line in f: ROW.match(line)`), whatever function
      // reads them; exponential growth needs neither.
      const lines = blow.degree !== Infinity && fileLines(ctx, input);
      const untrusted =
        (t === "source" &&
          !lines &&
          (!blow.retryOnly || (input !== undefined && fromRequest(ctx, input, call)))) ||
        (t === "exported" && !blow.retryOnly && !lines);
      const c = input ? cap(ctx, input, call) : undefined;
      // Capped short enough for this pattern's growth: harmless, whoever supplies it.
      if (c !== undefined && capSafe(blow, c)) continue;
      if (untrusted) {
        worst = "MEDIUM";
        message = `${describe(blow)} on ${t === "source" ? "request data" : "a parameter of a public function"}`;
        if (call !== node) report({ node: call, message });
      } else if (!blow.retryOnly) worst ??= "LOW";
    }
    const alone = !uses.length ? judge("match") : null;
    if (alone && !alone.retryOnly) worst = "LOW";
    if (worst === "MEDIUM") report({ node, message });
    else if (worst === "LOW")
      report({
        node,
        severity: "LOW",
        message: "super-linear backtracking pattern; no untrusted input traced to it",
      });
  },
  cases: {
    valid: [
      "import re\ndef phone(n):\n    return re.fullmatch(r'\\d{1,4}(-\\d{1,4}){0,4}', n) is not None",
      "import re\nre.match(r'^[a-z]+$', s)",
      "import re\nre.compile(r'(ab){2}')",
      "import re\nre.fullmatch(r'([0-9a-f]{2})+', s)",
      // Each repetition starts with a space the letters cannot match: the split is unique.
      "import re\nre.fullmatch(r'[A-Za-z]+(?: [A-Za-z]+)*', s)",
      "import re\nSENTENCE = re.compile(r'^[a-zA-Z0-9]+(?: [a-zA-Z0-9]+)*$')",
      // A constant subject: nothing to exploit.
      "import re\nok = re.match(r'^(\\w+\\s?)*$', 'alpha beta')",
      // Atomic group and possessive quantifier (3.11).
      "import re\nfrom flask import request\ndef v():\n    return re.match(r'^(?>\\w+\\s?)*$', request.args['q'])",
      "import re\nfrom flask import request\ndef v():\n    return re.match(r'^(?:\\w+\\s?)*+$', request.args['q'])",
      // An image header read N bytes at a time, or a line refused past N bytes before the cubic pattern.
      "import re\nhead = re.compile(rb'\\s*#define[ \\t]+.*_width[ \\t]+([0-9]+)')\nclass F:\n    def open(self, request):\n        return head.match(request.stream.read(512))",
      "import re\nsplit = re.compile(r'^%%([^:]*):[ \\t]*(.*)[ \\t]*$')\ndef header(request):\n    s = request.stream.readline()\n    if len(s) > 255:\n        msg = 'not a header line'\n        raise SyntaxError(msg)\n    return split.match(s)",
      // Sliced before a quadratic pattern.
      "import re\nfrom flask import request\ndef v():\n    return re.match(r'^(.*)\\s+(\\S+)$', request.args['q'][:200])",
    ],
    invalid: [
      // The same line test, but the over-long branch only logs and goes on.
      {
        code: "import re\nsplit = re.compile(r'^%%([^:]*):[ \\t]*(.*)[ \\t]*$')\ndef header(request, log):\n    s = request.stream.readline()\n    if len(s) > 255:\n        log.warning('long header line')\n    return split.match(s)",
        line: 7,
        severity: "MEDIUM",
      },
      "import re\ndef phone(n):\n    return re.match(r'^(\\d{1,40}-?){2,}$', n) is not None",
      { code: "import re\nre.match(r'^(a+)+$', s)", severity: "LOW" },
      "from re import compile as rx\nEMAIL = rx(r'^([a-z0-9]+\\.?)*@example\\.com$')",
      // A varying count inside a group that repeats: aaaa is aa+aa or aaaa, and the splits multiply.
      "import re\nre.match(r'^[a-z]+@([a-z0-9]{2,4})+$', s)",
      "import re\np = r'^[a-z.]+(?:\\.[a-z]{2,})*$'\nfrom flask import request\nre.match(p, request.args['d'])",
      {
        code: "import re\nfrom flask import request\nWORDS = re.compile(r'^(\\w+\\s?)*$')\ndef v():\n    return WORDS.match(request.args['q'])",
        line: 5,
        severity: "MEDIUM",
      },
      {
        code: "import re\n__all__ = ['parse']\ndef parse(spec):\n    return re.match(r'^\\s*([<>=]*)\\s*v?(\\d+)$', spec)",
        line: 4,
        severity: "MEDIUM",
      },
      {
        code: "import re\nfrom flask import request\ndef bio():\n    return re.sub(r'[ \\t]+$', '', request.form['bio'])",
        line: 4,
        severity: "MEDIUM",
      },
    ],
  },
});
