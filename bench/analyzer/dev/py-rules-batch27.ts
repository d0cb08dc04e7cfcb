// Dev suite "py-rules", batch 27 (format in py-rules.ts): written blind and measured before any fix. The web
// frameworks the suite used little, each with its own way of reading the request: Tornado handlers
// (get_argument, get_query_argument, path arguments, json bodies), Pyramid views (params, matchdict, POST),
// Falcon resources (get_param, media, URI-template arguments), Bottle (request.query attributes, forms), Sanic
// and aiohttp (args, query, match_info, post()), into SQL, HTML, commands, paths, redirects, templates compiled
// from request text and format strings chosen by the caller; Django querysets with extra/RawSQL inside manager
// methods; Jinja2 environments without autoescape and Markup built by formatting. Cases written here, never
// taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH27: DevCase[] = [
  ...rules(
    "CWE-89",
    "batch27: tornado handlers into sqlalchemy",
    `
import tornado.escape
import tornado.web
from sqlalchemy import text


class ItemsHandler(tornado.web.RequestHandler):
    def initialize(self, engine):
        self.engine = engine

    def get(self):
        category = self.get_argument("category")
        limit = int(self.get_argument("limit", "20"))
        with self.engine.connect() as conn:
            rows = conn.execute(text(f"SELECT id, name FROM items WHERE category = '{category}' LIMIT {limit}")).all() # VULN
            more = conn.execute(text("SELECT id, name FROM items WHERE category = :c LIMIT :n"), {"c": category, "n": limit}).all() # SAFE
        self.write({"items": [dict(r._mapping) for r in rows + more]})

    def delete(self, item_id):
        owner = self.get_query_argument("owner")
        with self.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM items WHERE id = %s AND owner = '%s'" % (item_id, owner)) # VULN
            conn.exec_driver_sql("DELETE FROM items WHERE id = %s AND owner = %s", (item_id, owner)) # SAFE
        self.set_status(204)

    def post(self):
        data = tornado.escape.json_decode(self.request.body)
        columns = ", ".join(data.keys())
        with self.engine.begin() as conn:
            conn.execute(text("INSERT INTO items (" + columns + ") VALUES (:name, :category)"), data) # VULN
            conn.execute(text("INSERT INTO items (name, category) VALUES (:name, :category)"), data) # SAFE
        self.set_status(201)
`,
  ),
  ...rules(
    "CWE-89",
    "batch27: pyramid and falcon views into raw sql",
    `
import falcon
from pyramid.view import view_config
from sqlalchemy import text


@view_config(route_name="orders", renderer="json")
def orders(request):
    status = request.params.get("status", "open")
    customer = request.matchdict["customer"]
    q = "SELECT * FROM orders WHERE customer_id = %s AND status = '%s'" % (customer, status)
    rows = request.dbsession.execute(text(q)).all() # VULN
    rows2 = request.dbsession.execute(text("SELECT * FROM orders WHERE customer_id = :c AND status = :s"), {"c": customer, "s": status}).all() # SAFE
    return {"orders": [dict(r._mapping) for r in rows + rows2]}


class Reports:
    def __init__(self, conn):
        self.conn = conn

    def on_get(self, req, resp, region):
        order = req.get_param("order") or "created"
        cur = self.conn.cursor()
        cur.execute(f"SELECT * FROM reports WHERE region = '{region}' ORDER BY {order}") # VULN
        cur.execute("SELECT * FROM reports WHERE region = %s ORDER BY created", (region,)) # SAFE
        resp.media = cur.fetchall()

    def on_post(self, req, resp, region):
        doc = req.get_media()
        cur = self.conn.cursor()
        cur.execute("UPDATE reports SET title = '" + doc["title"] + "' WHERE region = %s", (region,)) # VULN
        cur.execute("UPDATE reports SET title = %s WHERE region = %s", (doc["title"], region)) # SAFE
        resp.status = falcon.HTTP_204
`,
  ),
  ...rules(
    "CWE-89",
    "batch27: django querysets with extra and RawSQL in manager methods",
    `
from django.db import connection, models
from django.db.models.expressions import RawSQL
from django.http import JsonResponse


class ArticleQuerySet(models.QuerySet):
    def matching(self, term):
        return self.extra(where=[f"title = '{term}'"]) # VULN

    def matching_safe(self, term):
        return self.extra(where=["title = %s"], params=[term]) # SAFE

    def ranked(self, weight):
        return self.annotate(score=RawSQL("views * " + weight, ())) # VULN

    def ranked_safe(self, weight):
        return self.annotate(score=RawSQL("views * %s", (float(weight),))) # SAFE


class Article(models.Model):
    title = models.CharField(max_length=200)
    views = models.IntegerField(default=0)
    objects = ArticleQuerySet.as_manager()


def search(request):
    term = request.GET.get("q", "")
    weight = request.GET.get("w", "1")
    ids = list(Article.objects.matching(term).values_list("id", flat=True))
    ids += list(Article.objects.matching_safe(term).values_list("id", flat=True))
    ids += list(Article.objects.ranked(weight).values_list("id", flat=True))
    ids += list(Article.objects.ranked_safe(weight).values_list("id", flat=True))
    tag = request.GET.get("tag", "")
    with connection.cursor() as cur:
        cur.execute("SELECT article_id FROM tags WHERE name = '%s'" % tag) # VULN
        cur.execute("SELECT article_id FROM tags WHERE name = %s", [tag]) # SAFE
        ids += [r[0] for r in cur.fetchall()]
    return JsonResponse({"ids": ids})
`,
  ),
  ...rules(
    "CWE-79",
    "batch27: html written by tornado and aiohttp handlers",
    `
import html

import tornado.escape
import tornado.web
from aiohttp import web


class GreetHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name", "guest")
        self.write("<p>Hello " + name + "</p>") # VULN
        self.write("<p>Hello " + tornado.escape.xhtml_escape(name) + "</p>") # SAFE
        self.render("greet.html", name=name) # SAFE


class SearchHandler(tornado.web.RequestHandler):
    def get(self):
        q = self.get_query_argument("q", "")
        self.finish(f"<h1>Results for {q}</h1>") # VULN


async def profile(request: web.Request) -> web.Response:
    nick = request.query.get("nick", "")
    return web.Response(text=f"<b>{nick}</b>", content_type="text/html") # VULN


async def profile_safe(request: web.Request) -> web.Response:
    nick = request.query.get("nick", "")
    return web.Response(text=f"<b>{html.escape(nick)}</b>", content_type="text/html") # SAFE


async def profile_json(request: web.Request) -> web.Response:
    return web.json_response({"nick": request.query.get("nick", "")}) # SAFE


async def tag(request: web.Request) -> web.Response:
    label = request.match_info["label"]
    return web.Response(body=("<span>%s</span>" % label).encode(), content_type="text/html") # VULN
`,
  ),
  ...rules(
    "CWE-79",
    "batch27: html returned by bottle, falcon and sanic handlers",
    `
import html

import falcon
from bottle import Bottle, request, template
from sanic import Sanic, response

app = Bottle()
sanic_app = Sanic("shop")


@app.get("/hello")
def hello():
    return "<h1>Hello %s</h1>" % request.query.name # VULN


@app.get("/hello2")
def hello2():
    return template("<h1>Hello {{name}}</h1>", name=request.query.name) # SAFE


@app.get("/hello3")
def hello3():
    return template("<h1>Hello {{!name}}</h1>", name=request.query.name) # VULN


@app.post("/comment")
def comment():
    body = request.forms.getunicode("body")
    return "<div class='c'>" + html.escape(body) + "</div>" # SAFE


class Page:
    def on_get(self, req, resp):
        q = req.get_param("q", default="")
        resp.content_type = falcon.MEDIA_HTML
        resp.text = "<p>You searched for " + q + "</p>" # VULN


class PageSafe:
    def on_get(self, req, resp):
        q = req.get_param("q", default="")
        resp.content_type = falcon.MEDIA_HTML
        resp.text = "<p>You searched for " + html.escape(q) + "</p>" # SAFE


@sanic_app.get("/s")
async def s(request):
    term = request.args.get("term", "")
    return response.html(f"<p>{term}</p>") # VULN


@sanic_app.get("/s2")
async def s2(request):
    term = request.args.get("term", "")
    return response.json({"term": term}) # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch27: commands from pyramid, falcon and aiohttp handlers",
    `
import asyncio
import os
import shlex
import subprocess

from aiohttp import web
from pyramid.view import view_config


@view_config(route_name="ping", renderer="json")
def ping(request):
    host = request.matchdict["host"]
    out = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True) # VULN
    out2 = subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True) # SAFE
    return {"out": out.stdout + out2.stdout}


@view_config(route_name="dig", renderer="json")
def dig(request):
    name = request.params["name"]
    out = subprocess.check_output("dig +short " + shlex.quote(name), shell=True, text=True) # SAFE
    return {"out": out}


class Thumbs:
    def on_post(self, req, resp):
        spec = req.media
        size = spec.get("size", "128x128")
        subprocess.call("convert /srv/in.png -resize %s /srv/out.png" % size, shell=True) # VULN
        subprocess.call(["convert", "/srv/in.png", "-resize", size, "/srv/out.png"]) # SAFE
        resp.media = {"ok": True}


async def trace(request: web.Request) -> web.Response:
    target = request.match_info["target"]
    proc = await asyncio.create_subprocess_shell("traceroute " + target, stdout=asyncio.subprocess.PIPE) # VULN
    proc2 = await asyncio.create_subprocess_exec("traceroute", "--", target, stdout=asyncio.subprocess.PIPE) # SAFE
    out, _ = await proc.communicate()
    out2, _ = await proc2.communicate()
    return web.Response(text=(out + out2).decode())


async def archive(request: web.Request) -> web.Response:
    data = await request.post()
    folder = data["folder"]
    os.system("tar czf /tmp/export.tgz " + folder) # VULN
    return web.Response(text="queued")
`,
  ),
  ...rules(
    "CWE-22",
    "batch27: files served by aiohttp, bottle, tornado and sanic",
    `
import os

import tornado.web
from aiohttp import web
from bottle import Bottle, request, static_file
from sanic import Sanic, response
from werkzeug.utils import safe_join

BASE = "/srv/files"
app = Bottle()
sapp = Sanic("files")


async def download(request: web.Request) -> web.FileResponse:
    name = request.match_info["name"]
    return web.FileResponse(os.path.join(BASE, name)) # VULN


async def download_safe(request: web.Request) -> web.FileResponse:
    name = os.path.basename(request.match_info["name"])
    return web.FileResponse(os.path.join(BASE, name)) # SAFE


@app.get("/f")
def get_file():
    return static_file(request.query.path, root=BASE) # SAFE


@app.get("/raw")
def get_raw():
    with open(os.path.join(BASE, request.query.path), "rb") as fh: # VULN
        return fh.read()


class Notes(tornado.web.RequestHandler):
    def get(self):
        note = self.get_argument("note")
        with open(BASE + "/notes/" + note) as fh: # VULN
            self.set_header("Content-Type", "text/plain")
            self.write(fh.read())

    def delete(self):
        note = self.get_argument("note")
        path = safe_join(BASE, "notes", note)
        if path is None:
            raise tornado.web.HTTPError(404)
        os.remove(path) # SAFE


@sapp.get("/img")
async def img(request):
    return await response.file(f"{BASE}/img/{request.args.get('n')}") # VULN
`,
  ),
  ...rules(
    "CWE-601",
    "batch27: redirects from tornado, pyramid and aiohttp",
    `
import tornado.web
from aiohttp import web
from pyramid.httpexceptions import HTTPFound

SAFE_TARGETS = {"home": "/", "cart": "/cart", "account": "/account"}


class LoginHandler(tornado.web.RequestHandler):
    def post(self):
        nxt = self.get_argument("next", "/")
        self.redirect(nxt) # VULN

    def get(self):
        key = self.get_argument("to", "home")
        self.redirect(SAFE_TARGETS.get(key, "/")) # SAFE


def logout(request):
    came_from = request.params.get("came_from", "/")
    return HTTPFound(location=came_from) # VULN


def logout_safe(request):
    return HTTPFound(location=request.route_url("home")) # SAFE


async def go(request: web.Request):
    raise web.HTTPFound(request.query["url"]) # VULN


async def go_safe(request: web.Request):
    raise web.HTTPFound(request.app.router["index"].url_for()) # SAFE
`,
  ),
  ...rules(
    "CWE-1336",
    "batch27: templates compiled from request text",
    `
import jinja2
from chameleon import PageTemplate, PageTemplateFile
from jinja2.sandbox import SandboxedEnvironment
from pyramid.view import view_config

env = jinja2.Environment(autoescape=True)
sandbox = SandboxedEnvironment(autoescape=True)


@view_config(route_name="preview", renderer="string")
def preview(request):
    body = request.POST["template"]
    return env.from_string(body).render(user=request.user) # VULN


@view_config(route_name="preview_sandboxed", renderer="string")
def preview_sandboxed(request):
    body = request.POST["template"]
    return sandbox.from_string(body).render(user=request.user) # SAFE


@view_config(route_name="card", renderer="string")
def card(request):
    src = request.POST["layout"]
    return PageTemplate(src)(name=request.user.name) # VULN


@view_config(route_name="card_file", renderer="string")
def card_file(request):
    tpl = PageTemplateFile("templates/card.pt")
    return tpl(name=request.POST["name"]) # SAFE


def banner(request):
    text = request.params.get("banner", "")
    return jinja2.Template("<div>" + text + "</div>").render() # VULN


def banner_safe(request):
    return jinja2.Template("<div>{{ text }}</div>", autoescape=True).render(text=request.params.get("banner", "")) # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch27: jinja2 environments and markup built by formatting",
    `
from aiohttp import web
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape
from markupsafe import Markup, escape

plain_env = Environment(loader=FileSystemLoader("templates")) # VULN
html_env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"])) # SAFE
pkg_env = Environment(loader=PackageLoader("shop"), autoescape=False) # VULN
mail_env = Environment(loader=FileSystemLoader("emails"), autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False)) # SAFE


def badge(user):
    return Markup(f"<span class='badge'>{user.display_name}</span>") # VULN


def badge_safe(user):
    return Markup("<span class='badge'>{}</span>").format(user.display_name) # SAFE


def badge_percent(user):
    return Markup("<span class='badge'>%s</span>") % user.display_name # SAFE


def tooltip(user):
    return Markup("<abbr title='%s'>i</abbr>" % escape(user.bio)) # SAFE


async def motd(request: web.Request) -> web.Response:
    line = Markup("<marquee>" + request.query.get("motd", "") + "</marquee>") # VULN
    page = html_env.get_template("motd.html").render(line=line)
    return web.Response(text=page, content_type="text/html")
`,
  ),
  ...rules(
    "CWE-134",
    "batch27: format strings chosen by the caller",
    `
import string

import falcon


class Preview:
    def __init__(self, settings):
        self.settings = settings

    def on_post(self, req, resp):
        body = req.get_media()
        user = req.context.user
        resp.text = body["subject"].format(user=user) # VULN

    def on_put(self, req, resp):
        body = req.get_media()
        resp.text = body["footer"].format_map({"settings": self.settings}) # VULN

    def on_patch(self, req, resp):
        body = req.get_media()
        tpl = body["greeting"]
        resp.text = tpl.format(**vars(req.context.user)) # VULN

    def on_get(self, req, resp):
        tpl = string.Template(req.get_param("greeting", default="Hi $name"))
        resp.text = tpl.safe_substitute(name=req.context.user.name) # SAFE

    def on_delete(self, req, resp):
        resp.text = "Removed {} for {}".format(req.get_param("item"), req.context.user.name) # SAFE
        resp.status = falcon.HTTP_200
`,
  ),
];
