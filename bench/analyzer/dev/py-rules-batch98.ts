// Dev suite "py-rules", batch 98 (format in py-rules.ts): false alarms on real library code, nineteenth round.
// Written after a stratified seeded sample (seed 30303; at most 10 findings per package, 25 per rule) of the
// analyzer's MEDIUM+ findings on 120 Debian bookworm packages never analysed before (a phylogenetics file-format
// reader, a 3-D scene-format loader, a cloud-provider client and its test fixtures, a polynomial-solver binding, a
// load-balancer dashboard, an image-format parser, a docx templating library, an astronomy shell), in the same
// shapes but new code. Marked positives beside them guard recall. Own code, never taken from an advisory or a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH98: DevCase[] = [
  // ---------------------------------------------------------------- lexer tokens compared with keywords
  ...rules(
    "CWE-798",
    "batch98: file-format reader comparing lexer tokens with block keywords; an API token compared with a constant beside",
    `
from flask import request, abort


class BlockReader:
    def __init__(self, lexer):
        self._lexer = lexer

    def read_block(self):
        token = self._lexer.next_word_upper()
        while token != "END" and not self._lexer.at_eof(): # SAFE
            if token == "DIMENSIONS": # SAFE
                self._read_dims()
            elif token == "CHARLABELS": # SAFE
                self._read_labels()
            elif token == "BEGIN": # SAFE
                raise ValueError("BEGIN inside an open block")
            token = self._lexer.next_word_upper()

    def skip_to(self, keyword):
        tok = self._lexer.next_word_upper()
        while tok is not None and tok != "ENDBLOCK": # SAFE
            tok = self._lexer.next_word_upper()


def admin_hook():
    token = request.headers.get("X-Admin-Token", "")
    if token != "c41f9e07d2b8a6e5": # VULN
        abort(403)
    return "ok"
`,
  ),
  // ---------------------------------------------------------------- key-name constants
  ...rules(
    "CWE-798",
    "batch98: constants module naming request fields (value is the field name); a real key literal beside",
    `
LISTENER_ID = "listener_id"
PRIVATE_KEY = "private_key" # SAFE
PASSPHRASE = "passphrase" # SAFE
CLIENT_SECRET = "client_secret" # SAFE
PROTOCOL_PORT = "protocol_port"

SIGNING_KEY = "9b1e4f0c7a2d5e8f3c6b9a0d1e4f7a2c" # VULN
`,
  ),
  // ---------------------------------------------------------------- ElementTree paths from a tag helper
  ...rules(
    "CWE-643",
    "batch98: scene loader building ElementTree find paths from its namespace tag helper; an lxml XPath from a request beside",
    `
from flask import request
from lxml import etree


class Scene:
    NS = "http://example.org/scene/1.0"

    def tag(self, name):
        return "{%s}%s" % (self.NS, name)


def load_camera(scene, node):
    optics = node.find("%s/%s" % (scene.tag("optics"), scene.tag("perspective"))) # SAFE
    sources = node.findall("%s/%s" % (node.tag, scene.tag("source"))) # SAFE
    extra = node.find(".//%s//%s" % (scene.tag("extra"), scene.tag("bump"))) # SAFE
    label = node.findtext(scene.tag("label")) # SAFE
    return optics, sources, extra, label


def find_user(doc):
    name = request.args.get("name", "")
    return doc.xpath("//user[@login='%s']" % name) # VULN
`,
  ),
  // ---------------------------------------------------------------- asserts on binary-format magic numbers
  ...rules(
    "CWE-617",
    "batch98: image-format reader asserting section signatures and versions; an assert guarding a delete beside",
    `
import struct


def read_levels(fp):
    (version,) = struct.unpack(">H", fp.read(2))
    assert version == 2, "bad version %d" % version # SAFE
    sig, extra = struct.unpack(">4sH", fp.read(6))
    assert sig == b"Lvls", "bad signature %r" % sig # SAFE
    assert extra == 3 # SAFE
    return version, extra


def read_effect(fp):
    sig = fp.read(4)
    assert sig == b"8BIM", "invalid signature %r" % (sig,) # SAFE
    return fp.read(4)


def drop_project(user, project):
    assert user.is_admin, "admins only" # VULN
    project.delete()
`,
  ),
  // ---------------------------------------------------------------- numpy products that cannot wrap
  ...rules(
    "CWE-190",
    "batch98: numpy products that cannot wrap (float promotion, a -1 fill, a 0/1 mask times a small flag); a narrow product of request sizes beside",
    `
import numpy as np
from flask import request

HIDDEN_FLAG = 32


def orientation(p):
    out = np.ones((p, 2), dtype=np.int8) * np.nan # SAFE
    return out


def empty_children(n):
    children = np.int32(-1) * np.ones((n, 2), dtype=np.int32) # SAFE
    return children


def ghost_mask(values):
    return np.isnan(values).astype(np.uint8) * HIDDEN_FLAG # SAFE


def tile_bytes():
    w = int(request.args["w"])
    h = int(request.args["h"])
    dims = np.array([w, h], dtype=np.int16)
    return dims * np.int16(w) # VULN
`,
  ),
  // ---------------------------------------------------------------- %r in log messages
  ...rules(
    "CWE-117",
    "batch98: WSGI middleware logging a cookie value through %r (repr escapes CR/LF); the same value through %s beside",
    `
import logging

from webob import Request

log = logging.getLogger(__name__)


def check_session(environ):
    req = Request(environ)
    sid = req.cookies.get("sid")
    log.debug("session id = %(sid)r" % {"sid": sid}) # SAFE
    log.warning("bad session cookie %r" % sid) # SAFE
    log.warning("bad session cookie %s" % sid) # VULN
    return sid
`,
  ),
  // ---------------------------------------------------------------- dashboard REST views acting with the user's own token
  ...rules(
    "CWE-862",
    "batch98: dashboard REST views that delete through a client built from the request's own credentials; an unauthenticated Django delete beside",
    `
from django.http import HttpResponse
from django.views import generic

from .api import sdk_connection
from .models import Invoice


class Pool(generic.View):
    def delete(self, request, pool_id): # SAFE
        conn = sdk_connection(request)
        conn.load_balancer.delete_pool(pool_id, ignore_missing=True)


class Member(generic.View):
    def delete(self, request, pool_id, member_id): # SAFE
        conn = sdk_connection(request)
        conn.load_balancer.delete_member(member_id, pool_id)


class InvoiceView(generic.View):
    def delete(self, request, invoice_id): # VULN
        Invoice.objects.filter(pk=invoice_id).delete()
        return HttpResponse(status=204)
`,
  ),
  // ---------------------------------------------------------------- strings with markup that are not XML output
  ...rules(
    "CWE-116",
    "batch98: markup-looking strings that are not built output (allow-listed value, console hint, search needle, assert message); XML from a request beside",
    `
import sys
from flask import request, Response

STYLES = ["single", "double", "dotted", "wave"]


def run_props(underline):
    prop = ""
    if underline:
        if underline not in STYLES:
            underline = "single"
        prop += '<w:u w:val="%s"/>' % underline # SAFE
    return prop


def report_missing(missing):
    for pkg in missing:
        print('  <depend package="%s" />' % pkg) # SAFE


def priority(var, lines):
    for line in lines:
        if line.find(",%s," % var) != -1: # SAFE
            return line.split(",")[0]
    return None


def check_rows(rows):
    for k, row in enumerate(rows):
        assert len(row) == 5, "bad row %s,%s" % (k, row) # SAFE


def feed():
    title = request.args.get("title", "")
    xml = "<item><title>%s</title></item>" % title # VULN
    return Response(xml, mimetype="application/xml")
`,
  ),
  // ---------------------------------------------------------------- relative query-string redirects
  ...rules(
    "CWE-601",
    "batch98: admin view redirecting to a query-string-only URL (stays on the page); a redirect to a next parameter beside",
    `
from django.http import HttpResponseRedirect


def add_view(request, choices):
    extra = ""
    if request.META.get("QUERY_STRING"):
        extra = "&" + request.META["QUERY_STRING"]
    if len(choices) == 1:
        return HttpResponseRedirect("?ct_id=%s%s" % (choices[0][0], extra)) # SAFE
    return HttpResponseRedirect(f"?page={request.GET.get('page', 1)}") # SAFE


def after_login(request):
    return HttpResponseRedirect(request.GET.get("next", "/")) # VULN
`,
  ),
  // ---------------------------------------------------------------- umask read-back
  ...rules(
    "CWE-732",
    "batch98: reading the process umask by setting and restoring it; a umask(0) left in place before writing beside",
    `
import os


def current_umask():
    old = os.umask(0) # SAFE
    os.umask(old)
    return old


def write_report(path, text):
    os.umask(0) # VULN
    with open(path, "w") as fh:
        fh.write(text)
`,
  ),
  // ---------------------------------------------------------------- WSGI environ membership
  ...rules(
    "CWE-20",
    "batch98: WSGI plugin testing a key's membership in the environ dict; a host substring test beside",
    `
from urllib.parse import urlparse


def identify(environ):
    if "repoze.who.logins" not in environ: # SAFE
        environ["repoze.who.logins"] = 0
    return environ.get("HTTP_COOKIE")


def allowed(url):
    return "trusted.example.com" in url # VULN
`,
  ),
  // ---------------------------------------------------------------- eval of names from the object's own dir()
  ...rules(
    "CWE-95",
    "batch98: method parser evaluating getter calls built from names in the object's own dir(); eval of a request field beside",
    `
from flask import request


def toggles(obj):
    found = []
    for name in dir(obj):
        if name.endswith("On"):
            base = name[:-2]
            val = eval("obj.Get%s()" % base) # SAFE
            if val == 1:
                found.append(base)
    return found


def getters(obj):
    out = {}
    for meth in [m for m in dir(obj) if m.startswith("Get")]:
        out[meth] = eval("obj.%s()" % meth) # SAFE
    return out


def calc():
    expr = request.form["expr"]
    return str(eval(expr)) # VULN
`,
  ),
];
