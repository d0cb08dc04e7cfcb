// Dev suite "py-snippets", batch 22 (see py-snippets.ts): written blind after batches 20 and 21 (before any fix
// they prompted), measured before any fix of its own. Shell helpers fed from sys.argv, Django raw() with LIKE,
// mysql.connector str.format in a class, YAML UnsafeLoader on an uploaded file, link previews through urlopen,
// umask(0), psycopg2 passwords in code, DES, random.choices reset tokens, urllib3 CERT_NONE, card numbers posted
// over http, PyJWT 1.x verify=False, nested-quantifier e-mail regexes, negative transfer amounts, exception text
// in Django answers, password hashes in JSON, search terms logged by concatenation, SAX with external entities,
// lxml huge_tree, XPath by % formatting, Active Directory filters by concatenation, MongoDB logins from JSON,
// Flask-WTF CSRF turned off, SESSION_COOKIE_HTTPONLY off (Flask and Django), 1024-bit pycryptodome RSA,
// Set-Cookie from the query in http.server and exec of uploaded plugins. Fixed twins are what a careful reviewer
// would accept. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH22: DevCase[] = [
  bad(
    "CWE-78",
    "batch22: backup script joins argv paths into a shell command run by a helper",
    src`
import subprocess
import sys

def run(cmd):
    return subprocess.check_output(cmd, shell=True, text=True)

def backup(paths):
    return run("tar czf /backups/files.tgz " + " ".join(paths))

if __name__ == "__main__":
    print(backup(sys.argv[1:]))
`,
  ),
  good(
    "CWE-78",
    "batch22: backup script passes argv paths as tar arguments",
    src`
import subprocess
import sys

def backup(paths):
    return subprocess.check_output(["tar", "czf", "/backups/files.tgz", "--", *paths], text=True)

if __name__ == "__main__":
    print(backup(sys.argv[1:]))
`,
  ),
  bad(
    "CWE-89",
    "batch22: Django raw() search puts the term into LIKE with %",
    src`
from django.shortcuts import render

from .models import Book

def search_books(request):
    term = request.GET.get("q", "")
    books = Book.objects.raw("SELECT * FROM shop_book WHERE title LIKE '%%%s%%'" % term)
    return render(request, "books/search.html", {"books": books, "q": term})
`,
  ),
  good(
    "CWE-89",
    "batch22: Django raw() search binds the LIKE pattern",
    src`
from django.shortcuts import render

from .models import Book

def search_books(request):
    term = request.GET.get("q", "")
    books = Book.objects.raw("SELECT * FROM shop_book WHERE title LIKE %s", [f"%{term}%"])
    return render(request, "books/search.html", {"books": books, "q": term})
`,
  ),
  bad(
    "CWE-89",
    "batch22: profile repository updates the bio with str.format",
    src`
import mysql.connector

class ProfileRepository:
    def __init__(self, **db_args):
        self.conn = mysql.connector.connect(**db_args)

    def update_bio(self, user_id, bio):
        cursor = self.conn.cursor()
        query = "UPDATE profiles SET bio = '{}' WHERE user_id = {}".format(bio, user_id)
        cursor.execute(query)
        self.conn.commit()
        cursor.close()
`,
  ),
  good(
    "CWE-89",
    "batch22: profile repository updates the bio with placeholders",
    src`
import mysql.connector

class ProfileRepository:
    def __init__(self, **db_args):
        self.conn = mysql.connector.connect(**db_args)

    def update_bio(self, user_id, bio):
        cursor = self.conn.cursor()
        cursor.execute("UPDATE profiles SET bio = %s WHERE user_id = %s", (bio, user_id))
        self.conn.commit()
        cursor.close()
`,
  ),
  bad(
    "CWE-502",
    "batch22: config upload loaded with yaml.UnsafeLoader",
    src`
import yaml
from flask import Flask, request

app = Flask(__name__)

@app.route("/pipelines", methods=["POST"])
def upload_pipeline():
    cfg = yaml.load(request.files["config"].stream, Loader=yaml.UnsafeLoader)
    return {"steps": len(cfg.get("steps", []))}
`,
  ),
  good(
    "CWE-502",
    "batch22: config upload loaded with yaml.safe_load",
    src`
import yaml
from flask import Flask, request

app = Flask(__name__)

@app.route("/pipelines", methods=["POST"])
def upload_pipeline():
    cfg = yaml.safe_load(request.files["config"].stream)
    return {"steps": len(cfg.get("steps", []))}
`,
  ),
  bad(
    "CWE-918",
    "batch22: link preview view fetches the url parameter with urlopen",
    src`
import re
from urllib.request import urlopen

from flask import Flask, request, jsonify

app = Flask(__name__)

def link_preview(url):
    html = urlopen(url, timeout=5).read(65536).decode("utf-8", "replace")
    m = re.search(r"<title>(.*?)</title>", html, re.S | re.I)
    return m.group(1).strip() if m else url

@app.route("/preview")
def preview():
    return jsonify({"title": link_preview(request.args["url"])})
`,
  ),
  good(
    "CWE-918",
    "batch22: link preview view fetches only from allow-listed https hosts",
    src`
import re
from urllib.parse import urlparse
from urllib.request import urlopen

from flask import Flask, abort, request, jsonify

app = Flask(__name__)
PREVIEW_HOSTS = {"en.wikipedia.org", "github.com", "docs.python.org"}

def link_preview(url):
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in PREVIEW_HOSTS:
        abort(400)
    html = urlopen(url, timeout=5).read(65536).decode("utf-8", "replace")
    m = re.search(r"<title>(.*?)</title>", html, re.S | re.I)
    return m.group(1).strip() if m else url

@app.route("/preview")
def preview():
    return jsonify({"title": link_preview(request.args["url"])})
`,
  ),
  bad(
    "CWE-732",
    "batch22: daemon start-up clears the umask before writing its files",
    src`
import os

def daemonize(pidfile, workdir="/var/lib/collector"):
    if os.fork() > 0:
        os._exit(0)
    os.setsid()
    os.umask(0)
    os.chdir(workdir)
    with open(pidfile, "w") as fh:
        fh.write(str(os.getpid()))
`,
  ),
  good(
    "CWE-732",
    "batch22: daemon start-up sets a restrictive umask before writing its files",
    src`
import os

def daemonize(pidfile, workdir="/var/lib/collector"):
    if os.fork() > 0:
        os._exit(0)
    os.setsid()
    os.umask(0o027)
    os.chdir(workdir)
    with open(pidfile, "w") as fh:
        fh.write(str(os.getpid()))
`,
  ),
  bad(
    "CWE-798",
    "batch22: reporting script connects to Postgres with a password in the code",
    src`
import psycopg2

def monthly_totals():
    conn = psycopg2.connect(host="db.internal", dbname="sales", user="report", password="Rep0rt!2024")
    with conn, conn.cursor() as cur:
        cur.execute("SELECT date_trunc('month', created), sum(total) FROM orders GROUP BY 1 ORDER BY 1")
        return cur.fetchall()
`,
  ),
  good(
    "CWE-798",
    "batch22: reporting script reads the Postgres password from the environment",
    src`
import os

import psycopg2

def monthly_totals():
    conn = psycopg2.connect(
        host="db.internal", dbname="sales", user="report", password=os.environ["REPORT_DB_PASSWORD"]
    )
    with conn, conn.cursor() as cur:
        cur.execute("SELECT date_trunc('month', created), sum(total) FROM orders GROUP BY 1 ORDER BY 1")
        return cur.fetchall()
`,
  ),
  bad(
    "CWE-327",
    "batch22: legacy export encrypts with pycryptodome DES in CBC mode",
    src`
from Crypto.Cipher import DES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

def encrypt_export(key8: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES.new(key8, DES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, DES.block_size))
`,
  ),
  good(
    "CWE-327",
    "batch22: export encrypts with pycryptodome AES in GCM mode",
    src`
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

def encrypt_export(key32: bytes, data: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(key32, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + ct
`,
  ),
  bad(
    "CWE-330",
    "batch22: password reset token from random.choices",
    src`
import random
import string

def make_reset_token(length=24):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choices(alphabet, k=length))

def start_password_reset(user, mailer):
    token = make_reset_token()
    user.reset_token = token
    user.save()
    mailer.send(user.email, f"https://app.example.com/reset?token={token}")
`,
  ),
  good(
    "CWE-330",
    "batch22: password reset token from secrets.choice",
    src`
import secrets
import string

def make_reset_token(length=24):
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))

def start_password_reset(user, mailer):
    token = make_reset_token()
    user.reset_token = token
    user.save()
    mailer.send(user.email, f"https://app.example.com/reset?token={token}")
`,
  ),
  bad(
    "CWE-295",
    "batch22: urllib3 pool manager built with CERT_NONE",
    src`
import json

import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_NONE")

def get_status(url):
    r = http.request("GET", url, timeout=5.0)
    return json.loads(r.data)["status"]
`,
  ),
  good(
    "CWE-295",
    "batch22: urllib3 pool manager requires certificates from certifi",
    src`
import json

import certifi
import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())

def get_status(url):
    r = http.request("GET", url, timeout=5.0)
    return json.loads(r.data)["status"]
`,
  ),
  bad(
    "CWE-319",
    "batch22: checkout posts the card number to an http endpoint",
    src`
import requests

PAYMENT_API = "http://payments.example.net/v1/charge"

def charge(card_number, expiry, cvv, amount_cents):
    resp = requests.post(
        PAYMENT_API,
        json={"card": card_number, "exp": expiry, "cvv": cvv, "amount": amount_cents},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["charge_id"]
`,
  ),
  good(
    "CWE-319",
    "batch22: checkout posts the card number to an https endpoint",
    src`
import requests

PAYMENT_API = "https://payments.example.net/v1/charge"

def charge(card_number, expiry, cvv, amount_cents):
    resp = requests.post(
        PAYMENT_API,
        json={"card": card_number, "exp": expiry, "cvv": cvv, "amount": amount_cents},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["charge_id"]
`,
  ),
  bad(
    "CWE-347",
    "batch22: PyJWT 1.x decode with verify=False trusts the user id",
    src`
import jwt

def user_from_token(token):
    payload = jwt.decode(token, verify=False)
    return payload["user_id"]
`,
  ),
  good(
    "CWE-347",
    "batch22: PyJWT decode with the secret and HS256 trusts the user id",
    src`
import os

import jwt

def user_from_token(token):
    payload = jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
    return payload["user_id"]
`,
  ),
  bad(
    "CWE-400",
    "batch22: sign-up checks the e-mail with a nested quantifier",
    src`
import re
from flask import Flask, request

app = Flask(__name__)
EMAIL_RE = re.compile(r"^([a-zA-Z0-9_.+-]+)+@example\.com$")

@app.route("/invite", methods=["POST"])
def invite():
    email = request.form.get("email", "")
    if not EMAIL_RE.match(email):
        return "only example.com addresses", 400
    send_invite(email)
    return "sent"
`,
  ),
  good(
    "CWE-400",
    "batch22: sign-up checks the e-mail with a linear pattern",
    src`
import re
from flask import Flask, request

app = Flask(__name__)
EMAIL_RE = re.compile(r"^[a-zA-Z0-9_.+-]+@example\.com$")

@app.route("/invite", methods=["POST"])
def invite():
    email = request.form.get("email", "")
    if len(email) > 254 or not EMAIL_RE.match(email):
        return "only example.com addresses", 400
    send_invite(email)
    return "sent"
`,
  ),
  bad(
    "CWE-20",
    "batch22: transfer view moves any amount the form sends, negative included",
    src`
from flask import Flask, request, session, jsonify

app = Flask(__name__)

@app.route("/transfer", methods=["POST"])
def transfer():
    amount = float(request.form["amount"])
    src = get_account(session["user_id"])
    dst = get_account(int(request.form["to_account"]))
    src.balance -= amount
    dst.balance += amount
    commit()
    return jsonify({"balance": src.balance})
`,
  ),
  good(
    "CWE-20",
    "batch22: transfer view checks the amount is positive, finite and covered",
    src`
import math
from decimal import Decimal, InvalidOperation

from flask import Flask, request, session, jsonify

app = Flask(__name__)

@app.route("/transfer", methods=["POST"])
def transfer():
    try:
        amount = Decimal(request.form["amount"])
    except InvalidOperation:
        return jsonify({"error": "bad amount"}), 400
    if not amount.is_finite() or amount <= 0 or amount > Decimal("10000"):
        return jsonify({"error": "bad amount"}), 400
    src = get_account(session["user_id"])
    if src.balance < amount:
        return jsonify({"error": "insufficient funds"}), 400
    dst = get_account(int(request.form["to_account"]))
    src.balance -= amount
    dst.balance += amount
    commit()
    return jsonify({"balance": str(src.balance)})
`,
  ),
  bad(
    "CWE-209",
    "batch22: Django import view answers with the exception text",
    src`
from django.http import HttpResponse

def import_contacts(request):
    try:
        count = load_contacts(request.FILES["csv"])
    except Exception as e:
        return HttpResponse(f"Import failed: {e}", status=500)
    return HttpResponse(f"Imported {count} contacts")
`,
  ),
  good(
    "CWE-209",
    "batch22: Django import view logs the exception and answers generically",
    src`
import logging

from django.http import HttpResponse

logger = logging.getLogger(__name__)

def import_contacts(request):
    try:
        count = load_contacts(request.FILES["csv"])
    except Exception:
        logger.exception("contact import failed")
        return HttpResponse("Import failed, please check the file and try again.", status=500)
    return HttpResponse(f"Imported {count} contacts")
`,
  ),
  bad(
    "CWE-200",
    "batch22: user API returns the stored password hash and reset token",
    src`
from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/api/users/<int:user_id>")
def get_user(user_id):
    u = User.query.get_or_404(user_id)
    return jsonify({
        "id": u.id,
        "username": u.username,
        "email": u.email,
        "password_hash": u.password_hash,
        "reset_token": u.reset_token,
    })
`,
  ),
  good(
    "CWE-200",
    "batch22: user API returns the public profile fields only",
    src`
from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/api/users/<int:user_id>")
def get_user(user_id):
    u = User.query.get_or_404(user_id)
    return jsonify({"id": u.id, "username": u.username})
`,
  ),
  bad(
    "CWE-117",
    "batch22: search view logs the query by string concatenation",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("search")

@app.route("/search")
def search():
    q = request.args.get("q", "")
    log.info("search query: " + q)
    return run_search(q)
`,
  ),
  good(
    "CWE-117",
    "batch22: search view logs the repr of the query",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("search")

@app.route("/search")
def search():
    q = request.args.get("q", "")
    log.info("search query: %r", q)
    return run_search(q)
`,
  ),
  bad(
    "CWE-611",
    "batch22: SAX feed reader turns on external general entities",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges

class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles, self._in_title = [], False

    def startElement(self, name, attrs):
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title:
            self.titles.append(content)

def feed_titles(feed_file):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = TitleHandler()
    parser.setContentHandler(handler)
    parser.parse(feed_file)
    return handler.titles
`,
  ),
  good(
    "CWE-611",
    "batch22: SAX feed reader parses with defusedxml.sax",
    src`
import xml.sax

import defusedxml.sax

class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles, self._in_title = [], False

    def startElement(self, name, attrs):
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title:
            self.titles.append(content)

def feed_titles(feed_file):
    handler = TitleHandler()
    defusedxml.sax.parse(feed_file, handler)
    return handler.titles
`,
  ),
  bad(
    "CWE-776",
    "batch22: catalogue import parses uploads with lxml huge_tree",
    src`
from lxml import etree

def import_catalogue(upload):
    parser = etree.XMLParser(huge_tree=True)
    root = etree.fromstring(upload.read(), parser)
    return [(p.get("sku"), p.findtext("name")) for p in root.iter("product")]
`,
  ),
  good(
    "CWE-776",
    "batch22: catalogue import parses uploads without entity expansion",
    src`
from lxml import etree

def import_catalogue(upload):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(upload.read(), parser)
    return [(p.get("sku"), p.findtext("name")) for p in root.iter("product")]
`,
  ),
  bad(
    "CWE-643",
    "batch22: library lookup formats the author into XPath with %",
    src`
from lxml import etree

class Library:
    def __init__(self, path):
        self.tree = etree.parse(path)

    def titles_by(self, author):
        return self.tree.xpath("//book[author='%s']/title/text()" % author)
`,
  ),
  good(
    "CWE-643",
    "batch22: library lookup binds the author as an XPath variable",
    src`
from lxml import etree

class Library:
    def __init__(self, path):
        self.tree = etree.parse(path)

    def titles_by(self, author):
        return self.tree.xpath("//book[author=$author]/title/text()", author=author)
`,
  ),
  bad(
    "CWE-90",
    "batch22: Active Directory authenticator builds the filter by concatenation",
    src`
from ldap3 import Connection, Server, SUBTREE

class ADAuthenticator:
    def __init__(self, host, bind_dn, bind_pw, base_dn):
        self.server = Server(host, use_ssl=True)
        self.bind_dn, self.bind_pw, self.base_dn = bind_dn, bind_pw, base_dn

    def groups_of(self, account):
        conn = Connection(self.server, self.bind_dn, self.bind_pw, auto_bind=True)
        conn.search(
            self.base_dn,
            "(&(objectClass=user)(sAMAccountName=" + account + "))",
            search_scope=SUBTREE,
            attributes=["memberOf"],
        )
        return [str(g) for e in conn.entries for g in e.memberOf]
`,
  ),
  good(
    "CWE-90",
    "batch22: Active Directory authenticator escapes the account name",
    src`
from ldap3 import Connection, Server, SUBTREE
from ldap3.utils.conv import escape_filter_chars

class ADAuthenticator:
    def __init__(self, host, bind_dn, bind_pw, base_dn):
        self.server = Server(host, use_ssl=True)
        self.bind_dn, self.bind_pw, self.base_dn = bind_dn, bind_pw, base_dn

    def groups_of(self, account):
        conn = Connection(self.server, self.bind_dn, self.bind_pw, auto_bind=True)
        conn.search(
            self.base_dn,
            "(&(objectClass=user)(sAMAccountName=" + escape_filter_chars(account) + "))",
            search_scope=SUBTREE,
            attributes=["memberOf"],
        )
        return [str(g) for e in conn.entries for g in e.memberOf]
`,
  ),
  bad(
    "CWE-943",
    "batch22: MongoDB login matches the JSON body's username and password as given",
    src`
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]

@app.route("/api/login", methods=["POST"])
def login():
    data = request.get_json()
    user = users.find_one({"username": data["username"], "password": data["password"]})
    if not user:
        return jsonify({"ok": False}), 401
    return jsonify({"ok": True, "id": str(user["_id"])})
`,
  ),
  good(
    "CWE-943",
    "batch22: MongoDB login accepts only strings and checks a password hash",
    src`
import bcrypt
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]

@app.route("/api/login", methods=["POST"])
def login():
    data = request.get_json()
    username, password = data.get("username"), data.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        return jsonify({"ok": False}), 400
    user = users.find_one({"username": username})
    if not user or not bcrypt.checkpw(password.encode(), user["pw_hash"]):
        return jsonify({"ok": False}), 401
    return jsonify({"ok": True, "id": str(user["_id"])})
`,
  ),
  bad(
    "CWE-352",
    "batch22: Flask-WTF app disables CSRF protection in its config",
    src`
from flask import Flask
from flask_wtf import FlaskForm
from wtforms import StringField

app = Flask(__name__)
app.config["SECRET_KEY"] = load_secret()
app.config["WTF_CSRF_ENABLED"] = False

class AddressForm(FlaskForm):
    street = StringField("street")

@app.route("/account/address", methods=["GET", "POST"])
def address():
    form = AddressForm()
    if form.validate_on_submit():
        update_address(form.street.data)
    return render_address(form)
`,
  ),
  good(
    "CWE-352",
    "batch22: Flask-WTF app keeps CSRF protection on",
    src`
from flask import Flask
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import StringField

app = Flask(__name__)
app.config["SECRET_KEY"] = load_secret()
csrf = CSRFProtect(app)

class AddressForm(FlaskForm):
    street = StringField("street")

@app.route("/account/address", methods=["GET", "POST"])
def address():
    form = AddressForm()
    if form.validate_on_submit():
        update_address(form.street.data)
    return render_address(form)
`,
  ),
  bad(
    "CWE-1004",
    "batch22: Flask factory sets SESSION_COOKIE_HTTPONLY to False",
    src`
from flask import Flask

def create_app():
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=load_secret(),
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=False,
    )
    return app
`,
  ),
  good(
    "CWE-1004",
    "batch22: Flask factory keeps SESSION_COOKIE_HTTPONLY on",
    src`
from flask import Flask

def create_app():
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=load_secret(),
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    return app
`,
  ),
  bad(
    "CWE-1004",
    "batch22: Django settings turn SESSION_COOKIE_HTTPONLY off",
    src`
import os

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["app.example.com"]
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = False
CSRF_COOKIE_SECURE = True
`,
  ),
  good(
    "CWE-1004",
    "batch22: Django settings keep SESSION_COOKIE_HTTPONLY on",
    src`
import os

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["app.example.com"]
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
`,
  ),
  bad(
    "CWE-326",
    "batch22: key script writes a 1024-bit pycryptodome RSA key",
    src`
import sys

from Crypto.PublicKey import RSA

def main(out_prefix):
    key = RSA.generate(1024)
    with open(out_prefix + ".pem", "wb") as fh:
        fh.write(key.export_key(passphrase=input("Passphrase: "), pkcs=8, protection="scryptAndAES128-CBC"))
    with open(out_prefix + ".pub", "wb") as fh:
        fh.write(key.publickey().export_key())

if __name__ == "__main__":
    main(sys.argv[1])
`,
  ),
  good(
    "CWE-326",
    "batch22: key script writes a 3072-bit pycryptodome RSA key",
    src`
import sys

from Crypto.PublicKey import RSA

def main(out_prefix):
    key = RSA.generate(3072)
    with open(out_prefix + ".pem", "wb") as fh:
        fh.write(key.export_key(passphrase=input("Passphrase: "), pkcs=8, protection="scryptAndAES128-CBC"))
    with open(out_prefix + ".pub", "wb") as fh:
        fh.write(key.publickey().export_key())

if __name__ == "__main__":
    main(sys.argv[1])
`,
  ),
  bad(
    "CWE-113",
    "batch22: http.server language switch sets a cookie from the query",
    src`
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

class LangHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        lang = parse_qs(urlparse(self.path).query).get("lang", ["en"])[0]
        self.send_response(302)
        self.send_header("Set-Cookie", "lang=" + lang + "; Path=/")
        self.send_header("Location", "/")
        self.end_headers()

HTTPServer(("", 8000), LangHandler).serve_forever()
`,
  ),
  good(
    "CWE-113",
    "batch22: http.server language switch sets a cookie from a fixed set",
    src`
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

LANGS = {"en", "de", "fr", "es"}

class LangHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        lang = parse_qs(urlparse(self.path).query).get("lang", ["en"])[0]
        if lang not in LANGS:
            lang = "en"
        self.send_response(302)
        self.send_header("Set-Cookie", "lang=" + lang + "; Path=/")
        self.send_header("Location", "/")
        self.end_headers()

HTTPServer(("", 8000), LangHandler).serve_forever()
`,
  ),
  bad(
    "CWE-94",
    "batch22: plugin endpoint executes the uploaded Python file",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/plugins/run", methods=["POST"])
def run_plugin():
    source = request.files["plugin"].read().decode("utf-8")
    namespace = {}
    exec(compile(source, "<plugin>", "exec"), namespace)
    return jsonify({"result": namespace.get("result")})
`,
  ),
];
