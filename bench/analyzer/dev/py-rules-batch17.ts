// Dev suite "py-rules", batch 17 (format in py-rules.ts): written blind after batch 16's fixes, measured before any
// further fix. Certificate checks switched off in database, cache, search, queue, directory and cloud clients;
// transport settings (sslmode, use_ssl); SQLAlchemy's legacy string filters; file access through aiofiles,
// pathlib's / operator and Django storage; Python format strings chosen by the request; uploads saved under client
// names; and a few audit shapes where the non-literal value is a module setting rather than a parameter. Django's
// storage API (safe_join under MEDIA_ROOT, names validated) and UploadedFile.name (reduced to its base name) are
// labelled safe: they confine the path whatever the client sends. Cases written here, never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH17: DevCase[] = [
  ...rules(
    "CWE-295",
    "batch17: certificate checks off in data clients",
    `
import os
import ssl

import ldap
import redis
from elasticsearch import Elasticsearch
from pymongo import MongoClient

mongo = MongoClient(os.environ["MONGO_URL"], tls=True, tlsAllowInvalidCertificates=True) # VULN
mongo2 = MongoClient(os.environ["MONGO_URL"], tls=True, tlsCAFile="/etc/ssl/mongo-ca.pem") # SAFE
cache = redis.Redis(host="cache.internal", port=6380, ssl=True, ssl_cert_reqs="none") # VULN
cache2 = redis.Redis(host="cache.internal", port=6380, ssl=True, ssl_cert_reqs="required") # SAFE
es = Elasticsearch("https://search.internal:9200", verify_certs=False) # VULN
es2 = Elasticsearch("https://search.internal:9200", ca_certs="/etc/ssl/es-ca.pem") # SAFE
ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER) # VULN
ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND) # SAFE
legacy = MongoClient(os.environ["MONGO_URL"], ssl=True, ssl_cert_reqs=ssl.CERT_NONE) # VULN
`,
  ),
  ...rules(
    "CWE-295",
    "batch17: certificate checks off in web and cloud clients",
    `
import ssl

import boto3
import requests
import websocket


def s3_client():
    return boto3.client("s3", endpoint_url="https://minio.internal:9000", verify=False) # VULN


def s3_client_ok():
    return boto3.client("s3", endpoint_url="https://minio.internal:9000", verify="/etc/ssl/minio-ca.pem") # SAFE


def session():
    s = requests.Session()
    s.verify = False # VULN
    return s


def session_ok():
    s = requests.Session()
    s.verify = "/etc/ssl/internal-ca.pem" # SAFE
    return s


def stream(url):
    ws = websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_NONE}) # VULN
    return ws.recv()


def stream_ok(url):
    ws = websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_REQUIRED}) # SAFE
    return ws.recv()
`,
  ),
  ...rules(
    "CWE-319",
    "batch17: transport settings",
    `
import os

import boto3
import psycopg2

conn = psycopg2.connect(host="db.internal", dbname="app", user="app", password=os.environ["PGPASSWORD"], sslmode="disable") # VULN
conn2 = psycopg2.connect(host="db.internal", dbname="app", user="app", password=os.environ["PGPASSWORD"], sslmode="verify-full") # SAFE
s3 = boto3.client("s3", use_ssl=False) # VULN
s3_ok = boto3.client("s3") # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch17: sqlalchemy string filters",
    `
from flask import Flask, request
from sqlalchemy import text

from .models import Order, db

app = Flask(__name__)


@app.route("/orders")
def orders():
    status = request.args.get("status", "open")
    rows = db.session.query(Order).filter("status = '%s'" % status).all() # VULN
    rows2 = db.session.query(Order).filter(Order.status == status).all() # SAFE
    rows3 = Order.query.filter(text(f"status = '{status}'")).all() # VULN
    rows4 = Order.query.filter(text("status = :s")).params(s=status).all() # SAFE
    sort = request.args.get("sort", "id")
    rows5 = Order.query.order_by(text(sort)).all() # VULN
    rows6 = Order.query.order_by(getattr(Order, sort if sort in ("id", "created") else "id")).all() # SAFE
    return {"n": len(rows) + len(rows2) + len(rows3) + len(rows4) + len(rows5) + len(rows6)}
`,
  ),
  ...rules(
    "CWE-22",
    "batch17: async and pathlib file access",
    `
from pathlib import Path

import aiofiles
from aiohttp import web

BASE = Path("/srv/reports")


async def report(request):
    name = request.query["name"]
    async with aiofiles.open(f"/srv/reports/{name}", "r") as fh: # VULN
        text = await fh.read()
    data = (BASE / request.query["file"]).read_text() # VULN
    safe = (BASE / Path(request.query["file"]).name).read_text() # SAFE
    async with aiofiles.open("/srv/reports/index.txt") as fh2: # SAFE
        index = await fh2.read()
    return web.Response(text=text + data + safe + index)
`,
  ),
  ...rules(
    "CWE-22",
    "batch17: django storage and uploads under client names",
    `
import os

from django.core.files.storage import default_storage
from django.http import HttpResponse, JsonResponse
from django.utils.text import get_valid_filename

UPLOADS = "/srv/uploads"


def upload(request):
    f = request.FILES["doc"]
    path = default_storage.save("docs/" + request.POST["folder"] + "/" + f.name, f) # SAFE
    path2 = default_storage.save("docs/" + get_valid_filename(f.name), f) # SAFE
    return JsonResponse({"path": path, "path2": path2})


def raw_upload(request):
    f = request.FILES["doc"]
    with open(os.path.join(UPLOADS, request.POST["filename"]), "wb") as out: # VULN
        for chunk in f.chunks():
            out.write(chunk)
    return HttpResponse("ok")


def raw_upload_basename(request):
    f = request.FILES["doc"]
    with open(os.path.join(UPLOADS, f.name), "wb") as out: # SAFE
        for chunk in f.chunks():
            out.write(chunk)
    return HttpResponse("ok")


def download(request):
    name = request.GET["name"]
    if default_storage.exists("docs/" + name):
        return HttpResponse(default_storage.open("docs/" + name).read()) # SAFE
    return HttpResponse(status=404)
`,
  ),
  ...rules(
    "CWE-134",
    "batch17: format strings chosen by the request",
    `
from flask import Flask, request
from flask_login import current_user

app = Flask(__name__)


@app.route("/greet")
def greet():
    template = request.args.get("tpl", "Hello {user.name}")
    return template.format(user=current_user) # VULN


@app.route("/greet2")
def greet2():
    name = request.args.get("name", "")
    return "Hello {}".format(name) # SAFE
`,
  ),
  ...rules(
    "CWE-1336",
    "batch17: server-side templates from the request",
    `
from django.http import HttpResponse
from django.template import Context, Engine, Template
from jinja2.sandbox import SandboxedEnvironment
from mako.template import Template as MakoTemplate


def preview(request):
    tpl = Template(request.POST["template"]) # VULN
    return HttpResponse(tpl.render(Context({"user": request.user})))


def preview_engine(request):
    tpl = Engine.get_default().from_string(request.POST["template"]) # VULN
    return HttpResponse(tpl.render(Context({})))


def preview_mako(request):
    return HttpResponse(MakoTemplate(request.POST["template"]).render()) # VULN


def preview_sandboxed(request):
    env = SandboxedEnvironment(autoescape=True)
    return HttpResponse(env.from_string(request.POST["template"]).render()) # SAFE


def preview_fixed(request):
    tpl = Template("<p>{{ body }}</p>") # SAFE
    return HttpResponse(tpl.render(Context({"body": request.POST["body"]})))
`,
  ),
  ...rules(
    "CWE-611",
    "batch17: xml parsers told to fetch entities",
    `
import xml.sax
from xml.sax.handler import feature_external_ges

from lxml import etree


def parse_upload(stream, handler):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True) # VULN
    parser.setContentHandler(handler)
    parser.parse(stream)


def parse_upload_ok(stream, handler):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False) # SAFE
    parser.setContentHandler(handler)
    parser.parse(stream)


def parse_doc(data):
    parser = etree.XMLParser(resolve_entities=True, no_network=False) # VULN
    return etree.fromstring(data, parser)


def parse_doc_ok(data):
    parser = etree.XMLParser(resolve_entities=False, no_network=True) # SAFE
    return etree.fromstring(data, parser)
`,
  ),
  ...rules(
    "CWE-78",
    "batch17: commands from settings and globals",
    `
import os
import subprocess

from django.conf import settings

BACKUP_CMD = os.environ.get("BACKUP_CMD", "pg_dump app")


def backup():
    subprocess.call(BACKUP_CMD + " > /backups/app.sql", shell=True) # VULN


def convert(src):
    subprocess.run(settings.CONVERT_BIN + " " + src, shell=True, check=True) # VULN


def convert_ok(src):
    subprocess.run([settings.CONVERT_BIN, "--", src], check=True) # SAFE


def rotate():
    os.system("logrotate /etc/logrotate.d/app") # SAFE
`,
  ),
  ...rules(
    "CWE-327",
    "batch17: hashes and ciphers by name",
    `
import hashlib

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from Crypto.Hash import MD4, SHA256


def fingerprint(data):
    return hashlib.new("md4", data).hexdigest() # VULN


def fingerprint_ok(data):
    return hashlib.new("sha256", data).hexdigest() # SAFE


def digest(data):
    h = hashes.Hash(hashes.MD5()) # VULN
    h.update(data)
    return h.finalize()


def legacy_digest(data):
    return MD4.new(data).hexdigest() # VULN


def digest_ok(data):
    return SHA256.new(data).hexdigest() # SAFE


def stream_cipher(key, nonce):
    return Cipher(algorithms.ARC4(key), mode=None).encryptor() # VULN


def block_cipher(key):
    return Cipher(algorithms.AES(key), modes.ECB()).encryptor() # VULN
`,
  ),
];
