import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** `(t) => t`, `function (s) { return s; }`: a function that hands its argument back unchanged. */
function identity(fn: SyntaxNode, ctx: JsContext): boolean {
  const params = field(fn, "parameters") ?? field(fn, "parameter");
  const p = params ? ctx.text(params).replace(/[()\s]/g, "") : "";
  const body = ctx.text(field(fn, "body") ?? fn).replace(/[{};\s]|return/g, "");
  return p !== "" && body === p;
}

/** Characters and sequences that escaping or path cleaning must remove everywhere, not once. */
const META = /^(<|>|&|"|'|`|\\\\|\.\.\/|\.\.\\\\|\.\.|\\n|\\r|\\r\\n|\/\*|\*\/|--|;|\|)$/;

/** Tags and schemes a filter strips to disarm markup. */
const DANGEROUS_TEXT =
  /^(<\/?(script|iframe|object|embed|style|svg|img)\b[^<]*>?|javascript:|vbscript:|on\w+=)$/i;

/**
 * The value flows (through `.trim()` / `.toLowerCase()` / `.length`-like steps) into an equality test and nowhere
 * else: a check on the text, which writes nothing anywhere.
 */
function onlyCompared(node: SyntaxNode, ctx: JsContext): boolean {
  let n = node;
  for (let i = 0; i < 6; i++) {
    const p = n.parent;
    if (!p) return false;
    if (p.type === "member_expression" && field(p, "object") === n) {
      const prop = ctx.text(field(p, "property") ?? p);
      if (prop === "length") {
        n = p;
        continue;
      }
      const call = p.parent;
      if (
        !/^(trim|trimStart|trimEnd|toLowerCase|toUpperCase)$/.test(prop) ||
        call?.type !== "call_expression"
      )
        return false;
      n = call;
      continue;
    }
    if (p.type === "binary_expression") {
      const op = p.children.find((c) => !c.named)?.type ?? "";
      return /^[!=]==?$/.test(op);
    }
    return false;
  }
  return false;
}

/** A replacement built at run time whose fixed start is no escape (`'.' + cls`, `` `.${cls}` ``). */
function substitution(ctx: JsContext, r: SyntaxNode | undefined): boolean {
  if (!r || ctx.stringValue(r) !== undefined) return false;
  let lead: string | undefined;
  if (r.type === "template_string") {
    const first = namedChildren(r)[0];
    lead = first?.type === "string_fragment" ? ctx.text(first) : undefined;
  } else if (r.type === "binary_expression") {
    let l = field(r, "left");
    while (l?.type === "binary_expression") l = field(l, "left");
    lead = l ? ctx.stringValue(l) : undefined;
  }
  return !!lead && !/^[&\\%]/.test(lead);
}

/**
 * `while (v.endsWith('\\')) v = v.replace('\\', '') + next`, `while (s.includes('../')) s = s.replace('../', '')`:
 * the replace sits in a loop whose condition tests the same receiver for the same text, so it runs once per
 * occurrence the author means to handle (a re-join of escaped line ends, a strip repeated until none is left), not
 * as a one-shot escape.
 */
function loopGuarded(node: SyntaxNode, ctx: JsContext, text: string): boolean {
  const f = field(node, "function");
  const recv = f?.type === "member_expression" ? field(f, "object") : undefined;
  if (!recv) return false;
  const name = ctx.text(recv);
  const fn = ctx.enclosingFunction(node);
  for (let up = node.parent; up && up !== fn; up = up.parent) {
    if (!/^(while_statement|do_statement|for_statement)$/.test(up.type)) continue;
    const cond = field(up, "condition");
    if (!cond) continue;
    const hit = descendants(cond).some(
      (c) =>
        c.type === "call_expression" &&
        /^(includes|indexOf|lastIndexOf|endsWith|startsWith)$/.test(ctx.method(c)) &&
        ctx.stringValue(ctx.args(c)[0]) === text &&
        ctx.text(field(field(c, "function") ?? c, "object") ?? c) === name,
    );
    if (hit) return true;
  }
  return false;
}

export default jsRule({
  meta: {
    id: "JS-SAN-001",
    title: "Incomplete sanitisation: replace() removes only the first occurrence",
    cwe: ["CWE-116", "CWE-20"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags `s.replace(x, y)` where x is a string or a regex without the g flag that matches an HTML, quote, path or newline meta character: only its first occurrence is replaced.",
      why_bad:
        "`'<b><script>'.replace('<', '&lt;')` leaves the second tag intact; `'../../x'.replace('../', '')` still climbs out. The escaping looks done and is not.",
      example_bad: "function esc(s) {\n  return s.replace('<', '&lt;').replace('>', '&gt;');\n}",
      example_good: "function esc(s) {\n  return s.replace(/</g, '&lt;').replace(/>/g, '&gt;');\n}",
    },
    fix_hint: "Use a regex with the g flag or replaceAll(), or better a vetted escaping library.",
  },
  trigger: /\.replace\(|escapeMarkup|\.escape\s*=/,
  nodeTypes: ["call_expression", "assignment_expression"],
  detect(node, ctx, report) {
    if (node.type === "assignment_expression") {
      // `Mustache.escape = (t) => t`, `Handlebars.Utils.escapeExpression = ...`, `escapeMarkup = false`:
      // the template engine's HTML escaping switched off for every template.
      const left = ctx.text(field(node, "left") ?? node);
      const right = field(node, "right");
      if (!right) return;
      const off =
        (/\.escapeMarkup$/.test(left) && right.type === "false") ||
        (/^(Mustache|mustache|Handlebars\.Utils|Hogan)\.(escape|escapeExpression)$/.test(left) &&
          /^(arrow_function|function_expression|function)$/.test(right.type) &&
          identity(right, ctx));
      if (off) report({ node, message: `${left} switched off: templates print raw HTML` });
      return;
    }
    if (ctx.method(node) !== "replace") return;
    const pattern = ctx.args(node)[0];
    if (!pattern || ctx.args(node).length < 2) return;
    let text: string | undefined;
    let global = false;
    if (pattern.type === "string") text = ctx.stringValue(pattern);
    else if (pattern.type === "regex") {
      const src = ctx.text(pattern);
      const body = src.slice(1, src.lastIndexOf("/"));
      global = src.slice(src.lastIndexOf("/") + 1).includes("g");
      // Only a literal pattern (no classes, groups, quantifiers) reads as the text it removes.
      text = /(^|[^\\])[[\](){}*+?|^$]/.test(body) ? undefined : body.replace(/\\(.)/g, "$1");
      if (text === undefined && !global) text = body.replace(/\\(.)/g, "$1");
    }
    // `s.replace(/<script>/, '')`, `.replace('javascript:', '')`: one pass of removing a tag or scheme is undone by
    // nesting (`<scr<script>ipt>`), global flag or not.
    if (text !== undefined && DANGEROUS_TEXT.test(text) && ctx.stringValue(ctx.args(node)[1]) === "") {
      report({ node, message: `one pass removing '${text}' is undone by nesting it in itself` });
      return;
    }
    if (global) return;
    if (text === undefined || !META.test(text)) return;
    // `text.replace('\r\n', '\n')`: a line ending normalised to another line ending; the result keeps its line
    // breaks by design, so nothing was being removed.
    // `this.long.replace('--', '')`: an option's name without its leading dashes (commander's attributeName), no
    // SQL comment being stripped.
    if (
      text === "--" &&
      ctx.stringValue(ctx.args(node)[1]) === "" &&
      /(^|\.)(long|short|flag|option|opt|arg)$/i.test(
        ctx.text(field(field(node, "function") ?? node, "object") ?? node),
      )
    )
      return;
    // `output.replace('&', \`.${className}\`)`: a CSS nester putting the parent selector where '&' stands - the
    // replacement is built text that starts as no escape does (an entity, a backslash, a percent sign), so the call
    // substitutes a placeholder, it escapes nothing.
    if (substitution(ctx, ctx.args(node)[1])) return;
    // `node.value.replace('\n', '').trim() === ''`: the result is only compared (a blank-text test), never output.
    if (onlyCompared(node, ctx)) return;
    if (loopGuarded(node, ctx, text)) return;
    const lineEnd = /^(\\r\\n|\\n|\\r|\r\n|\n|\r)$/;
    if (lineEnd.test(text) && lineEnd.test(ctx.stringValue(ctx.args(node)[1]) ?? "")) return;
    report({ node, message: `replace() of '${text}' changes only its first occurrence` });
  },
  cases: {
    valid: [
      "const strip = (s) => s.replace(/<[^>]*>/g, '');",
      "const tag = (s) => s.replace('<script>', '<script nonce=\"' + n + '\">');",
      "const t = s.replace(/</g, '&lt;');",
      "const t = s.replaceAll('<', '&lt;');",
      "const t = s.replace('-', ' ');",
      "function nest(rule, cls) {\n  return rule.replace('&', `.${cls}`).replace('&', '.' + cls);\n}",
      "const t = name.replace(/\\.js$/, '.ts');",
      "function join(lines) {\n  let v = lines[0];\n  let i = 0;\n  while (v.endsWith('\\\\')) v = v.replace('\\\\', ',') + lines[++i];\n  return v;\n}",
      "function strip(p) {\n  let s = p;\n  while (s.includes('../')) s = s.replace('../', '');\n  return s;\n}",
    ],
    invalid: [
      "const strip = (s) => s.replace(/<script>/, '');",
      "const strip = (s) => s.replace(/<script>/gi, '');",
      "const strip = (s) => s.replace('javascript:', '');",
      "const Mustache = require('mustache');\nMustache.escape = function (text) { return text; };",
      { code: "function esc(s) {\n  return s.replace('<', '&lt;');\n}", line: 2 },
      "function esc(s, amp) {\n  return s.replace('&', `&${amp};`);\n}",
      "const p = userPath.replace('../', '');",
      "const q = v.replace(/'/, \"''\");",
      "function strip(p, q) {\n  let s = p;\n  while (q.includes('../')) s = s.replace('../', '');\n  return s;\n}",
    ],
  },
});
