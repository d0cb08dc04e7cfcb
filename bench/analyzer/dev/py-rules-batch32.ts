// Dev suite "py-rules", batch 32 (format in py-rules.ts): written after a probe of the analyzer against ruff's
// flake8-bandit fixtures and bandit's examples (read only, never copied), before any fix, from the idioms that probe
// missed: file modes written in hex or OR-ed together, credentials compared or chain-assigned, explicit "no
// timeout" on httpx, weak elliptic curves and positional DSA sizes, old TLS protocols as parameter defaults, shell
// wildcards, unpinned model-hub downloads, jsonpickle / cPickle / shelve / marshal loads, HTML marked safe after
// try/except or while-loop assembly, Markup built from input, jinja2 autoescape from a variable, tar members
// extracted one by one, urlopen on a query URL, lxml with entity resolution on a request body and FTP over TLS without a protected data
// channel. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH32: DevCase[] = [
  ...rules(
    "CWE-732",
    "batch32: file modes in hex or OR-ed constants",
    `
import os
import stat

SOCKET_PATH = "/run/agent/agent.sock"
STATE_DIR = "/var/lib/agent"


def publish_socket():
    os.chmod(SOCKET_PATH, 0x1B6) # VULN
    os.chmod(SOCKET_PATH, 0x180) # SAFE


def open_state_dir():
    os.chmod(STATE_DIR, 0o700 | 0o070 | 0o007) # VULN
    os.chmod(STATE_DIR, 0o700 | 0o050) # SAFE


def share_report(path):
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IWOTH) # VULN
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP) # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch32: credentials compared or chain-assigned",
    `
import os
import hmac

ADMIN_USER = "ops"
SERVICE_PASSWORD = FALLBACK_PASSWORD = "Wint3r-Rollout-7731" # VULN
REPORT_PASSWORD = FALLBACK = os.environ.get("REPORT_PASSWORD", "") # SAFE


def check_login(user, password):
    if user == ADMIN_USER and password == "Adm1n!Panel#2024": # VULN
        return True
    return False


def check_login_env(user, password):
    expected = os.environ["PANEL_PASSWORD"]
    if user == ADMIN_USER and hmac.compare_digest(password, expected): # SAFE
        return True
    return False


def is_blank(password):
    return password == "" # SAFE
`,
  ),
  ...rules(
    "CWE-400",
    "batch32: explicit no-timeout on http clients",
    `
import httpx
import requests

INVENTORY = "https://inventory.internal/api/v2/hosts"


def hosts():
    with httpx.Client(timeout=None) as client: # VULN
        return client.get(INVENTORY).json()


def hosts_bounded():
    with httpx.Client(timeout=10.0) as client: # SAFE
        return client.get(INVENTORY).json()


def hosts_once():
    return httpx.get(INVENTORY, timeout=None).json() # VULN


def hosts_requests():
    return requests.get(INVENTORY, timeout=None).json() # VULN


def hosts_requests_bounded():
    return requests.get(INVENTORY, timeout=(3.05, 27)).json() # SAFE


async def hosts_async():
    async with httpx.AsyncClient(timeout=None) as client: # VULN
        resp = await client.get(INVENTORY)
        return resp.json()
`,
  ),
  ...rules(
    "CWE-326",
    "batch32: weak curves and positional key sizes",
    `
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa


def device_key():
    return ec.generate_private_key(ec.SECT163K1()) # VULN


def device_key_ok():
    return ec.generate_private_key(ec.SECP384R1()) # SAFE


def legacy_signer():
    return dsa.generate_private_key(1024) # VULN


def signer():
    return dsa.generate_private_key(3072) # SAFE


def tenant_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=1024) # VULN


def tenant_key_ok():
    return rsa.generate_private_key(public_exponent=65537, key_size=4096) # SAFE


def small_curve():
    return ec.generate_private_key(curve=ec.SECP192R1()) # VULN
`,
  ),
  ...rules(
    "CWE-327",
    "batch32: old TLS protocols as parameter defaults",
    `
import socket
import ssl
from ssl import PROTOCOL_TLSv1, PROTOCOL_TLS_CLIENT


def connect_legacy(host, port=443, protocol=PROTOCOL_TLSv1): # VULN
    ctx = ssl.SSLContext(protocol)
    return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)


def connect(host, port=443, protocol=PROTOCOL_TLS_CLIENT): # SAFE
    ctx = ssl.SSLContext(protocol)
    ctx.load_default_certs()
    return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)


def connect_v3(host, port=443, version=ssl.PROTOCOL_SSLv3): # VULN
    ctx = ssl.SSLContext(version)
    return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)
`,
  ),
  ...rules(
    "CWE-155",
    "batch32: shell wildcards in maintenance jobs",
    `
import os
import subprocess

UPLOADS = "/srv/uploads"


def backup_uploads():
    os.chdir(UPLOADS)
    os.popen("tar czf /backups/uploads.tgz *") # VULN
    subprocess.call("chown www-data:www-data *", shell=True, cwd=UPLOADS) # VULN


def backup_uploads_safe():
    subprocess.call(["tar", "czf", "/backups/uploads.tgz", "--", "."], cwd=UPLOADS) # SAFE
    subprocess.call(["chown", "-R", "www-data:www-data", UPLOADS]) # SAFE
`,
  ),
  ...rules(
    "CWE-494",
    "batch32: model hub downloads without a pinned revision",
    `
from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer

MODEL = "acme-research/sentiment-large"
PINNED = "3f1c2a9b8e7d6c5b4a39281706f5e4d3c2b1a098"


def load_unpinned():
    tok = AutoTokenizer.from_pretrained(MODEL) # VULN
    model = AutoModelForSequenceClassification.from_pretrained(MODEL) # VULN
    return tok, model


def load_pinned():
    tok = AutoTokenizer.from_pretrained(MODEL, revision=PINNED) # SAFE
    model = AutoModelForSequenceClassification.from_pretrained(MODEL, revision=PINNED) # SAFE
    return tok, model


def load_local():
    return AutoTokenizer.from_pretrained("./artifacts/tokenizer") # SAFE


def reviews():
    return load_dataset("acme-research/product-reviews", split="train") # VULN


def reviews_pinned():
    return load_dataset("acme-research/product-reviews", split="train", revision=PINNED) # SAFE
`,
  ),
  ...rules(
    "CWE-502",
    "batch32: jsonpickle, cPickle, shelve and marshal on received data",
    `
import json
import marshal
import shelve
import jsonpickle
import _pickle as cPickle
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/session/restore", methods=["POST"])
def restore():
    state = jsonpickle.decode(request.get_data(as_text=True)) # VULN
    return {"keys": sorted(state)}


@app.route("/session/restore2", methods=["POST"])
def restore2():
    state = json.loads(request.get_data(as_text=True)) # SAFE
    return {"keys": sorted(state)}


@app.route("/job", methods=["POST"])
def job():
    upload = request.files["job"]
    spec = cPickle.Unpickler(upload.stream).load() # VULN
    return {"name": spec["name"]}


@app.route("/bytecode", methods=["POST"])
def bytecode():
    code = marshal.loads(request.get_data()) # VULN
    return {"name": code.co_name}


@app.route("/shelf", methods=["POST"])
def shelf():
    upload = request.files["db"]
    path = "/srv/shelves/" + secure_filename(upload.filename)
    upload.save(path)
    with shelve.open(path) as db: # VULN
        return {"keys": list(db.keys())}
`,
  ),
  ...rules(
    "CWE-79",
    "batch32: html marked safe after try/except or loop assembly",
    `
from django.http import HttpResponse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe, SafeString


def banner(request):
    try:
        html = "<div class='banner'>%s</div>" % request.GET["msg"]
    except KeyError:
        html = "<div class='banner'>Welcome</div>"
    return HttpResponse(mark_safe(html)) # VULN


def banner_safe(request):
    try:
        html = format_html("<div class='banner'>{}</div>", request.GET["msg"])
    except KeyError:
        html = "<div class='banner'>Welcome</div>"
    return HttpResponse(mark_safe(html)) # SAFE


def tags(request):
    names = request.GET.getlist("tag")
    out = ""
    i = 0
    while i < len(names):
        out += "<li>" + names[i] + "</li>"
        i += 1
    return HttpResponse(mark_safe("<ul>" + out + "</ul>")) # VULN


def tags_safe(request):
    names = request.GET.getlist("tag")
    out = ""
    i = 0
    while i < len(names):
        out += "<li>" + escape(names[i]) + "</li>"
        i += 1
    return HttpResponse(mark_safe("<ul>" + out + "</ul>")) # SAFE


def signature(request):
    return HttpResponse(SafeString(request.POST.get("sig", ""))) # VULN


def signature_safe(request):
    return HttpResponse(SafeString(escape(request.POST.get("sig", "")))) # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch32: Markup built from request values",
    `
from flask import Flask, request, render_template_string
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    who = request.args.get("who", "guest")
    greeting = Markup(f"<p>Hello <b>{who}</b></p>") # VULN
    return render_template_string("{{ g }}", g=greeting)


@app.route("/hello2")
def hello2():
    who = request.args.get("who", "guest")
    greeting = Markup("<p>Hello <b>{}</b></p>").format(who) # SAFE
    return render_template_string("{{ g }}", g=greeting)


@app.route("/hello3")
def hello3():
    who = request.args.get("who", "guest")
    greeting = Markup("<p>Hello <b>%s</b></p>" % who) # VULN
    return render_template_string("{{ g }}", g=greeting)


@app.route("/hello4")
def hello4():
    who = request.args.get("who", "guest")
    greeting = Markup("<p>Hello <b>%s</b></p>" % escape(who)) # SAFE
    return render_template_string("{{ g }}", g=greeting)
`,
  ),
  ...rules(
    "CWE-79",
    "batch32: jinja2 autoescape taken from a variable",
    `
import os
from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = os.path.join(os.path.dirname(__file__), "templates")
ESCAPE_HTML = False


def mail_env():
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=ESCAPE_HTML) # VULN


def page_env():
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "xml"])) # SAFE


def report_env():
    escape_setting = True
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=escape_setting) # SAFE
`,
  ),
  ...rules(
    "CWE-22",
    "batch32: tar members extracted one by one",
    `
import os
import tarfile
from flask import Flask, request

app = Flask(__name__)
DEST = "/srv/themes"


@app.route("/themes", methods=["POST"])
def install_theme():
    with tarfile.open(fileobj=request.files["theme"].stream) as tar:
        for member in tar.getmembers():
            tar.extract(member, DEST) # VULN
    return "ok"


@app.route("/themes2", methods=["POST"])
def install_theme2():
    with tarfile.open(fileobj=request.files["theme"].stream) as tar:
        for member in tar.getmembers():
            target = os.path.realpath(os.path.join(DEST, member.name))
            if os.path.commonpath([target, DEST]) != DEST or member.issym() or member.islnk():
                continue
            tar.extract(member, DEST) # SAFE
    return "ok"


@app.route("/themes3", methods=["POST"])
def install_theme3():
    with tarfile.open(fileobj=request.files["theme"].stream) as tar:
        for member in tar.getmembers():
            tar.extract(member, DEST, filter="data") # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-918",
    "batch32: urlopen on a URL from the query",
    `
import urllib.request
from urllib.parse import urlparse
from flask import Flask, request, abort

app = Flask(__name__)
ALLOWED = {"images.example.com", "cdn.example.com"}


@app.route("/thumb")
def thumb():
    src = request.args.get("src", "")
    req = urllib.request.Request(src, headers={"User-Agent": "thumbs/1.0"})
    with urllib.request.urlopen(req, timeout=5) as fh: # VULN
        return fh.read()


@app.route("/thumb2")
def thumb2():
    src = request.args.get("src", "")
    parts = urlparse(src)
    if parts.scheme != "https" or parts.hostname not in ALLOWED:
        abort(400)
    with urllib.request.urlopen(src, timeout=5) as fh: # SAFE
        return fh.read()
`,
  ),
  ...rules(
    "CWE-611",
    "batch32: lxml resolving entities of a request body",
    `
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/feed2", methods=["POST"])
def feed2():
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(request.get_data(), parser) # SAFE
    return {"items": len(root.findall("item"))}


@app.route("/feed3", methods=["POST"])
def feed3():
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(request.get_data(), parser=parser) # VULN
    return {"items": len(root.findall("item"))}
`,
  ),
  ...rules(
    "CWE-319",
    "batch32: FTP over TLS without a protected data channel",
    `
import io
from ftplib import FTP_TLS


def push_invoice(host, user, password, data):
    ftps = FTP_TLS(host)
    ftps.login(user, password)
    ftps.storbinary("STOR invoice.pdf", io.BytesIO(data)) # VULN
    ftps.quit()


def push_invoice_protected(host, user, password, data):
    ftps = FTP_TLS(host)
    ftps.login(user, password)
    ftps.prot_p()
    ftps.storbinary("STOR invoice.pdf", io.BytesIO(data)) # SAFE
    ftps.quit()
`,
  ),
];
