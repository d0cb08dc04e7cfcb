import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, unparen, sourceHas } from "../../parse/nodes.js";
import type { Severity } from "../../types.js";

/** Node's file-system modules as a callee prefix (import aliases resolve to the module name). */
const FS_MODULE =
  /^(fs|fs\/promises|fs-extra|graceful-fs|fsp|fse|node:fs|node:fs\/promises|require\(['"](?:node:)?fs(?:-extra)?['"]\))\.(promises\.)?/;

/** Calls whose first argument is a path (reads, writes, deletes, listings, metadata, links). */
const PATH_FIRST =
  /^(readFile|readFileSync|writeFile|writeFileSync|appendFile|appendFileSync|createReadStream|createWriteStream|open|openSync|unlink|unlinkSync|rm|rmSync|rmdir|rmdirSync|readdir|readdirSync|mkdir|mkdirSync|stat|statSync|lstat|lstatSync|exists|existsSync|access|accessSync|chmod|chmodSync|chown|chownSync|copyFile|copyFileSync|cp|cpSync|rename|renameSync|symlink|symlinkSync|link|linkSync|readlink|readlinkSync|realpath|realpathSync|truncate|truncateSync|utimes|utimesSync|opendir|opendirSync|watch|watchFile|readJson|readJsonSync|writeJson|writeJsonSync|outputFile|outputFileSync|copy|copySync|move|moveSync|remove|removeSync|ensureDir|ensureDirSync|ensureFile|ensureFileSync|mkdirs|mkdirsSync|outputJson|outputJsonSync|emptyDir|emptyDirSync|pathExists|pathExistsSync)$/;

/** Deno's and Bun's own file APIs, whose first argument is a path. */
const RUNTIME_FILE =
  /^(Deno\.(readTextFile|readFile|writeFile|writeTextFile|remove|open|create|readDir|copyFile|rename|truncate|mkdir)(Sync)?|Bun\.(file|write))$/;

/**
 * The subset JS-PATH-001 judges for traversal: reads, writes, deletes, listings, and fs-extra's writers, readers and
 * removers (outputFile / outputJson / readJson / remove / ensureDir), directory handles, truncation and links read.
 */
const TRAVERSAL_SINKS =
  /^(readFile|readFileSync|writeFile|writeFileSync|createReadStream|createWriteStream|unlink|unlinkSync|rm|rmSync|appendFile|appendFileSync|readdir|readdirSync|open|openSync|rename|renameSync|copyFile|copyFileSync|cp|cpSync|link|linkSync|symlink|symlinkSync|copy|copySync|move|moveSync|outputFile|outputFileSync|outputJson|outputJsonSync|writeJson|writeJsonSync|readJson|readJsonSync|remove|removeSync|emptyDir|emptyDirSync|ensureDir|ensureDirSync|ensureFile|ensureFileSync|mkdirs|mkdirsSync|opendir|opendirSync|truncate|truncateSync|readlink|readlinkSync)$/;

/** `fs.readFileSync(...)` and friends: the method name when the call is one, else undefined. */
export function fsPathCall(node: SyntaxNode, ctx: JsContext): string | undefined {
  const q = ctx.callee(node);
  // A bare `readFile(...)` imported from fs resolves to `fs.readFile`, and `import { readFile as load }` makes
  // `load(...)` `fs/promises.readFile`: the export's name, not the local one; an `fs` parameter is taken at its name.
  const m =
    FS_MODULE.test(q) && !q.replace(FS_MODULE, "").includes(".")
      ? q.replace(FS_MODULE, "")
      : ctx.method(node);
  if (!PATH_FIRST.test(m)) return undefined;
  return FS_MODULE.test(q) ? m : undefined;
}

const CANONICAL = /(^|\.)(resolve|normalize|join|realpath|realpathSync|relative)$/;

/** Percent-decoding, which turns `%2e%2e%2f` into `../`. */
const DECODE = /\b(decodeURIComponent|decodeURI|unescape|querystring\.unescape)\s*\(/;

/**
 * The call (or the join) decodes its path after `after` (a source offset): itself, or through a name bound after
 * that point to a decoding.
 */
function decodesAt(node: SyntaxNode, ctx: JsContext, after: number): boolean {
  if (DECODE.test(ctx.text(node))) return true;
  return descendants(node)
    .filter((d) => d.type === "identifier")
    .slice(0, 20)
    .some((id) => {
      const r = ctx.resolve(id);
      return !!r && r !== id && r.start >= after && DECODE.test(ctx.text(r));
    });
}

/**
 * The use's path comes from `path.resolve(...)` (itself, or a name bound to one): a later argument that is an
 * absolute path replaces the root, with no `..` in it.
 */
function resolvesAt(node: SyntaxNode, ctx: JsContext): boolean {
  const call = (n: SyntaxNode | null | undefined): boolean =>
    n?.type === "call_expression" && /^(path\.)?(posix\.|win32\.)?resolve$/.test(ctx.callee(n));
  // (the use may be the path being built itself: `path.join(ROOT, name)` is no resolve, whatever ROOT was)
  if (/^(path\.)?(posix\.|win32\.)?(join|normalize)$/.test(ctx.callee(node))) return false;
  if (call(node)) return true;
  const arg = unparen(ctx.args(node)[0]);
  if (call(arg)) return true;
  const r = arg?.type === "identifier" ? ctx.resolve(arg) : undefined;
  return !!r && r !== arg && call(unparen(r));
}

/**
 * Whether a check dominates `use` closely enough to count for it: the use sits inside the statement holding the
 * check (an `if` whose branch it is, a `&&` chain) or in a later statement of the same block (after an exiting
 * `if`). A check in a sibling branch (`if (route === '/a') { ...check... }` next to `if (route === '/b')`) guards
 * nothing there.
 */
function covers(check: SyntaxNode, use: SyntaxNode, guard = true): boolean {
  let stmt: SyntaxNode = check;
  while (
    stmt.parent &&
    !/^(statement_block|program|switch_case|switch_default|class_body)$/.test(stmt.parent.type)
  )
    stmt = stmt.parent;
  if (use.start >= stmt.start && use.end <= stmt.end) return true;
  const block = stmt.parent;
  // A later statement is guarded by an `if` only when a branch of it leaves (`return`, `throw`): an `if` that
  // only logs (`if (!full.startsWith(root)) console.warn(...)`) lets the path through.
  // (Asked the other way round, whether a path built in `check` is tested by a later `use`, the statement
  // around the builder is no guard: `if (dir) p = path.join(p, 'index.html');` then a test of p still covers p.)
  if (
    guard &&
    stmt.type === "if_statement" &&
    !exits(field(stmt, "consequence")) &&
    !exits(field(stmt, "alternative"))
  )
    return false;
  return !!block && stmt.end <= use.start && use.start >= block.start && use.end <= block.end;
}

/** A branch that leaves the code after it: a return/throw/continue/break, directly or as one of its statements. */
function exits(branch: SyntaxNode | undefined): boolean {
  if (!branch) return false;
  if (branch.type === "else_clause") return namedChildren(branch).some((c) => exits(c));
  if (/^(return|throw|continue|break)_statement$/.test(branch.type)) return true;
  if (branch.type === "statement_block") return namedChildren(branch).some((c) => exits(c));
  if (branch.type === "if_statement")
    return exits(field(branch, "consequence")) && exits(field(branch, "alternative"));
  return false;
}

/**
 * A path containment check in an enclosing function that covers `node` (see covers; for a `builder`, one that
 * follows it): `startsWith` on a resolved or
 * normalised path (`path.resolve(...)`, `path.normalize(...)`, `realpathSync(...)`, or a name bound or reassigned to
 * one), `path.relative` tested for `..` or an absolute result, or a `'..'` test. `p.startsWith('/home/')` on the
 * raw text is no check: `/home/../etc` passes.
 */
export function containmentChecked(node: SyntaxNode, ctx: JsContext, builder = false): boolean {
  // The check may sit in an enclosing function before the callback that uses the path (`if (!t.startsWith(root))
  // return; stream.on('end', () => fs.createWriteStream(t))`): covers() still asks that it precede the use.
  let fn = ctx.enclosingFunction(node);
  for (let depth = 0; fn && depth < 4; depth++, fn = ctx.enclosingFunction(fn))
    if (checkedIn(fn, node, ctx, builder)) return true;
  return false;
}

function checkedIn(fn: SyntaxNode, node: SyntaxNode, ctx: JsContext, builder: boolean): boolean {
  const text = ctx.text(fn);
  // A path being built (`const full = path.resolve(root, name)`) is checked by a test after it as well.
  // (`if (root) { ...; if (UP.test(p)) return; ... } else { if (UP.test(p)) return; ... }` then the use: the same
  // test, exiting, in both branches of an if before it covers it as one test would.)
  const bothBranches = (d: SyntaxNode): boolean => {
    for (let a = d.parent; a && a !== fn; a = a.parent) {
      if (a.type !== "if_statement") continue;
      const yes = field(a, "consequence");
      const no = field(a, "alternative");
      if (!yes || !no) continue;
      const other = d.start >= yes.start && d.end <= yes.end ? no : yes;
      const same = descendants(other).find((o) => o.type === d.type && ctx.text(o) === ctx.text(d));
      const last = (b: SyntaxNode) =>
        namedChildren(b.type === "else_clause" ? namedChildren(b)[0]! : b).pop();
      const endOf = (b: SyntaxNode) => last(b) ?? b;
      return (
        !!same &&
        covers(d, endOf(d.start >= yes.start && d.end <= yes.end ? yes : no)) &&
        covers(same, endOf(other)) &&
        covers(a, node, false)
      );
    }
    return false;
  };
  const near = (d: SyntaxNode) =>
    covers(d, node) || (builder && covers(node, d, false)) || (!builder && bothBranches(d));
  const calls = () => descendants(fn).filter((d) => d.type === "call_expression");
  // (a `..` test of text the use decodes afterwards checks nothing: `%2e%2e%2f` passes it and decodes to `../`)
  const decodedLater = (d: SyntaxNode) => {
    const recv = field(field(d, "function") ?? d, "object") ?? ctx.args(d)[0];
    // (a path built before the check that tests it decoded first: `file = join(root, decodeURIComponent(p))`)
    return !!recv && node.start >= d.end && !DECODE.test(ctx.text(recv)) && decodesAt(node, ctx, d.end);
  };
  // (nor does it stop an absolute name handed to path.resolve: `path.resolve(root, '/etc/passwd')` is /etc/passwd)
  if (/includes\(['"]\.\.['"]\)/.test(text) && !resolvesAt(node, ctx)) {
    const dots = (a: SyntaxNode | undefined) => !!a && /^['"]\.\.['"]$/.test(ctx.text(a));
    if (
      calls().some((d) => ctx.method(d) === "includes" && dots(ctx.args(d)[0]) && near(d) && !decodedLater(d))
    )
      return true;
  }
  // `if (UP_PATH.test(normalize('.' + sep + p))) return 403` with `UP_PATH = /(?:^|[\\/])\.\.(?:[\\/]|$)/`: a
  // regular expression for a `..` segment tested on the path, as `includes('..')` is.
  if (/\.test\(/.test(text)) {
    const climbRegex = (a: SyntaxNode | undefined): boolean => {
      const r = a && (ctx.resolve(a) ?? a);
      return r?.type === "regex" && /\\\.\\\./.test(ctx.text(r));
    };
    const regexTest = calls().some((d) => {
      const f = field(d, "function");
      return (
        ctx.method(d) === "test" &&
        f?.type === "member_expression" &&
        climbRegex(field(f, "object")) &&
        near(d) &&
        !decodedLater(d)
      );
    });
    if (regexTest) return true;
  }
  // `path.relative(root, p)` tested for a climb (`'..'`) or an absolute result; computing it alone checks nothing.
  if (/\.relative\(/.test(text) && /['"]\.\.['"`/\\]|isAbsolute\(/.test(text)) {
    const climb = descendants(fn).some(
      (d) =>
        (((d.type === "string" || d.type === "template_string") &&
          /^['"`]\.\.([/\\]|['"`])/.test(ctx.text(d))) ||
          (d.type === "call_expression" && ctx.method(d) === "isAbsolute")) &&
        near(d),
    );
    if (climb) return true;
  }
  const canonical = (n: SyntaxNode | undefined, depth = 0): boolean => {
    if (!n || depth > 4) return false;
    if (n.type === "await_expression" || n.type === "parenthesized_expression")
      return canonical(namedChildren(n)[0], depth + 1);
    if (n.type === "call_expression") {
      if (CANONICAL.test(ctx.callee(n))) return true;
      // `path.resolve(x).startsWith(...)`, `p.toLowerCase().startsWith(...)`: the receiver's receiver.
      const f = field(n, "function");
      return f?.type === "member_expression" && canonical(field(f, "object"), depth + 1);
    }
    if (n.type === "identifier") {
      const r = ctx.resolve(n);
      if (r && r !== n && canonical(r, depth + 1)) return true;
      const name = ctx.text(n).replace(/[$]/g, "\\$&");
      return new RegExp(
        `\\b${name}\\s*=\\s*(await\\s+)?[\\w.]*(resolve|normalize|join|realpath|realpathSync)\\(`,
      ).test(text);
    }
    return false;
  };
  // `if (path.dirname(target) !== BASE) throw ...` on a resolved target: the file sits directly in BASE.
  if (/dirname\(/.test(text)) {
    const dirTest = descendants(fn).some((d) => {
      if (d.type !== "binary_expression") return false;
      const op = field(d, "operator")?.type ?? d.children.find((c) => !c.named)?.type ?? "";
      if (!/^[!=]==?$/.test(op)) return false;
      return [field(d, "left"), field(d, "right")].some(
        (side) =>
          side?.type === "call_expression" &&
          /(^|\.)dirname$/.test(ctx.callee(side)) &&
          canonical(ctx.args(side)[0]) &&
          near(d),
      );
    });
    if (dirTest) return true;
  }
  // `if (!isPathInside(abs, root)) return ...` (the is-path-inside / path-is-inside packages) on a joined or
  // resolved path: they compare it with the root segment by segment.
  if (/[Ii]nside\b|is-inside/.test(text)) {
    const inside = calls().some(
      (d) =>
        /(^|\.)(isPathInside|pathIsInside)$|^(is-path-inside|path-is-inside)$/.test(ctx.callee(d)) &&
        canonical(ctx.args(d)[0]) &&
        near(d),
    );
    if (inside) return true;
  }
  // `(p + sep).substr(0, root.length) !== root` (or slice / substring): startsWith spelled out, on a resolved path.
  if (/\.(substr|slice|substring)\(\s*0\s*,/.test(text)) {
    const prefixTest = descendants(fn).some((d) => {
      if (d.type !== "binary_expression") return false;
      const op = field(d, "operator")?.type ?? d.children.find((c) => !c.named)?.type ?? "";
      if (!/^[!=]==?$/.test(op)) return false;
      const [l, r] = [field(d, "left"), field(d, "right")];
      const cut = (x: SyntaxNode | undefined, other: SyntaxNode | undefined): boolean => {
        if (x?.type !== "call_expression" || !other || !/^(substr|slice|substring)$/.test(ctx.method(x)))
          return false;
        const [from, len] = ctx.args(x);
        if (ctx.text(from ?? x) !== "0" || ctx.text(len ?? x) !== `${ctx.text(other)}.length`) return false;
        let recv = field(field(x, "function") ?? x, "object");
        recv = unparen(recv);
        // `(p + sep)`: the resolved path with a separator added
        if (recv?.type === "binary_expression") recv = field(recv, "left");
        return canonical(recv ?? undefined);
      };
      return (cut(l ?? undefined, r ?? undefined) || cut(r ?? undefined, l ?? undefined)) && near(d);
    });
    if (prefixTest) return true;
  }
  // `inside.test(file)` with `inside = new RegExp('^' + escapeRegExp(base) + '(/|$)')` (or a literal `/^\/srv\//`)
  // on a joined or resolved path: startsWith written as an anchored pattern of the root.
  if (/\.test\(/.test(text)) {
    const rootPattern = (r0: SyntaxNode | undefined): boolean => {
      const r = r0 && (ctx.resolve(r0) ?? r0);
      if (r?.type === "regex") return /^\/\^\\?\/\w/.test(ctx.text(r));
      if (r?.type !== "new_expression" || ctx.text(field(r, "constructor") ?? r) !== "RegExp") return false;
      // The leftmost `+` operand is '^', the one after it the (escaped) root.
      let src = ctx.args(r)[0];
      while (src?.type === "binary_expression" && field(src, "left")?.type === "binary_expression")
        src = field(src, "left") ?? undefined;
      const head = src?.type === "binary_expression" ? field(src, "left") : undefined;
      const root = src?.type === "binary_expression" ? field(src, "right") : undefined;
      return !!head && !!root && ctx.stringValue(head) === "^" && ctx.stringValue(root) === undefined;
    };
    const anchored = calls().some((d) => {
      const f = field(d, "function");
      return (
        ctx.method(d) === "test" &&
        f?.type === "member_expression" &&
        rootPattern(field(f, "object") ?? undefined) &&
        canonical(ctx.args(d)[0]) &&
        near(d)
      );
    });
    if (anchored) return true;
  }
  if (!/startsWith\(/.test(text)) return false;
  for (const d of calls()) {
    if (ctx.method(d) !== "startsWith") continue;
    const f = field(d, "function");
    if (
      f?.type === "member_expression" &&
      canonical(field(f, "object")) &&
      near(d) &&
      // (a prefix test of text the use decodes afterwards: `%2e%2e%2f` passes it and decodes to `../`)
      !decodedLater(d) &&
      // (`rel.startsWith('..')` of a path.relative result: a climb test, no root)
      (/^\.\./.test(ctx.stringValue(ctx.args(d)[0]) ?? "") ||
        rootEndsWithSeparator(ctx, ctx.args(d)[0]) !== false)
    )
      return true;
  }
  return false;
}

const SEP = /^(path\.(posix\.|win32\.)?sep|sep)$/;

/**
 * Whether a containment prefix ends with a path separator: `ROOT + path.sep`, `` `${ROOT}/` ``, `'/srv/uploads/'`.
 * A root without one (`path.resolve('/srv/app')`, `process.cwd()`, `__dirname`, `'/srv/app'`) also admits its
 * siblings: `/srv/app-secrets/key` starts with `/srv/app`. Undefined when the prefix cannot be told (a parameter).
 */
export function rootEndsWithSeparator(
  ctx: JsContext,
  n: SyntaxNode | undefined,
  depth = 0,
): boolean | undefined {
  const e = unparen(n ?? undefined);
  if (!e || depth > 4) return undefined;
  const lit = ctx.stringValue(e);
  if (lit !== undefined && (e.type === "string" || e.type === "template_string")) return /[/\\]$/.test(lit);
  if (e.type === "template_string") {
    const last = namedChildren(e).pop();
    if (!last) return undefined;
    if (last.type === "string_fragment") return /[/\\]$/.test(ctx.text(last));
    const inner = last.type === "template_substitution" ? namedChildren(last)[0] : undefined;
    return inner && SEP.test(ctx.text(inner)) ? true : undefined;
  }
  if (e.type === "binary_expression" && e.children.some((c) => !c.named && c.type === "+")) {
    const right = field(e, "right") ?? undefined;
    if (right && SEP.test(ctx.text(right))) return true;
    const v = right ? ctx.stringValue(right) : undefined;
    return v === undefined ? undefined : /[/\\]$/.test(v);
  }
  if (e.type === "identifier") {
    if (ctx.text(e) === "__dirname") return false;
    const r = ctx.resolve(e);
    return r && r !== e ? rootEndsWithSeparator(ctx, r, depth + 1) : undefined;
  }
  if (e.type === "call_expression") {
    const q = ctx.callee(e);
    // path.resolve / normalize drop a trailing separator (normalize keeps one it was given; resolve never does)
    if (/^(path\.)?(posix\.|win32\.)?resolve$|^process\.cwd$|(^|\.)realpath(Sync)?$/.test(q)) return false;
    if (/^(path\.)?(posix\.|win32\.)?(join|normalize)$/.test(q)) {
      const last = ctx.args(e).pop();
      const v = last ? ctx.stringValue(last) : undefined;
      return v === undefined ? undefined : /[/\\]$/.test(v);
    }
  }
  return undefined;
}

export interface PathFinding {
  severity?: Severity;
  message: string;
}

/**
 * JS-PATH-001's verdict for one call: request data reaching a file path (HIGH), or a caller-supplied name joined
 * onto a directory without a containment check (LOW). Undefined when neither holds.
 */
export function traversalFinding(node: SyntaxNode, ctx: JsContext): PathFinding | undefined {
  const q = ctx.callee(node);
  // express-fileupload: `req.files.upload.mv(dest)` writes the upload wherever dest points.
  const fn = field(node, "function");
  const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
  if (
    ctx.method(node) === "mv" &&
    recv &&
    /\b(req|request)\.files\b/.test(ctx.text(ctx.resolve(recv) ?? recv))
  ) {
    const dest = ctx.args(node)[0];
    if (dest && !containmentChecked(node, ctx) && ctx.level(dest, "path") === Level.SOURCE)
      return { message: "uploaded file moved to a path built from the request (its client-chosen name)" };
    return undefined;
  }
  // `express.static(root)` / serve-static made inside a handler: a root the request chooses serves any file under
  // it (a request root of `/` serves the whole disk).
  if (/^(express\.static|serve-static|serveStatic)$/.test(q)) {
    const root = ctx.args(node)[0];
    return root && !containmentChecked(node, ctx) && ctx.level(root, "path") === Level.SOURCE
      ? { message: "static files served from a root directory taken from the request" }
      : undefined;
  }
  // The export's name for a renamed import (`import { readFile as load } from 'fs/promises'`: q ends in readFile).
  const sink = /^(fs|fs\/promises|fsp|fse|fs-extra|graceful-fs)\.(promises\.)?\w+$/.test(q)
    ? q.replace(/^.*\./, "")
    : ctx.method(node);
  const fsSink =
    TRAVERSAL_SINKS.test(sink) &&
    /^(fs\.(promises\.)?|fs\/promises\.|fsp\.|fse\.|fs-extra\.|graceful-fs\.)?\w+$/.test(q);
  // `process.chdir(dir)`: every relative path the process opens afterwards resolves under the request's directory.
  if (q === "process.chdir") {
    const dir = ctx.args(node)[0];
    return dir && !containmentChecked(node, ctx) && ctx.level(dir, "path") === Level.SOURCE
      ? { message: "process.chdir() into a directory taken from the request" }
      : undefined;
  }
  // child_process with `{ cwd }` from the request: the program runs (and reads its config, writes its output) in
  // any directory the client names.
  if (/^child_process\.(exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)$/.test(q)) {
    for (const a of ctx.args(node).slice(1)) {
      const o = ctx.resolve(a) ?? a;
      const cwd = o.type === "object" ? ctx.prop(o, "cwd") : undefined;
      if (cwd && !containmentChecked(node, ctx) && ctx.level(cwd, "path") === Level.SOURCE)
        return {
          message: `${q.replace(/^child_process\./, "")}() runs in a working directory taken from the request`,
        };
    }
    return undefined;
  }
  // koa-send (`send(ctx, path, { root })`): it confines the path to root (the process's cwd without one), so only a
  // root the request chooses steers it.
  if (/^koa-send(\.default)?$/.test(q)) {
    const opts = ctx.args(node)[2];
    const root = opts && ctx.prop(ctx.resolve(opts) ?? opts, "root");
    return root && ctx.level(root, "path") === Level.SOURCE
      ? { message: "koa-send serves from a root taken from the request" }
      : undefined;
  }
  // The send module (`send(req, path, { root })`, what express's sendFile runs on): without a root a request path
  // serves any absolute file; a root the request chooses serves anything under it.
  if (q === "send" && sourceHas(ctx.tree, /(require\(\s*|from\s+)['"]send['"]/)) {
    const [, file, opts] = ctx.args(node);
    const root = ctx.prop(ctx.resolve(opts) ?? opts, "root");
    if (root)
      return ctx.level(root, "path") === Level.SOURCE
        ? { message: "send() serves from a root taken from the request" }
        : undefined;
    if (file && !containmentChecked(node, ctx) && ctx.level(file, "path") === Level.SOURCE)
      return { message: "send() serves a path taken from the request" };
    return undefined;
  }
  // `h.file(p)`: hapi's inert plugin sends the file at p.
  const runtime = RUNTIME_FILE.test(q);
  // (`res.sendfile`: Express 3's spelling, kept as a deprecated alias.)
  if (!fsSink && !runtime && !/\.send[Ff]ile$|\.download$|^h\.file$/.test(q)) return undefined;
  if (
    !runtime &&
    !/^fs|fsp|fs-extra|send[Ff]ile|download|^h\.file$/.test(q) &&
    !sourceHas(ctx.tree, /require\(['"]fs/)
  )
    return undefined;
  // Two-path calls (rename, copy, link): the destination is as much a sink as the source.
  const [a0, a1] = ctx.args(node);
  const twoPath = !!a1 && /^(rename|copyFile|cp|link|symlink|copy|move)(Sync)?$/.test(sink);
  const p = twoPath && (uploadTemp(node, ctx) || ctx.level(a1, "path") > ctx.level(a0, "path")) ? a1 : a0;
  if (!p || containmentChecked(node, ctx)) return undefined;
  // `res.sendFile(name, { root })`, `res.download(name, { root })` (Express 4.16+, the same send options): send
  // refuses paths that climb out of root.
  // A root the request chooses serves anything under it.
  // (`{ root }` shorthand too: the option under the name of the local holding it.)
  const roots = /\.(send[Ff]ile|download)$/.test(q)
    ? ctx
        .args(node)
        .flatMap(
          (a) =>
            ctx.prop(a, "root") ??
            (a.type === "object"
              ? namedChildren(a).filter(
                  (c) => c.type === "shorthand_property_identifier" && ctx.text(c) === "root",
                )
              : []),
        )
    : [];
  if (roots.some((r) => ctx.level(r, "path") === Level.SOURCE))
    return { message: `${q}() serves from a root taken from the request` };
  // A root of the filesystem's top (`{ root: '/' }`, `'C:\\'`) confines nothing: every file is under it.
  const top = roots.filter((r) => /^([\\/]+|[a-z]:[\\/]*)$/i.test(String(ctx.constValue(r) ?? "")));
  if (roots.length && top.length === roots.length && ctx.level(p, "path") === Level.SOURCE)
    return { message: `${q}() serves any file on disk: its root is the filesystem's top` };
  if (roots.length) return undefined;
  // @fastify/static's `reply.sendFile(name[, rootPath])`: served through send under the plugin's root (or the
  // one given), which refuses names that climb out of it; only a root from the request steers it.
  // A `reply.sendFile` in a Fastify app is that plugin's (Fastify has no sendFile of its own; the plugin is often
  // registered in another file).
  if (
    (/^(reply|rep|res)\.sendFile$/.test(q) &&
      sourceHas(ctx.tree, /['"](@fastify\/static|fastify-static)['"]/)) ||
    (/^(reply|rep)\.sendFile$/.test(q) && sourceHas(ctx.tree, /(require\(\s*|from\s+)['"]fastify['"]/))
  ) {
    const root = ctx.args(node)[1];
    // (a rootPath of the filesystem's top, `reply.sendFile(name, '/')`, confines nothing)
    if (
      root &&
      /^([\\/]+|[a-z]:[\\/]*)$/i.test(String(ctx.constValue(root) ?? "")) &&
      ctx.level(p, "path") === Level.SOURCE
    )
      return { message: `${q}() serves any file on disk: its root is the filesystem's top` };
    if (!root || root.type === "object" || ctx.level(root, "path") !== Level.SOURCE) return undefined;
    return { message: `${q}() serves from a root taken from the request` };
  }
  // inert's `h.file(p)` confines p to the route's relativeTo directory unless `confine: false` (403 outside it).
  // Kept as a sink when no relativeTo is configured: the confine directory is then the process's cwd, the app's
  // own tree (sources, .env).
  if (q === "h.file" && sourceHas(ctx.tree, /\brelativeTo\s*:/)) {
    const confine = a1 ? ctx.prop(ctx.resolve(a1) ?? a1, "confine") : undefined;
    if (!confine || ctx.text(confine) !== "false") return undefined;
  }
  if (getterContained(p, ctx) || helperContained(p, ctx)) return undefined;
  const level = ctx.level(p, "path");
  if (level === Level.SOURCE) return { message: `${q}() uses a path taken from the request` };
  if (level !== Level.PARAM) return undefined;
  const r = ctx.resolve(p);
  // `path.join(dir, path.basename(name))`: a caller's directory with a fixed or reduced name under it.
  const joined = r?.type === "call_expression" && /path\.(join|resolve)$/.test(ctx.callee(r));
  if (
    joined &&
    ctx.args(r).length > 1 &&
    ctx
      .args(r)
      .slice(1)
      .every((a) => ctx.level(a, "path") < Level.PARAM)
  )
    return undefined;
  if (r && (joined || (r.type !== "call_expression" && ctx.isBuiltString(r))))
    return {
      severity: "LOW",
      message: `${q}() uses a path joined from a caller-supplied name without containment check`,
    };
  return undefined;
}

/**
 * `fs.readFile(doc.safePath)` where `doc` is `new Doc(...)` of a class in this file whose getter `safePath` returns
 * only paths it checked (a containment test covering each `return`, see containmentChecked) or joined from names
 * reduced with basename: whatever the object was built from, the getter's result stays under its root.
 */
export function getterContained(p: SyntaxNode, ctx: JsContext): boolean {
  if (p.type !== "member_expression") return false;
  const obj = field(p, "object");
  const made = obj?.type === "identifier" ? ctx.resolve(obj) : obj;
  if (made?.type !== "new_expression") return false;
  const ctor = ctx.text(field(made, "constructor") ?? made);
  const key = ctx.text(field(p, "property") ?? p);
  for (const n of ctx.tree.nodes) {
    if (n.type !== "method_definition" || !/^(static\s+)?get\s/.test(ctx.text(n))) continue;
    if (ctx.text(field(n, "name") ?? n) !== key) continue;
    const cls = n.parent?.type === "class_body" ? n.parent.parent : undefined;
    const name = cls ? field(cls, "name") : undefined;
    if (!name || ctx.text(name) !== ctor) continue;
    const returns = descendants(n).filter(
      (d) => d.type === "return_statement" && ctx.enclosingFunction(d) === n,
    );
    return (
      returns.length > 0 &&
      returns.every((r) => {
        const v = namedChildren(r).find((c) => c.type !== "comment");
        return !!v && (containmentChecked(r, ctx) || basenameJoined(v, ctx));
      })
    );
  }
  return false;
}

/**
 * `fs.readFile(confine(name))`, `const t = ((n) => { ...check...; return full; })(name)`: a call of a helper of this
 * file (or an inline function called on the spot) whose every `return` hands back a path it checked (a
 * containment test covering the return), one joined from basenames, or no path at all (null, a literal).
 */
export function helperContained(p: SyntaxNode, ctx: JsContext, depth = 0): boolean {
  let v: SyntaxNode | undefined = p;
  if (v.type === "identifier") {
    const r = ctx.resolve(v);
    if (r && r !== v) v = r;
  }
  while (v && (v.type === "await_expression" || v.type === "parenthesized_expression"))
    v = namedChildren(v)[0];
  if (v?.type !== "call_expression") return false;
  let f = field(v, "function");
  f = unparen(f);
  const fn = f && /^(arrow_function|function_expression)$/.test(f.type) ? f : ctx.localFunction(v);
  if (!fn) return false;
  const returns = descendants(fn).filter(
    (d) => d.type === "return_statement" && ctx.enclosingFunction(d) === fn,
  );
  return (
    returns.length > 0 &&
    returns.every((r) => {
      const x = namedChildren(r).find((c) => c.type !== "comment");
      return (
        !x ||
        /^(null|undefined|string|false)$/.test(x.type) ||
        containmentChecked(r, ctx) ||
        basenameJoined(x, ctx) ||
        // `return super.resolve(path.join(this.tenant, key))`: a helper that checks what it is given.
        (depth < 3 && x.type === "call_expression" && helperContained(x, ctx, depth + 1))
      );
    })
  );
}

/** `path.join(dir, path.basename(name))`: every part after the base is a basename (or a literal). */
function basenameJoined(v: SyntaxNode, ctx: JsContext): boolean {
  if (v.type !== "call_expression" || !/(^|\.)(join|resolve)$/.test(ctx.callee(v))) return false;
  const rest = ctx.args(v).slice(1);
  return (
    rest.length > 0 &&
    rest.every(
      (a) => a.type === "string" || (a.type === "call_expression" && /(^|\.)basename$/.test(ctx.callee(a))),
    )
  );
}

/**
 * `fs.copyFile(file.filepath, dest)`, `rename(upload.tempFilePath, dest)`: a two-path call whose source is an
 * upload parser's temporary file (formidable / koa-body `filepath`, express-fileupload `tempFilePath`), a name the
 * server chose; only the destination is the client's to steer.
 */
export function uploadTemp(node: SyntaxNode, ctx: JsContext): boolean {
  const [a0, a1] = ctx.args(node);
  return (
    !!a0 &&
    !!a1 &&
    /^(rename|copyFile|cp|copy|move)(Sync)?$/.test(ctx.method(node)) &&
    /\.(filepath|tempFilePath|tmpPath|tmpFilePath)$/.test(ctx.text(a0))
  );
}

/**
 * A path fixed by the program itself: literals joined onto `__dirname` / `__filename` / `process.cwd()` (directly,
 * through `path.join` / `path.resolve`, or through a name bound once to such a value). No input can steer it.
 */
export function anchoredPath(node: SyntaxNode | undefined, ctx: JsContext, depth = 0): boolean {
  if (!node || depth > 8) return false;
  switch (node.type) {
    case "string":
    case "number":
      return true;
    case "identifier": {
      const name = ctx.text(node);
      if (name === "__dirname" || name === "__filename") return true;
      const r = ctx.resolve(node, 1);
      return r !== undefined && r !== node && anchoredPath(r, ctx, depth + 1);
    }
    case "parenthesized_expression":
      return anchoredPath(namedChildren(node)[0], ctx, depth + 1);
    case "binary_expression":
      return (
        node.children.some((c) => !c.named && c.type === "+") &&
        anchoredPath(field(node, "left"), ctx, depth + 1) &&
        anchoredPath(field(node, "right"), ctx, depth + 1)
      );
    case "template_string":
      return node.children
        .filter((c) => c.type === "template_substitution")
        .every((s) => anchoredPath(namedChildren(s)[0], ctx, depth + 1));
    case "call_expression": {
      const q = ctx.callee(node);
      if (q === "process.cwd") return true;
      if (/^path\.(join|resolve|normalize|dirname)$/.test(q))
        return ctx.args(node).every((a) => anchoredPath(a, ctx, depth + 1));
      // The module's own location: `fileURLToPath(import.meta.url)`, `new URL('./x', import.meta.url)`, and a
      // package or file found from it by `require.resolve('literal')` (createRequire's require too).
      if (/^(url\.)?fileURLToPath$/.test(q)) {
        const a = ctx.args(node)[0];
        return (
          !!a &&
          (/^import\.meta\.(url|filename|dirname)$/.test(ctx.text(a)) || anchoredPath(a, ctx, depth + 1))
        );
      }
      if (/^require\.resolve$/.test(q)) return ctx.args(node).every((a) => anchoredPath(a, ctx, depth + 1));
      return false;
    }
    case "member_expression":
      return /^import\.meta\.(dirname|filename)$/.test(ctx.text(node));
    case "new_expression": {
      // `new URL('./data.json', import.meta.url)`
      const [rel, base] = ctx.args(node);
      return (
        ctx.callee(node) === "URL" &&
        !!rel &&
        !!base &&
        anchoredPath(rel, ctx, depth + 1) &&
        /^import\.meta\.url$/.test(ctx.text(base))
      );
    }
    default:
      return false;
  }
}
