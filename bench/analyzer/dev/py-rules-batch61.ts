// Dev suite "py-rules", batch 61 (format in py-rules.ts): written blind, measured before any fix. Library API
// variants real code uses that the earlier batches exercise little or not at all: lxml parsers held in module
// constants and objectify's makeparser, SAX features set with integers, paramiko policies passed as a class,
// fabric sudo and invoke contexts, markupsafe's Markup built by f-string, format() and concatenation, mako
// templates with and without default filters, PyYAML loaders picked by try/except imports, getattr() fallbacks
// and subclasses, restricted unpicklers, tar filters given as names and functions, zip members written by hand
// with and without a containment check, mktemp through an alias, requests.request / httpx clients / urllib3
// pools without certificate or host-name checks, cryptography's "decrepit" ciphers, hashlib.new with
// usedforsecurity, PyJWT decode_complete and the PyJWT class, python-jose, os.spawnv* / os.exec* through a shell,
// sqlite executemany with a request-chosen table, pymysql escape(), asyncpg, Django format_html misuse and
// format_html_join, send_file with pathlib, logging.config.listen with a verify callable, and mail clients
// without TLS. Each positive has a safe look-alike beside it. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH61: DevCase[] = [
  // ------------------------------------------------------------------ CWE-611: lxml and SAX
  ...rules(
    "CWE-611",
    "batch61: lxml parsers held in module constants, objectify.makeparser, parsers built inline",
    `
from flask import Flask, request
from lxml import etree, objectify

app = Flask(__name__)
HARDENED = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
LOOSE = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


@app.post("/invoice")
def invoice():
    doc = etree.fromstring(request.data, parser=LOOSE) # VULN
    return {"total": doc.findtext("total")}


@app.post("/invoice/v2")
def invoice_v2():
    doc = etree.fromstring(request.data, parser=HARDENED) # SAFE
    return {"total": doc.findtext("total")}


@app.post("/feed")
def feed():
    parser = objectify.makeparser(resolve_entities=True, huge_tree=True)
    root = objectify.fromstring(request.get_data(), parser) # VULN
    return {"items": len(root.item)}


@app.post("/feed/v2")
def feed_v2():
    strict = objectify.makeparser(resolve_entities=False, no_network=True)
    root = objectify.fromstring(request.get_data(), strict) # SAFE
    return {"items": len(root.item)}


@app.post("/svg")
def svg():
    tree = etree.parse(request.files["svg"].stream, etree.XMLParser(resolve_entities=True, dtd_validation=True)) # VULN
    return {"w": tree.getroot().get("width")}


@app.post("/svg/v2")
def svg_v2():
    tree = etree.parse(request.files["svg"].stream, etree.XMLParser(resolve_entities=False)) # SAFE
    return {"w": tree.getroot().get("width")}
`,
  ),
  ...rules(
    "CWE-611",
    "batch61: SAX features switched with integers and named imports",
    `
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges, feature_external_pes


class TitleHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []

    def characters(self, content):
        self.titles.append(content)


def parse_upload(stream):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, 1) # VULN
    handler = TitleHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.titles


def parse_upload_strict(stream):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, 0) # SAFE
    parser.setFeature(feature_external_pes, False) # SAFE
    handler = TitleHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.titles
`,
  ),
  // ------------------------------------------------------------------ CWE-295: SSH host keys
  ...rules(
    "CWE-295",
    "batch61: paramiko host-key policies passed as a class, from the client module, and rejected",
    `
import paramiko
from paramiko.client import SSHClient, WarningPolicy


def open_backup_host(host, user, key_path):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy) # VULN
    client.connect(host, username=user, key_filename=key_path)
    return client


def open_log_host(host, user):
    client = SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(WarningPolicy()) # VULN
    client.connect(host, username=user)
    return client


def open_known_host(host, user):
    client = SSHClient()
    client.load_host_keys("/etc/ssh/ssh_known_hosts")
    client.set_missing_host_key_policy(paramiko.RejectPolicy) # SAFE
    client.connect(host, username=user)
    return client
`,
  ),
  // ------------------------------------------------------------------ CWE-78: remote and task-runner commands
  ...rules(
    "CWE-78",
    "batch61: paramiko exec_command with %-formatting, fabric run/sudo, invoke run and Context",
    `
import shlex

import invoke
import paramiko
from fabric import Connection
from flask import Flask, request
from invoke import run as local_run

app = Flask(__name__)


def log_host():
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.RejectPolicy())
    c.connect("logs.internal", username="ops")
    return c


@app.get("/tail")
def tail():
    lines = int(request.args.get("n", "50"))
    logname = request.args["log"]
    _, out, _ = log_host().exec_command("tail -n %d /var/log/%s" % (lines, logname)) # VULN
    return out.read()


@app.get("/tail/v2")
def tail_v2():
    lines = int(request.args.get("n", "50"))
    logname = shlex.quote(request.args["log"])
    _, out, _ = log_host().exec_command("tail -n %d /var/log/%s" % (lines, logname)) # SAFE
    return out.read()


@app.post("/deploy")
def deploy():
    branch = request.form["branch"]
    with Connection("web1.internal", user="deploy") as conn:
        conn.run("cd /srv/app && git checkout {}".format(branch)) # VULN
        conn.run("cd /srv/app && git checkout " + shlex.quote(branch)) # SAFE
        conn.sudo(f"systemctl restart app@{branch}") # VULN
        conn.sudo("systemctl restart app") # SAFE
    return "ok"


@app.post("/build")
def build():
    target = request.form["target"]
    result = local_run(f"make -C /srv/build {target}", hide=True, warn=True) # VULN
    fixed = local_run("make -C /srv/build all", hide=True) # SAFE
    return result.stdout + fixed.stdout


@app.post("/lint")
def lint():
    ctx = invoke.Context()
    path = request.form["path"]
    res = ctx.run("flake8 " + path, warn=True, hide=True) # VULN
    res2 = ctx.run("flake8 -- " + shlex.quote(path), warn=True, hide=True) # SAFE
    return res.stdout + res2.stdout
`,
  ),
  ...rules(
    "CWE-78",
    "batch61: os.spawnv*/os.exec* through a shell next to argv-only calls",
    `
import os
import sys


def convert(name):
    cmd = "convert /srv/uploads/%s /srv/thumbs/%s.png" % (name, name)
    return os.spawnvp(os.P_WAIT, "sh", ["sh", "-c", cmd]) # VULN


def convert_argv(name):
    return os.spawnvp(os.P_WAIT, "convert", ["convert", "/srv/uploads/" + name, "/srv/thumbs/out.png"]) # SAFE


def handoff(script_args):
    line = " ".join(script_args)
    os.execlp("bash", "bash", "-c", "exec /opt/tools/report " + line) # VULN


def handoff_argv(script_args):
    os.execv("/opt/tools/report", ["report", "--", *script_args]) # SAFE


if __name__ == "__main__":
    convert(sys.argv[1])
    handoff(sys.argv[2:])
`,
  ),
  // ------------------------------------------------------------------ CWE-79: markupsafe, mako, Django helpers
  ...rules(
    "CWE-79",
    "batch61: Markup built by f-string, by Markup.format, by concatenation and around escape()",
    `
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

app = Flask(__name__)
pages = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"])) # SAFE
mails = Environment(loader=FileSystemLoader("mail_templates"), autoescape=False) # VULN


@app.get("/badge")
def badge():
    name = request.args.get("name", "")
    return Markup(f"<span class='user'>{name}</span>") # VULN


@app.get("/badge/v2")
def badge_v2():
    name = request.args.get("name", "")
    return Markup("<span class='user'>{}</span>").format(name) # SAFE


@app.get("/badge/v3")
def badge_v3():
    name = request.args.get("name", "")
    return Markup("<span class='user'>") + name + Markup("</span>") # SAFE


@app.get("/badge/v4")
def badge_v4():
    name = request.args.get("name", "")
    return Markup("<span class='user'>{}</span>".format(escape(name))) # SAFE


@app.get("/badge/v5")
def badge_v5():
    name = request.args.get("name", "")
    return Markup("<span class='user'>" + name + "</span>") # VULN


@app.post("/preview-mail")
def preview_mail():
    return mails.get_template("welcome.html").render(name=request.form["name"])


@app.get("/page")
def page():
    return pages.get_template("page.html").render(name=request.args.get("name", ""))
`,
  ),
  ...rules(
    "CWE-79",
    "batch61: mako templates rendering request values with and without the h filter",
    `
from mako.template import Template
from pyramid.response import Response
from pyramid.view import view_config

CARD = Template("<div class='card'><h2>\${title}</h2></div>")
CARD_ESCAPED = Template("<div class='card'><h2>\${title}</h2></div>", default_filters=["h"])


@view_config(route_name="card")
def card(request):
    return Response(CARD.render(title=request.params.get("title", ""))) # VULN


@view_config(route_name="card2")
def card2(request):
    return Response(CARD_ESCAPED.render(title=request.params.get("title", ""))) # SAFE


@view_config(route_name="card3")
def card3(request):
    tpl = Template("<h2>\${title | h}</h2>")
    return Response(tpl.render(title=request.params.get("title", ""))) # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch61: Django format_html given a pre-formatted string, format_html_join, mark_safe over escaped parts",
    `
from django.http import HttpResponse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe


def tag_list(request):
    tags = request.GET.getlist("tag")
    items = format_html_join("\\n", "<li>{}</li>", ((t,) for t in tags)) # SAFE
    return HttpResponse(format_html("<ul>{}</ul>", items))


def greeting(request):
    who = request.GET.get("who", "")
    return HttpResponse(format_html("<p>Hello {}</p>".format(who))) # VULN


def greeting_ok(request):
    who = request.GET.get("who", "")
    return HttpResponse(format_html("<p>Hello {}</p>", who)) # SAFE


def notes(request):
    lines = request.POST.get("notes", "").splitlines()
    return HttpResponse(mark_safe("<br>".join(escape(line) for line in lines))) # SAFE


def notes_raw(request):
    lines = request.POST.get("notes", "").splitlines()
    return HttpResponse(mark_safe("<br>".join(lines))) # VULN
`,
  ),
  // ------------------------------------------------------------------ CWE-502: YAML loaders and pickles
  ...rules(
    "CWE-502",
    "batch61: PyYAML loaders chosen by try/except imports, getattr fallbacks and subclasses",
    `
import yaml
from flask import Flask, request

try:
    from yaml import CLoader as Loader
except ImportError:
    from yaml import Loader

try:
    from yaml import CSafeLoader as FastSafeLoader
except ImportError:
    from yaml import SafeLoader as FastSafeLoader

app = Flask(__name__)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class StrictLoader(yaml.SafeLoader):
    pass


class ConfigLoader(yaml.Loader):
    pass


@app.post("/pipeline")
def pipeline():
    return {"spec": yaml.load(request.data, Loader=Loader)} # VULN


@app.post("/pipeline/v2")
def pipeline_v2():
    return {"spec": yaml.load(request.data, Loader=FastSafeLoader)} # SAFE


@app.post("/pipeline/v3")
def pipeline_v3():
    return {"spec": yaml.load(request.data, Loader=SAFE_LOADER)} # SAFE


@app.post("/pipeline/v4")
def pipeline_v4():
    return {"spec": yaml.load(request.data, Loader=StrictLoader)} # SAFE


@app.post("/pipeline/v5")
def pipeline_v5():
    return {"spec": yaml.load(request.data, Loader=ConfigLoader)} # VULN


@app.post("/bundle")
def bundle():
    docs = list(yaml.load_all(request.data, yaml.UnsafeLoader)) # VULN
    return {"n": len(docs)}


@app.post("/bundle/v2")
def bundle_v2():
    docs = list(yaml.load_all(request.data, Loader=yaml.CSafeLoader)) # SAFE
    return {"n": len(docs)}
`,
  ),
  ...rules(
    "CWE-502",
    "batch61: uploaded models and arrays through torch, numpy, joblib, dill, and a restricted unpickler",
    `
import io
import pickle

import dill
import joblib
import numpy as np
import torch
from fastapi import FastAPI, UploadFile

app = FastAPI()


class RestrictedUnpickler(pickle.Unpickler):
    ALLOWED = {("builtins", "list"), ("builtins", "dict"), ("collections", "OrderedDict")}

    def find_class(self, module, name):
        if (module, name) in self.ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed")


@app.post("/weights")
async def weights(file: UploadFile):
    raw = await file.read()
    state = torch.load(io.BytesIO(raw), map_location="cpu", weights_only=False) # VULN
    return {"keys": len(state)}


@app.post("/weights/v2")
async def weights_v2(file: UploadFile):
    raw = await file.read()
    state = torch.load(io.BytesIO(raw), map_location="cpu", weights_only=True) # SAFE
    return {"keys": len(state)}


@app.post("/array")
async def array(file: UploadFile):
    raw = await file.read()
    arr = np.load(io.BytesIO(raw), allow_pickle=True) # VULN
    arr2 = np.load(io.BytesIO(raw), allow_pickle=False) # SAFE
    return {"shape": list(arr.shape) + list(arr2.shape)}


@app.post("/estimator")
async def estimator(file: UploadFile):
    est = joblib.load(file.file) # VULN
    return {"type": type(est).__name__}


@app.post("/fn")
async def fn(file: UploadFile):
    func = dill.loads(await file.read()) # VULN
    return {"name": func.__name__}


@app.post("/state")
async def state(file: UploadFile):
    data = RestrictedUnpickler(io.BytesIO(await file.read())).load() # SAFE
    return {"n": len(data)}
`,
  ),
  // ------------------------------------------------------------------ CWE-22: archives
  ...rules(
    "CWE-22",
    "batch61: tar filters given by name and by function, member loops, zip members written by hand",
    `
import os
import tarfile
import zipfile

from django.http import JsonResponse

RESTORE_DIR = "/srv/restore"
IMPORT_DIR = "/srv/imports"


def restore(request):
    with tarfile.open(fileobj=request.FILES["backup"], mode="r:gz") as tar:
        tar.extractall(RESTORE_DIR, filter="fully_trusted") # VULN
    return JsonResponse({"ok": True})


def restore_v2(request):
    with tarfile.open(fileobj=request.FILES["backup"], mode="r:gz") as tar:
        tar.extractall(RESTORE_DIR, filter=tarfile.data_filter) # SAFE
    return JsonResponse({"ok": True})


def restore_json(request):
    with tarfile.open(fileobj=request.FILES["backup"], mode="r:*") as tar:
        for member in tar.getmembers():
            if member.name.endswith(".json"):
                tar.extract(member, RESTORE_DIR) # VULN
    return JsonResponse({"ok": True})


def restore_json_v2(request):
    with tarfile.open(fileobj=request.FILES["backup"], mode="r:*") as tar:
        for member in tar.getmembers():
            if member.name.endswith(".json"):
                tar.extract(member, RESTORE_DIR, filter="data") # SAFE
    return JsonResponse({"ok": True})


def import_bundle(request):
    with zipfile.ZipFile(request.FILES["bundle"]) as zf:
        zf.extractall(IMPORT_DIR) # SAFE
    return JsonResponse({"ok": True})


def import_bundle_flat(request):
    with zipfile.ZipFile(request.FILES["bundle"]) as zf:
        for name in zf.namelist():
            with zf.open(name) as src, open(os.path.join(IMPORT_DIR, name), "wb") as out: # VULN
                out.write(src.read())
    return JsonResponse({"ok": True})


def import_bundle_checked(request):
    root = os.path.realpath(IMPORT_DIR)
    with zipfile.ZipFile(request.FILES["bundle"]) as zf:
        for info in zf.infolist():
            target = os.path.realpath(os.path.join(root, info.filename))
            if not target.startswith(root + os.sep):
                continue
            with zf.open(info) as src, open(target, "wb") as out: # SAFE
                out.write(src.read())
    return JsonResponse({"ok": True})
`,
  ),
  ...rules(
    "CWE-22",
    "batch61: flask send_file with pathlib and safe_join, send_from_directory",
    `
from pathlib import Path

from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.security import safe_join
from werkzeug.utils import secure_filename

app = Flask(__name__)
EXPORTS = Path("/srv/exports")


@app.get("/export")
def export():
    return send_file(EXPORTS / request.args["name"]) # VULN


@app.get("/export/v2")
def export_v2():
    path = safe_join(str(EXPORTS), request.args["name"])
    if path is None:
        abort(404)
    return send_file(path) # SAFE


@app.get("/export/v3")
def export_v3():
    return send_from_directory(EXPORTS, request.args["name"]) # SAFE


@app.get("/export/v4")
def export_v4():
    return send_file(EXPORTS / secure_filename(request.args["name"])) # SAFE


@app.get("/export/v5")
def export_v5():
    name = request.args["name"]
    return send_file(str(EXPORTS) + "/" + name, as_attachment=True) # VULN
`,
  ),
  // ------------------------------------------------------------------ CWE-377: temp names
  ...rules(
    "CWE-377",
    "batch61: mktemp through an alias and with a directory, next to mkstemp and friends",
    `
import os
import subprocess
import tempfile
from tempfile import mktemp as temp_name


def dump_database(db):
    path = tempfile.mktemp(suffix=".sql", dir="/var/tmp") # VULN
    subprocess.run(["pg_dump", "-f", path, db], check=True)
    return path


def dump_database_alias(db):
    path = temp_name(prefix="dump-") # VULN
    subprocess.run(["pg_dump", "-f", path, db], check=True)
    return path


def dump_database_safe(db):
    fd, path = tempfile.mkstemp(suffix=".sql") # SAFE
    os.close(fd)
    subprocess.run(["pg_dump", "-f", path, db], check=True)
    return path


def scratch_file():
    return tempfile.NamedTemporaryFile(mode="w+", suffix=".csv", delete=False) # SAFE
`,
  ),
  // ------------------------------------------------------------------ CWE-295: TLS checks off in clients
  ...rules(
    "CWE-295",
    "batch61: requests.request, httpx async clients and urllib3 pools without certificate or host-name checks",
    `
import os
import ssl

import httpx
import requests
import urllib3


def fetch(url):
    return requests.request("GET", url, timeout=10, verify=False) # VULN


def fetch_ca(url):
    return requests.request("GET", url, timeout=10, verify=os.environ.get("REQUESTS_CA_BUNDLE", True)) # SAFE


async def fetch_async(url):
    async with httpx.AsyncClient(timeout=5, verify=False) as client: # VULN
        return (await client.get(url)).text


def fetch_ctx(url):
    ctx = ssl.create_default_context(cafile="/etc/pki/internal-ca.pem")
    with httpx.Client(verify=ctx, timeout=5) as client: # SAFE
        return client.get(url).text


def legacy_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False # VULN
    return ctx


def pool():
    return urllib3.PoolManager(num_pools=4, cert_reqs="CERT_NONE") # VULN


def pool_ok():
    return urllib3.PoolManager(num_pools=4, cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca-certificates.crt") # SAFE


def device_pool(host):
    return urllib3.HTTPSConnectionPool(host, 443, assert_hostname=False) # VULN
`,
  ),
  // ------------------------------------------------------------------ CWE-327: hashes and ciphers
  ...rules(
    "CWE-327",
    "batch61: hashlib.new with usedforsecurity, cryptography's decrepit ciphers, RSA sizes",
    `
import hashlib

from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4, TripleDES
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def etag(body: bytes) -> str:
    return hashlib.new("md5", body, usedforsecurity=False).hexdigest() # SAFE


def password_digest(password: str, salt: bytes) -> str:
    return hashlib.new("md5", salt + password.encode()).hexdigest() # VULN CWE-328


def password_digest_sha1(password: str) -> str:
    return hashlib.sha1(password.encode("utf-8")).hexdigest() # VULN CWE-328


def encrypt_legacy(key, iv, data):
    enc = Cipher(TripleDES(key), modes.CBC(iv)).encryptor() # VULN
    return enc.update(data) + enc.finalize()


def encrypt_stream(key, data):
    enc = Cipher(ARC4(key), mode=None).encryptor() # VULN
    return enc.update(data)


def encrypt_block(key, data):
    enc = Cipher(algorithms.AES(key), mode=modes.ECB()).encryptor() # VULN
    return enc.update(data) + enc.finalize()


def encrypt_gcm(key, iv, data):
    enc = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor() # SAFE
    return enc.update(data) + enc.finalize(), enc.tag


def make_keys():
    weak = rsa.generate_private_key(65537, 1024) # VULN CWE-326
    strong = rsa.generate_private_key(65537, 3072) # SAFE CWE-326
    return weak, strong
`,
  ),
  // ------------------------------------------------------------------ CWE-347: JWT
  ...rules(
    "CWE-347",
    "batch61: PyJWT decode_complete and the PyJWT class, python-jose options",
    `
import jwt
from jose import jwt as jose_jwt
from jwt import PyJWT

SECRET = open("/run/secrets/jwt").read().strip()


def claims_from(token):
    return jwt.decode_complete(token, options={"verify_signature": False})["payload"] # VULN


def claims_checked(token):
    return jwt.decode_complete(token, SECRET, algorithms=["HS256"])["payload"] # SAFE


def claims_class(token):
    return PyJWT().decode(token, SECRET, algorithms=["HS512"]) # SAFE


def claims_class_loose(token):
    return PyJWT().decode(token, options={"verify_signature": False}) # VULN


def jose_claims(token):
    return jose_jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_signature": False}) # VULN


def jose_claims_checked(token):
    return jose_jwt.decode(token, SECRET, algorithms=["HS256"]) # SAFE
`,
  ),
  // ------------------------------------------------------------------ CWE-89: DB-API variants
  ...rules(
    "CWE-89",
    "batch61: sqlite executemany with a request-chosen table, pymysql escape(), asyncpg, allow-listed ORDER BY",
    `
import sqlite3

import asyncpg
import pymysql
from flask import Flask, abort, request

app = Flask(__name__)
SORTABLE = {"name", "created_at"}


@app.post("/import")
def bulk_import():
    table = request.args["table"]
    rows = [(r["id"], r["name"]) for r in request.get_json()]
    with sqlite3.connect("app.db") as db:
        db.executemany(f"INSERT INTO {table} (id, name) VALUES (?, ?)", rows) # VULN
        db.executemany("INSERT INTO imports (id, name) VALUES (?, ?)", rows) # SAFE
    return "ok"


@app.get("/users")
def users():
    conn = pymysql.connect(host="db", user="app", database="app")
    name = request.args.get("name", "")
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM users WHERE name = %s" % conn.escape(name)) # SAFE
        cur.execute("SELECT id FROM users WHERE name = '%s'" % name) # VULN
        rows = cur.fetchall()
    return {"ids": [r[0] for r in rows]}


@app.get("/sorted")
def sorted_users():
    order = request.args.get("order", "name")
    if order not in SORTABLE:
        abort(400)
    with sqlite3.connect("app.db") as db:
        rows = db.execute("SELECT id, name FROM users ORDER BY " + order).fetchall() # SAFE
    return {"rows": rows}


async def find_orders(pool: asyncpg.Pool, customer: str):
    async with pool.acquire() as conn:
        a = await conn.fetch("SELECT * FROM orders WHERE customer = $1", customer) # SAFE
        b = await conn.fetch(f"SELECT * FROM orders WHERE customer = '{customer}'") # VULN
        return a + b
`,
  ),
  // ------------------------------------------------------------------ CWE-94: logging.config.listen
  ...rules(
    "CWE-94",
    "batch61: logging.config.listen with and without a verify callable",
    `
import hmac
import logging.config

KEY = open("/run/secrets/logcfg", "rb").read()


def verify(data: bytes):
    sig, body = data[:32], data[32:]
    if hmac.compare_digest(sig, hmac.new(KEY, body, "sha256").digest()):
        return body
    return None


def start_listener():
    t = logging.config.listen(9030, verify=verify) # SAFE
    t.start()
    return t


def start_listener_open():
    t = logging.config.listen(9031) # VULN
    t.start()
    return t
`,
  ),
  // ------------------------------------------------------------------ CWE-319: mail clients
  ...rules(
    "CWE-319",
    "batch61: IMAP and POP3 logins without TLS next to their SSL classes and STARTTLS",
    `
import imaplib
import poplib


def unread_count(host, user, password):
    box = imaplib.IMAP4(host) # VULN
    box.login(user, password)
    box.select("INBOX")
    return len(box.search(None, "UNSEEN")[1][0].split())


def unread_count_tls(host, user, password):
    box = imaplib.IMAP4_SSL(host) # SAFE
    box.login(user, password)
    box.select("INBOX")
    return len(box.search(None, "UNSEEN")[1][0].split())


def unread_count_starttls(host, user, password):
    box = imaplib.IMAP4(host) # SAFE
    box.starttls()
    box.login(user, password)
    return box


def pop_count(host, user, password):
    pop = poplib.POP3(host, 110) # VULN
    pop.user(user)
    pop.pass_(password)
    return pop.stat()[0]


def pop_count_tls(host, user, password):
    pop = poplib.POP3_SSL(host, 995) # SAFE
    pop.user(user)
    pop.pass_(password)
    return pop.stat()[0]
`,
  ),
];
