// Dev suite "py-rules", batch 84 (format in py-rules.ts): false alarms on real library code, thirteenth round.
// Written after a stratified seeded sample (seed 6666; at most 10 findings per package, 25 per rule) of the analyzer's
// MEDIUM+ findings on thirty-five Debian bookworm packages never analysed before (a netlink library and its state
// database, notebook and kernel servers, mailing-list servers and their web front ends, mail fetchers, a bug
// reporter, an IRC bot, fail2ban, a link checker, feed and page watchers, GIS and bioinformatics readers, an SNMP MIB
// compiler, a VPN-over-ssh tool, monitoring agents and exporters), in the same shapes but new code. Marked positives
// beside them guard recall. Own code, never taken from an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH84: DevCase[] = [
  ...rules(
    "CWE-89",
    "batch84: a state store that supports several paramstyles splices its placeholder token and its own table names; a purge that splices a caller's value",
    `
def forget_links(schema, target, index):
    schema.execute(
        "DELETE FROM links WHERE f_target = %s AND (f_oif = %s OR f_iif = %s)" % (schema.plch, schema.plch, schema.plch),  # SAFE
        (target, index, index),
    )


class Store:
    def __init__(self, schema, spec):
        self.schema = schema
        self.spec = spec

    def mark(self, target, flag):
        plch = (self.schema.plch,) * 2
        self.schema.execute("UPDATE links SET f_flags = %s WHERE f_target = %s" % plch, (flag, target))  # SAFE

    def flush(self, target):
        for table in self.spec:
            self.schema.execute("DELETE FROM %s WHERE f_target = %s" % (table, self.schema.plch), (target,))  # SAFE

    def purge(self, target, age):
        self.schema.execute("DELETE FROM links WHERE f_target = %s AND f_age > %s" % (self.schema.plch, age), (target,))  # VULN
`,
  ),
  ...rules(
    "CWE-117",
    "batch84: a Tornado handler logs the raw request path and header values it refuses; a handler that logs a decoded argument",
    `
import logging

from tornado import web

log = logging.getLogger(__name__)


class Guarded(web.RequestHandler):
    def prepare(self):
        origin = self.request.headers.get("Origin")
        host = self.request.headers["Host"]
        if origin and origin != "https://app.example.com":
            log.warning("Blocking cross-origin request for %s. Origin: %s, Host: %s", self.request.path, origin, host)  # SAFE
            raise web.HTTPError(403)

    def get(self):
        log.info("search for %s", self.get_argument("q"))  # VULN
        self.write("ok")
`,
  ),
  ...rules(
    "CWE-798",
    "batch84: a config-file reader compares lexer words with option names; a login check against a literal token",
    `
import shlex


def read_options(fp):
    opts = {}
    lex = shlex.shlex(fp, posix=True)
    lex.wordchars += "-"
    token = lex.get_token()
    while token:
        if token in ("no-cc", "cc"):
            opts["nocc"] = token == "no-cc"  # SAFE
        elif token in ("query-bts", "no-query-bts"):
            opts["noquery"] = token == "no-query-bts"  # SAFE
        token = lex.get_token()
    return opts


def admin_ok(token):
    return token == "Zq81-adm1n-Tk"  # VULN
`,
  ),
  ...rules(
    "CWE-208",
    "batch84: a command parser compares lexer words with its brackets; an API key compared with ==",
    `
import hmac


class Parser:
    left, right = "[", "]"

    def nested(self, lexer):
        out = []
        while True:
            token = lexer.get_token()
            if token == self.right:  # SAFE
                return out
            out.append(token)


def check(request, stored_key):
    api_key = request.headers.get("X-Api-Key", "")
    return api_key == stored_key  # VULN


def check_fixed(request, stored_key):
    return hmac.compare_digest(request.headers.get("X-Api-Key", ""), stored_key)
`,
  ),
  ...rules(
    "CWE-362",
    "batch84: a work queue whose conditions share its mutex, and a store whose decorator takes the lock; a counter bumped with no lock",
    `
import threading
from collections import deque
from functools import wraps


class WorkQueue:
    def __init__(self):
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.all_done = threading.Condition(self.mutex)
        self.items = deque()
        self.in_progress = 0

    def get(self):
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            return self._get()

    def _get(self):
        self.in_progress += 1  # SAFE
        return self.items.popleft()

    def task_done(self):
        with self.all_done:
            self.in_progress -= 1
            self.all_done.notify_all()


def locked(f):
    @wraps(f)
    def wrapper(self, *args):
        with self._lock:
            return f(self, *args)
    return wrapper


class BanStore:
    def __init__(self):
        self._lock = threading.RLock()
        self._cache = {}
        self._hits = 0

    @locked
    def purge(self):
        self._cache = {}  # SAFE

    def lookup(self, ip):
        with self._lock:
            self._cache[ip] = self._cache.get(ip, 0) + 1
            self._hits += 1

    def reset_hits(self):
        self._hits += 1  # VULN
`,
  ),
  ...rules(
    "CWE-269",
    "batch84: a list index filters the signed-in user's memberships by the requested role and shows it back; a join view that grants the requested role",
    `
from django.shortcuts import render


def my_lists(request, client):
    role = request.GET.get("role")
    lists = client.find_lists(request.user.id, role=role)  # SAFE
    context = {"lists": lists, "role": role}  # SAFE
    return render(request, "lists/index.html", context)


def join(request, mlist):
    mlist.subscribe(request.user.email, role=request.POST["role"])  # VULN
    return render(request, "lists/joined.html", {})
`,
  ),
  ...rules(
    "CWE-79",
    "batch84: a Tornado login page renders its template file; a handler that writes the query into markup",
    `
from tornado import web
from tornado.escape import url_escape


class Login(web.RequestHandler):
    def _render(self, message=None):
        self.write(self.render_template("login.html", next=url_escape(self.get_argument("next", "/")), message=message))  # SAFE

    def get(self):
        self._render()


class Echo(web.RequestHandler):
    def get(self):
        self.write("<p>" + self.get_argument("q") + "</p>")  # VULN
`,
  ),
  ...rules(
    "CWE-532",
    "batch84: a server logs where it writes its cookie secret; a debug line that logs the secret itself",
    `
import logging
import os

log = logging.getLogger(__name__)


class Server:
    def write_secret(self, secret):
        log.info("Writing cookie secret to %s", self.cookie_secret_file)  # SAFE
        with open(self.cookie_secret_file, "wb") as f:
            f.write(secret)
        os.chmod(self.cookie_secret_file, 0o600)

    def load_secret(self):
        with open(self.cookie_secret_file, "rb") as f:
            cookie_secret = f.read()
        log.debug("cookie secret: %s", cookie_secret)  # VULN
        return cookie_secret
`,
  ),
  ...rules(
    "CWE-434",
    "batch84: a status cache saves under its own file name; an upload saved under the client's name",
    `
import os

from flask import request


class StatusCache:
    def __init__(self, root, folder):
        self.filename = os.path.join(root, folder)

    def save(self, lines):
        with open(self.filename + ".tmp", "wt") as fd:  # SAFE
            fd.writelines(lines)
        os.replace(self.filename + ".tmp", self.filename)


def upload():
    f = request.files["doc"]
    with open(os.path.join("/srv/docs", f.filename), "wb") as out:  # VULN
        out.write(f.read())
`,
  ),
  ...rules(
    "CWE-295",
    "batch84: a push handler whose protocol parameter defaults to the verifying client protocol; one that defaults to PROTOCOL_TLS",
    `
import http.client
import ssl


def tls_push(host, cafile=None, protocol=ssl.PROTOCOL_TLS_CLIENT):
    context = ssl.SSLContext(protocol=protocol)  # SAFE
    if cafile:
        context.load_verify_locations(cafile)
    else:
        context.load_default_certs()
    return http.client.HTTPSConnection(host, context=context)


def legacy_push(host, protocol=ssl.PROTOCOL_TLS):
    context = ssl.SSLContext(protocol=protocol)  # VULN
    return http.client.HTTPSConnection(host, context=context)
`,
  ),
  ...rules(
    "CWE-595",
    "batch84: a command checks its runner's environment marker against the sentinel default; a role compared by identity",
    `
import os


def gatenews():
    missing = object()
    if os.getenv("_APP_RUNNER", missing) is missing:  # SAFE
        raise SystemExit("run by the runner only")


def is_admin(request):
    return request.headers.get("X-Role") is "admin"  # VULN
`,
  ),
  ...rules(
    "CWE-943",
    "batch84: a template lookup with keyword-only dict() keys; a search that splats the query string",
    `
from django.http import Http404


def template_view(request, name):
    data = dict(name=name, identifier=request.GET["id"], context=request.GET["context"])
    try:
        return EmailTemplate.objects.get(**data)  # SAFE
    except EmailTemplate.DoesNotExist:
        raise Http404("no template")


def search(request):
    return Product.objects.filter(**request.GET.dict())  # VULN
`,
  ),
  ...rules(
    "CWE-798",
    "batch84: an importer's option map and anonymous FTP's password; a real password default",
    `
OPTION_MAP = dict(
    pass_filename_extensions="pass_extensions",  # SAFE
    pass_mime_types="pass_types",
)


class MibFetcher:
    def __init__(self, host, user="anonymous", password="anonymous@"):  # SAFE
        self.host, self.user, self.password = host, user, password


class Mirror:
    def __init__(self, host, user="mirror", password="Mirr0r-2023!"):  # VULN
        self.host, self.user, self.password = host, user, password
`,
  ),
  ...rules(
    "CWE-835",
    "batch84: a worker reads JSON lines and returns when the parse fails at end of input; one that skips bad lines forever",
    `
import json


class Worker:
    def __init__(self, stream):
        self._input = stream

    def run(self):
        while True:
            try:
                line = self._input.readline()  # SAFE
                data = json.loads(line)
            except (json.JSONDecodeError, OSError):
                return None
            if "eof" in data:
                break
            self.handle(data)

    def run_lenient(self):
        while True:
            line = self._input.readline()  # VULN
            try:
                data = json.loads(line)
            except ValueError:
                continue
            if "eof" in data:
                break
            self.handle(data)

    def handle(self, data):
        print(data)
`,
  ),
  ...rules(
    "CWE-915",
    "batch84: member options set from the form's declared fields; a profile update that sets whatever was posted",
    `
from django.shortcuts import redirect


def member_options(request, member):
    form = MemberModerationForm(request.POST)
    if form.is_valid():
        for key in list(form.fields.keys()):
            setattr(member, key, form.cleaned_data[key])  # SAFE
        member.save()
    return redirect("member", member.id)


def update_profile(request, profile):
    for key, value in request.POST.items():
        setattr(profile, key, value)  # VULN
    profile.save()
    return redirect("profile")
`,
  ),
  ...rules(
    "CWE-338",
    "batch84: a test builds a long random subject; a reset token drawn from random",
    `
import random
import string
from unittest import TestCase


class ThreadTest(TestCase):
    def test_long_subject(self):
        subject = "".join(random.choice(string.ascii_letters + " ") for _ in range(3000))  # SAFE
        self.assertTrue(len(subject) == 3000)


def reset_token():
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))  # VULN
`,
  ),
  ...rules(
    "CWE-367",
    "batch84: a mirror creates its directory after an existence test; a writer that tests write permission first",
    `
import os


def ensure_mirror(path):
    if not os.access(path, os.F_OK):
        os.makedirs(path)  # SAFE
    return path


def append_line(path, line):
    if os.access(path, os.W_OK):
        with open(path, "a") as fh:  # VULN
            fh.write(line)
`,
  ),
];
