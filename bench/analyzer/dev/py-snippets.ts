// Dev suite "py-snippets": see bench/analyzer/dev/index.ts. Cases written here, never taken from a held-out corpus.
// Short functions or modules written to do one task, each labelled with one CWE (MITRE's definition), and fixed
// twins a reviewer would accept. Batch 1 was written before any rule change it prompted; notes starting "batch2:"
// were written after those changes and measured before any further fix; likewise "batch3:" to "batch6:" (batch4
// covers the semantic CWEs as well: off-by-one, ownership, locks, session leaks, workflow, timing, file names).
import type { DevCase } from "./cases.js";

/** Python source kept verbatim (backslashes in Python strings stay backslashes); a leading newline is dropped. */
export const src = (s: TemplateStringsArray) => String.raw(s).replace(/^\n/, "");
export const bad = (cwe: string, note: string, code: string): DevCase => ({
  cwe,
  language: "python",
  vulnerable: true,
  note,
  code,
});
export const good = (cwe: string, note: string, code: string): DevCase => ({
  cwe,
  language: "python",
  vulnerable: false,
  note,
  code,
});

export const CASES: DevCase[] = [
  // --- CWE-20 improper input validation ---
  bad(
    "CWE-20",
    "host allow-list by substring",
    src`
from flask import Flask, request, redirect
app = Flask(__name__)

@app.route("/go")
def go():
    target = request.args.get("url", "")
    if "example.com" in target:
        return redirect(target)
    return "bad target", 400
`,
  ),
  bad(
    "CWE-20",
    "endswith domain check",
    src`
from urllib.parse import urlparse

def is_trusted(url):
    host = urlparse(url).hostname
    return host.endswith("mycorp.com")
`,
  ),
  bad(
    "CWE-20",
    "quantity from form used without range check",
    src`
from flask import Flask, request
app = Flask(__name__)
PRICES = {"apple": 3}

@app.route("/buy", methods=["POST"])
def buy():
    qty = int(request.form["qty"])
    total = PRICES[request.form["item"]] * qty
    return {"charged": total}
`,
  ),
  good(
    "CWE-20",
    "exact host set",
    src`
from urllib.parse import urlparse
ALLOWED = {"mycorp.com", "www.mycorp.com"}

def is_trusted(url):
    return urlparse(url).hostname in ALLOWED
`,
  ),
  // --- CWE-22 path traversal ---
  bad(
    "CWE-22",
    "send file by name from query",
    src`
import os
from flask import Flask, request, send_file
app = Flask(__name__)

@app.route("/download")
def download():
    name = request.args.get("file")
    return send_file(os.path.join("/srv/files", name))
`,
  ),
  bad(
    "CWE-22",
    "delete user file",
    src`
import os
from flask import Flask, request
app = Flask(__name__)

@app.route("/remove")
def remove():
    fname = request.args["name"]
    os.remove("/var/app/uploads/" + fname)
    return "ok"
`,
  ),
  bad(
    "CWE-22",
    "tar extractall",
    src`
import tarfile

def unpack(archive_path, dest):
    with tarfile.open(archive_path) as tar:
        tar.extractall(dest)
`,
  ),
  bad(
    "CWE-22",
    "read file path from argv",
    src`
import sys

def main():
    path = sys.argv[1]
    with open(path) as fh:
        print(fh.read())

main()
`,
  ),
  good(
    "CWE-22",
    "send_from_directory",
    src`
from flask import Flask, request, send_from_directory
app = Flask(__name__)

@app.route("/download")
def download():
    return send_from_directory("/srv/files", request.args.get("file"))
`,
  ),
  good(
    "CWE-22",
    "realpath containment check",
    src`
import os
from flask import Flask, request, abort
app = Flask(__name__)
BASE = "/srv/files"

@app.route("/read")
def read():
    path = os.path.realpath(os.path.join(BASE, request.args["f"]))
    if not path.startswith(BASE + os.sep):
        abort(403)
    with open(path) as fh:
        return fh.read()
`,
  ),
  // --- CWE-78 OS command injection ---
  bad(
    "CWE-78",
    "ping host from query via os.system",
    src`
import os
from flask import Flask, request
app = Flask(__name__)

@app.route("/ping")
def ping():
    host = request.args.get("host")
    os.system("ping -c 1 " + host)
    return "done"
`,
  ),
  bad(
    "CWE-78",
    "subprocess shell=True f-string",
    src`
import subprocess

def list_dir(user_dir):
    out = subprocess.check_output(f"ls -la {user_dir}", shell=True)
    return out.decode()
`,
  ),
  bad(
    "CWE-78",
    "os.popen with input()",
    src`
import os
name = input("file to count: ")
print(os.popen("wc -l " + name).read())
`,
  ),
  good(
    "CWE-78",
    "argument list, no shell",
    src`
import subprocess
from flask import Flask, request
app = Flask(__name__)

@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    r = subprocess.run(["ping", "-c", "1", host], capture_output=True)
    return r.stdout
`,
  ),
  // --- CWE-79 XSS ---
  bad(
    "CWE-79",
    "greeting concatenated into HTML",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return "<h1>Hello " + name + "</h1>"
`,
  ),
  bad(
    "CWE-79",
    "make_response with f-string",
    src`
from flask import Flask, request, make_response
app = Flask(__name__)

@app.route("/search")
def search():
    q = request.args.get("q")
    return make_response(f"<p>Results for {q}</p>")
`,
  ),
  bad(
    "CWE-79",
    "Django HttpResponse from GET",
    src`
from django.http import HttpResponse

def profile(request):
    bio = request.GET.get("bio", "")
    return HttpResponse("<div class='bio'>%s</div>" % bio)
`,
  ),
  bad(
    "CWE-79",
    "jinja2 Environment without autoescape",
    src`
from jinja2 import Environment, FileSystemLoader
from flask import Flask, request
app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"))

@app.route("/page")
def page():
    tpl = env.get_template("page.html")
    return tpl.render(name=request.args.get("name"))
`,
  ),
  good(
    "CWE-79",
    "escape before HTML",
    src`
from flask import Flask, request
from markupsafe import escape
app = Flask(__name__)

@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return "<h1>Hello " + escape(name) + "</h1>"
`,
  ),
  good(
    "CWE-79",
    "render_template with autoescape",
    src`
from flask import Flask, request, render_template
app = Flask(__name__)

@app.route("/search")
def search():
    return render_template("search.html", q=request.args.get("q"))
`,
  ),
  // --- CWE-80 basic XSS ---
  bad(
    "CWE-80",
    "comment echoed in page",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/comment", methods=["POST"])
def comment():
    text = request.form["text"]
    html = "<html><body><p>" + text + "</p></body></html>"
    return html
`,
  ),
  bad(
    "CWE-80",
    "error page with username",
    src`
from django.http import HttpResponse

def login_failed(request):
    user = request.POST.get("username")
    return HttpResponse(f"<b>Unknown user {user}</b>")
`,
  ),
  good(
    "CWE-80",
    "html.escape",
    src`
import html
from flask import Flask, request
app = Flask(__name__)

@app.route("/comment", methods=["POST"])
def comment():
    return "<p>" + html.escape(request.form["text"]) + "</p>"
`,
  ),
  // --- CWE-89 SQL injection ---
  bad(
    "CWE-89",
    "sqlite3 f-string query",
    src`
import sqlite3

def get_user(username):
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute(f"SELECT * FROM users WHERE name = '{username}'")
    return cur.fetchone()
`,
  ),
  bad(
    "CWE-89",
    "MySQL delete via %-format in view",
    src`
import mysql.connector
from flask import Flask, request
app = Flask(__name__)

@app.route("/delete")
def delete():
    db = mysql.connector.connect(host="localhost", user="app", database="shop")
    cur = db.cursor()
    cur.execute("DELETE FROM orders WHERE id = %s" % request.args["id"])
    db.commit()
    return "deleted"
`,
  ),
  bad(
    "CWE-89",
    "query string built with +",
    src`
def find_posts(cursor, author):
    query = "SELECT title FROM posts WHERE author = '" + author + "' ORDER BY id"
    cursor.execute(query)
    return cursor.fetchall()
`,
  ),
  good(
    "CWE-89",
    "parameterised query",
    src`
import sqlite3

def get_user(username):
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM users WHERE name = ?", (username,))
    return cur.fetchone()
`,
  ),
  // --- CWE-90 LDAP injection ---
  bad(
    "CWE-90",
    "ldap search filter from request",
    src`
import ldap
from flask import Flask, request
app = Flask(__name__)

@app.route("/user")
def user():
    uid = request.args.get("uid")
    conn = ldap.initialize("ldap://ldap.local")
    return str(conn.search_s("dc=corp,dc=local", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")"))
`,
  ),
  bad(
    "CWE-90",
    "ldap3 filter with format",
    src`
from ldap3 import Server, Connection

def find(username):
    conn = Connection(Server("ldap://dir"), auto_bind=True)
    conn.search("ou=people,dc=x", "(&(objectClass=person)(cn={}))".format(username))
    return conn.entries
`,
  ),
  good(
    "CWE-90",
    "escape_filter_chars",
    src`
import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request
app = Flask(__name__)

@app.route("/user")
def user():
    uid = escape_filter_chars(request.args.get("uid"))
    conn = ldap.initialize("ldap://ldap.local")
    return str(conn.search_s("dc=corp", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")"))
`,
  ),
  // --- CWE-94 / 95 code injection ---
  bad(
    "CWE-94",
    "exec of posted code",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/run", methods=["POST"])
def run():
    exec(request.form["code"])
    return "ok"
`,
  ),
  bad(
    "CWE-94",
    "dynamic import of module from query",
    src`
import importlib
from flask import Flask, request
app = Flask(__name__)

@app.route("/plugin")
def plugin():
    mod = importlib.import_module(request.args["name"])
    return str(mod.run())
`,
  ),
  bad(
    "CWE-95",
    "calculator with eval",
    src`
def calculate(expression):
    return eval(expression)

print(calculate(input("expr: ")))
`,
  ),
  bad(
    "CWE-95",
    "eval of JSON-ish body",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/settings", methods=["POST"])
def settings():
    data = eval(request.get_data(as_text=True))
    return str(data.get("theme"))
`,
  ),
  good(
    "CWE-95",
    "ast.literal_eval",
    src`
import ast

def parse_list(text):
    return ast.literal_eval(text)
`,
  ),
  // --- CWE-99 resource injection ---
  bad(
    "CWE-99",
    "socket port from query",
    src`
import socket
from flask import Flask, request
app = Flask(__name__)

@app.route("/probe")
def probe():
    s = socket.socket()
    s.connect((request.args["host"], int(request.args["port"])))
    return "open"
`,
  ),
  bad(
    "CWE-99",
    "open log named by user",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/log")
def log():
    with open(request.args.get("logfile")) as f:
        return f.read()
`,
  ),
  // --- CWE-113 HTTP response splitting ---
  bad(
    "CWE-113",
    "header from query",
    src`
from flask import Flask, request, Response
app = Flask(__name__)

@app.route("/lang")
def lang():
    resp = Response("ok")
    resp.headers["Content-Language"] = request.args.get("lang")
    return resp
`,
  ),
  bad(
    "CWE-113",
    "Django header from GET",
    src`
from django.http import HttpResponse

def set_header(request):
    response = HttpResponse("done")
    response["X-User"] = request.GET["user"]
    return response
`,
  ),
  bad(
    "CWE-113",
    "cookie value from form",
    src`
from flask import Flask, request, make_response
app = Flask(__name__)

@app.route("/pref", methods=["POST"])
def pref():
    resp = make_response("saved")
    resp.headers.add("Set-Cookie", "theme=" + request.form["theme"])
    return resp
`,
  ),
  good(
    "CWE-113",
    "CRLF stripped",
    src`
from flask import Flask, request, Response
app = Flask(__name__)

@app.route("/lang")
def lang():
    value = request.args.get("lang", "").replace("\r", "").replace("\n", "")
    resp = Response("ok")
    resp.headers["Content-Language"] = value
    return resp
`,
  ),
  // --- CWE-116 improper encoding/escaping of output ---
  bad(
    "CWE-116",
    "hand-rolled escape only replaces <",
    src`
from flask import Flask, request
app = Flask(__name__)

def sanitize(s):
    return s.replace("<script>", "")

@app.route("/msg")
def msg():
    return "<p>" + sanitize(request.args.get("m", "")) + "</p>"
`,
  ),
  bad(
    "CWE-116",
    "CSV export without escaping cells",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/export")
def export():
    name = request.args.get("name")
    return "name,score\n" + name + ",10\n", 200, {"Content-Type": "text/csv"}
`,
  ),
  // --- CWE-117 log injection ---
  bad(
    "CWE-117",
    "logging username from request",
    src`
import logging
from flask import Flask, request
app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    logging.info("Login attempt for " + user)
    return "ok"
`,
  ),
  bad(
    "CWE-117",
    "app.logger with query",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/search")
def search():
    app.logger.warning("search for %s", request.args.get("q"))
    return "ok"
`,
  ),
  bad(
    "CWE-117",
    "logger in helper",
    src`
import logging
logger = logging.getLogger(__name__)

def record(user_input):
    logger.error("invalid input: %s" % user_input)

record(input())
`,
  ),
  good(
    "CWE-117",
    "newline-stripped log",
    src`
import logging
from flask import Flask, request
app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"].replace("\n", "").replace("\r", "")
    logging.info("Login attempt for %s", user)
    return "ok"
`,
  ),
  // --- CWE-200 information exposure ---
  bad(
    "CWE-200",
    "return all env vars",
    src`
import os
from flask import Flask, jsonify
app = Flask(__name__)

@app.route("/env")
def env():
    return jsonify(dict(os.environ))
`,
  ),
  bad(
    "CWE-200",
    "bind to all interfaces",
    src`
import socket

def serve():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("0.0.0.0", 8080))
    s.listen(5)
    return s
`,
  ),
  bad(
    "CWE-200",
    "user record with password hash returned",
    src`
from flask import Flask, jsonify
app = Flask(__name__)
USERS = {1: {"name": "ann", "password": "x1", "email": "a@x"}}

@app.route("/user/<int:uid>")
def user(uid):
    return jsonify(USERS[uid])
`,
  ),
  // --- CWE-209 error message info ---
  bad(
    "CWE-209",
    "traceback returned",
    src`
import traceback
from flask import Flask
app = Flask(__name__)

@app.route("/compute")
def compute():
    try:
        return str(1 / 0)
    except Exception:
        return traceback.format_exc(), 500
`,
  ),
  bad(
    "CWE-209",
    "exception text to client",
    src`
from flask import Flask, request, jsonify
app = Flask(__name__)

@app.route("/parse", methods=["POST"])
def parse():
    try:
        return jsonify(int(request.form["n"]))
    except Exception as e:
        return jsonify({"error": str(e)}), 400
`,
  ),
  good(
    "CWE-209",
    "generic error, details logged",
    src`
import logging
from flask import Flask, request, jsonify
app = Flask(__name__)

@app.route("/parse", methods=["POST"])
def parse():
    try:
        return jsonify(int(request.form["n"]))
    except Exception:
        logging.exception("parse failed")
        return jsonify({"error": "invalid input"}), 400
`,
  ),
  // --- CWE-215 debug info ---
  bad(
    "CWE-215",
    "flask debug=True",
    src`
from flask import Flask
app = Flask(__name__)

@app.route("/")
def index():
    return "hi"

if __name__ == "__main__":
    app.run(debug=True)
`,
  ),
  bad(
    "CWE-215",
    "Django DEBUG True",
    src`
DEBUG = True
ALLOWED_HOSTS = ["*"]
SECRET_KEY = "dev"
`,
  ),
  good(
    "CWE-215",
    "debug from env",
    src`
import os
from flask import Flask
app = Flask(__name__)

if __name__ == "__main__":
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
`,
  ),
  // --- CWE-250 execution with unnecessary privileges ---
  bad(
    "CWE-250",
    "setuid(0) to write file",
    src`
import os

def write_config(data):
    os.setuid(0)
    with open("/etc/myapp.conf", "w") as f:
        f.write(data)
`,
  ),
  bad(
    "CWE-250",
    "raise privileges around mkdir",
    src`
import os

def make_home(username):
    raisePrivileges()
    os.mkdir("/home/" + username)
    lowerPrivileges()

def raisePrivileges():
    os.seteuid(0)

def lowerPrivileges():
    os.seteuid(1000)
`,
  ),
  bad(
    "CWE-250",
    "container run as privileged",
    src`
import docker

def start(image):
    client = docker.from_env()
    return client.containers.run(image, privileged=True, detach=True)
`,
  ),
  // --- CWE-252 unchecked return value ---
  bad(
    "CWE-252",
    "os.write result ignored",
    src`
import os

def save(fd, data):
    os.write(fd, data)
`,
  ),
  bad(
    "CWE-252",
    "subprocess.call status ignored",
    src`
import subprocess

def backup(src, dst):
    subprocess.call(["cp", "-r", src, dst])
    print("backup complete")
`,
  ),
  bad(
    "CWE-252",
    "socket send partial",
    src`
import socket

def push(sock: socket.socket, payload: bytes):
    sock.send(payload)
`,
  ),
  good(
    "CWE-252",
    "check=True",
    src`
import subprocess

def backup(src, dst):
    subprocess.run(["cp", "-r", src, dst], check=True)
`,
  ),
  // --- CWE-259 hard-coded password ---
  bad(
    "CWE-259",
    "db password literal",
    src`
import psycopg2

def connect():
    return psycopg2.connect(host="db", user="admin", password="S3cr3t!2024", dbname="prod")
`,
  ),
  bad(
    "CWE-259",
    "login comparison to literal",
    src`
def check_admin(password):
    if password == "admin123":
        return True
    return False
`,
  ),
  good(
    "CWE-259",
    "password from env",
    src`
import os
import psycopg2

def connect():
    return psycopg2.connect(host="db", user="admin", password=os.environ["DB_PASSWORD"], dbname="prod")
`,
  ),
  // --- CWE-269 improper privilege management ---
  bad(
    "CWE-269",
    "drop privileges order wrong",
    src`
import os

def drop():
    os.setuid(1000)
    os.setgid(1000)
`,
  ),
  bad(
    "CWE-269",
    "role from request",
    src`
from flask import Flask, request, session
app = Flask(__name__)

@app.route("/register", methods=["POST"])
def register():
    session["user"] = request.form["user"]
    session["role"] = request.form.get("role", "user")
    return "ok"
`,
  ),
  // --- CWE-283 unverified ownership ---
  bad(
    "CWE-283",
    "delete any doc by id",
    src`
from flask import Flask, request
app = Flask(__name__)
DOCS = {}

@app.route("/doc/delete", methods=["POST"])
def delete_doc():
    doc_id = request.form["id"]
    DOCS.pop(doc_id, None)
    return "deleted"
`,
  ),
  bad(
    "CWE-283",
    "chmod file without owner check",
    src`
import os

def make_private(path):
    os.chmod(path, 0o600)
    os.chown(path, os.getuid(), -1)
`,
  ),
  // --- CWE-285 improper authorization ---
  bad(
    "CWE-285",
    "admin page without role check",
    src`
from flask import Flask
from flask_login import login_required
app = Flask(__name__)

@app.route("/admin/users")
@login_required
def admin_users():
    return "all users"
`,
  ),
  bad(
    "CWE-285",
    "role trusted from cookie",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/admin")
def admin():
    if request.cookies.get("role") == "admin":
        return "secret admin panel"
    return "forbidden", 403
`,
  ),
  // --- CWE-295 certificate validation ---
  bad(
    "CWE-295",
    "requests verify=False",
    src`
import requests

def fetch_status(url):
    return requests.get(url, verify=False, timeout=5).json()
`,
  ),
  bad(
    "CWE-295",
    "unverified ssl context",
    src`
import ssl
import urllib.request

def fetch(url):
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx).read()
`,
  ),
  bad(
    "CWE-295",
    "CERT_NONE",
    src`
import socket
import ssl

def connect(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)
`,
  ),
  bad(
    "CWE-295",
    "paramiko AutoAddPolicy",
    src`
import paramiko

def run_remote(host, cmd):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="deploy")
    return client.exec_command(cmd)
`,
  ),
  good(
    "CWE-295",
    "default context",
    src`
import ssl
import urllib.request

def fetch(url):
    ctx = ssl.create_default_context()
    return urllib.request.urlopen(url, context=ctx, timeout=10).read()
`,
  ),
  // --- CWE-306 missing authentication ---
  bad(
    "CWE-306",
    "delete account endpoint unauthenticated",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/admin/delete_user", methods=["POST"])
def delete_user():
    db.delete_user(request.form["user_id"])
    return "deleted"
`,
  ),
  bad(
    "CWE-306",
    "shutdown endpoint",
    src`
import os
from flask import Flask
app = Flask(__name__)

@app.route("/shutdown", methods=["POST"])
def shutdown():
    os._exit(0)
`,
  ),
  // --- CWE-319 cleartext transmission ---
  bad(
    "CWE-319",
    "ftp login",
    src`
import ftplib

def upload(path):
    ftp = ftplib.FTP("ftp.example.com")
    ftp.login("user", "pass")
    with open(path, "rb") as f:
        ftp.storbinary("STOR report.csv", f)
    ftp.quit()
`,
  ),
  bad(
    "CWE-319",
    "credentials over http",
    src`
import requests

def login(user, password):
    return requests.post("http://api.example.com/login", data={"user": user, "password": password}, timeout=5)
`,
  ),
  bad(
    "CWE-319",
    "smtp without starttls",
    src`
import smtplib

def send(msg, user, pw):
    server = smtplib.SMTP("mail.example.com", 25)
    server.login(user, pw)
    server.sendmail("a@example.com", ["b@example.com"], msg)
    server.quit()
`,
  ),
  bad(
    "CWE-319",
    "telnet",
    src`
import telnetlib

def reboot(host, pw):
    tn = telnetlib.Telnet(host)
    tn.read_until(b"Password: ")
    tn.write(pw.encode() + b"\n")
    tn.write(b"reboot\n")
`,
  ),
  good(
    "CWE-319",
    "FTP_TLS",
    src`
import ftplib

def upload(path, user, pw):
    ftp = ftplib.FTP_TLS("ftp.example.com")
    ftp.login(user, pw)
    ftp.prot_p()
    with open(path, "rb") as f:
        ftp.storbinary("STOR report.csv", f)
`,
  ),
  good(
    "CWE-319",
    "https post",
    src`
import requests

def login(user, password):
    return requests.post("https://api.example.com/login", data={"user": user, "password": password}, timeout=5)
`,
  ),
  // --- CWE-321 hard-coded key ---
  bad(
    "CWE-321",
    "AES key literal",
    src`
from Crypto.Cipher import AES

KEY = b"0123456789abcdef"

def encrypt(data):
    cipher = AES.new(KEY, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct
`,
  ),
  bad(
    "CWE-321",
    "Flask secret key literal",
    src`
from flask import Flask
app = Flask(__name__)
app.secret_key = "my-super-secret-key"
`,
  ),
  bad(
    "CWE-321",
    "Fernet key literal",
    src`
from cryptography.fernet import Fernet

def encrypt(token: bytes) -> bytes:
    f = Fernet(b"ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg=")
    return f.encrypt(token)
`,
  ),
  good(
    "CWE-321",
    "key from env",
    src`
import os
from flask import Flask
app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
`,
  ),
  // --- CWE-326 weak key size ---
  bad(
    "CWE-326",
    "RSA 1024",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa

def make_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)
`,
  ),
  bad(
    "CWE-326",
    "DSA 1024 pycryptodome",
    src`
from Crypto.PublicKey import DSA

def make_key():
    return DSA.generate(1024)
`,
  ),
  bad(
    "CWE-326",
    "AES key from 8 random bytes",
    src`
import os
from Crypto.Cipher import AES

def encrypt(data):
    key = os.urandom(8)
    return AES.new(key, AES.MODE_EAX).encrypt(data)
`,
  ),
  good(
    "CWE-326",
    "RSA 3072",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa

def make_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)
`,
  ),
  // --- CWE-327 broken crypto ---
  bad(
    "CWE-327",
    "DES cipher",
    src`
from Crypto.Cipher import DES

def encrypt(key, data):
    return DES.new(key, DES.MODE_ECB).encrypt(data)
`,
  ),
  bad(
    "CWE-327",
    "md5 checksum for integrity",
    src`
import hashlib

def sign(message, secret):
    return hashlib.md5(secret + message).hexdigest()
`,
  ),
  bad(
    "CWE-327",
    "AES ECB",
    src`
from Crypto.Cipher import AES

def encrypt(key, block):
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(block)
`,
  ),
  bad(
    "CWE-327",
    "ssl PROTOCOL_TLSv1",
    src`
import ssl, socket

def wrap(sock):
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1)
`,
  ),
  good(
    "CWE-327",
    "AES GCM",
    src`
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

def encrypt(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)
`,
  ),
  // --- CWE-329 / 1204 predictable IV ---
  bad(
    "CWE-329",
    "zero IV CBC",
    src`
from Crypto.Cipher import AES

def encrypt(key, data):
    iv = b"\x00" * 16
    return AES.new(key, AES.MODE_CBC, iv).encrypt(data)
`,
  ),
  bad(
    "CWE-329",
    "IV literal cryptography",
    src`
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

IV = b"1234567890123456"

def encrypt(key, data):
    enc = Cipher(algorithms.AES(key), modes.CBC(IV)).encryptor()
    return enc.update(data) + enc.finalize()
`,
  ),
  bad(
    "CWE-1204",
    "IV derived from key",
    src`
from Crypto.Cipher import AES

def encrypt(key, data):
    cipher = AES.new(key, AES.MODE_CBC, iv=key[:16])
    return cipher.encrypt(data)
`,
  ),
  bad(
    "CWE-1204",
    "random module IV",
    src`
import random
from Crypto.Cipher import AES

def encrypt(key, data):
    iv = bytes(random.getrandbits(8) for _ in range(16))
    return iv + AES.new(key, AES.MODE_CBC, iv).encrypt(data)
`,
  ),
  good(
    "CWE-329",
    "random IV",
    src`
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

def encrypt(key, data):
    iv = get_random_bytes(16)
    return iv + AES.new(key, AES.MODE_CBC, iv).encrypt(data)
`,
  ),
  // --- CWE-330 / 331 insufficient randomness ---
  bad(
    "CWE-330",
    "reset token from random",
    src`
import random
import string

def reset_token():
    return "".join(random.choice(string.ascii_letters) for _ in range(20))
`,
  ),
  bad(
    "CWE-330",
    "session id randint",
    src`
import random

def new_session_id():
    session_id = random.randint(100000, 999999)
    return str(session_id)
`,
  ),
  bad(
    "CWE-331",
    "seeded with time",
    src`
import random
import time

def generate_otp():
    random.seed(time.time())
    return random.randrange(100000, 1000000)
`,
  ),
  bad(
    "CWE-331",
    "uuid1 as API key",
    src`
import uuid

def new_api_key():
    return uuid.uuid1().hex
`,
  ),
  bad(
    "CWE-331",
    "token from hash of time",
    src`
import hashlib, time

def make_token(user):
    return hashlib.sha256((user + str(time.time())).encode()).hexdigest()
`,
  ),
  good(
    "CWE-330",
    "secrets token",
    src`
import secrets

def reset_token():
    return secrets.token_urlsafe(32)
`,
  ),
  good(
    "CWE-330",
    "random for shuffling a quiz",
    src`
import random

def shuffle_questions(questions):
    random.shuffle(questions)
    return questions
`,
  ),
  // --- CWE-347 JWT ---
  bad(
    "CWE-347",
    "jwt decode without verification",
    src`
import jwt

def get_user(token):
    payload = jwt.decode(token, options={"verify_signature": False})
    return payload["sub"]
`,
  ),
  bad(
    "CWE-347",
    "jwt algorithms none",
    src`
import jwt

def parse(token, key):
    return jwt.decode(token, key, algorithms=["none"])
`,
  ),
  bad(
    "CWE-347",
    "python-jose get_unverified_claims",
    src`
from jose import jwt

def user_id(token):
    return jwt.get_unverified_claims(token)["uid"]
`,
  ),
  bad(
    "CWE-347",
    "old pyjwt verify=False",
    src`
import jwt

def claims(token):
    return jwt.decode(token, verify=False)
`,
  ),
  good(
    "CWE-347",
    "jwt decode HS256",
    src`
import os
import jwt

def get_user(token):
    payload = jwt.decode(token, os.environ["JWT_KEY"], algorithms=["HS256"])
    return payload["sub"]
`,
  ),
  // --- CWE-367 TOCTOU ---
  bad(
    "CWE-367",
    "os.access then open",
    src`
import os

def read_if_allowed(path):
    if os.access(path, os.R_OK):
        with open(path) as f:
            return f.read()
    return None
`,
  ),
  bad(
    "CWE-367",
    "exists then write",
    src`
import os

def create_lock(path):
    if not os.path.exists(path):
        with open(path, "w") as f:
            f.write(str(os.getpid()))
        return True
    return False
`,
  ),
  good(
    "CWE-367",
    "open with O_EXCL",
    src`
import os

def create_lock(path):
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    os.write(fd, str(os.getpid()).encode())
    os.close(fd)
    return True
`,
  ),
  // --- CWE-377 / 379 temp files ---
  bad(
    "CWE-377",
    "mktemp then open",
    src`
import tempfile

def write_results(data):
    path = tempfile.mktemp(suffix=".json")
    with open(path, "w") as f:
        f.write(data)
    return path
`,
  ),
  bad(
    "CWE-377",
    "fixed name in /tmp",
    src`
def cache(data):
    with open("/tmp/app_cache.txt", "w") as f:
        f.write(data)
`,
  ),
  bad(
    "CWE-379",
    "temp dir world-writable",
    src`
import os

def workdir():
    d = "/tmp/myapp"
    os.makedirs(d, exist_ok=True)
    os.chmod(d, 0o777)
    return d
`,
  ),
  bad(
    "CWE-379",
    "temp file in shared dir by pid",
    src`
import os

def scratch(data):
    name = os.path.join("/tmp", "job_%d.tmp" % os.getpid())
    with open(name, "w") as f:
        f.write(data)
    return name
`,
  ),
  good(
    "CWE-377",
    "NamedTemporaryFile",
    src`
import tempfile

def write_results(data):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        f.write(data)
        return f.name
`,
  ),
  // --- CWE-384 session fixation ---
  bad(
    "CWE-384",
    "session id from request kept after login",
    src`
from flask import Flask, request, session
app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    if check(request.form["user"], request.form["pw"]):
        session["sid"] = request.args.get("sid")
        session["user"] = request.form["user"]
        return "welcome"
    return "no", 401
`,
  ),
  bad(
    "CWE-384",
    "Django login without cycle_key",
    src`
from django.http import HttpResponse

def login_view(request):
    user = authenticate_user(request.POST["username"], request.POST["password"])
    if user:
        request.session["user_id"] = user.id
        return HttpResponse("ok")
    return HttpResponse("denied", status=401)
`,
  ),
  // --- CWE-400 uncontrolled resource consumption ---
  bad(
    "CWE-400",
    "read whole upload into memory",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/upload", methods=["POST"])
def upload():
    data = request.stream.read()
    return str(len(data))
`,
  ),
  bad(
    "CWE-400",
    "range from query size",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/items")
def items():
    n = int(request.args.get("n", 10))
    return ",".join(str(i) for i in range(n))
`,
  ),
  bad(
    "CWE-400",
    "requests without timeout",
    src`
import requests

def fetch(url):
    return requests.get(url).text
`,
  ),
  // --- CWE-406 network amplification ---
  bad(
    "CWE-406",
    "UDP echo reflection",
    src`
import socket

def serve():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("0.0.0.0", 9999))
    while True:
        data, addr = s.recvfrom(512)
        s.sendto(data * 50, addr)
`,
  ),
  // --- CWE-425 forced browsing ---
  bad(
    "CWE-425",
    "admin report without auth",
    src`
from flask import Flask, send_file
app = Flask(__name__)

@app.route("/reports/internal/salaries.csv")
def salaries():
    return send_file("/srv/reports/salaries.csv")
`,
  ),
  // --- CWE-434 unrestricted upload ---
  bad(
    "CWE-434",
    "save with client filename",
    src`
import os
from flask import Flask, request
app = Flask(__name__)

@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    f.save(os.path.join("uploads", f.filename))
    return "saved"
`,
  ),
  bad(
    "CWE-434",
    "Django upload written by name",
    src`
def upload(request):
    f = request.FILES["doc"]
    with open("/var/www/media/" + f.name, "wb+") as dest:
        for chunk in f.chunks():
            dest.write(chunk)
`,
  ),
  bad(
    "CWE-434",
    "secure_filename but no type check, served dir",
    src`
from flask import Flask, request
from werkzeug.utils import secure_filename
app = Flask(__name__)

@app.route("/avatar", methods=["POST"])
def avatar():
    f = request.files["avatar"]
    f.save("static/avatars/" + secure_filename(f.filename))
    return "ok"
`,
  ),
  good(
    "CWE-434",
    "extension allow-list and secure_filename",
    src`
import os
from flask import Flask, request, abort
from werkzeug.utils import secure_filename
app = Flask(__name__)
ALLOWED = {"png", "jpg"}

@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    name = secure_filename(f.filename)
    if name.rsplit(".", 1)[-1].lower() not in ALLOWED:
        abort(400)
    f.save(os.path.join("/srv/uploads", name))
    return "saved"
`,
  ),
  // --- CWE-454 external init of trusted variables ---
  bad(
    "CWE-454",
    "debug flag from env trusted",
    src`
import os

DEBUG = os.environ.get("APP_DEBUG", "0") == "1"
IS_ADMIN = os.environ.get("IS_ADMIN") == "true"

def delete_all(db):
    if IS_ADMIN:
        db.drop_all()
`,
  ),
  bad(
    "CWE-454",
    "config from query string",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.before_request
def cfg():
    app.config["ADMIN_MODE"] = request.args.get("admin") == "1"
`,
  ),
  // --- CWE-462 duplicate key in associative list ---
  bad(
    "CWE-462",
    "duplicate dict key",
    src`
PERMISSIONS = {
    "read": True,
    "write": False,
    "read": False,
}
`,
  ),
  // --- CWE-477 obsolete function ---
  bad(
    "CWE-477",
    "os.popen2 / commands module",
    src`
import commands

def uptime():
    return commands.getoutput("uptime")
`,
  ),
  bad(
    "CWE-477",
    "ssl.wrap_socket deprecated",
    src`
import socket, ssl

def connect(host):
    s = socket.create_connection((host, 443))
    return ssl.wrap_socket(s)
`,
  ),
  bad(
    "CWE-477",
    "time.clock",
    src`
import time

def elapsed(start):
    return time.clock() - start
`,
  ),
  // --- CWE-502 deserialization ---
  bad(
    "CWE-502",
    "pickle loads request body",
    src`
import pickle
from flask import Flask, request
app = Flask(__name__)

@app.route("/load", methods=["POST"])
def load():
    obj = pickle.loads(request.data)
    return str(obj)
`,
  ),
  bad(
    "CWE-502",
    "yaml.load",
    src`
import yaml

def read_config(path):
    with open(path) as f:
        return yaml.load(f, Loader=yaml.Loader)
`,
  ),
  bad(
    "CWE-502",
    "marshal from socket",
    src`
import marshal

def handle(conn):
    code = marshal.loads(conn.recv(4096))
    return code
`,
  ),
  bad(
    "CWE-502",
    "jsonpickle decode",
    src`
import jsonpickle

def restore(blob):
    return jsonpickle.decode(blob)
`,
  ),
  good(
    "CWE-502",
    "yaml.safe_load",
    src`
import yaml

def read_config(path):
    with open(path) as f:
        return yaml.safe_load(f)
`,
  ),
  good(
    "CWE-502",
    "json loads",
    src`
import json
from flask import Flask, request
app = Flask(__name__)

@app.route("/load", methods=["POST"])
def load():
    return str(json.loads(request.data))
`,
  ),
  // --- CWE-521 weak password requirements ---
  bad(
    "CWE-521",
    "min length 4",
    src`
def validate_password(pw):
    if len(pw) < 4:
        raise ValueError("too short")
    return True
`,
  ),
  bad(
    "CWE-521",
    "Django validators empty",
    src`
AUTH_PASSWORD_VALIDATORS = []
`,
  ),
  // --- CWE-522 insufficiently protected credentials ---
  bad(
    "CWE-522",
    "store plaintext password",
    src`
import sqlite3

def register(username, password):
    conn = sqlite3.connect("users.db")
    conn.execute("INSERT INTO users (name, password) VALUES (?, ?)", (username, password))
    conn.commit()
`,
  ),
  bad(
    "CWE-522",
    "password base64 in cookie",
    src`
import base64
from flask import Flask, request, make_response
app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    resp = make_response("ok")
    resp.set_cookie("auth", base64.b64encode(request.form["password"].encode()).decode())
    return resp
`,
  ),
  good(
    "CWE-522",
    "store bcrypt hash",
    src`
import sqlite3
import bcrypt

def register(username, password):
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    conn = sqlite3.connect("users.db")
    conn.execute("INSERT INTO users (name, password) VALUES (?, ?)", (username, hashed))
    conn.commit()
`,
  ),
  // --- CWE-595 object reference comparison ---
  bad(
    "CWE-595",
    "is comparison of strings",
    src`
def is_admin(role):
    return role is "admin"
`,
  ),
  bad(
    "CWE-595",
    "is with number",
    src`
def check(code):
    if code is 200:
        return "ok"
    return "fail"
`,
  ),
  good(
    "CWE-595",
    "== comparison",
    src`
def is_admin(role):
    return role == "admin"
`,
  ),
  // --- CWE-601 open redirect ---
  bad(
    "CWE-601",
    "redirect to next param",
    src`
from flask import Flask, request, redirect
app = Flask(__name__)

@app.route("/login")
def login():
    return redirect(request.args.get("next", "/"))
`,
  ),
  bad(
    "CWE-601",
    "Django redirect",
    src`
from django.http import HttpResponseRedirect

def go(request):
    return HttpResponseRedirect(request.GET["url"])
`,
  ),
  good(
    "CWE-601",
    "netloc check",
    src`
from urllib.parse import urlparse
from flask import Flask, request, redirect
app = Flask(__name__)

@app.route("/login")
def login():
    target = request.args.get("next", "/")
    if urlparse(target).netloc or target.startswith("//"):
        target = "/"
    return redirect(target)
`,
  ),
  // --- CWE-605 multiple binds to same port ---
  bad(
    "CWE-605",
    "SO_REUSEADDR server",
    src`
import socket

def listen(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port))
    s.listen()
    return s
`,
  ),
  bad(
    "CWE-605",
    "SO_REUSEPORT",
    src`
import socket

def worker_socket():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    s.bind(("0.0.0.0", 5353))
    return s
`,
  ),
  // --- CWE-611 / 776 XML ---
  bad(
    "CWE-611",
    "lxml resolve_entities default parser on upload",
    src`
from lxml import etree
from flask import Flask, request
app = Flask(__name__)

@app.route("/xml", methods=["POST"])
def xml():
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.data, parser)
    return doc.findtext("name")
`,
  ),
  bad(
    "CWE-611",
    "xml.sax with external entities",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges

def parse(path, handler):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(path)
`,
  ),
  bad(
    "CWE-611",
    "lxml parse of user file",
    src`
from lxml import etree

def load(path):
    tree = etree.parse(path)
    return tree.getroot()
`,
  ),
  bad(
    "CWE-776",
    "minidom parseString of request",
    src`
from xml.dom import minidom
from flask import Flask, request
app = Flask(__name__)

@app.route("/import", methods=["POST"])
def import_xml():
    doc = minidom.parseString(request.data)
    return str(len(doc.getElementsByTagName("item")))
`,
  ),
  bad(
    "CWE-776",
    "ElementTree fromstring of upload",
    src`
import xml.etree.ElementTree as ET

def parse_upload(data):
    root = ET.fromstring(data)
    return [c.tag for c in root]
`,
  ),
  good(
    "CWE-611",
    "defusedxml",
    src`
import defusedxml.ElementTree as ET
from flask import Flask, request
app = Flask(__name__)

@app.route("/xml", methods=["POST"])
def xml():
    return ET.fromstring(request.data).findtext("name")
`,
  ),
  // --- CWE-641 improper restriction of names for files ---
  bad(
    "CWE-641",
    "file named after user input",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/note", methods=["POST"])
def note():
    title = request.form["title"]
    with open("notes/" + title + ".txt", "w") as f:
        f.write(request.form["body"])
    return "saved"
`,
  ),
  // --- CWE-643 XPath injection ---
  bad(
    "CWE-643",
    "lxml xpath with user name",
    src`
from lxml import etree
from flask import Flask, request
app = Flask(__name__)
doc = etree.parse("users.xml")

@app.route("/user")
def user():
    name = request.args.get("name")
    return str(doc.xpath("//user[@name='" + name + "']/email/text()"))
`,
  ),
  bad(
    "CWE-643",
    "ElementTree findall with format",
    src`
import xml.etree.ElementTree as ET

def find_book(root, title):
    return root.findall(".//book[@title='%s']" % title)

find_book(ET.parse("books.xml").getroot(), input())
`,
  ),
  good(
    "CWE-643",
    "xpath variables",
    src`
from lxml import etree
from flask import Flask, request
app = Flask(__name__)
doc = etree.parse("users.xml")

@app.route("/user")
def user():
    return str(doc.xpath("//user[@name=$n]/email/text()", n=request.args.get("name")))
`,
  ),
  // --- CWE-703 improper exception handling ---
  bad(
    "CWE-703",
    "bare except pass",
    src`
import json

def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except:
        pass
`,
  ),
  bad(
    "CWE-703",
    "assert for validation",
    src`
def withdraw(account, amount):
    assert amount > 0, "amount must be positive"
    account.balance -= amount
`,
  ),
  bad(
    "CWE-703",
    "except Exception continue",
    src`
def process_all(items):
    for item in items:
        try:
            item.process()
        except Exception:
            continue
`,
  ),
  // --- CWE-730 / 1333 regex DoS ---
  bad(
    "CWE-730",
    "regex compiled from query",
    src`
import re
from flask import Flask, request
app = Flask(__name__)

@app.route("/grep")
def grep():
    pattern = request.args["p"]
    return str(bool(re.search(pattern, open("data.txt").read())))
`,
  ),
  bad(
    "CWE-730",
    "catastrophic pattern",
    src`
import re

EMAIL = re.compile(r"^([a-zA-Z0-9]+)*@example\.com$")

def valid(addr):
    return EMAIL.match(addr) is not None
`,
  ),
  bad(
    "CWE-1333",
    "nested quantifier",
    src`
import re

def is_valid(s):
    return re.match(r"^(a+)+$", s) is not None
`,
  ),
  good(
    "CWE-730",
    "re.escape user text",
    src`
import re
from flask import Flask, request
app = Flask(__name__)

@app.route("/grep")
def grep():
    pattern = re.escape(request.args["p"])
    return str(bool(re.search(pattern, "some text")))
`,
  ),
  // --- CWE-732 permissions ---
  bad(
    "CWE-732",
    "chmod 777",
    src`
import os

def publish(path):
    os.chmod(path, 0o777)
`,
  ),
  bad(
    "CWE-732",
    "private key world readable",
    src`
import os

def save_key(pem):
    with open("id_rsa", "wb") as f:
        f.write(pem)
    os.chmod("id_rsa", 0o644)
`,
  ),
  bad(
    "CWE-732",
    "umask 0",
    src`
import os

def init():
    os.umask(0)
    os.makedirs("/var/lib/app/data", exist_ok=True)
`,
  ),
  good(
    "CWE-732",
    "chmod 600",
    src`
import os

def save_key(pem):
    with open("id_rsa", "wb") as f:
        f.write(pem)
    os.chmod("id_rsa", 0o600)
`,
  ),
  // --- CWE-759 / 760 salts ---
  bad(
    "CWE-759",
    "sha256 of password no salt",
    src`
import hashlib

def store_password(password):
    return hashlib.sha256(password.encode()).hexdigest()
`,
  ),
  bad(
    "CWE-759",
    "md5 password check",
    src`
import hashlib

def check_password(password, stored):
    return hashlib.md5(password.encode()).hexdigest() == stored
`,
  ),
  bad(
    "CWE-760",
    "pbkdf2 constant salt",
    src`
import hashlib

SALT = b"static-salt"

def hash_password(password):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 100000)
`,
  ),
  bad(
    "CWE-760",
    "salt from username",
    src`
import hashlib

def hash_password(username, password):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), username.encode(), 200000)
`,
  ),
  good(
    "CWE-759",
    "random salt pbkdf2",
    src`
import hashlib, os

def hash_password(password):
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000)
`,
  ),
  // --- CWE-798 hard-coded credentials ---
  bad(
    "CWE-798",
    "AWS keys literal",
    src`
import boto3

s3 = boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
`,
  ),
  bad(
    "CWE-798",
    "API token constant",
    src`
import requests

API_TOKEN = "ghp_16C7e42F292c6912E7710c838347Ae178B4a"

def repos():
    return requests.get("https://api.github.com/user/repos", headers={"Authorization": "token " + API_TOKEN}, timeout=5).json()
`,
  ),
  bad(
    "CWE-798",
    "login check with literal creds",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    if request.form["username"] == "admin" and request.form["password"] == "P@ssw0rd":
        return "welcome"
    return "denied", 401
`,
  ),
  good(
    "CWE-798",
    "env creds",
    src`
import os
import boto3

s3 = boto3.client("s3", aws_access_key_id=os.environ["AWS_KEY"], aws_secret_access_key=os.environ["AWS_SECRET"])
`,
  ),
  // --- CWE-827 improper control of document type definition ---
  bad(
    "CWE-827",
    "lxml with dtd_validation and load_dtd",
    src`
from lxml import etree

def parse(data):
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    return etree.fromstring(data, parser)
`,
  ),
  // --- CWE-835 infinite loop ---
  bad(
    "CWE-835",
    "while True no exit on socket recv",
    src`
import socket

def read_all(sock):
    chunks = []
    while True:
        chunks.append(sock.recv(1024))
    return b"".join(chunks)
`,
  ),
  bad(
    "CWE-835",
    "loop variable never advanced",
    src`
def count_down(n):
    i = n
    while i > 0:
        print(i)
    return "done"
`,
  ),
  good(
    "CWE-835",
    "recv loop ends on empty",
    src`
def read_all(sock):
    chunks = []
    while True:
        data = sock.recv(1024)
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)
`,
  ),
  // --- CWE-841 behavioral workflow ---
  bad(
    "CWE-841",
    "confirm order without payment step",
    src`
from flask import Flask, request, session
app = Flask(__name__)

@app.route("/order/confirm", methods=["POST"])
def confirm():
    order_id = request.form["order_id"]
    ship(order_id)
    return "shipped"
`,
  ),
  // --- CWE-918 SSRF ---
  bad(
    "CWE-918",
    "fetch url from query",
    src`
import requests
from flask import Flask, request
app = Flask(__name__)

@app.route("/proxy")
def proxy():
    return requests.get(request.args["url"], timeout=5).text
`,
  ),
  bad(
    "CWE-918",
    "urlopen user host",
    src`
from urllib.request import urlopen
from flask import Flask, request
app = Flask(__name__)

@app.route("/avatar")
def avatar():
    host = request.args.get("host")
    return urlopen("http://" + host + "/avatar.png").read()
`,
  ),
  bad(
    "CWE-918",
    "github user api with user id",
    src`
import requests
from flask import Flask, request
app = Flask(__name__)

@app.route("/gh")
def gh():
    user = request.args.get("user")
    return requests.get("https://api.github.com/users/" + user, timeout=5).text
`,
  ),
  good(
    "CWE-918",
    "fixed host with quoted id",
    src`
import requests
from urllib.parse import quote
from flask import Flask, request
app = Flask(__name__)

@app.route("/gh")
def gh():
    user = request.args.get("user", "")
    if not user.isalnum():
        return "bad", 400
    return requests.get("https://api.github.com/users/" + quote(user), timeout=5).text
`,
  ),
  // --- CWE-941 incorrectly specified destination ---
  bad(
    "CWE-941",
    "UDP reply to address from packet payload",
    src`
import socket

def relay():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 7000))
    data, _ = s.recvfrom(1024)
    host, port, msg = data.decode().split(":", 2)
    s.sendto(msg.encode(), (host, int(port)))
`,
  ),
  // --- CWE-943 NoSQL injection ---
  bad(
    "CWE-943",
    "mongo where with user string",
    src`
from pymongo import MongoClient
from flask import Flask, request
app = Flask(__name__)
db = MongoClient()["app"]

@app.route("/find")
def find():
    name = request.args.get("name")
    return str(list(db.users.find({"$where": "this.name == '" + name + "'"})))
`,
  ),
  bad(
    "CWE-943",
    "mongo query dict from json body",
    src`
from pymongo import MongoClient
from flask import Flask, request
app = Flask(__name__)
db = MongoClient()["app"]

@app.route("/login", methods=["POST"])
def login():
    user = db.users.find_one({"name": request.json["name"], "password": request.json["password"]})
    return "ok" if user else "no"
`,
  ),
  good(
    "CWE-943",
    "mongo query with str-cast values",
    src`
from pymongo import MongoClient
from flask import Flask, request
app = Flask(__name__)
db = MongoClient()["app"]

@app.route("/find")
def find():
    name = str(request.args.get("name", ""))
    return str(list(db.users.find({"name": name})))
`,
  ),
  // --- more fixed twins ---
  good(
    "CWE-117",
    "logger with repr of input",
    src`
import logging
logger = logging.getLogger(__name__)

def record(user_input):
    logger.error("invalid input: %r", user_input.replace("\n", "\\n"))
`,
  ),
  good(
    "CWE-250",
    "drop privileges after bind",
    src`
import os, pwd

def drop_privileges(user="nobody"):
    pw = pwd.getpwnam(user)
    os.setgroups([])
    os.setgid(pw.pw_gid)
    os.setuid(pw.pw_uid)
`,
  ),
  good(
    "CWE-269",
    "setgid before setuid",
    src`
import os

def drop():
    os.setgid(1000)
    os.setuid(1000)
`,
  ),
  good(
    "CWE-295",
    "paramiko RejectPolicy",
    src`
import paramiko

def run_remote(host, cmd):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy")
    return client.exec_command(cmd)
`,
  ),
  good(
    "CWE-113",
    "Django header constant",
    src`
from django.http import HttpResponse

def download(request):
    response = HttpResponse(b"data", content_type="application/octet-stream")
    response["Content-Disposition"] = "attachment; filename=report.bin"
    return response
`,
  ),
  good(
    "CWE-331",
    "secrets.token_hex key",
    src`
import secrets

def new_api_key():
    return secrets.token_hex(32)
`,
  ),
  good(
    "CWE-327",
    "sha256 file checksum",
    src`
import hashlib

def checksum(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(8192), b""):
            h.update(chunk)
    return h.hexdigest()
`,
  ),
  good(
    "CWE-776",
    "defusedxml minidom",
    src`
from defusedxml import minidom
from flask import Flask, request
app = Flask(__name__)

@app.route("/import", methods=["POST"])
def import_xml():
    doc = minidom.parseString(request.data)
    return str(len(doc.getElementsByTagName("item")))
`,
  ),
  good(
    "CWE-400",
    "requests with timeout",
    src`
import requests

def fetch(url):
    return requests.get(url, timeout=10).text
`,
  ),
  good(
    "CWE-703",
    "explicit validation raise",
    src`
def withdraw(account, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    account.balance -= amount
`,
  ),
  good(
    "CWE-1333",
    "linear regex",
    src`
import re

def is_valid(s):
    return re.fullmatch(r"[a-z0-9_]{3,32}", s) is not None
`,
  ),
  good(
    "CWE-209",
    "debug off and generic handler",
    src`
from flask import Flask
app = Flask(__name__)

@app.errorhandler(500)
def err(e):
    return "internal error", 500
`,
  ),
  good(
    "CWE-347",
    "python-jose decode with key",
    src`
import os
from jose import jwt

def user_id(token):
    return jwt.decode(token, os.environ["JWT_KEY"], algorithms=["RS256"])["uid"]
`,
  ),
  good(
    "CWE-601",
    "redirect to url_for",
    src`
from flask import Flask, redirect, url_for
app = Flask(__name__)

@app.route("/old")
def old():
    return redirect(url_for("index"))
`,
  ),
  good(
    "CWE-22",
    "basename of user name",
    src`
import os
from flask import Flask, request
app = Flask(__name__)

@app.route("/remove")
def remove():
    fname = os.path.basename(request.args["name"])
    if not fname or fname.startswith("."):
        return "bad", 400
    os.remove(os.path.join("/var/app/uploads", fname))
    return "ok"
`,
  ),
  // ===== batch 2: written after the rule changes above, measured before any further fix =====
  bad(
    "CWE-22",
    "batch2: FastAPI file read by path param",
    src`
from fastapi import FastAPI
from fastapi.responses import FileResponse
app = FastAPI()

@app.get("/files/{name}")
async def get_file(name: str):
    return FileResponse(f"/data/public/{name}")
`,
  ),
  bad(
    "CWE-22",
    "batch2: zipfile extractall of uploaded archive",
    src`
import zipfile

def import_theme(upload_path):
    with zipfile.ZipFile(upload_path) as zf:
        zf.extractall("/srv/themes")
`,
  ),
  bad(
    "CWE-78",
    "batch2: tornado handler runs git with branch",
    src`
import subprocess
import tornado.web

class DeployHandler(tornado.web.RequestHandler):
    def post(self):
        branch = self.get_argument("branch")
        subprocess.Popen("git checkout " + branch, shell=True)
        self.write("ok")
`,
  ),
  bad(
    "CWE-78",
    "batch2: os.system with format from argv",
    src`
import os
import sys

def convert(src, dst):
    os.system("convert {} {}".format(src, dst))

if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2])
`,
  ),
  bad(
    "CWE-79",
    "batch2: bottle template string from query",
    src`
from bottle import route, request, run

@route("/greet")
def greet():
    who = request.query.get("who", "world")
    return "<html><body>Hi " + who + "</body></html>"
`,
  ),
  bad(
    "CWE-79",
    "batch2: Markup wraps user text",
    src`
from flask import Flask, request
from markupsafe import Markup
app = Flask(__name__)

@app.route("/note")
def note():
    return Markup("<div>" + request.args.get("text", "") + "</div>")
`,
  ),
  bad(
    "CWE-89",
    "batch2: SQLAlchemy text with f-string",
    src`
from sqlalchemy import text

def orders_for(session, customer):
    return session.execute(text(f"SELECT * FROM orders WHERE customer = '{customer}'")).fetchall()
`,
  ),
  bad(
    "CWE-89",
    "batch2: psycopg2 ORDER BY from query",
    src`
import psycopg2
from flask import Flask, request
app = Flask(__name__)

@app.route("/products")
def products():
    sort = request.args.get("sort", "name")
    conn = psycopg2.connect("dbname=shop")
    cur = conn.cursor()
    cur.execute("SELECT id, name FROM products ORDER BY %s" % sort)
    return str(cur.fetchall())
`,
  ),
  bad(
    "CWE-94",
    "batch2: exec of template-generated function",
    src`
def make_getter(field):
    src = "def get(obj):\n    return obj." + field + "\n"
    ns = {}
    exec(src, ns)
    return ns["get"]
`,
  ),
  bad(
    "CWE-95",
    "batch2: eval filter expression from API",
    src`
from flask import Flask, request, jsonify
app = Flask(__name__)
ROWS = [{"a": 1}, {"a": 5}]

@app.route("/filter")
def filt():
    cond = request.args["where"]
    return jsonify([r for r in ROWS if eval(cond, {}, r)])
`,
  ),
  bad(
    "CWE-113",
    "batch2: redirect Location header built by hand",
    src`
from django.http import HttpResponse

def go(request):
    resp = HttpResponse(status=302)
    resp["Location"] = "/home?lang=" + request.GET.get("lang", "en")
    return resp
`,
  ),
  bad(
    "CWE-117",
    "batch2: print-style logging of header",
    src`
import logging
from flask import Flask, request
app = Flask(__name__)
log = logging.getLogger("audit")

@app.route("/api")
def api():
    log.info("client agent: %s", request.headers.get("User-Agent"))
    return "ok"
`,
  ),
  bad(
    "CWE-209",
    "batch2: Django view returns repr of exception",
    src`
from django.http import JsonResponse

def charge(request):
    try:
        amount = int(request.POST["amount"])
        return JsonResponse({"charged": amount})
    except Exception as exc:
        return JsonResponse({"error": repr(exc)}, status=500)
`,
  ),
  bad(
    "CWE-215",
    "batch2: werkzeug debugger enabled in run_simple",
    src`
from werkzeug.serving import run_simple
from myapp import app

run_simple("0.0.0.0", 8000, app, use_debugger=True, use_reloader=True)
`,
  ),
  bad(
    "CWE-250",
    "batch2: daemon keeps root after binding",
    src`
import os
import socket

def main():
    if os.geteuid() != 0:
        raise SystemExit("must run as root")
    s = socket.socket()
    s.bind(("0.0.0.0", 80))
    s.listen()
    while True:
        conn, _ = s.accept()
        handle(conn)
`,
  ),
  bad(
    "CWE-252",
    "batch2: os.chown result ignored and shutil.copy",
    src`
import os

def install(src, dst):
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, open(src, "rb").read())
    os.close(fd)
`,
  ),
  bad(
    "CWE-259",
    "batch2: default admin account created with literal",
    src`
def bootstrap(db):
    db.create_user(username="admin", password="changeme123", is_admin=True)
`,
  ),
  bad(
    "CWE-295",
    "batch2: httpx client verify False",
    src`
import httpx

def get_report(url):
    with httpx.Client(verify=False) as client:
        return client.get(url).json()
`,
  ),
  bad(
    "CWE-295",
    "batch2: urllib3 cert_reqs CERT_NONE",
    src`
import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_NONE")

def fetch(url):
    return http.request("GET", url).data
`,
  ),
  bad(
    "CWE-306",
    "batch2: FastAPI reset-db endpoint",
    src`
from fastapi import FastAPI
app = FastAPI()

@app.post("/reset-db")
def reset_db():
    database.drop_all()
    database.create_all()
    return {"status": "reset"}
`,
  ),
  bad(
    "CWE-319",
    "batch2: websocket over ws:// with token",
    src`
import websocket

def connect(token):
    ws = websocket.create_connection("ws://stream.example.com/feed?token=" + token)
    return ws
`,
  ),
  bad(
    "CWE-321",
    "batch2: AESGCM key constant hex",
    src`
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
import os

KEY = bytes.fromhex("00112233445566778899aabbccddeeff")

def seal(data):
    nonce = os.urandom(12)
    return nonce + AESGCM(KEY).encrypt(nonce, data, None)
`,
  ),
  bad(
    "CWE-326",
    "batch2: RSA 512 with rsa package",
    src`
import rsa

def keys():
    pub, priv = rsa.newkeys(512)
    return pub, priv
`,
  ),
  bad(
    "CWE-327",
    "batch2: Blowfish via pycryptodome",
    src`
from Crypto.Cipher import Blowfish

def enc(key, data):
    c = Blowfish.new(key, Blowfish.MODE_CBC)
    return c.iv + c.encrypt(data)
`,
  ),
  bad(
    "CWE-327",
    "batch2: sha1 for signature",
    src`
import hashlib

def sign_payload(payload: bytes, secret: bytes) -> str:
    return hashlib.sha1(secret + payload).hexdigest()
`,
  ),
  bad(
    "CWE-330",
    "batch2: random password generator",
    src`
import random
import string

def generate_password(length=12):
    chars = string.ascii_letters + string.digits
    return "".join(random.choice(chars) for _ in range(length))
`,
  ),
  bad(
    "CWE-347",
    "batch2: jwt decode with verify_signature option False and audience",
    src`
import jwt

def read_claims(token):
    return jwt.decode(token, "", algorithms=["HS256"], options={"verify_signature": False, "verify_aud": False})
`,
  ),
  bad(
    "CWE-367",
    "batch2: isfile check then remove",
    src`
import os

def cleanup(path):
    if os.path.isfile(path):
        os.remove(path)
`,
  ),
  bad(
    "CWE-377",
    "batch2: tempfile.mktemp for socket path",
    src`
import socket
import tempfile

def make_server():
    path = tempfile.mktemp(prefix="app-", suffix=".sock")
    s = socket.socket(socket.AF_UNIX)
    s.bind(path)
    return s
`,
  ),
  bad(
    "CWE-384",
    "batch2: flask login keeps session",
    src`
from flask import Flask, request, session, redirect
app = Flask(__name__)

@app.route("/signin", methods=["POST"])
def signin():
    user = find_user(request.form["email"])
    if user and user.check(request.form["password"]):
        session["uid"] = user.id
        return redirect("/")
    return "bad login", 401
`,
  ),
  bad(
    "CWE-400",
    "batch2: decompress upload without limit",
    src`
import zlib
from flask import Flask, request
app = Flask(__name__)

@app.route("/ingest", methods=["POST"])
def ingest():
    data = zlib.decompress(request.get_data())
    return str(len(data))
`,
  ),
  bad(
    "CWE-434",
    "batch2: aiohttp upload saved by filename",
    src`
from aiohttp import web

async def upload(request):
    reader = await request.multipart()
    field = await reader.next()
    with open("/srv/uploads/" + field.filename, "wb") as f:
        f.write(await field.read())
    return web.Response(text="ok")
`,
  ),
  bad(
    "CWE-502",
    "batch2: pickle load from cache file in /tmp",
    src`
import pickle

def load_cache(name):
    with open("/tmp/cache_" + name + ".pkl", "rb") as f:
        return pickle.load(f)
`,
  ),
  bad(
    "CWE-502",
    "batch2: shelve opened on user path",
    src`
import shelve
from flask import Flask, request
app = Flask(__name__)

@app.route("/profile")
def profile():
    db = shelve.open(request.args["db"])
    return str(dict(db))
`,
  ),
  bad(
    "CWE-521",
    "batch2: signup accepts 6 chars",
    src`
from flask import Flask, request
app = Flask(__name__)
MIN_PASSWORD_LENGTH = 6

@app.route("/signup", methods=["POST"])
def signup():
    pw = request.form["password"]
    if len(pw) < MIN_PASSWORD_LENGTH:
        return "too short", 400
    create_user(request.form["email"], pw)
    return "ok"
`,
  ),
  bad(
    "CWE-601",
    "batch2: redirect from referer header",
    src`
from flask import Flask, request, redirect
app = Flask(__name__)

@app.route("/back")
def back():
    return redirect(request.headers.get("Referer", "/"))
`,
  ),
  bad(
    "CWE-611",
    "batch2: lxml XMLParser no_network False",
    src`
from lxml import etree

def parse_feed(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    return etree.fromstring(xml_bytes, parser=parser)
`,
  ),
  bad(
    "CWE-643",
    "batch2: xpath with f-string from form",
    src`
from lxml import etree
from flask import Flask, request
app = Flask(__name__)
tree = etree.parse("accounts.xml")

@app.route("/auth", methods=["POST"])
def auth():
    u = request.form["user"]
    p = request.form["pass"]
    found = tree.xpath(f"//account[user='{u}' and pass='{p}']")
    return "ok" if found else "denied"
`,
  ),
  bad(
    "CWE-703",
    "batch2: broad except returns True",
    src`
def is_valid_token(token, verifier):
    try:
        verifier.verify(token)
        return True
    except Exception:
        return True
`,
  ),
  bad(
    "CWE-730",
    "batch2: user-supplied regex in validator",
    src`
import re

def matches(user_pattern, text):
    return re.compile(user_pattern).search(text) is not None

print(matches(input("pattern: "), "hello world"))
`,
  ),
  bad(
    "CWE-732",
    "batch2: log file created 0o666",
    src`
import os

def open_log(path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o666)
    return os.fdopen(fd, "a")
`,
  ),
  bad(
    "CWE-759",
    "batch2: sha512 password hash stored",
    src`
import hashlib

class User:
    def set_password(self, password):
        self.password_hash = hashlib.sha512(password.encode("utf-8")).hexdigest()
`,
  ),
  bad(
    "CWE-776",
    "batch2: xmltodict parse of request body",
    src`
import xmltodict
from flask import Flask, request
app = Flask(__name__)

@app.route("/order", methods=["POST"])
def order():
    doc = xmltodict.parse(request.data)
    return doc["order"]["id"]
`,
  ),
  bad(
    "CWE-798",
    "batch2: SMTP login with literal password",
    src`
import smtplib

def notify(msg):
    s = smtplib.SMTP_SSL("smtp.gmail.com", 465)
    s.login("alerts@example.com", "gm41l-app-pass")
    s.sendmail("alerts@example.com", ["ops@example.com"], msg)
`,
  ),
  bad(
    "CWE-835",
    "batch2: retry loop without increment",
    src`
import time

def wait_for(service):
    attempts = 0
    while attempts < 5:
        if service.ready():
            return True
        time.sleep(1)
    return False
`,
  ),
  bad(
    "CWE-918",
    "batch2: webhook URL from JSON body",
    src`
import requests
from flask import Flask, request
app = Flask(__name__)

@app.route("/hooks", methods=["POST"])
def hooks():
    target = request.get_json()["callback_url"]
    requests.post(target, json={"event": "created"}, timeout=5)
    return "registered"
`,
  ),
  bad(
    "CWE-943",
    "batch2: mongo find with regex from query",
    src`
from pymongo import MongoClient
from flask import Flask, request
app = Flask(__name__)
users = MongoClient().app.users

@app.route("/search")
def search():
    q = request.args.get("q")
    return str(list(users.find({"$where": "this.name.match(/" + q + "/)"})))
`,
  ),
  bad(
    "CWE-1204",
    "batch2: nonce counter starting at zero constant",
    src`
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE = b"\x00" * 12

def seal(key, msg):
    return ChaCha20Poly1305(key).encrypt(NONCE, msg, None)
`,
  ),
  // --- batch 2 fixed twins ---
  good(
    "CWE-78",
    "batch2: tornado handler with argument list",
    src`
import subprocess
import tornado.web

class DeployHandler(tornado.web.RequestHandler):
    def post(self):
        branch = self.get_argument("branch")
        subprocess.run(["git", "checkout", "--", branch], check=True)
        self.write("ok")
`,
  ),
  good(
    "CWE-89",
    "batch2: SQLAlchemy text with bind params",
    src`
from sqlalchemy import text

def orders_for(session, customer):
    return session.execute(text("SELECT * FROM orders WHERE customer = :c"), {"c": customer}).fetchall()
`,
  ),
  good(
    "CWE-295",
    "batch2: httpx default verification",
    src`
import httpx

def get_report(url):
    with httpx.Client(timeout=10) as client:
        return client.get(url).json()
`,
  ),
  good(
    "CWE-327",
    "batch2: hmac sha256 signature",
    src`
import hashlib
import hmac

def sign_payload(payload: bytes, secret: bytes) -> str:
    return hmac.new(secret, payload, hashlib.sha256).hexdigest()
`,
  ),
  good(
    "CWE-330",
    "batch2: secrets password generator",
    src`
import secrets
import string

def generate_password(length=16):
    chars = string.ascii_letters + string.digits
    return "".join(secrets.choice(chars) for _ in range(length))
`,
  ),
  good(
    "CWE-601",
    "batch2: redirect only to relative paths",
    src`
from urllib.parse import urlparse
from flask import Flask, request, redirect
app = Flask(__name__)

@app.route("/back")
def back():
    ref = request.headers.get("Referer", "/")
    parsed = urlparse(ref)
    if parsed.netloc or parsed.scheme or ref.startswith("//"):
        return redirect("/")
    return redirect(ref)
`,
  ),
  good(
    "CWE-732",
    "batch2: log file created 0o600",
    src`
import os

def open_log(path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    return os.fdopen(fd, "a")
`,
  ),
  good(
    "CWE-835",
    "batch2: retry loop increments",
    src`
import time

def wait_for(service):
    attempts = 0
    while attempts < 5:
        if service.ready():
            return True
        attempts += 1
        time.sleep(1)
    return False
`,
  ),
  good(
    "CWE-918",
    "batch2: webhook host allow-list",
    src`
import requests
from urllib.parse import urlparse
from flask import Flask, request
app = Flask(__name__)
ALLOWED_HOSTS = {"hooks.example.com"}

@app.route("/hooks", methods=["POST"])
def hooks():
    target = request.get_json()["callback_url"]
    if urlparse(target).hostname not in ALLOWED_HOSTS:
        return "forbidden", 403
    requests.post(target, json={"event": "created"}, timeout=5)
    return "registered"
`,
  ),
  good(
    "CWE-502",
    "batch2: json cache file",
    src`
import json

def load_cache(path):
    with open(path) as f:
        return json.load(f)
`,
  ),
  good(
    "CWE-22",
    "batch2: zip members checked",
    src`
import os
import zipfile

def import_theme(upload_path, dest="/srv/themes"):
    with zipfile.ZipFile(upload_path) as zf:
        for member in zf.namelist():
            target = os.path.realpath(os.path.join(dest, member))
            if not target.startswith(os.path.realpath(dest) + os.sep):
                raise ValueError("unsafe member")
        zf.extractall(dest)
`,
  ),
  good(
    "CWE-347",
    "batch2: jwt decode verified",
    src`
import jwt

def read_claims(token, key):
    return jwt.decode(token, key, algorithms=["HS256"], audience="api")
`,
  ),
  // ===== batch 3: written after the batch-2 fixes, measured before any further fix =====
  bad(
    "CWE-20",
    "batch3: port number accepted without range check",
    src`
import socket
import sys

def listen():
    port = int(sys.argv[1])
    s = socket.socket()
    s.bind(("127.0.0.1", port))
    s.listen()
    return s
`,
  ),
  bad(
    "CWE-20",
    "batch3: email validated by simple contains",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/subscribe", methods=["POST"])
def subscribe():
    email = request.form["email"]
    if "@" not in email:
        return "invalid", 400
    save_subscriber(email)
    return "ok"
`,
  ),
  bad(
    "CWE-22",
    "batch3: pathlib read_text with user segment",
    src`
from pathlib import Path
from flask import Flask, request
app = Flask(__name__)
DOCS = Path("/srv/docs")

@app.route("/doc")
def doc():
    return (DOCS / request.args["page"]).read_text()
`,
  ),
  bad(
    "CWE-78",
    "batch3: subprocess getoutput",
    src`
import subprocess

def disk_usage(folder):
    return subprocess.getoutput("du -sh " + folder)

print(disk_usage(input("folder: ")))
`,
  ),
  bad(
    "CWE-78",
    "batch3: os.execl with sh -c",
    src`
import os
import sys

def run_hook(name):
    os.execl("/bin/sh", "sh", "-c", "hooks/" + name)

run_hook(sys.argv[1])
`,
  ),
  bad(
    "CWE-79",
    "batch3: Django mark_safe on GET param",
    src`
from django.utils.safestring import mark_safe
from django.shortcuts import render

def banner(request):
    msg = mark_safe("<b>" + request.GET.get("msg", "") + "</b>")
    return render(request, "banner.html", {"msg": msg})
`,
  ),
  bad(
    "CWE-89",
    "batch3: executescript with user data",
    src`
import sqlite3

def add_tag(db_path, tag):
    conn = sqlite3.connect(db_path)
    conn.executescript("INSERT INTO tags(name) VALUES ('%s');" % tag)
    conn.close()
`,
  ),
  bad(
    "CWE-89",
    "batch3: Django raw with format",
    src`
from django.http import JsonResponse
from .models import Book

def search(request):
    title = request.GET.get("title", "")
    books = Book.objects.raw("SELECT * FROM app_book WHERE title LIKE '%%{}%%'".format(title))
    return JsonResponse({"n": len(list(books))})
`,
  ),
  bad(
    "CWE-90",
    "batch3: ldap bind DN from form",
    src`
import ldap
from flask import Flask, request
app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    conn = ldap.initialize("ldap://directory")
    dn = "uid=%s,ou=people,dc=corp" % request.form["user"]
    conn.simple_bind_s(dn, request.form["password"])
    return "ok"
`,
  ),
  bad(
    "CWE-94",
    "batch3: compile and exec of uploaded script",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/macro", methods=["POST"])
def macro():
    code = compile(request.files["script"].read(), "<macro>", "exec")
    exec(code)
    return "ran"
`,
  ),
  bad(
    "CWE-95",
    "batch3: eval of config value read from file",
    src`
def load_settings(path):
    settings = {}
    with open(path) as f:
        for line in f:
            key, value = line.split("=", 1)
            settings[key.strip()] = eval(value)
    return settings
`,
  ),
  bad(
    "CWE-116",
    "batch3: JSON embedded in script tag unescaped",
    src`
import json
from flask import Flask, request
app = Flask(__name__)

@app.route("/widget")
def widget():
    cfg = json.dumps({"title": request.args.get("title", "")})
    return "<script>var cfg = " + cfg + ";</script>"
`,
  ),
  bad(
    "CWE-117",
    "batch3: structlog-free print to audit log file",
    src`
from flask import Flask, request
app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    with open("audit.log", "a") as log:
        log.write("login attempt: " + request.form["username"] + "\n")
    return "ok"
`,
  ),
  bad(
    "CWE-200",
    "batch3: debug endpoint returns config",
    src`
from flask import Flask, jsonify
app = Flask(__name__)
app.config["DATABASE_URL"] = "postgres://app@db/prod"

@app.route("/debug/config")
def config():
    return jsonify({k: str(v) for k, v in app.config.items()})
`,
  ),
  bad(
    "CWE-209",
    "batch3: FastAPI exception detail",
    src`
from fastapi import FastAPI, HTTPException
app = FastAPI()

@app.get("/items/{item_id}")
def read_item(item_id: int):
    try:
        return load(item_id)
    except Exception as e:
        raise HTTPException(status_code=500, detail=str(e))
`,
  ),
  bad(
    "CWE-250",
    "batch3: sudo in automation script",
    src`
import subprocess

def restart_service(name):
    subprocess.run("sudo systemctl restart " + name, shell=True, check=True)
`,
  ),
  bad(
    "CWE-252",
    "batch3: lock acquire non-blocking ignored",
    src`
import threading
lock = threading.Lock()
counter = 0

def increment():
    global counter
    lock.acquire(False)
    counter += 1
    lock.release()
`,
  ),
  bad(
    "CWE-259",
    "batch3: mysql connect with literal password",
    src`
import pymysql

def get_conn():
    return pymysql.connect(host="10.0.0.5", user="report", passwd="r3p0rt!", db="sales")
`,
  ),
  bad(
    "CWE-285",
    "batch3: edit any profile by id",
    src`
from flask import Flask, request
from flask_login import login_required
app = Flask(__name__)

@app.route("/profile/<int:user_id>/edit", methods=["POST"])
@login_required
def edit_profile(user_id):
    profile = Profile.query.get(user_id)
    profile.bio = request.form["bio"]
    db.session.commit()
    return "saved"
`,
  ),
  bad(
    "CWE-295",
    "batch3: aiohttp ssl=False",
    src`
import aiohttp

async def fetch(url):
    async with aiohttp.ClientSession() as s:
        async with s.get(url, ssl=False) as r:
            return await r.text()
`,
  ),
  bad(
    "CWE-306",
    "batch3: Django view that deletes all logs",
    src`
from django.http import HttpResponse
from .models import LogEntry

def purge_logs(request):
    LogEntry.objects.all().delete()
    return HttpResponse("purged")
`,
  ),
  bad(
    "CWE-319",
    "batch3: imaplib plain login",
    src`
import imaplib

def inbox_count(user, password):
    m = imaplib.IMAP4("mail.example.com")
    m.login(user, password)
    status, data = m.select("INBOX")
    return int(data[0])
`,
  ),
  bad(
    "CWE-321",
    "batch3: jwt signed with literal secret",
    src`
import jwt
import datetime

def issue(user_id):
    payload = {"sub": user_id, "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}
    return jwt.encode(payload, "super-secret-signing-key", algorithm="HS256")
`,
  ),
  bad(
    "CWE-327",
    "batch3: ARC4 stream cipher",
    src`
from Crypto.Cipher import ARC4

def obfuscate(key, data):
    return ARC4.new(key).encrypt(data)
`,
  ),
  bad(
    "CWE-327",
    "batch3: hashlib.new md5 for token",
    src`
import hashlib

def file_token(content):
    return hashlib.new("md5", content).hexdigest()
`,
  ),
  bad(
    "CWE-329",
    "batch3: CTR with fixed nonce",
    src`
from Crypto.Cipher import AES

def encrypt(key, data):
    cipher = AES.new(key, AES.MODE_CTR, nonce=b"fixednonce")
    return cipher.encrypt(data)
`,
  ),
  bad(
    "CWE-330",
    "batch3: OTP via random.randint",
    src`
import random

def send_login_code(phone):
    code = random.randint(1000, 9999)
    sms.send(phone, "Your code is %d" % code)
    return code
`,
  ),
  bad(
    "CWE-347",
    "batch3: jwt get_unverified_header trusts alg",
    src`
import jwt

def decode(token, keys):
    header = jwt.get_unverified_header(token)
    return jwt.decode(token, keys[header["kid"]], algorithms=[header["alg"]])
`,
  ),
  bad(
    "CWE-377",
    "batch3: tempfile.mktemp dir then mkdir",
    src`
import os
import tempfile

def workspace():
    d = tempfile.mktemp()
    os.mkdir(d)
    return d
`,
  ),
  bad(
    "CWE-384",
    "batch3: session id cookie from query",
    src`
from flask import Flask, request, make_response
app = Flask(__name__)

@app.route("/resume")
def resume():
    resp = make_response("resumed")
    resp.set_cookie("session_id", request.args["sid"])
    return resp
`,
  ),
  bad(
    "CWE-400",
    "batch3: regex over unbounded body",
    src`
import re
from flask import Flask, request
app = Flask(__name__)

@app.route("/check", methods=["POST"])
def check():
    body = request.get_data(as_text=True)
    return str(bool(re.match(r"^(\w+\s?)*$", body)))
`,
  ),
  bad(
    "CWE-434",
    "batch3: FastAPI UploadFile written by name",
    src`
from fastapi import FastAPI, UploadFile
app = FastAPI()

@app.post("/upload")
async def upload(file: UploadFile):
    with open(f"/srv/media/{file.filename}", "wb") as out:
        out.write(await file.read())
    return {"ok": True}
`,
  ),
  bad(
    "CWE-477",
    "batch3: imp.load_source plugin",
    src`
import imp

def load_plugin(path):
    return imp.load_source("plugin", path)
`,
  ),
  bad(
    "CWE-502",
    "batch3: dill loads from redis",
    src`
import dill
import redis

r = redis.Redis()

def get_job(job_id):
    return dill.loads(r.get("job:" + job_id))
`,
  ),
  bad(
    "CWE-502",
    "batch3: torch.load of user model",
    src`
import torch
from flask import Flask, request
app = Flask(__name__)

@app.route("/model", methods=["POST"])
def model():
    m = torch.load(request.files["model"])
    return str(type(m))
`,
  ),
  bad(
    "CWE-522",
    "batch3: credentials written to config file",
    src`
import json

def save_credentials(username, password):
    with open("credentials.json", "w") as f:
        json.dump({"username": username, "password": password}, f)
`,
  ),
  bad(
    "CWE-595",
    "batch3: is not with string literal",
    src`
def handle(event):
    if event["type"] is not "ping":
        process(event)
`,
  ),
  bad(
    "CWE-601",
    "batch3: Django redirect shortcut",
    src`
from django.shortcuts import redirect

def after_login(request):
    return redirect(request.POST.get("return_to", "/"))
`,
  ),
  bad(
    "CWE-611",
    "batch3: pulldom parse of request stream",
    src`
from xml.dom import pulldom
from flask import Flask, request
app = Flask(__name__)

@app.route("/events", methods=["POST"])
def events():
    doc = pulldom.parseString(request.get_data(as_text=True))
    return "ok"
`,
  ),
  bad(
    "CWE-643",
    "batch3: xpath built with %-format",
    src`
from lxml import etree

def find_user(tree, username):
    return tree.xpath("/users/user[name='%s']" % username)

tree = etree.parse("users.xml")
print(find_user(tree, input()))
`,
  ),
  bad(
    "CWE-703",
    "batch3: except pass around security check",
    src`
def require_admin(user):
    try:
        if not user.is_admin:
            raise PermissionError("admin only")
    except Exception:
        pass
`,
  ),
  bad(
    "CWE-732",
    "batch3: pathlib chmod 0o666",
    src`
from pathlib import Path

def write_report(text):
    p = Path("/var/reports/latest.txt")
    p.write_text(text)
    p.chmod(0o666)
`,
  ),
  bad(
    "CWE-760",
    "batch3: scrypt with constant salt",
    src`
import hashlib

def derive(password):
    return hashlib.scrypt(password.encode(), salt=b"app-salt", n=16384, r=8, p=1)
`,
  ),
  bad(
    "CWE-798",
    "batch3: Slack webhook token in module",
    src`
import requests

SLACK_TOKEN = "xoxb-2048-93482723-abcdefghijklmnop"

def alert(text):
    requests.post("https://slack.com/api/chat.postMessage", headers={"Authorization": "Bearer " + SLACK_TOKEN}, json={"channel": "#ops", "text": text}, timeout=5)
`,
  ),
  bad(
    "CWE-918",
    "batch3: PIL open of remote image URL",
    src`
import urllib.request
from flask import Flask, request
app = Flask(__name__)

@app.route("/thumb")
def thumb():
    data = urllib.request.urlopen(request.args["src"]).read()
    return data
`,
  ),
  bad(
    "CWE-943",
    "batch3: mongo update with body filter",
    src`
from flask import Flask, request
from pymongo import MongoClient
app = Flask(__name__)
coll = MongoClient().shop.orders

@app.route("/cancel", methods=["POST"])
def cancel():
    coll.update_one(request.json, {"$set": {"status": "cancelled"}})
    return "ok"
`,
  ),
  // --- batch 3 fixed twins ---
  good(
    "CWE-22",
    "batch3: pathlib containment check",
    src`
from pathlib import Path
from flask import Flask, request, abort
app = Flask(__name__)
DOCS = Path("/srv/docs").resolve()

@app.route("/doc")
def doc():
    p = (DOCS / request.args["page"]).resolve()
    if not p.is_relative_to(DOCS):
        abort(404)
    return p.read_text()
`,
  ),
  good(
    "CWE-89",
    "batch3: Django raw with params",
    src`
from django.http import JsonResponse
from .models import Book

def search(request):
    title = request.GET.get("title", "")
    books = Book.objects.raw("SELECT * FROM app_book WHERE title LIKE %s", ["%" + title + "%"])
    return JsonResponse({"n": len(list(books))})
`,
  ),
  good(
    "CWE-319",
    "batch3: IMAP4_SSL",
    src`
import imaplib

def inbox_count(user, password):
    m = imaplib.IMAP4_SSL("mail.example.com")
    m.login(user, password)
    status, data = m.select("INBOX")
    return int(data[0])
`,
  ),
  good(
    "CWE-321",
    "batch3: jwt secret from env",
    src`
import os
import jwt

def issue(user_id):
    return jwt.encode({"sub": user_id}, os.environ["JWT_SECRET"], algorithm="HS256")
`,
  ),
  good(
    "CWE-330",
    "batch3: OTP via secrets",
    src`
import secrets

def send_login_code(phone):
    code = secrets.randbelow(9000) + 1000
    sms.send(phone, "Your code is %d" % code)
    return code
`,
  ),
  good(
    "CWE-502",
    "batch3: torch.load weights_only",
    src`
import torch

def load_weights(path):
    return torch.load(path, weights_only=True)
`,
  ),
  good(
    "CWE-601",
    "batch3: Django safe redirect check",
    src`
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

def after_login(request):
    target = request.POST.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return redirect(target)
`,
  ),
  good(
    "CWE-732",
    "batch3: pathlib chmod 0o640",
    src`
from pathlib import Path

def write_report(text):
    p = Path("/var/reports/latest.txt")
    p.write_text(text)
    p.chmod(0o640)
`,
  ),
  good(
    "CWE-760",
    "batch3: scrypt random salt",
    src`
import hashlib
import os

def derive(password):
    salt = os.urandom(16)
    return salt, hashlib.scrypt(password.encode(), salt=salt, n=16384, r=8, p=1)
`,
  ),
  good(
    "CWE-117",
    "batch3: logging with sanitised name",
    src`
import logging
from flask import Flask, request
app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    name = request.form["username"].replace("\r", "").replace("\n", "")
    logging.info("login attempt: %s", name)
    return "ok"
`,
  ),
  // --- batch4: written blind from each CWE's definition, measured before any fix it prompted ---
  bad(
    "CWE-20",
    "batch4: username checked with re.match without end anchor",
    src`
import re
from flask import Flask, request

app = Flask(__name__)

@app.route("/profile")
def profile():
    """Show the profile of the user named in the query, only if the name is alphanumeric."""
    username = request.args.get("username", "")
    if re.match(r"[a-zA-Z0-9]+", username):
        return f"Profile page of {username}"
    return "Invalid username", 400
`,
  ),
  bad(
    "CWE-20",
    "batch4: list index from query without bounds check",
    src`
from flask import Flask, request

app = Flask(__name__)
PRODUCTS = ["laptop", "phone", "tablet"]

@app.route("/product")
def get_product():
    # Return the product at the index given in the query string
    index = int(request.args.get("index"))
    return PRODUCTS[index]
`,
  ),
  bad(
    "CWE-20",
    "batch4: negative transfer amount accepted",
    src`
def transfer(accounts: dict, src: str, dst: str, amount: str) -> None:
    """Move amount (as received from the client) from src to dst."""
    value = float(amount)
    accounts[src] -= value
    accounts[dst] += value
`,
  ),
  good(
    "CWE-20",
    "batch4: username checked with re.fullmatch",
    src`
import re
from flask import Flask, request, escape

app = Flask(__name__)

@app.route("/profile")
def profile():
    username = request.args.get("username", "")
    if re.fullmatch(r"[a-zA-Z0-9]{1,32}", username):
        return f"Profile page of {escape(username)}"
    return "Invalid username", 400
`,
  ),
  bad(
    "CWE-22",
    "batch4: read image from static folder by name",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/img")
def img():
    """Return the content of the image named in the 'file' parameter from the images folder."""
    name = request.args.get("file")
    with open("images/" + name, "rb") as f:
        return f.read()
`,
  ),
  bad(
    "CWE-22",
    "batch4: delete user directory with rmtree",
    src`
import shutil

def delete_user_folder(username):
    """Delete the folder of the given user under /home/app/data."""
    path = f"/home/app/data/{username}"
    shutil.rmtree(path)
`,
  ),
  good(
    "CWE-22",
    "batch4: static file read with commonpath check",
    src`
import os
from flask import Flask, request, abort

app = Flask(__name__)
BASE = os.path.realpath("images")

@app.route("/img")
def img():
    name = request.args.get("file", "")
    path = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([BASE, path]) != BASE:
        abort(404)
    with open(path, "rb") as f:
        return f.read()
`,
  ),
  bad(
    "CWE-78",
    "batch4: list directory given as argument with shell",
    src`
import subprocess

def list_files(directory: str) -> str:
    """Return the output of ls -l for the given directory."""
    return subprocess.check_output(f"ls -l {directory}", shell=True).decode()
`,
  ),
  bad(
    "CWE-78",
    "batch4: nslookup of posted domain via os.popen",
    src`
import os
from flask import Flask, request

app = Flask(__name__)

@app.route("/lookup", methods=["POST"])
def lookup():
    domain = request.form["domain"]
    output = os.popen("nslookup " + domain).read()
    return "<pre>" + output + "</pre>"
`,
  ),
  good(
    "CWE-78",
    "batch4: ls with shlex.quote",
    src`
import shlex
import subprocess

def list_files(directory: str) -> str:
    return subprocess.check_output("ls -l " + shlex.quote(directory), shell=True).decode()
`,
  ),
  bad(
    "CWE-79",
    "batch4: search results echo the query",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/search")
def search():
    """Echo the search term back to the user."""
    q = request.args.get("q", "")
    return "<h2>Results for " + q + "</h2><p>No results found.</p>"
`,
  ),
  bad(
    "CWE-79",
    "batch4: jinja2 Template rendering user comment",
    src`
from jinja2 import Template
from flask import Flask, request

app = Flask(__name__)

@app.route("/comment", methods=["POST"])
def comment():
    tpl = Template("<div class='comment'>{{ text }}</div>")
    return tpl.render(text=request.form["text"])
`,
  ),
  good(
    "CWE-79",
    "batch4: search results with markupsafe escape",
    src`
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

@app.route("/search")
def search():
    q = request.args.get("q", "")
    return "<h2>Results for " + str(escape(q)) + "</h2>"
`,
  ),
  bad(
    "CWE-80",
    "batch4: make_response HTML with user title",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)

@app.route("/page")
def page():
    title = request.args.get("title", "Untitled")
    resp = make_response("<html><head><title>%s</title></head><body></body></html>" % title)
    resp.headers["Content-Type"] = "text/html"
    return resp
`,
  ),
  bad(
    "CWE-89",
    "batch4: login query with %-format",
    src`
import sqlite3

def check_login(username, password):
    """Return True if a user with that username and password exists."""
    conn = sqlite3.connect("users.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM users WHERE username = '%s' AND password = '%s'" % (username, password))
    return cur.fetchone() is not None
`,
  ),
  bad(
    "CWE-89",
    "batch4: repository class builds query with f-string",
    src`
import mysql.connector

class UserRepository:
    def __init__(self, conn):
        self.conn = conn

    def find_by_email(self, email: str):
        cursor = self.conn.cursor()
        cursor.execute(f"SELECT id, name FROM users WHERE email = '{email}'")
        return cursor.fetchall()
`,
  ),
  good(
    "CWE-89",
    "batch4: login query with placeholders",
    src`
import sqlite3

def check_login(username, password_hash):
    conn = sqlite3.connect("users.db")
    cur = conn.cursor()
    cur.execute("SELECT 1 FROM users WHERE username = ? AND password_hash = ?", (username, password_hash))
    return cur.fetchone() is not None
`,
  ),
  bad(
    "CWE-90",
    "batch4: LDAP search for uid from query",
    src`
import ldap
from flask import Flask, request

app = Flask(__name__)

@app.route("/user")
def user():
    uid = request.args.get("uid")
    conn = ldap.initialize("ldap://localhost")
    result = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    return str(result)
`,
  ),
  good(
    "CWE-90",
    "batch4: LDAP search with escaped uid",
    src`
import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)

@app.route("/user")
def user():
    uid = escape_filter_chars(request.args.get("uid", ""))
    conn = ldap.initialize("ldaps://localhost")
    result = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    return {"count": len(result)}
`,
  ),
  bad(
    "CWE-94",
    "batch4: exec builds a function from user expression",
    src`
def make_function(expression):
    """Create a function f(x) that evaluates the given expression in x."""
    code = "def f(x):\n    return " + expression
    namespace = {}
    exec(code, namespace)
    return namespace["f"]
`,
  ),
  bad(
    "CWE-94",
    "batch4: import module named in request",
    src`
import importlib
from flask import Flask, request

app = Flask(__name__)

@app.route("/plugin")
def plugin():
    mod = importlib.import_module(request.args["name"])
    return mod.run()
`,
  ),
  bad(
    "CWE-95",
    "batch4: eval of input in calculator loop",
    src`
def calculator():
    """Simple REPL calculator."""
    while True:
        expr = input("> ")
        if expr == "quit":
            break
        print(eval(expr))
`,
  ),
  good(
    "CWE-95",
    "batch4: literal_eval of parsed list",
    src`
import ast

def parse_list(text: str) -> list:
    value = ast.literal_eval(text)
    if not isinstance(value, list):
        raise ValueError("expected a list")
    return value
`,
  ),
  bad(
    "CWE-113",
    "batch4: content-type header from query",
    src`
from flask import Flask, request, Response

app = Flask(__name__)

@app.route("/download")
def download():
    ctype = request.args.get("type", "text/plain")
    resp = Response("data")
    resp.headers["Content-Type"] = ctype
    return resp
`,
  ),
  bad(
    "CWE-113",
    "batch4: set-cookie with user language",
    src`
from django.http import HttpResponse

def set_lang(request):
    lang = request.GET.get("lang", "en")
    response = HttpResponse("Language saved")
    response["Set-Cookie"] = "lang=" + lang
    return response
`,
  ),
  bad(
    "CWE-116",
    "batch4: XML document built by string concatenation",
    src`
from flask import Flask, request, Response

app = Flask(__name__)

@app.route("/export")
def export():
    """Return the user's name and note as an XML document."""
    name = request.args.get("name", "")
    note = request.args.get("note", "")
    xml = "<user><name>" + name + "</name><note>" + note + "</note></user>"
    return Response(xml, mimetype="application/xml")
`,
  ),
  bad(
    "CWE-116",
    "batch4: JSON built by hand with user value",
    src`
def build_message(user: str, text: str) -> str:
    """Serialise a chat message to JSON for the client."""
    return '{"user": "' + user + '", "text": "' + text + '"}'
`,
  ),
  bad(
    "CWE-116",
    "batch4: incomplete HTML escaping helper",
    src`
def escape_html(s):
    """Escape a string for inclusion in HTML."""
    return s.replace("<", "&lt;").replace(">", "&gt;")

def render_comment(comment):
    return '<div title="' + escape_html(comment) + '">' + escape_html(comment) + "</div>"
`,
  ),
  good(
    "CWE-116",
    "batch4: XML built with ElementTree",
    src`
import xml.etree.ElementTree as ET
from flask import Flask, request, Response

app = Flask(__name__)

@app.route("/export")
def export():
    root = ET.Element("user")
    ET.SubElement(root, "name").text = request.args.get("name", "")
    ET.SubElement(root, "note").text = request.args.get("note", "")
    return Response(ET.tostring(root), mimetype="application/xml")
`,
  ),
  good(
    "CWE-116",
    "batch4: JSON with json.dumps",
    src`
import json

def build_message(user: str, text: str) -> str:
    return json.dumps({"user": user, "text": text})
`,
  ),
  bad(
    "CWE-117",
    "batch4: failed login logged with username",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)

@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username")
    password = request.form.get("password")
    if not authenticate(username, password):
        logger.warning("Failed login attempt for user: " + username)
        return "Unauthorized", 401
    return "Welcome"
`,
  ),
  bad(
    "CWE-117",
    "batch4: log data argument in plain function",
    src`
import logging

def record_search(term):
    """Log what the user searched for."""
    logging.info(f"User searched for {term}")
`,
  ),
  good(
    "CWE-117",
    "batch4: log with newlines escaped",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)

@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    safe = username.replace("\n", "\\n").replace("\r", "\\r")
    logger.warning("Failed login attempt for user: %s", safe)
    return "Unauthorized", 401
`,
  ),
  bad(
    "CWE-193",
    "batch4: loop to len inclusive",
    src`
def sum_scores(scores):
    """Return the sum of all scores in the list."""
    total = 0
    for i in range(len(scores) + 1):
        total += scores[i]
    return total
`,
  ),
  bad(
    "CWE-193",
    "batch4: while index <= len",
    src`
def find_index(items, target):
    """Return the index of target in items, or -1."""
    i = 0
    while i <= len(items):
        if items[i] == target:
            return i
        i += 1
    return -1
`,
  ),
  bad(
    "CWE-193",
    "batch4: buffer copy one past the end",
    src`
def copy_buffer(src: bytearray, n: int) -> bytearray:
    """Copy the first n bytes of src into a new buffer of size n."""
    dst = bytearray(n)
    for i in range(0, n + 1):
        dst[i] = src[i]
    return dst
`,
  ),
  good(
    "CWE-193",
    "batch4: loop over range(len)",
    src`
def sum_scores(scores):
    total = 0
    for i in range(len(scores)):
        total += scores[i]
    return total
`,
  ),
  bad(
    "CWE-200",
    "batch4: user API returns the whole row",
    src`
import sqlite3
from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/api/user/<int:user_id>")
def get_user(user_id):
    conn = sqlite3.connect("app.db")
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
    return jsonify(dict(row))
`,
  ),
  bad(
    "CWE-209",
    "batch4: database error returned to client",
    src`
from flask import Flask, request, jsonify
import psycopg2

app = Flask(__name__)

@app.route("/order", methods=["POST"])
def order():
    try:
        conn = psycopg2.connect(dsn=app.config["DSN"])
        cur = conn.cursor()
        cur.execute("INSERT INTO orders (item) VALUES (%s)", (request.form["item"],))
        conn.commit()
        return jsonify(status="ok")
    except Exception as e:
        return jsonify(status="error", message=str(e)), 500
`,
  ),
  bad(
    "CWE-209",
    "batch4: traceback printed in response",
    src`
import traceback
from flask import Flask

app = Flask(__name__)

@app.errorhandler(Exception)
def handle_error(e):
    return "<pre>" + traceback.format_exc() + "</pre>", 500
`,
  ),
  good(
    "CWE-209",
    "batch4: error logged, generic message returned",
    src`
import logging
from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)

@app.errorhandler(Exception)
def handle_error(e):
    log.exception("unhandled error")
    return jsonify(error="internal error"), 500
`,
  ),
  bad(
    "CWE-215",
    "batch4: Flask app config DEBUG True in production module",
    src`
from flask import Flask

app = Flask(__name__)
app.config["DEBUG"] = True

@app.route("/")
def index():
    return "hello"
`,
  ),
  bad(
    "CWE-215",
    "batch4: app.debug attribute set",
    src`
from flask import Flask

def create_app():
    app = Flask(__name__)
    app.debug = True
    return app

if __name__ == "__main__":
    create_app().run(host="0.0.0.0")
`,
  ),
  bad(
    "CWE-250",
    "batch4: script switches to root to write config",
    src`
import os

def update_hosts(entry):
    """Append an entry to /etc/hosts."""
    os.setuid(0)
    with open("/etc/hosts", "a") as f:
        f.write(entry + "\n")
`,
  ),
  bad(
    "CWE-250",
    "batch4: service runs command with sudo",
    src`
import subprocess

def restart_service(name):
    """Restart a systemd service."""
    subprocess.run(["sudo", "systemctl", "restart", name], check=True)
`,
  ),
  bad(
    "CWE-252",
    "batch4: file write return value unused after os.open",
    src`
import os

def save_bytes(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(fd, data)
    os.close(fd)
`,
  ),
  bad(
    "CWE-259",
    "batch4: admin login compares to literal",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/admin/login", methods=["POST"])
def admin_login():
    if request.form["user"] == "admin" and request.form["password"] == "Sup3rS3cret!":
        return "welcome admin"
    return "denied", 403
`,
  ),
  bad(
    "CWE-259",
    "batch4: psycopg2 connect with literal password",
    src`
import psycopg2

def get_connection():
    """Return a connection to the reporting database."""
    return psycopg2.connect(host="db.internal", dbname="reports", user="report", password="r3p0rt!2023")
`,
  ),
  good(
    "CWE-259",
    "batch4: admin login checks hash from env",
    src`
import os
import hmac
import hashlib
from flask import Flask, request

app = Flask(__name__)

@app.route("/admin/login", methods=["POST"])
def admin_login():
    expected = os.environ["ADMIN_PASSWORD_SHA256"]
    given = hashlib.sha256(request.form["password"].encode()).hexdigest()
    if hmac.compare_digest(expected, given):
        return "welcome admin"
    return "denied", 403
`,
  ),
  bad(
    "CWE-269",
    "batch4: registration accepts role from form",
    src`
from flask import Flask, request

app = Flask(__name__)
users = {}

@app.route("/register", methods=["POST"])
def register():
    """Register a new user."""
    users[request.form["username"]] = {
        "password": hash_password(request.form["password"]),
        "role": request.form.get("role", "user"),
    }
    return "registered"
`,
  ),
  bad(
    "CWE-269",
    "batch4: privileges dropped without dropping groups",
    src`
import os

def drop_privileges(uid, gid):
    """Drop root privileges to the given user."""
    os.setuid(uid)
    os.setgid(gid)
`,
  ),
  good(
    "CWE-269",
    "batch4: privileges dropped in right order",
    src`
import os

def drop_privileges(uid, gid):
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)
`,
  ),
  bad(
    "CWE-283",
    "batch4: delete post without checking author",
    src`
from flask import Flask
from flask_login import login_required, current_user

app = Flask(__name__)

@app.route("/posts/<int:post_id>/delete", methods=["POST"])
@login_required
def delete_post(post_id):
    post = Post.query.get_or_404(post_id)
    db.session.delete(post)
    db.session.commit()
    return "deleted"
`,
  ),
  bad(
    "CWE-283",
    "batch4: change file owner to requested uid",
    src`
import os

def give_file(path: str, new_owner_uid: int) -> None:
    """Transfer ownership of the file to another user."""
    os.chown(path, new_owner_uid, -1)
`,
  ),
  good(
    "CWE-283",
    "batch4: delete post only by its author",
    src`
from flask import Flask, abort
from flask_login import login_required, current_user

app = Flask(__name__)

@app.route("/posts/<int:post_id>/delete", methods=["POST"])
@login_required
def delete_post(post_id):
    post = Post.query.get_or_404(post_id)
    if post.author_id != current_user.id:
        abort(403)
    db.session.delete(post)
    db.session.commit()
    return "deleted"
`,
  ),
  bad(
    "CWE-285",
    "batch4: admin user list only requires login",
    src`
from flask import Flask, jsonify
from flask_login import login_required

app = Flask(__name__)

@app.route("/admin/users")
@login_required
def list_users():
    return jsonify([u.to_dict() for u in User.query.all()])
`,
  ),
  bad(
    "CWE-285",
    "batch4: admin flag read from query",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/settings/delete_all", methods=["POST"])
def delete_all():
    if request.args.get("admin") == "true":
        Setting.query.delete()
        return "all settings deleted"
    return "forbidden", 403
`,
  ),
  bad(
    "CWE-295",
    "batch4: urlopen with unverified context",
    src`
import ssl
import urllib.request

def fetch(url):
    """Download the page at url."""
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx).read()
`,
  ),
  bad(
    "CWE-295",
    "batch4: requests session verify off",
    src`
import requests

session = requests.Session()
session.verify = False

def get_status(url):
    return session.get(url, timeout=5).status_code
`,
  ),
  good(
    "CWE-295",
    "batch4: urlopen with default context",
    src`
import ssl
import urllib.request

def fetch(url):
    ctx = ssl.create_default_context()
    return urllib.request.urlopen(url, context=ctx, timeout=10).read()
`,
  ),
  bad(
    "CWE-297",
    "batch4: check_hostname disabled",
    src`
import socket
import ssl

def connect(host, port=443):
    """Open a TLS connection to host."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    sock = socket.create_connection((host, port))
    return ctx.wrap_socket(sock, server_hostname=host)
`,
  ),
  bad(
    "CWE-297",
    "batch4: urllib3 assert_hostname False",
    src`
import urllib3

def client():
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", assert_hostname=False)
`,
  ),
  good(
    "CWE-297",
    "batch4: hostname checked",
    src`
import socket
import ssl

def connect(host, port=443):
    ctx = ssl.create_default_context()
    sock = socket.create_connection((host, port))
    return ctx.wrap_socket(sock, server_hostname=host)
`,
  ),
  bad(
    "CWE-306",
    "batch4: change email endpoint without login",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/api/users/<int:uid>/email", methods=["PUT"])
def change_email(uid):
    user = User.query.get(uid)
    user.email = request.json["email"]
    db.session.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-306",
    "batch4: backup download endpoint open",
    src`
from flask import Flask, send_file

app = Flask(__name__)

@app.route("/backup/download")
def download_backup():
    """Let the administrator download the latest database backup."""
    return send_file("/var/backups/db.sql.gz")
`,
  ),
  good(
    "CWE-306",
    "batch4: change email requires login",
    src`
from flask import Flask, request, abort
from flask_login import login_required, current_user

app = Flask(__name__)

@app.route("/api/users/<int:uid>/email", methods=["PUT"])
@login_required
def change_email(uid):
    if current_user.id != uid:
        abort(403)
    current_user.email = request.json["email"]
    db.session.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-319",
    "batch4: login posted over http",
    src`
import requests

def login(username, password):
    """Log in to the service and return the session token."""
    r = requests.post("http://api.example.com/login", json={"username": username, "password": password})
    return r.json()["token"]
`,
  ),
  bad(
    "CWE-319",
    "batch4: smtplib login without TLS",
    src`
import smtplib

def send_mail(user, password, to, body):
    server = smtplib.SMTP("mail.example.com", 25)
    server.login(user, password)
    server.sendmail(user, to, body)
    server.quit()
`,
  ),
  bad(
    "CWE-319",
    "batch4: raw socket sends credentials",
    src`
import socket

def authenticate(host, user, password):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect((host, 9000))
    s.sendall(f"AUTH {user} {password}\n".encode())
    return s.recv(1024)
`,
  ),
  good(
    "CWE-319",
    "batch4: smtplib with starttls",
    src`
import smtplib
import ssl

def send_mail(user, password, to, body):
    server = smtplib.SMTP("mail.example.com", 587)
    server.starttls(context=ssl.create_default_context())
    server.login(user, password)
    server.sendmail(user, to, body)
    server.quit()
`,
  ),
  bad(
    "CWE-321",
    "batch4: AES key literal in module",
    src`
from Crypto.Cipher import AES

KEY = b"ThisIsASecretKey"

def encrypt(data: bytes) -> bytes:
    cipher = AES.new(KEY, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct
`,
  ),
  bad(
    "CWE-321",
    "batch4: HMAC signing key literal",
    src`
import hmac
import hashlib

def sign(message: bytes) -> str:
    """Sign a message for the webhook."""
    return hmac.new(b"my-webhook-signing-key", message, hashlib.sha256).hexdigest()
`,
  ),
  good(
    "CWE-321",
    "batch4: HMAC key from environment",
    src`
import hmac
import hashlib
import os

def sign(message: bytes) -> str:
    key = os.environ["WEBHOOK_KEY"].encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()
`,
  ),
  bad(
    "CWE-325",
    "batch4: password hashed once and used as AES key",
    src`
import hashlib
from Crypto.Cipher import AES

def encrypt_with_password(password: str, data: bytes) -> bytes:
    """Encrypt data with a key derived from the password."""
    key = hashlib.sha256(password.encode()).digest()
    cipher = AES.new(key, AES.MODE_EAX)
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct
`,
  ),
  bad(
    "CWE-325",
    "batch4: CBC encryption without integrity",
    src`
import os
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives import padding

def encrypt_token(key: bytes, token: bytes) -> bytes:
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(token) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()
`,
  ),
  bad(
    "CWE-326",
    "batch4: RSA key of 1024 bits",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa

def generate_keypair():
    """Generate an RSA key pair."""
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    return private_key, private_key.public_key()
`,
  ),
  bad(
    "CWE-326",
    "batch4: DSA key pycryptodome 1024",
    src`
from Crypto.PublicKey import DSA

def new_signing_key():
    return DSA.generate(1024)
`,
  ),
  good(
    "CWE-326",
    "batch4: RSA key of 4096 bits",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa

def generate_keypair():
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=4096)
    return private_key, private_key.public_key()
`,
  ),
  bad(
    "CWE-327",
    "batch4: DES encryption of card number",
    src`
from Crypto.Cipher import DES

def encrypt_card(key: bytes, card: str) -> bytes:
    cipher = DES.new(key, DES.MODE_ECB)
    padded = card.encode().ljust(16, b" ")
    return cipher.encrypt(padded)
`,
  ),
  bad(
    "CWE-327",
    "batch4: AES ECB via cryptography",
    src`
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def encrypt_block(key: bytes, block: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(block) + encryptor.finalize()
`,
  ),
  bad(
    "CWE-327",
    "batch4: md5 signature of message",
    src`
import hashlib

def sign_message(secret: str, message: str) -> str:
    """Return a signature for message."""
    return hashlib.md5((secret + message).encode()).hexdigest()
`,
  ),
  good(
    "CWE-327",
    "batch4: AES-GCM via cryptography AEAD",
    src`
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

def encrypt_block(key: bytes, block: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, block, None)
`,
  ),
  bad(
    "CWE-329",
    "batch4: static IV constant for CBC",
    src`
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

IV = b"1234567890abcdef"

def encrypt(key, plaintext):
    """Encrypt plaintext with AES-CBC."""
    cipher = AES.new(key, AES.MODE_CBC, IV)
    return cipher.encrypt(pad(plaintext, AES.block_size))
`,
  ),
  bad(
    "CWE-329",
    "batch4: IV of zero bytes via cryptography",
    src`
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def encrypt(key: bytes, data: bytes) -> bytes:
    iv = bytes(16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()
`,
  ),
  good(
    "CWE-329",
    "batch4: random IV prepended",
    src`
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

def encrypt(key, plaintext):
    iv = get_random_bytes(16)
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(plaintext, AES.block_size))
`,
  ),
  bad(
    "CWE-330",
    "batch4: password reset code from random.choice",
    src`
import random
import string

def generate_reset_code(length=8):
    """Generate a random code for password reset emails."""
    chars = string.ascii_letters + string.digits
    return "".join(random.choice(chars) for _ in range(length))
`,
  ),
  bad(
    "CWE-330",
    "batch4: session key from random.getrandbits",
    src`
import random

def new_session_key() -> str:
    return "%032x" % random.getrandbits(128)
`,
  ),
  good(
    "CWE-330",
    "batch4: reset code from secrets.choice",
    src`
import secrets
import string

def generate_reset_code(length=8):
    chars = string.ascii_letters + string.digits
    return "".join(secrets.choice(chars) for _ in range(length))
`,
  ),
  bad(
    "CWE-331",
    "batch4: token from timestamp",
    src`
import time
import hashlib

def make_api_token(username):
    """Create an API token for the user."""
    return hashlib.sha256(f"{username}{int(time.time())}".encode()).hexdigest()
`,
  ),
  bad(
    "CWE-331",
    "batch4: 4-digit PIN from secrets",
    src`
import secrets

def make_session_secret():
    """Return the secret used to sign the user's session."""
    return str(secrets.randbelow(10000))
`,
  ),
  bad(
    "CWE-339",
    "batch4: random seeded with constant before key",
    src`
import random

random.seed(42)

def generate_key():
    """Generate a 16-byte encryption key."""
    return bytes(random.randint(0, 255) for _ in range(16))
`,
  ),
  bad(
    "CWE-339",
    "batch4: seed from pid",
    src`
import os
import random

def new_token():
    random.seed(os.getpid())
    return "".join(random.choice("0123456789abcdef") for _ in range(32))
`,
  ),
  good(
    "CWE-339",
    "batch4: key from os.urandom",
    src`
import os

def generate_key():
    return os.urandom(16)
`,
  ),
  bad(
    "CWE-347",
    "batch4: jwt decode options verify_signature False",
    src`
import jwt

def get_user_id(token: str) -> int:
    """Extract the user id from a JWT."""
    payload = jwt.decode(token, options={"verify_signature": False})
    return payload["user_id"]
`,
  ),
  bad(
    "CWE-347",
    "batch4: JWT payload base64-decoded by hand",
    src`
import base64
import json

def read_claims(token):
    """Return the claims of a JWT."""
    payload = token.split(".")[1]
    payload += "=" * (-len(payload) % 4)
    return json.loads(base64.urlsafe_b64decode(payload))
`,
  ),
  good(
    "CWE-347",
    "batch4: jwt decode with key and algorithm",
    src`
import os
import jwt

def get_user_id(token: str) -> int:
    payload = jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
    return payload["user_id"]
`,
  ),
  bad(
    "CWE-367",
    "batch4: os.path.exists then write",
    src`
import os

def create_lock(path):
    """Create the lock file if it does not exist yet."""
    if not os.path.exists(path):
        with open(path, "w") as f:
            f.write(str(os.getpid()))
        return True
    return False
`,
  ),
  bad(
    "CWE-367",
    "batch4: access check then open for reading",
    src`
import os

def read_if_allowed(path):
    if os.access(path, os.R_OK):
        with open(path) as f:
            return f.read()
    raise PermissionError(path)
`,
  ),
  good(
    "CWE-367",
    "batch4: exclusive create",
    src`
import os

def create_lock(path):
    try:
        with open(path, "x") as f:
            f.write(str(os.getpid()))
        return True
    except FileExistsError:
        return False
`,
  ),
  bad(
    "CWE-377",
    "batch4: tempfile.mktemp for results",
    src`
import tempfile

def write_results(results):
    """Write results to a temporary file and return its path."""
    path = tempfile.mktemp(suffix=".txt")
    with open(path, "w") as f:
        f.write("\n".join(results))
    return path
`,
  ),
  bad(
    "CWE-377",
    "batch4: predictable file in /tmp",
    src`
def cache_report(user_id, content):
    path = "/tmp/report_%d.html" % user_id
    with open(path, "w") as f:
        f.write(content)
    return path
`,
  ),
  good(
    "CWE-377",
    "batch4: mkstemp for results",
    src`
import os
import tempfile

def write_results(results):
    fd, path = tempfile.mkstemp(suffix=".txt")
    with os.fdopen(fd, "w") as f:
        f.write("\n".join(results))
    return path
`,
  ),
  bad(
    "CWE-379",
    "batch4: temp dir created with mode 0o777",
    src`
import os

def make_work_dir(job_id):
    path = os.path.join("/tmp", "job-" + job_id)
    os.makedirs(path, mode=0o777, exist_ok=True)
    return path
`,
  ),
  bad(
    "CWE-384",
    "batch4: login keeps client-chosen session id",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)
SESSIONS = {}

@app.route("/login", methods=["POST"])
def login():
    user = check_credentials(request.form["username"], request.form["password"])
    if not user:
        return "denied", 401
    sid = request.cookies.get("sid")
    SESSIONS[sid] = user
    resp = make_response("logged in")
    resp.set_cookie("sid", sid)
    return resp
`,
  ),
  bad(
    "CWE-384",
    "batch4: Flask session not cleared at login",
    src`
from flask import Flask, request, session, redirect

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    user = verify(request.form["username"], request.form["password"])
    if user:
        session["user_id"] = user.id
        return redirect("/")
    return "bad credentials", 401
`,
  ),
  good(
    "CWE-384",
    "batch4: new random session id at login",
    src`
import secrets
from flask import Flask, request, make_response

app = Flask(__name__)
SESSIONS = {}

@app.route("/login", methods=["POST"])
def login():
    user = check_credentials(request.form["username"], request.form["password"])
    if not user:
        return "denied", 401
    old = request.cookies.get("sid")
    SESSIONS.pop(old, None)
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = user
    resp = make_response("logged in")
    resp.set_cookie("sid", sid, httponly=True, secure=True)
    return resp
`,
  ),
  bad(
    "CWE-385",
    "batch4: API key compared with ==",
    src`
import os
from flask import Flask, request, abort

app = Flask(__name__)
API_KEY = os.environ["API_KEY"]

@app.route("/data")
def data():
    if request.headers.get("X-API-Key") != API_KEY:
        abort(401)
    return {"data": 1}
`,
  ),
  bad(
    "CWE-385",
    "batch4: HMAC signature compared with ==",
    src`
import hmac
import hashlib

def verify_signature(secret: bytes, body: bytes, signature: str) -> bool:
    """Check the webhook signature."""
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return expected == signature
`,
  ),
  good(
    "CWE-385",
    "batch4: HMAC signature compare_digest",
    src`
import hmac
import hashlib

def verify_signature(secret: bytes, body: bytes, signature: str) -> bool:
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
`,
  ),
  bad(
    "CWE-400",
    "batch4: read whole request body",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/upload", methods=["POST"])
def upload():
    data = request.get_data()
    with open("upload.bin", "wb") as f:
        f.write(data)
    return str(len(data))
`,
  ),
  bad(
    "CWE-400",
    "batch4: list multiplied by user count",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/pad")
def pad():
    n = int(request.args.get("n", "1"))
    return "x" * n
`,
  ),
  bad(
    "CWE-400",
    "batch4: socket reads until close into memory",
    src`
import socket

def receive_all(conn: socket.socket) -> bytes:
    chunks = []
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)
`,
  ),
  good(
    "CWE-400",
    "batch4: capped repeat count",
    src`
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/pad")
def pad():
    n = int(request.args.get("n", "1"))
    if not 0 < n <= 1000:
        abort(400)
    return "x" * n
`,
  ),
  bad(
    "CWE-406",
    "batch4: UDP server answers any source with large payload",
    src`
import socket

def serve_status(port=9999):
    """Answer every UDP 'status' datagram with the full status report."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, addr = sock.recvfrom(64)
        if data.strip() == b"status":
            sock.sendto(build_report().encode() * 50, addr)
`,
  ),
  bad(
    "CWE-414",
    "batch4: shared counter updated by threads without lock",
    src`
import threading

counter = 0

def worker(n):
    global counter
    for _ in range(n):
        counter += 1

threads = [threading.Thread(target=worker, args=(100000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
`,
  ),
  bad(
    "CWE-414",
    "batch4: lock created but not taken around balance update",
    src`
import threading

class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()

    def deposit(self, amount):
        """Deposit amount; called from many threads."""
        current = self.balance
        self.balance = current + amount
`,
  ),
  good(
    "CWE-414",
    "batch4: balance update under lock",
    src`
import threading

class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
`,
  ),
  bad(
    "CWE-425",
    "batch4: admin dashboard reachable by URL",
    src`
from flask import Flask, render_template

app = Flask(__name__)

@app.route("/admin/dashboard")
def admin_dashboard():
    """Admin dashboard; the link is only shown to admins on the home page."""
    stats = collect_stats()
    return render_template("admin/dashboard.html", stats=stats)
`,
  ),
  bad(
    "CWE-425",
    "batch4: invoices served by number without session check",
    src`
from flask import Flask, send_from_directory

app = Flask(__name__)

@app.route("/invoices/<int:number>")
def invoice(number):
    return send_from_directory("invoices", f"{number}.pdf")
`,
  ),
  good(
    "CWE-425",
    "batch4: admin dashboard checks role",
    src`
from flask import Flask, render_template, abort
from flask_login import login_required, current_user

app = Flask(__name__)

@app.route("/admin/dashboard")
@login_required
def admin_dashboard():
    if not current_user.is_admin:
        abort(403)
    return render_template("admin/dashboard.html", stats=collect_stats())
`,
  ),
  bad(
    "CWE-434",
    "batch4: avatar upload saved under client filename",
    src`
import os
from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = "static/avatars"

@app.route("/avatar", methods=["POST"])
def upload_avatar():
    """Save the uploaded avatar image."""
    f = request.files["avatar"]
    f.save(os.path.join(UPLOAD_DIR, f.filename))
    return "saved"
`,
  ),
  bad(
    "CWE-434",
    "batch4: upload extension checked by substring",
    src`
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)

@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    if ".jpg" in f.filename or ".png" in f.filename:
        f.save("uploads/" + secure_filename(f.filename))
        return "ok"
    return "only images", 400
`,
  ),
  good(
    "CWE-434",
    "batch4: upload with extension allow-list and generated name",
    src`
import os
import uuid
from flask import Flask, request, abort

app = Flask(__name__)
ALLOWED = {".png", ".jpg", ".jpeg"}

@app.route("/avatar", methods=["POST"])
def upload_avatar():
    f = request.files["avatar"]
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in ALLOWED:
        abort(400)
    f.save(os.path.join("/srv/avatars", uuid.uuid4().hex + ext))
    return "saved"
`,
  ),
  bad(
    "CWE-454",
    "batch4: is_admin initialised from cookie",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/panel")
def panel():
    is_admin = request.cookies.get("is_admin", "false") == "true"
    if is_admin:
        return "admin panel"
    return "user panel"
`,
  ),
  bad(
    "CWE-454",
    "batch4: settings overridden from request JSON",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/configure", methods=["POST"])
def configure():
    app.config.update(request.get_json())
    return "updated"
`,
  ),
  bad(
    "CWE-462",
    "batch4: duplicate key in role permission map",
    src`
PERMISSIONS = {
    "admin": ["read", "write", "delete"],
    "editor": ["read", "write"],
    "viewer": ["read"],
    "admin": ["read"],
}

def can(role, action):
    return action in PERMISSIONS.get(role, [])
`,
  ),
  bad(
    "CWE-477",
    "batch4: cgi.escape for HTML",
    src`
import cgi

def render_name(name):
    return "<b>" + cgi.escape(name) + "</b>"
`,
  ),
  bad(
    "CWE-477",
    "batch4: base64.encodestring",
    src`
import base64

def encode_attachment(data: bytes) -> str:
    """Encode attachment bytes for the email body."""
    return base64.encodestring(data).decode()
`,
  ),
  bad(
    "CWE-477",
    "batch4: asyncore echo server",
    src`
import asyncore

class EchoHandler(asyncore.dispatcher_with_send):
    def handle_read(self):
        data = self.recv(8192)
        if data:
            self.send(data)
`,
  ),
  good(
    "CWE-477",
    "batch4: base64.encodebytes",
    src`
import base64

def encode_attachment(data: bytes) -> str:
    return base64.encodebytes(data).decode()
`,
  ),
  bad(
    "CWE-488",
    "batch4: current user kept in a module global",
    src`
from flask import Flask, request

app = Flask(__name__)
current_user = None

@app.route("/login", methods=["POST"])
def login():
    global current_user
    current_user = authenticate(request.form["username"], request.form["password"])
    return "ok"

@app.route("/account")
def account():
    return {"name": current_user.name, "balance": current_user.balance}
`,
  ),
  bad(
    "CWE-488",
    "batch4: cart stored on the view class",
    src`
from flask import Flask, request, jsonify
from flask.views import MethodView

app = Flask(__name__)

class CartView(MethodView):
    items = []

    def post(self):
        self.items.append(request.json["item"])
        return jsonify(self.items)

    def get(self):
        return jsonify(self.items)

app.add_url_rule("/cart", view_func=CartView.as_view("cart"))
`,
  ),
  good(
    "CWE-488",
    "batch4: cart kept in the user's session",
    src`
from flask import Flask, request, session, jsonify

app = Flask(__name__)

@app.route("/cart", methods=["POST"])
def add_to_cart():
    cart = session.get("cart", [])
    cart.append(request.json["item"])
    session["cart"] = cart
    return jsonify(cart)
`,
  ),
  bad(
    "CWE-502",
    "batch4: pickle loads from cookie",
    src`
import base64
import pickle
from flask import Flask, request

app = Flask(__name__)

@app.route("/prefs")
def prefs():
    """Restore user preferences from the 'prefs' cookie."""
    raw = request.cookies.get("prefs")
    prefs = pickle.loads(base64.b64decode(raw))
    return {"theme": prefs.get("theme")}
`,
  ),
  bad(
    "CWE-502",
    "batch4: yaml.load with full Loader on uploaded config",
    src`
import yaml

def load_config(stream):
    """Load the uploaded YAML configuration."""
    return yaml.load(stream, Loader=yaml.Loader)
`,
  ),
  good(
    "CWE-502",
    "batch4: prefs cookie as signed JSON",
    src`
import json
from flask import Flask, request
from itsdangerous import URLSafeSerializer

app = Flask(__name__)
ser = URLSafeSerializer(app.secret_key)

@app.route("/prefs")
def prefs():
    data = ser.loads(request.cookies.get("prefs", ""))
    return {"theme": json.loads(data).get("theme")}
`,
  ),
  bad(
    "CWE-521",
    "batch4: password policy only non-empty",
    src`
def is_valid_password(password: str) -> bool:
    """Validate a new user's password."""
    return len(password) > 0
`,
  ),
  bad(
    "CWE-521",
    "batch4: signup form accepts short passwords",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/signup", methods=["POST"])
def signup():
    password = request.form["password"]
    if len(password) < 5:
        return "password too short", 400
    create_user(request.form["username"], password)
    return "created"
`,
  ),
  good(
    "CWE-521",
    "batch4: password policy length and classes",
    src`
import re

def is_valid_password(password: str) -> bool:
    return (
        len(password) >= 12
        and re.search(r"[A-Z]", password) is not None
        and re.search(r"[a-z]", password) is not None
        and re.search(r"[0-9]", password) is not None
    )
`,
  ),
  bad(
    "CWE-522",
    "batch4: password written to users file in clear",
    src`
import csv

def register(username, password):
    """Add a user to users.csv."""
    with open("users.csv", "a", newline="") as f:
        csv.writer(f).writerow([username, password])
`,
  ),
  bad(
    "CWE-522",
    "batch4: password kept in cookie",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    resp = make_response("ok")
    resp.set_cookie("username", request.form["username"])
    resp.set_cookie("password", request.form["password"])
    return resp
`,
  ),
  good(
    "CWE-522",
    "batch4: password stored as bcrypt hash",
    src`
import csv
import bcrypt

def register(username, password):
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()
    with open("users.csv", "a", newline="") as f:
        csv.writer(f).writerow([username, hashed])
`,
  ),
  bad(
    "CWE-595",
    "batch4: token compared with is",
    src`
def check_token(provided, expected):
    """Return True if the provided token matches."""
    if provided is expected:
        return True
    return False
`,
  ),
  good(
    "CWE-595",
    "batch4: None check with is",
    src`
def check_token(provided, expected):
    if provided is None or expected is None:
        return False
    return provided == expected
`,
  ),
  bad(
    "CWE-601",
    "batch4: login redirects to next param",
    src`
from flask import Flask, request, redirect

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    if authenticate(request.form["username"], request.form["password"]):
        next_url = request.args.get("next", "/")
        return redirect(next_url)
    return "denied", 401
`,
  ),
  bad(
    "CWE-601",
    "batch4: redirect view with startswith http check",
    src`
from django.http import HttpResponseRedirect

def out(request):
    """Redirect to the external link the user clicked."""
    url = request.GET["to"]
    if url.startswith("http"):
        return HttpResponseRedirect(url)
    return HttpResponseRedirect("/")
`,
  ),
  good(
    "CWE-601",
    "batch4: next param must be a local path",
    src`
from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    if authenticate(request.form["username"], request.form["password"]):
        next_url = request.args.get("next", "/")
        parts = urlparse(next_url)
        if parts.scheme or parts.netloc or not next_url.startswith("/") or next_url.startswith("//"):
            next_url = "/"
        return redirect(next_url)
    return "denied", 401
`,
  ),
  bad(
    "CWE-605",
    "batch4: two servers share a port with SO_REUSEPORT",
    src`
import socket

def make_listener(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    s.bind(("0.0.0.0", port))
    s.listen()
    return s

a = make_listener(8080)
b = make_listener(8080)
`,
  ),
  bad(
    "CWE-611",
    "batch4: lxml parser resolving entities",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)

@app.route("/import", methods=["POST"])
def import_xml():
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(request.data, parser)
    return root.findtext("name")
`,
  ),
  bad(
    "CWE-611",
    "batch4: sax parser with external general entities",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges

def parse_feed(path, handler):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(path)
`,
  ),
  good(
    "CWE-611",
    "batch4: defusedxml for uploaded XML",
    src`
import defusedxml.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)

@app.route("/import", methods=["POST"])
def import_xml():
    root = ET.fromstring(request.data)
    return root.findtext("name") or ""
`,
  ),
  bad(
    "CWE-641",
    "batch4: note saved in file named by title",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/notes", methods=["POST"])
def save_note():
    """Save the note under its title."""
    title = request.form["title"]
    with open("notes/" + title + ".txt", "w") as f:
        f.write(request.form["body"])
    return "saved"
`,
  ),
  bad(
    "CWE-641",
    "batch4: per-user file named after username",
    src`
def save_profile(username: str, data: str) -> None:
    """Store the profile of the user in a file named after them."""
    with open(f"profiles/{username}.json", "w") as fh:
        fh.write(data)
`,
  ),
  good(
    "CWE-641",
    "batch4: note file named by generated id",
    src`
import uuid
from flask import Flask, request

app = Flask(__name__)

@app.route("/notes", methods=["POST"])
def save_note():
    note_id = uuid.uuid4().hex
    with open("notes/" + note_id + ".txt", "w") as f:
        f.write(request.form["body"])
    return {"id": note_id}
`,
  ),
  bad(
    "CWE-643",
    "batch4: xpath login check",
    src`
from lxml import etree

def authenticate(doc: etree._ElementTree, user: str, password: str) -> bool:
    """Check the user's credentials against the XML user store."""
    query = "//user[name/text()='" + user + "' and password/text()='" + password + "']"
    return len(doc.xpath(query)) > 0
`,
  ),
  good(
    "CWE-643",
    "batch4: xpath login with variables",
    src`
from lxml import etree

def authenticate(doc, user, password_hash):
    return len(doc.xpath("//user[name/text()=$u and hash/text()=$p]", u=user, p=password_hash)) > 0
`,
  ),
  bad(
    "CWE-703",
    "batch4: bare except hides failure to save",
    src`
import json

def save_settings(path, settings):
    """Save settings as JSON."""
    try:
        with open(path, "w") as f:
            json.dump(settings, f)
    except:
        pass
`,
  ),
  bad(
    "CWE-703",
    "batch4: exception swallowed in payment loop",
    src`
def charge_all(orders, gateway):
    for order in orders:
        try:
            gateway.charge(order.card, order.amount)
            order.paid = True
        except Exception:
            continue
`,
  ),
  good(
    "CWE-703",
    "batch4: failure logged and re-raised",
    src`
import json
import logging

log = logging.getLogger(__name__)

def save_settings(path, settings):
    try:
        with open(path, "w") as f:
            json.dump(settings, f)
    except OSError:
        log.exception("could not save settings to %s", path)
        raise
`,
  ),
  bad(
    "CWE-755",
    "batch4: token check returns True on error",
    src`
import jwt

def is_authorized(token, key):
    """Return True if the token is valid."""
    try:
        jwt.decode(token, key, algorithms=["HS256"])
        return True
    except Exception:
        return True
`,
  ),
  bad(
    "CWE-755",
    "batch4: permission lookup failure grants access",
    src`
def has_access(user, resource):
    try:
        return resource.acl[user.id] == "allow"
    except KeyError:
        return True
`,
  ),
  good(
    "CWE-755",
    "batch4: token check fails closed",
    src`
import jwt

def is_authorized(token, key):
    try:
        jwt.decode(token, key, algorithms=["HS256"])
        return True
    except jwt.InvalidTokenError:
        return False
`,
  ),
  bad(
    "CWE-730",
    "batch4: search with user pattern",
    src`
import re
from flask import Flask, request

app = Flask(__name__)

@app.route("/grep")
def grep():
    pattern = request.args.get("pattern")
    lines = open("data.txt").read().splitlines()
    return "\n".join(l for l in lines if re.search(pattern, l))
`,
  ),
  bad(
    "CWE-1333",
    "batch4: email regex with nested quantifier",
    src`
import re

EMAIL_RE = re.compile(r"^([a-zA-Z0-9_\.\-]+)*@([a-zA-Z0-9\-]+\.)+[a-zA-Z]{2,}$")

def is_email(s):
    return EMAIL_RE.match(s) is not None
`,
  ),
  good(
    "CWE-730",
    "batch4: search with escaped user text",
    src`
import re
from flask import Flask, request

app = Flask(__name__)

@app.route("/grep")
def grep():
    needle = re.escape(request.args.get("q", ""))
    lines = open("data.txt").read().splitlines()
    return {"hits": [l for l in lines if re.search(needle, l)]}
`,
  ),
  bad(
    "CWE-732",
    "batch4: secrets file created world-readable via os.open",
    src`
import os

def write_secret(path, secret):
    """Write the API secret to disk."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    with os.fdopen(fd, "w") as f:
        f.write(secret)
`,
  ),
  bad(
    "CWE-732",
    "batch4: chmod 0o777 on shared directory",
    src`
import os

def prepare_upload_dir(path):
    os.makedirs(path, exist_ok=True)
    os.chmod(path, 0o777)
`,
  ),
  good(
    "CWE-732",
    "batch4: secrets file created 0o600",
    src`
import os

def write_secret(path, secret):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(secret)
`,
  ),
  bad(
    "CWE-759",
    "batch4: sha1 password stored",
    src`
import hashlib

def store_password(db, username, password):
    """Store the user's password hash."""
    digest = hashlib.sha1(password.encode("utf-8")).hexdigest()
    db.execute("UPDATE users SET pw = ? WHERE name = ?", (digest, username))
`,
  ),
  bad(
    "CWE-759",
    "batch4: password hash compare without salt",
    src`
import hashlib

class User:
    def __init__(self, name, password_hash):
        self.name = name
        self.password_hash = password_hash

    def check_password(self, password):
        return hashlib.sha256(password.encode()).hexdigest() == self.password_hash
`,
  ),
  good(
    "CWE-759",
    "batch4: salted pbkdf2 password hash",
    src`
import hashlib
import os

def store_password(db, username, password):
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310000)
    db.execute("UPDATE users SET pw = ?, salt = ? WHERE name = ?", (digest, salt, username))
`,
  ),
  bad(
    "CWE-760",
    "batch4: pbkdf2 salt constant bytes",
    src`
import hashlib

SALT = b"s0m3s4lt"

def hash_password(password):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 100000).hex()
`,
  ),
  bad(
    "CWE-776",
    "batch4: ElementTree parse of posted XML",
    src`
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)

@app.route("/api/items", methods=["POST"])
def items():
    root = ET.fromstring(request.get_data())
    return {"count": len(root.findall("item"))}
`,
  ),
  bad(
    "CWE-798",
    "batch4: boto3 client with literal keys",
    src`
import boto3

def upload(path, bucket):
    s3 = boto3.client(
        "s3",
        aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    )
    s3.upload_file(path, bucket, path)
`,
  ),
  bad(
    "CWE-798",
    "batch4: Stripe API key constant",
    src`
import requests

STRIPE_KEY = "sk_live_51HxyzABCDEF1234567890abcdef"

def list_charges():
    return requests.get("https://api.stripe.com/v1/charges", auth=(STRIPE_KEY, ""), timeout=10).json()
`,
  ),
  good(
    "CWE-798",
    "batch4: boto3 client with default credential chain",
    src`
import boto3

def upload(path, bucket):
    s3 = boto3.client("s3")
    s3.upload_file(path, bucket, path)
`,
  ),
  bad(
    "CWE-827",
    "batch4: lxml parser loads external DTD",
    src`
from lxml import etree

def validate(xml_bytes):
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    return etree.fromstring(xml_bytes, parser)
`,
  ),
  bad(
    "CWE-835",
    "batch4: countdown by two never reaches zero",
    src`
def countdown(n):
    """Print n, n-2, ... down to zero."""
    while n != 0:
        print(n)
        n -= 2
`,
  ),
  bad(
    "CWE-835",
    "batch4: poll loop without exit",
    src`
import time

def wait_for_job(client, job_id):
    while True:
        status = client.status(job_id)
        if status == "done":
            print("finished")
        time.sleep(1)
`,
  ),
  good(
    "CWE-835",
    "batch4: poll loop returns when done",
    src`
import time

def wait_for_job(client, job_id, attempts=60):
    for _ in range(attempts):
        if client.status(job_id) == "done":
            return True
        time.sleep(1)
    return False
`,
  ),
  bad(
    "CWE-841",
    "batch4: password reset step skips token verification",
    src`
from flask import Flask, request, session

app = Flask(__name__)

@app.route("/reset/start", methods=["POST"])
def reset_start():
    session["reset_user"] = request.form["username"]
    send_reset_code(request.form["username"])
    return "code sent"

@app.route("/reset/finish", methods=["POST"])
def reset_finish():
    set_password(session["reset_user"], request.form["new_password"])
    return "password changed"
`,
  ),
  bad(
    "CWE-841",
    "batch4: ship order without checking payment status",
    src`
def ship_order(order_id: int) -> None:
    """Mark the order as shipped and notify the warehouse."""
    order = Order.get(order_id)
    order.status = "shipped"
    order.save()
    warehouse.notify(order)
`,
  ),
  good(
    "CWE-841",
    "batch4: ship order only after payment",
    src`
def ship_order(order_id: int) -> None:
    order = Order.get(order_id)
    if order.status != "paid":
        raise ValueError("order not paid")
    order.status = "shipped"
    order.save()
    warehouse.notify(order)
`,
  ),
  bad(
    "CWE-918",
    "batch4: image proxy fetches any URL",
    src`
import requests
from flask import Flask, request, Response

app = Flask(__name__)

@app.route("/proxy")
def proxy():
    """Fetch the remote image so the page can show it."""
    url = request.args.get("url")
    r = requests.get(url, timeout=5)
    return Response(r.content, mimetype=r.headers.get("Content-Type"))
`,
  ),
  bad(
    "CWE-918",
    "batch4: urlopen of host from form",
    src`
from urllib.request import urlopen
from flask import Flask, request

app = Flask(__name__)

@app.route("/health", methods=["POST"])
def health():
    host = request.form["host"]
    with urlopen(f"http://{host}/status") as resp:
        return resp.read()
`,
  ),
  good(
    "CWE-918",
    "batch4: proxy only allows listed hosts",
    src`
from urllib.parse import urlparse
import requests
from flask import Flask, request, Response, abort

app = Flask(__name__)
ALLOWED_HOSTS = {"images.example.com", "cdn.example.com"}

@app.route("/proxy")
def proxy():
    url = request.args.get("url", "")
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        abort(400)
    r = requests.get(url, timeout=5)
    return Response(r.content, mimetype="image/png")
`,
  ),
  bad(
    "CWE-941",
    "batch4: reply sent to address named in request",
    src`
import socket

def serve():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", 5005))
    while True:
        data, addr = sock.recvfrom(1024)
        reply_host, reply_port, payload = data.decode().split("|", 2)
        sock.sendto(payload.encode(), (reply_host, int(reply_port)))
`,
  ),
  bad(
    "CWE-943",
    "batch4: mongo login filter from JSON body",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient()["app"]

@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    user = db.users.find_one({"username": body["username"], "password": body["password"]})
    return {"ok": user is not None}
`,
  ),
  bad(
    "CWE-943",
    "batch4: mongo $where with name",
    src`
from pymongo import MongoClient

def find_by_name(name):
    coll = MongoClient().shop.customers
    return list(coll.find({"$where": "this.name == '" + name + "'"}))
`,
  ),
  good(
    "CWE-943",
    "batch4: mongo login with string-cast fields",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient()["app"]

@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    user = db.users.find_one({"username": str(body["username"])})
    return {"ok": user is not None and check_hash(user["pw"], str(body["password"]))}
`,
  ),
  // --- batch5: written blind after the batch4 fixes, measured before any fix it prompted ---
  bad(
    "CWE-20",
    "batch5: file size limit taken from header",
    src`
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/upload", methods=["POST"])
def upload():
    """Accept an upload if the client says it is small enough."""
    declared = int(request.headers.get("Content-Length", "0"))
    if declared > 10_000_000:
        abort(413)
    data = request.stream.read()
    store(data)
    return "stored"
`,
  ),
  bad(
    "CWE-20",
    "batch5: age parsed and stored without checks",
    src`
class ProfileForm:
    def __init__(self, data: dict):
        self.name = data.get("name")
        self.age = int(data.get("age"))

    def save(self, db):
        db.execute("UPDATE profiles SET age = ? WHERE name = ?", (self.age, self.name))
`,
  ),
  bad(
    "CWE-22",
    "batch5: FastAPI log viewer by filename",
    src`
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOG_DIR = "/var/log/myapp"

@app.get("/logs/{name}", response_class=PlainTextResponse)
def read_log(name: str):
    with open(f"{LOG_DIR}/{name}") as fh:
        return fh.read()
`,
  ),
  good(
    "CWE-22",
    "batch5: log viewer with allow-list of names",
    src`
import os
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOG_DIR = "/var/log/myapp"

@app.get("/logs/{name}", response_class=PlainTextResponse)
def read_log(name: str):
    if name not in os.listdir(LOG_DIR):
        raise HTTPException(status_code=404)
    with open(os.path.join(LOG_DIR, name)) as fh:
        return fh.read()
`,
  ),
  bad(
    "CWE-78",
    "batch5: convert image with ImageMagick via os.system",
    src`
import os

def make_thumbnail(src_path: str, width: int) -> str:
    """Create a thumbnail next to the source image using ImageMagick."""
    out = src_path + ".thumb.png"
    os.system(f"convert {src_path} -resize {width} {out}")
    return out
`,
  ),
  bad(
    "CWE-78",
    "batch5: Django view pings host with subprocess shell",
    src`
import subprocess
from django.http import HttpResponse

def ping(request):
    host = request.GET.get("host", "127.0.0.1")
    result = subprocess.run("ping -c 2 " + host, shell=True, capture_output=True, text=True)
    return HttpResponse(result.stdout, content_type="text/plain")
`,
  ),
  good(
    "CWE-78",
    "batch5: ping with argument list and validated host",
    src`
import ipaddress
import subprocess
from django.http import HttpResponse, HttpResponseBadRequest

def ping(request):
    try:
        host = str(ipaddress.ip_address(request.GET.get("host", "127.0.0.1")))
    except ValueError:
        return HttpResponseBadRequest("bad host")
    result = subprocess.run(["ping", "-c", "2", host], capture_output=True, text=True)
    return HttpResponse(result.stdout, content_type="text/plain")
`,
  ),
  bad(
    "CWE-79",
    "batch5: Django view formats name into HTML",
    src`
from django.http import HttpResponse

def welcome(request):
    name = request.GET.get("name", "guest")
    html = "<html><body><h1>Welcome, {}!</h1></body></html>".format(name)
    return HttpResponse(html)
`,
  ),
  bad(
    "CWE-79",
    "batch5: render_template_string with user bio",
    src`
from flask import Flask, request, render_template_string

app = Flask(__name__)

@app.route("/bio", methods=["POST"])
def bio():
    text = request.form["bio"]
    return render_template_string("<div class='bio'>" + text + "</div>")
`,
  ),
  good(
    "CWE-79",
    "batch5: Django view uses format_html",
    src`
from django.http import HttpResponse
from django.utils.html import format_html

def welcome(request):
    name = request.GET.get("name", "guest")
    return HttpResponse(format_html("<h1>Welcome, {}!</h1>", name))
`,
  ),
  bad(
    "CWE-89",
    "batch5: search products with LIKE and format",
    src`
import psycopg2

def search_products(conn, term):
    """Search products whose name contains term."""
    with conn.cursor() as cur:
        cur.execute("SELECT id, name FROM products WHERE name LIKE '%%{}%%'".format(term))
        return cur.fetchall()
`,
  ),
  bad(
    "CWE-89",
    "batch5: SQLAlchemy engine execute with concatenation",
    src`
from sqlalchemy import create_engine, text
from flask import Flask, request

app = Flask(__name__)
engine = create_engine("sqlite:///shop.db")

@app.route("/orders")
def orders():
    customer = request.args["customer"]
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM orders WHERE customer = '" + customer + "'")).fetchall()
    return {"orders": [dict(r._mapping) for r in rows]}
`,
  ),
  good(
    "CWE-89",
    "batch5: LIKE search with parameter",
    src`
def search_products(conn, term):
    with conn.cursor() as cur:
        cur.execute("SELECT id, name FROM products WHERE name LIKE %s", ("%" + term + "%",))
        return cur.fetchall()
`,
  ),
  bad(
    "CWE-94",
    "batch5: setattr-driven dynamic code via compile",
    src`
def run_rule(rule_source: str, record: dict) -> bool:
    """Evaluate a business rule written by an administrator in the web UI."""
    code = compile(rule_source, "<rule>", "eval")
    return bool(eval(code, {}, {"record": record}))
`,
  ),
  bad(
    "CWE-95",
    "batch5: eval of sort key from query",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)
ITEMS = [{"name": "a", "price": 3}, {"name": "b", "price": 1}]

@app.route("/items")
def items():
    key = request.args.get("sort", "lambda i: i['name']")
    return jsonify(sorted(ITEMS, key=eval(key)))
`,
  ),
  bad(
    "CWE-113",
    "batch5: redirect header built from next param",
    src`
from flask import Flask, request, Response

app = Flask(__name__)

@app.route("/go")
def go():
    resp = Response(status=302)
    resp.headers["Location"] = "/home?ref=" + request.args.get("ref", "")
    return resp
`,
  ),
  bad(
    "CWE-117",
    "batch5: audit log of API action with user agent",
    src`
import logging
from fastapi import FastAPI, Request

app = FastAPI()
audit = logging.getLogger("audit")

@app.post("/transfer")
async def transfer(request: Request):
    body = await request.json()
    audit.info("transfer of %s by %s using %s", body["amount"], body["user"], request.headers.get("user-agent"))
    return {"ok": True}
`,
  ),
  bad(
    "CWE-209",
    "batch5: FastAPI returns exception text",
    src`
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/report/{rid}")
def report(rid: int):
    try:
        return build_report(rid)
    except Exception as exc:
        return JSONResponse(status_code=500, content={"error": repr(exc)})
`,
  ),
  bad(
    "CWE-215",
    "batch5: Django settings debug and allowed hosts",
    src`
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = True
ALLOWED_HOSTS = ["*"]
`,
  ),
  bad(
    "CWE-250",
    "batch5: worker started as root user in subprocess",
    src`
import subprocess

def start_worker(script):
    """Start the background worker."""
    return subprocess.Popen(["sudo", "-u", "root", "python3", script])
`,
  ),
  bad(
    "CWE-259",
    "batch5: default password argument",
    src`
import pymysql

def connect(host: str, user: str = "app", password: str = "changeme123"):
    return pymysql.connect(host=host, user=user, password=password, database="app")
`,
  ),
  bad(
    "CWE-269",
    "batch5: user can update own role through profile endpoint",
    src`
from flask import Flask, request
from flask_login import login_required, current_user

app = Flask(__name__)

@app.route("/profile", methods=["POST"])
@login_required
def update_profile():
    for field, value in request.form.items():
        setattr(current_user, field, value)
    db.session.commit()
    return "saved"
`,
  ),
  bad(
    "CWE-285",
    "batch5: invoice fetched by id for any logged-in user",
    src`
from flask import Flask, jsonify
from flask_login import login_required

app = Flask(__name__)

@app.route("/invoices/<int:invoice_id>")
@login_required
def get_invoice(invoice_id):
    invoice = Invoice.query.get_or_404(invoice_id)
    return jsonify(invoice.to_dict())
`,
  ),
  good(
    "CWE-285",
    "batch5: invoice fetched only for its owner",
    src`
from flask import Flask, jsonify, abort
from flask_login import login_required, current_user

app = Flask(__name__)

@app.route("/invoices/<int:invoice_id>")
@login_required
def get_invoice(invoice_id):
    invoice = Invoice.query.get_or_404(invoice_id)
    if invoice.owner_id != current_user.id:
        abort(403)
    return jsonify(invoice.to_dict())
`,
  ),
  bad(
    "CWE-295",
    "batch5: ssl context CERT_NONE for internal API",
    src`
import ssl
import http.client

def call_internal(path):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    conn = http.client.HTTPSConnection("internal.example", context=ctx)
    conn.request("GET", path)
    return conn.getresponse().read()
`,
  ),
  bad(
    "CWE-306",
    "batch5: FastAPI endpoint deletes user without dependency",
    src`
from fastapi import FastAPI

app = FastAPI()

@app.delete("/users/{user_id}")
def delete_user(user_id: int):
    db.query(User).filter(User.id == user_id).delete()
    db.commit()
    return {"deleted": user_id}
`,
  ),
  good(
    "CWE-306",
    "batch5: FastAPI delete requires admin dependency",
    src`
from fastapi import Depends, FastAPI

app = FastAPI()

@app.delete("/users/{user_id}")
def delete_user(user_id: int, admin=Depends(require_admin)):
    db.query(User).filter(User.id == user_id).delete()
    db.commit()
    return {"deleted": user_id}
`,
  ),
  bad(
    "CWE-319",
    "batch5: MQTT client sends password without TLS",
    src`
import paho.mqtt.client as mqtt

def connect(user, password):
    client = mqtt.Client()
    client.username_pw_set(user, password)
    client.connect("broker.example.com", 1883)
    return client
`,
  ),
  bad(
    "CWE-319",
    "batch5: urllib posts token to http endpoint",
    src`
import json
import urllib.request

def report(token, payload):
    req = urllib.request.Request(
        "http://metrics.example.com/api/report",
        data=json.dumps(payload).encode(),
        headers={"Authorization": "Bearer " + token},
    )
    return urllib.request.urlopen(req).read()
`,
  ),
  bad(
    "CWE-321",
    "batch5: Fernet key hard-coded",
    src`
from cryptography.fernet import Fernet

cipher = Fernet(b"ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg=")

def encrypt_note(note: str) -> bytes:
    return cipher.encrypt(note.encode())
`,
  ),
  bad(
    "CWE-326",
    "batch5: AES-128 key from 5 bytes padded",
    src`
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

def new_cipher():
    key = get_random_bytes(5).ljust(16, b"\0")
    return key, AES.new(key, AES.MODE_GCM)
`,
  ),
  bad(
    "CWE-327",
    "batch5: SHA1 HMAC for API signatures",
    src`
import hmac
import hashlib

def sign_request(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha1).hexdigest()
`,
  ),
  bad(
    "CWE-327",
    "batch5: triple DES encryption",
    src`
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes

def encrypt(data: bytes, key: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    pad = 8 - len(data) % 8
    return iv + cipher.encrypt(data + bytes([pad]) * pad)
`,
  ),
  bad(
    "CWE-329",
    "batch5: nonce reused from module constant in GCM",
    src`
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE = b"\x00" * 12

def seal(key: bytes, msg: bytes) -> bytes:
    return AESGCM(key).encrypt(NONCE, msg, None)
`,
  ),
  bad(
    "CWE-330",
    "batch5: API key from uuid4 hex truncated with random",
    src`
import random

class ApiKeyFactory:
    ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"

    def create(self, length: int = 32) -> str:
        return "".join(random.sample(self.ALPHABET * 2, length))
`,
  ),
  good(
    "CWE-330",
    "batch5: API key from secrets.token_urlsafe",
    src`
import secrets

class ApiKeyFactory:
    def create(self, nbytes: int = 32) -> str:
        return secrets.token_urlsafe(nbytes)
`,
  ),
  bad(
    "CWE-331",
    "batch5: session id from md5 of username and counter",
    src`
import hashlib

_counter = 0

def new_session_id(username):
    global _counter
    _counter += 1
    return hashlib.md5(f"{username}:{_counter}".encode()).hexdigest()
`,
  ),
  bad(
    "CWE-347",
    "batch5: PyJWT decode without algorithms list",
    src`
import jwt
from flask import Flask, request

app = Flask(__name__)
PUBLIC_KEY = open("public.pem").read()

@app.route("/me")
def me():
    token = request.headers["Authorization"].split()[1]
    claims = jwt.decode(token, PUBLIC_KEY, options={"verify_exp": False, "verify_signature": False})
    return {"user": claims["sub"]}
`,
  ),
  bad(
    "CWE-367",
    "batch5: check file owner then read",
    src`
import os

def read_user_file(path, uid):
    """Read the file only if it belongs to uid."""
    if os.stat(path).st_uid == uid:
        with open(path) as f:
            return f.read()
    raise PermissionError(path)
`,
  ),
  bad(
    "CWE-377",
    "batch5: temp script in /tmp executed",
    src`
import os
import subprocess

def run_snippet(code: str) -> str:
    path = "/tmp/snippet.py"
    with open(path, "w") as f:
        f.write(code)
    return subprocess.check_output(["python3", path]).decode()
`,
  ),
  good(
    "CWE-377",
    "batch5: snippet in TemporaryDirectory",
    src`
import os
import subprocess
import tempfile

def run_snippet(code: str) -> str:
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "snippet.py")
        with open(path, "w") as f:
            f.write(code)
        return subprocess.check_output(["python3", path]).decode()
`,
  ),
  bad(
    "CWE-384",
    "batch5: Django login sets session user id without rotating",
    src`
from django.http import HttpResponse
from django.contrib.auth import authenticate

def login_view(request):
    user = authenticate(username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return HttpResponse("denied", status=401)
    request.session["user_id"] = user.pk
    return HttpResponse("ok")
`,
  ),
  bad(
    "CWE-385",
    "batch5: password reset token compared directly",
    src`
def reset_password(user, submitted_token, new_password):
    """Reset the password if the emailed token matches."""
    if user.reset_token == submitted_token:
        user.set_password(new_password)
        user.reset_token = None
        user.save()
        return True
    return False
`,
  ),
  bad(
    "CWE-400",
    "batch5: JSON list from client processed fully",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/batch", methods=["POST"])
def batch():
    results = []
    for item in request.get_json()["items"]:
        results.append(expensive_lookup(item))
    return {"results": results}
`,
  ),
  bad(
    "CWE-434",
    "batch5: Django upload written to MEDIA_ROOT by name",
    src`
import os
from django.conf import settings
from django.http import HttpResponse

def upload(request):
    f = request.FILES["document"]
    dest = os.path.join(settings.MEDIA_ROOT, f.name)
    with open(dest, "wb+") as out:
        for chunk in f.chunks():
            out.write(chunk)
    return HttpResponse("uploaded")
`,
  ),
  bad(
    "CWE-477",
    "batch5: platform.linux_distribution and imp",
    src`
import imp
import platform

def describe():
    return platform.linux_distribution()

def load_plugin(path):
    return imp.load_source("plugin", path)
`,
  ),
  bad(
    "CWE-502",
    "batch5: pickle from redis cache",
    src`
import pickle
import redis

r = redis.Redis()

def get_cached(key):
    raw = r.get(key)
    return pickle.loads(raw) if raw else None
`,
  ),
  bad(
    "CWE-502",
    "batch5: numpy load allow_pickle on upload",
    src`
import numpy as np
from flask import Flask, request

app = Flask(__name__)

@app.route("/array", methods=["POST"])
def array():
    arr = np.load(request.files["data"], allow_pickle=True)
    return {"shape": list(arr.shape)}
`,
  ),
  good(
    "CWE-502",
    "batch5: numpy load without pickle",
    src`
import numpy as np
from flask import Flask, request

app = Flask(__name__)

@app.route("/array", methods=["POST"])
def array():
    arr = np.load(request.files["data"], allow_pickle=False)
    return {"shape": list(arr.shape)}
`,
  ),
  bad(
    "CWE-522",
    "batch5: credentials saved in JSON config",
    src`
import json

def save_credentials(path: str, username: str, password: str) -> None:
    with open(path, "w") as f:
        json.dump({"username": username, "password": password}, f)
`,
  ),
  bad(
    "CWE-601",
    "batch5: FastAPI redirect to return_url",
    src`
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.get("/logout")
def logout(return_url: str = "/"):
    return RedirectResponse(url=return_url)
`,
  ),
  good(
    "CWE-601",
    "batch5: FastAPI redirect to fixed page",
    src`
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.get("/logout")
def logout():
    return RedirectResponse(url="/login")
`,
  ),
  bad(
    "CWE-611",
    "batch5: lxml parse of uploaded file with default parser",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)

@app.route("/svg", methods=["POST"])
def svg():
    tree = etree.parse(request.files["image"])
    return {"width": tree.getroot().get("width")}
`,
  ),
  bad(
    "CWE-643",
    "batch5: ElementTree find with user attribute",
    src`
import xml.etree.ElementTree as ET

def find_book(tree: ET.ElementTree, author: str):
    return tree.getroot().findall(f".//book[@author='{author}']")
`,
  ),
  bad(
    "CWE-703",
    "batch5: close errors ignored in finally",
    src`
def write_all(path, lines):
    f = open(path, "w")
    try:
        for line in lines:
            f.write(line + "\n")
    finally:
        try:
            f.close()
        except Exception:
            pass
`,
  ),
  bad(
    "CWE-730",
    "batch5: Django view compiles pattern from POST",
    src`
import re
from django.http import JsonResponse

def filter_names(request):
    pattern = re.compile(request.POST["pattern"])
    names = [n for n in NAMES if pattern.search(n)]
    return JsonResponse({"names": names})
`,
  ),
  // Relabelled safe: each repeated group is fenced by a character nothing else in it takes ('.' ends
  // ([\w-]+\.), '/' starts (/[\w-]*)), so a failing input splits one way only; Python 3.11 matches crafted
  // near-misses ('a.' * 20000 + '!', 'a.a/' + '/' * 20000 + '!') in linear time (0.05 s at 40 000 characters).
  good(
    "CWE-1333",
    "batch5: URL validation regex with nested groups",
    src`
import re

URL_RE = re.compile(r"^(https?://)?([\w-]+\.)+[\w-]+(/[\w-]*)*$")

def is_url(s: str) -> bool:
    return bool(URL_RE.match(s))
`,
  ),
  bad(
    "CWE-732",
    "batch5: config file written then chmod 0o666",
    src`
import json
import os

def save_config(cfg: dict, path: str = "/etc/myapp/config.json") -> None:
    with open(path, "w") as f:
        json.dump(cfg, f)
    os.chmod(path, 0o666)
`,
  ),
  bad(
    "CWE-759",
    "batch5: Django-like model stores md5 of password",
    src`
import hashlib

class Account:
    def set_password(self, raw: str) -> None:
        self.password = hashlib.md5(raw.encode()).hexdigest()

    def check_password(self, raw: str) -> bool:
        return self.password == hashlib.md5(raw.encode()).hexdigest()
`,
  ),
  good(
    "CWE-759",
    "batch5: argon2 password hasher",
    src`
from argon2 import PasswordHasher

ph = PasswordHasher()

class Account:
    def set_password(self, raw: str) -> None:
        self.password = ph.hash(raw)

    def check_password(self, raw: str) -> bool:
        try:
            return ph.verify(self.password, raw)
        except Exception:
            return False
`,
  ),
  bad(
    "CWE-776",
    "batch5: minidom parse of SOAP body",
    src`
from xml.dom import minidom
from flask import Flask, request

app = Flask(__name__)

@app.route("/soap", methods=["POST"])
def soap():
    doc = minidom.parseString(request.data)
    return doc.getElementsByTagName("Action")[0].firstChild.data
`,
  ),
  bad(
    "CWE-798",
    "batch5: GitHub token in requests header",
    src`
import requests

def list_repos(org):
    headers = {"Authorization": "token ghp_1234567890abcdefghijklmnopqrstuvwxyzAB"}
    return requests.get(f"https://api.github.com/orgs/{org}/repos", headers=headers, timeout=10).json()
`,
  ),
  bad(
    "CWE-835",
    "batch5: binary search without progress",
    src`
def binary_search(arr, target):
    lo, hi = 0, len(arr) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid
        elif arr[mid] < target:
            lo = mid
        else:
            hi = mid
    return -1
`,
  ),
  bad(
    "CWE-918",
    "batch5: Django view downloads avatar from URL",
    src`
import urllib.request
from django.http import HttpResponse

def fetch_avatar(request):
    url = request.POST["avatar_url"]
    data = urllib.request.urlopen(url).read()
    return HttpResponse(data, content_type="image/png")
`,
  ),
  good(
    "CWE-918",
    "batch5: avatar only from fixed CDN path",
    src`
import re
import urllib.request
from django.http import HttpResponse, HttpResponseBadRequest

def fetch_avatar(request):
    avatar_id = request.POST["avatar_id"]
    if not re.fullmatch(r"[a-f0-9]{32}", avatar_id):
        return HttpResponseBadRequest()
    data = urllib.request.urlopen("https://cdn.example.com/avatars/" + avatar_id + ".png").read()
    return HttpResponse(data, content_type="image/png")
`,
  ),
  bad(
    "CWE-943",
    "batch5: mongo find with query string operator",
    src`
from pymongo import MongoClient
from flask import Flask, request

app = Flask(__name__)
users = MongoClient().app.users

@app.route("/users")
def list_users():
    query = {"age": {"$gt": request.args.get("min_age")}, "$where": request.args.get("filter", "true")}
    return {"users": [u["name"] for u in users.find(query)]}
`,
  ),
  bad(
    "CWE-116",
    "batch5: LDAP-like CSV export of names",
    src`
def export_csv(users) -> str:
    """Export users as CSV for Excel."""
    lines = ["name,email"]
    for u in users:
        lines.append(u.name + "," + u.email)
    return "\n".join(lines)
`,
  ),
  bad(
    "CWE-193",
    "batch5: last element accessed at len",
    src`
def last_item(items):
    """Return the last item of the list."""
    return items[len(items)]
`,
  ),
  bad(
    "CWE-414",
    "batch5: singleton cache filled from threads without lock",
    src`
import threading

_cache = {}

def get_config(name):
    if name not in _cache:
        _cache[name] = load_config(name)
    return _cache[name]

for n in ["a", "b", "c"]:
    threading.Thread(target=get_config, args=(n,)).start()
`,
  ),
  bad(
    "CWE-488",
    "batch5: last search results stored in module list",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)
last_results = []

@app.route("/search")
def search():
    last_results.clear()
    last_results.extend(db_search(request.args["q"]))
    return jsonify(last_results)

@app.route("/search/next")
def next_page():
    return jsonify(last_results[10:20])
`,
  ),
  bad(
    "CWE-595",
    "batch5: role compared with is not",
    src`
def require_admin(user):
    if user.role is not "admin":
        raise PermissionError("admins only")
`,
  ),
  bad(
    "CWE-605",
    "batch5: UDP socket with SO_REUSEADDR on fixed port",
    src`
import socket

def listen_udp(port=5353):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("", port))
    return s
`,
  ),
  bad(
    "CWE-641",
    "batch5: report file named by customer name",
    src`
import os

def write_report(customer_name, content):
    path = os.path.join("reports", customer_name + ".pdf")
    with open(path, "wb") as f:
        f.write(content)
    return path
`,
  ),
  bad(
    "CWE-755",
    "batch5: license check returns valid on network error",
    src`
import requests

def license_valid(key):
    try:
        r = requests.get("https://license.example.com/check", params={"key": key}, timeout=5)
        return r.json()["valid"]
    except requests.RequestException:
        return True
`,
  ),
  bad(
    "CWE-760",
    "batch5: salt is the username",
    src`
import hashlib

def hash_pw(username, password):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), username.encode(), 200_000).hex()
`,
  ),
  bad(
    "CWE-841",
    "batch5: checkout completes without verifying cart was paid",
    src`
from flask import Flask, session

app = Flask(__name__)

@app.route("/checkout/complete", methods=["POST"])
def complete():
    order = Order.query.get(session["order_id"])
    order.state = "completed"
    db.session.commit()
    send_receipt(order)
    return "thank you"
`,
  ),
  good(
    "CWE-193",
    "batch5: last element with -1",
    src`
def last_item(items):
    if not items:
        raise ValueError("empty")
    return items[-1]
`,
  ),
  good(
    "CWE-414",
    "batch5: cache filled under a lock",
    src`
import threading

_cache = {}
_lock = threading.Lock()

def get_config(name):
    with _lock:
        if name not in _cache:
            _cache[name] = load_config(name)
        return _cache[name]

for n in ["a", "b", "c"]:
    threading.Thread(target=get_config, args=(n,)).start()
`,
  ),
  good(
    "CWE-488",
    "batch5: search results returned per request",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/search")
def search():
    page = int(request.args.get("page", "0"))
    results = db_search(request.args["q"])
    return jsonify(results[page * 10 : page * 10 + 10])
`,
  ),
  good(
    "CWE-755",
    "batch5: license check fails closed",
    src`
import requests

def license_valid(key):
    try:
        r = requests.get("https://license.example.com/check", params={"key": key}, timeout=5)
        return bool(r.json().get("valid"))
    except requests.RequestException:
        return False
`,
  ),
  good(
    "CWE-385",
    "batch5: reset token compared in constant time",
    src`
import hmac

def reset_password(user, submitted_token, new_password):
    if user.reset_token and hmac.compare_digest(user.reset_token, submitted_token):
        user.set_password(new_password)
        user.reset_token = None
        user.save()
        return True
    return False
`,
  ),
  // --- batch6: written blind after the batch5 fixes, measured before any fix it prompted ---
  bad(
    "CWE-22",
    "batch6: aiohttp static handler joins path",
    src`
from aiohttp import web

async def static(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    with open("/srv/static/" + name, "rb") as f:
        return web.Response(body=f.read())
`,
  ),
  bad(
    "CWE-78",
    "batch6: git clone of user repository URL",
    src`
import subprocess

def clone(repo_url: str, dest: str) -> None:
    """Clone the repository the user submitted."""
    subprocess.call("git clone " + repo_url + " " + dest, shell=True)
`,
  ),
  bad(
    "CWE-79",
    "batch6: error page echoes path",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.errorhandler(404)
def not_found(e):
    return f"<h1>Not found</h1><p>{request.path} does not exist</p>", 404
`,
  ),
  good(
    "CWE-79",
    "batch6: error page escapes path",
    src`
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

@app.errorhandler(404)
def not_found(e):
    return f"<h1>Not found</h1><p>{escape(request.path)} does not exist</p>", 404
`,
  ),
  bad(
    "CWE-89",
    "batch6: ORDER BY column from query in f-string",
    src`
import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.route("/users")
def users():
    order = request.args.get("order", "name")
    rows = sqlite3.connect("app.db").execute(f"SELECT name FROM users ORDER BY {order}").fetchall()
    return {"users": [r[0] for r in rows]}
`,
  ),
  good(
    "CWE-89",
    "batch6: ORDER BY from allow-list",
    src`
import sqlite3
from flask import Flask, request

app = Flask(__name__)
COLUMNS = {"name", "created"}

@app.route("/users")
def users():
    order = request.args.get("order", "name")
    if order not in COLUMNS:
        order = "name"
    rows = sqlite3.connect("app.db").execute(f"SELECT name FROM users ORDER BY {order}").fetchall()
    return {"users": [r[0] for r in rows]}
`,
  ),
  bad(
    "CWE-95",
    "batch6: eval of arithmetic in chat bot",
    src`
def handle_message(text: str) -> str:
    """Reply to '/calc <expr>' commands."""
    if text.startswith("/calc "):
        return str(eval(text[6:]))
    return "unknown command"
`,
  ),
  bad(
    "CWE-117",
    "batch6: print to log file of request path",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.before_request
def log_request():
    with open("access.log", "a") as log:
        log.write(f"{request.remote_addr} {request.method} {request.full_path}\n")
`,
  ),
  bad(
    "CWE-200",
    "batch6: health endpoint dumps settings",
    src`
from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/health")
def health():
    return jsonify(status="ok", config={k: str(v) for k, v in app.config.items()})
`,
  ),
  bad(
    "CWE-209",
    "batch6: Django view returns traceback",
    src`
import traceback
from django.http import HttpResponse

def export(request):
    try:
        data = build_export(request.GET["id"])
        return HttpResponse(data)
    except Exception:
        return HttpResponse(traceback.format_exc(), status=500)
`,
  ),
  bad(
    "CWE-259",
    "batch6: LDAP bind with literal password",
    src`
import ldap

def directory():
    conn = ldap.initialize("ldaps://ldap.example.com")
    conn.simple_bind_s("cn=admin,dc=example,dc=com", "Adm1nPassw0rd")
    return conn
`,
  ),
  bad(
    "CWE-285",
    "batch6: role check only on GET, POST skips it",
    src`
from flask import Flask, request, abort
from flask_login import login_required, current_user

app = Flask(__name__)

@app.route("/admin/settings", methods=["GET", "POST"])
@login_required
def settings():
    if request.method == "POST":
        save_settings(request.form)
        return "saved"
    if not current_user.is_admin:
        abort(403)
    return render_settings()
`,
  ),
  bad(
    "CWE-295",
    "batch6: aiohttp connector without ssl verification",
    src`
import aiohttp

async def fetch(url):
    connector = aiohttp.TCPConnector(verify_ssl=False)
    async with aiohttp.ClientSession(connector=connector) as s:
        async with s.get(url) as r:
            return await r.text()
`,
  ),
  bad(
    "CWE-306",
    "batch6: metrics reset endpoint",
    src`
from flask import Flask

app = Flask(__name__)
METRICS = {"requests": 0}

@app.route("/metrics/reset", methods=["POST"])
def reset_metrics():
    METRICS.clear()
    return "reset"
`,
  ),
  bad(
    "CWE-319",
    "batch6: FTP upload of backup",
    src`
from ftplib import FTP

def upload_backup(path, user, password):
    with FTP("backup.example.com") as ftp:
        ftp.login(user, password)
        with open(path, "rb") as f:
            ftp.storbinary("STOR backup.tar.gz", f)
`,
  ),
  bad(
    "CWE-321",
    "batch6: JWT secret constant in settings class",
    src`
import jwt

class Settings:
    JWT_SECRET = "super-secret-jwt-key-2024"

def issue(user_id):
    return jwt.encode({"sub": user_id}, Settings.JWT_SECRET, algorithm="HS256")
`,
  ),
  bad(
    "CWE-327",
    "batch6: md5 used to hash session tokens for lookup",
    src`
import hashlib

def token_fingerprint(token: str) -> str:
    return hashlib.md5(token.encode()).hexdigest()
`,
  ),
  bad(
    "CWE-329",
    "batch6: IV derived from timestamp",
    src`
import time
from Crypto.Cipher import AES

def encrypt(key, data):
    iv = str(int(time.time())).zfill(16).encode()[:16]
    return iv + AES.new(key, AES.MODE_CBC, iv).encrypt(data)
`,
  ),
  bad(
    "CWE-330",
    "batch6: numpy random for password salt",
    src`
import numpy as np

def make_salt(n=16):
    return bytes(np.random.randint(0, 256, size=n, dtype=np.uint8))
`,
  ),
  good(
    "CWE-330",
    "batch6: salt from os.urandom",
    src`
import os

def make_salt(n=16):
    return os.urandom(n)
`,
  ),
  bad(
    "CWE-347",
    "batch6: JWT algorithms taken from token header",
    src`
import jwt

def verify(token, keys):
    header = jwt.get_unverified_header(token)
    return jwt.decode(token, keys[header["kid"]], algorithms=[header["alg"]])
`,
  ),
  bad(
    "CWE-367",
    "batch6: isdir check then makedirs and write",
    src`
import os

def save(dir_path, name, data):
    if not os.path.isdir(dir_path):
        os.makedirs(dir_path)
    with open(os.path.join(dir_path, name), "w") as f:
        f.write(data)
`,
  ),
  bad(
    "CWE-377",
    "batch6: tempfile name reused after close",
    src`
import tempfile

def export_csv(rows):
    tmp = tempfile.NamedTemporaryFile(delete=False)
    name = tmp.name
    tmp.close()
    with open(name, "w") as f:
        for r in rows:
            f.write(",".join(map(str, r)) + "\n")
    return name
`,
  ),
  bad(
    "CWE-384",
    "batch6: session id accepted from URL parameter",
    src`
from flask import Flask, request, session

app = Flask(__name__)

@app.before_request
def adopt_session():
    sid = request.args.get("sid")
    if sid:
        session["sid"] = sid
`,
  ),
  bad(
    "CWE-400",
    "batch6: regex on request body with nested quantifier",
    src`
import re
from flask import Flask, request

app = Flask(__name__)

@app.route("/validate", methods=["POST"])
def validate():
    ok = re.match(r"^(\w+\s?)*$", request.get_data(as_text=True)) is not None
    return {"ok": ok}
`,
  ),
  bad(
    "CWE-434",
    "batch6: upload allowed by content type header only",
    src`
import os
from flask import Flask, request

app = Flask(__name__)

@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    if f.content_type.startswith("image/"):
        f.save(os.path.join("static/uploads", f.filename))
        return "ok"
    return "images only", 400
`,
  ),
  bad(
    "CWE-502",
    "batch6: joblib load of uploaded model",
    src`
import joblib
from flask import Flask, request

app = Flask(__name__)

@app.route("/predict", methods=["POST"])
def predict():
    model = joblib.load(request.files["model"])
    return {"y": model.predict([[1, 2, 3]]).tolist()}
`,
  ),
  bad(
    "CWE-521",
    "batch6: Django password validators disabled",
    src`
AUTH_PASSWORD_VALIDATORS = []
`,
  ),
  bad(
    "CWE-601",
    "batch6: redirect to Referer after form post",
    src`
from flask import Flask, request, redirect

app = Flask(__name__)

@app.route("/subscribe", methods=["POST"])
def subscribe():
    add_subscriber(request.form["email"])
    return redirect(request.headers.get("Referer", "/"))
`,
  ),
  bad(
    "CWE-611",
    "batch6: xml.dom.pulldom with external entities on",
    src`
from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges

def events(stream):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    return pulldom.parse(stream, parser=parser)
`,
  ),
  bad(
    "CWE-643",
    "batch6: xpath with format of category",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
DOC = etree.parse("catalog.xml")

@app.route("/items")
def items():
    cat = request.args["category"]
    nodes = DOC.xpath("//item[@category='{}']/name/text()".format(cat))
    return {"items": [str(n) for n in nodes]}
`,
  ),
  bad(
    "CWE-703",
    "batch6: KeyError swallowed returning default role",
    src`
def get_role(users, name):
    try:
        return users[name]["role"]
    except Exception:
        pass
`,
  ),
  bad(
    "CWE-732",
    "batch6: umask cleared before writing key",
    src`
import os

def write_key(path, key):
    os.umask(0)
    with open(path, "wb") as f:
        f.write(key)
`,
  ),
  good(
    "CWE-732",
    "batch6: umask 077 before writing key",
    src`
import os

def write_key(path, key):
    old = os.umask(0o077)
    try:
        with open(path, "wb") as f:
            f.write(key)
    finally:
        os.umask(old)
`,
  ),
  bad(
    "CWE-759",
    "batch6: sha256 hexdigest of password in signup",
    src`
import hashlib
from flask import Flask, request

app = Flask(__name__)

@app.route("/signup", methods=["POST"])
def signup():
    pw_hash = hashlib.sha256(request.form["password"].encode()).hexdigest()
    create_user(request.form["username"], pw_hash)
    return "created"
`,
  ),
  bad(
    "CWE-798",
    "batch6: database URL with credentials",
    src`
from sqlalchemy import create_engine

engine = create_engine("postgresql://admin:Pa55w0rd!@db.example.com:5432/prod")
`,
  ),
  good(
    "CWE-798",
    "batch6: database URL from environment",
    src`
import os
from sqlalchemy import create_engine

engine = create_engine(os.environ["DATABASE_URL"])
`,
  ),
  bad(
    "CWE-835",
    "batch6: reconnect loop never gives up",
    src`
import socket
import time

def connect_forever(host, port):
    while True:
        try:
            return socket.create_connection((host, port))
        except OSError:
            continue
`,
  ),
  bad(
    "CWE-918",
    "batch6: requests to internal service chosen by query",
    src`
import requests
from flask import Flask, request

app = Flask(__name__)

@app.route("/status")
def status():
    service = request.args.get("service")
    r = requests.get(f"http://{service}.internal:8080/health", timeout=3)
    return r.text
`,
  ),
  bad(
    "CWE-943",
    "batch6: mongo delete_many with filter from JSON",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient().shop

@app.route("/carts/purge", methods=["POST"])
def purge():
    result = db.carts.delete_many(request.get_json())
    return {"deleted": result.deleted_count}
`,
  ),
  bad(
    "CWE-1204",
    "batch6: GCM nonce from counter starting at 0",
    src`
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

class Sealer:
    def __init__(self, key):
        self.aead = AESGCM(key)
        self.counter = 0

    def seal(self, msg):
        nonce = self.counter.to_bytes(12, "big")
        self.counter += 1
        return self.aead.encrypt(nonce, msg, None)
`,
  ),
  good(
    "CWE-78",
    "batch6: git clone with argument list",
    src`
import subprocess

def clone(repo_url: str, dest: str) -> None:
    if not repo_url.startswith("https://"):
        raise ValueError("https URLs only")
    subprocess.run(["git", "clone", "--", repo_url, dest], check=True)
`,
  ),
  good(
    "CWE-209",
    "batch6: Django view logs traceback, returns generic error",
    src`
import logging
from django.http import HttpResponse

log = logging.getLogger(__name__)

def export(request):
    try:
        return HttpResponse(build_export(request.GET["id"]))
    except Exception:
        log.exception("export failed")
        return HttpResponse("export failed", status=500)
`,
  ),
  good(
    "CWE-918",
    "batch6: internal service chosen from a fixed map",
    src`
import requests
from flask import Flask, request, abort

app = Flask(__name__)
SERVICES = {"auth": "http://auth.internal:8080", "billing": "http://billing.internal:8080"}

@app.route("/status")
def status():
    base = SERVICES.get(request.args.get("service", ""))
    if base is None:
        abort(404)
    return requests.get(base + "/health", timeout=3).text
`,
  ),
  good(
    "CWE-943",
    "batch6: mongo delete_many with fixed filter and typed id",
    src`
from bson import ObjectId
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient().shop

@app.route("/carts/purge", methods=["POST"])
def purge():
    owner = ObjectId(str(request.get_json()["owner"]))
    result = db.carts.delete_many({"owner": owner, "status": "abandoned"})
    return {"deleted": result.deleted_count}
`,
  ),
  good(
    "CWE-601",
    "batch6: redirect back only to a local path",
    src`
from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)

@app.route("/subscribe", methods=["POST"])
def subscribe():
    add_subscriber(request.form["email"])
    path = urlparse(request.headers.get("Referer", "/")).path
    if not path.startswith("/") or path.startswith("//"):
        path = "/"
    return redirect(path)
`,
  ),
];
