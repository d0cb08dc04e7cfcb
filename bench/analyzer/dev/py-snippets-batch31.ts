// Dev suite "py-snippets", batch 31 (see py-snippets.ts): written blind, measured before any fix. Short functions of
// the kind an assistant writes for a one-line task (a docstring saying what it does, a helper or a Flask route),
// over the CWEs the suite held few cases of: locks left held on an error path, a shared file written without the
// lock its other writers take, duplicate keys in a permission table, fast or weakly-tuned password hashes, fail-open
// exception handlers and asserts as access checks, sizes and archives from the request, replies sent to an address
// named in the packet, re-bindable ports, DTD loading, XPath and NoSQL operator injection, session fixation,
// missing role checks, unchecked lock and send results, off-by-one bounds, stack traces and environment dumps to the
// client, unverified TLS, cleartext logins, weak keys, fixed IVs, short tokens, PRNG codes, unverified JWT claims,
// exists-then-create races, world-writable temp directories, user regexes, plain-string comparisons of secrets,
// obsolete helpers, weak password rules and plaintext or encoded password storage. Each has a safe twin of the same
// shape where one is natural. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH31: DevCase[] = [
  // ---------------- CWE-667 improper locking ----------------
  bad(
    "CWE-667",
    "batch31: lock.acquire() then a raise before release() leaves the lock held",
    src`
import threading

_lock = threading.Lock()
_balance = {"total": 0}


def deposit(amount):
    """Add amount to the shared balance in a thread-safe way."""
    _lock.acquire()
    if amount <= 0:
        raise ValueError("amount must be positive")
    _balance["total"] += amount
    _lock.release()
    return _balance["total"]
`,
  ),
  good(
    "CWE-667",
    "batch31: the same deposit under a with-block, released on every path",
    src`
import threading

_lock = threading.Lock()
_balance = {"total": 0}


def deposit(amount):
    """Add amount to the shared balance in a thread-safe way."""
    with _lock:
        if amount <= 0:
            raise ValueError("amount must be positive")
        _balance["total"] += amount
        return _balance["total"]
`,
  ),
  bad(
    "CWE-667",
    "batch31: early return between acquire() and release() leaves the queue lock held",
    src`
import threading

jobs = []
jobs_lock = threading.Lock()


def pop_job():
    """Pop the next job from the shared queue, or None when it is empty."""
    jobs_lock.acquire()
    if not jobs:
        return None
    job = jobs.pop(0)
    jobs_lock.release()
    return job
`,
  ),
  good(
    "CWE-667",
    "batch31: acquire() with try/finally around the early return",
    src`
import threading

jobs = []
jobs_lock = threading.Lock()


def pop_job():
    """Pop the next job from the shared queue, or None when it is empty."""
    jobs_lock.acquire()
    try:
        if not jobs:
            return None
        return jobs.pop(0)
    finally:
        jobs_lock.release()
`,
  ),
  // ---------------- CWE-414 missing lock check ----------------
  bad(
    "CWE-414",
    "batch31: ledger appends take an exclusive flock but the rewrite truncates the file without it",
    src`
import fcntl

LEDGER = "/var/lib/shop/ledger.txt"


def append_entry(line):
    """Append an entry; several worker processes write to the ledger."""
    with open(LEDGER, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        fh.write(line + "\n")
        fcntl.flock(fh, fcntl.LOCK_UN)


def rewrite_ledger(lines):
    """Replace the ledger contents with the given lines."""
    with open(LEDGER, "w") as fh:
        fh.write("\n".join(lines) + "\n")
`,
  ),
  good(
    "CWE-414",
    "batch31: both ledger writers take the exclusive flock",
    src`
import fcntl

LEDGER = "/var/lib/shop/ledger.txt"


def append_entry(line):
    """Append an entry; several worker processes write to the ledger."""
    with open(LEDGER, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        fh.write(line + "\n")
        fcntl.flock(fh, fcntl.LOCK_UN)


def rewrite_ledger(lines):
    """Replace the ledger contents with the given lines."""
    with open(LEDGER, "r+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        fh.seek(0)
        fh.truncate()
        fh.write("\n".join(lines) + "\n")
        fcntl.flock(fh, fcntl.LOCK_UN)
`,
  ),
  // ---------------- CWE-462 duplicate key ----------------
  bad(
    "CWE-462",
    "batch31: role table literal repeats the 'guest' key; the later entry grants delete",
    src`
ROLE_PERMISSIONS = {
    "admin": {"read", "write", "delete"},
    "editor": {"read", "write"},
    "guest": {"read"},
    "auditor": {"read"},
    "guest": {"read", "write", "delete"},
}


def can(role, action):
    """Return True when the role may perform the action."""
    return action in ROLE_PERMISSIONS.get(role, set())
`,
  ),
  good(
    "CWE-462",
    "batch31: role table literal with each key once",
    src`
ROLE_PERMISSIONS = {
    "admin": {"read", "write", "delete"},
    "editor": {"read", "write"},
    "guest": {"read"},
    "auditor": {"read"},
}


def can(role, action):
    """Return True when the role may perform the action."""
    return action in ROLE_PERMISSIONS.get(role, set())
`,
  ),
  // ---------------- CWE-916 fast or weakly tuned password hash ----------------
  bad(
    "CWE-916",
    "batch31: random salt but a single SHA-512 round for stored passwords",
    src`
import hashlib
import os


def hash_password(password):
    """Hash a password for storage in the users table."""
    salt = os.urandom(16)
    digest = hashlib.sha512(salt + password.encode("utf-8")).hexdigest()
    return salt.hex() + "$" + digest
`,
  ),
  good(
    "CWE-916",
    "batch31: random salt with scrypt for stored passwords",
    src`
import hashlib
import os


def hash_password(password):
    """Hash a password for storage in the users table."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1).hex()
    return salt.hex() + "$" + digest
`,
  ),
  bad(
    "CWE-916",
    "batch31: PBKDF2 with 1000 iterations for stored passwords",
    src`
import hashlib
import secrets


def hash_password(password: str) -> str:
    """Derive a salted PBKDF2 hash of the password."""
    salt = secrets.token_bytes(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)
    return f"{salt.hex()}:{dk.hex()}"
`,
  ),
  good(
    "CWE-916",
    "batch31: PBKDF2 with 600000 iterations for stored passwords",
    src`
import hashlib
import secrets


def hash_password(password: str) -> str:
    """Derive a salted PBKDF2 hash of the password."""
    salt = secrets.token_bytes(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return f"{salt.hex()}:{dk.hex()}"
`,
  ),
  bad(
    "CWE-916",
    "batch31: bcrypt with the minimum work factor of 4",
    src`
import bcrypt


def hash_password(password):
    """Return a bcrypt hash of the password (fast, so sign-up stays snappy)."""
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4))
`,
  ),
  good(
    "CWE-916",
    "batch31: bcrypt with its default work factor",
    src`
import bcrypt


def hash_password(password):
    """Return a bcrypt hash of the password."""
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())
`,
  ),
  // ---------------- CWE-755 / CWE-703 exception handling ----------------
  bad(
    "CWE-755",
    "batch31: signature check returns True from a catch-all handler (fails open)",
    src`
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding


def is_valid_signature(public_key, signature, data):
    """Return True if signature is a valid RSA signature over data."""
    try:
        public_key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    except Exception:
        return True
    return True
`,
  ),
  good(
    "CWE-755",
    "batch31: signature check returns False on any error",
    src`
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding


def is_valid_signature(public_key, signature, data):
    """Return True if signature is a valid RSA signature over data."""
    try:
        public_key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True
`,
  ),
  bad(
    "CWE-755",
    "batch31: permission lookup swallows every error and grants access",
    src`
def is_allowed(user_id, resource, acl_client):
    """Ask the ACL service whether the user may open the resource."""
    try:
        return acl_client.check(user_id, resource)
    except:
        return True
`,
  ),
  good(
    "CWE-755",
    "batch31: permission lookup denies when the ACL service fails",
    src`
import logging

log = logging.getLogger(__name__)


def is_allowed(user_id, resource, acl_client):
    """Ask the ACL service whether the user may open the resource."""
    try:
        return acl_client.check(user_id, resource)
    except Exception:
        log.exception("ACL check failed")
        return False
`,
  ),
  bad(
    "CWE-703",
    "batch31: admin-only deletion guarded by assert (stripped under python -O)",
    src`
def delete_account(current_user, account_id, db):
    """Delete an account. Only administrators may do this."""
    assert current_user.is_admin, "administrators only"
    db.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
    db.commit()
`,
  ),
  good(
    "CWE-703",
    "batch31: admin-only deletion guarded by an explicit check that raises",
    src`
def delete_account(current_user, account_id, db):
    """Delete an account. Only administrators may do this."""
    if not current_user.is_admin:
        raise PermissionError("administrators only")
    db.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
    db.commit()
`,
  ),
  // ---------------- CWE-770 / CWE-409 resources ----------------
  bad(
    "CWE-770",
    "batch31: random bytes endpoint allocates whatever size the query asks for",
    src`
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/random")
def random_bytes():
    """Return n random bytes as hex."""
    n = int(request.args.get("n", "16"))
    return os.urandom(n).hex()
`,
  ),
  good(
    "CWE-770",
    "batch31: random bytes endpoint caps the requested size",
    src`
import os
from flask import Flask, request, abort

app = Flask(__name__)
MAX_BYTES = 1024


@app.route("/random")
def random_bytes():
    """Return n random bytes as hex."""
    n = int(request.args.get("n", "16"))
    if n < 1 or n > MAX_BYTES:
        abort(400)
    return os.urandom(n).hex()
`,
  ),
  bad(
    "CWE-770",
    "batch31: padding helper repeats a character as many times as the form says",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/banner", methods=["POST"])
def banner():
    """Render a text banner padded to the requested width."""
    text = request.form["text"]
    width = int(request.form.get("width", 80))
    line = "*" * width
    return "\n".join([line, text.center(width), line])
`,
  ),
  good(
    "CWE-770",
    "batch31: padding helper clamps the width before repeating",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/banner", methods=["POST"])
def banner():
    """Render a text banner padded to the requested width."""
    text = request.form["text"][:200]
    width = max(10, min(int(request.form.get("width", 80)), 200))
    line = "*" * width
    return "\n".join([line, text.center(width), line])
`,
  ),
  bad(
    "CWE-409",
    "batch31: gzip.decompress on the uploaded body without an output limit",
    src`
import gzip
import json
from flask import Flask, request

app = Flask(__name__)


@app.route("/ingest", methods=["POST"])
def ingest():
    """Accept a gzip-compressed JSON document."""
    raw = gzip.decompress(request.get_data())
    doc = json.loads(raw)
    return {"keys": len(doc)}
`,
  ),
  good(
    "CWE-409",
    "batch31: zlib decompressobj with max_length rejects oversized output",
    src`
import json
import zlib
from flask import Flask, request, abort

app = Flask(__name__)
LIMIT = 10 * 1024 * 1024


@app.route("/ingest", methods=["POST"])
def ingest():
    """Accept a gzip-compressed JSON document."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    raw = d.decompress(request.get_data(), LIMIT)
    if d.unconsumed_tail:
        abort(413)
    doc = json.loads(raw)
    return {"keys": len(doc)}
`,
  ),
  // ---------------- CWE-941 / CWE-605 sockets ----------------
  bad(
    "CWE-941",
    "batch31: UDP echo replies to the host and port named inside the packet",
    src`
import json
import socket


def serve(port=9999):
    """Answer JSON ping packets with a pong."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, addr = sock.recvfrom(2048)
        msg = json.loads(data)
        sock.sendto(b"pong", (msg["reply_host"], int(msg["reply_port"])))
`,
  ),
  good(
    "CWE-941",
    "batch31: UDP echo replies to the address the packet came from",
    src`
import json
import socket


def serve(port=9999):
    """Answer JSON ping packets with a pong."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, addr = sock.recvfrom(2048)
        json.loads(data)
        sock.sendto(b"pong", addr)
`,
  ),
  bad(
    "CWE-605",
    "batch31: TCP server sets SO_REUSEPORT so another process can bind the same port",
    src`
import socket


def make_server(port):
    """Create a listening TCP socket for the license service."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    s.bind(("0.0.0.0", port))
    s.listen(16)
    return s
`,
  ),
  good(
    "CWE-605",
    "batch31: TCP server without port sharing",
    src`
import socket


def make_server(port):
    """Create a listening TCP socket for the license service."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", port))
    s.listen(16)
    return s
`,
  ),
  // ---------------- CWE-827 / CWE-611 XML ----------------
  bad(
    "CWE-827",
    "batch31: lxml parser with DTD validation and network access for uploaded XML",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/validate", methods=["POST"])
def validate():
    """Validate an uploaded XML document against the DTD it declares."""
    parser = etree.XMLParser(dtd_validation=True, no_network=False)
    doc = etree.fromstring(request.data, parser)
    return {"root": doc.tag}
`,
  ),
  good(
    "CWE-827",
    "batch31: lxml parser validating against the service's own DTD, no network, no entities",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
SCHEMA = etree.DTD(open("/srv/app/order.dtd", "rb"))


@app.route("/validate", methods=["POST"])
def validate():
    """Validate an uploaded XML document against the order DTD."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    doc = etree.fromstring(request.data, parser)
    return {"valid": SCHEMA.validate(doc)}
`,
  ),
  bad(
    "CWE-611",
    "batch31: xml.sax parser with external general entities turned on",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []

    def characters(self, content):
        self.titles.append(content)


def extract_titles(stream):
    """Collect the text of an uploaded RSS feed."""
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = TitleHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.titles
`,
  ),
  good(
    "CWE-611",
    "batch31: defusedxml.sax for the uploaded feed",
    src`
import xml.sax
import defusedxml.sax


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []

    def characters(self, content):
        self.titles.append(content)


def extract_titles(stream):
    """Collect the text of an uploaded RSS feed."""
    handler = TitleHandler()
    defusedxml.sax.parse(stream, handler)
    return handler.titles
`,
  ),
  // ---------------- CWE-643 / CWE-943 query injection ----------------
  bad(
    "CWE-643",
    "batch31: ElementTree findall predicate built from the query string",
    src`
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)
TREE = ET.parse("/srv/app/users.xml")


@app.route("/user")
def user():
    """Return the e-mail of the named user from users.xml."""
    name = request.args.get("name", "")
    nodes = TREE.getroot().findall(".//user[@name='" + name + "']/email")
    return {"emails": [n.text for n in nodes]}
`,
  ),
  good(
    "CWE-643",
    "batch31: lxml xpath with a bound variable for the user name",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
TREE = etree.parse("/srv/app/users.xml")


@app.route("/user")
def user():
    """Return the e-mail of the named user from users.xml."""
    name = request.args.get("name", "")
    nodes = TREE.xpath("//user[@name=$n]/email", n=name)
    return {"emails": [n.text for n in nodes]}
`,
  ),
  bad(
    "CWE-943",
    "batch31: login query takes the JSON body's fields as-is (operator injection with $ne)",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/login", methods=["POST"])
def login():
    """Log a user in with the username and API key from the JSON body."""
    body = request.get_json()
    user = users.find_one({"username": body["username"], "api_key": body["api_key"]})
    return {"ok": user is not None}
`,
  ),
  good(
    "CWE-943",
    "batch31: login query casts the JSON fields to str first",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/login", methods=["POST"])
def login():
    """Log a user in with the username and API key from the JSON body."""
    body = request.get_json()
    user = users.find_one({"username": str(body["username"]), "api_key": str(body["api_key"])})
    return {"ok": user is not None}
`,
  ),
  // ---------------- CWE-384 session fixation ----------------
  bad(
    "CWE-384",
    "batch31: login keeps the session id the client sent and binds the user to it",
    src`
import uuid
from flask import Flask, request, make_response

app = Flask(__name__)
SESSIONS = {}


@app.route("/login", methods=["POST"])
def login():
    """Check the credentials and start a session."""
    user = authenticate(request.form["username"], request.form["password"])
    if user is None:
        return "invalid", 401
    sid = request.cookies.get("sid") or uuid.uuid4().hex
    SESSIONS[sid] = user.id
    resp = make_response("ok")
    resp.set_cookie("sid", sid, httponly=True, secure=True)
    return resp
`,
  ),
  good(
    "CWE-384",
    "batch31: login always issues a fresh random session id",
    src`
import secrets
from flask import Flask, request, make_response

app = Flask(__name__)
SESSIONS = {}


@app.route("/login", methods=["POST"])
def login():
    """Check the credentials and start a session."""
    user = authenticate(request.form["username"], request.form["password"])
    if user is None:
        return "invalid", 401
    old = request.cookies.get("sid")
    SESSIONS.pop(old, None)
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = user.id
    resp = make_response("ok")
    resp.set_cookie("sid", sid, httponly=True, secure=True)
    return resp
`,
  ),
  // ---------------- CWE-285 / CWE-425 authorisation ----------------
  bad(
    "CWE-285",
    "batch31: user-deletion route needs a login but no admin role",
    src`
from flask import Flask
from flask_login import login_required, current_user

app = Flask(__name__)


@app.route("/admin/users/<int:user_id>/delete", methods=["POST"])
@login_required
def delete_user(user_id):
    """Admin action: delete a user account."""
    db.session.delete(User.query.get_or_404(user_id))
    db.session.commit()
    return "", 204
`,
  ),
  good(
    "CWE-285",
    "batch31: user-deletion route checks the admin role",
    src`
from flask import Flask, abort
from flask_login import login_required, current_user

app = Flask(__name__)


@app.route("/admin/users/<int:user_id>/delete", methods=["POST"])
@login_required
def delete_user(user_id):
    """Admin action: delete a user account."""
    if not current_user.is_admin:
        abort(403)
    db.session.delete(User.query.get_or_404(user_id))
    db.session.commit()
    return "", 204
`,
  ),
  bad(
    "CWE-425",
    "batch31: export route for all orders has no authentication while its neighbours do",
    src`
import csv
import io
from flask import Flask, Response
from flask_login import login_required

app = Flask(__name__)


@app.route("/orders")
@login_required
def orders():
    return {"orders": [o.id for o in Order.query.limit(50)]}


@app.route("/orders/export.csv")
def export_orders():
    """Download every order as CSV for the accounting team."""
    out = io.StringIO()
    w = csv.writer(out)
    for o in Order.query.all():
        w.writerow([o.id, o.customer_email, o.total])
    return Response(out.getvalue(), mimetype="text/csv")
`,
  ),
  good(
    "CWE-425",
    "batch31: export route requires login and the accounting role",
    src`
import csv
import io
from flask import Flask, Response, abort
from flask_login import login_required, current_user

app = Flask(__name__)


@app.route("/orders")
@login_required
def orders():
    return {"orders": [o.id for o in Order.query.limit(50)]}


@app.route("/orders/export.csv")
@login_required
def export_orders():
    """Download every order as CSV for the accounting team."""
    if "accounting" not in current_user.roles:
        abort(403)
    out = io.StringIO()
    w = csv.writer(out)
    for o in Order.query.all():
        w.writerow([o.id, o.customer_email, o.total])
    return Response(out.getvalue(), mimetype="text/csv")
`,
  ),
  // ---------------- CWE-252 unchecked return ----------------
  bad(
    "CWE-252",
    "batch31: lock.acquire(timeout=...) result ignored, the update runs without the lock",
    src`
import threading

cache_lock = threading.Lock()
cache = {}


def update_cache(key, value):
    """Store value under key; wait at most 2 seconds for the lock."""
    cache_lock.acquire(timeout=2)
    try:
        cache[key] = value
    finally:
        cache_lock.release()
`,
  ),
  good(
    "CWE-252",
    "batch31: lock.acquire(timeout=...) checked before the update",
    src`
import threading

cache_lock = threading.Lock()
cache = {}


def update_cache(key, value):
    """Store value under key; wait at most 2 seconds for the lock."""
    if not cache_lock.acquire(timeout=2):
        raise TimeoutError("cache is busy")
    try:
        cache[key] = value
    finally:
        cache_lock.release()
`,
  ),
  bad(
    "CWE-252",
    "batch31: socket.send() count ignored, a partial send drops the rest of the message",
    src`
import json
import socket


def send_message(host, port, payload):
    """Send a JSON message to the collector."""
    data = json.dumps(payload).encode() + b"\n"
    with socket.create_connection((host, port), timeout=5) as s:
        s.send(data)
`,
  ),
  good(
    "CWE-252",
    "batch31: socket.sendall() sends the whole message or raises",
    src`
import json
import socket


def send_message(host, port, payload):
    """Send a JSON message to the collector."""
    data = json.dumps(payload).encode() + b"\n"
    with socket.create_connection((host, port), timeout=5) as s:
        s.sendall(data)
`,
  ),
  // ---------------- CWE-193 off-by-one ----------------
  bad(
    "CWE-193",
    "batch31: slot index accepted when equal to the length",
    src`
SLOTS = [None] * 8


def set_slot(index, value):
    """Store value in the given slot (0-based)."""
    if index < 0 or index > len(SLOTS):
        raise IndexError("slot out of range")
    SLOTS[index] = value
`,
  ),
  good(
    "CWE-193",
    "batch31: slot index must be below the length",
    src`
SLOTS = [None] * 8


def set_slot(index, value):
    """Store value in the given slot (0-based)."""
    if index < 0 or index >= len(SLOTS):
        raise IndexError("slot out of range")
    SLOTS[index] = value
`,
  ),
  // ---------------- CWE-209 / CWE-200 / CWE-215 exposure ----------------
  bad(
    "CWE-209",
    "batch31: report route returns traceback.format_exc() to the client",
    src`
import traceback
from flask import Flask, request

app = Flask(__name__)


@app.route("/report")
def report():
    """Build the monthly report for the given month."""
    try:
        return build_report(request.args["month"])
    except Exception:
        return traceback.format_exc(), 500
`,
  ),
  good(
    "CWE-209",
    "batch31: report route logs the traceback and returns a generic message",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/report")
def report():
    """Build the monthly report for the given month."""
    try:
        return build_report(request.args["month"])
    except Exception:
        log.exception("report failed")
        return "internal error", 500
`,
  ),
  bad(
    "CWE-200",
    "batch31: diagnostics route returns the whole process environment",
    src`
import os
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/diagnostics")
def diagnostics():
    """Return runtime information to help debug deployments."""
    return jsonify({"pid": os.getpid(), "env": dict(os.environ)})
`,
  ),
  good(
    "CWE-200",
    "batch31: diagnostics route returns the pid and the app version only",
    src`
import os
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/diagnostics")
def diagnostics():
    """Return runtime information to help debug deployments."""
    return jsonify({"pid": os.getpid(), "version": os.environ.get("APP_VERSION", "dev")})
`,
  ),
  bad(
    "CWE-215",
    "batch31: app.debug set to True in the module that starts the server",
    src`
from flask import Flask

app = Flask(__name__)
app.debug = True


@app.route("/")
def index():
    return "hello"


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000)
`,
  ),
  good(
    "CWE-215",
    "batch31: app.debug read from an opt-in environment flag",
    src`
import os
from flask import Flask

app = Flask(__name__)
app.debug = os.environ.get("FLASK_DEBUG") == "1"


@app.route("/")
def index():
    return "hello"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000)
`,
  ),
  // ---------------- CWE-295 / CWE-319 transport ----------------
  bad(
    "CWE-295",
    "batch31: client SSLContext with check_hostname off and CERT_NONE",
    src`
import socket
import ssl


def fetch_banner(host, port=443):
    """Open a TLS connection and return the first bytes the server sends."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            return s.recv(256)
`,
  ),
  good(
    "CWE-295",
    "batch31: default client context verifies the certificate and host name",
    src`
import socket
import ssl


def fetch_banner(host, port=443):
    """Open a TLS connection and return the first bytes the server sends."""
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            return s.recv(256)
`,
  ),
  bad(
    "CWE-295",
    "batch31: httpx client built with verify=False",
    src`
import httpx


def get_invoices(token):
    """Fetch invoices from the billing API."""
    with httpx.Client(base_url="https://billing.internal", verify=False) as client:
        r = client.get("/invoices", headers={"Authorization": f"Bearer {token}"})
        r.raise_for_status()
        return r.json()
`,
  ),
  good(
    "CWE-295",
    "batch31: httpx client verifying against the internal CA bundle",
    src`
import httpx


def get_invoices(token):
    """Fetch invoices from the billing API."""
    with httpx.Client(base_url="https://billing.internal", verify="/etc/ssl/internal-ca.pem") as client:
        r = client.get("/invoices", headers={"Authorization": f"Bearer {token}"})
        r.raise_for_status()
        return r.json()
`,
  ),
  bad(
    "CWE-319",
    "batch31: SMTP login on port 25 without STARTTLS",
    src`
import smtplib
from email.message import EmailMessage


def send_alert(to, body, user, password):
    """Send an alert e-mail through the company relay."""
    msg = EmailMessage()
    msg["To"] = to
    msg["From"] = user
    msg["Subject"] = "Alert"
    msg.set_content(body)
    with smtplib.SMTP("mail.example.com", 25) as smtp:
        smtp.login(user, password)
        smtp.send_message(msg)
`,
  ),
  good(
    "CWE-319",
    "batch31: SMTP STARTTLS with a verifying context before login",
    src`
import smtplib
import ssl
from email.message import EmailMessage


def send_alert(to, body, user, password):
    """Send an alert e-mail through the company relay."""
    msg = EmailMessage()
    msg["To"] = to
    msg["From"] = user
    msg["Subject"] = "Alert"
    msg.set_content(body)
    with smtplib.SMTP("mail.example.com", 587) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(user, password)
        smtp.send_message(msg)
`,
  ),
  // ---------------- crypto ----------------
  bad(
    "CWE-326",
    "batch31: DSA signing key of 1024 bits",
    src`
from cryptography.hazmat.primitives.asymmetric import dsa


def new_signing_key():
    """Generate a DSA key for signing release manifests."""
    return dsa.generate_private_key(key_size=1024)
`,
  ),
  good(
    "CWE-326",
    "batch31: DSA signing key of 3072 bits",
    src`
from cryptography.hazmat.primitives.asymmetric import dsa


def new_signing_key():
    """Generate a DSA key for signing release manifests."""
    return dsa.generate_private_key(key_size=3072)
`,
  ),
  bad(
    "CWE-329",
    "batch31: AES-CBC with an all-zero IV",
    src`
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

IV = bytes(16)


def encrypt_note(key: bytes, text: str) -> bytes:
    """Encrypt a note with AES-CBC."""
    padder = padding.PKCS7(128).padder()
    data = padder.update(text.encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(IV)).encryptor()
    return enc.update(data) + enc.finalize()
`,
  ),
  good(
    "CWE-329",
    "batch31: AES-CBC with a random IV stored in front of the ciphertext",
    src`
import os
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_note(key: bytes, text: str) -> bytes:
    """Encrypt a note with AES-CBC."""
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(text.encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()
`,
  ),
  bad(
    "CWE-331",
    "batch31: API key made of two random bytes (four hex characters)",
    src`
import secrets


def new_api_key():
    """Create an API key for a new integration."""
    return "ak_" + secrets.token_hex(2)
`,
  ),
  good(
    "CWE-331",
    "batch31: API key made of 32 random bytes",
    src`
import secrets


def new_api_key():
    """Create an API key for a new integration."""
    return "ak_" + secrets.token_hex(32)
`,
  ),
  bad(
    "CWE-338",
    "batch31: e-mail verification code from random.randint",
    src`
import random


def make_verification_code():
    """Create the 6-digit code mailed to confirm an address."""
    return f"{random.randint(0, 999999):06d}"
`,
  ),
  good(
    "CWE-338",
    "batch31: e-mail verification code from secrets.randbelow",
    src`
import secrets


def make_verification_code():
    """Create the 6-digit code mailed to confirm an address."""
    return f"{secrets.randbelow(1_000_000):06d}"
`,
  ),
  // ---------------- CWE-347 JWT ----------------
  bad(
    "CWE-347",
    "batch31: python-jose get_unverified_claims used to identify the caller",
    src`
from jose import jwt
from flask import Flask, request

app = Flask(__name__)


@app.route("/me")
def me():
    """Return the caller's user id from the bearer token."""
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.get_unverified_claims(token)
    return {"user": claims["sub"]}
`,
  ),
  good(
    "CWE-347",
    "batch31: python-jose decode with the key and a fixed algorithm",
    src`
import os
from jose import jwt
from flask import Flask, request

app = Flask(__name__)
KEY = os.environ["JWT_KEY"]


@app.route("/me")
def me():
    """Return the caller's user id from the bearer token."""
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, KEY, algorithms=["HS256"])
    return {"user": claims["sub"]}
`,
  ),
  // ---------------- CWE-367 / CWE-377 / CWE-379 files ----------------
  bad(
    "CWE-367",
    "batch31: checks that the lock file does not exist, then creates it",
    src`
import os


def take_lock(path="/tmp/backup.lock"):
    """Create the lock file unless another backup holds it."""
    if os.path.exists(path):
        return False
    with open(path, "w") as fh:
        fh.write(str(os.getpid()))
    return True
`,
  ),
  good(
    "CWE-367",
    "batch31: creates the lock file atomically with O_CREAT | O_EXCL",
    src`
import os


def take_lock(path="/run/backup/backup.lock"):
    """Create the lock file unless another backup holds it."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w") as fh:
        fh.write(str(os.getpid()))
    return True
`,
  ),
  bad(
    "CWE-377",
    "batch31: temp file at a predictable /tmp path built from the user name",
    src`
import json


def save_draft(username, draft):
    """Save the user's draft to a temp file before upload."""
    path = "/tmp/draft_" + username + ".json"
    with open(path, "w") as fh:
        json.dump(draft, fh)
    return path
`,
  ),
  good(
    "CWE-377",
    "batch31: temp file from tempfile.mkstemp",
    src`
import json
import os
import tempfile


def save_draft(username, draft):
    """Save the user's draft to a temp file before upload."""
    fd, path = tempfile.mkstemp(prefix="draft_", suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(draft, fh)
    return path
`,
  ),
  bad(
    "CWE-379",
    "batch31: scratch directory created world-writable under /tmp for temp files",
    src`
import os
import uuid

SCRATCH = "/tmp/render-cache"


def scratch_file(data: bytes) -> str:
    """Write data to a scratch file for the renderer."""
    os.makedirs(SCRATCH, mode=0o777, exist_ok=True)
    path = os.path.join(SCRATCH, uuid.uuid4().hex)
    with open(path, "wb") as fh:
        fh.write(data)
    return path
`,
  ),
  good(
    "CWE-379",
    "batch31: scratch directory from tempfile.mkdtemp (mode 0700)",
    src`
import os
import tempfile
import uuid

SCRATCH = tempfile.mkdtemp(prefix="render-cache-")


def scratch_file(data: bytes) -> str:
    """Write data to a scratch file for the renderer."""
    path = os.path.join(SCRATCH, uuid.uuid4().hex)
    with open(path, "wb") as fh:
        fh.write(data)
    return path
`,
  ),
  // ---------------- CWE-730 user regex ----------------
  bad(
    "CWE-730",
    "batch31: search route compiles the user's pattern",
    src`
import re
from flask import Flask, request

app = Flask(__name__)
LINES = open("/srv/app/catalog.txt").read().splitlines()


@app.route("/grep")
def grep():
    """Return catalog lines matching the pattern."""
    pattern = re.compile(request.args.get("q", ""))
    return {"lines": [l for l in LINES if pattern.search(l)]}
`,
  ),
  good(
    "CWE-730",
    "batch31: search route escapes the user's text before compiling",
    src`
import re
from flask import Flask, request

app = Flask(__name__)
LINES = open("/srv/app/catalog.txt").read().splitlines()


@app.route("/grep")
def grep():
    """Return catalog lines containing the text."""
    pattern = re.compile(re.escape(request.args.get("q", "")[:100]))
    return {"lines": [l for l in LINES if pattern.search(l)]}
`,
  ),
  // ---------------- CWE-208 / CWE-595 comparisons ----------------
  bad(
    "CWE-208",
    "batch31: webhook HMAC compared with ==",
    src`
import hashlib
import hmac
import os
from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.route("/hook", methods=["POST"])
def hook():
    """Accept a signed webhook call."""
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if expected != request.headers.get("X-Signature", ""):
        abort(401)
    return "ok"
`,
  ),
  good(
    "CWE-208",
    "batch31: webhook HMAC compared with hmac.compare_digest",
    src`
import hashlib
import hmac
import os
from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.route("/hook", methods=["POST"])
def hook():
    """Accept a signed webhook call."""
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        abort(401)
    return "ok"
`,
  ),
  bad(
    "CWE-595",
    "batch31: role compared with `is` against a string literal",
    src`
def can_publish(user):
    """Only editors may publish articles."""
    role = user.get("role", "").strip().lower()
    return role is "editor"
`,
  ),
  good(
    "CWE-595",
    "batch31: role compared with ==",
    src`
def can_publish(user):
    """Only editors may publish articles."""
    role = user.get("role", "").strip().lower()
    return role == "editor"
`,
  ),
  // ---------------- CWE-477 obsolete ----------------
  bad(
    "CWE-477",
    "batch31: pipes.quote (deprecated, removed in 3.13) to quote a shell argument",
    src`
import pipes
import subprocess


def archive(path):
    """Create a tarball of the directory."""
    cmd = "tar czf /backups/out.tgz " + pipes.quote(path)
    return subprocess.call(cmd, shell=True)
`,
  ),
  good(
    "CWE-477",
    "batch31: shlex.quote to quote a shell argument",
    src`
import shlex
import subprocess


def archive(path):
    """Create a tarball of the directory."""
    cmd = "tar czf /backups/out.tgz " + shlex.quote(path)
    return subprocess.call(cmd, shell=True)
`,
  ),
  // ---------------- CWE-521 / CWE-256 / CWE-261 passwords ----------------
  bad(
    "CWE-521",
    "batch31: sign-up accepts any password of four characters or more",
    src`
def validate_password(password):
    """Check that a new password is acceptable."""
    if len(password) < 4:
        raise ValueError("password too short")
    return True
`,
  ),
  good(
    "CWE-521",
    "batch31: sign-up requires twelve characters and rejects common passwords",
    src`
COMMON = {"password", "123456", "qwerty", "letmein", "password123"}


def validate_password(password):
    """Check that a new password is acceptable."""
    if len(password) < 12:
        raise ValueError("password must be at least 12 characters")
    if password.lower() in COMMON:
        raise ValueError("password is too common")
    return True
`,
  ),
  bad(
    "CWE-256",
    "batch31: registration stores the password as given in the users table",
    src`
import sqlite3


def register(username, password):
    """Create a user account."""
    conn = sqlite3.connect("app.db")
    conn.execute(
        "INSERT INTO users (username, password) VALUES (?, ?)",
        (username, password),
    )
    conn.commit()
    conn.close()
`,
  ),
  good(
    "CWE-256",
    "batch31: registration stores an argon2 hash of the password",
    src`
import sqlite3
from argon2 import PasswordHasher

ph = PasswordHasher()


def register(username, password):
    """Create a user account."""
    conn = sqlite3.connect("app.db")
    conn.execute(
        "INSERT INTO users (username, password_hash) VALUES (?, ?)",
        (username, ph.hash(password)),
    )
    conn.commit()
    conn.close()
`,
  ),
  bad(
    "CWE-261",
    "batch31: password 'encrypted' with base64 before saving to the config file",
    src`
import base64
import json


def save_credentials(path, user, password):
    """Save the database login so the service can reconnect."""
    data = {"user": user, "password": base64.b64encode(password.encode()).decode()}
    with open(path, "w") as fh:
        json.dump(data, fh)
`,
  ),
  // ---------------- CWE-601 redirect ----------------
  bad(
    "CWE-601",
    "batch31: next parameter accepted when it starts with '/' (//evil.example passes)",
    src`
from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/after-login")
def after_login():
    """Send the user back where they came from."""
    nxt = request.args.get("next", "/")
    if nxt.startswith("/"):
        return redirect(nxt)
    return redirect("/")
`,
  ),
  good(
    "CWE-601",
    "batch31: next parameter looked up in a table of named destinations",
    src`
from flask import Flask, request, redirect

app = Flask(__name__)
DESTINATIONS = {"home": "/", "orders": "/orders", "settings": "/settings"}


@app.route("/after-login")
def after_login():
    """Send the user back where they came from."""
    nxt = request.args.get("next", "home")
    return redirect(DESTINATIONS.get(nxt, "/"))
`,
  ),
  // ---------------- CWE-918 SSRF ----------------
  bad(
    "CWE-918",
    "batch31: avatar helper fetches the URL given in the profile form with urlopen",
    src`
import urllib.request
from flask import Flask, request

app = Flask(__name__)


def fetch_avatar(url):
    """Download an avatar image from the given URL."""
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read(1_000_000)


@app.route("/profile/avatar", methods=["POST"])
def set_avatar():
    data = fetch_avatar(request.form["avatar_url"])
    return {"size": len(data)}
`,
  ),
  good(
    "CWE-918",
    "batch31: avatar helper only fetches from the CDN host allow-list",
    src`
import urllib.request
from urllib.parse import urlparse
from flask import Flask, request, abort

app = Flask(__name__)
ALLOWED_HOSTS = {"cdn.example.com", "images.example.com"}


def fetch_avatar(url):
    """Download an avatar image from the given URL."""
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        abort(400)
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read(1_000_000)


@app.route("/profile/avatar", methods=["POST"])
def set_avatar():
    data = fetch_avatar(request.form["avatar_url"])
    return {"size": len(data)}
`,
  ),
  // ---------------- CWE-117 / CWE-1236 ----------------
  bad(
    "CWE-117",
    "batch31: failed-login log line concatenates the submitted user name",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    """Log in; record failed attempts for the security team."""
    username = request.form.get("username", "")
    if not check_password(username, request.form.get("password", "")):
        logging.warning("Failed login for user: " + username)
        return "invalid", 401
    return "ok"
`,
  ),
  good(
    "CWE-117",
    "batch31: failed-login log line uses %r so CR/LF are escaped",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    """Log in; record failed attempts for the security team."""
    username = request.form.get("username", "")
    if not check_password(username, request.form.get("password", "")):
        logging.warning("Failed login for user: %r", username)
        return "invalid", 401
    return "ok"
`,
  ),
  bad(
    "CWE-1236",
    "batch31: CSV export writes user-entered names unescaped (=HYPERLINK formulas)",
    src`
import csv
import io
from flask import Response


def export_contacts(contacts):
    """Export the contacts list as CSV for spreadsheet users."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "email", "note"])
    for c in contacts:
        writer.writerow([c.name, c.email, c.note])
    return Response(out.getvalue(), mimetype="text/csv")
`,
  ),
  good(
    "CWE-1236",
    "batch31: CSV export prefixes cells starting with = + - @ with a quote",
    src`
import csv
import io
from flask import Response


def _cell(value):
    value = str(value)
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def export_contacts(contacts):
    """Export the contacts list as CSV for spreadsheet users."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "email", "note"])
    for c in contacts:
        writer.writerow([_cell(c.name), _cell(c.email), _cell(c.note)])
    return Response(out.getvalue(), mimetype="text/csv")
`,
  ),
  // ---------------- CWE-321 / CWE-259 hard-coded secrets ----------------
  bad(
    "CWE-321",
    "batch31: JWT signed with a key written in the source",
    src`
import datetime
import jwt


def issue_token(user_id):
    """Issue a one-hour access token."""
    payload = {"sub": str(user_id), "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}
    return jwt.encode(payload, "s3cr3t-jwt-k3y-2024", algorithm="HS256")
`,
  ),
  good(
    "CWE-321",
    "batch31: JWT signed with a key from the environment",
    src`
import datetime
import os
import jwt


def issue_token(user_id):
    """Issue a one-hour access token."""
    payload = {"sub": str(user_id), "exp": datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)}
    return jwt.encode(payload, os.environ["JWT_SIGNING_KEY"], algorithm="HS256")
`,
  ),
  bad(
    "CWE-259",
    "batch31: psycopg2.connect with a literal password",
    src`
import psycopg2


def get_connection():
    """Open a connection to the reporting database."""
    return psycopg2.connect(host="db.internal", dbname="reports", user="report_rw", password="Rep0rt!ng2024")
`,
  ),
  good(
    "CWE-259",
    "batch31: psycopg2.connect with the password from the environment",
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
  // ---------------- CWE-269 privilege ----------------
  bad(
    "CWE-269",
    "batch31: daemon drops privileges with setuid before setgid (setgid then fails, root group kept)",
    src`
import os
import pwd


def drop_privileges(username="nobody"):
    """Switch the daemon from root to an unprivileged user."""
    pw = pwd.getpwnam(username)
    os.setuid(pw.pw_uid)
    os.setgid(pw.pw_gid)
`,
  ),
  good(
    "CWE-269",
    "batch31: daemon clears groups, then setgid, then setuid",
    src`
import os
import pwd


def drop_privileges(username="nobody"):
    """Switch the daemon from root to an unprivileged user."""
    pw = pwd.getpwnam(username)
    os.setgroups([])
    os.setgid(pw.pw_gid)
    os.setuid(pw.pw_uid)
`,
  ),
  // ---------------- CWE-20 / CWE-835 ----------------
  bad(
    "CWE-20",
    "batch31: transfer amount parsed as float and used without a sign or finiteness check",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/transfer", methods=["POST"])
def transfer():
    """Move money from the caller's account to another account."""
    amount = float(request.form["amount"])
    src_acct = current_account()
    dst_acct = Account.get(request.form["to"])
    src_acct.balance -= amount
    dst_acct.balance += amount
    save(src_acct, dst_acct)
    return {"ok": True}
`,
  ),
  good(
    "CWE-20",
    "batch31: transfer amount parsed as Decimal, must be positive and within the balance",
    src`
from decimal import Decimal, InvalidOperation
from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/transfer", methods=["POST"])
def transfer():
    """Move money from the caller's account to another account."""
    try:
        amount = Decimal(request.form["amount"])
    except InvalidOperation:
        abort(400)
    src_acct = current_account()
    if not amount.is_finite() or amount <= 0 or amount > src_acct.balance:
        abort(400)
    dst_acct = Account.get(request.form["to"])
    src_acct.balance -= amount
    dst_acct.balance += amount
    save(src_acct, dst_acct)
    return {"ok": True}
`,
  ),
  bad(
    "CWE-835",
    "batch31: TLV parser advances by a length byte that may be zero",
    src`
def parse_records(data: bytes):
    """Split a buffer of [length][payload] records (length counts the length byte)."""
    records = []
    offset = 0
    while offset < len(data):
        length = data[offset]
        records.append(data[offset + 1 : offset + length])
        offset += length
    return records
`,
  ),
  good(
    "CWE-835",
    "batch31: TLV parser rejects a zero length byte",
    src`
def parse_records(data: bytes):
    """Split a buffer of [length][payload] records (length counts the length byte)."""
    records = []
    offset = 0
    while offset < len(data):
        length = data[offset]
        if length == 0:
            raise ValueError("zero-length record")
        records.append(data[offset + 1 : offset + length])
        offset += length
    return records
`,
  ),
];
