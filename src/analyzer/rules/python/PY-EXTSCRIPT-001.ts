import { pyRule } from "./common.js";

/** `<script src="http://host/...">` to a host other than this machine. */
const PLAIN_SCRIPT =
  /<script\b[^>]*?\bsrc\s*=\s*["']?http:\/\/(?!(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])[:/"'])[^"'\s>]+/i;

export default pyRule({
  meta: {
    id: "PY-EXTSCRIPT-001",
    title: "Page loads a script over plain http",
    cwe: ["CWE-829", "CWE-319"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        'Flags HTML held in Python strings (pages, templates, widgets a view returns) with a <script src="http://..."> to another host.',
      why_bad:
        "The script runs with the page's full rights, and over plain http anyone on the network path (public Wi-Fi, a proxy, a hostile ISP) can replace it: the page then runs their code, reads its forms and cookies.",
      example_bad:
        "PAGE = '<html><head><script src=\"http://cdn.example.net/widget.js\"></script></head></html>'",
      example_good:
        'PAGE = \'<html><head><script src="https://cdn.example.net/widget/3.2.1/widget.js" integrity="sha384-..." crossorigin="anonymous"></script></head></html>\'',
    },
    fix_hint:
      "Load scripts over https from a pinned version with a Subresource Integrity hash (integrity=...), or serve them from your own origin.",
  },
  trigger: /<script\b[^>]*?\bsrc\s*=\s*["']?http:\/\//i,
  nodeTypes: ["string"],
  detect(node, ctx, report) {
    if (node.parent?.type === "concatenated_string") return;
    const m = PLAIN_SCRIPT.exec(ctx.text(node));
    if (m)
      report({ node, message: `the page loads ${m[0].replace(/^[\s\S]*?http/, "http")} over plain http` });
  },
  cases: {
    valid: [
      'PAGE = \'<script src="https://cdn.example.net/w/3.2.1/w.js" integrity="sha384-abc" crossorigin="anonymous"></script>\'',
      "DEV = '<script src=\"http://localhost:35729/livereload.js\"></script>'",
      "LINK = '<a href=\"http://example.com/\">site</a>'",
    ],
    invalid: [
      {
        code: "from flask import Flask\napp = Flask(__name__)\nPAGE = '''<html><head>\n<script src=\"http://cdn.widgets.example/chat.js\"></script>\n</head></html>'''\n@app.route('/')\ndef index():\n    return PAGE",
        line: 3,
      },
    ],
  },
});
