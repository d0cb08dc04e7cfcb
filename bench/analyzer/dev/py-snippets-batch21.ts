// Dev suite "py-snippets", batch 21 (see py-snippets.ts): written blind after batch 20, measured before any fix it
// prompted. Shapes with one step more between source and sink than the earlier batches: asyncio shell
// subprocesses, Fabric's run, tarfile.extractall, pathlib joins, Markup around an f-string, mark_safe, SQLAlchemy
// text(), ORDER BY columns from the query, jsonpickle, numpy.load(allow_pickle=True), eval with empty builtins,
// FastAPI RedirectResponse, prefix checks on return URLs, httpx webhooks, Django uploads saved under the client's
// name, os.open with 0o666, AWS keys in code, AES-ECB through cryptography, uuid1 API keys, requests sessions with
// verify off, aiohttp ssl=False, python-jose unverified claims, lock files in /tmp named by the user, page sizes
// without a cap and setuid before setgid. Fixed twins are what a careful reviewer would accept. Never taken from
// a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH21: DevCase[] = [
  bad(
    "CWE-78",
    "batch21: async thumbnailer runs ImageMagick through create_subprocess_shell",
    src`
import asyncio

async def make_thumbnail(src_path, dst_path, size="200x200"):
    proc = await asyncio.create_subprocess_shell(
        f"convert {src_path} -resize {size} {dst_path}",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(err.decode())
`,
  ),
  good(
    "CWE-78",
    "batch21: async thumbnailer runs ImageMagick through create_subprocess_exec",
    src`
import asyncio

async def make_thumbnail(src_path, dst_path, size="200x200"):
    proc = await asyncio.create_subprocess_exec(
        "convert", src_path, "-resize", size, dst_path,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(err.decode())
`,
  ),
  bad(
    "CWE-78",
    "batch21: Fabric task lists a remote directory named by the caller",
    src`
from fabric import Connection

def list_remote(host, directory):
    with Connection(host, user="deploy") as c:
        result = c.run(f"ls -la {directory}", hide=True)
        return result.stdout.splitlines()
`,
  ),
  good(
    "CWE-78",
    "batch21: Fabric task quotes the remote directory",
    src`
import shlex

from fabric import Connection

def list_remote(host, directory):
    with Connection(host, user="deploy") as c:
        result = c.run(f"ls -la -- {shlex.quote(directory)}", hide=True)
        return result.stdout.splitlines()
`,
  ),
  bad(
    "CWE-22",
    "batch21: plugin installer extracts the downloaded tarball with extractall",
    src`
import tarfile

def install_plugin(archive_path, plugins_dir="/opt/app/plugins"):
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(plugins_dir)
`,
  ),
  good(
    "CWE-22",
    "batch21: plugin installer extracts with the data filter",
    src`
import tarfile

def install_plugin(archive_path, plugins_dir="/opt/app/plugins"):
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(plugins_dir, filter="data")
`,
  ),
  bad(
    "CWE-22",
    "batch21: media view reads MEDIA_ROOT / name with pathlib",
    src`
from pathlib import Path
from flask import Flask, Response, request

app = Flask(__name__)
MEDIA_ROOT = Path("/srv/media")

@app.route("/media")
def media():
    name = request.args["name"]
    data = (MEDIA_ROOT / name).read_bytes()
    return Response(data, mimetype="application/octet-stream")
`,
  ),
  good(
    "CWE-22",
    "batch21: media view resolves the path and keeps it under MEDIA_ROOT",
    src`
from pathlib import Path
from flask import Flask, Response, abort, request

app = Flask(__name__)
MEDIA_ROOT = Path("/srv/media").resolve()

@app.route("/media")
def media():
    target = (MEDIA_ROOT / request.args["name"]).resolve()
    if not target.is_relative_to(MEDIA_ROOT) or not target.is_file():
        abort(404)
    return Response(target.read_bytes(), mimetype="application/octet-stream")
`,
  ),
  bad(
    "CWE-79",
    "batch21: welcome flash wraps the submitted name in Markup via an f-string",
    src`
from flask import Flask, flash, redirect, request, url_for
from markupsafe import Markup

app = Flask(__name__)

@app.route("/signup", methods=["POST"])
def signup():
    name = request.form["display_name"]
    create_account(name, request.form["email"])
    flash(Markup(f"Welcome aboard, <strong>{name}</strong>!"))
    return redirect(url_for("home"))
`,
  ),
  good(
    "CWE-79",
    "batch21: welcome flash lets Markup.format escape the submitted name",
    src`
from flask import Flask, flash, redirect, request, url_for
from markupsafe import Markup

app = Flask(__name__)

@app.route("/signup", methods=["POST"])
def signup():
    name = request.form["display_name"]
    create_account(name, request.form["email"])
    flash(Markup("Welcome aboard, <strong>{}</strong>!").format(name))
    return redirect(url_for("home"))
`,
  ),
  bad(
    "CWE-79",
    "batch21: Django view marks a link built from query parameters safe",
    src`
from django.shortcuts import render
from django.utils.safestring import mark_safe

def share(request):
    url = request.GET.get("url", "")
    title = request.GET.get("title", "")
    link = mark_safe(f'<a href="{url}">{title}</a>')
    return render(request, "share.html", {"link": link})
`,
  ),
  good(
    "CWE-79",
    "batch21: Django view builds the link with format_html from an http(s) URL",
    src`
from django.shortcuts import render
from django.utils.html import format_html

def share(request):
    url = request.GET.get("url", "")
    title = request.GET.get("title", "")
    if not url.startswith(("https://", "http://")):
        url = "#"
    link = format_html('<a href="{}">{}</a>', url, title)
    return render(request, "share.html", {"link": link})
`,
  ),
  bad(
    "CWE-89",
    "batch21: SQLAlchemy text() with the category in an f-string",
    src`
from sqlalchemy import text

def items_in_category(session, category):
    stmt = text(f"SELECT id, name, price FROM items WHERE category = '{category}' ORDER BY name")
    return session.execute(stmt).mappings().all()
`,
  ),
  good(
    "CWE-89",
    "batch21: SQLAlchemy text() with a bound category",
    src`
from sqlalchemy import text

def items_in_category(session, category):
    stmt = text("SELECT id, name, price FROM items WHERE category = :category ORDER BY name")
    return session.execute(stmt, {"category": category}).mappings().all()
`,
  ),
  bad(
    "CWE-89",
    "batch21: psycopg2 listing sorts by the column named in the query string",
    src`
import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/employees")
def employees():
    sort = request.args.get("sort", "last_name")
    direction = "DESC" if request.args.get("desc") else "ASC"
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute(f"SELECT id, first_name, last_name, dept FROM employees ORDER BY {sort} {direction}")
        return jsonify(cur.fetchall())
`,
  ),
  good(
    "CWE-89",
    "batch21: psycopg2 listing sorts by an allow-listed column via sql.Identifier",
    src`
import psycopg2
from psycopg2 import sql
from flask import Flask, request, jsonify

app = Flask(__name__)
SORTABLE = {"first_name", "last_name", "dept"}

@app.route("/employees")
def employees():
    sort = request.args.get("sort", "last_name")
    if sort not in SORTABLE:
        sort = "last_name"
    direction = sql.SQL("DESC" if request.args.get("desc") else "ASC")
    query = sql.SQL("SELECT id, first_name, last_name, dept FROM employees ORDER BY {} {}").format(
        sql.Identifier(sort), direction
    )
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute(query)
        return jsonify(cur.fetchall())
`,
  ),
  bad(
    "CWE-502",
    "batch21: state restore endpoint decodes the body with jsonpickle",
    src`
import jsonpickle
from flask import Flask, request

app = Flask(__name__)

@app.route("/state", methods=["PUT"])
def restore_state():
    state = jsonpickle.decode(request.get_data(as_text=True))
    app.config["STATE"] = state
    return "", 204
`,
  ),
  good(
    "CWE-502",
    "batch21: state restore endpoint parses the body as plain JSON",
    src`
import json
from flask import Flask, request

app = Flask(__name__)

@app.route("/state", methods=["PUT"])
def restore_state():
    state = json.loads(request.get_data(as_text=True))
    app.config["STATE"] = state
    return "", 204
`,
  ),
  bad(
    "CWE-502",
    "batch21: dataset loader opens uploaded .npy files with allow_pickle=True",
    src`
import numpy as np

def load_features(uploaded_path):
    arr = np.load(uploaded_path, allow_pickle=True)
    return arr.astype("float32")
`,
  ),
  good(
    "CWE-502",
    "batch21: dataset loader opens uploaded .npy files without pickles",
    src`
import numpy as np

def load_features(uploaded_path):
    arr = np.load(uploaded_path, allow_pickle=False)
    return arr.astype("float32")
`,
  ),
  bad(
    "CWE-95",
    "batch21: formula column evaluates the user's expression with empty builtins",
    src`
def compute_column(rows, formula):
    """formula is typed by the user, e.g. 'price * qty'."""
    out = []
    for row in rows:
        out.append(eval(formula, {"__builtins__": {}}, dict(row)))
    return out
`,
  ),
  good(
    "CWE-95",
    "batch21: formula column walks the parsed expression with a fixed operator table",
    src`
import ast
import operator

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}

def _eval(node, row):
    if isinstance(node, ast.Expression):
        return _eval(node.body, row)
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_eval(node.left, row), _eval(node.right, row))
    if isinstance(node, ast.Name) and node.id in row:
        return row[node.id]
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    raise ValueError("unsupported expression")

def compute_column(rows, formula):
    tree = ast.parse(formula, mode="eval")
    return [_eval(tree, dict(row)) for row in rows]
`,
  ),
  bad(
    "CWE-601",
    "batch21: FastAPI login redirects to the next parameter",
    src`
from fastapi import FastAPI, Form
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.post("/login")
async def login(username: str = Form(...), password: str = Form(...), next: str = "/"):
    if not verify_user(username, password):
        return RedirectResponse("/login?error=1", status_code=303)
    return RedirectResponse(next, status_code=303)
`,
  ),
  good(
    "CWE-601",
    "batch21: FastAPI login only follows local next paths",
    src`
from urllib.parse import urlparse

from fastapi import FastAPI, Form
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.post("/login")
async def login(username: str = Form(...), password: str = Form(...), next: str = "/"):
    if not verify_user(username, password):
        return RedirectResponse("/login?error=1", status_code=303)
    parts = urlparse(next)
    if parts.scheme or parts.netloc or not next.startswith("/") or next.startswith("//"):
        next = "/"
    return RedirectResponse(next, status_code=303)
`,
  ),
  bad(
    "CWE-601",
    "batch21: logout follows return_to when it starts with the site's URL",
    src`
from flask import Flask, redirect, request, session

app = Flask(__name__)

@app.route("/logout")
def logout():
    session.clear()
    target = request.args.get("return_to", "")
    if target.startswith("https://shop.example.com"):
        return redirect(target)
    return redirect("/")
`,
  ),
  good(
    "CWE-601",
    "batch21: logout follows return_to only for an exact host",
    src`
from urllib.parse import urlparse

from flask import Flask, redirect, request, session

app = Flask(__name__)

@app.route("/logout")
def logout():
    session.clear()
    target = request.args.get("return_to", "")
    parts = urlparse(target)
    if parts.scheme == "https" and parts.hostname == "shop.example.com":
        return redirect(target)
    return redirect("/")
`,
  ),
  bad(
    "CWE-918",
    "batch21: webhook tester posts to the callback URL in the JSON body with httpx",
    src`
import httpx
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/webhooks/test", methods=["POST"])
def test_webhook():
    payload = request.get_json()
    r = httpx.post(payload["callback_url"], json={"event": "ping"}, timeout=5)
    return jsonify({"status": r.status_code, "body": r.text[:500]})
`,
  ),
  good(
    "CWE-918",
    "batch21: webhook tester posts only to https hosts on the partner list",
    src`
from urllib.parse import urlparse

import httpx
from flask import Flask, abort, request, jsonify

app = Flask(__name__)
PARTNER_HOSTS = {"hooks.partner-a.com", "api.partner-b.io"}

@app.route("/webhooks/test", methods=["POST"])
def test_webhook():
    url = request.get_json()["callback_url"]
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in PARTNER_HOSTS:
        abort(400)
    r = httpx.post(url, json={"event": "ping"}, timeout=5, follow_redirects=False)
    return jsonify({"status": r.status_code})
`,
  ),
  bad(
    "CWE-434",
    "batch21: Django avatar upload writes the file under its client name, any type",
    src`
import os

from django.conf import settings
from django.http import JsonResponse

def upload_avatar(request):
    f = request.FILES["avatar"]
    dest = os.path.join(settings.MEDIA_ROOT, "avatars", f.name)
    with open(dest, "wb+") as out:
        for chunk in f.chunks():
            out.write(chunk)
    return JsonResponse({"url": settings.MEDIA_URL + "avatars/" + f.name})
`,
  ),
  good(
    "CWE-434",
    "batch21: Django avatar upload checks the extension and picks its own name",
    src`
import os
import uuid

from django.conf import settings
from django.http import JsonResponse

ALLOWED = {".png", ".jpg", ".jpeg", ".gif"}

def upload_avatar(request):
    f = request.FILES["avatar"]
    ext = os.path.splitext(f.name)[1].lower()
    if ext not in ALLOWED or f.size > 2 * 1024 * 1024:
        return JsonResponse({"error": "unsupported file"}, status=400)
    name = uuid.uuid4().hex + ext
    dest = os.path.join(settings.MEDIA_ROOT, "avatars", name)
    with open(dest, "wb") as out:
        for chunk in f.chunks():
            out.write(chunk)
    return JsonResponse({"url": settings.MEDIA_URL + "avatars/" + name})
`,
  ),
  bad(
    "CWE-732",
    "batch21: token cache created with os.open mode 0o666",
    src`
import json
import os

def save_token(path, token):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    with os.fdopen(fd, "w") as fh:
        json.dump({"access_token": token}, fh)
`,
  ),
  good(
    "CWE-732",
    "batch21: token cache created with os.open mode 0o600",
    src`
import json
import os

def save_token(path, token):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"access_token": token}, fh)
`,
  ),
  bad(
    "CWE-798",
    "batch21: S3 helper builds a boto3 client with keys written in the code",
    src`
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    region_name="eu-west-1",
)

def upload_report(path, key):
    s3.upload_file(path, "company-reports", key)
`,
  ),
  good(
    "CWE-798",
    "batch21: S3 helper lets boto3 find credentials in the environment",
    src`
import os

import boto3

s3 = boto3.client("s3", region_name=os.environ.get("AWS_REGION", "eu-west-1"))

def upload_report(path, key):
    s3.upload_file(path, "company-reports", key)
`,
  ),
  bad(
    "CWE-327",
    "batch21: cryptography AES in ECB mode for stored notes",
    src`
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def encrypt_note(key: bytes, note: str) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(note.encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()
`,
  ),
  good(
    "CWE-327",
    "batch21: cryptography AES-GCM for stored notes",
    src`
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

def encrypt_note(key: bytes, note: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, note.encode(), None)
`,
  ),
  bad(
    "CWE-330",
    "batch21: API key generator returns uuid1 strings",
    src`
import uuid

class ApiKeys:
    def __init__(self, repo):
        self.repo = repo

    def create_for(self, user_id):
        api_key = str(uuid.uuid1())
        self.repo.save(user_id=user_id, key=api_key)
        return api_key
`,
  ),
  good(
    "CWE-330",
    "batch21: API key generator returns secrets.token_urlsafe strings",
    src`
import secrets

class ApiKeys:
    def __init__(self, repo):
        self.repo = repo

    def create_for(self, user_id):
        api_key = secrets.token_urlsafe(32)
        self.repo.save(user_id=user_id, key=api_key)
        return api_key
`,
  ),
  bad(
    "CWE-295",
    "batch21: API client turns off verification on its requests session",
    src`
import requests

class InventoryClient:
    def __init__(self, base_url, token):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.verify = False
        self.session.headers["Authorization"] = f"Bearer {token}"

    def stock(self, sku):
        return self.session.get(f"{self.base_url}/stock/{sku}", timeout=10).json()
`,
  ),
  good(
    "CWE-295",
    "batch21: API client points its requests session at the corporate CA bundle",
    src`
import requests

class InventoryClient:
    def __init__(self, base_url, token):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.verify = "/etc/ssl/certs/corp-ca.pem"
        self.session.headers["Authorization"] = f"Bearer {token}"

    def stock(self, sku):
        return self.session.get(f"{self.base_url}/stock/{sku}", timeout=10).json()
`,
  ),
  bad(
    "CWE-295",
    "batch21: aiohttp fetcher passes ssl=False",
    src`
import aiohttp

async def fetch_json(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=False) as resp:
            resp.raise_for_status()
            return await resp.json()
`,
  ),
  good(
    "CWE-295",
    "batch21: aiohttp fetcher keeps the default certificate checks",
    src`
import aiohttp

async def fetch_json(url):
    timeout = aiohttp.ClientTimeout(total=15)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async with session.get(url) as resp:
            resp.raise_for_status()
            return await resp.json()
`,
  ),
  bad(
    "CWE-347",
    "batch21: python-jose unverified claims pick the current user",
    src`
from jose import jwt

def current_user_id(auth_header):
    token = auth_header.split(" ", 1)[1]
    claims = jwt.get_unverified_claims(token)
    return int(claims["sub"])
`,
  ),
  good(
    "CWE-347",
    "batch21: python-jose verified claims pick the current user",
    src`
from jose import jwt

def current_user_id(auth_header, public_key):
    token = auth_header.split(" ", 1)[1]
    claims = jwt.decode(token, public_key, algorithms=["RS256"], audience="orders-api")
    return int(claims["sub"])
`,
  ),
  bad(
    "CWE-377",
    "batch21: export job writes a lock file in /tmp named after the user",
    src`
import os

def run_export(username, export):
    lock_path = "/tmp/" + username + "-export.lock"
    if os.path.exists(lock_path):
        raise RuntimeError("export already running")
    with open(lock_path, "w") as fh:
        fh.write(str(os.getpid()))
    try:
        export()
    finally:
        os.remove(lock_path)
`,
  ),
  good(
    "CWE-377",
    "batch21: export job takes an exclusive lock in the app's own run directory",
    src`
import fcntl
import os

RUN_DIR = "/var/run/exporter"

def run_export(user_id: int, export):
    lock_path = os.path.join(RUN_DIR, f"{int(user_id)}.lock")
    with open(lock_path, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        export()
`,
  ),
  bad(
    "CWE-770",
    "batch21: listing endpoint takes its page size from the query without a cap",
    src`
from flask import Flask, jsonify, request

app = Flask(__name__)

@app.route("/api/events")
def events():
    limit = int(request.args.get("limit", 50))
    offset = int(request.args.get("offset", 0))
    rows = Event.query.order_by(Event.id).offset(offset).limit(limit).all()
    return jsonify([e.to_dict() for e in rows])
`,
  ),
  good(
    "CWE-770",
    "batch21: listing endpoint caps the page size",
    src`
from flask import Flask, jsonify, request

app = Flask(__name__)
MAX_PAGE = 200

@app.route("/api/events")
def events():
    limit = max(1, min(int(request.args.get("limit", 50)), MAX_PAGE))
    offset = max(0, int(request.args.get("offset", 0)))
    rows = Event.query.order_by(Event.id).offset(offset).limit(limit).all()
    return jsonify([e.to_dict() for e in rows])
`,
  ),
  bad(
    "CWE-269",
    "batch21: daemon drops privileges with setuid before setgid",
    src`
import os
import pwd

def drop_privileges(username="nobody"):
    pw = pwd.getpwnam(username)
    os.setuid(pw.pw_uid)
    os.setgid(pw.pw_gid)
`,
  ),
  good(
    "CWE-269",
    "batch21: daemon clears groups, sets the gid, then the uid",
    src`
import os
import pwd

def drop_privileges(username="nobody"):
    pw = pwd.getpwnam(username)
    os.setgroups([])
    os.setgid(pw.pw_gid)
    os.setuid(pw.pw_uid)
    if os.getuid() == 0 or os.geteuid() == 0:
        raise RuntimeError("could not drop root")
`,
  ),
];
