import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** A database (or broker) URL with a user name and an empty password: `postgresql://app:@db/shop`. */
const EMPTY_PW_URL =
  /^(postgres(ql)?|mysql|mariadb|mssql|oracle|cockroachdb|mongodb(\+srv)?|redis|rediss|amqp)(\+\w+)?:\/\/[^:@/\s]+:@/i;

/** The value of `key` in a dict literal (string keys), if present. */
function dictValue(ctx: PythonContext, dict: SyntaxNode, key: string): SyntaxNode | undefined {
  for (const p of namedChildren(dict))
    if (p.type === "pair" && ctx.stringValue(field(p, "key")) === key) return field(p, "value");
  return undefined;
}

export default pyRule({
  meta: {
    id: "PY-DBPASS-001",
    title: "Database login with an empty password",
    cwe: ["CWE-521", "CWE-258"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags database connections given a user and an empty password (password='' / passwd=''), connection URLs of the form scheme://user:@host, and Django DATABASES entries for a networked engine with 'PASSWORD': '' and a HOST.",
      why_bad:
        "A database account without a password accepts anyone who can reach the server; the code only works because the server was left open.",
      example_bad:
        "import mysql.connector\nconn = mysql.connector.connect(host='db', user='app', password='', database='shop')",
      example_good:
        "import os\nimport mysql.connector\nconn = mysql.connector.connect(host='db', user='app', password=os.environ['DB_PASSWORD'], database='shop')",
    },
    fix_hint: "Give the database account a strong password, read it from the environment or a secret store.",
  },
  trigger: /(?:password|passwd|PASSWORD)['"]?\s*[:=]\s*(?:''|"")|:\/\/[\w.-]+:@/,
  nodeTypes: ["call", "pair", "string"],
  detect(node, ctx, report) {
    if (node.type === "string") {
      const v = ctx.stringValue(node);
      if (v && EMPTY_PW_URL.test(v))
        report({ node, message: "connection URL with a user and an empty password" });
      return;
    }
    if (node.type === "pair") {
      // Django: DATABASES = {'default': {'ENGINE': '...mysql', 'USER': 'root', 'PASSWORD': '', 'HOST': 'db'}}.
      if (ctx.stringValue(field(node, "key")) !== "PASSWORD" || ctx.stringValue(field(node, "value")) !== "")
        return;
      const dict = node.parent;
      if (dict?.type !== "dictionary") return;
      const engine = ctx.stringValue(dictValue(ctx, dict, "ENGINE"));
      if (!engine || /sqlite|dummy/i.test(engine)) return;
      // No HOST (or an empty one) means the local socket, where peer authentication is the norm.
      const host = ctx.stringValue(dictValue(ctx, dict, "HOST"));
      if (!host) return;
      report({ node, message: `database account for ${engine.split(".").pop()} with an empty password` });
      return;
    }
    const q = ctx.callee(node);
    if (
      !/(^|\.)(connect|Connect|Connection|\w*Connection|create_pool|create_engine|Redis|StrictRedis)$/.test(q)
    )
      return;
    const pw = ctx.kwarg(node, "password") ?? ctx.kwarg(node, "passwd");
    if (!pw || ctx.stringValue(pw) !== "") return;
    if (!(ctx.kwarg(node, "user") ?? ctx.kwarg(node, "username") ?? ctx.kwarg(node, "login"))) return;
    report({ node, message: `${q.split(".").pop()}() with a user and an empty password` });
  },
  cases: {
    valid: [
      "import os, mysql.connector\nc = mysql.connector.connect(host='db', user='app', password=os.environ['PW'])",
      "import psycopg2\nc = psycopg2.connect(dbname='reports')",
      "from sqlalchemy import create_engine\ne = create_engine('sqlite:///cache.db')",
      "from sqlalchemy import create_engine\ne = create_engine('postgresql://app@db/shop')",
      "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db', 'USER': '', 'PASSWORD': ''}}",
      "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'db', 'PASSWORD': ''}}",
      "password = ''",
      "form = LoginForm(password='')",
    ],
    invalid: [
      {
        code: "import mysql.connector\nc = mysql.connector.connect(host='db', user='app', password='', database='s')",
        line: 2,
      },
      { code: "import pymysql\nc = pymysql.connect(host='db', user='root', passwd='', db='x')", line: 2 },
      {
        code: "from sqlalchemy import create_engine\ne = create_engine('postgresql://app:@db/shop')",
        line: 2,
      },
      { code: "app.config['SQLALCHEMY_DATABASE_URI'] = 'mysql+pymysql://root:@localhost/shop'", line: 1 },
      {
        code: "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.mysql',\n        'USER': 'root',\n        'PASSWORD': '',\n        'HOST': 'db',\n    }\n}",
        line: 5,
      },
    ],
  },
});
