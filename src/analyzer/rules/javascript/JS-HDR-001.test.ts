import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "typescript", rules: ["JS-HDR-001"] }).findings.map((f) => f.line);

describe("JS-HDR-001 on TypeScript", () => {
  it("takes a value asserted to be a number for digits", () => {
    const code = [
      "export async function head(req: Request, store: { get(id: string): Promise<{ size?: unknown; note?: unknown }> }) {",
      "  const upload = await store.get(new URL(req.url).pathname);",
      "  const res = new Response(null, { status: 200 });",
      "  res.headers.set('Upload-Length', (upload.size as number).toString());",
      "  res.headers.set('Upload-Note', upload.note as string);",
      "  return res;",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([5]);
  });
});

describe("JS-HDR-001: encodeURI", () => {
  it("takes a name reassigned from encodeURI for percent-encoded text, a decoded URL for input", () => {
    const code = [
      "module.exports = (root) => (req, res, next) => {",
      "  let url = decodeURIComponent(req.url);",
      "  if (url.endsWith('/index.html')) {",
      "    url = encodeURI(url.replace(/index\\.html$/, ''));",
      "    res.statusCode = 301;",
      "    res.setHeader('Location', root + url);",
      "    return res.end();",
      "  }",
      "  res.setHeader('X-Path', root + url);",
      "  next();",
      "};",
    ].join("\n");
    const found = analyzeSync(code, { language: "javascript", rules: ["JS-HDR-001"] }).findings.map(
      (f) => f.line,
    );
    expect(found).toEqual([9]);
  });
});

describe("JS-HDR-001: an upstream response's headers read by a listed name", () => {
  it("takes response.headers.get(name) over a name list for a header copy, a query value beside it not", () => {
    const code = [
      "export async function proxy(req: any, url: string) {",
      "  const res = req.res;",
      "  const response = await fetch(url);",
      "  for (const header of ['content-type', 'etag', 'cache-control']) {",
      "    const result = response.headers.get(header);",
      "    if (result != null) res.header(header, result);",
      "  }",
      "  res.header('x-label', req.query.label);",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([8]);
  });
});

describe("JS-HDR-001: maps that gain nothing new", () => {
  const js = (code: string) =>
    analyzeSync(code, { language: "javascript", rules: ["JS-HDR-001"] }).findings.map((f) => f.line);
  it("takes an incoming map's entry moved to another key for no injection, a query value written in for one", () => {
    const code = [
      "function lift(headers) {",
      "  for (const header in headers) {",
      "    const key = header.toLowerCase().replace(/^x-app-/, '');",
      "    const value = parse(headers[header]);",
      "    delete headers[header];",
      "    headers[key] = value;",
      "  }",
      "  return headers;",
      "}",
      "const parse = (v) => (v === 'true' ? true : v);",
      "function tag(headers, q) {",
      "  const value = q.label;",
      "  headers['x-label'] = value;",
      "}",
      "app.get('/a', (req, res) => { lift(req.headers); tag(req.headers, req.query); res.end(); });",
    ].join("\n");
    expect(js(code)).toEqual([13]);
  });
  it("reads a header name bound to a constant, as the literal is: an Authorization header is a client's", () => {
    const code = [
      "const AUTH_HEADER = 'authorization';",
      "const withAuth = (config, headers) => {",
      "  headers[AUTH_HEADER] = `Bearer ${config.key}`;",
      "  return headers;",
      "};",
      "const withLang = (config, headers) => {",
      "  headers['Content-Language'] = config.lang;",
      "  return headers;",
      "};",
      "module.exports = { withAuth, withLang };",
    ].join("\n");
    expect(js(code)).toEqual([7]);
  });
});

describe("JS-HDR-001: a list of header names", () => {
  it("leaves an option's list of header names rewritten in place, not a headers map set from the query", () => {
    const code = [
      "function proxy(options: { suppressRequestHeaders: string[] }) {",
      "  options.suppressRequestHeaders.forEach((h, i) => {",
      "    options.suppressRequestHeaders[i] = h.toLowerCase();",
      "  });",
      "}",
      "function set(req: any, res: any) {",
      "  const headers: Record<string, string> = {};",
      "  headers[req.query.name] = req.query.value;",
      "  res.writeHead(200, headers);",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([8]);
  });
});

describe("JS-HDR-001: String() of a number", () => {
  it("leaves Content-Length = String(Buffer.byteLength(data)), keeps String() of request text", () => {
    const code = [
      "import express from 'express';",
      "const app = express();",
      "app.post('/relay', (req, res) => {",
      "  const headers: Record<string, string> = {};",
      "  const kwArgs = { data: JSON.stringify(req.body), headers };",
      "  headers['Content-Length'] = String(Buffer.byteLength(kwArgs.data, 'utf8'));",
      "  headers['X-File'] = String(req.query.name);",
      "  res.set(headers).send('ok');",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([7]);
  });
});
