// Dev suite "py-rules", batch 41 (format in py-rules.ts): written blind and measured before any fix. One API per
// file exercised many ways, as rule-test files do: hashes, ciphers, key sizes and TLS clients reached through
// import aliases (`from x import y as z`, `import x.y as z`), keyword and positional arguments, options held in a
// module constant or a `**kwargs` dict, attributes set on a later line, context managers and method chains, each
// next to a safe variant that differs by one argument. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH41: DevCase[] = [
  ...rules(
    "CWE-327",
    "batch41: hashlib through aliases, hashlib.new and usedforsecurity",
    `
import hashlib
import hashlib as hl
from hashlib import md5 as _md5, sha1


def etag(body: bytes) -> str:
    return hl.md5(body, usedforsecurity=False).hexdigest() # SAFE


def signature_digest(secret: str, payload: str) -> str:
    return _md5((secret + payload).encode()).hexdigest() # VULN


def token_fingerprint(token: str) -> str:
    h = sha1() # VULN
    h.update(token.encode())
    return h.hexdigest()


def token_fingerprint_ok(token: str) -> str:
    h = hl.sha256() # SAFE
    h.update(token.encode())
    return h.hexdigest()


def by_name(data: bytes) -> str:
    return hashlib.new("md5", data).hexdigest() # VULN


def by_name_kw(data: bytes) -> str:
    return hashlib.new(name="SHA1", data=data).hexdigest() # VULN


def by_name_ok(data: bytes) -> str:
    return hashlib.new("sha3_256", data).hexdigest() # SAFE


def cache_key(data: bytes) -> str:
    return hashlib.new("md5", data, usedforsecurity=False).hexdigest() # SAFE
`,
  ),
  ...rules(
    "CWE-916",
    "batch41: password storage with fast digests and fixed salts",
    `
import hashlib
import os
from hashlib import sha256 as digest


def hash_password(password: str) -> str:
    return digest(password.encode()).hexdigest() # VULN


def hash_password_salted(password: str) -> bytes:
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000) # SAFE


def hash_password_fixed_salt(password: str) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), b"static-app-salt", 600_000) # VULN CWE-760


def hash_password_scrypt(password: str) -> bytes:
    salt = os.urandom(16)
    return salt + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1) # SAFE
`,
  ),
  ...rules(
    "CWE-208",
    "batch41: hmac signatures compared with == and with compare_digest",
    `
import hashlib
import hmac as _hmac

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_KEY = bytes.fromhex("8f0c6d1e2a")


@app.post("/hooks/build")
def build_hook():
    expected = _hmac.new(WEBHOOK_KEY, request.get_data(), hashlib.sha256).hexdigest()
    if request.headers.get("X-Signature") != expected: # VULN
        abort(403)
    return "ok"


@app.post("/hooks/deploy")
def deploy_hook():
    expected = _hmac.new(WEBHOOK_KEY, request.get_data(), digestmod="sha256").hexdigest()
    if not _hmac.compare_digest(request.headers.get("X-Signature", ""), expected): # SAFE
        abort(403)
    return "ok"
`,
  ),
  ...rules(
    "CWE-327",
    "batch41: pycryptodome ciphers through aliases, module constants and positional modes",
    `
import Crypto.Cipher.AES as aes_mod
from Crypto.Cipher import AES as _AES
from Crypto.Cipher import ARC4, Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

KEY = get_random_bytes(32)
STATIC_IV = b"\\x00" * 16
MODE = _AES.MODE_ECB


def seal_ecb(data: bytes) -> bytes:
    return _AES.new(KEY, _AES.MODE_ECB).encrypt(pad(data, 16)) # VULN


def seal_mode_constant(data: bytes) -> bytes:
    return _AES.new(KEY, MODE).encrypt(pad(data, 16)) # VULN


def seal_gcm(data: bytes) -> bytes:
    c = _AES.new(KEY, _AES.MODE_GCM) # SAFE
    ct, tag = c.encrypt_and_digest(data)
    return c.nonce + tag + ct


def seal_cbc_static(data: bytes) -> bytes:
    c = aes_mod.new(KEY, aes_mod.MODE_CBC, STATIC_IV) # VULN CWE-329
    return c.encrypt(pad(data, 16))


def seal_cbc_literal_kw(data: bytes) -> bytes:
    c = _AES.new(KEY, _AES.MODE_CBC, iv=b"0123456789abcdef") # VULN CWE-329
    return c.encrypt(pad(data, 16))


def seal_cbc_random(data: bytes) -> bytes:
    iv = get_random_bytes(16)
    c = _AES.new(KEY, _AES.MODE_CBC, iv=iv) # SAFE CWE-329
    return iv + c.encrypt(pad(data, 16))


def stream(data: bytes) -> bytes:
    return ARC4.new(KEY).encrypt(data) # VULN


def legacy(data: bytes) -> bytes:
    iv = get_random_bytes(8)
    return iv + Blowfish.new(KEY[:16], Blowfish.MODE_CBC, iv).encrypt(pad(data, 8)) # VULN
`,
  ),
  ...rules(
    "CWE-326",
    "batch41: key sizes in pycryptodome and cryptography, keyword, positional and through a name",
    `
from Crypto.PublicKey import DSA, RSA
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from cryptography.hazmat.primitives.asymmetric import rsa as _rsa

LEGACY_BITS = 1024


def pycryptodome_keys():
    weak = RSA.generate(1024) # VULN
    ok = RSA.generate(bits=3072) # SAFE
    weak_dsa = DSA.generate(LEGACY_BITS) # VULN
    return weak, ok, weak_dsa


def cryptography_keys():
    a = rsa.generate_private_key(public_exponent=65537, key_size=1024) # VULN
    b = rsa.generate_private_key(65537, 4096) # SAFE
    c = _rsa.generate_private_key(65537, 512) # VULN
    d = dsa.generate_private_key(key_size=LEGACY_BITS) # VULN
    e = dsa.generate_private_key(key_size=2048) # SAFE
    return a, b, c, d, e


def curves():
    weak = ec.generate_private_key(ec.SECT163K1()) # VULN
    ok = ec.generate_private_key(ec.SECP384R1()) # SAFE
    return weak, ok
`,
  ),
  ...rules(
    "CWE-327",
    "batch41: cryptography hazmat ciphers and hashes through imported mode classes",
    `
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.modes import CBC, ECB


def ecb_encryptor(key: bytes):
    return Cipher(algorithms.AES(key), modes.ECB()).encryptor() # VULN


def ecb_keyword(key: bytes):
    return Cipher(algorithms.AES(key), mode=ECB()) # VULN


def cbc_random(key: bytes):
    iv = os.urandom(16)
    return iv, Cipher(algorithms.AES(key), CBC(iv)) # SAFE


def cbc_zero(key: bytes):
    return Cipher(algorithms.AES(key), modes.CBC(bytes(16))) # VULN CWE-329


def fingerprint(data: bytes) -> bytes:
    h = hashes.Hash(hashes.MD5()) # VULN
    h.update(data)
    return h.finalize()


def fingerprint_ok(data: bytes) -> bytes:
    h = hashes.Hash(hashes.SHA256()) # SAFE
    h.update(data)
    return h.finalize()
`,
  ),
  ...rules(
    "CWE-295",
    "batch41: requests, urllib3 and httpx verification through aliases, kwargs dicts and sessions",
    `
import ssl

import httpx
import requests as rq
import urllib3
from requests import Session
from urllib3 import PoolManager as PM

OPTS = {"timeout": 5, "verify": False}
SAFE_OPTS = {"timeout": 5, "verify": "/etc/ssl/certs/internal-ca.pem"}


def fetch(url):
    return rq.get(url, timeout=5, verify=False) # VULN


def fetch_ca(url):
    return rq.get(url, timeout=5, verify="/etc/ssl/certs/internal-ca.pem") # SAFE


def post_opts(url, body):
    return rq.post(url, json=body, **OPTS) # VULN


def post_safe_opts(url, body):
    return rq.post(url, json=body, **SAFE_OPTS) # SAFE


def session_insecure():
    s = Session()
    s.verify = False # VULN
    return s


def session_pinned():
    s = Session()
    s.verify = "/etc/ssl/certs/internal-ca.pem" # SAFE
    return s


http = urllib3.PoolManager(cert_reqs="CERT_NONE") # VULN
http_ok = PM(cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca.pem") # SAFE
pool = urllib3.HTTPSConnectionPool("api.internal", 443, cert_reqs=ssl.CERT_NONE) # VULN


def httpx_clients(url):
    client = httpx.Client(verify=False) # VULN
    aclient = httpx.AsyncClient(verify=ssl.create_default_context()) # SAFE
    with httpx.Client(base_url="https://billing.internal", verify=False) as c: # VULN
        c.get("/health")
    r = httpx.get(url, verify=True) # SAFE
    return client, aclient, r
`,
  ),
  ...rules(
    "CWE-295",
    "batch41: ssl contexts loosened on a later line",
    `
import socket
import ssl


def unverified(host):
    ctx = ssl._create_unverified_context() # VULN
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def no_hostname(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False # VULN
    ctx.verify_mode = ssl.CERT_NONE # VULN
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def verified(host):
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/ca.pem")
    ctx.verify_mode = ssl.CERT_REQUIRED # SAFE
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)
`,
  ),
  ...rules(
    "CWE-327",
    "batch41: ssl protocol versions, constructor and minimum_version",
    `
import ssl
from ssl import PROTOCOL_TLSv1_1 as OLD_TLS


def legacy_client():
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1) # VULN


def legacy_alias():
    return ssl.SSLContext(protocol=OLD_TLS) # VULN


def modern_client():
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT) # SAFE


def floor_too_low():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1 # VULN
    return ctx


def floor_ok():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2 # SAFE
    return ctx
`,
  ),
  ...rules(
    "CWE-338",
    "batch41: random for tokens and codes, secrets and SystemRandom next to them",
    `
import random as rnd
import secrets
import string
from random import SystemRandom, randint

ALPHABET = string.ascii_letters + string.digits


def reset_token() -> str:
    return "".join(rnd.choice(ALPHABET) for _ in range(32)) # VULN


def reset_token_ok() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(32)) # SAFE


def one_time_code() -> str:
    return str(randint(100000, 999999)) # VULN


def one_time_code_ok() -> str:
    return str(SystemRandom().randint(100000, 999999)) # SAFE


def new_session_id() -> str:
    return "%032x" % rnd.getrandbits(128) # VULN


def new_api_key() -> str:
    return secrets.token_urlsafe(32) # SAFE


def retry_delay(attempt: int) -> float:
    return (2**attempt) * rnd.uniform(0.5, 1.5) # SAFE
`,
  ),
];
