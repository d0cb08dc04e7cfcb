import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** A fixed path in a world-writable temporary directory: '/tmp/report.csv', '/var/tmp/x', `/tmp/app.lock`. */
const SHARED_TMP = /^\/(var\/)?tmp\/[^/${}]+|^\/dev\/shm\/[^/${}]+/;

/** The shared temporary directory itself, as the code names it: os.tmpdir(), $TMPDIR/$TMP/$TEMP. */
const TMP_DIR =
  /^((os|node:os)\.)?tmpdir\(\)$|^process\.env\.(TMPDIR|TMP|TEMP)$|^process\.env\[['"](TMPDIR|TMP|TEMP)['"]\]$/;

/** Parts that make a name unguessable, or a private directory made for the purpose. */
const UNPREDICTABLE = /random|uuid|nanoid|mkdtemp|tmpName|tmp\.file|tmp\.dir|crypto\.|cuid/i;

/**
 * Math.random's few guessable values (`Math.floor(Math.random() * 1000)`) make no name unguessable; its whole draw
 * written out (`Math.random().toString(36).slice(2)`, some fifty bits) is a name no other local user can plant first.
 * A cut draw (`.substring(7)`, `.slice(2, 8)`: a few characters, 20-30 bits beside a guessable Date.now()) is not.
 */
const weak = (t: string) =>
  t.replace(
    /\bMath\.random\s*\(\s*\)(?!\s*\.\s*toString\s*\(\s*(?:16|36)\s*\)(?:\s*\.\s*(?:slice|substring|substr)\s*\(\s*[0-2]\s*\))?(?!\s*\.\s*(?:slice|substring|substr)\b))/g,
    "",
  );

/** The expression, or a name in it bound to a value, draws on randomness or a private directory. */
function unpredictable(ctx: JsContext, n: SyntaxNode): boolean {
  if (UNPREDICTABLE.test(weak(ctx.text(n)))) return true;
  const stack = [n];
  for (let seen = 0; stack.length && seen < 200; seen++) {
    const c = stack.pop()!;
    if (c.type === "identifier") {
      const v = ctx.resolve(c, 2);
      if (v && v !== c && UNPREDICTABLE.test(weak(ctx.text(v)))) return true;
    }
    stack.push(...namedChildren(c));
  }
  return false;
}

/**
 * `const dir = path.join(os.tmpdir(), 'zip-' + Date.now()); fs.mkdirSync(dir); fs.writeFileSync(path.join(dir, f))`:
 * a directory this function creates with a plain mkdir (no `recursive`, which would accept one planted first) fails
 * on a name someone else made, file or symlink, so what it writes inside lands in its own directory.
 */
function madeHere(ctx: JsContext, at: SyntaxNode, dir: SyntaxNode): boolean {
  if (dir.type !== "identifier") return false;
  const fn = ctx.enclosingFunction(at);
  if (!fn) return false;
  const name = ctx.text(dir);
  return descendants(fn).some(
    (c) =>
      c.type === "call_expression" &&
      c.end <= at.start &&
      /(^|\.)mkdir(Sync)?$/.test(ctx.callee(c)) &&
      ctx.text(ctx.args(c)[0] ?? c) === name &&
      !/recursive/.test(ctx.text(c)),
  );
}

/**
 * A path built under the shared temporary directory from parts an attacker can predict: `'/tmp/out-' + pid`,
 * `` `/tmp/r-${n}.pdf` ``, `path.join(os.tmpdir(), 'upload.bin')`, `process.env.TMPDIR + '/x.lock'`, through names
 * bound before the write. Its text, or undefined.
 */
function sharedTmpPath(ctx: JsContext, node: SyntaxNode | undefined, depth = 0): string | undefined {
  const n = ctx.resolve(node);
  if (!n || depth > 3) return undefined;
  if (unpredictable(ctx, n)) return undefined;
  const fixed = ctx.constValue(n);
  if (typeof fixed === "string") return SHARED_TMP.test(fixed) ? fixed : undefined;
  const lead = ctx.leadingText(n);
  if (lead !== undefined && SHARED_TMP.test(lead)) return ctx.text(n);
  // `` `/tmp/${process.pid}.json` ``, `'/tmp/' + id + '.lock'`: a file directly in the shared directory (no further
  // `/`, so no private directory made under it) whose name has a fixed part besides what is filled in. (A bare
  // `'/tmp/' + name` says nothing of how name was made.)
  if (
    lead !== undefined &&
    /^\/(var\/)?tmp\/$/.test(lead) &&
    /^[`'"]?\/(var\/)?tmp\/[^/]*$/.test(ctx.text(n))
  ) {
    const fixedPart =
      n.type === "template_string"
        ? /[\w.-]/.test(
            ctx
              .text(n)
              .replace(/\$\{[^}]*\}/g, "")
              .replace(/^`\/(var\/)?tmp\//, ""),
          )
        : n.type === "binary_expression" && /[\w.-]/.test(String(ctx.constValue(field(n, "right")) ?? ""));
    if (fixedPart) return ctx.text(n);
  }
  // The leftmost operand of a concatenation or template: `process.env.TMPDIR + '/deploy.lock'`.
  let head: SyntaxNode | undefined = n;
  while (head?.type === "binary_expression") head = field(head, "left");
  if (head?.type === "template_string") {
    const first = head.children.find((c) => c.type !== "`");
    head = first?.type === "template_substitution" ? namedChildren(first)[0] : undefined;
  }
  if (head && head !== n && TMP_DIR.test(ctx.text(head))) return ctx.text(n);
  // `path.join(os.tmpdir(), 'name')`, `path.resolve('/tmp', name)`: joined onto the shared directory itself.
  if (n.type === "call_expression" && /^(path\.|posix\.)?(join|resolve)$/.test(ctx.callee(n))) {
    const [dir, ...rest] = ctx.args(n);
    if (!dir || !rest.length) return undefined;
    if (madeHere(ctx, n, dir)) return undefined;
    const d = ctx.resolve(dir);
    const dv = ctx.constValue(d);
    if (
      (d && TMP_DIR.test(ctx.text(d))) ||
      (typeof dv === "string" && /^\/(var\/)?tmp\/?$|^\/dev\/shm\/?$/.test(dv))
    )
      return ctx.text(n);
    return sharedTmpPath(ctx, dir, depth + 1) !== undefined ? ctx.text(n) : undefined;
  }
  return undefined;
}

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
  trigger: /\/tmp|\/dev\/shm|tmpdir|TMPDIR|env\.TMP|env\.TEMP/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const m =
      /(^|\.)(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|open|openSync)$/.exec(q);
    if (
      !m ||
      !/(^|[./])(fs|fsp|promises|fse|fs-extra)\.|^(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|openSync)$/.test(
        q,
      )
    )
      return;
    const path = sharedTmpPath(ctx, ctx.args(node)[0]);
    if (path === undefined) return;
    if (/^open(Sync)?$/.test(m[2]!)) {
      // open(path, flags): only a write, append or create flag makes the name a target.
      const flags = ctx.constValue(ctx.args(node)[1]);
      if (typeof flags !== "string" || !/[wa+]/.test(flags) || /x/.test(flags)) return;
    } else if (
      // `{ flag: 'wx' }` (writeFile/appendFile), `{ flags: 'wx' }` (createWriteStream): an exclusive create fails on
      // a name planted first, symlink or file, instead of following it. (A mode alone does not: it only applies
      // to a file the call creates.)
      ctx.args(node).some((a) => {
        const o = ctx.resolve(a);
        const flag = ctx.constValue(ctx.prop(o, "flag") ?? ctx.prop(o, "flags"));
        return typeof flag === "string" && /x/.test(flag);
      })
    )
      return;
    report({ node, message: `${m[2]}() to the fixed temporary path ${path}` });
  },
  cases: {
    valid: [
      "const fs = require('fs');\nconst dir = fs.mkdtempSync('/tmp/app-');\nfs.writeFileSync(dir + '/r.csv', csv);",
      "const fs = require('fs');\nconst d = fs.readFileSync('/tmp/report.csv', 'utf8');",
      "const fs = require('fs');\nconst fd = fs.openSync('/tmp/app.lock', 'wx');",
      "const fs = require('fs');\nfs.writeFileSync('/etc/app/out.json', data);",
      "const fs = require('fs');\nconst dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));\nfs.writeFileSync(path.join(dir, 'a.json'), d);",
      "const fs = require('fs');\nconst name = crypto.randomUUID();\nfs.writeFileSync(path.join(os.tmpdir(), name), d);",
      "const fs = require('fs');\nfs.writeFileSync(path.join(os.tmpdir(), 'a.json'), d, { flag: 'wx', mode: 0o600 });",
      "const fs = require('fs');\nconst out = fs.createWriteStream('/tmp/app.log', { flags: 'ax' });",
      "const fs = require('fs');\nfs.writeFileSync(`/tmp/${dir}/${name}.json`, d);",
      "const fs = require('fs');\nfunction put(name, d) { fs.writeFileSync('/tmp/' + name, d); }",
      "const fs = require('fs');\nfunction put(name, d) { fs.writeFileSync(`/tmp/${name}`, d); }",
    ],
    invalid: [
      "const fs = require('fs');\nfs.writeFileSync(path.join(os.tmpdir(), 'a.json'), d, { mode: 0o600 });",
      "const fs = require('fs');\nfs.writeFileSync('/tmp/report.csv', csv);",
      "const fs = require('fs');\nconst out = fs.createWriteStream('/tmp/upload.bin');",
      "const fs = require('fs');\nconst fd = fs.openSync('/var/tmp/state', 'w');",
      "const fs = require('fs');\nfs.writeFileSync('/tmp/session-' + process.pid + '.json', d);",
      "const fs = require('fs');\nconst target = path.join(os.tmpdir(), 'upload.bin');\nfs.writeFileSync(target, d);",
      "const fs = require('fs');\nfs.writeFileSync(process.env.TMPDIR + '/deploy.lock', d);",
      "import { writeFile } from 'fs/promises';\nawait writeFile(`/tmp/render-${n}.pdf`, buf);",
      "const fs = require('fs');\nfs.writeFileSync(`/tmp/${process.pid}.json`, d);",
      "const fs = require('fs');\nfs.writeFileSync('/tmp/' + process.pid + '.lock', d);",
      "const fs = require('fs');\nfs.writeFileSync(path.join(os.tmpdir(), `s-${Math.floor(Math.random() * 1000)}.txt`), d);",
    ],
  },
});
