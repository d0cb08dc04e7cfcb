// Dev suite "py-snippets", batch 8 (see py-snippets.ts): written blind after the batch7 fixes, measured before any
// fix it prompted. Prompt-like functions again (a docstring saying the task, then the code an assistant might
// write), for shapes the earlier batches lack: FastAPI and aiohttp handlers, class-based helpers, values passed
// through the project's own imported helpers, configuration modules, CLI tools and background jobs. Each fixed
// twin is the change a careful reviewer would ask for. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH8: DevCase[] = [
  bad(
    "CWE-78",
    "batch8: FastAPI endpoint archives a folder named in the body",
    src`
import subprocess
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

class ArchiveRequest(BaseModel):
    folder: str

@app.post("/archive")
def archive(req: ArchiveRequest):
    """Create a tar.gz of the given project folder."""
    subprocess.run(f"tar czf /backups/{req.folder}.tgz /projects/{req.folder}", shell=True, check=True)
    return {"ok": True}
`,
  ),
  good(
    "CWE-78",
    "batch8: FastAPI endpoint archives with an argument list",
    src`
import subprocess
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()

class ArchiveRequest(BaseModel):
    folder: str

@app.post("/archive")
def archive(req: ArchiveRequest):
    """Create a tar.gz of the given project folder."""
    if not req.folder.isidentifier():
        raise HTTPException(400, "bad folder name")
    subprocess.run(["tar", "czf", f"/backups/{req.folder}.tgz", f"/projects/{req.folder}"], check=True)
    return {"ok": True}
`,
  ),
  bad(
    "CWE-89",
    "batch8: repository class builds the query from a filter argument",
    src`
import sqlite3

class OrderRepository:
    """Data access for orders; the web layer passes the customer's search text."""

    def __init__(self, path: str = "orders.db"):
        self.conn = sqlite3.connect(path)

    def search(self, text: str):
        sql = "SELECT id, total FROM orders WHERE note LIKE '%" + text + "%'"
        return self.conn.execute(sql).fetchall()
`,
  ),
  good(
    "CWE-89",
    "batch8: repository class binds the filter argument",
    src`
import sqlite3

class OrderRepository:
    """Data access for orders; the web layer passes the customer's search text."""

    def __init__(self, path: str = "orders.db"):
        self.conn = sqlite3.connect(path)

    def search(self, text: str):
        return self.conn.execute("SELECT id, total FROM orders WHERE note LIKE ?", (f"%{text}%",)).fetchall()
`,
  ),
  bad(
    "CWE-22",
    "batch8: aiohttp download of a report by name",
    src`
import os
from aiohttp import web

REPORTS = "/var/app/reports"

async def download(request: web.Request) -> web.FileResponse:
    """Send one of the generated reports."""
    name = request.query.get("name", "")
    return web.FileResponse(os.path.join(REPORTS, name))
`,
  ),
  good(
    "CWE-22",
    "batch8: aiohttp download limited to the report folder",
    src`
import os
from aiohttp import web

REPORTS = os.path.realpath("/var/app/reports")

async def download(request: web.Request) -> web.FileResponse:
    """Send one of the generated reports."""
    path = os.path.realpath(os.path.join(REPORTS, request.query.get("name", "")))
    if os.path.commonpath([path, REPORTS]) != REPORTS:
        raise web.HTTPForbidden()
    return web.FileResponse(path)
`,
  ),
  bad(
    "CWE-79",
    "batch8: FastAPI HTMLResponse with the search term",
    src`
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

@app.get("/search", response_class=HTMLResponse)
def search(q: str = ""):
    """Search page that repeats what the user searched for."""
    return HTMLResponse(f"<h2>Results for {q}</h2><p>No results.</p>")
`,
  ),
  good(
    "CWE-79",
    "batch8: FastAPI HTMLResponse with the term escaped",
    src`
import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

@app.get("/search", response_class=HTMLResponse)
def search(q: str = ""):
    """Search page that repeats what the user searched for."""
    return HTMLResponse(f"<h2>Results for {html.escape(q)}</h2><p>No results.</p>")
`,
  ),
  bad(
    "CWE-502",
    "batch8: job payload unpickled from the queue message",
    src`
import base64
import pickle

def handle_message(body: str) -> None:
    """Worker: run the job described in a message from the shared queue."""
    job = pickle.loads(base64.b64decode(body))
    job.run()
`,
  ),
  good(
    "CWE-502",
    "batch8: job payload parsed as JSON",
    src`
import json
from jobs import JOB_TYPES

def handle_message(body: str) -> None:
    """Worker: run the job described in a message from the shared queue."""
    data = json.loads(body)
    JOB_TYPES[data["type"]](**data["args"]).run()
`,
  ),
  bad(
    "CWE-918",
    "batch8: link preview fetches any URL posted in chat",
    src`
import requests
from flask import Flask, request, jsonify
from bs4 import BeautifulSoup

app = Flask(__name__)

@app.route("/preview", methods=["POST"])
def preview():
    """Return the title of a page linked in a chat message."""
    html = requests.get(request.json["link"], timeout=5).text
    return jsonify(title=BeautifulSoup(html, "html.parser").title.string)
`,
  ),
  bad(
    "CWE-601",
    "batch8: FastAPI login redirects to the next query parameter",
    src`
from fastapi import FastAPI, Form
from fastapi.responses import RedirectResponse
from auth import verify

app = FastAPI()

@app.post("/login")
def login(username: str = Form(...), password: str = Form(...), next: str = "/"):
    """Log in and return to the page the user came from."""
    if not verify(username, password):
        return RedirectResponse("/login?error=1", status_code=303)
    return RedirectResponse(next, status_code=303)
`,
  ),
  good(
    "CWE-601",
    "batch8: FastAPI login redirects only to local paths",
    src`
from fastapi import FastAPI, Form
from fastapi.responses import RedirectResponse
from auth import verify

app = FastAPI()

@app.post("/login")
def login(username: str = Form(...), password: str = Form(...), next: str = "/"):
    """Log in and return to the page the user came from."""
    if not verify(username, password):
        return RedirectResponse("/login?error=1", status_code=303)
    if not next.startswith("/") or next.startswith("//"):
        next = "/"
    return RedirectResponse(next, status_code=303)
`,
  ),
  bad(
    "CWE-798",
    "batch8: database URL with the password in settings",
    src`
# config.py
import os

class Config:
    """Settings for the billing service."""
    DEBUG = False
    SQLALCHEMY_DATABASE_URI = "postgresql://billing:S3cr3tPassw0rd@db.internal:5432/billing"
    LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
`,
  ),
  good(
    "CWE-798",
    "batch8: database URL from the environment",
    src`
# config.py
import os

class Config:
    """Settings for the billing service."""
    DEBUG = False
    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]
    LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
`,
  ),
  bad(
    "CWE-330",
    "batch8: invitation code from random.choices",
    src`
import random
import string

def invitation_code(length: int = 10) -> str:
    """Code that lets a new user join a private workspace."""
    return "".join(random.choices(string.ascii_uppercase + string.digits, k=length))
`,
  ),
  good(
    "CWE-330",
    "batch8: invitation code from secrets.choice",
    src`
import secrets
import string

def invitation_code(length: int = 10) -> str:
    """Code that lets a new user join a private workspace."""
    alphabet = string.ascii_uppercase + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))
`,
  ),
  bad(
    "CWE-347",
    "batch8: webhook payload trusted without checking its signature",
    src`
import json
from flask import Flask, request

app = Flask(__name__)

@app.route("/webhooks/payments", methods=["POST"])
def payment_webhook():
    """Mark an order paid when the payment provider notifies us (it signs with X-Signature)."""
    event = json.loads(request.data)
    if event["type"] == "payment.succeeded":
        mark_paid(event["order_id"])
    return "", 204
`,
  ),
  good(
    "CWE-347",
    "batch8: webhook signature checked with HMAC",
    src`
import hashlib
import hmac
import json
import os
from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()

@app.route("/webhooks/payments", methods=["POST"])
def payment_webhook():
    """Mark an order paid when the payment provider notifies us (it signs with X-Signature)."""
    expected = hmac.new(SECRET, request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        abort(401)
    event = json.loads(request.data)
    if event["type"] == "payment.succeeded":
        mark_paid(event["order_id"])
    return "", 204
`,
  ),
  bad(
    "CWE-306",
    "batch8: FastAPI endpoint that rotates API keys has no auth",
    src`
from fastapi import FastAPI
from keys import rotate_all_keys

app = FastAPI()

@app.post("/internal/rotate-keys")
def rotate_keys():
    """Rotate every customer's API key (used by the ops team)."""
    count = rotate_all_keys()
    return {"rotated": count}
`,
  ),
  good(
    "CWE-306",
    "batch8: FastAPI key rotation requires an admin",
    src`
from fastapi import Depends, FastAPI
from keys import rotate_all_keys
from security import require_admin

app = FastAPI()

@app.post("/internal/rotate-keys")
def rotate_keys(admin=Depends(require_admin)):
    """Rotate every customer's API key (used by the ops team)."""
    count = rotate_all_keys()
    return {"rotated": count}
`,
  ),
  bad(
    "CWE-209",
    "batch8: FastAPI exception handler returns the traceback",
    src`
import traceback
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.exception_handler(Exception)
async def on_error(request: Request, exc: Exception):
    """Turn unexpected errors into JSON responses."""
    return JSONResponse({"error": str(exc), "trace": traceback.format_exc()}, status_code=500)
`,
  ),
  good(
    "CWE-209",
    "batch8: FastAPI exception handler logs and hides details",
    src`
import logging
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger(__name__)

@app.exception_handler(Exception)
async def on_error(request: Request, exc: Exception):
    """Turn unexpected errors into JSON responses."""
    log.exception("unhandled error on %s", request.url.path)
    return JSONResponse({"error": "internal error"}, status_code=500)
`,
  ),
  bad(
    "CWE-117",
    "batch8: audit helper logs the comment a user left",
    src`
import logging

audit = logging.getLogger("audit")

def log_comment(user_id: int, comment: str) -> None:
    """Record in the audit log that a user posted a comment."""
    audit.info("user %d commented: %s" % (user_id, comment))
`,
  ),
  bad(
    "CWE-434",
    "batch8: FastAPI upload stored under the client's file name",
    src`
import shutil
from fastapi import FastAPI, UploadFile

app = FastAPI()

@app.post("/avatars")
async def upload_avatar(file: UploadFile):
    """Store the user's new avatar image."""
    with open(f"static/avatars/{file.filename}", "wb") as out:
        shutil.copyfileobj(file.file, out)
    return {"url": f"/static/avatars/{file.filename}"}
`,
  ),
  good(
    "CWE-434",
    "batch8: FastAPI upload checked and renamed",
    src`
import imghdr
import shutil
import uuid
from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()

@app.post("/avatars")
async def upload_avatar(file: UploadFile):
    """Store the user's new avatar image."""
    kind = imghdr.what(file.file)
    if kind not in ("png", "jpeg"):
        raise HTTPException(400, "only PNG or JPEG")
    file.file.seek(0)
    name = f"{uuid.uuid4().hex}.{kind}"
    with open(f"static/avatars/{name}", "wb") as out:
        shutil.copyfileobj(file.file, out)
    return {"url": f"/static/avatars/{name}"}
`,
  ),
  bad(
    "CWE-611",
    "batch8: xml.sax parser with external entities enabled",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges

def count_items(path: str) -> int:
    """Count <item> elements in a feed file uploaded by a partner."""
    class Counter(xml.sax.ContentHandler):
        n = 0
        def startElement(self, name, attrs):
            if name == "item":
                Counter.n += 1
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(Counter())
    parser.parse(path)
    return Counter.n
`,
  ),
  bad(
    "CWE-732",
    "batch8: log directory made world-writable at start-up",
    src`
import os

def prepare_dirs(base: str = "/var/log/myapp") -> None:
    """Make sure the log directory exists before the workers start."""
    os.makedirs(base, exist_ok=True)
    os.chmod(base, 0o777)
`,
  ),
  good(
    "CWE-732",
    "batch8: log directory owner-writable only",
    src`
import os

def prepare_dirs(base: str = "/var/log/myapp") -> None:
    """Make sure the log directory exists before the workers start."""
    os.makedirs(base, mode=0o750, exist_ok=True)
`,
  ),
  bad(
    "CWE-295",
    "batch8: httpx client with verify disabled",
    src`
import httpx

def fetch_status(url: str) -> dict:
    """Call the partner's status API (their certificate is self-signed)."""
    with httpx.Client(verify=False, timeout=10) as client:
        return client.get(url).json()
`,
  ),
  good(
    "CWE-295",
    "batch8: httpx client trusting the partner's CA file",
    src`
import httpx

def fetch_status(url: str) -> dict:
    """Call the partner's status API (their certificate is self-signed)."""
    with httpx.Client(verify="/etc/ssl/partner-ca.pem", timeout=10) as client:
        return client.get(url).json()
`,
  ),
  bad(
    "CWE-95",
    "batch8: config value evaluated with eval",
    src`
import configparser

def load_limits(path: str) -> dict:
    """Read rate limits like {"free": 10, "pro": 100} from the admin-editable INI file."""
    cfg = configparser.ConfigParser()
    cfg.read(path)
    return eval(cfg["limits"]["tiers"])
`,
  ),
  good(
    "CWE-95",
    "batch8: config value parsed with literal_eval",
    src`
import ast
import configparser

def load_limits(path: str) -> dict:
    """Read rate limits like {"free": 10, "pro": 100} from the admin-editable INI file."""
    cfg = configparser.ConfigParser()
    cfg.read(path)
    return ast.literal_eval(cfg["limits"]["tiers"])
`,
  ),
  bad(
    "CWE-400",
    "batch8: report rows loaded for a date range of any length",
    src`
from datetime import date, timedelta
from flask import Flask, request, jsonify
from reports import rows_for_day

app = Flask(__name__)

@app.route("/report")
def report():
    """Return the rows of every day between start and end."""
    start = date.fromisoformat(request.args["start"])
    end = date.fromisoformat(request.args["end"])
    out = []
    day = start
    while day <= end:
        out.extend(rows_for_day(day))
        day += timedelta(days=1)
    return jsonify(out)
`,
  ),
  good(
    "CWE-400",
    "batch8: report date range capped",
    src`
from datetime import date, timedelta
from flask import Flask, abort, request, jsonify
from reports import rows_for_day

app = Flask(__name__)

@app.route("/report")
def report():
    """Return the rows of every day between start and end."""
    start = date.fromisoformat(request.args["start"])
    end = date.fromisoformat(request.args["end"])
    if not timedelta(0) <= end - start <= timedelta(days=31):
        abort(400)
    out = []
    day = start
    while day <= end:
        out.extend(rows_for_day(day))
        day += timedelta(days=1)
    return jsonify(out)
`,
  ),
  bad(
    "CWE-835",
    "batch8: retry loop resets its counter",
    src`
import time
import requests

def upload_with_retry(url: str, data: bytes, attempts: int = 3) -> None:
    """Upload, retrying a few times on errors."""
    tries = 0
    while tries < attempts:
        try:
            requests.post(url, data=data, timeout=10).raise_for_status()
            return
        except requests.RequestException:
            tries = 0
            time.sleep(2)
`,
  ),
  good(
    "CWE-835",
    "batch8: retry loop counts its attempts",
    src`
import time
import requests

def upload_with_retry(url: str, data: bytes, attempts: int = 3) -> None:
    """Upload, retrying a few times on errors."""
    tries = 0
    while tries < attempts:
        try:
            requests.post(url, data=data, timeout=10).raise_for_status()
            return
        except requests.RequestException:
            tries += 1
            time.sleep(2)
    raise RuntimeError("upload failed")
`,
  ),
  bad(
    "CWE-367",
    "batch8: file checked with exists then created",
    src`
import os

def create_lock(path: str = "/var/run/myjob.lock") -> bool:
    """Take the job lock unless another run already holds it."""
    if os.path.exists(path):
        return False
    with open(path, "w") as f:
        f.write(str(os.getpid()))
    return True
`,
  ),
  good(
    "CWE-367",
    "batch8: lock file created atomically",
    src`
import os

def create_lock(path: str = "/var/run/myjob.lock") -> bool:
    """Take the job lock unless another run already holds it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w") as f:
        f.write(str(os.getpid()))
    return True
`,
  ),
  bad(
    "CWE-522",
    "batch8: credentials file written with the plain password",
    src`
import json
from pathlib import Path

def save_login(username: str, password: str) -> None:
    """Remember the CLI login so the user need not type it again."""
    Path.home().joinpath(".mytool.json").write_text(json.dumps({"user": username, "password": password}))
`,
  ),
  good(
    "CWE-522",
    "batch8: CLI login kept in the system keyring",
    src`
import keyring

def save_login(username: str, password: str) -> None:
    """Remember the CLI login so the user need not type it again."""
    keyring.set_password("mytool", username, password)
`,
  ),
  bad(
    "CWE-943",
    "batch8: mongo filter taken whole from the JSON body",
    src`
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
orders = MongoClient().shop.orders

@app.route("/orders/find", methods=["POST"])
def find_orders():
    """Find the signed-in customer's orders matching the filter fields they send."""
    query = request.get_json()
    return jsonify([o["_id"] for o in orders.find(query)])
`,
  ),
  bad(
    "CWE-862",
    "batch8: Django view exports all users without a permission check",
    src`
import csv
from django.http import HttpResponse
from django.contrib.auth.models import User

def export_users(request):
    """Staff export of all user accounts as CSV."""
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    for u in User.objects.all():
        writer.writerow([u.username, u.email, u.date_joined])
    return response
`,
  ),
  good(
    "CWE-862",
    "batch8: Django export limited to staff",
    src`
import csv
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse
from django.contrib.auth.models import User

@staff_member_required
def export_users(request):
    """Staff export of all user accounts as CSV."""
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    for u in User.objects.all():
        writer.writerow([u.username, u.email, u.date_joined])
    return response
`,
  ),
];
