// Dev suite "py-snippets", batch 38 (see py-snippets.ts): written blind, measured before any fix it prompted. The
// style of a corpus of insecure examples indexed by CWE: one small function or script per task, often the
// completion of a docstring prompt (what a code model writes when the natural answer is insecure), each beside a
// fixed twin that differs in the one thing that makes it safe where one exists. It leans on the rarer CWEs (log
// forging, cookie flags, debug and error exposure, privilege handling, default permissions, permission
// preservation, salts / IVs / seeds, session fixation, missing lock checks, forced browsing, external
// initialisation, duplicate keys, obsolete APIs, reference comparison, multiple binds, file names, workflow,
// channel destination, DTD / entity expansion, loops without exit) as well as the common injections. Own code,
// never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH38: DevCase[] = [
  // ---------------- CWE-78 ----------------
  bad(
    "CWE-78",
    "batch38: compress_logs docstring completion formats the directory argument into os.system",
    src`
import os


def compress_logs(log_dir):
    """Compress every .log file in log_dir into logs.tar.gz inside that directory."""
    os.system(f"cd {log_dir} && tar czf logs.tar.gz *.log")
`,
  ),
  good(
    "CWE-78",
    "batch38: compress_logs runs tar with an argv list and cwd instead of a shell string",
    src`
import glob
import os
import subprocess


def compress_logs(log_dir):
    """Compress every .log file in log_dir into logs.tar.gz inside that directory."""
    files = [os.path.basename(p) for p in glob.glob(os.path.join(log_dir, "*.log"))]
    subprocess.run(["tar", "czf", "logs.tar.gz", "--", *files], cwd=log_dir, check=True)
`,
  ),
  bad(
    "CWE-78",
    "batch38: flask dns lookup passes the domain query parameter to bash -c",
    src`
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/lookup")
def lookup():
    """Return the output of nslookup for the 'domain' parameter."""
    domain = request.args.get("domain", "")
    result = subprocess.run(["bash", "-c", "nslookup " + domain], capture_output=True, text=True)
    return result.stdout
`,
  ),
  good(
    "CWE-78",
    "batch38: flask dns lookup quotes the domain with shlex.quote before bash -c",
    src`
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/lookup")
def lookup():
    """Return the output of nslookup for the 'domain' parameter."""
    domain = request.args.get("domain", "")
    result = subprocess.run(["bash", "-c", "nslookup " + shlex.quote(domain)], capture_output=True, text=True)
    return result.stdout
`,
  ),
  bad(
    "CWE-78",
    "batch38: cli script converts an image named on argv with os.popen",
    src`
import os
import sys


def main():
    """Convert the image given on the command line to a 128x128 thumbnail."""
    src_path = sys.argv[1]
    out = os.popen("convert %s -resize 128x128 thumb.png" % src_path).read()
    print(out)


if __name__ == "__main__":
    main()
`,
  ),

  // ---------------- CWE-89 ----------------
  bad(
    "CWE-89",
    "batch38: get_user docstring completion formats the username into the SELECT",
    src`
import sqlite3


def get_user(username):
    """Return the row of the users table whose username matches."""
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute(f"SELECT id, username, email FROM users WHERE username = '{username}'")
    row = cur.fetchone()
    conn.close()
    return row
`,
  ),
  good(
    "CWE-89",
    "batch38: get_user binds the username as a query parameter",
    src`
import sqlite3


def get_user(username):
    """Return the row of the users table whose username matches."""
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT id, username, email FROM users WHERE username = ?", (username,))
    row = cur.fetchone()
    conn.close()
    return row
`,
  ),
  bad(
    "CWE-89",
    "batch38: flask product listing sorts by a column name taken from the query string",
    src`
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/products")
def products():
    """List products ordered by the column named in 'sort'."""
    sort = request.args.get("sort", "name")
    db = sqlite3.connect("shop.db")
    rows = db.execute("SELECT name, price FROM products ORDER BY " + sort).fetchall()
    return jsonify(rows)
`,
  ),
  good(
    "CWE-89",
    "batch38: flask product listing maps the sort parameter through an allow-list of columns",
    src`
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
SORTABLE = {"name": "name", "price": "price", "newest": "created_at DESC"}


@app.route("/products")
def products():
    """List products ordered by the column named in 'sort'."""
    order = SORTABLE.get(request.args.get("sort", "name"), "name")
    db = sqlite3.connect("shop.db")
    rows = db.execute("SELECT name, price FROM products ORDER BY " + order).fetchall()
    return jsonify(rows)
`,
  ),
  bad(
    "CWE-89",
    "batch38: sqlalchemy text() built with str.format from a function argument",
    src`
from sqlalchemy import create_engine, text

engine = create_engine("postgresql://app@localhost/app")


def delete_orders_for(customer_id):
    """Delete all orders placed by the given customer."""
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM orders WHERE customer_id = {}".format(customer_id)))
`,
  ),
  good(
    "CWE-89",
    "batch38: sqlalchemy text() with a bound :cid parameter",
    src`
from sqlalchemy import create_engine, text

engine = create_engine("postgresql://app@localhost/app")


def delete_orders_for(customer_id):
    """Delete all orders placed by the given customer."""
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM orders WHERE customer_id = :cid"), {"cid": customer_id})
`,
  ),
  bad(
    "CWE-89",
    "batch38: django raw() with a percent-formatted search term from GET",
    src`
from django.http import JsonResponse

from .models import Article


def search(request):
    """Return the titles of articles whose title contains the 'q' parameter."""
    q = request.GET.get("q", "")
    articles = Article.objects.raw("SELECT * FROM blog_article WHERE title LIKE '%%%s%%'" % q)
    return JsonResponse({"titles": [a.title for a in articles]})
`,
  ),

  // ---------------- CWE-79 ----------------
  bad(
    "CWE-79",
    "batch38: flask greeting returns an f-string with the name parameter as HTML",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    """Greet the user named in the 'name' parameter."""
    name = request.args.get("name", "guest")
    return f"<h1>Hello, {name}!</h1>"
`,
  ),
  good(
    "CWE-79",
    "batch38: flask greeting escapes the name parameter with markupsafe.escape",
    src`
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    """Greet the user named in the 'name' parameter."""
    name = request.args.get("name", "guest")
    return f"<h1>Hello, {escape(name)}!</h1>"
`,
  ),
  bad(
    "CWE-79",
    "batch38: jinja2 Environment without autoescape renders a comment body from the form",
    src`
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"))


@app.route("/preview", methods=["POST"])
def preview():
    """Render the comment preview template with the submitted comment."""
    template = env.get_template("comment.html")
    return template.render(comment=request.form["comment"])
`,
  ),
  good(
    "CWE-79",
    "batch38: jinja2 Environment with select_autoescape renders the comment body",
    src`
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))


@app.route("/preview", methods=["POST"])
def preview():
    """Render the comment preview template with the submitted comment."""
    template = env.get_template("comment.html")
    return template.render(comment=request.form["comment"])
`,
  ),
  bad(
    "CWE-79",
    "batch38: django view marks the bio field safe with mark_safe",
    src`
from django.shortcuts import render
from django.utils.safestring import mark_safe


def profile(request):
    """Show a profile page with the bio passed in the query string."""
    bio = request.GET.get("bio", "")
    return render(request, "profile.html", {"bio": mark_safe("<p>" + bio + "</p>")})
`,
  ),
  good(
    "CWE-79",
    "batch38: django view builds the bio paragraph with format_html",
    src`
from django.shortcuts import render
from django.utils.html import format_html


def profile(request):
    """Show a profile page with the bio passed in the query string."""
    bio = request.GET.get("bio", "")
    return render(request, "profile.html", {"bio": format_html("<p>{}</p>", bio)})
`,
  ),

  // ---------------- CWE-22 ----------------
  bad(
    "CWE-22",
    "batch38: download route joins the file parameter to the upload folder and send_file",
    src`
import os

from flask import Flask, request, send_file

app = Flask(__name__)
UPLOAD_FOLDER = "/srv/uploads"


@app.route("/download")
def download():
    """Send the uploaded file named in the 'file' parameter."""
    filename = request.args.get("file")
    return send_file(os.path.join(UPLOAD_FOLDER, filename), as_attachment=True)
`,
  ),
  good(
    "CWE-22",
    "batch38: download route uses send_from_directory for the file parameter",
    src`
from flask import Flask, request, send_from_directory

app = Flask(__name__)
UPLOAD_FOLDER = "/srv/uploads"


@app.route("/download")
def download():
    """Send the uploaded file named in the 'file' parameter."""
    filename = request.args.get("file", "")
    return send_from_directory(UPLOAD_FOLDER, filename, as_attachment=True)
`,
  ),
  bad(
    "CWE-22",
    "batch38: save_note docstring completion writes to a path built from the title argument",
    src`
NOTES_DIR = "/var/lib/notes"


def save_note(title, body):
    """Save the note body in NOTES_DIR under a file named after its title."""
    path = NOTES_DIR + "/" + title + ".txt"
    with open(path, "w") as fh:
        fh.write(body)
    return path
`,
  ),
  good(
    "CWE-22",
    "batch38: save_note resolves the path and refuses one outside NOTES_DIR",
    src`
import os

NOTES_DIR = "/var/lib/notes"


def save_note(title, body):
    """Save the note body in NOTES_DIR under a file named after its title."""
    base = os.path.realpath(NOTES_DIR)
    path = os.path.realpath(os.path.join(base, title + ".txt"))
    if os.path.commonpath([base, path]) != base:
        raise ValueError("invalid title")
    with open(path, "w") as fh:
        fh.write(body)
    return path
`,
  ),
  bad(
    "CWE-22",
    "batch38: extract_upload extracts an uploaded tar archive with extractall and no filter",
    src`
import tarfile


def extract_upload(archive_path, dest):
    """Extract the uploaded .tar.gz archive into dest."""
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(dest)
`,
  ),
  good(
    "CWE-22",
    "batch38: extract_upload extracts with the data filter",
    src`
import tarfile


def extract_upload(archive_path, dest):
    """Extract the uploaded .tar.gz archive into dest."""
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(dest, filter="data")
`,
  ),

  // ---------------- CWE-94 ----------------
  bad(
    "CWE-94",
    "batch38: calculator endpoint evaluates the expression parameter with eval",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    """Evaluate the arithmetic expression in 'expr' and return the result."""
    expr = request.args.get("expr", "0")
    return str(eval(expr))
`,
  ),
  good(
    "CWE-94",
    "batch38: calculator endpoint walks the parsed AST allowing only numbers and arithmetic",
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
    """Evaluate the arithmetic expression in 'expr' and return the result."""
    expr = request.args.get("expr", "0")
    return str(_eval(ast.parse(expr, mode="eval").body))
`,
  ),
  bad(
    "CWE-94",
    "batch38: plugin runner execs source code posted in the request body",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/run-plugin", methods=["POST"])
def run_plugin():
    """Run the posted plugin code and return the value it stores in 'result'."""
    scope = {}
    exec(request.get_data(as_text=True), scope)
    return str(scope.get("result"))
`,
  ),
  bad(
    "CWE-94",
    "batch38: parse_config docstring completion evals a settings value read from a file",
    src`
def parse_setting(line):
    """Parse a 'key = value' line from the user-supplied settings file into (key, python value)."""
    key, value = line.split("=", 1)
    return key.strip(), eval(value.strip())


def load_settings(path):
    with open(path) as fh:
        return dict(parse_setting(l) for l in fh if "=" in l)
`,
  ),
  good(
    "CWE-94",
    "batch38: parse_setting uses ast.literal_eval for the value",
    src`
import ast


def parse_setting(line):
    """Parse a 'key = value' line from the user-supplied settings file into (key, python value)."""
    key, value = line.split("=", 1)
    return key.strip(), ast.literal_eval(value.strip())


def load_settings(path):
    with open(path) as fh:
        return dict(parse_setting(l) for l in fh if "=" in l)
`,
  ),

  // ---------------- CWE-117 ----------------
  bad(
    "CWE-117",
    "batch38: failed login logged with the raw username from the form",
    src`
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():
    """Log the failed login attempt for the submitted username."""
    username = request.form.get("username", "")
    log.warning("Failed login for user: " + username)
    return "invalid credentials", 401
`,
  ),
  good(
    "CWE-117",
    "batch38: failed login logged after stripping CR and LF from the username",
    src`
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():
    """Log the failed login attempt for the submitted username."""
    username = request.form.get("username", "")
    safe_name = username.replace("\r", "\\r").replace("\n", "\\n")
    log.warning("Failed login for user: %s", safe_name)
    return "invalid credentials", 401
`,
  ),
  bad(
    "CWE-117",
    "batch38: django view logs the user agent header with an f-string",
    src`
import logging

from django.http import HttpResponse

logger = logging.getLogger(__name__)


def track(request):
    """Record which client visited the tracking endpoint."""
    agent = request.META.get("HTTP_USER_AGENT", "")
    logger.info(f"visit from agent={agent}")
    return HttpResponse(status=204)
`,
  ),

  // ---------------- CWE-1004 / CWE-614 ----------------
  bad(
    "CWE-1004",
    "batch38: login sets the session token cookie without httponly",
    src`
import secrets

from flask import Flask, make_response

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    """Log the user in and store a new session token in a cookie."""
    token = secrets.token_urlsafe(32)
    resp = make_response("ok")
    resp.set_cookie("session_token", token, secure=True)
    return resp
`,
  ),
  good(
    "CWE-1004",
    "batch38: login sets the session token cookie with httponly, secure and samesite",
    src`
import secrets

from flask import Flask, make_response

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    """Log the user in and store a new session token in a cookie."""
    token = secrets.token_urlsafe(32)
    resp = make_response("ok")
    resp.set_cookie("session_token", token, secure=True, httponly=True, samesite="Lax")
    return resp
`,
  ),
  bad(
    "CWE-1004",
    "batch38: flask config turns SESSION_COOKIE_HTTPONLY off",
    src`
from flask import Flask

app = Flask(__name__)
app.config.update(
    SECRET_KEY=open("/run/secrets/flask_key").read().strip(),
    SESSION_COOKIE_HTTPONLY=False,
    SESSION_COOKIE_SECURE=True,
)
`,
  ),
  bad(
    "CWE-614",
    "batch38: django view sets the auth cookie with httponly but without secure",
    src`
from django.http import HttpResponse


def remember_me(request):
    """Set a long-lived remember-me cookie carrying the user's token."""
    resp = HttpResponse("remembered")
    resp.set_cookie("remember_token", request.user.profile.remember_token, max_age=30 * 86400, httponly=True)
    return resp
`,
  ),
  good(
    "CWE-614",
    "batch38: django view sets the auth cookie with secure and httponly",
    src`
from django.http import HttpResponse


def remember_me(request):
    """Set a long-lived remember-me cookie carrying the user's token."""
    resp = HttpResponse("remembered")
    resp.set_cookie(
        "remember_token", request.user.profile.remember_token, max_age=30 * 86400, httponly=True, secure=True
    )
    return resp
`,
  ),

  // ---------------- CWE-209 ----------------
  bad(
    "CWE-209",
    "batch38: API error handler returns the traceback to the client",
    src`
import traceback

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/api/report")
def report():
    """Build the monthly report; on failure tell the client what went wrong."""
    try:
        return jsonify(build_report())
    except Exception:
        return jsonify(error=traceback.format_exc()), 500


def build_report():
    raise NotImplementedError
`,
  ),
  good(
    "CWE-209",
    "batch38: API error handler logs the traceback and returns a generic message",
    src`
import logging

from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/api/report")
def report():
    """Build the monthly report; on failure tell the client what went wrong."""
    try:
        return jsonify(build_report())
    except Exception:
        log.exception("report failed")
        return jsonify(error="internal error"), 500


def build_report():
    raise NotImplementedError
`,
  ),
  bad(
    "CWE-209",
    "batch38: database error message returned in the HTTP response",
    src`
import psycopg2
from flask import Flask, request

app = Flask(__name__)


@app.route("/orders/<int:order_id>")
def order(order_id):
    """Return the status of an order."""
    try:
        conn = psycopg2.connect("dbname=shop")
        cur = conn.cursor()
        cur.execute("SELECT status FROM orders WHERE id = %s", (order_id,))
        return cur.fetchone()[0]
    except psycopg2.Error as e:
        return "Database error: " + str(e), 500
`,
  ),

  // ---------------- CWE-215 ----------------
  bad(
    "CWE-215",
    "batch38: flask app started with debug=True",
    src`
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "running"


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
`,
  ),
  good(
    "CWE-215",
    "batch38: flask app takes debug from an environment flag defaulting off",
    src`
import os

from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "running"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080, debug=os.environ.get("FLASK_DEBUG") == "1")
`,
  ),
  bad(
    "CWE-215",
    "batch38: django settings ship DEBUG = True with a public ALLOWED_HOSTS",
    src`
SECRET_KEY = __import__("os").environ["DJANGO_SECRET_KEY"]
DEBUG = True
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "shop"]
`,
  ),

  // ---------------- CWE-250 / CWE-269 ----------------
  bad(
    "CWE-250",
    "batch38: daemon binds port 80 as root and keeps serving as root",
    src`
import socketserver


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(b"echo: " + line)


def main():
    """Start the echo service on port 80 (the script is launched as root)."""
    server = socketserver.TCPServer(("0.0.0.0", 80), Handler)
    server.serve_forever()


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-250",
    "batch38: daemon binds port 80 as root then drops to the nobody user before serving",
    src`
import os
import pwd
import socketserver


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(b"echo: " + line)


def main():
    """Start the echo service on port 80 (the script is launched as root)."""
    server = socketserver.TCPServer(("0.0.0.0", 80), Handler)
    nobody = pwd.getpwnam("nobody")
    os.setgroups([])
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)
    server.serve_forever()


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-269",
    "batch38: create_home raises euid to root and does not restore it when mkdir fails",
    src`
import os


def create_home(username):
    """Create /home/<username> for a new account (needs root for the mkdir)."""
    os.seteuid(0)
    os.mkdir("/home/" + os.path.basename(username))
    os.seteuid(os.getuid())
`,
  ),
  good(
    "CWE-269",
    "batch38: create_home restores the euid in a finally block",
    src`
import os


def create_home(username):
    """Create /home/<username> for a new account (needs root for the mkdir)."""
    os.seteuid(0)
    try:
        os.mkdir("/home/" + os.path.basename(username))
    finally:
        os.seteuid(os.getuid())
`,
  ),
  bad(
    "CWE-269",
    "batch38: signup endpoint copies the role field from the request onto the new account",
    src`
from flask import Flask, jsonify, request

from .models import User, db

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    """Create an account from the posted JSON."""
    data = request.get_json()
    user = User(email=data["email"], role=data.get("role", "user"))
    user.set_password(data["password"])
    db.session.add(user)
    db.session.commit()
    return jsonify(id=user.id), 201
`,
  ),
  good(
    "CWE-269",
    "batch38: signup endpoint always creates a plain user role",
    src`
from flask import Flask, jsonify, request

from .models import User, db

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    """Create an account from the posted JSON."""
    data = request.get_json()
    user = User(email=data["email"], role="user")
    user.set_password(data["password"])
    db.session.add(user)
    db.session.commit()
    return jsonify(id=user.id), 201
`,
  ),

  // ---------------- CWE-259 / CWE-798 ----------------
  bad(
    "CWE-259",
    "batch38: connect_db docstring completion passes a literal password to psycopg2",
    src`
import psycopg2


def connect_db():
    """Return a connection to the production orders database."""
    return psycopg2.connect(host="db.internal", dbname="orders", user="orders_app", password="Orders#2024")
`,
  ),
  good(
    "CWE-259",
    "batch38: connect_db reads the password from the environment",
    src`
import os

import psycopg2


def connect_db():
    """Return a connection to the production orders database."""
    return psycopg2.connect(
        host="db.internal", dbname="orders", user="orders_app", password=os.environ["ORDERS_DB_PASSWORD"]
    )
`,
  ),
  bad(
    "CWE-259",
    "batch38: admin check compares the password against a literal",
    src`
def is_admin_login(username, password):
    """Return True when the credentials are the administrator's."""
    return username == "admin" and password == "S3cr3tAdm1n!"
`,
  ),
  good(
    "CWE-259",
    "batch38: admin check verifies the password against a stored bcrypt hash",
    src`
import os

import bcrypt

ADMIN_HASH = os.environ["ADMIN_PASSWORD_HASH"].encode()


def is_admin_login(username, password):
    """Return True when the credentials are the administrator's."""
    return username == "admin" and bcrypt.checkpw(password.encode(), ADMIN_HASH)
`,
  ),
  bad(
    "CWE-798",
    "batch38: boto3 client built with literal access key and secret",
    src`
import boto3


def upload_backup(path):
    """Upload the backup file to the company S3 bucket."""
    s3 = boto3.client(
        "s3",
        aws_access_key_id="AKIAQ3EGUYXW7LMN4PRT",
        aws_secret_access_key="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",
    )
    s3.upload_file(path, "acme-backups", path.rsplit("/", 1)[-1])
`,
  ),
  good(
    "CWE-798",
    "batch38: boto3 client uses the default credential chain",
    src`
import boto3


def upload_backup(path):
    """Upload the backup file to the company S3 bucket."""
    s3 = boto3.client("s3")
    s3.upload_file(path, "acme-backups", path.rsplit("/", 1)[-1])
`,
  ),
  bad(
    "CWE-798",
    "batch38: flask app signs sessions with a literal SECRET_KEY",
    src`
from flask import Flask, session

app = Flask(__name__)
app.config["SECRET_KEY"] = "my-super-secret-key-123"


@app.route("/whoami")
def whoami():
    return session.get("user", "anonymous")
`,
  ),
  bad(
    "CWE-798",
    "batch38: jwt tokens signed with a module-level literal secret",
    src`
import datetime

import jwt

JWT_SECRET = "b7f3c1d9e2a84f6a"


def issue_token(user_id):
    """Issue a one-hour JWT for the user."""
    exp = datetime.datetime.utcnow() + datetime.timedelta(hours=1)
    return jwt.encode({"sub": user_id, "exp": exp}, JWT_SECRET, algorithm="HS256")
`,
  ),
  good(
    "CWE-798",
    "batch38: jwt tokens signed with a secret read from the environment",
    src`
import datetime
import os

import jwt

JWT_SECRET = os.environ["JWT_SECRET"]


def issue_token(user_id):
    """Issue a one-hour JWT for the user."""
    exp = datetime.datetime.utcnow() + datetime.timedelta(hours=1)
    return jwt.encode({"sub": user_id, "exp": exp}, JWT_SECRET, algorithm="HS256")
`,
  ),

  // ---------------- CWE-276 / CWE-732 / CWE-281 / CWE-379 ----------------
  bad(
    "CWE-276",
    "batch38: service clears the umask before writing its state files",
    src`
import json
import os


def save_state(state, path="/var/lib/agent/state.json"):
    """Persist the agent state (it contains the enrolment token)."""
    os.umask(0)
    with open(path, "w") as fh:
        json.dump(state, fh)
`,
  ),
  good(
    "CWE-276",
    "batch38: service sets a 077 umask before writing its state files",
    src`
import json
import os


def save_state(state, path="/var/lib/agent/state.json"):
    """Persist the agent state (it contains the enrolment token)."""
    os.umask(0o077)
    with open(path, "w") as fh:
        json.dump(state, fh)
`,
  ),
  bad(
    "CWE-732",
    "batch38: write_private_key chmods the key file to 0o644",
    src`
import os


def write_private_key(pem, path):
    """Write the PEM-encoded private key to path."""
    with open(path, "wb") as fh:
        fh.write(pem)
    os.chmod(path, 0o644)
`,
  ),
  good(
    "CWE-732",
    "batch38: write_private_key creates the key file with mode 0o600",
    src`
import os


def write_private_key(pem, path):
    """Write the PEM-encoded private key to path."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
`,
  ),
  bad(
    "CWE-732",
    "batch38: credentials cache opened with os.open mode 0o666",
    src`
import json
import os


def cache_credentials(creds):
    """Cache the API credentials in ~/.mytool/credentials."""
    path = os.path.expanduser("~/.mytool/credentials")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    with os.fdopen(fd, "w") as fh:
        json.dump(creds, fh)
`,
  ),
  bad(
    "CWE-732",
    "batch38: upload directory created world-writable with makedirs mode 0o777",
    src`
import os


def ensure_upload_dir(path="/srv/app/uploads"):
    """Make sure the upload directory exists."""
    os.makedirs(path, mode=0o777, exist_ok=True)
    os.chmod(path, 0o777)
`,
  ),
  good(
    "CWE-732",
    "batch38: upload directory created with mode 0o750",
    src`
import os


def ensure_upload_dir(path="/srv/app/uploads"):
    """Make sure the upload directory exists."""
    os.makedirs(path, mode=0o750, exist_ok=True)
`,
  ),
  bad(
    "CWE-281",
    "batch38: backup of the 0600 secrets file made with shutil.copyfile, which drops its mode",
    src`
import shutil


def backup_secrets(src="/etc/app/secrets.env", dst="/var/backups/secrets.env.bak"):
    """Copy the secrets file to the backup folder."""
    shutil.copyfile(src, dst)
`,
  ),
  good(
    "CWE-281",
    "batch38: backup of the secrets file with shutil.copy2 keeping its mode",
    src`
import shutil


def backup_secrets(src="/etc/app/secrets.env", dst="/var/backups/secrets.env.bak"):
    """Copy the secrets file to the backup folder."""
    shutil.copy2(src, dst)
`,
  ),
  bad(
    "CWE-379",
    "batch38: scratch files written into a shared /tmp folder created with mode 0o777",
    src`
import os


def write_scratch(job_id, data):
    """Write the job's intermediate data to a scratch file."""
    scratch = "/tmp/jobrunner"
    os.makedirs(scratch, mode=0o777, exist_ok=True)
    path = os.path.join(scratch, "job-%d.dat" % job_id)
    with open(path, "wb") as fh:
        fh.write(data)
    return path
`,
  ),
  good(
    "CWE-379",
    "batch38: scratch files written into a private mkdtemp directory",
    src`
import os
import tempfile


def write_scratch(job_id, data):
    """Write the job's intermediate data to a scratch file."""
    scratch = tempfile.mkdtemp(prefix="jobrunner-")
    path = os.path.join(scratch, "job-%d.dat" % job_id)
    with open(path, "wb") as fh:
        fh.write(data)
    return path
`,
  ),

  // ---------------- CWE-377 ----------------
  bad(
    "CWE-377",
    "batch38: render_pdf writes to a tempfile.mktemp name",
    src`
import subprocess
import tempfile


def render_pdf(html):
    """Render the HTML to a PDF and return the PDF bytes."""
    html_path = tempfile.mktemp(suffix=".html")
    with open(html_path, "w") as fh:
        fh.write(html)
    return subprocess.run(["wkhtmltopdf", html_path, "-"], capture_output=True, check=True).stdout
`,
  ),
  good(
    "CWE-377",
    "batch38: render_pdf writes to a NamedTemporaryFile",
    src`
import subprocess
import tempfile


def render_pdf(html):
    """Render the HTML to a PDF and return the PDF bytes."""
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(html)
        html_path = fh.name
    return subprocess.run(["wkhtmltopdf", html_path, "-"], capture_output=True, check=True).stdout
`,
  ),
  bad(
    "CWE-377",
    "batch38: export writes to a predictable /tmp path named after the pid",
    src`
import csv
import os


def export_rows(rows):
    """Write the rows to a temporary CSV file and return its path."""
    path = "/tmp/export_%d.csv" % os.getpid()
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path
`,
  ),

  // ---------------- CWE-321 ----------------
  bad(
    "CWE-321",
    "batch38: encrypt_field uses a hard-coded AES key literal",
    src`
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

KEY = b"Sixteen byte key"


def encrypt_field(plaintext):
    """Encrypt a database field with AES-GCM and return nonce + tag + ciphertext."""
    nonce = get_random_bytes(12)
    cipher = AES.new(KEY, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(plaintext.encode())
    return nonce + tag + ct
`,
  ),
  good(
    "CWE-321",
    "batch38: encrypt_field loads the AES key from the environment",
    src`
import base64
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

KEY = base64.b64decode(os.environ["FIELD_KEY"])


def encrypt_field(plaintext):
    """Encrypt a database field with AES-GCM and return nonce + tag + ciphertext."""
    nonce = get_random_bytes(12)
    cipher = AES.new(KEY, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(plaintext.encode())
    return nonce + tag + ct
`,
  ),
  bad(
    "CWE-321",
    "batch38: Fernet built from a key literal in the module",
    src`
from cryptography.fernet import Fernet

fernet = Fernet(b"q3XbE2k9V7pR1sT5uW8yZ0aC4dF6gH2jK9mN3pQ5rS8=")


def protect(token: str) -> bytes:
    """Encrypt an OAuth refresh token before it is stored."""
    return fernet.encrypt(token.encode())
`,
  ),

  // ---------------- CWE-329 / CWE-1204 ----------------
  bad(
    "CWE-329",
    "batch38: AES-CBC encryption with an all-zero IV",
    src`
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = bytes.fromhex(os.environ["DATA_KEY"])


def encrypt(data: bytes) -> bytes:
    """Encrypt data with AES-256-CBC."""
    iv = b"\x00" * 16
    padder = padding.PKCS7(128).padder()
    enc = Cipher(algorithms.AES(KEY), modes.CBC(iv)).encryptor()
    return enc.update(padder.update(data) + padder.finalize()) + enc.finalize()
`,
  ),
  good(
    "CWE-329",
    "batch38: AES-CBC encryption with a random IV prepended",
    src`
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = bytes.fromhex(os.environ["DATA_KEY"])


def encrypt(data: bytes) -> bytes:
    """Encrypt data with AES-256-CBC."""
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    enc = Cipher(algorithms.AES(KEY), modes.CBC(iv)).encryptor()
    return iv + enc.update(padder.update(data) + padder.finalize()) + enc.finalize()
`,
  ),
  bad(
    "CWE-329",
    "batch38: pycryptodome CBC cipher whose IV is the key itself",
    src`
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

KEY = bytes.fromhex(os.environ["APP_KEY"])


def encrypt_message(msg: bytes) -> bytes:
    """Encrypt a message with AES-CBC."""
    cipher = AES.new(KEY, AES.MODE_CBC, iv=KEY[:16])
    return cipher.encrypt(pad(msg, AES.block_size))
`,
  ),
  bad(
    "CWE-1204",
    "batch38: CBC IV generated with random.getrandbits",
    src`
import os
import random

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

KEY = bytes.fromhex(os.environ["APP_KEY"])


def encrypt_message(msg: bytes) -> bytes:
    """Encrypt a message with AES-CBC and return iv + ciphertext."""
    iv = bytes(random.getrandbits(8) for _ in range(16))
    cipher = AES.new(KEY, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(msg, AES.block_size))
`,
  ),
  good(
    "CWE-1204",
    "batch38: CBC IV generated with get_random_bytes",
    src`
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

KEY = bytes.fromhex(os.environ["APP_KEY"])


def encrypt_message(msg: bytes) -> bytes:
    """Encrypt a message with AES-CBC and return iv + ciphertext."""
    iv = get_random_bytes(16)
    cipher = AES.new(KEY, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(msg, AES.block_size))
`,
  ),
  bad(
    "CWE-1204",
    "batch38: GCM nonce derived from the current time",
    src`
import os
import struct
import time

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

aead = AESGCM(bytes.fromhex(os.environ["APP_KEY"]))


def seal(data: bytes) -> bytes:
    """Encrypt data with AES-GCM and return nonce + ciphertext."""
    nonce = struct.pack(">Q", int(time.time())) + b"\x00\x00\x00\x00"
    return nonce + aead.encrypt(nonce, data, None)
`,
  ),

  // ---------------- CWE-327 / CWE-328 / CWE-326 ----------------
  bad(
    "CWE-327",
    "batch38: encrypt_card uses AES in ECB mode",
    src`
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

KEY = bytes.fromhex(os.environ["CARD_KEY"])


def encrypt_card(number: str) -> bytes:
    """Encrypt a card number for storage."""
    return AES.new(KEY, AES.MODE_ECB).encrypt(pad(number.encode(), 16))
`,
  ),
  good(
    "CWE-327",
    "batch38: encrypt_card uses AES-GCM with a random nonce",
    src`
import os

from Crypto.Cipher import AES

KEY = bytes.fromhex(os.environ["CARD_KEY"])


def encrypt_card(number: str) -> bytes:
    """Encrypt a card number for storage."""
    cipher = AES.new(KEY, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(number.encode())
    return cipher.nonce + tag + ct
`,
  ),
  bad(
    "CWE-327",
    "batch38: legacy token encryption with DES",
    src`
from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt_token(key8: bytes, token: bytes) -> bytes:
    """Encrypt the session token with the 8-byte key."""
    cipher = DES.new(key8, DES.MODE_CBC)
    return cipher.iv + cipher.encrypt(pad(token, 8))
`,
  ),
  bad(
    "CWE-328",
    "batch38: file integrity fingerprint with md5 for tamper detection",
    src`
import hashlib


def fingerprint(path):
    """Return a digest used to detect tampering of the release artifact."""
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()
`,
  ),
  good(
    "CWE-328",
    "batch38: file integrity fingerprint with sha256",
    src`
import hashlib


def fingerprint(path):
    """Return a digest used to detect tampering of the release artifact."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()
`,
  ),
  bad(
    "CWE-326",
    "batch38: generate_keypair makes a 1024-bit RSA key",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa


def generate_keypair():
    """Generate the RSA key pair used to sign licence files."""
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    return private_key, private_key.public_key()
`,
  ),
  good(
    "CWE-326",
    "batch38: generate_keypair makes a 3072-bit RSA key",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa


def generate_keypair():
    """Generate the RSA key pair used to sign licence files."""
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    return private_key, private_key.public_key()
`,
  ),

  // ---------------- CWE-338 / CWE-339 / CWE-343 ----------------
  bad(
    "CWE-338",
    "batch38: generate_reset_token builds the token with random.choice",
    src`
import random
import string


def generate_reset_token(length=32):
    """Return a token for the password-reset link."""
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))
`,
  ),
  good(
    "CWE-338",
    "batch38: generate_reset_token uses secrets.choice",
    src`
import secrets
import string


def generate_reset_token(length=32):
    """Return a token for the password-reset link."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))
`,
  ),
  bad(
    "CWE-339",
    "batch38: session ids from a PRNG seeded with the current second",
    src`
import random
import time


def new_session_id():
    """Return a fresh 128-bit session id as hex."""
    rng = random.Random(int(time.time()))
    return "%032x" % rng.getrandbits(128)
`,
  ),
  good(
    "CWE-339",
    "batch38: session ids from secrets.token_hex",
    src`
import secrets


def new_session_id():
    """Return a fresh 128-bit session id as hex."""
    return secrets.token_hex(16)
`,
  ),
  bad(
    "CWE-339",
    "batch38: one-time PIN generator seeds random with the user id",
    src`
import random


def login_pin(user_id):
    """Return the 6-digit one-time login PIN sent to the user by SMS."""
    random.seed(user_id)
    return "%06d" % random.randint(0, 999999)
`,
  ),
  bad(
    "CWE-343",
    "batch38: invitation codes are the md5 of an incrementing counter",
    src`
import hashlib
import itertools

_counter = itertools.count(1000)


def new_invite_code():
    """Return a new invitation code that grants sign-up access."""
    return hashlib.md5(str(next(_counter)).encode()).hexdigest()[:12]
`,
  ),
  good(
    "CWE-343",
    "batch38: invitation codes from secrets.token_urlsafe",
    src`
import secrets


def new_invite_code():
    """Return a new invitation code that grants sign-up access."""
    return secrets.token_urlsafe(12)
`,
  ),
  bad(
    "CWE-343",
    "batch38: password reset token is the previous token plus one",
    src`
from .models import ResetToken, db


def issue_reset_token(user):
    """Create the next password reset token for the user and return it."""
    last = ResetToken.query.order_by(ResetToken.value.desc()).first()
    value = (last.value + 1) if last else 100000
    db.session.add(ResetToken(user_id=user.id, value=value))
    db.session.commit()
    return str(value)
`,
  ),

  // ---------------- CWE-347 ----------------
  bad(
    "CWE-347",
    "batch38: current_user reads the JWT with signature verification turned off",
    src`
import jwt
from flask import request


def current_user_id():
    """Return the user id carried by the bearer token."""
    token = request.headers["Authorization"].split(" ", 1)[1]
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"]
`,
  ),
  good(
    "CWE-347",
    "batch38: current_user verifies the JWT with the key and a fixed algorithm",
    src`
import os

import jwt
from flask import request


def current_user_id():
    """Return the user id carried by the bearer token."""
    token = request.headers["Authorization"].split(" ", 1)[1]
    claims = jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
    return claims["sub"]
`,
  ),

  // ---------------- CWE-759 / CWE-760 / CWE-916 ----------------
  bad(
    "CWE-759",
    "batch38: hash_password docstring completion hashes with sha256 and no salt",
    src`
import hashlib


def hash_password(password):
    """Return the hash of the password to store in the users table."""
    return hashlib.sha256(password.encode("utf-8")).hexdigest()
`,
  ),
  good(
    "CWE-759",
    "batch38: hash_password uses pbkdf2_hmac with a random salt",
    src`
import hashlib
import os


def hash_password(password):
    """Return the hash of the password to store in the users table."""
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 600_000)
    return salt.hex() + ":" + digest.hex()
`,
  ),
  bad(
    "CWE-760",
    "batch38: pbkdf2 password hash with a constant application salt",
    src`
import hashlib

SALT = b"acme-static-salt"


def hash_password(password):
    """Return the hash of the password to store in the users table."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 600_000).hex()
`,
  ),
  good(
    "CWE-760",
    "batch38: pbkdf2 password hash with a per-user random salt from secrets",
    src`
import hashlib
import secrets


def hash_password(password):
    """Return the hash of the password to store in the users table."""
    salt = secrets.token_bytes(16)
    return salt.hex() + "$" + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex()
`,
  ),
  bad(
    "CWE-760",
    "batch38: scrypt password hash salted with the username",
    src`
import hashlib


def hash_password(username, password):
    """Return the scrypt hash of the user's password."""
    return hashlib.scrypt(password.encode(), salt=username.encode(), n=2**14, r=8, p=1).hex()
`,
  ),
  bad(
    "CWE-916",
    "batch38: password stored as a single salted sha1",
    src`
import hashlib
import os


def hash_password(password):
    """Return salt and hash to store for the password."""
    salt = os.urandom(8)
    return salt.hex(), hashlib.sha1(salt + password.encode()).hexdigest()
`,
  ),

  // ---------------- CWE-208 / CWE-595 ----------------
  bad(
    "CWE-208",
    "batch38: webhook signature compared with == ",
    src`
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.route("/webhook", methods=["POST"])
def webhook():
    """Accept the webhook only when its HMAC signature matches."""
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if request.headers.get("X-Signature") != expected:
        abort(403)
    return "ok"
`,
  ),
  good(
    "CWE-208",
    "batch38: webhook signature compared with hmac.compare_digest",
    src`
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.route("/webhook", methods=["POST"])
def webhook():
    """Accept the webhook only when its HMAC signature matches."""
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(request.headers.get("X-Signature", ""), expected):
        abort(403)
    return "ok"
`,
  ),
  bad(
    "CWE-595",
    "batch38: api key check compares strings with is",
    src`
import os

API_KEY = os.environ["API_KEY"]


def authorized(request_key):
    """Return True if the key sent by the client is the service API key."""
    return request_key is API_KEY
`,
  ),
  good(
    "CWE-595",
    "batch38: api key check compares contents with compare_digest",
    src`
import hmac
import os

API_KEY = os.environ["API_KEY"]


def authorized(request_key):
    """Return True if the key sent by the client is the service API key."""
    return hmac.compare_digest(request_key.encode(), API_KEY.encode())
`,
  ),
  bad(
    "CWE-595",
    "batch38: role check compares the role string with is",
    src`
def can_delete(user):
    """Only administrators may delete projects."""
    role = user.get("role", "").strip().lower()
    return role is "admin"
`,
  ),

  // ---------------- CWE-285 / CWE-306 / CWE-425 / CWE-639 ----------------
  bad(
    "CWE-285",
    "batch38: delete_user route requires login but not the admin role",
    src`
from flask import Flask
from flask_login import login_required

from .models import User, db

app = Flask(__name__)


@app.route("/admin/users/<int:user_id>/delete", methods=["POST"])
@login_required
def delete_user(user_id):
    """Administrators use this endpoint to delete an account."""
    User.query.filter_by(id=user_id).delete()
    db.session.commit()
    return "", 204
`,
  ),
  good(
    "CWE-285",
    "batch38: delete_user route checks current_user.is_admin",
    src`
from flask import Flask, abort
from flask_login import current_user, login_required

from .models import User, db

app = Flask(__name__)


@app.route("/admin/users/<int:user_id>/delete", methods=["POST"])
@login_required
def delete_user(user_id):
    """Administrators use this endpoint to delete an account."""
    if not current_user.is_admin:
        abort(403)
    User.query.filter_by(id=user_id).delete()
    db.session.commit()
    return "", 204
`,
  ),
  bad(
    "CWE-306",
    "batch38: maintenance endpoint resets the database with no authentication",
    src`
from flask import Flask

from .models import db

app = Flask(__name__)


@app.route("/maintenance/reset-db", methods=["POST"])
def reset_db():
    """Drop and recreate all tables (used by the ops team)."""
    db.drop_all()
    db.create_all()
    return "database reset"
`,
  ),
  good(
    "CWE-306",
    "batch38: maintenance endpoint requires an authenticated admin",
    src`
from flask import Flask, abort
from flask_login import current_user, login_required

from .models import db

app = Flask(__name__)


@app.route("/maintenance/reset-db", methods=["POST"])
@login_required
def reset_db():
    """Drop and recreate all tables (used by the ops team)."""
    if not current_user.is_admin:
        abort(403)
    db.drop_all()
    db.create_all()
    return "database reset"
`,
  ),
  bad(
    "CWE-306",
    "batch38: django view changes the account email without requiring login",
    src`
from django.contrib.auth.models import User
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def change_email(request):
    """Change the email address of the account given by user_id."""
    user = User.objects.get(pk=request.POST["user_id"])
    user.email = request.POST["email"]
    user.save()
    return JsonResponse({"ok": True})
`,
  ),
  bad(
    "CWE-425",
    "batch38: admin report files served by name with no session check while the index page checks it",
    src`
from flask import Flask, abort, send_from_directory, session

app = Flask(__name__)
REPORTS = "/srv/app/admin_reports"


@app.route("/admin")
def admin_index():
    if session.get("role") != "admin":
        abort(403)
    return "<a href='/admin/reports/q3.pdf'>Q3 report</a>"


@app.route("/admin/reports/<name>")
def admin_report(name):
    """Serve a report linked from the admin page."""
    return send_from_directory(REPORTS, name)
`,
  ),
  good(
    "CWE-425",
    "batch38: admin report files checked for the admin role like the index page",
    src`
from flask import Flask, abort, send_from_directory, session

app = Flask(__name__)
REPORTS = "/srv/app/admin_reports"


@app.route("/admin")
def admin_index():
    if session.get("role") != "admin":
        abort(403)
    return "<a href='/admin/reports/q3.pdf'>Q3 report</a>"


@app.route("/admin/reports/<name>")
def admin_report(name):
    """Serve a report linked from the admin page."""
    if session.get("role") != "admin":
        abort(403)
    return send_from_directory(REPORTS, name)
`,
  ),
  bad(
    "CWE-639",
    "batch38: invoice endpoint loads any invoice by id for the logged-in user",
    src`
from flask import Flask, jsonify
from flask_login import login_required

from .models import Invoice

app = Flask(__name__)


@app.route("/invoices/<int:invoice_id>")
@login_required
def get_invoice(invoice_id):
    """Return the invoice with the given id."""
    invoice = Invoice.query.get_or_404(invoice_id)
    return jsonify(invoice.to_dict())
`,
  ),
  good(
    "CWE-639",
    "batch38: invoice endpoint filters by the current user as owner",
    src`
from flask import Flask, jsonify
from flask_login import current_user, login_required

from .models import Invoice

app = Flask(__name__)


@app.route("/invoices/<int:invoice_id>")
@login_required
def get_invoice(invoice_id):
    """Return the invoice with the given id."""
    invoice = Invoice.query.filter_by(id=invoice_id, owner_id=current_user.id).first_or_404()
    return jsonify(invoice.to_dict())
`,
  ),

  // ---------------- CWE-352 ----------------
  bad(
    "CWE-352",
    "batch38: django money transfer view is csrf_exempt",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .services import transfer_funds


@csrf_exempt
@login_required
def transfer(request):
    """Transfer money from the user's account to another account."""
    transfer_funds(request.user, request.POST["to_account"], request.POST["amount"])
    return JsonResponse({"status": "ok"})
`,
  ),
  good(
    "CWE-352",
    "batch38: django money transfer view keeps CSRF protection and requires POST",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .services import transfer_funds


@require_POST
@login_required
def transfer(request):
    """Transfer money from the user's account to another account."""
    transfer_funds(request.user, request.POST["to_account"], request.POST["amount"])
    return JsonResponse({"status": "ok"})
`,
  ),
  bad(
    "CWE-352",
    "batch38: flask-wtf app disables CSRF globally",
    src`
from flask import Flask
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = __import__("os").environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
csrf = CSRFProtect(app)
`,
  ),
  bad(
    "CWE-352",
    "batch38: flask account deletion on a GET route using the session cookie",
    src`
from flask import Flask, redirect, session

from .models import User, db

app = Flask(__name__)


@app.route("/account/delete")
def delete_account():
    """Delete the logged-in user's account."""
    User.query.filter_by(id=session["user_id"]).delete()
    db.session.commit()
    session.clear()
    return redirect("/")
`,
  ),

  // ---------------- CWE-384 ----------------
  bad(
    "CWE-384",
    "batch38: login binds the user to the session id the client already had",
    src`
import secrets

from flask import Flask, make_response, request

from .auth import check_password

app = Flask(__name__)
SESSIONS = {}


@app.route("/login", methods=["POST"])
def login():
    """Authenticate and attach the user to the session."""
    user = check_password(request.form["username"], request.form["password"])
    if user is None:
        return "denied", 401
    sid = request.cookies.get("sid") or secrets.token_urlsafe(32)
    SESSIONS[sid] = user.id
    resp = make_response("welcome")
    resp.set_cookie("sid", sid, httponly=True, secure=True)
    return resp
`,
  ),
  good(
    "CWE-384",
    "batch38: login always issues a fresh session id and drops the old one",
    src`
import secrets

from flask import Flask, make_response, request

from .auth import check_password

app = Flask(__name__)
SESSIONS = {}


@app.route("/login", methods=["POST"])
def login():
    """Authenticate and attach the user to the session."""
    user = check_password(request.form["username"], request.form["password"])
    if user is None:
        return "denied", 401
    SESSIONS.pop(request.cookies.get("sid", ""), None)
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = user.id
    resp = make_response("welcome")
    resp.set_cookie("sid", sid, httponly=True, secure=True)
    return resp
`,
  ),

  // ---------------- CWE-400 / CWE-770 ----------------
  bad(
    "CWE-400",
    "batch38: padding endpoint repeats a string as many times as the client asks",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/pad")
def pad():
    """Return the text left-padded to the requested width."""
    width = int(request.args.get("width", "10"))
    text = request.args.get("text", "")
    return " " * width + text
`,
  ),
  good(
    "CWE-400",
    "batch38: padding endpoint clamps the width to 1000",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/pad")
def pad():
    """Return the text left-padded to the requested width."""
    width = max(0, min(int(request.args.get("width", "10")), 1000))
    text = request.args.get("text", "")[:1000]
    return " " * width + text
`,
  ),
  bad(
    "CWE-400",
    "batch38: upload handler reads the whole request stream into memory without a size limit",
    src`
import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.route("/checksum", methods=["POST"])
def checksum():
    """Return the sha256 of the uploaded body."""
    body = request.stream.read()
    return hashlib.sha256(body).hexdigest()
`,
  ),
  good(
    "CWE-400",
    "batch38: upload handler hashes the stream in chunks with MAX_CONTENT_LENGTH set",
    src`
import hashlib

from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024


@app.route("/checksum", methods=["POST"])
def checksum():
    """Return the sha256 of the uploaded body."""
    h = hashlib.sha256()
    for chunk in iter(lambda: request.stream.read(65536), b""):
        h.update(chunk)
    return h.hexdigest()
`,
  ),

  // ---------------- CWE-414 / CWE-367 ----------------
  bad(
    "CWE-414",
    "batch38: withdraw updates a shared balance without taking the lock defined for it",
    src`
import threading

balance_lock = threading.Lock()
balances = {}


def withdraw(account, amount):
    """Withdraw amount from the account if the balance allows it (called from many threads)."""
    current = balances.get(account, 0)
    if current < amount:
        raise ValueError("insufficient funds")
    balances[account] = current - amount
`,
  ),
  good(
    "CWE-414",
    "batch38: withdraw holds the balance lock across the check and the update",
    src`
import threading

balance_lock = threading.Lock()
balances = {}


def withdraw(account, amount):
    """Withdraw amount from the account if the balance allows it (called from many threads)."""
    with balance_lock:
        current = balances.get(account, 0)
        if current < amount:
            raise ValueError("insufficient funds")
        balances[account] = current - amount
`,
  ),
  bad(
    "CWE-367",
    "batch38: setuid helper checks os.access on the path then opens it",
    src`
import os
import sys


def print_file(path):
    """Print the file if the real user may read it (the helper runs setuid root)."""
    if not os.access(path, os.R_OK):
        sys.exit("permission denied")
    with open(path) as fh:
        sys.stdout.write(fh.read())
`,
  ),
  good(
    "CWE-367",
    "batch38: setuid helper drops to the real uid before opening the path",
    src`
import os
import sys


def print_file(path):
    """Print the file if the real user may read it (the helper runs setuid root)."""
    os.seteuid(os.getuid())
    try:
        with open(path) as fh:
            sys.stdout.write(fh.read())
    except PermissionError:
        sys.exit("permission denied")
`,
  ),
  bad(
    "CWE-367",
    "batch38: log rotation checks the file is not a symlink then writes to it",
    src`
import os


def append_audit(path, line):
    """Append a line to the audit log, refusing symlinks."""
    if os.path.islink(path):
        raise ValueError("refusing symlink")
    with open(path, "a") as fh:
        fh.write(line + "\n")
`,
  ),

  // ---------------- CWE-434 / CWE-641 ----------------
  bad(
    "CWE-434",
    "batch38: avatar upload saved under the client file name in the static folder",
    src`
import os

from flask import Flask, request

app = Flask(__name__)
AVATAR_DIR = os.path.join(app.root_path, "static", "avatars")


@app.route("/avatar", methods=["POST"])
def upload_avatar():
    """Save the uploaded avatar image."""
    f = request.files["avatar"]
    f.save(os.path.join(AVATAR_DIR, f.filename))
    return "uploaded"
`,
  ),
  good(
    "CWE-434",
    "batch38: avatar upload checks the extension and saves under a generated name",
    src`
import os
import uuid

from flask import Flask, abort, request

app = Flask(__name__)
AVATAR_DIR = os.path.join(app.root_path, "static", "avatars")
ALLOWED = {".png", ".jpg", ".jpeg", ".gif"}


@app.route("/avatar", methods=["POST"])
def upload_avatar():
    """Save the uploaded avatar image."""
    f = request.files["avatar"]
    ext = os.path.splitext(f.filename or "")[1].lower()
    if ext not in ALLOWED:
        abort(400)
    f.save(os.path.join(AVATAR_DIR, uuid.uuid4().hex + ext))
    return "uploaded"
`,
  ),
  bad(
    "CWE-434",
    "batch38: document upload uses secure_filename but accepts any extension into the web root",
    src`
import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
PUBLIC_DIR = "/var/www/html/uploads"


@app.route("/upload", methods=["POST"])
def upload():
    """Store the uploaded document so it can be downloaded from /uploads."""
    f = request.files["document"]
    name = secure_filename(f.filename)
    f.save(os.path.join(PUBLIC_DIR, name))
    return "/uploads/" + name
`,
  ),
  good(
    "CWE-434",
    "batch38: document upload accepts only pdf and txt extensions",
    src`
import os

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
PUBLIC_DIR = "/var/www/html/uploads"
ALLOWED_EXTENSIONS = {"pdf", "txt"}


@app.route("/upload", methods=["POST"])
def upload():
    """Store the uploaded document so it can be downloaded from /uploads."""
    f = request.files["document"]
    name = secure_filename(f.filename)
    if "." not in name or name.rsplit(".", 1)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(400)
    f.save(os.path.join(PUBLIC_DIR, name))
    return "/uploads/" + name
`,
  ),
  bad(
    "CWE-641",
    "batch38: theme upload keeps the basename the client chose, so .htaccess can be written",
    src`
import os

from flask import Flask, request

app = Flask(__name__)
THEME_DIR = "/var/www/site/themes/custom"


@app.route("/themes", methods=["POST"])
def upload_theme_file():
    """Store a file of the user's custom theme."""
    f = request.files["file"]
    name = os.path.basename(f.filename)
    f.save(os.path.join(THEME_DIR, name))
    return "saved " + name
`,
  ),
  good(
    "CWE-641",
    "batch38: theme upload accepts only names matching a strict css/png pattern",
    src`
import os
import re

from flask import Flask, abort, request

app = Flask(__name__)
THEME_DIR = "/var/www/site/themes/custom"
NAME_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,40}\.(css|png)")


@app.route("/themes", methods=["POST"])
def upload_theme_file():
    """Store a file of the user's custom theme."""
    f = request.files["file"]
    name = f.filename or ""
    if not NAME_RE.fullmatch(name):
        abort(400)
    f.save(os.path.join(THEME_DIR, name))
    return "saved " + name
`,
  ),

  // ---------------- CWE-454 / CWE-462 / CWE-915 ----------------
  bad(
    "CWE-454",
    "batch38: admin flag initialised from a client cookie",
    src`
from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/admin/settings")
def settings():
    """Show the settings page to administrators."""
    is_admin = request.cookies.get("is_admin") == "1"
    if not is_admin:
        abort(403)
    return "settings"
`,
  ),
  good(
    "CWE-454",
    "batch38: admin flag read from the server-side user record",
    src`
from flask import Flask, abort
from flask_login import current_user, login_required

app = Flask(__name__)


@app.route("/admin/settings")
@login_required
def settings():
    """Show the settings page to administrators."""
    if not current_user.is_admin:
        abort(403)
    return "settings"
`,
  ),
  bad(
    "CWE-454",
    "batch38: trusted-proxy list initialised from a request header",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.before_request
def load_trusted():
    """Initialise the list of trusted proxies for this request."""
    request.environ["trusted_proxies"] = request.headers.get("X-Trusted-Proxies", "").split(",")


@app.route("/internal/metrics")
def metrics():
    if request.remote_addr not in request.environ["trusted_proxies"]:
        return "forbidden", 403
    return "metrics"
`,
  ),
  bad(
    "CWE-462",
    "batch38: permission table literal repeats a key so the later entry silently wins",
    src`
ROLE_PERMISSIONS = {
    "viewer": {"read"},
    "editor": {"read", "write"},
    "admin": {"read", "write", "delete", "manage_users"},
    "viewer": {"read", "write", "delete"},
}


def allowed(role, action):
    """Return True if the role may perform the action."""
    return action in ROLE_PERMISSIONS.get(role, set())
`,
  ),
  good(
    "CWE-462",
    "batch38: permission table literal with each role once",
    src`
ROLE_PERMISSIONS = {
    "viewer": {"read"},
    "editor": {"read", "write"},
    "admin": {"read", "write", "delete", "manage_users"},
}


def allowed(role, action):
    """Return True if the role may perform the action."""
    return action in ROLE_PERMISSIONS.get(role, set())
`,
  ),
  bad(
    "CWE-915",
    "batch38: profile update setattr's every JSON key onto the user model",
    src`
from flask import Flask, request
from flask_login import current_user, login_required

from .models import db

app = Flask(__name__)


@app.route("/profile", methods=["PATCH"])
@login_required
def update_profile():
    """Update the current user's profile with the posted fields."""
    for key, value in request.get_json().items():
        setattr(current_user, key, value)
    db.session.commit()
    return "", 204
`,
  ),
  good(
    "CWE-915",
    "batch38: profile update copies only allow-listed fields",
    src`
from flask import Flask, request
from flask_login import current_user, login_required

from .models import db

app = Flask(__name__)
EDITABLE = {"display_name", "bio", "timezone"}


@app.route("/profile", methods=["PATCH"])
@login_required
def update_profile():
    """Update the current user's profile with the posted fields."""
    for key, value in request.get_json().items():
        if key in EDITABLE:
            setattr(current_user, key, value)
    db.session.commit()
    return "", 204
`,
  ),

  // ---------------- CWE-477 ----------------
  bad(
    "CWE-477",
    "batch38: TLS client wraps the socket with the obsolete ssl.wrap_socket",
    src`
import socket
import ssl


def fetch_banner(host, port=443):
    """Open a TLS connection and return the first bytes the server sends."""
    sock = socket.create_connection((host, port))
    tls = ssl.wrap_socket(sock)
    return tls.recv(1024)
`,
  ),
  good(
    "CWE-477",
    "batch38: TLS client uses a default SSLContext to wrap the socket",
    src`
import socket
import ssl


def fetch_banner(host, port=443):
    """Open a TLS connection and return the first bytes the server sends."""
    ctx = ssl.create_default_context()
    sock = socket.create_connection((host, port))
    tls = ctx.wrap_socket(sock, server_hostname=host)
    return tls.recv(1024)
`,
  ),
  bad(
    "CWE-477",
    "batch38: html escaping with the removed cgi.escape leaves quotes unescaped in an attribute",
    src`
import cgi


def render_link(url, label):
    """Return an anchor tag for the user-supplied url and label."""
    return '<a href="%s">%s</a>' % (cgi.escape(url), cgi.escape(label))
`,
  ),
  good(
    "CWE-477",
    "batch38: html escaping with html.escape quoting attributes",
    src`
import html


def render_link(url, label):
    """Return an anchor tag for the user-supplied url and label."""
    return '<a href="%s">%s</a>' % (html.escape(url, quote=True), html.escape(label))
`,
  ),

  // ---------------- CWE-502 ----------------
  bad(
    "CWE-502",
    "batch38: restore_session unpickles a base64 cookie",
    src`
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    """Restore the shopping cart saved in the 'cart' cookie."""
    raw = request.cookies.get("cart")
    items = pickle.loads(base64.b64decode(raw)) if raw else []
    return {"items": items}
`,
  ),
  good(
    "CWE-502",
    "batch38: restore_session reads the cart cookie as JSON",
    src`
import base64
import json

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    """Restore the shopping cart saved in the 'cart' cookie."""
    raw = request.cookies.get("cart")
    items = json.loads(base64.b64decode(raw)) if raw else []
    return {"items": items}
`,
  ),
  bad(
    "CWE-502",
    "batch38: load_config docstring completion parses uploaded YAML with yaml.load and the unsafe loader",
    src`
import yaml


def load_config(stream):
    """Parse the YAML configuration uploaded by the user."""
    return yaml.load(stream, Loader=yaml.UnsafeLoader)
`,
  ),
  good(
    "CWE-502",
    "batch38: load_config parses uploaded YAML with yaml.safe_load",
    src`
import yaml


def load_config(stream):
    """Parse the YAML configuration uploaded by the user."""
    return yaml.safe_load(stream)
`,
  ),
  bad(
    "CWE-502",
    "batch38: socket server unpickles each message received from clients",
    src`
import pickle
import socket


def serve(port=9000):
    """Receive task objects from workers and print them."""
    srv = socket.socket()
    srv.bind(("0.0.0.0", port))
    srv.listen()
    while True:
        conn, _ = srv.accept()
        data = conn.recv(65536)
        task = pickle.loads(data)
        print(task)
        conn.close()
`,
  ),
  bad(
    "CWE-502",
    "batch38: jsonpickle.decode of the request body",
    src`
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_objects():
    """Import the serialized objects sent by the client."""
    objs = jsonpickle.decode(request.get_data(as_text=True))
    return str(len(objs))
`,
  ),

  // ---------------- CWE-521 / CWE-522 / CWE-312 / CWE-532 ----------------
  bad(
    "CWE-521",
    "batch38: registration accepts any password of four characters or more",
    src`
from flask import Flask, request

from .models import create_user

app = Flask(__name__)


@app.route("/register", methods=["POST"])
def register():
    """Register a user; reject passwords that are too short."""
    password = request.form["password"]
    if len(password) < 4:
        return "password too short", 400
    create_user(request.form["email"], password)
    return "registered", 201
`,
  ),
  good(
    "CWE-521",
    "batch38: registration requires 12 characters and rejects common passwords",
    src`
from flask import Flask, request

from .models import create_user

app = Flask(__name__)
COMMON = set(open("common-passwords.txt").read().split())


@app.route("/register", methods=["POST"])
def register():
    """Register a user; reject passwords that are too short."""
    password = request.form["password"]
    if len(password) < 12 or password.lower() in COMMON:
        return "password too weak", 400
    create_user(request.form["email"], password)
    return "registered", 201
`,
  ),
  bad(
    "CWE-522",
    "batch38: login stores the password itself in a cookie for auto-login",
    src`
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    """Log in and remember the credentials so the user is logged in next time."""
    resp = make_response("ok")
    resp.set_cookie("username", request.form["username"])
    resp.set_cookie("password", request.form["password"])
    return resp
`,
  ),
  bad(
    "CWE-522",
    "batch38: save_credentials writes the password base64-encoded to a config file",
    src`
import base64
import configparser


def save_credentials(username, password, path="~/.mytool.ini"):
    """Save the user's credentials so the tool can log in next time."""
    cfg = configparser.ConfigParser()
    cfg["auth"] = {"username": username, "password": base64.b64encode(password.encode()).decode()}
    with open(__import__("os").path.expanduser(path), "w") as fh:
        cfg.write(fh)
`,
  ),
  good(
    "CWE-522",
    "batch38: save_credentials stores the password in the OS keyring",
    src`
import configparser
import os

import keyring


def save_credentials(username, password, path="~/.mytool.ini"):
    """Save the user's credentials so the tool can log in next time."""
    keyring.set_password("mytool", username, password)
    cfg = configparser.ConfigParser()
    cfg["auth"] = {"username": username}
    with open(os.path.expanduser(path), "w") as fh:
        cfg.write(fh)
`,
  ),
  bad(
    "CWE-312",
    "batch38: checkout writes the full card number and CVV to a CSV file",
    src`
import csv


def record_payment(order_id, card_number, cvv, amount):
    """Append the payment to payments.csv for the accounting export."""
    with open("payments.csv", "a", newline="") as fh:
        csv.writer(fh).writerow([order_id, card_number, cvv, amount])
`,
  ),
  good(
    "CWE-312",
    "batch38: checkout records only the last four digits of the card",
    src`
import csv


def record_payment(order_id, card_number, cvv, amount):
    """Append the payment to payments.csv for the accounting export."""
    with open("payments.csv", "a", newline="") as fh:
        csv.writer(fh).writerow([order_id, "****" + card_number[-4:], amount])
`,
  ),
  bad(
    "CWE-532",
    "batch38: login handler logs the submitted password at debug level",
    src`
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/api/login", methods=["POST"])
def api_login():
    """Authenticate the API client."""
    creds = request.get_json()
    log.debug("login attempt user=%s password=%s", creds["user"], creds["password"])
    return "ok"
`,
  ),
  good(
    "CWE-532",
    "batch38: login handler logs only the user name",
    src`
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/api/login", methods=["POST"])
def api_login():
    """Authenticate the API client."""
    creds = request.get_json()
    log.debug("login attempt user=%r", creds["user"])
    return "ok"
`,
  ),

  // ---------------- CWE-319 / CWE-295 ----------------
  bad(
    "CWE-319",
    "batch38: client posts credentials to an http:// login URL",
    src`
import requests


def get_api_token(username, password):
    """Log in to the billing API and return the access token."""
    resp = requests.post("http://billing.example.com/api/login", json={"user": username, "password": password})
    resp.raise_for_status()
    return resp.json()["token"]
`,
  ),
  good(
    "CWE-319",
    "batch38: client posts credentials to the https login URL",
    src`
import requests


def get_api_token(username, password):
    """Log in to the billing API and return the access token."""
    resp = requests.post("https://billing.example.com/api/login", json={"user": username, "password": password})
    resp.raise_for_status()
    return resp.json()["token"]
`,
  ),
  bad(
    "CWE-319",
    "batch38: mail sender logs in to SMTP without STARTTLS",
    src`
import os
import smtplib
from email.message import EmailMessage


def send_alert(to, body):
    """Send an alert email through the company mail server."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "alerts@example.com", to, "Alert"
    msg.set_content(body)
    with smtplib.SMTP("mail.example.com", 587) as smtp:
        smtp.login("alerts", os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)
`,
  ),
  good(
    "CWE-319",
    "batch38: mail sender calls starttls before login",
    src`
import os
import smtplib
import ssl
from email.message import EmailMessage


def send_alert(to, body):
    """Send an alert email through the company mail server."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "alerts@example.com", to, "Alert"
    msg.set_content(body)
    with smtplib.SMTP("mail.example.com", 587) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login("alerts", os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)
`,
  ),
  bad(
    "CWE-295",
    "batch38: fetch_json docstring completion disables certificate verification",
    src`
import requests


def fetch_json(url):
    """Fetch JSON from the internal API (it uses a self-signed certificate)."""
    return requests.get(url, verify=False, timeout=10).json()
`,
  ),
  good(
    "CWE-295",
    "batch38: fetch_json verifies against the internal CA bundle",
    src`
import requests


def fetch_json(url):
    """Fetch JSON from the internal API (it uses a self-signed certificate)."""
    return requests.get(url, verify="/etc/ssl/certs/internal-ca.pem", timeout=10).json()
`,
  ),
  bad(
    "CWE-295",
    "batch38: ssl context with check_hostname off and CERT_NONE for an IMAP client",
    src`
import imaplib
import ssl


def open_mailbox(host, user, password):
    """Connect to the IMAP server over TLS and log in."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    conn = imaplib.IMAP4_SSL(host, ssl_context=ctx)
    conn.login(user, password)
    return conn
`,
  ),
  bad(
    "CWE-295",
    "batch38: paramiko client auto-adds unknown host keys",
    src`
import paramiko


def run_remote(host, command):
    """Run a command on the host over SSH with the deploy key."""
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519")
    _, out, _ = client.exec_command(command)
    return out.read()
`,
  ),
  good(
    "CWE-295",
    "batch38: paramiko client loads known hosts and rejects unknown keys",
    src`
import paramiko


def run_remote(host, command):
    """Run a command on the host over SSH with the deploy key."""
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519")
    _, out, _ = client.exec_command(command)
    return out.read()
`,
  ),

  // ---------------- CWE-601 ----------------
  bad(
    "CWE-601",
    "batch38: login redirects to the next parameter unchecked",
    src`
from flask import Flask, redirect, request
from flask_login import login_user

from .auth import authenticate

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    """Log the user in and send them back where they came from."""
    user = authenticate(request.form["username"], request.form["password"])
    if not user:
        return "denied", 401
    login_user(user)
    return redirect(request.args.get("next", "/"))
`,
  ),
  good(
    "CWE-601",
    "batch38: login redirects only to a local path",
    src`
from urllib.parse import urlparse

from flask import Flask, redirect, request
from flask_login import login_user

from .auth import authenticate

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    """Log the user in and send them back where they came from."""
    user = authenticate(request.form["username"], request.form["password"])
    if not user:
        return "denied", 401
    login_user(user)
    target = request.args.get("next", "/")
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc or not target.startswith("/") or target.startswith("//"):
        target = "/"
    return redirect(target)
`,
  ),
  bad(
    "CWE-601",
    "batch38: django logout view redirects to the return_to GET parameter",
    src`
from django.contrib.auth import logout
from django.http import HttpResponseRedirect


def logout_view(request):
    """Log out and go back to the page given in return_to."""
    logout(request)
    return HttpResponseRedirect(request.GET.get("return_to", "/"))
`,
  ),
  good(
    "CWE-601",
    "batch38: django logout view checks return_to with url_has_allowed_host_and_scheme",
    src`
from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def logout_view(request):
    """Log out and go back to the page given in return_to."""
    logout(request)
    target = request.GET.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        target = "/"
    return HttpResponseRedirect(target)
`,
  ),

  // ---------------- CWE-605 / CWE-941 ----------------
  bad(
    "CWE-605",
    "batch38: license server sets SO_REUSEPORT so another process can bind the same port",
    src`
import socket


def start_license_server(port=27000):
    """Listen for licence check requests on all interfaces."""
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    srv.bind(("0.0.0.0", port))
    srv.listen(16)
    return srv
`,
  ),
  good(
    "CWE-605",
    "batch38: license server binds without SO_REUSEPORT",
    src`
import socket


def start_license_server(port=27000):
    """Listen for licence check requests on all interfaces."""
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("0.0.0.0", port))
    srv.listen(16)
    return srv
`,
  ),
  bad(
    "CWE-941",
    "batch38: UDP status service sends its reply to an address read from the packet payload",
    src`
import json
import socket


def serve_status(port=5005):
    """Answer status queries; the query says where the reply should go."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, _sender = sock.recvfrom(2048)
        query = json.loads(data)
        reply = json.dumps({"status": "ok", "load": 0.3}).encode() * 20
        sock.sendto(reply, (query["reply_host"], int(query["reply_port"])))
`,
  ),
  good(
    "CWE-941",
    "batch38: UDP status service replies to the sender address only",
    src`
import json
import socket


def serve_status(port=5005):
    """Answer status queries; the query says where the reply should go."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, sender = sock.recvfrom(2048)
        json.loads(data)
        reply = json.dumps({"status": "ok", "load": 0.3}).encode()
        sock.sendto(reply, sender)
`,
  ),

  // ---------------- CWE-611 / CWE-776 / CWE-827 ----------------
  bad(
    "CWE-611",
    "batch38: parse_invoice_xml uses an lxml parser that resolves entities from the network",
    src`
from lxml import etree


def parse_invoice_xml(xml_bytes):
    """Parse the uploaded invoice XML and return the total."""
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser)
    return root.findtext("total")
`,
  ),
  good(
    "CWE-611",
    "batch38: parse_invoice_xml uses defusedxml",
    src`
from defusedxml import ElementTree


def parse_invoice_xml(xml_bytes):
    """Parse the uploaded invoice XML and return the total."""
    root = ElementTree.fromstring(xml_bytes)
    return root.findtext("total")
`,
  ),
  bad(
    "CWE-611",
    "batch38: sax handler with external general entities turned on",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []

    def characters(self, content):
        self.titles.append(content)


def titles_from_feed(feed_file):
    """Collect the text of the uploaded RSS feed."""
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = TitleHandler()
    parser.setContentHandler(handler)
    parser.parse(feed_file)
    return handler.titles
`,
  ),
  good(
    "CWE-611",
    "batch38: sax handler with external general entities turned off",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []

    def characters(self, content):
        self.titles.append(content)


def titles_from_feed(feed_file):
    """Collect the text of the uploaded RSS feed."""
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    handler = TitleHandler()
    parser.setContentHandler(handler)
    parser.parse(feed_file)
    return handler.titles
`,
  ),
  bad(
    "CWE-776",
    "batch38: flask endpoint parses the posted XML with minidom",
    src`
from xml.dom import minidom

from flask import Flask, request

app = Flask(__name__)


@app.route("/api/order", methods=["POST"])
def order():
    """Accept an XML order and return the number of items."""
    doc = minidom.parseString(request.data)
    return str(len(doc.getElementsByTagName("item")))
`,
  ),
  good(
    "CWE-776",
    "batch38: flask endpoint parses the posted XML with defusedxml.minidom",
    src`
from defusedxml import minidom
from flask import Flask, request

app = Flask(__name__)


@app.route("/api/order", methods=["POST"])
def order():
    """Accept an XML order and return the number of items."""
    doc = minidom.parseString(request.data)
    return str(len(doc.getElementsByTagName("item")))
`,
  ),
  bad(
    "CWE-776",
    "batch38: lxml parser with huge_tree on parsing user XML",
    src`
from lxml import etree


def count_nodes(xml_text):
    """Count the elements in the XML document the user pasted."""
    parser = etree.XMLParser(huge_tree=True)
    return sum(1 for _ in etree.fromstring(xml_text.encode(), parser).iter())
`,
  ),
  bad(
    "CWE-827",
    "batch38: lxml parser loads and validates against the DTD the document names",
    src`
from lxml import etree


def validate_upload(xml_bytes):
    """Validate the uploaded document against its DTD."""
    parser = etree.XMLParser(dtd_validation=True, load_dtd=True, no_network=False)
    etree.fromstring(xml_bytes, parser)
    return True
`,
  ),
  good(
    "CWE-827",
    "batch38: lxml validates against a DTD the application ships",
    src`
from lxml import etree

DTD = etree.DTD(open("schemas/order.dtd", "rb"))


def validate_upload(xml_bytes):
    """Validate the uploaded document against its DTD."""
    parser = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=False)
    return DTD.validate(etree.fromstring(xml_bytes, parser))
`,
  ),

  // ---------------- CWE-643 / CWE-90 / CWE-943 ----------------
  bad(
    "CWE-643",
    "batch38: find_user docstring completion builds the XPath from the username",
    src`
from lxml import etree

TREE = etree.parse("users.xml")


def find_user(username):
    """Return the email of the user element whose name attribute matches."""
    result = TREE.xpath("//user[@name='" + username + "']/email/text()")
    return result[0] if result else None
`,
  ),
  good(
    "CWE-643",
    "batch38: find_user passes the username as an XPath variable",
    src`
from lxml import etree

TREE = etree.parse("users.xml")


def find_user(username):
    """Return the email of the user element whose name attribute matches."""
    result = TREE.xpath("//user[@name=$name]/email/text()", name=username)
    return result[0] if result else None
`,
  ),
  bad(
    "CWE-90",
    "batch38: ldap lookup formats the uid from the form into the filter",
    src`
import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/directory")
def directory():
    """Look up a colleague by uid in the company directory."""
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=%s)" % uid)
    return str(results)
`,
  ),
  good(
    "CWE-90",
    "batch38: ldap lookup escapes the uid with escape_filter_chars",
    src`
import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


@app.route("/directory")
def directory():
    """Look up a colleague by uid in the company directory."""
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s(
        "ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=%s)" % escape_filter_chars(uid)
    )
    return str(results)
`,
  ),
  bad(
    "CWE-943",
    "batch38: mongo login query built from the posted JSON values, allowing operators",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/login", methods=["POST"])
def login():
    """Log in with the posted username and password (hash check elided)."""
    body = request.get_json()
    user = users.find_one({"username": body["username"], "password_hash": body["password_hash"]})
    return ("ok", 200) if user else ("denied", 401)
`,
  ),
  good(
    "CWE-943",
    "batch38: mongo login query coerces the posted values to strings",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/login", methods=["POST"])
def login():
    """Log in with the posted username and password (hash check elided)."""
    body = request.get_json()
    user = users.find_one({"username": str(body["username"]), "password_hash": str(body["password_hash"])})
    return ("ok", 200) if user else ("denied", 401)
`,
  ),
  bad(
    "CWE-943",
    "batch38: mongo search uses a $where clause formatted with the query parameter",
    src`
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
products = MongoClient()["shop"]["products"]


@app.route("/search")
def search():
    """Find products whose name equals the 'name' parameter."""
    name = request.args.get("name", "")
    docs = products.find({"$where": "this.name == '%s'" % name}, {"_id": 0})
    return jsonify(list(docs))
`,
  ),

  // ---------------- CWE-703 ----------------
  bad(
    "CWE-703",
    "batch38: verify_token swallows every exception and grants access",
    src`
import os

import jwt


def is_valid_token(token):
    """Return True if the token is a valid, unexpired session token."""
    try:
        jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
    except Exception:
        pass
    return True
`,
  ),
  good(
    "CWE-703",
    "batch38: verify_token returns False when decoding fails",
    src`
import os

import jwt


def is_valid_token(token):
    """Return True if the token is a valid, unexpired session token."""
    try:
        jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
    except jwt.PyJWTError:
        return False
    return True
`,
  ),
  bad(
    "CWE-703",
    "batch38: permission check enforced only with assert",
    src`
def delete_project(user, project):
    """Delete the project; only its owner may do so."""
    assert project.owner_id == user.id, "not the owner"
    project.delete()
`,
  ),
  good(
    "CWE-703",
    "batch38: permission check raises PermissionError",
    src`
def delete_project(user, project):
    """Delete the project; only its owner may do so."""
    if project.owner_id != user.id:
        raise PermissionError("not the owner")
    project.delete()
`,
  ),

  // ---------------- CWE-730 / CWE-1333 ----------------
  bad(
    "CWE-730",
    "batch38: log search compiles the pattern parameter as a regex",
    src`
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/logs/search")
def search_logs():
    """Return log lines matching the 'q' parameter."""
    pattern = re.compile(request.args.get("q", ""))
    with open("/var/log/app.log") as fh:
        return "".join(line for line in fh if pattern.search(line))
`,
  ),
  good(
    "CWE-730",
    "batch38: log search escapes the parameter before compiling it",
    src`
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/logs/search")
def search_logs():
    """Return log lines matching the 'q' parameter."""
    pattern = re.compile(re.escape(request.args.get("q", "")))
    with open("/var/log/app.log") as fh:
        return "".join(line for line in fh if pattern.search(line))
`,
  ),
  bad(
    "CWE-1333",
    "batch38: is_valid_email docstring completion uses a nested-quantifier regex",
    src`
import re

EMAIL_RE = re.compile(r"^([a-zA-Z0-9_.+-]+)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")


def is_valid_email(address):
    """Return True if the address looks like an email address."""
    return EMAIL_RE.match(address) is not None
`,
  ),
  good(
    "CWE-1333",
    "batch38: is_valid_email uses a regex without nested quantifiers",
    src`
import re

EMAIL_RE = re.compile(r"^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*\.[a-zA-Z]{2,}$")


def is_valid_email(address):
    """Return True if the address looks like an email address."""
    return len(address) <= 254 and EMAIL_RE.match(address) is not None
`,
  ),
  bad(
    "CWE-1333",
    "batch38: slug validator with overlapping alternation under a star",
    src`
import re


def is_valid_slug(slug):
    """Return True if slug is lowercase words separated by dashes."""
    return re.fullmatch(r"(\w+|-\w+|\w-)*", slug) is not None
`,
  ),

  // ---------------- CWE-835 / CWE-841 ----------------
  bad(
    "CWE-835",
    "batch38: recv loop never stops when the peer closes the connection",
    src`
import socket


def read_message(sock: socket.socket) -> bytes:
    """Read from the socket until the message terminator b'\\n\\n' arrives."""
    buf = b""
    while b"\n\n" not in buf:
        buf += sock.recv(4096)
    return buf
`,
  ),
  good(
    "CWE-835",
    "batch38: recv loop raises when the peer closes the connection",
    src`
import socket


def read_message(sock: socket.socket) -> bytes:
    """Read from the socket until the message terminator b'\\n\\n' arrives."""
    buf = b""
    while b"\n\n" not in buf:
        chunk = sock.recv(4096)
        if not chunk:
            raise ConnectionError("peer closed before end of message")
        buf += chunk
    return buf
`,
  ),
  bad(
    "CWE-835",
    "batch38: retry loop with no attempt limit and no exit on permanent failure",
    src`
import time

import requests


def wait_for_service(url):
    """Block until the service answers 200."""
    while True:
        try:
            if requests.get(url, timeout=5).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0)
`,
  ),
  bad(
    "CWE-841",
    "batch38: ship endpoint ships an order without checking it was paid",
    src`
from flask import Flask, abort
from flask_login import current_user, login_required

from .models import Order, db

app = Flask(__name__)


@app.route("/orders/<int:order_id>/ship", methods=["POST"])
@login_required
def ship(order_id):
    """Mark the order shipped (the warehouse step after payment)."""
    order = Order.query.get_or_404(order_id)
    if order.customer_id != current_user.id:
        abort(404)
    order.status = "shipped"
    db.session.commit()
    return "shipped"
`,
  ),
  good(
    "CWE-841",
    "batch38: ship endpoint refuses orders whose status is not paid",
    src`
from flask import Flask, abort
from flask_login import current_user, login_required

from .models import Order, db

app = Flask(__name__)


@app.route("/orders/<int:order_id>/ship", methods=["POST"])
@login_required
def ship(order_id):
    """Mark the order shipped (the warehouse step after payment)."""
    order = Order.query.get_or_404(order_id)
    if order.customer_id != current_user.id:
        abort(404)
    if order.status != "paid":
        abort(409)
    order.status = "shipped"
    db.session.commit()
    return "shipped"
`,
  ),

  // ---------------- CWE-918 ----------------
  bad(
    "CWE-918",
    "batch38: link preview fetches the url parameter server-side",
    src`
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/preview")
def preview():
    """Return the title of the page at 'url' for a link preview."""
    page = requests.get(request.args["url"], timeout=5).text
    start = page.find("<title>")
    return jsonify(title=page[start + 7 : page.find("</title>")] if start >= 0 else "")
`,
  ),
  good(
    "CWE-918",
    "batch38: link preview only fetches https URLs on an allow-listed host",
    src`
from urllib.parse import urlparse

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ALLOWED_HOSTS = {"www.example.com", "blog.example.com"}


@app.route("/preview")
def preview():
    """Return the title of the page at 'url' for a link preview."""
    url = request.args["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        abort(400)
    page = requests.get(url, timeout=5, allow_redirects=False).text
    start = page.find("<title>")
    return jsonify(title=page[start + 7 : page.find("</title>")] if start >= 0 else "")
`,
  ),
  bad(
    "CWE-918",
    "batch38: health proxy builds the URL from a host parameter with urllib",
    src`
from urllib.request import urlopen

from flask import Flask, request

app = Flask(__name__)


@app.route("/health-proxy")
def health_proxy():
    """Return the /health response of the service host given in 'host'."""
    host = request.args.get("host", "localhost")
    with urlopen(f"http://{host}/health", timeout=3) as resp:
        return resp.read()
`,
  ),

  // ---------------- CWE-113 / CWE-942 / CWE-1236 / CWE-1336 / CWE-134 ----------------
  bad(
    "CWE-113",
    "batch38: http.server handler copies a query value into a response header",
    src`
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class LangHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        """Remember the chosen language in a header and answer."""
        lang = parse_qs(urlparse(self.path).query).get("lang", ["en"])[0]
        self.send_response(200)
        self.send_header("Content-Language", lang)
        self.end_headers()
        self.wfile.write(b"ok")


if __name__ == "__main__":
    HTTPServer(("", 8000), LangHandler).serve_forever()
`,
  ),
  good(
    "CWE-113",
    "batch38: http.server handler maps the query value to a known language",
    src`
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

LANGS = {"en", "fr", "de", "es"}


class LangHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        """Remember the chosen language in a header and answer."""
        lang = parse_qs(urlparse(self.path).query).get("lang", ["en"])[0]
        if lang not in LANGS:
            lang = "en"
        self.send_response(200)
        self.send_header("Content-Language", lang)
        self.end_headers()
        self.wfile.write(b"ok")


if __name__ == "__main__":
    HTTPServer(("", 8000), LangHandler).serve_forever()
`,
  ),
  bad(
    "CWE-942",
    "batch38: flask-cors allows any origin with credentials",
    src`
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins="*", supports_credentials=True)


@app.route("/api/me")
def me():
    return {"user": "alice"}
`,
  ),
  good(
    "CWE-942",
    "batch38: flask-cors allows one origin with credentials",
    src`
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://app.example.com"], supports_credentials=True)


@app.route("/api/me")
def me():
    return {"user": "alice"}
`,
  ),
  bad(
    "CWE-942",
    "batch38: after_request reflects the Origin header with credentials allowed",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.after_request
def add_cors(resp):
    """Allow the browser front-end to call the API."""
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp
`,
  ),
  bad(
    "CWE-1236",
    "batch38: contacts export writes user-entered fields to CSV as they are",
    src`
import csv
import io

from flask import Flask, Response

from .models import Contact

app = Flask(__name__)


@app.route("/contacts.csv")
def export_contacts():
    """Download all contacts as a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "company", "notes"])
    for c in Contact.query.all():
        writer.writerow([c.name, c.company, c.notes])
    return Response(out.getvalue(), mimetype="text/csv")
`,
  ),
  good(
    "CWE-1236",
    "batch38: contacts export prefixes formula-leading cells with a quote",
    src`
import csv
import io

from flask import Flask, Response

from .models import Contact

app = Flask(__name__)


def cell(value):
    value = "" if value is None else str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


@app.route("/contacts.csv")
def export_contacts():
    """Download all contacts as a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "company", "notes"])
    for c in Contact.query.all():
        writer.writerow([cell(c.name), cell(c.company), cell(c.notes)])
    return Response(out.getvalue(), mimetype="text/csv")
`,
  ),
  bad(
    "CWE-1336",
    "batch38: greeting card renders a template string built from the message parameter",
    src`
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/card")
def card():
    """Render a greeting card with the user's message."""
    message = request.args.get("message", "Happy birthday!")
    return render_template_string("<div class='card'>" + message + "</div>")
`,
  ),
  good(
    "CWE-1336",
    "batch38: greeting card passes the message as a template variable",
    src`
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/card")
def card():
    """Render a greeting card with the user's message."""
    message = request.args.get("message", "Happy birthday!")
    return render_template_string("<div class='card'>{{ message }}</div>", message=message)
`,
  ),
  bad(
    "CWE-134",
    "batch38: notification template from the user formatted with str.format and the user object",
    src`
from flask import Flask, request
from flask_login import current_user, login_required

app = Flask(__name__)


@app.route("/notify/preview", methods=["POST"])
@login_required
def preview_notification():
    """Preview the notification text; the template may use {user.name}."""
    template = request.form["template"]
    return template.format(user=current_user)
`,
  ),
  good(
    "CWE-134",
    "batch38: notification template filled with string.Template and plain values",
    src`
from string import Template

from flask import Flask, request
from flask_login import current_user, login_required

app = Flask(__name__)


@app.route("/notify/preview", methods=["POST"])
@login_required
def preview_notification():
    """Preview the notification text; the template may use {user.name}."""
    template = Template(request.form["template"])
    return template.safe_substitute(name=current_user.name)
`,
  ),
];
