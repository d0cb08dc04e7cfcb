import { pyRule } from "./common.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";

/** The name on the left of `x.debug = ...` / `x.config[...] = ...` is bound to a Flask or Quart application. */
function madeAsApp(ctx: PythonContext, assignment: SyntaxNode): boolean {
  let n = field(assignment, "left");
  while (n && n.type !== "identifier") n = field(n, n.type === "subscript" ? "value" : "object");
  const made = n ? ctx.resolve(n) : undefined;
  return made?.type === "call" && /^(flask\.Flask|quart\.Quart|apiflask\.APIFlask)$/.test(ctx.callee(made));
}

/** The call only runs when a setting or environment variable says so: `X if os.environ.get('DEV') else Y`, or
 * under `if settings.DEBUG:`. */
function environmentGated(ctx: PythonContext, node: SyntaxNode): boolean {
  const GATE = /\b(environ|getenv|DEBUG|debug|settings\.|config\[|config\.get)\b/;
  for (let n: SyntaxNode | null = node; n && n.type !== "function_definition"; n = n.parent) {
    const p: SyntaxNode | null = n.parent;
    // `a if cond else b`: the condition is the middle named child.
    const cond: SyntaxNode | undefined =
      p?.type === "conditional_expression" ? namedChildren(p)[1] : undefined;
    if (cond && cond !== n && GATE.test(ctx.text(cond))) return true;
    const test =
      p?.type === "block" && p.parent?.type === "if_statement" ? field(p.parent, "condition") : undefined;
    if (test && GATE.test(ctx.text(test))) return true;
  }
  return false;
}

const DEBUG_ROUTE_REASON =
  "a route under a debug path (/debug, /_debug, /__debug__) registered at module level, outside any check of a debug or testing setting: what it serves is unknown here";
/** A URL path with a debug segment. */
const DEBUG_PATH = /(^|\/)_{0,2}debug(_{0,2}|[-_]\w+)?(\/|$)/i;

/** `cherrypy.config.update({"request.show_tracebacks": True})`, the key in the dict or a nested section's. */
function showsTracebacks(ctx: PythonContext, call: SyntaxNode): boolean {
  if (!/^cherrypy\./.test(ctx.callee(call))) return false;
  const conf = ctx.resolve(ctx.args(call)[0]);
  return (
    conf?.type === "dictionary" &&
    descendants(conf).some(
      (p) =>
        p.type === "pair" &&
        ctx.stringValue(field(p, "key")) === "request.show_tracebacks" &&
        field(p, "value")?.type === "true",
    )
  );
}

export default pyRule({
  meta: {
    id: "PY-DEBUG-001",
    title: "Web application run in debug mode",
    cwe: ["CWE-215", "CWE-489", "CWE-94"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a debugger breakpoint (pdb.set_trace, breakpoint()) left in the code, or Flask's TESTING mode set in configuration (errors propagate; no debugger)",
      },
      {
        severity: "LOW",
        when: DEBUG_ROUTE_REASON,
      },
    ],
    docs: {
      what_it_does:
        "Flags app.run(debug=True), Django DEBUG = True settings (also through settings.configure) and Werkzeug's debugger enabled in code.",
      why_bad:
        "The Werkzeug debugger gives anyone who triggers an error an interactive Python console; debug pages leak source, settings and secrets.",
      example_bad: "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0', debug=True)",
      example_good:
        "import os\nfrom flask import Flask\napp = Flask(__name__)\napp.run(debug=os.environ.get('FLASK_DEBUG') == '1')",
    },
    fix_hint: "Read the debug flag from the environment and keep it off in production.",
  },
  // Lower-case `debug` matters as a keyword or attribute set (`debug=True`, `app.debug = True`), a key of a
  // splatted dict (kwarg reads `**{'debug': True}`), or bottle's debug(): not every logger.debug(...) call.
  trigger:
    /\bdebug\s*=|['"]debug['"]|^(?=[\s\S]*?\bdebug\b)(?=[\s\S]*?bottle)|DEBUG|\.run\([^\n]*\bTrue\b|Debugged|TESTING|use_debugger|set_trace|breakpoint\(|\/_{0,2}debug\b|['"]development['"]|serve_traceback|debugtoolbar|show_tracebacks/,
  nodeTypes: ["call", "assignment"],
  calls: [
    "set_trace",
    "breakpoint",
    "DebuggedApplication",
    "debug",
    "FastAPI",
    "Starlette",
    "Sanic",
    "Litestar",
    "Application",
    "update",
    "from_mapping",
    "configure",
    "run",
    "run_simple",
    "include",
    "setup",
    "route",
    "get",
  ],
  detect(node, ctx, report) {
    if (node.type === "call") {
      const q = ctx.callee(node);
      // `@app.get("/_debug/env")` on a module-level view: debug code shipped with the app (CWE-489).
      // (only decorators: route/get are listed in `calls` for them alone)
      if (/^(route|get)$/.test(ctx.method(node))) {
        if (node.parent?.type !== "decorator") return;
        const path = ctx.stringValue(ctx.args(node)[0]);
        const decorated = node.parent.parent;
        if (path !== undefined && DEBUG_PATH.test(path) && decorated?.parent?.type === "module")
          report({
            node,
            severity: "LOW",
            reason: DEBUG_ROUTE_REASON,
            message: `debug route ${path} is served by the app`,
          });
        return;
      }
      if (/^(pdb|ipdb|pudb|rpdb|web_pdb)\.set_trace$|^breakpoint$/.test(q)) {
        report({ node, severity: "LOW", message: `${q}() stops the process in a debugger` });
        return;
      }
      // The Werkzeug debugger middleware with evalex=True (its console), and bottle's debug switch.
      if (/(^|\.)DebuggedApplication$/.test(q)) {
        if (ctx.isTrue(ctx.kwarg(node, "evalex")) && !environmentGated(ctx, node))
          report({
            node,
            message: "Werkzeug DebuggedApplication with evalex=True serves an interactive console",
          });
        return;
      }
      if (q === "bottle.debug" && (ctx.args(node).length === 0 || ctx.isTrue(ctx.arg(node, 0, "mode")))) {
        report({ node, message: "bottle debug mode shows tracebacks and internals" });
        return;
      }
      if (/^(fastapi\.FastAPI|starlette\.applications\.Starlette|sanic\.Sanic|litestar\.Litestar)$/.test(q)) {
        // FastAPI(debug=True) / Starlette(debug=True): tracebacks served to clients on errors.
        if (ctx.kwarg(node, "debug")?.type === "true")
          report({ node, message: "application in debug mode serves tracebacks to clients" });
        return;
      }
      if (ctx.callee(node) === "tornado.web.Application") {
        // Tornado's debug=True turns on autoreload and serves tracebacks to clients; serve_traceback=True
        // serves the tracebacks alone.
        if (ctx.kwarg(node, "debug")?.type === "true" || ctx.kwarg(node, "serve_traceback")?.type === "true")
          report({ node, message: "tornado application in debug mode (tracebacks served, autoreload)" });
        return;
      }
      if (q === "aiohttp.web.Application") {
        // aiohttp's Application(debug=True): the event loop's debug mode and verbose error pages.
        if (ctx.kwarg(node, "debug")?.type === "true")
          report({ node, message: "aiohttp application in debug mode" });
        return;
      }
      // The aiohttp / Pyramid debug toolbars: request internals, settings and (Pyramid) a console in the page.
      if (
        q === "aiohttp_debugtoolbar.setup" ||
        (ctx.method(node) === "include" && ctx.stringValue(ctx.args(node)[0]) === "pyramid_debugtoolbar")
      ) {
        if (!environmentGated(ctx, node))
          report({ node, message: "debug toolbar installed: internals and a console served to the browser" });
        return;
      }
      if (/config\.(update|from_mapping)$|(^|\.)settings\.configure$/.test(ctx.callee(node))) {
        // app.config.update(DEBUG=True, ...): the same settings as keywords; so are Django's
        // settings.configure(DEBUG=True, ...) for scripts and embedded uses.
        if (
          ctx.kwarg(node, "DEBUG")?.type === "true" ||
          // Django re-raises view exceptions out to the server (and its error pages) instead of a 500 response.
          ctx.kwarg(node, "DEBUG_PROPAGATE_EXCEPTIONS")?.type === "true" ||
          ctx.stringValue(ctx.kwarg(node, "ENV")) === "development"
        )
          report({ node, message: "debug mode enabled in configuration" });
        else if (ctx.kwarg(node, "TESTING")?.type === "true")
          report({ node, severity: "LOW", message: "testing mode enabled in configuration" });
        else if (showsTracebacks(ctx, node))
          report({ node, message: "CherryPy serves tracebacks to clients (request.show_tracebacks)" });
        return;
      }
      if (
        ctx.method(node) !== "run" &&
        ctx.callee(node) !== "werkzeug.serving.run_simple" &&
        ctx.callee(node) !== "run_simple"
      )
        return;
      // asyncio.run(main(), debug=True): the event loop's slow-callback and resource warnings, no web debugger.
      if (/^(asyncio|uvloop)\.run$/.test(ctx.callee(node))) return;
      // Flask/Quart app.run(host, port, debug): the third positional argument is the debug flag.
      const fn = field(node, "function");
      const app = fn?.type === "attribute" ? ctx.resolve(field(fn, "object")) : undefined;
      const positional =
        app?.type === "call" && /^(flask\.Flask|quart\.Quart|apiflask\.APIFlask)$/.test(ctx.callee(app))
          ? ctx.args(node)[2]
          : undefined;
      // Sanic's run(dev=True) is debug=True with auto-reload.
      const sanicDev =
        app?.type === "call" && ctx.callee(app) === "sanic.Sanic" ? ctx.kwarg(node, "dev") : undefined;
      const d = ctx.kwarg(node, "debug") ?? ctx.kwarg(node, "use_debugger") ?? sanicDev ?? positional;
      // A flag held in a name bound to a constant (`DEV_MODE = True`, `DEBUG = 1`) is on all the same.
      const held = d?.type === "identifier" ? ctx.constValue(ctx.resolve(d)) : undefined;
      if (d?.type === "true" || held === true || (typeof held === "number" && held !== 0))
        report({ node, message: "debug mode exposes an interactive debugger and internals" });
      return;
    }
    // `DEBUG = os.environ.get('DEBUG', 'False')`: the raw variable is a string, and every non-empty string is
    // truthy ('False' and '0' included). With a truthy default the debug mode is on wherever the variable is unset.
    let rv = field(node, "right");
    // `bool(os.environ.get('DEBUG', 'True'))`: bool() of the raw string is as truthy as the string.
    if (rv?.type === "call" && ctx.callee(rv) === "bool" && ctx.args(rv).length === 1) {
      const inner = ctx.args(rv)[0]!;
      if (inner.type === "call" && /^os\.(getenv|environ\.get)$/.test(ctx.callee(inner))) rv = inner;
    }
    if (rv?.type === "call" && /^os\.(getenv|environ\.get)$/.test(ctx.callee(rv))) {
      const lt = ctx.text(field(node, "left") ?? node).replace(/\s+/g, "");
      const dflt = ctx.constValue(ctx.arg(rv, 1, "default"));
      if (
        ((lt === "DEBUG" && !ctx.enclosingFunction(node)) || /^app\.config\[['"]DEBUG['"]\]$/.test(lt)) &&
        (dflt === true ||
          (typeof dflt === "string" && dflt !== "") ||
          (typeof dflt === "number" && dflt !== 0))
      )
        report({
          node,
          message: "debug flag is the raw environment string with a truthy default: on unless set empty",
        });
      return;
    }
    // Only `... = True` or `... = 'development'` can match below: skip the slice for every other assignment.
    const right = rv?.type;
    if (right !== "true" && right !== "string") return;
    let t = ctx.text(node).replace(/\s+/g, "");
    // `dbg = Flask("debug")` then `dbg.debug = True`: any name bound to a Flask/Quart application reads as `app`.
    const recv = /^(\w+)\.(debug|testing|config\[)/.exec(t)?.[1];
    if (recv && recv !== "app" && madeAsApp(ctx, node)) t = "app" + t.slice(recv.length);
    if (
      /^(DEBUG|app\.debug|app\.testing|app\.config\[['"](DEBUG|TESTING)['"]\])=True$|^(FLASK_ENV|app\.config\[['"](ENV|FLASK_ENV)['"]\])=['"]development['"]$/.test(
        t,
      ) &&
      // A bare DEBUG = True in a function is a local; the app's attribute or config entry is not.
      (!ctx.enclosingFunction(node) || /^app\.|^app\.config/.test(t))
    )
      report(
        /testing|TESTING/.test(t)
          ? { node, severity: "LOW", message: "testing mode enabled in configuration" }
          : { node, message: "debug mode enabled in configuration" },
      );
  },
  cases: {
    valid: [
      "import cherrypy\ncherrypy.config.update({'environment': 'production', 'request.show_tracebacks': False})",
      "from sanic import Sanic\napp = Sanic('s')\napp.run(host='127.0.0.1', dev=False)",
      "import os\nfrom flask import Flask, jsonify\napp = Flask(__name__)\nif app.config['TESTING']:\n    @app.get('/_debug/ping')\n    def ping():\n        return jsonify(pid=os.getpid())",
      "from flask import Flask\napp = Flask(__name__)\n@app.get('/debugger-docs')\ndef docs():\n    return 'see the manual'",
      "from flask import Flask\napp = Flask(__name__)\napp.run('127.0.0.1', 5000, False)",
      "import uvicorn\nuvicorn.run('main:app', '0.0.0.0', 8000)",
      "from flask import Flask\napp = Flask(__name__)\ndef main():\n    options = dict(debug=False, port=8000)\n    app.run(**options)",
      "import os\nfrom flask import Flask\napp = Flask(__name__)\nDEV = os.environ.get('DEV') == '1'\napp.run(debug=DEV)",
      "app.run(debug=False)",
      // A comparison gives a real boolean; an env string with an empty or no default is off unless set.
      "import os\nDEBUG = os.environ.get('DJANGO_DEBUG', 'False') == 'True'\nDEBUG = os.getenv('DEBUG', '')",
      // Not an application: a plain options object's debug attribute.
      "class Opts:\n    pass\nopts = Opts()\nopts.debug = True",
      "import asyncio\nasync def main():\n    pass\nasyncio.run(main(), debug=True)",
      "app.config.update(DEBUG=False)",
      "import os\nfrom django.conf import settings\nsettings.configure(DEBUG=os.environ.get('D') == '1')",
      "app.run()",
      "from werkzeug.debug import DebuggedApplication\napp = DebuggedApplication(app, evalex=False)",
      "import bottle\nbottle.debug(False)",
      "from starlette.applications import Starlette\napp = Starlette(debug=False)",
      "import os\nfrom werkzeug.debug import DebuggedApplication\nw = DebuggedApplication(app, evalex=True) if os.environ.get('DEV') else app",
      "from pyramid.config import Configurator\ndef main(settings):\n    config = Configurator(settings=settings)\n    if settings.get('debug'):\n        config.include('pyramid_debugtoolbar')",
      "import tornado.web\napp = tornado.web.Application([], serve_traceback=False)",
    ],
    invalid: [
      {
        code: "import cherrypy\ncherrypy.config.update({'global': {'request.show_tracebacks': True}})",
        line: 2,
      },
      { code: "from sanic import Sanic\napp = Sanic('s')\napp.run(host='127.0.0.1', dev=True)", line: 3 },
      {
        code: "import os\nfrom flask import Flask, jsonify\napp = Flask(__name__)\n@app.get('/_debug/env')\ndef env():\n    return jsonify(dict(os.environ))",
        line: 4,
        severity: "LOW",
      },
      // What the trigger must let through: the flag in a splatted dict, bottle's debug() imported bare.
      "from flask import Flask\napp = Flask(__name__)\napp.run(**{'debug': True})",
      "from bottle import debug, run\ndebug(True)",
      "from flask import Flask\napp = Flask(__name__)\napp.run('0.0.0.0', 5000, True)",
      "from flask import Flask\napp = Flask(__name__)\nstart = app.run\nstart(debug=True)",
      {
        code: "from flask import Flask\napp = Flask(__name__)\ndef main():\n    options = {'debug': True, 'port': 8000}\n    app.run(**options)",
        line: 5,
      },
      { code: "from flask import Flask\napp = Flask(__name__)\nDEV = True\napp.run(debug=DEV)", line: 4 },
      {
        code: "from flask import Flask\napp = Flask(__name__)\napp.config['TESTING'] = True",
        line: 3,
        severity: "LOW",
      },
      {
        code: "from werkzeug.debug import DebuggedApplication\napp = DebuggedApplication(app, evalex=True)",
        line: 2,
      },
      { code: "import bottle\nbottle.debug(True)", line: 2 },
      { code: "from fastapi import FastAPI\napi = FastAPI(debug=True)", line: 2 },
      {
        code: "from django.conf import settings\nsettings.configure(DEBUG_PROPAGATE_EXCEPTIONS=True)",
        line: 2,
      },
      { code: "import pdb\ndef f():\n    pdb.set_trace()", line: 3, severity: "LOW" },
      { code: "app.config['ENV'] = 'development'", line: 1 },
      {
        code: "from flask import Flask\ndef create_app():\n    app = Flask(__name__)\n    app.debug = True\n    return app",
        line: 4,
      },
      { code: "import os\nDEBUG = os.environ.get('DEBUG', 'False')", line: 2 },
      { code: "import os\nDEBUG = os.getenv('DEBUG', True)", line: 2 },
      // The application under another name.
      {
        code: "from flask import Flask\ndef make():\n    dbg = Flask('debug')\n    dbg.debug = True\n    return dbg",
        line: 4,
      },
      "app.run(debug=True)",
      "app.config.update(DEBUG=True)",
      {
        code: "from django.conf import settings\nsettings.configure(DEBUG=True, ALLOWED_HOSTS=['*'])",
        line: 2,
      },
      "import tornado.web\napp = tornado.web.Application([], debug=True)",
      "DEBUG = True",
      "import tornado.web\napp = tornado.web.Application([], serve_traceback=True)",
      "from aiohttp import web\napp = web.Application(debug=True)",
      "import aiohttp_debugtoolbar\naiohttp_debugtoolbar.setup(app)",
      "from pyramid.config import Configurator\nconfig = Configurator()\nconfig.include('pyramid_debugtoolbar')",
    ],
  },
});
