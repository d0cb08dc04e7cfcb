import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { Level, type PythonContext } from "../../dataflow/python.js";
import type { Report } from "../../rule.js";
import { inTestScope, pyRule, TEST_SCOPE_REASON } from "./common.js";

const HOLE = "\u0000";
/**
 * The file deals in CSV: the csv module, a .csv name, the media type, or the word in text; not `csv` as a keyword
 * (`parse_qs(..., csv=True)`: a flag for comma-separated query values).
 */
const CSV = /text\/csv|\.csv\b|\bcsv\b(?!\s*=(?!=))/i;
/** HTML elements: markup built from them is PY-XSS-001's (CWE-79); this rule looks at data formats. */
const HTML_TAG =
  /^(a|b|i|u|p|em|strong|span|div|h[1-6]|li|ul|ol|td|tr|th|table|pre|code|title|body|html|head|script|style|small|label|option|textarea|button|form|input|img|br|hr|section|article|header|footer|nav|main|blockquote|dd|dt|dl|caption|font|center|mark|sub|sup|abbr|cite|q|s|del|ins|tt|kbd|var|samp|link|meta|base|iframe|source|video|audio|track|picture|object|embed|param|area|map|canvas|noscript|template|select|optgroup|fieldset|legend|col|colgroup|thead|tbody|tfoot|figure|figcaption|aside|details|summary|dialog|time|output|progress|meter)$/i;
/** Older or rarer HTML elements the HTML_TAG list leaves out. */
const OLD_HTML_TAG =
  /^(big|tt|nobr|marquee|blink|strike|acronym|applet|basefont|dir|menu|frame|frameset|noframes|isindex|listing|plaintext|xmp|wbr|ruby|rt|rp|bdi|bdo|data|slot|menuitem|address|hgroup|search)$/i;
/** SVG drawing elements: their attributes are a picture's markup a browser renders (PY-XSS-001's), not a data record. */
const SVG_TAG =
  /^(svg|g|path|circle|rect|ellipse|line|polyline|polygon|text|tspan|use|defs|symbol|marker|stop|linearGradient|radialGradient|clipPath|pattern|foreignObject)$/i;
/** Calls that encode a value for the format it is placed in. */
const ENCODER =
  // (a private helper too: a writer's own `self._escape_data(v)`)
  /(^|\.)_*(dumps|escape|quoteattr|quote|quote_plus|urlencode|encode_for_\w+|escape_\w+|escape[A-Z]\w*|\w*_escape|int|float|len|round|bool)$/;

/** Literal text of a built string with each run-time part replaced by HOLE, and the run-time parts. */
function template(ctx: PythonContext, n: SyntaxNode): { text: string; parts: SyntaxNode[] } | undefined {
  if (n.type === "string") {
    if (!n.children.some((c) => c.type === "interpolation"))
      return { text: ctx.stringValue(n) ?? "", parts: [] };
    let text = "";
    const parts: SyntaxNode[] = [];
    for (const c of n.children) {
      if (c.type === "string_content" || c.type === "escape_sequence") text += ctx.text(c);
      else if (c.type === "interpolation") {
        text += HOLE;
        const e = namedChildren(c)[0];
        if (e) parts.push(e);
      }
    }
    return { text: text.replace(/\{\{/g, "{").replace(/\}\}/g, "}"), parts };
  }
  if (n.type === "parenthesized_expression") {
    const inner = namedChildren(n)[0];
    return inner ? template(ctx, inner) : undefined;
  }
  if (n.type === "concatenated_string") {
    // 'a="' 'b' : adjacent literals, one string to Python.
    const pieces = namedChildren(n).map((c) => template(ctx, c));
    if (pieces.some((x) => !x)) return undefined;
    return { text: pieces.map((x) => x!.text).join(""), parts: pieces.flatMap((x) => x!.parts) };
  }
  if (n.type === "binary_operator" && n.children.find((c) => !c.named)?.type === "%") {
    // '{"user": "%s"}' % (user,): each %s / %r is a hole filled by the matching value; numbers are encoded.
    const [l, r] = namedChildren(n);
    const fmt =
      l?.type === "string" && !l.children.some((c) => c.type === "interpolation")
        ? ctx.stringValue(l)
        : undefined;
    if (fmt === undefined || !r || /%\(/.test(fmt)) return undefined;
    const values = r.type === "tuple" ? namedChildren(r) : [r];
    const parts: SyntaxNode[] = [];
    let i = 0;
    const text = fmt.replace(/%([-#0 +]*\d*(?:\.\d+)?)([sradifxXeEgGc%])/g, (_m, _f, conv: string) => {
      if (conv === "%") return "%";
      const v = values[i++];
      if (/[sra]/.test(conv) && v) {
        parts.push(v);
        return HOLE;
      }
      return "0";
    });
    return { text, parts };
  }
  if (n.type === "call" && ctx.method(n) === "format") return formatTemplate(ctx, n);
  if (n.type === "binary_operator" && n.children.find((c) => !c.named)?.type === "+") {
    const [l, r] = namedChildren(n);
    if (!l || !r) return undefined;
    const a = template(ctx, l) ?? { text: HOLE, parts: [l] };
    const b = template(ctx, r) ?? { text: HOLE, parts: [r] };
    return { text: a.text + b.text, parts: [...a.parts, ...b.parts] };
  }
  return undefined;
}

/**
 * `"<a>{}</a><b>{name}</b>".format(x, name=y)` on a plain literal: each replacement field a hole filled by the
 * positional or keyword argument it names (`{}` in order, `{0}`, `{name}`, with any `!r` / `:spec`).
 */
function formatTemplate(
  ctx: PythonContext,
  n: SyntaxNode,
): { text: string; parts: SyntaxNode[] } | undefined {
  const fn = field(n, "function");
  const lit = fn?.type === "attribute" ? field(fn, "object") : undefined;
  if (lit?.type !== "string" || lit.children.some((c) => c.type === "interpolation")) return undefined;
  const fmt = ctx.stringValue(lit);
  const argList = field(n, "arguments");
  if (fmt === undefined || !argList) return undefined;
  const positional = namedChildren(argList).filter(
    (a) => a.type !== "keyword_argument" && a.type !== "comment",
  );
  if (positional.some((a) => /splat/.test(a.type))) return undefined;
  const parts: SyntaxNode[] = [];
  let next = 0;
  let ok = true;
  const text = fmt.replace(/\{\{|\}\}|\{([^{}!:]*)(![rsa])?(:[^{}]*)?\}/g, (m, key: string | undefined) => {
    if (m === "{{") return "{";
    if (m === "}}") return "}";
    const k = key ?? "";
    const v = k === "" ? positional[next++] : /^\d+$/.test(k) ? positional[Number(k)] : ctx.kwarg(n, k);
    if (!v) ok = false;
    else parts.push(v);
    return HOLE;
  });
  return ok ? { text, parts } : undefined;
}

/**
 * `value = self.escape_function(value)` earlier in a block around the use (a loop's body, the function's): the
 * name was rebound to its encoded form before it is spliced in, whatever it held at first.
 */
function reEncoded(ctx: PythonContext, use: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(use);
  if (!fn) return false;
  const name = ctx.text(use);
  return descendants(fn).some((a) => {
    if (a.type !== "assignment" || a.end > use.start) return false;
    const left = field(a, "left");
    const right = field(a, "right");
    if (left?.type !== "identifier" || ctx.text(left) !== name || right?.type !== "call") return false;
    if (!ENCODER.test(ctx.callee(right))) return false;
    const block = a.parent?.parent;
    return !!block && use.start >= block.start && use.end <= block.end;
  });
}

/** The run-time part is already encoded (json.dumps, escape, a number). */
function encoded(ctx: PythonContext, n: SyntaxNode, depth = 0): boolean {
  if (n.type === "identifier" && reEncoded(ctx, n)) return true;
  if (numericSpec(ctx, n)) return true;
  let v = n.type === "identifier" ? (ctx.resolve(n) ?? n) : n;
  if (v.type === "subscript") v = field(v, "value") ?? v; // json.dumps(v)[1:-1]
  if (v.type === "integer" || v.type === "float" || (v.type === "call" && ENCODER.test(ctx.callee(v))))
    return true;
  return n.type === "identifier" && depth < 2 && encodedLocal(ctx, n, depth);
}

/** `f"{secs:.2f}"`, `f"{n:d}"`: an interpolation formatted as a number cannot carry markup. */
function numericSpec(ctx: PythonContext, n: SyntaxNode): boolean {
  const ip = n.parent;
  if (ip?.type !== "interpolation") return false;
  const spec = namedChildren(ip).find((c) => c.type === "format_specifier");
  return !!spec && /^:[^{}]*[bdoxXeEfFgGn%]$/.test(ctx.text(spec).trim());
}

/**
 * A local every assignment of which in its function is text the writer made safe: constant text
 * (`nl = "\n" if pretty else ""`), or a join / template of literals and encoded values
 * (`parent = b"".join([b' parent="', esc(p), b'"'])`).
 */
function encodedLocal(ctx: PythonContext, id: SyntaxNode, depth: number): boolean {
  const fn = ctx.enclosingFunction(id);
  if (!fn) return false;
  const name = ctx.text(id);
  const bound = new RegExp(`\\b${name}\\b`);
  let seen = false;
  for (const a of descendants(field(fn, "body") ?? fn)) {
    if (a.type === "augmented_assignment" && ctx.text(field(a, "left") ?? a) === name) return false;
    // `for v in values:` rebinds it to data.
    if (/^(for_statement|for_in_clause)$/.test(a.type) && bound.test(ctx.text(field(a, "left") ?? a)))
      return false;
    if (a.type !== "assignment" || ctx.text(field(a, "left") ?? a) !== name) continue;
    const right = field(a, "right");
    if (!right) return false;
    seen = true;
    if (ctx.level(right, "xml") === Level.CONST) continue;
    let items: SyntaxNode[] | undefined;
    if (right.type === "call" && ctx.method(right) === "join") {
      const arg = ctx.args(right)[0];
      if (arg && /^(list|tuple)$/.test(arg.type)) items = namedChildren(arg);
    } else items = template(ctx, right)?.parts;
    if (!items || !items.every((x) => ctx.isLiteralString(x) || encoded(ctx, x, depth + 1))) return false;
  }
  return seen;
}

/**
 * The part is markup already: another element's serialisation (`ring.kml`, `self.to_xml()`, `inner_kml`), or
 * a join of templates filled only with such parts (`"".join("<b>%s</b>" % r.kml for r in rings)`).
 */
function markup(ctx: PythonContext, p: SyntaxNode, depth = 0): boolean {
  const name =
    p.type === "call"
      ? ctx.method(p)
      : p.type === "attribute"
        ? ctx.text(field(p, "attribute") ?? p)
        : ctx.text(p);
  if (/(^|_)(kml|xml|gml|svg|markup)$|^to_?(kml|xml|gml|svg)$/i.test(name)) return true;
  const v = p.type === "identifier" ? ctx.resolve(p) : undefined;
  if (depth > 2 || v?.type !== "call" || ctx.method(v) !== "join") return false;
  // `"".join(x for x in xs)`: the call's argument list is the generator itself.
  const arg = field(v, "arguments");
  const gen = arg?.type === "generator_expression" ? arg : ctx.args(v)[0];
  const body =
    gen && /^(generator_expression|list_comprehension)$/.test(gen.type) ? field(gen, "body") : undefined;
  const t = body ? template(ctx, body) : undefined;
  return !!t?.parts.length && t.parts.every((x) => markup(ctx, x, depth + 1));
}

/**
 * The i-th value fills a start tag's attribute list (`<c%s>`, right after the element's name) and is a local the
 * function accumulates from `' %s="%s"' % (name, value)` with the value encoded (`attr += ' %s="%s"' % (k, v)` after
 * `v = self._escape_attributes(v)`): attributes the writer serialised itself.
 */
function builtAttributes(ctx: PythonContext, text: string, i: number, p: SyntaxNode): boolean {
  const holes = text.split(HOLE);
  if (
    p.type !== "identifier" ||
    !/<[A-Za-z][\w:.-]*$/.test(holes[i] ?? "") ||
    !/^[\s/>]/.test(holes[i + 1] ?? "")
  )
    return false;
  const fn = ctx.enclosingFunction(p);
  if (!fn) return false;
  const name = ctx.text(p);
  let added = false;
  for (const a of descendants(fn)) {
    if (a.type !== "assignment" && a.type !== "augmented_assignment") continue;
    const left = field(a, "left");
    if (left?.type !== "identifier" || ctx.text(left) !== name) continue;
    const right = field(a, "right");
    if (!right) return false;
    if (a.type === "assignment") {
      if (!ctx.isLiteralString(right)) return false;
      continue;
    }
    const t = template(ctx, right);
    if (!t || !/^\s+[^\s=]*=(["'])[^"']*\1\s*$/.test(t.text.split(HOLE).join("x"))) return false;
    const holesIn = t.text.split(HOLE);
    // every value between quotes is encoded; the name before `=` is the writer's own
    if (!t.parts.every((q, j) => encoded(ctx, q) || !/=["']$/.test(holesIn[j] ?? ""))) return false;
    added = true;
  }
  return added;
}

/**
 * Console style tags (cleo / Symfony console: `<info>`, `<comment>`, `<error>`, `<c1>`, `<b>`, `<fg=red>`, the
 * closer `</>`) in a file that writes them to a terminal: the console formatter colours them and no XML reader
 * parses the text, so a value with `<` in it at most upsets the colouring.
 */
const CONSOLE_STYLE = /^(info|comment|question|error|warning|debug|c\d+|b|(fg|bg|options)=[^<>]*|)$/;
const CONSOLE_FILE =
  /^\s*(from|import)\s+(cleo|clikit)\b|\.(line|line_error|write_line|write_error_line)\(\s*f?["'][^"'\n]*<(info|comment|question|error|c\d+)>/m;
function consoleMarkup(ctx: PythonContext, t: string): boolean {
  const tags = [...t.matchAll(/<\/?([^<>\s/]*)[^<>]*>/g)];
  return tags.length > 0 && tags.every((m) => CONSOLE_STYLE.test(m[1]!)) && sourceHas(ctx.tree, CONSOLE_FILE);
}

/**
 * Some value beside a comma sits outside every bracket of the template: a CSV cell. Inside one it is a function's
 * argument (a spreadsheet formula `SUBTOTAL(%s,[%s])`, `ISERROR(SEARCH("%s",%s))`), whose commas a CSV reader
 * never sees as cell breaks unless the whole formula is one unquoted cell, which its own format keeps apart.
 */
function cellOutsideCall(t: string): boolean {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if (c === HOLE && depth === 0 && (t[i - 1] === "," || t[i + 1] === ",")) return true;
  }
  return false;
}

/**
 * The built text is consumed, not written out: a needle searched for (`line.find(",%s," % v)`, `x in s`, `==`),
 * or the message of an assert or a raised exception.
 */
function notOutput(ctx: PythonContext, n: SyntaxNode): boolean {
  let up = n.parent;
  while (up?.type === "parenthesized_expression") up = up.parent;
  if (!up) return false;
  if (up.type === "comparison_operator") return true;
  if (up.type === "assert_statement") return namedChildren(up)[0] !== n;
  if (up.type !== "argument_list") return false;
  const call = up.parent;
  if (call?.type !== "call") return false;
  if (/^(find|rfind|index|rindex|count|startswith|endswith)$/.test(ctx.method(call))) return true;
  if (/^string\.(find|rfind|index|rindex|count)$/.test(ctx.callee(call))) return true;
  // A hint printed to the terminal (`print('  <depend package="%s" />' % pkg)`, `sys.stderr.write(...)`) from
  // values that are no request's: a message a person reads, not a document a parser reads. (A CGI script's print
  // of request data is its response, so request data keeps it output.)
  const callee = ctx.callee(call);
  const fileKw = callee === "print" ? ctx.kwarg(call, "file") : undefined;
  const toConsole =
    callee === "print"
      ? !fileKw || /^sys\.(stdout|stderr)$/.test(ctx.text(fileKw))
      : /^sys\.(stdout|stderr)\.write$/.test(callee);
  if (toConsole) {
    const t = template(ctx, n);
    if (t && t.parts.every((p) => ctx.level(p, "xml") !== Level.SOURCE)) return true;
  }
  let stmt = call.parent;
  while (stmt?.type === "parenthesized_expression") stmt = stmt.parent;
  return stmt?.type === "raise_statement" && /(Error|Exception)$/.test(ctx.callee(call));
}

/**
 * `if style not in STYLES: style = "single"` (or `raise`) before the use: the value is one of the allow-list's
 * literals or the fallback, with no markup in it; not bound again in between.
 */
function allowListed(ctx: PythonContext, p: SyntaxNode): boolean {
  if (p.type !== "identifier") return false;
  const fn = ctx.enclosingFunction(p);
  if (!fn) return false;
  const name = ctx.text(p);
  const literals = (n: SyntaxNode | undefined): boolean => {
    const v = n?.type === "identifier" ? ctx.resolve(n) : n;
    return (
      !!v &&
      /^(list|tuple|set)$/.test(v.type) &&
      namedChildren(v).length > 0 &&
      namedChildren(v).every((c) => c.type === "string" && /^[\w\s.-]*$/.test(ctx.stringValue(c) ?? "<"))
    );
  };
  let guard: SyntaxNode | undefined;
  for (const d of descendants(fn)) {
    if (d.start >= p.start) break;
    if (d.type === "if_statement") {
      const cond = field(d, "condition");
      const [l, r] = cond?.type === "comparison_operator" ? namedChildren(cond) : [];
      if (!l || ctx.text(l) !== name || !/\bnot\s+in\b/.test(ctx.text(cond!)) || !literals(r)) continue;
      const body = namedChildren(field(d, "consequence") ?? d);
      const resets = body.some(
        (st) =>
          st.type === "raise_statement" ||
          st.type === "return_statement" ||
          (st.type === "expression_statement" &&
            namedChildren(st)[0]?.type === "assignment" &&
            ctx.text(field(namedChildren(st)[0]!, "left") ?? st) === name &&
            field(namedChildren(st)[0]!, "right")?.type === "string"),
      );
      if (resets && d.end <= p.start) guard = d;
    } else if (
      guard &&
      d.start > guard.end &&
      /^(assignment|augmented_assignment)$/.test(d.type) &&
      ctx.text(field(d, "left") ?? d) === name
    )
      guard = undefined;
  }
  return !!guard;
}

/** Which data format a template splices raw values into, if any. */
function format(ctx: PythonContext, t: string): string | undefined {
  // An HTML document (`<!DOCTYPE html>`, `<html>`): its markup is PY-XSS-001's, whatever elements it holds.
  if (/<!DOCTYPE\s+html\b|<html[\s>]/i.test(t)) return undefined;
  // {"name": "<value>"}, {"greeting": "Hello, <value>"}: a JSON string value.
  if (new RegExp(`"\\s*:\\s*"[^"\\\\]*${HOLE}[^"\\\\]*"`).test(t) && /[{,]\s*"/.test(t)) return "JSON";
  const tag = new RegExp(`<([A-Za-z][\\w:.-]*)[^<>]*>${HOLE}</\\1>`).exec(t);
  if (tag && !HTML_TAG.test(tag[1]!)) return "XML";
  // `<item><title>%s</title></item>`: an element whose name HTML also has, inside a data document (RSS, Atom, a
  // SOAP body): some other element of the template is neither HTML's nor SVG's (nor a custom element's, `x-y`).
  // (HTML's older elements, `<big>`, `<tt>`, `<nobr>`, are no such sign; a body, table, div or paragraph marks the
  // template HTML whatever else it holds.)
  if (tag) {
    const names = [...t.matchAll(/<\/?([A-Za-z][\w:.]*)[\s/>]/g)].map((m) => m[1]!);
    if (
      !names.some((n) => /^(html|body|table|tr|td|div|p|span|br|ul|ol|li|font|center|form)$/i.test(n)) &&
      names.some((n) => !HTML_TAG.test(n) && !SVG_TAG.test(n) && !OLD_HTML_TAG.test(n))
    )
      return "XML";
  }
  // <note author='<value>'/>: a quoted attribute of a data element (not HTML's), closed in the same template;
  // a quote in the value ends the attribute and adds others.
  const attr = new RegExp(
    `<([A-Za-z][\\w:.-]*)\\s[^<>]*?[\\w:.-]+\\s*=\\s*(["'])[^"'<>]*${HOLE}[^"'<>]*\\2[^<>]*>`,
  ).exec(t);
  if (attr && !HTML_TAG.test(attr[1]!) && !SVG_TAG.test(attr[1]!)) return "XML";
  // name,score\n + value + ,10\n in a CSV response or file: a comma or newline in the value adds cells.
  // (A comma and a space after a value is prose or a list in a message, `"for %s, %s: %s"`, not a CSV cell.)
  // (Nor is `key=value,key=value`, an LDAP DN such as `ou=<value>,dc=example`: named fields, not cells.)
  if (
    new RegExp(`,${HOLE}|${HOLE},(?! )`).test(t) &&
    !new RegExp(`\\w=${HOLE},\\s*\\w+=`).test(t) &&
    cellOutsideCall(t) &&
    sourceHas(ctx.tree, CSV)
  )
    return "CSV";
  return undefined;
}

/**
 * Why a regular expression written to find script elements or HTML comments misses some the browser still
 * parses, if it does: an end tag with no room for `</script >`, a `.` without DOTALL (a newline inside the
 * element), a lower-case `script` without IGNORECASE (`<SCRIPT>`). Patterns that capture the element's content
 * (`<script ...>(.*?)</script>`, a scraper reading embedded JSON) extract rather than filter, and are left alone.
 */
function weakTagFilter(pattern: string, flagsText: string): string | undefined {
  const script = /<\\?\(?(\?:)?script/i.test(pattern) && /\\?\/\(?(\?:)?script/i.test(pattern);
  const comment = /^\^?<!--/.test(pattern) && /--!?\??>/.test(pattern);
  if (!script && !comment) return undefined;
  if (/\((?!\?)[^()]*[*+][^()]*\)/.test(pattern)) return undefined;
  const inline = /^\(\?([a-zA-Z]+)\)/.exec(pattern)?.[1] ?? "";
  const dotall = /\b(DOTALL|re\.S)\b/.test(flagsText) || inline.includes("s");
  const nocase = /\b(IGNORECASE|re\.I)\b/.test(flagsText) || inline.includes("i");
  // A `.` outside a character class, unescaped.
  const dot = /(^|[^\\[])\.(?![^[]*\])/.test(pattern.replace(/\[[^\]]*\]/g, "[]"));
  if (script && /\\?\/\(?(\?:)?script(\|SCRIPT)?\)?>/i.test(pattern))
    return "its end tag allows no space or attribute (</script >)";
  if (dot && !dotall) return "its . stops at a newline inside the tag or element (no DOTALL)";
  if (script && !nocase && !/\[sS\]\[cC\]/.test(pattern)) return "it is case-sensitive (<SCRIPT>)";
  return undefined;
}

/** What an encoding slip is by default: improper encoding of output (CWE-116) or XML injection (CWE-91). */
const ENCODING_CWE = ["CWE-116", "CWE-91"] as const;

/** HTML escapes that leave quote characters as they are: html.escape(quote=False), cgi.escape, saxutils.escape. */
function quoteKeeping(ctx: PythonContext, call: SyntaxNode): boolean {
  const q = ctx.callee(call);
  const quote = ctx.kwarg(call, "quote") ?? ctx.args(call)[1];
  const off = (n: SyntaxNode | undefined) => !n || ctx.text(n) === "False";
  if (q === "html.escape") return !!quote && ctx.text(quote) === "False";
  if (q === "cgi.escape") return off(quote);
  // saxutils.escape(data, entities): quotes only when the entities dict adds them.
  return /(^|\.)saxutils\.escape$/.test(q) && !ctx.args(call)[1] && !ctx.kwarg(call, "entities");
}

export default pyRule({
  meta: {
    id: "PY-ENCODE-001",
    title:
      "Output encoded by hand: JSON or XML built by concatenation, or an escape function that misses characters",
    // CWE-79 / CWE-83 only for request data escaped without quotes inside a quoted HTML attribute.
    cwe: ["CWE-116", "CWE-91", "CWE-79", "CWE-83"],
    severity: "MEDIUM",
    severity_variants: [{ severity: "LOW", when: TEST_SCOPE_REASON }],
    docs: {
      what_it_does:
        "Flags request values put raw into a URL's query string (`'https://api/find?key=K&q=' + q`), JSON string values and XML elements or quoted attributes of data elements filled in by string concatenation or f-strings (`'{\"user\": \"' + name + '\"}'`, `f'<name>{name}</name>'`), escape helpers that replace `<` but never `&`, re.sub() calls that delete script markup with a regular expression, and values escaped without quotes (html.escape(quote=False), cgi.escape, saxutils.escape) placed inside a quoted HTML attribute; and CSV rows of a CSV response or file joined with \",\".join() instead of csv.writer.",
      why_bad:
        "A value holding a quote, backslash, `<` or `&` ends the string or element early: the reader sees fields, elements or markup the value injected (CWE-116, improper encoding of output). An escape that skips `&` or quotes still lets entities and attribute breakouts through.",
      example_bad:
        'def message(user, text):\n    return \'{"user": "\' + user + \'", "text": "\' + text + \'"}\'',
      example_good:
        "import json\ndef message(user, text):\n    return json.dumps({'user': user, 'text': text})",
    },
    fix_hint:
      "Serialise with json.dumps / xml.etree.ElementTree (or xml.sax.saxutils.escape); for HTML use html.escape, which handles &, <, > and quotes.",
  },
  trigger:
    /https?:\/\/[^'"\s]*\?|"\s*:\s*"|<\/[A-Za-z]|<\/\(|<!--|['"]\s*\/>|\.replace\(\s*['"]<|<script|csv|quote\s*=\s*False|cgi\.escape|saxutils/i,
  nodeTypes: ["binary_operator", "string", "function_definition", "call"],
  detect(node, ctx, emit) {
    // A test's expected values (`'{"%s": "%s"}' % (member_id, ONLINE)` to compare with): a LOW reminder.
    const report = (r: Report) => {
      const c = { ...r, cwe: r.cwe ?? ENCODING_CWE };
      emit(inTestScope(ctx, r.node) ? { ...c, severity: "LOW", reason: TEST_SCOPE_REASON } : c);
    };
    if (node.type === "call" && /^(sub|subn)$/.test(ctx.method(node))) {
      // re.sub(r"<script>.*?</script>", "", html): a blacklist filter of script markup. Nested or variant
      // spellings (<scr<script>ipt>, <SCRIPT >, a newline inside) survive it, and other tags run script too
      // (<img onerror=...>). A compiled pattern's sub(repl, s) is resolved to its re.compile(pattern).
      const compiled = /^re\.(sub|subn)$/.test(ctx.callee(node))
        ? undefined
        : ctx.resolve(field(field(node, "function") ?? node, "object"));
      const pattern =
        compiled === undefined
          ? ctx.stringValue(ctx.arg(node, 0, "pattern"))
          : compiled?.type === "call" && ctx.callee(compiled) === "re.compile"
            ? ctx.stringValue(ctx.arg(compiled, 0, "pattern"))
            : undefined;
      const repl = ctx.stringValue(
        compiled === undefined ? ctx.arg(node, 1, "repl") : ctx.arg(node, 0, "repl"),
      );
      if (pattern !== undefined && repl === "" && /<\\?\/?\s*script|javascript:/i.test(pattern)) {
        report({
          node,
          message:
            "script markup removed with a regular expression: nested or variant spellings and other tags' event handlers survive it",
        });
        return;
      }
    }
    if (
      node.type === "call" &&
      /^re\.(compile|sub|subn|search|match|fullmatch|findall|finditer|split)$/.test(ctx.callee(node))
    ) {
      // re.compile(r"<script.*?>.*?</script>", re.I): a script or comment filter that browsers' parsing slips
      // past (CWE-116/185), whatever it is then used for (stripping, rejecting input that matches it).
      const pattern = ctx.stringValue(ctx.arg(node, 0, "pattern"));
      if (pattern === undefined) return;
      const why = weakTagFilter(pattern, ctx.text(field(node, "arguments") ?? node));
      if (why)
        report({ node, message: `HTML filter regular expression misses tags the browser parses: ${why}` });
      return;
    }
    if (node.type === "call" && ctx.method(node) !== "format") {
      // ",".join([c.name, c.email, c.notes]) as a row of a CSV response or file: a comma, quote or newline in a
      // field moves the cells after it or adds a row. (csv.writer quotes such fields.)
      if (ctx.method(node) !== "join") return;
      const sep = ctx.stringValue(field(field(node, "function") ?? node, "object"));
      const list = ctx.resolve(ctx.args(node)[0]);
      if (!sep || !/^[,;\t|]$/.test(sep) || !list || !/^(list|tuple)$/.test(list.type)) return;
      const items = namedChildren(list);
      const fn = ctx.enclosingFunction(node);
      const scope = fn ? ctx.text(fn) : ctx.tree.source;
      if (items.length < 2 || !/text\/csv|\.csv\b/i.test(scope) || /csv\.(writer|DictWriter)\b/.test(scope))
        return;
      const textField = (n: SyntaxNode) => {
        const name =
          n.type === "attribute"
            ? ctx.text(field(n, "attribute") ?? n)
            : n.type === "subscript"
              ? (ctx.stringValue(field(n, "subscript")) ?? "")
              : n.type === "identifier"
                ? ctx.text(n)
                : undefined;
        return (
          name !== undefined &&
          !/(^|_)(id|count|total|amount|price|qty|quantity|score|age|size|num|number|year|n|i)$/i.test(
            name,
          ) &&
          !encoded(ctx, n)
        );
      };
      if (items.some(textField))
        report({ node, message: `CSV row joined with "${sep}" without quoting the fields` });
      return;
    }
    if (node.type === "function_definition") {
      // An escape helper: replaces "<" but never "&" (so "&lt;" typed by the user comes out as "<").
      const name = ctx.text(field(node, "name") ?? node);
      if (!/escape|sanitize|sanitise|encode|clean/i.test(name)) return;
      const calls = descendants(node).filter((c) => c.type === "call");
      const replaces = calls.filter((c) => ctx.method(c) === "replace");
      const replaced = replaces.map((c) => ctx.stringValue(ctx.args(c)[0]));
      // `<` replaced or removed (not escaped as `\\<`, DN, regex or shell syntax), and `&` handled by no
      // replace nor any other call writing `&amp;` (`RE_AMP.sub("&amp;", text)`).
      const ltReplaced = replaces.some(
        (c) =>
          ctx.stringValue(ctx.args(c)[0])?.includes("<") &&
          !/^\\/.test(ctx.stringValue(ctx.args(c)[1]) ?? ""),
      );
      const ampHandled =
        replaced.includes("&") || calls.some((c) => ctx.args(c).some((a) => ctx.stringValue(a) === "&amp;"));
      if (ltReplaced && !ampHandled)
        report({
          node: field(node, "name") ?? node,
          message: `${name}() replaces < but not &, so entities pass through`,
        });
      return;
    }
    // Only the outermost piece of a concatenation.
    // (A parenthesised whole, `return ('<a>' + x + '</a>')`, is still the outermost piece.)
    let up = node.parent;
    while (up?.type === "parenthesized_expression") up = up.parent;
    if (up?.type === "binary_operator") return;
    if (node.type === "string" && node.parent?.type === "concatenated_string") return;
    const t = template(ctx, node);
    if (!t || !t.parts.length) return;
    if (notOutput(ctx, node)) return;
    // json.dumps output inside <script>: it does not escape "</script>", so the value ends the element.
    if (
      new RegExp(`<script[^>]*>[^<]*${HOLE}`, "i").test(t.text) &&
      t.parts.some((p) => {
        const v = p.type === "identifier" ? (ctx.resolve(p) ?? p) : p;
        return v.type === "call" && /(^|\.)dumps$/.test(ctx.callee(v));
      })
    ) {
      report({ node, message: "JSON placed in a <script> element: json.dumps leaves </script> unescaped" });
      return;
    }
    // <a title="{html.escape(name, quote=False)}">: an escape that leaves quotes, inside a quoted attribute, lets
    // the value close the attribute and add its own (onmouseover=...).
    const holes = t.text.split(HOLE);
    for (let i = 0; i < t.parts.length; i++) {
      if (!/=\s*["'][^"'<>]*$/.test(holes.slice(0, i + 1).join(HOLE))) continue;
      const p = t.parts[i]!;
      const v = p.type === "identifier" ? (ctx.resolve(p) ?? p) : p;
      if (v.type === "call" && quoteKeeping(ctx, v)) {
        // Escaping request data this way is an attribute breakout into script (onfocus=...): XSS, not only encoding.
        const arg = ctx.args(v)[0];
        const xss = !!arg && ctx.level(arg, "html") === Level.SOURCE;
        report({
          node,
          message: `${ctx.callee(v)}() leaves quotes unescaped inside a quoted attribute value`,
          ...(xss ? { cwe: ["CWE-79", "CWE-83", "CWE-116"] } : {}),
        });
        return;
      }
    }
    // "https://api.example.com/find?key=" + KEY + "&q=" + q with q from the request: an '&' or '=' in the value
    // adds or overrides parameters of the upstream call (the key, the scope); quote() / params= encode it.
    if (/^https?:\/\/[^\s?#]+\?/.test(t.text)) {
      for (let i = 0; i < t.parts.length; i++) {
        const p = t.parts[i]!;
        if (!/[?&][\w.[\]-]+=$/.test(holes.slice(0, i + 1).join(HOLE)) || encoded(ctx, p)) continue;
        if (ctx.level(p, "url") === Level.SOURCE) {
          report({ node, message: `${ctx.text(p).slice(0, 30)} is put in a URL query without quote()` });
          return;
        }
      }
      return;
    }
    const kind = format(ctx, t.text);
    if (!kind) return;
    if (kind === "XML" && consoleMarkup(ctx, t.text)) return;
    // `return "<DNS RR: '%s' ttl=%d>" % (...)` in __repr__: Python's debugging form of an object, not a document.
    const fn = ctx.enclosingFunction(node);
    if (kind === "XML" && fn && ctx.text(field(fn, "name") ?? fn) === "__repr__") return;
    if (
      t.parts.every(
        (p, i) =>
          encoded(ctx, p) || markup(ctx, p) || builtAttributes(ctx, t.text, i, p) || allowListed(ctx, p),
      )
    )
      return;
    // An object serialising its own fields (`'<Days>%s</Days>' % self.days` in a to_xml method): a client's
    // request body from its own configuration, not data crossing a trust boundary.
    // (So is one from its configuration object, `self.config.expiry_prefix`, unless it carries request data.)
    // (Fields beside encoded values, `'<inventory format="%s"%s>' % (self.format_num, revid)`, alike.)
    if (
      t.parts.every(
        (p) =>
          /^self\.\w+$/.test(ctx.text(p)) ||
          encoded(ctx, p) ||
          (/^self(\.\w+){2,}$/.test(ctx.text(p)) && ctx.level(p, "xml") !== Level.SOURCE),
      )
    )
      return;
    report({ node, message: `${kind} built by string concatenation without encoding the values` });
  },
  cases: {
    valid: [
      // An HTML page with HTML's older elements (<big>, <tt>) around its values.
      "def head(etype, ver):\n    return f'<body><table><tr><td><big><strong>{etype}</strong></big></td><td><tt>{ver}</tt></td></tr></table>'",
      // A hint printed to the terminal from a caller's values: a message, not a document.
      "import sys\ndef missing(names):\n    for n in names:\n        print('  <depend package=\"%s\" />' % n)\n        sys.stderr.write('add <plugin name=\"%s\"/>\\n' % n)",
      // A value replaced by a fallback unless it is one of an allow-list's words.
      "STYLES = ['single', 'double', 'wave']\ndef run(u):\n    if u not in STYLES:\n        u = 'single'\n    return '<w:u w:val=\"%s\"/>' % u",
      // Text searched for or put in an assert's or an exception's message: nothing is written out.
      "import csv\ndef prio(v, lines, rows):\n    for l in lines:\n        if l.find(',%s,' % v) != -1:\n            return l\n    for k, r in enumerate(rows):\n        assert len(r) == 5, 'bad row %s,%s' % (k, r)\n        if len(r) > 9:\n            raise ValueError('<row n=\"%s\">%s</row>' % (k, r))",
      // SVG drawn by format(): a picture's markup, not a data record.
      'def node(f, i, x, y, r, color):\n    print(\'<g id="g{0}" transform="translate({1},{2})">\'.format(i, x, y), file=f)\n    print(\'<circle cx="0" cy="0" r="{0}" fill="{1}"/>\'.format(r, color), file=f)',
      // str.format with every field a number or an escaped value.
      "from xml.sax.saxutils import escape\ndef f(n, k):\n    return '<a><n>{}</n><k>{:d}</k></a>'.format(escape(n), int(k))",
      // Spreadsheet formulas in a file that also writes CSV: the values are a function's arguments, not cells.
      "import csv\ndef total(code, col, cell, text):\n    return ['SUBTOTAL(%s,[%s])' % (code, col), 'ISERROR(SEARCH(\"%s\",%s))' % (text, cell)]",
      // A camelCase escaper; the writer's own field beside an escaped value.
      "def f(msg):\n    return '<INFO name=\"S\">%s</INFO>' % escapePCDATA(msg)",
      "class S:\n    def write(self, inv, esc):\n        return b'<inventory format=\"%s\">%s</inventory>' % (self.format_num, esc.xml_escape(inv.rev))",
      // Values escaped, formatted as numbers, or locals built only from literals and escaped values.
      "from xml.sax.saxutils import escape\ndef f(t, info, pretty):\n    nl = '\\n' if pretty else ''\n    ind = (' ' * 2) if pretty else ''\n    x = f'{ind}<a>{escape(t.artist)}</a>{nl}'\n    return x + f'<s>{info.secs:.2f}</s><b>{info.rate:d}</b>'",
      "def xml_escape(v):\n    return v.replace('&', '&amp;').replace('<', '&lt;')\ndef f(e):\n    p = b''\n    if e.parent:\n        p = b''.join([b' parent=\"', xml_escape(e.parent), b'\"'])\n    return b'<dir name=\"%s\"%s />' % (xml_escape(e.name), p)",
      // A writer's private escape helper applied before the value is spliced in, or in place.
      "class W:\n    def _escape_data(self, d):\n        return d.replace('&', '&amp;').replace('<', '&lt;')\n    def cell(self, text, v):\n        text = self._escape_data(text)\n        self.fh.write('<is><t>%s</t></is><v>%s</v>' % (text, self._escape_data(v)))",
      // A start tag's attribute list the writer accumulated from escaped values.
      "class W:\n    def _escape_attributes(self, v):\n        return v.replace('&', '&amp;').replace('\"', '&quot;')\n    def cell(self, n, attributes=()):\n        attr = ''\n        for key, value in attributes:\n            value = self._escape_attributes(value)\n            attr += ' %s=\"%s\"' % (key, value)\n        self.fh.write('<c%s><v>%s</v></c>' % (attr, self._escape_attributes(n)))",
      // An LDAP DN in a file that also serves .csv files.
      "from ldap3 import Connection\ndef f(conn, ou):\n    conn.search(f'ou={ou},dc=example,dc=com', '(objectClass=person)')\n    return open('people.csv').read()",
      // A message listing values after commas and spaces in a file that also writes CSV.
      "import csv\ndef failed(op, name, e):\n    return 'Error performing %s for %s, %s' % (op, name, e)",
      // A client's request body from its own configuration object.
      "class Client:\n    def lifecycle(self):\n        return '<Rule><Prefix>%s</Prefix><Days>%s</Days></Rule>' % (self.config.expiry_prefix, self.config.expiry_days)",
      // An object's debugging representation.
      "from binascii import hexlify\nclass Option:\n    def __repr__(self):\n        return \"<Option: code=%d data='%s'>\" % (self.code, hexlify(self.data).decode())",
      // cleo console style tags written to the terminal: coloured, never parsed as XML.
      "from cleo.commands.command import Command\nclass Show(Command):\n    def handle(self):\n        for p in self.packages():\n            v = f' (<c2>{p.version}</c2>)'\n            self.line(f'<fg=blue>found</>: <c1>{p.name}</c1>{v}')",
      // An API docs page: an HTML document built from the developer's own URLs and title (PY-XSS-001's domain).
      'def docs_html(openapi_url, title, favicon_url):\n    return f"""<!DOCTYPE html>\n<html>\n<head>\n<title>{title}</title>\n<link rel="shortcut icon" href="{favicon_url}">\n</head>\n<body><redoc spec-url="{openapi_url}"></redoc></body>\n</html>"""',
      'def head(css_url):\n    return f\'<link rel="stylesheet" href="{css_url}">\'',
      "def headers_of(scope, parse_qs_csv):\n    req_headers = {}\n    for name, value in scope['headers']:\n        if name not in req_headers:\n            req_headers[name] = value\n        else:\n            req_headers[name] += b',' + value\n    return parse(req_headers, csv=parse_qs_csv)",
      "import requests\nfrom urllib.parse import quote\nfrom flask import request\ndef search():\n    q = quote(request.args.get('q', ''))\n    return requests.get('https://s.example.com/find?key=K&q=' + q).json()",
      "import requests\ndef page(n: int, base):\n    return requests.get('https://s.example.com/list?page=' + str(n)).json()",
      "import json\ndef f(u):\n    return json.dumps({'user': u})",
      "import html\ndef f(n):\n    return f'<a title=\"{html.escape(n)}\">x</a>'",
      "class P:\n    @property\n    def kml(self):\n        inner = ''.join('<in>%s</in>' % r.kml for r in self.rings)\n        return '<Polygon><out>%s</out>%s</Polygon>' % (self.rings[0].kml, inner)",
      "import html\ndef f(n):\n    return f'<p>{html.escape(n, quote=False)}</p>'",
      "class Expiration:\n    def to_xml(self):\n        return '<Expiration><Date>%s</Date></Expiration>' % self.date",
      "def f(u):\n    return '{\"count\": ' + str(len(u)) + '}'",
      "import json\ndef f(u):\n    return '{\"user\": \"' + json.dumps(u)[1:-1] + '\"}'",
      "def f(name):\n    return '<b>' + name + '</b>'",
      "import html\ndef escape_html(s):\n    return s.replace('&', '&amp;').replace('<', '&lt;')",
      "import re\ndef plain_text(html):\n    return re.sub(r'<[^>]+>', '', html)",
      "import re\ndef mark(html):\n    return re.sub(r'<script', '&lt;script', html)",
      "def escape_dn(s):\n    s = s.replace('\\\\', '\\\\\\\\')\n    return s.replace('<', '\\\\<').replace('>', '\\\\>')",
      "import re\nRE_AMP = re.compile('&(?!#)')\ndef escape_attrib(t):\n    t = RE_AMP.sub('&amp;', t)\n    return t.replace('<', '&lt;')",
      "class F:\n    def __init__(self, esc):\n        self.escape_function = esc\n    def fmt(self, tokens):\n        for kind, value in tokens:\n            value = self.escape_function(value)\n            yield '<text:span>%s</text:span>' % value",
      "def f(n):\n    return f'<count>{int(n)}</count>'",
      "def row(c):\n    return ', '.join([c.first, c.last])",
      "def row(c):\n    # export.csv\n    return ','.join([str(c.id), str(c.total)])",
      "from xml.sax.saxutils import quoteattr\ndef f(n):\n    return f'<note author={quoteattr(n)}/>'",
      "def f(u):\n    return f'<img src=\"{u}\"/>'",
      'def f(n):\n    return \'{"count": "%d"}\' % n',
      "import re\nROBUST = re.compile(r'<script\\b[^>]*>[\\s\\S]*?</script[^>]*>', re.IGNORECASE)",
      "import re\nCOMMENTS = re.compile(r'<!--.*?-->', re.DOTALL)",
      "import re\ndef ld(h):\n    return re.search(r'<script type=\"application/json\">(.*?)</script>', h, re.S).group(1)",
    ],
    invalid: [
      // A test's expected JSON: still reported, as a LOW reminder.
      {
        code: 'import unittest\n\n\nclass TestStatus(unittest.TestCase):\n    def test_update(self):\n        member_id = self.make_member()\n        want = \'{"%s": "%s"}\' % (member_id, self.status)\n        self.assertEqual(self.helper.status(member_id), want)\n',
        line: 7,
        severity: "LOW",
      },
      // A local rebound by a loop over data, or a float shown without a numeric format.
      "def f(items):\n    v = ''\n    for v in items:\n        pass\n    return f'<artist>{v}</artist>'",
      "def f(info):\n    return f'<secs>{info.secs}</secs><name>{info.name:>10}</name>'",
      "from flask import request, Response\ndef feed():\n    t = request.args.get('t', '')\n    return Response('<rss><item><title>%s</title></item></rss>' % t, mimetype='application/rss+xml')",
      "from flask import request\ndef cgi():\n    print('<item>%s</item>' % request.args['x'])",
      // ... but not when it is bound again after the check.
      "STYLES = ['single', 'double', 'wave']\ndef run(u, raw):\n    if u not in STYLES:\n        u = 'single'\n    u = raw\n    return '<w:u w:val=\"%s\"/>' % u",
      // A SOAP envelope from a str.format template: `{}` and `{name}` fields are holes like `%s`.
      "from flask import request\ndef f():\n    acct = request.args['a']\n    return '<Env><Account>{}</Account><Ref>{ref}</Ref></Env>'.format(acct, ref=acct)",
      // A handler's own request body is not configuration.
      "import requests\nimport tornado.web\nclass H(tornado.web.RequestHandler):\n    def post(self):\n        body = '<Rule><Prefix>%s</Prefix></Rule>' % self.request.body\n        requests.put('https://s3.example.com/b?lifecycle', data=body, timeout=5)",
      // The same tag names in a file that writes no console markup: an XML element.
      "def note(msg):\n    return f'<error>{msg}</error>'",
      "import requests\nfrom flask import request\ndef search():\n    q = request.args.get('q', '')\n    return requests.get('https://s.example.com/find?key=K&q=' + q).json()",
      "import requests\nfrom flask import request\ndef search():\n    q = request.args['q']\n    return requests.get(f'https://s.example.com/find?q={q}&scope=public').json()",
      "import html\ndef f(n):\n    return f'<a title=\"{html.escape(n, quote=False)}\">x</a>'",
      "import html\ndef f(q):\n    return (\n        '<form>'\n        '<input value=\"' + html.escape(q, quote=False) + '\">'\n        '</form>'\n    )",
      "from xml.sax.saxutils import escape\ndef f(n):\n    v = escape(n)\n    return '<input value=\"' + v + '\">'",
      'def msg(user, text):\n    return \'{"user": "\' + user + \'", "text": "\' + text + \'"}\'',
      "def f(name, note):\n    return '<user><name>' + name + '</name><note>' + note + '</note></user>'",
      "def f(name):\n    return f'<item><name>{name}</name></item>'",
      "def f(author):\n    return f\"<note author='{author}'/>\"",
      "def f(k, v):\n    return '<entry key=\"' + k + '\" value=\"' + v + '\"/>'",
      'def audit(user, action):\n    return \'{"user": "%s", "action": "%s"}\' % (user, action)',
      "def greet(name):\n    return '{\"greeting\": \"Hello, ' + name + '!\"}'",
      "def escape_html(s):\n    return s.replace('<', '&lt;').replace('>', '&gt;')",
      "def sanitize(s):\n    return s.replace('<script>', '')",
      {
        code: "import re\ndef strip_scripts(html):\n    return re.sub(r'<script>.*?</script>', '', html)",
        message: "regular expression",
      },
      "import re\nSCRIPT = re.compile(r'<script[^>]*>.*?</script>', re.I | re.S)\ndef clean(h):\n    return SCRIPT.sub('', h)",
      {
        code: "import re\nFILTERS = [re.compile(r'<script.*?>.*?</script>', re.IGNORECASE)]",
        message: "end tag",
      },
      {
        code: "import re\nBLOCK = re.compile(r'<script[^>]*>[\\s\\S]*?</script[^>]*>', re.DOTALL)",
        message: "case-sensitive",
      },
      {
        code: "import re\nCOMMENT = re.compile(r'<!--.*?-->', re.IGNORECASE)",
        message: "DOTALL",
      },
      "import re\ndef clean(b):\n    return re.sub(r'<(script|SCRIPT)[^>]*>.*?</(script|SCRIPT)>', '', b, flags=re.DOTALL)",
      "import json\ndef page(t):\n    cfg = json.dumps({'title': t})\n    return '<script>var cfg = ' + cfg + ';</script>'",
      "def export(name):\n    return 'name,score\\n' + name + ',10\\n', 200, {'Content-Type': 'text/csv'}",
      // An attribute list accumulated from raw values is no serialised markup.
      "class W:\n    def cell(self, n, attributes=()):\n        attr = ''\n        for key, value in attributes:\n            attr += ' %s=\"%s\"' % (key, value)\n        self.fh.write('<c%s><v>%s</v></c>' % (attr, escape(n)))",
      // A cell outside the formula's brackets is still a CSV cell.
      "import csv\ndef row(name, col):\n    return '%s,SUM(%s)\\n' % (name, col)",
      "def export(rows):\n    lines = [','.join([r.name, r.email]) for r in rows]\n    return '\\n'.join(lines), 200, {'Content-Type': 'text/csv'}",
    ],
  },
});
