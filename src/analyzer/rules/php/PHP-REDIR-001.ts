import { CALL_TYPES, clikeRule, Level } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

export default clikeRule(["php"], {
  meta: {
    id: "PHP-REDIR-001",
    title: "Redirect to a URL from request data",
    cwe: ["CWE-601"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags header('Location: ...') whose value includes request data ($_GET, $_POST, $_REQUEST, $_COOKIE, $_SERVER).",
      why_bad:
        "Links on your domain then forward victims to any site the attacker picks, lending your name to phishing (open redirect, CWE-601).",
      example_bad: "<?php\nheader('Location: ' . $_GET['next']);\nexit;",
      example_good:
        "<?php\n$next = $_GET['next'] ?? '/';\nif (!in_array($next, ['/', '/account', '/orders'], true)) { $next = '/'; }\nheader('Location: ' . $next);\nexit;",
    },
    fix_hint: "Redirect only to relative paths from an allow-list, or map a key to a URL on the server.",
  },
  trigger: /header|redirect/i,
  nodeTypes: CALL_TYPES.php,
  detect(node, ctx, report) {
    const name = ctx.method(node).toLowerCase();
    const a = ctx.args(node)[0];
    if (!a) return;
    if (name === "header" && !/^['"]\s*Location\s*:/i.test(ctx.text(a))) return;
    if (name !== "header" && !/^(redirect|wp_redirect)$/.test(name)) return;
    if (sourceHas(ctx.tree, /in_array|parse_url|wp_safe_redirect|wp_validate_redirect/)) return;
    if (ctx.level(a) === Level.SOURCE) report({ node, message: "redirect target comes from the request" });
  },
  cases: {
    valid: ["<?php header('Location: /home');"],
    invalid: ["<?php header('Location: ' . $_GET['url']);", "<?php header(\"Location: {$_REQUEST['u']}\");"],
  },
});
