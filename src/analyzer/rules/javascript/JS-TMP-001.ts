import { jsRule } from "./common.js";

/** A fixed path in a world-writable temporary directory: '/tmp/report.csv', '/var/tmp/x', `/tmp/app.lock`. */
const SHARED_TMP = /^\/(var\/)?tmp\/[^/${}]+/;

export default jsRule({
  meta: {
    id: "JS-TMP-001",
    title: "File written at a fixed name in a shared temporary directory",
    cwe: ["CWE-377", "CWE-379"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags fs writes (writeFile/writeFileSync/appendFile/createWriteStream/open with a write flag) to a literal path under /tmp or /var/tmp.",
      why_bad:
        "Every local user can create /tmp/report.csv first, as a symlink to a file of yours: the program then overwrites or leaks that file, or reads data the attacker planted.",
      example_bad: "const fs = require('fs');\nfs.writeFileSync('/tmp/report.csv', csv);",
      example_good:
        "const fs = require('fs');\nconst os = require('os');\nconst path = require('path');\nconst dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));\nfs.writeFileSync(path.join(dir, 'report.csv'), csv);",
    },
    fix_hint:
      "Create a private directory with fs.mkdtemp(os.tmpdir() + '/app-') (or the tmp package) and write there.",
  },
  trigger: /\/tmp\//,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const m =
      /(^|\.)(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|open|openSync)$/.exec(q);
    if (
      !m ||
      !/(^|\.)(fs|fsp|promises|fse|fs-extra)\.|^(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|openSync)$/.test(
        q,
      )
    )
      return;
    const path = ctx.constValue(ctx.args(node)[0]);
    if (typeof path !== "string" || !SHARED_TMP.test(path)) return;
    if (/^open(Sync)?$/.test(m[2]!)) {
      // open(path, flags): only a write, append or create flag makes the name a target.
      const flags = ctx.constValue(ctx.args(node)[1]);
      if (typeof flags !== "string" || !/[wa+]/.test(flags) || /x/.test(flags)) return;
    }
    report({ node, message: `${m[2]}() to the fixed temporary path ${path}` });
  },
  cases: {
    valid: [
      "const fs = require('fs');\nconst dir = fs.mkdtempSync('/tmp/app-');\nfs.writeFileSync(dir + '/r.csv', csv);",
      "const fs = require('fs');\nconst d = fs.readFileSync('/tmp/report.csv', 'utf8');",
      "const fs = require('fs');\nconst fd = fs.openSync('/tmp/app.lock', 'wx');",
      "const fs = require('fs');\nfs.writeFileSync('/etc/app/out.json', data);",
    ],
    invalid: [
      "const fs = require('fs');\nfs.writeFileSync('/tmp/report.csv', csv);",
      "const fs = require('fs');\nconst out = fs.createWriteStream('/tmp/upload.bin');",
      "const fs = require('fs');\nconst fd = fs.openSync('/var/tmp/state', 'w');",
    ],
  },
});
