import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string, language: "javascript" | "typescript" = "javascript") =>
  analyzeSync(code, { language, rules: ["JS-CSV-001"] }).findings.map((f) => f.line);

describe("JS-CSV-001", () => {
  it("takes cells through the file's formula guard, directly or through a helper calling it, for neutralised", () => {
    const code = [
      "const { stringify } = require('csv-stringify/sync');",
      "const FORMULA = /^[=+\\-@\\t\\r]/;",
      "const guard = (v) => (FORMULA.test(String(v)) ? `'${v}` : String(v));",
      'const quoted = (v) => `"${guard(v)}"`;',
      "app.post('/a', (req, res) => res.type('text/csv').send(stringify(req.body.rows.map((r) => [guard(r.a), quoted(r.b)]))));",
      "app.post('/b', (req, res) => res.type('text/csv').send(stringify(req.body.rows.map((r) => [guard(r.a), r.b]))));",
    ].join("\n");
    expect(lines(code)).toEqual([6]);
  });

  it("reports SheetJS / ExcelJS string cells only where the function writes the workbook as CSV", () => {
    const code = [
      "const XLSX = require('xlsx');",
      "app.post('/x', (req, res) => {",
      "  const ws = XLSX.utils.aoa_to_sheet([[req.body.title]]);",
      "  res.send(XLSX.write({ SheetNames: ['S'], Sheets: { S: ws } }, { type: 'buffer', bookType: 'xlsx' }));",
      "});",
      "app.post('/c', (req, res) => {",
      "  const ws = XLSX.utils.aoa_to_sheet([[req.body.title]]);",
      "  res.send(XLSX.utils.sheet_to_csv(ws));",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([7]);
  });

  it("reports a row joined with a separator inside a handler that serves text/csv, and a CSV line template", () => {
    const code = [
      "app.post('/p', (req, res) => {",
      "  const body = req.body.people.map((p) => [p.name, p.city].join(';')).join('\\n');",
      "  res.type('text/csv').send(body);",
      "});",
      "app.post('/q', (req, res) => {",
      "  const body = req.body.people.map((p) => [p.name, p.city].join(';')).join('\\n');",
      "  res.json({ body });",
      "});",
      "router.post('/r', async (ctx) => {",
      "  ctx.type = 'text/csv';",
      "  ctx.body = `n,v\\n${ctx.request.body.n},${Number(ctx.request.body.v)}\\n`;",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([2, 11]);
  });

  it("reports an ExcelJS formula value from the request in an .xlsx too", () => {
    const code = [
      "const ExcelJS = require('exceljs');",
      "app.post('/f', async (req, res) => {",
      "  const ws = new ExcelJS.Workbook().addWorksheet('S');",
      "  ws.addRow([{ formula: req.body.f }]);",
      "  ws.addRow([{ formula: 'SUM(A1:A3)' }]);",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([4]);
  });
});
