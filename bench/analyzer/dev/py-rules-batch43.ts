// Dev suite "py-rules", batch 43 (format in py-rules.ts): written blind (before batch 41's and 42's fixes) and
// measured before any fix. Configuration and string-building checks, each exercised many ways: Flask settings set
// by item, by update() and from a mapping object, CSRF exemptions by decorator and by view list, cookie flags,
// Django settings modules, app.run and bind addresses held in names, Jinja2 environments built with and without
// autoescape, logging that carries secrets, hard-coded credentials in calls, class attributes and defaults,
// assert used as an access check, and SQL built for sqlite3, psycopg2, SQLAlchemy text() and Django raw() through
// a helper, a format string held in a constant and a query assembled over several lines. Cases written here,
// never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH43: DevCase[] = [
  ...rules(
    "CWE-352",
    "batch43: Flask-WTF CSRF switched off by config, update() and decorator",
    `
import os

from flask import Flask, request
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["WTF_CSRF_ENABLED"] = False # VULN
app.config.update(WTF_CSRF_CHECK_DEFAULT=False) # VULN
app.config["WTF_CSRF_TIME_LIMIT"] = 3600 # SAFE
csrf = CSRFProtect(app)


@app.route("/hooks/payment", methods=["POST"])
@csrf.exempt # VULN
def payment_hook():
    return {"ok": bool(request.get_json())}


@app.route("/profile", methods=["POST"])
def profile():
    return {"ok": bool(request.form)}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "5000")))
`,
  ),
  ...rules(
    "CWE-614",
    "batch43: cookie flags in Flask config and set_cookie",
    `
import secrets

from flask import Flask, make_response

app = Flask(__name__)
app.config.update(SESSION_COOKIE_SECURE=False, SESSION_COOKIE_SAMESITE="Lax") # VULN
app.config["REMEMBER_COOKIE_SECURE"] = True # SAFE
COOKIE_OPTS = {"secure": False, "httponly": True}


@app.post("/login")
def login():
    token = secrets.token_urlsafe(32)
    resp = make_response("ok")
    resp.set_cookie("session", token, secure=False, httponly=True) # VULN
    resp.set_cookie("session2", token, secure=True, httponly=True, samesite="Lax") # SAFE
    resp.set_cookie("session3", token, **COOKIE_OPTS) # VULN
    resp.set_cookie("theme", "dark")
    return resp
`,
  ),
  ...rules(
    "CWE-489",
    "batch43: debug switched on through app.run, config and a name",
    `
import os

from flask import Flask

app = Flask(__name__)
app.config["DEBUG"] = True # VULN
DEBUG_MODE = True


def main():
    app.run(debug=DEBUG_MODE) # VULN


def main_env():
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1") # SAFE


def main_kw():
    options = {"debug": True, "port": 8000}
    app.run(**options) # VULN


def main_off():
    app.run(debug=False, port=8000) # SAFE
`,
  ),
  ...rules(
    "CWE-668",
    "batch43: servers bound to every interface through names and tuples",
    `
import socket
from wsgiref.simple_server import make_server

from flask import Flask

app = Flask(__name__)
LISTEN = "0.0.0.0"
LOCAL = "127.0.0.1"


def serve():
    app.run(host=LISTEN, port=8080) # VULN


def serve_local():
    app.run(host=LOCAL, port=8080) # SAFE


def serve_wsgi():
    make_server("0.0.0.0", 8000, app).serve_forever() # VULN


def serve_wsgi_local():
    make_server("localhost", 8000, app).serve_forever() # SAFE


def raw_socket():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    addr = ("", 9000)
    s.bind(addr) # VULN
    return s
`,
  ),
  ...rules(
    "CWE-489",
    "batch43: Django settings module",
    `
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = True # VULN
TEMPLATE_DEBUG = os.environ.get("TEMPLATE_DEBUG") == "1" # SAFE
SECRET_KEY = "django-insecure-9c!r2x#p0w^k1z@m" # VULN CWE-798
SESSION_COOKIE_SECURE = False # VULN CWE-614
CSRF_COOKIE_SECURE = True # SAFE CWE-614
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher", # VULN CWE-916
    "django.contrib.auth.hashers.Argon2PasswordHasher", # SAFE CWE-916
]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": "Sh0p-Prod-2024!", # VULN CWE-798
        "HOST": "db.internal",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "PASSWORD": os.environ["REPLICA_PASSWORD"], # SAFE CWE-798
    },
}
`,
  ),
  ...rules(
    "CWE-352",
    "batch43: Django CSRF exemptions by decorator, method_decorator and alias",
    `
from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt as no_csrf
from django.views.decorators.csrf import csrf_protect


@no_csrf # VULN
def transfer(request):
    return JsonResponse({"ok": request.method == "POST"})


@csrf_protect # SAFE
def transfer_protected(request):
    return JsonResponse({"ok": request.method == "POST"})


@method_decorator(no_csrf, name="dispatch") # VULN
class TransferView(View):
    def post(self, request):
        return JsonResponse({"ok": True})
`,
  ),
  ...rules(
    "CWE-79",
    "batch43: Jinja2 environments with and without autoescape",
    `
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape
from jinja2 import Template as T

loader = FileSystemLoader("templates")
env = Environment(loader=loader) # VULN
env_off = Environment(loader=loader, autoescape=False) # VULN
env_on = Environment(loader=loader, autoescape=True) # SAFE
env_select = Environment(loader=PackageLoader("shop"), autoescape=select_autoescape(["html", "xml"])) # SAFE
JINJA_OPTS = {"autoescape": False, "trim_blocks": True}
env_opts = Environment(loader=loader, **JINJA_OPTS) # VULN


def banner(name):
    return T("<h1>Hello {{ name }}</h1>", autoescape=True).render(name=name) # SAFE
`,
  ),
  ...rules(
    "CWE-532",
    "batch43: secrets on their way to logs",
    `
import logging

log = logging.getLogger("auth")


def login(username: str, password: str, otp: str) -> None:
    log.info("login attempt user=%s", username) # SAFE
    log.debug("login attempt user=%s password=%s", username, password) # VULN
    logging.warning(f"bad otp {otp} for {username}") # VULN
    log.info("password length for %s: %d", username, len(password)) # SAFE


class ApiClient:
    def __init__(self, api_key: str):
        self.api_key = api_key
        log.info("client created with key %s", self.api_key) # VULN
`,
  ),
  ...rules(
    "CWE-798",
    "batch43: credentials in calls, class attributes, defaults and client constructors",
    `
import os
import smtplib

import boto3
import jwt
import psycopg2
import redis


class Settings:
    API_TOKEN = "ghp_4mXq9T2vL8rW1nB6cZ0yH3kJ7pD5sF2aQ9eR" # VULN
    API_URL = "https://api.github.com" # SAFE


def connect():
    return psycopg2.connect(host="db.internal", dbname="shop", user="shop", password="hunter2-prod") # VULN


def connect_env():
    return psycopg2.connect(host="db.internal", dbname="shop", user="shop", password=os.environ["PGPASSWORD"]) # SAFE


def notify(msg: str):
    with smtplib.SMTP("smtp.internal", 587) as s:
        s.starttls()
        s.login("alerts@example.com", "Alert$Pass123") # VULN
        s.sendmail("alerts@example.com", ["ops@example.com"], msg)


def cache(password="r3dis-Secret!"): # VULN
    return redis.Redis(host="cache.internal", password=password)


def s3():
    return boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") # VULN


def sign(payload: dict) -> str:
    return jwt.encode(payload, "my-jwt-secret", algorithm="HS256") # VULN


def sign_env(payload: dict) -> str:
    return jwt.encode(payload, os.environ["JWT_SECRET"], algorithm="HS256") # SAFE
`,
  ),
  ...rules(
    "CWE-347",
    "batch43: PyJWT decode with the signature check switched off",
    `
import os

import jwt

KEY = os.environ["JWT_SECRET"]
NO_VERIFY = {"verify_signature": False}


def claims(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False}) # VULN


def claims_var(token: str) -> dict:
    return jwt.decode(token, KEY, algorithms=["HS256"], options=NO_VERIFY) # VULN


def claims_ok(token: str) -> dict:
    return jwt.decode(token, KEY, algorithms=["HS256"]) # SAFE
`,
  ),
  ...rules(
    "CWE-703",
    "batch43: assert as an access check in views and services",
    `
from flask import Flask, abort, g

app = Flask(__name__)


@app.delete("/projects/<int:pid>")
def delete_project(pid: int):
    project = load(pid)
    assert project.owner_id == g.user.id, "forbidden" # VULN
    project.delete()
    return "", 204


@app.delete("/teams/<int:tid>")
def delete_team(tid: int):
    team = load(tid)
    if team.owner_id != g.user.id:
        abort(403) # SAFE
    team.delete()
    return "", 204


def load(pid: int):
    obj = lookup(pid)
    assert obj is not None # SAFE
    return obj


def lookup(pid: int):
    return None
`,
  ),
  ...rules(
    "CWE-89",
    "batch43: SQL built through helpers, constants and several lines",
    `
import sqlite3

import psycopg2
from django.http import JsonResponse
from flask import Flask, request
from sqlalchemy import create_engine, text

from .models import Order

app = Flask(__name__)
engine = create_engine("postgresql://shop@db/shop")
BY_NAME = "SELECT id FROM users WHERE name = '%s'"
BY_NAME_SAFE = "SELECT id FROM users WHERE name = ?"


def where(field: str, value: str) -> str:
    return f"{field} = '{value}'"


@app.get("/users")
def users():
    name = request.args.get("name", "")
    db = sqlite3.connect("app.db")
    a = db.execute(BY_NAME % name).fetchall() # VULN
    b = db.execute(BY_NAME_SAFE, (name,)).fetchall() # SAFE
    c = db.execute("SELECT id FROM users WHERE " + where("name", name)).fetchall() # VULN
    sql = "SELECT id FROM users"
    sql += " WHERE email = '" + request.args.get("email", "") + "'"
    d = db.execute(sql).fetchall() # VULN
    return {"rows": a + b + c + d}


@app.get("/orders")
def orders():
    status = request.args.get("status", "open")
    conn = psycopg2.connect(dbname="shop")
    with conn, conn.cursor() as cur:
        cur.execute("SELECT id FROM orders WHERE status = '{}'".format(status)) # VULN
        cur.execute("SELECT id FROM orders WHERE status = %(s)s", {"s": status}) # SAFE
        rows = cur.fetchall()
    with engine.begin() as sa:
        more = sa.execute(text("SELECT id FROM orders WHERE status = '" + status + "'")).all() # VULN
        ok = sa.execute(text("SELECT id FROM orders WHERE status = :s").bindparams(s=status)).all() # SAFE
    return {"rows": rows + more + ok}


def django_orders(request):
    sort = request.GET.get("sort", "id")
    qs = Order.objects.raw("SELECT * FROM shop_order ORDER BY %s" % sort) # VULN
    qs2 = Order.objects.raw("SELECT * FROM shop_order WHERE status = %s", [request.GET.get("status")]) # SAFE
    return JsonResponse({"n": len(list(qs)) + len(list(qs2))})
`,
  ),
];
