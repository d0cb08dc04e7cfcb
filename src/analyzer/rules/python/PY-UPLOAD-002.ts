import { descendants, field, sourceHas } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/**
 * Signs in a handler that the upload's type is checked: extension allow-lists, MIME types guessed from the name
 * or sniffed from the bytes, images decoded. The Content-Type the client sent (`f.mimetype`, `f.content_type`)
 * is the client's claim, no check: `image/png` on a shell.php upload is one header away.
 */
const TYPE_CHECK =
  /rsplit|splitext|endswith|ALLOWED|allowed_|guess_type|imghdr|magic|suffix|extension|validate_image|FileExtensionValidator|Image\.open|filetype\./i;

function checksType(ctx: PythonContext, node: SyntaxNode): boolean {
  // Outside any function (a fragment cut from a handler's body): the code around it is all there is.
  const fn = ctx.enclosingFunction(node);
  // A line that tests the client's Content-Type (`if f.mimetype not in ALLOWED_TYPES:`) checks the claim only.
  // (and a message's words, `abort(400, "type not allowed")`, are no check either)
  const text = (fn ? ctx.text(fn) : ctx.tree.source)
    .replace(/^[^\n]*\.(mimetype|content_type)\b[^\n]*$/gm, "")
    .replace(/(["'])[^"'\\\n]*\b(allowed|extension)\b[^"'\\\n]*\1/gi, '""');
  return TYPE_CHECK.test(text);
}

/**
 * The handler's only extension test reads the part after the first dot (`name.split(".")[1] in ALLOWED`): a name
 * like `shell.png.php` passes as png and is saved with its real, last extension.
 */
function firstDotOnly(ctx: PythonContext, node: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(node);
  const text = fn ? ctx.text(fn) : ctx.tree.source;
  return (
    /\.split\(\s*(['"])\.\1\s*\)\s*\[\s*1\s*\]/.test(text) &&
    !/rsplit|splitext|endswith|guess_type|imghdr|magic|suffix|validate_image|FileExtensionValidator|Image\.open|filetype\.|\[\s*-1\s*\]/.test(
      text,
    )
  );
}

/** A path's text with its local names spelled out two assignments deep (`path = join(DIR, name)`, `name = ...`). */
function spelledPath(ctx: PythonContext, path: SyntaxNode): string {
  const parts: string[] = [];
  const walk = (n: SyntaxNode, depth: number) => {
    parts.push(ctx.text(n));
    if (depth < 2)
      for (const d of [n, ...descendants(n)])
        if (d.type === "identifier") {
          const v = ctx.resolve(d);
          if (v && v !== d) walk(v, depth + 1);
        }
  };
  walk(path, 0);
  return parts.join(" ");
}

export default pyRule({
  meta: {
    id: "PY-UPLOAD-002",
    title: "Upload stored under its own name with no type check",
    cwe: ["CWE-434", "CWE-641", "CWE-20"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a request's upload saved under a sanitised form of its client-supplied name (Flask FileStorage.save() with secure_filename or os.path.basename, Django UploadedFile.name, already a base name, written with open() or a Django storage's save(); an e-mail attachment's get_filename() reduced to a base name, a FastAPI UploadFile's Path(file.filename).name written with write_bytes/open) when the handler checks neither the extension nor the content (the Content-Type header the client sent is no check), or whose only extension test reads the part after the first dot (split('.')[1]).",
      why_bad:
        "A safe name is not a safe type: shell.php, page.html or .htaccess saved into a served folder can run as code or script in the site's origin.",
      example_bad:
        "from flask import request\nfrom werkzeug.utils import secure_filename\ndef upload():\n    f = request.files['file']\n    f.save('/srv/static/' + secure_filename(f.filename))",
      example_good:
        "from flask import request, abort\nfrom werkzeug.utils import secure_filename\nALLOWED = {'png', 'jpg'}\ndef upload():\n    f = request.files['file']\n    name = secure_filename(f.filename)\n    if name.rsplit('.', 1)[-1].lower() not in ALLOWED:\n        abort(400)\n    f.save('/srv/static/' + name)",
    },
    fix_hint:
      "Allow-list extensions (and check the content), or store under a generated name outside the web root.",
  },
  trigger: /\.save\(|FILES|get_filename\(|UploadFile|FieldStorage\(/,
  nodeTypes: ["call"],
  calls: ["open", "save", "write_bytes"],
  detect(node, ctx, report) {
    // FastAPI: `dest = DIR / Path(file.filename).name; dest.write_bytes(await file.read())` for a parameter
    // declared `file: UploadFile`; the base name is still the client's, extension included.
    const fn = ctx.enclosingFunction(node);
    if (fn && /\bUploadFile\b/.test(ctx.text(field(fn, "parameters") ?? fn))) {
      const m = ctx.method(node);
      const recv = field(field(node, "function") ?? node, "object");
      const target =
        m === "write_bytes" && recv
          ? recv
          : ctx.callee(node) === "open" &&
              /[wa]/.test(ctx.stringValue(ctx.resolve(ctx.arg(node, 1, "mode"))) ?? "")
            ? ctx.args(node)[0]
            : undefined;
      const spelled = target ? spelledPath(ctx, target) : "";
      if (
        /\.filename\b/.test(spelled) &&
        /secure_filename|basename|\)\.name\b/.test(spelled) &&
        !/uuid|mkstemp|token_hex/.test(spelled) &&
        !checksType(ctx, node)
      )
        report({ node, message: "upload written under its own name with no extension or type check" });
      if (m === "write_bytes") return;
    }
    if (ctx.callee(node) === "open") {
      // Django: open(MEDIA + f.name, 'wb') for f = request.FILES[...]; the name has no directory part.
      const mode = ctx.stringValue(ctx.resolve(ctx.arg(node, 1, "mode"))) ?? "";
      const path = ctx.resolve(ctx.args(node)[0]);
      if (!/[wa]/.test(mode) || !path || /uuid/.test(ctx.text(path))) return;
      const upload = descendants(path).some(
        (d) =>
          d.type === "attribute" &&
          ctx.text(field(d, "attribute") ?? d) === "name" &&
          /request\.FILES/.test(ctx.text(ctx.resolve(field(d, "object")) ?? d)),
      );
      if (upload && !checksType(ctx, node)) {
        report({ node, message: "upload written under its own name with no extension or type check" });
        return;
      }
      // An e-mail attachment (`part.get_filename()`) reduced to a base name: still the name its sender chose.
      const spelled = spelledPath(ctx, path);
      if (
        /\.get_filename\(\)/.test(spelled) &&
        /secure_filename|basename/.test(spelled) &&
        !/uuid|mkstemp/.test(spelled) &&
        !checksType(ctx, node)
      )
        report({ node, message: "e-mail attachment written under the name its sender gave it" });
      // A CGI form's file field (`cgi.FieldStorage(...)[key].filename`) reduced to a base name: the client's.
      else if (
        /\.filename\b/.test(spelled) &&
        /secure_filename|basename/.test(spelled) &&
        !/uuid|mkstemp/.test(spelled) &&
        sourceHas(ctx.tree, /\bFieldStorage\(/) &&
        !checksType(ctx, node)
      )
        report({ node, message: "CGI upload written under its own name with no extension or type check" });
      return;
    }
    if (ctx.method(node) !== "save") return;
    const dest = ctx.resolve(ctx.args(node)[0]);
    if (!dest) return;
    // Django storage: FileSystemStorage(...).save(f.name, f) / default_storage.save(f.name, f) keeps the
    // client's file name (the storage only de-duplicates it).
    const store = ctx.resolve(field(field(node, "function") ?? node, "object"));
    if (
      store &&
      /FileSystemStorage\(|default_storage/.test(ctx.text(store)) &&
      // The name itself or a path built around it ("public/" + f.name, f"docs/{f.name}").
      [dest, ...descendants(dest)].some(
        (d) =>
          d.type === "attribute" &&
          ctx.text(field(d, "attribute") ?? d) === "name" &&
          /request\.FILES/.test(ctx.text(ctx.resolve(field(d, "object")) ?? d)),
      )
    ) {
      if (!checksType(ctx, node))
        report({ node, message: "upload stored under its own name with no extension or type check" });
      return;
    }
    // The destination with its local names spelled out one level (`name = secure_filename(f.filename)` then
    // `f.save(os.path.join(DIR, name))`).
    const spelled = [dest, ...descendants(dest).filter((d) => d.type === "identifier")]
      .map((d) => ctx.text(d === dest ? d : (ctx.resolve(d) ?? d)))
      .join(" ");
    // secure_filename() or os.path.basename(): a name without directories, still the client's (".htaccess").
    if (!/secure_filename|basename/.test(spelled)) return;
    const obj = ctx.resolve(field(field(node, "function") ?? node, "object"));
    if (!obj || !/request\.files/.test(ctx.text(obj))) return;
    if (!checksType(ctx, node))
      report({ node, message: "upload saved with no extension or content-type check" });
    else if (firstDotOnly(ctx, node))
      report({
        node,
        message: "the extension checked is the part after the first dot: shell.png.php passes as png",
      });
  },
  cases: {
    valid: [
      "import cgi, os\ndef application(environ, start_response):\n    item = cgi.FieldStorage(fp=environ['wsgi.input'], environ=environ)['upload']\n    name = os.path.basename(item.filename)\n    if not name.lower().endswith(('.png', '.jpg')):\n        return [b'no']\n    with open(os.path.join('/srv/files', name), 'wb') as fh:\n        fh.write(item.file.read())",
      "import uuid\nfrom pathlib import Path\nfrom fastapi import UploadFile\nasync def up(file: UploadFile):\n    if Path(file.filename).suffix not in {'.png'}:\n        return\n    dest = Path('static') / (uuid.uuid4().hex + '.png')\n    dest.write_bytes(await file.read())",
      "upload = request.files['doc']\nif not upload.filename.lower().endswith('.pdf'):\n    abort(415)\nupload.save(os.path.join(app.static_folder, secure_filename(upload.filename)))",
      "import uuid\nfrom django.core.files.storage import default_storage\ndef up(request):\n    f = request.FILES['a']\n    return default_storage.save(f'public/{uuid.uuid4().hex}', f)",
      "from flask import request\nfrom werkzeug.utils import secure_filename\ndef up():\n    f = request.files['a']\n    if not f.filename.endswith('.png'):\n        return 'no', 400\n    f.save('static/' + secure_filename(f.filename))",
      "import uuid\ndef up(request):\n    f = request.FILES['doc']\n    with open('/srv/media/' + uuid.uuid4().hex, 'wb') as d:\n        d.write(f.read())",
      "def up(request):\n    f = request.FILES['doc']\n    if not f.name.endswith('.pdf'):\n        raise ValueError\n    with open('/srv/media/' + f.name, 'wb') as d:\n        d.write(f.read())",
      "import os, uuid\ndef keep(msg):\n    for part in msg.iter_attachments():\n        with open(os.path.join('/srv/att', uuid.uuid4().hex), 'wb') as fh:\n            fh.write(part.get_payload(decode=True))",
    ],
    invalid: [
      // an allow-list of the Content-Types the client claims
      {
        code: "import os\nfrom flask import request, abort\nfrom werkzeug.utils import secure_filename\nALLOWED_TYPES = {'image/png'}\ndef up():\n    f = request.files['a']\n    if f.mimetype not in ALLOWED_TYPES:\n        abort(400)\n    f.save(os.path.join('/srv/static', secure_filename(f.filename)))",
        line: 9,
      },
      {
        code: "import cgi, os\ndef application(environ, start_response):\n    item = cgi.FieldStorage(fp=environ['wsgi.input'], environ=environ)['upload']\n    with open(os.path.join('/var/www/html/files', os.path.basename(item.filename)), 'wb') as fh:\n        fh.write(item.file.read())",
        line: 4,
      },
      "from flask import request, abort\nfrom werkzeug.utils import secure_filename\nALLOWED = {'png', 'jpg'}\ndef upload():\n    f = request.files['file']\n    name = secure_filename(f.filename)\n    if name.split('.')[1].lower() not in ALLOWED:\n        abort(400)\n    f.save('/srv/static/' + name)",
      {
        code: "from pathlib import Path\nfrom fastapi import UploadFile\nasync def up(file: UploadFile):\n    dest = Path('static') / Path(file.filename).name\n    dest.write_bytes(await file.read())",
        line: 5,
      },
      {
        code: "import os\ndef keep(msg):\n    for part in msg.iter_attachments():\n        name = os.path.basename(part.get_filename())\n        path = os.path.join('/srv/att', name)\n        with open(path, 'wb') as fh:\n            fh.write(part.get_payload(decode=True))",
        line: 6,
      },
      {
        code: "upload = request.files['doc']\nname = secure_filename(upload.filename)\nupload.save(os.path.join(app.static_folder, name))",
        line: 3,
      },
      "from django.core.files.storage import default_storage\ndef up(request):\n    f = request.FILES['a']\n    return default_storage.save('public/' + f.name, f)",
      "from django.core.files.storage import FileSystemStorage\ndef up(request):\n    f = request.FILES['a']\n    fs = FileSystemStorage(location='/srv/media')\n    return fs.save(f.name, f)",
      "import os\nfrom flask import request\ndef up():\n    f = request.files['a']\n    name = os.path.basename(f.filename)\n    f.save(os.path.join('/srv/www/shared', name))",
      "import os\nfrom flask import request, abort\nfrom werkzeug.utils import secure_filename\ndef up():\n    f = request.files['a']\n    if not f.mimetype.startswith('image/'):\n        abort(400)\n    f.save(os.path.join('/srv/static', secure_filename(f.filename)))",
      {
        code: "import os\nfrom flask import request\nfrom werkzeug.utils import secure_filename\ndef up():\n    f = request.files['a']\n    name = secure_filename(f.filename)\n    f.save(os.path.join('static', name))",
        line: 7,
      },
      {
        code: "from flask import request\nfrom werkzeug.utils import secure_filename\ndef up():\n    f = request.files['a']\n    f.save('static/' + secure_filename(f.filename))",
        line: 5,
      },
      {
        code: "def up(request):\n    f = request.FILES['doc']\n    with open('/var/www/media/' + f.name, 'wb+') as d:\n        d.write(f.read())",
        line: 3,
      },
    ],
  },
});
