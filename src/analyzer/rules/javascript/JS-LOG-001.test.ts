import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-LOG-001"] }).findings.map((f) => f.line);

describe("JS-LOG-001", () => {
  it("takes a Lambda handler's whole event argument for an object util.inspect escapes, its body text for input", () => {
    const code = [
      "exports.consume = async (event) => {",
      "  console.log('event received:', event);",
      "  console.log('body: ' + event.body);",
      "  return { statusCode: 200 };",
      "};",
      "exports.other = async function (evt, context) {",
      "  console.log('got', evt);",
      "};",
    ].join("\n");
    expect(lines(code)).toEqual([3]);
  });
});

describe("JS-LOG-001: printf-style numbers", () => {
  it("leaves request values a format prints with %d or %j, not one it prints with %s", () => {
    const code = [
      "app.get('/w', (req, res) => {",
      "  console.log('waiting %d seconds for %s', req.query.wait, req.query.who);",
      "  console.log('filters: %j', req.query.f);",
      "  res.end();",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([2]);
  });
});

describe("JS-LOG-001: inspected values", () => {
  it("leaves a value printed through util.inspect, not the raw value", () => {
    const code = [
      "const util = require('util');",
      "app.get('/c', (req, res) => {",
      "  console.log(`lookup: ${util.inspect(req.query.key)}`);",
      "  console.log(`lookup: ${req.query.key}`);",
      "  res.end();",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([4]);
  });
});

describe("JS-LOG-001: values that hold no line break", () => {
  it("leaves parsed URL parts, a URL's text and one-line values wrapped, and keeps a body field", () => {
    const code = [
      "app.post('/hook', (req, res) => {",
      "  const at = Buffer.from(String(req.ip ?? ''), 'utf8');",
      "  console.warn('bad signature from ' + at);",
      "  console.warn('agent ' + req.get('user-agent'));",
      "  const u = new URL(req.body.link);",
      "  console.info(`link to ${u.hostname}${u.pathname}`);",
      "  console.info(`link ${u.toString()}`);",
      "  console.info('request ' + req.url.toString());",
      "  console.info('title ' + req.body.title);",
      "  res.end();",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([4, 9]);
  });
});

describe("JS-LOG-001: header values as received", () => {
  const found = (code: string) =>
    analyzeSync(code, { language: "javascript", rules: ["JS-LOG-001"] }).findings.map((f) => [
      f.line,
      f.severity,
    ]);
  it("keeps a header's value (no CR/LF passes the HTTP parser) as a LOW hint, a decoded one or a body field MEDIUM", () => {
    const code = [
      "app.post('/hook', (req, res) => {",
      "  const sent = Buffer.from(String(req.headers['x-signature'] ?? ''), 'utf8');",
      "  console.warn('signature did not match: ' + sent);",
      "  console.warn(`delivery ${req.get('x-delivery') || 'none'}`);",
      "  console.warn('label ' + decodeURIComponent(req.headers['x-label']));",
      "  console.warn('ua ' + req.headers['user-agent'] + ' title ' + req.body.title);",
      "  res.end();",
      "});",
    ].join("\n");
    expect(found(code)).toEqual([
      [3, "LOW"],
      [4, "LOW"],
      [5, "MEDIUM"],
      [6, "MEDIUM"],
    ]);
  });
});

describe("JS-LOG-001: a header map handed on", () => {
  it("takes a handler's headers parameter's value for a header as received (LOW)", () => {
    const code = [
      "function check(headers, req) {",
      "  const sig = Buffer.from(headers['x-hub-signature'], 'utf8');",
      "  console.warn('bad signature ' + sig);",
      "}",
      "app.post('/h', (req, res) => { check(req.headers, req); res.end(); });",
    ].join("\n");
    expect(
      analyzeSync(code, { language: "javascript", rules: ["JS-LOG-001"] }).findings.map((f) => f.severity),
    ).not.toContain("MEDIUM");
  });
  it("takes the request object handed whole as a logger's metadata for an object, its query text for input", () => {
    const code = [
      "app.get('/r', (req, res) => {",
      "  logger.debug('rendering report', req);",
      "  logger.info('report for ' + req.query.name);",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([3]);
  });
});
