import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Obsolete APIs with a security consequence, and what replaced them. */
const SECURITY: Record<string, string> = {
  "commands.getoutput": "subprocess.run (argument list)",
  "commands.getstatusoutput": "subprocess.run (argument list)",
  "commands.getstatus": "os.stat",
  "os.popen2": "subprocess.run (argument list)",
  "os.popen3": "subprocess.run (argument list)",
  "os.popen4": "subprocess.run (argument list)",
  "popen2.popen2": "subprocess.run (argument list)",
  "ssl.wrap_socket": "ssl.create_default_context().wrap_socket",
  "cgi.escape": "html.escape (which also escapes quotes)",
  "md5.new": "hashlib.sha256",
  "sha.new": "hashlib.sha256",
  "os.tempnam": "tempfile.mkstemp",
  "os.tmpnam": "tempfile.mkstemp",
};
/** Obsolete APIs that are removed or deprecated without a security consequence of their own. */
const OTHER: Record<string, string> = {
  "time.clock": "time.perf_counter or time.process_time",
  "inspect.getargspec": "inspect.signature",
  "platform.linux_distribution": "the distro package",
  "platform.dist": "the distro package",
  "base64.encodestring": "base64.encodebytes",
  "base64.decodestring": "base64.decodebytes",
  "imp.load_source": "importlib",
  "imp.load_module": "importlib",
  "imp.find_module": "importlib.util.find_spec",
  "string.letters": "string.ascii_letters",
  "os.getcwdu": "os.getcwd",
  "asyncore.loop": "asyncio",
};
const MODULES: Record<string, string> = {
  commands: "subprocess",
  popen2: "subprocess",
  md5: "hashlib",
  sha: "hashlib",
  imp: "importlib",
  asyncore: "asyncio",
  asynchat: "asyncio",
};
/** The "dead batteries" PEP 594 deprecated in 3.11 and Python 3.13 removed, and what replaces each. */
const REMOVED_313: Record<string, string> = {
  pipes: "shlex.quote and subprocess",
  cgi: "the email package or a web framework's request parser",
  cgitb: "the traceback module",
  crypt: "hashlib or a password-hashing library (argon2, bcrypt)",
  spwd: "a PAM library",
  nis: "a maintained NIS/LDAP client",
  telnetlib: "an SSH client (paramiko) or a maintained telnet package",
  nntplib: "a maintained NNTP package",
  uu: "base64",
  xdrlib: "struct",
  imghdr: "the filetype or Pillow package",
  sndhdr: "the filetype package",
  mailcap: "mimetypes",
  msilib: "a maintained MSI package",
};

/**
 * True when `node` sits in the handler of `except ImportError` (or ModuleNotFoundError): the fallback an old
 * interpreter takes once the modern import failed; a current one never runs it.
 */
function importFallback(node: SyntaxNode, text: (n: SyntaxNode) => string): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "function_definition" || p.type === "class_definition") return false;
    if (p.type !== "except_clause") continue;
    const head = text(p).split(":")[0] ?? "";
    return /\b(ImportError|ModuleNotFoundError)\b/.test(head);
  }
  return false;
}

/** `name` is bound by an import inside an `except ImportError` handler (the retired API's fallback binding). */
function fallbackBinding(root: SyntaxNode, name: string, text: (n: SyntaxNode) => string): boolean {
  const bound = new RegExp(`\\bimport\\b[^\\n]*\\b${name}\\s*(,|$)`);
  return descendants(root).some(
    (d) =>
      (d.type === "import_from_statement" || d.type === "import_statement") &&
      bound.test(text(d)) &&
      importFallback(d, text),
  );
}

/**
 * cgi.escape's flaw is the quote it leaves alone: no flaw when it is told to escape quotes (`cgi.escape(s, True)`,
 * `quote=1`), or when its result fills a `%` template's field that stands in element text (`'<pre>%s</pre>' %
 * cgi.escape(log)`: after a `>` with no `<` since), where a quote is plain text.
 */
function quotesSafe(ctx: PythonContext, call: SyntaxNode): boolean {
  const quote = ctx.arg(call, 1, "quote");
  if (quote) {
    const v = ctx.constValue(quote);
    return v !== undefined && v !== null && v !== false && v !== 0 && v !== "";
  }
  let slot = call;
  let index = 0;
  let p = call.parent;
  if (p?.type === "tuple") {
    index = namedChildren(p).findIndex((c) => c === call);
    slot = p;
    p = p.parent;
    if (p?.type === "parenthesized_expression") {
      slot = p;
      p = p.parent;
    }
  }
  if (p?.type !== "binary_operator" || p.children.find((c) => !c.named)?.type !== "%") return false;
  const [tmplNode, vals] = namedChildren(p);
  if (vals !== slot || !tmplNode) return false;
  const tmpl = ctx.constValue(tmplNode);
  if (typeof tmpl !== "string") return false;
  const fields = [...tmpl.matchAll(/%(?:\([^)]*\))?[#0\- +]*\d*(?:\.\d*)?[hlL]?([a-zA-Z%])/g)].filter(
    (f) => f[1] !== "%",
  );
  const f = fields[index];
  if (!f) return false;
  const before = tmpl.slice(0, f.index);
  return before.lastIndexOf(">") > before.lastIndexOf("<");
}

export default pyRule({
  meta: {
    id: "PY-DEPR-001",
    title: "Obsolete or removed API",
    cwe: ["CWE-477"],
    severity: "MEDIUM",
    severity_variants: [{ severity: "LOW", when: "the obsolete API has no security consequence of its own" }],
    docs: {
      what_it_does:
        "Flags calls to obsolete or removed Python APIs (commands, os.popen2, ssl.wrap_socket, cgi.escape, md5/sha modules: MEDIUM; time.clock, imp, inspect.getargspec and similar: LOW) and imports of removed modules (LOW for the PEP 594 modules Python 3.13 removed: pipes, cgi, crypt, telnetlib, ...).",
      why_bad:
        "Obsolete functions are unmaintained and often had the flaw that got them replaced: shell execution (commands), no certificate checks (ssl.wrap_socket), unescaped quotes (cgi.escape); removed ones fail at run time.",
      example_bad: "import commands\ndef uptime():\n    return commands.getoutput('uptime')",
      example_good:
        "import subprocess\ndef uptime():\n    return subprocess.run(['uptime'], capture_output=True, text=True).stdout",
    },
    fix_hint: "Use the current replacement the message names.",
  },
  trigger:
    /\bimport\s+(commands|md5|sha|imp|popen2|asyncore|asynchat)\b|\bfrom\s+(commands|imp|asyncore|asynchat|popen2)\s+import|\b(import|from)\s+(pipes|cgi|cgitb|crypt|spwd|nis|telnetlib|nntplib|uu|xdrlib|imghdr|sndhdr|mailcap|msilib)\b|commands\.get|os\.popen[234]\(|ssl\.wrap_socket\(|cgi\.escape|md5\.new|sha\.new|os\.(tempnam|tmpnam)|time\.clock\(|getargspec\(|linux_distribution|platform\.dist\(|base64\.(en|de)codestring|imp\.(load|find)|string\.letters|getcwdu|asyncore\./,
  nodeTypes: ["call", "import_statement", "import_from_statement", "attribute"],
  detect(node, ctx, report) {
    if (node.type === "import_statement" || node.type === "import_from_statement") {
      const mod =
        node.type === "import_from_statement"
          ? field(node, "module_name")
          : node.children.find((c) => c.named);
      const name = mod ? (ctx.text(mod).split(/[\s.]/)[0] ?? "") : "";
      if (Object.hasOwn(MODULES, name) && !importFallback(node, (n) => ctx.text(n)))
        report({
          node,
          severity: name === "imp" || name.startsWith("async") ? "LOW" : undefined,
          message: `module ${name} is obsolete; use ${MODULES[name]}`,
        });
      else if (Object.hasOwn(REMOVED_313, name) && !importFallback(node, (n) => ctx.text(n)))
        report({
          node,
          severity: "LOW",
          message: `module ${name} was deprecated in Python 3.11 and removed in 3.13; use ${REMOVED_313[name]}`,
        });
      return;
    }
    if (node.type === "attribute") {
      if (node.parent?.type === "call" && field(node.parent, "function") === node) return;
      if (ctx.qname(node) === "string.letters")
        report({ node, severity: "LOW", message: "string.letters is removed; use string.ascii_letters" });
      return;
    }
    const q = ctx.callee(node);
    // `html_escape(t)` where `from cgi import escape as html_escape` is only the `except ImportError` fallback
    // of `from html import escape as html_escape`: a current interpreter binds the name to the modern function.
    const fn = field(node, "function");
    if (
      (Object.hasOwn(SECURITY, q) || Object.hasOwn(OTHER, q)) &&
      fn?.type === "identifier" &&
      fallbackBinding(ctx.tree.root, ctx.text(fn), (n) => ctx.text(n))
    )
      return;
    if (q === "cgi.escape" && quotesSafe(ctx, node)) {
      report({
        node,
        severity: "LOW",
        reason: "told to escape quotes, or its result goes into element text, where quotes need no escaping",
        message: "cgi.escape was removed in Python 3.8; use html.escape",
      });
      return;
    }
    if (Object.hasOwn(SECURITY, q)) report({ node, message: `${q} is obsolete; use ${SECURITY[q]}` });
    else if (Object.hasOwn(OTHER, q))
      report({ node, severity: "LOW", message: `${q} is obsolete; use ${OTHER[q]}` });
  },
  cases: {
    valid: [
      "import subprocess\nsubprocess.run(['ls'])",
      "import time\nt = time.perf_counter()",
      "import hashlib\nhashlib.md5(b'x', usedforsecurity=False)",
      "import shlex\ndef q(p):\n    return 'ls ' + shlex.quote(p)",
      "from email.message import Message\nimport pipeline\nimport cgitbx",
      "try:\n    from hashlib import md5\nexcept ImportError:\n    import md5\n    md5 = md5.new",
      "try:\n    from html import escape as html_escape\nexcept ImportError:\n    from cgi import escape as html_escape\ndef f(t):\n    return html_escape(t, 1)",
    ],
    invalid: [
      // Quotes escaped, or element text: only the removal in 3.8 (LOW).
      { code: "import cgi\ndef f(t):\n    return '<a title=\"%s\">' % cgi.escape(t, True)", severity: "LOW" },
      { code: "import cgi\ndef f(t):\n    return cgi.escape(t, quote=1)", severity: "LOW" },
      {
        code: "import cgi\ndef f(s, o):\n    return '<pre style=\"%s\">%s</pre>' % (s, cgi.escape(o))",
        severity: "LOW",
      },
      // In an attribute value, unescaped quotes end it.
      { code: "import cgi\ndef f(t):\n    return '<a title=\"%s\">' % cgi.escape(t)", severity: "MEDIUM" },
      "import commands\nout = commands.getoutput('ls')",
      { code: "import time\nt = time.clock()", severity: "LOW" },
      "import ssl\ns = ssl.wrap_socket(sock)",
      { code: "import pipes\ndef q(p):\n    return 'ls ' + pipes.quote(p)", severity: "LOW", line: 1 },
      { code: "from cgi import parse_header\nct, opts = parse_header(h)", severity: "LOW" },
      { code: "try:\n    import md5\nexcept ImportError:\n    from hashlib import md5", line: 2 },
    ],
  },
});
