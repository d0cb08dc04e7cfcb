// Dev suite "py-rules", batch 37 (format in py-rules.ts): written after a probe against dlint's linter tests and
// pyt's vulnerable examples, before any fix for it: the idioms those suites test, in real-code shapes of our own -
// weak primitives of the `cryptography` package used in real calls, itsdangerous signers without a signature,
// urllib3 pools told not to check certificates, tar archives opened through the class, shell commands built
// from a generator and SQL text passed through a recursive helper. Cases written here, never taken from a
// held-out corpus or copied from the probed suites.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH37: DevCase[] = [
  ...rules(
    "CWE-327",
    "batch37: cryptography hazmat weak ciphers and modes",
    `
import os

from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class LegacyVault:
    def __init__(self, key: bytes):
        self.key = key

    def seal_des(self, blob: bytes) -> bytes:
        iv = os.urandom(8)
        enc = Cipher(algorithms.TripleDES(self.key), modes.CBC(iv), backend=default_backend()).encryptor() # VULN
        return iv + enc.update(blob) + enc.finalize()

    def seal_blowfish(self, blob: bytes) -> bytes:
        iv = os.urandom(8)
        enc = Cipher(algorithms.Blowfish(self.key), modes.CBC(iv)).encryptor() # VULN
        return iv + enc.update(blob) + enc.finalize()

    def seal_rc4(self, blob: bytes) -> bytes:
        enc = Cipher(algorithms.ARC4(self.key), mode=None).encryptor() # VULN
        return enc.update(blob)

    def seal_idea(self, blob: bytes) -> bytes:
        iv = os.urandom(8)
        enc = Cipher(algorithms.IDEA(self.key[:16]), modes.CFB(iv)).encryptor() # VULN
        return iv + enc.update(blob) + enc.finalize()

    def seal_block(self, block: bytes) -> bytes:
        enc = Cipher(algorithms.AES(self.key), modes.ECB()).encryptor() # VULN
        return enc.update(block) + enc.finalize()

    def seal(self, blob: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + AESGCM(self.key).encrypt(nonce, blob, None) # SAFE

    def seal_ctr(self, blob: bytes) -> bytes:
        nonce = os.urandom(16)
        enc = Cipher(algorithms.AES(self.key), modes.CTR(nonce)).encryptor() # SAFE
        return nonce + enc.update(blob) + enc.finalize()
`,
  ),
  ...rules(
    "CWE-327",
    "batch37: cryptography hazmat weak hashes and RSA padding",
    `
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding


def fingerprint_legacy(der: bytes) -> str:
    digest = hashes.Hash(hashes.MD5()) # VULN
    digest.update(der)
    return digest.finalize().hex()


def fingerprint_sha1(der: bytes) -> str:
    h = hashes.Hash(hashes.SHA1()) # VULN
    h.update(der)
    return h.finalize().hex()


def fingerprint(der: bytes) -> str:
    h = hashes.Hash(hashes.SHA256()) # SAFE
    h.update(der)
    return h.finalize().hex()


def wrap_key_legacy(public_key, session_key: bytes) -> bytes:
    return public_key.encrypt(session_key, padding.PKCS1v15()) # VULN


def wrap_key(public_key, session_key: bytes) -> bytes:
    oaep = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    return public_key.encrypt(session_key, oaep) # SAFE
`,
  ),
  ...rules(
    "CWE-347",
    "batch37: itsdangerous signers with no signature",
    `
import hashlib

from flask import current_app
from itsdangerous import JSONWebSignatureSerializer, Signer, TimestampSigner, URLSafeTimedSerializer
from itsdangerous.signer import NoneAlgorithm


def unsubscribe_link(email: str) -> str:
    signer = Signer(current_app.config["SECRET_KEY"], algorithm=NoneAlgorithm()) # VULN
    return "/unsubscribe/" + signer.sign(email).decode()


def invite_token(team_id: int) -> str:
    ts = TimestampSigner(current_app.config["SECRET_KEY"], salt="invite", algorithm=NoneAlgorithm()) # VULN
    return ts.sign(str(team_id)).decode()


def api_token(user_id: int) -> str:
    s = JSONWebSignatureSerializer(current_app.config["SECRET_KEY"], algorithm_name="none") # VULN
    return s.dumps({"uid": user_id}).decode()


def reset_token(user_id: int) -> str:
    s = URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="reset") # SAFE
    return s.dumps({"uid": user_id})


def download_link(path: str) -> str:
    signer = Signer(current_app.config["SECRET_KEY"], digest_method=hashlib.sha256) # SAFE
    return signer.sign(path).decode()


def session_token(user_id: int) -> str:
    s = JSONWebSignatureSerializer(current_app.config["SECRET_KEY"], algorithm_name="HS512") # SAFE
    return s.dumps({"uid": user_id}).decode()
`,
  ),
  ...rules(
    "CWE-295",
    "batch37: urllib3 pools without certificate checks",
    `
import ssl

import certifi
import urllib3


class MetricsClient:
    def __init__(self, base_url: str, insecure: bool = False):
        self.base_url = base_url
        self.pool = urllib3.PoolManager(cert_reqs="NONE", retries=3) # VULN
        self.proxy = urllib3.ProxyManager("http://proxy.internal:3128", cert_reqs=ssl.CERT_NONE) # VULN
        self.single = urllib3.HTTPSConnectionPool("metrics.internal", 443, cert_reqs="CERT_NONE") # VULN
        self.checked = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where()) # SAFE
        self.default = urllib3.PoolManager(timeout=urllib3.Timeout(connect=2.0, read=5.0)) # SAFE

    def push(self, payload: bytes):
        return self.checked.request("POST", self.base_url + "/push", body=payload)
`,
  ),
  ...rules(
    "CWE-22",
    "batch37: tar archives opened through the TarFile class",
    `
from pathlib import Path
from tarfile import TarFile

from flask import Flask, request

app = Flask(__name__)
DATA = Path("/srv/datasets")


@app.post("/datasets/<name>")
def upload_dataset(name):
    archive = request.files["archive"]
    dest = DATA / "incoming"
    with TarFile.open(fileobj=archive.stream, mode="r:gz") as tf:
        tf.extractall(dest) # VULN
    return {"ok": True}


@app.post("/datasets/<name>/member")
def upload_member(name):
    archive = request.files["archive"]
    tf = TarFile(fileobj=archive.stream)
    tf.extract(request.form["member"], path=DATA / "incoming") # VULN
    return {"ok": True}


@app.post("/datasets/<name>/safe")
def upload_dataset_filtered(name):
    archive = request.files["archive"]
    with TarFile.open(fileobj=archive.stream, mode="r:gz") as tf:
        tf.extractall(DATA / "incoming", filter="data") # SAFE
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-78",
    "batch37: shell command built from a generator",
    `
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


def build_steps(payload):
    yield "set -e"
    for step in payload.get("steps", []):
        yield step
    yield "echo finished"


def lint_steps(files):
    yield "ruff check"
    for name in files:
        yield "ruff check " + shlex.quote(name)


def fixed_steps():
    yield "make clean"
    yield "make all"


@app.post("/pipelines/run")
def run_pipeline():
    script = " && ".join(build_steps(request.get_json()))
    subprocess.run(script, shell=True, check=True) # VULN
    return {"ok": True}


@app.post("/pipelines/lint")
def run_lint():
    script = " && ".join(lint_steps(request.get_json()["files"]))
    subprocess.run(script, shell=True, check=True) # SAFE
    return {"ok": True}


@app.post("/pipelines/rebuild")
def rebuild():
    subprocess.run(" && ".join(fixed_steps()), shell=True, check=True) # SAFE
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-89",
    "batch37: SQL text through a recursive helper",
    `
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def strip_wrapping(term):
    if term.startswith("(") and term.endswith(")"):
        return strip_wrapping(term[1:-1])
    return term


def depth_label(term, depth=0):
    if term.startswith("(") and depth < 5:
        return depth_label(term[1:], depth + 1)
    return "level-%d" % depth


@app.get("/notes")
def notes():
    db = sqlite3.connect("/srv/notes.db")
    term = strip_wrapping(request.args.get("q", ""))
    return {"rows": db.execute("SELECT * FROM notes WHERE body LIKE '%" + term + "%'").fetchall()} # VULN


@app.get("/notes/levels")
def levels():
    db = sqlite3.connect("/srv/notes.db")
    label = depth_label(request.args.get("q", ""))
    return {"rows": db.execute("SELECT * FROM levels WHERE name = '" + label + "'").fetchall()} # SAFE
`,
  ),
];
