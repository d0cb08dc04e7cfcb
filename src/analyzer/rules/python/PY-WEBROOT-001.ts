import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { inTestCode, pyRule } from "./common.js";

/** A folder the web server hands out as it is: static/public/www roots, Django's STATIC_ROOT/MEDIA_ROOT. */
const SERVED =
  /(^|[/\\"'])(static|public|www|htdocs|wwwroot|public_html|html)([/\\"']|$)|STATIC_ROOT|MEDIA_ROOT|static_folder|WEB_ROOT|DOCUMENT_ROOT|web_root|webroot|document_root|\b(static|public|www|htdocs|STATIC|PUBLIC|WWW)_(dir|folder|root|path|DIR|FOLDER|PATH)\b/;
/** Files that hold secrets or whole data sets: settings, .env, keys, credentials, database dumps. */
const SECRET_FILE =
  /\.env\b|settings\.(ini|py|ya?ml|json|toml|cfg)|config\.(ini|py|ya?ml|json|toml|cfg)|secret|credential|passw|\bid_(rsa|dsa|ecdsa|ed25519)\b|\.ssh\b|\.(pem|key|p12|pfx|kdbx|sqlite3?|db|sql)\b|\bdump\b|backup/i;
/** Mappings that hold every setting or variable, secrets included. */
const WHOLE_CONFIG =
  /^(os\.environ|app\.config|current_app\.config|settings\.__dict__|vars\(settings\)|dict\(os\.environ\)|os\.environ\.copy\(\)|dict\(app\.config\))$/;

/** The text of a path expression with the names it uses replaced by what they hold (one hop). */
function pathText(ctx: PythonContext, n: SyntaxNode | undefined): string {
  if (!n) return "";
  const parts = [ctx.text(n)];
  for (const d of [n, ...descendants(n)])
    if (d.type === "identifier") {
      const v = ctx.resolve(d, 2);
      if (v && v !== d) parts.push(ctx.text(v));
      else {
        // def export(public_dir="public"): a parameter's default names the folder too.
        const fn = ctx.enclosingFunction(d);
        for (const p of namedChildren(field(fn ?? d, "parameters") ?? d))
          if (/default_parameter$/.test(p.type) && ctx.text(field(p, "name") ?? p) === ctx.text(d))
            parts.push(ctx.text(field(p, "value") ?? p));
      }
    }
  return parts.join(" ");
}

/** `{k: str(v) for k, v in app.config.items()}` with no filter, `dict(os.environ)`, `app.config`: every setting. */
function wholeConfig(ctx: PythonContext, n: SyntaxNode | undefined): boolean {
  const v = n ? (ctx.resolve(n) ?? n) : undefined;
  if (!v) return false;
  if (WHOLE_CONFIG.test(ctx.text(v).replace(/\s+/g, ""))) return true;
  if (v.type !== "dictionary_comprehension") return false;
  const kids = namedChildren(v);
  if (kids.some((k) => k.type === "if_clause")) return false;
  const source = kids.find((k) => k.type === "for_in_clause");
  const it = source && field(source, "right");
  return (
    !!it &&
    /^(os\.environ|(current_)?app\.config|settings)(\.items\(\))?$/.test(ctx.text(it).replace(/\s+/g, ""))
  );
}

/** `open(<served path>, "w")` as the handle this call writes to: `with open(p, "w") as f: json.dump(x, f)`. */
function servedHandle(ctx: PythonContext, handle: SyntaxNode | undefined): string | undefined {
  if (handle?.type !== "identifier") return undefined;
  const opened = ctx.resolve(handle, 1);
  if (opened?.type !== "call" || !/^(open|io\.open)$/.test(ctx.callee(opened))) return undefined;
  if (!/^[rbt+]*[wax]/.test(ctx.stringValue(ctx.arg(opened, 1, "mode")) ?? "")) return undefined;
  const p = pathText(ctx, ctx.args(opened)[0]);
  return SERVED.test(p) ? p : undefined;
}

/** Fields of personal or payment data in a written row. */
const PERSONAL =
  /\b\w*(email|e_mail|phone|mobile|card|ssn|address|birth|dob|passport|iban|salary|password)\w*\b/i;

/** The module's own folder: `os.path.dirname(os.path.abspath(__file__))`, `Path(__file__).parent`, ".", getcwd(). */
function ownFolder(ctx: PythonContext, n: SyntaxNode | undefined): boolean {
  const v = n?.type === "identifier" ? (ctx.resolve(n) ?? n) : n;
  if (!v) return false;
  const s = ctx.stringValue(v);
  if (s !== undefined) return s === "." || s === "./" || s === "";
  const text = ctx.text(v).replace(/\s+/g, "");
  return (
    /^os\.getcwd\(\)$/.test(text) ||
    /^(os\.path\.)?dirname\((os\.path\.)?(abspath|realpath)\(__file__\)\)$|^(os\.path\.)?dirname\(__file__\)$/.test(
      text,
    ) ||
    /^(pathlib\.)?Path\(__file__\)(\.resolve\(\))?\.parent$/.test(text)
  );
}

export default pyRule({
  meta: {
    id: "PY-WEBROOT-001",
    title: "Secrets or data dumps put where the web server serves files",
    cwe: ["CWE-538", "CWE-219", "CWE-552"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags code that places sensitive files in a folder the web server publishes (static/, public/, www, htdocs, STATIC_ROOT, MEDIA_ROOT, app.static_folder): a settings, .env, key or database file copied or moved there (shutil.copy/copyfile/copy2/move), the whole app.config or os.environ dumped into a file there, a database dump written there, a log file opened there, CSV rows of personal data written to a file there, and a Flask app whose static folder is its own source folder.",
      why_bad:
        "Everything under a served folder can be downloaded by anyone who guesses its name: database passwords, API keys, private keys, every customer's records, logged request bodies.",
      example_bad:
        "import shutil\ndef publish():\n    shutil.copy('config/settings.ini', 'static/settings.ini')",
      example_good:
        "import shutil\ndef backup():\n    shutil.copy('config/settings.ini', '/var/backups/app/settings.ini')",
    },
    fix_hint:
      "Keep settings, keys, dumps and logs outside the served folders (and readable by the service only); publish only what the browser must read.",
  },
  trigger: /static|public|www|htdocs|html|STATIC_ROOT|MEDIA_ROOT|WEB_ROOT|web_?root|document_root/i,
  nodeTypes: ["call"],
  calls: [
    "copy",
    "copyfile",
    "copy2",
    "move",
    "dump",
    "FileHandler",
    "RotatingFileHandler",
    "TimedRotatingFileHandler",
    "run",
    "call",
    "check_call",
    "Popen",
    "Flask",
    "writerow",
    "writerows",
  ],
  detect(node, ctx, report) {
    if (inTestCode(ctx, node)) return;
    const q = ctx.callee(node);
    // Flask(__name__, static_folder=<the app's own folder>): its source, settings and .env become static files.
    if (q === "flask.Flask") {
      if (ownFolder(ctx, ctx.kwarg(node, "static_folder")))
        report({
          node,
          message: "the app's own folder is its static folder: source, settings and .env are served",
        });
      return;
    }
    // csv.writer(open(<served path>, "w")).writerow([c.name, c.email, ...]): personal records published.
    if (ctx.method(node) === "writerow" || ctx.method(node) === "writerows") {
      const recv = field(field(node, "function") ?? node, "object");
      const w = recv?.type === "identifier" ? ctx.resolve(recv) : recv;
      if (w?.type !== "call" || !/^csv\.(writer|DictWriter)$/.test(ctx.callee(w))) return;
      if (servedHandle(ctx, ctx.args(w)[0]) && PERSONAL.test(ctx.text(ctx.args(node)[0] ?? node)))
        report({
          node,
          message: "personal records are written to a file in a folder the web server publishes",
        });
      return;
    }
    if (/^shutil\.(copy|copyfile|copy2|move)$/.test(q)) {
      const [src, dst] = [ctx.arg(node, 0, "src"), ctx.arg(node, 1, "dst")];
      const s = pathText(ctx, src);
      if (SECRET_FILE.test(s) && SERVED.test(pathText(ctx, dst)))
        report({
          node,
          message: `${ctx.text(src ?? node)} is copied into a folder the web server publishes`,
        });
      return;
    }
    if (/^(json|yaml|toml|pickle)\.(dump|safe_dump)$/.test(q)) {
      if (wholeConfig(ctx, ctx.args(node)[0]) && servedHandle(ctx, ctx.args(node)[1]))
        report({
          node,
          message: "every setting (secrets included) is dumped into a file the web server publishes",
        });
      return;
    }
    if (/^logging\.(handlers\.)?(FileHandler|RotatingFileHandler|TimedRotatingFileHandler)$/.test(q)) {
      const p = pathText(ctx, ctx.arg(node, 0, "filename"));
      if (SERVED.test(p) && /\.log\b|log/i.test(p))
        report({ node, message: "the log file is written into a folder the web server publishes" });
      return;
    }
    // subprocess.run(["pg_dump", ...], stdout=<file opened under the web root>)
    if (/^subprocess\.(run|call|check_call|Popen)$/.test(q)) {
      const argv = ctx.args(node)[0];
      if (!argv || !/\b(pg_dump|pg_dumpall|mysqldump|mongodump|sqlite3)\b/.test(ctx.text(argv))) return;
      if (servedHandle(ctx, ctx.kwarg(node, "stdout")))
        report({ node, message: "a database dump is written into a folder the web server publishes" });
    }
  },
  cases: {
    valid: [
      "import os\nfrom flask import Flask\nBASE = os.path.dirname(os.path.abspath(__file__))\napp = Flask(__name__, static_folder=os.path.join(BASE, 'static'))",
      "import csv\ndef export(products):\n    with open('public/exports/products.csv', 'w') as fh:\n        w = csv.writer(fh)\n        for p in products:\n            w.writerow([p.sku, p.title, p.price])",
      "import shutil\ndef publish():\n    for n in ('logo.svg', 'favicon.ico'):\n        shutil.copy('assets/' + n, 'static/' + n)",
      "import shutil\ndef backup():\n    shutil.copy('config/settings.ini', '/var/backups/app/settings.ini')",
      "import json, os\ndef export(d='public'):\n    pub = {k: v for k, v in os.environ.items() if k.startswith('PUBLIC_')}\n    with open(os.path.join(d, 'env.json'), 'w') as f:\n        json.dump(pub, f)",
      "import logging\nh = logging.FileHandler('/var/log/app/app.log')",
      "import subprocess\ndef backup():\n    with open('/var/backups/db.sql', 'wb') as out:\n        subprocess.run(['pg_dump', 'shop'], stdout=out, check=True)",
    ],
    invalid: [
      {
        code: "import os\nfrom flask import Flask\nBASE = os.path.dirname(os.path.abspath(__file__))\napp = Flask(__name__, static_folder=BASE, static_url_path='/')",
        line: 4,
      },
      {
        code: "import csv\ndef export(customers):\n    with open('public/exports/customers.csv', 'w') as fh:\n        w = csv.writer(fh)\n        for c in customers:\n            w.writerow([c.name, c.email, c.phone])",
        line: 6,
      },
      {
        code: "import shutil\nfrom pathlib import Path\nAPP = Path(__file__).parent\ndef publish():\n    shutil.copy(APP / 'config' / 'settings.ini', APP / 'static' / 'settings.ini')",
        line: 5,
      },
      "import json, os\ndef export(d='public'):\n    with open(os.path.join(d, 'env.json'), 'w') as f:\n        json.dump(dict(os.environ), f)",
      "import logging\nh = logging.FileHandler('static/app.log')",
      "import subprocess\nWEB_ROOT = '/var/www/html'\ndef backup():\n    with open(f'{WEB_ROOT}/backups/db.sql', 'wb') as out:\n        subprocess.run(['pg_dump', 'shop'], stdout=out, check=True)",
      "import shutil\ndef stage():\n    shutil.copy('/home/deploy/.ssh/id_ed25519', '/var/www/html/downloads/deploy_key')",
    ],
  },
});
