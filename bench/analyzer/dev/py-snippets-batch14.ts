// Dev suite "py-snippets", batch 14 (see py-snippets.ts): written blind after the batch13 fixes, measured before
// any fix it prompted. The rarer CWEs of a CWE-keyed sample set, in shapes the earlier batches do not have:
// hidden fields on Django and Flask forms, recursion over nested client data, protocols without checksums or
// MACs, answers that tell existing records from missing ones, flags set from outside, UDP replies bigger than
// the request, results nobody looks at, bounds off by one, unguarded admin endpoints, secret comparisons that
// leak timing, and multi-step flows whose steps can be skipped. Fixed twins are what a careful reviewer would
// accept. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH14: DevCase[] = [
  // --- CWE-472 external control of assumed-immutable web parameter ---
  bad(
    "CWE-472",
    "batch14: Django refund pays the amount posted back from a hidden input",
    src`
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .models import Order

@require_POST
def refund(request):
    """Refund an order; the form carries the order id and the amount paid."""
    order = Order.objects.get(pk=request.POST["order_id"], customer=request.user)
    amount = request.POST["refund_amount"]
    payments.refund(order.payment_ref, amount)
    return JsonResponse({"refunded": amount})
`,
  ),
  good(
    "CWE-472",
    "batch14: Django refund pays what the order record says",
    src`
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .models import Order

@require_POST
def refund(request):
    """Refund an order; the form carries the order id."""
    order = Order.objects.get(pk=request.POST["order_id"], customer=request.user)
    payments.refund(order.payment_ref, order.total)
    return JsonResponse({"refunded": str(order.total)})
`,
  ),
  bad(
    "CWE-472",
    "batch14: shipping fee read from the query string of the cart page",
    src`
from flask import Flask, request, session

app = Flask(__name__)

@app.route("/cart/total")
def cart_total():
    """Total due: items plus the shipping fee shown on the cart page."""
    items = sum(line["price"] * line["qty"] for line in session.get("cart", []))
    shipping = float(request.args.get("shipping_fee", "4.99"))
    return {"total": round(items + shipping, 2)}
`,
  ),
  good(
    "CWE-472",
    "batch14: shipping fee looked up by region on the server",
    src`
from flask import Flask, request, session

app = Flask(__name__)
SHIPPING = {"domestic": 4.99, "eu": 9.99, "world": 19.99}

@app.route("/cart/total")
def cart_total():
    """Total due: items plus the shipping fee for the chosen region."""
    items = sum(line["price"] * line["qty"] for line in session.get("cart", []))
    shipping = SHIPPING.get(request.args.get("region", "domestic"), SHIPPING["world"])
    return {"total": round(items + shipping, 2)}
`,
  ),
  // --- CWE-674 uncontrolled recursion ---
  bad(
    "CWE-674",
    "batch14: nested comment thread rendered recursively from posted JSON",
    src`
from flask import Flask, request

app = Flask(__name__)

def render(comment: dict) -> str:
    children = "".join(render(c) for c in comment.get("replies", []))
    return "<li>" + escape_text(comment["text"]) + "<ul>" + children + "</ul></li>"

@app.route("/preview", methods=["POST"])
def preview():
    """Preview a comment thread before it is saved."""
    return "<ul>" + render(request.get_json()) + "</ul>"
`,
  ),
  good(
    "CWE-674",
    "batch14: comment thread rendered with a depth cap",
    src`
from flask import Flask, request, abort

app = Flask(__name__)
MAX_DEPTH = 8

def render(comment: dict, depth: int = 0) -> str:
    if depth > MAX_DEPTH:
        abort(400)
    children = "".join(render(c, depth + 1) for c in comment.get("replies", []))
    return "<li>" + escape_text(comment["text"]) + "<ul>" + children + "</ul></li>"

@app.route("/preview", methods=["POST"])
def preview():
    """Preview a comment thread before it is saved."""
    return "<ul>" + render(request.get_json()) + "</ul>"
`,
  ),
  bad(
    "CWE-674",
    "batch14: bracket parser recursing per level with the recursion limit raised",
    src`
import sys

sys.setrecursionlimit(1_000_000)

def parse_group(text: str, pos: int = 0):
    """Parse a nested group expression such as (a(b)(c(d))) sent by a client."""
    items = []
    while pos < len(text):
        ch = text[pos]
        if ch == "(":
            child, pos = parse_group(text, pos + 1)
            items.append(child)
        elif ch == ")":
            return items, pos + 1
        else:
            items.append(ch)
            pos += 1
    return items, pos
`,
  ),
  good(
    "CWE-674",
    "batch14: bracket parser with an explicit stack",
    src`
MAX_NESTING = 64

def parse_group(text: str):
    """Parse a nested group expression such as (a(b)(c(d))) sent by a client."""
    stack = [[]]
    for ch in text:
        if ch == "(":
            if len(stack) > MAX_NESTING:
                raise ValueError("too deeply nested")
            child = []
            stack[-1].append(child)
            stack.append(child)
        elif ch == ")":
            if len(stack) == 1:
                raise ValueError("unbalanced")
            stack.pop()
        else:
            stack[-1].append(ch)
    return stack[0]
`,
  ),
  // --- CWE-353 missing support for integrity check ---
  bad(
    "CWE-353",
    "batch14: firmware chunks from the serial link written without a checksum",
    src`
import struct

def receive_firmware(port, flash) -> None:
    """Receive firmware over the serial link and write it to flash."""
    while True:
        header = port.read(6)
        offset, length = struct.unpack(">IH", header)
        if length == 0:
            break
        flash.write(offset, port.read(length))
`,
  ),
  good(
    "CWE-353",
    "batch14: firmware chunks carry a CRC32 that is checked before writing",
    src`
import struct
import zlib

def receive_firmware(port, flash) -> None:
    """Receive firmware over the serial link and write it to flash."""
    while True:
        header = port.read(10)
        offset, length, crc = struct.unpack(">IHI", header)
        if length == 0:
            break
        chunk = port.read(length)
        if zlib.crc32(chunk) != crc:
            raise IOError("corrupt chunk at %d" % offset)
        flash.write(offset, chunk)
`,
  ),
  bad(
    "CWE-353",
    "batch14: remember-me cookie encrypted with AES-CBC and no MAC",
    src`
import os
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = load_key()

def seal(data: bytes) -> bytes:
    """Encrypt the remember-me cookie value."""
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    body = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(KEY), modes.CBC(iv)).encryptor()
    return iv + enc.update(body) + enc.finalize()

def unseal(blob: bytes) -> bytes:
    iv, body = blob[:16], blob[16:]
    dec = Cipher(algorithms.AES(KEY), modes.CBC(iv)).decryptor()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(dec.update(body) + dec.finalize()) + unpadder.finalize()
`,
  ),
  good(
    "CWE-353",
    "batch14: remember-me cookie sealed with AES-GCM",
    src`
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = load_key()

def seal(data: bytes) -> bytes:
    """Encrypt and authenticate the remember-me cookie value."""
    nonce = os.urandom(12)
    return nonce + AESGCM(KEY).encrypt(nonce, data, b"remember-me")

def unseal(blob: bytes) -> bytes:
    return AESGCM(KEY).decrypt(blob[:12], blob[12:], b"remember-me")
`,
  ),
  // --- CWE-204 observable response discrepancy ---
  bad(
    "CWE-204",
    "batch14: password-reset request answers 404 for unknown addresses",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/password/forgot", methods=["POST"])
def forgot():
    """Send a reset link to the address given."""
    user = User.query.filter_by(email=request.form["email"]).first()
    if user is None:
        return jsonify(error="no account with that address"), 404
    send_reset_link(user)
    return jsonify(status="reset link sent")
`,
  ),
  good(
    "CWE-204",
    "batch14: password-reset request gives the same answer either way",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/password/forgot", methods=["POST"])
def forgot():
    """Send a reset link to the address given."""
    user = User.query.filter_by(email=request.form["email"]).first()
    if user is not None:
        send_reset_link(user)
    return jsonify(status="if the address is registered, a link is on its way")
`,
  ),
  bad(
    "CWE-204",
    "batch14: document API answers 403 for other tenants' documents and 404 for missing ones",
    src`
from fastapi import FastAPI, HTTPException, Depends

app = FastAPI()

@app.get("/documents/{doc_id}")
def get_document(doc_id: int, user=Depends(current_user)):
    """Fetch a document of the caller's tenant."""
    doc = db.documents.get(doc_id)
    if doc is None:
        raise HTTPException(status_code=404, detail="not found")
    if doc.tenant_id != user.tenant_id:
        raise HTTPException(status_code=403, detail="belongs to another tenant")
    return doc.as_dict()
`,
  ),
  good(
    "CWE-204",
    "batch14: document API answers 404 for missing and foreign documents alike",
    src`
from fastapi import FastAPI, HTTPException, Depends

app = FastAPI()

@app.get("/documents/{doc_id}")
def get_document(doc_id: int, user=Depends(current_user)):
    """Fetch a document of the caller's tenant."""
    doc = db.documents.get(doc_id)
    if doc is None or doc.tenant_id != user.tenant_id:
        raise HTTPException(status_code=404, detail="not found")
    return doc.as_dict()
`,
  ),
  // --- CWE-454 external initialization of trusted variables or data stores ---
  bad(
    "CWE-454",
    "batch14: every query parameter copied onto the settings object",
    src`
from flask import Flask, request

app = Flask(__name__)

class Settings:
    require_login = True
    allow_uploads = False
    theme = "light"

settings = Settings()

@app.before_request
def apply_overrides():
    """Let the page override display settings through the query string."""
    for key, value in request.args.items():
        setattr(settings, key, value)
`,
  ),
  good(
    "CWE-454",
    "batch14: only the theme may be chosen, and per request",
    src`
from flask import Flask, request, g

app = Flask(__name__)
THEMES = {"light", "dark"}

@app.before_request
def apply_overrides():
    """Let the page choose its display theme through the query string."""
    theme = request.args.get("theme", "light")
    g.theme = theme if theme in THEMES else "light"
`,
  ),
  bad(
    "CWE-454",
    "batch14: app TESTING flag switched on from a request header",
    src`
from flask import Flask, request

app = Flask(__name__)

@app.before_request
def maybe_testing():
    """Integration tests send X-Test-Mode to get deterministic output."""
    if request.headers.get("X-Test-Mode") == "1":
        app.config["TESTING"] = True
        app.config["WTF_CSRF_ENABLED"] = False
`,
  ),
  good(
    "CWE-454",
    "batch14: TESTING flag read once from the deployment environment",
    src`
import os
from flask import Flask

app = Flask(__name__)
app.config["TESTING"] = os.environ.get("APP_ENV") == "test"
app.config["WTF_CSRF_ENABLED"] = not app.config["TESTING"]
`,
  ),
  // --- CWE-406 insufficient control of network message volume (amplification) ---
  bad(
    "CWE-406",
    "batch14: asyncio UDP stats service sends the whole table to any sender",
    src`
import asyncio
import json

class StatsProtocol(asyncio.DatagramProtocol):
    """Answers 'stats?' probes from monitoring hosts."""

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        if data.strip() == b"stats?":
            self.transport.sendto(json.dumps(collect_all_counters()).encode(), addr)
`,
  ),
  good(
    "CWE-406",
    "batch14: asyncio UDP stats service answers known monitors only",
    src`
import asyncio
import json

MONITORS = {"10.0.5.10", "10.0.5.11"}

class StatsProtocol(asyncio.DatagramProtocol):
    """Answers 'stats?' probes from monitoring hosts."""

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        if addr[0] not in MONITORS:
            return
        if data.strip() == b"stats?":
            self.transport.sendto(json.dumps(collect_all_counters()).encode(), addr)
`,
  ),
  // --- CWE-252 unchecked return value ---
  bad(
    "CWE-252",
    "batch14: backup mount removed after an umount whose status is ignored",
    src`
import os
import shutil

def retire_backup_volume(mount_point: str) -> None:
    """Unmount the old backup volume and delete the empty mount point."""
    os.system("umount " + shlex_quote(mount_point))
    shutil.rmtree(mount_point)
`,
  ),
  good(
    "CWE-252",
    "batch14: mount point removed only after umount succeeded",
    src`
import os
import subprocess

def retire_backup_volume(mount_point: str) -> None:
    """Unmount the old backup volume and delete the empty mount point."""
    subprocess.run(["umount", mount_point], check=True)
    os.rmdir(mount_point)
`,
  ),
  bad(
    "CWE-252",
    "batch14: non-blocking lock acquire whose result is dropped",
    src`
import threading

ledger_lock = threading.Lock()

def post_entry(ledger: list, entry: dict) -> None:
    """Append an entry to the shared ledger."""
    ledger_lock.acquire(blocking=False)
    try:
        ledger.append(entry)
    finally:
        ledger_lock.release()
`,
  ),
  good(
    "CWE-252",
    "batch14: lock acquired with a timeout that is checked",
    src`
import threading

ledger_lock = threading.Lock()

def post_entry(ledger: list, entry: dict) -> None:
    """Append an entry to the shared ledger."""
    if not ledger_lock.acquire(timeout=5):
        raise TimeoutError("ledger busy")
    try:
        ledger.append(entry)
    finally:
        ledger_lock.release()
`,
  ),
  bad(
    "CWE-252",
    "batch14: package signature checked with subprocess.call and the result ignored",
    src`
import subprocess

def install_update(package: str, signature: str) -> None:
    """Verify the update's detached signature, then install it."""
    subprocess.call(["gpg", "--verify", signature, package])
    subprocess.check_call(["dpkg", "-i", package])
`,
  ),
  good(
    "CWE-252",
    "batch14: signature verification must succeed before installing",
    src`
import subprocess

def install_update(package: str, signature: str) -> None:
    """Verify the update's detached signature, then install it."""
    if subprocess.call(["gpg", "--verify", signature, package]) != 0:
        raise RuntimeError("bad signature on " + package)
    subprocess.check_call(["dpkg", "-i", package])
`,
  ),
  // --- CWE-193 off-by-one ---
  bad(
    "CWE-193",
    "batch14: slot lookup accepts index equal to the length",
    src`
class SlotTable:
    """Fixed table of worker slots addressed by index from the control socket."""

    def __init__(self, size: int):
        self.slots = [None] * size

    def assign(self, index: int, worker) -> None:
        if index < 0 or index > len(self.slots):
            raise IndexError("no such slot")
        self.slots[index] = worker
`,
  ),
  good(
    "CWE-193",
    "batch14: slot lookup rejects index equal to the length",
    src`
class SlotTable:
    """Fixed table of worker slots addressed by index from the control socket."""

    def __init__(self, size: int):
        self.slots = [None] * size

    def assign(self, index: int, worker) -> None:
        if index < 0 or index >= len(self.slots):
            raise IndexError("no such slot")
        self.slots[index] = worker
`,
  ),
  bad(
    "CWE-193",
    "batch14: page slice returns one record past the page",
    src`
def page(records: list, number: int, size: int = 20) -> list:
    """Records of the given page (page numbers start at 0)."""
    start = number * size
    return records[start:start + size + 1]
`,
  ),
  good(
    "CWE-193",
    "batch14: page slice ends at the page boundary",
    src`
def page(records: list, number: int, size: int = 20) -> list:
    """Records of the given page (page numbers start at 0)."""
    start = number * size
    return records[start:start + size]
`,
  ),
  // --- CWE-425 direct request (forced browsing) ---
  bad(
    "CWE-425",
    "batch14: Django user export view missing the staff decorator its neighbours have",
    src`
import csv
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse
from django.contrib.auth.models import User

@staff_member_required
def user_list(request):
    return render(request, "staff/users.html", {"users": User.objects.all()})

def export_users(request):
    """CSV of every account, linked from the staff user list."""
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    for u in User.objects.all():
        writer.writerow([u.username, u.email, u.last_login])
    return response
`,
  ),
  good(
    "CWE-425",
    "batch14: Django user export view is staff-only too",
    src`
import csv
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse
from django.contrib.auth.models import User

@staff_member_required
def user_list(request):
    return render(request, "staff/users.html", {"users": User.objects.all()})

@staff_member_required
def export_users(request):
    """CSV of every account, linked from the staff user list."""
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    for u in User.objects.all():
        writer.writerow([u.username, u.email, u.last_login])
    return response
`,
  ),
  bad(
    "CWE-425",
    "batch14: FastAPI internal dump endpoint with no auth dependency",
    src`
from fastapi import FastAPI, Depends

app = FastAPI()

@app.get("/admin/users", dependencies=[Depends(require_admin)])
def list_users():
    return db.users.all()

@app.get("/admin/db-dump")
def dump_database():
    """Full database dump for the admin console's backup button."""
    return {"tables": {name: db.table(name).all() for name in db.tables()}}
`,
  ),
  good(
    "CWE-425",
    "batch14: FastAPI dump endpoint behind the admin dependency",
    src`
from fastapi import FastAPI, Depends

app = FastAPI()

@app.get("/admin/users", dependencies=[Depends(require_admin)])
def list_users():
    return db.users.all()

@app.get("/admin/db-dump", dependencies=[Depends(require_admin)])
def dump_database():
    """Full database dump for the admin console's backup button."""
    return {"tables": {name: db.table(name).all() for name in db.tables()}}
`,
  ),
  // --- CWE-385 covert timing channel ---
  bad(
    "CWE-385",
    "batch14: webhook secret header compared with !=",
    src`
import os
from flask import Flask, request, abort

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"]

@app.route("/hooks/deploy", methods=["POST"])
def deploy_hook():
    """Trigger a deploy when the CI server calls with the shared secret."""
    if request.headers.get("X-Hook-Secret", "") != WEBHOOK_SECRET:
        abort(403)
    start_deploy(request.get_json())
    return "", 204
`,
  ),
  good(
    "CWE-385",
    "batch14: webhook secret header compared in constant time",
    src`
import hmac
import os
from flask import Flask, request, abort

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"]

@app.route("/hooks/deploy", methods=["POST"])
def deploy_hook():
    """Trigger a deploy when the CI server calls with the shared secret."""
    if not hmac.compare_digest(request.headers.get("X-Hook-Secret", ""), WEBHOOK_SECRET):
        abort(403)
    start_deploy(request.get_json())
    return "", 204
`,
  ),
  bad(
    "CWE-385",
    "batch14: one-time code checked digit by digit with an early return",
    src`
def code_matches(expected: str, given: str) -> bool:
    """Compare the one-time code the user typed with the one we sent."""
    if len(expected) != len(given):
        return False
    for a, b in zip(expected, given):
        if a != b:
            return False
    return True
`,
  ),
  good(
    "CWE-385",
    "batch14: one-time code compared with secrets.compare_digest",
    src`
import secrets

def code_matches(expected: str, given: str) -> bool:
    """Compare the one-time code the user typed with the one we sent."""
    return secrets.compare_digest(expected.encode(), given.encode())
`,
  ),
  // --- CWE-841 improper enforcement of behavioral workflow ---
  bad(
    "CWE-841",
    "batch14: new password accepted for the user named at step one, before the emailed code is checked",
    src`
from flask import Flask, request, session

app = Flask(__name__)

@app.route("/reset/start", methods=["POST"])
def reset_start():
    user = find_user(request.form["username"])
    session["reset_user"] = user.id
    email_code(user)
    return "code sent"

@app.route("/reset/verify", methods=["POST"])
def reset_verify():
    if request.form["code"] == pending_code(session["reset_user"]):
        session["reset_verified"] = True
        return "verified"
    return "wrong code", 400

@app.route("/reset/password", methods=["POST"])
def reset_password():
    set_password(session["reset_user"], request.form["password"])
    return "password changed"
`,
  ),
  good(
    "CWE-841",
    "batch14: new password accepted only after the code step marked the session",
    src`
import hmac
from flask import Flask, request, session, abort

app = Flask(__name__)

@app.route("/reset/start", methods=["POST"])
def reset_start():
    user = find_user(request.form["username"])
    session["reset_user"] = user.id
    session["reset_verified"] = False
    email_code(user)
    return "code sent"

@app.route("/reset/verify", methods=["POST"])
def reset_verify():
    if hmac.compare_digest(request.form["code"], pending_code(session["reset_user"])):
        session["reset_verified"] = True
        return "verified"
    return "wrong code", 400

@app.route("/reset/password", methods=["POST"])
def reset_password():
    if not session.pop("reset_verified", False):
        abort(403)
    set_password(session.pop("reset_user"), request.form["password"])
    return "password changed"
`,
  ),
  // --- a few more rare ones ---
  bad(
    "CWE-605",
    "batch14: listener sets SO_REUSEPORT so a second process can bind the same port",
    src`
import socket

def open_listener(port: int) -> socket.socket:
    """Listening socket for the license service."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    s.bind(("0.0.0.0", port))
    s.listen(16)
    return s
`,
  ),
  good(
    "CWE-605",
    "batch14: listener binds its port exclusively",
    src`
import socket

def open_listener(port: int) -> socket.socket:
    """Listening socket for the license service."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", port))
    s.listen(16)
    return s
`,
  ),
  bad(
    "CWE-595",
    "batch14: API token compared to the stored one with is",
    src`
def token_valid(presented: str, stored: str) -> bool:
    """Whether the presented API token is the one on file."""
    return presented is stored
`,
  ),
  good(
    "CWE-595",
    "batch14: None check with is and token comparison with compare_digest",
    src`
import hmac

def token_valid(presented: str, stored: str) -> bool:
    """Whether the presented API token is the one on file."""
    if presented is None or stored is None:
        return False
    return hmac.compare_digest(presented, stored)
`,
  ),
  bad(
    "CWE-1204",
    "batch14: AES-CBC with an all-zero IV constant",
    src`
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

ZERO_IV = bytes(16)

def encrypt_record(key: bytes, record: bytes) -> bytes:
    """Encrypt a customer record for the archive."""
    return AES.new(key, AES.MODE_CBC, iv=ZERO_IV).encrypt(pad(record, 16))
`,
  ),
  good(
    "CWE-1204",
    "batch14: AES-CBC with a random IV stored in front",
    src`
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

def encrypt_record(key: bytes, record: bytes) -> bytes:
    """Encrypt a customer record for the archive."""
    iv = get_random_bytes(16)
    return iv + AES.new(key, AES.MODE_CBC, iv=iv).encrypt(pad(record, 16))
`,
  ),
  bad(
    "CWE-329",
    "batch14: CBC IV derived from the record id",
    src`
import hashlib
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

def encrypt_note(key: bytes, note_id: int, text: str) -> bytes:
    """Encrypt a note; the IV is derived so it need not be stored."""
    iv = hashlib.md5(str(note_id).encode()).digest()
    return AES.new(key, AES.MODE_CBC, iv).encrypt(pad(text.encode(), 16))
`,
  ),
  bad(
    "CWE-339",
    "batch14: token generator seeded from the process id",
    src`
import os
import random

rng = random.Random(os.getpid())

def invite_code() -> str:
    """Code emailed to invite a new team member."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
`,
  ),
  good(
    "CWE-339",
    "batch14: invite code from the secrets module",
    src`
import secrets

def invite_code() -> str:
    """Code emailed to invite a new team member."""
    return "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
`,
  ),
  bad(
    "CWE-331",
    "batch14: session id from uuid1 (clock and MAC address)",
    src`
import uuid

def new_session_id() -> str:
    """Identifier for a freshly logged-in session."""
    return uuid.uuid1().hex
`,
  ),
  good(
    "CWE-331",
    "batch14: session id from token_urlsafe",
    src`
import secrets

def new_session_id() -> str:
    """Identifier for a freshly logged-in session."""
    return secrets.token_urlsafe(32)
`,
  ),
  bad(
    "CWE-941",
    "batch14: UDP relay forwards to the host and port named inside the packet",
    src`
import socket

def relay_forever(sock: socket.socket) -> None:
    """Relay telemetry packets; each begins with 'host:port|'."""
    while True:
        data, _ = sock.recvfrom(4096)
        target, _, payload = data.partition(b"|")
        host, port = target.decode().split(":")
        sock.sendto(payload, (host, int(port)))
`,
  ),
  good(
    "CWE-941",
    "batch14: UDP relay forwards to a configured collector only",
    src`
import socket

COLLECTOR = ("10.0.9.2", 8125)

def relay_forever(sock: socket.socket) -> None:
    """Relay telemetry packets to the collector."""
    while True:
        data, _ = sock.recvfrom(4096)
        sock.sendto(data, COLLECTOR)
`,
  ),
  bad(
    "CWE-283",
    "batch14: share link deleted by id without checking who created it",
    src`
from flask import Flask, request
from flask_login import login_required, current_user

app = Flask(__name__)

@app.route("/shares/<int:share_id>", methods=["DELETE"])
@login_required
def delete_share(share_id):
    """Revoke a share link the user created."""
    ShareLink.query.filter_by(id=share_id).delete()
    db.session.commit()
    return "", 204
`,
  ),
  good(
    "CWE-283",
    "batch14: share link deleted only by its creator",
    src`
from flask import Flask, request
from flask_login import login_required, current_user

app = Flask(__name__)

@app.route("/shares/<int:share_id>", methods=["DELETE"])
@login_required
def delete_share(share_id):
    """Revoke a share link the user created."""
    ShareLink.query.filter_by(id=share_id, owner_id=current_user.id).delete()
    db.session.commit()
    return "", 204
`,
  ),
];
