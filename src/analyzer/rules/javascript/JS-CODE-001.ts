import { Level } from "../../dataflow/python.js";
import { jsRule } from "./common.js";
import { descendants, field, namedChildren, sourceHas, sourceMatches, unparen } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { JsContext } from "../../dataflow/javascript.js";
import { regexEscape } from "../../../core/regex.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";
import { browserWorkerUrl } from "./JS-CODE-002.js";
import { inTestScript } from "./JS-CRED-001.js";

/** `vm.run(code)` on a vm2 sandbox: the receiver is `new VM(...)` / `new NodeVM(...)`, inline or assigned. */
function isVm2Sandbox(call: SyntaxNode, ctx: JsContext): boolean {
  const source = ctx.tree.source;
  if (!/vm2/.test(source)) return false;
  const fn = field(call, "function");
  const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
  if (!recv) return false;
  const text = ctx.text(recv);
  if (recv.type === "new_expression" || recv.type === "parenthesized_expression")
    return /^\(?\s*new\s+(?:\w+\.)?(?:VM|NodeVM)\b/.test(text);
  if (recv.type !== "identifier") return false;
  return new RegExp(`\\b${text}\\s*=\\s*new\\s+(?:\\w+\\.)?(?:VM|NodeVM)\\b`).test(source);
}

/** Strips parentheses: `(async () => {})` is the arrow inside. */
/** Browser-automation calls that run the function they are given inside the page, not in this process. */
// (WebDriver's `execute` / `executeAsync` and WebdriverIO's `element.$(fn)` run their function in the browser too)
const PAGE_FUNCTION_CALL =
  /^(evaluate|evaluateHandle|evaluateOnNewDocument|addInitScript|\$eval|\$\$eval|waitForFunction|executeScript|executeAsyncScript|execute|executeAsync|\$|\$\$)$/;

const HEADLESS_TEXT =
  /puppeteer|playwright|chromium|webdriver|selenium|wdio|newPage|waitForFunction|executeAsync/;

/**
 * The code sits in a function a headless page runs (`page.waitForFunction(function (sel, $XPath) { eval($XPath) ...
 * }, ...)`, or a name bound to it handed over: `const fn = function ...; frame.waitForFunction(fn, args)`): its
 * arguments are serialised into the browser, and what it evaluates runs there.
 */
function inPageFunction(node: SyntaxNode, ctx: JsContext): boolean {
  if (!sourceHas(ctx.tree, HEADLESS_TEXT)) return false;
  const handed = (arg: SyntaxNode | undefined, fn: SyntaxNode): boolean => {
    // (`fn as any`, `(fn)`, `fn!`: TypeScript's casts around the argument change nothing)
    let at = arg;
    while (
      at?.parent &&
      /^(as_expression|satisfies_expression|non_null_expression|parenthesized_expression)$/.test(
        at.parent.type,
      )
    )
      at = at.parent;
    const call = at?.parent?.type === "arguments" ? at.parent.parent : undefined;
    return (
      call?.type === "call_expression" &&
      field(call, "function")?.type === "member_expression" &&
      PAGE_FUNCTION_CALL.test(ctx.method(call)) &&
      (arg === fn || ctx.resolve(arg) === fn)
    );
  };
  // `browser.execute(new Function(src))`, `const f = new Function(src); browser.execute(f)`: the Function is only
  // serialised into the page (its source text sent), so what it holds runs there, not in this process.
  const start = node.type === "new_expression" ? node : ctx.enclosingFunction(node);
  for (let fn = start; fn; fn = ctx.enclosingFunction(fn)) {
    if (handed(fn, fn)) return true;
    const decl = fn.parent;
    const name = decl?.type === "variable_declarator" ? field(decl, "name") : undefined;
    if (name?.type !== "identifier") continue;
    const scope = ctx.enclosingFunction(decl!) ?? ctx.tree.root;
    for (const d of descendants(scope))
      if (d.type === "identifier" && d !== name && ctx.text(d) === ctx.text(name) && handed(d, fn))
        return true;
  }
  return false;
}

/**
 * `(async () => {}).constructor`, `Object.getPrototypeOf(function* () {}).constructor`, `[].constructor.constructor`:
 * a Function constructor.
 */
function functionConstructor(n: SyntaxNode, ctx: JsContext): boolean {
  const m = unparen(n);
  if (m?.type !== "member_expression" || ctx.text(field(m, "property") ?? m) !== "constructor") return false;
  let obj = unparen(field(m, "object"));
  // `[].constructor.constructor`, `x.constructor.constructor`: an object's constructor is a function, and a
  // function's constructor is Function (the sandbox-escape idiom).
  if (obj?.type === "member_expression" && ctx.text(field(obj, "property") ?? obj) === "constructor")
    return true;
  if (obj?.type === "call_expression" && ctx.callee(obj) === "Object.getPrototypeOf")
    obj = unparen(ctx.args(obj)[0]);
  return !!obj && /^(function_expression|function|arrow_function|generator_function)$/.test(obj.type);
}

/**
 * `math.evaluate(x)`, `math.compile(x)`, `math.parse(x)` (and the old `math.eval`) on mathjs: the module itself,
 * an instance from its `create(...)`, or the function imported by name. The expression language reaches
 * functions and object properties; its sandbox has been escaped before (arbitrary code in the server).
 */
function mathjsEvaluation(call: SyntaxNode, ctx: JsContext): SyntaxNode | undefined {
  // Per call site: each test below runs once per file (sourceHas/sourceMatches), not once per call.
  if (!sourceHas(ctx.tree, /['"]mathjs['"]/)) return undefined;
  const q = ctx.callee(call);
  const m = /^(?:([\w$]+)\.)?(evaluate|eval|compile|parse)$/.exec(q);
  if (!m) return undefined;
  const name = m[1];
  if (name === undefined) {
    // `const { evaluate } = require('mathjs')`, `import { evaluate } from 'mathjs'`.
    const fn = m[2]!;
    if (fn === "eval") return undefined;
    const named = `\\{[^}]*\\b${fn}\\b[^}]*\\}\\s*(=\\s*require\\(\\s*['"]mathjs['"]|from\\s*['"]mathjs['"])`;
    return sourceMatches(ctx.tree, named) ? ctx.args(call)[0] : undefined;
  }
  if (name === "mathjs") return ctx.args(call)[0];
  const n = name.replace(/\$/g, "\\$");
  const bound = `\\b${n}\\s*=\\s*(require\\(\\s*['"]mathjs['"]\\s*\\)|([\\w$]+\\.)?create\\()|import\\s+(\\*\\s+as\\s+)?${n}\\s+from\\s*['"]mathjs['"]`;
  return sourceMatches(ctx.tree, bound) ? ctx.args(call)[0] : undefined;
}

/** `if (isValidEquation(x)) { ... math.evaluate(x) ... }`: the value passed a predicate call before it is used. */
function validatedInBranch(call: SyntaxNode, arg: SyntaxNode, ctx: JsContext): boolean {
  const name = ctx.text(arg);
  if (!/^[\w$.]+$/.test(name)) return false;
  const esc = name.replace(/[.$]/g, "\\$&");
  const test = new RegExp(`(^|[^\\w$.])[\\w$.]+\\(\\s*${esc}\\s*\\)`);
  let child: SyntaxNode = call;
  for (let p = call.parent; p; child = p, p = p.parent) {
    if (/^(function_declaration|function_expression|arrow_function|method_definition)$/.test(p.type)) break;
    if (p.type !== "if_statement" || child.field !== "consequence") continue;
    const cond = field(p, "condition");
    if (cond && !/^\(\s*!/.test(ctx.text(cond)) && test.test(ctx.text(cond))) return true;
  }
  return false;
}

/** `sendCommand(['EVAL', script])`: the command name, or `call('EVAL', script)`'s first argument. */
function firstItem(a: SyntaxNode | undefined, ctx: JsContext): SyntaxNode | undefined {
  const r = a && (ctx.resolve(a) ?? a);
  return r?.type === "array" ? namedChildren(r)[0] : a;
}
/** The script after the command name inside a `sendCommand([...])` array; undefined for `call(name, script)`. */
function secondItem(a: SyntaxNode | undefined, ctx: JsContext): SyntaxNode | undefined {
  const r = a && (ctx.resolve(a) ?? a);
  return r?.type === "array" ? namedChildren(r)[1] : undefined;
}

const SEARCH_CLIENT = /['"](@elastic\/elasticsearch|elasticsearch|@opensearch-project\/opensearch)['"]/;

/** The `script` of a search-cluster request (`{ script: { source } }`, `inline`, or a bare string) in a call's arguments. */
function painlessSource(call: SyntaxNode, ctx: JsContext): SyntaxNode | undefined {
  if (!sourceHas(ctx.tree, SEARCH_CLIENT)) return undefined;
  const stack = ctx.args(call).map((a) => ctx.resolve(a) ?? a);
  for (let steps = 0; stack.length && steps < 200; steps++) {
    const n = stack.pop()!;
    if (n.type === "array") stack.push(...namedChildren(n));
    if (n.type !== "object") continue;
    for (const p of namedChildren(n)) {
      const v = p.type === "pair" ? field(p, "value") : undefined;
      if (!v) continue;
      if (ctx.text(field(p, "key") ?? p).replace(/['"]/g, "") === "script")
        return v.type === "object" ? (ctx.prop(v, "source") ?? ctx.prop(v, "inline")) : v;
      if (v.type === "object" || v.type === "array") stack.push(v);
    }
  }
  return undefined;
}

/**
 * `context.eval(code)` on `await isolate.createContext()`: isolated-vm runs the code in a separate V8 isolate with
 * its own heap and no Node APIs (not a Redis client's EVAL, even in a file that uses Redis too).
 */
function isolateContext(call: SyntaxNode, ctx: JsContext): boolean {
  const f = field(call, "function");
  const recv = f?.type === "member_expression" ? field(f, "object") : undefined;
  let made = recv?.type === "identifier" ? ctx.resolve(recv) : recv;
  if (made?.type === "await_expression") made = namedChildren(made)[0];
  return (
    made?.type === "call_expression" &&
    /^createContext(Sync)?$/.test(ctx.method(made)) &&
    sourceHas(ctx.tree, /['"]isolated-vm['"]/)
  );
}

/**
 * Text a WebAssembly module wrote into its own linear memory (`new Function(getStringFromWasm0(ptr, len))`, the
 * glue wasm-bindgen generates for `js_sys::Function::new`): the compiled module's code asks for the function, no
 * caller's string reaches it. Recognised by the decoder's body reading the module's memory.
 */
function wasmString(code: SyntaxNode, ctx: JsContext, depth = 0): boolean {
  if (code.type !== "call_expression" || depth > 2) return false;
  const callee = field(code, "function");
  if (callee?.type !== "identifier") return false;
  const fn = ctx.functionNamed(ctx.text(callee));
  if (!fn) return false;
  if (/\b(wasm\.memory|memory\.buffer|get(Uint8|Uint8Array)Memory\d*\(\))/.test(ctx.text(fn))) return true;
  // (newer glue: `getStringFromWasm0(ptr, len)` returns `decodeText(ptr, len)`, which reads the memory)
  const body = field(fn, "body");
  const last = body
    ? namedChildren(body)
        .filter((c) => c.type !== "comment")
        .pop()
    : undefined;
  const ret = last?.type === "return_statement" ? namedChildren(last)[0] : undefined;
  return !!ret && wasmString(ret, ctx, depth + 1);
}

/** node's options that take the next argument as their value (`-r ./hook.js`, `--import tsx`). */
const NODE_OPTION_WITH_VALUE =
  /^(-r|--require|--import|--loader|--experimental-loader|-C|--conditions|--env-file)$/;

/**
 * Where `-e` / `--eval` / `-p` / `--print` stands among node's own options in an argument list, or -1. Only the
 * options before the script are node's: in `[tscPath, '--emitDeclarationOnly', '-p', tsConfig]` the script is
 * tsc and its `-p` is tsc's `--project`. The scan stops at the first item that is neither an option nor an
 * option's value (a computed path, `'server.js'`).
 */
function nodeEvalFlag(items: SyntaxNode[], ctx: JsContext): number {
  for (let i = 0; i < items.length; i++) {
    const v = ctx.stringValue(items[i]);
    if (v === undefined) return -1;
    if (/^(-e|--eval|-p|--print)$/.test(v)) return i;
    if (v.startsWith("-")) continue;
    const prev = i > 0 ? ctx.stringValue(items[i - 1]) : undefined;
    if (prev === undefined || !NODE_OPTION_WITH_VALUE.test(prev)) return -1;
  }
  return -1;
}

/**
 * `!isNaN(x) && eval(x)`, `if (isFinite(x)) eval(x)`: the code only runs once the global isNaN / isFinite (which
 * coerce) found the name numeric - a number literal's text, no statement or call. (`Number.isNaN` does not coerce:
 * `!Number.isNaN('alert(1)')` holds, so it guards nothing.)
 */
function numericChecked(code: SyntaxNode, node: SyntaxNode, ctx: JsContext): boolean {
  if (code.type !== "identifier") return false;
  const x = regexEscape(ctx.text(code));
  const test = new RegExp(
    `(^|[^\\w$.])!\\s*isNaN\\(\\s*${x}\\s*\\)|(^|[^\\w$.!])(Number\\.)?isFinite\\(\\s*${x}\\s*\\)`,
  );
  const fn = ctx.enclosingFunction(node);
  for (let n: SyntaxNode = node; n.parent && n !== fn; n = n.parent) {
    const p = n.parent;
    if (
      p.type === "binary_expression" &&
      field(p, "right") === n &&
      p.children.some((c) => !c.named && c.type === "&&") &&
      test.test(ctx.text(field(p, "left") ?? p))
    )
      return true;
    if (
      p.type === "if_statement" &&
      field(p, "consequence") === n &&
      test.test(ctx.text(field(p, "condition") ?? p))
    )
      return true;
  }
  return false;
}

export default jsRule({
  meta: {
    id: "JS-CODE-001",
    title: "Dynamic code evaluation of non-literal strings",
    // (CWE-943 only for a search cluster's script: code the data store runs as part of a query)
    cwe: ["CWE-94", "CWE-95", "CWE-943"],
    severity: "HIGH",
    severity_variants: [
      ...TAINT_VARIANTS,
      {
        severity: "LOW",
        when: "a test evaluates code it built or loaded itself, with no request data in it",
      },
    ],
    docs: {
      what_it_does:
        "Flags eval, new Function, mathjs evaluate/compile/parse of request text, setTimeout/setInterval with a string, vm.run* / new vm.Script, a browser extension's tabs.executeScript({ code }), Electron's webContents/webFrame executeJavaScript(code), vm2's `VM` / `NodeVM` `run` whose code is not a literal (vm2 is a sandbox with published escapes, and no longer maintained), and jsdom with runScripts: 'dangerously' over request HTML.",
      why_bad:
        "The string runs as JavaScript with the program's privileges; attacker influence over it means arbitrary code execution.",
      example_bad: "function calc(expr) {\n  return eval(expr);\n}",
      example_good:
        "const { Parser } = require('expr-eval');\nfunction calc(expr) {\n  return new Parser().evaluate(expr);\n}",
    },
    fix_hint: "Parse data with JSON.parse or a dedicated expression parser; never evaluate strings as code.",
  },
  trigger:
    /eval|Eval|EVAL|Function|_compile|script\s*:|\$function|\$accumulator|\.constructor\b|mathjs|setTimeout|setInterval|runIn|compileFunction|vm2|Script|SourceTextModule|['"]script['"]|Worker|\]\(|importScripts|execFile|spawn|execPath|defineCommand|'node'|"node"/,
  nodeTypes: ["call_expression", "new_expression", "assignment_expression"],
  detect(node, ctx, emit) {
    let queryScript = false;
    // Code injection; a search cluster's script is also a query's logic (as a Mongo `$where` body is).
    const report = (r: Parameters<typeof emit>[0]) =>
      emit({ cwe: queryScript ? ["CWE-94", "CWE-943"] : ["CWE-94", "CWE-95"], ...r });
    if (node.type === "assignment_expression") {
      // `s.text = code` on `s = document.createElement('script')`: the browser runs the text once inserted.
      const left = field(node, "left");
      if (left?.type !== "member_expression") return;
      const prop = ctx.text(field(left, "property") ?? left);
      // (`s.src = url`, a script loaded from elsewhere, is JS-CODE-002's: inclusion, CWE-829)
      if (!/^(text|textContent|innerText|innerHTML)$/.test(prop)) return;
      const el = ctx.resolve(field(left, "object"));
      if (el?.type !== "call_expression" || ctx.method(el) !== "createElement") return;
      if (ctx.stringValue(ctx.args(el)[0])?.toLowerCase() !== "script") return;
      if (ctx.level(field(node, "right"), "code") === Level.SOURCE)
        report({ node, message: "script element's code comes from user input" });
      return;
    }
    // MongoDB's server-side JavaScript operators in a query or pipeline: `{ $function: { body, args, lang: 'js' } }`,
    // `{ $accumulator: { init, accumulate, merge, finalize } }`. The database runs the body's source.
    if (
      node.type === "call_expression" &&
      /^(find|findOne|aggregate|updateOne|updateMany|findOneAndUpdate|countDocuments|deleteOne|deleteMany|where)$/.test(
        ctx.method(node),
      ) &&
      /\$(function|accumulator)\b/.test(ctx.text(node))
    ) {
      for (const arg of ctx.args(node)) {
        const op = ctx.tree.nodes.find(
          (d) =>
            d.type === "pair" &&
            d.start >= arg.start &&
            d.end <= arg.end &&
            /^['"]?\$(function|accumulator)['"]?$/.test(ctx.text(field(d, "key") ?? d)) &&
            namedChildren(field(d, "value") ?? d).some(
              (p) =>
                p.type === "pair" &&
                /^['"]?(body|init|accumulate|merge|finalize)['"]?$/.test(ctx.text(field(p, "key") ?? p)) &&
                ctx.level(field(p, "value"), "code") === Level.SOURCE,
            ),
        );
        if (op) {
          report({
            node,
            message: "MongoDB runs JavaScript from the request ($function / $accumulator body)",
          });
          return;
        }
      }
    }
    // `handlers[req.body.method](args)`: the request picks which function runs, inherited ones included
    // (`constructor`, `__defineGetter__`), unless the name is checked against the object's own functions.
    const callee0 = field(node, "function");
    if (node.type === "call_expression" && callee0?.type === "subscript_expression") {
      const index = field(callee0, "index");
      const fn = ctx.enclosingFunction(node);
      if (
        index &&
        ctx.level(index, "code") === Level.SOURCE &&
        !(
          fn &&
          /hasOwn|\.has\(|\.includes\(|\bin\s+[\w.]+\s*\)|typeof\s+[\w.[\]]+\s*[!=]==?\s*['"]function/.test(
            ctx.text(fn),
          )
        )
      )
        report({ node, message: "the request chooses which method is called" });
      return;
    }
    // `new (Function)(...)` names the constructor through parentheses.
    let q = ctx.callee(node).replace(/^\(\s*([\w.]+)\s*\)$/, "$1");
    // `const run = eval; run(code)`, `const e = globalThis.eval`: eval under another name (an indirect eval, which
    // runs the string in the global scope, still runs it).
    if (callee0?.type === "identifier" && q !== "eval") {
      const bound = ctx.resolve(callee0);
      if (bound && bound !== callee0 && /^((window|global|globalThis|self)\.)?eval$/.test(ctx.text(bound)))
        q = "eval";
    }
    // `const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor; new AsyncFunction('a', code)`:
    // the constructor of any function (async, generator or plain) is a Function constructor.
    const ctorNode = callee0 ?? field(node, "constructor");
    if (q !== "Function" && ctorNode) {
      const bound = ctorNode.type === "identifier" ? ctx.resolve(ctorNode) : ctorNode;
      if (bound && functionConstructor(bound, ctx)) q = "Function";
    }
    const args = ctx.args(node);
    let code;
    let pageScript = false;
    let at: SyntaxNode | undefined;
    if (
      q === "eval" ||
      /^(window|global|globalThis|self)\.eval$/.test(q) ||
      /^(\$|jQuery|jquery)\.globalEval$/.test(q) ||
      q === "safe-eval" ||
      q === "notevil" ||
      // static-eval walks an AST parsed from the text: its sandbox has published escapes, like safe-eval's.
      q === "static-eval"
    )
      code = args[0];
    // chrome-remote-interface `Runtime.evaluate({ expression })` / `Runtime.compileScript({ expression })`: the
    // browser's page runs the text.
    else if (
      /(^|\.)Runtime\.(evaluate|compileScript)$/.test(q) &&
      sourceHas(ctx.tree, /chrome-remote-interface/)
    ) {
      pageScript = true;
      code = ctx.prop(args[0], "expression");
    } else if (q === "Function") code = args[args.length - 1];
    // `Function.call(null, body)` / `Function.apply(null, [body])`: the constructor called through
    // Function.prototype, its this ignored; the body is the last of the arguments it gets.
    else if (q === "Function.call" && args.length > 1) code = args[args.length - 1];
    else if (q === "Function.apply" && args[1]?.type === "array") code = namedChildren(args[1]).pop();
    // Redis `EVAL` (ioredis/node-redis `client.eval(script, ...)`, `sendCommand(['EVAL', script, ...])`): the
    // server runs the Lua script; a script from the request runs any command on the database.
    else if (
      node.type === "call_expression" &&
      sourceHas(ctx.tree, /['"](ioredis|redis|@redis\/client)['"]/) &&
      // (`calculator.eval(x)` on an object or class of this file's own runs that method, not the client's.)
      !ctx.localFunction(node) &&
      (/\.(eval|evalRo|eval_ro)$/.test(q) ||
        (/\.(sendCommand|call)$/.test(q) &&
          /^eval(_ro)?$/i.test(ctx.stringValue(firstItem(args[0], ctx)) ?? "")))
    ) {
      const script = /\.(sendCommand|call)$/.test(q) ? (secondItem(args[0], ctx) ?? args[1]) : args[0];
      if (script && ctx.level(script, "code") === Level.SOURCE && !isolateContext(node, ctx)) code = script;
    }
    // ioredis `defineCommand(name, { lua })`: the Lua text becomes a command the server runs on each call.
    else if (
      node.type === "call_expression" &&
      ctx.method(node) === "defineCommand" &&
      sourceHas(ctx.tree, /['"]ioredis['"]/)
    ) {
      const def = args[1] && (ctx.resolve(args[1]) ?? args[1]);
      const lua = def?.type === "object" ? ctx.prop(def, "lua") : undefined;
      if (lua && ctx.level(lua, "code") === Level.SOURCE) code = lua;
    } else if (
      /^(vm\.)?(runInThisContext|runInNewContext|runInContext|compileFunction)$/.test(q) &&
      /vm/.test(q + ctx.tree.source)
    )
      code = args[0];
    // `new vm.Script(src)`, and the ES-module forms `new vm.SourceTextModule(src)` (compiled, then evaluated).
    else if (
      node.type === "new_expression" &&
      /^(vm\.)?(Script|SourceTextModule)$/.test(q) &&
      sourceHas(ctx.tree, /\bvm\b/)
    )
      code = args[0];
    else if (ctx.method(node) === "run" && isVm2Sandbox(node, ctx)) code = args[0];
    // `new Module(id)._compile(src, filename)` (or `module._compile`): node's loader compiles the text as a
    // CommonJS module and runs it.
    else if (
      node.type === "call_expression" &&
      ctx.method(node) === "_compile" &&
      sourceHas(ctx.tree, /\bModule\b|\bmodule\b/)
    )
      code = args[0];
    // Elasticsearch / OpenSearch `script: { source }` (a search, update or reindex request): the cluster compiles
    // and runs the painless text; values belong in the script's `params`.
    else if (node.type === "call_expression" && painlessSource(node, ctx)) {
      const script = painlessSource(node, ctx)!;
      // reported on the script's own line: a request object spans many
      if (ctx.level(script, "code") === Level.SOURCE) code = at = script;
      queryScript = true;
    }
    // mathjs on request text, unless a pattern or a validator vetted the expression first.
    else if (node.type === "call_expression" && mathjsEvaluation(node, ctx)) {
      const expr = mathjsEvaluation(node, ctx)!;
      if (
        ctx.level(expr, "code") === Level.SOURCE &&
        !ctx.guarded(expr) &&
        !validatedInBranch(node, expr, ctx)
      )
        code = expr;
    }
    // worker_threads `new Worker(code, { eval: true })` runs the string; any Worker whose script URL the request
    // names runs the attacker's script.
    else if (node.type === "new_expression" && /^(worker_threads\.)?Worker$/.test(q) && args[0]) {
      if (ctx.prop(args[1], "eval")?.type === "true") code = args[0];
      // A browser worker's script URL is an inclusion (JS-CODE-002); a blob URL made here holds code.
      else if (browserWorkerUrl(node, ctx)) code = undefined;
      else if (ctx.level(args[0], "code") === Level.SOURCE) code = args[0];
    }
    // jsdom `new JSDOM(html, { runScripts: 'dangerously' })`: the page's inline scripts run in this process, and
    // jsdom is no sandbox (a script reaches Node through the window's constructors).
    else if (
      node.type === "new_expression" &&
      /^(jsdom\.)?JSDOM$/.test(q) &&
      args[0] &&
      ctx.stringValue(ctx.prop(args[1], "runScripts")) === "dangerously"
    )
      code = ctx.level(args[0], "code") === Level.SOURCE ? args[0] : undefined;
    // A browser extension's `chrome.tabs.executeScript(tabId, { code })`: the string runs in the tab's page.
    else if (/^(chrome|browser)\.tabs\.executeScript$/.test(q)) {
      const details = args[args.length - 1];
      code = details?.type === "object" ? ctx.prop(details, "code") : undefined;
    }
    // Electron `win.webContents.executeJavaScript(code)` / `webFrame.executeJavaScript(code)`: the string runs
    // as script in the window's page (with Node.js where the window has nodeIntegration);
    // `executeJavaScriptInIsolatedWorld(id, [{ code }])` runs each source's code.
    else if (
      node.type === "call_expression" &&
      /(^|\.)executeJavaScript(InIsolatedWorld)?$/.test(q) &&
      sourceHas(ctx.tree, /electron/)
    ) {
      if (/InIsolatedWorld$/.test(q)) {
        const list = args[1] && (ctx.resolve(args[1]) ?? args[1]);
        code =
          list?.type === "array"
            ? namedChildren(list)
                .map((o) => ctx.prop(o, "code"))
                .find(Boolean)
            : undefined;
      } else code = args[0];
    }
    // (importScripts, navigator.serviceWorker.register and $.getScript of a URL are JS-CODE-002's: inclusion)
    // `execFileSync(process.execPath, ['-e', code])`, `spawn('node', ['--eval', code])`: node runs the string.
    else if (
      /(^|\.)(execFile|execFileSync|spawn|spawnSync)$/.test(q) &&
      args[0] &&
      (ctx.text(args[0]) === "process.execPath" || /^(node|nodejs)$/.test(ctx.stringValue(args[0]) ?? "")) &&
      args[1]?.type === "array"
    ) {
      const items = namedChildren(args[1]);
      const at = nodeEvalFlag(items, ctx);
      code = at >= 0 ? items[at + 1] : undefined;
    } else if (
      // (not setImmediate: Node's throws on anything but a function, and no browser in use has one)
      /^(window\.)?(setTimeout|setInterval|execScript)$/.test(q) &&
      args[0] &&
      (args[0].type === "string" ||
        args[0].type === "template_string" ||
        args[0].type === "binary_expression" ||
        ctx.level(args[0], "code") === Level.SOURCE ||
        // `function later(code) { setTimeout(code, 100); }`: a parameter named for source text.
        (args[0].type === "identifier" &&
          /^(code|script|expr|expression|js|source|src|snippet|str)$/i.test(ctx.text(args[0])) &&
          ctx.level(args[0], "code") === Level.PARAM))
    )
      code = args[0];
    else if (
      /\.(evaluate|evaluateHandle|evaluateOnNewDocument|addScriptTag|addInitScript|\$eval|\$\$eval)$/.test(
        q,
      ) &&
      sourceHas(ctx.tree, /puppeteer|playwright|chromium|firefox|webkit|newPage/)
    ) {
      // A headless page runs a string argument as script in the page (`page.evaluate('...' + x)`).
      pageScript = true;
      const script = /\$\$?eval$/.test(q) ? args[1] : args[0];
      const s = script && (ctx.resolve(script) ?? script);
      if (s && !/^(arrow_function|function_expression|function)$/.test(s.type))
        code = s.type === "object" ? (ctx.prop(s, "content") ?? ctx.prop(s, "url")) : script;
    } else if (
      /^(child_process\.)?(execFile|execFileSync|spawn|spawnSync)$|child_process\.(execFile|execFileSync|spawn|spawnSync)$/.test(
        q,
      ) &&
      args[1]
    ) {
      // `execFileSync('node', ['-e', src])`: the interpreter evaluates the argument after -e/--eval/-p.
      const prog = ctx.resolve(args[0]) ?? args[0]!;
      const isNode =
        /^(node|nodejs|(\/usr(\/local)?)?\/bin\/node)$/.test(ctx.stringValue(prog) ?? "") ||
        ctx.text(prog) === "process.execPath";
      const list = ctx.resolve(args[1]) ?? args[1];
      if (isNode && list?.type === "array") {
        const items = namedChildren(list);
        const at = nodeEvalFlag(items, ctx);
        if (at >= 0 && items[at + 1] && ctx.level(items[at + 1], "code") === Level.SOURCE)
          code = items[at + 1];
      }
    }
    if (!code || ctx.guardedBefore(node) || wasmString(code, ctx)) return;
    if (numericChecked(code, node, ctx)) return;
    const level = ctx.level(code, "code");
    if (level === Level.CONST) return;
    // A headless page runs its script in the browser, not in this process: a wrapper handing its caller's page
    // function on (`evaluate(fn, ...args) { return this.mainFrame().evaluate(fn, ...args) }`) is the automation
    // library's API; only request data reaching the page's script is an injection.
    if ((pageScript || inPageFunction(node, ctx)) && level < Level.SOURCE) return;
    // A test evaluating what it built or loaded itself (`eval(res.outputFiles[0].text)` after a bundler run on its
    // fixture): the suite's own harness, no request reaches it; LOW (not in answer mode: a test scope is the
    // author's to claim).
    const harness = level < Level.SOURCE && inTestScript(ctx, node);
    report({
      node: at ?? node,
      severity: harness ? "LOW" : taintSeverity(level),
      message: `${q} evaluates ${level >= Level.PARAM ? "caller-controlled" : "non-literal"} code${harness ? " in a test" : ""}`,
    });
  },
  cases: {
    valid: [
      "const one = Function.call(null, 'return 1');",
      // wasm-bindgen glue: the text is read out of the module's own memory through a decoder
      "let cached = null;\nfunction getUint8ArrayMemory0() { return cached; }\nfunction decodeText(ptr, len) {\n  return decoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len));\n}\nfunction getStringFromWasm0(ptr, len) {\n  ptr = ptr >>> 0;\n  return decodeText(ptr, len);\n}\nexport function __wbg_new(arg0, arg1) {\n  return new Function(getStringFromWasm0(arg0, arg1));\n}",
      "const { Client } = require('@elastic/elasticsearch');\nconst es = new Client({ node: URL });\napp.get('/b', async (req, res) => res.json(await es.search({ index: 'p', query: { script_score: { query: { match_all: {} }, script: { source: \"doc['price'].value * params.f\", params: { f: Number(req.query.f) } } } } })));",
      "const Module = require('module');\nconst m = new Module('cfg');\nm._compile(fs.readFileSync(path.join(__dirname, 'cfg.js'), 'utf8'), 'cfg.js');",
      "app.get('/a', async (req, res) => res.json(await coll.find({ $expr: { $function: { body: 'function (p) { return p > 10; }', args: [Number(req.query.min)], lang: 'js' } } }).toArray()));",
      "const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;\nconst twice = new AsyncFunction('a', 'return a * 2');",
      "const run = (s) => s.trim();\napp.post('/a', (req, res) => res.json({ v: run(req.body.expr) }));",
      "const puppeteer = require('puppeteer');\nclass Wrapper {\n  async evaluate(pageFunction, ...args) {\n    return this.page.evaluate(pageFunction, ...args);\n  }\n}\nmodule.exports = Wrapper;",
      "const x = eval('1 + 1');",
      "const ivm = require('isolated-vm');\nconst { createClient } = require('redis');\napp.post('/x', async (req, res) => {\n  const isolate = new ivm.Isolate({ memoryLimit: 32 });\n  const context = await isolate.createContext();\n  res.json({ out: await context.eval(String(req.body.expr), { timeout: 50 }) });\n});",
      "const Redis = require('ioredis');\nconst redis = new Redis();\nconst LUA = \"return redis.call('INCR', KEYS[1])\";\napp.post('/h', async (req, res) => res.json(await redis.eval(LUA, 1, 'hits:' + req.body.page)));",
      "const { Worker } = require('worker_threads');\nconst w = new Worker(path.join(__dirname, 'job.js'), { workerData: req.body });",
      "setTimeout(() => run(), 10);",
      "const { execFileSync } = require('child_process');\nconst out = execFileSync(process.execPath, ['-e', 'console.log(1)']);",
      "function later(fn) { setTimeout(fn, 100); }",
      "class Pool {\n  run(request, callback) {\n    if (request instanceof Function) { callback = request; request = undefined; }\n    setImmediate(callback, new Error('closed'));\n  }\n}",
      "const { JSDOM } = require('jsdom');\napp.post('/r', (req, res) => res.send(new JSDOM(req.body.html).serialize()));",
      "const { JSDOM } = require('jsdom');\nconst dom = new JSDOM(fs.readFileSync('page.html', 'utf8'), { runScripts: 'dangerously' });",
      "app.post('/rpc', (req, res) => {\n  if (!Object.hasOwn(api, req.body.m)) return res.status(404).end();\n  res.json(api[req.body.m](req.body.a));\n});",
      "chrome.tabs.executeScript(tabId, { file: 'content.js' });",
      "const { ipcMain } = require('electron');\nipcMain.on('hl', () => win.webContents.executeJavaScript('document.body.classList.add(\"hl\")'));",
      "const { webFrame } = require('electron');\nwebFrame.executeJavaScriptInIsolatedWorld(999, [{ code: 'window.ready = true' }]);",
      "const { VM } = require('vm2');\nconst vm = new VM();\nvm.run('1 + 1');",
      "const CDP = require('chrome-remote-interface');\napp.get('/r', async (req, res) => {\n  const c = await CDP();\n  res.json(await c.Runtime.evaluate({ expression: 'document.readyState' }));\n});",
      "const runner = makeRunner();\nfunction f(job) { return runner.run(job); }",
      "const math = require('mathjs');\napp.get('/c', (req, res) => res.json(math.evaluate('2 + 3')));",
      "const math = require('mathjs');\napp.post('/c', (req, res) => {\n  if (vh.vEqn(req.body.eqn)) res.json(math.evaluate(req.body.eqn));\n});",
      "const math = require('mathjs');\napp.post('/c', (req, res) => {\n  if (!/^[0-9+*\\/(). -]+$/.test(req.body.e)) {\n    res.status(400);\n    return res.end();\n  }\n  res.json(math.evaluate(req.body.e));\n});",
      "const parser = require('./parser');\napp.post('/c', (req, res) => res.json(parser.evaluate(req.body.e)));",
      "const { execFileSync } = require('child_process');\napp.post('/e', (req, res) => { execFileSync('node', ['-e', 'console.log(' + JSON.stringify(String(req.body.m)) + ')']); });",
    ],
    invalid: [
      {
        code: "const { build } = require('esbuild');\ntest('bundles', async () => {\n  const res = await build({ entryPoints: [ENTRY], write: false, bundle: true });\n  eval(res.outputFiles[0].text);\n});",
        severity: "LOW",
      },
      "const CDP = require('chrome-remote-interface');\napp.get('/r', async (req, res) => {\n  const c = await CDP();\n  res.json(await c.Runtime.evaluate({ expression: String(req.query.expr) }));\n});",
      "const staticEval = require('static-eval');\nconst { parse } = require('esprima');\napp.get('/c', (req, res) => {\n  const ast = parse(String(req.query.expr)).body[0].expression;\n  res.json({ v: staticEval(ast, {}) });\n});",
      {
        code: "const { Client } = require('@elastic/elasticsearch');\nconst es = new Client({ node: URL });\napp.get('/b', async (req, res) => {\n  const r = await es.search({\n    index: 'p',\n    query: { script_score: { query: { match_all: {} }, script: { source: `doc['price'].value * ${req.query.f}` } } },\n  });\n  res.json(r);\n});",
        line: 6,
      },
      "const { Client } = require('@opensearch-project/opensearch');\nconst os = new Client({ node: URL });\napp.post('/u', async (req, res) => { await os.updateByQuery({ index: 'p', body: { script: 'ctx._source.tag = \"' + req.body.tag + '\"' } }); res.end(); });",
      "const Module = require('module');\napp.post('/p', (req, res) => {\n  const m = new Module('plugin');\n  m._compile(req.body.source, 'plugin.js');\n  res.json(Object.keys(m.exports));\n});",
      "app.post('/a', async (req, res) => res.json(await coll.find({ $expr: { $function: { body: req.body.fn, args: ['$price'], lang: 'js' } } }).toArray()));",
      "app.post('/c', (req, res) => res.json({ out: [].constructor.constructor(req.body.code)() }));",
      "const run = eval;\napp.post('/a', (req, res) => res.json({ v: run(req.body.expr) }));",
      "const e = globalThis.eval;\nfunction calc(x) {\n  return e(x);\n}",
      "app.post('/e', (req, res) => res.json({ v: globalThis.eval?.(req.body.src) }));",
      "const vm = require('vm');\napp.post('/m', async (req, res) => { const m = new vm.SourceTextModule(req.body.src); await m.link(() => {}); });",
      "const { JSDOM } = require('jsdom');\napp.post('/r', (req, res) => { const dom = new JSDOM(req.body.html, { runScripts: 'dangerously' }); res.send(dom.serialize()); });",
      "const Redis = require('ioredis');\nconst redis = new Redis();\napp.post('/s', async (req, res) => res.json(await redis.eval(req.body.script, 0)));",
      "const Redis = require('ioredis');\nconst redis = new Redis();\napp.post('/d', (req, res) => {\n  redis.defineCommand('op', { numberOfKeys: 1, lua: 'return redis.call(\"' + req.body.op + '\", KEYS[1])' });\n  res.end();\n});",
      "const { createClient } = require('redis');\nconst c = createClient();\napp.post('/s', async (req, res) => res.json(await c.sendCommand(['EVAL', req.body.lua, '0'])));",
      "const puppeteer = require('puppeteer');\nasync function f(page, req) { await page.evaluate('document.title = \"' + req.query.t + '\"'); }",
      "setTimeout(location.hash.slice(1), 10);",
      "chrome.runtime.onMessage.addListener((msg, sender) => {\n  chrome.tabs.executeScript(sender.tab.id, { code: msg.code });\n});",
      "const { ipcMain } = require('electron');\nipcMain.on('run', (e, snippet) => win.webContents.executeJavaScript(snippet));",
      "const { ipcMain } = require('electron');\nipcMain.on('theme', (e, t) => {\n  win.webContents.executeJavaScript(`applyTheme(\"${t}\")`);\n});",
      "const { webFrame } = require('electron');\nwindow.addEventListener('message', (e) => webFrame.executeJavaScriptInIsolatedWorld(1, [{ code: e.data }]));",
      "const { Worker } = require('worker_threads');\napp.post('/j', (req, res) => { new Worker(req.body.code, { eval: true }); });",
      "new Worker(URL.createObjectURL(new Blob([new URLSearchParams(location.search).get('code')])));",
      "function f(s) { return eval(s); }",
      "function later(code) { setTimeout(code, 100); }",
      "const { execFileSync } = require('child_process');\napp.post('/e', (req, res) => res.send(execFileSync(process.execPath, ['-e', req.body.snippet])));",
      "app.post('/rpc', (req, res) => res.json(api[req.body.m](req.body.a)));",
      "function f(b) { return new Function('a', b); }",
      // The Function constructor through Function.prototype.call, and jQuery imported as the module's default.
      "window.addEventListener('message', (e) => { Function.call(null, e.data.code)(); });",
      "import $ from 'jquery';\n$.globalEval(decodeURIComponent(location.hash.slice(1)));",
      "const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;\napp.post('/h', async (req, res) => res.json(await new AsyncFunction('ctx', req.body.src)({})));",
      "app.post('/h', (req, res) => res.json((async () => {}).constructor('ctx', req.body.src)));",
      "const { VM } = require('vm2');\nfunction f(req) { const vm = new VM({ timeout: 100 }); return vm.run(req.query.code); }",
      "const { NodeVM } = require('vm2');\nfunction f(src) { return new NodeVM().run(src); }",
      "function compile(expression) {\n  return new (Function)('return (' + expression + ')');\n}",
      "const vm = require('vm');\nfunction f(src) { return new vm.Script(src).runInThisContext(); }",
      "const { execFileSync } = require('child_process');\napp.post('/e', (req, res) => { execFileSync('node', ['-e', req.body.src]); });",
      "app.post('/e', (req, res) => { res.json(require('vm').runInNewContext(req.body.expr)); });",
      "const math = require('mathjs');\napp.post('/c', (req, res) => res.json(math.evaluate(req.body.expr)));",
      "import { create, all } from 'mathjs';\nconst m = create(all);\napp.get('/c', (req, res) => res.send(String(m.compile(req.query.f).evaluate())));",
      "const { evaluate } = require('mathjs');\napp.get('/c', (req, res) => res.send(String(evaluate(req.query.f))));",
    ],
  },
});
