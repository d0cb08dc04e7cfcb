/**
 * Shared pieces of the C, C++ and Go rules about a caller's text reaching text-shaped sinks (URLs, response
 * headers, log lines, regular expressions): which values are a parameter's own text, which strings a function
 * composes, and the guards that make such a value safe (CR/LF removed, validated against a character class or a
 * regular expression, escaped).
 */
import type { SyntaxNode } from "../parse/index.js";
import type { ClikeContext } from "../dataflow/clike.js";

const esc = (s: string) => s.replace(/[$.*+?^()[\]{}|\\]/g, "\\$&");

/** Parameter names of the function (or method) around a node. */
const paramCache = new WeakMap<SyntaxNode, Set<string>>();

export function ownParams(ctx: ClikeContext, at: SyntaxNode): Set<string> {
  const fn = ctx.enclosingFunction(at);
  const out = new Set<string>();
  if (!fn) return out;
  const hit = paramCache.get(fn);
  if (hit) return hit;
  paramCache.set(fn, out);
  const types = new Set(ctx.syntax.params);
  // The function's own parameter list: the first list of parameter declarations below it.
  const list = ctx.tree.nodes.find(
    (n) => n.order > fn.order && n.end <= fn.end && (n.type === "parameter_list" || n.field === "parameters"),
  );
  if (!list) return out;
  for (const p of list.children) {
    if (!types.has(p.type)) continue;
    const names = p.children.filter((c) => c.field === "declarator" || c.field === "name");
    for (const d of names) {
      let cur: SyntaxNode | undefined = d;
      while (cur && cur.type !== "identifier") cur = cur.children.find((c) => c.named);
      if (cur) out.add(ctx.text(cur));
    }
  }
  return out;
}

/** Conversions that keep a string's text: casts, `.c_str()`, `string(x)`, `std::string(x)`, `x + 1`. */
function unwrap(ctx: ClikeContext, node: SyntaxNode): SyntaxNode {
  let n = node;
  for (let i = 0; i < 6; i++) {
    if (/^(parenthesized_expression|cast_expression|type_conversion_expression)$/.test(n.type)) {
      const inner = n.children.filter((c) => c.named && c.field !== "type").at(-1);
      if (!inner) return n;
      n = inner;
      continue;
    }
    if (ctx.isCall(n)) {
      const callee = ctx.callee(n);
      const args = ctx.args(n);
      if (/\.(c_str|data|str)$/.test(callee) && args.length === 0) {
        const fn = n.children.find((c) => c.field === "function");
        const recv = fn?.children.find((c) => c.field === "argument" || c.field === "operand");
        if (!recv) return n;
        n = recv;
        continue;
      }
      if (/^(string|std\.string|\[\]byte|\[\]rune|std\.string_view)$/.test(callee) && args.length === 1) {
        n = args[0]!;
        continue;
      }
      return n;
    }
    if (n.type === "binary_expression") {
      // `line + 1`: a pointer into the same text.
      const right = n.children.find((c) => c.field === "right");
      const left = n.children.find((c) => c.field === "left");
      if (left && right && right.type === "number_literal") {
        n = left;
        continue;
      }
    }
    return n;
  }
  return n;
}

/**
 * The parameter whose own text this expression is (through copies, casts, `.c_str()`, strcpy/strncpy/snprintf
 * into a local), or undefined. Values computed by other calls (strtok, a parser, an escaping function) are not a
 * parameter's text: the rules leave them to the general data flow.
 */
export function directParam(
  ctx: ClikeContext,
  node: SyntaxNode,
  at: SyntaxNode,
  depth = 0,
): string | undefined {
  if (depth > 4) return undefined;
  const n = unwrap(ctx, node);
  if (n.type !== "identifier") return undefined;
  const name = ctx.text(n);
  if (ownParams(ctx, at).has(name)) return name;
  const fn = ctx.enclosingFunction(at);
  for (const v of ctx.valuesOf(name)) {
    if (fn && (v.start < fn.start || v.end > fn.end)) continue;
    if (ctx.isString(v) || /literal/.test(v.type)) continue;
    const p = directParam(ctx, v, at, depth + 1);
    if (p) return p;
  }
  return undefined;
}

/** The expression is untrusted input itself (argv, environment, a request read) or a plain copy of it. */
export function directSource(ctx: ClikeContext, node: SyntaxNode, at: SyntaxNode, depth = 0): boolean {
  if (depth > 4) return false;
  const n = unwrap(ctx, node);
  if (ctx.syntax.sources.test(ctx.text(n)) && !ctx.isCall(n)) return true;
  if (n.type === "index_expression" || n.type === "subscript_expression")
    return ctx.syntax.sources.test(ctx.text(n));
  if (ctx.isCall(n))
    return (
      /^(getenv|secure_getenv|os\.Getenv|\w+\.(FormValue|PostFormValue|Get))$/.test(ctx.callee(n)) &&
      ctx.syntax.sources.test(ctx.text(n))
    );
  if (n.type !== "identifier") return false;
  const fn = ctx.enclosingFunction(at);
  return ctx
    .valuesOf(ctx.text(n))
    .some((v) => (!fn || (v.start >= fn.start && v.end <= fn.end)) && directSource(ctx, v, at, depth + 1));
}

/** Function definitions in the snippet by name (C/C++ function_definition, Go function/method declarations). */
function definitions(ctx: ClikeContext): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  for (const n of ctx.tree.nodes) {
    if (n.type === "function_definition") {
      let d = n.children.find((c) => c.field === "declarator");
      while (d && d.type !== "function_declarator") d = d.children.find((c) => c.field === "declarator");
      const id = d?.children.find((c) => c.field === "declarator");
      if (id) out.set(ctx.text(id).replace(/^.*::/, ""), n);
    } else if (n.type === "function_declaration" || n.type === "method_declaration") {
      const id = n.children.find((c) => c.field === "name");
      if (id) out.set(ctx.text(id), n);
    }
  }
  return out;
}

/**
 * The text a guard may live in: the function around `at`, and the bodies of functions defined in the snippet that
 * it calls with one of `names` as an argument (`sanitize_input(buf)`, `isValidUserID(id)`).
 */
function guardText(ctx: ClikeContext, at: SyntaxNode, names: string[]): { scope: string; helpers: string } {
  const fn = ctx.enclosingFunction(at);
  const scope = fn ? ctx.text(fn) : ctx.tree.source;
  const defs = definitions(ctx);
  let helpers = "";
  for (const n of ctx.tree.nodes) {
    if (!ctx.isCall(n) || (fn && (n.start < fn.start || n.end > fn.end))) continue;
    const def = defs.get(ctx.method(n));
    if (!def || def === fn) continue;
    if (ctx.args(n).some((a) => names.some((name) => new RegExp(`\\b${esc(name)}\\b`).test(ctx.text(a)))))
      helpers += "\n" + ctx.text(def);
  }
  return { scope, helpers };
}

/** Code that removes, replaces or rejects CR and LF (a comparison with '\n', Replace/strcspn/erase with "\r\n"). */
const CRLF_GUARD =
  /(==|!=)\s*'\\[rn]'|'\\[rn]'\s*(==|!=)|case\s+'\\[rn]'|\b(strchr|memchr|strrchr|strcspn|strpbrk|strstr|replace|remove|remove_if|find|find_first_of|find_first_not_of|erase|ReplaceAll|Replace|NewReplacer|ContainsAny|ContainsRune|IndexAny|IndexByte|IndexRune|Contains|regex_replace|ReplaceAllString|ReplaceAllLiteralString|Map|QuoteToASCII|Quote|Escape\w*)\s*\([^;]*?("[^"\n]*\\[rn][^"\n]*"|'\\[rn]'|'\\x0[ad]'|\b(10|13)\b)/;

/** The function (or a helper it passes one of `names` to) neutralises CR/LF. */
export function crlfNeutralised(ctx: ClikeContext, at: SyntaxNode, names: string[]): boolean {
  const { scope, helpers } = guardText(ctx, at, names);
  return CRLF_GUARD.test(stripComments(scope)) || CRLF_GUARD.test(stripComments(helpers));
}

/** Checks that accept only an expected shape of text: a regular expression match or a character-class test. */
const VALIDATORS =
  "regexec|regex_match|regex_search|MatchString|Match|FindStringIndex|strspn|isalnum|isalpha|isdigit|isxdigit|islower|isupper|IsLetter|IsDigit|IsNumber";
const VALIDATOR = new RegExp(`\\b(${VALIDATORS})\\s*\\(`);
/** Escaping for a URL: percent-encoding keeps the value inside its path segment or query parameter. */
const URL_ESCAPES = "PathEscape|QueryEscape|curl_easy_escape|curl_escape|url_?encode|urlEncode|escape\\w*";

/** The function validates or escapes one of `names` (directly or in a helper defined in the snippet). */
export function validated(ctx: ClikeContext, at: SyntaxNode, names: string[]): boolean {
  const { scope, helpers } = guardText(ctx, at, names);
  const code = stripComments(scope);
  if (VALIDATOR.test(stripComments(helpers))) return true;
  for (const name of names) {
    const n = esc(name);
    // A validator or escape applied to the value, or a character-class test inside a loop over it.
    if (new RegExp(`\\b(${VALIDATORS})\\s*\\([^;]*\\b${n}\\b`).test(code)) return true;
    if (new RegExp(`\\b(${URL_ESCAPES})\\s*\\([^;]*\\b${n}\\b`, "i").test(code)) return true;
    if (
      new RegExp(`\\bfor\\b[^{]*\\b${n}\\b`).test(code) &&
      /\b(isalnum|isalpha|isdigit|isxdigit|IsLetter|IsDigit|IsNumber)\s*\(/.test(code)
    )
      return true;
  }
  return false;
}

/** Source text with // and /* comments blanked (guards commented out are not guards). */
export function stripComments(text: string): string {
  return text.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`]*`|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (m) =>
    m.startsWith("/") ? m.replace(/[^\n]/g, " ") : m,
  );
}

/** A string the code composes: its literal pieces, the values placed into it, and the name it is stored in. */
export interface Composition {
  literals: string[];
  values: SyntaxNode[];
  target?: string;
}

const FORMATTERS: Record<string, { fmt: number }> = {
  sprintf: { fmt: 1 },
  snprintf: { fmt: 2 },
  asprintf: { fmt: 1 },
  "fmt.Sprintf": { fmt: 0 },
};

/** The variable a composed value is stored in (declaration, assignment, `new std::string(...)`). */
export function storedIn(ctx: ClikeContext, node: SyntaxNode): string | undefined {
  let p: SyntaxNode | null = node;
  for (let i = 0; p && i < 5; i++) {
    const parent: SyntaxNode | null = p.parent;
    if (!parent) return undefined;
    if (
      /^(init_declarator|assignment_expression|short_var_declaration|assignment_statement|var_spec)$/.test(
        parent.type,
      )
    ) {
      const t = parent.children.find(
        (c) => c.field === "declarator" || c.field === "left" || c.field === "name",
      );
      return t ? ctx.text(t).replace(/^[*&\s]+/, "") : undefined;
    }
    if (
      !/^(argument_list|new_expression|call_expression|expression_list|parenthesized_expression|cast_expression)$/.test(
        parent.type,
      )
    )
      return undefined;
    p = parent;
  }
  return undefined;
}

/**
 * The string a node composes: a formatting call (snprintf/sprintf into a destination, fmt.Sprintf), or the top of a
 * `+` chain with a literal in it, or a `<<` chain into a stream.
 */
export function composition(ctx: ClikeContext, node: SyntaxNode): Composition | undefined {
  if (ctx.isCall(node)) {
    const callee = ctx.callee(node);
    const shape = FORMATTERS[callee];
    if (!shape) return undefined;
    const args = ctx.args(node);
    const fmt = args[shape.fmt];
    if (!fmt || !ctx.isString(fmt)) return undefined;
    const target = shape.fmt > 0 ? ctx.text(args[0]!) : storedIn(ctx, node);
    return { literals: [ctx.text(fmt)], values: args.slice(shape.fmt + 1), target };
  }
  if (node.type !== "binary_expression") return undefined;
  const op = node.children.find((c) => !c.named)?.type;
  if (op !== "+" && op !== "<<") return undefined;
  if (node.parent?.type === "binary_expression" && node.parent.children.find((c) => !c.named)?.type === op)
    return undefined;
  const pieces: SyntaxNode[] = [];
  const walk = (n: SyntaxNode) => {
    if (n.type === "binary_expression" && n.children.find((c) => !c.named)?.type === op)
      for (const c of n.children.filter((c) => c.named)) walk(c);
    else pieces.push(n);
  };
  walk(node);
  const literals = pieces.filter((p) => ctx.isString(p)).map((p) => ctx.text(p));
  if (literals.length === 0) return undefined;
  if (op === "<<") {
    // `stream << a << b`: the stream is the first piece.
    const stream = pieces[0]!;
    return { literals, values: pieces.slice(1).filter((p) => !ctx.isString(p)), target: ctx.text(stream) };
  }
  return { literals, values: pieces.filter((p) => !ctx.isString(p)), target: storedIn(ctx, node) };
}
