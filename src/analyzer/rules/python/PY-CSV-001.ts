import { Level } from "../../dataflow/python.js";
import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, nodesOfType, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";
import { enclosingHandler } from "./web.js";

/** The writer a `w.writerow(...)` call writes through, when the file builds it with csv.writer/DictWriter. */
function isCsvWriter(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = field(call, "function");
  const w = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
  return w?.type === "call" && /^(csv|unicodecsv)\.(writer|DictWriter)$/.test(ctx.callee(w));
}

/**
 * A file that neutralises formula cells itself: a test against "=" next to "@" (`v[:1] in ("=", "+", "-", "@")`),
 * or a regular expression's character class holding both (`re.compile(r"^[=+\-@\t\r]")`).
 */
const FORMULA_GUARD =
  /["']=["'][^\n]*["']@["']|["']@["'][^\n]*["']=["']|["'][-=+@\\t]{3,}["']|\[(?!\^)[^\]\n]*=[^\]\n]*@[^\]\n]*\]|\[(?!\^)[^\]\n]*@[^\]\n]*=[^\]\n]*\]/;

const GUARDS = new WeakMap<object, Set<string>>();

/** Names of the file's functions that neutralise formula cells (their body holds FORMULA_GUARD); once per file. */
function guardHelpers(ctx: PythonContext): Set<string> {
  let g = GUARDS.get(ctx.tree);
  if (!g) {
    // Module-level names bound to such a test (`RISKY = re.compile(r"^[=+\-@]")`) that a helper uses.
    const consts = namedChildren(ctx.tree.root)
      .map((st) => (st.type === "expression_statement" ? namedChildren(st)[0] : undefined))
      .filter((a) => a?.type === "assignment" && field(a, "left")?.type === "identifier")
      .filter((a) => FORMULA_GUARD.test(ctx.text(field(a!, "right") ?? a!)))
      .map((a) => ctx.text(field(a!, "left")!));
    const uses = consts.length ? new RegExp(`\\b(${consts.join("|")})\\b`) : undefined;
    g = new Set(
      ctx.tree.nodes
        .filter(
          (d) =>
            d.type === "function_definition" &&
            (FORMULA_GUARD.test(ctx.text(d)) || (uses && uses.test(ctx.text(field(d, "body") ?? d)))),
        )
        .map((d) => ctx.text(field(d, "name") ?? d)),
    );
    GUARDS.set(ctx.tree, g);
  }
  return g;
}

const DEFS = new WeakMap<object, Set<string>>();
/** Names of the file's functions; once per file. */
function defNames(ctx: PythonContext): Set<string> {
  let d = DEFS.get(ctx.tree);
  if (!d) {
    d = new Set(nodesOfType(ctx.tree, "function_definition").map((f) => ctx.text(field(f, "name") ?? f)));
    DEFS.set(ctx.tree, d);
  }
  return d;
}

/**
 * A row holding request data in a cell that does not go through one of the file's guard helpers:
 * `[neutralise(form["a"]), form["b"]]` counts for its second cell only. Lists, tuples and dicts (DictWriter rows,
 * writerows' list of rows) are looked into; any other expression is judged whole.
 */
function unguardedSource(ctx: PythonContext, e: SyntaxNode, guarded: Set<string>): boolean {
  if (guarded.size === 0) return ctx.level(e, "literal") === Level.SOURCE;
  if (e.type === "call") {
    const f = field(e, "function");
    const name =
      f?.type === "identifier"
        ? ctx.text(f)
        : f?.type === "attribute"
          ? ctx.text(field(f, "attribute") ?? f)
          : "";
    if (guarded.has(name)) return false;
  }
  if (e.type === "list" || e.type === "tuple" || e.type === "set")
    return namedChildren(e).some((c) => unguardedSource(ctx, c, guarded));
  if (e.type === "dictionary")
    return namedChildren(e).some((p) => {
      const v = p.type === "pair" ? field(p, "value") : p;
      return v ? unguardedSource(ctx, v, guarded) : false;
    });
  return ctx.level(e, "literal") === Level.SOURCE;
}

/**
 * `for c in contacts: w.writerow([c.name, c.email])` in a function that serves the CSV as a download
 * (text/csv, Content-Disposition): fields of stored records, which users typed earlier, go to a spreadsheet.
 */
function storedRowToDownload(
  ctx: PythonContext,
  call: SyntaxNode,
  cells: readonly SyntaxNode[],
  anywhere = false,
): boolean {
  const fn = ctx.enclosingFunction(call);
  if (!fn || (!anywhere && !/text\/csv|Content-Disposition|attachment/i.test(ctx.text(fn)))) return false;
  // The guard protects this row when it sits in this function, or in a helper the row's cells go through (a file's
  // `neutralise()` used by one export does not protect another export that writes the fields raw).
  if (FORMULA_GUARD.test(ctx.text(fn))) return false;
  const guarded = guardHelpers(ctx);
  if ([...guarded].some((g) => cells.some((c) => new RegExp(`\\b${g}\\(`).test(ctx.text(c))))) return false;
  const loopVars = new Set<string>();
  for (let p = call.parent; p && p !== fn; p = p.parent)
    if (p.type === "for_statement") {
      const left = field(p, "left");
      if (left?.type === "identifier") loopVars.add(ctx.text(left));
      // `for i, t in enumerate(tickets)`: each name the loop binds.
      else if (left?.type === "pattern_list" || left?.type === "tuple_pattern")
        for (const c of namedChildren(left)) if (c.type === "identifier") loopVars.add(ctx.text(c));
    }
  return cells.some((e0) => {
    // `_cell(c.name)` through a helper of this file that is no guard (it tests for "=" only, say): the field.
    const f = e0.type === "call" ? field(e0, "function") : undefined;
    const local = f?.type === "identifier" && !guarded.has(ctx.text(f)) && defNames(ctx).has(ctx.text(f));
    const e = local ? (ctx.args(e0)[0] ?? e0) : e0;
    const base =
      e.type === "attribute" ? field(e, "object") : e.type === "subscript" ? field(e, "value") : undefined;
    return base?.type === "identifier" && loopVars.has(ctx.text(base));
  });
}

/**
 * `ws.append(row)` / `ws.cell(row=r, column=c, value=v)` where ws is an openpyxl worksheet (`wb.active`,
 * `wb.create_sheet(...)`, `wb["Sheet"]`): openpyxl stores a string that starts with "=" as a formula cell, so the
 * workbook itself carries it, wherever it is opened. The cells written, or undefined.
 */
function sheetCells(ctx: PythonContext, call: SyntaxNode): SyntaxNode | undefined {
  const m = ctx.method(call);
  // xlsxwriter: `ws.write(r, c, v)` / `ws.write_row(r, c, values)` on `book.add_worksheet()` write a string that
  // starts with "=" as a formula, unless the workbook was made with strings_to_formulas off (write_string never).
  if ((m === "write" || m === "write_row") && sourceHas(ctx.tree, /\bxlsxwriter\b/)) {
    if (sourceHas(ctx.tree, /strings_to_formulas['"]\s*:\s*False/)) return undefined;
    const f = field(call, "function");
    const r = f?.type === "attribute" ? field(f, "object") : undefined;
    const sheet = r?.type === "identifier" ? ctx.resolve(r) : r;
    if (sheet?.type !== "call" || ctx.method(sheet) !== "add_worksheet") return undefined;
    return ctx.args(call)[2];
  }
  if ((m !== "append" && m !== "cell") || !sourceHas(ctx.tree, /\bopenpyxl\b/)) return undefined;
  const fn = field(call, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  const ws = recv?.type === "identifier" ? ctx.resolve(recv) : recv;
  if (!ws || !/\.(active|create_sheet\(|get_sheet_by_name\(|worksheets\[)|^\w+\[["']/.test(ctx.text(ws)))
    return undefined;
  return m === "append" ? ctx.args(call)[0] : ctx.arg(call, 2, "value");
}

const PANDAS_FILE =
  "request data written by pandas to a file on the server; whether a spreadsheet opens it is out of sight";

/**
 * `pd.DataFrame(rows).to_csv()` / `.to_excel()` (directly or through a name): the data the frame is built from,
 * when the file is a pandas file. pandas writes cells as they are, formulas included.
 */
function frameData(ctx: PythonContext, call: SyntaxNode): SyntaxNode | undefined {
  if (!/^to_(csv|excel)$/.test(ctx.method(call)) || !sourceHas(ctx.tree, /\bpandas\b/)) return undefined;
  const fn = field(call, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  const frame = recv?.type === "identifier" ? ctx.resolve(recv) : recv;
  if (frame?.type !== "call" || !/^pandas\.DataFrame(\.from_records|\.from_dict)?$/.test(ctx.callee(frame)))
    return undefined;
  return ctx.args(frame)[0];
}

export default pyRule({
  meta: {
    id: "PY-CSV-001",
    title: "Request data written to a CSV file or spreadsheet without neutralising formulas",
    cwe: ["CWE-1236"],
    severity: "MEDIUM",
    severity_variants: [
      { severity: "LOW", when: PANDAS_FILE },
      {
        severity: "LOW",
        when: "the cells are fields of stored records served as a CSV download (or written to an openpyxl sheet), not request data",
      },
    ],
    docs: {
      what_it_does:
        "Flags csv.writer / csv.DictWriter writerow(s) calls whose row holds request data, in files that do not use defusedcsv, and openpyxl worksheet append()/cell(value=) calls and pandas DataFrame(...).to_csv()/to_excel() likewise; LOW when the row holds fields of stored records looped over in a function that serves the CSV as a download (text/csv, Content-Disposition) and the file has no formula-prefix guard.",
      why_bad:
        "A cell starting with =, +, - or @ is a formula when the export is opened in a spreadsheet: =HYPERLINK(...) or DDE payloads run on the reader's machine or leak other cells.",
      example_bad:
        "import csv, io\nfrom flask import request\ndef export():\n    buf = io.StringIO()\n    csv.writer(buf).writerow(['name', request.args['name']])\n    return buf.getvalue()",
      example_good:
        "import io\nfrom defusedcsv import csv\nfrom flask import request\ndef export():\n    buf = io.StringIO()\n    csv.writer(buf).writerow(['name', request.args['name']])\n    return buf.getvalue()",
    },
    fix_hint:
      "Use defusedcsv, or prefix cells that start with =, +, -, @, tab or carriage return with a single quote before writing.",
  },
  trigger: /writerows?\(|openpyxl|xlsxwriter|to_csv\(|to_excel\(/,
  nodeTypes: ["call"],
  calls: ["writerow", "writerows", "append", "cell", "to_csv", "to_excel", "write", "write_row"],
  detect(node, ctx, report) {
    const data = frameData(ctx, node);
    if (data) {
      if (FORMULA_GUARD.test(ctx.text(ctx.enclosingFunction(node) ?? node))) return;
      if (ctx.level(data, "literal") === Level.SOURCE) {
        // `to_csv()` with no file returns the text (the handler serves it); a file on the server is LOW: whether a
        // spreadsheet ever opens it is out of sight.
        const toFile =
          ctx.args(node).some((a) => a.type !== "keyword_argument") || !!ctx.kwarg(node, "path_or_buf");
        report({
          node,
          ...(toFile ? { severity: "LOW" as const, reason: PANDAS_FILE } : {}),
          message: "request data written to CSV by pandas can start a spreadsheet formula",
        });
      }
      // A route that serves a frame of the records the app collected (a module-level list or a query) as the
      // download: fields users typed earlier go to a spreadsheet.
      // (or of a query the handler runs for it: `DataFrame.from_records(Member.objects.values(...))`)
      else if (
        enclosingHandler(ctx, node) &&
        (data.type === "identifier" || (data.type === "call" && /\.(objects|query)\./.test(ctx.text(data))))
      )
        report({
          node,
          severity: "LOW",
          message: "stored record fields written to a CSV download by pandas can start a spreadsheet formula",
        });
      return;
    }
    const cells = sheetCells(ctx, node);
    if (cells) {
      if (unguardedSource(ctx, cells, guardHelpers(ctx)))
        report({ node, message: "request data written to a spreadsheet cell can be stored as a formula" });
      // A workbook is made to be opened in a spreadsheet: stored fields looped over count without a download.
      else if (
        storedRowToDownload(
          ctx,
          node,
          cells.type === "list" || cells.type === "tuple" ? namedChildren(cells) : [cells],
          true,
        )
      )
        report({
          node,
          severity: "LOW",
          message: "stored record fields written to a spreadsheet cell can be stored as a formula",
        });
      return;
    }
    const m = ctx.method(node);
    if (m !== "writerow" && m !== "writerows") return;
    if (sourceHas(ctx.tree, /^\s*(from|import)\s+defusedcsv\b/m)) return;
    // csv.writer(buf).writerow(...) directly, or through a name bound to the writer.
    const fn = field(node, "function");
    const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
    const direct = recv?.type === "call" && /^(csv|unicodecsv)\.(writer|DictWriter)$/.test(ctx.callee(recv));
    if (!direct && !isCsvWriter(ctx, node)) return;
    const row = ctx.args(node)[0];
    if (row && unguardedSource(ctx, row, guardHelpers(ctx)))
      report({ node, message: "request data written to CSV can start a spreadsheet formula" });
    else if (
      row &&
      (row.type === "list" || row.type === "tuple") &&
      storedRowToDownload(ctx, node, namedChildren(row))
    )
      report({
        node,
        severity: "LOW",
        message: "stored record fields written to a CSV download can start a spreadsheet formula",
      });
  },
  cases: {
    valid: [
      // xlsxwriter told never to turn strings into formulas
      "import io, xlsxwriter\nfrom flask import request\ndef x():\n    book = xlsxwriter.Workbook(io.BytesIO(), {'strings_to_formulas': False})\n    ws = book.add_worksheet()\n    ws.write_row(0, 0, [request.args['n']])",
      "import pandas as pd\ndef report(path):\n    df = pd.read_sql('select * from t', con)\n    df.to_csv(path)\n    pd.DataFrame({'a': [1, 2]}).to_csv('x.csv')",
      "import csv, io\nfrom flask import Response\ndef cell(v):\n    v = str(v)\n    return \"'\" + v if v[:1] in ('=', '+', '-', '@') else v\ndef export(rows):\n    out = io.StringIO()\n    w = csv.writer(out)\n    for r in rows:\n        w.writerow([cell(r.name), cell(r.note)])\n    return Response(out.getvalue(), mimetype='text/csv')",
      "import csv\ndef dump(rows, path):\n    with open(path, 'w') as f:\n        w = csv.writer(f)\n        for r in rows:\n            w.writerow([r.name, r.note])",
      "import csv\nfrom flask import request\ndef f(buf):\n    w = csv.writer(buf)\n    w.writerow(['name', 'static'])",
      "from defusedcsv import csv\nfrom flask import request\ndef f(buf):\n    w = csv.writer(buf)\n    w.writerow([request.args['n']])",
      "import csv\nfrom flask import request\ndef f(buf):\n    w = csv.writer(buf)\n    w.writerow([int(request.args['n'])])",
      "from openpyxl import Workbook\ndef cell(v):\n    s = str(v)\n    return \"'\" + s if s[:1] in ('=', '+', '-', '@') else s\ndef export(rows, path):\n    wb = Workbook()\n    ws = wb.active\n    for r in rows:\n        ws.append([cell(r.name), cell(r.note)])\n    wb.save(path)",
      "import csv\nfrom flask import request\ndef clean(v):\n    s = str(v)\n    return \"'\" + s if s[:1] in ('=', '+', '-', '@') else s\ndef f(buf):\n    w = csv.writer(buf)\n    w.writerow([clean(request.form['a']), clean(request.form['b'])])\n    csv.DictWriter(buf, ['a']).writerows([{'a': clean(request.form['a'])}])",
      "from openpyxl import Workbook\ndef export(rows, path):\n    wb = Workbook()\n    ws = wb.active\n    for r in rows:\n        ws.append(['id', 'total'])\n    items = []\n    for r in rows:\n        items.append(r.name)\n    wb.save(path)",
    ],
    invalid: [
      // a helper that only escapes "=" is no guard: the stored fields go through it to the download
      "import csv, io\nfrom flask import Response\ndef _safe(v):\n    return \"'\" + v if v.startswith('=') else v\ndef export(rows):\n    buf = io.StringIO()\n    w = csv.writer(buf)\n    for r in rows:\n        w.writerow([_safe(r.title), _safe(r.owner)])\n    return Response(buf.getvalue(), mimetype='text/csv')",
      {
        code: "import io, xlsxwriter\nfrom flask import request\ndef x():\n    book = xlsxwriter.Workbook(io.BytesIO())\n    ws = book.add_worksheet()\n    ws.write_row(0, 0, [request.args['n']])",
        line: 6,
      },
      {
        code: "import io, xlsxwriter\ndef report(tickets):\n    book = xlsxwriter.Workbook(io.BytesIO())\n    ws = book.add_worksheet()\n    for i, t in enumerate(tickets, start=1):\n        ws.write_row(i, 0, [t.id, t.subject])",
        line: 6,
        severity: "LOW",
      },
      {
        code: "import pandas as pd\nfrom django.http import HttpResponse\ndef export_members(request):\n    df = pd.DataFrame.from_records(Member.objects.values('name', 'bio'))\n    response = HttpResponse(content_type='text/csv')\n    df.to_csv(response, index=False)\n    return response",
        line: 6,
        severity: "LOW",
      },
      {
        code: "import pandas as pd\nfrom fastapi import FastAPI\napp = FastAPI()\nROWS = []\n@app.get('/rows.csv')\nasync def export():\n    return pd.DataFrame(ROWS).to_csv(index=False)",
        line: 7,
        severity: "LOW",
      },
      {
        code: "import pandas as pd\nfrom flask import request\ndef f():\n    return pd.DataFrame([{'name': request.args['name']}]).to_csv()",
        line: 4,
      },
      {
        code: "import pandas as pd\nfrom flask import request\ndef f():\n    pd.DataFrame(request.get_json()['rows']).to_csv('/srv/exports/x.csv')",
        line: 4,
        severity: "LOW",
      },
      {
        code: "from openpyxl import Workbook\ndef export(contacts, path):\n    wb = Workbook()\n    ws = wb.active\n    for c in contacts:\n        ws.append([c.name, c.notes])\n    wb.save(path)",
        line: 6,
        severity: "LOW",
      },
      {
        code: "import io\nfrom openpyxl import Workbook\nfrom flask import request, send_file\ndef f():\n    wb = Workbook()\n    ws = wb.create_sheet('Data')\n    ws.cell(row=1, column=1, value=request.args['title'])\n    out = io.BytesIO()\n    wb.save(out)\n    return send_file(out, download_name='r.xlsx')",
        line: 7,
      },
      {
        code: "import csv, io\nfrom flask import Response\ndef cell(v):\n    v = str(v)\n    return \"'\" + v if v[:1] in ('=', '+', '-', '@') else v\ndef export(rows):\n    out = io.StringIO()\n    w = csv.writer(out)\n    for r in rows:\n        w.writerow([r.name, r.note])\n    return Response(out.getvalue(), mimetype='text/csv')",
        line: 10,
        severity: "LOW",
      },
      {
        code: "import csv, io\nfrom flask import Response\ndef export(rows):\n    out = io.StringIO()\n    w = csv.writer(out)\n    for r in rows:\n        w.writerow([r.name, r.note])\n    return Response(out.getvalue(), mimetype='text/csv')",
        line: 7,
        severity: "LOW",
      },
      {
        code: "import csv\nfrom flask import request\ndef f(buf):\n    w = csv.writer(buf)\n    w.writerow(['name', request.args['name']])",
        line: 5,
      },
      {
        code: "import csv\nfrom flask import request\ndef f(buf):\n    csv.DictWriter(buf, ['a']).writerows([{'a': request.form['a']}])",
        line: 4,
      },
      {
        code: "import csv\nfrom flask import request\ndef clean(v):\n    s = str(v)\n    return \"'\" + s if s[:1] in ('=', '+', '-', '@') else s\ndef f(buf):\n    w = csv.writer(buf)\n    w.writerow([clean(request.form['a']), request.form['b']])",
        line: 8,
      },
    ],
  },
});
