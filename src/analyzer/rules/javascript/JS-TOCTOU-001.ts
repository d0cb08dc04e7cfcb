import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import { fsPathCall } from "./fs-paths.js";

/** fs calls that test a path: existence, permissions, type or owner. */
const CHECK =
  /^(exists|existsSync|access|accessSync|stat|statSync|lstat|lstatSync|pathExists|pathExistsSync)$/;

/** Calls that then write, create, remove or re-permission the path by name. */
const WRITE =
  /^(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|open|openSync|unlink|unlinkSync|rm|rmSync|rename|renameSync|chmod|chmodSync|chown|chownSync|truncate|truncateSync|symlink|symlinkSync|outputFile|outputFileSync|writeJson|writeJsonSync|outputJson|outputJsonSync|remove|removeSync)$/;

/** Reads by name: a race only after a permission or type decision (an existence test before a read is harmless). */
const READ = /^(readFile|readFileSync|createReadStream|readJson|readJsonSync)$/;

/** The fs check a node is, directly or as a name bound to one (`const st = fs.statSync(p); if (st.isFile())`). */
function checkCall(ctx: JsContext, n: SyntaxNode): SyntaxNode | undefined {
  let c: SyntaxNode | undefined = n;
  while (c?.type === "await_expression" || c?.type === "parenthesized_expression") c = namedChildren(c)[0];
  if (c?.type === "identifier") {
    const r = ctx.resolve(c);
    c = r && r !== c ? r : undefined;
    while (c?.type === "await_expression") c = namedChildren(c)[0];
  }
  if (c?.type !== "call_expression") return undefined;
  const m = fsPathCall(c, ctx) ?? "";
  return CHECK.test(m) ? c : undefined;
}

/** The checks a condition makes: fs calls in it, and those bound to names it reads. */
function checksIn(ctx: JsContext, cond: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const d of [cond, ...descendants(cond)]) {
    if (d.type !== "call_expression" && d.type !== "identifier") continue;
    const c = checkCall(ctx, d);
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

/** A write that fails on a name planted first: an exclusive-create flag (`'wx'`, `O_EXCL`). */
function exclusive(ctx: JsContext, use: SyntaxNode): boolean {
  return ctx.args(use).some((a) => {
    const r = ctx.resolve(a) ?? a;
    const t = ctx.text(r);
    if (/O_EXCL/.test(t)) return true;
    const flag = r.type === "object" ? (ctx.prop(r, "flag") ?? ctx.prop(r, "flags")) : r;
    const v = ctx.constValue(flag);
    return typeof v === "string" && /^[wa]x\+?$|^[wa]\+?x$/.test(v);
  });
}

/** A branch that leaves the code after it. */
function exits(b: SyntaxNode | undefined): boolean {
  if (!b) return false;
  if (/^(return|throw)_statement$/.test(b.type)) return true;
  return (
    b.type === "statement_block" && namedChildren(b).some((c) => /^(return|throw)_statement$/.test(c.type))
  );
}

/**
 * What the check decides beyond existence: "permission" for access with R_OK/W_OK/X_OK or a stat whose uid/gid/mode
 * the condition tests (the classic race: the file is swapped after the decision), "type" for a stat's
 * isFile/isSymbolicLink/isDirectory (a swap turns the checked file into a link), undefined for existence alone.
 */
function decides(ctx: JsContext, check: SyntaxNode, cond: SyntaxNode): "permission" | "type" | undefined {
  const m = fsPathCall(check, ctx) ?? "";
  if (/^access/.test(m))
    return /\b[RWX]_OK\b/.test(ctx.text(ctx.args(check)[1] ?? check)) ? "permission" : undefined;
  if (!/stat/.test(m)) return undefined;
  if (/\.(uid|gid|mode)\b/.test(ctx.text(cond))) return "permission";
  return /\.(isFile|isSymbolicLink|isDirectory)\b/.test(ctx.text(cond)) ? "type" : undefined;
}

export default jsRule({
  meta: {
    id: "JS-TOCTOU-001",
    title: "File checked, then used by name (time-of-check to time-of-use race)",
    cwe: ["CWE-367"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "an existence test (existsSync, access without R_OK/W_OK/X_OK) guards a write, or a stat's file-type test a read or write: a race only where other users share the directory",
      },
    ],
    docs: {
      what_it_does:
        "Flags an fs check of a path (existsSync / access / stat / lstat, fs-extra pathExists) in an if condition, directly or through a name bound to its result, followed by a write, create, delete, rename or chmod of the same path by name in the if's branches or after an exiting branch; and a check in a try whose catch writes the path. A permission or owner decision (access with R_OK/W_OK/X_OK, stat uid/gid/mode) before a read or write is MEDIUM; a file-type test (isFile, isSymbolicLink) before a read or write, and an existence test before a write, LOW. Exclusive creates ('wx', O_EXCL) are not reported.",
      why_bad:
        "Between the check and the use another process can create, replace or symlink the path: the program overwrites a file it meant not to touch, or reads one it never checked.",
      example_bad:
        "const fs = require('fs');\nfunction claim(lock) {\n  if (fs.existsSync(lock)) return false;\n  fs.writeFileSync(lock, String(process.pid));\n  return true;\n}",
      example_good:
        "const fs = require('fs');\nfunction claim(lock) {\n  try {\n    fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });\n    return true;\n  } catch {\n    return false;\n  }\n}",
    },
    fix_hint:
      "Act first and handle the error: create with an exclusive flag ('wx' / O_CREAT | O_EXCL), open once and fstat the descriptor instead of stat-ing the name.",
  },
  trigger:
    /^(?=[\s\S]*?(exists|access|stat|lstat|pathExists)(Sync)?\()(?=[\s\S]*?(write|append|create|open|unlink|rm|rename|chmod|chown|truncate|symlink|output|remove|read)\w*\()/,
  nodeTypes: ["if_statement", "try_statement"],
  detect(node, ctx, report) {
    const uses = (scope: SyntaxNode[], target: string, re: RegExp) =>
      scope.find(
        (n) =>
          n.type === "call_expression" &&
          re.test(fsPathCall(n, ctx) ?? "") &&
          ctx.text(ctx.args(n)[0] ?? n) === target &&
          !exclusive(ctx, n),
      );
    // `try { await fsp.access(p); return; } catch { await fsp.writeFile(p, d); }`: the check is the try, the use
    // the catch.
    if (node.type === "try_statement") {
      const body = field(node, "body");
      const handler = field(node, "handler");
      if (!body || !handler) return;
      for (const st of namedChildren(body)) {
        const expr = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
        const check = expr && checkCall(ctx, expr);
        const path = check && ctx.args(check)[0];
        if (!path || path.type === "string" || path.type === "template_string") continue;
        const use = uses(descendants(handler), ctx.text(path), WRITE);
        if (use)
          report({
            node: use,
            severity: "LOW",
            message: `${ctx.text(path)} is written after a failed ${fsPathCall(check!, ctx)}() of the same name`,
          });
        return;
      }
      return;
    }
    const cond = field(node, "condition");
    if (!cond) return;
    for (const check of checksIn(ctx, cond)) {
      const path = ctx.args(check)[0];
      if (!path || path.type === "string" || path.type === "template_string") continue;
      const scope: SyntaxNode[] = [];
      for (const b of [field(node, "consequence"), field(node, "alternative")])
        if (b) scope.push(...descendants(b));
      // `if (fs.existsSync(p)) return false;` then the write: after an exit the rest of the block is the use.
      if (exits(field(node, "consequence"))) {
        const siblings = node.parent?.children ?? [];
        for (const sib of siblings.slice(siblings.indexOf(node) + 1)) scope.push(sib, ...descendants(sib));
      }
      const decided = decides(ctx, check, cond);
      const use = uses(scope, ctx.text(path), decided ? new RegExp(`${WRITE.source}|${READ.source}`) : WRITE);
      if (!use) continue;
      report({
        node: use,
        severity: decided === "permission" ? undefined : "LOW",
        message: `${ctx.text(path)} is checked with ${fsPathCall(check, ctx)}() and then used by name`,
      });
      return;
    }
  },
  cases: {
    valid: [
      "const fs = require('fs');\nfunction claim(lock) {\n  try {\n    fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });\n    return true;\n  } catch {\n    return false;\n  }\n}",
      "const fs = require('fs');\nfunction ensure(dir) {\n  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });\n}",
      "const fs = require('fs');\nfunction load(p) {\n  if (fs.existsSync(p)) return JSON.parse(fs.readFileSync(p, 'utf8'));\n  return {};\n}",
      "const fs = require('fs');\nfunction once(p, d) {\n  if (fs.existsSync(p)) return;\n  fs.writeFileSync(p, d, { flag: 'wx' });\n}",
      "const fs = require('fs');\nfunction f(p) {\n  const fd = fs.openSync(p, 'r');\n  if (!fs.fstatSync(fd).isFile()) return null;\n  return fs.readFileSync(fd, 'utf8');\n}",
      "const fs = require('fs');\nfunction f(p, q) {\n  if (fs.existsSync(p)) fs.writeFileSync(q, 'x');\n}",
    ],
    invalid: [
      {
        code: "const fs = require('fs');\nfunction claim(lock) {\n  if (fs.existsSync(lock)) return false;\n  fs.writeFileSync(lock, String(process.pid));\n  return true;\n}",
        line: 4,
        severity: "LOW",
      },
      {
        code: "import * as fs from 'fs';\nexport function rd(p: string) {\n  const st = fs.statSync(p);\n  if (!st.isFile()) return null;\n  return fs.readFileSync(p, 'utf8');\n}",
        line: 5,
        severity: "LOW",
      },
      {
        code: "const fs = require('fs');\nfunction rm(p) {\n  if (fs.statSync(p).uid === process.getuid()) {\n    fs.unlinkSync(p);\n  }\n}",
        line: 4,
        severity: "MEDIUM",
      },
      {
        code: "const fs = require('fs');\nfunction w(p, d) {\n  if (fs.accessSync(p, fs.constants.W_OK) === undefined) fs.appendFileSync(p, d);\n}",
        severity: "MEDIUM",
      },
      {
        code: "const fsp = require('fs/promises');\nasync function once(file, body) {\n  try {\n    await fsp.access(file);\n    return;\n  } catch {\n    await fsp.writeFile(file, body);\n  }\n}",
        line: 7,
        severity: "LOW",
      },
    ],
  },
});
