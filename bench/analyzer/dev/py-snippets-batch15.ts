// Dev suite "py-snippets", batch 15 (see py-snippets.ts): written blind after the batch14 fixes, measured before
// any fix it prompted. The common CWEs of a CWE-keyed sample set in less usual shapes: Tornado and Django
// handlers, asyncio subprocesses, pathlib joins, SQLAlchemy text(), ldap3 searches, sessions and verify flags set
// as attributes, tokens built from the wrong randomness, RSA/DSA sizes, MongoDB $where, temp names from the pid,
// JSON embedded in script tags. Fixed twins are what a careful reviewer would accept. Never taken from a held-out
// corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH15: DevCase[] = [
  // --- CWE-20 ---
  bad(
    "CWE-20",
    "batch15: username checked with re.match and no end anchor",
    src`
import re

USERNAME = re.compile(r"[a-z0-9_]{3,20}")

def valid_username(name: str) -> bool:
    """Usernames are 3-20 lowercase letters, digits or underscores."""
    return USERNAME.match(name) is not None
`,
  ),
  good(
    "CWE-20",
    "batch15: username checked with fullmatch",
    src`
import re

USERNAME = re.compile(r"[a-z0-9_]{3,20}")

def valid_username(name: str) -> bool:
    """Usernames are 3-20 lowercase letters, digits or underscores."""
    return USERNAME.fullmatch(name) is not None
`,
  ),
  // --- CWE-22 ---
  bad(
    "CWE-22",
    "batch15: pathlib join of a route segment read as text",
    src`
from pathlib import Path
from flask import Flask

app = Flask(__name__)
DOCS = Path("/srv/app/docs")

@app.route("/docs/<path:name>")
def doc(name):
    """Show a documentation page."""
    return (DOCS / name).read_text(encoding="utf-8")
`,
  ),
  good(
    "CWE-22",
    "batch15: pathlib join resolved and kept under the docs folder",
    src`
from pathlib import Path
from flask import Flask, abort

app = Flask(__name__)
DOCS = Path("/srv/app/docs").resolve()

@app.route("/docs/<path:name>")
def doc(name):
    """Show a documentation page."""
    target = (DOCS / name).resolve()
    if not target.is_relative_to(DOCS):
        abort(404)
    return target.read_text(encoding="utf-8")
`,
  ),
  bad(
    "CWE-22",
    "batch15: zip members written under the member's own name",
    src`
import os
import zipfile

def unpack_theme(archive_path: str, dest: str) -> None:
    """Install an uploaded theme archive."""
    with zipfile.ZipFile(archive_path) as zf:
        for member in zf.infolist():
            target = os.path.join(dest, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                out.write(src.read())
`,
  ),
  good(
    "CWE-22",
    "batch15: zip members checked to stay under the destination",
    src`
import os
import zipfile

def unpack_theme(archive_path: str, dest: str) -> None:
    """Install an uploaded theme archive."""
    root = os.path.realpath(dest)
    with zipfile.ZipFile(archive_path) as zf:
        for member in zf.infolist():
            target = os.path.realpath(os.path.join(root, member.filename))
            if os.path.commonpath([root, target]) != root:
                raise ValueError("unsafe path in archive: " + member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                out.write(src.read())
`,
  ),
  // --- CWE-78 ---
  bad(
    "CWE-78",
    "batch15: asyncio shell subprocess with the uploaded file name",
    src`
import asyncio
from aiohttp import web

async def transcode(request):
    """Transcode the uploaded clip named in the form."""
    data = await request.post()
    name = data["clip"]
    proc = await asyncio.create_subprocess_shell(f"ffmpeg -i uploads/{name} -vf scale=640:-1 out/{name}.mp4")
    await proc.wait()
    return web.json_response({"ok": proc.returncode == 0})
`,
  ),
  good(
    "CWE-78",
    "batch15: asyncio exec subprocess with an argument list",
    src`
import asyncio
import os
from aiohttp import web

async def transcode(request):
    """Transcode the uploaded clip named in the form."""
    data = await request.post()
    name = os.path.basename(data["clip"])
    proc = await asyncio.create_subprocess_exec(
        "ffmpeg", "-i", os.path.join("uploads", name), "-vf", "scale=640:-1", os.path.join("out", name + ".mp4")
    )
    await proc.wait()
    return web.json_response({"ok": proc.returncode == 0})
`,
  ),
  bad(
    "CWE-78",
    "batch15: Django view runs nslookup through os.popen",
    src`
import os
from django.http import HttpResponse

def lookup(request):
    """DNS lookup tool for the support team."""
    host = request.GET.get("host", "")
    output = os.popen("nslookup " + host).read()
    return HttpResponse(output, content_type="text/plain")
`,
  ),
  good(
    "CWE-78",
    "batch15: Django view runs nslookup with an argument list",
    src`
import subprocess
from django.http import HttpResponse

def lookup(request):
    """DNS lookup tool for the support team."""
    host = request.GET.get("host", "")
    result = subprocess.run(["nslookup", "--", host], capture_output=True, text=True, timeout=10)
    return HttpResponse(result.stdout, content_type="text/plain")
`,
  ),
  // --- CWE-79 / CWE-80 ---
  bad(
    "CWE-79",
    "batch15: Django mark_safe around an f-string with the display name",
    src`
from django.utils.safestring import mark_safe
from django.http import HttpResponse

def greeting(request):
    """Greet the visitor by the name they gave."""
    name = request.GET.get("name", "guest")
    return HttpResponse(mark_safe(f"<h2>Welcome, {name}!</h2>"))
`,
  ),
  good(
    "CWE-79",
    "batch15: Django format_html with the display name",
    src`
from django.utils.html import format_html
from django.http import HttpResponse

def greeting(request):
    """Greet the visitor by the name they gave."""
    name = request.GET.get("name", "guest")
    return HttpResponse(format_html("<h2>Welcome, {}!</h2>", name))
`,
  ),
  bad(
    "CWE-79",
    "batch15: Jinja2 environment without autoescape renders a comment",
    src`
from jinja2 import Environment, FileSystemLoader
from flask import Flask, request

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"))

@app.route("/comment/preview", methods=["POST"])
def preview():
    """Preview a comment with the site's comment template."""
    return env.get_template("comment.html").render(body=request.form["body"])
`,
  ),
  good(
    "CWE-79",
    "batch15: Jinja2 environment with select_autoescape",
    src`
from jinja2 import Environment, FileSystemLoader, select_autoescape
from flask import Flask, request

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))

@app.route("/comment/preview", methods=["POST"])
def preview():
    """Preview a comment with the site's comment template."""
    return env.get_template("comment.html").render(body=request.form["body"])
`,
  ),
  bad(
    "CWE-80",
    "batch15: Tornado handler writes the query into a paragraph",
    src`
import tornado.web

class SearchHandler(tornado.web.RequestHandler):
    def get(self):
        """Echo the search terms above the results."""
        q = self.get_argument("q", "")
        self.write("<p>Results for " + q + "</p>")
        self.write(render_results(q))
`,
  ),
  good(
    "CWE-80",
    "batch15: Tornado handler escapes the query",
    src`
import tornado.escape
import tornado.web

class SearchHandler(tornado.web.RequestHandler):
    def get(self):
        """Echo the search terms above the results."""
        q = self.get_argument("q", "")
        self.write("<p>Results for " + tornado.escape.xhtml_escape(q) + "</p>")
        self.write(render_results(q))
`,
  ),
  // --- CWE-89 ---
  bad(
    "CWE-89",
    "batch15: SQLAlchemy text() built with an f-string",
    src`
from sqlalchemy import text

def find_customers(session, city: str):
    """Customers living in the given city (city comes from the search box)."""
    return session.execute(text(f"SELECT id, name FROM customers WHERE city = '{city}'")).all()
`,
  ),
  good(
    "CWE-89",
    "batch15: SQLAlchemy text() with a bound parameter",
    src`
from sqlalchemy import text

def find_customers(session, city: str):
    """Customers living in the given city (city comes from the search box)."""
    return session.execute(text("SELECT id, name FROM customers WHERE city = :city"), {"city": city}).all()
`,
  ),
  bad(
    "CWE-89",
    "batch15: ORDER BY column interpolated from the sort parameter",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/products")
def products():
    """Product list sorted by the column the user clicked."""
    sort = request.args.get("sort", "name")
    cur = get_db().cursor()
    cur.execute("SELECT id, name, price FROM products ORDER BY %s" % sort)
    return {"rows": cur.fetchall()}
`,
  ),
  good(
    "CWE-89",
    "batch15: ORDER BY column chosen from a fixed map",
    src`
from flask import Flask, request

app = Flask(__name__)
SORTS = {"name": "name", "price": "price", "newest": "created_at DESC"}

@app.route("/products")
def products():
    """Product list sorted by the column the user clicked."""
    order = SORTS.get(request.args.get("sort", "name"), "name")
    cur = get_db().cursor()
    cur.execute("SELECT id, name, price FROM products ORDER BY " + order)
    return {"rows": cur.fetchall()}
`,
  ),
  // --- CWE-90 ---
  bad(
    "CWE-90",
    "batch15: ldap3 search filter built from the e-mail field",
    src`
from ldap3 import Server, Connection

def find_by_mail(mail: str):
    """Directory entry for the e-mail address typed in the login form."""
    conn = Connection(Server("ldap://dc1.corp.local"), auto_bind=True)
    conn.search("dc=corp,dc=local", "(&(objectClass=person)(mail=" + mail + "))", attributes=["cn"])
    return conn.entries
`,
  ),
  good(
    "CWE-90",
    "batch15: ldap3 search filter with the e-mail escaped",
    src`
from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars

def find_by_mail(mail: str):
    """Directory entry for the e-mail address typed in the login form."""
    conn = Connection(Server("ldap://dc1.corp.local"), auto_bind=True)
    conn.search("dc=corp,dc=local", "(&(objectClass=person)(mail=" + escape_filter_chars(mail) + "))", attributes=["cn"])
    return conn.entries
`,
  ),
  // --- CWE-94 / CWE-95 ---
  bad(
    "CWE-94",
    "batch15: plugin source uploaded by a user compiled and executed",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/plugins", methods=["POST"])
def install_plugin():
    """Install a report plugin uploaded from the admin page."""
    source = request.files["plugin"].read().decode("utf-8")
    namespace = {}
    exec(compile(source, "<plugin>", "exec"), namespace)
    register(namespace["Plugin"])
    return "installed"
`,
  ),
  bad(
    "CWE-95",
    "batch15: calculator evaluates the expression with builtins removed",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/calc")
def calc():
    """Evaluate a small arithmetic expression."""
    expr = request.args.get("expr", "0")
    return {"value": eval(expr, {"__builtins__": {}}, {})}
`,
  ),
  good(
    "CWE-95",
    "batch15: calculator walks the parsed arithmetic tree",
    src`
import ast
import operator
from flask import Flask, request

app = Flask(__name__)
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}

def _eval(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_eval(node.left), _eval(node.right))
    raise ValueError("unsupported expression")

@app.route("/calc")
def calc():
    """Evaluate a small arithmetic expression."""
    expr = request.args.get("expr", "0")[:100]
    return {"value": _eval(ast.parse(expr, mode="eval").body)}
`,
  ),
  // --- CWE-113 ---
  bad(
    "CWE-113",
    "batch15: http.server handler sets Content-Disposition from the query",
    src`
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlparse, parse_qs

class ReportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        """Download the generated report under the name the user chose."""
        name = parse_qs(urlparse(self.path).query).get("filename", ["report.pdf"])[0]
        body = build_report()
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf")
        self.send_header("Content-Disposition", "attachment; filename=" + name)
        self.end_headers()
        self.wfile.write(body)
`,
  ),
  good(
    "CWE-113",
    "batch15: http.server handler keeps only safe characters of the file name",
    src`
import re
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlparse, parse_qs

class ReportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        """Download the generated report under the name the user chose."""
        raw = parse_qs(urlparse(self.path).query).get("filename", ["report.pdf"])[0]
        name = re.sub(r"[^A-Za-z0-9._-]", "_", raw)[:80]
        body = build_report()
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf")
        self.send_header("Content-Disposition", 'attachment; filename="' + name + '"')
        self.end_headers()
        self.wfile.write(body)
`,
  ),
  // --- CWE-116 ---
  bad(
    "CWE-116",
    "batch15: JSON state embedded in a script tag with json.dumps",
    src`
import json
from flask import Flask, request

app = Flask(__name__)

@app.route("/app")
def shell():
    """Single-page app shell with the initial state inlined."""
    state = {"query": request.args.get("q", ""), "user": current_user_name()}
    return "<script>window.__STATE__ = " + json.dumps(state) + ";</script><div id=root></div>"
`,
  ),
  good(
    "CWE-116",
    "batch15: JSON state inlined with htmlsafe_json_dumps",
    src`
from flask import Flask, request
from markupsafe import Markup
from jinja2.utils import htmlsafe_json_dumps

app = Flask(__name__)

@app.route("/app")
def shell():
    """Single-page app shell with the initial state inlined."""
    state = {"query": request.args.get("q", ""), "user": current_user_name()}
    return Markup("<script>window.__STATE__ = ") + htmlsafe_json_dumps(state) + Markup(";</script><div id=root></div>")
`,
  ),
  // --- CWE-117 ---
  bad(
    "CWE-117",
    "batch15: User-Agent header logged with an f-string",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")

@app.after_request
def log_request(response):
    audit.info(f"{request.remote_addr} {request.path} {response.status_code} ua={request.headers.get('User-Agent')}")
    return response
`,
  ),
  good(
    "CWE-117",
    "batch15: User-Agent header logged with newlines escaped",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")

@app.after_request
def log_request(response):
    ua = (request.headers.get("User-Agent") or "").replace("\r", "\\r").replace("\n", "\\n")
    path = request.path.replace("\r", "\\r").replace("\n", "\\n")
    audit.info("%s %s %s ua=%s", request.remote_addr, path, response.status_code, ua)
    return response
`,
  ),
  // --- CWE-200 / CWE-209 / CWE-215 ---
  bad(
    "CWE-200",
    "batch15: profile endpoint returns the whole user row",
    src`
from flask import Flask, jsonify
from flask_login import login_required

app = Flask(__name__)

@app.route("/api/users/<int:user_id>")
@login_required
def user_profile(user_id):
    """Public profile card of a user."""
    user = User.query.get_or_404(user_id)
    return jsonify({c.name: getattr(user, c.name) for c in user.__table__.columns})
`,
  ),
  good(
    "CWE-200",
    "batch15: profile endpoint returns the public fields",
    src`
from flask import Flask, jsonify
from flask_login import login_required

app = Flask(__name__)

@app.route("/api/users/<int:user_id>")
@login_required
def user_profile(user_id):
    """Public profile card of a user."""
    user = User.query.get_or_404(user_id)
    return jsonify(id=user.id, display_name=user.display_name, avatar=user.avatar_url)
`,
  ),
  bad(
    "CWE-209",
    "batch15: error handler returns the formatted traceback",
    src`
import traceback
from flask import Flask, jsonify

app = Flask(__name__)

@app.errorhandler(Exception)
def on_error(exc):
    return jsonify(error=str(exc), trace=traceback.format_exc()), 500
`,
  ),
  good(
    "CWE-209",
    "batch15: error handler logs the traceback and returns an id",
    src`
import logging
import uuid
from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)

@app.errorhandler(Exception)
def on_error(exc):
    ref = uuid.uuid4().hex[:8]
    log.exception("unhandled error %s", ref)
    return jsonify(error="internal error", ref=ref), 500
`,
  ),
  bad(
    "CWE-215",
    "batch15: Django settings module with DEBUG on and any host",
    src`
SECRET_KEY = get_secret("django-key")
DEBUG = True
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "shop"]
`,
  ),
  good(
    "CWE-215",
    "batch15: Django settings module with DEBUG from the environment, off by default",
    src`
import os

SECRET_KEY = get_secret("django-key")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "shop"]
`,
  ),
  // --- CWE-250 ---
  bad(
    "CWE-250",
    "batch15: daemon binds port 80 as root and keeps serving as root",
    src`
import socket

def main() -> None:
    """Tiny HTTP status daemon started by init as root."""
    srv = socket.socket()
    srv.bind(("0.0.0.0", 80))
    srv.listen(50)
    while True:
        conn, _ = srv.accept()
        handle(conn)
`,
  ),
  good(
    "CWE-250",
    "batch15: daemon drops to nobody after binding port 80",
    src`
import os
import pwd
import socket

def main() -> None:
    """Tiny HTTP status daemon started by init as root."""
    srv = socket.socket()
    srv.bind(("0.0.0.0", 80))
    srv.listen(50)
    nobody = pwd.getpwnam("nobody")
    os.setgroups([])
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)
    while True:
        conn, _ = srv.accept()
        handle(conn)
`,
  ),
  // --- CWE-259 / CWE-321 / CWE-798 ---
  bad(
    "CWE-259",
    "batch15: psycopg2 connection with the password in a keyword argument",
    src`
import psycopg2

def connect():
    """Connection to the reporting database."""
    return psycopg2.connect(host="db.internal", dbname="reports", user="reporter", password="Rep0rt!ng2024")
`,
  ),
  good(
    "CWE-259",
    "batch15: psycopg2 connection with the password from the environment",
    src`
import os
import psycopg2

def connect():
    """Connection to the reporting database."""
    return psycopg2.connect(host="db.internal", dbname="reports", user="reporter", password=os.environ["REPORTS_DB_PASSWORD"])
`,
  ),
  bad(
    "CWE-321",
    "batch15: JWT signed with a key written in the module",
    src`
import datetime
import jwt

SIGNING_KEY = "k3y-f0r-jwt-s1gning-do-not-share"

def issue_token(user_id: int) -> str:
    """Access token for the mobile app."""
    exp = datetime.datetime.utcnow() + datetime.timedelta(hours=1)
    return jwt.encode({"sub": user_id, "exp": exp}, SIGNING_KEY, algorithm="HS256")
`,
  ),
  good(
    "CWE-321",
    "batch15: JWT signed with a key from the secret store",
    src`
import datetime
import os
import jwt

def issue_token(user_id: int) -> str:
    """Access token for the mobile app."""
    exp = datetime.datetime.utcnow() + datetime.timedelta(hours=1)
    return jwt.encode({"sub": user_id, "exp": exp}, os.environ["JWT_SIGNING_KEY"], algorithm="HS256")
`,
  ),
  bad(
    "CWE-798",
    "batch15: boto3 client with literal access keys",
    src`
import boto3

def archive_bucket():
    """S3 client for the archive bucket."""
    return boto3.client(
        "s3",
        aws_access_key_id="AKIAQ3EGU7XZLM2PRW4T",
        aws_secret_access_key="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",
        region_name="eu-west-1",
    )
`,
  ),
  good(
    "CWE-798",
    "batch15: boto3 client with the default credential chain",
    src`
import boto3

def archive_bucket():
    """S3 client for the archive bucket."""
    return boto3.client("s3", region_name="eu-west-1")
`,
  ),
  // --- CWE-295 ---
  bad(
    "CWE-295",
    "batch15: requests session with verify switched off as an attribute",
    src`
import requests

def partner_session(token: str) -> requests.Session:
    """Session for the partner API."""
    s = requests.Session()
    s.headers["Authorization"] = "Bearer " + token
    s.verify = False
    return s
`,
  ),
  good(
    "CWE-295",
    "batch15: requests session pinned to the partner's CA bundle",
    src`
import requests

def partner_session(token: str) -> requests.Session:
    """Session for the partner API."""
    s = requests.Session()
    s.headers["Authorization"] = "Bearer " + token
    s.verify = "/etc/ssl/partner-ca.pem"
    return s
`,
  ),
  bad(
    "CWE-295",
    "batch15: httpx async client with verify=False",
    src`
import httpx

async def fetch_rates() -> dict:
    """Exchange rates from the treasury service."""
    async with httpx.AsyncClient(verify=False, timeout=10) as client:
        r = await client.get("https://treasury.internal/rates")
        return r.json()
`,
  ),
  // --- CWE-306 ---
  bad(
    "CWE-306",
    "batch15: database reset endpoint with no authentication",
    src`
from flask import Flask

app = Flask(__name__)

@app.route("/api/maintenance/reset-db", methods=["POST"])
def reset_db():
    """Drop and recreate every table (used by the ops dashboard)."""
    db.drop_all()
    db.create_all()
    return {"status": "reset"}
`,
  ),
  good(
    "CWE-306",
    "batch15: database reset endpoint for logged-in admins",
    src`
from flask import Flask, abort
from flask_login import login_required, current_user

app = Flask(__name__)

@app.route("/api/maintenance/reset-db", methods=["POST"])
@login_required
def reset_db():
    """Drop and recreate every table (used by the ops dashboard)."""
    if not current_user.is_admin:
        abort(403)
    db.drop_all()
    db.create_all()
    return {"status": "reset"}
`,
  ),
  // --- CWE-319 ---
  bad(
    "CWE-319",
    "batch15: SMTP login on port 25 without STARTTLS",
    src`
import smtplib

def send_alert(user: str, password: str, to: str, body: str) -> None:
    """Send an alert mail through the relay."""
    with smtplib.SMTP("mail.example.com", 25) as smtp:
        smtp.login(user, password)
        smtp.sendmail(user, [to], body)
`,
  ),
  good(
    "CWE-319",
    "batch15: SMTP login after STARTTLS",
    src`
import smtplib
import ssl

def send_alert(user: str, password: str, to: str, body: str) -> None:
    """Send an alert mail through the relay."""
    with smtplib.SMTP("mail.example.com", 587) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(user, password)
        smtp.sendmail(user, [to], body)
`,
  ),
  // --- CWE-326 / CWE-327 ---
  bad(
    "CWE-326",
    "batch15: DSA key of 1024 bits for signing releases",
    src`
from cryptography.hazmat.primitives.asymmetric import dsa

def new_release_key():
    """Key that signs release archives."""
    return dsa.generate_private_key(key_size=1024)
`,
  ),
  good(
    "CWE-326",
    "batch15: Ed25519 key for signing releases",
    src`
from cryptography.hazmat.primitives.asymmetric import ed25519

def new_release_key():
    """Key that signs release archives."""
    return ed25519.Ed25519PrivateKey.generate()
`,
  ),
  bad(
    "CWE-327",
    "batch15: Triple DES in CBC mode for card numbers",
    src`
import os
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def encrypt_pan(key: bytes, pan: bytes) -> bytes:
    """Encrypt a card number for storage."""
    iv = os.urandom(8)
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(pan.ljust(24, b"\0")) + enc.finalize()
`,
  ),
  good(
    "CWE-327",
    "batch15: AES-GCM for card numbers",
    src`
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

def encrypt_pan(key: bytes, pan: bytes) -> bytes:
    """Encrypt a card number for storage."""
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, pan, None)
`,
  ),
  // --- CWE-330 ---
  bad(
    "CWE-330",
    "batch15: login OTP from random.randint",
    src`
import random

def new_login_code() -> str:
    """Six-digit code texted to the user at login."""
    return str(random.randint(100000, 999999))
`,
  ),
  good(
    "CWE-330",
    "batch15: login OTP from secrets.randbelow",
    src`
import secrets

def new_login_code() -> str:
    """Six-digit code texted to the user at login."""
    return f"{secrets.randbelow(1_000_000):06d}"
`,
  ),
  // --- CWE-347 ---
  bad(
    "CWE-347",
    "batch15: JWT decoded with signature verification turned off",
    src`
import jwt

def user_from_token(token: str) -> int:
    """User id carried by the bearer token."""
    claims = jwt.decode(token, options={"verify_signature": False})
    return int(claims["sub"])
`,
  ),
  good(
    "CWE-347",
    "batch15: JWT decoded with the key and a fixed algorithm",
    src`
import os
import jwt

def user_from_token(token: str) -> int:
    """User id carried by the bearer token."""
    claims = jwt.decode(token, os.environ["JWT_KEY"], algorithms=["HS256"])
    return int(claims["sub"])
`,
  ),
  // --- CWE-352 ---
  bad(
    "CWE-352",
    "batch15: Django e-mail change view exempted from CSRF",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

@csrf_exempt
@login_required
def change_email(request):
    """Change the account's e-mail address (form on the settings page)."""
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})
`,
  ),
  good(
    "CWE-352",
    "batch15: Django e-mail change view keeps CSRF protection",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

@require_POST
@login_required
def change_email(request):
    """Change the account's e-mail address (form on the settings page)."""
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})
`,
  ),
  // --- CWE-367 / CWE-377 / CWE-379 ---
  bad(
    "CWE-367",
    "batch15: lock file created after checking it does not exist",
    src`
import os

def take_lock(path: str) -> bool:
    """Become the single running instance of the nightly job."""
    if os.path.exists(path):
        return False
    with open(path, "w") as f:
        f.write(str(os.getpid()))
    return True
`,
  ),
  good(
    "CWE-367",
    "batch15: lock file created atomically with O_EXCL",
    src`
import os

def take_lock(path: str) -> bool:
    """Become the single running instance of the nightly job."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w") as f:
        f.write(str(os.getpid()))
    return True
`,
  ),
  bad(
    "CWE-377",
    "batch15: export written to /tmp under a name made from the pid",
    src`
import csv
import os

def export_rows(rows) -> str:
    """Write rows to a temporary CSV and return its path."""
    path = "/tmp/export_%d.csv" % os.getpid()
    with open(path, "w", newline="") as f:
        csv.writer(f).writerows(rows)
    return path
`,
  ),
  good(
    "CWE-377",
    "batch15: export written to a NamedTemporaryFile",
    src`
import csv
import tempfile

def export_rows(rows) -> str:
    """Write rows to a temporary CSV and return its path."""
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="") as f:
        csv.writer(f).writerows(rows)
        return f.name
`,
  ),
  bad(
    "CWE-379",
    "batch15: cache folder made world-writable for temporary thumbnails",
    src`
import os
import uuid

CACHE = "/var/tmp/thumbs"

def thumb_path() -> str:
    """Fresh path for a temporary thumbnail."""
    os.makedirs(CACHE, mode=0o777, exist_ok=True)
    os.chmod(CACHE, 0o777)
    return os.path.join(CACHE, uuid.uuid4().hex + ".png")
`,
  ),
  good(
    "CWE-379",
    "batch15: private temporary folder for thumbnails",
    src`
import os
import tempfile
import uuid

CACHE = tempfile.mkdtemp(prefix="thumbs-")

def thumb_path() -> str:
    """Fresh path for a temporary thumbnail."""
    return os.path.join(CACHE, uuid.uuid4().hex + ".png")
`,
  ),
  // --- CWE-384 ---
  bad(
    "CWE-384",
    "batch15: Django login stores the user id in the existing session",
    src`
from django.contrib.auth import authenticate
from django.shortcuts import redirect

def login_view(request):
    """Log the user in from the login form."""
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return redirect("/login?failed=1")
    request.session["uid"] = user.pk
    return redirect("/")
`,
  ),
  good(
    "CWE-384",
    "batch15: Django login through auth.login, which rotates the session key",
    src`
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect

def login_view(request):
    """Log the user in from the login form."""
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return redirect("/login?failed=1")
    login(request, user)
    return redirect("/")
`,
  ),
  // --- CWE-400 ---
  bad(
    "CWE-400",
    "batch15: banner repeated as many times as the query asks",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/banner")
def banner():
    """Decorative banner line of the requested width."""
    width = int(request.args.get("width", "40"))
    return "=" * width
`,
  ),
  good(
    "CWE-400",
    "batch15: banner width capped",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/banner")
def banner():
    """Decorative banner line of the requested width."""
    width = max(1, min(int(request.args.get("width", "40")), 200))
    return "=" * width
`,
  ),
  // --- CWE-434 ---
  bad(
    "CWE-434",
    "batch15: Django upload saved into the static folder with its own name",
    src`
import os
from django.conf import settings
from django.http import JsonResponse

def upload_avatar(request):
    """Save the user's new avatar image."""
    f = request.FILES["avatar"]
    dest = os.path.join(settings.STATIC_ROOT, "avatars", f.name)
    with open(dest, "wb") as out:
        for chunk in f.chunks():
            out.write(chunk)
    return JsonResponse({"url": settings.STATIC_URL + "avatars/" + f.name})
`,
  ),
  good(
    "CWE-434",
    "batch15: Django upload checked as an image and stored under a generated name",
    src`
import os
import uuid
from django.conf import settings
from django.http import JsonResponse
from PIL import Image

def upload_avatar(request):
    """Save the user's new avatar image."""
    f = request.FILES["avatar"]
    img = Image.open(f)
    img.verify()
    if img.format not in ("PNG", "JPEG"):
        return JsonResponse({"error": "png or jpeg only"}, status=400)
    name = uuid.uuid4().hex + (".png" if img.format == "PNG" else ".jpg")
    f.seek(0)
    with open(os.path.join(settings.MEDIA_ROOT, "avatars", name), "wb") as out:
        for chunk in f.chunks():
            out.write(chunk)
    return JsonResponse({"url": settings.MEDIA_URL + "avatars/" + name})
`,
  ),
  // --- CWE-502 ---
  bad(
    "CWE-502",
    "batch15: cart restored from a pickled cookie",
    src`
import base64
import pickle
from flask import Flask, request

app = Flask(__name__)

@app.route("/cart")
def cart():
    """Show the cart kept in the browser."""
    raw = request.cookies.get("cart")
    items = pickle.loads(base64.b64decode(raw)) if raw else []
    return {"items": items}
`,
  ),
  good(
    "CWE-502",
    "batch15: cart restored from a JSON cookie",
    src`
import base64
import json
from flask import Flask, request

app = Flask(__name__)

@app.route("/cart")
def cart():
    """Show the cart kept in the browser."""
    raw = request.cookies.get("cart")
    items = json.loads(base64.b64decode(raw)) if raw else []
    return {"items": items}
`,
  ),
  bad(
    "CWE-502",
    "batch15: job arguments decoded with jsonpickle",
    src`
import jsonpickle

def run_job(message: str):
    """Run a job message taken from the shared queue."""
    job = jsonpickle.decode(message)
    return job.run()
`,
  ),
  // --- CWE-521 / CWE-522 ---
  bad(
    "CWE-521",
    "batch15: Django settings with no password validators",
    src`
AUTH_PASSWORD_VALIDATORS = []
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
`,
  ),
  good(
    "CWE-521",
    "batch15: Django settings with length and common-password validators",
    src`
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
`,
  ),
  bad(
    "CWE-522",
    "batch15: password stored base64-encoded",
    src`
import base64

def save_user(db, username: str, password: str) -> None:
    """Create a user account."""
    encoded = base64.b64encode(password.encode()).decode()
    db.execute("INSERT INTO users (username, password) VALUES (?, ?)", (username, encoded))
`,
  ),
  good(
    "CWE-522",
    "batch15: password stored as a bcrypt hash",
    src`
import bcrypt

def save_user(db, username: str, password: str) -> None:
    """Create a user account."""
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()
    db.execute("INSERT INTO users (username, password_hash) VALUES (?, ?)", (username, hashed))
`,
  ),
  // --- CWE-601 ---
  bad(
    "CWE-601",
    "batch15: Django redirect to the return_to parameter",
    src`
from django.http import HttpResponseRedirect

def after_login(request):
    """Send the user back where they came from."""
    return HttpResponseRedirect(request.GET.get("return_to", "/"))
`,
  ),
  good(
    "CWE-601",
    "batch15: Django redirect checked with url_has_allowed_host_and_scheme",
    src`
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

def after_login(request):
    """Send the user back where they came from."""
    target = request.GET.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        target = "/"
    return HttpResponseRedirect(target)
`,
  ),
  // --- CWE-611 / CWE-643 ---
  bad(
    "CWE-611",
    "batch15: xml.sax parser with external general entities on",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges

def parse_feed(stream, handler) -> None:
    """Parse a partner's product feed."""
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(stream)
`,
  ),
  good(
    "CWE-611",
    "batch15: defusedxml sax parser for the feed",
    src`
import defusedxml.sax

def parse_feed(stream, handler) -> None:
    """Parse a partner's product feed."""
    defusedxml.sax.parse(stream, handler)
`,
  ),
  bad(
    "CWE-643",
    "batch15: lxml xpath with the user name formatted in",
    src`
from lxml import etree

USERS = etree.parse("/etc/app/users.xml")

def role_of(name: str) -> str:
    """Role of the user named in the login form."""
    found = USERS.xpath(f"//user[@name='{name}']/@role")
    return found[0] if found else "none"
`,
  ),
  good(
    "CWE-643",
    "batch15: lxml xpath with a variable binding",
    src`
from lxml import etree

USERS = etree.parse("/etc/app/users.xml")

def role_of(name: str) -> str:
    """Role of the user named in the login form."""
    found = USERS.xpath("//user[@name=$name]/@role", name=name)
    return found[0] if found else "none"
`,
  ),
  // --- CWE-703 / CWE-730 / CWE-732 ---
  bad(
    "CWE-703",
    "batch15: permission lookup failure swallowed and treated as allowed",
    src`
def can_delete(user, document) -> bool:
    """Whether the user may delete the document."""
    allowed = True
    try:
        allowed = acl_service.check(user.id, document.id, "delete")
    except Exception:
        pass
    return allowed
`,
  ),
  good(
    "CWE-703",
    "batch15: permission lookup failure denies",
    src`
import logging

def can_delete(user, document) -> bool:
    """Whether the user may delete the document."""
    try:
        return acl_service.check(user.id, document.id, "delete")
    except Exception:
        logging.exception("ACL check failed")
        return False
`,
  ),
  bad(
    "CWE-730",
    "batch15: search compiles the user's pattern",
    src`
import re
from flask import Flask, request

app = Flask(__name__)

@app.route("/grep")
def grep():
    """Lines of the changelog matching the search."""
    pattern = re.compile(request.args["q"])
    return {"lines": [l for l in CHANGELOG if pattern.search(l)]}
`,
  ),
  good(
    "CWE-730",
    "batch15: search escapes the user's text",
    src`
import re
from flask import Flask, request

app = Flask(__name__)

@app.route("/grep")
def grep():
    """Lines of the changelog matching the search."""
    pattern = re.compile(re.escape(request.args["q"][:100]))
    return {"lines": [l for l in CHANGELOG if pattern.search(l)]}
`,
  ),
  bad(
    "CWE-732",
    "batch15: process umask cleared before writing the key file",
    src`
import os

def write_private_key(path: str, pem: bytes) -> None:
    """Store the service's private key."""
    os.umask(0)
    with open(path, "wb") as f:
        f.write(pem)
`,
  ),
  good(
    "CWE-732",
    "batch15: key file opened with mode 0600",
    src`
import os

def write_private_key(path: str, pem: bytes) -> None:
    """Store the service's private key."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
`,
  ),
  // --- CWE-759 / CWE-760 ---
  bad(
    "CWE-759",
    "batch15: password stored as a bare SHA-512 digest",
    src`
import hashlib

def hash_password(password: str) -> str:
    """Digest stored in the users table."""
    return hashlib.sha512(password.encode("utf-8")).hexdigest()
`,
  ),
  good(
    "CWE-759",
    "batch15: password stored with scrypt and a random salt",
    src`
import hashlib
import os

def hash_password(password: str) -> str:
    """Digest stored in the users table."""
    salt = os.urandom(16)
    return salt.hex() + "$" + hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1).hex()
`,
  ),
  bad(
    "CWE-760",
    "batch15: PBKDF2 with the username as the salt",
    src`
import hashlib

def hash_password(username: str, password: str) -> bytes:
    """Digest stored in the users table."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), username.encode(), 600_000)
`,
  ),
  // --- CWE-835 ---
  bad(
    "CWE-835",
    "batch15: socket read loop that never sees the peer close",
    src`
def read_all(conn) -> bytes:
    """Read the client's upload until it is done."""
    chunks = []
    while True:
        chunk = conn.recv(4096)
        chunks.append(chunk)
        if b"\n.\n" in chunk:
            break
    return b"".join(chunks)
`,
  ),
  good(
    "CWE-835",
    "batch15: socket read loop that stops when the peer closes",
    src`
def read_all(conn) -> bytes:
    """Read the client's upload until it is done."""
    chunks = []
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            break
        chunks.append(chunk)
        if b"\n.\n" in chunk:
            break
    return b"".join(chunks)
`,
  ),
  // --- CWE-918 ---
  bad(
    "CWE-918",
    "batch15: link preview fetches the URL from the JSON body",
    src`
import urllib.request
from flask import Flask, request

app = Flask(__name__)

@app.route("/preview", methods=["POST"])
def link_preview():
    """Fetch the page behind a pasted link and return its title."""
    url = request.get_json()["url"]
    with urllib.request.urlopen(url, timeout=5) as resp:
        return {"title": extract_title(resp.read(65536))}
`,
  ),
  good(
    "CWE-918",
    "batch15: link preview only fetches public https hosts",
    src`
import ipaddress
import socket
import urllib.request
from urllib.parse import urlparse
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/preview", methods=["POST"])
def link_preview():
    """Fetch the page behind a pasted link and return its title."""
    url = request.get_json()["url"]
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname:
        abort(400)
    addr = ipaddress.ip_address(socket.gethostbyname(parts.hostname))
    if not addr.is_global:
        abort(400)
    with urllib.request.urlopen(url, timeout=5) as resp:
        return {"title": extract_title(resp.read(65536))}
`,
  ),
  // --- CWE-943 ---
  bad(
    "CWE-943",
    "batch15: MongoDB $where built from the name parameter",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]

@app.route("/users/search")
def search_users():
    """Users with the given display name."""
    name = request.args.get("name", "")
    return {"ids": [str(u["_id"]) for u in users.find({"$where": "this.name == '" + name + "'"})]}
`,
  ),
  good(
    "CWE-943",
    "batch15: MongoDB equality query on the name as a string",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]

@app.route("/users/search")
def search_users():
    """Users with the given display name."""
    name = str(request.args.get("name", ""))
    return {"ids": [str(u["_id"]) for u in users.find({"name": name})]}
`,
  ),
  bad(
    "CWE-943",
    "batch15: MongoDB filter taken whole from the JSON body",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
orders = MongoClient()["shop"]["orders"]

@app.route("/orders/query", methods=["POST"])
def query_orders():
    """Orders matching the filter the dashboard sends."""
    return {"count": orders.count_documents(request.get_json())}
`,
  ),
];
