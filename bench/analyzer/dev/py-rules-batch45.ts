// Dev suite "py-rules", batch 45 (format in py-rules.ts): written blind before any fix, after a probe on CodeQL's
// experimental template-injection tests. Request data compiled as template source in the engines Python web code
// uses: Flask/Quart render_template_string, Jinja2 (Template, Environment.from_string, NativeEnvironment, the
// FastAPI Jinja2Templates env), Django (Template, engines[...].from_string, Engine), Mako, Chevron, Bottle
// (SimpleTemplate, template()), Genshi, Cheetah, Chameleon, Tornado and airspeed. Safe twins keep the template a
// constant or a file and pass the request value as a context variable, or use Jinja2's SandboxedEnvironment.
// Chevron (logic-less Mustache) given a request template over harmless data is safe, as batch 23 labels it: it
// evaluates no expressions.
// Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH45: DevCase[] = [
  ...rules(
    "CWE-1336",
    "batch45: flask, quart and jinja2 template source from the request",
    `
import jinja2
from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment, FileSystemLoader, Template
from jinja2.nativetypes import NativeEnvironment
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=True)


@app.get("/greet")
def greet():
    name = request.args.get("name", "guest")
    page = render_template_string("<h1>Hello " + name + "</h1>") # VULN
    page2 = render_template_string("<h1>Hello {{ name }}</h1>", name=name) # SAFE
    return page + page2


@app.post("/preview")
def preview():
    body = request.get_json()
    tpl = env.from_string(body["template"]) # VULN
    return tpl.render(user=body.get("user"))


@app.post("/preview2")
def preview2():
    source = request.form["source"]
    compiled = Template(source) # VULN
    again = jinja2.Template(f"<div>{source}</div>") # VULN
    return compiled.render() + again.render()


@app.post("/calc")
def calc():
    expr = request.form["expr"]
    result = NativeEnvironment().from_string("{{ " + expr + " }}").render() # VULN
    return str(result)


@app.post("/sandboxed")
def sandboxed():
    source = request.form["source"]
    tpl = SandboxedEnvironment(autoescape=True).from_string(source) # SAFE
    return tpl.render(items=[1, 2, 3])


@app.get("/card")
def card():
    title = request.args.get("title", "")
    tpl = env.get_template("card.html") # SAFE
    fixed = Template("<b>{{ title }}</b>").render(title=title) # SAFE
    return tpl.render(title=title) + fixed + render_template("card.html", title=title) # SAFE


def build_layout(header):
    return "{% extends 'base.html' %}{% block head %}" + header + "{% endblock %}"


@app.get("/layout")
def layout():
    header = request.args.get("header", "")
    return render_template_string(build_layout(header)) # VULN


@app.post("/upload-template")
def upload_template():
    text = request.files["tpl"].read().decode()
    return env.from_string(text).render() # VULN
`,
  ),
  ...rules(
    "CWE-1336",
    "batch45: quart and fastapi jinja2",
    `
from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates
from quart import Quart, request as qrequest, render_template_string as q_render_string

api = FastAPI()
templates = Jinja2Templates(directory="templates")
qapp = Quart(__name__)


@api.get("/banner")
async def banner(request: Request, text: str = ""):
    tpl = templates.env.from_string("<div class='banner'>" + text + "</div>") # VULN
    return tpl.render()


@api.get("/banner2")
async def banner2(request: Request, text: str = ""):
    return templates.TemplateResponse("banner.html", {"request": request, "text": text}) # SAFE


@qapp.route("/note")
async def note():
    body = (await qrequest.form)["body"]
    return await q_render_string(body) # VULN


@qapp.route("/note2")
async def note2():
    body = (await qrequest.form)["body"]
    return await q_render_string("<p>{{ body }}</p>", body=body) # SAFE
`,
  ),
  ...rules(
    "CWE-1336",
    "batch45: django templates",
    `
from django.http import HttpResponse
from django.template import Context, Engine, Template, engines
from django.template.loader import get_template, render_to_string


def signature(request):
    sig = request.POST["signature"]
    t = Template(sig) # VULN
    return HttpResponse(t.render(Context({"user": request.user})))


def signature_fixed(request):
    sig = request.POST["signature"]
    t = Template("<pre>{{ sig }}</pre>") # SAFE
    return HttpResponse(t.render(Context({"sig": sig})))


def email_preview(request):
    body = request.GET.get("body", "")
    tpl = engines["django"].from_string("{% load humanize %}" + body) # VULN
    return HttpResponse(tpl.render({"user": request.user}, request))


def jinja_preview(request):
    body = request.GET.get("body", "")
    tpl = engines["jinja2"].from_string(body) # VULN
    return HttpResponse(tpl.render({}, request))


def engine_preview(request):
    src = request.POST.get("src", "")
    tpl = Engine(debug=False).from_string(src) # VULN
    tpl2 = Engine.get_default().from_string("Hi {{ src }}") # SAFE
    return HttpResponse(tpl.render(Context({})) + tpl2.render(Context({"src": src})))


def loader_render(request):
    q = request.GET.get("q", "")
    page = get_template("search.html").render({"q": q}, request) # SAFE
    page2 = render_to_string("search.html", {"q": q}) # SAFE
    return HttpResponse(page + page2)
`,
  ),
  ...rules(
    "CWE-1336",
    "batch45: mako, chevron and bottle",
    `
import bottle
import chevron
from bottle import SimpleTemplate, request, route, template
from mako.lookup import TemplateLookup
from mako.template import Template as MakoTemplate

lookup = TemplateLookup(directories=["/srv/app/templates"])


@route("/mako")
def mako_page():
    src = request.query.get("src", "")
    page = MakoTemplate(src).render() # VULN
    page2 = MakoTemplate(text="<p>" + src + "</p>").render() # VULN
    page3 = MakoTemplate("<p>\${src}</p>").render(src=src) # SAFE
    page4 = lookup.get_template("page.mako").render(src=src) # SAFE
    return page + page2 + page3 + page4


@route("/mustache")
def mustache():
    src = request.query.get("tpl", "")
    out = chevron.render(src, {"site": "example"}) # SAFE
    out2 = chevron.render("Hello {{name}}", {"name": src}) # SAFE
    out3 = chevron.render(template=src, data={}) # SAFE
    return out + out2 + out3


@route("/bottle")
def bottle_page():
    src = request.forms.get("src", "")
    tpl = SimpleTemplate(src) # VULN
    out = template(src + "\\n% end") # VULN
    out2 = template("page", src=src) # SAFE
    out3 = bottle.template("<b>{{src}}</b>", src=src) # SAFE
    return tpl.render() + out + out2 + out3
`,
  ),
  ...rules(
    "CWE-1336",
    "batch45: genshi, cheetah, chameleon, tornado and airspeed",
    `
import airspeed
import tornado.web
from Cheetah.Template import Template as CheetahTemplate
from chameleon import PageTemplate, PageTemplateFile
from django.http import HttpResponse
from genshi.template import MarkupTemplate, TemplateLoader, TextTemplate
from tornado.template import Loader, Template as TornadoTemplate

loader = TemplateLoader(["/srv/app/genshi"])
tornado_loader = Loader("/srv/app/tornado")


def genshi_view(request):
    src = request.POST["src"]
    markup = MarkupTemplate(src) # VULN
    text = TextTemplate("Dear " + src) # VULN
    fixed = loader.load("letter.html") # SAFE
    return HttpResponse(markup.generate().render() + text.generate().render() + fixed.generate(name=src).render())


def cheetah_view(request):
    src = request.GET["src"]
    t = CheetahTemplate(src) # VULN
    t2 = CheetahTemplate(file="/srv/app/cheetah/page.tmpl", searchList=[{"src": src}]) # SAFE
    t3 = CheetahTemplate(source="#set $x = 1\\n" + src) # VULN
    return HttpResponse(str(t) + str(t2) + str(t3))


def chameleon_view(request):
    src = request.GET["src"]
    page = PageTemplate(src) # VULN
    page2 = PageTemplateFile("/srv/app/pt/page.pt") # SAFE
    return HttpResponse(page() + page2(src=src))


def airspeed_view(request):
    src = request.GET["src"]
    t = airspeed.Template(src) # VULN
    t2 = airspeed.Template("Hello $name") # SAFE
    return HttpResponse(t.merge({}) + t2.merge({"name": src}))


class PreviewHandler(tornado.web.RequestHandler):
    def post(self):
        src = self.get_body_argument("src")
        t = TornadoTemplate(src) # VULN
        t2 = TornadoTemplate("<p>{{ src }}</p>") # SAFE
        t3 = tornado_loader.load("preview.html") # SAFE
        self.write(t.generate() + t2.generate(src=src) + t3.generate(src=src))

    def get(self):
        src = self.get_argument("src")
        self.write(TornadoTemplate("<p>" + src + "</p>").generate()) # VULN
`,
  ),
  ...rules(
    "CWE-91",
    "batch45: xslt stylesheets from the request",
    `
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
STYLES = {"plain": "/srv/app/xsl/plain.xsl", "fancy": "/srv/app/xsl/fancy.xsl"}


@app.post("/transform")
def transform():
    doc = etree.parse("/srv/app/data/catalog.xml")
    xsl_root = etree.fromstring(request.data)
    transform = etree.XSLT(xsl_root) # VULN
    return str(transform(doc))


@app.post("/transform2")
def transform2():
    doc = etree.parse("/srv/app/data/catalog.xml")
    style = etree.XML(request.form["xsl"].encode())
    return str(doc.xslt(style)) # VULN


@app.post("/transform3")
def transform3():
    xsl = etree.parse(request.files["xsl"])
    return str(etree.XSLT(xsl)(etree.parse("/srv/app/data/catalog.xml"))) # VULN


@app.get("/styled")
def styled():
    name = request.args.get("style", "plain")
    xsl = etree.parse(STYLES.get(name, STYLES["plain"]))
    transform = etree.XSLT(xsl) # SAFE
    return str(transform(etree.fromstring(request.args.get("xml", "<a/>").encode(), etree.XMLParser(resolve_entities=False))))
`,
  ),
  ...rules(
    "CWE-94",
    "batch45: js2py, execjs and pandas expressions",
    `
import execjs
import js2py
import pandas as pd
from flask import Flask, request

app = Flask(__name__)
frame = pd.read_csv("/srv/app/data/sales.csv")
COLUMNS = {"region", "month", "total"}


@app.post("/js")
def run_js():
    code = request.form["code"]
    value = js2py.eval_js(code) # VULN
    fixed = js2py.eval_js("function f(a) { return a * 2 }") # SAFE
    ctx = js2py.EvalJs()
    ctx.execute("var total = " + request.form["expr"]) # VULN
    return str(value) + str(fixed(3)) + str(ctx.total)


@app.post("/execjs")
def run_execjs():
    src = request.form["src"]
    out = execjs.eval(src) # VULN
    compiled = execjs.compile("function add(a, b) { return a + b }") # SAFE
    other = execjs.compile(src) # VULN
    return str(out) + str(compiled.call("add", 1, 2)) + str(other)


@app.get("/filter")
def filter_rows():
    cond = request.args.get("q", "total > 0")
    rows = frame.query(cond) # VULN
    expr = frame.eval(request.args.get("expr", "total * 2")) # VULN
    return rows.to_json() + expr.to_json()


@app.get("/filter2")
def filter_rows2():
    column = request.args.get("col", "total")
    minimum = float(request.args.get("min", "0"))
    if column not in COLUMNS:
        column = "total"
    rows = frame[frame[column] > minimum] # SAFE
    rows2 = frame.query("total > @minimum") # SAFE
    return rows.to_json() + rows2.to_json()
`,
  ),
];
