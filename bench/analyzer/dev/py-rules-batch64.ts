// Dev suite "py-rules", batch 64 (format in py-rules.ts): written blind, before any fix for it (own code, never taken
// from an advisory or a held-out corpus). The thin classes of the suite around directory and markup services: LDAP
// filters and DNs (ldap3, python-ldap) and their certificate options, XPath built from request data (lxml), XML
// parsers configured to resolve external entities or lift the size limits (lxml, xml.sax), XML documents assembled
// by concatenation, stack traces returned to the client, user-chosen format strings, and modules or attributes
// picked by name from request data. Safe twins: the same APIs with escaping helpers, XPath variables, hardened parser
// options, element builders, logged traces, fixed format strings and allow-lists.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH64: DevCase[] = [
  ...rules(
    "CWE-90",
    "batch64: ldap3 Connection.search with filters and search bases from a Flask query",
    `
import os

from flask import Flask, jsonify, request
from ldap3 import ALL, SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import escape_rdn

app = Flask(__name__)
server = Server("ldaps://ldap.example.com", get_info=ALL)


def bind():
    return Connection(server, "cn=reader,dc=example,dc=com", os.environ["LDAP_PW"], auto_bind=True)


@app.route("/people")
def people():
    uid = request.args.get("uid", "")
    conn = bind()
    conn.search("dc=example,dc=com", f"(uid={uid})", attributes=["cn", "mail"]) # VULN
    conn.search("dc=example,dc=com", "(uid=%s)" % escape_filter_chars(uid), attributes=["cn"]) # SAFE
    return jsonify([e.entry_to_json() for e in conn.entries])


@app.route("/unit")
def unit():
    ou = request.args["ou"]
    conn = bind()
    conn.search("ou=" + ou + ",dc=example,dc=com", "(objectClass=person)", search_scope=SUBTREE) # VULN
    conn.search("ou=" + escape_rdn(ou) + ",dc=example,dc=com", "(objectClass=person)") # SAFE
    conn.search("dc=example,dc=com", "(objectClass=groupOfNames)", search_scope=SUBTREE) # SAFE
    return jsonify(n=len(conn.entries))


@app.route("/mail")
def mail():
    addr = request.args["addr"]
    conn = bind()
    query = "(&(objectClass=inetOrgPerson)(mail=" + addr + "))"
    entries = conn.extend.standard.paged_search("dc=example,dc=com", query, attributes=["uid"]) # VULN
    return jsonify([e["dn"] for e in entries])
`,
  ),
  ...rules(
    "CWE-90",
    "batch64: python-ldap search_s / search_ext from a Django view",
    `
import ldap
import ldap.filter
from django.conf import settings
from django.http import JsonResponse


def connect():
    con = ldap.initialize("ldaps://ldap.example.com")
    con.simple_bind_s("cn=svc,dc=example,dc=com", settings.LDAP_PASSWORD)
    return con


def lookup(request):
    name = request.GET["name"]
    con = connect()
    res = con.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(&(objectClass=user)(sAMAccountName=" + name + "))") # VULN
    res2 = con.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap.filter.filter_format("(sAMAccountName=%s)", [name])) # SAFE
    res3 = con.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % ldap.filter.escape_filter_chars(name)) # SAFE
    return JsonResponse({"n": len(res) + len(res2) + len(res3)})


def by_mail(request):
    email = request.POST.get("email", "")
    con = connect()
    msgid = con.search_ext("ou=people,dc=example,dc=com", ldap.SCOPE_ONELEVEL, f"(mail={email})") # VULN
    _, data = con.result(msgid)
    return JsonResponse({"n": len(data)})


def groups(request):
    con = connect()
    res = con.search_s("ou=groups,dc=example,dc=com", ldap.SCOPE_ONELEVEL, "(objectClass=posixGroup)") # SAFE
    return JsonResponse({"n": len(res)})
`,
  ),
  ...rules(
    "CWE-295",
    "batch64: LDAP clients told not to check the server certificate",
    `
import ssl

import ldap
from ldap3 import Connection, Server, Tls


def python_ldap_client(uri):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER) # VULN
    con = ldap.initialize(uri)
    con.start_tls_s()
    return con


def python_ldap_strict(uri):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND) # SAFE
    con = ldap.initialize(uri)
    con.start_tls_s()
    return con


def ldap3_loose(host, user, password):
    tls = Tls(validate=ssl.CERT_NONE, version=ssl.PROTOCOL_TLS_CLIENT) # VULN
    return Connection(Server(host, use_ssl=True, tls=tls), user, password, auto_bind=True)


def ldap3_strict(host, user, password):
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/ssl/certs/corp-ca.pem") # SAFE
    return Connection(Server(host, use_ssl=True, tls=tls), user, password, auto_bind=True)
`,
  ),
  ...rules(
    "CWE-643",
    "batch64: lxml xpath / XPath built from request data",
    `
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("users.xml")


@app.route("/user")
def user():
    name = request.args.get("name", "")
    found = TREE.xpath("//user[@name='" + name + "']/email/text()") # VULN
    found2 = TREE.xpath("//user[@name=$n]/email/text()", n=name) # SAFE
    return ",".join(found + found2)


@app.route("/role")
def role():
    wanted = request.args["role"]
    finder = etree.XPath(f"//user[role='{wanted}']") # VULN
    finder2 = etree.XPath("//user[role=$r]") # SAFE
    return str(len(finder(TREE)) + len(finder2(TREE, r=wanted)))


@app.route("/order/<oid>")
def order(oid):
    root = TREE.getroot()
    hits = root.xpath("//order[id=%s]/total/text()" % oid) # VULN
    admins = root.xpath("//user[@admin='true']/@name") # SAFE
    return ",".join(hits + admins)
`,
  ),
  ...rules(
    "CWE-611",
    "batch64: XML parsers that resolve external entities on uploaded documents",
    `
import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges

import defusedxml.ElementTree as DET
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


class Collector(ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []

    def startElement(self, name, attrs):
        self.names.append(name)


@app.post("/import")
def import_doc():
    data = request.get_data()
    doc = etree.fromstring(data, etree.XMLParser(resolve_entities=True, no_network=False)) # VULN
    doc2 = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True)) # SAFE
    doc3 = DET.fromstring(data) # SAFE
    return jsonify(tags=[doc.tag, doc2.tag, doc3.tag])


@app.post("/sax")
def sax_doc():
    data = request.get_data()
    handler = Collector()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True) # VULN
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(data))
    return jsonify(names=handler.names)


@app.post("/sax-safe")
def sax_safe():
    data = request.get_data()
    handler = Collector()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False) # SAFE
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(data))
    return jsonify(names=handler.names)


@app.post("/big")
def big_doc():
    data = request.get_data()
    doc = etree.fromstring(data, etree.XMLParser(huge_tree=True)) # VULN CWE-776
    return jsonify(n=len(doc))
`,
  ),
  ...rules(
    "CWE-91",
    "batch64: XML request bodies assembled by string concatenation",
    `
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

import requests
from flask import Flask, request

app = Flask(__name__)
UPSTREAM = "https://erp.example.com/api/orders"


@app.post("/order")
def order():
    item = request.form["item"]
    qty = int(request.form["qty"])
    body = "<order><item>" + item + "</item><qty>%d</qty></order>" % qty # VULN
    requests.post(UPSTREAM, data=body, headers={"Content-Type": "application/xml"}, timeout=10)
    return "ok"


@app.post("/order-escaped")
def order_escaped():
    item = request.form["item"]
    body = "<order><item>" + escape(item) + "</item></order>" # SAFE
    requests.post(UPSTREAM, data=body, headers={"Content-Type": "application/xml"}, timeout=10)
    return "ok"


@app.post("/order-tree")
def order_tree():
    root = ET.Element("order")
    ET.SubElement(root, "item").text = request.form["item"] # SAFE
    requests.post(UPSTREAM, data=ET.tostring(root), headers={"Content-Type": "application/xml"}, timeout=10)
    return "ok"


@app.post("/note")
def note():
    author = request.form["author"]
    body = f"<note author={quoteattr(author)}/>" # SAFE
    body2 = f"<note author='{author}'/>" # VULN
    requests.post(UPSTREAM, data=body + body2, timeout=10)
    return "ok"
`,
  ),
  ...rules(
    "CWE-209",
    "batch64: stack traces sent back in the response",
    `
import logging
import sys
import traceback

from django.http import HttpResponse, JsonResponse
from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


def build_report(rid):
    raise RuntimeError(rid)


@app.route("/report")
def report():
    try:
        return build_report(request.args["id"])
    except Exception:
        return traceback.format_exc(), 500 # VULN


@app.route("/report2")
def report2():
    try:
        return build_report(request.args["id"])
    except Exception:
        log.error("report failed: %s", traceback.format_exc()) # SAFE
        return "internal error", 500 # SAFE


@app.route("/report3")
def report3():
    try:
        return build_report(request.args["id"])
    except Exception:
        lines = traceback.format_exception(*sys.exc_info())
        return jsonify(error="".join(lines)), 500 # VULN


def django_report(request):
    try:
        return JsonResponse(build_report(request.GET["id"]))
    except Exception:
        return HttpResponse(traceback.format_exc(), status=500, content_type="text/plain") # VULN


def django_report_quiet(request):
    try:
        return JsonResponse(build_report(request.GET["id"]))
    except Exception:
        log.exception("report failed")
        return HttpResponse("Something went wrong", status=500) # SAFE
`,
  ),
  ...rules(
    "CWE-134",
    "batch64: str.format with a format string chosen by the user",
    `
from string import Template

from flask import Flask, request
from flask_login import current_user

app = Flask(__name__)


@app.route("/greet")
def greet():
    template = request.args.get("template", "Hello {user.name}")
    return template.format(user=current_user) # VULN


@app.route("/greet2")
def greet2():
    name = request.args.get("name", "")
    return "Hello {}".format(name) # SAFE


@app.route("/greet3")
def greet3():
    template = request.args.get("template", "Hello $name")
    return Template(template).safe_substitute(name=current_user.name) # SAFE


@app.route("/label")
def label():
    fmt = request.form["fmt"]
    return fmt.format_map({"user": current_user, "app": app}) # VULN
`,
  ),
  ...rules(
    "CWE-470",
    "batch64: modules and attributes chosen by name from request data",
    `
import importlib

from flask import Flask, abort, jsonify, request

import exporters

app = Flask(__name__)
ALLOWED = {"csv", "json", "xlsx"}
HANDLERS = {"csv": exporters.to_csv, "json": exporters.to_json}


@app.route("/export")
def export():
    fmt = request.args["fmt"]
    mod = importlib.import_module("exporters." + fmt) # VULN
    return mod.render(request.args)


@app.route("/export2")
def export2():
    fmt = request.args["fmt"]
    if fmt not in ALLOWED:
        abort(400)
    mod = importlib.import_module("exporters." + fmt) # SAFE
    return mod.render(request.args)


@app.route("/export3")
def export3():
    fmt = request.args["fmt"]
    handler = HANDLERS.get(fmt) # SAFE
    if handler is None:
        abort(404)
    return handler(request.args)


@app.route("/plugin")
def plugin():
    name = request.args["name"]
    mod = __import__(name, fromlist=["run"]) # VULN
    return jsonify(mod.run())
`,
  ),
];
