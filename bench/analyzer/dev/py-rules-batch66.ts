// Dev suite "py-rules", batch 66 (format in py-rules.ts): false alarms on real library code, fifth round.
// Written after a seeded sample (seed 3838) of the analyzer's MEDIUM+ findings on twenty-two Debian bookworm
// packages never analysed before (a micro web framework and its WSGI toolkit, a template engine, two HTTP clients
// and their connection pool, an ASGI toolkit and an API framework on it, a REST framework, PostgreSQL, MongoDB and
// Redis drivers, an LDAP client, a SAML library, an SNMP engine, a DNS toolkit, a password-hashing library, a
// pty-driving library, a SQL formatter, a cloud SDK core and an automation runner), in the same shapes but new
// code: protocol constants used as keys of lookup tables, imports of retired modules in `except ImportError`
// fallbacks, availability probes that hash constants, helpers documented to run with the lock held and called only
// under it, statements whose values went through the driver's own escaping (`mogrify`, `quote_ident`),
// `from_string` classmethods that parse no template, inner loops whose `else: break` leaves the outer loop, header
// values from `mimetypes` or URL parsing, header lists filtered in place, paths named by the environment,
// credential-named constants holding URNs and error codes, comparisons with public mechanism names and parser
// tokens, pagination tokens and session names. Marked positives beside them guard recall. Own code, never taken
// from an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH66: DevCase[] = [
  ...rules(
    "CWE-327",
    "batch66: protocol constants as keys of a translation table",
    `
import ssl

from OpenSSL import SSL

_VERSION_TO_METHOD = {
    ssl.PROTOCOL_TLS_CLIENT: SSL.TLS_METHOD,
    ssl.PROTOCOL_TLSv1: SSL.TLSv1_METHOD, # SAFE
}

_MIN_MAX = {}
if hasattr(ssl, "PROTOCOL_TLSv1_1"):
    _MIN_MAX[ssl.PROTOCOL_TLSv1_1] = ("tls1.1", "tls1.1") # SAFE
if hasattr(ssl, "PROTOCOL_SSLv3"):
    _VERSION_TO_METHOD[ssl.PROTOCOL_SSLv3] = SSL.SSLv3_METHOD # SAFE


def method_for(version):
    return _VERSION_TO_METHOD[version]


def legacy_context():
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1) # VULN


def legacy_pyopenssl():
    return SSL.Context(_VERSION_TO_METHOD[ssl.PROTOCOL_TLS_CLIENT])


def old_socket(sock):
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1_1) # VULN
`,
  ),
  ...rules(
    "CWE-477",
    "batch66: retired hash modules imported only when hashlib is missing",
    `
try:
    from hashlib import md5, sha1
except ImportError:
    import md5 # SAFE
    import sha # SAFE

    md5 = md5.new
    sha1 = sha.new


def digest_pair(data):
    return md5(data).hexdigest(), sha1(data).hexdigest()
`,
  ),
  ...rules(
    "CWE-477",
    "batch66: a retired module imported first and the modern one as the fallback",
    `
try:
    import imp # VULN
except ImportError:
    imp = None
    import importlib


def load(name, path):
    if imp is not None:
        return imp.load_source(name, path)
    spec = importlib.util.spec_from_file_location(name, path)
    return spec
`,
  ),
  ...rules(
    "CWE-327",
    "batch66: probing whether MD5 is available under FIPS",
    `
import hashlib

try:
    hashlib.md5() # SAFE
    MD5_OK = True
except ValueError:
    MD5_OK = False


def content_md5(body):
    if not MD5_OK:
        return None
    return hashlib.md5(body).hexdigest()


def remember_password(store, user, password):
    store[user] = hashlib.md5(password.encode()).hexdigest() # VULN
`,
  ),
  ...rules(
    "CWE-916",
    "batch66: feature tests that run PBKDF2 over fixed bytes",
    `
import hashlib


def stdlib_supports(name):
    try:
        hashlib.pbkdf2_hmac(name, b"p", b"s", 1) # SAFE
        return True
    except ValueError:
        return False


def derive_weak(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1) # VULN


def derive(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000) # SAFE
`,
  ),
  ...rules(
    "CWE-362",
    "batch66: helpers documented to run with the lock held and called only under it",
    `
import threading


class ZoneStore:
    def __init__(self):
        self._version_lock = threading.Lock()
        self.versions = []
        self.nodes = {}
        self.origin = None

    def commit(self, version, origin):
        with self._version_lock:
            self._commit_unlocked(version, origin)

    def replace(self, version):
        with self._version_lock:
            self.versions.clear()
            self._commit_unlocked(version, self.origin)

    def _commit_unlocked(self, version, origin):
        self.versions.append(version)
        self.nodes = version.nodes # SAFE
        if self.origin is None:
            self.origin = origin # SAFE


class Topology:
    def __init__(self):
        self._lock = threading.Lock()
        self._opened = False
        self._servers = {}

    def open(self):
        with self._lock:
            self._ensure_opened()

    def select(self, address):
        with self._lock:
            self._ensure_opened()
            return self._servers.get(address)

    def _ensure_opened(self):
        """Hold the lock when calling this."""
        if not self._opened:
            self._opened = True # SAFE
            self._refresh()

    def _refresh(self):
        for address in ("a", "b"):
            self._servers[address] = object() # SAFE


class Pool:
    def __init__(self):
        self._lock = threading.Lock()
        self._created = 0

    def get(self):
        with self._lock:
            return self._make()

    def warm(self):
        return self._make()

    def _make(self):
        self._created += 1 # VULN
        return object()
`,
  ),
  ...rules(
    "CWE-89",
    "batch66: batches assembled from the driver's own escaped statements",
    `
import psycopg2
from psycopg2.extensions import quote_ident


def execute_in_pages(cur, sql, rows, page_size=100):
    for start in range(0, len(rows), page_size):
        page = rows[start:start + page_size]
        statements = [cur.mogrify(sql, args) for args in page]
        cur.execute(b";".join(statements)) # SAFE


def insert_values(cur, table_sql, rows):
    parts = [table_sql.encode(), b" VALUES "]
    for args in rows:
        parts.append(cur.mogrify("(%s, %s)", args))
        parts.append(b",")
    parts.pop()
    cur.execute(b"".join(parts)) # SAFE


def create_slot(cur, slot_name, plugin):
    command = f"CREATE_REPLICATION_SLOT {quote_ident(slot_name, cur)} LOGICAL {quote_ident(plugin, cur)}"
    cur.execute(command) # SAFE


def drop_slot(cur, slot_name):
    cur.execute(f"DROP_REPLICATION_SLOT {slot_name}") # VULN
`,
  ),
  ...rules(
    "CWE-89",
    "batch66: request data spliced next to a mogrified part",
    `
from flask import Flask, request
import psycopg2

app = Flask(__name__)


@app.route("/orders")
def orders():
    conn = psycopg2.connect("dbname=shop")
    cur = conn.cursor()
    status = request.args["status"]
    safe = cur.mogrify("SELECT * FROM orders WHERE status = %s", (status,))
    cur.execute(safe) # SAFE
    order_by = request.args.get("order", "id")
    cur.execute(safe + b" ORDER BY " + order_by.encode()) # VULN
    return {"rows": cur.fetchall()}
`,
  ),
  ...rules(
    "CWE-1336",
    "batch66: from_string on a hash format and on a policy class",
    `
from passlib.utils.handlers import GenericHandler


class BcryptWrapped(GenericHandler):
    prefix = "wrapped$"

    @classmethod
    def from_string(cls, hash):
        inner = hash[len(cls.prefix):]
        return super(BcryptWrapped, cls).from_string(inner) # SAFE


class Policy:
    def __init__(self, entries):
        self.entries = entries

    @classmethod
    def from_string(cls, source):
        return cls(dict(line.split("=", 1) for line in source.splitlines() if line))

    @classmethod
    def load(cls, source):
        if "\\n" in source:
            return cls(Policy.from_string(source).entries) # SAFE
        with open(source) as fh:
            return Policy.from_string(fh.read())
`,
  ),
  ...rules(
    "CWE-1336",
    "batch66: a Jinja environment compiling request text",
    `
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment()


@app.route("/preview", methods=["POST"])
def preview():
    body = request.form["body"]
    return env.from_string(body).render() # VULN


@app.route("/greeting")
def greeting():
    return env.from_string("Hello {{ name }}").render(name=request.args.get("name", "")) # SAFE
`,
  ),
  ...rules(
    "CWE-835",
    "batch66: an outer loop left by the else clause of an inner loop",
    `
def collapse(segments):
    while True: # SAFE
        i = 1
        while i < len(segments) - 1:
            if segments[i] == ".." and segments[i - 1] != "..":
                del segments[i - 1:i + 1]
                break
            i += 1
        else:
            break
    return "/".join(segments)


def drain(queue, handle):
    while True: # SAFE
        for item in queue.pop_batch():
            handle(item)
        else:
            break
    return len(queue)


def spin(worker):
    while True: # VULN
        for job in worker.jobs():
            if job is None:
                break
            job.run()
    return worker
`,
  ),
  ...rules(
    "CWE-113",
    "batch66: header values from mimetypes and URL parsing",
    `
import mimetypes
from urllib.parse import urlsplit

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/file")
def file():
    name = request.args["name"]
    resp = make_response(b"...")
    resp.headers["Content-Type"] = mimetypes.guess_type(name)[0] or "application/octet-stream" # SAFE
    return resp


@app.route("/via")
def via():
    target = request.args["target"]
    resp = make_response("ok")
    resp.headers["X-Upstream-Host"] = urlsplit(target).hostname or "" # SAFE
    resp.headers["X-Upstream"] = target # VULN
    return resp
`,
  ),
  ...rules(
    "CWE-113",
    "batch66: header lists filtered in place",
    `
from urllib.parse import parse_qs

HOP_BY_HOP = {"connection", "keep-alive", "te", "trailers", "transfer-encoding", "upgrade"}


def strip_hop_by_hop(headers):
    headers[:] = [(k, v) for k, v in headers if k.lower() not in HOP_BY_HOP] # SAFE


def strip_entity(headers, allowed=()):
    allowed = {x.lower() for x in allowed}
    headers[:] = [ # SAFE
        (key, value)
        for key, value in headers
        if not key.lower().startswith("content-") or key.lower() in allowed
    ]


def proxy_app(environ, start_response):
    query = parse_qs(environ.get("QUERY_STRING", ""))
    headers = [("X-Return-To", query.get("back", [""])[0])]
    start_response("200 OK", headers) # VULN
    return [b""]
`,
  ),
  ...rules(
    "CWE-22",
    "batch66: files named by the environment and a request-named download",
    `
import os
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
BASE = "/srv/files"


def ca_bundle():
    if "SSL_CERT_FILE" in os.environ:
        path = Path(os.environ["SSL_CERT_FILE"]) # SAFE
        if path.is_file():
            return str(path)
    return None


def run_startup(ctx):
    startup = os.environ.get("PYTHONSTARTUP")
    if startup and os.path.isfile(startup):
        with open(startup) as f: # SAFE
            return f.read()
    return None


@app.route("/download")
def download():
    name = request.args["name"]
    with open(os.path.join(BASE, name), "rb") as f: # VULN
        return f.read()
`,
  ),
  ...rules(
    "CWE-798",
    "batch66: credential-named constants holding URNs and error codes",
    `
PASSWORD_PROTECTED_TRANSPORT = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
PASSWORD = "urn:oasis:names:tc:SAML:2.0:ac:classes:Password" # SAFE
INVALID_PASSWORD = "28P01" # SAFE
INVALID_AUTHORIZATION_SPECIFICATION = "28000"

SMTP_PASSWORD = "Xk7#pq2!Lm9v" # VULN
`,
  ),
  ...rules(
    "CWE-208",
    "batch66: comparisons with public mechanism names and parser tokens",
    `
import hmac

DIGEST_MD5 = "DIGEST-MD5"
API_TOKEN = "set-from-config"


class Strategy:
    def __init__(self, connection):
        self.connection = connection

    def signing_on(self):
        return self.connection.sasl_mechanism == DIGEST_MD5 # SAFE


def tokens_before(statement, token):
    for t in statement.flatten():
        if t == token: # SAFE
            break
        yield t


def check_header(headers):
    return headers.get("X-Api-Token") == API_TOKEN # VULN


def check_header_safe(headers):
    return hmac.compare_digest(headers.get("X-Api-Token", ""), API_TOKEN) # SAFE
`,
  ),
  ...rules(
    "CWE-532",
    "batch66: pagination tokens logged and an access token logged",
    `
import logging

log = logging.getLogger(__name__)


class Paginator:
    def __init__(self, starting_token, access_token):
        self._starting_token = starting_token
        self._access_token = access_token

    def parse_old(self):
        log.debug("falling back to the old parser for token: %s" % self._starting_token) # SAFE
        return self._starting_token.split("___")

    def next_page(self, response):
        next_token = response.get("NextToken")
        log.debug("next page token %s", next_token) # SAFE
        return next_token

    def call(self):
        log.debug("calling with bearer %s", self._access_token) # VULN
`,
  ),
  ...rules(
    "CWE-330",
    "batch66: a time-stamped session name and a time-derived session token",
    `
import time


class RoleProvider:
    def __init__(self):
        self._assume_kwargs = {}

    def _default_session_name(self):
        self._role_session_name = "sdk-session-%s" % int(time.time()) # SAFE
        self._assume_kwargs["RoleSessionName"] = self._role_session_name


def new_session_token():
    session_token = "%x" % int(time.time() * 1000) # VULN
    return session_token
`,
  ),
];
