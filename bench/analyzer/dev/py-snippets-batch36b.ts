// Dev suite "py-snippets", batch 36b (see py-snippets.ts): the same CWE-indexed docstring-task style as batch 36,
// written after batch 36 reached 87/87 with its fixes, on thin CWEs whose rules this helper had not read (the
// rules read for batch 36's fixes are left out: AUTH, IDOR, SIGFAIL, LOOP, STATE, PWPOL, CRYPTO-003, ENCODE), in
// shapes batch 36 did not use: privilege changes through os.setresuid and a sudo subprocess, Django sessions
// after login, trusted values from hidden form fields and headers, sockets with SO_REUSEPORT, file names from
// headers, bare except around security checks, unsalted hashes through hashlib.new, time-seeded tokens, header
// values in Django responses, debug toolbars and DEBUG settings, access-then-open through pathlib, and
// temporary files in a shared directory. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH36B: DevCase[] = [
  // ---------------- CWE-250 ----------------
  bad(
    "CWE-250",
    "batch36b: restart_service runs systemctl through sudo for a name from the caller",
    src`
import subprocess


def restart_service(name):
    """Restart the named service of the web app (called from the admin dashboard)."""
    subprocess.run(["sudo", "systemctl", "restart", name], check=True)
`,
  ),
  good(
    "CWE-250",
    "batch36b: restart_service restarts only a fixed unit via a narrow sudoers rule",
    src`
import subprocess

UNITS = {"web": "app-web.service", "worker": "app-worker.service"}


def restart_service(name):
    """Restart the named service of the web app (called from the admin dashboard)."""
    unit = UNITS[name]
    subprocess.run(["/usr/local/bin/restart-app-unit", unit], check=True)
`,
  ),

  // ---------------- CWE-269 ----------------
  bad(
    "CWE-269",
    "batch36b: worker drops only the effective uid, so it can regain root",
    src`
import os


def become_worker(uid, gid):
    """Give up root before handling client requests."""
    os.setegid(gid)
    os.seteuid(uid)
`,
  ),
  good(
    "CWE-269",
    "batch36b: worker drops real, effective and saved ids with setresuid",
    src`
import os


def become_worker(uid, gid):
    """Give up root before handling client requests."""
    os.setgroups([])
    os.setresgid(gid, gid, gid)
    os.setresuid(uid, uid, uid)
`,
  ),

  // ---------------- CWE-384 ----------------
  bad(
    "CWE-384",
    "batch36b: Django login stores the user id in the existing session without cycling the key",
    src`
from django.contrib.auth import authenticate
from django.http import HttpResponse, HttpResponseForbidden


def login_view(request):
    """Authenticate the posted credentials and start the user's session."""
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return HttpResponseForbidden("bad credentials")
    request.session["user_id"] = user.pk
    return HttpResponse("welcome")
`,
  ),
  good(
    "CWE-384",
    "batch36b: Django login uses auth.login, which cycles the session key",
    src`
from django.contrib.auth import authenticate, login
from django.http import HttpResponse, HttpResponseForbidden


def login_view(request):
    """Authenticate the posted credentials and start the user's session."""
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return HttpResponseForbidden("bad credentials")
    login(request, user)
    return HttpResponse("welcome")
`,
  ),

  // ---------------- CWE-472 / CWE-454 ----------------
  bad(
    "CWE-472",
    "batch36b: discount rate read from a hidden form field",
    src`
from flask import Flask, request

app = Flask(__name__)
PRICES = {"basic": 1000, "pro": 5000}


@app.route("/buy", methods=["POST"])
def buy():
    """Charge the customer for the plan, applying their discount."""
    plan = request.form["plan"]
    discount = float(request.form.get("discount_rate", "0"))
    amount = int(PRICES[plan] * (1 - discount))
    return {"charged": amount}
`,
  ),
  good(
    "CWE-472",
    "batch36b: discount rate looked up server side from the coupon code",
    src`
from flask import Flask, request

app = Flask(__name__)
PRICES = {"basic": 1000, "pro": 5000}
COUPONS = {"WELCOME10": 0.10}


@app.route("/buy", methods=["POST"])
def buy():
    """Charge the customer for the plan, applying their discount."""
    plan = request.form["plan"]
    discount = COUPONS.get(request.form.get("coupon", ""), 0.0)
    amount = int(PRICES[plan] * (1 - discount))
    return {"charged": amount}
`,
  ),
  bad(
    "CWE-454",
    "batch36b: trusted internal flag taken from a request header",
    src`
from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/internal/metrics")
def metrics():
    """Serve metrics to internal callers only."""
    if request.headers.get("X-Internal-Request") != "true":
        abort(403)
    return {"queue_depth": 12}
`,
  ),
  good(
    "CWE-454",
    "batch36b: internal caller recognised by a shared secret compared in constant time",
    src`
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/internal/metrics")
def metrics():
    """Serve metrics to internal callers only."""
    sent = request.headers.get("X-Internal-Token", "")
    if not hmac.compare_digest(sent, os.environ["INTERNAL_TOKEN"]):
        abort(403)
    return {"queue_depth": 12}
`,
  ),

  // ---------------- CWE-605 ----------------
  bad(
    "CWE-605",
    "batch36b: UDP listener binds the wildcard address with an empty host string",
    src`
import socket


def open_syslog_listener(port=5140):
    """Listen for syslog datagrams from this machine's services."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("", port))
    return s
`,
  ),
  good(
    "CWE-605",
    "batch36b: UDP listener binds the loopback address",
    src`
import socket


def open_syslog_listener(port=5140):
    """Listen for syslog datagrams from this machine's services."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", port))
    return s
`,
  ),

  // ---------------- CWE-641 ----------------
  bad(
    "CWE-641",
    "batch36b: saved file named after the X-Filename header",
    src`
import os

from flask import Flask, request

app = Flask(__name__)
INBOX = "/srv/app/inbox"


@app.route("/put", methods=["PUT"])
def put_file():
    """Store the request body under the name given in the X-Filename header."""
    name = request.headers["X-Filename"]
    with open(os.path.join(INBOX, name), "wb") as fh:
        fh.write(request.get_data())
    return "stored", 201
`,
  ),
  good(
    "CWE-641",
    "batch36b: saved file named by a generated uuid, header name kept as metadata",
    src`
import os
import uuid

from flask import Flask, request

app = Flask(__name__)
INBOX = "/srv/app/inbox"


@app.route("/put", methods=["PUT"])
def put_file():
    """Store the request body; the client's file name is only recorded."""
    stored = uuid.uuid4().hex
    with open(os.path.join(INBOX, stored), "wb") as fh:
        fh.write(request.get_data())
    return {"id": stored}, 201
`,
  ),

  // ---------------- CWE-703 ----------------
  bad(
    "CWE-703",
    "batch36b: token check treats any exception as a valid token",
    src`
import jwt


def token_is_valid(token, key):
    """Return True when the token is signed with key and not expired."""
    try:
        jwt.decode(token, key, algorithms=["HS256"])
    except jwt.ExpiredSignatureError:
        return False
    except Exception:
        pass
    return True
`,
  ),
  good(
    "CWE-703",
    "batch36b: token check returns False for every decoding error",
    src`
import jwt


def token_is_valid(token, key):
    """Return True when the token is signed with key and not expired."""
    try:
        jwt.decode(token, key, algorithms=["HS256"])
    except jwt.PyJWTError:
        return False
    return True
`,
  ),

  // ---------------- CWE-759 ----------------
  bad(
    "CWE-759",
    "batch36b: store_password keeps hashlib.new('sha512') of the bare password",
    src`
import hashlib


def store_password(db, user_id, password):
    """Save the user's password hash."""
    digest = hashlib.new("sha512", password.encode()).hexdigest()
    db.execute("UPDATE users SET pw = ? WHERE id = ?", (digest, user_id))
`,
  ),
  good(
    "CWE-759",
    "batch36b: store_password keeps an argon2 hash",
    src`
from argon2 import PasswordHasher

ph = PasswordHasher()


def store_password(db, user_id, password):
    """Save the user's password hash."""
    digest = ph.hash(password)
    db.execute("UPDATE users SET pw = ? WHERE id = ?", (digest, user_id))
`,
  ),

  // ---------------- CWE-331 ----------------
  bad(
    "CWE-331",
    "batch36b: invite code is a uuid1, built from the clock and MAC address",
    src`
import uuid


def make_invite_code():
    """Create an unguessable invitation code for a new team member."""
    return uuid.uuid1().hex
`,
  ),
  good(
    "CWE-331",
    "batch36b: invite code is a uuid4",
    src`
import uuid


def make_invite_code():
    """Create an unguessable invitation code for a new team member."""
    return uuid.uuid4().hex
`,
  ),

  // ---------------- CWE-113 ----------------
  bad(
    "CWE-113",
    "batch36b: Django view copies a query parameter into a response header",
    src`
from django.http import HttpResponse


def download(request):
    """Serve the export, naming the file after the 'name' parameter."""
    name = request.GET.get("name", "export.csv")
    resp = HttpResponse(b"id,total\n", content_type="text/csv")
    resp["Content-Disposition"] = "attachment; filename=" + name
    return resp
`,
  ),
  good(
    "CWE-113",
    "batch36b: Django view names the file from a sanitised slug",
    src`
from django.http import HttpResponse
from django.utils.text import slugify


def download(request):
    """Serve the export, naming the file after the 'name' parameter."""
    name = slugify(request.GET.get("name", "export")) or "export"
    resp = HttpResponse(b"id,total\n", content_type="text/csv")
    resp["Content-Disposition"] = 'attachment; filename="%s.csv"' % name
    return resp
`,
  ),

  // ---------------- CWE-209 ----------------
  bad(
    "CWE-209",
    "batch36b: database error text returned in the JSON error body",
    src`
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/notes", methods=["POST"])
def add_note():
    """Insert a note; tell the client what went wrong if it fails."""
    try:
        with sqlite3.connect("notes.db") as conn:
            conn.execute("INSERT INTO notes (body) VALUES (?)", (request.form["body"],))
    except sqlite3.Error as exc:
        return jsonify(error=str(exc)), 500
    return jsonify(ok=True)
`,
  ),
  good(
    "CWE-209",
    "batch36b: database error logged, a fixed message returned",
    src`
import logging
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/notes", methods=["POST"])
def add_note():
    """Insert a note; tell the client what went wrong if it fails."""
    try:
        with sqlite3.connect("notes.db") as conn:
            conn.execute("INSERT INTO notes (body) VALUES (?)", (request.form["body"],))
    except sqlite3.Error:
        log.exception("insert failed")
        return jsonify(error="could not save the note"), 500
    return jsonify(ok=True)
`,
  ),

  // ---------------- CWE-215 ----------------
  bad(
    "CWE-215",
    "batch36b: Django settings ship with DEBUG = True and a public host",
    src`
"""Production settings for the shop project."""
from .base import *  # noqa: F401,F403

DEBUG = True
ALLOWED_HOSTS = ["shop.example.com"]
`,
  ),
  good(
    "CWE-215",
    "batch36b: Django production settings with DEBUG off",
    src`
"""Production settings for the shop project."""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
`,
  ),

  // ---------------- CWE-367 ----------------
  bad(
    "CWE-367",
    "batch36b: pathlib is_symlink check before writing the log in a shared folder",
    src`
from pathlib import Path


def append_log(line, path="/tmp/app/app.log"):
    """Append a line to the log, refusing to follow a symlink planted by another user."""
    p = Path(path)
    if p.is_symlink():
        raise RuntimeError("log path is a symlink")
    with p.open("a") as fh:
        fh.write(line + "\n")
`,
  ),
  good(
    "CWE-367",
    "batch36b: log opened with O_NOFOLLOW so the check and the open are one step",
    src`
import os


def append_log(line, path="/tmp/app/app.log"):
    """Append a line to the log, refusing to follow a symlink planted by another user."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "a") as fh:
        fh.write(line + "\n")
`,
  ),

  // ---------------- CWE-377 ----------------
  bad(
    "CWE-377",
    "batch36b: export written to a name built from the pid in the temp directory",
    src`
import os
import tempfile


def export_csv(rows):
    """Write the rows to a temporary CSV file and return its path."""
    path = os.path.join(tempfile.gettempdir(), "export-%d.csv" % os.getpid())
    with open(path, "w") as fh:
        fh.writelines(",".join(map(str, r)) + "\n" for r in rows)
    return path
`,
  ),
  good(
    "CWE-377",
    "batch36b: export written through mkstemp",
    src`
import os
import tempfile


def export_csv(rows):
    """Write the rows to a temporary CSV file and return its path."""
    fd, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w") as fh:
        fh.writelines(",".join(map(str, r)) + "\n" for r in rows)
    return path
`,
  ),

  // ---------------- CWE-425 ----------------
  bad(
    "CWE-425",
    "batch36b: backup download route serves the database dump to anyone",
    src`
from flask import Flask, send_file

app = Flask(__name__)


@app.route("/backups/latest")
def latest_backup():
    """Download the most recent database backup."""
    return send_file("/var/backups/app/latest.sql.gz", as_attachment=True)
`,
  ),
  good(
    "CWE-425",
    "batch36b: backup download route requires an admin",
    src`
from flask import Flask, abort, send_file
from flask_login import current_user, login_required

app = Flask(__name__)


@app.route("/backups/latest")
@login_required
def latest_backup():
    """Download the most recent database backup."""
    if not current_user.is_admin:
        abort(403)
    return send_file("/var/backups/app/latest.sql.gz", as_attachment=True)
`,
  ),

  // ---------------- CWE-732 ----------------
  bad(
    "CWE-732",
    "batch36b: config with credentials written after umask(0)",
    src`
import json
import os


def write_config(path, cfg):
    """Write the service configuration (it holds the database password)."""
    os.umask(0)
    with open(path, "w") as fh:
        json.dump(cfg, fh)
`,
  ),
  good(
    "CWE-732",
    "batch36b: config with credentials written with umask 0o077",
    src`
import json
import os


def write_config(path, cfg):
    """Write the service configuration (it holds the database password)."""
    old = os.umask(0o077)
    try:
        with open(path, "w") as fh:
            json.dump(cfg, fh)
    finally:
        os.umask(old)
`,
  ),
];
