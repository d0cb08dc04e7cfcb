import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Elements that run script or load active content whatever their attributes: allowing one keeps it in the output. */
const ACTIVE_TAGS = /^(script|iframe|object|embed|frame|frameset|svg|math|base|meta|link)$/i;
/** URL schemes that run script (or carry a page) when a kept link or image is followed. */
const SCRIPT_SCHEMES = /^(javascript|vbscript)$/i;
/** Attributes that are event handlers or load script: `on*`, and `style` is CSS only (not listed). */
const HANDLER_ATTR = /^on[a-z]+$/i;

/**
 * The string items of a list, tuple, set or frozenset literal (through a name bound once), with the items of a
 * `list(X) + [...]` / `X | {...}` spelling whose literal part is what the program adds to a default.
 */
function literalItems(ctx: PythonContext, node: SyntaxNode | undefined, depth = 0): string[] {
  const n = ctx.resolve(node);
  if (!n || depth > 4) return [];
  if (n.type === "call" && /^(list|set|frozenset|tuple)$/.test(ctx.callee(n)))
    return literalItems(ctx, ctx.args(n)[0], depth + 1);
  if (n.type === "binary_operator") return namedChildren(n).flatMap((c) => literalItems(ctx, c, depth + 1));
  if (!/^(list|tuple|set)$/.test(n.type)) return [];
  return namedChildren(n)
    .map((c) => ctx.stringValue(c))
    .filter((v): v is string => v !== undefined);
}

/** Attribute names allowed by bleach's `attributes=`: a dict of tag -> list, or one list for every tag. */
function allowedAttributes(ctx: PythonContext, node: SyntaxNode | undefined): string[] {
  const n = ctx.resolve(node);
  if (n?.type === "dictionary")
    return namedChildren(n).flatMap((p) => (p.type === "pair" ? literalItems(ctx, namedChildren(p)[1]) : []));
  return literalItems(ctx, n);
}

export default pyRule({
  meta: {
    id: "PY-SANITIZE-001",
    title: "HTML sanitiser configured to let script through",
    cwe: ["CWE-79"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags bleach.clean / bleach.Cleaner (and nh3.clean) calls whose allow-lists keep elements that run script (script, iframe, object, embed, svg...), event-handler attributes (onclick...), or the javascript: or vbscript: URL schemes.",
      why_bad:
        "The sanitiser is the only thing between user HTML and the page: an allowed <script> element, onerror= attribute or javascript: link is kept as written and runs in every reader's browser (stored XSS).",
      example_bad:
        "import bleach\ndef clean(html):\n    return bleach.clean(html, tags=['b', 'i', 'script'])",
      example_good:
        "import bleach\ndef clean(html):\n    return bleach.clean(html, tags={'b', 'i', 'a'}, attributes={'a': ['href']}, protocols={'http', 'https'})",
    },
    fix_hint:
      "Allow only formatting elements and plain attributes, and only http, https and mailto links; never script, iframe, object, embed, svg, on* handlers or javascript: URLs.",
  },
  trigger: /\b(bleach|nh3)\b/,
  nodeTypes: ["call"],
  calls: ["clean", "Cleaner"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/^(bleach\.clean|bleach\.Cleaner|bleach\.sanitizer\.Cleaner|nh3\.clean)$/.test(q)) return;
    const nh3 = q === "nh3.clean";
    const tags = literalItems(ctx, ctx.kwarg(node, "tags")).filter((t) => ACTIVE_TAGS.test(t));
    if (tags.length) {
      report({ node, message: `the sanitiser allows the <${tags[0]}> element, which runs script` });
      return;
    }
    const attrs = allowedAttributes(ctx, ctx.kwarg(node, "attributes")).filter((a) => HANDLER_ATTR.test(a));
    if (attrs.length) {
      report({ node, message: `the sanitiser allows the ${attrs[0]} event-handler attribute` });
      return;
    }
    const schemes = literalItems(ctx, ctx.kwarg(node, nh3 ? "url_schemes" : "protocols")).filter((s) =>
      SCRIPT_SCHEMES.test(s),
    );
    if (schemes.length)
      report({ node, message: `the sanitiser keeps ${schemes[0]}: URLs in links, which run script` });
  },
  cases: {
    valid: [
      "import bleach\ndef f(html):\n    return bleach.clean(html, tags={'a', 'b', 'i'}, attributes={'a': ['href', 'title']}, protocols={'http', 'https', 'mailto'})",
      "import bleach\nfrom bleach.sanitizer import ALLOWED_PROTOCOLS\ndef f(html):\n    return bleach.clean(html, tags={'a'}, attributes={'a': ['href']}, protocols=ALLOWED_PROTOCOLS)",
      "import bleach\nTAGS = ['p', 'em', 'strong']\ndef f(html):\n    return bleach.clean(html, tags=TAGS, strip=True)",
      "import nh3\ndef f(html):\n    return nh3.clean(html, tags={'b', 'a'}, url_schemes={'https'})",
    ],
    invalid: [
      "import bleach\nALLOWED = ['a', 'b', 'script']\ndef f(html):\n    return bleach.clean(html, tags=ALLOWED)",
      "import bleach\nfrom bleach.sanitizer import ALLOWED_PROTOCOLS\nP = list(ALLOWED_PROTOCOLS) + ['javascript']\ndef f(html):\n    return bleach.clean(html, tags={'a'}, attributes={'a': ['href']}, protocols=P)",
      "import bleach\ndef f(html):\n    return bleach.clean(html, tags={'img'}, attributes={'img': ['src', 'onerror']})",
      "from bleach.sanitizer import Cleaner\nc = Cleaner(tags=['p', 'iframe'])",
      "import nh3\ndef f(html):\n    return nh3.clean(html, url_schemes={'https', 'javascript'})",
    ],
  },
});
