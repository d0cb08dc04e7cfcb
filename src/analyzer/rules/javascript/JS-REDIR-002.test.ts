import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-REDIR-002"] }).findings.map((f) => f.line);

describe("JS-REDIR-002", () => {
  it("takes a URL led by the page's own full address for the page's origin, not one led by its origin alone", () => {
    const code = [
      "function onClick(e) {",
      "  const here = window.location.href.split('#')[0];",
      "  window.location.href = here + '#' + e.target.id;",
      "}",
      "function setFragment(fragment) {",
      "  const href = location.href.replace(/#.*$/, '');",
      "  location.replace(href + '#' + fragment);",
      "  location.href = `${location.href}&tab=${location.hash.slice(1)}`;",
      "}",
      "function away() {",
      "  const q = new URLSearchParams(location.search);",
      "  location.href = location.origin + q.get('to');",
      "  location.href = q.get('to') + location.href;",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([12, 13]);
  });
});
