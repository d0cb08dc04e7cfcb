// Dev suite "py-snippets", batch 18 (see py-snippets.ts): written blind after the batch17 fixes, measured before
// any fix it prompted. The second half of a CWE-keyed sample list in shapes the earlier batches do not have:
// seeds from the microsecond clock, signature failures that are only logged, deleting accounts by GET, symlink
// checks before writing, mktemp in a cache folder, temp files in a 0o777 folder, session ids kept from the
// cookie at login, permutations of a user's word, lock.locked() checks, export routes that lost their guard,
// uploads checked by Content-Type, debug switches in the query, cgi.escape, globals holding the caller, pickled
// and YAML session stores, credentials in query strings, 'is' against a literal, '/'-prefix redirect checks, lxml
// parsers resolving entities, upload names kept whole, XPath logins, assert as access control, nested
// quantifiers, chmod with S_IRWXO, empty and constant salts, ElementTree on request bodies, Redis passwords and
// Lua scripts built from keys, loops that can step over their end, shipping before payment, aiohttp fetches,
// syslog collectors from the request, CTR nonces fixed, pandas read_sql and Jinja2 Template without autoescape.
// Fixed twins are what a careful reviewer would accept. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH18: DevCase[] = [
  // --- CWE-339 ---
  bad(
    "CWE-339",
    "batch18: coupon codes from a generator seeded with the current microsecond",
    src`
import random
from datetime import datetime

def coupon_code():
    rng = random.Random(datetime.now().microsecond)
    return "%016x" % rng.getrandbits(64)
`,
  ),
  good(
    "CWE-339",
    "batch18: coupon codes from the secrets module",
    src`
import secrets

def coupon_code():
    return secrets.token_hex(8)
`,
  ),
  // --- CWE-347 ---
  bad(
    "CWE-347",
    "batch18: update signature failure only logged before installing",
    src`
import logging
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

def install_update(public_key, package: bytes, signature: bytes, installer):
    try:
        public_key.verify(signature, package, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        logging.warning("update signature did not verify")
    installer.install(package)
`,
  ),
  good(
    "CWE-347",
    "batch18: update refused when the signature does not verify",
    src`
import logging
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

def install_update(public_key, package: bytes, signature: bytes, installer):
    try:
        public_key.verify(signature, package, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        logging.warning("update signature did not verify")
        return False
    installer.install(package)
    return True
`,
  ),
  // --- CWE-352 ---
  bad(
    "CWE-352",
    "batch18: account deletion performed on a GET request",
    src`
from flask import Flask, session, redirect
from flask_login import login_required, current_user, logout_user
from models import db

app = Flask(__name__)

@app.route("/account/delete")
@login_required
def delete_account():
    db.session.delete(current_user)
    db.session.commit()
    logout_user()
    return redirect("/")
`,
  ),
  good(
    "CWE-352",
    "batch18: account deletion only by POST with CSRF protection on",
    src`
from flask import Flask, session, redirect
from flask_login import login_required, current_user, logout_user
from flask_wtf.csrf import CSRFProtect
from models import db

app = Flask(__name__)
csrf = CSRFProtect(app)

@app.route("/account/delete", methods=["POST"])
@login_required
def delete_account():
    db.session.delete(current_user)
    db.session.commit()
    logout_user()
    return redirect("/")
`,
  ),
  // --- CWE-367 ---
  bad(
    "CWE-367",
    "batch18: root job checks the report is no symlink, then opens it for writing",
    src`
import os

def write_report(path, text):
    """Runs as root from cron; path is inside a user-writable spool folder."""
    if os.path.islink(path):
        raise PermissionError("refusing to follow a symlink")
    with open(path, "w") as fh:
        fh.write(text)
`,
  ),
  good(
    "CWE-367",
    "batch18: root job opens the report with O_NOFOLLOW",
    src`
import os

def write_report(path, text):
    """Runs as root from cron; path is inside a user-writable spool folder."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
`,
  ),
  // --- CWE-377 / CWE-379 ---
  bad(
    "CWE-377",
    "batch18: cache entry written to a name from tempfile.mktemp",
    src`
import json
import tempfile

def cache_result(cache_dir, result):
    path = tempfile.mktemp(suffix=".json", dir=cache_dir)
    with open(path, "w") as fh:
        json.dump(result, fh)
    return path
`,
  ),
  good(
    "CWE-377",
    "batch18: cache entry written through NamedTemporaryFile",
    src`
import json
import tempfile

def cache_result(cache_dir, result):
    with tempfile.NamedTemporaryFile("w", suffix=".json", dir=cache_dir, delete=False) as fh:
        json.dump(result, fh)
        return fh.name
`,
  ),
  bad(
    "CWE-379",
    "batch18: scratch files created inside a folder made mode 0o777",
    src`
import os
import tempfile

WORK = "/var/tmp/report-jobs"

def scratch_file(data: bytes) -> str:
    os.makedirs(WORK, mode=0o777, exist_ok=True)
    os.chmod(WORK, 0o777)
    fd, path = tempfile.mkstemp(dir=WORK)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path
`,
  ),
  good(
    "CWE-379",
    "batch18: scratch files created inside a private mkdtemp folder",
    src`
import os
import tempfile

WORK = tempfile.mkdtemp(prefix="report-jobs-")

def scratch_file(data: bytes) -> str:
    fd, path = tempfile.mkstemp(dir=WORK)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path
`,
  ),
  // --- CWE-384 ---
  bad(
    "CWE-384",
    "batch18: hand-rolled session store keeps the cookie's session id at login",
    src`
import secrets
from flask import Flask, request, make_response

app = Flask(__name__)
SESSIONS = {}

@app.route("/login", methods=["POST"])
def login():
    user = check_credentials(request.form["user"], request.form["password"])
    if user is None:
        return "denied", 401
    sid = request.cookies.get("sid") or secrets.token_urlsafe(32)
    SESSIONS[sid] = user.id
    resp = make_response("ok")
    resp.set_cookie("sid", sid, secure=True, httponly=True)
    return resp
`,
  ),
  good(
    "CWE-384",
    "batch18: hand-rolled session store issues a fresh id at login",
    src`
import secrets
from flask import Flask, request, make_response

app = Flask(__name__)
SESSIONS = {}

@app.route("/login", methods=["POST"])
def login():
    user = check_credentials(request.form["user"], request.form["password"])
    if user is None:
        return "denied", 401
    SESSIONS.pop(request.cookies.get("sid", ""), None)
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = user.id
    resp = make_response("ok")
    resp.set_cookie("sid", sid, secure=True, httponly=True)
    return resp
`,
  ),
  // --- CWE-400 ---
  bad(
    "CWE-400",
    "batch18: anagram endpoint lists every permutation of the posted word",
    src`
from itertools import permutations
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/anagrams")
def anagrams():
    word = request.args.get("word", "")
    found = sorted({"".join(p) for p in permutations(word)} & DICTIONARY)
    return jsonify(found)
`,
  ),
  good(
    "CWE-400",
    "batch18: anagram endpoint limits the word to eight letters",
    src`
from itertools import permutations
from flask import Flask, request, jsonify, abort

app = Flask(__name__)

@app.route("/anagrams")
def anagrams():
    word = request.args.get("word", "")
    if len(word) > 8:
        abort(400)
    found = sorted({"".join(p) for p in permutations(word)} & DICTIONARY)
    return jsonify(found)
`,
  ),
  bad(
    "CWE-400",
    "batch18: factorial of the number in the query",
    src`
import math
from flask import Flask, request

app = Flask(__name__)

@app.route("/factorial")
def factorial():
    n = int(request.args["n"])
    return str(math.factorial(n))
`,
  ),
  // --- CWE-414 ---
  bad(
    "CWE-414",
    "batch18: counter updated after checking lock.locked() without taking the lock",
    src`
import threading

class HitCounter:
    def __init__(self):
        self._lock = threading.Lock()
        self.hits = {}

    def record(self, page):
        if not self._lock.locked():
            self.hits[page] = self.hits.get(page, 0) + 1
`,
  ),
  good(
    "CWE-414",
    "batch18: counter updated while holding the lock",
    src`
import threading

class HitCounter:
    def __init__(self):
        self._lock = threading.Lock()
        self.hits = {}

    def record(self, page):
        with self._lock:
            self.hits[page] = self.hits.get(page, 0) + 1
`,
  ),
  // --- CWE-425 ---
  bad(
    "CWE-425",
    "batch18: admin dashboard guarded but its CSV export route is not",
    src`
import csv
import io
from flask import Flask, Response, render_template
from auth import admin_required
from models import User

app = Flask(__name__)

@app.route("/admin")
@admin_required
def admin_home():
    return render_template("admin.html", users=User.query.all())

@app.route("/admin/users.csv")
def export_users():
    buf = io.StringIO()
    writer = csv.writer(buf)
    for u in User.query.all():
        writer.writerow([u.id, u.email, u.phone])
    return Response(buf.getvalue(), mimetype="text/csv")
`,
  ),
  good(
    "CWE-425",
    "batch18: admin dashboard and its CSV export both guarded",
    src`
import csv
import io
from flask import Flask, Response, render_template
from auth import admin_required
from models import User

app = Flask(__name__)

@app.route("/admin")
@admin_required
def admin_home():
    return render_template("admin.html", users=User.query.all())

@app.route("/admin/users.csv")
@admin_required
def export_users():
    buf = io.StringIO()
    writer = csv.writer(buf)
    for u in User.query.all():
        writer.writerow([u.id, u.email, u.phone])
    return Response(buf.getvalue(), mimetype="text/csv")
`,
  ),
  // --- CWE-434 ---
  bad(
    "CWE-434",
    "batch18: avatar accepted on its Content-Type header and saved under its own name",
    src`
import os
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
AVATARS = os.path.join(app.root_path, "static", "avatars")

@app.route("/avatar", methods=["POST"])
def upload_avatar():
    f = request.files["avatar"]
    if not f.mimetype.startswith("image/"):
        abort(400)
    f.save(os.path.join(AVATARS, secure_filename(f.filename)))
    return "saved"
`,
  ),
  good(
    "CWE-434",
    "batch18: avatar decoded as an image and re-saved as PNG under a generated name",
    src`
import os
import uuid
from flask import Flask, request, abort
from PIL import Image

app = Flask(__name__)
AVATARS = os.path.join(app.root_path, "static", "avatars")

@app.route("/avatar", methods=["POST"])
def upload_avatar():
    f = request.files["avatar"]
    try:
        img = Image.open(f.stream)
        img.verify()
        f.stream.seek(0)
        img = Image.open(f.stream).convert("RGB")
    except Exception:
        abort(400)
    name = uuid.uuid4().hex + ".png"
    img.save(os.path.join(AVATARS, name), format="PNG")
    return "saved"
`,
  ),
  // --- CWE-454 ---
  bad(
    "CWE-454",
    "batch18: debug switch read from the query string exposes the configuration",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/status")
def status():
    debug = request.args.get("debug") == "true"
    info = {"ok": True}
    if debug:
        info["config"] = {k: str(v) for k, v in app.config.items()}
    return jsonify(info)
`,
  ),
  good(
    "CWE-454",
    "batch18: debug details only when the server was started in debug mode",
    src`
from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/status")
def status():
    info = {"ok": True}
    if app.debug:
        info["routes"] = len(app.url_map._rules)
    return jsonify(info)
`,
  ),
  // --- CWE-477 ---
  bad(
    "CWE-477",
    "batch18: greeting escaped with cgi.escape",
    src`
import cgi

def greeting_html(name):
    return "<p>Hello, %s</p>" % cgi.escape(name)
`,
  ),
  good(
    "CWE-477",
    "batch18: greeting escaped with html.escape",
    src`
import html

def greeting_html(name):
    return "<p>Hello, %s</p>" % html.escape(name)
`,
  ),
  bad(
    "CWE-477",
    "batch18: client socket wrapped with ssl.wrap_socket",
    src`
import socket
import ssl

def connect_tls(host, port):
    sock = socket.create_connection((host, port))
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs="/etc/ssl/certs/ca-certificates.crt")
`,
  ),
  // --- CWE-488 ---
  bad(
    "CWE-488",
    "batch18: request handler stores the caller in a module global read by a helper",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)
current_user = None

def visible_projects():
    return Project.query.filter_by(owner=current_user).all()

@app.route("/projects")
def projects():
    global current_user
    current_user = authenticate(request.headers["Authorization"])
    return jsonify([p.name for p in visible_projects()])
`,
  ),
  good(
    "CWE-488",
    "batch18: request handler passes the caller to the helper",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)

def visible_projects(user):
    return Project.query.filter_by(owner=user).all()

@app.route("/projects")
def projects():
    user = authenticate(request.headers["Authorization"])
    return jsonify([p.name for p in visible_projects(user)])
`,
  ),
  // --- CWE-502 ---
  bad(
    "CWE-502",
    "batch18: cookie session store unpickles the cookie value",
    src`
import base64
import pickle

class CookieSessionStore:
    cookie_name = "appsession"

    def load(self, request):
        raw = request.cookies.get(self.cookie_name)
        if not raw:
            return {}
        return pickle.loads(base64.urlsafe_b64decode(raw))

    def dump(self, session):
        return base64.urlsafe_b64encode(pickle.dumps(session)).decode()
`,
  ),
  good(
    "CWE-502",
    "batch18: cookie session store uses signed JSON",
    src`
from itsdangerous import URLSafeSerializer, BadSignature

class CookieSessionStore:
    cookie_name = "appsession"

    def __init__(self, secret_key):
        self.signer = URLSafeSerializer(secret_key, salt="session")

    def load(self, request):
        raw = request.cookies.get(self.cookie_name)
        if not raw:
            return {}
        try:
            return self.signer.loads(raw)
        except BadSignature:
            return {}

    def dump(self, session):
        return self.signer.dumps(session)
`,
  ),
  bad(
    "CWE-502",
    "batch18: imported board layout parsed with yaml.Loader",
    src`
import yaml
from flask import Flask, request

app = Flask(__name__)

@app.route("/boards/import", methods=["POST"])
def import_board():
    layout = yaml.load(request.files["layout"].read(), Loader=yaml.Loader)
    save_board(layout)
    return "imported"
`,
  ),
  good(
    "CWE-502",
    "batch18: imported board layout parsed with yaml.safe_load",
    src`
import yaml
from flask import Flask, request

app = Flask(__name__)

@app.route("/boards/import", methods=["POST"])
def import_board():
    layout = yaml.safe_load(request.files["layout"].read())
    save_board(layout)
    return "imported"
`,
  ),
  // --- CWE-521 ---
  bad(
    "CWE-521",
    "batch18: password strength check only asks for six characters",
    src`
def is_acceptable_password(password: str) -> bool:
    """Used by the registration form."""
    return len(password) >= 6
`,
  ),
  good(
    "CWE-521",
    "batch18: password strength check asks for length and rejects common passwords",
    src`
COMMON = set(open("/usr/share/dict/common-passwords.txt").read().split())

def is_acceptable_password(password: str) -> bool:
    """Used by the registration form."""
    return len(password) >= 12 and password.lower() not in COMMON
`,
  ),
  // --- CWE-522 ---
  bad(
    "CWE-522",
    "batch18: login credentials sent in the query string",
    src`
import requests

def fetch_statement(username, password, month):
    resp = requests.get(
        "https://bank.example.com/api/statement",
        params={"user": username, "password": password, "month": month},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
`,
  ),
  good(
    "CWE-522",
    "batch18: login credentials sent as HTTP basic auth over https",
    src`
import requests

def fetch_statement(username, password, month):
    resp = requests.get(
        "https://bank.example.com/api/statement",
        params={"month": month},
        auth=(username, password),
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
`,
  ),
  // --- CWE-595 ---
  bad(
    "CWE-595",
    "batch18: confirmation prompt compared with 'is'",
    src`
import shutil
import sys

def main():
    answer = input("Delete %s? [yes/no] " % sys.argv[1]).strip()
    if answer is "yes":
        shutil.rmtree(sys.argv[1])

main()
`,
  ),
  good(
    "CWE-595",
    "batch18: confirmation prompt compared with ==",
    src`
import shutil
import sys

def main():
    answer = input("Delete %s? [yes/no] " % sys.argv[1]).strip()
    if answer == "yes":
        shutil.rmtree(sys.argv[1])

main()
`,
  ),
  // --- CWE-601 ---
  bad(
    "CWE-601",
    "batch18: next URL accepted because it starts with a slash",
    src`
from flask import Flask, request, redirect

app = Flask(__name__)

@app.route("/after-login")
def after_login():
    target = request.args.get("next", "/")
    if not target.startswith("/"):
        target = "/"
    return redirect(target)
`,
  ),
  good(
    "CWE-601",
    "batch18: next URL accepted only as a path with no host or scheme",
    src`
from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)

@app.route("/after-login")
def after_login():
    target = request.args.get("next", "/").replace("\\", "/")
    parts = urlparse(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        target = "/"
    return redirect(target)
`,
  ),
  // --- CWE-611 / CWE-776 ---
  bad(
    "CWE-611",
    "batch18: lxml parser with entity resolution and network access for an uploaded invoice",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)

@app.route("/invoices", methods=["POST"])
def upload_invoice():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(request.files["invoice"].read(), parser)
    return {"total": doc.findtext("total")}
`,
  ),
  good(
    "CWE-611",
    "batch18: lxml parser without entity resolution or network for the invoice",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)

@app.route("/invoices", methods=["POST"])
def upload_invoice():
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    doc = etree.fromstring(request.files["invoice"].read(), parser)
    return {"total": doc.findtext("total")}
`,
  ),
  bad(
    "CWE-776",
    "batch18: ElementTree parses the request body of a webhook",
    src`
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)

@app.route("/hooks/shipment", methods=["POST"])
def shipment_hook():
    root = ET.fromstring(request.get_data())
    update_tracking(root.findtext("tracking"), root.findtext("status"))
    return "", 204
`,
  ),
  good(
    "CWE-776",
    "batch18: defusedxml parses the request body of the webhook",
    src`
import defusedxml.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)

@app.route("/hooks/shipment", methods=["POST"])
def shipment_hook():
    root = ET.fromstring(request.get_data())
    update_tracking(root.findtext("tracking"), root.findtext("status"))
    return "", 204
`,
  ),
  // --- CWE-641 ---
  bad(
    "CWE-641",
    "batch18: shared-folder upload keeps the client's base name as the stored name",
    src`
import os
from flask import Flask, request

app = Flask(__name__)
SHARE = "/srv/www/shared"

@app.route("/share", methods=["POST"])
def share():
    f = request.files["file"]
    name = os.path.basename(f.filename)
    f.save(os.path.join(SHARE, name))
    return {"url": "/shared/" + name}
`,
  ),
  good(
    "CWE-641",
    "batch18: shared-folder upload stored under a generated name with a checked extension",
    src`
import os
import uuid
from flask import Flask, request, abort

app = Flask(__name__)
SHARE = "/srv/www/shared"
EXTENSIONS = {".pdf", ".png", ".jpg", ".txt"}

@app.route("/share", methods=["POST"])
def share():
    f = request.files["file"]
    ext = os.path.splitext(f.filename or "")[1].lower()
    if ext not in EXTENSIONS:
        abort(400)
    name = uuid.uuid4().hex + ext
    f.save(os.path.join(SHARE, name))
    return {"url": "/shared/" + name}
`,
  ),
  // --- CWE-643 ---
  bad(
    "CWE-643",
    "batch18: PIN login looked up with an XPath built from both fields",
    src`
from lxml import etree

ACCOUNTS = etree.parse("/etc/kiosk/accounts.xml")

def kiosk_login(card_number, pin):
    """Check the card number and PIN typed at the kiosk."""
    query = "//account[@card='" + card_number + "' and @pin='" + pin + "']"
    return len(ACCOUNTS.xpath(query)) == 1
`,
  ),
  good(
    "CWE-643",
    "batch18: PIN login looked up with XPath variables",
    src`
from lxml import etree

ACCOUNTS = etree.parse("/etc/kiosk/accounts.xml")

def kiosk_login(card_number, pin):
    """Check the card number and PIN typed at the kiosk."""
    found = ACCOUNTS.xpath("//account[@card=$c and @pin=$p]", c=card_number, p=pin)
    return len(found) == 1
`,
  ),
  // --- CWE-703 ---
  bad(
    "CWE-703",
    "batch18: refund allowed after an assert on the caller's role",
    src`
from flask import Flask, g

app = Flask(__name__)

@app.route("/orders/<int:oid>/refund", methods=["POST"])
def refund(oid):
    assert g.user.is_staff, "staff only"
    order = Order.query.get_or_404(oid)
    order.refund()
    return "refunded"
`,
  ),
  good(
    "CWE-703",
    "batch18: refund allowed after an explicit role check",
    src`
from flask import Flask, g, abort

app = Flask(__name__)

@app.route("/orders/<int:oid>/refund", methods=["POST"])
def refund(oid):
    if not g.user.is_staff:
        abort(403)
    order = Order.query.get_or_404(oid)
    order.refund()
    return "refunded"
`,
  ),
  // --- CWE-730 / CWE-1333 ---
  bad(
    "CWE-730",
    "batch18: title checked with a nested quantifier pattern",
    src`
import re
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/posts", methods=["POST"])
def new_post():
    title = request.form["title"]
    if not re.match(r"^(\w+\s?)*$", title):
        abort(400)
    return create_post(title)
`,
  ),
  good(
    "CWE-730",
    "batch18: title checked with a bounded character class",
    src`
import re
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/posts", methods=["POST"])
def new_post():
    title = request.form["title"]
    if not re.fullmatch(r"[\w ]{1,120}", title):
        abort(400)
    return create_post(title)
`,
  ),
  bad(
    "CWE-1333",
    "batch18: e-mail validator with a repeated group of a repeated class",
    src`
import re

EMAIL = re.compile(r"^([a-zA-Z0-9_.+-]+)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")

def valid_email(address):
    """Validate the address a visitor typed in the newsletter form."""
    return EMAIL.match(address) is not None
`,
  ),
  good(
    "CWE-1333",
    "batch18: e-mail validator with a linear pattern and a length cap",
    src`
import re

EMAIL = re.compile(r"[a-zA-Z0-9_.+-]{1,64}@[a-zA-Z0-9.-]{1,253}\.[a-zA-Z]{2,24}")

def valid_email(address):
    """Validate the address a visitor typed in the newsletter form."""
    return len(address) <= 320 and EMAIL.fullmatch(address) is not None
`,
  ),
  // --- CWE-732 ---
  bad(
    "CWE-732",
    "batch18: signing key made readable and writable by everyone with stat flags",
    src`
import os
import stat

def install_signing_key(path, pem: bytes):
    with open(path, "wb") as fh:
        fh.write(pem)
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
`,
  ),
  good(
    "CWE-732",
    "batch18: signing key readable and writable by its owner only",
    src`
import os
import stat

def install_signing_key(path, pem: bytes):
    with open(path, "wb") as fh:
        fh.write(pem)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
`,
  ),
  // --- CWE-759 / CWE-760 ---
  bad(
    "CWE-759",
    "batch18: PBKDF2 with an empty salt",
    src`
import hashlib

def hash_password(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), b"", 200_000).hex()
`,
  ),
  good(
    "CWE-759",
    "batch18: PBKDF2 with a random salt stored alongside",
    src`
import hashlib
import os

def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 200_000)
    return salt.hex() + "$" + digest.hex()
`,
  ),
  bad(
    "CWE-760",
    "batch18: scrypt with one salt constant for every user",
    src`
import hashlib

APP_SALT = b"shop-2019-salt"

def hash_password(password: str) -> bytes:
    return hashlib.scrypt(password.encode(), salt=APP_SALT, n=2**14, r=8, p=1)
`,
  ),
  good(
    "CWE-760",
    "batch18: scrypt with a fresh salt per user",
    src`
import hashlib
import os

def hash_password(password: str) -> bytes:
    salt = os.urandom(16)
    return salt + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
`,
  ),
  // --- CWE-798 ---
  bad(
    "CWE-798",
    "batch18: Redis client with the password in the call",
    src`
import redis

def cache_client():
    return redis.Redis(host="cache.internal", port=6379, password="r3d1s-Pr0d-2024", ssl=True)
`,
  ),
  good(
    "CWE-798",
    "batch18: Redis client with the password from the environment",
    src`
import os
import redis

def cache_client():
    return redis.Redis(host="cache.internal", port=6379, password=os.environ["REDIS_PASSWORD"], ssl=True)
`,
  ),
  // --- CWE-835 ---
  bad(
    "CWE-835",
    "batch18: sampling loop steps with != and can jump over its end",
    src`
def sample_positions(start: int, end: int, step: int) -> list:
    """Positions from start to end, every step (values come from the sampling form)."""
    out = []
    pos = start
    while pos != end:
        out.append(pos)
        pos += step
    return out
`,
  ),
  good(
    "CWE-835",
    "batch18: sampling loop stops once it reaches or passes its end",
    src`
def sample_positions(start: int, end: int, step: int) -> list:
    """Positions from start to end, every step (values come from the sampling form)."""
    if step <= 0:
        raise ValueError("step must be positive")
    out = []
    pos = start
    while pos < end:
        out.append(pos)
        pos += step
    return out
`,
  ),
  // --- CWE-841 ---
  bad(
    "CWE-841",
    "batch18: shipping label printed for orders that were never paid",
    src`
from flask import Flask, abort
from flask_login import login_required, current_user

app = Flask(__name__)

@app.route("/orders/<int:oid>/ship", methods=["POST"])
@login_required
def ship(oid):
    order = Order.query.filter_by(id=oid, customer_id=current_user.id).first_or_404()
    order.status = "shipped"
    print_label(order)
    db.session.commit()
    return "label printed"
`,
  ),
  good(
    "CWE-841",
    "batch18: shipping label printed only for paid orders",
    src`
from flask import Flask, abort
from flask_login import login_required, current_user

app = Flask(__name__)

@app.route("/orders/<int:oid>/ship", methods=["POST"])
@login_required
def ship(oid):
    order = Order.query.filter_by(id=oid, customer_id=current_user.id).first_or_404()
    if order.status != "paid":
        abort(409)
    order.status = "shipped"
    print_label(order)
    db.session.commit()
    return "label printed"
`,
  ),
  // --- CWE-918 ---
  bad(
    "CWE-918",
    "batch18: FastAPI profile update downloads the avatar URL with aiohttp",
    src`
import aiohttp
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

class Profile(BaseModel):
    avatar_url: str

@app.post("/profile")
async def update_profile(profile: Profile):
    async with aiohttp.ClientSession() as session:
        async with session.get(profile.avatar_url) as resp:
            data = await resp.read()
    store_avatar(data)
    return {"ok": True}
`,
  ),
  good(
    "CWE-918",
    "batch18: FastAPI profile update only fetches from the image CDN",
    src`
from urllib.parse import urlparse
import aiohttp
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
CDN_HOSTS = {"img.example-cdn.com"}

class Profile(BaseModel):
    avatar_url: str

@app.post("/profile")
async def update_profile(profile: Profile):
    parts = urlparse(profile.avatar_url)
    if parts.scheme != "https" or parts.hostname not in CDN_HOSTS:
        raise HTTPException(status_code=400)
    async with aiohttp.ClientSession() as session:
        async with session.get(profile.avatar_url) as resp:
            data = await resp.read()
    store_avatar(data)
    return {"ok": True}
`,
  ),
  // --- CWE-941 ---
  bad(
    "CWE-941",
    "batch18: audit events sent by UDP to the collector named in the request",
    src`
import json
import socket
from flask import Flask, request

app = Flask(__name__)
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

@app.route("/audit", methods=["POST"])
def audit():
    event = request.get_json()
    collector = event.get("collector", "logs.internal")
    sock.sendto(json.dumps(event).encode(), (collector, 514))
    return "", 204
`,
  ),
  good(
    "CWE-941",
    "batch18: audit events sent by UDP to the configured collector",
    src`
import json
import socket
from flask import Flask, request

app = Flask(__name__)
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
COLLECTOR = ("logs.internal", 514)

@app.route("/audit", methods=["POST"])
def audit():
    event = request.get_json()
    sock.sendto(json.dumps(event).encode(), COLLECTOR)
    return "", 204
`,
  ),
  // --- CWE-943 ---
  bad(
    "CWE-943",
    "batch18: Redis Lua script built with the key from the query",
    src`
import redis
from flask import Flask, request

app = Flask(__name__)
r = redis.Redis()

@app.route("/counter")
def counter():
    key = request.args["key"]
    script = "return redis.call('INCR', '" + key + "')"
    return str(r.eval(script, 0))
`,
  ),
  good(
    "CWE-943",
    "batch18: Redis Lua script with the key passed in KEYS",
    src`
import redis
from flask import Flask, request

app = Flask(__name__)
r = redis.Redis()

@app.route("/counter")
def counter():
    key = "counter:" + request.args["key"]
    return str(r.eval("return redis.call('INCR', KEYS[1])", 1, key))
`,
  ),
  // --- CWE-1204 ---
  bad(
    "CWE-1204",
    "batch18: AES-CTR with a constant nonce for every record",
    src`
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

NONCE = b"\x00" * 16

def encrypt_record(key: bytes, data: bytes) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.CTR(NONCE)).encryptor()
    return enc.update(data) + enc.finalize()
`,
  ),
  good(
    "CWE-1204",
    "batch18: AES-CTR with a random nonce stored in front",
    src`
import os
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def encrypt_record(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    return nonce + enc.update(data) + enc.finalize()
`,
  ),
  // --- CWE-78 / CWE-89 / CWE-79 / CWE-22 in new shapes ---
  bad(
    "CWE-78",
    "batch18: mirror class clones the repository URL through a shell",
    src`
import subprocess

class RepoMirror:
    def __init__(self, root="/srv/mirrors"):
        self.root = root

    def clone(self, repo_url, name):
        """Mirror the repository a user registered in the web form."""
        subprocess.run(f"git clone --mirror {repo_url} {self.root}/{name}", shell=True, check=True)
`,
  ),
  good(
    "CWE-78",
    "batch18: mirror class clones with an argument list",
    src`
import os
import re
import subprocess

class RepoMirror:
    def __init__(self, root="/srv/mirrors"):
        self.root = root

    def clone(self, repo_url, name):
        """Mirror the repository a user registered in the web form."""
        if not repo_url.startswith("https://") or not re.fullmatch(r"[\w-]+(\.git)?", name):
            raise ValueError("bad repository")
        subprocess.run(["git", "clone", "--mirror", "--", repo_url, os.path.join(self.root, name)], check=True)
`,
  ),
  bad(
    "CWE-89",
    "batch18: pandas read_sql with the region formatted in",
    src`
import pandas as pd
from flask import Flask, request

app = Flask(__name__)

@app.route("/sales")
def sales():
    region = request.args.get("region", "EU")
    df = pd.read_sql(f"SELECT day, amount FROM sales WHERE region = '{region}'", engine)
    return df.to_json(orient="records")
`,
  ),
  good(
    "CWE-89",
    "batch18: pandas read_sql with a bound parameter",
    src`
import pandas as pd
from flask import Flask, request
from sqlalchemy import text

app = Flask(__name__)

@app.route("/sales")
def sales():
    region = request.args.get("region", "EU")
    df = pd.read_sql(text("SELECT day, amount FROM sales WHERE region = :r"), engine, params={"r": region})
    return df.to_json(orient="records")
`,
  ),
  bad(
    "CWE-79",
    "batch18: jinja2.Template (no autoescape) renders the search term",
    src`
from jinja2 import Template
from flask import Flask, request

app = Flask(__name__)
PAGE = Template("<h1>Results for {{ q }}</h1><ul>{% for r in results %}<li>{{ r }}</li>{% endfor %}</ul>")

@app.route("/search")
def search():
    q = request.args.get("q", "")
    return PAGE.render(q=q, results=run_search(q))
`,
  ),
  good(
    "CWE-79",
    "batch18: Jinja2 environment with autoescape renders the search term",
    src`
from jinja2 import Environment
from flask import Flask, request

app = Flask(__name__)
PAGE = Environment(autoescape=True).from_string(
    "<h1>Results for {{ q }}</h1><ul>{% for r in results %}<li>{{ r }}</li>{% endfor %}</ul>"
)

@app.route("/search")
def search():
    q = request.args.get("q", "")
    return PAGE.render(q=q, results=run_search(q))
`,
  ),
  bad(
    "CWE-22",
    "batch18: Django view opens MEDIA_ROOT plus the requested name",
    src`
from django.conf import settings
from django.http import HttpResponse

def media_file(request):
    name = request.GET["f"]
    with open(settings.MEDIA_ROOT + "/" + name, "rb") as fh:
        return HttpResponse(fh.read(), content_type="application/octet-stream")
`,
  ),
  good(
    "CWE-22",
    "batch18: Django view opens the requested name through safe_join",
    src`
from django.conf import settings
from django.http import HttpResponse, Http404
from django.utils._os import safe_join

def media_file(request):
    try:
        path = safe_join(settings.MEDIA_ROOT, request.GET["f"])
    except Exception:
        raise Http404
    with open(path, "rb") as fh:
        return HttpResponse(fh.read(), content_type="application/octet-stream")
`,
  ),
  bad(
    "CWE-295",
    "batch18: aiohttp connector with certificate checks off",
    src`
import aiohttp

async def fetch_json(url):
    connector = aiohttp.TCPConnector(ssl=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.get(url) as resp:
            return await resp.json()
`,
  ),
  good(
    "CWE-295",
    "batch18: aiohttp session with the default certificate checks",
    src`
import aiohttp

async def fetch_json(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            return await resp.json()
`,
  ),
];
