// Dev suite "py-rules", batch 73 (format in py-rules.ts): line-level rule tests written blind, one small file per
// API with `# VULN` lines and `# SAFE` look-alikes. AWS Lambda handlers (`event` as the source) into subprocess,
// os.exec*, eval, pymysql/psycopg2/sqlite3/SQLAlchemy text, boto3 S3 paths and endpoints, DynamoDB filter
// expressions and PartiQL; Django settings, views (HttpResponse, mark_safe, format_html, redirects, csrf_exempt),
// raw/extra/RawSQL and file serving; Flask secrets, debug, send_file, render_template_string and Markup; pyramid,
// tornado, aiohttp, FastAPI and Starlette request sources; cryptography hazmat and pycryptodome modes, keys and
// padding, hashlib with usedforsecurity, JWT verification, requests/httpx/urllib3/ssl verification and timeouts,
// tempfile.mktemp, logging.config.listen, xmlrpc, telnetlib/ftplib, pickle/dill/yaml/shelve and subprocess shell
// variants. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH73: DevCase[] = [
  ...rules(
    "CWE-78",
    "batch73: Lambda handler building shell commands from event body and query string",
    `
import json
import os
import shlex
import subprocess

ALLOWED_FORMATS = {"png", "jpeg", "webp"}


def lambda_handler(event, context):
    body = json.loads(event["body"])
    url = body["url"]
    fmt = event["queryStringParameters"]["format"]
    subprocess.run(f"curl -sL {url} -o /tmp/in", shell=True, check=True) # VULN
    subprocess.run(["curl", "-sL", "-o", "/tmp/in", "--", url], check=True) # SAFE
    subprocess.run("curl -sL -o /tmp/in -- " + shlex.quote(url), shell=True, check=True) # SAFE
    os.system("convert /tmp/in /tmp/out." + fmt) # VULN
    if fmt in ALLOWED_FORMATS:
        os.system("convert /tmp/in /tmp/out." + fmt) # SAFE
    listing = subprocess.check_output("ls -la /tmp", shell=True) # SAFE
    return {"statusCode": 200, "body": json.dumps({"ok": True, "tmp": listing.decode()})}


def thumbnail_handler(event, context):
    name = event["pathParameters"]["name"]
    size = int(event["queryStringParameters"].get("size", "128"))
    proc = subprocess.Popen("vipsthumbnail /tmp/%s -s %d" % (name, size), shell=True) # VULN
    proc.wait()
    subprocess.call("vipsthumbnail /tmp/latest.jpg -s %d" % size, shell=True) # SAFE
    info = os.popen("file /tmp/" + name).read() # VULN
    return {"statusCode": 200, "body": info}
`,
  ),
  ...rules(
    "CWE-78",
    "batch73: SQS-triggered Lambda worker running tools with os.exec* and os.spawn*",
    `
import json
import os

TOOLS = {"gzip": "/usr/bin/gzip", "xz": "/usr/bin/xz"}


def worker_handler(event, context):
    for record in event["Records"]:
        job = json.loads(record["body"])
        pid = os.fork()
        if pid == 0:
            if job.get("mode") == "raw":
                os.execvp(job["tool"], [job["tool"], job["input"]]) # VULN
            elif job.get("mode") == "script":
                os.execlp("sh", "sh", "-c", job["script"]) # VULN
            else:
                os.execv(TOOLS.get(job["tool"], "/usr/bin/gzip"), ["compress", "-k", "--", job["input"]]) # SAFE
        os.waitpid(pid, 0)
        os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "gzip -k " + job["input"]) # VULN
        os.spawnv(os.P_WAIT, "/usr/bin/sync", ["sync"]) # SAFE
    return {"batchItemFailures": []}
`,
  ),
  ...rules(
    "CWE-89",
    "batch73: Lambda handlers querying pymysql, psycopg2, sqlite3 and SQLAlchemy text()",
    `
import json
import os
import sqlite3

import psycopg2
import pymysql
from sqlalchemy import create_engine, text

conn = pymysql.connect(host=os.environ["DB_HOST"], user=os.environ["DB_USER"], password=os.environ["DB_PASS"], database="shop")
pg = psycopg2.connect(os.environ["PG_DSN"])
engine = create_engine(os.environ["DATABASE_URL"])
SORTABLE = ("name", "price", "created_at")


def get_order(event, context):
    order_id = event["pathParameters"]["id"]
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM orders WHERE id = '%s'" % order_id) # VULN
        cur.execute("SELECT * FROM orders WHERE id = %s", (order_id,)) # SAFE
        row = cur.fetchone()
    return {"statusCode": 200, "body": json.dumps(row, default=str)}


def search_products(event, context):
    params = event.get("queryStringParameters") or {}
    term = params.get("q", "")
    sort = params.get("sort", "name")
    cur = pg.cursor()
    cur.execute(f"SELECT id, name FROM products WHERE name ILIKE '%{term}%'") # VULN
    cur.execute("SELECT id, name FROM products WHERE name ILIKE %s", ("%" + term + "%",)) # SAFE
    column = sort if sort in SORTABLE else "name"
    cur.execute("SELECT id, name FROM products ORDER BY " + column) # SAFE
    cur.execute("SELECT id, name FROM products ORDER BY " + sort) # VULN
    return {"statusCode": 200, "body": json.dumps(cur.fetchall())}


def audit(event, context):
    body = json.loads(event["body"])
    db = sqlite3.connect("/tmp/audit.db")
    db.execute("INSERT INTO audit (actor, action) VALUES ('%s', '%s')" % (body["actor"], body["action"])) # VULN
    db.execute("INSERT INTO audit (actor, action) VALUES (?, ?)", (body["actor"], body["action"])) # SAFE
    db.executescript("DELETE FROM audit WHERE actor = '" + body["actor"] + "';") # VULN
    db.commit()
    with engine.connect() as c:
        c.execute(text("SELECT * FROM users WHERE email = '" + body["email"] + "'")) # VULN
        c.execute(text("SELECT * FROM users WHERE email = :email"), {"email": body["email"]}) # SAFE
        c.execute(text("SELECT count(*) FROM users")) # SAFE
    return {"statusCode": 204}
`,
  ),
  ...rules(
    "CWE-95",
    "batch73: Lambda calculator and rule handlers evaluating event data",
    `
import ast
import json
import operator

OPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul}


def calculator(event, context):
    expr = event["queryStringParameters"]["expr"]
    result = eval(expr) # VULN
    literal = ast.literal_eval(expr) # SAFE
    return {"statusCode": 200, "body": json.dumps({"result": result, "literal": literal})}


def rules_handler(event, context):
    body = json.loads(event["body"])
    exec(body["script"], {"__builtins__": {}}) # VULN
    score = eval(body["formula"], {"__builtins__": None}, {"x": body.get("x", 0)}) # VULN
    op = OPS.get(body.get("op"), operator.add)
    total = op(int(body["a"]), int(body["b"])) # SAFE
    limit = eval("10 ** 3") # SAFE
    return {"statusCode": 200, "body": json.dumps({"score": score, "total": total, "limit": limit})}
`,
  ),
  ...rules(
    "CWE-918",
    "batch73: Lambda fetching URLs and S3 objects named by the event",
    `
import json
import os
import urllib.request
from urllib.parse import urlparse

import boto3
import requests

s3 = boto3.client("s3")
BUCKET = os.environ["UPLOAD_BUCKET"]
IMAGE_HOSTS = {"images.example.com", "cdn.example.com"}


def fetch_handler(event, context):
    target = event["queryStringParameters"]["url"]
    r = requests.get(target, timeout=5) # VULN
    host = urlparse(target).hostname
    if host in IMAGE_HOSTS:
        ok = requests.get(target, timeout=5) # SAFE
        s3.put_object(Bucket=BUCKET, Key="cache/" + host, Body=ok.content)
    with urllib.request.urlopen(target, timeout=5) as resp: # VULN
        data = resp.read()
    health = requests.get("https://status.example.com/api", timeout=5) # SAFE
    return {"statusCode": 200, "body": json.dumps({"n": len(r.content) + len(data), "up": health.ok})}


def mirror_handler(event, context):
    body = json.loads(event["body"])
    client = boto3.client("s3", endpoint_url=body["endpoint"]) # VULN
    fixed = boto3.client("s3", endpoint_url=os.environ.get("S3_ENDPOINT")) # SAFE
    client.list_buckets()
    return {"statusCode": 200, "body": json.dumps(fixed.list_buckets()["Buckets"], default=str)}
`,
  ),
  ...rules(
    "CWE-22",
    "batch73: Lambda downloading S3 keys from path parameters into /tmp",
    `
import json
import os

import boto3

s3 = boto3.client("s3")
BUCKET = os.environ["REPORT_BUCKET"]
SCRATCH = "/tmp/reports"


def download_handler(event, context):
    key = event["pathParameters"]["key"]
    s3.download_file(BUCKET, key, "/tmp/" + key) # VULN
    s3.download_file(BUCKET, key, os.path.join(SCRATCH, os.path.basename(key))) # SAFE
    with open(os.path.join(SCRATCH, key), "rb") as fh: # VULN
        head = fh.read(64)
    with open(os.path.join(SCRATCH, os.path.basename(key)), "rb") as fh: # SAFE
        head += fh.read(64)
    return {"statusCode": 200, "body": head.hex()}


def cleanup_handler(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "")
    os.remove(SCRATCH + "/" + name) # VULN
    full = os.path.realpath(os.path.join(SCRATCH, name))
    if full.startswith(SCRATCH + os.sep):
        os.remove(full) # SAFE
    return {"statusCode": 204}
`,
  ),
  ...rules(
    "CWE-943",
    "batch73: DynamoDB scan filters and PartiQL statements from query strings",
    `
import json

import boto3
from boto3.dynamodb.conditions import Attr, Key

client = boto3.client("dynamodb")
table = boto3.resource("dynamodb").Table("users")


def list_users(event, context):
    params = event.get("queryStringParameters") or {}
    role = params.get("role", "viewer")
    a = client.scan(TableName="users", FilterExpression="#r = :r AND " + params["extra"], ExpressionAttributeNames={"#r": "role"}, ExpressionAttributeValues={":r": {"S": role}}) # VULN
    b = client.scan(TableName="users", FilterExpression="#r = :r", ExpressionAttributeNames={"#r": "role"}, ExpressionAttributeValues={":r": {"S": role}}) # SAFE
    c = table.scan(FilterExpression=Attr("role").eq(role)) # SAFE
    d = client.scan(TableName="users", ScanFilter={"role": {"AttributeValueList": [{"S": role}], "ComparisonOperator": params["op"]}}) # VULN
    e = client.scan(TableName="users", ScanFilter={"role": {"AttributeValueList": [{"S": role}], "ComparisonOperator": "EQ"}}) # SAFE
    return {"statusCode": 200, "body": json.dumps([len(x["Items"]) for x in (a, b, c, d, e)])}


def by_email(event, context):
    email = event["pathParameters"]["email"]
    tenant = event["requestContext"]["authorizer"]["tenant"]
    x = client.execute_statement(Statement=f"SELECT * FROM users WHERE email = '{email}'") # VULN
    y = client.execute_statement(Statement="SELECT * FROM users WHERE email = ?", Parameters=[{"S": email}]) # SAFE
    z = table.query(KeyConditionExpression=Key("tenant").eq(tenant) & Key("email").eq(email)) # SAFE
    return {"statusCode": 200, "body": json.dumps([x["Items"], y["Items"], z["Items"]], default=str)}
`,
  ),
  ...rules(
    "CWE-798",
    "batch73: Django settings of a starter project with literal secrets and debug on",
    `
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "django-insecure-7f#k2m!q9x@w1z$e8r5t0y3u6i4o2p1a" # VULN
DEBUG = True # VULN CWE-489
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "shop",
]
ROOT_URLCONF = "shop.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": "Sh0pPassw0rd!2023", # VULN
        "HOST": "db.internal",
    }
}

SESSION_COOKIE_SECURE = False # VULN CWE-614
CSRF_COOKIE_SECURE = False # VULN CWE-614
SESSION_COOKIE_HTTPONLY = False # VULN CWE-1004
EMAIL_HOST_PASSWORD = "smtp-app-pass-93hd72" # VULN
`,
  ),
  ...rules(
    "CWE-798",
    "batch73: Django production settings reading secrets from the environment",
    `
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"] # SAFE
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1" # SAFE CWE-489
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "shop.example.com").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "shop",
]
ROOT_URLCONF = "shop.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": os.environ.get("DB_PASSWORD", ""), # SAFE
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}

SESSION_COOKIE_SECURE = True # SAFE CWE-614
CSRF_COOKIE_SECURE = True # SAFE CWE-614
SESSION_COOKIE_HTTPONLY = True # SAFE CWE-1004
EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD") # SAFE
PASSWORD_RESET_TIMEOUT = 3600
`,
  ),
  ...rules(
    "CWE-79",
    "batch73: Django views returning request data through HttpResponse, mark_safe and format_html",
    `
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def greet(request):
    name = request.GET.get("name", "")
    return HttpResponse("<h1>Hello " + name + "</h1>") # VULN


def greet_escaped(request):
    name = request.GET.get("name", "")
    return HttpResponse("<h1>Hello " + escape(name) + "</h1>") # SAFE


def echo_text(request):
    return HttpResponse(request.GET.get("q", ""), content_type="text/plain") # SAFE


def echo_json(request):
    return JsonResponse({"q": request.GET.get("q", "")}) # SAFE


def banner(request):
    msg = request.GET.get("msg", "")
    html = mark_safe("<div class='banner'>%s</div>" % msg) # VULN
    ok = format_html("<div class='banner'>{}</div>", msg) # SAFE
    bad = format_html("<div class='banner'>{}</div>".format(msg)) # VULN
    bad2 = format_html(f"<span class='note'>{msg}</span>") # VULN
    rule = mark_safe("<hr class='divider'>") # SAFE
    quoted = mark_safe("<q>" + escape(msg) + "</q>") # SAFE
    return render(request, "banner.html", {"html": html, "ok": ok, "bad": bad, "bad2": bad2, "rule": rule, "quoted": quoted})


def comment_preview(request):
    body = request.POST.get("body", "")
    resp = HttpResponse()
    resp.write("<div class='preview'>" + body + "</div>") # VULN
    return resp
`,
  ),
  ...rules(
    "CWE-601",
    "batch73: Django redirects to next parameters with and without host validation",
    `
from django.contrib.auth import login
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def after_login(request):
    nxt = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(nxt) # SAFE
    return redirect("/") # SAFE


def go(request):
    return redirect(request.GET["next"]) # VULN


def go_post(request):
    return HttpResponseRedirect(request.POST.get("return_to", "/")) # VULN


def profile_jump(request):
    return redirect("profile", username=request.GET["u"]) # SAFE


def logout_then(request):
    target = request.GET.get("then") or "/"
    resp = HttpResponseRedirect("/")
    resp["Location"] = target # VULN
    return resp
`,
  ),
  ...rules(
    "CWE-352",
    "batch73: Django csrf_exempt on a session-authenticated transfer and on a signed webhook",
    `
import hashlib
import hmac
import json
import os

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST

from .models import Account

WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"].encode()


@csrf_exempt # VULN
@login_required
@require_POST
def transfer(request):
    src = Account.objects.get(owner=request.user)
    src.send(request.POST["to"], int(request.POST["amount"]))
    return JsonResponse({"ok": True})


@csrf_protect # SAFE
@login_required
@require_POST
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})


@csrf_exempt # SAFE
@require_POST
def payment_webhook(request):
    expected = hmac.new(WEBHOOK_SECRET, request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        return HttpResponseForbidden()
    event = json.loads(request.body)
    Account.objects.filter(pk=event["account"]).update(paid=True)
    return HttpResponse(status=204)
`,
  ),
  ...rules(
    "CWE-89",
    "batch73: Django raw, extra, RawSQL annotations and cursor.execute",
    `
from django.db import connection
from django.db.models import F
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Article


def search(request):
    q = request.GET.get("q", "")
    a = Article.objects.raw("SELECT * FROM blog_article WHERE title LIKE '%%" + q + "%%'") # VULN
    b = Article.objects.raw("SELECT * FROM blog_article WHERE title LIKE %s", ["%" + q + "%"]) # SAFE
    c = Article.objects.extra(where=["title = '%s'" % q]) # VULN
    d = Article.objects.extra(where=["title = %s"], params=[q]) # SAFE
    e = Article.objects.annotate(score=RawSQL("similarity(title, '" + q + "')", [])) # VULN
    f = Article.objects.annotate(score=RawSQL("similarity(title, %s)", (q,))) # SAFE
    g = Article.objects.filter(title__icontains=q).order_by(F("title").asc()) # SAFE
    h = Article.objects.extra(select={"rank": "ts_rank(search, plainto_tsquery('%s'))" % q}) # VULN
    n = sum(1 for _ in a) + sum(1 for _ in b) + c.count() + d.count() + e.count() + f.count() + g.count() + h.count()
    return JsonResponse({"n": n})


def bump(request):
    slug = request.GET["slug"]
    with connection.cursor() as cur:
        cur.execute("UPDATE blog_article SET views = views + 1 WHERE slug = '%s'" % slug) # VULN
        cur.execute("UPDATE blog_article SET views = views + 1 WHERE slug = %s", [slug]) # SAFE
        cur.execute("SELECT COUNT(*) FROM blog_article") # SAFE
    return JsonResponse({"ok": True})
`,
  ),
  ...rules(
    "CWE-22",
    "batch73: Django upload and download views writing under MEDIA_ROOT",
    `
import os

from django.conf import settings
from django.http import FileResponse, Http404, JsonResponse
from django.utils._os import safe_join
from django.utils.text import get_valid_filename


def upload(request):
    f = request.FILES["file"]
    folder = request.POST.get("folder", "")
    with open(os.path.join(settings.MEDIA_ROOT, folder, request.POST["filename"]), "wb") as out: # VULN
        for chunk in f.chunks():
            out.write(chunk)
    clean = get_valid_filename(os.path.basename(request.POST["filename"]))
    with open(os.path.join(settings.MEDIA_ROOT, "uploads", clean), "wb") as out: # SAFE
        for chunk in f.chunks():
            out.write(chunk)
    return JsonResponse({"ok": True})


def download(request):
    name = request.GET.get("f", "")
    resp = FileResponse(open(os.path.join(settings.MEDIA_ROOT, name), "rb")) # VULN
    return resp


def download_safe(request):
    name = request.GET.get("f", "")
    try:
        path = safe_join(settings.MEDIA_ROOT, name)
    except Exception:
        raise Http404()
    return FileResponse(open(path, "rb")) # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch73: Flask secret keys, debug mode and CSRF settings",
    `
import os

from flask import Flask, session
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.secret_key = "dev-secret-key-change-me" # VULN
app.config.update(SECRET_KEY="a8f5f167f44f4964e6c998dee827110c") # VULN
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"] # SAFE
app.config["JWT_SECRET_KEY"] = "jwt-s3cr3t-2024" # VULN
app.config["SESSION_COOKIE_SECURE"] = True # SAFE CWE-614
app.config["WTF_CSRF_ENABLED"] = False # VULN CWE-352
csrf = CSRFProtect(app)


@app.route("/")
def index():
    session["visits"] = session.get("visits", 0) + 1
    return {"visits": session["visits"]}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True) # VULN CWE-489
`,
  ),
  ...rules(
    "CWE-489",
    "batch73: Flask debug flag from the environment versus switched on",
    `
import os

from flask import Flask

app = Flask(__name__)
app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1" # SAFE
app.config["SECRET_KEY"] = os.urandom(32) # SAFE CWE-798


@app.get("/health")
def health():
    return {"ok": True}


def create_debug_app():
    dbg = Flask("debug")
    dbg.debug = True # VULN
    return dbg


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")), debug=False) # SAFE
`,
  ),
  ...rules(
    "CWE-22",
    "batch73: Flask send_file and send_from_directory with report names",
    `
import os

from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import safe_join, secure_filename

app = Flask(__name__)
REPORTS = "/srv/reports"


@app.route("/report")
def report():
    name = request.args.get("name", "")
    return send_file(os.path.join(REPORTS, name)) # VULN


@app.route("/report/dir")
def report_dir():
    return send_from_directory(REPORTS, request.args.get("name", "")) # SAFE


@app.route("/report/secure")
def report_secure():
    return send_file(os.path.join(REPORTS, secure_filename(request.args.get("name", "")))) # SAFE


@app.route("/report/joined")
def report_joined():
    path = safe_join(REPORTS, request.args.get("name", ""))
    if path is None:
        abort(404)
    return send_file(path) # SAFE


@app.route("/report/raw/<path:name>")
def report_raw(name):
    return send_file(REPORTS + "/" + name, as_attachment=True) # VULN
`,
  ),
  ...rules(
    "CWE-79",
    "batch73: Flask render_template_string and Markup with query parameters",
    `
from flask import Flask, render_template_string, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    page = render_template_string("<h1>Hello " + name + "</h1>") # VULN CWE-1336
    ok = render_template_string("<h1>Hello {{ name }}</h1>", name=name) # SAFE CWE-1336
    tpl = render_template_string(f"<p>{name}</p>") # VULN CWE-1336
    m = Markup("<b>%s</b>" % name) # VULN
    m2 = Markup("<b>%s</b>") % name # SAFE
    m3 = Markup(f"<i>{escape(name)}</i>") # SAFE
    m4 = Markup("<em>{}</em>").format(name) # SAFE
    m5 = Markup(f"<u>{name}</u>") # VULN
    return page + ok + tpl + m + m2 + m3 + m4 + m5


@app.route("/raw")
def raw():
    return "<div>" + request.args.get("q", "") + "</div>" # VULN


@app.route("/raw/escaped")
def raw_escaped():
    return "<div>" + escape(request.args.get("q", "")) + "</div>" # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch73: Pyramid views running ping and reading files from matchdict",
    `
import subprocess

from pyramid.response import Response
from pyramid.view import view_config


@view_config(route_name="ping", renderer="json")
def ping(request):
    host = request.params.get("host", "")
    out = subprocess.check_output("ping -c 1 " + host, shell=True) # VULN
    out2 = subprocess.check_output(["ping", "-c", "1", "--", host]) # SAFE
    return {"a": out.decode(), "b": out2.decode()}


@view_config(route_name="trace")
def trace(request):
    target = request.matchdict["target"]
    proc = subprocess.run("traceroute " + target, shell=True, capture_output=True, text=True) # VULN
    return Response(proc.stdout, content_type="text/plain")


@view_config(route_name="greet")
def greet(request):
    return Response("<p>Hi " + request.GET.get("name", "") + "</p>") # VULN CWE-79


@view_config(route_name="doc")
def doc(request):
    with open("/srv/docs/" + request.matchdict["page"]) as fh: # VULN CWE-22
        return Response(fh.read(), content_type="text/plain")
`,
  ),
  ...rules(
    "CWE-79",
    "batch73: Tornado handlers writing query arguments and redirecting",
    `
import tornado.escape
import tornado.web


class SearchHandler(tornado.web.RequestHandler):
    def get(self):
        q = self.get_argument("q", "")
        self.write("<p>Results for " + q + "</p>") # VULN
        self.write("<p>Results for " + tornado.escape.xhtml_escape(q) + "</p>") # SAFE


class ApiHandler(tornado.web.RequestHandler):
    def get(self):
        self.write({"q": self.get_argument("q", "")}) # SAFE


class PageHandler(tornado.web.RequestHandler):
    def get(self):
        self.render("page.html", q=self.get_query_argument("q", "")) # SAFE


class FinishHandler(tornado.web.RequestHandler):
    def get(self):
        self.finish("<b>" + self.get_body_argument("msg", "") + "</b>") # VULN


class NextHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect(self.get_query_argument("next", "/")) # VULN CWE-601


class HomeHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect(self.reverse_url("home")) # SAFE CWE-601
`,
  ),
  ...rules(
    "CWE-918",
    "batch73: aiohttp handlers fetching URLs, serving files and running commands",
    `
import asyncio
import os

import aiohttp
from aiohttp import web

STATIC = "/srv/static"
PARTNERS = {"a": "https://partner-a.example.com/feed", "b": "https://partner-b.example.com/feed"}


async def proxy(request):
    url = request.query["url"]
    async with aiohttp.ClientSession() as s:
        async with s.get(url) as r: # VULN
            body = await r.text()
        async with s.get(PARTNERS.get(request.query.get("p", "a"), PARTNERS["a"])) as r2: # SAFE
            body += await r2.text()
    return web.Response(text=body)


async def static_file(request):
    name = request.match_info["name"]
    return web.FileResponse(os.path.join(STATIC, name)) # VULN CWE-22


async def hello(request):
    name = request.query.get("name", "")
    return web.Response(text="<h1>" + name + "</h1>", content_type="text/html") # VULN CWE-79


async def hello_text(request):
    return web.Response(text="Hello " + request.query.get("name", "")) # SAFE CWE-79


async def run(request):
    data = await request.post()
    proc = await asyncio.create_subprocess_shell("git log " + data["rev"]) # VULN CWE-78
    proc2 = await asyncio.create_subprocess_exec("git", "log", "--", data["path"]) # SAFE CWE-78
    await proc.wait()
    await proc2.wait()
    return web.json_response({"ok": True})
`,
  ),
  ...rules(
    "CWE-89",
    "batch73: FastAPI and Starlette endpoints with query parameters",
    `
import html
import os

from fastapi import Depends, FastAPI
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from sqlalchemy import text
from sqlalchemy.orm import Session
from starlette.requests import Request

from .db import get_db

app = FastAPI()
FILES = "/srv/files"


@app.get("/items")
def items(q: str, db: Session = Depends(get_db)):
    rows = db.execute(text(f"SELECT * FROM items WHERE name = '{q}'")).all() # VULN
    rows2 = db.execute(text("SELECT * FROM items WHERE name = :q"), {"q": q}).all() # SAFE
    return {"n": len(rows) + len(rows2)}


@app.get("/files")
def files(name: str):
    return FileResponse(os.path.join(FILES, name)) # VULN CWE-22


@app.get("/hello", response_class=HTMLResponse)
def hello(name: str = ""):
    return HTMLResponse(f"<p>Hello {name}</p>") # VULN CWE-79


@app.get("/hello2", response_class=HTMLResponse)
def hello2(name: str = ""):
    return HTMLResponse(f"<p>Hello {html.escape(name)}</p>") # SAFE CWE-79


@app.get("/go")
def go(next: str = "/"):
    return RedirectResponse(next) # VULN CWE-601


@app.get("/home")
def home(request: Request):
    return RedirectResponse(request.url_for("items")) # SAFE CWE-601


async def starlette_page(request: Request):
    name = request.query_params.get("name", "")
    return HTMLResponse("<h1>" + name + "</h1>") # VULN CWE-79


async def starlette_download(request: Request):
    path = request.path_params["path"]
    return FileResponse(os.path.join(FILES, path)) # VULN CWE-22
`,
  ),
  ...rules(
    "CWE-327",
    "batch73: cryptography hazmat cipher modes, key sizes, padding and signature hashes",
    `
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = os.urandom(32)


def encrypt_ecb(data):
    enc = Cipher(algorithms.AES(KEY), modes.ECB()).encryptor() # VULN
    return enc.update(data) + enc.finalize()


def encrypt_gcm(data):
    nonce = os.urandom(12)
    enc = Cipher(algorithms.AES(KEY), modes.GCM(nonce)).encryptor() # SAFE
    return nonce + enc.update(data) + enc.finalize() + enc.tag


def legacy(data, k):
    c1 = Cipher(algorithms.TripleDES(k), modes.CBC(os.urandom(8))) # VULN
    c2 = Cipher(algorithms.ARC4(k), mode=None) # VULN
    c3 = Cipher(algorithms.Blowfish(k), modes.CBC(os.urandom(8))) # VULN
    c4 = Cipher(algorithms.ChaCha20(k, os.urandom(16)), mode=None) # SAFE
    return [c.encryptor().update(data) for c in (c1, c2, c3, c4)]


def aead(data):
    return AESGCM(AESGCM.generate_key(bit_length=256)).encrypt(os.urandom(12), data, None) # SAFE


def make_keys():
    k1 = rsa.generate_private_key(public_exponent=65537, key_size=1024) # VULN CWE-326
    k2 = rsa.generate_private_key(public_exponent=65537, key_size=3072) # SAFE CWE-326
    k3 = dsa.generate_private_key(key_size=1024) # VULN CWE-326
    k4 = ec.generate_private_key(ec.SECP384R1()) # SAFE CWE-326
    k5 = ec.generate_private_key(ec.SECP192R1()) # VULN CWE-326
    return k1, k2, k3, k4, k5


def wrap_key(pub, secret):
    a = pub.encrypt(secret, padding.PKCS1v15()) # VULN CWE-780
    b = pub.encrypt(secret, padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)) # SAFE CWE-780
    return a, b


def sign(priv, msg):
    good = priv.sign(msg, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH), hashes.SHA256()) # SAFE
    bad = priv.sign(msg, padding.PKCS1v15(), hashes.MD5()) # VULN
    return good, bad
`,
  ),
  ...rules(
    "CWE-327",
    "batch73: pycryptodome ciphers, IVs, RSA sizes and PKCS#1 schemes",
    `
from Crypto.Cipher import AES, ARC4, DES, PKCS1_OAEP, PKCS1_v1_5
from Crypto.Hash import MD5, SHA256
from Crypto.PublicKey import RSA
from Crypto.Random import get_random_bytes

KEY = get_random_bytes(16)


def seal(data):
    c1 = AES.new(KEY, AES.MODE_ECB) # VULN
    c2 = AES.new(KEY, AES.MODE_GCM) # SAFE
    c3 = DES.new(get_random_bytes(8), DES.MODE_CBC) # VULN
    c4 = ARC4.new(KEY) # VULN
    c5 = AES.new(KEY, AES.MODE_CBC, iv=b"0000000000000000") # VULN CWE-329
    c6 = AES.new(KEY, AES.MODE_CBC, iv=get_random_bytes(16)) # SAFE CWE-329
    c7 = AES.new(KEY, AES.MODE_EAX) # SAFE
    return [c1, c2, c3, c4, c5, c6, c7]


def keypair():
    weak = RSA.generate(1024) # VULN CWE-326
    strong = RSA.generate(3072) # SAFE CWE-326
    return weak, strong


def wrap(pub, secret):
    a = PKCS1_v1_5.new(pub).encrypt(secret) # VULN CWE-780
    b = PKCS1_OAEP.new(pub).encrypt(secret) # SAFE CWE-780
    return a, b


def password_digest(password):
    return MD5.new(password.encode()).hexdigest() # VULN CWE-328


def blob_digest(blob):
    return SHA256.new(blob).hexdigest() # SAFE CWE-328
`,
  ),
  ...rules(
    "CWE-328",
    "batch73: hashlib digests for passwords versus usedforsecurity=False cache keys",
    `
import hashlib
import os


def cache_key(url):
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest() # SAFE


def etag(body):
    return hashlib.sha1(body, usedforsecurity=False).hexdigest() # SAFE


def password_digest(password):
    return hashlib.md5(password.encode()).hexdigest() # VULN


def password_digest_sha1(password):
    return hashlib.new("sha1", password.encode()).hexdigest() # VULN


def password_digest_flagged(password):
    return hashlib.md5(password.encode(), usedforsecurity=True).hexdigest() # VULN


def password_sha256(password):
    return hashlib.sha256(password.encode()).hexdigest() # VULN CWE-916


def password_kdf(password):
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000) # SAFE


def password_scrypt(password):
    salt = os.urandom(16)
    return salt + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1) # SAFE CWE-916
`,
  ),
  ...rules(
    "CWE-347",
    "batch73: PyJWT and python-jose decoding with and without signature checks",
    `
import os

import jwt
from flask import Flask, abort, request
from jose import jwt as jose_jwt

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]
PUBLIC_KEYS = {"k1": os.environ["JWT_PUBLIC_KEY"]}


def bearer():
    return request.headers.get("Authorization", "").removeprefix("Bearer ")


@app.get("/me")
def me():
    token = bearer()
    a = jwt.decode(token, options={"verify_signature": False}) # VULN
    b = jwt.decode(token, SECRET, algorithms=["HS256"]) # SAFE
    c = jwt.decode(token, None, algorithms=["none"]) # VULN
    d = jwt.decode(token, SECRET, algorithms=["HS256"], options={"require": ["exp", "sub"]}) # SAFE
    return {"a": a["sub"], "b": b["sub"], "c": c["sub"], "d": d["sub"]}


@app.get("/me/legacy")
def me_legacy():
    claims = jwt.decode(bearer(), verify=False) # VULN
    return {"user": claims["sub"]}


@app.get("/me/rotated")
def me_rotated():
    token = bearer()
    kid = jwt.get_unverified_header(token).get("kid") # SAFE
    if kid not in PUBLIC_KEYS:
        abort(401)
    claims = jwt.decode(token, PUBLIC_KEYS[kid], algorithms=["RS256"]) # SAFE
    return {"user": claims["sub"]}


@app.get("/me/jose")
def me_jose():
    token = bearer()
    x = jose_jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_signature": False}) # VULN
    y = jose_jwt.get_unverified_claims(token) # VULN
    z = jose_jwt.decode(token, SECRET, algorithms=["HS256"]) # SAFE
    return {"x": x["sub"], "y": y["sub"], "z": z["sub"]}
`,
  ),
  ...rules(
    "CWE-295",
    "batch73: requests, httpx, urllib3 and ssl contexts with verification switched off",
    `
import socket
import ssl

import httpx
import requests
import urllib3

INTERNAL_CA = "/etc/ssl/certs/internal-ca.pem"
session = requests.Session()
session.verify = False # VULN


def status(url):
    a = requests.get(url, verify=False, timeout=10) # VULN
    b = requests.get(url, verify=INTERNAL_CA, timeout=10) # SAFE
    c = requests.post(url, json={}, verify=True, timeout=10) # SAFE
    d = httpx.get(url, verify=False, timeout=10) # VULN
    e = httpx.Client(verify=INTERNAL_CA, timeout=10).get(url) # SAFE
    f = requests.get(url) # VULN CWE-400
    return [r.status_code for r in (a, b, c, d, e, f)]


def pools():
    p1 = urllib3.PoolManager(cert_reqs="CERT_NONE") # VULN
    p2 = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=INTERNAL_CA) # SAFE
    return p1, p2


def client_contexts(host):
    c1 = ssl._create_unverified_context() # VULN
    c2 = ssl.create_default_context() # SAFE
    c3 = ssl.create_default_context()
    c3.check_hostname = False # VULN
    c3.verify_mode = ssl.CERT_NONE # VULN
    c4 = ssl.SSLContext(ssl.PROTOCOL_TLSv1) # VULN CWE-327
    c5 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT) # SAFE CWE-327
    c5.minimum_version = ssl.TLSVersion.TLSv1_2 # SAFE CWE-327
    c6 = ssl.create_default_context()
    c6.minimum_version = ssl.TLSVersion.TLSv1 # VULN CWE-327
    with socket.create_connection((host, 443)) as raw:
        with c2.wrap_socket(raw, server_hostname=host) as tls:
            return tls.version(), c1, c3, c4, c5, c6


def server_context():
    srv = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    srv.load_cert_chain("/etc/app/tls.crt", "/etc/app/tls.key")
    srv.verify_mode = ssl.CERT_NONE # SAFE
    return srv


ssl._create_default_https_context = ssl._create_unverified_context # VULN
`,
  ),
  ...rules(
    "CWE-377",
    "batch73: temporary files from mktemp, mkstemp and fixed names in the temp dir",
    `
import csv
import os
import tempfile


def export_rows(rows):
    path = tempfile.mktemp(suffix=".csv") # VULN
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def export_rows_safe(rows):
    fd, path = tempfile.mkstemp(suffix=".csv") # SAFE
    with os.fdopen(fd, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def export_named(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh: # SAFE
        csv.writer(fh).writerows(rows)
        return fh.name


def scratch_dir():
    return tempfile.mkdtemp(prefix="export-") # SAFE


def export_fixed(rows):
    with open(os.path.join(tempfile.gettempdir(), "export.csv"), "w") as fh: # VULN
        csv.writer(fh).writerows(rows)


def export_in_private_dir(rows):
    d = tempfile.mkdtemp()
    with open(os.path.join(d, "export.csv"), "w") as fh: # SAFE
        csv.writer(fh).writerows(rows)
`,
  ),
  ...rules(
    "CWE-319",
    "batch73: telnetlib, ftplib and xmlrpc clients over cleartext and TLS",
    `
import ftplib
import os
import telnetlib
import xmlrpc.client


def reboot_switch(host):
    tn = telnetlib.Telnet(host, 23, timeout=10) # VULN
    tn.read_until(b"login: ")
    tn.write(os.environ["SWITCH_USER"].encode() + b"\\n")
    tn.close()


def upload_plain(host, path):
    ftp = ftplib.FTP(host) # VULN
    ftp.login(os.environ["FTP_USER"], os.environ["FTP_PASS"])
    with open(path, "rb") as fh:
        ftp.storbinary("STOR " + os.path.basename(path), fh)
    ftp.quit()


def upload_tls(host, path):
    ftps = ftplib.FTP_TLS(host) # SAFE
    ftps.login(os.environ["FTP_USER"], os.environ["FTP_PASS"])
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR " + os.path.basename(path), fh)
    ftps.quit()


def billing():
    a = xmlrpc.client.ServerProxy("http://billing.example.com:8000/RPC2") # VULN
    b = xmlrpc.client.ServerProxy("https://billing.example.com/RPC2") # SAFE
    return a, b
`,
  ),
  ...rules(
    "CWE-94",
    "batch73: logging.config.listen and xmlrpc servers exposing code paths",
    `
import hashlib
import hmac
import logging.config
import os
from xmlrpc.server import SimpleXMLRPCServer

LOG_KEY = os.environ["LOG_CONFIG_KEY"].encode()


def verify_signed(data):
    sig, body = data[:32], data[32:]
    if hmac.compare_digest(sig, hmac.new(LOG_KEY, body, hashlib.sha256).digest()):
        return body
    return None


def start_log_listener():
    t = logging.config.listen(9030) # VULN
    t.start()
    return t


def start_verified_listener():
    t = logging.config.listen(9031, verify=verify_signed) # SAFE
    t.start()
    return t


class Service:
    def add(self, a, b):
        return a + b


def serve():
    server = SimpleXMLRPCServer(("127.0.0.1", 8000), allow_none=True)
    server.register_instance(Service(), allow_dotted_names=True) # VULN
    server.register_instance(Service()) # SAFE
    server.serve_forever()
`,
  ),
  ...rules(
    "CWE-502",
    "batch73: pickle, dill, YAML and shelve loading request bodies",
    `
import base64
import hashlib
import hmac
import json
import os
import pickle
import shelve

import dill
import pandas as pd
import yaml
from flask import Flask, abort, request

app = Flask(__name__)
STATE_KEY = os.environ["STATE_KEY"].encode()


@app.post("/state")
def load_state():
    blob = base64.b64decode(request.form["state"])
    state = pickle.loads(blob) # VULN
    return {"keys": list(state)}


@app.post("/state/signed")
def load_signed():
    blob = base64.b64decode(request.form["state"])
    expected = hmac.new(STATE_KEY, blob, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.form.get("sig", "")):
        abort(400)
    state = pickle.loads(blob) # SAFE
    return {"keys": list(state)}


@app.post("/config")
def load_config():
    a = yaml.load(request.data, Loader=yaml.Loader) # VULN
    b = yaml.load(request.data, Loader=yaml.SafeLoader) # SAFE
    c = yaml.safe_load(request.data) # SAFE
    d = yaml.unsafe_load(request.data) # VULN
    e = list(yaml.load_all(request.data, Loader=yaml.UnsafeLoader)) # VULN
    return {"n": len([a, b, c, d, e])}


@app.post("/model")
def load_model():
    obj = dill.loads(request.get_data()) # VULN
    data = json.loads(request.get_data()) # SAFE
    frame = pd.read_pickle(request.files["frame"]) # VULN
    return {"obj": str(obj), "data": data, "rows": len(frame)}


@app.get("/prefs")
def prefs():
    with shelve.open("/var/lib/app/prefs") as db:
        p = db.get(request.args["user"], {}) # SAFE
    with open("/var/lib/app/defaults.pkl", "rb") as fh:
        defaults = pickle.load(fh) # SAFE
    return {**defaults, **p}
`,
  ),
  ...rules(
    "CWE-78",
    "batch73: subprocess shell=True variants next to argument lists and quoting",
    `
import os
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)
COMMANDS = {"uptime": "uptime", "disk": "df -h", "mem": "free -m"}


@app.route("/net/ping")
def ping():
    host = request.args["host"]
    a = subprocess.run("ping -c 1 " + host, shell=True, capture_output=True) # VULN
    b = subprocess.run(["ping", "-c", "1", "--", host], capture_output=True) # SAFE
    c = subprocess.run("ping -c 1 -- %s" % shlex.quote(host), shell=True, capture_output=True) # SAFE
    d = subprocess.run(["sh", "-c", "ping -c 1 " + host], capture_output=True) # VULN
    e = subprocess.run(["sh", "-c", 'ping -c 1 -- "$1"', "ping", host], capture_output=True) # SAFE
    return {"out": [x.returncode for x in (a, b, c, d, e)]}


@app.route("/net/whois")
def whois():
    domain = request.args.get("domain", "")
    out = subprocess.getoutput("whois " + domain) # VULN
    status, out2 = subprocess.getstatusoutput(f"nslookup {domain}") # VULN
    cmd = "host " + domain
    p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE) # VULN
    p2 = subprocess.Popen(["host", "--", domain], shell=False, stdout=subprocess.PIPE) # SAFE
    return {"out": out + out2, "a": p.communicate()[0].decode(), "b": p2.communicate()[0].decode(), "s": status}


@app.route("/admin/run")
def run_fixed():
    name = request.args.get("c", "uptime")
    r1 = subprocess.run(COMMANDS.get(name, "uptime"), shell=True, capture_output=True, text=True) # SAFE
    r2 = subprocess.run(COMMANDS[name] if name in COMMANDS else "uptime", shell=True, capture_output=True, text=True) # SAFE
    r3 = os.system("uptime") # SAFE
    r4 = os.system("echo " + name) # VULN
    return {"a": r1.stdout, "b": r2.stdout, "c": r3, "d": r4}
`,
  ),
];
