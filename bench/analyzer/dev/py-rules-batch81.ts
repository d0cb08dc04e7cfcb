// Dev suite "py-rules", batch 81 (format in py-rules.ts): false alarms on real library code, eleventh round.
// Written after a stratified seeded sample (seed 4444; at most 10 findings per package, 25 per rule) of the analyzer's
// MEDIUM+ findings on thirty Debian bookworm packages never analysed before (WSGI/ASGI frameworks and their servers,
// template engines, a Django REST plugin and a debug toolbar, WebSocket and Socket.IO/Engine.IO libraries, WAMP,
// a task queue, git in Python, DNS, LDAP and SNMP), in the same shapes but new code. Marked positives beside them
// guard recall, among them the sample's true findings in new code. Own code, never taken from an advisory or a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";
import { rules } from "./py-rules.js";

/** A Django template read through the markup front end; `@ok` / `@@` marks as in fileCases. */
const tpl = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch81", cwe, `${file}: ${note}`, src, "javascript").map((c) => ({ ...c, file }));

export const BATCH81: DevCase[] = [
  ...rules(
    "CWE-328",
    "batch81: known-answer tests of a content-addressed store's SHA-1 names, and a client checking the WebSocket accept value",
    `
import base64
import hashlib
import unittest

from .objstore import blob_name, WS_GUID


class TestBlobNames(unittest.TestCase):
    def test_name_of_empty_blob(self):
        self.assertEqual(hashlib.sha1(b"blob 0\\0").hexdigest(), blob_name(b""))  # SAFE

    def test_name_of_short_blob(self):
        expected = hashlib.sha1(b"blob 3\\0abc").hexdigest()  # SAFE
        self.assertEqual(expected, blob_name(b"abc"))


def accept_matches(response, nonce):
    offered = response.headers.get("Sec-WebSocket-Accept", "")
    wanted = base64.b64encode(hashlib.sha1(nonce + WS_GUID).digest()).decode()  # SAFE
    return offered == wanted


def legacy_password_digest(password):
    return hashlib.sha1(password.encode()).hexdigest()  # VULN
`,
  ),
  ...rules(
    "CWE-113",
    "batch81: a response class fills the header container it makes from its constructor's arguments; a multipart part's length under a named header constant",
    `
from multidict import CIMultiDict
from aiohttp import web

CONTENT_TYPE = "Content-Type"
CONTENT_LENGTH = "Content-Length"


class TextResponse:
    def __init__(self, text, headers=None, content_type="text/plain", charset="utf-8"):
        real_headers = CIMultiDict(headers) if headers is not None else CIMultiDict()
        real_headers[CONTENT_TYPE] = content_type + "; charset=" + charset  # SAFE
        self.headers = real_headers
        self.body = text.encode(charset)


def size_part(part):
    size = len(part.body)
    part.headers[CONTENT_LENGTH] = str(size)  # SAFE


async def echo_lang(request):
    headers = CIMultiDict()
    headers["Content-Language"] = request.query.get("lang", "en")  # VULN
    return web.Response(text="ok", headers=headers)
`,
  ),
  ...rules(
    "CWE-502",
    "batch81: tests that a template object survives a pickle round trip through an in-memory buffer",
    `
import pickle
import unittest
from io import BytesIO

from flask import request

from .markup import Fragment, render


class FragmentPickleTest(unittest.TestCase):
    def test_round_trip(self):
        frag = Fragment("<b>$name</b>")
        buf = BytesIO()
        pickle.dump(frag, buf, 2)
        buf.seek(0)
        restored = pickle.load(buf)  # SAFE
        self.assertEqual(render(restored, name="x"), "<b>x</b>")


def snapshot(frag):
    return pickle.load(BytesIO(pickle.dumps(frag)))  # SAFE


def restore_uploaded():
    buf = BytesIO(request.get_data())
    return pickle.load(buf)  # VULN
`,
  ),
  ...tpl(
    "field_row.html",
    "CWE-79",
    "a REST browsable form's field row marks the field's help text |safe, not its submitted value",
    `<div class="form-group{% if field.errors %} has-error{% endif %}">
  <label class="control-label">{{ field.label }}</label>
  <input name="{{ field.name }}" class="form-control" value="{{ field.value }}">
  {% if field.help_text %}
@ok    <span class="help-block">{{ field.help_text|safe }}</span>
  {% endif %}
  {% if field.value %}
@@    <p class="preview">{{ field.value|safe }}</p>
  {% endif %}
</div>
`,
  ),
  ...rules(
    "CWE-295",
    "batch81: a pre-fork server's worker wraps accepted client sockets server-side from its TLS settings",
    `
import socket
import ssl


class Worker:
    def __init__(self, cfg, listener):
        self.cfg = cfg
        self.listener = listener

    def accept_one(self):
        client, addr = self.listener.accept()
        if self.cfg.is_ssl:
            client = ssl.wrap_socket(client, server_side=True, **self.cfg.ssl_options)  # SAFE
        return client, addr


def fetch_status(host, port=443):
    raw = socket.create_connection((host, port))
    tls = ssl.wrap_socket(raw)  # VULN
    tls.sendall(b"GET /status HTTP/1.0\r\n\r\n")
    return tls.recv(4096)
`,
  ),
  ...rules(
    "CWE-595",
    "batch81: a selector parser hands out a namespace class's axis constants, and its matcher tests them by identity",
    `
class Axis:
    ATTRIBUTE = "attribute"
    CHILD = "child"
    DESCENDANT = "descendant"

    @classmethod
    def forname(cls, name):
        return getattr(cls, name.upper(), None)


ATTRIBUTE = Axis.ATTRIBUTE
CHILD = Axis.CHILD
DESCENDANT = Axis.DESCENDANT

ROLE_ADMIN = "admin"


def parse_step(token):
    axis = Axis.forname(token.split("::")[0]) or CHILD
    return axis, token.split("::")[-1]


def matches_deep(step):
    return step[0] is DESCENDANT  # SAFE


def may_edit(user):
    return user.role is ROLE_ADMIN  # VULN
`,
  ),
  ...rules(
    "CWE-798",
    "batch81: a challenge-response auth module's known-answer test vectors beside the module's own service account",
    `
import unittest

from .scram import derive_credential

TEST_VECTORS = [
    {
        "authid": "alice@example.com",
        "password": "secret123",  # SAFE
        "iterations": 4096,
        "expected": "8de7864c316f3c2356fd76cfdab696db55bc70e680fe5180e2f731e2345acca2",
    },
]

SERVICE_PASSWORD = "Wq7-mPz2!vLr4"  # VULN


class DeriveTest(unittest.TestCase):
    def test_vectors(self):
        for v in TEST_VECTORS:
            self.assertEqual(derive_credential(v["authid"], v["password"], v["iterations"]), v["expected"])
`,
  ),
  ...rules(
    "CWE-116",
    "batch81: an API framework serves its interactive docs page as an HTML document built from its own settings; a feed entry's author stays XML",
    `
from starlette.responses import HTMLResponse


def docs_page(openapi_url, title, js_url, favicon_url):
    html = f"""
    <!DOCTYPE html>
    <html>
    <head>
    <title>{title}</title>
    <link rel="shortcut icon" href="{favicon_url}">
    </head>
    <body>
    <div id="docs"></div>
    <script src="{js_url}"></script>
    <script>initDocs({{url: '{openapi_url}', dom_id: '#docs'}})</script>
    </body>
    </html>
    """  # SAFE
    return HTMLResponse(html)


def feed_author(author):
    return "<entry><author>" + author + "</author></entry>"  # VULN
`,
  ),
  ...rules(
    "CWE-95",
    "batch81: a markup library's tests check that a qualified name's repr evaluates back to an equal value",
    `
import unittest

from flask import request

from .names import QName


class QNameTest(unittest.TestCase):
    def test_repr_round_trip(self):
        qn = QName("{http://example.org/ns}item")
        self.assertEqual(eval(repr(qn)), qn)  # SAFE


def parse_name():
    return eval("QName(" + request.args["n"] + ")")  # VULN
`,
  ),
  ...rules(
    "CWE-330",
    "batch81: a response object turns a cookie's expiry date into a max-age, and a session records when it was last touched",
    `
import secrets
import time
from datetime import datetime, timedelta


def make_cookie(name, value, max_age=None, path="/"):
    parts = ["%s=%s" % (name, value), "Path=%s" % path]
    if max_age is not None:
        if isinstance(max_age, timedelta):
            max_age = int(max_age.total_seconds())
        parts.append("Max-Age=%d" % max_age)
    return "; ".join(parts)


class Response:
    def __init__(self):
        self.headerlist = []

    def set_cookie(self, name, value, max_age=None, expires=None, path="/"):
        if not max_age and isinstance(expires, datetime):
            max_age = expires - datetime.utcnow()  # SAFE
        cookie = make_cookie(name, value, max_age=max_age, path=path)
        self.headerlist.append(("Set-Cookie", cookie))


class Session(dict):
    def __init__(self):
        super().__init__()
        self.session_id = secrets.token_urlsafe(32)
        self.accessed = int(time.time())

    def touch(self):
        self.accessed = int(time.time())  # SAFE

    def rotate_weak(self):
        self.session_id = str(int(time.time()))  # VULN
`,
  ),
  ...rules(
    "CWE-617",
    "batch81: a routing protocol's HELLO message checks in its constructor that each announced role is one the protocol defines",
    `
class Hello:
    MESSAGE_TYPE = 1

    def __init__(self, realm, roles, authmethods=None):
        assert type(realm) == str
        assert type(roles) == dict
        for role in roles:
            assert role in ["subscriber", "publisher", "caller", "callee"]  # SAFE
        self.realm = realm
        self.roles = roles
        self.authmethods = authmethods or []


def drop_realm(session, realm):
    assert session.role in ["admin", "owner"]  # VULN
    realm.close()
`,
  ),
  ...rules(
    "CWE-918",
    "batch81: a debug panel lists the session's keys and values; a preview view fetches the URL it is given",
    `
import requests


def session_panel(request):
    try:
        rows = [(k, request.session.get(k)) for k in sorted(request.session.keys())]  # SAFE
    except TypeError:
        rows = [(k, request.session.get(k)) for k in request.session.keys()]  # SAFE
    return {"session": rows}


def link_preview(request):
    with requests.Session() as session:
        page = session.get(request.GET["url"], timeout=5)  # VULN
    return page.text[:200]
`,
  ),
  ...rules(
    "CWE-614",
    "batch81: a response class clears a cookie by setting it to None; a login view sets the session cookie without Secure",
    `
from webob import Response


class AppResponse(Response):
    def forget(self, name, path="/", domain=None):
        self.set_cookie(name, None, path=path, domain=domain)  # SAFE


def login_done(request, session_id):
    resp = Response("welcome")
    resp.set_cookie("sessionid", session_id, httponly=True, secure=False)  # VULN
    return resp
`,
  ),
  ...rules(
    "CWE-208",
    "batch81: a proxy-header parser rejects Forwarded pairs whose token or value carries whitespace; an admin hook compares its shared token",
    `
import os

ADMIN_TOKEN = os.environ["ADMIN_TOKEN"]


def parse_forwarded(value):
    pairs = {}
    for pair in value.split(";"):
        token, equals, val = pair.partition("=")
        if equals != "=":
            raise ValueError("missing =")
        if token.strip() != token:  # SAFE
            raise ValueError("token may not be surrounded by whitespace")
        pairs[token.lower()] = val
    return pairs


def admin_hook(request):
    if request.headers.get("X-Admin-Token", "").strip() != ADMIN_TOKEN:  # VULN
        raise PermissionError("bad token")
    return "ok"
`,
  ),
  ...rules(
    "CWE-20",
    "batch81: a URL class and its bytes twin split the user part off the netloc by a separator kept as a class field",
    `
class URLFields:
    _at: str
    _colon: str


class BaseURL(URLFields):
    _at = "@"
    _colon = ":"

    def __init__(self, scheme, netloc, path):
        self.scheme = scheme
        self.netloc = netloc
        self.path = path

    def split_auth(self):
        if self._at in self.netloc:  # SAFE
            auth, _, host = self.netloc.partition(self._at)
            return auth, host
        return None, self.netloc


class BytesURL(BaseURL):
    _at = b"@"
    _colon = b":"


class Trusted:
    allowed = "example.com"

    def __init__(self, url):
        self.url = url

    def is_ours(self):
        return self.allowed in self.url.netloc  # VULN
`,
  ),
  ...rules(
    "CWE-939",
    "batch81: a directory-export reader fetches attribute values given by URL only for the schemes its caller allowed",
    `
import sys
from urllib.parse import urlparse
from urllib.request import urlopen


class RecordReader:
    def __init__(self, stream, process_url_schemes=None):
        self._stream = stream
        self._process_url_schemes = set(process_url_schemes or ())

    def read_value(self, line):
        name, _, rest = line.partition(":<")
        url = rest.strip()
        u = urlparse(url)
        if u[0] in self._process_url_schemes:
            return name, urlopen(url).read()  # SAFE
        return name, None


def fetch_arg():
    return urlopen(sys.argv[1]).read()  # VULN
`,
  ),
  ...rules(
    "CWE-328",
    "batch81: a view configurator's default predicate hash is the digest of no data; a legacy key derivation stays MD5",
    `
from hashlib import md5

DEFAULT_PHASH = md5().hexdigest()  # SAFE


def derive_key(passphrase, salt):
    return md5(salt + passphrase.encode()).digest()  # VULN
`,
  ),
  ...rules(
    "CWE-798",
    "batch81: an OpenAPI model's enum of security scheme types spells each member as its name; a settings enum holds a real default",
    `
from enum import Enum


class SecuritySchemeType(Enum):
    apiKey = "apiKey"  # SAFE
    http = "http"
    oauth2 = "oauth2"
    openIdConnect = "openIdConnect"


class Defaults(str, Enum):
    admin_password = "Tr0ub4dor-and-3"  # VULN
`,
  ),
  ...fileCases(
    "batch81",
    "CWE-918",
    "a WSGI debugger page's script asks its own URL to print the PIN; a status widget fetches a base URL taken from the page's query (positive)",
    `function promptForPin(secret) {
  const encoded = encodeURIComponent(secret);
@ok  fetch(\`\${document.location}?__debugger__=yes&cmd=printpin&s=\${encoded}\`);
}

function loadStatus() {
  const api = new URLSearchParams(location.search).get("api");
@@  return fetch(api + "/status").then((r) => r.json());
}
`,
    "javascript",
  ),
  ...rules(
    "CWE-335",
    "batch81: a pre-fork server reseeds each worker from the OS, falling back to the clock only where the OS has no random source",
    `
import os
import random
import time


def reseed_worker():
    try:
        random.seed(os.urandom(64))
    except NotImplementedError:
        random.seed("%s.%s" % (time.time(), os.getpid()))  # SAFE


def reseed_child():
    try:
        seed = int.from_bytes(os.urandom(16), "big")
    except NotImplementedError:
        seed = int(time.time() * 1000) ^ os.getpid()
    random.seed(seed)  # SAFE


def reseed_job(job_id):
    random.seed(time.time())  # VULN
    return random.random()
`,
  ),
  ...rules(
    "CWE-79",
    "batch81: an ASGI framework's template helper builds its jinja2 environment from options it defaults to autoescaping",
    `
import jinja2


class Templates:
    def __init__(self, directory, **env_options):
        self.env = self._create_env(directory, **env_options)

    def _create_env(self, directory, **env_options):
        loader = jinja2.FileSystemLoader(directory)
        env_options.setdefault("loader", loader)
        env_options.setdefault("autoescape", True)
        return jinja2.Environment(**env_options)  # SAFE


def legacy_env(directory):
    opts = {"loader": jinja2.FileSystemLoader(directory), "autoescape": False}
    return jinja2.Environment(**opts)  # VULN
`,
  ),
];
