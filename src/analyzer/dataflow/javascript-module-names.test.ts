import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["javascript", "typescript"]);
});

const lines = (code: string, rules: string[], language: "javascript" | "typescript" = "javascript") =>
  analyzeSync(code, { language, rules }).findings.map((f) => `${f.rule_id}@${f.line}`);

const HANDLER = "const app = require('express')();\n";

describe("JavaScript module member names (JsContext.qname)", () => {
  it("reads module.require, a createRequire-made require and an awaited import() as module loads", () => {
    const code =
      HANDLER +
      "const { createRequire } = require('node:module');\n" +
      "const load = createRequire(import.meta.url);\n" +
      "const shell = module.require('child_process');\n" +
      "const cp = load('node:child_process');\n" +
      "app.get('/a', async (req, res) => {\n" +
      "  shell.exec('ls ' + req.query.d);\n" +
      "  cp.execSync('ls ' + req.query.d);\n" +
      "  const mod = await import('child_process');\n" +
      "  mod.default.exec('cat ' + req.query.d);\n" +
      "  mod.execSync('cat ' + req.query.d);\n" +
      "  const { default: cp2 } = await import('node:child_process');\n" +
      "  cp2.exec('cat ' + req.query.d);\n" +
      "  shell.exec('ls /tmp');\n" +
      "});\n";
    expect(lines(code, ["JS-CMDI-001"])).toEqual([
      "JS-CMDI-001@7",
      "JS-CMDI-001@8",
      "JS-CMDI-001@10",
      "JS-CMDI-001@11",
      "JS-CMDI-001@13",
    ]);
  });

  it("names a local barrel's members and a namespace's exported constants by the module functions they hold", () => {
    const code =
      "import express from 'express';\nimport * as cp from 'node:child_process';\nimport fs from 'fs';\n" +
      "const app = express();\n" +
      "const io = { read: fs.readFileSync, remove: fs.unlinkSync, size: 3 };\n" +
      "const sys = { shell: cp.exec, ...require('child_process'), execSync: (c: string) => c };\n" +
      "namespace Shell {\n  export const run = cp.exec;\n}\n" +
      "app.get('/a', (req, res) => {\n" +
      "  io.remove(req.query.target as string);\n" +
      "  sys.shell('ls ' + req.query.d);\n" +
      "  sys.spawnSync('sh', ['-c', 'ls ' + req.query.d]);\n" +
      "  sys.execSync('ls ' + req.query.d);\n" +
      "  Shell.run('ls ' + req.query.d);\n" +
      "});\n";
    // (sys.execSync is the object's own arrow function, not the spread module's.)
    expect(lines(code, ["JS-CMDI-001", "JS-PATH-001"], "typescript")).toEqual([
      "JS-PATH-001@11",
      "JS-CMDI-001@12",
      "JS-CMDI-001@13",
      "JS-CMDI-001@15",
    ]);
    // An object reassigned later is no barrel.
    const reassigned =
      HANDLER +
      "const cp = require('child_process');\nlet sys = { shell: cp.exec };\nsys = { shell: (c) => c };\n" +
      "app.get('/a', (req, res) => sys.shell('ls ' + req.query.d));\n";
    expect(lines(reassigned, ["JS-CMDI-001"])).toEqual([]);
  });

  it("names host objects' members taken into a name, bound to their object or applied through Reflect", () => {
    const code =
      HANDLER +
      "const doFetch = globalThis.fetch;\nconst { random } = Math;\n" +
      "const write = document.write.bind(document);\n" +
      "app.get('/a', async (req, res) => {\n" +
      "  res.send(await doFetch(req.query.url));\n" +
      "  const fn = Function.prototype.constructor('return ' + req.query.code);\n" +
      "  write(req.query.html);\n" +
      "});\n" +
      "function resetToken() {\n  return random().toString(36).slice(2);\n}\n" +
      "function inviteToken() {\n  return Reflect.apply(Math.random, Math, []).toString(36);\n}\n";
    expect(lines(code, ["JS-SSRF-001", "JS-CODE-001", "JS-XSS-001", "JS-RAND-001"])).toEqual([
      "JS-SSRF-001@6",
      "JS-CODE-001@7",
      "JS-XSS-001@8",
      "JS-RAND-001@11",
      "JS-RAND-001@14",
    ]);
    // A file's own `Math` is not the host's.
    const own =
      "const Math = { random: () => 4 };\nconst { random } = Math;\nfunction resetToken() {\n  return random();\n}\n";
    expect(lines(own, ["JS-RAND-001"])).toEqual([]);
  });
});
