import { clikeRule, Level } from "../clike.js";

export default clikeRule(["php"], {
  meta: {
    id: "PHP-INCL-001",
    title: "include/require of a path from request data",
    cwe: ["CWE-98", "CWE-22"],
    severity: "CRITICAL",
    docs: {
      what_it_does:
        "Flags include, include_once, require and require_once whose path contains request data ($_GET, $_POST, $_REQUEST, $_COOKIE, ...).",
      why_bad:
        "The attacker picks which file runs as PHP: ../ sequences reach any local file (uploads, logs with injected code) and, with allow_url_include, remote code (file inclusion, CWE-98; path traversal, CWE-22).",
      example_bad: "<?php\ninclude 'pages/' . $_GET['page'] . '.php';",
      example_good:
        "<?php\n$pages = ['home' => 'pages/home.php', 'about' => 'pages/about.php'];\ninclude $pages[$_GET['page'] ?? 'home'] ?? 'pages/home.php';",
    },
    fix_hint: "Map request values to a fixed allow-list of files; never build include paths from input.",
  },
  trigger: /include|require/,
  nodeTypes: [
    "include_expression",
    "include_once_expression",
    "require_expression",
    "require_once_expression",
  ],
  detect(node, ctx, report) {
    const path = node.children.find((c) => c.named);
    if (!path || /\$\w+\s*\[\s*\$_(GET|POST|REQUEST|COOKIE)/.test(ctx.text(path))) return;
    if (ctx.level(path) === Level.SOURCE) report({ node, message: "included file chosen by the request" });
  },
  cases: {
    valid: ["<?php require_once __DIR__ . '/config.php';"],
    invalid: ["<?php include 'pages/' . $_GET['page'] . '.php';", "<?php require($_POST['dir'] . 'x.php');"],
  },
});
