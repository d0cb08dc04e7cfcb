// Dev suite "py-snippets", batch 19 (see py-snippets.ts): written blind after the batch18 fixes, measured before
// any fix it prompted. Common and rarer CWEs in shapes the earlier batches do not have: whois through os.popen,
// grep over logs, asyncpg fetches, logout by token, Django and FastAPI HTML answers, aiofiles, pandas.read_pickle,
// dill, FTP logins in code, pyOpenSSL TLSv1 contexts, SHA-1 password hashes, random.sample session ids, Jinja2
// templates from the query, lambdas from input(), Docker privileged containers, pathlib mkdir 0o777, FastAPI notes
// deleted by id, unguarded promote endpoints, card numbers posted over http, IVs derived from the key, os.access
// before open, Pillow resizes to any size, class-level lists on Django views, lxml's default parser, exception
// handlers answering repr(exc), SQLAlchemy rows dumped column by column, syslog of form fields, WSGI Location
// headers, Tornado redirects, Image.open(urlopen(...)), Django delete views on GET, FileSystemStorage saves,
// getrandbits session keys, three-digit codes, asyncore servers, coupons applied twice, default admin passwords,
// HMAC keys in code, P-192 keys, Django groups chosen by the user, card numbers appended to CSV, database URLs in
// health checks and bcrypt salts made once. Fixed twins are what a careful reviewer would accept. Never taken from
// a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH19: DevCase[] = [
  bad(
    "CWE-78",
    "batch19: whois helper runs os.popen with the domain it was given",
    src`
import os

def whois_lookup(domain):
    """Return the whois record for the domain the user typed."""
    return os.popen("whois " + domain).read()
`,
  ),
  good(
    "CWE-78",
    "batch19: whois helper runs whois with an argument list",
    src`
import subprocess

def whois_lookup(domain):
    """Return the whois record for the domain the user typed."""
    return subprocess.run(["whois", "--", domain], capture_output=True, text=True, timeout=20).stdout
`,
  ),
  bad(
    "CWE-78",
    "batch19: log search view greps with shell=True",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)

@app.route("/logs/search")
def search_logs():
    q = request.args.get("q", "")
    out = subprocess.check_output("grep -rn '%s' /var/log/app" % q, shell=True)
    return out.decode(), 200, {"Content-Type": "text/plain"}
`,
  ),
  good(
    "CWE-78",
    "batch19: log search view greps with an argument list",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)

@app.route("/logs/search")
def search_logs():
    q = request.args.get("q", "")
    res = subprocess.run(["grep", "-rnF", "--", q, "/var/log/app"], capture_output=True)
    return res.stdout.decode(), 200, {"Content-Type": "text/plain"}
`,
  ),
  bad(
    "CWE-89",
    "batch19: FastAPI asyncpg fetch with the e-mail in an f-string",
    src`
from fastapi import FastAPI

app = FastAPI()

@app.get("/users/by-email")
async def by_email(email: str):
    rows = await app.state.pool.fetch(f"SELECT id, name FROM users WHERE email = '{email}'")
    return [dict(r) for r in rows]
`,
  ),
  good(
    "CWE-89",
    "batch19: FastAPI asyncpg fetch with $1",
    src`
from fastapi import FastAPI

app = FastAPI()

@app.get("/users/by-email")
async def by_email(email: str):
    rows = await app.state.pool.fetch("SELECT id, name FROM users WHERE email = $1", email)
    return [dict(r) for r in rows]
`,
  ),
  bad(
    "CWE-89",
    "batch19: session store logs out by formatting the token into DELETE",
    src`
class SessionStore:
    def __init__(self, conn):
        self.conn = conn

    def logout(self, token):
        with self.conn.cursor() as cur:
            cur.execute("DELETE FROM sessions WHERE token = '%s'" % token)
        self.conn.commit()
`,
  ),
  good(
    "CWE-89",
    "batch19: session store logs out with a bound token",
    src`
class SessionStore:
    def __init__(self, conn):
        self.conn = conn

    def logout(self, token):
        with self.conn.cursor() as cur:
            cur.execute("DELETE FROM sessions WHERE token = %s", (token,))
        self.conn.commit()
`,
  ),
  bad(
    "CWE-79",
    "batch19: Django HttpResponse with the title parameter in a heading",
    src`
from django.http import HttpResponse

def board_title(request):
    title = request.GET.get("title", "")
    return HttpResponse("<h2>" + title + "</h2>")
`,
  ),
  good(
    "CWE-79",
    "batch19: Django HttpResponse with the title escaped",
    src`
from django.http import HttpResponse
from django.utils.html import escape

def board_title(request):
    title = request.GET.get("title", "")
    return HttpResponse("<h2>" + escape(title) + "</h2>")
`,
  ),
  bad(
    "CWE-79",
    "batch19: FastAPI HTMLResponse with the name in an f-string",
    src`
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

@app.get("/welcome", response_class=HTMLResponse)
async def welcome(name: str = "guest"):
    return HTMLResponse(f"<html><body><p>Welcome back, {name}!</p></body></html>")
`,
  ),
  good(
    "CWE-79",
    "batch19: FastAPI HTMLResponse with the name escaped",
    src`
import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

@app.get("/welcome", response_class=HTMLResponse)
async def welcome(name: str = "guest"):
    return HTMLResponse(f"<html><body><p>Welcome back, {html.escape(name)}!</p></body></html>")
`,
  ),
  bad(
    "CWE-22",
    "batch19: FastAPI reads a document with aiofiles from a path parameter",
    src`
import os
import aiofiles
from fastapi import FastAPI

app = FastAPI()
DOCS = "/srv/docs"

@app.get("/docs/{name}")
async def read_doc(name: str):
    async with aiofiles.open(os.path.join(DOCS, name)) as fh:
        return {"text": await fh.read()}
`,
  ),
  good(
    "CWE-22",
    "batch19: FastAPI reads a document with aiofiles after a containment check",
    src`
import os
import aiofiles
from fastapi import FastAPI, HTTPException

app = FastAPI()
DOCS = os.path.realpath("/srv/docs")

@app.get("/docs/{name}")
async def read_doc(name: str):
    path = os.path.realpath(os.path.join(DOCS, name))
    if not path.startswith(DOCS + os.sep):
        raise HTTPException(status_code=404)
    async with aiofiles.open(path) as fh:
        return {"text": await fh.read()}
`,
  ),
  bad(
    "CWE-502",
    "batch19: dataset restored with pandas.read_pickle from an uploaded file",
    src`
import pandas as pd
from flask import Flask, request

app = Flask(__name__)

@app.route("/datasets", methods=["POST"])
def upload_dataset():
    df = pd.read_pickle(request.files["data"])
    return {"rows": len(df)}
`,
  ),
  good(
    "CWE-502",
    "batch19: dataset read from an uploaded CSV",
    src`
import pandas as pd
from flask import Flask, request

app = Flask(__name__)

@app.route("/datasets", methods=["POST"])
def upload_dataset():
    df = pd.read_csv(request.files["data"])
    return {"rows": len(df)}
`,
  ),
  bad(
    "CWE-502",
    "batch19: worker message decoded with dill",
    src`
import dill

def handle_message(body: bytes):
    """Called for every message taken off the public task queue."""
    task = dill.loads(body)
    return task.run()
`,
  ),
  bad(
    "CWE-798",
    "batch19: nightly backup logs in to FTP with credentials in the call",
    src`
import ftplib

def upload_backup(path):
    ftp = ftplib.FTP_TLS("backup.example.net", "nightly", "Bkp#2023-nightly")
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary("STOR db.dump", fh)
    ftp.quit()
`,
  ),
  good(
    "CWE-798",
    "batch19: nightly backup logs in to FTP with credentials from the environment",
    src`
import ftplib
import os

def upload_backup(path):
    ftp = ftplib.FTP_TLS("backup.example.net", os.environ["BACKUP_USER"], os.environ["BACKUP_PASSWORD"])
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary("STOR db.dump", fh)
    ftp.quit()
`,
  ),
  bad(
    "CWE-327",
    "batch19: pyOpenSSL context with TLSv1_METHOD",
    src`
from OpenSSL import SSL

def make_context(cert, key):
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.use_certificate_file(cert)
    ctx.use_privatekey_file(key)
    return ctx
`,
  ),
  good(
    "CWE-327",
    "batch19: pyOpenSSL context with TLS_METHOD and TLS 1.2 minimum",
    src`
from OpenSSL import SSL

def make_context(cert, key):
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.use_certificate_file(cert)
    ctx.use_privatekey_file(key)
    return ctx
`,
  ),
  bad(
    "CWE-328",
    "batch19: password stored as SHA-1 of password and salt",
    src`
import hashlib
import os

def make_password_record(password: str) -> str:
    salt = os.urandom(8).hex()
    return salt + ":" + hashlib.sha1((password + salt).encode()).hexdigest()
`,
  ),
  good(
    "CWE-328",
    "batch19: password stored with scrypt",
    src`
import hashlib
import os

def make_password_record(password: str) -> str:
    salt = os.urandom(16)
    return salt.hex() + ":" + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()
`,
  ),
  bad(
    "CWE-338",
    "batch19: session id from random.sample",
    src`
import random
import string

ALPHABET = string.ascii_letters + string.digits

def new_session_id():
    return "".join(random.sample(ALPHABET, 24))
`,
  ),
  good(
    "CWE-338",
    "batch19: session id from secrets.token_urlsafe",
    src`
import secrets

def new_session_id():
    return secrets.token_urlsafe(24)
`,
  ),
  bad(
    "CWE-94",
    "batch19: Jinja2 template text taken from the query",
    src`
from jinja2 import Environment
from flask import Flask, request

app = Flask(__name__)
env = Environment(autoescape=True)

@app.route("/card")
def card():
    tpl = request.args.get("template", "Hello {{ name }}")
    return env.from_string(tpl).render(name="friend")
`,
  ),
  good(
    "CWE-94",
    "batch19: fixed Jinja2 template with the text as a variable",
    src`
from jinja2 import Environment
from flask import Flask, request

app = Flask(__name__)
env = Environment(autoescape=True)
CARD = env.from_string("Hello {{ name }}: {{ message }}")

@app.route("/card")
def card():
    return CARD.render(name="friend", message=request.args.get("template", ""))
`,
  ),
  bad(
    "CWE-95",
    "batch19: plotting script builds a lambda from the typed expression",
    src`
def main():
    expr = input("f(x) = ")
    f = eval("lambda x: " + expr)
    for x in range(10):
        print(x, f(x))

if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-250",
    "batch19: sandbox runner starts the user's image as a privileged container",
    src`
import docker
from flask import Flask, request

app = Flask(__name__)
client = docker.from_env()

@app.route("/run", methods=["POST"])
def run_job():
    image = request.json["image"]
    out = client.containers.run(image, request.json.get("cmd"), privileged=True, remove=True)
    return out
`,
  ),
  good(
    "CWE-250",
    "batch19: sandbox runner starts an approved image unprivileged as nobody",
    src`
import docker
from flask import Flask, request, abort

app = Flask(__name__)
client = docker.from_env()
IMAGES = {"python:3.12-slim", "node:20-slim"}

@app.route("/run", methods=["POST"])
def run_job():
    image = request.json["image"]
    if image not in IMAGES:
        abort(400)
    out = client.containers.run(
        image, ["sleep", "1"], user="nobody", cap_drop=["ALL"], network_disabled=True, remove=True
    )
    return out
`,
  ),
  bad(
    "CWE-276",
    "batch19: upload folder created with pathlib mode 0o777",
    src`
from pathlib import Path

def ensure_upload_dir(root: str) -> Path:
    d = Path(root) / "uploads"
    d.mkdir(mode=0o777, parents=True, exist_ok=True)
    return d
`,
  ),
  good(
    "CWE-276",
    "batch19: upload folder created with pathlib mode 0o750",
    src`
from pathlib import Path

def ensure_upload_dir(root: str) -> Path:
    d = Path(root) / "uploads"
    d.mkdir(mode=0o750, parents=True, exist_ok=True)
    return d
`,
  ),
  bad(
    "CWE-283",
    "batch19: FastAPI note deleted by id with the user dependency unused",
    src`
from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy.orm import Session

app = FastAPI()

@app.delete("/notes/{note_id}")
def delete_note(note_id: int, user=Depends(current_user), db: Session = Depends(get_db)):
    note = db.get(Note, note_id)
    if note is None:
        raise HTTPException(status_code=404)
    db.delete(note)
    db.commit()
    return {"deleted": note_id}
`,
  ),
  good(
    "CWE-283",
    "batch19: FastAPI note deleted only by its owner",
    src`
from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy.orm import Session

app = FastAPI()

@app.delete("/notes/{note_id}")
def delete_note(note_id: int, user=Depends(current_user), db: Session = Depends(get_db)):
    note = db.get(Note, note_id)
    if note is None or note.owner_id != user.id:
        raise HTTPException(status_code=404)
    db.delete(note)
    db.commit()
    return {"deleted": note_id}
`,
  ),
  bad(
    "CWE-306",
    "batch19: FastAPI promote endpoint with no authentication dependency",
    src`
from fastapi import Depends, FastAPI
from sqlalchemy.orm import Session

app = FastAPI()

@app.post("/internal/users/{uid}/promote")
def promote(uid: int, db: Session = Depends(get_db)):
    user = db.get(User, uid)
    user.is_admin = True
    db.commit()
    return {"ok": True}
`,
  ),
  good(
    "CWE-306",
    "batch19: FastAPI promote endpoint behind the admin dependency",
    src`
from fastapi import Depends, FastAPI
from sqlalchemy.orm import Session

app = FastAPI()

@app.post("/internal/users/{uid}/promote")
def promote(uid: int, admin=Depends(require_admin), db: Session = Depends(get_db)):
    user = db.get(User, uid)
    user.is_admin = True
    db.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-319",
    "batch19: card details posted to the gateway over http",
    src`
import requests

def charge(card_number, expiry, cvv, amount_cents):
    resp = requests.post(
        "http://payments.example.com/v1/charge",
        json={"card": card_number, "exp": expiry, "cvv": cvv, "amount": amount_cents},
        timeout=15,
    )
    return resp.json()
`,
  ),
  good(
    "CWE-319",
    "batch19: card details posted to the gateway over https",
    src`
import requests

def charge(card_number, expiry, cvv, amount_cents):
    resp = requests.post(
        "https://payments.example.com/v1/charge",
        json={"card": card_number, "exp": expiry, "cvv": cvv, "amount": amount_cents},
        timeout=15,
    )
    return resp.json()
`,
  ),
  bad(
    "CWE-329",
    "batch19: CBC IV derived from the key with MD5",
    src`
import hashlib
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

def encrypt(key: bytes, data: bytes) -> bytes:
    iv = hashlib.md5(key).digest()
    return AES.new(key, AES.MODE_CBC, iv).encrypt(pad(data, 16))
`,
  ),
  good(
    "CWE-329",
    "batch19: CBC IV from get_random_bytes stored in front",
    src`
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

def encrypt(key: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(16)
    return iv + AES.new(key, AES.MODE_CBC, iv).encrypt(pad(data, 16))
`,
  ),
  bad(
    "CWE-367",
    "batch19: setuid helper checks os.access before opening the user's file",
    src`
import os
import sys

def main():
    path = sys.argv[1]
    if not os.access(path, os.R_OK):
        sys.exit("permission denied")
    with open(path) as fh:
        sys.stdout.write(fh.read())

main()
`,
  ),
  good(
    "CWE-367",
    "batch19: helper opens the file and handles the permission error",
    src`
import sys

def main():
    path = sys.argv[1]
    try:
        with open(path) as fh:
            sys.stdout.write(fh.read())
    except PermissionError:
        sys.exit("permission denied")

main()
`,
  ),
  bad(
    "CWE-400",
    "batch19: thumbnail resized to the width and height in the query",
    src`
import io
from flask import Flask, request, send_file
from PIL import Image

app = Flask(__name__)

@app.route("/resize", methods=["POST"])
def resize():
    w = int(request.args["w"])
    h = int(request.args["h"])
    img = Image.open(request.files["img"]).resize((w, h))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return send_file(buf, mimetype="image/png")
`,
  ),
  good(
    "CWE-400",
    "batch19: thumbnail size capped at 1024 pixels",
    src`
import io
from flask import Flask, request, send_file, abort
from PIL import Image

app = Flask(__name__)

@app.route("/resize", methods=["POST"])
def resize():
    w = int(request.args["w"])
    h = int(request.args["h"])
    if not (0 < w <= 1024 and 0 < h <= 1024):
        abort(400)
    img = Image.open(request.files["img"]).resize((w, h))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return send_file(buf, mimetype="image/png")
`,
  ),
  bad(
    "CWE-488",
    "batch19: Django class-based view keeps the cart in a class-level list",
    src`
from django.http import JsonResponse
from django.views import View

class CartView(View):
    items = []

    def post(self, request):
        self.items.append(request.POST["sku"])
        return JsonResponse({"items": self.items})
`,
  ),
  good(
    "CWE-488",
    "batch19: Django class-based view keeps the cart in the user's session",
    src`
from django.http import JsonResponse
from django.views import View

class CartView(View):
    def post(self, request):
        items = request.session.get("cart", [])
        items.append(request.POST["sku"])
        request.session["cart"] = items
        return JsonResponse({"items": items})
`,
  ),
  bad(
    "CWE-611",
    "batch19: uploaded XML parsed with lxml's default parser",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)

@app.route("/import", methods=["POST"])
def import_catalog():
    tree = etree.parse(request.files["catalog"])
    return {"items": len(tree.findall(".//item"))}
`,
  ),
  good(
    "CWE-611",
    "batch19: uploaded XML parsed with entities and network off",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True)

@app.route("/import", methods=["POST"])
def import_catalog():
    tree = etree.parse(request.files["catalog"], PARSER)
    return {"items": len(tree.findall(".//item"))}
`,
  ),
  bad(
    "CWE-209",
    "batch19: FastAPI exception handler answers repr(exc)",
    src`
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.exception_handler(Exception)
async def on_error(request: Request, exc: Exception):
    return JSONResponse(status_code=500, content={"detail": repr(exc)})
`,
  ),
  good(
    "CWE-209",
    "batch19: FastAPI exception handler logs and answers generically",
    src`
import logging
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.exception_handler(Exception)
async def on_error(request: Request, exc: Exception):
    logging.exception("unhandled error on %s", request.url.path)
    return JSONResponse(status_code=500, content={"detail": "internal error"})
`,
  ),
  bad(
    "CWE-200",
    "batch19: user endpoint returns every column of the row",
    src`
from flask import Flask, jsonify
from models import User

app = Flask(__name__)

@app.route("/api/users/<int:uid>")
def get_user(uid):
    u = User.query.get_or_404(uid)
    return jsonify({c.name: getattr(u, c.name) for c in u.__table__.columns})
`,
  ),
  good(
    "CWE-200",
    "batch19: user endpoint returns the public columns",
    src`
from flask import Flask, jsonify
from models import User

app = Flask(__name__)
PUBLIC = ("id", "display_name", "avatar_url")

@app.route("/api/users/<int:uid>")
def get_user(uid):
    u = User.query.get_or_404(uid)
    return jsonify({name: getattr(u, name) for name in PUBLIC})
`,
  ),
  bad(
    "CWE-200",
    "batch19: health check returns the database URL",
    src`
from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/healthz")
def healthz():
    return jsonify(status="ok", database=app.config["SQLALCHEMY_DATABASE_URI"])
`,
  ),
  bad(
    "CWE-117",
    "batch19: syslog line built from the submitted username",
    src`
import syslog
from flask import Flask, request

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    user = request.form["username"]
    if not check_login(user, request.form["password"]):
        syslog.syslog(syslog.LOG_WARNING, "failed login for " + user)
        return "denied", 401
    return "ok"
`,
  ),
  good(
    "CWE-117",
    "batch19: syslog line with the username's control characters removed",
    src`
import syslog
from flask import Flask, request

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    user = request.form["username"]
    if not check_login(user, request.form["password"]):
        clean = "".join(ch for ch in user if ch.isprintable())
        syslog.syslog(syslog.LOG_WARNING, "failed login for " + clean)
        return "denied", 401
    return "ok"
`,
  ),
  bad(
    "CWE-113",
    "batch19: raw WSGI app copies the next parameter into Location",
    src`
from urllib.parse import parse_qs

def application(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    target = qs.get("next", ["/"])[0]
    start_response("302 Found", [("Location", target)])
    return [b""]
`,
  ),
  good(
    "CWE-113",
    "batch19: raw WSGI app redirects to a fixed page",
    src`
from urllib.parse import parse_qs

PAGES = {"home": "/", "account": "/account"}

def application(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    target = PAGES.get(qs.get("next", ["home"])[0], "/")
    start_response("302 Found", [("Location", target)])
    return [b""]
`,
  ),
  bad(
    "CWE-601",
    "batch19: Tornado handler redirects to the next argument",
    src`
import tornado.web

class LoginDoneHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect(self.get_argument("next", "/"))
`,
  ),
  good(
    "CWE-601",
    "batch19: Tornado handler redirects to local paths only",
    src`
import tornado.web

class LoginDoneHandler(tornado.web.RequestHandler):
    def get(self):
        target = self.get_argument("next", "/")
        if not target.startswith("/") or target.startswith("//") or "\\" in target:
            target = "/"
        self.redirect(target)
`,
  ),
  bad(
    "CWE-918",
    "batch19: Pillow opens the image at the URL posted in JSON",
    src`
from urllib.request import urlopen
from flask import Flask, request
from PIL import Image

app = Flask(__name__)

@app.route("/thumbnail", methods=["POST"])
def thumbnail():
    img = Image.open(urlopen(request.json["image_url"]))
    img.thumbnail((128, 128))
    return {"size": img.size}
`,
  ),
  bad(
    "CWE-352",
    "batch19: Django function view deletes a post on any method",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from .models import Post

@login_required
def delete_post(request, pk):
    Post.objects.filter(pk=pk, author=request.user).delete()
    return redirect("post-list")
`,
  ),
  good(
    "CWE-352",
    "batch19: Django function view deletes a post on POST only",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.views.decorators.http import require_POST
from .models import Post

@login_required
@require_POST
def delete_post(request, pk):
    Post.objects.filter(pk=pk, author=request.user).delete()
    return redirect("post-list")
`,
  ),
  bad(
    "CWE-434",
    "batch19: Django FileSystemStorage saves the upload under its own name",
    src`
from django.core.files.storage import FileSystemStorage
from django.http import JsonResponse

def upload(request):
    f = request.FILES["attachment"]
    fs = FileSystemStorage(location="/srv/www/media")
    name = fs.save(f.name, f)
    return JsonResponse({"url": fs.url(name)})
`,
  ),
  good(
    "CWE-434",
    "batch19: Django FileSystemStorage with an extension allow-list and a generated name",
    src`
import os
import uuid
from django.core.files.storage import FileSystemStorage
from django.http import JsonResponse, HttpResponseBadRequest

ALLOWED = {".pdf", ".png", ".jpg"}

def upload(request):
    f = request.FILES["attachment"]
    ext = os.path.splitext(f.name)[1].lower()
    if ext not in ALLOWED:
        return HttpResponseBadRequest("type not allowed")
    fs = FileSystemStorage(location="/srv/www/media")
    name = fs.save(uuid.uuid4().hex + ext, f)
    return JsonResponse({"url": fs.url(name)})
`,
  ),
  bad(
    "CWE-330",
    "batch19: session key from random.getrandbits",
    src`
import random

def new_session_key() -> str:
    return "%032x" % random.getrandbits(128)
`,
  ),
  good(
    "CWE-330",
    "batch19: session key from secrets.token_hex",
    src`
import secrets

def new_session_key() -> str:
    return secrets.token_hex(16)
`,
  ),
  bad(
    "CWE-331",
    "batch19: login code of three digits",
    src`
import secrets

def send_login_code(user):
    code = "%03d" % secrets.randbelow(1000)
    user.pending_code = code
    send_sms(user.phone, "Your login code is " + code)
`,
  ),
  good(
    "CWE-331",
    "batch19: login code of eight digits",
    src`
import secrets

def send_login_code(user):
    code = "%08d" % secrets.randbelow(10**8)
    user.pending_code = code
    send_sms(user.phone, "Your login code is " + code)
`,
  ),
  bad(
    "CWE-477",
    "batch19: status server built on asyncore",
    src`
import asyncore
import socket

class StatusServer(asyncore.dispatcher):
    def __init__(self, port):
        super().__init__()
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.bind(("127.0.0.1", port))
        self.listen(5)

    def handle_accept(self):
        conn, _ = self.accept()
        conn.send(b"OK\n")
        conn.close()

StatusServer(9100)
asyncore.loop()
`,
  ),
  good(
    "CWE-477",
    "batch19: status server built on asyncio",
    src`
import asyncio

async def handle(reader, writer):
    writer.write(b"OK\n")
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 9100)
    async with server:
        await server.serve_forever()

asyncio.run(main())
`,
  ),
  bad(
    "CWE-841",
    "batch19: coupon applied again on every request",
    src`
from flask import Flask, request, session
from models import db, Order, Coupon

app = Flask(__name__)

@app.route("/cart/coupon", methods=["POST"])
def apply_coupon():
    order = Order.query.filter_by(id=session["order_id"], status="open").first_or_404()
    coupon = Coupon.query.filter_by(code=request.form["code"], active=True).first_or_404()
    order.total = order.total * (100 - coupon.percent) / 100
    db.session.commit()
    return {"total": str(order.total)}
`,
  ),
  good(
    "CWE-841",
    "batch19: coupon applied once per order",
    src`
from flask import Flask, request, session, abort
from models import db, Order, Coupon

app = Flask(__name__)

@app.route("/cart/coupon", methods=["POST"])
def apply_coupon():
    order = Order.query.filter_by(id=session["order_id"], status="open").first_or_404()
    if order.coupon_id is not None:
        abort(409)
    coupon = Coupon.query.filter_by(code=request.form["code"], active=True).first_or_404()
    order.coupon_id = coupon.id
    order.total = order.subtotal * (100 - coupon.percent) / 100
    db.session.commit()
    return {"total": str(order.total)}
`,
  ),
  bad(
    "CWE-259",
    "batch19: admin account seeded with a default password",
    src`
DEFAULT_ADMIN_PASSWORD = "changeme123"

def seed_admin(db):
    admin = User(username="admin", is_admin=True)
    admin.set_password(DEFAULT_ADMIN_PASSWORD)
    db.session.add(admin)
    db.session.commit()
`,
  ),
  good(
    "CWE-259",
    "batch19: admin account seeded with a random password shown once",
    src`
import secrets

def seed_admin(db):
    password = secrets.token_urlsafe(18)
    admin = User(username="admin", is_admin=True, must_change_password=True)
    admin.set_password(password)
    db.session.add(admin)
    db.session.commit()
    print("initial admin password:", password)
`,
  ),
  bad(
    "CWE-321",
    "batch19: webhook bodies signed with an HMAC key in the code",
    src`
import hashlib
import hmac

SIGNING_KEY = b"whsec_5f1c2d9e8a7b6c4d3e2f1a0b"

def sign_body(body: bytes) -> str:
    return hmac.new(SIGNING_KEY, body, hashlib.sha256).hexdigest()
`,
  ),
  good(
    "CWE-321",
    "batch19: webhook bodies signed with a key from the environment",
    src`
import hashlib
import hmac
import os

SIGNING_KEY = os.environ["WEBHOOK_SIGNING_KEY"].encode()

def sign_body(body: bytes) -> str:
    return hmac.new(SIGNING_KEY, body, hashlib.sha256).hexdigest()
`,
  ),
  bad(
    "CWE-326",
    "batch19: device key on the P-192 curve",
    src`
from cryptography.hazmat.primitives.asymmetric import ec

def device_key():
    return ec.generate_private_key(ec.SECP192R1())
`,
  ),
  good(
    "CWE-326",
    "batch19: device key on the P-256 curve",
    src`
from cryptography.hazmat.primitives.asymmetric import ec

def device_key():
    return ec.generate_private_key(ec.SECP256R1())
`,
  ),
  bad(
    "CWE-269",
    "batch19: Django user joins whichever group the form names",
    src`
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group
from django.shortcuts import redirect

@login_required
def join_group(request):
    group = Group.objects.get(name=request.POST["group"])
    request.user.groups.add(group)
    return redirect("profile")
`,
  ),
  good(
    "CWE-269",
    "batch19: Django user joins only self-service groups",
    src`
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group
from django.http import HttpResponseForbidden
from django.shortcuts import redirect

SELF_SERVICE = {"newsletter", "beta-testers"}

@login_required
def join_group(request):
    name = request.POST["group"]
    if name not in SELF_SERVICE:
        return HttpResponseForbidden()
    request.user.groups.add(Group.objects.get(name=name))
    return redirect("profile")
`,
  ),
  bad(
    "CWE-312",
    "batch19: card numbers appended to a CSV file",
    src`
def record_payment(name, card_number, amount):
    with open("/var/lib/shop/payments.csv", "a") as fh:
        fh.write(f"{name},{card_number},{amount}\n")
`,
  ),
  good(
    "CWE-312",
    "batch19: only the card's last four digits appended",
    src`
def record_payment(name, card_number, amount):
    with open("/var/lib/shop/payments.csv", "a") as fh:
        fh.write(f"{name},****{card_number[-4:]},{amount}\n")
`,
  ),
  bad(
    "CWE-760",
    "batch19: bcrypt salt generated once at import and reused for everyone",
    src`
import bcrypt

SALT = bcrypt.gensalt()

def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), SALT)
`,
  ),
  good(
    "CWE-760",
    "batch19: bcrypt salt generated per password",
    src`
import bcrypt

def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())
`,
  ),
  bad(
    "CWE-1333",
    "batch19: phone number validated with a nested digit group",
    src`
import re

def valid_phone(number):
    """Check the phone number a customer entered."""
    return re.match(r"^(\d+-?)+$", number) is not None
`,
  ),
  good(
    "CWE-1333",
    "batch19: phone number validated with a linear pattern",
    src`
import re

def valid_phone(number):
    """Check the phone number a customer entered."""
    return re.fullmatch(r"\d{1,4}(-\d{1,4}){0,4}", number) is not None
`,
  ),
  bad(
    "CWE-732",
    "batch19: application log made world-writable",
    src`
import os

LOG = "/var/log/shop/app.log"

def init_logging():
    open(LOG, "a").close()
    os.chmod(LOG, 0o666)
`,
  ),
  good(
    "CWE-732",
    "batch19: application log readable by the group only",
    src`
import os

LOG = "/var/log/shop/app.log"

def init_logging():
    open(LOG, "a").close()
    os.chmod(LOG, 0o640)
`,
  ),
  bad(
    "CWE-215",
    "batch19: Flask config mapping sets DEBUG",
    src`
from flask import Flask

def create_app():
    app = Flask(__name__)
    app.config.from_mapping(DEBUG=True, SECRET_KEY=load_secret())
    return app
`,
  ),
  good(
    "CWE-215",
    "batch19: Flask config mapping with DEBUG off",
    src`
from flask import Flask

def create_app():
    app = Flask(__name__)
    app.config.from_mapping(DEBUG=False, SECRET_KEY=load_secret())
    return app
`,
  ),
];
