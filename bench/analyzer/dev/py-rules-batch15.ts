// Dev suite "py-rules", batch 15 (format in py-rules.ts): written blind after batch 14's fixes, measured before any
// further fix. Library APIs the earlier batches lack: Django password and e-mail APIs, autoescape switches and the
// rarer settings, subprocess helpers outside subprocess.run, asyncio loop subprocesses, MongoDB operators, passwords
// inside connection strings and auth objects, cleartext transports, RSA padding and KDF work factors in two crypto
// libraries, unverified TLS contexts, model and dataframe loaders, log lines carrying secrets, JWT payloads,
// CherryPy and Quart handlers, and file modes. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH15: DevCase[] = [
  ...rules(
    "CWE-521",
    "batch15: django passwords set without validation",
    `
from django.contrib.auth.password_validation import validate_password
from django.http import HttpResponse


def change_password(request):
    user = request.user
    new = request.POST["new_password"]
    user.set_password(new) # VULN
    user.save()
    return HttpResponse("changed")


def change_password_checked(request):
    user = request.user
    new = request.POST["new_password"]
    validate_password(new, user)
    user.set_password(new) # SAFE
    user.save()
    return HttpResponse("changed")


def reset_to_blank(user):
    user.set_password("") # VULN
    user.save()


def lock_out(user):
    user.set_unusable_password() # SAFE
    user.save()
`,
  ),
  ...rules(
    "CWE-79",
    "batch15: django html e-mail",
    `
from django.core.mail import EmailMessage, send_mail
from django.http import HttpResponse
from django.utils.html import escape


def contact(request):
    body = request.POST.get("message", "")
    send_mail("Contact", body, "noreply@example.com", ["team@example.com"], html_message="<p>" + body + "</p>") # VULN
    send_mail("Contact", body, "noreply@example.com", ["team@example.com"], html_message="<p>" + escape(body) + "</p>") # SAFE
    send_mail("Contact", body, "noreply@example.com", ["team@example.com"]) # SAFE
    return HttpResponse("sent")


def invite(request):
    msg = EmailMessage("Invite", "<h1>Hello " + request.POST["name"] + "</h1>", to=[request.POST["email"]]) # VULN
    msg.content_subtype = "html"
    msg.send()
    return HttpResponse("sent")
`,
  ),
  ...rules(
    "CWE-79",
    "batch15: django autoescape switches",
    `
from django.http import HttpResponse
from django.template import Context, Engine, Template
from django.utils.html import escape


class Comment:
    def __init__(self, text):
        self.text = text

    def __html__(self):
        return self.text # VULN


class Tag:
    def __init__(self, label):
        self.label = label

    def __html__(self):
        return "<span>" + escape(self.label) + "</span>" # SAFE


def preview(request):
    tpl = Template("<div>{{ body }}</div>")
    ctx = Context({"body": request.GET.get("body", "")}, autoescape=False) # VULN
    return HttpResponse(tpl.render(ctx))


def preview_escaped(request):
    tpl = Template("<div>{{ body }}</div>")
    ctx = Context({"body": request.GET.get("body", "")}) # SAFE
    return HttpResponse(tpl.render(ctx))


raw_engine = Engine(dirs=["templates"], autoescape=False) # VULN
engine = Engine(dirs=["templates"]) # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch15: django settings rarely set",
    `
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"] # SAFE CWE-798
DEBUG = False # SAFE CWE-489
AUTH_PASSWORD_VALIDATORS = [] # VULN CWE-521
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher", # VULN CWE-328
    "django.contrib.auth.hashers.PBKDF2PasswordHasher", # SAFE CWE-328
]
CORS_ORIGIN_ALLOW_ALL = True # VULN CWE-942
SESSION_COOKIE_HTTPONLY = False # VULN CWE-1004
CSRF_COOKIE_SECURE = True # SAFE CWE-614
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "autoescape": False, # VULN
            "context_processors": ["django.template.context_processors.request"],
        },
    },
]
`,
  ),
  ...rules(
    "CWE-78",
    "batch15: subprocess helpers beyond run",
    `
import os
import shlex
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/du")
def du():
    path = request.args.get("path", ".")
    status, out = subprocess.getstatusoutput("du -sh " + path) # VULN
    status2, out2 = subprocess.getstatusoutput("du -sh " + shlex.quote(path)) # SAFE
    return out + out2


@app.route("/spawn")
def spawn():
    path = request.args.get("path", ".")
    pid = os.posix_spawn("/bin/sh", ["/bin/sh", "-c", "du -sh " + path], os.environ) # VULN
    pid2 = os.posix_spawnp("du", ["du", "-sh", "--", path], os.environ) # SAFE
    os.waitpid(pid, 0)
    os.waitpid(pid2, 0)
    return "ok"


@app.route("/archive")
def archive():
    name = request.form["name"]
    if os.fork() == 0:
        os.execlp("sh", "sh", "-c", "tar czf /srv/out.tgz " + name) # VULN
    return "started"
`,
  ),
  ...rules(
    "CWE-78",
    "batch15: asyncio loop subprocesses",
    `
import asyncio
from aiohttp import web


async def grep_log(request):
    name = request.query["name"]
    loop = asyncio.get_running_loop()
    transport, proto = await loop.subprocess_shell(asyncio.SubprocessProtocol, "grep " + name + " /var/log/app.log") # VULN
    transport.close()
    transport2, proto2 = await loop.subprocess_exec(asyncio.SubprocessProtocol, "grep", "--", name, "/var/log/app.log") # SAFE
    transport2.close()
    proc = await asyncio.create_subprocess_shell("wc -l /var/log/app.log") # SAFE
    await proc.wait()
    return web.Response(text="ok")


app = web.Application()
app.router.add_get("/grep", grep_log)
`,
  ),
  ...rules(
    "CWE-943",
    "batch15: mongodb operators from input",
    `
import os
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient(os.environ["MONGO_URL"]).shop


@app.route("/products")
def products():
    name = request.args.get("name", "")
    rows = list(db.products.find({"$where": "this.name == '" + name + "'"})) # VULN
    rows2 = list(db.products.find({"name": name})) # SAFE
    rows3 = list(db.products.find(request.get_json())) # VULN
    rows4 = db.products.find_one({"$where": "this.stock > 0"}) # SAFE
    return jsonify(len(rows) + len(rows2) + len(rows3) + (1 if rows4 else 0))


@app.route("/scored")
def scored():
    fn = request.args["fn"]
    out = db.products.aggregate([{"$match": {"$expr": {"$function": {"body": fn, "args": ["$price"], "lang": "js"}}}}]) # VULN
    return jsonify(list(out))
`,
  ),
  ...rules(
    "CWE-798",
    "batch15: passwords in connection strings and auth objects",
    `
import os
import ldap
import psycopg2
import redis
import requests
from pymongo import MongoClient
from requests.auth import HTTPBasicAuth
from sqlalchemy import create_engine

conn = psycopg2.connect("dbname=shop user=shop password=Sh0pP4ss host=db") # VULN
conn2 = psycopg2.connect(os.environ["DATABASE_URL"]) # SAFE
cache = redis.Redis(host="cache", port=6379, password="r3disP4ss") # VULN
cache2 = redis.Redis(host="cache", port=6379, password=os.environ.get("REDIS_PASSWORD")) # SAFE
mongo = MongoClient("mongodb://admin:M0ng0Adm1n@mongo:27017/") # VULN
engine = create_engine("mysql+pymysql://report:R3p0rtPw@db/reports") # VULN
engine2 = create_engine("sqlite:///reports.db") # SAFE


def list_items():
    return requests.get("https://api.example.com/v1/items", auth=HTTPBasicAuth("svc", "Svc-Pa55word"), timeout=10) # VULN


def list_items_env():
    return requests.get("https://api.example.com/v1/items", auth=("svc", os.environ["SVC_PASSWORD"]), timeout=10) # SAFE


def directory():
    con = ldap.initialize("ldaps://ldap.example.com")
    con.simple_bind_s("cn=admin,dc=example,dc=com", "LdapAdm1n!") # VULN
    return con
`,
  ),
  // The SMTP pair was first labelled on the login() lines; moved after the measurement to the connection lines,
  // the suite's convention since batch 1 (the SMTP object is the cleartext channel the login then uses).
  ...rules(
    "CWE-319",
    "batch15: cleartext transports",
    `
import ftplib
import smtplib
import requests
import urllib3


def upload(path, user, password):
    ftp = ftplib.FTP("files.example.com") # VULN
    ftp.login(user, password)
    with open(path, "rb") as fh:
        ftp.storbinary("STOR report.csv", fh)


def upload_tls(path, user, password):
    ftp = ftplib.FTP_TLS("files.example.com") # SAFE
    ftp.login(user, password)
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary("STOR report.csv", fh)


def notify(user, password, msg):
    server = smtplib.SMTP("mail.example.com", 25) # VULN
    server.login(user, password)
    server.sendmail("noreply@example.com", ["ops@example.com"], msg)


def notify_tls(user, password, msg):
    server = smtplib.SMTP("mail.example.com", 587) # SAFE
    server.starttls()
    server.login(user, password)
    server.sendmail("noreply@example.com", ["ops@example.com"], msg)


pool = urllib3.HTTPConnectionPool("api.example.com", port=80) # VULN
pool2 = urllib3.HTTPSConnectionPool("api.example.com", port=443) # SAFE


def sign_in(user, password):
    return requests.post("http://auth.example.com/login", data={"user": user, "password": password}, timeout=5) # VULN


def sign_in_tls(user, password):
    return requests.post("https://auth.example.com/login", data={"user": user, "password": password}, timeout=5) # SAFE
`,
  ),
  ...rules(
    "CWE-327",
    "batch15: cryptography padding, curves and work factors",
    `
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

key = rsa.generate_private_key(public_exponent=65537, key_size=3072)


def sign(data):
    return key.sign(data, padding.PKCS1v15(), hashes.SHA1()) # VULN


def sign_ok(data):
    return key.sign(data, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH), hashes.SHA256()) # SAFE


def encrypt_for(pub, data):
    return pub.encrypt(data, padding.PKCS1v15()) # VULN CWE-780


def encrypt_ok(pub, data):
    return pub.encrypt(data, padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)) # SAFE CWE-780


def derive(password, salt):
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=1000) # VULN CWE-916
    return kdf.derive(password)


def derive_ok(password, salt):
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600000) # SAFE CWE-916
    return kdf.derive(password)


def legacy_box(k, iv):
    return Cipher(algorithms.CAST5(k), modes.CBC(iv)).encryptor() # VULN


def box(k, nonce):
    return Cipher(algorithms.AES(k), modes.GCM(nonce)).encryptor() # SAFE


small_curve = ec.generate_private_key(ec.SECP192R1()) # VULN CWE-326
curve = ec.generate_private_key(ec.SECP384R1()) # SAFE CWE-326
`,
  ),
  ...rules(
    "CWE-327",
    "batch15: pycryptodome keys, padding and kdf",
    `
from Crypto.Cipher import AES, ARC2, DES3, PKCS1_OAEP, PKCS1_v1_5
from Crypto.Hash import MD5, SHA256
from Crypto.Protocol.KDF import PBKDF2
from Crypto.PublicKey import DSA, RSA
from Crypto.Random import get_random_bytes
from Crypto.Signature import pkcs1_15

key = RSA.generate(1024) # VULN CWE-326
key2 = RSA.generate(3072) # SAFE CWE-326
dsa_key = DSA.generate(1024) # VULN CWE-326
wrap = PKCS1_v1_5.new(key2.publickey()) # VULN CWE-780
wrap2 = PKCS1_OAEP.new(key2.publickey()) # SAFE CWE-780


def sign(msg):
    h = MD5.new(msg) # VULN CWE-328
    return pkcs1_15.new(key2).sign(h)


def sign_ok(msg):
    h = SHA256.new(msg) # SAFE CWE-328
    return pkcs1_15.new(key2).sign(h)


def seal(data):
    c = ARC2.new(get_random_bytes(16), ARC2.MODE_CBC) # VULN
    return c.iv + c.encrypt(data)


def seal_legacy(k, data):
    return DES3.new(k, DES3.MODE_CBC, iv=get_random_bytes(8)).encrypt(data) # VULN


def seal_ok(data):
    c = AES.new(get_random_bytes(32), AES.MODE_GCM) # SAFE
    return c.encrypt_and_digest(data)


def kdf(pw, salt):
    return PBKDF2(pw, salt, dkLen=32, count=1000) # VULN CWE-916


def kdf_ok(pw, salt):
    return PBKDF2(pw, salt, 32, count=600000, hmac_hash_module=SHA256) # SAFE CWE-916
`,
  ),
  ...rules(
    "CWE-295",
    "batch15: unverified tls contexts",
    `
import http.client
import ssl
import urllib.request

import aiohttp
import httpx


def fetch(url):
    return urllib.request.urlopen(url, context=ssl._create_stdlib_context()).read() # VULN


def fetch_ok(url):
    return urllib.request.urlopen(url, context=ssl.create_default_context()).read() # SAFE


def status(host):
    conn = http.client.HTTPSConnection(host, context=ssl._create_unverified_context()) # VULN
    conn.request("GET", "/health")
    return conn.getresponse().status


async def pull(url):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(verify_ssl=False)) as s: # VULN
        async with s.get(url) as r:
            return await r.text()


async def pull_ok(url):
    async with aiohttp.ClientSession() as s:
        async with s.get(url, ssl=ssl.create_default_context()) as r: # SAFE
            return await r.text()


def report(url, body):
    with httpx.Client(verify=False) as c: # VULN
        return c.post(url, json=body)


def old_server(host):
    return ssl.get_server_certificate((host, 443), ssl_version=ssl.PROTOCOL_TLSv1) # VULN CWE-326
`,
  ),
  ...rules(
    "CWE-502",
    "batch15: model and dataframe loaders",
    `
import numpy as np
import pandas as pd
import torch
import yaml
from flask import Flask, request
from tensorflow import keras

app = Flask(__name__)


@app.route("/frame", methods=["POST"])
def frame():
    df = pd.read_pickle(request.files["data"]) # VULN
    df2 = pd.read_csv(request.files["table"]) # SAFE
    return str(len(df) + len(df2))


@app.route("/weights", methods=["POST"])
def weights():
    path = "/srv/uploads/" + request.form["id"] + ".pt"
    state = torch.load(path, weights_only=False) # VULN
    state2 = torch.load(path, weights_only=True) # SAFE
    arr = np.load(request.files["arr"], allow_pickle=True) # VULN
    arr2 = np.load(request.files["arr"]) # SAFE
    return str(len(state) + len(state2) + arr.size + arr2.size)


@app.route("/model", methods=["POST"])
def model():
    m = keras.models.load_model(request.form["path"], safe_mode=False) # VULN
    return str(m.count_params())


@app.route("/cfg", methods=["POST"])
def cfg():
    conf = yaml.load(request.data, Loader=yaml.UnsafeLoader) # VULN
    conf2 = yaml.load(request.data, Loader=yaml.CSafeLoader) # SAFE
    return str(len(conf) + len(conf2))
`,
  ),
  ...rules(
    "CWE-532",
    "batch15: secrets in log lines",
    `
import logging

logger = logging.getLogger(__name__)


def login(username, password):
    logger.debug("login attempt user=%s password=%s", username, password) # VULN
    logger.info("login attempt user=%s", username) # SAFE
    return username


def issue(user, api_token):
    logging.info(f"issued token {api_token} to {user}") # VULN
    logging.info(f"issued a token to {user}") # SAFE
`,
  ),
  ...rules(
    "CWE-522",
    "batch15: credentials inside jwt payloads",
    `
import os
import jwt

SECRET = os.environ["JWT_SECRET"]


def make_token(user, password):
    return jwt.encode({"sub": user, "password": password}, SECRET, algorithm="HS256") # VULN


def make_token_ok(user):
    return jwt.encode({"sub": user}, SECRET, algorithm="HS256") # SAFE
`,
  ),
  ...rules(
    "CWE-347",
    "batch15: python-jose verification",
    `
import os
from jose import jwt

KEY = os.environ["JWT_KEY"]


def claims(token):
    return jwt.decode(token, KEY, options={"verify_signature": False}) # VULN


def claims_unverified(token):
    return jwt.get_unverified_claims(token) # VULN


def claims_ok(token):
    return jwt.decode(token, KEY, algorithms=["HS256"]) # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch15: cherrypy and quart handlers",
    `
import html
import cherrypy


class Root:
    @cherrypy.expose
    def hello(self, name=""):
        return "<h1>Hello " + name + "</h1>" # VULN

    @cherrypy.expose
    def hello_safe(self, name=""):
        return "<h1>Hello " + html.escape(name) + "</h1>" # SAFE

    @cherrypy.expose
    def go(self, url="/"):
        raise cherrypy.HTTPRedirect(url) # VULN CWE-601

    @cherrypy.expose
    def home(self):
        raise cherrypy.HTTPRedirect("/") # SAFE CWE-601
`,
  ),
  ...rules(
    "CWE-601",
    "batch15: quart handlers",
    `
from quart import Quart, redirect, request

app = Quart(__name__)


@app.route("/next")
async def nxt():
    return redirect(request.args.get("next", "/")) # VULN


@app.route("/home")
async def home():
    return redirect("/dashboard") # SAFE


@app.route("/find", methods=["POST"])
async def find():
    form = await request.form
    rows = await app.db.fetch_all(f"SELECT * FROM users WHERE name = '{form['name']}'") # VULN CWE-89
    rows2 = await app.db.fetch_all("SELECT * FROM users WHERE name = :name", {"name": form["name"]}) # SAFE CWE-89
    return str(len(rows) + len(rows2))
`,
  ),
  ...rules(
    "CWE-732",
    "batch15: modes on files and directories",
    `
import os
import stat
from pathlib import Path

os.umask(0) # VULN
os.umask(0o077) # SAFE


def make_spool(path):
    os.mkdir(path, 0o777) # VULN
    os.makedirs(path + "/tmp", mode=0o700, exist_ok=True) # SAFE


def open_log(path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o666) # VULN
    os.fchmod(fd, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO) # VULN
    return fd


def open_private(path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600) # SAFE
    Path(path + ".lock").touch(mode=0o600) # SAFE
    return fd
`,
  ),
];
