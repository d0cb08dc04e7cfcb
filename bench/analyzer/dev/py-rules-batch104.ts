// Dev suite "py-rules", batch 104 (format in py-rules.ts): the false shapes of the twenty-first real-code sample
// (Debian python3-* packages, seed 50505), each beside a real weakness of the same rule: from_string parsers that
// are not template engines, redirects to single-sign-on URLs built from settings, XML whose values pass through an
// escaper or a numeric format, getattr on the request's own method, status and enum comparisons, lock-taking
// decorators, parser positions named like secrets, role and mode names under token-ish keys, eval over a function's
// own __name__, globals() picked after a membership test. Own code, written blind.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH104: DevCase[] = [
  ...rules(
    "CWE-1336",
    "batch104: from_string on structure parsers and format classes vs a Jinja environment's from_string",
    `
import jinja2
from flask import Flask, request

import chemkit.geometry
from .formats import ArchiveFormat

app = Flask(__name__)
env = jinja2.Environment()


def read_atoms(block):
    lines = ["%s %s %s %s" % tuple(row.split()[:4]) for row in block.splitlines()]
    text = "\\n".join(lines)
    return chemkit.geometry.from_string(text, dtype="xyz", fix_com=True) # SAFE


class Store:
    @classmethod
    def open_format(cls, header):
        return ArchiveFormat.from_string(header.decode("ascii")) # SAFE

    @classmethod
    def parse(cls, raw):
        return cls.from_string(raw.strip()) # SAFE


@app.post("/parse")
def parse_upload():
    return str(read_atoms(request.form["geometry"]))


@app.post("/preview")
def preview():
    return env.from_string(request.form["body"]).render(user="guest") # VULN
`,
  ),
  ...rules(
    "CWE-601",
    "batch104: redirects to the sign-on server from settings with the caller's URL as a query value vs a redirect to the caller's next",
    `
from urllib.parse import quote, urlencode, urljoin

from django.conf import settings
from django.http import HttpResponseRedirect


def _sso_login(service, renew=False):
    params = {"service": service}
    if renew:
        params["renew"] = "true"
    return urljoin(settings.SSO_SERVER, "login") + "?" + urlencode(params)


def _sso_logout(request, back=None):
    url = urljoin(settings.SSO_SERVER, "logout")
    if back:
        url += "?" + urlencode({"url": request.build_absolute_uri(back)})
    return url


def _next_from(request):
    return request.GET.get("next") or "/"


def login(request):
    service = request.build_absolute_uri(request.GET.get("next", "/"))
    if request.GET.get("renew"):
        return HttpResponseRedirect(_sso_login(service, True)) # SAFE
    return HttpResponseRedirect(_sso_login(service)) # SAFE


def logout(request):
    return HttpResponseRedirect(_sso_logout(request, request.GET.get("next"))) # SAFE


def require_login(request):
    target = "%s?%s=%s" % (settings.LOGIN_URL, "next", quote(request.get_full_path()))
    return HttpResponseRedirect(target) # SAFE


def after_login(request):
    return HttpResponseRedirect(_next_from(request)) # VULN
`,
  ),
  ...rules(
    "CWE-116",
    "batch104: XML whose values pass through an escaper or a numeric format vs a raw title",
    `
from xml.sax.saxutils import escape


def _escape_attr(value):
    return escape(value, {'"': "&quot;"}).encode("utf-8")


def song_xml(tag, info, pretty=True):
    nl = "\\n" if pretty else ""
    xml = "<song>" + nl
    if tag.artist:
        xml += f"  <artist>{escape(tag.artist)}</artist>{nl}" # SAFE
    if info:
        xml += f"  <seconds>{info.duration:.1f}</seconds>{nl}" # SAFE
        xml += f"  <bitrate>{info.bitrate:d}</bitrate>{nl}" # SAFE
    return xml + "</song>"


def entry_xml(entry):
    parent = b""
    if entry.parent:
        parent = b"".join([b' parent="', _escape_attr(entry.parent), b'"'])
    return b'<dir id="%s" name="%s"%s />\\n' % (_escape_attr(entry.id), _escape_attr(entry.name), parent) # SAFE


def album_xml(album):
    return f"<album><title>{album.title}</title></album>" # VULN
`,
  ),
  ...rules(
    "CWE-470",
    "batch104: getattr on the request's own method dict and globals() picked after a membership test vs a name from the request",
    `
import reports
from django import forms
from django.http import JsonResponse

THEMES = {"PLAIN": ["a"], "FANCY": ["b"]}
PLAIN = ["plain"]
FANCY = ["fancy"]


class WizardForm(forms.Form):
    def __init__(self, request, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        plugin = getattr(self.request, self.request.method).get("plugin") # SAFE
        self.fields["plugin"] = forms.CharField(initial=plugin)


def pick_theme(theme):
    if theme.lower() == "none":
        return []
    elif theme.upper() in ("PLAIN", "FANCY"):
        return globals()[theme.upper()] # SAFE
    raise ValueError(theme)


def run_report(request):
    fn = getattr(reports, request.GET["report"]) # VULN
    return JsonResponse(fn())


def make_shape(request):
    return JsonResponse(globals()[request.GET["shape"]]()) # VULN
`,
  ),
  ...rules(
    "CWE-208",
    "batch104: status and enum comparisons, cache tokens vs a request signature compared with ==",
    `
import hashlib
import hmac

from flask import Flask, abort, request

import gpgutil
from .enums import Owner

app = Flask(__name__)
SECRET = b"from-env"


def describe(result):
    if result[0] == gpgutil.SIG_VALID:
        return "valid"
    if result[0] == gpgutil.SIG_NOT_SIGNED: # SAFE
        return "no signature"
    return "bad"


def is_moderator_request(resp):
    return isinstance(resp, dict) and resp.get("token_owner") == Owner.moderator # SAFE


def dispatch(ns, current_token, cache):
    if ns.cache_token != current_token: # SAFE
        cache.clear()
        ns.cache_token = current_token


@app.post("/hook")
def hook():
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if request.headers.get("X-Signature") != expected: # VULN
        abort(403)
    return "ok"
`,
  ),
  ...rules(
    "CWE-362",
    "batch104: methods under a lock-taking decorator vs a method of the same class that skips it",
    `
import functools
import threading


def synchronized(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)
    return wrapper


class ResultStore:
    def __init__(self):
        self._lock = threading.Lock()
        self._counter = 0
        self._items = {}

    @synchronized
    def store(self, item):
        self._counter += 1 # SAFE
        self._items[self._counter] = item
        return self._counter

    @synchronized
    def pop(self, key):
        return self._items.pop(key)

    def reset(self):
        self._counter = 0 # VULN
        self._items = {}
`,
  ),
  ...rules(
    "CWE-330",
    "batch104: parser positions named reset vs a reset code taken from the clock",
    `
import time


class Tokenizer:
    def __init__(self, text):
        self._text = text
        self._head = 0

    def _parse_link(self):
        reset = self._head + 1 # SAFE
        self._head += 2
        try:
            return self._read_until("]]")
        except ValueError:
            self._head = reset
            return None

    def _read_until(self, end):
        i = self._text.index(end, self._head)
        out, self._head = self._text[self._head:i], i + len(end)
        return out


def password_reset_code(user):
    reset_code = str(int(time.time() * 1000))[-6:] # VULN
    user.reset_code = reset_code
    return reset_code
`,
  ),
  ...rules(
    "CWE-798",
    "batch104: role and mode names under token-ish keys vs an API token written in the source",
    `
import requests


class TokenKind:
    ACCESS_TOKEN = "AccessToken" # SAFE
    REFRESH_TOKEN = "RefreshToken" # SAFE


def pending_unsubscriptions(mlist):
    return mlist.get_requests(token_owner="moderator", request_type="unsubscription") # SAFE


def exchange(client, assertion):
    return client.obtain_token(assertion, data=dict(requested_token_use="on_behalf_of")) # SAFE


def post_status(text):
    api_token = "ghp_9f8e7d6c5b4a39281706f5e4d3c2b1a0" # VULN
    return requests.post("https://api.example.com/status", json={"text": text}, headers={"Authorization": "token " + api_token})
`,
  ),
  ...rules(
    "CWE-95",
    "batch104: eval over a decorated function's own __name__ vs eval of a request expression",
    `
import numpy
from flask import Flask, request

app = Flask(__name__)


def keep_doc(f):
    f.__doc__ = eval("numpy.ndarray.%s.__doc__" % f.__name__) # SAFE
    return f


def keep_doc_prefixed(f):
    base = eval("numpy.ndarray." + f.__name__ + ".__doc__") # SAFE
    f.__doc__ = (base or "") + (f.__doc__ or "")
    return f


@app.post("/calc")
def calc():
    return str(eval(request.form["expr"])) # VULN
`,
  ),
];
