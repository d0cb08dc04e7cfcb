import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { Level, type PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Conversions whose output is a Python literal of the value (a quoted string, a number), never code. */
const LITERAL_OF = /^(repr|int|float|bool|len|json\.dumps|pprint\.pformat)$/;

/**
 * The parts of a built string that are spliced in as they are (not through repr()/`!r`/`%r`, a number or a
 * JSON dump): f-string fields, `%s` values, `+` operands, `.format()` arguments and the items of a joined list.
 */
function rawParts(ctx: PythonContext, n: SyntaxNode | undefined, depth = 0): SyntaxNode[] {
  if (!n || depth > 6) return [];
  if (n.type === "parenthesized_expression") return rawParts(ctx, namedChildren(n)[0], depth + 1);
  if (n.type === "string" || n.type === "concatenated_string") {
    const out: SyntaxNode[] = [];
    for (const i of descendants(n)) {
      if (i.type !== "interpolation") continue;
      if (namedChildren(i).some((c) => c.type === "type_conversion" && /r/.test(ctx.text(c)))) continue;
      const e = namedChildren(i)[0];
      if (e) out.push(...rawParts(ctx, e, depth + 1));
    }
    return out;
  }
  if (n.type === "binary_operator") {
    const op = n.children.find((c) => !c.named)?.type;
    const [l, r] = [field(n, "left"), field(n, "right")];
    if (op === "+") return [...rawParts(ctx, l, depth + 1), ...rawParts(ctx, r, depth + 1)];
    if (op === "%" && l) {
      const f0 = ctx.constValue(l);
      const fmt = typeof f0 === "string" ? f0 : undefined;
      if (fmt === undefined) return [n];
      const values = r?.type === "tuple" ? namedChildren(r) : r ? [r] : [];
      const out: SyntaxNode[] = [];
      let k = 0;
      for (const m of fmt.matchAll(/%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?([a-zA-Z%])/g)) {
        if (m[1] === "%") continue;
        const v = values[k++];
        if (v && m[1] === "s") out.push(...rawParts(ctx, v, depth + 1));
      }
      return out;
    }
    return [n];
  }
  if (n.type === "call") {
    const q = ctx.callee(n);
    if (LITERAL_OF.test(q)) return [];
    const m = ctx.method(n);
    const recv = field(field(n, "function") ?? n, "object");
    if (m === "join" && ctx.stringValue(recv) !== undefined) {
      const arg = ctx.args(n)[0];
      const list = arg ? (ctx.resolve(arg) ?? arg) : undefined;
      if (list && /^(list|tuple)$/.test(list.type))
        return namedChildren(list).flatMap((c) => rawParts(ctx, c, depth + 1));
      return arg ? [arg] : [];
    }
    if (m === "format" && ctx.stringValue(recv) !== undefined)
      return namedChildren(field(n, "arguments") ?? n).flatMap((a) =>
        rawParts(ctx, a.type === "keyword_argument" ? (field(a, "value") ?? a) : a, depth + 1),
      );
    return [n];
  }
  if (n.type === "identifier") {
    const v = ctx.resolve(n);
    if (v && v !== n && /^(string|binary_operator|call|concatenated_string|list)$/.test(v.type)) {
      if (v.type === "list") return namedChildren(v).flatMap((c) => rawParts(ctx, c, depth + 1));
      return rawParts(ctx, v, depth + 1);
    }
    return [n];
  }
  return [n];
}

/** The literal file name a path expression names: a string, a constant bound to one, a parameter's default. */
function fileName(ctx: PythonContext, p: SyntaxNode | undefined): string | undefined {
  if (!p) return undefined;
  const v = ctx.constValue(p);
  if (typeof v === "string") return v;
  if (p.type === "call" && /(^|\.)(Path|PurePath|join)$/.test(ctx.callee(p))) {
    const args = ctx.args(p);
    return fileName(ctx, args[args.length - 1]);
  }
  if (p.type !== "identifier") return undefined;
  const fn = ctx.enclosingFunction(p);
  const param = fn
    ? namedChildren(field(fn, "parameters") ?? fn).find(
        (d) => /default_parameter$/.test(d.type) && ctx.text(field(d, "name") ?? d) === ctx.text(p),
      )
    : undefined;
  return param ? ctx.stringValue(field(param, "value")) : undefined;
}

/** The file object a `with open(<x.py>, 'w'|'a') as f` (or `f = open(...)`) binds, by name, with its scope. */
function pythonFileHandle(ctx: PythonContext, call: SyntaxNode): boolean {
  const recv = field(field(call, "function") ?? call, "object");
  if (recv?.type !== "identifier") return false;
  const name = ctx.text(recv);
  for (let p = call.parent; p; p = p.parent) {
    if (p.type !== "with_statement") continue;
    for (const item of descendants(p).filter((d) => d.type === "as_pattern")) {
      const target = field(item, "alias") ?? namedChildren(item)[1];
      if (!target || ctx.text(target).replace(/^\s*as\s+/, "") !== name) continue;
      const opened = namedChildren(item)[0];
      if (opened?.type === "call" && opensPythonSource(ctx, opened)) return true;
    }
  }
  const v = ctx.resolve(recv);
  return v?.type === "call" && opensPythonSource(ctx, v);
}

function opensPythonSource(ctx: PythonContext, c: SyntaxNode): boolean {
  if (!/^(open|io\.open|codecs\.open)$/.test(ctx.callee(c))) return false;
  const mode = ctx.stringValue(ctx.arg(c, 1, "mode")) ?? "r";
  return /[wa]/.test(mode) && /\.py$/.test(fileName(ctx, ctx.arg(c, 0, "file")) ?? "");
}

export default pyRule({
  meta: {
    id: "PY-CODEWRITE-001",
    title: "Python source written from input (static code injection)",
    cwe: ["CWE-96", "CWE-94"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags writes to a `.py` file (open(..., 'w'/'a') then write(), Path('x.py').write_text()) whose text splices a caller's or request value in as it is - an f-string field, a `%s` value, a `+` operand, a joined list's item - rather than through repr(), `!r`, `%r`, a number or json.dumps.",
      why_bad:
        "A settings module the application imports later runs whatever the value closes its quotes with (`x'\\nimport os; os.system(...)\\n#`): the input becomes code that runs at every start (CWE-96, static code injection).",
      example_bad:
        "def save_setting(key, value):\n    with open('local_settings.py', 'a') as f:\n        f.write(f\"{key} = '{value}'\\n\")",
      example_good:
        "import json\ndef save_setting(key, value):\n    with open('local_settings.json', 'w') as f:\n        json.dump({str(key): str(value)}, f)",
    },
    fix_hint:
      "Keep settings as data (JSON, TOML, a database) rather than Python; if a module must be generated, allow-list the names and write values with repr().",
  },
  trigger: /\.py\b/,
  nodeTypes: ["call"],
  calls: ["write", "writelines", "write_text"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    let text: SyntaxNode | undefined;
    if (m === "write_text") {
      const recv = field(field(node, "function") ?? node, "object");
      const path = recv?.type === "identifier" ? ctx.resolve(recv) : recv;
      if (!/\.py$/.test(fileName(ctx, path) ?? "")) return;
      text = ctx.args(node)[0];
    } else if (pythonFileHandle(ctx, node)) text = ctx.args(node)[0];
    if (!text) return;
    const raw = rawParts(ctx, text).filter((p) => ctx.level(p, "code") >= Level.PARAM);
    if (!raw.length) return;
    report({
      node,
      message: `Python source written with ${ctx.text(raw[0]!).slice(0, 40)} spliced in unquoted: the value can add code to the module`,
    });
  },
  cases: {
    valid: [
      "def gen(version):\n    with open('_version.py', 'w') as fh:\n        fh.write(f'__version__ = {version!r}\\n')",
      "import json\ndef save(key, value):\n    with open('local_settings.json', 'w') as f:\n        json.dump({key: value}, f)",
      "ALLOWED = {'TITLE'}\ndef set_option(key, value, path='local_settings.py'):\n    if key not in ALLOWED:\n        raise KeyError(key)\n    with open(path, 'a') as fh:\n        fh.write(f'{key} = {str(value)!r}\\n')",
      "import secrets\ndef gen():\n    with open('settings_local.py', 'w') as f:\n        f.write('SECRET_KEY = ' + repr(secrets.token_urlsafe(50)) + '\\n')",
      "def save(theme):\n    with open('theme_settings.py', 'w') as f:\n        f.write('THEME = %r\\n' % (theme,))",
      "def log(msg):\n    with open('app.log', 'a') as f:\n        f.write(f'{msg}\\n')",
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
      {
        code: "def save_setting(key, value):\n    with open('local_settings.py', 'a') as f:\n        f.write(f\"{key} = '{value}'\\n\")",
        line: 3,
      },
      {
        code: "def w(db_url):\n    lines = ['DATABASE_URL = \"' + db_url + '\"']\n    with open('settings_local.py', 'w') as f:\n        f.write('\\n'.join(lines) + '\\n')",
        line: 4,
      },
      {
        code: "from flask import request\nT = \"NAME = '%s'\\n\"\n@app.post('/s')\ndef s():\n    with open('instance/config.py', 'w') as f:\n        f.write(T % (request.form['n'],))",
        line: 6,
      },
      {
        code: "from pathlib import Path\ndef s(css):\n    Path('theme_settings.py').write_text(\"CSS = '''%s'''\\n\" % css)",
        line: 3,
      },
    ],
  },
});
