// Dev suite "py-snippets", batch 24 (see py-snippets.ts): written after a probe of DevSkim's rule samples, before
// any fix of its own, without reading the rules these cases exercise. Legacy and third-party hash constructors
// (the Python 2 md5/sha modules, PyCryptodome's Hash package, cryptography's hashes), raw Set-Cookie headers and
// SimpleCookie morsels without Secure/HttpOnly, permissions widened through chmod commands, umask and mode
// arguments, MongoDB filters built from a JSON body, pinned TLS versions against negotiating contexts, XML
// parsers with external entities switched on, and certificate checks turned off in urllib3/aiohttp/pyOpenSSL.
// Fixed twins are what a careful reviewer would accept. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH24: DevCase[] = [
  // ---------------- CWE-328: weak hash through legacy or third-party constructors ----------------
  bad(
    "CWE-328",
    "batch24: Python 2 md5 module signs a webhook body with a shared secret",
    src`
import md5

def sign_payload(secret, body):
    digest = md5.new(secret + body)
    return digest.hexdigest()
`,
  ),
  good(
    "CWE-328",
    "batch24: webhook body signed with HMAC-SHA256",
    src`
import hashlib
import hmac

def sign_payload(secret, body):
    return hmac.new(secret, body, hashlib.sha256).hexdigest()
`,
  ),
  bad(
    "CWE-328",
    "batch24: Python 2 sha module fingerprints an API token for lookup",
    src`
import sha

def token_fingerprint(token):
    return sha.new(token).hexdigest()
`,
  ),
  good(
    "CWE-328",
    "batch24: API token fingerprinted with hashlib.sha256",
    src`
import hashlib

def token_fingerprint(token):
    return hashlib.sha256(token.encode()).hexdigest()
`,
  ),
  bad(
    "CWE-328",
    "batch24: PyCryptodome MD5.new checks a downloaded firmware image",
    src`
from Crypto.Hash import MD5

def firmware_ok(blob, expected_hex):
    h = MD5.new()
    h.update(blob)
    return h.hexdigest() == expected_hex
`,
  ),
  good(
    "CWE-328",
    "batch24: PyCryptodome SHA256.new checks a downloaded firmware image",
    src`
from Crypto.Hash import SHA256

def firmware_ok(blob, expected_hex):
    h = SHA256.new()
    h.update(blob)
    return h.hexdigest() == expected_hex
`,
  ),
  bad(
    "CWE-328",
    "batch24: Cryptodome SHA1 digest is what an RSA signature covers",
    src`
from Cryptodome.Hash import SHA1
from Cryptodome.Signature import pkcs1_15

def sign_document(private_key, data):
    digest = SHA1.new(data)
    return pkcs1_15.new(private_key).sign(digest)
`,
  ),
  good(
    "CWE-328",
    "batch24: Cryptodome SHA512 digest is what an RSA signature covers",
    src`
from Cryptodome.Hash import SHA512
from Cryptodome.Signature import pkcs1_15

def sign_document(private_key, data):
    digest = SHA512.new(data)
    return pkcs1_15.new(private_key).sign(digest)
`,
  ),
  bad(
    "CWE-328",
    "batch24: cryptography hashes.Hash(MD5) digests a license blob before verification",
    src`
from cryptography.hazmat.primitives import hashes

def license_digest(blob):
    h = hashes.Hash(hashes.MD5())
    h.update(blob)
    return h.finalize()
`,
  ),
  good(
    "CWE-328",
    "batch24: cryptography hashes.Hash(SHA256) digests a license blob",
    src`
from cryptography.hazmat.primitives import hashes

def license_digest(blob):
    h = hashes.Hash(hashes.SHA256())
    h.update(blob)
    return h.finalize()
`,
  ),
  bad(
    "CWE-328",
    "batch24: hashlib.new with an algorithm name of md5 stores a password digest",
    src`
import hashlib

def store_password(db, user, password):
    digest = hashlib.new("md5", password.encode()).hexdigest()
    db.execute("UPDATE users SET pw = ? WHERE name = ?", (digest, user))
`,
  ),
  good(
    "CWE-328",
    "batch24: password stored with salted pbkdf2_hmac sha256",
    src`
import hashlib
import os

def store_password(db, user, password):
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex()
    db.execute("UPDATE users SET pw = ?, salt = ? WHERE name = ?", (digest, salt.hex(), user))
`,
  ),

  // ---------------- CWE-614 / CWE-1004: raw cookie headers ----------------
  bad(
    "CWE-614",
    "batch24: Flask view writes a raw Set-Cookie header with only a path",
    src`
from flask import Flask, make_response

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    sid = start_session()
    resp = make_response("ok")
    resp.headers["Set-Cookie"] = f"session={sid}; Path=/"
    return resp
`,
  ),
  good(
    "CWE-614",
    "batch24: Flask view writes a raw Set-Cookie header with Secure, HttpOnly and SameSite",
    src`
from flask import Flask, make_response

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    sid = start_session()
    resp = make_response("ok")
    resp.headers["Set-Cookie"] = f"session={sid}; Path=/; Secure; HttpOnly; SameSite=Lax"
    return resp
`,
  ),
  bad(
    "CWE-614",
    "batch24: WSGI app sends a session cookie header without Secure or HttpOnly",
    src`
def application(environ, start_response):
    sid = new_session_id()
    headers = [
        ("Content-Type", "text/plain"),
        ("Set-Cookie", "sid=%s; Path=/" % sid),
    ]
    start_response("200 OK", headers)
    return [b"welcome"]
`,
  ),
  good(
    "CWE-614",
    "batch24: WSGI app sends a session cookie header with Secure and HttpOnly",
    src`
def application(environ, start_response):
    sid = new_session_id()
    headers = [
        ("Content-Type", "text/plain"),
        ("Set-Cookie", "sid=%s; Path=/; Secure; HttpOnly; SameSite=Strict" % sid),
    ]
    start_response("200 OK", headers)
    return [b"welcome"]
`,
  ),
  bad(
    "CWE-1004",
    "batch24: Django view sets a Secure but script-readable auth cookie header by hand",
    src`
from django.http import HttpResponse

def issue_token(request):
    token = make_auth_token(request.user)
    response = HttpResponse("ok")
    response.headers["Set-Cookie"] = "auth=" + token + "; Secure; Path=/"
    return response
`,
  ),
  good(
    "CWE-1004",
    "batch24: Django view sets the auth cookie through set_cookie with httponly and secure",
    src`
from django.http import HttpResponse

def issue_token(request):
    token = make_auth_token(request.user)
    response = HttpResponse("ok")
    response.set_cookie("auth", token, secure=True, httponly=True, samesite="Lax")
    return response
`,
  ),
  bad(
    "CWE-614",
    "batch24: http.server handler emits a SimpleCookie session morsel without flags",
    src`
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler

class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        cookie = SimpleCookie()
        cookie["session"] = create_session()
        cookie["session"]["path"] = "/"
        self.send_response(200)
        self.send_header("Set-Cookie", cookie["session"].OutputString())
        self.end_headers()
`,
  ),
  good(
    "CWE-614",
    "batch24: http.server handler emits a SimpleCookie session morsel with secure and httponly",
    src`
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler

class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        cookie = SimpleCookie()
        cookie["session"] = create_session()
        cookie["session"]["path"] = "/"
        cookie["session"]["secure"] = True
        cookie["session"]["httponly"] = True
        self.send_response(200)
        self.send_header("Set-Cookie", cookie["session"].OutputString())
        self.end_headers()
`,
  ),
  bad(
    "CWE-614",
    "batch24: aiohttp handler sets the session cookie with no attributes",
    src`
from aiohttp import web

async def login(request):
    sid = await open_session(request)
    resp = web.Response(text="ok")
    resp.set_cookie("session", sid)
    return resp
`,
  ),
  good(
    "CWE-614",
    "batch24: aiohttp handler sets the session cookie secure and httponly",
    src`
from aiohttp import web

async def login(request):
    sid = await open_session(request)
    resp = web.Response(text="ok")
    resp.set_cookie("session", sid, secure=True, httponly=True, samesite="Lax")
    return resp
`,
  ),
  good(
    "CWE-614",
    "batch24: Set-Cookie header value comes whole from a helper that adds the flags",
    src`
from flask import Flask, make_response

app = Flask(__name__)

def session_cookie(sid):
    return f"session={sid}; Path=/; Secure; HttpOnly; SameSite=Lax"

@app.route("/renew", methods=["POST"])
def renew():
    resp = make_response("ok")
    resp.headers["Set-Cookie"] = session_cookie(rotate_session())
    return resp
`,
  ),

  // ---------------- CWE-732: permissions widened ----------------
  bad(
    "CWE-732",
    "batch24: deploy script opens the upload directory to everyone with a chmod command",
    src`
import subprocess

def prepare_uploads(path):
    subprocess.run(["chmod", "-R", "777", path], check=True)
`,
  ),
  good(
    "CWE-732",
    "batch24: deploy script gives the upload directory to its owner and group",
    src`
import subprocess

def prepare_uploads(path):
    subprocess.run(["chmod", "-R", "750", path], check=True)
`,
  ),
  bad(
    "CWE-732",
    "batch24: installer makes the credentials file world-writable through os.system",
    src`
import os

def install_credentials(path, data):
    with open(path, "w") as fh:
        fh.write(data)
    os.system("chmod 666 " + path)
`,
  ),
  good(
    "CWE-732",
    "batch24: installer restricts the credentials file to its owner",
    src`
import os

def install_credentials(path, data):
    with open(path, "w") as fh:
        fh.write(data)
    os.chmod(path, 0o600)
`,
  ),
  bad(
    "CWE-732",
    "batch24: worker clears the umask before writing job results",
    src`
import os

def write_result(path, text):
    os.umask(0)
    with open(path, "w") as fh:
        fh.write(text)
`,
  ),
  good(
    "CWE-732",
    "batch24: worker sets a restrictive umask before writing job results",
    src`
import os

def write_result(path, text):
    os.umask(0o077)
    with open(path, "w") as fh:
        fh.write(text)
`,
  ),
  bad(
    "CWE-732",
    "batch24: key file created through os.open with mode 0o666",
    src`
import os

def save_key(path, key_bytes):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key_bytes)
`,
  ),
  good(
    "CWE-732",
    "batch24: key file created through os.open with mode 0o600",
    src`
import os

def save_key(path, key_bytes):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key_bytes)
`,
  ),
  bad(
    "CWE-732",
    "batch24: pathlib chmod makes a spool directory world-writable",
    src`
from pathlib import Path

def make_spool(root):
    spool = Path(root) / "spool"
    spool.mkdir(parents=True, exist_ok=True)
    spool.chmod(0o777)
    return spool
`,
  ),
  good(
    "CWE-732",
    "batch24: pathlib chmod keeps a spool directory to the owner",
    src`
from pathlib import Path

def make_spool(root):
    spool = Path(root) / "spool"
    spool.mkdir(parents=True, exist_ok=True)
    spool.chmod(0o700)
    return spool
`,
  ),

  // ---------------- CWE-943: MongoDB filters from a JSON body ----------------
  bad(
    "CWE-943",
    "batch24: login looks the user up with name and password taken as-is from the JSON body",
    src`
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]

@app.route("/login", methods=["POST"])
def login():
    data = request.get_json()
    user = users.find_one({"username": data["username"], "password": data["password"]})
    return jsonify(ok=user is not None)
`,
  ),
  good(
    "CWE-943",
    "batch24: login casts name to str and checks the password hash outside the query",
    src`
from flask import Flask, request, jsonify
from pymongo import MongoClient
from werkzeug.security import check_password_hash

app = Flask(__name__)
users = MongoClient()["app"]["users"]

@app.route("/login", methods=["POST"])
def login():
    data = request.get_json()
    user = users.find_one({"username": str(data["username"])})
    ok = user is not None and check_password_hash(user["pw_hash"], str(data["password"]))
    return jsonify(ok=ok)
`,
  ),
  bad(
    "CWE-943",
    "batch24: search endpoint passes a filter parsed from the query string to find",
    src`
import json
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
orders = MongoClient()["shop"]["orders"]

@app.route("/orders")
def search_orders():
    flt = json.loads(request.args.get("filter", "{}"))
    return jsonify(list(orders.find(flt, {"_id": 0})))
`,
  ),
  good(
    "CWE-943",
    "batch24: search endpoint builds the filter from one allowed field cast to str",
    src`
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
orders = MongoClient()["shop"]["orders"]

@app.route("/orders")
def search_orders():
    status = str(request.args.get("status", "open"))
    return jsonify(list(orders.find({"status": status}, {"_id": 0})))
`,
  ),
  bad(
    "CWE-943",
    "batch24: $where clause formatted with the owner from the query string",
    src`
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
notes = MongoClient()["app"]["notes"]

@app.route("/notes")
def list_notes():
    owner = request.args["owner"]
    cur = notes.find({"$where": f"this.owner == '{owner}'"})
    return jsonify([n["text"] for n in cur])
`,
  ),
  good(
    "CWE-943",
    "batch24: notes filtered by an equality match on the owner string",
    src`
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
notes = MongoClient()["app"]["notes"]

@app.route("/notes")
def list_notes():
    owner = str(request.args["owner"])
    cur = notes.find({"owner": owner})
    return jsonify([n["text"] for n in cur])
`,
  ),

  // ---------------- CWE-327: pinned old TLS versions ----------------
  bad(
    "CWE-327",
    "batch24: client context floor set to TLS 1.0",
    src`
import socket
import ssl

def open_channel(host):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    sock = socket.create_connection((host, 443))
    return ctx.wrap_socket(sock, server_hostname=host)
`,
  ),
  good(
    "CWE-327",
    "batch24: client context floor set to TLS 1.2",
    src`
import socket
import ssl

def open_channel(host):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    sock = socket.create_connection((host, 443))
    return ctx.wrap_socket(sock, server_hostname=host)
`,
  ),
  bad(
    "CWE-327",
    "batch24: pyOpenSSL context pinned to TLSv1_METHOD",
    src`
from OpenSSL import SSL

def server_context(cert, key):
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.use_certificate_file(cert)
    ctx.use_privatekey_file(key)
    return ctx
`,
  ),
  good(
    "CWE-327",
    "batch24: pyOpenSSL context negotiates with a TLS 1.2 floor",
    src`
from OpenSSL import SSL

def server_context(cert, key):
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.use_certificate_file(cert)
    ctx.use_privatekey_file(key)
    return ctx
`,
  ),
  good(
    "CWE-327",
    "batch24: client context made with PROTOCOL_TLS_CLIENT (negotiates, checks hostnames)",
    src`
import ssl

def client_context(cafile):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile)
    return ctx
`,
  ),

  // ---------------- CWE-611: external entities on ----------------
  bad(
    "CWE-611",
    "batch24: SAX parser with external general entities switched on parses an upload",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges

def parse_upload(stream, handler):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(stream)
`,
  ),
  good(
    "CWE-611",
    "batch24: SAX parser with external general entities switched off parses an upload",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges

def parse_upload(stream, handler):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    parser.setContentHandler(handler)
    parser.parse(stream)
`,
  ),
  bad(
    "CWE-611",
    "batch24: lxml parser allowed to fetch DTDs from the network reads a posted document",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)

@app.route("/import", methods=["POST"])
def import_doc():
    parser = etree.XMLParser(dtd_validation=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    return root.tag
`,
  ),
  good(
    "CWE-611",
    "batch24: lxml parser with entities and network off reads a posted document",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)

@app.route("/import", methods=["POST"])
def import_doc():
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(request.data, parser)
    return root.tag
`,
  ),

  // ---------------- CWE-295: certificate checks off ----------------
  bad(
    "CWE-295",
    "batch24: urllib3 pool manager built with cert_reqs CERT_NONE",
    src`
import urllib3

def fetch_status(url):
    http = urllib3.PoolManager(cert_reqs="CERT_NONE")
    return http.request("GET", url).status
`,
  ),
  good(
    "CWE-295",
    "batch24: urllib3 pool manager built with cert_reqs CERT_REQUIRED and certifi",
    src`
import certifi
import urllib3

def fetch_status(url):
    http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())
    return http.request("GET", url).status
`,
  ),
  bad(
    "CWE-295",
    "batch24: aiohttp connector with ssl=False talks to the payment API",
    src`
import aiohttp

async def charge(payload):
    conn = aiohttp.TCPConnector(ssl=False)
    async with aiohttp.ClientSession(connector=conn) as session:
        async with session.post("https://pay.example.com/charge", json=payload) as resp:
            return await resp.json()
`,
  ),
  good(
    "CWE-295",
    "batch24: aiohttp connector with a CA-pinned SSL context talks to the payment API",
    src`
import ssl
import aiohttp

async def charge(payload):
    ctx = ssl.create_default_context(cafile="/etc/pay/ca.pem")
    conn = aiohttp.TCPConnector(ssl=ctx)
    async with aiohttp.ClientSession(connector=conn) as session:
        async with session.post("https://pay.example.com/charge", json=payload) as resp:
            return await resp.json()
`,
  ),
  bad(
    "CWE-295",
    "batch24: pyOpenSSL context verify callback accepts every certificate",
    src`
from OpenSSL import SSL

def client_context():
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: True)
    return ctx
`,
  ),
  good(
    "CWE-295",
    "batch24: pyOpenSSL context verify callback returns OpenSSL's own verdict",
    src`
from OpenSSL import SSL

def client_context():
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: bool(ok))
    ctx.set_default_verify_paths()
    return ctx
`,
  ),
];
