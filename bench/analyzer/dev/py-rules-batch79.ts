// Dev suite "py-rules", batch 79 (format in py-rules.ts): false alarms on real library code, tenth round.
// Written after a stratified seeded sample (seed 4343; at most 10 findings per package, 25 per rule) of the analyzer's
// MEDIUM+ findings on thirty Debian bookworm packages never analysed before (a WSGI/ASGI framework and another
// object-dispatch one, Django social-login, lockout, OTP and JWT apps, LDAP, SSH/SCP/task runners, FTP and WebDAV
// servers, a CalDAV server, XMPP, IRC, ManageSieve, SMTP, Exchange, OpenStack Swift, Vault, Jenkins, Twitter and
// Mailman API clients, SAML, ACME, a message-queue library, a job queue, a browser emulator and a REST plugin), in
// the same shapes but new code: header mappings a client or a response class builds for itself from its caller's
// arguments (a `{}` fallback, a copy, a requests Session's defaults), Django-style helpers whose first parameter
// is a request but that return no response (a count, a dict, nothing), fields written and then read back in a
// class whose lock guards something else, log lines whose only data is a literal picked by a flag, and comparisons
// that hold no secret (a find() result against -1, a hash constructor, an OTP already turned into an int). Marked
// positives beside them guard recall, among them the sample's true findings in new code (a passphrase written to
// the debug log, a request's Authorization header logged). Own code, never taken from an advisory or a held-out
// corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH79: DevCase[] = [
  ...rules(
    "CWE-113",
    "batch79: an object-store client fills the headers of its own outgoing request from its arguments",
    `
import http.client


def copy_blob(conn, bucket, key, dest, token, trace_id=None, headers=None):
    headers = dict(headers) if headers else {}
    headers["X-Storage-Token"] = token  # SAFE
    headers["Destination"] = "/%s/%s" % (bucket, dest)  # SAFE
    if trace_id is not None:
        headers["X-Trace-Id"] = trace_id  # SAFE
    conn.request("COPY", "/%s/%s" % (bucket, key), "", headers)
    return conn.getresponse()


def head_blob(conn, path, token, extra=None):
    hdrs = extra.copy() if extra else {}
    hdrs["X-Storage-Token"] = token  # SAFE
    conn.request("HEAD", path, "", hdrs)
    return conn.getresponse().status
`,
  ),
  ...rules(
    "CWE-113",
    "batch79: a framework's redirect exception class sets Location from its constructor argument",
    `
class HTTPStatusError(Exception):
    def __init__(self, status, headers=None):
        self.status = status
        self.headers = headers or {}


class HTTPSeeOther(HTTPStatusError):
    def __init__(self, location, headers=None):
        if headers is None:
            headers = {}
        headers.setdefault("location", location)  # SAFE
        super().__init__("303 See Other", headers)


class ApiClient:
    def __init__(self, session, api_key):
        self._session = session
        self._session.headers["X-Api-Key"] = api_key  # SAFE
`,
  ),
  ...rules(
    "CWE-113",
    "batch79: a view copies a query parameter into a header of the response it returns (positive)",
    `
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/download")
def download():
    headers = {}
    headers["Content-Disposition"] = "attachment; filename=" + request.args["name"]  # VULN
    resp = make_response(b"...")
    for k, v in headers.items():
        resp.headers[k] = v
    return resp


def tag(resp, headers=None):
    headers = headers or {}
    resp.headers["X-Tag"] = request.args.get("tag", "")  # VULN
    return resp
`,
  ),
  ...rules(
    "CWE-306",
    "batch79: lockout and e-mail helpers take a request first but are no views (they return a count or nothing)",
    `
from django.contrib.auth import get_user_model
from django.http import HttpRequest

from .models import AccessAttempt


def reset_attempts_for(request: HttpRequest, username=None) -> int:  # SAFE
    qs = AccessAttempt.objects.filter(ip_address=request.META.get("REMOTE_ADDR"))
    if username:
        qs = qs.filter(username=username)
    count, _ = qs.delete()
    return count


def send_account_notice(request, user, email=None):  # SAFE
    email = email or user.email
    get_user_model().objects.filter(pk=user.pk).update(notified=True)
    request.session["notice_sent"] = True


def delete_request_fields(request):  # SAFE
    return {"dn": str(request.dn), "controls": request.controls}
`,
  ),
  ...rules(
    "CWE-306",
    "batch79: a Django view deletes the account named in the form and answers (positive)",
    `
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect

from .models import Account


def delete_account(request):  # VULN
    Account.objects.filter(pk=request.POST["id"]).delete()
    return JsonResponse({"deleted": True})


def reset_all_passwords(request):  # VULN
    for a in Account.objects.all():
        a.set_unusable_password()
        a.save()
    resp = HttpResponse("done")
    return resp


def purge_exports(request):  # VULN
    Account.objects.filter(exported=True).delete()
    return redirect("/")
`,
  ),
  ...rules(
    "CWE-362",
    "batch79: a roster and a pool worker store a field and read it back; their lock guards other state",
    `
import threading


class Roster:
    def __init__(self, owner, backend=None):
        self.owner = owner
        self.backend = backend
        self._items = {}
        self._version = ""
        self._presence_lock = threading.Lock()

    def set_backend(self, backend):
        self.backend = backend  # SAFE
        for jid in self.backend.entries(self.owner):
            self._items[jid] = {}

    @property
    def version(self):
        if self.backend is not None:
            self._version = self.backend.version(self.owner)  # SAFE
        return self._version


class Worker:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None
        self.worker_lock = threading.Lock()

    def reconnect(self):
        self.conn = self.pool.factory()  # SAFE
        self.conn.open()
        return self.conn
`,
  ),
  ...rules(
    "CWE-362",
    "batch79: a counter checked and then bumped outside the lock its other updates take (positive)",
    `
import threading


class SessionPool:
    def __init__(self, maxsize):
        self.size = 0
        self.maxsize = maxsize
        self._lock = threading.Lock()

    def grow(self):
        with self._lock:
            if self.size < self.maxsize:
                self.size = self.size + 1

    def shrink(self):
        if self.size > 1:
            self.size = self.size - 1  # VULN

    def close(self):
        self.size -= 1  # VULN
`,
  ),
  ...rules(
    "CWE-117",
    "batch79: startup log lines whose only value is a literal picked by a setting",
    `
import logging

log = logging.getLogger(__name__)


def report_features(conf, request):
    log.info("chunked responses %s" % (conf.getboolean("chunked") and "ON" or "OFF"))  # SAFE
    log.info("keep-alive %s" % ("enabled" if request.headers.get("Connection") else "disabled"))  # SAFE
    log.info("compression: %s", request.args.get("gzip") and "gzip" or "identity")  # SAFE
    log.info("client asked for %s" % request.args.get("mode", "default"))  # VULN
    log.info("client mode %s" % (request.args.get("mode") or "default"))  # VULN
`,
  ),
  ...rules(
    "CWE-532",
    "batch79: a token refresh logs which of two words applies, not the token",
    `
import logging

log = logging.getLogger(__name__)


class OAuthCredentials:
    def __init__(self, client_id, access_token=None):
        self.client_id = client_id
        self.access_token = access_token

    def on_token_refresh(self, access_token):
        log.debug("%s token for %s", "Refreshing" if self.access_token else "Setting", self.client_id)  # SAFE
        self.access_token = access_token


def write_passphrase(stream, passphrase):
    stream.write(("%s\\n" % passphrase).encode())
    log.debug("wrote passphrase: %r", passphrase)  # VULN


def probe(response):
    log.debug("request headers: %s", response.request.headers)  # VULN
`,
  ),
  ...rules(
    "CWE-208",
    "batch79: comparisons that hold no secret: a find() index, a hash constructor, an OTP turned into an int",
    `
import hashlib
import hmac


def locate(value_xml, token, start):
    token_index = value_xml.find(token, start)
    if token_index == -1:  # SAFE
        return False
    return True


def sign_url(key, body, digest=hashlib.sha256):
    mac = hmac.new(key, body, digest)
    if digest == hashlib.sha512:  # SAFE
        return "sha512:" + mac.hexdigest()
    return mac.hexdigest()


def check_hotp(device, token):
    try:
        token = int(token)
    except ValueError:
        return False
    for counter in range(device.counter, device.counter + 3):
        if device.hotp(counter) == token:  # SAFE
            return True
    return False


def check_cookie(seed, value, sig):
    expected = hmac.new(seed, value, hashlib.sha256).hexdigest()
    if expected != sig:  # VULN
        raise ValueError("bad signature")


def check_code(device, token):
    return device.token == token  # VULN
`,
  ),
  ...rules(
    "CWE-703",
    "batch79: an SCP sender asserts a stat record carries mode bits before formatting them",
    `
async def send_dir_request(fs, path, size, make_request):
    attrs = await fs.stat(path)
    assert attrs.permissions is not None  # SAFE
    args = "%04o %d " % (attrs.permissions & 0o7777, size)
    await make_request(b"D", args.encode("ascii"), path)


def publish(user, post):
    assert user.permissions is not None  # VULN
    post.published = True
    post.save()
`,
  ),
  ...rules(
    "CWE-22",
    "batch79: an upload command reads stdin's descriptor when the file argument is '-'",
    `
import io
from sys import stdin


def collect(files):
    out = []
    for f in files:
        if f == "-":
            out.append(io.open(stdin.fileno(), mode="rb").read())  # SAFE
    return out


def collect_named():
    name = stdin.readline().strip()
    return io.open(name, mode="rb").read()  # VULN
`,
  ),
  ...rules(
    "CWE-20",
    "batch79: an SMTP client refuses host names that carry line breaks",
    `
from urllib.parse import urlparse


class MailClient:
    def __init__(self, hostname, url):
        if "\\r" in urlparse(url).hostname or "\\n" in urlparse(url).hostname:  # SAFE
            raise ValueError("line break in host name")
        self.hostname = hostname


def is_ours(url):
    return "mail.example.org" in urlparse(url).netloc  # VULN
`,
  ),
  ...rules(
    "CWE-1336",
    "batch79: an XML field parses its text with the value class's alternate constructor",
    `
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment()


class DateTimeField:
    value_cls = None

    def from_xml(self, text):
        return self.value_cls.from_string(text)  # SAFE


@app.route("/preview")
def preview():
    return env.from_string(request.args["tpl"]).render()  # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch79: a calendar store reads back the pickled cache entry it wrote under the same key",
    `
import os
import pickle
from typing import BinaryIO, cast

from flask import request


class ItemCache:
    def __init__(self, root, atomic_write):
        self.root = root
        self._atomic_write = atomic_write

    def store(self, href, content):
        folder = os.path.join(self.root, ".cache", "item")
        with self._atomic_write(os.path.join(folder, href), "wb") as fo:
            fb = cast(BinaryIO, fo)
            pickle.dump(content, fb)

    def load(self, href):
        folder = os.path.join(self.root, ".cache", "item")
        with open(os.path.join(folder, href), "rb") as f:
            return pickle.load(f)  # SAFE


def restore_upload():
    return pickle.load(request.files["state"].stream)  # VULN
`,
  ),
  ...rules(
    "CWE-328",
    "batch79: a file cache names entries by MD5 of the key; a session store keys statements by SHA-1 of a name id",
    `
import hashlib
import os


class FileCache:
    def __init__(self, cache_dir):
        self.cache_dir = cache_dir

    def _get_path(self, key):
        h = hashlib.md5()  # SAFE
        h.update(key.encode("utf-8"))
        return os.path.join(self.cache_dir, h.hexdigest())


class StatementStore:
    def __init__(self):
        self.statements = {}

    def get(self, name_id):
        k = hashlib.sha1(name_id.encode("utf-8")).hexdigest()  # SAFE
        if k in self.statements:
            return self.statements[k]
        return []


def check_password(store, user, password):
    k = hashlib.md5(password.encode("utf-8")).hexdigest()  # VULN
    return store.get(user) == k
`,
  ),
  ...rules(
    "CWE-798",
    "batch79: a JWT app's default settings name its claims; a provider test suite returns a canned token",
    `
from datetime import timedelta

DEFAULTS = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=5),
    "USER_ID_CLAIM": "user_id",
    "SLIDING_TOKEN_REFRESH_EXP_CLAIM": "refresh_exp",  # SAFE
    "CLIENT_SECRET": "k9QzT4vW1xY7bN3mR8pL2sD6",  # VULN
}


class AcmeOAuthTests(make_provider_tests("acme")):
    def get_login_response_json(self):
        return {"access_token": "tok-7Hq2Lm9Xz4", "expires_in": 3600}  # SAFE
`,
  ),
  ...rules(
    "CWE-330",
    "batch79: an OTP device's verify_token passes the last accepted step plus one as the replay floor",
    `
class TOTPDevice:
    def __init__(self, key, last_t=-1, tolerance=1):
        self.key = key
        self.last_t = last_t
        self.tolerance = tolerance

    def verify_token(self, token):
        totp = make_totp(self.key)
        verified = totp.verify(int(token), self.tolerance, self.last_t + 1)  # SAFE
        if verified:
            self.last_t = totp.t()
        return verified


class Invites:
    def new_invite_token(self, last):
        return "inv-%d" % (last.seq_no + 1)  # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch79: an identity provider keeps name ids in the shelf file its configuration names",
    `
import shelve


class NameIdStore:
    def __init__(self, db_path, domain=""):
        self.db = shelve.open(db_path, writeback=True, protocol=2)  # SAFE
        self.domain = domain

    def close(self):
        self.db.close()
`,
  ),
  ...rules(
    "CWE-502",
    "batch79: a client caches discovery results in a shelf under the shared temp directory (positive)",
    `
import getpass
import shelve
import tempfile
from pathlib import Path

CACHE_FILE = Path(tempfile.gettempdir(), "discovery.cache." + getpass.getuser())


def open_cache(file):
    return shelve.open(str(file))  # VULN


db = open_cache(CACHE_FILE)
`,
  ),
  ...rules(
    "CWE-116",
    "batch79: an ASGI request folds repeated header lines with a comma; its query parser takes a csv= flag",
    `
def build_headers(scope, options):
    req_headers = {}
    for name, value in scope["headers"]:
        if name not in req_headers:
            req_headers[name] = value
        else:
            req_headers[name] += b"," + value  # SAFE
    return parse_query(scope["query_string"], csv=options.auto_parse_qs_csv), req_headers
`,
  ),
  ...rules(
    "CWE-116",
    "batch79: a user export writes CSV rows joined by hand (positive)",
    `

def export_row(writer_file, user):
    writer_file.write(user.name + "," + user.email + "\\n")  # VULN


def open_export(path="users.csv"):
    return open(path, "w")
`,
  ),
  ...rules(
    "CWE-79",
    "batch79: an object-dispatch framework's tests build fixture controllers that echo their arguments",
    `
from unittest import TestCase

from pecan import expose, make_app


class TestLookup(TestCase):
    def test_kwargs(self):
        class RootController:
            @expose()
            def greet(self, **kw):
                return "Hello, %s!" % kw["name"]  # SAFE

        app = make_app(RootController())
        self.assertEqual(app.get("/greet?name=x").body, b"Hello, x!")


class RootController:
    @expose()
    def test_greet(self, name):
        return "Hello, %s!" % name  # VULN
`,
  ),
];
