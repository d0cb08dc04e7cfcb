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

describe("JS-CODE-001: node's own options, wasm glue", () => {
  it("leaves a script's -p after the script path and wasm-decoded text, not node -e with a parameter", () => {
    const code = [
      "const { spawnSync } = require('child_process');",
      "function emit(tscPath, cfg) {",
      "  return spawnSync(process.execPath, [tscPath, '--emitDeclarationOnly', '-p', cfg]);",
      "}",
      "function run(src) {",
      "  return spawnSync(process.execPath, ['--no-warnings', '-e', src]);",
      "}",
      "let wasm;",
      "function getStringFromWasm0(ptr, len) {",
      "  return new TextDecoder().decode(new Uint8Array(wasm.memory.buffer).subarray(ptr, ptr + len));",
      "}",
      "module.exports.__wbg_new = function (a, b) { return new Function(getStringFromWasm0(a, b)); };",
      "function decode(a, b) { return String(a) + b; }",
      "module.exports.make = function (a, b) { return new Function(decode(a, b)); };",
    ].join("\n");
    expect(lines(code)).toEqual([6, 14]);
  });
});

describe("JS-CODE-001: a Function only sent to the browser under test", () => {
  it("leaves new Function(...) handed to WebDriver's execute / element.$, keeps one called here", () => {
    const code = [
      "import type { Browser } from 'webdriverio';",
      "export async function run(browser: Browser, script: string, selector: string) {",
      "  const executable = new Function(`return (${script}).apply(null, arguments);`);",
      "  await browser.execute(executable as any);",
      "  await browser.$('#root').$(new Function(`return this.closest('${selector}')`) as () => HTMLElement);",
      "  return new Function(script)();",
      "}",
    ].join("\n");
    const ts = analyzeSync(code, { language: "typescript", rules: ["JS-CODE-001"] }).findings.map(
      (f) => f.line,
    );
    expect(ts).toEqual([6]);
  });

  it("leaves a method named eval on the file's own object in a file that uses Redis, keeps the client's EVAL", () => {
    const code = [
      "const { createClient } = require('redis');",
      "const redis = createClient();",
      "const calculator = { eval(text) { return Number(text); } };",
      "class Parser { eval(text) { return text.split('+'); } }",
      "app.get('/a', (req, res) => res.json(calculator.eval(req.query.n)));",
      "app.get('/b', (req, res) => res.json(new Parser().eval(req.query.n)));",
      "app.get('/c', async (req, res) => res.json(await redis.eval(req.query.script, 0)));",
    ].join("\n");
    expect(lines(code)).toEqual([7]);
  });
});

describe("JS-CODE-001 after a numeric check", () => {
  it("takes eval behind a coercing isNaN / isFinite check for a number, behind Number.isNaN or none for code", () => {
    const code = [
      "app.get('/n', (req, res) => {",
      "  const x = req.query.n;",
      "  const a = !isNaN(x) && eval(x);",
      "  if (isFinite(x)) eval(x);",
      "  const b = !Number.isNaN(x) && eval(x);",
      "  res.json([a, b, eval(x)]);",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([5, 6]);
  });
});
