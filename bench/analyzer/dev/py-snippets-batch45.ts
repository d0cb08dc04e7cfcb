// Dev suite "py-snippets", batch 45 (see py-snippets.ts): written blind, measured before any fix it prompted. Short
// Python samples written to show one CWE each, the way a model or tutorial answers "write a function that ...":
// plain functions with a docstring, argparse scripts, small Flask / FastAPI / Django views, classes, asyncio code,
// code reading its settings from the environment. Weighted to the CWE Top 25 (2023/2024) and the MITRE/SANS
// classics, spelled less tidily: module aliases (import subprocess as sp, from os import popen as run), wrappers,
// values passed through a helper, f-strings / format / % / join, library calls tutorials rarely show. Each positive
// stands beside a fixed twin or a safe look-alike. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH45: DevCase[] = [
  // ---------------- CWE-79 cross-site scripting ----------------
  bad(
    "CWE-79",
    "batch45: Flask greet view returns an f-string with the name from the query string",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.get("/hello")
def hello():
    name = request.args.get("name", "guest")
    return f"<h1>Hello, {name}!</h1>"
`,
  ),
  good(
    "CWE-79",
    "batch45: Flask greet view escapes the name with markupsafe.escape before the f-string",
    src`
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/hello")
def hello():
    name = request.args.get("name", "guest")
    return f"<h1>Hello, {escape(name)}!</h1>"
`,
  ),
  bad(
    "CWE-79",
    "batch45: FastAPI search echoes the query inside an HTMLResponse built with str.format",
    src`
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
PAGE = "<html><body><p>No results for {q}</p></body></html>"


@app.get("/search", response_class=HTMLResponse)
async def search(q: str = ""):
    return HTMLResponse(PAGE.format(q=q))
`,
  ),
  good(
    "CWE-79",
    "batch45: FastAPI search passes the query through html.escape before formatting the page",
    src`
import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
PAGE = "<html><body><p>No results for {q}</p></body></html>"


@app.get("/search", response_class=HTMLResponse)
async def search(q: str = ""):
    return HTMLResponse(PAGE.format(q=html.escape(q)))
`,
  ),
  bad(
    "CWE-79",
    "batch45: Django view marks a comment body safe with mark_safe and renders it",
    src`
from django.http import HttpResponse
from django.utils.safestring import mark_safe
from django.template import Template, Context


def preview(request):
    body = request.POST.get("body", "")
    tpl = Template("<div class='comment'>{{ body }}</div>")
    return HttpResponse(tpl.render(Context({"body": mark_safe(body)})))
`,
  ),
  good(
    "CWE-79",
    "batch45: Django view renders the comment body through the auto-escaping template",
    src`
from django.http import HttpResponse
from django.template import Template, Context


def preview(request):
    body = request.POST.get("body", "")
    tpl = Template("<div class='comment'>{{ body }}</div>")
    return HttpResponse(tpl.render(Context({"body": body})))
`,
  ),
  bad(
    "CWE-79",
    "batch45: helper builds an HTML table row by join from a request's form values",
    src`
from flask import Flask, request

app = Flask(__name__)


def row(cells):
    return "<tr>" + "".join("<td>%s</td>" % c for c in cells) + "</tr>"


@app.post("/preview-row")
def preview_row():
    cells = [request.form.get("a", ""), request.form.get("b", "")]
    return "<table>" + row(cells) + "</table>"
`,
  ),
  bad(
    "CWE-79",
    "batch45: Jinja2 Environment built with autoescape=False renders a user bio",
    src`
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment(autoescape=False)


@app.route("/bio")
def bio():
    text = request.args.get("bio", "")
    return env.from_string("<section>{{ bio }}</section>").render(bio=text)
`,
  ),
  good(
    "CWE-79",
    "batch45: Jinja2 Environment with select_autoescape renders the bio escaped",
    src`
from flask import Flask, request
from jinja2 import Environment, select_autoescape

app = Flask(__name__)
env = Environment(autoescape=select_autoescape(default_for_string=True, default=True))


@app.route("/bio")
def bio():
    text = request.args.get("bio", "")
    return env.from_string("<section>{{ bio }}</section>").render(bio=text)
`,
  ),
  bad(
    "CWE-79",
    "batch45: Flask make_response with an error page that includes the bad path the user asked for",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)


@app.errorhandler(404)
def not_found(e):
    resp = make_response("<p>Page %s was not found</p>" % request.path, 404)
    resp.headers["Content-Type"] = "text/html"
    return resp
`,
  ),
  good(
    "CWE-79",
    "batch45: Flask returns the user's note as JSON with jsonify, no HTML",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/echo")
def echo():
    note = request.get_json(force=True).get("note", "")
    return jsonify({"note": note, "length": len(note)})
`,
  ),
  // ---------------- CWE-89 SQL injection ----------------
  bad(
    "CWE-89",
    "batch45: get_user builds the SELECT with % formatting from its username parameter (sqlite3)",
    src`
import sqlite3


def get_user(db_path, username):
    """Fetch a user row by name."""
    conn = sqlite3.connect(db_path)
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users WHERE name = '%s'" % username)
    return cur.fetchone()
`,
  ),
  good(
    "CWE-89",
    "batch45: get_user passes the username as a ? parameter (sqlite3)",
    src`
import sqlite3


def get_user(db_path, username):
    """Fetch a user row by name."""
    conn = sqlite3.connect(db_path)
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users WHERE name = ?", (username,))
    return cur.fetchone()
`,
  ),
  bad(
    "CWE-89",
    "batch45: psycopg2 report sorts by a column name taken from the request, via a helper that builds the query",
    src`
import psycopg2
from flask import Flask, request

app = Flask(__name__)


def build_query(order):
    return "SELECT id, title, created FROM posts ORDER BY " + order


@app.get("/posts")
def posts():
    conn = psycopg2.connect("dbname=blog")
    with conn.cursor() as cur:
        cur.execute(build_query(request.args.get("order", "created")))
        return {"rows": cur.fetchall()}
`,
  ),
  good(
    "CWE-89",
    "batch45: psycopg2 report maps the requested sort key through a fixed dict of columns",
    src`
import psycopg2
from flask import Flask, request

app = Flask(__name__)
ORDER = {"created": "created", "title": "title"}


def build_query(order):
    return "SELECT id, title, created FROM posts ORDER BY " + ORDER.get(order, "created")


@app.get("/posts")
def posts():
    conn = psycopg2.connect("dbname=blog")
    with conn.cursor() as cur:
        cur.execute(build_query(request.args.get("order", "created")))
        return {"rows": cur.fetchall()}
`,
  ),
  bad(
    "CWE-89",
    "batch45: SQLAlchemy text() with an f-string of the search term (FastAPI)",
    src`
from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///shop.db")


@app.get("/products")
def products(term: str):
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT name, price FROM products WHERE name LIKE '%{term}%'"))
        return [dict(r._mapping) for r in rows]
`,
  ),
  good(
    "CWE-89",
    "batch45: SQLAlchemy text() with a bound :term parameter (FastAPI)",
    src`
from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///shop.db")


@app.get("/products")
def products(term: str):
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT name, price FROM products WHERE name LIKE :t"), {"t": f"%{term}%"})
        return [dict(r._mapping) for r in rows]
`,
  ),
  bad(
    "CWE-89",
    "batch45: argparse script deletes rows whose ids come from the command line, joined into an IN list",
    src`
import argparse
import mysql.connector


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ids", nargs="+")
    args = ap.parse_args()
    db = mysql.connector.connect(user="app", database="crm")
    cur = db.cursor()
    cur.execute("DELETE FROM leads WHERE id IN (" + ",".join(args.ids) + ")")
    db.commit()


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-89",
    "batch45: argparse script deletes rows with one %s placeholder per id",
    src`
import argparse
import mysql.connector


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ids", nargs="+", type=int)
    args = ap.parse_args()
    db = mysql.connector.connect(user="app", database="crm")
    cur = db.cursor()
    marks = ",".join(["%s"] * len(args.ids))
    cur.execute(f"DELETE FROM leads WHERE id IN ({marks})", args.ids)
    db.commit()


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-89",
    "batch45: Django raw() with str.format of a URL keyword",
    src`
from django.http import JsonResponse
from .models import Order


def orders_for(request, customer):
    qs = Order.objects.raw("SELECT * FROM shop_order WHERE customer = '{}'".format(customer))
    return JsonResponse({"ids": [o.id for o in qs]})
`,
  ),
  good(
    "CWE-89",
    "batch45: Django raw() with a params list",
    src`
from django.http import JsonResponse
from .models import Order


def orders_for(request, customer):
    qs = Order.objects.raw("SELECT * FROM shop_order WHERE customer = %s", [customer])
    return JsonResponse({"ids": [o.id for o in qs]})
`,
  ),
  bad(
    "CWE-89",
    "batch45: class-based repository concatenates the table filter into executescript",
    src`
import sqlite3


class NoteRepo:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def purge_tag(self, tag):
        """Remove every note with the given tag."""
        self.conn.executescript("DELETE FROM notes WHERE tag = '" + tag + "';")
`,
  ),
  bad(
    "CWE-89",
    "batch45: asyncpg fetch with an f-string email from an aiohttp handler",
    src`
import asyncpg
from aiohttp import web


async def lookup(request):
    email = request.query.get("email", "")
    conn = await asyncpg.connect("postgresql://localhost/app")
    row = await conn.fetchrow(f"SELECT id FROM accounts WHERE email = '{email}'")
    await conn.close()
    return web.json_response({"id": row["id"] if row else None})
`,
  ),
  good(
    "CWE-89",
    "batch45: asyncpg fetch with $1 and the email as an argument",
    src`
import asyncpg
from aiohttp import web


async def lookup(request):
    email = request.query.get("email", "")
    conn = await asyncpg.connect("postgresql://localhost/app")
    row = await conn.fetchrow("SELECT id FROM accounts WHERE email = $1", email)
    await conn.close()
    return web.json_response({"id": row["id"] if row else None})
`,
  ),
  // ---------------- CWE-78 / 77 / 88 command injection ----------------
  bad(
    "CWE-78",
    "batch45: ping helper with subprocess aliased as sp and shell=True on an f-string host",
    src`
import subprocess as sp


def ping(host):
    """Ping a host once and return the output."""
    return sp.check_output(f"ping -c 1 {host}", shell=True, text=True)
`,
  ),
  good(
    "CWE-78",
    "batch45: ping helper with subprocess aliased as sp and an argument list",
    src`
import subprocess as sp


def ping(host):
    """Ping a host once and return the output."""
    return sp.check_output(["ping", "-c", "1", "--", host], text=True)
`,
  ),
  bad(
    "CWE-78",
    "batch45: from os import popen as run, then run() on a file name from a Flask form",
    src`
from os import popen as run
from flask import Flask, request

app = Flask(__name__)


@app.post("/wc")
def wc():
    fname = request.form["file"]
    return run("wc -l /data/" + fname).read()
`,
  ),
  good(
    "CWE-78",
    "batch45: line count done in Python over a file name checked against a listing",
    src`
import os
from flask import Flask, request, abort

app = Flask(__name__)
DATA = "/data"


@app.post("/wc")
def wc():
    fname = request.form["file"]
    if fname not in os.listdir(DATA):
        abort(404)
    with open(os.path.join(DATA, fname)) as fh:
        return str(sum(1 for _ in fh))
`,
  ),
  bad(
    "CWE-78",
    "batch45: argparse backup script runs tar through os.system with the destination from argv",
    src`
import argparse
import os


def main():
    p = argparse.ArgumentParser(description="back up a folder")
    p.add_argument("src")
    p.add_argument("dest")
    a = p.parse_args()
    os.system("tar czf {} {}".format(a.dest, a.src))


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-78",
    "batch45: argparse backup script uses tarfile, no shell",
    src`
import argparse
import tarfile


def main():
    p = argparse.ArgumentParser(description="back up a folder")
    p.add_argument("src")
    p.add_argument("dest")
    a = p.parse_args()
    with tarfile.open(a.dest, "w:gz") as tar:
        tar.add(a.src)


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-78",
    "batch45: wrapper sh(cmd) around subprocess.run(shell=True) called with a request value",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)


def sh(cmd):
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout


@app.get("/dns")
def dns():
    domain = request.args.get("d", "")
    return sh("dig +short " + domain)
`,
  ),
  good(
    "CWE-78",
    "batch45: wrapper sh(cmd) quotes the domain with shlex.quote before the shell",
    src`
import shlex
import subprocess
from flask import Flask, request

app = Flask(__name__)


def sh(cmd):
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout


@app.get("/dns")
def dns():
    domain = request.args.get("d", "")
    return sh("dig +short " + shlex.quote(domain))
`,
  ),
  bad(
    "CWE-78",
    "batch45: asyncio create_subprocess_shell with a filename parameter",
    src`
import asyncio


async def thumbnail(path, size):
    """Make a thumbnail with ImageMagick."""
    proc = await asyncio.create_subprocess_shell(f"convert {path} -resize {size} {path}.thumb.png")
    await proc.wait()
    return proc.returncode
`,
  ),
  good(
    "CWE-78",
    "batch45: asyncio create_subprocess_exec with separate arguments",
    src`
import asyncio


async def thumbnail(path, size):
    """Make a thumbnail with ImageMagick."""
    proc = await asyncio.create_subprocess_exec("convert", path, "-resize", str(size), path + ".thumb.png")
    await proc.wait()
    return proc.returncode
`,
  ),
  bad(
    "CWE-78",
    "batch45: environment-configured hook command formatted with the branch name and run through the shell",
    src`
import os
import subprocess


def on_push(branch):
    """Run the deploy hook for a pushed branch."""
    hook = os.environ.get("DEPLOY_HOOK", "/opt/deploy.sh")
    subprocess.call("%s %s" % (hook, branch), shell=True)
`,
  ),
  bad(
    "CWE-77",
    "batch45: paramiko exec_command with a service name from the API caller",
    src`
import paramiko
from flask import Flask, request

app = Flask(__name__)


@app.post("/restart")
def restart():
    svc = request.json["service"]
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect("app01.internal", username="ops")
    _, out, _ = client.exec_command("sudo systemctl restart " + svc)
    return out.read()
`,
  ),
  good(
    "CWE-77",
    "batch45: paramiko exec_command with the service name checked against an allow-list",
    src`
import paramiko
from flask import Flask, request, abort

app = Flask(__name__)
SERVICES = {"web", "worker", "cron"}


@app.post("/restart")
def restart():
    svc = request.json["service"]
    if svc not in SERVICES:
        abort(400)
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect("app01.internal", username="ops")
    _, out, _ = client.exec_command("sudo systemctl restart " + svc)
    return out.read()
`,
  ),
  bad(
    "CWE-88",
    "batch45: git clone with a repository URL from the request as a positional argument (can be --upload-pack=...)",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def import_repo():
    url = request.form["repo"]
    subprocess.run(["git", "clone", url, "/srv/repos/new"], check=True)
    return "ok"
`,
  ),
  good(
    "CWE-88",
    "batch45: git clone puts -- before the repository URL",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def import_repo():
    url = request.form["repo"]
    subprocess.run(["git", "clone", "--", url, "/srv/repos/new"], check=True)
    return "ok"
`,
  ),
  bad(
    "CWE-78",
    "batch45: os.popen via a commands dict lookup with a user-supplied argument appended",
    src`
import os


def run_tool(tool, arg):
    """Run one of the diagnostics tools with an argument."""
    tools = {"trace": "traceroute", "look": "nslookup"}
    return os.popen(tools[tool] + " " + arg).read()


if __name__ == "__main__":
    import sys
    print(run_tool(sys.argv[1], sys.argv[2]))
`,
  ),
  // ---------------- CWE-22 path traversal ----------------
  bad(
    "CWE-22",
    "batch45: FastAPI download joins a path parameter with os.path.join and returns FileResponse",
    src`
import os

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
BASE = "/srv/reports"


@app.get("/reports/{name}")
def report(name: str):
    return FileResponse(os.path.join(BASE, name))
`,
  ),
  good(
    "CWE-22",
    "batch45: FastAPI download resolves with realpath and checks commonpath",
    src`
import os

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
BASE = os.path.realpath("/srv/reports")


@app.get("/reports/{name}")
def report(name: str):
    full = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([full, BASE]) != BASE:
        raise HTTPException(status_code=404)
    return FileResponse(full)
`,
  ),
  bad(
    "CWE-22",
    "batch45: Flask delete endpoint removes a file named by the JSON body",
    src`
import os
from flask import Flask, request

app = Flask(__name__)
TMP = "/var/app/tmp"


@app.delete("/scratch")
def drop():
    name = request.get_json()["name"]
    os.remove(TMP + "/" + name)
    return "", 204
`,
  ),
  good(
    "CWE-22",
    "batch45: Flask delete endpoint keeps only the base name of the requested file",
    src`
import os
from flask import Flask, request

app = Flask(__name__)
TMP = "/var/app/tmp"


@app.delete("/scratch")
def drop():
    name = os.path.basename(request.get_json()["name"])
    if not name or name.startswith("."):
        return "bad name", 400
    os.remove(os.path.join(TMP, name))
    return "", 204
`,
  ),
  bad(
    "CWE-22",
    "batch45: zipfile extractall of an uploaded archive without checking member names (zip slip)",
    src`
import zipfile


def unpack_theme(zip_path, dest):
    """Unpack an uploaded theme archive into the themes folder."""
    with zipfile.ZipFile(zip_path) as zf:
        for member in zf.namelist():
            target = dest + "/" + member
            with open(target, "wb") as out:
                out.write(zf.read(member))
`,
  ),
  good(
    "CWE-22",
    "batch45: zip members resolved and required to stay inside the destination",
    src`
import os
import zipfile


def unpack_theme(zip_path, dest):
    """Unpack an uploaded theme archive into the themes folder."""
    root = os.path.realpath(dest)
    with zipfile.ZipFile(zip_path) as zf:
        for member in zf.namelist():
            target = os.path.realpath(os.path.join(root, member))
            if not target.startswith(root + os.sep):
                raise ValueError("unsafe member " + member)
            with open(target, "wb") as out:
                out.write(zf.read(member))
`,
  ),
  bad(
    "CWE-22",
    "batch45: tarfile.extractall on a downloaded archive with no filter",
    src`
import tarfile
import urllib.request


def install_plugin(url, plugins_dir):
    """Download a plugin tarball and unpack it."""
    path, _ = urllib.request.urlretrieve(url)
    with tarfile.open(path) as tar:
        tar.extractall(plugins_dir)
`,
  ),
  good(
    "CWE-22",
    "batch45: tarfile.extractall with filter='data'",
    src`
import tarfile
import urllib.request


def install_plugin(url, plugins_dir):
    """Download a plugin tarball and unpack it."""
    path, _ = urllib.request.urlretrieve(url)
    with tarfile.open(path) as tar:
        tar.extractall(plugins_dir, filter="data")
`,
  ),
  bad(
    "CWE-22",
    "batch45: Django view serves a log file by a name from the URL with pathlib and open()",
    src`
from pathlib import Path
from django.http import HttpResponse

LOGS = Path("/var/log/myapp")


def show_log(request):
    name = request.GET.get("f", "app.log")
    with open(LOGS.joinpath(name)) as fh:
        return HttpResponse(fh.read(), content_type="text/plain")
`,
  ),
  bad(
    "CWE-22",
    "batch45: send_file with a path built by '/'.join of a folder and a query value",
    src`
from flask import Flask, request, send_file

app = Flask(__name__)


@app.get("/docs")
def docs():
    section = request.args["section"]
    return send_file("/".join(["/srv/docs", section, "index.html"]))
`,
  ),
  good(
    "CWE-22",
    "batch45: send_from_directory with the query value",
    src`
from flask import Flask, request, send_from_directory

app = Flask(__name__)


@app.get("/docs")
def docs():
    section = request.args["section"]
    return send_from_directory("/srv/docs", section + "/index.html")
`,
  ),
  // ---------------- CWE-787 / 125 / 119 via ctypes, struct, mmap ----------------
  bad(
    "CWE-787",
    "batch45: ctypes.memmove copies a caller's bytes into a fixed 64-byte buffer without checking the length",
    src`
import ctypes


def fill_header(data: bytes):
    """Copy the payload into a 64-byte C header buffer."""
    buf = ctypes.create_string_buffer(64)
    ctypes.memmove(buf, data, len(data))
    return buf.raw
`,
  ),
  good(
    "CWE-787",
    "batch45: ctypes.memmove copies at most the buffer's size",
    src`
import ctypes


def fill_header(data: bytes):
    """Copy the payload into a 64-byte C header buffer."""
    buf = ctypes.create_string_buffer(64)
    n = min(len(data), ctypes.sizeof(buf))
    ctypes.memmove(buf, data, n)
    return buf.raw
`,
  ),
  bad(
    "CWE-125",
    "batch45: ctypes.string_at reads a length given by the packet header from a fixed buffer",
    src`
import ctypes
import struct


def read_payload(packet: bytes):
    """Return the payload whose length the header announces."""
    (length,) = struct.unpack_from(">I", packet, 0)
    buf = ctypes.create_string_buffer(packet, len(packet))
    return ctypes.string_at(ctypes.addressof(buf) + 4, length)
`,
  ),
  good(
    "CWE-125",
    "batch45: payload length from the header is checked against the packet size before slicing",
    src`
import struct


def read_payload(packet: bytes):
    """Return the payload whose length the header announces."""
    (length,) = struct.unpack_from(">I", packet, 0)
    if length > len(packet) - 4:
        raise ValueError("truncated packet")
    return packet[4 : 4 + length]
`,
  ),
  bad(
    "CWE-787",
    "batch45: struct.pack_into writes at an offset the caller chooses into a bytearray of fixed size",
    src`
import ctypes


class Frame:
    SIZE = 256

    def __init__(self):
        self.raw = (ctypes.c_char * self.SIZE)()

    def put(self, offset, payload):
        """Write payload at offset in the frame."""
        ctypes.memmove(ctypes.addressof(self.raw) + offset, payload, len(payload))
`,
  ),
  bad(
    "CWE-119",
    "batch45: ctypes cast of a bytes object to a pointer and indexed by a request value",
    src`
import ctypes
from flask import Flask, request

app = Flask(__name__)
TABLE = (ctypes.c_int * 16)(*range(16))


@app.get("/cell")
def cell():
    i = int(request.args["i"])
    p = ctypes.cast(TABLE, ctypes.POINTER(ctypes.c_int))
    return str(p[i])
`,
  ),
  good(
    "CWE-119",
    "batch45: the ctypes array is indexed directly, which raises IndexError out of range",
    src`
import ctypes
from flask import Flask, request

app = Flask(__name__)
TABLE = (ctypes.c_int * 16)(*range(16))


@app.get("/cell")
def cell():
    i = int(request.args["i"])
    if not 0 <= i < len(TABLE):
        return "out of range", 400
    return str(TABLE[i])
`,
  ),
  bad(
    "CWE-787",
    "batch45: libc strcpy through ctypes into a 32-byte buffer from a user name",
    src`
import ctypes

libc = ctypes.CDLL("libc.so.6")


def c_name(name: str):
    """Copy a name into a C char[32] for the legacy library."""
    dst = ctypes.create_string_buffer(32)
    libc.strcpy(dst, name.encode())
    return dst
`,
  ),
  good(
    "CWE-787",
    "batch45: name copied with ctypes slice assignment after truncating to 31 bytes",
    src`
import ctypes


def c_name(name: str):
    """Copy a name into a C char[32] for the legacy library."""
    raw = name.encode()[:31]
    dst = ctypes.create_string_buffer(32)
    dst.value = raw
    return dst
`,
  ),
  // ---------------- CWE-20 improper input validation ----------------
  bad(
    "CWE-20",
    "batch45: transfer endpoint accepts a negative amount from the form",
    src`
from flask import Flask, request

app = Flask(__name__)
balances = {"alice": 100, "bob": 50}


@app.post("/transfer")
def transfer():
    src_acct = request.form["from"]
    dst = request.form["to"]
    amount = float(request.form["amount"])
    balances[src_acct] -= amount
    balances[dst] += amount
    return {"ok": True}
`,
  ),
  good(
    "CWE-20",
    "batch45: transfer endpoint requires a positive amount not above the balance",
    src`
from flask import Flask, request, abort

app = Flask(__name__)
balances = {"alice": 100, "bob": 50}


@app.post("/transfer")
def transfer():
    src_acct = request.form["from"]
    dst = request.form["to"]
    amount = float(request.form["amount"])
    if not (0 < amount <= balances.get(src_acct, 0)) or dst not in balances:
        abort(400)
    balances[src_acct] -= amount
    balances[dst] += amount
    return {"ok": True}
`,
  ),
  bad(
    "CWE-20",
    "batch45: e-mail check with re.match and no end anchor lets trailing text through",
    src`
import re

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")


def is_valid_email(value: str) -> bool:
    """Validate an e-mail address before storing it."""
    return EMAIL.match(value) is not None
`,
  ),
  good(
    "CWE-20",
    "batch45: e-mail check with re.fullmatch",
    src`
import re

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")


def is_valid_email(value: str) -> bool:
    """Validate an e-mail address before storing it."""
    return EMAIL.fullmatch(value) is not None
`,
  ),
  // ---------------- CWE-352 CSRF ----------------
  bad(
    "CWE-352",
    "batch45: Django password-change view decorated with csrf_exempt",
    src`
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
@login_required
def change_email(request):
    if request.method == "POST":
        request.user.email = request.POST["email"]
        request.user.save()
    return HttpResponse("saved")
`,
  ),
  good(
    "CWE-352",
    "batch45: Django email-change view keeps the CSRF middleware and requires POST",
    src`
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.views.decorators.http import require_POST


@require_POST
@login_required
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return HttpResponse("saved")
`,
  ),
  bad(
    "CWE-352",
    "batch45: Flask-WTF app disables CSRF in its config for a form that changes state",
    src`
from flask import Flask, request, session
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = __import__("os").environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
csrf = CSRFProtect(app)


@app.post("/settings/delete-account")
def delete_account():
    uid = session["uid"]
    app.logger.info("deleting %s", uid)
    return "deleted"
`,
  ),
  bad(
    "CWE-352",
    "batch45: Flask account deletion done on a GET route with the session cookie alone",
    src`
from flask import Flask, session, redirect

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]
USERS = {}


@app.route("/account/delete", methods=["GET", "POST"])
def delete_account():
    USERS.pop(session.get("uid"), None)
    session.clear()
    return redirect("/")
`,
  ),
  good(
    "CWE-352",
    "batch45: Flask app with CSRFProtect and a POST-only delete route",
    src`
import os
from flask import Flask, session, redirect
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CSRFProtect(app)
USERS = {}


@app.post("/account/delete")
def delete_account():
    USERS.pop(session.get("uid"), None)
    session.clear()
    return redirect("/")
`,
  ),
  // ---------------- CWE-434 unrestricted upload ----------------
  bad(
    "CWE-434",
    "batch45: Flask upload saves the file under its own name in the static folder",
    src`
import os
from flask import Flask, request

app = Flask(__name__)
UPLOADS = os.path.join(app.root_path, "static", "uploads")


@app.post("/upload")
def upload():
    f = request.files["file"]
    f.save(os.path.join(UPLOADS, f.filename))
    return {"url": "/static/uploads/" + f.filename}
`,
  ),
  good(
    "CWE-434",
    "batch45: Flask upload checks the extension against an allow-list and uses secure_filename",
    src`
import os
import uuid
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"
ALLOWED = {".png", ".jpg", ".jpeg", ".gif"}


@app.post("/upload")
def upload():
    f = request.files["file"]
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED:
        abort(400)
    name = uuid.uuid4().hex + ext
    f.save(os.path.join(UPLOADS, name))
    return {"name": name}
`,
  ),
  bad(
    "CWE-434",
    "batch45: FastAPI UploadFile written to the web root with the client's file name",
    src`
from fastapi import FastAPI, UploadFile

app = FastAPI()
WEBROOT = "/var/www/html/files"


@app.post("/files")
async def put_file(file: UploadFile):
    data = await file.read()
    with open(f"{WEBROOT}/{file.filename}", "wb") as out:
        out.write(data)
    return {"stored": file.filename}
`,
  ),
  good(
    "CWE-434",
    "batch45: FastAPI upload checks content type and stores under a random name outside the web root",
    src`
import secrets
from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()
STORE = "/srv/blobstore"
TYPES = {"image/png": ".png", "application/pdf": ".pdf"}


@app.post("/files")
async def put_file(file: UploadFile):
    ext = TYPES.get(file.content_type)
    if ext is None:
        raise HTTPException(415)
    name = secrets.token_hex(16) + ext
    with open(f"{STORE}/{name}", "wb") as out:
        out.write(await file.read())
    return {"stored": name}
`,
  ),
  // ---------------- CWE-862 / 863 / 639 authorization ----------------
  bad(
    "CWE-862",
    "batch45: Flask admin endpoint that deletes users has no authorization check at all while others do",
    src`
from functools import wraps
from flask import Flask, session, abort

app = Flask(__name__)
USERS = {}


def admin_required(fn):
    @wraps(fn)
    def inner(*a, **kw):
        if session.get("role") != "admin":
            abort(403)
        return fn(*a, **kw)
    return inner


@app.get("/admin/users")
@admin_required
def list_users():
    return {"users": list(USERS)}


@app.post("/admin/users/<uid>/delete")
def delete_user(uid):
    USERS.pop(uid, None)
    return {"deleted": uid}
`,
  ),
  good(
    "CWE-862",
    "batch45: both admin endpoints carry the admin_required decorator",
    src`
from functools import wraps
from flask import Flask, session, abort

app = Flask(__name__)
USERS = {}


def admin_required(fn):
    @wraps(fn)
    def inner(*a, **kw):
        if session.get("role") != "admin":
            abort(403)
        return fn(*a, **kw)
    return inner


@app.get("/admin/users")
@admin_required
def list_users():
    return {"users": list(USERS)}


@app.post("/admin/users/<uid>/delete")
@admin_required
def delete_user(uid):
    USERS.pop(uid, None)
    return {"deleted": uid}
`,
  ),
  bad(
    "CWE-639",
    "batch45: Django invoice view fetches by primary key without filtering on the owner",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from .models import Invoice


@login_required
def invoice_detail(request, pk):
    inv = get_object_or_404(Invoice, pk=pk)
    return JsonResponse({"id": inv.pk, "total": str(inv.total), "customer": inv.customer.name})
`,
  ),
  good(
    "CWE-639",
    "batch45: Django invoice view fetches by primary key and owner",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from .models import Invoice


@login_required
def invoice_detail(request, pk):
    inv = get_object_or_404(Invoice, pk=pk, owner=request.user)
    return JsonResponse({"id": inv.pk, "total": str(inv.total), "customer": inv.customer.name})
`,
  ),
  bad(
    "CWE-863",
    "batch45: role check trusts an is_admin flag sent in the request's JSON",
    src`
from flask import Flask, request, abort

app = Flask(__name__)
SETTINGS = {}


@app.post("/settings")
def update_settings():
    body = request.get_json()
    if not body.get("is_admin"):
        abort(403)
    SETTINGS.update(body["settings"])
    return {"ok": True}
`,
  ),
  good(
    "CWE-863",
    "batch45: role check reads the role stored in the server-side session",
    src`
from flask import Flask, request, abort, session

app = Flask(__name__)
SETTINGS = {}


@app.post("/settings")
def update_settings():
    if session.get("role") != "admin":
        abort(403)
    SETTINGS.update(request.get_json()["settings"])
    return {"ok": True}
`,
  ),
  bad(
    "CWE-863",
    "batch45: authorization decided by a role cookie the client can set",
    src`
from flask import Flask, request, abort

app = Flask(__name__)


@app.get("/reports/payroll")
def payroll():
    if request.cookies.get("role") != "hr":
        abort(403)
    return {"rows": [["alice", 5400], ["bob", 5100]]}
`,
  ),
  // ---------------- CWE-287 / 307 / 640 authentication ----------------
  bad(
    "CWE-287",
    "batch45: login compares the password only when the user exists, else succeeds",
    src`
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]
USERS = {"alice": "pbkdf2:..."}


def check(user, pw):
    from werkzeug.security import check_password_hash
    stored = USERS.get(user)
    if stored and not check_password_hash(stored, pw):
        return False
    return True


@app.post("/login")
def login():
    if check(request.form["user"], request.form["pw"]):
        session["user"] = request.form["user"]
        return "welcome"
    return "no", 401
`,
  ),
  good(
    "CWE-287",
    "batch45: login fails for unknown users and checks the hash otherwise",
    src`
from flask import Flask, request, session
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]
USERS = {"alice": "pbkdf2:..."}


def check(user, pw):
    stored = USERS.get(user)
    return stored is not None and check_password_hash(stored, pw)


@app.post("/login")
def login():
    if check(request.form["user"], request.form["pw"]):
        session["user"] = request.form["user"]
        return "welcome"
    return "no", 401
`,
  ),
  bad(
    "CWE-287",
    "batch45: JWT decoded with verify_signature switched off to read the user id",
    src`
import jwt
from flask import Flask, request

app = Flask(__name__)


@app.get("/me")
def me():
    token = request.headers["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    return {"user": claims["sub"]}
`,
  ),
  good(
    "CWE-287",
    "batch45: JWT decoded with the secret and a fixed algorithm list",
    src`
import os
import jwt
from flask import Flask, request

app = Flask(__name__)
KEY = os.environ["JWT_KEY"]


@app.get("/me")
def me():
    token = request.headers["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(token, KEY, algorithms=["HS256"])
    return {"user": claims["sub"]}
`,
  ),
  bad(
    "CWE-307",
    "batch45: PIN check endpoint with no attempt counter or lockout",
    src`
import hmac
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]
PINS = {"alice": "4821"}


@app.post("/unlock")
def unlock():
    user = request.form["user"]
    pin = request.form["pin"]
    if hmac.compare_digest(PINS.get(user, ""), pin):
        session["unlocked"] = user
        return "ok"
    return "wrong pin", 401
`,
  ),
  good(
    "CWE-307",
    "batch45: PIN check counts failures per user and locks after five",
    src`
import hmac
import time
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]
PINS = {"alice": "4821"}
FAILS = {}


@app.post("/unlock")
def unlock():
    user = request.form["user"]
    n, since = FAILS.get(user, (0, time.time()))
    if n >= 5 and time.time() - since < 900:
        return "locked", 429
    if hmac.compare_digest(PINS.get(user, ""), request.form["pin"]):
        FAILS.pop(user, None)
        session["unlocked"] = user
        return "ok"
    FAILS[user] = (n + 1, since)
    return "wrong pin", 401
`,
  ),
  bad(
    "CWE-640",
    "batch45: password reset sets the new password for whatever e-mail the form names, no token",
    src`
from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)
USERS = {}


@app.post("/reset-password")
def reset_password():
    email = request.form["email"]
    USERS[email]["hash"] = generate_password_hash(request.form["new_password"])
    return "password changed"
`,
  ),
  good(
    "CWE-640",
    "batch45: password reset requires a single-use token mailed earlier, compared in constant time",
    src`
import hmac
import time
from flask import Flask, request, abort
from werkzeug.security import generate_password_hash

app = Flask(__name__)
USERS = {}
RESET_TOKENS = {}


@app.post("/reset-password")
def reset_password():
    email = request.form["email"]
    token, expires = RESET_TOKENS.pop(email, ("", 0))
    if not token or time.time() > expires or not hmac.compare_digest(token, request.form["token"]):
        abort(403)
    USERS[email]["hash"] = generate_password_hash(request.form["new_password"])
    return "password changed"
`,
  ),
  // ---------------- CWE-502 deserialisation ----------------
  bad(
    "CWE-502",
    "batch45: cache loader unpickles bytes read from redis",
    src`
import pickle
import redis

r = redis.Redis()


def load_profile(user_id):
    """Return the cached profile object for a user."""
    blob = r.get(f"profile:{user_id}")
    return pickle.loads(blob) if blob else None
`,
  ),
  good(
    "CWE-502",
    "batch45: cache loader stores and reads JSON from redis",
    src`
import json
import redis

r = redis.Redis()


def load_profile(user_id):
    """Return the cached profile for a user."""
    blob = r.get(f"profile:{user_id}")
    return json.loads(blob) if blob else None
`,
  ),
  bad(
    "CWE-502",
    "batch45: Flask endpoint restores a session object from a base64 cookie with dill",
    src`
import base64
import dill
from flask import Flask, request

app = Flask(__name__)


@app.get("/resume")
def resume():
    state = dill.loads(base64.b64decode(request.cookies["state"]))
    return {"step": state.step}
`,
  ),
  bad(
    "CWE-502",
    "batch45: yaml.load with the full Loader on an uploaded config",
    src`
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/config")
def config():
    cfg = yaml.load(request.files["cfg"].read(), Loader=yaml.Loader)
    return {"keys": sorted(cfg)}
`,
  ),
  good(
    "CWE-502",
    "batch45: yaml.safe_load on the uploaded config",
    src`
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/config")
def config():
    cfg = yaml.safe_load(request.files["cfg"].read())
    return {"keys": sorted(cfg)}
`,
  ),
  bad(
    "CWE-502",
    "batch45: joblib.load of a model file whose path comes from argparse",
    src`
import argparse
import joblib


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("x", type=float, nargs="+")
    a = ap.parse_args()
    model = joblib.load(a.model)
    print(model.predict([a.x]))


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-502",
    "batch45: torch.load of a checkpoint downloaded from a URL without weights_only",
    src`
import torch
import urllib.request


def load_remote(url):
    """Download a checkpoint and load it."""
    path, _ = urllib.request.urlretrieve(url)
    return torch.load(path)
`,
  ),
  good(
    "CWE-502",
    "batch45: torch.load with weights_only=True",
    src`
import torch
import urllib.request


def load_remote(url):
    """Download a checkpoint and load its tensors."""
    path, _ = urllib.request.urlretrieve(url)
    return torch.load(path, weights_only=True)
`,
  ),
  bad(
    "CWE-502",
    "batch45: socket server unpickles each message it receives (pickle aliased)",
    src`
import pickle as pk
import socketserver


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        msg = pk.load(self.rfile)
        self.wfile.write(repr(msg).encode())


if __name__ == "__main__":
    socketserver.TCPServer(("0.0.0.0", 9009), Handler).serve_forever()
`,
  ),
  // ---------------- CWE-798 / 259 hard-coded credentials ----------------
  bad(
    "CWE-798",
    "batch45: boto3 client built with an access key pair written in the source",
    src`
import boto3


def s3_client():
    return boto3.client(
        "s3",
        aws_access_key_id="AKIAQ4XJ7MZ2PLR6TWEN",
        aws_secret_access_key="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",
        region_name="eu-west-1",
    )
`,
  ),
  good(
    "CWE-798",
    "batch45: boto3 client uses the default credential chain",
    src`
import boto3


def s3_client():
    return boto3.client("s3", region_name="eu-west-1")
`,
  ),
  bad(
    "CWE-259",
    "batch45: psycopg2 connection with the database password as a literal keyword",
    src`
import psycopg2


def connect():
    return psycopg2.connect(host="db.internal", dbname="billing", user="billing_app", password="Bill1ng!2024")
`,
  ),
  good(
    "CWE-259",
    "batch45: psycopg2 connection reads the password from the environment",
    src`
import os
import psycopg2


def connect():
    return psycopg2.connect(host="db.internal", dbname="billing", user="billing_app", password=os.environ["PGPASSWORD"])
`,
  ),
  bad(
    "CWE-798",
    "batch45: settings class holds an API token default in the source",
    src`
import os
import requests


class Settings:
    API_URL = os.getenv("API_URL", "https://api.example.com")
    API_TOKEN = os.getenv("API_TOKEN", "sk_live_51Hc9aPq2Ty7Vn3Kx8Jm4Rb6Wd0Ze")


def charges():
    s = Settings()
    return requests.get(s.API_URL + "/charges", headers={"Authorization": "Bearer " + s.API_TOKEN}, timeout=10).json()
`,
  ),
  bad(
    "CWE-259",
    "batch45: admin login compares against a password constant",
    src`
ADMIN_USER = "admin"
ADMIN_PASS = "letmein-2024"


def is_admin(username, password):
    """Check the admin credentials."""
    return username == ADMIN_USER and password == ADMIN_PASS
`,
  ),
  good(
    "CWE-259",
    "batch45: admin login compares a hash read from the environment",
    src`
import hmac
import os
from werkzeug.security import check_password_hash

ADMIN_USER = "admin"


def is_admin(username, password):
    """Check the admin credentials."""
    return hmac.compare_digest(username, ADMIN_USER) and check_password_hash(os.environ["ADMIN_HASH"], password)
`,
  ),
  // ---------------- CWE-918 SSRF ----------------
  bad(
    "CWE-918",
    "batch45: link preview fetches any URL the client posts",
    src`
import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/preview")
def preview():
    url = request.json["url"]
    page = requests.get(url, timeout=5)
    return {"status": page.status_code, "length": len(page.content)}
`,
  ),
  good(
    "CWE-918",
    "batch45: link preview allows only https URLs on an allow-listed host",
    src`
from urllib.parse import urlparse

import requests
from flask import Flask, request, abort

app = Flask(__name__)
HOSTS = {"news.example.com", "blog.example.com"}


@app.post("/preview")
def preview():
    url = request.json["url"]
    u = urlparse(url)
    if u.scheme != "https" or u.hostname not in HOSTS:
        abort(400)
    page = requests.get(url, timeout=5, allow_redirects=False)
    return {"status": page.status_code, "length": len(page.content)}
`,
  ),
  bad(
    "CWE-918",
    "batch45: httpx AsyncClient fetches a webhook URL from a FastAPI body model",
    src`
import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Hook(BaseModel):
    callback: str


@app.post("/test-hook")
async def test_hook(h: Hook):
    async with httpx.AsyncClient() as client:
        r = await client.post(h.callback, json={"ping": True})
    return {"code": r.status_code}
`,
  ),
  bad(
    "CWE-918",
    "batch45: image proxy builds the upstream URL from a host query parameter with urllib",
    src`
from urllib.request import urlopen
from flask import Flask, request, Response

app = Flask(__name__)


@app.get("/img")
def img():
    host = request.args["host"]
    path = request.args.get("p", "")
    data = urlopen("http://%s/%s" % (host, path)).read()
    return Response(data, mimetype="image/png")
`,
  ),
  good(
    "CWE-918",
    "batch45: image proxy keeps a fixed upstream host and only takes the path from the query",
    src`
from urllib.parse import quote
from urllib.request import urlopen
from flask import Flask, request, Response

app = Flask(__name__)
CDN = "https://cdn.example.com/"


@app.get("/img")
def img():
    path = quote(request.args.get("p", ""), safe="")
    data = urlopen(CDN + path).read()
    return Response(data, mimetype="image/png")
`,
  ),
  // ---------------- CWE-94 / 95 code injection ----------------
  bad(
    "CWE-95",
    "batch45: calculator endpoint evaluates the expression from the query string",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.get("/calc")
def calc():
    expr = request.args.get("expr", "0")
    return str(eval(expr, {"__builtins__": {}}))
`,
  ),
  good(
    "CWE-95",
    "batch45: calculator endpoint parses the expression with ast.literal_eval",
    src`
import ast
from flask import Flask, request

app = Flask(__name__)


@app.get("/calc")
def calc():
    expr = request.args.get("expr", "0")
    return str(ast.literal_eval(expr))
`,
  ),
  bad(
    "CWE-94",
    "batch45: plugin loader exec()s source text downloaded from a URL in the config",
    src`
import os
import requests


def load_plugin():
    """Fetch the configured plugin and run it."""
    url = os.environ["PLUGIN_URL"]
    code = requests.get(url, timeout=10).text
    namespace = {}
    exec(compile(code, "<plugin>", "exec"), namespace)
    return namespace.get("register")
`,
  ),
  bad(
    "CWE-94",
    "batch45: formula field turned into a lambda with eval of a user string",
    src`
def make_rule(formula):
    """Turn a pricing formula such as 'price * 0.9' into a function."""
    return eval("lambda price, qty: " + formula)


def apply_rule(formula, price, qty):
    return make_rule(formula)(price, qty)
`,
  ),
  good(
    "CWE-94",
    "batch45: pricing formula evaluated with a small operator table over parsed tokens",
    src`
import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def apply_rule(formula, price, qty):
    """Apply a formula of the form 'price <op> <number>'."""
    left, op, right = formula.split()
    if left != "price" or op not in OPS:
        raise ValueError("unsupported formula")
    return OPS[op](price, float(right)) * qty
`,
  ),
  bad(
    "CWE-94",
    "batch45: Flask renders a template string concatenated with the user's name (SSTI)",
    src`
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.get("/welcome")
def welcome():
    name = request.args.get("name", "")
    return render_template_string("<p>Welcome " + name + "</p>")
`,
  ),
  good(
    "CWE-94",
    "batch45: Flask renders a fixed template string with the name as a variable",
    src`
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.get("/welcome")
def welcome():
    name = request.args.get("name", "")
    return render_template_string("<p>Welcome {{ name }}</p>", name=name)
`,
  ),
  bad(
    "CWE-94",
    "batch45: importlib.import_module with a module name from the request",
    src`
import importlib
from flask import Flask, request

app = Flask(__name__)


@app.get("/export")
def export():
    fmt = request.args.get("format", "csv")
    mod = importlib.import_module("exporters." + fmt if "." not in fmt else fmt)
    return mod.render()
`,
  ),
  good(
    "CWE-94",
    "batch45: exporter chosen from a dict of imported modules",
    src`
from flask import Flask, request, abort
from exporters import csv_exporter, json_exporter

app = Flask(__name__)
EXPORTERS = {"csv": csv_exporter, "json": json_exporter}


@app.get("/export")
def export():
    mod = EXPORTERS.get(request.args.get("format", "csv"))
    if mod is None:
        abort(400)
    return mod.render()
`,
  ),
  // ---------------- CWE-362 / 367 races ----------------
  bad(
    "CWE-367",
    "batch45: os.access check then open of a path the caller chooses (setuid-style helper)",
    src`
import os


def read_if_allowed(path):
    """Return the file's text if the real user may read it."""
    if os.access(path, os.R_OK):
        with open(path) as fh:
            return fh.read()
    raise PermissionError(path)
`,
  ),
  good(
    "CWE-367",
    "batch45: file opened first and the permission error caught",
    src`
def read_if_allowed(path):
    """Return the file's text, or None if it cannot be read."""
    try:
        with open(path) as fh:
            return fh.read()
    except PermissionError:
        return None
`,
  ),
  bad(
    "CWE-362",
    "batch45: thread pool workers increment a shared counter dict without a lock",
    src`
from concurrent.futures import ThreadPoolExecutor

stats = {"done": 0, "bytes": 0}


def work(chunk):
    n = len(chunk)
    stats["done"] = stats["done"] + 1
    stats["bytes"] = stats["bytes"] + n


def run(chunks):
    with ThreadPoolExecutor(8) as ex:
        list(ex.map(work, chunks))
    return stats
`,
  ),
  good(
    "CWE-362",
    "batch45: thread pool workers update the shared counter under a lock",
    src`
import threading
from concurrent.futures import ThreadPoolExecutor

stats = {"done": 0, "bytes": 0}
lock = threading.Lock()


def work(chunk):
    n = len(chunk)
    with lock:
        stats["done"] += 1
        stats["bytes"] += n


def run(chunks):
    with ThreadPoolExecutor(8) as ex:
        list(ex.map(work, chunks))
    return stats
`,
  ),
  bad(
    "CWE-362",
    "batch45: coupon redemption reads, checks, then writes the used flag in separate statements",
    src`
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.post("/redeem")
def redeem():
    code = request.form["code"]
    db = sqlite3.connect("shop.db")
    row = db.execute("SELECT used FROM coupons WHERE code = ?", (code,)).fetchone()
    if row is None or row[0]:
        return "invalid", 400
    db.execute("UPDATE coupons SET used = 1 WHERE code = ?", (code,))
    db.commit()
    return "discount applied"
`,
  ),
  good(
    "CWE-362",
    "batch45: coupon redemption done in one conditional UPDATE and rowcount checked",
    src`
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.post("/redeem")
def redeem():
    code = request.form["code"]
    db = sqlite3.connect("shop.db")
    cur = db.execute("UPDATE coupons SET used = 1 WHERE code = ? AND used = 0", (code,))
    db.commit()
    if cur.rowcount != 1:
        return "invalid", 400
    return "discount applied"
`,
  ),
  // ---------------- CWE-269 / 250 privileges ----------------
  bad(
    "CWE-250",
    "batch45: daemon binds its port as root and never drops privileges before serving",
    src`
import os
import socket


def serve():
    """Listen on port 80 and echo lines."""
    if os.geteuid() != 0:
        raise SystemExit("run as root")
    s = socket.socket()
    s.bind(("0.0.0.0", 80))
    s.listen()
    while True:
        conn, _ = s.accept()
        conn.sendall(conn.recv(1024))
        conn.close()
`,
  ),
  good(
    "CWE-250",
    "batch45: daemon binds port 80 as root then switches to nobody with setgid/setuid",
    src`
import os
import pwd
import socket


def serve():
    """Listen on port 80 and echo lines."""
    s = socket.socket()
    s.bind(("0.0.0.0", 80))
    s.listen()
    nobody = pwd.getpwnam("nobody")
    os.setgroups([])
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)
    while True:
        conn, _ = s.accept()
        conn.sendall(conn.recv(1024))
        conn.close()
`,
  ),
  bad(
    "CWE-269",
    "batch45: signup endpoint copies the role field from the request into the new account",
    src`
from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)
ACCOUNTS = {}


@app.post("/signup")
def signup():
    data = request.get_json()
    ACCOUNTS[data["username"]] = {
        "hash": generate_password_hash(data["password"]),
        "role": data.get("role", "user"),
    }
    return {"created": data["username"]}, 201
`,
  ),
  good(
    "CWE-269",
    "batch45: signup endpoint always assigns the user role",
    src`
from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)
ACCOUNTS = {}


@app.post("/signup")
def signup():
    data = request.get_json()
    ACCOUNTS[data["username"]] = {"hash": generate_password_hash(data["password"]), "role": "user"}
    return {"created": data["username"]}, 201
`,
  ),
  bad(
    "CWE-250",
    "batch45: setup script drops to the service user in the wrong order (setuid before setgid)",
    src`
import os
import pwd


def drop_privileges(user="svc"):
    pw = pwd.getpwnam(user)
    os.setuid(pw.pw_uid)
    os.setgid(pw.pw_gid)
`,
  ),
  // ---------------- CWE-276 / 732 permissions ----------------
  bad(
    "CWE-732",
    "batch45: key file written then chmod 0o666",
    src`
import os


def save_key(path, pem: bytes):
    """Write a private key to disk."""
    with open(path, "wb") as fh:
        fh.write(pem)
    os.chmod(path, 0o666)
`,
  ),
  good(
    "CWE-732",
    "batch45: key file created with os.open mode 0o600",
    src`
import os


def save_key(path, pem: bytes):
    """Write a private key to disk."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
`,
  ),
  bad(
    "CWE-276",
    "batch45: service sets umask 0 before creating its data directory and files",
    src`
import os


def init_storage(root):
    """Create the data folders for the service."""
    os.umask(0)
    os.makedirs(os.path.join(root, "db"), exist_ok=True)
    with open(os.path.join(root, "db", "tokens.json"), "w") as fh:
        fh.write("{}")
`,
  ),
  good(
    "CWE-276",
    "batch45: service sets umask 0o077 before creating its data",
    src`
import os


def init_storage(root):
    """Create the data folders for the service."""
    os.umask(0o077)
    os.makedirs(os.path.join(root, "db"), exist_ok=True)
    with open(os.path.join(root, "db", "tokens.json"), "w") as fh:
        fh.write("{}")
`,
  ),
  bad(
    "CWE-732",
    "batch45: pathlib mkdir with mode=0o777 for an upload spool",
    src`
from pathlib import Path


def make_spool(base):
    spool = Path(base) / "spool"
    spool.mkdir(mode=0o777, parents=True, exist_ok=True)
    return spool
`,
  ),
  bad(
    "CWE-732",
    "batch45: chmod with stat.S_IWOTH added to a config file",
    src`
import os
import stat


def share_config(path):
    """Let the helper tools update the config."""
    mode = os.stat(path).st_mode
    os.chmod(path, mode | stat.S_IWGRP | stat.S_IWOTH)
`,
  ),
  // ---------------- CWE-200 / 209 / 215 / 497 exposure ----------------
  bad(
    "CWE-209",
    "batch45: Flask handler returns the traceback text to the client on any error",
    src`
import traceback
from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def import_csv():
    try:
        rows = request.files["csv"].read().decode().splitlines()
        return {"rows": len(rows)}
    except Exception:
        return {"error": traceback.format_exc()}, 500
`,
  ),
  good(
    "CWE-209",
    "batch45: Flask handler logs the traceback and returns a generic message",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/import")
def import_csv():
    try:
        rows = request.files["csv"].read().decode().splitlines()
        return {"rows": len(rows)}
    except Exception:
        log.exception("import failed")
        return {"error": "import failed"}, 500
`,
  ),
  bad(
    "CWE-209",
    "batch45: FastAPI exception handler echoes str(exc) of database errors",
    src`
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.exception_handler(Exception)
async def on_error(request: Request, exc: Exception):
    return JSONResponse(status_code=500, content={"detail": f"internal error: {exc!r}"})
`,
  ),
  bad(
    "CWE-215",
    "batch45: Flask app started with debug=True from the __main__ block on all interfaces",
    src`
from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "ok"


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
`,
  ),
  good(
    "CWE-215",
    "batch45: Flask debug mode read from an environment flag defaulting off",
    src`
import os
from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "ok"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000, debug=os.environ.get("FLASK_DEBUG") == "1")
`,
  ),
  bad(
    "CWE-215",
    "batch45: Django settings module with DEBUG = True and a wildcard ALLOWED_HOSTS",
    src`
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = True
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "shop"]
`,
  ),
  bad(
    "CWE-200",
    "batch45: user lookup API returns the whole user record including the password hash",
    src`
from flask import Flask, jsonify
from .db import get_user_row

app = Flask(__name__)


@app.get("/api/users/<int:uid>")
def user(uid):
    row = get_user_row(uid)
    return jsonify(dict(row))
`,
  ),
  good(
    "CWE-200",
    "batch45: user lookup API returns only public fields",
    src`
from flask import Flask, jsonify
from .db import get_user_row

app = Flask(__name__)
PUBLIC = ("id", "display_name", "avatar_url")


@app.get("/api/users/<int:uid>")
def user(uid):
    row = get_user_row(uid)
    return jsonify({k: row[k] for k in PUBLIC})
`,
  ),
  bad(
    "CWE-200",
    "batch45: health endpoint dumps os.environ",
    src`
import os
from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/debug/env")
def env():
    return jsonify(dict(os.environ))
`,
  ),
  // ---------------- CWE-400 / 770 / 409 / 1333 resource use ----------------
  bad(
    "CWE-400",
    "batch45: Flask endpoint reads the entire request body with no size limit configured",
    src`
import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.post("/digest")
def digest():
    data = request.get_data()
    return hashlib.sha256(data).hexdigest()
`,
  ),
  good(
    "CWE-400",
    "batch45: Flask app sets MAX_CONTENT_LENGTH and hashes the body in chunks",
    src`
import hashlib
from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024


@app.post("/digest")
def digest():
    h = hashlib.sha256()
    for chunk in iter(lambda: request.stream.read(65536), b""):
        h.update(chunk)
    return h.hexdigest()
`,
  ),
  bad(
    "CWE-770",
    "batch45: pagination size from the query is used unbounded as the LIMIT",
    src`
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.get("/items")
def items():
    size = int(request.args.get("size", 20))
    db = sqlite3.connect("app.db")
    rows = db.execute("SELECT * FROM items LIMIT ?", (size,)).fetchall()
    return {"items": rows}
`,
  ),
  good(
    "CWE-770",
    "batch45: pagination size clamped to 100",
    src`
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.get("/items")
def items():
    size = max(1, min(int(request.args.get("size", 20)), 100))
    db = sqlite3.connect("app.db")
    rows = db.execute("SELECT * FROM items LIMIT ?", (size,)).fetchall()
    return {"items": rows}
`,
  ),
  bad(
    "CWE-400",
    "batch45: requests.get without a timeout in a worker that polls a status URL",
    src`
import time
import requests


def wait_ready(url):
    """Poll a service until it reports ready."""
    while True:
        r = requests.get(url)
        if r.json().get("ready"):
            return True
        time.sleep(2)
`,
  ),
  bad(
    "CWE-409",
    "batch45: gzip upload decompressed fully into memory",
    src`
import gzip
from flask import Flask, request

app = Flask(__name__)


@app.post("/logs")
def logs():
    raw = gzip.decompress(request.get_data())
    return {"lines": raw.count(b"\n")}
`,
  ),
  good(
    "CWE-409",
    "batch45: gzip upload streamed with a cap on the decompressed size",
    src`
import gzip
import io
from flask import Flask, request, abort

app = Flask(__name__)
LIMIT = 50 * 1024 * 1024


@app.post("/logs")
def logs():
    lines = total = 0
    with gzip.GzipFile(fileobj=io.BytesIO(request.get_data())) as gz:
        for chunk in iter(lambda: gz.read(65536), b""):
            total += len(chunk)
            if total > LIMIT:
                abort(413)
            lines += chunk.count(b"\n")
    return {"lines": lines}
`,
  ),
  bad(
    "CWE-409",
    "batch45: zipfile members read whole with no check of file_size",
    src`
import zipfile


def count_words(zip_path):
    """Count words over every text file in an uploaded archive."""
    total = 0
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            total += len(zf.read(info).split())
    return total
`,
  ),
  bad(
    "CWE-1333",
    "batch45: validator with a nested quantifier regex applied to a request value",
    src`
import re
from flask import Flask, request

app = Flask(__name__)
SLUG = re.compile(r"^([a-z0-9]+-?)+$")


@app.get("/check-slug")
def check_slug():
    s = request.args.get("s", "")
    return {"ok": bool(SLUG.match(s))}
`,
  ),
  good(
    "CWE-1333",
    "batch45: slug validator without nested quantifiers",
    src`
import re
from flask import Flask, request

app = Flask(__name__)
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@app.get("/check-slug")
def check_slug():
    s = request.args.get("s", "")[:100]
    return {"ok": bool(SLUG.match(s))}
`,
  ),
  bad(
    "CWE-1333",
    "batch45: user-supplied regex compiled and run against stored text",
    src`
import re
from flask import Flask, request

app = Flask(__name__)
NOTES = ["alpha", "beta", "gamma"]


@app.get("/grep")
def grep():
    pat = re.compile(request.args["pattern"])
    return {"hits": [n for n in NOTES if pat.search(n)]}
`,
  ),
  good(
    "CWE-1333",
    "batch45: user search term escaped with re.escape before compiling",
    src`
import re
from flask import Flask, request

app = Flask(__name__)
NOTES = ["alpha", "beta", "gamma"]


@app.get("/grep")
def grep():
    pat = re.compile(re.escape(request.args["pattern"]))
    return {"hits": [n for n in NOTES if pat.search(n)]}
`,
  ),
  // ---------------- CWE-117 log injection ----------------
  bad(
    "CWE-117",
    "batch45: failed login logged with the raw username in an f-string",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.post("/login")
def login():
    user = request.form.get("username", "")
    log.warning(f"failed login for {user}")
    return "denied", 401
`,
  ),
  good(
    "CWE-117",
    "batch45: failed login logged with CR/LF stripped and %r formatting",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.post("/login")
def login():
    user = request.form.get("username", "").replace("\r", "").replace("\n", "")
    log.warning("failed login for %r", user)
    return "denied", 401
`,
  ),
  bad(
    "CWE-117",
    "batch45: audit helper writes the search query to a log file with write()",
    src`
import datetime
from flask import Flask, request

app = Flask(__name__)


def audit(msg):
    with open("/var/log/app/audit.log", "a") as fh:
        fh.write(f"{datetime.datetime.utcnow().isoformat()} {msg}\n")


@app.get("/search")
def search():
    q = request.args.get("q", "")
    audit("search: " + q)
    return {"q": q}
`,
  ),
  // ---------------- CWE-295 / 297 TLS ----------------
  bad(
    "CWE-295",
    "batch45: requests session with verify=False for an internal API",
    src`
import requests


def fetch_orders(base_url, token):
    s = requests.Session()
    s.verify = False
    s.headers["Authorization"] = f"Bearer {token}"
    return s.get(base_url + "/orders", timeout=10).json()
`,
  ),
  good(
    "CWE-295",
    "batch45: requests session verifies against the internal CA bundle",
    src`
import requests


def fetch_orders(base_url, token):
    s = requests.Session()
    s.verify = "/etc/ssl/internal-ca.pem"
    s.headers["Authorization"] = f"Bearer {token}"
    return s.get(base_url + "/orders", timeout=10).json()
`,
  ),
  bad(
    "CWE-295",
    "batch45: ssl context with CERT_NONE for an smtplib connection",
    src`
import smtplib
import ssl


def send(msg, host, user, password):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with smtplib.SMTP_SSL(host, 465, context=ctx) as s:
        s.login(user, password)
        s.send_message(msg)
`,
  ),
  good(
    "CWE-295",
    "batch45: smtplib with the default verifying context",
    src`
import smtplib
import ssl


def send(msg, host, user, password):
    ctx = ssl.create_default_context()
    with smtplib.SMTP_SSL(host, 465, context=ctx) as s:
        s.login(user, password)
        s.send_message(msg)
`,
  ),
  bad(
    "CWE-297",
    "batch45: TLS client verifies the chain but turns hostname checking off",
    src`
import socket
import ssl


def open_tls(host, port=443):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    sock = socket.create_connection((host, port))
    return ctx.wrap_socket(sock, server_hostname=host)
`,
  ),
  bad(
    "CWE-295",
    "batch45: aiohttp ClientSession with ssl=False when calling a payment API",
    src`
import aiohttp


async def charge(amount, card_token):
    async with aiohttp.ClientSession() as session:
        async with session.post(
            "https://pay.example.com/v1/charge",
            json={"amount": amount, "card": card_token},
            ssl=False,
        ) as resp:
            return await resp.json()
`,
  ),
  bad(
    "CWE-295",
    "batch45: paramiko client accepts unknown host keys with AutoAddPolicy",
    src`
import paramiko


def run_remote(host, cmd_name):
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    c.connect(host, username="deploy", key_filename="/home/deploy/.ssh/id_ed25519")
    _, out, _ = c.exec_command("uptime")
    return out.read().decode()
`,
  ),
  good(
    "CWE-295",
    "batch45: paramiko client loads known hosts and rejects unknown keys",
    src`
import paramiko


def run_remote(host, cmd_name):
    c = paramiko.SSHClient()
    c.load_system_host_keys()
    c.set_missing_host_key_policy(paramiko.RejectPolicy())
    c.connect(host, username="deploy", key_filename="/home/deploy/.ssh/id_ed25519")
    _, out, _ = c.exec_command("uptime")
    return out.read().decode()
`,
  ),
  // ---------------- CWE-327 / 328 / 759 / 760 crypto ----------------
  bad(
    "CWE-327",
    "batch45: encrypt helper uses DES in ECB mode from pycryptodome",
    src`
from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt(key8: bytes, data: bytes) -> bytes:
    return DES.new(key8, DES.MODE_ECB).encrypt(pad(data, 8))
`,
  ),
  good(
    "CWE-327",
    "batch45: encrypt helper uses AES-GCM with a random nonce",
    src`
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)
`,
  ),
  bad(
    "CWE-327",
    "batch45: cryptography Cipher with AES in ECB mode for records",
    src`
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def seal(key: bytes, block16: bytes) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(block16) + enc.finalize()
`,
  ),
  bad(
    "CWE-327",
    "batch45: ARC4 stream cipher used for a token",
    src`
from Crypto.Cipher import ARC4


def obfuscate(key: bytes, token: bytes) -> bytes:
    return ARC4.new(key).encrypt(token)
`,
  ),
  bad(
    "CWE-328",
    "batch45: password stored as an MD5 hex digest via hashlib.new('md5')",
    src`
import hashlib


def hash_password(password: str) -> str:
    """Hash a password for the users table."""
    return hashlib.new("md5", password.encode()).hexdigest()
`,
  ),
  good(
    "CWE-328",
    "batch45: password hashed with scrypt and a random salt",
    src`
import hashlib
import os


def hash_password(password: str) -> str:
    """Hash a password for the users table."""
    salt = os.urandom(16)
    dk = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + "$" + dk.hex()
`,
  ),
  good(
    "CWE-328",
    "batch45: md5 used only as a cache key for file contents with usedforsecurity=False",
    src`
import hashlib


def cache_key(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read(), usedforsecurity=False).hexdigest()
`,
  ),
  bad(
    "CWE-759",
    "batch45: password hashed with a single unsalted sha256",
    src`
import hashlib


class UserStore:
    def __init__(self):
        self.users = {}

    def register(self, name, password):
        self.users[name] = hashlib.sha256(password.encode("utf-8")).hexdigest()

    def verify(self, name, password):
        return self.users.get(name) == hashlib.sha256(password.encode("utf-8")).hexdigest()
`,
  ),
  bad(
    "CWE-760",
    "batch45: pbkdf2_hmac with a constant salt for every user",
    src`
import hashlib

SALT = b"our-app-salt"


def hash_password(password: str) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 600_000)
`,
  ),
  good(
    "CWE-760",
    "batch45: pbkdf2_hmac with a per-user random salt",
    src`
import hashlib
import os


def hash_password(password: str):
    salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
`,
  ),
  bad(
    "CWE-327",
    "batch45: RSA key generated with 1024 bits",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa


def new_signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)
`,
  ),
  good(
    "CWE-327",
    "batch45: RSA key generated with 3072 bits",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa


def new_signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)
`,
  ),
  // ---------------- CWE-330 / 338 randomness ----------------
  bad(
    "CWE-338",
    "batch45: password reset token made with random.choices",
    src`
import random
import string


def reset_token(n=32):
    """Make a token for the password-reset link."""
    return "".join(random.choices(string.ascii_letters + string.digits, k=n))
`,
  ),
  good(
    "CWE-338",
    "batch45: password reset token made with secrets.token_urlsafe",
    src`
import secrets


def reset_token(n=32):
    """Make a token for the password-reset link."""
    return secrets.token_urlsafe(n)
`,
  ),
  bad(
    "CWE-330",
    "batch45: session id from uuid1 (time and MAC based)",
    src`
import uuid
from flask import Flask, make_response

app = Flask(__name__)
SESSIONS = {}


@app.post("/session")
def new_session():
    sid = str(uuid.uuid1())
    SESSIONS[sid] = {}
    resp = make_response("ok")
    resp.set_cookie("sid", sid, httponly=True, secure=True)
    return resp
`,
  ),
  good(
    "CWE-330",
    "batch45: random module used to shuffle a quiz's question order (not security)",
    src`
import random


def quiz_order(questions, seed=None):
    """Return the questions in a shuffled order for display."""
    rng = random.Random(seed)
    order = list(questions)
    rng.shuffle(order)
    return order
`,
  ),
  bad(
    "CWE-338",
    "batch45: one-time login code from random.randint seeded with the time",
    src`
import random
import time


def otp_code():
    """Six-digit code sent by SMS."""
    random.seed(time.time())
    return "%06d" % random.randint(0, 999999)
`,
  ),
  bad(
    "CWE-338",
    "batch45: API key generated with numpy's random generator",
    src`
import numpy as np

ALPHABET = np.array(list("abcdefghijklmnopqrstuvwxyz0123456789"))


def new_api_key(length=40):
    """Issue an API key for a new client."""
    return "".join(np.random.choice(ALPHABET, size=length))
`,
  ),
  // ---------------- CWE-347 signatures ----------------
  bad(
    "CWE-347",
    "batch45: jwt.decode accepting the 'none' algorithm",
    src`
import jwt


def user_from_token(token, key):
    claims = jwt.decode(token, key, algorithms=["HS256", "none"])
    return claims["sub"]
`,
  ),
  good(
    "CWE-347",
    "batch45: webhook signature checked with hmac.compare_digest over the raw body",
    src`
import hashlib
import hmac
import os
from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.post("/webhook")
def webhook():
    sig = request.headers.get("X-Signature", "")
    mac = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, sig):
        abort(401)
    return "ok"
`,
  ),
  bad(
    "CWE-347",
    "batch45: python-jose jwt.get_unverified_claims used to authorise",
    src`
from jose import jwt
from flask import Flask, request, abort

app = Flask(__name__)


@app.get("/admin")
def admin():
    claims = jwt.get_unverified_claims(request.headers["X-Token"])
    if claims.get("role") != "admin":
        abort(403)
    return "welcome admin"
`,
  ),
  // ---------------- CWE-377 temp files ----------------
  bad(
    "CWE-377",
    "batch45: tempfile.mktemp name then opened for writing",
    src`
import tempfile


def spool(data: bytes) -> str:
    """Write data to a temporary file and return its path."""
    path = tempfile.mktemp(suffix=".bin")
    with open(path, "wb") as fh:
        fh.write(data)
    return path
`,
  ),
  good(
    "CWE-377",
    "batch45: tempfile.mkstemp opened by descriptor",
    src`
import os
import tempfile


def spool(data: bytes) -> str:
    """Write data to a temporary file and return its path."""
    fd, path = tempfile.mkstemp(suffix=".bin")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path
`,
  ),
  bad(
    "CWE-377",
    "batch45: fixed name in /tmp built with os.path.join and the pid",
    src`
import os


def write_report(text):
    path = os.path.join("/tmp", "report-%d.txt" % os.getpid())
    with open(path, "w") as fh:
        fh.write(text)
    return path
`,
  ),
  // ---------------- CWE-384 / 613 / 614 / 1004 sessions and cookies ----------------
  bad(
    "CWE-384",
    "batch45: login stores the user in the existing Django session without cycling the key",
    src`
from django.contrib.auth import authenticate
from django.http import HttpResponse


def login_view(request):
    user = authenticate(request, username=request.POST["u"], password=request.POST["p"])
    if user is None:
        return HttpResponse("no", status=401)
    request.session["_auth_user_id"] = str(user.pk)
    request.session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    return HttpResponse("ok")
`,
  ),
  good(
    "CWE-384",
    "batch45: login uses django.contrib.auth.login, which cycles the session key",
    src`
from django.contrib.auth import authenticate, login
from django.http import HttpResponse


def login_view(request):
    user = authenticate(request, username=request.POST["u"], password=request.POST["p"])
    if user is None:
        return HttpResponse("no", status=401)
    login(request, user)
    return HttpResponse("ok")
`,
  ),
  bad(
    "CWE-384",
    "batch45: Flask login keeps a session id taken from the query string",
    src`
from flask import Flask, request, make_response
from werkzeug.security import check_password_hash

app = Flask(__name__)
SESSIONS = {}
USERS = {}


@app.post("/login")
def login():
    sid = request.args.get("sid") or request.cookies.get("sid")
    user = request.form["user"]
    if not check_password_hash(USERS.get(user, ""), request.form["pw"]):
        return "no", 401
    SESSIONS[sid] = user
    resp = make_response("ok")
    resp.set_cookie("sid", sid, httponly=True, secure=True)
    return resp
`,
  ),
  bad(
    "CWE-613",
    "batch45: Flask sessions made permanent with a one-year lifetime",
    src`
import os
from datetime import timedelta
from flask import Flask, session, request

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
app.permanent_session_lifetime = timedelta(days=365)


@app.post("/login")
def login():
    session.permanent = True
    session["user"] = request.form["user"]
    return "ok"
`,
  ),
  bad(
    "CWE-613",
    "batch45: logout deletes the cookie but leaves the server-side session record",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)
SESSIONS = {}


@app.post("/logout")
def logout():
    resp = make_response("bye")
    resp.delete_cookie("sid")
    return resp


@app.get("/me")
def me():
    return {"user": SESSIONS.get(request.cookies.get("sid"))}
`,
  ),
  good(
    "CWE-613",
    "batch45: logout removes the server-side session and the cookie",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)
SESSIONS = {}


@app.post("/logout")
def logout():
    SESSIONS.pop(request.cookies.get("sid"), None)
    resp = make_response("bye")
    resp.delete_cookie("sid")
    return resp


@app.get("/me")
def me():
    return {"user": SESSIONS.get(request.cookies.get("sid"))}
`,
  ),
  bad(
    "CWE-614",
    "batch45: auth cookie set with httponly but no secure flag",
    src`
from flask import Flask, make_response
import secrets

app = Flask(__name__)


@app.post("/login")
def login():
    resp = make_response("ok")
    resp.set_cookie("auth", secrets.token_urlsafe(32), httponly=True, samesite="Lax")
    return resp
`,
  ),
  good(
    "CWE-614",
    "batch45: auth cookie set with secure, httponly and samesite",
    src`
from flask import Flask, make_response
import secrets

app = Flask(__name__)


@app.post("/login")
def login():
    resp = make_response("ok")
    resp.set_cookie("auth", secrets.token_urlsafe(32), secure=True, httponly=True, samesite="Lax")
    return resp
`,
  ),
  bad(
    "CWE-1004",
    "batch45: Django session cookie settings with SESSION_COOKIE_HTTPONLY = False",
    src`
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = False
CSRF_COOKIE_SECURE = True
`,
  ),
  bad(
    "CWE-1004",
    "batch45: FastAPI sets a session token cookie with httponly=False so the SPA can read it",
    src`
import secrets
from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/login")
def login(response: Response):
    response.set_cookie("session_token", secrets.token_hex(32), secure=True, httponly=False)
    return {"ok": True}
`,
  ),
  good(
    "CWE-1004",
    "batch45: FastAPI sets the session token cookie httponly and secure",
    src`
import secrets
from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/login")
def login(response: Response):
    response.set_cookie("session_token", secrets.token_hex(32), secure=True, httponly=True, samesite="strict")
    return {"ok": True}
`,
  ),
  // ---------------- CWE-601 open redirect ----------------
  bad(
    "CWE-601",
    "batch45: login redirects to the next parameter unchecked",
    src`
from flask import Flask, request, redirect, session

app = Flask(__name__)


@app.post("/login")
def login():
    session["user"] = request.form["user"]
    return redirect(request.args.get("next", "/"))
`,
  ),
  good(
    "CWE-601",
    "batch45: login redirects only to a relative path on this site",
    src`
from urllib.parse import urlparse
from flask import Flask, request, redirect, session

app = Flask(__name__)


@app.post("/login")
def login():
    session["user"] = request.form["user"]
    nxt = request.args.get("next", "/")
    u = urlparse(nxt)
    if u.scheme or u.netloc or not nxt.startswith("/") or nxt.startswith("//"):
        nxt = "/"
    return redirect(nxt)
`,
  ),
  bad(
    "CWE-601",
    "batch45: Django view returns HttpResponseRedirect to a GET parameter",
    src`
from django.http import HttpResponseRedirect


def go(request):
    target = request.GET.get("to", "/")
    return HttpResponseRedirect(target)
`,
  ),
  good(
    "CWE-601",
    "batch45: Django view checks the target with url_has_allowed_host_and_scheme",
    src`
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def go(request):
    target = request.GET.get("to", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        target = "/"
    return HttpResponseRedirect(target)
`,
  ),
  bad(
    "CWE-601",
    "batch45: FastAPI RedirectResponse to a query parameter",
    src`
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/out")
def out(url: str):
    return RedirectResponse(url)
`,
  ),
  // ---------------- CWE-611 / 776 XML ----------------
  bad(
    "CWE-611",
    "batch45: lxml parser with resolve_entities=True parses an uploaded document",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.post("/xml")
def xml():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(request.get_data(), parser)
    return {"tag": root.tag}
`,
  ),
  good(
    "CWE-611",
    "batch45: defusedxml parses the uploaded document",
    src`
from defusedxml import ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/xml")
def xml():
    root = ET.fromstring(request.get_data())
    return {"tag": root.tag}
`,
  ),
  bad(
    "CWE-611",
    "batch45: xml.sax parser with external general entities switched on",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges


class Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.n = 0

    def startElement(self, name, attrs):
        self.n += 1


def count_elements(path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    h = Counter()
    parser.setContentHandler(h)
    parser.parse(path)
    return h.n
`,
  ),
  bad(
    "CWE-776",
    "batch45: xml.dom.minidom parses XML posted by a client (entity expansion)",
    src`
from xml.dom import minidom
from flask import Flask, request

app = Flask(__name__)


@app.post("/feed")
def feed():
    doc = minidom.parseString(request.data)
    return {"items": len(doc.getElementsByTagName("item"))}
`,
  ),
  good(
    "CWE-776",
    "batch45: defusedxml.minidom parses the posted feed",
    src`
from defusedxml import minidom
from flask import Flask, request

app = Flask(__name__)


@app.post("/feed")
def feed():
    doc = minidom.parseString(request.data)
    return {"items": len(doc.getElementsByTagName("item"))}
`,
  ),
  // ---------------- CWE-643 XPath / CWE-90 LDAP ----------------
  bad(
    "CWE-643",
    "batch45: lxml xpath with the user name formatted into the expression",
    src`
from lxml import etree

TREE = etree.parse("/etc/app/users.xml")


def find_user(name):
    """Return the role of a user from the XML user list."""
    hits = TREE.xpath("//user[@name='%s']/role/text()" % name)
    return hits[0] if hits else None
`,
  ),
  good(
    "CWE-643",
    "batch45: lxml xpath with a variable binding",
    src`
from lxml import etree

TREE = etree.parse("/etc/app/users.xml")


def find_user(name):
    """Return the role of a user from the XML user list."""
    hits = TREE.xpath("//user[@name=$n]/role/text()", n=name)
    return hits[0] if hits else None
`,
  ),
  bad(
    "CWE-90",
    "batch45: ldap3 search filter built with an f-string of the login name",
    src`
from ldap3 import Server, Connection


def groups_of(uid):
    conn = Connection(Server("ldap://ldap.corp"), auto_bind=True)
    conn.search("dc=corp,dc=example", f"(&(objectClass=person)(uid={uid}))", attributes=["memberOf"])
    return [e.memberOf.values for e in conn.entries]
`,
  ),
  good(
    "CWE-90",
    "batch45: ldap3 search filter escapes the login name",
    src`
from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars


def groups_of(uid):
    conn = Connection(Server("ldap://ldap.corp"), auto_bind=True)
    conn.search("dc=corp,dc=example", f"(&(objectClass=person)(uid={escape_filter_chars(uid)}))", attributes=["memberOf"])
    return [e.memberOf.values for e in conn.entries]
`,
  ),
  // ---------------- CWE-915 mass assignment ----------------
  bad(
    "CWE-915",
    "batch45: profile update sets every attribute from the JSON body with setattr",
    src`
from flask import Flask, request, g

app = Flask(__name__)


@app.patch("/profile")
def update_profile():
    user = g.current_user
    for key, value in request.get_json().items():
        setattr(user, key, value)
    user.save()
    return {"ok": True}
`,
  ),
  good(
    "CWE-915",
    "batch45: profile update copies only allowed fields",
    src`
from flask import Flask, request, g

app = Flask(__name__)
EDITABLE = {"display_name", "bio", "avatar_url"}


@app.patch("/profile")
def update_profile():
    user = g.current_user
    for key, value in request.get_json().items():
        if key in EDITABLE:
            setattr(user, key, value)
    user.save()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-915",
    "batch45: Django model updated with **request.POST.dict()",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from .models import Profile


@login_required
def save_profile(request):
    Profile.objects.filter(user=request.user).update(**request.POST.dict())
    return JsonResponse({"ok": True})
`,
  ),
  good(
    "CWE-915",
    "batch45: Django ModelForm with an explicit fields list",
    src`
from django import forms
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from .models import Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "bio"]


@login_required
def save_profile(request):
    form = ProfileForm(request.POST, instance=request.user.profile)
    if form.is_valid():
        form.save()
    return JsonResponse({"ok": form.is_valid()})
`,
  ),
  bad(
    "CWE-915",
    "batch45: SQLAlchemy model built from the request JSON with ** (FastAPI dict body)",
    src`
from fastapi import FastAPI, Body
from .db import SessionLocal
from .models import Account

app = FastAPI()


@app.post("/accounts")
def create(payload: dict = Body(...)):
    db = SessionLocal()
    acct = Account(**payload)
    db.add(acct)
    db.commit()
    return {"id": acct.id}
`,
  ),
  // ---------------- less tidy spellings ----------------
  bad(
    "CWE-78",
    "batch45: from subprocess import Popen as P, shell=True on a joined list of CLI words",
    src`
import sys
from subprocess import Popen as P, PIPE


def grep_logs(words):
    """Search the logs for any of the words."""
    pattern = "|".join(words)
    proc = P("grep -E '" + pattern + "' /var/log/app/*.log", shell=True, stdout=PIPE)
    return proc.communicate()[0]


if __name__ == "__main__":
    sys.stdout.buffer.write(grep_logs(sys.argv[1:]))
`,
  ),
  bad(
    "CWE-78",
    "batch45: getattr(os, 'system') called with a value from input()",
    src`
import os

runner = getattr(os, "system")


def main():
    host = input("host to check: ")
    runner("nc -zv " + host + " 443")


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-78",
    "batch45: subprocess.run with shell=True on a constant command string",
    src`
import subprocess


def disk_report():
    """Return df output for the data mounts."""
    return subprocess.run("df -h | grep /data", shell=True, capture_output=True, text=True).stdout
`,
  ),
  bad(
    "CWE-89",
    "batch45: query string assembled across lines with += and %-formatting of a config-driven filter",
    src`
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.get("/audit")
def audit():
    q = "SELECT ts, actor, action FROM audit WHERE 1=1"
    actor = request.args.get("actor")
    if actor:
        q += " AND actor = '%s'" % actor
    q += " ORDER BY ts DESC LIMIT 50"
    return {"rows": sqlite3.connect("audit.db").execute(q).fetchall()}
`,
  ),
  good(
    "CWE-89",
    "batch45: query assembled with += and a params list",
    src`
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.get("/audit")
def audit():
    q = "SELECT ts, actor, action FROM audit WHERE 1=1"
    params = []
    actor = request.args.get("actor")
    if actor:
        q += " AND actor = ?"
        params.append(actor)
    q += " ORDER BY ts DESC LIMIT 50"
    return {"rows": sqlite3.connect("audit.db").execute(q, params).fetchall()}
`,
  ),
  bad(
    "CWE-22",
    "batch45: shutil.copy of a user-named template into the work folder",
    src`
import shutil
from flask import Flask, request

app = Flask(__name__)


@app.post("/new-doc")
def new_doc():
    tpl = request.form["template"]
    shutil.copy(f"/srv/templates/{tpl}", "/srv/work/current.docx")
    return "created"
`,
  ),
  bad(
    "CWE-502",
    "batch45: jsonpickle.decode of a request body",
    src`
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.post("/restore")
def restore():
    obj = jsonpickle.decode(request.get_data(as_text=True))
    return {"type": type(obj).__name__}
`,
  ),
  bad(
    "CWE-502",
    "batch45: shelve.open on a path given on the command line, then values read",
    src`
import shelve
import sys


def main():
    with shelve.open(sys.argv[1]) as db:
        for key in db:
            print(key, db[key])


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-918",
    "batch45: urllib3 PoolManager request to a URL from the API's JSON",
    src`
import urllib3
from flask import Flask, request

app = Flask(__name__)
http = urllib3.PoolManager()


@app.post("/fetch")
def fetch():
    target = request.get_json()["target"]
    r = http.request("GET", target, timeout=3.0)
    return {"status": r.status}
`,
  ),
  bad(
    "CWE-79",
    "batch45: Response with mimetype text/html built by '%s' of a cookie value",
    src`
from flask import Flask, request, Response

app = Flask(__name__)


@app.get("/theme")
def theme():
    t = request.cookies.get("theme", "light")
    return Response("<body class='%s'>themed</body>" % t, mimetype="text/html")
`,
  ),
  good(
    "CWE-79",
    "batch45: Response with mimetype text/plain echoing a cookie",
    src`
from flask import Flask, request, Response

app = Flask(__name__)


@app.get("/theme")
def theme():
    t = request.cookies.get("theme", "light")
    return Response("theme is " + t, mimetype="text/plain")
`,
  ),
  bad(
    "CWE-95",
    "batch45: config value from the environment passed to eval to build a dict",
    src`
import os


def feature_flags():
    """Read feature flags like "{'beta': True}" from FEATURE_FLAGS."""
    return eval(os.environ.get("FEATURE_FLAGS", "{}"))
`,
  ),
  good(
    "CWE-95",
    "batch45: feature flags from the environment parsed with json.loads",
    src`
import json
import os


def feature_flags():
    """Read feature flags like '{"beta": true}' from FEATURE_FLAGS."""
    return json.loads(os.environ.get("FEATURE_FLAGS", "{}"))
`,
  ),
];
