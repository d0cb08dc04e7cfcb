// Dev suite "py-snippets", batch 13 (see py-snippets.ts): written blind after the batch12 fixes, measured before
// any fix it prompted. Short textbook-style functions (a docstring saying the task, then the code) for the classes
// the earlier batches have fewest of: obsolete APIs, duplicate keys, data shared across sessions, missing locks,
// externally initialised flags, XSLT and DTD loading, UDP amplification, reply destinations, small seeds,
// temp files in shared folders, ownership, unchecked results, debug output and off-by-one bounds. Fixed twins
// are what a careful reviewer would accept. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH13: DevCase[] = [
  bad(
    "CWE-477",
    "batch13: ssl.wrap_socket to talk to the payment host",
    src`
import socket
import ssl

def open_channel(host: str):
    """Open a TLS channel to the payment host."""
    raw = socket.create_connection((host, 443))
    return ssl.wrap_socket(raw)
`,
  ),
  good(
    "CWE-477",
    "batch13: SSLContext.wrap_socket with hostname checks",
    src`
import socket
import ssl

def open_channel(host: str):
    """Open a TLS channel to the payment host."""
    raw = socket.create_connection((host, 443))
    return ssl.create_default_context().wrap_socket(raw, server_hostname=host)
`,
  ),
  bad(
    "CWE-477",
    "batch13: cgi.escape for the search echo",
    src`
import cgi

def echo_query(q: str) -> str:
    """HTML fragment that repeats the search terms."""
    return "<p>You searched for: " + cgi.escape(q) + "</p>"
`,
  ),
  bad(
    "CWE-462",
    "batch13: permission table with a role listed twice",
    src`
PERMISSIONS = {
    "viewer": ["read"],
    "editor": ["read", "write"],
    "admin": ["read", "write", "delete", "manage_users"],
    "editor": ["read", "write", "delete"],
}

def allowed(role: str, action: str) -> bool:
    """Whether the role may perform the action."""
    return action in PERMISSIONS.get(role, [])
`,
  ),
  bad(
    "CWE-488",
    "batch13: current user kept in a module-level variable of a threaded server",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)
current_user = None

@app.before_request
def load_user():
    global current_user
    current_user = lookup_user(request.headers.get("Authorization"))

@app.route("/me/orders")
def my_orders():
    """Orders of the user making the request."""
    return jsonify(orders_for(current_user.id))
`,
  ),
  good(
    "CWE-488",
    "batch13: current user kept on flask.g",
    src`
from flask import Flask, g, request, jsonify

app = Flask(__name__)

@app.before_request
def load_user():
    g.user = lookup_user(request.headers.get("Authorization"))

@app.route("/me/orders")
def my_orders():
    """Orders of the user making the request."""
    return jsonify(orders_for(g.user.id))
`,
  ),
  bad(
    "CWE-414",
    "batch13: balance updated from worker threads without the lock",
    src`
import threading

class Wallet:
    """Balance shared by the payment worker threads."""

    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()

    def deposit(self, amount: int) -> None:
        current = self.balance
        self.balance = current + amount
`,
  ),
  good(
    "CWE-414",
    "batch13: balance updated under the lock",
    src`
import threading

class Wallet:
    """Balance shared by the payment worker threads."""

    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()

    def deposit(self, amount: int) -> None:
        with self.lock:
            self.balance += amount
`,
  ),
  bad(
    "CWE-454",
    "batch13: debug mode taken from a query parameter",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.before_request
def maybe_debug():
    """Let support engineers turn on verbose errors for a request."""
    app.debug = request.args.get("debug") == "1"
`,
  ),
  bad(
    "CWE-827",
    "batch13: XSLT stylesheet uploaded by the user applied with lxml",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)

@app.route("/render", methods=["POST"])
def render():
    """Render the report XML with the stylesheet the user uploads."""
    xslt = etree.XSLT(etree.parse(request.files["stylesheet"]))
    doc = etree.parse("/srv/reports/latest.xml")
    return str(xslt(doc))
`,
  ),
  good(
    "CWE-827",
    "batch13: XSLT stylesheet chosen from the server's own set",
    src`
from lxml import etree
from flask import Flask, request, abort

app = Flask(__name__)
STYLES = {"summary": "/srv/xslt/summary.xsl", "full": "/srv/xslt/full.xsl"}

@app.route("/render", methods=["POST"])
def render():
    """Render the report XML with one of the server's stylesheets."""
    path = STYLES.get(request.form.get("style", ""))
    if path is None:
        abort(400)
    xslt = etree.XSLT(etree.parse(path))
    doc = etree.parse("/srv/reports/latest.xml")
    return str(xslt(doc))
`,
  ),
  bad(
    "CWE-406",
    "batch13: UDP status service answers any source with a large reply",
    src`
import socket

def serve_status(port: int = 9999) -> None:
    """Answer status queries from the monitoring hosts with the full inventory."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        _, addr = sock.recvfrom(64)
        sock.sendto(full_inventory_json().encode(), addr)
`,
  ),
  bad(
    "CWE-941",
    "batch13: reply sent to the address named inside the request packet",
    src`
import json
import socket

def serve(port: int = 5005) -> None:
    """Answer lookups; each request says where the answer should go."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", port))
    while True:
        data, _ = sock.recvfrom(4096)
        req = json.loads(data)
        answer = lookup(req["name"]).encode()
        sock.sendto(answer, (req["reply_host"], int(req["reply_port"])))
`,
  ),
  bad(
    "CWE-339",
    "batch13: token generator seeded with a 16-bit value",
    src`
import os
import random

def make_token() -> str:
    """Token for the e-mail confirmation link."""
    rng = random.Random(int.from_bytes(os.urandom(2), "big"))
    return "%032x" % rng.getrandbits(128)
`,
  ),
  bad(
    "CWE-379",
    "batch13: scratch file created in the shared /tmp folder by name",
    src`
import os

def stash_upload(data: bytes, user_id: int) -> str:
    """Keep an upload until the virus scan finishes."""
    path = os.path.join("/tmp", f"upload_{user_id}.bin")
    with open(path, "wb") as f:
        f.write(data)
    return path
`,
  ),
  good(
    "CWE-379",
    "batch13: scratch file created with mkstemp in a private folder",
    src`
import os
import tempfile

SCAN_DIR = "/var/lib/app/scan"

def stash_upload(data: bytes, user_id: int) -> str:
    """Keep an upload until the virus scan finishes."""
    fd, path = tempfile.mkstemp(prefix=f"upload_{user_id}_", dir=SCAN_DIR)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    return path
`,
  ),
  bad(
    "CWE-283",
    "batch13: note deleted by id without checking who owns it",
    src`
from flask import Flask, session

app = Flask(__name__)

@app.route("/notes/<int:note_id>/delete", methods=["POST"])
def delete_note(note_id):
    """Delete one of the signed-in user's notes."""
    if "uid" not in session:
        return "login required", 401
    db.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    db.commit()
    return "deleted"
`,
  ),
  good(
    "CWE-283",
    "batch13: note deleted only when it belongs to the user",
    src`
from flask import Flask, session

app = Flask(__name__)

@app.route("/notes/<int:note_id>/delete", methods=["POST"])
def delete_note(note_id):
    """Delete one of the signed-in user's notes."""
    if "uid" not in session:
        return "login required", 401
    db.execute("DELETE FROM notes WHERE id = ? AND owner_id = ?", (note_id, session["uid"]))
    db.commit()
    return "deleted"
`,
  ),
  bad(
    "CWE-252",
    "batch13: privilege drop result of os.setgid never checked in a wrapper that swallows errors",
    src`
import os

def drop_to(uid: int, gid: int) -> None:
    """Drop root before handling client requests."""
    try:
        os.setgid(gid)
        os.setuid(uid)
    except OSError:
        pass
`,
  ),
  bad(
    "CWE-252",
    "batch13: subprocess result ignored before publishing the backup",
    src`
import subprocess

def backup_and_publish(db: str, dest: str) -> None:
    """Dump the database and mark the backup as good."""
    subprocess.run(["pg_dump", "-f", dest, db])
    with open(dest + ".ok", "w") as f:
        f.write("complete\n")
`,
  ),
  good(
    "CWE-252",
    "batch13: subprocess result checked before publishing the backup",
    src`
import subprocess

def backup_and_publish(db: str, dest: str) -> None:
    """Dump the database and mark the backup as good."""
    subprocess.run(["pg_dump", "-f", dest, db], check=True)
    with open(dest + ".ok", "w") as f:
        f.write("complete\n")
`,
  ),
  bad(
    "CWE-215",
    "batch13: Flask app started with the debugger",
    src`
from flask import Flask

app = Flask(__name__)

@app.route("/")
def index():
    return "hello"

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
`,
  ),
  bad(
    "CWE-193",
    "batch13: last page index computed one past the end",
    src`
def page(items: list, number: int, size: int = 20) -> list:
    """Return page 'number' (1-based) of the items."""
    last = len(items) // size + 1
    if number < 1 or number > last:
        raise IndexError("no such page")
    start = (number - 1) * size
    return items[start:start + size]
`,
  ),
  bad(
    "CWE-116",
    "batch13: JSON built by string formatting for the audit API",
    src`
import requests

def audit(user: str, action: str) -> None:
    """Send an audit record to the central log service."""
    body = '{"user": "%s", "action": "%s"}' % (user, action)
    requests.post("https://audit.internal/records", data=body, headers={"Content-Type": "application/json"}, timeout=5)
`,
  ),
  good(
    "CWE-116",
    "batch13: JSON built with json.dumps for the audit API",
    src`
import requests

def audit(user: str, action: str) -> None:
    """Send an audit record to the central log service."""
    requests.post("https://audit.internal/records", json={"user": user, "action": action}, timeout=5)
`,
  ),
  bad(
    "CWE-425",
    "batch13: report files served from a static folder with guessable names",
    src`
from flask import Flask, send_from_directory

app = Flask(__name__)

@app.route("/reports/<int:year>/<int:month>")
def monthly_report(year, month):
    """Monthly payroll report for the finance team."""
    return send_from_directory("/srv/payroll", f"payroll-{year}-{month:02d}.pdf")
`,
  ),
  bad(
    "CWE-385",
    "batch13: token check that returns at the first differing character",
    src`
def token_matches(given: str, expected: str) -> bool:
    """Check the API token sent by a client."""
    if len(given) != len(expected):
        return False
    for a, b in zip(given, expected):
        if a != b:
            return False
    return True
`,
  ),
  bad(
    "CWE-641",
    "batch13: upload stored under the client's name in the shared folder",
    src`
import os
from flask import Flask, request

app = Flask(__name__)

@app.route("/share", methods=["POST"])
def share():
    """Put a file in the team's shared folder."""
    f = request.files["file"]
    f.save(os.path.join("/srv/share", f.filename))
    return "shared"
`,
  ),
  bad(
    "CWE-841",
    "batch13: order shipped without checking that payment completed",
    src`
from flask import Flask, session

app = Flask(__name__)

@app.route("/checkout/ship", methods=["POST"])
def ship():
    """Final checkout step: ship the order in the session (after the payment step)."""
    order = load_order(session["order_id"])
    order.status = "shipped"
    order.save()
    create_shipment(order)
    return "on its way"
`,
  ),
  good(
    "CWE-841",
    "batch13: order shipped only after payment is recorded",
    src`
from flask import Flask, session, abort

app = Flask(__name__)

@app.route("/checkout/ship", methods=["POST"])
def ship():
    """Final checkout step: ship the order in the session (after the payment step)."""
    order = load_order(session["order_id"])
    if order.status != "paid":
        abort(409)
    order.status = "shipped"
    order.save()
    create_shipment(order)
    return "on its way"
`,
  ),
  bad(
    "CWE-1204",
    "batch13: CBC IV built from a timestamp",
    src`
import time
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

def encrypt(key: bytes, data: bytes) -> bytes:
    """Encrypt a message for the archive."""
    iv = str(int(time.time())).zfill(16).encode()
    return iv + AES.new(key, AES.MODE_CBC, iv).encrypt(pad(data, 16))
`,
  ),
  bad(
    "CWE-331",
    "batch13: one-time code of three digits",
    src`
import secrets

def login_code() -> str:
    """Code texted to the user as the second login factor."""
    return f"{secrets.randbelow(1000):03d}"
`,
  ),
  good(
    "CWE-331",
    "batch13: one-time code of eight digits",
    src`
import secrets

def login_code() -> str:
    """Code texted to the user as the second login factor."""
    return f"{secrets.randbelow(10**8):08d}"
`,
  ),
  bad(
    "CWE-330",
    "batch13: password reset token from uuid1",
    src`
import uuid

def reset_token() -> str:
    """Token for the password reset e-mail."""
    return uuid.uuid1().hex
`,
  ),
  bad(
    "CWE-20",
    "batch13: discount percentage taken from the form without bounds",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.route("/cart/discount", methods=["POST"])
def apply_discount():
    """Sales staff apply a discount to a customer's cart."""
    pct = float(request.form["percent"])
    cart = current_cart()
    cart.total = cart.total * (1 - pct / 100)
    cart.save()
    return {"total": cart.total}
`,
  ),
  good(
    "CWE-20",
    "batch13: discount percentage checked against the allowed range",
    src`
import math
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/cart/discount", methods=["POST"])
def apply_discount():
    """Sales staff apply a discount to a customer's cart."""
    pct = float(request.form["percent"])
    if not math.isfinite(pct) or not 0 <= pct <= 30:
        abort(400)
    cart = current_cart()
    cart.total = cart.total * (1 - pct / 100)
    cart.save()
    return {"total": cart.total}
`,
  ),
  bad(
    "CWE-1333",
    "batch13: log line parser with overlapping wildcard groups",
    src`
import re

LINE = re.compile(r"^(.*)*=(.*)*$")

def parse_kv(line: str):
    """Split 'key=value' lines read from client uploads."""
    m = LINE.match(line)
    return m.groups() if m else None
`,
  ),
];
