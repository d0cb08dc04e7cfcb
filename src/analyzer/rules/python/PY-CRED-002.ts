import type { SyntaxNode } from "../../parse/index.js";
import { inTestCode, pyRule } from "./common.js";

/** Shapes, and whether a documentation stand-in in that shape ('...EXAMPLE...', 'rzp_live_xxxxxx...') is skipped. */
const TOKENS: [RegExp, string, boolean?][] = [
  [/-----BEGIN ((RSA|DSA|EC|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY( BLOCK)?-----/, "private key"],
  [/\bAKIA[0-9A-Z]{16}\b/, "AWS access key id"],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, "Google API key"],
  [/\bya29\.[0-9A-Za-z_-]{20,}/, "Google OAuth token"],
  [/\bgh[pousr]_[0-9A-Za-z]{36,}\b/, "GitHub token"],
  [/\bxox[abprs]-[0-9A-Za-z-]{10,}/, "Slack token"],
  [/\bsk_live_[0-9a-zA-Z]{24,}/, "Stripe secret key"],
  // OpenAI: the legacy shape carries "T3BlbkFJ" (base64 of "OpenAI") mid-key; project, service-account and admin
  // keys are prefixed.
  [/\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}/, "OpenAI API key", true],
  [/\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}/, "OpenAI API key", true],
  [/\bsk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{40,}/, "Anthropic API key", true],
  [/\brzp_live_[A-Za-z0-9]{14,}\b/, "Razorpay live key", true],
  [/\bMid-server-[A-Za-z0-9_-]{20,}/, "Midtrans server key", true],
  [/\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, "JSON web token"],
  // Chat bot tokens: Discord's (base64 user id, timestamp, HMAC) and Telegram's BotFather token (id:AA...).
  [/\b[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}/, "Discord bot token", true],
  [/\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/, "Telegram bot token", true],
  // Azure storage / Service Bus / Event Hubs connection strings carry the account's shared key in base64.
  [
    /\b(AccountKey|SharedAccessKey)=[A-Za-z0-9+/]{30,}={0,2}/,
    "Azure shared key in a connection string",
    true,
  ],
  // postgresql://admin:Pa55w0rd!@db/prod: a password in a connection URL (not a {placeholder} or "password").
  [
    /\b(postgres(ql)?|mysql|mariadb|mongodb(\+srv)?|rediss?|amqps?|mssql|oracle|sqlserver|ftp|sftp|smtps?)(\+\w+)?:\/\/[^/\s:@'"]+:(?!(password|pass|pwd|secret|\*+|x+)@)[^/\s@'"{}%$<>]{3,}@/i,
    "password in a connection URL",
  ],
];

/** Rows of bare string statements (module, class and function docstrings, attribute docstrings). */
function docRows(nodes: readonly SyntaxNode[]): Set<number> {
  const rows = new Set<number>();
  for (const n of nodes) {
    if (n.type !== "string" || n.parent?.type !== "expression_statement" || n.parent.children.length !== 1)
      continue;
    for (let r = n.startRow; r <= n.endRow; r++) rows.add(r);
  }
  return rows;
}

/** A base64 key body on one of the two lines after a BEGIN marker. */
function keyBody(lines: readonly string[], row: number): boolean {
  return lines.slice(row + 1, row + 3).some((l) => /^\s*[A-Za-z0-9+/]{40,}={0,2}\s*$/.test(l));
}

export default pyRule({
  meta: {
    id: "PY-CRED-002",
    title: "Private key or vendor token embedded in source",
    cwe: ["CWE-798", "CWE-312", "CWE-321"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags source lines that contain a PEM private key or a recognisable vendor credential (AWS, Google, GitHub, Slack, Stripe, OpenAI, Anthropic, Razorpay, Midtrans, JWT, Azure shared keys).",
      why_bad:
        "Embedded keys are readable by anyone with the source or the built package; they cannot be rotated without a release.",
      example_bad: "KEY = '-----BEGIN RSA PRIVATE KEY-----\\nMIIE...\\n-----END RSA PRIVATE KEY-----'",
      example_good: "import os\nKEY = open(os.environ['KEY_FILE']).read()",
    },
    severity_variants: [
      {
        severity: "LOW",
        when: "in test code (a test function, set-up method, fixture, TestCase class or a collection of test vectors): a fixture's key",
      },
    ],
    fix_hint: "Keep keys in a secret store or a file outside the repository and load them at run time.",
  },
  // Text scan of the whole snippet: keys often sit in triple-quoted strings that a cut fragment breaks.
  trigger:
    /-----BEGIN|AKIA|AIza|ya29\.|gh[pousr]_|xox[abprs]-|sk_live_|sk-|rzp_live_|Mid-server-|eyJ|AccountKey=|SharedAccessKey=|:\/\/[^\s/:@'"]+:[^\s/@'"]+@|discord|Discord|DISCORD|:AA(?<=\d{8}:AA)/,
  nodeTypes: ["module"],
  detect(node, ctx, report) {
    const source = ctx.tree.source;
    if (
      !/-----BEGIN|AKIA|AIza|ya29\.|gh[pousr]_|xox[abprs]-|sk_live_|sk-|rzp_live_|Mid-server-|eyJ|AccountKey=|SharedAccessKey=|:\/\/[^\s/:@'"]+:[^\s/@'"]+@|discord|Discord|DISCORD|:AA(?<=\d{8}:AA)/.test(
        source,
      )
    )
      return;
    const lines = source.split("\n");
    const starts: number[] = [];
    lines.reduce((o, l) => (starts.push(o), o + l.length + 1), 0);
    const doc = docRows(ctx.tree.nodes);
    lines.forEach((line, row) => {
      if (/^\s*#/.test(line)) return;
      for (const [re, what, skipStandIn] of TOKENS) {
        const m = re.exec(line);
        // A bare string statement (a docstring) shows the shape of a URL or key file: a connection URL there is an
        // example, a key marker there names the format unless a key body follows it.
        if (
          m &&
          doc.has(row) &&
          (what === "password in a connection URL" || (what === "private key" && !keyBody(lines, row)))
        )
          return;
        // `b"-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + b"-----END ..."`: the armour line alone in its
        // string, written around a key the code produces (an exporter), with no key body after it.
        if (
          m &&
          what === "private key" &&
          /^(\\r)?(\\n)?['"]/.test(line.slice(m.index + m[0].length)) &&
          !keyBody(lines, row) &&
          // ... not a key split over adjacent literals, one quoted base64 line each.
          !lines
            .slice(row + 1, row + 3)
            .some((l) => /^\s*[bBrRuU]?['"][A-Za-z0-9+/]{40,}={0,2}(\\n)?['"]/.test(l))
        )
          return;
        if (m && !(skipStandIn && /example|x{6,}/i.test(m[0]))) {
          // A key a test holds (a TestCase's fixture key, a known-answer vector) signs nothing deployed: LOW,
          // like PY-CRED-001's fixture credentials.
          const at = (starts[row] ?? 0) + m.index;
          const str = ctx.tree.nodes.find((n) => n.type === "string" && n.start <= at && n.end > at);
          report({
            node,
            at: { row, col: m.index },
            message: `${what} embedded in source`,
            ...(str && inTestCode(ctx, str) ? { severity: "LOW" as const } : {}),
          });
          return;
        }
      }
    });
  },
  cases: {
    valid: [
      "client.run(os.environ['DISCORD_TOKEN'])",
      "TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.EXAMPL.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
      "DSN = 'postgresql://user:password@localhost/db'",
      "url = f'postgresql://{user}:{pw}@{host}/db'",
      "x = 'BEGIN PUBLIC KEY'",
      "def export(blob, wrap):\n    return (b'-----BEGIN OPENSSH PRIVATE KEY-----\\n' +\n            wrap(blob) +\n            b'-----END OPENSSH PRIVATE KEY-----\\n')",
      "PEM_HEADER = '-----BEGIN RSA PRIVATE KEY-----'",
      "k = os.environ['KEY']",
      "# see -----BEGIN PRIVATE KEY----- format docs",
      "KEYS = {'razorpay': 'rzp_live_SnDTaexampleiDt'}",
      "KEYS = {'midtrans': 'Mid-server-GwUP_WEXAMPLEzsNEBRs8IYA'}",
      "CONN = 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=' + os.environ['AZ_KEY']",
      "def ask(prompt):\n    return prompt.split('sk-')[0]",
      'def make(url):\n    """Build one, e.g. ``make("mysql://scott:tiger@localhost/test")``."""\n    return url',
      '"""Key files look like::\n\n    -----BEGIN OPENSSH PRIVATE KEY-----\n    <base64 body>\n"""',
    ],
    invalid: [
      "import discord\nclient = discord.Client(intents=discord.Intents.default())\nclient.run('MTE5ODc2NTQzMjEwOTg3NjU0.GxYzAb.q8Wv3kLm9NpRs2TtUu7VvXx1YyZz0AaBbCcDdE')",
      "app = Application.builder().token('6123456789:AAHk3pQz9XvB2mLwT8rN4sYc7dFj1gK0eUo').build()",
      {
        // A TestCase's signing key: a fixture (LOW).
        code: 'import unittest\nclass SignTestCase(unittest.TestCase):\n    KEY = """\n-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBGBjI0ABDADGWBRp+t02emfzUlhrc1psqIhhecFm6Em0Kv33cfDpnfoMF1tK\n"""\n    def test_sign(self):\n        self.assertTrue(sign(self.KEY, b\'x\'))',
        line: 4,
        severity: "LOW",
      },
      "from sqlalchemy import create_engine\nengine = create_engine('postgresql://admin:Pa55w0rd!@db.example.com:5432/prod')",
      "k = '-----BEGIN PRIVATE KEY-----\\nabc\\n-----END PRIVATE KEY-----'",
      "KEY = ('-----BEGIN RSA PRIVATE KEY-----\\n'\n       'MIIEowIBAAKCAQEAx1f3Qy8rZ0hT5kLmN2pW9vB4cD6eF7gH8iJ0kL1mN2oP3qR\\n'\n       '-----END RSA PRIVATE KEY-----\\n')",
      "g = 'AIzaSyBz7r2Kz6x7wO1zV9_O5Rcxmt8NahJ6kos'",
      "HEADERS = {'Authorization': 'Bearer sk-proj-Zq4rT7uVw2xY9aBcD3eFgH5iJkL8mNoP1qRsT6uVwXyZ0aBc'}",
      "UPSTREAMS = [('payments', 'rzp_live_Q8mZt2KcVw1RsT')]",
      "CONN = 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=cXVpY2ticm93bmZveGp1bXBzb3ZlcnRoZWxhenk=;EndpointSuffix=core.windows.net'",
      'cert = """\n-----BEGIN PRIVATE KEY-----\nMIIC',
      '"""Test key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx1f3Qy8rZ0hT5kLmN2pW9vB4cD6eF7gH8iJ0kL1mN2oP3qR\n"""',
      '"""Uses the reporting DB."""\nDB = create_engine("postgresql://report:Xq9!vLm2@db/prod")',
    ],
  },
});
