import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "typescript", rules: ["JS-TABNAB-001"] }).findings.map((f) => f.line);

describe("JS-TABNAB-001 (TypeScript)", () => {
  it("takes a parameter typed HTMLAnchorElement as an anchor when its target is set to _blank", () => {
    const fn = (href: string, extra = "") =>
      `const PARTNER = 'https://partner.site.com/offers';\nexport function open(a: HTMLAnchorElement) {\n  a.href = ${href};\n${extra}  a.target = '_blank';\n}\n`;
    expect(lines(fn("PARTNER"))).toEqual([4]);
    expect(lines(fn("'/docs/intro'"))).toEqual([]);
    expect(lines(fn("PARTNER", "  a.rel = 'noopener';\n"))).toEqual([]);
    // An element of another kind, or one whose type is not given, is not known to be a link.
    expect(lines(fn("PARTNER").replace("HTMLAnchorElement", "HTMLElement"))).toEqual([]);
  });
});
