import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import { LOG_CALL } from "./JS-LOG-001.js";

/** Names that hold a credential or a secret value (not a flag or a length about one). */
const SECRET_NAME =
  /^(password|passwd|pwd|pass|newPassword|oldPassword|plainPassword|secret|clientSecret|client_secret|apiKey|api_key|apiToken|api_token|accessToken|access_token|refreshToken|refresh_token|authToken|bearerToken|token|privateKey|private_key|creditCard|cardNumber|card_number|cvv|ssn)$/i;

export default jsRule({
  meta: {
    id: "JS-LOG-002",
    title: "Password, token or key written to a log",
    cwe: ["CWE-532"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags console.* and logger calls whose arguments include a value named as a password, token, API key, private key or card number (not its length, a boolean about it, or a masked or hashed form).",
      why_bad:
        "Logs are kept long, shipped to third-party services and read by many people: a secret written there is disclosed.",
      example_bad:
        "function login(username, password) {\n  console.log(`login ${username} with ${password}`);\n}",
      example_good: "function login(username, password) {\n  console.log(`login ${username}`);\n}",
    },
    fix_hint: "Log an identifier or a masked form, never the secret itself.",
  },
  trigger: /console\.|[lL]og(ger)?\./,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const fn = field(node, "function");
    if (!fn || !LOG_CALL.test(ctx.text(fn).replace(/\s+/g, ""))) return;
    for (const arg of ctx.args(node)) {
      const inside = ctx.tree.nodes.filter((d) => d.start >= arg.start && d.end <= arg.end);
      for (const d of inside) {
        let name: string | undefined;
        if (d.type === "identifier" && d.parent?.type !== "member_expression") name = ctx.text(d);
        else if (d.type === "member_expression") name = ctx.text(field(d, "property") ?? d);
        else if (d.type === "shorthand_property_identifier") name = ctx.text(d);
        if (!name || !SECRET_NAME.test(name) || usedAsAbout(d, ctx.text.bind(ctx))) continue;
        report({ node, message: `log call writes '${name}'` });
        return;
      }
    }
  },
  cases: {
    valid: [
      "function f(password) { console.log('password length', password.length); }",
      "function f(user) { logger.info('reset for ' + user.email); }",
      "function f(token) { console.log('token present:', !!token); }",
      "function f(token) { console.log('token', mask(token)); }",
      "console.log('Set the PASSWORD variable');",
    ],
    invalid: [
      "function login(username, password) { console.log(`login ${username} with ${password}`); }",
      "const logger = require('./logger');\nfunction f(cfg) { logger.debug('connecting', cfg.apiToken); }",
      "function f(req) { console.log({ user: req.body.user, password: req.body.password }); }",
    ],
  },
});

/** `password.length`, `!!token`, `typeof token`, `mask(token)`, `token ? ...`: something about the secret, not it. */
function usedAsAbout(n: SyntaxNode, text: (n: SyntaxNode) => string): boolean {
  const p = n.parent;
  if (!p) return false;
  if (p.type === "member_expression" && field(p, "object") === n) return true;
  if (p.type === "unary_expression") return true;
  if (p.type === "ternary_expression" && field(p, "condition") === n) return true;
  if (
    p.type === "binary_expression" &&
    /^(===|!==|==|!=|&&|\|\|)$/.test(p.children.find((c) => !c.named)?.type ?? "")
  )
    return true;
  if (p.type === "arguments" && p.parent?.type === "call_expression") {
    const callee = text(field(p.parent, "function") ?? p.parent);
    if (/mask|redact|hash|sha|digest|obfuscate|censor|length|truncate|fingerprint/i.test(callee)) return true;
  }
  return false;
}
