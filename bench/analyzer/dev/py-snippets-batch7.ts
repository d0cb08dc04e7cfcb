// Dev suite "py-snippets", batch 7 (see py-snippets.ts): written blind after the batch6 fixes, measured before any
// fix it prompted. Prompt-like functions (a docstring saying the task, then the code an assistant might write) for
// CWEs the suite had no or few cases of (format strings, system information, dropped privileges, missing or wrong
// authorization, allocation without limits, decompression bombs, uninitialised variables, credentials in URLs and
// cookies, mass assignment, URL schemes), other shapes of the semantic CWEs, and helpers imported from the
// project's own modules. Each fixed twin is the change a careful reviewer would ask for. Never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH7: DevCase[] = [
  bad(
    "CWE-134",
    "batch7: greeting template chosen by the user formatted with the user object",
    src`
from flask import Flask, request
from flask_login import current_user

app = Flask(__name__)

@app.route("/greeting")
def greeting():
    """Show a greeting; the user may pick the wording, e.g. "Hi {user.name}!"."""
    template = request.args.get("template", "Hello {user.name}")
    return template.format(user=current_user)
`,
  ),
  good(
    "CWE-134",
    "batch7: greeting template substituted with string.Template",
    src`
from string import Template
from flask import Flask, request
from flask_login import current_user
from markupsafe import escape

app = Flask(__name__)

@app.route("/greeting")
def greeting():
    """Show a greeting; the user may pick the wording, e.g. "Hi $name!"."""
    template = Template(request.args.get("template", "Hello $name"))
    return escape(template.safe_substitute(name=current_user.name))
`,
  ),
  bad(
    "CWE-134",
    "batch7: log line format string from the config request",
    src`
import logging

log = logging.getLogger("audit")

def record_event(event_format: str, event: dict) -> None:
    """Log an audit event using the line format the tenant configured in its settings page."""
    log.info(event_format % event)
`,
  ),
  bad(
    "CWE-497",
    "batch7: status endpoint reports platform, interpreter and environment",
    src`
import os
import platform
import sys
from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/status")
def status():
    """Health endpoint for the load balancer."""
    return jsonify(
        ok=True,
        python=sys.version,
        platform=platform.platform(),
        cwd=os.getcwd(),
        env=dict(os.environ),
    )
`,
  ),
  good(
    "CWE-497",
    "batch7: status endpoint reports only ok and uptime",
    src`
import time
from flask import Flask, jsonify

app = Flask(__name__)
STARTED = time.monotonic()

@app.route("/status")
def status():
    """Health endpoint for the load balancer."""
    return jsonify(ok=True, uptime=round(time.monotonic() - STARTED))
`,
  ),
  bad(
    "CWE-273",
    "batch7: setuid failure swallowed while dropping root",
    src`
import os
import pwd

def drop_privileges(user: str = "nobody") -> None:
    """Called after binding port 443: continue as an unprivileged user."""
    entry = pwd.getpwnam(user)
    try:
        os.setgid(entry.pw_gid)
        os.setuid(entry.pw_uid)
    except OSError:
        pass
`,
  ),
  good(
    "CWE-273",
    "batch7: dropping root checked afterwards",
    src`
import os
import pwd

def drop_privileges(user: str = "nobody") -> None:
    """Called after binding port 443: continue as an unprivileged user."""
    entry = pwd.getpwnam(user)
    os.setgroups([])
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)
    if os.getuid() == 0 or os.geteuid() == 0:
        raise SystemExit("could not drop root privileges")
`,
  ),
  bad(
    "CWE-862",
    "batch7: logged-in user can delete any account",
    src`
from flask import Flask, jsonify
from flask_login import login_required
from models import User, db

app = Flask(__name__)

@app.route("/admin/users/<int:user_id>", methods=["DELETE"])
@login_required
def delete_user(user_id):
    """Administrators remove a user account."""
    user = User.query.get_or_404(user_id)
    db.session.delete(user)
    db.session.commit()
    return jsonify(deleted=user_id)
`,
  ),
  good(
    "CWE-862",
    "batch7: delete account requires the admin flag",
    src`
from flask import Flask, abort, jsonify
from flask_login import current_user, login_required
from models import User, db

app = Flask(__name__)

@app.route("/admin/users/<int:user_id>", methods=["DELETE"])
@login_required
def delete_user(user_id):
    """Administrators remove a user account."""
    if not current_user.is_admin:
        abort(403)
    user = User.query.get_or_404(user_id)
    db.session.delete(user)
    db.session.commit()
    return jsonify(deleted=user_id)
`,
  ),
  bad(
    "CWE-863",
    "batch7: role read from a client cookie decides admin access",
    src`
from flask import Flask, abort, request, render_template

app = Flask(__name__)

@app.route("/reports/finance")
def finance_report():
    """Only managers may see the finance report."""
    if request.cookies.get("role") != "manager":
        abort(403)
    return render_template("finance.html")
`,
  ),
  good(
    "CWE-863",
    "batch7: role read from the server-side user record",
    src`
from flask import Flask, abort, render_template
from flask_login import current_user, login_required

app = Flask(__name__)

@app.route("/reports/finance")
@login_required
def finance_report():
    """Only managers may see the finance report."""
    if current_user.role != "manager":
        abort(403)
    return render_template("finance.html")
`,
  ),
  bad(
    "CWE-328",
    "batch7: md5 digest to detect tampered update packages",
    src`
import hashlib

def verify_package(path: str, expected: str) -> bool:
    """Check a downloaded update against the digest published on our site."""
    with open(path, "rb") as f:
        digest = hashlib.md5(f.read()).hexdigest()
    return digest == expected
`,
  ),
  good(
    "CWE-328",
    "batch7: sha256 digest to detect tampered update packages",
    src`
import hashlib
import hmac

def verify_package(path: str, expected: str) -> bool:
    """Check a downloaded update against the digest published on our site."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(65536), b""):
            h.update(chunk)
    return hmac.compare_digest(h.hexdigest(), expected)
`,
  ),
  bad(
    "CWE-338",
    "batch7: session id from random.getrandbits",
    src`
import random

def new_session_id() -> str:
    """Create an identifier for a freshly logged-in session."""
    return "%032x" % random.getrandbits(128)
`,
  ),
  good(
    "CWE-338",
    "batch7: session id from secrets",
    src`
import secrets

def new_session_id() -> str:
    """Create an identifier for a freshly logged-in session."""
    return secrets.token_hex(16)
`,
  ),
  bad(
    "CWE-770",
    "batch7: buffer sized by a request parameter",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/pad")
def pad():
    """Return a block of zero bytes of the requested size for bandwidth tests."""
    size = int(request.args.get("size", "1024"))
    return bytes(bytearray(size))
`,
  ),
  good(
    "CWE-770",
    "batch7: buffer size capped",
    src`
from flask import Flask, abort, request

app = Flask(__name__)
MAX_SIZE = 1 << 20

@app.route("/pad")
def pad():
    """Return a block of zero bytes of the requested size for bandwidth tests."""
    size = int(request.args.get("size", "1024"))
    if not 0 < size <= MAX_SIZE:
        abort(400)
    return bytes(bytearray(size))
`,
  ),
  bad(
    "CWE-770",
    "batch7: a thread started per queued job without a limit",
    src`
import threading

def process_all(jobs, handle):
    """Process every job from the upload concurrently."""
    threads = [threading.Thread(target=handle, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
`,
  ),
  good(
    "CWE-770",
    "batch7: jobs processed by a bounded pool",
    src`
from concurrent.futures import ThreadPoolExecutor

def process_all(jobs, handle):
    """Process every job from the upload concurrently."""
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(handle, jobs))
`,
  ),
  bad(
    "CWE-409",
    "batch7: gzip body decompressed without a size limit",
    src`
import gzip
import json
from flask import Flask, request

app = Flask(__name__)

@app.route("/ingest", methods=["POST"])
def ingest():
    """Accept gzip-compressed JSON telemetry from agents."""
    payload = gzip.decompress(request.get_data())
    return {"count": len(json.loads(payload))}
`,
  ),
  good(
    "CWE-409",
    "batch7: gzip body decompressed with a bound",
    src`
import json
import zlib
from flask import Flask, abort, request

app = Flask(__name__)
LIMIT = 10 * 1024 * 1024

@app.route("/ingest", methods=["POST"])
def ingest():
    """Accept gzip-compressed JSON telemetry from agents."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    payload = d.decompress(request.get_data(), LIMIT)
    if d.unconsumed_tail:
        abort(413)
    return {"count": len(json.loads(payload))}
`,
  ),
  bad(
    "CWE-409",
    "batch7: zip members read whole without checking sizes",
    src`
import zipfile

def load_archive(path: str) -> dict:
    """Read every text file of an uploaded zip archive into memory."""
    out = {}
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            out[name] = zf.read(name).decode("utf-8")
    return out
`,
  ),
  good(
    "CWE-409",
    "batch7: zip members checked against a total size",
    src`
import zipfile

MAX_TOTAL = 50 * 1024 * 1024

def load_archive(path: str) -> dict:
    """Read every text file of an uploaded zip archive into memory."""
    out = {}
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        if len(infos) > 1000 or sum(i.file_size for i in infos) > MAX_TOTAL:
            raise ValueError("archive too large")
        for info in infos:
            out[info.filename] = zf.read(info).decode("utf-8")
    return out
`,
  ),
  bad(
    "CWE-457",
    "batch7: level unset when the name matches no branch",
    src`
def level_number(name: str) -> int:
    """Map a log level name to its numeric value."""
    if name == "debug":
        level = 10
    elif name == "info":
        level = 20
    elif name == "error":
        level = 40
    return level
`,
  ),
  good(
    "CWE-457",
    "batch7: unknown level names rejected",
    src`
def level_number(name: str) -> int:
    """Map a log level name to its numeric value."""
    if name == "debug":
        level = 10
    elif name == "info":
        level = 20
    elif name == "error":
        level = 40
    else:
        raise ValueError(f"unknown level {name!r}")
    return level
`,
  ),
  bad(
    "CWE-598",
    "batch7: login form sends the password in the query string",
    src`
from flask import Flask, request, session, redirect
from auth import check_password

app = Flask(__name__)

@app.route("/login", methods=["GET"])
def login():
    """Log the user in with the username and password from the login form."""
    user = request.args.get("username")
    password = request.args.get("password")
    if check_password(user, password):
        session["user"] = user
        return redirect("/")
    return "invalid credentials", 401
`,
  ),
  good(
    "CWE-598",
    "batch7: login reads the password from a POST body",
    src`
from flask import Flask, request, session, redirect
from auth import check_password

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """Log the user in with the username and password from the login form."""
    user = request.form.get("username")
    password = request.form.get("password")
    if check_password(user, password):
        session["user"] = user
        return redirect("/")
    return "invalid credentials", 401
`,
  ),
  bad(
    "CWE-598",
    "batch7: API key put in the request URL",
    src`
import requests

def fetch_weather(city: str, api_key: str) -> dict:
    """Query the weather service for a city."""
    url = f"https://api.weather.example/v1/current?city={city}&api_key={api_key}"
    return requests.get(url, timeout=10).json()
`,
  ),
  good(
    "CWE-598",
    "batch7: API key sent in a header",
    src`
import requests

def fetch_weather(city: str, api_key: str) -> dict:
    """Query the weather service for a city."""
    return requests.get(
        "https://api.weather.example/v1/current",
        params={"city": city},
        headers={"Authorization": f"Bearer {api_key}"},
        timeout=10,
    ).json()
`,
  ),
  bad(
    "CWE-614",
    "batch7: session cookie set without secure",
    src`
from flask import Flask, make_response
from sessions import create_session

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """Start a session and hand its id to the browser."""
    sid = create_session()
    resp = make_response("ok")
    resp.set_cookie("sid", sid, httponly=True, samesite="Lax")
    return resp
`,
  ),
  good(
    "CWE-614",
    "batch7: session cookie set secure and httponly",
    src`
from flask import Flask, make_response
from sessions import create_session

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """Start a session and hand its id to the browser."""
    sid = create_session()
    resp = make_response("ok")
    resp.set_cookie("sid", sid, secure=True, httponly=True, samesite="Lax")
    return resp
`,
  ),
  bad(
    "CWE-1004",
    "batch7: Django auth token cookie readable by scripts",
    src`
from django.http import JsonResponse
from .tokens import issue_token

def token_login(request):
    """Issue an auth token cookie after the credentials were checked by middleware."""
    response = JsonResponse({"ok": True})
    response.set_cookie("auth_token", issue_token(request.user), secure=True, httponly=False)
    return response
`,
  ),
  good(
    "CWE-1004",
    "batch7: Django auth token cookie httponly",
    src`
from django.http import JsonResponse
from .tokens import issue_token

def token_login(request):
    """Issue an auth token cookie after the credentials were checked by middleware."""
    response = JsonResponse({"ok": True})
    response.set_cookie("auth_token", issue_token(request.user), secure=True, httponly=True, samesite="Strict")
    return response
`,
  ),
  bad(
    "CWE-315",
    "batch7: remember-me cookie stores the password",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """Log in and remember the user on this browser if they ticked the box."""
    resp = make_response("welcome")
    if request.form.get("remember"):
        resp.set_cookie("username", request.form["username"], secure=True, httponly=True)
        resp.set_cookie("password", request.form["password"], secure=True, httponly=True)
    return resp
`,
  ),
  good(
    "CWE-315",
    "batch7: remember-me cookie stores a random token",
    src`
import secrets
from flask import Flask, request, make_response
from store import save_remember_token

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """Log in and remember the user on this browser if they ticked the box."""
    resp = make_response("welcome")
    if request.form.get("remember"):
        token = secrets.token_urlsafe(32)
        save_remember_token(request.form["username"], token)
        resp.set_cookie("remember", token, secure=True, httponly=True)
    return resp
`,
  ),
  bad(
    "CWE-915",
    "batch7: profile update sets every submitted attribute",
    src`
from flask import Flask, request, session
from models import User, db

app = Flask(__name__)

@app.route("/profile", methods=["POST"])
def update_profile():
    """Update the signed-in user's profile from the submitted JSON."""
    user = User.query.get(session["user_id"])
    for key, value in request.get_json().items():
        setattr(user, key, value)
    db.session.commit()
    return {"ok": True}
`,
  ),
  good(
    "CWE-915",
    "batch7: profile update limited to editable fields",
    src`
from flask import Flask, request, session
from models import User, db

app = Flask(__name__)
EDITABLE = {"display_name", "bio", "timezone"}

@app.route("/profile", methods=["POST"])
def update_profile():
    """Update the signed-in user's profile from the submitted JSON."""
    user = User.query.get(session["user_id"])
    for key, value in request.get_json().items():
        if key in EDITABLE:
            setattr(user, key, value)
    db.session.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-915",
    "batch7: model built from request kwargs",
    src`
from flask import Flask, request
from models import Account, db

app = Flask(__name__)

@app.route("/signup", methods=["POST"])
def signup():
    """Create an account from the signup form."""
    account = Account(**request.form.to_dict())
    db.session.add(account)
    db.session.commit()
    return {"id": account.id}, 201
`,
  ),
  bad(
    "CWE-99",
    "batch7: backend port chosen by the client",
    src`
import socket
from flask import Flask, request

app = Flask(__name__)

@app.route("/probe")
def probe():
    """Ask one of our local backends for its status line."""
    port = int(request.args["port"])
    with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
        s.sendall(b"STATUS\n")
        return s.recv(256)
`,
  ),
  good(
    "CWE-99",
    "batch7: backend port from a fixed map",
    src`
import socket
from flask import Flask, abort, request

app = Flask(__name__)
BACKENDS = {"search": 9200, "cache": 6379}

@app.route("/probe")
def probe():
    """Ask one of our local backends for its status line."""
    port = BACKENDS.get(request.args.get("name", ""))
    if port is None:
        abort(404)
    with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
        s.sendall(b"STATUS\n")
        return s.recv(256)
`,
  ),
  bad(
    "CWE-80",
    "batch7: jinja2 Template renders a comment unescaped",
    src`
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)
PAGE = Template("<html><body><p>{{ comment }}</p></body></html>")

@app.route("/preview", methods=["POST"])
def preview():
    """Preview the comment before posting it."""
    return PAGE.render(comment=request.form["comment"])
`,
  ),
  good(
    "CWE-80",
    "batch7: jinja2 Environment with autoescape",
    src`
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
PAGE = Environment(autoescape=True).from_string("<html><body><p>{{ comment }}</p></body></html>")

@app.route("/preview", methods=["POST"])
def preview():
    """Preview the comment before posting it."""
    return PAGE.render(comment=request.form["comment"])
`,
  ),
  bad(
    "CWE-297",
    "batch7: TLS context with hostname check turned off",
    src`
import socket
import ssl

def fetch_banner(host: str, port: int = 993) -> bytes:
    """Read the greeting of the IMAP server over TLS."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw) as tls:
            return tls.recv(1024)
`,
  ),
  good(
    "CWE-297",
    "batch7: TLS context checks the server name",
    src`
import socket
import ssl

def fetch_banner(host: str, port: int = 993) -> bytes:
    """Read the greeting of the IMAP server over TLS."""
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.recv(1024)
`,
  ),
  bad(
    "CWE-379",
    "batch7: work files in a fixed shared /tmp folder",
    src`
import os

def save_draft(user_id: int, text: str) -> str:
    """Keep an autosaved draft until the user submits it."""
    folder = "/tmp/drafts"
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{user_id}.txt")
    with open(path, "w") as f:
        f.write(text)
    return path
`,
  ),
  good(
    "CWE-379",
    "batch7: drafts in a private directory",
    src`
import os

DRAFTS = os.path.expanduser("~/.local/share/editor/drafts")

def save_draft(user_id: int, text: str) -> str:
    """Keep an autosaved draft until the user submits it."""
    os.makedirs(DRAFTS, mode=0o700, exist_ok=True)
    path = os.path.join(DRAFTS, f"{user_id}.txt")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)
    return path
`,
  ),
  bad(
    "CWE-1333",
    "batch7: name validation regex with nested repetition",
    src`
import re
from flask import Flask, request

app = Flask(__name__)

@app.route("/validate")
def validate():
    """Check that a full name is words separated by single spaces."""
    name = request.args.get("name", "")
    ok = re.match(r"^([A-Za-z]+\s?)+$", name) is not None
    return {"valid": ok}
`,
  ),
  good(
    "CWE-1333",
    "batch7: name validation regex without nested repetition",
    src`
import re
from flask import Flask, request

app = Flask(__name__)

@app.route("/validate")
def validate():
    """Check that a full name is words separated by single spaces."""
    name = request.args.get("name", "")[:100]
    ok = re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)*", name) is not None
    return {"valid": ok}
`,
  ),
  bad(
    "CWE-193",
    "batch7: pages counted one short",
    src`
def page_slices(items: list, per_page: int) -> list:
    """Split items into pages of per_page items; the last page may be shorter."""
    pages = len(items) // per_page
    return [items[i * per_page:(i + 1) * per_page] for i in range(pages)]
`,
  ),
  good(
    "CWE-193",
    "batch7: pages counted with ceiling division",
    src`
def page_slices(items: list, per_page: int) -> list:
    """Split items into pages of per_page items; the last page may be shorter."""
    pages = (len(items) + per_page - 1) // per_page
    return [items[i * per_page:(i + 1) * per_page] for i in range(pages)]
`,
  ),
  bad(
    "CWE-193",
    "batch7: loop index runs to len inclusive",
    src`
def checksum(data: bytes) -> int:
    """Sum of all bytes modulo 256."""
    total = 0
    for i in range(0, len(data) + 1):
        total = (total + data[i]) % 256
    return total
`,
  ),
  bad(
    "CWE-200",
    "batch7: user endpoint returns the password hash",
    src`
from flask import Flask, jsonify
from models import User

app = Flask(__name__)

@app.route("/api/users/<int:uid>")
def get_user(uid):
    """Public profile of a user."""
    user = User.query.get_or_404(uid)
    return jsonify({c.name: getattr(user, c.name) for c in user.__table__.columns})
`,
  ),
  good(
    "CWE-200",
    "batch7: user endpoint returns public fields",
    src`
from flask import Flask, jsonify
from models import User

app = Flask(__name__)

@app.route("/api/users/<int:uid>")
def get_user(uid):
    """Public profile of a user."""
    user = User.query.get_or_404(uid)
    return jsonify(id=user.id, display_name=user.display_name, joined=user.created_at.isoformat())
`,
  ),
  bad(
    "CWE-90",
    "batch7: ldap3 search filter with the email",
    src`
from ldap3 import Connection, Server

def find_person(email: str):
    """Look up a colleague by email in the directory."""
    conn = Connection(Server("ldap://ldap.corp"), auto_bind=True)
    conn.search("ou=people,dc=corp", f"(&(objectClass=person)(mail={email}))", attributes=["cn"])
    return conn.entries
`,
  ),
  good(
    "CWE-90",
    "batch7: ldap3 search filter with escaped email",
    src`
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

def find_person(email: str):
    """Look up a colleague by email in the directory."""
    conn = Connection(Server("ldap://ldap.corp"), auto_bind=True)
    conn.search("ou=people,dc=corp", f"(&(objectClass=person)(mail={escape_filter_chars(email)}))", attributes=["cn"])
    return conn.entries
`,
  ),
  bad(
    "CWE-94",
    "batch7: formula compiled into a lambda",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/plot", methods=["POST"])
def plot():
    """Evaluate the user's formula f(x) at the points 0..10."""
    f = eval("lambda x: " + request.form["formula"])
    return {"points": [f(x) for x in range(11)]}
`,
  ),
  bad(
    "CWE-94",
    "batch7: plugin module imported by name from the query",
    src`
import importlib
from flask import Flask, request

app = Flask(__name__)

@app.route("/export")
def export():
    """Export the report with the exporter plugin the user picked."""
    exporter = importlib.import_module(request.args["format"])
    return exporter.render()
`,
  ),
  good(
    "CWE-94",
    "batch7: exporter picked from a registry",
    src`
from flask import Flask, abort, request
from exporters import csv_exporter, pdf_exporter

app = Flask(__name__)
EXPORTERS = {"csv": csv_exporter, "pdf": pdf_exporter}

@app.route("/export")
def export():
    """Export the report with the exporter plugin the user picked."""
    exporter = EXPORTERS.get(request.args.get("format", ""))
    if exporter is None:
        abort(400)
    return exporter.render()
`,
  ),
  bad(
    "CWE-776",
    "batch7: minidom parses the uploaded SVG",
    src`
from xml.dom import minidom
from flask import Flask, request

app = Flask(__name__)

@app.route("/svg/size", methods=["POST"])
def svg_size():
    """Return the width and height of an uploaded SVG."""
    doc = minidom.parseString(request.files["svg"].read())
    root = doc.documentElement
    return {"width": root.getAttribute("width"), "height": root.getAttribute("height")}
`,
  ),
  good(
    "CWE-776",
    "batch7: defusedxml parses the uploaded SVG",
    src`
from defusedxml import minidom
from flask import Flask, request

app = Flask(__name__)

@app.route("/svg/size", methods=["POST"])
def svg_size():
    """Return the width and height of an uploaded SVG."""
    doc = minidom.parseString(request.files["svg"].read())
    root = doc.documentElement
    return {"width": root.getAttribute("width"), "height": root.getAttribute("height")}
`,
  ),
  bad(
    "CWE-755",
    "batch7: permission check error treated as allowed",
    src`
from permissions import has_permission

def can_edit(user, document) -> bool:
    """Decide whether the user may edit the document."""
    try:
        return has_permission(user, "edit", document)
    except Exception:
        return True
`,
  ),
  good(
    "CWE-755",
    "batch7: permission check error denies",
    src`
import logging
from permissions import has_permission

def can_edit(user, document) -> bool:
    """Decide whether the user may edit the document."""
    try:
        return has_permission(user, "edit", document)
    except Exception:
        logging.exception("permission check failed")
        return False
`,
  ),
  bad(
    "CWE-841",
    "batch7: password step logs in before the one-time code",
    src`
from flask import Flask, request, session, redirect
from auth import check_password, check_otp

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """First step of two-factor login: check the password, then ask for the code."""
    if check_password(request.form["username"], request.form["password"]):
        session["user"] = request.form["username"]
        return redirect("/login/otp")
    return "invalid", 401

@app.route("/login/otp", methods=["POST"])
def otp():
    """Second step of two-factor login."""
    if not check_otp(session["user"], request.form["code"]):
        session.clear()
        return "invalid code", 401
    return redirect("/")
`,
  ),
  good(
    "CWE-841",
    "batch7: password step only marks the login pending",
    src`
from flask import Flask, request, session, redirect
from auth import check_password, check_otp

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """First step of two-factor login: check the password, then ask for the code."""
    if check_password(request.form["username"], request.form["password"]):
        session["pending_user"] = request.form["username"]
        return redirect("/login/otp")
    return "invalid", 401

@app.route("/login/otp", methods=["POST"])
def otp():
    """Second step of two-factor login."""
    pending = session.pop("pending_user", None)
    if pending is None or not check_otp(pending, request.form["code"]):
        return "invalid code", 401
    session["user"] = pending
    return redirect("/")
`,
  ),
  bad(
    "CWE-283",
    "batch7: shared file deleted by id without owner check",
    src`
import os
from flask import Flask
from flask_login import login_required
from models import SharedFile, db

app = Flask(__name__)

@app.route("/files/<int:file_id>/delete", methods=["POST"])
@login_required
def delete_file(file_id):
    """Let a user delete one of the files they uploaded."""
    record = SharedFile.query.get_or_404(file_id)
    os.remove(record.path)
    db.session.delete(record)
    db.session.commit()
    return {"ok": True}
`,
  ),
  good(
    "CWE-283",
    "batch7: shared file deleted only by its owner",
    src`
import os
from flask import Flask
from flask_login import current_user, login_required
from models import SharedFile, db

app = Flask(__name__)

@app.route("/files/<int:file_id>/delete", methods=["POST"])
@login_required
def delete_file(file_id):
    """Let a user delete one of the files they uploaded."""
    record = SharedFile.query.filter_by(id=file_id, owner_id=current_user.id).first_or_404()
    os.remove(record.path)
    db.session.delete(record)
    db.session.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-20",
    "batch7: transfer amount accepted without sign or balance check",
    src`
from decimal import Decimal
from flask import Flask, request
from flask_login import current_user
from models import Account, db

app = Flask(__name__)

@app.route("/transfer", methods=["POST"])
def transfer():
    """Move money from the user's account to another account."""
    amount = Decimal(request.form["amount"])
    source = Account.query.filter_by(owner_id=current_user.id).first()
    target = Account.query.get(int(request.form["to"]))
    source.balance -= amount
    target.balance += amount
    db.session.commit()
    return {"ok": True}
`,
  ),
  good(
    "CWE-20",
    "batch7: transfer amount checked for sign and balance",
    src`
from decimal import Decimal, InvalidOperation
from flask import Flask, abort, request
from flask_login import current_user
from models import Account, db

app = Flask(__name__)

@app.route("/transfer", methods=["POST"])
def transfer():
    """Move money from the user's account to another account."""
    try:
        amount = Decimal(request.form["amount"])
    except InvalidOperation:
        abort(400)
    source = Account.query.filter_by(owner_id=current_user.id).first()
    target = Account.query.get(int(request.form["to"]))
    if not amount.is_finite() or amount <= 0 or amount > source.balance or target is None:
        abort(400)
    source.balance -= amount
    target.balance += amount
    db.session.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-117",
    "batch7: failed login logged with the raw username",
    src`
from flask import Flask, request
from auth import check_password

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """Authenticate and log failed attempts for the security team."""
    username = request.form["username"]
    if not check_password(username, request.form["password"]):
        app.logger.warning(f"failed login for {username}")
        return "invalid", 401
    return "ok"
`,
  ),
  good(
    "CWE-117",
    "batch7: failed login logged with line breaks removed",
    src`
from flask import Flask, request
from auth import check_password

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """Authenticate and log failed attempts for the security team."""
    username = request.form["username"]
    if not check_password(username, request.form["password"]):
        safe = username.replace("\r", "\\r").replace("\n", "\\n")
        app.logger.warning("failed login for %s", safe)
        return "invalid", 401
    return "ok"
`,
  ),
  bad(
    "CWE-331",
    "batch7: reset token from uuid1",
    src`
import uuid
from models import PasswordReset, db

def start_reset(user) -> str:
    """Create the token mailed to a user who forgot their password."""
    token = uuid.uuid1().hex
    db.session.add(PasswordReset(user_id=user.id, token=token))
    db.session.commit()
    return token
`,
  ),
  good(
    "CWE-331",
    "batch7: reset token from secrets",
    src`
import secrets
from models import PasswordReset, db

def start_reset(user) -> str:
    """Create the token mailed to a user who forgot their password."""
    token = secrets.token_urlsafe(32)
    db.session.add(PasswordReset(user_id=user.id, token=token))
    db.session.commit()
    return token
`,
  ),
  bad(
    "CWE-400",
    "batch7: socket message read until newline without a size limit",
    src`
import socket

def read_message(conn: socket.socket) -> bytes:
    """Read one newline-terminated command from a client."""
    data = b""
    while not data.endswith(b"\n"):
        data += conn.recv(1024)
    return data
`,
  ),
  good(
    "CWE-400",
    "batch7: socket message read with a size limit",
    src`
import socket

MAX_LINE = 8192

def read_message(conn: socket.socket) -> bytes:
    """Read one newline-terminated command from a client."""
    data = b""
    while not data.endswith(b"\n"):
        chunk = conn.recv(1024)
        if not chunk or len(data) + len(chunk) > MAX_LINE:
            raise ConnectionError("line too long or connection closed")
        data += chunk
    return data
`,
  ),
  bad(
    "CWE-285",
    "batch7: Django view edits any project by primary key",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from .models import Project

@login_required
def rename_project(request, pk):
    """Rename one of the user's projects."""
    project = get_object_or_404(Project, pk=pk)
    project.name = request.POST["name"]
    project.save()
    return redirect("project-detail", pk=pk)
`,
  ),
  good(
    "CWE-285",
    "batch7: Django view edits only the user's project",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from .models import Project

@login_required
def rename_project(request, pk):
    """Rename one of the user's projects."""
    project = get_object_or_404(Project, pk=pk, owner=request.user)
    project.name = request.POST["name"]
    project.save()
    return redirect("project-detail", pk=pk)
`,
  ),
  bad(
    "CWE-377",
    "batch7: report written to a /tmp name built from the pid",
    src`
import os

def export_report(rows) -> str:
    """Write the report to a temporary CSV and return its path for the mailer."""
    path = "/tmp/report_%d.csv" % os.getpid()
    with open(path, "w") as f:
        for row in rows:
            f.write(",".join(map(str, row)) + "\n")
    return path
`,
  ),
  good(
    "CWE-377",
    "batch7: report written to a NamedTemporaryFile",
    src`
import tempfile

def export_report(rows) -> str:
    """Write the report to a temporary CSV and return its path for the mailer."""
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
        for row in rows:
            f.write(",".join(map(str, row)) + "\n")
        return f.name
`,
  ),
  bad(
    "CWE-835",
    "batch7: continue skips the index increment",
    src`
def count_valid(records: list) -> int:
    """Count the records that have an id, skipping empty ones."""
    count = 0
    i = 0
    while i < len(records):
        if not records[i]:
            continue
        if records[i].get("id"):
            count += 1
        i += 1
    return count
`,
  ),
  good(
    "CWE-835",
    "batch7: index advanced before the continue",
    src`
def count_valid(records: list) -> int:
    """Count the records that have an id, skipping empty ones."""
    count = 0
    i = 0
    while i < len(records):
        record = records[i]
        i += 1
        if not record:
            continue
        if record.get("id"):
            count += 1
    return count
`,
  ),
  bad(
    "CWE-939",
    "batch7: feed URL opened with urlopen whatever its scheme",
    src`
import urllib.request

def fetch_feed(url: str) -> bytes:
    """Download the RSS feed at the URL the user subscribed to."""
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read()
`,
  ),
  good(
    "CWE-939",
    "batch7: feed URL limited to https before urlopen",
    src`
import urllib.request
from urllib.parse import urlparse

def fetch_feed(url: str) -> bytes:
    """Download the RSS feed at the URL the user subscribed to."""
    if urlparse(url).scheme != "https":
        raise ValueError("only https feeds are supported")
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read()
`,
  ),
  bad(
    "CWE-78",
    "batch7: project helper's result in a shell command",
    src`
import subprocess
from flask import Flask, request
from .netutils import normalize_host

app = Flask(__name__)

@app.route("/trace")
def trace():
    """Run traceroute to the host the user typed."""
    host = normalize_host(request.args["host"])
    out = subprocess.check_output("traceroute -m 10 " + host, shell=True)
    return out.decode()
`,
  ),
  good(
    "CWE-78",
    "batch7: project helper's result as an argument list",
    src`
import subprocess
from flask import Flask, request
from .netutils import normalize_host

app = Flask(__name__)

@app.route("/trace")
def trace():
    """Run traceroute to the host the user typed."""
    host = normalize_host(request.args["host"])
    out = subprocess.check_output(["traceroute", "-m", "10", "--", host])
    return out.decode()
`,
  ),
  bad(
    "CWE-89",
    "batch7: project helper builds the WHERE clause",
    src`
import sqlite3
from flask import Flask, request
from search.filters import build_where

app = Flask(__name__)

@app.route("/search")
def search():
    """Search products with the filters the user set."""
    where = build_where(request.args.get("category"), request.args.get("q"))
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT id, name FROM products WHERE " + where).fetchall()
    return {"results": rows}
`,
  ),
  bad(
    "CWE-89",
    "batch7: pandas read_sql with an f-string",
    src`
import pandas as pd
import sqlalchemy

engine = sqlalchemy.create_engine("postgresql://reporting@db/sales")

def sales_for(region: str) -> pd.DataFrame:
    """Sales rows for the region chosen in the dashboard."""
    return pd.read_sql(f"SELECT * FROM sales WHERE region = '{region}'", engine)
`,
  ),
  good(
    "CWE-89",
    "batch7: pandas read_sql with bound parameters",
    src`
import pandas as pd
import sqlalchemy

engine = sqlalchemy.create_engine("postgresql://reporting@db/sales")

def sales_for(region: str) -> pd.DataFrame:
    """Sales rows for the region chosen in the dashboard."""
    query = sqlalchemy.text("SELECT * FROM sales WHERE region = :region")
    return pd.read_sql(query, engine, params={"region": region})
`,
  ),
  bad(
    "CWE-78",
    "batch7: os.popen nslookup of a parameter",
    src`
import os

def resolve(host: str) -> str:
    """Resolve a host name with nslookup and return the output."""
    return os.popen("nslookup %s" % host).read()
`,
  ),
  bad(
    "CWE-22",
    "batch7: pathlib join of the requested document",
    src`
from pathlib import Path
from flask import Flask, request

app = Flask(__name__)
DOCS = Path("/srv/app/docs")

@app.route("/docs")
def docs():
    """Show a help page from the docs folder."""
    return (DOCS / request.args["page"]).read_text()
`,
  ),
  good(
    "CWE-22",
    "batch7: pathlib join resolved and kept inside the folder",
    src`
from pathlib import Path
from flask import Flask, abort, request

app = Flask(__name__)
DOCS = Path("/srv/app/docs").resolve()

@app.route("/docs")
def docs():
    """Show a help page from the docs folder."""
    page = (DOCS / request.args["page"]).resolve()
    if not page.is_relative_to(DOCS) or not page.is_file():
        abort(404)
    return page.read_text()
`,
  ),
  bad(
    "CWE-502",
    "batch7: jsonpickle decodes the preferences cookie",
    src`
import jsonpickle
from flask import Flask, request

app = Flask(__name__)

@app.route("/dashboard")
def dashboard():
    """Render the dashboard with the layout preferences saved in a cookie."""
    prefs = jsonpickle.decode(request.cookies.get("prefs", "{}"))
    return {"columns": prefs.get("columns", 3)}
`,
  ),
  good(
    "CWE-502",
    "batch7: preferences cookie parsed as JSON",
    src`
import json
from flask import Flask, request

app = Flask(__name__)

@app.route("/dashboard")
def dashboard():
    """Render the dashboard with the layout preferences saved in a cookie."""
    prefs = json.loads(request.cookies.get("prefs", "{}"))
    return {"columns": int(prefs.get("columns", 3))}
`,
  ),
  bad(
    "CWE-611",
    "batch7: lxml parser told to resolve entities",
    src`
from lxml import etree

def read_invoice(data: bytes) -> str:
    """Extract the invoice total from a supplier's XML upload."""
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(data, parser)
    return root.findtext("total")
`,
  ),
  good(
    "CWE-611",
    "batch7: lxml parser without entities or network",
    src`
from lxml import etree

def read_invoice(data: bytes) -> str:
    """Extract the invoice total from a supplier's XML upload."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(data, parser)
    return root.findtext("total")
`,
  ),
  bad(
    "CWE-943",
    "batch7: mongo $where built from the name",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient().app.users

@app.route("/users/search")
def search_users():
    """Find users by exact name."""
    name = request.args.get("name", "")
    return {"users": [u["email"] for u in users.find({"$where": f"this.name == '{name}'"})]}
`,
  ),
  good(
    "CWE-943",
    "batch7: mongo equality filter on a string name",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient().app.users

@app.route("/users/search")
def search_users():
    """Find users by exact name."""
    name = str(request.args.get("name", ""))
    return {"users": [u["email"] for u in users.find({"name": name})]}
`,
  ),
  bad(
    "CWE-918",
    "batch7: httpx posts to the webhook URL from the JSON body",
    src`
import httpx
from flask import Flask, request

app = Flask(__name__)

@app.route("/webhooks/test", methods=["POST"])
def test_webhook():
    """Send a test event to the webhook URL the user is configuring."""
    url = request.get_json()["url"]
    r = httpx.post(url, json={"event": "ping"}, timeout=5)
    return {"status": r.status_code}
`,
  ),
  bad(
    "CWE-601",
    "batch7: Django redirect to the next parameter",
    src`
from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect

def login_view(request):
    """Log in and go back to the page the user came from."""
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is not None:
        login(request, user)
    return HttpResponseRedirect(request.GET.get("next", "/"))
`,
  ),
  good(
    "CWE-601",
    "batch7: Django redirect checked with url_has_allowed_host_and_scheme",
    src`
from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

def login_view(request):
    """Log in and go back to the page the user came from."""
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is not None:
        login(request, user)
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=True):
        nxt = "/"
    return HttpResponseRedirect(nxt)
`,
  ),
  bad(
    "CWE-113",
    "batch7: download file name in Content-Disposition",
    src`
from flask import Flask, request, make_response
from storage import load_export

app = Flask(__name__)

@app.route("/export")
def export():
    """Download the export under the file name the user asked for."""
    name = request.args.get("name", "export.csv")
    resp = make_response(load_export())
    resp.headers["Content-Disposition"] = "attachment; filename=" + name
    return resp
`,
  ),
  good(
    "CWE-113",
    "batch7: download file name made safe first",
    src`
from flask import Flask, request, make_response
from storage import load_export
from werkzeug.utils import secure_filename

app = Flask(__name__)

@app.route("/export")
def export():
    """Download the export under the file name the user asked for."""
    name = secure_filename(request.args.get("name", "")) or "export.csv"
    resp = make_response(load_export())
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return resp
`,
  ),
  bad(
    "CWE-252",
    "batch7: non-blocking lock result ignored",
    src`
import threading

stats_lock = threading.Lock()
stats = {"hits": 0}

def record_hit() -> None:
    """Count one hit; never block the request thread."""
    stats_lock.acquire(blocking=False)
    stats["hits"] += 1
    stats_lock.release()
`,
  ),
  good(
    "CWE-252",
    "batch7: non-blocking lock result checked",
    src`
import threading

stats_lock = threading.Lock()
stats = {"hits": 0}

def record_hit() -> bool:
    """Count one hit; never block the request thread."""
    if not stats_lock.acquire(blocking=False):
        return False
    try:
        stats["hits"] += 1
    finally:
        stats_lock.release()
    return True
`,
  ),
  bad(
    "CWE-798",
    "batch7: boto3 client with literal AWS keys",
    src`
import boto3

def upload_backup(path: str) -> None:
    """Upload the nightly backup to S3."""
    s3 = boto3.client(
        "s3",
        aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    )
    s3.upload_file(path, "nightly-backups", path.rsplit("/", 1)[-1])
`,
  ),
  good(
    "CWE-798",
    "batch7: boto3 client from the environment's credentials",
    src`
import boto3

def upload_backup(path: str) -> None:
    """Upload the nightly backup to S3."""
    s3 = boto3.client("s3")
    s3.upload_file(path, "nightly-backups", path.rsplit("/", 1)[-1])
`,
  ),
  bad(
    "CWE-295",
    "batch7: urllib3 pool with certificate checks off",
    src`
import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_NONE")

def get_inventory(host: str) -> bytes:
    """Fetch the inventory JSON from a warehouse server."""
    return http.request("GET", f"https://{host}/inventory").data
`,
  ),
  good(
    "CWE-295",
    "batch7: urllib3 pool checking certificates",
    src`
import certifi
import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())

def get_inventory(host: str) -> bytes:
    """Fetch the inventory JSON from a warehouse server."""
    return http.request("GET", f"https://{host}/inventory").data
`,
  ),
  bad(
    "CWE-319",
    "batch7: SMTP login without STARTTLS",
    src`
import smtplib
from email.message import EmailMessage

def send_alert(body: str, user: str, password: str) -> None:
    """Mail an alert through the company relay."""
    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"] = "Alert", user, "ops@corp.example"
    msg.set_content(body)
    with smtplib.SMTP("mail.corp.example", 25) as s:
        s.login(user, password)
        s.send_message(msg)
`,
  ),
  good(
    "CWE-319",
    "batch7: SMTP login after STARTTLS",
    src`
import smtplib
import ssl
from email.message import EmailMessage

def send_alert(body: str, user: str, password: str) -> None:
    """Mail an alert through the company relay."""
    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"] = "Alert", user, "ops@corp.example"
    msg.set_content(body)
    with smtplib.SMTP("mail.corp.example", 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(user, password)
        s.send_message(msg)
`,
  ),
  bad(
    "CWE-326",
    "batch7: PyCryptodome RSA key of 1024 bits",
    src`
from Crypto.PublicKey import RSA

def make_keypair() -> tuple:
    """Generate a key pair for signing licence files."""
    key = RSA.generate(1024)
    return key.export_key(), key.publickey().export_key()
`,
  ),
  good(
    "CWE-326",
    "batch7: PyCryptodome RSA key of 3072 bits",
    src`
from Crypto.PublicKey import RSA

def make_keypair() -> tuple:
    """Generate a key pair for signing licence files."""
    key = RSA.generate(3072)
    return key.export_key(), key.publickey().export_key()
`,
  ),
  bad(
    "CWE-327",
    "batch7: cryptography AES in ECB mode",
    src`
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def encrypt_record(key: bytes, data: bytes) -> bytes:
    """Encrypt a 16-byte-padded record before storing it."""
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()
`,
  ),
  good(
    "CWE-327",
    "batch7: AES-GCM with a random nonce",
    src`
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

def encrypt_record(key: bytes, data: bytes) -> bytes:
    """Encrypt a record before storing it."""
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)
`,
  ),
  bad(
    "CWE-759",
    "batch7: pbkdf2 with an empty salt",
    src`
import hashlib

def hash_password(password: str) -> str:
    """Hash a password for the users table."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), b"", 200_000).hex()
`,
  ),
  good(
    "CWE-759",
    "batch7: pbkdf2 with a random salt stored alongside",
    src`
import hashlib
import os

def hash_password(password: str) -> str:
    """Hash a password for the users table."""
    salt = os.urandom(16)
    return salt.hex() + "$" + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 200_000).hex()
`,
  ),
  bad(
    "CWE-732",
    "batch7: umask cleared before writing the key file",
    src`
import os

def write_private_key(path: str, pem: bytes) -> None:
    """Save the generated private key."""
    os.umask(0)
    with open(path, "wb") as f:
        f.write(pem)
`,
  ),
  good(
    "CWE-732",
    "batch7: key file created with owner-only mode",
    src`
import os

def write_private_key(path: str, pem: bytes) -> None:
    """Save the generated private key."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
`,
  ),
  bad(
    "CWE-521",
    "batch7: Django settings with no password validators",
    src`
# settings.py for the customer portal
SECRET_KEY = __import__("os").environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["portal.example.com"]
AUTH_PASSWORD_VALIDATORS = []
`,
  ),
  good(
    "CWE-521",
    "batch7: Django settings with password validators",
    src`
# settings.py for the customer portal
SECRET_KEY = __import__("os").environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["portal.example.com"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
`,
  ),
];
