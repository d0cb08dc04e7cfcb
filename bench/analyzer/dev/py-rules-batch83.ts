// Dev suite "py-rules", batch 83 (format in py-rules.ts): a blind line-level rule-test batch, written before reading
// the analyzer's rules, the way a rule set's own test files look: a few small functions per file around one library
// API, each flagged line marked and each safe look-alike beside it. Five parts: (p1) web frameworks (Django, Flask,
// FastAPI/Starlette, aiohttp, Tornado, Pyramid), (p2) injection through libraries, (p3) crypto and secrets, (p4) files
// and network, (p5) misc (asserts, logging, regexes, format strings, imports, mass assignment, redirect checks).
// Own code, never taken from an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH83: DevCase[] = [
  // ------------------------------------------------------------------ (p1) frameworks
  ...rules(
    "CWE-89",
    "batch83: p1 Django raw(), cursor.execute, RawSQL and extra() with formatted request data",
    `
from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Order


def orders_by_status(request):
    status = request.GET["status"]
    rows = Order.objects.raw("SELECT * FROM shop_order WHERE status = '%s'" % status)  # VULN
    return JsonResponse({"ids": [r.id for r in rows]})


def orders_by_status_ok(request):
    status = request.GET["status"]
    rows = Order.objects.raw("SELECT * FROM shop_order WHERE status = %s", [status])  # SAFE
    return JsonResponse({"ids": [r.id for r in rows]})


def customer_total(request, customer_id):
    with connection.cursor() as cur:
        cur.execute(f"SELECT SUM(total) FROM shop_order WHERE customer_id = {customer_id}")  # VULN
        (total,) = cur.fetchone()
    return JsonResponse({"total": total})


def customer_total_ok(request, customer_id):
    with connection.cursor() as cur:
        cur.execute("SELECT SUM(total) FROM shop_order WHERE customer_id = %s", [customer_id])  # SAFE
        (total,) = cur.fetchone()
    return JsonResponse({"total": total})


def recent(request):
    limit = int(request.GET.get("limit", "10"))
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM shop_order ORDER BY created DESC LIMIT %d" % limit)  # SAFE
        return JsonResponse({"ids": [r[0] for r in cur.fetchall()]})


def ranked(request):
    name = request.GET.get("name", "")
    qs = Order.objects.annotate(rank=RawSQL("SELECT rank FROM ranks WHERE name = '%s'" % name, ()))  # VULN
    qs2 = Order.objects.annotate(rank=RawSQL("SELECT rank FROM ranks WHERE name = %s", (name,)))  # SAFE
    notes = Order.objects.extra(where=["note LIKE '%%" + name + "%%'"])  # VULN
    notes2 = Order.objects.extra(where=["note LIKE %s"], params=["%" + name + "%"])  # SAFE
    return JsonResponse({"n": qs.count() + qs2.count() + notes.count() + notes2.count()})


def by_email(request):
    email = request.POST.get("email")
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM auth_user WHERE email = '{}'".format(email))  # VULN
        return JsonResponse({"found": cur.fetchone() is not None})
`,
  ),
  ...rules(
    "CWE-79",
    "batch83: p1 Django HttpResponse, mark_safe and format_html with request data",
    `
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def greet(request):
    name = request.GET.get("name", "")
    return HttpResponse("<h1>Hello " + name + "</h1>")  # VULN


def greet_escaped(request):
    name = request.GET.get("name", "")
    return HttpResponse("<h1>Hello " + escape(name) + "</h1>")  # SAFE


def greet_plain(request):
    name = request.GET.get("name", "")
    return HttpResponse("Hello " + name, content_type="text/plain")  # SAFE


def greet_format_html(request):
    name = request.GET.get("name", "")
    return HttpResponse(format_html("<h1>Hello {}</h1>", name))  # SAFE


def greet_format_html_concat(request):
    name = request.GET.get("name", "")
    return HttpResponse(format_html("<h1>Hello " + name + "</h1>"))  # VULN


def banner(request):
    msg = request.POST.get("msg", "")
    html = mark_safe("<div class='banner'>%s</div>" % msg)  # VULN
    return render(request, "banner.html", {"banner": html})


def banner_escaped(request):
    msg = request.POST.get("msg", "")
    html = mark_safe("<div class='banner'>%s</div>" % escape(msg))  # SAFE
    return render(request, "banner.html", {"banner": html})


def echo(request):
    return HttpResponse(request.GET["q"])  # VULN
`,
  ),
  ...rules(
    "CWE-601",
    "batch83: p1 Django redirect to a request parameter, with and without the host check",
    `
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def go(request):
    return redirect(request.GET["next"])  # VULN


def go_checked(request):
    nxt = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(nxt)  # SAFE
    return redirect("/")


def after_login(request):
    return HttpResponseRedirect(request.POST.get("return_to", "/"))  # VULN


def to_named(request):
    return redirect("orders:detail", pk=request.GET["pk"])  # SAFE
`,
  ),
  ...rules(
    "CWE-352",
    "batch83: p1 Django csrf_exempt on a cookie-session view; a signed webhook and a protected twin",
    `
import hashlib
import hmac

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect


@csrf_exempt  # VULN
def update_profile(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})


@csrf_protect  # SAFE
def update_profile_protected(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})


@csrf_exempt  # SAFE
def payment_webhook(request):
    sig = request.headers.get("X-Signature", "")
    want = hmac.new(settings.WEBHOOK_KEY.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, want):
        return HttpResponseForbidden()
    return HttpResponse(status=204)
`,
  ),
  ...rules(
    "CWE-798",
    "batch83: p1 a Django settings module with debug on, a literal secret key and any host",
    `
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "django-insecure-7x!q2k$0v@m3p9r#t8w&z1y6u5e4h"  # VULN
DEBUG = True  # VULN CWE-489
ALLOWED_HOSTS = ["*"]  # VULN CWE-183

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "shop",
]

SESSION_COOKIE_SECURE = False  # VULN CWE-614
CSRF_COOKIE_HTTPONLY = True
ROOT_URLCONF = "shop.urls"
`,
  ),
  ...rules(
    "CWE-798",
    "batch83: p1 a Django production settings module reading its secrets from the environment",
    `
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  # SAFE
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"  # SAFE CWE-489
ALLOWED_HOSTS = ["shop.example.com", "www.shop.example.com"]  # SAFE CWE-183

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.sessions",
    "shop",
]

SESSION_COOKIE_SECURE = True  # SAFE CWE-614
SESSION_COOKIE_HTTPONLY = True  # SAFE CWE-1004
ROOT_URLCONF = "shop.urls"
`,
  ),
  ...rules(
    "CWE-532",
    "batch83: p1 a Django login view logs the submitted password",
    `
import logging

from django.contrib.auth import authenticate, login
from django.http import JsonResponse

logger = logging.getLogger(__name__)


def login_view(request):
    username = request.POST["username"]
    password = request.POST["password"]
    logger.debug("login attempt user=%s password=%s", username, password)  # VULN
    logger.info("login attempt user=%s", username)  # SAFE
    user = authenticate(request, username=username, password=password)
    if user is None:
        logger.warning("bad credentials for %r", username)  # SAFE
        return JsonResponse({"ok": False}, status=401)
    login(request, user)
    return JsonResponse({"ok": True})
`,
  ),
  ...rules(
    "CWE-1336",
    "batch83: p1 Flask render_template_string, Markup and session cookie settings",
    `
from flask import Flask, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = False  # VULN CWE-614
app.config["SESSION_COOKIE_HTTPONLY"] = True  # SAFE CWE-1004
app.config.update(SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_SECURE=True)  # SAFE CWE-614


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    return render_template_string("<p>Hello " + name + "</p>")  # VULN


@app.route("/hello2")
def hello2():
    name = request.args.get("name", "world")
    return render_template_string("<p>Hello {{ name }}</p>", name=name)  # SAFE


@app.route("/page")
def page():
    tpl = request.form["template"]
    return render_template_string(tpl, user="guest")  # VULN


@app.route("/note")
def note():
    return Markup("<b>%s</b>" % request.args["text"])  # VULN CWE-79


@app.route("/note2")
def note2():
    return Markup("<b>%s</b>") % request.args["text"]  # SAFE CWE-79


@app.route("/note3")
def note3():
    return "<b>" + request.args["text"] + "</b>"  # VULN CWE-79
`,
  ),
  ...rules(
    "CWE-22",
    "batch83: p1 Flask send_file with a joined request path; send_from_directory twin",
    `
import os

from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import safe_join

app = Flask(__name__)
EXPORT_DIR = "/srv/exports"


@app.route("/files/<path:name>")
def files(name):
    return send_file("/srv/uploads/" + name)  # VULN


@app.route("/files2/<path:name>")
def files2(name):
    return send_from_directory("/srv/uploads", name)  # SAFE


@app.route("/export")
def export():
    return send_file(os.path.join(EXPORT_DIR, request.args["f"]))  # VULN


@app.route("/export2")
def export2():
    path = safe_join(EXPORT_DIR, request.args["f"])
    if path is None:
        abort(404)
    return send_file(path)  # SAFE
`,
  ),
  ...rules(
    "CWE-489",
    "batch83: p1 Flask app.run with the debugger on",
    `
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "ok"


if __name__ == "__main__":
    app.run(debug=True)  # VULN
`,
  ),
  ...rules(
    "CWE-605",
    "batch83: p1 Flask app.run bound to every interface; a loopback twin with debug from the environment",
    `
import os

from flask import Flask

app = Flask(__name__)


def main():
    app.run(host="0.0.0.0", port=8080)  # VULN


def dev():
    app.run(host="127.0.0.1", port=5000, debug=os.environ.get("FLASK_DEBUG") == "1")  # SAFE CWE-489
`,
  ),
  ...rules(
    "CWE-79",
    "batch83: p1 FastAPI/Starlette HTML responses, redirects, files, SQL and CORS",
    `
import html
import sqlite3
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from starlette.requests import Request

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])  # VULN CWE-942
BASE = Path("/data/reports").resolve()


@app.get("/greet", response_class=HTMLResponse)
def greet(name: str = Query("")):
    return HTMLResponse(f"<h1>Hi {name}</h1>")  # VULN


@app.get("/greet2", response_class=HTMLResponse)
def greet2(name: str = Query("")):
    return HTMLResponse(f"<h1>Hi {html.escape(name)}</h1>")  # SAFE


@app.get("/search")
async def search(request: Request):
    q = request.query_params.get("q", "")
    return HTMLResponse("<p>Results for " + q + "</p>")  # VULN


@app.get("/out")
def out(url: str):
    return RedirectResponse(url)  # VULN CWE-601


@app.get("/dl")
def dl(fname: str):
    return FileResponse(f"/data/reports/{fname}")  # VULN CWE-22


@app.get("/dl2")
def dl2(fname: str):
    path = (BASE / fname).resolve()
    if not path.is_relative_to(BASE):
        raise HTTPException(status_code=404)
    return FileResponse(path)  # SAFE CWE-22


@app.get("/item")
def item(item_name: str):
    conn = sqlite3.connect("app.db")
    row = conn.execute("SELECT * FROM items WHERE name = '" + item_name + "'").fetchone()  # VULN CWE-89
    row2 = conn.execute("SELECT * FROM items WHERE name = ?", (item_name,)).fetchone()  # SAFE CWE-89
    return {"a": row, "b": row2}


@app.get("/item/{item_id}")
def item_by_id(item_id: int):
    conn = sqlite3.connect("app.db")
    return {"row": conn.execute(f"SELECT * FROM items WHERE id = {item_id}").fetchone()}  # SAFE CWE-89
`,
  ),
  ...rules(
    "CWE-79",
    "batch83: p1 aiohttp handlers: HTML text, a redirect and asyncpg SQL",
    `
from aiohttp import web


async def hello(request):
    name = request.query.get("name", "")
    return web.Response(text="<p>" + name + "</p>", content_type="text/html")  # VULN


async def hello_text(request):
    name = request.query.get("name", "")
    return web.Response(text="Hello " + name)  # SAFE


async def jump(request):
    raise web.HTTPFound(request.query["to"])  # VULN CWE-601


async def jump_home(request):
    raise web.HTTPFound(request.app.router["home"].url_for())  # SAFE CWE-601


async def user(request):
    uid = request.match_info["id"]
    async with request.app["pool"].acquire() as conn:
        row = await conn.fetchrow(f"SELECT * FROM users WHERE id = {uid}")  # VULN CWE-89
        row2 = await conn.fetchrow("SELECT * FROM users WHERE id = $1", uid)  # SAFE CWE-89
    return web.json_response({"a": dict(row), "b": dict(row2)})
`,
  ),
  ...rules(
    "CWE-79",
    "batch83: p1 Tornado handlers write request data; xsrf_cookies off",
    `
import tornado.escape
import tornado.web


class EchoHandler(tornado.web.RequestHandler):
    def get(self):
        msg = self.get_argument("msg")
        self.write("<div>" + msg + "</div>")  # VULN


class EchoEscapedHandler(tornado.web.RequestHandler):
    def get(self):
        msg = self.get_argument("msg")
        self.write("<div>" + tornado.escape.xhtml_escape(msg) + "</div>")  # SAFE


class JsonHandler(tornado.web.RequestHandler):
    def get(self):
        self.write({"msg": self.get_argument("msg")})  # SAFE


class GoHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect(self.get_argument("next"))  # VULN CWE-601


def make_app():
    return tornado.web.Application([(r"/echo", EchoHandler), (r"/go", GoHandler)], xsrf_cookies=False)  # VULN CWE-352


def make_safe_app():
    return tornado.web.Application([(r"/json", JsonHandler)], xsrf_cookies=True)  # SAFE CWE-352
`,
  ),
  ...rules(
    "CWE-79",
    "batch83: p1 Pyramid views: a Response of request data, a redirect, SQL and csrf off",
    `
from pyramid.httpexceptions import HTTPFound
from pyramid.response import Response
from pyramid.view import view_config
from sqlalchemy import text


@view_config(route_name="hello")
def hello(request):
    name = request.params.get("name", "")
    return Response("<p>Hello %s</p>" % name)  # VULN


@view_config(route_name="hello_tpl", renderer="templates/hello.jinja2")
def hello_tpl(request):
    return {"name": request.params.get("name", "")}  # SAFE


@view_config(route_name="go")
def go(request):
    return HTTPFound(location=request.params["came_from"])  # VULN CWE-601


@view_config(route_name="home_redirect")
def home_redirect(request):
    return HTTPFound(location=request.route_url("home"))  # SAFE CWE-601


@view_config(route_name="search", renderer="json")
def search(request):
    q = request.GET["q"]
    rows = request.dbsession.execute(text("SELECT id FROM page WHERE title LIKE '%" + q + "%'"))  # VULN CWE-89
    rows2 = request.dbsession.execute(text("SELECT id FROM page WHERE title LIKE :q"), {"q": f"%{q}%"})  # SAFE CWE-89
    return {"a": [r.id for r in rows], "b": [r.id for r in rows2]}


@view_config(route_name="api_delete", request_method="POST", require_csrf=False, renderer="json")  # VULN CWE-352
def api_delete(request):
    request.dbsession.execute(text("DELETE FROM page WHERE id = :id"), {"id": request.POST["id"]})
    return {"ok": True}
`,
  ),
];
