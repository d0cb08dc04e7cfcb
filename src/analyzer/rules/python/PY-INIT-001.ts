import { descendants, field } from "../../parse/nodes.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Module-level switches that turn security off or grant privileges. */
const SECURITY_FLAG =
  /^(IS_ADMIN|ADMIN(_MODE)?|SKIP_AUTH|DISABLE_AUTH|NO_AUTH|AUTH_DISABLED|BYPASS_\w+|ALLOW_ALL|TRUST_ALL|INSECURE|SUPERUSER|ROOT_MODE|VERIFY_SSL|SSL_VERIFY|DISABLE_\w*(AUTH|CSRF|SSL|TLS|VERIFY)\w*)$/i;

export default pyRule({
  meta: {
    id: "PY-INIT-001",
    title: "Security setting initialised from outside input",
    cwe: ["CWE-454", "CWE-15"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a security switch read from the environment (the deployer's input, not the user's)",
      },
    ],
    docs: {
      what_it_does:
        "Flags app.config / settings entries written from request data (MEDIUM) and module-level security switches (IS_ADMIN, SKIP_AUTH, DISABLE_CSRF, ...) read from environment variables (LOW).",
      why_bad:
        "A trusted setting that outside input can set is a switch an attacker flips: a query parameter turning on admin mode, or an environment variable that disables authentication.",
      example_bad:
        "from flask import Flask, request\napp = Flask(__name__)\n@app.before_request\ndef cfg():\n    app.config['ADMIN_MODE'] = request.args.get('admin') == '1'",
      example_good: "from flask import Flask\napp = Flask(__name__)\napp.config['ADMIN_MODE'] = False",
    },
    fix_hint:
      "Set security switches in code or deployment configuration only, never from requests; default to the safe value.",
  },
  trigger:
    /(config|settings)(\[[^\]\n]+\]\s*=[^=\n]|\.(update|from_mapping)\([^)\n]*request)|(?<=^\s*[A-Z_]*)(ADMIN|AUTH|BYPASS|ALLOW_ALL|TRUST_ALL|INSECURE|SUPERUSER|ROOT_MODE|VERIFY|DISABLE)\w*\s*=[^=\n]*(environ|getenv)/m,
  nodeTypes: ["assignment", "call"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      // app.config.update(request.get_json()): every setting, DEBUG and SECRET_KEY included, is the client's.
      const m = ctx.method(node);
      const owner = ctx.qname(field(field(node, "function") ?? node, "object"));
      const arg = ctx.args(node)[0];
      if (
        (m === "update" || m === "from_mapping") &&
        /(^|\.)(config|settings)$/.test(owner) &&
        arg &&
        /request/.test(ctx.text(arg)) &&
        [arg, ...descendants(arg)].some(
          (d) => /^(call|attribute|subscript)$/.test(d.type) && ctx.level(d, "trust") === Level.SOURCE,
        )
      )
        report({ node, message: "configuration entries are set from request data" });
      return;
    }
    const left = field(node, "left");
    const right = field(node, "right");
    if (!left || !right) return;
    if (left.type === "subscript" && /(^|\.)(config|settings)$/.test(ctx.qname(field(left, "value")))) {
      const value = ctx.resolve(right) ?? right;
      // A comparison or bool() of request data is still the request's choice.
      const fromRequest = [value, ...descendants(value)].some(
        (d) => /^(call|attribute|subscript)$/.test(d.type) && ctx.level(d, "trust") === Level.SOURCE,
      );
      if (fromRequest && /request/.test(ctx.text(value)))
        report({ node, message: "a configuration entry is set from request data" });
      return;
    }
    if (left.type !== "identifier" || ctx.enclosingFunction(node) || !SECURITY_FLAG.test(ctx.text(left)))
      return;
    if (/os\.environ|getenv/.test(ctx.text(right)))
      report({ node, severity: "LOW", message: `${ctx.text(left)} is taken from the environment` });
  },
  cases: {
    valid: [
      "from flask import Flask\napp = Flask(__name__)\napp.config['DEBUG'] = False",
      "import os\nDATABASE_URL = os.environ['DATABASE_URL']",
      "from flask import Flask\napp = Flask(__name__)\napp.config.update(SECRET_KEY=load_key())",
    ],
    invalid: [
      "from flask import Flask, request\napp = Flask(__name__)\ndef cfg():\n    app.config['ADMIN_MODE'] = request.args.get('admin') == '1'",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/c', methods=['POST'])\ndef cfg():\n    app.config.update(request.get_json())",
      { code: "import os\nIS_ADMIN = os.environ.get('IS_ADMIN') == 'true'", severity: "LOW" },
    ],
  },
});
