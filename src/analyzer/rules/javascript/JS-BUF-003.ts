import { jsRule } from "./common.js";

const READ = /^read(U?Int(8|16|32)(BE|LE)?|U?Int(BE|LE)|Float(BE|LE)|Double(BE|LE))$/;
const WRITE = /^write(U?Int(8|16|32)(BE|LE)?|U?Int(BE|LE)|Float(BE|LE)|Double(BE|LE))$/;

export default jsRule({
  meta: {
    id: "JS-BUF-003",
    title: "Buffer read/write with noAssert (bounds check off)",
    cwe: ["CWE-119"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags Buffer readUInt16BE / writeInt32LE / readDoubleLE ... calls that pass `noAssert = true` (the trailing boolean after offset, or after value and offset for writes). LOW: Node 10 and later ignore the flag.",
      why_bad:
        "noAssert skipped the offset check: on the Node versions that honoured it, an offset from parsed input read or wrote past the end of the buffer (out-of-bounds memory access). The code also states an intent to parse without bounds checks.",
      example_bad: "function port(buf, off) {\n  return buf.readUInt16BE(off + 2, true);\n}",
      example_good:
        "function port(buf, off) {\n  if (off + 4 > buf.length) throw new RangeError('short packet');\n  return buf.readUInt16BE(off + 2);\n}",
    },
    fix_hint:
      "Drop the noAssert argument and check offsets against buf.length before reading untrusted packets.",
  },
  trigger: /(read|write)\w*(Int|Float|Double)\w*\([^)]*\btrue\s*\)/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    const args = ctx.args(node);
    const last = args[args.length - 1];
    if (last?.type !== "true") return;
    if ((READ.test(m) && args.length >= 2) || (WRITE.test(m) && args.length >= 3))
      report({ node, message: `${m}() with noAssert = true skips the offset bounds check` });
  },
  cases: {
    valid: ["const v = buf.readUInt16BE(4);", "const k = stream.readInt8(true);", "buf.writeUInt8(1, 0);"],
    invalid: [
      { code: "function f(buffer, offset) {\n  return buffer.readUInt16BE(offset + 2, true);\n}", line: 2 },
      "buf.writeInt32LE(v, off, true);",
    ],
  },
});
