// Dev suite "py-snippets", batch 12 (see py-snippets.ts): written blind after the batch11 fixes, measured before
// any fix it prompted. The common classes again (command, SQL, path, deserialisation, secrets, crypto, TLS, SSRF,
// redirects, eval) in shapes the earlier batches lack: commands joined from lists, queries grown with +=, pickle
// caches, joblib/shelve stores, secret defaults in os.environ.get, Referer redirects, unverified urlopen contexts,
// plaintext password comparison and secrets kept in the session. Fixed twins are what a careful reviewer would
// accept. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH12: DevCase[] = [
  bad(
    "CWE-78",
    "batch12: command joined from a list and run with shell=True",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)

@app.route("/du")
def disk_usage():
    """Show the size of a project folder."""
    folder = request.args.get("folder", ".")
    cmd = " ".join(["du", "-sh", folder])
    out = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE).communicate()[0]
    return out.decode()
`,
  ),
  good(
    "CWE-78",
    "batch12: du run with an argument list",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)

@app.route("/du")
def disk_usage():
    """Show the size of a project folder."""
    folder = request.args.get("folder", ".")
    out = subprocess.run(["du", "-sh", "--", folder], capture_output=True, check=False).stdout
    return out.decode()
`,
  ),
  bad(
    "CWE-78",
    "batch12: subprocess.getoutput with an f-string of the package name",
    src`
import subprocess

def package_version(name: str) -> str:
    """Return the installed version of a Debian package (name typed in the admin UI)."""
    return subprocess.getoutput(f"dpkg -s {name} | grep '^Version:'")
`,
  ),
  bad(
    "CWE-78",
    "batch12: os.execl of sh -c with the job's command line",
    src`
import os
import sys

def run_job(job_line: str) -> None:
    """Replace this worker process with the job read from the queue."""
    os.execl("/bin/sh", "sh", "-c", "nice -n 10 " + job_line)

if __name__ == "__main__":
    run_job(sys.stdin.readline())
`,
  ),
  bad(
    "CWE-89",
    "batch12: query grown with += from filter arguments",
    src`
import sqlite3

def find_books(db: sqlite3.Connection, author=None, year=None):
    """Search the catalogue; the filters come from the search form."""
    sql = "SELECT title FROM books WHERE 1=1"
    if author:
        sql += " AND author = '" + author + "'"
    if year:
        sql += " AND year = " + str(year)
    return db.execute(sql).fetchall()
`,
  ),
  good(
    "CWE-89",
    "batch12: query grown with placeholders and a parameter list",
    src`
import sqlite3

def find_books(db: sqlite3.Connection, author=None, year=None):
    """Search the catalogue; the filters come from the search form."""
    sql = "SELECT title FROM books WHERE 1=1"
    params = []
    if author:
        sql += " AND author = ?"
        params.append(author)
    if year:
        sql += " AND year = ?"
        params.append(int(year))
    return db.execute(sql, params).fetchall()
`,
  ),
  bad(
    "CWE-89",
    "batch12: table name from the command line in a DELETE",
    src`
import argparse
import psycopg2

def main():
    """Purge old rows from the given log table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("table")
    ap.add_argument("--days", type=int, default=30)
    a = ap.parse_args()
    conn = psycopg2.connect("dbname=logs")
    with conn, conn.cursor() as cur:
        cur.execute(f"DELETE FROM {a.table} WHERE created < now() - interval '{a.days} days'")

if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-89",
    "batch12: table name quoted with psycopg2.sql.Identifier",
    src`
import argparse
import psycopg2
from psycopg2 import sql

def main():
    """Purge old rows from the given log table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("table")
    ap.add_argument("--days", type=int, default=30)
    a = ap.parse_args()
    conn = psycopg2.connect("dbname=logs")
    with conn, conn.cursor() as cur:
        q = sql.SQL("DELETE FROM {} WHERE created < now() - %s * interval '1 day'").format(sql.Identifier(a.table))
        cur.execute(q, (a.days,))

if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-89",
    "batch12: pandas read_sql_query with a concatenated customer id",
    src`
import pandas as pd
import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.route("/orders.csv")
def orders_csv():
    """Export a customer's orders as CSV."""
    con = sqlite3.connect("shop.db")
    df = pd.read_sql_query("SELECT * FROM orders WHERE customer_id = " + request.args["customer"], con)
    return df.to_csv(index=False)
`,
  ),
  bad(
    "CWE-22",
    "batch12: send_file of a path taken straight from the query",
    src`
from flask import Flask, request, send_file

app = Flask(__name__)

@app.route("/attachment")
def attachment():
    """Download an attachment by its stored path."""
    return send_file(request.args["path"], as_attachment=True)
`,
  ),
  bad(
    "CWE-22",
    "batch12: pathlib unlink of a user-named draft",
    src`
from pathlib import Path
from flask import Flask, request

app = Flask(__name__)
DRAFTS = Path("/srv/app/drafts")

@app.route("/drafts/delete", methods=["POST"])
def delete_draft():
    """Delete one of the user's saved drafts."""
    (DRAFTS / request.form["name"]).unlink(missing_ok=True)
    return "deleted"
`,
  ),
  good(
    "CWE-22",
    "batch12: pathlib unlink limited to a plain file name",
    src`
from pathlib import Path
from flask import Flask, request, abort

app = Flask(__name__)
DRAFTS = Path("/srv/app/drafts")

@app.route("/drafts/delete", methods=["POST"])
def delete_draft():
    """Delete one of the user's saved drafts."""
    name = request.form["name"]
    if Path(name).name != name or name.startswith("."):
        abort(400)
    (DRAFTS / name).unlink(missing_ok=True)
    return "deleted"
`,
  ),
  bad(
    "CWE-502",
    "batch12: results cache loaded with pickle from a path in the request",
    src`
import pickle
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/cached")
def cached():
    """Return a cached analysis result by its cache file."""
    with open("/var/cache/analysis/" + request.args["key"], "rb") as f:
        return jsonify(pickle.load(f))
`,
  ),
  bad(
    "CWE-502",
    "batch12: joblib loads an uploaded model",
    src`
import joblib
from flask import Flask, request

app = Flask(__name__)

@app.route("/score", methods=["POST"])
def score():
    """Score a row with the model file the data scientist uploads."""
    model = joblib.load(request.files["model"])
    return {"score": float(model.predict([request.json["row"]])[0])}
`,
  ),
  good(
    "CWE-502",
    "batch12: model loaded from the deployment's own file",
    src`
import joblib
from flask import Flask, request

app = Flask(__name__)
MODEL = joblib.load("/srv/models/current.joblib")

@app.route("/score", methods=["POST"])
def score():
    """Score a row with the deployed model."""
    return {"score": float(MODEL.predict([request.json["row"]])[0])}
`,
  ),
  bad(
    "CWE-502",
    "batch12: shelve opened at a name from the query",
    src`
import shelve
from flask import Flask, request

app = Flask(__name__)

@app.route("/prefs")
def prefs():
    """Read a user's saved preferences store."""
    with shelve.open("/srv/prefs/" + request.args["user"]) as db:
        return dict(db)
`,
  ),
  bad(
    "CWE-798",
    "batch12: database password used as the environment default",
    src`
import os
import pymysql

def connect():
    """Connect to the orders database."""
    return pymysql.connect(
        host=os.environ.get("DB_HOST", "localhost"),
        user=os.environ.get("DB_USER", "orders"),
        password=os.environ.get("DB_PASSWORD", "0rd3rs-Pr0d!"),
        database="orders",
    )
`,
  ),
  good(
    "CWE-798",
    "batch12: database password required from the environment",
    src`
import os
import pymysql

def connect():
    """Connect to the orders database."""
    return pymysql.connect(
        host=os.environ.get("DB_HOST", "localhost"),
        user=os.environ.get("DB_USER", "orders"),
        password=os.environ["DB_PASSWORD"],
        database="orders",
    )
`,
  ),
  bad(
    "CWE-798",
    "batch12: Redis client with the password in code",
    src`
import redis

cache = redis.Redis(host="cache.internal", port=6379, password="r3d1s-c4che-pw", db=0)

def remember(key: str, value: str) -> None:
    """Cache a value for an hour."""
    cache.setex(key, 3600, value)
`,
  ),
  bad(
    "CWE-798",
    "batch12: OpenAI-style client constructed with a literal key",
    src`
from openai import OpenAI

client = OpenAI(api_key="sk-proj-4fJ9xQ2mLzR8vT1bN6yH3kW0pD5sA7cE")

def summarise(text: str) -> str:
    """Summarise a support ticket."""
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    return r.choices[0].message.content
`,
  ),
  bad(
    "CWE-328",
    "batch12: md5 digest used to detect duplicate uploads by content",
    src`
import hashlib

def content_id(data: bytes) -> str:
    """Identifier for an uploaded file; two uploads with the same id are treated as the same file."""
    return hashlib.md5(data).hexdigest()
`,
  ),
  good(
    "CWE-328",
    "batch12: sha256 digest for upload identity",
    src`
import hashlib

def content_id(data: bytes) -> str:
    """Identifier for an uploaded file; two uploads with the same id are treated as the same file."""
    return hashlib.sha256(data).hexdigest()
`,
  ),
  bad(
    "CWE-327",
    "batch12: cryptography TripleDES in CBC mode",
    src`
import os
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def encrypt_record(key: bytes, data: bytes) -> bytes:
    """Encrypt a patient record (data is already padded to 8 bytes)."""
    iv = os.urandom(8)
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()
`,
  ),
  bad(
    "CWE-338",
    "batch12: session id from random.random",
    src`
import hashlib
import random

def new_session_id(user_id: int) -> str:
    """Session identifier stored in the session cookie."""
    return hashlib.sha256(f"{user_id}:{random.random()}".encode()).hexdigest()
`,
  ),
  good(
    "CWE-338",
    "batch12: session id from SystemRandom",
    src`
import random

_rng = random.SystemRandom()

def new_session_id(user_id: int) -> str:
    """Session identifier stored in the session cookie."""
    return "%064x" % _rng.getrandbits(256)
`,
  ),
  bad(
    "CWE-295",
    "batch12: urlopen with an unverified SSL context",
    src`
import ssl
import urllib.request

def fetch_feed(url: str) -> bytes:
    """Download the supplier's price feed."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with urllib.request.urlopen(url, context=ctx, timeout=30) as r:
        return r.read()
`,
  ),
  good(
    "CWE-295",
    "batch12: urlopen with the default verified context",
    src`
import ssl
import urllib.request

def fetch_feed(url: str) -> bytes:
    """Download the supplier's price feed."""
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/supplier-ca.pem")
    with urllib.request.urlopen(url, context=ctx, timeout=30) as r:
        return r.read()
`,
  ),
  bad(
    "CWE-295",
    "batch12: verification taken from an environment flag that defaults to off",
    src`
import os
import requests

VERIFY_TLS = os.environ.get("VERIFY_TLS", "false").lower() == "true"

def post_event(event: dict) -> None:
    """Send an event to the collector."""
    requests.post("https://collector.internal/events", json=event, verify=VERIFY_TLS, timeout=5)
`,
  ),
  bad(
    "CWE-918",
    "batch12: status check builds the URL from a host parameter",
    src`
import urllib.request
from flask import Flask, request

app = Flask(__name__)

@app.route("/service-status")
def service_status():
    """Ask a service's /health endpoint whether it is up."""
    host = request.args["host"]
    with urllib.request.urlopen("http://" + host + "/health", timeout=3) as r:
        return r.read()
`,
  ),
  good(
    "CWE-918",
    "batch12: status check limited to known services",
    src`
import urllib.request
from flask import Flask, request, abort

app = Flask(__name__)
SERVICES = {"billing": "billing.internal:8080", "search": "search.internal:9200"}

@app.route("/service-status")
def service_status():
    """Ask a service's /health endpoint whether it is up."""
    host = SERVICES.get(request.args["service"])
    if host is None:
        abort(404)
    with urllib.request.urlopen("http://" + host + "/health", timeout=3) as r:
        return r.read()
`,
  ),
  bad(
    "CWE-601",
    "batch12: redirect back to the Referer header",
    src`
from flask import Flask, request, redirect, session

app = Flask(__name__)

@app.route("/lang/<code>")
def set_language(code):
    """Switch the interface language and return to the previous page."""
    session["lang"] = code if code in ("en", "de") else "en"
    return redirect(request.headers.get("Referer", "/"))
`,
  ),
  bad(
    "CWE-601",
    "batch12: Django redirect to the next POST field",
    src`
from django.shortcuts import redirect

def switch_team(request):
    """Switch the active team and go to the page the form names."""
    request.session["team_id"] = int(request.POST["team"])
    return redirect(request.POST.get("next", "/"))
`,
  ),
  good(
    "CWE-601",
    "batch12: Django redirect checked against the host",
    src`
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

def switch_team(request):
    """Switch the active team and go to the page the form names."""
    request.session["team_id"] = int(request.POST["team"])
    nxt = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        nxt = "/"
    return redirect(nxt)
`,
  ),
  bad(
    "CWE-95",
    "batch12: filter expression from the JSON body evaluated per row",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)
ROWS = [{"price": 10, "qty": 2}, {"price": 3, "qty": 9}]

@app.route("/filter", methods=["POST"])
def filter_rows():
    """Keep the rows matching a condition like 'price > 5'."""
    cond = request.json["where"]
    return jsonify([r for r in ROWS if eval(cond, {}, r)])
`,
  ),
  bad(
    "CWE-94",
    "batch12: exec of an assignment built from a CLI argument",
    src`
import sys

def set_option(settings: dict, assignment: str) -> None:
    """Apply 'name=value' overrides given on the command line."""
    exec("settings['" + assignment.replace("=", "'] = ", 1), {"settings": settings})

if __name__ == "__main__":
    opts = {}
    for a in sys.argv[1:]:
        set_option(opts, a)
    print(opts)
`,
  ),
  good(
    "CWE-94",
    "batch12: overrides split and parsed as literals",
    src`
import ast
import sys

def set_option(settings: dict, assignment: str) -> None:
    """Apply 'name=value' overrides given on the command line."""
    name, _, raw = assignment.partition("=")
    try:
        settings[name] = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        settings[name] = raw

if __name__ == "__main__":
    opts = {}
    for a in sys.argv[1:]:
        set_option(opts, a)
    print(opts)
`,
  ),
  bad(
    "CWE-732",
    "batch12: secret file from mkstemp opened up to everyone",
    src`
import os
import tempfile

def write_token_file(token: str) -> str:
    """Write the deploy token where the helper process can read it."""
    fd, path = tempfile.mkstemp(prefix="deploy-")
    with os.fdopen(fd, "w") as f:
        f.write(token)
    os.chmod(path, 0o644)
    return path
`,
  ),
  bad(
    "CWE-732",
    "batch12: makedirs with mode 0o777 under a cleared umask",
    src`
import os

CACHE = os.path.expanduser("~/.cache/reporter")

def ensure_cache() -> str:
    """Create the cache folder on first run."""
    old = os.umask(0)
    try:
        os.makedirs(CACHE, 0o777, exist_ok=True)
    finally:
        os.umask(old)
    return CACHE
`,
  ),
  bad(
    "CWE-117",
    "batch12: app.logger warning with the username concatenated",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """Log failed logins for the security team."""
    username = request.form["username"]
    if not check_credentials(username, request.form["password"]):
        app.logger.warning("failed login for " + username)
        return "invalid", 401
    return "ok"
`,
  ),
  good(
    "CWE-117",
    "batch12: failed login logged with the name's repr",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """Log failed logins for the security team."""
    username = request.form["username"]
    if not check_credentials(username, request.form["password"]):
        app.logger.warning("failed login for %r", username.replace("\n", "").replace("\r", ""))
        return "invalid", 401
    return "ok"
`,
  ),
  bad(
    "CWE-256",
    "batch12: login compares the stored plaintext password",
    src`
import sqlite3
from flask import Flask, request, session

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """Log a user in."""
    db = sqlite3.connect("app.db")
    row = db.execute("SELECT id, password FROM users WHERE username = ?", (request.form["username"],)).fetchone()
    if row and row[1] == request.form["password"]:
        session["uid"] = row[0]
        return "welcome"
    return "invalid", 401
`,
  ),
  good(
    "CWE-256",
    "batch12: login checks a password hash",
    src`
import sqlite3
from flask import Flask, request, session
from werkzeug.security import check_password_hash

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """Log a user in."""
    db = sqlite3.connect("app.db")
    row = db.execute("SELECT id, password_hash FROM users WHERE username = ?", (request.form["username"],)).fetchone()
    if row and check_password_hash(row[1], request.form["password"]):
        session["uid"] = row[0]
        return "welcome"
    return "invalid", 401
`,
  ),
  bad(
    "CWE-522",
    "batch12: password kept in the client-side session",
    src`
from flask import Flask, request, session, redirect

app = Flask(__name__)
app.secret_key = open("/run/secrets/flask_key", "rb").read()

@app.route("/login", methods=["POST"])
def login():
    """Log in and remember the credentials for the mail integration."""
    if check_credentials(request.form["username"], request.form["password"]):
        session["username"] = request.form["username"]
        session["password"] = request.form["password"]
        return redirect("/inbox")
    return "invalid", 401
`,
  ),
  bad(
    "CWE-347",
    "batch12: token decoded without verifying expiry or signature options",
    src`
import jwt

PUBLIC_KEY = open("/etc/app/jwt_public.pem").read()

def user_from_token(token: str) -> str:
    """Resolve the user id from an access token issued by the auth service."""
    claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_signature": False, "verify_exp": False})
    return claims["sub"]
`,
  ),
  bad(
    "CWE-611",
    "batch12: lxml XMLParser with network access and entities for a posted SAML response",
    src`
import base64
from lxml import etree
from flask import Flask, request

app = Flask(__name__)

@app.route("/sso/acs", methods=["POST"])
def acs():
    """Read the NameID from the identity provider's SAML response."""
    xml = base64.b64decode(request.form["SAMLResponse"])
    root = etree.fromstring(xml, etree.XMLParser(no_network=False, resolve_entities=True))
    return root.findtext(".//{urn:oasis:names:tc:SAML:2.0:assertion}NameID")
`,
  ),
  bad(
    "CWE-377",
    "batch12: mktemp name in a chosen directory",
    src`
import subprocess
import tempfile

def render_pdf(html: str) -> bytes:
    """Render HTML to PDF with wkhtmltopdf."""
    src = tempfile.mktemp(suffix=".html", dir="/var/tmp")
    out = src.replace(".html", ".pdf")
    with open(src, "w") as f:
        f.write(html)
    subprocess.run(["wkhtmltopdf", src, out], check=True)
    with open(out, "rb") as f:
        return f.read()
`,
  ),
  good(
    "CWE-377",
    "batch12: render in a TemporaryDirectory",
    src`
import os
import subprocess
import tempfile

def render_pdf(html: str) -> bytes:
    """Render HTML to PDF with wkhtmltopdf."""
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "page.html")
        out = os.path.join(d, "page.pdf")
        with open(src, "w") as f:
            f.write(html)
        subprocess.run(["wkhtmltopdf", src, out], check=True)
        with open(out, "rb") as f:
            return f.read()
`,
  ),
  bad(
    "CWE-79",
    "batch12: Markup around an f-string with the user's bio",
    src`
from flask import Flask, render_template
from markupsafe import Markup

app = Flask(__name__)

@app.route("/u/<name>")
def profile(name):
    """Public profile page."""
    user = find_user(name)
    bio_html = Markup(f"<div class='bio'>{user.bio}</div>")
    return render_template("profile.html", user=user, bio=bio_html)
`,
  ),
  good(
    "CWE-79",
    "batch12: Markup.format escapes the bio",
    src`
from flask import Flask, render_template
from markupsafe import Markup

app = Flask(__name__)

@app.route("/u/<name>")
def profile(name):
    """Public profile page."""
    user = find_user(name)
    bio_html = Markup("<div class='bio'>{}</div>").format(user.bio)
    return render_template("profile.html", user=user, bio=bio_html)
`,
  ),
  bad(
    "CWE-400",
    "batch12: regex compiled from the search field and run over every document",
    src`
import re

def grep_documents(docs, pattern: str):
    """Search helper behind the public search box: return titles of documents whose body matches."""
    rx = re.compile(pattern, re.IGNORECASE)
    return [d.title for d in docs if rx.search(d.body)]
`,
  ),
  bad(
    "CWE-306",
    "batch12: internal metrics reset endpoint with no check",
    src`
from fastapi import FastAPI

app = FastAPI()
COUNTERS = {}

@app.post("/internal/metrics/reset")
def reset_metrics():
    """Reset all counters (used by the ops team)."""
    COUNTERS.clear()
    return {"reset": True}
`,
  ),
  bad(
    "CWE-862",
    "batch12: Flask admin user list needs only a login",
    src`
from flask import Flask, jsonify
from flask_login import login_required

app = Flask(__name__)

@app.route("/admin/users")
@login_required
def admin_users():
    """List every account for administrators."""
    return jsonify([u.to_dict() for u in User.query.all()])
`,
  ),
  good(
    "CWE-862",
    "batch12: Flask admin user list checks the admin flag",
    src`
from flask import Flask, jsonify, abort
from flask_login import current_user, login_required

app = Flask(__name__)

@app.route("/admin/users")
@login_required
def admin_users():
    """List every account for administrators."""
    if not current_user.is_admin:
        abort(403)
    return jsonify([u.to_dict() for u in User.query.all()])
`,
  ),
];
