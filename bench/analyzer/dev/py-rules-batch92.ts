// Dev suite "py-rules", batch 92 (format in py-rules.ts), written blind on the classes the suite still had fewest
// cases for (counted per CWE and per library): XPath queries (lxml, ElementTree, elementpath, parsel), XSLT and
// XML built from input, LDAP filters and DNs (ldap3, python-ldap), mass assignment (Django forms, DRF serializers,
// SQLAlchemy, marshmallow, pydantic), secrets compared with ==, the less common weak random sources (getrandbits,
// randbytes, uuid1, numpy, time), log injection through logging / loguru, regexes from input and with nested
// quantifiers, ssl cipher strings and protocol floors, GraphQL resolvers (ariadne, strawberry, graphene) reaching
// sinks, NoSQL filters from bodies and multiprocessing / XML-RPC endpoints. In the style of rule tests: several
// small variants of one misuse per file, look-alikes beside them. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH92: DevCase[] = [
  // ---------------------------------------------------------------- XPath
  ...rules(
    "CWE-643",
    "batch92: lxml xpath, XPath and XPathEvaluator built from Flask query values; variable-bound twins",
    `
from flask import Flask, abort, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("/srv/app/users.xml")


@app.route("/user")
def find_user():
    name = request.args.get("name", "")
    nodes = TREE.xpath("//user[@name='" + name + "']") # VULN
    return str(len(nodes))


@app.route("/user-bound")
def find_user_bound():
    name = request.args.get("name", "")
    nodes = TREE.xpath("//user[@name=$name]", name=name) # SAFE
    return str(len(nodes))


@app.route("/role")
def by_role():
    role = request.args["role"]
    root = TREE.getroot()
    hits = root.xpath(f"//user[role='{role}']/email/text()") # VULN
    return ",".join(hits)


@app.route("/id")
def by_id():
    uid = request.args.get("id", "")
    find = etree.XPath("//user[@id='%s']" % uid) # VULN
    return str(find(TREE))


@app.route("/id-bound")
def by_id_bound():
    uid = request.args.get("id", "")
    find = etree.XPath("//user[@id=$uid]") # SAFE
    return str(find(TREE, uid=uid))


@app.route("/dept")
def by_dept():
    dept = request.args.get("dept", "")
    evaluator = etree.XPathEvaluator(TREE)
    result = evaluator("//employee[department='{}']/name".format(dept)) # VULN
    return str(result)


@app.route("/dept-bound")
def by_dept_bound():
    dept = request.args.get("dept", "")
    evaluator = etree.XPathDocumentEvaluator(TREE)
    result = evaluator("//employee[department=$d]/name", d=dept) # SAFE
    return str(result)


@app.route("/count")
def count():
    tag = request.args.get("tag", "item")
    if tag not in {"item", "order", "invoice"}:
        abort(400)
    return str(TREE.xpath("count(//%s)" % tag)) # SAFE


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    pw = request.form["password"]
    query = "/users/user[username/text()='" + user + "' and password/text()='" + pw + "']"
    match = TREE.getroot().xpath(query) # VULN
    return "ok" if match else ("denied", 403)


@app.route("/page")
def page():
    n = int(request.args.get("n", "1"))
    return str(TREE.xpath("//item[%d]/title/text()" % n)) # SAFE
`,
  ),
  ...rules(
    "CWE-643",
    "batch92: ElementTree find/findall/iterfind, elementpath and parsel selectors with request values",
    `
import xml.etree.ElementTree as ET

import elementpath
from django.http import HttpResponse, JsonResponse
from lxml import etree as LET
from parsel import Selector

CATALOG = ET.parse("/var/data/catalog.xml")


def book_by_title(request):
    title = request.GET.get("title", "")
    node = CATALOG.getroot().find(f".//book[title='{title}']") # VULN
    return HttpResponse(node.findtext("price") if node is not None else "")


def books_by_author(request):
    author = request.GET["author"]
    nodes = CATALOG.findall(".//book[@author='%s']" % author) # VULN
    return JsonResponse({"n": len(nodes)})


def books_by_author_loop(request):
    author = request.GET["author"]
    nodes = [b for b in CATALOG.iter("book") if b.get("author") == author] # SAFE
    return JsonResponse({"n": len(nodes)})


def books_by_year(request):
    year = int(request.GET.get("year", "0"))
    nodes = CATALOG.findall(f".//book[@year='{year}']") # SAFE
    return JsonResponse({"n": len(nodes)})


def books_by_genre(request):
    genre = request.GET.get("genre", "")
    titles = [b.findtext("title") for b in CATALOG.iterfind(".//book[genre='" + genre + "']")] # VULN
    return JsonResponse({"titles": titles})


def price(request):
    isbn = request.GET.get("isbn", "")
    root = LET.parse("/var/data/catalog.xml")
    prices = elementpath.select(root, "//book[@isbn='" + isbn + "']/price") # VULN
    return JsonResponse({"prices": [p.text for p in prices]})


def price_bound(request):
    isbn = request.GET.get("isbn", "")
    root = LET.parse("/var/data/catalog.xml")
    prices = elementpath.select(root, "//book[@isbn=$isbn]/price", variables={"isbn": isbn}) # SAFE
    return JsonResponse({"prices": [p.text for p in prices]})


def _by_publisher(name):
    return "//book[publisher='%s']/title/text()" % name


def publisher(request):
    root = LET.parse("/var/data/catalog.xml")
    return JsonResponse({"titles": root.xpath(_by_publisher(request.GET.get("p", "")))}) # VULN


def scrape(request):
    html = open("/var/data/snapshot.html").read()
    anchor = request.GET.get("anchor", "")
    links = Selector(text=html).xpath(f"//a[@id='{anchor}']/@href").getall() # VULN
    return JsonResponse({"links": links})


def scrape_css(request):
    html = open("/var/data/snapshot.html").read()
    links = Selector(text=html).xpath("//a[@class='download']/@href").getall() # SAFE
    return JsonResponse({"links": links})
`,
  ),
  // ---------------------------------------------------------------- XSLT / XML injection
  ...rules(
    "CWE-91",
    "batch92: lxml XSLT stylesheets from uploads, bodies and URLs; a fixed stylesheet over input and strparam twins",
    `
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
REPORT_XSL = etree.XSLT(etree.parse("/srv/xsl/report.xsl")) # SAFE
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


@app.route("/render", methods=["POST"])
def render():
    xslt_root = etree.fromstring(request.files["stylesheet"].read(), SAFE_PARSER)
    transform = etree.XSLT(xslt_root) # VULN
    return str(transform(etree.parse("/srv/data/orders.xml")))


@app.route("/render-body", methods=["POST"])
def render_body():
    style = etree.XML(request.data, SAFE_PARSER)
    return str(etree.XSLT(style)(etree.parse("/srv/data/orders.xml"))) # VULN


@app.route("/render-url")
def render_url():
    sheet_url = request.args.get("xsl", "")
    transform = etree.XSLT(etree.parse(sheet_url)) # VULN
    return str(transform(etree.parse("/srv/data/orders.xml")))


@app.route("/render-text", methods=["POST"])
def render_text():
    text = request.form["xsl"]
    transform = etree.XSLT(etree.fromstring(text.encode(), SAFE_PARSER)) # VULN
    return str(transform(etree.parse("/srv/data/orders.xml")))


@app.route("/report", methods=["POST"])
def report():
    doc = etree.fromstring(request.data, SAFE_PARSER)
    return str(REPORT_XSL(doc)) # SAFE


@app.route("/report-title")
def report_title():
    title = request.args.get("title", "")
    result = REPORT_XSL(etree.parse("/srv/data/orders.xml"), title=etree.XSLT.strparam(title)) # SAFE
    return str(result)


@app.route("/report-title-raw")
def report_title_raw():
    title = request.args.get("title", "")
    result = REPORT_XSL(etree.parse("/srv/data/orders.xml"), title="'%s'" % title) # VULN CWE-643
    return str(result)


@app.route("/themes/<name>")
def theme(name):
    themes = {"plain": "/srv/xsl/plain.xsl", "print": "/srv/xsl/print.xsl"}
    transform = etree.XSLT(etree.parse(themes.get(name, "/srv/xsl/plain.xsl"))) # SAFE
    return str(transform(etree.parse("/srv/data/orders.xml")))
`,
  ),
  ...rules(
    "CWE-91",
    "batch92: XML documents assembled by string formatting from request data; escape, quoteattr and Element twins",
    `
from xml.etree.ElementTree import Element, SubElement, tostring
from xml.sax.saxutils import escape, quoteattr

import requests
from django.http import HttpResponse
from lxml import etree

BACKEND = "https://erp.internal.example/api/orders"


def create_order(request):
    sku = request.POST["sku"]
    requests.post(BACKEND, data=f"<order><sku>{sku}</sku><qty>1</qty></order>", timeout=5) # VULN
    return HttpResponse(status=201)


def create_order_escaped(request):
    sku = escape(request.POST["sku"])
    requests.post(BACKEND, data=f"<order><sku>{sku}</sku><qty>1</qty></order>", timeout=5) # SAFE
    return HttpResponse(status=201)


def create_order_tree(request):
    order = Element("order")
    SubElement(order, "sku").text = request.POST["sku"]
    requests.post(BACKEND, data=tostring(order), timeout=5) # SAFE
    return HttpResponse(status=201)


def add_note(request):
    note = request.POST.get("note", "")
    body = "<note author='" + request.user.username + "'>" + note + "</note>"
    requests.post(BACKEND + "/notes", data=body, timeout=5) # VULN
    return HttpResponse(status=201)


def profile_xml(request):
    name = request.GET.get("name", "")
    doc = etree.fromstring("<profile name='%s'/>" % name) # VULN
    return HttpResponse(etree.tostring(doc), content_type="application/xml")


def profile_xml_attr(request):
    name = request.GET.get("name", "")
    doc = etree.fromstring("<profile name=%s/>" % quoteattr(name)) # SAFE
    return HttpResponse(etree.tostring(doc), content_type="application/xml")


def profile_xml_element(request):
    doc = etree.Element("profile", name=request.GET.get("name", "")) # SAFE
    return HttpResponse(etree.tostring(doc), content_type="application/xml")


def soap_lookup(request):
    account = request.GET["account"]
    envelope = """<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
<soap:Body><GetBalance><Account>{}</Account></GetBalance></soap:Body></soap:Envelope>""".format(account)
    resp = requests.post(BACKEND + "/soap", data=envelope, headers={"Content-Type": "text/xml"}, timeout=5) # VULN
    return HttpResponse(resp.content, content_type="text/xml")
`,
  ),
  // ---------------------------------------------------------------- LDAP
  ...rules(
    "CWE-90",
    "batch92: ldap3 search filters, paged searches, bind DNs and deletes from a Flask form; escaped twins",
    `
import os

from flask import Flask, jsonify, request
from ldap3 import ALL, SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import escape_rdn

app = Flask(__name__)
server = Server("ldaps://ldap.corp.example", get_info=ALL)
BASE = "ou=people,dc=corp,dc=example"


def conn():
    return Connection(server, user=os.environ["LDAP_BIND_DN"], password=os.environ["LDAP_BIND_PW"], auto_bind=True)


@app.route("/people")
def people():
    uid = request.args.get("uid", "")
    c = conn()
    c.search(BASE, "(uid=" + uid + ")", attributes=["cn", "mail"]) # VULN
    return jsonify([e.entry_to_json() for e in c.entries])


@app.route("/people-escaped")
def people_escaped():
    uid = request.args.get("uid", "")
    c = conn()
    c.search(BASE, "(uid=%s)" % escape_filter_chars(uid), attributes=["cn"]) # SAFE
    return jsonify([e.entry_to_json() for e in c.entries])


@app.route("/group")
def group():
    g = request.args["group"]
    c = conn()
    c.search(search_base=BASE, search_filter=f"(&(objectClass=person)(memberOf=cn={g},ou=groups,dc=corp,dc=example))", search_scope=SUBTREE) # VULN
    return jsonify(len(c.entries))


@app.route("/mail")
def mail():
    m = request.args.get("mail", "")
    flt = "(mail={})".format(m)
    c = conn()
    c.search(BASE, flt) # VULN
    return jsonify(len(c.entries))


@app.route("/paged")
def paged():
    cn = request.args.get("cn", "")
    c = conn()
    entries = c.extend.standard.paged_search(BASE, "(cn=*%s*)" % cn, attributes=["cn"], paged_size=50, generator=False) # VULN
    return jsonify(len(entries))


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    dn = "uid=" + user + ",ou=people,dc=corp,dc=example"
    c = Connection(server, user=dn, password=request.form["password"]) # VULN
    return jsonify(ok=c.bind())


@app.route("/login-escaped", methods=["POST"])
def login_escaped():
    dn = "uid=%s,%s" % (escape_rdn(request.form["user"]), BASE)
    c = Connection(server, user=dn, password=request.form["password"]) # SAFE
    return jsonify(ok=c.bind())


@app.route("/dept")
def dept():
    d = request.args.get("dept", "")
    if not d.isalnum():
        return "bad", 400
    c = conn()
    c.search(BASE, "(departmentNumber=%s)" % d) # SAFE
    return jsonify(len(c.entries))


@app.route("/remove", methods=["POST"])
def remove():
    cn = request.form["cn"]
    c = conn()
    c.delete(f"cn={cn},ou=people,dc=corp,dc=example") # VULN
    return jsonify(c.result)


@app.route("/all")
def everyone():
    c = conn()
    c.search(BASE, "(objectClass=%s)" % "inetOrgPerson", attributes=["cn"]) # SAFE
    return jsonify(len(c.entries))
`,
  ),
  ...rules(
    "CWE-90",
    "batch92: python-ldap search_s / search_ext / search and DNs from Django views; filter_format and escape_dn_chars twins",
    `
import ldap
from django.conf import settings
from django.http import JsonResponse
from ldap.dn import escape_dn_chars
from ldap.filter import escape_filter_chars, filter_format

BASE = "dc=example,dc=org"


def _conn():
    l = ldap.initialize(settings.LDAP_URI)
    l.simple_bind_s(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)
    return l


def lookup(request):
    uid = request.GET.get("uid", "")
    res = _conn().search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % uid) # VULN
    return JsonResponse({"n": len(res)})


def lookup_format(request):
    uid = request.GET.get("uid", "")
    res = _conn().search_s(BASE, ldap.SCOPE_SUBTREE, filter_format("(uid=%s)", [uid])) # SAFE
    return JsonResponse({"n": len(res)})


def lookup_ext(request):
    cn = request.GET["cn"]
    l = _conn()
    msgid = l.search_ext(BASE, ldap.SCOPE_SUBTREE, f"(|(cn={cn})(displayName={cn}))", ["mail"]) # VULN
    return JsonResponse({"n": len(l.result(msgid)[1])})


def lookup_mail(request):
    mail = request.POST.get("mail", "")
    l = _conn()
    res = l.search_st(BASE, ldap.SCOPE_SUBTREE, "(mail=" + escape_filter_chars(mail) + ")", timeout=5) # SAFE
    return JsonResponse({"n": len(res)})


def lookup_phone(request):
    phone = request.GET.get("phone", "")
    l = _conn()
    msgid = l.search(BASE, ldap.SCOPE_SUBTREE, "(telephoneNumber=" + phone + ")") # VULN
    return JsonResponse({"n": len(l.result(msgid)[1])})


def members(request, group):
    res = _conn().search_s("cn=%s,ou=groups,dc=example,dc=org" % group, ldap.SCOPE_BASE) # VULN
    return JsonResponse({"n": len(res)})


def members_escaped(request, group):
    base = "cn=%s,ou=groups,dc=example,dc=org" % escape_dn_chars(group)
    res = _conn().search_s(base, ldap.SCOPE_BASE) # SAFE
    return JsonResponse({"n": len(res)})


def change_mail(request):
    l = _conn()
    l.modify_s("uid=%s,ou=people,dc=example,dc=org" % request.POST["uid"], [(ldap.MOD_REPLACE, "mail", [b"x@example.org"])]) # VULN
    return JsonResponse({"ok": True})


def _surname_filter(term):
    return "(sn=%s*)" % term


def surname(request):
    term = request.GET.get("q", "")
    return JsonResponse({"n": len(_conn().search_s(BASE, ldap.SCOPE_SUBTREE, _surname_filter(term)))}) # VULN


def staff(request):
    res = _conn().search_s(BASE, ldap.SCOPE_SUBTREE, "(&(objectClass=person)(employeeType=staff))") # SAFE
    return JsonResponse({"n": len(res)})
`,
  ),
  // ---------------------------------------------------------------- mass assignment
  ...rules(
    "CWE-915",
    "batch92: Django ModelForm / DRF serializers exposing every field, setattr loops and ** of request data",
    `
import json

from django import forms
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import JsonResponse
from rest_framework import serializers

from .models import Invoice, Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = "__all__" # VULN


class ProfileEditForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "bio", "avatar"] # SAFE


class InvoiceForm(forms.ModelForm):
    class Meta:
        model = Invoice
        exclude = ["created_at"] # VULN


class UserSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = "__all__" # VULN


class PublicUserSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ("id", "username", "first_name") # SAFE
        read_only_fields = ("id",)


@login_required
def update_profile(request):
    profile = request.user.profile
    for key, value in request.POST.items():
        setattr(profile, key, value) # VULN
    profile.save()
    return JsonResponse({"ok": True})


@login_required
def update_profile_fields(request):
    profile = request.user.profile
    for key in ("display_name", "bio"):
        if key in request.POST:
            setattr(profile, key, request.POST[key]) # SAFE
    profile.save()
    return JsonResponse({"ok": True})


def signup(request):
    data = json.loads(request.body)
    user = User.objects.create_user(**data) # VULN
    return JsonResponse({"id": user.pk})


def signup_fields(request):
    data = json.loads(request.body)
    user = User.objects.create_user(username=data["username"], email=data["email"], password=data["password"]) # SAFE
    return JsonResponse({"id": user.pk})


@login_required
def edit_invoice(request, pk):
    Invoice.objects.filter(pk=pk, owner=request.user).update(**request.POST.dict()) # VULN
    return JsonResponse({"ok": True})


@login_required
def edit_profile_form(request):
    form = ProfileEditForm(request.POST, instance=request.user.profile) # SAFE
    if form.is_valid():
        form.save()
    return JsonResponse({"ok": form.is_valid()})


@login_required
def new_invoice(request):
    inv = Invoice(**request.POST.dict()) # VULN
    inv.save()
    return JsonResponse({"id": inv.pk})
`,
  ),
  ...rules(
    "CWE-915",
    "batch92: SQLAlchemy models built or updated from request JSON, marshmallow INCLUDE and pydantic extra=allow",
    `
from flask import Flask, jsonify, request
from marshmallow import EXCLUDE, INCLUDE, Schema, fields
from pydantic import BaseModel, ConfigDict

from .db import Account, db

app = Flask(__name__)


class AccountSchema(Schema):
    class Meta:
        unknown = INCLUDE

    email = fields.Email(required=True)
    name = fields.Str()


class StrictAccountSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    email = fields.Email(required=True)
    name = fields.Str()


class AccountIn(BaseModel):
    model_config = ConfigDict(extra="allow")
    email: str
    name: str


class AccountInStrict(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: str
    name: str


@app.post("/accounts")
def create():
    acct = Account(**request.get_json()) # VULN
    db.session.add(acct)
    db.session.commit()
    return jsonify(id=acct.id)


@app.post("/accounts/strict")
def create_strict():
    data = StrictAccountSchema().load(request.get_json())
    acct = Account(**data) # SAFE
    db.session.add(acct)
    db.session.commit()
    return jsonify(id=acct.id)


@app.post("/accounts/loose")
def create_loose():
    data = AccountSchema().load(request.get_json())
    acct = Account(**data) # VULN
    db.session.add(acct)
    db.session.commit()
    return jsonify(id=acct.id)


@app.put("/accounts/<int:aid>")
def replace(aid):
    acct = Account.query.get_or_404(aid)
    acct.__dict__.update(request.json) # VULN
    db.session.commit()
    return jsonify(ok=True)


@app.patch("/accounts/<int:aid>")
def patch(aid):
    acct = Account.query.get_or_404(aid)
    for k, v in request.json.items():
        if k in {"name", "email"}:
            setattr(acct, k, v) # SAFE
    db.session.commit()
    return jsonify(ok=True)


@app.patch("/accounts/<int:aid>/bulk")
def patch_bulk(aid):
    Account.query.filter_by(id=aid).update(request.form.to_dict()) # VULN
    db.session.commit()
    return jsonify(ok=True)


@app.patch("/accounts/<int:aid>/each")
def patch_each(aid):
    acct = Account.query.get_or_404(aid)
    for k, v in request.get_json().items():
        setattr(acct, k, v) # VULN
    db.session.commit()
    return jsonify(ok=True)


@app.post("/accounts/model")
def create_model():
    body = AccountIn(**request.json)
    acct = Account(**body.model_dump()) # VULN
    db.session.add(acct)
    db.session.commit()
    return jsonify(id=acct.id)


@app.post("/accounts/model-strict")
def create_model_strict():
    body = AccountInStrict(**request.json)
    acct = Account(**body.model_dump()) # SAFE
    db.session.add(acct)
    db.session.commit()
    return jsonify(id=acct.id)


@app.post("/accounts/picked")
def create_picked():
    data = request.get_json()
    acct = Account(email=data["email"], name=data.get("name", "")) # SAFE
    db.session.add(acct)
    db.session.commit()
    return jsonify(id=acct.id)
`,
  ),
  // ---------------------------------------------------------------- timing-unsafe comparisons
  ...rules(
    "CWE-208",
    "batch92: webhook HMACs, API keys and stored digests compared with == / != in Flask; compare_digest twins",
    `
import hashlib
import hmac
import os
import secrets

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()
API_TOKEN = os.environ["API_TOKEN"]


@app.post("/hooks/github")
def github():
    sig = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(SECRET, request.data, hashlib.sha256).hexdigest()
    if sig != expected: # VULN
        abort(401)
    return "ok"


@app.post("/hooks/github-safe")
def github_safe():
    sig = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(SECRET, request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected): # SAFE
        abort(401)
    return "ok"


@app.post("/hooks/stripe")
def stripe():
    header = request.headers["Stripe-Signature"]
    parts = dict(p.split("=", 1) for p in header.split(","))
    payload = f"{parts['t']}.{request.get_data(as_text=True)}"
    digest = hmac.new(SECRET, payload.encode(), hashlib.sha256).hexdigest()
    if digest == parts["v1"]: # VULN
        return "ok"
    abort(401)


@app.get("/api/data")
def data():
    if request.headers.get("X-API-Key") == API_TOKEN: # VULN
        return {"rows": []}
    abort(403)


@app.get("/api/data-safe")
def data_safe():
    if secrets.compare_digest(request.headers.get("X-API-Key", ""), API_TOKEN): # SAFE
        return {"rows": []}
    abort(403)


@app.get("/api/version")
def version():
    if request.headers.get("Accept-Version") == "2": # SAFE
        return {"v": 2}
    return {"v": 1}


def check_signature(message: bytes, signature: bytes) -> bool:
    mac = hmac.new(SECRET, message, hashlib.sha256).digest()
    return mac == signature # VULN


def check_signature_safe(message: bytes, signature: bytes) -> bool:
    if len(signature) != hashlib.sha256().digest_size: # SAFE
        return False
    return hmac.compare_digest(hmac.new(SECRET, message, hashlib.sha256).digest(), signature) # SAFE


def verify_api_key(presented: str, stored_hash: str) -> bool:
    return hashlib.sha256(presented.encode()).hexdigest() == stored_hash # VULN


@app.post("/hooks/slack")
def slack():
    ts = request.headers["X-Slack-Request-Timestamp"]
    basestring = f"v0:{ts}:{request.get_data(as_text=True)}".encode()
    my_sig = "v0=" + hmac.new(SECRET, basestring, hashlib.sha256).hexdigest()
    if request.headers.get("X-Slack-Signature") != my_sig: # VULN
        abort(401)
    return "ok"
`,
  ),
  ...rules(
    "CWE-208",
    "batch92: reset tokens, OTPs, bearer keys and CSRF values compared with == in Django; constant_time_compare twins",
    `
from django.conf import settings
from django.contrib.auth.models import User
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.utils.crypto import constant_time_compare


def reset_password(request):
    token = request.POST["token"]
    user = User.objects.get(email=request.POST["email"])
    if token == user.profile.reset_token: # VULN
        user.set_password(request.POST["password"])
        user.save()
        return HttpResponse("changed")
    return HttpResponseForbidden()


def reset_password_safe(request):
    token = request.POST["token"]
    user = User.objects.get(email=request.POST["email"])
    if constant_time_compare(token, user.profile.reset_token): # SAFE
        user.set_password(request.POST["password"])
        user.save()
        return HttpResponse("changed")
    return HttpResponseForbidden()


def verify_otp(request):
    code = request.POST.get("code", "")
    if code != request.session.get("otp_code"): # VULN
        return HttpResponseForbidden()
    request.session["mfa_ok"] = True
    return HttpResponse("ok")


def internal_api(request):
    auth = request.META.get("HTTP_AUTHORIZATION", "")
    if auth == "Bearer " + settings.INTERNAL_API_KEY: # VULN
        return JsonResponse({"ok": True})
    return HttpResponseForbidden()


def internal_api_safe(request):
    scheme, _, key = request.META.get("HTTP_AUTHORIZATION", "").partition(" ")
    if scheme == "Bearer" and constant_time_compare(key, settings.INTERNAL_API_KEY): # SAFE
        return JsonResponse({"ok": True})
    return HttpResponseForbidden()


def double_submit(request):
    if request.POST.get("csrf") == request.COOKIES.get("csrf_double"): # VULN
        return HttpResponse("accepted")
    return HttpResponseForbidden()


def export(request):
    if request.GET.get("format") == "csv": # SAFE
        return HttpResponse("a,b\\n", content_type="text/csv")
    return JsonResponse({"a": "b"})


def admin_gate(request):
    if request.headers.get("X-Admin-Password") == settings.ADMIN_PASSWORD: # VULN
        return HttpResponse("admin")
    return HttpResponseForbidden()


def session_check(request, session_key):
    stored = request.session.session_key
    if stored is None or session_key == "": # SAFE
        return HttpResponseForbidden()
    return HttpResponse("ok")
`,
  ),
  // ---------------------------------------------------------------- weak randomness
  ...rules(
    "CWE-338",
    "batch92: tokens, codes and keys from getrandbits, choices, sample, randbytes and numpy; secrets twins",
    `
import os
import random
import secrets
import string

import numpy as np


def make_reset_token():
    return "%032x" % random.getrandbits(128) # VULN


def make_reset_token_safe():
    return secrets.token_hex(16) # SAFE


def make_otp():
    return "".join(random.choices(string.digits, k=6)) # VULN


def make_otp_safe():
    return "".join(secrets.choice(string.digits) for _ in range(6)) # SAFE


def make_api_key():
    rng = np.random.default_rng()
    return rng.bytes(32).hex() # VULN


def make_pin():
    return "".join(map(str, np.random.randint(0, 10, size=6))) # VULN


def make_invite_code():
    return random.randbytes(12).hex() # VULN


def make_invite_code_safe():
    return os.urandom(12).hex() # SAFE


def make_temp_password():
    return "".join(random.sample(string.ascii_letters + string.digits, 12)) # VULN


def make_csrf_token():
    sr = random.SystemRandom()
    return "".join(sr.choice(string.ascii_letters) for _ in range(32)) # SAFE


def make_secret_key():
    return "".join(random.choice(string.ascii_letters + string.punctuation) for _ in range(50)) # VULN


def shuffle_deck(cards):
    random.shuffle(cards) # SAFE
    return cards


def retry_delay(attempt):
    return min(30.0, 2 ** attempt) + random.uniform(0, 0.5) # SAFE


def make_oauth_state():
    state = "%x" % random.getrandbits(64) # VULN
    return state


def make_session_key():
    gen = random.Random()
    return "%x" % gen.getrandbits(128) # VULN


def sample_for_review(rows):
    return random.sample(rows, min(10, len(rows))) # SAFE
`,
  ),
  ...rules(
    "CWE-330",
    "batch92: session ids, reset links and verification codes from uuid1, the clock and random in Flask and Django models",
    `
import hashlib
import random
import secrets
import time
import uuid

from django.db import models
from flask import Flask, request, session

from .mail import send_mail
from .sms import send_sms
from .store import save_token

app = Flask(__name__)


def _new_share_slug():
    return secrets.token_urlsafe(16)


class ApiKey(models.Model):
    key = models.CharField(max_length=40, default=lambda: "%040x" % random.getrandbits(160)) # VULN
    label = models.CharField(max_length=80)


class Share(models.Model):
    slug = models.CharField(max_length=32, default=_new_share_slug) # SAFE
    public_id = models.UUIDField(default=uuid.uuid4) # SAFE


@app.post("/password-reset")
def password_reset():
    token = uuid.uuid1().hex # VULN
    save_token(request.form["email"], token)
    send_mail(request.form["email"], f"https://app.example/reset/{token}")
    return "sent"


@app.post("/password-reset/v2")
def password_reset_v2():
    token = secrets.token_urlsafe(32) # SAFE
    save_token(request.form["email"], token)
    send_mail(request.form["email"], f"https://app.example/reset/{token}")
    return "sent"


@app.post("/verify")
def send_code():
    code = random.randint(100000, 999999) # VULN
    session["code"] = code
    send_sms(request.form["phone"], f"Your code is {code}")
    return "sent"


@app.post("/verify/v2")
def send_code_v2():
    code = secrets.randbelow(900000) + 100000 # SAFE
    session["code"] = code
    send_sms(request.form["phone"], f"Your code is {code}")
    return "sent"


@app.post("/session")
def new_session():
    sid = hashlib.sha256(str(time.time()).encode()).hexdigest() # VULN
    session["sid"] = sid
    return sid


@app.post("/session/v2")
def new_session_v2():
    sid = str(uuid.uuid1()) # VULN
    session["sid"] = sid
    return sid


@app.get("/trace")
def trace():
    request_id = str(uuid.uuid4()) # SAFE
    return {"request_id": request_id}


@app.post("/unsubscribe-link")
def unsubscribe_link():
    token = "%d-%d" % (int(time.time()), random.randrange(10**6)) # VULN
    save_token(request.form["email"], token)
    return token
`,
  ),
  // ---------------------------------------------------------------- log injection
  ...rules(
    "CWE-117",
    "batch92: Flask request values in logging calls (%s args, f-strings, concatenation); %r, stripped and JSON twins",
    `
import json
import logging

from flask import Flask, request

from .auth import check

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    log.info("search query: %s", q) # VULN
    log.info("search query: %r", q) # SAFE
    app.logger.warning(f"no results for {q}") # VULN
    log.info("search query: %s", q.replace("\\r", "").replace("\\n", "")) # SAFE
    logging.info("user agent " + request.headers.get("User-Agent", "")) # VULN
    log.debug("query length %d", len(q)) # SAFE
    log.error("bad page %s" % request.args.get("page")) # VULN
    log.info("search query: %s", json.dumps(q)) # SAFE
    return "ok"


@app.post("/login")
def login():
    user = request.form["username"]
    if not check(user, request.form["password"]):
        log.warning("failed login for user %s from %s", user, request.remote_addr) # VULN
        return "denied", 403
    log.info("login ok for user id %d", int(request.form.get("uid", "0"))) # SAFE
    return "ok"


@app.post("/upload")
def upload():
    f = request.files["file"]
    log.log(logging.INFO, "upload of %s", f.filename) # VULN
    return "ok"


@app.errorhandler(404)
def not_found(err):
    app.logger.info("404 for %s", request.path) # VULN
    return "not found", 404


@app.post("/import")
def do_import():
    try:
        rows = json.loads(request.data)
    except ValueError:
        log.exception("bad import body: %s", request.get_data(as_text=True)) # VULN
        return "bad", 400
    log.info("imported %d rows", len(rows)) # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-117",
    "batch92: Django views logging referrers, headers and file names through logging and loguru; repr and int twins",
    `
import logging

from django.http import HttpResponse
from loguru import logger

audit = logging.getLogger("audit")


def landing(request):
    ref = request.GET.get("ref", "")
    logger.info("referral from {}", ref) # VULN
    logger.info(f"referral from {ref}") # VULN
    logger.info("referral from {!r}", ref) # SAFE
    return HttpResponse("welcome")


def download(request):
    audit.info("download %s by %s", request.GET["file"], request.user.username) # VULN
    audit.info("download id=%d", int(request.GET.get("id", "0"))) # SAFE
    return HttpResponse("ok")


def forwarded(request):
    audit.warning("client behind proxy: " + request.META.get("HTTP_X_FORWARDED_FOR", "")) # VULN
    audit.warning("client behind proxy: %r", request.META.get("HTTP_X_FORWARDED_FOR", "")) # SAFE
    return HttpResponse("ok")


def missing(request):
    audit.error("no page at {}".format(request.path)) # VULN
    return HttpResponse(status=404)


def feedback(request):
    text = request.POST.get("text", "")
    logger.warning("feedback received: {text}", text=text) # VULN
    logger.warning("feedback received ({n} chars)", n=len(text)) # SAFE
    return HttpResponse("thanks")
`,
  ),
  // ---------------------------------------------------------------- regex DoS
  ...rules(
    "CWE-1333",
    "batch92: regexes compiled or searched from request values; re.escape and regex timeout twins",
    `
import re

import regex
from flask import Flask, jsonify, request

app = Flask(__name__)
LINES = open("/srv/data/lines.txt").read().splitlines()
DOC = open("/srv/data/doc.txt").read()


@app.get("/grep")
def grep():
    pattern = request.args.get("pattern", "")
    rx = re.compile(pattern) # VULN
    return jsonify([l for l in LINES if rx.search(l)])


@app.get("/grep-literal")
def grep_literal():
    pattern = request.args.get("pattern", "")
    rx = re.compile(re.escape(pattern)) # SAFE
    return jsonify([l for l in LINES if rx.search(l)])


@app.get("/filter")
def filter_lines():
    return jsonify([l for l in LINES if re.search(request.args["re"], l)]) # VULN


@app.get("/word")
def word():
    term = request.args["q"]
    return jsonify(bool(re.search(r"\\b" + re.escape(term) + r"\\b", DOC))) # SAFE


@app.get("/split")
def split():
    sep = request.args.get("sep", ",")
    return jsonify(re.split(sep, request.args.get("text", ""))) # VULN


@app.get("/prefix")
def prefix():
    hits = [n for n in LINES if re.match(f".*{request.args['prefix']}.*", n)] # VULN
    return jsonify(hits)


@app.get("/replace")
def replace():
    out = re.sub(request.args["find"], request.args.get("repl", ""), DOC) # VULN
    return out


@app.get("/replace-ws")
def replace_ws():
    out = re.sub(r"\\s+", request.args.get("repl", " "), DOC) # SAFE
    return out


@app.get("/bounded")
def bounded():
    try:
        found = regex.search(request.args["p"], DOC, timeout=0.2) # SAFE
    except TimeoutError:
        return "too slow", 400
    return jsonify(bool(found))


@app.get("/regex-module")
def regex_module():
    rx = regex.compile(request.args["p"]) # VULN
    return jsonify(bool(rx.search(DOC)))
`,
  ),
  ...rules(
    "CWE-1333",
    "batch92: nested and overlapping quantifiers in validators applied to form input; unambiguous twins",
    `
import re

from django import forms
from django.core.exceptions import ValidationError

EMAIL_RE = re.compile(r"^([a-zA-Z0-9]+\\.?)+@example\\.com$") # VULN
EMAIL_OK = re.compile(r"^[a-zA-Z0-9]+(?:\\.[a-zA-Z0-9]+)*@example\\.com$") # SAFE
WORDS_RE = re.compile(r"^(\\w+\\s?)*$") # VULN
WORDS_OK = re.compile(r"^\\w+(?:\\s\\w+)*$") # SAFE
DECIMAL_RE = re.compile(r"^(\\d+)*\\.\\d+$") # VULN
PATH_OK = re.compile(r"^(/[a-z0-9_-]*)*$") # SAFE
QUOTED_OK = re.compile(r'^"(?:\\\\.|[^"\\\\])*"$') # SAFE
CSV_RE = re.compile(r"^(\\s*\\w+\\s*,?)*$") # VULN
KEYVAL_OK = re.compile(r"(\\w+)=(\\w+)") # SAFE


class SignupForm(forms.Form):
    email = forms.CharField()
    bio = forms.CharField()
    tags = forms.CharField()

    def clean_email(self):
        value = self.cleaned_data["email"]
        if not EMAIL_RE.match(value):
            raise ValidationError("company address required")
        return value

    def clean_bio(self):
        value = self.cleaned_data["bio"]
        if not re.match(r"^([a-z]+ ?)+$", value): # VULN
            raise ValidationError("letters only")
        return value

    def clean_tags(self):
        value = self.cleaned_data["tags"]
        if not re.fullmatch(r"(?:[a-z]+,)*[a-z]+", value): # SAFE
            raise ValidationError("comma separated words")
        return value


def valid_hostname(name: str) -> bool:
    return re.match(r"^([a-z0-9]+-?)*[a-z0-9]+(\\.[a-z]+)+$", name) is not None # VULN
`,
  ),
  // ---------------------------------------------------------------- ssl ciphers and protocol floors
  ...rules(
    "CWE-327",
    "batch92: ssl / pyOpenSSL contexts with NULL, RC4, EXPORT, DES cipher strings and TLS 1.0/1.1 floors",
    `
import socket
import ssl

from OpenSSL import SSL


def ctx_all():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("ALL:@SECLEVEL=0") # VULN
    return ctx


def ctx_null():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("eNULL:NULL-SHA256") # VULN
    return ctx


def ctx_rc4():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("RC4-SHA:RC4-MD5") # VULN
    return ctx


def ctx_export():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.set_ciphers("EXP-RC4-MD5:EXPORT") # VULN
    return ctx


def ctx_des():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("DES-CBC3-SHA") # VULN
    return ctx


def ctx_modern():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!MD5:!RC4") # SAFE
    return ctx


def ctx_high():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("HIGH:!aNULL:!MD5:!3DES") # SAFE
    return ctx


def ctx_floor_old():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1 # VULN
    return ctx


def ctx_floor_ok():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2 # SAFE
    return ctx


def ctx_ceiling_old():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1 # VULN
    return ctx


def ctx_tls11():
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1_1) # VULN


def ctx_client():
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT) # SAFE


def ctx_reenable():
    ctx = ssl.create_default_context()
    ctx.options &= ~ssl.OP_NO_TLSv1 # VULN
    return ctx


def ctx_disable_old():
    ctx = ssl.create_default_context()
    ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1 # SAFE
    return ctx


def pyopenssl_ctx():
    ctx = SSL.Context(SSL.TLSv1_METHOD) # VULN
    return ctx


def pyopenssl_ciphers():
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_cipher_list(b"ALL:!ECDHE") # VULN
    return ctx


def pyopenssl_modern():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD) # SAFE
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION) # SAFE
    return ctx


def pyopenssl_floor_old():
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_VERSION) # VULN
    return ctx


def fetch(host):
    ctx = ssl.create_default_context()
    ctx.set_ciphers("AES128-SHA:RC4-SHA") # VULN
    with socket.create_connection((host, 443)) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            return tls.version()
`,
  ),
  // ---------------------------------------------------------------- GraphQL resolvers
  ...rules(
    "CWE-89",
    "batch92: ariadne, strawberry and graphene resolvers passing arguments to SQL, shells, files, URLs and eval",
    `
import os
import sqlite3
import subprocess

import graphene
import requests
import strawberry
from ariadne import MutationType, QueryType
from sqlalchemy import text

from .db import db, users

query = QueryType()
mutation = MutationType()


@query.field("user")
def resolve_user(_, info, username):
    conn = sqlite3.connect("app.db")
    return conn.execute(f"SELECT * FROM users WHERE name = '{username}'").fetchone() # VULN


@query.field("userSafe")
def resolve_user_safe(_, info, username):
    conn = sqlite3.connect("app.db")
    return conn.execute("SELECT * FROM users WHERE name = ?", (username,)).fetchone() # SAFE


@mutation.field("ping")
def resolve_ping(obj, info, host):
    return subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True).stdout.decode() # VULN CWE-78


@mutation.field("pingSafe")
def resolve_ping_safe(obj, info, host):
    return subprocess.run(["ping", "-c", "1", host], capture_output=True).stdout.decode() # SAFE CWE-78


@strawberry.type
class Query:
    @strawberry.field
    def report(self, path: str) -> str:
        with open(os.path.join("/srv/reports", path)) as f: # VULN CWE-22
            return f.read()

    @strawberry.field
    def report_safe(self, path: str) -> str:
        with open(os.path.join("/srv/reports", os.path.basename(path))) as f: # SAFE CWE-22
            return f.read()

    @strawberry.field
    def preview(self, url: str) -> str:
        return requests.get(url, timeout=5).text # VULN CWE-918

    @strawberry.field
    def by_name(self, name: str) -> list[str]:
        return [d["email"] for d in users.find({"$where": f"this.name == '{name}'"})] # VULN CWE-943

    @strawberry.field
    def by_name_safe(self, name: str) -> list[str]:
        return [d["email"] for d in users.find({"name": str(name)})] # SAFE CWE-943

    @strawberry.field
    def order_count(self, status: str) -> int:
        return db.session.execute(text("SELECT COUNT(*) FROM orders WHERE status = '" + status + "'")).scalar() # VULN


class UserType(graphene.ObjectType):
    name = graphene.String()
    email = graphene.String()


class GQuery(graphene.ObjectType):
    user = graphene.Field(UserType, name=graphene.String())
    user_safe = graphene.Field(UserType, name=graphene.String())
    calc = graphene.Float(expr=graphene.String())

    def resolve_user(root, info, name):
        return db.session.execute(text("SELECT name, email FROM users WHERE name = '%s'" % name)).first() # VULN

    def resolve_user_safe(root, info, name):
        return db.session.execute(text("SELECT name, email FROM users WHERE name = :n"), {"n": name}).first() # SAFE

    def resolve_calc(root, info, expr):
        return eval(expr) # VULN CWE-95
`,
  ),
  // ---------------------------------------------------------------- NoSQL
  ...rules(
    "CWE-943",
    "batch92: pymongo filters parsed from bodies, $where strings and mongoengine __raw__; typed and cast twins",
    `
import json

from bson import ObjectId
from flask import Flask, jsonify, request
from mongoengine import Document, StringField
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://db:27017")["shop"]


class Product(Document):
    name = StringField()
    category = StringField()


@app.post("/products/search")
def search():
    flt = json.loads(request.data)
    return jsonify([p["name"] for p in db.products.find(flt)]) # VULN


@app.post("/products/search-typed")
def search_typed():
    body = request.get_json()
    return jsonify([p["name"] for p in db.products.find({"category": str(body.get("category", ""))})]) # SAFE


@app.get("/products/cheap")
def cheap():
    limit = request.args.get("max", "10")
    return jsonify([p["name"] for p in db.products.find({"$where": "this.price < " + limit})]) # VULN


@app.get("/products/cheap-typed")
def cheap_typed():
    limit = float(request.args.get("max", "10"))
    return jsonify([p["name"] for p in db.products.find({"price": {"$lt": limit}})]) # SAFE


@app.post("/login")
def login():
    body = request.get_json()
    user = db.users.find_one({"username": body["username"], "password": body["password"]}) # VULN
    return jsonify(ok=user is not None)


@app.post("/login-typed")
def login_typed():
    body = request.get_json()
    if not isinstance(body.get("username"), str) or not isinstance(body.get("password"), str):
        return jsonify(ok=False), 400
    user = db.users.find_one({"username": body["username"]}) # SAFE
    return jsonify(ok=user is not None)


@app.post("/products/raw")
def products_raw():
    return jsonify([p.name for p in Product.objects(__raw__=request.get_json())]) # VULN


@app.get("/products/<pid>")
def product(pid):
    return jsonify(db.products.find_one({"_id": ObjectId(pid)}, {"_id": 0})) # SAFE


@app.post("/products/delete")
def products_delete():
    db.products.delete_many(request.get_json()) # VULN
    return jsonify(ok=True)


@app.post("/products/stats")
def products_stats():
    stages = json.loads(request.form["pipeline"])
    return jsonify(list(db.products.aggregate(stages))) # VULN


@app.get("/products/by-name")
def by_name():
    name = request.args.get("name", "")
    return jsonify(db.products.count_documents({"$where": f"this.name == '{name}'"})) # VULN
`,
  ),
  // ---------------------------------------------------------------- multiprocessing / XML-RPC endpoints
  ...rules(
    "CWE-502",
    "batch92: multiprocessing Listener / Client / managers on the network without an authkey; authenticated twins",
    `
import os
from multiprocessing.connection import Client, Listener
from multiprocessing.managers import BaseManager

AUTHKEY = os.environ["WORKER_AUTHKEY"].encode()


def serve_jobs(handle):
    with Listener(("0.0.0.0", 6000)) as listener: # VULN
        with listener.accept() as conn:
            handle(conn.recv())


def serve_jobs_auth(handle):
    with Listener(("0.0.0.0", 6001), authkey=AUTHKEY) as listener: # SAFE
        with listener.accept() as conn:
            handle(conn.recv())


def serve_local(handle):
    with Listener("/run/app/jobs.sock", family="AF_UNIX", authkey=AUTHKEY) as listener: # SAFE
        with listener.accept() as conn:
            handle(conn.recv())


def fetch_result(host):
    conn = Client((host, 6000))
    result = conn.recv() # VULN
    conn.close()
    return result


def fetch_result_auth(host):
    conn = Client((host, 6001), authkey=AUTHKEY)
    result = conn.recv() # SAFE
    conn.close()
    return result


class QueueManager(BaseManager):
    pass


def start_manager(queue):
    QueueManager.register("get_queue", callable=lambda: queue)
    mgr = QueueManager(address=("", 50000), authkey=b"") # VULN
    mgr.get_server().serve_forever()


def start_manager_auth(queue):
    QueueManager.register("get_queue", callable=lambda: queue)
    mgr = QueueManager(address=("127.0.0.1", 50001), authkey=AUTHKEY) # SAFE
    mgr.get_server().serve_forever()


def raw_listener(handle):
    listener = Listener(address=("", 7000), family="AF_INET")
    conn = listener.accept()
    handle(conn.recv()) # VULN
`,
  ),
  ...rules(
    "CWE-94",
    "batch92: SimpleXMLRPCServer exposing dotted names, os and eval; registered single functions as twins",
    `
import os
import subprocess
from xmlrpc.server import SimpleXMLRPCRequestHandler, SimpleXMLRPCServer


class Service:
    def __init__(self):
        self.config = {"mode": "batch"}

    def status(self):
        return "ok"


def add(a, b):
    return a + b


def run_dotted():
    server = SimpleXMLRPCServer(("0.0.0.0", 8000))
    server.register_instance(Service(), allow_dotted_names=True) # VULN
    server.serve_forever()


def run_plain():
    server = SimpleXMLRPCServer(("127.0.0.1", 8001))
    server.register_instance(Service()) # SAFE
    server.serve_forever()


def run_os():
    server = SimpleXMLRPCServer(("0.0.0.0", 8002), requestHandler=SimpleXMLRPCRequestHandler)
    server.register_function(os.system, "system") # VULN
    server.serve_forever()


def run_eval():
    server = SimpleXMLRPCServer(("0.0.0.0", 8003))
    server.register_function(eval, "calc") # VULN
    server.serve_forever()


def run_module():
    server = SimpleXMLRPCServer(("0.0.0.0", 8004))
    server.register_instance(subprocess) # VULN
    server.serve_forever()


def run_functions():
    server = SimpleXMLRPCServer(("127.0.0.1", 8005))
    server.register_function(add, "add") # SAFE
    server.register_introspection_functions() # SAFE
    server.serve_forever()
`,
  ),
  // ---------------------------------------------------------------- XPath in Tornado / lxml.html
  ...rules(
    "CWE-643",
    "batch92: Tornado handlers querying lxml.html documents with XPath built from arguments; bound and cssselect twins",
    `
import lxml.html
import tornado.web
from lxml.cssselect import CSSSelector

PAGE = lxml.html.parse("/srv/site/index.html")


class LinkHandler(tornado.web.RequestHandler):
    def get(self):
        text = self.get_argument("text")
        links = PAGE.xpath("//a[contains(text(), '%s')]/@href" % text) # VULN
        self.write({"links": links})


class LinkBoundHandler(tornado.web.RequestHandler):
    def get(self):
        text = self.get_argument("text")
        links = PAGE.xpath("//a[contains(text(), $t)]/@href", t=text) # SAFE
        self.write({"links": links})


class SectionHandler(tornado.web.RequestHandler):
    def get(self, section_id):
        nodes = PAGE.getroot().xpath("//section[@id='" + section_id + "']//p/text()") # VULN
        self.write({"paragraphs": nodes})


class ClassHandler(tornado.web.RequestHandler):
    def get(self):
        cls = self.get_query_argument("cls", "nav")
        expr = f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')]"
        self.write({"n": len(PAGE.getroot().xpath(expr))}) # VULN


class StaticClassHandler(tornado.web.RequestHandler):
    def get(self):
        sel = CSSSelector("nav.main a")
        self.write({"n": len(sel(PAGE.getroot()))}) # SAFE


class TitleHandler(tornado.web.RequestHandler):
    def post(self):
        lang = self.get_body_argument("lang")
        finder = lxml.html.etree.XPath("//title[@lang='{}']/text()".format(lang)) # VULN
        self.write({"title": finder(PAGE)})


class MetaHandler(tornado.web.RequestHandler):
    def get(self):
        names = {"description", "keywords", "author"}
        name = self.get_argument("name")
        if name not in names:
            raise tornado.web.HTTPError(400)
        self.write({"v": PAGE.xpath("//meta[@name='%s']/@content" % name)}) # SAFE
`,
  ),
  // ---------------------------------------------------------------- template engines
  ...rules(
    "CWE-1336",
    "batch92: Chameleon, Genshi, Django, Tornado and Jinja2 templates compiled from request text; file templates as twins",
    `
from chameleon import PageTemplate, PageTemplateLoader
from django.http import HttpResponse
from django.template import Context, Template, engines
from genshi.template import MarkupTemplate, TemplateLoader
from jinja2.sandbox import SandboxedEnvironment
import tornado.template

LOADER = PageTemplateLoader("/srv/templates")
GENSHI = TemplateLoader(["/srv/templates"], auto_reload=False)


def chameleon_preview(request):
    tpl = PageTemplate(request.POST["body"]) # VULN
    return HttpResponse(tpl(user=request.user))


def chameleon_file(request):
    tpl = LOADER["preview.pt"] # SAFE
    return HttpResponse(tpl(body=request.POST["body"]))


def genshi_preview(request):
    tpl = MarkupTemplate(request.POST.get("markup", "")) # VULN
    return HttpResponse(tpl.generate(user=request.user).render("html"))


def genshi_file(request):
    tpl = GENSHI.load("preview.html") # SAFE
    return HttpResponse(tpl.generate(markup=request.POST.get("markup", "")).render("html"))


def django_preview(request):
    tpl = Template(request.GET.get("t", "")) # VULN
    return HttpResponse(tpl.render(Context({"user": request.user})))


def django_engine(request):
    tpl = engines["django"].from_string(request.POST["snippet"]) # VULN
    return HttpResponse(tpl.render({"user": request.user}))


def django_fixed(request):
    tpl = Template("Hello {{ name }}") # SAFE
    return HttpResponse(tpl.render(Context({"name": request.GET.get("name", "")})))


def tornado_preview(request):
    tpl = tornado.template.Template(request.POST["tpl"]) # VULN
    return HttpResponse(tpl.generate(user=request.user))


def sandboxed(request):
    env = SandboxedEnvironment()
    tpl = env.from_string(request.POST["tpl"]) # SAFE
    return HttpResponse(tpl.render(user=request.user.username))


def email_body(request):
    subject = request.POST["subject"]
    tpl = Template("<h1>" + subject + "</h1>{{ body }}") # VULN
    return HttpResponse(tpl.render(Context({"body": "hi"})))
`,
  ),
  // ---------------------------------------------------------------- shelve / dbm paths
  ...rules(
    "CWE-22",
    "batch92: shelve and dbm stores opened by a name from the request; basename and allow-list twins",
    `
import dbm
import os
import shelve

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
STORE_DIR = "/var/lib/app/stores"


@app.get("/store")
def read_store():
    name = request.args["name"]
    with shelve.open(os.path.join(STORE_DIR, name), flag="r") as db: # VULN
        return jsonify(list(db.keys()))


@app.get("/store-safe")
def read_store_safe():
    name = os.path.basename(request.args["name"])
    with shelve.open(os.path.join(STORE_DIR, name), flag="r") as db: # SAFE
        return jsonify(list(db.keys()))


@app.post("/cache/<bucket>")
def write_cache(bucket):
    with dbm.open(f"{STORE_DIR}/{bucket}", "c") as db: # VULN
        db[request.form["key"]] = request.form["value"]
    return "ok"


@app.post("/cache-known/<bucket>")
def write_cache_known(bucket):
    if bucket not in {"sessions", "rates", "flags"}:
        abort(404)
    with dbm.open(f"{STORE_DIR}/{bucket}", "c") as db: # SAFE
        db[request.form["key"]] = request.form["value"]
    return "ok"


@app.get("/kv")
def kv():
    path = STORE_DIR + "/" + request.args.get("db", "default")
    db = dbm.open(path, "r") # VULN
    try:
        return db.get(request.args["k"].encode(), b"").decode()
    finally:
        db.close()


@app.delete("/store")
def drop_store():
    target = os.path.join(STORE_DIR, request.args["name"] + ".db")
    os.remove(target) # VULN
    return "gone"


@app.get("/store-real")
def read_store_real():
    target = os.path.realpath(os.path.join(STORE_DIR, request.args["name"]))
    if not target.startswith(STORE_DIR + os.sep):
        abort(400)
    with shelve.open(target, flag="r") as db: # SAFE
        return jsonify(list(db.keys()))
`,
  ),
  // ---------------------------------------------------------------- exec family and async shells
  ...rules(
    "CWE-78",
    "batch92: asyncio shells, os.exec*/posix_spawn/pty.spawn through sh -c with request data; argv-only twins",
    `
import asyncio
import os
import pty
import shlex

from aiohttp import web


async def ping(request):
    host = request.query["host"]
    proc = await asyncio.create_subprocess_shell(f"ping -c 1 {host}", stdout=asyncio.subprocess.PIPE) # VULN
    out, _ = await proc.communicate()
    return web.Response(text=out.decode())


async def ping_exec(request):
    host = request.query["host"]
    proc = await asyncio.create_subprocess_exec("ping", "-c", "1", host, stdout=asyncio.subprocess.PIPE) # SAFE
    out, _ = await proc.communicate()
    return web.Response(text=out.decode())


async def dig(request):
    name = (await request.post())["name"]
    loop = asyncio.get_running_loop()
    transport, _ = await loop.subprocess_shell(asyncio.SubprocessProtocol, "dig +short " + name) # VULN
    transport.close()
    return web.Response(text="started")


async def dig_quoted(request):
    name = (await request.post())["name"]
    proc = await asyncio.create_subprocess_shell("dig +short " + shlex.quote(name)) # SAFE
    await proc.wait()
    return web.Response(text="done")


async def convert(request):
    fmt = request.match_info["fmt"]
    pid = os.fork()
    if pid == 0:
        os.execl("/bin/sh", "sh", "-c", "convert in.png out." + fmt) # VULN
    return web.Response(text="queued")


async def convert_argv(request):
    fmt = request.match_info["fmt"]
    pid = os.fork()
    if pid == 0:
        os.execv("/usr/bin/convert", ["convert", "in.png", "out." + fmt]) # SAFE
    return web.Response(text="queued")


async def archive(request):
    name = request.query["name"]
    os.posix_spawn("/bin/sh", ["sh", "-c", f"tar czf /tmp/{name}.tgz /srv/data"], os.environ) # VULN
    return web.Response(text="ok")


async def archive_argv(request):
    name = request.query["name"]
    os.posix_spawnp("tar", ["tar", "czf", "/tmp/backup.tgz", "--", name], os.environ) # SAFE
    return web.Response(text="ok")


async def console(request):
    cmd = (await request.json())["cmd"]
    pty.spawn(["/bin/bash", "-c", cmd]) # VULN
    return web.Response(text="ok")


async def run_env(request):
    tool = request.query["tool"]
    os.execlp("sh", "sh", "-c", tool + " --version") # VULN
    return web.Response(text="ok")


async def spawn_shell(request):
    user_cmd = request.query["cmd"]
    os.spawnlp(os.P_NOWAIT, "sh", "sh", "-c", user_cmd) # VULN
    return web.Response(text="ok")


async def spawn_fixed(request):
    os.spawnlp(os.P_NOWAIT, "sh", "sh", "-c", "sync && echo done") # SAFE
    return web.Response(text="ok")
`,
  ),
  // ---------------------------------------------------------------- secrets in logs
  ...rules(
    "CWE-532",
    "batch92: passwords, API keys and session tokens reaching logging, print and warnings; masked twins",
    `
import logging
import warnings

import requests

log = logging.getLogger("billing")


def charge(card_token: str, api_key: str, amount: int):
    log.debug("charging with key %s", api_key) # VULN
    log.debug("charging with key ...%s", api_key[-4:]) # SAFE
    resp = requests.post("https://pay.example/charge", headers={"Authorization": f"Bearer {api_key}"}, json={"amount": amount, "source": card_token}, timeout=10)
    log.info("charge status %s", resp.status_code) # SAFE
    return resp.json()


def connect_db(user: str, password: str):
    log.info(f"connecting as {user} with password {password}") # VULN
    log.info("connecting as %s", user) # SAFE


def refresh(session):
    token = session.fetch_token()
    print("new access token:", token["access_token"]) # VULN
    log.warning("refresh token %s expires soon", token["refresh_token"]) # VULN
    log.info("token expires in %d s", token["expires_in"]) # SAFE


def legacy_login(username, password):
    warnings.warn(f"plain login used by {username}: {password}") # VULN
    logging.getLogger().info("legacy login used by %s", username) # SAFE


def dump_headers(resp):
    log.debug("request headers: %s", dict(resp.request.headers)) # VULN
    log.debug("response headers: %s", {k: v for k, v in resp.headers.items() if k.lower() != "set-cookie"}) # SAFE


def store_secret(secret_key):
    log.error("could not store secret_key=%s", secret_key) # VULN
`,
  ),
  ...rules(
    "CWE-208",
    "batch92: FastAPI header tokens, basic-auth passwords and webhook signatures compared with ==; compare_digest twins",
    `
import base64
import hashlib
import hmac
import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException, Request, Security
from fastapi.security import APIKeyHeader, HTTPBasic, HTTPBasicCredentials

from .settings import settings

app = FastAPI()
basic = HTTPBasic()
api_key_header = APIKeyHeader(name="X-API-Key")
KEY = os.environ["SIGNING_KEY"].encode()


@app.get("/admin")
def admin(x_token: str = Header(...)):
    if x_token != settings.admin_token: # VULN
        raise HTTPException(status_code=403)
    return {"ok": True}


@app.get("/admin-safe")
def admin_safe(x_token: str = Header(...)):
    if not secrets.compare_digest(x_token, settings.admin_token): # SAFE
        raise HTTPException(status_code=403)
    return {"ok": True}


@app.get("/basic")
def basic_area(credentials: HTTPBasicCredentials = Depends(basic)):
    if credentials.password == os.environ["BASIC_PASSWORD"]: # VULN
        return {"user": credentials.username}
    raise HTTPException(status_code=401)


def check_sig(payload: bytes, sig: str) -> bool:
    return base64.b64encode(hmac.new(KEY, payload, "sha256").digest()).decode() == sig # VULN


@app.post("/hook")
async def hook(request: Request):
    body = await request.body()
    if hmac.new(KEY, body, hashlib.sha1).hexdigest() != request.headers.get("X-Signature"): # VULN
        raise HTTPException(status_code=401)
    return {"ok": True}


@app.get("/keyed")
def keyed(api_key: str = Security(api_key_header)):
    if api_key == settings.api_key: # VULN
        return {"ok": True}
    raise HTTPException(status_code=403)


@app.get("/mode")
def mode(x_mode: str = Header("fast")):
    if x_mode == "safe": # SAFE
        return {"mode": "safe"}
    return {"mode": "fast"}
`,
  ),
];
