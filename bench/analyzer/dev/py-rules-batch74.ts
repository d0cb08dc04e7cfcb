// Dev suite "py-rules", batch 74 (format in py-rules.ts): line-level rule tests written blind, one small file per
// rule with `# VULN` lines and `# SAFE` look-alikes, in the style of a rule set's own tests (many spellings of one
// API: aliases, `from x import y as z`, keyword arguments, chained calls). Django (mark_safe / SafeString /
// format_html, HttpResponse, cursor.execute, extra, RawSQL, redirects, csrf_exempt, settings), Flask
// (render_template_string, send_file, make_response, cookies, app.run), SQLAlchemy text / literal_column, pymongo
// $where, HTTP clients, paramiko, cryptography / pycryptodome, hashlib, PyJWT, deserialisers, tempfile, chmod,
// subprocess, XML parsers, logging, archives, ssl, cleartext protocols, binds, assert-as-auth, eval/exec and
// dynamic imports. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH74: DevCase[] = [
  ...rules(
    "CWE-79",
    "batch74: django mark_safe, SafeString and format_html spellings",
    `
from django.shortcuts import render
from django.utils.safestring import mark_safe, SafeString
from django.utils.safestring import mark_safe as safe
from django.utils import safestring
from django.utils.html import escape, format_html, format_html_join, conditional_escape
import django.utils.html as djhtml


def profile_card(request):
    name = request.GET.get("name", "")
    bio = request.POST["bio"]
    tags = request.GET.getlist("tag")
    ctx = {}
    ctx["a"] = mark_safe("<b>%s</b>" % name) # VULN
    ctx["b"] = mark_safe("<b>%s</b>" % escape(name)) # SAFE
    ctx["c"] = safestring.mark_safe(f"<i>{bio}</i>") # VULN
    ctx["d"] = safe("<span>" + name + "</span>") # VULN
    ctx["e"] = format_html("<b>{}</b>", name) # SAFE
    ctx["f"] = format_html("<b>" + name + "</b>") # VULN
    ctx["g"] = SafeString("<p>" + bio + "</p>") # VULN
    ctx["h"] = mark_safe("<hr/>") # SAFE
    ctx["i"] = format_html_join("", "<li>{}</li>", ((t,) for t in tags)) # SAFE
    ctx["j"] = djhtml.format_html("<a href='/u/{}'>{}</a>".format(name, name)) # VULN
    ctx["k"] = format_html("<a href='/u/{0}'>{1}</a>", name, conditional_escape(bio)) # SAFE
    ctx["l"] = mark_safe("<ul>{}</ul>".format("".join("<li>%s</li>" % escape(t) for t in tags))) # SAFE
    return render(request, "card.html", ctx)
`,
  ),
  ...rules(
    "CWE-79",
    "batch74: django HttpResponse subclasses built from request data",
    `
import html
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotFound, JsonResponse
from django.utils.html import escape


def search(request):
    q = request.GET["q"]
    return HttpResponse("You searched for " + q) # VULN


def search_escaped(request):
    q = request.GET.get("q", "")
    return HttpResponse("You searched for %s" % escape(q)) # SAFE


def preview(request):
    msg = request.POST.get("msg")
    return HttpResponse(f"<div class='msg'>{msg}</div>", content_type="text/html") # VULN


def preview_json(request):
    return JsonResponse({"q": request.GET.get("q")}) # SAFE


def hello(request):
    name = request.GET.get("name", "")
    return HttpResponse("<h1>Hello %s</h1>" % html.escape(name)) # SAFE


def streamed(request):
    r = HttpResponse()
    r.write("<p>" + request.GET.get("ref", "") + "</p>") # VULN
    return r


def bad_value(request):
    return HttpResponseBadRequest("bad value: {}".format(request.GET.get("v", ""))) # VULN


def missing(request, slug):
    return HttpResponseNotFound("<h1>Page not found</h1>") # SAFE


def count(request):
    n = int(request.GET.get("n", "0"))
    return HttpResponse("<p>%d items</p>" % n) # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch74: django connection.cursor, extra, RawSQL and raw with request data",
    `
from django.db import connection, connections
from django.db.models.expressions import RawSQL
from django.db.models import expressions
from django.http import JsonResponse
from shop.models import Order

SORTABLE = ("id", "created", "total")


def orders(request):
    status = request.GET.get("status")
    sort = request.GET.get("sort", "id")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM shop_order WHERE status = '{status}'") # VULN
        cursor.execute("SELECT id FROM shop_order WHERE status = %s", [status]) # SAFE
        cursor.execute("SELECT id FROM shop_order WHERE status = '%s'" % status) # VULN
        cursor.execute("SELECT id FROM shop_order WHERE status = '{}'".format(status)) # VULN
        cursor.execute("SELECT id FROM shop_order WHERE status = %(s)s", {"s": status}) # SAFE
        rows = cursor.fetchall()
    cur = connections["replica"].cursor()
    cur.execute("SELECT * FROM shop_order ORDER BY " + sort) # VULN
    if sort in SORTABLE:
        cur.execute("SELECT * FROM shop_order ORDER BY " + sort) # SAFE
    return JsonResponse({"rows": rows})


def order_stats(request):
    minimum = request.GET["min"]
    status = request.GET.get("status", "")
    a = Order.objects.extra(select={"is_big": "total > %s" % minimum}) # VULN
    b = Order.objects.extra(select={"is_big": "total > %s"}, select_params=(minimum,)) # SAFE
    c = Order.objects.annotate(v=RawSQL(f"SELECT max(x) FROM t WHERE y = '{status}'", ())) # VULN
    d = Order.objects.filter(id__in=RawSQL("SELECT id FROM t WHERE y = %s", (status,))) # SAFE
    e = Order.objects.raw("SELECT * FROM shop_order WHERE status = %s", params=[status]) # SAFE
    f = Order.objects.raw("SELECT * FROM shop_order WHERE status = '" + status + "'") # VULN
    g = Order.objects.annotate(w=expressions.RawSQL("SELECT 1 FROM t WHERE z = '%s'" % status, [])) # VULN
    h = Order.objects.extra(where=["status = %s"], params=[status]) # SAFE
    return JsonResponse({"n": sum(len(list(x)) for x in (a, b, c, d, e, f, g, h))})
`,
  ),
  ...rules(
    "CWE-601",
    "batch74: django and flask redirects to request-supplied URLs",
    `
from django.shortcuts import redirect
from django.http import HttpResponse, HttpResponseRedirect, HttpResponsePermanentRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.urls import reverse


def login_done(request):
    nxt = request.GET["next"]
    return redirect(nxt) # VULN


def login_done_checked(request):
    nxt = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(nxt) # SAFE
    return redirect("/") # SAFE


def go(request):
    return HttpResponseRedirect(request.POST.get("return_to")) # VULN


def go_permanent(request):
    return HttpResponsePermanentRedirect(request.GET.get("u", "/")) # VULN


def go_named(request):
    return redirect(reverse("profile", args=[request.GET.get("id", "0")])) # SAFE


def go_search(request):
    return redirect("/search/?q=" + request.GET.get("q", "")) # SAFE


def go_resp(request):
    resp = HttpResponse(status=302)
    resp["Location"] = request.GET.get("to", "/") # VULN
    return resp
`,
  ),
  ...rules(
    "CWE-601",
    "batch74: flask redirect aliases",
    `
from flask import Flask, request, url_for
from flask import redirect as flask_redirect
import flask
from urllib.parse import urlparse

app = Flask(__name__)


@app.route("/out")
def out():
    return flask_redirect(request.args.get("url")) # VULN


@app.route("/out2")
def out2():
    return flask_redirect(url_for("index", page=request.args.get("page"))) # SAFE


@app.route("/out3")
def out3():
    return flask.redirect(request.values["dest"], code=301) # VULN


@app.route("/out4")
def out4():
    dest = request.args.get("dest", "/")
    parsed = urlparse(dest)
    if parsed.netloc or parsed.scheme or dest.startswith("//"):
        dest = "/"
    return flask.redirect(dest) # SAFE
`,
  ),
  ...rules(
    "CWE-352",
    "batch74: csrf_exempt on state-changing session views",
    `
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators import csrf
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from bank.models import Account


@csrf_exempt # VULN
@login_required
def transfer(request):
    acct = Account.objects.get(owner=request.user)
    acct.send(request.POST["to"], int(request.POST["amount"]))
    return JsonResponse({"ok": True})


@csrf_protect # SAFE
@login_required
def transfer_protected(request):
    acct = Account.objects.get(owner=request.user)
    acct.send(request.POST["to"], int(request.POST["amount"]))
    return JsonResponse({"ok": True})


@csrf.csrf_exempt # VULN
@login_required
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})


@method_decorator(csrf_exempt, name="dispatch") # VULN
class DeleteAccount(View):
    def post(self, request):
        request.user.delete()
        return JsonResponse({"ok": True})


@method_decorator(login_required, name="dispatch") # SAFE
class Settings(View):
    def post(self, request):
        request.user.profile.theme = request.POST.get("theme", "light")
        request.user.profile.save()
        return JsonResponse({"ok": True})
`,
  ),
  ...rules(
    "CWE-489",
    "batch74: django settings module (debug, hosts, secret key, validators, cookies)",
    `
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

DEBUG = True # VULN
TEMPLATE_DEBUG = DEBUG
ALLOWED_HOSTS = ["*"] # VULN CWE-183
SECRET_KEY = "x7#p!2qz9w@e4r$t6y*u8i0o1a3s5d7f9g" # VULN CWE-798
AUTH_PASSWORD_VALIDATORS = [] # VULN CWE-521
SESSION_COOKIE_SECURE = False # VULN CWE-614
CSRF_COOKIE_HTTPONLY = False
SESSION_COOKIE_HTTPONLY = False # VULN CWE-1004
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"] # VULN CWE-916
`,
  ),
  ...rules(
    "CWE-489",
    "batch74: django production settings module reading the environment",
    `
import os

DEBUG = os.environ.get("DJANGO_DEBUG", "false").lower() == "true" # SAFE
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",") # SAFE CWE-183
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"] # SAFE CWE-798
AUTH_PASSWORD_VALIDATORS = [ # SAFE CWE-521
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
SESSION_COOKIE_SECURE = True # SAFE CWE-614
SESSION_COOKIE_HTTPONLY = True # SAFE CWE-1004
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"] # SAFE CWE-916
`,
  ),
  ...rules(
    "CWE-1336",
    "batch74: flask render_template_string spellings",
    `
import flask
from flask import Flask, request, render_template, render_template_string
from flask import render_template_string as rts
from jinja2 import Template, Environment

app = Flask(__name__)
PAGE = "<h1>Hello {{ name }}</h1>"


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    return render_template_string("<h1>Hello " + name + "</h1>") # VULN


@app.route("/hello2")
def hello2():
    name = request.args.get("name", "guest")
    return render_template_string(PAGE, name=name) # SAFE


@app.route("/hello3")
def hello3():
    tpl = request.form["template"]
    return rts(tpl) # VULN


@app.route("/hello4")
def hello4():
    name = request.args.get("name", "guest")
    return flask.render_template_string(f"<p>{name}</p>") # VULN


@app.route("/hello5")
def hello5():
    return render_template("hello.html", name=request.args.get("name")) # SAFE


@app.route("/hello6")
def hello6():
    body = request.get_json()["body"]
    return Template(body).render() # VULN


@app.route("/hello7")
def hello7():
    return Template("<b>{{ v }}</b>", autoescape=True).render(v=request.args.get("v")) # SAFE


@app.route("/hello8")
def hello8():
    env = Environment(autoescape=True)
    return env.from_string("Hi {{ who }}").render(who=request.args.get("who")) # SAFE
`,
  ),
  ...rules(
    "CWE-22",
    "batch74: flask send_file and send_from_directory",
    `
import os
from flask import Flask, request, send_file, send_from_directory, abort
from flask import send_file as sf
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/dl")
def dl():
    name = request.args.get("name")
    return send_file(os.path.join(UPLOADS, name)) # VULN


@app.route("/dl2")
def dl2():
    return send_from_directory(UPLOADS, request.args.get("name")) # SAFE


@app.route("/dl3")
def dl3():
    return sf(UPLOADS + "/" + request.args["f"], as_attachment=True) # VULN


@app.route("/dl4")
def dl4():
    name = secure_filename(request.args.get("name", ""))
    return send_file(os.path.join(UPLOADS, name)) # SAFE


@app.route("/dl5")
def dl5():
    path = request.args.get("path", "")
    full = os.path.realpath(os.path.join(UPLOADS, path))
    if not full.startswith(UPLOADS + os.sep):
        abort(404)
    return send_file(full) # SAFE


@app.route("/dl6/<path:p>")
def dl6(p):
    return send_file(f"/srv/reports/{p}", mimetype="application/pdf") # VULN


@app.route("/dl7")
def dl7():
    with open(os.path.join(UPLOADS, request.args["f"]), "rb") as fh: # VULN
        return fh.read()
`,
  ),
  ...rules(
    "CWE-79",
    "batch74: flask make_response and Response with request data",
    `
from flask import Flask, request, make_response, Response, jsonify
from markupsafe import Markup, escape
import flask

app = Flask(__name__)


@app.route("/a")
def a():
    return make_response("<p>" + request.args.get("q", "") + "</p>") # VULN


@app.route("/b")
def b():
    return make_response(jsonify(q=request.args.get("q"))) # SAFE


@app.route("/c")
def c():
    return Response("Hello " + request.args["name"], mimetype="text/html") # VULN


@app.route("/d")
def d():
    return Response("Hello %s" % escape(request.args["name"]), mimetype="text/html") # SAFE


@app.route("/e")
def e():
    resp = flask.make_response(f"<i>{request.cookies.get('nick')}</i>") # VULN
    return resp


@app.route("/f")
def f():
    return Markup("<b>%s</b>") % request.args.get("v", "") # SAFE


@app.route("/g")
def g():
    return Markup("<b>" + request.args.get("v", "") + "</b>") # VULN


@app.route("/h")
def h():
    return "<h1>" + request.headers.get("X-Title", "") + "</h1>" # VULN


@app.route("/i")
def i():
    return Response(request.args.get("raw", ""), mimetype="text/plain") # SAFE
`,
  ),
  ...rules(
    "CWE-614",
    "batch74: flask cookie flags with set_cookie",
    `
from flask import Flask, make_response, session

app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = False # VULN
app.config.update(SESSION_COOKIE_HTTPONLY=False) # VULN CWE-1004


@app.route("/login", methods=["POST"])
def login():
    token = session.get("token", "")
    resp = make_response("ok")
    resp.set_cookie("auth", token) # VULN
    resp.set_cookie("auth2", token, secure=True, httponly=True, samesite="Lax") # SAFE
    resp.set_cookie("auth3", token, secure=False, httponly=True) # VULN
    resp.set_cookie("auth4", token, secure=True, httponly=False) # VULN CWE-1004
    resp.set_cookie("theme", "dark", secure=True, httponly=True) # SAFE
    return resp
`,
  ),
  ...rules(
    "CWE-489",
    "batch74: flask app.run debug and interfaces",
    `
import os
from flask import Flask

app = Flask(__name__)


def main():
    app.run(debug=True) # VULN
    app.run(host="0.0.0.0", port=5000, debug=True) # VULN
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1") # SAFE
    app.run(host="127.0.0.1", port=5000) # SAFE
    app.debug = True # VULN
    app.config["DEBUG"] = False # SAFE
    app.run("0.0.0.0", 8080) # VULN CWE-605
    app.run(host="0.0.0.0", port=8080, debug=False) # VULN CWE-605
`,
  ),
  ...rules(
    "CWE-89",
    "batch74: SQLAlchemy text, execute and literal_column",
    `
from flask import Flask, request
from sqlalchemy import create_engine, text, literal_column, select, column, table, bindparam
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session
import sqlalchemy as sa

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2://app@db/app")
users = table("users", column("id"), column("name"), column("email"))


@app.route("/users")
def list_users():
    name = request.args.get("name", "")
    order = request.args.get("order", "id")
    with engine.connect() as conn:
        a = conn.execute(text("SELECT * FROM users WHERE name = '%s'" % name)) # VULN
        b = conn.execute(text("SELECT * FROM users WHERE name = :n"), {"n": name}) # SAFE
        c = conn.execute(sql_text(f"SELECT * FROM users WHERE name = '{name}'")) # VULN
        d = conn.execute(sa.text("SELECT * FROM users WHERE name = :n").bindparams(n=name)) # SAFE
        e = conn.exec_driver_sql("SELECT * FROM users WHERE name = '{}'".format(name)) # VULN
        f = conn.exec_driver_sql("SELECT * FROM users WHERE name = %s", (name,)) # SAFE
        g = conn.execute(select(literal_column(order)).select_from(users)) # VULN
        h = conn.execute(select(users.c.id).where(users.c.name == bindparam("n")), {"n": name}) # SAFE
        i = conn.execute(select(users).order_by(text(order))) # VULN
        j = conn.execute(select(users).where(users.c.name == name)) # SAFE
    with Session(engine) as session:
        k = session.execute(text("DELETE FROM users WHERE id = " + request.args["id"])) # VULN
        m = session.execute(text("DELETE FROM users WHERE id = :id"), {"id": int(request.args["id"])}) # SAFE
    return {"n": len([a, b, c, d, e, f, g, h, i, j, k, m])}
`,
  ),
  ...rules(
    "CWE-943",
    "batch74: pymongo $where and mapReduce with request data",
    `
from flask import Flask, request, jsonify
from pymongo import MongoClient
from bson.son import SON

app = Flask(__name__)
db = MongoClient("mongodb://db:27017")["app"]


@app.route("/items")
def items():
    owner = request.args.get("owner", "")
    a = db.items.find({"$where": "this.owner == '" + owner + "'"}) # VULN
    b = db.items.find({"owner": owner}) # SAFE
    c = db.items.find_one({"$where": f"this.price > {request.args['min']}"}) # VULN
    d = db.items.find({"owner": {"$eq": owner}}) # SAFE
    e = db["items"].count_documents({"$where": "this.tags.length > %s" % request.args.get("n", "0")}) # VULN
    f = db.items.find({"$where": "this.stock > 0"}) # SAFE
    g = db.items.aggregate([{"$match": {"owner": owner}}, {"$sort": SON([("price", -1)])}]) # SAFE
    h = db.items.find({"$expr": {"$function": {"body": request.args.get("fn"), "args": [], "lang": "js"}}}) # VULN
    return jsonify(n=len([a, b, c, d, e, f, g, h]))
`,
  ),
  ...rules(
    "CWE-295",
    "batch74: requests, httpx and urllib certificate verification",
    `
import ssl
import urllib.request
import requests
import httpx
from requests import Session as HttpSession
from requests import get as http_get

CA_BUNDLE = "/etc/ssl/certs/corp-ca.pem"


def fetch_all(url):
    a = requests.get(url, verify=False, timeout=5) # VULN
    b = requests.get(url, verify=CA_BUNDLE, timeout=5) # SAFE
    c = http_get(url, timeout=5, verify=False) # VULN
    d = requests.request("GET", url, verify=False, timeout=5) # VULN
    s = HttpSession()
    s.verify = False # VULN
    e = s.get(url, timeout=5)
    f = httpx.post(url, json={}, verify=False, timeout=5) # VULN
    g = httpx.AsyncClient(verify=False) # VULN
    h = httpx.Client(verify=True, timeout=5) # SAFE
    ctx = ssl._create_unverified_context() # VULN
    i = urllib.request.urlopen(url, context=ctx, timeout=5)
    j = urllib.request.urlopen(url, context=ssl.create_default_context(cafile=CA_BUNDLE), timeout=5) # SAFE
    k = requests.get(url, verify=True, timeout=5) # SAFE
    return [a, b, c, d, e, f, g, h, i, j, k]
`,
  ),
  ...rules(
    "CWE-319",
    "batch74: cleartext http URLs carrying credentials or tokens",
    `
import requests
import urllib.request
import httpx

TOKEN_URL = "http://auth.example.com/oauth/token"


def login(user, password):
    r = requests.post("http://api.example.com/login", data={"u": user, "p": password}, timeout=5) # VULN
    r2 = requests.post("https://api.example.com/login", data={"u": user, "p": password}, timeout=5) # SAFE
    r3 = httpx.post(TOKEN_URL, data={"grant_type": "password", "username": user, "password": password}, timeout=5) # VULN
    r4 = requests.get("http://localhost:8080/health", timeout=2) # SAFE
    r5 = urllib.request.urlopen("http://metrics.example.com/push?key=" + password, timeout=5) # VULN
    r6 = requests.get("https://api.example.com/me", headers={"Authorization": "Bearer " + password}, timeout=5) # SAFE
    return r, r2, r3, r4, r5, r6
`,
  ),
  ...rules(
    "CWE-400",
    "batch74: HTTP client calls without a timeout",
    `
import requests
from requests import Session

API = "https://api.example.com"


def poll(path):
    a = requests.get(API + path) # VULN
    b = requests.get(API + path, timeout=10) # SAFE
    c = requests.post(API + path, json={"x": 1}) # VULN
    d = requests.post(API + path, json={"x": 1}, timeout=(3.05, 27)) # SAFE
    s = Session()
    e = s.get(API + path) # VULN
    f = s.get(API + path, timeout=10) # SAFE
    g = requests.head(API + path, allow_redirects=True) # VULN
    return [a, b, c, d, e, f, g]
`,
  ),
  ...rules(
    "CWE-295",
    "batch74: paramiko host key policies and exec_command",
    `
import paramiko
from paramiko import SSHClient, AutoAddPolicy, RejectPolicy
from paramiko.client import WarningPolicy
from flask import Flask, request

app = Flask(__name__)


def connect(host):
    c1 = paramiko.SSHClient()
    c1.set_missing_host_key_policy(paramiko.AutoAddPolicy()) # VULN
    c2 = SSHClient()
    c2.set_missing_host_key_policy(AutoAddPolicy) # VULN
    c3 = SSHClient()
    c3.set_missing_host_key_policy(WarningPolicy()) # VULN
    c4 = SSHClient()
    c4.load_system_host_keys()
    c4.set_missing_host_key_policy(RejectPolicy()) # SAFE
    c5 = SSHClient()
    c5.load_host_keys("/etc/ssh/ssh_known_hosts") # SAFE
    c5.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519")
    return c5


@app.route("/remote/ls")
def remote_ls():
    client = connect("build.internal")
    d = request.args.get("dir", ".")
    _, out, _ = client.exec_command("ls -la " + d) # VULN CWE-78
    _, out2, _ = client.exec_command("ls -la /var/log") # SAFE CWE-78
    import shlex
    _, out3, _ = client.exec_command("ls -la -- " + shlex.quote(d)) # SAFE CWE-78
    return out.read() + out2.read() + out3.read()
`,
  ),
  ...rules(
    "CWE-327",
    "batch74: cryptography and pycryptodome weak ciphers, modes, keys and IVs",
    `
import os
from Crypto.Cipher import AES, DES, DES3, ARC4, Blowfish
from Crypto.Cipher import AES as CryptoAES
from Crypto.PublicKey import RSA
from Crypto.Random import get_random_bytes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.asymmetric import rsa, dsa, ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = os.environ["APP_KEY"].encode()[:32]


def legacy(data):
    a = AES.new(KEY, AES.MODE_ECB) # VULN
    b = AES.new(KEY, AES.MODE_GCM) # SAFE
    c = DES.new(KEY[:8], DES.MODE_CBC, iv=get_random_bytes(8)) # VULN
    d = ARC4.new(KEY) # VULN
    e = Blowfish.new(KEY, Blowfish.MODE_CBC, get_random_bytes(8)) # VULN
    f = CryptoAES.new(KEY, CryptoAES.MODE_CBC, iv=b"1234567890abcdef") # VULN CWE-329
    g = CryptoAES.new(KEY, CryptoAES.MODE_CBC, iv=get_random_bytes(16)) # SAFE
    h = DES3.new(KEY[:24], DES3.MODE_EAX) # VULN
    return a, b, c, d, e, f, g, h


def hazmat(data):
    iv = os.urandom(16)
    c1 = Cipher(algorithms.AES(KEY), modes.ECB()) # VULN
    c2 = Cipher(algorithms.AES(KEY), modes.CBC(iv)) # SAFE
    c3 = Cipher(algorithms.TripleDES(KEY[:24]), modes.CBC(iv[:8])) # VULN
    c4 = Cipher(algorithms.ARC4(KEY), mode=None) # VULN
    c5 = Cipher(algorithms.AES(KEY), modes.CTR(b"\\x00" * 16)) # VULN CWE-329
    c6 = AESGCM(KEY).encrypt(os.urandom(12), data, None) # SAFE
    return c1, c2, c3, c4, c5, c6


def keys():
    k1 = rsa.generate_private_key(public_exponent=65537, key_size=1024) # VULN CWE-326
    k2 = rsa.generate_private_key(public_exponent=65537, key_size=3072) # SAFE CWE-326
    k3 = dsa.generate_private_key(key_size=1024) # VULN CWE-326
    k4 = RSA.generate(1024) # VULN CWE-326
    k5 = RSA.generate(bits=4096) # SAFE CWE-326
    k6 = ec.generate_private_key(ec.SECP256R1()) # SAFE CWE-326
    k7 = ec.generate_private_key(ec.SECT163K1()) # VULN CWE-326
    return k1, k2, k3, k4, k5, k6, k7
`,
  ),
  ...rules(
    "CWE-328",
    "batch74: hashlib md5 / sha1 with and without usedforsecurity",
    `
import hashlib
from hashlib import md5, sha1
from hashlib import md5 as _md5
import hmac


def password_digest(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest() # VULN


def password_digest2(password: str) -> str:
    return sha1(password.encode("utf-8")).hexdigest() # VULN


def token_fingerprint(token: bytes) -> str:
    return _md5(token).hexdigest() # VULN


def etag(body: bytes) -> str:
    return hashlib.md5(body, usedforsecurity=False).hexdigest() # SAFE


def cache_key(url: str) -> str:
    return sha1(url.encode(), usedforsecurity=False).hexdigest() # SAFE


def sign(secret: bytes, msg: bytes) -> str:
    h = hashlib.new("md5") # VULN
    h.update(secret + msg)
    return h.hexdigest()


def sign2(secret: bytes, msg: bytes) -> str:
    return hmac.new(secret, msg, hashlib.sha256).hexdigest() # SAFE


def sign3(secret: bytes, msg: bytes) -> str:
    return hashlib.new("sha1", secret + msg).hexdigest() # VULN


def checksum(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.new("md5", fh.read(), usedforsecurity=False).hexdigest() # SAFE


def strong(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest() # SAFE
`,
  ),
  ...rules(
    "CWE-347",
    "batch74: PyJWT decode without verification or with the none algorithm",
    `
import os
import jwt
from jwt import decode as jwt_decode
from flask import Flask, request

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]


@app.route("/me")
def me():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    a = jwt.decode(token, options={"verify_signature": False}) # VULN
    b = jwt.decode(token, SECRET, algorithms=["HS256"]) # SAFE
    c = jwt_decode(token, SECRET, verify=False) # VULN
    d = jwt.decode(token, SECRET, algorithms=["none"]) # VULN
    e = jwt.decode(token, SECRET, algorithms=["HS256"], options={"require": ["exp", "sub"]}) # SAFE
    f = jwt.decode(token, key=SECRET, algorithms=["HS256", "none"]) # VULN
    g = jwt.get_unverified_header(token) # SAFE
    return {"sub": b["sub"], "a": a, "c": c, "d": d, "e": e, "f": f, "kid": g.get("kid")}


def issue(sub):
    return jwt.encode({"sub": sub}, None, algorithm="none") # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch74: yaml, pickle, shelve, marshal, dill and jsonpickle loading untrusted bytes",
    `
import json
import marshal
import pickle
import shelve
import _pickle as cPickle
import dill
import jsonpickle
import yaml
from yaml import load as yload, SafeLoader, FullLoader, Loader
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_data():
    raw = request.get_data()
    a = yaml.load(raw, Loader=yaml.Loader) # VULN
    b = yaml.load(raw, Loader=SafeLoader) # SAFE
    c = yload(raw, Loader=Loader) # VULN
    d = yaml.safe_load(raw) # SAFE
    e = yaml.unsafe_load(raw) # VULN
    f = yaml.load(raw, FullLoader) # VULN
    g = pickle.loads(raw) # VULN
    h = cPickle.loads(raw) # VULN
    i = marshal.loads(raw) # VULN
    j = dill.loads(raw) # VULN
    k = jsonpickle.decode(raw.decode()) # VULN
    m = json.loads(raw) # SAFE
    n = yaml.load_all(raw, Loader=yaml.SafeLoader) # SAFE
    o = yaml.load_all(raw, Loader=yaml.UnsafeLoader) # VULN
    return {"n": len([a, b, c, d, e, f, g, h, i, j, k, m, n, o])}


@app.route("/prefs")
def prefs():
    user = request.args.get("user", "")
    with shelve.open("/var/lib/app/prefs/" + user) as db: # VULN CWE-22
        return dict(db)


@app.route("/upload", methods=["POST"])
def upload():
    fh = request.files["state"]
    state = pickle.load(fh) # VULN
    state2 = pickle.Unpickler(fh.stream).load() # VULN
    return {"keys": list(state) + list(state2)}
`,
  ),
  ...rules(
    "CWE-377",
    "batch74: tempfile.mktemp and friends",
    `
import os
import tempfile
from tempfile import mktemp as make_temp_name


def export(data: bytes) -> str:
    path = tempfile.mktemp(suffix=".csv") # VULN
    with open(path, "wb") as fh:
        fh.write(data)
    return path


def export2(data: bytes) -> str:
    fd, path = tempfile.mkstemp(suffix=".csv") # SAFE
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path


def export3(data: bytes) -> str:
    name = make_temp_name(prefix="exp-", dir="/tmp") # VULN
    open(name, "wb").write(data)
    return name


def export4(data: bytes):
    with tempfile.NamedTemporaryFile(delete=False, suffix=".csv") as fh: # SAFE
        fh.write(data)
        return fh.name


def export5(data: bytes) -> str:
    d = tempfile.mkdtemp() # SAFE
    return os.path.join(d, "out.csv")


def export6(data: bytes) -> str:
    path = "/tmp/export-%d.csv" % os.getpid()
    with open(path, "wb") as fh: # VULN
        fh.write(data)
    return path
`,
  ),
  ...rules(
    "CWE-732",
    "batch74: os.chmod and os.open with permissive modes",
    `
import os
import stat
from pathlib import Path

KEY_PATH = "/etc/app/private.key"


def fix_perms(path):
    os.chmod(path, 0o777) # VULN
    os.chmod(path, 0o600) # SAFE
    os.chmod(KEY_PATH, 0o644) # VULN
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO) # VULN
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR) # SAFE
    Path(path).chmod(0o666) # VULN
    Path(path).chmod(0o640) # SAFE
    os.fchmod(os.open(path, os.O_RDONLY), 0o777) # VULN
    fd = os.open(KEY_PATH, os.O_WRONLY | os.O_CREAT, 0o666) # VULN
    fd2 = os.open(KEY_PATH, os.O_WRONLY | os.O_CREAT, 0o600) # SAFE
    os.makedirs("/var/run/app", mode=0o777, exist_ok=True) # VULN
    os.makedirs("/var/run/app", mode=0o750, exist_ok=True) # SAFE
    os.umask(0) # VULN
    return fd, fd2
`,
  ),
  ...rules(
    "CWE-78",
    "batch74: subprocess shell=True, os.popen, commands and aliases",
    `
import os
import shlex
import subprocess
import subprocess as sp
from subprocess import Popen, PIPE, check_output as co
from flask import Flask, request

app = Flask(__name__)


@app.route("/tools")
def tools():
    host = request.args.get("host", "")
    path = request.form.get("path", "")
    a = subprocess.call("ping -c 1 " + host, shell=True) # VULN
    b = subprocess.call(["ping", "-c", "1", host]) # SAFE
    c = sp.check_call(f"traceroute {host}", shell=True) # VULN
    d = co("du -sh %s" % path, shell=True) # VULN
    e = co(["du", "-sh", "--", path]) # SAFE
    p = Popen("tar czf /tmp/out.tgz " + path, shell=True, stdout=PIPE) # VULN
    q = Popen("tar czf /tmp/out.tgz " + shlex.quote(path), shell=True, stdout=PIPE) # SAFE
    r = os.popen("nslookup " + host).read() # VULN
    s = os.popen("uptime").read() # SAFE
    t = subprocess.run(" ".join(["dig", host]), shell=True) # VULN
    u = subprocess.run("date", shell=True) # SAFE
    v = os.system("wc -l '%s'" % path) # VULN
    w = subprocess.run(["bash", "-c", "echo " + host]) # VULN
    x = subprocess.run(["bash", "-c", 'echo "$1"', "bash", host]) # SAFE
    y = os.spawnlp(os.P_WAIT, "ls", "ls", "--", path) # SAFE
    return {"n": len([a, b, c, d, e, p, q, r, s, t, u, v, w, x, y])}


def legacy(name):
    import commands
    return commands.getoutput("finger " + name) # VULN
`,
  ),
  ...rules(
    "CWE-611",
    "batch74: lxml, xml.sax, xml.dom.pulldom and etree parsers on uploads",
    `
import xml.sax
import xml.dom.pulldom
import xml.etree.ElementTree as ET
from lxml import etree
from lxml.etree import XMLParser, fromstring
import defusedxml.ElementTree as DET
from flask import Flask, request

app = Flask(__name__)


class Handler(xml.sax.ContentHandler):
    pass


@app.route("/upload", methods=["POST"])
def upload():
    body = request.get_data()
    p1 = etree.XMLParser(resolve_entities=True) # VULN
    t1 = etree.fromstring(body, p1)
    p2 = etree.XMLParser(resolve_entities=False, no_network=True) # SAFE
    t2 = etree.fromstring(body, p2)
    p3 = XMLParser(load_dtd=True, no_network=False) # VULN
    t3 = fromstring(body, parser=p3)
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True) # VULN
    parser.setContentHandler(Handler())
    parser.parse(request.files["doc"])
    parser2 = xml.sax.make_parser()
    parser2.setFeature(xml.sax.handler.feature_external_ges, False) # SAFE
    t4 = DET.fromstring(body) # SAFE
    t5 = etree.parse(request.files["doc"], etree.XMLParser(huge_tree=True, resolve_entities=True)) # VULN
    doc = xml.dom.pulldom.parseString(body.decode()) # SAFE
    return {"n": len([t1, t2, t3, t4, t5, doc])}
`,
  ),
  ...rules(
    "CWE-532",
    "batch74: logging secrets and tokens",
    `
import hashlib
import hmac
import logging
import logging.config
import os
from logging import getLogger

log = logging.getLogger(__name__)
audit = getLogger("audit")


def login(username, password, api_key):
    log.info("login attempt user=%s password=%s", username, password) # VULN
    log.info("login attempt user=%s", username) # SAFE
    logging.debug("using api key " + api_key) # VULN
    audit.warning(f"auth failed for {username} with {password}") # VULN
    log.debug("api key present: %s", bool(api_key)) # SAFE
    log.info("api key suffix ...%s", api_key[-4:]) # SAFE
    audit.info("token=%(tok)s", {"tok": api_key}) # VULN
    log.error("Login failed for %s", username) # SAFE


CONFIG_KEY = os.environ["LOG_CONFIG_KEY"].encode()


def _signed_config(payload):
    sig, body = payload[:32], payload[32:]
    good = hmac.new(CONFIG_KEY, body, hashlib.sha256).digest()
    return body if hmac.compare_digest(sig, good) else None


def start_config_server():
    t = logging.config.listen(9030) # VULN CWE-94
    t.start()
    t2 = logging.config.listen(9031, verify=_signed_config) # SAFE CWE-94
    return t, t2
`,
  ),
  ...rules(
    "CWE-22",
    "batch74: tarfile and zipfile extraction of uploaded archives",
    `
import os
import tarfile
import zipfile
import shutil
from tarfile import open as tar_open

DEST = "/srv/extract"


def unpack_tar(path):
    with tarfile.open(path) as tf:
        tf.extractall(DEST) # VULN
    with tar_open(path, "r:gz") as tf2:
        tf2.extractall(DEST, filter="data") # SAFE
    with tarfile.open(path) as tf3:
        for m in tf3.getmembers():
            tf3.extract(m, DEST) # VULN
    with tarfile.open(path) as tf4:
        safe = [m for m in tf4.getmembers() if not os.path.isabs(m.name) and ".." not in m.name.split("/") and m.isfile()]
        tf4.extractall(DEST, members=safe) # SAFE


def unpack_zip(path):
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            target = os.path.join(DEST, name)
            with open(target, "wb") as out: # VULN
                out.write(zf.read(name))
    with zipfile.ZipFile(path) as zf2:
        zf2.extractall(DEST) # SAFE
    with zipfile.ZipFile(path) as zf3:
        for info in zf3.infolist():
            target = os.path.realpath(os.path.join(DEST, info.filename))
            if not target.startswith(DEST + os.sep):
                continue
            with zf3.open(info) as src, open(target, "wb") as out2: # SAFE
                shutil.copyfileobj(src, out2)
    shutil.unpack_archive(path, DEST) # VULN
`,
  ),
  ...rules(
    "CWE-327",
    "batch74: ssl module protocol versions",
    `
import socket
import ssl
from ssl import SSLContext, PROTOCOL_SSLv23, PROTOCOL_TLS_CLIENT


def client(host):
    a = ssl.SSLContext(ssl.PROTOCOL_SSLv3) # VULN
    b = ssl.SSLContext(ssl.PROTOCOL_TLSv1) # VULN
    c = SSLContext(PROTOCOL_TLS_CLIENT) # SAFE
    d = ssl.wrap_socket(socket.socket(), ssl_version=ssl.PROTOCOL_TLSv1_1) # VULN
    e = ssl.create_default_context() # SAFE
    e.minimum_version = ssl.TLSVersion.TLSv1 # VULN
    f = ssl.create_default_context()
    f.minimum_version = ssl.TLSVersion.TLSv1_2 # SAFE
    g = ssl.SSLContext(ssl.PROTOCOL_SSLv2) # VULN
    h = SSLContext(PROTOCOL_SSLv23)
    h.options |= ssl.OP_NO_SSLv2 | ssl.OP_NO_SSLv3 | ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1 # SAFE
    return a, b, c, d, e, f, g, h
`,
  ),
  ...rules(
    "CWE-295",
    "batch74: ssl contexts with CERT_NONE and check_hostname=False",
    `
import smtplib
import ssl
import socket
from ssl import CERT_NONE, CERT_REQUIRED


def insecure_ctx():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False # VULN
    ctx.verify_mode = ssl.CERT_NONE # VULN
    return ctx


def secure_ctx():
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/ca.pem")
    ctx.check_hostname = True # SAFE
    ctx.verify_mode = CERT_REQUIRED # SAFE
    return ctx


def raw(host):
    s = ssl.wrap_socket(socket.create_connection((host, 443)), cert_reqs=CERT_NONE) # VULN
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    mail = smtplib.SMTP_SSL(host, 465, context=ssl._create_unverified_context()) # VULN
    mail2 = smtplib.SMTP_SSL(host, 465, context=ssl.create_default_context()) # SAFE
    return s, ctx, mail, mail2
`,
  ),
  ...rules(
    "CWE-319",
    "batch74: ftplib, telnetlib and smtplib without TLS",
    `
import ftplib
import smtplib
import ssl
import telnetlib
from ftplib import FTP, FTP_TLS
from smtplib import SMTP


def upload(host, user, password, path):
    ftp = FTP(host) # VULN
    ftp.login(user, password)
    ftps = FTP_TLS(host) # SAFE
    ftps.login(user, password)
    ftps.prot_p()
    f2 = ftplib.FTP(host, user, password) # VULN
    return ftp, ftps, f2


def router(host, password):
    tn = telnetlib.Telnet(host, 23, timeout=10) # VULN
    tn.write(password.encode() + b"\\n")
    return tn


def mail(host, user, password, msg):
    s = smtplib.SMTP(host, 25) # VULN
    s.login(user, password)
    s.send_message(msg)
    t = SMTP(host, 587) # SAFE
    t.starttls(context=ssl.create_default_context())
    t.login(user, password)
    u = smtplib.SMTP_SSL(host, 465) # SAFE
    u.login(user, password)
    v = smtplib.SMTP("localhost") # SAFE
    v.send_message(msg)
    return s, t, u, v
`,
  ),
  ...rules(
    "CWE-605",
    "batch74: sockets and servers bound to all interfaces",
    `
import socket
import socketserver
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
from xmlrpc.server import SimpleXMLRPCServer


def serve(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("0.0.0.0", port)) # VULN
    s2 = socket.socket()
    s2.bind(("127.0.0.1", port)) # SAFE
    s3 = socket.socket(socket.AF_INET6)
    s3.bind(("::", port)) # VULN
    s4 = socket.socket()
    s4.bind(("", port)) # VULN
    srv = socketserver.TCPServer(("0.0.0.0", 9000), socketserver.BaseRequestHandler) # VULN
    srv2 = ThreadingHTTPServer(("localhost", 8000), BaseHTTPRequestHandler) # SAFE
    rpc = SimpleXMLRPCServer(("0.0.0.0", 8001)) # VULN
    rpc2 = SimpleXMLRPCServer(("127.0.0.1", 8002), allow_none=True) # SAFE
    return s, s2, s3, s4, srv, srv2, rpc, rpc2
`,
  ),
  ...rules(
    "CWE-703",
    "batch74: assert used for authorisation and input checks",
    `
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from notes.models import Note


def delete_note(request, pk):
    note = Note.objects.get(pk=pk)
    assert note.owner == request.user, "forbidden" # VULN
    note.delete()
    return JsonResponse({"ok": True})


def delete_note2(request, pk):
    note = Note.objects.get(pk=pk)
    if note.owner != request.user:
        raise PermissionDenied # SAFE
    note.delete()
    return JsonResponse({"ok": True})


def admin_stats(request):
    assert request.user.is_superuser # VULN
    return JsonResponse({"n": Note.objects.count()})


def transfer(request):
    amount = int(request.POST["amount"])
    assert 0 < amount <= request.user.balance, "insufficient funds" # VULN
    request.user.balance -= amount
    request.user.save()
    return JsonResponse({"ok": True})


def _split(items):
    assert isinstance(items, list) # SAFE
    return items[: len(items) // 2], items[len(items) // 2 :]
`,
  ),
  ...rules(
    "CWE-95",
    "batch74: eval and exec of request data",
    `
import ast
import builtins
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")
    a = eval(expr) # VULN
    b = ast.literal_eval(expr) # SAFE
    c = eval(compile(expr, "<expr>", "eval")) # VULN
    d = builtins.eval(request.form["e"]) # VULN
    e = eval("1 + 2") # SAFE
    return {"a": a, "b": b, "c": c, "d": d, "e": e}


@app.route("/hook", methods=["POST"])
def hook():
    code = request.get_json()["code"]
    exec(code) # VULN
    exec(code, {"__builtins__": {}}) # VULN
    ns = {}
    exec("result = 40 + 2", ns) # SAFE
    getattr(builtins, "exec")(request.form["src"]) # VULN
    return {"ok": True, "r": ns["result"]}


@app.route("/sum")
def summed():
    nums = request.args.get("nums", "")
    total = eval("+".join(str(int(n)) for n in nums.split(",") if n)) # SAFE
    return {"total": total}
`,
  ),
  ...rules(
    "CWE-94",
    "batch74: __import__ and importlib with request data",
    `
import importlib
from importlib import import_module as load
from flask import Flask, request

app = Flask(__name__)
PLUGINS = {"csv": "exporters.csv_export", "json": "exporters.json_export"}


@app.route("/export")
def export():
    fmt = request.args.get("fmt", "csv")
    a = importlib.import_module(fmt) # VULN
    b = importlib.import_module(PLUGINS.get(fmt, "exporters.csv_export")) # SAFE
    c = __import__(request.args["mod"]) # VULN
    d = load("exporters." + fmt) # VULN
    if fmt in PLUGINS:
        e = load(PLUGINS[fmt]) # SAFE
    else:
        e = None
    f = __import__("json") # SAFE
    g = importlib.__import__(request.form.get("m")) # VULN
    return {"n": len([a, b, c, d, e, f, g])}
`,
  ),
  // ------------------------------------------------------------------ part 2: harder spellings (written before
  // reading the rules of these areas): class-based views, DRF, helpers, partials, chained clients, other loaders.
  ...rules(
    "CWE-89",
    "batch74: DRF APIView with cursor.execute and psycopg2.sql composition",
    `
from django.db import connection
from psycopg2 import sql
from rest_framework.response import Response
from rest_framework.views import APIView


class ReportView(APIView):
    def get(self, request):
        table = request.query_params.get("table", "events")
        col = request.query_params["col"]
        with connection.cursor() as cur:
            cur.execute("SELECT %s FROM events" % col) # VULN
            cur.execute(sql.SQL("SELECT {} FROM {}").format(sql.Identifier(col), sql.Identifier(table))) # SAFE
            cur.execute(f"SELECT count(*) FROM {table}") # VULN
            rows = cur.fetchall()
        return Response({"rows": rows})

    def post(self, request):
        name = request.data.get("name")
        with connection.cursor() as cur:
            cur.execute("INSERT INTO tags(name) VALUES ('" + name + "')") # VULN
            cur.execute("INSERT INTO tags(name) VALUES (%s)", (name,)) # SAFE
            cur.execute(sql.SQL("INSERT INTO {} (name) VALUES (%s)").format(sql.Identifier("tags")), [name]) # SAFE
        return Response({"ok": True})
`,
  ),
  ...rules(
    "CWE-89",
    "batch74: SQL built in a helper and run elsewhere",
    `
import sqlite3
from flask import Flask, request

app = Flask(__name__)


def where_clause(field, value):
    return "%s = '%s'" % (field, value)


def where_param(field):
    return field + " = ?"


def fetch(where, params=()):
    conn = sqlite3.connect("app.db")
    return conn.execute("SELECT * FROM users WHERE " + where, params).fetchall() # VULN


@app.route("/by-name")
def by_name():
    return {"rows": fetch(where_clause("name", request.args["name"]))}


@app.route("/by-email")
def by_email():
    return {"rows": fetch(where_param("email"), (request.args["email"],))}


@app.route("/by-id")
def by_id():
    conn = sqlite3.connect("app.db")
    uid = int(request.args.get("id", "0"))
    return {"rows": conn.execute("SELECT * FROM users WHERE id = %d" % uid).fetchall()} # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch74: shell commands through partials, kwargs dicts and asyncio",
    `
import asyncio
import functools
import subprocess
from flask import Flask, request

app = Flask(__name__)
run_sh = functools.partial(subprocess.run, shell=True, check=False)
SHELL_OPTS = {"shell": True, "capture_output": True}


@app.route("/grep")
def grep():
    pattern = request.args.get("p", "")
    a = run_sh("grep " + pattern + " /var/log/app.log") # VULN
    b = subprocess.run("ls " + pattern, **SHELL_OPTS) # VULN
    c = subprocess.run(["grep", "--", pattern, "/var/log/app.log"], capture_output=True) # SAFE
    d = subprocess.Popen(["ls", pattern], shell=False) # SAFE
    return {"rc": [a.returncode, b.returncode, c.returncode, d.wait()]}


@app.route("/convert")
async def convert():
    name = request.args.get("name", "")
    p = await asyncio.create_subprocess_shell("convert /in/" + name + " /out/x.png") # VULN
    q = await asyncio.create_subprocess_exec("convert", "/in/" + name, "/out/x.png") # SAFE
    await p.wait()
    await q.wait()
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-79",
    "batch74: class-based views, jinja2 environments and Markup.format",
    `
import jinja2
from django.http import HttpResponse
from django.views import View
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

app = Flask(__name__)


class Hello(View):
    def get(self, request):
        return HttpResponse("<p>%s</p>" % self.request.GET.get("n", "")) # VULN


class HelloSafe(View):
    def get(self, request):
        return HttpResponse("<p>%d</p>" % int(self.request.GET.get("n", "0"))) # SAFE


env = jinja2.Environment(loader=FileSystemLoader("templates")) # VULN
env2 = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"])) # SAFE
env3 = Environment(loader=FileSystemLoader("templates"), autoescape=False) # VULN
env4 = Environment(loader=FileSystemLoader("templates"), autoescape=True) # SAFE


@app.route("/badge")
def badge():
    return Markup("<b>{}</b>").format(request.args["v"]) # SAFE


@app.route("/badge2")
def badge2():
    return Markup("<b>{}</b>".format(request.args["v"])) # VULN
`,
  ),
  ...rules(
    "CWE-295",
    "batch74: chained sessions, aiohttp and urllib3 without certificate checks",
    `
import aiohttp
import requests
import urllib3
import ssl


def sync(url):
    a = requests.Session().get(url, verify=False, timeout=5) # VULN
    b = requests.Session().get(url, timeout=5) # SAFE
    pool = urllib3.PoolManager(cert_reqs=ssl.CERT_NONE) # VULN
    pool2 = urllib3.PoolManager(cert_reqs="CERT_REQUIRED") # SAFE
    urllib3.disable_warnings() # SAFE
    return a, b, pool, pool2


async def fetch(url):
    conn = aiohttp.TCPConnector(ssl=False) # VULN
    async with aiohttp.ClientSession(connector=conn) as s:
        async with s.get(url) as r:
            body = await r.text()
    async with aiohttp.ClientSession() as s2:
        async with s2.get(url, ssl=False) as r2: # VULN
            body2 = await r2.text()
        async with s2.get(url, ssl=ssl.create_default_context()) as r3: # SAFE
            body3 = await r3.text()
    conn2 = aiohttp.TCPConnector(verify_ssl=False) # VULN
    return body, body2, body3, conn2
`,
  ),
  ...rules(
    "CWE-916",
    "batch74: password hashing with fast digests, low iteration counts and proper KDFs",
    `
import hashlib
import os
import bcrypt
from argon2 import PasswordHasher
from cryptography.hazmat.primitives import hashes
from Crypto.Hash import MD5, SHA256


def store(user, password: str):
    salt = os.urandom(16)
    user.pw1 = hashlib.sha256(password.encode()).hexdigest() # VULN
    user.pw2 = hashlib.sha256(salt + password.encode()).hexdigest() # VULN
    user.pw3 = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000) # SAFE
    user.pw4 = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000) # VULN
    user.pw5 = bcrypt.hashpw(password.encode(), bcrypt.gensalt()) # SAFE
    user.pw6 = PasswordHasher().hash(password) # SAFE
    user.pw7 = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1) # SAFE
    user.pw8 = hashlib.pbkdf2_hmac("sha256", password.encode(), b"static-salt", 600_000) # VULN CWE-760


def digests(data: bytes):
    a = MD5.new(data).hexdigest() # VULN CWE-328
    b = SHA256.new(data).hexdigest() # SAFE CWE-328
    h = hashes.Hash(hashes.MD5()) # VULN CWE-328
    h2 = hashes.Hash(hashes.SHA256()) # SAFE CWE-328
    h3 = hashes.Hash(hashes.SHA1()) # VULN CWE-328
    return a, b, h, h2, h3
`,
  ),
  ...rules(
    "CWE-502",
    "batch74: model and array loaders, cookies and cached blobs",
    `
import base64
import pickle
import joblib
import numpy as np
import pandas as pd
import torch
from flask import Flask, request

app = Flask(__name__)


@app.route("/state")
def state():
    blob = request.cookies.get("state", "")
    a = pickle.loads(base64.b64decode(blob)) # VULN
    return {"a": a}


@app.route("/model", methods=["POST"])
def model():
    f = request.files["model"]
    path = "/srv/uploads/model.bin"
    f.save(path)
    m1 = torch.load(path) # VULN
    m2 = torch.load(path, weights_only=True) # SAFE
    m3 = joblib.load(path) # VULN
    arr = np.load(path, allow_pickle=True) # VULN
    arr2 = np.load(path) # SAFE
    df = pd.read_pickle(path) # VULN
    df2 = pd.read_csv(path) # SAFE
    return {"n": len([m1, m2, m3, arr, arr2, df, df2])}
`,
  ),
  ...rules(
    "CWE-22",
    "batch74: pathlib, FastAPI FileResponse and werkzeug safe_join",
    `
import os
from pathlib import Path
from fastapi import FastAPI
from fastapi.responses import FileResponse
from werkzeug.utils import safe_join

api = FastAPI()
BASE = Path("/srv/docs")


@api.get("/doc")
def doc(name: str):
    return (BASE / name).read_text() # VULN


@api.get("/doc2")
def doc2(name: str):
    p = (BASE / name).resolve()
    if not p.is_relative_to(BASE):
        raise ValueError("bad path")
    return p.read_text() # SAFE


@api.get("/doc3")
def doc3(name: str):
    return Path(BASE, os.path.basename(name)).read_text() # SAFE


@api.get("/static/{path:path}")
def static(path: str):
    return FileResponse(f"static/{path}") # VULN


@api.get("/static2/{path:path}")
def static2(path: str):
    full = safe_join("static", path)
    if full is None:
        raise ValueError("bad path")
    return FileResponse(full) # SAFE


@api.post("/save")
def save(name: str, body: str):
    with open(os.path.join("/srv/notes", name), "w") as fh: # VULN
        fh.write(body)
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-918",
    "batch74: server-side fetches of request URLs",
    `
import httpx
import requests
import urllib.request
from urllib.parse import urlparse
from flask import Flask, request

app = Flask(__name__)
ALLOWED_HOSTS = {"images.example.com", "cdn.example.com"}


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    return requests.get(url, timeout=5).text # VULN


@app.route("/fetch2")
def fetch2():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        return "no", 400
    return requests.get(url, timeout=5).text # SAFE


@app.route("/fetch3")
def fetch3():
    return urllib.request.urlopen(request.form["u"], timeout=5).read() # VULN


@app.route("/fetch4")
async def fetch4():
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(request.args["u"]) # VULN
    return r.text


@app.route("/fetch5")
def fetch5():
    item = request.args.get("id", "")
    return requests.get("https://api.example.com/items", params={"id": item}, timeout=5).text # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch74: credentials hard-coded in client calls",
    `
import os
import boto3
import jwt
import paramiko
import psycopg2
import requests
import smtplib


def clients():
    db = psycopg2.connect(host="db", user="app", password="hunter2-prod") # VULN
    db2 = psycopg2.connect(host="db", user="app", password=os.environ["DB_PASSWORD"]) # SAFE
    s3 = boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") # VULN
    s3b = boto3.client("s3") # SAFE
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect("build", username="ci", password="Ci-Build-2024!") # VULN
    mail = smtplib.SMTP_SSL("smtp.example.com", 465)
    mail.login("alerts@example.com", "Sm7p-Pa55") # VULN
    mail.login("alerts@example.com", os.environ["SMTP_PASSWORD"]) # SAFE
    tok = jwt.encode({"sub": "svc"}, "my-jwt-secret", algorithm="HS256") # VULN
    tok2 = jwt.encode({"sub": "svc"}, os.environ["JWT_SECRET"], algorithm="HS256") # SAFE
    r = requests.get("https://api.example.com/admin", auth=("admin", "admin123"), timeout=5) # VULN
    return db, db2, s3, s3b, ssh, mail, tok, tok2, r
`,
  ),
  ...rules(
    "CWE-338",
    "batch74: random module for tokens, passwords and codes",
    `
import random
import secrets
import string
from random import choice, randint


def reset_token():
    return "%032x" % random.getrandbits(128) # VULN


def reset_token2():
    return secrets.token_urlsafe(32) # SAFE


def temp_password(n=12):
    return "".join(choice(string.ascii_letters + string.digits) for _ in range(n)) # VULN


def temp_password2(n=12):
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(n)) # SAFE


def otp():
    return str(randint(100000, 999999)) # VULN


def otp2():
    return str(secrets.randbelow(900000) + 100000) # SAFE


def shuffle_playlist(songs):
    random.shuffle(songs) # SAFE
    return songs


def session_id():
    rng = random.Random()
    return "".join(rng.choice("0123456789abcdef") for _ in range(32)) # VULN


def jitter():
    return random.uniform(0.5, 1.5) # SAFE
`,
  ),
  ...rules(
    "CWE-1336",
    "batch74: jinja2, django and mako templates compiled from request text",
    `
from django.http import HttpResponse
from django.template import Context, Engine, Template as DjangoTemplate
from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment
from mako.template import Template as MakoTemplate


def preview(request):
    src = request.POST["template"]
    a = Environment().from_string(src).render() # VULN
    b = SandboxedEnvironment().from_string(src).render() # SAFE
    c = DjangoTemplate(src).render(Context({})) # VULN
    d = MakoTemplate(text=src).render() # VULN
    e = Engine.get_default().from_string(src).render(Context({})) # VULN
    f = Environment().from_string("Hi {{ n }}").render(n=src) # SAFE
    g = MakoTemplate("<p>\${n | h}</p>").render(n=src) # SAFE
    return HttpResponse(str(len(a + b + c + d + e + f + g)))
`,
  ),
  ...rules(
    "CWE-601",
    "batch74: redirects in Flask and Starlette with fallbacks and helpers",
    `
from flask import Flask, request, redirect, url_for
from starlette.responses import RedirectResponse
from starlette.requests import Request
from urllib.parse import urlparse

app = Flask(__name__)


def is_local(target):
    parts = urlparse(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//")


@app.route("/after-login")
def after_login():
    return redirect(request.args.get("next") or url_for("index")) # VULN


@app.route("/after-login2")
def after_login2():
    nxt = request.args.get("next", "")
    if not is_local(nxt):
        nxt = url_for("index")
    return redirect(nxt) # SAFE


async def star(request: Request):
    return RedirectResponse(url=request.query_params["next"]) # VULN


async def star2(request: Request):
    return RedirectResponse(url=request.url_for("home")) # SAFE
`,
  ),
  ...rules(
    "CWE-352",
    "batch74: Flask-WTF CSRF protection switched off",
    `
from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["WTF_CSRF_ENABLED"] = False # VULN
app.config["WTF_CSRF_CHECK_DEFAULT"] = True # SAFE
csrf = CSRFProtect(app)


@app.route("/transfer", methods=["POST"])
@csrf.exempt # VULN
def transfer():
    return "ok"


@app.route("/transfer2", methods=["POST"])
def transfer2():
    return "ok"
`,
  ),
  ...rules(
    "CWE-943",
    "batch74: pymongo operator injection through JSON bodies",
    `
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    u = users.find_one({"name": body["name"], "password_hash": body["hash"]}) # VULN
    v = users.find_one({"name": str(body["name"]), "password_hash": str(body["hash"])}) # SAFE
    return {"ok": bool(u and v)}


@app.route("/search")
def search():
    q = request.args.get("q", "")
    a = users.find({"name": {"$regex": q}}) # VULN CWE-400
    b = users.find({"$text": {"$search": q}}) # SAFE
    return {"n": len(list(a)) + len(list(b))}
`,
  ),
  ...rules(
    "CWE-643",
    "batch74: lxml XPath with request data",
    `
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("/srv/users.xml")


@app.route("/user")
def user():
    name = request.args["name"]
    a = TREE.xpath("//user[@name='" + name + "']") # VULN
    b = TREE.xpath("//user[@name=$n]", n=name) # SAFE
    finder = etree.XPath("//user[@name=$n]")
    c = finder(TREE, n=name) # SAFE
    d = TREE.getroot().xpath(f"//user[@id={name}]/email/text()") # VULN
    return {"n": len(a) + len(b) + len(c) + len(d)}
`,
  ),
  ...rules(
    "CWE-90",
    "batch74: ldap3 and python-ldap filters from request data",
    `
import ldap
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars
from ldap.filter import escape_filter_chars as ldap_escape
from flask import Flask, request

app = Flask(__name__)


@app.route("/who")
def who():
    uid = request.args["uid"]
    conn = Connection(Server("ldaps://ldap.example.com"), auto_bind=True)
    conn.search("dc=example,dc=com", "(uid=" + uid + ")") # VULN
    conn.search("dc=example,dc=com", "(uid=%s)" % escape_filter_chars(uid)) # SAFE
    l = ldap.initialize("ldaps://ldap.example.com")
    r1 = l.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(mail={uid})") # VULN
    r2 = l.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(mail=%s)" % ldap_escape(uid)) # SAFE
    return {"n": len(conn.entries) + len(r1) + len(r2)}
`,
  ),
  // ------------------------------------------------------------------ part 3: more ORMs and drivers, option
  // dicts, JSON in HTML responses, verified pickles, remote runners and secret keys (written before reading the
  // rules of these areas).
  ...rules(
    "CWE-89",
    "batch74: SQLAlchemy ORM filters, peewee, pandas.read_sql and asyncpg",
    `
import pandas as pd
from flask import Flask, request
from peewee import SQL
from sqlalchemy import text
from myapp.db import Session, User, engine, pg_pool
from myapp.peewee_models import Account

app = Flask(__name__)


@app.route("/orm")
def orm():
    name = request.args.get("name", "")
    s = Session()
    a = s.query(User).filter(text(f"name = '{name}'")).all() # VULN
    b = s.query(User).filter(User.name == name).all() # SAFE
    c = s.query(User).filter(text("name = :n")).params(n=name).all() # SAFE
    d = s.query(User).from_statement(text("SELECT * FROM users WHERE name = '" + name + "'")).all() # VULN
    e = Account.raw("SELECT * FROM account WHERE name = '%s'" % name) # VULN
    f = Account.select().where(SQL("name = %s", [name])) # SAFE
    g = Account.select().where(SQL(f"name = '{name}'")) # VULN
    h = pd.read_sql(f"SELECT * FROM users WHERE name = '{name}'", engine) # VULN
    i = pd.read_sql("SELECT * FROM users WHERE name = %(n)s", engine, params={"n": name}) # SAFE
    return {"n": len([a, b, c, d, e, f, g, h, i])}


@app.route("/pg")
async def pg():
    uid = request.args.get("uid", "")
    async with pg_pool.acquire() as conn:
        r1 = await conn.fetch(f"SELECT * FROM users WHERE id = '{uid}'") # VULN
        r2 = await conn.fetch("SELECT * FROM users WHERE id = $1", uid) # SAFE
        r3 = await conn.fetchrow("SELECT * FROM users WHERE id = " + uid) # VULN
    return {"n": len(r1) + len(r2) + (1 if r3 else 0)}
`,
  ),
  ...rules(
    "CWE-295",
    "batch74: TLS verification switched off through option dicts and attributes",
    `
import requests
import httpx

INSECURE = {"verify": False, "timeout": 5}
SECURE = {"verify": True, "timeout": 5}


class Api:
    def __init__(self, base):
        self.base = base
        self.session = requests.Session()
        self.session.verify = False # VULN

    def get(self, path):
        return self.session.get(self.base + path, timeout=5)


class SafeApi:
    def __init__(self, base):
        self.base = base
        self.session = requests.Session()
        self.session.verify = "/etc/ssl/certs/corp.pem" # SAFE


def call(url):
    a = requests.get(url, **INSECURE) # VULN
    b = requests.get(url, **SECURE) # SAFE
    opts = dict(verify=False, timeout=5)
    c = httpx.get(url, **opts) # VULN
    return a, b, c
`,
  ),
  ...rules(
    "CWE-79",
    "batch74: JSON and Jinja |safe served as HTML",
    `
import json
from django.http import HttpResponse, JsonResponse
from flask import Flask, request, render_template_string

app = Flask(__name__)


def search(request):
    q = request.GET.get("q", "")
    return HttpResponse(json.dumps({"q": q})) # VULN


def search_json(request):
    q = request.GET.get("q", "")
    return HttpResponse(json.dumps({"q": q}), content_type="application/json") # SAFE


def search_json2(request):
    return JsonResponse({"q": request.GET.get("q", "")}) # SAFE


@app.route("/bio")
def bio():
    return render_template_string("<p>{{ bio|safe }}</p>", bio=request.args.get("bio", "")) # VULN


@app.route("/bio2")
def bio2():
    return render_template_string("<p>{{ bio }}</p>", bio=request.args.get("bio", "")) # SAFE
`,
  ),
  ...rules(
    "CWE-502",
    "batch74: pickles behind a MAC, yaml C loaders and cached bytes",
    `
import hashlib
import hmac
import os
import pickle
import yaml
from flask import Flask, request

app = Flask(__name__)
KEY = os.environ["STATE_KEY"].encode()


@app.route("/resume", methods=["POST"])
def resume():
    data = request.get_data()
    sig, blob = data[:32], data[32:]
    if not hmac.compare_digest(sig, hmac.new(KEY, blob, hashlib.sha256).digest()):
        return "bad signature", 400
    state = pickle.loads(blob) # SAFE
    return {"keys": list(state)}


@app.route("/resume2", methods=["POST"])
def resume2():
    blob = request.get_data()[32:]
    return {"keys": list(pickle.loads(blob))} # VULN


@app.route("/cfg", methods=["POST"])
def cfg():
    raw = request.get_data()
    a = yaml.load(raw, Loader=yaml.CLoader) # VULN
    b = yaml.load(raw, Loader=yaml.CSafeLoader) # SAFE
    c = yaml.load(raw, Loader=yaml.BaseLoader) # SAFE
    return {"a": a, "b": b, "c": c}
`,
  ),
  ...rules(
    "CWE-78",
    "batch74: Fabric and invoke runners, os.system through getattr",
    `
import os
import shlex
from fabric import Connection
from invoke import run as local_run
from flask import Flask, request

app = Flask(__name__)


@app.route("/deploy")
def deploy():
    branch = request.args.get("branch", "main")
    c = Connection("deploy@web1")
    c.run("cd /srv/app && git checkout " + branch) # VULN
    c.run("cd /srv/app && git checkout " + shlex.quote(branch)) # SAFE
    c.sudo(f"systemctl restart {branch}") # VULN
    local_run("git fetch origin " + branch) # VULN
    local_run("git fetch origin") # SAFE
    getattr(os, "system")("echo " + branch) # VULN
    n = int(request.args.get("n", "10"))
    c.run(f"tail -n {n} /var/log/app.log") # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-798",
    "batch74: Flask secret keys",
    `
import os
import secrets
from flask import Flask

app = Flask(__name__)
app.secret_key = "dev-secret-change-me" # VULN
app.config["SECRET_KEY"] = "s3cr3t-Fl4sk-k3y" # VULN
app.config.update(SECRET_KEY="another-hardcoded-key-123") # VULN
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"] # SAFE
app.secret_key = secrets.token_bytes(32) # SAFE
app.config.from_mapping(SECRET_KEY=os.environ.get("SECRET_KEY")) # SAFE
`,
  ),
  ...rules(
    "CWE-347",
    "batch74: python-jose and unverified claims used for authorisation",
    `
import os
from jose import jwt as jose_jwt
import jwt
from flask import Flask, request, abort

app = Flask(__name__)
KEY = os.environ["JWT_KEY"]


@app.route("/admin")
def admin():
    token = request.headers.get("Authorization", "")[7:]
    claims = jose_jwt.get_unverified_claims(token) # VULN
    if claims.get("role") != "admin":
        abort(403)
    return "welcome"


@app.route("/admin2")
def admin2():
    token = request.headers.get("Authorization", "")[7:]
    claims = jose_jwt.decode(token, KEY, algorithms=["HS256"]) # SAFE
    if claims.get("role") != "admin":
        abort(403)
    return "welcome"


@app.route("/admin3")
def admin3():
    token = request.headers.get("Authorization", "")[7:]
    claims = jose_jwt.decode(token, KEY, options={"verify_signature": False}) # VULN
    unverified = jwt.decode(token, options={"verify_signature": False}) # VULN
    return {"c": claims, "u": unverified}
`,
  ),
  ...rules(
    "CWE-611",
    "batch74: lxml default parsers on request bodies",
    `
import xml.etree.ElementTree as ET
from lxml import etree, objectify
from flask import Flask, request

app = Flask(__name__)
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@app.route("/a", methods=["POST"])
def a():
    return etree.tostring(etree.fromstring(request.data)) # VULN


@app.route("/b", methods=["POST"])
def b():
    return etree.tostring(etree.fromstring(request.data, SAFE_PARSER)) # SAFE


@app.route("/c", methods=["POST"])
def c():
    return ET.tostring(ET.fromstring(request.data)) # SAFE


@app.route("/d", methods=["POST"])
def d():
    return str(objectify.fromstring(request.data)) # VULN


@app.route("/e", methods=["POST"])
def e():
    return etree.tostring(etree.parse(request.files["doc"], parser=SAFE_PARSER)) # SAFE
`,
  ),
  // ------------------------------------------------------------------ part 4: safe look-alikes in everyday code
  // (constants, placeholders, own files, messages that only name a secret), each file with a few real positives.
  ...rules(
    "CWE-89",
    "batch74: SQL assembled from constants and placeholder lists",
    `
import sqlite3
from flask import Flask, request

app = Flask(__name__)
TABLE = "orders"
COLUMNS = ("id", "status", "total")


@app.route("/orders")
def orders():
    conn = sqlite3.connect("shop.db")
    ids = [int(x) for x in request.args.getlist("id")]
    status = request.args.get("status", "")
    a = conn.execute("SELECT * FROM %s WHERE status = ?" % TABLE, (status,)) # SAFE
    b = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM {TABLE} WHERE status = ?", (status,)) # SAFE
    c = conn.execute("SELECT * FROM orders WHERE id IN (%s)" % ",".join("?" * len(ids)), ids) # SAFE
    d = conn.execute("SELECT * FROM orders WHERE id IN (%s)" % ",".join(str(i) for i in ids)) # SAFE
    e = conn.execute("SELECT * FROM orders WHERE status IN (%s)" % ",".join(request.args.getlist("s"))) # VULN
    f = conn.execute("SELECT * FROM %s WHERE status = '%s'" % (TABLE, status)) # VULN
    return {"n": len([a, b, c, d, e, f])}
`,
  ),
  ...rules(
    "CWE-78",
    "batch74: shell commands from constants and own configuration",
    `
import os
import subprocess
from flask import Flask, request

app = Flask(__name__)
BACKUP_DIR = "/var/backups/app"
CMD = ["pg_dump", "--format=custom", "appdb"]


@app.route("/backup")
def backup():
    os.system("clear") # SAFE
    subprocess.run(" ".join(CMD) + " > " + BACKUP_DIR + "/db.dump", shell=True, check=True) # SAFE
    subprocess.run("tar czf %s/www.tgz /srv/www" % BACKUP_DIR, shell=True, check=True) # SAFE
    label = request.args.get("label", "")
    subprocess.run("tar czf %s/%s.tgz /srv/www" % (BACKUP_DIR, label), shell=True, check=True) # VULN
    subprocess.run(["tar", "czf", os.path.join(BACKUP_DIR, os.path.basename(label) + ".tgz"), "/srv/www"], check=True) # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-532",
    "batch74: log lines that name a secret without logging it",
    `
import logging

log = logging.getLogger("accounts")


def reset(user, token, new_password):
    log.info("password reset requested for %s", user.email) # SAFE
    log.info("Password changed for user %s", user.username) # SAFE
    log.debug("reset token expires at %s", token.expires_at) # SAFE
    log.warning("invalid API key supplied by client %s", user.client_id) # SAFE
    log.debug("new password for %s is %s", user.username, new_password) # VULN
    log.info("issued reset token %s", token.value) # VULN
    log.info("token length %d", len(token.value)) # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch74: Flask and Django responses that are not HTML from request data",
    `
from django.http import HttpResponse
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    return request.args.get("q", "") # VULN


@app.route("/echo-json")
def echo_json():
    return {"q": request.args.get("q", "")} # SAFE


@app.route("/echo-json2")
def echo_json2():
    return jsonify(q=request.args.get("q", "")) # SAFE


def count(request):
    return HttpResponse(str(len(request.GET.get("q", "")))) # SAFE


def home_link(request):
    return HttpResponse(mark_safe(f"<a href='{reverse('home')}'>home</a>")) # SAFE


def echo_escaped(request):
    return HttpResponse(escape(request.GET.get("q", ""))) # SAFE
`,
  ),
  ...rules(
    "CWE-22",
    "batch74: uploads saved under sanitised names",
    `
import os
from flask import Flask, request, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["UPLOAD_FOLDER"] = "/srv/uploads"


@app.route("/up", methods=["POST"])
def up():
    f = request.files["file"]
    f.save(os.path.join(app.config["UPLOAD_FOLDER"], secure_filename(f.filename))) # SAFE
    f.save(os.path.join(app.config["UPLOAD_FOLDER"], f.filename)) # VULN
    return "ok"


@app.route("/get/<name>")
def get(name):
    return send_from_directory(app.config["UPLOAD_FOLDER"], name) # SAFE


@app.route("/raw/<name>")
def raw(name):
    with open(os.path.join(app.config["UPLOAD_FOLDER"], os.path.basename(name)), "rb") as fh: # SAFE
        return fh.read()
`,
  ),
  ...rules(
    "CWE-732",
    "batch74: ordinary permissions for scripts, keys and directories",
    `
import os
import stat


def install(script, key, cache_dir):
    os.chmod(script, 0o755) # SAFE
    os.chmod(key, 0o400) # SAFE
    os.chmod(cache_dir, 0o700) # SAFE
    os.chmod(script, os.stat(script).st_mode | stat.S_IXUSR) # SAFE
    os.chmod(cache_dir, 0o1777) # VULN
    os.chmod(key, stat.S_IRUSR | stat.S_IWUSR | stat.S_IROTH | stat.S_IWOTH) # VULN
`,
  ),
  ...rules(
    "CWE-95",
    "batch74: code run from the program's own files and constants",
    `
import importlib
import os
from django.conf import settings
from flask import Flask, request

app = Flask(__name__)
PLUGIN_PATH = os.path.join(os.path.dirname(__file__), "plugins", "init.py")
FORMULAS = {"area": "w * h", "perimeter": "2 * (w + h)"}


def load_plugin():
    with open(PLUGIN_PATH) as fh:
        exec(compile(fh.read(), PLUGIN_PATH, "exec"), {}) # SAFE


def backend():
    return importlib.import_module(settings.CACHE_BACKEND_MODULE) # SAFE CWE-94


@app.route("/calc")
def calc():
    w = float(request.args.get("w", "1"))
    h = float(request.args.get("h", "1"))
    name = request.args.get("f", "area")
    a = eval(FORMULAS.get(name, "0"), {"__builtins__": {}}, {"w": w, "h": h}) # SAFE
    b = eval(request.args.get("expr", "0"), {"__builtins__": {}}, {"w": w, "h": h}) # VULN
    return {"a": a, "b": b}
`,
  ),
  ...rules(
    "CWE-502",
    "batch74: deserialising the program's own cache and config files",
    `
import json
import pickle
import yaml
from flask import Flask, request

app = Flask(__name__)
CONFIG = "/etc/app/config.yml"


def load_config():
    with open(CONFIG) as fh:
        return yaml.load(fh, Loader=yaml.SafeLoader) # SAFE


def load_settings():
    with open("/etc/app/settings.json") as fh:
        return json.load(fh) # SAFE


@app.route("/restore", methods=["POST"])
def restore():
    return {"n": len(pickle.load(request.files["backup"]))} # VULN
`,
  ),
];
