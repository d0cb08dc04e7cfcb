// Dev suite "py-rules", batch 34 (format in py-rules.ts): written after batch 33's fixes, before any further fix,
// from the bandit/ruff checks the probe covers only with constants (read only, never copied), put in the code
// they guard in real projects: Django admin columns marked safe by decorator, Mako templates rendering request
// values, tempfile.mktemp, the process-wide unverified HTTPS context, servers bound to every interface, fast hashes
// for stored passwords, ECB and DES3 in PyCryptodome, random reset codes, archives unpacked from uploads (and
// zipfile's own name cleaning as the look-alike). Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH34: DevCase[] = [
  ...rules(
    "CWE-79",
    "batch34: admin columns marked safe by decorator",
    `
from django.contrib import admin
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from .models import Ticket


@admin.register(Ticket)
class TicketAdmin(admin.ModelAdmin):
    list_display = ("id", "subject_link", "reporter_badge", "status_badge")

    @admin.display(description="Subject")
    @mark_safe # VULN
    def subject_link(self, obj):
        return '<a href="/tickets/%d/">%s</a>' % (obj.pk, obj.subject)

    @mark_safe # VULN
    def reporter_badge(self, obj):
        return f"<span class='badge'>{obj.reporter_email}</span>"

    @admin.display(description="Status")
    def status_badge(self, obj):
        return format_html("<span class='badge'>{}</span>", obj.get_status_display()) # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch34: Mako templates rendering request values",
    `
from flask import Flask, request
from mako.template import Template

app = Flask(__name__)
CARD = Template("<div class='card'><h2>\${title}</h2><p>\${body}</p></div>")
CARD_ESCAPED = Template("<div class='card'><h2>\${title}</h2><p>\${body}</p></div>", default_filters=["h"])


@app.route("/card")
def card():
    return CARD.render(title=request.args.get("title", ""), body=request.args.get("body", "")) # VULN


@app.route("/card2")
def card2():
    return CARD_ESCAPED.render(title=request.args.get("title", ""), body=request.args.get("body", "")) # SAFE


@app.route("/card3")
def card3():
    tpl = Template("<p>\${note | h}</p>")
    return tpl.render(note=request.args.get("note", "")) # SAFE
`,
  ),
  ...rules(
    "CWE-1336",
    "batch34: Mako template text taken from the request",
    `
from flask import Flask, request
from mako.template import Template
from mako.lookup import TemplateLookup

app = Flask(__name__)
lookup = TemplateLookup(directories=["/srv/app/templates"], default_filters=["h"])


@app.route("/preview", methods=["POST"])
def preview():
    tpl = Template(request.form["template"]) # VULN
    return tpl.render(user="demo")


@app.route("/preview2", methods=["POST"])
def preview2():
    tpl = lookup.get_template("preview.mako") # SAFE
    return tpl.render(body=request.form["template"])
`,
  ),
  ...rules(
    "CWE-377",
    "batch34: temporary file names from mktemp",
    `
import os
import tempfile


def spool(data):
    path = tempfile.mktemp(suffix=".csv", dir="/tmp") # VULN
    with open(path, "w") as fh:
        fh.write(data)
    return path


def spool_safe(data):
    fd, path = tempfile.mkstemp(suffix=".csv") # SAFE
    with os.fdopen(fd, "w") as fh:
        fh.write(data)
    return path
`,
  ),
  ...rules(
    "CWE-295",
    "batch34: process-wide unverified HTTPS context",
    `
import ssl
import urllib.request


def install_insecure_default():
    ssl._create_default_https_context = ssl._create_unverified_context # VULN


def fetch(url):
    ctx = ssl.create_default_context()
    return urllib.request.urlopen(url, context=ctx, timeout=10).read() # SAFE


def fetch_unverified(url):
    ctx = ssl._create_unverified_context() # VULN
    return urllib.request.urlopen(url, context=ctx, timeout=10).read()
`,
  ),
  ...rules(
    "CWE-1327",
    "batch34: admin servers bound to every interface",
    `
import socket
from http.server import HTTPServer, BaseHTTPRequestHandler
from xmlrpc.server import SimpleXMLRPCServer


class AdminHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        if self.path == "/flush":
            self.send_response(204)
            self.end_headers()


def admin_http():
    HTTPServer(("0.0.0.0", 9001), AdminHandler).serve_forever() # VULN


def admin_http_local():
    HTTPServer(("127.0.0.1", 9001), AdminHandler).serve_forever() # SAFE


def control_socket():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("0.0.0.0", 7070)) # VULN
    s.listen(1)
    return s


def rpc_local():
    server = SimpleXMLRPCServer(("localhost", 8800), allow_none=True) # SAFE
    server.register_function(lambda: "ok", "ping")
    return server
`,
  ),
  ...rules(
    "CWE-916",
    "batch34: fast hashes for stored passwords",
    `
import hashlib
import os


def store_password(db, user, password):
    digest = hashlib.sha256(password.encode()).hexdigest() # VULN
    db.execute("UPDATE users SET pw = ? WHERE name = ?", (digest, user))


def store_password_salted_fast(db, user, password):
    salt = os.urandom(16)
    digest = hashlib.sha1(salt + password.encode()).hexdigest() # VULN
    db.execute("UPDATE users SET pw = ?, salt = ? WHERE name = ?", (digest, salt.hex(), user))


def store_password_kdf(db, user, password):
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex() # SAFE
    db.execute("UPDATE users SET pw = ?, salt = ? WHERE name = ?", (digest, salt.hex(), user))


def etag(body):
    return hashlib.sha256(body).hexdigest() # SAFE
`,
  ),
  ...rules(
    "CWE-327",
    "batch34: ECB and DES3 in PyCryptodome",
    `
from Crypto.Cipher import AES, DES3
from Crypto.Random import get_random_bytes


def seal_card(key, pan):
    cipher = AES.new(key, AES.MODE_ECB) # VULN
    return cipher.encrypt(pan.ljust(32).encode())


def seal_card_gcm(key, pan):
    cipher = AES.new(key, AES.MODE_GCM) # SAFE
    ct, tag = cipher.encrypt_and_digest(pan.encode())
    return cipher.nonce + tag + ct


def legacy_seal(key, blob):
    cipher = DES3.new(key, DES3.MODE_CBC, iv=get_random_bytes(8)) # VULN
    return cipher.iv + cipher.encrypt(blob)
`,
  ),
  ...rules(
    "CWE-338",
    "batch34: random reset codes",
    `
import random
import secrets
import string


def reset_code():
    return "".join(random.choice(string.digits) for _ in range(6)) # VULN


def reset_code_secure():
    return "".join(secrets.choice(string.digits) for _ in range(6)) # SAFE


def shuffle_quiz(questions):
    random.shuffle(questions) # SAFE
    return questions
`,
  ),
  ...rules(
    "CWE-22",
    "batch34: archives unpacked from uploads",
    `
import os
import shutil
import zipfile
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
INBOX = "/srv/inbox"


@app.route("/bundle", methods=["POST"])
def bundle():
    upload = request.files["bundle"]
    path = os.path.join(INBOX, secure_filename(upload.filename))
    upload.save(path)
    shutil.unpack_archive(path, "/srv/bundles") # VULN
    return "ok"


@app.route("/bundle2", methods=["POST"])
def bundle2():
    upload = request.files["bundle"]
    with zipfile.ZipFile(upload.stream) as zf:
        zf.extractall("/srv/bundles") # SAFE
    return "ok"
`,
  ),
];
