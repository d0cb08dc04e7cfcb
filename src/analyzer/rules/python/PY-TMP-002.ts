import type { SyntaxNode } from "../../parse/index.js";
import { descendants, namedChildren, nodesOfType } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule, serverlessModule } from "./common.js";

/** Shared, world-writable directories where a fixed or guessable name can be pre-created by another user. */
const SHARED =
  /^(?:\/(private\/)?(tmp|var\/tmp)|\/usr\/tmp|\/dev\/(shm|mqueue)|\/(var\/)?run\/lock|\/var\/lock|\/Users\/Shared|\/Library\/Caches|([A-Za-z]:)?[\\/]+(Windows[\\/]+)?(Temp|TMP))([\\/]|$)/i;

/** True when the path is a literal under a shared directory or joined onto one (`os.path.join('/tmp', ...)`). */
function sharedPath(ctx: PythonContext, node: SyntaxNode | undefined, depth = 0): boolean {
  const n = ctx.resolve(node);
  if (!n || depth > 3) return false;
  // `tempfile.tempdir = "/tmp/shared"` (or another module attribute set once in the file) then used as a path.
  if (n.type === "attribute") {
    const set = nodesOfType(ctx.tree, "assignment").find(
      (a) => a.children[0] && ctx.text(a.children[0]) === ctx.text(n),
    );
    const right = set?.children.find((c, i) => i > 0 && c.named);
    return !!right && sharedPath(ctx, right, depth + 1);
  }
  const v = ctx.stringValue(n);
  if (v !== undefined) return SHARED.test(v) && v.replace(SHARED, "").replace(/\/+$/, "") !== "";
  if (n.type === "string") {
    const head = n.children.find((c) => c.type === "string_content");
    return !!head && head.start - n.start <= 2 && SHARED.test(ctx.text(head));
  }
  if (n.type === "binary_operator") {
    // Path('/tmp') / 'name': a file named inside the shared directory itself.
    const left = ctx.resolve(n.children[0]);
    if (left?.type === "call" && /^(pathlib\.)?(Pure)?(Posix)?Path$/.test(ctx.callee(left))) {
      const fv = ctx.stringValue(ctx.resolve(ctx.args(left)[0]));
      if (fv !== undefined && SHARED.test(fv)) return true;
    }
    // "/tmp/" + name: a file in the shared directory, named by whatever is appended.
    const lv = left ? ctx.stringValue(left) : undefined;
    if (lv !== undefined && SHARED.test(lv) && lv.endsWith("/")) return true;
    return sharedPath(ctx, n.children[0], depth + 1);
  }
  if (n.type === "call") {
    const q = ctx.callee(n);
    if (q === "os.path.join") {
      const first = ctx.args(n)[0];
      const fv = ctx.stringValue(ctx.resolve(first));
      return (
        (fv !== undefined && SHARED.test(fv)) || (!!first && ctx.callee(first) === "tempfile.gettempdir")
      );
    }
    if (ctx.method(n) === "format") return sharedPath(ctx, n.children[0]?.children[0], depth + 1);
    // pathlib: Path('/tmp/x'), Path('/tmp') / 'x', Path(tempfile.gettempdir(), 'x').
    if (/^(pathlib\.)?(Pure)?(Posix)?Path$/.test(q)) {
      const args = ctx.args(n);
      const first = args[0];
      if (first && ctx.callee(first) === "tempfile.gettempdir") return args.length > 1;
      const fv = ctx.stringValue(ctx.resolve(first));
      if (fv !== undefined && SHARED.test(fv)) return args.length > 1 || fv.replace(SHARED, "") !== "";
      // Path(f"/tmp/export-{user}.json"): one formatted name under the shared directory.
      if (args.length === 1 && fv === undefined) return sharedPath(ctx, first, depth + 1);
    }
    // A helper of this file that returns the name (`def scratch(): return os.path.join(gettempdir(), ...)`).
    const def = ctx.localCallee(n);
    if (def && !ctx.args(n).length) {
      const rets = descendants(def).filter((d) => d.type === "return_statement");
      const v = rets.length === 1 ? namedChildren(rets[0]!)[0] : undefined;
      return !!v && sharedPath(ctx, v, depth + 1);
    }
  }
  return false;
}

const WRITE_MODE = /[wax+]/;

/**
 * `os.chmod(d, 0o777)` where d is a `tempfile.mkdtemp()` directory or the `dir=` of a tempfile call in the same
 * function: temporary files then live in a directory any user can add to, rename in or delete from (CWE-379).
 */
function worldWritableTempDir(ctx: PythonContext, call: SyntaxNode): boolean {
  const [target, mode] = ctx.args(call);
  if (!target || !mode) return false;
  const m = ctx.constValue(mode);
  const modeText = ctx.text(ctx.resolve(mode) ?? mode);
  if (!((typeof m === "number" && (m & 0o002) !== 0) || /\bS_(IRWXO|IWOTH)\b/.test(modeText))) return false;
  const v = target.type === "identifier" ? ctx.resolve(target) : target;
  if (v?.type === "call" && /^tempfile\.mkdtemp$/.test(ctx.callee(v))) return true;
  const fn = ctx.enclosingFunction(call);
  if (!fn || target.type !== "identifier") return false;
  const name = ctx.text(target);
  return descendants(fn).some(
    (d) =>
      d.type === "call" &&
      /^tempfile\.(mkstemp|mkdtemp|NamedTemporaryFile|TemporaryFile|SpooledTemporaryFile|TemporaryDirectory)$/.test(
        ctx.callee(d),
      ) &&
      ctx.text(ctx.kwarg(d, "dir") ?? d) === name,
  );
}

export default pyRule({
  meta: {
    id: "PY-TMP-002",
    title: "Predictable file name in a shared temporary directory",
    cwe: ["CWE-377", "CWE-379", "CWE-59"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags files and directories created (open for writing, os.open, mkdir/makedirs, chmod) at a fixed or guessable path under /tmp, /var/tmp or /dev/shm, and a directory that holds temporary files (a tempfile.mkdtemp() result, or the dir= of a tempfile call) chmod-ed writable by every user.",
      why_bad:
        "Any local user can create that name first, as a symlink to a file of yours or as a file they can read, and capture or redirect what the program writes.",
      example_bad: "def cache(data):\n    with open('/tmp/app_cache.txt', 'w') as f:\n        f.write(data)",
      example_good:
        "import tempfile\ndef cache(data):\n    with tempfile.NamedTemporaryFile('w', delete=False) as f:\n        f.write(data)\n        return f.name",
    },
    fix_hint:
      "Use tempfile.mkstemp / NamedTemporaryFile / mkdtemp, or a private directory the program owns (0o700).",
  },
  trigger:
    /mkdtemp|dir=|\/tmp|\/var\/tmp|\/dev\/shm|gettempdir|\/run\/lock|\/var\/lock|\/dev\/mqueue|\/Users\/Shared|\/Library\/Caches|\\Temp|\\TMP|\/Temp/i,
  nodeTypes: ["call"],
  calls: [
    "open",
    "write_text",
    "write_bytes",
    "touch",
    "mkdir",
    "symlink_to",
    "makedirs",
    "chmod",
    "mkfifo",
    "symlink",
  ],
  detect(node, ctx, report) {
    // A Lambda / Cloud Function's /tmp is the function's own: no other user shares it to pre-create a name.
    if (serverlessModule(ctx)) return;
    const q = ctx.callee(node);
    if (q === "os.chmod" && worldWritableTempDir(ctx, node)) {
      report({ node, message: "a directory that holds temporary files is made writable by every user" });
      return;
    }
    let create = false;
    if (q === "open" || q === "io.open" || q === "codecs.open") {
      const mode = ctx.stringValue(ctx.resolve(ctx.arg(node, 1, "mode")));
      create = mode !== undefined && WRITE_MODE.test(mode);
    } else if (/^(write_text|write_bytes|touch|mkdir|symlink_to)$/.test(ctx.method(node))) {
      // pathlib writes: the receiver is the path (Path('/tmp/app.lock').write_text(...)).
      const fn = node.children[0];
      let recv = fn?.type === "attribute" ? fn.children[0] : undefined;
      while (recv?.type === "parenthesized_expression") recv = recv.children.find((c) => c.named);
      if (recv && sharedPath(ctx, recv))
        report({ node, message: "a predictable name under a shared temporary directory" });
      return;
    } else create = /^os\.(open|mkdir|makedirs|chmod|mkfifo|symlink)$/.test(q);
    // O_CREAT | O_EXCL fails on an existing name or link: the accepted way to create a known path atomically.
    if (q === "os.open" && /\bO_EXCL\b/.test(ctx.text(ctx.args(node)[1] ?? node))) create = false;
    if (create && sharedPath(ctx, ctx.args(node)[0] ?? ctx.kwarg(node, "file")))
      report({ node, message: "a predictable name under a shared temporary directory" });
  },
  cases: {
    valid: [
      "import os, tempfile\ndef stage(data):\n    d = tempfile.mkdtemp(prefix='c-')\n    os.chmod(d, 0o700)\n    open(os.path.join(d, 'in.bin'), 'wb').write(data)",
      "import os\ndef publish(path):\n    os.chmod(path, 0o777)",
      "def dump():\n    with open(r'C:\\Temperatures\\a.csv', 'w') as f:\n        f.write('1')",
      "def dump():\n    with open('/srv/app/tmp/state.json', 'w') as f:\n        f.write('1')",
      "import os\nfd = os.open('/tmp/app.lock', os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)",
      "import tempfile\nfd, p = tempfile.mkstemp()",
      "def read():\n    with open('/tmp/app_cache.txt') as f:\n        return f.read()",
      "import os\nos.makedirs('/tmp', exist_ok=True)",
      "from pathlib import Path\nPath('/tmp').mkdir(exist_ok=True)",
      "from pathlib import Path\nt = Path('/tmp/app.lock').read_text()",
      "from pathlib import Path\ndef stage(user, s):\n    Path(f'/srv/{user}/tmp/export.json').write_text(s)",
      "import tempfile\ndef scratch():\n    return tempfile.mkdtemp()\ndef run(b):\n    with open(scratch() + '/x', 'wb') as fh:\n        fh.write(b)",
      "def log(user):\n    with open('/tmp' + user, 'w') as f:\n        f.write('1')",
      "import os\ndef handler(event, context):\n    with open(os.path.join('/tmp', 'report.csv'), 'w') as f:\n        f.write('1')",
    ],
    invalid: [
      "import os, tempfile\ndef stage(data):\n    d = tempfile.mkdtemp(prefix='c-')\n    os.chmod(d, 0o777)\n    open(os.path.join(d, 'in.bin'), 'wb').write(data)",
      "import os, stat, tempfile\nWORK = '/srv/render/tmp'\ndef spill(text):\n    os.makedirs(WORK, exist_ok=True)\n    os.chmod(WORK, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)\n    with tempfile.NamedTemporaryFile('w', dir=WORK, delete=False) as f:\n        f.write(text)",
      "import os, tempfile\ntempfile.tempdir = '/tmp/shared-work'\nos.makedirs(tempfile.tempdir, mode=0o777, exist_ok=True)",
      "def lock():\n    with open('/run/lock/app.lock', 'w') as f:\n        f.write('1')",
      "def dump():\n    with open('/private/tmp/app.csv', 'w') as f:\n        f.write('1')",
      "def dump():\n    with open(r'C:\\Windows\\Temp\\app.log', 'a') as f:\n        f.write('1')",
      "def cache(data):\n    with open('/tmp/app_cache.txt', 'w') as f:\n        f.write(data)",
      "import os\nname = os.path.join('/tmp', 'job_%d.tmp' % os.getpid())\nf = open(name, 'w')",
      "import os\nd = '/tmp/myapp'\nos.makedirs(d, exist_ok=True)\nos.chmod(d, 0o777)",
      "import os\nfrom pathlib import Path\nPath('/tmp/app.lock').write_text(str(os.getpid()))",
      "from pathlib import Path\n(Path('/tmp') / 'job.json').write_text('{}')",
      "from pathlib import Path\ndef stage(user, s):\n    Path(f'/tmp/export-{user}.json').write_text(s)",
      {
        code: "import os, tempfile\ndef scratch():\n    return os.path.join(tempfile.gettempdir(), f'w-{os.getpid()}.dat')\ndef run(b):\n    p = scratch()\n    with open(p, 'wb') as fh:\n        fh.write(b)",
        line: 6,
      },
      "import tempfile\nfrom pathlib import Path\np = Path(tempfile.gettempdir(), 'report.csv')\np.write_text('x')",
      "def lock(user):\n    p = '/tmp/' + user + '.lock'\n    with open(p, 'w') as f:\n        f.write('1')",
    ],
  },
});
