// Dev suite "py-snippets", batch 32 (see py-snippets.ts): written blind, measured before any fix. More one-task
// functions over the thin CWEs, in other shapes than batch 31: Django views and settings next to Flask routes and
// plain helpers; locks left held by an except clause; hand-built JSON; header values from the query string in
// http.server; model dictionaries returned whole; privileged containers; object lookups without an owner;
// sessions kept across login; JWT algorithms taken from the token; time-based and short reset codes; weak curves;
// passwords in URLs, logs and query strings; identity comparisons of API keys; unbounded reads and LIMITs;
// swallowed revocation errors; unanchored validation regexes; off-by-one loops; payment steps skipped; and
// settings such as DEBUG = True and fixed salts. Each has a safe twin of the same shape where one is natural.
// Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH32: DevCase[] = [
  // ---------------- CWE-667 ----------------
  bad(
    "CWE-667",
    "batch32: lock taken before a try whose except clause returns without releasing",
    src`
import threading

_lock = threading.RLock()
_cache = {}


def refresh(key, loader):
    """Reload one cache entry; return None when the loader fails."""
    _lock.acquire()
    try:
        _cache[key] = loader(key)
    except Exception:
        return None
    _lock.release()
    return _cache[key]
`,
  ),
  good(
    "CWE-667",
    "batch32: the reload under a with-block",
    src`
import threading

_lock = threading.RLock()
_cache = {}


def refresh(key, loader):
    """Reload one cache entry; return None when the loader fails."""
    with _lock:
        try:
            _cache[key] = loader(key)
        except Exception:
            return None
        return _cache[key]
`,
  ),
  bad(
    "CWE-667",
    "batch32: method acquires self._lock and returns early for an unknown id",
    src`
import threading


class SeatMap:
    def __init__(self, seats):
        self._lock = threading.Lock()
        self._free = set(seats)

    def book(self, seat):
        """Reserve a seat; return False when it is already taken."""
        self._lock.acquire()
        if seat not in self._free:
            return False
        self._free.remove(seat)
        self._lock.release()
        return True
`,
  ),
  good(
    "CWE-667",
    "batch32: method releases self._lock before the early return",
    src`
import threading


class SeatMap:
    def __init__(self, seats):
        self._lock = threading.Lock()
        self._free = set(seats)

    def book(self, seat):
        """Reserve a seat; return False when it is already taken."""
        self._lock.acquire()
        if seat not in self._free:
            self._lock.release()
            return False
        self._free.remove(seat)
        self._lock.release()
        return True
`,
  ),
  // ---------------- CWE-462 ----------------
  bad(
    "CWE-462",
    "batch32: security-header table repeats Content-Security-Policy; the later, permissive value wins",
    src`
from flask import Flask

app = Flask(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src *",
}


@app.after_request
def add_headers(resp):
    """Attach the security headers to every response."""
    resp.headers.update(SECURITY_HEADERS)
    return resp
`,
  ),
  good(
    "CWE-462",
    "batch32: security-header table with each header once",
    src`
from flask import Flask

app = Flask(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
}


@app.after_request
def add_headers(resp):
    """Attach the security headers to every response."""
    resp.headers.update(SECURITY_HEADERS)
    return resp
`,
  ),
  // ---------------- CWE-113 / CWE-116 / CWE-117 ----------------
  bad(
    "CWE-113",
    "batch32: http.server handler puts a query value into a Location header",
    src`
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        """Redirect to the language page the query asks for."""
        qs = parse_qs(urlparse(self.path).query)
        lang = qs.get("lang", ["en"])[0]
        self.send_response(302)
        self.send_header("Location", "/docs/" + lang)
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
`,
  ),
  good(
    "CWE-113",
    "batch32: http.server handler maps the query value to a known language first",
    src`
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

LANGS = {"en", "de", "fr"}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        """Redirect to the language page the query asks for."""
        qs = parse_qs(urlparse(self.path).query)
        lang = qs.get("lang", ["en"])[0]
        if lang not in LANGS:
            lang = "en"
        self.send_response(302)
        self.send_header("Location", "/docs/" + lang)
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
`,
  ),
  bad(
    "CWE-116",
    "batch32: JSON response assembled by string concatenation of the user's name",
    src`
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/greet")
def greet():
    """Return a JSON greeting for the given name."""
    name = request.args.get("name", "guest")
    body = '{"greeting": "Hello, ' + name + '", "admin": false}'
    return Response(body, mimetype="application/json")
`,
  ),
  good(
    "CWE-116",
    "batch32: JSON response built with json.dumps",
    src`
import json
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/greet")
def greet():
    """Return a JSON greeting for the given name."""
    name = request.args.get("name", "guest")
    body = json.dumps({"greeting": "Hello, " + name, "admin": False})
    return Response(body, mimetype="application/json")
`,
  ),
  bad(
    "CWE-117",
    "batch32: search term from the query logged through an f-string",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("search")


@app.route("/search")
def search():
    """Search products and log what people look for."""
    q = request.args.get("q", "")
    logger.info(f"search query: {q}")
    return {"results": find_products(q)}
`,
  ),
  good(
    "CWE-117",
    "batch32: search term logged after CR/LF are escaped",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("search")


@app.route("/search")
def search():
    """Search products and log what people look for."""
    q = request.args.get("q", "")
    safe_q = q.replace("\r", "\\r").replace("\n", "\\n")
    logger.info("search query: %s", safe_q)
    return {"results": find_products(q)}
`,
  ),
  // ---------------- CWE-200 / CWE-209 / CWE-215 / CWE-532 ----------------
  bad(
    "CWE-200",
    "batch32: profile endpoint returns the whole user row, password hash and reset token included",
    src`
import sqlite3
from flask import Flask, jsonify, g

app = Flask(__name__)


@app.route("/api/profile")
def profile():
    """Return the logged-in user's profile."""
    conn = sqlite3.connect("app.db")
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM users WHERE id = ?", (g.user_id,)).fetchone()
    return jsonify(dict(row))
`,
  ),
  good(
    "CWE-200",
    "batch32: profile endpoint selects only the public columns",
    src`
import sqlite3
from flask import Flask, jsonify, g

app = Flask(__name__)


@app.route("/api/profile")
def profile():
    """Return the logged-in user's profile."""
    conn = sqlite3.connect("app.db")
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT id, username, display_name FROM users WHERE id = ?", (g.user_id,)).fetchone()
    return jsonify(dict(row))
`,
  ),
  bad(
    "CWE-209",
    "batch32: FastAPI route puts the exception text in the HTTPException detail",
    src`
from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/orders/{order_id}")
def get_order(order_id: int):
    """Fetch an order from the database."""
    try:
        return load_order(order_id)
    except Exception as exc:
        raise HTTPException(status_code=500, detail=f"database error: {exc}")
`,
  ),
  good(
    "CWE-209",
    "batch32: FastAPI route logs the exception and returns a generic detail",
    src`
import logging
from fastapi import FastAPI, HTTPException

app = FastAPI()
log = logging.getLogger(__name__)


@app.get("/orders/{order_id}")
def get_order(order_id: int):
    """Fetch an order from the database."""
    try:
        return load_order(order_id)
    except Exception:
        log.exception("loading order %s failed", order_id)
        raise HTTPException(status_code=500, detail="internal error")
`,
  ),
  bad(
    "CWE-215",
    "batch32: Django settings with DEBUG on and any host allowed",
    src`
# settings.py for the production deployment
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = True
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "shop"]
`,
  ),
  good(
    "CWE-215",
    "batch32: Django settings with DEBUG off and named hosts",
    src`
# settings.py for the production deployment
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "shop"]
`,
  ),
  bad(
    "CWE-532",
    "batch32: login helper logs the password it was given",
    src`
import logging

log = logging.getLogger(__name__)


def login(client, username, password):
    """Log in to the partner API and return the session token."""
    log.debug("logging in as %s with password %s", username, password)
    resp = client.post("/auth", json={"username": username, "password": password})
    resp.raise_for_status()
    return resp.json()["token"]
`,
  ),
  good(
    "CWE-532",
    "batch32: login helper logs only the user name",
    src`
import logging

log = logging.getLogger(__name__)


def login(client, username, password):
    """Log in to the partner API and return the session token."""
    log.debug("logging in as %s", username)
    resp = client.post("/auth", json={"username": username, "password": password})
    resp.raise_for_status()
    return resp.json()["token"]
`,
  ),
  // ---------------- CWE-250 / CWE-639 / CWE-285 ----------------
  bad(
    "CWE-250",
    "batch32: docker SDK runs the user's build step in a privileged container",
    src`
import docker


def run_build(image, command):
    """Run a CI build step inside a container and return its output."""
    client = docker.from_env()
    return client.containers.run(image, command, privileged=True, remove=True)
`,
  ),
  good(
    "CWE-250",
    "batch32: docker SDK runs the build step unprivileged with capabilities dropped",
    src`
import docker


def run_build(image, command):
    """Run a CI build step inside a container and return its output."""
    client = docker.from_env()
    return client.containers.run(
        image, command, cap_drop=["ALL"], security_opt=["no-new-privileges"], user="1000:1000", remove=True
    )
`,
  ),
  bad(
    "CWE-639",
    "batch32: Django invoice view fetches by primary key without an owner filter",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Invoice


@login_required
def invoice_detail(request, pk):
    """Show one of the user's invoices."""
    inv = get_object_or_404(Invoice, pk=pk)
    return JsonResponse({"id": inv.pk, "total": str(inv.total), "customer": inv.customer_name})
`,
  ),
  good(
    "CWE-639",
    "batch32: Django invoice view filters by the requesting user",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Invoice


@login_required
def invoice_detail(request, pk):
    """Show one of the user's invoices."""
    inv = get_object_or_404(Invoice, pk=pk, owner=request.user)
    return JsonResponse({"id": inv.pk, "total": str(inv.total), "customer": inv.customer_name})
`,
  ),
  bad(
    "CWE-285",
    "batch32: role change endpoint trusts a role claim the client sends in the body",
    src`
from flask import Flask, request, abort
from flask_login import login_required

app = Flask(__name__)


@app.route("/users/<int:uid>/role", methods=["POST"])
@login_required
def set_role(uid):
    """Change a user's role (administrators only)."""
    data = request.get_json()
    if data.get("requester_role") != "admin":
        abort(403)
    User.query.get_or_404(uid).role = data["role"]
    db.session.commit()
    return {"ok": True}
`,
  ),
  good(
    "CWE-285",
    "batch32: role change endpoint checks the logged-in user's own role",
    src`
from flask import Flask, request, abort
from flask_login import login_required, current_user

app = Flask(__name__)


@app.route("/users/<int:uid>/role", methods=["POST"])
@login_required
def set_role(uid):
    """Change a user's role (administrators only)."""
    if current_user.role != "admin":
        abort(403)
    data = request.get_json()
    User.query.get_or_404(uid).role = data["role"]
    db.session.commit()
    return {"ok": True}
`,
  ),
  // ---------------- CWE-384 ----------------
  bad(
    "CWE-384",
    "batch32: Django view logs in by writing the user id into the existing session",
    src`
from django.contrib.auth import authenticate
from django.http import HttpResponse, HttpResponseRedirect


def login_view(request):
    """Authenticate and remember the user in the session."""
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return HttpResponse("invalid", status=401)
    request.session["user_id"] = user.pk
    return HttpResponseRedirect("/dashboard/")
`,
  ),
  good(
    "CWE-384",
    "batch32: Django view cycles the session key before storing the user id",
    src`
from django.contrib.auth import authenticate
from django.http import HttpResponse, HttpResponseRedirect


def login_view(request):
    """Authenticate and remember the user in the session."""
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return HttpResponse("invalid", status=401)
    request.session.cycle_key()
    request.session["user_id"] = user.pk
    return HttpResponseRedirect("/dashboard/")
`,
  ),
  // ---------------- CWE-295 / CWE-319 / CWE-598 ----------------
  bad(
    "CWE-295",
    "batch32: requests Session with verify turned off for every call",
    src`
import requests
import urllib3

urllib3.disable_warnings()


def make_session(token):
    """Create an HTTP session for the inventory service."""
    s = requests.Session()
    s.verify = False
    s.headers["Authorization"] = "Bearer " + token
    return s
`,
  ),
  good(
    "CWE-295",
    "batch32: requests Session verifying against the internal CA bundle",
    src`
import requests


def make_session(token):
    """Create an HTTP session for the inventory service."""
    s = requests.Session()
    s.verify = "/etc/ssl/certs/internal-ca.pem"
    s.headers["Authorization"] = "Bearer " + token
    return s
`,
  ),
  bad(
    "CWE-295",
    "batch32: aiohttp request with ssl=False",
    src`
import aiohttp


async def fetch_status(url):
    """Fetch a JSON status document."""
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=False) as resp:
            return await resp.json()
`,
  ),
  good(
    "CWE-295",
    "batch32: aiohttp request with the default certificate checks",
    src`
import aiohttp


async def fetch_status(url):
    """Fetch a JSON status document."""
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            return await resp.json()
`,
  ),
  bad(
    "CWE-319",
    "batch32: credentials posted to an http:// login endpoint",
    src`
import requests


def get_token(username, password):
    """Exchange credentials for an API token."""
    r = requests.post("http://auth.example.com/api/token", data={"username": username, "password": password})
    r.raise_for_status()
    return r.json()["access_token"]
`,
  ),
  good(
    "CWE-319",
    "batch32: credentials posted to the https:// login endpoint",
    src`
import requests


def get_token(username, password):
    """Exchange credentials for an API token."""
    r = requests.post("https://auth.example.com/api/token", data={"username": username, "password": password})
    r.raise_for_status()
    return r.json()["access_token"]
`,
  ),
  bad(
    "CWE-319",
    "batch32: FTP upload logs in over plain FTP",
    src`
import ftplib


def upload_report(path, host, user, password):
    """Upload the nightly report to the partner's FTP server."""
    with ftplib.FTP(host) as ftp:
        ftp.login(user, password)
        with open(path, "rb") as fh:
            ftp.storbinary("STOR report.csv", fh)
`,
  ),
  good(
    "CWE-319",
    "batch32: FTP upload over FTP_TLS with a protected data channel",
    src`
import ftplib


def upload_report(path, host, user, password):
    """Upload the nightly report to the partner's FTP server."""
    with ftplib.FTP_TLS(host) as ftp:
        ftp.login(user, password)
        ftp.prot_p()
        with open(path, "rb") as fh:
            ftp.storbinary("STOR report.csv", fh)
`,
  ),
  bad(
    "CWE-598",
    "batch32: password sent in the query string of a GET request",
    src`
import requests


def check_login(base_url, username, password):
    """Return True when the legacy API accepts the credentials."""
    r = requests.get(f"{base_url}/login?user={username}&password={password}", timeout=10)
    return r.status_code == 200
`,
  ),
  good(
    "CWE-598",
    "batch32: password sent in a POST body",
    src`
import requests


def check_login(base_url, username, password):
    """Return True when the legacy API accepts the credentials."""
    r = requests.post(f"{base_url}/login", data={"user": username, "password": password}, timeout=10)
    return r.status_code == 200
`,
  ),
  // ---------------- crypto and randomness ----------------
  bad(
    "CWE-326",
    "batch32: EC key on the 192-bit SECP192R1 curve",
    src`
from cryptography.hazmat.primitives.asymmetric import ec


def new_device_key():
    """Generate the key pair a device uses to sign telemetry."""
    return ec.generate_private_key(ec.SECP192R1())
`,
  ),
  good(
    "CWE-326",
    "batch32: EC key on SECP256R1",
    src`
from cryptography.hazmat.primitives.asymmetric import ec


def new_device_key():
    """Generate the key pair a device uses to sign telemetry."""
    return ec.generate_private_key(ec.SECP256R1())
`,
  ),
  bad(
    "CWE-327",
    "batch32: pycryptodome Blowfish in ECB mode for stored card tokens",
    src`
from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad


def encrypt_card(key: bytes, number: str) -> bytes:
    """Encrypt a card number before it is stored."""
    cipher = Blowfish.new(key, Blowfish.MODE_ECB)
    return cipher.encrypt(pad(number.encode(), Blowfish.block_size))
`,
  ),
  good(
    "CWE-327",
    "batch32: pycryptodome AES-GCM for stored card tokens",
    src`
from Crypto.Cipher import AES


def encrypt_card(key: bytes, number: str) -> bytes:
    """Encrypt a card number before it is stored."""
    cipher = AES.new(key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(number.encode())
    return cipher.nonce + tag + ct
`,
  ),
  bad(
    "CWE-330",
    "batch32: password-reset token from uuid1 (time and MAC address)",
    src`
import uuid


def make_reset_token(user):
    """Create the token put in the password-reset link."""
    token = str(uuid.uuid1())
    user.reset_token = token
    return token
`,
  ),
  good(
    "CWE-330",
    "batch32: password-reset token from secrets.token_urlsafe",
    src`
import secrets


def make_reset_token(user):
    """Create the token put in the password-reset link."""
    token = secrets.token_urlsafe(32)
    user.reset_token = token
    return token
`,
  ),
  bad(
    "CWE-338",
    "batch32: session id from random.getrandbits",
    src`
import random


def new_session_id():
    """Return a new session identifier."""
    return "%016x" % random.getrandbits(64)
`,
  ),
  good(
    "CWE-338",
    "batch32: session id from secrets.randbits",
    src`
import secrets


def new_session_id():
    """Return a new session identifier."""
    return "%032x" % secrets.randbits(128)
`,
  ),
  bad(
    "CWE-331",
    "batch32: four-digit password-reset PIN",
    src`
import secrets
import string


def reset_pin():
    """Generate the PIN texted to a user who forgot their password."""
    return "".join(secrets.choice(string.digits) for _ in range(4))
`,
  ),
  good(
    "CWE-331",
    "batch32: eight-character alphanumeric reset code",
    src`
import secrets
import string


def reset_pin():
    """Generate the code texted to a user who forgot their password."""
    alphabet = string.ascii_uppercase + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(8))
`,
  ),
  bad(
    "CWE-759",
    "batch32: unsalted MD5 of the password stored at sign-up",
    src`
import hashlib


def store_user(db, username, password):
    """Save a new user with a hashed password."""
    pw_hash = hashlib.md5(password.encode()).hexdigest()
    db.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (username, pw_hash))
`,
  ),
  good(
    "CWE-759",
    "batch32: bcrypt hash of the password stored at sign-up",
    src`
import bcrypt


def store_user(db, username, password):
    """Save a new user with a hashed password."""
    pw_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()
    db.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (username, pw_hash))
`,
  ),
  bad(
    "CWE-760",
    "batch32: password hashed with a module-level constant salt",
    src`
import hashlib

SALT = "c0ffee-salt"


def hash_password(password):
    """Hash a password for the users table."""
    return hashlib.sha256((SALT + password).encode()).hexdigest()
`,
  ),
  good(
    "CWE-760",
    "batch32: password hashed with argon2 (random salt per hash)",
    src`
from argon2 import PasswordHasher

_ph = PasswordHasher()


def hash_password(password):
    """Hash a password for the users table."""
    return _ph.hash(password)
`,
  ),
  // ---------------- CWE-347 ----------------
  bad(
    "CWE-347",
    "batch32: JWT verified with the algorithm named in its own header",
    src`
import jwt

KEYS = {"k1": open("/etc/app/jwt-public.pem").read()}


def verify(token):
    """Verify a bearer token and return its claims."""
    header = jwt.get_unverified_header(token)
    key = KEYS[header["kid"]]
    return jwt.decode(token, key, algorithms=[header["alg"]])
`,
  ),
  good(
    "CWE-347",
    "batch32: JWT verified with the one algorithm the service issues",
    src`
import jwt

KEYS = {"k1": open("/etc/app/jwt-public.pem").read()}


def verify(token):
    """Verify a bearer token and return its claims."""
    header = jwt.get_unverified_header(token)
    key = KEYS[header["kid"]]
    return jwt.decode(token, key, algorithms=["RS256"])
`,
  ),
  // ---------------- CWE-595 ----------------
  bad(
    "CWE-595",
    "batch32: API key header compared with `is`",
    src`
import os
from flask import Flask, request, abort

app = Flask(__name__)
API_KEY = os.environ["API_KEY"]


@app.before_request
def check_key():
    """Reject requests without the right API key."""
    if not (request.headers.get("X-Api-Key") is API_KEY):
        abort(401)
`,
  ),
  good(
    "CWE-595",
    "batch32: API key header compared with hmac.compare_digest",
    src`
import hmac
import os
from flask import Flask, request, abort

app = Flask(__name__)
API_KEY = os.environ["API_KEY"]


@app.before_request
def check_key():
    """Reject requests without the right API key."""
    if not hmac.compare_digest(request.headers.get("X-Api-Key", ""), API_KEY):
        abort(401)
`,
  ),
  // ---------------- CWE-400 / CWE-770 ----------------
  bad(
    "CWE-400",
    "batch32: socket reader accumulates until the peer closes, with no size limit",
    src`
import socket


def read_request(conn: socket.socket) -> bytes:
    """Read a whole request from a client connection."""
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
    "CWE-400",
    "batch32: socket reader stops at a size limit",
    src`
import socket

MAX_REQUEST = 1 << 20


def read_request(conn: socket.socket) -> bytes:
    """Read a whole request from a client connection."""
    data = b""
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
        if len(data) > MAX_REQUEST:
            raise ValueError("request too large")
    return data
`,
  ),
  bad(
    "CWE-770",
    "batch32: list endpoint passes the client's limit straight to the query",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/items")
def items():
    """List items, limit per page."""
    limit = int(request.args.get("limit", 20))
    rows = Item.query.order_by(Item.id).limit(limit).all()
    return jsonify([r.to_dict() for r in rows])
`,
  ),
  good(
    "CWE-770",
    "batch32: list endpoint caps the page size",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/items")
def items():
    """List items, limit per page (at most 100)."""
    limit = min(max(int(request.args.get("limit", 20)), 1), 100)
    rows = Item.query.order_by(Item.id).limit(limit).all()
    return jsonify([r.to_dict() for r in rows])
`,
  ),
  // ---------------- CWE-703 ----------------
  bad(
    "CWE-703",
    "batch32: token revocation swallows every error (the token stays valid)",
    src`
import redis

r = redis.Redis()


def revoke_token(jti):
    """Revoke a token by adding its id to the deny list."""
    try:
        r.setex(f"revoked:{jti}", 3600, 1)
    except Exception:
        pass
`,
  ),
  good(
    "CWE-703",
    "batch32: token revocation logs and re-raises on error",
    src`
import logging
import redis

r = redis.Redis()
log = logging.getLogger(__name__)


def revoke_token(jti):
    """Revoke a token by adding its id to the deny list."""
    try:
        r.setex(f"revoked:{jti}", 3600, 1)
    except redis.RedisError:
        log.exception("could not revoke %s", jti)
        raise
`,
  ),
  // ---------------- CWE-20 / CWE-193 / CWE-835 ----------------
  bad(
    "CWE-20",
    "batch32: username validated with re.match and no end anchor",
    src`
import re


def valid_username(name):
    """Usernames are 3-16 lowercase letters or digits."""
    return re.match(r"[a-z0-9]{3,16}", name) is not None
`,
  ),
  good(
    "CWE-20",
    "batch32: username validated with re.fullmatch",
    src`
import re


def valid_username(name):
    """Usernames are 3-16 lowercase letters or digits."""
    return re.fullmatch(r"[a-z0-9]{3,16}", name) is not None
`,
  ),
  bad(
    "CWE-193",
    "batch32: moving average loops one window too many (range(len - window + 2)): the last, short window is averaged as a full one",
    src`
def moving_average(values, window):
    """Return the averages of each run of window consecutive values."""
    out = []
    for i in range(len(values) - window + 2):
        chunk = values[i : i + window]
        out.append(sum(chunk) / window)
    return out
`,
  ),
  good(
    "CWE-193",
    "batch32: moving average over exactly the complete windows",
    src`
def moving_average(values, window):
    """Return the averages of each run of window consecutive values."""
    out = []
    for i in range(len(values) - window + 1):
        chunk = values[i : i + window]
        out.append(sum(chunk) / window)
    return out
`,
  ),
  bad(
    "CWE-835",
    "batch32: de-duplicating loop continues before advancing its index",
    src`
def first_unique(items, seen):
    """Return the items not already in seen, in order."""
    out = []
    i = 0
    while i < len(items):
        if items[i] in seen:
            continue
        out.append(items[i])
        i += 1
    return out
`,
  ),
  good(
    "CWE-835",
    "batch32: de-duplicating loop over a for statement",
    src`
def first_unique(items, seen):
    """Return the items not already in seen, in order."""
    out = []
    for item in items:
        if item in seen:
            continue
        out.append(item)
    return out
`,
  ),
  // ---------------- CWE-841 ----------------
  bad(
    "CWE-841",
    "batch32: order confirmation ships the order without checking it was paid",
    src`
from flask import Flask, session, abort

app = Flask(__name__)


@app.route("/checkout/confirm", methods=["POST"])
def confirm():
    """Final checkout step: mark the order as placed and ship it."""
    order = Order.query.get(session.get("order_id"))
    if order is None:
        abort(404)
    order.status = "placed"
    db.session.commit()
    ship(order)
    return {"status": order.status}
`,
  ),
  good(
    "CWE-841",
    "batch32: order confirmation requires the payment step to have completed",
    src`
from flask import Flask, session, abort

app = Flask(__name__)


@app.route("/checkout/confirm", methods=["POST"])
def confirm():
    """Final checkout step: mark the order as placed and ship it."""
    order = Order.query.get(session.get("order_id"))
    if order is None:
        abort(404)
    if order.status != "paid":
        abort(409)
    order.status = "placed"
    db.session.commit()
    ship(order)
    return {"status": order.status}
`,
  ),
  // ---------------- CWE-601 / CWE-918 / CWE-643 / CWE-943 ----------------
  bad(
    "CWE-601",
    "batch32: Django view redirects to the next parameter as given",
    src`
from django.contrib.auth import login
from django.http import HttpResponseRedirect


def finish_login(request, user):
    """Log the user in and continue to where they were going."""
    login(request, user)
    return HttpResponseRedirect(request.GET.get("next", "/"))
`,
  ),
  good(
    "CWE-601",
    "batch32: Django view checks next with url_has_allowed_host_and_scheme",
    src`
from django.contrib.auth import login
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def finish_login(request, user):
    """Log the user in and continue to where they were going."""
    login(request, user)
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=True):
        nxt = "/"
    return HttpResponseRedirect(nxt)
`,
  ),
  bad(
    "CWE-918",
    "batch32: webhook test sends a POST to the URL in the JSON body",
    src`
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/webhooks/test", methods=["POST"])
def test_webhook():
    """Send a test event to the user's webhook URL."""
    url = request.get_json()["url"]
    r = requests.post(url, json={"event": "test"}, timeout=5)
    return {"status": r.status_code}
`,
  ),
  good(
    "CWE-918",
    "batch32: webhook test only posts to https URLs on the partner domain",
    src`
from urllib.parse import urlparse

import requests
from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/webhooks/test", methods=["POST"])
def test_webhook():
    """Send a test event to the user's webhook URL."""
    url = request.get_json()["url"]
    parts = urlparse(url)
    if parts.scheme != "https" or not (parts.hostname or "").endswith(".partners.example.com"):
        abort(400)
    r = requests.post(url, json={"event": "test"}, timeout=5, allow_redirects=False)
    return {"status": r.status_code}
`,
  ),
  bad(
    "CWE-643",
    "batch32: lxml xpath built with an f-string from the title parameter",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
CATALOG = etree.parse("/srv/app/catalog.xml")


@app.route("/book")
def book():
    """Look up a book's price by title."""
    title = request.args.get("title", "")
    prices = CATALOG.xpath(f"//book[title='{title}']/price/text()")
    return {"prices": [str(p) for p in prices]}
`,
  ),
  good(
    "CWE-643",
    "batch32: lxml xpath with the title bound as a variable",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
CATALOG = etree.parse("/srv/app/catalog.xml")


@app.route("/book")
def book():
    """Look up a book's price by title."""
    title = request.args.get("title", "")
    prices = CATALOG.xpath("//book[title=$t]/price/text()", t=title)
    return {"prices": [str(p) for p in prices]}
`,
  ),
  bad(
    "CWE-943",
    "batch32: pymongo $where clause built from the query string",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
products = MongoClient()["shop"]["products"]


@app.route("/cheap")
def cheap():
    """List products cheaper than the given price."""
    max_price = request.args.get("max", "10")
    docs = products.find({"$where": "this.price < " + max_price})
    return {"names": [d["name"] for d in docs]}
`,
  ),
  good(
    "CWE-943",
    "batch32: pymongo $lt on a float parsed from the query string",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
products = MongoClient()["shop"]["products"]


@app.route("/cheap")
def cheap():
    """List products cheaper than the given price."""
    max_price = float(request.args.get("max", "10"))
    docs = products.find({"price": {"$lt": max_price}})
    return {"names": [d["name"] for d in docs]}
`,
  ),
  // ---------------- CWE-434 / CWE-732 / CWE-377 ----------------
  bad(
    "CWE-434",
    "batch32: Django upload saved under the client's file name with any extension",
    src`
from django.core.files.storage import default_storage
from django.http import JsonResponse


def upload_avatar(request):
    """Store an uploaded avatar image."""
    f = request.FILES["avatar"]
    path = default_storage.save("avatars/" + f.name, f)
    return JsonResponse({"url": default_storage.url(path)})
`,
  ),
  good(
    "CWE-434",
    "batch32: Django upload checks the extension and stores under a generated name",
    src`
import os
import uuid

from django.core.files.storage import default_storage
from django.http import JsonResponse, HttpResponseBadRequest

ALLOWED = {".png", ".jpg", ".jpeg", ".gif"}


def upload_avatar(request):
    """Store an uploaded avatar image."""
    f = request.FILES["avatar"]
    ext = os.path.splitext(f.name)[1].lower()
    if ext not in ALLOWED:
        return HttpResponseBadRequest("images only")
    path = default_storage.save(f"avatars/{uuid.uuid4().hex}{ext}", f)
    return JsonResponse({"url": default_storage.url(path)})
`,
  ),
  bad(
    "CWE-732",
    "batch32: secrets file created with os.open mode 0o666",
    src`
import json
import os


def save_api_keys(path, keys):
    """Write the API keys file used by the sync job."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    with os.fdopen(fd, "w") as fh:
        json.dump(keys, fh)
`,
  ),
  good(
    "CWE-732",
    "batch32: secrets file created with os.open mode 0o600",
    src`
import json
import os


def save_api_keys(path, keys):
    """Write the API keys file used by the sync job."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(keys, fh)
`,
  ),
  bad(
    "CWE-377",
    "batch32: export written to /tmp under a name made from the process id",
    src`
import csv
import os


def export_rows(rows):
    """Write rows to a temporary CSV and return its path."""
    path = f"/tmp/export-{os.getpid()}.csv"
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path
`,
  ),
  good(
    "CWE-377",
    "batch32: export written to a NamedTemporaryFile",
    src`
import csv
import tempfile


def export_rows(rows):
    """Write rows to a temporary CSV and return its path."""
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False) as fh:
        csv.writer(fh).writerows(rows)
        return fh.name
`,
  ),
  // ---------------- CWE-798 / CWE-477 / CWE-521 / CWE-1004 / CWE-1333 ----------------
  bad(
    "CWE-798",
    "batch32: boto3 client with an access key pair written in the source",
    src`
import boto3


def s3_client():
    """Return an S3 client for the backups bucket."""
    return boto3.client(
        "s3",
        aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        region_name="eu-west-1",
    )
`,
  ),
  good(
    "CWE-798",
    "batch32: boto3 client from the default credential chain",
    src`
import boto3


def s3_client():
    """Return an S3 client for the backups bucket."""
    return boto3.client("s3", region_name="eu-west-1")
`,
  ),
  bad(
    "CWE-477",
    "batch32: password hashed with the crypt module (removed in Python 3.13)",
    src`
import crypt


def hash_password(password):
    """Hash a password in /etc/shadow format."""
    return crypt.crypt(password, crypt.mksalt(crypt.METHOD_SHA512))
`,
  ),
  good(
    "CWE-477",
    "batch32: password hashed with passlib's sha512_crypt",
    src`
from passlib.hash import sha512_crypt


def hash_password(password):
    """Hash a password in /etc/shadow format."""
    return sha512_crypt.using(rounds=656000).hash(password)
`,
  ),
  bad(
    "CWE-521",
    "batch32: sign-up only requires six characters",
    src`
from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    """Create an account."""
    password = request.form["password"]
    if len(password) < 6:
        abort(400, "password must have at least 6 characters")
    create_user(request.form["email"], password)
    return {"ok": True}
`,
  ),
  good(
    "CWE-521",
    "batch32: sign-up requires twelve characters and checks zxcvbn strength",
    src`
from flask import Flask, request, abort
from zxcvbn import zxcvbn

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    """Create an account."""
    password = request.form["password"]
    if len(password) < 12 or zxcvbn(password)["score"] < 3:
        abort(400, "password is too weak")
    create_user(request.form["email"], password)
    return {"ok": True}
`,
  ),
  bad(
    "CWE-1004",
    "batch32: session cookie set with httponly=False",
    src`
from flask import Flask, make_response

app = Flask(__name__)


@app.route("/start")
def start():
    """Start an anonymous session."""
    resp = make_response("ok")
    resp.set_cookie("session_id", new_session_id(), secure=True, httponly=False, samesite="Lax")
    return resp
`,
  ),
  good(
    "CWE-1004",
    "batch32: session cookie set with httponly=True",
    src`
from flask import Flask, make_response

app = Flask(__name__)


@app.route("/start")
def start():
    """Start an anonymous session."""
    resp = make_response("ok")
    resp.set_cookie("session_id", new_session_id(), secure=True, httponly=True, samesite="Lax")
    return resp
`,
  ),
  bad(
    "CWE-1333",
    "batch32: e-mail validation regex with a nested quantifier",
    src`
import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)+@[a-zA-Z0-9-]+\.[a-zA-Z]{2,}$")


def is_email(value):
    """Return True when value looks like an e-mail address."""
    return EMAIL.match(value) is not None
`,
  ),
  good(
    "CWE-1333",
    "batch32: e-mail validation regex without nested quantifiers",
    src`
import re

EMAIL = re.compile(r"^[a-zA-Z0-9]+(?:\.[a-zA-Z0-9]+)*@[a-zA-Z0-9-]+\.[a-zA-Z]{2,}$")


def is_email(value):
    """Return True when value looks like an e-mail address."""
    return len(value) <= 254 and EMAIL.match(value) is not None
`,
  ),
];
