import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-UPLOAD-001",
    title: "Uploaded file saved under its client-supplied name",
    cwe: ["CWE-434", "CWE-22"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags FileStorage.save() (Flask/Werkzeug uploads) whose destination uses the upload's .filename without secure_filename or basename.",
      why_bad:
        "The client picks the name: ../ escapes the upload folder, and names like shell.php or .htaccess can become executable content.",
      example_bad:
        "import os\nfrom flask import request\ndef upload():\n    f = request.files['file']\n    f.save(os.path.join('/srv/uploads', f.filename))",
      example_good:
        "import os\nfrom flask import request\nfrom werkzeug.utils import secure_filename\ndef upload():\n    f = request.files['file']\n    f.save(os.path.join('/srv/uploads', secure_filename(f.filename)))",
    },
    fix_hint: "Sanitise the name with secure_filename (or generate your own), and allow-list extensions.",
  },
  trigger: /\.save\(/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    if (ctx.method(node) !== "save") return;
    const dest = ctx.resolve(ctx.args(node)[0]);
    if (!dest) return;
    const t = ctx.text(dest);
    if (/\.filename\b/.test(t) && !/secure_filename|basename|uuid/.test(t))
      report({ node, message: "upload saved under the client-chosen file name" });
  },
  cases: {
    valid: [
      "from werkzeug.utils import secure_filename\nf.save(os.path.join(d, secure_filename(f.filename)))",
    ],
    invalid: ["f.save('/srv/' + f.filename)"],
  },
});
