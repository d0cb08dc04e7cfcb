// Dev suite "py-snippets", batch 33 (see py-snippets.ts): written blind, measured before any fix. Weighted towards
// the CWEs the suite had fewest cases for (CWE-476, 276, 641, 941, 827, 862, 312, 414, 1204, 379, 80, 454, 285, 425,
// 760, 116, 250, 841, 522), in shapes earlier batches lacked: regex matches and ORM .first() used without a None
// test, installers and daemons that open up permissions, e-mail attachments saved under their own names, asyncio
// datagram replies, DTDs fetched from a URL the user gives, admin actions behind login alone, tokens kept in plain
// JSON files and client-side sessions, half-locked queues, IVs from the password, pathlib temp folders, Jinja
// filters building Markup, role checks by substring or for GET only, bcrypt with a fixed salt, hand-escaped HTML
// attributes, reset flows that skip the code step; then one sample each for a spread of other CWEs. Each has a safe
// twin of the same shape where one is natural. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH33: DevCase[] = [
  // ---------------- CWE-476 ----------------
  bad(
    "CWE-476",
    "batch33: re.match result used without testing for None when parsing a log line",
    src`
import re

LINE = re.compile(r"(\d{4}-\d{2}-\d{2}) (\w+) (.*)")


def parse_line(line):
    """Split an access-log line into date, level and message."""
    m = LINE.match(line)
    return m.group(1), m.group(2), m.group(3)
`,
  ),
  good(
    "CWE-476",
    "batch33: re.match result tested for None before its groups are read",
    src`
import re

LINE = re.compile(r"(\d{4}-\d{2}-\d{2}) (\w+) (.*)")


def parse_line(line):
    """Split an access-log line into date, level and message."""
    m = LINE.match(line)
    if m is None:
        raise ValueError("malformed log line")
    return m.group(1), m.group(2), m.group(3)
`,
  ),
  bad(
    "CWE-476",
    "batch33: SQLAlchemy .first() result dereferenced without a None test",
    src`
from flask import Flask, request, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)


class Account(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(120), unique=True)
    display_name = db.Column(db.String(80))


@app.route("/lookup")
def lookup():
    account = Account.query.filter_by(email=request.args.get("email")).first()
    return jsonify(name=account.display_name)
`,
  ),
  // ---------------- CWE-276 ----------------
  bad(
    "CWE-276",
    "batch33: install step makes the plugin folder and its files writable by everyone",
    src`
import os
import shutil

PLUGIN_DIR = "/opt/reporter/plugins"


def install_plugins(src_dir):
    """Copy the bundled plugins into place during installation."""
    os.makedirs(PLUGIN_DIR, exist_ok=True)
    for name in os.listdir(src_dir):
        target = os.path.join(PLUGIN_DIR, name)
        shutil.copy(os.path.join(src_dir, name), target)
        os.chmod(target, 0o777)
    os.chmod(PLUGIN_DIR, 0o777)
`,
  ),
  good(
    "CWE-276",
    "batch33: install step leaves the plugin folder 0755 and files 0644",
    src`
import os
import shutil

PLUGIN_DIR = "/opt/reporter/plugins"


def install_plugins(src_dir):
    """Copy the bundled plugins into place during installation."""
    os.makedirs(PLUGIN_DIR, exist_ok=True)
    for name in os.listdir(src_dir):
        target = os.path.join(PLUGIN_DIR, name)
        shutil.copy(os.path.join(src_dir, name), target)
        os.chmod(target, 0o644)
    os.chmod(PLUGIN_DIR, 0o755)
`,
  ),
  bad(
    "CWE-276",
    "batch33: daemonize() clears the umask, so every file the daemon creates is world-writable",
    src`
import os
import sys


def daemonize(pidfile):
    """Detach from the terminal and write the pid file."""
    if os.fork() > 0:
        sys.exit(0)
    os.setsid()
    os.chdir("/")
    os.umask(0)
    if os.fork() > 0:
        sys.exit(0)
    with open(pidfile, "w") as fh:
        fh.write(str(os.getpid()))
`,
  ),
  good(
    "CWE-276",
    "batch33: daemonize() sets a restrictive umask",
    src`
import os
import sys


def daemonize(pidfile):
    """Detach from the terminal and write the pid file."""
    if os.fork() > 0:
        sys.exit(0)
    os.setsid()
    os.chdir("/")
    os.umask(0o027)
    if os.fork() > 0:
        sys.exit(0)
    with open(pidfile, "w") as fh:
        fh.write(str(os.getpid()))
`,
  ),
  // ---------------- CWE-641 ----------------
  bad(
    "CWE-641",
    "batch33: e-mail attachments saved under the file name the sender chose",
    src`
import email
import os
from email import policy

OUTBOX = "/srv/mail/attachments"


def save_attachments(raw_bytes):
    """Store every attachment of an incoming message."""
    msg = email.message_from_bytes(raw_bytes, policy=policy.default)
    saved = []
    for part in msg.iter_attachments():
        name = os.path.basename(part.get_filename())
        path = os.path.join(OUTBOX, name)
        with open(path, "wb") as fh:
            fh.write(part.get_payload(decode=True))
        saved.append(path)
    return saved
`,
  ),
  good(
    "CWE-641",
    "batch33: e-mail attachments saved under generated names, the sender's name kept as metadata",
    src`
import email
import os
import uuid
from email import policy

OUTBOX = "/srv/mail/attachments"


def save_attachments(raw_bytes):
    """Store every attachment of an incoming message."""
    msg = email.message_from_bytes(raw_bytes, policy=policy.default)
    saved = []
    for part in msg.iter_attachments():
        stored = uuid.uuid4().hex + ".bin"
        with open(os.path.join(OUTBOX, stored), "wb") as fh:
            fh.write(part.get_payload(decode=True))
        saved.append({"stored": stored, "original": part.get_filename()})
    return saved
`,
  ),
  // ---------------- CWE-941 ----------------
  bad(
    "CWE-941",
    "batch33: asyncio datagram protocol sends the answer to the address the JSON message names",
    src`
import asyncio
import json


class StatusProtocol(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        msg = json.loads(data)
        reply = json.dumps({"status": "ok", "id": msg["id"]}).encode()
        self.transport.sendto(reply, (msg["reply_host"], int(msg["reply_port"])))


async def main():
    loop = asyncio.get_running_loop()
    await loop.create_datagram_endpoint(StatusProtocol, local_addr=("0.0.0.0", 9999))
    await asyncio.Event().wait()
`,
  ),
  good(
    "CWE-941",
    "batch33: asyncio datagram protocol answers the sender's own address",
    src`
import asyncio
import json


class StatusProtocol(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        msg = json.loads(data)
        reply = json.dumps({"status": "ok", "id": msg["id"]}).encode()
        self.transport.sendto(reply, addr)


async def main():
    loop = asyncio.get_running_loop()
    await loop.create_datagram_endpoint(StatusProtocol, local_addr=("0.0.0.0", 9999))
    await asyncio.Event().wait()
`,
  ),
  // ---------------- CWE-827 ----------------
  bad(
    "CWE-827",
    "batch33: DTD for validation loaded from a URL given in the form",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/validate", methods=["POST"])
def validate():
    dtd = etree.DTD(request.form["dtd_url"])
    doc = etree.fromstring(request.files["document"].read())
    return {"valid": dtd.validate(doc)}
`,
  ),
  good(
    "CWE-827",
    "batch33: DTD for validation is the service's own file",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
DTD = etree.DTD("schemas/invoice.dtd")
PARSER = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=False)


@app.route("/validate", methods=["POST"])
def validate():
    doc = etree.fromstring(request.files["document"].read(), PARSER)
    return {"valid": DTD.validate(doc)}
`,
  ),
  bad(
    "CWE-827",
    "batch33: lxml parser for uploaded XML validates against whatever DTD the document declares",
    src`
from lxml import etree


def load_order(xml_bytes):
    """Parse an uploaded order file and check it against its DTD."""
    parser = etree.XMLParser(dtd_validation=True)
    root = etree.fromstring(xml_bytes, parser)
    return {"id": root.get("id"), "lines": len(root)}
`,
  ),
  // ---------------- CWE-862 ----------------
  bad(
    "CWE-862",
    "batch33: ban-user endpoint needs a login but no admin check",
    src`
from flask import Flask, abort
from flask_login import login_required

from models import User, db

app = Flask(__name__)


@app.route("/admin/users/<int:user_id>/ban", methods=["POST"])
@login_required
def ban_user(user_id):
    user = User.query.get(user_id)
    if user is None:
        abort(404)
    user.banned = True
    db.session.commit()
    return {"banned": user_id}
`,
  ),
  good(
    "CWE-862",
    "batch33: ban-user endpoint refuses callers who are not admins",
    src`
from flask import Flask, abort
from flask_login import current_user, login_required

from models import User, db

app = Flask(__name__)


@app.route("/admin/users/<int:user_id>/ban", methods=["POST"])
@login_required
def ban_user(user_id):
    if not current_user.is_admin:
        abort(403)
    user = User.query.get(user_id)
    if user is None:
        abort(404)
    user.banned = True
    db.session.commit()
    return {"banned": user_id}
`,
  ),
  bad(
    "CWE-862",
    "batch33: Django view exports every user's e-mail to any signed-in user",
    src`
import csv

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import HttpResponse


@login_required
def export_users(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    for user in User.objects.all():
        writer.writerow([user.username, user.email, user.date_joined])
    return response
`,
  ),
  good(
    "CWE-862",
    "batch33: Django user export requires the export permission",
    src`
import csv

from django.contrib.auth.decorators import permission_required
from django.contrib.auth.models import User
from django.http import HttpResponse


@permission_required("auth.view_user", raise_exception=True)
def export_users(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    for user in User.objects.all():
        writer.writerow([user.username, user.email, user.date_joined])
    return response
`,
  ),
  // ---------------- CWE-312 ----------------
  bad(
    "CWE-312",
    "batch33: CLI login saves the API token and password in a plain JSON file in the home folder",
    src`
import json
import os

import requests

CONFIG = os.path.expanduser("~/.deploytool/credentials.json")


def login(username, password):
    """Log in and remember the credentials for later runs."""
    resp = requests.post("https://deploy.example.com/api/login", json={"user": username, "password": password})
    resp.raise_for_status()
    os.makedirs(os.path.dirname(CONFIG), exist_ok=True)
    with open(CONFIG, "w") as fh:
        json.dump({"username": username, "password": password, "token": resp.json()["token"]}, fh)
`,
  ),
  good(
    "CWE-312",
    "batch33: CLI login keeps the token in the system keyring",
    src`
import keyring
import requests


def login(username, password):
    """Log in and remember the token for later runs."""
    resp = requests.post("https://deploy.example.com/api/login", json={"user": username, "password": password})
    resp.raise_for_status()
    keyring.set_password("deploytool", username, resp.json()["token"])
`,
  ),
  bad(
    "CWE-312",
    "batch33: full card number and CVV stored in SQLite as given",
    src`
import sqlite3


def save_card(conn: sqlite3.Connection, customer_id, number, expiry, cvv):
    """Remember the customer's card for one-click checkout."""
    conn.execute(
        "INSERT INTO cards (customer_id, number, expiry, cvv) VALUES (?, ?, ?, ?)",
        (customer_id, number, expiry, cvv),
    )
    conn.commit()
`,
  ),
  // ---------------- CWE-414 ----------------
  bad(
    "CWE-414",
    "batch33: job queue appends under the lock but drain() swaps the list without it",
    src`
import threading


class JobQueue:
    def __init__(self):
        self._lock = threading.Lock()
        self._jobs = []

    def put(self, job):
        with self._lock:
            self._jobs.append(job)

    def drain(self):
        """Take every pending job, leaving the queue empty."""
        jobs = self._jobs
        self._jobs = []
        return jobs
`,
  ),
  good(
    "CWE-414",
    "batch33: job queue drain() swaps the list under the same lock",
    src`
import threading


class JobQueue:
    def __init__(self):
        self._lock = threading.Lock()
        self._jobs = []

    def put(self, job):
        with self._lock:
            self._jobs.append(job)

    def drain(self):
        """Take every pending job, leaving the queue empty."""
        with self._lock:
            jobs = self._jobs
            self._jobs = []
        return jobs
`,
  ),
  // ---------------- CWE-1204 ----------------
  bad(
    "CWE-1204",
    "batch33: cryptography AES-CBC with a fixed 16-byte IV literal",
    src`
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

IV = b"0123456789abcdef"


def encrypt(key: bytes, data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(IV)).encryptor()
    return enc.update(padded) + enc.finalize()
`,
  ),
  good(
    "CWE-1204",
    "batch33: cryptography AES-CBC with a fresh random IV stored in front",
    src`
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(padded) + enc.finalize()
`,
  ),
  bad(
    "CWE-1204",
    "batch33: PyCryptodome AES-CBC IV taken from a hash of the password",
    src`
import hashlib

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_note(password: str, text: str) -> bytes:
    key = hashlib.sha256(password.encode()).digest()
    iv = hashlib.md5(password.encode()).digest()
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return cipher.encrypt(pad(text.encode(), AES.block_size))
`,
  ),
  // ---------------- CWE-379 ----------------
  bad(
    "CWE-379",
    "batch33: pathlib scratch folder made mode 0o777 under /tmp, temp files created in it",
    src`
import tempfile
from pathlib import Path

SCRATCH = Path("/tmp/thumbnailer")


def scratch_file(suffix=".png"):
    """Create a scratch file for the thumbnail worker."""
    SCRATCH.mkdir(mode=0o777, exist_ok=True)
    SCRATCH.chmod(0o777)
    fd, path = tempfile.mkstemp(suffix=suffix, dir=SCRATCH)
    return fd, path
`,
  ),
  good(
    "CWE-379",
    "batch33: scratch files created in a private mkdtemp folder",
    src`
import tempfile
from pathlib import Path

SCRATCH = Path(tempfile.mkdtemp(prefix="thumbnailer-"))


def scratch_file(suffix=".png"):
    """Create a scratch file for the thumbnail worker."""
    fd, path = tempfile.mkstemp(suffix=suffix, dir=SCRATCH)
    return fd, path
`,
  ),
  // ---------------- CWE-80 ----------------
  bad(
    "CWE-80",
    "batch33: Jinja filter wraps the raw tag text in Markup",
    src`
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.template_filter("badge")
def badge(tag):
    return Markup('<span class="badge">' + tag + "</span>")


@app.route("/tagged")
def tagged():
    return render_template("tagged.html", tag=request.args.get("tag", ""))
`,
  ),
  good(
    "CWE-80",
    "batch33: Jinja filter builds the badge with Markup.format, which escapes the tag",
    src`
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.template_filter("badge")
def badge(tag):
    return Markup('<span class="badge">{}</span>').format(tag)


@app.route("/tagged")
def tagged():
    return render_template("tagged.html", tag=request.args.get("tag", ""))
`,
  ),
  bad(
    "CWE-80",
    "batch33: greeting page puts the name parameter into HTML with an f-string",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "guest")
    return f"<html><body><h1>Welcome back, {name}!</h1></body></html>"
`,
  ),
  // ---------------- CWE-454 ----------------
  bad(
    "CWE-454",
    "batch33: before_request sets g.is_staff from a request header",
    src`
from flask import Flask, abort, g, request

app = Flask(__name__)


@app.before_request
def load_flags():
    g.is_staff = request.headers.get("X-Staff", "false") == "true"


@app.route("/staff/reports")
def staff_reports():
    if not g.is_staff:
        abort(403)
    return {"reports": ["q1", "q2"]}
`,
  ),
  good(
    "CWE-454",
    "batch33: before_request sets g.is_staff from the signed-in user's record",
    src`
from flask import Flask, abort, g
from flask_login import current_user

app = Flask(__name__)


@app.before_request
def load_flags():
    g.is_staff = current_user.is_authenticated and current_user.is_staff


@app.route("/staff/reports")
def staff_reports():
    if not g.is_staff:
        abort(403)
    return {"reports": ["q1", "q2"]}
`,
  ),
  // ---------------- CWE-285 ----------------
  bad(
    "CWE-285",
    "batch33: admin check by substring of the comma-joined roles string",
    src`
from flask import Flask, abort
from flask_login import current_user, login_required

app = Flask(__name__)


@app.route("/admin/audit")
@login_required
def audit_log():
    # roles are stored as "editor,viewer"
    if "admin" not in current_user.roles:
        abort(403)
    return {"entries": []}
`,
  ),
  bad(
    "CWE-285",
    "batch33: document permission checked for GET only; POST edits any document",
    src`
from flask import Flask, abort, request
from flask_login import current_user, login_required

from models import Document, db

app = Flask(__name__)


@app.route("/docs/<int:doc_id>", methods=["GET", "POST"])
@login_required
def document(doc_id):
    doc = Document.query.get_or_404(doc_id)
    if request.method == "GET":
        if not doc.can_view(current_user):
            abort(403)
        return {"title": doc.title, "body": doc.body}
    doc.body = request.form["body"]
    db.session.commit()
    return {"saved": doc_id}
`,
  ),
  good(
    "CWE-285",
    "batch33: document permission checked for both reading and editing",
    src`
from flask import Flask, abort, request
from flask_login import current_user, login_required

from models import Document, db

app = Flask(__name__)


@app.route("/docs/<int:doc_id>", methods=["GET", "POST"])
@login_required
def document(doc_id):
    doc = Document.query.get_or_404(doc_id)
    if request.method == "GET":
        if not doc.can_view(current_user):
            abort(403)
        return {"title": doc.title, "body": doc.body}
    if not doc.can_edit(current_user):
        abort(403)
    doc.body = request.form["body"]
    db.session.commit()
    return {"saved": doc_id}
`,
  ),
  // ---------------- CWE-425 ----------------
  bad(
    "CWE-425",
    "batch33: database backups served from a route with no login while the dashboard has one",
    src`
from flask import Flask, send_from_directory
from flask_login import login_required

app = Flask(__name__)
BACKUP_DIR = "/var/backups/app"


@app.route("/dashboard")
@login_required
def dashboard():
    return "dashboard"


@app.route("/backups/<path:name>")
def backup(name):
    return send_from_directory(BACKUP_DIR, name, as_attachment=True)
`,
  ),
  good(
    "CWE-425",
    "batch33: database backups served only to signed-in admins",
    src`
from flask import Flask, abort, send_from_directory
from flask_login import current_user, login_required

app = Flask(__name__)
BACKUP_DIR = "/var/backups/app"


@app.route("/dashboard")
@login_required
def dashboard():
    return "dashboard"


@app.route("/backups/<path:name>")
@login_required
def backup(name):
    if not current_user.is_admin:
        abort(403)
    return send_from_directory(BACKUP_DIR, name, as_attachment=True)
`,
  ),
  // ---------------- CWE-760 ----------------
  bad(
    "CWE-760",
    "batch33: bcrypt.hashpw with a fixed salt string",
    src`
import bcrypt

SALT = b"$2b$12$R9h/cIPz0gi.URNNX3kh2O"


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), SALT)
`,
  ),
  good(
    "CWE-760",
    "batch33: bcrypt.hashpw with bcrypt.gensalt()",
    src`
import bcrypt


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))
`,
  ),
  bad(
    "CWE-760",
    "batch33: PBKDF2 salted with the user's e-mail address",
    src`
import hashlib


def password_digest(email: str, password: str) -> str:
    salt = email.lower().encode()
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310_000).hex()
`,
  ),
  // ---------------- CWE-116 ----------------
  bad(
    "CWE-116",
    "batch33: attribute value escaped with html.escape(quote=False) inside a quoted attribute",
    src`
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    return (
        '<form action="/search">'
        '<input name="q" value="' + html.escape(q, quote=False) + '">'
        "</form>"
    )
`,
  ),
  good(
    "CWE-116",
    "batch33: attribute value escaped with html.escape, quotes included",
    src`
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    return (
        '<form action="/search">'
        '<input name="q" value="' + html.escape(q, quote=True) + '">'
        "</form>"
    )
`,
  ),
  bad(
    "CWE-116",
    "batch33: CSV export joins fields with commas, no quoting of commas or newlines",
    src`
from flask import Flask, Response

from models import Contact

app = Flask(__name__)


@app.route("/contacts.csv")
def contacts_csv():
    lines = ["name,email,notes"]
    for c in Contact.query.all():
        lines.append(",".join([c.name, c.email, c.notes]))
    return Response("\n".join(lines), mimetype="text/csv")
`,
  ),
  good(
    "CWE-116",
    "batch33: CSV export through csv.writer",
    src`
import csv
import io

from flask import Flask, Response

from models import Contact

app = Flask(__name__)


@app.route("/contacts.csv")
def contacts_csv():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["name", "email", "notes"])
    for c in Contact.query.all():
        writer.writerow([c.name, c.email, c.notes])
    return Response(buf.getvalue(), mimetype="text/csv")
`,
  ),
  // ---------------- CWE-250 ----------------
  bad(
    "CWE-250",
    "batch33: web server refuses to start unless root and keeps root while serving",
    src`
import os
import sys

from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "ok"


if __name__ == "__main__":
    if os.geteuid() != 0:
        sys.exit("run me as root so I can bind port 80")
    app.run(host="0.0.0.0", port=80)
`,
  ),
  good(
    "CWE-250",
    "batch33: server binds port 80 as root, then drops to an unprivileged user",
    src`
import os
import pwd
import socket

from wsgiref.simple_server import WSGIServer, WSGIRequestHandler


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]


def main():
    server = WSGIServer(("0.0.0.0", 80), WSGIRequestHandler)
    server.set_app(app)
    nobody = pwd.getpwnam("www-data")
    os.setgroups([])
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)
    server.serve_forever()
`,
  ),
  // ---------------- CWE-841 ----------------
  bad(
    "CWE-841",
    "batch33: password-reset final step only checks that step one started, not that the code was verified",
    src`
from flask import Flask, abort, request, session
from werkzeug.security import generate_password_hash

from models import User, db

app = Flask(__name__)


@app.route("/reset/start", methods=["POST"])
def reset_start():
    user = User.query.filter_by(email=request.form["email"]).first_or_404()
    session["reset_user"] = user.id
    user.send_reset_code()
    return {"sent": True}


@app.route("/reset/verify", methods=["POST"])
def reset_verify():
    user = User.query.get(session["reset_user"])
    if not user.check_reset_code(request.form["code"]):
        abort(403)
    session["reset_verified"] = True
    return {"verified": True}


@app.route("/reset/finish", methods=["POST"])
def reset_finish():
    if "reset_user" not in session:
        abort(403)
    user = User.query.get(session["reset_user"])
    user.password_hash = generate_password_hash(request.form["password"])
    db.session.commit()
    session.clear()
    return {"done": True}
`,
  ),
  good(
    "CWE-841",
    "batch33: password-reset final step requires the verified flag from step two",
    src`
from flask import Flask, abort, request, session
from werkzeug.security import generate_password_hash

from models import User, db

app = Flask(__name__)


@app.route("/reset/start", methods=["POST"])
def reset_start():
    user = User.query.filter_by(email=request.form["email"]).first_or_404()
    session["reset_user"] = user.id
    session["reset_verified"] = False
    user.send_reset_code()
    return {"sent": True}


@app.route("/reset/verify", methods=["POST"])
def reset_verify():
    user = User.query.get(session["reset_user"])
    if not user.check_reset_code(request.form["code"]):
        abort(403)
    session["reset_verified"] = True
    return {"verified": True}


@app.route("/reset/finish", methods=["POST"])
def reset_finish():
    if "reset_user" not in session or not session.get("reset_verified"):
        abort(403)
    user = User.query.get(session["reset_user"])
    user.password_hash = generate_password_hash(request.form["password"])
    db.session.commit()
    session.clear()
    return {"done": True}
`,
  ),
  // ---------------- CWE-522 ----------------
  bad(
    "CWE-522",
    "batch33: login keeps the password in Flask's client-side (signed, not encrypted) session cookie",
    src`
from flask import Flask, redirect, request, session

from auth import check_credentials

app = Flask(__name__)
app.secret_key = open("/etc/app/secret").read()


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    password = request.form["password"]
    if not check_credentials(username, password):
        return "invalid", 401
    session["username"] = username
    session["password"] = password
    return redirect("/")
`,
  ),
  good(
    "CWE-522",
    "batch33: login keeps only the user name in the session",
    src`
from flask import Flask, redirect, request, session

from auth import check_credentials

app = Flask(__name__)
app.secret_key = open("/etc/app/secret").read()


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    password = request.form["password"]
    if not check_credentials(username, password):
        return "invalid", 401
    session.clear()
    session["username"] = username
    return redirect("/")
`,
  ),
  bad(
    "CWE-522",
    "batch33: user passwords stored Base64-encoded in the users table",
    src`
import base64
import sqlite3


def create_user(conn: sqlite3.Connection, username: str, password: str):
    encoded = base64.b64encode(password.encode()).decode()
    conn.execute("INSERT INTO users (username, password) VALUES (?, ?)", (username, encoded))
    conn.commit()
`,
  ),
  // ---------------- a spread of other CWEs ----------------
  bad(
    "CWE-20",
    "batch33: refund amount from the form neither checked positive nor against the order total",
    src`
from flask import Flask, request
from flask_login import current_user, login_required

from models import Order, db

app = Flask(__name__)


@app.route("/orders/<int:order_id>/refund", methods=["POST"])
@login_required
def refund(order_id):
    order = Order.query.filter_by(id=order_id, user_id=current_user.id).first_or_404()
    amount = float(request.form["amount"])
    current_user.balance += amount
    order.refunded += amount
    db.session.commit()
    return {"refunded": amount}
`,
  ),
  bad(
    "CWE-22",
    "batch33: uploaded tar archive unpacked with extractall and no member filter",
    src`
import tarfile

from flask import Flask, request

app = Flask(__name__)
THEMES = "/srv/app/themes"


@app.route("/themes", methods=["POST"])
def upload_theme():
    with tarfile.open(fileobj=request.files["theme"].stream, mode="r:gz") as tar:
        tar.extractall(THEMES)
    return {"installed": True}
`,
  ),
  good(
    "CWE-22",
    "batch33: uploaded tar archive unpacked with the data filter",
    src`
import tarfile

from flask import Flask, request

app = Flask(__name__)
THEMES = "/srv/app/themes"


@app.route("/themes", methods=["POST"])
def upload_theme():
    with tarfile.open(fileobj=request.files["theme"].stream, mode="r:gz") as tar:
        tar.extractall(THEMES, filter="data")
    return {"installed": True}
`,
  ),
  bad(
    "CWE-90",
    "batch33: ldap3 search filter built from the login name",
    src`
from ldap3 import Connection, Server, SUBTREE


def find_user(uid):
    conn = Connection(Server("ldap://ldap.corp.local"), auto_bind=True)
    conn.search("ou=people,dc=corp,dc=local", f"(&(objectClass=person)(uid={uid}))", SUBTREE, attributes=["mail"])
    return [e.mail.value for e in conn.entries]
`,
  ),
  bad(
    "CWE-113",
    "batch33: Django view copies a query value into a custom response header",
    src`
from django.http import HttpResponse


def download(request):
    label = request.GET.get("label", "report")
    response = HttpResponse(b"...", content_type="application/pdf")
    response["X-Report-Label"] = label
    return response
`,
  ),
  bad(
    "CWE-252",
    "batch33: rsync's exit status ignored before the source folder is deleted",
    src`
import shutil
import subprocess


def archive(folder, remote):
    """Copy a folder to the archive host, then free the local space."""
    subprocess.run(["rsync", "-a", folder, remote])
    shutil.rmtree(folder)
`,
  ),
  good(
    "CWE-252",
    "batch33: rsync run with check=True before the source folder is deleted",
    src`
import shutil
import subprocess


def archive(folder, remote):
    """Copy a folder to the archive host, then free the local space."""
    subprocess.run(["rsync", "-a", folder, remote], check=True)
    shutil.rmtree(folder)
`,
  ),
  bad(
    "CWE-269",
    "batch33: sign-up takes the new account's role from the JSON body",
    src`
from flask import Flask, request
from werkzeug.security import generate_password_hash

from models import User, db

app = Flask(__name__)


@app.route("/api/signup", methods=["POST"])
def signup():
    data = request.get_json()
    user = User(
        email=data["email"],
        password_hash=generate_password_hash(data["password"]),
        role=data.get("role", "member"),
    )
    db.session.add(user)
    db.session.commit()
    return {"id": user.id}, 201
`,
  ),
  bad(
    "CWE-306",
    "batch33: maintenance endpoint that wipes the cache and restarts workers has no authentication",
    src`
import subprocess

from flask import Flask

app = Flask(__name__)


@app.route("/ops/restart", methods=["POST"])
def restart_workers():
    subprocess.run(["systemctl", "restart", "app-workers"], check=True)
    return {"restarted": True}
`,
  ),
  bad(
    "CWE-319",
    "batch33: SMTP login over port 25 without STARTTLS",
    src`
import smtplib
from email.message import EmailMessage


def send_report(user, password, to, body):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = user, to, "Weekly report"
    msg.set_content(body)
    server = smtplib.SMTP("mail.example.com", 25)
    server.login(user, password)
    server.send_message(msg)
    server.quit()
`,
  ),
  good(
    "CWE-319",
    "batch33: SMTP login after STARTTLS",
    src`
import smtplib
import ssl
from email.message import EmailMessage


def send_report(user, password, to, body):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = user, to, "Weekly report"
    msg.set_content(body)
    server = smtplib.SMTP("mail.example.com", 587)
    server.starttls(context=ssl.create_default_context())
    server.login(user, password)
    server.send_message(msg)
    server.quit()
`,
  ),
  bad(
    "CWE-329",
    "batch33: AES-CBC IV built from a per-record counter",
    src`
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_record(key: bytes, record_no: int, data: bytes) -> bytes:
    iv = record_no.to_bytes(16, "big")
    return AES.new(key, AES.MODE_CBC, iv=iv).encrypt(pad(data, 16))
`,
  ),
  bad(
    "CWE-331",
    "batch33: API keys of three random bytes",
    src`
import secrets


def new_api_key():
    """Issue an API key for a new integration."""
    return "key_" + secrets.token_hex(3)
`,
  ),
  good(
    "CWE-331",
    "batch33: API keys of 32 random bytes",
    src`
import secrets


def new_api_key():
    """Issue an API key for a new integration."""
    return "key_" + secrets.token_hex(32)
`,
  ),
  bad(
    "CWE-367",
    "batch33: os.path.islink checked, then the file opened by name for writing",
    src`
import os


def write_status(path, text):
    """Refuse to follow symlinks when writing the status file."""
    if os.path.islink(path):
        raise PermissionError("refusing to write through a symlink")
    with open(path, "w") as fh:
        fh.write(text)
`,
  ),
  bad(
    "CWE-384",
    "batch33: Django login stores the user id in the existing session without cycling its key",
    src`
from django.contrib.auth import authenticate
from django.http import HttpResponseRedirect
from django.shortcuts import render


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            request.session["user_id"] = user.pk
            return HttpResponseRedirect("/")
    return render(request, "login.html")
`,
  ),
  good(
    "CWE-384",
    "batch33: Django login through auth.login, which cycles the session key",
    src`
from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            return HttpResponseRedirect("/")
    return render(request, "login.html")
`,
  ),
  bad(
    "CWE-400",
    "batch33: gzip request body decompressed whole with no size cap",
    src`
import gzip
import json

from flask import Flask, request

app = Flask(__name__)


@app.route("/ingest", methods=["POST"])
def ingest():
    body = request.get_data()
    if request.headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    events = json.loads(body)
    return {"received": len(events)}
`,
  ),
  bad(
    "CWE-643",
    "batch33: lxml XPath built with % from the query string",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml")


@app.route("/price")
def price():
    sku = request.args["sku"]
    hits = CATALOG.xpath("//product[@sku='%s']/price/text()" % sku)
    return {"price": hits[0] if hits else None}
`,
  ),
  good(
    "CWE-643",
    "batch33: lxml XPath with the value passed as an XPath variable",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml")


@app.route("/price")
def price():
    sku = request.args["sku"]
    hits = CATALOG.xpath("//product[@sku=$sku]/price/text()", sku=sku)
    return {"price": hits[0] if hits else None}
`,
  ),
  bad(
    "CWE-703",
    "batch33: permission check that grants access when the lookup raises",
    src`
import logging

log = logging.getLogger(__name__)


def may_delete(user, project):
    """True when the user may delete the project."""
    try:
        return project.owner_id == user.id or user.has_role("admin")
    except Exception:
        log.warning("permission lookup failed")
        return True
`,
  ),
  bad(
    "CWE-776",
    "batch33: lxml parser with huge_tree for uploaded XML",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_feed():
    parser = etree.XMLParser(huge_tree=True)
    root = etree.fromstring(request.data, parser)
    return {"items": len(root.findall("item"))}
`,
  ),
  bad(
    "CWE-835",
    "batch33: readline loop waits for an END marker and spins forever at end of file",
    src`
def read_block(fh):
    """Read lines up to the END marker."""
    lines = []
    while True:
        line = fh.readline()
        if line.strip() == "END":
            break
        lines.append(line)
    return lines
`,
  ),
  good(
    "CWE-835",
    "batch33: readline loop stops at the END marker or at end of file",
    src`
def read_block(fh):
    """Read lines up to the END marker."""
    lines = []
    while True:
        line = fh.readline()
        if not line or line.strip() == "END":
            break
        lines.append(line)
    return lines
`,
  ),
  bad(
    "CWE-943",
    "batch33: MongoDB login query takes the JSON values as given, so operators like $ne pass",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/api/login", methods=["POST"])
def login():
    body = request.get_json()
    user = users.find_one({"username": body["username"], "api_secret": body["secret"]})
    if user is None:
        return {"ok": False}, 401
    return {"ok": True}
`,
  ),
  good(
    "CWE-943",
    "batch33: MongoDB login query only after both values are checked to be strings",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/api/login", methods=["POST"])
def login():
    body = request.get_json()
    username, secret = body.get("username"), body.get("secret")
    if not isinstance(username, str) or not isinstance(secret, str):
        return {"ok": False}, 400
    user = users.find_one({"username": username, "api_secret": secret})
    if user is None:
        return {"ok": False}, 401
    return {"ok": True}
`,
  ),
];
