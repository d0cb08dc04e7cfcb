// Dev suite "py-snippets", batch 42 (see py-snippets.ts): written blind, measured before any fix it prompted. The
// style of a corpus of short insecure Python samples, one per CWE prompt: a few lines of imports, then one function
// (often library code whose tainted value is a parameter, a caller's input, with no web framework) or a one-route
// Flask / Django / FastAPI app, with the natural insecure completion; each safe twin differs in the one thing that
// makes it safe. Spread over a broad CWE list (input validation, paths, commands, XSS, SQL/LDAP/XPath/NoSQL
// injection, code injection, header splitting, log forging, error exposure, privileges, hard-coded secrets,
// permissions, TLS, authentication, cleartext storage and transport, keys, weak crypto and hashing, randomness,
// JWT verification, CSRF, temp files, session fixation, resource limits, uploads, proxies, deserialisation,
// credentials, redirects, XML entities and DTDs, numeric conversion, exception handling, regex DoS, salts, loops,
// workflow, authorisation, mass assignment, SSRF), in idioms the earlier batches use less. Own code, never taken
// from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH42: DevCase[] = [
  // ---------------- CWE-20 improper input validation ----------------
  bad(
    "CWE-20",
    "batch42: allocate_frame_buffer turns the caller's size string into a bytearray with no upper bound",
    src`
def allocate_frame_buffer(size_str):
    """Allocate a frame buffer of the size given in the client's header."""
    size = int(size_str)
    return bytearray(size)
`,
  ),
  good(
    "CWE-20",
    "batch42: allocate_frame_buffer checks the parsed size against a range before allocating",
    src`
MAX_FRAME = 1 << 20


def allocate_frame_buffer(size_str):
    """Allocate a frame buffer of the size given in the client's header."""
    size = int(size_str)
    if size <= 0 or size > MAX_FRAME:
        raise ValueError("frame size out of range")
    return bytearray(size)
`,
  ),
  bad(
    "CWE-20",
    "batch42: Flask withdraw route subtracts a form amount without checking it is positive",
    src`
from flask import Flask, request, session, jsonify

from .models import Account

app = Flask(__name__)


@app.route("/withdraw", methods=["POST"])
def withdraw():
    account = Account.get(session["account_id"])
    amount = float(request.form["amount"])
    account.balance -= amount
    account.save()
    return jsonify(balance=account.balance)
`,
  ),
  good(
    "CWE-20",
    "batch42: Flask withdraw route rejects amounts that are not positive or exceed the balance",
    src`
from flask import Flask, request, session, jsonify, abort

from .models import Account

app = Flask(__name__)


@app.route("/withdraw", methods=["POST"])
def withdraw():
    account = Account.get(session["account_id"])
    amount = float(request.form["amount"])
    if not (0 < amount <= account.balance):
        abort(400)
    account.balance -= amount
    account.save()
    return jsonify(balance=account.balance)
`,
  ),
  bad(
    "CWE-20",
    "batch42: get_page_slice uses the page number from the query string as an index without a range check",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)
PAGES = [["intro"], ["setup"], ["usage"], ["faq"]]


@app.route("/page")
def get_page_slice():
    page = int(request.args.get("page", "0"))
    return jsonify(PAGES[page])
`,
  ),
  good(
    "CWE-20",
    "batch42: get_page_slice checks the page number is within the list",
    src`
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
PAGES = [["intro"], ["setup"], ["usage"], ["faq"]]


@app.route("/page")
def get_page_slice():
    page = request.args.get("page", "0")
    if not page.isdigit() or int(page) >= len(PAGES):
        abort(404)
    return jsonify(PAGES[int(page)])
`,
  ),
  // ---------------- CWE-22 path traversal ----------------
  bad(
    "CWE-22",
    "batch42: read_user_file joins the caller's file name under a base folder and opens it",
    src`
import os

BASE_DIR = "/srv/app/files"


def read_user_file(filename):
    """Return the contents of a file the user stored earlier."""
    with open(os.path.join(BASE_DIR, filename)) as fh:
        return fh.read()
`,
  ),
  good(
    "CWE-22",
    "batch42: read_user_file resolves the joined path and checks it stays under the base folder",
    src`
import os

BASE_DIR = "/srv/app/files"


def read_user_file(filename):
    """Return the contents of a file the user stored earlier."""
    path = os.path.realpath(os.path.join(BASE_DIR, filename))
    if os.path.commonpath([path, BASE_DIR]) != BASE_DIR:
        raise PermissionError(filename)
    with open(path) as fh:
        return fh.read()
`,
  ),
  bad(
    "CWE-22",
    "batch42: Flask download route passes a joined query path to send_file",
    src`
import os
from flask import Flask, request, send_file

app = Flask(__name__)
UPLOAD_DIR = "/var/www/uploads"


@app.route("/download")
def download():
    name = request.args["name"]
    return send_file(os.path.join(UPLOAD_DIR, name), as_attachment=True)
`,
  ),
  good(
    "CWE-22",
    "batch42: Flask download route serves the name through send_from_directory",
    src`
from flask import Flask, request, send_from_directory

app = Flask(__name__)
UPLOAD_DIR = "/var/www/uploads"


@app.route("/download")
def download():
    name = request.args["name"]
    return send_from_directory(UPLOAD_DIR, name, as_attachment=True)
`,
  ),
  bad(
    "CWE-22",
    "batch42: extract_archive extracts every member of a caller's tarball with extractall",
    src`
import tarfile


def extract_archive(archive_path, dest):
    """Unpack an uploaded .tar.gz into the destination folder."""
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(dest)
`,
  ),
  good(
    "CWE-22",
    "batch42: extract_archive extracts with the data filter that refuses members leaving dest",
    src`
import tarfile


def extract_archive(archive_path, dest):
    """Unpack an uploaded .tar.gz into the destination folder."""
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(dest, filter="data")
`,
  ),
  bad(
    "CWE-22",
    "batch42: unzip_to writes each zip member to dest joined with the member's own name",
    src`
import os
import zipfile


def unzip_to(zip_path, dest):
    """Unpack a zip archive by hand, keeping the folder layout."""
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src_fh, open(target, "wb") as out:
                out.write(src_fh.read())
`,
  ),
  good(
    "CWE-22",
    "batch42: unzip_to resolves each member's target and skips those outside dest",
    src`
import os
import zipfile


def unzip_to(zip_path, dest):
    """Unpack a zip archive by hand, keeping the folder layout."""
    root = os.path.realpath(dest)
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            target = os.path.realpath(os.path.join(root, info.filename))
            if not target.startswith(root + os.sep):
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src_fh, open(target, "wb") as out:
                out.write(src_fh.read())
`,
  ),
  // ---------------- CWE-73 external control of file name ----------------
  bad(
    "CWE-73",
    "batch42: delete_report removes the report whose name the caller gives, concatenated to the folder",
    src`
import os


def delete_report(name):
    """Delete a generated report by name."""
    os.remove("/var/reports/" + name)
`,
  ),
  good(
    "CWE-73",
    "batch42: delete_report accepts only names that match the generated-report pattern",
    src`
import os
import re

_REPORT = re.compile(r"^report-\d{8}\.pdf$")


def delete_report(name):
    """Delete a generated report by name."""
    if not _REPORT.fullmatch(name):
        raise ValueError("bad report name")
    os.remove("/var/reports/" + name)
`,
  ),
  bad(
    "CWE-73",
    "batch42: Flask log viewer opens the file named by the query string",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/logs")
def view_log():
    logfile = request.args.get("file", "app.log")
    with open(logfile) as fh:
        return "<pre>" + fh.read()[-5000:].replace("<", "&lt;") + "</pre>"
`,
  ),
  // ---------------- CWE-77 / CWE-78 command injection ----------------
  bad(
    "CWE-78",
    "batch42: ping_host runs ping with the host concatenated into a shell command",
    src`
import subprocess


def ping_host(host):
    """Return True when the host answers one ping."""
    result = subprocess.run("ping -c 1 " + host, shell=True, capture_output=True)
    return result.returncode == 0
`,
  ),
  good(
    "CWE-78",
    "batch42: ping_host passes the host as one argument of an argument list",
    src`
import subprocess


def ping_host(host):
    """Return True when the host answers one ping."""
    result = subprocess.run(["ping", "-c", "1", "--", host], capture_output=True)
    return result.returncode == 0
`,
  ),
  bad(
    "CWE-78",
    "batch42: make_thumbnail builds an ImageMagick command with an f-string and os.system",
    src`
import os


def make_thumbnail(src_path, dst_path, width=128):
    """Create a thumbnail of an uploaded image."""
    os.system(f"convert {src_path} -resize {width}x {dst_path}")
`,
  ),
  good(
    "CWE-78",
    "batch42: make_thumbnail runs convert with an argument list and check=True",
    src`
import subprocess


def make_thumbnail(src_path, dst_path, width=128):
    """Create a thumbnail of an uploaded image."""
    subprocess.run(["convert", src_path, "-resize", f"{int(width)}x", dst_path], check=True)
`,
  ),
  bad(
    "CWE-78",
    "batch42: branch_log reads git log output through os.popen with the branch appended",
    src`
import os


def branch_log(branch):
    """Return the one-line log of a branch."""
    return os.popen("git log --oneline " + branch).read()
`,
  ),
  good(
    "CWE-78",
    "batch42: branch_log quotes the branch with shlex.quote before os.popen",
    src`
import os
import shlex


def branch_log(branch):
    """Return the one-line log of a branch."""
    return os.popen("git log --oneline " + shlex.quote(branch)).read()
`,
  ),
  bad(
    "CWE-77",
    "batch42: archive_matching formats a glob pattern into a tar command run through the shell",
    src`
import subprocess


def archive_matching(pattern, out="backup.tgz"):
    """Archive the files matching the user's pattern."""
    cmd = "tar czf %s %s" % (out, pattern)
    subprocess.call(cmd, shell=True)
`,
  ),
  bad(
    "CWE-78",
    "batch42: Flask lookup route passes the domain to the whois command via check_output with shell=True",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/whois")
def whois():
    domain = request.args.get("domain")
    out = subprocess.check_output("whois {}".format(domain), shell=True)
    return out.decode(errors="replace"), 200, {"Content-Type": "text/plain"}
`,
  ),
  good(
    "CWE-78",
    "batch42: Flask lookup route checks the domain against a hostname pattern and runs whois without a shell",
    src`
import re
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
_DOMAIN = re.compile(r"^[A-Za-z0-9.-]{1,253}$")


@app.route("/whois")
def whois():
    domain = request.args.get("domain", "")
    if not _DOMAIN.fullmatch(domain) or domain.startswith("-"):
        abort(400)
    out = subprocess.check_output(["whois", domain])
    return out.decode(errors="replace"), 200, {"Content-Type": "text/plain"}
`,
  ),
  bad(
    "CWE-78",
    "batch42: remote_disk_usage runs a command string with the caller's path over paramiko exec_command",
    src`
import paramiko


def remote_disk_usage(client: paramiko.SSHClient, path):
    """Return du output for a path on the remote host."""
    stdin, stdout, stderr = client.exec_command("du -sh " + path)
    return stdout.read().decode()
`,
  ),
  // ---------------- CWE-79 cross-site scripting ----------------
  bad(
    "CWE-79",
    "batch42: Flask greeting concatenates the name query parameter into an HTML string",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    return "<h1>Hello, " + name + "!</h1>"
`,
  ),
  good(
    "CWE-79",
    "batch42: Flask greeting escapes the name with markupsafe.escape",
    src`
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    return "<h1>Hello, " + str(escape(name)) + "!</h1>"
`,
  ),
  bad(
    "CWE-79",
    "batch42: render_comment wraps a %-formatted string in Markup, so the comment is trusted as HTML",
    src`
from markupsafe import Markup


def render_comment(author, comment):
    """Return the HTML for one comment in the thread."""
    return Markup("<p><b>%s</b>: %s</p>" % (author, comment))
`,
  ),
  good(
    "CWE-79",
    "batch42: render_comment applies % to a Markup template, which escapes the arguments",
    src`
from markupsafe import Markup


def render_comment(author, comment):
    """Return the HTML for one comment in the thread."""
    return Markup("<p><b>%s</b>: %s</p>") % (author, comment)
`,
  ),
  bad(
    "CWE-79",
    "batch42: Flask search page renders a Jinja2 template from an Environment with autoescape off",
    src`
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=False)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    return env.get_template("search.html").render(query=q)
`,
  ),
  good(
    "CWE-79",
    "batch42: Flask search page renders through an Environment with select_autoescape",
    src`
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))


@app.route("/search")
def search():
    q = request.args.get("q", "")
    return env.get_template("search.html").render(query=q)
`,
  ),
  bad(
    "CWE-79",
    "batch42: build_error_page returns an HTML page with the caller's message in an f-string",
    src`
def build_error_page(message):
    """Build the HTML body shown when a form is invalid."""
    return f"""<html><body>
<div class="error">{message}</div>
<a href="/">Back</a>
</body></html>"""
`,
  ),
  good(
    "CWE-79",
    "batch42: build_error_page escapes the message with html.escape",
    src`
import html


def build_error_page(message):
    """Build the HTML body shown when a form is invalid."""
    return f"""<html><body>
<div class="error">{html.escape(message)}</div>
<a href="/">Back</a>
</body></html>"""
`,
  ),
  bad(
    "CWE-79",
    "batch42: Flask profile route writes the bio into make_response as HTML",
    src`
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview():
    bio = request.form["bio"]
    resp = make_response("<div class='bio'>%s</div>" % bio)
    resp.headers["Content-Type"] = "text/html"
    return resp
`,
  ),
  // ---------------- CWE-89 SQL injection ----------------
  bad(
    "CWE-89",
    "batch42: get_user formats the user name into a SELECT with % and a quoted placeholder",
    src`
def get_user(conn, username):
    """Fetch one user row by name."""
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users WHERE username = '%s'" % username)
    return cur.fetchone()
`,
  ),
  good(
    "CWE-89",
    "batch42: get_user passes the user name as a driver parameter",
    src`
def get_user(conn, username):
    """Fetch one user row by name."""
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users WHERE username = %s", (username,))
    return cur.fetchone()
`,
  ),
  bad(
    "CWE-89",
    "batch42: delete_order puts the order id into a DELETE with an f-string on a sqlite3 connection",
    src`
import sqlite3


def delete_order(db_path, order_id):
    """Remove an order from the shop database."""
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"DELETE FROM orders WHERE id = {order_id}")
`,
  ),
  good(
    "CWE-89",
    "batch42: delete_order binds the order id with a ? placeholder",
    src`
import sqlite3


def delete_order(db_path, order_id):
    """Remove an order from the shop database."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM orders WHERE id = ?", (order_id,))
`,
  ),
  bad(
    "CWE-89",
    "batch42: list_products orders by a caller-chosen column formatted into the query",
    src`
def list_products(cur, category, sort_by="name"):
    """List products in a category sorted by the requested column."""
    sql = "SELECT id, name, price FROM products WHERE category = %s ORDER BY {}".format(sort_by)
    cur.execute(sql, (category,))
    return cur.fetchall()
`,
  ),
  good(
    "CWE-89",
    "batch42: list_products maps the sort column through an allow-list before formatting",
    src`
_SORTS = {"name": "name", "price": "price", "newest": "created_at DESC"}


def list_products(cur, category, sort_by="name"):
    """List products in a category sorted by the requested column."""
    order = _SORTS.get(sort_by, "name")
    sql = "SELECT id, name, price FROM products WHERE category = %s ORDER BY {}".format(order)
    cur.execute(sql, (category,))
    return cur.fetchall()
`,
  ),
  bad(
    "CWE-89",
    "batch42: find_customers builds a SQLAlchemy text() query by concatenating the name",
    src`
from sqlalchemy import text


def find_customers(session, last_name):
    """Return customers with the given last name."""
    q = text("SELECT * FROM customers WHERE last_name = '" + last_name + "'")
    return session.execute(q).fetchall()
`,
  ),
  good(
    "CWE-89",
    "batch42: find_customers binds the name as a text() parameter",
    src`
from sqlalchemy import text


def find_customers(session, last_name):
    """Return customers with the given last name."""
    q = text("SELECT * FROM customers WHERE last_name = :ln")
    return session.execute(q, {"ln": last_name}).fetchall()
`,
  ),
  // ---------------- CWE-90 LDAP injection ----------------
  bad(
    "CWE-90",
    "batch42: find_ldap_user concatenates the uid into a python-ldap search filter",
    src`
import ldap


def find_ldap_user(conn, uid):
    """Look up a person entry by uid."""
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    return conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, flt)
`,
  ),
  good(
    "CWE-90",
    "batch42: find_ldap_user escapes the uid with ldap.filter.escape_filter_chars",
    src`
import ldap
from ldap.filter import escape_filter_chars


def find_ldap_user(conn, uid):
    """Look up a person entry by uid."""
    flt = "(&(objectClass=person)(uid=" + escape_filter_chars(uid) + "))"
    return conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, flt)
`,
  ),
  bad(
    "CWE-90",
    "batch42: Flask directory route puts the email into an ldap3 search filter f-string",
    src`
from flask import Flask, request, jsonify
from ldap3 import Server, Connection

app = Flask(__name__)


@app.route("/directory")
def directory():
    email = request.args["email"]
    conn = Connection(Server("ldap://ldap.internal"), auto_bind=True)
    conn.search("dc=example,dc=com", f"(mail={email})", attributes=["cn", "telephoneNumber"])
    return jsonify([e.entry_to_json() for e in conn.entries])
`,
  ),
  good(
    "CWE-90",
    "batch42: Flask directory route escapes the email with ldap3's escape_filter_chars",
    src`
from flask import Flask, request, jsonify
from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)


@app.route("/directory")
def directory():
    email = escape_filter_chars(request.args["email"])
    conn = Connection(Server("ldap://ldap.internal"), auto_bind=True)
    conn.search("dc=example,dc=com", f"(mail={email})", attributes=["cn", "telephoneNumber"])
    return jsonify([e.entry_to_json() for e in conn.entries])
`,
  ),
  // ---------------- CWE-94 / CWE-95 code injection ----------------
  bad(
    "CWE-95",
    "batch42: parse_setting evaluates a configuration value string with eval",
    src`
def parse_setting(raw):
    """Turn a setting string such as '[1, 2]' or '{"a": 1}' into a Python value."""
    return eval(raw)
`,
  ),
  good(
    "CWE-95",
    "batch42: parse_setting uses ast.literal_eval",
    src`
import ast


def parse_setting(raw):
    """Turn a setting string such as '[1, 2]' or '{"a": 1}' into a Python value."""
    return ast.literal_eval(raw)
`,
  ),
  bad(
    "CWE-95",
    "batch42: filter_records keeps the rows for which a caller's condition string evaluates true",
    src`
def filter_records(records, condition):
    """Keep the records matching a condition like "age > 30 and city == 'Oslo'"."""
    return [r for r in records if eval(condition, {}, dict(r))]
`,
  ),
  bad(
    "CWE-94",
    "batch42: Flask plugin route imports the module named in the query string and calls its run()",
    src`
import importlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/plugin")
def run_plugin():
    name = request.args["name"]
    module = importlib.import_module(name)
    return str(module.run())
`,
  ),
  good(
    "CWE-94",
    "batch42: Flask plugin route looks the plugin up in a fixed registry",
    src`
from flask import Flask, request, abort

from .plugins import export_csv, export_pdf

app = Flask(__name__)
PLUGINS = {"csv": export_csv, "pdf": export_pdf}


@app.route("/plugin")
def run_plugin():
    plugin = PLUGINS.get(request.args.get("name", ""))
    if plugin is None:
        abort(404)
    return str(plugin.run())
`,
  ),
  bad(
    "CWE-94",
    "batch42: make_validator compiles a caller's rule body into a function with exec",
    src`
def make_validator(rule_source):
    """Build a validator function from a rule body such as 'return len(x) < 10'."""
    namespace = {}
    exec("def validator(x):\n    " + rule_source, namespace)
    return namespace["validator"]
`,
  ),
  bad(
    "CWE-95",
    "batch42: get_nested reads an attribute path by evaluating 'obj.' plus the path",
    src`
def get_nested(obj, path):
    """Return obj.a.b.c for the path 'a.b.c'."""
    return eval("obj." + path)
`,
  ),
  good(
    "CWE-95",
    "batch42: get_nested walks the path with getattr and refuses private names",
    src`
def get_nested(obj, path):
    """Return obj.a.b.c for the path 'a.b.c'."""
    for part in path.split("."):
        if not part.isidentifier() or part.startswith("_"):
            raise ValueError(path)
        obj = getattr(obj, part)
    return obj
`,
  ),
  // ---------------- CWE-113 HTTP response splitting ----------------
  bad(
    "CWE-113",
    "batch42: Flask language route copies the query value into a response header",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/set-lang")
def set_lang():
    lang = request.args.get("lang", "en")
    resp = make_response("ok")
    resp.headers["Content-Language"] = lang
    return resp
`,
  ),
  good(
    "CWE-113",
    "batch42: Flask language route takes the header value from a fixed set of languages",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)
LANGS = {"en", "de", "fr", "nb"}


@app.route("/set-lang")
def set_lang():
    lang = request.args.get("lang", "en")
    if lang not in LANGS:
        lang = "en"
    resp = make_response("ok")
    resp.headers["Content-Language"] = lang
    return resp
`,
  ),
  bad(
    "CWE-113",
    "batch42: http.server handler sends a Location header built from the query's next value",
    src`
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlparse, parse_qs


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        page = qs.get("page", ["home"])[0]
        self.send_response(302)
        self.send_header("Location", "/app/" + page)
        self.end_headers()
`,
  ),
  good(
    "CWE-113",
    "batch42: http.server handler percent-encodes the page before the Location header",
    src`
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlparse, parse_qs, quote


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        page = qs.get("page", ["home"])[0]
        self.send_response(302)
        self.send_header("Location", "/app/" + quote(page, safe=""))
        self.end_headers()
`,
  ),
  // ---------------- CWE-117 log injection ----------------
  bad(
    "CWE-117",
    "batch42: record_failed_login logs the caller's user name in an f-string",
    src`
import logging

logger = logging.getLogger("auth")


def record_failed_login(username, ip):
    """Audit a failed login attempt."""
    logger.warning(f"failed login for user {username} from {ip}")
`,
  ),
  good(
    "CWE-117",
    "batch42: record_failed_login strips CR and LF from the user name before logging",
    src`
import logging

logger = logging.getLogger("auth")


def record_failed_login(username, ip):
    """Audit a failed login attempt."""
    safe_user = username.replace("\r", "\\r").replace("\n", "\\n")
    logger.warning("failed login for user %s from %s", safe_user, ip)
`,
  ),
  bad(
    "CWE-117",
    "batch42: Flask search route writes the raw query to app.logger",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/search")
def api_search():
    q = request.args.get("q", "")
    app.logger.info("search query: " + q)
    return jsonify(results=[])
`,
  ),
  good(
    "CWE-117",
    "batch42: Flask search route logs the query through %r so newlines are escaped",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/search")
def api_search():
    q = request.args.get("q", "")
    app.logger.info("search query: %r", q)
    return jsonify(results=[])
`,
  ),
  // ---------------- CWE-209 / CWE-200 exposure ----------------
  bad(
    "CWE-209",
    "batch42: Flask report route returns the traceback text to the client on failure",
    src`
import traceback
from flask import Flask, request

from .reports import build_report

app = Flask(__name__)


@app.route("/report")
def report():
    try:
        return build_report(request.args["id"])
    except Exception:
        return traceback.format_exc(), 500
`,
  ),
  good(
    "CWE-209",
    "batch42: Flask report route logs the exception and returns a generic message",
    src`
from flask import Flask, request

from .reports import build_report

app = Flask(__name__)


@app.route("/report")
def report():
    try:
        return build_report(request.args["id"])
    except Exception:
        app.logger.exception("report failed")
        return "internal error", 500
`,
  ),
  bad(
    "CWE-209",
    "batch42: FastAPI handler puts str(exc) into the HTTPException detail",
    src`
from fastapi import FastAPI, HTTPException

from .db import fetch_product

app = FastAPI()


@app.get("/products/{product_id}")
async def get_product(product_id: int):
    try:
        return await fetch_product(product_id)
    except Exception as exc:
        raise HTTPException(status_code=500, detail=f"database error: {exc}")
`,
  ),
  good(
    "CWE-209",
    "batch42: FastAPI handler logs the exception and raises a fixed detail",
    src`
import logging

from fastapi import FastAPI, HTTPException

from .db import fetch_product

app = FastAPI()
log = logging.getLogger(__name__)


@app.get("/products/{product_id}")
async def get_product(product_id: int):
    try:
        return await fetch_product(product_id)
    except Exception:
        log.exception("product lookup failed")
        raise HTTPException(status_code=500, detail="internal error")
`,
  ),
  bad(
    "CWE-200",
    "batch42: Flask user API returns the model's whole __dict__, password hash included",
    src`
from flask import Flask, jsonify

from .models import User

app = Flask(__name__)


@app.route("/api/users/<int:user_id>")
def user_detail(user_id):
    user = User.query.get_or_404(user_id)
    data = dict(user.__dict__)
    data.pop("_sa_instance_state", None)
    return jsonify(data)
`,
  ),
  good(
    "CWE-200",
    "batch42: Flask user API returns only the public profile fields",
    src`
from flask import Flask, jsonify

from .models import User

app = Flask(__name__)


@app.route("/api/users/<int:user_id>")
def user_detail(user_id):
    user = User.query.get_or_404(user_id)
    return jsonify(id=user.id, name=user.display_name, joined=user.created_at.isoformat())
`,
  ),
  // ---------------- CWE-250 unnecessary privileges ----------------
  bad(
    "CWE-250",
    "batch42: a TCP daemon binds port 80 as root and keeps serving as root",
    src`
import socketserver

from .handlers import EchoHandler


def main():
    """Start the echo service on port 80 (must be started as root)."""
    server = socketserver.TCPServer(("0.0.0.0", 80), EchoHandler)
    server.serve_forever()
`,
  ),
  good(
    "CWE-250",
    "batch42: a TCP daemon binds port 80 as root, then drops to nobody before serving",
    src`
import os
import pwd
import socketserver

from .handlers import EchoHandler


def main():
    """Start the echo service on port 80 (must be started as root)."""
    server = socketserver.TCPServer(("0.0.0.0", 80), EchoHandler)
    nobody = pwd.getpwnam("nobody")
    os.setgroups([])
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)
    server.serve_forever()
`,
  ),
  bad(
    "CWE-250",
    "batch42: create_home raises the effective uid to root and never lowers it again",
    src`
import os


def create_home(username, uid, gid):
    """Create a home folder for a new user."""
    os.seteuid(0)
    path = os.path.join("/home", username)
    os.mkdir(path, 0o750)
    os.chown(path, uid, gid)
    return path
`,
  ),
  good(
    "CWE-250",
    "batch42: create_home restores the real uid in a finally block",
    src`
import os


def create_home(username, uid, gid):
    """Create a home folder for a new user."""
    os.seteuid(0)
    try:
        path = os.path.join("/home", os.path.basename(username))
        os.mkdir(path, 0o750)
        os.chown(path, uid, gid)
    finally:
        os.seteuid(os.getuid())
    return path
`,
  ),
  // ---------------- CWE-259 / CWE-798 hard-coded credentials ----------------
  bad(
    "CWE-798",
    "batch42: get_connection opens psycopg2 with the password written in the call",
    src`
import psycopg2


def get_connection():
    """Open a connection to the reporting database."""
    return psycopg2.connect(host="db.internal", dbname="reports", user="report_rw", password="Rep0rt!2024")
`,
  ),
  good(
    "CWE-798",
    "batch42: get_connection reads the password from the environment",
    src`
import os

import psycopg2


def get_connection():
    """Open a connection to the reporting database."""
    return psycopg2.connect(
        host="db.internal", dbname="reports", user="report_rw", password=os.environ["REPORTS_DB_PASSWORD"]
    )
`,
  ),
  bad(
    "CWE-259",
    "batch42: is_admin_password compares the input with a password literal",
    src`
def is_admin_password(password):
    """Check whether the given password is the admin password."""
    return password == "Adm1nPa55!"
`,
  ),
  good(
    "CWE-259",
    "batch42: is_admin_password compares a PBKDF2 digest with a stored hash in constant time",
    src`
import hashlib
import hmac
import os


def is_admin_password(password):
    """Check whether the given password is the admin password."""
    salt = bytes.fromhex(os.environ["ADMIN_PW_SALT"])
    expected = bytes.fromhex(os.environ["ADMIN_PW_HASH"])
    got = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return hmac.compare_digest(got, expected)
`,
  ),
  bad(
    "CWE-798",
    "batch42: s3_client passes an access key pair literal to boto3",
    src`
import boto3


def s3_client():
    """Return an S3 client for the backup bucket."""
    return boto3.client(
        "s3",
        aws_access_key_id="AKIAZ7QX3MPLE4EXMPL",
        aws_secret_access_key="q9Lk2Wv0ZsT4bN8xYc1RjHu6Ep3GaMdFtK5oVw7S",
        region_name="eu-west-1",
    )
`,
  ),
  good(
    "CWE-798",
    "batch42: s3_client lets boto3 find credentials through its default chain",
    src`
import boto3


def s3_client():
    """Return an S3 client for the backup bucket."""
    return boto3.client("s3", region_name="eu-west-1")
`,
  ),
  bad(
    "CWE-798",
    "batch42: issue_token signs JWTs with a secret string in the source",
    src`
import datetime

import jwt

SECRET = "change-me-super-secret-key"


def issue_token(user_id):
    """Issue a one-hour access token."""
    payload = {"sub": str(user_id), "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}
    return jwt.encode(payload, SECRET, algorithm="HS256")
`,
  ),
  good(
    "CWE-798",
    "batch42: issue_token reads the signing secret from the environment",
    src`
import datetime
import os

import jwt

SECRET = os.environ["JWT_SECRET"]


def issue_token(user_id):
    """Issue a one-hour access token."""
    payload = {"sub": str(user_id), "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}
    return jwt.encode(payload, SECRET, algorithm="HS256")
`,
  ),
  // ---------------- CWE-276 / CWE-732 permissions ----------------
  bad(
    "CWE-732",
    "batch42: save_api_key writes the key file then makes it world-readable and writable with 0o777",
    src`
import os


def save_api_key(path, key):
    """Store the API key for the sync agent."""
    with open(path, "w") as fh:
        fh.write(key)
    os.chmod(path, 0o777)
`,
  ),
  good(
    "CWE-732",
    "batch42: save_api_key restricts the key file to its owner with 0o600",
    src`
import os


def save_api_key(path, key):
    """Store the API key for the sync agent."""
    with open(path, "w") as fh:
        fh.write(key)
    os.chmod(path, 0o600)
`,
  ),
  bad(
    "CWE-276",
    "batch42: init_cache_dir creates the shared cache folder with mode 0o777",
    src`
import os


def init_cache_dir(path):
    """Create the cache folder used by the worker processes."""
    os.makedirs(path, mode=0o777, exist_ok=True)
    return path
`,
  ),
  good(
    "CWE-276",
    "batch42: init_cache_dir creates the cache folder with mode 0o700",
    src`
import os


def init_cache_dir(path):
    """Create the cache folder used by the worker processes."""
    os.makedirs(path, mode=0o700, exist_ok=True)
    return path
`,
  ),
  bad(
    "CWE-732",
    "batch42: write_session_file sets umask 0 before writing the session store",
    src`
import json
import os


def write_session_file(path, sessions):
    """Persist the session table to disk."""
    os.umask(0)
    with open(path, "w") as fh:
        json.dump(sessions, fh)
`,
  ),
  good(
    "CWE-732",
    "batch42: write_session_file sets umask 0o077 before writing the session store",
    src`
import json
import os


def write_session_file(path, sessions):
    """Persist the session table to disk."""
    os.umask(0o077)
    with open(path, "w") as fh:
        json.dump(sessions, fh)
`,
  ),
  bad(
    "CWE-732",
    "batch42: store_credentials creates the credential file through os.open with mode 0o666",
    src`
import os


def store_credentials(path, data: bytes):
    """Write the service credentials file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
`,
  ),
  good(
    "CWE-732",
    "batch42: store_credentials creates the credential file through os.open with mode 0o600",
    src`
import os


def store_credentials(path, data: bytes):
    """Write the service credentials file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
`,
  ),
  bad(
    "CWE-732",
    "batch42: publish_key chmods the private key with stat flags that add group and other read",
    src`
import os
import stat


def publish_key(path):
    """Make the signing key available to the web workers."""
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
`,
  ),
  // ---------------- CWE-295 certificate validation ----------------
  bad(
    "CWE-295",
    "batch42: fetch_status calls requests.get with verify=False",
    src`
import requests


def fetch_status(url):
    """Return the JSON status document of an internal service."""
    resp = requests.get(url, verify=False, timeout=10)
    resp.raise_for_status()
    return resp.json()
`,
  ),
  good(
    "CWE-295",
    "batch42: fetch_status verifies against the company CA bundle",
    src`
import requests


def fetch_status(url):
    """Return the JSON status document of an internal service."""
    resp = requests.get(url, verify="/etc/ssl/certs/company-ca.pem", timeout=10)
    resp.raise_for_status()
    return resp.json()
`,
  ),
  bad(
    "CWE-295",
    "batch42: open_tls turns off hostname checking and certificate verification on a default context",
    src`
import socket
import ssl


def open_tls(host, port=443):
    """Open a TLS connection to host."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    sock = socket.create_connection((host, port))
    return ctx.wrap_socket(sock, server_hostname=host)
`,
  ),
  good(
    "CWE-295",
    "batch42: open_tls uses the default context unchanged",
    src`
import socket
import ssl


def open_tls(host, port=443):
    """Open a TLS connection to host."""
    ctx = ssl.create_default_context()
    sock = socket.create_connection((host, port))
    return ctx.wrap_socket(sock, server_hostname=host)
`,
  ),
  bad(
    "CWE-295",
    "batch42: download uses urlopen with ssl._create_unverified_context",
    src`
import ssl
import urllib.request


def download(url, dest):
    """Download url to dest."""
    with urllib.request.urlopen(url, context=ssl._create_unverified_context()) as r, open(dest, "wb") as fh:
        fh.write(r.read())
`,
  ),
  bad(
    "CWE-295",
    "batch42: rotate_logs accepts unknown host keys with AutoAddPolicy",
    src`
import paramiko


def rotate_logs(host, user, key_file):
    """Run the fixed log-rotation command on a host."""
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, key_filename=key_file)
    _, out, _ = client.exec_command("sudo logrotate -f /etc/logrotate.d/app")
    return out.read()
`,
  ),
  good(
    "CWE-295",
    "batch42: rotate_logs loads known hosts and rejects unknown keys",
    src`
import paramiko


def rotate_logs(host, user, key_file):
    """Run the fixed log-rotation command on a host."""
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_file)
    _, out, _ = client.exec_command("sudo logrotate -f /etc/logrotate.d/app")
    return out.read()
`,
  ),
  // ---------------- CWE-306 missing authentication ----------------
  bad(
    "CWE-306",
    "batch42: Flask admin route deletes a user with no login check while the other routes require one",
    src`
from flask import Flask, request, jsonify
from flask_login import login_required

from .models import User, db

app = Flask(__name__)


@app.route("/profile")
@login_required
def profile():
    return jsonify(ok=True)


@app.route("/admin/users/delete", methods=["POST"])
def delete_user():
    user = User.query.get_or_404(request.form["id"])
    db.session.delete(user)
    db.session.commit()
    return jsonify(deleted=user.id)
`,
  ),
  good(
    "CWE-306",
    "batch42: Flask admin route requires a logged-in admin before deleting a user",
    src`
from flask import Flask, request, jsonify, abort
from flask_login import login_required, current_user

from .models import User, db

app = Flask(__name__)


@app.route("/profile")
@login_required
def profile():
    return jsonify(ok=True)


@app.route("/admin/users/delete", methods=["POST"])
@login_required
def delete_user():
    if not current_user.is_admin:
        abort(403)
    user = User.query.get_or_404(request.form["id"])
    db.session.delete(user)
    db.session.commit()
    return jsonify(deleted=user.id)
`,
  ),
  bad(
    "CWE-306",
    "batch42: FastAPI shutdown endpoint has no authentication dependency",
    src`
import os
import signal

from fastapi import FastAPI

app = FastAPI()


@app.post("/admin/shutdown")
def shutdown():
    os.kill(os.getpid(), signal.SIGTERM)
    return {"status": "stopping"}
`,
  ),
  good(
    "CWE-306",
    "batch42: FastAPI shutdown endpoint depends on an admin token check",
    src`
import hmac
import os
import signal

from fastapi import FastAPI, Depends, Header, HTTPException

app = FastAPI()


def require_admin(x_admin_token: str = Header(...)):
    if not hmac.compare_digest(x_admin_token, os.environ["ADMIN_TOKEN"]):
        raise HTTPException(status_code=401)


@app.post("/admin/shutdown", dependencies=[Depends(require_admin)])
def shutdown():
    os.kill(os.getpid(), signal.SIGTERM)
    return {"status": "stopping"}
`,
  ),
  // ---------------- CWE-312 / CWE-315 cleartext storage ----------------
  bad(
    "CWE-312",
    "batch42: remember_login appends the user name and password to a text file",
    src`
def remember_login(username, password, path="~/.myapp_credentials"):
    """Save the login so the CLI does not ask again."""
    import os

    with open(os.path.expanduser(path), "a") as fh:
        fh.write(f"{username}:{password}\n")
`,
  ),
  good(
    "CWE-312",
    "batch42: remember_login stores the password in the OS keyring",
    src`
import keyring


def remember_login(username, password):
    """Save the login so the CLI does not ask again."""
    keyring.set_password("myapp", username, password)
`,
  ),
  bad(
    "CWE-315",
    "batch42: Flask login stores the password in a cookie for 'remember me'",
    src`
from flask import Flask, request, redirect, make_response

from .auth import check_credentials

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form["username"]
    pw = request.form["password"]
    if not check_credentials(user, pw):
        return "invalid", 401
    resp = make_response(redirect("/"))
    resp.set_cookie("username", user)
    resp.set_cookie("password", pw, max_age=30 * 24 * 3600)
    return resp
`,
  ),
  good(
    "CWE-315",
    "batch42: Flask login sets a random remember token cookie and keeps the password server-side",
    src`
import secrets

from flask import Flask, request, redirect, make_response

from .auth import check_credentials, save_remember_token

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form["username"]
    pw = request.form["password"]
    if not check_credentials(user, pw):
        return "invalid", 401
    token = secrets.token_urlsafe(32)
    save_remember_token(user, token)
    resp = make_response(redirect("/"))
    resp.set_cookie("remember", token, max_age=30 * 24 * 3600, secure=True, httponly=True, samesite="Lax")
    return resp
`,
  ),
  bad(
    "CWE-312",
    "batch42: save_config writes the database password into an INI file with configparser",
    src`
import configparser


def save_config(path, host, user, password):
    """Write the connection settings chosen in the setup wizard."""
    cfg = configparser.ConfigParser()
    cfg["database"] = {"host": host, "user": user, "password": password}
    with open(path, "w") as fh:
        cfg.write(fh)
`,
  ),
  // ---------------- CWE-319 cleartext transmission ----------------
  bad(
    "CWE-319",
    "batch42: login posts credentials to an http:// endpoint",
    src`
import requests


def login(username, password):
    """Log in to the partner API and return the session token."""
    r = requests.post("http://api.partner.example/v1/login", json={"user": username, "password": password}, timeout=10)
    r.raise_for_status()
    return r.json()["token"]
`,
  ),
  good(
    "CWE-319",
    "batch42: login posts credentials to the https:// endpoint",
    src`
import requests


def login(username, password):
    """Log in to the partner API and return the session token."""
    r = requests.post("https://api.partner.example/v1/login", json={"user": username, "password": password}, timeout=10)
    r.raise_for_status()
    return r.json()["token"]
`,
  ),
  bad(
    "CWE-319",
    "batch42: send_alert logs in to SMTP on port 25 without STARTTLS",
    src`
import smtplib
from email.message import EmailMessage


def send_alert(user, password, to, body):
    """Mail an alert through the company relay."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = user, to, "Alert"
    msg.set_content(body)
    with smtplib.SMTP("mail.example.com", 25) as s:
        s.login(user, password)
        s.send_message(msg)
`,
  ),
  good(
    "CWE-319",
    "batch42: send_alert upgrades the SMTP connection with starttls before logging in",
    src`
import smtplib
import ssl
from email.message import EmailMessage


def send_alert(user, password, to, body):
    """Mail an alert through the company relay."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = user, to, "Alert"
    msg.set_content(body)
    with smtplib.SMTP("mail.example.com", 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(user, password)
        s.send_message(msg)
`,
  ),
  bad(
    "CWE-319",
    "batch42: router_login sends the password over telnetlib",
    src`
import telnetlib


def router_login(host, user, password):
    """Log in to the router's management console."""
    tn = telnetlib.Telnet(host, 23, timeout=10)
    tn.read_until(b"login: ")
    tn.write(user.encode() + b"\n")
    tn.read_until(b"Password: ")
    tn.write(password.encode() + b"\n")
    return tn
`,
  ),
  // ---------------- CWE-321 hard-coded key ----------------
  bad(
    "CWE-321",
    "batch42: encrypt_field uses an AES key written as a bytes literal",
    src`
from Crypto.Cipher import AES

KEY = b"k3y-for-field-enc-0123456789abcd"


def encrypt_field(value: bytes):
    """Encrypt a database field."""
    cipher = AES.new(KEY, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(value)
    return cipher.nonce + tag + ct
`,
  ),
  good(
    "CWE-321",
    "batch42: encrypt_field loads the AES key from a key file named in the environment",
    src`
import os

from Crypto.Cipher import AES


def _load_key():
    with open(os.environ["FIELD_KEY_FILE"], "rb") as fh:
        return fh.read(32)


def encrypt_field(value: bytes):
    """Encrypt a database field."""
    cipher = AES.new(_load_key(), AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(value)
    return cipher.nonce + tag + ct
`,
  ),
  bad(
    "CWE-321",
    "batch42: token_box builds Fernet from a key literal",
    src`
from cryptography.fernet import Fernet

_box = Fernet(b"3q2-7wEjR9xQ0m4nVYk1c8sLhT6pGfZbUaWdKeNiOoI=")


def seal(data: bytes) -> bytes:
    """Encrypt a payload for the queue."""
    return _box.encrypt(data)
`,
  ),
  good(
    "CWE-321",
    "batch42: token_box builds Fernet from a key in the environment",
    src`
import os

from cryptography.fernet import Fernet

_box = Fernet(os.environ["QUEUE_FERNET_KEY"])


def seal(data: bytes) -> bytes:
    """Encrypt a payload for the queue."""
    return _box.encrypt(data)
`,
  ),
  // ---------------- CWE-326 / 327 / 328 / 916 weak crypto and hashing ----------------
  bad(
    "CWE-327",
    "batch42: encrypt_record uses single DES in ECB mode",
    src`
from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt_record(key: bytes, data: bytes) -> bytes:
    """Encrypt a record before it goes into the archive."""
    return DES.new(key, DES.MODE_ECB).encrypt(pad(data, 8))
`,
  ),
  good(
    "CWE-327",
    "batch42: encrypt_record uses AES-GCM with a random nonce",
    src`
from Crypto.Cipher import AES


def encrypt_record(key: bytes, data: bytes) -> bytes:
    """Encrypt a record before it goes into the archive."""
    cipher = AES.new(key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct
`,
  ),
  bad(
    "CWE-327",
    "batch42: encrypt_blob uses AES in ECB mode through cryptography's Cipher",
    src`
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_blob(key: bytes, blob: bytes) -> bytes:
    """Encrypt an attachment."""
    padder = padding.PKCS7(128).padder()
    padded = padder.update(blob) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(padded) + enc.finalize()
`,
  ),
  good(
    "CWE-327",
    "batch42: encrypt_blob uses AESGCM with a fresh 12-byte nonce",
    src`
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_blob(key: bytes, blob: bytes) -> bytes:
    """Encrypt an attachment."""
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, blob, None)
`,
  ),
  bad(
    "CWE-327",
    "batch42: tls_client_context pins the protocol to TLS 1.0",
    src`
import ssl


def tls_client_context(cafile):
    """Context for talking to the legacy payment gateway."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_verify_locations(cafile)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx
`,
  ),
  good(
    "CWE-327",
    "batch42: tls_client_context uses a default context with TLS 1.2 as the minimum",
    src`
import ssl


def tls_client_context(cafile):
    """Context for talking to the legacy payment gateway."""
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx
`,
  ),
  bad(
    "CWE-328",
    "batch42: certificate_matches compares an MD5 fingerprint of the peer certificate",
    src`
import hashlib


def certificate_matches(der_cert: bytes, pinned_fingerprint: str) -> bool:
    """Check the server certificate against the pinned fingerprint."""
    return hashlib.md5(der_cert).hexdigest() == pinned_fingerprint
`,
  ),
  good(
    "CWE-328",
    "batch42: certificate_matches compares a SHA-256 fingerprint in constant time",
    src`
import hashlib
import hmac


def certificate_matches(der_cert: bytes, pinned_fingerprint: str) -> bool:
    """Check the server certificate against the pinned fingerprint."""
    return hmac.compare_digest(hashlib.sha256(der_cert).hexdigest(), pinned_fingerprint)
`,
  ),
  bad(
    "CWE-328",
    "batch42: file_signature uses SHA-1 to detect tampering of downloaded files",
    src`
import hashlib


def file_signature(path):
    """Integrity digest recorded for each downloaded update."""
    h = hashlib.sha1()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()
`,
  ),
  bad(
    "CWE-916",
    "batch42: hash_password stores a single SHA-256 of the password",
    src`
import hashlib


def hash_password(password: str) -> str:
    """Hash a password for storage in the users table."""
    return hashlib.sha256(password.encode("utf-8")).hexdigest()
`,
  ),
  good(
    "CWE-916",
    "batch42: hash_password uses bcrypt with a generated salt",
    src`
import bcrypt


def hash_password(password: str) -> bytes:
    """Hash a password for storage in the users table."""
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))
`,
  ),
  bad(
    "CWE-916",
    "batch42: derive_password_hash runs PBKDF2 with only 1000 iterations",
    src`
import hashlib
import os


def derive_password_hash(password: str):
    """Return (salt, hash) for storing a password."""
    salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)
`,
  ),
  good(
    "CWE-916",
    "batch42: derive_password_hash runs PBKDF2 with 600000 iterations",
    src`
import hashlib
import os


def derive_password_hash(password: str):
    """Return (salt, hash) for storing a password."""
    salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
`,
  ),
  bad(
    "CWE-326",
    "batch42: new_signing_key generates a 1024-bit RSA key",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa


def new_signing_key():
    """Generate the key used to sign license files."""
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)
`,
  ),
  good(
    "CWE-326",
    "batch42: new_signing_key generates a 3072-bit RSA key",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa


def new_signing_key():
    """Generate the key used to sign license files."""
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)
`,
  ),
  bad(
    "CWE-326",
    "batch42: make_dsa_key generates a 1024-bit DSA key with PyCryptodome",
    src`
from Crypto.PublicKey import DSA


def make_dsa_key():
    """Generate a DSA key pair for the update signer."""
    key = DSA.generate(1024)
    return key.export_key(), key.publickey().export_key()
`,
  ),
  // ---------------- CWE-330 / CWE-338 randomness ----------------
  bad(
    "CWE-338",
    "batch42: make_reset_token draws letters with random.choice",
    src`
import random
import string


def make_reset_token(length=32):
    """Generate a password reset token."""
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))
`,
  ),
  good(
    "CWE-338",
    "batch42: make_reset_token draws letters with secrets.choice",
    src`
import secrets
import string


def make_reset_token(length=32):
    """Generate a password reset token."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))
`,
  ),
  bad(
    "CWE-330",
    "batch42: new_session_id seeds random with the time and returns getrandbits",
    src`
import random
import time


def new_session_id():
    """Create an identifier for a new login session."""
    random.seed(time.time())
    return "%016x" % random.getrandbits(64)
`,
  ),
  good(
    "CWE-330",
    "batch42: new_session_id returns secrets.token_hex",
    src`
import secrets


def new_session_id():
    """Create an identifier for a new login session."""
    return secrets.token_hex(16)
`,
  ),
  bad(
    "CWE-338",
    "batch42: send_otp texts a six-digit code from random.randint",
    src`
import random

from .sms import send_sms


def send_otp(phone):
    """Send a one-time login code and return it for verification."""
    code = str(random.randint(100000, 999999))
    send_sms(phone, f"Your login code is {code}")
    return code
`,
  ),
  good(
    "CWE-338",
    "batch42: send_otp texts a six-digit code from secrets.randbelow",
    src`
import secrets

from .sms import send_sms


def send_otp(phone):
    """Send a one-time login code and return it for verification."""
    code = f"{secrets.randbelow(1_000_000):06d}"
    send_sms(phone, f"Your login code is {code}")
    return code
`,
  ),
  bad(
    "CWE-330",
    "batch42: invite_code derives the code from uuid1, which is time- and MAC-based",
    src`
import uuid


def invite_code():
    """Code for an invitation link that grants an account."""
    return uuid.uuid1().hex
`,
  ),
  // ---------------- CWE-347 signature verification ----------------
  bad(
    "CWE-347",
    "batch42: current_user_id decodes the JWT with verify_signature turned off",
    src`
import jwt


def current_user_id(token):
    """Return the user id carried by the bearer token."""
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"]
`,
  ),
  good(
    "CWE-347",
    "batch42: current_user_id decodes the JWT with the key and a fixed algorithm list",
    src`
import os

import jwt


def current_user_id(token):
    """Return the user id carried by the bearer token."""
    claims = jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
    return claims["sub"]
`,
  ),
  bad(
    "CWE-347",
    "batch42: user_from_token base64-decodes the JWT payload segment and trusts it",
    src`
import base64
import json


def user_from_token(token):
    """Extract the user from the Authorization token."""
    payload = token.split(".")[1]
    payload += "=" * (-len(payload) % 4)
    claims = json.loads(base64.urlsafe_b64decode(payload))
    return claims["user"], claims.get("role", "user")
`,
  ),
  bad(
    "CWE-347",
    "batch42: role_of reads the role with python-jose's get_unverified_claims",
    src`
from jose import jwt


def role_of(token):
    """Return the role encoded in the access token."""
    return jwt.get_unverified_claims(token).get("role")
`,
  ),
  good(
    "CWE-347",
    "batch42: role_of verifies the token with python-jose before reading the role",
    src`
from jose import jwt

from .keys import PUBLIC_KEY


def role_of(token):
    """Return the role encoded in the access token."""
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"]).get("role")
`,
  ),
  // ---------------- CWE-352 CSRF ----------------
  bad(
    "CWE-352",
    "batch42: Django transfer view is csrf_exempt",
    src`
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.contrib.auth.decorators import login_required

from .models import Account


@csrf_exempt
@login_required
def transfer(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    src_acct = Account.objects.get(owner=request.user)
    src_acct.transfer_to(request.POST["to"], int(request.POST["amount"]))
    return JsonResponse({"ok": True})
`,
  ),
  good(
    "CWE-352",
    "batch42: Django transfer view keeps the CSRF middleware's protection",
    src`
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from django.contrib.auth.decorators import login_required

from .models import Account


@require_POST
@login_required
def transfer(request):
    src_acct = Account.objects.get(owner=request.user)
    src_acct.transfer_to(request.POST["to"], int(request.POST["amount"]))
    return JsonResponse({"ok": True})
`,
  ),
  bad(
    "CWE-352",
    "batch42: Flask app enables CSRFProtect but exempts the email-change route",
    src`
from flask import Flask, request, redirect
from flask_login import login_required, current_user
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)


@app.route("/account/email", methods=["POST"])
@csrf.exempt
@login_required
def change_email():
    current_user.email = request.form["email"]
    current_user.save()
    return redirect("/account")
`,
  ),
  bad(
    "CWE-352",
    "batch42: Flask app turns WTF_CSRF_ENABLED off for its forms",
    src`
import os

from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
CSRFProtect(app)
`,
  ),
  // ---------------- CWE-377 insecure temporary file ----------------
  bad(
    "CWE-377",
    "batch42: render_pdf writes to a name from tempfile.mktemp",
    src`
import tempfile


def render_pdf(html, renderer):
    """Render HTML to a temporary PDF and return its path."""
    path = tempfile.mktemp(suffix=".pdf")
    renderer.write_pdf(html, path)
    return path
`,
  ),
  good(
    "CWE-377",
    "batch42: render_pdf creates the file with NamedTemporaryFile(delete=False)",
    src`
import tempfile


def render_pdf(html, renderer):
    """Render HTML to a temporary PDF and return its path."""
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as fh:
        renderer.write_pdf(html, fh.name)
        return fh.name
`,
  ),
  bad(
    "CWE-377",
    "batch42: dump_rows writes to /tmp under a name built from the process id",
    src`
import csv
import os


def dump_rows(rows):
    """Write rows to a scratch CSV for the export job."""
    path = "/tmp/export_%d.csv" % os.getpid()
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path
`,
  ),
  good(
    "CWE-377",
    "batch42: dump_rows creates the scratch CSV with mkstemp",
    src`
import csv
import os
import tempfile


def dump_rows(rows):
    """Write rows to a scratch CSV for the export job."""
    fd, path = tempfile.mkstemp(prefix="export_", suffix=".csv")
    with os.fdopen(fd, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path
`,
  ),
  // ---------------- CWE-384 session fixation ----------------
  bad(
    "CWE-384",
    "batch42: login keeps the session id the client sent and binds the user to it",
    src`
import secrets

SESSIONS = {}


def login(request, response, user):
    """Attach an authenticated user to the client's session."""
    sid = request.cookies.get("sid") or secrets.token_urlsafe(32)
    SESSIONS[sid] = {"user_id": user.id}
    response.set_cookie("sid", sid, httponly=True, secure=True)
    return response
`,
  ),
  good(
    "CWE-384",
    "batch42: login drops the old session and issues a new id",
    src`
import secrets

SESSIONS = {}


def login(request, response, user):
    """Attach an authenticated user to the client's session."""
    SESSIONS.pop(request.cookies.get("sid"), None)
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = {"user_id": user.id}
    response.set_cookie("sid", sid, httponly=True, secure=True)
    return response
`,
  ),
  bad(
    "CWE-384",
    "batch42: Django login view writes the user id into the existing session without cycling its key",
    src`
from django.contrib.auth import authenticate
from django.shortcuts import redirect, render


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            request.session["user_id"] = user.pk
            return redirect("home")
    return render(request, "login.html")
`,
  ),
  good(
    "CWE-384",
    "batch42: Django login view calls django.contrib.auth.login, which rotates the session key",
    src`
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            return redirect("home")
    return render(request, "login.html")
`,
  ),
  // ---------------- CWE-400 / CWE-770 resource limits ----------------
  bad(
    "CWE-400",
    "batch42: Flask ingest route reads the whole request stream with no size limit",
    src`
from flask import Flask, request

from .store import save_blob

app = Flask(__name__)


@app.route("/ingest", methods=["POST"])
def ingest():
    data = request.stream.read()
    save_blob(data)
    return {"size": len(data)}
`,
  ),
  good(
    "CWE-400",
    "batch42: Flask ingest route sets MAX_CONTENT_LENGTH and reads at most that much",
    src`
from flask import Flask, request

from .store import save_blob

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 10 * 1024 * 1024


@app.route("/ingest", methods=["POST"])
def ingest():
    data = request.stream.read(app.config["MAX_CONTENT_LENGTH"] + 1)
    if len(data) > app.config["MAX_CONTENT_LENGTH"]:
        return {"error": "too large"}, 413
    save_blob(data)
    return {"size": len(data)}
`,
  ),
  bad(
    "CWE-400",
    "batch42: inflate_upload gunzips an uploaded body in one call",
    src`
import gzip


def inflate_upload(body: bytes) -> bytes:
    """Decompress a gzip-encoded upload."""
    return gzip.decompress(body)
`,
  ),
  good(
    "CWE-400",
    "batch42: inflate_upload decompresses with a decompressobj capped by max_length",
    src`
import zlib

MAX_OUT = 50 * 1024 * 1024


def inflate_upload(body: bytes) -> bytes:
    """Decompress a gzip-encoded upload."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = d.decompress(body, MAX_OUT)
    if d.unconsumed_tail:
        raise ValueError("decompressed upload too large")
    return out
`,
  ),
  bad(
    "CWE-400",
    "batch42: unpack_bundle extracts a caller's zip without looking at its size or member count",
    src`
import zipfile


def unpack_bundle(path, dest):
    """Unpack an uploaded theme bundle."""
    with zipfile.ZipFile(path) as zf:
        zf.extractall(dest)
`,
  ),
  good(
    "CWE-400",
    "batch42: unpack_bundle checks the member count and total uncompressed size first",
    src`
import zipfile

MAX_FILES = 1000
MAX_TOTAL = 200 * 1024 * 1024


def unpack_bundle(path, dest):
    """Unpack an uploaded theme bundle."""
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_FILES or sum(i.file_size for i in infos) > MAX_TOTAL:
            raise ValueError("bundle too large")
        zf.extractall(dest)
`,
  ),
  bad(
    "CWE-770",
    "batch42: read_message accumulates socket data until the peer closes, with no cap",
    src`
def read_message(conn):
    """Read one request from a client connection."""
    data = b""
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data
`,
  ),
  good(
    "CWE-770",
    "batch42: read_message stops with an error once the message passes a size cap",
    src`
MAX_MESSAGE = 1 << 20


def read_message(conn):
    """Read one request from a client connection."""
    data = b""
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
        if len(data) > MAX_MESSAGE:
            raise ValueError("message too large")
    return data
`,
  ),
  bad(
    "CWE-770",
    "batch42: serve starts a new thread for every accepted connection",
    src`
import socket
import threading

from .protocol import handle_client


def serve(port=9000):
    """Accept clients forever."""
    srv = socket.create_server(("", port))
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle_client, args=(conn,), daemon=True).start()
`,
  ),
  good(
    "CWE-770",
    "batch42: serve hands connections to a bounded thread pool",
    src`
import socket
from concurrent.futures import ThreadPoolExecutor

from .protocol import handle_client


def serve(port=9000):
    """Accept clients forever."""
    srv = socket.create_server(("", port))
    with ThreadPoolExecutor(max_workers=32) as pool:
        while True:
            conn, _ = srv.accept()
            pool.submit(handle_client, conn)
`,
  ),
  bad(
    "CWE-770",
    "batch42: Flask export route repeats a row list by a query-string count",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/sample")
def sample():
    n = int(request.args.get("n", "10"))
    return jsonify(["x" * 64] * n)
`,
  ),
  // ---------------- CWE-434 unrestricted upload ----------------
  bad(
    "CWE-434",
    "batch42: Flask avatar upload saves any file type under the static folder",
    src`
import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/avatar", methods=["POST"])
def upload_avatar():
    f = request.files["avatar"]
    name = secure_filename(f.filename)
    f.save(os.path.join(app.static_folder, "avatars", name))
    return {"url": "/static/avatars/" + name}
`,
  ),
  good(
    "CWE-434",
    "batch42: Flask avatar upload checks the extension against an image allow-list and renames the file",
    src`
import os
import uuid

from flask import Flask, request, abort

app = Flask(__name__)
ALLOWED = {".png", ".jpg", ".jpeg", ".gif"}


@app.route("/avatar", methods=["POST"])
def upload_avatar():
    f = request.files["avatar"]
    ext = os.path.splitext(f.filename or "")[1].lower()
    if ext not in ALLOWED:
        abort(400)
    name = uuid.uuid4().hex + ext
    f.save(os.path.join(app.static_folder, "avatars", name))
    return {"url": "/static/avatars/" + name}
`,
  ),
  bad(
    "CWE-434",
    "batch42: FastAPI upload writes the file under the public web root with the client's name",
    src`
from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()
PUBLIC = Path("/var/www/html/uploads")


@app.post("/upload")
async def upload(file: UploadFile):
    dest = PUBLIC / Path(file.filename).name
    dest.write_bytes(await file.read())
    return {"url": "/uploads/" + dest.name}
`,
  ),
  // ---------------- CWE-441 unintended proxy ----------------
  bad(
    "CWE-441",
    "batch42: relay opens a TCP connection to the host and port the client names and forwards its bytes",
    src`
import socket


def relay(target_host, target_port, payload: bytes) -> bytes:
    """Forward a client's payload to the backend it asks for and return the reply."""
    with socket.create_connection((target_host, int(target_port)), timeout=5) as s:
        s.sendall(payload)
        return s.recv(65536)
`,
  ),
  good(
    "CWE-441",
    "batch42: relay forwards only to backends in a fixed table",
    src`
import socket

BACKENDS = {"billing": ("10.0.1.10", 7000), "search": ("10.0.1.11", 7100)}


def relay(backend_name, payload: bytes) -> bytes:
    """Forward a client's payload to the backend it asks for and return the reply."""
    host, port = BACKENDS[backend_name]
    with socket.create_connection((host, port), timeout=5) as s:
        s.sendall(payload)
        return s.recv(65536)
`,
  ),
  // ---------------- CWE-502 deserialisation ----------------
  bad(
    "CWE-502",
    "batch42: load_session unpickles a base64 cookie value",
    src`
import base64
import pickle


def load_session(cookie_value):
    """Restore the session object stored in the client's cookie."""
    return pickle.loads(base64.b64decode(cookie_value))
`,
  ),
  good(
    "CWE-502",
    "batch42: load_session parses the cookie value as JSON",
    src`
import base64
import json


def load_session(cookie_value):
    """Restore the session object stored in the client's cookie."""
    return json.loads(base64.b64decode(cookie_value))
`,
  ),
  bad(
    "CWE-502",
    "batch42: import_config loads an uploaded YAML file with yaml.Loader",
    src`
import yaml


def import_config(fh):
    """Read an uploaded pipeline configuration."""
    return yaml.load(fh, Loader=yaml.Loader)
`,
  ),
  good(
    "CWE-502",
    "batch42: import_config loads the YAML with safe_load",
    src`
import yaml


def import_config(fh):
    """Read an uploaded pipeline configuration."""
    return yaml.safe_load(fh)
`,
  ),
  bad(
    "CWE-502",
    "batch42: receive_object reads a marshal blob from a socket",
    src`
import marshal


def receive_object(sock):
    """Receive one object sent by a worker."""
    size = int.from_bytes(sock.recv(4), "big")
    return marshal.loads(sock.recv(size))
`,
  ),
  good(
    "CWE-502",
    "batch42: receive_object reads a JSON document from a socket",
    src`
import json


def receive_object(sock):
    """Receive one object sent by a worker."""
    size = int.from_bytes(sock.recv(4), "big")
    return json.loads(sock.recv(size).decode("utf-8"))
`,
  ),
  bad(
    "CWE-502",
    "batch42: import_store opens an uploaded shelve file and copies its entries",
    src`
import shelve


def import_store(uploaded_path):
    """Import the key/value store a user uploaded from another instance."""
    with shelve.open(uploaded_path, flag="r") as db:
        return {k: db[k] for k in db.keys()}
`,
  ),
  bad(
    "CWE-502",
    "batch42: Flask state route restores an object with jsonpickle.decode",
    src`
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/state", methods=["POST"])
def restore_state():
    state = jsonpickle.decode(request.get_data(as_text=True))
    return {"restored": type(state).__name__}
`,
  ),
  good(
    "CWE-502",
    "batch42: Flask state route parses the body with request.get_json",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/state", methods=["POST"])
def restore_state():
    state = request.get_json(force=True)
    return {"restored": type(state).__name__}
`,
  ),
  bad(
    "CWE-502",
    "batch42: load_model reads a pickled model from a path the caller gives with pickle.load",
    src`
import pickle


def load_model(path):
    """Load a model file uploaded by a user."""
    with open(path, "rb") as fh:
        return pickle.load(fh)
`,
  ),
  // ---------------- CWE-522 insufficiently protected credentials ----------------
  bad(
    "CWE-522",
    "batch42: register inserts the password as given into the users table",
    src`
def register(conn, username, password):
    """Create a new account."""
    conn.execute("INSERT INTO users (username, password) VALUES (?, ?)", (username, password))
    conn.commit()
`,
  ),
  good(
    "CWE-522",
    "batch42: register inserts an argon2 hash of the password",
    src`
from argon2 import PasswordHasher

_ph = PasswordHasher()


def register(conn, username, password):
    """Create a new account."""
    conn.execute("INSERT INTO users (username, password_hash) VALUES (?, ?)", (username, _ph.hash(password)))
    conn.commit()
`,
  ),
  bad(
    "CWE-522",
    "batch42: save_password base64-encodes the password as its only protection",
    src`
import base64
import json


def save_password(path, service, password):
    """Save a service password in the local vault file."""
    with open(path) as fh:
        vault = json.load(fh)
    vault[service] = base64.b64encode(password.encode()).decode()
    with open(path, "w") as fh:
        json.dump(vault, fh)
`,
  ),
  // ---------------- CWE-601 open redirect ----------------
  bad(
    "CWE-601",
    "batch42: Flask login redirects to the next parameter as given",
    src`
from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/after-login")
def after_login():
    return redirect(request.args.get("next", "/"))
`,
  ),
  good(
    "CWE-601",
    "batch42: Flask login redirects only to a local path",
    src`
from urllib.parse import urlparse

from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/after-login")
def after_login():
    target = request.args.get("next", "/")
    parts = urlparse(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        target = "/"
    return redirect(target)
`,
  ),
  bad(
    "CWE-601",
    "batch42: Django view redirects to the return_to parameter with HttpResponseRedirect",
    src`
from django.http import HttpResponseRedirect


def sso_return(request):
    return HttpResponseRedirect(request.GET.get("return_to", "/"))
`,
  ),
  good(
    "CWE-601",
    "batch42: Django view checks return_to with url_has_allowed_host_and_scheme",
    src`
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def sso_return(request):
    target = request.GET.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        target = "/"
    return HttpResponseRedirect(target)
`,
  ),
  bad(
    "CWE-601",
    "batch42: Flask redirect checks the target only with startswith on the site URL",
    src`
from flask import Flask, request, redirect, abort

app = Flask(__name__)


@app.route("/go")
def go():
    url = request.args["url"]
    if not url.startswith("https://example.com"):
        abort(400)
    return redirect(url)
`,
  ),
  good(
    "CWE-601",
    "batch42: Flask redirect compares the parsed host with the site host",
    src`
from urllib.parse import urlparse

from flask import Flask, request, redirect, abort

app = Flask(__name__)


@app.route("/go")
def go():
    url = request.args["url"]
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname != "example.com":
        abort(400)
    return redirect(url)
`,
  ),
  // ---------------- CWE-611 / CWE-776 / CWE-827 XML ----------------
  bad(
    "CWE-611",
    "batch42: parse_invoice builds an lxml parser with resolve_entities=True",
    src`
from lxml import etree


def parse_invoice(xml_bytes):
    """Parse an invoice document sent by a supplier."""
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser)
    return {child.tag: child.text for child in root}
`,
  ),
  good(
    "CWE-611",
    "batch42: parse_invoice builds an lxml parser with entities off and no network",
    src`
from lxml import etree


def parse_invoice(xml_bytes):
    """Parse an invoice document sent by a supplier."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(xml_bytes, parser)
    return {child.tag: child.text for child in root}
`,
  ),
  bad(
    "CWE-611",
    "batch42: count_items turns on external general entities in an xml.sax parser",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges


class _Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        if name == "item":
            self.count += 1


def count_items(stream):
    """Count <item> elements in an uploaded feed."""
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = _Counter()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.count
`,
  ),
  good(
    "CWE-611",
    "batch42: count_items leaves external entities off in the xml.sax parser",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges


class _Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        if name == "item":
            self.count += 1


def count_items(stream):
    """Count <item> elements in an uploaded feed."""
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    handler = _Counter()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.count
`,
  ),
  bad(
    "CWE-776",
    "batch42: settings_from_xml parses an uploaded document with xml.dom.minidom",
    src`
from xml.dom import minidom


def settings_from_xml(data):
    """Read <setting name=... value=...> elements from an uploaded file."""
    doc = minidom.parseString(data)
    return {e.getAttribute("name"): e.getAttribute("value") for e in doc.getElementsByTagName("setting")}
`,
  ),
  good(
    "CWE-776",
    "batch42: settings_from_xml parses with defusedxml.minidom",
    src`
from defusedxml import minidom


def settings_from_xml(data):
    """Read <setting name=... value=...> elements from an uploaded file."""
    doc = minidom.parseString(data)
    return {e.getAttribute("name"): e.getAttribute("value") for e in doc.getElementsByTagName("setting")}
`,
  ),
  bad(
    "CWE-611",
    "batch42: Flask import route parses the uploaded XML with lxml's default parser",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_xml():
    doc = etree.parse(request.files["file"])
    return {"records": len(doc.getroot())}
`,
  ),
  bad(
    "CWE-827",
    "batch42: validate_order loads the DTD the document names and validates against it",
    src`
from lxml import etree


def validate_order(xml_bytes):
    """Validate a partner order against the DTD it declares."""
    parser = etree.XMLParser(load_dtd=True, dtd_validation=True, no_network=False)
    return etree.fromstring(xml_bytes, parser)
`,
  ),
  good(
    "CWE-827",
    "batch42: validate_order validates against the local DTD and does not load the document's",
    src`
from lxml import etree

_DTD = etree.DTD(open("/etc/app/order.dtd", "rb"))


def validate_order(xml_bytes):
    """Validate a partner order against our DTD."""
    parser = etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True)
    root = etree.fromstring(xml_bytes, parser)
    if not _DTD.validate(root):
        raise ValueError("invalid order")
    return root
`,
  ),
  // ---------------- CWE-643 XPath injection ----------------
  bad(
    "CWE-643",
    "batch42: find_account concatenates the name into an lxml XPath expression",
    src`
from lxml import etree

_doc = etree.parse("/etc/app/accounts.xml")


def find_account(name, password):
    """Return the account element for the credentials."""
    q = "//account[@name='" + name + "' and @password='" + password + "']"
    hits = _doc.xpath(q)
    return hits[0] if hits else None
`,
  ),
  good(
    "CWE-643",
    "batch42: find_account passes the values as XPath variables",
    src`
from lxml import etree

_doc = etree.parse("/etc/app/accounts.xml")


def find_account(name, password):
    """Return the account element for the credentials."""
    hits = _doc.xpath("//account[@name=$n and @password=$p]", n=name, p=password)
    return hits[0] if hits else None
`,
  ),
  bad(
    "CWE-643",
    "batch42: Flask catalogue route formats the author into an ElementTree findall predicate",
    src`
import xml.etree.ElementTree as ET

from flask import Flask, request, jsonify

app = Flask(__name__)
ROOT = ET.parse("catalog.xml").getroot()


@app.route("/books")
def books():
    author = request.args["author"]
    found = ROOT.findall(f".//book[@author='{author}']")
    return jsonify([b.findtext("title") for b in found])
`,
  ),
  good(
    "CWE-643",
    "batch42: Flask catalogue route compares the author attribute in Python",
    src`
import xml.etree.ElementTree as ET

from flask import Flask, request, jsonify

app = Flask(__name__)
ROOT = ET.parse("catalog.xml").getroot()


@app.route("/books")
def books():
    author = request.args["author"]
    found = [b for b in ROOT.iter("book") if b.get("author") == author]
    return jsonify([b.findtext("title") for b in found])
`,
  ),
  // ---------------- CWE-681 numeric conversion ----------------
  bad(
    "CWE-681",
    "batch42: to_cents converts a price through float and truncates with int",
    src`
def to_cents(price: str) -> int:
    """Convert a price string such as '19.99' into integer cents for billing."""
    return int(float(price) * 100)
`,
  ),
  good(
    "CWE-681",
    "batch42: to_cents converts through Decimal and rounds half-up",
    src`
from decimal import Decimal, ROUND_HALF_UP


def to_cents(price: str) -> int:
    """Convert a price string such as '19.99' into integer cents for billing."""
    return int((Decimal(price) * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
`,
  ),
  bad(
    "CWE-681",
    "batch42: pack_length packs a caller's length into a numpy int16 that wraps",
    src`
import numpy as np


def pack_length(length: int) -> bytes:
    """Encode the payload length for the wire header."""
    return np.array([length], dtype=np.int16).tobytes()
`,
  ),
  // ---------------- CWE-703 / CWE-755 exceptional conditions ----------------
  bad(
    "CWE-703",
    "batch42: is_admin treats any error while decoding the token as success",
    src`
import os

import jwt


def is_admin(token):
    """True when the token belongs to an administrator."""
    try:
        claims = jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
        return claims.get("role") == "admin"
    except Exception:
        return True
`,
  ),
  good(
    "CWE-703",
    "batch42: is_admin returns False when the token cannot be decoded",
    src`
import os

import jwt


def is_admin(token):
    """True when the token belongs to an administrator."""
    try:
        claims = jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
        return claims.get("role") == "admin"
    except jwt.InvalidTokenError:
        return False
`,
  ),
  bad(
    "CWE-755",
    "batch42: transfer swallows InsufficientFunds and deposits anyway",
    src`
from .bank import InsufficientFunds


def transfer(src, dst, amount):
    """Move money between two accounts."""
    try:
        src.withdraw(amount)
    except InsufficientFunds:
        pass
    dst.deposit(amount)
`,
  ),
  good(
    "CWE-755",
    "batch42: transfer lets InsufficientFunds stop the transfer",
    src`
from .bank import InsufficientFunds


def transfer(src, dst, amount):
    """Move money between two accounts."""
    try:
        src.withdraw(amount)
    except InsufficientFunds:
        return False
    dst.deposit(amount)
    return True
`,
  ),
  bad(
    "CWE-703",
    "batch42: check_signature returns True when the verifier raises anything but InvalidSignature",
    src`
from cryptography.exceptions import InvalidSignature


def check_signature(public_key, signature, data, padding, algorithm):
    """Verify an update's signature."""
    try:
        public_key.verify(signature, data, padding, algorithm)
    except InvalidSignature:
        return False
    except Exception:
        pass
    return True
`,
  ),
  // ---------------- CWE-1333 / CWE-730 regex DoS ----------------
  bad(
    "CWE-1333",
    "batch42: is_company_email uses a nested-quantifier pattern on the caller's address",
    src`
import re


def is_company_email(address):
    """Accept addresses such as first.last@corp.example.com."""
    return re.match(r"^([a-zA-Z0-9]+\.?)+@corp\.example\.com$", address) is not None
`,
  ),
  good(
    "CWE-1333",
    "batch42: is_company_email uses a pattern without nested quantifiers",
    src`
import re


def is_company_email(address):
    """Accept addresses such as first.last@corp.example.com."""
    return re.fullmatch(r"[a-zA-Z0-9]+(?:\.[a-zA-Z0-9]+)*@corp\.example\.com", address) is not None
`,
  ),
  bad(
    "CWE-730",
    "batch42: Flask grep route compiles the pattern from the query string",
    src`
import re

from flask import Flask, request, jsonify

app = Flask(__name__)
LINES = open("/var/log/app.log").read().splitlines()


@app.route("/grep")
def grep():
    pattern = re.compile(request.args["pattern"])
    return jsonify([l for l in LINES if pattern.search(l)])
`,
  ),
  good(
    "CWE-730",
    "batch42: Flask grep route escapes the query text with re.escape",
    src`
import re

from flask import Flask, request, jsonify

app = Flask(__name__)
LINES = open("/var/log/app.log").read().splitlines()


@app.route("/grep")
def grep():
    pattern = re.compile(re.escape(request.args["pattern"]))
    return jsonify([l for l in LINES if pattern.search(l)])
`,
  ),
  bad(
    "CWE-1333",
    "batch42: clean_title checks a title with (\\w+\\s?)* before saving",
    src`
import re

_TITLE = re.compile(r"^(\w+\s?)*$")


def clean_title(title):
    """Accept titles made of words separated by single spaces."""
    if not _TITLE.match(title):
        raise ValueError("invalid title")
    return title.strip()
`,
  ),
  // ---------------- CWE-759 / CWE-760 salts ----------------
  bad(
    "CWE-759",
    "batch42: store_hash runs PBKDF2 with an empty salt",
    src`
import hashlib


def store_hash(password: str) -> str:
    """Return the hash stored for a password."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), b"", 600_000).hex()
`,
  ),
  good(
    "CWE-759",
    "batch42: store_hash runs PBKDF2 with a random 16-byte salt kept beside the hash",
    src`
import hashlib
import os


def store_hash(password: str) -> str:
    """Return the hash stored for a password."""
    salt = os.urandom(16)
    return salt.hex() + "$" + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex()
`,
  ),
  bad(
    "CWE-760",
    "batch42: hash_pin uses one salt constant for every user",
    src`
import hashlib

SALT = b"pin-salt-2019"


def hash_pin(pin: str) -> bytes:
    """Hash a user's PIN for storage."""
    return hashlib.scrypt(pin.encode(), salt=SALT, n=2**14, r=8, p=1)
`,
  ),
  good(
    "CWE-760",
    "batch42: hash_pin generates a salt per user with secrets.token_bytes",
    src`
import hashlib
import secrets


def hash_pin(pin: str):
    """Hash a user's PIN for storage."""
    salt = secrets.token_bytes(16)
    return salt, hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1)
`,
  ),
  bad(
    "CWE-760",
    "batch42: password_digest salts the hash with the user name",
    src`
import hashlib


def password_digest(username: str, password: str) -> str:
    """Digest stored in the accounts table."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), username.encode(), 310_000).hex()
`,
  ),
  // ---------------- CWE-835 infinite loop ----------------
  bad(
    "CWE-835",
    "batch42: read_line loops until a newline arrives and never stops when the peer closes",
    src`
def read_line(sock):
    """Read one newline-terminated command from the client."""
    buf = b""
    while not buf.endswith(b"\n"):
        buf += sock.recv(1)
    return buf.decode().strip()
`,
  ),
  good(
    "CWE-835",
    "batch42: read_line stops when recv returns no data or the line grows too long",
    src`
def read_line(sock, limit=4096):
    """Read one newline-terminated command from the client."""
    buf = b""
    while not buf.endswith(b"\n"):
        chunk = sock.recv(1)
        if not chunk or len(buf) >= limit:
            raise ConnectionError("connection closed or line too long")
        buf += chunk
    return buf.decode().strip()
`,
  ),
  bad(
    "CWE-835",
    "batch42: sample_points steps through a range with a caller's step that may be zero",
    src`
def sample_points(start: float, stop: float, step: float):
    """Return the points start, start+step, ... below stop."""
    points = []
    x = start
    while x < stop:
        points.append(x)
        x += step
    return points
`,
  ),
  good(
    "CWE-835",
    "batch42: sample_points refuses a step that is not positive",
    src`
def sample_points(start: float, stop: float, step: float):
    """Return the points start, start+step, ... below stop."""
    if step <= 0:
        raise ValueError("step must be positive")
    points = []
    x = start
    while x < stop:
        points.append(x)
        x += step
    return points
`,
  ),
  // ---------------- CWE-841 workflow ----------------
  bad(
    "CWE-841",
    "batch42: Flask ship route marks an order shipped without checking it was paid",
    src`
from flask import Flask, session, jsonify

from .models import Order, db

app = Flask(__name__)


@app.route("/checkout/ship", methods=["POST"])
def ship():
    order = Order.query.get_or_404(session["order_id"])
    order.status = "shipped"
    db.session.commit()
    return jsonify(status=order.status)
`,
  ),
  good(
    "CWE-841",
    "batch42: Flask ship route refuses orders that are not in the paid state",
    src`
from flask import Flask, session, jsonify, abort

from .models import Order, db

app = Flask(__name__)


@app.route("/checkout/ship", methods=["POST"])
def ship():
    order = Order.query.get_or_404(session["order_id"])
    if order.status != "paid":
        abort(409)
    order.status = "shipped"
    db.session.commit()
    return jsonify(status=order.status)
`,
  ),
  // ---------------- CWE-862 / CWE-863 authorisation ----------------
  bad(
    "CWE-862",
    "batch42: Flask invoice route returns any invoice by id to any logged-in user",
    src`
from flask import Flask, jsonify
from flask_login import login_required

from .models import Invoice

app = Flask(__name__)


@app.route("/invoices/<int:invoice_id>")
@login_required
def invoice(invoice_id):
    inv = Invoice.query.get_or_404(invoice_id)
    return jsonify(inv.to_dict())
`,
  ),
  good(
    "CWE-862",
    "batch42: Flask invoice route looks the invoice up by id and owner",
    src`
from flask import Flask, jsonify
from flask_login import login_required, current_user

from .models import Invoice

app = Flask(__name__)


@app.route("/invoices/<int:invoice_id>")
@login_required
def invoice(invoice_id):
    inv = Invoice.query.filter_by(id=invoice_id, owner_id=current_user.id).first_or_404()
    return jsonify(inv.to_dict())
`,
  ),
  bad(
    "CWE-862",
    "batch42: delete_account removes the account by id without checking who asks",
    src`
def delete_account(conn, requester_id, account_id):
    """Delete an account on behalf of the requesting user."""
    conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
    conn.commit()
`,
  ),
  good(
    "CWE-862",
    "batch42: delete_account deletes only an account the requester owns",
    src`
def delete_account(conn, requester_id, account_id):
    """Delete an account on behalf of the requesting user."""
    cur = conn.execute("DELETE FROM accounts WHERE id = ? AND owner_id = ?", (account_id, requester_id))
    if cur.rowcount == 0:
        raise PermissionError("not your account")
    conn.commit()
`,
  ),
  bad(
    "CWE-863",
    "batch42: Flask admin page trusts a role value sent in a cookie",
    src`
from flask import Flask, request, abort, render_template

app = Flask(__name__)


@app.route("/admin")
def admin_panel():
    if request.cookies.get("role") != "admin":
        abort(403)
    return render_template("admin.html")
`,
  ),
  good(
    "CWE-863",
    "batch42: Flask admin page reads the role from the server-side user record",
    src`
from flask import Flask, abort, render_template
from flask_login import login_required, current_user

app = Flask(__name__)


@app.route("/admin")
@login_required
def admin_panel():
    if current_user.role != "admin":
        abort(403)
    return render_template("admin.html")
`,
  ),
  // ---------------- CWE-915 mass assignment ----------------
  bad(
    "CWE-915",
    "batch42: Flask profile update copies every JSON key onto the user with setattr",
    src`
from flask import Flask, request, jsonify
from flask_login import login_required, current_user

from .models import db

app = Flask(__name__)


@app.route("/profile", methods=["PATCH"])
@login_required
def update_profile():
    for key, value in request.get_json().items():
        setattr(current_user, key, value)
    db.session.commit()
    return jsonify(ok=True)
`,
  ),
  good(
    "CWE-915",
    "batch42: Flask profile update copies only allow-listed keys",
    src`
from flask import Flask, request, jsonify
from flask_login import login_required, current_user

from .models import db

app = Flask(__name__)
EDITABLE = {"display_name", "bio", "timezone"}


@app.route("/profile", methods=["PATCH"])
@login_required
def update_profile():
    for key, value in request.get_json().items():
        if key in EDITABLE:
            setattr(current_user, key, value)
    db.session.commit()
    return jsonify(ok=True)
`,
  ),
  bad(
    "CWE-915",
    "batch42: create_user builds the model from the caller's whole dict with **",
    src`
from .models import User, db


def create_user(data: dict):
    """Create a user from the signup form data."""
    user = User(**data)
    db.session.add(user)
    db.session.commit()
    return user
`,
  ),
  // ---------------- CWE-918 SSRF ----------------
  bad(
    "CWE-918",
    "batch42: Flask preview route fetches the url query parameter with requests",
    src`
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/preview")
def preview():
    r = requests.get(request.args["url"], timeout=5)
    return r.text[:2000]
`,
  ),
  good(
    "CWE-918",
    "batch42: Flask preview route fetches only from allow-listed https hosts",
    src`
from urllib.parse import urlparse

import requests
from flask import Flask, request, abort

app = Flask(__name__)
ALLOWED_HOSTS = {"docs.example.com", "blog.example.com"}


@app.route("/preview")
def preview():
    url = request.args["url"]
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        abort(400)
    r = requests.get(url, timeout=5, allow_redirects=False)
    return r.text[:2000]
`,
  ),
  bad(
    "CWE-918",
    "batch42: service_health builds the URL from a caller's host and opens it with urlopen",
    src`
import json
import urllib.request


def service_health(host):
    """Return the health document of a service instance."""
    with urllib.request.urlopen(f"http://{host}/healthz", timeout=3) as r:
        return json.load(r)
`,
  ),
  bad(
    "CWE-918",
    "batch42: Flask tenant route puts the tenant name into the API host",
    src`
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/tenant-stats")
def tenant_stats():
    tenant = request.args["tenant"]
    r = requests.get(f"https://{tenant}.api.example.com/stats", timeout=5)
    return r.json()
`,
  ),
  good(
    "CWE-918",
    "batch42: Flask tenant route checks the tenant against a DNS label pattern",
    src`
import re

import requests
from flask import Flask, request, abort

app = Flask(__name__)
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


@app.route("/tenant-stats")
def tenant_stats():
    tenant = request.args["tenant"]
    if not _LABEL.fullmatch(tenant):
        abort(400)
    r = requests.get(f"https://{tenant}.api.example.com/stats", timeout=5)
    return r.json()
`,
  ),
  // ---------------- CWE-943 NoSQL injection ----------------
  bad(
    "CWE-943",
    "batch42: Flask login passes JSON body values straight into a pymongo find_one",
    src`
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    user = users.find_one({"username": body["username"], "password": body["password"]})
    return jsonify(ok=user is not None)
`,
  ),
  good(
    "CWE-943",
    "batch42: Flask login requires strings and checks a password hash",
    src`
import bcrypt
from flask import Flask, request, jsonify, abort
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    name, pw = body.get("username"), body.get("password")
    if not isinstance(name, str) or not isinstance(pw, str):
        abort(400)
    user = users.find_one({"username": name})
    ok = user is not None and bcrypt.checkpw(pw.encode(), user["password_hash"])
    return jsonify(ok=ok)
`,
  ),
  bad(
    "CWE-943",
    "batch42: items_for_owner builds a $where JavaScript clause from the owner name",
    src`
def items_for_owner(collection, owner):
    """Return the items belonging to owner."""
    return list(collection.find({"$where": "this.owner == '" + owner + "'"}))
`,
  ),
  good(
    "CWE-943",
    "batch42: items_for_owner matches the owner field with a plain equality filter",
    src`
def items_for_owner(collection, owner):
    """Return the items belonging to owner."""
    return list(collection.find({"owner": str(owner)}))
`,
  ),
];
