import { Level } from "../../dataflow/python.js";
import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { ancestor, descendants, field, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/**
 * Every `.filename` in `dest` passes through a local helper whose result holds no path (`clean_name(f.filename)`
 * where `def clean_name(n): return secure_filename(n)`), as the data flow reads the helper's return.
 */
/**
 * `rec.filename` where rec is an instance of a class of this file whose `filename` is a @property: the name its
 * setter stored, which the data flow reads (PY-PATH-001 reports it when it still holds the client's name).
 */
function ownProperty(ctx: PythonContext, d: SyntaxNode): boolean {
  const obj = field(d, "object");
  return !!obj && ctx.instanceProperty(obj, "filename") !== undefined && ctx.level(d, "path") < Level.SOURCE;
}

function cleanedByHelper(ctx: PythonContext, dest: SyntaxNode): boolean {
  const names = descendants(dest).filter(
    (d) => d.type === "attribute" && ctx.text(field(d, "attribute") ?? d) === "filename",
  );
  return (
    names.length > 0 &&
    names.every((n) => {
      for (let p = n.parent; p && p !== dest.parent; p = p.parent)
        if (p.type === "call" && ctx.localCallee(p) && ctx.level(p, "path") === Level.CONST) return true;
      return false;
    })
  );
}

/**
 * `self.filename`: the file the object itself keeps (a status cache, a log file it appends to), set in the class
 * from its constructor's argument or its own state - not from an upload's or an attachment's name, nor the request.
 */
function ownFileName(ctx: PythonContext, d: SyntaxNode): boolean {
  const obj = field(d, "object");
  const cls = ancestor(d, ["class_definition"]);
  if (!obj || ctx.text(obj) !== "self" || !cls || ctx.level(d, "path") === Level.SOURCE) return false;
  const sets = descendants(cls).filter(
    (a) => a.type === "assignment" && ctx.text(field(a, "left") ?? a) === "self.filename",
  );
  return (
    sets.length > 0 &&
    sets.every(
      (a) => !/\.filename\b|get_filename\(|\brequest\b|\bfiles\b/.test(ctx.text(field(a, "right") ?? a)),
    )
  );
}

/**
 * `info["name"]` of `info = client.files_info(file=...)["file"]` (Slack's Web API, in a slack_bolt / slack_sdk
 * module): the name the member gave the file they shared - extension and all, like an upload's `.filename`.
 */
function slackFileName(ctx: PythonContext, d: SyntaxNode): boolean {
  if (d.type !== "subscript" || ctx.stringValue(field(d, "subscript")) !== "name") return false;
  if (!sourceHas(ctx.tree, /^\s*(from|import)\s+(slack_bolt|slack_sdk)\b/m)) return false;
  let o = ctx.resolve(field(d, "value") ?? undefined);
  for (let i = 0; i < 3 && o?.type === "subscript"; i++) o = ctx.resolve(field(o, "value") ?? undefined);
  if (o?.type === "await") o = o.children.find((c) => c.named);
  return o?.type === "call" && ctx.method(o) === "files_info";
}

export default pyRule({
  meta: {
    id: "PY-UPLOAD-001",
    title: "Uploaded file saved under its client-supplied name",
    cwe: ["CWE-434", "CWE-22", "CWE-641"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags FileStorage.save() (Flask/Werkzeug uploads) and open(..., 'w') whose destination uses the upload's raw .filename (or an e-mail attachment's get_filename()) without secure_filename or basename. (A sanitised name with no type check is PY-UPLOAD-002's.)",
      why_bad:
        "The client picks the name: ../ escapes the upload folder, and names like shell.php or .htaccess can become executable content.",
      example_bad:
        "import os\nfrom flask import request\ndef upload():\n    f = request.files['file']\n    f.save(os.path.join('/srv/uploads', f.filename))",
      example_good:
        "import os\nfrom flask import request\nfrom werkzeug.utils import secure_filename\ndef upload():\n    f = request.files['file']\n    name = secure_filename(f.filename)\n    if not name.lower().endswith(('.png', '.jpg')):\n        abort(400)\n    f.save(os.path.join('/srv/uploads', name))",
    },
    fix_hint: "Sanitise the name with secure_filename (or generate your own), and allow-list extensions.",
  },
  trigger: /\.save\(|\.filename|get_filename\(|\.file_name\b|files_info\(/,
  nodeTypes: ["call"],
  calls: ["open", "save", "write_bytes", "write_text", "download_to_drive", "download"],
  detect(node, ctx, report) {
    const builtinOpen = /^(open|aiofiles\.open|io\.open|codecs\.open)$/.test(ctx.callee(node));
    const m = ctx.method(node);
    const recv =
      field(node, "function")?.type === "attribute" ? field(field(node, "function")!, "object") : undefined;
    // A pathlib destination written through its own methods: `dest.open("wb")`, `dest.write_bytes(data)`.
    const pathMethod = !builtinOpen && !!recv && /^(open|write_bytes|write_text)$/.test(m);
    // python-telegram-bot: `await tg_file.download_to_drive(custom_path=...)` (`download(...)` before v20)
    // stores the document a chat member sent; Document.file_name is the sender's name for it.
    const telegram =
      /^(download_to_drive|download)$/.test(m) && sourceHas(ctx.tree, /^\s*(from|import)\s+telegram\b/m);
    if (builtinOpen || pathMethod || telegram) {
      // open(UPLOADS + field.filename, 'wb'): aiohttp multipart fields, Werkzeug FileStorage.
      const mode = builtinOpen
        ? (ctx.stringValue(ctx.resolve(ctx.arg(node, 1, "mode"))) ?? "")
        : m === "open"
          ? (ctx.stringValue(ctx.resolve(ctx.arg(node, 0, "mode"))) ?? "")
          : "w";
      const raw = builtinOpen
        ? ctx.args(node)[0]
        : telegram
          ? (ctx.kwarg(node, "custom_path") ?? ctx.args(node)[0])
          : recv;
      const path = ctx.resolve(raw);
      // (a mode string only: `zf.open("data.csv")` names a member, not a mode)
      if (!/[wa]/.test(mode) || !/^[rwaxbt+]+$/.test(mode) || !path) return;
      // Django's UploadedFile.name is already a base name (PY-UPLOAD-002 judges its type); a raw .filename is not.
      // Or an e-mail attachment's name, `part.get_filename()`: the sender's choice, "../" and all.
      const upload = descendants(path).find(
        (d) =>
          (d.type === "attribute" &&
            (ctx.text(field(d, "attribute") ?? d) === "filename" ||
              (telegram && ctx.text(field(d, "attribute") ?? d) === "file_name")) &&
            !ownProperty(ctx, d) &&
            !ownFileName(ctx, d)) ||
          (d.type === "call" && ctx.method(d) === "get_filename" && ctx.args(d).length === 0) ||
          slackFileName(ctx, d),
      );
      if (
        !upload ||
        // (`Path(f.filename).name`: pathlib's base name)
        /basename|get_valid_filename|secure_filename|uuid|\)\.name\b/.test(ctx.text(path)) ||
        cleanedByHelper(ctx, path)
      )
        return;
      // The joined path is resolved and checked to stay inside the destination before it is opened.
      const target = raw;
      const fn = ctx.enclosingFunction(node);
      // The test may name the resolved form instead: `real = os.path.realpath(target)`; `real.startswith(...)`.
      const names = new Set(target?.type === "identifier" ? [ctx.text(target)] : []);
      if (target?.type === "identifier" && fn)
        for (const a of descendants(fn)) {
          const left = a.type === "assignment" ? field(a, "left") : undefined;
          const right = a.type === "assignment" ? field(a, "right") : undefined;
          if (
            left?.type === "identifier" &&
            right?.type === "call" &&
            /(^|\.)(normpath|realpath|abspath)$/.test(ctx.callee(right)) &&
            ctx.text(ctx.args(right)[0] ?? right) === ctx.text(target)
          )
            names.add(ctx.text(left));
        }
      const contained =
        target?.type === "identifier" &&
        fn !== undefined &&
        descendants(fn).some(
          (d) =>
            d.type === "call" &&
            /(^|\.)(commonpath|is_relative_to|startswith)$/.test(ctx.callee(d)) &&
            ancestor(d, ["if_statement", "assert_statement"]) !== undefined &&
            descendants(d).some((i) => i.type === "identifier" && names.has(ctx.text(i))),
        );
      if (!contained) report({ node, message: "upload written under the client-chosen file name" });
      return;
    }
    if (ctx.method(node) !== "save") return;
    const dest = ctx.resolve(ctx.args(node)[0]);
    if (!dest) return;
    const t = ctx.text(dest);
    const named = descendants(dest).filter(
      (d) => d.type === "attribute" && ctx.text(field(d, "attribute") ?? d) === "filename",
    );
    if (named.length && named.every((d) => ownProperty(ctx, d))) return;
    if (/\.filename\b/.test(t) && !/secure_filename|basename|uuid/.test(t) && !cleanedByHelper(ctx, dest))
      report({ node, message: "upload saved under the client-chosen file name" });
  },
  cases: {
    valid: [
      "import os, uuid, requests\nfrom slack_bolt import App\napp = App()\n@app.event('file_shared')\ndef on_file(event, client):\n    info = client.files_info(file=event['file_id'])['file']\n    r = requests.get(info['url_private_download'], timeout=9)\n    with open(os.path.join('/srv/inbox', uuid.uuid4().hex + '.bin'), 'wb') as fh:\n        fh.write(r.content)",
      "from pathlib import Path\nasync def up(file):\n    target = Path('/srv/in') / Path(file.filename).name\n    target.write_bytes(await file.read())",
      // Read back, or a name the program picks.
      "from pathlib import Path\ndef show(file):\n    with (Path('static') / file.filename).open('rb') as fh:\n        return fh.read()",
      "import uuid\nfrom pathlib import Path\nfrom telegram import Update\nasync def on_doc(update, context):\n    doc = update.message.document\n    f = await context.bot.get_file(doc.file_id)\n    await f.download_to_drive(custom_path=Path('/srv/store') / f'{uuid.uuid4().hex}.png')",
      // The object's own file (a status cache saved under its name, a log file it appends to).
      "class Status:\n    def __init__(self, root, name):\n        self.filename = root + '/' + name\n    def save(self):\n        with open(self.filename + '.tmp', 'wt') as fd:\n            fd.write('v2')",
      "class LogFile:\n    def __init__(self, filename):\n        self.filename = filename\n        self.file = open(self.filename, 'a')",
      "import os, zipfile\ndef unpack(a, dest):\n    base = os.path.realpath(dest)\n    for m in zipfile.ZipFile(a).infolist():\n        target = os.path.join(dest, m.filename)\n        real = os.path.realpath(target)\n        if not real.startswith(base + os.sep):\n            continue\n        with open(target, 'wb') as out:\n            out.write(b'')",
      "import os, zipfile\ndef unpack(a, dest):\n    root = os.path.realpath(dest)\n    for m in zipfile.ZipFile(a).infolist():\n        target = os.path.realpath(os.path.join(root, m.filename))\n        if os.path.commonpath([root, target]) != root:\n            raise ValueError(m.filename)\n        with open(target, 'wb') as out:\n            out.write(b'')",
      "from werkzeug.utils import secure_filename\nf.save(os.path.join(d, secure_filename(f.filename)))",
      "import os\nfrom flask import request\nfrom werkzeug.utils import secure_filename\ndef clean(n):\n    return secure_filename(n)\ndef up():\n    f = request.files['f']\n    f.save(os.path.join('/srv', clean(f.filename)))",
      // A record's filename property whose setter keeps only the base name.
      "import os\nfrom flask import request\nclass Rec:\n    def __init__(self):\n        self._n = 'x'\n    @property\n    def filename(self):\n        return self._n\n    @filename.setter\n    def filename(self, v):\n        self._n = os.path.basename(v)\ndef up():\n    f = request.files['f']\n    r = Rec()\n    r.filename = f.filename\n    with open(os.path.join('/srv', r.filename), 'wb') as out:\n        out.write(f.read())",
      "def up(request):\n    f = request.FILES['doc']\n    with open('/var/www/media/' + f.name, 'wb+') as d:\n        d.write(f.read())",
    ],
    invalid: [
      "import os, requests\nfrom slack_bolt import App\napp = App()\n@app.event('file_shared')\ndef on_file(event, client):\n    info = client.files_info(file=event['file_id'])['file']\n    r = requests.get(info['url_private_download'], timeout=9)\n    with open(os.path.join('/opt/bot/plugins', info['name']), 'wb') as fh:\n        fh.write(r.content)",
      // pathlib's own writers, and a telegram bot storing a member's document under the sender's name
      {
        code: "from pathlib import Path\nfrom fastapi import FastAPI, UploadFile\napp = FastAPI()\n@app.post('/a')\nasync def up(file: UploadFile):\n    dest = Path('static') / file.filename\n    with dest.open('wb') as out:\n        out.write(await file.read())",
        line: 7,
      },
      {
        code: "from pathlib import Path\nasync def up(file):\n    (Path('static') / file.filename).write_bytes(await file.read())",
        line: 3,
      },
      {
        code: "from pathlib import Path\nfrom telegram import Update\nasync def on_doc(update, context):\n    doc = update.message.document\n    f = await context.bot.get_file(doc.file_id)\n    await f.download_to_drive(custom_path=Path('/var/www/up') / doc.file_name)",
        line: 6,
      },
      // an async FastAPI handler writing the UploadFile under its own name with aiofiles
      {
        code: "from pathlib import Path\nimport aiofiles\nfrom fastapi import FastAPI, UploadFile\napp = FastAPI()\nSTATIC = Path('static')\n@app.post('/avatar')\nasync def up(file: UploadFile):\n    dest = STATIC / 'avatars' / file.filename\n    async with aiofiles.open(dest, 'wb') as out:\n        await out.write(await file.read())",
        line: 9,
      },
      // The object keeps the request's upload name.
      "from flask import request\nclass Up:\n    def __init__(self):\n        self.filename = request.files['f'].filename\n    def keep(self, data):\n        with open('/srv/up/' + self.filename, 'wb') as fd:\n            fd.write(data)",
      // The same property storing the client's name as given.
      {
        code: "import os\nfrom flask import request\nclass Rec:\n    def __init__(self):\n        self._n = 'x'\n    @property\n    def filename(self):\n        return self._n\n    @filename.setter\n    def filename(self, v):\n        self._n = v\ndef up():\n    f = request.files['f']\n    r = Rec()\n    r.filename = f.filename\n    f.save(os.path.join('/srv', r.filename))",
        line: 16,
      },
      {
        code: "import os\nfrom flask import request\ndef clean(n):\n    return n.lower()\ndef up():\n    f = request.files['f']\n    f.save(os.path.join('/srv', clean(f.filename)))",
        line: 7,
      },
      "f.save('/srv/' + f.filename)",
      "async def up(request):\n    field = await (await request.multipart()).next()\n    with open('/srv/uploads/' + field.filename, 'wb') as f:\n        f.write(await field.read())",
      "import os\ndef keep(msg):\n    for part in msg.walk():\n        if part.get_filename():\n            with open(os.path.join('/srv/att', part.get_filename()), 'wb') as fh:\n                fh.write(part.get_payload(decode=True))",
    ],
  },
});
