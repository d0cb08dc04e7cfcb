// Dev suite "py-rules", batch 26 (format in py-rules.ts): written blind after batch 25's fixes and measured
// before any fix. Cryptography and pycryptodome modes, IVs and nonces held in names and class attributes, key
// sizes and curves, password digests, deserialisers of uploaded data (dill, jsonpickle, marshal, numpy, joblib)
// next to safe loaders, temp names, permission bits built from stat constants, secrets reaching logs through
// connection strings, lxml parser switches, tar extraction filters and zipfile, asserts guarding access, code,
// imports and patterns from the request. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH26: DevCase[] = [
  ...rules(
    "CWE-327",
    "batch26: cipher modes and legacy ciphers",
    `
from Crypto.Cipher import AES, ARC4, DES3, Blowfish
from Crypto.Util.Padding import pad
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class Vault:
    MODE = AES.MODE_ECB

    def __init__(self, key):
        self.key = key

    def seal(self, data):
        return AES.new(self.key, self.MODE).encrypt(pad(data, 16)) # VULN

    def seal_gcm(self, data):
        c = AES.new(self.key, AES.MODE_GCM) # SAFE
        return c.nonce, *c.encrypt_and_digest(data)


def legacy(key, iv, data):
    a = DES3.new(key, DES3.MODE_CBC, iv).encrypt(pad(data, 8)) # VULN
    b = ARC4.new(key).encrypt(data) # VULN
    c = Blowfish.new(key, Blowfish.MODE_CBC, iv).encrypt(pad(data, 8)) # VULN
    return a, b, c


def hazmat(key, nonce, data):
    ecb = modes.ECB()
    e1 = Cipher(algorithms.AES(key), ecb).encryptor() # VULN
    e2 = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor() # SAFE
    e3 = Cipher(algorithms.TripleDES(key), modes.CBC(nonce[:8])).encryptor() # VULN
    e4 = Cipher(algorithms.ChaCha20(key, nonce), mode=None).encryptor() # SAFE
    return e1, e2, e3, e4
`,
  ),
  ...rules(
    "CWE-329",
    "batch26: fixed ivs and nonces in names",
    `
import os

from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

ZERO_IV = bytes(16)
NONCE = b"unique-nonce"


def cbc_fixed(key, data):
    return AES.new(key, AES.MODE_CBC, ZERO_IV).encrypt(data) # VULN


def cbc_kw(key, data):
    return AES.new(key, AES.MODE_CBC, iv=b"0123456789abcdef").encrypt(data) # VULN


def cbc_random(key, data):
    iv = os.urandom(16)
    return iv + AES.new(key, AES.MODE_CBC, iv).encrypt(data) # SAFE


def hazmat_fixed(key):
    return Cipher(algorithms.AES(key), modes.CBC(b"\\x00" * 16)).encryptor() # VULN


def gcm_fixed(key, data):
    return AESGCM(key).encrypt(NONCE, data, None) # VULN


def gcm_random(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None) # SAFE


def chacha_fixed(key, data):
    return ChaCha20Poly1305(key).encrypt(b"\\x00" * 12, data, None) # VULN
`,
  ),
  ...rules(
    "CWE-326",
    "batch26: key sizes and curves",
    `
from Crypto.PublicKey import DSA, RSA
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa

KEY_BITS = 1024


def keys():
    a = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS) # VULN
    b = rsa.generate_private_key(public_exponent=65537, key_size=3072) # SAFE
    c = RSA.generate(1024) # VULN
    d = RSA.generate(bits=2048) # SAFE
    e = dsa.generate_private_key(key_size=1024) # VULN
    f = ec.generate_private_key(ec.SECP192R1()) # VULN
    g = ec.generate_private_key(ec.SECP384R1()) # SAFE
    h = DSA.generate(1024) # VULN
    return a, b, c, d, e, f, g, h
`,
  ),
  ...rules(
    "CWE-327",
    "batch26: password digests",
    `
import hashlib
import os

import bcrypt


class Account:
    def __init__(self, name):
        self.name = name
        self.pw_hash = None

    def set_pw(self, password):
        self.pw_hash = hashlib.md5(password.encode()).hexdigest() # VULN

    def set_pw_salted(self, password):
        salt = os.urandom(16)
        self.pw_hash = salt + hashlib.sha1(salt + password.encode()).digest() # VULN

    def set_pw_sha256(self, password):
        self.pw_hash = hashlib.new("sha256", password.encode()).hexdigest() # VULN

    def set_pw_kdf(self, password):
        salt = os.urandom(16)
        self.pw_hash = salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000) # SAFE

    def set_pw_bcrypt(self, password):
        self.pw_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt()) # SAFE


def etag(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest() # SAFE
`,
  ),
  ...rules(
    "CWE-502",
    "batch26: uploads into deserialisers",
    `
import base64
import json
import marshal
import shelve

import dill
import joblib
import jsonpickle
import numpy as np
import pandas as pd
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/state")
def state():
    blob = request.get_data()
    a = dill.loads(blob) # VULN
    b = jsonpickle.decode(blob.decode()) # VULN
    c = json.loads(blob) # SAFE
    d = marshal.loads(base64.b64decode(request.form["code"])) # VULN
    e = yaml.load(blob, Loader=yaml.UnsafeLoader) # VULN
    f = yaml.load(blob, Loader=yaml.SafeLoader) # SAFE
    return {"n": len([a, b, c, d, e, f])}


@app.post("/arrays")
def arrays():
    g = np.load(request.files["arr"], allow_pickle=True) # VULN
    h = np.load(request.files["arr"]) # SAFE
    i = pd.read_pickle(request.files["frame"]) # VULN
    j = joblib.load(request.files["model"]) # VULN
    return {"n": len([g, h, i, j])}


def cache():
    with shelve.open("/var/lib/app/cache.db") as db: # SAFE
        return dict(db)
`,
  ),
  ...rules(
    "CWE-377",
    "batch26: temp names",
    `
import os
import tempfile
from pathlib import Path


def export(rows):
    path = tempfile.mktemp(suffix=".csv") # VULN
    with open(path, "w") as fh:
        fh.writelines(rows)
    return path


def export_safe(rows):
    fd, path = tempfile.mkstemp(suffix=".csv") # SAFE
    with os.fdopen(fd, "w") as fh:
        fh.writelines(rows)
    return path


def export_named(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh: # SAFE
        fh.writelines(rows)
        return fh.name


def export_shared(rows):
    path = os.path.join(tempfile.gettempdir(), "report.csv")
    with open(path, "w") as fh: # VULN
        fh.writelines(rows)
    return path


def lock():
    Path("/tmp/app.lock").write_text(str(os.getpid())) # VULN
`,
  ),
  ...rules(
    "CWE-732",
    "batch26: permission bits",
    `
import os
import stat
from pathlib import Path

EVERYONE = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO


def publish(path):
    os.chmod(path, EVERYONE) # VULN
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR) # SAFE
    os.chmod(path, 0o755) # SAFE
    os.chmod(path, stat.S_IMODE(os.stat(path).st_mode) | stat.S_IWOTH) # VULN
    Path(path).chmod(0o666) # VULN
    Path(path).chmod(0o640) # SAFE


def share(fd):
    os.fchmod(fd, 0o777) # VULN
    os.umask(0o077) # SAFE
`,
  ),
  ...rules(
    "CWE-532",
    "batch26: secrets on their way to logs",
    `
import logging
import os

import psycopg2

log = logging.getLogger(__name__)
DB_PASSWORD = os.environ["DB_PASSWORD"]


def connect(user):
    dsn = f"postgresql://{user}:{DB_PASSWORD}@db.internal:5432/app"
    log.info("connecting with %s", dsn) # VULN
    log.info("connecting as %s to db.internal", user) # SAFE
    return psycopg2.connect(dsn)


def login(user, password):
    log.debug("login attempt user=%s password=%s", user, password) # VULN
    log.debug("login attempt user=%s", user) # SAFE
    return user


def configure(api_key):
    log.warning(f"falling back to api key {api_key}") # VULN
    log.warning("api key configured: %s", bool(api_key)) # SAFE
`,
  ),
  ...rules(
    "CWE-611",
    "batch26: lxml parser switches",
    `
import xml.etree.ElementTree as ET

import defusedxml.ElementTree as DET
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
LOOSE = etree.XMLParser(resolve_entities=True, load_dtd=True) # VULN


@app.post("/a")
def a():
    return etree.tostring(etree.fromstring(request.data, LOOSE))


@app.post("/b")
def b():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.tostring(etree.fromstring(request.data, parser)) # SAFE


@app.post("/c")
def c():
    return etree.tostring(etree.fromstring(request.data, parser=etree.XMLParser(resolve_entities=True, no_network=False))) # VULN


@app.post("/d")
def d():
    return ET.tostring(ET.fromstring(request.data)) # SAFE


@app.post("/e")
def e():
    return DET.tostring(DET.fromstring(request.data)) # SAFE
`,
  ),
  ...rules(
    "CWE-22",
    "batch26: archives from uploads",
    `
import tarfile
import zipfile

from flask import Flask, request

app = Flask(__name__)
DEST = "/srv/imports"


@app.post("/tar")
def tar():
    upload = request.files["bundle"]
    with tarfile.open(fileobj=upload.stream, mode="r:gz") as tf:
        tf.extractall(DEST) # VULN
    return "ok"


@app.post("/tar2")
def tar2():
    upload = request.files["bundle"]
    with tarfile.open(fileobj=upload.stream, mode="r:gz") as tf:
        tf.extractall(DEST, filter="data") # SAFE
    return "ok"


@app.post("/tar3")
def tar3():
    upload = request.files["bundle"]
    tf = tarfile.open(fileobj=upload.stream)
    for member in tf.getmembers():
        tf.extract(member, DEST) # VULN
    return "ok"


@app.post("/zip")
def zip_():
    upload = request.files["bundle"]
    with zipfile.ZipFile(upload.stream) as zf:
        zf.extractall(DEST) # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-703",
    "batch26: asserts that guard access",
    `
from django.http import HttpResponse, JsonResponse

from .models import Order


def refund(request, order_id):
    order = Order.objects.get(pk=order_id)
    assert order.owner_id == request.user.id # VULN
    order.refund()
    return JsonResponse({"ok": True})


def purge(request):
    assert request.user.is_staff, "staff only" # VULN
    Order.objects.filter(status="void").delete()
    return HttpResponse(status=204)


def total(items):
    assert isinstance(items, list) # SAFE
    return sum(i.price for i in items)
`,
  ),
  ...rules(
    "CWE-95",
    "batch26: code and imports from the request",
    `
import ast
import importlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/run")
def run():
    exec(request.form["code"]) # VULN
    return "ok"


@app.get("/calc")
def calc():
    v = eval(request.args["n"], {"__builtins__": {}}) # VULN
    w = ast.literal_eval(request.args["n"]) # SAFE
    return {"v": v, "w": w}


@app.get("/fmt")
def fmt():
    mod = __import__(request.args["mod"]) # VULN CWE-94
    return {"name": mod.__name__}


@app.get("/codec")
def codec():
    name = request.args.get("codec", "gzip")
    mod = importlib.import_module({"gzip": "gzip", "bz2": "bz2"}.get(name, "gzip")) # SAFE CWE-94
    return {"name": mod.__name__}
`,
  ),
  ...rules(
    "CWE-1333",
    "batch26: patterns from the request",
    `
import re

from flask import Flask, request

app = Flask(__name__)
WORDS = ["alpha", "beta", "gamma"]


@app.get("/grep")
def grep():
    pattern = request.args["pattern"]
    rx = re.compile(pattern, re.IGNORECASE) # VULN
    return {"hits": [w for w in WORDS if rx.search(w)]}


@app.get("/grep2")
def grep2():
    pattern = re.escape(request.args["pattern"])
    return {"hits": [w for w in WORDS if re.search(pattern, w)]} # SAFE


@app.get("/split")
def split():
    return {"parts": re.split(request.args["sep"], request.args["text"])} # VULN
`,
  ),
];
