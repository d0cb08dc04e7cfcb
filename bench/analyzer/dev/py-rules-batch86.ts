// Dev suite "py-rules", batch 86 (format in py-rules.ts), written blind: request data from less common Python
// frameworks (FastAPI, Starlette, aiohttp, Sanic, Falcon, Bottle, Pyramid, DRF, Tornado, Quart, CherryPy, AWS Lambda,
// Celery, websockets, http.server) and sinks in less common libraries (async database drivers, document stores,
// LDAP, XPath, template engines, remote shells, HTTP clients, cloud storage), plus crypto and settings APIs. Own code,
// never taken from an advisory or a held-out corpus. Safe twins differ in the one thing that makes them safe.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH86: DevCase[] = [
  // ---------------------------------------------------------------- part 1: FastAPI / Starlette / aiohttp / ...
  ...rules(
    "CWE-89",
    "batch86: FastAPI Query and Path parameters into an asyncpg pool",
    `
from fastapi import FastAPI, Query, Path
import asyncpg

app = FastAPI()
pool: asyncpg.Pool = None


@app.get("/items")
async def list_items(sort: str = Query("name"), q: str = Query(None)):
    async with pool.acquire() as conn:
        rows = await conn.fetch(f"SELECT id, name FROM items ORDER BY {sort}")  # VULN
        more = await conn.fetch("SELECT id, name FROM items WHERE name = $1", q)  # SAFE
        return [dict(r) for r in rows + more]


@app.get("/items/{item_id}")
async def get_item(item_id: str = Path(...)):
    async with pool.acquire() as conn:
        row = await conn.fetchrow("SELECT * FROM items WHERE id = '%s'" % item_id)  # VULN
        same = await conn.fetchrow("SELECT * FROM items WHERE id = $1", item_id)  # SAFE
        return dict(row or same)


@app.get("/count/{item_id}")
async def count_item(item_id: int):
    async with pool.acquire() as conn:
        return await conn.fetchval(f"SELECT count(*) FROM views WHERE item_id = {item_id}")  # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch86: FastAPI Body / Form / a Pydantic model's field reaching a shell",
    `
import subprocess

from fastapi import FastAPI, Body, Form
from pydantic import BaseModel

app = FastAPI()


class PingRequest(BaseModel):
    host: str
    count: int = 1


@app.post("/ping")
def ping(req: PingRequest):
    out = subprocess.run(f"ping -c {req.count} {req.host}", shell=True, capture_output=True)  # VULN
    ok = subprocess.run(["ping", "-c", str(req.count), "--", req.host], capture_output=True)  # SAFE
    return {"out": out.stdout.decode(), "ok": ok.returncode}


@app.post("/archive")
def archive(name: str = Form(...)):
    subprocess.call("tar czf /tmp/out.tgz " + name, shell=True)  # VULN
    subprocess.call(["tar", "czf", "/tmp/out.tgz", "--", name])  # SAFE
    return {"ok": True}


@app.post("/dig")
def dig(payload: dict = Body(...)):
    domain = payload["domain"]
    return {"out": subprocess.check_output("dig +short " + domain, shell=True).decode()}  # VULN
`,
  ),
  ...rules(
    "CWE-22",
    "batch86: FastAPI FileResponse with a path parameter, and a Depends-provided value",
    `
import os

from fastapi import FastAPI, Depends, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
BASE = "/srv/reports"


def current_tenant(tenant: str):
    return tenant


@app.get("/reports/{name}")
def report(name: str):
    return FileResponse(os.path.join(BASE, name))  # VULN


@app.get("/reports2/{name}")
def report_checked(name: str):
    full = os.path.realpath(os.path.join(BASE, name))
    if not full.startswith(BASE + os.sep):
        raise HTTPException(status_code=404)
    return FileResponse(full)  # SAFE


@app.get("/tenant/logo")
def logo(tenant: str = Depends(current_tenant)):
    return FileResponse(f"/srv/tenants/{tenant}/logo.png")  # VULN


@app.get("/tenant/logo2")
def logo_safe(tenant: str = Depends(current_tenant)):
    if not tenant.isalnum():
        raise HTTPException(status_code=400)
    return FileResponse(f"/srv/tenants/{tenant}/logo.png")  # SAFE
`,
  ),
  ...rules(
    "CWE-918",
    "batch86: Starlette query_params and path_params into httpx",
    `
import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

ALLOWED = {"api.github.com", "api.gitlab.com"}


async def fetch(request):
    url = request.query_params["url"]
    async with httpx.AsyncClient() as client:
        r = await client.get(url)  # VULN
    return JSONResponse({"status": r.status_code})


async def fetch_host(request):
    host = request.path_params["host"]
    if host not in ALLOWED:
        return JSONResponse({"error": "denied"}, status_code=400)
    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://{host}/meta")  # SAFE
    return JSONResponse({"status": r.status_code})


async def proxy(request):
    target = request.path_params["target"]
    r = httpx.get("http://" + target + "/status")  # VULN
    return JSONResponse({"status": r.status_code})


routes = [Route("/fetch", fetch), Route("/h/{host}", fetch_host), Route("/p/{target}", proxy)]
app = Starlette(routes=routes)
`,
  ),
  ...rules(
    "CWE-79",
    "batch86: Starlette await request.form() echoed in an HTMLResponse",
    `
import html

from starlette.responses import HTMLResponse


async def greet(request):
    form = await request.form()
    name = form.get("name", "")
    return HTMLResponse("<h1>Hello " + name + "</h1>")  # VULN


async def greet_escaped(request):
    form = await request.form()
    name = form.get("name", "")
    return HTMLResponse("<h1>Hello " + html.escape(name) + "</h1>")  # SAFE


async def search(request):
    q = request.query_params.get("q", "")
    return HTMLResponse(f"<p>No results for {q}</p>")  # VULN
`,
  ),
  ...rules(
    "CWE-89",
    "batch86: aiohttp match_info / rel_url.query / await request.post() into aiosqlite and aiomysql",
    `
import aiomysql
import aiosqlite
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/user/{name}")
async def user(request):
    name = request.match_info["name"]
    async with aiosqlite.connect("app.db") as db:
        cur = await db.execute("SELECT * FROM users WHERE name = '" + name + "'")  # VULN
        cur2 = await db.execute("SELECT * FROM users WHERE name = ?", (name,))  # SAFE
        return web.json_response({"n": len(await cur.fetchall()) + len(await cur2.fetchall())})


@routes.get("/search")
async def search(request):
    term = request.rel_url.query.get("term", "")
    pool = request.app["pool"]
    async with pool.acquire() as conn:
        async with conn.cursor(aiomysql.DictCursor) as cur:
            await cur.execute("SELECT * FROM posts WHERE title LIKE '%%%s%%'" % term)  # VULN
            await cur.execute("SELECT * FROM posts WHERE title LIKE %s", ("%" + term + "%",))  # SAFE
            return web.json_response(await cur.fetchall())


@routes.post("/rename")
async def rename(request):
    data = await request.post()
    pool = request.app["pool"]
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute(f"UPDATE users SET name = '{data['new']}' WHERE id = 1")  # VULN
    return web.Response(text="ok")
`,
  ),
  ...rules(
    "CWE-601",
    "batch86: aiohttp and Sanic redirects to a query value",
    `
from aiohttp import web
from sanic import Sanic, response

app = Sanic("shop")


async def login_done(request):
    nxt = request.rel_url.query.get("next", "/")
    raise web.HTTPFound(nxt)  # VULN


async def login_done_local(request):
    nxt = request.rel_url.query.get("next", "/")
    if nxt not in ("/", "/account", "/orders"):
        nxt = "/"
    raise web.HTTPFound(nxt)  # SAFE


@app.route("/out")
async def out(request):
    return response.redirect(request.args.get("to"))  # VULN


@app.route("/home")
async def home(request):
    return response.redirect(app.url_for("index"))  # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch86: Sanic request.args / request.json into os.system and os.popen",
    `
import os
import shlex

from sanic import Sanic
from sanic.response import text

app = Sanic("tools")


@app.get("/whois")
async def whois(request):
    domain = request.args.get("domain")
    os.system("whois " + domain)  # VULN
    os.system("whois " + shlex.quote(domain))  # SAFE
    return text("done")


@app.post("/convert")
async def convert(request):
    body = request.json
    out = os.popen("convert %s out.png" % body["file"]).read()  # VULN
    return text(out)
`,
  ),
  ...rules(
    "CWE-943",
    "batch86: Falcon req.get_param and req.media into pymongo",
    `
import falcon
from pymongo import MongoClient

db = MongoClient()["shop"]


class Products:
    def on_get(self, req, resp):
        name = req.get_param("name")
        resp.media = list(db.products.find({"$where": "this.name == '" + name + "'"}))  # VULN

    def on_post(self, req, resp):
        query = req.media
        resp.media = list(db.products.find(query))  # VULN

    def on_put(self, req, resp):
        body = req.media
        db.products.update_one({"sku": str(body["sku"])}, {"$set": {"price": float(body["price"])}})  # SAFE
        resp.status = falcon.HTTP_204


app = falcon.App()
app.add_route("/products", Products())
`,
  ),
  ...rules(
    "CWE-22",
    "batch86: Falcon req.get_param into open, Bottle static_file with and without root",
    `
import os

import bottle
import falcon
from bottle import request, static_file


class Download:
    def on_get(self, req, resp):
        name = req.get_param("file")
        with open("/srv/files/" + name, "rb") as f:  # VULN
            resp.data = f.read()

    def on_get_safe(self, req, resp):
        name = os.path.basename(req.get_param("file"))
        with open(os.path.join("/srv/files", name), "rb") as f:  # SAFE
            resp.data = f.read()


@bottle.route("/static/<path:path>")
def static(path):
    return static_file(path, root="/srv/static")  # SAFE


@bottle.route("/raw")
def raw():
    name = request.query.name
    return open(os.path.join("/srv/static", name)).read()  # VULN
`,
  ),
  ...rules(
    "CWE-79",
    "batch86: Bottle request.query / request.forms returned as HTML",
    `
import bottle
from bottle import request, template
from markupsafe import escape


@bottle.get("/hello")
def hello():
    name = request.query.get("name", "")
    return "<b>Hello " + name + "</b>"  # VULN


@bottle.post("/comment")
def comment():
    text = request.forms.get("text")
    return "<div class='c'>%s</div>" % escape(text)  # SAFE


@bottle.get("/hi")
def hi():
    return template("<b>Hello {{name}}</b>", name=request.query.name)  # SAFE


@bottle.post("/bio")
def bio():
    return "<p>" + request.forms.bio + "</p>"  # VULN
`,
  ),
  ...rules(
    "CWE-89",
    "batch86: Pyramid request.params / matchdict into SQLAlchemy text and a DBAPI cursor",
    `
from pyramid.view import view_config
from sqlalchemy import text


@view_config(route_name="user", renderer="json")
def user_view(request):
    uid = request.matchdict["id"]
    row = request.dbsession.execute(text("SELECT * FROM users WHERE id = " + uid)).first()  # VULN
    row2 = request.dbsession.execute(text("SELECT * FROM users WHERE id = :id"), {"id": uid}).first()  # SAFE
    return {"user": dict(row or row2)}


@view_config(route_name="search", renderer="json")
def search_view(request):
    term = request.params.get("q", "")
    conn = request.registry.settings["raw_conn"]
    cur = conn.cursor()
    cur.execute("SELECT id FROM docs WHERE body LIKE '%" + term + "%'")  # VULN
    cur.execute("SELECT id FROM docs WHERE body LIKE %s", ("%" + term + "%",))  # SAFE
    return {"ids": [r[0] for r in cur.fetchall()]}
`,
  ),
  ...rules(
    "CWE-79",
    "batch86: Pyramid Response built from request.GET",
    `
from markupsafe import escape
from pyramid.response import Response
from pyramid.view import view_config


@view_config(route_name="echo")
def echo(request):
    msg = request.GET.get("msg", "")
    return Response("<html><body>" + msg + "</body></html>")  # VULN


@view_config(route_name="echo2")
def echo_escaped(request):
    msg = request.GET.get("msg", "")
    return Response("<html><body>" + str(escape(msg)) + "</body></html>")  # SAFE


@view_config(route_name="echo3")
def echo_text(request):
    msg = request.GET.get("msg", "")
    return Response(msg, content_type="text/plain")  # SAFE
`,
  ),
  // ---------------------------------------------------------------- part 2: DRF / Tornado / Quart / CherryPy / Lambda / ...
  ...rules(
    "CWE-89",
    "batch86: Django REST framework request.data / query_params, serializer initial_data vs validated_data",
    `
from django.db import connection
from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.views import APIView


class OrderFilter(serializers.Serializer):
    status = serializers.ChoiceField(choices=["open", "closed"])
    customer = serializers.CharField(max_length=64)


@api_view(["GET"])
def orders(request):
    status = request.query_params.get("status", "open")
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM orders WHERE status = '%s'" % status)  # VULN
        return Response([r[0] for r in cur.fetchall()])


class OrderSearch(APIView):
    def post(self, request):
        ser = OrderFilter(data=request.data)
        ser.is_valid(raise_exception=True)
        with connection.cursor() as cur:
            cur.execute("SELECT id FROM orders WHERE status = '%s'" % ser.validated_data["status"])  # SAFE
            cur.execute("SELECT id FROM orders WHERE customer = '%s'" % ser.initial_data["customer"])  # VULN
            cur.execute("SELECT id FROM orders WHERE customer = %s", [ser.validated_data["customer"]])  # SAFE
            return Response([r[0] for r in cur.fetchall()])

    def put(self, request):
        note = request.data.get("note")
        with connection.cursor() as cur:
            cur.execute(f"UPDATE orders SET note = '{note}' WHERE id = 1")  # VULN
        return Response(status=204)
`,
  ),
  ...rules(
    "CWE-89",
    "batch86: Django views - QuerySet.extra, RawSQL and raw() fed from request values",
    `
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from django.views import View

from .models import Article


class ArticleList(View):
    def get(self, request):
        order = request.GET.get("order", "created")
        qs = Article.objects.extra(select={"score": "votes * " + order})  # VULN
        qs2 = Article.objects.extra(select={"score": "votes * %s"}, select_params=[order])  # SAFE
        tag = request.GET.get("tag", "")
        qs3 = Article.objects.annotate(n=RawSQL("SELECT count(*) FROM tags WHERE name = '%s'" % tag, ()))  # VULN
        qs4 = Article.objects.raw("SELECT * FROM blog_article WHERE tag = %s", params=[tag])  # SAFE
        return JsonResponse({"n": len(qs) + len(qs2) + len(qs3) + len(list(qs4))})
`,
  ),
  ...rules(
    "CWE-78",
    "batch86: Tornado get_argument / get_body_argument / request.body into subprocess",
    `
import json
import subprocess

import tornado.web


class GitHandler(tornado.web.RequestHandler):
    def get(self):
        branch = self.get_argument("branch")
        out = subprocess.check_output("git log --oneline " + branch, shell=True)  # VULN
        self.write(out)

    def post(self):
        repo = self.get_body_argument("repo")
        subprocess.Popen(["git", "clone", "--", repo, "/tmp/work"])  # SAFE
        cfg = json.loads(self.request.body)
        subprocess.Popen("make -C /tmp/work " + cfg["target"], shell=True)  # VULN


class LogHandler(tornado.web.RequestHandler):
    def get(self, name):
        subprocess.call("tail -n 100 /var/log/app/%s.log" % name, shell=True)  # VULN
`,
  ),
  ...rules(
    "CWE-79",
    "batch86: Tornado self.write / finish with request values, and an autoescaped template",
    `
import tornado.escape
import tornado.web


class Hello(tornado.web.RequestHandler):
    def get(self):
        name = self.get_query_argument("name", "")
        self.write("<h1>Hello, " + name + "</h1>")  # VULN

    def head(self):
        name = self.get_query_argument("name", "")
        self.write("<h1>Hello, " + tornado.escape.xhtml_escape(name) + "</h1>")  # SAFE


class Page(tornado.web.RequestHandler):
    def get(self):
        self.render("page.html", title=self.get_argument("title", ""))  # SAFE

    def post(self):
        self.finish("<p>" + self.get_body_argument("msg") + "</p>")  # VULN
`,
  ),
  ...rules(
    "CWE-22",
    "batch86: Quart send_file and send_from_directory with request.args, and await request.files",
    `
import os

from quart import Quart, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Quart(__name__)
UPLOADS = "/srv/uploads"


@app.route("/dl")
async def dl():
    name = request.args.get("name")
    return await send_file(os.path.join(UPLOADS, name))  # VULN


@app.route("/dl2")
async def dl2():
    name = request.args.get("name")
    return await send_from_directory(UPLOADS, name)  # SAFE


@app.route("/up", methods=["POST"])
async def up():
    files = await request.files
    f = files["doc"]
    await f.save(os.path.join(UPLOADS, f.filename))  # VULN
    await f.save(os.path.join(UPLOADS, secure_filename(f.filename)))  # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-89",
    "batch86: CherryPy exposed handlers' parameters into sqlite3 and psycopg2",
    `
import sqlite3

import cherrypy
import psycopg2


class Root:
    @cherrypy.expose
    def user(self, name=""):
        conn = sqlite3.connect("app.db")
        rows = conn.execute("SELECT * FROM users WHERE name = '%s'" % name).fetchall()  # VULN
        rows2 = conn.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall()  # SAFE
        return str(rows + rows2)

    @cherrypy.expose
    @cherrypy.tools.json_in()
    def update(self):
        data = cherrypy.request.json
        conn = psycopg2.connect("dbname=app")
        cur = conn.cursor()
        cur.execute("UPDATE users SET email = '" + data["email"] + "' WHERE id = 1")  # VULN
        conn.commit()
        return "ok"

    @cherrypy.expose
    def page(self, n="1"):
        conn = sqlite3.connect("app.db")
        return str(conn.execute("SELECT * FROM posts LIMIT 10 OFFSET %d" % (int(n) * 10)).fetchall())  # SAFE


cherrypy.quickstart(Root())
`,
  ),
  ...rules(
    "CWE-78",
    "batch86: AWS Lambda handlers - queryStringParameters, pathParameters, json.loads(event['body'])",
    `
import json
import os
import subprocess


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    host = params.get("host", "localhost")
    out = subprocess.check_output("nslookup " + host, shell=True)  # VULN
    return {"statusCode": 200, "body": out.decode()}


def convert(event, context):
    body = json.loads(event["body"])
    os.system("ffmpeg -i /tmp/in.mp4 /tmp/" + body["output"])  # VULN
    subprocess.run(["ffmpeg", "-i", "/tmp/in.mp4", "/tmp/out-" + str(int(body["n"])) + ".mp4"])  # SAFE
    return {"statusCode": 204}


def lambda_handler(event, context):
    name = event["pathParameters"]["name"]
    subprocess.run("echo " + name + " >> /tmp/names", shell=True)  # VULN
    return {"statusCode": 204}
`,
  ),
  ...rules(
    "CWE-918",
    "batch86: Lambda and Celery - a URL from the event, and a task fed by a view",
    `
import json
import urllib.request

import requests
from celery import shared_task
from django.http import JsonResponse


def webhook(event, context):
    body = json.loads(event["body"])
    with urllib.request.urlopen(body["callback"]) as r:  # VULN
        data = r.read()
    return {"statusCode": 200, "body": data.decode()}


@shared_task
def fetch_preview(url):
    return requests.get(url, timeout=5).text[:200]  # VULN


def preview(request):
    fetch_preview.delay(request.POST["url"])
    return JsonResponse({"queued": True})


def fixed(event, context):
    r = requests.get("https://status.example.com/api", timeout=5)  # SAFE
    return {"statusCode": r.status_code}
`,
  ),
  ...rules(
    "CWE-94",
    "batch86: websockets handlers - messages evaluated",
    `
import ast
import asyncio
import json

import websockets


async def calc(ws):
    async for msg in ws:
        await ws.send(str(eval(msg)))  # VULN


async def calc_literal(ws):
    async for msg in ws:
        await ws.send(str(ast.literal_eval(msg)))  # SAFE


async def run_cmd(ws):
    msg = await ws.recv()
    cmd = json.loads(msg)
    exec(cmd["code"], {})  # VULN


async def main():
    async with websockets.serve(calc, "0.0.0.0", 8765):
        await asyncio.Future()
`,
  ),
  ...rules(
    "CWE-22",
    "batch86: http.server / socketserver handlers - self.path, self.rfile, self.headers",
    `
import os
import posixpath
import socketserver
import subprocess
import urllib.parse
from http.server import BaseHTTPRequestHandler

ROOT = "/srv/www"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        path = urllib.parse.urlparse(self.path).path
        with open(ROOT + path, "rb") as f:  # VULN
            body = f.read()
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        path = posixpath.normpath(urllib.parse.unquote(urllib.parse.urlparse(self.path).path))
        full = os.path.realpath(os.path.join(ROOT, path.lstrip("/")))
        if not full.startswith(ROOT + "/"):
            self.send_error(403)
            return
        with open(full, "rb") as f:  # SAFE
            self.send_response(200)
            self.send_header("Content-Length", str(len(f.read())))
            self.end_headers()

    def do_PUT(self):
        name = self.headers.get("X-File-Name")
        length = int(self.headers["Content-Length"])
        with open(os.path.join("/srv/uploads", name), "wb") as f:  # VULN
            f.write(self.rfile.read(length))
        self.send_response(201)
        self.end_headers()


class CmdHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().strip().decode()
        subprocess.call("echo " + line, shell=True)  # VULN CWE-78
        self.wfile.write(b"ok\\n")
`,
  ),
  ...rules(
    "CWE-918",
    "batch86: less common accessors - headers, cookies, json_body, Sanic form, Tornado request.arguments",
    `
import aiohttp
import requests
import tornado.web
from pyramid.view import view_config
from sanic import Sanic
from sanic.response import json as sjson

app = Sanic("hooks")


async def aio_fetch(request):
    target = request.headers.get("X-Upstream")
    async with aiohttp.ClientSession() as s:
        async with s.get(target) as r:  # VULN
            return await r.text()


async def aio_cookie(request):
    base = request.cookies.get("api_base", "")
    async with aiohttp.ClientSession() as s:
        async with s.get(base + "/v1/me") as r:  # VULN
            return await r.text()


@view_config(route_name="hook", renderer="json")
def hook(request):
    cb = request.json_body["callback"]
    return {"status": requests.post(cb, json={"ok": True}).status_code}  # VULN


@app.post("/ping")
async def sanic_ping(request):
    url = request.form.get("url")
    return sjson({"code": requests.head(url).status_code})  # VULN


class Proxy(tornado.web.RequestHandler):
    def get(self):
        raw = self.request.arguments.get("u", [b""])[0].decode()
        self.write(requests.get(raw).text)  # VULN

    def post(self):
        self.write(requests.get("https://api.example.com/v1/items", params={"q": self.get_argument("q")}).text)  # SAFE
`,
  ),
  // ---------------------------------------------------------------- part 3: sinks in less common data/query libraries
  ...rules(
    "CWE-89",
    "batch86: databases, peewee raw/SQL, pony select, records query",
    `
import records
from databases import Database
from flask import Flask, request
from peewee import SQL, Model, SqliteDatabase, CharField
from pony.orm import db_session, select

app = Flask(__name__)
database = Database("postgresql://localhost/app")
pdb = SqliteDatabase("app.db")
rdb = records.Database("postgresql://localhost/app")


class Note(Model):
    title = CharField()

    class Meta:
        database = pdb


@app.route("/a")
async def a():
    q = request.args["q"]
    rows = await database.fetch_all("SELECT * FROM notes WHERE title = '" + q + "'")  # VULN
    rows2 = await database.fetch_all("SELECT * FROM notes WHERE title = :t", values={"t": q})  # SAFE
    return {"n": len(rows) + len(rows2)}


@app.route("/b")
def b():
    q = request.args["q"]
    n1 = Note.raw("SELECT * FROM note WHERE title = '%s'" % q)  # VULN
    n2 = Note.raw("SELECT * FROM note WHERE title = ?", q)  # SAFE
    n3 = Note.select().where(SQL("title = '" + q + "'"))  # VULN
    n4 = Note.select().where(SQL("title = ?", [q]))  # SAFE
    return {"n": len(list(n1)) + len(list(n2)) + len(list(n3)) + len(list(n4))}


@app.route("/c")
def c():
    q = request.args["q"]
    rows = rdb.query("SELECT * FROM notes WHERE title = '{}'".format(q))  # VULN
    rows2 = rdb.query("SELECT * FROM notes WHERE title = :t", t=q)  # SAFE
    return {"n": len(rows.all()) + len(rows2.all())}


@app.route("/d")
def d():
    q = request.args["q"]
    with db_session:
        return {"n": len(select("n for n in Note if n.title == '" + q + "'")[:])}  # VULN
`,
  ),
  ...rules(
    "CWE-943",
    "batch86: motor $where and find with a raw dict from JSON, redis eval",
    `
import json

import redis
from motor.motor_asyncio import AsyncIOMotorClient
from aiohttp import web

client = AsyncIOMotorClient()
db = client.app
r = redis.Redis()


async def by_name(request):
    name = request.query["name"]
    docs = await db.users.find({"$where": "this.name === '%s'" % name}).to_list(50)  # VULN
    docs2 = await db.users.find({"name": str(name)}).to_list(50)  # SAFE
    return web.json_response([str(d["_id"]) for d in docs + docs2])


async def search(request):
    filt = json.loads(await request.text())
    docs = await db.users.find(filt).to_list(50)  # VULN
    return web.json_response(len(docs))


async def login(request):
    body = await request.json()
    user = await db.users.find_one({"user": body["user"], "pw_hash": body["pw"]})  # VULN
    return web.json_response(bool(user))


async def counter(request):
    key = request.query["key"]
    r.eval("return redis.call('INCR', '" + key + "')", 0)  # VULN CWE-94
    r.eval("return redis.call('INCR', KEYS[1])", 1, key)  # SAFE
    return web.json_response(True)
`,
  ),
  ...rules(
    "CWE-943",
    "batch86: elasticsearch query_string and script source from a request",
    `
from elasticsearch import Elasticsearch
from flask import Flask, jsonify, request

app = Flask(__name__)
es = Elasticsearch("http://localhost:9200")


@app.route("/search")
def search():
    q = request.args.get("q", "")
    res = es.search(index="docs", query={"query_string": {"query": q}})  # VULN
    res2 = es.search(index="docs", query={"match": {"body": q}})  # SAFE
    return jsonify(res["hits"]["total"]["value"] + res2["hits"]["total"]["value"])


@app.route("/boost")
def boost():
    factor = request.args.get("factor", "1")
    res = es.search(  # VULN
        index="docs",
        query={"script_score": {"query": {"match_all": {}}, "script": {"source": "_score * " + factor}}},
    )
    res2 = es.search(  # SAFE
        index="docs",
        query={"script_score": {"query": {"match_all": {}}, "script": {"source": "_score * params.f", "params": {"f": float(factor)}}}},
    )
    return jsonify(len(res["hits"]["hits"]) + len(res2["hits"]["hits"]))
`,
  ),
  ...rules(
    "CWE-90",
    "batch86: ldap3 search filters built from a form",
    `
from flask import Flask, request
from ldap3 import Connection, Server, SUBTREE
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldap://ldap.example.com")


@app.route("/lookup", methods=["POST"])
def lookup():
    uid = request.form["uid"]
    conn = Connection(server, auto_bind=True)
    conn.search("dc=example,dc=com", "(uid=" + uid + ")", SUBTREE, attributes=["cn"])  # VULN
    conn.search("dc=example,dc=com", "(uid=%s)" % escape_filter_chars(uid), SUBTREE)  # SAFE
    conn.search(search_base="dc=example,dc=com", search_filter=f"(&(objectClass=person)(mail={uid}))")  # VULN
    return str(conn.entries)
`,
  ),
  ...rules(
    "CWE-643",
    "batch86: lxml XPath / xpath with a query value",
    `
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
doc = etree.parse("users.xml")
by_name = etree.XPath("//user[@name=$n]")


@app.route("/user")
def user():
    name = request.args["name"]
    hits = doc.xpath("//user[@name='" + name + "']")  # VULN
    hits2 = doc.xpath("//user[@name=$n]", n=name)  # SAFE
    hits3 = by_name(doc, n=name)  # SAFE
    finder = etree.XPath("//user[@role='%s']/@name" % request.args["role"])  # VULN
    return str(len(hits) + len(hits2) + len(hits3) + len(finder(doc)))
`,
  ),
  ...rules(
    "CWE-611",
    "batch86: xml.sax with external entities turned on, lxml parsers",
    `
import xml.sax
from xml.sax.handler import feature_external_ges

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


class H(xml.sax.ContentHandler):
    pass


@app.route("/sax", methods=["POST"])
def sax():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)  # VULN
    parser.setContentHandler(H())
    parser.parse(request.files["doc"])
    return "ok"


@app.route("/sax2", methods=["POST"])
def sax2():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)  # SAFE
    parser.setContentHandler(H())
    parser.parse(request.files["doc"])
    return "ok"


@app.route("/lx", methods=["POST"])
def lx():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # VULN
    return etree.tostring(etree.fromstring(request.data, parser))


@app.route("/lx2", methods=["POST"])
def lx2():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)  # SAFE
    return etree.tostring(etree.fromstring(request.data, parser))

`,
  ),
  ...rules(
    "CWE-1336",
    "batch86: mako, chameleon, genshi and jinja2 templates built from request strings",
    `
import jinja2
from chameleon import PageTemplate
from flask import Flask, request
from genshi.template import MarkupTemplate
from mako.template import Template as MakoTemplate

app = Flask(__name__)
env = jinja2.Environment(autoescape=True)


@app.route("/mako")
def mako():
    tpl = request.args.get("tpl", "")
    return MakoTemplate(tpl).render()  # VULN


@app.route("/mako2")
def mako2():
    return MakoTemplate("Hello \${name | h}").render(name=request.args.get("name", ""))  # SAFE


@app.route("/pt")
def pt():
    return PageTemplate(request.form["body"])()  # VULN


@app.route("/genshi")
def genshi():
    return MarkupTemplate(request.form["body"]).generate().render("html")  # VULN


@app.route("/jinja")
def jinja():
    return jinja2.Template("Hi " + request.args.get("name", "")).render()  # VULN


@app.route("/jinja2")
def jinja_ok():
    return env.from_string("Hi {{ name }}").render(name=request.args.get("name", ""))  # SAFE


@app.route("/jinja3")
def jinja_env():
    return env.from_string(request.args["t"]).render()  # VULN
`,
  ),
  // ---------------------------------------------------------------- part 4: commands, URLs, files, loaders
  ...rules(
    "CWE-78",
    "batch86: paramiko exec_command, fabric/invoke run, sh, plumbum, pexpect",
    `
import shlex

import paramiko
import pexpect
import sh
from fabric import Connection
from flask import Flask, request
from invoke import run as local_run
from plumbum import local

app = Flask(__name__)


@app.route("/remote")
def remote():
    svc = request.args["svc"]
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect("app1.internal", username="deploy")
    ssh.exec_command("systemctl restart " + svc)  # VULN
    ssh.exec_command("systemctl restart " + shlex.quote(svc))  # SAFE
    return "ok"


@app.route("/fab")
def fab():
    path = request.args["path"]
    c = Connection("app1.internal")
    c.run(f"ls -la {path}")  # VULN
    c.sudo("du -sh " + path)  # VULN
    local_run("tar czf backup.tgz " + path)  # VULN
    local_run("tar czf backup.tgz " + shlex.quote(path))  # SAFE
    return "ok"


@app.route("/sh")
def sh_route():
    name = request.args["name"]
    sh.bash("-c", "echo " + name)  # VULN
    sh.ls("-l", "--", name)  # SAFE
    local["bash"]["-c", "grep " + name + " /etc/hosts"]()  # VULN
    child = pexpect.spawn("ssh admin@" + name)  # VULN
    child.expect("password:")
    return "ok"
`,
  ),
  ...rules(
    "CWE-78",
    "batch86: asyncio subprocess with sh -c, os.exec*/os.spawn*/pty.spawn",
    `
import asyncio
import os
import pty

from aiohttp import web


async def run_tool(request):
    arg = request.query["arg"]
    p = await asyncio.create_subprocess_exec("sh", "-c", "tool " + arg)  # VULN
    q = await asyncio.create_subprocess_exec("tool", "--", arg)  # SAFE
    r = await asyncio.create_subprocess_shell("tool " + arg)  # VULN
    await p.wait()
    await q.wait()
    await r.wait()
    return web.Response(text="ok")


def spawn(request):
    cmd = request.GET["cmd"]
    os.spawnlp(os.P_WAIT, "sh", "sh", "-c", cmd)  # VULN
    os.spawnv(os.P_WAIT, "/usr/bin/file", ["file", "--", cmd])  # SAFE
    pty.spawn(["bash", "-c", cmd])  # VULN
    if os.fork() == 0:
        os.execvp("sh", ["sh", "-c", cmd])  # VULN
    os.execl("/bin/sh", "sh", "-c", "echo " + cmd)  # VULN
`,
  ),
  ...rules(
    "CWE-918",
    "batch86: urllib3, pycurl, aiohttp, urlopen with a user URL",
    `
import io
import urllib.request
from urllib.parse import urlparse

import pycurl
import urllib3
from flask import Flask, request, abort

app = Flask(__name__)
http = urllib3.PoolManager()
ALLOWED_HOSTS = {"images.example.com", "cdn.example.com"}


@app.route("/u3")
def u3():
    return http.request("GET", request.args["url"]).data  # VULN


@app.route("/u3b")
def u3b():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    return http.request("GET", url).data  # SAFE


@app.route("/curl")
def curl():
    buf = io.BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, request.args["url"])  # VULN
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    return buf.getvalue()


@app.route("/open")
def op():
    req = urllib.request.Request(request.args["url"], headers={"User-Agent": "x"})
    return urllib.request.urlopen(req).read()  # VULN
`,
  ),
  ...rules(
    "CWE-93",
    "batch86: smtplib message headers from a form, raw text vs EmailMessage",
    `
import smtplib
from email.message import EmailMessage

from flask import Flask, request

app = Flask(__name__)


@app.route("/contact", methods=["POST"])
def contact():
    subject = request.form["subject"]
    body = "Subject: " + subject + "\\r\\nFrom: site@example.com\\r\\n\\r\\n" + request.form["msg"]
    with smtplib.SMTP("localhost") as s:
        s.sendmail("site@example.com", ["team@example.com"], body)  # VULN
    msg = EmailMessage()
    msg["Subject"] = subject
    msg.set_content(request.form["msg"])
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)  # SAFE
    return "sent"

`,
  ),
  ...rules(
    "CWE-22",
    "batch86: boto3 download_file / presigned URLs with user keys, shutil.copy, send_file vs safe_join",
    `
import os
import shutil

import boto3
from flask import Flask, request, send_file, abort
from werkzeug.security import safe_join

app = Flask(__name__)
s3 = boto3.client("s3")


@app.route("/s3dl")
def s3dl():
    key = request.args["key"]
    s3.download_file("reports", key, "/tmp/" + key)  # VULN
    return send_file("/tmp/" + os.path.basename(key))


@app.route("/copy")
def copy():
    src = request.args["src"]
    shutil.copy(os.path.join("/srv/templates", src), "/tmp/work/")  # VULN
    return "ok"


@app.route("/view")
def view():
    path = safe_join("/srv/public", request.args["p"])
    if path is None:
        abort(404)
    return send_file(path)  # SAFE


@app.route("/view2")
def view2():
    return send_file("/srv/public/" + request.args["p"])  # VULN
`,
  ),
  ...rules(
    "CWE-639",
    "batch86: boto3 presigned URLs for any key the caller names",
    `
import boto3
from flask import Flask, request, jsonify
from flask_login import current_user, login_required

app = Flask(__name__)
s3 = boto3.client("s3")


@app.route("/share")
@login_required
def share():
    key = request.args["key"]
    url = s3.generate_presigned_url("get_object", Params={"Bucket": "private-docs", "Key": key}, ExpiresIn=3600)  # VULN
    return jsonify(url=url)


@app.route("/share2")
@login_required
def share_own():
    name = request.args["name"].replace("/", "")
    key = f"users/{current_user.id}/{name}"
    url = s3.generate_presigned_url("get_object", Params={"Bucket": "private-docs", "Key": key}, ExpiresIn=3600)  # SAFE
    return jsonify(url=url)
`,
  ),
  ...rules(
    "CWE-22",
    "batch86: zipfile and tarfile extraction of uploads",
    `
import os
import tarfile
import zipfile

from flask import Flask, request

app = Flask(__name__)
DEST = "/srv/unpacked"


@app.route("/zip", methods=["POST"])
def unzip():
    with zipfile.ZipFile(request.files["f"]) as z:
        for info in z.infolist():
            with open(os.path.join(DEST, info.filename), "wb") as out:  # VULN
                out.write(z.read(info))
    return "ok"


@app.route("/zip2", methods=["POST"])
def unzip_safe():
    with zipfile.ZipFile(request.files["f"]) as z:
        for info in z.infolist():
            target = os.path.realpath(os.path.join(DEST, info.filename))
            if not target.startswith(DEST + os.sep):
                continue
            with open(target, "wb") as out:  # SAFE
                out.write(z.read(info))
    return "ok"


@app.route("/tar", methods=["POST"])
def untar():
    with tarfile.open(fileobj=request.files["f"].stream) as t:
        t.extractall(DEST)  # VULN
    return "ok"


@app.route("/tar2", methods=["POST"])
def untar_safe():
    with tarfile.open(fileobj=request.files["f"].stream) as t:
        t.extractall(DEST, filter="data")  # SAFE
    return "ok"


@app.route("/tar3", methods=["POST"])
def untar_member():
    with tarfile.open(fileobj=request.files["f"].stream) as t:
        for m in t.getmembers():
            t.extract(m, DEST)  # VULN
    return "ok"
`,
  ),
  ...rules(
    "CWE-470",
    "batch86: importlib / __import__ / getattr on a module with request names",
    `
import importlib

from flask import Flask, request

from . import handlers

app = Flask(__name__)
PLUGINS = {"csv": "app.export.csv_export", "json": "app.export.json_export"}


@app.route("/plugin")
def plugin():
    mod = importlib.import_module(request.args["mod"])  # VULN
    return mod.run()


@app.route("/plugin2")
def plugin_allowed():
    fmt = request.args["fmt"]
    if fmt not in PLUGINS:
        return "unknown", 400
    return importlib.import_module(PLUGINS[fmt]).run()  # SAFE


@app.route("/dyn")
def dyn():
    m = __import__(request.args["m"])  # VULN
    return str(m)


@app.route("/action/<name>")
def action(name):
    fn = getattr(handlers, name)  # VULN
    return fn(request)


@app.route("/action2/<name>")
def action_allowed(name):
    if name not in ("list", "show"):
        return "no", 404
    return getattr(handlers, name)(request)  # SAFE
`,
  ),
  ...rules(
    "CWE-502",
    "batch86: yaml, pickle, dill, shelve, torch.load, joblib.load on uploaded data",
    `
import pickle
import shelve

import dill
import joblib
import torch
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/y", methods=["POST"])
def y():
    a = yaml.load(request.data, Loader=yaml.Loader)  # VULN
    b = yaml.load(request.data, Loader=yaml.SafeLoader)  # SAFE
    c = yaml.unsafe_load(request.data)  # VULN
    return str((a, b, c))


@app.route("/p", methods=["POST"])
def p():
    return str(pickle.loads(request.get_data()))  # VULN


@app.route("/d", methods=["POST"])
def d():
    return str(dill.loads(request.files["obj"].read()))  # VULN


@app.route("/m", methods=["POST"])
def m():
    f = request.files["model"]
    f.save("/tmp/upload.pt")
    model = torch.load("/tmp/upload.pt")  # VULN
    model2 = torch.load("/tmp/upload.pt", weights_only=True)  # SAFE
    clf = joblib.load(request.files["clf"])  # VULN
    return str((model, model2, clf))


@app.route("/s", methods=["POST"])
def s():
    request.files["db"].save("/tmp/import.db")
    with shelve.open("/tmp/import.db") as db:  # VULN
        return str(dict(db))
`,
  ),
  // ---------------------------------------------------------------- part 5: crypto, tokens, TLS, Django settings
  ...rules(
    "CWE-208",
    "batch86: hmac.compare_digest vs == on signatures and tokens",
    `
import hashlib
import hmac

from flask import Flask, request, abort

app = Flask(__name__)
WEBHOOK_SECRET = b"from-env-at-startup"


@app.route("/hook", methods=["POST"])
def hook():
    sig = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, request.data, hashlib.sha256).hexdigest()
    if sig != expected:  # VULN
        abort(401)
    return "ok"


@app.route("/hook2", methods=["POST"])
def hook2():
    sig = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):  # SAFE
        abort(401)
    return "ok"


def check_api_key(provided, stored_key):
    return provided == stored_key  # VULN


def check_version(provided, current_version):
    return provided == current_version  # SAFE
`,
  ),
  ...rules(
    "CWE-338",
    "batch86: random vs secrets for tokens, codes and salts",
    `
import random
import secrets
import string


def reset_token():
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))  # VULN


def reset_token_ok():
    return secrets.token_urlsafe(32)  # SAFE


def otp():
    return str(random.randint(100000, 999999))  # VULN


def otp_ok():
    return str(secrets.randbelow(900000) + 100000)  # SAFE


def session_id():
    return "%032x" % random.getrandbits(128)  # VULN


def backoff(attempt):
    return min(60, 2 ** attempt) + random.random()  # SAFE


def api_key():
    rng = random.SystemRandom()
    return "".join(rng.choice(string.ascii_letters) for _ in range(40))  # SAFE
`,
  ),
  ...rules(
    "CWE-327",
    "batch86: cryptography ECB, TripleDES, static IV; PyCryptodome modes",
    `
import os

from Crypto.Cipher import AES as PyAES
from Crypto.Cipher import DES, DES3
from Crypto.Random import get_random_bytes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = os.environ["DATA_KEY"].encode()[:32]


def enc_ecb(data):
    c = Cipher(algorithms.AES(KEY), modes.ECB()).encryptor()  # VULN
    return c.update(data) + c.finalize()


def enc_gcm(data):
    nonce = os.urandom(12)
    return nonce + AESGCM(KEY).encrypt(nonce, data, None)  # SAFE


def enc_3des(data, key24):
    c = Cipher(algorithms.TripleDES(key24), modes.CBC(os.urandom(8))).encryptor()  # VULN
    return c.update(data) + c.finalize()


def enc_des(data, key8):
    return DES.new(key8, DES.MODE_CBC, get_random_bytes(8)).encrypt(data)  # VULN


def enc_des3(data, key24):
    return DES3.new(key24, DES3.MODE_EAX).encrypt(data)  # VULN


def enc_py_ecb(data):
    return PyAES.new(KEY, PyAES.MODE_ECB).encrypt(data)  # VULN


def enc_py_gcm(data):
    c = PyAES.new(KEY, PyAES.MODE_GCM)  # SAFE
    ct, tag = c.encrypt_and_digest(data)
    return c.nonce + tag + ct
`,
  ),
  ...rules(
    "CWE-329",
    "batch86: static or zero IVs and nonces",
    `
import os

from Crypto.Cipher import AES as PyAES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = os.environ["DATA_KEY"].encode()[:32]
IV = b"0123456789abcdef"


def enc_static(data):
    c = Cipher(algorithms.AES(KEY), modes.CBC(IV)).encryptor()  # VULN
    return c.update(data) + c.finalize()


def enc_zero(data):
    c = Cipher(algorithms.AES(KEY), modes.CTR(b"\\x00" * 16)).encryptor()  # VULN
    return c.update(data) + c.finalize()


def enc_random(data):
    iv = os.urandom(16)
    c = Cipher(algorithms.AES(KEY), modes.CBC(iv)).encryptor()  # SAFE
    return iv + c.update(data) + c.finalize()


def enc_py_static(data):
    return PyAES.new(KEY, PyAES.MODE_CBC, iv=IV).encrypt(data)  # VULN


def enc_py_random(data):
    c = PyAES.new(KEY, PyAES.MODE_CBC)  # SAFE
    return c.iv + c.encrypt(data)
`,
  ),
  ...rules(
    "CWE-326",
    "batch86: small RSA / DSA keys with cryptography and PyCryptodome",
    `
from Crypto.PublicKey import RSA as PyRSA
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa


def make_keys():
    k1 = rsa.generate_private_key(public_exponent=65537, key_size=1024)  # VULN
    k2 = rsa.generate_private_key(public_exponent=65537, key_size=3072)  # SAFE
    k3 = dsa.generate_private_key(key_size=1024)  # VULN
    k4 = PyRSA.generate(1024)  # VULN
    k5 = PyRSA.generate(2048)  # SAFE
    k6 = ec.generate_private_key(ec.SECP384R1())  # SAFE
    return k1, k2, k3, k4, k5, k6
`,
  ),
  ...rules(
    "CWE-347",
    "batch86: jwt.decode without verification (keyword and named option dicts), python-jose unverified claims",
    `
import jwt
from flask import Flask, request
from jose import jwt as jose_jwt

app = Flask(__name__)
SECRET = open("/run/secrets/jwt").read().strip()


@app.route("/me")
def me():
    token = request.headers["Authorization"].split()[1]
    claims = jwt.decode(token, options={"verify_signature": False})  # VULN
    return claims["sub"]


@app.route("/me2")
def me2():
    token = request.headers["Authorization"].split()[1]
    claims = jwt.decode(token, SECRET, algorithms=["HS256"])  # SAFE
    return claims["sub"]


@app.route("/me3")
def me3():
    token = request.headers["Authorization"].split()[1]
    opts = {"verify_signature": False, "verify_exp": False}
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], options=opts)  # VULN
    return claims["sub"]


@app.route("/me4")
def me4():
    token = request.headers["Authorization"].split()[1]
    claims = jose_jwt.get_unverified_claims(token)  # VULN
    return claims["sub"]


def peek_kid(token):
    return jwt.get_unverified_header(token).get("kid")  # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch86: ssl.wrap_socket, unverified contexts, aiohttp ssl=False",
    `
import socket
import ssl

import aiohttp


def connect(host):
    s = socket.create_connection((host, 443))
    return ssl.wrap_socket(s)  # VULN


def connect_ok(host):
    ctx = ssl.create_default_context()
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)  # SAFE


def connect_nocheck(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # VULN
    ctx.verify_mode = ssl.CERT_NONE  # VULN
    return ctx.wrap_socket(socket.create_connection((host, 443)))


def legacy_ctx():
    return ssl._create_unverified_context()  # VULN


async def fetch(url):
    async with aiohttp.ClientSession() as s:
        async with s.get(url, ssl=False) as r:  # VULN
            return await r.text()
`,
  ),
  ...rules(
    "CWE-489",
    "batch86: Django settings - DEBUG, SECRET_KEY, ALLOWED_HOSTS, cookie flags",
    `
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = True  # VULN
SECRET_KEY = "django-insecure-7x!k2@p0v#r9w3m8q1z5t6y4u"  # VULN CWE-798
ALLOWED_HOSTS = ["*"]  # VULN CWE-20
CSRF_COOKIE_SECURE = False  # VULN CWE-614
SESSION_COOKIE_SECURE = False  # VULN CWE-614
SESSION_COOKIE_HTTPONLY = False  # VULN CWE-1004

INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "shop"]
`,
  ),
  ...rules(
    "CWE-489",
    "batch86: Django settings read from the environment",
    `
import os

DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"  # SAFE
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  # SAFE CWE-798
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "shop.example.com").split(",")  # SAFE CWE-20
CSRF_COOKIE_SECURE = True  # SAFE CWE-614
SESSION_COOKIE_SECURE = True  # SAFE CWE-614
SESSION_COOKIE_HTTPONLY = True  # SAFE CWE-1004
`,
  ),
  ...rules(
    "CWE-352",
    "batch86: csrf_exempt on state-changing views",
    `
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Account


@csrf_exempt  # VULN
@require_POST
def transfer(request):
    acct = Account.objects.get(owner=request.user)
    acct.balance -= int(request.POST["amount"])
    acct.save()
    return JsonResponse({"ok": True})


@require_POST
def transfer_protected(request):  # SAFE
    acct = Account.objects.get(owner=request.user)
    acct.balance -= int(request.POST["amount"])
    acct.save()
    return JsonResponse({"ok": True})
`,
  ),
  ...rules(
    "CWE-79",
    "batch86: mark_safe and format_html vs string formatting in Django",
    `
from django.http import HttpResponse
from django.utils.html import format_html, escape
from django.utils.safestring import mark_safe


def badge(request):
    label = request.GET.get("label", "")
    return HttpResponse(mark_safe("<span class='badge'>%s</span>" % label))  # VULN


def badge_ok(request):
    label = request.GET.get("label", "")
    return HttpResponse(format_html("<span class='badge'>{}</span>", label))  # SAFE


def badge_fmt(request):
    label = request.GET.get("label", "")
    return HttpResponse(format_html("<span class='badge'>" + label + "</span>"))  # VULN


def badge_escaped(request):
    label = request.GET.get("label", "")
    return HttpResponse(mark_safe("<span class='badge'>%s</span>" % escape(label)))  # SAFE


def link(request):
    url = request.GET.get("u", "")
    return HttpResponse(mark_safe(f"<a href='{url}'>go</a>"))  # VULN
`,
  ),
  // ---------------------------------------------------------------- part 6: harder spellings of the same sources and sinks
  ...rules(
    "CWE-89",
    "batch86: FastAPI Request object, Header/Cookie parameters, Annotated Query, a model's model_dump()",
    `
from typing import Annotated

import aiosqlite
from fastapi import Cookie, FastAPI, Header, Query, Request
from pydantic import BaseModel

app = FastAPI()


class Filter(BaseModel):
    owner: str
    state: str = "open"


@app.get("/raw")
async def raw(request: Request):
    term = request.query_params.get("term", "")
    async with aiosqlite.connect("app.db") as db:
        await db.execute("DELETE FROM drafts WHERE title = '%s'" % term)  # VULN
        body = (await request.body()).decode()
        await db.execute("INSERT INTO log VALUES ('" + body + "')")  # VULN
    return {}


@app.get("/hdr")
async def hdr(x_tenant: str = Header(...), session: str = Cookie(None)):
    async with aiosqlite.connect("app.db") as db:
        await db.execute(f"SELECT * FROM t WHERE tenant = '{x_tenant}'")  # VULN
        await db.execute("SELECT * FROM s WHERE id = ?", (session,))  # SAFE
    return {}


@app.get("/ann")
async def ann(q: Annotated[str, Query(max_length=50)]):
    async with aiosqlite.connect("app.db") as db:
        await db.execute("SELECT * FROM docs WHERE body MATCH '" + q + "'")  # VULN
    return {}


@app.post("/filter")
async def filt(f: Filter):
    data = f.model_dump()
    async with aiosqlite.connect("app.db") as db:
        await db.execute("SELECT * FROM issues WHERE owner = '{owner}' AND state = '{state}'".format(**data))  # VULN
        await db.execute("SELECT * FROM issues WHERE owner = :owner AND state = :state", data)  # SAFE
    return {}
`,
  ),
  ...rules(
    "CWE-78",
    "batch86: Sanic and Falcon route parameters, Tornado path groups, FastAPI WebSocket text",
    `
import subprocess

import falcon
import tornado.web
from fastapi import FastAPI, WebSocket
from sanic import Sanic
from sanic.response import text

sapp = Sanic("ops")
app = FastAPI()


@sapp.get("/restart/<service>")
async def restart(request, service: str):
    subprocess.run("systemctl restart " + service, shell=True)  # VULN
    return text("ok")


class Job:
    def on_post(self, req, resp, job_id):
        subprocess.Popen(f"/opt/jobs/run.sh {job_id}", shell=True)  # VULN
        subprocess.Popen(["/opt/jobs/run.sh", job_id])  # SAFE


class Tail(tornado.web.RequestHandler):
    def get(self, logname):
        self.write(subprocess.check_output("tail -5 /var/log/" + logname, shell=True))  # VULN


@app.websocket("/ws")
async def ws_shell(websocket: WebSocket):
    await websocket.accept()
    while True:
        cmd = await websocket.receive_text()
        out = subprocess.run(cmd, shell=True, capture_output=True)  # VULN
        await websocket.send_text(out.stdout.decode())
`,
  ),
  ...rules(
    "CWE-502",
    "batch86: less common loaders - Unpickler, jsonpickle, numpy allow_pickle, pandas read_pickle, yaml UnsafeLoader",
    `
import io
import pickle

import jsonpickle
import numpy as np
import pandas as pd
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/u", methods=["POST"])
def u():
    return str(pickle.Unpickler(io.BytesIO(request.data)).load())  # VULN


@app.route("/jp", methods=["POST"])
def jp():
    return str(jsonpickle.decode(request.get_data(as_text=True)))  # VULN


@app.route("/np", methods=["POST"])
def npy():
    arr = np.load(request.files["a"], allow_pickle=True)  # VULN
    arr2 = np.load(request.files["b"], allow_pickle=False)  # SAFE
    return str(arr.shape + arr2.shape)


@app.route("/pd", methods=["POST"])
def pdl():
    return pd.read_pickle(request.files["df"]).to_json()  # VULN


@app.route("/ya", methods=["POST"])
def ya():
    docs = list(yaml.load_all(request.data, Loader=yaml.UnsafeLoader))  # VULN
    safe = list(yaml.safe_load_all(request.data))  # SAFE
    return str(len(docs) + len(safe))
`,
  ),
  ...rules(
    "CWE-918",
    "batch86: sessions and clients built around a user URL - requests.Session, httpx.Client(base_url), aiohttp request(), socket",
    `
import socket

import aiohttp
import httpx
import requests
from flask import Flask, request

app = Flask(__name__)
session = requests.Session()


@app.route("/s")
def s():
    return session.get(request.args["url"], timeout=5).text  # VULN


@app.route("/hx")
def hx():
    with httpx.Client(base_url=request.args["base"]) as c:  # VULN
        return c.get("/health").text


@app.route("/hx2")
def hx2():
    with httpx.Client(base_url="https://api.example.com") as c:  # SAFE
        return c.get("/items", params={"q": request.args["q"]}).text


@app.route("/aio")
async def aio():
    async with aiohttp.ClientSession() as sess:
        async with sess.request("GET", request.args["url"]) as r:  # VULN
            return await r.text()


@app.route("/sock")
def sock():
    host = request.args["host"]
    with socket.create_connection((host, int(request.args["port"])), timeout=3) as c:  # VULN
        c.sendall(b"PING\\r\\n")
        return c.recv(64)
`,
  ),
  ...rules(
    "CWE-327",
    "batch86: weak ciphers and paddings - ARC4, Blowfish, PKCS1v15 encryption, MD5 in a signature",
    `
from Crypto.Cipher import ARC4, Blowfish
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms


def rc4(key, data):
    return ARC4.new(key).encrypt(data)  # VULN


def bf(key, data, iv):
    return Blowfish.new(key, Blowfish.MODE_CBC, iv).encrypt(data)  # VULN


def rc4_c(key, data):
    return Cipher(algorithms.ARC4(key), mode=None).encryptor().update(data)  # VULN


def wrap_key(public_key, secret):
    return public_key.encrypt(secret, padding.PKCS1v15())  # VULN CWE-780


def wrap_key_ok(public_key, secret):
    return public_key.encrypt(  # SAFE CWE-780
        secret, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    )


def sign(private_key, msg):
    return private_key.sign(msg, padding.PKCS1v15(), hashes.MD5())  # VULN


def sign_ok(private_key, msg):
    return private_key.sign(msg, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32), hashes.SHA256())  # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch86: client options that turn verification off - httpx verify=False, urllib3 CERT_NONE, old TLS protocol",
    `
import ssl

import httpx
import urllib3


def client():
    return httpx.Client(verify=False)  # VULN


def client_ok():
    return httpx.Client(verify="/etc/ssl/certs/internal-ca.pem")  # SAFE


def pool():
    return urllib3.PoolManager(cert_reqs="CERT_NONE")  # VULN


def pool_ok():
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca.pem")  # SAFE


def old_ctx():
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # VULN CWE-327


def new_ctx():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # SAFE CWE-327
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx
`,
  ),
  ...rules(
    "CWE-347",
    "batch86: python-jose and PyJWT 1.x decode without verification",
    `
import jwt
from jose import jwt as jose_jwt

KEY = open("/run/secrets/jwt").read()


def claims_jose(token):
    return jose_jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_signature": False})  # VULN


def claims_jose_ok(token):
    return jose_jwt.decode(token, KEY, algorithms=["HS256"])  # SAFE


def claims_legacy(token):
    return jwt.decode(token, verify=False)  # VULN


def claims_legacy_ok(token):
    return jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_exp": True})  # SAFE
`,
  ),
];
