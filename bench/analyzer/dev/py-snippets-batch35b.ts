// Dev suite "py-snippets", batch 35b (see py-snippets.ts): the same Q&A/tutorial style as batch 35, written after
// batch 35 measured 29/29 with no false positive, to push on the harder shapes of that style: a local
// commands-style run(cmd) helper, a DB wrapper class whose query(sql) method is the sink, a value kept on self by
// one method and put into SQL by another, aiosqlite and asyncpg execute, yaml.load with the full Loader,
// jsonpickle and marshal on received bytes, SSLContext with verification turned off by hand, hashlib.new("md5"),
// random.choice tokens, jinja2 templates built from user text, importlib on a request parameter, SMTP logins
// without TLS, and zipfile.extractall (which strips "..", so safe). Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH35B: DevCase[] = [
  bad(
    "CWE-78",
    "batch35b: local run(cmd) helper around os.popen called with a sys.argv file name",
    src`
import os
import sys


def run(cmd):
    return os.popen(cmd).read().strip()


def main():
    print(run("wc -l " + sys.argv[1]))


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-78",
    "batch35b: local run(cmd) helper around os.popen called with constant commands only",
    src`
import os


def run(cmd):
    return os.popen(cmd).read().strip()


def main():
    print("kernel:", run("uname -r"))
    print("uptime:", run("uptime -p"))


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-78",
    "batch35b: argparse grep wrapper joins the pattern and files into a shell string",
    src`
import argparse
import subprocess

parser = argparse.ArgumentParser()
parser.add_argument("pattern")
parser.add_argument("files", nargs="+")
args = parser.parse_args()

cmd = "grep -n '%s' %s" % (args.pattern, " ".join(args.files))
proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
print(proc.communicate()[0].decode())
`,
  ),
  good(
    "CWE-78",
    "batch35b: argparse grep wrapper passes an argument list with -e and --",
    src`
import argparse
import subprocess

parser = argparse.ArgumentParser()
parser.add_argument("pattern")
parser.add_argument("files", nargs="+")
args = parser.parse_args()

proc = subprocess.Popen(["grep", "-n", "-e", args.pattern, "--", *args.files], stdout=subprocess.PIPE)
print(proc.communicate()[0].decode())
`,
  ),
  bad(
    "CWE-89",
    "batch35b: DB wrapper class whose query(sql) runs a string built from input()",
    src`
import sqlite3


class DB:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def query(self, sql):
        cur = self.conn.cursor()
        cur.execute(sql)
        return cur.fetchall()


db = DB("library.db")
author = input("Author: ")
for title, year in db.query("SELECT title, year FROM books WHERE author = '" + author + "'"):
    print(title, year)
`,
  ),
  good(
    "CWE-89",
    "batch35b: DB wrapper class whose query(sql, params) binds input() as a parameter",
    src`
import sqlite3


class DB:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def query(self, sql, params=()):
        cur = self.conn.cursor()
        cur.execute(sql, params)
        return cur.fetchall()


db = DB("library.db")
author = input("Author: ")
for title, year in db.query("SELECT title, year FROM books WHERE author = ?", (author,)):
    print(title, year)
`,
  ),
  bad(
    "CWE-89",
    "batch35b: UserManager keeps the login name on self and a later method puts it in SQL",
    src`
import sqlite3


class UserManager:
    def __init__(self, conn):
        self.conn = conn
        self.current = None

    def login(self, username):
        self.current = username

    def my_orders(self):
        sql = "SELECT id, total FROM orders WHERE owner = '%s'" % self.current
        return self.conn.execute(sql).fetchall()


if __name__ == "__main__":
    m = UserManager(sqlite3.connect("shop.db"))
    m.login(input("user: "))
    print(m.my_orders())
`,
  ),
  good(
    "CWE-89",
    "batch35b: UserManager keeps the login name on self and binds it as a parameter",
    src`
import sqlite3


class UserManager:
    def __init__(self, conn):
        self.conn = conn
        self.current = None

    def login(self, username):
        self.current = username

    def my_orders(self):
        return self.conn.execute("SELECT id, total FROM orders WHERE owner = ?", (self.current,)).fetchall()


if __name__ == "__main__":
    m = UserManager(sqlite3.connect("shop.db"))
    m.login(input("user: "))
    print(m.my_orders())
`,
  ),
  bad(
    "CWE-89",
    "batch35b: aiosqlite execute with an f-string from the aiohttp route",
    src`
import aiosqlite
from aiohttp import web


async def get_note(request):
    note_id = request.match_info["id"]
    async with aiosqlite.connect("notes.db") as db:
        async with db.execute(f"SELECT body FROM notes WHERE id = {note_id}") as cur:
            row = await cur.fetchone()
    return web.json_response({"body": row[0] if row else None})
`,
  ),
  good(
    "CWE-89",
    "batch35b: aiosqlite execute with a ? parameter",
    src`
import aiosqlite
from aiohttp import web


async def get_note(request):
    note_id = request.match_info["id"]
    async with aiosqlite.connect("notes.db") as db:
        async with db.execute("SELECT body FROM notes WHERE id = ?", (note_id,)) as cur:
            row = await cur.fetchone()
    return web.json_response({"body": row[0] if row else None})
`,
  ),
  bad(
    "CWE-89",
    "batch35b: asyncpg pool execute with % formatting of a posted value",
    src`
from aiohttp import web


async def rename(request):
    data = await request.json()
    pool = request.app["pool"]
    async with pool.acquire() as conn:
        await conn.execute("UPDATE projects SET name = '%s' WHERE id = %d" % (data["name"], int(data["id"])))
    return web.json_response({"ok": True})
`,
  ),
  good(
    "CWE-89",
    "batch35b: asyncpg pool execute with $1 and $2 placeholders",
    src`
from aiohttp import web


async def rename(request):
    data = await request.json()
    pool = request.app["pool"]
    async with pool.acquire() as conn:
        await conn.execute("UPDATE projects SET name = $1 WHERE id = $2", data["name"], int(data["id"]))
    return web.json_response({"ok": True})
`,
  ),
  bad(
    "CWE-502",
    "batch35b: yaml.load with yaml.Loader on a request body",
    src`
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def upload_config():
    cfg = yaml.load(request.data, Loader=yaml.Loader)
    return {"keys": sorted(cfg)}
`,
  ),
  good(
    "CWE-502",
    "batch35b: yaml.load with yaml.SafeLoader on a request body",
    src`
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def upload_config():
    cfg = yaml.load(request.data, Loader=yaml.SafeLoader)
    return {"keys": sorted(cfg)}
`,
  ),
  bad(
    "CWE-502",
    "batch35b: jsonpickle.decode of an aiohttp request body",
    src`
import jsonpickle
from aiohttp import web


async def restore(request):
    state = jsonpickle.decode(await request.text())
    request.app["state"] = state
    return web.json_response({"restored": True})
`,
  ),
  bad(
    "CWE-502",
    "batch35b: marshal.loads of bytes read from a client socket",
    src`
import marshal
import socketserver


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        payload = self.request.recv(65536)
        job = marshal.loads(payload)
        self.request.sendall(repr(job).encode())


socketserver.TCPServer(("0.0.0.0", 7000), Handler).serve_forever()
`,
  ),
  bad(
    "CWE-295",
    "batch35b: SSLContext with check_hostname off and CERT_NONE for an HTTPS client",
    src`
import http.client
import ssl

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE

conn = http.client.HTTPSConnection("api.example.com", context=ctx)
conn.request("GET", "/v1/health")
print(conn.getresponse().read())
`,
  ),
  good(
    "CWE-295",
    "batch35b: SSLContext for an HTTPS client with the system CAs loaded",
    src`
import http.client
import ssl

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.load_default_certs()

conn = http.client.HTTPSConnection("api.example.com", context=ctx)
conn.request("GET", "/v1/health")
print(conn.getresponse().read())
`,
  ),
  bad(
    "CWE-328",
    "batch35b: password checked against hashlib.new('md5') digests",
    src`
import hashlib


def check_password(stored_hex, password):
    return hashlib.new("md5", password.encode("utf-8")).hexdigest() == stored_hex
`,
  ),
  good(
    "CWE-328",
    "batch35b: password checked with scrypt and compare_digest",
    src`
import hashlib
import hmac


def check_password(stored_hex, salt, password):
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1)
    return hmac.compare_digest(digest.hex(), stored_hex)
`,
  ),
  bad(
    "CWE-338",
    "batch35b: password reset token from random.choice over letters and digits",
    src`
import random
import string


def make_reset_token(length=32):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))
`,
  ),
  good(
    "CWE-338",
    "batch35b: password reset token from secrets.choice over letters and digits",
    src`
import secrets
import string


def make_reset_token(length=32):
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))
`,
  ),
  bad(
    "CWE-1336",
    "batch35b: jinja2 Template built from the posted greeting text",
    src`
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview():
    tpl = Template("<p>" + request.form["greeting"] + "</p>")
    return tpl.render(user="guest")
`,
  ),
  good(
    "CWE-1336",
    "batch35b: fixed jinja2 template renders the posted greeting as a variable",
    src`
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment(autoescape=True)
TPL = env.from_string("<p>{{ greeting }}</p>")


@app.route("/preview", methods=["POST"])
def preview():
    return TPL.render(greeting=request.form["greeting"], user="guest")
`,
  ),
  bad(
    "CWE-470",
    "batch35b: importlib.import_module on the plugin name from the query string",
    src`
import importlib

from flask import Flask, request

app = Flask(__name__)


@app.route("/run")
def run_plugin():
    mod = importlib.import_module(request.args["plugin"])
    return str(mod.run())
`,
  ),
  good(
    "CWE-470",
    "batch35b: plugin name looked up in a fixed table of imported modules",
    src`
from flask import Flask, abort, request

import plugins.csv_export
import plugins.pdf_export

app = Flask(__name__)
PLUGINS = {"csv": plugins.csv_export, "pdf": plugins.pdf_export}


@app.route("/run")
def run_plugin():
    mod = PLUGINS.get(request.args.get("plugin", ""))
    if mod is None:
        abort(404)
    return str(mod.run())
`,
  ),
  bad(
    "CWE-319",
    "batch35b: script logs in to SMTP on port 25 without STARTTLS",
    src`
import os
import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["From"] = "reports@example.com"
msg["To"] = "team@example.com"
msg["Subject"] = "Nightly report"
msg.set_content("See attached.")

server = smtplib.SMTP("mail.example.com", 25)
server.login("reports@example.com", os.environ["SMTP_PASSWORD"])
server.send_message(msg)
server.quit()
`,
  ),
  good(
    "CWE-319",
    "batch35b: script logs in to SMTP over SMTP_SSL with a default context",
    src`
import os
import smtplib
import ssl
from email.message import EmailMessage

msg = EmailMessage()
msg["From"] = "reports@example.com"
msg["To"] = "team@example.com"
msg["Subject"] = "Nightly report"
msg.set_content("See attached.")

server = smtplib.SMTP_SSL("mail.example.com", 465, context=ssl.create_default_context())
server.login("reports@example.com", os.environ["SMTP_PASSWORD"])
server.send_message(msg)
server.quit()
`,
  ),
  good(
    "CWE-22",
    "batch35b: zipfile.extractall of an uploaded archive (zipfile drops '..' and absolute parts)",
    src`
import io
import zipfile

from flask import Flask, request

app = Flask(__name__)


@app.route("/themes", methods=["POST"])
def install_theme():
    with zipfile.ZipFile(io.BytesIO(request.files["theme"].read())) as zf:
        zf.extractall("/srv/app/themes/incoming")
    return {"ok": True}
`,
  ),
  bad(
    "CWE-22",
    "batch35b: aiohttp FileResponse for os.path.join of the requested name",
    src`
import os

from aiohttp import web

STATIC = "/srv/static"


async def asset(request):
    return web.FileResponse(os.path.join(STATIC, request.query["file"]))
`,
  ),
  bad(
    "CWE-732",
    "batch35b: script sets rwx for user, group and others with stat flags",
    src`
import os
import stat
import sys

os.chmod(sys.argv[1], stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
`,
  ),
  good(
    "CWE-732",
    "batch35b: script sets rw for the owner only with stat flags",
    src`
import os
import stat
import sys

os.chmod(sys.argv[1], stat.S_IRUSR | stat.S_IWUSR)
`,
  ),
];
