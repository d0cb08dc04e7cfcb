// Dev suite "py-rules", batch 94 (format in py-rules.ts), written blind on Python configuration and API misuse,
// the spellings the suite had fewest cases for: Django security settings (SSL redirect, HSTS, cookie flags, frame
// options, CORS with credentials, pickle sessions, weak hashers), Flask / Werkzeug / Quart / Starlette / FastAPI
// debug and config switches, CORS and host middleware, Celery / Kombu / numpy / pandas / joblib serializers,
// PyJWT / python-jose / authlib verification switches, cryptography hazmat KDF costs, curves and ciphers,
// pycryptodome modes and key sizes, TLS contexts and HTTP clients, cleartext mail / file-transfer logins and
// boto3 object ACLs. In the style of rule tests: several small variants of one misuse per file, look-alikes
// beside them. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH94: DevCase[] = [
  // ---------------------------------------------------------------- Django settings
  ...rules(
    "CWE-614",
    "batch94: django production settings with transport, cookie, frame, CORS, session and hasher switches off",
    `
"""Production settings for the storefront project."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"] # SAFE CWE-798
DEBUG = True # VULN CWE-215
ALLOWED_HOSTS = ["shop.example.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "corsheaders",
    "shop",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "storefront.urls"

SECURE_SSL_REDIRECT = False # VULN CWE-319
SECURE_HSTS_SECONDS = 0 # VULN CWE-319
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") # SAFE CWE-319
SESSION_COOKIE_SECURE = False # VULN
CSRF_COOKIE_SECURE = False # VULN
SESSION_COOKIE_HTTPONLY = False # VULN CWE-1004
SESSION_COOKIE_SAMESITE = "Lax" # SAFE CWE-1275
SESSION_COOKIE_AGE = 60 * 60 * 8 # SAFE CWE-613
X_FRAME_OPTIONS = "ALLOWALL" # VULN CWE-1021

CORS_ALLOW_ALL_ORIGINS = True # VULN CWE-942
CORS_ALLOW_CREDENTIALS = True
CSRF_TRUSTED_ORIGINS = ["https://shop.example.com"] # SAFE CWE-942

SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
SESSION_SERIALIZER = "django.contrib.sessions.serializers.PickleSerializer" # VULN CWE-502

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher", # VULN CWE-916
    "django.contrib.auth.hashers.PBKDF2PasswordHasher", # SAFE CWE-916
]
`,
  ),
  ...rules(
    "CWE-942",
    "batch94: django settings read from the environment, older corsheaders names and regex origins",
    `
import environ

env = environ.Env()
environ.Env.read_env()

SECRET_KEY = env("SECRET_KEY") # SAFE CWE-798
DEBUG = env.bool("DJANGO_DEBUG", default=False) # SAFE CWE-215
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["api.example.org"])

INSTALLED_APPS = ["django.contrib.auth", "django.contrib.sessions", "corsheaders", "rest_framework", "api"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]

SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=True) # SAFE CWE-614
CSRF_COOKIE_SECURE = True # SAFE CWE-614
CSRF_COOKIE_HTTPONLY = False # SAFE CWE-1004
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365 # SAFE CWE-319
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True) # SAFE CWE-319
X_FRAME_OPTIONS = "SAMEORIGIN" # SAFE CWE-1021

CORS_ORIGIN_ALLOW_ALL = True # VULN
CORS_ALLOW_CREDENTIALS = True
CORS_ORIGIN_REGEX_WHITELIST = [r"^.*$"] # VULN
CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\\w+\\.example\\.org$"] # SAFE
CORS_ALLOWED_ORIGINS = ["https://app.example.org", "https://admin.example.org"] # SAFE

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher", # SAFE CWE-916
    "django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher", # VULN CWE-916
]
SESSION_SERIALIZER = "django.contrib.sessions.serializers.JSONSerializer" # SAFE CWE-502
`,
  ),
  // ---------------------------------------------------------------- Flask / Quart config and cookies
  ...rules(
    "CWE-614",
    "batch94: flask config switches for cookies, CSRF and secret key; set_cookie flag variants",
    `
import os
import secrets

from flask import Flask, make_response, redirect, request
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = False # VULN
app.config["SESSION_COOKIE_HTTPONLY"] = False # VULN CWE-1004
app.config["REMEMBER_COOKIE_SECURE"] = False # VULN
app.config["WTF_CSRF_ENABLED"] = False # VULN CWE-352
app.config["SECRET_KEY"] = "s3cr3t-flask-key-2021" # VULN CWE-798
app.config["PERMANENT_SESSION_LIFETIME"] = 3600 # SAFE CWE-613
csrf = CSRFProtect(app)

admin = Flask("admin")
admin.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Strict") # SAFE
admin.config["SECRET_KEY"] = os.environ["ADMIN_SECRET_KEY"] # SAFE CWE-798
admin.config["WTF_CSRF_ENABLED"] = True # SAFE CWE-352

legacy = Flask("legacy")
legacy.config.update(SESSION_COOKIE_SECURE=False, WTF_CSRF_CHECK_DEFAULT=True) # VULN
legacy.secret_key = "legacy-dev-key" # VULN CWE-798


def issue_token(user):
    return secrets.token_urlsafe(32)


@app.route("/login", methods=["POST"])
def login():
    resp = make_response(redirect("/"))
    resp.set_cookie("auth", issue_token(request.form["user"])) # VULN
    return resp


@app.route("/login2", methods=["POST"])
def login_insecure_flag():
    resp = make_response(redirect("/"))
    resp.set_cookie("auth", issue_token(request.form["user"]), secure=False, httponly=True) # VULN
    return resp


@app.route("/login3", methods=["POST"])
def login_script_readable():
    resp = make_response(redirect("/"))
    resp.set_cookie("auth", issue_token(request.form["user"]), secure=True, httponly=False, samesite="Lax") # VULN CWE-1004
    return resp


@app.route("/login4", methods=["POST"])
def login_ok():
    resp = make_response(redirect("/"))
    resp.set_cookie("auth", issue_token(request.form["user"]), secure=True, httponly=True, samesite="Strict") # SAFE
    return resp


COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax"}


@app.route("/login5", methods=["POST"])
def login_opts():
    resp = make_response(redirect("/"))
    resp.set_cookie("auth", issue_token(request.form["user"]), **COOKIE_OPTS) # SAFE
    return resp


@app.route("/logout")
def logout():
    resp = make_response(redirect("/"))
    resp.delete_cookie("auth") # SAFE
    return resp
`,
  ),
  // ---------------------------------------------------------------- debug switches
  ...rules(
    "CWE-215",
    "batch94: debug mode and the Werkzeug console in Flask, Werkzeug, Quart, Starlette and FastAPI",
    `
import os

import uvicorn
from fastapi import FastAPI
from flask import Flask
from quart import Quart
from starlette.applications import Starlette
from starlette.routing import Route
from werkzeug.debug import DebuggedApplication
from werkzeug.serving import run_simple

flask_app = Flask(__name__)
flask_app.debug = True # VULN
flask_app.config["DEBUG"] = True # VULN
flask_app.config["PROPAGATE_EXCEPTIONS"] = True # SAFE
flask_app.wsgi_app = DebuggedApplication(flask_app.wsgi_app, evalex=True) # VULN CWE-94

quart_app = Quart(__name__)


async def homepage(request):
    return None


star = Starlette(debug=True, routes=[Route("/", homepage)]) # VULN
api = FastAPI(title="orders", debug=True) # VULN
api_prod = FastAPI(title="orders", debug=os.getenv("APP_DEBUG") == "1") # SAFE


def serve_flask():
    flask_app.run(host="127.0.0.1", port=5000, debug=True) # VULN


def serve_flask_env():
    flask_app.run(port=5000, debug=os.environ.get("FLASK_DEBUG") == "1") # SAFE


def serve_werkzeug():
    run_simple("0.0.0.0", 8000, flask_app, use_reloader=True, use_debugger=True, use_evalex=True) # VULN CWE-94


def serve_werkzeug_plain():
    run_simple("localhost", 8000, flask_app, use_reloader=True) # SAFE


def serve_quart():
    quart_app.run(host="127.0.0.1", port=5001, debug=True) # VULN


def serve_uvicorn():
    uvicorn.run("orders.main:api", host="127.0.0.1", port=8000, reload=True) # SAFE


def serve_flask_off():
    flask_app.run(debug=False) # SAFE
`,
  ),
  // ---------------------------------------------------------------- CORS / host / session middleware
  ...rules(
    "CWE-942",
    "batch94: Starlette / FastAPI CORS, trusted-host and session middleware; flask-cors and quart-cors",
    `
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask
from flask_cors import CORS, cross_origin
from quart import Quart
from quart_cors import cors
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.httpsredirect import HTTPSRedirectMiddleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

api = FastAPI()
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"]) # VULN
api.add_middleware(TrustedHostMiddleware, allowed_hosts=["*"]) # VULN CWE-183
api.add_middleware(SessionMiddleware, secret_key="change-me-session-secret") # VULN CWE-798
api.add_middleware(HTTPSRedirectMiddleware) # SAFE CWE-319

partner = FastAPI()
partner.add_middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True) # VULN
partner.add_middleware(CORSMiddleware, allow_origin_regex=r"https://.*", allow_credentials=True) # VULN
partner.add_middleware(TrustedHostMiddleware, allowed_hosts=["partner.example.com", "*.example.com"]) # SAFE CWE-183

ALL_ORIGINS = ["*"]
internal = FastAPI()
internal.add_middleware(CORSMiddleware, allow_origins=ALL_ORIGINS, allow_credentials=True) # VULN
internal.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=False) # VULN CWE-614

good = FastAPI()
good.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True) # SAFE
good.add_middleware(CORSMiddleware, allow_origin_regex=r"https://[a-z]+\\.example\\.com", allow_credentials=True) # SAFE
good.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True) # SAFE CWE-614
good.add_middleware(CORSMiddleware, allow_origins=os.environ["CORS_ORIGINS"].split(","), allow_credentials=True) # SAFE

middleware = [
    Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True), # VULN
    Middleware(TrustedHostMiddleware, allowed_hosts=["example.com"]), # SAFE CWE-183
]
star = Starlette(middleware=middleware)

flask_app = Flask(__name__)
CORS(flask_app, origins="*", supports_credentials=True) # VULN
CORS(flask_app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True) # VULN
CORS(flask_app, origins=["https://app.example.com"], supports_credentials=True) # SAFE


@flask_app.route("/me")
@cross_origin(supports_credentials=True) # VULN
def me():
    return {"ok": True}


@flask_app.route("/ping")
@cross_origin(origins=["https://status.example.com"]) # SAFE
def ping():
    return {"ok": True}


quart_app = cors(Quart(__name__), allow_origin="*", allow_credentials=True) # VULN
quart_ok = cors(Quart("ok"), allow_origin=["https://app.example.com"], allow_credentials=True) # SAFE


@flask_app.after_request
def reflect_origin(resp):
    from flask import request

    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "") # VULN
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp
`,
  ),
  // ---------------------------------------------------------------- Celery / Kombu
  ...rules(
    "CWE-502",
    "batch94: Celery and Kombu configured to accept or produce pickle",
    `
from celery import Celery
from kombu import Connection, Consumer, Exchange, Producer, Queue, enable_insecure_serializers
from kombu.serialization import registry

BROKER = "amqp://guest@rabbit:5672//"

app = Celery("worker", broker=BROKER)
app.conf.accept_content = ["pickle", "json"] # VULN
app.conf.task_serializer = "pickle" # VULN
app.conf.result_serializer = "pickle" # VULN
app.conf.event_serializer = "json" # SAFE
app.conf.update(CELERY_ACCEPT_CONTENT=["pickle"]) # VULN

safe_app = Celery("safe", broker=BROKER)
safe_app.conf.update(accept_content=["json"], task_serializer="json", result_serializer="json") # SAFE
safe_app.conf.result_accept_content = ["json", "msgpack"] # SAFE

legacy_app = Celery("legacy", broker=BROKER)
legacy_app.conf.update(task_serializer="pickle", accept_content=["application/x-python-serialize"]) # VULN

jobs_exchange = Exchange("jobs", type="direct")
jobs_queue = Queue("jobs", jobs_exchange, routing_key="jobs")


def publish_job(job):
    with Connection(BROKER) as conn:
        producer = Producer(conn, exchange=jobs_exchange, serializer="pickle") # VULN
        producer.publish(job, routing_key="jobs")


def publish_job_explicit(job):
    with Connection(BROKER) as conn:
        producer = Producer(conn, exchange=jobs_exchange)
        producer.publish(job, routing_key="jobs", serializer="pickle") # VULN


def publish_job_json(job):
    with Connection(BROKER) as conn:
        producer = Producer(conn, exchange=jobs_exchange)
        producer.publish(job, routing_key="jobs", serializer="json") # SAFE


def handle(body, message):
    message.ack()


def consume_any():
    with Connection(BROKER) as conn:
        with Consumer(conn, [jobs_queue], accept=["pickle", "json"], callbacks=[handle]): # VULN
            conn.drain_events(timeout=5)


def consume_json():
    with Connection(BROKER) as conn:
        with Consumer(conn, [jobs_queue], accept=["json"], callbacks=[handle]): # SAFE
            conn.drain_events(timeout=5)


def simple_queue():
    with Connection(BROKER) as conn:
        q = conn.SimpleQueue("reports", serializer="pickle") # VULN
        q.put({"id": 1})


def allow_pickle_globally():
    registry.enable("pickle") # VULN
    enable_insecure_serializers() # VULN


def allow_json_only():
    registry.enable("json") # SAFE
`,
  ),
  ...rules(
    "CWE-502",
    "batch94: numpy, pandas, joblib and torch loading files from requests or downloads",
    `
import tempfile
import urllib.request

import joblib
import numpy as np
import pandas as pd
import torch
from flask import Flask, request

app = Flask(__name__)
MODEL_PATH = "/opt/app/models/classifier.joblib"


def fetch(url):
    path, _ = urllib.request.urlretrieve(url)
    return path


@app.route("/features", methods=["POST"])
def features():
    path = fetch(request.json["url"])
    arr = np.load(path, allow_pickle=True) # VULN
    return {"n": int(arr.size)}


@app.route("/features-plain", methods=["POST"])
def features_plain():
    path = fetch(request.json["url"])
    arr = np.load(path, allow_pickle=False) # SAFE
    return {"n": int(arr.size)}


@app.route("/frame", methods=["POST"])
def frame():
    df = pd.read_pickle(request.files["data"]) # VULN
    return {"rows": len(df)}


@app.route("/frame-csv", methods=["POST"])
def frame_csv():
    df = pd.read_csv(request.files["data"]) # SAFE
    return {"rows": len(df)}


@app.route("/model", methods=["POST"])
def model_upload():
    upload = request.files["model"]
    with tempfile.NamedTemporaryFile(suffix=".joblib") as tmp:
        upload.save(tmp.name)
        clf = joblib.load(tmp.name) # VULN
    return {"classes": len(clf.classes_)}


def bundled_model():
    return joblib.load(MODEL_PATH) # SAFE


@app.route("/weights", methods=["POST"])
def weights():
    path = fetch(request.json["weights_url"])
    state = torch.load(path) # VULN
    return {"keys": len(state)}


@app.route("/weights-safe", methods=["POST"])
def weights_safe():
    path = fetch(request.json["weights_url"])
    state = torch.load(path, weights_only=True) # SAFE
    return {"keys": len(state)}


def remote_frame(url):
    return pd.read_pickle(url) # VULN
`,
  ),
  // ---------------------------------------------------------------- JWT
  ...rules(
    "CWE-347",
    "batch94: PyJWT, python-jose and authlib decoding without verification or with the none algorithm",
    `
import os

import jwt
from authlib.jose import JsonWebToken
from jose import jws
from jose import jwt as jose_jwt

SECRET = os.environ["JWT_SECRET"]
PUBLIC_KEYS = {}


def claims_unverified(token):
    return jwt.decode(token, options={"verify_signature": False}) # VULN


def claims_none_alg(token):
    return jwt.decode(token, SECRET, algorithms=["HS256", "none"]) # VULN


def claims_complete(token):
    return jwt.decode_complete(token, key=SECRET, options={"verify_signature": False}) # VULN


def claims_no_expiry(token):
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False}) # VULN CWE-613


def claims_old_api(token):
    return jwt.decode(token, SECRET, verify=False) # VULN


def claims_ok(token):
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"require": ["exp", "sub"]}) # SAFE


def claims_by_kid(token):
    kid = jwt.get_unverified_header(token)["kid"] # SAFE
    return jwt.decode(token, PUBLIC_KEYS[kid], algorithms=["RS256"]) # SAFE


def mint_unsigned(user_id):
    return jwt.encode({"sub": user_id}, None, algorithm="none") # VULN


def mint_signed(user_id):
    return jwt.encode({"sub": user_id}, SECRET, algorithm="HS256") # SAFE


def jose_user(token, users):
    claims = jose_jwt.get_unverified_claims(token) # VULN
    return users[claims["sub"]]


def jose_skip(token):
    return jose_jwt.decode(token, SECRET, options={"verify_signature": False}) # VULN


def jose_ok(token):
    return jose_jwt.decode(token, SECRET, algorithms=["HS256"]) # SAFE


def jws_payload(token):
    return jws.get_unverified_claims(token) # VULN


def jws_verified(token):
    return jws.verify(token, SECRET, algorithms=["HS256"]) # SAFE


def authlib_any_alg(token):
    verifier = JsonWebToken(["HS256", "none"]) # VULN
    return verifier.decode(token, SECRET)


def authlib_ok(token):
    verifier = JsonWebToken(["RS256"]) # SAFE
    claims = verifier.decode(token, PUBLIC_KEYS["default"])
    claims.validate()
    return claims
`,
  ),
  // ---------------------------------------------------------------- cryptography hazmat
  ...rules(
    "CWE-327",
    "batch94: cryptography hazmat ciphers, KDF costs, curves, key sizes, nonces and RSA padding",
    `
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

FIXED_NONCE = b"\\x00" * 12


def seal_cast5(key, data):
    enc = Cipher(algorithms.CAST5(key), modes.CBC(os.urandom(8))).encryptor() # VULN
    return enc.update(data) + enc.finalize()


def seal_idea(key, data):
    enc = Cipher(algorithms.IDEA(key), modes.CFB(os.urandom(8))).encryptor() # VULN
    return enc.update(data) + enc.finalize()


def seal_seed(key, data):
    enc = Cipher(algorithms.SEED(key), modes.OFB(os.urandom(16))).encryptor() # VULN
    return enc.update(data) + enc.finalize()


def seal_aes_ecb(key, block):
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor() # VULN
    return enc.update(block) + enc.finalize()


def seal_aes_ctr(key, data):
    nonce = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor() # SAFE
    return nonce + enc.update(data) + enc.finalize()


def seal_gcm_fixed(key, data):
    return AESGCM(key).encrypt(FIXED_NONCE, data, None) # VULN CWE-329


def seal_chacha_fixed(key, data):
    return ChaCha20Poly1305(key).encrypt(b"0123456789ab", data, None) # VULN CWE-329


def seal_gcm_ok(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None) # SAFE CWE-329


def password_key_scrypt(password, salt):
    kdf = Scrypt(salt=salt, length=32, n=2**4, r=8, p=1) # VULN CWE-916
    return kdf.derive(password)


def password_key_scrypt_ok(password, salt):
    kdf = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1) # SAFE CWE-916
    return kdf.derive(password)


def password_key_pbkdf2_few(password, salt):
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=1000) # VULN CWE-916
    return kdf.derive(password)


def password_key_pbkdf2_sha1(password, salt):
    kdf = PBKDF2HMAC(algorithm=hashes.SHA1(), length=32, salt=salt, iterations=600000) # VULN CWE-916
    return kdf.derive(password)


def password_key_pbkdf2_ok(password, salt):
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600_000) # SAFE CWE-916
    return kdf.derive(password)


def keys():
    small_rsa = rsa.generate_private_key(public_exponent=65537, key_size=1024) # VULN CWE-326
    small_dsa = dsa.generate_private_key(key_size=1024) # VULN CWE-326
    weak_curve = ec.generate_private_key(ec.SECP192R1()) # VULN CWE-326
    ok_rsa = rsa.generate_private_key(public_exponent=65537, key_size=3072) # SAFE CWE-326
    ok_curve = ec.generate_private_key(ec.SECP384R1()) # SAFE CWE-326
    return small_rsa, small_dsa, weak_curve, ok_rsa, ok_curve


def wrap_key(public_key, secret):
    return public_key.encrypt(secret, padding.PKCS1v15()) # VULN CWE-780


def wrap_key_ok(public_key, secret):
    return public_key.encrypt(secret, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)) # SAFE CWE-780


def sign_doc(private_key, doc):
    return private_key.sign(doc, padding.PKCS1v15(), hashes.SHA256()) # SAFE CWE-780
`,
  ),
  // ---------------------------------------------------------------- pycryptodome
  ...rules(
    "CWE-327",
    "batch94: pycryptodome ciphers, modes, IVs, key sizes, padding and KDF counts",
    `
from Crypto.Cipher import AES, ARC2, CAST, DES3, PKCS1_OAEP, PKCS1_v1_5, Blowfish
from Crypto.Hash import SHA256
from Crypto.Protocol.KDF import PBKDF2, scrypt
from Crypto.PublicKey import DSA, ECC, RSA
from Crypto.Random import get_random_bytes
from Crypto.Random import random as crypto_random
from Crypto.Util.Padding import pad

STATIC_IV = b"0000000000000000"


def enc_ecb(key, data):
    return AES.new(key, AES.MODE_ECB).encrypt(pad(data, 16)) # VULN


def enc_3des(key, data):
    return DES3.new(key, DES3.MODE_CBC, iv=get_random_bytes(8)).encrypt(pad(data, 8)) # VULN


def enc_arc2(key, data):
    return ARC2.new(key, ARC2.MODE_CFB, iv=get_random_bytes(8)).encrypt(data) # VULN


def enc_cast(key, data):
    return CAST.new(key, CAST.MODE_OFB, iv=get_random_bytes(8)).encrypt(data) # VULN


def enc_blowfish(key, data):
    return Blowfish.new(key, Blowfish.MODE_CBC, iv=get_random_bytes(8)).encrypt(pad(data, 8)) # VULN


def enc_static_iv(key, data):
    return AES.new(key, AES.MODE_CBC, iv=STATIC_IV).encrypt(pad(data, 16)) # VULN CWE-329


def enc_static_nonce(key, data):
    cipher = AES.new(key, AES.MODE_GCM, nonce=b"fixednonce12") # VULN CWE-329
    return cipher.encrypt_and_digest(data)


def enc_gcm(key, data):
    cipher = AES.new(key, AES.MODE_GCM) # SAFE
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct


def enc_cbc(key, data):
    iv = get_random_bytes(16)
    return iv + AES.new(key, AES.MODE_CBC, iv=iv).encrypt(pad(data, 16)) # SAFE


def make_keys():
    rsa_small = RSA.generate(1024) # VULN CWE-326
    dsa_small = DSA.generate(1024) # VULN CWE-326
    ecc_small = ECC.generate(curve="P-192") # VULN CWE-326
    rsa_ok = RSA.generate(3072) # SAFE CWE-326
    ecc_ok = ECC.generate(curve="P-256") # SAFE CWE-326
    return rsa_small, dsa_small, ecc_small, rsa_ok, ecc_ok


def wrap(pub, secret):
    return PKCS1_v1_5.new(pub).encrypt(secret) # VULN CWE-780


def wrap_ok(pub, secret):
    return PKCS1_OAEP.new(pub, hashAlgo=SHA256).encrypt(secret) # SAFE CWE-780


def derive_few(password, salt):
    return PBKDF2(password, salt, dkLen=32, count=1000) # VULN CWE-916


def derive_scrypt_small(password, salt):
    return scrypt(password, salt, key_len=32, N=2**8, r=8, p=1) # VULN CWE-916


def derive_ok(password, salt):
    return PBKDF2(password, salt, dkLen=32, count=600000, hmac_hash_module=SHA256) # SAFE CWE-916


def pick_otp():
    return crypto_random.randint(100000, 999999) # SAFE CWE-338
`,
  ),
  // ---------------------------------------------------------------- TLS
  ...rules(
    "CWE-295",
    "batch94: ssl contexts, protocol floors, cipher strings and HTTP clients with verification off",
    `
import asyncio
import ssl

import aiohttp
import httpx
import requests
import urllib3

CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"


def legacy_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1_1) # VULN CWE-327
    return ctx


def floor_too_low():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1 # VULN CWE-327
    return ctx


def floor_ok():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2 # SAFE CWE-327
    return ctx


def weak_ciphers():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("ALL:@SECLEVEL=0") # VULN CWE-327
    return ctx


def strong_ciphers():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20") # SAFE CWE-327
    return ctx


def no_verify_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False # VULN
    ctx.verify_mode = ssl.CERT_NONE # VULN
    return ctx


def internal_ca_context():
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    ctx.check_hostname = True # SAFE
    ctx.verify_mode = ssl.CERT_REQUIRED # SAFE
    return ctx


def server_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER) # SAFE
    ctx.load_cert_chain("/etc/app/tls.crt", "/etc/app/tls.key")
    return ctx


def global_unverified():
    ssl._create_default_https_context = ssl._create_unverified_context # VULN


def session_fetch(url):
    s = requests.Session()
    s.verify = False # VULN
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    return s.get(url, timeout=10)


def session_internal(url):
    s = requests.Session()
    s.verify = CA_BUNDLE # SAFE
    return s.get(url, timeout=10)


def pool_fetch(url):
    pool = urllib3.PoolManager(cert_reqs="CERT_NONE") # VULN
    return pool.request("GET", url)


def pool_no_hostname(url):
    pool = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=CA_BUNDLE, assert_hostname=False) # VULN CWE-297
    return pool.request("GET", url)


def pool_ok(url):
    pool = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=CA_BUNDLE) # SAFE
    return pool.request("GET", url)


def httpx_fetch(url):
    with httpx.Client(verify=False, timeout=10) as client: # VULN
        return client.get(url).text


def httpx_ok(url):
    with httpx.Client(verify=CA_BUNDLE, timeout=10) as client: # SAFE
        return client.get(url).text


async def httpx_async(url):
    async with httpx.AsyncClient(verify=False) as client: # VULN
        return (await client.get(url)).text


async def aiohttp_connector(url):
    conn = aiohttp.TCPConnector(ssl=False) # VULN
    async with aiohttp.ClientSession(connector=conn) as session:
        async with session.get(url) as resp:
            return await resp.text()


async def aiohttp_per_request(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, verify_ssl=False) as resp: # VULN
            return await resp.text()


async def aiohttp_ok(url):
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=ctx)) as session: # SAFE
        async with session.get(url) as resp:
            return await resp.text()


async def raw_stream(host):
    reader, writer = await asyncio.open_connection(host, 443, ssl=ssl._create_unverified_context()) # VULN
    writer.close()
    return reader
`,
  ),
  // ---------------------------------------------------------------- cleartext protocols / SSH
  ...rules(
    "CWE-319",
    "batch94: mail, FTP and telnet logins without TLS; paramiko and asyncssh host-key policies",
    `
import ftplib
import imaplib
import poplib
import smtplib
import ssl
import telnetlib

import asyncssh
import paramiko


def fetch_inbox(host, user, password):
    box = imaplib.IMAP4(host) # VULN
    box.login(user, password)
    return box.select("INBOX")


def fetch_inbox_tls(host, user, password):
    box = imaplib.IMAP4_SSL(host, ssl_context=ssl.create_default_context()) # SAFE
    box.login(user, password)
    return box.select("INBOX")


def pop_count(host, user, password):
    conn = poplib.POP3(host) # VULN
    conn.user(user)
    conn.pass_(password)
    return conn.stat()


def pop_count_tls(host, user, password):
    conn = poplib.POP3_SSL(host, context=ssl.create_default_context()) # SAFE
    conn.user(user)
    conn.pass_(password)
    return conn.stat()


def send_plain(host, user, password, msg):
    server = smtplib.SMTP(host, 587) # VULN
    server.login(user, password)
    server.send_message(msg)
    server.quit()


def send_starttls(host, user, password, msg):
    server = smtplib.SMTP(host, 587) # SAFE
    server.starttls(context=ssl.create_default_context())
    server.login(user, password)
    server.send_message(msg)
    server.quit()


def upload_report(host, user, password, path):
    ftp = ftplib.FTP(host) # VULN
    ftp.login(user, password)
    with open(path, "rb") as fh:
        ftp.storbinary("STOR report.csv", fh)


def upload_report_tls(host, user, password, path):
    ftp = ftplib.FTP_TLS(host, context=ssl.create_default_context()) # SAFE
    ftp.login(user, password)
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary("STOR report.csv", fh)


def reboot_switch(host, password):
    tn = telnetlib.Telnet(host, 23, timeout=10) # VULN
    tn.read_until(b"Password: ")
    tn.write(password.encode() + b"\\n")
    tn.write(b"reload\\n")


def ssh_run(host, command):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.WarningPolicy()) # VULN CWE-295
    client.connect(host, username="deploy")
    return client.exec_command(command)


def ssh_run_auto(host, command):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.client.AutoAddPolicy) # VULN CWE-295
    client.connect(host, username="deploy")
    return client.exec_command(command)


def ssh_run_known(host, command):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy()) # SAFE CWE-295
    client.connect(host, username="deploy")
    return client.exec_command(command)


async def ssh_async(host, command):
    async with asyncssh.connect(host, username="deploy", known_hosts=None) as conn: # VULN CWE-295
        return await conn.run(command)


async def ssh_async_known(host, command):
    async with asyncssh.connect(host, username="deploy", known_hosts="/etc/ssh/ssh_known_hosts") as conn: # SAFE CWE-295
        return await conn.run(command)
`,
  ),
  // ---------------------------------------------------------------- boto3 ACLs
  ...rules(
    "CWE-732",
    "batch94: boto3 objects and buckets made public by canned ACL, grants or bucket policy",
    `
import json

import boto3

s3 = boto3.client("s3")
BUCKET = "acme-reports"


def publish_report(key, body):
    s3.put_object(Bucket=BUCKET, Key=key, Body=body, ACL="public-read") # VULN


def publish_writable(key, body):
    s3.put_object(Bucket=BUCKET, Key=key, Body=body, ACL="public-read-write") # VULN


def store_private(key, body):
    s3.put_object(Bucket=BUCKET, Key=key, Body=body, ACL="private", ServerSideEncryption="aws:kms") # SAFE


def upload_file_public(path, key):
    s3.upload_file(path, BUCKET, key, ExtraArgs={"ACL": "public-read"}) # VULN


def upload_file_owner(path, key):
    s3.upload_file(path, BUCKET, key, ExtraArgs={"ACL": "bucket-owner-full-control"}) # SAFE


def open_existing(key):
    s3.put_object_acl(Bucket=BUCKET, Key=key, ACL="public-read") # VULN


def grant_everyone(key):
    s3.put_object_acl(Bucket=BUCKET, Key=key, GrantRead="uri=http://acs.amazonaws.com/groups/global/AllUsers") # VULN


def grant_partner(key, partner_id):
    s3.put_object_acl(Bucket=BUCKET, Key=key, GrantRead=f"id={partner_id}") # SAFE


def new_public_bucket(name):
    s3.create_bucket(Bucket=name, ACL="public-read") # VULN


def new_bucket(name):
    s3.create_bucket(Bucket=name) # SAFE


def bucket_resource_acl(name):
    bucket = boto3.resource("s3").Bucket(name)
    bucket.Acl().put(ACL="public-read") # VULN


def open_policy(name):
    policy = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{name}/*"}]} # VULN
    s3.put_bucket_policy(Bucket=name, Policy=json.dumps(policy))


def account_policy(name, account):
    policy = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:root"}, "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{name}/*"}]} # SAFE
    s3.put_bucket_policy(Bucket=name, Policy=json.dumps(policy))


def share_link(key):
    return s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=900) # SAFE
`,
  ),
  // ---------------------------------------------------------------- hashlib for passwords
  ...rules(
    "CWE-916",
    "batch94: passwords hashed with hashlib digests, few PBKDF2 rounds or tiny scrypt costs; checksums beside them",
    `
import hashlib
import hmac
import os

from flask import Flask, request

app = Flask(__name__)
USERS = {}


@app.route("/register", methods=["POST"])
def register():
    password = request.form["password"]
    USERS[request.form["user"]] = hashlib.sha256(password.encode()).hexdigest() # VULN
    return "ok"


def store_md5(user, password):
    USERS[user] = hashlib.md5(password.encode("utf-8")).hexdigest() # VULN


def store_sha1_salted(user, password):
    salt = os.urandom(16)
    USERS[user] = salt.hex() + hashlib.sha1(salt + password.encode()).hexdigest() # VULN


def store_sha512_new(user, pw):
    h = hashlib.new("sha512")
    h.update(pw.encode()) # VULN
    USERS[user] = h.hexdigest()


def store_blake2(user, password):
    USERS[user] = hashlib.blake2b(password.encode(), digest_size=32).hexdigest() # VULN


def store_pbkdf2_few(user, password):
    salt = os.urandom(16)
    USERS[user] = (salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)) # VULN


def store_pbkdf2_sha1(user, password):
    salt = os.urandom(16)
    USERS[user] = (salt, hashlib.pbkdf2_hmac("sha1", password.encode(), salt, 310000)) # VULN


def store_scrypt_small(user, password):
    salt = os.urandom(16)
    USERS[user] = (salt, hashlib.scrypt(password.encode(), salt=salt, n=16, r=1, p=1)) # VULN


def store_pbkdf2_ok(user, password):
    salt = os.urandom(16)
    USERS[user] = (salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)) # SAFE


def store_scrypt_ok(user, password):
    salt = os.urandom(16)
    USERS[user] = (salt, hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)) # SAFE


def file_digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest() # SAFE


def etag(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest() # SAFE CWE-327


def cache_key(url):
    return hashlib.sha1(url.encode()).hexdigest() # SAFE CWE-327


def sign(secret, payload):
    return hmac.new(secret, payload, hashlib.sha256).hexdigest() # SAFE


def check_login(user, password):
    return hmac.compare_digest(USERS[user], hashlib.sha256(password.encode()).hexdigest()) # VULN
`,
  ),
  // ---------------------------------------------------------------- file modes
  ...rules(
    "CWE-732",
    "batch94: world-writable files and directories through os, pathlib and umask; private twins",
    `
import os
import stat
import tempfile
from pathlib import Path

DATA = Path("/var/lib/acme")


def make_spool():
    os.makedirs("/var/spool/acme/outgoing", mode=0o777, exist_ok=True) # VULN


def make_spool_private():
    os.makedirs("/var/spool/acme/outgoing", mode=0o750, exist_ok=True) # SAFE


def make_cache():
    (DATA / "cache").mkdir(mode=0o777, parents=True, exist_ok=True) # VULN


def make_cache_private():
    (DATA / "cache").mkdir(mode=0o700, parents=True, exist_ok=True) # SAFE


def touch_lock():
    (DATA / "run.lock").touch(mode=0o666) # VULN


def write_token(token):
    fd = os.open(DATA / "token", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666) # VULN
    with os.fdopen(fd, "w") as fh:
        fh.write(token)


def write_token_private(token):
    fd = os.open(DATA / "token", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600) # SAFE
    with os.fdopen(fd, "w") as fh:
        fh.write(token)


def share_report(path):
    Path(path).chmod(0o777) # VULN


def share_report_group(path):
    Path(path).chmod(0o640) # SAFE


def open_socket_file(path):
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO) # VULN


def open_socket_bits(path):
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IWOTH) # VULN


def private_socket(path):
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR) # SAFE


def daemonize():
    os.umask(0) # VULN


def daemonize_strict():
    os.umask(0o077) # SAFE


def fifo():
    os.mkfifo("/tmp/acme.fifo", 0o666) # VULN


def scratch_name():
    return tempfile.mktemp(suffix=".csv") # VULN CWE-377


def scratch_file():
    return tempfile.mkstemp(suffix=".csv") # SAFE CWE-377


def fchmod_open(fh):
    os.fchmod(fh.fileno(), 0o777) # VULN
`,
  ),
  // ---------------------------------------------------------------- XML parsers
  ...rules(
    "CWE-611",
    "batch94: lxml and xml.sax / pulldom parsers configured to resolve external entities; hardened twins",
    `
import xml.dom.pulldom
import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes

import defusedxml.ElementTree as safe_et
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


class Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []


@app.route("/import", methods=["POST"])
def import_lxml():
    parser = etree.XMLParser(resolve_entities=True, no_network=False) # VULN
    root = etree.fromstring(request.data, parser)
    return root.tag


@app.route("/import-dtd", methods=["POST"])
def import_dtd():
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True) # VULN
    return etree.fromstring(request.data, parser).tag


@app.route("/import-safe", methods=["POST"])
def import_safe():
    parser = etree.XMLParser(resolve_entities=False, no_network=True) # SAFE
    return etree.fromstring(request.data, parser).tag


@app.route("/sax", methods=["POST"])
def sax_import():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True) # VULN
    handler = Collector()
    parser.setContentHandler(handler)
    parser.parse(request.files["doc"])
    return str(len(handler.names))


@app.route("/sax-pes", methods=["POST"])
def sax_pes():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_pes, True) # VULN
    parser.setContentHandler(Collector())
    parser.parse(request.files["doc"])
    return "ok"


@app.route("/sax-safe", methods=["POST"])
def sax_safe():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False) # SAFE
    parser.setContentHandler(Collector())
    parser.parse(request.files["doc"])
    return "ok"


@app.route("/pulldom", methods=["POST"])
def pulldom_import():
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, 1) # VULN
    events = xml.dom.pulldom.parseString(request.data.decode(), parser)
    return str(sum(1 for _ in events))


@app.route("/defused", methods=["POST"])
def defused():
    return safe_et.fromstring(request.data).tag # SAFE
`,
  ),
  // ---------------------------------------------------------------- logging
  ...rules(
    "CWE-532",
    "batch94: secrets written to logs through logging, loguru and print; masked twins; logging.config.listen",
    `
import logging
import logging.config

from loguru import logger as log

logger = logging.getLogger("auth")


def login(username, password):
    logger.info("login attempt user=%s password=%s", username, password) # VULN
    logger.info("login attempt user=%s", username) # SAFE


def refresh(client_id, refresh_token):
    logger.debug(f"refreshing client {client_id} with token {refresh_token}") # VULN
    logger.debug("refreshing client %s", client_id) # SAFE


def connect(api_key):
    log.info("connecting with api key {}", api_key) # VULN
    log.info("connecting with api key ending {}", api_key[-4:]) # SAFE


def save_card(card_number, cvv):
    logging.warning("card %s cvv %s declined", card_number, cvv) # VULN


def configure(settings):
    logger.info("db password is %s", settings["DB_PASSWORD"]) # VULN
    logger.info("db host is %s", settings["DB_HOST"]) # SAFE


def reset(email, reset_token):
    print("reset token for", email, "is", reset_token) # VULN


def start_config_listener():
    t = logging.config.listen(9030) # VULN CWE-94
    t.start()
    return t


def load_config():
    logging.config.fileConfig("/etc/acme/logging.ini", disable_existing_loggers=False) # SAFE CWE-94
`,
  ),
  // ---------------------------------------------------------------- keys in source, asserts as checks
  ...rules(
    "CWE-321",
    "batch94: Fernet / AES / HMAC keys written in the source; asserts used as permission checks",
    `
import base64
import hashlib
import hmac
import os

from Crypto.Cipher import AES
from cryptography.fernet import Fernet
from flask import Flask, abort, g, request

app = Flask(__name__)

FERNET_KEY = b"ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg="
box = Fernet(FERNET_KEY) # VULN
inline_box = Fernet(b"q4t7w!z%C*F-JaNdRgUkXp2s5v8y/B?E=") # VULN
env_box = Fernet(os.environ["FERNET_KEY"].encode()) # SAFE
fresh_box = Fernet(Fernet.generate_key()) # SAFE

AES_KEY = b"0123456789abcdef0123456789abcdef"


def seal(data):
    cipher = AES.new(AES_KEY, AES.MODE_GCM) # VULN
    return cipher.encrypt_and_digest(data)


def seal_env(data):
    cipher = AES.new(base64.b64decode(os.environ["AES_KEY"]), AES.MODE_GCM) # SAFE
    return cipher.encrypt_and_digest(data)


def sign_webhook(body):
    return hmac.new(b"whsec_live_4f1c2e9a7b", body, hashlib.sha256).hexdigest() # VULN


def sign_webhook_env(body):
    return hmac.new(os.environ["WEBHOOK_SECRET"].encode(), body, hashlib.sha256).hexdigest() # SAFE


@app.route("/admin/purge", methods=["POST"])
def purge():
    assert g.user.is_admin, "admins only" # VULN CWE-617
    return "purged"


@app.route("/admin/purge2", methods=["POST"])
def purge_checked():
    if not g.user.is_admin:
        abort(403) # SAFE CWE-617
    return "purged"


@app.route("/transfer", methods=["POST"])
def transfer():
    amount = int(request.form["amount"])
    assert g.user.has_perm("payments.transfer") # VULN CWE-617
    assert amount > 0 # SAFE CWE-617
    return "ok"
`,
  ),
  // ================================================================ part 2 (p2), written blind after part 1 was
  // measured: the same misuse in other frameworks and through indirection (config classes, dicts, kwargs splats).
  ...rules(
    "CWE-614",
    "batch94: p2 Flask config classes and mappings loaded with from_object / from_mapping",
    `
import os

from flask import Flask


class BaseConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SESSION_COOKIE_SAMESITE = "Lax"


class ProductionConfig(BaseConfig):
    DEBUG = True # VULN CWE-215
    SESSION_COOKIE_SECURE = False # VULN
    SESSION_COOKIE_HTTPONLY = False # VULN CWE-1004
    WTF_CSRF_ENABLED = False # VULN CWE-352
    REMEMBER_COOKIE_HTTPONLY = True # SAFE CWE-1004


class StrictConfig(BaseConfig):
    DEBUG = False # SAFE CWE-215
    SESSION_COOKIE_SECURE = True # SAFE
    WTF_CSRF_ENABLED = True # SAFE CWE-352


INSECURE = {"SESSION_COOKIE_SECURE": False, "SECRET_KEY": "flask-insecure-7d1f0c"} # VULN


def create_app(strict=False):
    app = Flask(__name__)
    app.config.from_object(StrictConfig if strict else ProductionConfig)
    app.config.from_mapping(SESSION_COOKIE_SECURE=False) # VULN
    app.config.from_mapping(SECRET_KEY="mapping-secret-key-123") # VULN CWE-798
    app.config.from_mapping(SECRET_KEY=os.urandom(32)) # SAFE CWE-798
    app.config.update(dict(SESSION_COOKIE_HTTPONLY=False)) # VULN CWE-1004
    app.config.update(INSECURE)
    return app
`,
  ),
  ...rules(
    "CWE-215",
    "batch94: p2 Tornado, Bottle, CherryPy and Sanic debug, cookie, xsrf and binding switches",
    `
import os

import bottle
import cherrypy
import tornado.ioloop
import tornado.web
from sanic import Sanic


class MainHandler(tornado.web.RequestHandler):
    def get(self):
        self.set_cookie("session", self.get_argument("sid")) # VULN CWE-614
        self.set_secure_cookie("user", "alice", httponly=True, secure=True) # SAFE CWE-614
        self.write("hi")


def make_tornado():
    return tornado.web.Application([(r"/", MainHandler)], debug=True, cookie_secret="tornado-cookie-secret-42") # VULN


def make_tornado_xsrf_off():
    return tornado.web.Application([(r"/", MainHandler)], xsrf_cookies=False, cookie_secret=os.environ["COOKIE_SECRET"]) # VULN CWE-352


def make_tornado_ok():
    return tornado.web.Application([(r"/", MainHandler)], xsrf_cookies=True, cookie_secret=os.environ["COOKIE_SECRET"]) # SAFE


def make_tornado_autoreload():
    return tornado.web.Application([(r"/", MainHandler)], autoreload=True, serve_traceback=True) # VULN


@bottle.route("/hello")
def hello():
    bottle.response.set_cookie("account", "alice", secret="bottle-signing-key") # VULN CWE-798
    return "hi"


def run_bottle():
    bottle.debug(True) # VULN
    bottle.run(host="127.0.0.1", port=8080, debug=True) # VULN


def run_bottle_quiet():
    bottle.run(host="127.0.0.1", port=8080, debug=False) # SAFE


def run_cherrypy():
    cherrypy.config.update({"environment": "production", "request.show_tracebacks": True}) # VULN
    cherrypy.config.update({"tools.sessions.on": True, "tools.sessions.secure": False}) # VULN CWE-614
    cherrypy.config.update({"tools.sessions.on": True, "tools.sessions.secure": True, "tools.sessions.httponly": True}) # SAFE CWE-614


sanic_app = Sanic("svc")


def run_sanic():
    sanic_app.run(host="127.0.0.1", port=8000, debug=True) # VULN
    sanic_app.run(host="127.0.0.1", port=8000, dev=True) # VULN


def run_sanic_prod():
    sanic_app.run(host="127.0.0.1", port=8000, fast=True) # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch94: p2 Pyramid, aiohttp-session, Falcon and itsdangerous secrets and weak session settings",
    `
import base64
import os

import falcon
from aiohttp import web
from aiohttp_session import SimpleCookieStorage, setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from itsdangerous import URLSafeTimedSerializer
from pyramid.authentication import AuthTktAuthenticationPolicy
from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory


def pyramid_app():
    config = Configurator()
    config.set_session_factory(SignedCookieSessionFactory("itsaseekreet")) # VULN
    config.set_session_factory(SignedCookieSessionFactory(os.environ["SESSION_SECRET"], secure=True, httponly=True)) # SAFE
    policy = AuthTktAuthenticationPolicy("sosecret", hashalg="sha512") # VULN
    policy_md5 = AuthTktAuthenticationPolicy(os.environ["AUTH_SECRET"], hashalg="md5") # VULN CWE-328
    return config, policy, policy_md5


def pyramid_insecure_cookie():
    return SignedCookieSessionFactory(os.environ["SESSION_SECRET"], secure=False) # VULN CWE-614


def aiohttp_app():
    app = web.Application()
    setup(app, EncryptedCookieStorage(b"Thirty  two  length  bytes  key.")) # VULN
    return app


def aiohttp_app_env():
    app = web.Application()
    setup(app, EncryptedCookieStorage(base64.urlsafe_b64decode(os.environ["SESSION_KEY"]))) # SAFE
    return app


def aiohttp_app_plain():
    app = web.Application()
    setup(app, SimpleCookieStorage()) # VULN CWE-565
    return app


serializer = URLSafeTimedSerializer("reset-password-salt-key") # VULN
env_serializer = URLSafeTimedSerializer(os.environ["SIGNING_KEY"], salt="password-reset") # SAFE


class Login:
    def on_post(self, req, resp):
        resp.set_cookie("session", req.get_param("sid"), secure=False) # VULN CWE-614
        resp.set_cookie("session", req.get_param("sid"), http_only=True) # SAFE CWE-614


falcon_app = falcon.App()
falcon_app.add_route("/login", Login())
falcon_app.resp_options.secure_cookies_by_default = False # VULN CWE-614
`,
  ),
  ...rules(
    "CWE-295",
    "batch94: p2 verification switched off through contexts handed to urllib, http.client, smtplib, requests adapters and kwargs dicts",
    `
import http.client
import smtplib
import ssl
import urllib.request

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.ssl_ import create_urllib3_context

UNVERIFIED = ssl._create_unverified_context()
REQUEST_OPTS = {"timeout": 10, "verify": False}
SAFE_OPTS = {"timeout": 10, "verify": "/etc/ssl/certs/ca.pem"}


def fetch_urllib(url):
    return urllib.request.urlopen(url, context=ssl._create_unverified_context()).read() # VULN


def fetch_urllib_module_ctx(url):
    return urllib.request.urlopen(url, context=UNVERIFIED).read() # VULN


def fetch_urllib_ok(url):
    return urllib.request.urlopen(url, context=ssl.create_default_context(), timeout=10).read() # SAFE


def status(host):
    conn = http.client.HTTPSConnection(host, 443, context=ssl._create_unverified_context()) # VULN
    conn.request("GET", "/health")
    return conn.getresponse().status


def status_ok(host):
    conn = http.client.HTTPSConnection(host, 443, context=ssl.create_default_context()) # SAFE
    conn.request("GET", "/health")
    return conn.getresponse().status


def relaxed_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False # VULN
    ctx.verify_mode = ssl.CERT_NONE # VULN
    return ctx


def send_mail(host, user, password, msg):
    with smtplib.SMTP_SSL(host, 465, context=relaxed_context()) as smtp: # VULN
        smtp.login(user, password)
        smtp.send_message(msg)


def send_mail_ok(host, user, password, msg):
    with smtplib.SMTP_SSL(host, 465, context=ssl.create_default_context()) as smtp: # SAFE
        smtp.login(user, password)
        smtp.send_message(msg)


class NoVerifyAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context()
        ctx.check_hostname = False # VULN
        ctx.verify_mode = ssl.CERT_NONE # VULN
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


def session_with_adapter(url):
    s = requests.Session()
    s.mount("https://", NoVerifyAdapter())
    return s.get(url, timeout=10)


def fetch_kwargs(url):
    return requests.get(url, **REQUEST_OPTS) # VULN


def fetch_kwargs_ok(url):
    return requests.get(url, **SAFE_OPTS) # SAFE


def fetch_flag(url, insecure=False):
    return requests.get(url, timeout=10, verify=not insecure) # SAFE


def fetch_env(url):
    import os

    return requests.post(url, json={}, timeout=10, verify=os.environ.get("CA_BUNDLE", True)) # SAFE


def wrap(sock, host):
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE) # VULN
`,
  ),
  ...rules(
    "CWE-916",
    "batch94: p2 password hashing libraries with weak schemes or work factors; strong twins",
    `
import bcrypt
from argon2 import PasswordHasher
from passlib.context import CryptContext
from passlib.hash import md5_crypt, sha256_crypt
from werkzeug.security import check_password_hash, generate_password_hash

legacy_ctx = CryptContext(schemes=["md5_crypt", "des_crypt"]) # VULN
modern_ctx = CryptContext(schemes=["argon2", "bcrypt"], deprecated="auto") # SAFE
weak_argon = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1) # VULN
argon = PasswordHasher() # SAFE


def hash_bcrypt_fast(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4)) # VULN


def hash_bcrypt(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12)) # SAFE


def hash_md5_crypt(password):
    return md5_crypt.hash(password) # VULN


def hash_sha256_crypt_few(password):
    return sha256_crypt.using(rounds=1000).hash(password) # VULN


def hash_werkzeug_weak(password):
    return generate_password_hash(password, method="pbkdf2:sha256:1000") # VULN


def hash_werkzeug_plain(password):
    return generate_password_hash(password, method="plain") # VULN


def hash_werkzeug(password):
    return generate_password_hash(password) # SAFE


def check(stored, password):
    return check_password_hash(stored, password) # SAFE


class User:
    def set_password(self, raw):
        import hashlib

        self.password_hash = hashlib.sha512(raw.encode()).hexdigest() # VULN

    def set_api_token_digest(self, token):
        import hashlib

        self.token_digest = hashlib.sha256(token.encode()).hexdigest() # SAFE
`,
  ),
  ...rules(
    "CWE-327",
    "batch94: p2 cipher, IV and key choices through constants, helpers and aliases",
    `
import os
import secrets

from Crypto.Cipher import AES as _AES
from Crypto.Cipher import DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.algorithms import TripleDES

ZERO_IV = bytes(16)
MODE = _AES.MODE_ECB
IV = os.urandom(16)


def legacy_des(key, data):
    return DES.new(key, DES.MODE_CBC, iv=os.urandom(8)).encrypt(data) # VULN


def aliased_ecb(key, data):
    return _AES.new(key, MODE).encrypt(data) # VULN


def aliased_ctr(key, data):
    cipher = _AES.new(key, _AES.MODE_CTR, nonce=secrets.token_bytes(8)) # SAFE
    return cipher.nonce + cipher.encrypt(data)


def zero_iv(key, data):
    enc = Cipher(algorithms.AES(key), modes.CBC(ZERO_IV)).encryptor() # VULN CWE-329
    return enc.update(data) + enc.finalize()


def zero_iv_inline(key, data):
    enc = Cipher(algorithms.AES(key), modes.CBC(b"\\x00" * 16)).encryptor() # VULN CWE-329
    return enc.update(data) + enc.finalize()


def reused_iv(key, data):
    enc = Cipher(algorithms.AES(key), modes.CBC(IV)).encryptor() # VULN CWE-329
    return enc.update(data) + enc.finalize()


def fresh_iv(key, data):
    iv = secrets.token_bytes(16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor() # SAFE CWE-329
    return iv + enc.update(data) + enc.finalize()


def triple_des(key, data):
    enc = Cipher(TripleDES(key), modes.CBC(os.urandom(8))).encryptor() # VULN
    return enc.update(data) + enc.finalize()


def arc4(key, data):
    enc = Cipher(algorithms.ARC4(key), mode=None).encryptor() # VULN
    return enc.update(data)


def chacha(key, data):
    nonce = os.urandom(16)
    enc = Cipher(algorithms.ChaCha20(key, nonce), mode=None).encryptor() # SAFE
    return nonce + enc.update(data)
`,
  ),
  ...rules(
    "CWE-502",
    "batch94: p2 YAML, jsonpickle, shelve, dill and pickle-backed caches fed from requests or sockets",
    `
import pickle
import shelve
import socketserver

import dill
import jsonpickle
import redis
import yaml
from flask import Flask, request
from flask_caching import Cache

app = Flask(__name__)
app.config["CACHE_TYPE"] = "RedisCache"
cache = Cache(app) # SAFE
r = redis.Redis()


@app.route("/config", methods=["POST"])
def upload_config():
    cfg = yaml.load(request.data, Loader=yaml.Loader) # VULN
    return str(len(cfg))


@app.route("/config-unsafe", methods=["POST"])
def upload_config_unsafe():
    cfg = yaml.unsafe_load(request.data) # VULN
    return str(len(cfg))


@app.route("/config-full", methods=["POST"])
def upload_config_full():
    cfg = yaml.load(request.data, Loader=yaml.FullLoader) # VULN
    return str(len(cfg))


@app.route("/config-safe", methods=["POST"])
def upload_config_safe():
    cfg = yaml.load(request.data, Loader=yaml.SafeLoader) # SAFE
    return str(len(cfg))


@app.route("/state", methods=["POST"])
def restore_state():
    obj = jsonpickle.decode(request.get_data(as_text=True)) # VULN
    return str(type(obj))


@app.route("/fn", methods=["POST"])
def restore_fn():
    fn = dill.loads(request.get_data()) # VULN
    return str(fn())


@app.route("/profile/<user>")
def profile(user):
    raw = r.get(f"profile:{user}")
    return str(pickle.loads(raw)) if raw else "{}" # VULN


@app.route("/shelf")
def shelf():
    with shelve.open(request.args["db"]) as db: # VULN
        return str(list(db.keys()))


class JobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        job = pickle.load(self.rfile) # VULN
        self.wfile.write(repr(job).encode())


@cache.cached(timeout=60)
def cached_view():
    return "hello"
`,
  ),
  // ================================================================ part 3 (p3), written blind after part 2 was
  // measured: database, cache, search, broker, RPC and directory clients with TLS checks off or no TLS at all.
  ...rules(
    "CWE-295",
    "batch94: p3 MongoDB, Redis, PostgreSQL, MySQL, Elasticsearch, Kafka and RabbitMQ clients with certificate checks off",
    `
import os
import ssl

import mysql.connector
import pika
import psycopg2
import pymongo
import redis
from elasticsearch import Elasticsearch
from kafka import KafkaConsumer, KafkaProducer

CA = "/etc/ssl/certs/internal-ca.pem"


def mongo():
    return pymongo.MongoClient(os.environ["MONGO_URL"], tls=True, tlsAllowInvalidCertificates=True) # VULN


def mongo_hostnames():
    return pymongo.MongoClient(os.environ["MONGO_URL"], tls=True, tlsAllowInvalidHostnames=True) # VULN CWE-297


def mongo_insecure():
    return pymongo.MongoClient(os.environ["MONGO_URL"], tlsInsecure=True) # VULN


def mongo_ok():
    return pymongo.MongoClient(os.environ["MONGO_URL"], tls=True, tlsCAFile=CA) # SAFE


def cache():
    return redis.Redis(host="cache.internal", port=6380, ssl=True, ssl_cert_reqs=None) # VULN


def cache_none_str():
    return redis.StrictRedis(host="cache.internal", port=6380, ssl=True, ssl_cert_reqs="none") # VULN


def cache_ok():
    return redis.Redis(host="cache.internal", port=6380, ssl=True, ssl_cert_reqs="required", ssl_ca_certs=CA) # SAFE


def pg():
    return psycopg2.connect(host="db.internal", dbname="app", user="app", password=os.environ["PGPASSWORD"], sslmode="require") # VULN


def pg_ok():
    return psycopg2.connect(host="db.internal", dbname="app", user="app", password=os.environ["PGPASSWORD"], sslmode="verify-full", sslrootcert=CA) # SAFE


def mysql_conn():
    return mysql.connector.connect(host="db.internal", user="app", password=os.environ["DB_PW"], ssl_verify_cert=False, ssl_ca=CA) # VULN


def search():
    return Elasticsearch("https://search.internal:9200", verify_certs=False, basic_auth=("app", os.environ["ES_PW"])) # VULN


def search_ok():
    return Elasticsearch("https://search.internal:9200", ca_certs=CA, basic_auth=("app", os.environ["ES_PW"])) # SAFE


def producer():
    return KafkaProducer(bootstrap_servers="kafka:9093", security_protocol="SSL", ssl_check_hostname=False, ssl_cafile=CA) # VULN CWE-297


def consumer():
    ctx = ssl.create_default_context(cafile=CA)
    ctx.check_hostname = False # VULN CWE-297
    ctx.verify_mode = ssl.CERT_NONE # VULN
    return KafkaConsumer("events", bootstrap_servers="kafka:9093", security_protocol="SSL", ssl_context=ctx)


def rabbit():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False # VULN CWE-297
    ctx.verify_mode = ssl.CERT_NONE # VULN
    params = pika.ConnectionParameters("rabbit.internal", 5671, ssl_options=pika.SSLOptions(ctx))
    return pika.BlockingConnection(params)


def rabbit_ok():
    ctx = ssl.create_default_context(cafile=CA)
    params = pika.ConnectionParameters("rabbit.internal", 5671, ssl_options=pika.SSLOptions(ctx, "rabbit.internal")) # SAFE
    return pika.BlockingConnection(params)
`,
  ),
  ...rules(
    "CWE-319",
    "batch94: p3 cleartext channels: gRPC, XML-RPC, websockets, LDAP, SMTP/LMTP and HTTP basic auth over http",
    `
import os
import smtplib
import ssl
import xmlrpc.client

import grpc
import ldap
import requests
import websocket
from ldap3 import Connection, Server
from requests.auth import HTTPBasicAuth

API_USER = os.environ["API_USER"]
API_PASSWORD = os.environ["API_PASSWORD"]


def billing_stub(stub_cls):
    channel = grpc.insecure_channel("billing.prod.example.com:443") # VULN
    return stub_cls(channel)


def billing_stub_tls(stub_cls):
    channel = grpc.secure_channel("billing.prod.example.com:443", grpc.ssl_channel_credentials()) # SAFE
    return stub_cls(channel)


def rpc_login():
    proxy = xmlrpc.client.ServerProxy(f"http://{API_USER}:{API_PASSWORD}@erp.example.com/xmlrpc/2/common") # VULN
    return proxy.version()


def rpc_login_tls():
    proxy = xmlrpc.client.ServerProxy(f"https://{API_USER}:{API_PASSWORD}@erp.example.com/xmlrpc/2/common") # SAFE
    return proxy.version()


def stream_prices(token):
    ws = websocket.create_connection("ws://feed.example.com/prices", header=[f"Authorization: Bearer {token}"]) # VULN
    return ws.recv()


def stream_prices_unverified(token):
    ws = websocket.create_connection("wss://feed.example.com/prices", sslopt={"cert_reqs": ssl.CERT_NONE}) # VULN CWE-295
    return ws.recv()


def stream_prices_ok(token):
    ws = websocket.create_connection("wss://feed.example.com/prices", header=[f"Authorization: Bearer {token}"]) # SAFE
    return ws.recv()


def directory_bind(user_dn, password):
    server = Server("ldap.example.com", port=389, use_ssl=False)
    conn = Connection(server, user=user_dn, password=password) # VULN
    return conn.bind()


def directory_bind_tls(user_dn, password):
    server = Server("ldap.example.com", port=636, use_ssl=True)
    conn = Connection(server, user=user_dn, password=password) # SAFE
    return conn.bind()


def directory_python_ldap(user_dn, password):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER) # VULN CWE-295
    conn = ldap.initialize("ldaps://ldap.example.com")
    conn.simple_bind_s(user_dn, password)
    return conn


def fetch_report():
    return requests.get("http://reports.example.com/api/v1/daily", auth=(API_USER, API_PASSWORD), timeout=10) # VULN


def fetch_report_basic():
    return requests.get("http://reports.example.com/api/v1/daily", auth=HTTPBasicAuth(API_USER, API_PASSWORD), timeout=10) # VULN


def fetch_report_tls():
    return requests.get("https://reports.example.com/api/v1/daily", auth=(API_USER, API_PASSWORD), timeout=10) # SAFE


def fetch_local_metrics():
    return requests.get("http://127.0.0.1:9100/metrics", timeout=5) # SAFE


def deliver(msg):
    with smtplib.LMTP("mail.example.com", 24) as lmtp: # VULN
        lmtp.login(API_USER, API_PASSWORD)
        lmtp.send_message(msg)


def deliver_local(msg):
    with smtplib.SMTP("localhost", 25) as smtp: # SAFE
        smtp.send_message(msg)
`,
  ),
  ...rules(
    "CWE-611",
    "batch94: p3 XML from requests through xmltodict, minidom, iterparse and lxml options",
    `
import xml.dom.minidom

import xmltodict
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/orders", methods=["POST"])
def orders():
    doc = xmltodict.parse(request.data, disable_entities=False) # VULN CWE-776
    return str(len(doc))


@app.route("/orders-default", methods=["POST"])
def orders_default():
    doc = xmltodict.parse(request.data) # SAFE
    return str(len(doc))


@app.route("/feed", methods=["POST"])
def feed():
    count = 0
    for _event, _elem in etree.iterparse(request.files["feed"], resolve_entities=True, load_dtd=True): # VULN
        count += 1
    return str(count)


@app.route("/feed-safe", methods=["POST"])
def feed_safe():
    count = 0
    for _event, _elem in etree.iterparse(request.files["feed"], resolve_entities=False, no_network=True): # SAFE
        count += 1
    return str(count)


@app.route("/big", methods=["POST"])
def big():
    parser = etree.XMLParser(huge_tree=True, resolve_entities=True) # VULN
    return etree.fromstring(request.data, parser).tag


@app.route("/mini", methods=["POST"])
def mini():
    dom = xml.dom.minidom.parseString(request.data) # SAFE
    return dom.documentElement.tagName


@app.route("/network", methods=["POST"])
def network():
    parser = etree.XMLParser(no_network=False, dtd_validation=True) # VULN
    return etree.fromstring(request.data, parser).tag
`,
  ),
  // ================================================================ part 4 (p4), written blind after part 3 was
  // measured: lifetimes, password policy, upload limits and auth defaults set in framework configuration.
  ...rules(
    "CWE-613",
    "batch94: p4 flask-jwt-extended, Flask-Login and Flask session lifetimes and token switches",
    `
import os
from datetime import timedelta

from flask import Flask
from flask_jwt_extended import JWTManager, create_access_token
from flask_talisman import Talisman

app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = "super-secret-jwt-key" # VULN CWE-798
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = False # VULN
app.config["JWT_REFRESH_TOKEN_EXPIRES"] = timedelta(days=3650) # VULN
app.config["JWT_TOKEN_LOCATION"] = ["cookies"]
app.config["JWT_COOKIE_SECURE"] = False # VULN CWE-614
app.config["JWT_COOKIE_CSRF_PROTECT"] = False # VULN CWE-352
app.config["REMEMBER_COOKIE_DURATION"] = timedelta(days=3650) # VULN
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(days=365 * 10) # VULN
jwt = JWTManager(app)

api = Flask("api")
api.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"] # SAFE CWE-798
api.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(minutes=15) # SAFE
api.config["JWT_REFRESH_TOKEN_EXPIRES"] = timedelta(days=30) # SAFE
api.config["JWT_COOKIE_SECURE"] = True # SAFE CWE-614
api.config["JWT_COOKIE_CSRF_PROTECT"] = True # SAFE CWE-352
api.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=8) # SAFE
JWTManager(api)


def service_token(name):
    return create_access_token(identity=name, expires_delta=False) # VULN


def short_token(name):
    return create_access_token(identity=name, expires_delta=timedelta(minutes=10)) # SAFE


Talisman(app, force_https=False) # VULN CWE-319
Talisman(api, force_https=True, strict_transport_security=True) # SAFE CWE-319
`,
  ),
  ...rules(
    "CWE-613",
    "batch94: p4 Django session, reset-token, password-policy, upload and REST framework defaults",
    `
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False

INSTALLED_APPS = ["django.contrib.auth", "django.contrib.sessions", "rest_framework", "accounts"]
ROOT_URLCONF = "site.urls"

SESSION_COOKIE_AGE = 60 * 60 * 24 * 365 * 10 # VULN
SESSION_EXPIRE_AT_BROWSER_CLOSE = False
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 90 # VULN

AUTH_PASSWORD_VALIDATORS = [] # VULN CWE-521

DATA_UPLOAD_MAX_MEMORY_SIZE = None # VULN CWE-770
DATA_UPLOAD_MAX_NUMBER_FIELDS = None # VULN CWE-770
FILE_UPLOAD_PERMISSIONS = 0o666 # VULN CWE-732

EMAIL_HOST = "smtp.example.com"
EMAIL_PORT = 587
EMAIL_HOST_USER = "noreply@example.com"
EMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = False # VULN CWE-319

SECURE_REFERRER_POLICY = "unsafe-url" # VULN CWE-200

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"], # VULN CWE-862
}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": __import__("datetime").timedelta(days=3650), # VULN
    "SIGNING_KEY": "simple-jwt-signing-key-0001", # VULN CWE-798
}
`,
  ),
  ...rules(
    "CWE-613",
    "batch94: p4 Django settings with the safe choices for the same names",
    `
import os
from datetime import timedelta

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False

INSTALLED_APPS = ["django.contrib.auth", "django.contrib.sessions", "rest_framework", "accounts"]
ROOT_URLCONF = "site.urls"

SESSION_COOKIE_AGE = 60 * 60 * 8 # SAFE
PASSWORD_RESET_TIMEOUT = 60 * 60 # SAFE

AUTH_PASSWORD_VALIDATORS = [ # SAFE CWE-521
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024 # SAFE CWE-770
FILE_UPLOAD_PERMISSIONS = 0o640 # SAFE CWE-732

EMAIL_HOST = "smtp.example.com"
EMAIL_PORT = 587
EMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = True # SAFE CWE-319

SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin" # SAFE CWE-200

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"], # SAFE CWE-862
}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=5), # SAFE
    "REFRESH_TOKEN_LIFETIME": timedelta(days=1), # SAFE
    "SIGNING_KEY": os.environ["JWT_SIGNING_KEY"], # SAFE CWE-798
}
`,
  ),
  ...rules(
    "CWE-613",
    "batch94: p4 tokens minted with far or no expiry: itsdangerous max_age, PyJWT exp, python-jose and secrets",
    `
import datetime
import os
import time

import jwt
from itsdangerous import URLSafeTimedSerializer

SIGNER = URLSafeTimedSerializer(os.environ["SIGNING_KEY"], salt="email-confirm")
SECRET = os.environ["JWT_SECRET"]


def confirm_email(token):
    return SIGNER.loads(token, max_age=None) # VULN


def confirm_email_ok(token):
    return SIGNER.loads(token, max_age=3600) # SAFE


def mint_forever(user_id):
    return jwt.encode({"sub": user_id, "iat": int(time.time())}, SECRET, algorithm="HS256") # VULN


def mint_decade(user_id):
    exp = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=3650)
    return jwt.encode({"sub": user_id, "exp": exp}, SECRET, algorithm="HS256") # VULN


def mint_short(user_id):
    exp = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=15)
    return jwt.encode({"sub": user_id, "exp": exp}, SECRET, algorithm="HS256") # SAFE


def read_ignoring_expiry(token):
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False}) # VULN


def read_with_leeway(token):
    return jwt.decode(token, SECRET, algorithms=["HS256"], leeway=datetime.timedelta(seconds=30)) # SAFE
`,
  ),
];
