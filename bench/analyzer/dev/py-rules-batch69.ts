// Dev suite "py-rules", batch 69 (format in py-rules.ts): line-level rule tests, written blind, third round after
// batches 67-68. Per file several lines that must be reported and look-alikes that must not: exec-family and pty
// commands beside shlex.join/quote, archive filters and unpack_archive, prefix checks on joined paths, lxml parser
// options, MD5/SHA-1 for passwords beside checksums and usedforsecurity=False, JWT algorithms read from the token,
// itsdangerous loads_unsafe, SSH host-key policies (paramiko, asyncssh, pysftp), werkzeug's debugger, binding to all
// interfaces, backtracking regexes, passwords stored as typed, code loaded from request paths (runpy, importlib,
// exec of a file), Redis Lua scripts, CSV formulas, request headers in logs, Jinja2's |safe and autoescape blocks,
// and objects fetched by a client-supplied id with and without the owner. Own code, never taken from a held-out
// corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH69: DevCase[] = [
  ...rules(
    "CWE-78",
    "batch69: exec-family calls, pty and invoke next to shlex.join and shlex.quote",
    `
import os
import pty
import shlex
import subprocess

import invoke
from flask import Flask, request

app = Flask(__name__)


@app.post("/backup")
def backup():
    target = request.form["dir"]
    pid = os.fork()
    if pid == 0:
        os.execvp("sh", ["sh", "-c", "tar czf /backups/out.tgz " + target]) # VULN
    os.waitpid(pid, 0)
    os.posix_spawn("/bin/sh", ["sh", "-c", f"du -sh {target}"], os.environ) # VULN
    os.posix_spawn("/usr/bin/du", ["du", "-sh", "--", target], os.environ) # SAFE
    pty.spawn(["bash", "-c", "ls -la " + target]) # VULN
    invoke.run(f"rsync -a {target} /mirror/") # VULN
    invoke.run("rsync -a " + shlex.quote(target) + " /mirror/") # SAFE
    subprocess.run(shlex.join(["tar", "czf", "/backups/out.tgz", target]), shell=True, check=True) # SAFE
    subprocess.run(" ".join(["tar", "czf", "/backups/out.tgz", target]), shell=True, check=True) # VULN
    subprocess.run(["bash", "-c", "tar czf /backups/out.tgz " + shlex.quote(target)], check=True) # SAFE
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-22",
    "batch69: tar filters, unpack_archive and prefix checks on joined paths",
    `
import os
import shutil
import tarfile

from django.conf import settings
from django.http import FileResponse, Http404

BASE = "/srv/exports"


def restore(upload_path):
    with tarfile.open(upload_path) as tf:
        tf.extractall("/srv/restore", filter="fully_trusted") # VULN
    with tarfile.open(upload_path) as tf:
        tf.extractall("/srv/restore", filter="tar") # SAFE
    shutil.unpack_archive(upload_path, "/srv/restore", filter="data") # SAFE


def download(request):
    path = os.path.join(settings.MEDIA_ROOT, request.GET["f"])
    return FileResponse(open(path, "rb")) # VULN


def download_checked(request):
    path = os.path.realpath(os.path.join(BASE, request.GET["f"]))
    if os.path.commonpath([BASE, path]) != BASE:
        raise Http404()
    return FileResponse(open(path, "rb")) # SAFE


def download_prefix(request):
    path = os.path.normpath(os.path.join(BASE, request.GET["f"]))
    if not path.startswith(BASE):
        raise Http404()
    return FileResponse(open(path, "rb")) # VULN
`,
  ),
  ...rules(
    "CWE-611",
    "batch69: lxml parsers that load DTDs or resolve entities, and parsers that do not",
    `
import xmltodict
from flask import Flask, request
from lxml import etree, html

app = Flask(__name__)


@app.post("/feeds")
def feeds():
    dtd_parser = etree.XMLParser(load_dtd=True, resolve_entities=True) # VULN
    doc = etree.fromstring(request.data, dtd_parser)
    quiet = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True) # SAFE
    doc2 = etree.fromstring(request.data, quiet)
    page = html.fromstring(request.data) # SAFE
    as_dict = xmltodict.parse(request.data) # SAFE
    tree = etree.parse(request.files["feed"], etree.XMLParser(resolve_entities=True, no_network=False)) # VULN
    return {"a": doc.tag, "b": doc2.tag, "c": page.tag, "d": list(as_dict), "e": tree.getroot().tag}
`,
  ),
  ...rules(
    "CWE-328",
    "batch69: MD5 and SHA-1 over passwords beside ETags, cache keys and usedforsecurity=False",
    `
import hashlib

from Crypto.Hash import MD5, SHA1


def store(user, password):
    user.password_hash = hashlib.md5(password.encode()).hexdigest() # VULN
    user.save()


def password_digest(password):
    return hashlib.new("sha1", password.encode()).hexdigest() # VULN


def legacy_store(user, password):
    user.password_hash = MD5.new(password.encode()).hexdigest() # VULN
    user.save()


def legacy_password_digest(password):
    return SHA1.new(password.encode()).hexdigest() # VULN


def etag(body):
    return hashlib.md5(body).hexdigest() # SAFE


def cache_key(url):
    return "page:" + hashlib.sha1(url.encode(), usedforsecurity=False).hexdigest() # SAFE


def file_digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest() # SAFE
`,
  ),
  ...rules(
    "CWE-347",
    "batch69: JWT algorithms taken from the token, itsdangerous loads_unsafe and signed values checked",
    `
import os

import jwt
from django.core import signing
from flask import Flask, request
from itsdangerous import TimestampSigner, URLSafeSerializer

app = Flask(__name__)
KEY = os.environ["JWT_KEY"]
PUBLIC_KEY = open("/etc/app/jwt.pub").read()
serializer = URLSafeSerializer(os.environ["SIGNING_KEY"])
signer = TimestampSigner(os.environ["SIGNING_KEY"])


@app.get("/claims")
def claims():
    token = request.headers["Authorization"].removeprefix("Bearer ")
    alg = jwt.get_unverified_header(token)["alg"]
    a = jwt.decode(token, KEY, algorithms=[alg]) # VULN
    b = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"]) # SAFE
    ok, prefs = serializer.loads_unsafe(request.cookies.get("prefs", "")) # VULN
    prefs2 = serializer.loads(request.cookies.get("prefs", "")) # SAFE
    uid = signer.unsign(request.cookies.get("uid", ""), max_age=3600) # SAFE
    data = signing.loads(request.args.get("d", ""), max_age=600) # SAFE
    return {"a": a, "b": b, "p": prefs, "p2": prefs2, "uid": uid.decode(), "d": data}
`,
  ),
  ...rules(
    "CWE-322",
    "batch69: SSH host keys in paramiko, asyncssh and pysftp",
    `
import asyncssh
import paramiko
import pysftp


def run_remote(host, cmd):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.WarningPolicy()) # VULN
    client.connect(host, username="deploy", key_filename="/etc/keys/deploy")
    return client.exec_command(cmd)


def run_remote_strict(host, cmd):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy()) # SAFE
    client.connect(host, username="deploy", key_filename="/etc/keys/deploy")
    return client.exec_command(cmd)


async def run_async(host, cmd):
    async with asyncssh.connect(host, username="deploy", known_hosts=None) as conn: # VULN
        return await conn.run(cmd)


async def run_async_strict(host, cmd):
    async with asyncssh.connect(host, username="deploy", known_hosts="/etc/ssh/ssh_known_hosts") as conn: # SAFE
        return await conn.run(cmd)


def upload(host, path):
    opts = pysftp.CnOpts()
    opts.hostkeys = None # VULN
    with pysftp.Connection(host, username="deploy", private_key="/etc/keys/deploy", cnopts=opts) as sftp:
        sftp.put(path)


def upload_strict(host, path):
    opts = pysftp.CnOpts(knownhosts="/etc/ssh/ssh_known_hosts") # SAFE
    with pysftp.Connection(host, username="deploy", private_key="/etc/keys/deploy", cnopts=opts) as sftp:
        sftp.put(path)
`,
  ),
  ...rules(
    "CWE-489",
    "batch69: werkzeug's run_simple with the debugger and the reloader",
    `
from werkzeug.serving import run_simple

from app import create_app

application = create_app()


def dev():
    run_simple("127.0.0.1", 5000, application, use_debugger=True, use_reloader=True) # VULN


def dev_reload_only():
    run_simple("127.0.0.1", 5000, application, use_reloader=True) # SAFE


def dev_evalex():
    run_simple("127.0.0.1", 5000, application, use_debugger=True, use_evalex=True) # VULN


def prod():
    run_simple("127.0.0.1", 8000, application, threaded=True) # SAFE
`,
  ),
  ...rules(
    "CWE-605",
    "batch69: sockets and servers bound to every interface or to loopback",
    `
import socket
import socketserver
from http.server import HTTPServer, SimpleHTTPRequestHandler


def metrics_socket():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("0.0.0.0", 9100)) # VULN
    return s


def admin_socket():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 9101)) # SAFE
    return s


def any_socket():
    s = socket.socket()
    s.bind(("", 9102)) # VULN
    return s


def file_server():
    return HTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler) # VULN


def local_file_server():
    return HTTPServer(("localhost", 8000), SimpleHTTPRequestHandler) # SAFE


def tcp_server(handler):
    return socketserver.TCPServer(("127.0.0.1", 9000), handler) # SAFE
`,
  ),
  ...rules(
    "CWE-1333",
    "batch69: overlapping alternations and nested quantifiers beside linear patterns",
    `
import re

TOKEN_RUN = re.compile(r"^(a|aa)+$") # VULN
DIGITS = re.compile(r"^(\\d+)+\\.txt$") # VULN
VERSION = re.compile(r"^\\d+\\.\\d+(\\.\\d+)?$") # SAFE
SPACED = re.compile(r"^(\\s*,\\s*)*$") # VULN
CSV_FIELD = re.compile(r"^[^,]*(,[^,]*)*$") # SAFE
PATH = re.compile(r"^(/[\\w.-]+)+/?$") # SAFE


def is_word_list(text):
    return re.match(r"^(\\w+|\\w+-\\w+)*$", text) is not None # VULN


def is_key(text):
    return re.fullmatch(r"[A-Z]{2,5}-\\d{1,6}", text) is not None # SAFE
`,
  ),
  ...rules(
    "CWE-312",
    "batch69: passwords stored as typed and stored hashed",
    `
from flask import Flask, request
from werkzeug.security import generate_password_hash

from models import User, db

app = Flask(__name__)


@app.post("/signup")
def signup():
    user = User(email=request.form["email"])
    user.password = request.form["password"] # VULN
    db.session.add(user)
    db.session.commit()
    return {"id": user.id}


@app.post("/signup-v2")
def signup_v2():
    user = User(email=request.form["email"])
    user.password = generate_password_hash(request.form["password"]) # SAFE
    db.session.add(user)
    db.session.commit()
    return {"id": user.id}


@app.post("/signup-v3")
def signup_v3():
    cur = db.session.connection().connection.cursor()
    cur.execute("INSERT INTO users (email, password) VALUES (%s, %s)", (request.form["email"], request.form["password"])) # VULN
    cur.execute("INSERT INTO audit (email, action) VALUES (%s, %s)", (request.form["email"], "signup")) # SAFE
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-94",
    "batch69: code loaded from request-named files, Redis Lua scripts built from input",
    `
import importlib.util
import runpy

import redis
from flask import Flask, request

app = Flask(__name__)
r = redis.Redis()
PLUGINS = {"csv": "/srv/plugins/csv_plugin.py", "pdf": "/srv/plugins/pdf_plugin.py"}


@app.post("/plugins/run")
def run_plugin():
    path = request.form["path"]
    ns = runpy.run_path(path) # VULN
    spec = importlib.util.spec_from_file_location("plugin", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod) # VULN
    with open(path) as fh:
        exec(fh.read(), {}) # VULN
    chosen = runpy.run_path(PLUGINS.get(request.form["kind"], PLUGINS["csv"])) # SAFE
    return {"ns": sorted(ns), "mod": mod.__name__, "chosen": sorted(chosen)}


@app.get("/counter")
def counter():
    key = request.args["key"]
    a = r.eval(f"return redis.call('INCR', '{key}')", 0) # VULN
    b = r.eval("return redis.call('INCR', KEYS[1])", 1, key) # SAFE
    return {"a": a, "b": b}
`,
  ),
  ...rules(
    "CWE-1236",
    "batch69: CSV exports of user-entered text with and without formula neutralising",
    `
import csv
import io

from flask import Flask, Response

from models import Feedback

app = Flask(__name__)


def neutralise(value):
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\\t", "\\r") else text


@app.get("/feedback.csv")
def export_feedback():
    buf = io.StringIO()
    w = csv.writer(buf)
    for fb in Feedback.query.all():
        w.writerow([fb.id, fb.author_name, fb.comment]) # VULN
    return Response(buf.getvalue(), mimetype="text/csv")


@app.get("/feedback-safe.csv")
def export_feedback_safe():
    buf = io.StringIO()
    w = csv.writer(buf)
    for fb in Feedback.query.all():
        w.writerow([fb.id, neutralise(fb.author_name), neutralise(fb.comment)]) # SAFE
    return Response(buf.getvalue(), mimetype="text/csv")
`,
  ),
  ...rules(
    "CWE-532",
    "batch69: request headers, cookies and bodies of login calls in logs",
    `
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("api")


@app.before_request
def trace():
    log.debug("headers: %s", dict(request.headers)) # VULN
    log.debug("path: %s method: %s", request.path, request.method) # SAFE


@app.post("/login")
def login():
    log.info("login body: %s", request.form.to_dict()) # VULN
    log.info("login attempt for %s", request.form.get("username", "")[:64].replace("\\n", " ")) # SAFE
    log.debug("cookies: %s", request.cookies) # VULN
    return {"ok": False}, 401
`,
  ),
  ...rules(
    "CWE-79",
    "batch69: Jinja2 |safe, autoescape blocks and Markup in templates rendered from strings",
    `
from flask import Flask, render_template_string, request

from models import Profile

app = Flask(__name__)


@app.get("/profile/<int:pid>")
def profile(pid):
    p = Profile.query.get_or_404(pid)
    a = render_template_string("<p>{{ bio|safe }}</p>", bio=p.bio) # VULN
    b = render_template_string("<p>{{ bio }}</p>", bio=p.bio) # SAFE
    c = render_template_string("{% autoescape false %}<p>{{ q }}</p>{% endautoescape %}", q=request.args.get("q", "")) # VULN
    d = render_template_string("{% autoescape true %}<p>{{ q }}</p>{% endautoescape %}", q=request.args.get("q", "")) # SAFE
    e = render_template_string("<p>{{ bio|striptags }}</p>", bio=p.bio) # SAFE
    return a + b + c + d + e
`,
  ),
  ...rules(
    "CWE-639",
    "batch69: records fetched by a client-supplied id with and without the owner in the query",
    `
from flask import Flask, abort, request
from flask_login import current_user, login_required

from models import Invoice, db

app = Flask(__name__)


@app.get("/invoices/<int:invoice_id>")
@login_required
def invoice(invoice_id):
    inv = Invoice.query.get_or_404(invoice_id) # VULN
    return inv.to_dict()


@app.get("/invoices-v2/<int:invoice_id>")
@login_required
def invoice_v2(invoice_id):
    inv = Invoice.query.filter_by(id=invoice_id, owner_id=current_user.id).first_or_404() # SAFE
    return inv.to_dict()


@app.get("/invoices-v3/<int:invoice_id>")
@login_required
def invoice_v3(invoice_id):
    inv = db.session.get(Invoice, invoice_id) # SAFE
    if inv is None or inv.owner_id != current_user.id:
        abort(404)
    return inv.to_dict()


@app.post("/invoices/delete")
@login_required
def delete_invoice():
    Invoice.query.filter_by(id=request.form["id"]).delete() # VULN
    db.session.commit()
    return {"ok": True}
`,
  ),
];
