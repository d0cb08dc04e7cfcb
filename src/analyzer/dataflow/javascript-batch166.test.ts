import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["javascript", "typescript"]);
});

const lines = (code: string, rule: string) =>
  analyzeSync(code, { language: "javascript", rules: [rule] })
    .findings.filter((f) => f.rule_id === rule && f.severity !== "LOW")
    .map((f) => f.line);

describe("JavaScript request sources (batch 166): an HTTP client class's own request", () => {
  it("takes the request a fetcher class's method is handed for its caller's, read whole or destructured", () => {
    const code = [
      "class ConfigFetcher {",
      "  async fetchConfig(request, attempt) {",
      "    const { url } = request;",
      "    console.log(`[${attempt}] GET ${request.url}`);",
      "    return fetch(url);",
      "  }",
      "}",
      "module.exports = { ConfigFetcher };",
    ].join("\n");
    expect(lines(code, "JS-SSRF-001")).toEqual([]);
    expect(lines(code, "JS-LOG-001")).toEqual([]);
  });

  it("keeps a runtime's entry point, a handler-named method, a method beside a response and a class that sends nothing", () => {
    const worker = [
      "export class Relay {",
      "  async fetch(request) {",
      "    const target = new URL(request.url).searchParams.get('to');",
      "    return fetch(target);",
      "  }",
      "}",
    ].join("\n");
    expect(lines(worker, "JS-SSRF-001")).toEqual([4]);
    const withResponse = [
      "const https = require('https');",
      "class Proxy {",
      "  forward(request, response) {",
      "    https.get(request.query.to, (up) => up.pipe(response));",
      "  }",
      "}",
      "module.exports = Proxy;",
    ].join("\n");
    expect(lines(withResponse, "JS-SSRF-001")).toEqual([4]);
    const noClient = [
      "const cp = require('child_process');",
      "class Jobs {",
      "  start(request) {",
      "    cp.exec('run ' + request.query.job);",
      "  }",
      "}",
      "module.exports = Jobs;",
    ].join("\n");
    expect(lines(noClient, "JS-CMDI-001")).toEqual([4]);
  });
});
