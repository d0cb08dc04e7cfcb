import { descendants, field, namedChildren, sourceMatches } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { inTestCode, pyRule } from "./common.js";

/** Class-based views: one class object serves every request of every user. */
const VIEW_BASE =
  /(^|\.)(MethodView|View|APIView|GenericAPIView|ViewSet|ModelViewSet|Resource|RequestHandler|HTTPEndpoint|TemplateView)$/;
const MUTATE = /^(append|extend|insert|update|add|setdefault|pop|remove|clear)$/;

/** Names bound at module level to a list, dict or set literal: one container for the whole process. */
function moduleContainers(ctx: PythonContext): Set<string> {
  const out = new Set<string>();
  for (const st of namedChildren(ctx.tree.root)) {
    const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
    const l = a?.type === "assignment" ? field(a, "left") : undefined;
    const r = a?.type === "assignment" ? field(a, "right") : undefined;
    if (l?.type === "identifier" && r && /^(list|dictionary|set)$/.test(r.type)) out.add(ctx.text(l));
  }
  return out;
}

export default pyRule({
  meta: {
    id: "PY-SHARED-001",
    title: "Per-user data kept in state shared by all requests",
    cwe: ["CWE-488", "CWE-362"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags request handlers (and before_request hooks) that assign a module `global`, and class-based views whose class-level list, dict or set is changed through `self`.",
      why_bad:
        "A web server handles every user's requests in one process: a global (or a class attribute of a view) set during one user's request is what the next user's request reads, so one user sees or acts as another (CWE-488, data exposed to the wrong session), and concurrent requests race on it (CWE-362).",
      example_bad:
        "from flask import Flask, request\napp = Flask(__name__)\ncurrent_user = None\n@app.route('/login', methods=['POST'])\ndef login():\n    global current_user\n    current_user = request.form['name']\n    return 'ok'",
      example_good:
        "from flask import Flask, request, session\napp = Flask(__name__)\n@app.route('/login', methods=['POST'])\ndef login():\n    session['user'] = check(request.form['name'], request.form['password'])\n    return 'ok'",
    },
    fix_hint:
      "Keep per-user state in the session, the database or a request-scoped object (flask.g), never in globals or view class attributes.",
  },
  trigger:
    /(?<=\b[A-Z]\w*\.\w+\s*=\s*)request\.|\bglobal\s|@\w+\.(route|get|post|put|delete|patch)\(|\bclass\s+\w+\([^)\n]*(View|Resource|Handler|ViewSet|Endpoint)/,
  nodeTypes: ["global_statement", "class_definition", "call", "assignment"],
  calls: ["append", "extend", "insert", "update", "add", "setdefault", "pop", "remove", "clear"],
  detect(node, ctx, report) {
    if (node.type === "assignment") {
      // CurrentUserMiddleware.user = request.user: a class attribute is one slot for every thread and request.
      const left = field(node, "left");
      const obj = left?.type === "attribute" ? field(left, "object") : undefined;
      const right = field(node, "right");
      if (obj?.type !== "identifier" || !right || !/^(self\.)?request\.\w+/.test(ctx.text(right))) return;
      const cls = ctx.text(obj);
      const defined = ctx.tree.nodes.some(
        (n) => n.type === "class_definition" && ctx.text(field(n, "name") ?? n) === cls,
      );
      if (defined && ctx.enclosingFunction(node))
        report({
          node,
          message: `${ctx.text(left!)} is a class attribute: every concurrent request overwrites it`,
        });
      return;
    }
    if (node.type === "call") {
      // last_results.clear(); last_results.extend(rows) in a handler, and the list is what handlers return.
      const fnNode = field(node, "function");
      const recv = fnNode?.type === "attribute" ? field(fnNode, "object") : undefined;
      // Only a call that puts data in: `USERS.pop(uid)` / `.remove(x)` / `.clear()` take a record out of an
      // in-memory store and leave nothing of this request for the next user to read.
      if (
        recv?.type !== "identifier" ||
        !MUTATE.test(ctx.method(node)) ||
        /^(pop|remove|clear)$/.test(ctx.method(node))
      )
        return;
      const fn = ctx.enclosingFunction(node);
      const name = ctx.text(recv);
      if (!fn || !ctx.isEntryFunction(fn) || !moduleContainers(ctx).has(name)) return;
      if (!sourceMatches(ctx.tree, `\\breturn\\s[^\\n]*\\b${name}\\b`)) return;
      report({
        node,
        message: `${name} is one module-level container for all users, and handlers return it`,
      });
      return;
    }
    if (node.type === "global_statement") {
      const fn = ctx.enclosingFunction(node);
      // A before_request hook runs for every request, like a handler: a global it sets is shared by all of them.
      const dec = fn?.parent?.type === "decorated_definition" ? ctx.text(fn.parent) : "";
      const hook = /^@\w+\.(before_request|before_app_request)\b/m.test(dec);
      if (!fn || (!ctx.isEntryFunction(fn) && !hook)) return;
      // A test method (`@mock.patch(...)` over `def test_add(self, ...)`) resetting a module counter it reads back
      // serves no request (not in an answer, whose author names its own functions).
      if (inTestCode(ctx, node)) return;
      const names = new Set(namedChildren(node).map((i) => ctx.text(i)));
      const w = descendants(fn).find(
        (a) =>
          a.type === "assignment" &&
          field(a, "left")?.type === "identifier" &&
          names.has(ctx.text(field(a, "left")!)),
      );
      if (w)
        report({
          node: w,
          message: `request handler sets the global ${ctx.text(field(w, "left")!)}, shared by all users`,
        });
      return;
    }
    const bases = field(node, "superclasses");
    if (!bases || !namedChildren(bases).some((b) => VIEW_BASE.test(ctx.qname(b)))) return;
    const body = field(node, "body");
    if (!body) return;
    for (const stmt of namedChildren(body)) {
      const a = stmt.type === "expression_statement" ? namedChildren(stmt)[0] : undefined;
      const left = a?.type === "assignment" ? field(a, "left") : undefined;
      const right = a?.type === "assignment" ? field(a, "right") : undefined;
      if (left?.type !== "identifier" || !right || !/^(list|dictionary|set)$/.test(right.type)) continue;
      const attr = `self.${ctx.text(left)}`;
      const mutated = descendants(body).some(
        (d) =>
          (d.type === "call" &&
            MUTATE.test(ctx.method(d)) &&
            ctx.text(field(field(d, "function") ?? d, "object") ?? d) === attr) ||
          ((d.type === "assignment" || d.type === "augmented_assignment") &&
            field(d, "left")?.type === "subscript" &&
            ctx.text(field(field(d, "left")!, "value") ?? d) === attr),
      );
      if (mutated)
        report({
          node: a!,
          message: `${ctx.text(left)} is a class attribute of a view: every user's requests share it`,
        });
    }
  },
  cases: {
    valid: [
      "class Current:\n    def __call__(self, request):\n        self.user = request.user\n        return self.get_response(request)",
      "from flask import Flask, request, jsonify\napp = Flask(__name__)\nSEEN = set()\n@app.route('/s')\ndef s():\n    SEEN.add(request.remote_addr)\n    return jsonify(ok=True)",
      "from flask import Flask\napp = Flask(__name__)\nHITS = 0\ndef helper():\n    global HITS\n    HITS = 1",
      "from flask import Flask, session, request\napp = Flask(__name__)\n@app.route('/a')\ndef a():\n    session['x'] = 1\n    return 'ok'",
      "from flask.views import MethodView\nclass V(MethodView):\n    methods = ['GET']\n    def get(self):\n        return str(self.methods)",
      "from flask import Flask, request\napp = Flask(__name__)\nSESSIONS = {}\n@app.post('/logout')\ndef logout():\n    SESSIONS.pop(request.cookies.get('sid'), None)\n    return 'bye'\n@app.get('/me')\ndef me():\n    return {'user': SESSIONS.get(request.cookies.get('sid'))}",
      "from flask.views import MethodView\nclass V(MethodView):\n    def __init__(self):\n        self.items = []\n    def post(self):\n        self.items.append(1)",
    ],
    invalid: [
      "class Current:\n    user = None\n    def __call__(self, request):\n        Current.user = request.user\n        return self.get_response(request)",
      "from flask import Flask, request\napp = Flask(__name__)\ncurrent_user = None\n@app.before_request\ndef load():\n    global current_user\n    current_user = lookup(request.headers.get('Authorization'))",
      "from flask import Flask, request, jsonify\napp = Flask(__name__)\nlast = []\n@app.route('/s')\ndef s():\n    last.clear()\n    last.extend(find(request.args['q']))\n    return jsonify(last)",
      "from flask import Flask, request\napp = Flask(__name__)\nuser = None\n@app.route('/login', methods=['POST'])\ndef login():\n    global user\n    user = request.form['name']\n    return 'ok'",
      "from flask.views import MethodView\nfrom flask import request\nclass Cart(MethodView):\n    items = []\n    def post(self):\n        self.items.append(request.json['item'])\n        return 'ok'",
    ],
  },
});
