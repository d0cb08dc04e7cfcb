// Dev suite "py-rules", batch 68 (format in py-rules.ts): line-level rule tests, written blind, second round after
// batch 67. Per file several lines that must be reported and look-alikes that must not: request-sized loops,
// repeats and decompression, mass assignment, error details in responses, user format strings and templates
// (str.format, string.Template, Jinja2 sandbox, Django and Tornado templates), dynamic imports and eval, SSRF through
// urllib/urllib3/httpx/pycurl and host-building f-strings, prefix checks with and without the trailing slash, open
// redirects, path traversal in Flask/FastAPI/aiofiles/shutil, HTML responses (FastAPI's response_class among them),
// Django ORM and peewee raw SQL, cleartext FTP/SMTP/telnet/HTTP/gRPC, ssl context attributes (client and server),
// TLS versions and cipher strings, key sizes in pycryptodome/paramiko/pyOpenSSL, Celery, Keras, YAML C loaders and
// cookies holding pickles, hard-coded keys in signers, Fernet, JWT, HMAC and default parameters, CORS, CSRF
// exemptions, MongoDB operators, temporary paths, log injection and LDAP DN/bind. Own code, never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH68: DevCase[] = [
  ...rules(
    "CWE-770",
    "batch68: request-sized loops and repeats, decompression of request bodies",
    `
import bz2
import gzip
import lzma
import zlib

from flask import Flask, request

app = Flask(__name__)
MAX_ROWS = 500


@app.get("/export")
def export():
    rows = int(request.args.get("rows", "10"))
    out = []
    for i in range(rows): # VULN
        out.append({"i": i})
    n = min(int(request.args.get("rows", "10")), MAX_ROWS)
    for i in range(n): # SAFE
        out.append({"i": i})
    pad = "-" * int(request.args.get("width", "10")) # VULN
    pad2 = "-" * max(0, min(int(request.args.get("width", "10")), 80)) # SAFE
    return {"rows": out, "pad": pad + pad2}


@app.post("/ingest")
def ingest():
    body = request.get_data()
    a = gzip.decompress(body) # VULN CWE-409
    b = zlib.decompress(body) # VULN CWE-409
    c = bz2.decompress(body) # VULN CWE-409
    d = zlib.decompressobj().decompress(body, 10_000_000) # SAFE CWE-409
    e = lzma.decompress(body) # VULN CWE-409
    return {"n": len(a) + len(b) + len(c) + len(d) + len(e)}
`,
  ),
  ...rules(
    "CWE-915",
    "batch68: model fields set from request bodies, with and without an allowlist",
    `
from flask import Flask, request

from models import User, db

app = Flask(__name__)
EDITABLE = {"display_name", "bio", "avatar_url"}


@app.post("/users")
def create_user():
    user = User(**request.get_json()) # VULN
    db.session.add(user)
    db.session.commit()
    return {"id": user.id}


@app.patch("/users/<int:uid>")
def update_user(uid):
    user = User.query.get_or_404(uid)
    for key, value in request.form.items():
        setattr(user, key, value) # VULN
    for key, value in request.form.items():
        if key in EDITABLE:
            setattr(user, key, value) # SAFE
    db.session.commit()
    return {"ok": True}


@app.put("/users/<int:uid>")
def replace_user(uid):
    user = User.query.get_or_404(uid)
    user.__dict__.update(request.get_json()) # VULN
    data = {k: v for k, v in request.get_json().items() if k in EDITABLE}
    User.query.filter_by(id=uid).update(data) # SAFE
    User.query.filter_by(id=uid).update(request.get_json()) # VULN
    db.session.commit()
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-209",
    "batch68: exception text and tracebacks in responses next to logged errors",
    `
import traceback

from flask import Flask, jsonify

from reports import build

app = Flask(__name__)


@app.errorhandler(Exception)
def on_error(e):
    return jsonify(error=str(e), trace=traceback.format_exc()), 500 # VULN


@app.get("/report")
def report():
    try:
        return build()
    except Exception:
        app.logger.exception("report failed")
        return {"error": "internal error"}, 500 # SAFE


@app.get("/report-v2")
def report_v2():
    try:
        return build()
    except Exception as e:
        return {"error": repr(e)}, 500 # VULN


@app.get("/report-v3")
def report_v3():
    try:
        return build()
    except Exception as e:
        app.logger.error("report failed: %s", e)
        return {"error": "internal error", "ref": "E500"}, 500 # SAFE
`,
  ),
  ...rules(
    "CWE-134",
    "batch68: user format strings, string.Template and Jinja2 with and without the sandbox",
    `
from string import Template

import jinja2
from flask import Flask, request
from flask_login import current_user, login_required
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)


@app.get("/notify/preview")
@login_required
def preview():
    fmt = request.args.get("fmt", "Hello {user.name}")
    a = fmt.format(user=current_user) # VULN
    b = "Hello {name}".format(name=request.args.get("name", "")) # SAFE
    c = Template(request.args.get("tpl", "Hello $name")).safe_substitute(name=current_user.name) # SAFE
    d = jinja2.Template(request.args["body"]).render(user=current_user) # VULN CWE-1336
    e = SandboxedEnvironment().from_string(request.args["body"]).render(user=current_user) # SAFE CWE-1336
    f = jinja2.Template("Hi {{ name }}").render(name=request.args.get("name")) # SAFE CWE-1336
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f}
`,
  ),
  ...rules(
    "CWE-1336",
    "batch68: Django and Tornado templates compiled from posted text",
    `
import tornado.template
from django.http import HttpResponse
from django.template import Context, Engine, Template


def preview(request):
    body = request.POST["body"]
    t = Template(body).render(Context({"user": request.user})) # VULN
    e = Engine.get_default().from_string(body).render(Context({})) # VULN
    ok = Template("Hello {{ name }}").render(Context({"name": body})) # SAFE
    tt = tornado.template.Template(body).generate(user=request.user) # VULN
    tt2 = tornado.template.Template("Hi {{ name }}").generate(name=body) # SAFE
    return HttpResponse(t + e + ok + tt.decode() + tt2.decode())
`,
  ),
  ...rules(
    "CWE-470",
    "batch68: modules, attributes and globals chosen by request fields",
    `
import importlib

from flask import Flask, abort, request

import handlers

app = Flask(__name__)
EXPORTERS = {"csv": "exporters.csv_exporter", "json": "exporters.json_exporter"}


@app.post("/run")
def run():
    mod = importlib.import_module(request.form["module"]) # VULN
    chosen = importlib.import_module(EXPORTERS.get(request.form["kind"], "exporters.json_exporter")) # SAFE
    fn = getattr(handlers, request.form["action"]) # VULN
    action = request.form["action"]
    if action not in {"start", "stop"}:
        abort(400)
    fn2 = getattr(handlers, action) # SAFE
    label = getattr(handlers, "LABEL", "jobs") # SAFE
    return {"mod": mod.__name__, "chosen": chosen.__name__, "r": fn(), "r2": fn2(), "label": label}
`,
  ),
  ...rules(
    "CWE-95",
    "batch68: eval, compile, exec and interpreters on posted expressions",
    `
import ast
from code import InteractiveInterpreter

from flask import Flask, request
from simpleeval import simple_eval

app = Flask(__name__)


@app.post("/calc")
def calc():
    expr = request.form["expr"]
    a = eval(expr, {"__builtins__": {}}) # VULN
    b = ast.literal_eval(expr) # SAFE
    compiled = compile(expr, "<calc>", "eval")
    c = eval(compiled) # VULN
    ns = {}
    exec(f"result = {expr}", ns) # VULN
    d = simple_eval(expr) # SAFE
    InteractiveInterpreter().runsource(expr) # VULN
    e = eval("1 + 2") # SAFE
    return {"a": a, "b": b, "c": c, "r": ns.get("result"), "d": d, "e": e}
`,
  ),
  ...rules(
    "CWE-918",
    "batch68: urllib, urllib3, httpx, pycurl and requests with user URLs and hosts",
    `
import urllib.request
from io import BytesIO
from urllib.parse import quote, urlparse

import httpx
import pycurl
import requests
import urllib3
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_HOSTS = {"images.example.com", "cdn.example.com"}


@app.get("/fetch")
def fetch():
    url = request.args["url"]
    a = urllib.request.urlopen(url, timeout=5).read() # VULN
    b = urllib3.PoolManager().request("GET", url).data # VULN
    c = httpx.get(url, timeout=5).text # VULN
    buf = BytesIO()
    curl = pycurl.Curl()
    curl.setopt(pycurl.URL, url) # VULN
    curl.setopt(pycurl.WRITEDATA, buf)
    curl.perform()
    return {"n": len(a) + len(b) + len(c) + len(buf.getvalue())}


@app.get("/fetch-checked")
def fetch_checked():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    return requests.get(url, timeout=5, allow_redirects=False).content # SAFE


@app.get("/user")
def user():
    return requests.get(f"https://api.example.com/users/{quote(request.args['id'], safe='')}", timeout=5).json() # SAFE


@app.get("/status")
def status():
    return requests.get(f"https://{request.args['region']}.api.example.com/v1/status", timeout=5).json() # VULN
`,
  ),
  ...rules(
    "CWE-918",
    "batch68: aiohttp and httpx callbacks behind prefix checks with and without the trailing slash",
    `
import aiohttp
import httpx
from aiohttp import web
from fastapi import FastAPI, HTTPException

app = FastAPI()


async def proxy(request):
    target = request.query["url"]
    async with aiohttp.ClientSession() as session:
        async with session.get(target) as resp: # VULN
            return web.Response(body=await resp.read())


@app.post("/callbacks/test")
async def test_callback(url: str):
    if not url.startswith("https://hooks.example.com/"):
        raise HTTPException(400)
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.post(url, json={"ping": True}) # SAFE
    return {"status": r.status_code}


@app.post("/callbacks/test-loose")
async def test_callback_loose(url: str):
    if not url.startswith("https://hooks.example.com"):
        raise HTTPException(400)
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.post(url, json={"ping": True}) # VULN
    return {"status": r.status_code}


@app.post("/callbacks/fixed")
async def fixed_callback(event: str):
    async with httpx.AsyncClient(base_url="https://hooks.example.com", timeout=5) as client:
        r = await client.post("/events", json={"event": event}) # SAFE
    return {"status": r.status_code}
`,
  ),
  ...rules(
    "CWE-601",
    "batch68: Django and FastAPI redirects to request parameters",
    `
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

api = FastAPI()


def login_done(request):
    nxt = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(nxt) # SAFE
    return redirect("/") # SAFE


def logout_done(request):
    return HttpResponseRedirect(request.GET.get("next", "/")) # VULN


def go(request):
    return redirect(request.POST["return_to"]) # VULN


@api.get("/continue")
def continue_to(next_url: str):
    return RedirectResponse(url=next_url) # VULN


@api.get("/home")
def home():
    return RedirectResponse(url=api.url_path_for("dashboard")) # SAFE
`,
  ),
  ...rules(
    "CWE-22",
    "batch68: Flask downloads and uploads through join, safe_join and secure_filename",
    `
import os

from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import safe_join, secure_filename

app = Flask(__name__)
BASE = "/srv/reports"


@app.get("/reports/<path:name>")
def report(name):
    return send_file(os.path.join(BASE, name)) # VULN


@app.get("/reports-v2/<path:name>")
def report_v2(name):
    return send_from_directory(BASE, name) # SAFE


@app.get("/reports-v3")
def report_v3():
    p = safe_join(BASE, request.args["f"])
    if p is None:
        abort(404)
    return send_file(p) # SAFE


@app.get("/reports-v4")
def report_v4():
    with open(os.path.join(BASE, secure_filename(request.args["f"])), "rb") as fh: # SAFE
        return fh.read()


@app.post("/upload")
def upload():
    f = request.files["doc"]
    f.save(os.path.join("/srv/uploads", f.filename)) # VULN
    f.save(os.path.join("/srv/uploads", secure_filename(f.filename))) # SAFE
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-22",
    "batch68: FastAPI files, aiofiles and shutil under a media root",
    `
import shutil
from pathlib import Path

import aiofiles
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
ROOT = Path("/srv/media")


@app.get("/media")
async def media(name: str):
    return FileResponse(ROOT / name) # VULN


@app.get("/media-v2")
async def media_v2(name: str):
    p = (ROOT / name).resolve()
    if not p.is_relative_to(ROOT):
        raise HTTPException(404)
    return FileResponse(p) # SAFE


@app.get("/notes")
async def notes(file: str):
    async with aiofiles.open(f"/srv/notes/{file}") as fh: # VULN
        return await fh.read()


@app.delete("/cache")
def clear(key: str):
    shutil.rmtree(ROOT / "cache" / key) # VULN
    shutil.rmtree(ROOT / "cache" / "thumbnails", ignore_errors=True) # SAFE
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-79",
    "batch68: Flask and Django HTML responses built from query strings",
    `
from django.http import HttpResponse, JsonResponse
from django.utils.html import escape as dj_escape
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/hello")
def hello():
    name = request.args.get("name", "")
    return f"<p>Hello {name}</p>" # VULN


@app.get("/hello-v2")
def hello_v2():
    return make_response("<p>Hello " + str(escape(request.args.get("name", ""))) + "</p>") # SAFE


@app.get("/hello-v3")
def hello_v3():
    resp = make_response(request.args.get("name", "")) # SAFE
    resp.mimetype = "text/plain"
    return resp


def results(request):
    return HttpResponse(f"<h1>Results for {request.GET.get('q', '')}</h1>") # VULN


def results_v2(request):
    return HttpResponse(format_html("<h1>Results for {}</h1>", request.GET.get("q", ""))) # SAFE


def results_v3(request):
    return HttpResponse(mark_safe("<h1>" + request.GET.get("q", "") + "</h1>")) # VULN


def results_v4(request):
    return JsonResponse({"q": request.GET.get("q", "")}) # SAFE


def results_v5(request):
    return HttpResponse("<h1>" + dj_escape(request.GET.get("q", "")) + "</h1>") # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch68: FastAPI strings as HTML or JSON by response class",
    `
import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/search", response_class=HTMLResponse)
async def search(q: str = ""):
    return f"<p>Results for {q}</p>" # VULN


@app.get("/search-v2")
async def search_v2(q: str = ""):
    return HTMLResponse(f"<p>Results for {html.escape(q)}</p>") # SAFE


@app.get("/search-v3")
async def search_v3(q: str = ""):
    return HTMLResponse("<p>Results for " + q + "</p>") # VULN


@app.get("/search-v4")
async def search_v4(q: str = ""):
    return PlainTextResponse(q) # SAFE


@app.get("/search-v5")
async def search_v5(request: Request, q: str = ""):
    return templates.TemplateResponse("search.html", {"request": request, "q": q}) # SAFE


@app.get("/search-v6")
async def search_v6(q: str = ""):
    return f"<p>Results for {q}</p>" # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch68: Django extra, RawSQL, raw and callproc",
    `
from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Book


def search(request):
    term = request.GET.get("term", "")
    a = Book.objects.extra(select={"hit": f"title LIKE '%%{term}%%'"}) # VULN
    b = Book.objects.extra(where=["title LIKE %s"], params=[f"%{term}%"]) # SAFE
    c = Book.objects.annotate(score=RawSQL("similarity(title, %s)", (term,))) # SAFE
    d = Book.objects.filter(id__in=RawSQL(f"SELECT book_id FROM tags WHERE tag = '{term}'", [])) # VULN
    e = Book.objects.raw("SELECT * FROM books_book WHERE title = %s", [term]) # SAFE
    with connection.cursor() as cur:
        cur.execute("SELECT count(*) FROM books_book WHERE title = '%s'" % term) # VULN
        n = cur.fetchone()[0]
        cur.callproc("search_books", [term]) # SAFE
    return JsonResponse({"n": n, "ids": [x.id for x in list(a) + list(b) + list(c) + list(d) + list(e)]})
`,
  ),
  ...rules(
    "CWE-89",
    "batch68: peewee execute_sql, SQL fragments and raw queries",
    `
from flask import Flask, request
from peewee import SQL, CharField, Model, PostgresqlDatabase

db = PostgresqlDatabase("app")
app = Flask(__name__)


class Person(Model):
    name = CharField()

    class Meta:
        database = db


@app.get("/people")
def people():
    name = request.args["name"]
    a = db.execute_sql(f"SELECT id FROM person WHERE name = '{name}'").fetchall() # VULN
    b = db.execute_sql("SELECT id FROM person WHERE name = %s", (name,)).fetchall() # SAFE
    c = list(Person.select().where(SQL(f"name = '{name}'"))) # VULN
    d = list(Person.select().where(SQL("name = %s", [name]))) # SAFE
    e = list(Person.raw("SELECT * FROM person WHERE name = %s", name)) # SAFE
    f = list(Person.select().where(Person.name == name)) # SAFE
    g = list(Person.raw("SELECT * FROM person WHERE name LIKE '%" + name + "%'")) # VULN
    return {"n": len(a) + len(b) + len(c) + len(d) + len(e) + len(f) + len(g)}
`,
  ),
  ...rules(
    "CWE-319",
    "batch68: FTP, SMTP, telnet, HTTP and gRPC without and with transport security",
    `
import ftplib
import smtplib
import ssl
import telnetlib

import grpc
import requests


def upload_report(path, user, pw):
    ftp = ftplib.FTP("files.partner.com") # VULN
    ftp.login(user, pw)
    ftps = ftplib.FTP_TLS("files.partner.com") # SAFE
    ftps.login(user, pw)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR report.csv", fh)


def notify(user, pw):
    s = smtplib.SMTP("smtp.example.com", 587)
    s.login(user, pw) # VULN
    t = smtplib.SMTP("smtp.example.com", 587)
    t.starttls(context=ssl.create_default_context())
    t.login(user, pw) # SAFE
    return s, t


def router(host, pw):
    tn = telnetlib.Telnet(host, 23) # VULN
    tn.write(pw.encode() + b"\\n")
    return tn


def token(secret):
    return requests.post("http://auth.partner.com/oauth/token", data={"client_secret": secret}, timeout=5) # VULN


def token_ok(secret):
    return requests.post("https://auth.partner.com/oauth/token", data={"client_secret": secret}, timeout=5) # SAFE


def channel():
    return grpc.insecure_channel("payments.example.com:443") # VULN


def channel_ok():
    return grpc.secure_channel("payments.example.com:443", grpc.ssl_channel_credentials()) # SAFE


def local_channel():
    return grpc.insecure_channel("localhost:50051") # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch68: ssl context attributes on clients and servers",
    `
import http.client
import ssl
import urllib.request

CA = "/etc/ssl/certs/internal.pem"


def client_ctx_bad():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False # VULN
    ctx.verify_mode = ssl.CERT_NONE # VULN
    return ctx


def client_ctx_ok():
    ctx = ssl.create_default_context(cafile=CA)
    ctx.verify_mode = ssl.CERT_REQUIRED # SAFE
    return ctx


def legacy_conn(host):
    return http.client.HTTPSConnection(host, context=ssl.SSLContext()) # VULN


def client_conn(host):
    return http.client.HTTPSConnection(host, context=ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)) # SAFE


def fetch(url):
    return urllib.request.urlopen(url, context=ssl._create_unverified_context(), timeout=5) # VULN


def fetch_ok(url):
    return urllib.request.urlopen(url, context=ssl.create_default_context(cafile=CA), timeout=5) # SAFE


def server_ctx():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.verify_mode = ssl.CERT_NONE # SAFE
    ctx.load_cert_chain("server.pem", "server.key")
    return ctx
`,
  ),
  ...rules(
    "CWE-327",
    "batch68: TLS minimum versions and cipher strings in ssl and pyOpenSSL",
    `
import ssl

from OpenSSL import SSL


def ctx_tls1():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1 # VULN
    return ctx


def ctx_modern():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2 # SAFE
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20") # SAFE
    return ctx


def ctx_rc4():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("RC4-SHA:DES-CBC3-SHA") # VULN
    return ctx


def ctx_null():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("ALL:eNULL") # VULN
    return ctx


def pyopenssl_tls1():
    return SSL.Context(SSL.TLSv1_METHOD) # VULN


def pyopenssl_ok():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD) # SAFE
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION) # SAFE
    return ctx


def pyopenssl_min_tls1():
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_VERSION) # VULN
    return ctx
`,
  ),
  ...rules(
    "CWE-326",
    "batch68: key sizes in pycryptodome, paramiko and pyOpenSSL",
    `
import paramiko
from Crypto.PublicKey import DSA, ECC, RSA
from OpenSSL import crypto

BITS = 512


def a():
    return RSA.generate(1024) # VULN


def b():
    return RSA.generate(3072) # SAFE


def c():
    return DSA.generate(1024) # VULN


def d():
    return ECC.generate(curve="P-256") # SAFE


def e():
    return paramiko.RSAKey.generate(1024) # VULN


def f():
    return paramiko.RSAKey.generate(bits=4096) # SAFE


def g():
    k = crypto.PKey()
    k.generate_key(crypto.TYPE_RSA, 1024) # VULN
    return k


def h():
    k = crypto.PKey()
    k.generate_key(crypto.TYPE_RSA, 4096) # SAFE
    return k


def i():
    return RSA.generate(BITS) # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch68: Celery content types, pickled cookies, YAML C loaders, Keras safe_mode and shelve",
    `
import base64
import os
import pickle
import shelve

import yaml
from celery import Celery
from flask import Flask, request
from tensorflow import keras
from werkzeug.utils import secure_filename

app = Flask(__name__)
jobs = Celery("jobs", broker=os.environ["BROKER_URL"])
jobs.conf.accept_content = ["pickle", "json"] # VULN
jobs.conf.update(task_serializer="json", accept_content=["json"]) # SAFE
MODELS = "/srv/models"


@app.get("/resume")
def resume():
    state = pickle.loads(base64.b64decode(request.cookies["state"])) # VULN
    cfg = yaml.load(request.data, Loader=yaml.CLoader) # VULN
    cfg2 = yaml.load(request.data, Loader=yaml.CSafeLoader) # SAFE
    return {"state": state, "cfg": cfg, "cfg2": cfg2}


@app.post("/models")
def upload_model():
    f = request.files["model"]
    path = os.path.join(MODELS, secure_filename(f.filename) + ".keras")
    f.save(path)
    m = keras.models.load_model(path, safe_mode=False) # VULN
    m2 = keras.models.load_model(path) # SAFE
    with shelve.open(path) as db: # VULN
        meta = dict(db)
    return {"layers": len(m.layers) + len(m2.layers), "meta": list(meta)}
`,
  ),
  ...rules(
    "CWE-798",
    "batch68: hard-coded keys in signers, Fernet, JWT, HMAC, AES, HTTP auth and default parameters",
    `
import hashlib
import hmac
import os

import jwt
import requests
import stripe
from Crypto.Cipher import AES
from cryptography.fernet import Fernet
from itsdangerous import URLSafeTimedSerializer
from requests.auth import HTTPBasicAuth

stripe.api_key = "sk_live_51Jq8ZtR4xWb2NcY7vKm3pLd9" # VULN
OPENAI_KEY = os.getenv("OPENAI_API_KEY") # SAFE
signer = URLSafeTimedSerializer("change-me-please") # VULN
signer_ok = URLSafeTimedSerializer(os.environ["SIGNING_KEY"]) # SAFE
fernet = Fernet(b"ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg=") # VULN CWE-321
fernet_ok = Fernet(os.environ["FERNET_KEY"]) # SAFE CWE-321


def issue(claims):
    return jwt.encode(claims, "jwt-signing-secret-2024", algorithm="HS256") # VULN


def sign(msg):
    return hmac.new(b"static-signing-key-v1", msg, hashlib.sha256).hexdigest() # VULN


def seal(data):
    return AES.new(b"Sixteen byte key", AES.MODE_GCM).encrypt_and_digest(data) # VULN CWE-321


def call(url):
    a = requests.get(url, auth=("admin", "Adm1n!pass"), timeout=5) # VULN
    b = requests.get(url, auth=HTTPBasicAuth("svc", os.environ["SVC_PW"]), timeout=5) # SAFE
    c = requests.get(url, headers={"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdmMifQ.4pcPyMD09olPSyXnrXCjTwXyr4BsezdI1AVTmud2fU4"}, timeout=5) # VULN
    d = requests.get(url, headers={"Authorization": f"Bearer {os.environ['SVC_TOKEN']}"}, timeout=5) # SAFE
    return a, b, c, d


def connect(host, user="admin", password="changeme"): # VULN
    return requests.post(f"https://{host}/login", data={"u": user, "p": password}, timeout=5)


def connect_ok(host, user="admin", password=None): # SAFE
    return requests.post(f"https://{host}/login", data={"u": user, "p": password or os.environ["PW"]}, timeout=5)
`,
  ),
  ...rules(
    "CWE-942",
    "batch68: Flask-CORS, reflected origins and Starlette's CORS middleware",
    `
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask, request
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins="*", supports_credentials=True) # VULN
api = Flask("api")
CORS(api, resources={r"/api/*": {"origins": ["https://app.example.com"]}}, supports_credentials=True) # SAFE
TRUSTED = {"https://app.example.com", "https://admin.example.com"}


@app.after_request
def cors(resp):
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "") # VULN
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@api.after_request
def cors_api(resp):
    origin = request.headers.get("Origin", "")
    if origin in TRUSTED:
        resp.headers["Access-Control-Allow-Origin"] = origin # SAFE
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


fa = FastAPI()
fa.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"]) # VULN
fb = FastAPI()
fb.add_middleware(CORSMiddleware, allow_origin_regex=r"https://.*", allow_credentials=True) # VULN
fc = FastAPI()
fc.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True) # SAFE
fd = FastAPI()
fd.add_middleware(CORSMiddleware, allow_origin_regex=r"https://[a-z0-9-]+\\.example\\.com", allow_credentials=True) # SAFE
`,
  ),
  ...rules(
    "CWE-352",
    "batch68: Flask-WTF switched off, exempt state-changing routes and signed webhooks",
    `
import hashlib
import hmac
import os

from flask import Flask, abort, request
from flask_login import current_user, login_required
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["WTF_CSRF_ENABLED"] = False # VULN
csrf = CSRFProtect(app)
HOOK_KEY = os.environ["HOOK_KEY"].encode()


@app.post("/account/email")
@csrf.exempt # VULN
@login_required
def change_email():
    current_user.email = request.form["email"]
    current_user.save()
    return {"ok": True}


@app.post("/hooks/payments")
@csrf.exempt # SAFE
def payments_hook():
    sig = request.headers.get("X-Signature", "")
    mac = hmac.new(HOOK_KEY, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, mac):
        abort(401)
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-943",
    "batch68: MongoDB $regex, filters and pipelines from request data",
    `
import json
import os
import re

from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient(os.environ["MONGO_URL"]).shop


@app.get("/items")
def items():
    q = request.args.get("q", "")
    a = list(db.items.find({"name": {"$regex": q}})) # VULN
    b = list(db.items.find({"name": {"$regex": re.escape(q)}})) # SAFE
    c = list(db.items.find(json.loads(request.args["filter"]))) # VULN
    d = list(db.items.aggregate(request.get_json()["pipeline"])) # VULN
    e = list(db.items.find({"price": {"$gt": float(request.args.get("min", 0))}})) # SAFE
    f = db.items.count_documents({"owner": str(request.args.get("owner"))}) # SAFE
    return {"n": len(a) + len(b) + len(c) + len(d) + len(e) + f}
`,
  ),
  ...rules(
    "CWE-377",
    "batch68: fixed names in the shared temporary directory and private temporary directories",
    `
import os
import shutil
import tempfile
from pathlib import Path


def take_lock():
    path = os.path.join(tempfile.gettempdir(), "app.lock")
    with open(path, "w") as fh: # VULN
        fh.write(str(os.getpid()))


def cache(data):
    Path("/tmp/cache.json").write_text(data) # VULN


def cache_private(data):
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "cache.json").write_text(data) # SAFE


def work():
    d = tempfile.mkdtemp(prefix="job-")
    with open(os.path.join(d, "out.txt"), "w") as fh: # SAFE
        fh.write("x")
    shutil.rmtree(d)


def spool():
    return tempfile.SpooledTemporaryFile(max_size=1_000_000) # SAFE
`,
  ),
  ...rules(
    "CWE-117",
    "batch68: Django request values in log lines, raw, repr, JSON and escaped",
    `
import json
import logging
import time

from django.http import JsonResponse

logger = logging.getLogger(__name__)


def search(request):
    started = time.monotonic()
    q = request.GET.get("q", "")
    logger.info("search: %s", q) # VULN
    logger.info("search: %r", q) # SAFE
    logger.info("search: %s", json.dumps(q)) # SAFE
    ua = request.META.get("HTTP_USER_AGENT", "")
    logger.warning("ua=" + ua) # VULN
    logger.warning("ua=%s", ua.replace("\\r", "\\\\r").replace("\\n", "\\\\n")) # SAFE
    elapsed = int((time.monotonic() - started) * 1000)
    logger.info("search took %d ms", elapsed) # SAFE
    return JsonResponse({"q": q})
`,
  ),
  ...rules(
    "CWE-90",
    "batch68: LDAP DNs built from login names, escaped DNs and empty-password binds",
    `
import ldap
from flask import Flask, abort, request
from ldap.dn import escape_dn_chars
from ldap3 import MODIFY_ADD, Connection, Server
from ldap3.utils.dn import escape_rdn

app = Flask(__name__)
LDAP_URL = "ldaps://ldap.example.org"


@app.post("/login")
def login():
    user, pw = request.form["user"], request.form["password"]
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s(f"uid={user},ou=people,dc=example,dc=org", pw) # VULN
    return {"ok": True}


@app.post("/login-v2")
def login_v2():
    user, pw = request.form["user"], request.form["password"]
    if not pw:
        abort(401)
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s(f"uid={escape_dn_chars(user)},ou=people,dc=example,dc=org", pw) # SAFE
    return {"ok": True}


@app.post("/login-v3")
def login_v3():
    user, pw = request.form["user"], request.form.get("password", "")
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s("uid=%s,ou=people,dc=example,dc=org" % escape_dn_chars(user), pw) # VULN CWE-287
    return {"ok": True}


@app.post("/groups/<name>/members")
def add_member(name):
    c = Connection(Server(LDAP_URL), auto_bind=True)
    dn = request.form["member_dn"]
    c.modify(f"cn={name},ou=groups,dc=example,dc=org", {"member": [(MODIFY_ADD, [dn])]}) # VULN
    c.modify("cn=%s,ou=groups,dc=example,dc=org" % escape_rdn(name), {"member": [(MODIFY_ADD, [dn])]}) # SAFE
    return {"ok": True}
`,
  ),
];
