// Dev suite "py-snippets", batch 36 (see py-snippets.ts): written blind, measured before any fix it prompted. The
// style of a code-generation prompt set indexed by CWE: a function whose docstring states the task, then the
// plausible insecure completion, each beside a fixed twin that differs in the one thing that makes it safe. It
// spreads over ~45 CWEs with one or two positives each, leaning on the thinner ones (privilege handling, entropy,
// salts and IVs, workflow and ownership checks, XPath/NoSQL injection, regex DoS, resource limits) and varies the
// library (stdlib, flask, django, requests, lxml, cryptography, pycryptodome, jwt, ldap, paramiko, yaml, sqlite3,
// tarfile, tempfile, socket, ssl, hashlib, hmac, random/secrets, logging). Own code, never taken from a held-out
// corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH36: DevCase[] = [
  // ---------------- CWE-20 ----------------
  bad(
    "CWE-20",
    "batch36: redirect target accepted when the allowed domain merely ends the host string",
    src`
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/continue")
def continue_to():
    """Redirect the user to the 'target' URL if it belongs to example.com."""
    target = request.args.get("target", "/")
    host = urlparse(target).netloc
    if host.endswith("example.com"):
        return redirect(target)
    return redirect("/")
`,
  ),
  good(
    "CWE-20",
    "batch36: redirect target accepted only for example.com or a true subdomain",
    src`
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/continue")
def continue_to():
    """Redirect the user to the 'target' URL if it belongs to example.com."""
    target = request.args.get("target", "/")
    parsed = urlparse(target)
    host = parsed.hostname or ""
    if parsed.scheme == "https" and (host == "example.com" or host.endswith(".example.com")):
        return redirect(target)
    return redirect("/")
`,
  ),
  bad(
    "CWE-20",
    "batch36: quantity from the form used for a price without checking it is positive",
    src`
from flask import Flask, jsonify, request

app = Flask(__name__)
PRICES = {"widget": 250, "gadget": 1200}


@app.route("/cart/total", methods=["POST"])
def cart_total():
    """Return the total price in cents for the posted item and quantity."""
    item = request.form["item"]
    quantity = int(request.form["quantity"])
    return jsonify(total=PRICES[item] * quantity)
`,
  ),
  good(
    "CWE-20",
    "batch36: quantity bounded to 1..100 and item checked before pricing",
    src`
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
PRICES = {"widget": 250, "gadget": 1200}


@app.route("/cart/total", methods=["POST"])
def cart_total():
    """Return the total price in cents for the posted item and quantity."""
    item = request.form.get("item", "")
    try:
        quantity = int(request.form.get("quantity", ""))
    except ValueError:
        abort(400)
    if item not in PRICES or not 1 <= quantity <= 100:
        abort(400)
    return jsonify(total=PRICES[item] * quantity)
`,
  ),

  // ---------------- CWE-22 ----------------
  bad(
    "CWE-22",
    "batch36: read_report joins a user file name under the reports folder and opens it",
    src`
import os

from flask import Flask, request

app = Flask(__name__)
REPORT_DIR = "/srv/app/reports"


@app.route("/report")
def read_report():
    """Return the content of the report file named in the 'name' query parameter."""
    name = request.args.get("name")
    with open(os.path.join(REPORT_DIR, name)) as fh:
        return fh.read()
`,
  ),
  good(
    "CWE-22",
    "batch36: read_report resolves the path and checks it stays under the reports folder",
    src`
import os

from flask import Flask, abort, request

app = Flask(__name__)
REPORT_DIR = "/srv/app/reports"


@app.route("/report")
def read_report():
    """Return the content of the report file named in the 'name' query parameter."""
    name = request.args.get("name", "")
    path = os.path.realpath(os.path.join(REPORT_DIR, name))
    if os.path.commonpath([path, REPORT_DIR]) != REPORT_DIR:
        abort(403)
    with open(path) as fh:
        return fh.read()
`,
  ),
  bad(
    "CWE-22",
    "batch36: extract_backup calls tarfile.extractall on an uploaded archive",
    src`
import tarfile


def extract_backup(archive_path, dest):
    """Extract the user-supplied backup archive into dest."""
    with tarfile.open(archive_path) as tar:
        tar.extractall(dest)
`,
  ),
  good(
    "CWE-22",
    "batch36: extract_backup rejects members whose path leaves dest before extracting",
    src`
import os
import tarfile


def extract_backup(archive_path, dest):
    """Extract the user-supplied backup archive into dest."""
    dest = os.path.realpath(dest)
    with tarfile.open(archive_path) as tar:
        for member in tar.getmembers():
            target = os.path.realpath(os.path.join(dest, member.name))
            if not target.startswith(dest + os.sep) or member.issym() or member.islnk():
                raise ValueError("unsafe member: " + member.name)
        tar.extractall(dest)
`,
  ),

  // ---------------- CWE-78 ----------------
  bad(
    "CWE-78",
    "batch36: ping_host runs ping through the shell with the host from the request",
    src`
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping_host():
    """Ping the host given in the 'host' parameter and return the output."""
    host = request.args.get("host")
    out = subprocess.check_output("ping -c 1 " + host, shell=True)
    return out
`,
  ),
  good(
    "CWE-78",
    "batch36: ping_host passes the host as one argv entry without a shell",
    src`
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping_host():
    """Ping the host given in the 'host' parameter and return the output."""
    host = request.args.get("host", "")
    out = subprocess.check_output(["ping", "-c", "1", "--", host])
    return out
`,
  ),
  bad(
    "CWE-78",
    "batch36: compress_log builds a tar command with os.system from a function argument",
    src`
import os


def compress_log(log_name):
    """Compress the log file with the given name into /var/backups."""
    os.system("tar czf /var/backups/%s.tgz /var/log/%s" % (log_name, log_name))
`,
  ),
  good(
    "CWE-78",
    "batch36: compress_log uses tarfile instead of a shell command",
    src`
import os
import tarfile


def compress_log(log_name):
    """Compress the log file with the given name into /var/backups."""
    base = os.path.basename(log_name)
    with tarfile.open(os.path.join("/var/backups", base + ".tgz"), "w:gz") as tar:
        tar.add(os.path.join("/var/log", base), arcname=base)
`,
  ),

  // ---------------- CWE-79 ----------------
  bad(
    "CWE-79",
    "batch36: greet returns an HTML string with the name from the query string",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def greet():
    """Greet the user whose name is given in the 'name' parameter."""
    name = request.args.get("name", "guest")
    return "<html><body><h1>Hello, " + name + "!</h1></body></html>"
`,
  ),
  good(
    "CWE-79",
    "batch36: greet escapes the name before putting it in the HTML",
    src`
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def greet():
    """Greet the user whose name is given in the 'name' parameter."""
    name = request.args.get("name", "guest")
    return "<html><body><h1>Hello, " + str(escape(name)) + "!</h1></body></html>"
`,
  ),
  bad(
    "CWE-79",
    "batch36: django view echoes the search term in an HttpResponse",
    src`
from django.http import HttpResponse


def search(request):
    """Show the search term the user typed above the results."""
    term = request.GET.get("q", "")
    return HttpResponse(f"<p>Results for <b>{term}</b></p>")
`,
  ),
  good(
    "CWE-79",
    "batch36: django view escapes the search term with format_html",
    src`
from django.http import HttpResponse
from django.utils.html import format_html


def search(request):
    """Show the search term the user typed above the results."""
    term = request.GET.get("q", "")
    return HttpResponse(format_html("<p>Results for <b>{}</b></p>", term))
`,
  ),

  // ---------------- CWE-80 ----------------
  bad(
    "CWE-80",
    "batch36: comment preview puts the posted comment into a template string with |safe",
    src`
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview():
    """Render a preview of the posted comment."""
    comment = request.form.get("comment", "")
    return render_template_string("<div class='comment'>{{ c|safe }}</div>", c=comment)
`,
  ),
  good(
    "CWE-80",
    "batch36: comment preview lets Jinja autoescape the posted comment",
    src`
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview():
    """Render a preview of the posted comment."""
    comment = request.form.get("comment", "")
    return render_template_string("<div class='comment'>{{ c }}</div>", c=comment)
`,
  ),

  // ---------------- CWE-89 ----------------
  bad(
    "CWE-89",
    "batch36: get_user builds a sqlite3 query with an f-string",
    src`
import sqlite3


def get_user(db_path, username):
    """Return the row of the user with the given username."""
    conn = sqlite3.connect(db_path)
    try:
        cur = conn.execute(f"SELECT id, username, email FROM users WHERE username = '{username}'")
        return cur.fetchone()
    finally:
        conn.close()
`,
  ),
  good(
    "CWE-89",
    "batch36: get_user binds the username as a parameter",
    src`
import sqlite3


def get_user(db_path, username):
    """Return the row of the user with the given username."""
    conn = sqlite3.connect(db_path)
    try:
        cur = conn.execute("SELECT id, username, email FROM users WHERE username = ?", (username,))
        return cur.fetchone()
    finally:
        conn.close()
`,
  ),
  bad(
    "CWE-89",
    "batch36: django raw query concatenates the ordering column from the request",
    src`
from django.http import JsonResponse

from .models import Product


def list_products(request):
    """List products sorted by the column named in the 'sort' parameter."""
    sort = request.GET.get("sort", "name")
    rows = Product.objects.raw("SELECT * FROM shop_product ORDER BY " + sort)
    return JsonResponse({"products": [p.name for p in rows]})
`,
  ),
  good(
    "CWE-89",
    "batch36: django ordering column taken from an allow-list and applied with order_by",
    src`
from django.http import JsonResponse

from .models import Product

SORTABLE = {"name", "price", "created"}


def list_products(request):
    """List products sorted by the column named in the 'sort' parameter."""
    sort = request.GET.get("sort", "name")
    if sort not in SORTABLE:
        sort = "name"
    rows = Product.objects.order_by(sort)
    return JsonResponse({"products": [p.name for p in rows]})
`,
  ),

  // ---------------- CWE-90 ----------------
  bad(
    "CWE-90",
    "batch36: find_user puts the uid from the request into an LDAP filter",
    src`
import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def find_user():
    """Look up the user in the directory by the uid given in the query string."""
    uid = request.args.get("uid")
    conn = ldap.initialize("ldap://ldap.internal")
    conn.simple_bind_s()
    result = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    return str(result)
`,
  ),
  good(
    "CWE-90",
    "batch36: find_user escapes the uid with ldap.filter.escape_filter_chars",
    src`
import ldap
import ldap.filter
from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def find_user():
    """Look up the user in the directory by the uid given in the query string."""
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldap://ldap.internal")
    conn.simple_bind_s()
    flt = "(uid=%s)" % ldap.filter.escape_filter_chars(uid)
    result = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, flt)
    return str(result)
`,
  ),

  // ---------------- CWE-94 ----------------
  bad(
    "CWE-94",
    "batch36: run_plugin execs the code posted by the client",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/plugin", methods=["POST"])
def run_plugin():
    """Run the plugin code posted in the body and return its 'result' variable."""
    scope = {}
    exec(request.get_data(as_text=True), scope)
    return str(scope.get("result"))
`,
  ),
  good(
    "CWE-94",
    "batch36: run_plugin runs only a plugin chosen by name from a registry",
    src`
from flask import Flask, abort, request

app = Flask(__name__)


def word_count(text):
    return len(text.split())


def char_count(text):
    return len(text)


PLUGINS = {"words": word_count, "chars": char_count}


@app.route("/plugin", methods=["POST"])
def run_plugin():
    """Run the named plugin on the posted text and return its result."""
    plugin = PLUGINS.get(request.args.get("name", ""))
    if plugin is None:
        abort(404)
    return str(plugin(request.get_data(as_text=True)))
`,
  ),

  // ---------------- CWE-95 ----------------
  bad(
    "CWE-95",
    "batch36: calculator evaluates the expression from the query string with eval",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    """Evaluate the arithmetic expression given in the 'expr' parameter."""
    expr = request.args.get("expr", "0")
    return str(eval(expr))
`,
  ),
  good(
    "CWE-95",
    "batch36: calculator walks the AST and allows only numbers and + - * /",
    src`
import ast
import operator

from flask import Flask, abort, request

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
    """Evaluate the arithmetic expression given in the 'expr' parameter."""
    expr = request.args.get("expr", "0")
    try:
        return str(_eval(ast.parse(expr, mode="eval").body))
    except (ValueError, SyntaxError, ZeroDivisionError):
        abort(400)
`,
  ),
  bad(
    "CWE-95",
    "batch36: parse_config_value evals a value read from a config line",
    src`
def parse_config_value(line):
    """Parse 'key = value' where value is a Python literal (list, dict, number, string)."""
    key, _, value = line.partition("=")
    return key.strip(), eval(value.strip())


def load(path):
    with open(path) as fh:
        return dict(parse_config_value(l) for l in fh if "=" in l)
`,
  ),
  good(
    "CWE-95",
    "batch36: parse_config_value uses ast.literal_eval for the value",
    src`
import ast


def parse_config_value(line):
    """Parse 'key = value' where value is a Python literal (list, dict, number, string)."""
    key, _, value = line.partition("=")
    return key.strip(), ast.literal_eval(value.strip())


def load(path):
    with open(path) as fh:
        return dict(parse_config_value(l) for l in fh if "=" in l)
`,
  ),

  // ---------------- CWE-113 ----------------
  bad(
    "CWE-113",
    "batch36: http.server handler copies the lang parameter into a Set-Cookie header",
    src`
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class LangHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        """Remember the language chosen in the 'lang' parameter in a cookie."""
        params = parse_qs(urlparse(self.path).query)
        lang = params.get("lang", ["en"])[0]
        self.send_response(200)
        self.send_header("Set-Cookie", "lang=" + lang)
        self.end_headers()
        self.wfile.write(b"ok")


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), LangHandler).serve_forever()
`,
  ),
  good(
    "CWE-113",
    "batch36: http.server handler sets the cookie only for a known language code",
    src`
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

LANGS = {"en", "fr", "de", "es"}


class LangHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        """Remember the language chosen in the 'lang' parameter in a cookie."""
        params = parse_qs(urlparse(self.path).query)
        lang = params.get("lang", ["en"])[0]
        if lang not in LANGS:
            lang = "en"
        self.send_response(200)
        self.send_header("Set-Cookie", "lang=" + lang)
        self.end_headers()
        self.wfile.write(b"ok")


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), LangHandler).serve_forever()
`,
  ),

  // ---------------- CWE-116 ----------------
  bad(
    "CWE-116",
    "batch36: strip_scripts removes <script> tags with a regex before rendering the bio",
    src`
import re

from flask import Flask, request

app = Flask(__name__)


def strip_scripts(html):
    """Remove script tags so the user's HTML bio is safe to display."""
    return re.sub(r"<script>.*?</script>", "", html)


@app.route("/bio", methods=["POST"])
def bio():
    return "<div>" + strip_scripts(request.form["bio"]) + "</div>"
`,
  ),
  good(
    "CWE-116",
    "batch36: bio cleaned with bleach and an allow-list of tags",
    src`
import bleach
from flask import Flask, request

app = Flask(__name__)


def clean_bio(html):
    """Keep only basic formatting tags so the user's HTML bio is safe to display."""
    return bleach.clean(html, tags={"b", "i", "em", "strong", "p"}, attributes={}, strip=True)


@app.route("/bio", methods=["POST"])
def bio():
    return "<div>" + clean_bio(request.form["bio"]) + "</div>"
`,
  ),

  // ---------------- CWE-117 ----------------
  bad(
    "CWE-117",
    "batch36: failed login logs the submitted username as is",
    src`
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():
    """Log failed login attempts with the username that was tried."""
    username = request.form.get("username", "")
    log.warning("failed login for user %s", username)
    return "invalid credentials", 401
`,
  ),
  good(
    "CWE-117",
    "batch36: failed login logs the username with CR/LF removed",
    src`
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():
    """Log failed login attempts with the username that was tried."""
    username = request.form.get("username", "")
    safe = username.replace("\r", "").replace("\n", "")
    log.warning("failed login for user %s", safe)
    return "invalid credentials", 401
`,
  ),

  // ---------------- CWE-200 ----------------
  bad(
    "CWE-200",
    "batch36: diagnostics endpoint returns the whole process environment",
    src`
import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/diagnostics")
def diagnostics():
    """Return runtime information useful when debugging a deployment."""
    return jsonify(env=dict(os.environ), cwd=os.getcwd())
`,
  ),
  good(
    "CWE-200",
    "batch36: diagnostics endpoint returns only the version and Python release",
    src`
import platform

from flask import Flask, jsonify

app = Flask(__name__)
VERSION = "2.4.1"


@app.route("/diagnostics")
def diagnostics():
    """Return runtime information useful when debugging a deployment."""
    return jsonify(version=VERSION, python=platform.python_version())
`,
  ),

  // ---------------- CWE-209 ----------------
  bad(
    "CWE-209",
    "batch36: import endpoint returns the traceback to the client on error",
    src`
import json
import traceback

from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_data():
    """Import the posted JSON records; report problems to the caller."""
    try:
        records = json.loads(request.data)
        return {"imported": len(records)}
    except Exception:
        return traceback.format_exc(), 500
`,
  ),
  good(
    "CWE-209",
    "batch36: import endpoint logs the traceback and returns a generic error",
    src`
import json
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/import", methods=["POST"])
def import_data():
    """Import the posted JSON records; report problems to the caller."""
    try:
        records = json.loads(request.data)
        return {"imported": len(records)}
    except Exception:
        log.exception("import failed")
        return {"error": "invalid import file"}, 400
`,
  ),

  // ---------------- CWE-215 ----------------
  bad(
    "CWE-215",
    "batch36: app started with debug=True in the main block",
    src`
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "service up"


if __name__ == "__main__":
    """Start the web service."""
    app.run(host="0.0.0.0", port=8080, debug=True)
`,
  ),
  good(
    "CWE-215",
    "batch36: app started with debug off and bound to localhost",
    src`
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "service up"


if __name__ == "__main__":
    """Start the web service."""
    app.run(host="127.0.0.1", port=8080, debug=False)
`,
  ),

  // ---------------- CWE-250 ----------------
  bad(
    "CWE-250",
    "batch36: make_user_dir raises to root and never drops back",
    src`
import os


def make_user_dir(username):
    """Create /home/<username>/data; creating it needs root for a moment."""
    os.seteuid(0)
    path = os.path.join("/home", os.path.basename(username), "data")
    os.makedirs(path, exist_ok=True)
    return path
`,
  ),
  good(
    "CWE-250",
    "batch36: make_user_dir restores the original effective uid in finally",
    src`
import os


def make_user_dir(username):
    """Create /home/<username>/data; creating it needs root for a moment."""
    original = os.geteuid()
    os.seteuid(0)
    try:
        path = os.path.join("/home", os.path.basename(username), "data")
        os.makedirs(path, exist_ok=True)
    finally:
        os.seteuid(original)
    return path
`,
  ),

  // ---------------- CWE-252 ----------------
  bad(
    "CWE-252",
    "batch36: send_message ignores how many bytes socket.send wrote",
    src`
import socket


def send_message(host, port, payload: bytes):
    """Send the whole payload to host:port over TCP."""
    sock = socket.create_connection((host, port), timeout=5)
    try:
        sock.send(payload)
    finally:
        sock.close()
`,
  ),
  good(
    "CWE-252",
    "batch36: send_message uses sendall, which sends everything or raises",
    src`
import socket


def send_message(host, port, payload: bytes):
    """Send the whole payload to host:port over TCP."""
    sock = socket.create_connection((host, port), timeout=5)
    try:
        sock.sendall(payload)
    finally:
        sock.close()
`,
  ),
  bad(
    "CWE-252",
    "batch36: deploy ignores the exit status of subprocess.call before restarting",
    src`
import subprocess


def deploy(release_dir):
    """Run the migrations in release_dir, then restart the service."""
    subprocess.call(["python", "manage.py", "migrate"], cwd=release_dir)
    subprocess.call(["systemctl", "restart", "app"])
`,
  ),
  good(
    "CWE-252",
    "batch36: deploy uses check=True so a failed migration stops the restart",
    src`
import subprocess


def deploy(release_dir):
    """Run the migrations in release_dir, then restart the service."""
    subprocess.run(["python", "manage.py", "migrate"], cwd=release_dir, check=True)
    subprocess.run(["systemctl", "restart", "app"], check=True)
`,
  ),

  // ---------------- CWE-259 ----------------
  bad(
    "CWE-259",
    "batch36: is_admin compares the password with a literal",
    src`
def is_admin(username, password):
    """Return True when the credentials are those of the administrator."""
    return username == "admin" and password == "Adm1n!2023"
`,
  ),
  good(
    "CWE-259",
    "batch36: is_admin checks the password against a hash from the environment",
    src`
import hashlib
import hmac
import os


def is_admin(username, password):
    """Return True when the credentials are those of the administrator."""
    salt = bytes.fromhex(os.environ["ADMIN_SALT"])
    expected = bytes.fromhex(os.environ["ADMIN_HASH"])
    got = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return username == "admin" and hmac.compare_digest(got, expected)
`,
  ),

  // ---------------- CWE-269 ----------------
  bad(
    "CWE-269",
    "batch36: drop_privileges calls setuid before setgid, so the group stays root",
    src`
import os
import pwd


def drop_privileges(user="nobody"):
    """Drop root privileges to the given user after binding the port."""
    pw = pwd.getpwnam(user)
    os.setuid(pw.pw_uid)
    os.setgid(pw.pw_gid)
`,
  ),
  good(
    "CWE-269",
    "batch36: drop_privileges clears groups, sets gid, then uid",
    src`
import os
import pwd


def drop_privileges(user="nobody"):
    """Drop root privileges to the given user after binding the port."""
    pw = pwd.getpwnam(user)
    os.setgroups([])
    os.setgid(pw.pw_gid)
    os.setuid(pw.pw_uid)
`,
  ),

  // ---------------- CWE-283 ----------------
  bad(
    "CWE-283",
    "batch36: remove_upload deletes a file in the shared spool without checking its owner",
    src`
import os

SPOOL = "/var/spool/uploads"


def remove_upload(requesting_uid, name):
    """Delete the upload 'name' from the shared spool on behalf of requesting_uid."""
    path = os.path.join(SPOOL, os.path.basename(name))
    os.remove(path)
`,
  ),
  good(
    "CWE-283",
    "batch36: remove_upload deletes only files owned by the requesting uid",
    src`
import os

SPOOL = "/var/spool/uploads"


def remove_upload(requesting_uid, name):
    """Delete the upload 'name' from the shared spool on behalf of requesting_uid."""
    path = os.path.join(SPOOL, os.path.basename(name))
    if os.lstat(path).st_uid != requesting_uid:
        raise PermissionError("not the owner of " + name)
    os.remove(path)
`,
  ),

  // ---------------- CWE-285 ----------------
  bad(
    "CWE-285",
    "batch36: delete_account lets any logged-in user delete any account id",
    src`
from flask import Flask, abort
from flask_login import current_user, login_required

from .models import User, db

app = Flask(__name__)


@app.route("/accounts/<int:user_id>/delete", methods=["POST"])
@login_required
def delete_account(user_id):
    """Delete the account with the given id."""
    user = User.query.get(user_id)
    if user is None:
        abort(404)
    db.session.delete(user)
    db.session.commit()
    return "", 204
`,
  ),
  good(
    "CWE-285",
    "batch36: delete_account allows only the owner or an admin",
    src`
from flask import Flask, abort
from flask_login import current_user, login_required

from .models import User, db

app = Flask(__name__)


@app.route("/accounts/<int:user_id>/delete", methods=["POST"])
@login_required
def delete_account(user_id):
    """Delete the account with the given id."""
    if current_user.id != user_id and not current_user.is_admin:
        abort(403)
    user = User.query.get(user_id)
    if user is None:
        abort(404)
    db.session.delete(user)
    db.session.commit()
    return "", 204
`,
  ),

  // ---------------- CWE-295 ----------------
  bad(
    "CWE-295",
    "batch36: fetch_invoice downloads over HTTPS with verify=False",
    src`
import requests


def fetch_invoice(invoice_id, token):
    """Download the invoice PDF from the billing API."""
    resp = requests.get(
        "https://billing.example.com/api/invoices/%d.pdf" % invoice_id,
        headers={"Authorization": "Bearer " + token},
        verify=False,
        timeout=10,
    )
    resp.raise_for_status()
    return resp.content
`,
  ),
  good(
    "CWE-295",
    "batch36: fetch_invoice verifies against the company CA bundle",
    src`
import requests


def fetch_invoice(invoice_id, token):
    """Download the invoice PDF from the billing API."""
    resp = requests.get(
        "https://billing.example.com/api/invoices/%d.pdf" % invoice_id,
        headers={"Authorization": "Bearer " + token},
        verify="/etc/ssl/certs/company-ca.pem",
        timeout=10,
    )
    resp.raise_for_status()
    return resp.content
`,
  ),
  bad(
    "CWE-295",
    "batch36: run_remote accepts any SSH host key with AutoAddPolicy",
    src`
import paramiko


def run_remote(host, user, key_file, command):
    """Run a fixed maintenance command on the host over SSH and return stdout."""
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, key_filename=key_file)
    _, stdout, _ = client.exec_command(command)
    return stdout.read()
`,
  ),
  good(
    "CWE-295",
    "batch36: run_remote loads known_hosts and rejects unknown host keys",
    src`
import paramiko


def run_remote(host, user, key_file, command):
    """Run a fixed maintenance command on the host over SSH and return stdout."""
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_file)
    _, stdout, _ = client.exec_command(command)
    return stdout.read()
`,
  ),

  // ---------------- CWE-306 ----------------
  bad(
    "CWE-306",
    "batch36: admin reset endpoint has no authentication at all",
    src`
from flask import Flask, jsonify
from flask_login import login_required

from .store import reset_all_passwords, list_users

app = Flask(__name__)


@app.route("/users")
@login_required
def users():
    return jsonify(list_users())


@app.route("/admin/reset-passwords", methods=["POST"])
def reset_passwords():
    """Force a password reset for every user."""
    count = reset_all_passwords()
    return jsonify(reset=count)
`,
  ),
  good(
    "CWE-306",
    "batch36: admin reset endpoint requires login and an admin role",
    src`
from flask import Flask, abort, jsonify
from flask_login import current_user, login_required

from .store import reset_all_passwords, list_users

app = Flask(__name__)


@app.route("/users")
@login_required
def users():
    return jsonify(list_users())


@app.route("/admin/reset-passwords", methods=["POST"])
@login_required
def reset_passwords():
    """Force a password reset for every user."""
    if not current_user.is_admin:
        abort(403)
    count = reset_all_passwords()
    return jsonify(reset=count)
`,
  ),

  // ---------------- CWE-319 ----------------
  bad(
    "CWE-319",
    "batch36: upload_report logs in to FTP in cleartext",
    src`
import ftplib
import os


def upload_report(path):
    """Upload the report file to the partner's FTP server."""
    ftp = ftplib.FTP("ftp.partner.example")
    ftp.login("acme", os.environ["PARTNER_FTP_PASSWORD"])
    with open(path, "rb") as fh:
        ftp.storbinary("STOR " + os.path.basename(path), fh)
    ftp.quit()
`,
  ),
  good(
    "CWE-319",
    "batch36: upload_report uses FTP_TLS and a protected data channel",
    src`
import ftplib
import os


def upload_report(path):
    """Upload the report file to the partner's FTP server."""
    ftp = ftplib.FTP_TLS("ftp.partner.example")
    ftp.login("acme", os.environ["PARTNER_FTP_PASSWORD"])
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary("STOR " + os.path.basename(path), fh)
    ftp.quit()
`,
  ),
  bad(
    "CWE-319",
    "batch36: get_token posts the client secret to an http:// token URL",
    src`
import os

import requests


def get_token():
    """Obtain an OAuth access token from the identity server."""
    resp = requests.post(
        "http://auth.example.com/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "reporting",
            "client_secret": os.environ["CLIENT_SECRET"],
        },
        timeout=10,
    )
    return resp.json()["access_token"]
`,
  ),
  good(
    "CWE-319",
    "batch36: get_token posts the client secret to the https:// token URL",
    src`
import os

import requests


def get_token():
    """Obtain an OAuth access token from the identity server."""
    resp = requests.post(
        "https://auth.example.com/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "reporting",
            "client_secret": os.environ["CLIENT_SECRET"],
        },
        timeout=10,
    )
    return resp.json()["access_token"]
`,
  ),

  // ---------------- CWE-321 ----------------
  bad(
    "CWE-321",
    "batch36: encrypt_note uses an AES key written in the source",
    src`
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

KEY = b"7f3a9c2e1b8d4f60"


def encrypt_note(text: str) -> bytes:
    """Encrypt a note for storage."""
    nonce = get_random_bytes(12)
    cipher = AES.new(KEY, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(text.encode())
    return nonce + tag + ct
`,
  ),
  good(
    "CWE-321",
    "batch36: encrypt_note reads the AES key from the environment",
    src`
import base64
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

KEY = base64.b64decode(os.environ["NOTES_KEY"])


def encrypt_note(text: str) -> bytes:
    """Encrypt a note for storage."""
    nonce = get_random_bytes(12)
    cipher = AES.new(KEY, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(text.encode())
    return nonce + tag + ct
`,
  ),
  bad(
    "CWE-321",
    "batch36: sign_webhook HMACs the body with a literal secret",
    src`
import hashlib
import hmac


def sign_webhook(body: bytes) -> str:
    """Return the signature header value for an outgoing webhook."""
    return hmac.new(b"whsec_9f8e7d6c5b4a", body, hashlib.sha256).hexdigest()
`,
  ),
  good(
    "CWE-321",
    "batch36: sign_webhook HMACs the body with a secret from the environment",
    src`
import hashlib
import hmac
import os


def sign_webhook(body: bytes) -> str:
    """Return the signature header value for an outgoing webhook."""
    secret = os.environ["WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()
`,
  ),

  // ---------------- CWE-326 ----------------
  bad(
    "CWE-326",
    "batch36: generate_keypair makes a 1024-bit RSA key with cryptography",
    src`
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def generate_keypair():
    """Generate an RSA key pair for signing and return the private key PEM."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
`,
  ),
  good(
    "CWE-326",
    "batch36: generate_keypair makes a 3072-bit RSA key",
    src`
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def generate_keypair():
    """Generate an RSA key pair for signing and return the private key PEM."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
`,
  ),
  bad(
    "CWE-326",
    "batch36: make_dsa_key generates a 1024-bit DSA key with pycryptodome",
    src`
from Crypto.PublicKey import DSA


def make_dsa_key(path):
    """Create a DSA key for signing release files and save it to path."""
    key = DSA.generate(1024)
    with open(path, "wb") as fh:
        fh.write(key.export_key())
`,
  ),
  good(
    "CWE-326",
    "batch36: make_dsa_key generates a 2048-bit DSA key",
    src`
from Crypto.PublicKey import DSA


def make_dsa_key(path):
    """Create a DSA key for signing release files and save it to path."""
    key = DSA.generate(2048)
    with open(path, "wb") as fh:
        fh.write(key.export_key())
`,
  ),

  // ---------------- CWE-327 ----------------
  bad(
    "CWE-327",
    "batch36: encrypt_card uses Blowfish from cryptography's decrepit ciphers",
    src`
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_card(key: bytes, number: bytes) -> bytes:
    """Encrypt a card number (already padded to 8 bytes) for storage."""
    iv = os.urandom(8)
    enc = Cipher(algorithms.Blowfish(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(number) + enc.finalize()
`,
  ),
  good(
    "CWE-327",
    "batch36: encrypt_card uses AES-GCM via AESGCM",
    src`
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_card(key: bytes, number: bytes) -> bytes:
    """Encrypt a card number for storage."""
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, number, None)
`,
  ),
  bad(
    "CWE-327",
    "batch36: file checksum used for tamper detection is SHA-1",
    src`
import hashlib


def integrity_tag(path):
    """Return a digest used to detect tampering with the downloaded update file."""
    h = hashlib.sha1()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()
`,
  ),
  good(
    "CWE-327",
    "batch36: file checksum used for tamper detection is SHA-256",
    src`
import hashlib


def integrity_tag(path):
    """Return a digest used to detect tampering with the downloaded update file."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()
`,
  ),

  // ---------------- CWE-329 ----------------
  bad(
    "CWE-329",
    "batch36: encrypt_record uses AES-CBC with an all-zero IV",
    src`
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

IV = b"\x00" * 16


def encrypt_record(key: bytes, data: bytes) -> bytes:
    """Encrypt a database record with AES-CBC."""
    cipher = AES.new(key, AES.MODE_CBC, IV)
    return cipher.encrypt(pad(data, AES.block_size))
`,
  ),
  good(
    "CWE-329",
    "batch36: encrypt_record draws a random IV per record and prepends it",
    src`
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


def encrypt_record(key: bytes, data: bytes) -> bytes:
    """Encrypt a database record with AES-CBC."""
    iv = get_random_bytes(16)
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, AES.block_size))
`,
  ),

  // ---------------- CWE-330 ----------------
  bad(
    "CWE-330",
    "batch36: reset token built from random.choice",
    src`
import random
import string


def make_reset_token(length=32):
    """Generate a password-reset token to email to the user."""
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))
`,
  ),
  good(
    "CWE-330",
    "batch36: reset token built from secrets.choice",
    src`
import secrets
import string


def make_reset_token(length=32):
    """Generate a password-reset token to email to the user."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))
`,
  ),
  bad(
    "CWE-330",
    "batch36: session id is a random.getrandbits number",
    src`
import random


def new_session_id():
    """Create a new session identifier for a logged-in user."""
    return "%032x" % random.getrandbits(128)
`,
  ),
  good(
    "CWE-330",
    "batch36: session id comes from secrets.token_hex",
    src`
import secrets


def new_session_id():
    """Create a new session identifier for a logged-in user."""
    return secrets.token_hex(16)
`,
  ),

  // ---------------- CWE-331 ----------------
  bad(
    "CWE-331",
    "batch36: api key derived from md5 of the current time",
    src`
import hashlib
import time


def generate_api_key(user_id):
    """Generate a new API key for the user."""
    seed = "%s-%f" % (user_id, time.time())
    return hashlib.md5(seed.encode()).hexdigest()
`,
  ),
  good(
    "CWE-331",
    "batch36: api key from secrets.token_urlsafe",
    src`
import secrets


def generate_api_key(user_id):
    """Generate a new API key for the user."""
    return secrets.token_urlsafe(32)
`,
  ),
  bad(
    "CWE-331",
    "batch36: one-time code from a generator seeded with the time",
    src`
import random
import time


def issue_otp():
    """Issue a 6-digit one-time code for two-factor login."""
    rng = random.Random(int(time.time()))
    return "%06d" % rng.randint(0, 999999)
`,
  ),
  good(
    "CWE-331",
    "batch36: one-time code from secrets.randbelow",
    src`
import secrets


def issue_otp():
    """Issue a 6-digit one-time code for two-factor login."""
    return "%06d" % secrets.randbelow(1_000_000)
`,
  ),

  // ---------------- CWE-347 ----------------
  bad(
    "CWE-347",
    "batch36: current_user decodes the JWT without verifying the signature",
    src`
import jwt
from flask import request


def current_user():
    """Return the user id from the bearer token of the current request."""
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"]
`,
  ),
  good(
    "CWE-347",
    "batch36: current_user verifies the JWT with the secret and a fixed algorithm",
    src`
import os

import jwt
from flask import request

SECRET = os.environ["JWT_SECRET"]


def current_user():
    """Return the user id from the bearer token of the current request."""
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    return claims["sub"]
`,
  ),
  bad(
    "CWE-347",
    "batch36: verify_webhook compares HMACs but returns True when the header is missing",
    src`
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)


def verify_webhook(body, signature):
    """Check the webhook body against its X-Signature header."""
    if not signature:
        return True
    expected = hmac.new(os.environ["HOOK_SECRET"].encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@app.route("/hook", methods=["POST"])
def hook():
    if not verify_webhook(request.get_data(), request.headers.get("X-Signature")):
        abort(401)
    return "ok"
`,
  ),
  good(
    "CWE-347",
    "batch36: verify_webhook rejects a request without a signature header",
    src`
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)


def verify_webhook(body, signature):
    """Check the webhook body against its X-Signature header."""
    if not signature:
        return False
    expected = hmac.new(os.environ["HOOK_SECRET"].encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@app.route("/hook", methods=["POST"])
def hook():
    if not verify_webhook(request.get_data(), request.headers.get("X-Signature")):
        abort(401)
    return "ok"
`,
  ),

  // ---------------- CWE-367 ----------------
  bad(
    "CWE-367",
    "batch36: setuid helper checks os.access then opens the file",
    src`
import os


def read_user_file(path):
    """Read a file on behalf of the invoking user (the program runs setuid root)."""
    if not os.access(path, os.R_OK):
        raise PermissionError(path)
    with open(path) as fh:
        return fh.read()
`,
  ),
  good(
    "CWE-367",
    "batch36: helper drops to the real uid and opens directly, no check-then-use",
    src`
import os


def read_user_file(path):
    """Read a file on behalf of the invoking user (the program runs setuid root)."""
    saved = os.geteuid()
    os.seteuid(os.getuid())
    try:
        with open(path) as fh:
            return fh.read()
    finally:
        os.seteuid(saved)
`,
  ),
  bad(
    "CWE-367",
    "batch36: write_pidfile checks os.path.exists before creating the file",
    src`
import os


def write_pidfile(path):
    """Create the pid file, refusing to overwrite an existing one."""
    if os.path.exists(path):
        raise RuntimeError("already running")
    with open(path, "w") as fh:
        fh.write(str(os.getpid()))
`,
  ),
  good(
    "CWE-367",
    "batch36: write_pidfile opens with O_CREAT|O_EXCL so creation is atomic",
    src`
import os


def write_pidfile(path):
    """Create the pid file, refusing to overwrite an existing one."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        raise RuntimeError("already running")
    with os.fdopen(fd, "w") as fh:
        fh.write(str(os.getpid()))
`,
  ),

  // ---------------- CWE-377 ----------------
  bad(
    "CWE-377",
    "batch36: write_results picks a name with tempfile.mktemp then opens it",
    src`
import tempfile


def write_results(data: str) -> str:
    """Write the results to a temporary file and return its path."""
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w") as fh:
        fh.write(data)
    return path
`,
  ),
  good(
    "CWE-377",
    "batch36: write_results uses NamedTemporaryFile(delete=False)",
    src`
import tempfile


def write_results(data: str) -> str:
    """Write the results to a temporary file and return its path."""
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh:
        fh.write(data)
        return fh.name
`,
  ),

  // ---------------- CWE-379 ----------------
  bad(
    "CWE-379",
    "batch36: cache_session writes to a fixed, predictable path in /tmp",
    src`
import json


def cache_session(session_id, data):
    """Cache the session data in a temporary file."""
    with open("/tmp/session_" + session_id + ".json", "w") as fh:
        json.dump(data, fh)
`,
  ),
  good(
    "CWE-379",
    "batch36: cache_session writes into a private mkdtemp directory",
    src`
import json
import os
import tempfile

CACHE_DIR = tempfile.mkdtemp(prefix="sessions-")


def cache_session(session_id, data):
    """Cache the session data in a temporary file."""
    fd, path = tempfile.mkstemp(suffix=".json", dir=CACHE_DIR)
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh)
    return path
`,
  ),

  // ---------------- CWE-384 ----------------
  bad(
    "CWE-384",
    "batch36: login keeps the session id the browser brought and marks it logged in",
    src`
import secrets

from flask import Flask, make_response, request

from .auth import check_password

app = Flask(__name__)
SESSIONS = {}


@app.route("/login", methods=["POST"])
def login():
    """Log the user in and remember them in the server-side session store."""
    user = request.form["user"]
    if not check_password(user, request.form["password"]):
        return "denied", 401
    sid = request.cookies.get("sid") or secrets.token_urlsafe(32)
    SESSIONS[sid] = user
    resp = make_response("welcome")
    resp.set_cookie("sid", sid, httponly=True, secure=True)
    return resp
`,
  ),
  good(
    "CWE-384",
    "batch36: login drops the old session and always issues a fresh id",
    src`
import secrets

from flask import Flask, make_response, request

from .auth import check_password

app = Flask(__name__)
SESSIONS = {}


@app.route("/login", methods=["POST"])
def login():
    """Log the user in and remember them in the server-side session store."""
    user = request.form["user"]
    if not check_password(user, request.form["password"]):
        return "denied", 401
    SESSIONS.pop(request.cookies.get("sid", ""), None)
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = user
    resp = make_response("welcome")
    resp.set_cookie("sid", sid, httponly=True, secure=True)
    return resp
`,
  ),

  // ---------------- CWE-400 ----------------
  bad(
    "CWE-400",
    "batch36: fetch_status calls requests.get with no timeout",
    src`
import requests


def fetch_status(service_url):
    """Return the JSON status document of the service."""
    resp = requests.get(service_url + "/status")
    return resp.json()
`,
  ),
  good(
    "CWE-400",
    "batch36: fetch_status calls requests.get with a timeout",
    src`
import requests


def fetch_status(service_url):
    """Return the JSON status document of the service."""
    resp = requests.get(service_url + "/status", timeout=5)
    return resp.json()
`,
  ),
  bad(
    "CWE-400",
    "batch36: thumbnail endpoint allocates a buffer of the size the client asks for",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/padding")
def padding():
    """Return a block of filler bytes of the requested length."""
    size = int(request.args.get("size", "16"))
    return b"\x00" * size
`,
  ),
  good(
    "CWE-400",
    "batch36: filler endpoint caps the requested length",
    src`
from flask import Flask, abort, request

app = Flask(__name__)
MAX_SIZE = 4096


@app.route("/padding")
def padding():
    """Return a block of filler bytes of the requested length."""
    size = int(request.args.get("size", "16"))
    if not 0 <= size <= MAX_SIZE:
        abort(400)
    return b"\x00" * size
`,
  ),

  // ---------------- CWE-434 ----------------
  bad(
    "CWE-434",
    "batch36: upload_avatar saves the file under its client-given name in the static folder",
    src`
import os

from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = os.path.join(app.root_path, "static", "avatars")


@app.route("/avatar", methods=["POST"])
def upload_avatar():
    """Save the uploaded avatar image."""
    f = request.files["avatar"]
    f.save(os.path.join(UPLOAD_DIR, f.filename))
    return "saved"
`,
  ),
  good(
    "CWE-434",
    "batch36: upload_avatar checks the extension and uses secure_filename",
    src`
import os

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = os.path.join(app.root_path, "static", "avatars")
ALLOWED = {".png", ".jpg", ".jpeg", ".gif"}


@app.route("/avatar", methods=["POST"])
def upload_avatar():
    """Save the uploaded avatar image."""
    f = request.files["avatar"]
    name = secure_filename(f.filename or "")
    if not name or os.path.splitext(name)[1].lower() not in ALLOWED:
        abort(400)
    f.save(os.path.join(UPLOAD_DIR, name))
    return "saved"
`,
  ),

  // ---------------- CWE-454 ----------------
  bad(
    "CWE-454",
    "batch36: is_admin flag read from a request cookie",
    src`
from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/admin/stats")
def admin_stats():
    """Show statistics to administrators only."""
    is_admin = request.cookies.get("is_admin") == "1"
    if not is_admin:
        abort(403)
    return {"users": 1042, "orders": 77}
`,
  ),
  good(
    "CWE-454",
    "batch36: admin role read from the server-side user record",
    src`
from flask import Flask, abort
from flask_login import current_user, login_required

app = Flask(__name__)


@app.route("/admin/stats")
@login_required
def admin_stats():
    """Show statistics to administrators only."""
    if not current_user.is_admin:
        abort(403)
    return {"users": 1042, "orders": 77}
`,
  ),

  // ---------------- CWE-476 ----------------
  bad(
    "CWE-476",
    "batch36: parse_version uses re.match(...).group without checking for no match",
    src`
import re


def parse_version(banner):
    """Return (major, minor) from a server banner like 'srv/1.4 ready'."""
    m = re.match(r"srv/(\d+)\.(\d+)", banner)
    return int(m.group(1)), int(m.group(2))
`,
  ),
  good(
    "CWE-476",
    "batch36: parse_version raises a clear error when the banner does not match",
    src`
import re


def parse_version(banner):
    """Return (major, minor) from a server banner like 'srv/1.4 ready'."""
    m = re.match(r"srv/(\d+)\.(\d+)", banner)
    if m is None:
        raise ValueError("unrecognised banner")
    return int(m.group(1)), int(m.group(2))
`,
  ),

  // ---------------- CWE-502 ----------------
  bad(
    "CWE-502",
    "batch36: restore_session unpickles a base64 cookie",
    src`
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/restore")
def restore_session():
    """Restore the user's saved preferences from the 'prefs' cookie."""
    prefs = pickle.loads(base64.b64decode(request.cookies.get("prefs", "")))
    return {"theme": prefs.get("theme")}
`,
  ),
  good(
    "CWE-502",
    "batch36: restore_session reads the cookie as JSON",
    src`
import base64
import json

from flask import Flask, request

app = Flask(__name__)


@app.route("/restore")
def restore_session():
    """Restore the user's saved preferences from the 'prefs' cookie."""
    prefs = json.loads(base64.b64decode(request.cookies.get("prefs", "e30=")))
    return {"theme": prefs.get("theme")}
`,
  ),
  bad(
    "CWE-502",
    "batch36: load_pipeline reads an uploaded YAML file with yaml.unsafe_load",
    src`
import yaml


def load_pipeline(uploaded_file):
    """Load the CI pipeline definition uploaded by the user."""
    return yaml.unsafe_load(uploaded_file.read())
`,
  ),
  good(
    "CWE-502",
    "batch36: load_pipeline reads the uploaded YAML with yaml.safe_load",
    src`
import yaml


def load_pipeline(uploaded_file):
    """Load the CI pipeline definition uploaded by the user."""
    return yaml.safe_load(uploaded_file.read())
`,
  ),

  // ---------------- CWE-521 ----------------
  bad(
    "CWE-521",
    "batch36: django registration sets whatever password was posted",
    src`
from django.contrib.auth.models import User
from django.http import HttpResponse, HttpResponseBadRequest


def register(request):
    """Create an account from the posted username and password."""
    username = request.POST.get("username", "")
    password = request.POST.get("password", "")
    if not username or not password:
        return HttpResponseBadRequest("missing fields")
    User.objects.create_user(username=username, password=password)
    return HttpResponse("created", status=201)
`,
  ),
  good(
    "CWE-521",
    "batch36: django registration runs validate_password before creating the user",
    src`
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseBadRequest


def register(request):
    """Create an account from the posted username and password."""
    username = request.POST.get("username", "")
    password = request.POST.get("password", "")
    if not username or not password:
        return HttpResponseBadRequest("missing fields")
    try:
        validate_password(password, user=User(username=username))
    except ValidationError as exc:
        return HttpResponseBadRequest(" ".join(exc.messages))
    User.objects.create_user(username=username, password=password)
    return HttpResponse("created", status=201)
`,
  ),

  // ---------------- CWE-522 ----------------
  bad(
    "CWE-522",
    "batch36: save_credentials stores the password in plain text in sqlite",
    src`
import sqlite3


def save_credentials(db_path, username, password):
    """Store a new user's login credentials."""
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("INSERT INTO users (username, password) VALUES (?, ?)", (username, password))
    conn.close()
`,
  ),
  good(
    "CWE-522",
    "batch36: save_credentials stores a bcrypt hash of the password",
    src`
import sqlite3

import bcrypt


def save_credentials(db_path, username, password):
    """Store a new user's login credentials."""
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("INSERT INTO users (username, password_hash) VALUES (?, ?)", (username, hashed))
    conn.close()
`,
  ),
  bad(
    "CWE-522",
    "batch36: remember-me cookie holds the password itself",
    src`
from flask import Flask, make_response, request

from .auth import check_password

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    """Log in and remember the user on this browser."""
    user, pw = request.form["user"], request.form["password"]
    if not check_password(user, pw):
        return "denied", 401
    resp = make_response("ok")
    resp.set_cookie("remember", user + ":" + pw, max_age=30 * 24 * 3600)
    return resp
`,
  ),
  good(
    "CWE-522",
    "batch36: remember-me cookie holds a random token kept server side",
    src`
import secrets

from flask import Flask, make_response, request

from .auth import check_password, store_remember_token

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    """Log in and remember the user on this browser."""
    user, pw = request.form["user"], request.form["password"]
    if not check_password(user, pw):
        return "denied", 401
    token = secrets.token_urlsafe(32)
    store_remember_token(user, token)
    resp = make_response("ok")
    resp.set_cookie("remember", token, max_age=30 * 24 * 3600, httponly=True, secure=True)
    return resp
`,
  ),

  // ---------------- CWE-601 ----------------
  bad(
    "CWE-601",
    "batch36: django logout redirects to the 'next' parameter",
    src`
from django.contrib.auth import logout
from django.shortcuts import redirect


def logout_view(request):
    """Log the user out and send them back where they came from."""
    logout(request)
    return redirect(request.GET.get("next", "/"))
`,
  ),
  good(
    "CWE-601",
    "batch36: django logout checks 'next' with url_has_allowed_host_and_scheme",
    src`
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def logout_view(request):
    """Log the user out and send them back where they came from."""
    logout(request)
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=True):
        nxt = "/"
    return redirect(nxt)
`,
  ),

  // ---------------- CWE-605 ----------------
  bad(
    "CWE-605",
    "batch36: metrics listener binds to all interfaces",
    src`
import socket


def start_metrics_listener(port=9100):
    """Open a socket for the local metrics scraper to connect to."""
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("0.0.0.0", port))
    srv.listen(5)
    return srv
`,
  ),
  good(
    "CWE-605",
    "batch36: metrics listener binds to the loopback interface",
    src`
import socket


def start_metrics_listener(port=9100):
    """Open a socket for the local metrics scraper to connect to."""
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("127.0.0.1", port))
    srv.listen(5)
    return srv
`,
  ),

  // ---------------- CWE-611 ----------------
  bad(
    "CWE-611",
    "batch36: parse_order uses an lxml parser with resolve_entities on posted XML",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/order", methods=["POST"])
def parse_order():
    """Parse the posted XML order and return its id."""
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    return root.findtext("id")
`,
  ),
  good(
    "CWE-611",
    "batch36: parse_order disables entity resolution in the lxml parser",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/order", methods=["POST"])
def parse_order():
    """Parse the posted XML order and return its id."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(request.data, parser)
    return root.findtext("id")
`,
  ),
  bad(
    "CWE-611",
    "batch36: SAX parser with external general entities turned on",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []

    def characters(self, content):
        self.titles.append(content)


def titles_from_feed(feed_bytes):
    """Collect the text of the RSS feed received from a partner."""
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = TitleHandler()
    parser.setContentHandler(handler)
    xml.sax.parseString(feed_bytes, handler)
    return handler.titles
`,
  ),
  good(
    "CWE-611",
    "batch36: feed parsed with defusedxml.sax",
    src`
import xml.sax

import defusedxml.sax


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []

    def characters(self, content):
        self.titles.append(content)


def titles_from_feed(feed_bytes):
    """Collect the text of the RSS feed received from a partner."""
    handler = TitleHandler()
    defusedxml.sax.parseString(feed_bytes, handler)
    return handler.titles
`,
  ),

  // ---------------- CWE-643 ----------------
  bad(
    "CWE-643",
    "batch36: find_book builds an XPath expression from the title parameter",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml")


@app.route("/book")
def find_book():
    """Return the author of the book whose title is given."""
    title = request.args.get("title", "")
    hits = CATALOG.xpath("//book[title='" + title + "']/author/text()")
    return hits[0] if hits else ("not found", 404)
`,
  ),
  good(
    "CWE-643",
    "batch36: find_book passes the title as an XPath variable",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml")


@app.route("/book")
def find_book():
    """Return the author of the book whose title is given."""
    title = request.args.get("title", "")
    hits = CATALOG.xpath("//book[title=$t]/author/text()", t=title)
    return hits[0] if hits else ("not found", 404)
`,
  ),

  // ---------------- CWE-703 ----------------
  bad(
    "CWE-703",
    "batch36: charge swallows every exception and reports success",
    src`
import logging

from .payments import gateway

log = logging.getLogger(__name__)


def charge(order):
    """Charge the order's card and return True when the payment went through."""
    try:
        gateway.charge(order.card_token, order.total_cents)
    except Exception:
        pass
    return True
`,
  ),
  good(
    "CWE-703",
    "batch36: charge returns False and logs when the gateway fails",
    src`
import logging

from .payments import GatewayError, gateway

log = logging.getLogger(__name__)


def charge(order):
    """Charge the order's card and return True when the payment went through."""
    try:
        gateway.charge(order.card_token, order.total_cents)
    except GatewayError:
        log.exception("charge failed for order %s", order.id)
        return False
    return True
`,
  ),
  bad(
    "CWE-703",
    "batch36: withdraw guards the balance with assert, removed under python -O",
    src`
def withdraw(account, amount):
    """Withdraw amount from the account; never allow a negative balance."""
    assert amount > 0 and amount <= account.balance, "invalid amount"
    account.balance -= amount
    account.save()
`,
  ),
  good(
    "CWE-703",
    "batch36: withdraw raises ValueError for an invalid amount",
    src`
def withdraw(account, amount):
    """Withdraw amount from the account; never allow a negative balance."""
    if amount <= 0 or amount > account.balance:
        raise ValueError("invalid amount")
    account.balance -= amount
    account.save()
`,
  ),

  // ---------------- CWE-730 ----------------
  bad(
    "CWE-730",
    "batch36: grep endpoint compiles the pattern given by the client",
    src`
import re

from flask import Flask, request

app = Flask(__name__)
LINES = open("/srv/app/data/products.txt").read().splitlines()


@app.route("/grep")
def grep():
    """Return the product lines that contain the search text."""
    pattern = re.compile(request.args.get("q", ""))
    return "\n".join(l for l in LINES if pattern.search(l))
`,
  ),
  good(
    "CWE-730",
    "batch36: grep endpoint escapes the search text before compiling",
    src`
import re

from flask import Flask, request

app = Flask(__name__)
LINES = open("/srv/app/data/products.txt").read().splitlines()


@app.route("/grep")
def grep():
    """Return the product lines that contain the search text."""
    pattern = re.compile(re.escape(request.args.get("q", "")))
    return "\n".join(l for l in LINES if pattern.search(l))
`,
  ),

  // ---------------- CWE-732 ----------------
  bad(
    "CWE-732",
    "batch36: save_private_key writes the key then chmods it 0o666",
    src`
import os


def save_private_key(pem: bytes, path: str):
    """Write the private key PEM to path."""
    with open(path, "wb") as fh:
        fh.write(pem)
    os.chmod(path, 0o666)
`,
  ),
  good(
    "CWE-732",
    "batch36: save_private_key creates the file 0o600",
    src`
import os


def save_private_key(pem: bytes, path: str):
    """Write the private key PEM to path."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
`,
  ),
  bad(
    "CWE-732",
    "batch36: setup creates the shared upload directory world-writable",
    src`
import os


def prepare_upload_dir(path="/srv/app/uploads"):
    """Create the directory where the web app stores uploads."""
    os.makedirs(path, mode=0o777, exist_ok=True)
    os.chmod(path, 0o777)
`,
  ),
  good(
    "CWE-732",
    "batch36: setup creates the upload directory 0o750",
    src`
import os


def prepare_upload_dir(path="/srv/app/uploads"):
    """Create the directory where the web app stores uploads."""
    os.makedirs(path, mode=0o750, exist_ok=True)
    os.chmod(path, 0o750)
`,
  ),

  // ---------------- CWE-759 ----------------
  bad(
    "CWE-759",
    "batch36: hash_password is a bare SHA-256 of the password",
    src`
import hashlib


def hash_password(password: str) -> str:
    """Hash a password for storage in the users table."""
    return hashlib.sha256(password.encode("utf-8")).hexdigest()
`,
  ),
  good(
    "CWE-759",
    "batch36: hash_password uses scrypt with a random salt",
    src`
import hashlib
import os


def hash_password(password: str) -> str:
    """Hash a password for storage in the users table."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + "$" + digest.hex()
`,
  ),

  // ---------------- CWE-760 ----------------
  bad(
    "CWE-760",
    "batch36: derive_key runs PBKDF2 with a constant salt",
    src`
import hashlib

SALT = b"acme-static-salt"


def hash_password(password: str) -> bytes:
    """Hash a password for storage."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 310_000)
`,
  ),
  good(
    "CWE-760",
    "batch36: derive_key runs PBKDF2 with a random per-password salt",
    src`
import hashlib
import os


def hash_password(password: str) -> bytes:
    """Hash a password for storage."""
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310_000)
`,
  ),
  bad(
    "CWE-760",
    "batch36: PBKDF2HMAC from cryptography with the username as salt",
    src`
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC


def hash_password(username: str, password: str) -> bytes:
    """Hash the user's password for storage."""
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=username.encode(), iterations=480_000)
    return kdf.derive(password.encode())
`,
  ),
  good(
    "CWE-760",
    "batch36: PBKDF2HMAC from cryptography with os.urandom salt",
    src`
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC


def hash_password(username: str, password: str) -> bytes:
    """Hash the user's password for storage."""
    salt = os.urandom(16)
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=480_000)
    return salt + kdf.derive(password.encode())
`,
  ),

  // ---------------- CWE-776 ----------------
  bad(
    "CWE-776",
    "batch36: minidom parses the uploaded SVG",
    src`
from xml.dom import minidom

from flask import Flask, request

app = Flask(__name__)


@app.route("/svg/size", methods=["POST"])
def svg_size():
    """Return the width and height attributes of the uploaded SVG."""
    doc = minidom.parseString(request.files["svg"].read())
    svg = doc.documentElement
    return {"width": svg.getAttribute("width"), "height": svg.getAttribute("height")}
`,
  ),
  good(
    "CWE-776",
    "batch36: defusedxml.minidom parses the uploaded SVG",
    src`
from defusedxml import minidom
from flask import Flask, request

app = Flask(__name__)


@app.route("/svg/size", methods=["POST"])
def svg_size():
    """Return the width and height attributes of the uploaded SVG."""
    doc = minidom.parseString(request.files["svg"].read())
    svg = doc.documentElement
    return {"width": svg.getAttribute("width"), "height": svg.getAttribute("height")}
`,
  ),

  // ---------------- CWE-798 ----------------
  bad(
    "CWE-798",
    "batch36: connect_db passes a literal password to psycopg2",
    src`
import psycopg2


def connect_db():
    """Open a connection to the reporting database."""
    return psycopg2.connect(host="db.internal", dbname="reports", user="reporter", password="R3p0rt!ng")
`,
  ),
  good(
    "CWE-798",
    "batch36: connect_db reads the password from the environment",
    src`
import os

import psycopg2


def connect_db():
    """Open a connection to the reporting database."""
    return psycopg2.connect(
        host="db.internal", dbname="reports", user="reporter", password=os.environ["REPORTS_DB_PASSWORD"]
    )
`,
  ),
  bad(
    "CWE-798",
    "batch36: S3 client created with literal access keys",
    src`
import boto3


def upload_backup(path):
    """Upload the backup file to the backups bucket."""
    s3 = boto3.client(
        "s3",
        aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    )
    s3.upload_file(path, "acme-backups", path.rsplit("/", 1)[-1])
`,
  ),
  good(
    "CWE-798",
    "batch36: S3 client uses the default credential chain",
    src`
import boto3


def upload_backup(path):
    """Upload the backup file to the backups bucket."""
    s3 = boto3.client("s3")
    s3.upload_file(path, "acme-backups", path.rsplit("/", 1)[-1])
`,
  ),

  // ---------------- CWE-835 ----------------
  bad(
    "CWE-835",
    "batch36: read_frames loops on recv without stopping when the peer closes",
    src`
import socket


def read_frames(sock: socket.socket, handle):
    """Read data from the socket and pass each chunk to handle until the peer is done."""
    buf = b""
    while True:
        chunk = sock.recv(4096)
        buf += chunk
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            handle(line)
`,
  ),
  good(
    "CWE-835",
    "batch36: read_frames stops when recv returns b''",
    src`
import socket


def read_frames(sock: socket.socket, handle):
    """Read data from the socket and pass each chunk to handle until the peer is done."""
    buf = b""
    while True:
        chunk = sock.recv(4096)
        if not chunk:
            break
        buf += chunk
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            handle(line)
`,
  ),

  // ---------------- CWE-841 ----------------
  bad(
    "CWE-841",
    "batch36: confirm_order ships without checking that payment step happened",
    src`
from flask import Flask, abort, session

from .orders import get_order, ship

app = Flask(__name__)


@app.route("/checkout/confirm", methods=["POST"])
def confirm_order():
    """Final checkout step: ship the order in the session."""
    order = get_order(session.get("order_id"))
    if order is None:
        abort(404)
    ship(order)
    return {"status": "shipped"}
`,
  ),
  good(
    "CWE-841",
    "batch36: confirm_order ships only orders whose state is 'paid'",
    src`
from flask import Flask, abort, session

from .orders import get_order, ship

app = Flask(__name__)


@app.route("/checkout/confirm", methods=["POST"])
def confirm_order():
    """Final checkout step: ship the order in the session."""
    order = get_order(session.get("order_id"))
    if order is None:
        abort(404)
    if order.state != "paid":
        abort(409)
    ship(order)
    return {"status": "shipped"}
`,
  ),

  // ---------------- CWE-918 ----------------
  bad(
    "CWE-918",
    "batch36: preview fetches the URL the client passes",
    src`
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/preview")
def preview():
    """Fetch the page at 'url' and return its title for a link preview."""
    resp = requests.get(request.args["url"], timeout=5)
    start = resp.text.find("<title>")
    end = resp.text.find("</title>")
    return resp.text[start + 7 : end] if start >= 0 else ""
`,
  ),
  good(
    "CWE-918",
    "batch36: preview fetches only from an allow-listed host",
    src`
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_HOSTS = {"www.example.com", "blog.example.com"}


@app.route("/preview")
def preview():
    """Fetch the page at 'url' and return its title for a link preview."""
    url = request.args["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        abort(400)
    resp = requests.get(url, timeout=5, allow_redirects=False)
    start = resp.text.find("<title>")
    end = resp.text.find("</title>")
    return resp.text[start + 7 : end] if start >= 0 else ""
`,
  ),
  bad(
    "CWE-918",
    "batch36: avatar import fetches a user-given URL with urllib",
    src`
import urllib.request

from django.http import HttpResponse


def import_avatar(request):
    """Download the avatar image from the URL the user entered."""
    url = request.POST["avatar_url"]
    with urllib.request.urlopen(url, timeout=10) as resp:
        data = resp.read()
    return HttpResponse(data, content_type="image/png")
`,
  ),
  good(
    "CWE-918",
    "batch36: avatar import fetches from a fixed CDN with the user's id only",
    src`
import urllib.parse
import urllib.request

from django.http import HttpResponse


def import_avatar(request):
    """Download the user's avatar image from the avatar CDN."""
    handle = urllib.parse.quote(request.POST["handle"], safe="")
    url = "https://avatars.example-cdn.com/u/" + handle + ".png"
    with urllib.request.urlopen(url, timeout=10) as resp:
        data = resp.read()
    return HttpResponse(data, content_type="image/png")
`,
  ),

  // ---------------- CWE-943 ----------------
  bad(
    "CWE-943",
    "batch36: find_users passes the posted JSON straight to pymongo find",
    src`
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/users/search", methods=["POST"])
def find_users():
    """Find users matching the posted filter fields."""
    query = request.get_json()
    return jsonify([u["name"] for u in users.find(query)])
`,
  ),
  good(
    "CWE-943",
    "batch36: find_users builds the filter from string fields only",
    src`
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/users/search", methods=["POST"])
def find_users():
    """Find users matching the posted filter fields."""
    body = request.get_json() or {}
    query = {"city": str(body.get("city", "")), "role": str(body.get("role", ""))}
    return jsonify([u["name"] for u in users.find(query)])
`,
  ),
  bad(
    "CWE-943",
    "batch36: mongo $where clause built from the name parameter",
    src`
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient()["shop"]


@app.route("/products")
def products():
    """List products whose name equals the 'name' parameter."""
    name = request.args.get("name", "")
    cur = db.products.find({"$where": "this.name == '" + name + "'"})
    return jsonify([p["sku"] for p in cur])
`,
  ),
  good(
    "CWE-943",
    "batch36: mongo equality filter on the name parameter as a string",
    src`
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient()["shop"]


@app.route("/products")
def products():
    """List products whose name equals the 'name' parameter."""
    name = request.args.get("name", "")
    cur = db.products.find({"name": str(name)})
    return jsonify([p["sku"] for p in cur])
`,
  ),

  // ---------------- CWE-1004 / CWE-614 ----------------
  bad(
    "CWE-614",
    "batch36: session cookie set without the Secure flag",
    src`
from flask import Flask, make_response

app = Flask(__name__)


@app.route("/start")
def start():
    """Start a session and hand the session token to the browser."""
    from secrets import token_urlsafe

    resp = make_response("started")
    resp.set_cookie("session_token", token_urlsafe(32), httponly=True)
    return resp
`,
  ),
  good(
    "CWE-614",
    "batch36: session cookie set with Secure, HttpOnly and SameSite",
    src`
from flask import Flask, make_response

app = Flask(__name__)


@app.route("/start")
def start():
    """Start a session and hand the session token to the browser."""
    from secrets import token_urlsafe

    resp = make_response("started")
    resp.set_cookie("session_token", token_urlsafe(32), httponly=True, secure=True, samesite="Lax")
    return resp
`,
  ),

  // ---------------- CWE-1204 ----------------
  bad(
    "CWE-1204",
    "batch36: encrypt_blob reuses the key as the CBC IV",
    src`
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_blob(key: bytes, data: bytes) -> bytes:
    """Encrypt data with AES-128-CBC."""
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return enc.update(padded) + enc.finalize()
`,
  ),
  good(
    "CWE-1204",
    "batch36: encrypt_blob draws the CBC IV from os.urandom",
    src`
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_blob(key: bytes, data: bytes) -> bytes:
    """Encrypt data with AES-128-CBC."""
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(padded) + enc.finalize()
`,
  ),
  bad(
    "CWE-1204",
    "batch36: GCM nonce drawn from random.randbytes",
    src`
import random

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def seal(key: bytes, plaintext: bytes) -> bytes:
    """Encrypt and authenticate the plaintext."""
    nonce = random.randbytes(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, None)
`,
  ),
  good(
    "CWE-1204",
    "batch36: GCM nonce drawn from secrets.token_bytes",
    src`
import secrets

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def seal(key: bytes, plaintext: bytes) -> bytes:
    """Encrypt and authenticate the plaintext."""
    nonce = secrets.token_bytes(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, None)
`,
  ),

  // ---------------- CWE-1333 ----------------
  bad(
    "CWE-1333",
    "batch36: validate_email uses a nested-quantifier regex on user input",
    src`
import re

from flask import Flask, request

app = Flask(__name__)
EMAIL_RE = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")


@app.route("/subscribe", methods=["POST"])
def subscribe():
    """Subscribe the posted e-mail address to the newsletter if it looks valid."""
    email = request.form.get("email", "")
    if not EMAIL_RE.match(email):
        return "invalid e-mail", 400
    return "subscribed"
`,
  ),
  good(
    "CWE-1333",
    "batch36: validate_email uses a linear regex and a length cap",
    src`
import re

from flask import Flask, request

app = Flask(__name__)
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


@app.route("/subscribe", methods=["POST"])
def subscribe():
    """Subscribe the posted e-mail address to the newsletter if it looks valid."""
    email = request.form.get("email", "")
    if len(email) > 254 or not EMAIL_RE.match(email):
        return "invalid e-mail", 400
    return "subscribed"
`,
  ),
];
