// Dev suite "py-snippets", batch 34 (see py-snippets.ts): measured before any fix it prompted. Written after the
// batch 33 fixes, so not blind to the rules those touched; its shapes come from tutorial and Q&A code for a broad
// spread of CWEs: os.popen and shell subprocesses, pandas read_sql and Django raw(), exec with emptied builtins,
// Werkzeug's debugger, FTP logins, httpx without verification, JWTs decoded without their signature, Django
// settings without password validators, FastAPI redirects and uploads, multiprocessing counters, ChaCha20 with a
// zero nonce, session "role" checks that admit every role, Docker containers with the host's privileges and
// checkout steps that skip payment. Each has a safe twin of the same shape where one is natural. Own code, never
// taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH34: DevCase[] = [
  // ---------------- CWE-78 ----------------
  bad(
    "CWE-78",
    "batch34: os.popen runs nslookup on the domain from the query string",
    src`
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/dns")
def dns():
    domain = request.args.get("domain", "")
    return "<pre>" + os.popen("nslookup " + domain).read() + "</pre>"
`,
  ),
  good(
    "CWE-78",
    "batch34: nslookup run with an argument list after a hostname check",
    src`
import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
HOST = re.compile(r"^[A-Za-z0-9.-]{1,253}$")


@app.route("/dns")
def dns():
    domain = request.args.get("domain", "")
    if not HOST.fullmatch(domain) or domain.startswith("-"):
        abort(400)
    out = subprocess.run(["nslookup", domain], capture_output=True, text=True, timeout=10)
    return {"output": out.stdout}
`,
  ),
  bad(
    "CWE-78",
    "batch34: asyncio shell subprocess converts an uploaded file named by the client",
    src`
import asyncio

from aiohttp import web


async def thumbnail(request):
    data = await request.post()
    name = data["name"]
    proc = await asyncio.create_subprocess_shell(f"convert uploads/{name} -resize 128x128 thumbs/{name}")
    await proc.wait()
    return web.json_response({"ok": proc.returncode == 0})
`,
  ),
  // ---------------- CWE-79 / CWE-80 ----------------
  bad(
    "CWE-79",
    "batch34: Django view concatenates the search term into an HttpResponse",
    src`
from django.http import HttpResponse


def search(request):
    q = request.GET.get("q", "")
    return HttpResponse("<h2>Results for " + q + "</h2><ul></ul>")
`,
  ),
  good(
    "CWE-79",
    "batch34: Django view escapes the search term",
    src`
from django.http import HttpResponse
from django.utils.html import escape


def search(request):
    q = request.GET.get("q", "")
    return HttpResponse("<h2>Results for " + escape(q) + "</h2><ul></ul>")
`,
  ),
  bad(
    "CWE-80",
    "batch34: comment preview wraps the posted comment in a div as it is",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview():
    return "<div class='comment'>" + request.form["comment"] + "</div>"
`,
  ),
  good(
    "CWE-80",
    "batch34: comment preview escapes the posted comment",
    src`
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview():
    return "<div class='comment'>" + str(escape(request.form["comment"])) + "</div>"
`,
  ),
  // ---------------- CWE-89 ----------------
  bad(
    "CWE-89",
    "batch34: pandas.read_sql with the region from the query string in an f-string",
    src`
import sqlite3

import pandas as pd
from flask import Flask, request

app = Flask(__name__)


@app.route("/sales")
def sales():
    region = request.args["region"]
    conn = sqlite3.connect("sales.db")
    df = pd.read_sql(f"SELECT month, total FROM sales WHERE region = '{region}'", conn)
    return df.to_json(orient="records")
`,
  ),
  good(
    "CWE-89",
    "batch34: pandas.read_sql with the region as a bound parameter",
    src`
import sqlite3

import pandas as pd
from flask import Flask, request

app = Flask(__name__)


@app.route("/sales")
def sales():
    region = request.args["region"]
    conn = sqlite3.connect("sales.db")
    df = pd.read_sql("SELECT month, total FROM sales WHERE region = ?", conn, params=(region,))
    return df.to_json(orient="records")
`,
  ),
  bad(
    "CWE-89",
    "batch34: Django Manager.raw() with the user name %-formatted into the SQL",
    src`
from django.contrib.auth.models import User
from django.http import JsonResponse


def lookup(request):
    name = request.GET["username"]
    users = User.objects.raw("SELECT * FROM auth_user WHERE username = '%s'" % name)
    return JsonResponse({"ids": [u.id for u in users]})
`,
  ),
  // ---------------- CWE-94 / CWE-95 ----------------
  bad(
    "CWE-94",
    "batch34: exec of posted code with __builtins__ emptied (still escapable)",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/run", methods=["POST"])
def run_snippet():
    scope = {"__builtins__": {}}
    exec(request.form["code"], scope)
    return {"result": repr(scope.get("result"))}
`,
  ),
  bad(
    "CWE-95",
    "batch34: calculator evals operands and operator from the query string",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    a, op, b = request.args["a"], request.args["op"], request.args["b"]
    return {"result": eval(f"{a} {op} {b}")}
`,
  ),
  good(
    "CWE-95",
    "batch34: calculator maps the operator to a function and parses the operands as numbers",
    src`
import operator

from flask import Flask, abort, request

app = Flask(__name__)
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


@app.route("/calc")
def calc():
    op = OPS.get(request.args["op"])
    if op is None:
        abort(400)
    return {"result": op(float(request.args["a"]), float(request.args["b"]))}
`,
  ),
  // ---------------- CWE-117 ----------------
  bad(
    "CWE-117",
    "batch34: failed login logged with the submitted user name in an f-string",
    src`
from flask import Flask, request

from auth import check

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    if not check(request.form["username"], request.form["password"]):
        app.logger.warning(f"failed login for {request.form['username']}")
        return "no", 401
    return "ok"
`,
  ),
  good(
    "CWE-117",
    "batch34: failed login logged after line breaks are stripped from the user name",
    src`
from flask import Flask, request

from auth import check

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    if not check(request.form["username"], request.form["password"]):
        user = request.form["username"].replace("\r", "").replace("\n", "")
        app.logger.warning("failed login for %s", user)
        return "no", 401
    return "ok"
`,
  ),
  // ---------------- CWE-209 / CWE-215 ----------------
  bad(
    "CWE-209",
    "batch34: Django view returns the traceback of any error as JSON",
    src`
import traceback

from django.http import JsonResponse

from .services import place_order


def checkout(request):
    try:
        order = place_order(request.user, request.POST)
    except Exception as exc:
        return JsonResponse({"error": str(exc), "trace": traceback.format_exc()}, status=500)
    return JsonResponse({"order": order.id})
`,
  ),
  good(
    "CWE-209",
    "batch34: Django view logs the error and returns a generic message",
    src`
import logging

from django.http import JsonResponse

from .services import place_order

log = logging.getLogger(__name__)


def checkout(request):
    try:
        order = place_order(request.user, request.POST)
    except Exception:
        log.exception("checkout failed")
        return JsonResponse({"error": "could not place the order"}, status=500)
    return JsonResponse({"order": order.id})
`,
  ),
  bad(
    "CWE-215",
    "batch34: Werkzeug's interactive debugger wrapped around the production app",
    src`
from flask import Flask
from werkzeug.debug import DebuggedApplication

app = Flask(__name__)
app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True)


@app.route("/")
def index():
    return "ok"
`,
  ),
  // ---------------- CWE-259 / CWE-321 / CWE-798 ----------------
  bad(
    "CWE-259",
    "batch34: FTP backup upload logs in with a password in the source",
    src`
from ftplib import FTP


def upload_backup(path):
    with FTP("ftp.example.com") as ftp:
        ftp.login(user="backup", passwd="b4ckup!2023")
        with open(path, "rb") as fh:
            ftp.storbinary("STOR nightly.tar.gz", fh)
`,
  ),
  good(
    "CWE-259",
    "batch34: FTP backup upload reads the password from the environment",
    src`
import os
from ftplib import FTP_TLS


def upload_backup(path):
    with FTP_TLS("ftp.example.com") as ftp:
        ftp.login(user="backup", passwd=os.environ["BACKUP_FTP_PASSWORD"])
        ftp.prot_p()
        with open(path, "rb") as fh:
            ftp.storbinary("STOR nightly.tar.gz", fh)
`,
  ),
  bad(
    "CWE-321",
    "batch34: JWTs signed with a key written in the source",
    src`
import datetime

import jwt

SIGNING_KEY = "9f8e7d6c5b4a-super-secret"


def issue_token(user_id):
    payload = {"sub": str(user_id), "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}
    return jwt.encode(payload, SIGNING_KEY, algorithm="HS256")
`,
  ),
  good(
    "CWE-321",
    "batch34: JWTs signed with a key from the environment",
    src`
import datetime
import os

import jwt


def issue_token(user_id):
    payload = {"sub": str(user_id), "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}
    return jwt.encode(payload, os.environ["JWT_SIGNING_KEY"], algorithm="HS256")
`,
  ),
  bad(
    "CWE-798",
    "batch34: boto3 client created with an access key pair in the source",
    src`
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAQ3EGVWXJ7N2KQ4ZL",
    aws_secret_access_key="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",
    region_name="eu-west-1",
)


def upload(path, key):
    s3.upload_file(path, "reports-bucket", key)
`,
  ),
  good(
    "CWE-798",
    "batch34: boto3 client using the default credential chain",
    src`
import boto3

s3 = boto3.client("s3", region_name="eu-west-1")


def upload(path, key):
    s3.upload_file(path, "reports-bucket", key)
`,
  ),
  // ---------------- CWE-295 ----------------
  bad(
    "CWE-295",
    "batch34: httpx client with certificate verification off",
    src`
import httpx

client = httpx.Client(base_url="https://billing.internal.example.com", verify=False, timeout=10)


def invoice(invoice_id):
    return client.get(f"/invoices/{invoice_id}").json()
`,
  ),
  bad(
    "CWE-295",
    "batch34: ssl context with hostname check and verification switched off for a socket client",
    src`
import socket
import ssl


def fetch_banner(host, port=443):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.recv(1024)
`,
  ),
  good(
    "CWE-295",
    "batch34: ssl default context left verifying for a socket client",
    src`
import socket
import ssl


def fetch_banner(host, port=443):
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.recv(1024)
`,
  ),
  // ---------------- CWE-326 / CWE-327 / CWE-328 / CWE-759 ----------------
  bad(
    "CWE-326",
    "batch34: PyCryptodome DSA key of 1024 bits",
    src`
from Crypto.PublicKey import DSA


def new_signing_key(path):
    key = DSA.generate(1024)
    with open(path, "wb") as fh:
        fh.write(key.export_key())
`,
  ),
  good(
    "CWE-326",
    "batch34: PyCryptodome DSA key of 3072 bits",
    src`
from Crypto.PublicKey import DSA


def new_signing_key(path):
    key = DSA.generate(3072)
    with open(path, "wb") as fh:
        fh.write(key.export_key())
`,
  ),
  bad(
    "CWE-327",
    "batch34: session blobs encrypted with RC4 (ARC4)",
    src`
from Crypto.Cipher import ARC4


def seal(key: bytes, blob: bytes) -> bytes:
    return ARC4.new(key).encrypt(blob)
`,
  ),
  good(
    "CWE-327",
    "batch34: session blobs sealed with AES-GCM",
    src`
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def seal(key: bytes, blob: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, blob, None)
`,
  ),
  bad(
    "CWE-328",
    "batch34: account passwords stored as MD5 hex digests",
    src`
import hashlib


def store_password(db, user_id, password):
    digest = hashlib.md5(password.encode("utf-8")).hexdigest()
    db.execute("UPDATE users SET password_hash = ? WHERE id = ?", (digest, user_id))
`,
  ),
  bad(
    "CWE-759",
    "batch34: account passwords stored as unsalted SHA-256",
    src`
import hashlib


def store_password(db, user_id, password):
    digest = hashlib.sha256(password.encode("utf-8")).hexdigest()
    db.execute("UPDATE users SET password_hash = ? WHERE id = ?", (digest, user_id))
`,
  ),
  good(
    "CWE-759",
    "batch34: account passwords stored with scrypt and a random salt",
    src`
import hashlib
import os


def store_password(db, user_id, password):
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1)
    db.execute("UPDATE users SET password_hash = ?, salt = ? WHERE id = ?", (digest, salt, user_id))
`,
  ),
  // ---------------- CWE-330 / CWE-1204 ----------------
  bad(
    "CWE-330",
    "batch34: session tokens drawn with random.choice",
    src`
import random
import string


def new_session_token(length=32):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))
`,
  ),
  good(
    "CWE-330",
    "batch34: session tokens drawn with secrets.choice",
    src`
import secrets
import string


def new_session_token(length=32):
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))
`,
  ),
  bad(
    "CWE-1204",
    "batch34: ChaCha20 with an all-zero nonce for every message",
    src`
from Crypto.Cipher import ChaCha20


def encrypt(key: bytes, data: bytes) -> bytes:
    cipher = ChaCha20.new(key=key, nonce=b"\x00" * 12)
    return cipher.encrypt(data)
`,
  ),
  good(
    "CWE-1204",
    "batch34: ChaCha20 with a random nonce stored in front",
    src`
from Crypto.Cipher import ChaCha20
from Crypto.Random import get_random_bytes


def encrypt(key: bytes, data: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = ChaCha20.new(key=key, nonce=nonce)
    return nonce + cipher.encrypt(data)
`,
  ),
  // ---------------- CWE-347 ----------------
  bad(
    "CWE-347",
    "batch34: PyJWT decode with verify_signature off, claims used for the user id",
    src`
import jwt
from flask import Flask, request

app = Flask(__name__)


@app.route("/me")
def me():
    token = request.headers["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    return {"user": claims["sub"]}
`,
  ),
  bad(
    "CWE-347",
    "batch34: python-jose get_unverified_claims used to pick the account",
    src`
from fastapi import FastAPI, Header
from jose import jwt

app = FastAPI()


@app.get("/account")
def account(authorization: str = Header(...)):
    claims = jwt.get_unverified_claims(authorization.split(" ", 1)[1])
    return {"account": claims["sub"]}
`,
  ),
  good(
    "CWE-347",
    "batch34: PyJWT decode with the key and an explicit algorithm",
    src`
import os

import jwt
from flask import Flask, request

app = Flask(__name__)


@app.route("/me")
def me():
    token = request.headers["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(token, os.environ["JWT_KEY"], algorithms=["HS256"])
    return {"user": claims["sub"]}
`,
  ),
  // ---------------- CWE-377 / CWE-379 ----------------
  bad(
    "CWE-377",
    "batch34: tempfile.mktemp name opened afterwards for the PDF",
    src`
import tempfile


def render_pdf(html, renderer):
    path = tempfile.mktemp(suffix=".pdf")
    with open(path, "wb") as fh:
        fh.write(renderer(html))
    return path
`,
  ),
  good(
    "CWE-377",
    "batch34: NamedTemporaryFile for the PDF",
    src`
import tempfile


def render_pdf(html, renderer):
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as fh:
        fh.write(renderer(html))
        return fh.name
`,
  ),
  bad(
    "CWE-379",
    "batch34: tempfile.tempdir pointed at a world-writable shared folder",
    src`
import os
import tempfile

tempfile.tempdir = "/tmp/shared-work"
os.makedirs(tempfile.tempdir, mode=0o777, exist_ok=True)
os.chmod(tempfile.tempdir, 0o777)


def spool(data: bytes) -> str:
    fd, path = tempfile.mkstemp()
    os.write(fd, data)
    os.close(fd)
    return path
`,
  ),
  // ---------------- CWE-434 / CWE-641 ----------------
  bad(
    "CWE-434",
    "batch34: FastAPI avatar upload kept under its own base name in the static folder, no type check",
    src`
from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()
AVATARS = Path("static/avatars")


@app.post("/avatar")
async def avatar(file: UploadFile):
    dest = AVATARS / Path(file.filename).name
    dest.write_bytes(await file.read())
    return {"url": f"/static/avatars/{dest.name}"}
`,
  ),
  good(
    "CWE-434",
    "batch34: FastAPI avatar upload checked for an image suffix and stored under a generated name",
    src`
import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
AVATARS = Path("static/avatars")
ALLOWED = {".png", ".jpg", ".jpeg"}


@app.post("/avatar")
async def avatar(file: UploadFile):
    suffix = Path(file.filename).suffix.lower()
    if suffix not in ALLOWED:
        raise HTTPException(status_code=400, detail="images only")
    dest = AVATARS / (uuid.uuid4().hex + suffix)
    dest.write_bytes(await file.read())
    return {"url": f"/static/avatars/{dest.name}"}
`,
  ),
  bad(
    "CWE-641",
    "batch34: report export saved under the file name the form asks for in the shared exports folder",
    src`
import os

from flask import Flask, request
from flask_login import current_user, login_required

from reports import build_report

app = Flask(__name__)
EXPORTS = "/srv/shared/exports"


@app.route("/reports/export", methods=["POST"])
@login_required
def export_report():
    name = os.path.basename(request.form["filename"])
    with open(os.path.join(EXPORTS, name), "w") as fh:
        fh.write(build_report(current_user))
    return {"saved": name}
`,
  ),
  good(
    "CWE-641",
    "batch34: report export saved under a generated name in the user's own folder",
    src`
import os
import uuid

from flask import Flask
from flask_login import current_user, login_required

from reports import build_report

app = Flask(__name__)
EXPORTS = "/srv/shared/exports"


@app.route("/reports/export", methods=["POST"])
@login_required
def export_report():
    folder = os.path.join(EXPORTS, str(current_user.id))
    os.makedirs(folder, exist_ok=True)
    name = uuid.uuid4().hex + ".csv"
    with open(os.path.join(folder, name), "w") as fh:
        fh.write(build_report(current_user))
    return {"saved": name}
`,
  ),
  // ---------------- CWE-502 ----------------
  bad(
    "CWE-502",
    "batch34: shopping cart unpickled from a base64 cookie",
    src`
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    items = pickle.loads(base64.b64decode(raw)) if raw else []
    return {"items": items}
`,
  ),
  good(
    "CWE-502",
    "batch34: shopping cart read from a JSON cookie",
    src`
import json

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    items = json.loads(raw) if raw else []
    return {"items": items if isinstance(items, list) else []}
`,
  ),
  bad(
    "CWE-502",
    "batch34: jsonpickle.decode of the request body",
    src`
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/jobs", methods=["POST"])
def submit_job():
    job = jsonpickle.decode(request.get_data(as_text=True))
    return {"queued": job.name}
`,
  ),
  // ---------------- CWE-521 ----------------
  bad(
    "CWE-521",
    "batch34: Django settings with the password validators removed",
    src`
SECRET_KEY = __import__("os").environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

AUTH_PASSWORD_VALIDATORS = []
`,
  ),
  good(
    "CWE-521",
    "batch34: Django settings with length, common-password and similarity validators",
    src`
SECRET_KEY = __import__("os").environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
`,
  ),
  // ---------------- CWE-601 ----------------
  bad(
    "CWE-601",
    "batch34: FastAPI login redirects to the next parameter as given",
    src`
from fastapi import FastAPI, Form
from fastapi.responses import RedirectResponse

from auth import authenticate

app = FastAPI()


@app.post("/login")
def login(username: str = Form(...), password: str = Form(...), next: str = "/"):
    if not authenticate(username, password):
        return RedirectResponse("/login?error=1", status_code=303)
    return RedirectResponse(next, status_code=303)
`,
  ),
  good(
    "CWE-601",
    "batch34: FastAPI login redirects only to a local path",
    src`
from urllib.parse import urlparse

from fastapi import FastAPI, Form
from fastapi.responses import RedirectResponse

from auth import authenticate

app = FastAPI()


@app.post("/login")
def login(username: str = Form(...), password: str = Form(...), next: str = "/"):
    if not authenticate(username, password):
        return RedirectResponse("/login?error=1", status_code=303)
    parts = urlparse(next)
    if parts.scheme or parts.netloc or not next.startswith("/") or next.startswith("//"):
        next = "/"
    return RedirectResponse(next, status_code=303)
`,
  ),
  // ---------------- CWE-611 / CWE-827 ----------------
  bad(
    "CWE-611",
    "batch34: uploaded XML parsed by lxml with entity resolution and DTD loading on",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_xml():
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    tree = etree.parse(request.files["feed"], parser)
    return {"entries": len(tree.getroot())}
`,
  ),
  good(
    "CWE-611",
    "batch34: uploaded XML parsed with defusedxml",
    src`
from defusedxml import ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_xml():
    tree = ET.parse(request.files["feed"])
    return {"entries": len(tree.getroot())}
`,
  ),
  bad(
    "CWE-827",
    "batch34: lxml parser validating uploads against their DTD, fetched over the network",
    src`
from lxml import etree


def check_manifest(upload_bytes):
    parser = etree.XMLParser(dtd_validation=True, no_network=False)
    root = etree.fromstring(upload_bytes, parser)
    return root.get("version")
`,
  ),
  // ---------------- CWE-730 / CWE-1333 ----------------
  bad(
    "CWE-730",
    "batch34: log search compiles the regular expression the client sends",
    src`
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/logs/search")
def search_logs():
    pattern = re.compile(request.args["filter"])
    with open("/var/log/app.log") as fh:
        return {"lines": [line for line in fh if pattern.search(line)]}
`,
  ),
  good(
    "CWE-730",
    "batch34: log search escapes the client's text before compiling it",
    src`
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/logs/search")
def search_logs():
    pattern = re.compile(re.escape(request.args["filter"]))
    with open("/var/log/app.log") as fh:
        return {"lines": [line for line in fh if pattern.search(line)]}
`,
  ),
  bad(
    "CWE-1333",
    "batch34: slug validation regex with a nested quantifier",
    src`
import re

SLUG = re.compile(r"^([a-z0-9]+-?)*[a-z0-9]$")


def valid_slug(value: str) -> bool:
    return SLUG.match(value) is not None
`,
  ),
  good(
    "CWE-1333",
    "batch34: slug validation regex without nested quantifiers",
    src`
import re

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def valid_slug(value: str) -> bool:
    return len(value) <= 80 and SLUG.match(value) is not None
`,
  ),
  // ---------------- CWE-732 / CWE-276 ----------------
  bad(
    "CWE-732",
    "batch34: generated SSH private key written readable by every local user",
    src`
import os

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519


def write_deploy_key(path):
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
`,
  ),
  good(
    "CWE-732",
    "batch34: generated SSH private key written with mode 0600",
    src`
import os

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519


def write_deploy_key(path):
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
`,
  ),
  bad(
    "CWE-276",
    "batch34: setup step creates the log folder with mode 0o777",
    src`
import os

LOG_DIR = "/var/log/invoicer"


def setup():
    """Create the folders the service needs (run once by the installer)."""
    os.makedirs(LOG_DIR, mode=0o777, exist_ok=True)
    os.makedirs("/var/lib/invoicer", mode=0o750, exist_ok=True)
`,
  ),
  good(
    "CWE-276",
    "batch34: setup step creates the log folder with mode 0o750",
    src`
import os

LOG_DIR = "/var/log/invoicer"


def setup():
    """Create the folders the service needs (run once by the installer)."""
    os.makedirs(LOG_DIR, mode=0o750, exist_ok=True)
    os.makedirs("/var/lib/invoicer", mode=0o750, exist_ok=True)
`,
  ),
  // ---------------- CWE-918 ----------------
  bad(
    "CWE-918",
    "batch34: status probe fetches http://<host>/status for the host the client names",
    src`
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/probe")
def probe():
    host = request.args["host"]
    r = requests.get(f"http://{host}/status", timeout=3)
    return {"status": r.status_code}
`,
  ),
  good(
    "CWE-918",
    "batch34: status probe only for hosts in the configured set",
    src`
import requests
from flask import Flask, abort, request

app = Flask(__name__)
SERVICES = {"billing": "billing.internal:8080", "search": "search.internal:9200"}


@app.route("/probe")
def probe():
    host = SERVICES.get(request.args["service"])
    if host is None:
        abort(404)
    r = requests.get(f"http://{host}/status", timeout=3)
    return {"status": r.status_code}
`,
  ),
  // ---------------- CWE-476 ----------------
  bad(
    "CWE-476",
    "batch34: get_json(silent=True) result subscripted without a None test",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/api/rename", methods=["POST"])
def rename():
    data = request.get_json(silent=True)
    return {"new_name": data["name"].strip()}
`,
  ),
  good(
    "CWE-476",
    "batch34: get_json(silent=True) result defaulted to an empty dict",
    src`
from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/api/rename", methods=["POST"])
def rename():
    data = request.get_json(silent=True) or {}
    if "name" not in data:
        abort(400)
    return {"new_name": data["name"].strip()}
`,
  ),
  // ---------------- CWE-941 ----------------
  bad(
    "CWE-941",
    "batch34: socketserver UDP handler sends the acknowledgement to the reply_to field of the JSON payload",
    src`
import json
import socketserver


class AckHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        msg = json.loads(data)
        ack = json.dumps({"ack": msg["seq"]}).encode()
        sock.sendto(ack, (msg["reply_to"], 5140))


if __name__ == "__main__":
    socketserver.UDPServer(("0.0.0.0", 5140), AckHandler).serve_forever()
`,
  ),
  good(
    "CWE-941",
    "batch34: socketserver UDP handler acknowledges to the client address",
    src`
import json
import socketserver


class AckHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        msg = json.loads(data)
        ack = json.dumps({"ack": msg["seq"]}).encode()
        sock.sendto(ack, self.client_address)


if __name__ == "__main__":
    socketserver.UDPServer(("0.0.0.0", 5140), AckHandler).serve_forever()
`,
  ),
  // ---------------- CWE-862 / CWE-285 / CWE-425 ----------------
  bad(
    "CWE-862",
    "batch34: FastAPI admin announcement endpoint needs only a signed-in user",
    src`
from fastapi import APIRouter, Depends

from .deps import get_current_user, get_db
from .models import Announcement

router = APIRouter()


@router.post("/admin/announcements")
def create_announcement(text: str, user=Depends(get_current_user), db=Depends(get_db)):
    db.add(Announcement(text=text, author_id=user.id))
    db.commit()
    return {"ok": True}
`,
  ),
  good(
    "CWE-862",
    "batch34: FastAPI admin announcement endpoint requires an admin",
    src`
from fastapi import APIRouter, Depends

from .deps import get_db, require_admin
from .models import Announcement

router = APIRouter()


@router.post("/admin/announcements")
def create_announcement(text: str, admin=Depends(require_admin), db=Depends(get_db)):
    db.add(Announcement(text=text, author_id=admin.id))
    db.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-285",
    "batch34: admin_required decorator admits any session that has some role",
    src`
from functools import wraps

from flask import Flask, abort, session

app = Flask(__name__)


def admin_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not session.get("role"):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.route("/admin/users/purge", methods=["POST"])
@admin_required
def purge_users():
    from models import purge_inactive

    return {"purged": purge_inactive()}
`,
  ),
  good(
    "CWE-285",
    "batch34: admin_required decorator admits only the admin role",
    src`
from functools import wraps

from flask import Flask, abort, session

app = Flask(__name__)


def admin_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if session.get("role") != "admin":
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.route("/admin/users/purge", methods=["POST"])
@admin_required
def purge_users():
    from models import purge_inactive

    return {"purged": purge_inactive()}
`,
  ),
  bad(
    "CWE-425",
    "batch34: generated invoices served by number from an unauthenticated route",
    src`
from flask import Flask, send_from_directory
from flask_login import login_required

app = Flask(__name__)
INVOICES = "/srv/app/invoices"


@app.route("/account")
@login_required
def account():
    return "your account"


@app.route("/invoices/<int:number>.pdf")
def invoice_pdf(number):
    return send_from_directory(INVOICES, f"{number}.pdf")
`,
  ),
  // ---------------- CWE-454 ----------------
  bad(
    "CWE-454",
    "batch34: Django middleware sets request.is_admin from an X-Admin header",
    src`
class AdminFlagMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.is_admin = request.headers.get("X-Admin") == "1"
        return self.get_response(request)


def dashboard(request):
    from django.http import HttpResponseForbidden, JsonResponse

    if not request.is_admin:
        return HttpResponseForbidden()
    return JsonResponse({"stats": []})
`,
  ),
  good(
    "CWE-454",
    "batch34: Django middleware sets request.is_admin from the authenticated user",
    src`
class AdminFlagMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.is_admin = request.user.is_authenticated and request.user.is_superuser
        return self.get_response(request)


def dashboard(request):
    from django.http import HttpResponseForbidden, JsonResponse

    if not request.is_admin:
        return HttpResponseForbidden()
    return JsonResponse({"stats": []})
`,
  ),
  // ---------------- CWE-312 / CWE-522 ----------------
  bad(
    "CWE-312",
    "batch34: social security number kept in a cookie",
    src`
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/onboarding/identity", methods=["POST"])
def identity():
    resp = make_response({"next": "/onboarding/address"})
    resp.set_cookie("ssn", request.form["ssn"], max_age=3600)
    return resp
`,
  ),
  good(
    "CWE-312",
    "batch34: social security number kept server-side, only a reference in the session",
    src`
import uuid

from flask import Flask, request, session

from store import vault_put

app = Flask(__name__)


@app.route("/onboarding/identity", methods=["POST"])
def identity():
    ref = uuid.uuid4().hex
    vault_put(ref, request.form["ssn"])
    session["identity_ref"] = ref
    return {"next": "/onboarding/address"}
`,
  ),
  bad(
    "CWE-522",
    "batch34: HTTP basic credentials sent to a plain http:// API",
    src`
import requests
from requests.auth import HTTPBasicAuth


def fetch_orders(user, password):
    r = requests.get("http://erp.example.com/api/orders", auth=HTTPBasicAuth(user, password), timeout=10)
    r.raise_for_status()
    return r.json()
`,
  ),
  good(
    "CWE-522",
    "batch34: HTTP basic credentials sent over https",
    src`
import requests
from requests.auth import HTTPBasicAuth


def fetch_orders(user, password):
    r = requests.get("https://erp.example.com/api/orders", auth=HTTPBasicAuth(user, password), timeout=10)
    r.raise_for_status()
    return r.json()
`,
  ),
  // ---------------- CWE-414 ----------------
  bad(
    "CWE-414",
    "batch34: multiprocessing counter incremented without its lock in one worker",
    src`
from multiprocessing import Process, Value


def count_ok(counter, items):
    for item in items:
        if item.ok:
            with counter.get_lock():
                counter.value += 1


def count_failed(counter, items):
    for item in items:
        if not item.ok:
            counter.value += 1


def run(items):
    counter = Value("i", 0)
    workers = [Process(target=f, args=(counter, items)) for f in (count_ok, count_failed)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return counter.value
`,
  ),
  good(
    "CWE-414",
    "batch34: multiprocessing counter incremented under its lock in both workers",
    src`
from multiprocessing import Process, Value


def count_ok(counter, items):
    for item in items:
        if item.ok:
            with counter.get_lock():
                counter.value += 1


def count_failed(counter, items):
    for item in items:
        if not item.ok:
            with counter.get_lock():
                counter.value += 1


def run(items):
    counter = Value("i", 0)
    workers = [Process(target=f, args=(counter, items)) for f in (count_ok, count_failed)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return counter.value
`,
  ),
  // ---------------- CWE-116 ----------------
  bad(
    "CWE-116",
    "batch34: XML request body for a partner API built with an f-string from the customer's name",
    src`
import requests


def register_customer(name, email):
    body = f"<customer><name>{name}</name><email>{email}</email></customer>"
    return requests.post(
        "https://partner.example.com/api/customers",
        data=body,
        headers={"Content-Type": "application/xml"},
        timeout=10,
    )
`,
  ),
  good(
    "CWE-116",
    "batch34: XML request body for a partner API built with ElementTree",
    src`
import xml.etree.ElementTree as ET

import requests


def register_customer(name, email):
    root = ET.Element("customer")
    ET.SubElement(root, "name").text = name
    ET.SubElement(root, "email").text = email
    return requests.post(
        "https://partner.example.com/api/customers",
        data=ET.tostring(root),
        headers={"Content-Type": "application/xml"},
        timeout=10,
    )
`,
  ),
  // ---------------- CWE-250 ----------------
  bad(
    "CWE-250",
    "batch34: build runner starts job containers privileged and on the host network",
    src`
import docker

client = docker.from_env()


def run_job(image, command):
    return client.containers.run(image, command, privileged=True, network_mode="host", detach=True)
`,
  ),
  good(
    "CWE-250",
    "batch34: build runner starts job containers with every capability dropped",
    src`
import docker

client = docker.from_env()


def run_job(image, command):
    return client.containers.run(
        image, command, cap_drop=["ALL"], security_opt=["no-new-privileges"], user="1000:1000", detach=True
    )
`,
  ),
  // ---------------- CWE-841 ----------------
  bad(
    "CWE-841",
    "batch34: order confirmation ships the order without checking that it was paid",
    src`
from flask import Flask, abort, session

from models import Order, db
from shipping import ship

app = Flask(__name__)


@app.route("/checkout/confirm", methods=["POST"])
def confirm():
    order = Order.query.get(session.get("order_id"))
    if order is None:
        abort(404)
    order.status = "confirmed"
    db.session.commit()
    ship(order)
    return {"status": order.status}
`,
  ),
  good(
    "CWE-841",
    "batch34: order confirmation refuses orders whose payment has not been captured",
    src`
from flask import Flask, abort, session

from models import Order, db
from shipping import ship

app = Flask(__name__)


@app.route("/checkout/confirm", methods=["POST"])
def confirm():
    order = Order.query.get(session.get("order_id"))
    if order is None:
        abort(404)
    if order.payment_status != "captured":
        abort(409)
    order.status = "confirmed"
    db.session.commit()
    ship(order)
    return {"status": order.status}
`,
  ),
];
