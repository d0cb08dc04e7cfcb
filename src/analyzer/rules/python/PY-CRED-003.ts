import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { authorContextIgnored, type Report } from "../../rule.js";
import { anonymousLogin, inTestCode, lexerToken, pyRule } from "./common.js";

/** A name or key that holds a password or secret the code receives. */
const SECRET =
  /^(pass(word|wd|phrase)?|pwd|pw|secret|api_?key|token|auth_?token|access_?token|admin_?pass(word)?)$/i;
/** Literals that are placeholders or sentinels, not credentials. */
const PLACEHOLDER =
  /^(|none|null|nil|true|false|undefined|changeme|\*+|x+|your[_-].*|<.*>|\$\{.*\}|%s|\{\})$/i;

/** The secret-holding name an expression reads: `password`, `form['password']`, `args.get('pwd')`, `self.password`. */
function secretName(ctx: PythonContext, n: SyntaxNode): string | undefined {
  let name: string | undefined;
  if (n.type === "identifier") name = ctx.text(n);
  else if (n.type === "attribute") name = ctx.text(field(n, "attribute") ?? n);
  else if (n.type === "subscript") name = ctx.stringValue(field(n, "subscript"));
  else if (n.type === "call" && ctx.method(n) === "get") name = ctx.stringValue(ctx.args(n)[0]);
  return name !== undefined && SECRET.test(name) ? name : undefined;
}

/** A lexer's token kind: one short lower-case word, or that word and the space before its arguments. */
const LEXER_KIND = /^[a-z]{1,10} ?$/;

export default pyRule({
  meta: {
    id: "PY-CRED-003",
    title: "Password or token compared with, or logged in with, a hard-coded value",
    cwe: ["CWE-798", "CWE-259"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "LOW",
        when: "in test code (a test function, set-up method, fixture or TestCase class): a fixture's credential",
      },
    ],
    docs: {
      what_it_does:
        "Flags a password, secret or token (a variable, attribute, request field or .get() named so) compared with a non-empty string literal, with == / != or hmac.compare_digest, and a literal password passed to a login()/bind() call (smtplib, ftplib, imaplib, LDAP) or to the ftplib.FTP / FTP_TLS constructor.",
      why_bad:
        "The accepted credential is in the source: anyone with the code, a backup or the package can log in, and it cannot be rotated without a release.",
      example_bad: "def check_admin(password):\n    return password == 'hunter2!'",
      example_good:
        "import hmac, os\ndef check_admin(password):\n    return hmac.compare_digest(password, os.environ['ADMIN_PASSWORD'])",
    },
    fix_hint: "Compare against a salted hash kept in a secret store or the user database, never a literal.",
  },
  trigger:
    /(pass\w*|pwd|pw|secret|token|api_?key)['"]?\]?\)?\s*[!=]=\s*['"]|(?<=['"]\s*)[!=]=\s*[\w.[\]'"]*(pass|pwd|secret|token)|compare_digest|\.(login|auth|authenticate|simple_bind_s|bind_s|bind)\(\s*[^,()]+,\s*['"]|SSHClient|FTP(_TLS)?\(/i,
  nodeTypes: ["comparison_operator", "call"],
  detect(node, ctx, emit) {
    const report = (r: Report) => emit(inTestCode(ctx, r.node) ? { ...r, severity: "LOW" } : r);
    let pair: readonly SyntaxNode[];
    if (node.type === "call" && /^(login|auth|authenticate|simple_bind_s|bind_s)$/.test(ctx.method(node))) {
      // smtplib/ftplib/imaplib/poplib .login(user, 'literal'), LDAP bind(dn, 'literal')
      const pw = ctx.arg(node, 1, "password") ?? ctx.kwarg(node, "passwd");
      const value = ctx.stringValue(ctx.resolve(pw));
      if (value !== undefined && value.length >= 4 && !PLACEHOLDER.test(value) && !anonymousLogin(ctx, node))
        report({ node, message: `${ctx.method(node)}() is given a hard-coded password` });
      return;
    }
    if (node.type === "call" && /^ftplib\.(FTP|FTP_TLS)$/.test(ctx.callee(node))) {
      // ftplib.FTP(host, user, passwd): the constructor logs in when it is given the credentials.
      const value = ctx.stringValue(ctx.resolve(ctx.arg(node, 2, "passwd")));
      if (value !== undefined && value.length >= 4 && !PLACEHOLDER.test(value) && !anonymousLogin(ctx, node))
        report({ node, message: `${ctx.callee(node)}() is given a hard-coded password` });
      return;
    }
    if (node.type === "call" && ctx.method(node) === "connect" && sourceHas(ctx.tree, /paramiko/)) {
      // paramiko SSHClient.connect(hostname, port, username, password): the fourth positional is the password.
      const value = ctx.stringValue(ctx.resolve(ctx.args(node)[3]));
      if (value !== undefined && value.length >= 4 && !PLACEHOLDER.test(value))
        report({ node, message: "SSH connect() is given a hard-coded password" });
      return;
    }
    if (node.type === "call") {
      if (ctx.callee(node) !== "hmac.compare_digest" && ctx.callee(node) !== "secrets.compare_digest") return;
      pair = ctx.args(node);
    } else {
      const ops = node.children.filter((c) => !c.named).map((c) => c.type);
      if (ops.length !== 1 || (ops[0] !== "==" && ops[0] !== "!=")) return;
      pair = namedChildren(node);
    }
    if (pair.length !== 2) return;
    for (const [a, b] of [
      [pair[0], pair[1]],
      [pair[1], pair[0]],
    ] as const) {
      const value = ctx.stringValue(b);
      if (value === undefined || value.length < 4 || PLACEHOLDER.test(value)) continue;
      const name = a && secretName(ctx, a);
      // A bare `token` compared with a short lower-case word is a lexer's token kind (`token == 'async'`), with the
      // space a template lexer keeps after a keyword that takes arguments (`token == 'def '`).
      if (name && /^token$/i.test(name) && LEXER_KIND.test(value)) continue;
      // ...and with an upper-case keyword of a file format (`token == 'MATRIX'`, `token != 'ENDBLOCK'`): a secret
      // has digits, mixed case or symbols, a format's block and command names are one upper-case word. Not in an
      // answer: there the author picks both the name and the literal (`token == 'LETMEIN'`).
      if (name && /^token$/i.test(name) && /^[A-Z][A-Z_]{3,23}$/.test(value) && !authorContextIgnored(ctx))
        continue;
      // A word a lexer read from a file or command line (`token = lex.get_token()`) compared with an option's name.
      if (name && a && lexerToken(ctx, a)) continue;
      if (name) {
        report({ node, message: `${name} is checked against a hard-coded value` });
        return;
      }
    }
  },
  cases: {
    valid: [
      // An anonymous FTP login: the password is an e-mail address by convention, the data public.
      "import ftplib\ndef ls(h):\n    ftp = ftplib.FTP(h, 'anonymous', 'guest@example.org')\n    ftp.login('anonymous', 'guest@example.org')\n    return ftp.nlst()",
      "import ftplib, os\nftp = ftplib.FTP_TLS('backup.example.net', 'nightly', os.environ['FTP_PW'])",
      "import paramiko\nssh = paramiko.SSHClient()\nssh.connect('db', 22, 'deploy', key_filename='/k')",
      "def check(password, stored):\n    return password == stored",
      "import os, smtplib\ns = smtplib.SMTP_SSL('h')\ns.login('a@b.c', os.environ['SMTP_PASSWORD'])",
      "def empty(password):\n    return password == ''",
      "def mode(kind):\n    return kind == 'password'",
      "import os\ndef check(token):\n    return token == os.environ['TOKEN']",
      "def kind(token):\n    return 'kw' if token == 'async' else 'name'",
      "def block(lexer):\n    token = lexer.next_token_ucase()\n    while token != 'ENDBLOCK':\n        if token == 'MATCHCHAR':\n            lexer.skip()\n        token = lexer.next_token_ucase()",
      "import shlex\ndef parse(fp):\n    args = {}\n    lex = shlex.shlex(fp, posix=True)\n    token = lex.get_token()\n    while token:\n        if token in ('no-cc', 'cc'):\n            args['nocc'] = token == 'no-cc'\n        token = lex.get_token()\n    return args",
    ],
    invalid: [
      "import ftplib\nftp = ftplib.FTP_TLS('backup.example.net', 'nightly', 'Bkp#2023-nightly')",
      {
        code: "import paramiko\nssh = paramiko.SSHClient()\nssh.connect('db', 22, 'deploy', 'Depl0y!Pass')",
        line: 3,
      },
      "def check_admin(password):\n    if password == 'admin123':\n        return True",
      "from flask import request\nok = request.form['password'] == 'P@ssw0rd'",
      "import smtplib\ns = smtplib.SMTP_SSL('smtp.example.com')\ns.login('alerts@example.com', 'gm41l-app-pass')",
      "import hmac\ndef check(token):\n    return hmac.compare_digest(token, 's3cr3t-t0ken')",
      "def check(token):\n    return token == 'X7KQ2M9PLR'",
      {
        code: "import smtplib, unittest\nclass MailTest(unittest.TestCase):\n    def setUp(self):\n        smtplib.SMTP('localhost').login('t@example.com', 'fixture-pw-2')",
        line: 4,
        severity: "LOW",
      },
    ],
  },
});
