// Dev suite "py-snippets", batch 25 (see py-snippets.ts): written after the batch 24 fixes, before any fix of its
// own, without reading the rules these cases exercise; the themes are the rest of the DevSkim/Horusec probe's
// rule families. Tokens hashed from the clock or seeded from it, uuid1 reset links, ECB and legacy block ciphers
// through PyCryptodome and cryptography, keys and passwords written into clients, secrets written to logs,
// tracebacks sent to the client, archive members extracted by their own names, CORS that reflects any origin
// with credentials, and XSLT stylesheets taken from the request. Fixed twins are what a careful reviewer would
// accept. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH25: DevCase[] = [
  // ---------------- CWE-330 / CWE-338: predictable tokens ----------------
  bad(
    "CWE-330",
    "batch25: password reset token is the MD5 of the user id and the current time",
    src`
import hashlib
import time

def reset_token(user_id):
    raw = f"{user_id}:{time.time()}"
    return hashlib.md5(raw.encode()).hexdigest()
`,
  ),
  good(
    "CWE-330",
    "batch25: password reset token from secrets.token_urlsafe",
    src`
import secrets

def reset_token(user_id):
    return secrets.token_urlsafe(32)
`,
  ),
  bad(
    "CWE-338",
    "batch25: one-time code drawn after seeding random with the clock",
    src`
import random
import time

def login_code():
    random.seed(time.time())
    return "%06d" % random.randint(0, 999999)
`,
  ),
  good(
    "CWE-338",
    "batch25: one-time code drawn with secrets.randbelow",
    src`
import secrets

def login_code():
    return "%06d" % secrets.randbelow(1_000_000)
`,
  ),
  bad(
    "CWE-330",
    "batch25: email confirmation link carries a uuid1 (time and MAC based)",
    src`
import uuid

def confirmation_link(base_url, store, email):
    token = str(uuid.uuid1())
    store[token] = email
    return f"{base_url}/confirm?token={token}"
`,
  ),
  good(
    "CWE-330",
    "batch25: email confirmation link carries a uuid4",
    src`
import uuid

def confirmation_link(base_url, store, email):
    token = str(uuid.uuid4())
    store[token] = email
    return f"{base_url}/confirm?token={token}"
`,
  ),
  bad(
    "CWE-338",
    "batch25: API key generated with random.choice over letters and digits",
    src`
import random
import string

def new_api_key():
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(40))
`,
  ),
  good(
    "CWE-338",
    "batch25: API key generated with secrets.choice over letters and digits",
    src`
import secrets
import string

def new_api_key():
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(40))
`,
  ),

  // ---------------- CWE-327: weak modes and legacy ciphers ----------------
  bad(
    "CWE-327",
    "batch25: PyCryptodome AES in ECB mode encrypts card numbers",
    src`
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

def encrypt_pan(key, pan):
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(pad(pan.encode(), 16))
`,
  ),
  good(
    "CWE-327",
    "batch25: PyCryptodome AES in GCM mode encrypts card numbers",
    src`
from Crypto.Cipher import AES

def encrypt_pan(key, pan):
    cipher = AES.new(key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(pan.encode())
    return cipher.nonce + tag + ct
`,
  ),
  bad(
    "CWE-327",
    "batch25: cryptography Cipher with TripleDES in CBC mode seals a backup",
    src`
import os
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def seal_backup(key, data):
    iv = os.urandom(8)
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()
`,
  ),
  good(
    "CWE-327",
    "batch25: cryptography AESGCM seals a backup",
    src`
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

def seal_backup(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)
`,
  ),
  bad(
    "CWE-327",
    "batch25: cryptography Cipher with AES in ECB mode encrypts a session blob",
    src`
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def encrypt_blob(key, padded):
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(padded) + enc.finalize()
`,
  ),
  bad(
    "CWE-327",
    "batch25: PyCryptodome Blowfish encrypts stored passwords for later display",
    src`
from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad

def vault_encrypt(key, secret):
    cipher = Blowfish.new(key, Blowfish.MODE_CBC)
    return cipher.iv + cipher.encrypt(pad(secret.encode(), Blowfish.block_size))
`,
  ),
  good(
    "CWE-327",
    "batch25: ChaCha20-Poly1305 encrypts stored passwords for later display",
    src`
import os
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

def vault_encrypt(key, secret):
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, secret.encode(), None)
`,
  ),

  // ---------------- CWE-798: credentials in code ----------------
  bad(
    "CWE-798",
    "batch25: service client sends a hex API key written into the module",
    src`
import requests

API_KEY = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822c"

def list_invoices():
    r = requests.get("https://billing.example.com/v1/invoices", headers={"X-Api-Key": API_KEY}, timeout=10)
    return r.json()
`,
  ),
  good(
    "CWE-798",
    "batch25: service client reads its API key from the environment",
    src`
import os
import requests

API_KEY = os.environ["BILLING_API_KEY"]

def list_invoices():
    r = requests.get("https://billing.example.com/v1/invoices", headers={"X-Api-Key": API_KEY}, timeout=10)
    return r.json()
`,
  ),
  bad(
    "CWE-798",
    "batch25: psycopg2 connection with the database password written inline",
    src`
import psycopg2

def connect():
    return psycopg2.connect(host="db.internal", dbname="orders", user="orders_app", password="Orders#2024")
`,
  ),
  good(
    "CWE-798",
    "batch25: psycopg2 connection with the password from the environment",
    src`
import os
import psycopg2

def connect():
    return psycopg2.connect(
        host="db.internal", dbname="orders", user="orders_app", password=os.environ["ORDERS_DB_PASSWORD"]
    )
`,
  ),
  bad(
    "CWE-798",
    "batch25: SMTP login with a literal mailbox password",
    src`
import smtplib

def send_report(msg):
    with smtplib.SMTP_SSL("smtp.example.com", 465) as s:
        s.login("reports@example.com", "Rep0rts!Mailbox")
        s.send_message(msg)
`,
  ),
  good(
    "CWE-798",
    "batch25: SMTP login with the password from a secrets file",
    src`
import smtplib
from pathlib import Path

def send_report(msg):
    password = Path("/run/secrets/smtp_password").read_text().strip()
    with smtplib.SMTP_SSL("smtp.example.com", 465) as s:
        s.login("reports@example.com", password)
        s.send_message(msg)
`,
  ),
  bad(
    "CWE-798",
    "batch25: boto3 client built with a literal secret access key",
    src`
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIA2OGYBAH6STMMNXNQ",
    aws_secret_access_key="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",
)
`,
  ),
  good(
    "CWE-798",
    "batch25: boto3 client takes credentials from the default chain",
    src`
import boto3

s3 = boto3.client("s3", region_name="eu-west-1")
`,
  ),

  // ---------------- CWE-532: secrets in logs ----------------
  bad(
    "CWE-532",
    "batch25: login handler logs the submitted password",
    src`
import logging

log = logging.getLogger("auth")

def login(username, password):
    log.info("login attempt user=%s password=%s", username, password)
    return check_credentials(username, password)
`,
  ),
  good(
    "CWE-532",
    "batch25: login handler logs only the user name",
    src`
import logging

log = logging.getLogger("auth")

def login(username, password):
    log.info("login attempt user=%s", username)
    return check_credentials(username, password)
`,
  ),
  bad(
    "CWE-532",
    "batch25: token refresh prints the new access token",
    src`
def refresh(client):
    token = client.refresh_access_token()
    print(f"refreshed access token: {token}")
    return token
`,
  ),
  good(
    "CWE-532",
    "batch25: token refresh prints only the token's expiry",
    src`
def refresh(client):
    token = client.refresh_access_token()
    print(f"refreshed access token, expires in {client.expires_in}s")
    return token
`,
  ),

  // ---------------- CWE-209: errors to the client ----------------
  bad(
    "CWE-209",
    "batch25: Flask error handler returns the traceback to the client",
    src`
import traceback
from flask import Flask, jsonify

app = Flask(__name__)

@app.errorhandler(Exception)
def on_error(exc):
    return jsonify(error=str(exc), trace=traceback.format_exc()), 500
`,
  ),
  good(
    "CWE-209",
    "batch25: Flask error handler logs the traceback and returns a generic message",
    src`
import logging
from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)

@app.errorhandler(Exception)
def on_error(exc):
    log.exception("unhandled error")
    return jsonify(error="internal error"), 500
`,
  ),
  bad(
    "CWE-209",
    "batch25: Django view answers a failed query with the database error text",
    src`
from django.db import DatabaseError
from django.http import JsonResponse

def report(request):
    try:
        rows = build_report(request.user)
    except DatabaseError as e:
        return JsonResponse({"error": repr(e)}, status=500)
    return JsonResponse({"rows": rows})
`,
  ),
  good(
    "CWE-209",
    "batch25: Django view answers a failed query with a fixed message",
    src`
import logging
from django.db import DatabaseError
from django.http import JsonResponse

log = logging.getLogger(__name__)

def report(request):
    try:
        rows = build_report(request.user)
    except DatabaseError:
        log.exception("report failed")
        return JsonResponse({"error": "report unavailable"}, status=500)
    return JsonResponse({"rows": rows})
`,
  ),

  // ---------------- CWE-22: archive members by their own names ----------------
  bad(
    "CWE-22",
    "batch25: zip members written under the target directory by their own names",
    src`
import os
import zipfile

def unpack(archive_path, dest):
    with zipfile.ZipFile(archive_path) as zf:
        for name in zf.namelist():
            target = os.path.join(dest, name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(zf.read(name))
`,
  ),
  good(
    "CWE-22",
    "batch25: zip members written only when their resolved path stays under the target",
    src`
import os
import zipfile

def unpack(archive_path, dest):
    root = os.path.realpath(dest)
    with zipfile.ZipFile(archive_path) as zf:
        for name in zf.namelist():
            target = os.path.realpath(os.path.join(root, name))
            if not target.startswith(root + os.sep):
                raise ValueError(f"unsafe member {name}")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(zf.read(name))
`,
  ),
  bad(
    "CWE-22",
    "batch25: tar members extracted one by one with no check of their names",
    src`
import tarfile

def restore(upload, dest):
    with tarfile.open(fileobj=upload, mode="r:gz") as tf:
        for member in tf.getmembers():
            tf.extract(member, dest)
`,
  ),
  good(
    "CWE-22",
    "batch25: tar archive extracted with the data filter",
    src`
import tarfile

def restore(upload, dest):
    with tarfile.open(fileobj=upload, mode="r:gz") as tf:
        tf.extractall(dest, filter="data")
`,
  ),

  // ---------------- CWE-942: CORS ----------------
  bad(
    "CWE-942",
    "batch25: after_request hook reflects any Origin and allows credentials",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp
`,
  ),
  good(
    "CWE-942",
    "batch25: after_request hook allows credentials only for listed origins",
    src`
from flask import Flask, request

app = Flask(__name__)
TRUSTED = {"https://app.example.com", "https://admin.example.com"}

@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin in TRUSTED:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp
`,
  ),
  bad(
    "CWE-942",
    "batch25: FastAPI CORS middleware allows every origin with credentials",
    src`
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=".*",
    allow_credentials=True,
    allow_methods=["*"],
)
`,
  ),
  good(
    "CWE-942",
    "batch25: FastAPI CORS middleware allows credentials for one origin",
    src`
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.example.com"],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)
`,
  ),

  // ---------------- CWE-91: XSLT from the request ----------------
  bad(
    "CWE-91",
    "batch25: report endpoint applies a stylesheet posted by the client",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)

@app.route("/render", methods=["POST"])
def render():
    doc = etree.parse("/srv/data/report.xml")
    xslt = etree.XSLT(etree.fromstring(request.form["stylesheet"].encode()))
    return str(xslt(doc))
`,
  ),
  good(
    "CWE-91",
    "batch25: report endpoint applies a stylesheet chosen by name from the server's own set",
    src`
from flask import Flask, request, abort
from lxml import etree

app = Flask(__name__)
STYLES = {"summary": "/srv/xslt/summary.xsl", "detail": "/srv/xslt/detail.xsl"}

@app.route("/render", methods=["POST"])
def render():
    path = STYLES.get(request.form.get("style", ""))
    if path is None:
        abort(400)
    doc = etree.parse("/srv/data/report.xml")
    xslt = etree.XSLT(etree.parse(path))
    return str(xslt(doc))
`,
  ),
];
