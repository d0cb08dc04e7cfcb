// Dev suite "py-snippets", batch 11 (see py-snippets.ts): written blind after the batch10 fixes, measured before
// any fix it prompted. Wider CWE variety than the earlier batches, in the same assistant style (a docstring saying
// the task, then the code): reflection and dispatch, code downloaded and run, cookie and hidden-field trust,
// session lifetime, password change and masking, recursion and loop bounds, RSA padding, seeds, nonce reuse,
// CORS and Socket.IO origins, XML/SMTP/CSV injection, DRF permissions, timing and response discrepancies.
// Fixed twins are what a careful reviewer would accept. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH11: DevCase[] = [
  bad(
    "CWE-20",
    "batch11: username checked with an unanchored-at-the-end regex before making the home folder",
    src`
import os
import re

USERNAME = re.compile(r"^[a-z_][a-z0-9_]*")

def create_home(username: str) -> str:
    """Create the home folder for a new account name typed in the admin form."""
    if not USERNAME.match(username):
        raise ValueError("invalid user name")
    path = os.path.join("/home", username)
    os.makedirs(path, mode=0o750)
    return path
`,
  ),
  good(
    "CWE-20",
    "batch11: username checked with fullmatch",
    src`
import os
import re

USERNAME = re.compile(r"[a-z_][a-z0-9_]{0,31}")

def create_home(username: str) -> str:
    """Create the home folder for a new account name typed in the admin form."""
    if not USERNAME.fullmatch(username):
        raise ValueError("invalid user name")
    path = os.path.join("/home", username)
    os.makedirs(path, mode=0o750)
    return path
`,
  ),
  bad(
    "CWE-470",
    "batch11: action name from the request picks a method with getattr",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)

class Maintenance:
    def vacuum(self):
        return "vacuumed"

    def reindex(self):
        return "reindexed"

@app.route("/maintenance", methods=["POST"])
def maintenance():
    """Run the maintenance task the operator picked in the dropdown."""
    task = getattr(Maintenance(), request.form["task"])
    return jsonify(result=task())
`,
  ),
  good(
    "CWE-470",
    "batch11: action name looked up in an explicit table",
    src`
from flask import Flask, request, jsonify, abort

app = Flask(__name__)

class Maintenance:
    def vacuum(self):
        return "vacuumed"

    def reindex(self):
        return "reindexed"

TASKS = {"vacuum": Maintenance.vacuum, "reindex": Maintenance.reindex}

@app.route("/maintenance", methods=["POST"])
def maintenance():
    """Run the maintenance task the operator picked in the dropdown."""
    task = TASKS.get(request.form["task"])
    if task is None:
        abort(400)
    return jsonify(result=task(Maintenance()))
`,
  ),
  bad(
    "CWE-494",
    "batch11: installer downloads a script and runs it without checking it",
    src`
import subprocess
import urllib.request

AGENT_URL = "https://downloads.example.com/agent/install.sh"

def install_agent() -> None:
    """Install the monitoring agent on this host."""
    urllib.request.urlretrieve(AGENT_URL, "/tmp/install-agent.sh")
    subprocess.run(["sh", "/tmp/install-agent.sh"], check=True)
`,
  ),
  good(
    "CWE-494",
    "batch11: installer checks the script against a pinned digest",
    src`
import hashlib
import subprocess
import tempfile
import urllib.request

AGENT_URL = "https://downloads.example.com/agent/install.sh"
AGENT_SHA256 = "9f2c4e0b5d7a1c3e8f6a2b4d0c9e7f1a3b5c7d9e0f2a4b6c8d0e2f4a6b8c0d2e"

def install_agent() -> None:
    """Install the monitoring agent on this host."""
    data = urllib.request.urlopen(AGENT_URL, timeout=30).read()
    if hashlib.sha256(data).hexdigest() != AGENT_SHA256:
        raise RuntimeError("agent installer digest mismatch")
    with tempfile.NamedTemporaryFile("wb", suffix=".sh", delete=False) as f:
        f.write(data)
    subprocess.run(["sh", f.name], check=True)
`,
  ),
  bad(
    "CWE-829",
    "batch11: plugin source fetched over the network and executed",
    src`
import requests

PLUGIN_INDEX = "https://plugins.example.org/raw/"

def load_plugin(name: str) -> dict:
    """Load a community plugin by name into a fresh namespace."""
    code = requests.get(PLUGIN_INDEX + name + ".py", timeout=10).text
    ns: dict = {}
    exec(code, ns)
    return ns
`,
  ),
  bad(
    "CWE-346",
    "batch11: Flask-SocketIO accepts connections from any origin",
    src`
from flask import Flask
from flask_socketio import SocketIO, emit

app = Flask(__name__)
socketio = SocketIO(app, cors_allowed_origins="*")

@socketio.on("transfer")
def on_transfer(data):
    """Logged-in users move money between their accounts from the dashboard."""
    result = move_money(current_user_id(), data["from"], data["to"], data["amount"])
    emit("transfer_result", result)
`,
  ),
  good(
    "CWE-346",
    "batch11: Flask-SocketIO restricted to the dashboard origin",
    src`
from flask import Flask
from flask_socketio import SocketIO, emit

app = Flask(__name__)
socketio = SocketIO(app, cors_allowed_origins=["https://dashboard.example.com"])

@socketio.on("transfer")
def on_transfer(data):
    """Logged-in users move money between their accounts from the dashboard."""
    result = move_money(current_user_id(), data["from"], data["to"], data["amount"])
    emit("transfer_result", result)
`,
  ),
  bad(
    "CWE-942",
    "batch11: flask-cors with any origin and credentials",
    src`
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)
`,
  ),
  good(
    "CWE-942",
    "batch11: flask-cors limited to the front-end origin",
    src`
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, resources={r"/api/*": {"origins": ["https://app.example.com"]}}, supports_credentials=True)
`,
  ),
  bad(
    "CWE-565",
    "batch11: admin page trusts an is_admin cookie",
    src`
from flask import Flask, request, abort, render_template

app = Flask(__name__)

@app.route("/admin/reports")
def admin_reports():
    """Reports only administrators may see."""
    if request.cookies.get("is_admin") != "1":
        abort(403)
    return render_template("reports.html", reports=all_reports())
`,
  ),
  good(
    "CWE-565",
    "batch11: admin page checks the server-side session's user",
    src`
from flask import Flask, session, abort, render_template

app = Flask(__name__)

@app.route("/admin/reports")
def admin_reports():
    """Reports only administrators may see."""
    user = load_user(session.get("user_id"))
    if user is None or not user.is_admin:
        abort(403)
    return render_template("reports.html", reports=all_reports())
`,
  ),
  bad(
    "CWE-472",
    "batch11: checkout charges the price posted in a hidden field",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/checkout", methods=["POST"])
def checkout():
    """Charge the customer for the product in the cart form."""
    product_id = request.form["product_id"]
    price = float(request.form["price"])
    qty = int(request.form["qty"])
    charge_card(current_customer(), price * qty, product_id)
    return "thank you"
`,
  ),
  good(
    "CWE-472",
    "batch11: checkout looks the price up on the server",
    src`
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/checkout", methods=["POST"])
def checkout():
    """Charge the customer for the product in the cart form."""
    product = get_product(request.form["product_id"])
    qty = int(request.form["qty"])
    if product is None or not 1 <= qty <= 100:
        abort(400)
    charge_card(current_customer(), product.price * qty, product.id)
    return "thank you"
`,
  ),
  bad(
    "CWE-613",
    "batch11: access token issued without an expiry",
    src`
import os
import jwt

SECRET = os.environ["JWT_SECRET"]

def issue_access_token(user_id: int) -> str:
    """Issue the bearer token the single-page app sends with each API call."""
    return jwt.encode({"sub": str(user_id), "scope": "api"}, SECRET, algorithm="HS256")
`,
  ),
  good(
    "CWE-613",
    "batch11: access token issued with a short expiry",
    src`
import datetime
import os
import jwt

SECRET = os.environ["JWT_SECRET"]

def issue_access_token(user_id: int) -> str:
    """Issue the bearer token the single-page app sends with each API call."""
    exp = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=15)
    return jwt.encode({"sub": str(user_id), "scope": "api", "exp": exp}, SECRET, algorithm="HS256")
`,
  ),
  bad(
    "CWE-613",
    "batch11: Flask sessions kept for a year",
    src`
from datetime import timedelta
from flask import Flask

app = Flask(__name__)
app.secret_key = open("/run/secrets/session_key", "rb").read()
app.permanent_session_lifetime = timedelta(days=365)
`,
  ),
  bad(
    "CWE-620",
    "batch11: password change without the current password",
    src`
from flask import Flask, request, session
from werkzeug.security import generate_password_hash

app = Flask(__name__)

@app.route("/account/password", methods=["POST"])
def change_password():
    """Let a logged-in user set a new password."""
    user = load_user(session["user_id"])
    user.password_hash = generate_password_hash(request.form["new_password"])
    user.save()
    return "password changed"
`,
  ),
  good(
    "CWE-620",
    "batch11: password change checks the current password",
    src`
from flask import Flask, request, session, abort
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)

@app.route("/account/password", methods=["POST"])
def change_password():
    """Let a logged-in user set a new password."""
    user = load_user(session["user_id"])
    if not check_password_hash(user.password_hash, request.form["current_password"]):
        abort(403)
    user.password_hash = generate_password_hash(request.form["new_password"])
    user.save()
    return "password changed"
`,
  ),
  bad(
    "CWE-549",
    "batch11: CLI reads the database password with input()",
    src`
import psycopg2

def connect_interactive():
    """Ask the operator for credentials and connect to the warehouse."""
    user = input("User: ")
    password = input("Password: ")
    return psycopg2.connect(host="warehouse", user=user, password=password)
`,
  ),
  good(
    "CWE-549",
    "batch11: CLI reads the database password with getpass",
    src`
import getpass
import psycopg2

def connect_interactive():
    """Ask the operator for credentials and connect to the warehouse."""
    user = input("User: ")
    password = getpass.getpass("Password: ")
    return psycopg2.connect(host="warehouse", user=user, password=password)
`,
  ),
  bad(
    "CWE-532",
    "batch11: debug log prints the API key",
    src`
import logging
import os
import requests

log = logging.getLogger(__name__)

def fetch_rates() -> dict:
    """Download today's exchange rates."""
    api_key = os.environ["RATES_API_KEY"]
    log.debug("requesting rates with api_key=%s", api_key)
    return requests.get("https://rates.example.com/v1/latest", params={"key": api_key}, timeout=10).json()
`,
  ),
  good(
    "CWE-532",
    "batch11: debug log masks the API key",
    src`
import logging
import os
import requests

log = logging.getLogger(__name__)

def fetch_rates() -> dict:
    """Download today's exchange rates."""
    api_key = os.environ["RATES_API_KEY"]
    log.debug("requesting rates with key ending ...%s", api_key[-4:])
    return requests.get("https://rates.example.com/v1/latest", headers={"X-Api-Key": api_key}, timeout=10).json()
`,
  ),
  bad(
    "CWE-674",
    "batch11: recursive flatten of a client JSON document",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)

def flatten(obj, prefix=""):
    out = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}{k}."))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out.update(flatten(v, f"{prefix}{i}."))
    else:
        out[prefix.rstrip(".")] = obj
    return out

@app.route("/flatten", methods=["POST"])
def flatten_endpoint():
    """Flatten the posted JSON document into dotted keys."""
    return jsonify(flatten(request.get_json()))
`,
  ),
  good(
    "CWE-674",
    "batch11: recursive flatten with a depth limit",
    src`
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
MAX_DEPTH = 20

def flatten(obj, prefix="", depth=0):
    if depth > MAX_DEPTH:
        raise ValueError("document nested too deeply")
    out = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}{k}.", depth + 1))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out.update(flatten(v, f"{prefix}{i}.", depth + 1))
    else:
        out[prefix.rstrip(".")] = obj
    return out

@app.route("/flatten", methods=["POST"])
def flatten_endpoint():
    """Flatten the posted JSON document into dotted keys."""
    try:
        return jsonify(flatten(request.get_json()))
    except ValueError:
        abort(400)
`,
  ),
  bad(
    "CWE-606",
    "batch11: retry count from the query string drives a while loop",
    src`
import time
from flask import Flask, request

app = Flask(__name__)

@app.route("/ping-device")
def ping_device():
    """Ping a device, retrying as many times as the caller asks."""
    retries = int(request.args.get("retries", 3))
    attempt = 0
    while attempt < retries:
        if device_ping():
            return "up"
        time.sleep(1)
        attempt += 1
    return "down"
`,
  ),
  bad(
    "CWE-770",
    "batch11: socket server starts a thread for every connection",
    src`
import socket
import threading

def serve(port: int = 9100) -> None:
    """Accept print jobs from the office network."""
    srv = socket.create_server(("127.0.0.1", port))
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle_job, args=(conn,), daemon=True).start()
`,
  ),
  good(
    "CWE-770",
    "batch11: socket server hands connections to a bounded pool",
    src`
import socket
from concurrent.futures import ThreadPoolExecutor

def serve(port: int = 9100) -> None:
    """Accept print jobs from the office network."""
    srv = socket.create_server(("127.0.0.1", port))
    with ThreadPoolExecutor(max_workers=16) as pool:
        while True:
            conn, _ = srv.accept()
            conn.settimeout(30)
            pool.submit(handle_job, conn)
`,
  ),
  bad(
    "CWE-780",
    "batch11: RSA encryption with PKCS#1 v1.5 padding",
    src`
from Crypto.Cipher import PKCS1_v1_5
from Crypto.PublicKey import RSA

def encrypt_for_partner(pub_pem: bytes, secret: bytes) -> bytes:
    """Encrypt a session key for the partner's public key."""
    key = RSA.import_key(pub_pem)
    return PKCS1_v1_5.new(key).encrypt(secret)
`,
  ),
  good(
    "CWE-780",
    "batch11: RSA encryption with OAEP",
    src`
from Crypto.Cipher import PKCS1_OAEP
from Crypto.Hash import SHA256
from Crypto.PublicKey import RSA

def encrypt_for_partner(pub_pem: bytes, secret: bytes) -> bytes:
    """Encrypt a session key for the partner's public key."""
    key = RSA.import_key(pub_pem)
    return PKCS1_OAEP.new(key, hashAlgo=SHA256).encrypt(secret)
`,
  ),
  bad(
    "CWE-327",
    "batch11: TLS context that allows every cipher at security level 0",
    src`
import ssl

def client_context() -> ssl.SSLContext:
    """TLS settings for talking to the old mainframe gateway."""
    ctx = ssl.create_default_context()
    ctx.set_ciphers("ALL:@SECLEVEL=0")
    return ctx
`,
  ),
  bad(
    "CWE-336",
    "batch11: PRNG seeded with a constant before making invite codes",
    src`
import random
import string

random.seed(20240101)

def invite_code() -> str:
    """Code a member shares to invite a friend."""
    return "".join(random.choice(string.ascii_uppercase + string.digits) for _ in range(10))
`,
  ),
  bad(
    "CWE-323",
    "batch11: one AES-GCM nonce made at import and used for every message",
    src`
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = AESGCM.generate_key(bit_length=256)
NONCE = os.urandom(12)

def seal(message: bytes) -> bytes:
    """Encrypt a message for the audit log."""
    return AESGCM(KEY).encrypt(NONCE, message, None)
`,
  ),
  good(
    "CWE-323",
    "batch11: fresh AES-GCM nonce per message",
    src`
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = AESGCM.generate_key(bit_length=256)

def seal(message: bytes) -> bytes:
    """Encrypt a message for the audit log."""
    nonce = os.urandom(12)
    return nonce + AESGCM(KEY).encrypt(nonce, message, None)
`,
  ),
  bad(
    "CWE-353",
    "batch11: AES-CTR without any authentication tag",
    src`
import os
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def encrypt_backup(key: bytes, data: bytes) -> bytes:
    """Encrypt a backup before uploading it to shared storage."""
    nonce = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    return nonce + enc.update(data) + enc.finalize()
`,
  ),
  bad(
    "CWE-916",
    "batch11: salted sha512 for stored passwords",
    src`
import hashlib
import os

def hash_password(password: str) -> str:
    """Hash a password for the users table."""
    salt = os.urandom(16)
    digest = hashlib.sha512(salt + password.encode()).hexdigest()
    return salt.hex() + "$" + digest
`,
  ),
  good(
    "CWE-916",
    "batch11: argon2 for stored passwords",
    src`
from argon2 import PasswordHasher

_ph = PasswordHasher()

def hash_password(password: str) -> str:
    """Hash a password for the users table."""
    return _ph.hash(password)
`,
  ),
  bad(
    "CWE-295",
    "batch11: paramiko accepts any host key",
    src`
import paramiko

def run_remote(host: str, command: str) -> str:
    """Run a fixed maintenance command on a managed server."""
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect(host, username="ops", key_filename="/etc/ops/id_ed25519")
    _, out, _ = ssh.exec_command(command)
    return out.read().decode()
`,
  ),
  bad(
    "CWE-295",
    "batch11: requests session with verification switched off",
    src`
import requests
import urllib3

urllib3.disable_warnings()

def make_session(token: str) -> requests.Session:
    """HTTP session for the internal inventory API."""
    s = requests.Session()
    s.verify = False
    s.headers["Authorization"] = f"Bearer {token}"
    return s
`,
  ),
  bad(
    "CWE-489",
    "batch11: Django settings with DEBUG on for the public deployment",
    src`
# settings.py for the production deployment
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = True
ALLOWED_HOSTS = ["shop.example.com"]
`,
  ),
  bad(
    "CWE-1021",
    "batch11: login page allowed in frames",
    src`
from django.contrib.auth.views import LoginView
from django.views.decorators.clickjacking import xframe_options_exempt

@xframe_options_exempt
def login_page(request):
    """The site's login page (partners embed it)."""
    return LoginView.as_view(template_name="login.html")(request)
`,
  ),
  bad(
    "CWE-1004",
    "batch11: Django session cookie readable by scripts",
    src`
# settings.py
SESSION_COOKIE_HTTPONLY = False
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
`,
  ),
  bad(
    "CWE-22",
    "batch11: zip members written by hand under their own names",
    src`
import os
import zipfile

def unpack_theme(zip_path: str, dest: str) -> None:
    """Unpack a theme archive uploaded by a site owner."""
    with zipfile.ZipFile(zip_path) as zf:
        for name in zf.namelist():
            target = os.path.join(dest, name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(zf.read(name))
`,
  ),
  good(
    "CWE-22",
    "batch11: zip members checked to stay inside the destination",
    src`
import os
import zipfile

def unpack_theme(zip_path: str, dest: str) -> None:
    """Unpack a theme archive uploaded by a site owner."""
    root = os.path.realpath(dest)
    with zipfile.ZipFile(zip_path) as zf:
        for name in zf.namelist():
            target = os.path.realpath(os.path.join(root, name))
            if not target.startswith(root + os.sep):
                raise ValueError(f"unsafe member {name!r}")
            if name.endswith("/"):
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(zf.read(name))
`,
  ),
  bad(
    "CWE-99",
    "batch11: health check connects to the host and port in the query",
    src`
import socket
from flask import Flask, request

app = Flask(__name__)

@app.route("/check")
def check():
    """Tell whether a backend answers on its port."""
    host = request.args["host"]
    port = int(request.args["port"])
    try:
        socket.create_connection((host, port), timeout=2).close()
        return "open"
    except OSError:
        return "closed"
`,
  ),
  bad(
    "CWE-776",
    "batch11: lxml parser with huge_tree for uploaded documents",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)

@app.route("/convert", methods=["POST"])
def convert():
    """Convert an uploaded DocBook file to HTML."""
    parser = etree.XMLParser(huge_tree=True)
    doc = etree.fromstring(request.files["doc"].read(), parser)
    return etree.tostring(transform(doc))
`,
  ),
  bad(
    "CWE-91",
    "batch11: SOAP request body assembled by concatenation",
    src`
import requests
from flask import Flask, request

app = Flask(__name__)

@app.route("/lookup")
def lookup():
    """Look a customer up in the legacy CRM's SOAP API."""
    name = request.args["name"]
    body = "<soap:Envelope><soap:Body><FindCustomer><name>" + name + "</name></FindCustomer></soap:Body></soap:Envelope>"
    r = requests.post("https://crm.internal/soap", data=body, headers={"Content-Type": "text/xml"}, timeout=10)
    return r.text
`,
  ),
  good(
    "CWE-91",
    "batch11: SOAP request body built with ElementTree",
    src`
import xml.etree.ElementTree as ET
import requests
from flask import Flask, request

app = Flask(__name__)

@app.route("/lookup")
def lookup():
    """Look a customer up in the legacy CRM's SOAP API."""
    env = ET.Element("soap:Envelope")
    find = ET.SubElement(ET.SubElement(env, "soap:Body"), "FindCustomer")
    ET.SubElement(find, "name").text = request.args["name"]
    r = requests.post("https://crm.internal/soap", data=ET.tostring(env), headers={"Content-Type": "text/xml"}, timeout=10)
    return r.text
`,
  ),
  bad(
    "CWE-93",
    "batch11: contact form subject written into raw SMTP headers",
    src`
import smtplib
from flask import Flask, request

app = Flask(__name__)

@app.route("/contact", methods=["POST"])
def contact():
    """Forward the contact form to the support mailbox."""
    subject = request.form["subject"]
    body = request.form["message"]
    msg = f"From: web@example.com\r\nTo: support@example.com\r\nSubject: {subject}\r\n\r\n{body}"
    with smtplib.SMTP("localhost") as s:
        s.sendmail("web@example.com", ["support@example.com"], msg)
    return "sent"
`,
  ),
  good(
    "CWE-93",
    "batch11: contact form sent as an EmailMessage",
    src`
import smtplib
from email.message import EmailMessage
from flask import Flask, request

app = Flask(__name__)

@app.route("/contact", methods=["POST"])
def contact():
    """Forward the contact form to the support mailbox."""
    msg = EmailMessage()
    msg["From"] = "web@example.com"
    msg["To"] = "support@example.com"
    msg["Subject"] = request.form["subject"].replace("\r", " ").replace("\n", " ")
    msg.set_content(request.form["message"])
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)
    return "sent"
`,
  ),
  bad(
    "CWE-1236",
    "batch11: CSV export writes user-entered names as they are",
    src`
import csv
import io
from flask import Flask, Response

app = Flask(__name__)

@app.route("/export/contacts.csv")
def export_contacts():
    """Export the address book for spreadsheet users."""
    buf = io.StringIO()
    w = csv.writer(buf)
    for c in all_contacts():
        w.writerow([c.name, c.email, c.note])
    return Response(buf.getvalue(), mimetype="text/csv")
`,
  ),
  bad(
    "CWE-384",
    "batch11: Django login stores the user id in the existing session",
    src`
from django.contrib.auth import authenticate
from django.shortcuts import redirect, render

def login_view(request):
    """Custom login form for the partner portal."""
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            request.session["partner_user_id"] = user.id
            return redirect("/portal/")
    return render(request, "portal/login.html")
`,
  ),
  good(
    "CWE-384",
    "batch11: Django login through auth.login, which rotates the session",
    src`
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render

def login_view(request):
    """Custom login form for the partner portal."""
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            return redirect("/portal/")
    return render(request, "portal/login.html")
`,
  ),
  bad(
    "CWE-862",
    "batch11: DRF invoice viewset with an empty permission list",
    src`
from rest_framework import viewsets
from .models import Invoice
from .serializers import InvoiceSerializer

class InvoiceViewSet(viewsets.ModelViewSet):
    """Invoices of the signed-in customer."""
    queryset = Invoice.objects.all()
    serializer_class = InvoiceSerializer
    permission_classes = []
`,
  ),
  good(
    "CWE-862",
    "batch11: DRF invoice viewset limited to the owner",
    src`
from rest_framework import permissions, viewsets
from .models import Invoice
from .serializers import InvoiceSerializer

class InvoiceViewSet(viewsets.ModelViewSet):
    """Invoices of the signed-in customer."""
    serializer_class = InvoiceSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Invoice.objects.filter(customer=self.request.user)
`,
  ),
  bad(
    "CWE-639",
    "batch11: FastAPI account lookup by id with no owner check",
    src`
from fastapi import Depends, FastAPI, HTTPException

app = FastAPI()

@app.get("/accounts/{account_id}")
def get_account(account_id: int, user=Depends(get_current_user)):
    """Return one of the caller's bank accounts."""
    account = db.get_account(account_id)
    if account is None:
        raise HTTPException(404)
    return account
`,
  ),
  good(
    "CWE-639",
    "batch11: FastAPI account lookup scoped to the caller",
    src`
from fastapi import Depends, FastAPI, HTTPException

app = FastAPI()

@app.get("/accounts/{account_id}")
def get_account(account_id: int, user=Depends(get_current_user)):
    """Return one of the caller's bank accounts."""
    account = db.get_account(account_id)
    if account is None or account.owner_id != user.id:
        raise HTTPException(404)
    return account
`,
  ),
  bad(
    "CWE-352",
    "batch11: email change performed on a GET request",
    src`
from flask import Flask, request, session

app = Flask(__name__)

@app.route("/account/email")
def change_email():
    """Change the logged-in user's e-mail address (linked from the settings page)."""
    user = load_user(session["user_id"])
    user.email = request.args["new"]
    user.save()
    return "e-mail updated"
`,
  ),
  bad(
    "CWE-95",
    "batch11: calculator endpoint evaluates an expression built from the operator field",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/calc")
def calc():
    """Apply +, -, * or / to two numbers from the form."""
    a = float(request.args["a"])
    b = float(request.args["b"])
    op = request.args["op"]
    return str(eval(f"{a} {op} {b}"))
`,
  ),
  good(
    "CWE-95",
    "batch11: calculator endpoint dispatches through the operator module",
    src`
import operator
from flask import Flask, request, abort

app = Flask(__name__)
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}

@app.route("/calc")
def calc():
    """Apply +, -, * or / to two numbers from the form."""
    a = float(request.args["a"])
    b = float(request.args["b"])
    fn = OPS.get(request.args["op"])
    if fn is None:
        abort(400)
    return str(fn(a, b))
`,
  ),
  bad(
    "CWE-78",
    "batch11: argument list that runs bash -c with the archive name",
    src`
import subprocess

def extract(archive: str, dest: str) -> None:
    """Extract an archive the user uploaded into dest."""
    subprocess.run(["bash", "-c", f"cd {dest} && tar xf {archive}"], check=True)
`,
  ),
  good(
    "CWE-78",
    "batch11: tar run directly with an argument list",
    src`
import subprocess

def extract(archive: str, dest: str) -> None:
    """Extract an archive the user uploaded into dest."""
    subprocess.run(["tar", "xf", archive, "-C", dest], check=True)
`,
  ),
  bad(
    "CWE-89",
    "batch11: IN list joined from request values",
    src`
import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/products/batch")
def products_batch():
    """Fetch several products by id (?id=1&id=2...)."""
    ids = request.args.getlist("id")
    db = sqlite3.connect("shop.db")
    rows = db.execute("SELECT id, name FROM products WHERE id IN (%s)" % ",".join(ids)).fetchall()
    return jsonify(rows)
`,
  ),
  good(
    "CWE-89",
    "batch11: IN list with one placeholder per value",
    src`
import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/products/batch")
def products_batch():
    """Fetch several products by id (?id=1&id=2...)."""
    ids = [int(i) for i in request.args.getlist("id")][:100]
    db = sqlite3.connect("shop.db")
    marks = ",".join("?" for _ in ids)
    rows = db.execute(f"SELECT id, name FROM products WHERE id IN ({marks})", ids).fetchall()
    return jsonify(rows)
`,
  ),
  bad(
    "CWE-732",
    "batch11: key file chmod with every permission bit from stat",
    src`
import os
import stat

def write_key(path: str, pem: bytes) -> None:
    """Save the service's private key."""
    with open(path, "wb") as f:
        f.write(pem)
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
`,
  ),
  good(
    "CWE-732",
    "batch11: key file chmod to owner read/write",
    src`
import os
import stat

def write_key(path: str, pem: bytes) -> None:
    """Save the service's private key."""
    with open(path, "wb") as f:
        f.write(pem)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
`,
  ),
  bad(
    "CWE-208",
    "batch11: API key compared with ==",
    src`
import os
from flask import Flask, request, abort

app = Flask(__name__)
API_KEY = os.environ["INGEST_API_KEY"]

@app.route("/ingest", methods=["POST"])
def ingest():
    """Accept events from the edge collectors."""
    if request.headers.get("X-Api-Key") != API_KEY:
        abort(401)
    store(request.get_json())
    return "", 202
`,
  ),
  good(
    "CWE-208",
    "batch11: API key compared in constant time",
    src`
import hmac
import os
from flask import Flask, request, abort

app = Flask(__name__)
API_KEY = os.environ["INGEST_API_KEY"]

@app.route("/ingest", methods=["POST"])
def ingest():
    """Accept events from the edge collectors."""
    if not hmac.compare_digest(request.headers.get("X-Api-Key", ""), API_KEY):
        abort(401)
    store(request.get_json())
    return "", 202
`,
  ),
  bad(
    "CWE-204",
    "batch11: login says whether the user name exists",
    src`
from flask import Flask, request
from werkzeug.security import check_password_hash

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """Check the credentials from the login form."""
    user = find_user(request.form["username"])
    if user is None:
        return "no such user", 404
    if not check_password_hash(user.password_hash, request.form["password"]):
        return "wrong password", 401
    return start_session(user)
`,
  ),
  good(
    "CWE-204",
    "batch11: login gives one answer for both failures",
    src`
from flask import Flask, request
from werkzeug.security import check_password_hash

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    """Check the credentials from the login form."""
    user = find_user(request.form["username"])
    if user is None or not check_password_hash(user.password_hash, request.form["password"]):
        return "invalid username or password", 401
    return start_session(user)
`,
  ),
  bad(
    "CWE-377",
    "batch11: build folder under /tmp named by the process id",
    src`
import os
import shutil

def build_site(src: str) -> str:
    """Render the static site into a scratch folder, then publish it."""
    work = "/tmp/sitebuild-" + str(os.getpid())
    os.makedirs(work, exist_ok=True)
    shutil.copytree(src, os.path.join(work, "src"))
    return work
`,
  ),
  good(
    "CWE-377",
    "batch11: build folder from mkdtemp",
    src`
import os
import shutil
import tempfile

def build_site(src: str) -> str:
    """Render the static site into a scratch folder, then publish it."""
    work = tempfile.mkdtemp(prefix="sitebuild-")
    shutil.copytree(src, os.path.join(work, "src"))
    return work
`,
  ),
  bad(
    "CWE-400",
    "batch11: Pillow's decompression-bomb limit switched off for uploads",
    src`
from PIL import Image
from flask import Flask, request

app = Flask(__name__)
Image.MAX_IMAGE_PIXELS = None

@app.route("/thumb", methods=["POST"])
def thumb():
    """Make a thumbnail of an uploaded photo."""
    img = Image.open(request.files["photo"])
    img.thumbnail((256, 256))
    img.save("/srv/thumbs/latest.png")
    return "ok"
`,
  ),
];
