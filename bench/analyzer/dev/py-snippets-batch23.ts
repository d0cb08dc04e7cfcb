// Dev suite "py-snippets", batch 23 (see py-snippets.ts): written after the batch 20-22 fixes, measured before any
// fix of its own (its author had read the helper-parameter data flow, PY-REDIR/EXPOSE/TMP-002/DOS rules for those
// fixes, not the rules these cases exercise). Values kept on self or in class attributes, paths returned by a
// helper, Tornado writes, base URLs from the query, pickles from a socket, ARC4, random.Random instances for OTPs,
// SSL contexts with checks off, basic auth over http, FastAPI exception handlers, gzip bodies without a size cap,
// backtracking word patterns, Referer redirects, csrf_exempt on a class view, private keys chmod 0o644, $regex
// from the query, LDAP DNs from a department name, XPath ids, FastAPI UploadFile saved by its own name,
// itsdangerous loads_unsafe, exec of an import line, pandas query strings, config dumps and MD5 file checks.
// Fixed twins are what a careful reviewer would accept. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH23: DevCase[] = [
  bad(
    "CWE-89",
    "batch23: repository class formats the owner into a query on its own table",
    src`
import sqlite3

class Repository:
    def __init__(self, path, table):
        self.conn = sqlite3.connect(path)
        self.table = table

    def by_owner(self, owner):
        cur = self.conn.execute(f"SELECT * FROM {self.table} WHERE owner = '{owner}'")
        return cur.fetchall()
`,
  ),
  good(
    "CWE-89",
    "batch23: repository class binds the owner in a query on its own table",
    src`
import sqlite3

class Repository:
    def __init__(self, path, table):
        self.conn = sqlite3.connect(path)
        self.table = table

    def by_owner(self, owner):
        cur = self.conn.execute(f"SELECT * FROM {self.table} WHERE owner = ?", (owner,))
        return cur.fetchall()
`,
  ),
  bad(
    "CWE-78",
    "batch23: monitor class fills a class-level shell template with the host",
    src`
import os

class Monitor:
    PING = "ping -c 1 -W 2 {host} > /dev/null 2>&1"

    def is_up(self, host):
        return os.system(self.PING.format(host=host)) == 0
`,
  ),
  good(
    "CWE-78",
    "batch23: monitor class runs ping with an argument list",
    src`
import subprocess

class Monitor:
    def is_up(self, host):
        res = subprocess.run(["ping", "-c", "1", "-W", "2", "--", host], capture_output=True)
        return res.returncode == 0
`,
  ),
  bad(
    "CWE-22",
    "batch23: download route sends the path a helper joins under the root",
    src`
import os
from flask import Flask, request, send_file

app = Flask(__name__)
ROOT = "/srv/files"

def resolve(name):
    return os.path.join(ROOT, name)

@app.route("/download")
def download():
    return send_file(resolve(request.args["file"]), as_attachment=True)
`,
  ),
  good(
    "CWE-22",
    "batch23: download route lets send_from_directory keep the name under the root",
    src`
from flask import Flask, request, send_from_directory

app = Flask(__name__)
ROOT = "/srv/files"

@app.route("/download")
def download():
    return send_from_directory(ROOT, request.args["file"], as_attachment=True)
`,
  ),
  bad(
    "CWE-79",
    "batch23: Tornado handler writes the query argument into HTML",
    src`
import tornado.web

class SearchHandler(tornado.web.RequestHandler):
    def get(self):
        q = self.get_argument("q", "")
        results = search_index(q)
        self.write("<h1>Results for " + q + "</h1>")
        for r in results:
            self.write("<li>%s</li>" % tornado.escape.xhtml_escape(r.title))
`,
  ),
  good(
    "CWE-79",
    "batch23: Tornado handler escapes the query argument",
    src`
import tornado.escape
import tornado.web

class SearchHandler(tornado.web.RequestHandler):
    def get(self):
        q = self.get_argument("q", "")
        results = search_index(q)
        self.write("<h1>Results for " + tornado.escape.xhtml_escape(q) + "</h1>")
        for r in results:
            self.write("<li>%s</li>" % tornado.escape.xhtml_escape(r.title))
`,
  ),
  bad(
    "CWE-918",
    "batch23: status proxy builds the base URL from the server parameter",
    src`
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/status")
def status():
    base = request.args.get("server", "http://localhost:8080")
    r = requests.get(f"{base}/api/health", timeout=5)
    return jsonify(r.json())
`,
  ),
  good(
    "CWE-918",
    "batch23: status proxy looks the base URL up by name",
    src`
import requests
from flask import Flask, abort, request, jsonify

app = Flask(__name__)
SERVERS = {"api": "http://api.internal:8080", "billing": "http://billing.internal:8080"}

@app.route("/status")
def status():
    base = SERVERS.get(request.args.get("server", "api"))
    if base is None:
        abort(404)
    r = requests.get(f"{base}/api/health", timeout=5)
    return jsonify(r.json())
`,
  ),
  bad(
    "CWE-502",
    "batch23: job worker unpickles what it receives on its socket",
    src`
import pickle
import socket

def worker(port=7000):
    srv = socket.create_server(("0.0.0.0", port))
    while True:
        conn, _ = srv.accept()
        with conn:
            job = pickle.loads(conn.recv(65536))
            conn.sendall(str(run_job(job)).encode())
`,
  ),
  good(
    "CWE-502",
    "batch23: job worker parses JSON from its socket",
    src`
import json
import socket

def worker(port=7000):
    srv = socket.create_server(("127.0.0.1", port))
    while True:
        conn, _ = srv.accept()
        with conn:
            job = json.loads(conn.recv(65536))
            conn.sendall(str(run_job(job)).encode())
`,
  ),
  bad(
    "CWE-327",
    "batch23: message box encrypts with pycryptodome ARC4",
    src`
from Crypto.Cipher import ARC4

def seal(key: bytes, message: bytes) -> bytes:
    return ARC4.new(key).encrypt(message)
`,
  ),
  good(
    "CWE-327",
    "batch23: message box encrypts with ChaCha20-Poly1305",
    src`
from Crypto.Cipher import ChaCha20_Poly1305
from Crypto.Random import get_random_bytes

def seal(key: bytes, message: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = ChaCha20_Poly1305.new(key=key, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(message)
    return nonce + tag + ct
`,
  ),
  bad(
    "CWE-338",
    "batch23: OTP service draws codes from its own random.Random",
    src`
import random

class OtpService:
    def __init__(self, sms):
        self.sms = sms
        self._rng = random.Random()

    def send_code(self, phone):
        code = f"{self._rng.randrange(10**6):06d}"
        self.sms.send(phone, f"Your login code is {code}")
        return code
`,
  ),
  good(
    "CWE-338",
    "batch23: OTP service draws codes from random.SystemRandom",
    src`
import random

class OtpService:
    def __init__(self, sms):
        self.sms = sms
        self._rng = random.SystemRandom()

    def send_code(self, phone):
        code = f"{self._rng.randrange(10**6):06d}"
        self.sms.send(phone, f"Your login code is {code}")
        return code
`,
  ),
  bad(
    "CWE-295",
    "batch23: mail sender turns off hostname and certificate checks on its context",
    src`
import smtplib
import ssl

def send(host, user, password, msg):
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
    "batch23: mail sender keeps the default context's checks",
    src`
import smtplib
import ssl

def send(host, user, password, msg):
    ctx = ssl.create_default_context()
    with smtplib.SMTP_SSL(host, 465, context=ctx) as s:
        s.login(user, password)
        s.send_message(msg)
`,
  ),
  bad(
    "CWE-319",
    "batch23: metrics client sends basic-auth credentials to an http URL",
    src`
import requests

METRICS_URL = "http://metrics.example.com/api/v1/push"

def push_metrics(user, password, samples):
    r = requests.post(METRICS_URL, json=samples, auth=(user, password), timeout=10)
    r.raise_for_status()
`,
  ),
  good(
    "CWE-319",
    "batch23: metrics client sends basic-auth credentials to an https URL",
    src`
import requests

METRICS_URL = "https://metrics.example.com/api/v1/push"

def push_metrics(user, password, samples):
    r = requests.post(METRICS_URL, json=samples, auth=(user, password), timeout=10)
    r.raise_for_status()
`,
  ),
  bad(
    "CWE-209",
    "batch23: FastAPI catch-all exception handler returns the exception text",
    src`
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    return JSONResponse(status_code=500, content={"error": type(exc).__name__, "detail": str(exc)})
`,
  ),
  good(
    "CWE-209",
    "batch23: FastAPI catch-all exception handler logs and returns a generic error",
    src`
import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger(__name__)

@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    log.exception("unhandled error on %s", request.url.path)
    return JSONResponse(status_code=500, content={"error": "internal error"})
`,
  ),
  bad(
    "CWE-409",
    "batch23: ingest endpoint gunzips the body with no size cap",
    src`
import gzip
import json
from flask import Flask, request

app = Flask(__name__)

@app.route("/ingest", methods=["POST"])
def ingest():
    raw = request.get_data()
    if request.headers.get("Content-Encoding") == "gzip":
        raw = gzip.decompress(raw)
    events = json.loads(raw)
    store_events(events)
    return {"stored": len(events)}
`,
  ),
  good(
    "CWE-409",
    "batch23: ingest endpoint inflates the body up to a fixed size",
    src`
import json
import zlib
from flask import Flask, abort, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 1 << 20
MAX_INFLATED = 8 << 20

@app.route("/ingest", methods=["POST"])
def ingest():
    raw = request.get_data()
    if request.headers.get("Content-Encoding") == "gzip":
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        raw = d.decompress(raw, MAX_INFLATED)
        if d.unconsumed_tail:
            abort(413)
    events = json.loads(raw)
    store_events(events)
    return {"stored": len(events)}
`,
  ),
  bad(
    "CWE-1333",
    "batch23: title check uses a backtracking word-group pattern on form text",
    src`
import re
from flask import Flask, request

app = Flask(__name__)

@app.route("/posts", methods=["POST"])
def create_post():
    title = request.form["title"]
    if not re.match(r"^(\w+\s?)+$", title):
        return "title may contain words and spaces only", 400
    return save_post(title, request.form["body"])
`,
  ),
  good(
    "CWE-1333",
    "batch23: title check uses a linear pattern and a length cap",
    src`
import re
from flask import Flask, request

app = Flask(__name__)
TITLE_RE = re.compile(r"[\w ]{1,120}")

@app.route("/posts", methods=["POST"])
def create_post():
    title = request.form["title"]
    if not TITLE_RE.fullmatch(title):
        return "title may contain words and spaces only", 400
    return save_post(title, request.form["body"])
`,
  ),
  bad(
    "CWE-601",
    "batch23: Django language switch redirects back to the Referer",
    src`
from django.shortcuts import redirect

def set_language(request):
    request.session["lang"] = request.POST.get("lang", "en")
    return redirect(request.META.get("HTTP_REFERER", "/"))
`,
  ),
  good(
    "CWE-601",
    "batch23: Django language switch redirects back to the Referer only on this host",
    src`
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

def set_language(request):
    request.session["lang"] = request.POST.get("lang", "en")
    back = request.META.get("HTTP_REFERER", "/")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=True):
        back = "/"
    return redirect(back)
`,
  ),
  bad(
    "CWE-352",
    "batch23: Django class-based transfer view exempted from CSRF on dispatch",
    src`
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

@method_decorator(csrf_exempt, name="dispatch")
class TransferView(LoginRequiredMixin, View):
    def post(self, request):
        transfer_funds(request.user, request.POST["to"], request.POST["amount"])
        return JsonResponse({"ok": True})
`,
  ),
  good(
    "CWE-352",
    "batch23: Django class-based transfer view keeps CSRF protection",
    src`
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views import View

class TransferView(LoginRequiredMixin, View):
    def post(self, request):
        transfer_funds(request.user, request.POST["to"], request.POST["amount"])
        return JsonResponse({"ok": True})
`,
  ),
  bad(
    "CWE-732",
    "batch23: key generator writes the private key and makes it world-readable",
    src`
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

def write_keypair(directory):
    key = ed25519.Ed25519PrivateKey.generate()
    priv = Path(directory) / "id_ed25519"
    priv.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
        )
    )
    priv.chmod(0o644)
    return priv
`,
  ),
  good(
    "CWE-732",
    "batch23: key generator writes the private key readable by its owner only",
    src`
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

def write_keypair(directory):
    key = ed25519.Ed25519PrivateKey.generate()
    priv = Path(directory) / "id_ed25519"
    priv.touch(mode=0o600)
    priv.chmod(0o600)
    priv.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
        )
    )
    return priv
`,
  ),
  bad(
    "CWE-943",
    "batch23: product search passes the query text to MongoDB as a $regex",
    src`
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
products = MongoClient()["shop"]["products"]

@app.route("/search")
def search():
    q = request.args.get("q", "")
    docs = products.find({"name": {"$regex": q, "$options": "i"}}, {"_id": 0}).limit(50)
    return jsonify(list(docs))
`,
  ),
  good(
    "CWE-943",
    "batch23: product search escapes the query text before the $regex",
    src`
import re

from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
products = MongoClient()["shop"]["products"]

@app.route("/search")
def search():
    q = request.args.get("q", "")[:64]
    docs = products.find({"name": {"$regex": re.escape(q), "$options": "i"}}, {"_id": 0}).limit(50)
    return jsonify(list(docs))
`,
  ),
  bad(
    "CWE-90",
    "batch23: directory listing puts the department into the search base DN",
    src`
from ldap3 import Connection, Server

def department_members(dept):
    conn = Connection(Server("ldaps://ldap.corp.example.com"), auto_bind=True)
    conn.search(search_base=f"ou={dept},dc=corp,dc=example,dc=com", search_filter="(objectClass=person)",
                attributes=["cn", "mail"])
    return [(e.cn.value, e.mail.value) for e in conn.entries]
`,
  ),
  good(
    "CWE-90",
    "batch23: directory listing escapes the department as an RDN value",
    src`
from ldap3 import Connection, Server
from ldap3.utils.dn import escape_rdn

def department_members(dept):
    conn = Connection(Server("ldaps://ldap.corp.example.com"), auto_bind=True)
    conn.search(search_base=f"ou={escape_rdn(dept)},dc=corp,dc=example,dc=com", search_filter="(objectClass=person)",
                attributes=["cn", "mail"])
    return [(e.cn.value, e.mail.value) for e in conn.entries]
`,
  ),
  bad(
    "CWE-643",
    "batch23: order lookup concatenates the id parameter into XPath",
    src`
from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
ORDERS = etree.parse("orders.xml")

@app.route("/orders")
def order():
    oid = request.args.get("id", "")
    nodes = ORDERS.xpath("//order[@id=" + oid + "]/item/text()")
    return jsonify(nodes)
`,
  ),
  good(
    "CWE-643",
    "batch23: order lookup converts the id parameter to an integer first",
    src`
from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
ORDERS = etree.parse("orders.xml")

@app.route("/orders")
def order():
    oid = int(request.args.get("id", "0"))
    nodes = ORDERS.xpath("//order[@id=" + str(oid) + "]/item/text()")
    return jsonify(nodes)
`,
  ),
  bad(
    "CWE-434",
    "batch23: FastAPI upload saved under the client's file name, any type",
    src`
import shutil

from fastapi import FastAPI, UploadFile

app = FastAPI()

@app.post("/upload")
async def upload(file: UploadFile):
    with open(f"static/uploads/{file.filename}", "wb") as out:
        shutil.copyfileobj(file.file, out)
    return {"url": f"/static/uploads/{file.filename}"}
`,
  ),
  good(
    "CWE-434",
    "batch23: FastAPI upload checks the type and picks its own name",
    src`
import shutil
import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
ALLOWED = {".png": "image/png", ".jpg": "image/jpeg", ".pdf": "application/pdf"}

@app.post("/upload")
async def upload(file: UploadFile):
    ext = Path(file.filename or "").suffix.lower()
    if ALLOWED.get(ext) != file.content_type:
        raise HTTPException(status_code=400, detail="unsupported file type")
    name = f"{uuid.uuid4().hex}{ext}"
    with open(Path("static/uploads") / name, "wb") as out:
        shutil.copyfileobj(file.file, out)
    return {"url": f"/static/uploads/{name}"}
`,
  ),
  bad(
    "CWE-347",
    "batch23: unsubscribe link read with itsdangerous loads_unsafe",
    src`
from flask import Flask, request
from itsdangerous import URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(app.config["SECRET_KEY"], salt="unsubscribe")

@app.route("/unsubscribe")
def unsubscribe():
    _, data = signer.loads_unsafe(request.args["t"])
    remove_subscriber(data["email"])
    return "You have been unsubscribed."
`,
  ),
  good(
    "CWE-347",
    "batch23: unsubscribe link read with itsdangerous loads",
    src`
from flask import Flask, abort, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(app.config["SECRET_KEY"], salt="unsubscribe")

@app.route("/unsubscribe")
def unsubscribe():
    try:
        data = signer.loads(request.args["t"])
    except BadSignature:
        abort(400)
    remove_subscriber(data["email"])
    return "You have been unsubscribed."
`,
  ),
  bad(
    "CWE-94",
    "batch23: plugin loader execs an import line with the name from argv",
    src`
import sys

def load_plugin(name):
    namespace = {}
    exec(f"import plugins.{name} as plugin", namespace)
    return namespace["plugin"]

if __name__ == "__main__":
    load_plugin(sys.argv[1]).main()
`,
  ),
  good(
    "CWE-94",
    "batch23: plugin loader imports an allow-listed module with importlib",
    src`
import importlib
import sys

PLUGINS = {"csv_export", "pdf_export", "mailer"}

def load_plugin(name):
    if name not in PLUGINS:
        raise SystemExit(f"unknown plugin {name!r}")
    return importlib.import_module(f"plugins.{name}")

if __name__ == "__main__":
    load_plugin(sys.argv[1]).main()
`,
  ),
  bad(
    "CWE-94",
    "batch23: report endpoint filters a DataFrame with the query string it was given",
    src`
import pandas as pd
from flask import Flask, request

app = Flask(__name__)
SALES = pd.read_parquet("sales.parquet")

@app.route("/report")
def report():
    expr = request.args.get("filter", "amount > 0")
    return SALES.query(expr).to_json(orient="records")
`,
  ),
  good(
    "CWE-94",
    "batch23: report endpoint filters a DataFrame by an allow-listed column and value",
    src`
import pandas as pd
from flask import Flask, abort, request

app = Flask(__name__)
SALES = pd.read_parquet("sales.parquet")
COLUMNS = {"region", "product", "channel"}

@app.route("/report")
def report():
    col = request.args.get("column", "region")
    if col not in COLUMNS:
        abort(400)
    value = request.args.get("value", "")
    return SALES[SALES[col] == value].to_json(orient="records")
`,
  ),
  bad(
    "CWE-200",
    "batch23: settings endpoint returns every string in app.config",
    src`
from flask import Flask, jsonify

app = Flask(__name__)
app.config.from_prefixed_env()

@app.route("/admin/settings")
def settings():
    return jsonify({k: v for k, v in app.config.items() if isinstance(v, str)})
`,
  ),
  good(
    "CWE-200",
    "batch23: settings endpoint returns an allow-list of harmless settings",
    src`
from flask import Flask, jsonify

app = Flask(__name__)
app.config.from_prefixed_env()
PUBLIC = ("APPLICATION_ROOT", "PREFERRED_URL_SCHEME", "SERVER_NAME")

@app.route("/admin/settings")
def settings():
    return jsonify({k: app.config.get(k) for k in PUBLIC})
`,
  ),
  bad(
    "CWE-328",
    "batch23: installer verifies a download against an MD5 checksum",
    src`
import hashlib
import urllib.request

def download_verified(url, expected_md5, dest):
    urllib.request.urlretrieve(url, dest)
    with open(dest, "rb") as fh:
        digest = hashlib.md5(fh.read()).hexdigest()
    if digest != expected_md5:
        raise ValueError("checksum mismatch")
    return dest
`,
  ),
  good(
    "CWE-328",
    "batch23: installer verifies a download against a SHA-256 checksum",
    src`
import hashlib
import urllib.request

def download_verified(url, expected_sha256, dest):
    urllib.request.urlretrieve(url, dest)
    with open(dest, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    if digest != expected_sha256:
        raise ValueError("checksum mismatch")
    return dest
`,
  ),
];
