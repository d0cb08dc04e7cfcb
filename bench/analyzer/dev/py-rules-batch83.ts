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
  // ------------------------------------------------------------------ (p2) injection through libraries
  ...rules(
    "CWE-78",
    "batch83: p2 subprocess with shell=True, os.system, os.popen and pty.spawn on request data",
    `
import os
import pty
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args["host"]
    return subprocess.check_output("ping -c 1 " + host, shell=True)  # VULN


@app.route("/ping2")
def ping_list():
    host = request.args["host"]
    return subprocess.check_output(["ping", "-c", "1", host])  # SAFE


@app.route("/ping3")
def ping_quoted():
    host = request.args["host"]
    return subprocess.check_output("ping -c 1 " + shlex.quote(host), shell=True)  # SAFE


@app.route("/backup", methods=["POST"])
def backup():
    name = request.form["name"]
    os.system("tar czf /backups/%s.tgz /srv/data" % name)  # VULN
    return "started"


@app.route("/du")
def du():
    return os.popen("du -sh " + request.args.get("path", ".")).read()  # VULN


@app.route("/convert", methods=["POST"])
def convert():
    src, dst = request.form["src"], request.form["dst"]
    subprocess.Popen(f"convert {src} {dst}", shell=True).wait()  # VULN
    subprocess.run("ls -l /var/log/app", shell=True, check=True)  # SAFE
    return "ok"


@app.route("/term")
def term():
    pty.spawn(request.args["cmd"])  # VULN
    return ""


@app.route("/grep")
def grep():
    args = shlex.split("grep -rn " + request.args["pattern"] + " /srv/docs")
    return subprocess.run(args, capture_output=True, text=True).stdout  # VULN CWE-88
`,
  ),
  ...rules(
    "CWE-78",
    "batch83: p2 command lines built from argv, input() and a socket message",
    `
import asyncio
import os
import subprocess
import sys


def restart(service):
    subprocess.call("systemctl restart %s" % service, shell=True)  # VULN


def restart_fixed():
    subprocess.call("systemctl restart nginx", shell=True)  # SAFE


def main():
    target = sys.argv[1]
    os.system("nslookup " + target)  # VULN
    restart(sys.argv[2])


def interactive():
    folder = input("Folder to list: ")
    print(subprocess.getoutput("ls -la " + folder))  # VULN


async def handle(reader, writer):
    line = (await reader.readline()).decode().strip()
    proc = await asyncio.create_subprocess_shell("echo " + line)  # VULN
    proc2 = await asyncio.create_subprocess_exec("echo", line)  # SAFE
    await proc.wait()
    await proc2.wait()
    os.execvp("sh", ["sh", "-c", line])  # VULN
`,
  ),
  ...rules(
    "CWE-78",
    "batch83: p2 paramiko exec_command with a request value; host key policies",
    `
import shlex

import paramiko
from flask import Flask, request

app = Flask(__name__)


def client():
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # VULN CWE-295
    ssh.connect("deploy.internal", username="deploy", key_filename="/etc/deploy/id_ed25519")
    return ssh


def strict_client():
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())  # SAFE CWE-295
    ssh.connect("deploy.internal", username="deploy", key_filename="/etc/deploy/id_ed25519")
    return ssh


@app.route("/restart", methods=["POST"])
def restart():
    service = request.form["service"]
    ssh = strict_client()
    ssh.exec_command("sudo systemctl restart " + service)  # VULN
    ssh.exec_command("sudo systemctl restart " + shlex.quote(service))  # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-89",
    "batch83: p2 SQLAlchemy text(), engine.execute and filter(text()) on request data",
    `
import os

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from .models import User

app = Flask(__name__)
engine = create_engine(os.environ["DATABASE_URL"])


@app.route("/users/by-name")
def by_name():
    name = request.args["name"]
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT id FROM users WHERE name = '{name}'")).fetchall()  # VULN
        rows2 = conn.execute(text("SELECT id FROM users WHERE name = :name"), {"name": name}).fetchall()  # SAFE
    return jsonify([r.id for r in rows] + [r.id for r in rows2])


@app.route("/users/legacy")
def legacy():
    uid = request.args["id"]
    return jsonify([dict(r) for r in engine.execute("SELECT * FROM users WHERE id = %s" % uid)])  # VULN


@app.route("/users/filter")
def filtered():
    name = request.args["name"]
    with Session(engine) as s:
        a = s.query(User).filter(text("name = '%s'" % name)).all()  # VULN
        b = s.query(User).filter(User.name == name).all()  # SAFE
        c = s.query(User).filter(text("name = :n")).params(n=name).all()  # SAFE
    return jsonify(len(a) + len(b) + len(c))


@app.route("/users/sorted")
def sorted_users():
    order = request.args.get("order", "name")
    with Session(engine) as s:
        rows = s.execute(text("SELECT id FROM users ORDER BY " + order)).all()  # VULN
        col = order if order in ("name", "created") else "name"
        rows2 = s.execute(text("SELECT id FROM users ORDER BY " + col)).all()  # SAFE
    return jsonify(len(rows) + len(rows2))
`,
  ),
  ...rules(
    "CWE-89",
    "batch83: p2 psycopg2 cursors: formatted strings versus parameters and sql.SQL composition",
    `
import psycopg2
from flask import Flask, g, jsonify, request
from psycopg2 import sql

app = Flask(__name__)


def db():
    if "db" not in g:
        g.db = psycopg2.connect(dsn=app.config["DSN"])
    return g.db


@app.route("/table/<table>/<int:row_id>")
def get_row(table, row_id):
    cur = db().cursor()
    cur.execute("SELECT * FROM %s WHERE id = %%s" % table, (row_id,))  # VULN
    a = cur.fetchone()
    cur.execute(sql.SQL("SELECT * FROM {} WHERE id = %s").format(sql.Identifier(table)), (row_id,))  # SAFE
    return jsonify(a=a, b=cur.fetchone())


@app.route("/account")
def account():
    email = request.args["email"]
    cur = db().cursor()
    cur.execute("SELECT id FROM accounts WHERE email = %s", (email,))  # SAFE
    cur.execute("SELECT id FROM accounts WHERE email = '" + email + "'")  # VULN
    cur.execute("SELECT id FROM accounts WHERE email = '{}'".format(email))  # VULN
    cur.execute(sql.SQL("SELECT id FROM accounts WHERE email = '" + email + "'"))  # VULN
    cur.execute(sql.SQL("SELECT id FROM accounts WHERE email = {}").format(sql.Literal(email)))  # SAFE
    return jsonify(cur.fetchall())


@app.route("/bulk", methods=["POST"])
def bulk():
    ids = [int(x) for x in request.json["ids"]]
    cur = db().cursor()
    cur.execute("DELETE FROM accounts WHERE id IN (%s)" % ",".join(str(i) for i in ids))  # SAFE
    cur.executemany("UPDATE accounts SET seen = true WHERE id = %s", [(i,) for i in ids])  # SAFE
    return jsonify(ok=True)
`,
  ),
  ...rules(
    "CWE-943",
    "batch83: p2 pymongo $where and operator injection from a JSON body",
    `
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/users/find")
def find():
    name = request.args["name"]
    a = list(users.find({"$where": "this.name == '" + name + "'"}))  # VULN
    b = list(users.find({"name": name}))  # SAFE
    return jsonify(len(a) + len(b))


@app.route("/users/older")
def older():
    age = int(request.args["age"])
    return jsonify(len(list(users.find({"$where": f"this.age > {age}"}))))  # SAFE


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    user = users.find_one({"user": body["user"], "password": body["password"]})  # VULN
    user2 = users.find_one({"user": str(body["user"]), "password": str(body["password"])})  # SAFE
    return jsonify(ok=bool(user or user2))
`,
  ),
  ...rules(
    "CWE-90",
    "batch83: p2 ldap3 and python-ldap search filters built from request data",
    `
import ldap
import ldap.filter
from flask import Flask, jsonify, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


@app.route("/people")
def people():
    username = request.args["u"]
    conn = Connection(Server("ldap://ldap.internal"), auto_bind=True)
    conn.search(BASE, "(uid=" + username + ")", attributes=["cn"])  # VULN
    conn.search(BASE, "(uid=%s)" % escape_filter_chars(username), attributes=["cn"])  # SAFE
    return jsonify([e.entry_to_json() for e in conn.entries])


@app.route("/mail")
def mail():
    email = request.args["email"]
    l = ldap.initialize("ldap://ldap.internal")
    a = l.search_s(BASE, ldap.SCOPE_SUBTREE, "(mail=%s)" % email)  # VULN
    b = l.search_s(BASE, ldap.SCOPE_SUBTREE, ldap.filter.filter_format("(mail=%s)", [email]))  # SAFE
    return jsonify(len(a) + len(b))
`,
  ),
  ...rules(
    "CWE-643",
    "batch83: p2 lxml and ElementTree XPath built from request data; a variable-bound twin",
    `
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
tree = etree.parse("/srv/data/users.xml")


@app.route("/user")
def user():
    name = request.args["name"]
    a = tree.xpath("//user[name='" + name + "']/email/text()")  # VULN
    b = tree.xpath("//user[name=$n]/email/text()", n=name)  # SAFE
    c = tree.getroot().find(".//user[@id='%s']" % request.args["id"])  # VULN
    return jsonify(a=a, b=b, c=c is not None)
`,
  ),
  ...rules(
    "CWE-79",
    "batch83: p2 jinja2 Environment without autoescaping; Template from request source",
    `
import jinja2
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Flask(__name__)

env_off = Environment(loader=FileSystemLoader("templates"), autoescape=False)  # VULN
env_default = Environment(loader=FileSystemLoader("templates"))  # VULN
env_on = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))  # SAFE
env_all = Environment(loader=FileSystemLoader("templates"), autoescape=True)  # SAFE


@app.route("/preview", methods=["POST"])
def preview():
    return jinja2.Template(request.form["body"]).render(user="guest")  # VULN CWE-1336


@app.route("/card")
def card():
    return env_on.get_template("card.html").render(name=request.args.get("name", ""))  # SAFE
`,
  ),
  ...rules(
    "CWE-95",
    "batch83: p2 eval, exec and compile on request data; literal_eval and constant twins",
    `
import ast

from django.http import JsonResponse


def calc(request):
    expr = request.GET["expr"]
    return JsonResponse({"v": eval(expr)})  # VULN


def calc_literal(request):
    expr = request.GET["expr"]
    return JsonResponse({"v": ast.literal_eval(expr)})  # SAFE


def run_snippet(request):
    src = request.POST["code"]
    code = compile(src, "<snippet>", "exec")  # VULN CWE-94
    scope = {}
    exec(code, scope)  # VULN CWE-94
    return JsonResponse({"keys": list(scope)})


def defaults(request):
    settings = eval("{'page': 1, 'size': 20}")  # SAFE
    exec("import json")  # SAFE CWE-94
    return JsonResponse(settings)


def apply_filter(request):
    field = request.GET["field"]
    value = eval("lambda row: row['%s']" % field)  # VULN
    return JsonResponse({"ok": callable(value)})
`,
  ),
  ...rules(
    "CWE-502",
    "batch83: p2 pickle, marshal, dill, jsonpickle, shelve and YAML on request data",
    `
import json
import marshal
import pickle
import shelve

import dill
import jsonpickle
import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/state", methods=["POST"])
def state():
    a = pickle.loads(request.data)  # VULN
    b = json.loads(request.data)  # SAFE
    return jsonify(ok=bool(a) and bool(b))


@app.route("/code", methods=["POST"])
def code_obj():
    return jsonify(name=marshal.loads(request.get_data()).co_name)  # VULN


@app.route("/dill", methods=["POST"])
def dill_in():
    return jsonify(repr(dill.loads(request.files["obj"].read())))  # VULN


@app.route("/jp", methods=["POST"])
def jp():
    return jsonify(repr(jsonpickle.decode(request.get_data(as_text=True))))  # VULN


@app.route("/shelf")
def shelf():
    with shelve.open("/srv/shelves/" + request.args["name"]) as db:  # VULN CWE-22
        return jsonify(list(db.keys()))


@app.route("/config", methods=["POST"])
def config():
    body = request.get_data(as_text=True)
    a = yaml.load(body, Loader=yaml.Loader)  # VULN
    b = yaml.load(body, Loader=yaml.SafeLoader)  # SAFE
    c = yaml.safe_load(body)  # SAFE
    d = yaml.unsafe_load(body)  # VULN
    e = yaml.load(body, Loader=yaml.FullLoader)  # VULN
    return jsonify(a=a, b=b, c=c, d=d, e=e)


@app.route("/pickle-file")
def pickle_file():
    with open("/srv/uploads/" + request.args["f"], "rb") as fh:
        return jsonify(repr(pickle.load(fh)))  # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch83: p2 model and array loaders on uploaded files: torch.load, numpy.load, pandas.read_pickle",
    `
import numpy as np
import pandas as pd
import torch
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/model")
async def model(file: UploadFile):
    path = f"/tmp/uploads/{file.filename}.pt"
    with open(path, "wb") as out:
        out.write(await file.read())
    m = torch.load(path)  # VULN
    w = torch.load(path, weights_only=True)  # SAFE
    return {"a": len(m), "b": len(w)}


@app.post("/array")
async def array(file: UploadFile):
    a = np.load(file.file, allow_pickle=True)  # VULN
    b = np.load(file.file)  # SAFE
    return {"a": a.shape, "b": b.shape}


@app.post("/frame")
async def frame(file: UploadFile):
    df = pd.read_pickle(file.file)  # VULN
    df2 = pd.read_csv(file.file)  # SAFE
    return {"rows": len(df) + len(df2)}
`,
  ),
  // ------------------------------------------------------------------ (p3) crypto and secrets
  ...rules(
    "CWE-328",
    "batch83: p3 hashlib md5/sha1 for passwords and tokens; usedforsecurity=False and sha256 twins",
    `
import hashlib
import os


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()  # VULN


def hash_password_salted(password: str) -> str:
    salt = os.urandom(16)
    return hashlib.sha1(salt + password.encode()).hexdigest()  # VULN


def api_key_digest(key: str) -> str:
    h = hashlib.new("md5")  # VULN
    h.update(key.encode())
    return h.hexdigest()


def etag(body: bytes) -> str:
    return hashlib.md5(body, usedforsecurity=False).hexdigest()  # SAFE


def cache_key(url: str) -> str:
    return hashlib.sha1(url.encode(), usedforsecurity=False).hexdigest()  # SAFE


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()  # SAFE


def strong_new(data: bytes) -> str:
    return hashlib.new("sha512", data).hexdigest()  # SAFE


def derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)  # SAFE
`,
  ),
  ...rules(
    "CWE-338",
    "batch83: p3 random for reset tokens, OTPs and session ids; secrets and SystemRandom twins",
    `
import random
import secrets
import string
import uuid

ALPHABET = string.ascii_letters + string.digits


def reset_token() -> str:
    return "".join(random.choice(ALPHABET) for _ in range(32))  # VULN


def reset_token_ok() -> str:
    return secrets.token_urlsafe(32)  # SAFE


def otp() -> str:
    return str(random.randint(100000, 999999))  # VULN


def otp_ok() -> str:
    return str(secrets.randbelow(900000) + 100000)  # SAFE


def session_id() -> str:
    return "%032x" % random.getrandbits(128)  # VULN


def api_key() -> str:
    rng = random.SystemRandom()
    return "".join(rng.choice(ALPHABET) for _ in range(40))  # SAFE


def shuffle_playlist(tracks: list) -> list:
    random.shuffle(tracks)  # SAFE
    return tracks


def jitter(base: float) -> float:
    return base * (1 + random.random() / 10)  # SAFE


def invite_code() -> str:
    return uuid.uuid4().hex  # SAFE
`,
  ),
  ...rules(
    "CWE-327",
    "batch83: p3 pycryptodome DES, ARC4, Blowfish, ECB and static IVs",
    `
from Crypto.Cipher import AES, ARC4, DES, DES3, Blowfish
from Crypto.PublicKey import RSA
from Crypto.Random import get_random_bytes

STATIC_IV = b"0123456789abcdef"


def enc_des(key: bytes, data: bytes) -> bytes:
    return DES.new(key, DES.MODE_CBC, iv=get_random_bytes(8)).encrypt(data)  # VULN


def enc_3des(key: bytes, data: bytes) -> bytes:
    return DES3.new(key, DES3.MODE_EAX).encrypt(data)  # VULN


def enc_rc4(key: bytes, data: bytes) -> bytes:
    return ARC4.new(key).encrypt(data)  # VULN


def enc_blowfish(key: bytes, data: bytes) -> bytes:
    return Blowfish.new(key, Blowfish.MODE_ECB).encrypt(data)  # VULN


def enc_ecb(key: bytes, data: bytes) -> bytes:
    return AES.new(key, AES.MODE_ECB).encrypt(data)  # VULN


def enc_gcm(key: bytes, data: bytes):
    cipher = AES.new(key, AES.MODE_GCM)  # SAFE
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce, ct, tag


def enc_cbc_static(key: bytes, data: bytes) -> bytes:
    return AES.new(key, AES.MODE_CBC, STATIC_IV).encrypt(data)  # VULN CWE-329


def enc_cbc_zero(key: bytes, data: bytes) -> bytes:
    return AES.new(key, AES.MODE_CBC, iv=b"\\x00" * 16).encrypt(data)  # VULN CWE-329


def enc_cbc_random(key: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(16)
    return iv + AES.new(key, AES.MODE_CBC, iv=iv).encrypt(data)  # SAFE CWE-329


def keys():
    weak = RSA.generate(1024)  # VULN CWE-326
    ok = RSA.generate(3072)  # SAFE CWE-326
    return weak, ok
`,
  ),
  ...rules(
    "CWE-327",
    "batch83: p3 cryptography hazmat: ECB, 3DES, ARC4, SHA-1 signatures and short keys",
    `
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def ecb(key: bytes) -> Cipher:
    return Cipher(algorithms.AES(key), modes.ECB())  # VULN


def gcm(key: bytes) -> Cipher:
    return Cipher(algorithms.AES(key), modes.GCM(os.urandom(12)))  # SAFE


def tdes(key: bytes) -> Cipher:
    return Cipher(algorithms.TripleDES(key), modes.CBC(os.urandom(8)))  # VULN


def rc4(key: bytes) -> Cipher:
    return Cipher(algorithms.ARC4(key), mode=None)  # VULN


def cbc_fixed_iv(key: bytes) -> Cipher:
    return Cipher(algorithms.AES(key), modes.CBC(b"\\x01" * 16))  # VULN CWE-329


def sign_sha1(private_key, data: bytes) -> bytes:
    return private_key.sign(data, padding.PKCS1v15(), hashes.SHA1())  # VULN


def sign_sha256(private_key, data: bytes) -> bytes:
    return private_key.sign(data, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32), hashes.SHA256())  # SAFE


def new_keys():
    a = rsa.generate_private_key(public_exponent=65537, key_size=1024)  # VULN CWE-326
    b = rsa.generate_private_key(public_exponent=65537, key_size=3072)  # SAFE CWE-326
    c = dsa.generate_private_key(key_size=1024)  # VULN CWE-326
    return a, b, c
`,
  ),
  ...rules(
    "CWE-295",
    "batch83: p3 ssl contexts: old protocols, CERT_NONE, check_hostname off, unverified context",
    `
import socket
import ssl


def legacy_ctx():
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # VULN CWE-327


def client_ctx():
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # SAFE CWE-327


def insecure_ctx():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # VULN
    ctx.verify_mode = ssl.CERT_NONE  # VULN
    return ctx


def unverified():
    return ssl._create_unverified_context()  # VULN


def default_ctx():
    ctx = ssl.create_default_context()  # SAFE
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2  # SAFE CWE-327
    return ctx


def old_min():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # VULN CWE-327
    return ctx


def server_ctx():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.verify_mode = ssl.CERT_NONE  # SAFE
    ctx.load_cert_chain("/etc/ssl/server.pem", "/etc/ssl/server.key")
    return ctx


def fetch_banner(host: str) -> bytes:
    with socket.create_connection((host, 443), timeout=5) as sock:
        with unverified().wrap_socket(sock, server_hostname=host) as tls:
            return tls.recv(100)
`,
  ),
  ...rules(
    "CWE-295",
    "batch83: p3 HTTP clients with certificate checks off",
    `
import httpx
import requests
import urllib3


def status(url: str) -> int:
    return requests.get(url, verify=False, timeout=5).status_code  # VULN


def status_internal(url: str) -> int:
    return requests.get(url, verify="/etc/ssl/certs/internal-ca.pem", timeout=5).status_code  # SAFE


def session():
    s = requests.Session()
    s.verify = False  # VULN
    return s


def client():
    return httpx.Client(verify=False, timeout=10)  # VULN


def pool():
    return urllib3.PoolManager(cert_reqs="CERT_NONE")  # VULN


def pool_ok():
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca-certificates.crt")  # SAFE


async def aclient():
    async with httpx.AsyncClient(verify=True) as c:  # SAFE
        return (await c.get("https://api.example.com/health")).status_code
`,
  ),
  ...rules(
    "CWE-798",
    "batch83: p3 hard-coded passwords in connect and login calls; environment and prompt twins",
    `
import getpass
import os
import smtplib

import psycopg2
import pymysql
import redis


def pg():
    return psycopg2.connect(host="db", dbname="shop", user="app", password="Sup3rS3cret!")  # VULN


def pg_env():
    return psycopg2.connect(host="db", dbname="shop", user="app", password=os.environ["DB_PASSWORD"])  # SAFE


def mysql():
    return pymysql.connect(host="localhost", user="root", passwd="toor", db="shop")  # VULN


def cache():
    return redis.Redis(host="cache", port=6379, password="r3d1s-pass")  # VULN


def cache_env():
    return redis.Redis(host="cache", port=6379, password=os.getenv("REDIS_PASSWORD"))  # SAFE


def mail(user: str):
    s = smtplib.SMTP_SSL("smtp.example.com", 465)
    s.login("alerts@example.com", "hunter2hunter2")  # VULN
    s.login(user, getpass.getpass("SMTP password: "))  # SAFE
    return s


def local_dev():
    return pymysql.connect(host="localhost", user="app", password="", db="test")  # SAFE
`,
  ),
  ...rules(
    "CWE-347",
    "batch83: p3 PyJWT and python-jose decoding without verification or with the none algorithm",
    `
import jwt
from flask import Flask, jsonify, request
from jose import jwt as jose_jwt

app = Flask(__name__)
KEY = app.config.get("JWT_KEY")


def bearer():
    return request.headers.get("Authorization", "").removeprefix("Bearer ")


@app.route("/me")
def me():
    claims = jwt.decode(bearer(), options={"verify_signature": False})  # VULN
    return jsonify(claims)


@app.route("/me2")
def me2():
    claims = jwt.decode(bearer(), KEY, algorithms=["HS256"])  # SAFE
    return jsonify(claims)


@app.route("/me3")
def me3():
    claims = jwt.decode(bearer(), KEY, verify=False)  # VULN
    return jsonify(claims)


@app.route("/me4")
def me4():
    claims = jwt.decode(bearer(), KEY, algorithms=["HS256", "none"])  # VULN
    return jsonify(claims)


@app.route("/me5")
def me5():
    claims = jose_jwt.decode(bearer(), KEY, options={"verify_signature": False})  # VULN
    return jsonify(claims)


@app.route("/peek")
def peek():
    header = jwt.get_unverified_header(bearer())  # SAFE
    return jsonify(kid=header.get("kid"))


def issue(sub: str) -> str:
    return jwt.encode({"sub": sub}, None, algorithm="none")  # VULN
`,
  ),
  // ------------------------------------------------------------------ (p4) files and network
  ...rules(
    "CWE-377",
    "batch83: p4 tempfile.mktemp versus mkstemp/NamedTemporaryFile; chmod modes",
    `
import os
import stat
import tempfile


def export_csv(rows):
    path = tempfile.mktemp(suffix=".csv")  # VULN
    with open(path, "w") as fh:
        fh.writelines(rows)
    return path


def export_csv_ok(rows):
    fd, path = tempfile.mkstemp(suffix=".csv")  # SAFE
    with os.fdopen(fd, "w") as fh:
        fh.writelines(rows)
    return path


def export_named(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh:  # SAFE
        fh.writelines(rows)
        return fh.name


def publish(path):
    os.chmod(path, 0o777)  # VULN CWE-732
    os.chmod(path, 0o600)  # SAFE CWE-732
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXO)  # VULN CWE-732
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)  # SAFE CWE-732


def make_socket_dir(d):
    os.makedirs(d, exist_ok=True)
    os.chmod(d, 0o755)  # SAFE CWE-732
    with open(os.path.join(d, "pid"), "w") as fh:
        fh.write(str(os.getpid()))
    os.chmod(os.path.join(d, "pid"), 0o666)  # VULN CWE-732
`,
  ),
  ...rules(
    "CWE-22",
    "batch83: p4 tarfile and zipfile extraction of uploads; the data filter twin",
    `
import shutil
import tarfile
import zipfile

from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_tar():
    upload = request.files["archive"]
    with tarfile.open(fileobj=upload.stream, mode="r:gz") as tar:
        tar.extractall("/srv/imports")  # VULN
    return "ok"


@app.route("/import2", methods=["POST"])
def import_tar_filtered():
    upload = request.files["archive"]
    with tarfile.open(fileobj=upload.stream, mode="r:gz") as tar:
        tar.extractall("/srv/imports", filter="data")  # SAFE
    return "ok"


@app.route("/import3", methods=["POST"])
def import_member():
    upload = request.files["archive"]
    with tarfile.open(fileobj=upload.stream) as tar:
        for member in tar.getmembers():
            tar.extract(member, "/srv/imports")  # VULN
    return "ok"


@app.route("/import4", methods=["POST"])
def import_unpack():
    path = "/tmp/" + request.files["archive"].filename
    shutil.unpack_archive(path, "/srv/imports")  # VULN
    return "ok"


@app.route("/import5", methods=["POST"])
def import_zip():
    with zipfile.ZipFile(request.files["archive"].stream) as zf:
        zf.extractall("/srv/imports")  # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-22",
    "batch83: p4 open() and save() on request file names; basename and secure_filename twins",
    `
import os
from pathlib import Path

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
DOCS = "/srv/docs"
UPLOADS = Path("/srv/uploads")


@app.route("/read")
def read():
    name = request.args["name"]
    with open(os.path.join(DOCS, name)) as fh:  # VULN
        return fh.read()


@app.route("/read2")
def read_basename():
    name = os.path.basename(request.args["name"])
    with open(os.path.join(DOCS, name)) as fh:  # SAFE
        return fh.read()


@app.route("/read3")
def read_checked():
    path = os.path.realpath(os.path.join(DOCS, request.args["name"]))
    if not path.startswith(DOCS + os.sep):
        abort(403)
    with open(path) as fh:  # SAFE
        return fh.read()


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    f.save(os.path.join(UPLOADS, f.filename))  # VULN
    f.save(os.path.join(UPLOADS, secure_filename(f.filename)))  # SAFE
    return "ok"


@app.route("/notes/<user>")
def notes(user):
    return (UPLOADS / user / "notes.txt").read_text()  # VULN


@app.route("/delete", methods=["POST"])
def delete():
    os.remove("/srv/cache/" + request.form["key"])  # VULN
    return "ok"
`,
  ),
  ...rules(
    "CWE-918",
    "batch83: p4 SSRF through requests, urllib, httpx and aiohttp with request URLs; allow-listed twins",
    `
import urllib.request
from urllib.parse import quote, urlparse

import aiohttp
import httpx
import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_HOSTS = {"api.partner.com", "cdn.partner.com"}


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    return requests.get(url, timeout=5).text  # VULN


@app.route("/fetch2")
def fetch_allowed():
    url = request.args["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        abort(400)
    return requests.get(url, timeout=5).text  # SAFE


@app.route("/avatar")
def avatar():
    user = request.args["user"]
    return requests.get("https://avatars.example.com/u/" + quote(user, safe=""), timeout=5).content  # SAFE


@app.route("/feed")
def feed():
    return urllib.request.urlopen(request.args["feed"], timeout=10).read()  # VULN


@app.route("/status")
def status():
    host = request.args["host"]
    return httpx.get(f"http://{host}/status", timeout=5).text  # VULN


@app.route("/hook", methods=["POST"])
def hook():
    target = request.get_json()["callback_url"]
    requests.post(target, json={"ok": True}, timeout=5)  # VULN
    return "ok"


async def proxy(request):
    async with aiohttp.ClientSession() as s:
        async with s.get(request.query["url"]) as r:  # VULN
            return await r.text()
`,
  ),
  ...rules(
    "CWE-319",
    "batch83: p4 cleartext protocols: FTP, telnet, http:// logins and SMTP without TLS",
    `
import ftplib
import smtplib
import telnetlib

import requests


def upload_report(path, user, pw):
    ftp = ftplib.FTP("ftp.example.com")  # VULN
    ftp.login(user, pw)
    with open(path, "rb") as fh:
        ftp.storbinary("STOR report.csv", fh)


def upload_report_tls(path, user, pw):
    ftp = ftplib.FTP_TLS("ftp.example.com")  # SAFE
    ftp.login(user, pw)
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary("STOR report.csv", fh)


def switch_config(cmd):
    tn = telnetlib.Telnet("10.0.0.5", 23)  # VULN
    tn.write(cmd.encode() + b"\\n")
    return tn.read_all()


def login(user, pw):
    r = requests.post("http://auth.example.com/login", data={"user": user, "password": pw}, timeout=5)  # VULN
    r2 = requests.post("https://auth.example.com/login", data={"user": user, "password": pw}, timeout=5)  # SAFE
    return r.ok and r2.ok


def health():
    return requests.get("http://localhost:8080/health", timeout=2).ok  # SAFE


def send_alert(user, pw, msg):
    s = smtplib.SMTP("mail.example.com", 587)
    s.starttls()
    s.login(user, pw)  # SAFE
    s.sendmail(user, ["ops@example.com"], msg)
`,
  ),
  ...rules(
    "CWE-605",
    "batch83: p4 sockets and servers bound to every interface; loopback twins",
    `
import socket
import socketserver
from http.server import HTTPServer, SimpleHTTPRequestHandler


def serve():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("0.0.0.0", 9000))  # VULN
    sock.listen()
    return sock


def serve_local():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 9000))  # SAFE
    sock.listen()
    return sock


def serve_any():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("", 9001))  # VULN
    return sock


def files():
    HTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()  # VULN


def echo():
    socketserver.TCPServer(("localhost", 7000), socketserver.StreamRequestHandler).serve_forever()  # SAFE
`,
  ),
  ...rules(
    "CWE-611",
    "batch83: p4 XML parsers with external entities on; defusedxml and hardened twins",
    `
import xml.sax
from xml.sax.handler import feature_external_ges

import defusedxml.ElementTree as DET
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_xml():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # VULN
    root = etree.fromstring(request.data, parser)
    return root.tag


@app.route("/import2", methods=["POST"])
def import_xml_hardened():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)  # SAFE
    root = etree.fromstring(request.data, parser)
    return root.tag


@app.route("/import3", methods=["POST"])
def import_defused():
    return DET.fromstring(request.data).tag  # SAFE


class Handler(xml.sax.ContentHandler):
    pass


@app.route("/import4", methods=["POST"])
def import_sax():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)  # VULN
    parser.setContentHandler(Handler())
    parser.parse(request.files["doc"].stream)
    return "ok"


@app.route("/import5", methods=["POST"])
def import_xslt():
    doc = etree.fromstring(request.data, etree.XMLParser(load_dtd=True, resolve_entities=True))  # VULN
    return doc.tag
`,
  ),
  ...rules(
    "CWE-400",
    "batch83: p4 HTTP calls without a timeout; timeout twins",
    `
import urllib.request

import requests


def rates():
    return requests.get("https://api.example.com/rates").json()  # VULN


def rates_ok():
    return requests.get("https://api.example.com/rates", timeout=10).json()  # SAFE


def push(payload):
    return requests.post("https://hooks.example.com/in", json=payload).status_code  # VULN


def push_ok(payload):
    return requests.post("https://hooks.example.com/in", json=payload, timeout=(3, 10)).status_code  # SAFE


def rates_urllib():
    with urllib.request.urlopen("https://api.example.com/rates", timeout=10) as r:  # SAFE
        return r.read()
`,
  ),
  // ------------------------------------------------------------------ (p5) misc
  ...rules(
    "CWE-703",
    "batch83: p5 assert used as the access check of a view; raise twins and an internal invariant",
    `
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse

from .models import Invoice


def delete_invoice(request, pk):
    assert request.user.is_staff, "staff only"  # VULN
    Invoice.objects.filter(pk=pk).delete()
    return JsonResponse({"ok": True})


def delete_invoice_ok(request, pk):
    if not request.user.is_staff:  # SAFE
        raise PermissionDenied
    Invoice.objects.filter(pk=pk).delete()
    return JsonResponse({"ok": True})


def show_invoice(request, pk):
    invoice = Invoice.objects.get(pk=pk)
    assert invoice.owner_id == request.user.id  # VULN
    return JsonResponse({"total": invoice.total})


def _split_cents(total: int, parts: int) -> list:
    assert parts > 0  # SAFE
    base, rest = divmod(total, parts)
    return [base + (1 if i < rest else 0) for i in range(parts)]
`,
  ),
  ...rules(
    "CWE-532",
    "batch83: p5 logging secrets: passwords, tokens and keys in log lines; redacted twins",
    `
import logging

import requests

log = logging.getLogger("billing")


def charge(card_number: str, cvv: str, api_key: str, amount: int):
    log.info("charging card %s cvv %s", card_number, cvv)  # VULN
    log.info("charging card ending %s", card_number[-4:])  # SAFE
    log.debug("using api key %s", api_key)  # VULN
    log.debug("using api key %s...", api_key[:4])  # SAFE
    r = requests.post("https://pay.example.com/charge", json={"amount": amount}, headers={"Authorization": api_key}, timeout=10)
    log.info("charge status %s", r.status_code)  # SAFE
    return r.ok


def connect(user: str, password: str):
    logging.info(f"connecting as {user} with password {password}")  # VULN
    logging.info(f"connecting as {user}")  # SAFE
`,
  ),
  ...rules(
    "CWE-117",
    "batch83: p5 log injection: request data in log lines; repr and newline-stripped twins",
    `
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    logger.info("search: " + q)  # VULN
    logger.info("search: %r", q)  # SAFE
    logger.info("search: %s", q.replace("\\r", "\\\\r").replace("\\n", "\\\\n"))  # SAFE
    return "ok"


@app.route("/login", methods=["POST"])
def login():
    logger.warning("failed login for %s", request.form["username"])  # VULN
    logger.warning(f"failed login from {request.remote_addr}")  # SAFE
    return "no", 401
`,
  ),
  ...rules(
    "CWE-400",
    "batch83: p5 regular expressions compiled from request data; escaped and fixed twins",
    `
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
WORDS = open("/usr/share/dict/words").read().splitlines()
USERNAME = re.compile(r"^[a-z0-9_]{3,32}$")


@app.route("/grep")
def grep():
    pattern = re.compile(request.args["pattern"])  # VULN
    return jsonify([w for w in WORDS if pattern.search(w)])


@app.route("/find")
def find():
    needle = re.escape(request.args["q"])
    return jsonify([w for w in WORDS if re.search(needle, w)])  # SAFE


@app.route("/check")
def check():
    return jsonify(ok=bool(USERNAME.match(request.args["u"])))  # SAFE


@app.route("/filter")
def filter_words():
    return jsonify([w for w in WORDS if re.match(request.args["re"], w)])  # VULN
`,
  ),
  ...rules(
    "CWE-134",
    "batch83: p5 str.format with a request-supplied format string over live objects",
    `
import string

from flask import Flask, request
from flask_login import current_user

app = Flask(__name__)
CONFIG = {"secret_key": app.secret_key}


@app.route("/greet")
def greet():
    fmt = request.args.get("fmt", "Hello {user.name}")
    return fmt.format(user=current_user, config=CONFIG)  # VULN


@app.route("/greet2")
def greet_fixed():
    return "Hello {}".format(request.args["name"])  # SAFE CWE-134


@app.route("/greet3")
def greet_template():
    tpl = string.Template(request.args.get("tpl", "Hello $name"))
    return tpl.safe_substitute(name=current_user.name)  # SAFE CWE-134


def render_line(user_fmt, order):
    return user_fmt.format(order)  # VULN
`,
  ),
  ...rules(
    "CWE-470",
    "batch83: p5 importlib.import_module and __import__ on request data; allow-listed twin",
    `
import importlib

from flask import Flask, abort, request

app = Flask(__name__)
PLUGINS = {"csv": "exporters.csv_export", "xlsx": "exporters.xlsx_export"}


@app.route("/export")
def export():
    mod = importlib.import_module(request.args["plugin"])  # VULN
    return mod.run()


@app.route("/export2")
def export_allowed():
    name = PLUGINS.get(request.args["plugin"])
    if name is None:
        abort(404)
    return importlib.import_module(name).run()  # SAFE


@app.route("/codec")
def codec():
    return __import__(request.args["m"]).__name__  # VULN


@app.route("/action")
def action():
    handler = getattr(__import__("actions"), request.args["fn"])  # VULN
    return handler()
`,
  ),
  ...rules(
    "CWE-915",
    "batch83: p5 mass assignment: setattr over request items, __dict__.update, **request data",
    `
from django.http import JsonResponse
from flask import Flask, jsonify, request

from .models import Profile, User, db

app = Flask(__name__)
EDITABLE = ("display_name", "bio")


@app.route("/profile", methods=["POST"])
def update_profile():
    user = User.query.get_or_404(request.args["id"])
    for key, value in request.get_json().items():
        setattr(user, key, value)  # VULN
    db.session.commit()
    return jsonify(ok=True)


@app.route("/profile2", methods=["POST"])
def update_profile_allowed():
    user = User.query.get_or_404(request.args["id"])
    data = request.get_json()
    for key in EDITABLE:
        if key in data:
            setattr(user, key, data[key])  # SAFE
    db.session.commit()
    return jsonify(ok=True)


@app.route("/profile3", methods=["POST"])
def update_profile_dict():
    user = User.query.get_or_404(request.args["id"])
    user.__dict__.update(request.form.to_dict())  # VULN
    db.session.commit()
    return jsonify(ok=True)


@app.route("/signup", methods=["POST"])
def signup():
    user = User(**request.get_json())  # VULN
    db.session.add(user)
    db.session.commit()
    return jsonify(id=user.id)


def django_update(request, pk):
    Profile.objects.filter(pk=pk).update(**request.POST.dict())  # VULN
    return JsonResponse({"ok": True})
`,
  ),
  ...rules(
    "CWE-601",
    "batch83: p5 bypassable redirect checks (prefix, substring, suffix) and sound twins",
    `
from urllib.parse import urlparse

from flask import Flask, redirect, request, url_for

app = Flask(__name__)
SAFE_PATHS = {"/", "/account", "/orders"}
HOSTS = {"example.com", "www.example.com"}


@app.route("/r1")
def r1():
    nxt = request.args.get("next", "/")
    if nxt.startswith("/"):
        return redirect(nxt)  # VULN
    return redirect("/")


@app.route("/r2")
def r2():
    nxt = request.args.get("next", "/")
    if "example.com" in nxt:
        return redirect(nxt)  # VULN
    return redirect("/")


@app.route("/r3")
def r3():
    nxt = request.args.get("next", "/")
    if urlparse(nxt).netloc.endswith("example.com"):
        return redirect(nxt)  # VULN
    return redirect("/")


@app.route("/r4")
def r4():
    nxt = request.args.get("next", "/")
    if nxt in SAFE_PATHS:
        return redirect(nxt)  # SAFE
    return redirect("/")


@app.route("/r5")
def r5():
    nxt = request.args.get("next", "/")
    if urlparse(nxt).netloc in HOSTS:
        return redirect(nxt)  # SAFE
    return redirect(url_for("index"))  # SAFE


@app.route("/r6")
def r6():
    nxt = request.args.get("next", "/")
    if nxt.startswith("https://example.com"):
        return redirect(nxt)  # VULN
    return redirect("/")
`,
  ),
  // ------------------------------------------------------------------ (p6) less common APIs (written blind too)
  ...rules(
    "CWE-1336",
    "batch83: p6 template engines compiling request text: Django Template, jinja2 from_string, Mako",
    `
from django.http import HttpResponse
from django.template import Context, Engine, Template
from jinja2 import Environment
from mako.template import Template as MakoTemplate

jinja = Environment(autoescape=True)


def preview(request):
    tpl = Template(request.POST["body"])  # VULN
    return HttpResponse(tpl.render(Context({"user": request.user})))


def preview_fixed(request):
    tpl = Engine.get_default().get_template("preview.html")  # SAFE
    return HttpResponse(tpl.render(Context({"body": request.POST["body"]})))


def jinja_preview(request):
    return HttpResponse(jinja.from_string(request.POST["body"]).render())  # VULN


def jinja_fixed(request):
    return HttpResponse(jinja.from_string("<p>{{ body }}</p>").render(body=request.POST["body"]))  # SAFE


def mako_preview(request):
    return HttpResponse(MakoTemplate(request.GET["t"]).render())  # VULN
`,
  ),
  ...rules(
    "CWE-79",
    "batch83: p6 Flask Response/make_response with HTML from request data; JSON twin",
    `
from flask import Flask, Response, jsonify, make_response, request

app = Flask(__name__)


@app.route("/a")
def a():
    return Response("<p>" + request.args["msg"] + "</p>", mimetype="text/html")  # VULN


@app.route("/b")
def b():
    return make_response(f"<p>{request.args['msg']}</p>", 200)  # VULN


@app.route("/c")
def c():
    return jsonify(msg=request.args["msg"])  # SAFE


@app.route("/d")
def d():
    return Response(request.args["msg"], mimetype="text/plain")  # SAFE
`,
  ),
  ...rules(
    "CWE-614",
    "batch83: p6 cookies set without Secure/HttpOnly; flagged twins",
    `
from django.http import JsonResponse
from flask import Flask, make_response

app = Flask(__name__)


@app.route("/login")
def login():
    resp = make_response("ok")
    resp.set_cookie("session_id", "abc")  # VULN
    resp.set_cookie("session_id", "abc", secure=True, httponly=True, samesite="Lax")  # SAFE
    return resp


def django_login(request):
    resp = JsonResponse({"ok": True})
    resp.set_cookie("sid", request.session.session_key, secure=False, httponly=True)  # VULN
    resp.set_cookie("sid", request.session.session_key, secure=True, httponly=True)  # SAFE
    return resp
`,
  ),
  ...rules(
    "CWE-798",
    "batch83: p6 hard-coded framework secrets and cloud keys",
    `
import os

import boto3
import requests
from flask import Flask
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware

app = Flask(__name__)
app.secret_key = "dev-secret-please-change"  # VULN
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]  # SAFE

star = Starlette(middleware=[Middleware(SessionMiddleware, secret_key="s3ss10n-k3y-123")])  # VULN


def s3():
    return boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")  # VULN


def s3_env():
    return boto3.client("s3")  # SAFE


def admin_stats():
    return requests.get("https://admin.example.com/stats", auth=("admin", "Adm1nPassw0rd"), timeout=5).json()  # VULN
`,
  ),
  ...rules(
    "CWE-489",
    "batch83: p6 debuggers and all-interface binds in other servers",
    `
import os

import tornado.web
import uvicorn
from aiohttp import web
from flask import Flask
from werkzeug.serving import run_simple

app = Flask(__name__)
app.debug = True  # VULN


def serve_werkzeug():
    run_simple("localhost", 5000, app, use_debugger=True, use_reloader=True)  # VULN


def tornado_app():
    return tornado.web.Application([], debug=True)  # VULN


def tornado_app_env():
    return tornado.web.Application([], debug=os.environ.get("ENV") == "dev")  # SAFE


def serve_uvicorn(asgi):
    uvicorn.run(asgi, host="0.0.0.0", port=8000)  # VULN CWE-605


def serve_aiohttp(aio):
    web.run_app(aio, host="127.0.0.1", port=8080)  # SAFE CWE-605
`,
  ),
  ...rules(
    "CWE-328",
    "batch83: p6 weak hashes through pycryptodome and cryptography, and Django's password hashers",
    `
from Crypto.Hash import MD5, SHA256
from cryptography.hazmat.primitives import hashes
from django.contrib.auth.hashers import make_password

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",  # VULN
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",  # SAFE
]


def digest_password(pw: bytes) -> str:
    return MD5.new(pw).hexdigest()  # VULN


def digest_ok(pw: bytes) -> str:
    return SHA256.new(pw).hexdigest()  # SAFE


def fingerprint(data: bytes) -> bytes:
    h = hashes.Hash(hashes.MD5())  # VULN
    h.update(data)
    return h.finalize()


def store(pw: str) -> str:
    return make_password(pw, hasher="unsalted_md5")  # VULN


def store_ok(pw: str) -> str:
    return make_password(pw)  # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch83: p6 TLS through pyOpenSSL, pycurl and ssl.wrap_socket",
    `
import socket
import ssl

import pycurl
from OpenSSL import SSL


def old_ctx():
    return SSL.Context(SSL.TLSv1_METHOD)  # VULN CWE-327


def new_ctx():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)  # SAFE CWE-327
    ctx.set_verify(SSL.VERIFY_PEER, lambda *a: a[-1])
    return ctx


def curl(url: str) -> None:
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.SSL_VERIFYPEER, 0)  # VULN
    c.setopt(pycurl.SSL_VERIFYHOST, 2)  # SAFE
    c.perform()


def raw(host: str):
    sock = socket.create_connection((host, 443), timeout=5)
    return ssl.wrap_socket(sock)  # VULN


def sslv3():
    return ssl.SSLContext(ssl.PROTOCOL_SSLv3)  # VULN CWE-327
`,
  ),
  ...rules(
    "CWE-89",
    "batch83: p6 SQL through sqlite3 executescript, pandas.read_sql, peewee and MySQLdb",
    `
import sqlite3

import MySQLdb
import pandas as pd
from flask import Flask, jsonify, request
from peewee import SqliteDatabase

app = Flask(__name__)
pw = SqliteDatabase("app.db")


@app.route("/a")
def a():
    conn = sqlite3.connect("app.db")
    conn.executescript("UPDATE stats SET hits = hits + 1 WHERE page = '%s';" % request.args["p"])  # VULN
    return "ok"


@app.route("/b")
def b():
    conn = sqlite3.connect("app.db")
    df = pd.read_sql(f"SELECT * FROM sales WHERE region = '{request.args['r']}'", conn)  # VULN
    df2 = pd.read_sql("SELECT * FROM sales WHERE region = ?", conn, params=(request.args["r"],))  # SAFE
    return jsonify(len(df) + len(df2))


@app.route("/c")
def c():
    cur = pw.execute_sql("SELECT id FROM tag WHERE name = '" + request.args["t"] + "'")  # VULN
    cur2 = pw.execute_sql("SELECT id FROM tag WHERE name = ?", (request.args["t"],))  # SAFE
    return jsonify(len(cur.fetchall()) + len(cur2.fetchall()))


@app.route("/d")
def d():
    db = MySQLdb.connect(read_default_file="~/.my.cnf")
    cur = db.cursor()
    cur.execute("SELECT * FROM members WHERE nick = '%s'" % request.args["nick"])  # VULN
    return jsonify(cur.fetchall())
`,
  ),
  ...rules(
    "CWE-502",
    "batch83: p6 other unsafe loaders: yaml.load_all, Unpickler, code.InteractiveInterpreter",
    `
import code
import io
import pickle

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/docs", methods=["POST"])
def docs():
    a = list(yaml.load_all(request.data, Loader=yaml.UnsafeLoader))  # VULN
    b = list(yaml.safe_load_all(request.data))  # SAFE
    return jsonify(len(a) + len(b))


@app.route("/obj", methods=["POST"])
def obj():
    return jsonify(repr(pickle.Unpickler(io.BytesIO(request.data)).load()))  # VULN


@app.route("/repl", methods=["POST"])
def repl():
    code.InteractiveInterpreter().runsource(request.form["src"])  # VULN CWE-94
    return "ok"
`,
  ),
  ...rules(
    "CWE-22",
    "batch83: p6 path joins that normalise but never check, and direct request paths",
    `
import os
from pathlib import Path

from flask import Flask, request, send_file

app = Flask(__name__)
ROOT = "/srv/static"


@app.route("/s1")
def s1():
    path = os.path.normpath(os.path.join(ROOT, request.args["p"]))
    return send_file(path)  # VULN


@app.route("/s2")
def s2():
    return Path(request.args["p"]).read_bytes()  # VULN


@app.route("/s3")
def s3():
    name = request.args["p"]
    if ".." in name or name.startswith("/"):
        return "no", 400
    return send_file(os.path.join(ROOT, name))  # SAFE


@app.route("/s4")
def s4():
    return open(request.args["p"]).read()  # VULN
`,
  ),
  ...rules(
    "CWE-918",
    "batch83: p6 SSRF through urllib3, requests.Session and http.client",
    `
import http.client

import requests
import urllib3
from flask import Flask, request

app = Flask(__name__)
pool = urllib3.PoolManager()
session = requests.Session()


@app.route("/u1")
def u1():
    return pool.request("GET", request.args["url"]).data  # VULN


@app.route("/u2")
def u2():
    return session.get(request.args["url"], timeout=5).text  # VULN


@app.route("/u3")
def u3():
    conn = http.client.HTTPSConnection(request.args["host"], timeout=5)  # VULN
    conn.request("GET", "/")
    return conn.getresponse().read()


@app.route("/u4")
def u4():
    return session.get("https://api.example.com/items/" + str(int(request.args["id"])), timeout=5).text  # SAFE
`,
  ),
  ...rules(
    "CWE-601",
    "batch83: p6 redirect to the Referer header and to a parsed-but-unchecked URL",
    `
from urllib.parse import urljoin, urlparse

from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/back")
def back():
    return redirect(request.referrer or "/")  # VULN


@app.route("/back2")
def back2():
    return redirect(request.headers.get("Referer", "/"))  # VULN


@app.route("/join")
def join():
    return redirect(urljoin(request.host_url, request.args["path"]))  # VULN


@app.route("/home")
def home():
    return redirect(url_for("index", tab=request.args.get("tab")))  # SAFE
`,
  ),
  ...rules(
    "CWE-915",
    "batch83: p6 FastAPI models built from a pydantic schema versus from the raw body",
    `
from fastapi import FastAPI, Request
from pydantic import BaseModel

from .db import SessionLocal
from .models import User

app = FastAPI()


class UserCreate(BaseModel):
    name: str
    email: str


@app.post("/users")
def create(payload: UserCreate):
    user = User(**payload.dict())  # SAFE
    with SessionLocal() as s:
        s.add(user)
        s.commit()
    return {"id": user.id}


@app.post("/users/raw")
async def create_raw(request: Request):
    user = User(**(await request.json()))  # VULN
    with SessionLocal() as s:
        s.add(user)
        s.commit()
    return {"id": user.id}
`,
  ),
  ...rules(
    "CWE-400",
    "batch83: p6 regexes built by formatting request data into a pattern",
    `
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
NAMES = ["alice", "bob", "carol"]


@app.route("/m1")
def m1():
    rx = re.compile(f"^{request.args['prefix']}.*$")  # VULN
    return jsonify([n for n in NAMES if rx.match(n)])


@app.route("/m2")
def m2():
    rx = re.compile("^" + re.escape(request.args["prefix"]) + ".*$")  # SAFE
    return jsonify([n for n in NAMES if rx.match(n)])
`,
  ),
  // ------------------------------------------------------------------ (p7) request sources and sanitisers (blind)
  ...rules(
    "CWE-89",
    "batch83: p7 Flask sources beyond args/form: values, headers, cookies, json, view args, files",
    `
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def db():
    return sqlite3.connect("app.db")


@app.route("/v")
def by_values():
    return jsonify(db().execute("SELECT * FROM t WHERE a = '%s'" % request.values["a"]).fetchall())  # VULN


@app.route("/h")
def by_header():
    lang = request.headers.get("Accept-Language", "en")
    return jsonify(db().execute(f"SELECT * FROM msg WHERE lang = '{lang}'").fetchall())  # VULN


@app.route("/c")
def by_cookie():
    theme = request.cookies.get("theme", "light")
    return jsonify(db().execute("SELECT css FROM themes WHERE name = '" + theme + "'").fetchall())  # VULN


@app.route("/j", methods=["POST"])
def by_json():
    tag = request.json["tag"]
    return jsonify(db().execute("SELECT * FROM posts WHERE tag = '%s'" % tag).fetchall())  # VULN


@app.route("/u/<username>")
def by_view_arg(username):
    return jsonify(db().execute("SELECT * FROM users WHERE name = '%s'" % username).fetchall())  # VULN


@app.route("/u2/<int:uid>")
def by_int_arg(uid):
    return jsonify(db().execute("SELECT * FROM users WHERE id = %d" % uid).fetchall())  # SAFE


@app.route("/f", methods=["POST"])
def by_filename():
    name = request.files["doc"].filename
    db().execute("INSERT INTO docs (name) VALUES ('%s')" % name)  # VULN
    return "ok"


@app.route("/uuid")
def by_uuid():
    import uuid
    key = str(uuid.UUID(request.args["key"]))
    return jsonify(db().execute("SELECT * FROM t WHERE key = '%s'" % key).fetchall())  # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch83: p7 Django and DRF sources: body, json.loads(body), META, request.data, kwargs",
    `
import json
import os

from django.http import JsonResponse
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.views import APIView


def hook(request):
    payload = json.loads(request.body)
    os.system("notify-send " + payload["title"])  # VULN
    return JsonResponse({"ok": True})


def agent(request):
    ua = request.META.get("HTTP_USER_AGENT", "")
    os.system("echo %s >> /var/log/agents.txt" % ua)  # VULN
    return JsonResponse({"ok": True})


@api_view(["POST"])
def drf_ping(request):
    host = request.data["host"]
    return Response({"out": os.popen("ping -c 1 " + host).read()})  # VULN


class Lookup(APIView):
    def get(self, request, domain):
        return Response({"out": os.popen("whois " + domain).read()})  # VULN

    def post(self, request, domain):
        q = request.query_params.get("q", "")
        return Response({"out": os.popen("dig " + q).read()})  # VULN
`,
  ),
  ...rules(
    "CWE-79",
    "batch83: p7 async framework sources: Starlette form/json/path params, aiohttp post(), Tornado body",
    `
import tornado.web
from aiohttp import web
from starlette.requests import Request
from starlette.responses import HTMLResponse


async def star_form(request: Request):
    form = await request.form()
    return HTMLResponse("<p>" + form["comment"] + "</p>")  # VULN


async def star_json(request: Request):
    body = await request.json()
    return HTMLResponse(f"<p>{body['comment']}</p>")  # VULN


async def star_path(request: Request):
    slug = request.path_params["slug"]
    return HTMLResponse("<h1>" + slug + "</h1>")  # VULN


async def aio_post(request):
    data = await request.post()
    return web.Response(text="<p>%s</p>" % data["comment"], content_type="text/html")  # VULN


class BodyHandler(tornado.web.RequestHandler):
    def post(self):
        self.write("<p>" + self.get_body_argument("comment") + "</p>")  # VULN

    def put(self):
        self.write("<p>" + self.request.body.decode() + "</p>")  # VULN
`,
  ),
  ...rules(
    "CWE-22",
    "batch83: p7 FastAPI parameter kinds (Path, Header, Form, Cookie) and Pyramid matchdict/json_body",
    `
from fastapi import Cookie, FastAPI, Form, Header
from fastapi.responses import FileResponse
from pyramid.response import FileResponse as PyramidFile
from pyramid.view import view_config

app = FastAPI()


@app.get("/docs/{name}")
def doc(name: str):
    return FileResponse("/srv/docs/" + name)  # VULN


@app.get("/lang")
def lang(accept_language: str = Header("en")):
    return FileResponse(f"/srv/i18n/{accept_language}.json")  # VULN


@app.post("/open")
def open_form(path: str = Form(...)):
    with open("/srv/data/" + path) as fh:  # VULN
        return {"text": fh.read()}


@app.get("/prefs")
def prefs(theme: str = Cookie("light")):
    return FileResponse(f"/srv/themes/{theme}.css")  # VULN


@view_config(route_name="file")
def pyr_file(request):
    return PyramidFile("/srv/files/" + request.matchdict["name"], request=request)  # VULN


@view_config(route_name="save", renderer="json")
def pyr_save(request):
    body = request.json_body
    with open("/srv/notes/" + body["name"], "w") as fh:  # VULN
        fh.write(body["text"])
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-79",
    "batch83: p7 HTML sanitisers and escapers: bleach, markupsafe, html, Django escape/strip_tags, json.dumps",
    `
import html
import json

import bleach
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/a")
def a():
    return "<div>" + bleach.clean(request.args["bio"]) + "</div>"  # SAFE


@app.route("/b")
def b():
    return "<div>" + str(escape(request.args["bio"])) + "</div>"  # SAFE


@app.route("/c")
def c():
    return "<div>" + html.escape(request.args["bio"]) + "</div>"  # SAFE


@app.route("/d")
def d():
    return "<div>" + request.args["bio"].strip() + "</div>"  # VULN


@app.route("/e")
def e():
    return "<script>var cfg = " + json.dumps(request.args["cfg"]) + ";</script>"  # VULN


@app.route("/f")
def f():
    return "<a href='" + html.escape(request.args["u"]) + "'>link</a>"  # VULN


@app.route("/g")
def g():
    n = int(request.args.get("n", "0"))
    return "<p>%d results</p>" % n  # SAFE


@app.route("/h")
def h():
    return "<div>" + bleach.linkify(request.args["bio"]) + "</div>"  # VULN
`,
  ),
  ...rules(
    "CWE-78",
    "batch83: p7 command sanitisers: allow-lists, regex fullmatch, ipaddress, int(), pipes.quote",
    `
import ipaddress
import os
import pipes
import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
SERVICES = {"web", "worker", "cron"}
HOST_RE = re.compile(r"[a-z0-9.-]{1,253}")


@app.route("/restart")
def restart():
    svc = request.args["svc"]
    if svc not in SERVICES:
        abort(400)
    os.system("systemctl restart " + svc)  # SAFE
    return "ok"


@app.route("/lookup")
def lookup():
    host = request.args["host"]
    if not HOST_RE.fullmatch(host):
        abort(400)
    return subprocess.check_output("host " + host, shell=True)  # SAFE


@app.route("/lookup2")
def lookup_bad():
    host = request.args["host"]
    if not re.match(r"[a-z0-9.-]+", host):
        abort(400)
    return subprocess.check_output("host " + host, shell=True)  # VULN


@app.route("/trace")
def trace():
    ip = ipaddress.ip_address(request.args["ip"])
    return subprocess.check_output("traceroute %s" % ip, shell=True)  # VULN


@app.route("/trace4")
def trace4():
    ip = ipaddress.IPv4Address(request.args["ip"])
    return subprocess.check_output("traceroute %s" % ip, shell=True)  # SAFE


@app.route("/tail")
def tail():
    n = int(request.args.get("n", "10"))
    return os.popen("tail -n %d /var/log/app.log" % n).read()  # SAFE


@app.route("/ls")
def ls():
    return os.popen("ls " + pipes.quote(request.args["d"])).read()  # SAFE


@app.route("/ls2")
def ls2():
    d = request.args["d"].replace(";", "").replace("&", "")
    return os.popen("ls " + d).read()  # VULN
`,
  ),
  // ------------------------------------------------------------------ (p8) flows through helpers, aliases, guards (blind)
  ...rules(
    "CWE-78",
    "batch83: p8 commands reached through aliases, helpers and getattr; guard functions as twins",
    `
import os
import re
import subprocess
from os import system as run_shell

from flask import Flask, abort, request

app = Flask(__name__)
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _run(cmd):
    return subprocess.check_output(cmd, shell=True)  # VULN


def valid_name(value):
    return bool(NAME_RE.match(value))


@app.route("/a")
def a():
    run_shell("logger " + request.args["msg"])  # VULN
    return "ok"


@app.route("/b")
def b():
    return _run("getent passwd " + request.args["user"])


@app.route("/c")
def c():
    fn = getattr(os, "system")
    fn("wall " + request.args["msg"])  # VULN
    return "ok"


@app.route("/d")
def d():
    name = request.args["name"]
    if not valid_name(name):
        abort(400)
    os.system("id " + name)  # SAFE
    return "ok"


@app.route("/e")
def e():
    parts = ["tar", "czf", "/tmp/out.tgz"]
    parts.append(request.args["dir"])
    os.system(" ".join(parts))  # VULN
    return "ok"


@app.route("/f")
def f():
    n = request.args.get("n", "")
    if not n.isdigit():
        abort(400)
    os.system("sleep " + n)  # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-89",
    "batch83: p8 SQL built in helpers, with dict %-formatting, join and format(**locals()); guarded twins",
    `
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
SORTABLE = {"name", "created", "price"}


def where_clause(field, value):
    return "%s = '%s'" % (field, value)


def fetch(sql):
    return sqlite3.connect("app.db").execute(sql).fetchall()  # VULN


@app.route("/a")
def a():
    return jsonify(fetch("SELECT * FROM items WHERE " + where_clause("name", request.args["name"])))


@app.route("/b")
def b():
    params = {"cat": request.args["cat"]}
    sql = "SELECT * FROM items WHERE category = '%(cat)s'" % params
    return jsonify(sqlite3.connect("app.db").execute(sql).fetchall())  # VULN


@app.route("/c")
def c():
    ids = request.args.getlist("id")
    sql = "SELECT * FROM items WHERE id IN (" + ",".join(ids) + ")"
    return jsonify(sqlite3.connect("app.db").execute(sql).fetchall())  # VULN


@app.route("/d")
def d():
    ids = request.args.getlist("id")
    marks = ",".join("?" for _ in ids)
    return jsonify(sqlite3.connect("app.db").execute(f"SELECT * FROM items WHERE id IN ({marks})", ids).fetchall())  # SAFE


@app.route("/e")
def e():
    name = request.args["name"]
    sql = "SELECT * FROM items WHERE name = '{name}'".format(**locals())
    return jsonify(sqlite3.connect("app.db").execute(sql).fetchall())  # VULN


@app.route("/f")
def f():
    order = request.args.get("order", "name")
    if order not in SORTABLE:
        order = "name"
    return jsonify(sqlite3.connect("app.db").execute("SELECT * FROM items ORDER BY " + order).fetchall())  # SAFE


@app.route("/g")
def g():
    try:
        limit = int(request.args["limit"])
    except (KeyError, ValueError):
        limit = 20
    return jsonify(sqlite3.connect("app.db").execute("SELECT * FROM items LIMIT " + str(limit)).fetchall())  # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch83: p8 TLS and crypto settings through module constants and config dicts",
    `
import hashlib
import ssl

import requests
from Crypto.Cipher import AES

VERIFY_TLS = False
HASH_ALGO = "md5"
MODE = AES.MODE_ECB
SETTINGS = {"verify": False, "timeout": 10}


def get(url):
    return requests.get(url, verify=VERIFY_TLS, timeout=10)  # VULN


def get2(url):
    return requests.get(url, **SETTINGS)  # VULN


def digest(data: bytes) -> str:
    return hashlib.new(HASH_ALGO, data).hexdigest()  # VULN CWE-328


def enc(key: bytes, data: bytes) -> bytes:
    return AES.new(key, MODE).encrypt(data)  # VULN CWE-327


def ctx():
    c = ssl.create_default_context()
    c.verify_mode = ssl.CERT_OPTIONAL  # VULN
    return c


def ctx2():
    c = ssl.create_default_context()
    c.verify_mode = ssl.CERT_REQUIRED  # SAFE
    c.check_hostname = True  # SAFE
    return c
`,
  ),
  ...rules(
    "CWE-918",
    "batch83: p8 SSRF through a URL assembled from request parts; fixed-host twins",
    `
import requests
from flask import Flask, request

app = Flask(__name__)
INTERNAL = "https://inventory.internal"


@app.route("/a")
def a():
    host = request.args["host"]
    port = request.args.get("port", "80")
    return requests.get("http://%s:%s/health" % (host, port), timeout=5).text  # VULN


@app.route("/b")
def b():
    sku = request.args["sku"]
    return requests.get(f"{INTERNAL}/items/{sku}", timeout=5).text  # SAFE


@app.route("/c")
def c():
    base = request.headers.get("X-Upstream", INTERNAL)
    return requests.get(base + "/items", timeout=5).text  # VULN


@app.route("/d")
def d():
    target = request.get_json()["url"]
    with requests.Session() as s:
        return s.request("GET", target, timeout=5).text  # VULN
`,
  ),
  // ------------------------------------------------------------------ (p9) configuration, comparison, KDF and files (blind)
  ...rules(
    "CWE-915",
    "batch83: p9 Django ModelForm field lists and create(**POST)",
    `
from django import forms
from django.http import JsonResponse

from .models import Account


class AccountForm(forms.ModelForm):
    class Meta:
        model = Account
        fields = "__all__"  # VULN


class AccountExcludeForm(forms.ModelForm):
    class Meta:
        model = Account
        exclude = ["created"]  # VULN


class AccountSafeForm(forms.ModelForm):
    class Meta:
        model = Account
        fields = ["display_name", "bio"]  # SAFE


def signup(request):
    acct = Account.objects.create(**request.POST.dict())  # VULN
    return JsonResponse({"id": acct.id})
`,
  ),
  ...rules(
    "CWE-942",
    "batch83: p9 CORS: django-cors-headers and flask-cors with any origin and credentials; reflected Origin",
    `
from flask import Flask, request
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins="*", supports_credentials=True)  # VULN

CORS_ORIGIN_ALLOW_ALL = True  # VULN
CORS_ALLOW_CREDENTIALS = True
CORS_ALLOWED_ORIGINS = ["https://app.example.com"]  # SAFE


@app.after_request
def cors(resp):
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "")  # VULN
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/public")
def public():
    return {"ok": True}, 200, {"Access-Control-Allow-Origin": "https://app.example.com"}  # SAFE
`,
  ),
  ...rules(
    "CWE-352",
    "batch83: p9 CSRF protection switched off in Flask-WTF settings",
    `
from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["WTF_CSRF_ENABLED"] = False  # VULN
app.config["WTF_CSRF_TIME_LIMIT"] = 3600  # SAFE
csrf = CSRFProtect(app)


@csrf.exempt  # VULN
@app.route("/transfer", methods=["POST"])
def transfer():
    return "ok"
`,
  ),
  ...rules(
    "CWE-208",
    "batch83: p9 secret comparisons with == versus hmac.compare_digest",
    `
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
API_TOKEN = os.environ["API_TOKEN"]


@app.route("/admin")
def admin():
    if request.headers.get("X-Api-Token") != API_TOKEN:  # VULN
        abort(403)
    return "ok"


@app.route("/admin2")
def admin2():
    if not hmac.compare_digest(request.headers.get("X-Api-Token", ""), API_TOKEN):  # SAFE
        abort(403)
    return "ok"


def verify_signature(body: bytes, sig: str, key: bytes) -> bool:
    expected = hmac.new(key, body, "sha256").hexdigest()
    return expected == sig  # VULN
`,
  ),
  ...rules(
    "CWE-916",
    "batch83: p9 password KDFs with low cost or a fixed salt; bcrypt cost",
    `
import hashlib
import os

import bcrypt


def kdf_weak(pw: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 1000)  # VULN


def kdf_ok(pw: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600_000)  # SAFE


def kdf_static_salt(pw: str) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pw.encode(), b"static-salt", 600_000)  # VULN CWE-760


def kdf_random_salt(pw: str):
    salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600_000)  # SAFE CWE-760


def bcrypt_fast(pw: str) -> bytes:
    return bcrypt.hashpw(pw.encode(), bcrypt.gensalt(rounds=4))  # VULN


def bcrypt_ok(pw: str) -> bytes:
    return bcrypt.hashpw(pw.encode(), bcrypt.gensalt(rounds=12))  # SAFE


def sha_password(pw: str) -> str:
    return hashlib.sha256(pw.encode()).hexdigest()  # VULN
`,
  ),
  ...rules(
    "CWE-798",
    "batch83: p9 hard-coded keys for Fernet, JWT signing and itsdangerous",
    `
import os

import jwt
from cryptography.fernet import Fernet
from itsdangerous import URLSafeTimedSerializer

FERNET = Fernet(b"q2Ny0S7wB8k3iUeN9d5sT1xYzA4cV6bH0mJ2lP8rQwE=")  # VULN
FERNET_ENV = Fernet(os.environ["FERNET_KEY"].encode())  # SAFE
signer = URLSafeTimedSerializer("itsdangerous-secret-123")  # VULN


def token(user_id: int) -> str:
    return jwt.encode({"sub": user_id}, "jwt-signing-secret", algorithm="HS256")  # VULN


def token_env(user_id: int) -> str:
    return jwt.encode({"sub": user_id}, os.environ["JWT_SECRET"], algorithm="HS256")  # SAFE


def claims(tok: str) -> dict:
    return jwt.decode(tok, os.environ["JWT_SECRET"], algorithms=["HS256"], options={"verify_exp": False})  # VULN CWE-613
`,
  ),
  ...rules(
    "CWE-377",
    "batch83: p9 fixed names in the shared temp directory, umask and makedirs modes",
    `
import os
import tempfile


def write_lock():
    with open("/tmp/app.lock", "w") as fh:  # VULN
        fh.write(str(os.getpid()))


def write_lock_private():
    with tempfile.NamedTemporaryFile("w", prefix="app-", suffix=".lock", delete=False) as fh:  # SAFE
        fh.write(str(os.getpid()))
        return fh.name


def cache_dir():
    os.umask(0)  # VULN CWE-732
    os.makedirs("/var/cache/app", mode=0o777, exist_ok=True)  # VULN CWE-732
    os.makedirs("/var/cache/app2", mode=0o750, exist_ok=True)  # SAFE CWE-732
`,
  ),
  ...rules(
    "CWE-502",
    "batch83: p9 pickled state in a cookie, with and without a signature check",
    `
import base64
import hashlib
import hmac
import os
import pickle

from flask import Flask, abort, request

app = Flask(__name__)
KEY = os.environ["STATE_KEY"].encode()


@app.route("/resume")
def resume():
    state = pickle.loads(base64.b64decode(request.cookies["state"]))  # VULN
    return str(state)


@app.route("/resume2")
def resume_signed():
    raw = base64.b64decode(request.cookies["state"])
    body, sig = raw[:-32], raw[-32:]
    if not hmac.compare_digest(hmac.new(KEY, body, hashlib.sha256).digest(), sig):
        abort(400)
    return str(pickle.loads(body))  # SAFE
`,
  ),
  // ------------------------------------------------------------------ (p10) bypassable checks and less common sinks (blind)
  ...rules(
    "CWE-22",
    "batch83: p10 path checks that can be bypassed (.. only, prefix without a separator) and a sound twin",
    `
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
BASE = "/srv/docs"


@app.route("/a")
def a():
    name = request.args["name"]
    if ".." in name:
        abort(400)
    return send_file(os.path.join(BASE, name))  # VULN


@app.route("/b")
def b():
    path = os.path.abspath(os.path.join(BASE, request.args["name"]))
    if not path.startswith(BASE):
        abort(400)
    return send_file(path)  # VULN


@app.route("/c")
def c():
    path = os.path.realpath(os.path.join(BASE, request.args["name"]))
    if os.path.commonpath([path, BASE]) != BASE:
        abort(400)
    return send_file(path)  # SAFE
`,
  ),
  ...rules(
    "CWE-601",
    "batch83: p10 redirects: Referer, 'or' fallbacks, an empty-netloc check and a startswith host check",
    `
from urllib.parse import urlparse

from django.http import HttpResponseRedirect
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


def django_back(request):
    return HttpResponseRedirect(request.META.get("HTTP_REFERER", "/"))  # VULN


@app.route("/n")
def n():
    return redirect(request.args.get("next") or url_for("index"))  # VULN


@app.route("/m")
def m():
    nxt = request.args.get("next", "/")
    if urlparse(nxt).netloc:
        return redirect("/")
    return redirect(nxt)  # VULN


@app.route("/h")
def h():
    nxt = request.args.get("next", "/")
    if not nxt.startswith("https://app.example.com"):
        nxt = "/"
    return redirect(nxt)  # VULN


@app.route("/k")
def k():
    nxt = request.args.get("next", "/")
    if not nxt.startswith("https://app.example.com/"):
        nxt = "/"
    return redirect(nxt)  # SAFE
`,
  ),
  ...rules(
    "CWE-918",
    "batch83: p10 SSRF host checks: prefix without a slash versus parsed hostname",
    `
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/p1")
def p1():
    url = request.args["url"]
    if not url.startswith("https://api.partner.com"):
        abort(400)
    return requests.get(url, timeout=5).text  # VULN


@app.route("/p2")
def p2():
    url = request.args["url"]
    if urlparse(url).hostname != "api.partner.com":
        abort(400)
    return requests.get(url, timeout=5).text  # SAFE


@app.route("/p3")
def p3():
    url = request.args["url"]
    if "partner.com" not in url:
        abort(400)
    return requests.get(url, timeout=5).text  # VULN
`,
  ),
  ...rules(
    "CWE-943",
    "batch83: p10 Django ORM lookups named by the request",
    `
from django.http import JsonResponse

from .models import Customer


def search(request):
    field = request.GET["field"]
    rows = Customer.objects.filter(**{field: request.GET["value"]})  # VULN
    return JsonResponse({"n": rows.count()})


def search_all(request):
    rows = Customer.objects.filter(**request.GET.dict())  # VULN
    return JsonResponse({"n": rows.count()})


def search_fixed(request):
    rows = Customer.objects.filter(name__icontains=request.GET["value"])  # SAFE
    return JsonResponse({"n": rows.count()})
`,
  ),
  ...rules(
    "CWE-1236",
    "batch83: p10 CSV export of user-entered values, with and without formula neutralising",
    `
import csv
import io

from flask import Flask, Response

from .models import Contact

app = Flask(__name__)


def neutral(v: str) -> str:
    return "'" + v if v[:1] in ("=", "+", "-", "@", "\\t", "\\r") else v


@app.route("/export.csv")
def export():
    buf = io.StringIO()
    w = csv.writer(buf)
    for c in Contact.query.all():
        w.writerow([c.name, c.email, c.note])  # VULN
    return Response(buf.getvalue(), mimetype="text/csv")


@app.route("/export2.csv")
def export2():
    buf = io.StringIO()
    w = csv.writer(buf)
    for c in Contact.query.all():
        w.writerow([neutral(c.name), neutral(c.email), neutral(c.note)])  # SAFE
    return Response(buf.getvalue(), mimetype="text/csv")
`,
  ),
  ...rules(
    "CWE-502",
    "batch83: p10 loaders: YAML CLoader, joblib, a pickle of the program's own file",
    `
import pickle

import joblib
import yaml
from flask import Flask, request

app = Flask(__name__)
MODEL_PATH = "/opt/app/model.pkl"


@app.route("/y", methods=["POST"])
def y():
    return str(yaml.load(request.data, Loader=yaml.CLoader))  # VULN


@app.route("/y2", methods=["POST"])
def y2():
    return str(yaml.load(request.data, yaml.CSafeLoader))  # SAFE


@app.route("/model", methods=["POST"])
def model():
    return str(joblib.load(request.files["model"]))  # VULN


def load_own_model():
    with open(MODEL_PATH, "rb") as fh:
        return pickle.load(fh)  # SAFE
`,
  ),
  ...rules(
    "CWE-329",
    "batch83: p10 fixed nonces in CTR/GCM; random twins",
    `
import os

from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE = b"fixednonce12"


def ctr(key: bytes) -> Cipher:
    return Cipher(algorithms.AES(key), modes.CTR(b"\\x00" * 16))  # VULN


def gcm(key: bytes, data: bytes) -> bytes:
    return AES.new(key, AES.MODE_GCM, nonce=NONCE).encrypt(data)  # VULN


def aead(key: bytes, data: bytes) -> bytes:
    return AESGCM(key).encrypt(NONCE, data, None)  # VULN


def aead_ok(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)  # SAFE
`,
  ),
  ...rules(
    "CWE-319",
    "batch83: p10 cleartext mail and RPC clients; TLS twins",
    `
import imaplib
import poplib
import smtplib
import ssl
import xmlrpc.client


def inbox(user, pw):
    m = imaplib.IMAP4("mail.example.com")  # VULN
    m.login(user, pw)
    return m


def inbox_tls(user, pw):
    m = imaplib.IMAP4_SSL("mail.example.com")  # SAFE
    m.login(user, pw)
    return m


def pop(user, pw):
    p = poplib.POP3("mail.example.com")  # VULN
    p.user(user)
    p.pass_(pw)
    return p


def rpc():
    return xmlrpc.client.ServerProxy("http://rpc.example.com/api")  # VULN


def smtp_unverified():
    return smtplib.SMTP_SSL("smtp.example.com", 465, context=ssl._create_unverified_context())  # VULN CWE-295
`,
  ),
  // ------------------------------------------------------------------ (p11) more query languages and servers (blind)
  ...rules(
    "CWE-89",
    "batch83: p11 query strings for Flask-SQLAlchemy, aiomysql, Cassandra and Neo4j",
    `
from cassandra.cluster import Cluster
from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from neo4j import GraphDatabase
from sqlalchemy import text

app = Flask(__name__)
db = SQLAlchemy(app)
cql = Cluster(["cassandra"]).connect("app")
graph = GraphDatabase.driver("bolt://neo4j:7687")


@app.route("/a")
def a():
    rows = db.session.execute(text(f"SELECT id FROM post WHERE slug = '{request.args['slug']}'"))  # VULN
    return jsonify([r.id for r in rows])


@app.route("/b")
def b():
    rows = cql.execute(f"SELECT * FROM events WHERE user_id = '{request.args['uid']}'")  # VULN
    rows2 = cql.execute("SELECT * FROM events WHERE user_id = %s", (request.args["uid"],))  # SAFE
    return jsonify(len(list(rows)) + len(list(rows2)))


@app.route("/c")
def c():
    with graph.session() as s:
        r = s.run("MATCH (u:User {name: '" + request.args["name"] + "'}) RETURN u")  # VULN CWE-943
        r2 = s.run("MATCH (u:User {name: $name}) RETURN u", name=request.args["name"])  # SAFE CWE-943
        return jsonify(len(list(r)) + len(list(r2)))


async def aio(request, pool):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT * FROM t WHERE k = '%s'" % request.query["k"])  # VULN
            await cur.execute("SELECT * FROM t WHERE k = %s", (request.query["k"],))  # SAFE
            return await cur.fetchall()
`,
  ),
  ...rules(
    "CWE-94",
    "batch83: p11 code run through redis EVAL and logging.config.listen",
    `
import logging.config

import redis
from flask import Flask, request

app = Flask(__name__)
r = redis.Redis()


@app.route("/script", methods=["POST"])
def script():
    return str(r.eval(request.form["lua"], 0))  # VULN


@app.route("/incr")
def incr():
    return str(r.eval("return redis.call('INCR', KEYS[1])", 1, request.args["key"]))  # SAFE


def start_log_listener():
    t = logging.config.listen(9030)  # VULN
    t.start()
    return t
`,
  ),
  ...rules(
    "CWE-798",
    "batch83: p11 SSH logins with literal passwords; a key-file twin",
    `
import paramiko


def deploy():
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect("deploy.example.com", username="deploy", password="D3ploy!2024")  # VULN
    return ssh


def deploy_key():
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect("deploy.example.com", username="deploy", key_filename="/etc/deploy/id_ed25519")  # SAFE
    return ssh
`,
  ),
  ...rules(
    "CWE-605",
    "batch83: p11 wsgiref and XML-RPC servers on every interface; DSA 1024",
    `
from wsgiref.simple_server import make_server
from xmlrpc.server import SimpleXMLRPCServer

from Crypto.PublicKey import DSA


def serve(app):
    make_server("", 8000, app).serve_forever()  # VULN


def serve_local(app):
    make_server("127.0.0.1", 8000, app).serve_forever()  # SAFE


def rpc():
    server = SimpleXMLRPCServer(("0.0.0.0", 8001))  # VULN
    server.register_function(pow)
    server.serve_forever()


def dsa_key():
    return DSA.generate(1024)  # VULN CWE-326
`,
  ),
  // ------------------------------------------------------------------ (p12) expression evaluators and sandboxes (blind)
  ...rules(
    "CWE-94",
    "batch83: p12 expression evaluators fed request text: pandas query/eval, numexpr, sympify; sandboxed twins",
    `
import ast

import numexpr
import pandas as pd
from flask import Flask, jsonify, request
from jinja2.sandbox import SandboxedEnvironment
from sympy import sympify

app = Flask(__name__)
DF = pd.read_csv("/srv/data/sales.csv")
sandbox = SandboxedEnvironment()


@app.route("/q")
def q():
    return DF.query(request.args["expr"]).to_json()  # VULN


@app.route("/e")
def e():
    return jsonify(float(pd.eval(request.args["expr"])))  # VULN


@app.route("/n")
def n():
    return jsonify(float(numexpr.evaluate(request.args["expr"])))  # VULN


@app.route("/s")
def s():
    return jsonify(str(sympify(request.args["expr"])))  # VULN


@app.route("/l")
def l():
    return jsonify(ast.literal_eval(request.args["expr"]))  # SAFE


@app.route("/col")
def col():
    region = request.args["region"]
    return DF.query("region == @region").to_json()  # SAFE


@app.route("/t", methods=["POST"])
def t():
    return sandbox.from_string(request.form["tpl"]).render(name="guest")  # SAFE CWE-1336
`,
  ),
  ...rules(
    "CWE-338",
    "batch83: p12 numpy and seeded random for secrets; secrets twins",
    `
import random
import secrets

import numpy as np


def otp_np() -> str:
    return "".join(str(d) for d in np.random.randint(0, 10, size=6))  # VULN


def api_token() -> str:
    rng = random.Random(1234)
    return "%032x" % rng.getrandbits(128)  # VULN


def api_token_ok() -> str:
    return secrets.token_hex(16)  # SAFE


def sample_rows(rows, k=10):
    return random.sample(rows, k)  # SAFE
`,
  ),
  ...rules(
    "CWE-134",
    "batch83: p12 string.Formatter and format_map with a request-supplied template",
    `
import string

from flask import Flask, request
from flask_login import current_user

app = Flask(__name__)


@app.route("/v")
def v():
    return string.Formatter().vformat(request.args["fmt"], (), {"user": current_user})  # VULN


@app.route("/m")
def m():
    return request.args["fmt"].format_map({"user": current_user})  # VULN


@app.route("/ok")
def ok():
    return "Hello {user.name}".format(user=current_user)  # SAFE
`,
  ),
  // ------------------------------------------------------------------ (p13) smaller frameworks and keyword forms (blind)
  ...rules(
    "CWE-601",
    "batch83: p13 redirects in Sanic, Bottle, Falcon, Quart, Starlette keyword form and Pyramid HTTPSeeOther",
    `
import bottle
import falcon
from pyramid.httpexceptions import HTTPSeeOther
from quart import Quart, redirect as quart_redirect
from quart import request as qrequest
from sanic import Sanic, response
from starlette.responses import RedirectResponse

sanic_app = Sanic("a")
quart_app = Quart(__name__)


@sanic_app.route("/go")
async def sanic_go(request):
    return response.redirect(request.args.get("u", "/"))  # VULN


@bottle.route("/go")
def bottle_go():
    bottle.redirect(bottle.request.query.next)  # VULN


class Go:
    def on_get(self, req, resp):
        raise falcon.HTTPFound(req.get_param("u"))  # VULN


@quart_app.route("/go")
async def quart_go():
    return quart_redirect(qrequest.args.get("u", "/"))  # VULN


async def star_go(request):
    return RedirectResponse(url=request.query_params["next"])  # VULN


def pyr_go(request):
    return HTTPSeeOther(request.params["u"])  # VULN


def pyr_home(request):
    return HTTPSeeOther(request.route_url("home"))  # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch83: p13 HTML from request data in Sanic, Bottle, Falcon, CherryPy and an HTML e-mail",
    `
import html
from email.mime.text import MIMEText

import bottle
import cherrypy
import falcon
from sanic import Sanic, response

sanic_app = Sanic("b")


@sanic_app.route("/hi")
async def sanic_hi(request):
    return response.html("<p>" + request.args.get("n", "") + "</p>")  # VULN


@sanic_app.route("/hi2")
async def sanic_hi2(request):
    return response.html("<p>" + html.escape(request.args.get("n", "")) + "</p>")  # SAFE


@bottle.route("/hi")
def bottle_hi():
    return "<p>Hello " + bottle.request.query.name + "</p>"  # VULN


class Hi:
    def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_HTML
        resp.text = "<p>" + req.get_param("n") + "</p>"  # VULN


class Root:
    @cherrypy.expose
    def hi(self, name=""):
        return "<h1>" + name + "</h1>"  # VULN


def welcome_mail(form):
    return MIMEText("<p>Welcome " + form["name"] + "</p>", "html")  # VULN
`,
  ),
];
