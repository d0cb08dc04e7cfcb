import { Level } from "../../dataflow/python.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

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
  trigger: /gunzip|inflate|unzip|brotliDecompress|create(Gunzip|Inflate|Unzip|BrotliDecompress)/,
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
      if (fn && /(\.length|byteLength|bytesWritten)\s*>|\+=\s*\w+\.(length|byteLength)/.test(ctx.text(fn)))
        return;
      report({
        node,
        message: `${q.replace(/^zlib\./, "")} stream expands request data with no output limit`,
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
      "const zlib = require('zlib');\nconst LIMIT = { maxOutputLength: 1e6 };\napp.post('/u', (req, res) => { zlib.inflateSync(req.body, LIMIT); });",
    ],
    invalid: [
      "const zlib = require('zlib');\nconst fs = require('fs');\napp.post('/u', (req, res) => { req.pipe(zlib.createGunzip()).pipe(fs.createWriteStream('/tmp/u.bin')); });",
      "const { pipeline } = require('stream/promises');\nconst zlib = require('zlib');\napp.post('/u', async (req, res) => { await pipeline(req, zlib.createInflate(), fs.createWriteStream('/tmp/u')); res.end(); });",
      "const zlib = require('zlib');\napp.post('/u', (req, res) => { zlib.gunzipSync(req.body); });",
      "const zlib = require('zlib');\napp.post('/u', (req, res) => { zlib.inflate(req.body, (e, out) => res.end(out)); });",
      "const { brotliDecompressSync } = require('node:zlib');\nexports.handler = async (event, context) => brotliDecompressSync(Buffer.from(event.body, 'base64'));",
    ],
  },
});
