import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import type { JsContext } from "../../dataflow/javascript.js";
import { Level } from "../../dataflow/python.js";
import { jsRule } from "./common.js";

/** The value of a JSX attribute: a string's text, `{'...'}`'s text, or null for any other expression. */
function attrValue(attr: SyntaxNode, ctx: JsContext): { text?: string; expr?: SyntaxNode } {
  const v = namedChildren(attr).find((c) => c.type === "string" || c.type === "jsx_expression");
  if (!v) return {};
  if (v.type === "string") return { text: ctx.stringValue(v) ?? "" };
  const expr = namedChildren(v).find((c) => c.type !== "comment");
  const k = ctx.constValue(expr);
  if (typeof k === "string") return { text: k };
  // `rel={true}`, `rel={null}`, `rel={3}`: a constant that is no token list sets no link type.
  if (k !== undefined || expr?.type === "null" || expr?.type === "undefined") return { text: "" };
  return { expr };
}

/** A link the page does not own: a non-literal URL, or a literal absolute `http(s):` / protocol-relative one. */
function external(url: { text?: string; expr?: SyntaxNode }, ctx: JsContext): boolean {
  if (url.text !== undefined) return /^(https?:)?\/\//i.test(url.text);
  if (!url.expr) return false;
  const r = ctx.resolve(url.expr) ?? url.expr;
  // `/docs/${slug}`, `'#' + id`: a path on the page's own origin.
  if (ctx.fixedOrigin(r) && !/^(https?:)?\/\//i.test(ctx.leadingText(r) ?? "")) return false;
  return ctx.level(url.expr, "url") !== Level.CONST;
}

/**
 * An `<a ... target="_blank">` tag in markup text with no rel naming noopener / noreferrer and an href that is not
 * a literal same-site path (`/help`, `#top`, `?tab=2`).
 */
function markupTabnab(text: string): boolean {
  if (!/_blank/i.test(text)) return false;
  for (const m of text.matchAll(/<a\s([^>]*)>/gi)) {
    const tag = m[1] ?? "";
    if (!/\btarget\s*=\s*\\?["']?_blank\b/i.test(tag)) continue;
    if (/\brel\s*=\s*\\?["']?[^"'>]*\b(noopener|noreferrer)\b/i.test(tag)) continue;
    const href = /\bhref\s*=\s*\\?["']([^"'\\]*)(\\?["']|$)/i.exec(tag);
    if (href && href[2] && /^([/#?]|\.\.?\/)(?!\/)/.test(href[1] ?? "")) continue;
    if (!/\bhref\s*=/i.test(tag)) continue;
    return true;
  }
  return false;
}

export default jsRule({
  meta: {
    id: "JS-TABNAB-001",
    title: "Link or window opened in a new tab that keeps window.opener (reverse tabnabbing)",
    cwe: ["CWE-1022"],
    severity: "LOW",
    docs: {
      what_it_does:
        'Flags JSX links (and anchors made with document.createElement) with target="_blank" to an external or non-literal URL without rel="noopener" or "noreferrer", and window.open of a non-literal or external URL in a new window without the noopener feature.',
      why_bad:
        "The opened page gets a handle on the opener: it can navigate the original tab to a look-alike login page while the user reads the new one. (Recent browsers imply noopener for target=_blank links, not for window.open, and older ones for neither.)",
      example_bad: 'export const Ext = ({ url }) => <a href={url} target="_blank">Open</a>;',
      example_good:
        'export const Ext = ({ url }) => <a href={url} target="_blank" rel="noopener noreferrer">Open</a>;',
    },
    fix_hint:
      'Add rel="noopener noreferrer" to the link, or pass "noopener,noreferrer" as window.open\'s features.',
  },
  trigger: /_blank/i,
  nodeTypes: [
    "jsx_opening_element",
    "jsx_self_closing_element",
    "call_expression",
    "assignment_expression",
    "binary_expression",
    "template_string",
    "string",
  ],
  detect(node, ctx, report) {
    if (node.type === "binary_expression" || node.type === "template_string" || node.type === "string") {
      // HTML built as text (`'<a href="' + url + '" target="_blank">'`): the whole concatenation, once.
      if (node.parent?.type === "binary_expression" || node.parent?.type === "template_substitution") return;
      if (node.type === "binary_expression" && node.children.find((c) => !c.named)?.type !== "+") return;
      if (markupTabnab(ctx.text(node)))
        report({
          node,
          message:
            'HTML link with target="_blank" and no rel="noopener noreferrer": the opened page can navigate this tab',
        });
      return;
    }
    if (node.type === "assignment_expression") {
      // A link built in script: `a.target = '_blank'` on `document.createElement('a')`, with no rel set to
      // noopener/noreferrer on it in the same function and an href off the page's own origin.
      const left = field(node, "left");
      const obj = left?.type === "member_expression" ? field(left, "object") : undefined;
      if (!obj || obj.type !== "identifier" || ctx.text(field(left!, "property") ?? left!) !== "target")
        return;
      if (ctx.stringValue(field(node, "right"))?.toLowerCase() !== "_blank") return;
      const made = ctx.resolve(obj);
      const fn = ctx.enclosingFunction(node);
      // An anchor the function made, or one it is handed typed as such (`link: HTMLAnchorElement`).
      const typedAnchor =
        made === obj &&
        !!fn &&
        namedChildren(field(fn, "parameters") ?? fn).some((p) =>
          new RegExp(`^${ctx.text(obj).replace(/\$/g, "\\$")}\\??\\s*:\\s*HTMLAnchorElement$`).test(
            ctx.text(p),
          ),
        );
      if (!typedAnchor && (!made || !/^document\.createElement\(\s*['"]a['"]\s*\)$/i.test(ctx.text(made))))
        return;
      const body = ctx.text(fn ?? node);
      const name = ctx.text(obj).replace(/\$/g, "\\$");
      if (new RegExp(`\\b${name}\\.(rel\\s*=|relList\\.add\\(|setAttribute\\(\\s*['"]rel['"])`).test(body))
        return;
      const href = new RegExp(`\\b${name}\\.href\\s*=\\s*([^;\\n]+)`).exec(body)?.[1]?.trim();
      if (!href || (/^['"`]/.test(href) && !/^['"`](https?:)?\/\//i.test(href))) return;
      report({
        node,
        message: "link created with target _blank and no rel noopener: the opened page can navigate this tab",
      });
      return;
    }
    if (node.type === "call_expression") {
      if (!/^(window\.)?open$/.test(ctx.callee(node))) return;
      const [url, target, features] = ctx.args(node);
      if (!url || ctx.stringValue(target)?.toLowerCase() !== "_blank") return;
      if (/noopener|noreferrer/i.test(features ? ctx.text(features) : "")) return;
      // A named constant URL (`const PARTNER = 'https://...'`) is read like the literal.
      const k = ctx.constValue(url);
      const text = typeof k === "string" ? k : ctx.stringValue(url);
      if (!external(text !== undefined ? { text } : { expr: url }, ctx)) return;
      // `const w = window.open(...); w.opener = null;`: the opener handle is cut right away.
      const fn = ctx.enclosingFunction(node);
      if (/\.opener\s*=\s*null/.test(ctx.text(fn ?? node))) return;
      report({
        node,
        message: "window.open in a new window without noopener: the page can navigate this tab",
      });
      return;
    }
    const attrs = namedChildren(node).filter((c) => c.type === "jsx_attribute");
    const named = (n: string) => attrs.find((a) => ctx.text(namedChildren(a)[0] ?? a) === n);
    const target = named("target");
    // Browsing-context names and link types are ASCII case-insensitive: `_BLANK`, `NoOpener`.
    if (!target || attrValue(target, ctx).text?.toLowerCase() !== "_blank") return;
    const rel = named("rel");
    if (rel) {
      const r = attrValue(rel, ctx);
      // `rel` is a space-separated token list: `noopenernoreferrer` is one unknown token.
      if (r.text === undefined || r.text.split(/\s+/).some((t) => /^(noopener|noreferrer)$/i.test(t))) return;
    }
    // `{...props}` may carry a rel of its own.
    if (namedChildren(node).some((c) => c.type === "jsx_expression")) return;
    const href = named("href");
    if (!href || !external(attrValue(href, ctx), ctx)) return;
    report({
      node,
      message:
        'target="_blank" link without rel="noopener noreferrer": the opened page can navigate this tab',
    });
  },
  cases: {
    valid: [
      'const link = (url) => \'<a href="\' + encodeURI(url) + \'" target="_blank" rel="noopener">source</a>\';',
      'const help = \'<a href="/help" target="_blank">help</a>\';',
      'const html = `<a target="_blank" rel="noreferrer" href="${u}">x</a>`;',
      'export const A = ({ url }) => <a href={url} target="_blank" rel="noopener noreferrer">x</a>;',
      'export const A = () => <a href="/docs" target="_blank">docs</a>;',
      'export const A = ({ slug }) => <a href={`/posts/${slug}`} target="_blank">post</a>;',
      "window.open(url, '_blank', 'noopener,noreferrer');",
      "window.open('/help', '_blank');",
      "const HELP = '/help/index.html';\nexport function go() {\n  window.open(HELP, '_blank');\n}",
      "function add(box) {\n  const a = document.createElement('a');\n  a.href = 'https://x.partner.com/';\n  a.target = '_blank';\n  a.rel = 'noopener';\n  box.append(a);\n}",
      "function add(box) {\n  const a = document.createElement('a');\n  a.href = '/local/page';\n  a.target = '_blank';\n  box.append(a);\n}",
      'export const A = ({ url, rel }) => <a href={url} target="_blank" rel={rel}>x</a>;',
      'export const A = () => <a href="https://partner.site.com" target="_BLANK" rel="NoOpener">x</a>;',
    ],
    invalid: [
      "const link = (url) => '<a href=\"' + encodeURI(url) + '\" target=\"_blank\">source</a>';",
      "const html = `<p><a href=\"${u}\" target='_blank'>open</a></p>`;",
      'export const A = ({ url }) => <a href={url} target="_blank">x</a>;',
      'export const A = () => (\n  <a href="https://partner.site.com" target="_blank" rel="nofollow">partner</a>\n);',
      'export const A = () => <a href="https://partner.site.com" target="_BLANK">partner</a>;',
      'export const A = () => <a href="https://partner.site.com" target="_blank" rel="noopenernoreferrer">x</a>;',
      'export const A = () => <a href="https://partner.site.com" target="_blank" rel={true}>x</a>;',
      "function openLink(u) {\n  window.open(u, '_blank');\n}",
      {
        code: "function add(box, u) {\n  const a = document.createElement('a');\n  a.href = u;\n  a.target = '_blank';\n  box.append(a);\n}",
        line: 4,
      },
      {
        code: "export const A = ({ url }) => (\n  <a\n    href={url}\n    target='_blank'\n  >x</a>\n);",
        line: 2,
      },
    ],
  },
});
