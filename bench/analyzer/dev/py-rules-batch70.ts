// Dev suite "py-rules", batch 70 (format in py-rules.ts): false alarms on real library code, sixth round.
// Written after a seeded sample (seed 3939) of the analyzer's MEDIUM+ findings on twenty-two Debian bookworm
// packages never analysed before (a minimalist web framework, an object-dispatch framework, a fast WSGI/ASGI API
// framework, a migration tool, a social-login app, a documentation toolkit, an XML toolkit's pure-Python parts, a
// Markdown converter, an HTML sanitiser, a form library, a login-session extension, an OAuth helper for a HTTP
// client, an OpenID library, a CalDAV server, an AMQP client, an LDAP binding, a browser emulator, a feed parser,
// a secrets-store client, a CI-server client, a job queue and a crypto library's Python layer), in the same
// shapes but new code: session middlewares of another framework called in tests, values passed through the
// module's own escaping function before they are formatted into markup, backslash escapers for non-HTML syntaxes,
// ampersands escaped by a regular expression, credential-named parameters and attributes holding plain words,
// URL templates and rate limits, algorithm tables that name weak hashes beside strong ones, socket binds, an
// `except ImportError` fallback to a retired escaper, `verify=False` on a function that is no HTTP client, and
// equality tests on signatures and share counts. Marked positives beside them guard recall. Own code, never
// taken from an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH70: DevCase[] = [
  ...rules(
    "CWE-614",
    "batch70: another framework's session middleware called in a unit test vs a signed-cookie session without https_only",
    `
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.test import RequestFactory, TestCase


class MessageTests(TestCase):
    def test_message_escaping(self):
        request = RequestFactory().get("/")
        SessionMiddleware(lambda request: None).process_request(request) # SAFE
        MessageMiddleware(lambda request: None).process_request(request)
        self.assertTrue(hasattr(request, "session"))


def with_session(get_response):
    middleware = SessionMiddleware(get_response) # SAFE
    return middleware
`,
  ),
  ...rules(
    "CWE-614",
    "batch70: a signed-cookie session middleware left without https_only",
    `
import os

from starlette.applications import Starlette
from starlette.middleware.sessions import SessionMiddleware

app = Starlette()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_KEY"]) # VULN
`,
  ),
  ...rules(
    "CWE-116",
    "batch70: token text passed through the formatter's own escape function before it is put in XML",
    `
from xml.sax.saxutils import escape


class SpanFormatter:
    def __init__(self, style_function, escape_function=escape):
        self.style_function = style_function
        self.escape_function = escape_function

    def format(self, tokens, out):
        for kind, value in tokens:
            value = self.escape_function(value)
            style = self.style_function(kind)
            out.write('<text:span text:style-name="%s">%s</text:span>' % (style, value)) # SAFE


class RawSpanFormatter:
    def __init__(self, style_function):
        self.style_function = style_function

    def format(self, tokens, out):
        for kind, value in tokens:
            style = self.style_function(kind)
            out.write('<text:span text:style-name="%s">%s</text:span>' % (style, value)) # VULN
`,
  ),
  ...rules(
    "CWE-116",
    "batch70: an escaper for a backslash syntax (distinguished names) and one that escapes & with a regular expression",
    `
import re

RE_AMP = re.compile(r"&(?!(?:\\#[0-9]+|\\#x[0-9a-f]+|[0-9a-z]+);)", re.I)


def escape_dn_value(s): # SAFE
    if not s:
        return s
    s = s.replace("\\\\", "\\\\\\\\")
    s = s.replace(",", "\\\\,")
    s = s.replace("+", "\\\\+")
    s = s.replace('"', '\\\\"')
    s = s.replace("<", "\\\\<")
    s = s.replace(">", "\\\\>")
    s = s.replace(";", "\\\\;")
    return s


def escape_attribute(text): # SAFE
    if "&" in text:
        text = RE_AMP.sub("&amp;", text)
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    return text


def escape_html_text(text): # VULN
    text = text.replace("<", "&lt;")
    text = text.replace(">", "&gt;")
    return text
`,
  ),
  ...rules(
    "CWE-798",
    "batch70: credential-named parameters, attributes and keys holding plain words, templates and rate limits",
    `
from typing import Optional


class UpgradeOps:
    def __init__(self, ops=(), upgrade_token: str = "upgrades") -> None: # SAFE
        self.ops = ops
        self.upgrade_token = upgrade_token


def configure(render_item=None, upgrade_token: str = "upgrades", downgrade_token: str = "downgrades"): # SAFE
    return {"upgrade_token": upgrade_token, "downgrade_token": downgrade_token}


class Consumer:
    session_key_prefix = "_openid_consumer_"
    _token = "last_token" # SAFE


def compliance_fix(session):
    session._client_default_token_placement = "query" # SAFE
    return session


CONFIG_CREDENTIAL = "%(folder_url)sjob/%(short_name)s/credentials/store/folder/domain/%(domain)s/config.xml" # SAFE
CREDENTIAL_INFO = "%(folder_url)sjob/%(short_name)s/credential/%(name)s/api/json?depth=0" # SAFE

RATE_LIMITS = {
    "change_password": "5/m", # SAFE
    "reset_password_email": "5/m", # SAFE
    "login_failed": "10/m/ip",
}


class ApiClient:
    def __init__(self, base_url: str, api_token: str = "glpat-Xq7r2LmN9vBt4KpW8sZe") -> None: # VULN
        self.base_url = base_url
        self.api_token = api_token


DB_SETTINGS = {
    "user": "reporting",
    "password": "Rp0rt!ng-2024#db", # VULN
}
`,
  ),
  ...rules(
    "CWE-328",
    "batch70: weak hashes named in a signature-algorithm table beside strong ones vs hashing a password with SHA-1",
    `
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import SignatureAlgorithmOID

_SIG_OIDS_TO_HASH = {
    SignatureAlgorithmOID.RSA_WITH_MD5: hashes.MD5(), # SAFE
    SignatureAlgorithmOID.RSA_WITH_SHA1: hashes.SHA1(), # SAFE
    SignatureAlgorithmOID.RSA_WITH_SHA256: hashes.SHA256(),
    SignatureAlgorithmOID.RSA_WITH_SHA384: hashes.SHA384(),
    SignatureAlgorithmOID.ECDSA_WITH_SHA1: hashes.SHA1(), # SAFE
    SignatureAlgorithmOID.ECDSA_WITH_SHA256: hashes.SHA256(),
}


def hash_for(oid):
    return _SIG_OIDS_TO_HASH[oid]


def password_digest(password: bytes) -> bytes:
    digest = hashes.Hash(hashes.SHA1()) # VULN
    digest.update(password)
    return digest.finalize()
`,
  ),
  ...rules(
    "CWE-287",
    "batch70: a socket bound to find a free port vs an LDAP bind with a DN and no password",
    `
import socket

import ldap


class SlapdHarness:
    local_host = "127.0.0.1"

    def _avail_tcp_port(self):
        sock = socket.socket()
        try:
            sock.bind((self.local_host, 0)) # SAFE
            port = sock.getsockname()[1]
        finally:
            sock.close()
        return port


def login(uri, user_dn):
    conn = ldap.initialize(uri)
    conn.simple_bind_s(user_dn, "") # VULN
    return conn
`,
  ),
  ...rules(
    "CWE-477",
    "batch70: html.escape imported under an alias, cgi.escape only in the except ImportError fallback",
    `
try:
    from html import escape as html_escape
except ImportError:
    from cgi import escape as html_escape


def format_text(text, strip=True):
    if text is None:
        return ""
    if strip:
        text = text.strip()
    return html_escape(text, 1) # SAFE


def markup_words(words):
    for word in words:
        yield html_escape(word) # SAFE
`,
  ),
  ...rules(
    "CWE-477",
    "batch70: the retired cgi.escape called directly",
    `
import cgi


def annotate(lines, template):
    for lineno, line in lines:
        yield template % (lineno, cgi.escape(line)) # VULN
`,
  ),
  ...rules(
    "CWE-295",
    "batch70: verify=False on a function that parses a response's charset vs on a requests call",
    `
import requests


def get_encoding_from_response(response, verify=True):
    ct = response.headers.get("content-type", "")
    if "charset=" in ct:
        return ct.split("charset=")[-1]
    return None if not verify else "utf-8"


def parse(response):
    encoding = get_encoding_from_response(response, verify=False) # SAFE
    return response.read().decode(encoding or "latin-1")


def fetch(url):
    return requests.get(url, timeout=10, verify=False) # VULN
`,
  ),
  ...rules(
    "CWE-208",
    "batch70: equality on an inspect signature and on share counts vs an HMAC hash compared with !=",
    `
import hashlib
import hmac
import inspect
import time


def verify_interface(iface, klass, method, check_annotations=False):
    sig = inspect.signature(getattr(iface, method))
    actual = inspect.signature(getattr(klass, method))
    ok = sig == actual # SAFE
    return ok


def initialize(secret_shares=5, secret_threshold=3, stored_shares=None):
    if stored_shares is not None:
        if stored_shares != secret_shares: # SAFE
            raise ValueError("stored_shares must equal secret_shares")
    return {"secret_shares": secret_shares, "secret_threshold": secret_threshold}


def telegram_login(bot_token, data):
    received = data.pop("hash")
    payload = "\\n".join(sorted("%s=%s" % (k, v) for k, v in data.items()))
    key = hashlib.sha256(bot_token.encode()).digest()
    expected_hash = hmac.new(key, payload.encode(), hashlib.sha256).hexdigest()
    if received != expected_hash or time.time() - int(data["auth_date"]) > 30: # VULN
        return None
    return data
`,
  ),
  ...rules(
    "CWE-113",
    "batch70: response headers set by framework code from method lists, file metadata and computed types vs from a query value",
    `
import mimetypes
import os

import cherrypy
from cherrypy.lib import httputil


def allow(methods=None):
    if not methods:
        methods = ["GET", "HEAD"]
    elif "GET" in methods and "HEAD" not in methods:
        methods.append("HEAD")
    cherrypy.response.headers["Allow"] = ", ".join(methods) # SAFE
    if cherrypy.request.method not in methods:
        raise cherrypy.HTTPError(405)


def serve_file(path, content_type=None):
    response = cherrypy.serving.response
    st = os.stat(path)
    response.headers["Last-Modified"] = httputil.HTTPDate(st.st_mtime) # SAFE
    if content_type is None:
        content_type = mimetypes.types_map.get(os.path.splitext(path)[1].lower())
    if content_type is not None:
        response.headers["Content-Type"] = content_type # SAFE
    response.headers["Content-Length"] = st.st_size # SAFE
    return open(path, "rb")


def vary(header_name):
    response = cherrypy.serving.response
    varies = response.headers.get("Vary", "")
    varies = [x.strip() for x in varies.split(",") if x.strip()]
    if header_name not in varies:
        varies.append(header_name)
    response.headers["Vary"] = ", ".join(varies) # SAFE


class Root:
    @cherrypy.expose
    def greet(self, name=""):
        cherrypy.response.headers["X-Greeting"] = "hello " + name # VULN
        return "ok"
`,
  ),
];
