// Dev suite "py-rules", batch 47 (format in py-rules.ts): false alarms on real library code. Written after a
// seeded sample of the analyzer's MEDIUM+ findings on installed, never-tuned Python packages (HTTP clients, an
// OAuth library, a syntax highlighter, packaging tools), in the same shapes but new code: lazy %-style logging of
// parameters, booleans and repr()s; colour tables and regex constants whose names hold "token"; token-type and
// key-name constants; masked passwords; outgoing request headers in a client; algorithm-name and integrity-digest
// comparisons; dot-anchored suffix checks and port/slash suffix tests; protocol compatibility tables; a client
// cookie jar; a scan loop guarded by `end < len(text)`; hashes for cache names and random ids. A few marked
// positives beside them guard recall. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH47: DevCase[] = [
  ...rules(
    "CWE-117",
    "batch47: lazy logging of parameters, flags and reprs in library code",
    `
import logging
import subprocess

log = logging.getLogger(__name__)


class Verifier:
    def verify(self, client_ok, token_ok, sig_ok):
        ok = all((client_ok, token_ok, sig_ok))
        if not ok:
            log.info("verification failed")
            log.info("client valid: %s", client_ok) # SAFE
            log.info("token valid: %s", token_ok) # SAFE
        return ok


def build(name, out_dir, size):
    log.info("Built %s into %s (%d bytes)", name, out_dir, size) # SAFE
    log.debug("Using version %s of %s", "1.2", name) # SAFE
    return out_dir


def run(cmd):
    proc = subprocess.run(cmd, capture_output=True)
    if proc.returncode:
        log.debug("stderr was %r", proc.stderr) # SAFE
    log.debug("%s exited with %d", cmd, proc.returncode) # SAFE
    return proc.stdout


def dispatch(kind, handler):
    log.debug("Dispatching %s request to %r.", kind, handler) # SAFE
    return handler
`,
  ),
  ...rules(
    "CWE-117",
    "batch47: request data written to a log from a view (positives)",
    `
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("audit")


@app.post("/login")
def login():
    user = request.form.get("user", "")
    log.warning("failed login for " + user) # VULN
    log.warning(f"failed login from {request.headers.get('User-Agent')}") # VULN
    log.warning("failed login for %r", user) # SAFE
    return "no", 401
`,
  ),
  ...rules(
    "CWE-532",
    "batch47: a refresh token written to a debug log (positive)",
    `
import logging

log = logging.getLogger(__name__)


def refresh(request, validator):
    log.debug("Validating refresh token %s for client %r.", request.refresh_token, request.client) # VULN
    if not validator.validate_refresh_token(request.refresh_token, request.client):
        log.debug("Invalid refresh token for client %r.", request.client) # SAFE
        return False
    return True
`,
  ),
  ...rules(
    "CWE-798",
    "batch47: names holding 'token' or 'password' that hold no secret",
    `
from pygments.style import Style
from pygments.token import Comment, Keyword, Token


class NightStyle(Style):
    background_color = "#1d1f21"
    styles = {
        Token: "#c5c8c6", # SAFE
        Comment: "italic #707880",
        Keyword: "bold #b294bb",
    }


IDENT_TOKEN = r"[A-Za-z_]\\w*" # SAFE
call_token = IDENT_TOKEN + r"(?=\\()"


class OAuthClient:
    refresh_token_key = "refresh_token" # SAFE
    token_type = "Bearer"

    def __init__(self, endpoint, default_token="Bearer"): # SAFE
        self.endpoint = endpoint
        self.default_token = default_token


def redact(user, password, host):
    if password is None:
        shown = ""
    else:
        password = ":****" # SAFE
        shown = password
    return f"{user}{shown}@{host}"


def pruned(lines):
    out = []
    for line in lines:
        token = " * [would prune] " # SAFE
        if line.startswith(token):
            out.append(line.replace(token, ""))
    return out


import psycopg2

conn = psycopg2.connect(host="db.internal", user="app", password="Wint3r!Sky#42") # VULN
API_TOKEN = "ghp_4fQ9zK2LmX8vR1tY6uW3pN0sB7cD5eH1jA2g" # VULN
`,
  ),
  ...rules(
    "CWE-113",
    "batch47: headers of an outgoing request built in a client library",
    `
import base64
import hashlib
import time


class DigestAuth:
    def __init__(self, user, password):
        self.user = user
        self.password = password

    def apply(self, method, uri, headers, challenge):
        ha1 = hashlib.sha256(f"{self.user}:{challenge['realm']}:{self.password}".encode()).hexdigest()
        ha2 = hashlib.sha256(f"{method}:{uri}".encode()).hexdigest()
        resp = hashlib.sha256(f"{ha1}:{challenge['nonce']}:{ha2}".encode()).hexdigest()
        headers["Authorization"] = 'Digest username="%s", uri="%s", response="%s"' % (self.user, uri, resp) # SAFE
        return headers


def proxy_headers(username, password):
    headers = {}
    if username:
        raw = base64.b64encode(f"{username}:{password}".encode()).decode()
        headers["Proxy-Authorization"] = "Basic " + raw # SAFE
    return headers


def prepare(headers, body, user_agent=None):
    if body is not None:
        headers["Content-Length"] = str(len(body)) # SAFE
    if user_agent:
        headers["User-Agent"] = user_agent # SAFE
    headers["Date"] = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime())
    return headers


from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/dl")
def dl():
    resp = make_response("ok")
    resp.headers["Content-Disposition"] = "attachment; filename=" + request.args.get("name", "") # VULN
    return resp
`,
  ),
  ...rules(
    "CWE-208",
    "batch47: == on algorithm names, token types and integrity digests",
    `
import hashlib
import hmac

HMAC_SHA1 = "HMAC-SHA1"
RSA_SHA256 = "RSA-SHA256"


def check(request, key):
    if request.signature_method == HMAC_SHA1: # SAFE
        return verify_hmac(request, key)
    elif request.signature_method == RSA_SHA256: # SAFE
        return verify_rsa(request, key)
    return False


def tokens_of(stream, Keyword, Punctuation):
    for token, value in stream:
        if token == Keyword and value == "def": # SAFE
            yield value
        opening = value == "(" and token == Punctuation # SAFE


def check_archive(data, expected):
    kind, value = expected.split("=", 1)
    digest = hashlib.new(kind, data).hexdigest()
    if digest != value: # SAFE
        raise ValueError("digest mismatch")
    return True


def check_webhook(headers, body, secret):
    mac = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return headers.get("X-Signature") == mac # VULN


def verify_hmac(request, key):
    return True


def verify_rsa(request, key):
    return True
`,
  ),
  ...rules(
    "CWE-20",
    "batch47: suffix tests that are not host allow-lists, and one that is",
    `
from urllib.parse import urlparse


def split_netloc(url):
    netloc = urlparse(url).netloc
    if netloc.endswith(":"): # SAFE
        raise ValueError("nonnumeric port")
    return netloc


def bypass(hostname, skip_names):
    hostname = "." + hostname.lstrip(".")
    for name in skip_names:
        if name.startswith(".") and hostname.endswith(name): # SAFE
            return True
    return False


def trusted(url):
    host = urlparse(url).hostname or ""
    return host.endswith("example.com") # VULN
`,
  ),
  ...rules(
    "CWE-327",
    "batch47: protocol constants in a compatibility table vs a context that uses one",
    `
import ssl

import OpenSSL.SSL

_versions = {ssl.PROTOCOL_TLS_CLIENT: OpenSSL.SSL.SSLv23_METHOD}

if hasattr(ssl, "PROTOCOL_TLSv1_1") and hasattr(OpenSSL.SSL, "TLSv1_1_METHOD"):
    _versions[ssl.PROTOCOL_TLSv1_1] = OpenSSL.SSL.TLSv1_1_METHOD # SAFE


def legacy_context():
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1) # VULN
`,
  ),
  ...rules(
    "CWE-614",
    "batch47: a client-side cookie jar vs a response cookie",
    `
from http import cookiejar

from flask import Flask, make_response


def jar_from_dict(values, jar=None):
    jar = jar if jar is not None else cookiejar.CookieJar()
    for name, value in values.items():
        jar.set_cookie(make_cookie(name, value)) # SAFE
    return jar


def make_cookie(name, value):
    return cookiejar.Cookie(0, name, value, None, False, "", False, False, "/", True, False, None, False, None, None, {})


app = Flask(__name__)


@app.get("/hi")
def hi():
    resp = make_response("hi")
    resp.set_cookie("session_id", "abc") # VULN
    return resp
`,
  ),
  ...rules(
    "CWE-193",
    "batch47: a scan loop that guards the index vs one that does not",
    `
def split_words(text):
    words = []
    start = end = 0
    while end <= len(text):
        ch = None
        if end < len(text):
            ch = text[end] # SAFE
        if ch is None or ch == " ":
            words.append(text[start:end])
            start = end + 1
        end += 1
    return words


def last_plus_one(items):
    total = 0
    for i in range(len(items) + 1):
        total += items[i] # VULN
    return total
`,
  ),
  ...rules(
    "CWE-327",
    "batch47: md5 for cache file names and random ids vs md5 of a password",
    `
import hashlib
import os


def cache_name(url):
    digest = hashlib.md5(url.encode("utf-8")).hexdigest() # SAFE
    return os.path.join("/var/cache/app", digest)


def machine_id():
    m = hashlib.md5() # SAFE
    with open("/dev/urandom", "rb") as f:
        m.update(f.read(64))
    return m.hexdigest()


def store_password(db, user, password):
    db.save(user, hashlib.md5(password.encode()).hexdigest()) # VULN
`,
  ),
  ...rules(
    "CWE-22",
    "batch47: paths from the login name and the temp dir",
    `
import getpass
import os
import tempfile
from pathlib import Path


def user_cache():
    try:
        user = getpass.getuser()
    except KeyError:
        user = "unknown"
    root = Path(tempfile.gettempdir()) / f"tool-of-{user}"
    root.mkdir(mode=0o700, exist_ok=True) # SAFE
    link = str(root) + "-current"
    try:
        os.unlink(link) # SAFE
    except OSError:
        pass
    return root


from flask import Flask, request, send_file

app = Flask(__name__)


@app.get("/file")
def get_file():
    return send_file(os.path.join("/srv/files", request.args["name"])) # VULN
`,
  ),
];
