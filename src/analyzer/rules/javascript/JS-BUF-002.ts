import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/**
 * `const out = Buffer.allocUnsafe(src.length); src.copy(out)`: sized by a source copied whole into it; or
 * `const got = fs.readSync(fd, buf, ...)` with only `buf.subarray(0, got)` handed on: every byte that leaves the
 * function was written first.
 */
function writtenWhole(node: SyntaxNode, ctx: JsContext): boolean {
  const decl = node.parent?.type === "variable_declarator" ? node.parent : undefined;
  const id = decl ? field(decl, "name") : undefined;
  const fn = ctx.enclosingFunction(node);
  if (id?.type !== "identifier" || !fn) return false;
  const name = ctx.text(id).replace(/\$/g, "\\$");
  const body = ctx.text(fn).slice(node.end - fn.start);
  const size = /^([\w$.]+)\.(length|byteLength)$/.exec(ctx.text(ctx.args(node)[0] ?? node))?.[1];
  if (
    size &&
    new RegExp(`^\\s*\\)?;?\\s*${size.replace(/[.$]/g, "\\$&")}\\.copy\\(\\s*${name}\\s*[,)]`).test(
      body.slice(0, 400),
    )
  )
    return true;
  const read = new RegExp(
    `\\b(\\w+)\\s*=\\s*(?:await\\s+)?[\\w$.]*\\bread(?:Sync)?\\(\\s*[\\w$.]+\\s*,\\s*${name}\\s*[,)]`,
  ).exec(body);
  if (!read) return false;
  // Every later mention of the buffer is the slice of the bytes read.
  const uses = [
    ...body.slice(read.index + read[0].length).matchAll(new RegExp(`\\b${name}\\b(.{0,40})`, "g")),
  ];
  return uses.every((u) => new RegExp(`^\\.(subarray|slice)\\(\\s*0\\s*,\\s*${read[1]}\\s*\\)`).test(u[1]!));
}

export default jsRule({
  meta: {
    id: "JS-BUF-002",
    title: "Uninitialised Buffer allocation (audit)",
    cwe: ["CWE-908"],
    severity: "LOW",
    docs: {
      what_it_does:
        "An audit hint, not a verdict: flags Buffer.allocUnsafe / Buffer.allocUnsafeSlow unless the new buffer is filled (`.fill(...)`) right where it is created.",
      why_bad:
        "allocUnsafe returns memory that still holds whatever the process stored there before (keys, tokens, other users' data). Any byte the code does not overwrite before the buffer is sent or stored leaks it.",
      example_bad:
        "function frame(n, payload) {\n  const buf = Buffer.allocUnsafe(n);\n  payload.copy(buf);\n  return buf; // bytes past payload.length are old heap\n}",
      example_good:
        "function frame(n, payload) {\n  const buf = Buffer.alloc(n);\n  payload.copy(buf);\n  return buf;\n}",
    },
    fix_hint:
      "Use Buffer.alloc(size) (zero-filled) unless profiling shows the cost, and then write every byte.",
  },
  trigger: /allocUnsafe/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/^Buffer\.allocUnsafe(Slow)?$/.test(q)) return;
    const parent = node.parent;
    if (
      parent?.type === "member_expression" &&
      /^\.\s*fill$/.test(ctx.text(parent).slice(node.end - parent.start))
    )
      return;
    if (writtenWhole(node, ctx)) return;
    report({
      node,
      message: `${q}() returns uninitialised memory: every byte must be written before it is read`,
    });
  },
  cases: {
    valid: [
      "const b = Buffer.allocUnsafe(16).fill(0);",
      "const b = Buffer.alloc(16);",
      "function copied(data) {\n  const out = Buffer.allocUnsafe(data.length);\n  data.copy(out);\n  return out;\n}",
      "function readChunk(fd, size) {\n  const chunk = Buffer.allocUnsafe(size);\n  const got = fs.readSync(fd, chunk, 0, size, null);\n  return chunk.subarray(0, got);\n}",
    ],
    invalid: [
      "function padded(data, n) {\n  const out = Buffer.allocUnsafe(n);\n  data.copy(out);\n  return out;\n}",
      "function readAll(fd, size) {\n  const chunk = Buffer.allocUnsafe(size);\n  const got = fs.readSync(fd, chunk, 0, size, null);\n  return chunk;\n}",
      { code: "function copyFromBuffer(n) {\n  var ret = Buffer.allocUnsafe(n);\n  return ret;\n}", line: 2 },
      "const b = Buffer.allocUnsafeSlow(1024);",
    ],
  },
});
