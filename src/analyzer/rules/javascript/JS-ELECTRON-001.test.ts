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
