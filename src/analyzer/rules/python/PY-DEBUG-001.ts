import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-DEBUG-001",
    title: "Web application run in debug mode",
    cwe: ["CWE-215", "CWE-489", "CWE-94"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags app.run(debug=True), Django DEBUG = True settings and Werkzeug's debugger enabled in code.",
      why_bad:
        "The Werkzeug debugger gives anyone who triggers an error an interactive Python console; debug pages leak source, settings and secrets.",
      example_bad: "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0', debug=True)",
      example_good:
        "import os\nfrom flask import Flask\napp = Flask(__name__)\napp.run(debug=os.environ.get('FLASK_DEBUG') == '1')",
    },
    fix_hint: "Read the debug flag from the environment and keep it off in production.",
  },
  trigger: /debug|DEBUG|use_debugger/,
  nodeTypes: ["call", "assignment"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      if (
        ctx.method(node) !== "run" &&
        ctx.callee(node) !== "werkzeug.serving.run_simple" &&
        ctx.callee(node) !== "run_simple"
      )
        return;
      const d = ctx.kwarg(node, "debug") ?? ctx.kwarg(node, "use_debugger");
      if (d?.type === "true")
        report({ node, message: "debug mode exposes an interactive debugger and internals" });
      return;
    }
    const t = ctx.text(node).replace(/\s+/g, "");
    if (/^(DEBUG|app\.debug|app\.config\[['"]DEBUG['"]\])=True$/.test(t) && !ctx.enclosingFunction(node))
      report({ node, message: "debug mode enabled in configuration" });
  },
  cases: {
    valid: ["app.run(debug=False)", "app.run()"],
    invalid: ["app.run(debug=True)", "DEBUG = True"],
  },
});
