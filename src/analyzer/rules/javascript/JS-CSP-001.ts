import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { JsContext } from "../../dataflow/javascript.js";
import { jsRule } from "./common.js";

/**
 * The script sources a policy allows, when they let injected script run: `'unsafe-inline'` (unless a nonce, a
 * hash or 'strict-dynamic' makes browsers ignore it), `'unsafe-eval'`, or any host (`*`, `http:`, `https:`, `data:`).
 * The script-src directive decides; default-src only where the policy has no script-src.
 */
function weakScriptSources(policy: string): string | undefined {
  const directives = new Map<string, string[]>();
  for (const d of policy.split(";")) {
    const [name, ...values] = d.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  const src = directives.get("script-src") ?? directives.get("default-src");
  if (!src) return undefined;
  return weakSourceList(src);
}

function weakSourceList(src: string[]): string | undefined {
  const v = src.map((s) => s.toLowerCase().replace(/^["`]|["`]$/g, ""));
  if (v.includes("'unsafe-eval'")) return "'unsafe-eval'";
  const ignoresInline = v.some((s) => /^'(nonce-|sha(256|384|512)-|strict-dynamic')/.test(s));
  if (v.includes("'unsafe-inline'") && !ignoresInline) return "'unsafe-inline'";
  const wild = v.find((s) => s === "*" || s === "data:" || s === "http:" || s === "https:");
  return wild && !ignoresInline ? wild : undefined;
}

/** The literal text of a string, a template without substitutions, or a `+` of literals (through one name). */
function literal(n: SyntaxNode | undefined, ctx: JsContext): string | undefined {
  const v = ctx.constValue(n);
  return typeof v === "string" ? v : undefined;
}

/** An iframe sandbox that keeps both script and the frame's own origin: the framed page removes its sandbox. */
function escapableSandbox(value: string | undefined): boolean {
  const tokens = new Set((value ?? "").toLowerCase().split(/\s+/));
  return tokens.has("allow-scripts") && tokens.has("allow-same-origin");
}

export default jsRule({
  meta: {
    id: "JS-CSP-001",
    title: "Content-Security-Policy that lets injected script run, or an iframe sandbox the frame can lift",
    cwe: ["CWE-693"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags Content-Security-Policy values (a response header, a `<meta http-equiv>` element's content, helmet's scriptSrc/defaultSrc directives) whose script sources allow 'unsafe-inline' (without a nonce or hash), 'unsafe-eval' or any host, and iframe sandboxes granted both allow-scripts and allow-same-origin (setAttribute, the sandbox property, a JSX attribute).",
      why_bad:
        "A policy that allows inline or eval'd script no longer stops an injected `<script>` or `onerror=` handler, which is what it is for. A framed page with scripts and its own origin can reach into its parent's DOM for its iframe and delete the sandbox attribute.",
      example_bad:
        "res.setHeader('Content-Security-Policy', \"default-src 'self'; script-src 'self' 'unsafe-inline'\");",
      example_good:
        "res.setHeader('Content-Security-Policy', `default-src 'self'; script-src 'self' 'nonce-${res.locals.nonce}'`);",
    },
    fix_hint:
      "Move inline scripts to files or give them a per-response nonce; drop 'unsafe-eval'; list the hosts scripts come from. Sandbox untrusted frames with allow-scripts or allow-same-origin, never both.",
  },
  trigger: /unsafe-inline|unsafe-eval|script-src|default-src|scriptSrc|defaultSrc|allow-same-origin/,
  nodeTypes: ["call_expression", "assignment_expression", "pair", "jsx_attribute"],
  detect(node, ctx, report) {
    if (node.type === "pair") {
      // helmet: `contentSecurityPolicy: { directives: { scriptSrc: ["'self'", "'unsafe-inline'"] } }`.
      const key = ctx.text(field(node, "key") ?? node).replace(/['"]/g, "");
      if (!/^(scriptSrc|script-src|defaultSrc|default-src)$/.test(key)) return;
      if (/^default/.test(key) && /\bscript-?src\b/i.test(ctx.text(node.parent ?? node))) return;
      const value = field(node, "value");
      if (value?.type !== "array") return;
      const items = namedChildren(value).map((c) => literal(c, ctx) ?? "");
      const weak = weakSourceList(items.map((s) => s.trim()));
      if (weak) report({ node, message: `CSP ${key} allows ${weak}: injected script runs anyway` });
      return;
    }
    if (node.type === "jsx_attribute") {
      // `<iframe sandbox="allow-scripts allow-same-origin" />`
      if (!/^sandbox\b/.test(ctx.text(node))) return;
      const value = namedChildren(node).find((c) => c.type === "string" || c.type === "jsx_expression");
      const text =
        value?.type === "string"
          ? ctx.stringValue(value)
          : literal(value ? namedChildren(value).find((c) => c.type !== "comment") : undefined, ctx);
      if (escapableSandbox(text))
        report({
          node,
          message: "iframe sandbox with allow-scripts and allow-same-origin can be removed by the frame",
        });
      return;
    }
    if (node.type === "assignment_expression") {
      const left = field(node, "left");
      if (left?.type !== "member_expression") return;
      const prop = ctx.text(field(left, "property") ?? left);
      const value = literal(field(node, "right"), ctx);
      // `frame.sandbox = 'allow-scripts allow-same-origin'`
      if (prop === "sandbox" && escapableSandbox(value)) {
        report({
          node,
          message: "iframe sandbox with allow-scripts and allow-same-origin can be removed by the frame",
        });
        return;
      }
      // `meta.content = "script-src 'self' 'unsafe-inline'"` on a `<meta http-equiv="Content-Security-Policy">`.
      if (prop !== "content" || !value || !sourceHas(ctx.tree, /content-security-policy/i)) return;
      const weak = weakScriptSources(value);
      if (weak)
        report({ node, message: `Content-Security-Policy allows ${weak}: injected script runs anyway` });
      return;
    }
    const args = ctx.args(node);
    const m = ctx.method(node);
    if (m === "setAttribute" && args.length === 2) {
      const name = (ctx.stringValue(args[0]) ?? "").toLowerCase();
      if (name === "sandbox" && escapableSandbox(literal(args[1], ctx)))
        report({
          node,
          message: "iframe sandbox with allow-scripts and allow-same-origin can be removed by the frame",
        });
      else if (name === "content" && sourceHas(ctx.tree, /content-security-policy/i)) {
        const weak = weakScriptSources(literal(args[1], ctx) ?? "");
        if (weak)
          report({ node, message: `Content-Security-Policy allows ${weak}: injected script runs anyway` });
      }
      return;
    }
    // `res.setHeader('Content-Security-Policy', policy)`, `res.set(...)`, `reply.header(...)`, `ctx.set(...)`.
    if (!/^(setHeader|set|header|append|writeHead)$/.test(m) || args.length < 2) return;
    if (!/^content-security-policy$/i.test(ctx.stringValue(args[0]) ?? "")) return;
    const weak = weakScriptSources(literal(args[1], ctx) ?? "");
    if (weak)
      report({ node, message: `Content-Security-Policy allows ${weak}: injected script runs anyway` });
  },
  cases: {
    valid: [
      "res.setHeader('Content-Security-Policy', \"default-src 'self'; script-src 'self'\");",
      "res.setHeader('Content-Security-Policy', \"script-src 'self' 'nonce-abc123' 'unsafe-inline'\");",
      "res.setHeader('Content-Security-Policy', \"default-src 'self'; style-src 'self' 'unsafe-inline'\");",
      "const f = document.createElement('iframe');\nf.setAttribute('sandbox', 'allow-scripts');",
      "app.use(helmet.contentSecurityPolicy({ directives: { scriptSrc: [\"'self'\"], styleSrc: [\"'self'\", \"'unsafe-inline'\"] } }));",
      'const P = () => <iframe sandbox="allow-same-origin" src="/doc" />;',
    ],
    invalid: [
      "res.setHeader('Content-Security-Policy', \"script-src * 'unsafe-inline'\");",
      "app.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: [\"'self'\"], scriptSrc: [\"'self'\", \"'unsafe-eval'\"] } }));",
      "const meta = document.createElement('meta');\nmeta.httpEquiv = 'Content-Security-Policy';\nmeta.content = \"default-src 'self' 'unsafe-inline'\";",
      "const f = document.createElement('iframe');\nf.setAttribute('sandbox', 'allow-scripts allow-same-origin');",
      "frame.sandbox = 'allow-forms allow-same-origin allow-scripts';",
      'const P = () => <iframe sandbox="allow-scripts allow-same-origin" src={u} />;',
    ],
  },
});
