import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, perTree, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/**
 * Every look at the origin is a substring, prefix or suffix test (`e.origin.indexOf('trusted.com')`,
 * `e.origin.startsWith('https://trusted.com')`): `https://trusted.com.evil.net` passes them all. An equality, an
 * allow-list lookup (`ALLOWED.includes(e.origin)`) or a regular expression counts as a real check.
 */
function weakOriginOnly(text: string): boolean {
  // `/https:\/\/.*example.com/.test(e.origin)`: a pattern that is not anchored at both ends, or lets `.` match any
  // character, passes `https://example.com.evil.net` (or `https://evilexample.com`) like a substring test.
  const body = text.replace(LOOSE_REGEX_TEST, (m, re: string, o: string) =>
    looseRegex(re) ? `${o}.search` : m,
  );
  const uses = body.match(/[\w$.]*\.origin\b(\s*\.\s*\w+)?/g) ?? [];
  if (!uses.length || /\.source\b/.test(body)) return false;
  return uses.every((u) => /\.origin\s*\.\s*(indexOf|includes|startsWith|endsWith|search)$/.test(u));
}

/** `/re/.test(x.origin)`: the regex literal and the origin read. */
const LOOSE_REGEX_TEST = /(\/(?:\\.|\[[^\]\n]*\]|[^/\\\n[])+\/[a-z]*)\.test\(\s*([\w$.]*\.origin)\s*\)/g;

/** A regex literal that does not pin an origin: unanchored at either end, or with an unescaped `.`. */
function looseRegex(re: string): boolean {
  const src = re.slice(1, re.lastIndexOf("/"));
  if (!src.startsWith("^") || !/(^|[^\\])\$$/.test(src)) return true;
  return /(^|[^\\])\./.test(src.replace(/\[[^\]]*\]/g, ""));
}

/** Property names that say the value is a secret or identifies the user's session. */
const SENSITIVE_KEY =
  /token|secret|passw|pwd|auth|session|cookie|jwt|cred|key|sid|bearer|otp|pin\b|ssn|card/i;
/** A message listener's test that the sender is this very window. */
const SELF_SOURCE =
  /\bsource\s*===?\s*(window|self|globalThis)\b|\b(window|self|globalThis)\s*===?\s*\w+\.source\b/;
/** Keys a resizing or positioning message reports its figures under. */
const LAYOUT_KEY =
  /^(height|width|top|left|right|bottom|scroll(Top|Left|Height|Width|X|Y)|offset(Top|Left|Height|Width)|x|y)$/;
/** Layout figures a frame reports to its embedder (iframe resizing): numbers, no user data. */
const LAYOUT = /\.(scroll|offset|client)(Height|Width|Top|Left)$|^(window\.)?(inner|outer)(Height|Width)$/;

/**
 * A message that carries nothing to leak: every value a literal, a clock reading or a layout figure, under no
 * secret-named key. "layout" for the embed-resizing protocol (a framed page tells whatever page embeds it how tall
 * it is, and cannot know that page's origin, so '*' is the protocol's target: not reported); "constant" for status
 * pings and commands (`'ready'`, `{ type: 'ready' }`, `{ event: 'loaded', at: Date.now() }`): nothing in them is
 * worth reading for whatever page receives them, so neither is reported. Undefined for anything else (the rule's
 * verdict by level).
 */
function harmlessMessage(msg: SyntaxNode, ctx: JsContext): "layout" | "constant" | undefined {
  if (/^(string|number|true|false|null)$/.test(msg.type))
    return SENSITIVE_KEY.test(ctx.stringValue(msg) ?? ctx.text(msg)) ? undefined : "constant";
  if (msg.type !== "object") return undefined;
  let layout = false;
  const ok = namedChildren(msg).every((p) => {
    if (p.type === "comment") return true;
    // `{ type: 'resize', height }`: a size or position under its own name.
    if (p.type === "shorthand_property_identifier") return LAYOUT_KEY.test(ctx.text(p)) && (layout = true);
    if (p.type !== "pair") return false;
    const key = ctx.text(field(p, "key") ?? p).replace(/['"]/g, "");
    const value = field(p, "value");
    if (SENSITIVE_KEY.test(key) || !value) return false;
    const text = ctx.text(value).replace(/\s+/g, "");
    if (LAYOUT.test(text)) return (layout = true);
    // `height: h`, `width: Math.ceil(r.width)`: a figure under a layout key (a number, whatever names it).
    if (LAYOUT_KEY.test(key) && /^[\w$.()]+$/.test(text) && !SENSITIVE_KEY.test(text)) return (layout = true);
    if (/^(Date\.now|performance\.now)\(\)$/.test(text)) return true;
    return (
      /^(string|number|true|false|null)$/.test(value.type) &&
      !SENSITIVE_KEY.test(ctx.stringValue(value) ?? "") &&
      ctx.level(value, "message") === Level.CONST
    );
  });
  return !ok ? undefined : layout ? "layout" : "constant";
}

/** The name a destructuring pattern's text binds the event's origin to (`origin`, or `from` in `origin: from`). */
function originIn(names: string): string | undefined {
  return (
    /\borigin\s*:\s*([A-Za-z_$][\w$]*)/.exec(names)?.[1] ?? (/\borigin\b/.test(names) ? "origin" : undefined)
  );
}

/**
 * The event's fields a message listener reads: `e.data`, `const { data } = e`, or a destructured parameter
 * (`({ origin, data }) => ...`). Returns whether it reads the data, and the name its origin is read under when the
 * parameter is destructured (`origin`), so that a check of that name counts as an origin check.
 */
function listenerReads(
  fn: SyntaxNode,
  ctx: JsContext,
): { data: boolean; originName?: string; pattern?: string; names?: string } {
  const params = field(fn, "parameters") ?? field(fn, "parameter");
  const first =
    params?.type === "formal_parameters"
      ? namedChildren(params).find((c) => c.type !== "comment")
      : (params ?? undefined);
  const body = ctx.text(field(fn, "body") ?? fn);
  const pattern = first ? (field(first, "pattern") ?? first) : undefined;
  if (pattern?.type === "object_pattern") {
    const names = ctx.text(pattern);
    return { data: /\bdata\b/.test(names), originName: originIn(names), names };
  }
  if (/\.data\b/.test(body)) return { data: true };
  const name = pattern?.type === "identifier" ? ctx.text(pattern) : undefined;
  if (!name) return { data: false };
  // `const { data, origin } = event;`
  const destructured = new RegExp(`\\{([^}]*)\\}\\s*=\\s*${name.replace(/\$/g, "\\$")}\\s*[;\\n]`).exec(body);
  if (!destructured) return { data: false };
  const names = destructured[1]!;
  return { data: /\bdata\b/.test(names), originName: originIn(names), pattern: destructured[0], names };
}

/**
 * How a message listener treats the sender: "checked" when it reads no event data or compares the origin (or
 * source) exactly, "weak" when every look at the origin is a substring or prefix test, "unchecked" otherwise.
 */
function listenerVerdict(fn: SyntaxNode, ctx: JsContext): "checked" | "weak" | "unchecked" {
  const body = ctx.text(fn);
  const reads = listenerReads(fn, ctx);
  if (!reads.data) return "checked";
  // `({ source, data }) => { if (source === window && data === token) ... }`: the sender's window destructured and
  // compared exactly, as `e.source === window` is (a message this very window posted).
  const sourceName = /(?:^|[{,\s])source(?:\s*:\s*([\w$]+))?\s*[,}=]/.exec(reads.names ?? "");
  if (sourceName) {
    const name = (sourceName[1] ?? "source").replace(/\$/g, "\\$");
    if (new RegExp(`(?<![\\w$.])${name}\\s*[!=]==|[!=]==\\s*${name}(?![\\w$])`).test(body)) return "checked";
  }
  if (reads.originName) {
    // The origin destructured under a name: every use of that name after the pattern.
    const inner = ctx.text(field(fn, "body") ?? fn).replace(reads.pattern ?? "", "");
    const name = reads.originName.replace(/\$/g, "\\$");
    const uses = inner.match(new RegExp(`(?<![\\w$.])${name}\\b(\\s*\\.\\s*\\w+)?`, "g")) ?? [];
    if (uses.length && uses.every((u) => /\.\s*(indexOf|includes|startsWith|endsWith|search)$/.test(u)))
      return "weak";
    if (uses.length) return "checked";
  }
  if (weakOriginOnly(body)) return "weak";
  // `e.data.source` / `data.origin`: fields of the message itself, not the sender's window or origin.
  return /\.origin\b|\.source\b/.test(body.replace(/\bdata\s*\.\s*(origin|source)\b/g, "data.$1_"))
    ? "checked"
    : "unchecked";
}

/** Names a window goes by: the globals, frame and popup handles, and the `root` / `scope` aliases of UMD code. */
const WINDOW_NAME =
  /(^|[.$_])(window|win|self|globalThis|global|top|parent|opener|frames?|contentWindow|defaultView|popup|root|scope|target|[wg])$/i;

/**
 * The receiver of `x.addEventListener('message', ...)` is some other object than a window: `this.encoder`, a
 * `client` an RPC call returned, `channel.port1`. Only a window hears other origins' messages; a window is held
 * under a window-like name or made from one (`const scope = typeof window !== 'undefined' ? window : self`).
 */
function notAWindow(recv: SyntaxNode, ctx: JsContext): boolean {
  const text = ctx.text(recv);
  if (WINDOW_NAME.test(text)) return false;
  if (!/^(this\.)?[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(text)) return false;
  const made = recv.type === "identifier" ? ctx.resolve(recv) : undefined;
  if (made && made !== recv && /\b(window|self|globalThis|global|contentWindow)\b/.test(ctx.text(made)))
    return false;
  // An unresolved plain parameter (`function listen(target) {...}`) may be handed a window.
  if (recv.type === "identifier" && (!made || made === recv)) return false;
  return true;
}

/** Reports a window message handler (`onmessage = ...`) or listener that does not check who sent the message. */
/**
 * A worker script: it loads code with `importScripts(...)` or answers with a worker's `postMessage(data)` (one
 * argument, or a transfer list: a window's postMessage needs a target origin). There the global scope's message
 * events come only from the page that created the worker.
 */
/** `const ctx = self; ctx.addEventListener(...)`: a local bound to the global scope itself (`self`/`globalThis`). */
function selfAlias(recv: SyntaxNode | null | undefined, ctx: JsContext): boolean {
  if (recv?.type !== "identifier") return false;
  const made = ctx.resolve(recv);
  return !!made && made !== recv && /^(self|globalThis)$/.test(ctx.text(made));
}

const workerScript = perTree((ctx: JsContext): boolean =>
  ctx.tree.nodes.some((n) => {
    if (n.type !== "call_expression") return false;
    const callee = ctx.callee(n);
    if (callee === "importScripts") return true;
    const f = field(n, "function");
    const recv = f?.type === "member_expression" ? field(f, "object") : undefined;
    if (
      !/^((self|globalThis)\.)?postMessage$/.test(callee) &&
      !(ctx.method(n) === "postMessage" && selfAlias(recv, ctx))
    )
      return false;
    const args = ctx.args(n);
    // `self.postMessage(data, transferList)`: a transfer list passed by name (a window's second argument is the
    // target origin, never a list of transferables).
    return (
      args.length === 1 ||
      (args.length === 2 &&
        (args[1]!.type === "array" ||
          (args[1]!.type === "identifier" && /transfer/i.test(ctx.text(args[1]!)))))
    );
  }),
);

/**
 * A browser extension's `chrome.runtime.onMessageExternal.addListener((msg, sender, reply) => ...)` (or
 * `onConnectExternal`, and `browser.runtime.*`): any other extension, and any site the manifest's
 * externally_connectable lists, may send to it. The listener checks its sender when it compares `sender.id`,
 * `sender.origin` or `sender.url` (`port.sender` for a connection), or hands the sender to a function of its own.
 */
function externalListenerUnchecked(node: SyntaxNode, ctx: JsContext): boolean {
  if (!/^(chrome|browser)\.runtime\.on(Message|Connect)External\.addListener$/.test(ctx.callee(node)))
    return false;
  const fn = ctx.args(node)[0];
  const handler = fn?.type === "identifier" ? (ctx.functionNamed(ctx.text(fn)) ?? ctx.resolve(fn)) : fn;
  if (!handler || !/function|arrow_function/.test(handler.type)) return false;
  const params = field(handler, "parameters") ?? field(handler, "parameter");
  const names = params
    ? params.type === "identifier"
      ? [params]
      : namedChildren(params).filter((c) => c.type !== "comment")
    : [];
  const connect = /Connect/.test(ctx.callee(node));
  // onMessageExternal's sender is the second parameter; a connection's port carries it as `port.sender`.
  const holder = names[connect ? 0 : 1];
  if (!holder) return true;
  const body = ctx.text(field(handler, "body") ?? handler);
  if (holder.type !== "identifier") return !/\b(id|origin|url)\b/.test(ctx.text(holder));
  const name = ctx.text(holder).replace(/\$/g, "\\$");
  const sender = connect ? `${name}\\s*\\.\\s*sender` : name;
  // `sender.id !== TRUSTED`, `ALLOWED.includes(sender.origin)`, `new URL(sender.url).origin === ...`, or
  // `isTrusted(sender)`: something looks at who sent the message (`sender.tab` only says where it came from).
  const looked = new RegExp(
    `${sender}\\s*(\\?\\.|\\.)\\s*(id|origin|url)\\b|\\(\\s*${sender}\\s*[,)]|\\{[^}]*\\b(id|origin|url)\\b[^}]*\\}\\s*=\\s*${sender}\\b`,
  );
  return !looked.test(body);
}

function reportListener(
  node: SyntaxNode,
  fn: SyntaxNode,
  kind: "handler" | "listener",
  ctx: JsContext,
  report: (r: { node: SyntaxNode; message: string }) => void,
): void {
  const verdict = listenerVerdict(fn, ctx);
  if (verdict === "checked") return;
  // A weak check is reported where it is written (`if (e.origin.indexOf('example.com') !== -1)`): that test is
  // the line to fix.
  const weakTest =
    verdict === "weak"
      ? ctx.tree.nodes.find(
          (n) =>
            n.type === "call_expression" &&
            n.start >= fn.start &&
            n.end <= fn.end &&
            ((/\.\s*(indexOf|includes|startsWith|endsWith|search)$/.test(ctx.callee(n)) &&
              /(^|[^\w$])([\w$]+\.)*origin\s*\.\s*\w+$/.test(ctx.callee(n))) ||
              (ctx.method(n) === "test" && /\.origin$/.test(ctx.text(ctx.args(n)[0] ?? n)))),
        )
      : undefined;
  report({
    node: weakTest ?? node,
    message:
      verdict === "weak"
        ? `message ${kind} checks event.origin only with a substring or prefix test`
        : `message ${kind} uses event data without checking event.origin`,
  });
}

export default jsRule({
  meta: {
    id: "JS-MSG-001",
    title: "postMessage to any origin",
    // CWE-346 (origin validation error, a child of CWE-345): a listener that does not check, or only weakly checks,
    // who sent the message.
    cwe: ["CWE-345", "CWE-346", "CWE-201"],
    severity: "MEDIUM",
    severity_variants: [
      { severity: "LOW", when: "the message posted to any origin is a constant under a secret-like name" },
    ],
    docs: {
      what_it_does:
        "Flags window.postMessage / contentWindow.postMessage with the target origin '*'; MEDIUM when the message carries non-literal data, LOW for constant messages under a secret-like name. Status pings (literals under ordinary keys, clock readings) and layout figures (heights, widths, scroll positions: the embed-resizing protocol) are not reported: they leak nothing. Also flags message listeners that use event data without checking event.origin.",
      why_bad:
        "With '*' the browser delivers the message to whatever page is loaded in the target window, including an attacker's page after a redirect: data leaks cross-origin.",
      example_bad: "function share(win, session) {\n  win.postMessage({ token: session.token }, '*');\n}",
      example_good:
        "function share(win, session) {\n  win.postMessage({ token: session.token }, 'https://app.example.com');\n}",
    },
    fix_hint: "Pass the exact expected origin as targetOrigin.",
  },
  trigger: /postMessage|['"]message['"]|onmessage|on(Message|Connect)External/,
  nodeTypes: ["call_expression", "assignment_expression"],
  detect(node, ctx, report) {
    if (node.type === "assignment_expression") {
      // `window.onmessage = (e) => ...`: the property form of a message listener.
      const target = ctx.text(field(node, "left") ?? node);
      if (!/^((window|self|globalThis)\.)?onmessage$/.test(target)) return;
      if (!/^window\./.test(target) && workerScript(ctx)) return;
      const fn = field(node, "right");
      if (!fn || !/function|arrow_function/.test(fn.type)) return;
      reportListener(node, fn, "handler", ctx, report);
      return;
    }
    // jQuery's `$(window).on('message', fn)`: fn gets the window's MessageEvent as `e.originalEvent`.
    if (
      node.type === "call_expression" &&
      /^(on|bind|one)$/.test(ctx.method(node)) &&
      ctx.stringValue(ctx.args(node)[0]) === "message"
    ) {
      const recv = field(field(node, "function") ?? node, "object");
      const fn = ctx.args(node)[ctx.args(node).length - 1];
      if (
        recv?.type === "call_expression" &&
        /^(\$|jQuery)$/.test(ctx.callee(recv)) &&
        /^(window|self)$/.test(ctx.text(ctx.args(recv)[0] ?? recv)) &&
        fn &&
        /function|arrow_function/.test(fn.type)
      )
        reportListener(node, fn, "listener", ctx, report);
      return;
    }
    if (node.type === "call_expression" && externalListenerUnchecked(node, ctx)) {
      report({ node, message: "extension's external message listener acts without checking the sender" });
      return;
    }
    if (ctx.method(node) === "addEventListener" && ctx.stringValue(ctx.args(node)[0]) === "message") {
      // A WebSocket, EventSource, worker or MessagePort delivers messages from the one endpoint it is connected
      // to: there is no other origin to check (only a window's listener hears every frame).
      const callee = field(node, "function");
      const recv = callee?.type === "member_expression" ? field(callee, "object") : undefined;
      const made = recv ? (ctx.resolve(recv) ?? recv) : undefined;
      if (
        recv &&
        (/(socket|\bws|worker|port\d?|channel|eventSource)$/i.test(ctx.text(recv)) ||
          (made?.type === "new_expression" &&
            /(WebSocket|EventSource|Worker|SharedWorker|BroadcastChannel)$/.test(
              ctx.text(field(made, "constructor") ?? made),
            )))
      )
        return;
      if (recv && notAWindow(recv, ctx)) return;
      // The global scope of a worker script hears only the page that created it.
      if ((!recv || /^(self|globalThis)$/.test(ctx.text(recv)) || selfAlias(recv, ctx)) && workerScript(ctx))
        return;
      // A message listener that never looks at event.origin acts on any window's messages.
      const handler = ctx.args(node)[1];
      const fn =
        handler?.type === "identifier"
          ? (ctx.functionNamed(ctx.text(handler)) ?? ctx.resolve(handler))
          : handler;
      if (!fn || !/function|arrow_function/.test(fn.type)) return;
      reportListener(node, fn, "listener", ctx, report);
      return;
    }
    if (ctx.method(node) !== "postMessage") return;
    const args = ctx.args(node);
    // The target written in place or through a constant (`const TARGET = '*'`).
    if (args.length < 2 || ctx.constValue(args[1]) !== "*") return;
    // `window.postMessage(token, '*')` in a file whose listener takes only its own window's messages (`source ===
    // window`): a setImmediate shim or in-page bus posting to itself; no other origin's page is the target.
    const target = field(field(node, "function") ?? node, "object");
    if (target && /^(window|self|globalThis)$/.test(ctx.text(target)) && sourceHas(ctx.tree, SELF_SOURCE))
      return;
    const harmless = harmlessMessage(args[0]!, ctx);
    // Layout figures (the embed-resizing protocol) and status pings with nothing secret in them leak nothing.
    if (harmless) return;
    const constant = ctx.level(args[0], "message") === Level.CONST;
    report({ node, severity: constant ? "LOW" : "MEDIUM", message: "message sent to any origin ('*')" });
  },
  cases: {
    valid: [
      "window.addEventListener('message', (e) => {\n  if (!/^https:\\/\\/(app|admin)\\.example\\.com$/.test(e.origin)) return;\n  apply(e.data);\n});",
      "importScripts('bigint.js');\nself.addEventListener('message', function (e) {\n  self.postMessage(findPrime(e.data));\n});",
      "onmessage = (e) => {\n  const out = resize(e.data.pixels);\n  postMessage(out, [out.buffer]);\n};",
      "const TARGET = 'https://a.example';\nfunction share(win, s) {\n  win.postMessage({ token: s.token }, TARGET);\n}",
      "win.postMessage(data, 'https://a.example');",
      "window.addEventListener('message', (e) => { if (e.origin !== 'https://a.example') return; show(e.data); });",
      "window.onmessage = (e) => { if (e.origin === ORIGIN) show(e.data); };",
      "worker.onmessage = (e) => show(e.data);",
      "window.parent.postMessage({ type: 'resize', height: document.body.scrollHeight }, '*');",
      "window.addEventListener('message', ({ origin, data }) => { if (origin !== 'https://a.example') return; show(data); });",
      "window.addEventListener('message', (e) => { const { data, origin: from } = e; if (from === ORIGIN) show(data); });",
      "parent.postMessage({ frame: 'help', width: window.innerWidth, at: Date.now() }, '*');",
      // Status pings and sizes carry nothing to leak.
      "frame.contentWindow?.postMessage({ type: 'ready' }, '*');",
      "window.parent.postMessage('ready', '*');",
      // The page's own window: a setImmediate shim posting its token to itself.
      "const tick = ((token) => {\n  window.addEventListener('message', ({ source, data }) => {\n    if (source === window && data === token) run();\n  });\n  return (cb) => window.postMessage(token, '*');\n})('shim@' + Math.random());",
      "function reportSize(height) {\n  window.parent.postMessage({ type: 'resize', height }, '*');\n}",
      "const OK = ['https://a.example'];\nwindow.addEventListener('message', (e) => { if (!OK.includes(e.origin)) return; show(e.data); });",
      "$(window).on('message', function (e) {\n  if (e.originalEvent.origin !== 'https://a.example') return;\n  show(e.originalEvent.data);\n});",
      // External extension messages whose sender is checked.
      "chrome.runtime.onMessageExternal.addListener((msg, sender, reply) => {\n  if (sender.id !== TRUSTED_ID) return;\n  reply(token);\n});",
      "chrome.runtime.onMessageExternal.addListener(function (msg, sender, reply) {\n  if (!ORIGINS.includes(sender.origin)) return;\n  reply(history);\n});",
      "browser.runtime.onConnectExternal.addListener((port) => {\n  if (port.sender?.id !== TRUSTED_ID) return port.disconnect();\n  port.onMessage.addListener((m) => port.postMessage(m));\n});",
      "chrome.runtime.onMessage.addListener((msg, sender, reply) => reply(msg.q));",
    ],
    invalid: [
      {
        code: "window.addEventListener('message', (e) => {\n  if (!/https:\\/\\/.*example.com/.test(e.origin)) return;\n  apply(e.data);\n});",
        line: 2,
      },
      // (a page: its postMessage names a target origin, so `self` is the window and hears every frame)
      "self.addEventListener('message', function (e) {\n  document.getElementById('out').innerHTML = e.data.html;\n});\nwindow.parent.postMessage({ ready: true }, 'https://app.example.com');",
      "const TARGET = '*';\nfunction share(win, s) {\n  win.postMessage({ token: s.token }, TARGET);\n}",
      "function f(w, d) { w.postMessage(d, '*'); }",
      "function f(d) { window.postMessage(d, '*'); }",
      "window.opener.postMessage({ type: 'login', token: 'static' }, '*');",
      "function f(t) {\n  parent.postMessage({ type: 'resize', height: document.body.scrollHeight, token: t }, '*');\n}",
      "function f(user) {\n  parent.postMessage({ type: 'resize', height: 10, email: user.email }, '*');\n}",
      "parent.postMessage(document.cookie, '*');",
      "function share(frame, s) {\n  frame.contentWindow.postMessage({ token: s.accessToken }, '*');\n}",
      "window.addEventListener('message', (e) => { document.title = e.data.title; });",
      "window.onmessage = function (e) { eval(e.data); };",
      "window.addEventListener('message', (e) => { if (e.origin.indexOf('a.example') < 0) return; show(e.data); });",
      "function onMsg(e) { run(e.data.cmd); }\nwindow.addEventListener('message', onMsg);",
      "window.addEventListener('message', (event) => {\n  const { data } = event;\n  location.href = data.url;\n});",
      "window.addEventListener('message', ({ data }) => { run(data); });",
      "window.addEventListener('message', ({ origin, data }) => { if (!origin.endsWith('a.example')) return; run(data); });",
      "window.parent.postMessage('token', '*');",
      "chrome.runtime.onMessageExternal.addListener((msg, sender, reply) => {\n  chrome.storage.local.get('token', (d) => reply(d.token));\n  return true;\n});",
      "$(window).on('message', function (e) {\n  $('#out').text(e.originalEvent.data.msg);\n});",
      "function onExternal(req, sender, sendResponse) {\n  chrome.tabs.executeScript(sender.tab.id, { file: 'x.js' });\n  sendResponse(req.q);\n}\nchrome.runtime.onMessageExternal.addListener(onExternal);",
      "chrome.runtime.onConnectExternal.addListener((port) => {\n  port.onMessage.addListener((m) => chrome.bookmarks.search(m.q, (r) => port.postMessage(r)));\n});",
    ],
  },
});
