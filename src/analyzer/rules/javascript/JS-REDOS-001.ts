import { Level } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, perTree, sourceMatches } from "../../parse/nodes.js";
import { analyzeRegex, capSafe, describe, type Blowup } from "../regex-ambiguity.js";
import { nestedQuantifier } from "../redos.js";
import { returnedValues } from "../../dataflow/javascript.js";
import { jsRule } from "./common.js";

type Ctx = Parameters<Parameters<typeof jsRule>[0]["detect"]>[1];

/** Methods of a RegExp that read their first argument, and string methods that take a RegExp first. */
const REGEX_METHODS = /^(test|exec)$/;
const STRING_METHODS = /^(match|matchAll|replace|replaceAll|search|split)$/;

/** Every call that applies a regex to a string: `re.test(s)`, `s.replace(re, x)`, by file. */
const regexCalls = perTree((ctx: Ctx) => {
  const out: { call: SyntaxNode; regex: SyntaxNode; input: SyntaxNode }[] = [];
  for (const n of ctx.tree.nodes) {
    if (n.type !== "call_expression") continue;
    const fn = field(n, "function");
    if (fn?.type !== "member_expression") continue;
    const recv = field(fn, "object");
    const m = ctx.text(field(fn, "property") ?? fn);
    const args = ctx.args(n);
    if (!recv || !args[0]) continue;
    if (REGEX_METHODS.test(m)) out.push({ call: n, regex: recv, input: args[0] });
    else if (STRING_METHODS.test(m)) out.push({ call: n, regex: args[0], input: recv });
  }
  return out;
});

/** The name a definition is bound to: `const R = /x/`, `this.R = /x/`, `{ R: /x/ }`, a class field `R = /x/`. */
function boundName(ctx: Ctx, def: SyntaxNode): string | undefined {
  const p = def.parent;
  if (!p) return undefined;
  if (p.type === "variable_declarator" && field(p, "value") === def) {
    const n = field(p, "name");
    return n?.type === "identifier" ? ctx.text(n) : undefined;
  }
  if (p.type === "assignment_expression" && field(p, "right") === def) {
    const l = field(p, "left");
    if (l?.type === "identifier") return ctx.text(l);
    if (l?.type === "member_expression") return ctx.text(field(l, "property") ?? l);
  }
  if (p.type === "pair" && field(p, "value") === def) return ctx.text(field(p, "key") ?? p);
  if ((p.type === "public_field_definition" || p.type === "field_definition") && field(p, "value") === def)
    return ctx.text(field(p, "property") ?? field(p, "name") ?? p);
  return undefined;
}

/** Where a local `const`/`let` (block) or `var` (function) binding of a definition is visible: sibling functions
 * that each declare their own `const re` must not share one pattern's verdict. Undefined for other bindings. */
function bindingScope(def: SyntaxNode): SyntaxNode | undefined {
  const decl = def.parent?.type === "variable_declarator" ? def.parent.parent : undefined;
  if (!decl) return undefined;
  const lexical = decl.type === "lexical_declaration";
  if (!lexical && decl.type !== "variable_declaration") return undefined;
  for (let a = decl.parent; a; a = a.parent) {
    if (a.type === "program") return undefined;
    if (lexical && (a.type === "statement_block" || a.type === "switch_body")) return a;
    if (
      /^(function|function_declaration|function_expression|arrow_function|method_definition|generator_function|generator_function_declaration)$/.test(
        a.type,
      )
    )
      return a;
  }
  return undefined;
}

/** The string a JS string literal spells (escapes undone), for `new RegExp('...')`. */
function unescapeJs(raw: string): string {
  return raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_, e: string) => {
    if (e[0] === "u" && e[1] === "{") return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if ((e[0] === "u" || e[0] === "x") && e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
    return (
      ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", v: "\v", "0": "\0" } as Record<string, string>)[e] ?? e
    );
  });
}

/** An exported function: `export function f`, `export const f = ...`, `module.exports = f`, `exports.f = f`. */
function exportedFunction(ctx: Ctx, fn: SyntaxNode): boolean {
  let n: SyntaxNode | null = fn.parent;
  let name: string | undefined;
  if (fn.type === "function_declaration") name = ctx.text(field(fn, "name") ?? fn);
  else if (n?.type === "variable_declarator") {
    name = ctx.text(field(n, "name") ?? n);
    n = n.parent?.parent ?? null;
  } else if (n?.type === "assignment_expression") {
    const l = ctx.text(field(n, "left") ?? n);
    if (/^(module\.)?exports\b/.test(l)) return true;
  }
  if (n?.type === "export_statement" || fn.parent?.type === "export_statement") return true;
  if (!name || !/^[A-Za-z_$][\w$]*$/.test(name)) return false;
  const esc = name.replace(/\$/g, "\\$");
  return sourceMatches(
    ctx.tree,
    `\\bmodule\\.exports\\s*=\\s*(${esc}\\b|\\{[^}]*\\b${esc}\\b)|\\bexports\\.[\\w$]+\\s*=\\s*${esc}\\s*[;\\n]|\\bexport\\s*\\{[^}]*\\b${esc}\\b`,
  );
}

/** The length cap on an input: `.slice(0, N)` where it is made, or `if (x.length > N) return/throw` before. */
function cap(ctx: Ctx, input: SyntaxNode, use: SyntaxNode): number | undefined {
  const caps: number[] = [];
  const sliced = (n: SyntaxNode | undefined) => {
    const m = n && /\.(slice|substring|substr)\(\s*0\s*,\s*(\d+)\s*\)\s*$/.exec(ctx.text(n));
    if (m) caps.push(Number(m[2]));
  };
  sliced(input);
  const r = ctx.resolve(input);
  if (r && r !== input) sliced(r);
  if (input.type === "identifier") {
    const fn = ctx.enclosingFunction(use);
    if (fn) {
      const name = ctx.text(input).replace(/\$/g, "\\$");
      const before = ctx.tree.source.slice(fn.start, use.start);
      const guard = new RegExp(
        `\\bif\\s*\\([^\\n]{0,120}?\\b${name}\\.length\\s*>=?\\s*(\\d+)[^\\n]{0,40}?\\)\\s*\\{?\\s*(return|throw)\\b`,
        "g",
      );
      for (const m of before.matchAll(guard)) caps.push(Number(m[1]));
    }
  }
  return caps.length ? Math.min(...caps) : undefined;
}

/**
 * `err.stack`, `new Error().stack`, or a call of a function of the file that returns one (`source?.stack`): a stack
 * trace the process wrote itself (its own function and file names), not text a client chose.
 */
function errorStack(ctx: Ctx, input: SyntaxNode, depth = 0): boolean {
  const r = input.type === "identifier" ? (ctx.resolve(input) ?? input) : input;
  if (r.type === "member_expression") return ctx.text(field(r, "property") ?? r) === "stack";
  if (r.type !== "call_expression" || depth > 1) return false;
  const fn = ctx.calledFunction(r);
  const rets = fn ? returnedValues(fn) : [];
  return rets.length > 0 && rets.every((v) => errorStack(ctx, v, depth + 1));
}

/**
 * `Object.prototype.toString.call(v)` (or `toString.call(v)`): `'[object Tag]'`, a fixed frame around a type's tag
 * (a class's own `Symbol.toStringTag` at most), never a client's text.
 */
function typeTag(ctx: Ctx, input: SyntaxNode): boolean {
  const r = input.type === "identifier" ? (ctx.resolve(input) ?? input) : input;
  return r.type === "call_expression" && /^(Object\.prototype\.)?toString\.(call|apply)$/.test(ctx.callee(r));
}

/**
 * Text read from a local file (`fs.readFileSync(p, 'utf8')`, `await fs.promises.readFile(p)`), directly, through
 * string steps (`.split()`, `.trim()`, `.toString()`) or as the item of a `.map()`/`.forEach()` callback over such
 * text: a file's contents, not a caller's string, even where the caller names the folder.
 */
function fileText(ctx: Ctx, input: SyntaxNode | undefined, depth = 0): boolean {
  if (!input || depth > 6) return false;
  if (input.type === "await_expression" || input.type === "parenthesized_expression")
    return fileText(ctx, namedChildren(input)[0], depth + 1);
  if (input.type === "identifier") {
    const r = ctx.resolve(input);
    if (r && r !== input) return fileText(ctx, r, depth + 1);
    // The parameter of an inline callback handed to an array method: the items of that array.
    const name = ctx.text(input);
    for (let f = ctx.enclosingFunction(input); f; f = ctx.enclosingFunction(f)) {
      const ps = field(f, "parameters") ?? field(f, "parameter");
      const p0 = ps?.type === "identifier" ? ps : ps && namedChildren(ps)[0];
      const first = p0 && p0.type !== "identifier" ? (field(p0, "pattern") ?? p0) : p0;
      if (!ps || !new RegExp(`(^|[^\\w$])${name.replace(/\$/g, "\\$")}([^\\w$]|$)`).test(ctx.text(ps)))
        continue;
      const call = f.parent?.type === "arguments" ? f.parent.parent : undefined;
      if (
        first?.type !== "identifier" ||
        ctx.text(first) !== name ||
        call?.type !== "call_expression" ||
        !/^(map|forEach|filter|flatMap|some|every|find)$/.test(ctx.method(call))
      )
        return false;
      const fnNode = field(call, "function");
      return fileText(
        ctx,
        fnNode?.type === "member_expression" ? field(fnNode, "object") : undefined,
        depth + 1,
      );
    }
    return false;
  }
  if (input.type !== "call_expression") return false;
  if (/(^|\.)(readFileSync|readFile)$/.test(ctx.callee(input))) return true;
  const fnNode = field(input, "function");
  return (
    /^(split|trim|trimStart|trimEnd|toString|replace|replaceAll|slice|toLowerCase|toUpperCase)$/.test(
      ctx.method(input),
    ) &&
    fnNode?.type === "member_expression" &&
    fileText(ctx, field(fnNode, "object"), depth + 1)
  );
}

/** How far to trust an input: "source" (request data), "exported" (a parameter of an exported function), or not. */
function trust(ctx: Ctx, input: SyntaxNode): "source" | "exported" | "const" | "other" {
  if (errorStack(ctx, input) || typeTag(ctx, input)) return "other";
  const level = ctx.level(input, "regex");
  if (level === Level.SOURCE) return "source";
  if (level === Level.CONST) return "const";
  if (level === Level.PARAM && !fileText(ctx, input)) {
    for (let f = ctx.enclosingFunction(input); f; f = ctx.enclosingFunction(f))
      if (exportedFunction(ctx, f)) return "exported";
  }
  return "other";
}

/** Request data: read from a request object, or in a function taking one. */
function fromRequest(ctx: Ctx, input: SyntaxNode): boolean {
  const r = ctx.resolve(input) ?? input;
  if (/\b(req|request|ctx\.request|ctx\.query|ctx\.params)\b/.test(ctx.text(r) + " " + ctx.text(input)))
    return true;
  for (let f = ctx.enclosingFunction(input); f; f = ctx.enclosingFunction(f)) {
    const ps = field(f, "parameters") ?? field(f, "parameter");
    if (ps && /\b(req|request|ctx|event)\b/.test(ctx.text(ps))) return true;
  }
  return false;
}

/** Whether the pattern spells an atomic step the structural check cannot see through. */
const ATOMIC = /\(\?=\((?!\?)[^()]*\)\)\\\d/;

export default jsRule({
  meta: {
    id: "JS-REDOS-001",
    title: "Regular expression with super-linear backtracking (ReDoS)",
    cwe: ["CWE-1333", "CWE-185", "CWE-400"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the pattern backtracks super-linearly but no untrusted input was traced to it",
      },
    ],
    docs: {
      what_it_does:
        "Flags fixed regexes that backtrack super-linearly, judged on their NFA: exponentially (a repeated part that can read one run in two ways, /^(\\w+\\s?)*$/, /(\\d+)+x/) or polynomially (two unbounded parts in a row over the same characters before something that can fail, /^(.*)\\s+(\\S+)$/, /\\s*=\\s*(.*?)\\s*$/, or one before a failing suffix in an unanchored search, /\\s+$/), applied to request data or to a parameter of an exported function (not text read from a local file) without a length cap. Patterns whose input is not traced are a LOW hint (unless only the retry makes them polynomial); inputs that are constants are not flagged.",
      why_bad:
        "V8's backtracking engine takes exponential or high-polynomial time on crafted near-matches, blocking the event loop for every user.",
      example_bad: "app.get('/t', (req, res) => res.json({ ok: /^([a-z0-9]+-?)+$/.test(req.query.slug) }));",
      example_good:
        "app.get('/t', (req, res) => res.json({ ok: /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(req.query.slug) }));",
    },
    fix_hint:
      "Make the repeated parts unambiguous (a required separator, disjoint classes), cap the input's length before a polynomial pattern, or use a linear-time engine (re2).",
  },
  trigger: /\/|RegExp/,
  nodeTypes: ["regex", "new_expression"],
  detect(node, ctx, report) {
    let pattern: string | undefined;
    let flags = "";
    if (node.type === "regex") {
      pattern = ctx.text(node.children.find((c) => c.type === "regex_pattern") ?? node);
      flags = ctx.text(node.children.find((c) => c.type === "regex_flags") ?? node).replace(/^\/.*$/s, "");
    } else if (ctx.callee(node) === "RegExp") {
      const a = ctx.args(node);
      const raw = ctx.stringValue(a[0]);
      pattern = raw === undefined ? undefined : unescapeJs(raw);
      flags = ctx.stringValue(a[1]) ?? "";
    } else return;
    if (!pattern) return;
    // A literal handed to a linear-time engine (`new RE2(/.../)`) is never run by V8's backtracker.
    const holder = node.parent?.type === "arguments" ? node.parent.parent : undefined;
    if (holder?.type === "new_expression" && /^re2$/i.test(ctx.callee(holder).replace(/^.*\./, ""))) return;
    let blow: Blowup | null | undefined = analyzeRegex(pattern, { flavor: "js", flags, mode: "search" });
    // Patterns the NFA check could not parse (or too large for it): the structural check, as at least quadratic.
    if (blow === undefined && !ATOMIC.test(pattern) && nestedQuantifier(pattern, { separators: true }))
      blow = { degree: 2, retryOnly: false, witness: "" };
    if (!blow) return;
    // The inputs: where this literal is used directly, or through the name it is bound to.
    const name = boundName(ctx, node);
    const scope = bindingScope(node);
    const uses = regexCalls(ctx).filter(({ regex }) => {
      if (
        regex === node ||
        (regex.type === "parenthesized_expression" && regex.children.find((c) => c.named) === node)
      )
        return true;
      if (!name) return false;
      if (regex.type === "identifier" && scope && (regex.start < scope.start || regex.end > scope.end))
        return false;
      const t = regex.type === "member_expression" ? field(regex, "property") : regex;
      return (t?.type === "identifier" || t?.type === "property_identifier") && ctx.text(t) === name;
    });
    let worst: "MEDIUM" | "LOW" | undefined;
    let reason = "";
    for (const { call, input } of uses) {
      const t = trust(ctx, input);
      if (t === "const") continue;
      // Quadratic only through the retry at each start (`\s+$`, `([^/]+)$`): from a web request only, not from
      // every argv or stream the data flow counts as input.
      const untrusted =
        (t === "source" && (!blow.retryOnly || fromRequest(ctx, input))) ||
        (t === "exported" && !blow.retryOnly);
      const c = cap(ctx, input, call);
      // Capped short enough for this pattern's growth: harmless, whoever supplies it.
      if (c !== undefined && capSafe(blow, c)) continue;
      if (untrusted) {
        worst = "MEDIUM";
        reason = t === "source" ? "request data" : "a parameter of an exported function";
        if (call.start > node.end || call.end < node.start)
          report({ node: call, message: `${describe(blow)} on ${reason}` });
      } else if (!blow.retryOnly) worst ??= "LOW";
    }
    // No use in this file (an exported or passed-on regex): a hint.
    if (!uses.length && !blow.retryOnly) worst = "LOW";
    if (worst === "MEDIUM") report({ node, message: `${describe(blow)} on ${reason}` });
    else if (worst === "LOW")
      report({ node, severity: "LOW", message: `${describe(blow)}; no untrusted input traced to it` });
  },
  cases: {
    valid: [
      "const r = /^[a-z]+$/;",
      "const r = new RegExp('^(ab){2}$');",
      "const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;",
      "const HOST = /^([a-z0-9]+\\.)+[a-z]{2,}$/;",
      // Constant input only: nothing to exploit.
      "const W = /^(\\w+\\s?)*$/;\nmodule.exports = W.test('alpha beta');",
      // Atomic by lookahead and back-reference: each word is taken once.
      "app.get('/w', (req, res) => res.json(/^(?:(?=(\\w+))\\1\\s?)*$/.test(req.query.q)));",
      // Capped before a quadratic pattern.
      "app.get('/m', (req, res) => { const s = String(req.query.s).slice(0, 256); res.json(/^(.*)\\s+(\\S+)$/.exec(s)); });",
      // Trailing blanks stripped from an exported function's argument: quadratic only through the retry, LOW at most.
      "export function trimEnd(s) { return s.replace(/\\s+$/, ''); }",
    ],
    invalid: [
      { code: "const r = /^(a+)+$/;", severity: "LOW" },
      // A certificate file's blocks, read from the folder the caller names: file contents, not the caller's text.
      {
        code: "const fs = require('fs');\nconst PEM = /-+BEGIN CERTIFICATE-+\\s*([\\s\\S]*?)\\s*-+END CERTIFICATE-+\\s*$/;\nfunction loadChain(dir) {\n  const text = fs.readFileSync(dir + '/chain.pem', 'utf8');\n  return text.split('\\n\\n').map((block) => PEM.exec(block));\n}\nmodule.exports = { loadChain };",
        severity: "LOW",
      },
      "const r = new RegExp('^(\\\\w+\\\\s?)*$');",
      "const V = /^(\\d+|\\d+\\.\\d+)*$/;",
      "const D = /^[a-z.]+(?:\\.[a-z]{2,})*$/;\napp.get('/d', (req, res) => res.json(D.test(req.query.d)));",
      {
        code: "app.get('/m', (req, res) => {\n  res.json(/^(.*)\\s+(\\S+)$/.exec(req.headers['x-meta']));\n});",
        line: 2,
        severity: "MEDIUM",
      },
      {
        code: "export function parse(s) {\n  return /^\\s*([<>=]*)\\s*v?(\\d+)$/.exec(s);\n}",
        line: 2,
        severity: "MEDIUM",
      },
      {
        code: "const SLUG = /^([a-z0-9]+-?)+$/;\napp.get('/p/:s', (req, res) => {\n  res.json(SLUG.test(req.params.s));\n});",
        line: 3,
        severity: "MEDIUM",
      },
      {
        code: "app.post('/b', (req, res) => {\n  res.send(String(req.body.bio).replace(/\\s+$/, ''));\n});",
        line: 2,
      },
    ],
  },
});
