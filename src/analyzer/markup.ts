import type { Finding, Language } from "./types.js";

/**
 * Component and page files (Vue and Svelte single-file components, HTML pages) hold JavaScript or TypeScript in
 * `<script>` blocks and render HTML from expressions in their templates (`v-html`, `{@html ...}`). They are
 * analysed as one script: the markup is blanked (newlines kept, so every finding keeps its line, and script code
 * keeps its column), and each raw-HTML binding is lowered to the DOM sink it compiles to, an `innerHTML`
 * assignment of the same expression, so the JavaScript rules judge it with their sanitisers and data flow
 * (`v-html="DOMPurify.sanitize(x)"` stays clean, a string literal too).
 */
export const MARKUP_EXTENSIONS = [".vue", ".svelte", ".html", ".htm"] as const;

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
  scripts: number;
}

/** Script types that are not code (data blocks, client-side templates, import maps). */
const NOT_CODE =
  /^(?:application\/(?:ld\+)?json|importmap|speculationrules|text\/(?:template|x-template|html|x-handlebars-template|plain|markdown))$/i;

interface Piece {
  offset: number;
  text: string;
  /** How many of text's characters go to the left of offset (a lowered binding's prefix). */
  lead: number;
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

/** The end of a `{@html ...}` expression: the brace that closes it, skipping strings and nested braces. */
function closingBrace(source: string, from: number): number {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
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
  const page = /\.html?$/i.test(path);
  const comments = commentRanges(source);
  const inComment = (at: number) => comments.some(([s, e]) => at >= s && at < e);
  const pieces: Piece[] = [];
  const scriptRanges: Array<[number, number]> = [];
  let typescript = false;
  let scripts = 0;
  for (const m of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (inComment(m.index)) continue;
    const attrs = m[1] ?? "";
    const body = m[2] ?? "";
    const start = m.index + m[0].indexOf(">") + 1;
    scriptRanges.push([m.index, m.index + m[0].length]);
    const type = attr(attrs, "type");
    if (type && NOT_CODE.test(type.trim())) continue;
    const lang = (attr(attrs, "lang") ?? "").toLowerCase();
    if (lang === "ts" || lang === "tsx" || lang === "typescript" || /typescript/i.test(type ?? ""))
      typescript = true;
    if (body.trim() === "") continue;
    const instance = svelte && !/context\s*=\s*["']?module/i.test(attrs);
    const text = instance ? svelteProps(body) : page ? withoutTemplateTags(body) : body;
    pieces.push({ offset: start, text, lead: 0 });
    scripts++;
  }
  const inScript = (at: number) => scriptRanges.some(([s, e]) => at >= s && at < e);
  const styleRanges = [...source.matchAll(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi)].map(
    (m): [number, number] => [m.index, m.index + m[0].length],
  );
  const inMarkupCode = (at: number) =>
    inScript(at) || inComment(at) || styleRanges.some(([s, e]) => at >= s && at < e);
  const bindings: Array<{ kind: string; offset: number; expr: string }> = [];
  for (const m of source.matchAll(/\sv-html\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (inMarkupCode(m.index)) continue;
    const expr = m[1] ?? m[2] ?? "";
    bindings.push({ kind: "v-html", offset: m.index + m[0].length - expr.length - 1, expr });
  }
  for (const m of source.matchAll(/\{@html\s/g)) {
    if (inMarkupCode(m.index)) continue;
    const from = m.index + m[0].length;
    const end = closingBrace(source, from);
    if (end < 0) continue;
    bindings.push({ kind: "{@html}", offset: from, expr: source.slice(from, end) });
  }
  if (pieces.length === 0 && bindings.length === 0) return undefined;
  const prefix = "_.innerHTML=(";
  for (const b of bindings)
    if (b.expr.trim()) pieces.push({ offset: b.offset, text: `${prefix}${b.expr});`, lead: prefix.length });
  const position = locator(source);
  return {
    language: typescript ? "typescript" : "javascript",
    code: layOut(source, pieces, position),
    bindings: bindings.map((b) => ({ kind: b.kind, ...position(b.offset) })),
    scripts,
  };
}

/**
 * A server-side template's tags inside a page's script (`var user = {{ user|tojson }};`, `{% if %}`, `<%= x %>`)
 * are not JavaScript: each becomes a same-length identifier, which parses as a value, a statement or string text.
 */
function withoutTemplateTags(body: string): string {
  return body.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|<%[\s\S]*?%>/g, (tag) =>
    tag.replace(/[^\n]/g, "_"),
  );
}

/**
 * A Svelte component's `export let name` declares a prop: its value comes from the parent, whatever the default.
 * Written as a read of the props object (what the compiler makes of it), so the data flow does not take an
 * uninitialised `let` for a constant `undefined`. Only the rest of such a line moves right.
 */
function svelteProps(body: string): string {
  return body.replace(
    /\bexport\s+let\s+([A-Za-z_$][\w$]*)(\s*(?::\s*[^=;\n]+)?)(\s*=)?/g,
    (_m, name: string, type: string, eq: string | undefined) =>
      `export let ${name}${type} = $$props.${name}` + (eq ? " ??" : ""),
  );
}

/** Row and column of an offset, by binary search over the offsets where lines start. */
function locator(source: string): (offset: number) => { row: number; col: number } {
  const starts = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, col: offset - starts[lo]! };
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
    const { row, col: at } = position(p.offset);
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
  const lines = source.split("\n");
  return findings.map((f) => {
    const binding = lowered.bindings.find((b) => b.row + 1 === f.line);
    const snippet = lines
      .slice(f.line - 1, Math.min(f.end_line, f.line + 4))
      .join("\n")
      .trim();
    const out: Finding = { ...f, snippet: snippet.length > 400 ? snippet.slice(0, 400) + "..." : snippet };
    if (binding && /innerHTML/.test(f.message)) {
      out.message = `${binding.kind} renders this expression as raw HTML`;
      out.column = binding.col + 1;
    }
    return out;
  });
}
