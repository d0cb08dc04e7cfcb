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
];
