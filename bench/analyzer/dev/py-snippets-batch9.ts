// Dev suite "py-snippets", batch 9 (see py-snippets.ts): written blind after the batch8 fixes, measured before any
// fix it prompted. Textbook and assistant-style functions again (a docstring saying the task, then the code), in
// shapes the earlier batches have less of: argparse and input() scripts, socketserver handlers, class-based
// services holding a connection, small XML/YAML/pickle utilities, ldap and lxml helpers, hashlib and tempfile use.
// Each fixed twin is the change a careful reviewer would ask for. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH9: DevCase[] = [
  bad(
    "CWE-78",
    "batch9: argparse script pings the host named on the command line through os.system",
    src`
import argparse
import os

def main():
    """Check whether a host answers ping; the helpdesk runs this from a web form wrapper."""
    parser = argparse.ArgumentParser()
    parser.add_argument("host")
    args = parser.parse_args()
    status = os.system("ping -c 1 " + args.host)
    print("up" if status == 0 else "down")

if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-78",
    "batch9: argparse script pings the host with an argument list",
    src`
import argparse
import subprocess

def main():
    """Check whether a host answers ping; the helpdesk runs this from a web form wrapper."""
    parser = argparse.ArgumentParser()
    parser.add_argument("host")
    args = parser.parse_args()
    status = subprocess.run(["ping", "-c", "1", "--", args.host]).returncode
    print("up" if status == 0 else "down")

if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-78",
    "batch9: socketserver handler runs the received command name through a shell",
    src`
import socketserver
import subprocess

class StatusHandler(socketserver.StreamRequestHandler):
    """Answer 'service <name>' requests from the monitoring network with systemctl's status."""

    def handle(self):
        name = self.rfile.readline().decode().strip()
        out = subprocess.check_output("systemctl status " + name, shell=True)
        self.wfile.write(out)

if __name__ == "__main__":
    socketserver.TCPServer(("127.0.0.1", 9000), StatusHandler).serve_forever()
`,
  ),
  good(
    "CWE-78",
    "batch9: socketserver handler checks the service name against a set",
    src`
import socketserver
import subprocess

SERVICES = {"nginx", "postgresql", "redis"}

class StatusHandler(socketserver.StreamRequestHandler):
    """Answer 'service <name>' requests from the monitoring network with systemctl's status."""

    def handle(self):
        name = self.rfile.readline().decode().strip()
        if name not in SERVICES:
            self.wfile.write(b"unknown service\n")
            return
        out = subprocess.check_output(["systemctl", "status", name])
        self.wfile.write(out)

if __name__ == "__main__":
    socketserver.TCPServer(("127.0.0.1", 9000), StatusHandler).serve_forever()
`,
  ),
  bad(
    "CWE-95",
    "batch9: calculator script evaluates what the user types",
    src`
def calculator():
    """A tiny REPL calculator: read an arithmetic expression and print its value."""
    while True:
        expr = input("calc> ")
        if expr in ("q", "quit"):
            break
        print(eval(expr))
`,
  ),
  good(
    "CWE-95",
    "batch9: calculator script walks the expression's AST",
    src`
import ast
import operator

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}

def _eval(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_eval(node.left), _eval(node.right))
    raise ValueError("unsupported expression")

def calculator():
    """A tiny REPL calculator: read an arithmetic expression and print its value."""
    while True:
        expr = input("calc> ")
        if expr in ("q", "quit"):
            break
        print(_eval(ast.parse(expr, mode="eval").body))
`,
  ),
  bad(
    "CWE-94",
    "batch9: Flask endpoint runs a submitted snippet with exec",
    src`
import io
import contextlib
from flask import Flask, request

app = Flask(__name__)

@app.route("/playground", methods=["POST"])
def playground():
    """Run the Python snippet from the tutorial page and return what it printed."""
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(request.form["source"])
    return buf.getvalue()
`,
  ),
  bad(
    "CWE-22",
    "batch9: Flask download joins the requested name onto the upload folder",
    src`
import os
from flask import Flask, request, send_file

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"

@app.route("/download")
def download():
    """Send back a file the user uploaded earlier."""
    filename = request.args.get("name")
    return send_file(os.path.join(UPLOAD_DIR, filename))
`,
  ),
  good(
    "CWE-22",
    "batch9: Flask download through send_from_directory",
    src`
from flask import Flask, request, send_from_directory

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"

@app.route("/download")
def download():
    """Send back a file the user uploaded earlier."""
    filename = request.args.get("name", "")
    return send_from_directory(UPLOAD_DIR, filename)
`,
  ),
  bad(
    "CWE-22",
    "batch9: tarfile extractall of a downloaded release",
    src`
import tarfile
import urllib.request

def install_release(url: str, dest: str) -> None:
    """Download a release tarball from the vendor's mirror and unpack it into dest."""
    path, _ = urllib.request.urlretrieve(url)
    with tarfile.open(path) as tar:
        tar.extractall(dest)
`,
  ),
  good(
    "CWE-22",
    "batch9: tarfile extractall with the data filter",
    src`
import tarfile
import urllib.request

def install_release(url: str, dest: str) -> None:
    """Download a release tarball from the vendor's mirror and unpack it into dest."""
    path, _ = urllib.request.urlretrieve(url)
    with tarfile.open(path) as tar:
        tar.extractall(dest, filter="data")
`,
  ),
  bad(
    "CWE-89",
    "batch9: MySQL service class formats the user name into the query",
    src`
import mysql.connector

class UserService:
    """Look up accounts for the support console."""

    def __init__(self, cfg):
        self.db = mysql.connector.connect(**cfg)

    def find_by_name(self, username):
        cur = self.db.cursor(dictionary=True)
        cur.execute("SELECT id, email FROM users WHERE username = '%s'" % username)
        return cur.fetchone()
`,
  ),
  good(
    "CWE-89",
    "batch9: MySQL service class passes the user name as a parameter",
    src`
import mysql.connector

class UserService:
    """Look up accounts for the support console."""

    def __init__(self, cfg):
        self.db = mysql.connector.connect(**cfg)

    def find_by_name(self, username):
        cur = self.db.cursor(dictionary=True)
        cur.execute("SELECT id, email FROM users WHERE username = %s", (username,))
        return cur.fetchone()
`,
  ),
  bad(
    "CWE-89",
    "batch9: SQLAlchemy text() built with an f-string from the query string",
    src`
from flask import Flask, request, jsonify
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///shop.db")

@app.route("/products")
def products():
    """List products in the category given in the query string."""
    category = request.args.get("category", "")
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT name, price FROM products WHERE category = '{category}'"))
        return jsonify([dict(r._mapping) for r in rows])
`,
  ),
  good(
    "CWE-89",
    "batch9: SQLAlchemy text() with a bound parameter",
    src`
from flask import Flask, request, jsonify
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///shop.db")

@app.route("/products")
def products():
    """List products in the category given in the query string."""
    category = request.args.get("category", "")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT name, price FROM products WHERE category = :c"), {"c": category})
        return jsonify([dict(r._mapping) for r in rows])
`,
  ),
  bad(
    "CWE-90",
    "batch9: python-ldap search filter concatenated from the form",
    src`
import ldap
from flask import Flask, request

app = Flask(__name__)

@app.route("/lookup", methods=["POST"])
def lookup():
    """Find a colleague's phone number in the directory."""
    name = request.form["name"]
    conn = ldap.initialize("ldap://ldap.corp.local")
    conn.simple_bind_s()
    result = conn.search_s("ou=people,dc=corp,dc=local", ldap.SCOPE_SUBTREE, "(cn=" + name + ")", ["telephoneNumber"])
    return str(result)
`,
  ),
  good(
    "CWE-90",
    "batch9: python-ldap search filter with escape_filter_chars",
    src`
import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)

@app.route("/lookup", methods=["POST"])
def lookup():
    """Find a colleague's phone number in the directory."""
    name = escape_filter_chars(request.form["name"])
    conn = ldap.initialize("ldap://ldap.corp.local")
    conn.simple_bind_s()
    result = conn.search_s("ou=people,dc=corp,dc=local", ldap.SCOPE_SUBTREE, "(cn=" + name + ")", ["telephoneNumber"])
    return str(result)
`,
  ),
  bad(
    "CWE-79",
    "batch9: Flask greeting built with make_response and an f-string",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)

@app.route("/hello")
def hello():
    """Greet the visitor by the name in the query string."""
    name = request.args.get("name", "stranger")
    return make_response(f"<html><body><h1>Hello, {name}!</h1></body></html>")
`,
  ),
  good(
    "CWE-79",
    "batch9: Flask greeting with the name escaped",
    src`
from flask import Flask, request, make_response
from markupsafe import escape

app = Flask(__name__)

@app.route("/hello")
def hello():
    """Greet the visitor by the name in the query string."""
    name = request.args.get("name", "stranger")
    return make_response(f"<html><body><h1>Hello, {escape(name)}!</h1></body></html>")
`,
  ),
  bad(
    "CWE-79",
    "batch9: jinja2 Environment without autoescape renders the comment",
    src`
from jinja2 import Environment, FileSystemLoader
from flask import Flask, request

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"))

@app.route("/preview", methods=["POST"])
def preview():
    """Show the comment as it will look once posted."""
    tpl = env.get_template("comment.html")
    return tpl.render(body=request.form["body"])
`,
  ),
  bad(
    "CWE-113",
    "batch9: language cookie value copied into a response header",
    src`
from flask import Flask, request, Response

app = Flask(__name__)

@app.route("/set-lang")
def set_lang():
    """Remember the chosen language and tell the CDN which variant was served."""
    lang = request.args.get("lang", "en")
    resp = Response("ok")
    resp.headers["Content-Language"] = lang
    return resp
`,
  ),
  good(
    "CWE-113",
    "batch9: language header chosen from the supported set",
    src`
from flask import Flask, request, Response

app = Flask(__name__)
LANGS = {"en", "de", "fr"}

@app.route("/set-lang")
def set_lang():
    """Remember the chosen language and tell the CDN which variant was served."""
    lang = request.args.get("lang", "en")
    if lang not in LANGS:
        lang = "en"
    resp = Response("ok")
    resp.headers["Content-Language"] = lang
    return resp
`,
  ),
  bad(
    "CWE-117",
    "batch9: socket server logs the client's greeting line verbatim",
    src`
import logging
import socket

log = logging.getLogger("gateway")

def serve(port: int = 7000):
    """Accept clients and log the name each one announces in its first line."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", port))
    srv.listen()
    while True:
        conn, addr = srv.accept()
        hello = conn.recv(256).decode(errors="replace")
        log.info("client %s announced itself as %s", addr, hello)
        conn.close()
`,
  ),
  bad(
    "CWE-200",
    "batch9: debug endpoint dumps the process environment",
    src`
import os
from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/debug/env")
def env():
    """Help support staff see how the service is configured."""
    return jsonify(dict(os.environ))
`,
  ),
  good(
    "CWE-200",
    "batch9: debug endpoint reports only the release",
    src`
import os
from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/debug/env")
def env():
    """Help support staff see how the service is configured."""
    return jsonify({"release": os.environ.get("RELEASE", "dev")})
`,
  ),
  bad(
    "CWE-209",
    "batch9: import endpoint returns the exception text and traceback",
    src`
import traceback
from flask import Flask, request

app = Flask(__name__)

@app.route("/import", methods=["POST"])
def import_csv():
    """Import the uploaded CSV of contacts."""
    try:
        load_contacts(request.files["file"])
        return "imported"
    except Exception as e:
        return f"Import failed: {e}\n{traceback.format_exc()}", 500
`,
  ),
  good(
    "CWE-209",
    "batch9: import endpoint logs the traceback and returns a generic message",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)

@app.route("/import", methods=["POST"])
def import_csv():
    """Import the uploaded CSV of contacts."""
    try:
        load_contacts(request.files["file"])
        return "imported"
    except Exception:
        log.exception("contact import failed")
        return "Import failed", 500
`,
  ),
  bad(
    "CWE-259",
    "batch9: Postgres helper with the password written in the call",
    src`
import psycopg2

def get_connection():
    """Open a connection to the reporting database."""
    return psycopg2.connect(host="db.internal", dbname="reports", user="reporter", password="R3p0rt!ng2024")
`,
  ),
  good(
    "CWE-259",
    "batch9: Postgres helper reads the password from the environment",
    src`
import os
import psycopg2

def get_connection():
    """Open a connection to the reporting database."""
    return psycopg2.connect(host="db.internal", dbname="reports", user="reporter", password=os.environ["REPORTS_DB_PASSWORD"])
`,
  ),
  bad(
    "CWE-798",
    "batch9: payment client class with the live API key as a class attribute",
    src`
import requests

class PaymentClient:
    """Thin wrapper around the payment provider's REST API."""

    API_KEY = "sk_live_51HqLyjWDarjtT1zdp7dcXyZ2KxWq9"
    BASE = "https://api.payments.example/v1"

    def charge(self, amount_cents, token):
        return requests.post(f"{self.BASE}/charges", auth=(self.API_KEY, ""), data={"amount": amount_cents, "source": token}, timeout=10)
`,
  ),
  good(
    "CWE-798",
    "batch9: payment client class takes the key from the environment",
    src`
import os
import requests

class PaymentClient:
    """Thin wrapper around the payment provider's REST API."""

    BASE = "https://api.payments.example/v1"

    def __init__(self):
        self.api_key = os.environ["PAYMENTS_API_KEY"]

    def charge(self, amount_cents, token):
        return requests.post(f"{self.BASE}/charges", auth=(self.api_key, ""), data={"amount": amount_cents, "source": token}, timeout=10)
`,
  ),
  bad(
    "CWE-269",
    "batch9: helper raises privileges and lowers them only on the success path",
    src`
import os

def create_spool_dir(name: str) -> None:
    """Create a spool directory under /var/spool/app, which only root may write."""
    os.seteuid(0)
    os.mkdir(os.path.join("/var/spool/app", name))
    os.seteuid(os.getuid())
`,
  ),
  good(
    "CWE-269",
    "batch9: helper lowers privileges in a finally block",
    src`
import os

def create_spool_dir(name: str) -> None:
    """Create a spool directory under /var/spool/app, which only root may write."""
    if not name.isalnum():
        raise ValueError("bad name")
    os.seteuid(0)
    try:
        os.mkdir(os.path.join("/var/spool/app", name))
    finally:
        os.seteuid(os.getuid())
`,
  ),
  bad(
    "CWE-295",
    "batch9: requests call with verify=False to the internal API",
    src`
import requests

def fetch_inventory(token: str) -> dict:
    """Get the inventory from the warehouse API (it uses a self-signed certificate)."""
    r = requests.get("https://warehouse.internal/api/inventory", headers={"Authorization": f"Bearer {token}"}, verify=False)
    return r.json()
`,
  ),
  good(
    "CWE-295",
    "batch9: requests call verifying with the internal CA bundle",
    src`
import requests

def fetch_inventory(token: str) -> dict:
    """Get the inventory from the warehouse API (it uses a self-signed certificate)."""
    r = requests.get("https://warehouse.internal/api/inventory", headers={"Authorization": f"Bearer {token}"}, verify="/etc/ssl/internal-ca.pem")
    return r.json()
`,
  ),
  bad(
    "CWE-295",
    "batch9: socket wrapped with an unverified SSL context",
    src`
import socket
import ssl

def send_report(host: str, data: bytes) -> None:
    """Send the nightly report to the collector over TLS."""
    ctx = ssl._create_unverified_context()
    with socket.create_connection((host, 8443)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(data)
`,
  ),
  bad(
    "CWE-306",
    "batch9: Flask route that wipes the database has no authentication",
    src`
from flask import Flask

app = Flask(__name__)

@app.route("/admin/reset", methods=["POST"])
def reset_database():
    """Drop and recreate every table (used by admins before a demo)."""
    db.drop_all()
    db.create_all()
    return "reset done"
`,
  ),
  good(
    "CWE-306",
    "batch9: Flask reset route requires a logged-in admin",
    src`
from flask import Flask, abort
from flask_login import current_user, login_required

app = Flask(__name__)

@app.route("/admin/reset", methods=["POST"])
@login_required
def reset_database():
    """Drop and recreate every table (used by admins before a demo)."""
    if not current_user.is_admin:
        abort(403)
    db.drop_all()
    db.create_all()
    return "reset done"
`,
  ),
  bad(
    "CWE-319",
    "batch9: FTP upload logs in over plain FTP",
    src`
import ftplib

def upload_backup(path: str, user: str, password: str) -> None:
    """Upload the nightly backup to the offsite server."""
    ftp = ftplib.FTP("backup.example.com")
    ftp.login(user, password)
    with open(path, "rb") as f:
        ftp.storbinary("STOR backup.tar.gz", f)
    ftp.quit()
`,
  ),
  good(
    "CWE-319",
    "batch9: FTP upload over FTPS with a protected data channel",
    src`
import ftplib

def upload_backup(path: str, user: str, password: str) -> None:
    """Upload the nightly backup to the offsite server."""
    ftp = ftplib.FTP_TLS("backup.example.com")
    ftp.login(user, password)
    ftp.prot_p()
    with open(path, "rb") as f:
        ftp.storbinary("STOR backup.tar.gz", f)
    ftp.quit()
`,
  ),
  bad(
    "CWE-319",
    "batch9: login client posts credentials to an http URL",
    src`
import requests

def login(username: str, password: str) -> str:
    """Log in to the partner portal and return the session token."""
    r = requests.post("http://portal.partner.example/api/login", json={"username": username, "password": password}, timeout=10)
    return r.json()["token"]
`,
  ),
  bad(
    "CWE-327",
    "batch9: PyCryptodome DES encrypts the card number",
    src`
from Crypto.Cipher import DES
from Crypto.Util.Padding import pad

def encrypt_card(number: str, key: bytes) -> bytes:
    """Encrypt a card number before storing it."""
    cipher = DES.new(key, DES.MODE_CBC)
    return cipher.iv + cipher.encrypt(pad(number.encode(), DES.block_size))
`,
  ),
  good(
    "CWE-327",
    "batch9: AES-GCM encrypts the card number",
    src`
from Crypto.Cipher import AES

def encrypt_card(number: str, key: bytes) -> bytes:
    """Encrypt a card number before storing it."""
    cipher = AES.new(key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(number.encode())
    return cipher.nonce + tag + ct
`,
  ),
  bad(
    "CWE-327",
    "batch9: file checksum for integrity with sha1",
    src`
import hashlib

def sign_firmware(path: str, key: bytes) -> str:
    """Compute the tag the device checks before flashing the firmware image."""
    h = hashlib.sha1()
    h.update(key)
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()
`,
  ),
  bad(
    "CWE-321",
    "batch9: Fernet key written into the module",
    src`
from cryptography.fernet import Fernet

KEY = b"kN3v0q9Zl1Yt8Q2m5Vx7Hc4Rb6Ws0Ej3Fg2Ud1Ia8Oo="

def encrypt_token(token: str) -> bytes:
    """Encrypt an OAuth refresh token before it is saved."""
    return Fernet(KEY).encrypt(token.encode())
`,
  ),
  good(
    "CWE-321",
    "batch9: Fernet key loaded from the environment",
    src`
import os
from cryptography.fernet import Fernet

def encrypt_token(token: str) -> bytes:
    """Encrypt an OAuth refresh token before it is saved."""
    return Fernet(os.environ["TOKEN_KEY"].encode()).encrypt(token.encode())
`,
  ),
  bad(
    "CWE-326",
    "batch9: cryptography RSA key of 1024 bits for signing",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa

def new_signing_key():
    """Create the service's signing key pair."""
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)
`,
  ),
  good(
    "CWE-326",
    "batch9: cryptography RSA key of 3072 bits",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa

def new_signing_key():
    """Create the service's signing key pair."""
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)
`,
  ),
  bad(
    "CWE-329",
    "batch9: AES-CBC with an all-zero IV",
    src`
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

IV = bytes(16)

def encrypt(data: bytes, key: bytes) -> bytes:
    """Encrypt a record for the archive."""
    return AES.new(key, AES.MODE_CBC, IV).encrypt(pad(data, 16))
`,
  ),
  good(
    "CWE-329",
    "batch9: AES-CBC with a random IV stored in front",
    src`
import os
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

def encrypt(data: bytes, key: bytes) -> bytes:
    """Encrypt a record for the archive."""
    iv = os.urandom(16)
    return iv + AES.new(key, AES.MODE_CBC, iv).encrypt(pad(data, 16))
`,
  ),
  bad(
    "CWE-338",
    "batch9: password reset code from random.randint",
    src`
import random

def make_reset_code() -> str:
    """Six-digit code e-mailed to the user to reset the password."""
    return str(random.randint(100000, 999999))
`,
  ),
  good(
    "CWE-338",
    "batch9: password reset code from secrets.randbelow",
    src`
import secrets

def make_reset_code() -> str:
    """Six-digit code e-mailed to the user to reset the password."""
    return f"{secrets.randbelow(1000000):06d}"
`,
  ),
  bad(
    "CWE-330",
    "batch9: API token seeded from the time",
    src`
import random
import time

def issue_api_token(user_id: int) -> str:
    """Create a new API token for the user."""
    random.seed(time.time())
    return "%032x" % random.getrandbits(128)
`,
  ),
  bad(
    "CWE-347",
    "batch9: PyJWT decode with signature verification turned off",
    src`
import jwt
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/me")
def me():
    """Return the user id carried in the bearer token."""
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    if "sub" not in claims:
        abort(401)
    return {"user": claims["sub"]}
`,
  ),
  good(
    "CWE-347",
    "batch9: PyJWT decode with the key and a fixed algorithm",
    src`
import os
import jwt
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/me")
def me():
    """Return the user id carried in the bearer token."""
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
    except jwt.InvalidTokenError:
        abort(401)
    return {"user": claims["sub"]}
`,
  ),
  bad(
    "CWE-352",
    "batch9: Django money transfer view marked csrf_exempt",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

@csrf_exempt
@login_required
def transfer(request):
    """Move money from the user's account to another account."""
    if request.method == "POST":
        move_funds(request.user, request.POST["to"], int(request.POST["amount"]))
        return JsonResponse({"ok": True})
    return JsonResponse({"error": "POST only"}, status=405)
`,
  ),
  good(
    "CWE-352",
    "batch9: Django money transfer view with CSRF protection kept",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

@require_POST
@login_required
def transfer(request):
    """Move money from the user's account to another account."""
    move_funds(request.user, request.POST["to"], int(request.POST["amount"]))
    return JsonResponse({"ok": True})
`,
  ),
  bad(
    "CWE-352",
    "batch9: Flask-WTF CSRF switched off in the app config",
    src`
from flask import Flask
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = open("/run/secrets/flask_key").read()
app.config["WTF_CSRF_ENABLED"] = False
csrf = CSRFProtect(app)
`,
  ),
  bad(
    "CWE-367",
    "batch9: os.access check then open for writing",
    src`
import os

def append_note(path: str, note: str) -> bool:
    """Append a note to the file if the calling user may write it (setuid helper)."""
    if os.access(path, os.W_OK):
        with open(path, "a") as f:
            f.write(note + "\n")
        return True
    return False
`,
  ),
  bad(
    "CWE-377",
    "batch9: tempfile.mktemp name for the export",
    src`
import tempfile

def export_csv(rows) -> str:
    """Write rows to a temporary CSV and return its path for the mailer."""
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w") as f:
        for r in rows:
            f.write(",".join(map(str, r)) + "\n")
    return path
`,
  ),
  good(
    "CWE-377",
    "batch9: NamedTemporaryFile for the export",
    src`
import tempfile

def export_csv(rows) -> str:
    """Write rows to a temporary CSV and return its path for the mailer."""
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
        for r in rows:
            f.write(",".join(map(str, r)) + "\n")
        return f.name
`,
  ),
  bad(
    "CWE-384",
    "batch9: Flask login keeps the session the visitor arrived with",
    src`
from flask import Flask, request, session, redirect

app = Flask(__name__)
app.secret_key = b"\x8f\x1d..."  # loaded elsewhere in production
SESSIONS = {}

@app.route("/login", methods=["POST"])
def login():
    """Log the user in and bind the server-side session to the account."""
    user = authenticate(request.form["username"], request.form["password"])
    if not user:
        return "invalid", 401
    sid = request.cookies.get("sid") or new_session_id()
    SESSIONS[sid] = user.id
    resp = redirect("/")
    resp.set_cookie("sid", sid, httponly=True, secure=True)
    return resp
`,
  ),
  bad(
    "CWE-400",
    "batch9: Flask endpoint builds a list as long as the count parameter",
    src`
import uuid
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/ids")
def ids():
    """Return the requested number of fresh ids for the bulk importer."""
    n = int(request.args.get("n", 1))
    return jsonify([str(uuid.uuid4()) for _ in range(n)])
`,
  ),
  good(
    "CWE-400",
    "batch9: id count capped",
    src`
import uuid
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/ids")
def ids():
    """Return the requested number of fresh ids for the bulk importer."""
    n = min(max(int(request.args.get("n", 1)), 1), 1000)
    return jsonify([str(uuid.uuid4()) for _ in range(n)])
`,
  ),
  bad(
    "CWE-434",
    "batch9: avatar upload keeps any extension after secure_filename",
    src`
import os
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
STATIC_AVATARS = "/srv/app/static/avatars"

@app.route("/avatar", methods=["POST"])
def avatar():
    """Save the user's avatar so the site can serve it as a static file."""
    f = request.files["avatar"]
    name = secure_filename(f.filename)
    f.save(os.path.join(STATIC_AVATARS, name))
    return {"url": f"/static/avatars/{name}"}
`,
  ),
  good(
    "CWE-434",
    "batch9: avatar upload restricted to image extensions and renamed",
    src`
import os
import uuid
from flask import Flask, request, abort

app = Flask(__name__)
STATIC_AVATARS = "/srv/app/static/avatars"
ALLOWED = {".png", ".jpg", ".jpeg", ".gif"}

@app.route("/avatar", methods=["POST"])
def avatar():
    """Save the user's avatar so the site can serve it as a static file."""
    f = request.files["avatar"]
    ext = os.path.splitext(f.filename or "")[1].lower()
    if ext not in ALLOWED:
        abort(400)
    name = uuid.uuid4().hex + ext
    f.save(os.path.join(STATIC_AVATARS, name))
    return {"url": f"/static/avatars/{name}"}
`,
  ),
  bad(
    "CWE-502",
    "batch9: preferences cookie unpickled after base64",
    src`
import base64
import pickle
from flask import Flask, request

app = Flask(__name__)

@app.route("/dashboard")
def dashboard():
    """Render the dashboard with the layout the user saved in a cookie."""
    raw = request.cookies.get("layout")
    layout = pickle.loads(base64.b64decode(raw)) if raw else {}
    return render_dashboard(layout)
`,
  ),
  bad(
    "CWE-502",
    "batch9: YAML config loaded with yaml.Loader",
    src`
import yaml

def load_pipeline(path: str) -> dict:
    """Load a CI pipeline definition that users commit to their repositories."""
    with open(path) as f:
        return yaml.load(f, Loader=yaml.Loader)
`,
  ),
  good(
    "CWE-502",
    "batch9: YAML config loaded with safe_load",
    src`
import yaml

def load_pipeline(path: str) -> dict:
    """Load a CI pipeline definition that users commit to their repositories."""
    with open(path) as f:
        return yaml.safe_load(f)
`,
  ),
  bad(
    "CWE-502",
    "batch9: socket server unmarshals each message",
    src`
import marshal
import socket

def worker(port: int = 6000):
    """Receive task tuples from the scheduler and run them."""
    s = socket.socket()
    s.bind(("0.0.0.0", port))
    s.listen()
    while True:
        conn, _ = s.accept()
        task = marshal.loads(conn.recv(65536))
        run_task(*task)
        conn.close()
`,
  ),
  bad(
    "CWE-521",
    "batch9: sign-up accepts any password of four characters",
    src`
from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)

@app.route("/signup", methods=["POST"])
def signup():
    """Create an account."""
    password = request.form["password"]
    if len(password) < 4:
        return "password too short", 400
    create_user(request.form["email"], generate_password_hash(password))
    return "welcome", 201
`,
  ),
  bad(
    "CWE-522",
    "batch9: user table stores the password as given",
    src`
import sqlite3

def register(db: sqlite3.Connection, username: str, password: str) -> None:
    """Create a new user account."""
    db.execute("INSERT INTO users (username, password) VALUES (?, ?)", (username, password))
    db.commit()
`,
  ),
  good(
    "CWE-522",
    "batch9: user table stores a bcrypt hash",
    src`
import sqlite3
import bcrypt

def register(db: sqlite3.Connection, username: str, password: str) -> None:
    """Create a new user account."""
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    db.execute("INSERT INTO users (username, password_hash) VALUES (?, ?)", (username, hashed))
    db.commit()
`,
  ),
  bad(
    "CWE-595",
    "batch9: role compared with is",
    src`
def can_publish(user) -> bool:
    """Editors and admins may publish articles."""
    role = user.profile.get("role", "")
    return role is "editor" or role is "admin"
`,
  ),
  good(
    "CWE-595",
    "batch9: role compared with ==",
    src`
def can_publish(user) -> bool:
    """Editors and admins may publish articles."""
    role = user.profile.get("role", "")
    return role == "editor" or role == "admin"
`,
  ),
  bad(
    "CWE-601",
    "batch9: logout redirects to the return_to parameter",
    src`
from flask import Flask, request, redirect, session

app = Flask(__name__)

@app.route("/logout")
def logout():
    """Log out and go back to where the user came from."""
    session.clear()
    return redirect(request.args.get("return_to", "/"))
`,
  ),
  good(
    "CWE-601",
    "batch9: logout redirects only to a relative path",
    src`
from urllib.parse import urlparse
from flask import Flask, request, redirect, session

app = Flask(__name__)

@app.route("/logout")
def logout():
    """Log out and go back to where the user came from."""
    session.clear()
    target = request.args.get("return_to", "/")
    parts = urlparse(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        target = "/"
    return redirect(target)
`,
  ),
  bad(
    "CWE-611",
    "batch9: lxml parses the uploaded invoice with a DTD-loading parser",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)

@app.route("/invoice", methods=["POST"])
def invoice():
    """Read the total from an uploaded XML invoice."""
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    doc = etree.fromstring(request.data, parser)
    return doc.findtext("total")
`,
  ),
  good(
    "CWE-611",
    "batch9: defusedxml parses the uploaded invoice",
    src`
from defusedxml import ElementTree
from flask import Flask, request

app = Flask(__name__)

@app.route("/invoice", methods=["POST"])
def invoice():
    """Read the total from an uploaded XML invoice."""
    doc = ElementTree.fromstring(request.data)
    return doc.findtext("total")
`,
  ),
  bad(
    "CWE-643",
    "batch9: lxml xpath with the login name concatenated",
    src`
from lxml import etree

class XmlUserStore:
    """Users kept in an XML file; used by the legacy login form."""

    def __init__(self, path):
        self.tree = etree.parse(path)

    def check(self, name, password_hash):
        q = "//user[name/text()='" + name + "' and hash/text()='" + password_hash + "']"
        return bool(self.tree.xpath(q))
`,
  ),
  good(
    "CWE-643",
    "batch9: lxml xpath with variables",
    src`
from lxml import etree

class XmlUserStore:
    """Users kept in an XML file; used by the legacy login form."""

    def __init__(self, path):
        self.tree = etree.parse(path)

    def check(self, name, password_hash):
        q = "//user[name/text()=$n and hash/text()=$h]"
        return bool(self.tree.xpath(q, n=name, h=password_hash))
`,
  ),
  bad(
    "CWE-703",
    "batch9: assert used to enforce that the caller owns the order",
    src`
def cancel_order(user, order):
    """Cancel an order; only its owner may do this."""
    assert order.owner_id == user.id, "not your order"
    order.status = "cancelled"
    order.save()
`,
  ),
  good(
    "CWE-703",
    "batch9: ownership enforced with an exception",
    src`
class Forbidden(Exception):
    pass

def cancel_order(user, order):
    """Cancel an order; only its owner may do this."""
    if order.owner_id != user.id:
        raise Forbidden("not your order")
    order.status = "cancelled"
    order.save()
`,
  ),
  bad(
    "CWE-730",
    "batch9: search endpoint compiles the client's pattern",
    src`
import re
from flask import Flask, request, jsonify

app = Flask(__name__)
NAMES = ["alice", "bob", "carol"]

@app.route("/search")
def search():
    """Filter the member list by a pattern typed in the search box."""
    pattern = re.compile(request.args.get("q", ""))
    return jsonify([n for n in NAMES if pattern.search(n)])
`,
  ),
  good(
    "CWE-730",
    "batch9: search endpoint escapes the client's text",
    src`
import re
from flask import Flask, request, jsonify

app = Flask(__name__)
NAMES = ["alice", "bob", "carol"]

@app.route("/search")
def search():
    """Filter the member list by a pattern typed in the search box."""
    pattern = re.compile(re.escape(request.args.get("q", "")))
    return jsonify([n for n in NAMES if pattern.search(n)])
`,
  ),
  bad(
    "CWE-1333",
    "batch9: e-mail validation regex with nested quantifiers",
    src`
import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")

def is_valid_email(addr: str) -> bool:
    """Validate the address typed into the newsletter form."""
    return EMAIL.match(addr) is not None
`,
  ),
  bad(
    "CWE-732",
    "batch9: log directory created world-writable",
    src`
import os

def prepare_log_dir(path: str = "/var/log/myapp") -> None:
    """Make sure the log directory exists so every worker can write to it."""
    os.makedirs(path, exist_ok=True)
    os.chmod(path, 0o777)
`,
  ),
  good(
    "CWE-732",
    "batch9: log directory created group-writable only",
    src`
import os

def prepare_log_dir(path: str = "/var/log/myapp") -> None:
    """Make sure the log directory exists so every worker can write to it."""
    os.makedirs(path, mode=0o770, exist_ok=True)
    os.chmod(path, 0o770)
`,
  ),
  bad(
    "CWE-759",
    "batch9: password stored as an unsalted sha256",
    src`
import hashlib

class Account:
    """Minimal account model for the CLI tool."""

    def __init__(self, name: str, password: str):
        self.name = name
        self.password_hash = hashlib.sha256(password.encode()).hexdigest()

    def check(self, password: str) -> bool:
        return hashlib.sha256(password.encode()).hexdigest() == self.password_hash
`,
  ),
  good(
    "CWE-759",
    "batch9: password stored with scrypt and a random salt",
    src`
import hashlib
import hmac
import os

class Account:
    """Minimal account model for the CLI tool."""

    def __init__(self, name: str, password: str):
        self.name = name
        self.salt = os.urandom(16)
        self.password_hash = hashlib.scrypt(password.encode(), salt=self.salt, n=2**14, r=8, p=1)

    def check(self, password: str) -> bool:
        candidate = hashlib.scrypt(password.encode(), salt=self.salt, n=2**14, r=8, p=1)
        return hmac.compare_digest(candidate, self.password_hash)
`,
  ),
  bad(
    "CWE-760",
    "batch9: pbkdf2 with the user name as the salt",
    src`
import hashlib

def hash_password(username: str, password: str) -> bytes:
    """Derive the stored password hash."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), username.encode(), 200_000)
`,
  ),
  bad(
    "CWE-776",
    "batch9: minidom parses the posted XML body",
    src`
from xml.dom import minidom
from flask import Flask, request

app = Flask(__name__)

@app.route("/feed", methods=["POST"])
def feed():
    """Count the items in a posted RSS document."""
    doc = minidom.parseString(request.get_data())
    return str(len(doc.getElementsByTagName("item")))
`,
  ),
  bad(
    "CWE-835",
    "batch9: socket read loop never stops on a closed connection",
    src`
import socket

def read_all(conn: socket.socket) -> bytes:
    """Read the whole message; the peer closes the connection when it is done."""
    data = b""
    while True:
        chunk = conn.recv(4096)
        data += chunk
        if data.endswith(b"\n.\n"):
            break
    return data
`,
  ),
  good(
    "CWE-835",
    "batch9: socket read loop stops when recv returns nothing",
    src`
import socket

def read_all(conn: socket.socket) -> bytes:
    """Read the whole message; the peer closes the connection when it is done."""
    data = b""
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
        if data.endswith(b"\n.\n"):
            break
    return data
`,
  ),
  bad(
    "CWE-915",
    "batch9: settings endpoint copies every JSON key onto the user",
    src`
from flask import Flask, request
from flask_login import current_user, login_required

app = Flask(__name__)

@app.route("/settings", methods=["PATCH"])
@login_required
def update_settings():
    """Let the user change their display name, bio and theme."""
    for key, value in request.get_json().items():
        setattr(current_user, key, value)
    db.session.commit()
    return {"ok": True}
`,
  ),
  good(
    "CWE-915",
    "batch9: settings endpoint copies only the editable keys",
    src`
from flask import Flask, request
from flask_login import current_user, login_required

app = Flask(__name__)
EDITABLE = {"display_name", "bio", "theme"}

@app.route("/settings", methods=["PATCH"])
@login_required
def update_settings():
    """Let the user change their display name, bio and theme."""
    for key, value in request.get_json().items():
        if key in EDITABLE:
            setattr(current_user, key, value)
    db.session.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-918",
    "batch9: image proxy fetches the URL from the query string",
    src`
import requests
from flask import Flask, request, Response

app = Flask(__name__)

@app.route("/proxy")
def proxy():
    """Fetch a remote image so the page can show it without mixed content."""
    r = requests.get(request.args["src"], timeout=5)
    return Response(r.content, content_type=r.headers.get("Content-Type"))
`,
  ),
  good(
    "CWE-918",
    "batch9: image proxy limited to known image hosts",
    src`
from urllib.parse import urlparse
import requests
from flask import Flask, request, Response, abort

app = Flask(__name__)
IMAGE_HOSTS = {"images.example-cdn.com", "avatars.example.org"}

@app.route("/proxy")
def proxy():
    """Fetch a remote image so the page can show it without mixed content."""
    src_url = request.args["src"]
    parts = urlparse(src_url)
    if parts.scheme != "https" or parts.hostname not in IMAGE_HOSTS:
        abort(400)
    r = requests.get(src_url, timeout=5, allow_redirects=False)
    return Response(r.content, content_type=r.headers.get("Content-Type"))
`,
  ),
  bad(
    "CWE-943",
    "batch9: pymongo query taken from the JSON body",
    src`
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]

@app.route("/login", methods=["POST"])
def login():
    """Check the username and password against the users collection."""
    body = request.get_json()
    user = users.find_one({"username": body["username"], "password": body["password"]})
    return jsonify({"ok": user is not None})
`,
  ),
  good(
    "CWE-943",
    "batch9: pymongo query with values forced to strings",
    src`
from flask import Flask, request, jsonify
from pymongo import MongoClient
from werkzeug.security import check_password_hash

app = Flask(__name__)
users = MongoClient()["app"]["users"]

@app.route("/login", methods=["POST"])
def login():
    """Check the username and password against the users collection."""
    body = request.get_json()
    user = users.find_one({"username": str(body["username"])})
    ok = user is not None and check_password_hash(user["password_hash"], str(body["password"]))
    return jsonify({"ok": ok})
`,
  ),
  bad(
    "CWE-605",
    "batch9: UDP metrics listener bound to every interface",
    src`
import socket

def listen_metrics(port: int = 8125):
    """Receive statsd metrics from the local agents."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, _ = sock.recvfrom(1024)
        record(data)
`,
  ),
  bad(
    "CWE-312",
    "batch9: remember-me writes the password to a local file",
    src`
import json
import os

def remember_login(username: str, password: str) -> None:
    """Save the login so the desktop client can sign in automatically next time."""
    path = os.path.expanduser("~/.myclient/login.json")
    with open(path, "w") as f:
        json.dump({"username": username, "password": password}, f)
`,
  ),
  bad(
    "CWE-532",
    "batch9: login failure log line includes the password",
    src`
import logging

logger = logging.getLogger("auth")

def login(username: str, password: str) -> bool:
    """Check the credentials against the directory."""
    ok = directory_bind(username, password)
    if not ok:
        logger.warning("login failed for %s with password %s", username, password)
    return ok
`,
  ),
  bad(
    "CWE-1204",
    "batch9: AES-CBC IV derived from the key",
    src`
import hashlib
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

def encrypt(key: bytes, data: bytes) -> bytes:
    """Encrypt a message for the partner system."""
    iv = hashlib.md5(key).digest()
    return AES.new(key, AES.MODE_CBC, iv).encrypt(pad(data, 16))
`,
  ),
  bad(
    "CWE-862",
    "batch9: Flask invoice endpoint returns any invoice by id",
    src`
from flask import Flask, jsonify
from flask_login import login_required

app = Flask(__name__)

@app.route("/invoices/<int:invoice_id>")
@login_required
def get_invoice(invoice_id):
    """Show one of the current user's invoices."""
    inv = Invoice.query.get_or_404(invoice_id)
    return jsonify(inv.to_dict())
`,
  ),
  good(
    "CWE-862",
    "batch9: Flask invoice endpoint scoped to the current user",
    src`
from flask import Flask, jsonify
from flask_login import current_user, login_required

app = Flask(__name__)

@app.route("/invoices/<int:invoice_id>")
@login_required
def get_invoice(invoice_id):
    """Show one of the current user's invoices."""
    inv = Invoice.query.filter_by(id=invoice_id, owner_id=current_user.id).first_or_404()
    return jsonify(inv.to_dict())
`,
  ),
];
