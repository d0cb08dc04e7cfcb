import { Level } from "../../dataflow/python.js";
import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** The writer a `w.writerow(...)` call writes through, when the file builds it with csv.writer/DictWriter. */
function isCsvWriter(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = field(call, "function");
  const w = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
  return w?.type === "call" && /^(csv|unicodecsv)\.(writer|DictWriter)$/.test(ctx.callee(w));
}

export default pyRule({
  meta: {
    id: "PY-CSV-001",
    title: "Request data written to a CSV file without neutralising formulas",
    cwe: ["CWE-1236"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags csv.writer / csv.DictWriter writerow(s) calls whose row holds request data, in files that do not use defusedcsv.",
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
  },
  cases: {
    valid: [
      "import csv\nfrom flask import request\ndef f(buf):\n    w = csv.writer(buf)\n    w.writerow(['name', 'static'])",
      "from defusedcsv import csv\nfrom flask import request\ndef f(buf):\n    w = csv.writer(buf)\n    w.writerow([request.args['n']])",
      "import csv\nfrom flask import request\ndef f(buf):\n    w = csv.writer(buf)\n    w.writerow([int(request.args['n'])])",
    ],
    invalid: [
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
