import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-CODE-001"] }).findings.map((f) => f.line);

describe("JS-CODE-001: functions a headless page runs", () => {
  it("takes eval inside a page function (inline or bound to a name) for the browser's, eval here for this process's", () => {
    const code = [
      "const { chromium } = require('playwright');",
      "class Helper {",
      "  async waitEnabled(locator, $XPath, context) {",
      "    const enabledFn = function ([locator, $XPath]) {",
      "      eval($XPath);",
      "      return $XPath(null, locator).length > 0;",
      "    };",
      "    return context.waitForFunction(enabledFn, [locator, $XPath.toString()]);",
      "  }",
      "  async inline(context, code) {",
      "    return context.waitForFunction((c) => eval(c), code);",
      "  }",
      "  async local(code) {",
      "    return eval(code);",
      "  }",
      "}",
      "module.exports = Helper;",
    ].join("\n");
    expect(lines(code)).toEqual([14]);
  });
});
