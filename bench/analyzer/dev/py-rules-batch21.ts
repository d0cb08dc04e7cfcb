// Dev suite "py-rules", batch 21 (format in py-rules.ts): written blind after batch 20's fixes and measured before
// any fix. Families the suite lacked: model-hub code and revisions (transformers/datasets), SNMP versions and
// security levels, Django SafeString subclasses and Context(autoescape=False), LDAP binds with an empty password
// and over cleartext, request-size limits switched off, tracebacks sent to the client (cgitb, http.server), sort
// columns taken from the request, and XInclude on request documents. Cases written here, never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH21: DevCase[] = [
  ...rules(
    "CWE-94",
    "batch21: model hub remote code",
    `
from datasets import load_dataset
from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline

MODEL = "acme/support-bot-7b"
REVISION = "4f1c2e9a7b3d5c6e8f0a1b2c3d4e5f6a7b8c9d0e"


def load_bot():
    tok = AutoTokenizer.from_pretrained(MODEL, revision=REVISION) # SAFE
    model = AutoModelForCausalLM.from_pretrained(MODEL, trust_remote_code=True) # VULN
    return tok, model


def load_classifier(name):
    return pipeline("text-classification", model=name, trust_remote_code=True) # VULN


def load_classifier_ok(name):
    return pipeline("text-classification", model=name, trust_remote_code=False) # SAFE


def load_corpus():
    return load_dataset("acme/tickets", trust_remote_code=True) # VULN
`,
  ),
  ...rules(
    "CWE-494",
    "batch21: model hub revisions",
    `
from transformers import AutoModel, AutoTokenizer


def load():
    a = AutoModel.from_pretrained("acme/encoder") # VULN
    b = AutoModel.from_pretrained("acme/encoder", revision="main") # VULN
    c = AutoTokenizer.from_pretrained("acme/encoder", revision="9b8e0f3c1d2a4b6c8e0f1a3b5c7d9e1f2a4b6c8d") # SAFE
    d = AutoModel.from_pretrained("./models/encoder") # SAFE
    return a, b, c, d
`,
  ),
  ...rules(
    "CWE-319",
    "batch21: snmp versions and security levels",
    `
import os

from pysnmp.hlapi import (
    CommunityData,
    ContextData,
    ObjectIdentity,
    ObjectType,
    SnmpEngine,
    UdpTransportTarget,
    UsmUserData,
    getCmd,
    usmAesCfb128Protocol,
    usmHMACSHAAuthProtocol,
)

AUTH_KEY = os.environ["SNMP_AUTH_KEY"]
PRIV_KEY = os.environ["SNMP_PRIV_KEY"]


def sys_descr(host, auth):
    oid = ObjectType(ObjectIdentity("SNMPv2-MIB", "sysDescr", 0))
    return next(getCmd(SnmpEngine(), auth, UdpTransportTarget((host, 161)), ContextData(), oid))


def query(host):
    v1 = sys_descr(host, CommunityData("public", mpModel=0)) # VULN
    v2 = sys_descr(host, CommunityData("monitoring")) # VULN
    v3_none = sys_descr(host, UsmUserData("monitor")) # VULN
    v3_auth = sys_descr(host, UsmUserData("monitor", AUTH_KEY)) # VULN
    v3_priv = sys_descr(host, UsmUserData("monitor", AUTH_KEY, PRIV_KEY, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)) # SAFE
    return v1, v2, v3_none, v3_auth, v3_priv
`,
  ),
  ...rules(
    "CWE-79",
    "batch21: django safe strings and contexts",
    `
from django.http import HttpResponse
from django.template import Context, Template
from django.utils.safestring import SafeString


class Badge(SafeString): # VULN
    def __new__(cls, label):
        return super().__new__(cls, "<span class='badge'>" + label + "</span>")


TEMPLATE = Template("<p>Hello {{ name }}</p>")


def greet(request):
    ctx = Context({"name": request.GET.get("name", "")}, autoescape=False) # VULN
    return HttpResponse(TEMPLATE.render(ctx))


def greet_ok(request):
    ctx = Context({"name": request.GET.get("name", "")}) # SAFE
    return HttpResponse(TEMPLATE.render(ctx))
`,
  ),
  ...rules(
    "CWE-287",
    "batch21: ldap binds with an empty password",
    `
import ldap
from flask import Flask, abort, request, session

app = Flask(__name__)
LDAP_URL = "ldaps://dir.example.com"


def user_dn(user):
    return "uid=%s,ou=people,dc=example,dc=com" % ldap.dn.escape_dn_chars(user)


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    password = request.form.get("password", "")
    conn = ldap.initialize(LDAP_URL)
    try:
        conn.simple_bind_s(user_dn(user), password) # VULN
    except ldap.INVALID_CREDENTIALS:
        abort(401)
    session["user"] = user
    return "welcome"


@app.route("/login2", methods=["POST"])
def login2():
    user = request.form["user"]
    password = request.form.get("password", "")
    if not password:
        abort(401)
    conn = ldap.initialize(LDAP_URL)
    try:
        conn.simple_bind_s(user_dn(user), password) # SAFE
    except ldap.INVALID_CREDENTIALS:
        abort(401)
    session["user"] = user
    return "welcome"


@app.route("/login3", methods=["POST"])
def login3():
    conn = ldap.initialize(LDAP_URL)
    try:
        conn.bind_s(user_dn(request.form["user"]), request.form["password"], ldap.AUTH_SIMPLE) # VULN
    except ldap.INVALID_CREDENTIALS:
        abort(401)
    session["user"] = request.form["user"]
    return "welcome"
`,
  ),
  ...rules(
    "CWE-522",
    "batch21: ldap binds over cleartext",
    `
import os

import ldap
from ldap3 import Connection, Server

BIND_DN = "cn=svc-reader,dc=example,dc=com"
BIND_PW = os.environ["LDAP_BIND_PW"]


def plain():
    conn = ldap.initialize("ldap://dir.example.com")
    conn.simple_bind_s(BIND_DN, BIND_PW) # VULN
    return conn


def with_starttls():
    conn = ldap.initialize("ldap://dir.example.com")
    conn.start_tls_s()
    conn.simple_bind_s(BIND_DN, BIND_PW) # SAFE
    return conn


def over_ldaps():
    conn = ldap.initialize("ldaps://dir.example.com")
    conn.simple_bind_s(BIND_DN, BIND_PW) # SAFE
    return conn


def with_ldap3():
    server = Server("dir.example.com", port=389)
    return Connection(server, user=BIND_DN, password=BIND_PW, auto_bind=True) # VULN


def with_ldap3_ssl():
    server = Server("dir.example.com", port=636, use_ssl=True)
    return Connection(server, user=BIND_DN, password=BIND_PW, auto_bind=True) # SAFE
`,
  ),
  ...rules(
    "CWE-770",
    "batch21: django request size limits",
    `
DEBUG = False
ALLOWED_HOSTS = ["app.example.com"]
DATA_UPLOAD_MAX_MEMORY_SIZE = None # VULN
DATA_UPLOAD_MAX_NUMBER_FIELDS = None # VULN
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024 # SAFE
DATA_UPLOAD_MAX_NUMBER_FILES = 50 # SAFE
`,
  ),
  ...rules(
    "CWE-770",
    "batch21: flask request size limits",
    `
from flask import Flask

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024 # SAFE
app.config["MAX_FORM_MEMORY_SIZE"] = None # VULN
app.config["MAX_FORM_PARTS"] = None # VULN
`,
  ),
  ...rules(
    "CWE-209",
    "batch21: tracebacks to the client",
    `
import cgitb
import json
import traceback
from http.server import BaseHTTPRequestHandler

cgitb.enable() # VULN


def render(path):
    return json.dumps({"path": path}).encode()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        try:
            body = render(self.path)
        except Exception:
            self.send_response(500)
            self.end_headers()
            self.wfile.write(traceback.format_exc().encode()) # VULN
            return
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        try:
            body = render(self.path)
        except Exception as exc:
            self.send_error(500, explain=str(exc)) # VULN
            return
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self):
        try:
            body = render(self.path)
        except Exception:
            self.log_error("update failed: %s", traceback.format_exc())
            self.send_error(500) # SAFE
            return
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)
`,
  ),
  ...rules(
    "CWE-209",
    "batch21: cgitb logging only",
    `
import cgitb

cgitb.enable(display=0, logdir="/var/log/app") # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch21: sort columns from the request",
    `
import sqlite3

from flask import Flask, abort, request
from sqlalchemy import text

from .models import Book

app = Flask(__name__)
SORTABLE = {"title", "author", "published"}


@app.route("/books")
def books():
    sort = request.args.get("sort", "title")
    return {"books": [b.title for b in Book.query.order_by(text(sort)).all()]} # VULN


@app.route("/books2")
def books2():
    sort = request.args.get("sort", "title")
    if sort not in SORTABLE:
        abort(400)
    return {"books": [b.title for b in Book.query.order_by(text(sort)).all()]} # SAFE


@app.route("/books3")
def books3():
    sort = request.args.get("sort", "title")
    column = getattr(Book, sort if sort in SORTABLE else "title")
    return {"books": [b.title for b in Book.query.order_by(column).all()]} # SAFE


@app.route("/raw")
def raw():
    col = request.args.get("col", "title")
    conn = sqlite3.connect("books.db")
    rows = conn.execute(f"SELECT title FROM books ORDER BY {col}").fetchall() # VULN
    return {"rows": rows}


@app.route("/raw2")
def raw2():
    desc = request.args.get("desc") == "1"
    conn = sqlite3.connect("books.db")
    rows = conn.execute("SELECT title FROM books ORDER BY title " + ("DESC" if desc else "ASC")).fetchall() # SAFE
    return {"rows": rows}
`,
  ),
  ...rules(
    "CWE-89",
    "batch21: django sort columns",
    `
from django.http import JsonResponse

from .models import Book


def list_books(request):
    sort = request.GET.get("sort", "title")
    qs = Book.objects.order_by(sort) # SAFE
    qs2 = Book.objects.extra(order_by=[sort]) # VULN
    return JsonResponse({"a": [b.title for b in qs], "b": [b.title for b in qs2]})
`,
  ),
  ...rules(
    "CWE-611",
    "batch21: xinclude on request documents",
    `
import xml.etree.ElementTree as ET
from xml.etree import ElementInclude

from flask import Flask, request
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


@app.route("/import", methods=["POST"])
def import_doc():
    tree = etree.fromstring(request.data, PARSER).getroottree()
    tree.xinclude() # VULN
    return etree.tostring(tree)


@app.route("/import2", methods=["POST"])
def import_doc2():
    tree = etree.fromstring(request.data, PARSER).getroottree()
    return etree.tostring(tree) # SAFE


@app.route("/include", methods=["POST"])
def include():
    root = ET.fromstring(request.data)
    ElementInclude.include(root) # VULN
    return ET.tostring(root)
`,
  ),
];
