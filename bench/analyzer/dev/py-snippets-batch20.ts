// Dev suite "py-snippets", batch 20 (see py-snippets.ts): written blind after the batch19 fixes, measured before
// any fix it prompted. Leans on the CWEs the earlier batches have few of: session cookies without HttpOnly (Flask
// and Django), credentials saved to a JSON file, MD5/SHA-1 digests of passwords and API keys, a thread per
// connection, requests without a timeout, regexes compiled from the query, csrf_exempt on a form view, ldap3 and
// python-ldap filters, is_staff from the form, minidom on a request body, lxml parsers that resolve entities,
// XPath built with an f-string, http.server headers from the query, login failures logged with the form's user
// name, tracebacks in JSON answers, paramiko's AutoAddPolicy, SMTP logins without STARTTLS, 1024-bit RSA, static
// CBC IVs, PyJWT without signature checks, tempfile.mktemp, MongoDB $where and environment dumps. Fixed twins are
// what a careful reviewer would accept. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH20: DevCase[] = [
  bad(
    "CWE-1004",
    "batch20: Flask login sets the session token cookie without httponly",
    src`
import secrets
from flask import Flask, request, make_response

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    user = authenticate(request.form["username"], request.form["password"])
    if user is None:
        return "invalid credentials", 401
    token = secrets.token_urlsafe(32)
    save_session(token, user.id)
    resp = make_response("ok")
    resp.set_cookie("session_token", token, secure=True, max_age=3600)
    return resp
`,
  ),
  good(
    "CWE-1004",
    "batch20: Flask login sets the session token cookie httponly and secure",
    src`
import secrets
from flask import Flask, request, make_response

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    user = authenticate(request.form["username"], request.form["password"])
    if user is None:
        return "invalid credentials", 401
    token = secrets.token_urlsafe(32)
    save_session(token, user.id)
    resp = make_response("ok")
    resp.set_cookie("session_token", token, secure=True, httponly=True, samesite="Lax", max_age=3600)
    return resp
`,
  ),
  bad(
    "CWE-1004",
    "batch20: Django API login stores the auth key in a cookie readable by scripts",
    src`
from django.contrib.auth import authenticate
from django.http import JsonResponse
from rest_framework.authtoken.models import Token

def api_login(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"error": "bad credentials"}, status=401)
    key, _ = Token.objects.get_or_create(user=user)
    response = JsonResponse({"ok": True})
    response.set_cookie("auth_token", key.key, max_age=86400, secure=True)
    return response
`,
  ),
  good(
    "CWE-1004",
    "batch20: Django API login stores the auth key in an httponly cookie",
    src`
from django.contrib.auth import authenticate
from django.http import JsonResponse
from rest_framework.authtoken.models import Token

def api_login(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"error": "bad credentials"}, status=401)
    key, _ = Token.objects.get_or_create(user=user)
    response = JsonResponse({"ok": True})
    response.set_cookie("auth_token", key.key, max_age=86400, secure=True, httponly=True, samesite="Strict")
    return response
`,
  ),
  bad(
    "CWE-312",
    "batch20: CLI setup saves the password it prompted for into a JSON config",
    src`
import getpass
import json
import os

CONFIG = os.path.expanduser("~/.reportsync.json")

def setup():
    username = input("Username: ")
    password = getpass.getpass("Password: ")
    config = {"server": "https://reports.example.com", "username": username, "password": password}
    with open(CONFIG, "w") as fh:
        json.dump(config, fh, indent=2)
    print("Saved to", CONFIG)
`,
  ),
  good(
    "CWE-312",
    "batch20: CLI setup keeps the password in the system keyring",
    src`
import getpass
import json
import os

import keyring

CONFIG = os.path.expanduser("~/.reportsync.json")

def setup():
    username = input("Username: ")
    password = getpass.getpass("Password: ")
    keyring.set_password("reportsync", username, password)
    config = {"server": "https://reports.example.com", "username": username}
    with open(CONFIG, "w") as fh:
        json.dump(config, fh, indent=2)
    print("Saved to", CONFIG)
`,
  ),
  bad(
    "CWE-328",
    "batch20: register_user stores an MD5 hex digest of the password",
    src`
import hashlib
import sqlite3

def register_user(db_path, username, password):
    pw_hash = hashlib.md5(password.encode("utf-8")).hexdigest()
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO users (username, pw_hash) VALUES (?, ?)", (username, pw_hash))
`,
  ),
  good(
    "CWE-328",
    "batch20: register_user stores a bcrypt hash of the password",
    src`
import sqlite3

import bcrypt

def register_user(db_path, username, password):
    pw_hash = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt())
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO users (username, pw_hash) VALUES (?, ?)", (username, pw_hash))
`,
  ),
  bad(
    "CWE-328",
    "batch20: API key store keeps a SHA-1 fingerprint of each key",
    src`
import hashlib
import secrets

class ApiKeyStore:
    def __init__(self, db):
        self.db = db

    def issue(self, owner_id):
        api_key = secrets.token_hex(32)
        digest = hashlib.sha1(api_key.encode()).hexdigest()
        self.db.insert("api_keys", owner=owner_id, digest=digest)
        return api_key

    def check(self, api_key):
        digest = hashlib.sha1(api_key.encode()).hexdigest()
        return self.db.find_one("api_keys", digest=digest)
`,
  ),
  good(
    "CWE-328",
    "batch20: API key store keeps a SHA-256 fingerprint of each key",
    src`
import hashlib
import secrets

class ApiKeyStore:
    def __init__(self, db):
        self.db = db

    def issue(self, owner_id):
        api_key = secrets.token_hex(32)
        digest = hashlib.sha256(api_key.encode()).hexdigest()
        self.db.insert("api_keys", owner=owner_id, digest=digest)
        return api_key

    def check(self, api_key):
        digest = hashlib.sha256(api_key.encode()).hexdigest()
        return self.db.find_one("api_keys", digest=digest)
`,
  ),
  bad(
    "CWE-770",
    "batch20: echo server starts a new thread for every connection",
    src`
import socket
import threading

def handle(conn, addr):
    with conn:
        while True:
            data = conn.recv(4096)
            if not data:
                break
            conn.sendall(data)

def serve(port=9000):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("0.0.0.0", port))
    srv.listen()
    while True:
        conn, addr = srv.accept()
        threading.Thread(target=handle, args=(conn, addr), daemon=True).start()
`,
  ),
  good(
    "CWE-770",
    "batch20: echo server hands connections to a bounded pool",
    src`
import socket
import threading
from concurrent.futures import ThreadPoolExecutor

MAX_CLIENTS = 64
slots = threading.BoundedSemaphore(MAX_CLIENTS)

def handle(conn, addr):
    try:
        with conn:
            conn.settimeout(30)
            while True:
                data = conn.recv(4096)
                if not data:
                    break
                conn.sendall(data)
    finally:
        slots.release()

def serve(port=9000):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("0.0.0.0", port))
    srv.listen(128)
    with ThreadPoolExecutor(max_workers=MAX_CLIENTS) as pool:
        while True:
            conn, addr = srv.accept()
            if not slots.acquire(blocking=False):
                conn.close()
                continue
            pool.submit(handle, conn, addr)
`,
  ),
  bad(
    "CWE-400",
    "batch20: weather helper calls requests.get with no timeout",
    src`
import requests

API = "https://api.weather.example.com/v1/current"

def fetch_weather(city):
    resp = requests.get(API, params={"q": city})
    resp.raise_for_status()
    return resp.json()["temp_c"]
`,
  ),
  good(
    "CWE-400",
    "batch20: weather helper calls requests.get with a timeout",
    src`
import requests

API = "https://api.weather.example.com/v1/current"

def fetch_weather(city):
    resp = requests.get(API, params={"q": city}, timeout=(3, 10))
    resp.raise_for_status()
    return resp.json()["temp_c"]
`,
  ),
  bad(
    "CWE-400",
    "batch20: search view compiles the pattern the user typed",
    src`
import re
from flask import Flask, request, jsonify

app = Flask(__name__)
PRODUCTS = load_products()

@app.route("/products/search")
def search():
    pattern = re.compile(request.args.get("q", ""), re.IGNORECASE)
    return jsonify([p for p in PRODUCTS if pattern.search(p["name"])])
`,
  ),
  good(
    "CWE-400",
    "batch20: search view escapes the text before compiling it",
    src`
import re
from flask import Flask, request, jsonify

app = Flask(__name__)
PRODUCTS = load_products()

@app.route("/products/search")
def search():
    pattern = re.compile(re.escape(request.args.get("q", "")[:100]), re.IGNORECASE)
    return jsonify([p for p in PRODUCTS if pattern.search(p["name"])])
`,
  ),
  bad(
    "CWE-352",
    "batch20: Django change-email view marked csrf_exempt",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

@csrf_exempt
@login_required
@require_POST
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save(update_fields=["email"])
    return redirect("profile")
`,
  ),
  good(
    "CWE-352",
    "batch20: Django change-email view left under the CSRF middleware",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

@login_required
@require_POST
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save(update_fields=["email"])
    return redirect("profile")
`,
  ),
  bad(
    "CWE-90",
    "batch20: ldap3 lookup puts the username into the filter with an f-string",
    src`
from ldap3 import Server, Connection, ALL

def find_user_email(username):
    server = Server("ldaps://ldap.corp.example.com", get_info=ALL)
    conn = Connection(server, "cn=reader,dc=corp,dc=example,dc=com", load_password(), auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example,dc=com", f"(uid={username})", attributes=["mail"])
    return conn.entries[0].mail.value if conn.entries else None
`,
  ),
  good(
    "CWE-90",
    "batch20: ldap3 lookup escapes the username before the filter",
    src`
from ldap3 import Server, Connection, ALL
from ldap3.utils.conv import escape_filter_chars

def find_user_email(username):
    server = Server("ldaps://ldap.corp.example.com", get_info=ALL)
    conn = Connection(server, "cn=reader,dc=corp,dc=example,dc=com", load_password(), auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example,dc=com", f"(uid={escape_filter_chars(username)})", attributes=["mail"])
    return conn.entries[0].mail.value if conn.entries else None
`,
  ),
  bad(
    "CWE-90",
    "batch20: python-ldap directory search formats the name with %",
    src`
import sys

import ldap

BASE = "dc=example,dc=org"

def main():
    name = sys.argv[1]
    con = ldap.initialize("ldap://ldap.example.org")
    con.simple_bind_s()
    for dn, attrs in con.search_s(BASE, ldap.SCOPE_SUBTREE, "(&(objectClass=person)(cn=%s))" % name):
        print(dn, attrs.get("telephoneNumber"))

if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-269",
    "batch20: Django sign-up view takes is_staff from the form",
    src`
from django.contrib.auth.models import User
from django.shortcuts import redirect

def signup(request):
    if request.method == "POST":
        User.objects.create_user(
            username=request.POST["username"],
            email=request.POST["email"],
            password=request.POST["password"],
            is_staff=request.POST.get("is_staff") == "on",
        )
        return redirect("login")
    return render_signup(request)
`,
  ),
  good(
    "CWE-269",
    "batch20: Django sign-up view always creates ordinary users",
    src`
from django.contrib.auth.models import User
from django.shortcuts import redirect

def signup(request):
    if request.method == "POST":
        User.objects.create_user(
            username=request.POST["username"],
            email=request.POST["email"],
            password=request.POST["password"],
        )
        return redirect("login")
    return render_signup(request)
`,
  ),
  bad(
    "CWE-776",
    "batch20: settings import parses the posted XML with minidom",
    src`
from xml.dom import minidom
from flask import Flask, request

app = Flask(__name__)

@app.route("/settings/import", methods=["POST"])
def import_settings():
    doc = minidom.parseString(request.data)
    settings = {n.getAttribute("name"): n.firstChild.data for n in doc.getElementsByTagName("setting")}
    save_settings(settings)
    return {"imported": len(settings)}
`,
  ),
  good(
    "CWE-776",
    "batch20: settings import parses the posted XML with defusedxml",
    src`
from defusedxml import minidom
from flask import Flask, request

app = Flask(__name__)

@app.route("/settings/import", methods=["POST"])
def import_settings():
    doc = minidom.parseString(request.data)
    settings = {n.getAttribute("name"): n.firstChild.data for n in doc.getElementsByTagName("setting")}
    save_settings(settings)
    return {"imported": len(settings)}
`,
  ),
  bad(
    "CWE-611",
    "batch20: invoice upload parsed by lxml with entity resolution on",
    src`
from lxml import etree

def read_invoice(uploaded_file):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    tree = etree.parse(uploaded_file, parser)
    return {
        "number": tree.findtext("number"),
        "total": float(tree.findtext("total")),
    }
`,
  ),
  good(
    "CWE-611",
    "batch20: invoice upload parsed by lxml without entities, DTDs or network",
    src`
from lxml import etree

def read_invoice(uploaded_file):
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    tree = etree.parse(uploaded_file, parser)
    return {
        "number": tree.findtext("number"),
        "total": float(tree.findtext("total")),
    }
`,
  ),
  bad(
    "CWE-643",
    "batch20: user lookup in an XML file builds the XPath with an f-string",
    src`
from lxml import etree

USERS = etree.parse("users.xml")

def check_login(username, password):
    query = f"//user[name/text()='{username}' and password/text()='{password}']"
    return len(USERS.xpath(query)) > 0
`,
  ),
  good(
    "CWE-643",
    "batch20: user lookup in an XML file passes XPath variables",
    src`
from lxml import etree

USERS = etree.parse("users.xml")

def check_login(username, password_hash):
    query = "//user[name/text()=$name and pwhash/text()=$pw]"
    return len(USERS.xpath(query, name=username, pw=password_hash)) > 0
`,
  ),
  bad(
    "CWE-113",
    "batch20: http.server download handler puts the query's file name into a header",
    src`
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs

class DownloadHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        name = qs.get("name", ["report.csv"])[0]
        body = build_report()
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Disposition", "attachment; filename=" + name)
        self.end_headers()
        self.wfile.write(body)

HTTPServer(("", 8080), DownloadHandler).serve_forever()
`,
  ),
  good(
    "CWE-113",
    "batch20: http.server download handler keeps only safe characters of the file name",
    src`
import re
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs

class DownloadHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        name = re.sub(r"[^A-Za-z0-9._-]", "_", qs.get("name", ["report.csv"])[0])
        body = build_report()
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Disposition", 'attachment; filename="%s"' % name)
        self.end_headers()
        self.wfile.write(body)

HTTPServer(("", 8080), DownloadHandler).serve_forever()
`,
  ),
  bad(
    "CWE-117",
    "batch20: login view logs the submitted username in an f-string",
    src`
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    if not check_password(username, request.form.get("password", "")):
        app.logger.warning(f"failed login for user {username}")
        abort(401)
    return start_session(username)
`,
  ),
  good(
    "CWE-117",
    "batch20: login view strips line breaks before logging the username",
    src`
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    if not check_password(username, request.form.get("password", "")):
        safe_name = username.replace("\r", "").replace("\n", "")
        app.logger.warning("failed login for user %s", safe_name)
        abort(401)
    return start_session(username)
`,
  ),
  bad(
    "CWE-209",
    "batch20: report endpoint returns the traceback in its JSON error",
    src`
import traceback
from flask import Flask, jsonify, request

app = Flask(__name__)

@app.route("/reports", methods=["POST"])
def create_report():
    try:
        report = generate_report(request.get_json())
        return jsonify(report)
    except Exception:
        return jsonify({"error": "report failed", "detail": traceback.format_exc()}), 500
`,
  ),
  bad(
    "CWE-295",
    "batch20: paramiko backup script trusts any host key",
    src`
import paramiko

def backup_database(host, user, key_file):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, key_filename=key_file)
    _, stdout, _ = client.exec_command("pg_dump app")
    with open("app.sql", "wb") as out:
        out.write(stdout.read())
    client.close()
`,
  ),
  good(
    "CWE-295",
    "batch20: paramiko backup script checks the known host keys",
    src`
import paramiko

def backup_database(host, user, key_file):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_file)
    _, stdout, _ = client.exec_command("pg_dump app")
    with open("app.sql", "wb") as out:
        out.write(stdout.read())
    client.close()
`,
  ),
  bad(
    "CWE-319",
    "batch20: alert mailer logs in to SMTP on port 25 without STARTTLS",
    src`
import smtplib
from email.message import EmailMessage

def send_alert(smtp_host, user, password, to_addr, text):
    msg = EmailMessage()
    msg["From"] = user
    msg["To"] = to_addr
    msg["Subject"] = "Alert"
    msg.set_content(text)
    server = smtplib.SMTP(smtp_host, 25)
    server.login(user, password)
    server.send_message(msg)
    server.quit()
`,
  ),
  good(
    "CWE-319",
    "batch20: alert mailer upgrades the SMTP session with STARTTLS before login",
    src`
import smtplib
import ssl
from email.message import EmailMessage

def send_alert(smtp_host, user, password, to_addr, text):
    msg = EmailMessage()
    msg["From"] = user
    msg["To"] = to_addr
    msg["Subject"] = "Alert"
    msg.set_content(text)
    server = smtplib.SMTP(smtp_host, 587)
    server.starttls(context=ssl.create_default_context())
    server.login(user, password)
    server.send_message(msg)
    server.quit()
`,
  ),
  bad(
    "CWE-326",
    "batch20: key generation helper makes 1024-bit RSA keys with cryptography",
    src`
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

def generate_keypair(passphrase: bytes):
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    return pem, key.public_key()
`,
  ),
  good(
    "CWE-326",
    "batch20: key generation helper makes 3072-bit RSA keys with cryptography",
    src`
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

def generate_keypair(passphrase: bytes):
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    return pem, key.public_key()
`,
  ),
  bad(
    "CWE-329",
    "batch20: pycryptodome CBC encryption with an IV of zero bytes",
    src`
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

IV = b"\x00" * 16

def encrypt_record(key: bytes, plaintext: str) -> bytes:
    cipher = AES.new(key, AES.MODE_CBC, IV)
    return cipher.encrypt(pad(plaintext.encode(), AES.block_size))
`,
  ),
  good(
    "CWE-329",
    "batch20: pycryptodome CBC encryption with a random IV sent along",
    src`
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

def encrypt_record(key: bytes, plaintext: str) -> bytes:
    iv = get_random_bytes(16)
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(plaintext.encode(), AES.block_size))
`,
  ),
  bad(
    "CWE-347",
    "batch20: PyJWT decode with verify_signature off decides the role",
    src`
import jwt
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/admin/stats")
def admin_stats():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    if claims.get("role") != "admin":
        abort(403)
    return collect_stats()
`,
  ),
  good(
    "CWE-347",
    "batch20: PyJWT decode with the key and a fixed algorithm decides the role",
    src`
import jwt
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/admin/stats")
def admin_stats():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, app.config["JWT_SECRET"], algorithms=["HS256"])
    except jwt.InvalidTokenError:
        abort(401)
    if claims.get("role") != "admin":
        abort(403)
    return collect_stats()
`,
  ),
  bad(
    "CWE-377",
    "batch20: image converter writes to a path from tempfile.mktemp",
    src`
import subprocess
import tempfile

def to_png(data: bytes) -> bytes:
    path = tempfile.mktemp(suffix=".svg")
    with open(path, "wb") as fh:
        fh.write(data)
    out = path + ".png"
    subprocess.run(["rsvg-convert", "-o", out, path], check=True)
    with open(out, "rb") as fh:
        return fh.read()
`,
  ),
  good(
    "CWE-377",
    "batch20: image converter works in a TemporaryDirectory",
    src`
import os
import subprocess
import tempfile

def to_png(data: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.svg")
        with open(path, "wb") as fh:
            fh.write(data)
        out = os.path.join(tmp, "out.png")
        subprocess.run(["rsvg-convert", "-o", out, path], check=True)
        with open(out, "rb") as fh:
            return fh.read()
`,
  ),
  bad(
    "CWE-943",
    "batch20: pymongo lookup passes the name into a $where expression",
    src`
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["shop"]

def find_orders(customer_name):
    return list(db.orders.find({"$where": "this.customer == '" + customer_name + "'"}))
`,
  ),
  good(
    "CWE-943",
    "batch20: pymongo lookup matches the name as a plain value",
    src`
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["shop"]

def find_orders(customer_name):
    return list(db.orders.find({"customer": str(customer_name)}))
`,
  ),
  bad(
    "CWE-200",
    "batch20: diagnostics endpoint returns the whole process environment",
    src`
import os
from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/diagnostics")
def diagnostics():
    return jsonify({"pid": os.getpid(), "env": dict(os.environ)})
`,
  ),
  good(
    "CWE-200",
    "batch20: diagnostics endpoint returns the pid and version only",
    src`
import os
from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/diagnostics")
def diagnostics():
    return jsonify({"pid": os.getpid(), "version": os.environ.get("APP_VERSION", "dev")})
`,
  ),
];
