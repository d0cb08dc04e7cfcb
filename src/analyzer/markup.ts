import { analyzeSync, type AnalyzeOptions, type Analysis } from "./engine.js";
import { lineStarts, rowAt, snippetText } from "./parse/lines.js";
import type { Finding, Language } from "./types.js";

/**
 * Component and page files (Vue and Svelte single-file components, HTML pages, server-side templates) hold
 * JavaScript or TypeScript in `<script>` blocks and render HTML from expressions in their templates (`v-html`,
 * `{@html ...}`, `{{ x|safe }}`, `<%- x %>`, `{{{ x }}}`). They are
 * analysed as one script: the markup is blanked (newlines kept, so every finding keeps its line, and script code
 * keeps its column), and each raw-HTML binding is lowered to the DOM sink it compiles to, an `innerHTML`
 * assignment of the same expression, so the JavaScript rules judge it with their sanitisers and data flow
 * (`v-html="DOMPurify.sanitize(x)"` stays clean, a string literal too).
 */
export const MARKUP_EXTENSIONS = [
  ".vue",
  ".svelte",
  ".html",
  ".htm",
  // Server-side templates: their raw-output tags are the bindings, and pages' scripts hold their tags.
  ".ejs",
  ".hbs",
  ".handlebars",
  ".mustache",
  ".pug",
  ".jade",
  ".njk",
  ".jinja",
  ".jinja2",
  ".j2",
] as const;

export function isMarkupPath(path: string): boolean {
  const lower = path.toLowerCase();
  return MARKUP_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A raw-HTML template binding, lowered to `_.innerHTML=(expr);` on its own row. */
export interface HtmlBinding {
  /** The syntax as written: `v-html` or `{@html}`. */
  kind: string;
  /** 0-based row and column of the expression in the component file. */
  row: number;
  col: number;
}

export interface LoweredMarkup {
  language: Language;
  /** The script blocks and lowered bindings at their rows; everything else blank. */
  code: string;
  bindings: HtmlBinding[];
  /**
   * 1-based rows of `code` past the component's own end that hold a binding moved below the scripts, each with
   * the 1-based row of the component the binding is written on.
   */
  moved?: Map<number, number>;
}

/** Script types that are not code (data blocks, client-side templates, import maps). */
const NOT_CODE =
  /^(?:application\/(?:ld\+)?json|importmap|speculationrules|text\/(?:template|x-template|html|x-handlebars-template|plain|markdown))$/i;

interface Piece {
  offset: number;
  text: string;
  /** How many of text's characters go to the left of offset (a lowered binding's prefix). */
  lead: number;
  /** A 0-based row to lay the piece on instead of offset's own (a binding moved below the scripts). */
  row?: number;
}

const attr = (attrs: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i")
    .exec(attrs)
    ?.slice(1)
    .find((v) => v !== undefined);

/** Offsets of `<!-- ... -->` comments, inside which nothing is code. */
function commentRanges(source: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of source.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * `<tag ...>body</tag>` elements of a lower-cased source, found with indexOf so that unclosed tags cost linear
 * time; an element left open runs to the end of the file.
 */
function elements(
  lower: string,
  tag: string,
): Array<{ start: number; bodyStart: number; bodyEnd: number; end: number }> {
  const out: Array<{ start: number; bodyStart: number; bodyEnd: number; end: number }> = [];
  const close = `</${tag}`;
  for (let at = lower.indexOf(`<${tag}`); at >= 0;) {
    const after = lower[at + tag.length + 1] ?? "";
    if (!/[\s>/]/.test(after)) {
      at = lower.indexOf(`<${tag}`, at + 1);
      continue;
    }
    const open = lower.indexOf(">", at);
    if (open < 0) break;
    const shut = lower.indexOf(close, open + 1);
    const bodyEnd = shut < 0 ? lower.length : shut;
    const gt = shut < 0 ? -1 : lower.indexOf(">", shut);
    const end = gt < 0 ? lower.length : gt + 1;
    out.push({ start: at, bodyStart: open + 1, bodyEnd, end });
    at = lower.indexOf(`<${tag}`, end);
  }
  return out;
}

/**
 * The source with each inline `<script>` body the predicate calls minified (a jQuery or d3 build pasted into a
 * page or a theme's layout) blanked to spaces, newlines kept: as with a minified .js file, a build output whose
 * sources are what to fix. Offsets and lines of everything else stay as they were.
 */
export function blankMinifiedScripts(source: string, isMinified: (body: string) => boolean): string {
  let out = source;
  for (const el of elements(source.toLowerCase(), "script")) {
    const body = source.slice(el.bodyStart, el.bodyEnd);
    if (isMinified(body))
      out = out.slice(0, el.bodyStart) + body.replace(/[^\n]/g, " ") + out.slice(el.bodyEnd);
  }
  return out;
}

/** The end of a `{@html ...}` expression: the brace that closes it, skipping strings and nested braces. */
function closingBrace(source: string, from: number): number {
  let depth = 0;
  // Bounded, so a page of unclosed braces costs linear time.
  for (let i = from; i < Math.min(source.length, from + 1000); i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === "`") {
      const end = source.indexOf(c, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/**
 * Lowers a component or page to one script, or undefined when it holds neither a script block nor a raw-HTML
 * binding (a plain page: nothing to analyse).
 */
export function lowerMarkup(source: string, path = ""): LoweredMarkup | undefined {
  const svelte = path.toLowerCase().endsWith(".svelte");
  const page = !svelte && !path.toLowerCase().endsWith(".vue");
  const comments = commentRanges(source);
  const inComment = (at: number) => comments.some(([s, e]) => at >= s && at < e);
  const pieces: Piece[] = [];
  const scriptRanges: Array<[number, number]> = [];
  let typescript = false;
  const lower = source.toLowerCase();
  for (const el of elements(lower, "script")) {
    if (inComment(el.start)) continue;
    const attrs = source.slice(el.start + "<script".length, el.bodyStart - 1);
    const body = source.slice(el.bodyStart, el.bodyEnd);
    const start = el.bodyStart;
    scriptRanges.push([el.start, el.end]);
    const type = attr(attrs, "type");
    if (type && NOT_CODE.test(type.trim())) continue;
    const lang = (attr(attrs, "lang") ?? "").toLowerCase();
    if (lang === "ts" || lang === "tsx" || lang === "typescript" || /typescript/i.test(type ?? ""))
      typescript = true;
    if (body.trim() === "") continue;
    const instance = svelte && !/context\s*=\s*["']?module/i.test(attrs);
    const text = instance ? svelteProps(body) : page ? withoutTemplateTags(body) : body;
    pieces.push({ offset: start, text, lead: 0 });
  }
  const inScript = (at: number) => scriptRanges.some(([s, e]) => at >= s && at < e);
  const styleRanges = elements(lower, "style").map((el): [number, number] => [el.start, el.end]);
  const inMarkupCode = (at: number) =>
    inScript(at) || inComment(at) || styleRanges.some(([s, e]) => at >= s && at < e);
  const bindings: Array<{ kind: string; offset: number; expr: string }> = [];
  // Vue's v-html, and binding the DOM property itself (`:innerHTML`, `v-bind:inner-html.prop`), which is the same.
  const vueHtml =
    /\s(v-html|(?:v-bind)?:inner-?html(?:\.prop)?)\s*=\s*(?:"([^"]{0,1000})"|'([^']{0,1000})')/gi;
  for (const m of source.matchAll(vueHtml)) {
    if (inMarkupCode(m.index)) continue;
    const expr = m[2] ?? m[3] ?? "";
    bindings.push({ kind: m[1]!, offset: m.index + m[0].length - expr.length - 1, expr });
  }
  for (const m of source.matchAll(/\{@html\s/g)) {
    if (inMarkupCode(m.index)) continue;
    const from = m.index + m[0].length;
    const end = closingBrace(source, from);
    if (end < 0) continue;
    bindings.push({ kind: "{@html}", offset: from, expr: source.slice(from, end) });
  }
  // A server-side template with no markup in it (openapi-generator's `model.mustache` writing TypeScript, a
  // plain-text mail): what it renders is no HTML page, so its raw tags are no HTML sink.
  const producesHtml =
    /\.html?$/i.test(path) || /<\/[a-z][\w-]*\s*>|<!doctype\b|<(?:br|hr|img|input|meta|link)\b/i.test(source);
  if (page && producesHtml) bindings.push(...templateBindings(source, inMarkupCode));
  if (/\.(pug|jade)$/i.test(path)) bindings.push(...pugBindings(source));
  bindings.sort((a, b) => a.offset - b.offset);
  // URL attributes bound to an expression (Svelte `href={url}`, Vue `:href="url"`): neither framework drops a
  // javascript: URL. Lowered to the JSX attribute (`<a href={url} />;`), which the rules judge like React's.
  const urls = page ? [] : urlBindings(source, svelte, inMarkupCode).filter((b) => b.expr.trim());
  if (pieces.length === 0 && bindings.length === 0 && urls.length === 0) return undefined;
  const position = locator(source);
  // A component's template renders after its script has run, whatever the blocks' order: a binding written above
  // `<script setup>` reads the names the script declares below it. Such a binding goes on a row of its own past
  // the file's end, after every script line, and its findings are pointed back at its own row.
  const lastScript = page ? -1 : Math.max(-1, ...scriptRanges.map(([, e]) => e));
  const moved = new Map<number, number>();
  let nextRow = source.split("\n").length;
  const place = (offset: number, text: string, lead: number) => {
    if (offset >= lastScript) return pieces.push({ offset, text, lead });
    const rows = text.split("\n").length;
    for (let k = 0; k < rows; k++) moved.set(nextRow + k + 1, position(offset).row + k + 1);
    pieces.push({ offset, text, lead, row: nextRow });
    nextRow += rows;
  };
  const prefix = "_.innerHTML=(";
  for (const b of bindings) if (b.expr.trim()) place(b.offset, `${prefix}${b.expr});`, prefix.length);
  const urlPrefix = "<a href={";
  for (const b of urls) place(b.offset, `${urlPrefix}${b.expr}} />;`, urlPrefix.length);
  return {
    language: typescript ? "typescript" : "javascript",
    code: layOut(source, pieces, position),
    bindings: bindings.map((b) => ({ kind: b.kind, ...position(b.offset) })),
    ...(moved.size ? { moved } : {}),
  };
}

/**
 * Pug's unescaped output: buffered code `p!= expr` (or a line `!= expr`) and interpolation `!{expr}` in text.
 * Comment lines (`//`, `//-`) hold none.
 */
function pugBindings(source: string): Array<{ kind: string; offset: number; expr: string }> {
  const out: Array<{ kind: string; offset: number; expr: string }> = [];
  const add = (kind: string, offset: number, raw: string) => {
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) return;
    const bare = body.replace(/"[^"\n]*"|'[^'\n]*'/g, '""');
    out.push({ kind, offset: offset + lead, expr: JS_LIKE.test(bare) ? body : body.replace(/[^\n]/g, "_") });
  };
  let at = 0;
  for (const line of source.split("\n")) {
    if (!/^\s*\/\//.test(line)) {
      // tag, classes / id and attributes, then `!=` (an attribute's own `!=` sits inside the parentheses)
      const code = /^(\s*(?:[\w#.:-]*(?:\([^)]{0,1000}\))?[\w#.:-]*)?)!=(?!=)(.{0,1000})$/.exec(line);
      if (code) add("!=", at + code[1]!.length + 2, code[2]!);
      for (const m of line.matchAll(/!\{([^}]{1,1000})\}/g)) add("!{}", at + m.index + 2, m[1]!);
    }
    at += line.length + 1;
  }
  return out;
}

/** Svelte `href={expr}` / Vue `:href="expr"` (and `action`, `formaction`) bindings, with each expression's offset. */
function urlBindings(
  source: string,
  svelte: boolean,
  skip: (at: number) => boolean,
): Array<{ offset: number; expr: string }> {
  const out: Array<{ offset: number; expr: string }> = [];
  if (svelte) {
    for (const m of source.matchAll(/\s(?:href|action|formaction)\s*=\s*\{/gi)) {
      if (skip(m.index)) continue;
      const from = m.index + m[0].length;
      const end = closingBrace(source, from);
      if (end > from) out.push({ offset: from, expr: source.slice(from, end) });
    }
    return out;
  }
  for (const m of source.matchAll(
    /\s(?:v-bind)?:(?:href|action|formaction)\s*=\s*(?:"([^"]{0,1000})"|'([^']{0,1000})')/gi,
  )) {
    if (skip(m.index)) continue;
    const expr = m[1] ?? m[2] ?? "";
    out.push({ offset: m.index + m[0].length - expr.length - 1, expr });
  }
  return out;
}

/** An expression the lowered script can hold as written; anything else becomes a same-length identifier. */
const JS_LIKE = /^[\w$.[\]"'\s(),+-]*$/;

/**
 * Server-side templates' raw output, which skips the engine's escaping: Handlebars/Mustache `{{{ x }}}` and
 * `{{& x }}`, EJS `<%- x %>`, Jinja/Django/Nunjucks `{{ x|safe }}`, and every `{{ x }}` inside
 * `{% autoescape off %}` (`false` in Jinja). The expression keeps its offset; filters after `|` are dropped.
 */
function templateBindings(
  source: string,
  skip: (at: number) => boolean,
): Array<{ kind: string; offset: number; expr: string }> {
  const out: Array<{ kind: string; offset: number; expr: string }> = [];
  const vueSsrTemplate = source.includes("<!--vue-ssr-outlet-->");
  const fullPage = /^\s*(?:<!doctype\s+html|<html\b)/i.test(source);
  const markdownBlocks = [
    ...source.matchAll(
      /\{\{~?#\s*(markdown|md|marked|markdownify)\b[^}]{0,200}\}\}([\s\S]*?)\{\{~?\/\s*\1\s*~?\}\}/gi,
    ),
  ].map((m): [number, number] => [m.index, m.index + m[0].length]);
  const inMarkdownBlock = (at: number) => markdownBlocks.some(([s, e]) => at > s && at < e);
  const add = (kind: string, offset: number, raw: string) => {
    if (skip(offset)) return;
    const lead = raw.length - raw.trimStart().length;
    const body = raw
      .trim()
      .split(/\|(?!\|)/)[0]!
      .trimEnd();
    // EJS's partials (`<%- include("footer") %>`, EJS 1's `<%- include partial/footer.ejs %>`) are templates of the
    // application, not data; a layout's bare
    // `body` slot (`<%- body %>`, `{{{body}}}`: express-ejs-layouts, express-handlebars, @fastify/view) is the view
    // the engine has already rendered, escaped.
    if (
      !body ||
      (kind === "<%-" && /^include(\s*\(|\s+[\w./-]+$)/.test(body)) ||
      (kind !== "{{& }}" && body === "body")
    )
      return;
    // handlebars-layouts' `{{{block "sidebar"}}}`: the named block's content, markup of the application's own
    // templates that the engine has rendered (escaped) already, as with the `body` slot.
    if (kind === "{{{ }}}" && /^block\s+("[^"\n]*"|'[^'\n]*')$/.test(body)) return;
    // A Handlebars helper's output (`{{{wbr name}}}`, `{{{formatDate post.at "long"}}}`): the helper's own code builds
    // the markup and escapes (or not) what it puts in; that code is the script the rules read, not this tag.
    if ((kind === "{{{ }}}" || kind === "{{& }}") && /^[A-Za-z_$][\w$-]*\s+[^\s=]/.test(body)) return;
    // A full page layout's `{{{contents}}}` slot (TypeDoc's themes), like `body`: the page the engine rendered.
    if (kind === "{{{ }}}" && body === "contents" && fullPage) return;
    // Inside a Markdown block helper (`{{#markdown}}{{{comment.text}}}{{/markdown}}`) the raw tag hands the helper
    // Markdown source, which escaping would corrupt; what reaches the page is the helper's rendering.
    if (kind !== "<%-" && inMarkdownBlock(offset)) return;
    // A vue-server-renderer page template (it holds the `<!--vue-ssr-outlet-->` marker): its `{{{ }}}` slots are
    // the head tags, resource hints, styles and scripts the server's renderer and build produce; the engine's
    // `{{ }}` is how such a template puts in a value.
    if (kind === "{{{ }}}" && vueSsrTemplate) return;
    // A record's primary key or a count (`{{ user.id|safe }}`, `{{ group.pk|safe }}`, `<%- items.length %>`): an
    // integer or a generated key, which holds no markup to escape.
    if (/^(?:[A-Za-z_$][\w$]*\.)*(?:id|pk|[A-Za-z_$][\w$]*_id|count|length)$/.test(body)) return;
    // A form field's help text (`{{ field.help_text|safe }}`, as Django's own form templates write it): the string
    // the developer gave the field's declaration, which Django documents as HTML it does not escape.
    if (/^(?:[A-Za-z_$][\w$]*\.)*help_text$/.test(body)) return;
    // A value of the application's configuration (`{{ flasgger_config.top_text|safe }}`, `{{ config.BANNER|safe }}`,
    // `{{ settings.FOOTER_HTML|safe }}`): HTML the deployer wrote into the settings, documented as such.
    if (
      /^(?:[A-Za-z_$][\w$]*_)?(?:config|settings|conf)(?:\.[A-Za-z_$][\w$]*|\[\s*["'][\w$]+["']\s*\])+$/i.test(
        body,
      )
    )
      return;
    // A WTForms field rendered by calling it (`{{ field(class="form-control " + extra)|safe }}`, `{{ form.name() }}`,
    // `{{ field.label(class="col-form-label")|safe }}`): the widget's HTML, whose attribute values WTForms escapes
    // itself; and the field's description, text its declaration gives (as help_text above).
    if (
      /^(?:[A-Za-z_$][\w$]*\.)*(?:field|subfield|[A-Za-z_$][\w$]*_field|form\.[A-Za-z_$][\w$]*)(?:\.label)?\s*\(/.test(
        body,
      ) ||
      /^(?:[A-Za-z_$][\w$]*\.)*(?:field|subfield|[A-Za-z_$][\w$]*_field)\.description$/.test(body)
    )
      return;
    // A form field's declared label (`{{ field.label|safe }}`; `field.label_tag` is Django's <label>, escaped): the
    // text the field's declaration gives, as help_text above. An attribute string built by Django's flatatt
    // (`{{ div.flat_attrs|safe }}`), which escapes each value (format_html_join). A field's value or errors are data.
    if (
      /^(?:[A-Za-z_$][\w$]*\.)*(?:field|subfield|[A-Za-z_$][\w$]*_field)\.label(?:_tag)?$/.test(body) ||
      /^(?:[A-Za-z_$][\w$]*\.)*(?:flat_?attrs|flatatt)$/.test(body)
    )
      return;
    const bare = body.replace(/"[^"\n]*"|'[^'\n]*'/g, '""');
    const js = JS_LIKE.test(bare) && !/[\w$)\]"']\s+[\w$("']/.test(bare); // `a if b else c` is not JavaScript
    out.push({ kind, offset: offset + lead, expr: js ? body : body.replace(/[^\n]/g, "_") });
  };
  for (const m of source.matchAll(
    /\{\{\{([\s\S]{0,1000}?)\}\}\}|\{\{&([\s\S]{0,1000}?)\}\}|<%-([\s\S]{0,1000}?)-?%>/g,
  )) {
    const [kind, raw] =
      m[1] !== undefined ? ["{{{ }}}", m[1]] : m[2] !== undefined ? ["{{& }}", m[2]] : ["<%-", m[3]!];
    add(kind, m.index + m[0].indexOf(raw), raw);
  }
  const off = [
    ...source.matchAll(
      /\{%-?\s*autoescape\s+(?:off|false)\s*-?%\}([\s\S]*?)(?:\{%-?\s*endautoescape\s*-?%\}|$)/g,
    ),
  ];
  const inOff = (at: number) => off.some((m) => at > m.index && at < m.index + m[0].length);
  for (const m of source.matchAll(/\{\{(?![{&])([\s\S]{0,1000}?)\}\}/g)) {
    const raw = m[1]!;
    if (/\|\s*safe\b/.test(raw)) add("|safe", m.index + 2, raw);
    else if (inOff(m.index)) add("autoescape off", m.index + 2, raw);
  }
  return out;
}

/**
 * A server-side template's tags inside a page's script (`var user = {{ user|tojson }};`, `{% if %}`, `<%= x %>`)
 * are not JavaScript: each becomes a same-length identifier, which parses as a value, a statement or string text.
 */
function withoutTemplateTags(body: string): string {
  // Spans bounded like the bindings', so unclosed tags cost linear time.
  return body.replace(
    /\{\{[\s\S]{0,1000}?\}\}|\{%[\s\S]{0,1000}?%\}|\{#[\s\S]{0,1000}?#\}|<%[\s\S]{0,1000}?%>/g,
    (tag) => tag.replace(/[^\n]/g, "_"),
  );
}

/**
 * A Svelte component's `export let name` declares a prop: its value comes from the parent, whatever the default.
 * Written as a read of the props object (what the compiler makes of it), so the data flow does not take an
 * uninitialised `let` for a constant `undefined`. Only the rest of such a line moves right.
 */
function svelteProps(body: string): string {
  return svelteReactive(body).replace(
    /\bexport\s+let\s+([A-Za-z_$][\w$]*)(\s*(?::\s*[^=;\n]+)?)(\s*=)?/g,
    (_m, name: string, type: string, eq: string | undefined) =>
      `export let ${name}${type} = $$props.${name}` + (eq ? " ??" : ""),
  );
}

/**
 * A reactive assignment to a name the script does not declare (`$: clean = DOMPurify.sanitize(html);`) declares
 * it: the compiler makes it a component variable. Written as a `let`, so the data flow knows what the name holds
 * (an undeclared name reads as anything). One character more: only the rest of such a line moves right.
 */
function svelteReactive(body: string): string {
  const declared = new Set(
    [...body.matchAll(/\b(?:let|const|var|function|class|import)\s+\{?\s*([A-Za-z_$][\w$]*)/g)].map(
      (m) => m[1]!,
    ),
  );
  for (const m of body.matchAll(/\bimport\s*\{([^}]*)\}/g))
    for (const part of m[1]!.split(","))
      declared.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      );
  return body.replace(
    /^([ \t]*)\$:[ \t]*([A-Za-z_$][\w$]*)([ \t]*=(?![=>]))/gm,
    (whole, indent: string, name: string, eq: string) =>
      declared.has(name) ? whole : `${indent}let ${name}${eq}`,
  );
}

/** Row and column of an offset. */
function locator(source: string): (offset: number) => { row: number; col: number } {
  const starts = lineStarts(source);
  return (offset) => {
    const row = rowAt(starts, offset);
    return { row, col: offset - starts[row]! };
  };
}

/**
 * The script: each piece at its row; script code at its own column. A lowered binding's `_.innerHTML=(` prefix
 * goes in the blank markup to the left of its expression when there is room, so the expression keeps its column;
 * otherwise the rest of that row moves right (rows never change).
 */
function layOut(
  source: string,
  pieces: Piece[],
  position: (offset: number) => { row: number; col: number },
): string {
  const rows = source.split("\n").map((): string => "");
  for (const p of [...pieces].sort((a, b) => a.offset - b.offset)) {
    const { row: own, col: at } = position(p.offset);
    const row = p.row ?? own;
    while (rows.length < row) rows.push("");
    const col = Math.max(0, at - p.lead);
    for (const [k, line] of p.text.replace(/\r/g, " ").split("\n").entries()) {
      const r = row + k;
      const current = rows[r] ?? "";
      const target = k === 0 ? col : 0;
      rows[r] = current.length <= target ? current.padEnd(target) + line : current + " " + line;
    }
  }
  return rows.join("\n");
}

/** Findings of the lowered script, pointed back at the component: its own lines as snippets, bindings named. */
export function restoreMarkupFindings(
  findings: Finding[],
  source: string,
  lowered: LoweredMarkup,
): Finding[] {
  const starts = lineStarts(source);
  const byRow = new Map(lowered.bindings.map((b) => [b.row + 1, b]));
  const own = (line: number) => lowered.moved?.get(line) ?? line;
  return findings.map((g) => {
    const f = { ...g, line: own(g.line), end_line: Math.max(own(g.line), own(g.end_line)) };
    const out: Finding = { ...f, snippet: snippetText(source, starts, f.line - 1, f.end_line - 1) };
    // A lowered binding's own finding: the innerHTML sink its row holds.
    const binding = byRow.get(f.line);
    if (binding && f.rule_id === "JS-XSS-001") {
      out.message = `${binding.kind} renders this expression as raw HTML`;
      out.column = binding.col + 1;
    }
    return out;
  });
}

/**
 * Analyses a component, page or template file as the CLI does; undefined when it holds no script and no raw-HTML
 * binding. Grammars for JavaScript and TypeScript must be loaded.
 */
export function analyzeMarkupSync(
  source: string,
  path: string,
  options: Omit<AnalyzeOptions, "language"> = {},
): (Analysis & { language: Language }) | undefined {
  const lowered = lowerMarkup(source, path);
  if (!lowered) return undefined;
  const a = analyzeSync(lowered.code, { ...options, language: lowered.language });
  return {
    language: lowered.language,
    parseError: a.parseError,
    ...(a.unparsed ? { unparsed: a.unparsed } : {}),
    findings: restoreMarkupFindings(a.findings, source, lowered),
  };
}
