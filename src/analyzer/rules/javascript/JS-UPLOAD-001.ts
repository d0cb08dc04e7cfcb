import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
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

/** The path names the client's file name: `file.originalname`, or `.name` of an express-fileupload file. */
function clientName(ctx: JsContext, target: SyntaxNode, spelled: string): boolean {
  if (CLIENT_NAME.test(spelled)) return true;
  return [target, ...descendants(target)].some((d) => {
    if (d.type !== "member_expression" || ctx.text(field(d, "property") ?? d) !== "name") return false;
    const obj = field(d, "object");
    const r = obj && (ctx.resolve(obj) ?? obj);
    return !!r && /\bfiles(\.[\w$]+|\[[^\]]+\])$/.test(ctx.text(r));
  });
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
        "Flags multer (or a NestJS FileInterceptor) set up with disk storage (and formidable with keepExtensions and no filter) whose file name keeps the client's name or extension (file.originalname, path.extname(file.originalname)) into a directory the app serves (public, static, www, htdocs, assets, or a directory passed to express.static), when no fileFilter checks the file's type; and a file written or moved (fs writes, rename/copy, express-fileupload's mv) into such a directory under the client's own file name in a function that checks no type or extension.",
      why_bad:
        "A client can upload page.html or app.js (or a server-side script where one runs) and have the site serve it from its own origin: stored XSS or code execution under the site's name.",
      example_bad:
        "const storage = multer.diskStorage({\n  destination: 'public/uploads',\n  filename: (req, file, cb) => cb(null, Date.now() + path.extname(file.originalname)),\n});\nconst upload = multer({ storage });",
      example_good:
        "const storage = multer.diskStorage({\n  destination: 'public/uploads',\n  filename: (req, file, cb) => cb(null, Date.now() + path.extname(file.originalname)),\n});\nconst upload = multer({\n  storage,\n  fileFilter: (req, file, cb) => cb(null, ['image/png', 'image/jpeg'].includes(file.mimetype)),\n});",
    },
    fix_hint:
      "Add a fileFilter with an allow-list of types and extensions, and name stored files yourself (a random name and a fixed extension).",
  },
  trigger: /multer|formidable|originalname|originalFilename|originalName|\.mv\(/,
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
      /['"]formidable['"]/.test(ctx.tree.source)
    ) {
      const arg = ctx.args(node)[0];
      const o = arg?.type === "identifier" ? ctx.resolve(arg) : arg;
      if (o?.type !== "object" || ctx.prop(o, "filter") || ctx.prop(o, "filename")) return;
      const keep = ctx.prop(o, "keepExtensions");
      const dir = ctx.prop(o, "uploadDir");
      if (!keep || ctx.text(keep) !== "true" || !dir) return;
      if (servedDir(spelledOut(ctx, dir)))
        report({
          node,
          message:
            "uploads keep the client's extension in a served directory, and no filter checks their type",
        });
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
      if (
        clientName(ctx, target, named) &&
        SERVED_DIR.test(named) &&
        !/\b(mimetype|mimeType|extname|fileTypeFrom\w+|file-type)\b/.test(fn ? ctx.text(fn) : "")
      )
        report({
          node,
          message: "upload stored in a served directory under the client's file name, with no type check",
        });
      return;
    }
    const nest = Object.hasOwn(NEST_INTERCEPTORS, write) ? NEST_INTERCEPTORS[write] : undefined;
    if (q !== "multer" && nest === undefined) return;
    const given = ctx.args(node)[nest ?? 0];
    const opts = given && (ctx.resolve(given) ?? given);
    if (opts?.type !== "object" || ctx.prop(opts, "fileFilter")) return;
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
    report({
      node,
      message:
        "uploads keep the client's file name or extension in a served directory, and no fileFilter checks their type",
    });
  },
  cases: {
    valid: [
      "const storage = multer.diskStorage({\n  destination: 'public/uploads',\n  filename: (req, file, cb) => cb(null, Date.now() + path.extname(file.originalname)),\n});\nconst upload = multer({ storage, fileFilter: (req, file, cb) => cb(null, /^image\\//.test(file.mimetype)) });",
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
      "app.use('/files', express.static('files'));\nconst upload = multer({\n  storage: multer.diskStorage({\n    destination: (req, file, cb) => cb(null, 'files/'),\n    filename: (req, file, cb) => cb(null, file.originalname),\n  }),\n});",
    ],
  },
});
