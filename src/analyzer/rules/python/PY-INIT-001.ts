import { descendants, field, nodesOfTypeWithin } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Module-level switches that turn security off or grant privileges. */
/** Local switches a handler means to set itself: debug output, an internal caller, a skipped check. */
const LOCAL_SWITCH =
  /^(debug|debug_mode|verbose_errors|trusted|is_trusted|internal|is_internal|bypass\w*|skip_\w+|test_mode|admin_mode|maintenance_mode)$/i;
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
        "Flags os.environ entries (os.putenv) and app.config / settings entries and app.debug written from request data or switched under a condition on request data, setattr() of request-named attributes on a module-level object, a handler's own switch (debug, trusted, skip_*) set from request data and then tested (MEDIUM), and module-level security switches (IS_ADMIN, SKIP_AUTH, DISABLE_CSRF, ...) read from environment variables (LOW).",
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
    /execution_options\(|set_isolation_level\(|\.(debug|testing)\s*=[^=\n]|environ\[[^\]\n]+\]\s*=[^=\n]|putenv\(|\b(debug|verbose_errors|trusted|is_trusted|internal|is_internal|bypass|skip_|test_mode|admin_mode|maintenance_mode)\w*\s*=[^=\n]*request|setattr\(|environ\.update\(|(config|settings)(\[[^\]\n]+\]\s*=[^=\n]|\.(update|from_mapping)\([^)\n]*request)|(?<=^\s*[A-Z_]*)(ADMIN|AUTH|BYPASS|ALLOW_ALL|TRUST_ALL|INSECURE|SUPERUSER|ROOT_MODE|VERIFY|DISABLE)\w*\s*=[^=\n]*(environ|getenv)/m,
  nodeTypes: ["assignment", "call"],
  calls: ["setattr", "update", "from_mapping", "putenv", "execution_options", "set_isolation_level"],
  detect(node, ctx, report) {
    // `conn.execution_options(isolation_level=request.args["level"])`: the database session's settings (isolation,
    // autocommit) picked by the client, unless the value passed an allow-list test that refuses.
    if (node.type === "call" && /^(execution_options|set_isolation_level)$/.test(ctx.method(node))) {
      const v =
        ctx.kwarg(node, "isolation_level") ??
        (ctx.method(node) === "set_isolation_level" ? ctx.args(node)[0] : undefined);
      const fn = ctx.enclosingFunction(node);
      if (!v || !fn || ctx.level(v, "trust") !== Level.SOURCE) return;
      const name = v.type === "identifier" ? ctx.text(v) : undefined;
      const checked =
        !!name &&
        nodesOfTypeWithin(ctx.tree, fn, "if_statement").some(
          (d) =>
            d.start < node.start &&
            new RegExp(`\\b${name}\\b`).test(ctx.text(field(d, "condition") ?? d)) &&
            /\b(abort|raise|return)\b/.test(ctx.text(field(d, "consequence") ?? d)),
        );
      if (!checked)
        report({ node, message: "the database session's isolation level is set from request data" });
      return;
    }
    // os.environ[key] = value / os.putenv(key, value) with the key or value from a request: the process
    // environment (PATH, LD_PRELOAD, PYTHONPATH, proxies, library switches) of the server and every child it
    // starts is the client's to choose.
    const envWrite =
      node.type === "assignment"
        ? (() => {
            const left = field(node, "left");
            return left?.type === "subscript" && ctx.qname(field(left, "value")) === "os.environ"
              ? [field(left, "subscript"), field(node, "right")]
              : undefined;
          })()
        : ctx.callee(node) === "os.putenv"
          ? ctx.args(node).slice(0, 2)
          : undefined;
    if (envWrite) {
      const fn = ctx.enclosingFunction(node);
      // `if value not in ALLOWED.get(key, ()): abort(400)`: a name in a membership test that ends the handler
      // when it fails is held to the allow-list (the key too, when the allowed values are looked up by it).
      const guarded = (v: SyntaxNode) =>
        v.type === "identifier" &&
        !!fn &&
        nodesOfTypeWithin(ctx.tree, fn, "if_statement").some((d) => {
          if (d.start > node.start) return false;
          const cond = ctx.text(field(d, "condition") ?? d);
          return (
            /\bnot\s+in\b/.test(cond) &&
            new RegExp(`\\b${ctx.text(v)}\\b`).test(cond) &&
            /\b(abort|raise|return)\b/.test(ctx.text(field(d, "consequence") ?? d))
          );
        });
      const fromRequest = envWrite.some(
        (v) =>
          !!v &&
          !guarded(v) &&
          ctx.level(v, "trust") === Level.SOURCE &&
          ((!!fn && ctx.isEntryFunction(fn)) || /request/.test(ctx.text(ctx.resolve(v) ?? v))),
      );
      if (fromRequest) report({ node, message: "the process environment is set from request data" });
      return;
    }
    if (node.type === "call" && ctx.callee(node) === "setattr") {
      // for k, v in request.args.items(): setattr(settings, k, v) on a module-level object: every flag of the
      // shared settings (require_login, allow_uploads, ...) is the client's.
      const [obj, key] = ctx.args(node);
      const fn = ctx.enclosingFunction(node);
      if (obj?.type !== "identifier" || !key || !fn || ctx.paramNames(fn).includes(ctx.text(obj))) return;
      const local = nodesOfTypeWithin(ctx.tree, fn, "assignment").some(
        (d) => ctx.text(field(d, "left") ?? d) === ctx.text(obj),
      );
      if (local || ctx.level(key, "trust") !== Level.SOURCE || !/request/.test(ctx.text(fn))) return;
      report({
        node,
        message: `any attribute of the module-level ${ctx.text(obj)} is set from request data`,
      });
      return;
    }
    if (node.type === "call") {
      // app.config.update(request.get_json()): every setting, DEBUG and SECRET_KEY included, is the client's.
      const m = ctx.method(node);
      const owner = ctx.qname(field(field(node, "function") ?? node, "object"));
      const arg = ctx.args(node)[0];
      if (
        (m === "update" || m === "from_mapping") &&
        /(^|\.)(config|settings)$|^os\.environ$/.test(owner) &&
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
    const appFlag =
      left.type === "attribute" &&
      /^(app|application)\.(debug|testing)$/.test(ctx.text(left).replace(/\s+/g, ""));
    if (
      (appFlag || (left.type === "subscript" && /(^|\.)config$/.test(ctx.qname(field(left, "value"))))) &&
      ctx.enclosingFunction(node)
    ) {
      // Inside a request hook, `if request.headers.get('X-Test-Mode'): app.config['TESTING'] = True` switches
      // the whole application (every later request) on the client's say.
      for (let p = node.parent; p && p !== ctx.enclosingFunction(node); p = p.parent) {
        if (p.type !== "if_statement") continue;
        const cond = field(p, "condition");
        if (
          cond &&
          /request/.test(ctx.text(cond)) &&
          [cond, ...descendants(cond)].some(
            (d) => /^(call|attribute|subscript)$/.test(d.type) && ctx.level(d, "trust") === Level.SOURCE,
          )
        ) {
          report({ node, message: "an application setting is switched on a condition from request data" });
          return;
        }
      }
    }
    if (
      appFlag ||
      (left.type === "subscript" && /(^|\.)(config|settings)$/.test(ctx.qname(field(left, "value"))))
    ) {
      const value = ctx.resolve(right) ?? right;
      // A comparison or bool() of request data is still the request's choice.
      const fromRequest = [value, ...descendants(value)].some(
        (d) => /^(call|attribute|subscript)$/.test(d.type) && ctx.level(d, "trust") === Level.SOURCE,
      );
      if (fromRequest && /request/.test(ctx.text(value)))
        report({ node, message: "a configuration entry is set from request data" });
      return;
    }
    // `debug = request.args.get('debug') == 'true'` then `if debug:` in a handler: a switch the server means to
    // set (debug output, internal caller, skipped checks) taken from the request.
    const fn = ctx.enclosingFunction(node);
    if (left.type === "identifier" && fn && LOCAL_SWITCH.test(ctx.text(left))) {
      const value = ctx.resolve(right) ?? right;
      const fromRequest =
        /request/.test(ctx.text(value)) &&
        [value, ...descendants(value)].some(
          (d) => /^(call|attribute|subscript)$/.test(d.type) && ctx.level(d, "trust") === Level.SOURCE,
        );
      const name = ctx.text(left);
      const tested = nodesOfTypeWithin(ctx.tree, fn, "if_statement").some(
        (d) =>
          d.start > node.end &&
          new RegExp(`^(not\\s+)?${name}$`).test(ctx.text(field(d, "condition") ?? d).trim()),
      );
      if (fromRequest && tested)
        report({ node, message: `the ${name} switch is initialised from request data` });
      return;
    }
    if (left.type !== "identifier" || fn || !SECURITY_FLAG.test(ctx.text(left))) return;
    if (/os\.environ|getenv/.test(ctx.text(right)))
      report({ node, severity: "LOW", message: `${ctx.text(left)} is taken from the environment` });
  },
  cases: {
    valid: [
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/s')\ndef s():\n    debug = request.args.get('debug') == 'true'\n    return str(debug)",
      "from flask import Flask\napp = Flask(__name__)\napp.config['DEBUG'] = False",
      "import os\nDATABASE_URL = os.environ['DATABASE_URL']",
      "from flask import Flask\napp = Flask(__name__)\napp.config.update(SECRET_KEY=load_key())",
      "from flask import request\nclass Form:\n    pass\ndef f():\n    form = Form()\n    for k, v in request.args.items():\n        setattr(form, k, v)\n    return form",
      "import os\nfrom flask import Flask\napp = Flask(__name__)\napp.debug = os.environ.get('APP_ENV') == 'dev'",
      "import os\nfrom flask import request\nLANGS = {'en': 'en_US.UTF-8'}\ndef f():\n    os.environ['LANG'] = LANGS.get(request.args.get('l'), 'C')",
      "import os, sys\ndef main():\n    os.environ['APP_PROFILE'] = sys.argv[1]",
      "from flask import request, abort\nLEVELS = {'SERIALIZABLE'}\ndef f(engine):\n    level = request.args['level']\n    if level not in LEVELS:\n        abort(400)\n    engine.connect().execution_options(isolation_level=level)",
      "import os\nfrom flask import request, abort\nOK = {'TZ': {'UTC'}}\ndef f():\n    k, v = request.form['k'], request.form['v']\n    if v not in OK.get(k, ()):\n        abort(400)\n    os.environ[k] = v",
    ],
    invalid: [
      {
        code: "from flask import request\ndef f(engine):\n    level = request.args['level']\n    with engine.connect() as conn:\n        conn.execution_options(isolation_level=level)",
        line: 5,
      },
      "from flask import Flask, request, jsonify\napp = Flask(__name__)\n@app.route('/s')\ndef s():\n    debug = request.args.get('debug') == 'true'\n    info = {}\n    if debug:\n        info['config'] = dict(app.config)\n    return jsonify(info)",
      "from flask import Flask, request\napp = Flask(__name__)\ndef cfg():\n    app.config['ADMIN_MODE'] = request.args.get('admin') == '1'",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/c', methods=['POST'])\ndef cfg():\n    app.config.update(request.get_json())",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.before_request\ndef d():\n    app.debug = request.args.get('debug') == '1'",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.before_request\ndef t():\n    if request.headers.get('X-Test') == '1':\n        app.config['TESTING'] = True",
      "from flask import request\nclass S:\n    require_login = True\nsettings = S()\ndef o():\n    for k, v in request.args.items():\n        setattr(settings, k, v)",
      "import os\nfrom flask import request\ndef run():\n    os.environ.update(request.get_json()['env'])",
      { code: "import os\nIS_ADMIN = os.environ.get('IS_ADMIN') == 'true'", severity: "LOW" },
      {
        code: "import os\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/env', methods=['POST'])\ndef env():\n    key = request.form['key']\n    os.environ[key] = request.form['value']\n    return 'ok'",
        line: 7,
      },
      "import os\nfrom fastapi import FastAPI\napp = FastAPI()\n@app.post('/proxy')\ndef p(url: str):\n    os.putenv('HTTPS_PROXY', url)",
    ],
  },
});
