import { descendants, field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-UPLOAD-001",
    title: "Uploaded file saved under its client-supplied name",
    cwe: ["CWE-434", "CWE-22", "CWE-641"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "the name is sanitised but nothing checks the extension or content type (CWE-434 without the traversal)",
      },
    ],
    docs: {
      what_it_does:
        "Flags FileStorage.save() (Flask/Werkzeug uploads) whose destination uses the upload's .filename without secure_filename or basename, Django uploads written to a path built from the upload's .name, and (MEDIUM) uploads from the request saved with no extension or content-type check in the handler.",
      why_bad:
        "The client picks the name: ../ escapes the upload folder, and names like shell.php or .htaccess can become executable content.",
      example_bad:
        "import os\nfrom flask import request\ndef upload():\n    f = request.files['file']\n    f.save(os.path.join('/srv/uploads', f.filename))",
      example_good:
        "import os\nfrom flask import request\nfrom werkzeug.utils import secure_filename\ndef upload():\n    f = request.files['file']\n    name = secure_filename(f.filename)\n    if not name.lower().endswith(('.png', '.jpg')):\n        abort(400)\n    f.save(os.path.join('/srv/uploads', name))",
    },
    fix_hint: "Sanitise the name with secure_filename (or generate your own), and allow-list extensions.",
  },
  trigger: /\.save\(|FILES|\.filename/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    if (ctx.callee(node) === "open") {
      // Django: open(MEDIA + f.name, 'wb') for f = request.FILES[...]
      const mode = ctx.stringValue(ctx.resolve(ctx.arg(node, 1, "mode"))) ?? "";
      const path = ctx.resolve(ctx.args(node)[0]);
      if (!/[wa]/.test(mode) || !path) return;
      const upload = descendants(path).find(
        (d) =>
          d.type === "attribute" &&
          (ctx.text(field(d, "attribute") ?? d) === "filename" ||
            (ctx.text(field(d, "attribute") ?? d) === "name" &&
              /request\.FILES/.test(ctx.text(ctx.resolve(field(d, "object")) ?? d)))),
      );
      if (upload && !/basename|get_valid_filename|secure_filename|uuid/.test(ctx.text(path)))
        report({ node, message: "upload written under the client-chosen file name" });
      return;
    }
    if (ctx.method(node) !== "save") return;
    const dest = ctx.resolve(ctx.args(node)[0]);
    if (!dest) return;
    const t = ctx.text(dest);
    if (/\.filename\b/.test(t) && !/secure_filename|basename|uuid/.test(t))
      report({ node, message: "upload saved under the client-chosen file name" });
    else if (/secure_filename/.test(t)) {
      // A safe name is not a safe type: .html, .svg or .py in a served folder still runs as content.
      const obj = ctx.resolve(field(field(node, "function") ?? node, "object"));
      const fn = ctx.enclosingFunction(node);
      if (
        obj &&
        /request\.files/.test(ctx.text(obj)) &&
        fn &&
        !/rsplit|splitext|endswith|ALLOWED|allowed_|mimetype|content_type|imghdr|magic|suffix|extension/i.test(
          ctx.text(fn),
        )
      )
        report({ node, severity: "MEDIUM", message: "upload saved with no extension or content-type check" });
    }
  },
  cases: {
    valid: [
      "from werkzeug.utils import secure_filename\nf.save(os.path.join(d, secure_filename(f.filename)))",
    ],
    invalid: [
      "f.save('/srv/' + f.filename)",
      "async def up(request):\n    field = await (await request.multipart()).next()\n    with open('/srv/uploads/' + field.filename, 'wb') as f:\n        f.write(await field.read())",
      "def up(request):\n    f = request.FILES['doc']\n    with open('/var/www/media/' + f.name, 'wb+') as d:\n        d.write(f.read())",
      {
        code: "from flask import request\nfrom werkzeug.utils import secure_filename\ndef up():\n    f = request.files['a']\n    f.save('static/' + secure_filename(f.filename))",
        severity: "MEDIUM",
      },
    ],
  },
});
