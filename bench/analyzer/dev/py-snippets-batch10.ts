// Dev suite "py-snippets", batch 10 (see py-snippets.ts): written blind after the batch9 fixes, measured before
// any fix it prompted. Assistant-style functions (a docstring saying the task, then the code) leaning on the less
// common APIs of each class: asyncio and paramiko commands, Django raw()/extra(), ldap3 and ElementTree queries,
// numpy/pandas/torch loaders, httpx/aiohttp clients, os.open modes, tempfile.gettempdir names, tornado and Django
// responses, and values that reach the sink through a helper or an attribute. Fixed twins are what a careful
// reviewer would accept. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH10: DevCase[] = [
  bad(
    "CWE-78",
    "batch10: asyncio subprocess shell with the file name from the request",
    src`
import asyncio
from aiohttp import web

async def thumbnail(request):
    """Make a thumbnail of an uploaded image with ImageMagick."""
    name = request.query["name"]
    proc = await asyncio.create_subprocess_shell(f"convert uploads/{name} -resize 128x128 thumbs/{name}")
    await proc.wait()
    return web.Response(text="ok")
`,
  ),
  good(
    "CWE-78",
    "batch10: asyncio subprocess exec with an argument list",
    src`
import asyncio
import os
from aiohttp import web

async def thumbnail(request):
    """Make a thumbnail of an uploaded image with ImageMagick."""
    name = os.path.basename(request.query["name"])
    proc = await asyncio.create_subprocess_exec("convert", f"uploads/{name}", "-resize", "128x128", f"thumbs/{name}")
    await proc.wait()
    return web.Response(text="ok")
`,
  ),
  bad(
    "CWE-78",
    "batch10: paramiko runs a remote command with the branch name",
    src`
import paramiko

def deploy(host: str, branch: str) -> str:
    """Check out the requested branch on the app server (branch comes from the chat-ops bot)."""
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="deploy")
    _, out, _ = client.exec_command("cd /srv/app && git checkout " + branch + " && systemctl restart app")
    return out.read().decode()
`,
  ),
  good(
    "CWE-78",
    "batch10: paramiko command with the branch quoted",
    src`
import shlex
import paramiko

def deploy(host: str, branch: str) -> str:
    """Check out the requested branch on the app server (branch comes from the chat-ops bot)."""
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="deploy")
    _, out, _ = client.exec_command("cd /srv/app && git checkout " + shlex.quote(branch) + " && systemctl restart app")
    return out.read().decode()
`,
  ),
  bad(
    "CWE-78",
    "batch10: command line assembled by a helper and run with os.popen",
    src`
import os
import sys

def build_grep(pattern, path):
    return "grep -rn '%s' %s" % (pattern, path)

def main():
    """Search the log folder for the pattern given on the command line (run by the web console)."""
    cmd = build_grep(sys.argv[1], "/var/log/app")
    print(os.popen(cmd).read())

main()
`,
  ),
  bad(
    "CWE-89",
    "batch10: Django raw() with an f-string",
    src`
from django.http import JsonResponse
from .models import Article

def search(request):
    """Full-text-ish search over article titles."""
    term = request.GET.get("q", "")
    rows = Article.objects.raw(f"SELECT * FROM blog_article WHERE title LIKE '%%{term}%%'")
    return JsonResponse({"ids": [a.id for a in rows]})
`,
  ),
  good(
    "CWE-89",
    "batch10: Django raw() with params",
    src`
from django.http import JsonResponse
from .models import Article

def search(request):
    """Full-text-ish search over article titles."""
    term = request.GET.get("q", "")
    rows = Article.objects.raw("SELECT * FROM blog_article WHERE title LIKE %s", [f"%{term}%"])
    return JsonResponse({"ids": [a.id for a in rows]})
`,
  ),
  bad(
    "CWE-89",
    "batch10: psycopg2 ORDER BY column from the query string",
    src`
import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/employees")
def employees():
    """List employees sorted by the column the table header asks for."""
    sort = request.args.get("sort", "name")
    conn = psycopg2.connect("dbname=hr")
    cur = conn.cursor()
    cur.execute("SELECT name, title FROM employees ORDER BY {}".format(sort))
    return jsonify(cur.fetchall())
`,
  ),
  good(
    "CWE-89",
    "batch10: psycopg2 ORDER BY column from an allow-list",
    src`
import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)
SORTABLE = {"name", "title", "hired"}

@app.route("/employees")
def employees():
    """List employees sorted by the column the table header asks for."""
    sort = request.args.get("sort", "name")
    if sort not in SORTABLE:
        sort = "name"
    conn = psycopg2.connect("dbname=hr")
    cur = conn.cursor()
    cur.execute("SELECT name, title FROM employees ORDER BY {}".format(sort))
    return jsonify(cur.fetchall())
`,
  ),
  bad(
    "CWE-89",
    "batch10: sqlite executescript of a migration name from the CLI",
    src`
import argparse
import sqlite3

def main():
    """Mark a migration as applied in the bookkeeping table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    args = ap.parse_args()
    db = sqlite3.connect("app.db")
    db.executescript("INSERT INTO migrations(name) VALUES ('" + args.name + "');")
    db.commit()

if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-90",
    "batch10: ldap3 search filter with an f-string",
    src`
from ldap3 import Server, Connection, ALL

def groups_of(username: str):
    """Return the groups a user belongs to (username comes from the login form)."""
    conn = Connection(Server("ldap://dc1.corp", get_info=ALL), auto_bind=True)
    conn.search("dc=corp,dc=local", f"(&(objectClass=group)(member=uid={username},ou=people,dc=corp,dc=local))", attributes=["cn"])
    return [e.cn.value for e in conn.entries]
`,
  ),
  good(
    "CWE-90",
    "batch10: ldap3 search filter with escaped input",
    src`
from ldap3 import Server, Connection, ALL
from ldap3.utils.conv import escape_filter_chars

def groups_of(username: str):
    """Return the groups a user belongs to (username comes from the login form)."""
    conn = Connection(Server("ldap://dc1.corp", get_info=ALL), auto_bind=True)
    user = escape_filter_chars(username)
    conn.search("dc=corp,dc=local", f"(&(objectClass=group)(member=uid={user},ou=people,dc=corp,dc=local))", attributes=["cn"])
    return [e.cn.value for e in conn.entries]
`,
  ),
  bad(
    "CWE-643",
    "batch10: ElementTree findall predicate built from the request",
    src`
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)
TREE = ET.parse("catalog.xml")

@app.route("/book")
def book():
    """Return the price of the book with the given title."""
    title = request.args["title"]
    hits = TREE.getroot().findall(f".//book[title='{title}']")
    return hits[0].findtext("price") if hits else ("not found", 404)
`,
  ),
  good(
    "CWE-643",
    "batch10: ElementTree titles compared in Python",
    src`
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)
TREE = ET.parse("catalog.xml")

@app.route("/book")
def book():
    """Return the price of the book with the given title."""
    title = request.args["title"]
    hits = [b for b in TREE.getroot().iter("book") if b.findtext("title") == title]
    return hits[0].findtext("price") if hits else ("not found", 404)
`,
  ),
  bad(
    "CWE-22",
    "batch10: FastAPI reads a log file named in the path",
    src`
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOG_DIR = "/var/log/app"

@app.get("/logs/{name}", response_class=PlainTextResponse)
def read_log(name: str):
    """Show one of the service's log files."""
    with open(f"{LOG_DIR}/{name}") as f:
        return f.read()
`,
  ),
  good(
    "CWE-22",
    "batch10: FastAPI log file resolved inside the folder",
    src`
from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOG_DIR = Path("/var/log/app").resolve()

@app.get("/logs/{name}", response_class=PlainTextResponse)
def read_log(name: str):
    """Show one of the service's log files."""
    path = (LOG_DIR / name).resolve()
    if not path.is_relative_to(LOG_DIR):
        raise HTTPException(404)
    return path.read_text()
`,
  ),
  bad(
    "CWE-22",
    "batch10: Django view deletes the attachment path it is given",
    src`
import os
from django.conf import settings
from django.http import HttpResponse

def delete_attachment(request):
    """Remove an attachment file after the message is deleted."""
    rel = request.POST["path"]
    os.remove(os.path.join(settings.MEDIA_ROOT, rel))
    return HttpResponse(status=204)
`,
  ),
  bad(
    "CWE-79",
    "batch10: Django mark_safe around a formatted comment",
    src`
from django.shortcuts import render
from django.utils.safestring import mark_safe

def preview(request):
    """Show a preview of the comment with the author's name in bold."""
    author = request.POST.get("author", "")
    text = request.POST.get("text", "")
    html = mark_safe(f"<p><b>{author}</b>: {text}</p>")
    return render(request, "preview.html", {"comment": html})
`,
  ),
  good(
    "CWE-79",
    "batch10: Django format_html for the comment",
    src`
from django.shortcuts import render
from django.utils.html import format_html

def preview(request):
    """Show a preview of the comment with the author's name in bold."""
    author = request.POST.get("author", "")
    text = request.POST.get("text", "")
    html = format_html("<p><b>{}</b>: {}</p>", author, text)
    return render(request, "preview.html", {"comment": html})
`,
  ),
  bad(
    "CWE-79",
    "batch10: tornado handler writes the query argument into HTML",
    src`
import tornado.web

class SearchHandler(tornado.web.RequestHandler):
    """Search page: echo the query above the results."""

    def get(self):
        q = self.get_argument("q", "")
        self.write("<h2>Results for " + q + "</h2>")
        self.render("results.html", results=find_articles(q))
`,
  ),
  good(
    "CWE-79",
    "batch10: tornado handler escapes the query argument",
    src`
import tornado.escape
import tornado.web

class SearchHandler(tornado.web.RequestHandler):
    """Search page: echo the query above the results."""

    def get(self):
        q = self.get_argument("q", "")
        self.write("<h2>Results for " + tornado.escape.xhtml_escape(q) + "</h2>")
        self.render("results.html", results=find_articles(q))
`,
  ),
  bad(
    "CWE-1336",
    "batch10: Flask renders a template string the user supplies",
    src`
from flask import Flask, request, render_template_string

app = Flask(__name__)

@app.route("/card")
def card():
    """Render a greeting card; the user picks the wording, e.g. 'Happy birthday {{ name }}'."""
    wording = request.args.get("wording", "Hello {{ name }}")
    return render_template_string(wording, name=request.args.get("name", "friend"))
`,
  ),
  good(
    "CWE-1336",
    "batch10: Flask card wording substituted as data",
    src`
from flask import Flask, request, render_template_string

app = Flask(__name__)

@app.route("/card")
def card():
    """Render a greeting card; the user picks the wording, e.g. 'Happy birthday {{ name }}'."""
    wording = request.args.get("wording", "Hello")
    return render_template_string("<p>{{ wording }}, {{ name }}</p>", wording=wording, name=request.args.get("name", "friend"))
`,
  ),
  bad(
    "CWE-502",
    "batch10: numpy load with allow_pickle on an uploaded file",
    src`
import numpy as np
from flask import Flask, request

app = Flask(__name__)

@app.route("/features", methods=["POST"])
def features():
    """Accept a saved feature array from the client and return its shape."""
    arr = np.load(request.files["arr"], allow_pickle=True)
    return {"shape": list(arr.shape)}
`,
  ),
  good(
    "CWE-502",
    "batch10: numpy load without pickles",
    src`
import numpy as np
from flask import Flask, request

app = Flask(__name__)

@app.route("/features", methods=["POST"])
def features():
    """Accept a saved feature array from the client and return its shape."""
    arr = np.load(request.files["arr"], allow_pickle=False)
    return {"shape": list(arr.shape)}
`,
  ),
  bad(
    "CWE-502",
    "batch10: torch.load of a model file downloaded from a URL",
    src`
import urllib.request
import torch

def load_remote_model(url: str):
    """Fetch a model checkpoint shared by a collaborator and load it."""
    path, _ = urllib.request.urlretrieve(url)
    return torch.load(path)
`,
  ),
  good(
    "CWE-502",
    "batch10: torch.load with weights_only",
    src`
import urllib.request
import torch

def load_remote_model(url: str):
    """Fetch a model checkpoint shared by a collaborator and load it."""
    path, _ = urllib.request.urlretrieve(url)
    return torch.load(path, weights_only=True)
`,
  ),
  bad(
    "CWE-502",
    "batch10: pandas read_pickle of an uploaded dataset",
    src`
import pandas as pd
from flask import Flask, request

app = Flask(__name__)

@app.route("/upload-dataset", methods=["POST"])
def upload_dataset():
    """Accept a dataframe the analyst exported and report its row count."""
    df = pd.read_pickle(request.files["data"])
    return {"rows": len(df)}
`,
  ),
  bad(
    "CWE-502",
    "batch10: yaml.unsafe_load of the request body",
    src`
import yaml
from flask import Flask, request

app = Flask(__name__)

@app.route("/rules", methods=["PUT"])
def put_rules():
    """Replace the alerting rules with the posted YAML document."""
    rules = yaml.unsafe_load(request.data)
    save_rules(rules)
    return "", 204
`,
  ),
  bad(
    "CWE-611",
    "batch10: xml.sax parser with external general entities turned on",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges

class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []

def titles(xml_bytes: bytes):
    """Collect <title> texts from a feed a user submitted."""
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    h = TitleHandler()
    parser.setContentHandler(h)
    parser.feed(xml_bytes)
    return h.titles
`,
  ),
  bad(
    "CWE-611",
    "batch10: lxml etree.parse of an uploaded file with a default parser",
    src`
from lxml import etree
from django.http import JsonResponse

def import_products(request):
    """Import products from an uploaded XML catalogue."""
    tree = etree.parse(request.FILES["catalogue"])
    names = [p.findtext("name") for p in tree.getroot().iter("product")]
    return JsonResponse({"imported": len(names)})
`,
  ),
  good(
    "CWE-611",
    "batch10: lxml parse of the upload with entities and network off",
    src`
from lxml import etree
from django.http import JsonResponse

def import_products(request):
    """Import products from an uploaded XML catalogue."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.parse(request.FILES["catalogue"], parser)
    names = [p.findtext("name") for p in tree.getroot().iter("product")]
    return JsonResponse({"imported": len(names)})
`,
  ),
  bad(
    "CWE-918",
    "batch10: aiohttp client fetches the callback URL from the body",
    src`
import aiohttp
from aiohttp import web

async def register_callback(request):
    """Verify a partner's callback URL by calling it once."""
    body = await request.json()
    async with aiohttp.ClientSession() as session:
        async with session.get(body["callback_url"]) as resp:
            return web.json_response({"status": resp.status})
`,
  ),
  bad(
    "CWE-918",
    "batch10: urlopen of a Request built from a form field",
    src`
import urllib.request
from flask import Flask, request

app = Flask(__name__)

@app.route("/import-feed", methods=["POST"])
def import_feed():
    """Import an RSS feed from the URL the user typed."""
    req = urllib.request.Request(request.form["feed"], headers={"User-Agent": "reader/1.0"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return {"bytes": len(resp.read())}
`,
  ),
  bad(
    "CWE-601",
    "batch10: Django HttpResponseRedirect to the next GET parameter",
    src`
from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render

def login_view(request):
    """Log in and go to the page that asked for it."""
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            return HttpResponseRedirect(request.GET.get("next", "/"))
    return render(request, "login.html")
`,
  ),
  bad(
    "CWE-601",
    "batch10: FastAPI RedirectResponse to the target parameter",
    src`
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.get("/out")
def outbound(target: str):
    """Count a click on an outbound link, then send the user there."""
    record_click(target)
    return RedirectResponse(target)
`,
  ),
  good(
    "CWE-601",
    "batch10: FastAPI outbound redirect to a known link id",
    src`
from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse

app = FastAPI()
LINKS = {"docs": "https://docs.example.com", "blog": "https://blog.example.com"}

@app.get("/out")
def outbound(target: str):
    """Count a click on an outbound link, then send the user there."""
    if target not in LINKS:
        raise HTTPException(404)
    record_click(target)
    return RedirectResponse(LINKS[target])
`,
  ),
  bad(
    "CWE-295",
    "batch10: httpx client with verify=False",
    src`
import httpx

class MetricsClient:
    """Pushes metrics to the collector behind the corporate proxy."""

    def __init__(self, base_url: str):
        self.http = httpx.Client(base_url=base_url, verify=False, timeout=5)

    def push(self, payload: dict) -> None:
        self.http.post("/ingest", json=payload).raise_for_status()
`,
  ),
  good(
    "CWE-295",
    "batch10: httpx client with the corporate CA bundle",
    src`
import httpx

class MetricsClient:
    """Pushes metrics to the collector behind the corporate proxy."""

    def __init__(self, base_url: str):
        self.http = httpx.Client(base_url=base_url, verify="/etc/ssl/certs/corp-ca.pem", timeout=5)

    def push(self, payload: dict) -> None:
        self.http.post("/ingest", json=payload).raise_for_status()
`,
  ),
  bad(
    "CWE-295",
    "batch10: aiohttp request with ssl=False",
    src`
import aiohttp

async def fetch_status(url: str) -> dict:
    """Poll a device's HTTPS status page (the devices ship self-signed certificates)."""
    async with aiohttp.ClientSession() as s:
        async with s.get(url, ssl=False) as r:
            return await r.json()
`,
  ),
  bad(
    "CWE-327",
    "batch10: TLS client pinned to TLS 1.0",
    src`
import socket
import ssl

def open_legacy(host: str, port: int = 443):
    """Connect to the old payment terminal gateway."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_default_certs()
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)
`,
  ),
  good(
    "CWE-327",
    "batch10: TLS client with a 1.2 minimum",
    src`
import socket
import ssl

def open_legacy(host: str, port: int = 443):
    """Connect to the old payment terminal gateway."""
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)
`,
  ),
  bad(
    "CWE-327",
    "batch10: ARC4 stream cipher for session blobs",
    src`
from Crypto.Cipher import ARC4

def seal_session(key: bytes, blob: bytes) -> bytes:
    """Encrypt the session blob stored in the client cookie."""
    return ARC4.new(key).encrypt(blob)
`,
  ),
  bad(
    "CWE-328",
    "batch10: hashlib.new('md5') for password digests",
    src`
import hashlib

def digest_password(password: str, salt: str) -> str:
    """Digest stored in the users table."""
    h = hashlib.new("md5")
    h.update((salt + password).encode())
    return h.hexdigest()
`,
  ),
  good(
    "CWE-328",
    "batch10: hashlib.scrypt for password digests",
    src`
import hashlib

def digest_password(password: str, salt: bytes) -> str:
    """Digest stored in the users table."""
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()
`,
  ),
  bad(
    "CWE-326",
    "batch10: DSA key of 1024 bits",
    src`
from Crypto.PublicKey import DSA

def make_release_key():
    """Key used to sign release manifests."""
    key = DSA.generate(1024)
    with open("release_dsa.pem", "wb") as f:
        f.write(key.export_key())
    return key.publickey()
`,
  ),
  bad(
    "CWE-798",
    "batch10: Flask secret key written in the app module",
    src`
from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = "change-me-please-7f3a9"
app.config["SESSION_COOKIE_SECURE"] = True
`,
  ),
  good(
    "CWE-798",
    "batch10: Flask secret key from the environment",
    src`
import os
from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
`,
  ),
  bad(
    "CWE-798",
    "batch10: JWT signed with a literal secret",
    src`
import datetime
import jwt

def issue_token(user_id: int) -> str:
    """Issue an access token for the mobile app."""
    payload = {"sub": str(user_id), "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}
    return jwt.encode(payload, "mobile-app-secret", algorithm="HS256")
`,
  ),
  bad(
    "CWE-259",
    "batch10: settings dictionary with the SMTP password",
    src`
import smtplib

MAIL = {"host": "smtp.example.com", "port": 587, "user": "noreply@example.com", "password": "N0reply!mail"}

def send(to: str, body: str) -> None:
    """Send a notification e-mail."""
    with smtplib.SMTP(MAIL["host"], MAIL["port"]) as s:
        s.starttls()
        s.login(MAIL["user"], MAIL["password"])
        s.sendmail(MAIL["user"], [to], body)
`,
  ),
  bad(
    "CWE-330",
    "batch10: reset token from the md5 of the time",
    src`
import hashlib
import time

def reset_token(email: str) -> str:
    """Token put in the password reset link."""
    return hashlib.md5(f"{email}{time.time()}".encode()).hexdigest()
`,
  ),
  good(
    "CWE-330",
    "batch10: reset token from secrets.token_urlsafe",
    src`
import secrets

def reset_token(email: str) -> str:
    """Token put in the password reset link."""
    return secrets.token_urlsafe(32)
`,
  ),
  bad(
    "CWE-338",
    "batch10: numpy random for API keys",
    src`
import numpy as np

ALPHABET = list("abcdefghijklmnopqrstuvwxyz0123456789")

def new_api_key() -> str:
    """Generate an API key for a new integration."""
    return "".join(np.random.choice(ALPHABET, 40))
`,
  ),
  bad(
    "CWE-377",
    "batch10: lock file at a fixed name in the temp directory",
    src`
import os
import tempfile

def acquire_lock() -> str:
    """Create the lock file that stops two backups running at once."""
    path = os.path.join(tempfile.gettempdir(), "backup.lock")
    with open(path, "w") as f:
        f.write(str(os.getpid()))
    return path
`,
  ),
  good(
    "CWE-377",
    "batch10: lock file created exclusively in a private run directory",
    src`
import os

RUN_DIR = "/run/backup"

def acquire_lock() -> str:
    """Create the lock file that stops two backups running at once."""
    os.makedirs(RUN_DIR, mode=0o700, exist_ok=True)
    path = os.path.join(RUN_DIR, "backup.lock")
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.write(fd, str(os.getpid()).encode())
    os.close(fd)
    return path
`,
  ),
  bad(
    "CWE-732",
    "batch10: os.open creates the credentials file readable by everyone",
    src`
import json
import os

def save_credentials(path: str, creds: dict) -> None:
    """Cache the OAuth credentials for the CLI."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    with os.fdopen(fd, "w") as f:
        json.dump(creds, f)
`,
  ),
  good(
    "CWE-732",
    "batch10: os.open creates the credentials file owner-only",
    src`
import json
import os

def save_credentials(path: str, creds: dict) -> None:
    """Cache the OAuth credentials for the CLI."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(creds, f)
`,
  ),
  bad(
    "CWE-732",
    "batch10: pathlib upload folder chmod 0o777 for shared uploads",
    src`
from pathlib import Path

def ensure_upload_dir(root: str) -> Path:
    """Create the upload folder used by the web workers."""
    p = Path(root) / "uploads"
    p.mkdir(parents=True, exist_ok=True)
    p.chmod(0o777)
    return p
`,
  ),
  bad(
    "CWE-367",
    "batch10: exists check before writing the report",
    src`
import os

def write_report(path: str, text: str) -> None:
    """Write the report unless a file is already there (runs as root from cron in a shared folder)."""
    if not os.path.exists(path):
        with open(path, "w") as f:
            f.write(text)
`,
  ),
  good(
    "CWE-367",
    "batch10: report created with exclusive mode",
    src`
def write_report(path: str, text: str) -> None:
    """Write the report unless a file is already there (runs as root from cron in a shared folder)."""
    try:
        with open(path, "x") as f:
            f.write(text)
    except FileExistsError:
        pass
`,
  ),
  bad(
    "CWE-117",
    "batch10: f-string log line with the search query",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)

@app.route("/search")
def search():
    """Search and log what people look for."""
    q = request.args.get("q", "")
    logger.info(f"search query={q}")
    return do_search(q)
`,
  ),
  bad(
    "CWE-113",
    "batch10: Django response header set from a GET parameter",
    src`
from django.http import HttpResponse

def download_report(request):
    """Download the report under the name the user chose."""
    name = request.GET.get("filename", "report.csv")
    resp = HttpResponse(build_report(), content_type="text/csv")
    resp["Content-Disposition"] = "attachment; filename=" + name
    return resp
`,
  ),
  bad(
    "CWE-915",
    "batch10: Django model created from all POST fields",
    src`
from django.http import JsonResponse
from .models import Profile

def create_profile(request):
    """Create the profile from the sign-up form."""
    profile = Profile.objects.create(user=request.user, **request.POST.dict())
    return JsonResponse({"id": profile.id})
`,
  ),
  good(
    "CWE-915",
    "batch10: Django model created from named fields",
    src`
from django.http import JsonResponse
from .models import Profile

def create_profile(request):
    """Create the profile from the sign-up form."""
    profile = Profile.objects.create(
        user=request.user,
        display_name=request.POST.get("display_name", ""),
        bio=request.POST.get("bio", ""),
    )
    return JsonResponse({"id": profile.id})
`,
  ),
  bad(
    "CWE-943",
    "batch10: Mongo filter parsed from a JSON query parameter",
    src`
import json
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
orders = MongoClient()["shop"]["orders"]

@app.route("/orders")
def list_orders():
    """List the current customer's orders matching the filter the UI builds."""
    flt = json.loads(request.args.get("filter", "{}"))
    flt["customer_id"] = current_customer_id()
    return jsonify(list(orders.find(flt, {"_id": 0})))
`,
  ),
  bad(
    "CWE-1333",
    "batch10: slug pattern with a repeated group that can overlap",
    src`
import re

SLUG = re.compile(r"^([a-z0-9]+-?)*[a-z0-9]$")

def valid_slug(s: str) -> bool:
    """Accept slugs like 'my-first-post' typed by authors."""
    return bool(SLUG.match(s))
`,
  ),
  good(
    "CWE-1333",
    "batch10: slug pattern without overlapping repetition",
    src`
import re

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

def valid_slug(s: str) -> bool:
    """Accept slugs like 'my-first-post' typed by authors."""
    return bool(SLUG.match(s))
`,
  ),
  bad(
    "CWE-400",
    "batch10: zlib decompress of the posted body",
    src`
import zlib
from flask import Flask, request

app = Flask(__name__)

@app.route("/ingest", methods=["POST"])
def ingest():
    """Accept zlib-compressed telemetry batches."""
    data = zlib.decompress(request.get_data())
    store(data)
    return "", 202
`,
  ),
  bad(
    "CWE-209",
    "batch10: FastAPI endpoint returns the database error text",
    src`
from fastapi import FastAPI, HTTPException

app = FastAPI()

@app.post("/orders")
def create_order(order: dict):
    """Create an order."""
    try:
        return save_order(order)
    except Exception as exc:
        raise HTTPException(status_code=500, detail=f"database error: {exc!r}")
`,
  ),
  bad(
    "CWE-306",
    "batch10: FastAPI endpoint that deletes a tenant has no auth dependency",
    src`
from fastapi import FastAPI

app = FastAPI()

@app.delete("/tenants/{tenant_id}")
def delete_tenant(tenant_id: int):
    """Remove a tenant and all its data."""
    purge_tenant(tenant_id)
    return {"deleted": tenant_id}
`,
  ),
  good(
    "CWE-306",
    "batch10: FastAPI tenant deletion requires an admin dependency",
    src`
from fastapi import Depends, FastAPI

app = FastAPI()

@app.delete("/tenants/{tenant_id}")
def delete_tenant(tenant_id: int, admin=Depends(require_admin)):
    """Remove a tenant and all its data."""
    purge_tenant(tenant_id)
    return {"deleted": tenant_id}
`,
  ),
  bad(
    "CWE-614",
    "batch10: auth cookie set without the secure flag",
    src`
from flask import Flask, make_response

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """Log in and set the auth cookie."""
    token = create_session_token()
    resp = make_response("ok")
    resp.set_cookie("auth", token, httponly=True)
    return resp
`,
  ),
  bad(
    "CWE-319",
    "batch10: telnet login to the switch",
    src`
import telnetlib

def backup_switch_config(host: str, user: str, password: str) -> bytes:
    """Pull the running config from a network switch."""
    tn = telnetlib.Telnet(host, 23, timeout=10)
    tn.read_until(b"Username: ")
    tn.write(user.encode() + b"\n")
    tn.read_until(b"Password: ")
    tn.write(password.encode() + b"\n")
    tn.write(b"show running-config\nexit\n")
    return tn.read_all()
`,
  ),
  bad(
    "CWE-94",
    "batch10: plugin hook compiled from a database row",
    src`
def run_hook(conn, hook_name: str, event: dict):
    """Run the tenant's custom hook (stored as Python source in the hooks table) for an event."""
    row = conn.execute("SELECT source FROM hooks WHERE name = ?", (hook_name,)).fetchone()
    namespace = {"event": event}
    exec(compile(row[0], hook_name, "exec"), namespace)
    return namespace.get("result")
`,
  ),
  bad(
    "CWE-22",
    "batch10: shutil.copy into a folder the CLI user names",
    src`
import shutil
import sys

def publish(report_name: str) -> None:
    """Copy a generated report to the public share (the name comes from the request queue)."""
    shutil.copy(f"/srv/reports/{report_name}", "/srv/public/")

if __name__ == "__main__":
    publish(sys.argv[1])
`,
  ),
];
