// Dev suite "py-snippets", batch 40 (see py-snippets.ts): written blind, measured before any fix it prompted. The
// style of a CWE-indexed collection of insecure Python examples: a docstring or task line, then the completion a
// code model writes when the natural answer is insecure, each beside a fixed twin where one exists. The CWEs were
// chosen by counting the suite: those with the fewest cases (missing encryption, seeds, unintended proxy, host
// mismatch, default permissions, unbounded allocation, channel destination, timing channels, duplicate keys, DTDs,
// multiple binds, file names, cleartext storage, temp directories, HttpOnly, authorisation, output encoding, DoS,
// workflow, reference comparison, external initialisation, weak IVs, privileges, salts, entity expansion, exposure,
// weak password rules, LDAP, input validation). Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH40: DevCase[] = [
  // ---------------- CWE-311 missing encryption of sensitive data ----------------
  bad(
    "CWE-311",
    "batch40: save_payment_method writes the card number and CVV to a JSON file as they are",
    src`
import json


def save_payment_method(user_id: int, card_number: str, cvv: str) -> None:
    """Persist the user's card details so they can be reused at checkout."""
    record = {"user": user_id, "card": card_number, "cvv": cvv}
    with open("/var/app/cards/%d.json" % user_id, "w") as fh:
        json.dump(record, fh)
`,
  ),
  good(
    "CWE-311",
    "batch40: save_payment_method encrypts the card record with Fernet before writing it",
    src`
import json
import os

from cryptography.fernet import Fernet

_fernet = Fernet(os.environ["CARD_VAULT_KEY"])


def save_payment_method(user_id: int, card_number: str, cvv: str) -> None:
    """Persist the user's card details so they can be reused at checkout."""
    record = json.dumps({"user": user_id, "card": card_number}).encode()
    with open("/var/app/cards/%d.bin" % user_id, "wb") as fh:
        fh.write(_fernet.encrypt(record))
`,
  ),
  bad(
    "CWE-311",
    "batch40: send_credentials writes user name and password over a plain TCP socket",
    src`
import socket


def send_credentials(host, username, password):
    """Send login credentials to the authentication server on port 9000."""
    s = socket.create_connection((host, 9000))
    s.sendall(f"{username}:{password}\n".encode())
    reply = s.recv(1024)
    s.close()
    return reply == b"OK"
`,
  ),
  good(
    "CWE-311",
    "batch40: send_credentials wraps the socket in a verified TLS context first",
    src`
import socket
import ssl


def send_credentials(host, username, password):
    """Send login credentials to the authentication server on port 9000."""
    ctx = ssl.create_default_context()
    raw = socket.create_connection((host, 9000))
    s = ctx.wrap_socket(raw, server_hostname=host)
    s.sendall(f"{username}:{password}\n".encode())
    reply = s.recv(1024)
    s.close()
    return reply == b"OK"
`,
  ),
  bad(
    "CWE-311",
    "batch40: upload_payroll sends the payroll export over plain FTP",
    src`
import os
from ftplib import FTP


def upload_payroll(path):
    """Upload the monthly payroll export to the accountant's server."""
    ftp = FTP("files.accounting.example")
    ftp.login("payroll", os.environ["FTP_PASS"])
    with open(path, "rb") as fh:
        ftp.storbinary("STOR payroll.csv", fh)
    ftp.quit()
`,
  ),
  good(
    "CWE-311",
    "batch40: upload_payroll uses FTP_TLS and protects the data channel",
    src`
import os
from ftplib import FTP_TLS


def upload_payroll(path):
    """Upload the monthly payroll export to the accountant's server."""
    ftp = FTP_TLS("files.accounting.example")
    ftp.login("payroll", os.environ["FTP_PASS"])
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary("STOR payroll.csv", fh)
    ftp.quit()
`,
  ),
  bad(
    "CWE-311",
    "batch40: generate_signing_key serialises the private key with NoEncryption",
    src`
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def generate_signing_key(path):
    """Generate an RSA key for signing release artefacts and save it to disk."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )
    with open(path, "wb") as fh:
        fh.write(pem)
`,
  ),
  good(
    "CWE-311",
    "batch40: generate_signing_key protects the private key with a passphrase from the environment",
    src`
import os

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def generate_signing_key(path):
    """Generate an RSA key for signing release artefacts and save it to disk."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    passphrase = os.environ["SIGNING_KEY_PASSPHRASE"].encode()
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    with open(path, "wb") as fh:
        fh.write(pem)
`,
  ),
  bad(
    "CWE-311",
    "batch40: paramiko key generator writes the new private key file without a password",
    src`
import paramiko


def create_deploy_key(path):
    """Create an SSH key pair for the deploy bot and return the public half."""
    key = paramiko.RSAKey.generate(4096)
    key.write_private_key_file(path)
    return f"ssh-rsa {key.get_base64()} deploy-bot"
`,
  ),
  bad(
    "CWE-311",
    "batch40: backup_database dumps the customer database to a shared bucket without encrypting it",
    src`
import subprocess

import boto3


def backup_database():
    """Dump the customers database and upload it to the backup bucket."""
    dump = subprocess.run(["pg_dump", "customers"], capture_output=True, check=True).stdout
    s3 = boto3.client("s3")
    s3.put_object(Bucket="acme-backups", Key="customers.sql", Body=dump)
`,
  ),

  // ---------------- CWE-335 incorrect usage of seeds in PRNG ----------------
  bad(
    "CWE-335",
    "batch40: reset_token seeds random with the current second before drawing the token",
    src`
import random
import string
import time


def reset_token():
    """Generate a password reset token."""
    random.seed(int(time.time()))
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(32))
`,
  ),
  good(
    "CWE-335",
    "batch40: reset_token draws from secrets",
    src`
import secrets


def reset_token():
    """Generate a password reset token."""
    return secrets.token_urlsafe(32)
`,
  ),
  bad(
    "CWE-335",
    "batch40: session ids come from a Random seeded with the process id",
    src`
import os
import random

_rng = random.Random(os.getpid())


def new_session_id():
    """Return a new session identifier."""
    return "%032x" % _rng.getrandbits(128)
`,
  ),
  good(
    "CWE-335",
    "batch40: session ids come from SystemRandom",
    src`
import random

_rng = random.SystemRandom()


def new_session_id():
    """Return a new session identifier."""
    return "%032x" % _rng.getrandbits(128)
`,
  ),
  bad(
    "CWE-335",
    "batch40: one-time code generator seeds its Random with the user id",
    src`
import random


def generate_otp(user_id: int) -> str:
    """Generate a 6 digit one-time login code for the user."""
    rng = random.Random(user_id)
    return "".join(str(rng.randint(0, 9)) for _ in range(6))
`,
  ),
  bad(
    "CWE-335",
    "batch40: API keys drawn from numpy after a fixed seed",
    src`
import numpy as np

np.random.seed(1234)


def make_api_key():
    """Create a new API key for a customer."""
    return np.random.bytes(24).hex()
`,
  ),
  bad(
    "CWE-335",
    "batch40: salt generator seeds random with a hash of the user name",
    src`
import hashlib
import random


def make_salt(username):
    """Create a random salt for hashing the user's password."""
    random.seed(hashlib.sha256(username.encode()).digest())
    return bytes(random.getrandbits(8) for _ in range(16))
`,
  ),
  good(
    "CWE-335",
    "batch40: fixed seed used only to shuffle a training data set reproducibly",
    src`
import random


def split_dataset(rows, ratio=0.8):
    """Shuffle the labelled rows reproducibly and split them into train and test sets."""
    rng = random.Random(42)
    rows = list(rows)
    rng.shuffle(rows)
    cut = int(len(rows) * ratio)
    return rows[:cut], rows[cut:]
`,
  ),
  good(
    "CWE-335",
    "batch40: numpy Generator seeded for a reproducible Monte Carlo simulation",
    src`
import numpy as np


def simulate_queue(seed: int, n: int = 10000) -> float:
    """Estimate the mean waiting time of an M/M/1 queue by simulation."""
    rng = np.random.default_rng(seed)
    arrivals = rng.exponential(1.0, n)
    service = rng.exponential(0.8, n)
    wait = 0.0
    total = 0.0
    for a, s in zip(arrivals, service):
        wait = max(0.0, wait + s - a)
        total += wait
    return total / n
`,
  ),

  // ---------------- CWE-441 unintended proxy or intermediary ----------------
  bad(
    "CWE-441",
    "batch40: forward endpoint relays the request to a caller-chosen host with the service's API key",
    src`
import os

import requests
from flask import Flask, Response, request

app = Flask(__name__)
SERVICE_KEY = os.environ["PARTNER_API_KEY"]


@app.route("/forward")
def forward():
    """Forward the client's query to the partner API and return its answer."""
    target = request.args["target"]
    upstream = requests.get(target, headers={"X-Api-Key": SERVICE_KEY}, timeout=10)
    return Response(upstream.content, status=upstream.status_code)
`,
  ),
  good(
    "CWE-441",
    "batch40: forward endpoint only relays paths of the fixed partner API",
    src`
import os
from urllib.parse import quote

import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)
SERVICE_KEY = os.environ["PARTNER_API_KEY"]
PARTNER = "https://api.partner.example/v1/"
ALLOWED = {"rates", "status", "holidays"}


@app.route("/forward")
def forward():
    """Forward the client's query to the partner API and return its answer."""
    resource = request.args["resource"]
    if resource not in ALLOWED:
        abort(400)
    upstream = requests.get(PARTNER + quote(resource), headers={"X-Api-Key": SERVICE_KEY}, timeout=10)
    return Response(upstream.content, status=upstream.status_code)
`,
  ),
  bad(
    "CWE-441",
    "batch40: contact endpoint sends mail through the company relay to any recipient the form names",
    src`
import smtplib
from email.message import EmailMessage

from flask import Flask, request

app = Flask(__name__)


@app.route("/share", methods=["POST"])
def share():
    """Let a visitor share an article with a friend by email."""
    msg = EmailMessage()
    msg["From"] = request.form["from"]
    msg["To"] = request.form["to"]
    msg["Subject"] = request.form["subject"]
    msg.set_content(request.form["body"])
    with smtplib.SMTP("mail.internal.example") as relay:
        relay.send_message(msg)
    return "sent"
`,
  ),
  good(
    "CWE-441",
    "batch40: contact endpoint always mails the support address from a fixed sender",
    src`
import smtplib
from email.message import EmailMessage

from flask import Flask, request

app = Flask(__name__)


@app.route("/contact", methods=["POST"])
def contact():
    """Send the visitor's message to the support team."""
    msg = EmailMessage()
    msg["From"] = "noreply@example.com"
    msg["To"] = "support@example.com"
    msg["Subject"] = "Contact form"
    msg.set_content(request.form["body"][:5000])
    with smtplib.SMTP("mail.internal.example") as relay:
        relay.send_message(msg)
    return "sent"
`,
  ),
  bad(
    "CWE-441",
    "batch40: TCP relay connects to whatever host and port the client names in its first line",
    src`
import socket
import threading


def pipe(src, dst):
    while True:
        data = src.recv(4096)
        if not data:
            break
        dst.sendall(data)


def handle(client):
    """Relay the client's connection to the destination it asks for."""
    line = client.recv(256).decode().strip()
    host, port = line.split(":")
    upstream = socket.create_connection((host, int(port)))
    threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
    pipe(upstream, client)


def serve():
    srv = socket.socket()
    srv.bind(("0.0.0.0", 1080))
    srv.listen()
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()
`,
  ),
  good(
    "CWE-441",
    "batch40: TCP relay always connects to the one configured backend",
    src`
import socket
import threading

BACKEND = ("10.0.0.5", 5432)


def pipe(src, dst):
    while True:
        data = src.recv(4096)
        if not data:
            break
        dst.sendall(data)


def handle(client):
    """Relay the client's connection to the database backend."""
    upstream = socket.create_connection(BACKEND)
    threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
    pipe(upstream, client)


def serve():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 6432))
    srv.listen()
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()
`,
  ),
  bad(
    "CWE-441",
    "batch40: django view proxies a caller-chosen path to the internal admin API with the service token",
    src`
import requests
from django.conf import settings
from django.http import HttpResponse


def internal_proxy(request):
    """Proxy read requests from the dashboard to the internal API."""
    path = request.GET.get("path", "")
    url = settings.INTERNAL_API + path
    resp = requests.get(url, headers={"Authorization": "Bearer " + settings.SERVICE_TOKEN}, timeout=5)
    return HttpResponse(resp.content, status=resp.status_code)
`,
  ),

  // ---------------- CWE-297 certificate with host mismatch ----------------
  bad(
    "CWE-297",
    "batch40: fetch_status builds a context that checks the chain but not the host name",
    src`
import socket
import ssl


def fetch_status(host):
    """Connect to the monitoring endpoint over TLS and read its status line."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    with socket.create_connection((host, 8443)) as raw:
        with ctx.wrap_socket(raw) as s:
            s.sendall(b"STATUS\n")
            return s.recv(256).decode()
`,
  ),
  good(
    "CWE-297",
    "batch40: fetch_status keeps host name checking and passes server_hostname",
    src`
import socket
import ssl


def fetch_status(host):
    """Connect to the monitoring endpoint over TLS and read its status line."""
    ctx = ssl.create_default_context()
    with socket.create_connection((host, 8443)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            s.sendall(b"STATUS\n")
            return s.recv(256).decode()
`,
  ),
  bad(
    "CWE-297",
    "batch40: requests adapter turns off assert_hostname for the internal CA",
    src`
import requests
from requests.adapters import HTTPAdapter


class InternalCAAdapter(HTTPAdapter):
    """Adapter for services whose certificates are issued for their IP address."""

    def init_poolmanager(self, *args, **kwargs):
        kwargs["assert_hostname"] = False
        super().init_poolmanager(*args, **kwargs)


def get_inventory(base_url):
    session = requests.Session()
    session.mount("https://", InternalCAAdapter())
    return session.get(base_url + "/inventory", verify="/etc/ssl/internal-ca.pem", timeout=10).json()
`,
  ),
  good(
    "CWE-297",
    "batch40: requests session trusts the internal CA bundle with normal host checking",
    src`
import requests


def get_inventory(base_url):
    """Read the inventory from an internal service signed by the company CA."""
    session = requests.Session()
    return session.get(base_url + "/inventory", verify="/etc/ssl/internal-ca.pem", timeout=10).json()
`,
  ),
  bad(
    "CWE-297",
    "batch40: urllib3 pool requires a certificate but does not assert the host name",
    src`
import urllib3


def download_report(url):
    """Download the nightly report from the reporting server."""
    http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca-certificates.crt", assert_hostname=False)
    resp = http.request("GET", url)
    return resp.data
`,
  ),
  good(
    "CWE-297",
    "batch40: urllib3 pool requires a certificate against the certifi bundle",
    src`
import certifi
import urllib3


def download_report(url):
    """Download the nightly report from the reporting server."""
    http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())
    resp = http.request("GET", url)
    return resp.data
`,
  ),
  bad(
    "CWE-297",
    "batch40: HTTPSConnection given a context with check_hostname turned off",
    src`
import http.client
import json
import ssl


def get_config(host):
    """Fetch the JSON configuration from the config server."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations("/etc/app/ca.pem")
    ctx.check_hostname = False
    conn = http.client.HTTPSConnection(host, 443, context=ctx)
    conn.request("GET", "/config.json")
    return json.loads(conn.getresponse().read())
`,
  ),
  good(
    "CWE-297",
    "batch40: HTTPSConnection given a client context with its own CA and host checking on",
    src`
import http.client
import json
import ssl


def get_config(host):
    """Fetch the JSON configuration from the config server."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations("/etc/app/ca.pem")
    conn = http.client.HTTPSConnection(host, 443, context=ctx)
    conn.request("GET", "/config.json")
    return json.loads(conn.getresponse().read())
`,
  ),
  bad(
    "CWE-297",
    "batch40: aiohttp connector built on a context without host name checking",
    src`
import ssl

import aiohttp


async def fetch_metrics(url):
    """Fetch metrics from the exporter over HTTPS."""
    ctx = ssl.create_default_context(cafile="/etc/ssl/exporter-ca.pem")
    ctx.check_hostname = False
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=ctx)) as session:
        async with session.get(url) as resp:
            return await resp.text()
`,
  ),
  bad(
    "CWE-297",
    "batch40: ldap3 Tls validates the chain but the server name is never checked",
    src`
import ssl

from ldap3 import Connection, Server, Tls


def ldap_connect(host, bind_dn, password):
    """Open an LDAPS connection to the directory."""
    ctx = ssl.create_default_context(cafile="/etc/ldap/ca.pem")
    ctx.check_hostname = False
    tls = Tls(ssl_context=ctx)
    server = Server(host, port=636, use_ssl=True, tls=tls)
    return Connection(server, user=bind_dn, password=password, auto_bind=True)
`,
  ),

  // ---------------- CWE-276 incorrect default permissions ----------------
  bad(
    "CWE-276",
    "batch40: init_storage creates the data directory world writable",
    src`
import os


def init_storage(base):
    """Create the directory tree the application stores its data in."""
    for sub in ("uploads", "cache", "keys"):
        os.makedirs(os.path.join(base, sub), mode=0o777, exist_ok=True)
`,
  ),
  good(
    "CWE-276",
    "batch40: init_storage creates the data directories owner only",
    src`
import os


def init_storage(base):
    """Create the directory tree the application stores its data in."""
    for sub in ("uploads", "cache", "keys"):
        os.makedirs(os.path.join(base, sub), mode=0o700, exist_ok=True)
`,
  ),
  bad(
    "CWE-276",
    "batch40: daemon clears the umask before writing its files",
    src`
import os


def daemonize(pidfile):
    """Detach from the terminal and record the pid."""
    if os.fork() > 0:
        os._exit(0)
    os.setsid()
    os.umask(0)
    os.chdir("/")
    with open(pidfile, "w") as fh:
        fh.write(str(os.getpid()))
`,
  ),
  good(
    "CWE-276",
    "batch40: daemon sets a restrictive umask before writing its files",
    src`
import os


def daemonize(pidfile):
    """Detach from the terminal and record the pid."""
    if os.fork() > 0:
        os._exit(0)
    os.setsid()
    os.umask(0o027)
    os.chdir("/")
    with open(pidfile, "w") as fh:
        fh.write(str(os.getpid()))
`,
  ),
  bad(
    "CWE-276",
    "batch40: credentials file created with os.open mode 0o666",
    src`
import json
import os


def write_credentials(path, creds):
    """Write the service account credentials to path."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    with os.fdopen(fd, "w") as fh:
        json.dump(creds, fh)
`,
  ),
  good(
    "CWE-276",
    "batch40: credentials file created with os.open mode 0o600",
    src`
import json
import os


def write_credentials(path, creds):
    """Write the service account credentials to path."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(creds, fh)
`,
  ),
  bad(
    "CWE-276",
    "batch40: token cache touched with mode 0o666 through pathlib",
    src`
from pathlib import Path


def token_cache() -> Path:
    """Return the path of the OAuth token cache, creating it if needed."""
    cache = Path.home() / ".config" / "mytool" / "tokens.json"
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.touch(mode=0o666, exist_ok=True)
    return cache
`,
  ),
  good(
    "CWE-276",
    "batch40: token cache touched with mode 0o600 through pathlib",
    src`
from pathlib import Path


def token_cache() -> Path:
    """Return the path of the OAuth token cache, creating it if needed."""
    cache = Path.home() / ".config" / "mytool" / "tokens.json"
    cache.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    cache.touch(mode=0o600, exist_ok=True)
    return cache
`,
  ),
  bad(
    "CWE-276",
    "batch40: installer gives the install directory rwx for everyone with stat flags",
    src`
import os
import shutil
import stat

INSTALL_DIR = "/opt/acme-agent"


def install(bundle_dir):
    """Copy the agent into place and make it runnable."""
    shutil.copytree(bundle_dir, INSTALL_DIR, dirs_exist_ok=True)
    os.chmod(INSTALL_DIR, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
`,
  ),
  bad(
    "CWE-276",
    "batch40: pathlib mkdir of the shared spool with mode 0o777",
    src`
from pathlib import Path

SPOOL = Path("/var/spool/reports")


def ensure_spool():
    """Create the spool directory the report jobs write into."""
    SPOOL.mkdir(mode=0o777, parents=True, exist_ok=True)
    return SPOOL
`,
  ),

  // ---------------- CWE-770 allocation without limits ----------------
  bad(
    "CWE-770",
    "batch40: padding endpoint allocates a string as long as the caller asks",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/pad")
def pad():
    """Return the text left padded to the requested width."""
    width = int(request.args.get("width", "80"))
    text = request.args.get("text", "")
    return " " * (width - len(text)) + text
`,
  ),
  good(
    "CWE-770",
    "batch40: padding endpoint caps the requested width",
    src`
from flask import Flask, abort, request

app = Flask(__name__)
MAX_WIDTH = 1024


@app.route("/pad")
def pad():
    """Return the text left padded to the requested width."""
    width = int(request.args.get("width", "80"))
    if width < 0 or width > MAX_WIDTH:
        abort(400)
    text = request.args.get("text", "")[:MAX_WIDTH]
    return " " * (width - len(text)) + text
`,
  ),
  bad(
    "CWE-770",
    "batch40: server starts one thread per accepted connection without a bound",
    src`
import socket
import threading


def handle(conn):
    with conn:
        data = conn.recv(1024)
        conn.sendall(data.upper())


def serve(port=7000):
    """Accept clients forever and handle each in its own thread."""
    srv = socket.socket()
    srv.bind(("0.0.0.0", port))
    srv.listen()
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn,)).start()
`,
  ),
  good(
    "CWE-770",
    "batch40: server hands connections to a fixed-size thread pool",
    src`
import socket
from concurrent.futures import ThreadPoolExecutor


def handle(conn):
    with conn:
        data = conn.recv(1024)
        conn.sendall(data.upper())


def serve(port=7000):
    """Accept clients forever and handle them on a bounded pool."""
    srv = socket.socket()
    srv.bind(("0.0.0.0", port))
    srv.listen(64)
    with ThreadPoolExecutor(max_workers=32) as pool:
        while True:
            conn, _ = srv.accept()
            pool.submit(handle, conn)
`,
  ),
  bad(
    "CWE-770",
    "batch40: message reader allocates a buffer of the length the peer announces",
    src`
import struct


def read_message(sock):
    """Read one length-prefixed message from the socket."""
    (length,) = struct.unpack("!I", sock.recv(4))
    buf = bytearray(length)
    view = memoryview(buf)
    got = 0
    while got < length:
        n = sock.recv_into(view[got:])
        if n == 0:
            raise ConnectionError("peer closed")
        got += n
    return bytes(buf)
`,
  ),
  good(
    "CWE-770",
    "batch40: message reader rejects announced lengths above a maximum",
    src`
import struct

MAX_MESSAGE = 1 << 20


def read_message(sock):
    """Read one length-prefixed message from the socket."""
    (length,) = struct.unpack("!I", sock.recv(4))
    if length > MAX_MESSAGE:
        raise ValueError("message too large")
    buf = bytearray(length)
    view = memoryview(buf)
    got = 0
    while got < length:
        n = sock.recv_into(view[got:])
        if n == 0:
            raise ConnectionError("peer closed")
        got += n
    return bytes(buf)
`,
  ),
  bad(
    "CWE-770",
    "batch40: recv loop accumulates the whole request body without a cap",
    src`
def read_all(conn):
    """Read everything the client sends until it closes the connection."""
    data = b""
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data
`,
  ),
  bad(
    "CWE-770",
    "batch40: resize endpoint starts as many worker processes as the query asks for",
    src`
from multiprocessing import Pool

from flask import Flask, jsonify, request
from PIL import Image

app = Flask(__name__)


def _thumb(path):
    img = Image.open(path)
    img.thumbnail((128, 128))
    img.save(path + ".thumb.png")
    return path


@app.route("/thumbnails", methods=["POST"])
def thumbnails():
    """Make thumbnails for the album's photos in parallel."""
    workers = int(request.args.get("workers", "4"))
    photos = ["/srv/album/%d.jpg" % i for i in range(12)]
    with Pool(processes=workers) as pool:
        done = pool.map(_thumb, photos)
    return jsonify(done)
`,
  ),
  bad(
    "CWE-770",
    "batch40: list endpoint builds a table with as many rows as requested",
    src`
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/grid")
def grid():
    """Return an empty rows x cols grid for the spreadsheet widget."""
    rows = int(request.args["rows"])
    cols = int(request.args["cols"])
    return jsonify([[None] * cols for _ in range(rows)])
`,
  ),

  // ---------------- CWE-941 incorrectly specified destination ----------------
  bad(
    "CWE-941",
    "batch40: UDP status service replies to the address written inside the packet",
    src`
import json
import socket


def serve(port=9999):
    """Answer status queries; the reply goes to the requester."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, _addr = sock.recvfrom(2048)
        query = json.loads(data)
        reply = json.dumps({"status": "ok", "load": 0.3, "peers": list(range(200))}).encode()
        sock.sendto(reply, (query["reply_host"], int(query["reply_port"])))
`,
  ),
  good(
    "CWE-941",
    "batch40: UDP status service replies to the sender address from recvfrom",
    src`
import json
import socket


def serve(port=9999):
    """Answer status queries; the reply goes to the requester."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, addr = sock.recvfrom(2048)
        json.loads(data)
        reply = json.dumps({"status": "ok"}).encode()
        sock.sendto(reply, addr)
`,
  ),
  bad(
    "CWE-941",
    "batch40: password reset mails the link to the address given in the form, not the account's",
    src`
import secrets

from flask import Flask, request
from flask_mail import Mail, Message

from .models import User, db

app = Flask(__name__)
mail = Mail(app)


@app.route("/forgot", methods=["POST"])
def forgot():
    """Send a password reset link to the user."""
    user = User.query.filter_by(username=request.form["username"]).first_or_404()
    user.reset_token = secrets.token_urlsafe(32)
    db.session.commit()
    link = "https://example.com/reset/" + user.reset_token
    mail.send(Message("Password reset", recipients=[request.form["email"]], body=link))
    return "If the account exists, a link is on its way."
`,
  ),
  good(
    "CWE-941",
    "batch40: password reset mails the link to the address stored on the account",
    src`
import secrets

from flask import Flask, request
from flask_mail import Mail, Message

from .models import User, db

app = Flask(__name__)
mail = Mail(app)


@app.route("/forgot", methods=["POST"])
def forgot():
    """Send a password reset link to the user."""
    user = User.query.filter_by(username=request.form["username"]).first()
    if user is not None:
        user.reset_token = secrets.token_urlsafe(32)
        db.session.commit()
        link = "https://example.com/reset/" + user.reset_token
        mail.send(Message("Password reset", recipients=[user.email], body=link))
    return "If the account exists, a link is on its way."
`,
  ),
  bad(
    "CWE-941",
    "batch40: login code texted to the phone number posted with the request",
    src`
import secrets

from django.http import JsonResponse
from twilio.rest import Client

from .models import Account

twilio = Client()


def send_login_code(request):
    """Text a one-time login code to the account holder."""
    account = Account.objects.get(username=request.POST["username"])
    code = "%06d" % secrets.randbelow(10**6)
    account.pending_code = code
    account.save()
    twilio.messages.create(to=request.POST["phone"], from_="+15550100", body="Your code: " + code)
    return JsonResponse({"sent": True})
`,
  ),
  good(
    "CWE-941",
    "batch40: login code texted to the account's registered phone number",
    src`
import secrets

from django.http import JsonResponse
from twilio.rest import Client

from .models import Account

twilio = Client()


def send_login_code(request):
    """Text a one-time login code to the account holder."""
    account = Account.objects.get(username=request.POST["username"])
    code = "%06d" % secrets.randbelow(10**6)
    account.pending_code = code
    account.save()
    twilio.messages.create(to=account.phone, from_="+15550100", body="Your code: " + code)
    return JsonResponse({"sent": True})
`,
  ),
  bad(
    "CWE-941",
    "batch40: syslog forwarder sends each record to the collector named in the record header",
    src`
import socket


def forward_logs(listen_port=5140):
    """Receive syslog records and forward them to the collector."""
    inbound = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    inbound.bind(("0.0.0.0", listen_port))
    out = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    while True:
        data, _ = inbound.recvfrom(65535)
        header, _, body = data.partition(b" ")
        collector = header.decode()
        out.sendto(body, (collector, 514))
`,
  ),

  // ---------------- CWE-385 covert timing channel ----------------
  bad(
    "CWE-385",
    "batch40: webhook signature compared with == on the hex digests",
    src`
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.route("/hooks/billing", methods=["POST"])
def billing_hook():
    """Accept a billing event signed with the shared secret."""
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if request.headers.get("X-Signature", "") == expected:
        return "ok"
    abort(403)
`,
  ),
  good(
    "CWE-385",
    "batch40: webhook signature compared with hmac.compare_digest",
    src`
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.route("/hooks/billing", methods=["POST"])
def billing_hook():
    """Accept a billing event signed with the shared secret."""
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if hmac.compare_digest(request.headers.get("X-Signature", ""), expected):
        return "ok"
    abort(403)
`,
  ),
  bad(
    "CWE-385",
    "batch40: check_pin compares the PIN digit by digit and stops at the first mismatch",
    src`
def check_pin(entered: str, stored: str) -> bool:
    """Return True if the entered PIN matches the stored one."""
    if len(entered) != len(stored):
        return False
    for a, b in zip(entered, stored):
        if a != b:
            return False
    return True
`,
  ),
  good(
    "CWE-385",
    "batch40: check_pin uses secrets.compare_digest",
    src`
import secrets


def check_pin(entered: str, stored: str) -> bool:
    """Return True if the entered PIN matches the stored one."""
    return secrets.compare_digest(entered.encode(), stored.encode())
`,
  ),
  bad(
    "CWE-385",
    "batch40: API key header compared with != against the configured key",
    src`
import os

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
API_KEY = os.environ["ADMIN_API_KEY"]


@app.post("/admin/flush")
def flush(x_api_key: str = Header(...)):
    """Flush the cache; admin key required."""
    if x_api_key != API_KEY:
        raise HTTPException(status_code=401)
    return {"flushed": True}
`,
  ),
  bad(
    "CWE-385",
    "batch40: login skips the password hash when the user does not exist, so timing reveals accounts",
    src`
import bcrypt

from .db import find_user


def authenticate(username: str, password: str):
    """Return the user if the credentials are valid, else None."""
    user = find_user(username)
    if user is None:
        return None
    if bcrypt.checkpw(password.encode(), user.password_hash):
        return user
    return None
`,
  ),
  good(
    "CWE-385",
    "batch40: login hashes against a dummy hash when the user does not exist",
    src`
import bcrypt

from .db import find_user

_DUMMY = bcrypt.hashpw(b"not-a-real-password", bcrypt.gensalt())


def authenticate(username: str, password: str):
    """Return the user if the credentials are valid, else None."""
    user = find_user(username)
    hashed = user.password_hash if user is not None else _DUMMY
    ok = bcrypt.checkpw(password.encode(), hashed)
    return user if ok and user is not None else None
`,
  ),

  // ---------------- CWE-462 duplicate key in associative list ----------------
  bad(
    "CWE-462",
    "batch40: role table lists admin twice; the later, weaker entry silently wins",
    src`
ROLE_PERMISSIONS = {
    "admin": {"read", "write", "delete", "manage_users"},
    "editor": {"read", "write"},
    "viewer": {"read"},
    "admin": {"read"},
}


def can(role: str, action: str) -> bool:
    """Return True if the role may perform the action."""
    return action in ROLE_PERMISSIONS.get(role, set())
`,
  ),
  good(
    "CWE-462",
    "batch40: role table with each role once",
    src`
ROLE_PERMISSIONS = {
    "admin": {"read", "write", "delete", "manage_users"},
    "editor": {"read", "write"},
    "viewer": {"read"},
}


def can(role: str, action: str) -> bool:
    """Return True if the role may perform the action."""
    return action in ROLE_PERMISSIONS.get(role, set())
`,
  ),
  bad(
    "CWE-462",
    "batch40: security headers dict sets Content-Security-Policy twice, the second is permissive",
    src`
from flask import Flask

app = Flask(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src *",
}


@app.after_request
def add_headers(resp):
    for name, value in SECURITY_HEADERS.items():
        resp.headers[name] = value
    return resp
`,
  ),
  good(
    "CWE-462",
    "batch40: security headers dict with one Content-Security-Policy",
    src`
from flask import Flask

app = Flask(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
}


@app.after_request
def add_headers(resp):
    for name, value in SECURITY_HEADERS.items():
        resp.headers[name] = value
    return resp
`,
  ),
  bad(
    "CWE-462",
    "batch40: settings dict repeats DEBUG, the later True overrides the production False",
    src`
import logging

SETTINGS = {
    "DEBUG": False,
    "ALLOWED_HOSTS": ["shop.example.com"],
    "SESSION_COOKIE_SECURE": True,
    "LOG_LEVEL": logging.INFO,
    "DEBUG": True,
}


def configure(app):
    """Apply the production settings to the app."""
    app.config.update(SETTINGS)
`,
  ),
  bad(
    "CWE-462",
    "batch40: user-to-role map built from pairs where a user appears twice",
    src`
USER_ROLES = dict(
    [
        ("alice", "admin"),
        ("bob", "viewer"),
        ("carol", "editor"),
        ("bob", "admin"),
    ]
)


def role_of(user):
    """Look up the user's role."""
    return USER_ROLES.get(user, "viewer")
`,
  ),
  good(
    "CWE-462",
    "batch40: user-to-role map built from pairs refuses duplicates",
    src`
PAIRS = [
    ("alice", "admin"),
    ("bob", "viewer"),
    ("carol", "editor"),
]


def build_roles(pairs):
    """Build the role map, refusing a user listed twice."""
    roles = {}
    for user, role in pairs:
        if user in roles:
            raise ValueError("duplicate user " + user)
        roles[user] = role
    return roles


USER_ROLES = build_roles(PAIRS)
`,
  ),

  // ---------------- CWE-827 improper control of document type definition ----------------
  bad(
    "CWE-827",
    "batch40: lxml parser loads and validates against the DTD the uploaded document names",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_catalog():
    """Import a product catalogue uploaded as XML and validate it against its DTD."""
    parser = etree.XMLParser(dtd_validation=True, load_dtd=True)
    doc = etree.fromstring(request.data, parser)
    return {"products": len(doc.findall("product"))}
`,
  ),
  good(
    "CWE-827",
    "batch40: lxml parser ignores the document's DTD and validates against the local one",
    src`
from flask import Flask, abort, request
from lxml import etree

app = Flask(__name__)
CATALOG_DTD = etree.DTD("/srv/schemas/catalog.dtd")


@app.route("/import", methods=["POST"])
def import_catalog():
    """Import a product catalogue uploaded as XML and validate it against our DTD."""
    parser = etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True)
    doc = etree.fromstring(request.data, parser)
    if not CATALOG_DTD.validate(doc):
        abort(400)
    return {"products": len(doc.findall("product"))}
`,
  ),
  bad(
    "CWE-827",
    "batch40: lxml parser resolves entities and may fetch them over the network",
    src`
from lxml import etree


def parse_feed(xml_bytes: bytes):
    """Parse a partner's RSS feed and return the item titles."""
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser)
    return [t.text for t in root.iter("title")]
`,
  ),
  good(
    "CWE-827",
    "batch40: partner feed parsed with defusedxml",
    src`
from defusedxml import ElementTree as ET


def parse_feed(xml_bytes: bytes):
    """Parse a partner's RSS feed and return the item titles."""
    root = ET.fromstring(xml_bytes)
    return [t.text for t in root.iter("title")]
`,
  ),
  bad(
    "CWE-827",
    "batch40: SAX parser told to process external general entities",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges


class CountHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += 1


def count_elements(stream):
    """Count the elements of an uploaded XML document."""
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = CountHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.count
`,
  ),
  good(
    "CWE-827",
    "batch40: SAX parser with external entities explicitly off",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes


class CountHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += 1


def count_elements(stream):
    """Count the elements of an uploaded XML document."""
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    parser.setFeature(feature_external_pes, False)
    handler = CountHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.count
`,
  ),
  bad(
    "CWE-827",
    "batch40: etree.parse of an uploaded file with a parser that loads its DTD",
    src`
from lxml import etree


def load_invoice(upload):
    """Parse an uploaded invoice file and return its total."""
    parser = etree.XMLParser(load_dtd=True)
    tree = etree.parse(upload, parser)
    return float(tree.findtext("total"))
`,
  ),

  // ---------------- CWE-605 multiple binds to the same port ----------------
  bad(
    "CWE-605",
    "batch40: metrics listener sets SO_REUSEPORT so another process can bind the same port",
    src`
import socket


def open_listener(port=9100):
    """Open the TCP listener for the metrics endpoint."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    s.bind(("0.0.0.0", port))
    s.listen(16)
    return s
`,
  ),
  good(
    "CWE-605",
    "batch40: metrics listener binds without sharing the port",
    src`
import socket


def open_listener(port=9100):
    """Open the TCP listener for the metrics endpoint."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", port))
    s.listen(16)
    return s
`,
  ),
  bad(
    "CWE-605",
    "batch40: UDP receiver sets SO_REUSEPORT on the DNS port",
    src`
import socket


def dns_socket():
    """Create the UDP socket the resolver answers queries on."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    s.bind(("0.0.0.0", 53))
    return s
`,
  ),
  good(
    "CWE-605",
    "batch40: Windows listener asks for SO_EXCLUSIVEADDRUSE",
    src`
import socket


def open_listener(port=8080):
    """Open the service listener so that no other process can bind the port."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
    s.bind(("0.0.0.0", port))
    s.listen()
    return s
`,
  ),
  bad(
    "CWE-605",
    "batch40: asyncio server created with reuse_port=True",
    src`
import asyncio


async def handle(reader, writer):
    data = await reader.readline()
    writer.write(data)
    await writer.drain()
    writer.close()


async def main():
    """Run the line echo service."""
    server = await asyncio.start_server(handle, "0.0.0.0", 7007, reuse_port=True)
    async with server:
        await server.serve_forever()
`,
  ),
  good(
    "CWE-605",
    "batch40: asyncio server created without reuse_port",
    src`
import asyncio


async def handle(reader, writer):
    data = await reader.readline()
    writer.write(data)
    await writer.drain()
    writer.close()


async def main():
    """Run the line echo service."""
    server = await asyncio.start_server(handle, "127.0.0.1", 7007)
    async with server:
        await server.serve_forever()
`,
  ),
  bad(
    "CWE-605",
    "batch40: socketserver subclass sets SO_REUSEPORT in server_bind",
    src`
import socket
import socketserver


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(b"hello\n")


class SharedTCPServer(socketserver.TCPServer):
    def server_bind(self):
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        super().server_bind()


def run():
    with SharedTCPServer(("0.0.0.0", 4000), Handler) as srv:
        srv.serve_forever()
`,
  ),

  // ---------------- CWE-641 improper restriction of names for files ----------------
  bad(
    "CWE-641",
    "batch40: upload keeps the client's base name, so .htaccess or .bashrc style names go through",
    src`
import os

from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = "/var/www/site/uploads"


@app.route("/upload", methods=["POST"])
def upload():
    """Store the uploaded file in the uploads directory."""
    f = request.files["file"]
    name = os.path.basename(f.filename)
    f.save(os.path.join(UPLOAD_DIR, name))
    return "saved " + name
`,
  ),
  good(
    "CWE-641",
    "batch40: upload name checked against a strict pattern and extension list",
    src`
import os
import re

from flask import Flask, abort, request

app = Flask(__name__)
UPLOAD_DIR = "/var/www/site/uploads"
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}\.(png|jpg|pdf)")


@app.route("/upload", methods=["POST"])
def upload():
    """Store the uploaded file in the uploads directory."""
    f = request.files["file"]
    name = f.filename or ""
    if not NAME_RE.fullmatch(name):
        abort(400)
    f.save(os.path.join(UPLOAD_DIR, name))
    return "saved " + name
`,
  ),
  bad(
    "CWE-641",
    "batch40: note files named after the title with only slashes removed",
    src`
import os

NOTES_DIR = os.path.expanduser("~/notes")


def save_note(title: str, body: str) -> str:
    """Save the note under a file named after its title."""
    name = title.replace("/", "").replace("\\", "")
    path = os.path.join(NOTES_DIR, name)
    with open(path, "w") as fh:
        fh.write(body)
    return path
`,
  ),
  good(
    "CWE-641",
    "batch40: note files named by a slug of the title with a fixed extension",
    src`
import os
import re

NOTES_DIR = os.path.expanduser("~/notes")


def save_note(title: str, body: str) -> str:
    """Save the note under a file named after its title."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "untitled"
    path = os.path.join(NOTES_DIR, slug + ".md")
    with open(path, "w") as fh:
        fh.write(body)
    return path
`,
  ),
  bad(
    "CWE-641",
    "batch40: per-user directory named by the raw username on a Windows file share",
    src`
import os

SHARE = r"\\fileserver\homes"


def create_home(username: str) -> str:
    """Create the user's home folder on the share."""
    username = username.strip()
    if "/" in username or "\\" in username or ".." in username:
        raise ValueError("bad username")
    path = os.path.join(SHARE, username)
    os.makedirs(path, exist_ok=True)
    return path
`,
  ),
  bad(
    "CWE-22",
    "batch40: export writes to a file whose name the API client picks, only checking the extension",
    src`
import csv
import os

from flask import Flask, request

app = Flask(__name__)
EXPORT_DIR = "/srv/exports"


@app.route("/export", methods=["POST"])
def export():
    """Write the posted rows to a CSV file with the requested name."""
    name = request.json["filename"]
    if not name.endswith(".csv"):
        name += ".csv"
    with open(os.path.join(EXPORT_DIR, name), "w", newline="") as fh:
        csv.writer(fh).writerows(request.json["rows"])
    return {"file": name}
`,
  ),
  good(
    "CWE-22",
    "batch40: export file name chosen by the server",
    src`
import csv
import os
import uuid

from flask import Flask, request

app = Flask(__name__)
EXPORT_DIR = "/srv/exports"


@app.route("/export", methods=["POST"])
def export():
    """Write the posted rows to a new CSV file and return its id."""
    name = uuid.uuid4().hex + ".csv"
    with open(os.path.join(EXPORT_DIR, name), "w", newline="") as fh:
        csv.writer(fh).writerows(request.json["rows"])
    return {"file": name}
`,
  ),

  // ---------------- CWE-312 cleartext storage of sensitive information ----------------
  bad(
    "CWE-312",
    "batch40: remember-me cookie holds the user name and password",
    src`
from flask import Flask, make_response, redirect, request

from .auth import check_login

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    """Log the user in and remember them if asked."""
    user = request.form["username"]
    pw = request.form["password"]
    if not check_login(user, pw):
        return redirect("/login?failed=1")
    resp = make_response(redirect("/"))
    if request.form.get("remember"):
        resp.set_cookie("remember", user + ":" + pw, max_age=30 * 24 * 3600, httponly=True, secure=True)
    return resp
`,
  ),
  good(
    "CWE-312",
    "batch40: remember-me cookie holds a random token whose hash is stored server side",
    src`
import hashlib
import secrets

from flask import Flask, make_response, redirect, request

from .auth import check_login, store_remember_token

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    """Log the user in and remember them if asked."""
    user = request.form["username"]
    pw = request.form["password"]
    if not check_login(user, pw):
        return redirect("/login?failed=1")
    resp = make_response(redirect("/"))
    if request.form.get("remember"):
        token = secrets.token_urlsafe(32)
        store_remember_token(user, hashlib.sha256(token.encode()).hexdigest())
        resp.set_cookie("remember", token, max_age=30 * 24 * 3600, httponly=True, secure=True)
    return resp
`,
  ),
  bad(
    "CWE-312",
    "batch40: CLI saves the API secret into a JSON config in the home directory",
    src`
import json
from pathlib import Path

CONFIG = Path.home() / ".acmecli" / "config.json"


def save_login(api_key: str, api_secret: str) -> None:
    """Remember the user's API credentials for later commands."""
    CONFIG.parent.mkdir(parents=True, exist_ok=True)
    CONFIG.write_text(json.dumps({"api_key": api_key, "api_secret": api_secret}))
`,
  ),
  good(
    "CWE-312",
    "batch40: CLI keeps the API secret in the system keyring",
    src`
import json
from pathlib import Path

import keyring

CONFIG = Path.home() / ".acmecli" / "config.json"


def save_login(api_key: str, api_secret: str) -> None:
    """Remember the user's API credentials for later commands."""
    CONFIG.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    CONFIG.write_text(json.dumps({"api_key": api_key}))
    keyring.set_password("acmecli", api_key, api_secret)
`,
  ),
  bad(
    "CWE-312",
    "batch40: django signup stores the posted password on a plain CharField",
    src`
from django.db import models
from django.http import JsonResponse


class Member(models.Model):
    email = models.EmailField(unique=True)
    password = models.CharField(max_length=128)


def signup(request):
    """Create a member account from the signup form."""
    member = Member(email=request.POST["email"], password=request.POST["password"])
    member.save()
    return JsonResponse({"id": member.id})
`,
  ),
  good(
    "CWE-312",
    "batch40: django signup stores a hash made by make_password",
    src`
from django.contrib.auth.hashers import make_password
from django.db import models
from django.http import JsonResponse


class Member(models.Model):
    email = models.EmailField(unique=True)
    password = models.CharField(max_length=128)


def signup(request):
    """Create a member account from the signup form."""
    member = Member(email=request.POST["email"], password=make_password(request.POST["password"]))
    member.save()
    return JsonResponse({"id": member.id})
`,
  ),
  bad(
    "CWE-312",
    "batch40: order table stores the full card number and expiry in sqlite",
    src`
import sqlite3


def record_order(db_path, order_id, card_number, expiry, amount):
    """Record a paid order."""
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO orders (id, card_number, expiry, amount) VALUES (?, ?, ?, ?)",
        (order_id, card_number, expiry, amount),
    )
    conn.commit()
    conn.close()
`,
  ),
  good(
    "CWE-312",
    "batch40: order table stores the last four digits and the processor's token",
    src`
import sqlite3


def record_order(db_path, order_id, card_token, card_number, amount):
    """Record a paid order."""
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO orders (id, card_token, card_last4, amount) VALUES (?, ?, ?, ?)",
        (order_id, card_token, card_number[-4:], amount),
    )
    conn.commit()
    conn.close()
`,
  ),
  bad(
    "CWE-312",
    "batch40: redis cache keeps the customer's social security number in clear",
    src`
import redis

r = redis.Redis(host="cache.internal", port=6379)


def cache_customer(customer):
    """Cache the customer's profile for the support dashboard."""
    key = "customer:%d" % customer["id"]
    r.hset(key, mapping={"name": customer["name"], "ssn": customer["ssn"], "phone": customer["phone"]})
    r.expire(key, 3600)
`,
  ),

  // ---------------- CWE-379 temporary file in a directory with insecure permissions ----------------
  bad(
    "CWE-379",
    "batch40: work directory opened up to 0o777 before the temp files are written into it",
    src`
import os
import tempfile


def stage_upload(data: bytes) -> str:
    """Stage the uploaded bytes in a work directory for the converter."""
    workdir = tempfile.mkdtemp(prefix="convert-")
    os.chmod(workdir, 0o777)
    path = os.path.join(workdir, "input.bin")
    with open(path, "wb") as fh:
        fh.write(data)
    return path
`,
  ),
  good(
    "CWE-379",
    "batch40: work directory left at mkdtemp's owner-only mode",
    src`
import os
import tempfile


def stage_upload(data: bytes) -> str:
    """Stage the uploaded bytes in a work directory for the converter."""
    workdir = tempfile.mkdtemp(prefix="convert-")
    path = os.path.join(workdir, "input.bin")
    with open(path, "wb") as fh:
        fh.write(data)
    return path
`,
  ),
  bad(
    "CWE-379",
    "batch40: temp files created in a shared directory made with mode 0o777",
    src`
import os
import tempfile

WORKDIR = "/var/tmp/etl"


def spill(rows):
    """Spill a batch of rows to a temporary file for the next stage."""
    os.makedirs(WORKDIR, mode=0o777, exist_ok=True)
    fd, path = tempfile.mkstemp(dir=WORKDIR, suffix=".csv")
    with os.fdopen(fd, "w") as fh:
        for row in rows:
            fh.write(",".join(map(str, row)) + "\n")
    return path
`,
  ),
  good(
    "CWE-379",
    "batch40: temp files created in the service's own directory under /var/lib, made with mode 0o700",
    src`
import os
import tempfile

WORKDIR = "/var/lib/etl/spill"


def spill(rows):
    """Spill a batch of rows to a temporary file for the next stage."""
    os.makedirs(WORKDIR, mode=0o700, exist_ok=True)
    fd, path = tempfile.mkstemp(dir=WORKDIR, suffix=".csv")
    with os.fdopen(fd, "w") as fh:
        for row in rows:
            fh.write(",".join(map(str, row)) + "\n")
    return path
`,
  ),
  bad(
    "CWE-379",
    "batch40: cache files written under a fixed folder in /tmp that any user can pre-create",
    src`
import hashlib
import os
import pickle

CACHE_DIR = "/tmp/myapp-cache"


def cache_put(key: str, value) -> None:
    """Store a computed value in the on-disk cache."""
    os.makedirs(CACHE_DIR, exist_ok=True)
    name = hashlib.sha256(key.encode()).hexdigest()
    with open(os.path.join(CACHE_DIR, name), "wb") as fh:
        pickle.dump(value, fh)
`,
  ),
  good(
    "CWE-379",
    "batch40: cache files written under the user's private cache directory",
    src`
import hashlib
import json
import os

CACHE_DIR = os.path.join(os.path.expanduser("~"), ".cache", "myapp")


def cache_put(key: str, value) -> None:
    """Store a computed value in the on-disk cache."""
    os.makedirs(CACHE_DIR, mode=0o700, exist_ok=True)
    name = hashlib.sha256(key.encode()).hexdigest()
    with open(os.path.join(CACHE_DIR, name), "w") as fh:
        json.dump(value, fh)
`,
  ),
  bad(
    "CWE-379",
    "batch40: NamedTemporaryFile placed in a directory chmod-ed world writable for a helper",
    src`
import os
import subprocess
import tempfile

SHARED = "/srv/render/tmp"


def render_pdf(html: str) -> bytes:
    """Render HTML to PDF with the wkhtmltopdf helper user."""
    os.makedirs(SHARED, exist_ok=True)
    os.chmod(SHARED, 0o777)
    with tempfile.NamedTemporaryFile("w", dir=SHARED, suffix=".html", delete=False) as src_file:
        src_file.write(html)
    out = src_file.name + ".pdf"
    subprocess.run(["sudo", "-u", "render", "wkhtmltopdf", src_file.name, out], check=True)
    with open(out, "rb") as fh:
        return fh.read()
`,
  ),

  // ---------------- CWE-1004 sensitive cookie without HttpOnly ----------------
  bad(
    "CWE-1004",
    "batch40: flask session cookie set secure but without httponly",
    src`
import secrets

from flask import Flask, make_response, request

from .auth import verify, sessions

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    """Log in and issue a session cookie."""
    if not verify(request.form["user"], request.form["password"]):
        return "denied", 401
    sid = secrets.token_urlsafe(32)
    sessions[sid] = request.form["user"]
    resp = make_response("welcome")
    resp.set_cookie("session_id", sid, secure=True, samesite="Lax")
    return resp
`,
  ),
  good(
    "CWE-1004",
    "batch40: flask session cookie set secure and httponly",
    src`
import secrets

from flask import Flask, make_response, request

from .auth import verify, sessions

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    """Log in and issue a session cookie."""
    if not verify(request.form["user"], request.form["password"]):
        return "denied", 401
    sid = secrets.token_urlsafe(32)
    sessions[sid] = request.form["user"]
    resp = make_response("welcome")
    resp.set_cookie("session_id", sid, secure=True, httponly=True, samesite="Lax")
    return resp
`,
  ),
  bad(
    "CWE-1004",
    "batch40: django view sets the auth token cookie with httponly=False",
    src`
from django.contrib.auth import authenticate
from django.http import HttpResponse, HttpResponseForbidden
from rest_framework.authtoken.models import Token


def token_login(request):
    """Log in and give the browser its API token as a cookie."""
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return HttpResponseForbidden()
    token, _ = Token.objects.get_or_create(user=user)
    resp = HttpResponse("ok")
    resp.set_cookie("auth_token", token.key, secure=True, httponly=False, samesite="Strict")
    return resp
`,
  ),
  good(
    "CWE-1004",
    "batch40: django view sets the auth token cookie httponly",
    src`
from django.contrib.auth import authenticate
from django.http import HttpResponse, HttpResponseForbidden
from rest_framework.authtoken.models import Token


def token_login(request):
    """Log in and give the browser its API token as a cookie."""
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return HttpResponseForbidden()
    token, _ = Token.objects.get_or_create(user=user)
    resp = HttpResponse("ok")
    resp.set_cookie("auth_token", token.key, secure=True, httponly=True, samesite="Strict")
    return resp
`,
  ),
  bad(
    "CWE-1004",
    "batch40: flask config turns SESSION_COOKIE_HTTPONLY off",
    src`
import os

from flask import Flask

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=False,
    SESSION_COOKIE_SAMESITE="Lax",
)
`,
  ),
  good(
    "CWE-1004",
    "batch40: flask config keeps SESSION_COOKIE_HTTPONLY on",
    src`
import os

from flask import Flask

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
`,
  ),
  bad(
    "CWE-1004",
    "batch40: SimpleCookie session header built without the httponly attribute",
    src`
from http.cookies import SimpleCookie


def session_header(sid: str) -> str:
    """Build the Set-Cookie header for a new session."""
    c = SimpleCookie()
    c["sid"] = sid
    c["sid"]["path"] = "/"
    c["sid"]["secure"] = True
    return c.output(header="Set-Cookie:")
`,
  ),

  // ---------------- CWE-285 improper authorization ----------------
  bad(
    "CWE-285",
    "batch40: delete-user endpoint only checks that someone is logged in",
    src`
from flask import Flask, abort, session

from .models import User, db

app = Flask(__name__)


@app.route("/admin/users/<int:user_id>/delete", methods=["POST"])
def delete_user(user_id):
    """Delete a user account (administrators only)."""
    if "user_id" not in session:
        abort(401)
    db.session.delete(User.query.get_or_404(user_id))
    db.session.commit()
    return "deleted"
`,
  ),
  good(
    "CWE-285",
    "batch40: delete-user endpoint checks the caller's admin role from the database",
    src`
from flask import Flask, abort, session

from .models import User, db

app = Flask(__name__)


@app.route("/admin/users/<int:user_id>/delete", methods=["POST"])
def delete_user(user_id):
    """Delete a user account (administrators only)."""
    if "user_id" not in session:
        abort(401)
    caller = User.query.get(session["user_id"])
    if caller is None or not caller.is_admin:
        abort(403)
    db.session.delete(User.query.get_or_404(user_id))
    db.session.commit()
    return "deleted"
`,
  ),
  bad(
    "CWE-285",
    "batch40: django invoice delete looks the invoice up by id alone",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect

from .models import Invoice


@login_required
def delete_invoice(request, pk):
    """Delete one of the user's invoices."""
    invoice = get_object_or_404(Invoice, pk=pk)
    invoice.delete()
    return redirect("invoices")
`,
  ),
  good(
    "CWE-285",
    "batch40: django invoice delete scopes the lookup to the requesting user",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect

from .models import Invoice


@login_required
def delete_invoice(request, pk):
    """Delete one of the user's invoices."""
    invoice = get_object_or_404(Invoice, pk=pk, owner=request.user)
    invoice.delete()
    return redirect("invoices")
`,
  ),
  bad(
    "CWE-285",
    "batch40: report endpoint trusts a role query parameter",
    src`
from flask import Flask, abort, jsonify, request

from .reports import salary_report

app = Flask(__name__)


@app.route("/reports/salaries")
def salaries():
    """Return the salary report to HR staff."""
    if request.args.get("role") != "hr":
        abort(403)
    return jsonify(salary_report())
`,
  ),
  bad(
    "CWE-285",
    "batch40: flask-login admin page guarded by is_authenticated only",
    src`
from flask import Flask, abort, render_template
from flask_login import current_user

from .models import AuditLog

app = Flask(__name__)


@app.route("/admin/audit")
def audit_log():
    """Show the audit log to administrators."""
    if not current_user.is_authenticated:
        abort(401)
    return render_template("audit.html", entries=AuditLog.query.order_by(AuditLog.id.desc()).limit(500))
`,
  ),
  good(
    "CWE-285",
    "batch40: django admin view guarded by permission_required",
    src`
from django.contrib.auth.decorators import permission_required
from django.shortcuts import render

from .models import AuditLog


@permission_required("audit.view_auditlog", raise_exception=True)
def audit_log(request):
    """Show the audit log to administrators."""
    return render(request, "audit.html", {"entries": AuditLog.objects.order_by("-id")[:500]})
`,
  ),

  // ---------------- CWE-116 improper encoding or escaping of output ----------------
  bad(
    "CWE-116",
    "batch40: JSON response assembled by string concatenation",
    src`
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    """Return a JSON greeting for the given name."""
    name = request.args.get("name", "")
    body = '{"greeting": "Hello, ' + name + '", "admin": false}'
    return Response(body, mimetype="application/json")
`,
  ),
  good(
    "CWE-116",
    "batch40: JSON response built with json.dumps",
    src`
import json

from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    """Return a JSON greeting for the given name."""
    name = request.args.get("name", "")
    body = json.dumps({"greeting": "Hello, " + name, "admin": False})
    return Response(body, mimetype="application/json")
`,
  ),
  bad(
    "CWE-116",
    "batch40: XML request to the partner built with an f-string around user fields",
    src`
import requests


def register_customer(name: str, email: str) -> int:
    """Register the customer with the partner's XML API."""
    payload = f"<customer><name>{name}</name><email>{email}</email><tier>basic</tier></customer>"
    resp = requests.post("https://partner.example/api/customers", data=payload, headers={"Content-Type": "application/xml"}, timeout=10)
    return resp.status_code
`,
  ),
  good(
    "CWE-116",
    "batch40: XML request to the partner built with ElementTree",
    src`
import xml.etree.ElementTree as ET

import requests


def register_customer(name: str, email: str) -> int:
    """Register the customer with the partner's XML API."""
    root = ET.Element("customer")
    ET.SubElement(root, "name").text = name
    ET.SubElement(root, "email").text = email
    ET.SubElement(root, "tier").text = "basic"
    payload = ET.tostring(root)
    resp = requests.post("https://partner.example/api/customers", data=payload, headers={"Content-Type": "application/xml"}, timeout=10)
    return resp.status_code
`,
  ),
  bad(
    "CWE-116",
    "batch40: search URL for the upstream API built with the raw query, so & and = inject parameters",
    src`
import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
KEY = os.environ["SEARCH_KEY"]


@app.route("/search")
def search():
    """Search the catalogue through the upstream search API."""
    q = request.args.get("q", "")
    url = "https://search.example.com/v1/find?key=" + KEY + "&scope=public&q=" + q
    return jsonify(requests.get(url, timeout=10).json())
`,
  ),
  good(
    "CWE-116",
    "batch40: search URL for the upstream API built with params",
    src`
import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
KEY = os.environ["SEARCH_KEY"]


@app.route("/search")
def search():
    """Search the catalogue through the upstream search API."""
    q = request.args.get("q", "")
    params = {"key": KEY, "scope": "public", "q": q}
    return jsonify(requests.get("https://search.example.com/v1/find", params=params, timeout=10).json())
`,
  ),
  bad(
    "CWE-116",
    "batch40: hand-rolled escaping replaces < and > but not quotes, used inside an attribute",
    src`
from flask import Flask, request

app = Flask(__name__)


def escape(s: str) -> str:
    return s.replace("<", "&lt;").replace(">", "&gt;")


@app.route("/profile")
def profile():
    """Show the user's website link."""
    site = escape(request.args.get("site", ""))
    return '<a href="' + site + '">my website</a>'
`,
  ),

  // ---------------- CWE-730 denial of service (ReDoS, unbounded work) ----------------
  bad(
    "CWE-730",
    "batch40: tag validator uses a nested quantifier on request input",
    src`
import re

from flask import Flask, abort, request

app = Flask(__name__)
TAGS_RE = re.compile(r"^([a-zA-Z0-9]+\s?)*$")


@app.route("/tags", methods=["POST"])
def set_tags():
    """Accept a space separated list of tags."""
    tags = request.form.get("tags", "")
    if not TAGS_RE.match(tags):
        abort(400)
    return {"tags": tags.split()}
`,
  ),
  good(
    "CWE-730",
    "batch40: tag validator splits first and checks each tag with a linear pattern",
    src`
import re

from flask import Flask, abort, request

app = Flask(__name__)
TAG_RE = re.compile(r"[a-zA-Z0-9]{1,32}")


@app.route("/tags", methods=["POST"])
def set_tags():
    """Accept a space separated list of tags."""
    tags = request.form.get("tags", "")[:1000].split()
    if not all(TAG_RE.fullmatch(t) for t in tags):
        abort(400)
    return {"tags": tags}
`,
  ),
  bad(
    "CWE-730",
    "batch40: log search compiles the caller's pattern as a regular expression",
    src`
import re

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/logs/search")
def search_logs():
    """Return the log lines matching the given pattern."""
    pattern = request.args["pattern"]
    with open("/var/log/app.log") as fh:
        hits = [line for line in fh if re.search(pattern, line)]
    return jsonify(hits[:100])
`,
  ),
  good(
    "CWE-730",
    "batch40: log search escapes the caller's text before using it as a pattern",
    src`
import re

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/logs/search")
def search_logs():
    """Return the log lines containing the given text."""
    pattern = re.compile(re.escape(request.args["text"]))
    with open("/var/log/app.log") as fh:
        hits = [line for line in fh if pattern.search(line)]
    return jsonify(hits[:100])
`,
  ),
  bad(
    "CWE-730",
    "batch40: email check with the classic nested-group pattern",
    src`
import re


def is_valid_email(address: str) -> bool:
    """Validate an email address entered at signup."""
    pattern = r"^([a-zA-Z0-9_\.\-])+\@(([a-zA-Z0-9\-])+\.)+([a-zA-Z0-9]{2,4})+$"
    return re.match(pattern, address) is not None
`,
  ),
  bad(
    "CWE-730",
    "batch40: calculator endpoint raises to a power the caller chooses",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/pow")
def power():
    """Return base ** exp for the calculator widget."""
    base = int(request.args["base"])
    exp = int(request.args["exp"])
    return str(pow(base, exp))
`,
  ),
  good(
    "CWE-730",
    "batch40: calculator endpoint bounds the exponent",
    src`
from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/pow")
def power():
    """Return base ** exp for the calculator widget."""
    base = int(request.args["base"])
    exp = int(request.args["exp"])
    if not (0 <= exp <= 64) or abs(base) > 10**6:
        abort(400)
    return str(pow(base, exp))
`,
  ),

  // ---------------- CWE-841 improper enforcement of behavioural workflow ----------------
  bad(
    "CWE-841",
    "batch40: ship endpoint marks an order shipped whatever state it is in",
    src`
from flask import Flask, abort
from flask_login import login_required

from .models import Order, db

app = Flask(__name__)


@app.route("/orders/<int:order_id>/ship", methods=["POST"])
@login_required
def ship(order_id):
    """Mark the order as shipped and notify the warehouse."""
    order = Order.query.get_or_404(order_id)
    order.status = "shipped"
    db.session.commit()
    return {"status": order.status}
`,
  ),
  good(
    "CWE-841",
    "batch40: ship endpoint only ships orders that are paid",
    src`
from flask import Flask, abort
from flask_login import login_required

from .models import Order, db

app = Flask(__name__)


@app.route("/orders/<int:order_id>/ship", methods=["POST"])
@login_required
def ship(order_id):
    """Mark the order as shipped and notify the warehouse."""
    order = Order.query.get_or_404(order_id)
    if order.status != "paid":
        abort(409)
    order.status = "shipped"
    db.session.commit()
    return {"status": order.status}
`,
  ),
  bad(
    "CWE-841",
    "batch40: password reset final step accepts a new password without the code step having passed",
    src`
from flask import Flask, abort, request, session

from .models import User, db
from .security import hash_password, send_code

app = Flask(__name__)


@app.route("/reset/start", methods=["POST"])
def start():
    user = User.query.filter_by(email=request.form["email"]).first_or_404()
    session["reset_user"] = user.id
    send_code(user)
    return "code sent"


@app.route("/reset/verify", methods=["POST"])
def verify():
    user = User.query.get_or_404(session["reset_user"])
    if request.form["code"] != user.reset_code:
        abort(403)
    session["reset_verified"] = True
    return "verified"


@app.route("/reset/finish", methods=["POST"])
def finish():
    user = User.query.get_or_404(session["reset_user"])
    user.password_hash = hash_password(request.form["password"])
    db.session.commit()
    session.clear()
    return "password changed"
`,
  ),
  good(
    "CWE-841",
    "batch40: password reset final step requires the verified flag from the code step",
    src`
from flask import Flask, abort, request, session
import hmac

from .models import User, db
from .security import hash_password, send_code

app = Flask(__name__)


@app.route("/reset/start", methods=["POST"])
def start():
    user = User.query.filter_by(email=request.form["email"]).first_or_404()
    session["reset_user"] = user.id
    session.pop("reset_verified", None)
    send_code(user)
    return "code sent"


@app.route("/reset/verify", methods=["POST"])
def verify():
    user = User.query.get_or_404(session["reset_user"])
    if not hmac.compare_digest(request.form["code"], user.reset_code):
        abort(403)
    session["reset_verified"] = True
    return "verified"


@app.route("/reset/finish", methods=["POST"])
def finish():
    if not session.get("reset_verified"):
        abort(403)
    user = User.query.get_or_404(session["reset_user"])
    user.password_hash = hash_password(request.form["password"])
    db.session.commit()
    session.clear()
    return "password changed"
`,
  ),
  bad(
    "CWE-841",
    "batch40: two-factor login stores the user id in the session before the OTP is checked",
    src`
from flask import Flask, abort, redirect, request, session

from .auth import check_password, check_otp, find_user

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = find_user(request.form["username"])
    if user is None or not check_password(user, request.form["password"]):
        abort(401)
    session["user_id"] = user.id
    return redirect("/login/otp")


@app.route("/login/otp", methods=["POST"])
def otp():
    if not check_otp(session["user_id"], request.form["code"]):
        abort(401)
    return redirect("/dashboard")


@app.route("/dashboard")
def dashboard():
    if "user_id" not in session:
        return redirect("/login")
    return "welcome"
`,
  ),
  good(
    "CWE-841",
    "batch40: two-factor login only sets user_id after the OTP step",
    src`
from flask import Flask, abort, redirect, request, session

from .auth import check_password, check_otp, find_user

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = find_user(request.form["username"])
    if user is None or not check_password(user, request.form["password"]):
        abort(401)
    session["pending_user_id"] = user.id
    return redirect("/login/otp")


@app.route("/login/otp", methods=["POST"])
def otp():
    pending = session.get("pending_user_id")
    if pending is None or not check_otp(pending, request.form["code"]):
        abort(401)
    session.pop("pending_user_id")
    session["user_id"] = pending
    return redirect("/dashboard")


@app.route("/dashboard")
def dashboard():
    if "user_id" not in session:
        return redirect("/login")
    return "welcome"
`,
  ),
  bad(
    "CWE-841",
    "batch40: transfer confirm step executes a transfer the caller never staged",
    src`
from decimal import Decimal

from django.http import JsonResponse

from .banking import execute_transfer


def confirm_transfer(request):
    """Second step of the transfer wizard: execute what the user reviewed."""
    execute_transfer(
        source=request.user.account,
        target=request.POST["target_iban"],
        amount=Decimal(request.POST["amount"]),
    )
    request.session.pop("staged_transfer", None)
    return JsonResponse({"done": True})
`,
  ),

  // ---------------- CWE-595 comparison of object references ----------------
  bad(
    "CWE-595",
    "batch40: check_password compares the strings with is",
    src`
def check_password(user, supplied: str) -> bool:
    """Return True if the supplied password is the user's password."""
    return supplied is user.password
`,
  ),
  good(
    "CWE-595",
    "batch40: check_token compares with hmac.compare_digest",
    src`
import hmac


def check_token(expected: str, supplied: str) -> bool:
    """Return True if the supplied API token is the expected one."""
    return hmac.compare_digest(expected, supplied)
`,
  ),
  bad(
    "CWE-595",
    "batch40: role check uses is against a string literal",
    src`
from flask import Flask, abort, session

app = Flask(__name__)


@app.route("/admin")
def admin():
    """Administrators only."""
    if session.get("role") is not "admin":
        abort(403)
    return "admin panel"
`,
  ),
  good(
    "CWE-595",
    "batch40: role check uses == against a string literal",
    src`
from flask import Flask, abort, session

app = Flask(__name__)


@app.route("/admin")
def admin():
    """Administrators only."""
    if session.get("role") != "admin":
        abort(403)
    return "admin panel"
`,
  ),
  bad(
    "CWE-595",
    "batch40: server reply compared with is against a bytes literal",
    src`
import socket


def ping(host):
    """Return True if the service answers PONG."""
    with socket.create_connection((host, 7777), timeout=3) as s:
        s.sendall(b"PING\n")
        reply = s.recv(16).strip()
    return reply is b"PONG"
`,
  ),
  bad(
    "CWE-595",
    "batch40: token cache lookup compares the stored and presented tokens by identity",
    src`
TOKENS = {}


def issue(user, token):
    TOKENS[user] = token


def verify(user, presented):
    """Check the presented token against the one issued to the user."""
    stored = TOKENS.get(user)
    return stored is not None and stored is presented
`,
  ),
  good(
    "CWE-595",
    "batch40: optional value tested with is None",
    src`
def display_name(user) -> str:
    """Return the user's nickname, falling back to the username."""
    if user.nickname is None or user.nickname == "":
        return user.username
    return user.nickname
`,
  ),

  // ---------------- CWE-454 external initialization of trusted variables ----------------
  bad(
    "CWE-454",
    "batch40: login sets the session's admin flag from a form field",
    src`
from flask import Flask, abort, request, session

from .auth import verify

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    if not verify(request.form["username"], request.form["password"]):
        abort(401)
    session["user"] = request.form["username"]
    session["is_admin"] = request.form.get("is_admin") == "1"
    return "ok"
`,
  ),
  good(
    "CWE-454",
    "batch40: login sets the admin flag from the user record",
    src`
from flask import Flask, abort, request, session

from .auth import verify
from .models import User

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    if not verify(request.form["username"], request.form["password"]):
        abort(401)
    user = User.query.filter_by(username=request.form["username"]).one()
    session["user"] = user.username
    session["is_admin"] = bool(user.is_admin)
    return "ok"
`,
  ),
  bad(
    "CWE-454",
    "batch40: settings endpoint updates the app config from the posted JSON",
    src`
from flask import Flask, request

app = Flask(__name__)
app.config["REQUIRE_AUTH"] = True


@app.route("/settings", methods=["POST"])
def settings():
    """Let the front end adjust display settings."""
    app.config.update(request.get_json())
    return {"ok": True}
`,
  ),
  good(
    "CWE-454",
    "batch40: settings endpoint only copies allow-listed display keys",
    src`
from flask import Flask, request

app = Flask(__name__)
app.config["REQUIRE_AUTH"] = True
DISPLAY_KEYS = {"THEME", "PAGE_SIZE", "LOCALE"}


@app.route("/settings", methods=["POST"])
def settings():
    """Let the front end adjust display settings."""
    data = request.get_json() or {}
    app.config.update({k: v for k, v in data.items() if k in DISPLAY_KEYS})
    return {"ok": True}
`,
  ),
  bad(
    "CWE-454",
    "batch40: middleware trusts an X-Authenticated-User header from the client",
    src`
from django.contrib.auth import get_user_model


class HeaderAuthMiddleware:
    """Authenticate requests by the user name header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        name = request.META.get("HTTP_X_AUTHENTICATED_USER")
        if name:
            request.user = get_user_model().objects.get(username=name)
        return self.get_response(request)
`,
  ),

  // ---------------- CWE-1204 weak IV ----------------
  bad(
    "CWE-1204",
    "batch40: pycryptodome AES-CBC with an all-zero IV",
    src`
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_record(key: bytes, data: bytes) -> bytes:
    """Encrypt a record for storage."""
    iv = b"\x00" * 16
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return cipher.encrypt(pad(data, AES.block_size))
`,
  ),
  good(
    "CWE-1204",
    "batch40: pycryptodome AES-CBC with a random IV stored in front",
    src`
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


def encrypt_record(key: bytes, data: bytes) -> bytes:
    """Encrypt a record for storage."""
    iv = get_random_bytes(16)
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, AES.block_size))
`,
  ),
  bad(
    "CWE-1204",
    "batch40: cryptography AES-CBC uses the first 16 bytes of the key as IV",
    src`
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(key: bytes, plaintext: bytes) -> bytes:
    """Encrypt plaintext with AES-256-CBC."""
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return enc.update(data) + enc.finalize()
`,
  ),
  good(
    "CWE-1204",
    "batch40: cryptography AES-CBC with os.urandom IV",
    src`
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(key: bytes, plaintext: bytes) -> bytes:
    """Encrypt plaintext with AES-256-CBC."""
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()
`,
  ),
  bad(
    "CWE-1204",
    "batch40: module-level constant IV shared by every encryption",
    src`
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

IV = b"InitVector123456"


def seal(key: bytes, message: str) -> bytes:
    """Encrypt a message for the queue."""
    return AES.new(key, AES.MODE_CBC, IV).encrypt(pad(message.encode(), 16))
`,
  ),
  bad(
    "CWE-1204",
    "batch40: IV drawn from the random module",
    src`
import random

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_token(key: bytes, token: bytes) -> bytes:
    """Encrypt a token with AES-CBC."""
    iv = bytes(random.getrandbits(8) for _ in range(16))
    return iv + AES.new(key, AES.MODE_CBC, iv).encrypt(pad(token, 16))
`,
  ),
  good(
    "CWE-1204",
    "batch40: AESGCM with a fresh os.urandom nonce",
    src`
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_token(key: bytes, token: bytes) -> bytes:
    """Encrypt a token with AES-GCM."""
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, token, None)
`,
  ),

  // ---------------- CWE-250 execution with unnecessary privileges ----------------
  bad(
    "CWE-250",
    "batch40: web server binds port 80 as root and keeps serving as root",
    src`
import os
from http.server import HTTPServer, SimpleHTTPRequestHandler


def main():
    """Serve the static site on port 80."""
    if os.geteuid() != 0:
        raise SystemExit("must be run as root to bind port 80")
    os.chdir("/srv/site")
    httpd = HTTPServer(("0.0.0.0", 80), SimpleHTTPRequestHandler)
    httpd.serve_forever()
`,
  ),
  good(
    "CWE-250",
    "batch40: web server binds port 80 as root, then drops to nobody before serving",
    src`
import os
import pwd
from http.server import HTTPServer, SimpleHTTPRequestHandler


def main():
    """Serve the static site on port 80."""
    os.chdir("/srv/site")
    httpd = HTTPServer(("0.0.0.0", 80), SimpleHTTPRequestHandler)
    nobody = pwd.getpwnam("nobody")
    os.setgroups([])
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)
    httpd.serve_forever()
`,
  ),
  bad(
    "CWE-250",
    "batch40: restore helper extracts a user's archive through sudo tar",
    src`
import subprocess


def restore_backup(archive_path: str, dest: str) -> None:
    """Restore the user's uploaded backup archive into their folder."""
    subprocess.run(["sudo", "tar", "-xzf", archive_path, "-C", dest], check=True)
`,
  ),
  good(
    "CWE-250",
    "batch40: restore helper extracts the archive as the service user with the data filter",
    src`
import tarfile


def restore_backup(archive_path: str, dest: str) -> None:
    """Restore the user's uploaded backup archive into their folder."""
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(dest, filter="data")
`,
  ),
  bad(
    "CWE-250",
    "batch40: log rotation raises its effective uid to root and never lowers it",
    src`
import os
import shutil


def rotate(log_path: str) -> None:
    """Rotate the application log, which lives in a root-owned directory."""
    os.seteuid(0)
    shutil.move(log_path, log_path + ".1")
    open(log_path, "w").close()
    os.system("gzip -f " + log_path + ".1")
`,
  ),

  // ---------------- CWE-760 predictable salt ----------------
  bad(
    "CWE-760",
    "batch40: pbkdf2 with a constant application-wide salt",
    src`
import hashlib

SALT = b"acme-static-salt"


def hash_password(password: str) -> str:
    """Hash a password for storage."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 310000).hex()
`,
  ),
  good(
    "CWE-760",
    "batch40: pbkdf2 with a random per-password salt stored beside the hash",
    src`
import hashlib
import os


def hash_password(password: str) -> str:
    """Hash a password for storage."""
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310000)
    return salt.hex() + "$" + digest.hex()
`,
  ),
  bad(
    "CWE-760",
    "batch40: scrypt salted with the user name",
    src`
import hashlib


def hash_password(username: str, password: str) -> bytes:
    """Hash the user's password with scrypt."""
    return hashlib.scrypt(password.encode(), salt=username.encode(), n=2**14, r=8, p=1)
`,
  ),
  bad(
    "CWE-760",
    "batch40: salt derived from the user id's md5",
    src`
import hashlib


def make_hash(user_id: int, password: str) -> str:
    """Hash the password with a per-user salt."""
    salt = hashlib.md5(str(user_id).encode()).hexdigest()
    return hashlib.sha256((salt + password).encode()).hexdigest()
`,
  ),
  good(
    "CWE-760",
    "batch40: bcrypt with gensalt",
    src`
import bcrypt


def make_hash(password: str) -> bytes:
    """Hash the password for storage."""
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))
`,
  ),

  // ---------------- CWE-776 XML entity expansion ----------------
  bad(
    "CWE-776",
    "batch40: SOAP-ish endpoint parses the body with minidom",
    src`
from xml.dom import minidom

from flask import Flask, request

app = Flask(__name__)


@app.route("/soap", methods=["POST"])
def soap():
    """Handle a SOAP request and echo the operation name."""
    doc = minidom.parseString(request.data)
    op = doc.getElementsByTagName("operation")[0].firstChild.data
    return "<ok>" + op + "</ok>"
`,
  ),
  good(
    "CWE-776",
    "batch40: SOAP-ish endpoint parses the body with defusedxml.minidom",
    src`
from defusedxml import minidom
from xml.sax.saxutils import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/soap", methods=["POST"])
def soap():
    """Handle a SOAP request and echo the operation name."""
    doc = minidom.parseString(request.data)
    op = doc.getElementsByTagName("operation")[0].firstChild.data
    return "<ok>" + escape(op) + "</ok>"
`,
  ),
  bad(
    "CWE-776",
    "batch40: lxml parser with huge_tree on for uploaded documents",
    src`
from lxml import etree


def parse_upload(data: bytes):
    """Parse a large uploaded XML export."""
    parser = etree.XMLParser(huge_tree=True)
    return etree.fromstring(data, parser)
`,
  ),
  bad(
    "CWE-776",
    "batch40: ElementTree.fromstring on the request body",
    src`
import xml.etree.ElementTree as ET

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/orders")
async def create_order(request: Request):
    """Accept an order posted as XML."""
    root = ET.fromstring(await request.body())
    return {"sku": root.findtext("sku"), "qty": int(root.findtext("qty", "1"))}
`,
  ),
  good(
    "CWE-776",
    "batch40: defusedxml.ElementTree.fromstring on the request body",
    src`
import defusedxml.ElementTree as ET

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/orders")
async def create_order(request: Request):
    """Accept an order posted as XML."""
    root = ET.fromstring(await request.body())
    return {"sku": root.findtext("sku"), "qty": int(root.findtext("qty", "1"))}
`,
  ),

  // ---------------- CWE-200 exposure of sensitive information ----------------
  bad(
    "CWE-200",
    "batch40: diagnostics endpoint returns the whole process environment",
    src`
import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/diagnostics")
def diagnostics():
    """Return diagnostic information for the ops team."""
    return jsonify(env=dict(os.environ), pid=os.getpid())
`,
  ),
  good(
    "CWE-200",
    "batch40: diagnostics endpoint returns the version and pid only",
    src`
import os

from flask import Flask, jsonify

app = Flask(__name__)
VERSION = "2.4.1"


@app.route("/diagnostics")
def diagnostics():
    """Return diagnostic information for the ops team."""
    return jsonify(version=VERSION, pid=os.getpid())
`,
  ),
  bad(
    "CWE-200",
    "batch40: profile API serialises every column of the user row including the password hash",
    src`
from flask import Flask, jsonify
from flask_login import login_required

from .models import User

app = Flask(__name__)


@app.route("/api/users/<int:user_id>")
@login_required
def get_user(user_id):
    """Return a user's public profile."""
    user = User.query.get_or_404(user_id)
    return jsonify({c.name: getattr(user, c.name) for c in user.__table__.columns})
`,
  ),
  good(
    "CWE-200",
    "batch40: profile API returns chosen public fields",
    src`
from flask import Flask, jsonify
from flask_login import login_required

from .models import User

app = Flask(__name__)


@app.route("/api/users/<int:user_id>")
@login_required
def get_user(user_id):
    """Return a user's public profile."""
    user = User.query.get_or_404(user_id)
    return jsonify(id=user.id, display_name=user.display_name, avatar=user.avatar_url)
`,
  ),
  bad(
    "CWE-200",
    "batch40: unauthenticated directory endpoint lists every member's email and phone",
    src`
from django.http import JsonResponse

from .models import Member


def directory(request):
    """List the members for the public directory page."""
    rows = Member.objects.values("name", "email", "phone", "home_address")
    return JsonResponse({"members": list(rows)})
`,
  ),

  // ---------------- CWE-269 improper privilege management ----------------
  bad(
    "CWE-269",
    "batch40: drop_privileges calls setuid before setgid, so the group is never dropped",
    src`
import os
import pwd


def drop_privileges(username="app"):
    """Switch the process from root to the service account."""
    pw = pwd.getpwnam(username)
    os.setuid(pw.pw_uid)
    os.setgid(pw.pw_gid)
`,
  ),
  good(
    "CWE-269",
    "batch40: drop_privileges clears groups, sets the gid, then the uid",
    src`
import os
import pwd


def drop_privileges(username="app"):
    """Switch the process from root to the service account."""
    pw = pwd.getpwnam(username)
    os.setgroups([])
    os.setgid(pw.pw_gid)
    os.setuid(pw.pw_uid)
`,
  ),
  bad(
    "CWE-269",
    "batch40: signup lets the form choose the new account's role",
    src`
from flask import Flask, request

from .models import User, db
from .security import hash_password

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    """Create a new account."""
    user = User(
        username=request.form["username"],
        password_hash=hash_password(request.form["password"]),
        role=request.form.get("role", "member"),
    )
    db.session.add(user)
    db.session.commit()
    return {"id": user.id}
`,
  ),
  good(
    "CWE-269",
    "batch40: signup always creates members",
    src`
from flask import Flask, request

from .models import User, db
from .security import hash_password

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    """Create a new account."""
    user = User(
        username=request.form["username"],
        password_hash=hash_password(request.form["password"]),
        role="member",
    )
    db.session.add(user)
    db.session.commit()
    return {"id": user.id}
`,
  ),
  bad(
    "CWE-269",
    "batch40: temporary privilege drop with seteuid keeps the saved root uid for the plugin code",
    src`
import os
import importlib


def run_plugin(name: str, uid: int):
    """Run a third-party plugin without root privileges."""
    os.seteuid(uid)
    plugin = importlib.import_module("plugins." + name)
    return plugin.run()
`,
  ),

  // ---------------- CWE-521 weak password requirements ----------------
  bad(
    "CWE-521",
    "batch40: change_password accepts any password of four characters or more",
    src`
from .security import hash_password


def change_password(user, new_password: str) -> None:
    """Change the user's password after validating it."""
    if len(new_password) < 4:
        raise ValueError("password too short")
    user.password_hash = hash_password(new_password)
    user.save()
`,
  ),
  good(
    "CWE-521",
    "batch40: change_password requires twelve characters and rejects common passwords",
    src`
from .security import hash_password

COMMON = set(open("/usr/share/app/common-passwords.txt").read().split())


def change_password(user, new_password: str) -> None:
    """Change the user's password after validating it."""
    if len(new_password) < 12:
        raise ValueError("use at least 12 characters")
    if new_password.lower() in COMMON or user.username.lower() in new_password.lower():
        raise ValueError("password too easy to guess")
    user.password_hash = hash_password(new_password)
    user.save()
`,
  ),
  bad(
    "CWE-521",
    "batch40: django settings with an empty password validator list",
    src`
SECRET_KEY = __import__("os").environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["app.example.com"]

AUTH_PASSWORD_VALIDATORS = []
`,
  ),
  good(
    "CWE-521",
    "batch40: django settings with length, similarity, common and numeric validators",
    src`
SECRET_KEY = __import__("os").environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["app.example.com"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
`,
  ),
  bad(
    "CWE-521",
    "batch40: registration only checks that the password is not empty",
    src`
from flask import Flask, abort, request
from werkzeug.security import generate_password_hash

from .models import User, db

app = Flask(__name__)


@app.route("/register", methods=["POST"])
def register():
    """Register a new user."""
    password = request.form.get("password", "")
    if not password:
        abort(400, "password required")
    db.session.add(User(email=request.form["email"], password_hash=generate_password_hash(password)))
    db.session.commit()
    return "registered", 201
`,
  ),

  // ---------------- CWE-90 LDAP injection ----------------
  bad(
    "CWE-90",
    "batch40: ldap3 search filter formatted with the user name",
    src`
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)


@app.route("/whois")
def whois():
    """Look up a colleague in the directory."""
    uid = request.args["uid"]
    conn = Connection(Server("ldap://ldap.corp.example"), auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example", f"(uid={uid})", attributes=["cn", "mail"])
    return {"entries": [e.entry_to_json() for e in conn.entries]}
`,
  ),
  good(
    "CWE-90",
    "batch40: ldap3 search filter with escape_filter_chars",
    src`
from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)


@app.route("/whois")
def whois():
    """Look up a colleague in the directory."""
    uid = escape_filter_chars(request.args["uid"])
    conn = Connection(Server("ldap://ldap.corp.example"), auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example", f"(uid={uid})", attributes=["cn", "mail"])
    return {"entries": [e.entry_to_json() for e in conn.entries]}
`,
  ),
  bad(
    "CWE-90",
    "batch40: python-ldap search_s with the email concatenated into the filter",
    src`
import ldap


def find_by_email(email: str):
    """Return the directory entry for the given email address."""
    conn = ldap.initialize("ldap://ldap.corp.example")
    conn.simple_bind_s()
    flt = "(&(objectClass=person)(mail=" + email + "))"
    return conn.search_s("dc=corp,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn", "telephoneNumber"])
`,
  ),
  good(
    "CWE-90",
    "batch40: python-ldap search_s with ldap.filter.escape_filter_chars",
    src`
import ldap
import ldap.filter


def find_by_email(email: str):
    """Return the directory entry for the given email address."""
    conn = ldap.initialize("ldap://ldap.corp.example")
    conn.simple_bind_s()
    flt = "(&(objectClass=person)(mail=" + ldap.filter.escape_filter_chars(email) + "))"
    return conn.search_s("dc=corp,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn", "telephoneNumber"])
`,
  ),
  bad(
    "CWE-90",
    "batch40: login binds with a DN built from the raw user name",
    src`
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    """Authenticate the user against the directory."""
    user = request.form["username"]
    dn = "uid=" + user + ",ou=people,dc=corp,dc=example"
    conn = Connection(Server("ldaps://ldap.corp.example"), user=dn, password=request.form["password"])
    return ("ok", 200) if conn.bind() else ("denied", 401)
`,
  ),

  // ---------------- CWE-20 improper input validation ----------------
  bad(
    "CWE-20",
    "batch40: transfer endpoint accepts a negative amount",
    src`
from decimal import Decimal

from flask import Flask, abort, request
from flask_login import current_user, login_required

from .models import Account, db

app = Flask(__name__)


@app.route("/transfer", methods=["POST"])
@login_required
def transfer():
    """Move money from the user's account to another account."""
    amount = Decimal(request.form["amount"])
    src_acct = Account.query.filter_by(owner_id=current_user.id).one()
    dst_acct = Account.query.get_or_404(int(request.form["to"]))
    if src_acct.balance < amount:
        abort(400)
    src_acct.balance -= amount
    dst_acct.balance += amount
    db.session.commit()
    return "ok"
`,
  ),
  good(
    "CWE-20",
    "batch40: transfer endpoint requires a positive finite amount",
    src`
from decimal import Decimal, InvalidOperation

from flask import Flask, abort, request
from flask_login import current_user, login_required

from .models import Account, db

app = Flask(__name__)


@app.route("/transfer", methods=["POST"])
@login_required
def transfer():
    """Move money from the user's account to another account."""
    try:
        amount = Decimal(request.form["amount"])
    except InvalidOperation:
        abort(400)
    if not amount.is_finite() or amount <= 0:
        abort(400)
    src_acct = Account.query.filter_by(owner_id=current_user.id).one()
    dst_acct = Account.query.get_or_404(int(request.form["to"]))
    if src_acct.balance < amount:
        abort(400)
    src_acct.balance -= amount
    dst_acct.balance += amount
    db.session.commit()
    return "ok"
`,
  ),
  bad(
    "CWE-20",
    "batch40: upload extension check looks at the part after the first dot",
    src`
import os

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
ALLOWED = {"png", "jpg", "gif"}


@app.route("/avatar", methods=["POST"])
def avatar():
    """Save the user's avatar image."""
    f = request.files["file"]
    name = secure_filename(f.filename)
    if "." not in name or name.split(".")[1].lower() not in ALLOWED:
        abort(400)
    f.save(os.path.join("/var/www/static/avatars", name))
    return "ok"
`,
  ),
  good(
    "CWE-20",
    "batch40: upload extension check uses the last suffix",
    src`
import os

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
ALLOWED = {"png", "jpg", "gif"}


@app.route("/avatar", methods=["POST"])
def avatar():
    """Save the user's avatar image."""
    f = request.files["file"]
    name = secure_filename(f.filename)
    if "." not in name or name.rsplit(".", 1)[1].lower() not in ALLOWED:
        abort(400)
    f.save(os.path.join("/var/www/static/avatars", name))
    return "ok"
`,
  ),
  bad(
    "CWE-20",
    "batch40: page size from the query string used without bounds",
    src`
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/products")
def products():
    """List products a page at a time."""
    page = int(request.args.get("page", "1"))
    size = int(request.args.get("size", "20"))
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT id, name, price FROM products LIMIT ? OFFSET ?", (size, (page - 1) * size)).fetchall()
    return jsonify(rows)
`,
  ),

  // ---------------- CWE-641 (continued) ----------------
  bad(
    "CWE-641",
    "batch40: report saved under the requested name, which may be a device name like CON or NUL",
    src`
import os

REPORT_DIR = "C:\\Reports"


def save_report(name: str, content: str) -> str:
    """Save a report under the name the user typed."""
    if any(ch in name for ch in '<>:"/\\|?*'):
        raise ValueError("invalid character")
    path = os.path.join(REPORT_DIR, name + ".txt")
    with open(path, "w") as fh:
        fh.write(content)
    return path
`,
  ),
];
