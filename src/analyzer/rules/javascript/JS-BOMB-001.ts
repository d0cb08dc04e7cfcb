import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** Code that counts decompressed bytes (`total += chunk.length; if (total > MAX)`). */
const COUNTS = /(\.length|byteLength|bytesWritten)\s*>|\+=\s*\w+\.(length|byteLength)/;

/** Code that reads an archive entry's declared size before inflating it. */
const SIZE_CHECKED = /\b(header\.size|uncompressedSize|_data\.uncompressedSize)\b/;

/** Upload data by its usual names: multer's req.file(s), express-fileupload's req.files, a raw body. */
const UPLOAD_TEXT = /\b(req|request|ctx\.request)\.(file|files|body)\b/;

/** Archive libraries that inflate entries one by one, and the calls that open an archive for them. */
const ARCHIVE_LIBS = /['"](adm-zip|unzipper|jszip)['"]/;
const ARCHIVE_OPEN =
  /^(AdmZip|adm-zip|(unzipper\.)?Parse|unzipper\.Open\.(buffer|file|stream)|(JSZip|jszip)\.loadAsync)$|(^|\.)loadAsync$/;

/**
 * An archive opened in `scope` from request data: `new AdmZip(req.file.buffer)`, `req.pipe(unzipper.Parse())`,
 * `JSZip.loadAsync(req.body)`, `fs.createReadStream(req.file.path).pipe(unzipper.Parse())`.
 */
function archiveFromRequest(ctx: JsContext, scope: SyntaxNode): boolean {
  return descendants(scope).some((d) => {
    if (d.type !== "call_expression" && d.type !== "new_expression") return false;
    if (!ARCHIVE_OPEN.test(ctx.callee(d))) return false;
    const input = ctx.args(d)[0];
    const fed = (n: SyntaxNode | undefined) =>
      !!n && (UPLOAD_TEXT.test(ctx.text(ctx.resolve(n) ?? n)) || ctx.level(n, "data") === Level.SOURCE);
    if (fed(input)) return true;
    // `x.pipe(unzipper.Parse())`: what is piped in.
    const call = d.parent?.type === "arguments" ? d.parent.parent : undefined;
    const fn = call?.type === "call_expression" ? field(call, "function") : undefined;
    return (
      fn?.type === "member_expression" &&
      /\.pipe$/.test(ctx.callee(call!)) &&
      fed(field(fn, "object") ?? undefined)
    );
  });
}

/**
 * A stream stage after the decompressor that counts bytes: a call of a function in this file whose body does
 * (`pipeline(req, zlib.createInflate(), capped(MAX), out)`), or a Transform written in place that does.
 */
function countingStage(ctx: JsContext, stages: SyntaxNode[]): boolean {
  return stages.some((s) => {
    if (s.type === "new_expression") return COUNTS.test(ctx.text(s));
    if (s.type !== "call_expression") return false;
    const local = ctx.localFunction(s);
    return !!local && COUNTS.test(ctx.text(local));
  });
}

/** zlib's one-shot decompressors (callback and Sync forms) and the streams that do the same work. */
const INFLATE =
  /^(zlib)\.(gunzip|inflate|inflateRaw|unzip|brotliDecompress)(Sync)?$|^(zlib\.)?(gunzip|inflate|inflateRaw|unzip|brotliDecompress)Sync$/;

/** zlib's decompressing streams: no maxOutputLength option bounds them. */
const STREAM = /^(zlib\.)?create(Gunzip|Inflate|InflateRaw|Unzip|BrotliDecompress)$/;

export default jsRule({
  meta: {
    id: "JS-BOMB-001",
    title: "Request data decompressed without an output limit",
    cwe: ["CWE-409", "CWE-400"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "entries of an uploaded archive (adm-zip, unzipper, JSZip) inflated whole with no check of their declared sizes",
      },
    ],
    docs: {
      what_it_does:
        "Flags zlib gunzip / inflate / inflateRaw / unzip / brotliDecompress (callback or Sync) of request data whose options set no maxOutputLength.",
      why_bad:
        "A request body limit bounds the compressed size only: a few hundred kilobytes of gzip expand to gigabytes (a decompression bomb), and the whole output is held in memory at once.",
      example_bad:
        "app.post('/u', express.raw(), (req, res) => {\n  const data = zlib.gunzipSync(req.body);\n  res.json({ size: data.length });\n});",
      example_good:
        "app.post('/u', express.raw(), (req, res) => {\n  const data = zlib.gunzipSync(req.body, { maxOutputLength: 10 * 1024 * 1024 });\n  res.json({ size: data.length });\n});",
    },
    fix_hint:
      "Pass { maxOutputLength } (bytes) to the zlib call, or decompress as a stream and stop once a byte count is exceeded.",
  },
  trigger:
    /gunzip|inflate|unzip|brotliDecompress|create(Gunzip|Inflate|Unzip|BrotliDecompress)|adm-zip|unzipper|jszip/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    // A decompressing stream fed the request (`req.pipe(zlib.createGunzip())`, `pipeline(req, zlib.createInflate(),
    // out)`): maxOutputLength does not apply to streams, so only code that counts the output bytes bounds it.
    if (STREAM.test(q)) {
      const call = node.parent?.type === "arguments" ? node.parent.parent : undefined;
      if (!call) return;
      const m = ctx.callee(call);
      const fed =
        /\.pipe$/.test(m) && field(call, "function")?.type === "member_expression"
          ? field(field(call, "function")!, "object")
          : /^((stream|node:stream|stream\/promises|node:stream\/promises)\.)?pipeline$/.test(m) &&
              ctx.args(call)[1] === node
            ? ctx.args(call)[0]
            : undefined;
      if (!fed || ctx.level(fed, "data") !== Level.SOURCE) return;
      const fn = ctx.enclosingFunction(node);
      if (fn && COUNTS.test(ctx.text(fn))) return;
      // `pipeline(req, zlib.createInflate(), capped(MAX), out)`: a later stage counts and stops.
      const later = /pipeline$/.test(m) ? ctx.args(call).slice(2) : [];
      if (countingStage(ctx, later)) return;
      report({
        node,
        message: `${q.replace(/^zlib\./, "")} stream expands request data with no output limit`,
      });
      return;
    }
    // Entries of an uploaded archive inflated whole: adm-zip's getData / readFile / readAsText / extractAllTo,
    // unzipper's entry.buffer(), JSZip's file.async(): a few kilobytes of zip expand to gigabytes unless the
    // entries' declared sizes are checked first.
    const method = ctx.method(node);
    if (
      /^(getData|getDataAsync|readAsText|extractAllTo|extractAllToAsync|buffer|async)$/.test(method) &&
      field(node, "function")?.type === "member_expression" &&
      sourceHas(ctx.tree, ARCHIVE_LIBS)
    ) {
      if (method === "buffer" && ctx.args(node).length) return;
      if (
        method === "async" &&
        !/^['"](nodebuffer|uint8array|arraybuffer|string|text|blob|base64)['"]$/.test(
          ctx.text(ctx.args(node)[0] ?? node),
        )
      )
        return;
      const fns: SyntaxNode[] = [];
      for (let f = ctx.enclosingFunction(node); f && fns.length < 4; f = ctx.enclosingFunction(f))
        fns.push(f);
      if (fns.some((f) => SIZE_CHECKED.test(ctx.text(f)) || COUNTS.test(ctx.text(f)))) return;
      if (!fns.some((f) => archiveFromRequest(ctx, f))) return;
      // LOW: an import feature's usual code, bounded by the upload limit times deflate's ratio (about 1000:1).
      report({
        node,
        severity: "LOW",
        message: `uploaded archive inflated by ${method}() with no check of the entries' sizes`,
      });
      return;
    }
    if (!INFLATE.test(q)) return;
    const [input, opts] = ctx.args(node);
    if (!input || ctx.level(input, "data") !== Level.SOURCE) return;
    const options = opts && ctx.resolve(opts)?.type === "object" ? ctx.resolve(opts) : opts;
    if (options?.type === "object" && ctx.prop(options, "maxOutputLength")) return;
    // Options held elsewhere (a shared constant, a parameter): they may carry the limit.
    if (options && options.type !== "arrow_function" && options.type !== "function_expression") return;
    report({ node, message: `${q.replace(/^zlib\./, "")} expands request data with no maxOutputLength` });
  },
  cases: {
    valid: [
      "const zlib = require('zlib');\napp.post('/u', (req, res) => {\n  let total = 0;\n  const out = req.pipe(zlib.createGunzip());\n  out.on('data', (c) => { total += c.length; if (total > 1e7) req.destroy(); });\n});",
      "const zlib = require('zlib');\nconst fs = require('fs');\nfs.createReadStream('seed.gz').pipe(zlib.createGunzip()).pipe(process.stdout);",
      "const zlib = require('zlib');\napp.get('/d', (req, res) => { res.set('Content-Encoding', 'gzip'); fs.createReadStream('a.txt').pipe(zlib.createGzip()).pipe(res); });",
      "const zlib = require('zlib');\napp.post('/u', (req, res) => { zlib.gunzipSync(req.body, { maxOutputLength: 1 << 20 }); });",
      "const zlib = require('zlib');\nconst fs = require('fs');\nzlib.gunzipSync(fs.readFileSync('bundle.gz'));",
      "const zlib = require('zlib');\nfunction capped(max) {\n  let n = 0;\n  return new Transform({ transform(c, e, cb) { n += c.length; if (n > max) return cb(new Error('big')); cb(null, c); } });\n}\napp.post('/u', (req, res) => { pipeline(req, zlib.createInflate(), capped(1e7), fs.createWriteStream('/srv/x'), () => res.end()); });",
      "const AdmZip = require('adm-zip');\napp.post('/z', upload.single('a'), (req, res) => {\n  const zip = new AdmZip(req.file.buffer);\n  if (zip.getEntries().reduce((s, e) => s + e.header.size, 0) > 1e8) return res.sendStatus(413);\n  for (const e of zip.getEntries()) total += e.getData().length;\n});",
      "const AdmZip = require('adm-zip');\nfunction unpack(file) {\n  new AdmZip(file).extractAllTo('/srv/out', true);\n}",
      "const unzipper = require('unzipper');\nasync function list(buf) {\n  const d = await unzipper.Open.buffer(buf);\n  return Promise.all(d.files.map((f) => f.buffer()));\n}",
      "const zlib = require('zlib');\nconst LIMIT = { maxOutputLength: 1e6 };\napp.post('/u', (req, res) => { zlib.inflateSync(req.body, LIMIT); });",
    ],
    invalid: [
      "const zlib = require('zlib');\nconst fs = require('fs');\napp.post('/u', (req, res) => { req.pipe(zlib.createGunzip()).pipe(fs.createWriteStream('/tmp/u.bin')); });",
      "const { pipeline } = require('stream/promises');\nconst zlib = require('zlib');\napp.post('/u', async (req, res) => { await pipeline(req, zlib.createInflate(), fs.createWriteStream('/tmp/u')); res.end(); });",
      "const zlib = require('zlib');\napp.post('/u', (req, res) => { zlib.gunzipSync(req.body); });",
      "const zlib = require('zlib');\napp.post('/u', (req, res) => { zlib.inflate(req.body, (e, out) => res.end(out)); });",
      "const AdmZip = require('adm-zip');\napp.post('/z', upload.single('a'), (req, res) => {\n  const zip = new AdmZip(req.file.buffer);\n  for (const e of zip.getEntries()) total += e.getData().length;\n});",
      "const AdmZip = require('adm-zip');\napp.post('/z', upload.single('a'), (req, res) => {\n  new AdmZip(req.file.path).extractAllTo('/srv/out', true);\n});",
      "const unzipper = require('unzipper');\napp.post('/z', async (req, res) => {\n  for await (const entry of req.pipe(unzipper.Parse({ forceStream: true }))) {\n    const b = await entry.buffer();\n  }\n});",
      "const JSZip = require('jszip');\napp.post('/z', async (req, res) => {\n  const zip = await JSZip.loadAsync(req.body);\n  for (const f of Object.values(zip.files)) await f.async('nodebuffer');\n});",
      "const { brotliDecompressSync } = require('node:zlib');\nexports.handler = async (event, context) => brotliDecompressSync(Buffer.from(event.body, 'base64'));",
    ],
  },
});
