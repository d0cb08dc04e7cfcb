import { CALL_TYPES, clikeRule, Level } from "../clike.js";

export default clikeRule(["php"], {
  meta: {
    id: "PHP-DESER-001",
    title: "unserialize() of non-literal data",
    cwe: ["CWE-502"],
    severity: "HIGH",
    severity_variants: [
      { severity: "CRITICAL", when: "request data (superglobals, input streams) reaches it" },
    ],
    docs: {
      what_it_does:
        "Flags unserialize() without allowed_classes => false whose input is not a constant; HIGH when it comes from the request.",
      why_bad:
        "unserialize instantiates any class named in the payload and runs its __wakeup/__destruct; gadget chains in common frameworks turn that into file writes or code execution (PHP object injection, CWE-502).",
      example_bad: "<?php\n$prefs = unserialize($_COOKIE['prefs']);",
      example_good: "<?php\n$prefs = json_decode($_COOKIE['prefs'] ?? '{}', true);",
    },
    fix_hint: "Use json_decode for data from outside, or unserialize($s, ['allowed_classes' => false]).",
  },
  trigger: /unserialize/,
  nodeTypes: CALL_TYPES.php,
  detect(node, ctx, report) {
    if (node.type !== "function_call_expression" || ctx.callee(node).toLowerCase() !== "unserialize") return;
    const [a, opts] = ctx.args(node);
    if (!a || (opts && /allowed_classes['"]?\s*=>\s*false/.test(ctx.text(opts)))) return;
    const level = ctx.level(a);
    if (level === Level.CONST) return;
    report({
      node,
      severity: level === Level.SOURCE ? "CRITICAL" : "HIGH",
      message: "unserialize() of data that may come from outside",
    });
  },
  cases: {
    valid: ["<?php $x = unserialize($s, ['allowed_classes' => false]);"],
    invalid: ["<?php $x = unserialize($_POST['data']);"],
  },
});
