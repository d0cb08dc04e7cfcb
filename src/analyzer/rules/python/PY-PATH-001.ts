import { ownEntry } from "../../dataflow/constants.js";
import { Level } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { ancestor, descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { authorContextIgnored } from "../../rule.js";
import type { PythonContext } from "../../dataflow/python.js";
import { callNames, isBuiltString, pyRule } from "./common.js";

const FILE_SINKS = new Set([
  "open",
  "io.open",
  "codecs.open",
  "os.open",
  "os.remove",
  "os.unlink",
  "os.rmdir",
  "shutil.rmtree",
  "shutil.copy",
  "shutil.copyfile",
  "shutil.move",
  "shutil.copy2",
  "shutil.copytree",
  "shutil.copymode",
  "shutil.copystat",
  "os.rename",
  "flask.send_file",
  "send_file",
  "quart.send_file",
  "fastapi.responses.FileResponse",
  "starlette.responses.FileResponse",
  "django.http.FileResponse",
  "os.listdir",
  "pathlib.Path",
  "Path",
  "os.makedirs",
  "os.mkdir",
  // fileinput.input(files=...) opens each name it is given
  "fileinput.input",
  "aiofiles.open",
  // databases and key-value stores opened (or created) by file name
  "sqlite3.connect",
  "aiosqlite.connect",
  "shelve.open",
  "dbm.open",
  // archives opened by name
  "zipfile.ZipFile",
  "tarfile.open",
  "os.path.getsize",
  // responses that open the path they are given
  "aiohttp.web.FileResponse",
  "pyramid.response.FileResponse",
  "starlette.responses.FileResponse",
  "fastapi.responses.FileResponse",
  // Sanic's file responses open the path they are given
  "sanic.response.file",
  "sanic.response.file_stream",
]);

/**
 * More calls that open, create, change or list the file or directory their first argument names (CodeQL's
 * FileSystemAccess and Pysa's FileSystem_ReadWrite models): compressed-file openers, permission and ownership
 * changes, directory walks and globs, the async file libraries. Request data only, like the table above.
 */
const MORE_FILE_SINKS = new Set([
  "os.chmod",
  "os.lchmod",
  "os.chown",
  "os.lchown",
  "os.truncate",
  "os.utime",
  "os.scandir",
  "os.walk",
  "os.removedirs",
  "glob.glob",
  "glob.iglob",
  "anyio.open_file",
  "anyio.Path",
  "aiofiles.os.remove",
  "aiofiles.os.unlink",
  "aiofiles.os.rename",
  "aiofiles.os.replace",
  "aiofiles.os.rmdir",
  "aiofiles.os.mkdir",
  "aiofiles.os.makedirs",
  "aiofiles.os.listdir",
  "aiofiles.os.scandir",
  "trio.open_file",
  "shutil.make_archive",
  "shutil.unpack_archive",
  // a log file the request names: opened for append, created where it says (CWE-73)
  "logging.FileHandler",
  "logging.handlers.RotatingFileHandler",
  "logging.handlers.TimedRotatingFileHandler",
  "logging.handlers.WatchedFileHandler",
  // CherryPy's file responses open the (absolute) path they are given.
  "cherrypy.lib.static.serve_file",
  "cherrypy.lib.static.serve_download",
]);
/**
 * Calls whose first argument is a file name or an open file object (gzip.open(upload) decompresses what was sent):
 * only a path the code composes (a join, concatenation, f-string or `/`) counts as a name.
 */
const NAME_OR_FILE_SINKS = new Set([
  "gzip.open",
  "gzip.GzipFile",
  "bz2.open",
  "bz2.BZ2File",
  "lzma.open",
  "lzma.LZMAFile",
  "numpy.save",
  "numpy.savez",
  "numpy.savez_compressed",
  "numpy.savetxt",
]);
/** pandas writers on a DataFrame (`df.to_csv(path)`): a file name or a buffer, as above. */
const PANDAS_WRITER_NAMES = [
  "csv",
  "excel",
  "json",
  "parquet",
  "pickle",
  "feather",
  "hdf",
  "html",
  "xml",
  "stata",
  "orc",
].map((f) => `to_${f}`);
const PANDAS_WRITERS = new RegExp(`^(${PANDAS_WRITER_NAMES.join("|")})$`);
/** Calls whose second argument is also a path written to (the destination of a rename, a link, an extraction). */
const SECOND_PATH: Readonly<Record<string, string>> = {
  "os.rename": "dst",
  "os.replace": "dst",
  "os.renames": "new",
  "os.symlink": "dst",
  "os.link": "dst",
  "aiofiles.os.rename": "dst",
  "aiofiles.os.replace": "dst",
  "shutil.unpack_archive": "extract_dir",
  // Model and array checkpoints: torch.save(obj, f) and joblib.dump(value, filename) write where the name says.
  "torch.save": "f",
  "joblib.dump": "filename",
};

/** Calls that only look at a file (request data only: a caller's path there is ordinary library code). */
const FILE_PROBES = new Set([
  "os.path.exists",
  "os.path.isfile",
  "os.path.isdir",
  "os.path.getmtime",
  "os.stat",
  "os.access",
]);

/** pathlib methods that read, write or delete the file a Path names. */
const PATH_METHOD_NAMES = [
  "read_text",
  "read_bytes",
  "write_text",
  "write_bytes",
  "open",
  "unlink",
  "rmdir",
  "touch",
  "mkdir",
  "rename",
  "replace",
  "iterdir",
];
const PATH_METHODS = new RegExp(`^(${PATH_METHOD_NAMES.join("|")})$`);
/** shutil's copy/move family: the second argument is the file written. */
const SHUTIL_COPIES = /^shutil\.(copy|copy2|copyfile|copytree|move|copymode|copystat)$/;

/** A pathlib object: `Path(...)`, `base / name` with a Path on the left, `p.joinpath(...)`. */
function isPathObject(ctx: PythonContext, n: SyntaxNode | undefined, depth = 0): boolean {
  if (!n) return false;
  if (n.type === "parenthesized_expression")
    return isPathObject(
      ctx,
      n.children.find((c) => c.named),
    );
  if (n.type === "call") {
    const q = ctx.callee(n);
    if (/^(pathlib\.)?(Pure)?(Posix|Windows)?Path$/.test(q)) return true;
    if (ctx.method(n) === "joinpath") return true;
    // `(base / name).resolve()`: the same path, absolute.
    if (/^(resolve|absolute|expanduser)$/.test(ctx.method(n)))
      return isPathObject(ctx, ctx.resolve(field(field(n, "function") ?? n, "object")));
  }
  if (n.type === "binary_operator" && n.children.some((c) => c.type === "/"))
    return isPathObject(ctx, ctx.resolve(n.children.find((c) => c.named)));
  // `self.base` stored once in the class, from a path or a parameter annotated as one.
  if (n.type === "attribute" && ctx.text(field(n, "object") ?? n) === "self" && depth < 3) {
    const klass = ancestor(n, ["class_definition"]);
    const target = ctx.text(n);
    const stores = klass
      ? descendants(klass).filter(
          (a) => a.type === "assignment" && ctx.text(field(a, "left") ?? a) === target,
        )
      : [];
    const v = stores.length === 1 ? field(stores[0]!, "right") : undefined;
    return !!v && isPathObject(ctx, v, depth + 1);
  }
  // A parameter annotated as one (`def __init__(self, base: Path)`, read back through `self.base`).
  if (n.type === "identifier") {
    const fn = ctx.enclosingFunction(n);
    const name = ctx.text(n);
    for (const p of namedChildren(field(fn ?? n, "parameters") ?? n)) {
      if (p.type !== "typed_parameter" && p.type !== "typed_default_parameter") continue;
      const id = field(p, "name") ?? namedChildren(p).find((c) => c.type === "identifier");
      if (id && ctx.text(id) === name)
        return /^(pathlib\.)?(Pure)?(Posix|Windows)?Path$/.test(ctx.text(field(p, "type") ?? p).trim());
    }
  }
  return false;
}

/**
 * boto3's S3 transfers name a local file: `download_file(Bucket, Key, Filename)` writes it (a Bucket's
 * `download_file(Key, Filename)`, an Object's `download_file(Filename)`), `upload_file(Filename, Bucket, Key)` reads
 * it and sends it to the bucket. Filename is the last required positional argument of the download and the first
 * of the upload.
 */
function s3LocalFile(ctx: PythonContext, node: SyntaxNode): SyntaxNode | undefined {
  const m = ctx.method(node);
  if (!/^(download_file|upload_file)$/.test(m) || !sourceHas(ctx.tree, /\b(boto3|aioboto3|aiobotocore)\b/))
    return undefined;
  const kw = ctx.kwarg(node, "Filename");
  if (kw) return kw;
  const pos = ctx.args(node).filter((a) => a.type !== "list_splat" && a.type !== "dictionary_splat");
  return m === "upload_file" ? pos[0] : pos[Math.min(pos.length, 3) - 1];
}

/** pandas' writers (the readers also take an uploaded file object, which is no path). */
const WRITERS = /^to_/;

/**
 * A request's text field (`request.form.get("out")`, `request.args["f"]`, directly or through a name): a string,
 * so handed to a writer it is a file name, never a file object as an upload would be.
 */
function textField(ctx: PythonContext, node: SyntaxNode | undefined): boolean {
  const n = ctx.resolve(node);
  return (
    !!n &&
    (n.type === "subscript" || n.type === "call") &&
    /^request\.(args|form|values|GET|POST|query_params)\b/.test(ctx.text(n))
  );
}

/**
 * An in-memory buffer (`io.BytesIO(upload.read())`, a spooled temporary file): a file object handed to an opener
 * that takes a name or a file (zipfile.ZipFile, tarfile.open's fileobj), never a name on disk.
 */
function inMemoryFile(ctx: PythonContext, node: SyntaxNode | undefined, depth = 0): boolean {
  const n = ctx.resolve(node) ?? node;
  if (!n || depth > 3) return false;
  if (n.type === "call") return /(^|\.)(BytesIO|StringIO|SpooledTemporaryFile)$/.test(ctx.callee(n));
  // An upload's stream (werkzeug's `request.files['z'].stream`): the bytes the client sent, not a name on disk.
  if (n.type === "attribute") return ctx.text(field(n, "attribute") ?? n) === "stream";
  // A helper's parameter that every call in the file fills with such a file object: `install(f.stream, name)`.
  const fn = n.type === "identifier" ? ctx.enclosingFunction(n) : undefined;
  if (!fn || !ctx.paramNames(fn).includes(ctx.text(n))) return false;
  const vals = ctx.passedValues(fn, ctx.text(n));
  return !!vals && vals.every((v) => v !== n && inMemoryFile(ctx, v, depth + 1));
}

/**
 * Whether the parameters a path is built from (`dest = join(BASE, name)` in `def install(upload, name)`) get only
 * constants at every call in the file (`install(f.stream, "custom")`): no caller supplies the name.
 */
function constantsPassed(ctx: PythonContext, p: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(p);
  if (!fn) return false;
  const params = new Set(ctx.paramNames(fn));
  const used = new Set<string>();
  const seen = new Set<SyntaxNode>();
  const walk = (n: SyntaxNode | undefined, depth: number): void => {
    if (!n || depth > 3 || seen.has(n)) return;
    seen.add(n);
    for (const d of [n, ...descendants(n)]) {
      if (d.type !== "identifier") continue;
      if (params.has(ctx.text(d))) used.add(ctx.text(d));
      const v = ctx.resolve(d);
      if (v && v !== d) walk(v, depth + 1);
    }
  };
  walk(p, 0);
  if (used.size === 0) return false;
  for (const name of used) {
    const vals = ctx.passedValues(fn, name);
    if (!vals || vals.some((v) => ctx.constValue(v) === undefined)) return false;
  }
  return true;
}

/** A path joined from a directory and a component (join, concatenation, f-string, / operator). */
function isComposed(ctx: PythonContext, node: SyntaxNode | undefined, depth = 0): boolean {
  const n = ctx.resolve(node);
  if (!n) return false;
  if (n.type === "call" && /(os\.path\.join|posixpath\.join|joinpath)$/.test(ctx.callee(n))) return true;
  // `p = os.path.normpath(p)` resolves its argument to itself: a bounded walk, not a cycle.
  if (n.type === "call" && /os\.path\.(abspath|normpath|realpath)$/.test(ctx.callee(n)))
    return depth < 8 && isComposed(ctx, ctx.args(n)[0], depth + 1);
  if (n.type === "binary_operator" && n.children.some((c) => c.type === "/")) return true;
  // `(BASE / name).resolve()`: resolving makes the joined path absolute, it keeps no name inside BASE.
  if (n.type === "call" && /^(resolve|absolute|expanduser)$/.test(ctx.method(n)) && !ctx.args(n).length) {
    const fn = field(n, "function");
    return depth < 8 && fn?.type === "attribute" && isComposed(ctx, field(fn, "object"), depth + 1);
  }
  return isBuiltString(ctx, n);
}

/**
 * A web handler, or a file that reads a web request's fields: where a path from outside is an attacker's. The
 * calls added from the library models (listing, linking, permission changes, archives) are a command-line
 * tool's ordinary work on the paths its user passes (argv, the environment), so they count only here.
 */
function webContext(ctx: PythonContext, node: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(node);
  return (
    (!!fn && ctx.isEntryFunction(fn)) ||
    sourceHas(
      ctx.tree,
      /\brequest\.(args|form|values|GET|POST|headers|cookies|data|json|files|query_string|get_data|get_json)\b/,
    )
  );
}

/** Signs that a file is a command-line program: argv, an option parser, a `__main__` guard. */
const CLI_PROGRAM =
  /\bsys\.argv\b|\b(argparse|optparse|getopt|docopt|typer)\b|\bimport\s+click\b|\bfrom\s+click\b|__name__\s*==\s*['"]__main__['"]/;

/** Signs of input from elsewhere than the user running it: requests, sockets, web frameworks, message queues. */
const NETWORK_INPUT =
  /\brequest\b|\brecv(from|_into)?\s*\(|\bsocket\b|\burlopen\b|\b(requests|httpx|aiohttp|urllib3|flask|django|fastapi|starlette|tornado|bottle|cherrypy|falcon|pyramid|sanic|quart|litestar|twisted|zmq|pika|kafka|paramiko|cgi|websockets?)\b|\bwsgi|\bhandler\s*\(\s*event\b/;

/**
 * A command-line program with no network input, outside any web handler: a path it takes from its command line or
 * environment is the file its own invoker names, who can open it anyway. Repository mode only - in an answer these
 * signs are the author's own text, and `open(sys.argv[1])` stays a finding there.
 */
function invokerPath(ctx: PythonContext, node: SyntaxNode): boolean {
  if (droppedToInvoker(ctx, node)) return true;
  if (authorContextIgnored(ctx) || webContext(ctx, node)) return false;
  return sourceHas(ctx.tree, CLI_PROGRAM) && !sourceHas(ctx.tree, NETWORK_INPUT);
}

/**
 * A setuid program that first sets every uid back to its invoker's (`os.setresuid(os.getuid(), ...)`,
 * `os.setuid(os.getuid())`) in the function, before the open: the file opens with the invoker's own rights.
 */
function droppedToInvoker(ctx: PythonContext, node: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(node);
  if (!fn || !sourceHas(ctx.tree, /\bset(res)?uid\(\s*os\.getuid\(\)/)) return false;
  const before = ctx.tree.source.slice(fn.start, node.start);
  return /\bos\.set(res)?uid\(\s*os\.getuid\(\)/.test(before) && !webContext(ctx, node);
}

export default pyRule({
  meta: {
    id: "PY-PATH-001",
    title: "Path traversal: file path built from untrusted input",
    cwe: ["CWE-22", "CWE-73", "CWE-641", "CWE-99"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "LOW",
        when: "a caller-supplied name (not request data) is joined onto a directory without a containment check",
      },
      {
        severity: "LOW",
        when: "a command-line program with no network input opens a path its own invoker names (argv, environment)",
      },
    ],
    docs: {
      what_it_does:
        "Follows request data, input() and argv into open()/send_file()/os file calls, and caller-supplied names joined onto a directory, unless the path is reduced with basename/secure_filename or checked to stay inside the base directory.",
      why_bad:
        "Names like ../../etc/passwd or absolute paths escape the intended directory, reading or overwriting arbitrary files.",
      example_bad:
        "import os\ndef read_doc(name):\n    with open(os.path.join('/srv/docs', name)) as f:\n        return f.read()",
      example_good:
        "import os\nBASE = '/srv/docs'\ndef read_doc(name):\n    path = os.path.realpath(os.path.join(BASE, name))\n    if os.path.commonpath([BASE, path]) != BASE:\n        raise ValueError('outside base')\n    with open(path) as f:\n        return f.read()",
    },
    fix_hint:
      "Resolve the path with os.path.realpath and check it stays under the base directory (os.path.commonpath), or reduce names with os.path.basename / secure_filename.",
  },
  trigger:
    /\bopen\(|open_file|chmod|chown|truncate|utime|scandir|walk\(|removedirs|glob|BZ2File|GzipFile|LZMAFile|symlink|os\.link\(|os\.replace\(|make_archive|unpack_archive|savez?(_compressed|txt)?\(|\.to_(csv|excel|json|parquet|pickle|feather|hdf|html|xml|stata|orc)\(|sqlite3?\.connect\(|partial\(|remove\(|unlink\(|rmdir\(|rmtree\(|shutil\.|rename\(|send_file|send_from_directory|FileResponse|ZipFile\(|listdir\(|Path\(|makedirs\(|getsize\(|exists\(|isfile\(|isdir\(|getmtime\(|stat\(|access\(|read_text|read_bytes|write_text|write_bytes|\.save\(|FileSystemStorage|mkdir\(|fileinput|\.file(_stream)?\(|(download|upload)_file\(|FileHandler\(|serve_(file|download)\(|joblib\.dump\(|hf_hub_download\(|snapshot_download\(/,
  nodeTypes: ["call"],
  calls: callNames(
    FILE_SINKS,
    MORE_FILE_SINKS,
    NAME_OR_FILE_SINKS,
    FILE_PROBES,
    Object.keys(SECOND_PATH),
    PATH_METHOD_NAMES,
    PANDAS_WRITER_NAMES,
    ["FileSystemStorage", "send_from_directory", "save", "download_file", "upload_file"],
    ["hf_hub_download", "snapshot_download"],
    ["copy", "copy2", "copyfile", "copytree", "move", "copymode", "copystat"],
    ["write", "add"],
  ),
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const fn = field(node, "function");
    const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
    if (recv && PATH_METHODS.test(ctx.method(node)) && isPathObject(ctx, ctx.resolve(recv))) {
      // `(Path(base) / name).read_text()`: the file the method touches is the receiver path.
      const level = ctx.level(recv, "path");
      if (level === Level.SOURCE)
        report({ node, message: `${ctx.method(node)}() on a path taken from untrusted input` });
      // `(BASE / name).read_bytes()` in a library function: the pathlib spelling of open(os.path.join(BASE,
      // name)), the same LOW hint (an absolute name replaces BASE, '..' climbs out of it).
      else if (
        level === Level.PARAM &&
        isComposed(ctx, recv.type === "parenthesized_expression" ? (namedChildren(recv)[0] ?? recv) : recv) &&
        !constantsPassed(ctx, recv)
      )
        report({
          node,
          severity: "LOW",
          message: `${ctx.method(node)}() on a path joined from a caller-supplied name without containment check`,
        });
      return;
    }
    // `zf.write(root / rel)` / `tar.add(path)` on an archive being built: the file read into it (and sent on with
    // the archive) is the one the name points at, anywhere on disk.
    if (recv && /^(write|add)$/.test(ctx.method(node))) {
      const made = ctx.resolve(recv);
      if (
        made?.type === "call" &&
        /^(zipfile\.ZipFile|tarfile\.open|tarfile\.TarFile)$/.test(ctx.callee(made))
      ) {
        const p = ctx.arg(node, 0, ctx.method(node) === "write" ? "filename" : "name");
        if (p && ctx.level(p, "path") === Level.SOURCE)
          report({
            node,
            message: `${ctx.method(node)}() puts a file named by untrusted input into the archive`,
          });
        return;
      }
    }
    const local = recv ? s3LocalFile(ctx, node) : undefined;
    if (local) {
      if (ctx.level(local, "path") === Level.SOURCE)
        report({ node, message: `S3 ${ctx.method(node)}() names a local file taken from untrusted input` });
      return;
    }
    // huggingface_hub's downloads write into `local_dir` (or `cache_dir`): a folder from the request is where the
    // files land; with `local_dir`, hf_hub_download also writes the file at `local_dir / filename`, a name it only
    // checks for `..` on Windows (the cache layout's pointer path is checked against the snapshot folder).
    if (/^(huggingface_hub\.)?(hf_hub_download|snapshot_download)$/.test(q)) {
      const local = ctx.kwarg(node, "local_dir");
      const dir = local ?? ctx.kwarg(node, "cache_dir");
      if (dir && ctx.level(dir, "path") === Level.SOURCE) {
        report({ node, message: `${q}() downloads into a folder taken from untrusted input` });
        return;
      }
      const name = /hf_hub_download$/.test(q) ? ctx.arg(node, 1, "filename") : undefined;
      if (local && name && ctx.level(name, "path") === Level.SOURCE)
        report({
          node,
          message: "hf_hub_download() writes local_dir / filename with a file name from untrusted input",
        });
      return;
    }
    // Django's FileSystemStorage(location) keeps saved names inside the location, which must itself be ours.
    if (/(^|\.)FileSystemStorage$/.test(q)) {
      const loc = ctx.arg(node, 0, "location");
      if (loc && ctx.level(loc, "path") === Level.SOURCE)
        report({ node, message: "FileSystemStorage rooted at a directory taken from untrusted input" });
      return;
    }
    // send_from_directory(directory, path) keeps `path` inside `directory`; the directory itself must be ours.
    if (/^(flask\.)?send_from_directory$/.test(q)) {
      const dir = ctx.arg(node, 0, "directory");
      if (dir && ctx.level(dir, "path") === Level.SOURCE)
        report({ node, message: "send_from_directory() serves from a directory taken from untrusted input" });
      return;
    }
    // shutil's copy/move write to their second argument: a request-chosen destination overwrites any file.
    if (SHUTIL_COPIES.test(q)) {
      const dst = ctx.arg(node, 1, "dst");
      if (
        dst &&
        ctx.level(dst, "path") === Level.SOURCE &&
        ctx.level(ctx.arg(node, 0, "src"), "path") !== Level.SOURCE
      ) {
        report({ node, message: `${q}() writes to a path taken from untrusted input` });
        return;
      }
    }
    // The destination of a rename / link / extraction: a request-chosen name writes anywhere.
    const second = ownEntry(SECOND_PATH, q);
    const nameOrFile =
      NAME_OR_FILE_SINKS.has(q) ||
      (recv !== undefined &&
        PANDAS_WRITERS.test(ctx.method(node)) &&
        // pandas imported, or (a fragment without its imports) pandas' conventional alias in use.
        sourceHas(ctx.tree, /\bpandas\b|\bpd\.(DataFrame|Series|read_\w+|concat)\(/));
    if ((second || nameOrFile || MORE_FILE_SINKS.has(q)) && !webContext(ctx, node)) {
      if (!FILE_SINKS.has(q)) return;
    } else if (second) {
      const dst = ctx.arg(node, 1, second);
      if (dst && ctx.level(dst, "path") === Level.SOURCE) {
        report({ node, message: `${q}() writes to a path taken from untrusted input` });
        return;
      }
    }
    if (nameOrFile || MORE_FILE_SINKS.has(q)) {
      const p = ctx.args(node)[0] ?? ctx.kwarg(node, "path_or_buf") ?? ctx.kwarg(node, "file");
      if (
        p &&
        ctx.level(p, "path") === Level.SOURCE &&
        (!nameOrFile || isComposed(ctx, p) || (WRITERS.test(ctx.method(node)) && textField(ctx, p)))
      )
        report({ node, message: `${q || ctx.method(node)}() uses a path taken from untrusted input` });
      return;
    }
    // An upload (werkzeug FileStorage, an image opened from one) saved to a path the request names: `f.save(
    // os.path.join(UPLOADS, f.filename))` writes wherever the client's filename points.
    if (recv && ctx.method(node) === "save") {
      const dst = ctx.args(node)[0];
      if (dst && ctx.level(recv, "path") === Level.SOURCE && ctx.level(dst, "path") === Level.SOURCE)
        report({ node, message: "an upload is saved to a path taken from untrusted input" });
      return;
    }
    const probe = FILE_PROBES.has(q);
    if (!FILE_SINKS.has(q) && !probe) return;
    // `Path(name).name`: only the last component is used, the path object itself is never opened.
    const up = node.parent;
    if (
      up?.type === "attribute" &&
      field(up, "object") === node &&
      /^(name|stem|suffix|suffixes)$/.test(ctx.text(field(up, "attribute") ?? up))
    )
      return;
    const p = ctx.arg(node, 0, "file") ?? ctx.arg(node, 0, "path") ?? ctx.kwarg(node, "files");
    if (!p || inMemoryFile(ctx, p)) return;
    // `io.open(stream.fileno(), "rb")`: a descriptor number already open, no path is looked up.
    if (p.type === "call" && ctx.method(p) === "fileno") return;
    const level = ctx.level(p, "path");
    if (probe) {
      // Existence and metadata checks on a request-chosen path tell the client which files exist anywhere; in
      // a command-line tool (argv, environment) they are the tool's ordinary work, so only web handlers count.
      const web = webContext(ctx, node);
      if (level === Level.SOURCE && web)
        report({ node, message: `${q}() probes a path taken from untrusted input` });
      return;
    }
    if (level === Level.SOURCE) {
      if (invokerPath(ctx, node))
        report({
          node,
          severity: "LOW",
          message: `${q}() opens a path named on the program's command line or environment`,
        });
      else report({ node, message: `${q}() opens a path taken from untrusted input` });
      return;
    }
    // A parameter may or may not be user-controlled; the function cannot know, so this is a LOW hint. Not for
    // archives: creating one at a caller's base name is what archive helpers do (shutil.make_archive).
    if (
      level === Level.PARAM &&
      isComposed(ctx, p) &&
      !/^(zipfile\.ZipFile|tarfile\.open)$/.test(q) &&
      !constantsPassed(ctx, p)
    )
      report({
        node,
        severity: "LOW",
        message: `${q}() opens a path joined from a caller-supplied name without containment check`,
      });
  },
  cases: {
    valid: [
      // files found by walking the project folder, picked by name: what goes into the archive is ours
      "import io, zipfile\nfrom pathlib import Path\nfrom flask import request\ndef bundle():\n    want = set(request.json['files'])\n    buf = io.BytesIO()\n    with zipfile.ZipFile(buf, 'w') as zf:\n        for p in Path('/data').rglob('*'):\n            if p.name in want:\n                zf.write(p, arcname=p.name)",
      "from flask import request\nfrom huggingface_hub import hf_hub_download\n@app.post('/h')\ndef h():\n    return hf_hub_download(repo_id='acme/m', filename=request.form['f'])",
      "from flask import request\nfrom huggingface_hub import snapshot_download\n@app.post('/h')\ndef h():\n    return snapshot_download(repo_id=request.form['r'], local_dir='/srv/hub')",
      "import os, cherrypy\nfrom cherrypy.lib.static import serve_file\nclass R:\n    @cherrypy.expose\n    def dl(self, name):\n        return serve_file(os.path.join('/srv/r', os.path.basename(name)))",
      "from pathlib import Path\nfrom fastapi import FastAPI\napp = FastAPI()\nclass Reports:\n    def __init__(self, base: Path):\n        self.base = base\n    def read(self, name):\n        return (self.base / Path(name).name).read_text()\n@app.get('/r')\ndef r(name: str):\n    return Reports(Path('/srv')).read(name)",
      "import io\nfrom sys import stdin\ndef upload(files):\n    for f in files:\n        if f == '-':\n            return io.open(stdin.fileno(), mode='rb').read()",
      "import os\nBASE = '/srv/themes'\ndef install(upload, name):\n    dest = os.path.join(BASE, name)\n    os.makedirs(dest, exist_ok=True)\ndef main():\n    install(None, 'custom')",
      "import zipfile\nfrom flask import request\ndef names(upload):\n    with zipfile.ZipFile(upload) as zf:\n        return zf.namelist()\n@app.post('/z')\ndef z():\n    return {'names': names(request.files['z'].stream)}",
      // The S3 key only names the object; the local file is fixed or reduced to its base name.
      "import os, boto3\ns3 = boto3.client('s3')\ndef handler(event, context):\n    key = event['pathParameters']['key']\n    s3.download_file('b', key, '/tmp/report.csv')\n    s3.download_file('b', key, os.path.join('/tmp', os.path.basename(key)))",
      "import os\nfrom flask import request, abort, send_file\ndef f():\n    name = request.args['n']\n    if os.path.basename(name) != name or name.startswith('.'):\n        abort(400)\n    return send_file(os.path.join('/srv/img', name))",
      "from django.conf import settings\nfrom django.core.files.storage import FileSystemStorage\ndef v(request):\n    return FileSystemStorage(location=settings.MEDIA_ROOT).save(request.FILES['f'].name, request.FILES['f'])",
      "import os\nfrom flask import request, abort\ndef f():\n    n = request.args['n']\n    if '..' in n or os.path.isabs(n):\n        abort(400)\n    return open(os.path.join('/r', n)).read()",
      "from flask import request, send_from_directory\ndef dl():\n    return send_from_directory('/srv/files', request.args['f'])",
      "from pathlib import Path\nfrom flask import request\ndef doc():\n    base = Path('/srv').resolve()\n    p = (base / request.args['f']).resolve()\n    if not p.is_relative_to(base):\n        return 'no'\n    return p.read_text()",
      "from pathlib import Path\nfrom flask import request\ndef doc():\n    return (Path('/srv/docs') / Path(request.args['page']).name).read_text()",
      "from pathlib import Path\nBASE = Path('/srv/a').resolve()\ndef load(name):\n    p = (BASE / name).resolve()\n    if not p.is_relative_to(BASE):\n        raise ValueError(name)\n    return p.read_bytes()",
      "from pathlib import Path\nfrom flask import request\nBASE = Path('/srv')\ndef f():\n    return (BASE / Path(request.args['f']).name).read_text()",
      "from flask import request, send_file, abort\nfrom werkzeug.utils import safe_join\ndef dl():\n    p = safe_join('/srv', request.args['f'])\n    if p is None:\n        abort(404)\n    return send_file(p)",
      "import os, sys\nfor a in sys.argv[1:]:\n    if not os.path.exists(a):\n        print('missing', a)",
      "import os\ndef f(d, name):\n    return os.path.exists(os.path.join(d, name))",
      "from pathlib import Path\nfrom flask import request\ndef f():\n    n = request.args['f']\n    return (Path('/srv') / 'index.html').read_text()",
      "def f(path):\n    with open(path) as fh:\n        return fh.read()",
      "import os\ndef f(name):\n    with open(os.path.join('/d', os.path.basename(name))) as fh:\n        return fh.read()",
      "import os\ndef f(d, name):\n    p = os.path.abspath(os.path.join(d, name))\n    if not p.startswith(os.path.abspath(d)):\n        return ''\n    return open(p).read()",
      "open('config.ini')",
      "import os, sys\nfor root, dirs, files in os.walk(os.path.join(sys.argv[1], 'src')):\n    print(root)",
      "import gzip\nfrom flask import request\ndef f():\n    return gzip.open(request.files['f']).read()",
      "import io, zipfile\nfrom flask import request\ndef f():\n    with zipfile.ZipFile(io.BytesIO(request.files['z'].read())) as z:\n        return z.namelist()",
      "import os\nfrom flask import request\ndef f():\n    os.rename('/srv/a', os.path.join('/srv', os.path.basename(request.form['n'])))",
      "import pandas as pd, io\nfrom flask import request\ndef f():\n    pd.DataFrame(request.json['rows']).to_csv(io.StringIO())",
      "import os\nfrom flask import request\nfrom werkzeug.utils import secure_filename\ndef up():\n    f = request.files['f']\n    f.save(os.path.join('/srv/up', secure_filename(f.filename)))",
      // argv[0]: the running script's own path.
      "import sys\nfrom pathlib import Path\ndef here():\n    return Path(sys.argv[0]).resolve().parent",
    ],
    invalid: [
      "from flask import request\nfrom huggingface_hub import hf_hub_download\n@app.post('/h')\ndef h():\n    return hf_hub_download(repo_id='acme/m', filename=request.form['f'], local_dir='/srv/hub')",
      "import os\nfrom flask import request\nfrom huggingface_hub import snapshot_download\n@app.post('/h')\ndef h():\n    return snapshot_download(repo_id='acme/m', local_dir=os.path.join('/srv', request.form['d']))",
      {
        code: "import io, zipfile\nfrom pathlib import Path\nfrom flask import request\ndef bundle():\n    buf = io.BytesIO()\n    with zipfile.ZipFile(buf, 'w') as zf:\n        for rel in request.json['files']:\n            zf.write(Path('/data') / rel, arcname=rel)",
        line: 8,
      },
      {
        code: "import torch\nfrom flask import request\n@app.post('/c')\ndef f():\n    torch.save({'s': 1}, f\"/srv/a/{request.form['run']}/last.pt\")",
        line: 5,
      },
      {
        code: "import logging\nfrom django.http import JsonResponse\ndef enable(request):\n    logging.getLogger('a').addHandler(logging.FileHandler(request.GET['logfile']))\n    return JsonResponse({})",
        line: 4,
      },
      {
        code: "import os, cherrypy\nfrom cherrypy.lib.static import serve_file\nclass R:\n    @cherrypy.expose\n    def dl(self, name):\n        return serve_file(os.path.join('/srv/r', name))",
        line: 6,
      },
      {
        code: "from pathlib import Path\nBASE = Path('/srv/a')\ndef load(name):\n    if '..' in name:\n        raise ValueError(name)\n    return (BASE / name).read_bytes()",
        line: 6,
        severity: "LOW",
      },
      // A path object kept by a service (annotated parameter stored on self), or passed as an annotated parameter.
      {
        code: "from pathlib import Path\nfrom fastapi import FastAPI\napp = FastAPI()\nclass Reports:\n    def __init__(self, base: Path):\n        self.base = base\n    def read(self, name):\n        return (self.base / name).read_text()\n@app.get('/r')\ndef r(name: str):\n    return Reports(Path('/srv')).read(name)",
        line: 8,
      },
      {
        code: "from pathlib import Path\nfrom fastapi import FastAPI\napp = FastAPI()\ndef read(base: Path, name):\n    return (base / name).read_text()\n@app.get('/r')\ndef r(name: str):\n    return read(Path('/srv'), name)",
        line: 5,
      },
      "import io\nfrom sys import stdin\ndef upload():\n    name = stdin.readline().strip()\n    return io.open(name, mode='rb').read()",
      "import zipfile\nfrom flask import request\ndef names(upload):\n    with zipfile.ZipFile(upload) as zf:\n        return zf.namelist()\n@app.post('/z')\ndef z():\n    return {'names': names(request.form['path'])}",
      {
        code: "import boto3\ns3 = boto3.client('s3')\ndef handler(event, context):\n    key = event['pathParameters']['key']\n    s3.download_file('b', key, '/tmp/' + key)",
        line: 5,
      },
      "import boto3\nfrom flask import request\ndef f():\n    boto3.client('s3').upload_file(request.args['p'], 'b', 'k')",
      "import os\nfrom flask import request, abort, send_file\ndef f():\n    name = request.args['n']\n    if os.path.splitext(name)[1].lower() not in ('.png', '.jpg'):\n        abort(400)\n    return send_file(os.path.join('/srv/img', name))",
      {
        code: "from django.core.files.storage import FileSystemStorage\ndef v(request):\n    fs = FileSystemStorage(location=request.POST['dir'])\n    return fs.save('a.txt', request.FILES['f'])",
        line: 3,
      },
      { code: "import os\nfrom flask import request\ndef f():\n    os.mkdir(request.form['d'])", line: 4 },
      {
        code: "import io, os, zipfile\nfrom flask import request\ndef f():\n    buf = io.BytesIO()\n    with zipfile.ZipFile(os.path.join('/srv/zips', request.args['n'])) as z:\n        return z.namelist()",
        line: 5,
      },
      {
        code: "from sanic import response\nasync def img(request):\n    return await response.file('/srv/img/' + request.args.get('n'))",
        line: 3,
      },
      {
        code: "import os\nfrom flask import request\ndef up():\n    f = request.files['f']\n    f.save(os.path.join('/srv/up', f.filename))",
        line: 5,
      },
      {
        code: "import os\nfrom flask import request, abort\ndef f():\n    full = os.path.join('/r', request.args['n'])\n    if '..' in full:\n        abort(400)\n    return open(full).read()",
        line: 7,
      },
      {
        code: "import os\nfrom flask import request, abort\ndef f():\n    n = request.args['n']\n    if n.startswith('pub/'):\n        return open(os.path.join('/r', n)).read()\n    abort(403)",
        line: 6,
      },
      "from flask import request, send_from_directory\ndef dl():\n    return send_from_directory(request.args['d'], request.args['f'])",
      "import shutil\nfrom flask import request\ndef cp():\n    shutil.copy('/srv/a.txt', request.form['to'])",
      "from pathlib import Path\nfrom flask import request\ndef doc():\n    p = (Path('/srv') / request.args['f']).resolve()\n    return p.read_text()",
      "from pathlib import Path\nfrom flask import request\ndef doc():\n    return (Path('/srv/docs') / Path(request.args['page']).parent).read_text()",
      "from pathlib import Path\nfrom flask import request\nBASE = Path('/srv/docs')\ndef doc():\n    return (BASE / request.args['page']).read_text()",
      {
        code: "import os\nfrom aiohttp import web\nasync def dl(request):\n    return web.FileResponse(os.path.join('/srv', request.match_info['n']))",
        line: 4,
      },
      "import os\nfrom flask import request\ndef f():\n    return str(os.path.exists('/srv/' + request.args['f']))",
      "from pathlib import Path\nfrom flask import request\ndef f():\n    return (Path('/srv') / request.args['f']).read_text()",
      "import os\ndef f(d, name):\n    return open(os.path.join(d, name)).read()",
      "from flask import request, send_file\ndef dl():\n    return send_file(request.args['f'])",
      "import gzip, os\nfrom flask import request\ndef f():\n    return gzip.open(os.path.join('/logs', request.args['f'])).read()",
      "import os\nfrom flask import request\ndef f():\n    os.rename('/srv/a', os.path.join('/srv', request.form['n']))",
      "import os\nfrom flask import request\ndef f():\n    os.chmod('/srv/' + request.form['n'], 0o644)",
      "import glob\nfrom flask import request\ndef f():\n    return glob.glob('/srv/' + request.args['p'])",
      "import pandas as pd\nfrom flask import request\ndef f():\n    pd.DataFrame(request.json['rows']).to_csv('/srv/out/' + request.args['n'])",
      {
        code: "@app.post('/x')\ndef f():\n    name = request.form['out']\n    frame = pd.DataFrame(rows())\n    frame.to_csv(name)",
        line: 5,
      },
      "import anyio\nfrom fastapi import FastAPI\napp = FastAPI()\n@app.get('/f')\nasync def f(name: str):\n    return await anyio.Path('/srv/' + name).read_text()",
      "from fastapi import FastAPI\nfrom fastapi.responses import FileResponse\napp = FastAPI()\n@app.get('/f/{name}')\nasync def f(name: str):\n    return FileResponse(f'/data/{name}')",
      "import sys\nopen(sys.argv[1], 'w').write('x')",
      // A setuid helper that drops back to its invoker after the open is too late.
      {
        code: "import os, sys\ndef main():\n    data = open(sys.argv[1], 'rb').read()\n    os.setuid(os.getuid())\n    return data",
        line: 3,
      },
      "import sys\nfrom pathlib import Path\nopen(Path(sys.argv[0]).parent / sys.argv[1])",
      "import sqlite3\nfrom flask import request\ndef f():\n    return sqlite3.connect('/srv/data/' + request.args['db'] + '.sqlite')",
    ],
  },
});
