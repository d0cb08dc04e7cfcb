import { Level } from "../../dataflow/python.js";
import { jsRule } from "./common.js";
import {
  anchoredPath,
  containmentChecked,
  helperContained,
  fsPathCall,
  getterContained,
  traversalFinding,
  uploadTemp,
} from "./fs-paths.js";

export default jsRule({
  meta: {
    id: "JS-PATH-002",
    title: "File-system call on a non-literal path (audit)",
    cwe: ["CWE-22"],
    severity: "LOW",
    docs: {
      what_it_does:
        "An audit hint, not a verdict: flags fs / fs-extra calls (read, write, stat, exists, mkdir, symlink, rename, ...) whose path is neither a literal nor anchored at __dirname / process.cwd() with literal parts, and which JS-PATH-001 does not already report (request data, or a caller's name joined onto a directory).",
      why_bad:
        "Whether such a path is safe depends on where its parts come from; when any part can come from a user, `../` or an absolute name reaches files outside the intended directory. A reviewer traces each one.",
      example_bad:
        "const fs = require('fs');\nfunction getFileContent(filename, options) {\n  return fs.readFileSync(filename, options).toString();\n}",
      example_good:
        "const fs = require('fs');\nconst path = require('path');\nconst TEMPLATES = path.join(__dirname, 'templates');\nfunction loadTemplate(name) {\n  const p = path.resolve(TEMPLATES, name);\n  if (!p.startsWith(TEMPLATES + path.sep)) throw new Error('outside templates');\n  return fs.readFileSync(p, 'utf8');\n}",
    },
    fix_hint:
      "Build paths from a fixed base, resolve them and check they stay under it (startsWith(base + path.sep)), or reduce names with path.basename.",
  },
  trigger: /fs/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const method = fsPathCall(node, ctx);
    if (!method) return;
    const p = ctx.args(node)[uploadTemp(node, ctx) ? 1 : 0];
    if (
      !p ||
      anchoredPath(p, ctx) ||
      containmentChecked(node, ctx) ||
      getterContained(p, ctx) ||
      helperContained(p, ctx)
    )
      return;
    if (traversalFinding(node, ctx)) return; // JS-PATH-001 reports this one
    const level = ctx.level(p, "path");
    if (level === Level.CONST) return;
    // `path.join(dir, path.basename(name))`: the caller picks the directory and the name under it is reduced
    // to one plain file name (a sanitiser, not a literal): nothing climbs out of the directory it chose.
    const r = ctx.resolve(p) ?? p;
    const tail =
      r.type === "call_expression" && /^path\.(join|resolve)$/.test(ctx.callee(r))
        ? ctx.args(r).slice(1)
        : [];
    // `path.join(DOCS, file)` with DOCS anchored on the program's directory and `file` pinned by a test
    // (`if (!ALLOWED.has(file)) return`): every part is fixed by the program.
    if (
      r.type === "call_expression" &&
      /^path\.(join|resolve)$/.test(ctx.callee(r)) &&
      ctx.args(r).every((a) => anchoredPath(a, ctx) || ctx.level(a, "path") === Level.CONST)
    )
      return;
    if (
      tail.length &&
      tail.every((a) => ctx.level(a, "path") === Level.CONST) &&
      // the sanitising call written in place or bound to a name first (`const name = path.basename(x)`)
      tail.some((a) => (ctx.resolve(a) ?? a).type === "call_expression")
    )
      return;
    report({
      node,
      message: `${method}() on a path that is not a literal (${level >= Level.PARAM ? "built from a caller's value" : "origin not traced"}): check where its parts come from`,
    });
  },
  cases: {
    valid: [
      "const fs = require('fs');\nfunction keep(file) {\n  fs.copyFileSync(file.filepath, __dirname + '/up/avatar.png');\n}",
      "const fs = require('fs');\nfs.readFileSync('./config.json');",
      "const fs = require('fs');\nconst path = require('path');\nfunction read(dir, file) {\n  const name = path.basename(file);\n  return fs.readFileSync(path.join(dir, name));\n}",
      "const fs = require('fs');\nconst path = require('path');\nconst data = fs.readFileSync(path.join(__dirname, 'fixtures', 'a.json'));",
      "const fs = require('fs');\nconst cfg = fs.existsSync(process.cwd() + '/site.json');",
      "const fs = require('fs');\nconst path = require('path');\nconst BASE = '/srv/docs';\nfunction read(name) {\n  const p = path.resolve(BASE, name);\n  if (!p.startsWith(BASE + path.sep)) throw new Error('outside');\n  return fs.statSync(p);\n}",
      "const store = makeStore();\nfunction f(k) { return store.readFile(k); }",
      "const fs = require('fs');\nconst path = require('path');\nconst DOCS = path.join(process.cwd(), 'docs');\nconst OK = new Set(['a.pdf']);\napp.get('/d', (req, res) => {\n  const f = req.query.f;\n  if (!OK.has(f)) return res.sendStatus(404);\n  fs.createReadStream(path.join(DOCS, f)).pipe(res);\n});",
      "const fs = require('fs');\nconst path = require('path');\nfunction save(dir, name, d) { fs.writeFileSync(path.join(dir, path.basename(name)), d); }",
    ],
    invalid: [
      {
        code: "const fs = require('fs');\nfunction getFileContent(filename, options) {\n  return fs.readFileSync(filename, options).toString();\n}",
        line: 3,
        severity: "LOW",
        message: "caller's value",
      },
      "const fs = require('fs');\nfunction validate(name, cb) { fs.lstat(name, cb); }",
      "import { existsSync } from 'fs';\nexport function has(dir, key) { return existsSync(dir + '/config/' + key + '.js'); }",
      "const fse = require('fs-extra');\nfunction out(o, s) { fse.outputFileSync(o.histfile, s); }",
    ],
  },
});
