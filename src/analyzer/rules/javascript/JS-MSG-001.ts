import { Level } from "../../dataflow/python.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/**
 * Every look at the origin is a substring, prefix or suffix test (`e.origin.indexOf('trusted.com')`,
 * `e.origin.startsWith('https://trusted.com')`): `https://trusted.com.evil.net` passes them all. An equality, an
 * allow-list lookup (`ALLOWED.includes(e.origin)`) or a regular expression counts as a real check.
 */
function weakOriginOnly(body: string): boolean {
  const uses = body.match(/[\w$.]*\.origin\b(\s*\.\s*\w+)?/g) ?? [];
  if (!uses.length || /\.source\b/.test(body)) return false;
  return uses.every((u) => /\.origin\s*\.\s*(indexOf|includes|startsWith|endsWith|search)$/.test(u));
}

export default jsRule({
  meta: {
    id: "JS-MSG-001",
    title: "postMessage to any origin",
    cwe: ["CWE-345", "CWE-201"],
    severity: "MEDIUM",
    severity_variants: [{ severity: "LOW", when: "the message posted to any origin is a constant" }],
    docs: {
      what_it_does:
        "Flags window.postMessage / contentWindow.postMessage with the target origin '*'; MEDIUM when the message carries non-literal data, LOW for constant messages.",
      why_bad:
        "With '*' the browser delivers the message to whatever page is loaded in the target window, including an attacker's page after a redirect: data leaks cross-origin.",
      example_bad: "function share(win, session) {\n  win.postMessage({ token: session.token }, '*');\n}",
      example_good:
        "function share(win, session) {\n  win.postMessage({ token: session.token }, 'https://app.example.com');\n}",
    },
    fix_hint: "Pass the exact expected origin as targetOrigin.",
  },
  trigger: /postMessage|['"]message['"]|onmessage/,
  nodeTypes: ["call_expression", "assignment_expression"],
  detect(node, ctx, report) {
    if (node.type === "assignment_expression") {
      // `window.onmessage = (e) => ...`: the property form of a message listener.
      if (!/^((window|self|globalThis)\.)?onmessage$/.test(ctx.text(field(node, "left") ?? node))) return;
      const fn = field(node, "right");
      if (!fn || !/function|arrow_function/.test(fn.type)) return;
      const body = ctx.text(fn);
      if (!/\.data\b/.test(body)) return;
      if (!weakOriginOnly(body) && /\.origin\b|\.source\b/.test(body)) return;
      report({ node, message: "message handler uses event data without checking event.origin" });
      return;
    }
    if (ctx.method(node) === "addEventListener" && ctx.stringValue(ctx.args(node)[0]) === "message") {
      // A message listener that never looks at event.origin acts on any window's messages.
      const handler = ctx.args(node)[1];
      const fn =
        handler?.type === "identifier"
          ? (ctx.functionNamed(ctx.text(handler)) ?? ctx.resolve(handler))
          : handler;
      if (!fn || !/function|arrow_function/.test(fn.type)) return;
      const body = ctx.text(fn);
      if (!/\.data\b/.test(body)) return;
      if (weakOriginOnly(body)) {
        report({
          node,
          message: "message listener checks event.origin only with a substring or prefix test",
        });
        return;
      }
      if (/\.origin\b|\.source\b/.test(body)) return;
      report({ node, message: "message listener uses event data without checking event.origin" });
      return;
    }
    if (ctx.method(node) !== "postMessage") return;
    const args = ctx.args(node);
    if (args.length < 2 || ctx.stringValue(args[1]) !== "*") return;
    const constant = ctx.level(args[0], "message") === Level.CONST;
    report({ node, severity: constant ? "LOW" : "MEDIUM", message: "message sent to any origin ('*')" });
  },
  cases: {
    valid: [
      "win.postMessage(data, 'https://a.example');",
      "window.addEventListener('message', (e) => { if (e.origin !== 'https://a.example') return; show(e.data); });",
      "window.onmessage = (e) => { if (e.origin === ORIGIN) show(e.data); };",
      "worker.onmessage = (e) => show(e.data);",
      "const OK = ['https://a.example'];\nwindow.addEventListener('message', (e) => { if (!OK.includes(e.origin)) return; show(e.data); });",
    ],
    invalid: [
      "function f(w, d) { w.postMessage(d, '*'); }",
      "function share(frame, s) {\n  frame.contentWindow.postMessage({ token: s.accessToken }, '*');\n}",
      "window.addEventListener('message', (e) => { document.title = e.data.title; });",
      "window.onmessage = function (e) { eval(e.data); };",
      "window.addEventListener('message', (e) => { if (e.origin.indexOf('a.example') < 0) return; show(e.data); });",
      "function onMsg(e) { run(e.data.cmd); }\nwindow.addEventListener('message', onMsg);",
    ],
  },
});
