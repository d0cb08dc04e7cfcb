// Dev suite "py-snippets", batch 26 (see py-snippets.ts): written blind (before any fix of its own, without reading
// the rules these cases exercise), as the small one-weakness functions an insecure-code set built from CWE
// descriptions holds, over a wide spread of CWEs: prefix checks on outbound URLs, paths joined under a base,
// os.popen and shell=True helpers, HTML answers built by concatenation, Jinja2 without autoescape, psycopg2 and
// sqlite3 by formatting, python-ldap filters, compile/exec and eval of lambdas, Content-Disposition from the query,
// log lines from a form, tracebacks in Django answers, SMTP and FTP logins, JWTs signed with a literal, EC keys on
// small curves, DSA 1024, Blowfish, static CBC IVs, random tokens, tiny secrets tokens, pid seeds, PyJWT with the
// signature check off, os.access before open, files in /tmp named by the pid, session ids taken from the query,
// loops sized by the client, admin flags from cookies, duplicate dict keys, ssl.wrap_socket, marshal and shelve,
// empty password validators, identity comparison of secrets, SAX external entities, XPath by concatenation,
// swallowed verification errors, regexes from the query, wide modes, unsalted and fixed-salt hashes, DTD loading,
// recv loops without an exit, urlopen SSRF, MongoDB $where and IVs from random. Fixed twins are what a careful
// reviewer would accept. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH26: DevCase[] = [
  // ---------------- CWE-20: incomplete validation ----------------
  bad(
    "CWE-20",
    "batch26: webhook target accepted when it starts with the partner's https prefix",
    src`
import requests

def call_partner(url, payload):
    if not url.startswith("https://api.partner.com"):
        raise ValueError("untrusted target")
    return requests.post(url, json=payload, timeout=10)
`,
  ),
  good(
    "CWE-20",
    "batch26: webhook target accepted when its parsed host is exactly the partner's",
    src`
from urllib.parse import urlparse
import requests

def call_partner(url, payload):
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname != "api.partner.com":
        raise ValueError("untrusted target")
    return requests.post(url, json=payload, timeout=10)
`,
  ),

  // ---------------- CWE-22: path traversal ----------------
  bad(
    "CWE-22",
    "batch26: Django view opens a document under the docs folder by its query name",
    src`
import os
from django.http import HttpResponse

DOCS_DIR = "/srv/app/docs"

def read_doc(request):
    name = request.GET["doc"]
    with open(os.path.join(DOCS_DIR, name), "rb") as fh:
        return HttpResponse(fh.read(), content_type="application/octet-stream")
`,
  ),
  good(
    "CWE-22",
    "batch26: Django view resolves the document path and checks it stays under the docs folder",
    src`
import os
from django.http import HttpResponse, Http404

DOCS_DIR = "/srv/app/docs"

def read_doc(request):
    name = request.GET["doc"]
    path = os.path.realpath(os.path.join(DOCS_DIR, name))
    if os.path.commonpath([path, DOCS_DIR]) != DOCS_DIR:
        raise Http404()
    with open(path, "rb") as fh:
        return HttpResponse(fh.read(), content_type="application/octet-stream")
`,
  ),
  bad(
    "CWE-22",
    "batch26: Flask route deletes an avatar named by the client",
    src`
import os
from flask import Flask, request

app = Flask(__name__)
AVATARS = "/var/www/avatars"

@app.route("/avatar/delete", methods=["POST"])
def delete_avatar():
    filename = request.form["filename"]
    os.remove(AVATARS + "/" + filename)
    return "", 204
`,
  ),

  // ---------------- CWE-78: OS command injection ----------------
  bad(
    "CWE-78",
    "batch26: DNS lookup helper passes the host to os.popen",
    src`
import os

def lookup(host):
    return os.popen("nslookup " + host).read()

if __name__ == "__main__":
    print(lookup(input("host: ")))
`,
  ),
  good(
    "CWE-78",
    "batch26: DNS lookup helper runs nslookup with an argument list",
    src`
import subprocess

def lookup(host):
    return subprocess.run(["nslookup", host], capture_output=True, text=True).stdout

if __name__ == "__main__":
    print(lookup(input("host: ")))
`,
  ),
  bad(
    "CWE-78",
    "batch26: Flask route filters git log by an author from the query through a shell",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)

@app.route("/commits")
def commits():
    author = request.args.get("author", "")
    out = subprocess.check_output(f"git log --oneline --author={author}", shell=True)
    return out.decode()
`,
  ),
  good(
    "CWE-78",
    "batch26: Flask route filters git log by an author passed as one argv item",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)

@app.route("/commits")
def commits():
    author = request.args.get("author", "")
    out = subprocess.check_output(["git", "log", "--oneline", "--author=" + author])
    return out.decode()
`,
  ),

  // ---------------- CWE-79 / CWE-80: cross-site scripting ----------------
  bad(
    "CWE-79",
    "batch26: Flask greeting page concatenates the name into HTML",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)

@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    return make_response("<h1>Hello " + name + "</h1>")
`,
  ),
  good(
    "CWE-79",
    "batch26: Flask greeting page escapes the name with markupsafe",
    src`
from flask import Flask, request, make_response
from markupsafe import escape

app = Flask(__name__)

@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    return make_response("<h1>Hello " + str(escape(name)) + "</h1>")
`,
  ),
  bad(
    "CWE-79",
    "batch26: Django search page echoes the query in an f-string HttpResponse",
    src`
from django.http import HttpResponse

def search(request):
    q = request.GET.get("q", "")
    return HttpResponse(f"<p>No results for <b>{q}</b></p>")
`,
  ),
  good(
    "CWE-79",
    "batch26: Django search page escapes the query with django.utils.html.escape",
    src`
from django.http import HttpResponse
from django.utils.html import escape

def search(request):
    q = request.GET.get("q", "")
    return HttpResponse(f"<p>No results for <b>{escape(q)}</b></p>")
`,
  ),
  bad(
    "CWE-80",
    "batch26: comment renderer uses a Jinja2 Environment with autoescape off",
    src`
from jinja2 import Environment, FileSystemLoader

env = Environment(loader=FileSystemLoader("templates"), autoescape=False)

def render_comment(comment):
    return env.get_template("comment.html").render(body=comment)
`,
  ),
  good(
    "CWE-80",
    "batch26: comment renderer uses a Jinja2 Environment with select_autoescape",
    src`
from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))

def render_comment(comment):
    return env.get_template("comment.html").render(body=comment)
`,
  ),

  // ---------------- CWE-89: SQL injection ----------------
  bad(
    "CWE-89",
    "batch26: psycopg2 lookup formats the user name into the query with str.format",
    src`
import psycopg2

def find_user(conn, name):
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users WHERE name = '{}'".format(name))
    return cur.fetchone()
`,
  ),
  good(
    "CWE-89",
    "batch26: psycopg2 lookup passes the user name as a parameter",
    src`
import psycopg2

def find_user(conn, name):
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users WHERE name = %s", (name,))
    return cur.fetchone()
`,
  ),
  bad(
    "CWE-89",
    "batch26: Flask route deletes a note by an id %-formatted into sqlite3 SQL",
    src`
import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.route("/notes/delete", methods=["POST"])
def delete_note():
    note_id = request.form["id"]
    db = sqlite3.connect("notes.db")
    db.execute("DELETE FROM notes WHERE id = %s" % note_id)
    db.commit()
    return "ok"
`,
  ),
  good(
    "CWE-89",
    "batch26: Flask route deletes a note by a bound sqlite3 parameter",
    src`
import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.route("/notes/delete", methods=["POST"])
def delete_note():
    note_id = request.form["id"]
    db = sqlite3.connect("notes.db")
    db.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    db.commit()
    return "ok"
`,
  ),

  // ---------------- CWE-90: LDAP injection ----------------
  bad(
    "CWE-90",
    "batch26: python-ldap search filter concatenates the e-mail from the form",
    src`
import ldap
from flask import Flask, request

app = Flask(__name__)

@app.route("/directory", methods=["POST"])
def directory():
    email = request.form["email"]
    conn = ldap.initialize("ldap://ldap.corp.local")
    res = conn.search_s("ou=people,dc=corp,dc=local", ldap.SCOPE_SUBTREE, "(mail=" + email + ")")
    return {"count": len(res)}
`,
  ),
  good(
    "CWE-90",
    "batch26: python-ldap search filter escapes the e-mail with escape_filter_chars",
    src`
import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)

@app.route("/directory", methods=["POST"])
def directory():
    email = escape_filter_chars(request.form["email"])
    conn = ldap.initialize("ldap://ldap.corp.local")
    res = conn.search_s("ou=people,dc=corp,dc=local", ldap.SCOPE_SUBTREE, "(mail=" + email + ")")
    return {"count": len(res)}
`,
  ),

  // ---------------- CWE-94 / CWE-95: code injection ----------------
  bad(
    "CWE-94",
    "batch26: plugin endpoint compiles and executes code posted by the client",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/run", methods=["POST"])
def run_snippet():
    code = compile(request.form["snippet"], "<snippet>", "exec")
    scope = {}
    exec(code, scope)
    return str(scope.get("result"))
`,
  ),
  bad(
    "CWE-95",
    "batch26: pricing rule turns a formula from the query into a lambda with eval",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/price")
def price():
    formula = request.args["formula"]
    fn = eval("lambda base: " + formula)
    return str(fn(100))
`,
  ),
  good(
    "CWE-95",
    "batch26: settings value from the query parsed with ast.literal_eval",
    src`
import ast
from flask import Flask, request

app = Flask(__name__)

@app.route("/setting")
def setting():
    value = ast.literal_eval(request.args["value"])
    return {"value": value}
`,
  ),

  // ---------------- CWE-113: header splitting ----------------
  bad(
    "CWE-113",
    "batch26: http.server download handler sets Content-Disposition from the query file name",
    src`
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlparse, parse_qs

class DownloadHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlparse(self.path).query)
        name = params.get("name", ["report.csv"])[0]
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Disposition", "attachment; filename=" + name)
        self.end_headers()
        self.wfile.write(b"a,b,c\n")
`,
  ),
  good(
    "CWE-113",
    "batch26: http.server download handler percent-encodes the query file name in Content-Disposition",
    src`
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlparse, parse_qs, quote

class DownloadHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlparse(self.path).query)
        name = params.get("name", ["report.csv"])[0]
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Disposition", "attachment; filename*=UTF-8''" + quote(name))
        self.end_headers()
        self.wfile.write(b"a,b,c\n")
`,
  ),

  // ---------------- CWE-117: log injection ----------------
  bad(
    "CWE-117",
    "batch26: failed login logs the user name from the form by concatenation",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")

@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    log.warning("failed login for " + username)
    return "denied", 401
`,
  ),
  good(
    "CWE-117",
    "batch26: failed login strips CR and LF from the user name before logging",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")

@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"].replace("\r", "").replace("\n", "")
    log.warning("failed login for " + username)
    return "denied", 401
`,
  ),

  // ---------------- CWE-209 / CWE-215: error and debug exposure ----------------
  bad(
    "CWE-209",
    "batch26: Django view returns traceback.format_exc() on failure",
    src`
import traceback
from django.http import HttpResponse

def report(request):
    try:
        return HttpResponse(build_report(request.GET["id"]))
    except Exception:
        return HttpResponse(traceback.format_exc(), status=500)
`,
  ),
  good(
    "CWE-209",
    "batch26: Django view logs the traceback and returns a generic message",
    src`
import logging
from django.http import HttpResponse

log = logging.getLogger(__name__)

def report(request):
    try:
        return HttpResponse(build_report(request.GET["id"]))
    except Exception:
        log.exception("report failed")
        return HttpResponse("internal error", status=500)
`,
  ),
  bad(
    "CWE-215",
    "batch26: Flask app switches debug on through the attribute and listens on all interfaces",
    src`
from flask import Flask

app = Flask(__name__)
app.debug = True

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000)
`,
  ),
  good(
    "CWE-215",
    "batch26: Flask app runs without debug on all interfaces",
    src`
from flask import Flask

app = Flask(__name__)

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000)
`,
  ),

  // ---------------- CWE-252: unchecked return value ----------------
  bad(
    "CWE-252",
    "batch26: range parser uses re.match's result without checking it matched",
    src`
import re

def parse_range(header):
    m = re.match(r"bytes=(\d+)-(\d+)", header)
    return int(m.group(1)), int(m.group(2))
`,
  ),
  good(
    "CWE-252",
    "batch26: range parser rejects a header that does not match",
    src`
import re

def parse_range(header):
    m = re.match(r"bytes=(\d+)-(\d+)", header)
    if m is None:
        raise ValueError("bad range")
    return int(m.group(1)), int(m.group(2))
`,
  ),

  // ---------------- CWE-259 / CWE-798: hard-coded credentials ----------------
  bad(
    "CWE-259",
    "batch26: alert mailer logs into SMTP over SSL with a password written in the code",
    src`
import smtplib

def send_alert(body):
    with smtplib.SMTP_SSL("smtp.corp.example", 465) as smtp:
        smtp.login("alerts@corp.example", "Wint3r!2024")
        smtp.sendmail("alerts@corp.example", ["ops@corp.example"], body)
`,
  ),
  good(
    "CWE-259",
    "batch26: alert mailer reads the SMTP password from the environment",
    src`
import os
import smtplib

def send_alert(body):
    with smtplib.SMTP_SSL("smtp.corp.example", 465) as smtp:
        smtp.login("alerts@corp.example", os.environ["SMTP_PASSWORD"])
        smtp.sendmail("alerts@corp.example", ["ops@corp.example"], body)
`,
  ),
  bad(
    "CWE-798",
    "batch26: deploy script opens an SSH session as root with a literal password",
    src`
import paramiko

def deploy(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="root", password="t00rPassw0rd")
    client.exec_command("systemctl restart app")
`,
  ),
  good(
    "CWE-798",
    "batch26: deploy script opens an SSH session with a key file named in the environment",
    src`
import os
import paramiko

def deploy(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="deploy", key_filename=os.environ["DEPLOY_KEY"])
    client.exec_command("systemctl restart app")
`,
  ),

  // ---------------- CWE-269: privilege from the client ----------------
  bad(
    "CWE-269",
    "batch26: sign-up stores the is_admin flag the form sent",
    src`
from flask import Flask, request
from models import User, db

app = Flask(__name__)

@app.route("/signup", methods=["POST"])
def signup():
    user = User(
        email=request.form["email"],
        is_admin=request.form.get("is_admin") == "1",
    )
    db.session.add(user)
    db.session.commit()
    return "created", 201
`,
  ),
  good(
    "CWE-269",
    "batch26: sign-up always creates ordinary users",
    src`
from flask import Flask, request
from models import User, db

app = Flask(__name__)

@app.route("/signup", methods=["POST"])
def signup():
    user = User(email=request.form["email"], is_admin=False)
    db.session.add(user)
    db.session.commit()
    return "created", 201
`,
  ),

  // ---------------- CWE-295: certificate validation ----------------
  bad(
    "CWE-295",
    "batch26: status fetcher opens the URL with ssl._create_unverified_context",
    src`
import ssl
import urllib.request

def fetch_status(url):
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=ctx) as resp:
        return resp.read()
`,
  ),
  good(
    "CWE-295",
    "batch26: status fetcher opens the URL with ssl.create_default_context",
    src`
import ssl
import urllib.request

def fetch_status(url):
    ctx = ssl.create_default_context()
    with urllib.request.urlopen(url, context=ctx) as resp:
        return resp.read()
`,
  ),
  bad(
    "CWE-295",
    "batch26: httpx client for the billing API created with verify=False",
    src`
import httpx

client = httpx.Client(base_url="https://billing.internal", verify=False)

def invoices(customer_id):
    return client.get(f"/customers/{customer_id}/invoices").json()
`,
  ),

  // ---------------- CWE-312 / CWE-319: cleartext ----------------
  bad(
    "CWE-312",
    "batch26: credential helper writes the plaintext password to a file",
    src`
def remember_login(user, password):
    with open("credentials.txt", "w") as f:
        f.write(f"{user}:{password}\n")
`,
  ),
  bad(
    "CWE-319",
    "batch26: backup upload logs into plain FTP",
    src`
from ftplib import FTP

def upload_backup(path, user, password):
    ftp = FTP("backup.corp.example")
    ftp.login(user, password)
    with open(path, "rb") as fh:
        ftp.storbinary("STOR backup.tar.gz", fh)
    ftp.quit()
`,
  ),
  good(
    "CWE-319",
    "batch26: backup upload logs into FTP over TLS and protects the data channel",
    src`
from ftplib import FTP_TLS

def upload_backup(path, user, password):
    ftp = FTP_TLS("backup.corp.example")
    ftp.login(user, password)
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary("STOR backup.tar.gz", fh)
    ftp.quit()
`,
  ),

  // ---------------- CWE-321: hard-coded keys ----------------
  bad(
    "CWE-321",
    "batch26: PyJWT tokens signed with a secret written in the module",
    src`
import jwt

SECRET = "my-jwt-signing-secret-2024"

def issue(user_id):
    return jwt.encode({"sub": user_id}, SECRET, algorithm="HS256")
`,
  ),
  good(
    "CWE-321",
    "batch26: PyJWT tokens signed with a secret read from the environment",
    src`
import os
import jwt

SECRET = os.environ["JWT_SECRET"]

def issue(user_id):
    return jwt.encode({"sub": user_id}, SECRET, algorithm="HS256")
`,
  ),

  // ---------------- CWE-326 / CWE-327: weak keys and algorithms ----------------
  bad(
    "CWE-326",
    "batch26: device key generated on the SECP192R1 curve",
    src`
from cryptography.hazmat.primitives.asymmetric import ec

def device_key():
    return ec.generate_private_key(ec.SECP192R1())
`,
  ),
  good(
    "CWE-326",
    "batch26: device key generated on the SECP384R1 curve",
    src`
from cryptography.hazmat.primitives.asymmetric import ec

def device_key():
    return ec.generate_private_key(ec.SECP384R1())
`,
  ),
  bad(
    "CWE-326",
    "batch26: PyCryptodome DSA signing key of 1024 bits",
    src`
from Crypto.PublicKey import DSA

def signing_key():
    return DSA.generate(1024)
`,
  ),
  bad(
    "CWE-327",
    "batch26: password digest computed with hashlib.sha1",
    src`
import hashlib

def store_password(db, user, password):
    digest = hashlib.sha1(password.encode()).hexdigest()
    db.execute("UPDATE users SET pw = ? WHERE name = ?", (digest, user))
`,
  ),

  // ---------------- CWE-329 / CWE-1204: IVs ----------------
  bad(
    "CWE-329",
    "batch26: cryptography AES-CBC with an IV written in the code",
    src`
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

IV = b"1234567890abcdef"

def encrypt(key, padded):
    enc = Cipher(algorithms.AES(key), modes.CBC(IV)).encryptor()
    return enc.update(padded) + enc.finalize()
`,
  ),
  good(
    "CWE-329",
    "batch26: cryptography AES-CBC with a fresh os.urandom IV",
    src`
import os
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def encrypt(key, padded):
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(padded) + enc.finalize()
`,
  ),
  bad(
    "CWE-1204",
    "batch26: PyCryptodome AES-CBC with an IV drawn from random.getrandbits",
    src`
import random
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

def encrypt(key, data):
    iv = random.getrandbits(128).to_bytes(16, "big")
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, 16))
`,
  ),

  // ---------------- CWE-330 / CWE-331 / CWE-339: randomness ----------------
  bad(
    "CWE-330",
    "batch26: session id made of random.randint digits",
    src`
import random

def new_session_id():
    return "".join(str(random.randint(0, 9)) for _ in range(24))
`,
  ),
  bad(
    "CWE-331",
    "batch26: invitation token of only four random bytes",
    src`
import secrets

def invite_token():
    return secrets.token_urlsafe(4)
`,
  ),
  good(
    "CWE-331",
    "batch26: invitation token of thirty-two random bytes",
    src`
import secrets

def invite_token():
    return secrets.token_urlsafe(32)
`,
  ),
  bad(
    "CWE-339",
    "batch26: key material drawn after seeding random with the process id",
    src`
import os
import random

def make_key():
    random.seed(os.getpid())
    return bytes(random.getrandbits(8) for _ in range(32))
`,
  ),

  // ---------------- CWE-347: JWT signature ----------------
  bad(
    "CWE-347",
    "batch26: PyJWT decode with options verify_signature False",
    src`
import jwt

def current_user(token, key):
    claims = jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": False})
    return claims["sub"]
`,
  ),
  good(
    "CWE-347",
    "batch26: PyJWT decode with the signature checked",
    src`
import jwt

def current_user(token, key):
    claims = jwt.decode(token, key, algorithms=["HS256"])
    return claims["sub"]
`,
  ),

  // ---------------- CWE-367: TOCTOU ----------------
  bad(
    "CWE-367",
    "batch26: os.access checked before the file is opened for writing",
    src`
import os

def append_note(path, text):
    if os.access(path, os.W_OK):
        with open(path, "a") as fh:
            fh.write(text)
`,
  ),

  // ---------------- CWE-377: insecure temporary files ----------------
  bad(
    "CWE-377",
    "batch26: report written to a /tmp path named by the process id",
    src`
import os

def write_report(rows):
    path = "/tmp/report_%d.csv" % os.getpid()
    with open(path, "w") as fh:
        fh.writelines(rows)
    return path
`,
  ),
  good(
    "CWE-377",
    "batch26: report written to a NamedTemporaryFile",
    src`
import tempfile

def write_report(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh:
        fh.writelines(rows)
        return fh.name
`,
  ),

  // ---------------- CWE-384: session fixation ----------------
  bad(
    "CWE-384",
    "batch26: login sets the session cookie to the sid the query supplied",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)
SESSIONS = {}

@app.route("/login", methods=["POST"])
def login():
    sid = request.args.get("sid")
    SESSIONS[sid] = request.form["username"]
    resp = make_response("welcome")
    resp.set_cookie("sid", sid, secure=True, httponly=True)
    return resp
`,
  ),

  // ---------------- CWE-385: timing ----------------
  bad(
    "CWE-385",
    "batch26: webhook signature compared with ==",
    src`
import hashlib
import hmac

def valid_signature(secret, body, signature):
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return expected == signature
`,
  ),
  good(
    "CWE-385",
    "batch26: webhook signature compared with hmac.compare_digest",
    src`
import hashlib
import hmac

def valid_signature(secret, body, signature):
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
`,
  ),

  // ---------------- CWE-400: resource consumption ----------------
  bad(
    "CWE-400",
    "batch26: export builds as many rows as the client asks for",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/export")
def export():
    count = int(request.args.get("count", "10"))
    rows = [f"row-{i}" for i in range(count)]
    return "\n".join(rows)
`,
  ),
  good(
    "CWE-400",
    "batch26: export caps the row count the client asks for",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/export")
def export():
    count = min(int(request.args.get("count", "10")), 1000)
    rows = [f"row-{i}" for i in range(count)]
    return "\n".join(rows)
`,
  ),

  // ---------------- CWE-434: unrestricted upload ----------------
  bad(
    "CWE-434",
    "batch26: Flask upload saved under the client's file name into the static folder",
    src`
import os
from flask import Flask, request

app = Flask(__name__)

@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    f.save(os.path.join("static/uploads", f.filename))
    return "stored"
`,
  ),
  good(
    "CWE-434",
    "batch26: Flask upload checks the extension and saves under secure_filename",
    src`
import os
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
ALLOWED = {"png", "jpg", "gif"}

@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    name = secure_filename(f.filename)
    if "." not in name or name.rsplit(".", 1)[1].lower() not in ALLOWED:
        abort(400)
    f.save(os.path.join("static/uploads", name))
    return "stored"
`,
  ),

  // ---------------- CWE-454 / CWE-565: trusted values from the client ----------------
  bad(
    "CWE-454",
    "batch26: admin page trusts an is_admin cookie",
    src`
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/admin")
def admin():
    if request.cookies.get("is_admin") != "true":
        abort(403)
    return "admin console"
`,
  ),

  // ---------------- CWE-462: duplicate keys ----------------
  bad(
    "CWE-462",
    "batch26: role table lists the same key twice, the second silently wins",
    src`
ROLE_PERMISSIONS = {
    "viewer": ["read"],
    "editor": ["read", "write"],
    "viewer": ["read", "write", "delete"],
}

def allowed(role, action):
    return action in ROLE_PERMISSIONS.get(role, [])
`,
  ),
  good(
    "CWE-462",
    "batch26: role table with one entry per key",
    src`
ROLE_PERMISSIONS = {
    "viewer": ["read"],
    "editor": ["read", "write"],
    "owner": ["read", "write", "delete"],
}

def allowed(role, action):
    return action in ROLE_PERMISSIONS.get(role, [])
`,
  ),

  // ---------------- CWE-477: obsolete functions ----------------
  bad(
    "CWE-477",
    "batch26: client wraps its socket with the deprecated ssl.wrap_socket",
    src`
import socket
import ssl

def connect(host):
    sock = socket.create_connection((host, 443))
    return ssl.wrap_socket(sock)
`,
  ),
  good(
    "CWE-477",
    "batch26: client wraps its socket with a default context's wrap_socket",
    src`
import socket
import ssl

def connect(host):
    sock = socket.create_connection((host, 443))
    return ssl.create_default_context().wrap_socket(sock, server_hostname=host)
`,
  ),

  // ---------------- CWE-502: deserialisation ----------------
  bad(
    "CWE-502",
    "batch26: job worker unmarshals code objects received over a socket",
    src`
import marshal
import socket

def serve(port):
    srv = socket.socket()
    srv.bind(("0.0.0.0", port))
    srv.listen()
    conn, _ = srv.accept()
    data = conn.recv(65536)
    job = marshal.loads(data)
    return job
`,
  ),
  bad(
    "CWE-502",
    "batch26: preferences restored by unpickling a base64 cookie",
    src`
import base64
import pickle
from flask import Flask, request

app = Flask(__name__)

@app.route("/prefs")
def prefs():
    raw = request.cookies.get("prefs", "")
    data = pickle.loads(base64.b64decode(raw))
    return {"theme": data.get("theme")}
`,
  ),
  good(
    "CWE-502",
    "batch26: preferences restored by JSON-decoding a base64 cookie",
    src`
import base64
import json
from flask import Flask, request

app = Flask(__name__)

@app.route("/prefs")
def prefs():
    raw = request.cookies.get("prefs", "")
    data = json.loads(base64.b64decode(raw))
    return {"theme": data.get("theme")}
`,
  ),
  bad(
    "CWE-502",
    "batch26: YAML config loaded with yaml.load and the full Loader",
    src`
import yaml

def load_config(path):
    with open(path) as fh:
        return yaml.load(fh, Loader=yaml.Loader)
`,
  ),
  good(
    "CWE-502",
    "batch26: YAML config loaded with yaml.safe_load",
    src`
import yaml

def load_config(path):
    with open(path) as fh:
        return yaml.safe_load(fh)
`,
  ),

  // ---------------- CWE-521: weak password rules ----------------
  bad(
    "CWE-521",
    "batch26: Django settings switch every password validator off",
    src`
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["app.example.com"]
AUTH_PASSWORD_VALIDATORS = []
`,
  ),
  bad(
    "CWE-521",
    "batch26: registration accepts any password of four characters or more",
    src`
def register(users, username, password):
    if len(password) < 4:
        raise ValueError("password too short")
    users[username] = password
`,
  ),

  // ---------------- CWE-595: identity comparison ----------------
  bad(
    "CWE-595",
    "batch26: API key compared with the is operator",
    src`
def authorized(presented_key, stored_key):
    return presented_key is stored_key
`,
  ),

  // ---------------- CWE-601: open redirect ----------------
  bad(
    "CWE-601",
    "batch26: Django login redirects to the return_to query value",
    src`
from django.http import HttpResponseRedirect

def after_login(request):
    return HttpResponseRedirect(request.GET.get("return_to", "/"))
`,
  ),
  good(
    "CWE-601",
    "batch26: Django login checks return_to with url_has_allowed_host_and_scheme",
    src`
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

def after_login(request):
    target = request.GET.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return HttpResponseRedirect(target)
`,
  ),

  // ---------------- CWE-611 / CWE-776 / CWE-827: XML ----------------
  bad(
    "CWE-611",
    "batch26: SAX parser with external general entities switched on parses an upload",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges

def parse_upload(stream, handler):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(stream)
`,
  ),
  good(
    "CWE-611",
    "batch26: upload parsed with defusedxml.sax",
    src`
import defusedxml.sax

def parse_upload(stream, handler):
    defusedxml.sax.parse(stream, handler)
`,
  ),
  bad(
    "CWE-776",
    "batch26: Flask endpoint parses the request body with xml.etree.ElementTree",
    src`
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)

@app.route("/import", methods=["POST"])
def import_xml():
    root = ET.fromstring(request.data)
    return {"items": len(root)}
`,
  ),
  good(
    "CWE-776",
    "batch26: Flask endpoint parses the request body with defusedxml.ElementTree",
    src`
import defusedxml.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)

@app.route("/import", methods=["POST"])
def import_xml():
    root = ET.fromstring(request.data)
    return {"items": len(root)}
`,
  ),
  bad(
    "CWE-827",
    "batch26: lxml parser loads and validates against the document's own DTD",
    src`
from lxml import etree

def parse_invoice(data):
    parser = etree.XMLParser(load_dtd=True, dtd_validation=True)
    return etree.fromstring(data, parser)
`,
  ),

  // ---------------- CWE-643: XPath injection ----------------
  bad(
    "CWE-643",
    "batch26: lxml XPath built by concatenating the user name",
    src`
from lxml import etree

def find_user(tree, name):
    return tree.xpath("//user[@name='" + name + "']")
`,
  ),
  good(
    "CWE-643",
    "batch26: lxml XPath with the user name bound as a variable",
    src`
from lxml import etree

def find_user(tree, name):
    return tree.xpath("//user[@name=$name]", name=name)
`,
  ),

  // ---------------- CWE-703: swallowed errors ----------------
  bad(
    "CWE-703",
    "batch26: signature check failure swallowed by a bare except and pass",
    src`
def load_update(package, verify_signature):
    try:
        verify_signature(package)
    except:
        pass
    return package.install()
`,
  ),

  // ---------------- CWE-730 / CWE-1333: regular expressions ----------------
  bad(
    "CWE-730",
    "batch26: search endpoint compiles the pattern from the query",
    src`
import re
from flask import Flask, request

app = Flask(__name__)
LINES = open("catalog.txt").read().splitlines()

@app.route("/grep")
def grep():
    pattern = re.compile(request.args["pattern"])
    return "\n".join(l for l in LINES if pattern.search(l))
`,
  ),
  good(
    "CWE-730",
    "batch26: search endpoint escapes the query before compiling it",
    src`
import re
from flask import Flask, request

app = Flask(__name__)
LINES = open("catalog.txt").read().splitlines()

@app.route("/grep")
def grep():
    pattern = re.compile(re.escape(request.args["pattern"]))
    return "\n".join(l for l in LINES if pattern.search(l))
`,
  ),
  bad(
    "CWE-1333",
    "batch26: sentence validator with a nested repeated group",
    src`
import re

SENTENCE = re.compile(r"^([a-zA-Z0-9]+\s?)*$")

def is_sentence(text):
    return SENTENCE.match(text) is not None
`,
  ),
  good(
    "CWE-1333",
    "batch26: sentence validator without nested repetition",
    src`
import re

SENTENCE = re.compile(r"^[a-zA-Z0-9]+(?: [a-zA-Z0-9]+)*$")

def is_sentence(text):
    return SENTENCE.match(text) is not None
`,
  ),

  // ---------------- CWE-732: permissions ----------------
  bad(
    "CWE-732",
    "batch26: cache directory created with mode 0o777",
    src`
import os

def cache_dir(base):
    path = os.path.join(base, "cache")
    os.makedirs(path, mode=0o777, exist_ok=True)
    return path
`,
  ),
  good(
    "CWE-732",
    "batch26: cache directory created with mode 0o700",
    src`
import os

def cache_dir(base):
    path = os.path.join(base, "cache")
    os.makedirs(path, mode=0o700, exist_ok=True)
    return path
`,
  ),
  bad(
    "CWE-732",
    "batch26: token file made world-writable with pathlib chmod",
    src`
from pathlib import Path

def save_token(token):
    p = Path.home() / ".app_token"
    p.write_text(token)
    p.chmod(0o666)
`,
  ),

  // ---------------- CWE-759 / CWE-760: password hashing ----------------
  bad(
    "CWE-759",
    "batch26: password stored as an unsalted SHA-256 digest",
    src`
import hashlib

def hash_password(password):
    return hashlib.sha256(password.encode()).hexdigest()
`,
  ),
  good(
    "CWE-759",
    "batch26: password stored as PBKDF2 with a random salt",
    src`
import hashlib
import os

def hash_password(password):
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
`,
  ),
  bad(
    "CWE-760",
    "batch26: password stored as PBKDF2 with a salt written in the code",
    src`
import hashlib

def hash_password(password):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), b"s3cr3t-salt", 600_000)
`,
  ),

  // ---------------- CWE-835: infinite loop ----------------
  bad(
    "CWE-835",
    "batch26: receive loop never leaves when the peer closes the connection",
    src`
def read_all(conn):
    buf = b""
    while True:
        chunk = conn.recv(4096)
        buf += chunk
        if buf.endswith(b"\r\n\r\n"):
            return buf
`,
  ),
  good(
    "CWE-835",
    "batch26: receive loop stops when recv returns no data",
    src`
def read_all(conn):
    buf = b""
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            return buf
        buf += chunk
        if buf.endswith(b"\r\n\r\n"):
            return buf
`,
  ),

  // ---------------- CWE-918: SSRF ----------------
  bad(
    "CWE-918",
    "batch26: Flask endpoint fetches the callback URL from the JSON body with urlopen",
    src`
import urllib.request
from flask import Flask, request

app = Flask(__name__)

@app.route("/ping-callback", methods=["POST"])
def ping_callback():
    url = request.get_json()["callback"]
    with urllib.request.urlopen(url, timeout=5) as resp:
        return {"status": resp.status}
`,
  ),
  good(
    "CWE-918",
    "batch26: Flask endpoint fetches only callbacks on an allow-listed host",
    src`
import urllib.request
from urllib.parse import urlparse
from flask import Flask, request, abort

app = Flask(__name__)
ALLOWED_HOSTS = {"hooks.example.com"}

@app.route("/ping-callback", methods=["POST"])
def ping_callback():
    url = request.get_json()["callback"]
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        abort(400)
    with urllib.request.urlopen(url, timeout=5) as resp:
        return {"status": resp.status}
`,
  ),

  // ---------------- CWE-943: NoSQL injection ----------------
  bad(
    "CWE-943",
    "batch26: pymongo $where clause built from the query name",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient()["shop"]

@app.route("/orders")
def orders():
    name = request.args["name"]
    docs = db.orders.find({"$where": "this.customer == '" + name + "'"})
    return {"count": len(list(docs))}
`,
  ),
  good(
    "CWE-943",
    "batch26: pymongo equality filter on the query name as a string",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient()["shop"]

@app.route("/orders")
def orders():
    name = str(request.args["name"])
    docs = db.orders.find({"customer": name})
    return {"count": len(list(docs))}
`,
  ),
];
