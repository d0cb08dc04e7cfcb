import { descendants } from "../../parse/nodes.js";
import { pyRule } from "./common.js";
import { enclosingHandler } from "./web.js";

/** Facts about the host and process an attacker uses to aim an exploit: versions, paths, account, host name. */
const SYSTEM_FACT =
  /^(sys\.(version|version_info|executable|path|platform|prefix)|platform\.(platform|uname|version|release|system|node|python_version|machine)|os\.(getcwd|getpid|getlogin|uname|getuid|geteuid)|getpass\.getuser|socket\.gethostname)$/;

export default pyRule({
  meta: {
    id: "PY-ENV-001",
    title: "Environment or system details returned to the client",
    cwe: ["CWE-200", "CWE-497", "CWE-526"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "system details (interpreter and OS versions, working directory, account, host name), no secrets",
      },
    ],
    docs: {
      what_it_does:
        "Flags web handlers whose response contains the whole process environment (os.environ, dict(os.environ), os.environ.copy()) or the settings object (settings.__dict__, dir(settings) walked into a dict), and (LOW) responses that list two or more system details (sys.version, platform.platform(), os.getcwd(), getpass.getuser(), the host name).",
      why_bad:
        "Environment variables hold database URLs, API keys and secret keys; returning them hands every credential of the service to whoever calls the endpoint.",
      example_bad:
        "import os\nfrom flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/env')\ndef env():\n    return jsonify(dict(os.environ))",
      example_good:
        "import os\nfrom flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/version')\ndef version():\n    return jsonify({'version': os.environ.get('APP_VERSION', 'dev')})",
    },
    fix_hint: "Return only the specific, non-secret values the client needs.",
  },
  trigger:
    /sys\.(version|executable|path)\b|platform\.\w+\(|getcwd\(|getuser\(|gethostname\(|os\.uname\(|os\.environ\s*\)|os\.environ\.(copy|items)|config\.(items|values|copy)\(|settings\.__dict__|(dir|vars)\(settings\)|return\s+[\w(]*os\.environ\s*$/m,
  nodeTypes: ["return_statement"],
  detect(node, ctx, report) {
    if (!enclosingHandler(ctx, node)) return;
    for (const d of descendants(node)) {
      const t = d.type === "attribute" ? ctx.qname(d) : "";
      const whole =
        (t === "os.environ" && !(d.parent?.type === "attribute" || d.parent?.type === "subscript")) ||
        (d.type === "call" &&
          /^(os\.environ|app\.config|current_app\.config)\.(copy|items|values)$/.test(ctx.callee(d))) ||
        ((t === "app.config" || t === "django.conf.settings.__dict__") && d.parent?.type === "argument_list");
      if (whole) {
        report({ node: d, message: "the response carries the whole environment / configuration" });
        return;
      }
    }
    // Every Django setting, through a local: `data = {k: getattr(settings, k) for k in dir(settings)}` then
    // `return JsonResponse(data)`.
    const built = descendants(node)
      .filter((d) => d.type === "identifier")
      .map((d) => ctx.resolve(d))
      .filter((v): v is NonNullable<typeof v> => !!v && v.type !== "identifier");
    for (const v of [node, ...built])
      for (const d of [v, ...descendants(v)])
        if (
          d.type === "call" &&
          /^(dir|vars)$/.test(ctx.callee(d)) &&
          ctx.qname(ctx.args(d)[0] ?? d) === "django.conf.settings"
        ) {
          report({ node: d, message: "the response carries every Django setting" });
          return;
        }
    // `return jsonify(python=sys.version, platform=platform.platform(), cwd=os.getcwd(), user=getpass.getuser())`:
    // one version string may be a status page's; several facts together are a map of the host.
    const facts = new Set<string>();
    for (const v of [node, ...built])
      for (const d of [v, ...descendants(v)]) {
        const q = d.type === "call" ? ctx.callee(d) : d.type === "attribute" ? ctx.qname(d) : "";
        if (SYSTEM_FACT.test(q)) facts.add(q.replace(/_info$/, ""));
      }
    if (facts.size >= 2)
      report({
        node,
        severity: "LOW",
        message: `the response lists system details (${[...facts].slice(0, 3).join(", ")})`,
      });
  },
  cases: {
    valid: [
      "import os\nfrom flask import Flask\napp = Flask(__name__)\n@app.route('/v')\ndef v():\n    return os.environ.get('VERSION', '')",
      "import os\ndef load():\n    return dict(os.environ)",
      "import sys, platform\ndef report():\n    return {'python': sys.version, 'os': platform.platform()}",
      "import socket\nfrom flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/health')\ndef h():\n    return jsonify(status='ok', host=socket.gethostname())",
      "from django.conf import settings\nfrom django.http import JsonResponse\ndef v(request):\n    names = [k for k in dir(settings) if k.isupper()]\n    return JsonResponse({'count': 3})",
    ],
    invalid: [
      "from django.conf import settings\nfrom django.http import JsonResponse\ndef diag(request):\n    data = {k: str(getattr(settings, k)) for k in dir(settings) if k.isupper()}\n    return JsonResponse(data)",
      "from flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/debug/config')\ndef c():\n    return jsonify({k: str(v) for k, v in app.config.items()})",
      "import os\nfrom flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/env')\ndef env():\n    return jsonify(dict(os.environ))",
      "import os\nfrom flask import Flask\napp = Flask(__name__)\n@app.route('/env')\ndef env():\n    return str(os.environ.copy())",
      {
        code: "import os, sys, platform\nfrom flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/status')\ndef s():\n    return jsonify(python=sys.version, platform=platform.platform(), cwd=os.getcwd())",
        line: 6,
        severity: "LOW",
      },
    ],
  },
});
