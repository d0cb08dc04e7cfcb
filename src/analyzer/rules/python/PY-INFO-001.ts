import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";
import { handlerOf } from "./web.js";

/** `@app.errorhandler(...)` / `@app.exception_handler(...)`: its return value is the error response. */
function errorHandler(ctx: PythonContext, fn: SyntaxNode): boolean {
  const dec = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
  return (
    !!dec &&
    dec.children.some((c) => c.type === "decorator" && /errorhandler\(|exception_handler\(/.test(ctx.text(c)))
  );
}

/**
 * `return jsonify(...)` / `return Response(...), 500`: whatever function holds it (a method cut from its class, a
 * helper, a fragment's body), the value built is a web framework's response, so it goes to the client.
 */
function returnsResponse(ctx: PythonContext, ret: SyntaxNode): boolean {
  if (ret.type !== "return_statement") return false;
  let v = namedChildren(ret)[0];
  if (v?.type === "expression_list" || v?.type === "tuple") v = namedChildren(v)[0];
  return (
    v?.type === "call" &&
    /(^|\.)(jsonify|make_response|Response|HttpResponse(ServerError|BadRequest)?|JsonResponse|JSONResponse|HTMLResponse|PlainTextResponse)$/.test(
      ctx.callee(v),
    )
  );
}

/** Conversions whose ValueError text quotes only the value they were given ("invalid literal for int(): 'x'"). */
const CONVERSIONS =
  /^(int|float|complex|bool|(decimal\.)?Decimal|uuid\.UUID|ipaddress\.ip_(address|network)|(datetime\.)*(date|datetime|time)\.(strptime|fromisoformat))$/;
/** String tests and reads a validator makes of its argument. */
const STR_METHODS =
  /^(startswith|endswith|isdigit|isdecimal|isnumeric|isalnum|isalpha|isascii|isidentifier|strip|lstrip|rstrip|lower|upper|split|get|getlist)$/;

/**
 * `except ValueError as e` around a try body that only reads the request, converts it (int(), Decimal()) or
 * hands it to this file's own validators, which raise ValueError with their own message: the text is the
 * program's answer about the input it was given, nothing from inside (no path, query or library state).
 */
function userErrorOnly(ctx: PythonContext, clause: SyntaxNode): boolean {
  const head = ctx.text(clause).split("\n")[0] ?? "";
  if (!/^except\s+\(?\s*ValueError\s*\)?\s+as\s+\w+\s*:/.test(head)) return false;
  const body = clause.parent?.type === "try_statement" ? field(clause.parent, "body") : undefined;
  if (!body) return false;
  const plain = (call: SyntaxNode): boolean => {
    const q = ctx.callee(call);
    return (
      CONVERSIONS.test(q) ||
      q === "len" ||
      q === "str" ||
      (field(call, "function")?.type === "attribute" && STR_METHODS.test(ctx.method(call))) ||
      /^(ValueError)$/.test(q)
    );
  };
  for (const call of descendants(body)) {
    if (call.type !== "call" || plain(call)) continue;
    // A validator of this file: its own calls plain, its raises ValueError(...) with its own message.
    const def = ctx.localCallee(call);
    if (!def) return false;
    for (const c of descendants(def)) {
      if (c.type === "call" && !plain(c)) return false;
      if (c.type === "raise_statement" && !/^raise\s+ValueError\(/.test(ctx.text(c))) return false;
    }
  }
  return true;
}

/** An except clause that catches only errors of parsing or computing on the given input. */
const INPUT_ERRORS =
  /^except\s+\(?\s*(?:ValueError|SyntaxError|ZeroDivisionError|ArithmeticError|OverflowError|(?:json\.)?JSONDecodeError)(?:\s*,\s*(?:ValueError|SyntaxError|ZeroDivisionError|ArithmeticError|OverflowError|(?:json\.)?JSONDecodeError))*\s*,?\s*\)?\s+as\s+\w+\s*:/;
const HTTP_SERVER = /BaseHTTPRequestHandler|\bsocketserver\b/;
const SLACK_BOLT = /^\s*(from|import)\s+slack_bolt\b/m;
const CHAT_BOT = /^\s*(from|import)\s+(discord|nextcord|disnake|telegram)\b/m;
const WEBSOCKET_LIB = /^\s*(from|import)\s+(fastapi|starlette|websockets|channels)\b/m;
const SOCKETIO = /^\s*(from|import)\s+socketio\b/m;
const GRPC = /^\s*(from\s+grpc\b|import\s+[\w., ]*\bgrpc\b)/m;

/**
 * A call that sends its arguments back to the peer that asked: an http.server or socketserver handler's own
 * stream or socket, a Slack Bolt listener's respond()/say(), a discord.py or python-telegram-bot reply.
 */
function replyCall(ctx: PythonContext, q: string): boolean {
  if (/^self\.(wfile\.write|send_error|request\.(send|sendall))$/.test(q))
    return sourceHas(ctx.tree, HTTP_SERVER);
  if (/^(respond|say)$/.test(q)) return sourceHas(ctx.tree, SLACK_BOLT);
  // A WebSocket's send (FastAPI/Starlette, websockets, a Channels consumer's self.send), a Socket.IO emit, and a
  // gRPC method's status details: each goes to the peer on the other end.
  if (/^(websocket|ws|self)\.(send|send_json|send_text|send_bytes)$/.test(q))
    return sourceHas(ctx.tree, WEBSOCKET_LIB);
  if (/^(self\.)?(sio|socketio)\.(emit|send)$/.test(q)) return sourceHas(ctx.tree, SOCKETIO);
  if (/^context\.(abort|set_details)$/.test(q)) return sourceHas(ctx.tree, GRPC);
  return (
    /^(ctx|interaction\.(response|followup)|message\.channel|message|update\.(effective_)?message)\.(send|reply|reply_text|send_message)$/.test(
      q,
    ) && sourceHas(ctx.tree, CHAT_BOT)
  );
}

export default pyRule({
  meta: {
    id: "PY-INFO-001",
    title: "Exception details or stack trace returned to the client",
    cwe: ["CWE-209", "CWE-200"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags cgitb.enable() with the display on, http.server handlers that write a traceback or an exception's text to the client, and web handlers (and error handlers) that return traceback.format_exc() or str(e)/repr(e) of a caught exception in the response, or raise it as an HTTPException detail, and views that render with locals()/globals() as the context.",
      why_bad:
        "Stack traces and error strings reveal file paths, library versions, SQL and secrets that help attackers plan the next step.",
      example_bad:
        "import traceback\nfrom flask import Flask\napp = Flask(__name__)\n@app.route('/x')\ndef x():\n    try:\n        return work()\n    except Exception:\n        return traceback.format_exc(), 500",
      example_good:
        "import logging\nfrom flask import Flask\napp = Flask(__name__)\n@app.route('/x')\ndef x():\n    try:\n        return work()\n    except Exception:\n        logging.exception('work failed')\n        return 'internal error', 500",
    },
    fix_hint: "Log the details server-side and return a generic message.",
  },
  trigger:
    /route|@\w+\.(get|post|put|delete|patch)\(|\(request\b|errorhandler\(|exception_handler\(|cgitb|BaseHTTPRequestHandler|socketserver|slack_bolt|discord|telegram|websocket|socketio|grpc|\(event,\s*context\)|jsonify\(|make_response\(|Response\(|show_tracebacks/,
  nodeTypes: ["return_statement", "raise_statement", "call"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      const q = ctx.callee(node);
      if (q === "cgitb.enable") {
        // cgitb renders every uncaught exception, with locals, as the HTML response unless display is off.
        const display = ctx.kwarg(node, "display") ?? ctx.args(node)[0];
        if (!display || !/^(0|False)$/.test(ctx.text(display)))
          report({ node, message: "cgitb.enable() shows tracebacks and local variables to the client" });
        return;
      }
      // cherrypy.config.update({'request.show_tracebacks': True}) (or an app's config dict): error pages carry
      // the traceback.
      if (
        /(^|\.)config\.update$|(^|\.)cherrypy\.(quickstart|tree\.mount)$/.test(q) &&
        /['"]request\.show_tracebacks['"]\s*:\s*True\b/.test(ctx.text(node))
      ) {
        report({ node, message: "CherryPy error pages show tracebacks to the client" });
        return;
      }
      // http.server and socketserver handlers: self.wfile.write(traceback...) / self.send_error(code, str(exc))
      // inside an except; likewise a chat bot's reply to the member whose command failed.
      if (!replyCall(ctx, q)) return;
      const args = q === "self.send_error" ? ctx.args(node).slice(1) : ctx.args(node);
      const payload = [...args, ctx.kwarg(node, "message"), ctx.kwarg(node, "explain")]
        .filter((a) => !!a)
        .map((a) => ctx.text(a!))
        .join(" ");
      if (/traceback\.format_exc|traceback\.format_exception/.test(payload)) {
        report({ node, message: "stack trace written to the client" });
        return;
      }
      // Through a name: `tb = traceback.format_exc()` then `respond(f"failed: {tb}")`.
      const viaName = args.some((a) =>
        descendants(a).some((id) => {
          if (id.type !== "identifier" || id.parent?.type === "attribute") return false;
          const v = ctx.valueOf(id);
          // (`tb = "".join(traceback.format_exception(...))`: the joined lines are the trace too)
          return (
            v !== id &&
            v?.type === "call" &&
            (/^traceback\.format_(exc|exception|tb|stack)$/.test(ctx.callee(v)) ||
              (ctx.method(v) === "join" &&
                /^traceback\.format_(exception|tb|stack)$/.test(ctx.callee(ctx.args(v)[0] ?? v))))
          );
        }),
      );
      if (viaName) {
        report({ node, message: "stack trace written to the client" });
        return;
      }
      for (let p = node.parent; p; p = p.parent) {
        if (p.type === "function_definition") return;
        if (p.type !== "except_clause") continue;
        const head = ctx.text(p).split("\n")[0] ?? "";
        // A chat member told why their own input failed to parse or compute (`except (ValueError, SyntaxError)`
        // around the bot's parser): the message is about what they typed, not the server's internals.
        if (!/^self\./.test(q) && INPUT_ERRORS.test(head)) return;
        const m = /\bas\s+(\w+)/.exec(head);
        if (m && new RegExp(`\\b(str|repr)\\(${m[1]}\\)|\\{${m[1]}\\}|\\+\\s*${m[1]}\\b`).test(payload))
          report({ node, message: "exception text sent to the client" });
        return;
      }
      return;
    }
    const fn = ctx.enclosingFunction(node);
    if (
      !(fn && (ctx.isEntryFunction(fn) || handlerOf(ctx, fn) || errorHandler(ctx, fn))) &&
      !returnsResponse(ctx, node)
    )
      return;
    const t = ctx.text(node);
    // render(request, 'x.html', locals()): every local (secrets, the user object, settings) goes to the template.
    if (
      node.type === "return_statement" &&
      /\brender(_to_response|_template)?\([^)]*\b(locals|globals)\(\)/.test(t)
    ) {
      report({ node, message: "locals()/globals() passed as the template context" });
      return;
    }
    // raise HTTPException(detail=str(e)) sends the detail to the client; other raises do not.
    if (node.type === "raise_statement" && !/HTTPException|APIException|ValidationError|abort\(/.test(t))
      return;
    if (/traceback\.(format_exc\(\)|format_exception\b|format_tb\(|format_stack\()/.test(t)) {
      report({ node, message: "stack trace returned to the client" });
      return;
    }
    // Through a name: `trace = traceback.format_exc()` then `return render_failure(trace), 500`.
    for (const id of descendants(node)) {
      if (id.type !== "identifier" || id.parent?.type === "attribute") continue;
      const v = ctx.valueOf(id);
      if (
        v &&
        v !== id &&
        /^traceback\.(format_exc|format_exception|format_tb|format_stack)$/.test(
          v.type === "call" ? ctx.callee(v) : "",
        )
      ) {
        report({ node, message: "stack trace returned to the client" });
        return;
      }
    }
    // An error handler for every exception (`@app.exception_handler(Exception)`, `@app.errorhandler(500)`) gets
    // the exception as its last parameter: its text in the answer tells the client what failed inside.
    const dec = fn?.parent?.type === "decorated_definition" ? fn.parent : undefined;
    const catchAll = dec?.children.some(
      (c) =>
        c.type === "decorator" &&
        /(errorhandler|exception_handler)\(\s*(Exception|BaseException|500|InternalServerError)\s*\)/.test(
          ctx.text(c),
        ),
    );
    const param = catchAll && fn ? ctx.paramNames(fn).at(-1) : undefined;
    // ... or the exception it wraps: `original = getattr(err, "original_exception", err)`, `e.__cause__`.
    const wrapped =
      param && fn
        ? [
            ...ctx
              .text(fn)
              .matchAll(
                new RegExp(
                  `^[ \\t]*(\\w+)\\s*=\\s*(?:getattr\\(\\s*${param}\\s*,\\s*["'](?:original_exception|__cause__|__context__|orig)["']|${param}\\.(?:original_exception|__cause__|__context__|orig)\\b)`,
                  "gm",
                ),
              ),
          ].map((m) => m[1]!)
        : [];
    const exc = param ? `(?:${[param, ...wrapped].join("|")})` : undefined;
    if (
      node.type === "return_statement" &&
      exc &&
      new RegExp(
        `\\b(str|repr)\\(${exc}\\b|\\{${exc}(\\.\\w+)*(![rsa])?(:[^}]*)?\\}|\\+\\s*${exc}\\b|\\b${exc}\\.(args|message|msg|orig|detail|strerror)\\b`,
      ).test(t)
    ) {
      report({ node, message: "the error handler returns the exception's text to the client" });
      return;
    }
    for (let p = node.parent; p && p !== fn; p = p.parent) {
      if (p.type !== "except_clause") continue;
      if (userErrorOnly(ctx, p)) return;
      const m = /\bas\s+(\w+)/.exec(ctx.text(p).split("\n")[0] ?? "");
      // str(e) / repr(e), f"{e}" / f"{e!r}" / f"{e.args}", "..." + e, "%s" % e, "{}".format(e), e.args / e.orig.
      const v = m?.[1];
      if (
        v &&
        new RegExp(
          `\\b(str|repr)\\(${v}\\b|\\{${v}(\\.\\w+)*(![rsa])?(:[^}]*)?\\}|\\+\\s*${v}\\b|%\\s*\\(?${v}\\b|\\.format\\([^)]*\\b${v}\\b|\\b${v}\\.(args|message|msg|orig|detail|strerror)\\b`,
        ).test(t)
      )
        report({ node, message: "exception text returned to the client" });
      return;
    }
  },
  cases: {
    valid: [
      "import logging, grpc\nclass S(pb_grpc.BillingServicer):\n    def Charge(self, request, context):\n        try:\n            return charge(request)\n        except Exception:\n            logging.exception('x')\n            context.abort(grpc.StatusCode.INTERNAL, 'charge failed')",
      "import cherrypy\ncherrypy.config.update({'request.show_tracebacks': False})",
      "import socketserver, logging\nclass H(socketserver.StreamRequestHandler):\n    def handle(self):\n        try:\n            work(self.rfile.readline())\n        except Exception as exc:\n            logging.error('failed: %s', exc)\n            self.wfile.write(b'error')",
      "import logging\ndef lambda_handler(event, context):\n    try:\n        return {'statusCode': 200, 'body': run(event)}\n    except Exception:\n        logging.exception('failed')\n        return {'statusCode': 500, 'body': 'internal error'}",
      "import ast, discord\nfrom discord.ext import commands\nbot = commands.Bot(command_prefix='!')\n@bot.command()\nasync def calc(ctx, *, e: str):\n    try:\n        r = ast.literal_eval(e)\n    except (ValueError, SyntaxError) as exc:\n        await ctx.send(f'error: {exc}')\n        return\n    await ctx.send(str(r))",
      // A traceback a script prints to its own terminal is not a reply.
      "import traceback\ndef main():\n    try:\n        run()\n    except Exception:\n        print(traceback.format_exc())",
      // The ValueError of a conversion or of the file's own validator tells the client about its own input.
      "from flask import Flask, jsonify, request\napp = Flask(__name__)\n@app.route('/q', methods=['POST'])\ndef q():\n    try:\n        n = int(request.form.get('qty', '1'))\n    except ValueError as e:\n        return jsonify(error=str(e)), 400\n    return jsonify(n=n)",
      "from flask import Flask, request\nfrom markupsafe import escape\napp = Flask(__name__)\ndef parse_qty(raw):\n    if not raw.isdigit():\n        raise ValueError(f'not a quantity: {raw}')\n    return int(raw)\n@app.route('/a')\ndef a():\n    try:\n        n = parse_qty(request.args.get('qty', ''))\n    except ValueError as e:\n        return f'<p>{escape(str(e))}</p>', 400\n    return str(n)",
      "import logging\nfrom flask import jsonify\ndef helper(job):\n    try:\n        return jsonify(job.run())\n    except Exception:\n        logging.exception('job failed')\n        return jsonify({'error': 'internal error'}), 500",
      "def helper(job):\n    try:\n        return job.run()\n    except Exception as e:\n        return str(e)",
      "from flask import Flask\napp = Flask(__name__)\n@app.errorhandler(404)\ndef nf(e):\n    return str(e), 404",
      "from django.shortcuts import render\ndef v(request):\n    return render(request, 'd.html', {'u': request.user})",
      "from fastapi import FastAPI\napp = FastAPI()\n@app.get('/i')\ndef f():\n    try:\n        return g()\n    except Exception as e:\n        raise RuntimeError('wrapped') from e",
      "from flask import Flask\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    try:\n        g()\n    except Exception as e:\n        return 'error', 500",
      "import cgitb\ncgitb.enable(display=0, logdir='/var/log/app')",
      "from http.server import BaseHTTPRequestHandler\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        try:\n            g()\n        except Exception as e:\n            self.log_error('%s', e)\n            self.send_error(500)",
      "from flask import Flask\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    try:\n        g()\n    except Exception as exc:\n        log.error('failed: %s', exc)\n        return {'error': 'failed', 'type': 'internal'}, 500",
    ],
    invalid: [
      {
        code: "import traceback, grpc\nclass S(pb_grpc.BillingServicer):\n    def Charge(self, request, context):\n        try:\n            return charge(request)\n        except Exception:\n            context.abort(grpc.StatusCode.INTERNAL, traceback.format_exc())",
        line: 7,
      },
      {
        code: "import traceback\nfrom fastapi import FastAPI, WebSocket\napp = FastAPI()\n@app.websocket('/ws')\nasync def ws(websocket: WebSocket):\n    try:\n        await run()\n    except Exception as exc:\n        await websocket.send_json({'error': repr(exc), 'trace': traceback.format_exc()})",
        line: 9,
      },
      {
        code: "import traceback\nfrom discord.ext import commands\nbot = commands.Bot(command_prefix='!')\n@bot.event\nasync def on_command_error(ctx, error):\n    tb = ''.join(traceback.format_exception(type(error), error, error.__traceback__))\n    await ctx.send(tb[-1800:])",
        line: 7,
      },
      "import discord\nfrom discord.ext import commands\nbot = commands.Bot(command_prefix='!')\n@bot.command()\nasync def run(ctx, *, job: str):\n    try:\n        start(job)\n    except Exception as exc:\n        await ctx.send(f'error: {exc}')",
      // A Lambda handler's return value is the API Gateway response.
      {
        code: "import json, traceback\ndef lambda_handler(event, context):\n    try:\n        return {'statusCode': 200, 'body': run(event)}\n    except Exception:\n        return {'statusCode': 500, 'body': json.dumps({'error': traceback.format_exc()})}",
        line: 6,
      },
      // A socketserver handler's socket and a Slack listener's respond() answer the peer that asked.
      {
        code: "import socketserver\nclass H(socketserver.StreamRequestHandler):\n    def handle(self):\n        try:\n            work(self.rfile.readline())\n        except Exception as exc:\n            self.wfile.write(repr(exc).encode())",
        line: 7,
      },
      {
        code: "import traceback\nfrom slack_bolt import App\napp = App()\n@app.command('/restart')\ndef restart(ack, command, respond):\n    ack()\n    try:\n        go(command['text'])\n    except Exception:\n        tb = traceback.format_exc()\n        respond(f'failed: {tb}')",
        line: 11,
      },
      // the original exception a Flask 500 handler unwraps, rendered into the page
      {
        code: "from flask import Flask, render_template_string\napp = Flask(__name__)\n@app.errorhandler(500)\ndef server_error(err):\n    original = getattr(err, 'original_exception', err)\n    return render_template_string('<pre>{{ d }}</pre>', d=repr(original)), 500",
        line: 6,
      },
      { code: "import cherrypy\ncherrypy.config.update({'request.show_tracebacks': True})", line: 2 },
      {
        code: "import sys, traceback\nfrom django.http import HttpResponseServerError\ndef v(request):\n    try:\n        return work()\n    except Exception:\n        tb = sys.exc_info()[2]\n        return HttpResponseServerError('<pre>%s</pre>' % ''.join(traceback.format_tb(tb)))",
        line: 8,
      },
      // A ValueError from a library call (a driver, a parser) may carry what the server holds.
      "from flask import Flask, jsonify, request\napp = Flask(__name__)\n@app.route('/q', methods=['POST'])\ndef q():\n    try:\n        n = db.lookup(int(request.form['id']))\n    except ValueError as e:\n        return jsonify(error=str(e)), 400\n    return jsonify(n=n)",
      "from flask import Flask, jsonify, request\napp = Flask(__name__)\n@app.route('/q', methods=['POST'])\ndef q():\n    try:\n        n = int(request.form.get('qty', '1'))\n    except Exception as e:\n        return jsonify(error=str(e)), 400\n    return jsonify(n=n)",
      {
        code: "from flask import jsonify\ndef helper(job):\n    try:\n        return jsonify(job.run())\n    except Exception as e:\n        return jsonify({'error': str(e)}), 500",
        line: 6,
      },
      "from fastapi import FastAPI, Request\nfrom fastapi.responses import JSONResponse\napp = FastAPI()\n@app.exception_handler(Exception)\nasync def on_error(request: Request, exc: Exception):\n    return JSONResponse(status_code=500, content={'detail': repr(exc)})",
      { code: "import cgitb\ncgitb.enable()", line: 2 },
      {
        code: "from http.server import BaseHTTPRequestHandler\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        try:\n            g()\n        except Exception as e:\n            self.send_error(500, explain=str(e))",
        line: 7,
      },
      {
        code: "import traceback\nfrom http.server import BaseHTTPRequestHandler\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        try:\n            g()\n        except Exception:\n            self.wfile.write(traceback.format_exc().encode())",
        line: 8,
      },
      "from fastapi import FastAPI, HTTPException\napp = FastAPI()\n@app.post('/o')\ndef f(o: dict):\n    try:\n        return g(o)\n    except Exception as exc:\n        raise HTTPException(status_code=500, detail=f'db error: {exc!r}')",
      "from flask import Flask\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    try:\n        g()\n    except OSError as err:\n        return 'failed: %s' % err, 500",
      {
        code: "import traceback\nfrom flask import Flask\napp = Flask(__name__)\ndef wrap(m):\n    return '<pre>' + m\n@app.route('/x')\ndef x():\n    try:\n        work()\n    except Exception:\n        tb = traceback.format_exc()\n        return wrap(tb), 500\n    return 'ok'",
        line: 12,
      },
      {
        code: "from django.shortcuts import render\ndef v(request):\n    secret = 1\n    return render(request, 'd.html', locals())",
        line: 4,
      },
      {
        code: "import traceback\nfrom flask import Flask, jsonify\napp = Flask(__name__)\n@app.errorhandler(Exception)\ndef on_error(e):\n    return jsonify(error=traceback.format_exc()), 500",
        line: 6,
      },
      "import traceback\nfrom flask import Flask\napp = Flask(__name__)\n@app.errorhandler(Exception)\ndef err(e):\n    return '<pre>' + traceback.format_exc() + '</pre>', 500",
      "from fastapi import FastAPI, HTTPException\napp = FastAPI()\n@app.get('/i')\ndef f():\n    try:\n        return g()\n    except Exception as e:\n        raise HTTPException(status_code=500, detail=str(e))",
      "from flask import Flask\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    try:\n        g()\n    except Exception as e:\n        return str(e), 500",
      "from django.http import JsonResponse\ndef charge(request):\n    try:\n        return g()\n    except Exception as exc:\n        return JsonResponse({'error': repr(exc)}, status=500)",
    ],
  },
});
