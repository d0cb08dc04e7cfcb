import { regexEscape } from "../../../core/regex.js";
import { Level } from "../../dataflow/python.js";
import { returnedValues, type JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, nodesOfType, perTree, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/**
 * Code that neutralises formula cells: a character class or a pair of quoted literals naming both `=` and `@`
 * (`/^[=+\-@\t\r]/`, `['=', '+', '-', '@']`, `s.startsWith('=') || s.startsWith('@')`).
 */
const FORMULA_GUARD =
  /\[[^\]\n]*=[^\]\n]*@[^\]\n]*\]|\[[^\]\n]*@[^\]\n]*=[^\]\n]*\]|['"`]=['"`][^\n]*['"`]@['"`]|['"`]@['"`][^\n]*['"`]=['"`]/;

/** A function's (or a regex constant's) name, for declarations, `const f = () => ...` and class methods. */
function declName(n: SyntaxNode, ctx: JsContext): string | undefined {
  if (n.type === "function_declaration" || n.type === "method_definition") {
    const name = field(n, "name");
    return name ? ctx.text(name) : undefined;
  }
  if (n.type === "variable_declarator") {
    const name = field(n, "name");
    return name?.type === "identifier" ? ctx.text(name) : undefined;
  }
  return undefined;
}

/**
 * The file's functions that neutralise formula cells: their body holds FORMULA_GUARD, tests a constant that does
 * (`const FORMULA = /^[=+\-@]/`), or calls such a function (`const q = (s) => `"${neutralise(s)}"``).
 */
const guardHelpers = perTree((ctx: JsContext): Set<string> => {
  const guards = new Set<string>();
  if (!sourceHas(ctx.tree, FORMULA_GUARD)) return guards;
  const decls = nodesOfType(ctx.tree, "function_declaration", "method_definition", "variable_declarator");
  const fns: { name: string; text: string }[] = [];
  const marks: string[] = [];
  for (const d of decls) {
    const name = declName(d, ctx);
    if (!name) continue;
    const value = d.type === "variable_declarator" ? field(d, "value") : d;
    if (!value) continue;
    const text = ctx.text(value);
    if (
      /^(arrow_function|function_expression|function|function_declaration|method_definition)$/.test(
        value.type,
      )
    )
      fns.push({ name, text });
    else if (value.type === "regex" && FORMULA_GUARD.test(text)) marks.push(name);
  }
  const uses = (text: string, names: Iterable<string>, call: boolean) => {
    for (const g of names)
      if (new RegExp(`\\b${regexEscape(g)}\\b${call ? "\\s*\\(" : ""}`).test(text)) return true;
    return false;
  };
  for (const f of fns) if (FORMULA_GUARD.test(f.text) || uses(f.text, marks, false)) guards.add(f.name);
  // (a helper that calls a guard: two rounds cover `q = (s) => quote(neutralise(s))`)
  for (let round = 0; round < 2 && guards.size; round++)
    for (const f of fns) if (!guards.has(f.name) && uses(f.text, guards, true)) guards.add(f.name);
  return guards;
});

/**
 * Whether request data reaches a cell of `e` without one of the file's formula guards: arrays and objects (rows,
 * records) are looked into, `rows.map((r) => ({ name: neutralise(r.name) }))` is judged by what the callback
 * returns, a name by what it holds; anything else by its data flow.
 */
function unguarded(e: SyntaxNode | undefined, ctx: JsContext, depth = 0): boolean {
  if (!e) return false;
  if (depth > 6) return ctx.level(e, "csv") === Level.SOURCE;
  switch (e.type) {
    case "parenthesized_expression":
    case "as_expression":
    case "satisfies_expression":
    case "non_null_expression":
    case "await_expression":
      return unguarded(namedChildren(e)[0], ctx, depth + 1);
    case "array":
      return namedChildren(e).some((c) => unguarded(c, ctx, depth + 1));
    case "object":
      return namedChildren(e).some((p) =>
        p.type === "pair"
          ? unguarded(field(p, "value") ?? undefined, ctx, depth + 1)
          : p.type === "spread_element"
            ? unguarded(namedChildren(p)[0], ctx, depth + 1)
            : ctx.level(p, "csv") === Level.SOURCE,
      );
    case "spread_element":
      return unguarded(namedChildren(e)[0], ctx, depth + 1);
    case "identifier": {
      const held = ctx.resolve(e);
      if (held && held !== e && held.type !== "identifier") return unguarded(held, ctx, depth + 1);
      return ctx.level(e, "csv") === Level.SOURCE;
    }
    case "call_expression": {
      const guards = guardHelpers(ctx);
      const fn = field(e, "function");
      const name =
        fn?.type === "identifier"
          ? ctx.text(fn)
          : fn?.type === "member_expression"
            ? ctx.text(field(fn, "property") ?? fn)
            : "";
      if (guards.has(name)) return false;
      const cb = ctx.args(e)[0];
      if (/^(map|flatMap)$/.test(name) && cb && /^(arrow_function|function_expression)$/.test(cb.type)) {
        const rets = returnedValues(cb);
        if (rets.length) return rets.some((r) => unguarded(r, ctx, depth + 1));
      }
      return ctx.level(e, "csv") === Level.SOURCE;
    }
    case "template_string":
      return namedChildren(e).some(
        (c) => c.type === "template_substitution" && unguarded(namedChildren(c)[0], ctx, depth + 1),
      );
    case "binary_expression":
      return ctx.text(field(e, "operator") ?? e) === "+"
        ? unguarded(field(e, "left") ?? undefined, ctx, depth + 1) ||
            unguarded(field(e, "right") ?? undefined, ctx, depth + 1)
        : ctx.level(e, "csv") === Level.SOURCE;
    default:
      return ctx.level(e, "csv") === Level.SOURCE;
  }
}

/** Libraries that write CSV text from records or rows. */
const CSV_LIBS =
  /['"](json2csv|@json2csv\/[\w-]+|papaparse|csv-stringify(\/[\w/]+)?|fast-csv|@fast-csv\/format|csv-writer|exceljs|xlsx)['"]/;

/** The constructor or factory a receiver holds (`const parser = new Parser(opts)`: `json2csv.Parser`). */
function maker(recv: SyntaxNode | undefined | null, ctx: JsContext): string {
  if (!recv) return "";
  const held = recv.type === "identifier" ? ctx.resolve(recv) : recv;
  return held && (held.type === "new_expression" || held.type === "call_expression") ? ctx.callee(held) : "";
}

/** A function that serves its output as CSV: a text/csv content type or a `.csv` download name. */
const SERVES_CSV = /text\/csv|\.csv\b/;

/**
 * The function around `node` that serves CSV, looking out through callbacks (`rows.map((r) => [...].join(','))`
 * inside the handler), unless it neutralises formulas itself.
 */
function csvServer(node: SyntaxNode, ctx: JsContext): SyntaxNode | undefined {
  let fn = ctx.enclosingFunction(node);
  while (fn && !SERVES_CSV.test(ctx.text(fn))) fn = ctx.enclosingFunction(fn);
  return fn && !FORMULA_GUARD.test(ctx.text(fn)) ? fn : undefined;
}

/** A function that writes a workbook as CSV text (ExcelJS `wb.csv.write...`, SheetJS `bookType: 'csv'`). */
const WORKBOOK_AS_CSV =
  /\.csv\s*\.\s*write\w*\(|bookType['"]?\s*:\s*['"]csv['"]|sheet_to_csv|writeFile\w*\([^)]*\.csv['"`]/;

/**
 * The records a call writes as CSV text, or undefined: json2csv's `parse`, Papa.unparse (not with
 * escapeFormulae), csv-stringify's `stringify`, fast-csv's write helpers and format stream, csv-writer's
 * stringifier / writer, and SheetJS sheets or ExcelJS rows of a workbook the same function writes as CSV. An
 * `.xlsx` workbook keeps a string cell as text: only an ExcelJS `{ formula }` value is a formula there.
 */
function csvRecords(node: SyntaxNode, ctx: JsContext): SyntaxNode | undefined {
  const q = ctx.callee(node);
  const m = ctx.method(node);
  const args = ctx.args(node);
  const fn = field(node, "function");
  const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
  if (/^(json2csv|@json2csv\/[\w-]+)\.(parse|parseAsync)$/.test(q)) return args[0];
  if (m === "parse" && /^(json2csv|@json2csv\/[\w-]+)\.(Parser|AsyncParser)$/.test(maker(recv, ctx)))
    return args[0];
  if (/^papaparse\.unparse$/.test(q)) {
    const opts = args[1] && (ctx.resolve(args[1]) ?? args[1]);
    const esc = opts?.type === "object" ? ctx.prop(opts, "escapeFormulae") : undefined;
    if (esc && ctx.text(esc) !== "false") return undefined;
    return args[0];
  }
  if (/^csv-stringify(\/[\w/]+)?\.stringify$/.test(q) && args[0]?.type !== "object") return args[0];
  if (/^(fast-csv|@fast-csv\/format)\.(write|writeToString|writeToBuffer)$/.test(q)) return args[0];
  if (/^(fast-csv|@fast-csv\/format)\.(writeToStream|writeToPath)$/.test(q)) return args[1];
  if (
    m === "write" &&
    /^(fast-csv|@fast-csv\/format|csv-stringify(\/[\w/]+)?)\.(format|stringify)$/.test(maker(recv, ctx))
  )
    return args[0];
  if (
    /^(stringifyRecords|writeRecords)$/.test(m) &&
    /^csv-writer\.create(Object|Array)Csv(Stringifier|Writer)$/.test(maker(recv, ctx))
  )
    return args[0];
  const asCsv = () => WORKBOOK_AS_CSV.test(ctx.text(ctx.enclosingFunction(node) ?? node));
  if (/^xlsx\.utils\.(json_to_sheet|aoa_to_sheet)$/.test(q)) return asCsv() ? args[0] : undefined;
  if (/^xlsx\.utils\.(sheet_add_json|sheet_add_aoa)$/.test(q)) return asCsv() ? args[1] : undefined;
  if (/^(addRow|addRows|insertRow|insertRows)$/.test(m) && sourceHas(ctx.tree, /['"]exceljs['"]/))
    return asCsv() ? args[m.startsWith("insert") ? 1 : 0] : undefined;
  return undefined;
}

/** ExcelJS `{ formula: x }` cell values anywhere in a row or record: the text is stored as the cell's formula. */
function formulaValue(e: SyntaxNode | undefined, ctx: JsContext, depth = 0): SyntaxNode | undefined {
  if (!e || depth > 4) return undefined;
  const v = e.type === "identifier" ? (ctx.resolve(e) ?? e) : e;
  if (v.type === "object") {
    const f = ctx.prop(v, "formula") ?? ctx.prop(v, "sharedFormula");
    if (f) return f;
    for (const p of namedChildren(v))
      if (p.type === "pair") {
        const got = formulaValue(field(p, "value") ?? undefined, ctx, depth + 1);
        if (got) return got;
      }
  }
  if (v.type === "array")
    for (const c of namedChildren(v)) {
      const got = formulaValue(c, ctx, depth + 1);
      if (got) return got;
    }
  return undefined;
}

/** `ws.getCell('A1').value = x` / `row.getCell(2).value = x` / `ws.getRow(1).values = [...]`: ExcelJS cell writes. */
function cellWrite(node: SyntaxNode, ctx: JsContext): SyntaxNode | undefined {
  const left = field(node, "left");
  if (left?.type !== "member_expression") return undefined;
  const prop = ctx.text(field(left, "property") ?? left);
  const obj = field(left, "object");
  if (
    !obj ||
    obj.type !== "call_expression" ||
    !(
      (prop === "value" && ctx.method(obj) === "getCell") ||
      (prop === "values" && ctx.method(obj) === "getRow")
    )
  )
    return undefined;
  return field(node, "right") ?? undefined;
}

/**
 * Where a CSV line spelled as a template goes: the response body (`ctx.body = ...`, `res.send(...)` /
 * `stream.write(...)`), a name or a callback's result that is joined into one. Not a header value
 * (`setHeader('Content-Disposition', `attachment; filename=${n}`)`) or any other call's argument.
 */
function csvContent(node: SyntaxNode, ctx: JsContext): boolean {
  let n = node;
  while (n.parent && (n.parent.type === "parenthesized_expression" || n.parent.type === "binary_expression"))
    n = n.parent;
  const p = n.parent;
  if (!p) return false;
  if (p.type === "assignment_expression")
    return field(p, "right") === n && /(^|\.)body$/.test(ctx.text(field(p, "left") ?? p));
  if (p.type === "arguments")
    return (
      !!p.parent &&
      p.parent.type === "call_expression" &&
      /^(send|end|write|push)$/.test(ctx.method(p.parent))
    );
  return p.type === "arrow_function" || p.type === "return_statement" || p.type === "variable_declarator";
}

const SEPARATOR = /^(,|;|\\t|\t|\|)$/;

export default jsRule({
  meta: {
    id: "JS-CSV-001",
    title: "Request data written to CSV or a spreadsheet formula without neutralising formulas",
    cwe: ["CWE-1236"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags request data written as CSV cells by json2csv, papaparse (without escapeFormulae), csv-stringify, fast-csv and csv-writer, rows joined with a separator in a function that serves text/csv, SheetJS sheets and ExcelJS rows of a workbook the function writes as CSV, and ExcelJS `{ formula }` values from the request, unless the cells go through a helper of the file that neutralises =, +, -, @.",
      why_bad:
        "A cell starting with =, +, - or @ is a formula when the export is opened in a spreadsheet: =HYPERLINK(...) or DDE payloads run on the reader's machine or leak other cells.",
      example_bad:
        "const Papa = require('papaparse');\napp.post('/export', (req, res) => res.type('text/csv').send(Papa.unparse(req.body.rows)));",
      example_good:
        "const Papa = require('papaparse');\napp.post('/export', (req, res) => res.type('text/csv').send(Papa.unparse(req.body.rows, { escapeFormulae: true })));",
    },
    fix_hint:
      "Prefix cells that start with =, +, -, @, tab or carriage return with a single quote (papaparse: escapeFormulae: true) before writing.",
  },
  trigger: /json2csv|papaparse|csv-stringify|fast-csv|csv-writer|exceljs|xlsx|text\/csv|\.csv\b/,
  nodeTypes: ["call_expression", "assignment_expression", "template_string"],
  detect(node, ctx, report) {
    if (node.type === "assignment_expression") {
      const right = sourceHas(ctx.tree, /['"]exceljs['"]/) ? cellWrite(node, ctx) : undefined;
      if (!right) return;
      const formula = formulaValue(right, ctx);
      if (formula ? ctx.level(formula, "csv") === Level.SOURCE : false)
        report({ node, message: "request data stored as an ExcelJS cell formula" });
      else if (
        !formula &&
        WORKBOOK_AS_CSV.test(ctx.text(ctx.enclosingFunction(node) ?? node)) &&
        unguarded(right, ctx)
      )
        report({
          node,
          message: "request data written to a spreadsheet cell exported as CSV can start a formula",
        });
      return;
    }
    if (node.type === "template_string") {
      // `ctx.body = `label,created\n${label},...``: a CSV line spelled out in a function that serves text/csv.
      if (!sourceHas(ctx.tree, /text\/csv|\.csv\b/) || !csvServer(node, ctx)) return;
      const lits = namedChildren(node)
        .filter((c) => c.type === "string_fragment")
        .map((c) => ctx.text(c))
        .join("");
      if (!/[,;\t]/.test(lits) || !/\$\{/.test(ctx.text(node)) || !csvContent(node, ctx)) return;
      if (unguarded(node, ctx))
        report({ node, message: "request data in a CSV line can start a spreadsheet formula" });
      return;
    }
    const cells = csvRecords(node, ctx);
    if (cells) {
      const fn = ctx.enclosingFunction(node);
      if (fn && FORMULA_GUARD.test(ctx.text(fn))) return;
      if (unguarded(cells, ctx))
        report({ node, message: "request data written to CSV can start a spreadsheet formula" });
      return;
    }
    if (!sourceHas(ctx.tree, CSV_LIBS) && !sourceHas(ctx.tree, /text\/csv|\.csv\b/)) return;
    // ExcelJS `ws.addRow([{ formula: req.body.f }])`: a formula cell in an .xlsx as well.
    if (
      /^(addRow|addRows|insertRow|insertRows)$/.test(ctx.method(node)) &&
      sourceHas(ctx.tree, /['"]exceljs['"]/)
    ) {
      const f = ctx
        .args(node)
        .map((a) => formulaValue(a, ctx))
        .find(Boolean);
      if (f && ctx.level(f, "csv") === Level.SOURCE)
        report({ node, message: "request data stored as an ExcelJS cell formula" });
      return;
    }
    // `[p.name, p.city].join(',')` in a function that serves text/csv: a CSV line of request fields.
    if (ctx.method(node) !== "join") return;
    const sep = ctx.stringValue(ctx.args(node)[0]);
    if (sep === undefined || !SEPARATOR.test(sep)) return;
    if (!csvServer(node, ctx)) return;
    const recv = field(field(node, "function") ?? node, "object");
    if (unguarded(recv ?? undefined, ctx))
      report({ node, message: "request data joined into a CSV line can start a spreadsheet formula" });
  },
  cases: {
    valid: [
      "const Papa = require('papaparse');\napp.post('/e', (req, res) => res.type('text/csv').send(Papa.unparse(req.body.rows, { escapeFormulae: true })));",
      "const { Parser } = require('json2csv');\nconst clean = (v) => (/^[=+\\-@]/.test(String(v)) ? \"'\" + v : v);\napp.post('/e', (req, res) => {\n  const rows = req.body.rows.map((r) => ({ name: clean(r.name) }));\n  res.send(new Parser().parse(rows));\n});",
      "const { stringify } = require('csv-stringify/sync');\napp.get('/e', (req, res) => res.type('text/csv').send(stringify([[Number(req.query.n)]])));",
      "const XLSX = require('xlsx');\napp.post('/e', (req, res) => {\n  const ws = XLSX.utils.json_to_sheet(req.body.rows);\n  const wb = XLSX.utils.book_new();\n  XLSX.utils.book_append_sheet(wb, ws, 'S');\n  res.send(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));\n});",
      "const ExcelJS = require('exceljs');\napp.post('/e', async (req, res) => {\n  const wb = new ExcelJS.Workbook();\n  const ws = wb.addWorksheet('S');\n  ws.addRow([req.body.title]);\n  ws.getCell('B1').value = req.body.note;\n  await wb.xlsx.write(res);\n});",
      "app.get('/dl', (req, res) => {\n  res.setHeader('Content-Disposition', `attachment; filename=${req.query.name}.csv`);\n  res.send('a,b\\n');\n});",
      "app.get('/ids.csv', (req, res) => {\n  const ids = String(req.query.ids).split(',').map(Number);\n  res.type('text/csv').send('id\\n' + ids.join('\\n'));\n});",
    ],
    invalid: [
      {
        code: "const Papa = require('papaparse');\napp.post('/e', (req, res) => {\n  res.type('text/csv').send(Papa.unparse(req.body.rows));\n});",
        line: 3,
      },
      "const { Parser } = require('json2csv');\napp.post('/e', (req, res) => {\n  const parser = new Parser();\n  res.send(parser.parse(req.body.rows));\n});",
      "const ExcelJS = require('exceljs');\napp.post('/e', async (req, res) => {\n  const ws = new ExcelJS.Workbook().addWorksheet('S');\n  ws.getCell('A1').value = { formula: req.body.expr };\n});",
      "app.post('/e.csv', (req, res) => {\n  res.type('text/csv').send(req.body.people.map((p) => [p.name, p.city].join(',')).join('\\n'));\n});",
      "router.post('/r', async (ctx) => {\n  ctx.type = 'text/csv';\n  ctx.body = `label\\n${ctx.request.body.label},x\\n`;\n});",
    ],
  },
});
