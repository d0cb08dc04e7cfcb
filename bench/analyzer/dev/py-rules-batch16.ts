// Dev suite "py-rules", batch 16 (format in py-rules.ts): written blind after batch 15's fixes, measured before any
// further fix. Shapes and APIs the earlier batches lack: AWS Lambda events reaching code, deserialisers and HTML
// bodies; Airflow and Docker SDK commands; aliased imports and names resolved through getattr; queries grown with
// += and %-dicts; Flask configuration through update()/from_mapping(); Pyramid and Tornado switches; urllib
// openers on caller URLs; log lines from the request; subinterpreters; mass assignment through setattr and
// __dict__; paramiko's WarningPolicy; Django error responses echoing the request. Cases written here, never taken
// from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH16: DevCase[] = [
  ...rules(
    "CWE-89",
    "batch16: lambda events into sql",
    `
import json
import os
import psycopg2
import pymssql
from sqlalchemy import create_engine, text

pg = psycopg2.connect(os.environ["PG_DSN"])
ms = pymssql.connect(server=os.environ["MSSQL_HOST"], user="app", password=os.environ["MSSQL_PW"], database="app")
engine = create_engine(os.environ["DB_URL"])


def handler(event, context):
    body = json.loads(event["body"])
    order_id = event["pathParameters"]["id"]
    with pg.cursor() as cur:
        cur.execute(f"SELECT * FROM orders WHERE id = {order_id}") # VULN
        cur.execute("SELECT * FROM orders WHERE id = %s", (order_id,)) # SAFE
    mc = ms.cursor()
    mc.execute("UPDATE customers SET note = '%s' WHERE id = %s" % (body["note"], body["id"])) # VULN
    mc.execute("UPDATE customers SET note = %s WHERE id = %s", (body["note"], body["id"])) # SAFE
    with engine.connect() as c:
        c.execute(text("SELECT * FROM items WHERE sku = '" + body["sku"] + "'")) # VULN
        c.execute(text("SELECT * FROM items WHERE sku = :sku"), {"sku": body["sku"]}) # SAFE
    return {"statusCode": 200, "body": json.dumps({"ok": True})}
`,
  ),
  ...rules(
    "CWE-94",
    "batch16: lambda events into code and loaders",
    `
import base64
import json
import pickle


def lambda_handler(event, context):
    expr = event["queryStringParameters"]["expr"]
    result = eval(expr) # VULN
    exec("total = " + event["formula"], {}) # VULN
    state = pickle.loads(base64.b64decode(event["state"])) # VULN CWE-502
    cfg = json.loads(event["body"]) # SAFE CWE-502
    return {"statusCode": 200, "body": json.dumps({"result": result, "state": str(state), "cfg": cfg})}
`,
  ),
  ...rules(
    "CWE-79",
    "batch16: lambda html bodies",
    `
import html


def lambda_handler(event, context):
    name = event["queryStringParameters"]["name"]
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "text/html"},
        "body": "<h1>Hello " + name + "</h1>", # VULN
    }


def lambda_handler_escaped(event, context):
    name = event["queryStringParameters"]["name"]
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "text/html"},
        "body": "<h1>Hello " + html.escape(name) + "</h1>", # SAFE
    }
`,
  ),
  ...rules(
    "CWE-78",
    "batch16: airflow and docker commands",
    `
import docker
from airflow import DAG
from airflow.operators.bash import BashOperator


def vacuum_task(dag: DAG, table: str) -> BashOperator:
    return BashOperator(task_id=f"vacuum_{table}", bash_command=f"psql -c 'VACUUM {table}'", dag=dag) # VULN


def vacuum_task_env(dag: DAG, table: str) -> BashOperator:
    return BashOperator(task_id=f"vacuum_{table}", bash_command="scripts/vacuum.sh ", env={"TABLE": table}, dag=dag) # SAFE


client = docker.from_env()


def run_job(request):
    script = request.POST["script"]
    out = client.containers.run("python:3.12-slim", ["sh", "-c", script]) # VULN
    out2 = client.containers.run("python:3.12-slim", ["python", "/jobs/report.py"]) # SAFE
    debug = client.containers.run("alpine:3.20", "ls /", privileged=True) # VULN CWE-250
    return out + out2 + debug
`,
  ),
  ...rules(
    "CWE-78",
    "batch16: aliased imports and getattr",
    `
import os
import subprocess as sp
from os import system as run_cmd
from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    sp.Popen("ping -c 1 " + host, shell=True).wait() # VULN
    sp.Popen(["ping", "-c", "1", host]).wait() # SAFE
    run_cmd("nslookup " + host) # VULN
    run_cmd("uptime") # SAFE
    getattr(os, "system")("traceroute " + host) # VULN
    return "ok"


@app.route("/list")
def listing():
    cmd = "ls -l "
    cmd += request.args.get("dir", ".")
    out = sp.check_output(cmd, shell=True) # VULN
    return out
`,
  ),
  ...rules(
    "CWE-89",
    "batch16: queries grown step by step",
    `
import sqlite3
from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("shop.db", check_same_thread=False)


@app.route("/orders")
def orders():
    query = "SELECT * FROM orders WHERE 1 = 1"
    status = request.args.get("status")
    if status:
        query += " AND status = '" + status + "'"
    rows = db.execute(query).fetchall() # VULN
    return {"n": len(rows)}


@app.route("/orders2")
def orders2():
    query = "SELECT * FROM orders WHERE 1 = 1"
    params = []
    status = request.args.get("status")
    if status:
        query += " AND status = ?"
        params.append(status)
    rows = db.execute(query, params).fetchall() # SAFE
    return {"n": len(rows)}


@app.route("/customer")
def customer():
    sql = "SELECT * FROM customers WHERE email = '%(email)s'" % {"email": request.args["email"]}
    rows = db.execute(sql).fetchall() # VULN
    sql2 = " ".join(["SELECT * FROM customers WHERE region =", "'" + request.args["region"] + "'"])
    rows2 = db.execute(sql2).fetchall() # VULN
    return {"n": len(rows) + len(rows2)}
`,
  ),
  ...rules(
    "CWE-798",
    "batch16: flask configuration through update and from_mapping",
    `
import os
from flask import Flask

app = Flask(__name__)
app.config.update(SECRET_KEY="f3c9a1e7b2d84c06") # VULN
app.config.update(SECRET_KEY=os.environ["FLASK_SECRET_KEY"]) # SAFE
app.config.from_mapping(SECRET_KEY="dev-secret-2024-xyz") # VULN
app.config.update(DEBUG=True) # VULN CWE-489
app.config.update(DEBUG=False) # SAFE CWE-489
app.config.update(SESSION_COOKIE_SECURE=False) # VULN CWE-614
app.config.update(WTF_CSRF_ENABLED=False) # VULN CWE-352
app.config.update(WTF_CSRF_ENABLED=True) # SAFE CWE-352
`,
  ),
  ...rules(
    "CWE-352",
    "batch16: pyramid and tornado switches",
    `
import tornado.web
from pyramid.config import Configurator
from pyramid.response import Response
from pyramid.view import view_config


@view_config(route_name="transfer", request_method="POST", require_csrf=False) # VULN
def transfer(request):
    return Response("ok")


@view_config(route_name="profile", request_method="POST")
def profile(request):
    resp = Response("ok")
    resp.set_cookie("theme", request.POST["theme"], secure=False) # VULN CWE-614
    resp.set_cookie("lang", request.POST["lang"], secure=True, httponly=True) # SAFE CWE-614
    return resp


def main():
    config = Configurator()
    config.set_default_csrf_options(require_csrf=False) # VULN
    config.scan()
    return config.make_wsgi_app()


class Home(tornado.web.RequestHandler):
    def get(self):
        self.write("home")


tornado_app = tornado.web.Application([(r"/", Home)], xsrf_cookies=False) # VULN
tornado_app2 = tornado.web.Application([(r"/", Home)], xsrf_cookies=True) # SAFE
`,
  ),
  ...rules(
    "CWE-939",
    "batch16: urllib openers on caller urls",
    `
import urllib.request


def download(url, dest):
    urllib.request.urlretrieve(url, dest) # VULN


def read(url):
    req = urllib.request.Request(url, headers={"User-Agent": "fetcher/1.0"})
    with urllib.request.urlopen(req) as resp: # VULN
        return resp.read()


def read_with_opener(url):
    opener = urllib.request.build_opener()
    return opener.open(url).read() # VULN


def read_feed():
    with urllib.request.urlopen("https://status.example.com/feed.json") as resp: # SAFE
        return resp.read()
`,
  ),
  ...rules(
    "CWE-117",
    "batch16: log lines from the request",
    `
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():
    user = request.form["username"]
    app.logger.warning("failed login for " + user) # VULN
    log.info("password reset requested by %s", request.form["email"]) # VULN
    log.info("password reset requested by %r", request.form["email"]) # SAFE
    app.logger.warning("failed login for %s", user.replace("\\n", "").replace("\\r", "")) # SAFE
    return "no"
`,
  ),
  ...rules(
    "CWE-95",
    "batch16: subinterpreters",
    `
import _testcapi
import _xxsubinterpreters as interpreters
from flask import Flask, request

app = Flask(__name__)


@app.route("/run", methods=["POST"])
def run():
    src = request.form["code"]
    interp = interpreters.create()
    interpreters.run_string(interp, src) # VULN
    interpreters.run_string(interp, "import sys; print(sys.version)") # SAFE
    _testcapi.run_in_subinterp(src) # VULN
    return "done"
`,
  ),
  ...rules(
    "CWE-915",
    "batch16: mass assignment by setattr and __dict__",
    `
from flask import Flask, request
from .models import Profile, db

app = Flask(__name__)
EDITABLE = {"display_name", "bio"}


@app.route("/profile/<int:pid>", methods=["POST"])
def update_profile(pid):
    profile = Profile.query.get_or_404(pid)
    for key, value in request.form.items():
        setattr(profile, key, value) # VULN
    db.session.commit()
    return "ok"


@app.route("/profile2/<int:pid>", methods=["POST"])
def update_profile2(pid):
    profile = Profile.query.get_or_404(pid)
    for key, value in request.form.items():
        if key in EDITABLE:
            setattr(profile, key, value) # SAFE
    db.session.commit()
    return "ok"


@app.route("/profile3/<int:pid>", methods=["POST"])
def update_profile3(pid):
    profile = Profile.query.get_or_404(pid)
    profile.__dict__.update(request.get_json()) # VULN
    db.session.commit()
    return "ok"


@app.route("/profile4", methods=["POST"])
def create_profile():
    profile = Profile(**request.get_json()) # VULN
    db.session.add(profile)
    db.session.commit()
    return "ok"
`,
  ),
  ...rules(
    "CWE-322",
    "batch16: paramiko host key policies",
    `
import paramiko


def connect(host, user, key_file):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.WarningPolicy()) # VULN
    client.connect(host, username=user, key_filename=key_file)
    return client


def connect_known(host, user, key_file):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy()) # SAFE
    client.connect(host, username=user, key_filename=key_file)
    return client
`,
  ),
  ...rules(
    "CWE-79",
    "batch16: django error responses",
    `
from django.http import HttpResponseBadRequest, HttpResponseNotFound, JsonResponse
from django.utils.html import escape


def item(request):
    sku = request.GET.get("sku", "")
    if not sku.isalnum():
        return HttpResponseBadRequest("invalid sku: " + sku) # VULN
    return HttpResponseNotFound("<p>No item %s</p>" % request.GET.get("sku")) # VULN


def item_safe(request):
    sku = request.GET.get("sku", "")
    if not sku.isalnum():
        return HttpResponseBadRequest("invalid sku: " + escape(sku)) # SAFE
    return JsonResponse({"missing": sku}, status=404) # SAFE
`,
  ),
];
