// Dev suite "py-rules", batch 88 (format in py-rules.ts), written blind on the areas the suite had fewest cases for
// (counted by library): AWS Lambda handlers feeding SQL drivers, DynamoDB, shells and deserialisers; the Docker SDK,
// Airflow operators and Celery tasks; less common SQL drivers (asyncpg, aiopg, aiomysql, oracledb, pyodbc,
// mysql-connector, pg8000, pymssql); cleartext urllib / http.client transport; multiprocessing connections and
// interactive interpreters; JWT libraries (python-jose, authlib, PyJWT); Django template contexts, mass assignment,
// request data written to files; CSV export; Pyramid cookies and CSRF; cloud SDK clients (boto3, GCP, Azure).
// Own code, never taken from an advisory or a held-out corpus. Safe twins differ in the one thing that makes them safe.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH88: DevCase[] = [
  // ---------------------------------------------------------------- AWS Lambda handlers
  ...rules(
    "CWE-89",
    "batch88: Lambda handler, API Gateway event into pymysql / psycopg2 / pymssql / pg8000 cursors",
    `
import json
import os

import pg8000.native
import psycopg2
import pymssql
import pymysql

conn = pymysql.connect(host=os.environ["DB_HOST"], user="app", password=os.environ["DB_PASS"], database="shop")


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    sku = params.get("sku", "")
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM products WHERE sku = '%s'" % sku)  # VULN
        cur.execute("SELECT * FROM products WHERE sku = %s", (sku,))  # SAFE
        cur.execute(f"SELECT price FROM products WHERE sku = '{sku}'")  # VULN
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def orders_handler(event, context):
    body = json.loads(event["body"])
    customer = body["customer"]
    pg = psycopg2.connect(os.environ["PG_DSN"])
    cur = pg.cursor()
    sql = "SELECT id, total FROM orders WHERE customer = '" + customer + "' ORDER BY id"
    cur.execute(sql)  # VULN
    cur.execute("SELECT id, total FROM orders WHERE customer = %(c)s", {"c": customer})  # SAFE
    order_by = body.get("sort", "id")
    cur.execute("SELECT id FROM orders ORDER BY {}".format(order_by))  # VULN
    cur.execute("SELECT id FROM orders ORDER BY {}".format("id" if order_by != "total" else "total"))  # SAFE
    return {"statusCode": 200, "body": json.dumps(cur.fetchall(), default=str)}


def handler(event, context):
    region = event["pathParameters"]["region"]
    ms = pymssql.connect(server=os.environ["MSSQL"], user="report", password=os.environ["MSSQL_PW"], database="sales")
    c = ms.cursor(as_dict=True)
    c.execute("SELECT SUM(amount) AS s FROM sales WHERE region = '%s'" % (region,))  # VULN
    c.execute("SELECT SUM(amount) AS s FROM sales WHERE region = %s", region)  # SAFE
    total = c.fetchone()
    db = pg8000.native.Connection("reader", host=os.environ["PG_HOST"], password=os.environ["PG_PW"])
    rows = db.run(f"SELECT name FROM stores WHERE region = '{region}'")  # VULN
    rows2 = db.run("SELECT name FROM stores WHERE region = :r", r=region)  # SAFE
    return {"statusCode": 200, "body": json.dumps({"total": total, "stores": rows + rows2}, default=str)}
`,
  ),
  ...rules(
    "CWE-943",
    "batch88: Lambda handler, DynamoDB scans with filter expressions built from the event",
    `
import json

import boto3
from boto3.dynamodb.conditions import Attr, Key

dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table("users")
client = boto3.client("dynamodb")


def lambda_handler(event, context):
    q = event["queryStringParameters"]
    status = q["status"]
    resp = client.scan(TableName="users", FilterExpression="status = " + status)  # VULN
    resp2 = client.scan(  # SAFE
        TableName="users",
        FilterExpression="#s = :s",
        ExpressionAttributeNames={"#s": "status"},
        ExpressionAttributeValues={":s": {"S": status}},
    )
    items = table.scan(FilterExpression=Attr("status").eq(status))["Items"]  # SAFE
    by_team = table.query(KeyConditionExpression=Key("team").eq(q["team"]))["Items"]  # SAFE
    cond = f"contains(tags, {q['tag']})"
    tagged = client.scan(TableName="users", FilterExpression=cond)  # VULN
    return {"statusCode": 200, "body": json.dumps([resp, resp2, items, by_team, tagged], default=str)}
`,
  ),
  ...rules(
    "CWE-78",
    "batch88: Lambda handlers that shell out with event fields",
    `
import os
import subprocess
import shlex
from subprocess import run as sp_run


def lambda_handler(event, context):
    bucket = event["Records"][0]["s3"]["bucket"]["name"]
    key = event["Records"][0]["s3"]["object"]["key"]
    os.system("aws s3 cp s3://%s/%s /tmp/in" % (bucket, key))  # VULN
    subprocess.run(["aws", "s3", "cp", f"s3://{bucket}/{key}", "/tmp/in"], check=True)  # SAFE
    out = subprocess.check_output("file /tmp/in | grep " + key, shell=True)  # VULN
    out2 = subprocess.check_output(["file", "/tmp/in"])  # SAFE
    return {"type": out.decode() + out2.decode()}


def convert(event, context):
    fmt = event["queryStringParameters"]["format"]
    sp_run(f"convert /tmp/in.png /tmp/out.{fmt}", shell=True)  # VULN
    sp_run(f"convert /tmp/in.png /tmp/out.{shlex.quote(fmt)}", shell=True)  # SAFE
    p = subprocess.Popen("ffmpeg -i /tmp/in -vf scale=" + event["body"] + " /tmp/out.mp4", shell=True)  # VULN
    p.wait()
    stream = os.popen("identify -format %w /tmp/in." + fmt)  # VULN
    width = stream.read()
    os.popen("identify -format %w /tmp/in.png").read()  # SAFE
    return {"statusCode": 200, "body": width}
`,
  ),
  ...rules(
    "CWE-94",
    "batch88: Lambda handlers that evaluate or exec event fields",
    `
import ast
import json


def lambda_handler(event, context):
    expr = event["queryStringParameters"]["expr"]
    result = eval(expr)  # VULN CWE-95
    safe = ast.literal_eval(expr)  # SAFE
    return {"statusCode": 200, "body": json.dumps({"r": result, "s": safe})}


def rules_handler(event, context):
    body = json.loads(event["body"])
    code = "def rule(x):\\n    return " + body["rule"]
    ns = {}
    exec(code, ns)  # VULN
    exec("def rule(x):\\n    return x > 0", ns)  # SAFE
    fn = compile(body["snippet"], "<rule>", "exec")  # VULN
    exec(fn, {"__builtins__": {}})  # VULN
    return {"statusCode": 200, "body": str(ns["rule"](1))}
`,
  ),
  ...rules(
    "CWE-502",
    "batch88: Lambda handlers that unpickle or yaml-load the request body",
    `
import base64
import json
import pickle as pk

import yaml


def lambda_handler(event, context):
    raw = base64.b64decode(event["body"])
    job = pk.loads(raw)  # VULN
    data = json.loads(raw)  # SAFE
    cfg = yaml.load(event["headers"]["x-config"], Loader=yaml.Loader)  # VULN
    cfg2 = yaml.safe_load(event["headers"]["x-config"])  # SAFE
    cfg3 = yaml.load(event["body"], Loader=yaml.SafeLoader)  # SAFE
    return {"statusCode": 200, "body": json.dumps([str(job), data, cfg, cfg2, cfg3])}
`,
  ),
  ...rules(
    "CWE-79",
    "batch88: Lambda handlers returning HTML built from the event",
    `
import html
import json
from html import escape as esc


def lambda_handler(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "guest")
    body = "<html><body><h1>Hello " + name + "</h1></body></html>"
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": body}  # VULN


def safe_handler(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "guest")
    body = "<html><body><h1>Hello " + html.escape(name) + "</h1></body></html>"
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": body}  # SAFE


def search_page(event, context):
    q = event["queryStringParameters"]["q"]
    page = f"<p>No results for <b>{q}</b></p>"
    return {"statusCode": 404, "headers": {"content-type": "text/html; charset=utf-8"}, "body": page}  # VULN


def search_page_escaped(event, context):
    q = event["queryStringParameters"]["q"]
    page = f"<p>No results for <b>{esc(q)}</b></p>"
    return {"statusCode": 404, "headers": {"content-type": "text/html; charset=utf-8"}, "body": page}  # SAFE


def api(event, context):
    q = event["queryStringParameters"]["q"]
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps({"q": q})}  # SAFE
`,
  ),
  // ---------------------------------------------------------------- Docker SDK, Airflow, Celery
  ...rules(
    "CWE-78",
    "batch88: Docker SDK containers run / exec_run with request data in a shell command",
    `
import shlex

import docker
from flask import Flask, request, jsonify

app = Flask(__name__)
client = docker.from_env()


@app.route("/build", methods=["POST"])
def build():
    branch = request.form["branch"]
    logs = client.containers.run("builder:latest", "sh -c 'git checkout " + branch + " && make'", remove=True)  # VULN
    logs2 = client.containers.run("builder:latest", ["git", "checkout", branch], remove=True)  # SAFE
    return jsonify(out=logs.decode() + logs2.decode())


@app.route("/exec/<cid>", methods=["POST"])
def run_in(cid):
    container = client.containers.get(cid)
    pattern = request.json["pattern"]
    res = container.exec_run(f"sh -c 'grep {pattern} /var/log/app.log'")  # VULN
    res2 = container.exec_run(["grep", "--", pattern, "/var/log/app.log"])  # SAFE
    res3 = container.exec_run("sh -c 'grep %s /var/log/app.log'" % shlex.quote(pattern))  # SAFE
    return jsonify(a=res.output.decode(), b=res2.output.decode(), c=res3.output.decode())


@app.route("/sandbox", methods=["POST"])
def sandbox():
    cmd = request.json["cmd"]
    api = docker.APIClient(base_url="unix://var/run/docker.sock")
    c = api.create_container(image="alpine", command=["/bin/sh", "-c", cmd])  # VULN
    api.start(c)
    return jsonify(id=c["Id"])
`,
  ),
  ...rules(
    "CWE-250",
    "batch88: Docker SDK containers started privileged or with the host's namespaces",
    `
import docker

client = docker.DockerClient(base_url="unix://var/run/docker.sock")


def start_worker(image):
    return client.containers.run(image, detach=True, privileged=True)  # VULN


def start_worker_confined(image):
    return client.containers.run(image, detach=True, privileged=False, cap_drop=["ALL"])  # SAFE


def start_monitor():
    return client.containers.run("monitor:1.4", detach=True, pid_mode="host", network_mode="host")  # VULN


def start_job(image):
    return client.containers.run(image, detach=True, network_mode="bridge", read_only=True)  # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch88: Airflow BashOperator commands with templated conf spliced in Python, and Celery tasks that shell out",
    `
import shlex
import subprocess
from datetime import datetime

from airflow import DAG
from airflow.decorators import task
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator
from celery import Celery, shared_task

app = Celery("jobs", broker="redis://localhost:6379/0")

with DAG("export", start_date=datetime(2024, 1, 1), schedule=None) as dag:
    export = BashOperator(
        task_id="export",
        bash_command="pg_dump {{ params.db }} > /data/out.sql",
        params={"db": "reporting"},
    )  # SAFE
    safe_env = BashOperator(task_id="copy", bash_command="cp /data/out.sql \\"$DEST\\"", env={"DEST": "{{ dag_run.conf['dest'] }}"})  # SAFE


def run_export(**context):
    table = context["dag_run"].conf["table"]
    subprocess.run("psql -c 'COPY " + table + " TO STDOUT' > /data/t.csv", shell=True, check=True)  # VULN
    subprocess.run(["psql", "-c", "COPY public.events TO STDOUT"], check=True)  # SAFE


export_py = PythonOperator(task_id="export_py", python_callable=run_export, dag=dag)


@task
def archive(path: str):
    subprocess.check_call(f"tar czf /archive/out.tgz {path}", shell=True)  # VULN
    subprocess.check_call(["tar", "czf", "/archive/out.tgz", "--", path])  # SAFE


@app.task
def resize(filename, size):
    subprocess.call("convert %s -resize %s /thumbs/%s" % (filename, size, filename), shell=True)  # VULN
    subprocess.call("convert %s -resize 64x64 /thumbs/out.png" % shlex.quote(filename), shell=True)  # SAFE


@shared_task(bind=True)
def ping(self, host):
    import os

    return os.system("ping -c 1 " + host)  # VULN
`,
  ),
  // ---------------------------------------------------------------- less common SQL drivers
  ...rules(
    "CWE-89",
    "batch88: asyncpg, aiopg and aiomysql queries from aiohttp handlers",
    `
import aiomysql
import aiopg
import asyncpg
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/users")
async def users(request):
    name = request.query["name"]
    pool: asyncpg.Pool = request.app["pg"]
    async with pool.acquire() as con:
        rows = await con.fetch(f"SELECT * FROM users WHERE name = '{name}'")  # VULN
        rows2 = await con.fetch("SELECT * FROM users WHERE name = $1", name)  # SAFE
        one = await con.fetchrow("SELECT * FROM users WHERE id = " + request.query["id"])  # VULN
        val = await con.fetchval("SELECT count(*) FROM users WHERE team = $1", request.query["team"])  # SAFE
        await con.execute("DELETE FROM sessions WHERE token = '%s'" % request.query["t"])  # VULN
    return web.json_response({"n": len(rows) + len(rows2) + val, "one": dict(one or {})})


@routes.get("/legacy")
async def legacy(request):
    sort = request.query.get("sort", "id")
    async with aiopg.create_pool(request.app["dsn"]) as pool:
        async with pool.acquire() as conn:
            async with conn.cursor() as cur:
                await cur.execute("SELECT id FROM items ORDER BY " + sort)  # VULN
                await cur.execute("SELECT id FROM items WHERE owner = %s", (request.query["owner"],))  # SAFE
                ret = await cur.fetchall()
    return web.json_response(ret)


@routes.post("/notes")
async def notes(request):
    data = await request.post()
    conn = await aiomysql.connect(host="db", user="app", password=request.app["pw"], db="notes")
    async with conn.cursor() as cur:
        await cur.execute("INSERT INTO notes (body) VALUES ('{}')".format(data["body"]))  # VULN
        await cur.execute("INSERT INTO notes (body) VALUES (%s)", (data["body"],))  # SAFE
    await conn.commit()
    return web.Response(text="ok")
`,
  ),
  ...rules(
    "CWE-89",
    "batch88: oracledb / cx_Oracle, pyodbc and mysql-connector cursors in Flask views",
    `
import cx_Oracle
import mysql.connector
import oracledb
import pyodbc
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/emp")
def emp():
    dept = request.args["dept"]
    with oracledb.connect(user="hr", password=app.config["ORA_PW"], dsn="db/orclpdb") as con:
        cur = con.cursor()
        cur.execute("SELECT ename FROM emp WHERE deptno = " + dept)  # VULN
        cur.execute("SELECT ename FROM emp WHERE deptno = :d", d=dept)  # SAFE
        cur.execute("SELECT ename FROM emp WHERE deptno = :d", [dept])  # SAFE
        rows = cur.fetchall()
    legacy = cx_Oracle.connect("hr", app.config["ORA_PW"], "db/orclpdb").cursor()
    legacy.execute(f"SELECT ename FROM emp WHERE job = '{request.args['job']}'")  # VULN
    return jsonify(rows)


@app.get("/inventory")
def inventory():
    part = request.args.get("part", "")
    cn = pyodbc.connect(app.config["ODBC"])
    cursor = cn.cursor()
    cursor.execute("SELECT qty FROM stock WHERE part = '%s'" % part)  # VULN
    cursor.execute("SELECT qty FROM stock WHERE part = ?", part)  # SAFE
    cursor.execute("SELECT qty FROM stock WHERE part = ?", (part,))  # SAFE
    return jsonify(cursor.fetchall())


@app.post("/audit")
def audit():
    cnx = mysql.connector.connect(user="audit", password=app.config["MY_PW"], database="audit")
    cur = cnx.cursor(prepared=True)
    who = request.form["who"]
    cur.execute("INSERT INTO log (who) VALUES ('" + who + "')")  # VULN
    cur.execute("INSERT INTO log (who) VALUES (%s)", (who,))  # SAFE
    stmt = "SELECT * FROM log WHERE who = '{}'".format(who)
    cur.execute(stmt)  # VULN
    cnx.commit()
    return "", 204
`,
  ),
  // ---------------------------------------------------------------- cleartext transport
  ...rules(
    "CWE-319",
    "batch88: urllib and http.client talking plain HTTP / FTP to fixed remote hosts",
    `
import http.client
import urllib.request
from urllib.request import OpenerDirector, Request, urlopen, urlretrieve, build_opener

TOKEN_URL = "http://auth.example.com/oauth/token"


def fetch_token(secret):
    req = Request(TOKEN_URL, data=("client_secret=" + secret).encode(), method="POST")  # VULN
    return urlopen(req).read()


def fetch_token_tls(secret):
    req = Request("https://auth.example.com/oauth/token", data=("client_secret=" + secret).encode())  # SAFE
    return urlopen(req).read()


def prices():
    return urllib.request.urlopen("http://feeds.example.com/prices.json").read()  # VULN


def prices_tls():
    return urllib.request.urlopen("https://feeds.example.com/prices.json", timeout=10).read()  # SAFE


def mirror():
    urlretrieve("ftp://mirror.example.org/pub/release.tar.gz", "/tmp/release.tar.gz")  # VULN
    urlretrieve("https://mirror.example.org/pub/release.tar.gz", "/tmp/release2.tar.gz")  # SAFE


def opener_fetch():
    od = OpenerDirector()
    od.add_handler(urllib.request.HTTPHandler())
    body = od.open("http://internal-api.example.com/v1/accounts").read()  # VULN
    op = build_opener()
    body2 = op.open("https://internal-api.example.com/v1/accounts").read()  # SAFE
    return body + body2


def login(user, password):
    conn = http.client.HTTPConnection("login.example.com")  # VULN
    conn.request("POST", "/session", body="u=%s&p=%s" % (user, password))
    tls = http.client.HTTPSConnection("login.example.com", timeout=5)  # SAFE
    tls.request("POST", "/session", body="u=%s&p=%s" % (user, password))
    local = http.client.HTTPConnection("localhost", 8080)  # SAFE
    local.request("GET", "/health")
    return conn.getresponse().read(), tls.getresponse().read(), local.getresponse().status
`,
  ),
  // ---------------------------------------------------------------- multiprocessing connections, interpreters
  ...rules(
    "CWE-502",
    "batch88: multiprocessing.connection Listener / Client recv (pickle on the wire)",
    `
from multiprocessing.connection import Client, Listener
import json


def serve():
    address = ("0.0.0.0", 6000)
    with Listener(address) as listener:
        with listener.accept() as conn:
            msg = conn.recv()  # VULN
            raw = conn.recv_bytes()  # SAFE
            cmd = json.loads(raw)
            conn.send_bytes(json.dumps({"ok": True, "cmd": cmd}).encode())
            return msg


def serve_authenticated(secret: bytes):
    with Listener(("127.0.0.1", 6001), authkey=secret) as listener:
        with listener.accept() as conn:
            return conn.recv()  # SAFE


def query(host):
    with Client((host, 6000)) as c:
        c.send_bytes(b'{"op": "status"}')
        return json.loads(c.recv_bytes())  # SAFE
`,
  ),
  ...rules(
    "CWE-94",
    "batch88: code.InteractiveConsole / InteractiveInterpreter fed from a socket or request",
    `
import code
import socketserver
from code import InteractiveInterpreter

from flask import Flask, request

app = Flask(__name__)


class DebugShell(socketserver.StreamRequestHandler):
    def handle(self):
        console = code.InteractiveConsole({"server": self.server})
        for line in self.rfile:
            console.push(line.decode().rstrip())  # VULN


@app.post("/debug/run")
def debug_run():
    interp = InteractiveInterpreter()
    interp.runsource(request.form["src"])  # VULN
    interp.runcode(compile("print('ready')", "<s>", "exec"))  # SAFE
    interp.runsource("1 + 1")  # SAFE
    return "ran"


@app.post("/debug/compile")
def debug_compile():
    src = request.get_data(as_text=True)
    ok = code.compile_command(src)  # SAFE
    return "complete" if ok else "incomplete"
`,
  ),
  // ---------------------------------------------------------------- JWT libraries
  ...rules(
    "CWE-347",
    "batch88: python-jose, authlib and PyJWT decoding without verification",
    `
import jwt as pyjwt
from authlib.jose import jwt as ajwt
from jose import jwt
from jose import jws
from flask import Flask, request, abort

app = Flask(__name__)
KEY = app.config.get("JWT_KEY")


@app.get("/me")
def me():
    token = request.headers["Authorization"].split()[1]
    claims = jwt.get_unverified_claims(token)  # VULN
    verified = jwt.decode(token, KEY, algorithms=["HS256"])  # SAFE
    loose = jwt.decode(token, KEY, options={"verify_signature": False})  # VULN
    return {"sub": claims["sub"], "v": verified["sub"], "l": loose["sub"]}


@app.get("/peek")
def peek():
    token = request.args["t"]
    payload = jws.get_unverified_claims(token)  # VULN
    hdr = jwt.get_unverified_header(token)  # SAFE
    data = pyjwt.decode(token, options={"verify_signature": False})  # VULN
    data2 = pyjwt.decode(token, KEY, algorithms=["HS256"])  # SAFE
    data3 = pyjwt.decode(token, KEY, algorithms=["HS256", "none"])  # VULN
    return {"p": str(payload), "h": hdr, "d": data, "d2": data2, "d3": data3}


@app.get("/authlib")
def authlib_claims():
    token = request.args["t"]
    claims = ajwt.decode(token, KEY)
    claims.validate()  # SAFE
    return dict(claims)


def make_token(user):
    unsigned = pyjwt.encode({"sub": user.id}, None, algorithm="none")  # VULN
    signed = pyjwt.encode({"sub": user.id}, KEY, algorithm="HS256")  # SAFE
    return unsigned, signed
`,
  ),
  ...rules(
    "CWE-522",
    "batch88: credentials placed in JWT payloads, which are only base64-encoded",
    `
import datetime

import jwt
from jose import jwt as jose_jwt

SECRET = __import__("os").environ["JWT_SECRET"]


def issue(user, password):
    payload = {"sub": user.username, "password": password, "exp": datetime.datetime.utcnow()}
    return jwt.encode(payload, SECRET, algorithm="HS256")  # VULN


def issue_ok(user):
    payload = {"sub": user.username, "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}
    return jwt.encode(payload, SECRET, algorithm="HS256")  # SAFE


def issue_jose(user):
    return jose_jwt.encode({"sub": user.username, "pwd_hash": user.password}, SECRET, algorithm="HS256")  # VULN


def issue_jose_ok(user):
    return jose_jwt.encode({"sub": user.username, "role": user.role}, SECRET, algorithm="HS256")  # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch88: JWT signing keys hard-coded at the call",
    `
import os

import jwt
from jose import jwt as jose_jwt


def sign(claims):
    return jwt.encode(claims, "s3cr3t-signing-key-2024", algorithm="HS256")  # VULN


def sign_env(claims):
    return jwt.encode(claims, os.environ["SIGNING_KEY"], algorithm="HS256")  # SAFE


def verify(token):
    return jose_jwt.decode(token, "another-hardcoded-key!", algorithms=["HS256"])  # VULN


def verify_env(token):
    return jose_jwt.decode(token, os.getenv("SIGNING_KEY"), algorithms=["HS256"])  # SAFE
`,
  ),
  // ---------------------------------------------------------------- Django: contexts, mass assignment, files
  ...rules(
    "CWE-915",
    "batch88: Django and Flask-SQLAlchemy models created from the whole request",
    `
from django.http import JsonResponse
from django.views import View
from flask import request as freq

from .models import Profile


class ProfileView(View):
    def post(self, request):
        p = Profile.objects.create(**request.POST.dict())  # VULN
        q = Profile.objects.create(bio=request.POST["bio"], city=request.POST["city"])  # SAFE
        return JsonResponse({"id": p.id, "q": q.id})

    def put(self, request, pk):
        Profile.objects.filter(pk=pk, owner=request.user).update(**request.POST.dict())  # VULN
        Profile.objects.filter(pk=pk, owner=request.user).update(bio=request.POST.get("bio", ""))  # SAFE
        return JsonResponse({"ok": True})


def flask_update(db, Account, account_id):
    acct = db.session.get(Account, account_id)
    for k, v in freq.get_json().items():
        setattr(acct, k, v)  # VULN
    for k in ("nickname", "avatar"):
        setattr(acct, k, freq.get_json().get(k))  # SAFE
    db.session.commit()
`,
  ),
  ...rules(
    "CWE-96",
    "batch88: Django views passing globals() / locals() as the template context",
    `
from django.shortcuts import render
from django.template import loader
from django.http import HttpResponse


def dashboard(request):
    title = "Dashboard"
    items = request.user.items.all()
    return render(request, "dash.html", locals())  # VULN


def dashboard_ok(request):
    items = request.user.items.all()
    return render(request, "dash.html", {"title": "Dashboard", "items": items})  # SAFE


def report(request):
    tpl = loader.get_template("report.html")
    return HttpResponse(tpl.render(globals(), request))  # VULN


def report_ok(request):
    tpl = loader.get_template("report.html")
    return HttpResponse(tpl.render({"user": request.user}, request))  # SAFE
`,
  ),
  ...rules(
    "CWE-22",
    "batch88: Django views writing request data to a file named by the request",
    `
import os

from django.conf import settings
from django.http import HttpResponse
from django.utils.text import get_valid_filename


def save_note(request):
    name = request.POST["name"]
    with open(os.path.join(settings.MEDIA_ROOT, name), "w") as fh:  # VULN
        fh.write(request.POST["body"])
    safe_name = get_valid_filename(os.path.basename(name))
    with open(os.path.join(settings.MEDIA_ROOT, safe_name), "w") as fh:  # SAFE
        fh.write(request.POST["body"])
    return HttpResponse("saved")


def append_log(request):
    path = "/var/app/logs/" + request.GET["log"]
    f = open(path, "a")  # VULN
    f.write(request.GET.get("line", ""))
    f.close()
    return HttpResponse("ok")
`,
  ),
  ...rules(
    "CWE-704",
    "batch88: float() of request values (NaN / inf accepted)",
    `
import math

from django.http import JsonResponse


def set_price(request):
    price = float(request.POST["price"])  # VULN
    if price < 0:
        return JsonResponse({"error": "negative"}, status=400)
    return JsonResponse({"price": price})


def set_price_checked(request):
    price = float(request.POST["price"])  # SAFE
    if not math.isfinite(price) or price < 0:
        return JsonResponse({"error": "bad price"}, status=400)
    return JsonResponse({"price": price})


def set_qty(request):
    qty = int(request.POST["qty"])  # SAFE
    return JsonResponse({"qty": qty})
`,
  ),
  // ---------------------------------------------------------------- CSV export
  ...rules(
    "CWE-1236",
    "batch88: CSV exports of user-entered text (formula injection)",
    `
import csv
import io

from flask import Flask, request, Response

app = Flask(__name__)


def neutralise(v):
    s = str(v)
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\\t", "\\r") else s


@app.post("/export")
def export():
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["name", "comment"])  # SAFE
    w.writerow([request.form["name"], request.form["comment"]])  # VULN
    w.writerow([neutralise(request.form["name"]), neutralise(request.form["comment"])])  # SAFE
    return Response(buf.getvalue(), mimetype="text/csv")


@app.post("/export-dict")
def export_dict():
    buf = io.StringIO()
    dw = csv.DictWriter(buf, fieldnames=["email", "note"])
    dw.writeheader()
    dw.writerow({"email": request.form["email"], "note": request.form["note"]})  # VULN
    dw.writerows([{"email": neutralise(request.form["email"]), "note": neutralise(request.form["note"])}])  # SAFE
    return Response(buf.getvalue(), mimetype="text/csv")
`,
  ),
  // ---------------------------------------------------------------- Pyramid cookies and CSRF
  ...rules(
    "CWE-614",
    "batch88: Pyramid auth-ticket policies and cookies without Secure",
    `
from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.config import Configurator
from pyramid.response import Response
from pyramid.view import view_config


def main(global_config, **settings):
    config = Configurator(settings=settings)
    policy = AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", secure=False)  # VULN
    strict = AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", secure=True, http_only=True)  # SAFE
    helper = AuthTktCookieHelper(settings["auth.secret"], hashalg="sha512")  # VULN
    config.set_authentication_policy(policy if settings.get("dev") else strict)
    return config.make_wsgi_app(), helper


@view_config(route_name="prefs")
def prefs(request):
    resp = Response("ok")
    resp.set_cookie("session_hint", request.params["hint"], secure=False, httponly=True)  # VULN
    resp.set_cookie("session_hint2", request.params["hint"], secure=True, httponly=True, samesite="Lax")  # SAFE
    return resp
`,
  ),
  ...rules(
    "CWE-1004",
    "batch88: Pyramid auth tickets readable from scripts",
    `
from pyramid.authentication import AuthTktAuthenticationPolicy
from pyramid.response import Response


def make_policy(secret):
    return AuthTktAuthenticationPolicy(secret, hashalg="sha512", secure=True, http_only=False)  # VULN


def make_policy_ok(secret):
    return AuthTktAuthenticationPolicy(secret, hashalg="sha512", secure=True, http_only=True)  # SAFE


def remember(request, token):
    r = Response()
    r.set_cookie("auth_tkt", token, secure=True, httponly=False)  # VULN
    r.set_cookie("ui_theme", "dark", secure=True, httponly=False)  # SAFE
    return r
`,
  ),
  ...rules(
    "CWE-352",
    "batch88: Pyramid views and configs with CSRF checks switched off",
    `
from pyramid.config import Configurator
from pyramid.view import view_config


def includeme(config: Configurator):
    config.set_default_csrf_options(require_csrf=False)  # VULN


def includeme_ok(config: Configurator):
    config.set_default_csrf_options(require_csrf=True, token="csrf_token")  # SAFE


@view_config(route_name="transfer", request_method="POST", require_csrf=False, renderer="json")  # VULN
def transfer(request):
    return {"ok": request.POST["amount"]}


@view_config(route_name="transfer2", request_method="POST", require_csrf=True, renderer="json")  # SAFE
def transfer2(request):
    return {"ok": request.POST["amount"]}
`,
  ),
  // ---------------------------------------------------------------- cloud SDK clients
  ...rules(
    "CWE-798",
    "batch88: boto3 / GCP / Azure clients with credentials written into the source",
    `
import os

import boto3
from azure.storage.blob import BlobServiceClient
from google.oauth2 import service_account

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",  # VULN
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",  # VULN
)
s3_env = boto3.client(
    "s3",
    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],  # SAFE
    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],  # SAFE
)
session = boto3.session.Session(aws_access_key_id="AKIAJZ5ABCDEF3EXAMPLE", aws_secret_access_key="k8Jd9s0LmQ2pX7vB4nR6tY1wZ3cE5fG8hJ0kL2mN")  # VULN
blob = BlobServiceClient(account_url="https://acct.blob.core.windows.net", credential="Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG9m==")  # VULN
blob_env = BlobServiceClient(account_url="https://acct.blob.core.windows.net", credential=os.environ["AZ_KEY"])  # SAFE
conn_str = "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=cXVpY2ticm93bmZveGp1bXBzb3ZlcnRoZWxhenlkb2c=;EndpointSuffix=core.windows.net"  # VULN
blob2 = BlobServiceClient.from_connection_string(conn_str)
creds = service_account.Credentials.from_service_account_file(os.environ["GOOGLE_APPLICATION_CREDENTIALS"])  # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch88: boto3 / botocore / GCP / Azure clients with TLS verification off",
    `
import boto3
import botocore.session
from botocore.config import Config
from azure.storage.blob import BlobServiceClient

s3 = boto3.client("s3", verify=False)  # VULN
s3_ok = boto3.client("s3", verify="/etc/ssl/certs/corp-ca.pem")  # SAFE
sqs = boto3.resource("sqs", region_name="eu-west-1", verify=False)  # VULN
bc = botocore.session.get_session().create_client("kms", verify=False)  # VULN
bc_ok = botocore.session.get_session().create_client("kms", config=Config(retries={"max_attempts": 3}))  # SAFE
az = BlobServiceClient(account_url="https://acct.blob.core.windows.net", credential=None, connection_verify=False)  # VULN
az_ok = BlobServiceClient(account_url="https://acct.blob.core.windows.net", credential=None)  # SAFE
`,
  ),
  ...rules(
    "CWE-319",
    "batch88: boto3 clients with TLS switched off or a plain-HTTP endpoint",
    `
import boto3

s3 = boto3.client("s3", use_ssl=False)  # VULN
s3_ok = boto3.client("s3", use_ssl=True)  # SAFE
ddb = boto3.resource("dynamodb", endpoint_url="http://dynamodb.eu-west-1.amazonaws.com")  # VULN
ddb_local = boto3.resource("dynamodb", endpoint_url="http://localhost:8000")  # SAFE
ddb_tls = boto3.resource("dynamodb", endpoint_url="https://dynamodb.eu-west-1.amazonaws.com")  # SAFE
`,
  ),
  ...rules(
    "CWE-732",
    "batch88: S3 / GCS / Azure objects and containers made public",
    `
import boto3
from azure.storage.blob import BlobServiceClient, PublicAccess
from google.cloud import storage

s3 = boto3.client("s3")


def upload_report(path, key):
    s3.upload_file(path, "reports", key, ExtraArgs={"ACL": "public-read"})  # VULN
    s3.upload_file(path, "reports", key, ExtraArgs={"ACL": "private", "ServerSideEncryption": "AES256"})  # SAFE
    s3.put_object(Bucket="reports", Key=key, Body=b"x", ACL="public-read-write")  # VULN
    s3.put_object(Bucket="reports", Key=key, Body=b"x")  # SAFE
    s3.put_bucket_acl(Bucket="reports", ACL="public-read")  # VULN


def share_gcs(name):
    bucket = storage.Client().bucket("exports")
    blob = bucket.blob(name)
    blob.make_public()  # VULN
    url = blob.generate_signed_url(version="v4", expiration=900)  # SAFE
    return url


def share_azure(svc: BlobServiceClient):
    svc.create_container("exports", public_access=PublicAccess.Container)  # VULN
    svc.create_container("private-exports")  # SAFE
`,
  ),
  // ---------------------------------------------------------------- part 2: more Lambda sinks
  ...rules(
    "CWE-22",
    "batch88: Lambda handlers reading and writing files named by the event",
    `
import json
import os
from pathlib import Path

BASE = "/opt/templates"


def lambda_handler(event, context):
    name = event["pathParameters"]["name"]
    with open(os.path.join(BASE, name)) as fh:  # VULN
        tpl = fh.read()
    with open(os.path.join(BASE, os.path.basename(name))) as fh:  # SAFE
        tpl2 = fh.read()
    text = Path(BASE, event["queryStringParameters"]["file"]).read_text()  # VULN
    return {"statusCode": 200, "body": tpl + tpl2 + text}


def upload(event, context):
    body = json.loads(event["body"])
    target = "/tmp/" + body["filename"]
    with open(target, "wb") as out:  # VULN
        out.write(body["content"].encode())
    os.remove("/tmp/" + body["old"])  # VULN
    return {"statusCode": 201}
`,
  ),
  ...rules(
    "CWE-918",
    "batch88: Lambda handlers fetching URLs from the event",
    `
import json
import urllib.request

import requests
import urllib3

http = urllib3.PoolManager()


def lambda_handler(event, context):
    url = event["queryStringParameters"]["url"]
    r = requests.get(url, timeout=5)  # VULN
    r2 = requests.get("https://api.example.com/items", params={"q": url}, timeout=5)  # SAFE
    raw = urllib.request.urlopen(url).read()  # VULN
    resp = http.request("GET", event["queryStringParameters"]["feed"])  # VULN
    resp2 = http.request("GET", "https://feeds.example.com/" + str(int(event["queryStringParameters"]["n"])))  # SAFE
    return {"statusCode": 200, "body": json.dumps([r.text, r2.text, raw.decode(), resp.data.decode(), resp2.data.decode()])}


def webhook_test(event, context):
    body = json.loads(event["body"])
    requests.post(body["callback"], json={"ok": True}, timeout=3)  # VULN
    return {"statusCode": 202}
`,
  ),
  ...rules(
    "CWE-601",
    "batch88: Lambda handlers redirecting to a location from the event",
    `
from urllib.parse import urlparse


def lambda_handler(event, context):
    nxt = event["queryStringParameters"]["next"]
    return {"statusCode": 302, "headers": {"Location": nxt}}  # VULN


def login_done(event, context):
    nxt = event["queryStringParameters"]["next"]
    if urlparse(nxt).netloc not in ("", "app.example.com"):
        nxt = "/"
    return {"statusCode": 302, "headers": {"Location": nxt}}  # SAFE


def logout(event, context):
    return {"statusCode": 302, "headers": {"Location": "/login"}}  # SAFE


def sso(event, context):
    target = event["multiValueQueryStringParameters"]["return_to"][0]
    return {"statusCode": 301, "headers": {"location": "https://" + target}}  # VULN
`,
  ),
  // ---------------------------------------------------------------- part 2: paramiko / pysftp / fabric
  ...rules(
    "CWE-78",
    "batch88: paramiko exec_command and invoke_shell with request data",
    `
import shlex

import paramiko
from flask import Flask, request

app = Flask(__name__)


def ssh():
    c = paramiko.SSHClient()
    c.load_system_host_keys()
    c.connect("build.internal", username="ci", key_filename="/etc/ci/id_ed25519")
    return c


@app.post("/restart")
def restart():
    svc = request.form["service"]
    c = ssh()
    stdin, stdout, stderr = c.exec_command("sudo systemctl restart " + svc)  # VULN
    c.exec_command("sudo systemctl restart " + shlex.quote(svc))  # SAFE
    c.exec_command("sudo systemctl restart nginx")  # SAFE
    chan = c.invoke_shell()
    chan.send(f"tail -n 50 /var/log/{svc}.log\\n")  # VULN
    t = c.get_transport().open_session()
    t.exec_command("du -sh %s" % request.form["dir"])  # VULN
    return stdout.read()
`,
  ),
  ...rules(
    "CWE-295",
    "batch88: pysftp and paramiko connections that skip host-key checking",
    `
import paramiko
import pysftp
from paramiko import client as pc

opts = pysftp.CnOpts()
opts.hostkeys = None  # VULN

opts_ok = pysftp.CnOpts(knownhosts="/etc/ssh/ssh_known_hosts")  # SAFE


def upload(path):
    with pysftp.Connection("sftp.partner.com", username="feed", private_key="/keys/feed", cnopts=opts) as sftp:
        sftp.put(path)


def ssh_auto():
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # VULN
    c2 = pc.SSHClient()
    c2.set_missing_host_key_policy(pc.WarningPolicy())  # VULN
    c3 = paramiko.SSHClient()
    c3.set_missing_host_key_policy(paramiko.RejectPolicy())  # SAFE
    c4 = paramiko.SSHClient()
    c4.set_missing_host_key_policy(paramiko.AutoAddPolicy)  # VULN
    return c, c2, c3, c4
`,
  ),
  // ---------------------------------------------------------------- part 2: XML parsers
  ...rules(
    "CWE-611",
    "batch88: xml.dom.minidom / pulldom / xml.sax / xmltodict / lxml on uploaded XML",
    `
import xml.dom.minidom
from xml.dom import pulldom
import xml.sax

import defusedxml.minidom
import xmltodict
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def import_xml():
    data = request.get_data()
    doc = xml.dom.minidom.parseString(data)  # VULN CWE-776
    doc2 = defusedxml.minidom.parseString(data)  # SAFE
    events = pulldom.parseString(data.decode())  # VULN CWE-776
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)  # VULN
    d = xmltodict.parse(data, disable_entities=False)  # VULN
    d2 = xmltodict.parse(data)  # SAFE
    p = etree.XMLParser(resolve_entities=True, no_network=False)  # VULN
    tree = etree.fromstring(data, p)
    p2 = etree.XMLParser(resolve_entities=False, no_network=True)  # SAFE
    tree2 = etree.fromstring(data, p2)
    return str(len(doc.childNodes) + len(doc2.childNodes) + len(d) + len(d2) + len(tree) + len(tree2)) + str(events)
`,
  ),
  // ---------------------------------------------------------------- part 2: tempfile, permissions
  ...rules(
    "CWE-377",
    "batch88: temporary files by predictable name in job runners",
    `
import os
import tempfile
from tempfile import mktemp as make_name


def stage(data: bytes):
    path = tempfile.mktemp(suffix=".json")  # VULN
    with open(path, "wb") as f:
        f.write(data)
    fd, path2 = tempfile.mkstemp(suffix=".json")  # SAFE
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    p3 = make_name(prefix="job-")  # VULN
    open(p3, "w").write("x")
    with tempfile.NamedTemporaryFile(delete=False) as tf:  # SAFE
        tf.write(data)
    return path, path2, tf.name


def lock(name):
    lockfile = "/tmp/" + name + ".lock"
    with open(lockfile, "w") as f:  # VULN
        f.write(str(os.getpid()))
    return lockfile
`,
  ),
  ...rules(
    "CWE-732",
    "batch88: deploy scripts setting world-writable or world-readable secret modes",
    `
import os
import stat
from pathlib import Path


def install(dest):
    os.chmod(dest, 0o777)  # VULN
    os.chmod(dest, 0o755)  # SAFE
    os.chmod(dest + "/secrets.env", stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)  # VULN
    os.chmod(dest + "/secrets.env", stat.S_IRUSR | stat.S_IWUSR)  # SAFE
    Path(dest, "uploads").mkdir(mode=0o777, exist_ok=True)  # VULN
    Path(dest, "cache").mkdir(mode=0o700, exist_ok=True)  # SAFE
    fd = os.open(dest + "/token", os.O_WRONLY | os.O_CREAT, 0o666)  # VULN
    os.close(fd)
    os.makedirs(dest + "/shared", mode=0o777)  # VULN
    os.umask(0)  # VULN
`,
  ),
  // ---------------------------------------------------------------- part 2: Django responses and templates
  ...rules(
    "CWE-79",
    "batch88: Django class-based views writing request data into HttpResponse / StreamingHttpResponse",
    `
from django.http import HttpResponse, StreamingHttpResponse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.views.generic import View, TemplateView


class Greet(View):
    def get(self, request):
        name = request.GET.get("name", "")
        return HttpResponse("<h1>Hello %s</h1>" % name)  # VULN

    def post(self, request):
        name = request.POST.get("name", "")
        return HttpResponse("<h1>Hello %s</h1>" % escape(name))  # SAFE


class Stream(View):
    def get(self, request):
        q = request.GET["q"]
        return StreamingHttpResponse(("<li>" + q + "</li>" for _ in range(3)))  # VULN


class Writes(View):
    def get(self, request):
        resp = HttpResponse()
        resp.write("<p>" + request.GET["msg"] + "</p>")  # VULN
        resp.write(format_html("<p>{}</p>", request.GET["msg"]))  # SAFE
        resp.write(mark_safe("<p>" + request.GET["msg"] + "</p>"))  # VULN
        resp.write(format_html("<p>" + request.GET["msg"] + "</p>"))  # VULN
        return resp


class Page(TemplateView):
    template_name = "page.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["banner"] = mark_safe(self.request.GET.get("banner", ""))  # VULN
        ctx["title"] = mark_safe("<b>Welcome</b>")  # SAFE
        return ctx
`,
  ),
  ...rules(
    "CWE-601",
    "batch88: Django class-based redirects to request-supplied URLs",
    `
from django.http import HttpResponseRedirect, HttpResponsePermanentRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import RedirectView, View


class Out(View):
    def get(self, request):
        return HttpResponseRedirect(request.GET["to"])  # VULN


class Moved(View):
    def get(self, request):
        return HttpResponsePermanentRedirect(request.GET.get("new", "/"))  # VULN


class Back(View):
    def get(self, request):
        nxt = request.GET.get("next", "/")
        if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=True):
            nxt = "/"
        return redirect(nxt)  # SAFE


class Go(RedirectView):
    def get_redirect_url(self, *args, **kwargs):
        return self.request.GET.get("url")  # VULN


def after_login(request):
    return redirect(request.POST.get("next") or "/")  # VULN
`,
  ),
  // ---------------------------------------------------------------- part 2: flask responses
  ...rules(
    "CWE-22",
    "batch88: Flask send_file / send_from_directory with request names",
    `
import os

from flask import Flask, request, send_file, send_from_directory, safe_join
from werkzeug.utils import secure_filename

app = Flask(__name__)
FILES = "/srv/files"


@app.get("/dl")
def dl():
    return send_file(os.path.join(FILES, request.args["f"]))  # VULN


@app.get("/dl2")
def dl2():
    return send_from_directory(FILES, request.args["f"])  # SAFE


@app.get("/dl3")
def dl3():
    return send_file(FILES + "/" + secure_filename(request.args["f"]))  # SAFE


@app.get("/dl4")
def dl4():
    p = request.args.get("path")
    return send_file(p, as_attachment=True)  # VULN


@app.get("/dl5")
def dl5():
    return send_file(open(FILES + "/" + request.args["f"], "rb"), download_name="x.bin")  # VULN
`,
  ),
  ...rules(
    "CWE-79",
    "batch88: Flask make_response / Response with request text",
    `
from flask import Flask, Response, make_response, request, jsonify, escape, render_template

app = Flask(__name__)


@app.get("/a")
def a():
    return make_response("<p>" + request.args["m"] + "</p>")  # VULN


@app.get("/b")
def b():
    return make_response("<p>" + str(escape(request.args["m"])) + "</p>")  # SAFE


@app.get("/c")
def c():
    return Response(f"<div>{request.args['m']}</div>", mimetype="text/html")  # VULN


@app.get("/d")
def d():
    return Response(request.args["m"], mimetype="text/plain")  # SAFE


@app.get("/e")
def e():
    return jsonify(msg=request.args["m"])  # SAFE


@app.get("/f")
def f():
    r = make_response(render_template("m.html", m=request.args["m"]))  # SAFE
    return r


@app.get("/g")
def g():
    resp = make_response()
    resp.set_data("<span>%s</span>" % request.args["m"])  # VULN
    return resp
`,
  ),
  // ---------------------------------------------------------------- part 2: crypto / hashing in less common spellings
  ...rules(
    "CWE-327",
    "batch88: pycryptodome / cryptography ciphers imported under aliases",
    `
from Crypto.Cipher import DES3 as TripleDES, AES as _AES, ARC2
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms as algs, modes as m
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES as DecrepitTDES
import Crypto.Cipher.Blowfish as BF


def enc(key, iv, data):
    a = TripleDES.new(key, TripleDES.MODE_CBC, iv)  # VULN
    b = _AES.new(key, _AES.MODE_ECB)  # VULN
    c = _AES.new(key, _AES.MODE_GCM, nonce=iv)  # SAFE
    d = ARC2.new(key, ARC2.MODE_CBC, iv)  # VULN
    e = BF.new(key, BF.MODE_CBC, iv)  # VULN
    f = Cipher(algs.AES(key), m.ECB())  # VULN
    g = Cipher(algs.AES(key), m.GCM(iv))  # SAFE
    h = Cipher(DecrepitTDES(key), m.CBC(iv))  # VULN
    i = Cipher(algs.ChaCha20(key, iv), mode=None)  # SAFE
    return a, b, c, d, e, f, g, h, i
`,
  ),
  ...rules(
    "CWE-328",
    "batch88: weak digests through hashlib.new, hmac and attribute spellings",
    `
import hashlib
import hmac
from hashlib import md5 as _md5, sha256


def sign(key: bytes, msg: bytes):
    a = hmac.new(key, msg, hashlib.md5).hexdigest()  # VULN
    b = hmac.new(key, msg, digestmod="sha1").hexdigest()  # VULN
    c = hmac.new(key, msg, hashlib.sha256).hexdigest()  # SAFE
    d = hmac.digest(key, msg, "md5")  # VULN
    return a, b, c, d


def integrity(blob: bytes):
    e = hashlib.new("MD5", blob).hexdigest()  # VULN
    f = hashlib.new("sha256", blob).hexdigest()  # SAFE
    g = _md5(blob).hexdigest()  # VULN
    h = sha256(blob).hexdigest()  # SAFE
    i = getattr(hashlib, "sha1")(blob).hexdigest()  # VULN
    return e, f, g, h, i
`,
  ),
  // ---------------------------------------------------------------- part 2: deserialisers
  ...rules(
    "CWE-502",
    "batch88: model and array loaders on uploaded files",
    `
import joblib
import numpy as np
import pandas as pd
import torch
from flask import Flask, request

app = Flask(__name__)


@app.post("/model")
def model():
    f = request.files["model"]
    clf = joblib.load(f)  # VULN
    net = torch.load(f.stream)  # VULN
    net2 = torch.load(f.stream, weights_only=True)  # SAFE
    arr = np.load(f, allow_pickle=True)  # VULN
    arr2 = np.load(f)  # SAFE
    df = pd.read_pickle(f)  # VULN
    df2 = pd.read_csv(f)  # SAFE
    return str((clf, net, net2, arr.shape, arr2.shape, len(df), len(df2)))
`,
  ),
  ...rules(
    "CWE-502",
    "batch88: shelve / dill / jsonpickle / marshal on cached or received data",
    `
import marshal
import shelve

import dill
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.post("/restore")
def restore():
    obj = dill.loads(request.data)  # VULN
    obj2 = jsonpickle.decode(request.get_data(as_text=True))  # VULN
    code_obj = marshal.loads(request.files["pyc"].read()[16:])  # VULN
    with shelve.open("/var/cache/app/" + request.args["db"]) as db:  # VULN
        val = db.get("k")
    return str((obj, obj2, code_obj, val))
`,
  ),
  // ---------------------------------------------------------------- part 2: requests / httpx clients
  ...rules(
    "CWE-295",
    "batch88: requests / httpx / aiohttp / urllib3 clients with verification off",
    `
import aiohttp
import httpx
import requests
import ssl
import urllib3
from requests import Session

urllib3.disable_warnings()


def pull(url):
    s = Session()
    s.verify = False  # VULN
    a = s.get(url, timeout=5)
    b = requests.get(url, timeout=5, verify=True)  # SAFE
    c = httpx.get(url, verify=False)  # VULN
    client = httpx.Client(verify=False, timeout=5)  # VULN
    client2 = httpx.Client(verify="/etc/ssl/corp.pem", timeout=5)  # SAFE
    pm = urllib3.PoolManager(cert_reqs="CERT_NONE")  # VULN
    pm2 = urllib3.PoolManager(cert_reqs="CERT_REQUIRED")  # SAFE
    return a, b, c, client, client2, pm, pm2


async def apull(url):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as s:  # VULN
        async with s.get(url) as r:
            t = await r.text()
    async with aiohttp.ClientSession() as s2:
        async with s2.get(url, ssl=ssl.create_default_context()) as r2:  # SAFE
            t2 = await r2.text()
        async with s2.get(url, verify_ssl=False) as r3:  # VULN
            t3 = await r3.text()
    return t, t2, t3
`,
  ),
  // ---------------------------------------------------------------- part 2: flask / django settings
  ...rules(
    "CWE-489",
    "batch88: debug switched on in app runners and settings",
    `
import os

from flask import Flask
from werkzeug.serving import run_simple
from werkzeug.debug import DebuggedApplication

app = Flask(__name__)
app.debug = True  # VULN
app.config["DEBUG"] = True  # VULN
wrapped = DebuggedApplication(app, evalex=True)  # VULN

if __name__ == "__main__":
    run_simple("127.0.0.1", 5000, app, use_debugger=True, use_reloader=True)  # VULN
    run_simple("127.0.0.1", 5000, app, use_debugger=False)  # SAFE
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")  # SAFE
    app.run(host="127.0.0.1", port=5000, debug=True)  # VULN
`,
  ),
  ...rules(
    "CWE-798",
    "batch88: Flask and Django secrets assigned in code",
    `
import os

from flask import Flask

app = Flask(__name__)
app.secret_key = "dev-key-please-change-9f8e7d"  # VULN
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]  # SAFE
app.config.update(SECRET_KEY="another-literal-secret-1234", SESSION_COOKIE_SECURE=True)  # VULN
app.config["JWT_SECRET_KEY"] = "jwt-literal-secret-abcdef"  # VULN
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://app:Sup3rS3cret!@db/app"  # VULN
app.config["SQLALCHEMY_DATABASE_URI_ENV"] = os.environ.get("DATABASE_URL")  # SAFE
`,
  ),
  // ---------------------------------------------------------------- part 2: regex and logging
  ...rules(
    "CWE-1333",
    "batch88: regular expressions with nested quantifiers on request data",
    `
import re

from flask import Flask, request

app = Flask(__name__)
EMAIL = re.compile(r"^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$")  # VULN
SIMPLE = re.compile(r"^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$")  # SAFE


@app.post("/check")
def check():
    s = request.form["s"]
    a = re.match(r"^(a+)+$", s)  # VULN
    b = re.search(r"(\\w+\\s?)*$", s)  # VULN
    c = re.fullmatch(r"[a-z]+-[0-9]+", s)  # SAFE
    d = re.match(r"^(\\d+|\\d+\\.)*$", s)  # VULN
    return str((EMAIL.match(s), SIMPLE.match(s), a, b, c, d))
`,
  ),
  ...rules(
    "CWE-532",
    "batch88: credentials written to logs",
    `
import logging

log = logging.getLogger(__name__)


def connect(user, password, api_key):
    log.info("connecting as %s with password %s", user, password)  # VULN
    log.debug(f"api key={api_key}")  # VULN
    log.info("connecting as %s", user)  # SAFE
    logging.warning("token rejected: %s", api_key[:4] + "****")  # SAFE
    print("password for", user, "is", password)  # VULN
    logging.error("login failed for %s (password length %d)", user, len(password))  # SAFE
`,
  ),
  // ---------------------------------------------------------------- p2 (written blind after the first part's fixes)
  ...rules(
    "CWE-470",
    "batch88: p2 dispatch to a module attribute or import named by the request",
    `
import importlib

from flask import Flask, request, abort

from . import handlers, exporters

app = Flask(__name__)
ALLOWED = {"csv": exporters.to_csv, "json": exporters.to_json}


@app.post("/hook/<name>")
def hook(name):
    fn = getattr(handlers, name)  # VULN
    return fn(request.get_json())


@app.post("/hook2/<name>")
def hook2(name):
    if name not in ("created", "deleted"):
        abort(404)
    fn = getattr(handlers, "on_" + name)  # SAFE
    return fn(request.get_json())


@app.get("/export")
def export():
    fmt = request.args.get("fmt", "csv")
    mod = importlib.import_module("exporters." + fmt)  # VULN
    fn = ALLOWED.get(fmt)  # SAFE
    plugin = __import__(request.args["plugin"])  # VULN
    cls = getattr(importlib.import_module("app.models"), request.args["model"])  # VULN
    return str((mod, fn, plugin, cls))
`,
  ),
  ...rules(
    "CWE-916",
    "batch88: p2 password hashing with too few iterations or cost",
    `
import hashlib

import bcrypt
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from passlib.hash import pbkdf2_sha256, sha512_crypt


def hash_pw(password: str, salt: bytes):
    a = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)  # VULN
    b = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)  # SAFE
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=5000)  # VULN
    kdf2 = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=480000)  # SAFE
    c = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4))  # VULN
    d = bcrypt.hashpw(password.encode(), bcrypt.gensalt())  # SAFE
    e = Scrypt(salt=salt, length=32, n=2**4, r=8, p=1).derive(password.encode())  # VULN
    f = pbkdf2_sha256.using(rounds=1000).hash(password)  # VULN
    g = pbkdf2_sha256.hash(password)  # SAFE
    h = hashlib.sha512(salt + password.encode()).hexdigest()  # VULN
    i = sha512_crypt.hash(password)  # SAFE
    return a, b, kdf.derive(password.encode()), kdf2.derive(password.encode()), c, d, e, f, g, h, i
`,
  ),
  ...rules(
    "CWE-326",
    "batch88: p2 key sizes and curves passed by keyword or through names",
    `
from Crypto.PublicKey import DSA, RSA
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from cryptography.hazmat.primitives.asymmetric.rsa import generate_private_key as gen_rsa
from OpenSSL import crypto

KEY_BITS = 1024


def keys():
    a = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)  # VULN
    b = rsa.generate_private_key(public_exponent=65537, key_size=3072)  # SAFE
    c = gen_rsa(65537, 512)  # VULN
    d = dsa.generate_private_key(key_size=1024)  # VULN
    e = ec.generate_private_key(ec.SECP192R1())  # VULN
    f = ec.generate_private_key(curve=ec.SECP256R1())  # SAFE
    g = RSA.generate(bits=1024)  # VULN
    h = DSA.generate(2048)  # SAFE
    pk = crypto.PKey()
    pk.generate_key(crypto.TYPE_RSA, 1024)  # VULN
    pk2 = crypto.PKey()
    pk2.generate_key(crypto.TYPE_RSA, 4096)  # SAFE
    return a, b, c, d, e, f, g, h, pk, pk2
`,
  ),
  ...rules(
    "CWE-327",
    "batch88: p2 ssl and pyOpenSSL contexts pinned to broken protocol versions",
    `
import socket
import ssl

from OpenSSL import SSL


def ctx_old():
    a = ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # VULN
    b = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # SAFE
    c = SSL.Context(SSL.SSLv3_METHOD)  # VULN
    d = SSL.Context(SSL.TLSv1_METHOD)  # VULN
    e = SSL.Context(SSL.TLS_CLIENT_METHOD)  # SAFE
    f = ssl.create_default_context()
    f.minimum_version = ssl.TLSVersion.TLSv1  # VULN
    g = ssl.create_default_context()
    g.minimum_version = ssl.TLSVersion.TLSv1_2  # SAFE
    h = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    h.set_ciphers("ALL:!aNULL:RC4")  # VULN
    s = ssl.wrap_socket(socket.socket(), ssl_version=ssl.PROTOCOL_SSLv23)  # VULN CWE-295
    return a, b, c, d, e, f, g, h, s
`,
  ),
  ...rules(
    "CWE-330",
    "batch88: p2 tokens and reset codes from uuid1, time or random",
    `
import random
import secrets
import time
import uuid
from random import choice, randint


def reset_token(user):
    token = str(uuid.uuid1())  # VULN
    token2 = str(uuid.uuid4())  # SAFE
    code = randint(100000, 999999)  # VULN CWE-338
    code2 = secrets.randbelow(900000) + 100000  # SAFE
    nonce = "".join(choice("abcdef0123456789") for _ in range(32))  # VULN CWE-338
    api_key = "%x" % int(time.time() * 1000)  # VULN
    sid = random.getrandbits(128)  # VULN CWE-338
    sid2 = secrets.token_hex(16)  # SAFE
    jitter = random.uniform(0.5, 1.5)  # SAFE
    return token, token2, code, code2, nonce, api_key, sid, sid2, jitter
`,
  ),
  ...rules(
    "CWE-78",
    "batch88: p2 reverse shells and shells bound to sockets",
    `
import os
import pty
import socket
import subprocess


def connect_back(host, port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect((host, port))
    os.dup2(s.fileno(), 0)
    os.dup2(s.fileno(), 1)
    os.dup2(s.fileno(), 2)
    pty.spawn("/bin/sh")  # VULN


def connect_back2(host, port):
    s = socket.create_connection((host, port))
    subprocess.call(["/bin/bash", "-i"], stdin=s.fileno(), stdout=s.fileno(), stderr=s.fileno())  # VULN


def serve_shell():
    srv = socket.socket()
    srv.bind(("0.0.0.0", 4444))
    srv.listen(1)
    conn, _ = srv.accept()
    while True:
        cmd = conn.recv(1024).decode()
        out = subprocess.getoutput(cmd)  # VULN
        conn.send(out.encode())


def status():
    return subprocess.run(["/bin/sh", "-c", "uptime"], capture_output=True).stdout  # SAFE
`,
  ),
  ...rules(
    "CWE-1333",
    "batch88: p2 regular expressions compiled from request data",
    `
import re

import regex
from django.http import JsonResponse


def search(request):
    pattern = request.GET["pattern"]
    rx = re.compile(pattern)  # VULN
    rx2 = re.compile(re.escape(pattern))  # SAFE
    hits = [t for t in request.user.notes.values_list("text", flat=True) if re.search(pattern, t)]  # VULN
    rx3 = regex.compile(request.GET["p2"], timeout=0.1)  # SAFE
    rx4 = regex.compile(request.GET["p3"])  # VULN
    return JsonResponse({"n": len(hits), "a": bool(rx), "b": bool(rx2), "c": bool(rx3), "d": bool(rx4)})
`,
  ),
  ...rules(
    "CWE-134",
    "batch88: p2 format strings supplied by the request",
    `
from django.conf import settings
from django.http import HttpResponse
from flask import Flask, request as freq

app = Flask(__name__)


def greet(request):
    tpl = request.GET.get("tpl", "Hello {user.username}")
    return HttpResponse(tpl.format(user=request.user))  # VULN


def greet_fixed(request):
    return HttpResponse("Hello {}".format(request.GET.get("name", "")), content_type="text/plain")  # SAFE


@app.get("/msg")
def msg():
    fmt = freq.args["fmt"]
    return fmt.format(config=app.config)  # VULN


@app.get("/msg2")
def msg2():
    fmt = freq.args["fmt"]
    return (fmt % {"site": "example"}).replace("<", "&lt;")  # VULN


def banner(request):
    return HttpResponse("Welcome to %s" % settings.SITE_NAME, content_type="text/plain")  # SAFE
`,
  ),
  ...rules(
    "CWE-22",
    "batch88: p2 archives extracted without member checks",
    `
import shutil
import tarfile
import zipfile

from flask import Flask, request

app = Flask(__name__)


@app.post("/upload")
def upload():
    f = request.files["archive"]
    f.save("/tmp/up.tar")
    with tarfile.open("/tmp/up.tar") as tf:
        tf.extractall("/srv/data")  # VULN
    with tarfile.open("/tmp/up.tar") as tf:
        tf.extractall("/srv/data", filter="data")  # SAFE
    with tarfile.open("/tmp/up.tar") as tf:
        for m in tf.getmembers():
            tf.extract(m, "/srv/data")  # VULN
    shutil.unpack_archive("/tmp/up.tar", "/srv/data2")  # VULN
    with zipfile.ZipFile(request.files["zip"]) as zf:
        for name in zf.namelist():
            with open("/srv/data3/" + name, "wb") as out:  # VULN
                out.write(zf.read(name))
        zf.extractall("/srv/data4")  # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-502",
    "batch88: p2 session and cache backends that pickle",
    `
import pickle

import redis
from flask import Flask
from flask_caching import Cache
from flask_session import Session

app = Flask(__name__)
r = redis.Redis(host="cache", port=6379)


def cached_user(uid):
    raw = r.get("user:%s" % uid)
    return pickle.loads(raw) if raw else None  # VULN


def cached_user_json(uid):
    import json

    raw = r.get("user:%s" % uid)
    return json.loads(raw) if raw else None  # SAFE


SESSION_SERIALIZER = "django.contrib.sessions.serializers.PickleSerializer"  # VULN
SESSION_SERIALIZER_OK = "django.contrib.sessions.serializers.JSONSerializer"  # SAFE
`,
  ),
  ...rules(
    "CWE-328",
    "batch88: p2 Django password hashers and weak digests in settings",
    `
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",  # VULN
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",  # SAFE
    "django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher",  # VULN
    "django.contrib.auth.hashers.Argon2PasswordHasher",  # SAFE
]
`,
  ),
  ...rules(
    "CWE-319",
    "batch88: p2 Django security settings that allow plain HTTP",
    `
SECURE_SSL_REDIRECT = False  # VULN
SESSION_COOKIE_SECURE = False  # VULN CWE-614
CSRF_COOKIE_SECURE = False  # VULN CWE-614
SECURE_HSTS_SECONDS = 0  # VULN
SESSION_COOKIE_HTTPONLY = True  # SAFE
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")  # SAFE
`,
  ),
  ...rules(
    "CWE-319",
    "batch88: p2 mail, FTP and telnet logins in cleartext",
    `
import ftplib
import smtplib
import telnetlib
from ftplib import FTP, FTP_TLS


def send(user, password, msg):
    s = smtplib.SMTP("smtp.example.com", 587)
    s.login(user, password)  # VULN
    s.sendmail(user, ["ops@example.com"], msg)
    t = smtplib.SMTP("smtp.example.com", 587)
    t.starttls()
    t.login(user, password)  # SAFE
    u = smtplib.SMTP_SSL("smtp.example.com", 465)
    u.login(user, password)  # SAFE


def fetch(user, password):
    f = FTP("ftp.example.com")
    f.login(user, password)  # VULN
    g = FTP_TLS("ftp.example.com")
    g.login(user, password)  # SAFE
    g.prot_p()
    h = ftplib.FTP("ftp.example.com", user, password)  # VULN
    tn = telnetlib.Telnet("switch01.example.com")  # VULN
    tn.write(password.encode() + b"\\n")
    return f, g, h, tn
`,
  ),
  ...rules(
    "CWE-1385",
    "batch88: p2 WebSocket servers without an Origin check",
    `
import websockets
from flask import Flask
from flask_socketio import SocketIO
from tornado import websocket

app = Flask(__name__)
sio = SocketIO(app, cors_allowed_origins="*")  # VULN CWE-942
sio_ok = SocketIO(app, cors_allowed_origins=["https://app.example.com"])  # SAFE


class Feed(websocket.WebSocketHandler):
    def check_origin(self, origin):
        return True  # VULN


class Feed2(websocket.WebSocketHandler):
    def check_origin(self, origin):
        return origin == "https://app.example.com"  # SAFE


async def main(handler):
    await websockets.serve(handler, "0.0.0.0", 8765, origins=["https://app.example.com"])  # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch88: p2 SQL built in helpers and passed on",
    `
import sqlite3

from flask import Flask, request, g

app = Flask(__name__)


def db():
    if "db" not in g:
        g.db = sqlite3.connect("app.db")
    return g.db


def where_clause(field, value):
    return "WHERE %s = '%s'" % (field, value)


def query(sql, args=()):
    cur = db().execute(sql, args)  # VULN
    return cur.fetchall()


@app.get("/find")
def find():
    return {"rows": query("SELECT * FROM users " + where_clause("name", request.args["name"]))}


@app.get("/find2")
def find2():
    return {"rows": query("SELECT * FROM users WHERE name = ?", (request.args["name"],))}


@app.get("/sorted")
def sorted_rows():
    col = request.args.get("sort", "id")
    cols = {"id": "id", "name": "name"}
    return {"rows": db().execute("SELECT * FROM users ORDER BY " + cols.get(col, "id")).fetchall()}  # SAFE


@app.get("/many")
def many():
    ids = request.args.getlist("id")
    marks = ",".join("?" * len(ids))
    a = db().execute(f"SELECT * FROM users WHERE id IN ({marks})", ids).fetchall()  # SAFE
    b = db().execute(f"SELECT * FROM users WHERE id IN ({','.join(ids)})").fetchall()  # VULN
    c = db().executescript("DELETE FROM tmp WHERE tag = '" + request.args["tag"] + "'")  # VULN
    return {"a": a, "b": b, "c": str(c)}
`,
  ),
  ...rules(
    "CWE-611",
    "batch88: p2 xml parsing of uploads with the standard library and lxml",
    `
import xml.etree.ElementTree as ET
from xml.sax import parseString as sax_parse
from xml.sax.handler import ContentHandler

from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.post("/feed")
def feed():
    body = request.get_data()
    root = etree.fromstring(body)  # VULN
    safe_root = etree.fromstring(body, etree.XMLParser(resolve_entities=False))  # SAFE
    tree = etree.parse(request.files["doc"], parser=etree.XMLParser(load_dtd=True, no_network=False))  # VULN
    et_root = ET.fromstring(body)  # VULN CWE-776
    sax_parse(body, ContentHandler())  # VULN CWE-776
    return str((root, safe_root, tree, et_root))
`,
  ),
  ...rules(
    "CWE-532",
    "batch88: p2 secrets logged through structlog, loguru and exception handlers",
    `
import logging

import structlog
from loguru import logger

log = structlog.get_logger()
std = logging.getLogger("auth")


def login(username, password, otp_secret, session_token):
    log.info("login attempt", user=username, password=password)  # VULN
    logger.debug("otp secret for {}: {}", username, otp_secret)  # VULN
    std.info("session %s started for %s", session_token, username)  # VULN
    log.info("login attempt", user=username)  # SAFE
    logger.info("user {} logged in", username)  # SAFE
    std.debug("token prefix %s", session_token[:6])  # SAFE
`,
  ),
  // ---------------------------------------------------------------- p3: less common sources into common sinks
  ...rules(
    "CWE-78",
    "batch88: p3 web.py, CherryPy and Falcon parameters into shell commands",
    `
import shlex
import subprocess

import cherrypy
import falcon
import web

urls = ("/ping", "Ping")


class Ping:
    def GET(self):
        data = web.input(host="localhost")
        out = subprocess.check_output("ping -c 1 " + data.host, shell=True)  # VULN
        out2 = subprocess.check_output(["ping", "-c", "1", data.host])  # SAFE
        return out + out2


class Tools:
    @cherrypy.expose
    def dig(self, name="example.com"):
        return subprocess.getoutput("dig +short " + name)  # VULN

    @cherrypy.expose
    def dig2(self, name="example.com"):
        return subprocess.getoutput("dig +short " + shlex.quote(name))  # SAFE


class Trace:
    def on_get(self, req, resp):
        target = req.get_param("target", required=True)
        resp.text = subprocess.run(f"traceroute {target}", shell=True, capture_output=True, text=True).stdout  # VULN

    def on_post(self, req, resp):
        body = req.media
        subprocess.Popen("nslookup %s" % body["host"], shell=True)  # VULN
        resp.status = falcon.HTTP_202
`,
  ),
  ...rules(
    "CWE-89",
    "batch88: p3 GraphQL resolvers (graphene, strawberry) building SQL from arguments",
    `
import graphene
import strawberry
from django.db import connection


class Query(graphene.ObjectType):
    users = graphene.List(graphene.String, name=graphene.String())

    def resolve_users(self, info, name):
        with connection.cursor() as c:
            c.execute("SELECT username FROM auth_user WHERE username LIKE '%%%s%%'" % name)  # VULN
            c.execute("SELECT username FROM auth_user WHERE username LIKE %s", ["%" + name + "%"])  # SAFE
            return [r[0] for r in c.fetchall()]


@strawberry.type
class Q2:
    @strawberry.field
    def orders(self, status: str) -> list[str]:
        with connection.cursor() as c:
            c.execute(f"SELECT id FROM orders WHERE status = '{status}'")  # VULN
            return [str(r[0]) for r in c.fetchall()]
`,
  ),
  ...rules(
    "CWE-22",
    "batch88: p3 DRF serializers, Django Ninja and Litestar handlers opening files by name",
    `
import os

from django.conf import settings
from django.http import FileResponse
from litestar import get
from ninja import NinjaAPI
from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response

api = NinjaAPI()


class DocSerializer(serializers.Serializer):
    name = serializers.CharField()


@api_view(["POST"])
def read_doc(request):
    s = DocSerializer(data=request.data)
    s.is_valid(raise_exception=True)
    with open(os.path.join(settings.DOCS_DIR, s.validated_data["name"])) as fh:  # VULN
        return Response({"text": fh.read()})


@api.get("/files/{name}")
def ninja_file(request, name: str):
    return FileResponse(open(os.path.join(settings.DOCS_DIR, name), "rb"))  # VULN


@api.get("/files2/{name}")
def ninja_file2(request, name: str):
    return FileResponse(open(os.path.join(settings.DOCS_DIR, os.path.basename(name)), "rb"))  # SAFE


@get("/logs/{name:str}")
async def logs(name: str) -> str:
    with open("/var/log/app/" + name) as fh:  # VULN
        return fh.read()
`,
  ),
  ...rules(
    "CWE-918",
    "batch88: p3 FastAPI Header / Cookie / Body parameters and Quart forms fetched server-side",
    `
import httpx
import requests
from fastapi import Body, Cookie, FastAPI, Header
from quart import Quart, request as qreq

app = FastAPI()
qapp = Quart(__name__)


@app.post("/preview")
async def preview(url: str = Body(..., embed=True)):
    async with httpx.AsyncClient() as c:
        r = await c.get(url)  # VULN
    return {"len": len(r.content)}


@app.get("/proxy")
def proxy(x_upstream: str = Header(...)):
    return requests.get(f"http://{x_upstream}/status", timeout=5).json()  # VULN


@app.get("/avatar")
def avatar(avatar_url: str = Cookie(None)):
    return requests.get(avatar_url, timeout=5).content  # VULN


@app.get("/fixed")
def fixed(q: str):
    return requests.get("https://api.example.com/search", params={"q": q}, timeout=5).json()  # SAFE


@qapp.post("/fetch")
async def qfetch():
    form = await qreq.form
    async with httpx.AsyncClient() as c:
        r = await c.get(form["url"])  # VULN
    return r.text
`,
  ),
  ...rules(
    "CWE-94",
    "batch88: p3 code evaluated from sockets, stdin and WSGI environ",
    `
import socketserver
import sys


class Calc(socketserver.BaseRequestHandler):
    def handle(self):
        expr = self.request.recv(1024).decode()
        self.request.sendall(str(eval(expr)).encode())  # VULN CWE-95


def app(environ, start_response):
    qs = environ.get("QUERY_STRING", "")
    result = eval(qs.split("=", 1)[1])  # VULN CWE-95
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [str(result).encode()]


def repl():
    for line in sys.stdin:
        exec(line)  # VULN
`,
  ),
  ...rules(
    "CWE-79",
    "batch88: p3 raw WSGI apps and http.server handlers echoing input",
    `
import html
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse


def app(environ, start_response):
    q = parse_qs(environ.get("QUERY_STRING", "")).get("q", [""])[0]
    start_response("200 OK", [("Content-Type", "text/html")])
    return [("<p>You searched " + q + "</p>").encode()]  # VULN


def app_safe(environ, start_response):
    q = parse_qs(environ.get("QUERY_STRING", "")).get("q", [""])[0]
    start_response("200 OK", [("Content-Type", "text/html")])
    return [("<p>You searched " + html.escape(q) + "</p>").encode()]  # SAFE


class H(BaseHTTPRequestHandler):
    def do_GET(self):
        name = parse_qs(urlparse(self.path).query).get("name", ["?"])[0]
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(f"<h1>Hi {name}</h1>".encode())  # VULN
        self.wfile.write(f"<h1>Hi {html.escape(name)}</h1>".encode())  # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch88: p3 Tornado, Sanic and Bottle arguments into SQL through query helpers",
    `
import sqlite3

from bottle import request as breq, route
from sanic import Sanic, response
from tornado import web

sapp = Sanic("s")
conn = sqlite3.connect("app.db")


class Items(web.RequestHandler):
    def get(self):
        cat = self.get_query_argument("cat")
        rows = conn.execute("SELECT * FROM items WHERE cat = '%s'" % cat).fetchall()  # VULN
        rows2 = conn.execute("SELECT * FROM items WHERE cat = ?", (cat,)).fetchall()  # SAFE
        self.write({"rows": rows + rows2})

    def post(self):
        body = self.get_body_argument("body")
        conn.execute("INSERT INTO notes VALUES ('" + body + "')")  # VULN


@sapp.get("/s")
async def s(request):
    tag = request.args.get("tag")
    rows = conn.execute(f"SELECT * FROM items WHERE tag = '{tag}'").fetchall()  # VULN
    return response.json(rows)


@route("/b")
def b():
    owner = breq.query.owner
    rows = conn.execute("SELECT * FROM items WHERE owner = '{}'".format(owner)).fetchall()  # VULN
    rows2 = conn.execute("SELECT * FROM items WHERE owner = ?", [owner]).fetchall()  # SAFE
    return {"rows": rows + rows2}
`,
  ),
  ...rules(
    "CWE-502",
    "batch88: p3 deserialising data received on sockets and message queues",
    `
import json
import pickle
import socket

import pika
import zmq


def server():
    s = socket.socket()
    s.bind(("127.0.0.1", 9000))
    s.listen()
    conn, _ = s.accept()
    data = conn.recv(65536)
    obj = pickle.loads(data)  # VULN
    obj2 = json.loads(data)  # SAFE
    return obj, obj2


def zmq_worker():
    ctx = zmq.Context()
    sock = ctx.socket(zmq.PULL)
    sock.bind("tcp://*:5557")
    job = sock.recv_pyobj()  # VULN
    job2 = sock.recv_json()  # SAFE
    return job, job2


def on_message(ch, method, props, body):
    task = pickle.loads(body)  # VULN
    ch.basic_ack(delivery_tag=method.delivery_tag)
    return task


channel = pika.BlockingConnection(pika.ConnectionParameters("mq")).channel()
channel.basic_consume(queue="jobs", on_message_callback=on_message)
`,
  ),
  ...rules(
    "CWE-601",
    "batch88: p3 redirects in Falcon, Pyramid, Tornado and Starlette",
    `
import falcon
from pyramid.httpexceptions import HTTPFound
from starlette.responses import RedirectResponse
from tornado import web


class Go:
    def on_get(self, req, resp):
        raise falcon.HTTPFound(req.get_param("to"))  # VULN


def pyramid_go(request):
    return HTTPFound(location=request.params["next"])  # VULN


def pyramid_home(request):
    return HTTPFound(location=request.route_url("home"))  # SAFE


class TGo(web.RequestHandler):
    def get(self):
        self.redirect(self.get_argument("next"))  # VULN


async def sgo(request):
    return RedirectResponse(request.query_params["next"])  # VULN


async def shome(request):
    return RedirectResponse(request.url_for("home"))  # SAFE
`,
  ),
  // ---------------------------------------------------------------- p4: library helpers whose callers pick the value
  ...rules(
    "CWE-78",
    "batch88: p4 helper functions that run a caller's command through a shell",
    `
import asyncio
import os
import subprocess


def run(cmd):
    return subprocess.call(cmd, shell=True)  # VULN


def run_list(args):
    return subprocess.call(args)  # SAFE


def sh(line: str) -> str:
    return os.popen(line).read()  # VULN


async def arun(cmd):
    proc = await asyncio.create_subprocess_shell(cmd)  # VULN
    await proc.wait()


async def arun_exec(prog, *args):
    proc = await asyncio.create_subprocess_exec(prog, *args)  # VULN
    await proc.wait()


def backup(path):
    os.system(f"tar czf /backup/out.tgz {path}")  # VULN
    os.system("tar czf /backup/etc.tgz /etc")  # SAFE


def spawn(prog, *args):
    os.execvp(prog, [prog, *args])  # VULN
`,
  ),
  ...rules(
    "CWE-95",
    "batch88: p4 helpers that evaluate a caller's expression",
    `
import ast


def calc(expr):
    return eval(expr)  # VULN


def calc_safe(expr):
    return ast.literal_eval(expr)  # SAFE


def define(src, ns):
    exec(src, ns)  # VULN CWE-94


def version():
    return eval("1 + 2")  # SAFE


class Rule:
    def __init__(self, condition: str):
        self.code = compile(condition, "<rule>", "eval")  # VULN

    def check(self, ctx):
        return eval(self.code, {}, ctx)  # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch88: p4 loaders reading files a caller names",
    `
import marshal
import pickle
import shelve

import yaml


def load_state(path):
    with open(path, "rb") as f:
        return pickle.load(f)  # VULN


def load_cfg(path):
    with open(path) as f:
        return yaml.load(f, Loader=yaml.FullLoader)  # VULN


def load_cfg_safe(path):
    with open(path) as f:
        return yaml.safe_load(f)  # SAFE


def load_code(path):
    with open(path, "rb") as f:
        return marshal.load(f)  # VULN


def open_db(path):
    return shelve.open(path)  # VULN


def load_unsafe_yaml(text):
    return yaml.unsafe_load(text)  # VULN
`,
  ),
  ...rules(
    "CWE-939",
    "batch88: p4 urllib opening URLs a caller passes (file:// and other schemes allowed)",
    `
import urllib.request
from urllib.request import urlopen


def fetch(url):
    return urllib.request.urlopen(url).read()  # VULN


def fetch_checked(url):
    if not url.startswith(("https://", "http://")):
        raise ValueError("scheme")
    return urlopen(url).read()  # SAFE


def fetch_req(url):
    req = urllib.request.Request(url, headers={"User-Agent": "x"})
    return urlopen(req).read()  # VULN


def fetch_fixed():
    return urlopen("https://example.com/data.json").read()  # SAFE
`,
  ),
  ...rules(
    "CWE-611",
    "batch88: p4 XML helpers parsing a caller's file with lxml and xml.sax",
    `
import xml.sax

from lxml import etree


def parse_config(path):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    return etree.parse(path, parser)  # VULN


def parse_config_safe(path):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.parse(path, parser)  # SAFE


def sax(path, handler):
    p = xml.sax.make_parser()
    p.setFeature(xml.sax.handler.feature_external_ges, True)
    p.setContentHandler(handler)
    p.parse(path)  # VULN
`,
  ),
  ...rules(
    "CWE-327",
    "batch88: p4 ciphers and modes picked by name strings",
    `
from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def enc_ecb(key, data):
    return AES.new(key, AES.MODE_ECB).encrypt(data)  # VULN


def enc_rc4(key, data):
    c = Cipher(algorithms.ARC4(key), mode=None)  # VULN
    return c.encryptor().update(data)


def enc_idea(key, iv, data):
    c = Cipher(algorithms.IDEA(key), modes.CBC(iv))  # VULN
    return c.encryptor().update(data)


def enc_ok(key, nonce, data):
    c = Cipher(algorithms.AES(key), modes.CTR(nonce))  # SAFE
    return c.encryptor().update(data)
`,
  ),
  ...rules(
    "CWE-295",
    "batch88: p4 TLS contexts and clients that skip verification in helpers",
    `
import ssl

import requests
import urllib3


def insecure_ctx():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # VULN
    ctx.verify_mode = ssl.CERT_NONE  # VULN
    return ctx


def unverified():
    return ssl._create_unverified_context()  # VULN


def get(url, **kw):
    return requests.get(url, verify=False, **kw)  # VULN


def pool():
    return urllib3.PoolManager(cert_reqs=ssl.CERT_NONE, assert_hostname=False)  # VULN


def ok_ctx(cafile):
    return ssl.create_default_context(cafile=cafile)  # SAFE
`,
  ),
  ...rules(
    "CWE-377",
    "batch88: p4 temp files in helpers",
    `
import os
import tempfile


def scratch():
    name = tempfile.mktemp()  # VULN
    return open(name, "w")


def scratch_dir():
    path = os.path.join(tempfile.gettempdir(), "app-cache.json")
    with open(path, "w") as f:  # VULN
        f.write("{}")


def scratch_ok():
    return tempfile.TemporaryFile()  # SAFE
`,
  ),
  ...rules(
    "CWE-328",
    "batch88: p4 digests for signatures and integrity checks",
    `
import hashlib
from Crypto.Hash import MD5, SHA1, SHA256
from cryptography.hazmat.primitives import hashes


def sig(data):
    return hashlib.sha1(data).hexdigest()  # VULN


def cache_key(data):
    return hashlib.md5(data, usedforsecurity=False).hexdigest()  # SAFE


def sig2(data):
    return MD5.new(data).hexdigest()  # VULN


def sig3(data):
    h = hashes.Hash(hashes.SHA1())  # VULN
    h.update(data)
    return h.finalize()


def sig4(data):
    return SHA256.new(data).hexdigest()  # SAFE


def sig5(data):
    return SHA1.new(data).digest()  # VULN
`,
  ),
];
