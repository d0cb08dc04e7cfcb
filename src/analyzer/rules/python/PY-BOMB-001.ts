import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Words a size check on archive members uses (ZipInfo.file_size, TarInfo.size, a MAX_* constant). */
const SIZE_CHECK = /file_size|compress_size|\.size\b|\bMAX_|max_size|max_bytes|size_limit|total_size/i;

/**
 * Whether a scope's text checks member sizes. A limit on ZipInfo.compress_size alone bounds the archive, not what
 * it expands to (a bomb is small compressed): it counts only beside the uncompressed size (a ratio test).
 */
function sizeChecked(text: string): boolean {
  if (!SIZE_CHECK.test(text)) return false;
  return !/\bcompress_size\b/.test(text) || /\bfile_size\b|\.size\b/.test(text);
}

/** The function (or module) around a node, where a size check would be. */
function scopeText(ctx: PythonContext, node: SyntaxNode): string {
  return ctx.text(ctx.enclosingFunction(node) ?? ctx.tree.root);
}

/** The archive a call reads from was opened on request data (an upload, a body). */
function fromRequest(ctx: PythonContext, recv: SyntaxNode | undefined): boolean {
  const made = ctx.resolve(recv);
  if (made?.type !== "call") return false;
  const arg = ctx.args(made)[0];
  return !!arg && ctx.level(arg, "path") === Level.SOURCE;
}

/**
 * An e-mail part's decoded body (`part.get_payload(decode=True)`, `part.get_content()`) in a module that uses the
 * email package: an attachment is whatever its sender compressed.
 */
function attachmentBytes(ctx: PythonContext, data: SyntaxNode): boolean {
  const v = ctx.resolve(data);
  if (v?.type !== "call" || !sourceHas(ctx.tree, /^\s*(from|import)\s+email\b/m)) return false;
  const m = ctx.method(v);
  return (m === "get_payload" && !!ctx.kwarg(v, "decode")) || m === "get_content";
}

/** Decompressing file objects: what their read() returns is the expanded data. */
const DECOMPRESSING_OPEN = /^(gzip\.(GzipFile|open)|bz2\.(BZ2File|open)|lzma\.(LZMAFile|open))$/;

/**
 * `gz.read()` (no size, or -1) on a gzip/bz2/lzma file object opened over request data (its `fileobj=` or first
 * argument, directly or through a BytesIO): the whole expansion lands in memory.
 */
function wholeStreamOfRequest(ctx: PythonContext, call: SyntaxNode): boolean {
  const size = ctx.args(call)[0];
  if (size && ctx.text(size) !== "-1") return false;
  const fn = field(call, "function");
  const made = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined, 1);
  if (made?.type !== "call" || !DECOMPRESSING_OPEN.test(ctx.callee(made))) return false;
  const src = ctx.kwarg(made, "fileobj") ?? ctx.kwarg(made, "filename") ?? ctx.args(made)[0];
  return !!src && ctx.level(src, "log") === Level.SOURCE;
}

export default pyRule({
  meta: {
    id: "PY-BOMB-001",
    title: "Archive or compressed data expanded without a size limit",
    cwe: ["CWE-409", "CWE-400"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the archive is not known to come from the request (a path or file given to the function)",
      },
    ],
    docs: {
      what_it_does:
        "Flags zlib/gzip/bz2/lzma decompress() of request data with no output limit, Pillow's Image.MAX_IMAGE_PIXELS = None, and archive members read or extracted (ZipFile.read in a loop over namelist(), extractall(), shutil.unpack_archive) in a function that never looks at member sizes.",
      why_bad:
        "A few kilobytes of compressed input can expand to gigabytes (a zip or gzip bomb), filling memory or disk with one upload.",
      example_bad:
        "import zipfile\ndef load(path):\n    with zipfile.ZipFile(path) as zf:\n        return {n: zf.read(n) for n in zf.namelist()}",
      example_good:
        "import zipfile\ndef load(path):\n    with zipfile.ZipFile(path) as zf:\n        if sum(i.file_size for i in zf.infolist()) > 50_000_000:\n            raise ValueError('archive too large')\n        return {n: zf.read(n) for n in zf.namelist()}",
    },
    fix_hint:
      "Check the total and per-member uncompressed sizes (ZipInfo.file_size, TarInfo.size) and the member count before expanding; decompress with a max_length.",
  },
  trigger:
    /decompress\(|GzipFile|BZ2File|LZMAFile|(gzip|bz2|lzma)\.open|namelist\(|infolist\(|getmembers\(|extractall\(|unpack_archive\(|MAX_IMAGE_PIXELS/,
  nodeTypes: ["call", "for_statement", "for_in_clause", "assignment"],
  detect(node, ctx, report) {
    if (node.type === "assignment") {
      // Pillow refuses images over MAX_IMAGE_PIXELS (a decompression bomb: a small PNG that decodes to gigabytes);
      // None removes the check for every image the process opens.
      if (
        /(^|\.)Image\.MAX_IMAGE_PIXELS$/.test(ctx.qname(field(node, "left"))) &&
        field(node, "right")?.type === "none"
      )
        report({ node, message: "Pillow's decompression-bomb limit removed (MAX_IMAGE_PIXELS = None)" });
      return;
    }
    if (node.type === "call") {
      const q = ctx.callee(node);
      if (/^(zlib|gzip|bz2|lzma)\.decompress$/.test(q)) {
        const data = ctx.args(node)[0];
        if (
          data &&
          (ctx.level(data, "log") === Level.SOURCE || attachmentBytes(ctx, data)) &&
          !ctx.kwarg(node, "max_length") &&
          !ctx.kwarg(node, "bufsize")
        )
          report({ node, message: `${q}() of request data with no output limit (decompression bomb)` });
        return;
      }
      const m = ctx.method(node);
      // `with gzip.GzipFile(fileobj=BytesIO(request.get_data())) as gz: gz.read()`: the stream read whole.
      if (m === "read" && wholeStreamOfRequest(ctx, node)) {
        report({
          node,
          message: "compressed request data read whole with no size limit (decompression bomb)",
        });
        return;
      }
      if (q !== "shutil.unpack_archive" && m !== "extractall") return;
      if (m === "extractall" && !sourceHas(ctx.tree, /zipfile|tarfile|ZipFile/)) return;
      if (sizeChecked(scopeText(ctx, node))) return;
      const fn = field(node, "function");
      const src =
        q === "shutil.unpack_archive"
          ? ctx.level(ctx.args(node)[0], "path") === Level.SOURCE
          : fromRequest(ctx, fn?.type === "attribute" ? field(fn, "object") : undefined);
      report({
        node,
        message: "archive extracted without checking member sizes (zip bomb)",
        ...(src ? {} : { severity: "LOW" as const }),
      });
      return;
    }
    // for name in zf.namelist(): zf.read(name)  (also in a comprehension)
    const iter = field(node, "right");
    if (iter?.type !== "call" || !/^(namelist|infolist|getmembers)$/.test(ctx.method(iter))) return;
    const recvNode = field(field(iter, "function") ?? iter, "object");
    const recv = recvNode ? ctx.text(recvNode) : "";
    const scope = node.type === "for_statement" ? (field(node, "body") ?? node) : (node.parent ?? node);
    const reads = descendants(scope).find(
      (c) =>
        c.type === "call" &&
        /^(read|open|extract|extractfile)$/.test(ctx.method(c)) &&
        ctx.text(field(field(c, "function") ?? c, "object") ?? c) === recv,
    );
    if (!reads || sizeChecked(scopeText(ctx, node))) return;
    // Reported at the read that expands each member into memory (`total += len(zf.read(name))` on the loop's next
    // line); a member opened or extracted to a file is reported at the loop (that line is the file write's).
    report({
      node: ctx.method(reads) === "read" ? reads : iter,
      message: "every archive member is expanded without checking its size (zip bomb)",
      ...(fromRequest(ctx, recvNode) ? {} : { severity: "LOW" as const }),
    });
  },
  cases: {
    valid: [
      "import gzip, io\nfrom flask import request\ndef f():\n    with gzip.GzipFile(fileobj=io.BytesIO(request.get_data())) as gz:\n        return gz.read(1024)",
      "import zlib\ndef f(blob):\n    return zlib.decompress(blob)",
      "import zlib\nfrom email.message import EmailMessage\ndef f(part):\n    return zlib.decompressobj(31).decompress(part.get_payload(decode=True), 1 << 20)",
      "from PIL import Image\nImage.MAX_IMAGE_PIXELS = 50_000_000",
      "import zlib\nfrom flask import request\ndef f():\n    return zlib.decompressobj().decompress(request.get_data(), 1 << 20)",
      "import zipfile\ndef f(p):\n    with zipfile.ZipFile(p) as zf:\n        infos = zf.infolist()\n        if sum(i.file_size for i in infos) > 10_000_000:\n            raise ValueError('too big')\n        return [zf.read(i) for i in infos]",
      "import zipfile\ndef f(p):\n    with zipfile.ZipFile(p) as zf:\n        return zf.namelist()",
      "from PIL import Image\nImage.MAX_IMAGE_PIXELS = 200_000_000",
    ],
    invalid: [
      {
        code: "import gzip, io\nfrom flask import request\ndef f():\n    with gzip.GzipFile(fileobj=io.BytesIO(request.get_data())) as gz:\n        return gz.read()",
        line: 5,
      },
      "import zlib\nfrom flask import request\ndef f():\n    return len(zlib.decompress(request.get_data()))",
      "import gzip\nfrom email.message import EmailMessage\ndef sizes(msg):\n    return [len(gzip.decompress(p.get_payload(decode=True))) for p in msg.iter_attachments()]",
      { code: "from PIL import Image\nImage.MAX_IMAGE_PIXELS = None", line: 2 },
      {
        code: "import zipfile\ndef f(p):\n    out = {}\n    with zipfile.ZipFile(p) as zf:\n        for n in zf.namelist():\n            out[n] = zf.read(n)\n    return out",
        line: 6,
        severity: "LOW",
      },
      {
        code: "import zipfile\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.post('/z')\ndef z():\n    zf = zipfile.ZipFile(request.files['a'])\n    total = 0\n    for info in zf.infolist():\n        total += len(zf.read(info.filename))\n    return str(total)",
        line: 9,
        severity: "MEDIUM",
      },
      {
        code: "import zipfile\nfrom flask import request\ndef f():\n    zipfile.ZipFile(request.files['a']).extractall('/srv/x')",
        severity: "MEDIUM",
      },
    ],
  },
});
