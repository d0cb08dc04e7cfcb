// Dev suite "py-rules", batch 36 (format in py-rules.ts): written after batch 35's fixes, before any further fix:
// the string-building checks of the probe (SQL text, shell commands, URLs opened) where the fixtures leave the
// value unknown, here with request data reaching them through the shapes real code uses: a query-builder helper,
// a class attribute set in __init__, a dict of commands, a list comprehension of placeholders, a URL joined from
// a base and a path. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH36: DevCase[] = [
  ...rules(
    "CWE-89",
    "batch36: SQL text built by helpers",
    `
import sqlite3
from flask import Flask, request

app = Flask(__name__)


def where_clause(field, value):
    return "WHERE %s = '%s'" % (field, value)


def placeholders(values):
    return ", ".join("?" for _ in values)


@app.route("/search")
def search():
    db = sqlite3.connect("/srv/shop.db")
    clause = where_clause("sku", request.args.get("sku", ""))
    return {"rows": db.execute("SELECT * FROM items " + clause).fetchall()} # VULN


@app.route("/bulk")
def bulk():
    ids = request.args.getlist("id")
    db = sqlite3.connect("/srv/shop.db")
    sql = "SELECT * FROM items WHERE id IN (%s)" % placeholders(ids)
    return {"rows": db.execute(sql, ids).fetchall()} # SAFE


@app.route("/bulk2")
def bulk2():
    ids = request.args.getlist("id")
    db = sqlite3.connect("/srv/shop.db")
    sql = "SELECT * FROM items WHERE id IN (%s)" % ", ".join(ids)
    return {"rows": db.execute(sql).fetchall()} # VULN
`,
  ),
  ...rules(
    "CWE-89",
    "batch36: SQL from an attribute set in __init__",
    `
import psycopg2
from flask import Flask, request

app = Flask(__name__)


class Report:
    def __init__(self, region):
        self.region = region
        self.conn = psycopg2.connect("dbname=reports")

    def totals(self):
        with self.conn.cursor() as cur:
            cur.execute(f"SELECT sum(total) FROM sales WHERE region = '{self.region}'") # VULN
            return cur.fetchone()

    def totals_bound(self):
        with self.conn.cursor() as cur:
            cur.execute("SELECT sum(total) FROM sales WHERE region = %s", (self.region,)) # SAFE
            return cur.fetchone()


@app.route("/totals")
def totals():
    r = Report(request.args.get("region", "eu"))
    return {"a": r.totals(), "b": r.totals_bound()}
`,
  ),
  ...rules(
    "CWE-78",
    "batch36: commands from a dict and argument lists",
    `
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
ACTIONS = {"restart": "systemctl restart web", "status": "systemctl status web"}


@app.route("/action")
def action():
    cmd = ACTIONS.get(request.args.get("do", ""))
    if cmd is None:
        abort(404)
    return subprocess.check_output(cmd, shell=True) # SAFE


@app.route("/action2")
def action2():
    unit = request.args.get("unit", "web")
    return subprocess.check_output("systemctl status " + unit, shell=True) # VULN


@app.route("/action3")
def action3():
    unit = request.args.get("unit", "web")
    return subprocess.check_output(["systemctl", "status", "--", unit]) # SAFE


@app.route("/grep")
def grep():
    words = request.args.getlist("w")
    pattern = "|".join(words)
    return subprocess.check_output("grep -E '%s' /var/log/web.log" % pattern, shell=True) # VULN
`,
  ),
  ...rules(
    "CWE-918",
    "batch36: URLs joined from a base and a request path",
    `
import urllib.request
from urllib.parse import urljoin, quote
import requests
from flask import Flask, request

app = Flask(__name__)
API = "https://api.partner.example/v1/"


@app.route("/proxy")
def proxy():
    target = urljoin(API, request.args.get("path", ""))
    return requests.get(target, timeout=5).text # VULN


@app.route("/proxy2")
def proxy2():
    target = API + "items/" + quote(request.args.get("id", ""), safe="")
    return requests.get(target, timeout=5).text # SAFE


@app.route("/fetch")
def fetch():
    url = request.args.get("url", "")
    with urllib.request.urlopen(url, timeout=5) as fh: # VULN
        return fh.read()
`,
  ),
];
