import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/**
 * A path expression's text with the names in it replaced by what they are bound to (`path.join(PUBLIC, 'files')`
 * with `const PUBLIC = path.join(__dirname, 'public')`), a few levels deep: where a directory is spelled out.
 */
function spelledOut(ctx: JsContext, n: SyntaxNode | undefined, depth = 0): string {
  if (!n) return "";
  if (depth > 3) return ctx.text(n);
  const parts = [ctx.text(n)];
  for (const id of [n, ...descendants(n)].filter((d) => d.type === "identifier").slice(0, 20)) {
    const r = ctx.resolve(id);
    if (r && r !== id) parts.push(spelledOut(ctx, r, depth + 1));
  }
  return parts.join(" ");
}

/** Text naming the client's own file name: multer / formidable / busboy fields, express-fileupload's `.name`. */
const CLIENT_NAME = /\.(originalname|originalFilename|originalName)\b|\bfiles\.[\w$]+\.name\b/;

/** An express-fileupload file (`req.files.doc`, `req.files?.doc as UploadedFile`), the object whose `.name` is the client's. */
const FILEUPLOAD_FILE = /\bfiles(\??\.[\w$]+|\[[^\]]+\])!?(\s+as\s+[\w$.]+)?$/;

/** `await request.file()` (@fastify/multipart): the part whose `.filename` is the client's. */
const MULTIPART_PART = /^(await\s+)?[\w$.]+\.file\(\s*\)$/;

/**
 * The path names the client's file name: `file.originalname`, `.name` of an express-fileupload file, `.filename` of
 * a @fastify/multipart part; in the path itself or in a name bound to a part of it (`const ext =
 * path.extname(doc.name)`).
 */
function clientName(ctx: JsContext, target: SyntaxNode, spelled: string): boolean {
  if (CLIENT_NAME.test(spelled)) return true;
  const named = (n: SyntaxNode) =>
    [n, ...descendants(n)].some((d) => {
      if (d.type !== "member_expression") return false;
      const prop = ctx.text(field(d, "property") ?? d);
      if (prop !== "name" && prop !== "filename") return false;
      const obj = field(d, "object");
      const r = obj && (ctx.resolve(obj) ?? obj);
      if (!r) return false;
      return prop === "name" ? FILEUPLOAD_FILE.test(ctx.text(r)) : MULTIPART_PART.test(ctx.text(r));
    });
  if (named(target)) return true;
  return descendants(target)
    .filter((d) => d.type === "identifier")
    .slice(0, 20)
    .some((id) => {
      const r = ctx.resolve(id);
      return !!r && r !== id && named(r);
    });
}

/**
 * The function tests the upload's type or extension before storing it: a condition (`if`, `?:`) that names the
 * mimetype, an extension (extname) or a content sniffer, with names spelled out (`if (!OK.has(ext))` with `const ext
 * = path.extname(doc.name)`). Taking the extension to keep it (`randomUUID() + path.extname(doc.name)`) is no test.
 */
function typeChecked(ctx: JsContext, fn: SyntaxNode | undefined): boolean {
  if (!fn) return false;
  return descendants(fn).some((d) => {
    const cond =
      d.type === "if_statement" || d.type === "ternary_expression" ? field(d, "condition") : undefined;
    return !!cond && /\b(mimetype|mimeType|extname|fileTypeFrom\w+|file-type)\b/.test(spelledOut(ctx, cond));
  });
}

/**
 * A multer fileFilter that checks the file's extension (its name tested with extname, endsWith or an anchored
 * pattern) or its content. One that reads only `file.mimetype` checks the Content-Type the client declared, and a
 * substring test of the name (`includes('.png')`) passes `shell.png.html`: neither bounds a name or extension the
 * client chose. A filter defined elsewhere (imported, a declared function) is taken on trust.
 */
function filterChecksName(ctx: JsContext, filter: SyntaxNode): boolean {
  const f = filter.type === "identifier" ? (ctx.resolve(filter) ?? filter) : filter;
  if (f.type !== "arrow_function" && f.type !== "function_expression") return true;
  const t = ctx.text(f);
  if (/fileTypeFrom\w+|file-type|magic|readChunk/.test(t)) return true;
  return (
    /\b(originalname|originalFilename|originalName|filename|name)\b/.test(t) &&
    /extname\(|endsWith\(|\$\/[a-z]*\.test\(\s*[\w$.]*(originalname|originalFilename|originalName|name)\b/.test(
      t,
    )
  );
}

/** Each filename option reported once per analysis of a file, however many multer() calls share its storage. */
const reportedNames = new WeakMap<object, Set<number>>();

/**
 * Also report where the stored name is chosen: the expression in the `filename` option that reads the client's
 * name (`cb(null, file.originalname)`, on its own line inside a longer function), when it is not on the line of
 * the call already reported.
 */
function alsoWhereNamed(
  ctx: JsContext,
  node: SyntaxNode,
  filename: SyntaxNode,
  report: (r: { node: SyntaxNode; message: string }) => void,
  message: string,
): void {
  const read = descendants(filename).find(
    (d) =>
      d.type === "member_expression" &&
      /^(originalname|originalFilename|originalName)$/.test(ctx.text(field(d, "property") ?? d)),
  );
  let at: SyntaxNode = read ?? filename;
  // the call or statement holding it: `cb(null, Date.now() + path.extname(file.originalname))`
  for (let a = at.parent; a && a !== filename && at.startRow === a.startRow; a = a.parent)
    if (a.type === "call_expression" || a.type === "pair" || /statement$/.test(a.type)) at = a;
  if (at.startRow === node.startRow) return;
  let seen = reportedNames.get(ctx);
  if (!seen) reportedNames.set(ctx, (seen = new Set()));
  if (seen.has(at.start)) return;
  seen.add(at.start);
  report({ node: at, message });
}

/** Where a file write's destination path sits among the arguments. */
const WRITES: Record<string, number> = {
  writeFile: 0,
  writeFileSync: 0,
  createWriteStream: 0,
  outputFile: 0,
  outputFileSync: 0,
  rename: 1,
  renameSync: 1,
  copyFile: 1,
  copyFileSync: 1,
  move: 1,
  moveSync: 1,
  mv: 0,
};

/** Interceptors of @nestjs/platform-express that take multer options (and where among the arguments). */
const NEST_INTERCEPTORS: Record<string, number> = {
  FileInterceptor: 1,
  FilesInterceptor: 2,
  FileFieldsInterceptor: 1,
  AnyFilesInterceptor: 0,
};

/** A directory the web server hands out as files: a public/static/web root. */
const SERVED_DIR = /['"`/\\](public|static|www|wwwroot|htdocs|assets)['"`/\\]/i;

export default jsRule({
  meta: {
    id: "JS-UPLOAD-001",
    title:
      "Upload stored in a served directory under the client's file name or extension, with no type check",
    cwe: ["CWE-434"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags multer (or a NestJS FileInterceptor) set up with disk storage (and formidable with keepExtensions and no filter) whose file name keeps the client's name or extension (file.originalname, path.extname(file.originalname)) into a directory the app serves (public, static, www, htdocs, assets, or a directory passed to express.static), when no fileFilter checks the file's extension or content (a filter on the client-declared mimetype alone, or a substring of the name, does not); and a file written or moved (fs writes, rename/copy, express-fileupload's mv) into such a directory under the client's own file name in a function that checks no type or extension.",
      why_bad:
        "A client can upload page.html or app.js (or a server-side script where one runs) and have the site serve it from its own origin: stored XSS or code execution under the site's name.",
      example_bad:
        "const storage = multer.diskStorage({\n  destination: 'public/uploads',\n  filename: (req, file, cb) => cb(null, Date.now() + path.extname(file.originalname)),\n});\nconst upload = multer({ storage });",
      example_good:
        "const storage = multer.diskStorage({\n  destination: 'public/uploads',\n  filename: (req, file, cb) => cb(null, Date.now() + path.extname(file.originalname)),\n});\nconst upload = multer({\n  storage,\n  fileFilter: (req, file, cb) =>\n    cb(null, ['image/png', 'image/jpeg'].includes(file.mimetype) && ['.png', '.jpg'].includes(path.extname(file.originalname).toLowerCase())),\n});",
    },
    fix_hint:
      "Add a fileFilter with an allow-list of types and extensions, and name stored files yourself (a random name and a fixed extension).",
  },
  trigger: /multer|formidable|originalname|originalFilename|originalName|\.mv\(|\.file\(\s*\)/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, report) {
    // A directory named like a web root, or one the app passes to express.static.
    const literalDirs = (t: string) =>
      [...t.matchAll(/['"`]([\w./-]+)['"`]/g)].map((m) => m[1]!.replace(/^\.?\/+|\/+$/g, ""));
    const servedDir = (dest: string) =>
      SERVED_DIR.test(dest) ||
      [...ctx.tree.source.matchAll(/static\(\s*([^)]*)\)/g)].some((s) =>
        literalDirs(s[1]!).some((d) => d && literalDirs(dest).some((x) => x === d || x.startsWith(d + "/"))),
      );
    // formidable({ uploadDir, keepExtensions: true }) (or new IncomingForm(...)): a random name with the client's
    // extension kept, written where the site serves it, and no `filter` deciding which parts are stored.
    if (
      /^formidable(\.formidable|\.IncomingForm|\.default)?$|^IncomingForm$/.test(ctx.callee(node)) &&
      sourceHas(ctx.tree, /['"]formidable['"]/)
    ) {
      const arg = ctx.args(node)[0];
      const o = arg?.type === "identifier" ? ctx.resolve(arg) : arg;
      if (o?.type !== "object" || ctx.prop(o, "filter")) return;
      // A `filename` option that returns the part's originalFilename keeps the client's whole name.
      const own = ctx.prop(o, "filename");
      if (own && !/\boriginalFilename\b/.test(ctx.text(own))) return;
      const keep = own ?? ctx.prop(o, "keepExtensions");
      const dir = ctx.prop(o, "uploadDir");
      if (!keep || (!own && ctx.text(keep) !== "true") || !dir) return;
      if (servedDir(spelledOut(ctx, dir))) {
        const message = own
          ? "uploads keep the client's file name in a served directory, and no filter checks their type"
          : "uploads keep the client's extension in a served directory, and no filter checks their type";
        report({ node, message });
        if (own) alsoWhereNamed(ctx, node, own, report, message);
      }
      return;
    }
    const q = ctx.callee(node);
    // `fs.writeFileSync(path.join(PUBLIC, file.originalname), file.buffer)`, express-fileupload's
    // `req.files.doc.mv(path.join(PUBLIC, doc.name))`: the client's name (so its extension) in a served directory,
    // in a function that checks neither type nor extension.
    const write = /(?:^|\.)([\w$]+)$/.exec(q)?.[1] ?? "";
    if (Object.hasOwn(WRITES, write) && node.type === "call_expression") {
      const target = ctx.args(node)[WRITES[write]!];
      if (!target || (write === "mv" && ctx.args(node).length > 2)) return;
      const named = spelledOut(ctx, target);
      const fn = ctx.enclosingFunction(node);
      if (clientName(ctx, target, named) && servedDir(named) && !typeChecked(ctx, fn))
        report({
          node,
          message: "upload stored in a served directory under the client's file name, with no type check",
        });
      return;
    }
    const nest = Object.hasOwn(NEST_INTERCEPTORS, write) ? NEST_INTERCEPTORS[write] : undefined;
    // (`import multer from '@koa/multer'`: the koa wrapper takes multer's options)
    if (!/^(multer|@koa\/multer|koa-multer)(\.default)?$/.test(q) && nest === undefined) return;
    const given = ctx.args(node)[nest ?? 0];
    const opts = given && (ctx.resolve(given) ?? given);
    if (opts?.type !== "object") return;
    const filter = ctx.prop(opts, "fileFilter");
    if (filter && filterChecksName(ctx, filter)) return;
    // `{ storage: multer.diskStorage(...) }`, or `{ storage }` naming one made before.
    let storage: SyntaxNode | undefined =
      ctx.prop(opts, "storage") ??
      namedChildren(opts).find(
        (c) => c.type === "shorthand_property_identifier" && ctx.text(c) === "storage",
      );
    if (storage?.type === "identifier" || storage?.type === "shorthand_property_identifier")
      storage = ctx.resolve(storage) ?? storage;
    if (storage?.type !== "call_expression" || !/(^|\.)diskStorage$/.test(ctx.callee(storage))) return;
    const conf = ctx.args(storage)[0];
    const config = conf?.type === "identifier" ? ctx.resolve(conf) : conf;
    if (config?.type !== "object") return;
    const filename = ctx.prop(config, "filename");
    const destination = ctx.prop(config, "destination");
    // The stored name keeps what the client chose: its whole name or its extension.
    if (!filename || !/\.originalname\b|\.originalFilename\b/.test(ctx.text(filename))) return;
    if (!servedDir(spelledOut(ctx, destination))) return;
    const message = filter
      ? "uploads keep the client's file name or extension in a served directory, and the fileFilter checks only the client's claims (mimetype, a substring)"
      : "uploads keep the client's file name or extension in a served directory, and no fileFilter checks their type";
    report({ node, message });
    alsoWhereNamed(ctx, node, filename, report, message);
  },
  cases: {
    valid: [
      "const storage = multer.diskStorage({\n  destination: 'public/uploads',\n  filename: (req, file, cb) => cb(null, Date.now() + path.extname(file.originalname)),\n});\nconst upload = multer({ storage, fileFilter: (req, file, cb) => cb(null, ['.png', '.jpg'].includes(path.extname(file.originalname).toLowerCase())) });",
      "const storage = multer.diskStorage({\n  destination: 'public/uploads',\n  filename: (req, file, cb) => cb(null, Date.now() + path.extname(file.originalname)),\n});\nconst upload = multer({ storage, fileFilter: (req, file, cb) => cb(null, /\\.(png|jpe?g)$/i.test(file.originalname)) });",
      "const storage = multer.diskStorage({\n  destination: 'public/uploads',\n  filename: (req, file, cb) => cb(null, Date.now() + path.extname(file.originalname)),\n});\nconst upload = multer({ storage, fileFilter: imageOnly });",
      "app.post('/a', async (req, res) => {\n  const doc = req.files?.doc as UploadedFile;\n  const ext = path.extname(doc.name);\n  if (!['.pdf'].includes(ext)) return res.sendStatus(415);\n  await doc.mv(path.join(__dirname, 'public', randomUUID() + ext));\n});",
      "fastify.post('/u', async (request) => {\n  const data = await request.file();\n  await pipeline(data.file, fs.createWriteStream(path.join(__dirname, 'public', randomUUID() + '.bin')));\n});",
      "const storage = multer.diskStorage({\n  destination: 'public/uploads',\n  filename: (req, file, cb) => cb(null, crypto.randomUUID() + '.png'),\n});\nconst upload = multer({ storage });",
      "const storage = multer.diskStorage({\n  destination: '/var/app/private-files',\n  filename: (req, file, cb) => cb(null, Date.now() + path.extname(file.originalname)),\n});\nconst upload = multer({ storage });",
      "const upload = multer({ dest: 'tmp/' });",
      "const formidable = require('formidable');\nconst form = formidable({ uploadDir: 'public/uploads', keepExtensions: true, filter: ({ mimetype }) => /^image\\//.test(mimetype || '') });",
      "const formidable = require('formidable');\nconst form = formidable({ uploadDir: 'public/uploads' });",
      "app.post('/a', (req, res) => {\n  const doc = req.files.doc;\n  if (!['.pdf'].includes(path.extname(doc.name))) return res.sendStatus(415);\n  doc.mv(path.join(__dirname, 'public', doc.name));\n});",
      "app.post('/a', (req, res) => {\n  fs.writeFileSync(path.join(__dirname, 'private', req.file.originalname), req.file.buffer);\n});",
      "@UseInterceptors(FileInterceptor('file', { storage: diskStorage({ destination: './public/u', filename: (r, f, cb) => cb(null, f.originalname) }), fileFilter: imageOnly }))\nclass A {}",
    ],
    invalid: [
      "const PUBLIC = path.join(__dirname, 'public');\nconst formidable = require('formidable');\nconst form = formidable({ uploadDir: path.join(PUBLIC, 'files'), keepExtensions: true });",
      "const PUBLIC = path.join(__dirname, 'public');\nconst storage = multer.diskStorage({\n  destination: (req, file, cb) => cb(null, path.join(PUBLIC, 'avatars')),\n  filename: (req, file, cb) => cb(null, file.originalname),\n});\nconst upload = multer({ storage });",
      "app.post('/a', (req, res) => {\n  fs.writeFileSync(path.join(__dirname, 'public', 'files', req.file.originalname), req.file.buffer);\n});",
      "app.post('/a', (req, res) => {\n  const doc = req.files.doc;\n  doc.mv(path.join(__dirname, 'public', doc.name), () => res.sendStatus(201));\n});",
      "app.post('/a', (req, res) => {\n  req.files.doc.mv(`./static/${req.files.doc.name}`);\n});",
      "@UseInterceptors(FileInterceptor('file', { storage: diskStorage({ destination: './public/u', filename: (r, f, cb) => cb(null, f.originalname) }) }))\nclass A {}",
      "import { FileInterceptor } from '@nestjs/platform-express';\nimport { diskStorage } from 'multer';\nclass A {\n  @UseInterceptors(FileInterceptor('file', { storage: diskStorage({ destination: './public/u', filename: (r, f, cb) => cb(null, f.originalname) }) }))\n  up() {}\n}",
      "class A { async m(file) { await writeFile(`./public/static/${file.originalname}`, file.buffer); } }",
      "const formidable = require('formidable');\nconst form = formidable({ uploadDir: path.join(__dirname, 'public', 'files'), keepExtensions: true, maxFileSize: 5e6 });",
      "const { IncomingForm } = require('formidable');\nconst form = new IncomingForm({ uploadDir: 'static/u', keepExtensions: true });",
      "const storage = multer.diskStorage({\n  destination: path.join(__dirname, 'public', 'avatars'),\n  filename: (req, file, cb) => cb(null, uuidv4() + path.extname(file.originalname)),\n});\nconst upload = multer({ storage, limits: { fileSize: 2e6 } });",
      // (a fileFilter on the client's Content-Type or a substring of its name bounds no extension)
      "const storage = multer.diskStorage({\n  destination: 'public/uploads',\n  filename: (req, file, cb) => cb(null, Date.now() + path.extname(file.originalname)),\n});\nconst upload = multer({ storage, fileFilter: (req, file, cb) => cb(null, /^image\\//.test(file.mimetype)) });",
      "const upload = multer({\n  storage: multer.diskStorage({ destination: 'public/u', filename: (req, file, cb) => cb(null, file.originalname) }),\n  fileFilter: (req, file, cb) => cb(null, file.originalname.includes('.png')),\n});",
      {
        // reported where the name is read too, on its own line
        code: "const storage = multer.diskStorage({\n  destination: 'public/uploads',\n  filename: function (req, file, cb) {\n    cb(null, Date.now() + path.extname(file.originalname));\n  },\n});\nconst upload = multer({ storage });",
        line: 4,
      },
      {
        code: "const formidable = require('formidable');\nconst form = formidable({\n  uploadDir: 'public/files',\n  filename: (name, ext, part) => part.originalFilename ?? name + ext,\n});",
        line: 4,
      },
      {
        // reported at the filename option too, on its own line
        code: "const storage = multer.diskStorage({\n  destination: 'public/uploads',\n  filename: (req, file, cb) => cb(null, file.originalname),\n});\nconst upload = multer({ storage });",
        line: 3,
      },
      "import multer from '@koa/multer';\nconst storage = multer.diskStorage({\n  destination: 'public/media',\n  filename: (req, file, cb) => cb(null, file.originalname),\n});\nrouter.post('/m', multer({ storage }).single('f'), h);",
      "const formidable = require('formidable');\nconst form = formidable({ uploadDir: 'public/files', filename: (name, ext, part) => part.originalFilename });",
      "app.post('/a', async (req, res) => {\n  const doc = req.files?.doc as UploadedFile;\n  await doc.mv(__dirname + '/public/docs/' + doc.name);\n});",
      "app.post('/a', async (req, res) => {\n  const doc = req.files.doc;\n  const ext = path.extname(doc.name);\n  await doc.mv(path.join(__dirname, 'public', randomUUID() + ext));\n});",
      "fastify.post('/u', async (request) => {\n  const data = await request.file();\n  await pipeline(data.file, fs.createWriteStream(path.join(__dirname, 'public', data.filename)));\n});",
      "app.use('/files', express.static('files'));\nconst upload = multer({\n  storage: multer.diskStorage({\n    destination: (req, file, cb) => cb(null, 'files/'),\n    filename: (req, file, cb) => cb(null, file.originalname),\n  }),\n});",
    ],
  },
});
