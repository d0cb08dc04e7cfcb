import { CALL_TYPES, clikeRule, Level } from "../clike.js";

export default clikeRule(["php"], {
  meta: {
    id: "PHP-CMDI-001",
    title: "Shell command execution",
    cwe: ["CWE-78", "CWE-862"],
    severity: "HIGH",
    severity_variants: [
      { severity: "LOW", when: "the command is a constant string: no data reaches it" },
      { severity: "CRITICAL", when: "request or caller data reaches the command" },
    ],
    docs: {
      what_it_does:
        "Flags exec, shell_exec, system, passthru, popen, proc_open and backticks. HIGH/CRITICAL when the command is built from variables (command injection); LOW for a constant command, since running OS commands from a web request is a critical function that needs an authorisation check of its own (CWE-862).",
      why_bad:
        "The command string goes through /bin/sh: a value spliced in (even escaped incorrectly) can append ; rm -rf / or $(curl ...) (OS command injection, CWE-78). Web-reachable command execution without an explicit permission check is also missing authorization (CWE-862).",
      example_bad: "<?php\n$host = $_GET['host'];\necho shell_exec('ping -c 1 ' . $host);",
      example_good:
        "<?php\n$host = $_GET['host'];\nif (!filter_var($host, FILTER_VALIDATE_IP)) { http_response_code(400); exit; }\necho shell_exec('ping -c 1 ' . escapeshellarg($host));",
    },
    fix_hint:
      "Avoid the shell; if unavoidable, validate the value and wrap every argument in escapeshellarg().",
  },
  trigger: /exec|system|passthru|popen|proc_open|`/,
  nodeTypes: [...CALL_TYPES.php, "shell_command_expression"],
  detect(node, ctx, report) {
    let cmd;
    let name = "backticks";
    if (node.type === "shell_command_expression") cmd = node;
    else {
      if (node.type !== "function_call_expression") return;
      name = ctx.callee(node).toLowerCase();
      if (!/^(exec|shell_exec|system|passthru|popen|proc_open|pcntl_exec)$/.test(name)) return;
      cmd = ctx.args(node)[0];
    }
    if (!cmd) return;
    const escaped = /escapeshellarg|escapeshellcmd/.test(ctx.text(cmd));
    const level = ctx.level(cmd);
    if (escaped) return;
    if (level === Level.CONST) {
      report({ node, severity: "LOW", message: `${name}() runs an OS command` });
      return;
    }
    report({
      node,
      severity: level >= Level.PARAM ? "CRITICAL" : "HIGH",
      message: `${name}() runs a command built from ${level >= Level.PARAM ? "request or caller" : "non-literal"} data`,
    });
  },
  cases: {
    valid: ["<?php $x = strlen('exec');"],
    invalid: ["<?php system('rm -rf ' . $_GET['d']);", "<?php $out = shell_exec($cmd);"],
  },
});
