// Dev suite "py-snippets", batch 16 (see py-snippets.ts): written blind after the batch15 fixes, measured before
// any fix it prompted. A mix across the CWE list in shapes not used before: role grants, Django ownership
// lookups, duplicate header keys, imp.load_source, middleware class attributes, XML parsers with DTDs, IVs kept on
// the instance, seeds from the clock, bcrypt compared by hand, socketserver UDP handlers, os.environ updated from
// a request, discounts from hidden fields, $ref resolution, unchecked wait(), Django's static serve view on private
// files, two-step transfers, backups whose checksum is never compared, paramiko commands, Django extra()/raw(),
// torch.load, importlib from a parameter, DebuggedApplication, xmlrpc servers, FTP logins and more.
// Fixed twins are what a careful reviewer would accept. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH16: DevCase[] = [
  bad(
    "CWE-269",
    "batch16: moderator may grant any role, admin included",
    src`
from flask import Flask, request, abort
from flask_login import login_required, current_user

app = Flask(__name__)

@app.route("/users/<int:user_id>/role", methods=["POST"])
@login_required
def set_role(user_id):
    """Moderators and admins change other users' roles."""
    if current_user.role not in ("moderator", "admin"):
        abort(403)
    user = User.query.get_or_404(user_id)
    user.role = request.form["role"]
    db.session.commit()
    return "ok"
`,
  ),
  good(
    "CWE-269",
    "batch16: roles granted only below the granter's own level",
    src`
from flask import Flask, request, abort
from flask_login import login_required, current_user

app = Flask(__name__)
LEVEL = {"member": 0, "moderator": 1, "admin": 2}

@app.route("/users/<int:user_id>/role", methods=["POST"])
@login_required
def set_role(user_id):
    """Moderators and admins change other users' roles."""
    new_role = request.form["role"]
    mine = LEVEL.get(current_user.role, -1)
    if new_role not in LEVEL or mine < 1 or LEVEL[new_role] >= mine:
        abort(403)
    user = User.query.get_or_404(user_id)
    user.role = new_role
    db.session.commit()
    return "ok"
`,
  ),
  bad(
    "CWE-283",
    "batch16: Django comment deleted by primary key for any logged-in user",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from .models import Comment

@login_required
def delete_comment(request, pk):
    """Delete one of your comments."""
    comment = get_object_or_404(Comment, pk=pk)
    comment.delete()
    return redirect("comments")
`,
  ),
  good(
    "CWE-283",
    "batch16: Django comment looked up with its author",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from .models import Comment

@login_required
def delete_comment(request, pk):
    """Delete one of your comments."""
    comment = get_object_or_404(Comment, pk=pk, author=request.user)
    comment.delete()
    return redirect("comments")
`,
  ),
  bad(
    "CWE-462",
    "batch16: security header table lists X-Frame-Options twice",
    src`
SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "ALLOWALL",
}

def add_security_headers(response):
    for name, value in SECURITY_HEADERS.items():
        response.headers[name] = value
    return response
`,
  ),
  good(
    "CWE-462",
    "batch16: security header table with each header once",
    src`
SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'self'",
    "X-Content-Type-Options": "nosniff",
}

def add_security_headers(response):
    for name, value in SECURITY_HEADERS.items():
        response.headers[name] = value
    return response
`,
  ),
  bad(
    "CWE-477",
    "batch16: plugins loaded with imp.load_source",
    src`
import imp
import os

def load_plugins(folder: str) -> list:
    """Load every plugin module in the folder."""
    mods = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".py"):
            mods.append(imp.load_source(name[:-3], os.path.join(folder, name)))
    return mods
`,
  ),
  good(
    "CWE-477",
    "batch16: plugins loaded with importlib.util",
    src`
import importlib.util
import os

def load_plugins(folder: str) -> list:
    """Load every plugin module in the folder."""
    mods = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".py"):
            spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(folder, name))
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            mods.append(mod)
    return mods
`,
  ),
  bad(
    "CWE-488",
    "batch16: Django middleware keeps the user on a class attribute",
    src`
class CurrentUserMiddleware:
    """Make the current user available to model code."""

    user = None

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        CurrentUserMiddleware.user = request.user
        return self.get_response(request)

def audit_owner():
    return CurrentUserMiddleware.user
`,
  ),
  good(
    "CWE-488",
    "batch16: Django middleware keeps the user in a context variable",
    src`
import contextvars

_current_user = contextvars.ContextVar("current_user", default=None)

class CurrentUserMiddleware:
    """Make the current user available to model code."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_user.set(request.user)
        try:
            return self.get_response(request)
        finally:
            _current_user.reset(token)

def audit_owner():
    return _current_user.get()
`,
  ),
  bad(
    "CWE-595",
    "batch16: role compared by identity with a module constant",
    src`
ADMIN_ROLE = "admin"

def is_admin(user) -> bool:
    """Whether the user holds the admin role."""
    return user.role is ADMIN_ROLE
`,
  ),
  good(
    "CWE-595",
    "batch16: role compared by value with a module constant",
    src`
ADMIN_ROLE = "admin"

def is_admin(user) -> bool:
    """Whether the user holds the admin role."""
    return user.role == ADMIN_ROLE
`,
  ),
  bad(
    "CWE-776",
    "batch16: minidom parses an uploaded SVG",
    src`
from xml.dom import minidom
from flask import Flask, request

app = Flask(__name__)

@app.route("/icons", methods=["POST"])
def upload_icon():
    """Accept an SVG icon and report its size."""
    doc = minidom.parseString(request.files["icon"].read())
    svg = doc.documentElement
    return {"width": svg.getAttribute("width"), "height": svg.getAttribute("height")}
`,
  ),
  good(
    "CWE-776",
    "batch16: defusedxml minidom parses the uploaded SVG",
    src`
from defusedxml import minidom
from flask import Flask, request

app = Flask(__name__)

@app.route("/icons", methods=["POST"])
def upload_icon():
    """Accept an SVG icon and report its size."""
    doc = minidom.parseString(request.files["icon"].read())
    svg = doc.documentElement
    return {"width": svg.getAttribute("width"), "height": svg.getAttribute("height")}
`,
  ),
  bad(
    "CWE-827",
    "batch16: lxml parser loads and validates against the document's own DTD",
    src`
from lxml import etree

def parse_invoice(data: bytes):
    """Parse an invoice XML sent by a supplier."""
    parser = etree.XMLParser(load_dtd=True, dtd_validation=True, no_network=False)
    return etree.fromstring(data, parser)
`,
  ),
  good(
    "CWE-827",
    "batch16: lxml parser without DTD loading, validated against our schema",
    src`
from lxml import etree

SCHEMA = etree.XMLSchema(etree.parse("/etc/app/invoice.xsd"))

def parse_invoice(data: bytes):
    """Parse an invoice XML sent by a supplier."""
    parser = etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True, schema=SCHEMA)
    return etree.fromstring(data, parser)
`,
  ),
  bad(
    "CWE-1204",
    "batch16: AES-CFB with a fixed IV string",
    src`
from Crypto.Cipher import AES

IV = b"fixed-iv-1234567"

def encrypt_field(key: bytes, value: bytes) -> bytes:
    """Encrypt a column value."""
    return AES.new(key, AES.MODE_CFB, iv=IV).encrypt(value)
`,
  ),
  bad(
    "CWE-329",
    "batch16: IV drawn once per encryptor object and reused for every message",
    src`
import os
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

class FieldCipher:
    def __init__(self, key: bytes):
        self.key = key
        self.iv = os.urandom(16)

    def encrypt(self, value: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value) + padder.finalize()
        enc = Cipher(algorithms.AES(self.key), modes.CBC(self.iv)).encryptor()
        return enc.update(data) + enc.finalize()
`,
  ),
  good(
    "CWE-329",
    "batch16: fresh IV per message, stored with the ciphertext",
    src`
import os
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

class FieldCipher:
    def __init__(self, key: bytes):
        self.key = key

    def encrypt(self, value: bytes) -> bytes:
        iv = os.urandom(16)
        padder = padding.PKCS7(128).padder()
        data = padder.update(value) + padder.finalize()
        enc = Cipher(algorithms.AES(self.key), modes.CBC(iv)).encryptor()
        return iv + enc.update(data) + enc.finalize()
`,
  ),
  bad(
    "CWE-331",
    "batch16: reset token is an MD5 of the current time",
    src`
import hashlib
import time

def reset_token() -> str:
    """Token for the password-reset link."""
    return hashlib.md5(str(time.time()).encode()).hexdigest()
`,
  ),
  good(
    "CWE-331",
    "batch16: reset token from secrets.token_hex",
    src`
import secrets

def reset_token() -> str:
    """Token for the password-reset link."""
    return secrets.token_hex(32)
`,
  ),
  bad(
    "CWE-339",
    "batch16: API keys from a generator seeded with the clock",
    src`
import random
import time

random.seed(int(time.time()))

def new_api_key() -> str:
    """API key for a newly registered application."""
    return "%016x" % random.getrandbits(64)
`,
  ),
  bad(
    "CWE-385",
    "batch16: bcrypt hash recomputed and compared with ==",
    src`
import bcrypt

def password_ok(password: str, stored_hash: bytes) -> bool:
    """Check a login password against the stored bcrypt hash."""
    return bcrypt.hashpw(password.encode(), stored_hash) == stored_hash
`,
  ),
  good(
    "CWE-385",
    "batch16: bcrypt.checkpw for the login password",
    src`
import bcrypt

def password_ok(password: str, stored_hash: bytes) -> bool:
    """Check a login password against the stored bcrypt hash."""
    return bcrypt.checkpw(password.encode(), stored_hash)
`,
  ),
  bad(
    "CWE-406",
    "batch16: socketserver UDP handler sends the peer list to any source",
    src`
import json
import socketserver

class PeerListHandler(socketserver.BaseRequestHandler):
    """Answers 'peers' probes with every known peer."""

    def handle(self):
        data, sock = self.request
        if data.strip() == b"peers":
            sock.sendto(json.dumps(all_peers()).encode(), self.client_address)

server = socketserver.UDPServer(("0.0.0.0", 7400), PeerListHandler)
`,
  ),
  good(
    "CWE-406",
    "batch16: socketserver UDP handler answers members of the cluster only",
    src`
import json
import socketserver

CLUSTER = {"10.1.0.4", "10.1.0.5", "10.1.0.6"}

class PeerListHandler(socketserver.BaseRequestHandler):
    """Answers 'peers' probes with every known peer."""

    def handle(self):
        data, sock = self.request
        if self.client_address[0] not in CLUSTER:
            return
        if data.strip() == b"peers":
            sock.sendto(json.dumps(all_peers()).encode(), self.client_address)

server = socketserver.UDPServer(("0.0.0.0", 7400), PeerListHandler)
`,
  ),
  bad(
    "CWE-454",
    "batch16: process environment updated from the request body",
    src`
import os
from flask import Flask, request

app = Flask(__name__)

@app.route("/jobs/run", methods=["POST"])
def run_job():
    """Run the nightly job now, with the caller's settings."""
    os.environ.update(request.get_json().get("env", {}))
    return {"status": start_nightly_job()}
`,
  ),
  good(
    "CWE-454",
    "batch16: job settings passed as arguments, environment untouched",
    src`
from flask import Flask, request

app = Flask(__name__)
KNOWN = {"batch_size", "dry_run"}

@app.route("/jobs/run", methods=["POST"])
def run_job():
    """Run the nightly job now, with the caller's settings."""
    opts = {k: v for k, v in request.get_json().get("options", {}).items() if k in KNOWN}
    return {"status": start_nightly_job(**opts)}
`,
  ),
  bad(
    "CWE-472",
    "batch16: discount percentage posted from a hidden field",
    src`
from flask import Flask, request, session

app = Flask(__name__)

@app.route("/checkout", methods=["POST"])
def checkout():
    """Charge the cart with the discount shown on the page."""
    subtotal = cart_subtotal(session["cart"])
    total = subtotal * (1 - float(request.form["discount_pct"]) / 100)
    charge(session["card_token"], total)
    return {"charged": total}
`,
  ),
  good(
    "CWE-472",
    "batch16: discount looked up from the coupon code",
    src`
from flask import Flask, request, session

app = Flask(__name__)

@app.route("/checkout", methods=["POST"])
def checkout():
    """Charge the cart with the discount of the coupon entered."""
    subtotal = cart_subtotal(session["cart"])
    coupon = Coupon.query.filter_by(code=request.form.get("coupon", ""), active=True).first()
    pct = coupon.percent if coupon else 0
    total = subtotal * (1 - pct / 100)
    charge(session["card_token"], total)
    return {"charged": total}
`,
  ),
  bad(
    "CWE-674",
    "batch16: JSON schema $ref resolved recursively without a visited set",
    src`
from flask import Flask, request

app = Flask(__name__)

def resolve(node, defs):
    if isinstance(node, dict):
        if "$ref" in node:
            return resolve(defs[node["$ref"].split("/")[-1]], defs)
        return {k: resolve(v, defs) for k, v in node.items()}
    if isinstance(node, list):
        return [resolve(v, defs) for v in node]
    return node

@app.route("/schemas/expand", methods=["POST"])
def expand():
    """Inline every $ref of an uploaded schema."""
    doc = request.get_json()
    return resolve(doc, doc.get("definitions", {}))
`,
  ),
  good(
    "CWE-674",
    "batch16: $ref resolution with a depth bound",
    src`
from flask import Flask, request, abort

app = Flask(__name__)

def resolve(node, defs, depth=0):
    if depth > 20:
        abort(400)
    if isinstance(node, dict):
        if "$ref" in node:
            return resolve(defs[node["$ref"].split("/")[-1]], defs, depth + 1)
        return {k: resolve(v, defs, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [resolve(v, defs, depth + 1) for v in node]
    return node

@app.route("/schemas/expand", methods=["POST"])
def expand():
    """Inline every $ref of an uploaded schema."""
    doc = request.get_json()
    return resolve(doc, doc.get("definitions", {}))
`,
  ),
  bad(
    "CWE-204",
    "batch16: FastAPI login answers 404 for unknown users and 401 for wrong passwords",
    src`
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()

class Credentials(BaseModel):
    username: str
    password: str

@app.post("/auth/login")
def login(creds: Credentials):
    user = users.get_by_name(creds.username)
    if user is None:
        raise HTTPException(status_code=404, detail="user not found")
    if not verify_password(creds.password, user.password_hash):
        raise HTTPException(status_code=401, detail="incorrect password")
    return {"token": issue_token(user)}
`,
  ),
  good(
    "CWE-204",
    "batch16: FastAPI login answers 401 for both failures",
    src`
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()

class Credentials(BaseModel):
    username: str
    password: str

@app.post("/auth/login")
def login(creds: Credentials):
    user = users.get_by_name(creds.username)
    if user is None or not verify_password(creds.password, user.password_hash):
        raise HTTPException(status_code=401, detail="invalid username or password")
    return {"token": issue_token(user)}
`,
  ),
  bad(
    "CWE-252",
    "batch16: converter's wait() result ignored before the output replaces the original",
    src`
import os
import subprocess

def convert_in_place(path: str) -> None:
    """Re-encode a document to PDF/A, replacing the original."""
    tmp = path + ".tmp.pdf"
    proc = subprocess.Popen(["gs", "-dPDFA", "-sDEVICE=pdfwrite", "-o", tmp, path])
    proc.wait()
    os.replace(tmp, path)
`,
  ),
  good(
    "CWE-252",
    "batch16: original replaced only when the converter succeeded",
    src`
import os
import subprocess

def convert_in_place(path: str) -> None:
    """Re-encode a document to PDF/A, replacing the original."""
    tmp = path + ".tmp.pdf"
    proc = subprocess.Popen(["gs", "-dPDFA", "-sDEVICE=pdfwrite", "-o", tmp, path])
    if proc.wait() != 0:
        raise RuntimeError("conversion failed for " + path)
    os.replace(tmp, path)
`,
  ),
  bad(
    "CWE-193",
    "batch16: running total reads one element past the list",
    src`
def weekly_totals(days: list) -> list:
    """Cumulative totals for the days of the week."""
    totals = []
    running = 0
    for i in range(1, len(days) + 1):
        running += days[i]
        totals.append(running)
    return totals
`,
  ),
  good(
    "CWE-193",
    "batch16: running total over every element",
    src`
def weekly_totals(days: list) -> list:
    """Cumulative totals for the days of the week."""
    totals = []
    running = 0
    for i in range(len(days)):
        running += days[i]
        totals.append(running)
    return totals
`,
  ),
  bad(
    "CWE-425",
    "batch16: Django static serve view mounted on the private contracts folder",
    src`
from django.urls import path
from django.views.static import serve
from django.conf import settings
from . import views

urlpatterns = [
    path("contracts/", views.contract_list, name="contracts"),
    path("contracts/files/<path:path>", serve, {"document_root": settings.PRIVATE_CONTRACTS_ROOT}),
]
`,
  ),
  good(
    "CWE-425",
    "batch16: contracts served through a view that checks the owner",
    src`
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.urls import path
from . import views

@login_required
def contract_file(request, pk):
    contract = views.Contract.objects.filter(pk=pk, owner=request.user).first()
    if contract is None:
        raise Http404()
    return FileResponse(contract.document.open("rb"))

urlpatterns = [
    path("contracts/", views.contract_list, name="contracts"),
    path("contracts/<int:pk>/file", contract_file),
]
`,
  ),
  bad(
    "CWE-841",
    "batch16: prepared transfer executed without the confirmation step",
    src`
from flask import Flask, request, session, abort

app = Flask(__name__)

@app.route("/transfer/prepare", methods=["POST"])
def prepare():
    session["pending"] = {"to": request.form["to"], "amount": request.form["amount"]}
    send_sms_code(current_account())
    return "code sent"

@app.route("/transfer/confirm", methods=["POST"])
def confirm():
    if not sms_code_ok(current_account(), request.form["code"]):
        abort(400)
    session["transfer_confirmed"] = True
    return "confirmed"

@app.route("/transfer/execute", methods=["POST"])
def execute():
    p = session.pop("pending")
    transfer_funds(current_account(), p["to"], p["amount"])
    return "done"
`,
  ),
  good(
    "CWE-841",
    "batch16: prepared transfer executed only once confirmed",
    src`
from flask import Flask, request, session, abort

app = Flask(__name__)

@app.route("/transfer/prepare", methods=["POST"])
def prepare():
    session["pending"] = {"to": request.form["to"], "amount": request.form["amount"]}
    session["transfer_confirmed"] = False
    send_sms_code(current_account())
    return "code sent"

@app.route("/transfer/confirm", methods=["POST"])
def confirm():
    if not sms_code_ok(current_account(), request.form["code"]):
        abort(400)
    session["transfer_confirmed"] = True
    return "confirmed"

@app.route("/transfer/execute", methods=["POST"])
def execute():
    if not session.pop("transfer_confirmed", False):
        abort(403)
    p = session.pop("pending")
    transfer_funds(current_account(), p["to"], p["amount"])
    return "done"
`,
  ),
  bad(
    "CWE-353",
    "batch16: backup restore drops the stored digest without comparing it",
    src`
import hashlib

def write_backup(path: str, data: bytes) -> None:
    """Backup file: the data followed by its SHA-256."""
    with open(path, "wb") as f:
        f.write(data + hashlib.sha256(data).digest())

def read_backup(path: str) -> bytes:
    with open(path, "rb") as f:
        blob = f.read()
    return blob[:-32]
`,
  ),
  good(
    "CWE-353",
    "batch16: backup restore checks the stored digest",
    src`
import hashlib
import hmac

def write_backup(path: str, data: bytes) -> None:
    """Backup file: the data followed by its SHA-256."""
    with open(path, "wb") as f:
        f.write(data + hashlib.sha256(data).digest())

def read_backup(path: str) -> bytes:
    with open(path, "rb") as f:
        blob = f.read()
    data, digest = blob[:-32], blob[-32:]
    if not hmac.compare_digest(hashlib.sha256(data).digest(), digest):
        raise ValueError("backup is corrupt")
    return data
`,
  ),
  // --- common CWEs, other shapes ---
  bad(
    "CWE-78",
    "batch16: paramiko command built from the requested directory",
    src`
import paramiko

def list_remote(host: str, directory: str) -> str:
    """List a directory on a build agent for the web console."""
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="deploy")
    _, out, _ = client.exec_command(f"ls -la {directory}")
    return out.read().decode()
`,
  ),
  good(
    "CWE-78",
    "batch16: paramiko command with the directory quoted",
    src`
import shlex
import paramiko

def list_remote(host: str, directory: str) -> str:
    """List a directory on a build agent for the web console."""
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="deploy")
    _, out, _ = client.exec_command("ls -la -- " + shlex.quote(directory))
    return out.read().decode()
`,
  ),
  bad(
    "CWE-89",
    "batch16: Django queryset extra() with the search term formatted in",
    src`
from django.http import JsonResponse
from .models import Book

def search(request):
    """Books whose title contains the search term."""
    q = request.GET.get("q", "")
    books = Book.objects.extra(where=[f"title LIKE '%%{q}%%'"])
    return JsonResponse({"ids": [b.id for b in books]})
`,
  ),
  good(
    "CWE-89",
    "batch16: Django filter with icontains",
    src`
from django.http import JsonResponse
from .models import Book

def search(request):
    """Books whose title contains the search term."""
    q = request.GET.get("q", "")
    books = Book.objects.filter(title__icontains=q)
    return JsonResponse({"ids": [b.id for b in books]})
`,
  ),
  bad(
    "CWE-89",
    "batch16: Django raw() with the author name concatenated",
    src`
from .models import Book

def books_by(author: str):
    """Books by the author typed in the filter box."""
    return list(Book.objects.raw("SELECT * FROM shop_book WHERE author = '" + author + "'"))
`,
  ),
  good(
    "CWE-89",
    "batch16: Django raw() with a parameter",
    src`
from .models import Book

def books_by(author: str):
    """Books by the author typed in the filter box."""
    return list(Book.objects.raw("SELECT * FROM shop_book WHERE author = %s", [author]))
`,
  ),
  bad(
    "CWE-79",
    "batch16: Markup around an f-string with the user's bio",
    src`
from flask import Flask, render_template_string
from markupsafe import Markup

app = Flask(__name__)

@app.route("/u/<name>")
def profile(name):
    user = User.query.filter_by(name=name).first_or_404()
    bio = Markup(f"<div class='bio'>{user.bio}</div>")
    return render_template_string("<h1>{{ n }}</h1>{{ bio }}", n=user.name, bio=bio)
`,
  ),
  good(
    "CWE-79",
    "batch16: Markup.format escapes the user's bio",
    src`
from flask import Flask, render_template_string
from markupsafe import Markup

app = Flask(__name__)

@app.route("/u/<name>")
def profile(name):
    user = User.query.filter_by(name=name).first_or_404()
    bio = Markup("<div class='bio'>{}</div>").format(user.bio)
    return render_template_string("<h1>{{ n }}</h1>{{ bio }}", n=user.name, bio=bio)
`,
  ),
  bad(
    "CWE-601",
    "batch16: FastAPI RedirectResponse to the next parameter",
    src`
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.get("/sso/callback")
def sso_callback(code: str, next: str = "/"):
    """Finish single sign-on and continue where the user was."""
    complete_login(code)
    return RedirectResponse(url=next)
`,
  ),
  good(
    "CWE-601",
    "batch16: FastAPI redirect only to a local path",
    src`
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.get("/sso/callback")
def sso_callback(code: str, next: str = "/"):
    """Finish single sign-on and continue where the user was."""
    complete_login(code)
    if not next.startswith("/") or next.startswith("//") or "\\" in next:
        next = "/"
    return RedirectResponse(url=next)
`,
  ),
  bad(
    "CWE-918",
    "batch16: httpx status probe of the host named in the query",
    src`
import httpx
from flask import Flask, request

app = Flask(__name__)

@app.route("/probe")
def probe():
    """Check whether a service answers its health endpoint."""
    host = request.args["host"]
    r = httpx.get(f"http://{host}/healthz", timeout=3)
    return {"status": r.status_code}
`,
  ),
  good(
    "CWE-918",
    "batch16: httpx status probe of a known service",
    src`
import httpx
from flask import Flask, request, abort

app = Flask(__name__)
SERVICES = {"billing": "billing.internal:8080", "search": "search.internal:8080"}

@app.route("/probe")
def probe():
    """Check whether a service answers its health endpoint."""
    host = SERVICES.get(request.args["service"])
    if host is None:
        abort(404)
    r = httpx.get(f"http://{host}/healthz", timeout=3)
    return {"status": r.status_code}
`,
  ),
  bad(
    "CWE-502",
    "batch16: uploaded model restored with torch.load",
    src`
import torch
from flask import Flask, request

app = Flask(__name__)

@app.route("/models", methods=["POST"])
def upload_model():
    """Accept a fine-tuned checkpoint from a customer."""
    state = torch.load(request.files["checkpoint"], map_location="cpu")
    MODEL.load_state_dict(state)
    return "loaded"
`,
  ),
  good(
    "CWE-502",
    "batch16: uploaded checkpoint restored with weights_only",
    src`
import torch
from flask import Flask, request

app = Flask(__name__)

@app.route("/models", methods=["POST"])
def upload_model():
    """Accept a fine-tuned checkpoint from a customer."""
    state = torch.load(request.files["checkpoint"], map_location="cpu", weights_only=True)
    MODEL.load_state_dict(state)
    return "loaded"
`,
  ),
  bad(
    "CWE-502",
    "batch16: numpy.load with allow_pickle on an uploaded array",
    src`
import numpy as np
from flask import Flask, request

app = Flask(__name__)

@app.route("/arrays", methods=["POST"])
def upload_array():
    """Store an array a client computed."""
    arr = np.load(request.files["data"], allow_pickle=True)
    return {"shape": list(arr.shape)}
`,
  ),
  bad(
    "CWE-470",
    "batch16: exporter module imported by the name in the query",
    src`
import importlib
from flask import Flask, request

app = Flask(__name__)

@app.route("/export")
def export():
    """Export the report in the requested format."""
    mod = importlib.import_module("exporters." + request.args.get("format", "csv"))
    return mod.export(current_report())
`,
  ),
  good(
    "CWE-470",
    "batch16: exporter chosen from a fixed table",
    src`
from flask import Flask, request, abort
from exporters import csv_export, json_export, xlsx_export

app = Flask(__name__)
EXPORTERS = {"csv": csv_export, "json": json_export, "xlsx": xlsx_export}

@app.route("/export")
def export():
    """Export the report in the requested format."""
    mod = EXPORTERS.get(request.args.get("format", "csv"))
    if mod is None:
        abort(400)
    return mod.export(current_report())
`,
  ),
  bad(
    "CWE-95",
    "batch16: comparison built from an operator parameter and evaluated",
    src`
def matches(row: dict, field: str, op: str, value: str) -> bool:
    """Filter rule from the report builder: field, operator and value as typed."""
    return eval(f"{row[field]!r} {op} {value!r}")
`,
  ),
  good(
    "CWE-95",
    "batch16: comparison through an operator table",
    src`
import operator

OPS = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, ">": operator.gt}

def matches(row: dict, field: str, op: str, value: str) -> bool:
    """Filter rule from the report builder: field, operator and value as typed."""
    return OPS[op](str(row[field]), value)
`,
  ),
  bad(
    "CWE-209",
    "batch16: Django view returns the exception's repr",
    src`
from django.http import HttpResponse

def import_csv(request):
    """Import the uploaded CSV of contacts."""
    try:
        count = import_contacts(request.FILES["file"])
    except Exception as e:
        return HttpResponse(f"Import failed: {e!r}", status=500)
    return HttpResponse(f"{count} contacts imported")
`,
  ),
  good(
    "CWE-209",
    "batch16: Django view logs the exception and answers generically",
    src`
import logging
from django.http import HttpResponse

log = logging.getLogger(__name__)

def import_csv(request):
    """Import the uploaded CSV of contacts."""
    try:
        count = import_contacts(request.FILES["file"])
    except Exception:
        log.exception("contact import failed")
        return HttpResponse("Import failed", status=500)
    return HttpResponse(f"{count} contacts imported")
`,
  ),
  bad(
    "CWE-215",
    "batch16: app wrapped in Werkzeug's DebuggedApplication with evalex",
    src`
from werkzeug.debug import DebuggedApplication
from myapp import create_app

application = DebuggedApplication(create_app(), evalex=True)
`,
  ),
  good(
    "CWE-215",
    "batch16: app served without the debugger",
    src`
from myapp import create_app

application = create_app()
`,
  ),
  bad(
    "CWE-306",
    "batch16: XML-RPC server exposes account functions on every interface without auth",
    src`
from xmlrpc.server import SimpleXMLRPCServer

def reset_password(username, new_password):
    set_password(username, new_password)
    return True

server = SimpleXMLRPCServer(("0.0.0.0", 8000))
server.register_function(reset_password)
server.serve_forever()
`,
  ),
  bad(
    "CWE-319",
    "batch16: FTP login in cleartext to fetch the price list",
    src`
import ftplib

def fetch_prices(host: str, user: str, password: str) -> bytes:
    """Download the supplier's price list."""
    chunks = []
    with ftplib.FTP(host) as ftp:
        ftp.login(user, password)
        ftp.retrbinary("RETR prices.csv", chunks.append)
    return b"".join(chunks)
`,
  ),
  good(
    "CWE-319",
    "batch16: FTP over TLS with a protected data channel",
    src`
import ftplib

def fetch_prices(host: str, user: str, password: str) -> bytes:
    """Download the supplier's price list."""
    chunks = []
    with ftplib.FTP_TLS(host) as ftp:
        ftp.login(user, password)
        ftp.prot_p()
        ftp.retrbinary("RETR prices.csv", chunks.append)
    return b"".join(chunks)
`,
  ),
  bad(
    "CWE-326",
    "batch16: PyCryptodome RSA key of 1024 bits",
    src`
from Crypto.PublicKey import RSA

def new_device_key() -> bytes:
    """Key pair provisioned on a new device."""
    return RSA.generate(1024).export_key()
`,
  ),
  good(
    "CWE-326",
    "batch16: PyCryptodome RSA key of 3072 bits",
    src`
from Crypto.PublicKey import RSA

def new_device_key() -> bytes:
    """Key pair provisioned on a new device."""
    return RSA.generate(3072).export_key()
`,
  ),
  bad(
    "CWE-327",
    "batch16: RC4 stream cipher for the session blob",
    src`
from Crypto.Cipher import ARC4

def seal_session(key: bytes, blob: bytes) -> bytes:
    """Encrypt the session blob stored client-side."""
    return ARC4.new(key).encrypt(blob)
`,
  ),
  bad(
    "CWE-330",
    "batch16: e-mail verification token from getrandbits",
    src`
import random

def email_token() -> str:
    """Token in the e-mail verification link."""
    return "%08x" % random.getrandbits(32)
`,
  ),
  bad(
    "CWE-347",
    "batch16: JWT algorithm taken from the token's own header",
    src`
import jwt

def claims_of(token: str, key: str) -> dict:
    """Claims of a bearer token."""
    alg = jwt.get_unverified_header(token)["alg"]
    return jwt.decode(token, key, algorithms=[alg])
`,
  ),
  good(
    "CWE-347",
    "batch16: JWT decoded with the one algorithm we issue",
    src`
import jwt

def claims_of(token: str, key: str) -> dict:
    """Claims of a bearer token."""
    return jwt.decode(token, key, algorithms=["HS256"])
`,
  ),
  bad(
    "CWE-352",
    "batch16: Flask-WTF protection switched off for the transfer route",
    src`
from flask import Flask, request
from flask_wtf.csrf import CSRFProtect
from flask_login import login_required, current_user

app = Flask(__name__)
csrf = CSRFProtect(app)

@app.route("/transfer", methods=["POST"])
@csrf.exempt
@login_required
def transfer():
    """Move money between the user's accounts (form on the dashboard)."""
    move(current_user, request.form["from"], request.form["to"], request.form["amount"])
    return "ok"
`,
  ),
  bad(
    "CWE-409",
    "batch16: gzip request body decompressed in one call",
    src`
import json
import zlib
from flask import Flask, request

app = Flask(__name__)

@app.route("/ingest", methods=["POST"])
def ingest():
    """Accept a gzip-compressed batch of events."""
    events = json.loads(zlib.decompress(request.get_data(), 16 + zlib.MAX_WBITS))
    store(events)
    return {"n": len(events)}
`,
  ),
  good(
    "CWE-409",
    "batch16: gzip request body decompressed with an output cap",
    src`
import json
import zlib
from flask import Flask, request, abort

app = Flask(__name__)
MAX_OUT = 10 * 1024 * 1024

@app.route("/ingest", methods=["POST"])
def ingest():
    """Accept a gzip-compressed batch of events."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    raw = d.decompress(request.get_data(), MAX_OUT)
    if d.unconsumed_tail:
        abort(413)
    events = json.loads(raw)
    store(events)
    return {"n": len(events)}
`,
  ),
  bad(
    "CWE-434",
    "batch16: FastAPI upload written into the public folder under its own name",
    src`
from fastapi import FastAPI, UploadFile

app = FastAPI()

@app.post("/attachments")
async def upload(file: UploadFile):
    """Attach a file to the ticket."""
    with open(f"public/attachments/{file.filename}", "wb") as out:
        out.write(await file.read())
    return {"url": f"/attachments/{file.filename}"}
`,
  ),
  good(
    "CWE-434",
    "batch16: FastAPI upload with an extension allow-list and a generated name",
    src`
import os
import uuid
from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()
ALLOWED = {".png", ".jpg", ".pdf", ".txt"}

@app.post("/attachments")
async def upload(file: UploadFile):
    """Attach a file to the ticket."""
    ext = os.path.splitext(file.filename or "")[1].lower()
    if ext not in ALLOWED:
        raise HTTPException(status_code=400, detail="file type not allowed")
    name = uuid.uuid4().hex + ext
    with open(os.path.join("storage/attachments", name), "wb") as out:
        out.write(await file.read())
    return {"id": name}
`,
  ),
  bad(
    "CWE-521",
    "batch16: signup accepts any password of four characters",
    src`
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/signup", methods=["POST"])
def signup():
    """Create an account."""
    password = request.form["password"]
    if len(password) < 4:
        abort(400, "password too short")
    create_user(request.form["email"], hash_password(password))
    return "welcome"
`,
  ),
  good(
    "CWE-521",
    "batch16: signup requires twelve characters and rejects common passwords",
    src`
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/signup", methods=["POST"])
def signup():
    """Create an account."""
    password = request.form["password"]
    if len(password) < 12 or password.lower() in COMMON_PASSWORDS:
        abort(400, "choose a longer, less common password")
    create_user(request.form["email"], hash_password(password))
    return "welcome"
`,
  ),
  bad(
    "CWE-522",
    "batch16: basic-auth credentials sent to an http URL",
    src`
import requests

def fetch_inventory(user: str, password: str) -> dict:
    """Inventory from the warehouse system."""
    r = requests.get("http://warehouse.example.com/api/inventory", auth=(user, password), timeout=10)
    return r.json()
`,
  ),
  good(
    "CWE-522",
    "batch16: basic-auth credentials sent over https",
    src`
import requests

def fetch_inventory(user: str, password: str) -> dict:
    """Inventory from the warehouse system."""
    r = requests.get("https://warehouse.example.com/api/inventory", auth=(user, password), timeout=10)
    return r.json()
`,
  ),
  bad(
    "CWE-643",
    "batch16: ElementTree findall with the name in the path expression",
    src`
import xml.etree.ElementTree as ET

TREE = ET.parse("/etc/app/accounts.xml")

def account(name: str):
    """Account element for the user name from the login form."""
    return TREE.getroot().findall(f".//account[@name='{name}']")
`,
  ),
  good(
    "CWE-643",
    "batch16: ElementTree lookup comparing the attribute in Python",
    src`
import xml.etree.ElementTree as ET

TREE = ET.parse("/etc/app/accounts.xml")

def account(name: str):
    """Account element for the user name from the login form."""
    return [a for a in TREE.getroot().iter("account") if a.get("name") == name]
`,
  ),
  bad(
    "CWE-732",
    "batch16: secrets file made world-readable",
    src`
import json
import os

def save_secrets(path: str, secrets: dict) -> None:
    """Write the service's API secrets."""
    with open(path, "w") as f:
        json.dump(secrets, f)
    os.chmod(path, 0o644)
`,
  ),
  good(
    "CWE-732",
    "batch16: secrets file readable by the owner only",
    src`
import json
import os

def save_secrets(path: str, secrets: dict) -> None:
    """Write the service's API secrets."""
    with open(path, "w") as f:
        json.dump(secrets, f)
    os.chmod(path, 0o600)
`,
  ),
  bad(
    "CWE-759",
    "batch16: password peppered with a server key but never salted",
    src`
import hashlib
import hmac

PEPPER = load_pepper()

def password_digest(password: str) -> str:
    """Digest stored for the user's password."""
    return hmac.new(PEPPER, password.encode(), hashlib.sha256).hexdigest()
`,
  ),
  good(
    "CWE-759",
    "batch16: password hashed with argon2",
    src`
from argon2 import PasswordHasher

_ph = PasswordHasher()

def password_digest(password: str) -> str:
    """Digest stored for the user's password."""
    return _ph.hash(password)
`,
  ),
  bad(
    "CWE-798",
    "batch16: SMTP login with the mailbox password in code",
    src`
import smtplib

def alert(body: str) -> None:
    """Mail an alert to the on-call list."""
    with smtplib.SMTP_SSL("smtp.example.com", 465) as s:
        s.login("alerts@example.com", "Al3rt!Mailbox#2024")
        s.sendmail("alerts@example.com", ["oncall@example.com"], body)
`,
  ),
  good(
    "CWE-798",
    "batch16: SMTP login with the password from the environment",
    src`
import os
import smtplib

def alert(body: str) -> None:
    """Mail an alert to the on-call list."""
    with smtplib.SMTP_SSL("smtp.example.com", 465) as s:
        s.login("alerts@example.com", os.environ["ALERTS_SMTP_PASSWORD"])
        s.sendmail("alerts@example.com", ["oncall@example.com"], body)
`,
  ),
  bad(
    "CWE-835",
    "batch16: chunked download loop that never ends on an empty chunk",
    src`
def download(store, key: str, size: int) -> bytes:
    """Fetch an object in 1 MiB ranges."""
    out = bytearray()
    offset = 0
    while offset < size:
        chunk = store.get_range(key, offset, 1 << 20)
        out += chunk
        offset += len(chunk)
    return bytes(out)
`,
  ),
  good(
    "CWE-835",
    "batch16: chunked download loop that stops on an empty chunk",
    src`
def download(store, key: str, size: int) -> bytes:
    """Fetch an object in 1 MiB ranges."""
    out = bytearray()
    offset = 0
    while offset < size:
        chunk = store.get_range(key, offset, 1 << 20)
        if not chunk:
            raise IOError("object shorter than announced")
        out += chunk
        offset += len(chunk)
    return bytes(out)
`,
  ),
  bad(
    "CWE-943",
    "batch16: MongoDB login query with the raw JSON fields",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]

@app.route("/api/login", methods=["POST"])
def login():
    body = request.get_json()
    user = users.find_one({"username": body["username"], "password_hash": hash_pw(body["password"])})
    if user is None:
        user = users.find_one({"username": body["username"], "legacy_token": body.get("token")})
    return {"ok": user is not None}
`,
  ),
  good(
    "CWE-943",
    "batch16: MongoDB login query with the fields forced to strings",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]

@app.route("/api/login", methods=["POST"])
def login():
    body = request.get_json()
    name = str(body.get("username", ""))
    user = users.find_one({"username": name, "password_hash": hash_pw(str(body.get("password", "")))})
    return {"ok": user is not None}
`,
  ),
];
