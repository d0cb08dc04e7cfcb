import { descendants, field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** A read of a request header, parameter, cookie or form field (Flask, Django, Starlette). */
const REQUEST_READ = /\brequest\.(headers|args|cookies|form|values|GET|POST|COOKIES|META|query_params)\b/;
/** The branch grants the top role or logs someone in. */
const GRANTS =
  /["'](admin|root|superuser|superadmin)["']|\bis_(admin|superuser|staff)\b\s*[=:]\s*True|\blogin_user\(|\bsession\[["']\w*(user|role|admin|uid)\w*["']\]\s*=/i;

/** The branch runs what it is given as a command or code. */
const RUNS = /\b(subprocess\.\w+|os\.(system|popen|exec\w*|spawn\w*)|eval|exec|pty\.spawn)\s*\(/;
/** A read from a network peer: a socket, a socketserver handler's stream. */
const PEER_READ = /\.recv(from)?\(|\brfile\.read(line)?\(|\.makefile\(/;

export default pyRule({
  meta: {
    id: "PY-BACKDOOR-001",
    title: "Hidden way in: a fixed value in a request grants admin or logs in",
    cwe: ["CWE-912", "CWE-798"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags an if whose condition compares a request header, parameter, cookie or form field with a fixed secret-looking string (digits, punctuation or 12+ characters) and whose branch grants the admin role or logs a user in.",
      why_bad:
        "A magic header or parameter is a password nobody can rotate, shared with everyone who has read the code (or the binary, or a leaked log): whoever sends it becomes admin, bypassing authentication and leaving no trail of who did.",
      example_bad:
        "from flask import request, g\ndef load_user():\n    if request.headers.get('X-Debug-Token') == 'letmein-2019':\n        g.user = {'id': 0, 'role': 'admin'}",
      example_good: "from flask import g\ndef load_user():\n    g.user = user_from_session()",
    },
    fix_hint:
      "Remove the override; give support staff real accounts with audited, revocable roles (or an impersonation feature that requires an admin session).",
  },
  trigger:
    /request\.(headers|args|cookies|form|values|GET|POST|COOKIES|META|query_params)|\.recv(from)?\(|rfile\.read/,
  nodeTypes: ["if_statement"],
  detect(node, ctx, report) {
    const cond = field(node, "condition");
    const then = field(node, "consequence");
    if (!cond || !then) return;
    // `if line.startswith("xyzzy "): subprocess.run(line[6:], shell=True)`: a magic word from a peer or a
    // request runs a command.
    if (RUNS.test(ctx.text(then))) {
      for (const c of [cond, ...descendants(cond)]) {
        if (c.type !== "call" || !/^(startswith|__eq__)$/.test(ctx.method(c))) continue;
        const fn = field(c, "function");
        const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
        const word = ctx.stringValue(ctx.args(c)[0]);
        if (!recv || word === undefined || word.trim().length < 4 || /^[/.]/.test(word)) continue;
        const from = ctx.resolve(recv);
        const text = ctx.text(recv) + " " + (from ? ctx.text(from) : "");
        if (!PEER_READ.test(text) && !REQUEST_READ.test(text)) continue;
        // (what runs is the input itself, not a fixed command the verb selects)
        const name = ctx.text(recv);
        const runsInput = descendants(then).some(
          (d) =>
            d.type === "call" &&
            RUNS.test(ctx.text(d)) &&
            ctx.args(d).some((a) => ctx.text(a) === name || ctx.text(a).startsWith(name + "[")),
        );
        if (!runsInput) continue;
        report({
          node: c,
          message: `input starting with the fixed word ${JSON.stringify(word)} is run as a command: a hidden way in`,
        });
        return;
      }
    }
    if (!GRANTS.test(ctx.text(then))) return;
    for (const c of [cond, ...descendants(cond)]) {
      if (c.type !== "comparison_operator" || !c.children.some((k) => k.type === "==")) continue;
      const [a, b] = c.children.filter((k) => k.named);
      if (!a || !b) continue;
      const lit = a.type === "string" ? a : b.type === "string" ? b : undefined;
      const other = lit === a ? b : a;
      const s = lit ? ctx.stringValue(lit) : undefined;
      // A secret-looking value, not a mode or role word ("preview", "admin", "true").
      if (s === undefined || s.length < 6 || !(/[\d\W_]/.test(s) || s.length >= 12)) continue;
      if (/^(true|false|yes|no|on|off|\d+)$/i.test(s) || /^https?:|^\//.test(s)) continue;
      if (!REQUEST_READ.test(ctx.text(other))) continue;
      report({ node: c, message: "a fixed value in the request grants access: a hidden way in" });
      return;
    }
  },
  cases: {
    valid: [
      // a protocol verb that runs a fixed command
      "import subprocess\ndef serve(conn):\n    line = conn.recv(64).decode()\n    if line.startswith('STATUS'):\n        conn.sendall(subprocess.run(['uptime'], capture_output=True).stdout)",
      "from flask import request, g\ndef f():\n    if request.args.get('mode') == 'preview':\n        g.role = 'admin'",
      "from flask import request, session\ndef f():\n    if request.form.get('lang') == 'en-US':\n        session['lang'] = 'en'",
      "import hmac, os\nfrom flask import request, g\ndef f():\n    if hmac.compare_digest(request.headers.get('X-Token', ''), os.environ['TOKEN']):\n        g.user = {'role': 'admin'}",
    ],
    invalid: [
      {
        code: "import socketserver, subprocess\nclass H(socketserver.StreamRequestHandler):\n    def handle(self):\n        line = self.rfile.readline().decode().strip()\n        if line.startswith('xyzzy '):\n            self.wfile.write(subprocess.run(line[6:], shell=True, capture_output=True).stdout)\n            return\n        self.wfile.write(b'ok')",
        line: 5,
      },
      {
        code: "from flask import request, g\ndef load_user():\n    if request.headers.get('X-Support-Override') == 'letmein-2019':\n        g.user = {'id': 0, 'role': 'admin'}\n        return None\n    g.user = current()",
        line: 3,
      },
      {
        code: "from django.contrib.auth import login\ndef view(request):\n    if request.GET.get('debug_key') == 'x9Qz!backdoor':\n        request.session['user_id'] = 1\n    return page(request)",
        line: 3,
      },
    ],
  },
});
