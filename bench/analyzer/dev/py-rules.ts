// Dev suite "py-rules": see bench/analyzer/dev/index.ts. Cases written here, never taken from a held-out corpus.
// Each `rules(cwe, note, src)` is one small file of realistic code around one library API; a line ending in
// `# VULN` must get a finding of the class (`# VULN CWE-nnn` names another class for that line), a line ending in
// `# SAFE` is a look-alike that must not. The markers are stripped before analysis, so line numbers are the file's.
import type { DevCase } from "./cases.js";

const MARK = /\s*#\s*(VULN|SAFE)(?:\s+(CWE-\d+))?\s*$/;

export function rules(cwe: string, note: string, src: string): DevCase[] {
  const lines = src.replace(/^\n/, "").split("\n");
  const code = lines.map((l) => l.replace(MARK, "")).join("\n");
  const out: DevCase[] = [];
  lines.forEach((l, i) => {
    const m = MARK.exec(l);
    if (!m) return;
    out.push({
      cwe: m[2] ?? cwe,
      language: "python",
      vulnerable: m[1] === "VULN",
      note: `${note} (line ${i + 1}: ${l.replace(MARK, "").trim().slice(0, 60)})`,
      code,
      line: i + 1,
    });
  });
  return out;
}

export const CASES: DevCase[] = [
  // ---------------------------------------------------------------- Django SQL
  ...rules(
    "CWE-89",
    "django raw/extra/RawSQL",
    `
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from .models import Book


def search(request):
    title = request.GET.get("title", "")
    books = Book.objects.raw("SELECT * FROM books_book WHERE title = '%s'" % title) # VULN
    books2 = Book.objects.raw("SELECT * FROM books_book WHERE title = %s", [title]) # SAFE
    books3 = Book.objects.raw(f"SELECT * FROM books_book WHERE author = '{title}'") # VULN
    extra = Book.objects.extra(where=["title = '%s'" % title]) # VULN
    extra2 = Book.objects.extra(where=["title = %s"], params=[title]) # SAFE
    ann = Book.objects.annotate(rank=RawSQL("SELECT COUNT(*) FROM reviews WHERE t = '" + title + "'", [])) # VULN
    ann2 = Book.objects.annotate(rank=RawSQL("SELECT COUNT(*) FROM reviews WHERE t = %s", [title])) # SAFE
    return JsonResponse({"n": len(list(books)) + len(list(books2)) + len(list(books3))})
`,
  ),
  ...rules(
    "CWE-89",
    "django connection.cursor",
    `
from django.db import connection
from django.http import HttpResponse


def delete_user(request, user_id):
    name = request.POST["name"]
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM auth_user WHERE username = '{}'".format(name)) # VULN
        cursor.execute("DELETE FROM auth_user WHERE username = %s", [name]) # SAFE
        cursor.execute(f"UPDATE auth_user SET is_active = 0 WHERE id = {user_id}") # VULN
        cursor.execute("UPDATE auth_user SET is_active = 0 WHERE id = %s", (user_id,)) # SAFE
        query = "SELECT * FROM auth_user WHERE email LIKE '%" + request.GET.get("q") + "%'"
        cursor.execute(query) # VULN
    return HttpResponse("ok")
`,
  ),
  // ---------------------------------------------------------------- SQLAlchemy
  ...rules(
    "CWE-89",
    "sqlalchemy text/execute",
    `
from flask import Flask, request
from sqlalchemy import create_engine, text, literal_column, select
from sqlalchemy.orm import Session

app = Flask(__name__)
engine = create_engine("postgresql://app@localhost/app")


@app.route("/orders")
def orders():
    customer = request.args.get("customer")
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT * FROM orders WHERE customer = '{customer}'")) # VULN
        rows2 = conn.execute(text("SELECT * FROM orders WHERE customer = :c"), {"c": customer}) # SAFE
    session = Session(engine)
    session.execute("SELECT * FROM orders WHERE id = " + customer) # VULN
    stmt = text("SELECT id FROM orders WHERE status = '%s'" % customer) # VULN
    col = literal_column("price * " + customer) # VULN
    q = select(literal_column("price")) # SAFE
    return {"rows": [dict(r) for r in rows] + [dict(r) for r in rows2], "s": str(stmt), "c": str(col), "q": str(q)}
`,
  ),
  ...rules(
    "CWE-89",
    "sqlalchemy filter(text)",
    `
from sqlalchemy import text
from models import db, User


def find_users(name, order):
    users = User.query.filter(text("name = '" + name + "'")).all() # VULN
    users2 = User.query.filter(User.name == name).all() # SAFE
    users3 = db.session.query(User).order_by(text(order)).all() # VULN
    db.engine.execute("DELETE FROM sessions WHERE user = '%s'" % name) # VULN
    return users + users2 + users3
`,
  ),
  // ---------------------------------------------------------------- DB-API drivers
  ...rules(
    "CWE-89",
    "psycopg2",
    `
import psycopg2
import sys

conn = psycopg2.connect(dbname="shop")
cur = conn.cursor()
sku = sys.argv[1]
cur.execute("SELECT price FROM products WHERE sku = '%s'" % sku) # VULN
cur.execute("SELECT price FROM products WHERE sku = %s", (sku,)) # SAFE
cur.execute("SELECT price FROM products WHERE sku = %(sku)s", {"sku": sku}) # SAFE
cur.executemany("INSERT INTO log VALUES ('" + sku + "', %s)", [(1,), (2,)]) # VULN
cur.mogrify("SELECT * FROM t WHERE a = " + sku) # VULN
`,
  ),
  ...rules(
    "CWE-89",
    "pymysql/sqlite3",
    `
import sqlite3
import pymysql


def get_item(item_id):
    db = sqlite3.connect("app.db")
    row = db.execute("SELECT * FROM items WHERE id = %s" % item_id).fetchone() # VULN
    row2 = db.execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone() # SAFE
    db.executescript("DELETE FROM items WHERE id = " + str(item_id)) # VULN
    return row, row2


def get_account(account):
    conn = pymysql.connect(host="db", user="app", database="bank")
    with conn.cursor() as cursor:
        sql = "SELECT balance FROM accounts WHERE name = '" + account + "'"
        cursor.execute(sql) # VULN
        cursor.execute("SELECT balance FROM accounts WHERE name = %s", account) # SAFE
        return cursor.fetchone()
`,
  ),
  ...rules(
    "CWE-89",
    "asyncpg/pg8000",
    `
import asyncpg
import pg8000.native


async def load_profile(pool, username):
    async with pool.acquire() as connection:
        r = await connection.fetchrow(f"SELECT * FROM profiles WHERE username = '{username}'") # VULN
        r2 = await connection.fetchrow("SELECT * FROM profiles WHERE username = $1", username) # SAFE
        await connection.execute("UPDATE profiles SET seen = now() WHERE username = '%s'" % username) # VULN
        return r, r2


def pg8000_lookup(email):
    con = pg8000.native.Connection("app", password="pw-from-env")
    con.run("SELECT * FROM users WHERE email = '" + email + "'") # VULN
    return con.run("SELECT * FROM users WHERE email = :e", e=email) # SAFE
`,
  ),
  // ---------------------------------------------------------------- Django XSS and settings
  ...rules(
    "CWE-79",
    "django mark_safe/HttpResponse",
    `
from django.http import HttpResponse
from django.utils.html import format_html, escape
from django.utils.safestring import mark_safe, SafeString


def greet(request):
    name = request.GET.get("name", "")
    banner = mark_safe("<b>Hello " + name + "</b>") # VULN
    banner2 = format_html("<b>Hello {}</b>", name) # SAFE
    tag = SafeString("<i>" + name + "</i>") # VULN
    bad_fmt = format_html("<b>Hello " + name + "</b>") # VULN
    static = mark_safe("<hr/>") # SAFE
    return HttpResponse("<h1>Welcome " + name + "</h1>" + banner + banner2 + tag + bad_fmt + static) # VULN


def profile(request):
    bio = request.POST.get("bio")
    return HttpResponse("<p>%s</p>" % escape(bio)) # SAFE


def raw_echo(request):
    return HttpResponse(request.GET["msg"]) # VULN
`,
  ),
  ...rules(
    "CWE-601",
    "django redirect",
    `
from django.shortcuts import redirect
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def after_login(request):
    nxt = request.GET.get("next")
    if request.user.is_staff:
        return redirect(nxt) # VULN
    return HttpResponseRedirect(request.POST["return_to"]) # VULN


def safe_login(request):
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
        nxt = "/"
    return redirect(nxt) # SAFE


def home(request):
    return redirect("/dashboard/") # SAFE
`,
  ),
  ...rules(
    "CWE-352",
    "django csrf_exempt",
    `
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.http import JsonResponse


@csrf_exempt # VULN
def transfer(request):
    return JsonResponse({"ok": True})


@csrf_protect # SAFE
def update_email(request):
    return JsonResponse({"ok": True})
`,
  ),
  ...rules(
    "CWE-489",
    "django settings",
    `
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEBUG = True # VULN
SECRET_KEY = "django-insecure-3k#9a@l0x!f2w8z7r)q+e1c5v6b" # VULN CWE-798
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher", # VULN CWE-327
    "django.contrib.auth.hashers.PBKDF2PasswordHasher", # SAFE CWE-327
]
SESSION_COOKIE_SECURE = False # VULN CWE-614
CSRF_COOKIE_SECURE = True # SAFE CWE-614
`,
  ),
  ...rules(
    "CWE-798",
    "django settings from env",
    `
import os

DEBUG = os.environ.get("DJANGO_DEBUG") == "1" # SAFE CWE-489
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"] # SAFE
PASSWORD_HASHERS = ["django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher"] # VULN CWE-327
`,
  ),
  ...rules(
    "CWE-22",
    "django file serving",
    `
import os
from django.http import FileResponse, HttpResponse
from django.conf import settings


def download(request):
    fname = request.GET["file"]
    return FileResponse(open(os.path.join(settings.MEDIA_ROOT, fname), "rb")) # VULN


def show_log(request):
    with open("/var/log/app/" + request.GET.get("log")) as fh: # VULN
        return HttpResponse(fh.read(), content_type="text/plain")


def safe_download(request):
    fname = os.path.basename(request.GET["file"])
    return FileResponse(open(os.path.join(settings.MEDIA_ROOT, fname), "rb")) # SAFE


def readme(request):
    return FileResponse(open(os.path.join(settings.BASE_DIR, "README.md"), "rb")) # SAFE
`,
  ),
  ...rules(
    "CWE-502",
    "django pickle cookie",
    `
import base64
import pickle
import json
from django.http import HttpResponse


def prefs(request):
    blob = request.COOKIES.get("prefs")
    data = pickle.loads(base64.b64decode(blob)) # VULN
    data2 = json.loads(base64.b64decode(blob)) # SAFE
    return HttpResponse(str(data) + str(data2))
`,
  ),
  // ---------------------------------------------------------------- Flask
  ...rules(
    "CWE-94",
    "flask render_template_string",
    `
from flask import Flask, request, render_template_string, render_template
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    page = render_template_string("<h1>Hello " + name + "</h1>") # VULN
    page2 = render_template_string("<h1>Hello {{ name }}</h1>", name=name) # SAFE
    tpl = "<p>%s</p>" % request.form.get("bio", "")
    page3 = render_template_string(tpl) # VULN
    return page + page2 + page3 + render_template("index.html", name=name)


@app.route("/note")
def note():
    text = request.args.get("text", "")
    return Markup("<div>" + text + "</div>") # VULN CWE-79


@app.route("/note2")
def note2():
    text = request.args.get("text", "")
    return Markup("<div>%s</div>") % escape(text) # SAFE CWE-79
`,
  ),
  ...rules(
    "CWE-22",
    "flask send_file",
    `
import os
from flask import Flask, request, send_file, send_from_directory, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/dl")
def dl():
    name = request.args["name"]
    return send_file(os.path.join(UPLOADS, name)) # VULN


@app.route("/dl2")
def dl2():
    return send_file(request.args.get("path")) # VULN


@app.route("/dl3/<path:name>")
def dl3(name):
    return send_from_directory(UPLOADS, name) # SAFE


@app.route("/dl4")
def dl4():
    name = secure_filename(request.args["name"])
    return send_file(os.path.join(UPLOADS, name)) # SAFE


@app.route("/read")
def read():
    path = request.args.get("p")
    with open(path) as f: # VULN
        return f.read()
`,
  ),
  ...rules(
    "CWE-489",
    "flask run/config",
    `
from flask import Flask

app = Flask(__name__)
app.secret_key = "s3cr3t-flask-key-123" # VULN CWE-798
app.config["SECRET_KEY"] = "another-hardcoded-key" # VULN CWE-798
app.config["SESSION_COOKIE_SECURE"] = True # SAFE CWE-614


if __name__ == "__main__":
    app.run(debug=True) # VULN
    app.run(host="0.0.0.0", port=8080) # VULN CWE-668
    app.run(debug=False, host="127.0.0.1") # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "flask config from env",
    `
import os
from flask import Flask

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"] # SAFE
app.config["SECRET_KEY"] = os.urandom(32) # SAFE
app.run(debug=os.environ.get("FLASK_DEBUG") == "1") # SAFE CWE-489
`,
  ),
  ...rules(
    "CWE-614",
    "flask set_cookie",
    `
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    resp = make_response("logged in")
    resp.set_cookie("session_id", "abc123") # VULN
    resp.set_cookie("session_id2", "abc123", secure=True, httponly=True, samesite="Lax") # SAFE
    resp.set_cookie("remember", "1", secure=False) # VULN
    return resp


@app.route("/echo")
def echo():
    resp = make_response("<p>" + request.args.get("q", "") + "</p>") # VULN CWE-79
    return resp
`,
  ),
  ...rules(
    "CWE-79",
    "flask returned html",
    `
from flask import Flask, request, escape, jsonify

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    return "<h2>Results for " + q + "</h2>" # VULN


@app.route("/search2")
def search2():
    q = request.args.get("q", "")
    return "<h2>Results for " + escape(q) + "</h2>" # SAFE


@app.route("/api")
def api():
    return jsonify(q=request.args.get("q")) # SAFE


@app.route("/f")
def f():
    return f"<div>{request.form['comment']}</div>" # VULN
`,
  ),
  ...rules(
    "CWE-601",
    "flask redirect",
    `
from flask import Flask, request, redirect, url_for

app = Flask(__name__)


@app.route("/go")
def go():
    return redirect(request.args.get("url")) # VULN


@app.route("/home")
def home():
    return redirect(url_for("index")) # SAFE


@app.route("/next")
def nxt():
    target = request.values["next"]
    return redirect(target, code=302) # VULN
`,
  ),
  // ---------------------------------------------------------------- subprocess / os
  ...rules(
    "CWE-78",
    "subprocess shell",
    `
import subprocess
import shlex
from flask import request


def convert(filename):
    subprocess.call("convert " + filename + " out.png", shell=True) # VULN
    subprocess.run(["convert", filename, "out.png"]) # SAFE
    subprocess.Popen(f"gzip {filename}", shell=True) # VULN
    subprocess.check_output("du -sh %s" % filename, shell=True) # VULN
    subprocess.check_call("ls " + shlex.quote(filename), shell=True) # SAFE
    subprocess.run("uptime", shell=True) # SAFE
    subprocess.run(["bash", "-c", "tar xf " + filename]) # VULN
    subprocess.run(["/bin/sh", "-c", "echo done"]) # SAFE


def handler():
    host = request.args["host"]
    out = subprocess.getoutput("ping -c 1 " + host) # VULN
    return out
`,
  ),
  ...rules(
    "CWE-78",
    "os/pty/asyncio",
    `
import asyncio
import os
import pty
import sys


def main():
    target = sys.argv[1]
    os.system("nslookup " + target) # VULN
    os.popen("whois %s" % target).read() # VULN
    os.execl("/bin/sh", "sh", "-c", "dig " + target) # VULN
    os.execvp("dig", ["dig", target]) # SAFE
    os.spawnv(os.P_WAIT, "/bin/bash", ["bash", "-c", target]) # VULN
    pty.spawn(["/bin/sh", "-c", target]) # VULN
    os.system("clear") # SAFE


async def run_job(cmd):
    proc = await asyncio.create_subprocess_shell(cmd) # VULN
    proc2 = await asyncio.create_subprocess_exec("ls", "-l", cmd) # SAFE
    await proc.wait()
    await proc2.wait()
`,
  ),
  ...rules(
    "CWE-78",
    "paramiko exec_command",
    `
import paramiko
from flask import request


def run_remote():
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy()) # VULN CWE-295
    client.load_system_host_keys() # SAFE CWE-295
    client.connect("build.internal", username="ci")
    stdin, stdout, stderr = client.exec_command("deploy " + request.args["branch"]) # VULN
    client.exec_command("uptime") # SAFE
    return stdout.read()


def strict():
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.RejectPolicy()) # SAFE CWE-295
    client.set_missing_host_key_policy(paramiko.WarningPolicy()) # VULN CWE-295
`,
  ),
  // ---------------------------------------------------------------- requests / urllib / httpx
  ...rules(
    "CWE-295",
    "requests verify",
    `
import requests
import httpx


def fetch_status(url):
    r = requests.get(url, verify=False, timeout=5) # VULN
    r2 = requests.get(url, timeout=5) # SAFE
    r3 = requests.post(url, data={"a": 1}, verify=False, timeout=5) # VULN
    s = requests.Session()
    r4 = s.get(url, verify=False, timeout=3) # VULN
    r5 = httpx.get(url, verify=False) # VULN
    client = httpx.Client(verify=False) # VULN
    r6 = requests.get(url, verify="/etc/ssl/certs/ca.pem", timeout=5) # SAFE
    return r, r2, r3, r4, r5, client, r6
`,
  ),
  ...rules(
    "CWE-400",
    "requests timeout",
    `
import requests


def poll(url):
    resp = requests.get(url) # VULN
    resp2 = requests.get(url, timeout=10) # SAFE
    requests.post(url, json={"x": 1}) # VULN
    requests.put(url, data="x", timeout=None) # VULN
    requests.delete(url, timeout=(3, 10)) # SAFE
    return resp, resp2
`,
  ),
  ...rules(
    "CWE-319",
    "cleartext http/ftp/telnet",
    `
import ftplib
import smtplib
import telnetlib
import urllib.request
import requests


def sync():
    data = urllib.request.urlopen("http://updates.example.com/feed.json").read() # VULN
    data2 = urllib.request.urlopen("https://updates.example.com/feed.json").read() # SAFE
    r = requests.get("http://api.example.com/v1/users", timeout=5) # VULN
    ftp = ftplib.FTP("ftp.example.com") # VULN
    ftp.login("user", "pass")
    ftps = ftplib.FTP_TLS("ftp.example.com") # SAFE
    tn = telnetlib.Telnet("router.example.com") # VULN
    smtp = smtplib.SMTP("mail.example.com", 25) # VULN
    smtp.starttls()
    smtp2 = smtplib.SMTP_SSL("mail.example.com", 465) # SAFE
    return data, data2, r, ftps, tn, smtp, smtp2
`,
  ),
  ...rules(
    "CWE-918",
    "ssrf",
    `
import requests
import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/proxy")
def proxy():
    url = request.args.get("url")
    return requests.get(url, timeout=5).text # VULN


@app.route("/avatar")
def avatar():
    u = request.form["avatar_url"]
    return urllib.request.urlopen(u).read() # VULN


@app.route("/weather")
def weather():
    city = request.args.get("city")
    return requests.get("https://api.weather.example.com/v1", params={"q": city}, timeout=5).text # SAFE


@app.route("/user")
def user():
    uid = request.args.get("id")
    return requests.get("http://" + uid + ".internal/api", timeout=5).text # VULN
`,
  ),
  // ---------------------------------------------------------------- ssl
  ...rules(
    "CWE-326",
    "ssl protocol versions",
    `
import socket
import ssl

sock = socket.create_connection(("example.com", 443))
wrapped = ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv23) # VULN CWE-327
ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1) # VULN CWE-327
ctx2 = ssl.SSLContext(ssl.PROTOCOL_SSLv3) # VULN CWE-327
ctx3 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT) # SAFE CWE-327
ctx4 = ssl.create_default_context() # SAFE CWE-295
ctx4.check_hostname = False # VULN CWE-295
ctx4.verify_mode = ssl.CERT_NONE # VULN CWE-295
ctx5 = ssl._create_unverified_context() # VULN CWE-295
ctx3.set_ciphers("RC4-SHA:DES-CBC3-SHA") # VULN CWE-327
ctx3.set_ciphers("ECDHE+AESGCM") # SAFE CWE-327
ctx3.minimum_version = ssl.TLSVersion.TLSv1 # VULN CWE-327
ctx3.minimum_version = ssl.TLSVersion.TLSv1_2 # SAFE CWE-327
`,
  ),
  // ---------------------------------------------------------------- crypto
  ...rules(
    "CWE-327",
    "cryptography ciphers",
    `
import os
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.backends import default_backend

key = os.urandom(16)
iv = os.urandom(16)
c1 = Cipher(algorithms.TripleDES(key), modes.CBC(iv[:8]), backend=default_backend()) # VULN
c2 = Cipher(algorithms.ARC4(key), mode=None, backend=default_backend()) # VULN
c3 = Cipher(algorithms.Blowfish(key), modes.CBC(iv[:8])) # VULN
c4 = Cipher(algorithms.AES(key), modes.ECB()) # VULN
c5 = Cipher(algorithms.AES(key), modes.GCM(iv)) # SAFE
c6 = Cipher(algorithms.AES(key), modes.CBC(b"\\x00" * 16)) # VULN CWE-329
c7 = Cipher(algorithms.IDEA(key), modes.CFB(iv[:8])) # VULN
`,
  ),
  ...rules(
    "CWE-327",
    "pycryptodome",
    `
from Crypto.Cipher import DES, AES, ARC4, Blowfish, DES3
from Crypto.Random import get_random_bytes

key = get_random_bytes(16)
des = DES.new(key[:8], DES.MODE_CBC) # VULN
rc4 = ARC4.new(key) # VULN
bf = Blowfish.new(key, Blowfish.MODE_CBC) # VULN
ecb = AES.new(key, AES.MODE_ECB) # VULN
gcm = AES.new(key, AES.MODE_GCM) # SAFE
static_iv = AES.new(key, AES.MODE_CBC, iv=b"0123456789abcdef") # VULN CWE-329
rand_iv = AES.new(key, AES.MODE_CBC, iv=get_random_bytes(16)) # SAFE CWE-329
tdes = DES3.new(get_random_bytes(24), DES3.MODE_CBC) # VULN
`,
  ),
  ...rules(
    "CWE-326",
    "weak key sizes",
    `
from cryptography.hazmat.primitives.asymmetric import rsa, dsa, ec
from Crypto.PublicKey import RSA, DSA

k1 = rsa.generate_private_key(public_exponent=65537, key_size=1024) # VULN
k2 = rsa.generate_private_key(public_exponent=65537, key_size=4096) # SAFE
k3 = dsa.generate_private_key(key_size=1024) # VULN
k4 = ec.generate_private_key(ec.SECP192R1()) # VULN
k5 = ec.generate_private_key(ec.SECP384R1()) # SAFE
k6 = RSA.generate(1024) # VULN
k7 = RSA.generate(3072) # SAFE
k8 = DSA.generate(bits=1024) # VULN
k9 = rsa.generate_private_key(65537, 512) # VULN
`,
  ),
  ...rules(
    "CWE-327",
    "hashlib",
    `
import hashlib
import hmac


def store_password(password):
    digest = hashlib.md5(password.encode()).hexdigest() # VULN
    return digest


def fingerprint(data):
    h = hashlib.sha1(data) # VULN
    h2 = hashlib.sha256(data) # SAFE
    h3 = hashlib.new("md5", data) # VULN
    h4 = hashlib.md5(data, usedforsecurity=False) # SAFE
    h5 = hashlib.new("sha512", data) # SAFE
    mac = hmac.new(b"k", data, hashlib.md5) # VULN
    return h, h2, h3, h4, h5, mac
`,
  ),
  ...rules(
    "CWE-327",
    "cryptography hashes",
    `
from cryptography.hazmat.primitives import hashes
from Crypto.Hash import MD5, SHA1, SHA256

d1 = hashes.Hash(hashes.MD5()) # VULN
d2 = hashes.Hash(hashes.SHA1()) # VULN
d3 = hashes.Hash(hashes.SHA256()) # SAFE
d4 = MD5.new(b"data") # VULN
d5 = SHA256.new(b"data") # SAFE
d6 = SHA1.new() # VULN
`,
  ),
  ...rules(
    "CWE-338",
    "random for secrets",
    `
import random
import secrets
import string


def reset_token():
    token = "".join(random.choice(string.ascii_letters) for _ in range(32)) # VULN
    return token


def session_key():
    key = random.getrandbits(128) # VULN
    otp = random.randint(100000, 999999) # VULN
    nonce = secrets.token_hex(16) # SAFE
    return key, otp, nonce


def make_password(n):
    password = "".join(random.sample(string.ascii_letters + string.digits, n)) # VULN
    return password


def shuffle_deck(cards):
    random.shuffle(cards) # SAFE
    return cards
`,
  ),
  // ---------------------------------------------------------------- jwt
  ...rules(
    "CWE-347",
    "jwt decode",
    `
import jwt
from flask import request

SECRET = "hardcoded-jwt-secret" # VULN CWE-798


def current_user():
    token = request.headers["Authorization"].split()[1]
    claims = jwt.decode(token, verify=False) # VULN
    claims2 = jwt.decode(token, SECRET, algorithms=["HS256"]) # SAFE
    claims3 = jwt.decode(token, options={"verify_signature": False}) # VULN
    claims4 = jwt.decode(token, SECRET, algorithms=["none"]) # VULN CWE-327
    return claims, claims2, claims3, claims4


def issue(user):
    return jwt.encode({"sub": user}, "my-signing-key", algorithm="HS256") # VULN CWE-798


def issue_none(user):
    return jwt.encode({"sub": user}, None, algorithm="none") # VULN CWE-327
`,
  ),
  // ---------------------------------------------------------------- deserialization
  ...rules(
    "CWE-502",
    "pickle family",
    `
import pickle
import marshal
import shelve
import dill
import jsonpickle
import yaml
import json


def load_state(path):
    with open(path, "rb") as fh:
        state = pickle.load(fh) # VULN
    return state


def load_blob(blob):
    obj = pickle.loads(blob) # VULN
    obj2 = marshal.loads(blob) # VULN
    obj3 = dill.loads(blob) # VULN
    obj4 = jsonpickle.decode(blob) # VULN
    obj5 = json.loads(blob) # SAFE
    db = shelve.open("/tmp/cache") # VULN
    return obj, obj2, obj3, obj4, obj5, db


def load_config(text):
    c1 = yaml.load(text) # VULN
    c2 = yaml.load(text, Loader=yaml.Loader) # VULN
    c3 = yaml.safe_load(text) # SAFE
    c4 = yaml.load(text, Loader=yaml.SafeLoader) # SAFE
    c5 = yaml.unsafe_load(text) # VULN
    c6 = yaml.load_all(text, Loader=yaml.FullLoader) # VULN
    return c1, c2, c3, c4, c5, c6
`,
  ),
  ...rules(
    "CWE-502",
    "cPickle/torch/pandas",
    `
import cPickle
import pandas as pd
import numpy as np


def restore(data, path):
    a = cPickle.loads(data) # VULN
    df = pd.read_pickle(path) # VULN
    arr = np.load(path, allow_pickle=True) # VULN
    arr2 = np.load(path) # SAFE
    df2 = pd.read_csv(path) # SAFE
    return a, df, arr, arr2, df2
`,
  ),
  // ---------------------------------------------------------------- xml
  ...rules(
    "CWE-611",
    "xml parsers",
    `
import xml.etree.ElementTree as ET
import xml.sax
import xml.dom.minidom
from xmlrpc.server import SimpleXMLRPCServer
from lxml import etree
import defusedxml.ElementTree as DET


def parse_upload(data):
    root = ET.fromstring(data) # VULN
    root2 = DET.fromstring(data) # SAFE
    tree = etree.fromstring(data, etree.XMLParser(resolve_entities=True)) # VULN
    tree2 = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True)) # SAFE
    parser = etree.XMLParser(load_dtd=True, no_network=False) # VULN
    doc = xml.dom.minidom.parseString(data) # VULN
    xml.sax.parseString(data, xml.sax.ContentHandler()) # VULN
    return root, root2, tree, tree2, parser, doc


server = SimpleXMLRPCServer(("localhost", 8000)) # VULN
`,
  ),
  // ---------------------------------------------------------------- jinja2
  ...rules(
    "CWE-79",
    "jinja2 autoescape",
    `
import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates")) # VULN
env2 = Environment(loader=FileSystemLoader("templates"), autoescape=False) # VULN
env3 = Environment(loader=FileSystemLoader("templates"), autoescape=True) # SAFE
env4 = jinja2.Environment(autoescape=select_autoescape(["html", "xml"])) # SAFE
tpl = jinja2.Template("Hello {{ name }}") # VULN
`,
  ),
  // ---------------------------------------------------------------- files and temp
  ...rules(
    "CWE-377",
    "tempfile",
    `
import os
import tempfile


def scratch():
    path = tempfile.mktemp(suffix=".txt") # VULN
    with open(path, "w") as fh:
        fh.write("x")
    fd, path2 = tempfile.mkstemp(suffix=".txt") # SAFE
    f = tempfile.NamedTemporaryFile(delete=False) # SAFE
    with open("/tmp/app_cache.txt", "w") as fh2: # VULN
        fh2.write("y")
    return path2, f
`,
  ),
  ...rules(
    "CWE-732",
    "chmod",
    `
import os
import stat


def publish(path):
    os.chmod(path, 0o777) # VULN
    os.chmod(path, 0o644) # SAFE
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO) # VULN
    os.chmod(path, 0o600) # SAFE
    os.chmod(path, 0o666) # VULN
    os.makedirs("/srv/data", mode=0o777) # VULN
`,
  ),
  // zf.extract(member, dest) is labelled SAFE: CPython's ZipFile.extract/extractall strip drive letters, leading
  // slashes and every ".." component from member names (documented in zipfile), so a member cannot leave dest;
  // batch12 labels the same call SAFE. tarfile has no such cleaning (filter="data" is its safe form).
  ...rules(
    "CWE-22",
    "archive extraction",
    `
import tarfile
import zipfile


def unpack(archive, dest):
    with tarfile.open(archive) as tar:
        tar.extractall(dest) # VULN
    with tarfile.open(archive) as tar2:
        tar2.extractall(dest, filter="data") # SAFE
    with zipfile.ZipFile(archive) as zf:
        for member in zf.namelist():
            zf.extract(member, dest) # SAFE
    tar3 = tarfile.open(archive)
    for m in tar3.getmembers():
        tar3.extract(m, dest) # VULN
`,
  ),
  // ---------------------------------------------------------------- code execution
  ...rules(
    "CWE-95",
    "eval/exec/compile",
    `
import ast
import code
import sys
from flask import request


def calc():
    expr = request.args.get("expr")
    result = eval(expr) # VULN
    value = ast.literal_eval(expr) # SAFE
    exec("print(" + expr + ")") # VULN
    fn = compile(expr, "<user>", "exec") # VULN
    exec(fn)
    return str(result) + str(value)


def constant():
    return eval("1 + 2") # SAFE


def shell():
    console = code.InteractiveConsole({"app": sys.modules[__name__]})
    console.push(sys.stdin.readline()) # VULN CWE-94
`,
  ),
  ...rules(
    "CWE-94",
    "logging.config.listen / import",
    `
import importlib
import logging.config
from flask import request

t = logging.config.listen(9999) # VULN
t.start()


def plugin():
    mod = importlib.import_module(request.args["module"]) # VULN
    mod2 = importlib.import_module("json") # SAFE
    __import__(request.args["m"]) # VULN
    return mod, mod2
`,
  ),
  // ---------------------------------------------------------------- credentials
  ...rules(
    "CWE-798",
    "boto3 and client keys",
    `
import os
import boto3
import pymysql

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE", # VULN
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", # VULN
)
s3b = boto3.client("s3", aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"]) # SAFE
session = boto3.Session(aws_access_key_id="AKIAI44QH8DHBEXAMPLE", aws_secret_access_key="je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY") # VULN
db = pymysql.connect(host="db", user="root", password="Sup3rS3cret!") # VULN
db2 = pymysql.connect(host="db", user="root", password=os.getenv("DB_PASSWORD")) # SAFE
API_TOKEN = "ghp_16C7e42F292c6912E7710c838347Ae178B4a" # VULN
password = "" # SAFE
`,
  ),
  // ---------------------------------------------------------------- network binding
  ...rules(
    "CWE-668",
    "bind all interfaces",
    `
import socket
from http.server import HTTPServer, SimpleHTTPRequestHandler

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("0.0.0.0", 8080)) # VULN
s2 = socket.socket()
s2.bind(("127.0.0.1", 8080)) # SAFE
s3 = socket.socket()
s3.bind(("", 9090)) # VULN
httpd = HTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler) # VULN
`,
  ),
  // ---------------------------------------------------------------- assert for auth
  ...rules(
    "CWE-703",
    "assert as a check",
    `
from django.http import HttpResponse
from django.core.exceptions import PermissionDenied


def delete_post(request, post):
    assert request.user.is_superuser # VULN
    post.delete()
    return HttpResponse("deleted")


def delete_post2(request, post):
    if not request.user.is_superuser:
        raise PermissionDenied() # SAFE
    post.delete()
    return HttpResponse("deleted")
`,
  ),
  // ---------------------------------------------------------------- regex
  ...rules(
    "CWE-1333",
    "regex from input",
    `
import re
from flask import Flask, request

app = Flask(__name__)


@app.route("/grep")
def grep():
    pattern = request.args.get("pattern")
    rx = re.compile(pattern) # VULN
    m = re.search(request.args["p"], "some text") # VULN
    safe = re.compile(re.escape(pattern)) # SAFE
    fixed = re.compile(r"^[a-z0-9_]+$") # SAFE
    return str(rx) + str(m) + str(safe) + str(fixed)
`,
  ),
  // ---------------------------------------------------------------- ldap / xpath / log
  ...rules(
    "CWE-90",
    "ldap filter",
    `
import ldap
from ldap.filter import escape_filter_chars
from flask import request


def lookup():
    uid = request.args["uid"]
    conn = ldap.initialize("ldap://ldap.example.com")
    conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")") # VULN
    conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=%s)" % escape_filter_chars(uid)) # SAFE
`,
  ),
  ...rules(
    "CWE-117",
    "log injection",
    `
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/login")
def login():
    user = request.args.get("user")
    log.info("login attempt for " + user) # VULN
    log.info("login attempt for %s", user.replace("\\n", "")) # SAFE
    app.logger.warning(f"failed login: {user}") # VULN
    return "ok"
`,
  ),
  // ================================================================ batch 2: written after the first fixes, measured
  // before any further fix (notes start "batch2:").
  ...rules(
    "CWE-89",
    "batch2: repository class",
    `
import sqlite3
import pandas as pd
from sqlalchemy import create_engine, text


class OrderRepo:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)
        self.engine = create_engine("sqlite:///" + path)

    def by_customer(self, customer_id, status):
        sql = "SELECT * FROM orders WHERE customer_id = %d AND status = '%s'" % (customer_id, status)
        return self.conn.execute(sql).fetchall() # VULN

    def by_customer_safe(self, customer_id):
        return self.conn.execute("SELECT * FROM orders WHERE customer_id = ?", (customer_id,)).fetchall() # SAFE

    def report(self, region):
        return pd.read_sql("SELECT * FROM sales WHERE region = '{}'".format(region), self.conn) # VULN

    def report_safe(self, region):
        return pd.read_sql("SELECT * FROM sales WHERE region = ?", self.conn, params=(region,)) # SAFE

    def purge(self, table):
        with self.engine.begin() as conn:
            conn.execute(text("DELETE FROM " + table)) # VULN

    def count(self):
        with self.engine.begin() as conn:
            return conn.execute(text("SELECT COUNT(*) FROM orders")).scalar() # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch2: django views",
    `
from django.db import connection
from django.http import JsonResponse
from .models import Product


def products(request):
    order = request.GET.get("order", "name")
    qs = Product.objects.extra(select={"score": "price * " + request.GET["w"]}) # VULN
    rows = Product.objects.raw("SELECT * FROM shop_product ORDER BY " + order) # VULN
    cur = connection.cursor()
    cur.execute("SELECT id FROM shop_product WHERE sku IN (%s)" % ",".join(["%s"] * 3), ["a", "b", "c"]) # SAFE
    return JsonResponse({"n": qs.count() + len(list(rows))})
`,
  ),
  ...rules(
    "CWE-78",
    "batch2: command runners",
    `
import os
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/archive")
def archive():
    name = request.args.get("name")
    os.system(f"tar czf /backups/{name}.tgz /srv/data") # VULN
    subprocess.call(["sh", "-c", "zip -r out.zip " + name]) # VULN
    subprocess.Popen("rm -rf /tmp/" + name, shell=True).wait() # VULN
    subprocess.call(["zip", "-r", "out.zip", name]) # SAFE
    return "ok"


def nightly():
    target = os.environ.get("BACKUP_TARGET", "/mnt/backup")
    subprocess.run("rsync -a /srv/data " + target, shell=True, check=True) # VULN
    subprocess.run(["rsync", "-a", "/srv/data", target], check=True) # SAFE
    os.system("sync") # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch2: flask and django html",
    `
from flask import Flask, request, render_template_string, Markup
from django.http import HttpResponse
from django.utils.safestring import mark_safe

app = Flask(__name__)


@app.route("/profile")
def profile():
    user = request.args.get("user", "")
    html = "<html><body><h1>%s</h1></body></html>" % user
    return html # VULN


@app.route("/banner")
def banner():
    msg = request.cookies.get("msg", "")
    return Markup("<marquee>{}</marquee>".format(msg)) # VULN


def comment_view(request):
    body = request.POST.get("body", "")
    return HttpResponse(mark_safe(body)) # VULN


def comment_list(request):
    return HttpResponse("<ul><li>static</li></ul>") # SAFE
`,
  ),
  ...rules(
    "CWE-94",
    "batch2: templates and eval",
    `
import base64
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/t")
def t():
    return render_template_string(request.args["tpl"]) # VULN


@app.route("/run", methods=["POST"])
def run():
    payload = request.get_json()["code"]
    exec(base64.b64decode(payload)) # VULN CWE-95
    return "done"


@app.route("/calc")
def calc():
    return str(eval(request.args.get("x", "0"))) # VULN CWE-95


@app.route("/ok")
def ok():
    return render_template_string("<p>{{ v }}</p>", v=request.args.get("v")) # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch2: tls clients",
    `
import ssl
import urllib.request
import requests
import urllib3

urllib3.disable_warnings()
ctx = ssl.create_default_context()
ctx.verify_mode = ssl.CERT_NONE # VULN
resp = urllib.request.urlopen("https://internal.example.com", context=ssl._create_unverified_context()) # VULN
session = requests.Session()
session.verify = False # VULN
r = session.get("https://internal.example.com", timeout=5) # SAFE
http = urllib3.PoolManager(cert_reqs="CERT_NONE") # VULN
http2 = urllib3.PoolManager(cert_reqs="CERT_REQUIRED") # SAFE
`,
  ),
  ...rules(
    "CWE-327",
    "batch2: crypto choices",
    `
from Cryptodome.Cipher import AES, DES
from Cryptodome.PublicKey import RSA
from cryptography.hazmat.primitives.asymmetric import ec, dsa
import hashlib


def encrypt(key, data):
    cipher = AES.new(key, AES.MODE_ECB) # VULN
    return cipher.encrypt(data)


def encrypt_ok(key, data):
    cipher = AES.new(key, AES.MODE_EAX) # SAFE
    return cipher.encrypt_and_digest(data)


def legacy(key, data):
    return DES.new(key, DES.MODE_ECB).encrypt(data) # VULN


def keys():
    rsa_key = RSA.generate(1024) # VULN CWE-326
    rsa_ok = RSA.generate(2048) # SAFE CWE-326
    small = dsa.generate_private_key(key_size=512) # VULN CWE-326
    curve = ec.generate_private_key(ec.SECT163K1()) # VULN CWE-326
    return rsa_key, rsa_ok, small, curve


def hash_password(password, salt):
    return hashlib.sha1(salt + password.encode()).hexdigest() # VULN


def checksum(blob):
    return hashlib.new("MD5", blob).hexdigest() # VULN
`,
  ),
  ...rules(
    "CWE-338",
    "batch2: random tokens",
    `
import random
import secrets
import string

ALPHABET = string.ascii_letters + string.digits


def api_key():
    return "".join(random.choices(ALPHABET, k=40)) # VULN


def csrf_token():
    return str(random.random())[2:] # VULN


def api_key_ok():
    return "".join(secrets.choice(ALPHABET) for _ in range(40)) # SAFE
`,
  ),
  ...rules(
    "CWE-502",
    "batch2: loaders",
    `
import pickle
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_data():
    data = pickle.loads(request.get_data()) # VULN
    cfg = yaml.load(request.form["cfg"], Loader=yaml.UnsafeLoader) # VULN
    cfg2 = yaml.load(request.form["cfg"], Loader=yaml.CSafeLoader) # SAFE
    with open("model.pkl", "rb") as fh:
        model = pickle.Unpickler(fh).load() # VULN
    return str(data) + str(cfg) + str(cfg2) + str(model)
`,
  ),
  ...rules(
    "CWE-611",
    "batch2: xml",
    `
from flask import Flask, request
from lxml import etree
import xml.etree.cElementTree as cET
import defusedxml.lxml

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    parser = etree.XMLParser(dtd_validation=True, resolve_entities=True) # VULN
    doc = etree.fromstring(request.data, parser)
    doc2 = cET.fromstring(request.data) # VULN
    doc3 = defusedxml.lxml.fromstring(request.data) # SAFE
    return str(doc) + str(doc2) + str(doc3)
`,
  ),
  ...rules(
    "CWE-22",
    "batch2: paths",
    `
import os
import shutil
from flask import Flask, request, send_from_directory, abort

app = Flask(__name__)
BASE = "/srv/files"


@app.route("/view")
def view():
    path = os.path.join(BASE, request.args["f"])
    with open(path) as fh: # VULN
        return fh.read()


@app.route("/view2")
def view2():
    path = os.path.realpath(os.path.join(BASE, request.args["f"]))
    if not path.startswith(BASE + os.sep):
        abort(403)
    with open(path) as fh: # SAFE
        return fh.read()


@app.route("/rm")
def rm():
    shutil.rmtree(os.path.join(BASE, request.args["d"])) # VULN
    return "ok"


def unpack(archive, dest):
    shutil.unpack_archive(archive, dest) # VULN
`,
  ),
  ...rules(
    "CWE-601",
    "batch2: redirects",
    `
from flask import Flask, request, redirect
from django.http import HttpResponseRedirect

app = Flask(__name__)


@app.route("/back")
def back():
    return redirect(request.referrer or "/") # VULN


@app.route("/out")
def out():
    dest = request.args.get("dest", "")
    if dest not in ("/home", "/settings"):
        dest = "/home"
    return redirect(dest) # SAFE


def django_view(request):
    return HttpResponseRedirect(request.GET.get("u")) # VULN
`,
  ),
  ...rules(
    "CWE-614",
    "batch2: cookies and session settings",
    `
from flask import Flask, make_response

app = Flask(__name__)
app.config.update(SESSION_COOKIE_SECURE=False) # VULN
app.config["SESSION_COOKIE_HTTPONLY"] = False # VULN CWE-1004


@app.route("/t")
def t():
    r = make_response("x")
    r.set_cookie("auth", "v", httponly=False, secure=True) # VULN CWE-1004
    r.set_cookie("theme", "dark", secure=True, httponly=True) # SAFE
    return r
`,
  ),
  ...rules(
    "CWE-489",
    "batch2: debug settings",
    `
import os
from flask import Flask

app = Flask(__name__)
app.config["DEBUG"] = True # VULN
app.debug = True # VULN


class ProductionConfig:
    DEBUG = False # SAFE


if __name__ == "__main__":
    port = int(os.environ.get("PORT", 5000))
    app.run(port=port, debug=True, use_reloader=False) # VULN
`,
  ),
  ...rules(
    "CWE-319",
    "batch2: cleartext clients",
    `
import ftplib
import smtplib
import requests


def upload(host, user, pw, path):
    ftp = ftplib.FTP(host) # VULN
    ftp.login(user, pw)
    with open(path, "rb") as fh:
        ftp.storbinary("STOR " + path, fh)


def notify(user, pw):
    s = smtplib.SMTP("smtp.example.com", 587) # VULN
    s.login(user, pw)
    s.sendmail("a@example.com", ["b@example.com"], "hi")


def health():
    return requests.get("http://127.0.0.1:8080/health", timeout=2).ok # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch2: hard-coded secrets",
    `
import psycopg2
import redis
from flask import Flask

app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = "change-this-super-secret-string" # VULN
conn = psycopg2.connect(host="db", dbname="app", user="app", password="p@ssw0rd2023") # VULN
cache = redis.Redis(host="cache", port=6379, password="r3dis-Pass!") # VULN
DB_PASSWORD = None # SAFE
`,
  ),
  ...rules(
    "CWE-377",
    "batch2: temp files",
    `
import os
from tempfile import mktemp


def write_report(text):
    name = mktemp(".csv") # VULN
    with open(name, "w") as fh:
        fh.write(text)
    fd = os.open("/tmp/report.lock", os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600) # SAFE
    return name, fd
`,
  ),
  ...rules(
    "CWE-918",
    "batch2: ssrf",
    `
import httpx
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    target = request.args["target"]
    return httpx.get(target, timeout=5).text # VULN


@app.route("/hook", methods=["POST"])
def hook():
    url = request.get_json()["callback"]
    requests.post(url, json={"ok": True}, timeout=5) # VULN
    requests.post("https://hooks.example.com/fixed", json={"ok": True}, timeout=5) # SAFE
    return "ok"
`,
  ),
  // ================================================================ batch 3: more library APIs (AWS Lambda, Django
  // template/context helpers, urllib openers, mako, uuid1, debugger calls); measured before its fixes.
  ...rules(
    "CWE-78",
    "batch3: aws lambda handlers",
    `
import os
import subprocess
import boto3
import pymysql

conn = pymysql.connect(host="db", user="app", password=os.environ["DB_PW"], database="app")


def lambda_handler(event, context):
    name = event["queryStringParameters"]["name"]
    os.system("echo " + name) # VULN
    subprocess.run("grep " + event["pattern"] + " /var/log/app.log", shell=True) # VULN
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM users WHERE name = '%s'" % name) # VULN CWE-89
        cur.execute("SELECT * FROM users WHERE name = %s", (name,)) # SAFE CWE-89
    table = boto3.resource("dynamodb").Table("users")
    table.get_item(Key={"name": name}) # SAFE CWE-89
    return {"statusCode": 200, "body": "<h1>" + name + "</h1>"}
`,
  ),
  ...rules(
    "CWE-79",
    "batch3: django template helpers",
    `
from django import template
from django.shortcuts import render
from django.template import Context, Template
from django.utils.html import format_html

register = template.Library()


@register.filter(is_safe=True) # VULN
def shout(value):
    return value.upper() + "!"


@register.filter # SAFE
def whisper(value):
    return value.lower()


def page(request):
    title = request.GET.get("title")
    ctx = Context({"title": title}, autoescape=False) # VULN
    html = Template("<h1>{{ title }}</h1>").render(ctx)
    return render(request, "page.html", locals()) # VULN CWE-200


def page_ok(request):
    return render(request, "page.html", {"title": request.GET.get("title")}) # SAFE CWE-200
`,
  ),
  ...rules(
    "CWE-319",
    "batch3: urllib openers and http",
    `
import http.client
import urllib.request
import requests


def fetch_all():
    opener = urllib.request.build_opener()
    a = opener.open("http://mirror.example.org/file.txt") # VULN
    urllib.request.urlretrieve("http://mirror.example.org/big.iso", "/srv/big.iso") # VULN
    req = urllib.request.Request("http://api.example.org/v2/items") # VULN
    b = requests.get("https://api.example.org", auth=("u", "p"), timeout=5) # SAFE
    c = requests.post("http://api.example.org/login", auth=("u", "p"), timeout=5) # VULN
    conn = http.client.HTTPConnection("api.example.org") # VULN
    conn2 = http.client.HTTPSConnection("api.example.org") # SAFE
    return a, req, b, c, conn, conn2
`,
  ),
  ...rules(
    "CWE-295",
    "batch3: https without verification",
    `
import http.client
import ssl
import aiohttp


async def get(url):
    async with aiohttp.ClientSession() as s:
        async with s.get(url, ssl=False) as r: # VULN
            return await r.text()


def legacy():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False # VULN
    conn = http.client.HTTPSConnection("api.example.org", context=ssl._create_unverified_context()) # VULN
    conn2 = http.client.HTTPSConnection("api.example.org", context=ssl.create_default_context()) # SAFE
    return ctx, conn, conn2
`,
  ),
  ...rules(
    "CWE-94",
    "batch3: dynamic code",
    `
import importlib
import mako.template
from flask import Flask, request

app = Flask(__name__)


@app.route("/mako")
def mako_view():
    t = mako.template.Template(request.args["t"]) # VULN
    return t.render()


@app.route("/fn")
def fn():
    func = globals()[request.args["fn"]] # VULN
    return func()


@app.route("/attr")
def attr():
    return str(getattr(__builtins__, request.args["name"])("1")) # VULN


@app.route("/plugin")
def plugin():
    name = request.args.get("name")
    if name not in ("csv", "json"):
        return "bad", 400
    return str(importlib.import_module(name)) # SAFE
`,
  ),
  ...rules(
    "CWE-330",
    "batch3: predictable identifiers",
    `
import random
import uuid


def new_reset_token():
    return str(uuid.uuid1()) # VULN


def new_session_id():
    return uuid.uuid4().hex # SAFE


def otp():
    random.seed(1234) # VULN
    return random.randint(0, 999999)
`,
  ),
  // TESTING = True was labelled safe here and vulnerable in batch 11. Settled as vulnerable (CWE-489): Flask's
  // TESTING makes exceptions propagate to the server (PROPAGATE_EXCEPTIONS defaults to it), and extensions read it
  // to switch protections off (Flask-Login's login_required and Flask-WTF's CSRF checks in the versions that tie
  // them to TESTING); a test switch hard-coded in the application module ships to production.
  ...rules(
    "CWE-489",
    "batch3: debugger left in",
    `
import pdb
from flask import Flask

app = Flask(__name__)
app.config["TESTING"] = True # VULN
app.config["ENV"] = "development" # VULN


@app.route("/buy")
def buy():
    pdb.set_trace() # VULN
    breakpoint() # VULN
    return "ok"
`,
  ),
  ...rules(
    "CWE-352",
    "batch3: csrf settings",
    `
from flask import Flask
from flask_wtf.csrf import CSRFProtect
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

app = Flask(__name__)
app.config["WTF_CSRF_ENABLED"] = False # VULN
app.config["WTF_CSRF_CHECK_DEFAULT"] = True # SAFE
csrf = CSRFProtect(app)


@method_decorator(csrf_exempt, name="dispatch") # VULN
class Webhook(View):
    def post(self, request):
        return None


@csrf.exempt # VULN
@app.route("/hook", methods=["POST"])
def hook():
    return "ok"
`,
  ),
  ...rules(
    "CWE-798",
    "batch3: default-argument and payload secrets",
    `
import jwt
import hashids
from flask import Flask

app = Flask(__name__)


def connect(host, user="admin", password="Adm1n!2024"): # VULN
    return host, user, password


def login_token(user, password):
    return jwt.encode({"user": user, "password": password}, app.config["SECRET_KEY"]) # VULN CWE-522


def ids():
    return hashids.Hashids(salt=app.config["SECRET_KEY"]) # VULN CWE-327


def connect_ok(host, user, password=None): # SAFE
    return host, user, password
`,
  ),
  ...rules(
    "CWE-327",
    "batch3: more crypto",
    `
from Crypto.Cipher import AES, ARC2, XOR
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
import os

key = os.urandom(32)
a = AES.new(b"", AES.MODE_GCM) # VULN
b = ARC2.new(key, ARC2.MODE_CBC) # VULN
c = XOR.new(key) # VULN
d = Cipher(algorithms.CAST5(key[:16]), modes.CBC(os.urandom(8))) # VULN
e = Cipher(algorithms.SEED(key[:16]), modes.CBC(os.urandom(16))) # VULN
kdf = PBKDF2HMAC(algorithm=hashes.MD5(), length=32, salt=os.urandom(16), iterations=100000) # VULN
kdf2 = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=os.urandom(16), iterations=600000) # SAFE
f = Cipher(algorithms.ChaCha20(key, os.urandom(16)), mode=None) # SAFE
`,
  ),
  ...rules(
    "CWE-22",
    "batch3: writes of request data",
    `
import os
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/save", methods=["POST"])
def save():
    f = request.files["doc"]
    f.save(os.path.join("/srv/uploads", f.filename)) # VULN CWE-22
    f.save(os.path.join("/srv/uploads", secure_filename(f.filename))) # SAFE CWE-22
    with open("/srv/notes/" + request.form["name"], "w") as out: # VULN
        out.write(request.form["body"])
    os.remove(os.path.join("/srv/notes", request.args["n"])) # VULN
    return "ok"
`,
  ),
  ...rules(
    "CWE-1333",
    "batch3: regex",
    `
import re
from flask import Flask, request

app = Flask(__name__)
EMAIL = re.compile(r"^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$") # VULN
SIMPLE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$") # SAFE


@app.route("/find")
def find():
    return str(re.findall(request.args["re"], "haystack")) # VULN
`,
  ),
  ...rules(
    "CWE-117",
    "batch3: logging",
    `
import logging
from django.http import HttpResponse

logger = logging.getLogger("audit")


def audit(request):
    logger.warning("bad login for %s" % request.POST.get("username")) # VULN
    logger.error("path: " + request.path) # VULN
    logger.info("bad login for %r", request.POST.get("username")) # SAFE
    return HttpResponse("ok")
`,
  ),
  // ================================================================ batch 4: less common libraries (pandas, sympy,
  // pexpect, fabric, pymongo, celery, ruamel, tornado, FastAPI, jinja2 from_string); measured before its fixes.
  ...rules(
    "CWE-94",
    "batch4: expression evaluators",
    `
import pandas as pd
import sympy
import numexpr
from PIL import ImageMath
from flask import Flask, request

app = Flask(__name__)
df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})


@app.route("/filter")
def filter_rows():
    cond = request.args["cond"]
    rows = df.query(cond) # VULN
    col = df.eval(request.args["expr"]) # VULN
    ok = df.query("a > 1") # SAFE
    expr = sympy.sympify(request.args["f"]) # VULN
    val = numexpr.evaluate(request.args["n"]) # VULN
    img = ImageMath.eval(request.args["im"]) # VULN
    return str(rows) + str(col) + str(ok) + str(expr) + str(val) + str(img)
`,
  ),
  ...rules(
    "CWE-78",
    "batch4: process libraries",
    `
import pexpect
from fabric import Connection
from invoke import run
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssh")
def ssh():
    host = request.args["host"]
    child = pexpect.spawn("ssh " + host) # VULN
    out = pexpect.run("ping -c 1 " + host) # VULN
    c = Connection("deploy.example.com")
    c.run("git checkout " + request.args["branch"]) # VULN
    run("make " + request.args["target"]) # VULN
    c.run("uptime") # SAFE
    return str(child) + str(out)
`,
  ),
  ...rules(
    "CWE-943",
    "batch4: nosql",
    `
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient()["app"]


@app.route("/u")
def u():
    name = request.args["name"]
    a = db.users.find({"$where": "this.name == '" + name + "'"}) # VULN
    b = db.users.find_one({"name": name}) # SAFE
    c = db.users.find({"$where": request.args["js"]}) # VULN
    return str(list(a)) + str(b) + str(list(c))
`,
  ),
  ...rules(
    "CWE-502",
    "batch4: serializer settings",
    `
from celery import Celery
from ruamel.yaml import YAML
import yaml

app = Celery("tasks", broker="redis://localhost")
app.conf.update(task_serializer="pickle", accept_content=["pickle", "json"]) # VULN
app.conf.accept_content = ["json"] # SAFE


def load(text):
    y = YAML(typ="unsafe") # VULN
    y2 = YAML(typ="safe") # SAFE
    d = yaml.full_load(text) # VULN
    return y.load(text), y2.load(text), d
`,
  ),
  ...rules(
    "CWE-79",
    "batch4: tornado and fastapi",
    `
import tornado.web
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

api = FastAPI()


class Hello(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        self.write("<b>" + name + "</b>") # VULN

    def post(self):
        self.redirect(self.get_argument("next")) # VULN CWE-601


@api.get("/hi", response_class=HTMLResponse)
def hi(name: str):
    return HTMLResponse("<h1>" + name + "</h1>") # VULN


@api.get("/json")
def js(name: str):
    return {"name": name} # SAFE
`,
  ),
  ...rules(
    "CWE-1336",
    "batch4: template engines",
    `
import jinja2
from django.template import engines
from flask import Flask, request

app = Flask(__name__)
env = jinja2.Environment(autoescape=True)


@app.route("/j")
def j():
    return env.from_string(request.args["t"]).render() # VULN


@app.route("/d")
def d():
    return engines["django"].from_string(request.args["t"]).render() # VULN


@app.route("/ok")
def ok():
    return env.from_string("Hi {{ n }}").render(n=request.args["n"]) # SAFE
`,
  ),
  ...rules(
    "CWE-918",
    "batch4: ssrf variants",
    `
import aiohttp
import urllib.request
from fastapi import FastAPI

api = FastAPI()


@api.get("/p")
async def p(url: str):
    async with aiohttp.ClientSession() as s:
        async with s.get(url) as r: # VULN
            return await r.text()


@api.get("/q")
def q(host: str):
    return urllib.request.urlopen(f"https://{host}/status").read() # VULN


@api.get("/r")
def r(path: str):
    return urllib.request.urlopen("https://api.example.com/" + path.lstrip("/")).read() # SAFE
`,
  ),
  // ================================================================ batch 5: Django/Flask odds and ends, CORS,
  // password storage, TLS contexts, secrets in logs; measured before its fixes.
  ...rules(
    "CWE-1336",
    "batch5: django template from request",
    `
from django.http import HttpResponse
from django.template import Template, Context, engines
from django.core.mail import send_mail


def preview(request):
    tpl = Template(request.POST["template"]) # VULN
    return HttpResponse(tpl.render(Context({})))


def preview_ok(request):
    tpl = Template("<p>{{ body }}</p>") # SAFE
    return HttpResponse(tpl.render(Context({"body": request.POST["body"]})))


def mail(request):
    send_mail("hi", "text", "a@example.com", ["b@example.com"], html_message=request.POST["html"]) # VULN CWE-79
    return HttpResponse("sent")
`,
  ),
  ...rules(
    "CWE-942",
    "batch5: cors",
    `
from flask import Flask, make_response
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins="*", supports_credentials=True) # VULN
CORS(app, origins=["https://app.example.com"]) # SAFE


@app.route("/data")
def data():
    r = make_response("{}")
    r.headers["Access-Control-Allow-Origin"] = "*" # VULN
    r.headers["Access-Control-Allow-Origin"] = "https://app.example.com" # SAFE
    return r
`,
  ),
  ...rules(
    "CWE-916",
    "batch5: password storage",
    `
import bcrypt
import crypt
import hashlib
import os


def store(password):
    salt = os.urandom(16)
    weak = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000) # VULN
    strong = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000) # SAFE
    quick = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4)) # VULN
    fine = bcrypt.hashpw(password.encode(), bcrypt.gensalt()) # SAFE
    legacy = crypt.crypt(password, crypt.mksalt(crypt.METHOD_MD5)) # VULN
    plain = hashlib.sha256(password.encode()).hexdigest() # VULN
    return weak, strong, quick, fine, legacy, plain
`,
  ),
  ...rules(
    "CWE-532",
    "batch5: secrets in logs",
    `
import logging

log = logging.getLogger(__name__)


def login(username, password, token):
    log.info("login %s with password %s", username, password) # VULN
    log.debug(f"issued token {token}") # VULN
    log.info("login %s", username) # SAFE
    return True
`,
  ),
  ...rules(
    "CWE-295",
    "batch5: tls contexts",
    `
import ssl
from OpenSSL import SSL

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
ctx.verify_mode = ssl.CERT_OPTIONAL # VULN
ctx2 = SSL.Context(SSL.SSLv23_METHOD)
ctx2.set_verify(SSL.VERIFY_NONE, lambda *a: True) # VULN
ctx3 = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem") # SAFE
ctx3.verify_mode = ssl.CERT_REQUIRED # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch5: commands from helpers",
    `
import os
import subprocess


def compress(paths):
    cmd = "tar czf out.tgz " + " ".join(paths)
    subprocess.check_call(cmd, shell=True) # VULN


def list_dir(d):
    cmd = "ls -la %s" % d
    return os.popen(cmd).read() # VULN


def safe_list(d):
    return subprocess.check_output(["ls", "-la", "--", d]) # SAFE


def wildcard():
    os.system("tar czf backup.tgz *") # VULN CWE-155
`,
  ),
  ...rules(
    "CWE-501",
    "batch5: session trust",
    `
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/set")
def set_role():
    session["role"] = request.args.get("role") # VULN
    session["visited"] = True # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-915",
    "batch5: mass assignment",
    `
from django.http import JsonResponse
from .models import Profile


def update_profile(request):
    Profile.objects.filter(user=request.user).update(**request.POST.dict()) # VULN
    p = Profile.objects.create(**request.POST.dict()) # VULN
    Profile.objects.filter(user=request.user).update(bio=request.POST.get("bio", "")) # SAFE
    return JsonResponse({"id": p.id})
`,
  ),
  ...rules(
    "CWE-208",
    "batch5: signature comparison",
    `
import hashlib
import hmac


def verify(body, signature, key):
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    if signature == expected: # VULN
        return True
    return hmac.compare_digest(signature, expected) # SAFE
`,
  ),
  ...rules(
    "CWE-611",
    "batch5: more xml",
    `
from xml.dom import pulldom
import xmlrpc.client
from lxml import etree


def events(data):
    doc = pulldom.parseString(data) # VULN
    for event, node in doc:
        pass


def xslt(xsl_text, xml_text):
    transform = etree.XSLT(etree.XML(xsl_text)) # VULN
    return transform(etree.XML(xml_text, etree.XMLParser(resolve_entities=False)))


proxy = xmlrpc.client.ServerProxy("http://rpc.example.com/") # VULN CWE-319
`,
  ),
  // ================================================================ batch 6: import styles and request objects of
  // other frameworks (DRF, class-based views, aiohttp, bottle, pyramid); measured before its fixes.
  ...rules(
    "CWE-78",
    "batch6: import styles",
    `
from subprocess import Popen, PIPE, check_output as co
from os import system as run_shell
import subprocess as sp
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
def convert(request):
    src = request.data["src"]
    Popen("convert %s out.pdf" % src, shell=True, stdout=PIPE) # VULN
    co("file " + src, shell=True) # VULN
    run_shell("rm " + src) # VULN
    sp.run(f"ls {src}", shell=True) # VULN
    sp.run(["ls", src]) # SAFE
    return Response({"ok": True})
`,
  ),
  ...rules(
    "CWE-89",
    "batch6: class-based and DRF views",
    `
from django.db import connection
from django.views import View
from django.http import JsonResponse
from rest_framework.views import APIView
from rest_framework.response import Response


class Search(View):
    def get(self, request):
        q = self.request.GET.get("q")
        with connection.cursor() as c:
            c.execute("SELECT id FROM items WHERE name LIKE '%%%s%%'" % q) # VULN
            c.execute("SELECT id FROM items WHERE name LIKE %s", ["%" + q + "%"]) # SAFE
            return JsonResponse({"ids": c.fetchall()})


class Lookup(APIView):
    def get(self, request):
        sku = request.query_params.get("sku")
        with connection.cursor() as c:
            c.execute(f"SELECT * FROM items WHERE sku = '{sku}'") # VULN
            return Response(c.fetchall())
`,
  ),
  ...rules(
    "CWE-22",
    "batch6: aiohttp/bottle/pyramid",
    `
import os
from aiohttp import web
from bottle import route, request as brequest, static_file
from pyramid.view import view_config
from pyramid.response import FileResponse


async def download(request):
    name = request.match_info["name"]
    return web.FileResponse(os.path.join("/srv/files", name)) # VULN


@route("/get")
def get_file():
    return open("/srv/files/" + brequest.query.name).read() # VULN


@route("/static/<filename:path>")
def static(filename):
    return static_file(filename, root="/srv/static") # SAFE


@view_config(route_name="dl")
def dl(request):
    return FileResponse(os.path.join("/srv/files", request.params["f"])) # VULN
`,
  ),
  ...rules(
    "CWE-79",
    "batch6: aiohttp/bottle html",
    `
from aiohttp import web
from bottle import route, request as brequest, template
import html


async def hello(request):
    name = request.query.get("name", "")
    return web.Response(text="<h1>" + name + "</h1>", content_type="text/html") # VULN


async def hello_ok(request):
    name = request.query.get("name", "")
    return web.Response(text="<h1>" + html.escape(name) + "</h1>", content_type="text/html") # SAFE


@route("/b")
def b():
    return "<p>" + brequest.query.q + "</p>" # VULN


@route("/t")
def t():
    return template("<p>{{q}}</p>", q=brequest.query.q) # SAFE
`,
  ),
  ...rules(
    "CWE-918",
    "batch6: ssrf in other frameworks",
    `
import requests
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["GET"])
def preview(request):
    url = request.query_params["url"]
    r = requests.get(url, timeout=5) # VULN
    return Response({"len": len(r.content)})


@api_view(["POST"])
def notify(request):
    requests.post(request.data.get("webhook"), json={}, timeout=5) # VULN
    return Response({})
`,
  ),
  ...rules(
    "CWE-502",
    "batch6: deserialisation variants",
    `
import pickle as pk
from pickle import loads as unpickle
import yaml
from yaml import Loader


def restore(blob, text, path):
    a = pk.loads(blob) # VULN
    b = unpickle(blob) # VULN
    c = yaml.load(text, Loader) # VULN
    d = yaml.load(open(path), yaml.SafeLoader) # SAFE
    e = pk.dumps(a) # SAFE
    return a, b, c, d, e
`,
  ),
  ...rules(
    "CWE-601",
    "batch6: redirects elsewhere",
    `
from aiohttp import web
from rest_framework.decorators import api_view
from django.shortcuts import redirect


async def go(request):
    raise web.HTTPFound(request.query["to"]) # VULN


@api_view(["GET"])
def back(request):
    return redirect(request.query_params.get("next", "/")) # VULN
`,
  ),
  // ================================================================ batch 7: look-alikes (constants, sanitisers,
  // parameterised calls, explicit safe options) next to their unsafe twins; measured before its fixes.
  ...rules(
    "CWE-78",
    "batch7: command look-alikes",
    `
import os
import shlex
import subprocess
from flask import Flask, request

app = Flask(__name__)
TOOLS = "/opt/tools"
MODES = {"fast": "-1", "best": "-9"}


@app.route("/zip")
def zip_file():
    level = MODES.get(request.args.get("mode"), "-6")
    subprocess.run("gzip " + level + " /srv/data.log", shell=True) # SAFE
    subprocess.run(TOOLS + "/cleanup.sh --all", shell=True) # SAFE
    subprocess.run(["gzip", "-f", request.args["file"]]) # SAFE
    subprocess.run("gzip -f " + shlex.quote(request.args["file"]), shell=True) # SAFE
    subprocess.run("gzip -f " + request.args["file"], shell=True) # VULN
    os.system("%s/report.sh" % TOOLS) # SAFE
    os.system("%s/report.sh %s" % (TOOLS, request.args["day"])) # VULN
    return "ok"
`,
  ),
  ...rules(
    "CWE-89",
    "batch7: sql look-alikes",
    `
import sqlite3
from flask import Flask, request

app = Flask(__name__)
TABLE = "events"
COLUMNS = ("id", "name", "created")


@app.route("/events")
def events():
    db = sqlite3.connect("app.db")
    sort = request.args.get("sort", "id")
    if sort not in COLUMNS:
        sort = "id"
    a = db.execute(f"SELECT * FROM {TABLE} WHERE name = ?", (request.args["n"],)).fetchall() # SAFE
    b = db.execute(f"SELECT * FROM {TABLE} ORDER BY {sort}").fetchall() # SAFE
    c = db.execute("SELECT * FROM %s WHERE id = %d" % (TABLE, int(request.args["id"]))).fetchall() # SAFE
    d = db.execute("SELECT * FROM events WHERE name = '" + request.args["n"] + "'").fetchall() # VULN
    placeholders = ",".join("?" for _ in request.args.getlist("id"))
    e = db.execute(f"SELECT * FROM events WHERE id IN ({placeholders})", request.args.getlist("id")).fetchall() # SAFE
    return {"rows": a + b + c + d + e}
`,
  ),
  ...rules(
    "CWE-22",
    "batch7: path look-alikes",
    `
import os
from flask import Flask, request, send_file, abort
from werkzeug.utils import safe_join

app = Flask(__name__)
ROOT = "/srv/docs"


@app.route("/doc")
def doc():
    name = request.args["name"]
    p1 = safe_join(ROOT, name)
    if p1 is None:
        abort(404)
    a = send_file(p1) # SAFE
    p2 = os.path.abspath(os.path.join(ROOT, name))
    if os.path.commonpath([p2, ROOT]) != ROOT:
        abort(403)
    b = send_file(p2) # SAFE
    c = send_file(os.path.join(ROOT, os.path.basename(name))) # SAFE
    d = send_file(ROOT + "/" + name) # VULN
    return a or b or c or d
`,
  ),
  ...rules(
    "CWE-601",
    "batch7: redirect look-alikes",
    `
from urllib.parse import urlparse
from flask import Flask, request, redirect, url_for

app = Flask(__name__)


@app.route("/login")
def login():
    nxt = request.args.get("next", "")
    if urlparse(nxt).netloc or urlparse(nxt).scheme or nxt.startswith("//"):
        nxt = url_for("index")
    return redirect(nxt) # SAFE


@app.route("/out")
def out():
    return redirect(url_for("goodbye", ref=request.args.get("ref"))) # SAFE


@app.route("/jump")
def jump():
    return redirect(request.form.get("to", "/")) # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch7: deserialisation look-alikes",
    `
import json
import pickle
import hmac
import hashlib
import yaml

KEY = b"from-a-vault-at-startup"


def load_signed(blob, sig):
    if not hmac.compare_digest(hmac.new(KEY, blob, hashlib.sha256).hexdigest(), sig):
        raise ValueError("bad signature")
    return pickle.loads(blob) # VULN


def load_json(blob):
    return json.loads(blob) # SAFE


def load_yaml(text):
    return yaml.load(text, Loader=yaml.SafeLoader) # SAFE


def copy(obj):
    return pickle.loads(pickle.dumps(obj)) # SAFE
`,
  ),
  ...rules(
    "CWE-327",
    "batch7: hash look-alikes",
    `
import hashlib
import zlib


def etag(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest() # SAFE


def crc(body):
    return zlib.crc32(body) # SAFE


def legacy_sig(body):
    return hashlib.sha1(body).hexdigest() # VULN


def strong(body):
    return hashlib.blake2b(body).hexdigest() # SAFE
`,
  ),
  // ================================================================ batch 8: rule-test shapes across more libraries
  // (aliased imports, module objects, keyword vs positional flags, **kwargs, settings files, several findings per
  // file); measured before its fixes.
  ...rules(
    "CWE-78",
    "batch8: subprocess aliases",
    `
import subprocess as sp
from subprocess import call as run_cmd, Popen as P, check_output
import os as operating_system
import commands
import pty


def backup(target):
    run_cmd("tar czf /tmp/b.tgz " + target, shell=True) # VULN
    run_cmd(["tar", "czf", "/tmp/b.tgz", target]) # SAFE
    P("rsync -a %s /mnt/backup" % target, shell=True) # VULN
    sp.check_call(f"du -sh {target}", shell=True) # VULN
    sp.check_call("du -sh /var/lib", shell=True) # SAFE
    operating_system.popen("ls -l " + target).read() # VULN
    out = commands.getoutput("file " + target) # VULN
    pty.spawn(["/bin/sh", "-c", target]) # VULN
    return check_output(["ls", "-l", target]) # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch8: exec and spawn families",
    `
import os
import asyncio
from aiohttp import web


def launch(prog, arg):
    os.execl("/bin/sh", "sh", "-c", arg) # VULN
    os.spawnlp(os.P_WAIT, prog, prog, arg) # VULN
    os.execv("/usr/bin/uptime", ["uptime"]) # SAFE
    os.spawnl(os.P_NOWAIT, "/usr/bin/true", "true") # SAFE
    os.startfile(arg) # VULN


async def ping(request):
    host = request.query["host"]
    proc = await asyncio.create_subprocess_shell("ping -c 1 " + host) # VULN
    proc2 = await asyncio.create_subprocess_exec("ping", "-c", "1", host) # SAFE
    loop = asyncio.get_running_loop()
    await loop.subprocess_shell(asyncio.SubprocessProtocol, f"nslookup {host}") # VULN
    return web.Response(text="ok")
`,
  ),
  ...rules(
    "CWE-295",
    "batch8: paramiko",
    `
import paramiko
from paramiko import client as pclient


def run_remote(host, service):
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy()) # VULN
    ssh.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519")
    ssh.exec_command("systemctl restart " + service) # VULN CWE-78
    ssh.exec_command("uptime") # SAFE CWE-78
    c = pclient.SSHClient()
    c.set_missing_host_key_policy(pclient.WarningPolicy()) # VULN
    c2 = paramiko.SSHClient()
    c2.load_system_host_keys()
    c2.set_missing_host_key_policy(paramiko.RejectPolicy()) # SAFE
    c3 = paramiko.SSHClient()
    c3.set_missing_host_key_policy(paramiko.client.AutoAddPolicy) # VULN
`,
  ),
  ...rules(
    "CWE-295",
    "batch8: http clients without verification",
    `
import requests as r
import httpx
import urllib3
import ssl
from urllib.request import urlopen


def fetch(url):
    a = r.get(url, verify=False, timeout=5) # VULN
    b = r.get(url, verify="/etc/ssl/certs/internal-ca.pem", timeout=5) # SAFE
    opts = {"verify": False, "timeout": 5}
    c = r.post(url, json={}, **opts) # VULN
    d = httpx.get(url, verify=False) # VULN
    with httpx.Client(verify=False) as client: # VULN
        client.get(url)
    with httpx.Client(timeout=10) as client2: # SAFE
        client2.get(url)
    pool = urllib3.PoolManager(cert_reqs="CERT_NONE") # VULN
    pool2 = urllib3.PoolManager(cert_reqs="CERT_REQUIRED") # SAFE
    ctx = ssl._create_unverified_context() # VULN
    urlopen(url, context=ssl.create_default_context()) # SAFE
    s = r.Session()
    s.verify = False # VULN
    return a, b, c, d, pool, pool2, ctx, s
`,
  ),
  ...rules(
    "CWE-327",
    "batch8: ssl contexts",
    `
import ssl
import socket


def make_contexts():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1) # VULN
    ctx2 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT) # SAFE
    ctx2.check_hostname = False # VULN CWE-295
    ctx2.verify_mode = ssl.CERT_NONE # VULN CWE-295
    ctx3 = ssl.create_default_context()
    ctx3.set_ciphers("ALL") # VULN
    ctx3.set_ciphers("ECDHE+AESGCM:!aNULL:!MD5") # SAFE
    ctx3.minimum_version = ssl.TLSVersion.TLSv1 # VULN
    ctx4 = ssl.create_default_context()
    ctx4.minimum_version = ssl.TLSVersion.TLSv1_2 # SAFE
    sock = ssl.wrap_socket(socket.socket(), ssl_version=ssl.PROTOCOL_SSLv3) # VULN
    ctx5 = ssl.SSLContext(protocol=ssl.PROTOCOL_TLSv1_1) # VULN
    return ctx, ctx2, ctx3, ctx4, ctx5, sock
`,
  ),
  ...rules(
    "CWE-327",
    "batch8: pycryptodome",
    `
from Crypto.Cipher import DES, ARC4, AES, Blowfish
from Crypto.PublicKey import RSA, DSA
from Crypto.Hash import MD5 as CryptoMD5, SHA256
from Crypto import Random

key = Random.get_random_bytes(16)


def encrypt(data):
    c1 = DES.new(key[:8], DES.MODE_CBC) # VULN
    c2 = ARC4.new(key) # VULN
    c3 = AES.new(key, AES.MODE_ECB) # VULN
    c4 = AES.new(key, AES.MODE_GCM) # SAFE
    c5 = Blowfish.new(key, Blowfish.MODE_CBC) # VULN
    h = CryptoMD5.new(data) # VULN CWE-328
    h2 = SHA256.new(data) # SAFE CWE-328
    k = RSA.generate(1024) # VULN CWE-326
    k2 = RSA.generate(3072) # SAFE CWE-326
    d = DSA.generate(1024) # VULN CWE-326
    return c1, c2, c3, c4, c5, h, h2, k, k2, d
`,
  ),
  ...rules(
    "CWE-327",
    "batch8: cryptography hazmat",
    `
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.asymmetric import rsa, dsa, ec
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.backends import default_backend


def primitives(key, iv):
    a = Cipher(algorithms.AES(key), modes.ECB(), backend=default_backend()) # VULN
    b = Cipher(algorithms.AES(key), modes.CBC(iv), backend=default_backend()) # SAFE
    c = Cipher(algorithms.TripleDES(key), modes.CBC(iv)) # VULN
    d = Cipher(algorithms.ARC4(key), mode=None) # VULN
    e = Cipher(algorithms.Blowfish(key), modes.CBC(iv)) # VULN
    digest = hashes.Hash(hashes.MD5()) # VULN CWE-328
    digest2 = hashes.Hash(hashes.SHA256()) # SAFE CWE-328
    digest3 = hashes.Hash(hashes.SHA1(), backend=default_backend()) # VULN CWE-328
    k1 = rsa.generate_private_key(public_exponent=65537, key_size=1024) # VULN CWE-326
    k2 = rsa.generate_private_key(65537, 2048) # SAFE CWE-326
    k3 = dsa.generate_private_key(key_size=1024) # VULN CWE-326
    k4 = ec.generate_private_key(ec.SECT163K1()) # VULN CWE-326
    k5 = ec.generate_private_key(ec.SECP384R1()) # SAFE CWE-326
    return a, b, c, d, e, digest, digest2, digest3, k1, k2, k3, k4, k5
`,
  ),
  ...rules(
    "CWE-328",
    "batch8: hashlib aliases",
    `
import hashlib
import hashlib as hl
from hashlib import sha1 as fast_sha1, md5


def fingerprints(password, blob):
    a = hashlib.md5(password.encode()).hexdigest() # VULN
    b = hashlib.md5(blob, usedforsecurity=False).hexdigest() # SAFE
    c = fast_sha1(password.encode()).hexdigest() # VULN
    d = hl.new("md5", password.encode()).hexdigest() # VULN
    e = hl.new("sha3_256", blob).hexdigest() # SAFE
    f = md5(blob).hexdigest() # VULN
    g = hashlib.sha1(blob, usedforsecurity=False).hexdigest() # SAFE
    h = hl.blake2b(blob).hexdigest() # SAFE
    return a, b, c, d, e, f, g, h
`,
  ),
  ...rules(
    "CWE-347",
    "batch8: jwt decode options",
    `
import os
import jwt
from jwt import decode as jwt_decode

SECRET = os.environ["JWT_SECRET"]


def user_from(token):
    a = jwt.decode(token, verify=False) # VULN
    b = jwt.decode(token, SECRET, algorithms=["HS256"]) # SAFE
    c = jwt.decode(token, options={"verify_signature": False}) # VULN
    opts = {"verify_signature": False}
    d = jwt_decode(token, SECRET, algorithms=["HS256"], options=opts) # VULN
    e = jwt.encode({"sub": "x"}, None, algorithm="none") # VULN
    f = jwt.decode(token, SECRET, algorithms=["none"]) # VULN
    g = jwt.encode({"sub": "x"}, SECRET, algorithm="HS256") # SAFE
    h = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": True}) # SAFE
    return a, b, c, d, e, f, g, h
`,
  ),
  ...rules(
    "CWE-502",
    "batch8: deserialisers",
    `
import pickle
import _pickle as cPickle
import dill
import jsonpickle
import marshal
import pandas as pd
import numpy as np
import torch
from flask import Flask, request

app = Flask(__name__)


@app.route("/state", methods=["POST"])
def load_state():
    blob = request.get_data()
    path = request.args["path"]
    a = cPickle.loads(blob) # VULN
    b = dill.loads(blob) # VULN
    c = jsonpickle.decode(request.form["state"]) # VULN
    d = marshal.loads(blob) # VULN
    e = pd.read_pickle(path) # VULN
    f = np.load(path, allow_pickle=True) # VULN
    g = np.load(path) # SAFE
    h = torch.load(path) # VULN
    i = torch.load(path, weights_only=True) # SAFE
    j = pickle.dumps({"a": 1}) # SAFE
    k = pd.read_csv(path) # SAFE
    return {"ok": bool(a or b or c or d or e or f or g or h or i or j or k)}
`,
  ),
  ...rules(
    "CWE-502",
    "batch8: yaml loaders",
    `
import yaml
from yaml import load, Loader, SafeLoader
from ruamel.yaml import YAML


def parse(text):
    a = yaml.load(text) # VULN
    b = yaml.load(text, Loader=yaml.SafeLoader) # SAFE
    c = load(text, Loader=Loader) # VULN
    d = yaml.load(text, yaml.UnsafeLoader) # VULN
    e = yaml.unsafe_load(text) # VULN
    f = yaml.load_all(text, Loader=yaml.Loader) # VULN
    g = YAML(typ="unsafe").load(text) # VULN
    h = YAML(typ="safe").load(text) # SAFE
    i = yaml.safe_load(text) # SAFE
    j = yaml.load(text, Loader=SafeLoader) # SAFE
    k = yaml.load(text, yaml.CSafeLoader) # SAFE
    return a, b, c, d, e, f, g, h, i, j, k
`,
  ),
  ...rules(
    "CWE-22",
    "batch8: archive extraction",
    `
import tarfile
import shutil


def unpack(upload_path, dest):
    with tarfile.open(upload_path) as tar:
        tar.extractall(dest) # VULN
    with tarfile.open(upload_path) as tar:
        tar.extractall(dest, filter="data") # SAFE
    tf = tarfile.open(upload_path, "r:gz")
    for member in tf.getmembers():
        tf.extract(member, dest) # VULN
    shutil.unpack_archive(upload_path, dest) # VULN
    tf.extractall(path=dest, members=safe_members(tf)) # SAFE
`,
  ),
  ...rules(
    "CWE-732",
    "batch8: permissions",
    `
import os
import stat


def write_state(path):
    os.chmod(path, 0o777) # VULN
    os.chmod(path, 0o600) # SAFE
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXO) # VULN
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR) # SAFE
    os.makedirs("/var/app/cache", mode=0o777, exist_ok=True) # VULN
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o666) # VULN
    fd2 = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600) # SAFE
    os.chmod(path, mode=0o755) # SAFE
    return fd, fd2
`,
  ),
  ...rules(
    "CWE-377",
    "batch8: temp names",
    `
import tempfile
from tempfile import mktemp as make_name


def scratch():
    name = tempfile.mktemp(suffix=".json") # VULN
    other = make_name() # VULN
    with tempfile.NamedTemporaryFile(suffix=".json") as tmp: # SAFE
        tmp.write(b"{}")
    fd, path = tempfile.mkstemp() # SAFE
    return name, other, fd, path
`,
  ),
  ...rules(
    "CWE-319",
    "batch8: cleartext protocols",
    `
import ftplib
import telnetlib
import smtplib
import requests
from urllib.request import urlopen


def sync(user, password):
    ftp = ftplib.FTP("files.example.com") # VULN
    ftp.login(user, password)
    ftps = ftplib.FTP_TLS("files.example.com") # SAFE
    ftps.login(user, password)
    tn = telnetlib.Telnet("10.0.0.5", 23) # VULN
    mail = smtplib.SMTP_SSL("smtp.example.com", 465) # SAFE
    r = requests.post("http://api.example.com/login", data={"u": user, "p": password}) # VULN
    r2 = requests.post("https://api.example.com/login", data={"u": user, "p": password}) # SAFE
    feed = urlopen("http://example.com/feed.xml").read() # VULN
    return ftp, ftps, tn, mail, r, r2, feed
`,
  ),
  ...rules(
    "CWE-200",
    "batch8: listening on all interfaces",
    `
import socket
from http.server import HTTPServer, SimpleHTTPRequestHandler

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("0.0.0.0", 8080)) # VULN
s2 = socket.socket()
s2.bind(("127.0.0.1", 8081)) # SAFE
s3 = socket.socket()
s3.bind(("", 8082)) # VULN
server = HTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler) # VULN
local = HTTPServer(("localhost", 8001), SimpleHTTPRequestHandler) # SAFE
`,
  ),
  ...rules(
    "CWE-611",
    "batch8: xml parsers",
    `
import xml.sax
import xml.etree.ElementTree as ET
from xml.dom import minidom
from lxml import etree
import defusedxml.ElementTree as DET


def parse(body):
    a = ET.fromstring(body) # VULN
    parser = etree.XMLParser(resolve_entities=True) # VULN
    b = etree.fromstring(body, parser)
    parser2 = etree.XMLParser(resolve_entities=False, no_network=True) # SAFE
    c = DET.fromstring(body) # SAFE
    p = xml.sax.make_parser()
    p.setFeature(xml.sax.handler.feature_external_ges, True) # VULN
    p2 = xml.sax.make_parser()
    p2.setFeature(xml.sax.handler.feature_external_ges, False) # SAFE
    d = minidom.parseString(body) # VULN
    return a, b, c, d
`,
  ),
  ...rules(
    "CWE-90",
    "batch8: ldap and xpath queries",
    `
import ldap
import ldap.filter
from ldap3 import Connection, Server
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/who")
def lookup():
    uid = request.args["uid"]
    conn = ldap.initialize("ldaps://ldap.example.com")
    conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")") # VULN
    conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=%s)" % ldap.filter.escape_filter_chars(uid)) # SAFE
    c3 = Connection(Server("ldaps://ldap.example.com"), auto_bind=True)
    c3.search("dc=example,dc=com", f"(cn={uid})") # VULN
    tree = etree.parse("users.xml")
    tree.xpath(f"//user[@name='{uid}']") # VULN CWE-643
    tree.xpath("//user[@name=$name]", name=uid) # SAFE CWE-643
    return "ok"
`,
  ),
  ...rules(
    "CWE-89",
    "batch8: dbapi drivers",
    `
import sqlite3
from flask import Flask, request

app = Flask(__name__)


def by_name(conn, name):
    cur = conn.cursor()
    cur.execute("SELECT * FROM t WHERE name = '%s'" % name) # VULN
    cur.execute("SELECT * FROM t WHERE name = %s", (name,)) # SAFE
    q = cur.mogrify("SELECT * FROM t WHERE name = %s", (name,))
    cur.execute(q) # SAFE
    cur.executemany("INSERT INTO t (name) VALUES ('" + name + "')", []) # VULN
    return cur.fetchall()


@app.route("/purge")
def purge():
    db = sqlite3.connect("a.db")
    db.executescript("DELETE FROM t WHERE name = '" + request.args["n"] + "';") # VULN
    ids = request.args.getlist("id")
    placeholders = ", ".join("?" for _ in ids)
    rows = db.execute(f"SELECT * FROM t WHERE id IN ({placeholders})", ids).fetchall() # SAFE
    marks = ",".join(["%s"] * len(ids))
    rows2 = db.execute("SELECT * FROM t WHERE id IN (%s)" % marks, ids).fetchall() # SAFE
    return {"rows": rows + rows2}
`,
  ),
  ...rules(
    "CWE-89",
    "batch8: async drivers",
    `
import aiosqlite
import asyncpg
from aiohttp import web


async def items(request):
    name = request.query["name"]
    async with aiosqlite.connect("a.db") as db:
        await db.execute(f"SELECT * FROM items WHERE name = '{name}'") # VULN
        await db.execute("SELECT * FROM items WHERE name = ?", (name,)) # SAFE
    pool = await asyncpg.create_pool("postgresql://localhost/app")
    async with pool.acquire() as con:
        await con.fetch("SELECT * FROM items WHERE name = '" + name + "'") # VULN
        await con.fetch("SELECT * FROM items WHERE name = $1", name) # SAFE
        await con.fetchrow("SELECT * FROM items WHERE id = %s" % request.match_info["id"]) # VULN
        await con.execute("DELETE FROM items WHERE name = $1", name) # SAFE
    return web.json_response({})
`,
  ),
  ...rules(
    "CWE-89",
    "batch8: orm raw sql",
    `
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import create_engine, text
from peewee import SqliteDatabase, Model, CharField

app = Flask(__name__)
db = SQLAlchemy(app)
engine = create_engine("sqlite:///app.db")
database = SqliteDatabase("app.db")


class Person(Model):
    name = CharField()


@app.route("/list")
def listing():
    sort = request.args.get("sort", "id")
    n = request.args["n"]
    rows = db.session.execute(text(f"SELECT * FROM users WHERE name = '{n}'")) # VULN
    rows2 = db.session.execute(text("SELECT * FROM users WHERE name = :n"), {"n": n}) # SAFE
    users = User.query.order_by(text(sort)).all() # VULN
    users2 = User.query.filter(text("name = '%s'" % n)).all() # VULN
    with engine.connect() as conn:
        conn.execute(text("DELETE FROM sessions WHERE user = '%s'" % n)) # VULN
        conn.execute(text("DELETE FROM sessions WHERE user = :u"), {"u": n}) # SAFE
    users3 = User.query.filter_by(name=n).all() # SAFE
    p = Person.raw("SELECT * FROM person WHERE name = '%s'" % n) # VULN
    p2 = Person.raw("SELECT * FROM person WHERE name = ?", n) # SAFE
    database.execute_sql("SELECT * FROM person WHERE name = '" + n + "'") # VULN
    return {"n": len(list(rows)) + len(list(rows2)) + len(users) + len(users2) + len(users3) + len(list(p)) + len(list(p2))}
`,
  ),
  ...rules(
    "CWE-489",
    "batch8: django settings module",
    `
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "django-insecure-3k#x!9v$w0q7@h2m5r8t1y4u6i" # VULN CWE-798
DEBUG = True # VULN
ALLOWED_HOSTS = ["*"]
SESSION_COOKIE_SECURE = False # VULN CWE-614
CSRF_COOKIE_SECURE = False # VULN CWE-614
SESSION_COOKIE_HTTPONLY = False # VULN CWE-1004
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher", # VULN CWE-916
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
`,
  ),
  ...rules(
    "CWE-489",
    "batch8: django production settings",
    `
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"] # SAFE CWE-798
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1" # SAFE
ALLOWED_HOSTS = ["app.example.com"]
SESSION_COOKIE_SECURE = True # SAFE CWE-614
CSRF_COOKIE_SECURE = True # SAFE CWE-614
SESSION_COOKIE_HTTPONLY = True # SAFE CWE-1004
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher", # SAFE CWE-916
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
`,
  ),
  ...rules(
    "CWE-22",
    "batch8: flask helpers",
    `
import os
import flask
from flask import Flask, request, send_file, send_from_directory, make_response, render_template_string
from markupsafe import Markup

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/dl")
def dl():
    name = request.args["name"]
    return send_file("/srv/files/" + name) # VULN


@app.route("/dl2")
def dl2():
    return send_from_directory("/srv/files", request.args["name"]) # SAFE


@app.route("/dl3")
def dl3():
    return flask.send_file(os.path.join(UPLOADS, request.args["f"])) # VULN


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return render_template_string("<h1>Hello " + name + "</h1>") # VULN CWE-94


@app.route("/hello2")
def hello2():
    return render_template_string("<h1>Hello {{ name }}</h1>", name=request.args.get("name")) # SAFE CWE-94


@app.route("/msg")
def msg():
    return Markup("<b>%s</b>" % request.args["m"]) # VULN CWE-79


@app.route("/msg2")
def msg2():
    return Markup("<b>%s</b>") % request.args["m"] # SAFE CWE-79


@app.route("/login", methods=["POST"])
def login():
    resp = make_response("ok")
    resp.set_cookie("sid", request.form["sid"]) # VULN CWE-614
    resp.set_cookie("sid2", request.form["sid"], secure=True, httponly=True, samesite="Lax") # SAFE CWE-614
    return resp


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True) # VULN CWE-489
`,
  ),
  ...rules(
    "CWE-79",
    "batch8: template engines",
    `
import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape
from mako.template import Template as MakoTemplate
import chevron

env = Environment(loader=FileSystemLoader("templates"), autoescape=False) # VULN
env2 = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"])) # SAFE
env3 = jinja2.Environment(loader=jinja2.PackageLoader("app")) # VULN
env4 = jinja2.Environment(loader=jinja2.PackageLoader("app"), autoescape=True) # SAFE


def page(user_text):
    t = jinja2.Template(user_text) # VULN CWE-94
    m = MakoTemplate("<p>\${name}</p>").render(name=user_text) # VULN
    c = chevron.render("Hello {{name}}", {"name": user_text}) # SAFE
    return t, m, c
`,
  ),
  ...rules(
    "CWE-79",
    "batch8: tornado handlers",
    `
import os
import tornado.web
import tornado.escape


class Hello(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        self.write("<p>Hello " + name + "</p>") # VULN
        self.write("<p>Hello " + tornado.escape.xhtml_escape(name) + "</p>") # SAFE
        self.render("hello.html", name=name) # SAFE


class Go(tornado.web.RequestHandler):
    def get(self):
        self.redirect(self.get_argument("next")) # VULN CWE-601


class Home(tornado.web.RequestHandler):
    def get(self):
        self.redirect("/home") # SAFE CWE-601


app = tornado.web.Application([(r"/", Hello)], xsrf_cookies=False) # VULN CWE-352
app2 = tornado.web.Application([(r"/", Hello)], xsrf_cookies=True, cookie_secret=os.environ["COOKIE_SECRET"]) # SAFE CWE-352
app3 = tornado.web.Application([(r"/", Hello)], cookie_secret="61oETzKXQAGaYdkL5gEmGeJJFuYh7EQnp2XdTP1o") # VULN CWE-798
`,
  ),
  ...rules(
    "CWE-79",
    "batch8: aiohttp and fastapi responses",
    `
from aiohttp import web
from fastapi import FastAPI
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


async def greet(request):
    name = request.query.get("name", "")
    return web.Response(text="<h1>" + name + "</h1>", content_type="text/html") # VULN


async def greet2(request):
    name = request.query.get("name", "")
    return web.Response(text="hi " + name) # SAFE


@app.get("/page", response_class=HTMLResponse)
async def page(q: str):
    return HTMLResponse(content=f"<div>{q}</div>") # VULN


@app.get("/go")
async def go(next: str):
    return RedirectResponse(next) # VULN CWE-601


@app.get("/go2")
async def go2(next: str):
    return RedirectResponse(url="/dashboard") # SAFE CWE-601


async def bounce(request):
    raise web.HTTPFound(request.query["to"]) # VULN CWE-601
`,
  ),
  ...rules(
    "CWE-79",
    "batch8: pyramid views",
    `
from pyramid.view import view_config
from pyramid.response import Response
from pyramid.httpexceptions import HTTPFound


@view_config(route_name="hello")
def hello(request):
    name = request.params.get("name")
    return Response("<p>" + name + "</p>") # VULN


@view_config(route_name="go")
def go(request):
    return HTTPFound(location=request.params["came_from"]) # VULN CWE-601


@view_config(route_name="home", renderer="templates/home.pt")
def home(request):
    return {"name": request.params.get("name")} # SAFE


@view_config(route_name="sql")
def sql(request):
    rows = request.dbsession.execute("SELECT * FROM t WHERE a = '%s'" % request.matchdict["a"]) # VULN CWE-89
    return Response(json_body=[dict(r) for r in rows])
`,
  ),
  ...rules(
    "CWE-79",
    "batch8: django views",
    `
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.html import format_html
from django.utils.safestring import mark_safe, SafeString
from django.views.decorators.csrf import csrf_exempt


def bio(request):
    return HttpResponse(mark_safe("<p>" + request.GET["bio"] + "</p>")) # VULN


def bio2(request):
    return HttpResponse(format_html("<p>{}</p>", request.GET["bio"])) # SAFE


def bio3(request):
    label = SafeString(request.GET.get("label")) # VULN
    return HttpResponse(label)


@csrf_exempt # VULN CWE-352
def webhook(request):
    return HttpResponse(status=204)


def go(request):
    return HttpResponseRedirect(request.GET.get("next")) # VULN CWE-601


def home(request):
    return redirect("account:home") # SAFE CWE-601
`,
  ),
  ...rules(
    "CWE-94",
    "batch8: dynamic code",
    `
import ast
import code
import importlib
import logging.config
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args["e"]
    a = eval(expr) # VULN
    b = ast.literal_eval(expr) # SAFE
    exec(compile(request.form["code"], "<user>", "exec")) # VULN
    mod = __import__(request.args["mod"]) # VULN
    mod2 = importlib.import_module(request.args["mod"]) # VULN
    c = eval("1 + 2") # SAFE
    console = code.InteractiveConsole({})
    console.push(request.form["line"]) # VULN
    return str((a, b, mod, mod2, c))


def start_config_server():
    t = logging.config.listen(9999) # VULN
    t.start()
`,
  ),
  ...rules(
    "CWE-338",
    "batch8: random for secrets",
    `
import random
import secrets
import string
import uuid
from random import choice, randint as ri, SystemRandom


def make_tokens(user):
    reset_token = "".join(choice(string.ascii_letters) for _ in range(32)) # VULN
    otp = ri(100000, 999999) # VULN
    session_key = random.getrandbits(128) # VULN
    api_key = secrets.token_urlsafe(32) # SAFE
    password = "".join(SystemRandom().choice(string.ascii_letters) for _ in range(16)) # SAFE
    csrf = uuid.uuid1().hex # VULN
    jitter = random.uniform(0.5, 1.5) # SAFE
    sample = random.sample(range(10), 3) # SAFE
    nonce = str(random.random()) # VULN
    return reset_token, otp, session_key, api_key, password, csrf, jitter, sample, nonce
`,
  ),
  ...rules(
    "CWE-798",
    "batch8: hard-coded credentials in clients",
    `
import os
import boto3
import psycopg2
import pymysql
import redis
from sqlalchemy import create_engine

s3 = boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") # VULN
s3b = boto3.client("s3", aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"]) # SAFE
conn = psycopg2.connect(host="db", user="app", password="s3cr3t-pass") # VULN
conn2 = psycopg2.connect(host="db", user="app", password=os.getenv("DB_PASSWORD")) # SAFE
my = pymysql.connect(host="db", user="root", passwd="toor123", db="shop") # VULN
r = redis.Redis(host="cache", password="redispass1") # VULN
engine = create_engine("postgresql://app:Sup3rS3cret@db/app") # VULN
engine2 = create_engine(f"postgresql://app:{os.environ['PW']}@db/app") # SAFE
s3.put_object(Bucket="reports", Key="k", Body=b"x", ACL="public-read") # VULN CWE-732
s3.put_object(Bucket="reports", Key="k", Body=b"x", ACL="private") # SAFE CWE-732
`,
  ),
  ...rules(
    "CWE-209",
    "batch8: errors to the client",
    `
import os
import traceback
from flask import Flask, jsonify

app = Flask(__name__)


@app.errorhandler(Exception)
def on_error(e):
    return jsonify(error=traceback.format_exc()), 500 # VULN


@app.route("/work")
def work_view():
    try:
        do_work()
    except ValueError:
        app.logger.exception("failed")
        return jsonify(error="internal error"), 500 # SAFE
    try:
        do_work()
    except Exception as e:
        return str(e), 500 # VULN
    return "ok"


@app.route("/env")
def env():
    return jsonify(dict(os.environ)) # VULN CWE-526
`,
  ),
  ...rules(
    "CWE-1333",
    "batch8: regular expressions",
    `
import re
from flask import Flask, request

app = Flask(__name__)
TEXT = open("corpus.txt").read()


@app.route("/grep")
def grep():
    pattern = re.compile(request.args["re"]) # VULN
    a = re.match(r"^(a+)+$", request.args["s"]) # VULN
    b = re.match(r"^[a-z0-9_]+$", request.args["s"]) # SAFE
    c = re.search(re.escape(request.args["q"]), TEXT) # SAFE
    return str((pattern, a, b, c))
`,
  ),
  ...rules(
    "CWE-918",
    "batch8: server-side requests",
    `
import requests
import httpx
import urllib.request
from urllib.parse import quote
from flask import Flask, request

app = Flask(__name__)


@app.route("/proxy")
def proxy():
    url = request.args["url"]
    a = requests.get(url, timeout=5) # VULN
    b = httpx.get("https://api.example.com/v1/items/" + quote(request.args["id"])) # SAFE
    c = urllib.request.urlopen(url) # VULN
    d = requests.request("GET", request.args["u"], timeout=5) # VULN
    e = requests.get("https://api.example.com/status", params={"q": url}) # SAFE
    return str((a, b, c, d, e))
`,
  ),
  ...rules(
    "CWE-798",
    "batch8: flask secrets",
    `
import os
from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-secret-key-123" # VULN
app.secret_key = os.urandom(32) # SAFE
app.config.update(SECRET_KEY="another-hardcoded-key") # VULN
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"] # SAFE
`,
  ),
  // ================================================================ batch 9: less common libraries and frameworks
  // (bottle, falcon, sanic, cherrypy, pexpect, fabric, pandas, clickhouse, pymongo, pyOpenSSL, aiohttp clients,
  // grpc, httplib2, passlib); measured before its fixes.
  ...rules(
    "CWE-78",
    "batch9: process libraries",
    `
import pexpect
import subprocess
from fabric import Connection
from invoke import run as inv_run
from bottle import Bottle, request

app = Bottle()


@app.route("/ops")
def ops():
    target = request.query.target
    pexpect.run("ping -c 1 " + target) # VULN
    child = pexpect.spawn(f"ssh {target}") # VULN
    Connection("bastion").run("uptime; host " + target) # VULN
    inv_run("nslookup %s" % target, hide=True) # VULN
    subprocess.Popen(["sh", "-c", "dig " + target]) # VULN
    subprocess.Popen(["dig", target]) # SAFE
    pexpect.spawn("/usr/bin/uptime") # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-79",
    "batch9: bottle falcon sanic",
    `
import html
import falcon
from bottle import Bottle, request, response, redirect, template
from sanic import Sanic, response as sresp

app = Bottle()
sanic_app = Sanic("demo")


@app.route("/hi")
def hi():
    return "<p>Hello " + request.query.name + "</p>" # VULN


@app.route("/hi2")
def hi2():
    return "<p>Hello " + html.escape(request.query.name) + "</p>" # SAFE


@app.route("/hi3")
def hi3():
    return template("<p>Hello {{name}}</p>", name=request.query.name) # SAFE


@app.route("/go")
def go():
    redirect(request.query.next) # VULN CWE-601


@sanic_app.route("/s")
async def s(req):
    return sresp.html(f"<div>{req.args.get('q')}</div>") # VULN


@sanic_app.route("/s2")
async def s2(req):
    return sresp.text(f"{req.args.get('q')}") # SAFE


@sanic_app.route("/s3")
async def s3(req):
    return sresp.redirect(req.args.get("to")) # VULN CWE-601


class Page:
    def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_HTML
        resp.text = "<h1>" + req.get_param("title") + "</h1>" # VULN

    def on_post(self, req, resp):
        raise falcon.HTTPFound(req.get_param("next")) # VULN CWE-601
`,
  ),
  ...rules(
    "CWE-89",
    "batch9: analytics drivers",
    `
import pandas as pd
import pyodbc
import MySQLdb
from clickhouse_driver import Client
from flask import Flask, request

app = Flask(__name__)
engine = None


@app.route("/report")
def report():
    region = request.args["region"]
    df = pd.read_sql(f"SELECT * FROM sales WHERE region = '{region}'", engine) # VULN
    df2 = pd.read_sql("SELECT * FROM sales WHERE region = %(r)s", engine, params={"r": region}) # SAFE
    df3 = pd.read_sql_query("SELECT * FROM sales WHERE region = '" + region + "'", engine) # VULN
    ch = Client("clickhouse")
    ch.execute("SELECT count() FROM hits WHERE region = '%s'" % region) # VULN
    ch.execute("SELECT count() FROM hits WHERE region = %(r)s", {"r": region}) # SAFE
    cn = pyodbc.connect("DSN=warehouse")
    cn.cursor().execute("SELECT * FROM t WHERE r = '" + region + "'") # VULN
    cn.cursor().execute("SELECT * FROM t WHERE r = ?", region) # SAFE
    my = MySQLdb.connect(host="db", read_default_file="~/.my.cnf")
    my.cursor().execute("SELECT * FROM t WHERE r = '%s'" % region) # VULN
    return {"n": len(df) + len(df2) + len(df3)}
`,
  ),
  ...rules(
    "CWE-89",
    "batch9: sqlalchemy expressions",
    `
from flask import Flask, request
from sqlalchemy import select, text, literal_column, column, table
from sqlalchemy.orm import Session

app = Flask(__name__)


@app.route("/q")
def q():
    col = request.args["col"]
    session = Session()
    a = session.query(User).from_statement(text("SELECT * FROM users WHERE name = '" + col + "'")).all() # VULN
    b = session.execute(select(literal_column(col)).select_from(table("users"))) # VULN
    c = session.execute(select(User).where(User.name == col)) # SAFE
    d = session.query(User).filter(User.name.like("%" + col + "%")).all() # SAFE
    stmt = "SELECT * FROM users WHERE name = '{}'".format(col)
    e = session.execute(text(stmt)) # VULN
    f = session.execute(text("SELECT * FROM users WHERE name = :c").bindparams(c=col)) # SAFE
    return str((a, b, c, d, e, f))
`,
  ),
  ...rules(
    "CWE-943",
    "batch9: mongodb",
    `
import json
from pymongo import MongoClient
from flask import Flask, request

app = Flask(__name__)
db = MongoClient()["app"]


@app.route("/users")
def users():
    name = request.args["name"]
    a = db.users.find({"$where": "this.name == '" + name + "'"}) # VULN
    b = db.users.find({"name": name}) # SAFE
    c = db.users.find(json.loads(request.args["filter"])) # VULN
    d = db.users.find_one({"name": str(name)}) # SAFE
    return str((a, b, c, d))
`,
  ),
  ...rules(
    "CWE-22",
    "batch9: file access",
    `
import io
import os
import codecs
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from flask import Flask, request

app = Flask(__name__)
BASE = Path("/srv/data")


@app.route("/read")
def read():
    name = request.args["name"]
    a = (BASE / name).read_text() # VULN
    b = (BASE / secure_filename(name)).read_text() # SAFE
    c = io.open(os.path.join("/srv/data", name)).read() # VULN
    d = codecs.open("/srv/data/" + name, encoding="utf-8").read() # VULN
    e = open(os.path.join("/srv/data", os.path.basename(name))).read() # SAFE
    shutil.copy(name, "/tmp/out") # VULN
    os.remove(os.path.join("/srv/data", name)) # VULN
    return a + b + c + d + e
`,
  ),
  ...rules(
    "CWE-918",
    "batch9: http clients",
    `
import aiohttp
import urllib3
import http.client
import pycurl
from aiohttp import web


async def fetch(request):
    url = request.query["url"]
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp: # VULN
            body = await resp.text()
        async with session.get("https://api.example.com/ping") as resp2: # SAFE
            await resp2.text()
    pool = urllib3.PoolManager()
    r = pool.request("GET", url) # VULN
    conn = http.client.HTTPSConnection(request.query["host"]) # VULN
    conn2 = http.client.HTTPSConnection("api.example.com") # SAFE
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url) # VULN
    return web.Response(text=body + str(r.status) + str(conn) + str(conn2))
`,
  ),
  ...rules(
    "CWE-94",
    "batch9: expression evaluators",
    `
import numexpr
import pandas as pd
import sympy
from jinja2 import Environment
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args["e"]
    df = pd.DataFrame({"a": [1, 2]})
    a = pd.eval(expr) # VULN
    b = df.query(expr) # VULN
    c = numexpr.evaluate(expr) # VULN
    d = sympy.sympify(expr) # VULN
    e = Environment().from_string(request.args["tpl"]).render() # VULN
    f = df.query("a > @limit", local_dict={"limit": int(request.args["n"])}) # SAFE
    return str((a, b, c, d, e, f))
`,
  ),
  ...rules(
    "CWE-916",
    "batch9: password hashing parameters",
    `
import hashlib
import bcrypt
from passlib.hash import md5_crypt, bcrypt as pl_bcrypt, des_crypt


def store(password: str, salt: bytes):
    a = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000) # VULN
    b = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000) # SAFE
    c = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4)) # VULN
    d = bcrypt.hashpw(password.encode(), bcrypt.gensalt()) # SAFE
    e = md5_crypt.hash(password) # VULN
    f = des_crypt.hash(password) # VULN
    g = pl_bcrypt.hash(password) # SAFE
    h = hashlib.sha256(password.encode()).hexdigest() # VULN
    return a, b, c, d, e, f, g, h
`,
  ),
  ...rules(
    "CWE-329",
    "batch9: static ivs and nonces",
    `
import os
from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

IV = b"0000000000000000"


def seal(key, data):
    a = AES.new(key, AES.MODE_CBC, iv=b"1234567890abcdef") # VULN
    b = AES.new(key, AES.MODE_CBC, iv=os.urandom(16)) # SAFE
    c = Cipher(algorithms.AES(key), modes.CBC(IV)) # VULN
    d = AESGCM(key).encrypt(b"\\x00" * 12, data, None) # VULN
    e = AESGCM(key).encrypt(os.urandom(12), data, None) # SAFE
    return a, b, c, d, e
`,
  ),
  ...rules(
    "CWE-295",
    "batch9: more clients without verification",
    `
import ssl
import aiohttp
import httplib2
import websocket
import pycurl
from OpenSSL import SSL


async def calls(url):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as s: # VULN
        await s.get(url)
    async with aiohttp.ClientSession() as s2:
        await s2.get(url, ssl=False) # VULN
        await s2.get(url) # SAFE
    h = httplib2.Http(disable_ssl_certificate_validation=True) # VULN
    h2 = httplib2.Http(ca_certs="/etc/ssl/certs/ca-certificates.crt") # SAFE
    ws = websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_NONE}) # VULN
    c = pycurl.Curl()
    c.setopt(pycurl.SSL_VERIFYPEER, 0) # VULN
    c.setopt(pycurl.SSL_VERIFYPEER, 1) # SAFE
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, lambda *a: True) # VULN
    return h, h2, ws, ctx
`,
  ),
  ...rules(
    "CWE-327",
    "batch9: pyopenssl methods",
    `
from OpenSSL import SSL

a = SSL.Context(SSL.SSLv3_METHOD) # VULN
b = SSL.Context(SSL.TLSv1_METHOD) # VULN
c = SSL.Context(SSL.TLS_CLIENT_METHOD) # SAFE
d = SSL.Context(SSL.SSLv2_METHOD) # VULN
`,
  ),
  ...rules(
    "CWE-319",
    "batch9: cleartext channels",
    `
import grpc
import imaplib
import poplib
import xmlrpc.client
import websocket

channel = grpc.insecure_channel("payments.internal:50051") # VULN
channel2 = grpc.secure_channel("payments.internal:50051", grpc.ssl_channel_credentials()) # SAFE
mail = imaplib.IMAP4("imap.example.com") # VULN
mail2 = imaplib.IMAP4_SSL("imap.example.com") # SAFE
pop = poplib.POP3("pop.example.com") # VULN
proxy = xmlrpc.client.ServerProxy("http://rpc.example.com/api") # VULN
ws = websocket.create_connection("ws://feed.example.com/stream") # VULN
ws2 = websocket.create_connection("wss://feed.example.com/stream") # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch9: hard-coded keys in libraries",
    `
import hmac
import hashlib
import jwt
import ldap
import smtplib
import mysql.connector
from cryptography.fernet import Fernet


def sign(payload, msg):
    token = jwt.encode(payload, "my-jwt-secret", algorithm="HS256") # VULN
    mac = hmac.new(b"static-hmac-key", msg, hashlib.sha256).hexdigest() # VULN
    f = Fernet(b"ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg=") # VULN
    l = ldap.initialize("ldaps://ldap.example.com")
    l.simple_bind_s("cn=admin,dc=example,dc=com", "Adm1nPassw0rd") # VULN
    s = smtplib.SMTP_SSL("smtp.example.com")
    s.login("alerts@example.com", "MailP4ss!") # VULN
    db = mysql.connector.connect(user="app", password="hunter2!", host="db") # VULN
    mac2 = hmac.new(load_key(), msg, hashlib.sha256).hexdigest() # SAFE
    return token, mac, f, db, mac2
`,
  ),
  ...rules(
    "CWE-942",
    "batch9: cors",
    `
from flask import Flask
from flask_cors import CORS
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = Flask(__name__)
CORS(app, origins="*", supports_credentials=True) # VULN
api = FastAPI()
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True) # VULN
api.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True) # SAFE
`,
  ),
  ...rules(
    "CWE-489",
    "batch9: debug servers",
    `
import bottle
from flask import Flask
from werkzeug.debug import DebuggedApplication

app = Flask(__name__)
app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True) # VULN
bottle.debug(True) # VULN
bottle.run(host="127.0.0.1", port=8080, debug=True) # VULN
bottle.run(host="127.0.0.1", port=8080) # SAFE
app.run(debug=False) # SAFE
app.config["DEBUG"] = True # VULN
`,
  ),
  ...rules(
    "CWE-352",
    "batch9: csrf switches",
    `
from flask import Flask
from flask_wtf.csrf import CSRFProtect
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

app = Flask(__name__)
app.config["WTF_CSRF_ENABLED"] = False # VULN
app.config["WTF_CSRF_TIME_LIMIT"] = 3600 # SAFE
CSRFProtect(app)


@method_decorator(csrf_exempt, name="dispatch") # VULN
class Hook(View):
    pass
`,
  ),
  ...rules(
    "CWE-502",
    "batch9: model and cache loaders",
    `
import shelve
import joblib
import pickle
import cloudpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/model", methods=["POST"])
def model():
    path = request.form["path"]
    m = joblib.load(path) # VULN
    c = cloudpickle.loads(request.get_data()) # VULN
    with open(path, "rb") as fh:
        u = pickle.Unpickler(fh).load() # VULN
    db = shelve.open(path) # VULN
    j = joblib.dump({"a": 1}, "/srv/cache/model.bin") # SAFE
    return str((m, c, u, db, j))
`,
  ),
  ...rules(
    "CWE-117",
    "batch9: logs",
    `
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    password = request.form["password"]
    log.info("login attempt for " + user) # VULN
    log.info("login attempt for %r", user) # SAFE
    log.debug("password=%s", password) # VULN CWE-532
    logging.warning(f"failed login {user}") # VULN
    return "ok"
`,
  ),
  ...rules(
    "CWE-377",
    "batch9: fixed temp paths",
    `
import os
import tempfile


def dump(data):
    with open("/tmp/app-cache.json", "w") as f: # VULN
        f.write(data)
    with open(os.path.join(tempfile.gettempdir(), "app.lock"), "w") as g: # VULN
        g.write("1")
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "x.json"), "w") as h: # SAFE
            h.write(data)
`,
  ),
  ...rules(
    "CWE-1333",
    "batch9: regex from input",
    `
import re
import regex
from flask import Flask, request

app = Flask(__name__)


@app.route("/find")
def find():
    q = request.args["q"]
    a = re.search(f"^{q}$", "haystack") # VULN
    b = regex.compile(q) # VULN
    c = re.search("^" + re.escape(q) + "$", "haystack") # SAFE
    return str((a, b, c))
`,
  ),
  // ================================================================ batch 10: more rule-test shapes (class-based
  // views, helper modules passed around, settings and config modules, key sizes in other libraries, headers,
  // templates from input); measured before its fixes.
  ...rules(
    "CWE-78",
    "batch10: module objects and aliases",
    `
import os
import subprocess
from os import system as sh
from django.views import View
from django.http import HttpResponse


def run_with(runner, cmd):
    return runner.call(cmd, shell=True) # VULN


class Ping(View):
    def get(self, request):
        host = self.request.GET.get("host", "")
        sh("ping -c 1 " + host) # VULN
        args = ["ping", "-c", "1", host]
        subprocess.run(" ".join(args), shell=True) # VULN
        subprocess.run(args) # SAFE
        run_with(subprocess, "uptime")
        return HttpResponse("ok")
`,
  ),
  ...rules(
    "CWE-326",
    "batch10: key sizes elsewhere",
    `
import rsa
import paramiko
from OpenSSL import crypto
from Crypto.PublicKey import RSA
from cryptography.hazmat.primitives.asymmetric import rsa as crsa

pub, priv = rsa.newkeys(512) # VULN
pub2, priv2 = rsa.newkeys(3072) # SAFE
k = crypto.PKey()
k.generate_key(crypto.TYPE_RSA, 1024) # VULN
k.generate_key(crypto.TYPE_RSA, 4096) # SAFE
host_key = paramiko.RSAKey.generate(1024) # VULN
host_key2 = paramiko.RSAKey.generate(bits=4096) # SAFE
r = RSA.generate(bits=1024) # VULN
KEY_BITS = 1024
c = crsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS) # VULN
`,
  ),
  ...rules(
    "CWE-327",
    "batch10: more ciphers",
    `
from Crypto.Cipher import DES3, XOR, CAST
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def legacy(key, iv):
    a = DES3.new(key, DES3.MODE_CBC, iv) # VULN
    b = XOR.new(key) # VULN
    c = CAST.new(key, CAST.MODE_ECB) # VULN
    d = Cipher(algorithms.IDEA(key), modes.CBC(iv)) # VULN
    e = Cipher(algorithms.CAST5(key), modes.CBC(iv)) # VULN
    f = Cipher(algorithms.ChaCha20(key, iv), mode=None) # SAFE
    g = Cipher(algorithms.AES(key), modes.GCM(iv)) # SAFE
    return a, b, c, d, e, f, g
`,
  ),
  ...rules(
    "CWE-502",
    "batch10: loaders on files and cookies",
    `
import base64
import pickle
import yaml
from flask import Flask, request

app = Flask(__name__)


def load_config(path):
    with open(path) as fh:
        return yaml.load(fh) # VULN


def load_cache(path):
    return pickle.load(open(path, "rb")) # VULN


@app.route("/prefs")
def prefs():
    raw = base64.b64decode(request.cookies["prefs"])
    data = pickle.loads(raw) # VULN
    safe = yaml.safe_load(request.data) # SAFE
    return str((data, safe))
`,
  ),
  ...rules(
    "CWE-1336",
    "batch10: templates from input",
    `
import tornado.web
import tornado.template
from django.http import HttpResponse
from django.template import Template, Context, engines
from mako.template import Template as Mako
from flask import Flask, request

app = Flask(__name__)


def preview(request):
    t = Template(request.POST["body"]) # VULN
    t2 = Template("<p>{{ body }}</p>") # SAFE
    html = engines["django"].from_string(request.POST["body"]).render({}) # VULN
    return HttpResponse(t.render(Context({"body": request.POST["body"]})) + t2.render(Context({})) + html)


@app.route("/mako")
def mako_preview():
    return Mako(request.args["tpl"]).render() # VULN


class Preview(tornado.web.RequestHandler):
    def post(self):
        t = tornado.template.Template(self.get_argument("tpl")) # VULN
        self.write(t.generate())
`,
  ),
  ...rules(
    "CWE-113",
    "batch10: response headers",
    `
from flask import Flask, request, make_response
from django.http import HttpResponse

app = Flask(__name__)


@app.route("/dl")
def dl():
    resp = make_response("data")
    resp.headers["Content-Disposition"] = "attachment; filename=" + request.args["f"] # VULN
    resp.headers["X-Request-Id"] = request.args["rid"].replace("\\r", "").replace("\\n", "") # SAFE
    resp.headers["Cache-Control"] = "no-store" # SAFE
    return resp


def lang(request):
    r = HttpResponse("ok")
    r["Content-Language"] = request.GET["lang"] # VULN
    return r
`,
  ),
  ...rules(
    "CWE-614",
    "batch10: cookie flags",
    `
from django.http import HttpResponse
from starlette.responses import JSONResponse
from flask import Flask

app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = False # VULN
app.config.update(SESSION_COOKIE_HTTPONLY=False) # VULN CWE-1004
app.config["SESSION_COOKIE_SAMESITE"] = "Lax" # SAFE


def login(request):
    r = HttpResponse("ok")
    r.set_cookie("sessionid", request.session.session_key) # VULN
    r.set_cookie("sessionid", request.session.session_key, secure=True, httponly=True) # SAFE
    return r


async def api_login(request):
    r = JSONResponse({})
    r.set_cookie("token", "abc", secure=False) # VULN
    r.set_cookie("token", "abc", secure=True, httponly=True) # SAFE
    return r
`,
  ),
  ...rules(
    "CWE-319",
    "batch10: django transport settings",
    `
SECURE_SSL_REDIRECT = False # VULN
SECURE_HSTS_SECONDS = 0 # VULN
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
EMAIL_USE_TLS = False # VULN
SESSION_COOKIE_SECURE = True # SAFE CWE-614
`,
  ),
  ...rules(
    "CWE-22",
    "batch10: archives by hand and deletes",
    `
import os
import shutil
import zipfile
from flask import Flask, request

app = Flask(__name__)


def unzip(archive, dest):
    with zipfile.ZipFile(archive) as zf:
        for name in zf.namelist():
            target = os.path.join(dest, name)
            with open(target, "wb") as out: # VULN
                out.write(zf.read(name))


@app.route("/rm")
def rm():
    shutil.rmtree(os.path.join("/srv/tmp", request.args["d"])) # VULN
    base = os.path.realpath("/srv/tmp")
    target = os.path.realpath(os.path.join(base, request.args["d"]))
    if not target.startswith(base + os.sep):
        return "bad", 400
    shutil.rmtree(target) # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-94",
    "batch10: code from decoded input",
    `
import base64
import json
from flask import Flask, request

app = Flask(__name__)


@app.route("/run", methods=["POST"])
def run():
    exec(base64.b64decode(request.form["payload"])) # VULN
    cfg = eval(request.json["config"]) # VULN
    cfg2 = json.loads(request.json["config"]) # SAFE
    fn = getattr(__builtins__, "eval")
    return str((cfg, cfg2, fn))
`,
  ),
  ...rules(
    "CWE-798",
    "batch10: tokens in source",
    `
import requests
from slack_sdk import WebClient

GITHUB_TOKEN = "ghp_16C7e42F292c6912E7710c838347Ae178B4a" # VULN
slack = WebClient(token="xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy") # VULN
STRIPE_KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc" # VULN
PRIVATE_KEY = "-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA7bq98J4Bv1nN0w5W0yVxYBGdL6ZcDVrQf4mD\\n-----END RSA PRIVATE KEY-----" # VULN
headers = {"Authorization": "Bearer " + load_token()} # SAFE
r = requests.get("https://api.github.com/user", headers={"Authorization": "token ghp_16C7e42F292c6912E7710c838347Ae178B4a"}) # VULN
`,
  ),
  ...rules(
    "CWE-338",
    "batch10: numpy and helper randomness",
    `
import random
import string
import numpy as np


def new_otp():
    return "".join(str(d) for d in np.random.randint(0, 10, 6)) # VULN


def new_password(length=12):
    chars = string.ascii_letters + string.digits
    return "".join(random.choice(chars) for _ in range(length)) # VULN


def shuffle_deck(deck):
    random.shuffle(deck) # SAFE
    return deck
`,
  ),
  ...rules(
    "CWE-611",
    "batch10: more xml entry points",
    `
import xml.dom.pulldom
import xml.etree.cElementTree as cET
from xml.dom.expatbuilder import parseString as expat_parse
from lxml import etree
import xmltodict


def load(data, path):
    a = cET.parse(path) # VULN
    b = xml.dom.pulldom.parseString(data) # VULN
    c = expat_parse(data) # VULN
    d = etree.XMLParser(resolve_entities=False)
    e = xmltodict.parse(data) # SAFE
    f = etree.fromstring(data, etree.XMLParser(load_dtd=True, no_network=False)) # VULN
    return a, b, c, d, e, f
`,
  ),
  ...rules(
    "CWE-943",
    "batch10: query languages from input",
    `
from lxml import etree
from ldap3 import Connection
from pymongo import MongoClient
from flask import Flask, request

app = Flask(__name__)
users = MongoClient().app.users


@app.route("/q")
def q():
    name = request.args["name"]
    doc = etree.parse("users.xml")
    find = etree.XPath("//user[@name='" + name + "']") # VULN
    r = find(doc)
    conn = Connection("ldap.example.com", auto_bind=True)
    conn.search(search_base="dc=example,dc=com", search_filter="(uid=%s)" % name) # VULN
    m = users.find({"$where": f"this.name == '{name}'"}) # VULN
    m2 = users.find({"name": {"$eq": name}}) # SAFE
    return str((r, m, m2))
`,
  ),
  ...rules(
    "CWE-377",
    "batch10: tempnam and fixed dirs",
    `
import os
import tempfile


def names():
    a = os.tempnam("/tmp", "app") # VULN
    b = os.tmpnam() # VULN
    c = tempfile.mkdtemp() # SAFE
    d = tempfile.mktemp(dir="/var/run") # VULN
    return a, b, c, d
`,
  ),
  // ================================================================ batch 11: audit-style checks (a risky API on
  // its own, no request source), framework settings and less visited classes (CSV formulas, NaN, interfaces,
  // empty keys, unauthenticated modes, pyramid); measured before its fixes.
  ...rules(
    "CWE-78",
    "batch11: exec and spawn of a chosen program",
    `
import os
import asyncio


def launch(program, args):
    os.execv(program, [program] + args) # VULN
    os.spawnv(os.P_WAIT, program, [program] + args) # VULN
    os.execvp("git", ["git", "status"]) # SAFE


async def runner(cmd):
    await asyncio.create_subprocess_exec("sh", "-c", cmd) # VULN
    await asyncio.create_subprocess_exec("git", "log", cmd) # SAFE
`,
  ),
  ...rules(
    "CWE-155",
    "batch11: shell wildcards",
    `
import os
import subprocess

os.system("tar czf /backup/www.tgz *") # VULN
subprocess.call("chown -R www-data *", shell=True) # VULN
os.system("tar czf /backup/www.tgz /var/www") # SAFE
`,
  ),
  ...rules(
    "CWE-489",
    "batch11: flask configuration",
    `
import os
from flask import Flask

app = Flask(__name__)
app.config["TESTING"] = True # VULN
app.config["ENV"] = "development" # VULN
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"] # SAFE CWE-798
app.run(host="0.0.0.0", port=8080) # VULN CWE-200
app.run(host="127.0.0.1", port=8080) # SAFE CWE-200
`,
  ),
  ...rules(
    "CWE-1236",
    "batch11: csv formulas",
    `
import csv
import io
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/export")
def export():
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["name", request.args["name"]]) # VULN
    w.writerow(["name", "static"]) # SAFE
    return Response(buf.getvalue(), mimetype="text/csv")
`,
  ),
  ...rules(
    "CWE-704",
    "batch11: nan from input",
    `
from flask import Flask, request

app = Flask(__name__)


@app.route("/price")
def price():
    p = float(request.args["p"]) # VULN
    q = int(request.args["q"]) # SAFE
    if p > 100:
        return "too much"
    return str(p * q)
`,
  ),
  ...rules(
    "CWE-79",
    "batch11: templates and extensions",
    `
import jinja2
from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/note")
def note():
    return render_template("note.txt", body=request.args["b"]) # VULN
    

@app.route("/page")
def page():
    return render_template("page.html", body=request.args["b"]) # SAFE


def report(rows):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("t"), autoescape=jinja2.select_autoescape())
    return env.get_template("report.html").render(rows=rows) # SAFE
`,
  ),
  ...rules(
    "CWE-327",
    "batch11: keys and modes",
    `
from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def seal(key, iv, data):
    a = AES.new(b"", AES.MODE_GCM) # VULN
    b = AES.new(key, AES.MODE_CBC, iv) # VULN
    c = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor() # VULN
    d = AES.new(key, AES.MODE_GCM) # SAFE
    e = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor() # SAFE
    f = AES.new(key, AES.MODE_EAX) # SAFE
    return a, b, c, d, e, f
`,
  ),
  ...rules(
    "CWE-502",
    "batch11: multiprocessing connections",
    `
from multiprocessing.connection import Listener, Client

listener = Listener(("0.0.0.0", 6000), authkey=b"secret password") # VULN CWE-200
conn = listener.accept()
msg = conn.recv() # VULN
conn.send_bytes(b"ok") # SAFE
raw = conn.recv_bytes() # SAFE
`,
  ),
  ...rules(
    "CWE-96",
    "batch11: globals and locals",
    `
from flask import Flask, request
from django.shortcuts import render

app = Flask(__name__)


def act_a():
    return "a"


@app.route("/act")
def act():
    fn = globals()[request.args["fn"]] # VULN
    return fn()


def dashboard(request):
    user = request.user
    secret = "x"
    return render(request, "dash.html", locals()) # VULN CWE-200
`,
  ),
  ...rules(
    "CWE-521",
    "batch11: django passwords",
    `
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password


def reset(request):
    user = User.objects.get(username=request.POST["u"])
    user.set_password("") # VULN
    user.save()


def change(request):
    user = request.user
    pw = request.POST["password"]
    user.set_password(pw) # VULN
    user.save()


def change_checked(request):
    user = request.user
    pw = request.POST["password"]
    validate_password(pw, user)
    user.set_password(pw) # SAFE
    user.save()
`,
  ),
  ...rules(
    "CWE-915",
    "batch11: mass assignment",
    `
from django.http import JsonResponse
from .models import Profile


def update(request):
    Profile.objects.filter(user=request.user).update(**request.POST.dict()) # VULN
    p = Profile.objects.create(**request.POST) # VULN
    p2 = Profile.objects.create(bio=request.POST["bio"]) # SAFE
    return JsonResponse({"id": p.id, "id2": p2.id})
`,
  ),
  ...rules(
    "CWE-352",
    "batch11: pyramid csrf and cookies",
    `
from pyramid.config import Configurator
from pyramid.view import view_config
from pyramid.authentication import AuthTktCookieHelper


@view_config(route_name="hook", request_method="POST", require_csrf=False) # VULN
def hook(request):
    return {}


def main():
    config = Configurator()
    config.set_default_csrf_options(require_csrf=False) # VULN
    config.set_default_csrf_options(require_csrf=True) # SAFE
    helper = AuthTktCookieHelper("seekrit-from-env", secure=False) # VULN CWE-614
    helper2 = AuthTktCookieHelper(load_secret(), secure=True, http_only=True) # SAFE CWE-614
    return config, helper, helper2
`,
  ),
  ...rules(
    "CWE-319",
    "batch11: urllib over http and ftp",
    `
import urllib.request
from urllib.request import urlretrieve, Request, URLopener

urlretrieve("http://example.com/app.tar.gz", "/tmp/app.tar.gz") # VULN
req = Request("http://example.com/api/data") # VULN
urllib.request.urlopen("ftp://mirror.example.com/pub/file.txt") # VULN
URLopener().retrieve("http://example.com/x.bin") # VULN
urlretrieve("https://example.com/app.tar.gz", "/tmp/app.tar.gz") # SAFE
`,
  ),
  ...rules(
    "CWE-918",
    "batch11: host from input",
    `
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/avatar")
def avatar():
    host = request.args["host"]
    a = requests.get(f"https://{host}/avatar.png", timeout=5) # VULN
    b = requests.get("https://%s/status" % request.args["h"], timeout=5) # VULN
    c = requests.get(f"https://cdn.example.com/{request.args['p']}", timeout=5) # SAFE
    return str((a, b, c))
`,
  ),
  ...rules(
    "CWE-798",
    "batch11: cloud tokens",
    `
import boto3

session = boto3.Session(
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
    aws_secret_access_key=load_secret(),
    aws_session_token="FwoGZXIvYXdzEBYaDHqa0AP1jZ8yfqCmwSKoAW3Ra9hbDvZbGBplu4i", # VULN
)
sts = boto3.client("sts", aws_session_token=load_token()) # SAFE
`,
  ),
  // ================================================================ batch 12: FastAPI/Starlette endpoints, Django
  // request headers, SQL helpers (psycopg2.sql, exec_driver_sql), sockets and FTP to chosen hosts; measured before
  // its fixes.
  ...rules(
    "CWE-22",
    "batch12: fastapi endpoints",
    `
import os
import pickle
import subprocess
import httpx
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse
from starlette.responses import FileResponse as StarletteFile

app = FastAPI()
BASE = "/srv/files"


@app.get("/files/{name}")
async def get_file(name: str):
    return FileResponse(os.path.join(BASE, name)) # VULN


@app.get("/files2/{name}")
async def get_file2(name: str):
    return StarletteFile(os.path.join(BASE, os.path.basename(name))) # SAFE


@app.get("/fetch")
async def fetch(url: str):
    async with httpx.AsyncClient() as client:
        r = await client.get(url) # VULN CWE-918
    return r.text


@app.post("/state")
async def state(request: Request):
    data = pickle.loads(await request.body()) # VULN CWE-502
    return {"ok": bool(data)}


@app.get("/ping")
async def ping(host: str):
    out = subprocess.check_output(f"ping -c 1 {host}", shell=True) # VULN CWE-78
    return {"out": out.decode()}
`,
  ),
  ...rules(
    "CWE-601",
    "batch12: django headers and referers",
    `
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def back(request):
    return HttpResponseRedirect(request.META.get("HTTP_REFERER")) # VULN


def back2(request):
    target = request.META.get("HTTP_REFERER", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return redirect(target) # SAFE


def echo(request):
    return HttpResponse(request.GET.get("q")) # VULN CWE-79


def agent(request):
    return HttpResponse("<p>" + request.headers.get("User-Agent", "") + "</p>") # VULN CWE-79
`,
  ),
  ...rules(
    "CWE-89",
    "batch12: sql helpers",
    `
import psycopg2
from psycopg2 import sql
from sqlalchemy import create_engine

engine = create_engine("postgresql:///app")


def by_column(conn, column, value):
    cur = conn.cursor()
    q = sql.SQL("SELECT * FROM t WHERE {} = %s").format(sql.Identifier(column))
    cur.execute(q, (value,)) # SAFE
    cur.execute(sql.SQL("SELECT * FROM t WHERE " + column + " = %s"), (value,)) # VULN
    with engine.connect() as c:
        c.exec_driver_sql(f"DELETE FROM t WHERE name = '{value}'") # VULN
        c.exec_driver_sql("DELETE FROM t WHERE name = %s", (value,)) # SAFE


class Repo:
    def __init__(self, conn):
        self.cursor = conn.cursor()

    def find(self, name):
        self.cursor.execute("SELECT * FROM users WHERE name = '" + name + "'") # VULN
        return self.cursor.fetchall()
`,
  ),
  ...rules(
    "CWE-918",
    "batch12: sockets and ftp to chosen hosts",
    `
import socket
import ftplib
import smtplib
from urllib.parse import urljoin
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/probe")
def probe():
    host = request.args["host"]
    s = socket.create_connection((host, 80), timeout=3) # VULN
    f = ftplib.FTP_TLS(host) # VULN
    u = requests.get(urljoin("https://api.example.com/", request.args["path"]), timeout=5) # VULN
    t = socket.create_connection(("api.example.com", 443), timeout=3) # SAFE
    return str((s, f, u, t))
`,
  ),
  ...rules(
    "CWE-79",
    "batch12: markup and responses",
    `
from flask import Flask, Response, request
from markupsafe import Markup
from django.utils.html import format_html

app = Flask(__name__)


@app.route("/a")
def a():
    return Response(request.args["x"], content_type="text/html") # VULN


@app.route("/b")
def b():
    return Response(request.args["x"], content_type="application/json") # SAFE


@app.route("/c")
def c():
    return Markup(f"<b>{request.args['x']}</b>") # VULN


def d(request):
    return format_html(f"<b>{request.GET['x']}</b>") # VULN
`,
  ),
  ...rules(
    "CWE-759",
    "batch12: salts",
    `
import hashlib
import os


def store(password):
    a = hashlib.pbkdf2_hmac("sha256", password.encode(), b"", 600000) # VULN
    b = hashlib.pbkdf2_hmac("sha256", password.encode(), b"static-salt", 600000) # VULN CWE-760
    c = hashlib.pbkdf2_hmac("sha256", password.encode(), os.urandom(16), 600000) # SAFE
    return a, b, c
`,
  ),
  ...rules(
    "CWE-798",
    "batch12: positional passwords",
    `
import paramiko
import ftplib
import smtplib

ssh = paramiko.SSHClient()
ssh.load_system_host_keys()
ssh.connect("db.internal", 22, "deploy", "Depl0y!Pass") # VULN
ftp = ftplib.FTP_TLS("files.example.com")
ftp.login("backup", "B4ckup-2024") # VULN
ftp.login("backup", load_password()) # SAFE
smtp = smtplib.SMTP_SSL("smtp.example.com")
smtp.login("alerts", os.environ["SMTP_PASSWORD"]) # SAFE
`,
  ),
  ...rules(
    "CWE-862",
    "batch12: drf permissions",
    `
from rest_framework import viewsets
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.decorators import api_view, permission_classes
from .models import Invoice
from .serializers import InvoiceSerializer


class InvoiceViewSet(viewsets.ModelViewSet):
    queryset = Invoice.objects.all()
    serializer_class = InvoiceSerializer
    permission_classes = [AllowAny] # VULN


class ReportViewSet(viewsets.ModelViewSet):
    queryset = Invoice.objects.all()
    serializer_class = InvoiceSerializer
    permission_classes = [IsAuthenticated] # SAFE


@api_view(["DELETE"])
@permission_classes([AllowAny]) # VULN
def delete_invoice(request, pk):
    Invoice.objects.filter(pk=pk).delete()
`,
  ),
  ...rules(
    "CWE-22",
    "batch12: extraction variants",
    `
import tarfile
import zipfile


def restore(path, dest, member):
    tarfile.open(path).extractall() # VULN
    zipfile.ZipFile(path).extract(member, dest) # SAFE
    with tarfile.open(path) as t:
        t.extractall(dest, members=[m for m in t.getmembers() if not m.name.startswith("/") and ".." not in m.name]) # SAFE
`,
  ),
  // ================================================================ batch 13: defaults and fallbacks (secrets in
  // getenv defaults), keyword-only call shapes, pathlib permissions, uploaded files into loaders, JSON bodies into
  // queries, expression parsers; measured before its fixes.
  ...rules(
    "CWE-798",
    "batch13: secret fallbacks",
    `
import os
from flask import Flask

app = Flask(__name__)
app.secret_key = os.environ.get("SECRET_KEY", "dev-secret-please-change") # VULN
API_KEY = os.getenv("STRIPE_API_KEY", "sk_live_51HxQ2eK8f9Zp") # VULN
os.environ.setdefault("DJANGO_SECRET_KEY", "x8#k2!pq9-z@v3m$w7") # VULN
DB_PASSWORD = os.getenv("DB_PASSWORD", "") # SAFE
JWT_SECRET = os.environ["JWT_SECRET"] # SAFE
app.config["JWT_SECRET_KEY"] = "jwt-super-secret-value" # VULN
`,
  ),
  ...rules(
    "CWE-78",
    "batch13: keyword-only subprocess shapes",
    `
import subprocess
from subprocess import Popen


def build(target, branch):
    subprocess.run(args="make " + target, shell=True) # VULN
    Popen(shell=True, args=f"git checkout {branch}") # VULN
    subprocess.call("git fetch " + branch, shell=1) # VULN
    subprocess.run(args=["make", target]) # SAFE
    cmd = "git log "
    cmd += branch
    subprocess.check_output(cmd, shell=True) # VULN
`,
  ),
  ...rules(
    "CWE-732",
    "batch13: pathlib permissions",
    `
from pathlib import Path


def prepare(root):
    Path(root, "cache").mkdir(mode=0o777, parents=True) # VULN
    Path(root, "state.json").chmod(0o666) # VULN
    Path(root, "state.json").chmod(0o600) # SAFE
    Path(root, "log").touch(mode=0o666) # VULN
    Path(root, "log2").touch(mode=0o600) # SAFE
`,
  ),
  ...rules(
    "CWE-502",
    "batch13: uploaded files into loaders",
    `
import pickle
import torch
import joblib
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["model"]
    a = pickle.load(f) # VULN
    b = torch.load(request.files["weights"]) # VULN
    c = joblib.load(request.files["pipeline"].stream) # VULN
    d = yaml.load(request.files["cfg"].read(), Loader=yaml.BaseLoader) # SAFE
    return str((a, b, c, d))
`,
  ),
  ...rules(
    "CWE-943",
    "batch13: json bodies into queries",
    `
from pymongo import MongoClient
from flask import Flask, request

app = Flask(__name__)
users = MongoClient().app.users


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    u = users.find_one({"name": body["name"], "password": body["password"]}) # VULN
    v = users.find_one({"name": str(body["name"]), "password": str(body["password"])}) # SAFE
    w = users.find({"$where": "this.age > " + str(body["age"])}) # VULN
    return {"ok": bool(u or v or w)}
`,
  ),
  ...rules(
    "CWE-94",
    "batch13: expression parsers",
    `
from sympy.parsing.sympy_parser import parse_expr
from flask import Flask, request

app = Flask(__name__)


@app.route("/simplify")
def simplify():
    e = parse_expr(request.args["e"]) # VULN
    f = parse_expr("x**2 + 1") # SAFE
    return str((e, f))
`,
  ),
  ...rules(
    "CWE-611",
    "batch13: xml rpc and sax",
    `
import xml.sax
from xmlrpc.server import SimpleXMLRPCServer
from lxml import etree


def serve():
    server = SimpleXMLRPCServer(("127.0.0.1", 8000)) # VULN
    server.serve_forever()


def parse(data, handler):
    xml.sax.parseString(data, handler) # VULN
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(data, parser) # SAFE
`,
  ),
  ...rules(
    "CWE-601",
    "batch13: redirects built from input",
    `
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/go")
def go():
    return redirect("https://" + request.args["host"] + "/welcome") # VULN


@app.route("/go2")
def go2():
    return redirect(url_for("page", name=request.args["name"])) # SAFE


@app.route("/go3")
def go3():
    nxt = request.form.get("next") or "/"
    return redirect(nxt) # VULN
`,
  ),
  ...rules(
    "CWE-22",
    "batch13: path checks",
    `
import os
from flask import Flask, request, send_file
from werkzeug.security import safe_join

app = Flask(__name__)
BASE = "/srv/docs"


@app.route("/a")
def a():
    path = os.path.join(BASE, request.args["f"])
    return send_file(path) # VULN


@app.route("/b")
def b():
    path = safe_join(BASE, request.args["f"])
    if path is None:
        return "bad", 400
    return send_file(path) # SAFE


@app.route("/c")
def c():
    path = os.path.abspath(os.path.join(BASE, request.args["f"]))
    if os.path.commonpath([path, BASE]) != BASE:
        return "bad", 400
    return send_file(path) # SAFE


@app.route("/d")
def d():
    with open(BASE + "/" + request.args["f"], "rb") as fh: # VULN
        return fh.read()
`,
  ),
  // ================================================================ batch 14: audit shapes with no request in
  // sight (library helpers whose parameters reach a risky API), next to constant look-alikes; measured before its
  // fixes.
  ...rules(
    "CWE-94",
    "batch14: helper parameters into dynamic code",
    `
import code
import importlib
import marshal


def run_snippet(src):
    return eval(src) # VULN


def run_block(src):
    exec(src, {}) # VULN


def load_plugin(name):
    return importlib.import_module(name) # VULN CWE-470


def load_plugin2(name):
    return __import__(name) # VULN CWE-470


def console_line(line):
    interp = code.InteractiveInterpreter()
    interp.runsource(line) # VULN


def load_code(blob):
    return marshal.loads(blob) # VULN CWE-502


def fixed():
    return eval("40 + 2") # SAFE
`,
  ),
  ...rules(
    "CWE-918",
    "batch14: helper parameters into clients",
    `
import urllib.request
import requests


def fetch(url):
    return urllib.request.urlopen(url).read() # VULN CWE-939


def fetch_json(url):
    return requests.get(url, timeout=5).json() # SAFE


def fetch_fixed():
    return urllib.request.urlopen("https://example.com/feed").read() # SAFE CWE-939
`,
  ),
  ...rules(
    "CWE-22",
    "batch14: helper parameters into files",
    `
import os
import shutil

BASE = "/srv/data"


def read_doc(name):
    with open(os.path.join(BASE, name)) as fh: # VULN
        return fh.read()


def remove_doc(name):
    os.remove(os.path.join(BASE, name)) # VULN


def read_index():
    with open(os.path.join(BASE, "index.json")) as fh: # SAFE
        return fh.read()


def copy_doc(src, dst):
    shutil.copyfile(src, dst) # SAFE
`,
  ),
];
