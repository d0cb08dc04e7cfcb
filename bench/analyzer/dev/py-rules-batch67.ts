// Dev suite "py-rules", batch 67 (format in py-rules.ts): line-level rule tests over library options and aliases,
// written blind. Per file several lines that must be reported and several look-alikes that must not: python-ldap
// and ldap3 filters, lxml XPath, SAX features and lxml parser options next to defusedxml, TLS options of mail,
// MongoDB, Redis, WebSocket and LDAP clients, httpx/aiohttp/urllib3/requests verification, pycryptodome and
// cryptography ciphers, keys, padding and IVs, password hashing and KDF settings, token randomness, timing-unsafe
// comparisons, asyncio/paramiko/fabric/subprocess commands beside `shlex.quote`, model and state deserialisers
// (torch, joblib, numpy, pandas, jsonpickle, dill, marshal, YAML loaders), Jinja2/Mako/MarkupSafe, SQLAlchemy 2.0,
// asyncpg, psycopg2.sql, pandas and sqlite3 scripts, credentials in driver calls, Flask cookie and debug options,
// logging of secrets and of request data, regular expressions, archive extraction, permissions and temporary
// files, JWT verification options and MongoDB operators. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH67: DevCase[] = [
  ...rules(
    "CWE-90",
    "batch67: python-ldap and ldap3 filters with and without escaping",
    `
import ldap
import ldap.filter
from flask import Flask, request
from ldap3 import SUBTREE, Server
from ldap3 import Connection as LdapConnection
from ldap3.utils.conv import escape_filter_chars as esc

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=org"


@app.route("/directory/lookup")
def lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldaps://ldap.example.org")
    hits = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % uid) # VULN
    safe = conn.search_s(BASE, ldap.SCOPE_SUBTREE, ldap.filter.filter_format("(uid=%s)", [uid])) # SAFE
    escaped = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + ldap.filter.escape_filter_chars(uid) + ")") # SAFE
    groups = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(objectClass=posixGroup)") # SAFE
    return {"n": len(hits) + len(safe) + len(escaped) + len(groups)}


@app.route("/directory/mail")
def by_mail():
    mail = request.args["mail"]
    c = LdapConnection(Server("ldap.example.org", use_ssl=True), auto_bind=True)
    c.search(BASE, f"(&(objectClass=person)(mail={mail}))", search_scope=SUBTREE) # VULN
    c.search(BASE, "(&(objectClass=person)(mail=%s))" % esc(mail), search_scope=SUBTREE) # SAFE
    c.search(search_base=BASE, search_filter="(cn=" + mail + ")", attributes=["cn"]) # VULN
    return {"entries": [e.entry_to_json() for e in c.entries]}
`,
  ),
  ...rules(
    "CWE-643",
    "batch67: lxml XPath built from query strings and XPath variables",
    `
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml")
FIND_BOOK = etree.XPath("//book[@isbn=$isbn]")


@app.get("/books")
def books():
    isbn = request.args.get("isbn", "")
    author = request.args.get("author", "")
    a = CATALOG.xpath("//book[@isbn='" + isbn + "']") # VULN
    b = CATALOG.xpath("//book[@isbn=$isbn]", isbn=isbn) # SAFE
    c = FIND_BOOK(CATALOG, isbn=isbn) # SAFE
    d = CATALOG.getroot().xpath(f"//book[author='{author}']/title/text()") # VULN
    finder = etree.XPath("//book[author='%s']" % author) # VULN
    e = finder(CATALOG)
    total = CATALOG.xpath("count(//book)") # SAFE
    return {"n": len(a) + len(b) + len(c) + len(d) + len(e), "total": total}
`,
  ),
  ...rules(
    "CWE-611",
    "batch67: SAX features and lxml parser options next to defusedxml",
    `
import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes

import defusedxml.ElementTree as SafeET
from defusedxml import minidom as safe_minidom
from flask import Flask, request
from lxml import etree as LET

app = Flask(__name__)


class Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []

    def startElement(self, name, attrs):
        self.names.append(name)


@app.post("/import/sax")
def import_sax():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True) # VULN
    parser.setFeature(feature_external_pes, False) # SAFE
    handler = Collector()
    parser.setContentHandler(handler)
    parser.parse(request.files["doc"])
    return {"tags": handler.names}


@app.post("/import/sax-default")
def import_sax_default():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False) # SAFE
    handler = Collector()
    parser.setContentHandler(handler)
    parser.parse(request.files["doc"])
    return {"tags": handler.names}


@app.post("/import/lxml")
def import_lxml():
    loose = LET.XMLParser(resolve_entities=True, no_network=False) # VULN
    strict = LET.XMLParser(resolve_entities=False, no_network=True) # SAFE
    a = LET.fromstring(request.data, parser=loose)
    b = LET.fromstring(request.data, parser=strict)
    return {"a": a.tag, "b": b.tag}


@app.post("/import/defused")
def import_defused():
    root = SafeET.fromstring(request.data) # SAFE
    dom = safe_minidom.parseString(request.data) # SAFE
    return {"root": root.tag, "doc": dom.documentElement.tagName}
`,
  ),
  ...rules(
    "CWE-295",
    "batch67: certificate checks of mail, MongoDB, Redis, WebSocket and LDAP clients",
    `
import imaplib
import smtplib
import ssl

import pymongo
import redis
import websocket
from ldap3 import Server, Tls


def mail_client(host, user, pw):
    ctx = ssl._create_unverified_context() # VULN
    s = smtplib.SMTP_SSL(host, 465, context=ctx)
    s.login(user, pw)
    ok = smtplib.SMTP_SSL(host, 465, context=ssl.create_default_context()) # SAFE
    return s, ok


def mongo(uri):
    return pymongo.MongoClient(uri, tls=True, tlsAllowInvalidCertificates=True) # VULN


def mongo_ok(uri):
    return pymongo.MongoClient(uri, tls=True, tlsCAFile="/etc/ssl/certs/ca.pem") # SAFE


def cache():
    return redis.Redis(host="cache.internal", port=6380, ssl=True, ssl_cert_reqs=None) # VULN


def cache_ok():
    return redis.Redis(host="cache.internal", port=6380, ssl=True, ssl_cert_reqs="required", ssl_ca_certs="/etc/ssl/ca.pem") # SAFE


def stream(url):
    return websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_NONE}) # VULN


def stream_ok(url):
    return websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": "/etc/ssl/ca.pem"}) # SAFE


def directory():
    return Server("ldap.example.org", use_ssl=True, tls=Tls(validate=ssl.CERT_NONE)) # VULN


def directory_ok():
    return Server("ldap.example.org", use_ssl=True, tls=Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/ssl/ca.pem")) # SAFE


def imap(host):
    return imaplib.IMAP4_SSL(host, ssl_context=ssl.create_default_context()) # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch67: httpx, aiohttp, urllib3 and requests sessions with verification off",
    `
import aiohttp
import httpx as hx
import requests
import urllib3
from urllib3 import PoolManager as Pool

CA = "/etc/ssl/certs/internal-ca.pem"


def sync_client():
    return hx.Client(base_url="https://api.internal", verify=False) # VULN


def sync_client_ok():
    return hx.Client(base_url="https://api.internal", verify=CA) # SAFE


async def fetch(url):
    async with hx.AsyncClient(verify=False, timeout=10) as c: # VULN
        r = await c.get(url)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as s: # VULN
        async with s.get(url) as resp:
            body = await resp.text()
    async with aiohttp.ClientSession() as s2:
        async with s2.get(url, ssl=False) as resp2: # VULN
            other = await resp2.text()
        async with s2.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp3: # SAFE
            third = await resp3.text()
    return r.text, body, other, third


def pools():
    a = Pool(cert_reqs="CERT_NONE") # VULN
    b = Pool(cert_reqs="CERT_REQUIRED", ca_certs=CA) # SAFE
    c = urllib3.HTTPSConnectionPool("api.internal", 443, cert_reqs="CERT_REQUIRED", ca_certs=CA) # SAFE
    return a, b, c


def sessions():
    s = requests.Session()
    s.verify = False # VULN
    t = requests.Session()
    t.verify = CA # SAFE
    return s, t
`,
  ),
  ...rules(
    "CWE-327",
    "batch67: pycryptodome ciphers and modes, Crypto and Cryptodome namespaces",
    `
from Crypto.Cipher import AES, ARC4, DES, DES3, Blowfish, ChaCha20_Poly1305
from Crypto.Random import get_random_bytes
from Cryptodome.Cipher import AES as DomeAES


def legacy_token(key, data):
    return DES.new(key, DES.MODE_CBC, iv=get_random_bytes(8)).encrypt(data) # VULN


def stream(key, data):
    return ARC4.new(key).encrypt(data) # VULN


def fish(key, data):
    return Blowfish.new(key, Blowfish.MODE_CBC, get_random_bytes(8)).encrypt(data) # VULN


def triple(key, data):
    return DES3.new(key, DES3.MODE_CBC, get_random_bytes(8)).encrypt(data) # VULN


def ecb(key, block):
    return AES.new(key, AES.MODE_ECB).encrypt(block) # VULN


def dome_ecb(key, block):
    return DomeAES.new(key, DomeAES.MODE_ECB).encrypt(block) # VULN


def gcm(key, data):
    c = AES.new(key, AES.MODE_GCM) # SAFE
    ct, tag = c.encrypt_and_digest(data)
    return c.nonce, ct, tag


def chacha(key, data):
    c = ChaCha20_Poly1305.new(key=key) # SAFE
    return c.nonce, c.encrypt_and_digest(data)


def dome_eax(key, data):
    c = DomeAES.new(key, DomeAES.MODE_EAX) # SAFE
    return c.nonce, c.encrypt_and_digest(data)
`,
  ),
  ...rules(
    "CWE-327",
    "batch67: cryptography hazmat key sizes, curves, modes, RSA padding and signature hashes",
    `
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def weak_rsa():
    return rsa.generate_private_key(public_exponent=65537, key_size=1024) # VULN CWE-326


def strong_rsa():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072) # SAFE CWE-326


def weak_dsa():
    return dsa.generate_private_key(key_size=1024) # VULN CWE-326


def weak_curve():
    return ec.generate_private_key(ec.SECT163K1()) # VULN CWE-326


def good_curve():
    return ec.generate_private_key(ec.SECP384R1()) # SAFE CWE-326


def ecb(key, block):
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor() # VULN
    return enc.update(block) + enc.finalize()


def tdes(key, data):
    iv = os.urandom(8)
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor() # VULN
    return iv + enc.update(data) + enc.finalize()


def ctr(key, data):
    nonce = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor() # SAFE
    return nonce + enc.update(data) + enc.finalize()


def encrypt_pkcs1(pub, secret):
    return pub.encrypt(secret, padding.PKCS1v15()) # VULN CWE-780


def encrypt_oaep(pub, secret):
    return pub.encrypt(secret, padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)) # SAFE CWE-780


def sign_sha1(priv, msg):
    return priv.sign(msg, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH), hashes.SHA1()) # VULN


def sign_sha256(priv, msg):
    return priv.sign(msg, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH), hashes.SHA256()) # SAFE
`,
  ),
  ...rules(
    "CWE-329",
    "batch67: fixed IVs and nonces next to random ones",
    `
import os
import secrets

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["DATA_KEY_HEX"])
ZERO_IV = b"\\x00" * 16


def seal_cbc(data):
    return AES.new(KEY, AES.MODE_CBC, ZERO_IV).encrypt(pad(data, 16)) # VULN


def seal_cbc_literal(data):
    return AES.new(KEY, AES.MODE_CBC, iv=b"0123456789abcdef").encrypt(pad(data, 16)) # VULN


def seal_cbc_random(data):
    iv = os.urandom(16)
    return iv + AES.new(KEY, AES.MODE_CBC, iv).encrypt(pad(data, 16)) # SAFE


def seal_gcm_fixed(data):
    return AESGCM(KEY).encrypt(b"\\x00" * 12, data, None) # VULN


def seal_gcm(data):
    nonce = secrets.token_bytes(12)
    return nonce + AESGCM(KEY).encrypt(nonce, data, None) # SAFE


def open_gcm(blob):
    return AESGCM(KEY).decrypt(blob[:12], blob[12:], None) # SAFE
`,
  ),
  ...rules(
    "CWE-916",
    "batch67: password storage with plain digests, static salts, weak crypt schemes and KDF costs",
    `
import hashlib
import os

import bcrypt
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from passlib.hash import argon2, md5_crypt


def store_sha(password):
    return hashlib.sha256(password.encode()).hexdigest() # VULN


def store_pbkdf2_static(password):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), b"app-salt", 600_000) # VULN CWE-760


def store_pbkdf2(password):
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000) # SAFE


def store_scrypt(password):
    salt = os.urandom(16)
    return salt + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1) # SAFE


def store_md5crypt(password):
    return md5_crypt.hash(password) # VULN


def store_argon(password):
    return argon2.hash(password) # SAFE


def store_bcrypt(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12)) # SAFE


def store_bcrypt_cheap(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4)) # VULN


def kdf_low(password, salt):
    return PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=1_000).derive(password.encode()) # VULN


def kdf_ok(password, salt):
    return PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600_000).derive(password.encode()) # SAFE
`,
  ),
  ...rules(
    "CWE-338",
    "batch67: reset tokens, OTPs and session ids from random, numpy and secrets",
    `
import random
import secrets
import string
from random import SystemRandom
from random import randint as rint

import numpy as np

ALPHABET = string.ascii_letters + string.digits


def reset_token():
    return "".join(random.choice(ALPHABET) for _ in range(32)) # VULN


def reset_token_ok():
    return "".join(secrets.choice(ALPHABET) for _ in range(32)) # SAFE


def otp_code():
    return f"{rint(0, 999999):06d}" # VULN


def otp_code_ok():
    return f"{secrets.randbelow(10**6):06d}" # SAFE


def api_key():
    return "".join(SystemRandom().choices(ALPHABET, k=40)) # SAFE


def session_id():
    return np.random.bytes(16).hex() # VULN


def shuffle_deck(deck):
    random.shuffle(deck) # SAFE
    return deck


def retry_delay(attempt):
    return (2**attempt) * random.uniform(0.5, 1.5) # SAFE
`,
  ),
  ...rules(
    "CWE-208",
    "batch67: webhook signatures and API tokens compared with == and with compare_digest",
    `
import hashlib
import hmac
import os
import secrets

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"].encode()
API_TOKEN = os.environ["API_TOKEN"]


@app.post("/hooks/github")
def github():
    sig = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(WEBHOOK_SECRET, request.data, hashlib.sha256).hexdigest()
    if sig != expected: # VULN
        abort(401)
    return "ok"


@app.post("/hooks/github-v2")
def github_v2():
    sig = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(WEBHOOK_SECRET, request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected): # SAFE
        abort(401)
    return "ok"


@app.get("/admin/stats")
def stats():
    if request.headers.get("X-Api-Token") == API_TOKEN: # VULN
        return {"ok": True}
    abort(403)


@app.get("/admin/stats-v2")
def stats_v2():
    if secrets.compare_digest(request.headers.get("X-Api-Token", ""), API_TOKEN): # SAFE
        return {"ok": True}
    abort(403)


@app.get("/env")
def env():
    if request.headers.get("X-Env") == "staging": # SAFE
        return {"env": "staging"}
    return {"env": "prod"}
`,
  ),
  ...rules(
    "CWE-78",
    "batch67: asyncio, paramiko and fabric commands from FastAPI parameters",
    `
import asyncio
import shlex

import paramiko
from fabric import Connection
from fastapi import FastAPI

app = FastAPI()


@app.get("/ping")
async def ping(host: str):
    proc = await asyncio.create_subprocess_shell(f"ping -c 1 {host}", stdout=asyncio.subprocess.PIPE) # VULN
    out, _ = await proc.communicate()
    proc2 = await asyncio.create_subprocess_exec("ping", "-c", "1", "--", host, stdout=asyncio.subprocess.PIPE) # SAFE
    out2, _ = await proc2.communicate()
    proc3 = await asyncio.create_subprocess_shell("ping -c 1 " + shlex.quote(host)) # SAFE
    await proc3.wait()
    return {"out": out.decode(), "out2": out2.decode()}


@app.post("/remote/du")
def remote_du(path: str):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect("files.internal", username="svc", key_filename="/etc/keys/svc")
    _, out, _ = client.exec_command("du -sh " + path) # VULN
    _, out2, _ = client.exec_command("du -sh " + shlex.quote(path)) # SAFE
    _, out3, _ = client.exec_command("uptime") # SAFE
    return {"du": out.read().decode(), "du2": out2.read().decode(), "up": out3.read().decode()}


@app.post("/remote/archive")
def remote_archive(name: str):
    with Connection("files.internal", user="svc") as c:
        c.run(f"tar czf /backups/{name}.tgz /srv/data") # VULN
        c.sudo("systemctl restart backup-agent") # SAFE
        c.run("tar czf /backups/%s.tgz /srv/data" % shlex.quote(name)) # SAFE
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-78",
    "batch67: subprocess and os helpers under aliases in a Django view",
    `
import os
import shlex
import subprocess
from subprocess import Popen as P
from subprocess import getoutput as sh_out

from django.http import HttpResponse


def convert(request):
    src = request.GET["file"]
    fmt = request.GET.get("fmt", "png")
    out = sh_out("convert uploads/" + src + " out." + fmt) # VULN
    P(["sh", "-c", f"convert uploads/{src} out.png"]).wait() # VULN
    P(["convert", os.path.join("uploads", os.path.basename(src)), "out.png"]).wait() # SAFE
    subprocess.run("convert uploads/%s out.png" % shlex.quote(src), shell=True, check=True) # SAFE
    subprocess.run(f"convert uploads/{src} out.png", shell=True, check=True) # VULN
    os.system("rm -f /tmp/convert-*.png") # SAFE
    info = os.popen("identify " + src).read() # VULN
    subprocess.call(["identify", "--", src]) # SAFE
    return HttpResponse(out + info)
`,
  ),
  ...rules(
    "CWE-502",
    "batch67: model files loaded with torch, joblib, numpy and pandas",
    `
import joblib
import numpy as np
import pandas as pd
import torch
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.post("/model/upload")
def upload_model():
    f = request.files["model"]
    path = "/srv/models/" + secure_filename(f.filename)
    f.save(path)
    m1 = torch.load(path, weights_only=False) # VULN
    m2 = torch.load(path, weights_only=True) # SAFE
    m3 = joblib.load(path) # VULN
    arr = np.load(path, allow_pickle=True) # VULN
    arr2 = np.load(path) # SAFE
    arr3 = np.load(path, allow_pickle=False) # SAFE
    df = pd.read_pickle(path) # VULN
    df2 = pd.read_parquet(path) # SAFE
    return {"ok": bool(m1 or m2 or m3), "n": len(arr) + len(arr2) + len(arr3) + len(df) + len(df2)}
`,
  ),
  ...rules(
    "CWE-502",
    "batch67: request bodies through jsonpickle, dill, marshal, pickle and YAML loaders",
    `
import json
import marshal
import pickle as pkl

import dill
import jsonpickle
import yaml
from flask import Flask, request
from ruamel.yaml import YAML

app = Flask(__name__)


@app.post("/state")
def restore():
    blob = request.get_data()
    a = jsonpickle.decode(blob) # VULN
    b = dill.loads(blob) # VULN
    c = marshal.loads(blob) # VULN
    d = pkl.loads(blob) # VULN
    e = json.loads(blob) # SAFE
    return {"a": str(a), "b": str(b), "c": str(c), "d": str(d), "e": e}


@app.post("/config")
def config():
    text = request.get_data(as_text=True)
    a = yaml.load(text, Loader=yaml.Loader) # VULN
    b = yaml.load(text, Loader=yaml.SafeLoader) # SAFE
    c = list(yaml.load_all(text, Loader=yaml.UnsafeLoader)) # VULN
    d = YAML(typ="unsafe").load(text) # VULN
    e = YAML(typ="safe").load(text) # SAFE
    f = yaml.safe_load(text) # SAFE
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f}
`,
  ),
  ...rules(
    "CWE-1336",
    "batch67: Jinja2, Flask and Mako templates built from request data",
    `
from flask import Flask, render_template_string, request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from mako.template import Template as MakoTemplate

app = Flask(__name__)

plain_env = Environment(loader=FileSystemLoader("templates"), autoescape=False) # VULN CWE-79
html_env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"])) # SAFE CWE-79


@app.get("/greet")
def greet():
    name = request.args.get("name", "")
    a = render_template_string(f"<h1>Hello {name}</h1>") # VULN
    b = render_template_string("<h1>Hello {{ name }}</h1>", name=name) # SAFE
    c = Environment().from_string(request.args["tpl"]).render() # VULN
    d = MakoTemplate(text="Hello " + name).render() # VULN
    e = MakoTemplate("Hello \${name | h}").render(name=name) # SAFE
    f = html_env.get_template("greet.html").render(name=name) # SAFE
    return a + b + c + d + e + f
`,
  ),
  ...rules(
    "CWE-79",
    "batch67: MarkupSafe Markup from f-strings, format, % and escape",
    `
from flask import Flask, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.get("/badge")
def badge():
    user = request.args.get("user", "")
    m1 = Markup(f"<span class='user'>{user}</span>") # VULN
    m2 = Markup("<span class='user'>{}</span>").format(user) # SAFE
    m3 = Markup("<span class='user'>%s</span>") % user # SAFE
    m4 = Markup("<span>" + str(escape(user)) + "</span>") # SAFE
    m5 = Markup("<span class='user'>" + user + "</span>") # VULN
    return m1 + m2 + m3 + m4 + m5
`,
  ),
  ...rules(
    "CWE-89",
    "batch67: SQLAlchemy 2.0 exec_driver_sql, text, literal_column and order_by",
    `
import os

from fastapi import FastAPI
from sqlalchemy import column, create_engine, select, table, text
from sqlalchemy import literal_column as lit

engine = create_engine(os.environ["DATABASE_URL"])
app = FastAPI()
SORTABLE = {"created_at", "title"}


@app.get("/reports")
def reports(region: str, sort: str = "created_at"):
    with engine.connect() as conn:
        a = conn.exec_driver_sql(f"SELECT * FROM reports WHERE region = '{region}'").all() # VULN
        b = conn.exec_driver_sql("SELECT * FROM reports WHERE region = %(r)s", {"r": region}).all() # SAFE
        c = conn.execute(select(lit("id")).select_from(table("reports")).where(text("region = '" + region + "'"))).all() # VULN
        d = conn.execute(text("SELECT * FROM reports WHERE region = :r").bindparams(r=region)).all() # SAFE
        e = conn.execute(select(column("id")).select_from(table("reports")).order_by(text(sort))).all() # VULN
        key = sort if sort in SORTABLE else "created_at"
        f = conn.execute(select(column("id")).select_from(table("reports")).order_by(text(key))).all() # SAFE
        g = conn.execute(select(lit(f"count(*) FILTER (WHERE region = '{region}')"))).scalar() # VULN
    return {"n": len(a) + len(b) + len(c) + len(d) + len(e) + len(f), "g": g}
`,
  ),
  ...rules(
    "CWE-89",
    "batch67: asyncpg, psycopg2.sql, pandas.read_sql and sqlite3 scripts in aiohttp handlers",
    `
import sqlite3

import pandas as pd
from aiohttp import web
from psycopg2 import sql


async def search(request):
    q = request.query.get("q", "")
    name = request.match_info["table"]
    async with request.app["pool"].acquire() as conn:
        a = await conn.fetch(f"SELECT id FROM items WHERE name ILIKE '%{q}%'") # VULN
        b = await conn.fetch("SELECT id FROM items WHERE name ILIKE $1", f"%{q}%") # SAFE
        c = await conn.fetchval("SELECT count(*) FROM " + name) # VULN
        d = await conn.fetchval("SELECT count(*) FROM items") # SAFE
    return web.json_response({"n": len(a) + len(b), "c": c, "d": d})


async def export(request):
    name = request.match_info["table"]
    pg = request.app["pg"]
    cur = pg.cursor()
    cur.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(name))) # SAFE
    cur.execute(sql.SQL("SELECT * FROM " + name)) # VULN
    df = pd.read_sql(f"SELECT * FROM {name}", pg) # VULN
    df2 = pd.read_sql("SELECT * FROM exports WHERE name = %(n)s", pg, params={"n": name}) # SAFE
    lite = sqlite3.connect("cache.db")
    lite.executescript(f"DELETE FROM cache WHERE k = '{name}';") # VULN
    lite.executemany("INSERT INTO log(t) VALUES (?)", [(name,)]) # SAFE
    return web.Response(text=df.to_csv() + df2.to_csv())
`,
  ),
  ...rules(
    "CWE-798",
    "batch67: passwords and keys written into driver and client calls",
    `
import ftplib
import getpass
import os
import smtplib

import boto3
import paramiko
import psycopg2
import pymysql
import redis
from pymongo import MongoClient


def pg():
    return psycopg2.connect(host="db.internal", dbname="app", user="app", password="Pg$ecret2024") # VULN


def pg_env():
    return psycopg2.connect(host="db.internal", dbname="app", user="app", password=os.environ["PGPASSWORD"]) # SAFE


def mysql():
    return pymysql.connect(host="mysql.internal", user="root", passwd="r00tpass", db="shop") # VULN


def cache():
    return redis.Redis(host="cache.internal", password="redis-s3cret-pw") # VULN


def cache_local():
    return redis.Redis(host="localhost", password=None) # SAFE


def s3():
    return boto3.client("s3", aws_access_key_id="AKIAZ7XQ3N5HJ2K4P6RT", aws_secret_access_key="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") # VULN


def s3_profile():
    return boto3.Session(profile_name="deploy").client("s3") # SAFE


def ssh(host):
    c = paramiko.SSHClient()
    c.load_system_host_keys()
    c.connect(host, username="deploy", password="Depl0y!2024") # VULN
    c.connect(host, username="deploy", password=getpass.getpass("ssh password: ")) # SAFE
    return c


def mail():
    s = smtplib.SMTP_SSL("smtp.example.com", 465)
    s.login("alerts@example.com", "MailPass#77") # VULN
    return s


def ftp():
    f = ftplib.FTP_TLS("ftp.example.com")
    f.login("anonymous", "") # SAFE
    return f


def mongo():
    return MongoClient("mongodb://admin:Mongo-Pass-99@mongo.internal:27017/admin") # VULN


def mongo_env():
    return MongoClient(os.environ["MONGO_URL"]) # SAFE
`,
  ),
  ...rules(
    "CWE-614",
    "batch67: Flask secret key, session and cookie flags, debug server",
    `
import os
import secrets

from flask import Flask, make_response, request

app = Flask(__name__)
app.secret_key = "dev-secret-change-me" # VULN CWE-798
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"] # SAFE CWE-798
app.config.update(
    SESSION_COOKIE_SECURE=False, # VULN
    SESSION_COOKIE_HTTPONLY=True, # SAFE CWE-1004
    SESSION_COOKIE_SAMESITE="Lax",
)
app.config["REMEMBER_COOKIE_HTTPONLY"] = False # VULN CWE-1004


@app.post("/login")
def login():
    resp = make_response("ok")
    resp.set_cookie("sid", secrets.token_urlsafe(32), secure=True, httponly=True, samesite="Strict") # SAFE
    resp.set_cookie("remember", secrets.token_urlsafe(32), secure=False, httponly=True) # VULN
    resp.set_cookie("auth", secrets.token_urlsafe(32), secure=True, httponly=False) # VULN CWE-1004
    resp.set_cookie("theme", request.form.get("theme", "light"), secure=True, samesite="Lax") # SAFE CWE-1004
    return resp


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=True) # VULN CWE-489
`,
  ),
  ...rules(
    "CWE-489",
    "batch67: debug switches read from the environment and left on",
    `
import os

from flask import Flask
from werkzeug.debug import DebuggedApplication

app = Flask(__name__)


def serve_dev():
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1") # SAFE


def serve_debugger():
    app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True) # VULN
    app.run(port=8000)


def serve_prod():
    app.run(host="127.0.0.1", port=8000, debug=False) # SAFE


def serve_always():
    app.debug = True # VULN
    app.run(port=8000)
`,
  ),
  ...rules(
    "CWE-532",
    "batch67: passwords, OTPs, API keys and tokens in log calls",
    `
import logging

import structlog

log = logging.getLogger("auth")
slog = structlog.get_logger()


def login(username, password, otp_code):
    log.info("login attempt user=%s password=%s", username, password) # VULN
    log.info("login attempt user=%s", username) # SAFE
    log.debug(f"OTP for {username} is {otp_code}") # VULN
    logging.warning("password reset requested for %s", username) # SAFE


def call_billing(session, api_key):
    log.debug("calling billing with key %s", api_key) # VULN
    log.debug("calling billing with key ending %s", api_key[-4:]) # SAFE
    slog.info("token_refreshed", access_token=session.access_token) # VULN
    slog.info("token_refreshed", expires_in=session.expires_in) # SAFE
`,
  ),
  ...rules(
    "CWE-117",
    "batch67: request data written to logs with and without stripping line breaks",
    `
import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.post("/login")
def login():
    user = request.form["username"]
    app.logger.warning("failed login for %s", user) # VULN
    app.logger.warning("failed login for %s", user.replace("\\r", "").replace("\\n", "")) # SAFE
    audit.info("login from " + request.headers.get("User-Agent", "")) # VULN
    audit.info("login from %s", request.remote_addr) # SAFE
    return "no", 401
`,
  ),
  ...rules(
    "CWE-1333",
    "batch67: nested quantifiers and user-supplied patterns",
    `
import re

import regex
from flask import Flask, request

app = Flask(__name__)
EMAIL = re.compile(r"^([a-zA-Z0-9]+)*@example\\.com$") # VULN
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$") # SAFE
WORDS = re.compile(r"^(\\w+\\s?)*$") # VULN
HEX = re.compile(r"^[0-9a-f]{32}$") # SAFE


@app.get("/grep")
def grep():
    pat = request.args["pattern"]
    with open("/srv/data/corpus.txt") as fh:
        text = fh.read()
    hits = re.findall(pat, text) # VULN
    lit = re.findall(re.escape(pat), text) # SAFE
    bounded = regex.findall(pat, text, timeout=1.0) # SAFE
    return {"n": len(hits) + len(lit) + len(bounded)}
`,
  ),
  ...rules(
    "CWE-22",
    "batch67: tar and zip members extracted with and without checks",
    `
import os
import tarfile
import zipfile
from pathlib import Path

DEST = Path("/srv/plugins")


def install_tar(upload):
    with tarfile.open(fileobj=upload, mode="r:gz") as tf:
        tf.extractall(DEST) # VULN


def install_tar_filtered(upload):
    with tarfile.open(fileobj=upload, mode="r:*") as tf:
        tf.extractall(DEST, filter="data") # SAFE


def install_member(upload, member_name):
    with tarfile.open(fileobj=upload) as tf:
        tf.extract(member_name, DEST) # VULN


def install_zip(upload):
    with zipfile.ZipFile(upload) as zf:
        for info in zf.infolist():
            out = os.path.join(DEST, info.filename)
            with open(out, "wb") as fh: # VULN
                fh.write(zf.read(info))


def install_zip_checked(upload):
    with zipfile.ZipFile(upload) as zf:
        for info in zf.infolist():
            out = os.path.realpath(os.path.join(DEST, info.filename))
            if not out.startswith(str(DEST) + os.sep):
                continue
            with open(out, "wb") as fh: # SAFE
                fh.write(zf.read(info))


def install_zip_all(upload):
    with zipfile.ZipFile(upload) as zf:
        zf.extractall(DEST) # SAFE
`,
  ),
  ...rules(
    "CWE-732",
    "batch67: chmod, umask and temporary files",
    `
import os
import stat
import tempfile
from pathlib import Path


def write_key(path, data):
    with open(path, "wb") as f:
        f.write(data)
    os.chmod(path, 0o600) # SAFE


def share_dir(d):
    os.chmod(d, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO) # VULN
    os.chmod(d, stat.S_IRWXU) # SAFE


def daemonize():
    os.umask(0) # VULN


def daemonize_ok():
    os.umask(0o077) # SAFE


def socket_file(p):
    Path(p).chmod(0o666) # VULN
    Path(p).touch(mode=0o600) # SAFE


def scratch():
    name = tempfile.mktemp(suffix=".csv") # VULN CWE-377
    fd, name2 = tempfile.mkstemp(suffix=".csv") # SAFE CWE-377
    os.close(fd)
    with open("/tmp/report.csv", "w") as f: # VULN CWE-377
        f.write("x")
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as g: # SAFE CWE-377
        g.write("y")
    return name, name2, g.name
`,
  ),
  ...rules(
    "CWE-347",
    "batch67: PyJWT and python-jose verification options",
    `
import os

import jwt
from flask import Flask, request
from jose import jwt as jose_jwt
from jwt import decode as jwt_decode

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]


def bearer():
    return request.headers.get("Authorization", "").removeprefix("Bearer ")


@app.get("/me")
def me():
    token = bearer()
    a = jwt.decode(token, options={"verify_signature": False}) # VULN
    b = jwt.decode(token, SECRET, algorithms=["HS256"]) # SAFE
    c = jose_jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_signature": False}) # VULN
    d = jose_jwt.decode(token, SECRET, algorithms=["HS256"]) # SAFE
    e = jwt_decode(token, SECRET, algorithms=["HS256"], audience="api") # SAFE
    header = jwt.get_unverified_header(token) # SAFE
    return {"a": a["sub"], "b": b["sub"], "c": c["sub"], "d": d["sub"], "e": e["sub"], "kid": header.get("kid")}


@app.get("/whoami")
def whoami():
    claims = jose_jwt.get_unverified_claims(bearer()) # VULN
    return {"user": claims["sub"]}
`,
  ),
  ...rules(
    "CWE-943",
    "batch67: MongoDB $where strings and operator objects from JSON bodies",
    `
import os

from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient(os.environ["MONGO_URL"]).shop


@app.post("/api/reset")
def reset():
    body = request.get_json()
    u = db.users.find_one({"email": body["email"], "reset_token": body["token"]}) # VULN
    v = db.users.find_one({"email": str(body["email"]), "reset_token": str(body["token"])}) # SAFE
    return {"ok": bool(u or v)}


@app.get("/api/orders")
def orders():
    name = request.args.get("customer", "")
    a = list(db.orders.find({"$where": "this.customer == '" + name + "'"})) # VULN
    b = list(db.orders.find({"customer": name})) # SAFE
    c = list(db.orders.find({"$where": "this.total > this.paid"})) # SAFE
    return {"n": len(a) + len(b) + len(c)}
`,
  ),
];
