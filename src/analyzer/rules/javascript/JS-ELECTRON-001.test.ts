import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-ELECTRON-001"] }).findings.map((f) => f.line);

describe("JS-ELECTRON-001", () => {
  it("takes a file:// URL of the app's own file for a fixed page, not one of a caller's path", () => {
    const code = [
      "const { BrowserWindow } = require('electron');",
      "async function run(page) {",
      "  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true } });",
      "  await win.loadURL(`file://${require.resolve('../index.html')}`);",
      "  await win.loadURL('file://' + path.join(__dirname, 'static', 'a.html'));",
      "  await win.loadURL(`file://${page}`);",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([3, 6]);
  });
});

describe("JS-ELECTRON-001 on windows that load only the app's own pages", () => {
  it("lowers Node.js integration where every load is a file of the app's own, keeps webSecurity and remote loads", async () => {
    await loadGrammars();
    const code = [
      "const { BrowserWindow } = require('electron');",
      "const path = require('path');",
      "const url = require('url');",
      "function runner() {",
      "  const win = new BrowserWindow({",
      "    webPreferences: { nodeIntegration: true,",
      "      webSecurity: false } });",
      "  const page = url.format({ pathname: path.join(__dirname, 'index.html'), protocol: 'file:', slashes: true });",
      "  win.loadURL(page);",
      "}",
      "function portal() {",
      "  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true } });",
      "  win.loadURL('https://portal.example.com/');",
      "}",
    ].join("\n");
    const fs = analyzeSync(code, { language: "javascript", rules: ["JS-ELECTRON-001"] }).findings.map(
      (f) => `${f.line}:${f.severity}:${f.message.split(" ")[1]}`,
    );
    expect(fs).toEqual(["6:LOW:nodeIntegration:", "7:MEDIUM:webSecurity:", "12:MEDIUM:nodeIntegration:"]);
  });
});
