import { field, namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-REFPOL-001",
    title: "Referrer-Policy unsafe-url (full URLs sent to every site)",
    cwe: ["CWE-200"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags a Referrer-Policy of unsafe-url set by helmet (referrerPolicy({ policy }) or helmet({ referrerPolicy })), including a fallback list that ends with it, or by a Referrer-Policy header written directly.",
      why_bad:
        "unsafe-url sends the page's full URL - path and query string, with any tokens, ids or search terms in them - to every site the page links to or loads from, over plain HTTP too.",
      example_bad: "app.use(helmet.referrerPolicy({ policy: 'unsafe-url' }));",
      example_good: "app.use(helmet.referrerPolicy({ policy: 'strict-origin-when-cross-origin' }));",
    },
    fix_hint: "Use strict-origin-when-cross-origin (the browser default) or no-referrer.",
  },
  trigger: /unsafe-url/,
  nodeTypes: ["pair", "call_expression"],
  detect(node, ctx, report) {
    if (node.type === "call_expression") {
      // `res.setHeader('Referrer-Policy', 'unsafe-url')`: browsers use the last policy they know in the list.
      if (!/^(set|setHeader|header|append|writeHead)$/.test(ctx.method(node))) return;
      const [name, value] = ctx.args(node);
      const v = ctx.constValue(value);
      if (
        String(ctx.constValue(name) ?? "").toLowerCase() === "referrer-policy" &&
        typeof v === "string" &&
        v.split(",").pop()?.trim().toLowerCase() === "unsafe-url"
      )
        report({ node, message: "Referrer-Policy unsafe-url sends full URLs to other sites" });
      return;
    }
    // helmet: `referrerPolicy({ policy: 'unsafe-url' })`, `helmet({ referrerPolicy: { policy: [..., 'unsafe-url'] } })`.
    if (ctx.text(field(node, "key") ?? node).replace(/['"]/g, "") !== "policy") return;
    const value = field(node, "value");
    const last = value?.type === "array" ? namedChildren(value).at(-1) : value;
    if (ctx.stringValue(last) !== "unsafe-url") return;
    const owner = node.parent?.parent;
    const within =
      (owner?.type === "arguments" && /referrerPolicy|referrer-policy/i.test(ctx.callee(owner.parent!))) ||
      (owner?.type === "pair" && /referrerPolicy/.test(ctx.text(field(owner, "key") ?? owner)));
    if (within) report({ node, message: "Referrer-Policy unsafe-url sends full URLs to other sites" });
  },
  cases: {
    valid: [
      "app.use(helmet.referrerPolicy({ policy: 'no-referrer' }));",
      "app.use(helmet({ referrerPolicy: { policy: ['unsafe-url', 'strict-origin-when-cross-origin'] } }));",
      "res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');",
      "const cfg = { policy: 'unsafe-url' };",
    ],
    invalid: [
      "app.use(helmet.referrerPolicy({ policy: 'unsafe-url' }));",
      "app.use(helmet({ referrerPolicy: { policy: ['origin', 'unsafe-url'] } }));",
      "res.setHeader('Referrer-Policy', 'unsafe-url');",
      "res.set('referrer-policy', 'no-referrer, unsafe-url');",
    ],
  },
});
