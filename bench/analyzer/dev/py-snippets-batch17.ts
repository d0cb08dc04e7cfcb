// Dev suite "py-snippets", batch 17 (see py-snippets.ts): written blind after the batch16 fixes, measured before
// any fix it prompted. The first half of a CWE-keyed sample list in shapes the earlier batches do not have:
// helper functions whose parameters carry the request's data, scripts reading sys.argv and input(), small classes
// and Flask views; tar patterns passed to a shell, executescript, LIKE clauses, python-ldap filters, formulas
// evaluated per row, database files chosen by name, Set-Cookie from the query, JSON built by hand, logs of form
// fields, loops that run to len() inclusive, environment dumps, database errors shown to the user, app.debug set
// in code, seteuid(0) left on, partial socket sends, literal admin passwords, admin flags from the signup form,
// os.open with 0o666, role checks that only test for login, unverified SSL contexts, shutdown routes, passwords
// in cookies, telnet logins, Fernet keys in code, 512-bit RSA, TLS 1.0 contexts, 16-bit tokens from a good RNG.
// Fixed twins are what a careful reviewer would accept. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH17: DevCase[] = [
  // --- CWE-20 ---
  bad(
    "CWE-20",
    "batch17: wallet transfer accepts a negative amount from the form",
    src`
from flask import Flask, request, session, abort
from models import db, Account

app = Flask(__name__)

@app.route("/transfer", methods=["POST"])
def transfer():
    src = Account.query.filter_by(owner=session["user_id"]).first_or_404()
    dst = Account.query.get_or_404(int(request.form["to"]))
    amount = float(request.form["amount"])
    if amount > src.balance:
        abort(400)
    src.balance -= amount
    dst.balance += amount
    db.session.commit()
    return "done"
`,
  ),
  good(
    "CWE-20",
    "batch17: wallet transfer requires a positive amount within the balance",
    src`
from decimal import Decimal, InvalidOperation
from flask import Flask, request, session, abort
from models import db, Account

app = Flask(__name__)

@app.route("/transfer", methods=["POST"])
def transfer():
    src = Account.query.filter_by(owner=session["user_id"]).first_or_404()
    dst = Account.query.get_or_404(int(request.form["to"]))
    try:
        amount = Decimal(request.form["amount"])
    except InvalidOperation:
        abort(400)
    if not amount.is_finite() or amount <= 0 or amount > src.balance:
        abort(400)
    src.balance -= amount
    dst.balance += amount
    db.session.commit()
    return "done"
`,
  ),
  // --- CWE-22 ---
  bad(
    "CWE-22",
    "batch17: helper reads a template named by its caller",
    src`
import os

TEMPLATE_DIR = "/opt/app/templates"

def load_email_template(template_name):
    """Return the e-mail template the request asked for."""
    with open(os.path.join(TEMPLATE_DIR, template_name), encoding="utf-8") as fh:
        return fh.read()
`,
  ),
  good(
    "CWE-22",
    "batch17: helper resolves the template and keeps it under the folder",
    src`
import os

TEMPLATE_DIR = os.path.realpath("/opt/app/templates")

def load_email_template(template_name):
    """Return the e-mail template the request asked for."""
    path = os.path.realpath(os.path.join(TEMPLATE_DIR, template_name))
    if os.path.commonpath([path, TEMPLATE_DIR]) != TEMPLATE_DIR:
        raise ValueError("invalid template")
    with open(path, encoding="utf-8") as fh:
        return fh.read()
`,
  ),
  bad(
    "CWE-22",
    "batch17: script copies the file named on the command line into the web root",
    src`
import shutil
import sys

WEB_ROOT = "/var/www/html/"

if __name__ == "__main__":
    name = sys.argv[1]
    shutil.copy("/srv/staging/" + name, WEB_ROOT + name)
    print("published", name)
`,
  ),
  // --- CWE-78 ---
  bad(
    "CWE-78",
    "batch17: log archive built by passing the caller's pattern to a shell",
    src`
import os

def archive_logs(pattern):
    """Compress the log files that match the pattern."""
    os.system("tar czf /backups/logs.tgz /var/log/app/" + pattern)
`,
  ),
  good(
    "CWE-78",
    "batch17: log archive with the pattern globbed in Python and an argument list",
    src`
import glob
import subprocess

def archive_logs(pattern):
    """Compress the log files that match the pattern."""
    files = [f for f in glob.glob("/var/log/app/" + pattern) if f.startswith("/var/log/app/")]
    subprocess.run(["tar", "czf", "/backups/logs.tgz", "--", *files], check=True)
`,
  ),
  bad(
    "CWE-78",
    "batch17: thumbnail script hands argv to ImageMagick through Popen with shell=True",
    src`
import subprocess
import sys

def main():
    src = sys.argv[1]
    proc = subprocess.Popen("convert %s -resize 128x128 thumb.png" % src, shell=True)
    proc.wait()

if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-78",
    "batch17: thumbnail script quotes argv with shlex.quote",
    src`
import shlex
import subprocess
import sys

def main():
    src = sys.argv[1]
    proc = subprocess.Popen("convert %s -resize 128x128 thumb.png" % shlex.quote(src), shell=True)
    proc.wait()

if __name__ == "__main__":
    main()
`,
  ),
  // --- CWE-79 / CWE-80 ---
  bad(
    "CWE-79",
    "batch17: Flask Response with text/html built from the comment field",
    src`
from flask import Flask, Response, request

app = Flask(__name__)

@app.route("/preview", methods=["POST"])
def preview():
    comment = request.form.get("comment", "")
    body = "<div class='comment'>" + comment + "</div>"
    return Response(body, mimetype="text/html")
`,
  ),
  good(
    "CWE-79",
    "batch17: Flask Response with the comment escaped",
    src`
import html
from flask import Flask, Response, request

app = Flask(__name__)

@app.route("/preview", methods=["POST"])
def preview():
    comment = request.form.get("comment", "")
    body = "<div class='comment'>" + html.escape(comment) + "</div>"
    return Response(body, mimetype="text/html")
`,
  ),
  bad(
    "CWE-80",
    "batch17: guestbook strips only literal script tags before echoing the message",
    src`
from flask import Flask, request

app = Flask(__name__)

def clean(text):
    return text.replace("<script>", "").replace("</script>", "")

@app.route("/sign", methods=["POST"])
def sign():
    msg = clean(request.form["message"])
    return "<p>Thanks! You wrote: " + msg + "</p>"
`,
  ),
  good(
    "CWE-80",
    "batch17: guestbook escapes the message with markupsafe",
    src`
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

@app.route("/sign", methods=["POST"])
def sign():
    msg = escape(request.form["message"])
    return f"<p>Thanks! You wrote: {msg}</p>"
`,
  ),
  // --- CWE-89 ---
  bad(
    "CWE-89",
    "batch17: tag helper runs executescript with the caller's tag name",
    src`
import sqlite3

def add_tag(db_path, tag_name):
    conn = sqlite3.connect(db_path)
    conn.executescript(f"INSERT INTO tags(name) VALUES ('{tag_name}');")
    conn.commit()
    conn.close()
`,
  ),
  good(
    "CWE-89",
    "batch17: tag helper inserts with a placeholder",
    src`
import sqlite3

def add_tag(db_path, tag_name):
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO tags(name) VALUES (?)", (tag_name,))
    conn.commit()
    conn.close()
`,
  ),
  bad(
    "CWE-89",
    "batch17: repository class searches products with LIKE built by concatenation",
    src`
class ProductRepository:
    def __init__(self, conn):
        self.conn = conn

    def search(self, term):
        cur = self.conn.cursor()
        cur.execute("SELECT id, name FROM products WHERE name LIKE '%" + term + "%'")
        return cur.fetchall()
`,
  ),
  good(
    "CWE-89",
    "batch17: repository class passes the LIKE pattern as a parameter",
    src`
class ProductRepository:
    def __init__(self, conn):
        self.conn = conn

    def search(self, term):
        cur = self.conn.cursor()
        cur.execute("SELECT id, name FROM products WHERE name LIKE %s", ("%" + term + "%",))
        return cur.fetchall()
`,
  ),
  // --- CWE-90 ---
  bad(
    "CWE-90",
    "batch17: python-ldap search_s with the login name formatted into the filter",
    src`
import ldap

def find_user_dn(username):
    conn = ldap.initialize("ldaps://ldap.corp.example")
    conn.simple_bind_s("cn=reader,dc=corp,dc=example", READER_PASSWORD)
    result = conn.search_s("ou=people,dc=corp,dc=example", ldap.SCOPE_SUBTREE, "(uid=%s)" % username)
    return result[0][0] if result else None
`,
  ),
  good(
    "CWE-90",
    "batch17: python-ldap filter built with filter.escape_filter_chars",
    src`
import ldap
from ldap.filter import escape_filter_chars

def find_user_dn(username):
    conn = ldap.initialize("ldaps://ldap.corp.example")
    conn.simple_bind_s("cn=reader,dc=corp,dc=example", READER_PASSWORD)
    flt = "(uid=%s)" % escape_filter_chars(username)
    result = conn.search_s("ou=people,dc=corp,dc=example", ldap.SCOPE_SUBTREE, flt)
    return result[0][0] if result else None
`,
  ),
  // --- CWE-94 / CWE-95 ---
  bad(
    "CWE-94",
    "batch17: spreadsheet column computed by eval of the user's formula per row",
    src`
def compute_column(rows, formula):
    """Add a 'result' column computed from the formula the user typed, e.g. 'price * qty'."""
    for row in rows:
        row["result"] = eval(formula, {}, dict(row))
    return rows
`,
  ),
  good(
    "CWE-94",
    "batch17: spreadsheet formula evaluated over a whitelisted arithmetic tree",
    src`
import ast
import operator

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}

def _eval(node, row):
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_eval(node.left, row), _eval(node.right, row))
    if isinstance(node, ast.Name) and node.id in row:
        return row[node.id]
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    raise ValueError("unsupported formula")

def compute_column(rows, formula):
    """Add a 'result' column computed from the formula the user typed, e.g. 'price * qty'."""
    tree = ast.parse(formula, mode="eval").body
    for row in rows:
        row["result"] = _eval(tree, row)
    return rows
`,
  ),
  bad(
    "CWE-95",
    "batch17: unit converter script evals the number typed at the prompt",
    src`
def main():
    value = eval(input("Temperature in Celsius: "))
    print("Fahrenheit:", value * 9 / 5 + 32)

main()
`,
  ),
  good(
    "CWE-95",
    "batch17: unit converter script parses the number with float()",
    src`
def main():
    value = float(input("Temperature in Celsius: "))
    print("Fahrenheit:", value * 9 / 5 + 32)

main()
`,
  ),
  // --- CWE-99 ---
  bad(
    "CWE-99",
    "batch17: report view opens the SQLite database named in the query",
    src`
import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/report")
def report():
    db = request.args.get("db", "sales")
    conn = sqlite3.connect("/srv/data/" + db + ".sqlite")
    rows = conn.execute("SELECT region, total FROM summary").fetchall()
    return jsonify(rows)
`,
  ),
  good(
    "CWE-99",
    "batch17: report view picks the database from a fixed map",
    src`
import sqlite3
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
DATABASES = {"sales": "/srv/data/sales.sqlite", "stock": "/srv/data/stock.sqlite"}

@app.route("/report")
def report():
    path = DATABASES.get(request.args.get("db", "sales"))
    if path is None:
        abort(404)
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT region, total FROM summary").fetchall()
    return jsonify(rows)
`,
  ),
  // --- CWE-113 ---
  bad(
    "CWE-113",
    "batch17: http.server handler sets a language cookie from the query",
    src`
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs

class LangHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        lang = qs.get("lang", ["en"])[0]
        self.send_response(302)
        self.send_header("Set-Cookie", "lang=" + lang)
        self.send_header("Location", "/")
        self.end_headers()

HTTPServer(("", 8000), LangHandler).serve_forever()
`,
  ),
  good(
    "CWE-113",
    "batch17: http.server handler sets the language cookie from an allow-list",
    src`
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs

LANGS = {"en", "de", "fr"}

class LangHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        lang = qs.get("lang", ["en"])[0]
        if lang not in LANGS:
            lang = "en"
        self.send_response(302)
        self.send_header("Set-Cookie", "lang=" + lang)
        self.send_header("Location", "/")
        self.end_headers()

HTTPServer(("", 8000), LangHandler).serve_forever()
`,
  ),
  // --- CWE-116 ---
  bad(
    "CWE-116",
    "batch17: API reply assembled as a JSON string by concatenation",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    body = '{"greeting": "Hello, ' + name + '"}'
    return body, 200, {"Content-Type": "application/json"}
`,
  ),
  good(
    "CWE-116",
    "batch17: API reply serialised with json.dumps",
    src`
import json
from flask import Flask, request

app = Flask(__name__)

@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    body = json.dumps({"greeting": "Hello, " + name})
    return body, 200, {"Content-Type": "application/json"}
`,
  ),
  // --- CWE-117 ---
  bad(
    "CWE-117",
    "batch17: helper logs the username it was given with an f-string",
    src`
import logging

log = logging.getLogger("auth")

def record_failed_login(username, ip):
    """Called by the login view with the submitted username."""
    log.warning(f"failed login for {username} from {ip}")
`,
  ),
  good(
    "CWE-117",
    "batch17: helper logs the username with line breaks escaped",
    src`
import logging

log = logging.getLogger("auth")

def record_failed_login(username, ip):
    """Called by the login view with the submitted username."""
    safe = username.replace("\r", "\\r").replace("\n", "\\n")
    log.warning("failed login for %s from %s", safe, ip)
`,
  ),
  // --- CWE-193 ---
  bad(
    "CWE-193",
    "batch17: checksum loop runs while i <= len(data)",
    src`
def checksum(data: bytes) -> int:
    total = 0
    i = 0
    while i <= len(data):
        total = (total + data[i]) & 0xFF
        i += 1
    return total
`,
  ),
  good(
    "CWE-193",
    "batch17: checksum loop stops before len(data)",
    src`
def checksum(data: bytes) -> int:
    total = 0
    i = 0
    while i < len(data):
        total = (total + data[i]) & 0xFF
        i += 1
    return total
`,
  ),
  // --- CWE-200 ---
  bad(
    "CWE-200",
    "batch17: diagnostics route returns the whole process environment",
    src`
import os
from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/diagnostics")
def diagnostics():
    return jsonify(version="2.3.1", env=dict(os.environ))
`,
  ),
  good(
    "CWE-200",
    "batch17: diagnostics route returns the version only",
    src`
from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/diagnostics")
def diagnostics():
    return jsonify(version="2.3.1")
`,
  ),
  // --- CWE-209 ---
  bad(
    "CWE-209",
    "batch17: database error text sent back to the client",
    src`
import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.route("/orders/<int:order_id>")
def order(order_id):
    try:
        conn = sqlite3.connect("shop.db")
        row = conn.execute("SELECT * FROM orders WHERE id = ?", (order_id,)).fetchone()
        return {"order": row}
    except sqlite3.Error as exc:
        return {"error": f"database error: {exc}"}, 500
`,
  ),
  good(
    "CWE-209",
    "batch17: database error logged, generic message sent",
    src`
import logging
import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.route("/orders/<int:order_id>")
def order(order_id):
    try:
        conn = sqlite3.connect("shop.db")
        row = conn.execute("SELECT * FROM orders WHERE id = ?", (order_id,)).fetchone()
        return {"order": row}
    except sqlite3.Error:
        logging.exception("order lookup failed")
        return {"error": "internal error"}, 500
`,
  ),
  // --- CWE-215 ---
  bad(
    "CWE-215",
    "batch17: app.debug switched on in the module",
    src`
from flask import Flask

app = Flask(__name__)
app.debug = True

@app.route("/")
def index():
    return "shop"
`,
  ),
  good(
    "CWE-215",
    "batch17: debug taken from FLASK_DEBUG, off unless set",
    src`
import os
from flask import Flask

app = Flask(__name__)
app.debug = os.environ.get("FLASK_DEBUG") == "1"

@app.route("/")
def index():
    return "shop"
`,
  ),
  // --- CWE-250 ---
  bad(
    "CWE-250",
    "batch17: helper raises the effective uid to root to read a file and never drops it",
    src`
import os

def read_protected(path):
    os.seteuid(0)
    with open(path) as fh:
        data = fh.read()
    return data
`,
  ),
  good(
    "CWE-250",
    "batch17: helper reads the file as the service user",
    src`
def read_protected(path):
    with open(path) as fh:
        data = fh.read()
    return data
`,
  ),
  // --- CWE-252 ---
  bad(
    "CWE-252",
    "batch17: reply sent with socket.send and the byte count ignored",
    src`
import socket

def send_reply(sock: socket.socket, payload: bytes) -> None:
    header = len(payload).to_bytes(4, "big")
    sock.send(header + payload)
`,
  ),
  good(
    "CWE-252",
    "batch17: reply sent with sendall",
    src`
import socket

def send_reply(sock: socket.socket, payload: bytes) -> None:
    header = len(payload).to_bytes(4, "big")
    sock.sendall(header + payload)
`,
  ),
  // --- CWE-259 ---
  bad(
    "CWE-259",
    "batch17: admin login compares with a password written in the code",
    src`
def check_admin_login(username, password):
    if username == "admin" and password == "Adm1n!2024":
        return True
    return False
`,
  ),
  good(
    "CWE-259",
    "batch17: admin login checks a hash from the environment",
    src`
import hmac
import hashlib
import os

def check_admin_login(username, password):
    salt = bytes.fromhex(os.environ["ADMIN_SALT"])
    expected = bytes.fromhex(os.environ["ADMIN_HASH"])
    got = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return username == "admin" and hmac.compare_digest(got, expected)
`,
  ),
  // --- CWE-269 ---
  bad(
    "CWE-269",
    "batch17: signup takes the is_admin checkbox from the form",
    src`
from flask import Flask, request, redirect
from models import db, User

app = Flask(__name__)

@app.route("/signup", methods=["POST"])
def signup():
    user = User(
        email=request.form["email"],
        is_admin=request.form.get("is_admin") == "on",
    )
    user.set_password(request.form["password"])
    db.session.add(user)
    db.session.commit()
    return redirect("/login")
`,
  ),
  good(
    "CWE-269",
    "batch17: signup always creates ordinary users",
    src`
from flask import Flask, request, redirect
from models import db, User

app = Flask(__name__)

@app.route("/signup", methods=["POST"])
def signup():
    user = User(email=request.form["email"], is_admin=False)
    user.set_password(request.form["password"])
    db.session.add(user)
    db.session.commit()
    return redirect("/login")
`,
  ),
  // --- CWE-276 ---
  bad(
    "CWE-276",
    "batch17: session store file created with os.open mode 0o666",
    src`
import os

def save_sessions(path, blob: bytes):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    with os.fdopen(fd, "wb") as fh:
        fh.write(blob)
`,
  ),
  good(
    "CWE-276",
    "batch17: session store file created with os.open mode 0o600",
    src`
import os

def save_sessions(path, blob: bytes):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(blob)
`,
  ),
  // --- CWE-285 ---
  bad(
    "CWE-285",
    "batch17: user deletion route checks only that someone is logged in",
    src`
from flask import Flask, session, abort
from models import db, User

app = Flask(__name__)

@app.route("/admin/users/<int:uid>/delete", methods=["POST"])
def delete_user(uid):
    if "user_id" not in session:
        abort(401)
    db.session.delete(User.query.get_or_404(uid))
    db.session.commit()
    return "deleted"
`,
  ),
  good(
    "CWE-285",
    "batch17: user deletion route requires the admin role",
    src`
from flask import Flask, session, abort
from models import db, User

app = Flask(__name__)

@app.route("/admin/users/<int:uid>/delete", methods=["POST"])
def delete_user(uid):
    if "user_id" not in session:
        abort(401)
    me = User.query.get(session["user_id"])
    if me is None or me.role != "admin":
        abort(403)
    db.session.delete(User.query.get_or_404(uid))
    db.session.commit()
    return "deleted"
`,
  ),
  // --- CWE-295 ---
  bad(
    "CWE-295",
    "batch17: urlopen with ssl._create_unverified_context",
    src`
import json
import ssl
import urllib.request

def fetch_rates():
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen("https://rates.example.com/latest", context=ctx) as resp:
        return json.load(resp)
`,
  ),
  good(
    "CWE-295",
    "batch17: urlopen with the default verifying context",
    src`
import json
import ssl
import urllib.request

def fetch_rates():
    ctx = ssl.create_default_context()
    with urllib.request.urlopen("https://rates.example.com/latest", context=ctx) as resp:
        return json.load(resp)
`,
  ),
  bad(
    "CWE-295",
    "batch17: client context with hostname check off and CERT_NONE",
    src`
import socket
import ssl

def open_feed(host, port=6697):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    raw = socket.create_connection((host, port))
    return ctx.wrap_socket(raw, server_hostname=host)
`,
  ),
  // --- CWE-306 ---
  bad(
    "CWE-306",
    "batch17: shutdown route reachable without any credentials",
    src`
import os
import signal
from flask import Flask

app = Flask(__name__)

@app.route("/ops/shutdown", methods=["POST"])
def shutdown():
    os.kill(os.getpid(), signal.SIGTERM)
    return "shutting down"
`,
  ),
  good(
    "CWE-306",
    "batch17: shutdown route requires the operator token",
    src`
import hmac
import os
import signal
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/ops/shutdown", methods=["POST"])
def shutdown():
    token = request.headers.get("X-Ops-Token", "")
    if not hmac.compare_digest(token, os.environ["OPS_TOKEN"]):
        abort(401)
    os.kill(os.getpid(), signal.SIGTERM)
    return "shutting down"
`,
  ),
  // --- CWE-312 ---
  bad(
    "CWE-312",
    "batch17: remember-me stores the password itself in a cookie",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    password = request.form["password"]
    if not authenticate(user, password):
        return "denied", 401
    resp = make_response("welcome")
    if request.form.get("remember"):
        resp.set_cookie("remember_user", user)
        resp.set_cookie("remember_pass", password)
    return resp
`,
  ),
  good(
    "CWE-312",
    "batch17: remember-me stores a random token bound to the user",
    src`
import secrets
from flask import Flask, request, make_response

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    password = request.form["password"]
    if not authenticate(user, password):
        return "denied", 401
    resp = make_response("welcome")
    if request.form.get("remember"):
        token = secrets.token_urlsafe(32)
        store_remember_token(user, token)
        resp.set_cookie("remember", token, secure=True, httponly=True, samesite="Lax")
    return resp
`,
  ),
  bad(
    "CWE-312",
    "batch17: config writer saves the database password in plain JSON",
    src`
import json

def save_settings(path, host, user, password):
    settings = {"db_host": host, "db_user": user, "db_password": password}
    with open(path, "w") as fh:
        json.dump(settings, fh)
`,
  ),
  // --- CWE-319 ---
  bad(
    "CWE-319",
    "batch17: switch configuration over telnet with a login",
    src`
import telnetlib

def set_vlan(host, user, password, vlan):
    tn = telnetlib.Telnet(host, 23, timeout=10)
    tn.read_until(b"Username: ")
    tn.write(user.encode() + b"\n")
    tn.read_until(b"Password: ")
    tn.write(password.encode() + b"\n")
    tn.write(f"interface Gi0/1\nswitchport access vlan {vlan}\nexit\n".encode())
    tn.close()
`,
  ),
  good(
    "CWE-319",
    "batch17: switch configuration over SSH with a known host key",
    src`
import paramiko

def set_vlan(host, user, password, vlan):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, password=password)
    shell = client.invoke_shell()
    shell.send(f"interface Gi0/1\nswitchport access vlan {int(vlan)}\nexit\n")
    client.close()
`,
  ),
  // --- CWE-321 ---
  bad(
    "CWE-321",
    "batch17: Fernet built from a key literal in the module",
    src`
from cryptography.fernet import Fernet

_FERNET = Fernet(b"q3u0Yb1N8ZPq3r2yqZKXo4Hc6rVw1mWf6c7bqGmN0xE=")

def encrypt_note(text: str) -> bytes:
    return _FERNET.encrypt(text.encode())
`,
  ),
  good(
    "CWE-321",
    "batch17: Fernet key read from the environment",
    src`
import os
from cryptography.fernet import Fernet

_FERNET = Fernet(os.environ["NOTES_KEY"].encode())

def encrypt_note(text: str) -> bytes:
    return _FERNET.encrypt(text.encode())
`,
  ),
  // --- CWE-326 ---
  bad(
    "CWE-326",
    "batch17: cryptography RSA key of 512 bits for the device",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa

def new_device_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=512)
`,
  ),
  good(
    "CWE-326",
    "batch17: cryptography RSA key of 3072 bits for the device",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa

def new_device_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)
`,
  ),
  // --- CWE-327 ---
  bad(
    "CWE-327",
    "batch17: server context pinned to TLS 1.0",
    src`
import ssl

def server_context(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_cert_chain(cert, key)
    return ctx
`,
  ),
  good(
    "CWE-327",
    "batch17: server context with TLS 1.2 as the minimum",
    src`
import ssl

def server_context(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cert, key)
    return ctx
`,
  ),
  bad(
    "CWE-327",
    "batch17: archive encrypted with Blowfish in ECB mode",
    src`
from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad

def seal_archive(key: bytes, data: bytes) -> bytes:
    cipher = Blowfish.new(key, Blowfish.MODE_ECB)
    return cipher.encrypt(pad(data, Blowfish.block_size))
`,
  ),
  // --- CWE-330 / CWE-331 ---
  bad(
    "CWE-330",
    "batch17: temporary password made with random.choice",
    src`
import random
import string

def temporary_password(length=12):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))
`,
  ),
  good(
    "CWE-330",
    "batch17: temporary password made with secrets.choice",
    src`
import secrets
import string

def temporary_password(length=12):
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))
`,
  ),
  bad(
    "CWE-331",
    "batch17: API key of two random bytes from the secrets module",
    src`
import secrets

def new_api_key():
    return "key_" + secrets.token_hex(2)
`,
  ),
  good(
    "CWE-331",
    "batch17: API key of 32 random bytes from the secrets module",
    src`
import secrets

def new_api_key():
    return "key_" + secrets.token_hex(32)
`,
  ),
];
