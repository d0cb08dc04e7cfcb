import { field } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { pyRule, valueParts } from "./common.js";

/** Calls that add a directory to the interpreter's module search path: the argument holding it. */
const PATH_CALLS: Record<string, number> = {
  "sys.path.insert": 1,
  "sys.path.append": 0,
  "sys.path.extend": 0,
  "site.addsitedir": 0,
};
/** Environment entries the loader, the shell or the interpreter search for programs and libraries. */
const SEARCH_VARS = /^(PATH|LD_LIBRARY_PATH|LD_PRELOAD|DYLD_LIBRARY_PATH|DYLD_INSERT_LIBRARIES|PYTHONPATH)$/;

/**
 * The new entry names the working directory: a literal entry "." / "./x" among what it is built from
 * (`"." + os.pathsep + PATH`, `os.environ.get("PLUGINS", ".")`) or os.getcwd(). Whoever picks the directory the
 * program is started in (a shared or downloaded folder) then picks the code.
 */
function workingDirEntry(ctx: PythonContext, dir: SyntaxNode): "literal" | "cwd" | undefined {
  let found: "literal" | "cwd" | undefined;
  for (const p of valueParts(ctx, dir, 1)) {
    if (p.type === "call" && ctx.callee(p) === "os.getcwd") found ??= "cwd";
    if (p.type !== "string" || p.parent?.type === "concatenated_string") continue;
    const s = ctx.stringValue(p);
    // os.pathsep / ":" joiners are pieces, not entries; a whole-literal entry is split on ":".
    if (s === undefined || s === ":" || s === ";") continue;
    if (s.split(/[:;]/).some((e) => e === "." || e.startsWith("./"))) return "literal";
  }
  return found;
}

/** A dict literal that is a child process's environment: an `env=` argument, or bound to a name like `env`. */
function childEnvironment(ctx: PythonContext, dict: SyntaxNode | null): boolean {
  if (dict?.type !== "dictionary") return false;
  const up = dict.parent;
  if (up?.type === "keyword_argument") return ctx.text(field(up, "name") ?? up) === "env";
  if (up?.type !== "assignment" || field(up, "right") !== dict) return false;
  const left = field(up, "left");
  return left?.type === "identifier" && /^(env|environ|environment|\w+_env)$/i.test(ctx.text(left));
}

export default pyRule({
  meta: {
    id: "PY-SEARCHPATH-001",
    title: "Module or program search path from outside input",
    cwe: ["CWE-427", "CWE-15", "CWE-426"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a module search path entry, or os.getcwd(), that is the working directory (scripts, test runners and doc configs do this on purpose)",
      },
      {
        severity: "LOW",
        when: "the directory is a caller's parameter (a plugin or tool loader: a hint to check where it comes from)",
      },
    ],
    docs: {
      what_it_does:
        "Flags sys.path.insert/append/extend and site.addsitedir with a directory from request data, input(), argv or the network (MEDIUM) or a caller's parameter (LOW), and PATH / LD_LIBRARY_PATH / LD_PRELOAD / PYTHONPATH entries of os.environ or a child's environment dict built from such a value; also a PATH entry that is the working directory ('.' joined in front), such a sys.path entry (LOW) and ctypes libraries loaded by a path relative to the working directory (CWE-426).",
      why_bad:
        "Whoever chooses a search path element chooses the code: the next import, the next `convert` or the next shared library is looked up there first, so a planted json.py or convert runs with the program's rights.",
      example_bad:
        "import importlib, sys\ndef load(ext_dir, name):\n    sys.path.insert(0, ext_dir)\n    return importlib.import_module(name)",
      example_good:
        "import importlib, sys\nEXT_DIR = '/opt/app/extensions'\ndef load(name):\n    if EXT_DIR not in sys.path:\n        sys.path.append(EXT_DIR)\n    return importlib.import_module(name)",
    },
    fix_hint:
      "Search only fixed, root-owned directories; call programs by absolute path and keep PATH to a fixed value.",
  },
  trigger: /sys\.path\.|addsitedir|PATH|LD_PRELOAD|DYLD_|DLL\(|LoadLibrary\(/,
  nodeTypes: ["call", "assignment", "pair"],
  calls: ["insert", "append", "extend", "addsitedir", "CDLL", "PyDLL", "WinDLL", "LoadLibrary"],
  detect(node, ctx, report) {
    let dir: SyntaxNode | undefined;
    let what = "";
    if (node.type === "call") {
      const q = ctx.callee(node);
      if (/^ctypes\.(CDLL|PyDLL|WinDLL|(cdll|windll|pydll)\.LoadLibrary)$/.test(q)) {
        // ctypes.CDLL("./libcodec.so"): a path relative to the working directory, not to the program.
        const lib = ctx.stringValue(ctx.resolve(ctx.args(node)[0]));
        if (lib !== undefined && /^\.\.?[\\/]/.test(lib))
          report({
            node,
            message: `${q}() loads ${lib} relative to the working directory, not the program's own`,
          });
        return;
      }
      const at = PATH_CALLS[q];
      if (at === undefined) return;
      dir = ctx.args(node)[at];
      what = `${q}()`;
    } else if (node.type === "pair") {
      // `env = {"PATH": d}` / `run(cmd, env={"PATH": d})`: a child's whole environment written as a literal.
      const key = ctx.stringValue(field(node, "key"));
      if (!key || !SEARCH_VARS.test(key) || !childEnvironment(ctx, node.parent)) return;
      dir = field(node, "value") ?? undefined;
      what = `${key} in the environment`;
    } else {
      // os.environ["PATH"] = d, or env["LD_LIBRARY_PATH"] = d + ":" + ... on a dict handed to a child process.
      const left = field(node, "left");
      if (left?.type !== "subscript") return;
      const key = ctx.stringValue(field(left, "subscript"));
      if (!key || !SEARCH_VARS.test(key)) return;
      const owner = field(left, "value");
      const env =
        ctx.qname(owner) === "os.environ" ||
        (owner?.type === "identifier" &&
          (/^(env|environ|environment|\w+_env)$/i.test(ctx.text(owner)) ||
            /\benviron\b/.test(ctx.text(ctx.resolve(owner) ?? owner))));
      if (!env) return;
      dir = field(node, "right");
      what = `${key} in the environment`;
    }
    if (!dir) return;
    // (The inherited entries a new one is joined with, `d + os.pathsep + env.get("PATH", "")`, are constants of
    // the "searchpath" class: only what the new entry is made of counts.)
    const level = ctx.level(dir, "searchpath");
    if (level === Level.SOURCE) report({ node, message: `${what} takes a directory from untrusted input` });
    else if (level === Level.PARAM)
      report({ node, severity: "LOW", message: `${what} takes a directory a caller chooses` });
    else if (workingDirEntry(ctx, dir)) {
      // A literal "." in PATH / LD_LIBRARY_PATH is the classic planted-binary hole (MEDIUM); sys.path entries for
      // the working directory, and os.getcwd() put there on purpose (test runners), are LOW, to check.
      const env = node.type === "assignment" && workingDirEntry(ctx, dir) === "literal";
      report({
        node,
        severity: env ? "MEDIUM" : "LOW",
        ...(env
          ? {}
          : {
              reason:
                "a module search path entry, or os.getcwd(), that is the working directory (scripts, test runners and doc configs do this on purpose)",
            }),
        message: `${what} searches the working directory, where anyone who chooses it can plant code`,
      });
    }
  },
  cases: {
    valid: [
      "import subprocess\ndef f(d):\n    subprocess.run(['tar', 'czf', 'o.tgz', d], env={'PATH': '/usr/bin:/bin', 'LANG': 'C'})",
      "import ctypes, os\nHERE = os.path.dirname(os.path.abspath(__file__))\nlib = ctypes.CDLL(os.path.join(HERE, 'libcodec.so'))\nlibc = ctypes.CDLL('libc.so.6')",
      "import sys, os\nsys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))",
      "import sys\nsys.path.append('/opt/app/lib')",
      "import os, subprocess\ndef run(src):\n    env = dict(os.environ)\n    env['PATH'] = '/usr/bin:/bin'\n    subprocess.run(['convert', src, 'out.png'], env=env)",
      "import os\ndef f(d):\n    cfg = {}\n    cfg['PATH'] = d\n    return cfg",
      // the environment's own entries put back or extended: the operator's, not a new directory from outside
      "import os\ndef reset():\n    orig_path = os.environ.get('PATH')\n    try:\n        os.environ['PATH'] = '/opt/rsct/bin:' + orig_path\n    finally:\n        os.environ['PATH'] = orig_path",
      "import os\ndef pythonpath():\n    return os.path.dirname(__file__) + os.pathsep + os.environ.get('PYTHONPATH', '')\ndef testenv():\n    env = os.environ.copy()\n    env['PYTHONPATH'] = pythonpath()\n    return env",
    ],
    invalid: [
      {
        code: "import subprocess\nfrom flask import request\ndef build():\n    env = {'PATH': request.args['toolchain'] + ':/usr/bin'}\n    subprocess.run(['make'], env=env)",
        line: 4,
      },
      {
        code: "import os\ndef env():\n    env = os.environ.copy()\n    env['PYTHONPATH'] = os.pathsep.join([os.getcwd(), env.get('PYTHONPATH', '')])\n    return env",
        line: 4,
        severity: "LOW",
      },
      { code: "import ctypes\ndef load():\n    return ctypes.CDLL('./libcodec.so')", line: 3 },
      {
        code: "import os, subprocess\ndef f(d):\n    os.environ['PATH'] = '.' + os.pathsep + os.environ.get('PATH', '')\n    subprocess.run(['tar', 'czf', 'o.tgz', d])",
        line: 3,
      },
      {
        code: "import os, sys\ndef f():\n    sys.path.insert(0, os.environ.get('PLUGIN_DIR', '.'))",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import importlib, sys\ndef load(ext_dir, name):\n    sys.path.insert(0, ext_dir)\n    return importlib.import_module(name)",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import sys\nfrom flask import request\ndef f():\n    sys.path.append(request.args['dir'])",
        line: 4,
      },
      {
        code: "import os, subprocess\ndef run(tool_dir, src):\n    env = dict(os.environ)\n    env['PATH'] = tool_dir + os.pathsep + env.get('PATH', '')\n    subprocess.run(['convert', src, 'o.png'], env=env)",
        line: 4,
        severity: "LOW",
      },
      {
        code: "import os\nfrom flask import request\ndef f():\n    os.environ['LD_PRELOAD'] = request.form['lib']",
        line: 4,
      },
    ],
  },
});
