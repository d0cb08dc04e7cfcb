import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** A Python source file (the program imports or runs it later). */
const PY_FILE = /\.pyw?$/;

/** The file name a handle was opened for writing with (`open("settings.py", "w")`), when it is known text. */
function writtenFile(ctx: PythonContext, call: SyntaxNode): string | undefined {
  const fn = field(call, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  if (!recv) return undefined;
  const m = ctx.method(call);
  if (m === "write_text") {
    // Path("local_settings.py").write_text(...)
    const p = ctx.resolve(recv) ?? recv;
    if (p.type !== "call" || !/(^|\.)Path$/.test(ctx.callee(p))) return undefined;
    return ctx.stringValue(ctx.resolve(ctx.args(p)[0]));
  }
  const opened = recv.type === "identifier" ? ctx.resolve(recv) : recv;
  if (opened?.type !== "call" || !/^(open|io\.open)$/.test(ctx.callee(opened))) return undefined;
  if (!/^[rbt+]*[wax]/.test(ctx.stringValue(ctx.arg(opened, 1, "mode")) ?? "")) return undefined;
  return ctx.stringValue(ctx.resolve(ctx.args(opened)[0]));
}

export default pyRule({
  meta: {
    id: "PY-CODEWRITE-001",
    title: "Request data written into a Python source file",
    cwe: ["CWE-96", "CWE-94"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags write() / writelines() on a handle opened for writing a .py file, and Path('x.py').write_text(), when the text written holds request data.",
      why_bad:
        "The file is code: a value such as `x'; import os; os.system('...'); '` closes the string it was meant to fill and runs when the settings module is next imported (static code injection).",
      example_bad:
        "from flask import request\ndef setup():\n    with open('local_settings.py', 'w') as fh:\n        fh.write(\"SITE_NAME = '%s'\\n\" % request.form['site_name'])",
      example_good:
        "import json\nfrom flask import request\ndef setup():\n    with open('local_settings.json', 'w') as fh:\n        json.dump({'SITE_NAME': request.form['site_name']}, fh)",
    },
    fix_hint:
      "Keep settings that users change in data (JSON, a database), not code; if code must be generated, write values with repr() of a validated value.",
  },
  trigger: /\.pyw?["']/,
  nodeTypes: ["call"],
  calls: ["write", "writelines", "write_text"],
  detect(node, ctx, report) {
    const name = writtenFile(ctx, node);
    if (!name || !PY_FILE.test(name)) return;
    const data = ctx.args(node)[0];
    if (!data || ctx.level(data, "code") !== Level.SOURCE) return;
    report({ node, message: `request data is written into the Python file ${name}` });
  },
  cases: {
    valid: [
      "import json\nfrom flask import request\ndef setup():\n    with open('local_settings.json', 'w') as fh:\n        json.dump({'SITE_NAME': request.form['site_name']}, fh)",
      "def gen(version):\n    with open('_version.py', 'w') as fh:\n        fh.write(f'__version__ = {version!r}\\n')",
    ],
    invalid: [
      {
        code: "from flask import request\ndef setup():\n    with open('local_settings.py', 'w') as fh:\n        fh.write(\"SITE_NAME = '%s'\\n\" % request.form['site_name'])",
        line: 4,
      },
      {
        code: "from pathlib import Path\nfrom flask import request\ndef setup():\n    Path('conf.py').write_text('TITLE = \"' + request.args['t'] + '\"')",
        line: 4,
      },
    ],
  },
});
