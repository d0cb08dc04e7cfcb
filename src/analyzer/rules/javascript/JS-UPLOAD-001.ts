import type { SyntaxNode } from "../../parse/index.js";
import { namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

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
        "Flags multer set up with disk storage (and formidable with keepExtensions and no filter) whose file name keeps the client's name or extension (file.originalname, path.extname(file.originalname)) into a directory the app serves (public, static, www, htdocs, assets, or a directory passed to express.static), when no fileFilter checks the file's type.",
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
  trigger: /multer|formidable/,
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
      const d = dir.type === "identifier" ? (ctx.resolve(dir) ?? dir) : dir;
      if (servedDir(ctx.text(d)))
        report({
          node,
          message:
            "uploads keep the client's extension in a served directory, and no filter checks their type",
        });
      return;
    }
    if (ctx.callee(node) !== "multer") return;
    const opts = ctx.resolve(ctx.args(node)[0] ?? node) ?? ctx.args(node)[0];
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
    let dest = destination ? ctx.text(destination) : "";
    if (destination?.type === "identifier") dest = ctx.text(ctx.resolve(destination) ?? destination);
    if (!servedDir(dest)) return;
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
    ],
    invalid: [
      "const formidable = require('formidable');\nconst form = formidable({ uploadDir: path.join(__dirname, 'public', 'files'), keepExtensions: true, maxFileSize: 5e6 });",
      "const { IncomingForm } = require('formidable');\nconst form = new IncomingForm({ uploadDir: 'static/u', keepExtensions: true });",
      "const storage = multer.diskStorage({\n  destination: path.join(__dirname, 'public', 'avatars'),\n  filename: (req, file, cb) => cb(null, uuidv4() + path.extname(file.originalname)),\n});\nconst upload = multer({ storage, limits: { fileSize: 2e6 } });",
      "app.use('/files', express.static('files'));\nconst upload = multer({\n  storage: multer.diskStorage({\n    destination: (req, file, cb) => cb(null, 'files/'),\n    filename: (req, file, cb) => cb(null, file.originalname),\n  }),\n});",
    ],
  },
});
