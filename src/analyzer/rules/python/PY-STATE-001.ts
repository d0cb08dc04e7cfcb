import { descendants, field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";
import { handlerOf } from "./web.js";

/** The session key that marks a client as logged in. */
const LOGIN_KEY =
  /^(flask\.)?(request\.)?session\[\s*['"](user_id|uid|user|username|logged_in|authenticated|account_id)['"]\s*\]$/;
const STATE_ATTR = /^(status|state|stage|step|phase)$/;
/** Final steps of an order or payment flow, called by a handler on a record it loaded. */
const FINAL_STEP = /^(ship|fulfil|fulfill|dispatch|deliver|refund|capture)(_\w+)?$/;
/** Actions a verification step is meant to guard. */
const SENSITIVE_STEP =
  /(^|\.|_)(set_password|change_password|update_password|reset_password|login_user|log_in|transfer|withdraw|ship|approve|grant|delete_account)\w*$/;

export default pyRule({
  meta: {
    id: "PY-STATE-001",
    title: "Workflow step applied without checking the record's current state",
    cwe: ["CWE-841"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags functions that move a stored record to a new status (`order.status = 'shipped'` and a save or commit) without reading its current status anywhere in the function, and, where a step records `session['..._verified'] = True`, handlers that set a password, log in, transfer or ship from session state without reading that flag; a login step that sets the session's user before redirecting to a one-time-code step; and route handlers that load a record and call a flow's last step on it (ship, fulfil, refund, capture) without reading its state.",
      why_bad:
        "A multi-step workflow (pay, then ship; verify, then reset) is only safe if each step checks the previous one happened: calling the later step directly skips payment, approval or verification (CWE-841, improper enforcement of behavioural workflow).",
      example_bad:
        "def ship(order_id):\n    order = Order.get(order_id)\n    order.status = 'shipped'\n    order.save()",
      example_good:
        "def ship(order_id):\n    order = Order.get(order_id)\n    if order.status != 'paid':\n        raise ValueError('not paid')\n    order.status = 'shipped'\n    order.save()",
    },
    fix_hint:
      "Check the record's current state (and who may move it) before the transition, in the same transaction.",
  },
  trigger:
    /(?=[\s\S]*?(otp|2fa|mfa|totp|two_?factor))session\[\s*['"](user_id|uid|user|username|logged_in|authenticated|account_id)['"]\s*\]\s*=|\.(status|state|stage|step|phase)\s*=\s*['"]|(?<=session\[\s*["']\w*)(verified|confirmed|approved|passed|validated)\w*["']\s*\]\s*=\s*True|\b(ship|fulfil|fulfill|dispatch|deliver|refund|capture)\w*\(/,
  nodeTypes: ["assignment", "function_definition"],
  detect(node, ctx, report) {
    if (node.type === "assignment" && LOGIN_KEY.test(ctx.text(field(node, "left") ?? node))) {
      // `session["user_id"] = user.id` then `redirect("/login/otp")`: the password step already logs the
      // client in, so every page that tests session["user_id"] is open before the second factor is checked.
      const fn = ctx.enclosingFunction(node);
      const rest = fn ? ctx.text(fn).slice(node.end - fn.start) : "";
      if (
        /\b(redirect|url_for|reverse|RedirectResponse)\(\s*[^)]*(otp|2fa|mfa|totp|two_?factor|second_?factor)/i.test(
          rest,
        )
      )
        report({ node, message: "the session is logged in before the second factor is checked" });
      return;
    }
    if (node.type === "function_definition" && handlerOf(ctx, node)) {
      // A handler that loads a record and calls the flow's last step on it (`ship(order)`) without reading the
      // record's state: a client that posts to this URL directly skips payment or approval.
      for (const call of descendants(node)) {
        if (call.type !== "call" || !FINAL_STEP.test(ctx.callee(call).replace(/^.*\./, ""))) continue;
        const arg = ctx.args(call)[0];
        const loaded = arg?.type === "identifier" ? ctx.resolve(arg) : undefined;
        // The record loaded here, or its id as the client sent it (`order_id = request.form["order_id"]`).
        if (!loaded || !/^(call|subscript)$/.test(loaded.type) || ctx.enclosingFunction(loaded) !== node)
          continue;
        const name = ctx.text(arg!);
        // A state read on any record (the id's order loaded separately) or a check call given the argument.
        const checked = descendants(node).some(
          (d) =>
            (d.type === "attribute" &&
              /(status|state|stage|step|phase|paid|approved|verified|confirmed)$/i.test(
                ctx.text(field(d, "attribute") ?? d),
              )) ||
            (d.type === "call" &&
              d !== call &&
              /(^|[._])(check|verify|validate|ensure|assert|can|is)_?\w*$/.test(ctx.callee(d)) &&
              ctx.args(d).some((a) => ctx.text(a) === name)),
        );
        if (!checked) {
          report({
            node: call,
            message: `${ctx.callee(call)}(${name}) runs without checking ${name}'s current state`,
          });
          return;
        }
      }
    }
    if (node.type === "function_definition") {
      // A flow whose middle step records `session['reset_verified'] = True`: a handler that acts on the flow's
      // session state (the user picked at step one) without ever reading that flag lets a client skip the step.
      const body = ctx.text(node);
      if (!/\bsession\b/.test(body)) return;
      const flags = new Set(
        [
          ...ctx
            .text(ctx.tree.root)
            .matchAll(
              /\bsession\[\s*["'](\w*(?:verified|confirmed|approved|passed|validated)\w*)["']\s*\]\s*=\s*True\b/g,
            ),
        ].map((m) => m[1]!),
      );
      if (!flags.size || [...flags].some((f) => body.includes(f))) return;
      // The step itself: a call (set_password, ship, transfer) or a stored password hash
      // (`user.password_hash = generate_password_hash(...)`).
      const call = descendants(node).find(
        (d) =>
          (d.type === "call" && SENSITIVE_STEP.test(ctx.callee(d))) ||
          (d.type === "assignment" &&
            /\.(password|password_hash|pw_hash|hashed_password|passwd)$/.test(
              ctx.text(field(d, "left") ?? d),
            )),
      );
      const usesSession = descendants(node).some(
        (d) => (d.type === "subscript" || d.type === "call") && /^session(\.get|\.pop)?\b/.test(ctx.text(d)),
      );
      if (call && usesSession)
        report({
          node: call,
          message: `${call.type === "call" ? ctx.callee(call) : ctx.text(field(call, "left") ?? call)} ${call.type === "call" ? "runs" : "is set"} without checking the session's ${[...flags][0]} step`,
        });
      return;
    }
    const left = field(node, "left");
    const right = field(node, "right");
    if (left?.type !== "attribute" || right?.type !== "string" || ctx.stringValue(right) === undefined)
      return;
    const attr = ctx.text(field(left, "attribute") ?? left);
    const obj = field(left, "object");
    if (!STATE_ATTR.test(attr) || obj?.type !== "identifier" || ctx.text(obj) === "self") return;
    const fn = ctx.enclosingFunction(node);
    if (!fn) return;
    const body = ctx.text(fn);
    // Persisted: the transition is stored, not a local object being built.
    if (!/\.save\(|\.commit\(|\.update\(|\.put\(/.test(body)) return;
    const name = ctx.text(obj);
    // A read after the write (`return {"status": order.status}`) sees the new value: it checks nothing. A read
    // of another state field of the record (`order.payment_status`, `order.is_paid`) before it is a check too.
    const reads = descendants(fn).some(
      (d) =>
        d.type === "attribute" &&
        d !== left &&
        d.start < node.end &&
        (ctx.text(d) === `${name}.${attr}` ||
          (ctx.text(field(d, "object") ?? d) === name &&
            /(status|state|stage|step|phase|paid|approved|verified|confirmed)$/i.test(
              ctx.text(field(d, "attribute") ?? d),
            ))) &&
        !(d.parent?.type === "assignment" && field(d.parent, "left") === d),
    );
    if (!reads) report({ node, message: `${name}.${attr} is set without checking what it was` });
  },
  cases: {
    valid: [
      "from flask import session, redirect, request, abort\ndef login():\n    user = find_user(request.form['u'])\n    if not check_password(user, request.form['p']):\n        abort(401)\n    session['pending_user_id'] = user.id\n    return redirect('/login/otp')",
      "from flask import session, redirect, request, abort\ndef otp():\n    pending = session.get('pending_user_id')\n    if not check_otp(pending, request.form['code']):\n        abort(401)\n    session['user_id'] = pending\n    return redirect('/dashboard')",
      "from flask import Flask, abort, request\napp = Flask(__name__)\n@app.route('/order/confirm', methods=['POST'])\ndef confirm():\n    order_id = request.form['order_id']\n    if Order.get(order_id).status != 'paid':\n        abort(409)\n    ship(order_id)\n    return 'shipped'",
      "from flask import session, request, abort\ndef verify():\n    session['reset_verified'] = True\ndef finish():\n    if not session.get('reset_verified'):\n        abort(403)\n    user = User.query.get(session['reset_user'])\n    user.password_hash = make_hash(request.form['pw'])\n    db.session.commit()",
      "def confirm(order):\n    if order.payment_status != 'captured':\n        raise ValueError('unpaid')\n    order.status = 'confirmed'\n    db.session.commit()",
      "from flask import session, request, abort\ndef verify():\n    if ok(request.form['code']):\n        session['reset_verified'] = True\ndef new_password():\n    if not session.pop('reset_verified', False):\n        abort(403)\n    set_password(session['reset_user'], request.form['pw'])",
      "def ship(order_id):\n    order = Order.get(order_id)\n    if order.status != 'paid':\n        raise ValueError()\n    order.status = 'shipped'\n    order.save()",
      "class Job:\n    def start(self):\n        self.status = 'running'\n        self.save()",
      "def build():\n    o = Order()\n    o.status = 'new'\n    return o",
      "def confirm(oid):\n    order = Order.get(oid)\n    order.status = 'placed' if order.status == 'paid' else order.status\n    db.session.commit()",
      "from flask import Flask, abort, session\napp = Flask(__name__)\n@app.route('/checkout/confirm', methods=['POST'])\ndef confirm():\n    order = get_order(session.get('order_id'))\n    if order.state != 'paid':\n        abort(409)\n    ship(order)\n    return 'ok'",
      "def ship_all(orders):\n    for o in orders:\n        ship(o)",
    ],
    invalid: [
      "from flask import session, redirect, request, abort\ndef login():\n    user = find_user(request.form['u'])\n    if not check_password(user, request.form['p']):\n        abort(401)\n    session['user_id'] = user.id\n    return redirect('/login/otp')",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/order/confirm', methods=['POST'])\ndef confirm():\n    order_id = request.form['order_id']\n    ship(order_id)\n    return 'shipped'",
      {
        code: "from flask import session, request\ndef verify():\n    session['reset_verified'] = True\ndef finish():\n    user = User.query.get(session['reset_user'])\n    user.password_hash = make_hash(request.form['pw'])\n    db.session.commit()",
        line: 6,
      },
      "from flask import session, request\ndef verify():\n    if ok(request.form['code']):\n        session['reset_verified'] = True\ndef new_password():\n    set_password(session['reset_user'], request.form['pw'])",
      "def ship(order_id):\n    order = Order.get(order_id)\n    order.status = 'shipped'\n    order.save()\n    notify(order)",
      {
        code: "from flask import Flask, session\napp = Flask(__name__)\n@app.route('/checkout/confirm', methods=['POST'])\ndef confirm():\n    order = get_order(session.get('order_id'))\n    ship(order)\n    return 'ok'",
        line: 6,
      },
      "def confirm(oid):\n    order = Order.get(oid)\n    order.status = 'placed'\n    db.session.commit()\n    return {'status': order.status}",
    ],
  },
});
