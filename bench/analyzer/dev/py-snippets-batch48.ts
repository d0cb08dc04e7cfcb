// Dev suite "py-snippets", batch 48 (see py-snippets.ts): written blind, measured before any fix it prompted. Three
// parts: the Top-25 classes spelled through less common libraries (asyncio/pexpect/invoke/os.popen commands; peewee,
// records, dataset, psycopg.sql and aiosqlite queries; pathlib joins, normpath and zip member names; Starlette,
// aiohttp, tornado and bottle output; jsonpickle, dill, shelve, pandas, torch and numpy loaders; urllib3, aiohttp and
// pycurl fetches; lxml, SAX and pulldom parsers; compile/exec, import_module and getattr dispatch), the classes the
// suite holds few cases of (IP and Referer trust, reverse DNS, generic catches, ctypes buffers, seeds, symlinks,
// search paths, RSA padding, nonce reuse, loop bounds from input, privilege drops, exposed methods, and more), and
// last wave's open misses in new spellings (ownership checks, replay, prefix hash comparison, short OTPs, unlocked
// counters, hidden back doors). Each beside fixed twins or safe look-alikes. Own code, never taken from a held-out
// corpus. Measured right after it was committed (dev.ts --suite py-snippets --match "batch48:"): right CWE 72/111,
// any finding 91/111, false positives 3/99 (2 at MEDIUM+); after the fixes it prompted 103/111, 108/111, 1/99 (LOW).
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH48: DevCase[] = [
  // ---------------- CWE-78 through less common process APIs ----------------
  bad(
    "CWE-78",
    "batch48: async ping helper builds a shell line for asyncio.create_subprocess_shell from its host argument",
    src`
import asyncio


async def ping(host: str) -> str:
    """Ping a host given by the caller and return the output."""
    proc = await asyncio.create_subprocess_shell(
        f"ping -c 1 {host}",
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return out.decode()
`,
  ),
  good(
    "CWE-78",
    "batch48: async ping helper passes the host as one argv item to create_subprocess_exec",
    src`
import asyncio


async def ping(host: str) -> str:
    """Ping a host given by the caller and return the output."""
    proc = await asyncio.create_subprocess_exec(
        "ping", "-c", "1", "--", host,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return out.decode()
`,
  ),
  bad(
    "CWE-78",
    "batch48: pexpect.spawn of an ssh line with the user name from the request",
    src`
import pexpect
from flask import Flask, request

app = Flask(__name__)


@app.post("/remote-uptime")
def remote_uptime():
    user = request.form["user"]
    child = pexpect.spawn(f"/bin/sh -c 'ssh {user}@backup.internal uptime'")
    child.expect(pexpect.EOF)
    return child.before.decode()
`,
  ),
  bad(
    "CWE-78",
    "batch48: invoke task runs git checkout with a branch name from the command line",
    src`
import sys
from invoke import Context


def deploy(branch):
    """Check out the requested branch and restart the service."""
    c = Context()
    c.run("git fetch origin && git checkout " + branch)
    c.run("systemctl restart app")


if __name__ == "__main__":
    deploy(sys.argv[1])
`,
  ),
  good(
    "CWE-78",
    "batch48: invoke task quotes the branch name with shlex.quote before c.run",
    src`
import shlex
import sys
from invoke import Context


def deploy(branch):
    """Check out the requested branch and restart the service."""
    c = Context()
    c.run("git fetch origin && git checkout " + shlex.quote(branch))
    c.run("systemctl restart app")


if __name__ == "__main__":
    deploy(sys.argv[1])
`,
  ),
  bad(
    "CWE-78",
    "batch48: os.popen of a du line for a directory named in the query string",
    src`
import os
from flask import Flask, request

app = Flask(__name__)


@app.get("/usage")
def usage():
    folder = request.args.get("dir", ".")
    return os.popen("du -sh " + folder).read()
`,
  ),
  bad(
    "CWE-78",
    "batch48: fabric Connection.run with a package name taken from a JSON body",
    src`
from fabric import Connection
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/install")
def install():
    pkg = request.get_json()["package"]
    with Connection("build01.internal") as conn:
        result = conn.run(f"apt-get install -y {pkg}", hide=True)
    return jsonify(ok=result.ok)
`,
  ),
  good(
    "CWE-78",
    "batch48: fabric run with a package name checked against an allow-list",
    src`
from fabric import Connection
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
ALLOWED = {"nginx", "redis-server", "postgresql"}


@app.post("/install")
def install():
    pkg = request.get_json()["package"]
    if pkg not in ALLOWED:
        abort(400)
    with Connection("build01.internal") as conn:
        result = conn.run(f"apt-get install -y {pkg}", hide=True)
    return jsonify(ok=result.ok)
`,
  ),
  // ---------------- CWE-89 through less common database layers ----------------
  bad(
    "CWE-89",
    "batch48: peewee raw query formats the user name into the SQL text",
    src`
from peewee import SqliteDatabase, Model, CharField

db = SqliteDatabase("app.db")


class User(Model):
    name = CharField()

    class Meta:
        database = db


def find_user(name):
    """Return users whose name matches the given value."""
    return list(User.raw("SELECT * FROM user WHERE name = '%s'" % name))
`,
  ),
  good(
    "CWE-89",
    "batch48: peewee raw query passes the user name as a parameter",
    src`
from peewee import SqliteDatabase, Model, CharField

db = SqliteDatabase("app.db")


class User(Model):
    name = CharField()

    class Meta:
        database = db


def find_user(name):
    """Return users whose name matches the given value."""
    return list(User.raw("SELECT * FROM user WHERE name = ?", name))
`,
  ),
  bad(
    "CWE-89",
    "batch48: records library query with an f-string holding the order id",
    src`
import records
from flask import Flask, request, jsonify

app = Flask(__name__)
db = records.Database("postgresql://app@localhost/shop")


@app.get("/orders")
def orders():
    status = request.args["status"]
    rows = db.query(f"SELECT id, total FROM orders WHERE status = '{status}'")
    return jsonify(rows.as_dict())
`,
  ),
  good(
    "CWE-89",
    "batch48: records library query binds the status as a named parameter",
    src`
import records
from flask import Flask, request, jsonify

app = Flask(__name__)
db = records.Database("postgresql://app@localhost/shop")


@app.get("/orders")
def orders():
    status = request.args["status"]
    rows = db.query("SELECT id, total FROM orders WHERE status = :status", status=status)
    return jsonify(rows.as_dict())
`,
  ),
  bad(
    "CWE-89",
    "batch48: dataset db.query with a concatenated sort column and search term",
    src`
import dataset


def search_books(term, sort):
    """Search the catalogue for a title fragment, sorted by the chosen column."""
    db = dataset.connect("sqlite:///library.db")
    sql = "SELECT * FROM books WHERE title LIKE '%" + term + "%' ORDER BY " + sort
    return list(db.query(sql))
`,
  ),
  bad(
    "CWE-89",
    "batch48: psycopg sql.SQL built with str.format instead of sql.Identifier",
    src`
import psycopg
from psycopg import sql


def count_rows(conn: psycopg.Connection, table: str) -> int:
    """Count the rows of a table the admin picks in the UI."""
    query = sql.SQL("SELECT count(*) FROM {}".format(table))
    with conn.cursor() as cur:
        cur.execute(query)
        return cur.fetchone()[0]
`,
  ),
  good(
    "CWE-89",
    "batch48: psycopg sql.SQL composes the table name through sql.Identifier",
    src`
import psycopg
from psycopg import sql


def count_rows(conn: psycopg.Connection, table: str) -> int:
    """Count the rows of a table the admin picks in the UI."""
    query = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
    with conn.cursor() as cur:
        cur.execute(query)
        return cur.fetchone()[0]
`,
  ),
  bad(
    "CWE-89",
    "batch48: aiosqlite execute with an f-string in an aiohttp handler",
    src`
import aiosqlite
from aiohttp import web


async def lookup(request: web.Request) -> web.Response:
    sku = request.match_info["sku"]
    async with aiosqlite.connect("stock.db") as db:
        async with db.execute(f"SELECT qty FROM stock WHERE sku = '{sku}'") as cur:
            row = await cur.fetchone()
    return web.json_response({"qty": row[0] if row else 0})
`,
  ),
  good(
    "CWE-89",
    "batch48: aiosqlite execute with a bound parameter in an aiohttp handler",
    src`
import aiosqlite
from aiohttp import web


async def lookup(request: web.Request) -> web.Response:
    sku = request.match_info["sku"]
    async with aiosqlite.connect("stock.db") as db:
        async with db.execute("SELECT qty FROM stock WHERE sku = ?", (sku,)) as cur:
            row = await cur.fetchone()
    return web.json_response({"qty": row[0] if row else 0})
`,
  ),
  bad(
    "CWE-89",
    "batch48: pony db.execute with a %-formatted where clause",
    src`
from pony.orm import Database, db_session

db = Database()
db.bind(provider="sqlite", filename="crm.sqlite")


@db_session
def delete_contact(email):
    """Remove the contact with this email address."""
    db.execute("DELETE FROM Contact WHERE email = '%s'" % email)
`,
  ),
  // ---------------- CWE-22 through pathlib, normpath and zip member names ----------------
  bad(
    "CWE-22",
    "batch48: FastAPI download joins a pathlib base with the requested name by the / operator",
    src`
from pathlib import Path
from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
REPORTS = Path("/srv/reports")


@app.get("/reports/{name:path}")
def report(name: str):
    return FileResponse(REPORTS / name)
`,
  ),
  good(
    "CWE-22",
    "batch48: FastAPI download resolves the pathlib join and checks it stays under the base",
    src`
from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
REPORTS = Path("/srv/reports").resolve()


@app.get("/reports/{name:path}")
def report(name: str):
    target = (REPORTS / name).resolve()
    if not target.is_relative_to(REPORTS):
        raise HTTPException(status_code=404)
    return FileResponse(target)
`,
  ),
  bad(
    "CWE-22",
    "batch48: normpath of the requested name still keeps leading .. before the join",
    src`
import os
from flask import Flask, request, send_file

app = Flask(__name__)
BASE = "/var/www/attachments"


@app.get("/attachment")
def attachment():
    name = os.path.normpath(request.args["f"])
    return send_file(os.path.join(BASE, name))
`,
  ),
  good(
    "CWE-22",
    "batch48: send_from_directory serves the requested name under a fixed folder",
    src`
from flask import Flask, request, send_from_directory

app = Flask(__name__)
BASE = "/var/www/attachments"


@app.get("/attachment")
def attachment():
    return send_from_directory(BASE, request.args["f"])
`,
  ),
  bad(
    "CWE-22",
    "batch48: archive importer writes each zip member to dest joined with its stored name",
    src`
import os
import zipfile


def unpack(archive_path, dest):
    """Unpack an uploaded theme archive into dest."""
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            out = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with zf.open(info) as src, open(out, "wb") as fh:
                fh.write(src.read())
`,
  ),
  good(
    "CWE-22",
    "batch48: archive importer skips members whose real path leaves dest",
    src`
import os
import zipfile


def unpack(archive_path, dest):
    """Unpack an uploaded theme archive into dest."""
    root = os.path.realpath(dest)
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            out = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, out]) != root:
                raise ValueError("member escapes destination: " + info.filename)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with zf.open(info) as src, open(out, "wb") as fh:
                fh.write(src.read())
`,
  ),
  // ---------------- CWE-79 through Starlette, aiohttp, tornado and bottle ----------------
  bad(
    "CWE-79",
    "batch48: FastAPI HTMLResponse built with an f-string holding the query parameter",
    src`
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/greet", response_class=HTMLResponse)
def greet(name: str = "guest"):
    return HTMLResponse(f"<h1>Hello {name}</h1>")
`,
  ),
  good(
    "CWE-79",
    "batch48: FastAPI HTMLResponse escapes the query parameter with html.escape",
    src`
import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/greet", response_class=HTMLResponse)
def greet(name: str = "guest"):
    return HTMLResponse(f"<h1>Hello {html.escape(name)}</h1>")
`,
  ),
  bad(
    "CWE-79",
    "batch48: aiohttp web.Response with content_type text/html and the search term",
    src`
from aiohttp import web


async def search(request: web.Request) -> web.Response:
    q = request.query.get("q", "")
    body = "<p>No results for <b>" + q + "</b></p>"
    return web.Response(text=body, content_type="text/html")


app = web.Application()
app.router.add_get("/search", search)
`,
  ),
  good(
    "CWE-79",
    "batch48: aiohttp web.Response with the search term as text/plain",
    src`
from aiohttp import web


async def search(request: web.Request) -> web.Response:
    q = request.query.get("q", "")
    return web.Response(text="No results for " + q, content_type="text/plain")


app = web.Application()
app.router.add_get("/search", search)
`,
  ),
  bad(
    "CWE-79",
    "batch48: tornado handler writes the argument into HTML with self.write",
    src`
import tornado.web


class ProfileHandler(tornado.web.RequestHandler):
    def get(self):
        nick = self.get_argument("nick")
        self.write("<div class='nick'>" + nick + "</div>")


app = tornado.web.Application([(r"/profile", ProfileHandler)])
`,
  ),
  good(
    "CWE-79",
    "batch48: tornado handler escapes the argument with xhtml_escape before writing",
    src`
import tornado.web
from tornado.escape import xhtml_escape


class ProfileHandler(tornado.web.RequestHandler):
    def get(self):
        nick = self.get_argument("nick")
        self.write("<div class='nick'>" + xhtml_escape(nick) + "</div>")


app = tornado.web.Application([(r"/profile", ProfileHandler)])
`,
  ),
  bad(
    "CWE-79",
    "batch48: bottle template marks the comment text raw with {{!...}}",
    src`
from bottle import route, request, template, run

PAGE = "<h2>Your comment</h2><div>{{!comment}}</div>"


@route("/preview", method="POST")
def preview():
    return template(PAGE, comment=request.forms.get("comment"))


if __name__ == "__main__":
    run(port=8080)
`,
  ),
  good(
    "CWE-79",
    "batch48: bottle template prints the comment with the escaping {{...}} form",
    src`
from bottle import route, request, template, run

PAGE = "<h2>Your comment</h2><div>{{comment}}</div>"


@route("/preview", method="POST")
def preview():
    return template(PAGE, comment=request.forms.get("comment"))


if __name__ == "__main__":
    run(port=8080)
`,
  ),
  // ---------------- CWE-502 through less common loaders ----------------
  bad(
    "CWE-502",
    "batch48: jsonpickle.decode of a cookie value restores the cart object",
    src`
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.get("/cart")
def cart():
    raw = request.cookies.get("cart", "[]")
    items = jsonpickle.decode(raw)
    return {"count": len(items)}
`,
  ),
  good(
    "CWE-502",
    "batch48: cart cookie read with json.loads",
    src`
import json
from flask import Flask, request

app = Flask(__name__)


@app.get("/cart")
def cart():
    raw = request.cookies.get("cart", "[]")
    items = json.loads(raw)
    return {"count": len(items)}
`,
  ),
  bad(
    "CWE-502",
    "batch48: dill.loads of a task payload received over a socket",
    src`
import socket
import dill


def serve(port=9000):
    """Run tasks that workers send as serialized callables."""
    srv = socket.create_server(("0.0.0.0", port))
    while True:
        conn, _ = srv.accept()
        data = conn.recv(65536)
        task = dill.loads(data)
        conn.sendall(repr(task()).encode())
        conn.close()
`,
  ),
  bad(
    "CWE-502",
    "batch48: yaml.unsafe_load of an uploaded settings file",
    src`
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/settings/import")
def import_settings():
    cfg = yaml.unsafe_load(request.files["file"].read())
    return {"keys": sorted(cfg)}
`,
  ),
  good(
    "CWE-502",
    "batch48: yaml.safe_load of an uploaded settings file",
    src`
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/settings/import")
def import_settings():
    cfg = yaml.safe_load(request.files["file"].read())
    return {"keys": sorted(cfg)}
`,
  ),
  bad(
    "CWE-502",
    "batch48: pandas.read_pickle of a dataset the user uploads",
    src`
import io
import pandas as pd
from flask import Flask, request

app = Flask(__name__)


@app.post("/stats")
def stats():
    frame = pd.read_pickle(io.BytesIO(request.files["data"].read()))
    return frame.describe().to_json()
`,
  ),
  good(
    "CWE-502",
    "batch48: pandas.read_csv of a dataset the user uploads",
    src`
import io
import pandas as pd
from flask import Flask, request

app = Flask(__name__)


@app.post("/stats")
def stats():
    frame = pd.read_csv(io.BytesIO(request.files["data"].read()))
    return frame.describe().to_json()
`,
  ),
  bad(
    "CWE-502",
    "batch48: torch.load of a checkpoint path given on the command line without weights_only",
    src`
import argparse
import torch


def main():
    ap = argparse.ArgumentParser(description="Evaluate a downloaded checkpoint")
    ap.add_argument("checkpoint")
    args = ap.parse_args()
    state = torch.load(args.checkpoint, map_location="cpu")
    print(sorted(state)[:10])


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-502",
    "batch48: torch.load of a checkpoint with weights_only=True",
    src`
import argparse
import torch


def main():
    ap = argparse.ArgumentParser(description="Evaluate a downloaded checkpoint")
    ap.add_argument("checkpoint")
    args = ap.parse_args()
    state = torch.load(args.checkpoint, map_location="cpu", weights_only=True)
    print(sorted(state)[:10])


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-502",
    "batch48: numpy.load with allow_pickle=True on an uploaded array file",
    src`
import numpy as np
from flask import Flask, request

app = Flask(__name__)


@app.post("/embed")
def embed():
    arr = np.load(request.files["vectors"], allow_pickle=True)
    return {"shape": list(arr.shape)}
`,
  ),
  good(
    "CWE-502",
    "batch48: numpy.load of an uploaded array file with the default allow_pickle=False",
    src`
import numpy as np
from flask import Flask, request

app = Flask(__name__)


@app.post("/embed")
def embed():
    arr = np.load(request.files["vectors"])
    return {"shape": list(arr.shape)}
`,
  ),
  bad(
    "CWE-502",
    "batch48: shelve.open on a shelf file the user uploads for import",
    src`
import os
import shelve
import tempfile
from flask import Flask, request

app = Flask(__name__)


@app.post("/prefs/import")
def import_prefs():
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "prefs")
    request.files["shelf"].save(path + ".db")
    with shelve.open(path, flag="r") as db:
        return dict(db.get("prefs", {}))
`,
  ),
  // ---------------- CWE-918 through urllib3, aiohttp and pycurl ----------------
  bad(
    "CWE-918",
    "batch48: link preview fetches the posted URL with urllib3.PoolManager().request",
    src`
import urllib3
from flask import Flask, request, jsonify

app = Flask(__name__)
http = urllib3.PoolManager()


@app.post("/preview")
def preview():
    url = request.get_json()["url"]
    resp = http.request("GET", url, timeout=5.0)
    return jsonify(status=resp.status, size=len(resp.data))
`,
  ),
  good(
    "CWE-918",
    "batch48: link preview with urllib3 only fetches hosts on an allow-list over https",
    src`
from urllib.parse import urlparse
import urllib3
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
http = urllib3.PoolManager()
ALLOWED_HOSTS = {"docs.python.org", "pypi.org"}


@app.post("/preview")
def preview():
    url = request.get_json()["url"]
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        abort(400)
    resp = http.request("GET", url, timeout=5.0)
    return jsonify(status=resp.status, size=len(resp.data))
`,
  ),
  bad(
    "CWE-918",
    "batch48: aiohttp handler proxies an image from the url query parameter with ClientSession.get",
    src`
import aiohttp
from aiohttp import web


async def proxy_image(request: web.Request) -> web.Response:
    target = request.query["src"]
    async with aiohttp.ClientSession() as session:
        async with session.get(target) as upstream:
            data = await upstream.read()
            ctype = upstream.headers.get("Content-Type", "application/octet-stream")
    return web.Response(body=data, content_type=ctype)
`,
  ),
  bad(
    "CWE-918",
    "batch48: pycurl fetch of a webhook URL registered through the API",
    src`
from io import BytesIO
import pycurl
from flask import Flask, request

app = Flask(__name__)


@app.post("/webhooks/test")
def test_webhook():
    url = request.form["callback"]
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    code = c.getinfo(pycurl.RESPONSE_CODE)
    c.close()
    return {"status": code}
`,
  ),
  good(
    "CWE-918",
    "batch48: aiohttp client fetches a fixed upstream with the user value only as a query parameter",
    src`
import aiohttp
from aiohttp import web

UPSTREAM = "https://api.weather.example/v1/forecast"


async def forecast(request: web.Request) -> web.Response:
    city = request.query["city"]
    async with aiohttp.ClientSession() as session:
        async with session.get(UPSTREAM, params={"city": city}) as upstream:
            data = await upstream.json()
    return web.json_response(data)
`,
  ),
  // ---------------- CWE-611 through lxml, SAX and pulldom ----------------
  bad(
    "CWE-611",
    "batch48: lxml XMLParser with resolve_entities and load_dtd on an uploaded invoice",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.post("/invoice")
def invoice():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    doc = etree.fromstring(request.data, parser)
    return {"total": doc.findtext("total")}
`,
  ),
  good(
    "CWE-611",
    "batch48: lxml XMLParser with resolve_entities=False and no_network on an uploaded invoice",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.post("/invoice")
def invoice():
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    doc = etree.fromstring(request.data, parser)
    return {"total": doc.findtext("total")}
`,
  ),
  bad(
    "CWE-611",
    "batch48: SAX parser turns on external general entities before parsing a feed",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []

    def characters(self, content):
        self.titles.append(content)


def read_feed(stream):
    """Collect the text of a feed posted by a partner."""
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = TitleHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.titles
`,
  ),
  bad(
    "CWE-611",
    "batch48: pulldom parse of request XML with a SAX parser that resolves external entities",
    src`
from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges
from flask import Flask, request

app = Flask(__name__)


@app.post("/orders/bulk")
def bulk():
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parseString(request.get_data(as_text=True), parser)
    count = 0
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "order":
            count += 1
    return {"orders": count}
`,
  ),
  good(
    "CWE-611",
    "batch48: defusedxml.ElementTree parses the partner feed",
    src`
from defusedxml import ElementTree as ET


def read_feed(stream):
    """Collect the titles of a feed posted by a partner."""
    root = ET.parse(stream).getroot()
    return [t.text for t in root.iter("title")]
`,
  ),
  // ---------------- CWE-94 / CWE-95 / CWE-470 through compile, import and getattr ----------------
  bad(
    "CWE-94",
    "batch48: formula endpoint compiles the posted expression and exec's it",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/formula")
def formula():
    code = compile("result = " + request.form["expr"], "<formula>", "exec")
    scope = {}
    exec(code, scope)
    return jsonify(result=scope["result"])
`,
  ),
  good(
    "CWE-94",
    "batch48: formula endpoint evaluates the posted literal with ast.literal_eval",
    src`
import ast
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/formula")
def formula():
    value = ast.literal_eval(request.form["expr"])
    return jsonify(result=value)
`,
  ),
  bad(
    "CWE-94",
    "batch48: plugin loader imports a module named in the request with importlib.import_module",
    src`
import importlib
from flask import Flask, request

app = Flask(__name__)


@app.post("/run-plugin")
def run_plugin():
    mod = importlib.import_module(request.form["plugin"])
    return str(mod.main())
`,
  ),
  good(
    "CWE-94",
    "batch48: plugin loader maps the requested name through a fixed table of modules",
    src`
import importlib
from flask import Flask, request, abort

app = Flask(__name__)
PLUGINS = {"csv": "plugins.csv_export", "pdf": "plugins.pdf_export"}


@app.post("/run-plugin")
def run_plugin():
    name = request.form["plugin"]
    if name not in PLUGINS:
        abort(404)
    mod = importlib.import_module(PLUGINS[name])
    return str(mod.main())
`,
  ),
  bad(
    "CWE-94",
    "batch48: CLI imports a codec module named on the command line with __import__",
    src`
import sys


def main():
    """Encode stdin with the codec module the operator names."""
    codec = __import__(sys.argv[1])
    sys.stdout.write(codec.encode(sys.stdin.read()))


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-470",
    "batch48: RPC endpoint calls getattr(module, name)() with the method named in the JSON body",
    src`
import os
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/rpc")
def rpc():
    body = request.get_json()
    func = getattr(os, body["method"])
    return jsonify(result=str(func(*body.get("args", []))))
`,
  ),
  good(
    "CWE-470",
    "batch48: RPC endpoint looks the method up in a dict of exposed handlers",
    src`
import time
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


def server_time():
    return time.time()


def echo(text):
    return text


HANDLERS = {"time": server_time, "echo": echo}


@app.post("/rpc")
def rpc():
    body = request.get_json()
    func = HANDLERS.get(body["method"])
    if func is None:
        abort(404)
    return jsonify(result=str(func(*body.get("args", []))))
`,
  ),
  bad(
    "CWE-95",
    "batch48: calculator class evals the expression given to its method",
    src`
class Calculator:
    """Evaluate arithmetic typed by the user in the chat bot."""

    def __init__(self):
        self.history = []

    def calculate(self, expression: str) -> float:
        value = eval(expression, {"__builtins__": {}})
        self.history.append((expression, value))
        return value


def handle_message(text):
    return Calculator().calculate(text.removeprefix("/calc "))
`,
  ),
  // ---------------- CWE-863 ownership of the record not checked ----------------
  bad(
    "CWE-863",
    "batch48: logged-in user downloads any invoice by id; the query never ties it to the user",
    src`
from flask import Flask, send_file
from flask_login import login_required, current_user
from .models import Invoice

app = Flask(__name__)


@app.get("/invoices/<int:invoice_id>/pdf")
@login_required
def invoice_pdf(invoice_id):
    inv = Invoice.query.get_or_404(invoice_id)
    return send_file(inv.pdf_path, mimetype="application/pdf")
`,
  ),
  good(
    "CWE-863",
    "batch48: invoice download filtered by the current user's id",
    src`
from flask import Flask, send_file
from flask_login import login_required, current_user
from .models import Invoice

app = Flask(__name__)


@app.get("/invoices/<int:invoice_id>/pdf")
@login_required
def invoice_pdf(invoice_id):
    inv = Invoice.query.filter_by(id=invoice_id, customer_id=current_user.id).first_or_404()
    return send_file(inv.pdf_path, mimetype="application/pdf")
`,
  ),
  bad(
    "CWE-863",
    "batch48: Django view updates a shipping address fetched by pk without comparing its owner",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from .models import Address


@login_required
def update_address(request, pk):
    addr = get_object_or_404(Address, pk=pk)
    addr.line1 = request.POST["line1"]
    addr.city = request.POST["city"]
    addr.save()
    return JsonResponse({"ok": True})
`,
  ),
  good(
    "CWE-863",
    "batch48: Django view updates a shipping address looked up with user=request.user",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from .models import Address


@login_required
def update_address(request, pk):
    addr = get_object_or_404(Address, pk=pk, user=request.user)
    addr.line1 = request.POST["line1"]
    addr.city = request.POST["city"]
    addr.save()
    return JsonResponse({"ok": True})
`,
  ),
  bad(
    "CWE-863",
    "batch48: FastAPI deletes a project by id for any authenticated user",
    src`
from fastapi import FastAPI, Depends, HTTPException
from sqlalchemy.orm import Session
from .deps import get_db, get_current_user
from .models import Project

app = FastAPI()


@app.delete("/projects/{project_id}")
def delete_project(project_id: int, db: Session = Depends(get_db), user=Depends(get_current_user)):
    project = db.get(Project, project_id)
    if project is None:
        raise HTTPException(status_code=404)
    db.delete(project)
    db.commit()
    return {"deleted": project_id}
`,
  ),
  good(
    "CWE-863",
    "batch48: FastAPI deletes a project only when its owner_id is the caller",
    src`
from fastapi import FastAPI, Depends, HTTPException
from sqlalchemy.orm import Session
from .deps import get_db, get_current_user
from .models import Project

app = FastAPI()


@app.delete("/projects/{project_id}")
def delete_project(project_id: int, db: Session = Depends(get_db), user=Depends(get_current_user)):
    project = db.get(Project, project_id)
    if project is None or project.owner_id != user.id:
        raise HTTPException(status_code=404)
    db.delete(project)
    db.commit()
    return {"deleted": project_id}
`,
  ),
  // ---------------- CWE-294 capture-replay ----------------
  bad(
    "CWE-294",
    "batch48: payment webhook checks the HMAC of the body but no timestamp or event id, so a captured call replays",
    src`
import hashlib
import hmac
import os
from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.post("/hooks/payment")
def payment_hook():
    sig = request.headers.get("X-Signature", "")
    mac = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, sig):
        abort(401)
    event = request.get_json()
    credit_account(event["account"], event["amount"])
    return "", 204


def credit_account(account, amount):
    ...
`,
  ),
  good(
    "CWE-294",
    "batch48: payment webhook signs a timestamp with the body, rejects old ones and remembers event ids",
    src`
import hashlib
import hmac
import os
import time
from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()
SEEN = set()


@app.post("/hooks/payment")
def payment_hook():
    ts = request.headers.get("X-Timestamp", "0")
    sig = request.headers.get("X-Signature", "")
    mac = hmac.new(SECRET, ts.encode() + b"." + request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, sig) or abs(time.time() - int(ts)) > 300:
        abort(401)
    event = request.get_json()
    if event["id"] in SEEN:
        abort(409)
    SEEN.add(event["id"])
    credit_account(event["account"], event["amount"])
    return "", 204


def credit_account(account, amount):
    ...
`,
  ),
  bad(
    "CWE-294",
    "batch48: device login accepts a fixed hash of the password sent by the client as the credential",
    src`
import hashlib
import socket

USERS = {"sensor-7": "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"}


def handle(conn: socket.socket):
    """Log a device in: it sends 'name:sha256(password)'."""
    line = conn.recv(256).decode().strip()
    name, digest = line.split(":", 1)
    if USERS.get(name) == digest:
        conn.sendall(b"OK\n")
        return name
    conn.sendall(b"DENIED\n")
    return None
`,
  ),
  // ---------------- CWE-303 incorrect implementation of an authentication algorithm ----------------
  bad(
    "CWE-303",
    "batch48: API key check accepts any key that is a prefix of the stored digest",
    src`
import hashlib

STORED_DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


def check_api_key(presented: str) -> bool:
    """Return True when the presented key's digest matches the stored one."""
    digest = hashlib.sha256(presented.encode()).hexdigest()
    return STORED_DIGEST.startswith(digest[: len(presented)])
`,
  ),
  bad(
    "CWE-303",
    "batch48: token check compares only the first eight characters of the expected HMAC",
    src`
import hashlib
import hmac


def verify(user_id: str, token: str, key: bytes) -> bool:
    """Verify the remember-me token for a user id."""
    expected = hmac.new(key, user_id.encode(), hashlib.sha256).hexdigest()
    return expected[:8] == token[:8]
`,
  ),
  good(
    "CWE-303",
    "batch48: token check compares the full HMAC with hmac.compare_digest",
    src`
import hashlib
import hmac


def verify(user_id: str, token: str, key: bytes) -> bool:
    """Verify the remember-me token for a user id."""
    expected = hmac.new(key, user_id.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, token)
`,
  ),
  // ---------------- CWE-334 small space of random values ----------------
  bad(
    "CWE-334",
    "batch48: login code for two-factor mail is four digits from secrets.randbelow(10000)",
    src`
import secrets
from flask import Flask, session
from .mail import send_mail

app = Flask(__name__)


@app.post("/2fa/send")
def send_code():
    code = f"{secrets.randbelow(10000):04d}"
    session["2fa_code"] = code
    send_mail(session["email"], "Your login code", code)
    return "", 204
`,
  ),
  bad(
    "CWE-334",
    "batch48: password reset token is a SystemRandom choice of three lowercase letters",
    src`
import random
import string

_rng = random.SystemRandom()


def make_reset_token() -> str:
    """Token mailed to the user to reset a forgotten password."""
    return "".join(_rng.choice(string.ascii_lowercase) for _ in range(3))
`,
  ),
  good(
    "CWE-334",
    "batch48: password reset token is secrets.token_urlsafe(32)",
    src`
import secrets


def make_reset_token() -> str:
    """Token mailed to the user to reset a forgotten password."""
    return secrets.token_urlsafe(32)
`,
  ),
  // ---------------- CWE-362 shared counter without a lock ----------------
  bad(
    "CWE-362",
    "batch48: rate counter object shared by ThreadPoolExecutor workers increments without a lock",
    src`
from concurrent.futures import ThreadPoolExecutor
import requests


class Stats:
    def __init__(self):
        self.ok = 0
        self.failed = 0

    def record(self, success):
        if success:
            self.ok += 1
        else:
            self.failed += 1


def crawl(urls):
    stats = Stats()

    def fetch(u):
        stats.record(requests.get(u, timeout=5).ok)

    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(fetch, urls))
    return stats.ok, stats.failed
`,
  ),
  good(
    "CWE-362",
    "batch48: rate counter object guards its increments with a threading.Lock",
    src`
import threading
from concurrent.futures import ThreadPoolExecutor
import requests


class Stats:
    def __init__(self):
        self.ok = 0
        self.failed = 0
        self._lock = threading.Lock()

    def record(self, success):
        with self._lock:
            if success:
                self.ok += 1
            else:
                self.failed += 1


def crawl(urls):
    stats = Stats()

    def fetch(u):
        stats.record(requests.get(u, timeout=5).ok)

    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(fetch, urls))
    return stats.ok, stats.failed
`,
  ),
  bad(
    "CWE-362",
    "batch48: seat booking checks then decrements a module-level count from worker threads",
    src`
import threading

seats_left = 10


def book(name, booked):
    global seats_left
    if seats_left > 0:
        seats_left -= 1
        booked.append(name)


def run(names):
    booked = []
    threads = [threading.Thread(target=book, args=(n, booked)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return booked
`,
  ),
  // ---------------- CWE-912 hidden functionality ----------------
  bad(
    "CWE-912",
    "batch48: login view lets a magic header value sign in as any user",
    src`
from flask import Flask, request, session, abort
from .auth import check_password, load_user

app = Flask(__name__)


@app.post("/login")
def login():
    user = load_user(request.form["username"])
    if user is None:
        abort(401)
    if request.headers.get("X-Support-Override") == "blue-otter-42":
        session["uid"] = user.id
        return "ok"
    if not check_password(user, request.form["password"]):
        abort(401)
    session["uid"] = user.id
    return "ok"
`,
  ),
  bad(
    "CWE-912",
    "batch48: management daemon runs any line starting with a secret word as a shell command",
    src`
import socketserver
import subprocess


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().decode().strip()
        if line.startswith("xyzzy "):
            out = subprocess.run(line[6:], shell=True, capture_output=True).stdout
            self.wfile.write(out)
            return
        self.wfile.write(b"status: ok\n")


if __name__ == "__main__":
    socketserver.TCPServer(("0.0.0.0", 7070), Handler).serve_forever()
`,
  ),
  good(
    "CWE-912",
    "batch48: login view checks the password for every user with no override path",
    src`
from flask import Flask, request, session, abort
from .auth import check_password, load_user

app = Flask(__name__)


@app.post("/login")
def login():
    user = load_user(request.form["username"])
    if user is None or not check_password(user, request.form["password"]):
        abort(401)
    session["uid"] = user.id
    return "ok"
`,
  ),
  // ---------------- CWE-291 reliance on IP address for authentication ----------------
  bad(
    "CWE-291",
    "batch48: admin export allowed when the remote address is in the office range",
    src`
import ipaddress
from flask import Flask, request, abort, send_file

app = Flask(__name__)
OFFICE = ipaddress.ip_network("10.20.0.0/16")


@app.get("/admin/export")
def export():
    if ipaddress.ip_address(request.remote_addr) not in OFFICE:
        abort(403)
    return send_file("/srv/exports/customers.csv")
`,
  ),
  bad(
    "CWE-291",
    "batch48: Django middleware treats requests from the X-Real-IP of a partner as logged in as the partner account",
    src`
from django.contrib.auth import get_user_model

PARTNER_IPS = {"203.0.113.10": "partner-acme", "203.0.113.11": "partner-globex"}


class PartnerIPLogin:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        ip = request.META.get("HTTP_X_REAL_IP") or request.META.get("REMOTE_ADDR")
        username = PARTNER_IPS.get(ip)
        if username:
            request.user = get_user_model().objects.get(username=username)
        return self.get_response(request)
`,
  ),
  good(
    "CWE-291",
    "batch48: admin export requires a logged-in admin; the address check only adds logging",
    src`
import logging
from flask import Flask, request, abort, send_file
from flask_login import login_required, current_user

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.get("/admin/export")
@login_required
def export():
    if not current_user.is_admin:
        abort(403)
    log.info("export by %s from %s", current_user.id, request.remote_addr)
    return send_file("/srv/exports/customers.csv")
`,
  ),
  // ---------------- CWE-293 using Referer for authentication ----------------
  bad(
    "CWE-293",
    "batch48: delete endpoint trusts the request when the Referer points at the admin console",
    src`
from flask import Flask, request, abort
from .models import Post, db

app = Flask(__name__)


@app.post("/posts/<int:pid>/delete")
def delete_post(pid):
    if not request.referrer or not request.referrer.startswith("https://admin.example.com/"):
        abort(403)
    db.session.delete(Post.query.get_or_404(pid))
    db.session.commit()
    return "deleted"
`,
  ),
  bad(
    "CWE-293",
    "batch48: Django view grants the download when HTTP_REFERER names the members area",
    src`
from django.http import FileResponse, HttpResponseForbidden


def premium_pdf(request):
    referer = request.META.get("HTTP_REFERER", "")
    if "/members/" not in referer:
        return HttpResponseForbidden()
    return FileResponse(open("/srv/premium/guide.pdf", "rb"))
`,
  ),
  good(
    "CWE-293",
    "batch48: Django view grants the download to authenticated members and only logs the Referer",
    src`
import logging
from django.contrib.auth.decorators import login_required, permission_required
from django.http import FileResponse

log = logging.getLogger(__name__)


@login_required
@permission_required("content.view_premium", raise_exception=True)
def premium_pdf(request):
    log.debug("premium pdf from %s", request.META.get("HTTP_REFERER", "-"))
    return FileResponse(open("/srv/premium/guide.pdf", "rb"))
`,
  ),
  // ---------------- CWE-350 reliance on reverse DNS ----------------
  bad(
    "CWE-350",
    "batch48: crawler endpoint trusts clients whose reverse DNS name ends in the search engine's domain",
    src`
import socket
from flask import Flask, request, abort

app = Flask(__name__)


@app.get("/full-text/<int:doc_id>")
def full_text(doc_id):
    host, _, _ = socket.gethostbyaddr(request.remote_addr)
    if not host.endswith(".googlebot.com"):
        abort(402)
    return load_document(doc_id)


def load_document(doc_id):
    ...
`,
  ),
  bad(
    "CWE-350",
    "batch48: socket server admits peers whose PTR name is in the trusted host set",
    src`
import socket

TRUSTED = {"build01.corp.example", "build02.corp.example"}


def accept_loop(srv: socket.socket):
    while True:
        conn, (addr, _port) = srv.accept()
        name = socket.getfqdn(addr)
        if name in TRUSTED:
            conn.sendall(b"welcome, trusted builder\n")
            serve_admin(conn)
        else:
            conn.close()


def serve_admin(conn):
    ...
`,
  ),
  good(
    "CWE-350",
    "batch48: crawler check confirms the reverse name with a forward lookup back to the same address",
    src`
import socket
from flask import Flask, request, abort

app = Flask(__name__)


def is_googlebot(ip):
    host, _, _ = socket.gethostbyaddr(ip)
    if not host.endswith((".googlebot.com", ".google.com")):
        return False
    return ip in socket.gethostbyname_ex(host)[2]


@app.get("/full-text/<int:doc_id>")
def full_text(doc_id):
    if not is_googlebot(request.remote_addr):
        abort(402)
    return load_document(doc_id)


def load_document(doc_id):
    ...
`,
  ),
  // ---------------- CWE-396 catching a generic exception ----------------
  bad(
    "CWE-396",
    "batch48: permission check catches Exception and treats any failure as allowed",
    src`
from .acl import lookup_acl


def can_edit(user, doc):
    """Return True when the user may edit the document."""
    try:
        acl = lookup_acl(doc.id)
        return user.id in acl.editors
    except Exception:
        return True
`,
  ),
  bad(
    "CWE-396",
    "batch48: signature verify wraps everything in a bare except that returns the payload",
    src`
import jwt


def decode_token(token, key):
    """Decode a session token, returning its claims."""
    try:
        return jwt.decode(token, key, algorithms=["HS256"])
    except:
        return jwt.decode(token, options={"verify_signature": False})
`,
  ),
  good(
    "CWE-396",
    "batch48: permission check catches only the lookup's not-found error and denies",
    src`
from .acl import lookup_acl, AclNotFound


def can_edit(user, doc):
    """Return True when the user may edit the document."""
    try:
        acl = lookup_acl(doc.id)
    except AclNotFound:
        return False
    return user.id in acl.editors
`,
  ),
  // ---------------- CWE-390 error detected, nothing done ----------------
  bad(
    "CWE-390",
    "batch48: backup job ignores the failed chmod of the key file and carries on",
    src`
import os
import shutil


def store_key(src, dest):
    """Copy the signing key into place, readable only by the owner."""
    shutil.copyfile(src, dest)
    try:
        os.chmod(dest, 0o600)
    except OSError:
        pass
    return dest
`,
  ),
  good(
    "CWE-390",
    "batch48: key copy removes the file and re-raises when the chmod fails",
    src`
import os
import shutil


def store_key(src, dest):
    """Copy the signing key into place, readable only by the owner."""
    shutil.copyfile(src, dest)
    try:
        os.chmod(dest, 0o600)
    except OSError:
        os.unlink(dest)
        raise
    return dest
`,
  ),
  // ---------------- CWE-787 / CWE-125 / CWE-119 through ctypes ----------------
  bad(
    "CWE-787",
    "batch48: ctypes memmove copies the whole user payload into a fixed 64-byte buffer",
    src`
import ctypes


def to_c_buffer(payload: bytes):
    """Copy a network payload into a C buffer for the native decoder."""
    buf = ctypes.create_string_buffer(64)
    ctypes.memmove(buf, payload, len(payload))
    return buf
`,
  ),
  good(
    "CWE-787",
    "batch48: ctypes buffer sized from the payload before the memmove",
    src`
import ctypes


def to_c_buffer(payload: bytes):
    """Copy a network payload into a C buffer for the native decoder."""
    buf = ctypes.create_string_buffer(len(payload))
    ctypes.memmove(buf, payload, len(payload))
    return buf
`,
  ),
  bad(
    "CWE-125",
    "batch48: ctypes string_at reads a header-supplied length from a fixed buffer",
    src`
import ctypes
import struct

FRAME = ctypes.create_string_buffer(256)


def read_frame(sock):
    """Read one frame: a 4-byte length then the body into FRAME."""
    header = sock.recv(4)
    (length,) = struct.unpack(">I", header)
    sock.recv_into(FRAME, 256)
    return ctypes.string_at(FRAME, length)
`,
  ),
  bad(
    "CWE-787",
    "batch48: ctypes array written at an index taken from the message",
    src`
import ctypes

slots = (ctypes.c_uint32 * 16)()


def set_slot(msg: dict):
    """Store a register value sent by the controller."""
    index = int(msg["slot"])
    if index < 0:
        raise ValueError("negative slot")
    ptr = ctypes.cast(slots, ctypes.POINTER(ctypes.c_uint32))
    ptr[index] = int(msg["value"])
`,
  ),
  // ---------------- CWE-337 / CWE-336 predictable or fixed seeds ----------------
  bad(
    "CWE-337",
    "batch48: session id generator seeds random with the current time in seconds",
    src`
import random
import time


def new_session_id() -> str:
    """Identifier for a freshly logged-in session."""
    random.seed(int(time.time()))
    return "%032x" % random.getrandbits(128)
`,
  ),
  bad(
    "CWE-337",
    "batch48: coupon codes from a Random seeded with the user id",
    src`
import random
import string


def coupon_for(user_id: int) -> str:
    """One-time discount code mailed to the customer."""
    rng = random.Random(user_id)
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(10))
`,
  ),
  good(
    "CWE-337",
    "batch48: simulation seeds random with a fixed value for a reproducible test run",
    src`
import random


def simulate_queue(n_customers: int, seed: int = 1234) -> float:
    """Mean wait in a toy queue model; seeded so plots are reproducible."""
    rng = random.Random(seed)
    waits = [rng.expovariate(1.5) for _ in range(n_customers)]
    return sum(waits) / len(waits)
`,
  ),
  bad(
    "CWE-336",
    "batch48: API key generator seeds numpy's generator with a constant",
    src`
import numpy as np

_rng = np.random.default_rng(42)


def new_api_key() -> str:
    """API key handed to a newly registered client."""
    return "".join(f"{b:02x}" for b in _rng.integers(0, 256, size=24))
`,
  ),
  good(
    "CWE-336",
    "batch48: API key generator uses secrets.token_hex",
    src`
import secrets


def new_api_key() -> str:
    """API key handed to a newly registered client."""
    return secrets.token_hex(24)
`,
  ),
  // ---------------- CWE-59 link following ----------------
  bad(
    "CWE-59",
    "batch48: root cleanup script chowns every file under a user's upload folder following symlinks",
    src`
import os
import sys


def fix_owner(user_dir, uid, gid):
    """Give the user back ownership of everything in their upload folder."""
    for root, dirs, files in os.walk(user_dir):
        for name in files:
            os.chown(os.path.join(root, name), uid, gid)


if __name__ == "__main__":
    fix_owner(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
`,
  ),
  good(
    "CWE-59",
    "batch48: cleanup script uses lchown and skips symlinks",
    src`
import os
import sys


def fix_owner(user_dir, uid, gid):
    """Give the user back ownership of everything in their upload folder."""
    for root, dirs, files in os.walk(user_dir):
        for name in files:
            path = os.path.join(root, name)
            if os.path.islink(path):
                continue
            os.lchown(path, uid, gid)


if __name__ == "__main__":
    fix_owner(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
`,
  ),
  bad(
    "CWE-59",
    "batch48: daemon appends to a log in a world-writable folder without refusing a symlink",
    src`
import os

LOG = "/tmp/appd/status.log"


def log_status(line: str):
    """Append a status line; the daemon runs as root."""
    os.makedirs("/tmp/appd", exist_ok=True)
    with open(LOG, "a") as fh:
        fh.write(line + "\n")
`,
  ),
  // ---------------- CWE-426 / CWE-427 search paths ----------------
  bad(
    "CWE-426",
    "batch48: setuid helper runs tar by bare name after putting the caller's PATH in the environment",
    src`
import os
import subprocess


def backup(src_dir):
    """Archive a folder; this runs with elevated rights from a cron wrapper."""
    env = {"PATH": os.environ.get("USER_PATH", "")}
    subprocess.run(["tar", "czf", "/backups/out.tgz", src_dir], env=env, check=True)
`,
  ),
  bad(
    "CWE-427",
    "batch48: tool inserts the current working directory at the front of sys.path before importing plugins",
    src`
import importlib
import os
import sys


def load_plugins(names):
    """Load the named plugins for the release tool."""
    sys.path.insert(0, os.getcwd())
    return [importlib.import_module("relplug_" + n) for n in names]
`,
  ),
  good(
    "CWE-427",
    "batch48: tool loads plugins only from its own installed folder",
    src`
import importlib
import os
import sys

PLUGIN_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plugins")


def load_plugins(names):
    """Load the named plugins for the release tool."""
    if PLUGIN_DIR not in sys.path:
        sys.path.append(PLUGIN_DIR)
    return [importlib.import_module("relplug_" + n) for n in names if n.isidentifier()]
`,
  ),
  good(
    "CWE-426",
    "batch48: backup helper runs tar by absolute path with a fixed PATH",
    src`
import subprocess


def backup(src_dir):
    """Archive a folder; this runs with elevated rights from a cron wrapper."""
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}
    subprocess.run(["/usr/bin/tar", "czf", "/backups/out.tgz", "--", src_dir], env=env, check=True)
`,
  ),
  // ---------------- CWE-780 RSA without OAEP ----------------
  bad(
    "CWE-780",
    "batch48: cryptography RSA encrypt of a session key with PKCS1v15 padding",
    src`
from cryptography.hazmat.primitives.asymmetric import padding


def wrap_key(public_key, session_key: bytes) -> bytes:
    """Encrypt a symmetric session key for the peer."""
    return public_key.encrypt(session_key, padding.PKCS1v15())
`,
  ),
  bad(
    "CWE-780",
    "batch48: PyCryptodome PKCS1_v1_5 cipher wraps the data key",
    src`
from Crypto.Cipher import PKCS1_v1_5
from Crypto.PublicKey import RSA


def wrap_key(pem: bytes, data_key: bytes) -> bytes:
    """Encrypt the data key with the recipient's RSA key."""
    cipher = PKCS1_v1_5.new(RSA.import_key(pem))
    return cipher.encrypt(data_key)
`,
  ),
  good(
    "CWE-780",
    "batch48: cryptography RSA encrypt of a session key with OAEP and SHA-256",
    src`
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding


def wrap_key(public_key, session_key: bytes) -> bytes:
    """Encrypt a symmetric session key for the peer."""
    return public_key.encrypt(
        session_key,
        padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None),
    )
`,
  ),
  // ---------------- CWE-323 nonce reused ----------------
  bad(
    "CWE-323",
    "batch48: ChaCha20Poly1305 with one nonce made at import time for every message",
    src`
import os
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

KEY = ChaCha20Poly1305.generate_key()
NONCE = os.urandom(12)


def seal(message: bytes) -> bytes:
    """Encrypt one chat message."""
    return ChaCha20Poly1305(KEY).encrypt(NONCE, message, None)
`,
  ),
  bad(
    "CWE-323",
    "batch48: AES-GCM cipher class keeps a nonce in __init__ and reuses it in encrypt",
    src`
import secrets
from Crypto.Cipher import AES


class Box:
    def __init__(self, key: bytes):
        self.key = key
        self.nonce = secrets.token_bytes(12)

    def encrypt(self, data: bytes):
        cipher = AES.new(self.key, AES.MODE_GCM, nonce=self.nonce)
        ct, tag = cipher.encrypt_and_digest(data)
        return self.nonce + tag + ct
`,
  ),
  good(
    "CWE-323",
    "batch48: ChaCha20Poly1305 with a fresh nonce per message stored beside the ciphertext",
    src`
import os
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

KEY = ChaCha20Poly1305.generate_key()


def seal(message: bytes) -> bytes:
    """Encrypt one chat message."""
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(KEY).encrypt(nonce, message, None)
`,
  ),
  // ---------------- CWE-606 unchecked input for a loop condition ----------------
  bad(
    "CWE-606",
    "batch48: report endpoint loops up to a count taken from the query string",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/report/days")
def days():
    n = int(request.args.get("n", "7"))
    rows = []
    i = 0
    while i < n:
        rows.append({"day": i, "total": daily_total(i)})
        i += 1
    return jsonify(rows)


def daily_total(offset):
    return 0
`,
  ),
  bad(
    "CWE-606",
    "batch48: packet parser repeats a record read for the count in the packet header",
    src`
import struct


def parse(packet: bytes):
    """Parse a telemetry packet: a 4-byte count then 8-byte records."""
    (count,) = struct.unpack_from(">I", packet, 0)
    records = []
    for i in range(count):
        records.append(struct.unpack_from(">II", packet, 4 + 8 * i) if 12 + 8 * i <= len(packet) else (0, 0))
    return records
`,
  ),
  good(
    "CWE-606",
    "batch48: report endpoint caps the query-string count before looping",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)
MAX_DAYS = 90


@app.get("/report/days")
def days():
    n = min(max(int(request.args.get("n", "7")), 1), MAX_DAYS)
    rows = [{"day": i, "total": daily_total(i)} for i in range(n)]
    return jsonify(rows)


def daily_total(offset):
    return 0
`,
  ),
  // ---------------- CWE-273 privilege drop not checked ----------------
  bad(
    "CWE-273",
    "batch48: server drops to nobody with setuid but ignores the failure and keeps serving",
    src`
import os
import socket


def start():
    srv = socket.create_server(("0.0.0.0", 80))
    try:
        os.setgid(65534)
        os.setuid(65534)
    except OSError as exc:
        print("could not drop privileges:", exc)
    serve(srv)


def serve(srv):
    ...
`,
  ),
  good(
    "CWE-273",
    "batch48: server drops privileges, exits when it fails, and checks root cannot be regained",
    src`
import os
import socket
import sys


def start():
    srv = socket.create_server(("0.0.0.0", 80))
    try:
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)
    except OSError as exc:
        sys.exit(f"could not drop privileges: {exc}")
    try:
        os.setuid(0)
    except PermissionError:
        pass
    else:
        sys.exit("privileges were not dropped")
    serve(srv)


def serve(srv):
    ...
`,
  ),
  // ---------------- CWE-749 exposed dangerous method ----------------
  bad(
    "CWE-749",
    "batch48: XML-RPC server registers os.system as a remote function",
    src`
import os
from xmlrpc.server import SimpleXMLRPCServer


def status():
    return "ok"


server = SimpleXMLRPCServer(("0.0.0.0", 8000))
server.register_function(status)
server.register_function(os.system, "run")
server.serve_forever()
`,
  ),
  bad(
    "CWE-749",
    "batch48: XML-RPC service registers an instance with allow_dotted_names=True",
    src`
from xmlrpc.server import SimpleXMLRPCServer


class Inventory:
    def __init__(self):
        self.items = {}

    def count(self, sku):
        return self.items.get(sku, 0)


server = SimpleXMLRPCServer(("0.0.0.0", 8001), allow_none=True)
server.register_instance(Inventory(), allow_dotted_names=True)
server.serve_forever()
`,
  ),
  good(
    "CWE-749",
    "batch48: XML-RPC service registers an instance with the default dotted-name lookup off",
    src`
from xmlrpc.server import SimpleXMLRPCServer


class Inventory:
    def __init__(self):
        self.items = {}

    def count(self, sku):
        return self.items.get(sku, 0)


server = SimpleXMLRPCServer(("127.0.0.1", 8001), allow_none=True)
server.register_instance(Inventory())
server.serve_forever()
`,
  ),
  // ---------------- CWE-369 divide by zero ----------------
  bad(
    "CWE-369",
    "batch48: split-bill endpoint divides the total by the people count from the form",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/split")
def split():
    total = float(request.form["total"])
    people = int(request.form["people"])
    return jsonify(each=round(total / people, 2))
`,
  ),
  good(
    "CWE-369",
    "batch48: split-bill endpoint rejects a people count below one",
    src`
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.post("/split")
def split():
    total = float(request.form["total"])
    people = int(request.form["people"])
    if people < 1:
        abort(400)
    return jsonify(each=round(total / people, 2))
`,
  ),
  bad(
    "CWE-369",
    "batch48: CLI computes the average page size from an argument count with modulo and division",
    src`
import argparse


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bytes", type=int, required=True)
    ap.add_argument("--pages", type=int, required=True)
    a = ap.parse_args()
    print("per page:", a.bytes // a.pages, "remainder:", a.bytes % a.pages)


if __name__ == "__main__":
    main()
`,
  ),
  // ---------------- CWE-548 directory listing ----------------
  bad(
    "CWE-548",
    "batch48: http.server serves the uploads folder with its default directory listing",
    src`
import functools
from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler

handler = functools.partial(SimpleHTTPRequestHandler, directory="/srv/uploads")
ThreadingHTTPServer(("0.0.0.0", 8080), handler).serve_forever()
`,
  ),
  bad(
    "CWE-548",
    "batch48: aiohttp add_static with show_index=True on the data folder",
    src`
from aiohttp import web

app = web.Application()
app.router.add_static("/files/", path="/srv/data", show_index=True)
web.run_app(app, port=8080)
`,
  ),
  good(
    "CWE-548",
    "batch48: aiohttp add_static for public assets with the index off",
    src`
from aiohttp import web

app = web.Application()
app.router.add_static("/static/", path="/srv/app/static", show_index=False)
web.run_app(app, port=8080)
`,
  ),
  // ---------------- CWE-1021 frames not restricted ----------------
  bad(
    "CWE-1021",
    "batch48: Django settings turn off the clickjacking middleware and allow framing",
    src`
SECRET_KEY = __import__("os").environ["DJANGO_SECRET_KEY"]
DEBUG = False
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
X_FRAME_OPTIONS = "ALLOWALL"
`,
  ),
  bad(
    "CWE-1021",
    "batch48: Flask after_request sets a CSP that lets any site frame the account page",
    src`
from flask import Flask

app = Flask(__name__)


@app.after_request
def headers(resp):
    resp.headers["Content-Security-Policy"] = "default-src 'self'; frame-ancestors *"
    return resp


@app.get("/account/delete")
def delete_page():
    return "<form method=post action=/account/delete><button>Delete my account</button></form>"
`,
  ),
  good(
    "CWE-1021",
    "batch48: Flask after_request denies framing with frame-ancestors 'none' and X-Frame-Options",
    src`
from flask import Flask

app = Flask(__name__)


@app.after_request
def headers(resp):
    resp.headers["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'"
    resp.headers["X-Frame-Options"] = "DENY"
    return resp


@app.get("/account/delete")
def delete_page():
    return "<form method=post action=/account/delete><button>Delete my account</button></form>"
`,
  ),
  // ---------------- CWE-523 credentials over plain transport ----------------
  bad(
    "CWE-523",
    "batch48: CLI posts the user's password to the login API over http",
    src`
import getpass
import requests

API = "http://accounts.example.com/api/login"


def login(username):
    password = getpass.getpass()
    resp = requests.post(API, json={"username": username, "password": password}, timeout=10)
    resp.raise_for_status()
    return resp.json()["token"]
`,
  ),
  bad(
    "CWE-523",
    "batch48: smtplib login without starttls on port 25",
    src`
import os
import smtplib
from email.message import EmailMessage


def send_report(body: str):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "bot@example.com", "ops@example.com", "report"
    msg.set_content(body)
    with smtplib.SMTP("mail.example.com", 25) as s:
        s.login("bot@example.com", os.environ["SMTP_PASSWORD"])
        s.send_message(msg)
`,
  ),
  good(
    "CWE-523",
    "batch48: smtplib upgrades with starttls before login",
    src`
import os
import smtplib
import ssl
from email.message import EmailMessage


def send_report(body: str):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "bot@example.com", "ops@example.com", "report"
    msg.set_content(body)
    with smtplib.SMTP("mail.example.com", 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login("bot@example.com", os.environ["SMTP_PASSWORD"])
        s.send_message(msg)
`,
  ),
  // ---------------- CWE-784 / CWE-565 cookies trusted for decisions ----------------
  bad(
    "CWE-784",
    "batch48: view grants staff pages when a plain cookie says role=staff",
    src`
from flask import Flask, request, abort, render_template

app = Flask(__name__)


@app.get("/staff/rota")
def rota():
    if request.cookies.get("role") != "staff":
        abort(403)
    return render_template("rota.html")
`,
  ),
  bad(
    "CWE-565",
    "batch48: Django view reads the customer id from a cookie to pick whose orders to list",
    src`
from django.http import JsonResponse
from .models import Order


def my_orders(request):
    customer_id = int(request.COOKIES["customer_id"])
    orders = Order.objects.filter(customer_id=customer_id).values("id", "total")
    return JsonResponse({"orders": list(orders)})
`,
  ),
  good(
    "CWE-565",
    "batch48: Django view lists the orders of request.user; a cookie only picks the page size",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from .models import Order


@login_required
def my_orders(request):
    size = min(int(request.COOKIES.get("page_size", "20")), 100)
    orders = Order.objects.filter(customer=request.user).values("id", "total")[:size]
    return JsonResponse({"orders": list(orders)})
`,
  ),
  // ---------------- CWE-353 / CWE-354 / CWE-345 integrity checks ----------------
  bad(
    "CWE-353",
    "batch48: updater downloads a plugin archive and installs it without any checksum or signature",
    src`
import io
import tarfile
import requests

INDEX = "https://plugins.example.com/latest/"


def install(name, dest):
    """Download and unpack the newest build of a plugin."""
    data = requests.get(INDEX + name + ".tar.gz", timeout=30).content
    with tarfile.open(fileobj=io.BytesIO(data)) as tf:
        tf.extractall(dest, filter="data")
`,
  ),
  good(
    "CWE-353",
    "batch48: updater compares the archive's SHA-256 with the pinned digest before unpacking",
    src`
import hashlib
import hmac
import io
import tarfile
import requests

INDEX = "https://plugins.example.com/latest/"
PINNED = {"exporter": "3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}


def install(name, dest):
    """Download and unpack the newest build of a plugin."""
    data = requests.get(INDEX + name + ".tar.gz", timeout=30).content
    if not hmac.compare_digest(hashlib.sha256(data).hexdigest(), PINNED[name]):
        raise ValueError("checksum mismatch")
    with tarfile.open(fileobj=io.BytesIO(data)) as tf:
        tf.extractall(dest, filter="data")
`,
  ),
  bad(
    "CWE-354",
    "batch48: firmware loader computes the CRC but only logs a mismatch and flashes anyway",
    src`
import logging
import zlib

log = logging.getLogger("fw")


def load_image(blob: bytes, expected_crc: int, flash):
    """Flash a firmware image received from the update server."""
    crc = zlib.crc32(blob) & 0xFFFFFFFF
    if crc != expected_crc:
        log.warning("crc mismatch: %08x != %08x", crc, expected_crc)
    flash.write(blob)
`,
  ),
  good(
    "CWE-354",
    "batch48: firmware loader refuses the image when the digest does not match",
    src`
import hashlib
import hmac


def load_image(blob: bytes, expected_sha256: str, flash):
    """Flash a firmware image received from the update server."""
    if not hmac.compare_digest(hashlib.sha256(blob).hexdigest(), expected_sha256):
        raise ValueError("image digest mismatch")
    flash.write(blob)
`,
  ),
  bad(
    "CWE-345",
    "batch48: JWT claims read with verify_signature False to decide the user's plan",
    src`
import jwt
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/features")
def features():
    token = request.headers["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    return jsonify(premium=claims.get("plan") == "premium")
`,
  ),
  good(
    "CWE-345",
    "batch48: JWT decoded with the server key and a fixed algorithm list",
    src`
import os
import jwt
from flask import Flask, request, jsonify

app = Flask(__name__)
KEY = os.environ["JWT_KEY"]


@app.get("/features")
def features():
    token = request.headers["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(token, KEY, algorithms=["HS256"])
    return jsonify(premium=claims.get("plan") == "premium")
`,
  ),
  // ---------------- CWE-940 / CWE-346 origin of a channel or message ----------------
  bad(
    "CWE-940",
    "batch48: UDP control listener applies commands from any sender address",
    src`
import socket


def control_loop(apply):
    """Apply configuration commands sent by the controller."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", 5005))
    while True:
        data, _addr = sock.recvfrom(1024)
        apply(data.decode())
`,
  ),
  bad(
    "CWE-346",
    "batch48: CORS handler reflects any Origin and allows credentials",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.get("/api/me")
def me():
    return jsonify(email="user@example.com")
`,
  ),
  good(
    "CWE-346",
    "batch48: CORS handler echoes the Origin only when it is in the configured set",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED_ORIGINS = {"https://app.example.com", "https://admin.example.com"}


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.get("/api/me")
def me():
    return jsonify(email="user@example.com")
`,
  ),
  // ---------------- CWE-307 unlimited authentication attempts ----------------
  bad(
    "CWE-307",
    "batch48: PIN check endpoint with no attempt counter or lockout",
    src`
from flask import Flask, request, session, abort
from .models import Card

app = Flask(__name__)


@app.post("/card/unlock")
def unlock():
    card = Card.query.get_or_404(session["card_id"])
    if request.form["pin"] != card.pin:
        abort(401)
    session["card_unlocked"] = True
    return "unlocked"
`,
  ),
  good(
    "CWE-307",
    "batch48: PIN check endpoint locks the card after five failures",
    src`
import hmac
from flask import Flask, request, session, abort
from .models import Card, db

app = Flask(__name__)
MAX_TRIES = 5


@app.post("/card/unlock")
def unlock():
    card = Card.query.get_or_404(session["card_id"])
    if card.failed_attempts >= MAX_TRIES:
        abort(423)
    if not hmac.compare_digest(request.form["pin"], card.pin):
        card.failed_attempts += 1
        db.session.commit()
        abort(401)
    card.failed_attempts = 0
    db.session.commit()
    session["card_unlocked"] = True
    return "unlocked"
`,
  ),
  // ---------------- CWE-620 unverified password change ----------------
  bad(
    "CWE-620",
    "batch48: FastAPI password change sets the new password without asking for the current one",
    src`
from fastapi import FastAPI, Depends
from pydantic import BaseModel
from .auth import get_current_user, hash_password
from .db import save_user

app = FastAPI()


class NewPassword(BaseModel):
    new_password: str


@app.post("/me/password")
def change_password(body: NewPassword, user=Depends(get_current_user)):
    user.password_hash = hash_password(body.new_password)
    save_user(user)
    return {"ok": True}
`,
  ),
  good(
    "CWE-620",
    "batch48: FastAPI password change verifies the current password first",
    src`
from fastapi import FastAPI, Depends, HTTPException
from pydantic import BaseModel
from .auth import get_current_user, hash_password, verify_password
from .db import save_user

app = FastAPI()


class NewPassword(BaseModel):
    current_password: str
    new_password: str


@app.post("/me/password")
def change_password(body: NewPassword, user=Depends(get_current_user)):
    if not verify_password(body.current_password, user.password_hash):
        raise HTTPException(status_code=403)
    user.password_hash = hash_password(body.new_password)
    save_user(user)
    return {"ok": True}
`,
  ),
  // ---------------- CWE-640 weak password recovery ----------------
  bad(
    "CWE-640",
    "batch48: recovery resets the password when the mother's maiden name matches and shows the new one",
    src`
import secrets
from flask import Flask, request, abort
from .models import User, db
from .auth import hash_password

app = Flask(__name__)


@app.post("/recover")
def recover():
    user = User.query.filter_by(email=request.form["email"]).first_or_404()
    if request.form["maiden_name"].lower() != user.maiden_name.lower():
        abort(403)
    new_pw = secrets.token_urlsafe(8)
    user.password_hash = hash_password(new_pw)
    db.session.commit()
    return f"Your new password is {new_pw}"
`,
  ),
  // ---------------- CWE-489 / CWE-215 debug code left active ----------------
  bad(
    "CWE-489",
    "batch48: production app keeps a /_debug/env route that dumps os.environ",
    src`
import os
from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/_debug/env")
def debug_env():
    return jsonify(dict(os.environ))


@app.get("/")
def index():
    return "hello"
`,
  ),
  good(
    "CWE-489",
    "batch48: debug route registered only when the app runs in testing mode",
    src`
import os
from flask import Flask, jsonify

app = Flask(__name__)
app.config["TESTING"] = os.environ.get("APP_ENV") == "test"

if app.config["TESTING"]:

    @app.get("/_debug/ping")
    def debug_ping():
        return jsonify(pid=os.getpid())


@app.get("/")
def index():
    return "hello"
`,
  ),
  // ---------------- CWE-260 password in a configuration file ----------------
  bad(
    "CWE-260",
    "batch48: settings module reads the database password from a committed INI file in the repository",
    src`
import configparser
from pathlib import Path

cfg = configparser.ConfigParser()
cfg.read_string("""
[database]
host = db.internal
user = app
password = S3cure!Passw0rd
""")
DB_URL = "postgresql://{user}:{password}@{host}/app".format(**cfg["database"])
`,
  ),
  good(
    "CWE-260",
    "batch48: settings module reads the database password from the environment",
    src`
import configparser
import os

cfg = configparser.ConfigParser()
cfg.read("/etc/app/app.ini")
DB_URL = "postgresql://{user}:{password}@{host}/app".format(
    user=cfg["database"]["user"],
    password=os.environ["DB_PASSWORD"],
    host=cfg["database"]["host"],
)
`,
  ),
  // ---------------- CWE-88 argument injection ----------------
  bad(
    "CWE-88",
    "batch48: git clone with a repository URL from the form passed as an argv item without --",
    src`
import subprocess
import tempfile
from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def import_repo():
    url = request.form["repo"]
    dest = tempfile.mkdtemp()
    subprocess.run(["git", "clone", url, dest], check=True)
    return dest
`,
  ),
  bad(
    "CWE-88",
    "batch48: curl fetch with a user-given URL that may begin with a dash",
    src`
import subprocess
import sys


def fetch(url: str, out: str):
    """Download a URL for the mirror job."""
    subprocess.check_call(["curl", "-sS", "-o", out, url])


if __name__ == "__main__":
    fetch(sys.argv[1], sys.argv[2])
`,
  ),
  good(
    "CWE-88",
    "batch48: git clone checks the scheme and puts -- before the user URL",
    src`
import subprocess
import tempfile
from flask import Flask, request, abort

app = Flask(__name__)


@app.post("/import")
def import_repo():
    url = request.form["repo"]
    if not url.startswith("https://"):
        abort(400)
    dest = tempfile.mkdtemp()
    subprocess.run(["git", "clone", "--", url, dest], check=True)
    return dest
`,
  ),
  // ---------------- CWE-15 external control of a setting ----------------
  bad(
    "CWE-15",
    "batch48: admin page sets the database isolation level named in the query string",
    src`
from flask import Flask, request
from sqlalchemy import create_engine

app = Flask(__name__)
engine = create_engine("postgresql://app@db/app")


@app.post("/admin/isolation")
def isolation():
    level = request.args["level"]
    with engine.connect() as conn:
        conn.execution_options(isolation_level=level)
    return "ok"
`,
  ),
  bad(
    "CWE-15",
    "batch48: handler puts a header value into os.environ for the rest of the process",
    src`
import os
from flask import Flask, request

app = Flask(__name__)


@app.before_request
def tz():
    os.environ["TZ"] = request.headers.get("X-Timezone", "UTC")
    os.environ["HTTP_PROXY"] = request.headers.get("X-Proxy", "")
`,
  ),
  // ---------------- CWE-23 / CWE-36 relative and absolute traversal ----------------
  bad(
    "CWE-36",
    "batch48: log viewer opens whatever absolute path the operator form names",
    src`
from flask import Flask, request, Response

app = Flask(__name__)


@app.get("/logs/view")
def view_log():
    path = request.args["path"]
    with open(path) as fh:
        return Response(fh.read()[-20000:], mimetype="text/plain")
`,
  ),
  bad(
    "CWE-23",
    "batch48: template picker appends the requested theme with ../ allowed to a relative folder",
    src`
import os
from flask import Flask, request

app = Flask(__name__)


@app.get("/theme.css")
def theme_css():
    theme = request.args.get("theme", "light")
    with open(os.path.join("themes", theme, "theme.css")) as fh:
        return fh.read(), 200, {"Content-Type": "text/css"}
`,
  ),
  good(
    "CWE-23",
    "batch48: theme picker accepts only names from the listed theme folder",
    src`
import os
from flask import Flask, request, abort

app = Flask(__name__)
THEMES = set(os.listdir("themes"))


@app.get("/theme.css")
def theme_css():
    theme = request.args.get("theme", "light")
    if theme not in THEMES:
        abort(404)
    with open(os.path.join("themes", theme, "theme.css")) as fh:
        return fh.read(), 200, {"Content-Type": "text/css"}
`,
  ),
  // ---------------- CWE-283 unverified ownership ----------------
  bad(
    "CWE-283",
    "batch48: sudo helper deletes any file under /home named by the caller without checking the caller owns it",
    src`
import os
import sys


def remove(path: str, caller_uid: int):
    """Remove a file on behalf of a user (runs as root)."""
    real = os.path.realpath(path)
    if not real.startswith("/home/"):
        raise PermissionError(real)
    os.remove(real)


if __name__ == "__main__":
    remove(sys.argv[1], int(os.environ["SUDO_UID"]))
`,
  ),
  good(
    "CWE-283",
    "batch48: sudo helper deletes the file only when its owner is the calling user",
    src`
import os
import sys


def remove(path: str, caller_uid: int):
    """Remove a file on behalf of a user (runs as root)."""
    real = os.path.realpath(path)
    st = os.lstat(real)
    if not real.startswith("/home/") or st.st_uid != caller_uid:
        raise PermissionError(real)
    os.remove(real)


if __name__ == "__main__":
    remove(sys.argv[1], int(os.environ["SUDO_UID"]))
`,
  ),
  // ---------------- CWE-290 authentication by spoofable data ----------------
  bad(
    "CWE-290",
    "batch48: internal API authenticates the caller by an X-User header set by the client",
    src`
from flask import Flask, request, abort, jsonify
from .models import User

app = Flask(__name__)


@app.get("/api/profile")
def profile():
    username = request.headers.get("X-User")
    if not username:
        abort(401)
    user = User.query.filter_by(username=username).first_or_404()
    return jsonify(email=user.email, phone=user.phone)
`,
  ),
  // ---------------- CWE-652 XQuery injection ----------------
  bad(
    "CWE-652",
    "batch48: BaseX query built from the search field with an f-string",
    src`
from BaseXClient import BaseXClient


def find_titles(author: str):
    """Titles by an author in the catalogue database."""
    session = BaseXClient.Session("localhost", 1984, "admin", "admin")
    try:
        q = session.query(f"for $b in //book where $b/author = '{author}' return $b/title/text()")
        return [item for _, item in q.iter()]
    finally:
        session.close()
`,
  ),
  good(
    "CWE-652",
    "batch48: BaseX query binds the author as an external variable",
    src`
from BaseXClient import BaseXClient


def find_titles(author: str):
    """Titles by an author in the catalogue database."""
    session = BaseXClient.Session("localhost", 1984, "admin", "admin")
    try:
        q = session.query("declare variable $a external; for $b in //book where $b/author = $a return $b/title/text()")
        q.bind("$a", author)
        return [item for _, item in q.iter()]
    finally:
        session.close()
`,
  ),
  // ---------------- CWE-789 allocation from an untrusted size ----------------
  bad(
    "CWE-789",
    "batch48: socket reader allocates a bytearray of the length the peer announces",
    src`
import socket
import struct


def read_message(conn: socket.socket) -> bytes:
    """Read one length-prefixed message from a client."""
    (size,) = struct.unpack("!Q", conn.recv(8))
    buf = bytearray(size)
    view = memoryview(buf)
    got = 0
    while got < size:
        n = conn.recv_into(view[got:])
        if n == 0:
            break
        got += n
    return bytes(buf)
`,
  ),
  good(
    "CWE-789",
    "batch48: socket reader rejects announced lengths over one megabyte",
    src`
import socket
import struct

MAX_MESSAGE = 1 << 20


def read_message(conn: socket.socket) -> bytes:
    """Read one length-prefixed message from a client."""
    (size,) = struct.unpack("!Q", conn.recv(8))
    if size > MAX_MESSAGE:
        raise ValueError("message too large")
    buf = bytearray(size)
    view = memoryview(buf)
    got = 0
    while got < size:
        n = conn.recv_into(view[got:])
        if n == 0:
            break
        got += n
    return bytes(buf)
`,
  ),
  // ---------------- CWE-219 / CWE-552 files reachable by outsiders ----------------
  bad(
    "CWE-219",
    "batch48: nightly job writes the customer export into the web server's static folder",
    src`
import csv
from .models import Customer

STATIC_DIR = "/var/www/html/static"


def nightly_export():
    with open(f"{STATIC_DIR}/customers-export.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for c in Customer.query.all():
            w.writerow([c.id, c.name, c.email, c.phone, c.card_last4])
`,
  ),
  good(
    "CWE-219",
    "batch48: nightly job writes the customer export into a private folder outside the web root",
    src`
import csv
import os
from .models import Customer

EXPORT_DIR = "/var/lib/app/exports"


def nightly_export():
    os.makedirs(EXPORT_DIR, mode=0o700, exist_ok=True)
    with open(os.path.join(EXPORT_DIR, "customers-export.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        for c in Customer.query.all():
            w.writerow([c.id, c.name, c.email, c.phone, c.card_last4])
`,
  ),
  bad(
    "CWE-552",
    "batch48: Flask static folder set to the project root so config and database are downloadable",
    src`
import os
from flask import Flask

ROOT = os.path.dirname(os.path.abspath(__file__))
app = Flask(__name__, static_folder=ROOT, static_url_path="/assets")
app.config.from_pyfile(os.path.join(ROOT, "settings.py"))
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///" + os.path.join(ROOT, "app.db")
`,
  ),
  // ---------------- CWE-77 command injection into a non-shell interpreter ----------------
  bad(
    "CWE-77",
    "batch48: redis EVAL script assembled from the key name the client sends",
    src`
import redis
from flask import Flask, request

app = Flask(__name__)
r = redis.Redis()


@app.post("/counter")
def counter():
    key = request.form["key"]
    script = "return redis.call('INCR', '" + key + "')"
    return str(r.eval(script, 0))
`,
  ),
  good(
    "CWE-77",
    "batch48: redis EVAL script passes the key through KEYS",
    src`
import redis
from flask import Flask, request

app = Flask(__name__)
r = redis.Redis()


@app.post("/counter")
def counter():
    key = request.form["key"]
    return str(r.eval("return redis.call('INCR', KEYS[1])", 1, "counter:" + key))
`,
  ),
  // ---------------- safe look-alikes for the less common spellings ----------------
  good(
    "CWE-78",
    "batch48: os.popen of a fixed uptime command with no input",
    src`
import os


def load_average() -> str:
    """Return the uptime line for the status page."""
    return os.popen("uptime").read().strip()
`,
  ),
  good(
    "CWE-78",
    "batch48: asyncio.create_subprocess_shell with a constant pipeline",
    src`
import asyncio


async def disk_report() -> str:
    """Disk usage of the data volumes, largest first."""
    proc = await asyncio.create_subprocess_shell(
        "df -h --output=target,pcent | sort -k2 -r",
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return out.decode()
`,
  ),
  good(
    "CWE-78",
    "batch48: pexpect.spawn with the command and a validated user name as separate arguments",
    src`
import re
import pexpect
from flask import Flask, request, abort

app = Flask(__name__)
USER_RE = re.compile(r"[a-z_][a-z0-9_-]{0,31}")


@app.post("/remote-uptime")
def remote_uptime():
    user = request.form["user"]
    if not USER_RE.fullmatch(user):
        abort(400)
    child = pexpect.spawn("ssh", [f"{user}@backup.internal", "uptime"])
    child.expect(pexpect.EOF)
    return child.before.decode()
`,
  ),
  good(
    "CWE-89",
    "batch48: peewee query builder compares the name through an expression",
    src`
from peewee import SqliteDatabase, Model, CharField

db = SqliteDatabase("app.db")


class User(Model):
    name = CharField()

    class Meta:
        database = db


def find_user(name):
    """Return users whose name matches the given value."""
    return list(User.select().where(User.name == name))
`,
  ),
  good(
    "CWE-89",
    "batch48: dataset table.find with keyword filters and a whitelisted order column",
    src`
import dataset

SORTABLE = {"title", "year", "author"}


def search_books(author, sort):
    """Books by an author, sorted by the chosen column."""
    db = dataset.connect("sqlite:///library.db")
    order = sort if sort in SORTABLE else "title"
    return list(db["books"].find(author=author, order_by=order))
`,
  ),
  good(
    "CWE-89",
    "batch48: pony generator query compares the email inside a select expression",
    src`
from pony.orm import Database, Required, db_session, select

db = Database()


class Contact(db.Entity):
    email = Required(str)


db.bind(provider="sqlite", filename="crm.sqlite")
db.generate_mapping(create_tables=True)


@db_session
def delete_contact(email):
    """Remove the contact with this email address."""
    for c in select(c for c in Contact if c.email == email):
        c.delete()
`,
  ),
  good(
    "CWE-22",
    "batch48: pathlib join of the upload's basename only via Path(name).name",
    src`
from pathlib import Path
from fastapi import FastAPI, UploadFile

app = FastAPI()
INBOX = Path("/srv/inbox")


@app.post("/upload")
async def upload(file: UploadFile):
    target = INBOX / Path(file.filename).name
    target.write_bytes(await file.read())
    return {"stored": target.name}
`,
  ),
  good(
    "CWE-22",
    "batch48: zip import writes members under names cleaned by secure_filename",
    src`
import os
import zipfile
from werkzeug.utils import secure_filename


def import_images(archive_path, dest):
    """Copy the images of an uploaded archive into dest, flattening folders."""
    with zipfile.ZipFile(archive_path) as zf:
        for name in zf.namelist():
            safe = secure_filename(os.path.basename(name))
            if not safe or not safe.lower().endswith((".png", ".jpg")):
                continue
            with zf.open(name) as src, open(os.path.join(dest, safe), "wb") as fh:
                fh.write(src.read())
`,
  ),
  good(
    "CWE-79",
    "batch48: Starlette page rendered through Jinja2Templates with autoescape",
    src`
from starlette.applications import Starlette
from starlette.routing import Route
from starlette.templating import Jinja2Templates

templates = Jinja2Templates(directory="templates")


async def greet(request):
    return templates.TemplateResponse(request, "greet.html", {"name": request.query_params.get("name", "")})


app = Starlette(routes=[Route("/greet", greet)])
`,
  ),
  good(
    "CWE-79",
    "batch48: tornado handler renders the nickname through a template with autoescape on",
    src`
import tornado.web


class ProfileHandler(tornado.web.RequestHandler):
    def get(self):
        self.render("profile.html", nick=self.get_argument("nick"))


app = tornado.web.Application([(r"/profile", ProfileHandler)], template_path="templates")
`,
  ),
  good(
    "CWE-79",
    "batch48: aiohttp JSON endpoint echoes the search term with json_response",
    src`
from aiohttp import web


async def search(request: web.Request) -> web.Response:
    q = request.query.get("q", "")
    return web.json_response({"query": q, "results": []})


app = web.Application()
app.router.add_get("/api/search", search)
`,
  ),
  good(
    "CWE-502",
    "batch48: dill dumps a trained pipeline to a file; nothing is loaded from outside",
    src`
import dill


def save_pipeline(pipeline, path="model/pipeline.dill"):
    """Persist the fitted pipeline for the batch job."""
    with open(path, "wb") as fh:
        dill.dump(pipeline, fh)
`,
  ),
  good(
    "CWE-502",
    "batch48: jsonpickle.encode of a result object for the log; no decode",
    src`
import logging
import jsonpickle

log = logging.getLogger(__name__)


def log_result(result):
    """Write a debug representation of a job result."""
    log.debug("result: %s", jsonpickle.encode(result, unpicklable=False))
`,
  ),
  good(
    "CWE-918",
    "batch48: pycurl fetches a fixed status URL with the user value url-encoded into the query",
    src`
from io import BytesIO
from urllib.parse import urlencode
import pycurl
from flask import Flask, request

app = Flask(__name__)
STATUS_API = "https://status.example.com/api/v2/components"


@app.get("/status")
def status():
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, STATUS_API + "?" + urlencode({"name": request.args.get("name", "")}))
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    c.close()
    return buf.getvalue()
`,
  ),
  good(
    "CWE-611",
    "batch48: xmltodict parses the request body with its default disable_entities",
    src`
import xmltodict
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/orders/xml")
def orders_xml():
    doc = xmltodict.parse(request.data)
    return jsonify(count=len(doc["orders"]["order"]))
`,
  ),
  good(
    "CWE-470",
    "batch48: command shell dispatches to do_ methods that exist on the object only",
    src`
class Console:
    """Tiny REPL for the maintenance console."""

    def do_status(self, arg):
        return "ok"

    def do_version(self, arg):
        return "1.4.2"

    def dispatch(self, line: str):
        name, _, arg = line.partition(" ")
        if not name.isidentifier():
            return "bad command"
        handler = getattr(self, "do_" + name, None)
        if handler is None:
            return "unknown command"
        return handler(arg)
`,
  ),
  good(
    "CWE-94",
    "batch48: compile and exec of a fixed code string for a benchmark",
    src`
import timeit

SETUP = "data = list(range(1000))"
STMT = "sorted(data, reverse=True)"


def bench():
    """Time the sort used in the report generator."""
    code = compile(STMT, "<bench>", "exec")
    scope = {}
    exec(SETUP, scope)
    return timeit.timeit(lambda: exec(code, scope), number=1000)
`,
  ),
  good(
    "CWE-334",
    "batch48: six-digit login code with an expiry and three tries",
    src`
import secrets
import time
from flask import Flask, request, session, abort

app = Flask(__name__)


@app.post("/2fa/send")
def send_code():
    session["2fa_code"] = f"{secrets.randbelow(10**6):06d}"
    session["2fa_expires"] = time.time() + 300
    session["2fa_tries"] = 0
    return "", 204


@app.post("/2fa/check")
def check_code():
    session["2fa_tries"] = session.get("2fa_tries", 0) + 1
    if session["2fa_tries"] > 3 or time.time() > session.get("2fa_expires", 0):
        abort(429)
    if not secrets.compare_digest(request.form["code"], session.get("2fa_code", "")):
        abort(401)
    session["2fa_ok"] = True
    return "ok"
`,
  ),
  good(
    "CWE-362",
    "batch48: asyncio tasks increment a counter on one event loop with no thread",
    src`
import asyncio


class Stats:
    def __init__(self):
        self.done = 0

    def record(self):
        self.done += 1


async def worker(stats, delay):
    await asyncio.sleep(delay)
    stats.record()


async def main():
    stats = Stats()
    await asyncio.gather(*(worker(stats, i / 100) for i in range(50)))
    return stats.done
`,
  ),
  good(
    "CWE-303",
    "batch48: URL router picks a handler by path prefix with startswith; no secret compared",
    src`
def route(path: str) -> str:
    """Pick the handler name for a request path."""
    if path.startswith("/api/"):
        return "api"
    if path.startswith("/static/"):
        return "static"
    return "pages"
`,
  ),
  good(
    "CWE-294",
    "batch48: device login answers a fresh server challenge with an HMAC of it",
    src`
import hashlib
import hmac
import secrets
import socket

DEVICE_KEYS = {"sensor-7": bytes.fromhex("a3f1c2d4e5b6978812345678abcdef01")}


def handle(conn: socket.socket):
    """Challenge-response login for devices."""
    name = conn.recv(64).decode().strip()
    challenge = secrets.token_bytes(16)
    conn.sendall(challenge)
    answer = conn.recv(64).strip()
    key = DEVICE_KEYS.get(name)
    expected = hmac.new(key or b"", challenge, hashlib.sha256).hexdigest().encode()
    if key and hmac.compare_digest(expected, answer):
        conn.sendall(b"OK\n")
        return name
    conn.sendall(b"DENIED\n")
    return None
`,
  ),
  good(
    "CWE-640",
    "batch48: recovery mails a single-use expiring token instead of asking a security question",
    src`
import hashlib
import secrets
from datetime import datetime, timedelta, timezone
from flask import Flask, request
from .models import User, ResetToken, db
from .mail import send_mail

app = Flask(__name__)


@app.post("/recover")
def recover():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user is not None:
        raw = secrets.token_urlsafe(32)
        db.session.add(ResetToken(
            user_id=user.id,
            digest=hashlib.sha256(raw.encode()).hexdigest(),
            expires=datetime.now(timezone.utc) + timedelta(minutes=30),
        ))
        db.session.commit()
        send_mail(user.email, "Reset your password", f"https://example.com/reset?t={raw}")
    return "If the address is registered, a link is on its way."
`,
  ),
  good(
    "CWE-290",
    "batch48: internal API reads the user from the signed session, not from a header",
    src`
from flask import Flask, session, abort, jsonify
from .models import User

app = Flask(__name__)


@app.get("/api/profile")
def profile():
    uid = session.get("uid")
    if uid is None:
        abort(401)
    user = User.query.get_or_404(uid)
    return jsonify(email=user.email, phone=user.phone)
`,
  ),
  good(
    "CWE-940",
    "batch48: UDP control listener checks the sender and an HMAC on each command",
    src`
import hashlib
import hmac
import os
import socket

CONTROLLER = "10.0.0.5"
KEY = os.environ["CONTROL_KEY"].encode()


def control_loop(apply):
    """Apply configuration commands sent by the controller."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", 5005))
    while True:
        data, (host, _port) = sock.recvfrom(1024)
        mac, _, body = data.partition(b" ")
        good_mac = hmac.new(KEY, body, hashlib.sha256).hexdigest().encode()
        if host == CONTROLLER and hmac.compare_digest(mac, good_mac):
            apply(body.decode())
`,
  ),
  good(
    "CWE-15",
    "batch48: admin page sets the isolation level only from a fixed list",
    src`
from flask import Flask, request, abort
from sqlalchemy import create_engine

app = Flask(__name__)
engine = create_engine("postgresql://app@db/app")
LEVELS = {"READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE"}


@app.post("/admin/isolation")
def isolation():
    level = request.args["level"]
    if level not in LEVELS:
        abort(400)
    with engine.connect() as conn:
        conn.execution_options(isolation_level=level)
    return "ok"
`,
  ),
  good(
    "CWE-36",
    "batch48: log viewer opens a log picked by name from the log folder's listing",
    src`
import os
from flask import Flask, request, Response, abort

app = Flask(__name__)
LOG_DIR = "/var/log/app"


@app.get("/logs/view")
def view_log():
    name = request.args["name"]
    if name not in os.listdir(LOG_DIR):
        abort(404)
    with open(os.path.join(LOG_DIR, name)) as fh:
        return Response(fh.read()[-20000:], mimetype="text/plain")
`,
  ),
  good(
    "CWE-552",
    "batch48: Flask static folder is the app's own static subfolder",
    src`
import os
from flask import Flask

ROOT = os.path.dirname(os.path.abspath(__file__))
app = Flask(__name__, static_folder=os.path.join(ROOT, "static"), static_url_path="/assets")
app.config.from_pyfile(os.path.join(ROOT, "settings.py"))
`,
  ),
  good(
    "CWE-125",
    "batch48: ctypes string_at clamps the header length to the buffer size",
    src`
import ctypes
import struct

FRAME = ctypes.create_string_buffer(256)


def read_frame(sock):
    """Read one frame: a 4-byte length then the body into FRAME."""
    header = sock.recv(4)
    (length,) = struct.unpack(">I", header)
    got = sock.recv_into(FRAME, 256)
    return ctypes.string_at(FRAME, min(length, got))
`,
  ),
  // ---------------- CWE-83 / CWE-939 ----------------
  bad(
    "CWE-83",
    "batch48: profile page puts the user's website into an href without checking the scheme",
    src`
from markupsafe import escape
from flask import Flask
from .models import User

app = Flask(__name__)


@app.get("/u/<name>")
def profile(name):
    user = User.query.filter_by(name=name).first_or_404()
    return f'<a href="{escape(user.website)}">{escape(user.name)}</a>'
`,
  ),
  good(
    "CWE-83",
    "batch48: profile page links the website only when its scheme is http or https",
    src`
from urllib.parse import urlparse
from markupsafe import escape
from flask import Flask
from .models import User

app = Flask(__name__)


@app.get("/u/<name>")
def profile(name):
    user = User.query.filter_by(name=name).first_or_404()
    site = user.website if urlparse(user.website).scheme in ("http", "https") else "#"
    return f'<a href="{escape(site)}">{escape(user.name)}</a>'
`,
  ),
];
