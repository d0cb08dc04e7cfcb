import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** A fetch over the network: its response, body or the file it saved. */
const FETCH =
  /^(requests|httpx)\.(get|post|request)$|^urllib\.request\.(urlopen|urlretrieve)$|^urllib2\.urlopen$|^(urlopen|urlretrieve)$/;
/** Any check of what was downloaded: a digest compared, a signature verified. */
const INTEGRITY = /hashlib|sha(1|224|256|384|512)|digest|checksum|verify|signature|gpg|gnupg|\bsig\b|pinned/i;
/** Programs that run the file they are given (sys.executable: the running Python interpreter). */
const RUNNERS = /^(sh|bash|zsh|dash|python\d?(\.\d+)?|perl|ruby|node|powershell|pwsh|cmd|sys\.executable)$/;

/** The node holds (one or two assignments away) something fetched over the network. */
function fetched(ctx: PythonContext, node: SyntaxNode | undefined, depth = 0): boolean {
  if (!node || depth > 3) return false;
  const n = ctx.resolve(node) ?? node;
  for (const d of [n, ...descendants(n)]) {
    if (d.type === "call" && FETCH.test(ctx.callee(d))) return true;
    if (d.type === "identifier" && d !== node && depth < 3) {
      const v = ctx.resolve(d);
      if (v && v !== d && fetched(ctx, v, depth + 1)) return true;
    }
  }
  return false;
}

/** Paths a function saved downloads to: urlretrieve(url, PATH) and open(PATH, 'wb') written with fetched data. */
function downloadTargets(ctx: PythonContext, fn: SyntaxNode): string[] {
  const out: string[] = [];
  for (const c of descendants(fn)) {
    if (c.type !== "call") continue;
    const q = ctx.callee(c);
    if (/urlretrieve$/.test(q)) {
      const dest = ctx.arg(c, 1, "filename");
      if (dest) out.push(ctx.stringValue(ctx.resolve(dest)) ?? ctx.text(dest));
      // `path, _ = urlretrieve(url)`: the temporary file's name is the result.
      const asg = c.parent?.type === "assignment" ? field(c.parent, "left") : undefined;
      const first = asg?.type === "pattern_list" ? asg.children.find((x) => x.named) : asg;
      if (first?.type === "identifier") out.push(ctx.text(first));
    }
    // `fh.write(urlopen(url).read())` into `open(PATH, "wb")` or a NamedTemporaryFile: PATH, or `fh.name`.
    const recv = field(field(c, "function") ?? c, "object");
    if (ctx.method(c) === "write" && recv?.type === "identifier" && fetched(ctx, ctx.args(c)[0])) {
      out.push(`${ctx.text(recv)}.name`);
      const f = ctx.resolve(recv);
      const dest = f?.type === "call" && /^(open|io\.open)$/.test(ctx.callee(f)) ? ctx.args(f)[0] : undefined;
      if (dest) out.push(ctx.stringValue(ctx.resolve(dest)) ?? ctx.text(dest));
    }
  }
  return out;
}

export default pyRule({
  meta: {
    id: "PY-DOWNLOAD-001",
    title: "Code downloaded and run without an integrity check",
    cwe: ["CWE-494", "CWE-829"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags exec()/eval() of a response fetched with requests, httpx or urllib, and scripts saved with urlretrieve (or written from such a response to a file or temporary file) then run through sh, bash or python, when the function never checks a digest or signature of what it downloaded.",
      why_bad:
        "Whoever controls the server, the DNS answer or the network path (or the account that publishes the file) runs code on this machine; nothing ties what runs to what the author meant to run.",
      example_bad:
        "import subprocess, urllib.request\ndef install():\n    urllib.request.urlretrieve('https://example.com/install.sh', '/tmp/i.sh')\n    subprocess.run(['sh', '/tmp/i.sh'], check=True)",
      example_good:
        "import hashlib, subprocess, urllib.request\nPINNED = '9f2c...'\ndef install():\n    data = urllib.request.urlopen('https://example.com/install.sh').read()\n    if hashlib.sha256(data).hexdigest() != PINNED:\n        raise RuntimeError('digest mismatch')\n    open('/tmp/i.sh', 'wb').write(data)\n    subprocess.run(['sh', '/tmp/i.sh'], check=True)",
    },
    fix_hint:
      "Pin the download: compare its SHA-256 with a digest shipped in the code (or verify a signature) before running it; prefer a package manager that verifies.",
  },
  trigger: /urlretrieve\(|urlopen\(|requests\.(get|post|request)\(|httpx\.(get|post|request)\(|\bpip\b/,
  nodeTypes: ["call"],
  calls: [
    "exec",
    "eval",
    "run",
    "call",
    "check_call",
    "check_output",
    "Popen",
    "system",
    "popen",
    "execl",
    "execle",
    "execlp",
    "execlpe",
    "execv",
    "execve",
    "execvp",
    "execvpe",
  ],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const fn = ctx.enclosingFunction(node);
    const scope = fn ?? ctx.tree.root;
    if (INTEGRITY.test(ctx.text(scope))) return;
    if (q === "exec" || q === "eval" || q === "builtins.exec") {
      const code = ctx.args(node)[0];
      const inner = code?.type === "call" && ctx.callee(code) === "compile" ? ctx.args(code)[0] : code;
      if (fetched(ctx, inner))
        report({ node, message: `${q}() runs code fetched over the network, unverified` });
      return;
    }
    if (
      !/^(subprocess\.(run|call|check_call|check_output|Popen)|os\.(system|popen|execv\w*|execl\w*))$/.test(q)
    )
      return;
    const a = ctx.args(node)[0];
    if (!a) return;
    const parts = a.type === "list" ? a.children.filter((c) => c.named) : [a];
    const words = parts.map((p) => ctx.stringValue(ctx.resolve(p)) ?? ctx.text(p));
    const tokens = words.join(" ").split(/\s+/);
    // `pip install http://host/pkg.tar.gz`, or from an index over plain HTTP / a --trusted-host: the package (code
    // that runs at install and import) comes unauthenticated, and no --require-hashes pins it.
    const pip = tokens.findIndex((t) => /^pip\d?(\.\d+)?$/.test(t.replace(/^.*\//, "")));
    if (pip >= 0 && tokens[pip + 1] === "install" && !tokens.includes("--require-hashes")) {
      if (tokens.some((t) => /^http:\/\//.test(t) || t === "--trusted-host"))
        report({ node, message: "pip installs a package fetched over plain HTTP, unverified" });
      return;
    }
    const targets = downloadTargets(ctx, scope);
    if (!targets.length) return;
    if (!targets.some((t) => tokens.includes(t))) return;
    // Run through an interpreter (`sh /tmp/i.sh`, `python x.py`) or run directly (`/tmp/tool --install`).
    const head = (tokens[0] ?? "").replace(/^.*\//, "");
    if (RUNNERS.test(head) || targets.includes(tokens[0] ?? ""))
      report({ node, message: "runs a file it downloaded without checking its digest or signature" });
  },
  cases: {
    valid: [
      "import subprocess, urllib.request, hashlib\ndef install():\n    urllib.request.urlretrieve('https://x.org/i.sh', '/tmp/i.sh')\n    if hashlib.sha256(open('/tmp/i.sh', 'rb').read()).hexdigest() != PIN:\n        raise SystemExit(1)\n    subprocess.run(['sh', '/tmp/i.sh'], check=True)",
      "import urllib.request\ndef fetch(u):\n    path, _ = urllib.request.urlretrieve(u)\n    return open(path).read()",
      "import requests\ndef f(u):\n    return eval('1 + 1') if requests.get(u).ok else 0",
      "import subprocess, sys\ndef setup():\n    subprocess.check_call([sys.executable, '-m', 'pip', 'install', 'https://pkgs.example.com/a-1.0.tar.gz'])",
      "import subprocess, sys\ndef setup():\n    subprocess.check_call([sys.executable, '-m', 'pip', 'install', '--require-hashes', '-r', 'req.txt'])",
    ],
    invalid: [
      {
        code: "import subprocess, tempfile, urllib.request\ndef update():\n    with tempfile.NamedTemporaryFile(suffix='.sh', delete=False) as fh:\n        fh.write(urllib.request.urlopen('https://x.org/i.sh').read())\n    subprocess.run(['sh', fh.name], check=True)",
        line: 5,
      },
      {
        code: "import subprocess, requests\ndef update():\n    with open('/tmp/up.py', 'wb') as f:\n        f.write(requests.get('https://x.org/up.py', timeout=9).content)\n    subprocess.run(['python3', '/tmp/up.py'])",
        line: 5,
      },
      {
        code: "import subprocess, sys, urllib.request\ndef update():\n    urllib.request.urlretrieve('http://x.org/u.py', '/tmp/u.py')\n    subprocess.run([sys.executable, '/tmp/u.py'], check=True)",
        line: 4,
      },
      {
        code: "import subprocess, urllib.request\ndef install():\n    urllib.request.urlretrieve('https://x.org/i.sh', '/tmp/i.sh')\n    subprocess.run(['sh', '/tmp/i.sh'], check=True)",
        line: 4,
      },
      {
        code: "import requests\ndef load(name):\n    code = requests.get('https://plugins.example.org/' + name + '.py', timeout=5).text\n    ns = {}\n    exec(code, ns)\n    return ns",
        line: 5,
      },
      {
        code: "import subprocess, sys\ndef setup():\n    subprocess.check_call([sys.executable, '-m', 'pip', 'install', 'http://pkgs.example.com/a-1.0.tar.gz'])",
        line: 3,
      },
      {
        code: "import subprocess\ndef setup():\n    subprocess.run(['pip', 'install', '--trusted-host', 'pkgs', '--index-url', 'http://pkgs/simple', 'a'])",
        line: 3,
      },
    ],
  },
});
