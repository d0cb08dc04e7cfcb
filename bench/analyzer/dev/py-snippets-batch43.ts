// Dev suite "py-snippets", batch 43 (see py-snippets.ts): written blind, measured before any fix it prompted. The
// style of a corpus of short insecure Python samples, one per CWE prompt: a few imports, then one function (often
// library code whose tainted value is a parameter, a caller's input, with no web framework) or a one-route Flask /
// Django / FastAPI / aiohttp app, with the natural insecure completion; each safe twin differs in the one thing that
// makes it safe. Weighted toward CWEs and shapes earlier batches had little of: external control of settings and
// search paths, unsafe reflection, relative / absolute traversal and archive extraction, symlink following, log and
// header CRLF, stack traces and dumped configuration, privilege dropping, hostname checks and unverified TLS
// contexts, secrets in logs / files / cookies, static keys and IVs, seeded PRNGs, weak ciphers and key sizes, fast
// password hashes, unverified JWTs, TOCTOU, temp files, bombs and ReDoS, IDOR, uploads, deserialisation, password
// change / reset, XML parsers, cookie flags, XPath / XQuery, permissions, download-and-exec, SSRF and WebSocket
// origins. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH43: DevCase[] = [
  // ---------------- CWE-15 / CWE-454 external control of settings ----------------
  bad(
    "CWE-15",
    "batch43: Flask settings route writes any form key and value into os.environ",
    src`
import os

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/admin/env", methods=["POST"])
def set_env():
    key = request.form["key"]
    value = request.form["value"]
    os.environ[key] = value
    return jsonify(ok=True)
`,
  ),
  good(
    "CWE-15",
    "batch43: Flask settings route only sets allow-listed variables to allow-listed values",
    src`
import os

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
ALLOWED = {"LANG": {"en_US.UTF-8", "de_DE.UTF-8"}, "TZ": {"UTC", "Europe/Berlin"}}


@app.route("/admin/env", methods=["POST"])
def set_env():
    key = request.form["key"]
    value = request.form["value"]
    if value not in ALLOWED.get(key, ()):
        abort(400)
    os.environ[key] = value
    return jsonify(ok=True)
`,
  ),
  bad(
    "CWE-15",
    "batch43: run_converter puts the caller's tool directory first on PATH before spawning convert",
    src`
import os
import subprocess


def run_converter(tool_dir, src, dst):
    """Convert an image with ImageMagick, using the tools in tool_dir."""
    env = dict(os.environ)
    env["PATH"] = tool_dir + os.pathsep + env.get("PATH", "")
    subprocess.run(["convert", src, dst], env=env, check=True)
`,
  ),
  bad(
    "CWE-15",
    "batch43: Flask admin route merges the JSON body into app.config",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/admin/config", methods=["PUT"])
def update_config():
    app.config.update(request.get_json())
    return jsonify(ok=True)
`,
  ),
  good(
    "CWE-15",
    "batch43: Flask admin route updates only a whitelisted integer setting",
    src`
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.route("/admin/config", methods=["PUT"])
def update_config():
    body = request.get_json()
    page_size = body.get("PAGE_SIZE")
    if not isinstance(page_size, int) or not 1 <= page_size <= 200:
        abort(400)
    app.config["PAGE_SIZE"] = page_size
    return jsonify(ok=True)
`,
  ),
  bad(
    "CWE-427",
    "batch43: load_extension inserts the caller's directory at the front of sys.path and imports from it",
    src`
import importlib
import sys


def load_extension(ext_dir, name):
    """Load the extension module name from ext_dir."""
    sys.path.insert(0, ext_dir)
    return importlib.import_module(name)
`,
  ),
  good(
    "CWE-427",
    "batch43: load_extension imports from the fixed extensions directory by allow-listed name",
    src`
import importlib
import sys

EXT_DIR = "/opt/app/extensions"
KNOWN = {"csv_export", "pdf_export"}


def load_extension(name):
    """Load a bundled extension module."""
    if name not in KNOWN:
        raise ValueError("unknown extension")
    if EXT_DIR not in sys.path:
        sys.path.append(EXT_DIR)
    return importlib.import_module(name)
`,
  ),
  bad(
    "CWE-470",
    "batch43: Flask export route imports the module named in the query string",
    src`
import importlib

from flask import Flask, request

app = Flask(__name__)


@app.route("/export")
def export():
    fmt = request.args.get("format", "csv")
    module = importlib.import_module(fmt)
    return module.render(request.args.get("report"))
`,
  ),
  good(
    "CWE-470",
    "batch43: Flask export route picks the exporter from a fixed mapping",
    src`
from flask import Flask, request, abort

from . import csv_export, json_export

app = Flask(__name__)
EXPORTERS = {"csv": csv_export, "json": json_export}


@app.route("/export")
def export():
    module = EXPORTERS.get(request.args.get("format", "csv"))
    if module is None:
        abort(400)
    return module.render(request.args.get("report"))
`,
  ),
  bad(
    "CWE-470",
    "batch43: Flask hook route calls __import__ on a form field and runs its main",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/hooks/run", methods=["POST"])
def run_hook():
    mod = __import__(request.form["hook"])
    return str(mod.main())
`,
  ),
  bad(
    "CWE-470",
    "batch43: make_handler resolves a dotted class path given by the caller and instantiates it",
    src`
import importlib


def make_handler(class_path, *args):
    """Instantiate the handler class named by class_path (module.Class)."""
    module_name, _, class_name = class_path.rpartition(".")
    cls = getattr(importlib.import_module(module_name), class_name)
    return cls(*args)
`,
  ),
  // ---------------- CWE-22 / 23 / 36 traversal and archives ----------------
  bad(
    "CWE-23",
    "batch43: read_template joins the caller's template name under the templates directory",
    src`
import os

TEMPLATE_DIR = "/srv/app/templates"


def read_template(name):
    """Return the text of the named template."""
    with open(os.path.join(TEMPLATE_DIR, name), encoding="utf-8") as f:
        return f.read()
`,
  ),
  good(
    "CWE-23",
    "batch43: read_template resolves the path and requires it to stay under the templates directory",
    src`
import os

TEMPLATE_DIR = os.path.realpath("/srv/app/templates")


def read_template(name):
    """Return the text of the named template."""
    path = os.path.realpath(os.path.join(TEMPLATE_DIR, name))
    if os.path.commonpath([path, TEMPLATE_DIR]) != TEMPLATE_DIR:
        raise ValueError("template outside the templates directory")
    with open(path, encoding="utf-8") as f:
        return f.read()
`,
  ),
  bad(
    "CWE-36",
    "batch43: Flask download rejects '..' but os.path.join still accepts an absolute file name",
    src`
import os

from flask import Flask, request, send_file, abort

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/download")
def download():
    name = request.args["file"]
    if ".." in name:
        abort(400)
    return send_file(os.path.join(UPLOAD_DIR, name))
`,
  ),
  good(
    "CWE-36",
    "batch43: Flask download serves through send_from_directory",
    src`
from flask import Flask, request, send_from_directory

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/download")
def download():
    return send_from_directory(UPLOAD_DIR, request.args["file"])
`,
  ),
  bad(
    "CWE-36",
    "batch43: load_attachment checks for '..' but a pathlib join with an absolute name escapes the base",
    src`
from pathlib import Path

BASE = Path("/var/lib/mail/attachments")


def load_attachment(name):
    """Return the bytes of a stored attachment."""
    if ".." in name:
        raise ValueError("bad name")
    return (BASE / name).read_bytes()
`,
  ),
  good(
    "CWE-36",
    "batch43: load_attachment resolves the joined path and requires it under the base",
    src`
from pathlib import Path

BASE = Path("/var/lib/mail/attachments").resolve()


def load_attachment(name):
    """Return the bytes of a stored attachment."""
    path = (BASE / name).resolve()
    if not path.is_relative_to(BASE):
        raise ValueError("bad name")
    return path.read_bytes()
`,
  ),
  bad(
    "CWE-22",
    "batch43: import_theme extracts an uploaded tarball with extractall and no filter",
    src`
import tarfile


def import_theme(archive_path, themes_dir):
    """Unpack a theme archive uploaded by a user into the themes directory."""
    with tarfile.open(archive_path) as tar:
        tar.extractall(themes_dir)
`,
  ),
  good(
    "CWE-22",
    "batch43: import_theme extracts with the data filter",
    src`
import tarfile


def import_theme(archive_path, themes_dir):
    """Unpack a theme archive uploaded by a user into the themes directory."""
    with tarfile.open(archive_path) as tar:
        tar.extractall(themes_dir, filter="data")
`,
  ),
  bad(
    "CWE-22",
    "batch43: restore_backup unpacks a user's archive with shutil.unpack_archive",
    src`
import shutil


def restore_backup(uploaded_archive, restore_dir):
    """Restore a user-provided backup archive (.tar.gz or .zip)."""
    shutil.unpack_archive(uploaded_archive, restore_dir)
`,
  ),
  good(
    "CWE-22",
    "batch43: restore_backup unpacks with the data filter",
    src`
import shutil


def restore_backup(uploaded_archive, restore_dir):
    """Restore a user-provided backup archive (.tar.gz or .zip)."""
    shutil.unpack_archive(uploaded_archive, restore_dir, filter="data")
`,
  ),
  bad(
    "CWE-22",
    "batch43: unzip_members writes each zip entry to dest joined with its own name",
    src`
import os
import zipfile


def unzip_members(zip_path, dest):
    """Extract every file of the zip into dest."""
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(zf.read(info))
`,
  ),
  good(
    "CWE-22",
    "batch43: unzip_members skips entries whose resolved path leaves dest",
    src`
import os
import zipfile


def unzip_members(zip_path, dest):
    """Extract every file of the zip into dest."""
    root = os.path.realpath(dest)
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            target = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, target]) != root:
                raise ValueError("entry escapes the destination: " + info.filename)
            if info.is_dir():
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(zf.read(info))
`,
  ),
  bad(
    "CWE-22",
    "batch43: extract_members only rejects absolute tar member names, not '..'",
    src`
import tarfile


def extract_members(tar_path, dest):
    """Extract a release tarball, refusing absolute paths."""
    with tarfile.open(tar_path) as tar:
        for member in tar.getmembers():
            if member.name.startswith("/"):
                continue
            tar.extract(member, dest)
`,
  ),
  // ---------------- CWE-59 symlink following ----------------
  bad(
    "CWE-59",
    "batch43: root backup job copies a file from the user's home, following symlinks",
    src`
import os
import shutil

BACKUP_ROOT = "/var/backups/homes"


def backup_user_file(username, relative_name):
    """Run as root: copy a file the user asked to back up from their home."""
    src = os.path.join("/home", username, relative_name)
    dst = os.path.join(BACKUP_ROOT, username, os.path.basename(relative_name))
    shutil.copy(src, dst)
`,
  ),
  good(
    "CWE-59",
    "batch43: root backup job opens the user's file with O_NOFOLLOW and checks it is regular",
    src`
import os
import stat

BACKUP_ROOT = "/var/backups/homes"


def backup_user_file(username, name):
    """Run as root: copy a file the user asked to back up from their home."""
    if "/" in name or name in (".", ".."):
        raise ValueError("plain file names only")
    home_fd = os.open(os.path.join("/home", username), os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=home_fd)
    finally:
        os.close(home_fd)
    with os.fdopen(fd, "rb") as src:
        if not stat.S_ISREG(os.fstat(src.fileno()).st_mode):
            raise ValueError("not a regular file")
        with open(os.path.join(BACKUP_ROOT, username, name), "wb") as dst:
            dst.write(src.read())
`,
  ),
  bad(
    "CWE-59",
    "batch43: fix_ownership chowns everything under a user-writable upload tree, following links",
    src`
import os


def fix_ownership(upload_root, uid, gid):
    """Run as root after an upload: hand the files to the service account."""
    for dirpath, dirnames, filenames in os.walk(upload_root):
        for name in dirnames + filenames:
            os.chown(os.path.join(dirpath, name), uid, gid)
`,
  ),
  good(
    "CWE-59",
    "batch43: fix_ownership uses lchown so a planted symlink is changed, not its target",
    src`
import os


def fix_ownership(upload_root, uid, gid):
    """Run as root after an upload: hand the files to the service account."""
    for dirpath, dirnames, filenames in os.walk(upload_root):
        for name in dirnames + filenames:
            os.lchown(os.path.join(dirpath, name), uid, gid)
`,
  ),
  bad(
    "CWE-59",
    "batch43: write_status writes to a fixed name in /tmp that another user can pre-create as a link",
    src`
import json


def write_status(status):
    """Record the service status for the monitoring agent."""
    with open("/tmp/service-status.json", "w") as f:
        json.dump(status, f)
`,
  ),
  // ---------------- CWE-117 / 93 / 113 CRLF ----------------
  bad(
    "CWE-117",
    "batch43: record_failed_login logs the caller's username verbatim",
    src`
import logging

log = logging.getLogger("auth")


def record_failed_login(username, ip):
    """Log a failed login attempt."""
    log.warning("failed login for user " + username + " from " + ip)
`,
  ),
  good(
    "CWE-117",
    "batch43: record_failed_login logs the username with %r so line breaks are escaped",
    src`
import logging

log = logging.getLogger("auth")


def record_failed_login(username, ip):
    """Log a failed login attempt."""
    log.warning("failed login for user %r from %r", username, ip)
`,
  ),
  bad(
    "CWE-117",
    "batch43: Flask search route logs the raw query with lazy formatting",
    src`
from flask import Flask, request, jsonify

from .search import run_search

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    app.logger.info("search query: %s", q)
    return jsonify(run_search(q))
`,
  ),
  good(
    "CWE-117",
    "batch43: Flask search route strips CR and LF before logging the query",
    src`
from flask import Flask, request, jsonify

from .search import run_search

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    safe_q = q.replace("\r", "\\r").replace("\n", "\\n")
    app.logger.info("search query: %s", safe_q)
    return jsonify(run_search(q))
`,
  ),
  bad(
    "CWE-113",
    "batch43: http.server handler redirects to the next parameter with send_header",
    src`
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlparse, parse_qs


class RedirectHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlparse(self.path).query)
        lang = params.get("lang", ["en"])[0]
        self.send_response(302)
        self.send_header("Location", "/home")
        self.send_header("Set-Cookie", "lang=" + lang)
        self.end_headers()
`,
  ),
  good(
    "CWE-113",
    "batch43: http.server handler accepts only a known language code for the cookie",
    src`
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlparse, parse_qs

LANGS = {"en", "de", "fr"}


class RedirectHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlparse(self.path).query)
        lang = params.get("lang", ["en"])[0]
        if lang not in LANGS:
            lang = "en"
        self.send_response(302)
        self.send_header("Location", "/home")
        self.send_header("Set-Cookie", "lang=" + lang)
        self.end_headers()
`,
  ),
  bad(
    "CWE-93",
    "batch43: send_feedback builds the mail headers by string concatenation with the caller's subject",
    src`
import smtplib

SUPPORT = "support@example.com"


def send_feedback(sender, subject, body):
    """Forward a feedback form to the support mailbox."""
    message = "From: " + sender + "\r\nTo: " + SUPPORT + "\r\nSubject: " + subject + "\r\n\r\n" + body
    with smtplib.SMTP("localhost") as smtp:
        smtp.sendmail(SUPPORT, [SUPPORT], message)
`,
  ),
  good(
    "CWE-93",
    "batch43: send_feedback uses EmailMessage, which refuses header values with line breaks",
    src`
import smtplib
from email.message import EmailMessage

SUPPORT = "support@example.com"


def send_feedback(sender, subject, body):
    """Forward a feedback form to the support mailbox."""
    msg = EmailMessage()
    msg["From"] = SUPPORT
    msg["Reply-To"] = sender
    msg["To"] = SUPPORT
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)
`,
  ),
  // ---------------- CWE-200 / 209 / 215 / 497 exposure ----------------
  bad(
    "CWE-209",
    "batch43: Flask error handler returns the formatted traceback to the client",
    src`
import traceback

from flask import Flask

app = Flask(__name__)


@app.errorhandler(Exception)
def handle_error(exc):
    return "<pre>" + traceback.format_exc() + "</pre>", 500
`,
  ),
  good(
    "CWE-209",
    "batch43: Flask error handler logs the traceback and returns a generic message",
    src`
from flask import Flask

app = Flask(__name__)


@app.errorhandler(Exception)
def handle_error(exc):
    app.logger.exception("unhandled error")
    return "Internal server error", 500
`,
  ),
  bad(
    "CWE-209",
    "batch43: Django view returns the database exception text in the response",
    src`
from django.db import DatabaseError
from django.http import HttpResponse, JsonResponse

from .models import Order


def order_detail(request, order_id):
    try:
        order = Order.objects.get(pk=order_id, customer=request.user)
    except DatabaseError as e:
        return HttpResponse("Database error: " + str(e), status=500)
    return JsonResponse({"id": order.pk, "total": str(order.total)})
`,
  ),
  bad(
    "CWE-209",
    "batch43: FastAPI exception handler sends the traceback lines as JSON",
    src`
import traceback

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    return JSONResponse(
        status_code=500,
        content={"error": str(exc), "trace": traceback.format_exception(exc)},
    )
`,
  ),
  good(
    "CWE-209",
    "batch43: FastAPI exception handler logs the error and returns an opaque id",
    src`
import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger(__name__)


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    incident = uuid.uuid4().hex
    log.exception("unhandled error %s", incident)
    return JSONResponse(status_code=500, content={"error": "internal error", "incident": incident})
`,
  ),
  bad(
    "CWE-215",
    "batch43: Flask app started with the debugger on all interfaces",
    src`
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "ok"


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
`,
  ),
  good(
    "CWE-215",
    "batch43: Flask app debug flag is read from the environment and off by default",
    src`
import os

from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "ok"


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=os.environ.get("FLASK_DEBUG") == "1")
`,
  ),
  bad(
    "CWE-200",
    "batch43: Flask debug route returns the whole app.config, secret key included",
    src`
from flask import Flask, jsonify

app = Flask(__name__)
app.config.from_envvar("APP_SETTINGS")


@app.route("/debug/config")
def show_config():
    return jsonify({key: str(value) for key, value in app.config.items()})
`,
  ),
  good(
    "CWE-200",
    "batch43: Flask info route returns only the public version and feature flags",
    src`
from flask import Flask, jsonify

app = Flask(__name__)
app.config.from_envvar("APP_SETTINGS")


@app.route("/info")
def show_info():
    return jsonify(version=app.config.get("VERSION"), signup_open=bool(app.config.get("SIGNUP_OPEN")))
`,
  ),
  bad(
    "CWE-497",
    "batch43: unauthenticated status route reports interpreter, platform, working directory and user",
    src`
import getpass
import os
import platform
import sys

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/status")
def status():
    return jsonify(
        python=sys.version,
        platform=platform.platform(),
        cwd=os.getcwd(),
        user=getpass.getuser(),
        pid=os.getpid(),
    )
`,
  ),
  good(
    "CWE-497",
    "batch43: unauthenticated status route reports only liveness",
    src`
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/status")
def status():
    return jsonify(status="ok")
`,
  ),
  bad(
    "CWE-215",
    "batch43: Django settings ship DEBUG on with a wildcard ALLOWED_HOSTS",
    src`
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = True
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "shop",
]
`,
  ),
  // ---------------- CWE-250 / 269 / 273 privileges ----------------
  bad(
    "CWE-273",
    "batch43: drop_privileges swallows the setuid failure and carries on as root",
    src`
import os
import pwd


def drop_privileges(username="nobody"):
    """Switch the daemon to an unprivileged account after binding the port."""
    entry = pwd.getpwnam(username)
    try:
        os.setgid(entry.pw_gid)
        os.setuid(entry.pw_uid)
    except OSError:
        pass
`,
  ),
  good(
    "CWE-273",
    "batch43: drop_privileges clears groups, switches ids and verifies root cannot be regained",
    src`
import os
import pwd


def drop_privileges(username="nobody"):
    """Switch the daemon to an unprivileged account after binding the port."""
    entry = pwd.getpwnam(username)
    os.setgroups([])
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)
    try:
        os.setuid(0)
    except PermissionError:
        return
    raise RuntimeError("privileges were not dropped")
`,
  ),
  bad(
    "CWE-269",
    "batch43: drop_to_service_user changes gid and uid but keeps root's supplementary groups",
    src`
import os
import pwd


def drop_to_service_user(name):
    """Run the worker as the service account."""
    pw = pwd.getpwnam(name)
    os.setgid(pw.pw_gid)
    os.setuid(pw.pw_uid)
`,
  ),
  bad(
    "CWE-250",
    "batch43: write_pid_file raises the effective uid to root and loses the restore on an exception",
    src`
import os


def write_pid_file(path):
    """Write the daemon's pid file into /var/run, which needs root."""
    unprivileged = os.geteuid()
    os.seteuid(0)
    with open(path, "w") as f:
        f.write(str(os.getpid()))
    os.seteuid(unprivileged)
`,
  ),
  good(
    "CWE-250",
    "batch43: write_pid_file restores the effective uid in a finally block",
    src`
import os


def write_pid_file(path):
    """Write the daemon's pid file into /var/run, which needs root."""
    unprivileged = os.geteuid()
    os.seteuid(0)
    try:
        with open(path, "w") as f:
            f.write(str(os.getpid()))
    finally:
        os.seteuid(unprivileged)
`,
  ),
  // ---------------- CWE-295 / 297 TLS ----------------
  bad(
    "CWE-297",
    "batch43: fetch_internal keeps certificate checks but turns hostname checking off",
    src`
import ssl
import urllib.request


def fetch_internal(url):
    """Fetch a document from an internal HTTPS service."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    with urllib.request.urlopen(url, context=ctx) as resp:
        return resp.read()
`,
  ),
  good(
    "CWE-297",
    "batch43: fetch_internal verifies against the internal CA with hostname checks on",
    src`
import ssl
import urllib.request

INTERNAL_CA = "/etc/pki/internal-ca.pem"


def fetch_internal(url):
    """Fetch a document from an internal HTTPS service."""
    ctx = ssl.create_default_context(cafile=INTERNAL_CA)
    with urllib.request.urlopen(url, context=ctx) as resp:
        return resp.read()
`,
  ),
  bad(
    "CWE-295",
    "batch43: module patches the default HTTPS context to the unverified one",
    src`
import ssl
import urllib.request

ssl._create_default_https_context = ssl._create_unverified_context


def download(url, dest):
    """Download url to dest."""
    urllib.request.urlretrieve(url, dest)
`,
  ),
  bad(
    "CWE-295",
    "batch43: ApiClient turns verification off on its requests.Session",
    src`
import requests


class ApiClient:
    def __init__(self, base_url, token):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.verify = False
        self.session.headers["Authorization"] = "Bearer " + token

    def get_user(self, user_id):
        return self.session.get(f"{self.base_url}/users/{int(user_id)}").json()
`,
  ),
  good(
    "CWE-295",
    "batch43: ApiClient pins its session to the company CA bundle",
    src`
import requests


class ApiClient:
    def __init__(self, base_url, token):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.verify = "/etc/ssl/certs/company-ca.pem"
        self.session.headers["Authorization"] = "Bearer " + token

    def get_user(self, user_id):
        return self.session.get(f"{self.base_url}/users/{int(user_id)}").json()
`,
  ),
  bad(
    "CWE-295",
    "batch43: send_report calls starttls without a context, so the server certificate is not checked",
    src`
import smtplib
from email.message import EmailMessage


def send_report(host, user, password, msg: EmailMessage):
    """Send the nightly report through the corporate relay."""
    with smtplib.SMTP(host, 587) as smtp:
        smtp.starttls()
        smtp.login(user, password)
        smtp.send_message(msg)
`,
  ),
  good(
    "CWE-295",
    "batch43: send_report passes a default SSL context to starttls",
    src`
import smtplib
import ssl
from email.message import EmailMessage


def send_report(host, user, password, msg: EmailMessage):
    """Send the nightly report through the corporate relay."""
    with smtplib.SMTP(host, 587) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(user, password)
        smtp.send_message(msg)
`,
  ),
  bad(
    "CWE-295",
    "batch43: aiohttp poller builds its connector with verify_ssl=False",
    src`
import aiohttp


async def poll_status(url):
    """Poll a partner's status endpoint."""
    connector = aiohttp.TCPConnector(verify_ssl=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.get(url) as resp:
            return await resp.json()
`,
  ),
  bad(
    "CWE-295",
    "batch43: HTTPSConnection to the billing host with an unverified context",
    src`
import http.client
import json
import ssl


def charge(amount_cents, card_token):
    """Charge a card through the billing service."""
    conn = http.client.HTTPSConnection("billing.example.com", context=ssl._create_unverified_context())
    conn.request("POST", "/charge", json.dumps({"amount": amount_cents, "card": card_token}))
    return json.loads(conn.getresponse().read())
`,
  ),
  good(
    "CWE-295",
    "batch43: httpx client verifies against a context built from the system store",
    src`
import ssl

import httpx


def make_client():
    """Shared HTTP client for outbound calls."""
    ctx = ssl.create_default_context()
    return httpx.Client(verify=ctx, timeout=10.0)
`,
  ),
  // ---------------- CWE-312 / 315 / 532 secrets ----------------
  bad(
    "CWE-532",
    "batch43: authenticate logs the username and password at debug level",
    src`
import logging

log = logging.getLogger(__name__)


def authenticate(client, username, password):
    """Log in to the upstream API and return the session token."""
    log.debug("authenticating %s with password %s", username, password)
    resp = client.post("/login", json={"username": username, "password": password})
    resp.raise_for_status()
    return resp.json()["token"]
`,
  ),
  good(
    "CWE-532",
    "batch43: authenticate logs only the username",
    src`
import logging

log = logging.getLogger(__name__)


def authenticate(client, username, password):
    """Log in to the upstream API and return the session token."""
    log.debug("authenticating %s", username)
    resp = client.post("/login", json={"username": username, "password": password})
    resp.raise_for_status()
    return resp.json()["token"]
`,
  ),
  bad(
    "CWE-532",
    "batch43: issue_api_key prints the freshly generated key to the application log",
    src`
import logging
import secrets

logger = logging.getLogger("keys")


def issue_api_key(store, user_id):
    """Create an API key for the user and return it."""
    api_key = secrets.token_urlsafe(32)
    store.save_key(user_id, api_key)
    logger.info(f"issued api key {api_key} for user {user_id}")
    return api_key
`,
  ),
  bad(
    "CWE-315",
    "batch43: Flask remember-me stores the password in a cookie",
    src`
from flask import Flask, request, make_response, redirect

from .auth import check_login

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    password = request.form["password"]
    if not check_login(username, password):
        return "invalid", 401
    resp = make_response(redirect("/"))
    if request.form.get("remember"):
        resp.set_cookie("username", username, max_age=30 * 86400)
        resp.set_cookie("password", password, max_age=30 * 86400)
    return resp
`,
  ),
  good(
    "CWE-315",
    "batch43: Flask remember-me stores a random token whose hash is kept server-side",
    src`
import hashlib
import secrets

from flask import Flask, request, make_response, redirect

from .auth import check_login, save_remember_token

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    if not check_login(username, request.form["password"]):
        return "invalid", 401
    resp = make_response(redirect("/"))
    if request.form.get("remember"):
        token = secrets.token_urlsafe(32)
        save_remember_token(username, hashlib.sha256(token.encode()).hexdigest())
        resp.set_cookie("remember", token, max_age=30 * 86400, secure=True, httponly=True, samesite="Lax")
    return resp
`,
  ),
  bad(
    "CWE-312",
    "batch43: save_credentials appends username:password lines to a text file",
    src`
def save_credentials(username, password, path="credentials.txt"):
    """Remember the account so the sync job can log in later."""
    with open(path, "a") as f:
        f.write(f"{username}:{password}\n")
`,
  ),
  good(
    "CWE-312",
    "batch43: save_credentials stores the password in the OS keyring",
    src`
import keyring


def save_credentials(username, password):
    """Remember the account so the sync job can log in later."""
    keyring.set_password("sync-job", username, password)
`,
  ),
  bad(
    "CWE-312",
    "batch43: store_db_settings writes the database password into an INI file with configparser",
    src`
import configparser


def store_db_settings(path, host, user, password):
    """Persist the connection settings entered in the setup wizard."""
    cfg = configparser.ConfigParser()
    cfg["database"] = {"host": host, "user": user, "password": password}
    with open(path, "w") as f:
        cfg.write(f)
`,
  ),
  // ---------------- CWE-321 / 329 / 330 / 338 keys, IVs, randomness ----------------
  bad(
    "CWE-321",
    "batch43: token vault builds its Fernet from a key literal in the source",
    src`
from cryptography.fernet import Fernet

_fernet = Fernet(b"3q2-7wFz1kq0J6mXh9sVb4yTn8cR5eLp2aUo7iKd0gE=")


def seal(token: str) -> bytes:
    return _fernet.encrypt(token.encode())


def unseal(blob: bytes) -> str:
    return _fernet.decrypt(blob).decode()
`,
  ),
  good(
    "CWE-321",
    "batch43: token vault reads its Fernet key from the environment",
    src`
import os

from cryptography.fernet import Fernet

_fernet = Fernet(os.environ["VAULT_KEY"].encode())


def seal(token: str) -> bytes:
    return _fernet.encrypt(token.encode())


def unseal(blob: bytes) -> str:
    return _fernet.decrypt(blob).decode()
`,
  ),
  bad(
    "CWE-329",
    "batch43: encrypt_record uses AES-CBC with a constant all-zero IV",
    src`
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

IV = b"\x00" * 16


def encrypt_record(key: bytes, data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(IV)).encryptor()
    return enc.update(padded) + enc.finalize()
`,
  ),
  good(
    "CWE-329",
    "batch43: encrypt_record draws a fresh IV and prepends it",
    src`
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_record(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(padded) + enc.finalize()
`,
  ),
  bad(
    "CWE-329",
    "batch43: encrypt_note reuses the first 16 bytes of the key as the CBC IV",
    src`
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_note(key, text):
    cipher = AES.new(key, AES.MODE_CBC, iv=key[:16])
    return cipher.encrypt(pad(text.encode(), AES.block_size))
`,
  ),
  bad(
    "CWE-338",
    "batch43: new_session_id formats random.getrandbits as the session identifier",
    src`
import random


def new_session_id():
    """Return a new session identifier for a logged-in user."""
    return "%032x" % random.getrandbits(128)
`,
  ),
  good(
    "CWE-338",
    "batch43: new_session_id uses secrets.token_hex",
    src`
import secrets


def new_session_id():
    """Return a new session identifier for a logged-in user."""
    return secrets.token_hex(16)
`,
  ),
  bad(
    "CWE-330",
    "batch43: send_login_code seeds random with the clock and draws a six-digit code",
    src`
import random
import time


def send_login_code(sms, phone):
    """Text a one-time login code to the user's phone and return it."""
    random.seed(time.time())
    code = random.randint(100000, 999999)
    sms.send(phone, f"Your login code is {code}")
    return code
`,
  ),
  good(
    "CWE-330",
    "batch43: send_login_code draws the code with secrets.randbelow",
    src`
import secrets


def send_login_code(sms, phone):
    """Text a one-time login code to the user's phone and return it."""
    code = 100000 + secrets.randbelow(900000)
    sms.send(phone, f"Your login code is {code}")
    return code
`,
  ),
  bad(
    "CWE-338",
    "batch43: generate_api_key draws characters with numpy's random generator",
    src`
import string

import numpy as np

ALPHABET = np.array(list(string.ascii_letters + string.digits))


def generate_api_key(length=40):
    """Return a new API key for a customer."""
    return "".join(np.random.choice(ALPHABET, size=length))
`,
  ),
  bad(
    "CWE-330",
    "batch43: reset_token returns a time-based uuid1 as the password reset token",
    src`
import uuid


def reset_token(user):
    """Create the token mailed in a password reset link."""
    token = str(uuid.uuid1())
    user.reset_token = token
    user.save()
    return token
`,
  ),
  good(
    "CWE-330",
    "batch43: reset_token returns secrets.token_urlsafe",
    src`
import secrets


def reset_token(user):
    """Create the token mailed in a password reset link."""
    token = secrets.token_urlsafe(32)
    user.reset_token = token
    user.save()
    return token
`,
  ),
  // ---------------- CWE-326 / 327 / 328 / 916 / 759 / 760 crypto and hashing ----------------
  bad(
    "CWE-326",
    "batch43: make_signing_key generates a 1024-bit RSA key",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa


def make_signing_key():
    """Create the key used to sign license files."""
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)
`,
  ),
  good(
    "CWE-326",
    "batch43: make_signing_key generates a 3072-bit RSA key",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa


def make_signing_key():
    """Create the key used to sign license files."""
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)
`,
  ),
  bad(
    "CWE-326",
    "batch43: pycryptodome DSA key of 1024 bits for firmware signatures",
    src`
from Crypto.PublicKey import DSA


def new_firmware_key(path):
    key = DSA.generate(1024)
    with open(path, "wb") as f:
        f.write(key.export_key())
    return key.publickey()
`,
  ),
  bad(
    "CWE-327",
    "batch43: legacy_encrypt uses single DES in ECB mode",
    src`
from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def legacy_encrypt(key8, data):
    """Encrypt data for the legacy partner system."""
    return DES.new(key8, DES.MODE_ECB).encrypt(pad(data, 8))
`,
  ),
  bad(
    "CWE-327",
    "batch43: stream_encrypt uses the cryptography library's ARC4",
    src`
from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
from cryptography.hazmat.primitives.ciphers import Cipher


def stream_encrypt(key: bytes, data: bytes) -> bytes:
    enc = Cipher(ARC4(key), mode=None).encryptor()
    return enc.update(data)
`,
  ),
  bad(
    "CWE-327",
    "batch43: encrypt_profile uses AES in ECB mode for user records",
    src`
import json

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_profile(key, profile):
    data = json.dumps(profile).encode()
    return AES.new(key, AES.MODE_ECB).encrypt(pad(data, 16))
`,
  ),
  good(
    "CWE-327",
    "batch43: encrypt_profile uses AES-GCM with a random nonce",
    src`
import json

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes


def encrypt_profile(key, profile):
    data = json.dumps(profile).encode()
    nonce = get_random_bytes(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + ciphertext
`,
  ),
  bad(
    "CWE-916",
    "batch43: hash_password uses a single salted sha256",
    src`
import hashlib
import os


def hash_password(password):
    salt = os.urandom(16)
    digest = hashlib.sha256(salt + password.encode()).hexdigest()
    return salt.hex() + "$" + digest
`,
  ),
  good(
    "CWE-916",
    "batch43: hash_password uses argon2",
    src`
from argon2 import PasswordHasher

_ph = PasswordHasher()


def hash_password(password):
    return _ph.hash(password)
`,
  ),
  bad(
    "CWE-916",
    "batch43: derive_password_hash runs pbkdf2_hmac sha1 with 1000 iterations",
    src`
import hashlib
import os


def derive_password_hash(password):
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha1", password.encode(), salt, 1000)
    return salt + dk
`,
  ),
  good(
    "CWE-916",
    "batch43: derive_password_hash runs pbkdf2_hmac sha256 with 600000 iterations",
    src`
import hashlib
import os


def derive_password_hash(password):
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return salt + dk
`,
  ),
  bad(
    "CWE-759",
    "batch43: store_user keeps a blake2b digest of the password with no salt",
    src`
import hashlib


def store_user(db, username, password):
    pw_hash = hashlib.blake2b(password.encode()).hexdigest()
    db.execute("INSERT INTO users (name, pw_hash) VALUES (?, ?)", (username, pw_hash))
`,
  ),
  bad(
    "CWE-760",
    "batch43: hash_pin uses scrypt with a salt constant shared by every user",
    src`
import hashlib

PIN_SALT = b"mobile-app-pin-v1"


def hash_pin(pin):
    return hashlib.scrypt(pin.encode(), salt=PIN_SALT, n=2**14, r=8, p=1).hex()
`,
  ),
  good(
    "CWE-760",
    "batch43: hash_pin uses scrypt with a per-user random salt",
    src`
import hashlib
import os


def hash_pin(pin):
    salt = os.urandom(16)
    return salt.hex() + ":" + hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1).hex()
`,
  ),
  bad(
    "CWE-328",
    "batch43: Django user manager stores an md5 of the password",
    src`
import hashlib

from django.db import models


class Member(models.Model):
    email = models.EmailField(unique=True)
    password_md5 = models.CharField(max_length=32)

    def set_password(self, raw):
        self.password_md5 = hashlib.md5(raw.encode()).hexdigest()
`,
  ),
  // ---------------- CWE-347 JWT ----------------
  bad(
    "CWE-347",
    "batch43: current_user_id decodes the bearer token with PyJWT 1.x verify=False",
    src`
import jwt


def current_user_id(auth_header):
    """Return the user id from an 'Authorization: Bearer ...' header."""
    token = auth_header.split(" ", 1)[1]
    claims = jwt.decode(token, verify=False)
    return claims["sub"]
`,
  ),
  good(
    "CWE-347",
    "batch43: current_user_id verifies the bearer token's HS256 signature",
    src`
import os

import jwt

SECRET = os.environ["JWT_SECRET"]


def current_user_id(auth_header):
    """Return the user id from an 'Authorization: Bearer ...' header."""
    token = auth_header.split(" ", 1)[1]
    claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    return claims["sub"]
`,
  ),
  bad(
    "CWE-347",
    "batch43: claims_from_token base64-decodes the JWT payload without checking the signature",
    src`
import base64
import json


def claims_from_token(token):
    """Read the claims of a JWT issued by our identity provider."""
    payload = token.split(".")[1]
    payload += "=" * (-len(payload) % 4)
    return json.loads(base64.urlsafe_b64decode(payload))
`,
  ),
  bad(
    "CWE-347",
    "batch43: python-jose decode with verify_signature off in a FastAPI dependency",
    src`
from fastapi import Depends, FastAPI
from fastapi.security import OAuth2PasswordBearer
from jose import jwt

app = FastAPI()
oauth2 = OAuth2PasswordBearer(tokenUrl="token")
SECRET = "change-me"


def get_current_user(token: str = Depends(oauth2)):
    return jwt.decode(token, SECRET, options={"verify_signature": False})["sub"]


@app.get("/me")
def me(user: str = Depends(get_current_user)):
    return {"user": user}
`,
  ),
  // ---------------- CWE-367 TOCTOU ----------------
  bad(
    "CWE-367",
    "batch43: create_lockfile checks os.path.exists, then opens the file for writing",
    src`
import os


def create_lockfile(path):
    """Create the lock file, failing if another instance holds it."""
    if os.path.exists(path):
        raise RuntimeError("already running")
    with open(path, "w") as f:
        f.write(str(os.getpid()))
`,
  ),
  good(
    "CWE-367",
    "batch43: create_lockfile opens with mode 'x' so the check and the create are one step",
    src`
import os


def create_lockfile(path):
    """Create the lock file, failing if another instance holds it."""
    try:
        with open(path, "x") as f:
            f.write(str(os.getpid()))
    except FileExistsError:
        raise RuntimeError("already running") from None
`,
  ),
  bad(
    "CWE-367",
    "batch43: setuid print helper checks os.access on the caller's file, then opens it",
    src`
import os
import sys


def print_user_file(path):
    """Installed setuid root: print a file the invoking user may read."""
    if not os.access(path, os.R_OK):
        sys.exit("permission denied")
    with open(path) as f:
        sys.stdout.write(f.read())
`,
  ),
  // ---------------- CWE-377 / 379 temp files ----------------
  bad(
    "CWE-377",
    "batch43: dump_database passes a tempfile.mktemp name to pg_dump",
    src`
import subprocess
import tempfile


def dump_database(dbname):
    """Dump the database to a temporary file and return its path."""
    out = tempfile.mktemp(suffix=".sql")
    subprocess.run(["pg_dump", "-f", out, dbname], check=True)
    return out
`,
  ),
  good(
    "CWE-377",
    "batch43: dump_database creates the file with mkstemp before pg_dump writes it",
    src`
import os
import subprocess
import tempfile


def dump_database(dbname):
    """Dump the database to a temporary file and return its path."""
    fd, out = tempfile.mkstemp(suffix=".sql")
    os.close(fd)
    subprocess.run(["pg_dump", "-f", out, dbname], check=True)
    return out
`,
  ),
  bad(
    "CWE-377",
    "batch43: export_csv writes to a predictable /tmp name built from the report id",
    src`
import csv


def export_csv(report_id, rows):
    path = "/tmp/report-" + str(report_id) + ".csv"
    with open(path, "w", newline="") as f:
        csv.writer(f).writerows(rows)
    return path
`,
  ),
  bad(
    "CWE-379",
    "batch43: make_workdir creates a temp directory and opens it to everyone",
    src`
import os
import tempfile


def make_workdir():
    """Scratch directory for the render job's intermediate files."""
    path = tempfile.mkdtemp(prefix="render-")
    os.chmod(path, 0o777)
    return path
`,
  ),
  good(
    "CWE-379",
    "batch43: make_workdir keeps mkdtemp's private permissions",
    src`
import tempfile


def make_workdir():
    """Scratch directory for the render job's intermediate files."""
    return tempfile.mkdtemp(prefix="render-")
`,
  ),
  // ---------------- CWE-400 / 409 / 770 / 1333 resources ----------------
  bad(
    "CWE-409",
    "batch43: Flask ingest route gunzips the request body in one call",
    src`
import gzip
import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/ingest", methods=["POST"])
def ingest():
    raw = gzip.decompress(request.get_data())
    events = json.loads(raw)
    return jsonify(received=len(events))
`,
  ),
  good(
    "CWE-409",
    "batch43: Flask ingest route caps the decompressed size with a decompressobj",
    src`
import json
import zlib

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
MAX_RAW = 10 * 1024 * 1024


@app.route("/ingest", methods=["POST"])
def ingest():
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    raw = d.decompress(request.get_data(), MAX_RAW)
    if d.unconsumed_tail:
        abort(413)
    events = json.loads(raw)
    return jsonify(received=len(events))
`,
  ),
  bad(
    "CWE-409",
    "batch43: unpack_dataset extracts an uploaded zip without looking at its sizes",
    src`
import zipfile


def unpack_dataset(upload, dest):
    """Extract a user's dataset zip for processing."""
    with zipfile.ZipFile(upload) as zf:
        zf.extractall(dest)
`,
  ),
  good(
    "CWE-409",
    "batch43: unpack_dataset refuses archives whose declared size or entry count is too large",
    src`
import zipfile

MAX_TOTAL = 500 * 1024 * 1024
MAX_ENTRIES = 10_000


def unpack_dataset(upload, dest):
    """Extract a user's dataset zip for processing."""
    with zipfile.ZipFile(upload) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES or sum(i.file_size for i in infos) > MAX_TOTAL:
            raise ValueError("archive too large")
        zf.extractall(dest)
`,
  ),
  bad(
    "CWE-1333",
    "batch43: is_valid_title matches the caller's text with a nested quantifier",
    src`
import re

TITLE = re.compile(r"^(\w+\s?)*$")


def is_valid_title(text):
    return TITLE.match(text) is not None
`,
  ),
  good(
    "CWE-1333",
    "batch43: is_valid_title uses a bounded, unambiguous character class",
    src`
import re

TITLE = re.compile(r"[\w ]{1,120}")


def is_valid_title(text):
    return TITLE.fullmatch(text) is not None
`,
  ),
  bad(
    "CWE-400",
    "batch43: Flask filter route compiles the pattern from the query and runs it over every log line",
    src`
import re

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/logs/filter")
def filter_logs():
    pattern = re.compile(request.args["pattern"])
    with open("/var/log/app.log") as f:
        return jsonify([line for line in f if pattern.search(line)])
`,
  ),
  good(
    "CWE-400",
    "batch43: Flask filter route escapes the query before building the pattern",
    src`
import re

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/logs/filter")
def filter_logs():
    pattern = re.compile(re.escape(request.args["pattern"]))
    with open("/var/log/app.log") as f:
        return jsonify([line for line in f if pattern.search(line)])
`,
  ),
  bad(
    "CWE-400",
    "batch43: Flask power route raises ten to a caller-chosen exponent",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/scale")
def scale():
    exponent = int(request.args["exp"])
    return str(10 ** exponent)
`,
  ),
  bad(
    "CWE-770",
    "batch43: read_message keeps appending socket data until the peer closes",
    src`
import socket


def read_message(conn: socket.socket) -> bytes:
    """Read a client's whole message (the client closes when done)."""
    chunks = []
    while True:
        data = conn.recv(4096)
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)
`,
  ),
  good(
    "CWE-770",
    "batch43: read_message stops once the message passes a size limit",
    src`
import socket

MAX_MESSAGE = 1 << 20


def read_message(conn: socket.socket) -> bytes:
    """Read a client's whole message (the client closes when done)."""
    chunks, total = [], 0
    while True:
        data = conn.recv(4096)
        if not data:
            break
        total += len(data)
        if total > MAX_MESSAGE:
            raise ValueError("message too large")
        chunks.append(data)
    return b"".join(chunks)
`,
  ),
  // ---------------- CWE-425 / 639 / 862 / 863 authorisation ----------------
  bad(
    "CWE-639",
    "batch43: Flask invoice route fetches any invoice by id for a logged-in user",
    src`
from flask import Flask, jsonify
from flask_login import login_required

from .models import Invoice

app = Flask(__name__)


@app.route("/invoices/<int:invoice_id>")
@login_required
def get_invoice(invoice_id):
    invoice = Invoice.query.get_or_404(invoice_id)
    return jsonify(invoice.to_dict())
`,
  ),
  good(
    "CWE-639",
    "batch43: Flask invoice route filters by id and the current user's id",
    src`
from flask import Flask, jsonify
from flask_login import login_required, current_user

from .models import Invoice

app = Flask(__name__)


@app.route("/invoices/<int:invoice_id>")
@login_required
def get_invoice(invoice_id):
    invoice = Invoice.query.filter_by(id=invoice_id, owner_id=current_user.id).first_or_404()
    return jsonify(invoice.to_dict())
`,
  ),
  bad(
    "CWE-862",
    "batch43: Django view deletes any document by primary key",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect

from .models import Document


@login_required
def delete_document(request, pk):
    Document.objects.get(pk=pk).delete()
    return redirect("documents")
`,
  ),
  good(
    "CWE-862",
    "batch43: Django view deletes only a document the user owns",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect

from .models import Document


@login_required
def delete_document(request, pk):
    get_object_or_404(Document, pk=pk, owner=request.user).delete()
    return redirect("documents")
`,
  ),
  bad(
    "CWE-639",
    "batch43: get_order loads the order by id and ignores the requesting user",
    src`
from sqlalchemy.orm import Session

from .models import Order


def get_order(session: Session, order_id: int, requesting_user_id: int):
    """Return the order for the user's order page."""
    order = session.get(Order, order_id)
    if order is None:
        raise LookupError("no such order")
    return order
`,
  ),
  bad(
    "CWE-425",
    "batch43: Flask admin user list has no authentication at all",
    src`
from flask import Flask, jsonify

from .models import User

app = Flask(__name__)


@app.route("/admin/users")
def admin_users():
    return jsonify([{"id": u.id, "email": u.email, "role": u.role} for u in User.query.all()])
`,
  ),
  bad(
    "CWE-862",
    "batch43: FastAPI delete-user endpoint has no authentication dependency",
    src`
from fastapi import FastAPI, HTTPException

from .db import users

app = FastAPI()


@app.delete("/users/{user_id}")
def delete_user(user_id: int):
    if not users.delete(user_id):
        raise HTTPException(status_code=404)
    return {"deleted": user_id}
`,
  ),
  good(
    "CWE-862",
    "batch43: FastAPI delete-user endpoint requires an admin through a dependency",
    src`
from fastapi import Depends, FastAPI, HTTPException

from .auth import require_admin
from .db import users

app = FastAPI()


@app.delete("/users/{user_id}", dependencies=[Depends(require_admin)])
def delete_user(user_id: int):
    if not users.delete(user_id):
        raise HTTPException(status_code=404)
    return {"deleted": user_id}
`,
  ),
  // ---------------- CWE-434 uploads ----------------
  bad(
    "CWE-434",
    "batch43: Flask avatar upload checks the second dot-separated part of the client filename",
    src`
import os

from flask import Flask, request

app = Flask(__name__)
STATIC_DIR = "/srv/www/static/avatars"
ALLOWED = {"png", "jpg", "gif"}


@app.route("/avatar", methods=["POST"])
def avatar():
    f = request.files["file"]
    if f.filename.split(".")[1].lower() not in ALLOWED:
        return "bad type", 400
    f.save(os.path.join(STATIC_DIR, f.filename))
    return "saved"
`,
  ),
  good(
    "CWE-434",
    "batch43: Flask avatar upload checks the final extension and saves under a random name",
    src`
import os
import uuid

from flask import Flask, request

app = Flask(__name__)
STATIC_DIR = "/srv/www/static/avatars"
ALLOWED = {"png", "jpg", "gif"}


@app.route("/avatar", methods=["POST"])
def avatar():
    f = request.files["file"]
    ext = f.filename.rsplit(".", 1)[-1].lower() if "." in f.filename else ""
    if ext not in ALLOWED:
        return "bad type", 400
    f.save(os.path.join(STATIC_DIR, uuid.uuid4().hex + "." + ext))
    return "saved"
`,
  ),
  bad(
    "CWE-434",
    "batch43: FastAPI upload trusts the declared content type and keeps the client filename",
    src`
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()


@app.post("/upload")
async def upload(file: UploadFile = File(...)):
    if not file.content_type.startswith("image/"):
        raise HTTPException(status_code=400, detail="images only")
    with open(f"public/uploads/{file.filename}", "wb") as out:
        out.write(await file.read())
    return {"path": f"/uploads/{file.filename}"}
`,
  ),
  good(
    "CWE-434",
    "batch43: FastAPI upload decodes the image with Pillow and stores it under a generated name",
    src`
import io
import uuid

from fastapi import FastAPI, File, HTTPException, UploadFile
from PIL import Image

app = FastAPI()


@app.post("/upload")
async def upload(file: UploadFile = File(...)):
    data = await file.read(5 * 1024 * 1024 + 1)
    if len(data) > 5 * 1024 * 1024:
        raise HTTPException(status_code=413)
    try:
        img = Image.open(io.BytesIO(data))
        img.verify()
    except Exception:
        raise HTTPException(status_code=400, detail="images only")
    if img.format not in ("PNG", "JPEG"):
        raise HTTPException(status_code=400, detail="images only")
    name = uuid.uuid4().hex + (".png" if img.format == "PNG" else ".jpg")
    with open(f"public/uploads/{name}", "wb") as out:
        out.write(data)
    return {"path": f"/uploads/{name}"}
`,
  ),
  // ---------------- CWE-502 deserialisation ----------------
  bad(
    "CWE-502",
    "batch43: Flask cart restores the cart from a base64 pickle in a cookie",
    src`
import base64
import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    items = pickle.loads(base64.b64decode(raw)) if raw else []
    return jsonify(items=items)
`,
  ),
  good(
    "CWE-502",
    "batch43: Flask cart reads the cart from a signed JSON cookie",
    src`
import os

from flask import Flask, request, jsonify
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["CART_SECRET"], salt="cart")


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    try:
        items = signer.loads(raw) if raw else []
    except BadSignature:
        items = []
    return jsonify(items=items)
`,
  ),
  bad(
    "CWE-502",
    "batch43: load_settings parses a user-supplied YAML file with yaml.unsafe_load",
    src`
import yaml


def load_settings(path):
    """Load a project settings file that the user uploaded."""
    with open(path) as f:
        return yaml.unsafe_load(f)
`,
  ),
  good(
    "CWE-502",
    "batch43: load_settings parses the YAML with safe_load",
    src`
import yaml


def load_settings(path):
    """Load a project settings file that the user uploaded."""
    with open(path) as f:
        return yaml.safe_load(f)
`,
  ),
  bad(
    "CWE-502",
    "batch43: load_checkpoint calls torch.load with weights_only=False on a user's file",
    src`
import torch


def load_checkpoint(model, checkpoint_path):
    """Load weights from a checkpoint the user uploaded."""
    state = torch.load(checkpoint_path, map_location="cpu", weights_only=False)
    model.load_state_dict(state["model"])
    return model
`,
  ),
  good(
    "CWE-502",
    "batch43: load_checkpoint calls torch.load with weights_only=True",
    src`
import torch


def load_checkpoint(model, checkpoint_path):
    """Load weights from a checkpoint the user uploaded."""
    state = torch.load(checkpoint_path, map_location="cpu", weights_only=True)
    model.load_state_dict(state["model"])
    return model
`,
  ),
  bad(
    "CWE-502",
    "batch43: read_frame loads a user-provided dataframe with pandas.read_pickle",
    src`
import pandas as pd


def read_frame(uploaded_path):
    """Open a dataset the analyst uploaded."""
    return pd.read_pickle(uploaded_path)
`,
  ),
  good(
    "CWE-502",
    "batch43: read_frame loads a user-provided dataframe from parquet",
    src`
import pandas as pd


def read_frame(uploaded_path):
    """Open a dataset the analyst uploaded."""
    return pd.read_parquet(uploaded_path)
`,
  ),
  bad(
    "CWE-502",
    "batch43: job server listens on all interfaces with multiprocessing.connection and no authkey",
    src`
from multiprocessing.connection import Listener


def serve_jobs(handle):
    """Accept jobs from worker machines."""
    with Listener(("0.0.0.0", 6000)) as listener:
        while True:
            with listener.accept() as conn:
                handle(conn.recv())
`,
  ),
  good(
    "CWE-502",
    "batch43: job server listens on localhost with an authkey from the environment",
    src`
import os
from multiprocessing.connection import Listener


def serve_jobs(handle):
    """Accept jobs from worker processes."""
    with Listener(("127.0.0.1", 6000), authkey=os.environ["JOB_AUTHKEY"].encode()) as listener:
        while True:
            with listener.accept() as conn:
                handle(conn.recv())
`,
  ),
  bad(
    "CWE-502",
    "batch43: decode_cached_code unmarshals bytes received from the cache server",
    src`
import marshal


def decode_cached_code(sock):
    """Receive a compiled code object from the shared cache."""
    size = int.from_bytes(sock.recv(4), "big")
    data = sock.recv(size)
    return marshal.loads(data)
`,
  ),
  bad(
    "CWE-502",
    "batch43: open_user_store opens a shelve file at the caller's path",
    src`
import shelve


def open_user_store(path):
    """Open a saved game file the player selected."""
    with shelve.open(path) as db:
        return dict(db)
`,
  ),
  // ---------------- CWE-521 / 620 / 640 password change and reset ----------------
  bad(
    "CWE-620",
    "batch43: Flask change-password route sets the new password without the current one",
    src`
from flask import Flask, request, session, abort
from werkzeug.security import generate_password_hash

from .models import User, db

app = Flask(__name__)


@app.route("/account/password", methods=["POST"])
def change_password():
    user = User.query.get(session.get("user_id")) or abort(401)
    user.password_hash = generate_password_hash(request.form["new_password"])
    db.session.commit()
    return "password changed"
`,
  ),
  good(
    "CWE-620",
    "batch43: Flask change-password route checks the current password first",
    src`
from flask import Flask, request, session, abort
from werkzeug.security import check_password_hash, generate_password_hash

from .models import User, db

app = Flask(__name__)


@app.route("/account/password", methods=["POST"])
def change_password():
    user = User.query.get(session.get("user_id")) or abort(401)
    if not check_password_hash(user.password_hash, request.form["current_password"]):
        abort(403)
    user.password_hash = generate_password_hash(request.form["new_password"])
    db.session.commit()
    return "password changed"
`,
  ),
  bad(
    "CWE-640",
    "batch43: Flask reset route sets a new password for whatever email is posted",
    src`
from flask import Flask, request, abort
from werkzeug.security import generate_password_hash

from .models import User, db

app = Flask(__name__)


@app.route("/reset", methods=["POST"])
def reset_password():
    user = User.query.filter_by(email=request.form["email"]).first() or abort(404)
    user.password_hash = generate_password_hash(request.form["new_password"])
    db.session.commit()
    return "password reset"
`,
  ),
  good(
    "CWE-640",
    "batch43: Flask reset route requires a signed, expiring token from the reset mail",
    src`
import os

from flask import Flask, request, abort
from itsdangerous import BadSignature, URLSafeTimedSerializer
from werkzeug.security import generate_password_hash

from .models import User, db

app = Flask(__name__)
tokens = URLSafeTimedSerializer(os.environ["RESET_SECRET"], salt="pw-reset")


@app.route("/reset", methods=["POST"])
def reset_password():
    try:
        user_id = tokens.loads(request.form["token"], max_age=3600)
    except BadSignature:
        abort(403)
    user = User.query.get(user_id) or abort(404)
    user.password_hash = generate_password_hash(request.form["new_password"])
    db.session.commit()
    return "password reset"
`,
  ),
  bad(
    "CWE-521",
    "batch43: validate_new_password accepts any password of four or more characters",
    src`
def validate_new_password(password):
    """Return an error message, or None if the password is acceptable."""
    if len(password) < 4:
        return "Password must be at least 4 characters."
    return None
`,
  ),
  // ---------------- CWE-611 / 776 / 827 XML ----------------
  bad(
    "CWE-611",
    "batch43: parse_invoice builds an lxml parser that resolves entities and allows network access",
    src`
from lxml import etree


def parse_invoice(xml_bytes):
    """Parse an invoice document submitted by a supplier."""
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser)
    return {"number": root.findtext("number"), "total": root.findtext("total")}
`,
  ),
  good(
    "CWE-611",
    "batch43: parse_invoice parses with defusedxml",
    src`
from defusedxml import ElementTree


def parse_invoice(xml_bytes):
    """Parse an invoice document submitted by a supplier."""
    root = ElementTree.fromstring(xml_bytes)
    return {"number": root.findtext("number"), "total": root.findtext("total")}
`,
  ),
  bad(
    "CWE-611",
    "batch43: iter_records turns on external general entities for pulldom",
    src`
from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def iter_records(xml_text):
    """Stream <record> elements out of an uploaded export."""
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parseString(xml_text, parser=parser)
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "record":
            events.expandNode(node)
            yield node.toxml()
`,
  ),
  good(
    "CWE-611",
    "batch43: iter_records streams with pulldom's default parser, external entities off",
    src`
from xml.dom import pulldom


def iter_records(xml_text):
    """Stream <record> elements out of an uploaded export."""
    events = pulldom.parseString(xml_text)
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "record":
            events.expandNode(node)
            yield node.toxml()
`,
  ),
  bad(
    "CWE-827",
    "batch43: validate_feed loads and validates against the DTD the document names",
    src`
from lxml import etree


def validate_feed(xml_bytes):
    """Check that a partner feed is valid against its DTD."""
    parser = etree.XMLParser(load_dtd=True, dtd_validation=True)
    return etree.fromstring(xml_bytes, parser)
`,
  ),
  good(
    "CWE-827",
    "batch43: validate_feed validates against the bundled DTD with the document's own DTD ignored",
    src`
from lxml import etree

FEED_DTD = etree.DTD("/opt/app/schemas/feed.dtd")


def validate_feed(xml_bytes):
    """Check that a partner feed is valid against our DTD."""
    parser = etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True)
    root = etree.fromstring(xml_bytes, parser)
    if not FEED_DTD.validate(root):
        raise ValueError(FEED_DTD.error_log.last_error)
    return root
`,
  ),
  bad(
    "CWE-776",
    "batch43: parse_upload uses an lxml parser with huge_tree and entity resolution",
    src`
from lxml import etree


def parse_upload(data):
    """Parse a large XML export uploaded by a customer."""
    parser = etree.XMLParser(huge_tree=True, resolve_entities=True)
    return etree.fromstring(data, parser)
`,
  ),
  // ---------------- CWE-614 / 1004 / 1275 cookies ----------------
  bad(
    "CWE-1004",
    "batch43: Flask login sets the auth token cookie secure but readable from script",
    src`
from flask import Flask, request, make_response

from .auth import issue_token

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    token = issue_token(request.form["username"], request.form["password"])
    resp = make_response("ok")
    resp.set_cookie("auth_token", token, secure=True, samesite="Lax")
    return resp
`,
  ),
  good(
    "CWE-1004",
    "batch43: Flask login sets the auth token cookie httponly, secure and samesite",
    src`
from flask import Flask, request, make_response

from .auth import issue_token

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    token = issue_token(request.form["username"], request.form["password"])
    resp = make_response("ok")
    resp.set_cookie("auth_token", token, secure=True, httponly=True, samesite="Lax")
    return resp
`,
  ),
  bad(
    "CWE-1275",
    "batch43: Django view sets the session cookie with SameSite=None",
    src`
from django.http import JsonResponse

from .auth import start_session


def login_view(request):
    sid = start_session(request.POST["username"], request.POST["password"])
    resp = JsonResponse({"ok": True})
    resp.set_cookie("sid", sid, secure=True, httponly=True, samesite="None")
    return resp
`,
  ),
  bad(
    "CWE-614",
    "batch43: Django settings turn the secure flag off for session and CSRF cookies",
    src`
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SESSION_COOKIE_HTTPONLY = True
`,
  ),
  good(
    "CWE-614",
    "batch43: Django settings mark session and CSRF cookies secure",
    src`
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
`,
  ),
  // ---------------- CWE-643 / 652 XPath and XQuery ----------------
  bad(
    "CWE-643",
    "batch43: find_book interpolates the caller's title into an lxml XPath",
    src`
from lxml import etree

CATALOG = etree.parse("/srv/data/catalog.xml")


def find_book(title):
    return CATALOG.xpath('//book[title="' + title + '"]/price/text()')
`,
  ),
  good(
    "CWE-643",
    "batch43: find_book passes the title as an XPath variable",
    src`
from lxml import etree

CATALOG = etree.parse("/srv/data/catalog.xml")


def find_book(title):
    return CATALOG.xpath("//book[title=$t]/price/text()", t=title)
`,
  ),
  bad(
    "CWE-652",
    "batch43: user_profile sends a BaseX XQuery built from the username",
    src`
from BaseXClient import BaseXClient


def user_profile(username):
    session = BaseXClient.Session("localhost", 1984, "admin", "admin")
    try:
        query = f"for $u in db:get('users')//user[name = '{username}'] return $u/profile"
        return session.execute("xquery " + query)
    finally:
        session.close()
`,
  ),
  good(
    "CWE-652",
    "batch43: user_profile binds the username as an external XQuery variable",
    src`
import os

from BaseXClient import BaseXClient


def user_profile(username):
    session = BaseXClient.Session("localhost", 1984, "app", os.environ["BASEX_PASSWORD"])
    try:
        query = session.query(
            "declare variable $name external; for $u in db:get('users')//user[name = $name] return $u/profile"
        )
        query.bind("$name", username)
        return query.execute()
    finally:
        session.close()
`,
  ),
  // ---------------- CWE-732 / 276 / 668 permissions ----------------
  bad(
    "CWE-732",
    "batch43: save_private_key creates the key file with mode 0o666",
    src`
import os


def save_private_key(path, pem: bytes):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
`,
  ),
  good(
    "CWE-732",
    "batch43: save_private_key creates the key file with mode 0o600",
    src`
import os


def save_private_key(path, pem: bytes):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
`,
  ),
  bad(
    "CWE-732",
    "batch43: open_control_socket makes the daemon's unix socket writable by everyone",
    src`
import os
import socket
import stat

SOCK_PATH = "/run/backupd.sock"


def open_control_socket():
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(SOCK_PATH)
    os.chmod(SOCK_PATH, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
    sock.listen()
    return sock
`,
  ),
  good(
    "CWE-732",
    "batch43: open_control_socket limits the socket to its owner and group",
    src`
import os
import socket

SOCK_PATH = "/run/backupd.sock"


def open_control_socket():
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(SOCK_PATH)
    os.chmod(SOCK_PATH, 0o660)
    sock.listen()
    return sock
`,
  ),
  bad(
    "CWE-732",
    "batch43: write_token saves the API token with pathlib and chmods it 0o644",
    src`
from pathlib import Path


def write_token(token):
    path = Path.home() / ".config" / "tool" / "token"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(token)
    path.chmod(0o644)
`,
  ),
  bad(
    "CWE-276",
    "batch43: installer clears the umask and creates the shared data directory",
    src`
import os


def install_data_dir(path):
    os.umask(0)
    os.makedirs(path, mode=0o777, exist_ok=True)
`,
  ),
  // ---------------- CWE-494 / 829 untrusted code ----------------
  bad(
    "CWE-494",
    "batch43: self_update downloads a script over HTTP and runs it with sh",
    src`
import subprocess
import urllib.request

UPDATE_URL = "http://updates.example.com/latest/install.sh"


def self_update():
    path, _ = urllib.request.urlretrieve(UPDATE_URL, "/tmp/install.sh")
    subprocess.run(["sh", path], check=True)
`,
  ),
  good(
    "CWE-494",
    "batch43: self_update downloads over HTTPS and checks a pinned sha256 before running",
    src`
import hashlib
import subprocess
import tempfile
import urllib.request

UPDATE_URL = "https://updates.example.com/v4.2.1/install.sh"
EXPECTED_SHA256 = "9f2c4f1ad5a0b8d1c8f2b5e3a7d9c6e4b1f0a3d2c5e8b7a6d9f0c1b2a3e4d5f6"


def self_update():
    with urllib.request.urlopen(UPDATE_URL) as resp:
        script = resp.read()
    if hashlib.sha256(script).hexdigest() != EXPECTED_SHA256:
        raise RuntimeError("update checksum mismatch")
    with tempfile.NamedTemporaryFile(suffix=".sh", delete=False) as f:
        f.write(script)
    subprocess.run(["sh", f.name], check=True)
`,
  ),
  bad(
    "CWE-494",
    "batch43: load_remote_rules execs Python fetched from a rules server",
    src`
import requests

RULES_URL = "http://rules.internal/fraud_rules.py"


def load_remote_rules():
    namespace = {}
    exec(requests.get(RULES_URL, timeout=10).text, namespace)
    return namespace["RULES"]
`,
  ),
  bad(
    "CWE-829",
    "batch43: Flask plugin route pip-installs the package name from the form",
    src`
import subprocess
import sys

from flask import Flask, request

app = Flask(__name__)


@app.route("/plugins/install", methods=["POST"])
def install_plugin():
    name = request.form["package"]
    subprocess.run([sys.executable, "-m", "pip", "install", name], check=True)
    return "installed " + name
`,
  ),
  good(
    "CWE-829",
    "batch43: Flask plugin route installs only an approved, pinned package",
    src`
import subprocess
import sys

from flask import Flask, request, abort

app = Flask(__name__)
APPROVED = {"acme-csv": "acme-csv==1.4.2", "acme-pdf": "acme-pdf==2.0.1"}


@app.route("/plugins/install", methods=["POST"])
def install_plugin():
    spec = APPROVED.get(request.form["package"])
    if spec is None:
        abort(400)
    subprocess.run([sys.executable, "-m", "pip", "install", spec], check=True)
    return "installed " + spec
`,
  ),
  bad(
    "CWE-829",
    "batch43: load_plugin_file executes a module from the uploaded file path",
    src`
import importlib.util


def load_plugin_file(uploaded_path):
    """Load a plugin the user uploaded through the admin page."""
    spec = importlib.util.spec_from_file_location("user_plugin", uploaded_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
`,
  ),
  // ---------------- CWE-918 SSRF ----------------
  bad(
    "CWE-918",
    "batch43: fetch_preview opens the caller's URL with urllib.request",
    src`
import urllib.request


def fetch_preview(url):
    """Fetch the first kilobytes of a page for a link preview."""
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read(64 * 1024)
`,
  ),
  good(
    "CWE-918",
    "batch43: fetch_preview requires https and a host on the allow-list",
    src`
import urllib.request
from urllib.parse import urlparse

ALLOWED_HOSTS = {"www.youtube.com", "vimeo.com", "github.com"}


def fetch_preview(url):
    """Fetch the first kilobytes of a page for a link preview."""
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read(64 * 1024)
`,
  ),
  bad(
    "CWE-918",
    "batch43: FastAPI health check calls the host given in the body with httpx",
    src`
import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Target(BaseModel):
    host: str


@app.post("/check")
async def check(target: Target):
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(f"http://{target.host}/health")
    return {"status": r.status_code}
`,
  ),
  bad(
    "CWE-918",
    "batch43: Flask proxy route sends the query's base URL through a requests.Session",
    src`
import requests
from flask import Flask, request

app = Flask(__name__)
http = requests.Session()


@app.route("/proxy/items")
def proxy_items():
    base = request.args.get("api", "https://api.example.com")
    r = http.get(base + "/v1/items", timeout=10)
    return r.text, r.status_code
`,
  ),
  good(
    "CWE-918",
    "batch43: Flask proxy route uses a fixed base URL and quotes the item id",
    src`
from urllib.parse import quote

import requests
from flask import Flask, request

app = Flask(__name__)
http = requests.Session()
API = "https://api.example.com"


@app.route("/proxy/items")
def proxy_items():
    item = quote(request.args.get("id", ""), safe="")
    r = http.get(f"{API}/v1/items/{item}", timeout=10)
    return r.text, r.status_code
`,
  ),
  bad(
    "CWE-918",
    "batch43: aiohttp web handler fetches the image URL from the query",
    src`
import aiohttp
from aiohttp import web


async def thumbnail(request: web.Request):
    url = request.query["src"]
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            body = await resp.read()
    return web.Response(body=body, content_type="image/png")


app = web.Application()
app.router.add_get("/thumb", thumbnail)
`,
  ),
  // ---------------- CWE-1385 WebSocket origin ----------------
  bad(
    "CWE-1385",
    "batch43: websockets server authenticates by cookie and accepts any Origin",
    src`
import asyncio
from http.cookies import SimpleCookie

import websockets

from .sessions import user_for_session


async def handler(ws):
    cookie = SimpleCookie(ws.request.headers.get("Cookie", ""))
    user = user_for_session(cookie["sid"].value)
    async for message in ws:
        await ws.send(user.run_command(message))


async def main():
    async with websockets.serve(handler, "0.0.0.0", 8765):
        await asyncio.Future()
`,
  ),
  good(
    "CWE-1385",
    "batch43: websockets server restricts the allowed origins",
    src`
import asyncio
from http.cookies import SimpleCookie

import websockets

from .sessions import user_for_session


async def handler(ws):
    cookie = SimpleCookie(ws.request.headers.get("Cookie", ""))
    user = user_for_session(cookie["sid"].value)
    async for message in ws:
        await ws.send(user.run_command(message))


async def main():
    async with websockets.serve(handler, "0.0.0.0", 8765, origins=["https://app.example.com"]):
        await asyncio.Future()
`,
  ),
  bad(
    "CWE-1385",
    "batch43: Flask-SocketIO allows every origin for a cookie-authenticated socket",
    src`
from flask import Flask
from flask_login import current_user
from flask_socketio import SocketIO, emit

app = Flask(__name__)
socketio = SocketIO(app, cors_allowed_origins="*")


@socketio.on("transfer")
def transfer(data):
    if not current_user.is_authenticated:
        return
    current_user.account.transfer(data["to"], data["amount"])
    emit("done")
`,
  ),
  good(
    "CWE-1385",
    "batch43: Flask-SocketIO limits origins to the app's own site",
    src`
from flask import Flask
from flask_login import current_user
from flask_socketio import SocketIO, emit

app = Flask(__name__)
socketio = SocketIO(app, cors_allowed_origins=["https://bank.example.com"])


@socketio.on("transfer")
def transfer(data):
    if not current_user.is_authenticated:
        return
    current_user.account.transfer(data["to"], data["amount"])
    emit("done")
`,
  ),
  bad(
    "CWE-1385",
    "batch43: FastAPI websocket uses the session cookie without checking the Origin header",
    src`
from fastapi import FastAPI, WebSocket

from .sessions import user_for_session

app = FastAPI()


@app.websocket("/ws")
async def ws_endpoint(websocket: WebSocket):
    user = user_for_session(websocket.cookies.get("sid"))
    await websocket.accept()
    while True:
        cmd = await websocket.receive_text()
        await websocket.send_text(user.run_command(cmd))
`,
  ),
  good(
    "CWE-1385",
    "batch43: FastAPI websocket closes connections from foreign origins",
    src`
from fastapi import FastAPI, WebSocket

from .sessions import user_for_session

app = FastAPI()
ALLOWED_ORIGINS = {"https://app.example.com"}


@app.websocket("/ws")
async def ws_endpoint(websocket: WebSocket):
    if websocket.headers.get("origin") not in ALLOWED_ORIGINS:
        await websocket.close(code=1008)
        return
    user = user_for_session(websocket.cookies.get("sid"))
    await websocket.accept()
    while True:
        cmd = await websocket.receive_text()
        await websocket.send_text(user.run_command(cmd))
`,
  ),
];
