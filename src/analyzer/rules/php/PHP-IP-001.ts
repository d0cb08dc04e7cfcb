import { clikeRule, literalValue } from "../clike.js";

const SPOOFABLE =
  /^(HTTP_X_FORWARDED_FOR|HTTP_CLIENT_IP|HTTP_X_REAL_IP|HTTP_X_FORWARDED|HTTP_FORWARDED_FOR|HTTP_FORWARDED)$/;

export default clikeRule(["php"], {
  meta: {
    id: "PHP-IP-001",
    title: "Client IP address used as an identity",
    cwe: ["CWE-290"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags reads of the client address ($_SERVER['REMOTE_ADDR'], REMOTE_HOST) and of client-supplied forwarding headers (X-Forwarded-For, Client-IP). MEDIUM for the headers (the client writes them) or when the address is compared or looked up; LOW for a plain read, which is worth a look wherever it feeds a trust decision.",
      why_bad:
        "Forwarding headers are set by the client, and REMOTE_ADDR is shared by everyone behind a proxy or NAT; access control, rate limits or sessions keyed on them are bypassed by spoofing (authentication bypass by spoofing, CWE-290).",
      example_bad: "<?php\nif ($_SERVER['HTTP_X_FORWARDED_FOR'] === '10.0.0.5') {\n  show_admin_panel();\n}",
      example_good: "<?php\nsession_start();\nif (!empty($_SESSION['is_admin'])) {\n  show_admin_panel();\n}",
    },
    fix_hint:
      "Authenticate users with credentials or sessions; use the IP only for logging, and trust forwarding headers only from your own proxy.",
  },
  trigger: /REMOTE_ADDR|REMOTE_HOST|HTTP_X_FORWARDED|HTTP_CLIENT_IP|HTTP_X_REAL_IP|HTTP_FORWARDED/,
  nodeTypes: ["subscript_expression"],
  detect(node, ctx, report) {
    const [base, key] = node.children.filter((c) => c.named);
    if (!base || !key || !/^\$_(SERVER|ENV)$/.test(ctx.text(base))) return;
    const name = ctx.isString(key) ? literalValue(ctx, key) : "";
    const spoofable = SPOOFABLE.test(name);
    if (!spoofable && !/^REMOTE_(ADDR|HOST)$/.test(name)) return;
    const p = node.parent;
    const compared =
      !!p &&
      (p.type === "binary_expression" ||
        /in_array|array_key_exists/.test(ctx.text(p.parent ?? p).slice(0, 40)));
    report({
      node,
      severity: spoofable || compared ? "MEDIUM" : "LOW",
      message: `${name} ${spoofable ? "is set by the client" : "identifies a network address, not a user"}`,
    });
  },
  cases: {
    valid: ["<?php $agent = $_SERVER['HTTP_USER_AGENT'];"],
    invalid: [
      "<?php if ($_SERVER['REMOTE_ADDR'] == '127.0.0.1') { admin(); }",
      "<?php $ip = $_SERVER['HTTP_X_FORWARDED_FOR'];",
    ],
  },
});
