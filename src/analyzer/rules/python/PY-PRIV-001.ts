import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-PRIV-001",
    title: "Process keeps or gains root privileges",
    cwe: ["CWE-250", "CWE-269"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the command runs through sudo: privilege comes from the sudoers policy, not from this process",
      },
    ],
    docs: {
      what_it_does: "Flags os.setuid(0)/setgid(0)/seteuid(0) and commands run through sudo from code.",
      why_bad:
        "Code running as root turns any other bug (injection, path traversal) into full system compromise.",
      example_bad: "import os\nos.setuid(0)\nrun_service()",
      example_good: "import os, pwd\nos.setuid(pwd.getpwnam('service').pw_uid)\nrun_service()",
    },
    fix_hint: "Run with the least privilege needed; drop root right after acquiring privileged resources.",
  },
  trigger: /setuid|setgid|seteuid|setegid|setreuid|sudo|privileged/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const privileged = ctx.kwarg(node, "privileged");
    if (privileged && ctx.isTrue(privileged) && /\.(run|create)$/.test(q)) {
      report({ node, message: "container runs privileged (root on the host)" });
      return;
    }
    // Dropping the user id first leaves the process unable to drop its group: it keeps root's group.
    if (q === "os.setuid" && ctx.text(ctx.args(node)[0] ?? node) !== "0") {
      const fn = ctx.enclosingFunction(node) ?? ctx.tree.root;
      const later = ctx.tree.nodes.find(
        (n) =>
          n.type === "call" &&
          n.order > node.order &&
          n.end <= fn.end &&
          /^os\.(setgid|setegid|setgroups|initgroups)$/.test(ctx.callee(n)),
      );
      if (later) {
        report({ node, message: "setuid() before setgid(): the group privileges are never dropped" });
        return;
      }
    }
    if (
      /^os\.(setuid|setgid|seteuid|setegid|setreuid)$/.test(q) &&
      ctx.text(ctx.args(node)[0] ?? node) === "0"
    )
      report({ node, message: "switches to root" });
    else if (/^(subprocess\.\w+|os\.system|os\.popen)$/.test(q)) {
      const a = ctx.args(node)[0];
      const head = a?.type === "binary_operator" ? a.children[0] : a;
      const v =
        ctx.stringValue(head) ??
        ctx.stringValue(a) ??
        (a?.type === "list" ? ctx.stringValue(a.children.find((c) => c.named)) : undefined);
      if (v && /^sudo\b/.test(v.trim()))
        report({ node, severity: "LOW", message: "runs a command with sudo" });
    }
  },
  cases: {
    valid: ["import os\nos.setuid(1000)", "import os\nos.setgid(1000)\nos.setuid(1000)"],
    invalid: [
      "import os\nos.setuid(0)",
      "import os\ndef drop():\n    os.setuid(1000)\n    os.setgid(1000)",
      "import docker\nc = docker.from_env().containers.run('img', privileged=True)",
      {
        code: "import subprocess\ndef r(n):\n    subprocess.run('sudo systemctl restart ' + n, shell=True)",
        severity: "LOW",
      },
    ],
  },
});
