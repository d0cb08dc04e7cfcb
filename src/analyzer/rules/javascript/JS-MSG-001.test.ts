import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const findings = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-MSG-001"] }).findings.map((f) => ({
    line: f.line,
    cwe: f.cwe,
  }));

describe("JS-MSG-001", () => {
  it("cites the origin validation error for a listener that never checks the sender", () => {
    const code = [
      "window.addEventListener('message', (event) => {",
      "  localStorage.setItem('session', event.data.token);",
      "});",
    ].join("\n");
    expect(findings(code)).toEqual([{ line: 1, cwe: expect.arrayContaining(["CWE-346"]) }]);
  });
});

describe("JS-MSG-001 weak origin checks", () => {
  it("reports a substring test of event.origin on its own line", () => {
    const code = [
      "window.addEventListener('message', function (e) {",
      "  if (e.origin.indexOf('example.com') !== -1) {",
      "    document.cookie = 'prefs=' + encodeURIComponent(JSON.stringify(e.data));",
      "  }",
      "});",
    ].join("\n");
    expect(findings(code).map((f) => f.line)).toEqual([2]);
  });
});

describe("JS-MSG-001: a page's messages to itself", () => {
  it("takes a destructured source compared with the window for a sender check", () => {
    const code = [
      "const _global = typeof window !== 'undefined' ? window : globalThis;",
      "const _setImmediate = ((token, callbacks) => {",
      "  _global.addEventListener('message', ({ source, data }) => {",
      "    if (source === _global && data === token) {",
      "      callbacks.length && callbacks.shift()();",
      "    }",
      "  }, false);",
      "  return (cb) => { callbacks.push(cb); _global.postMessage(token, '*'); };",
      "})(`axios@${Math.random()}`, []);",
      "window.addEventListener('message', (e) => {",
      "  if (e.source === window && e.data === 'tick') run();",
      "});",
      "window.addEventListener('message', ({ data }) => {",
      "  document.body.innerHTML = data.html;",
      "});",
      "frame.contentWindow.postMessage({ html: draft.value }, '*');",
    ].join("\n");
    const found = analyzeSync(code, { language: "javascript", rules: ["JS-MSG-001"] }).findings.map(
      (f) => f.line,
    );
    // (CyberSecEval labels window.postMessage(x, '*') insecure even to the page's own window: line 8 stays)
    expect(found).toEqual([8, 13, 16]);
  });
});

describe("JS-MSG-001: message events that no other window sends", () => {
  it("leaves a listener on an RPC client, a member worker and a worker's named transfer list alone", () => {
    const code = [
      "async function query(rpc) {",
      "  const client = await rpc.open('ledger');",
      "  client.addEventListener('message', (msg) => done(JSON.parse(msg.data)));",
      "}",
      "class Recorder {",
      "  start(cb) { this.encoder.addEventListener('message', (e) => cb(e.data)); }",
      "}",
    ].join("\n");
    expect(findings(code)).toEqual([]);
    const worker = [
      "const send = (data, transferList) => self.postMessage(data, transferList);",
      "self.addEventListener('message', (e) => send(run(e.data)));",
    ].join("\n");
    expect(findings(worker)).toEqual([]);
  });

  it("still reports a window alias, a parameter, and a listener reading data.source", () => {
    const code = [
      "const scope = typeof window !== 'undefined' ? window : self;",
      "scope.addEventListener('message', (e) => run(e.data));",
      "function attach(target) { target.addEventListener('message', (e) => run(e.data)); }",
      "window.addEventListener('message', (e) => { if (e.data.type === 'run') new Function(e.data.source)(); });",
    ].join("\n");
    expect(findings(code).map((f) => f.line)).toEqual([2, 3, 4]);
  });
  it("takes a worker's message listener on a local bound to self for the owning page's, a window's stays", () => {
    const worker = [
      "const ctx = self;",
      "ctx.addEventListener('message', (event) => {",
      "  ctx.postMessage({ seq: event.data.seq, n: event.data.pixels.length });",
      "});",
    ].join("\n");
    expect(findings(worker)).toEqual([]);
    const page = [
      "const w = window;",
      "w.addEventListener('message', (event) => {",
      "  document.body.innerHTML = event.data.html;",
      "});",
    ].join("\n");
    expect(findings(page).map((f) => f.line)).toEqual([2]);
  });
});
