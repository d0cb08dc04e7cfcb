import { Level } from "../../dataflow/python.js";
import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** The writer a `w.writerow(...)` call writes through, when the file builds it with csv.writer/DictWriter. */
function isCsvWriter(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = field(call, "function");
  const w = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
  return w?.type === "call" && /^(csv|unicodecsv)\.(writer|DictWriter)$/.test(ctx.callee(w));
}

/** A file that neutralises formula cells itself: a test against "=" next to "@" (`v[:1] in ("=", "+", "-", "@")`). */
const FORMULA_GUARD = /["']=["'][^\n]*["']@["']|["']@["'][^\n]*["']=["']|["'][-=+@\\t]{3,}["']/;

/**
 * `for c in contacts: w.writerow([c.name, c.email])` in a function that serves the CSV as a download
 * (text/csv, Content-Disposition): fields of stored records, which users typed earlier, go to a spreadsheet.
 */
function storedRowToDownload(ctx: PythonContext, call: SyntaxNode, row: SyntaxNode): boolean {
  if (row.type !== "list" && row.type !== "tuple") return false;
  const fn = ctx.enclosingFunction(call);
  if (!fn || !/text\/csv|Content-Disposition|attachment/i.test(ctx.text(fn))) return false;
  // The guard protects this row when it sits in this function, or in a helper the row's cells go through (a file's
  // `neutralise()` used by one export does not protect another export that writes the fields raw).
  if (FORMULA_GUARD.test(ctx.text(fn))) return false;
  const guarded = ctx.tree.nodes
    .filter((d) => d.type === "function_definition" && FORMULA_GUARD.test(ctx.text(d)))
    .map((d) => ctx.text(field(d, "name") ?? d));
  if (guarded.some((g) => new RegExp(`\\b${g}\\(`).test(ctx.text(row)))) return false;
  const loopVars = new Set<string>();
  for (let p = call.parent; p && p !== fn; p = p.parent)
    if (p.type === "for_statement") {
      const left = field(p, "left");
      if (left?.type === "identifier") loopVars.add(ctx.text(left));
    }
  return namedChildren(row).some((e) => {
    const base =
      e.type === "attribute" ? field(e, "object") : e.type === "subscript" ? field(e, "value") : undefined;
    return base?.type === "identifier" && loopVars.has(ctx.text(base));
  });
}

export default pyRule({
  meta: {
    id: "PY-CSV-001",
    title: "Request data written to a CSV file without neutralising formulas",
    cwe: ["CWE-1236"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the cells are fields of stored records served as a CSV download, not request data",
      },
    ],
    docs: {
      what_it_does:
        "Flags csv.writer / csv.DictWriter writerow(s) calls whose row holds request data, in files that do not use defusedcsv; LOW when the row holds fields of stored records looped over in a function that serves the CSV as a download (text/csv, Content-Disposition) and the file has no formula-prefix guard.",
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
  trigger: /writerows?\(/,
  nodeTypes: ["call"],
  calls: ["writerow", "writerows"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    if (m !== "writerow" && m !== "writerows") return;
    if (/^\s*(from|import)\s+defusedcsv\b/m.test(ctx.tree.source)) return;
    // csv.writer(buf).writerow(...) directly, or through a name bound to the writer.
    const fn = field(node, "function");
    const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
    const direct = recv?.type === "call" && /^(csv|unicodecsv)\.(writer|DictWriter)$/.test(ctx.callee(recv));
    if (!direct && !isCsvWriter(ctx, node)) return;
    const row = ctx.args(node)[0];
    if (row && ctx.level(row, "literal") === Level.SOURCE)
      report({ node, message: "request data written to CSV can start a spreadsheet formula" });
    else if (row && storedRowToDownload(ctx, node, row))
      report({
        node,
        severity: "LOW",
        message: "stored record fields written to a CSV download can start a spreadsheet formula",
      });
  },
  cases: {
    valid: [
      "import csv, io\nfrom flask import Response\ndef cell(v):\n    v = str(v)\n    return \"'\" + v if v[:1] in ('=', '+', '-', '@') else v\ndef export(rows):\n    out = io.StringIO()\n    w = csv.writer(out)\n    for r in rows:\n        w.writerow([cell(r.name), cell(r.note)])\n    return Response(out.getvalue(), mimetype='text/csv')",
      "import csv\ndef dump(rows, path):\n    with open(path, 'w') as f:\n        w = csv.writer(f)\n        for r in rows:\n            w.writerow([r.name, r.note])",
      "import csv\nfrom flask import request\ndef f(buf):\n    w = csv.writer(buf)\n    w.writerow(['name', 'static'])",
      "from defusedcsv import csv\nfrom flask import request\ndef f(buf):\n    w = csv.writer(buf)\n    w.writerow([request.args['n']])",
      "import csv\nfrom flask import request\ndef f(buf):\n    w = csv.writer(buf)\n    w.writerow([int(request.args['n'])])",
    ],
    invalid: [
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
    ],
  },
});
