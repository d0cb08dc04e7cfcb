// Dev suite "py-snippets", batch 27 (see py-snippets.ts): written after the batch 26 fixes, before any fix of its
// own, without reading the rules these cases exercise beyond those fixes; the APIs are varied away from batch 26's.
// Unanchored regex allow-lists, FastAPI FileResponse paths, tarfile members, asyncio shell subprocesses, Bottle and
// Tornado and Falcon sources, HTMLResponse and mark_safe, attribute values escaped with quote=False, SQLAlchemy
// text() and Django extra(), pymysql LIKE clauses, ldap3 filters, render_template_string, operators eval'd from
// the query, raw WSGI headers, Django settings with DEBUG on, ZipFile.testzip ignored, MongoDB URIs and Redis
// passwords in code, urllib3 and aiohttp with checks off, WarningPolicy, configparser password files, SMTP on 587
// without STARTTLS, xmlrpc over http, Fernet and HMAC keys in code, python-rsa 512-bit keys, DH 1024, ARC4, TLSv1
// contexts, IVs equal to the key, uuid4 slices as API keys, seeded salts, python-jose unverified claims, exists()
// before open, files under gettempdir, session ids kept from the cookie, X-Api-Key compared with ==, zero padding
// sized by the client, admin routes without login_required, default_storage saves, role headers, cgi.escape and
// imp, module-level current users, shelve, torch.load and pandas.read_pickle, weak validator options, Django
// redirect(), lxml resolve_entities, minidom on request bodies, XPath objects built by %, failures swallowed
// around a charge, re.sub patterns from the query, the classic e-mail ReDoS, S_IRWXO, blake2b passwords, scrypt
// with a fixed salt, boto3 keys in code, retry loops that never count, httpx and aiohttp fetches of client URLs
// and MongoDB logins with operator objects. Fixed twins are what a careful reviewer would accept. Never taken from
// a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH27: DevCase[] = [
  // ---------------- CWE-20: incomplete validation ----------------
  bad(
    "CWE-20",
    "batch27: return URL allowed by an unanchored regex with an unescaped dot",
    src`
import re
from flask import Flask, request, redirect

app = Flask(__name__)

@app.route("/continue")
def cont():
    target = request.args.get("to", "/")
    if re.match(r"https://(www\.)?example.com", target):
        return redirect(target)
    return redirect("/")
`,
  ),
  good(
    "CWE-20",
    "batch27: return URL allowed when its parsed host is in a fixed set",
    src`
from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)
HOSTS = {"example.com", "www.example.com"}

@app.route("/continue")
def cont():
    target = request.args.get("to", "/")
    parts = urlparse(target)
    if parts.scheme == "https" and parts.hostname in HOSTS:
        return redirect(target)
    return redirect("/")
`,
  ),

  // ---------------- CWE-22: path traversal ----------------
  bad(
    "CWE-22",
    "batch27: FastAPI returns a FileResponse for a path parameter joined under the export folder",
    src`
import os
from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
EXPORTS = "/srv/exports"

@app.get("/exports/{name}")
def get_export(name: str):
    return FileResponse(os.path.join(EXPORTS, name))
`,
  ),
  good(
    "CWE-22",
    "batch27: FastAPI resolves the export path and requires it to stay under the export folder",
    src`
from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
EXPORTS = Path("/srv/exports").resolve()

@app.get("/exports/{name}")
def get_export(name: str):
    path = (EXPORTS / name).resolve()
    if not path.is_relative_to(EXPORTS):
        raise HTTPException(status_code=404)
    return FileResponse(path)
`,
  ),
  bad(
    "CWE-22",
    "batch27: uploaded tarball extracted with extractall and no member filter",
    src`
import tarfile

def install_theme(archive_path, themes_dir):
    with tarfile.open(archive_path) as tar:
        tar.extractall(themes_dir)
`,
  ),
  good(
    "CWE-22",
    "batch27: uploaded tarball extracted with the data filter",
    src`
import tarfile

def install_theme(archive_path, themes_dir):
    with tarfile.open(archive_path) as tar:
        tar.extractall(themes_dir, filter="data")
`,
  ),

  // ---------------- CWE-78: OS command injection ----------------
  bad(
    "CWE-78",
    "batch27: aiohttp handler pings a host from the query through create_subprocess_shell",
    src`
import asyncio
from aiohttp import web

async def ping(request):
    host = request.query["host"]
    proc = await asyncio.create_subprocess_shell(f"ping -c 1 {host}", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return web.Response(text=out.decode())
`,
  ),
  good(
    "CWE-78",
    "batch27: aiohttp handler pings a host from the query through create_subprocess_exec",
    src`
import asyncio
from aiohttp import web

async def ping(request):
    host = request.query["host"]
    proc = await asyncio.create_subprocess_exec("ping", "-c", "1", "--", host, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return web.Response(text=out.decode())
`,
  ),
  bad(
    "CWE-78",
    "batch27: Bottle route converts an image named in the query with Popen and shell=True",
    src`
import subprocess
from bottle import route, request

@route("/thumb")
def thumb():
    name = request.query.name
    subprocess.Popen("convert uploads/" + name + " -resize 64x64 thumbs/" + name, shell=True).wait()
    return "ok"
`,
  ),

  // ---------------- CWE-79 / CWE-80 / CWE-116: cross-site scripting and output encoding ----------------
  bad(
    "CWE-79",
    "batch27: FastAPI HTMLResponse interpolates a comment from the query",
    src`
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

@app.get("/preview", response_class=HTMLResponse)
def preview(comment: str = ""):
    return HTMLResponse(f"<div class='comment'>{comment}</div>")
`,
  ),
  good(
    "CWE-79",
    "batch27: FastAPI HTMLResponse escapes the comment with html.escape",
    src`
import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

@app.get("/preview", response_class=HTMLResponse)
def preview(comment: str = ""):
    return HTMLResponse(f"<div class='comment'>{html.escape(comment)}</div>")
`,
  ),
  bad(
    "CWE-79",
    "batch27: Tornado handler writes the search argument into HTML",
    src`
import tornado.web

class SearchHandler(tornado.web.RequestHandler):
    def get(self):
        q = self.get_argument("q", "")
        self.write("<h2>Results for " + q + "</h2>")
`,
  ),
  good(
    "CWE-79",
    "batch27: Tornado handler escapes the search argument with xhtml_escape",
    src`
import tornado.escape
import tornado.web

class SearchHandler(tornado.web.RequestHandler):
    def get(self):
        q = self.get_argument("q", "")
        self.write("<h2>Results for " + tornado.escape.xhtml_escape(q) + "</h2>")
`,
  ),
  bad(
    "CWE-80",
    "batch27: Django template filter marks a user's bio safe",
    src`
from django import template
from django.utils.safestring import mark_safe

register = template.Library()

@register.filter
def render_bio(profile):
    return mark_safe("<p>" + profile.bio + "</p>")
`,
  ),
  good(
    "CWE-80",
    "batch27: Django template filter builds the bio paragraph with format_html",
    src`
from django import template
from django.utils.html import format_html

register = template.Library()

@register.filter
def render_bio(profile):
    return format_html("<p>{}</p>", profile.bio)
`,
  ),
  bad(
    "CWE-116",
    "batch27: profile link escapes the name with quote=False inside a quoted attribute",
    src`
import html
from flask import Flask, request

app = Flask(__name__)

@app.route("/card")
def card():
    name = request.args.get("name", "")
    return f'<a title="{html.escape(name, quote=False)}" href="/u">profile</a>'
`,
  ),
  good(
    "CWE-116",
    "batch27: profile link escapes the name with quotes escaped too",
    src`
import html
from flask import Flask, request

app = Flask(__name__)

@app.route("/card")
def card():
    name = request.args.get("name", "")
    return f'<a title="{html.escape(name, quote=True)}" href="/u">profile</a>'
`,
  ),

  // ---------------- CWE-89: SQL injection ----------------
  bad(
    "CWE-89",
    "batch27: SQLAlchemy text() with the status interpolated by an f-string",
    src`
from sqlalchemy import text

def orders_by_status(session, status):
    return session.execute(text(f"SELECT id, total FROM orders WHERE status = '{status}'")).all()
`,
  ),
  good(
    "CWE-89",
    "batch27: SQLAlchemy text() with the status bound as :status",
    src`
from sqlalchemy import text

def orders_by_status(session, status):
    return session.execute(text("SELECT id, total FROM orders WHERE status = :status"), {"status": status}).all()
`,
  ),
  bad(
    "CWE-89",
    "batch27: pymysql LIKE search concatenates the term from the Falcon request",
    src`
import falcon
import pymysql

class ProductSearch:
    def on_get(self, req, resp):
        term = req.get_param("term") or ""
        conn = pymysql.connect(host="db", user="app", database="shop")
        with conn.cursor() as cur:
            cur.execute("SELECT name FROM products WHERE name LIKE '%" + term + "%'")
            resp.media = [r[0] for r in cur.fetchall()]
`,
  ),
  good(
    "CWE-89",
    "batch27: pymysql LIKE search binds the wildcard term as a parameter",
    src`
import falcon
import pymysql

class ProductSearch:
    def on_get(self, req, resp):
        term = req.get_param("term") or ""
        conn = pymysql.connect(host="db", user="app", database="shop")
        with conn.cursor() as cur:
            cur.execute("SELECT name FROM products WHERE name LIKE %s", ("%" + term + "%",))
            resp.media = [r[0] for r in cur.fetchall()]
`,
  ),
  bad(
    "CWE-89",
    "batch27: Django queryset extra(where=...) with the user name %-formatted",
    src`
from django.contrib.auth.models import User
from django.http import JsonResponse

def lookup(request):
    name = request.GET["username"]
    users = User.objects.extra(where=["username = '%s'" % name])
    return JsonResponse({"ids": [u.id for u in users]})
`,
  ),
  good(
    "CWE-89",
    "batch27: Django queryset filter(username=...)",
    src`
from django.contrib.auth.models import User
from django.http import JsonResponse

def lookup(request):
    name = request.GET["username"]
    users = User.objects.filter(username=name)
    return JsonResponse({"ids": [u.id for u in users]})
`,
  ),

  // ---------------- CWE-90: LDAP injection ----------------
  bad(
    "CWE-90",
    "batch27: ldap3 search filter formats the uid from the JSON body",
    src`
from flask import Flask, request
from ldap3 import Server, Connection

app = Flask(__name__)

@app.route("/groups", methods=["POST"])
def groups():
    uid = request.get_json()["uid"]
    conn = Connection(Server("ldap://dc.corp.local"), auto_bind=True)
    conn.search("dc=corp,dc=local", f"(&(objectClass=person)(uid={uid}))", attributes=["memberOf"])
    return {"entries": len(conn.entries)}
`,
  ),
  good(
    "CWE-90",
    "batch27: ldap3 search filter escapes the uid with escape_filter_chars",
    src`
from flask import Flask, request
from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)

@app.route("/groups", methods=["POST"])
def groups():
    uid = escape_filter_chars(request.get_json()["uid"])
    conn = Connection(Server("ldap://dc.corp.local"), auto_bind=True)
    conn.search("dc=corp,dc=local", f"(&(objectClass=person)(uid={uid}))", attributes=["memberOf"])
    return {"entries": len(conn.entries)}
`,
  ),

  // ---------------- CWE-94 / CWE-95: code injection ----------------
  bad(
    "CWE-94",
    "batch27: greeting rendered from a template string the query supplies",
    src`
from flask import Flask, request, render_template_string

app = Flask(__name__)

@app.route("/greet")
def greet():
    tpl = request.args.get("tpl", "Hello {{ name }}")
    return render_template_string(tpl, name="guest")
`,
  ),
  good(
    "CWE-94",
    "batch27: greeting rendered from a fixed template string with the name as a variable",
    src`
from flask import Flask, request, render_template_string

app = Flask(__name__)

@app.route("/greet")
def greet():
    return render_template_string("Hello {{ name }}", name=request.args.get("name", "guest"))
`,
  ),
  bad(
    "CWE-95",
    "batch27: calculator evaluates two operands and an operator from the query",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/calc")
def calc():
    a, op, b = request.args["a"], request.args["op"], request.args["b"]
    return str(eval(f"{a} {op} {b}"))
`,
  ),
  good(
    "CWE-95",
    "batch27: calculator maps the operator through a table of functions",
    src`
import operator
from flask import Flask, request, abort

app = Flask(__name__)
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul}

@app.route("/calc")
def calc():
    op = OPS.get(request.args["op"])
    if op is None:
        abort(400)
    return str(op(float(request.args["a"]), float(request.args["b"])))
`,
  ),

  // ---------------- CWE-113: header splitting ----------------
  bad(
    "CWE-113",
    "batch27: raw WSGI app echoes the lang query value into a Set-Cookie header",
    src`
from urllib.parse import parse_qs

def application(environ, start_response):
    lang = parse_qs(environ.get("QUERY_STRING", "")).get("lang", ["en"])[0]
    start_response("200 OK", [("Content-Type", "text/plain"), ("Set-Cookie", "lang=" + lang)])
    return [b"ok"]
`,
  ),
  good(
    "CWE-113",
    "batch27: raw WSGI app accepts only known lang values for the Set-Cookie header",
    src`
from urllib.parse import parse_qs

LANGS = {"en", "fr", "de"}

def application(environ, start_response):
    lang = parse_qs(environ.get("QUERY_STRING", "")).get("lang", ["en"])[0]
    if lang not in LANGS:
        lang = "en"
    start_response("200 OK", [("Content-Type", "text/plain"), ("Set-Cookie", "lang=" + lang)])
    return [b"ok"]
`,
  ),

  // ---------------- CWE-117: log injection ----------------
  bad(
    "CWE-117",
    "batch27: Django view logs the search term with an f-string",
    src`
import logging
from django.http import JsonResponse

logger = logging.getLogger("search")

def search(request):
    term = request.GET.get("q", "")
    logger.info(f"search term={term}")
    return JsonResponse({"results": []})
`,
  ),
  good(
    "CWE-117",
    "batch27: Django view logs the search term JSON-encoded, newlines escaped",
    src`
import json
import logging
from django.http import JsonResponse

logger = logging.getLogger("search")

def search(request):
    term = request.GET.get("q", "")
    logger.info("search term=%s", json.dumps(term))
    return JsonResponse({"results": []})
`,
  ),

  // ---------------- CWE-200 / CWE-209 / CWE-215: exposure ----------------
  bad(
    "CWE-200",
    "batch27: Django diagnostics view returns every upper-case setting",
    src`
from django.conf import settings
from django.http import JsonResponse

def diagnostics(request):
    data = {k: str(getattr(settings, k)) for k in dir(settings) if k.isupper()}
    return JsonResponse(data)
`,
  ),
  bad(
    "CWE-209",
    "batch27: aiohttp middleware returns the traceback text on any exception",
    src`
import traceback
from aiohttp import web

@web.middleware
async def errors(request, handler):
    try:
        return await handler(request)
    except Exception:
        return web.Response(text=traceback.format_exc(), status=500)
`,
  ),
  good(
    "CWE-209",
    "batch27: aiohttp middleware logs the exception and returns a fixed message",
    src`
import logging
from aiohttp import web

log = logging.getLogger(__name__)

@web.middleware
async def errors(request, handler):
    try:
        return await handler(request)
    except Exception:
        log.exception("unhandled error")
        return web.Response(text="internal error", status=500)
`,
  ),
  bad(
    "CWE-215",
    "batch27: Django production settings leave DEBUG on with any host allowed",
    src`
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = True
ALLOWED_HOSTS = ["*"]
`,
  ),
  good(
    "CWE-215",
    "batch27: Django production settings with DEBUG off and named hosts",
    src`
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["app.example.com"]
`,
  ),
  bad(
    "CWE-215",
    "batch27: werkzeug run_simple serves the app with the interactive debugger",
    src`
from werkzeug.serving import run_simple
from app import create_app

if __name__ == "__main__":
    run_simple("0.0.0.0", 8080, create_app(), use_debugger=True, use_reloader=True)
`,
  ),

  // ---------------- CWE-252: unchecked return value ----------------
  bad(
    "CWE-252",
    "batch27: ZipFile.testzip result ignored before the archive is extracted",
    src`
import zipfile

def restore(archive, dest):
    with zipfile.ZipFile(archive) as z:
        z.testzip()
        z.extractall(dest)
`,
  ),
  good(
    "CWE-252",
    "batch27: ZipFile.testzip result checked before the archive is extracted",
    src`
import zipfile

def restore(archive, dest):
    with zipfile.ZipFile(archive) as z:
        bad_member = z.testzip()
        if bad_member is not None:
            raise ValueError(f"corrupt member {bad_member}")
        z.extractall(dest)
`,
  ),

  // ---------------- CWE-259 / CWE-798 / CWE-321: secrets in code ----------------
  bad(
    "CWE-259",
    "batch27: pymongo client built from a URI with the admin password in it",
    src`
from pymongo import MongoClient

client = MongoClient("mongodb://admin:Adm1nPass2024@db.internal:27017/?authSource=admin")

def users():
    return client["app"]["users"]
`,
  ),
  good(
    "CWE-259",
    "batch27: pymongo client built from a URI in the environment",
    src`
import os
from pymongo import MongoClient

client = MongoClient(os.environ["MONGO_URI"])

def users():
    return client["app"]["users"]
`,
  ),
  bad(
    "CWE-259",
    "batch27: Redis cache client with a literal password",
    src`
import redis

cache = redis.Redis(host="cache.internal", port=6379, password="r3d1s-S3cret")

def remember(key, value):
    cache.set(key, value, ex=300)
`,
  ),
  bad(
    "CWE-798",
    "batch27: boto3 S3 client with access keys written into the call",
    src`
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIA4TQ7XK2PLM9RZB3D",
    aws_secret_access_key="q8Zr2Lk9+Tn4Vw1Yb6Hs3Jd0Fp7Gc5Xm2Ne8Ua4R",
)

def upload(path, key):
    s3.upload_file(path, "reports", key)
`,
  ),
  good(
    "CWE-798",
    "batch27: boto3 S3 client with credentials from the default provider chain",
    src`
import boto3

s3 = boto3.client("s3")

def upload(path, key):
    s3.upload_file(path, "reports", key)
`,
  ),
  bad(
    "CWE-321",
    "batch27: Fernet key written into the module",
    src`
from cryptography.fernet import Fernet

FERNET = Fernet(b"hQ3uV0F8nY2l3tM0yA7b9cXq1wE5rT6uI8oP2aS4dF0=")

def seal(data):
    return FERNET.encrypt(data)
`,
  ),
  good(
    "CWE-321",
    "batch27: Fernet key loaded from the environment",
    src`
import os
from cryptography.fernet import Fernet

FERNET = Fernet(os.environ["FERNET_KEY"].encode())

def seal(data):
    return FERNET.encrypt(data)
`,
  ),
  bad(
    "CWE-321",
    "batch27: request signatures computed with an HMAC key literal",
    src`
import hashlib
import hmac

def sign(body):
    return hmac.new(b"shared-signing-key-42", body, hashlib.sha256).hexdigest()
`,
  ),

  // ---------------- CWE-269 / CWE-454: privileges and trusted values from the client ----------------
  bad(
    "CWE-269",
    "batch27: profile update copies the role field from the JSON body",
    src`
from flask import Flask, request
from flask_login import current_user, login_required
from models import db

app = Flask(__name__)

@app.route("/profile", methods=["PUT"])
@login_required
def update_profile():
    body = request.get_json()
    current_user.display_name = body.get("display_name", current_user.display_name)
    current_user.role = body.get("role", current_user.role)
    db.session.commit()
    return {"ok": True}
`,
  ),
  good(
    "CWE-269",
    "batch27: profile update copies only the display name",
    src`
from flask import Flask, request
from flask_login import current_user, login_required
from models import db

app = Flask(__name__)

@app.route("/profile", methods=["PUT"])
@login_required
def update_profile():
    body = request.get_json()
    current_user.display_name = body.get("display_name", current_user.display_name)
    db.session.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-454",
    "batch27: report endpoint trusts an X-User-Role header for the manager view",
    src`
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/reports/salaries")
def salaries():
    if request.headers.get("X-User-Role") != "manager":
        abort(403)
    return {"rows": load_salaries()}
`,
  ),

  // ---------------- CWE-295: certificate validation ----------------
  bad(
    "CWE-295",
    "batch27: urllib3 PoolManager with CERT_NONE",
    src`
import urllib3

urllib3.disable_warnings()
http = urllib3.PoolManager(cert_reqs="CERT_NONE")

def get_json(url):
    return http.request("GET", url).json()
`,
  ),
  good(
    "CWE-295",
    "batch27: urllib3 PoolManager with CERT_REQUIRED and certifi's bundle",
    src`
import certifi
import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())

def get_json(url):
    return http.request("GET", url).json()
`,
  ),
  bad(
    "CWE-295",
    "batch27: aiohttp connector built with ssl=False",
    src`
import aiohttp

async def fetch(url):
    connector = aiohttp.TCPConnector(ssl=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.get(url) as resp:
            return await resp.text()
`,
  ),
  bad(
    "CWE-295",
    "batch27: paramiko client accepts unknown host keys with WarningPolicy",
    src`
import paramiko

def run_remote(host, cmd):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(host, username="ops", key_filename="/etc/ops/id_ed25519")
    return client.exec_command(cmd)[1].read()
`,
  ),
  good(
    "CWE-295",
    "batch27: paramiko client rejects unknown host keys",
    src`
import paramiko

def run_remote(host, cmd):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="ops", key_filename="/etc/ops/id_ed25519")
    return client.exec_command(cmd)[1].read()
`,
  ),

  // ---------------- CWE-312 / CWE-319: cleartext ----------------
  bad(
    "CWE-312",
    "batch27: configparser writes the account password into an ini file",
    src`
import configparser

def save_account(path, user, password):
    cfg = configparser.ConfigParser()
    cfg["account"] = {"user": user, "password": password}
    with open(path, "w") as fh:
        cfg.write(fh)
`,
  ),
  good(
    "CWE-312",
    "batch27: account password kept in the OS keyring, only the user in the ini file",
    src`
import configparser
import keyring

def save_account(path, user, password):
    keyring.set_password("myapp", user, password)
    cfg = configparser.ConfigParser()
    cfg["account"] = {"user": user}
    with open(path, "w") as fh:
        cfg.write(fh)
`,
  ),
  bad(
    "CWE-319",
    "batch27: SMTP on port 587 logs in without STARTTLS",
    src`
import smtplib

def send(user, password, msg):
    server = smtplib.SMTP("mail.example.com", 587)
    server.login(user, password)
    server.send_message(msg)
    server.quit()
`,
  ),
  good(
    "CWE-319",
    "batch27: SMTP on port 587 upgrades with STARTTLS before logging in",
    src`
import smtplib
import ssl

def send(user, password, msg):
    server = smtplib.SMTP("mail.example.com", 587)
    server.starttls(context=ssl.create_default_context())
    server.login(user, password)
    server.send_message(msg)
    server.quit()
`,
  ),
  bad(
    "CWE-319",
    "batch27: XML-RPC proxy to a remote host over http with credentials in the URL",
    src`
import xmlrpc.client

def erp_client(user, password):
    return xmlrpc.client.ServerProxy(f"http://{user}:{password}@erp.example.com/xmlrpc/2/object")
`,
  ),

  // ---------------- CWE-326 / CWE-327: weak keys and algorithms ----------------
  bad(
    "CWE-326",
    "batch27: python-rsa key pair of 512 bits",
    src`
import rsa

def make_keys():
    pub, priv = rsa.newkeys(512)
    return pub, priv
`,
  ),
  good(
    "CWE-326",
    "batch27: python-rsa key pair of 3072 bits",
    src`
import rsa

def make_keys():
    pub, priv = rsa.newkeys(3072)
    return pub, priv
`,
  ),
  bad(
    "CWE-326",
    "batch27: Diffie-Hellman parameters of 1024 bits",
    src`
from cryptography.hazmat.primitives.asymmetric import dh

def dh_params():
    return dh.generate_parameters(generator=2, key_size=1024)
`,
  ),
  bad(
    "CWE-327",
    "batch27: PyCryptodome ARC4 stream cipher for stored messages",
    src`
from Crypto.Cipher import ARC4

def encrypt_message(key, text):
    return ARC4.new(key).encrypt(text.encode())
`,
  ),
  bad(
    "CWE-327",
    "batch27: client SSL context pinned to TLS 1.0",
    src`
import socket
import ssl

def open_tls(host):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_default_certs()
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)
`,
  ),
  good(
    "CWE-327",
    "batch27: client SSL context that requires TLS 1.2 or later",
    src`
import socket
import ssl

def open_tls(host):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)
`,
  ),

  // ---------------- CWE-329 / CWE-1204: IVs ----------------
  bad(
    "CWE-329",
    "batch27: AES-CBC uses the key itself as the IV",
    src`
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

def encrypt(key, data):
    cipher = AES.new(key, AES.MODE_CBC, iv=key[:16])
    return cipher.encrypt(pad(data, AES.block_size))
`,
  ),
  good(
    "CWE-329",
    "batch27: AES-CBC with get_random_bytes for the IV",
    src`
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

def encrypt(key, data):
    iv = get_random_bytes(16)
    cipher = AES.new(key, AES.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(data, AES.block_size))
`,
  ),
  bad(
    "CWE-1204",
    "batch27: AES-CBC IV derived from the MD5 of the key",
    src`
import hashlib
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def encrypt(key, padded):
    iv = hashlib.md5(key).digest()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return enc.update(padded) + enc.finalize()
`,
  ),

  // ---------------- CWE-330 / CWE-331 / CWE-339: randomness ----------------
  bad(
    "CWE-330",
    "batch27: session key formatted from random.getrandbits",
    src`
import random

def new_session_key():
    return "%032x" % random.getrandbits(128)
`,
  ),
  good(
    "CWE-330",
    "batch27: session key from secrets.token_hex",
    src`
import secrets

def new_session_key():
    return secrets.token_hex(16)
`,
  ),
  bad(
    "CWE-331",
    "batch27: API key cut down to the first eight hex digits of a uuid4",
    src`
import uuid

def new_api_key():
    return uuid.uuid4().hex[:8]
`,
  ),
  bad(
    "CWE-339",
    "batch27: password salts drawn after seeding random with a constant",
    src`
import random

random.seed(20240101)

def new_salt():
    return bytes(random.randrange(256) for _ in range(16))
`,
  ),
  good(
    "CWE-339",
    "batch27: password salts drawn from os.urandom",
    src`
import os

def new_salt():
    return os.urandom(16)
`,
  ),

  // ---------------- CWE-347: signatures ----------------
  bad(
    "CWE-347",
    "batch27: python-jose claims read with get_unverified_claims decide the user",
    src`
from jose import jwt

def user_from_token(token):
    claims = jwt.get_unverified_claims(token)
    return claims["sub"]
`,
  ),
  good(
    "CWE-347",
    "batch27: python-jose claims read with decode and the signing key",
    src`
from jose import jwt

def user_from_token(token, key):
    claims = jwt.decode(token, key, algorithms=["HS256"])
    return claims["sub"]
`,
  ),
  bad(
    "CWE-347",
    "batch27: PyJWT 1.x decode with verify=False",
    src`
import jwt

def tenant_of(token):
    return jwt.decode(token, verify=False)["tenant"]
`,
  ),

  // ---------------- CWE-367 / CWE-377: races and temporary files ----------------
  bad(
    "CWE-367",
    "batch27: os.path.exists checked before the lock file is created",
    src`
import os

def take_lock(path):
    if os.path.exists(path):
        return False
    with open(path, "w") as fh:
        fh.write(str(os.getpid()))
    return True
`,
  ),
  good(
    "CWE-367",
    "batch27: lock file created atomically with O_CREAT | O_EXCL",
    src`
import os

def take_lock(path):
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    os.write(fd, str(os.getpid()).encode())
    os.close(fd)
    return True
`,
  ),
  bad(
    "CWE-377",
    "batch27: script written to a fixed name under tempfile.gettempdir()",
    src`
import os
import subprocess
import tempfile

def run_script(body):
    path = os.path.join(tempfile.gettempdir(), "job.sh")
    with open(path, "w") as fh:
        fh.write(body)
    subprocess.run(["sh", path], check=True)
`,
  ),
  good(
    "CWE-377",
    "batch27: script written to a mkstemp file",
    src`
import os
import subprocess
import tempfile

def run_script(body):
    fd, path = tempfile.mkstemp(suffix=".sh")
    with os.fdopen(fd, "w") as fh:
        fh.write(body)
    subprocess.run(["sh", path], check=True)
`,
  ),

  // ---------------- CWE-384 / CWE-385 / CWE-488: sessions ----------------
  bad(
    "CWE-384",
    "batch27: login keeps the session id the browser already sent",
    src`
import secrets
from flask import Flask, request, make_response

app = Flask(__name__)
SESSIONS = {}

@app.route("/login", methods=["POST"])
def login():
    user = authenticate(request.form["username"], request.form["password"])
    sid = request.cookies.get("SESSIONID") or secrets.token_urlsafe(32)
    SESSIONS[sid] = user.id
    resp = make_response("ok")
    resp.set_cookie("SESSIONID", sid, secure=True, httponly=True)
    return resp
`,
  ),
  good(
    "CWE-384",
    "batch27: login issues a fresh session id and drops the old one",
    src`
import secrets
from flask import Flask, request, make_response

app = Flask(__name__)
SESSIONS = {}

@app.route("/login", methods=["POST"])
def login():
    user = authenticate(request.form["username"], request.form["password"])
    SESSIONS.pop(request.cookies.get("SESSIONID"), None)
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = user.id
    resp = make_response("ok")
    resp.set_cookie("SESSIONID", sid, secure=True, httponly=True)
    return resp
`,
  ),
  bad(
    "CWE-385",
    "batch27: X-Api-Key header compared with == against the configured key",
    src`
import os
from flask import Flask, request, abort

app = Flask(__name__)
API_KEY = os.environ["API_KEY"]

@app.before_request
def check_key():
    if request.headers.get("X-Api-Key", "") != API_KEY:
        abort(401)
`,
  ),
  good(
    "CWE-385",
    "batch27: X-Api-Key header compared with secrets.compare_digest",
    src`
import os
import secrets
from flask import Flask, request, abort

app = Flask(__name__)
API_KEY = os.environ["API_KEY"]

@app.before_request
def check_key():
    if not secrets.compare_digest(request.headers.get("X-Api-Key", ""), API_KEY):
        abort(401)
`,
  ),
  bad(
    "CWE-488",
    "batch27: Flask app keeps the logged-in user in a module global",
    src`
from flask import Flask, request

app = Flask(__name__)
current_user = None

@app.before_request
def load_user():
    global current_user
    current_user = lookup_user(request.cookies.get("session"))

@app.route("/account")
def account():
    return {"email": current_user.email, "balance": current_user.balance}
`,
  ),
  good(
    "CWE-488",
    "batch27: Flask app keeps the logged-in user on flask.g",
    src`
from flask import Flask, request, g

app = Flask(__name__)

@app.before_request
def load_user():
    g.user = lookup_user(request.cookies.get("session"))

@app.route("/account")
def account():
    return {"email": g.user.email, "balance": g.user.balance}
`,
  ),

  // ---------------- CWE-400 / CWE-425 / CWE-434: resources and access ----------------
  bad(
    "CWE-400",
    "batch27: padding endpoint allocates as many bytes as the query asks",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/pad")
def pad():
    size = int(request.args["size"])
    return b"\x00" * size
`,
  ),
  good(
    "CWE-400",
    "batch27: padding endpoint rejects sizes above a fixed cap",
    src`
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/pad")
def pad():
    size = int(request.args["size"])
    if not 0 <= size <= 4096:
        abort(400)
    return b"\x00" * size
`,
  ),
  bad(
    "CWE-425",
    "batch27: admin user listing route without the login decorator its neighbours use",
    src`
from flask import Flask
from flask_login import login_required
from models import User

app = Flask(__name__)

@app.route("/dashboard")
@login_required
def dashboard():
    return "dashboard"

@app.route("/admin/users")
def admin_users():
    return {"users": [u.email for u in User.query.all()]}
`,
  ),
  good(
    "CWE-425",
    "batch27: admin user listing route behind login_required and a role check",
    src`
from flask import Flask, abort
from flask_login import current_user, login_required
from models import User

app = Flask(__name__)

@app.route("/admin/users")
@login_required
def admin_users():
    if not current_user.is_admin:
        abort(403)
    return {"users": [u.email for u in User.query.all()]}
`,
  ),
  bad(
    "CWE-434",
    "batch27: Django view saves any uploaded file under its own name in public media",
    src`
from django.core.files.storage import default_storage
from django.http import JsonResponse

def upload(request):
    f = request.FILES["attachment"]
    path = default_storage.save("public/" + f.name, f)
    return JsonResponse({"url": default_storage.url(path)})
`,
  ),
  good(
    "CWE-434",
    "batch27: Django view accepts only PDF uploads and names them itself",
    src`
import uuid
from django.core.files.storage import default_storage
from django.http import JsonResponse, HttpResponseBadRequest

def upload(request):
    f = request.FILES["attachment"]
    if not f.name.lower().endswith(".pdf") or f.content_type != "application/pdf":
        return HttpResponseBadRequest("pdf only")
    path = default_storage.save(f"public/{uuid.uuid4().hex}.pdf", f)
    return JsonResponse({"url": default_storage.url(path)})
`,
  ),

  // ---------------- CWE-462 / CWE-477 / CWE-595: code quality with security effect ----------------
  bad(
    "CWE-462",
    "batch27: security headers dict sets Content-Security-Policy twice, the weaker one last",
    src`
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src *",
}

def add_headers(resp):
    resp.headers.update(SECURITY_HEADERS)
    return resp
`,
  ),
  bad(
    "CWE-477",
    "batch27: plugin loader uses the removed imp.load_source",
    src`
import imp

def load_plugin(name, path):
    return imp.load_source(name, path)
`,
  ),
  good(
    "CWE-477",
    "batch27: plugin loader uses importlib.util",
    src`
import importlib.util

def load_plugin(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
`,
  ),
  bad(
    "CWE-477",
    "batch27: comment escaped with the removed cgi.escape",
    src`
import cgi

def render_comment(text):
    return "<p>" + cgi.escape(text) + "</p>"
`,
  ),
  bad(
    "CWE-595",
    "batch27: role compared with is against a string literal",
    src`
def can_delete(user):
    return user.role is "admin"
`,
  ),
  good(
    "CWE-595",
    "batch27: role compared with == against a string literal",
    src`
def can_delete(user):
    return user.role == "admin"
`,
  ),

  // ---------------- CWE-502: deserialisation ----------------
  bad(
    "CWE-502",
    "batch27: uploaded checkpoint loaded with torch.load(weights_only=False)",
    src`
import torch
from flask import Flask, request

app = Flask(__name__)

@app.route("/models", methods=["POST"])
def load_model():
    f = request.files["weights"]
    path = "/tmp/upload.pt"
    f.save(path)
    state = torch.load(path, weights_only=False)
    return {"keys": len(state)}
`,
  ),
  good(
    "CWE-502",
    "batch27: model weights loaded with torch.load(weights_only=True)",
    src`
import torch
from flask import Flask, request

app = Flask(__name__)

@app.route("/models", methods=["POST"])
def load_model():
    f = request.files["weights"]
    path = "/tmp/upload.pt"
    f.save(path)
    state = torch.load(path, weights_only=True)
    return {"keys": len(state)}
`,
  ),
  bad(
    "CWE-502",
    "batch27: dataframe restored with pandas.read_pickle from a URL the client gives",
    src`
import pandas as pd
from flask import Flask, request

app = Flask(__name__)

@app.route("/import")
def import_frame():
    df = pd.read_pickle(request.args["source"])
    return {"rows": len(df)}
`,
  ),
  good(
    "CWE-502",
    "batch27: dataframe restored with pandas.read_csv from a URL the client gives",
    src`
import pandas as pd
from flask import Flask, request

app = Flask(__name__)

@app.route("/import")
def import_frame():
    df = pd.read_csv(request.args["source"])
    return {"rows": len(df)}
`,
  ),
  bad(
    "CWE-502",
    "batch27: shelve database opened at a path named in the query",
    src`
import shelve
from flask import Flask, request

app = Flask(__name__)

@app.route("/cart")
def cart():
    with shelve.open("carts/" + request.args["cart"]) as db:
        return {"items": db.get("items", [])}
`,
  ),

  // ---------------- CWE-521: password policy ----------------
  bad(
    "CWE-521",
    "batch27: Django minimum length validator set to four characters",
    src`
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 4},
    },
]
`,
  ),
  good(
    "CWE-521",
    "batch27: Django validators with a twelve-character minimum and common-password check",
    src`
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
`,
  ),

  // ---------------- CWE-601: open redirect ----------------
  bad(
    "CWE-601",
    "batch27: Django shortcut redirect() to the posted next value",
    src`
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect

def login_view(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is not None:
        login(request, user)
        return redirect(request.POST.get("next", "/"))
    return redirect("/login")
`,
  ),
  good(
    "CWE-601",
    "batch27: Django shortcut redirect() to the posted next value after url_has_allowed_host_and_scheme",
    src`
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

def login_view(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is not None:
        login(request, user)
        nxt = request.POST.get("next", "/")
        if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=True):
            nxt = "/"
        return redirect(nxt)
    return redirect("/login")
`,
  ),

  // ---------------- CWE-611 / CWE-776 / CWE-827: XML ----------------
  bad(
    "CWE-611",
    "batch27: lxml parser with resolve_entities and network access parses a posted feed",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)

@app.route("/feed", methods=["POST"])
def feed():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    return {"title": root.findtext("title")}
`,
  ),
  good(
    "CWE-611",
    "batch27: lxml parser without entity resolution or network parses a posted feed",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)

@app.route("/feed", methods=["POST"])
def feed():
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(request.data, parser)
    return {"title": root.findtext("title")}
`,
  ),
  bad(
    "CWE-776",
    "batch27: minidom parses the request body",
    src`
from xml.dom import minidom
from flask import Flask, request

app = Flask(__name__)

@app.route("/orders", methods=["POST"])
def orders():
    doc = minidom.parseString(request.get_data())
    return {"lines": len(doc.getElementsByTagName("line"))}
`,
  ),
  good(
    "CWE-776",
    "batch27: defusedxml.minidom parses the request body",
    src`
from defusedxml import minidom
from flask import Flask, request

app = Flask(__name__)

@app.route("/orders", methods=["POST"])
def orders():
    doc = minidom.parseString(request.get_data())
    return {"lines": len(doc.getElementsByTagName("line"))}
`,
  ),
  bad(
    "CWE-827",
    "batch27: lxml parser loads external DTDs over the network",
    src`
from lxml import etree

def parse_manifest(path):
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    return etree.parse(path, parser)
`,
  ),

  // ---------------- CWE-643: XPath injection ----------------
  bad(
    "CWE-643",
    "batch27: lxml XPath object compiled from a %-formatted account id",
    src`
from lxml import etree

def balance(tree, account_id):
    find = etree.XPath("//account[@id='%s']/balance/text()" % account_id)
    return find(tree)
`,
  ),
  good(
    "CWE-643",
    "batch27: lxml XPath object with the account id as an XPath variable",
    src`
from lxml import etree

FIND = etree.XPath("//account[@id=$aid]/balance/text()")

def balance(tree, account_id):
    return FIND(tree, aid=account_id)
`,
  ),

  // ---------------- CWE-703: exceptional conditions ----------------
  bad(
    "CWE-703",
    "batch27: order marked paid even when the charge raised, the error swallowed",
    src`
def checkout(order, gateway):
    try:
        gateway.charge(order.card_token, order.total)
    except Exception:
        pass
    order.status = "paid"
    order.save()
`,
  ),
  good(
    "CWE-703",
    "batch27: order marked failed when the charge raises, and the error re-raised",
    src`
def checkout(order, gateway):
    try:
        gateway.charge(order.card_token, order.total)
    except Exception:
        order.status = "payment_failed"
        order.save()
        raise
    order.status = "paid"
    order.save()
`,
  ),

  // ---------------- CWE-730 / CWE-1333: regular expressions ----------------
  bad(
    "CWE-730",
    "batch27: redaction endpoint runs re.sub with a pattern from the form",
    src`
import re
from flask import Flask, request

app = Flask(__name__)

@app.route("/redact", methods=["POST"])
def redact():
    return re.sub(request.form["pattern"], "***", request.form["text"])
`,
  ),
  good(
    "CWE-730",
    "batch27: redaction endpoint escapes the word before re.sub",
    src`
import re
from flask import Flask, request

app = Flask(__name__)

@app.route("/redact", methods=["POST"])
def redact():
    return re.sub(re.escape(request.form["word"]), "***", request.form["text"])
`,
  ),
  bad(
    "CWE-1333",
    "batch27: classic e-mail pattern with repeated domain groups",
    src`
import re

EMAIL = r"^([a-zA-Z0-9_\.\-])+\@(([a-zA-Z0-9\-])+\.)+([a-zA-Z0-9]{2,4})+$"

def valid_email(addr):
    return re.match(EMAIL, addr) is not None
`,
  ),
  good(
    "CWE-1333",
    "batch27: e-mail pattern with single character classes",
    src`
import re

EMAIL = r"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$"

def valid_email(addr):
    return re.match(EMAIL, addr) is not None
`,
  ),

  // ---------------- CWE-732: permissions ----------------
  bad(
    "CWE-732",
    "batch27: exported keys made readable and writable by others with stat flags",
    src`
import os
import stat

def export_keys(path, blob):
    with open(path, "wb") as fh:
        fh.write(blob)
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
`,
  ),
  good(
    "CWE-732",
    "batch27: exported keys made readable and writable by the owner only",
    src`
import os
import stat

def export_keys(path, blob):
    with open(path, "wb") as fh:
        fh.write(blob)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
`,
  ),

  // ---------------- CWE-759 / CWE-760: password hashing ----------------
  bad(
    "CWE-759",
    "batch27: password digest is an unsalted BLAKE2b",
    src`
import hashlib

def password_digest(password):
    return hashlib.blake2b(password.encode()).hexdigest()
`,
  ),
  good(
    "CWE-759",
    "batch27: password hashed with bcrypt and a generated salt",
    src`
import bcrypt

def password_digest(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()
`,
  ),
  bad(
    "CWE-760",
    "batch27: password hashed with hashlib.scrypt and a constant salt",
    src`
import hashlib

SALT = b"app-wide-salt"

def password_digest(password):
    return hashlib.scrypt(password.encode(), salt=SALT, n=2**14, r=8, p=1).hex()
`,
  ),
  good(
    "CWE-760",
    "batch27: password hashed with hashlib.scrypt and a per-password random salt",
    src`
import hashlib
import os

def password_digest(password):
    salt = os.urandom(16)
    return salt.hex() + ":" + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()
`,
  ),

  // ---------------- CWE-835: infinite loop ----------------
  bad(
    "CWE-835",
    "batch27: connection retry loop whose counter is never incremented",
    src`
import socket
import time

def connect(host, port):
    attempts = 0
    while attempts < 5:
        try:
            return socket.create_connection((host, port), timeout=3)
        except OSError:
            time.sleep(1)
    raise ConnectionError(host)
`,
  ),
  good(
    "CWE-835",
    "batch27: connection retry loop over a bounded range",
    src`
import socket
import time

def connect(host, port):
    for _ in range(5):
        try:
            return socket.create_connection((host, port), timeout=3)
        except OSError:
            time.sleep(1)
    raise ConnectionError(host)
`,
  ),

  // ---------------- CWE-918: SSRF ----------------
  bad(
    "CWE-918",
    "batch27: FastAPI link preview fetches the client's URL with httpx",
    src`
import httpx
from fastapi import FastAPI

app = FastAPI()

@app.get("/preview")
async def preview(url: str):
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(url)
    return {"status": r.status_code, "length": len(r.content)}
`,
  ),
  bad(
    "CWE-918",
    "batch27: status probe builds the URL from a host name in the query",
    src`
import requests
from flask import Flask, request

app = Flask(__name__)

@app.route("/probe")
def probe():
    host = request.args["host"]
    r = requests.get(f"http://{host}/health", timeout=3)
    return {"up": r.ok}
`,
  ),
  good(
    "CWE-918",
    "batch27: status probe looks the host up in a fixed table by name",
    src`
import requests
from flask import Flask, request, abort

app = Flask(__name__)
SERVICES = {"billing": "http://billing.internal", "search": "http://search.internal"}

@app.route("/probe")
def probe():
    base = SERVICES.get(request.args["service"])
    if base is None:
        abort(404)
    r = requests.get(base + "/health", timeout=3)
    return {"up": r.ok}
`,
  ),

  // ---------------- CWE-943: NoSQL injection ----------------
  bad(
    "CWE-943",
    "batch27: pymongo login passes JSON values straight into find_one",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]

@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    user = users.find_one({"username": body["username"], "api_token": body["token"]})
    return {"ok": user is not None}
`,
  ),
  good(
    "CWE-943",
    "batch27: pymongo login rejects non-string JSON values before find_one",
    src`
from flask import Flask, request, abort
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]

@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    username, token = body.get("username"), body.get("token")
    if not isinstance(username, str) or not isinstance(token, str):
        abort(400)
    user = users.find_one({"username": username, "api_token": token})
    return {"ok": user is not None}
`,
  ),
];
