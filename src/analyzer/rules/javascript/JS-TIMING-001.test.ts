import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-TIMING-001"] }).findings.map((f) => f.line);

describe("JS-TIMING-001: content hashes and ledger ids", () => {
  it("leaves a cache entry's hash and a transaction hash, not a stored password hash", () => {
    const code = [
      "function read(cacheCandidate, hash) {",
      "  if (hash && cacheCandidate.hash !== hash) return null;",
      "  return cacheCandidate.data;",
      "}",
      "function own(utxos, txHash) { return utxos.find((u) => u.txHash === txHash); }",
      "function login(user, hash) { return user.passwordHash === hash; }",
    ].join("\n");
    expect(lines(code)).toEqual([6]);
  });
});

describe("JS-TIMING-001: a parser's lexer token", () => {
  it("leaves this.token compared with a separator in a file that tests tokens against EOF, keeps a request token", () => {
    const code = [
      "class Parser {",
      "  list(separator) {",
      "    while (this.token !== this.EOF) { if (this.token != separator) break; this.next(); }",
      "  }",
      "  check(token) { return this.token === token; }",
      "}",
      "app.use((req, res, next) => { if (req.get('x-token') !== this.token) return res.end(); next(); });",
    ].join("\n");
    expect(lines(code)).toEqual([7]);
  });
});

describe("JS-TIMING-001: a URL's fragment", () => {
  it("leaves a link compared with location.hash, keeps a stored token compared with the fragment", () => {
    const code = [
      "document.querySelectorAll('a').forEach((a) => { if (a.getAttribute('href') == location.hash) a.focus(); });",
      "if (window.location.hash !== link.hash) scrollTo(0, 0);",
      "function ok(user) { return user.resetToken == location.hash.slice(1); }",
      "function ok2(user) { return user.resetToken == window.location.hash; }",
    ].join("\n");
    expect(lines(code)).toEqual([3, 4]);
  });
});
