// Dev suite "py-rules", batch 62 (format in py-rules.ts): false alarms on real library code, fourth round.
// Written after a seeded sample (seed 3737) of the analyzer's MEDIUM+ findings on twenty Debian bookworm packages
// never analysed before (a web framework and its ORM backends, a SQL toolkit, an event-driven networking library,
// an SSH library and its task runner, an async HTTP stack, a crawler, a task queue, an automation engine, a
// documentation generator, template engines, WSGI servers), in the same shapes but new code: identifiers quoted by
// the backend before they reach a statement, connection URLs and key markers inside docstrings, locks that guard
// one field while the object's other settings change freely, asserts on internal invariants, field names and
// reply codes that mention tokens and passwords, regex parameters of matching helpers, index reads guarded by a
// length test, markup built from markup, classes whose `from_string` parses no template, manual hostname checks,
// server contexts, loaders built on the safe constructor, throw-away temp names, cookie deletion, header
// rewrites of already-parsed values, `@` tests on a netloc, allow-listed method dispatch and delimited repeats.
// Marked positives beside them guard recall. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH62: DevCase[] = [
  ...rules(
    "CWE-89",
    "batch62: schema editor quoting table and column names before the statement",
    `
class InventorySchemaEditor:
    sql_rename_table = "ALTER TABLE %(old)s RENAME TO %(new)s"
    sql_drop_index = "DROP INDEX %(name)s"

    def __init__(self, connection):
        self.connection = connection

    def quote_name(self, name):
        return self.connection.ops.quote_name(name)

    def execute(self, sql, params=()):
        with self.connection.cursor() as cur:
            cur.execute(sql, params)

    def rename_table(self, old_table, new_table):
        self.execute(self.sql_rename_table % { # SAFE
            "old": self.quote_name(old_table),
            "new": self.quote_name(new_table),
        })

    def drop_index(self, model, index_name):
        self.execute(self.sql_drop_index % {"name": self.quote_name(index_name)}) # SAFE

    def count_rows(self, cursor, table_name):
        cursor.execute("SELECT COUNT(*) FROM %s" % self.connection.ops.quote_name(table_name)) # SAFE
        return cursor.fetchone()[0]

    def purge(self, cursor, table_name, cutoff):
        table = self.connection.ops.quote_name(table_name)
        cursor.execute("DELETE FROM %s WHERE created < %%s" % table, [cutoff]) # SAFE

    def find_owner(self, cursor, owner):
        cursor.execute("SELECT id FROM items WHERE owner = '%s'" % owner) # VULN
        return cursor.fetchall()
`,
  ),
  ...rules(
    "CWE-89",
    "batch62: request data into a statement next to a quoted identifier",
    `
from django.db import connection
from django.http import JsonResponse


def report(request):
    table = connection.ops.quote_name("shop_order")
    status = request.GET.get("status", "open")
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM %s WHERE status = '%s'" % (table, status)) # VULN
        rows = cur.fetchall()
        cur.execute("SELECT id FROM %s WHERE status = %%s" % table, [status]) # SAFE
        rows += cur.fetchall()
    return JsonResponse({"ids": [r[0] for r in rows]})
`,
  ),
  ...rules(
    "CWE-798",
    "batch62: connection URLs and key markers inside docstrings",
    `
"""Engine helpers for the reporting service.

Create an engine from a URL, for example::

    engine = make_engine("postgresql://alice:wonderland@localhost/reports") # SAFE

or, with a driver named explicitly::

    engine = make_engine(
        "mysql+pymysql://bob:builder@db.internal:3306/stats?charset=utf8mb4" # SAFE
    )
"""
from sqlalchemy import create_engine


def make_engine(url, **kw):
    """Return an engine for *url*.

    The URL has the usual shape \`\`dialect+driver://user:password@host/db\`\`, e.g.
    \`\`"oracle+cx_oracle://carol:secret42@orahost:1521/?service_name=svc"\`\`. # SAFE
    """
    return create_engine(url, **kw)


def load_key(data):
    """Parse a private key.

    The accepted text looks like::

        -----BEGIN OPENSSH PRIVATE KEY----- # SAFE
        <base64 body>
        -----END OPENSSH PRIVATE KEY-----
    """
    return data.strip()
`,
  ),
  ...rules(
    "CWE-798",
    "batch62: a real connection URL in code beside documented ones",
    `
"""Nightly export job.

Point it at a database with \`\`export(url)\`\`, for instance
\`\`export("postgresql://dave:example@localhost/test")\`\`. # SAFE
"""
from sqlalchemy import create_engine

PROD_ENGINE = create_engine("postgresql://exporter:Vq7!rT2m9Lxw@10.0.4.12:5432/billing") # VULN


def export(url=None):
    engine = create_engine(url) if url else PROD_ENGINE
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT 1").scalar()
`,
  ),
  ...rules(
    "CWE-362",
    // reset() rebinds the list in one store and reads nothing: a subscribe() racing it lands in the old list,
    // which is what subscribe-then-reset gives anyway; no interleaving gives a state no serial order gives.
    "batch62: a lock that guards the subscriber list while settings change freely",
    `
import threading


class EventHub:
    def __init__(self, name):
        self.name = name
        self._subscribers_lock = threading.Lock()
        self._subscribers = []
        self.compression = ("none",)
        self.log_channel = None

    def subscribe(self, callback):
        with self._subscribers_lock:
            self._subscribers.append(callback)

    def publish(self, event):
        with self._subscribers_lock:
            targets = list(self._subscribers)
        for cb in targets:
            cb(event)

    def use_compression(self, enabled=True):
        if enabled:
            self.compression = ("zlib", "none") # SAFE
        else:
            self.compression = ("none",) # SAFE

    def set_log_channel(self, name):
        self.log_channel = name # SAFE

    def reset(self):
        self._subscribers = [] # SAFE
`,
  ),
  ...rules(
    "CWE-362",
    "batch62: a counter updated under the lock by workers and reset bare",
    `
import threading


class Meter:
    def __init__(self):
        self._lock = threading.Lock()
        self.hits = 0
        self.label = "meter"

    def record(self):
        with self._lock:
            self.hits += 1

    def rename(self, label):
        self.label = label # SAFE

    def clear(self):
        self.hits = 0 # VULN


meter = Meter()
workers = [threading.Thread(target=meter.record) for _ in range(8)]
for w in workers:
    w.start()
`,
  ),
  ...rules(
    "CWE-617",
    "batch62: asserts on internal invariants that mention tokens and sessions",
    `
class ShardChooser:
    def choose(self, state):
        if state.key:
            token = state.key[2]
            assert token is not None # SAFE
            return token
        return state.identity_token


class Transaction:
    def __init__(self):
        self.is_active = True

    def _do_close(self):
        self.is_active = False

    def close(self):
        try:
            self._do_close()
        finally:
            assert not self.is_active # SAFE


class PasswordResetView:
    def dispatch(self, *args, **kwargs):
        assert "uidb64" in kwargs and "token" in kwargs # SAFE
        return self.get_user(kwargs["uidb64"])
`,
  ),
  ...rules(
    "CWE-617",
    "batch62: asserts used as the permission check of a view",
    `
from django.http import HttpResponse


def delete_account(request, account_id):
    assert request.user.is_staff # VULN
    request.user.accounts.filter(pk=account_id).delete()
    return HttpResponse("deleted")


def download(request, doc):
    assert request.user.has_perm("docs.view_document") # VULN
    return HttpResponse(doc.read())
`,
  ),
  ...rules(
    "CWE-798",
    "batch62: field names, default keys and reply codes that mention tokens and passwords",
    `
_WILDCARD_KEY = "*"
_DEFAULT_TOKEN = "_default_loader" # SAFE

USER_OK_NEED_PASSWORD = "331.1" # SAFE
NEED_ACCOUNT = "332"


def csrf_options(defaults):
    if defaults is None:
        token = "csrf_token" # SAFE
        header = "X-CSRF-Token"
        return token, header
    return defaults.token, defaults.header


def connect_args(url):
    opts = url.translate_connect_args(username="user", password="passwd") # SAFE
    return [opts.pop("host")], opts
`,
  ),
  ...rules(
    "CWE-798",
    "batch62: a service token written into the code",
    `
import requests

api_token = "c9T4pXq27LmB8vZr1YwK" # VULN


def fetch_orders():
    return requests.get(
        "https://api.example.com/orders",
        headers={"Authorization": "Bearer " + api_token},
        timeout=10,
    ).json()
`,
  ),
  ...rules(
    "CWE-1333",
    "batch62: helpers whose regex parameter is documented as a pattern",
    `
import logging
import re


class ExpectLog(logging.Filter):
    def __init__(self, logger, regex, required=True):
        self.logger = logger
        self.regex = re.compile(regex) # SAFE
        self.required = required

    def filter(self, record):
        return not self.regex.match(record.getMessage())


class Stream:
    def read_until_regex(self, regex, max_bytes=None):
        self._read_regex = re.compile(regex) # SAFE
        self._read_max = max_bytes


class Terminal:
    def __init__(self):
        self._expecting = []

    def expect(self, expression, timeout=None):
        self._expecting.append(re.compile(expression)) # SAFE
`,
  ),
  ...rules(
    "CWE-1333",
    "batch62: a search pattern taken from the query string",
    `
import re
from flask import Flask, request, jsonify

app = Flask(__name__)
TITLES = ["alpha", "beta", "gamma"]


@app.get("/search")
def search():
    pattern = request.args.get("q", "")
    rx = re.compile(pattern) # VULN
    return jsonify([t for t in TITLES if rx.search(t)])
`,
  ),
  ...rules(
    "CWE-208",
    "batch62: identity tokens and path tokens compared with constants and keys",
    `
WILDCARD = "*"


def chop_path(to_chop, pairs):
    for c_token, prop in zip(to_chop, pairs):
        if isinstance(c_token, str):
            if c_token != "relationship:%s" % WILDCARD and c_token != prop.key: # SAFE
                return None
    return to_chop


def refresh(rows, options):
    return [
        pk
        for pk, identity_token in rows
        if options.refresh_identity_token is None or identity_token == options.refresh_identity_token # SAFE
    ]
`,
  ),
  ...rules(
    "CWE-208",
    "batch62: an API key compared with ==",
    `
import os
from flask import Flask, request, abort

app = Flask(__name__)
API_KEY = os.environ["SERVICE_API_KEY"]


@app.post("/hook")
def hook():
    if request.headers.get("X-Api-Key") != API_KEY: # VULN
        abort(403)
    return "ok"
`,
  ),
  ...rules(
    "CWE-193",
    "batch62: scanner loops that read an index only after testing it against the length",
    `
def quote_runs(text):
    out = []
    start = end = 0
    while end <= len(text):
        ch = None
        if end < len(text):
            ch = text[end] # SAFE
        if ch is None or ch in "\\"\\\\":
            out.append(text[start:end])
            start = end + 1
        end += 1
    return out


def pairs(items):
    i = 0
    res = []
    while i <= len(items):
        if i < len(items):
            res.append(items[i]) # SAFE
        i += 1
    return res


def last_plus_one(values):
    total = 0
    for i in range(len(values) + 1):
        total += values[i] # VULN
    return total
`,
  ),
  ...rules(
    "CWE-116",
    "batch62: KML built from the nested shapes' own markup",
    `
class Ring:
    def __init__(self, coords):
        self.coords = coords

    @property
    def kml(self):
        pts = " ".join("%s,%s,0" % (float(x), float(y)) for x, y in self.coords)
        return "<LinearRing><coordinates>%s</coordinates></LinearRing>" % pts


class Polygon:
    def __init__(self, rings):
        self.rings = rings

    @property
    def kml(self):
        inner = "".join("<innerBoundaryIs>%s</innerBoundaryIs>" % r.kml for r in self.rings[1:]) # SAFE
        return "<Polygon><outerBoundaryIs>%s</outerBoundaryIs>%s</Polygon>" % (self.rings[0].kml, inner) # SAFE
`,
  ),
  ...rules(
    "CWE-116",
    "batch62: XML built from a customer's name",
    `
from flask import Flask, request, Response

app = Flask(__name__)


@app.post("/label")
def label():
    name = request.form["name"]
    xml = "<label><name>%s</name></label>" % name # VULN
    return Response(xml, mimetype="application/xml")
`,
  ),
  ...rules(
    "CWE-1336",
    "batch62: from_string on a key blob class and templates loaded by file name",
    `
from mako.lookup import TemplateLookup
from mako.template import Template


class CertBlob:
    def __init__(self, key_type, blob):
        self.key_type = key_type
        self.blob = blob

    @classmethod
    def from_file(cls, filename):
        with open(filename) as f:
            text = f.read()
        return cls.from_string(text) # SAFE

    @classmethod
    def from_string(cls, text):
        parts = text.split(None, 2)
        return cls(parts[0], parts[1])


class MakoView:
    def __init__(self, name, filename, dirs):
        self.name = name
        self.filename = filename
        self.lookup = TemplateLookup(directories=dirs)

    def prepare(self):
        self.tpl = Template(uri=self.name, filename=self.filename, lookup=self.lookup) # SAFE
`,
  ),
  ...rules(
    "CWE-1336",
    "batch62: a template built from the posted body",
    `
from flask import Flask, request
from mako.template import Template

app = Flask(__name__)


@app.post("/preview")
def preview():
    body = request.form["template"]
    return Template(body).render(user="guest") # VULN
`,
  ),
  ...rules(
    "CWE-295",
    "batch62: wrap_socket followed by a manual hostname check, and a server context",
    `
import socket
import ssl

from ssl import match_hostname

server_defaults = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH) # SAFE


def check_remote(host, port, ca_path):
    s = socket.create_connection((host, port))
    tls = ssl.wrap_socket(s, ca_certs=ca_path, cert_reqs=ssl.CERT_REQUIRED) # SAFE
    match_hostname(tls.getpeercert(), host)
    tls.close()


def client_no_verify(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE # VULN
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)
`,
  ),
  ...rules(
    "CWE-502",
    "batch62: yaml loaders assembled from the safe or the full constructor",
    `
import yaml
from yaml.constructor import SafeConstructor, UnsafeConstructor
from yaml.cyaml import CParser
from yaml.resolver import Resolver


class TagAwareConstructor(SafeConstructor):
    def construct_vault(self, node):
        return self.construct_scalar(node)


TagAwareConstructor.add_constructor("!vault", TagAwareConstructor.construct_vault)


class LintLoader(CParser, TagAwareConstructor, Resolver):
    def __init__(self, stream):
        CParser.__init__(self, stream)
        TagAwareConstructor.__init__(self)
        Resolver.__init__(self)


class PluginLoader(CParser, UnsafeConstructor, Resolver):
    def __init__(self, stream):
        CParser.__init__(self, stream)
        UnsafeConstructor.__init__(self)
        Resolver.__init__(self)


def check(text):
    return yaml.load(text, Loader=LintLoader) # SAFE


def load_plugin(text):
    return yaml.load(text, Loader=PluginLoader) # VULN
`,
  ),
  ...rules(
    "CWE-377",
    "batch62: a throw-away temp name given to an in-memory archive, and a real temp file",
    `
import tarfile
from io import BytesIO
from tempfile import mktemp


def is_tar(body):
    try:
        tarfile.open(name=mktemp(), fileobj=BytesIO(body)) # SAFE
    except tarfile.ReadError:
        return False
    return True


def spool(body):
    path = mktemp(suffix=".bin") # VULN
    with open(path, "wb") as f:
        f.write(body)
    return path
`,
  ),
  ...rules(
    "CWE-614",
    "batch62: a cookie cleared with an empty value and a past expiry",
    `
import datetime


class Handler:
    def clear_cookie(self, name, path="/", domain=None):
        expires = datetime.datetime.utcnow() - datetime.timedelta(days=365)
        self.set_cookie(name, value="", path=path, expires=expires, domain=domain) # SAFE

    def remember(self, sid):
        self.set_cookie("sessionid", sid) # VULN
`,
  ),
  ...rules(
    "CWE-532",
    "batch62: a header-field token name in a warning, and a bearer token logged",
    `
import logging

logger = logging.getLogger(__name__)


def parse_forwarded(value):
    out = {}
    for pair in value.split(";"):
        token, _, val = pair.partition("=")
        token = token.strip().lower()
        if token in ("for", "by", "host", "proto"):
            out[token] = val.strip('"')
        else:
            logger.warning("Unknown Forwarded token: %s" % token) # SAFE
    return out


def login(session, auth_token):
    logger.info("logged in with token %s", auth_token) # VULN
    session["t"] = auth_token
`,
  ),
  ...rules(
    "CWE-20",
    "batch62: an @ test on a netloc and a substring test on a host",
    `
from urllib.parse import urlparse


def host_header(url):
    netloc = urlparse(url).netloc
    if "@" in netloc: # SAFE
        return netloc.rpartition("@")[-1]
    return netloc


def is_trusted(url):
    host = urlparse(url).netloc
    return "example.com" in host # VULN
`,
  ),
  ...rules(
    "CWE-113",
    "batch62: headers rewritten from values the framework already parsed or produced",
    `
import calendar
from email.utils import formatdate

from django.http import HttpResponse


class WeakEtagMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            response.headers["ETag"] = "W/" + etag # SAFE
        return response


def sitemap(request, lastmod):
    response = HttpResponse("<urlset/>", content_type="application/xml")
    response.headers["Last-Modified"] = formatdate(calendar.timegm(lastmod), usegmt=True) # SAFE
    return response


def download(request):
    response = HttpResponse(b"data")
    response.headers["X-Requested-Name"] = request.GET["name"] # VULN
    return response
`,
  ),
  ...rules(
    "CWE-470",
    "batch62: a class-based view dispatching on the method after an allow-list test",
    `
KNOWN_METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"}


class View:
    def __init__(self, request):
        self.request = request

    async def handle(self):
        if self.request.method not in KNOWN_METHODS:
            raise ValueError("method not allowed")
        handler = getattr(self, self.request.method.lower(), None) # SAFE
        if handler is None:
            raise ValueError("method not allowed")
        return await handler()


class ActionView:
    def __init__(self, request):
        self.request = request

    def post(self):
        action = self.request.form["action"]
        handler = getattr(self, action) # VULN
        return handler()
`,
  ),
  ...rules(
    "CWE-835",
    "batch62: a select loop that leaves after one read",
    `
import select


class Channel:
    def __init__(self, sock):
        self.sock = sock

    def read_some(self, n):
        while True:
            ready, _, _ = select.select([self.sock], [], [], 0.1)
            if ready:
                data = self.sock.recv(n) # SAFE
                break
        return data

    def read_exact(self, n):
        buf = b""
        while len(buf) < n:
            buf += self.sock.recv(n - len(buf)) # VULN
        return buf
`,
  ),
  ...rules(
    "CWE-1333",
    "batch62: a repeated group that starts with a newline, and a nested plus",
    `
import re

VG_BLOCK = re.compile(r"(\\S+):\\n.*FREE PPs(\\n(\\S+)\\s+(\\w+)\\s+(\\d+).*)+") # SAFE
NESTED = re.compile(r"^(\\w+\\s?)+$") # VULN


def volume_groups(out):
    return [m.group(1) for m in VG_BLOCK.finditer(out)]
`,
  ),
];
