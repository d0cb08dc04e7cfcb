// Dev suite "py-rules", batch 40 (format in py-rules.ts): written after a probe against SonarSource's public rule
// descriptions (rspec) for Python security rules, before any fix for it: the idioms that probe showed missed or
// misjudged, in real-code shapes of our own - SQL through the `databases` package, FastAPI/Starlette responses
// that are (or are not) HTML, PKCS#1 v1.5 encryption in pycryptodome, Django settings.configure(DEBUG=True),
// CSRF switched off in settings or forms, LDAP binds without a password, database logins with an empty password,
// DynamoDB expressions built from request data, archive members checked through a canonical-path variable, and
// option-looking user input in argument lists. Cases written here, never copied from the probed descriptions.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH40: DevCase[] = [
  ...rules(
    "CWE-89",
    "batch40: encode/databases queries from FastAPI parameters",
    `
from databases import Database
from fastapi import FastAPI

app = FastAPI()
db = Database("postgresql://app@db/shop")


@app.get("/orders")
async def orders(customer: str, status: str = "open"):
    rows = await db.fetch_all(f"SELECT id, total FROM orders WHERE customer = '{customer}'") # VULN
    same = await db.fetch_all("SELECT id, total FROM orders WHERE customer = :c", values={"c": customer}) # SAFE
    one = await db.fetch_one("SELECT count(*) FROM orders WHERE status = '" + status + "'") # VULN
    two = await db.fetch_one(query="SELECT count(*) FROM orders WHERE status = :s", values={"s": status}) # SAFE
    total = await db.fetch_val("SELECT sum(total) FROM orders WHERE customer = '%s'" % customer) # VULN
    return {"rows": [dict(r) for r in rows + same], "n": one[0] + two[0], "total": total}


@app.post("/seen")
async def seen(name: str):
    await db.execute("UPDATE customers SET seen = now() WHERE name = '{}'".format(name)) # VULN
    await db.execute("UPDATE customers SET seen = now() WHERE name = :n", {"n": name}) # SAFE
    async for row in db.iterate(f"SELECT * FROM visits WHERE name = '{name}'"): # VULN
        print(row)
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-79",
    "batch40: FastAPI and Starlette responses built from query parameters",
    `
import html

from fastapi import FastAPI, Response
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse

app = FastAPI()


@app.get("/greet")
def greet(name: str):
    return HTMLResponse(f"<h1>Hello {name}</h1>") # VULN


@app.get("/greet-escaped")
def greet_escaped(name: str):
    return HTMLResponse(f"<h1>Hello {html.escape(name)}</h1>") # SAFE


@app.get("/echo")
def echo(msg: str):
    return Response(content=msg, media_type="text/html") # VULN


@app.get("/echo-raw")
def echo_raw(msg: str):
    return Response(msg) # VULN


@app.get("/echo-text")
def echo_text(msg: str):
    return PlainTextResponse(msg) # SAFE


@app.get("/echo-json")
def echo_json(msg: str):
    return JSONResponse({"msg": msg}) # SAFE


@app.get("/echo-typed")
def echo_typed(msg: str):
    return Response(content=msg, media_type="text/plain") # SAFE


@app.get("/card", response_class=HTMLResponse)
def card(title: str):
    return f"<div class='card'>{title}</div>" # VULN


@app.get("/card.json")
def card_json(title: str):
    return f"<div class='card'>{title}</div>" # SAFE
`,
  ),
  ...rules(
    "CWE-780",
    "batch40: pycryptodome PKCS#1 v1.5 encryption vs OAEP and PKCS#1 signatures",
    `
from Crypto.Cipher import PKCS1_OAEP, PKCS1_v1_5
from Crypto.Hash import SHA256
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15
from Cryptodome.Cipher import PKCS1_v1_5 as LegacyRSA


def wrap_key(pub_pem: bytes, session_key: bytes) -> bytes:
    key = RSA.import_key(pub_pem)
    return PKCS1_v1_5.new(key).encrypt(session_key) # VULN


def unwrap_key(priv_pem: bytes, blob: bytes) -> bytes:
    cipher = LegacyRSA.new(RSA.import_key(priv_pem)) # VULN
    return cipher.decrypt(blob, None)


def wrap_key_oaep(pub_pem: bytes, session_key: bytes) -> bytes:
    key = RSA.import_key(pub_pem)
    return PKCS1_OAEP.new(key, hashAlgo=SHA256).encrypt(session_key) # SAFE


def sign(priv_pem: bytes, data: bytes) -> bytes:
    key = RSA.import_key(priv_pem)
    return pkcs1_15.new(key).sign(SHA256.new(data)) # SAFE
`,
  ),
  ...rules(
    "CWE-489",
    "batch40: django settings.configure for scripts and tests",
    `
import os

from django.conf import settings


def configure_for_scripts():
    settings.configure(DEBUG=True, DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}) # VULN


def configure_from_env():
    settings.configure(DEBUG=os.environ.get("DJANGO_DEBUG") == "1", ALLOWED_HOSTS=["example.com"]) # SAFE


def configure_prod():
    settings.configure(DEBUG=False, ALLOWED_HOSTS=["example.com"]) # SAFE
`,
  ),
  ...rules(
    "CWE-352",
    "batch40: django MIDDLEWARE with sessions but no CsrfViewMiddleware",
    `
# settings.py
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

MIDDLEWARE = [ # VULN
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
`,
  ),
  ...rules(
    "CWE-352",
    "batch40: django MIDDLEWARE with CsrfViewMiddleware",
    `
# settings.py
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

MIDDLEWARE = [ # SAFE
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
`,
  ),
  ...rules(
    "CWE-352",
    "batch40: django MIDDLEWARE of a token-only API without sessions",
    `
# settings.py of an API served with bearer tokens only
MIDDLEWARE = [ # SAFE
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]

REST_FRAMEWORK = {"DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"]}
`,
  ),
  ...rules(
    "CWE-352",
    "batch40: Flask-WTF forms with CSRF turned off",
    `
from flask_wtf import FlaskForm
from wtforms import DecimalField, StringField, SubmitField


class TransferForm(FlaskForm):
    class Meta:
        csrf = False # VULN

    to_account = StringField("to")
    amount = DecimalField("amount")
    submit = SubmitField("send")


class ProfileForm(FlaskForm):
    class Meta:
        csrf = True # SAFE

    bio = StringField("bio")


def transfer_form(data):
    return TransferForm(formdata=data, meta={"csrf": False}) # VULN


def profile_form(data):
    return ProfileForm(formdata=data) # SAFE
`,
  ),
  ...rules(
    "CWE-287",
    "batch40: python-ldap binds with a DN but no password",
    `
import os

import ldap
import ldap.sasl

URI = "ldaps://ldap.corp.example:636"
READER = "cn=reader,dc=corp,dc=example"


def lookup(uid: str):
    conn = ldap.initialize(URI)
    conn.simple_bind_s(READER) # VULN
    return conn.search_s("dc=corp,dc=example", ldap.SCOPE_SUBTREE, "(uid=alice)")


def lookup_empty():
    conn = ldap.initialize(URI)
    conn.simple_bind_s(READER, "") # VULN
    return conn


def lookup_none():
    conn = ldap.initialize(URI)
    conn.bind_s(READER, None, ldap.AUTH_SIMPLE) # VULN
    return conn


def lookup_auth():
    conn = ldap.initialize(URI)
    conn.simple_bind_s(READER, os.environ["LDAP_READER_PW"]) # SAFE
    return conn


def lookup_cert():
    conn = ldap.initialize(URI)
    conn.sasl_interactive_bind_s("", ldap.sasl.external()) # SAFE
    return conn
`,
  ),
  ...rules(
    "CWE-521",
    "batch40: database clients given an empty password",
    `
import os

import mysql.connector
import psycopg2
import pymysql
from sqlalchemy import create_engine


def orders_db():
    return mysql.connector.connect(host="db", user="app", password="", database="shop") # VULN


def orders_db_env():
    return mysql.connector.connect(host="db", user="app", password=os.environ["DB_PASSWORD"], database="shop") # SAFE


def reports_db():
    return psycopg2.connect(host="db", dbname="reports", user="app", password="") # VULN


def reports_db_peer():
    return psycopg2.connect(dbname="reports") # SAFE


def legacy_db():
    return pymysql.connect(host="db", user="root", passwd="", db="legacy") # VULN


def analytics_engine():
    return create_engine("postgresql://analytics:@warehouse:5432/events") # VULN


def analytics_engine_env():
    return create_engine(f"postgresql://analytics:{os.environ['WH_PASSWORD']}@warehouse:5432/events") # SAFE


def cache_engine():
    return create_engine("sqlite:///cache.db") # SAFE
`,
  ),
  ...rules(
    "CWE-521",
    "batch40: django DATABASES and flask config with an empty password",
    `
import os
from pathlib import Path

from flask import Flask

BASE_DIR = Path(__file__).resolve().parent

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "shop",
        "USER": "root",
        "PASSWORD": "", # VULN
        "HOST": "db",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "reader",
        "PASSWORD": os.environ.get("REPLICA_PASSWORD"), # SAFE
        "HOST": "replica",
    },
    "local": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "db.sqlite3",
        "USER": "",
        "PASSWORD": "", # SAFE
    },
}

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "mysql+pymysql://root:@localhost/shop" # VULN
app.config["SQLALCHEMY_BINDS"] = {"audit": os.environ["AUDIT_DB_URL"]} # SAFE
`,
  ),
  ...rules(
    "CWE-943",
    "batch40: DynamoDB expressions built from request data",
    `
import boto3
from boto3.dynamodb.conditions import Attr, Key
from flask import Flask, jsonify, request

app = Flask(__name__)
client = boto3.client("dynamodb")
table = boto3.resource("dynamodb").Table("users")


@app.route("/users")
def users():
    team = request.args["team"]
    r1 = client.scan(TableName="users", FilterExpression="team = " + team) # VULN
    r2 = client.scan(TableName="users", FilterExpression="team = :t", ExpressionAttributeValues={":t": {"S": team}}) # SAFE
    r3 = table.scan(FilterExpression=f"contains(tags, {team})") # VULN
    r4 = table.scan(FilterExpression=Attr("team").eq(team)) # SAFE
    r5 = table.query(KeyConditionExpression=Key("team").eq(team)) # SAFE
    return jsonify([r1, r2, r3, r4, r5])


@app.route("/partiql")
def partiql():
    team = request.args["team"]
    a = client.execute_statement(Statement=f"SELECT * FROM users WHERE team = '{team}'") # VULN
    b = client.execute_statement(Statement="SELECT * FROM users WHERE team = ?", Parameters=[{"S": team}]) # SAFE
    return jsonify([a, b])
`,
  ),
  ...rules(
    "CWE-22",
    "batch40: archive members checked through a canonical-path variable",
    `
import os
import tarfile
import zipfile


def unpack_zip(archive: str, dest: str) -> None:
    base = os.path.realpath(dest)
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            target = os.path.join(dest, info.filename)
            resolved = os.path.realpath(target)
            if not resolved.startswith(base + os.sep):
                continue
            with zf.open(info) as src, open(target, "wb") as out: # SAFE
                out.write(src.read())


def unpack_zip_normalised(archive: str, dest: str) -> None:
    with zipfile.ZipFile(archive) as zf:
        for name in zf.namelist():
            target = os.path.join(dest, name)
            normal = os.path.normpath(target)
            if not normal.startswith(os.path.abspath(dest) + os.sep):
                continue
            with open(target, "wb") as out: # SAFE
                out.write(zf.read(name))


def unpack_zip_unchecked(archive: str, dest: str) -> None:
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            target = os.path.join(dest, info.filename)
            with zf.open(info) as src, open(target, "wb") as out: # VULN
                out.write(src.read())


def unpack_tar_members(archive: str, dest: str) -> None:
    with tarfile.open(archive) as tf:
        for member in tf.getmembers():
            target = os.path.join(dest, member.name)
            data = tf.extractfile(member)
            if data is not None:
                with open(target, "wb") as out: # VULN
                    out.write(data.read())
`,
  ),
  ...rules(
    "CWE-88",
    "batch40: option-looking user input in subprocess argument lists",
    `
import subprocess

from flask import Flask, request

app = Flask(__name__)
ALLOWED_DIRS = {"/srv/docs", "/srv/logs"}


@app.route("/grep")
def grep():
    pattern = request.args["q"]
    out = subprocess.run(["grep", "-r", pattern, "/srv/docs"], capture_output=True, text=True) # VULN
    out2 = subprocess.run(["grep", "-r", "-e", pattern, "--", "/srv/docs"], capture_output=True, text=True) # SAFE
    return out.stdout + out2.stdout


@app.route("/find")
def find():
    where = request.args["dir"]
    found = subprocess.run(["/usr/bin/find", where, "-name", "*.log"], capture_output=True, text=True) # VULN
    if where in ALLOWED_DIRS:
        listed = subprocess.run(["/usr/bin/find", where, "-name", "*.log"], capture_output=True, text=True) # SAFE
        return listed.stdout
    return found.stdout
`,
  ),
];
