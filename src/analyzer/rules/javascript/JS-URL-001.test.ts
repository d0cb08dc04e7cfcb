import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-URL-001"] }).findings.map((f) => f.line);

describe("JS-URL-001", () => {
  it("leaves the page's own host picking a config, and a host picking how to read an id from the URL", () => {
    const code = [
      "function build() {",
      "  if (window.location.hostname.includes('staging')) return 'dev';",
      "  return 'prod';",
      "}",
      "function videoId(url) {",
      "  if (url.hostname.startsWith('youtube.com')) {",
      "    const q = new URLSearchParams(url.search);",
      "    return q.get('v');",
      "  } else if (url.hostname.startsWith('youtu.be')) {",
      "    return url.pathname.slice(1);",
      "  }",
      "}",
      "function allowed(u) {",
      "  if (u.hostname.startsWith('youtube.com')) {",
      "    return fetch(u.href);",
      "  }",
      "  if (u.hostname.includes('example.com')) return true;",
      "  if (e.origin.includes('example.com')) { return e.data.pathname; }",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([14, 17, 18]);
  });

  it("leaves a bare one-label prefix (a dev host) and keeps a scheme-and-host prefix", () => {
    const code = [
      "function localize(url, domain) {",
      "  if (!domain.startsWith('localhost')) url.hostname = domain;",
      "  return url;",
      "}",
      "const pick = (r) => (!r.hostname.startsWith('localhost') ? r.hostname : r.host);",
      "function trusted(origin) {",
      "  return origin.startsWith('https://app.example.com');",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([7]);
  });
});
