// Dev suite "py-rules", batch 100 (format in py-rules.ts): templates, XML, serialisation formats, parsers and format
// strings in less common libraries and spellings - cloudpickle/dill/msgpack hooks/ruamel/shelve, numexpr/sympy/code
// objects, genshi/chameleon/tornado/mako/django template engines, markupsafe and jinja autoescape, lxml/sax/pulldom/
// xmltodict parser options, XSLT and XPath (lxml, elementpath), XML signatures, user format strings (str.format,
// format_map, logging.Formatter), user and nested-quantifier regexes, ldap3/python-ldap filters and DNs. Each weakness
// beside safe twins a careless tool would flag. Own code, written blind, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH100: DevCase[] = [
  // ---------------------------------------------------------------- deserialisation
  ...rules(
    "CWE-502",
    "batch100: cloudpickle, dill, marshal, shelve and pickled cookies vs their dumps/safe twins",
    `
import base64
import marshal
import shelve

import cloudpickle
import dill
from flask import Flask, request, make_response

app = Flask(__name__)


@app.post("/jobs/submit")
def submit_job():
    fn = cloudpickle.loads(request.get_data()) # VULN
    return str(fn())


@app.post("/jobs/export")
def export_job():
    blob = cloudpickle.dumps(lambda: 42) # SAFE
    return base64.b64encode(blob)


def restore_session(raw_bytes):
    return dill.loads(raw_bytes) # VULN


def restore_session_file(path):
    with open(path, "rb") as fh:
        return dill.load(fh) # VULN


def snapshot(state):
    return dill.dumps(state) # SAFE


@app.post("/code")
def load_code():
    code = marshal.loads(base64.b64decode(request.form["code"])) # VULN
    return str(code.co_name)


def freeze_code(fn):
    return marshal.dumps(fn.__code__) # SAFE


@app.get("/prefs")
def prefs():
    db = shelve.open(request.args["profile"]) # VULN
    try:
        return dict(db)
    finally:
        db.close()


@app.get("/prefs/default")
def prefs_default():
    with shelve.open("/var/lib/app/prefs.db") as db: # SAFE
        return dict(db)


@app.get("/cart")
def cart():
    import pickle
    raw = request.cookies.get("cart", "")
    items = pickle.loads(base64.urlsafe_b64decode(raw)) # VULN
    return {"n": len(items)}


@app.get("/cart/json")
def cart_json():
    import json
    raw = request.cookies.get("cart", "[]")
    items = json.loads(base64.urlsafe_b64decode(raw)) # SAFE
    resp = make_response({"n": len(items)})
    return resp
`,
  ),
  ...rules(
    "CWE-502",
    "batch100: yaml loaders, ruamel typ, jsonpickle, msgpack ext_hook vs safe loaders and plain decoders",
    `
import json
import pickle
import plistlib
import tomllib

import jsonpickle
import msgpack
import yaml
from ruamel.yaml import YAML


def read_manifest(text):
    return yaml.load(text, Loader=yaml.UnsafeLoader) # VULN


def read_manifest_full(text):
    return yaml.load(text, Loader=yaml.FullLoader) # VULN


def read_manifest_plain(stream):
    return yaml.load(stream, yaml.Loader) # VULN


def read_all(stream):
    return list(yaml.load_all(stream, Loader=yaml.UnsafeLoader)) # VULN


def read_unsafe(text):
    return yaml.unsafe_load(text) # VULN


def read_unsafe_all(text):
    return list(yaml.unsafe_load_all(text)) # VULN


def read_safe(text):
    return yaml.load(text, Loader=yaml.SafeLoader) # SAFE


def read_csafe(text):
    return yaml.load(text, Loader=yaml.CSafeLoader) # SAFE


def read_safe_all(text):
    return list(yaml.safe_load_all(text)) # SAFE


def ruamel_unsafe(text):
    y = YAML(typ="unsafe") # VULN
    return y.load(text)


def ruamel_safe(text):
    y = YAML(typ="safe") # SAFE
    return y.load(text)


def ruamel_rt(text):
    y = YAML() # SAFE
    return y.load(text)


def load_event(payload):
    return jsonpickle.decode(payload) # VULN


def load_event_keys(payload):
    return jsonpickle.decode(payload, keys=True) # VULN


def dump_event(event):
    return jsonpickle.encode(event, unpicklable=False) # SAFE


def _ext(code, data):
    if code == 42:
        return pickle.loads(data) # VULN
    return msgpack.ExtType(code, data)


def unpack_frame(frame):
    return msgpack.unpackb(frame, ext_hook=_ext, raw=False)


def unpack_frame_lambda(frame):
    return msgpack.unpackb(frame, ext_hook=lambda c, d: pickle.loads(d)) # VULN


def unpack_plain(frame):
    return msgpack.unpackb(frame, raw=False) # SAFE


def read_plist(blob):
    return plistlib.loads(blob) # SAFE


def read_toml(text):
    return tomllib.loads(text) # SAFE


def read_json(text):
    return json.loads(text) # SAFE
`,
  ),
  ...rules(
    "CWE-502",
    "batch100: model and array files from uploads vs weights_only and allow_pickle=False",
    `
import io

import joblib
import numpy as np
import torch
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/models")
async def upload_model(file: UploadFile):
    data = await file.read()
    model = torch.load(io.BytesIO(data)) # VULN
    return {"params": sum(p.numel() for p in model.parameters())}


@app.post("/models/weights")
async def upload_weights(file: UploadFile):
    data = await file.read()
    state = torch.load(io.BytesIO(data), weights_only=True) # SAFE
    return {"keys": len(state)}


@app.post("/arrays")
async def upload_array(file: UploadFile):
    data = await file.read()
    arr = np.load(io.BytesIO(data), allow_pickle=True) # VULN
    return {"shape": list(arr.shape)}


@app.post("/arrays/plain")
async def upload_array_plain(file: UploadFile):
    data = await file.read()
    arr = np.load(io.BytesIO(data), allow_pickle=False) # SAFE
    return {"shape": list(arr.shape)}


@app.post("/estimators")
async def upload_estimator(file: UploadFile):
    est = joblib.load(file.file) # VULN
    return {"type": type(est).__name__}
`,
  ),
  // ---------------------------------------------------------------- code evaluation
  ...rules(
    "CWE-95",
    "batch100: numexpr, sympify, code objects and interpreters vs literal_eval and simpleeval",
    `
import ast
import code

import numexpr
import numpy as np
import sympy
from flask import Flask, request
from simpleeval import simple_eval, EvalWithCompoundTypes

app = Flask(__name__)


@app.get("/calc")
def calc():
    expr = request.args["expr"]
    x = np.arange(10)
    return str(numexpr.evaluate(expr, local_dict={"x": x})) # VULN


@app.get("/calc/fixed")
def calc_fixed():
    scale = float(request.args["scale"])
    x = np.arange(10)
    return str(numexpr.evaluate("x * scale", local_dict={"x": x, "scale": scale})) # SAFE


@app.get("/simplify")
def simplify():
    return str(sympy.sympify(request.args["f"])) # VULN


@app.get("/simplify/parse")
def simplify_parse():
    return str(sympy.parse_expr(request.args["f"])) # VULN


@app.get("/simplify/sym")
def simplify_sym():
    name = request.args["name"]
    return str(sympy.Symbol(name) ** 2) # SAFE


@app.post("/run")
def run_snippet():
    src = request.form["src"]
    obj = compile(src, "<snippet>", "exec") # VULN
    exec(obj, {}) # VULN
    return "ok"


@app.post("/repl")
def repl():
    interp = code.InteractiveInterpreter()
    interp.runsource(request.form["line"]) # VULN
    return "ok"


@app.post("/repl/console")
def repl_console():
    console = code.InteractiveConsole(locals={})
    console.push(request.form["line"]) # VULN
    return "ok"


@app.get("/value")
def value():
    return str(ast.literal_eval(request.args["v"])) # SAFE


@app.get("/score")
def score():
    return str(simple_eval(request.args["formula"], names={"a": 1, "b": 2})) # SAFE


@app.get("/score/compound")
def score_compound():
    ev = EvalWithCompoundTypes(names={"items": [1, 2, 3]})
    return str(ev.eval(request.args["formula"])) # SAFE


@app.get("/tree")
def tree():
    node = ast.parse(request.args["src"], mode="eval") # SAFE
    return ast.dump(node)


@app.get("/eval")
def eval_expr():
    return str(eval(request.args["expr"], {"__builtins__": {}})) # VULN


def apply_rule(rule_text, row):
    fn = eval("lambda row: " + rule_text) # VULN
    return fn(row)


def apply_fixed(row):
    fn = eval("lambda row: row['qty'] * row['price']") # SAFE
    return fn(row)
`,
  ),
  // ---------------------------------------------------------------- template engines
  ...rules(
    "CWE-1336",
    "batch100: genshi, chameleon, tornado, mako, django and jinja templates built from user text vs loaders",
    `
import jinja2
from chameleon import PageTemplate, PageTemplateFile
from django.template import Template as DjTemplate, Context, engines
from flask import Flask, request, render_template_string
from genshi.template import MarkupTemplate, TemplateLoader, NewTextTemplate
from jinja2.sandbox import SandboxedEnvironment
from mako.template import Template as MakoTemplate
from mako.lookup import TemplateLookup
from tornado import template as ttemplate

app = Flask(__name__)
lookup = TemplateLookup(directories=["templates"])
gloader = TemplateLoader(["templates"])


@app.post("/genshi")
def genshi_page():
    tmpl = MarkupTemplate(request.form["body"]) # VULN
    return tmpl.generate(user="x").render("html")


@app.post("/genshi/text")
def genshi_text():
    tmpl = NewTextTemplate(request.form["body"]) # VULN
    return tmpl.generate().render()


@app.get("/genshi/file")
def genshi_file():
    tmpl = gloader.load("page.html") # SAFE
    return tmpl.generate(user=request.args.get("u")).render("html")


@app.post("/chameleon")
def chameleon_page():
    pt = PageTemplate(request.form["tpl"]) # VULN
    return pt(name="x")


@app.get("/chameleon/file")
def chameleon_file():
    pt = PageTemplateFile("templates/hello.pt") # SAFE
    return pt(name=request.args.get("name", ""))


@app.post("/tornado")
def tornado_page():
    t = ttemplate.Template(request.form["tpl"]) # VULN
    return t.generate(name="x")


@app.get("/tornado/file")
def tornado_file():
    loader = ttemplate.Loader("templates")
    return loader.load("hello.html").generate(name=request.args.get("name")) # SAFE


@app.post("/mako")
def mako_page():
    t = MakoTemplate(text=request.form["tpl"]) # VULN
    return t.render(name="x")


@app.post("/mako/pos")
def mako_positional():
    body = request.form["tpl"]
    return MakoTemplate(body).render() # VULN


@app.get("/mako/file")
def mako_file():
    t = lookup.get_template("hello.mako") # SAFE
    return t.render(name=request.args.get("name"))


@app.post("/django")
def django_page():
    t = DjTemplate(request.POST["tpl"]) # VULN
    return t.render(Context({"name": "x"}))


@app.post("/django/engine")
def django_engine():
    t = engines["django"].from_string(request.form["tpl"]) # VULN
    return t.render({"name": "x"})


@app.get("/django/fixed")
def django_fixed():
    t = engines["django"].from_string("Hello {{ name }}") # SAFE
    return t.render({"name": request.args.get("name")})


@app.post("/jinja")
def jinja_page():
    t = jinja2.Template(request.form["tpl"]) # VULN
    return t.render(name="x")


@app.post("/jinja/env")
def jinja_env():
    env = jinja2.Environment()
    return env.from_string(request.form["tpl"]).render() # VULN


@app.post("/jinja/sandbox")
def jinja_sandbox():
    env = SandboxedEnvironment()
    return env.from_string(request.form["tpl"]).render() # SAFE


@app.get("/jinja/fixed")
def jinja_fixed():
    return jinja2.Template("Hello {{ name }}").render(name=request.args.get("name")) # SAFE


@app.get("/greet")
def greet():
    name = request.args.get("name", "")
    return render_template_string(f"<h1>Hello {name}</h1>") # VULN


@app.get("/greet/concat")
def greet_concat():
    title = request.args.get("title", "")
    page = "<h1>" + title + "</h1>{{ body }}"
    return render_template_string(page, body="...") # VULN


@app.get("/greet/safe")
def greet_safe():
    return render_template_string("<h1>Hello {{ name }}</h1>", name=request.args.get("name", "")) # SAFE


@app.get("/greet/pct")
def greet_pct():
    return render_template_string("<p>%s</p>" % request.args.get("msg", "")) # VULN
`,
  ),
  ...rules(
    "CWE-1336",
    "batch100: string.Template and str templates as safe look-alikes of template engines",
    `
import string

from flask import Flask, request
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=True)


@app.post("/mail")
def mail():
    tpl = string.Template(request.form["body"]) # SAFE
    return tpl.safe_substitute(name="customer")


@app.post("/mail/sub")
def mail_sub():
    body = request.form["body"]
    return string.Template(body).substitute(name="customer", order="1") # SAFE


@app.get("/page")
def page():
    t = env.get_template("page.html") # SAFE
    return t.render(q=request.args.get("q"))


@app.get("/page/choose")
def page_choose():
    name = request.args.get("tpl", "page")
    t = env.get_template(name + ".html") # SAFE
    return t.render()


@app.post("/preview")
def preview():
    t = env.from_string(request.form["snippet"]) # VULN
    return t.render()
`,
  ),
  // ---------------------------------------------------------------- markup / autoescape
  ...rules(
    "CWE-79",
    "batch100: markupsafe.Markup of user text and jinja autoescape off vs Markup.format/escape",
    `
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape
from markupsafe import Markup, escape

app = Flask(__name__)

env_off = Environment(loader=FileSystemLoader("templates"), autoescape=False) # VULN
env_on = Environment(loader=FileSystemLoader("templates"), autoescape=True) # SAFE
env_sel = Environment(loader=PackageLoader("shop"), autoescape=select_autoescape(["html", "xml"])) # SAFE


@app.get("/badge")
def badge():
    label = request.args.get("label", "")
    return Markup("<span class='badge'>" + label + "</span>") # VULN


@app.get("/badge/pct")
def badge_pct():
    label = request.args.get("label", "")
    return Markup("<span>%s</span>" % label) # VULN


@app.get("/badge/fstr")
def badge_fstr():
    label = request.args.get("label", "")
    return Markup(f"<span>{label}</span>") # VULN


@app.get("/badge/raw")
def badge_raw():
    return Markup(request.args.get("html", "")) # VULN


@app.get("/badge/format")
def badge_format():
    label = request.args.get("label", "")
    return Markup("<span>{}</span>").format(label) # SAFE


@app.get("/badge/mod")
def badge_mod():
    label = request.args.get("label", "")
    return Markup("<span>%s</span>") % label # SAFE


@app.get("/badge/esc")
def badge_esc():
    label = request.args.get("label", "")
    return Markup("<span>" + str(escape(label)) + "</span>") # SAFE


@app.get("/badge/join")
def badge_join():
    tags = request.args.getlist("tag")
    return Markup("").join(Markup("<li>{}</li>").format(t) for t in tags) # SAFE


@app.get("/comment")
def comment():
    env = Environment(autoescape=False)
    t = env.from_string("<p>{{ c }}</p>")
    return t.render(c=request.args.get("c", "")) # VULN


@app.get("/comment/safe-filter")
def comment_safe_filter():
    t = env_on.from_string("<p>{{ c|safe }}</p>")
    return t.render(c=request.args.get("c", "")) # VULN


@app.get("/comment/escaped")
def comment_escaped():
    t = env_on.from_string("<p>{{ c }}</p>")
    return t.render(c=request.args.get("c", "")) # SAFE


@app.get("/comment/mark")
def comment_mark():
    t = env_on.from_string("<p>{{ c }}</p>")
    return t.render(c=Markup(request.args.get("c", ""))) # VULN


@app.get("/comment/text")
def comment_text():
    env = Environment(autoescape=False)
    t = env.from_string("Subject: {{ s }}")
    return t.render(s=request.args.get("s", "")), 200, {"Content-Type": "text/plain"} # SAFE
`,
  ),
  // ---------------------------------------------------------------- XML parsers
  ...rules(
    "CWE-611",
    "batch100: lxml parser options, sax external entities, pulldom and xmltodict vs hardened parsers",
    `
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges, feature_external_pes

import defusedxml.ElementTree as DET
import xmltodict
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/lxml/entities")
def lxml_entities():
    parser = etree.XMLParser(resolve_entities=True) # VULN
    root = etree.fromstring(request.data, parser)
    return root.tag


@app.post("/lxml/network")
def lxml_network():
    parser = etree.XMLParser(no_network=False, resolve_entities=True) # VULN
    return etree.fromstring(request.data, parser=parser).tag


@app.post("/lxml/dtd")
def lxml_dtd():
    parser = etree.XMLParser(load_dtd=True, dtd_validation=True) # VULN
    return etree.fromstring(request.data, parser).tag


@app.post("/lxml/huge")
def lxml_huge():
    parser = etree.XMLParser(huge_tree=True, resolve_entities=True) # VULN
    return etree.parse(request.files["doc"], parser).getroot().tag


@app.post("/lxml/hardened")
def lxml_hardened():
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False) # SAFE
    return etree.fromstring(request.data, parser).tag


@app.post("/lxml/hardened2")
def lxml_hardened2():
    parser = etree.XMLParser(resolve_entities=False) # SAFE
    return etree.fromstring(request.data, parser).tag


@app.post("/sax")
def sax_parse():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True) # VULN
    parser.setContentHandler(xml.sax.ContentHandler())
    parser.parse(request.files["doc"])
    return "ok"


@app.post("/sax/pes")
def sax_pes():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_pes, 1) # VULN
    parser.parse(request.files["doc"])
    return "ok"


@app.post("/sax/off")
def sax_off():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False) # SAFE
    parser.parse(request.files["doc"])
    return "ok"


@app.post("/pulldom")
def pulldom_parse():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True) # VULN
    events = pulldom.parseString(request.data.decode(), parser=parser)
    return str(sum(1 for _ in events))


@app.post("/pulldom/plain")
def pulldom_plain():
    events = pulldom.parseString(request.data.decode()) # SAFE
    return str(sum(1 for _ in events))


@app.post("/dict")
def to_dict():
    return xmltodict.parse(request.data, disable_entities=False) # VULN CWE-776


@app.post("/dict/plain")
def to_dict_plain():
    return xmltodict.parse(request.data) # SAFE


@app.post("/defused")
def defused():
    return DET.fromstring(request.data).tag # SAFE


@app.post("/defused/forbid")
def defused_forbid():
    return DET.fromstring(request.data, forbid_dtd=True).tag # SAFE


def read_bundled_schema():
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    return etree.parse("/usr/share/app/schema/catalog.xml", parser) # SAFE
`,
  ),
  // ---------------------------------------------------------------- XSLT / XPath
  ...rules(
    "CWE-91",
    "batch100: lxml XSLT of uploaded stylesheets vs a bundled stylesheet applied to user data",
    `
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
REPORT_XSL = etree.XSLT(etree.parse("static/report.xsl"))


@app.post("/transform")
def transform():
    xslt_root = etree.fromstring(request.files["xsl"].read())
    transform = etree.XSLT(xslt_root) # VULN
    return str(transform(etree.fromstring(request.files["doc"].read())))


@app.post("/transform/parse")
def transform_parse():
    sheet = etree.parse(request.files["xsl"])
    return str(etree.XSLT(sheet)(etree.parse(request.files["doc"]))) # VULN


@app.post("/transform/xml")
def transform_xml():
    sheet = etree.XML(request.form["stylesheet"])
    xform = etree.XSLT(sheet, access_control=etree.XSLTAccessControl.DENY_WRITE) # VULN
    return str(xform(etree.XML("<a/>")))


@app.post("/report")
def report():
    doc = etree.fromstring(request.data, etree.XMLParser(resolve_entities=False))
    return str(REPORT_XSL(doc)) # SAFE


@app.post("/report/param")
def report_param():
    doc = etree.fromstring(request.data, etree.XMLParser(resolve_entities=False))
    title = request.args.get("title", "")
    return str(REPORT_XSL(doc, title=etree.XSLT.strparam(title))) # SAFE


def build_report(path):
    style = etree.XSLT(etree.parse("templates/summary.xsl")) # SAFE
    return style(etree.parse(path))
`,
  ),
  ...rules(
    "CWE-643",
    "batch100: lxml xpath / XPath / XPathEvaluator and elementpath with interpolated input vs XPath variables",
    `
import elementpath
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("data/users.xml")


@app.get("/user")
def user():
    name = request.args["name"]
    hits = TREE.xpath(f"//user[@name='{name}']/email/text()") # VULN
    return {"emails": [str(h) for h in hits]}


@app.get("/user/concat")
def user_concat():
    name = request.args["name"]
    hits = TREE.xpath("//user[@name='" + name + "']") # VULN
    return {"n": len(hits)}


@app.get("/user/pct")
def user_pct():
    uid = request.args["id"]
    find = etree.XPath("//user[@id='%s']" % uid) # VULN
    return {"n": len(find(TREE))}


@app.get("/user/format")
def user_format():
    role = request.args["role"]
    ev = etree.XPathEvaluator(TREE)
    return {"n": len(ev("//user[@role='{}']".format(role)))} # VULN


@app.get("/user/expr")
def user_expr():
    return {"n": len(TREE.xpath(request.args["q"]))} # VULN


@app.get("/user/var")
def user_var():
    name = request.args["name"]
    hits = TREE.xpath("//user[@name=$name]/email/text()", name=name) # SAFE
    return {"emails": [str(h) for h in hits]}


@app.get("/user/compiled")
def user_compiled():
    find = etree.XPath("//user[@id=$uid]")
    return {"n": len(find(TREE, uid=request.args["id"]))} # SAFE


@app.get("/user/fixed")
def user_fixed():
    return {"n": len(TREE.xpath("//user[@active='true']"))} # SAFE


@app.get("/items")
def items():
    sku = request.args["sku"]
    root = TREE.getroot()
    return {"n": len(elementpath.select(root, f"//item[@sku='{sku}']"))} # VULN


@app.get("/items/iter")
def items_iter():
    sku = request.args["sku"]
    return {"n": sum(1 for _ in elementpath.iter_select(TREE.getroot(), "//item[@sku='" + sku + "']"))} # VULN


@app.get("/items/var")
def items_var():
    sku = request.args["sku"]
    root = TREE.getroot()
    return {"n": len(elementpath.select(root, "//item[@sku=$sku]", variables={"sku": sku}))} # SAFE


@app.get("/items/count")
def items_count():
    limit = int(request.args["limit"])
    return {"n": len(TREE.xpath(f"//item[position() <= {limit}]"))} # SAFE
`,
  ),
  // ---------------------------------------------------------------- XML signatures
  ...rules(
    "CWE-347",
    "batch100: SAML/XML signatures verified loosely or not at all vs signxml with a pinned cert",
    `
import logging

import xmlsec
from lxml import etree
from signxml import XMLVerifier

log = logging.getLogger(__name__)
IDP_CERT = open("/etc/sso/idp.pem").read()


def accept_assertion(xml_bytes):
    root = etree.fromstring(xml_bytes, etree.XMLParser(resolve_entities=False))
    node = xmlsec.tree.find_node(root, xmlsec.constants.NodeSignature)
    ctx = xmlsec.SignatureContext()
    ctx.key = xmlsec.Key.from_file("/etc/sso/idp.pem", xmlsec.constants.KeyDataFormatCertPem)
    try:
        ctx.verify(node)
    except xmlsec.Error: # VULN
        log.warning("signature check failed")
    return root.findtext(".//{urn:oasis:names:tc:SAML:2.0:assertion}NameID")


def accept_assertion_strict(xml_bytes):
    root = etree.fromstring(xml_bytes, etree.XMLParser(resolve_entities=False))
    node = xmlsec.tree.find_node(root, xmlsec.constants.NodeSignature)
    ctx = xmlsec.SignatureContext()
    ctx.key = xmlsec.Key.from_file("/etc/sso/idp.pem", xmlsec.constants.KeyDataFormatCertPem)
    try:
        ctx.verify(node)
    except xmlsec.Error: # SAFE
        log.warning("signature check failed")
        raise PermissionError("bad signature")
    return root.findtext(".//{urn:oasis:names:tc:SAML:2.0:assertion}NameID")


def verified_subject(xml_bytes):
    result = XMLVerifier().verify(xml_bytes, x509_cert=IDP_CERT) # SAFE
    return result.signed_xml.findtext(".//{urn:oasis:names:tc:SAML:2.0:assertion}NameID")


def unverified_subject(xml_bytes):
    root = etree.fromstring(xml_bytes, etree.XMLParser(resolve_entities=False))
    try:
        XMLVerifier().verify(root, x509_cert=IDP_CERT)
    except Exception: # VULN
        pass
    return root.findtext(".//{urn:oasis:names:tc:SAML:2.0:assertion}NameID")


SAML_SETTINGS = {
    "strict": False, # VULN
    "security": {
        "wantAssertionsSigned": False, # SAFE
        "wantMessagesSigned": True, # SAFE
    },
}
`,
  ),
  // ---------------------------------------------------------------- format strings
  ...rules(
    "CWE-134",
    "batch100: user-supplied str.format / format_map / logging formats vs fixed formats with user values",
    `
import logging
import string

from flask import Flask, request, g

app = Flask(__name__)
CONFIG = {"SECRET_KEY": "from-env", "site": "shop"}


class Settings:
    def __init__(self):
        self.api_token = "from-vault"
        self.site = "shop"


settings = Settings()


@app.get("/banner")
def banner():
    fmt = request.args.get("fmt", "Welcome to {site}")
    return fmt.format(site=settings.site, user=g.user) # VULN


@app.get("/banner/obj")
def banner_obj():
    fmt = request.args.get("fmt", "{s.site}")
    return fmt.format(s=settings) # VULN


@app.get("/banner/map")
def banner_map():
    fmt = request.args.get("fmt", "{site}")
    return fmt.format_map(vars(settings)) # VULN


@app.get("/banner/config")
def banner_config():
    return request.args["fmt"].format(**CONFIG) # VULN


@app.get("/banner/str")
def banner_str():
    return str.format(request.args["fmt"], settings) # VULN


@app.get("/banner/formatter")
def banner_formatter():
    return string.Formatter().format(request.args["fmt"], cfg=settings) # VULN


@app.get("/banner/vformat")
def banner_vformat():
    return string.Formatter().vformat(request.args["fmt"], (), {"cfg": settings}) # VULN


@app.get("/hello")
def hello():
    name = request.args.get("name", "")
    return "Hello {}".format(name) # SAFE


@app.get("/hello/kw")
def hello_kw():
    return "Hello {name} from {site}".format(name=request.args.get("name", ""), site=settings.site) # SAFE


@app.get("/hello/map")
def hello_map():
    return "{name}!".format_map({"name": request.args.get("name", "")}) # SAFE


@app.get("/hello/f")
def hello_f():
    name = request.args.get("name", "")
    return f"Hello {name:>20}" # SAFE


@app.get("/hello/spec")
def hello_spec():
    width = int(request.args.get("w", "10"))
    return "{:>{w}}".format("x", w=width) # SAFE


@app.get("/hello/tpl")
def hello_tpl():
    return string.Template(request.args["fmt"]).safe_substitute(site=settings.site) # SAFE


@app.post("/logfmt")
def log_format():
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(request.form["fmt"], style="{")) # VULN
    logging.getLogger("audit").addHandler(handler)
    return "ok"


@app.post("/logfmt/fixed")
def log_format_fixed():
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("{asctime} {levelname} {message}", style="{")) # SAFE
    logging.getLogger("audit").addHandler(handler)
    return "ok"


@app.post("/logmsg")
def log_msg():
    logging.getLogger("audit").info("user note: %s", request.form["note"]) # SAFE
    return "ok"


def render_label(label_format, record):
    return label_format.format(record=record) # VULN


def render_label_fixed(record):
    return "{record.name} ({record.id})".format(record=record) # SAFE
`,
  ),
  // ---------------------------------------------------------------- regex
  ...rules(
    "CWE-1333",
    "batch100: regexes compiled from user input and nested quantifiers vs re.escape, re2 and linear patterns",
    `
import fnmatch
import re

import re2
import regex
from flask import Flask, request

app = Flask(__name__)

EMAIL_BAD = re.compile(r"^([a-zA-Z0-9_.+-]+)+@example\\.com$") # VULN
WORDS_BAD = re.compile(r"^(\\w+\\s?)*$") # VULN
DIGITS_BAD = re.compile(r"^(\\d+)*$") # VULN
ALT_BAD = re.compile(r"^(a|a)*$") # VULN
PATH_OK = re.compile(r"^(/[a-z]*)*\\.html$") # SAFE
EMAIL_OK = re.compile(r"^[a-zA-Z0-9_.+-]+@example\\.com$") # SAFE
WORDS_OK = re.compile(r"^\\w+(\\s\\w+)*$") # SAFE
DIGITS_OK = re.compile(r"^\\d+$") # SAFE
HOST_OK = re.compile(r"^([a-z0-9-]+\\.)*[a-z]{2,}$") # SAFE


@app.get("/grep")
def grep():
    pat = re.compile(request.args["pattern"]) # VULN
    return {"hits": [l for l in open("/var/log/app.log") if pat.search(l)]}


@app.get("/grep/search")
def grep_search():
    text = request.args.get("text", "")
    return {"m": bool(re.search(request.args["pattern"], text))} # VULN


@app.get("/grep/regex")
def grep_regex():
    return {"m": bool(regex.match(request.args["pattern"], request.args.get("text", "")))} # VULN


@app.get("/grep/fstr")
def grep_fstr():
    word = request.args["word"]
    return {"m": bool(re.match(f"^{word}.*$", request.args.get("text", "")))} # VULN


@app.get("/grep/escaped")
def grep_escaped():
    word = re.escape(request.args["word"])
    return {"m": bool(re.match(f"^{word}.*$", request.args.get("text", "")))} # SAFE


@app.get("/grep/escaped2")
def grep_escaped2():
    pat = re.compile(re.escape(request.args["pattern"]), re.I) # SAFE
    return {"m": bool(pat.search(request.args.get("text", "")))}


@app.get("/grep/re2")
def grep_re2():
    pat = re2.compile(request.args["pattern"]) # SAFE
    return {"m": bool(pat.search(request.args.get("text", "")))}


@app.get("/grep/timeout")
def grep_timeout():
    return {"m": bool(regex.search(request.args["pattern"], request.args.get("text", ""), timeout=0.1))} # SAFE


@app.get("/grep/glob")
def grep_glob():
    pat = re.compile(fnmatch.translate(request.args["glob"])) # SAFE
    return {"m": bool(pat.match(request.args.get("name", "")))}


def match_rule(rule_pattern, line):
    return re.fullmatch(rule_pattern, line) is not None # VULN
`,
  ),
  // ---------------------------------------------------------------- LDAP
  ...rules(
    "CWE-90",
    "batch100: ldap3 and python-ldap filters and DNs from input vs escape_filter_chars / filter_format / escape_rdn",
    `
import ldap
import ldap.dn
import ldap.filter
from flask import Flask, request
from ldap3 import Connection, Server, SUBTREE, MODIFY_REPLACE
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import escape_rdn

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=org"


def conn3():
    return Connection(Server("ldap://ldap.internal"), "cn=svc,dc=example,dc=org", "from-env", auto_bind=True)


@app.get("/people")
def people():
    uid = request.args["uid"]
    c = conn3()
    c.search(BASE, f"(uid={uid})", attributes=["cn", "mail"]) # VULN
    return {"n": len(c.entries)}


@app.get("/people/kw")
def people_kw():
    mail = request.args["mail"]
    c = conn3()
    c.search(search_base=BASE, search_filter="(&(objectClass=person)(mail=" + mail + "))", search_scope=SUBTREE) # VULN
    return {"n": len(c.entries)}


@app.get("/people/paged")
def people_paged():
    cn = request.args["cn"]
    c = conn3()
    gen = c.extend.standard.paged_search(BASE, "(cn=%s*)" % cn, attributes=["cn"]) # VULN
    return {"n": sum(1 for _ in gen)}


@app.get("/people/safe")
def people_safe():
    uid = escape_filter_chars(request.args["uid"])
    c = conn3()
    c.search(BASE, f"(uid={uid})", attributes=["cn", "mail"]) # SAFE
    return {"n": len(c.entries)}


@app.get("/people/safe-inline")
def people_safe_inline():
    c = conn3()
    c.search(BASE, "(mail=%s)" % escape_filter_chars(request.args["mail"])) # SAFE
    return {"n": len(c.entries)}


@app.post("/people/rename")
def people_rename():
    uid = request.form["uid"]
    c = conn3()
    c.modify(f"uid={uid},{BASE}", {"displayName": [(MODIFY_REPLACE, [request.form["name"]])]}) # VULN
    return "ok"


@app.post("/people/rename-safe")
def people_rename_safe():
    uid = escape_rdn(request.form["uid"])
    c = conn3()
    c.modify(f"uid={uid},{BASE}", {"displayName": [(MODIFY_REPLACE, [request.form["name"]])]}) # SAFE
    return "ok"


@app.get("/legacy")
def legacy():
    name = request.args["name"]
    l = ldap.initialize("ldap://ldap.internal")
    res = l.search_s(BASE, ldap.SCOPE_SUBTREE, "(cn=%s)" % name, ["mail"]) # VULN
    return {"n": len(res)}


@app.get("/legacy/ext")
def legacy_ext():
    group = request.args["group"]
    l = ldap.initialize("ldap://ldap.internal")
    msgid = l.search_ext(BASE, ldap.SCOPE_SUBTREE, "(memberOf=cn=" + group + ",ou=groups,dc=example,dc=org)") # VULN
    return {"id": msgid}


@app.get("/legacy/st")
def legacy_st():
    l = ldap.initialize("ldap://ldap.internal")
    res = l.search_st(BASE, ldap.SCOPE_SUBTREE, "(sn={})".format(request.args["sn"]), timeout=5) # VULN
    return {"n": len(res)}


@app.get("/legacy/format")
def legacy_format():
    name = request.args["name"]
    l = ldap.initialize("ldap://ldap.internal")
    flt = ldap.filter.filter_format("(cn=%s)", [name])
    res = l.search_s(BASE, ldap.SCOPE_SUBTREE, flt, ["mail"]) # SAFE
    return {"n": len(res)}


@app.get("/legacy/escape")
def legacy_escape():
    name = ldap.filter.escape_filter_chars(request.args["name"])
    l = ldap.initialize("ldap://ldap.internal")
    res = l.search_s(BASE, ldap.SCOPE_SUBTREE, "(cn=%s)" % name, ["mail"]) # SAFE
    return {"n": len(res)}


@app.post("/legacy/bind")
def legacy_bind():
    l = ldap.initialize("ldap://ldap.internal")
    l.simple_bind_s("uid=%s,%s" % (request.form["user"], BASE), request.form["password"]) # VULN
    return "ok"


@app.post("/legacy/bind-safe")
def legacy_bind_safe():
    l = ldap.initialize("ldap://ldap.internal")
    dn = "uid=%s,%s" % (ldap.dn.escape_dn_chars(request.form["user"]), BASE)
    l.simple_bind_s(dn, request.form["password"]) # SAFE
    return "ok"


def lookup_member(conn, login):
    conn.search(BASE, "(sAMAccountName=" + login + ")") # VULN
    return conn.entries


def lookup_fixed(conn):
    conn.search(BASE, "(objectClass=person)") # SAFE
    return conn.entries
`,
  ),
  // ---------------------------------------------------------------- helper-style functions (no web framework)
  ...rules(
    "CWE-1336",
    "batch100: library helpers that render a caller's template text vs helpers that load bundled templates",
    `
import os

import jinja2
from mako.template import Template
from tornado.template import Template as TTemplate

HERE = os.path.dirname(__file__)
_env = jinja2.Environment(loader=jinja2.FileSystemLoader(os.path.join(HERE, "templates")), autoescape=True)


def render_snippet(snippet, **ctx):
    return jinja2.Template(snippet).render(**ctx) # VULN


def render_with_env(env, text, ctx):
    return env.from_string(text).render(ctx) # VULN


def render_mako(body, **ctx):
    return Template(body).render(**ctx) # VULN


def render_tornado(body, **ctx):
    return TTemplate(body).generate(**ctx) # VULN


def render_bundled(name, **ctx):
    return _env.get_template(name).render(**ctx) # SAFE


def render_package_file(**ctx):
    with open(os.path.join(HERE, "templates", "mail.txt")) as fh:
        return jinja2.Template(fh.read()).render(**ctx) # SAFE


def render_literal(**ctx):
    return Template("Hello \${name}").render(**ctx) # SAFE
`,
  ),
  ...rules(
    "CWE-502",
    "batch100: library helpers that load a caller's bytes with pickle-family modules vs bundled data",
    `
import os
import pickle
import shelve

import cloudpickle
import dill
import yaml

HERE = os.path.dirname(__file__)


def load_blob(blob):
    return pickle.loads(blob) # VULN


def load_task(payload):
    return cloudpickle.loads(payload) # VULN


def load_closure(payload):
    return dill.loads(payload) # VULN


def open_cache(path):
    return shelve.open(path) # VULN


def load_config(stream):
    return yaml.load(stream, Loader=yaml.Loader) # VULN


def load_config_safe(stream):
    return yaml.load(stream, Loader=yaml.SafeLoader) # SAFE


def load_bundled_defaults():
    with open(os.path.join(HERE, "defaults.pkl"), "rb") as fh:
        return pickle.load(fh) # SAFE


def copy_state(state):
    return pickle.loads(pickle.dumps(state)) # SAFE
`,
  ),
  ...rules(
    "CWE-611",
    "batch100: library helpers that parse a caller's XML with resolving parsers vs hardened parsers",
    `
import xml.sax

from lxml import etree

_RESOLVING = etree.XMLParser(resolve_entities=True, load_dtd=True)
_HARDENED = etree.XMLParser(resolve_entities=False, no_network=True)


def parse_doc(text):
    return etree.fromstring(text, _RESOLVING) # VULN


def parse_file(path):
    return etree.parse(path, parser=_RESOLVING) # VULN


def parse_net(text):
    return etree.fromstring(text, etree.XMLParser(no_network=False)) # VULN


def parse_doc_hardened(text):
    return etree.fromstring(text, _HARDENED) # SAFE


def sax_with_entities(stream, handler):
    p = xml.sax.make_parser()
    p.setFeature(xml.sax.handler.feature_external_ges, True) # VULN
    p.setContentHandler(handler)
    p.parse(stream)


def sax_plain(stream, handler):
    p = xml.sax.make_parser()
    p.setContentHandler(handler)
    p.parse(stream) # SAFE
`,
  ),
  ...rules(
    "CWE-643",
    "batch100: library helpers that build XPath from a caller's value vs XPath variables",
    `
from lxml import etree


def find_by_name(tree, name):
    return tree.xpath("//entry[@name='%s']" % name) # VULN


def find_by_title(tree, title):
    return tree.xpath(f"//book[title='{title}']") # VULN


def find_by_isbn(root, isbn):
    return etree.XPath("//book[@isbn='" + isbn + "']")(root) # VULN


def find_by_name_var(tree, name):
    return tree.xpath("//entry[@name=$n]", n=name) # SAFE


def find_all(tree):
    return tree.xpath("//entry") # SAFE
`,
  ),
  ...rules(
    "CWE-90",
    "batch100: library helpers that build LDAP filters from a caller's value vs escaped",
    `
import ldap.filter
from ldap3.utils.conv import escape_filter_chars


def user_entry(conn, base, login):
    conn.search(base, "(uid=%s)" % login) # VULN
    return conn.entries


def group_entries(conn, base, group):
    conn.search(base, f"(&(objectClass=group)(cn={group}))") # VULN
    return conn.entries


def legacy_entry(l, base, login):
    return l.search_s(base, ldap.SCOPE_SUBTREE, "(uid=" + login + ")") # VULN


def user_entry_safe(conn, base, login):
    conn.search(base, "(uid=%s)" % escape_filter_chars(login)) # SAFE
    return conn.entries


def legacy_entry_safe(l, base, login):
    return l.search_s(base, ldap.SCOPE_SUBTREE, ldap.filter.filter_format("(uid=%s)", [login])) # SAFE
`,
  ),
  ...rules(
    "CWE-95",
    "batch100: library helpers that evaluate a caller's expression vs literal parsing",
    `
import ast

import numexpr
import sympy


def compute(expr, **arrays):
    return numexpr.evaluate(expr, local_dict=arrays) # VULN


def symbolic(text):
    return sympy.sympify(text) # VULN


def run_hook(source, ns):
    exec(compile(source, "<hook>", "exec"), ns) # VULN


def evaluate(expr):
    return eval(expr) # VULN


def parse_value(text):
    return ast.literal_eval(text) # SAFE


def compute_fixed(a, b):
    return numexpr.evaluate("a * b + 1") # SAFE
`,
  ),
];
