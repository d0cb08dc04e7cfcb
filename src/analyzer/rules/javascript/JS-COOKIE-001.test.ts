import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-COOKIE-001"] }).findings.map((f) => f.line);

describe("JS-COOKIE-001", () => {
  it("takes a language or theme preference readable by scripts for no secret, a session id for one", () => {
    const code = [
      "function setLanguage(ctx, lng, options) {",
      "  ctx.cookies.set(options.lookupCookie, lng, { httpOnly: false, signed: false });",
      "  ctx.cookies.set('ui', options.theme, { httpOnly: false });",
      "  ctx.cookies.set('session_id', options.sid, { httpOnly: false });",
      "}",
      "module.exports = { setLanguage };",
    ].join("\n");
    expect(lines(code)).toEqual([4]);
  });
});
