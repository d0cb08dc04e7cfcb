// Dev suite "py-rules", batch 22 (format in py-rules.ts): written blind after batch 21's fixes and measured before
// any fix. Families the suite lacked: directory listings (aiohttp show_index, Django static serve), arithmetic
// sized by the request, eval "sandboxes" next to real ones, redirects in bottle/falcon/sanic, secrets in settings
// and dataclass defaults, scrypt/passlib work factors, Diffie-Hellman parameter sizes, referrer policies that leak
// URLs, RPC servers (rpyc, Pyro) that hand out code execution or unpickle, and zeep's XML safety switches. Cases
// written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH22: DevCase[] = [
  ...rules(
    "CWE-548",
    "batch22: directory listings",
    `
from aiohttp import web

STATIC = "/srv/app/static"
UPLOADS = "/srv/app/uploads"

app = web.Application()
app.router.add_static("/static/", STATIC) # SAFE
app.router.add_static("/uploads/", UPLOADS, show_index=True) # VULN
`,
  ),
  ...rules(
    "CWE-548",
    "batch22: django static serve with indexes",
    `
from django.conf import settings
from django.urls import re_path
from django.views.static import serve

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT, "show_indexes": True}), # VULN
    re_path(r"^assets/(?P<path>.*)$", serve, {"document_root": settings.STATIC_ROOT}), # SAFE
]
`,
  ),
  ...rules(
    "CWE-400",
    "batch22: arithmetic sized by the request",
    `
import itertools
import math

from flask import Flask, request

app = Flask(__name__)


@app.route("/power")
def power():
    base = int(request.args.get("base", "2"))
    exp = int(request.args.get("exp", "10"))
    return str(base ** exp) # VULN


@app.route("/power2")
def power2():
    base = int(request.args.get("base", "2"))
    exp = min(int(request.args.get("exp", "10")), 64)
    return str(base ** exp) # SAFE


@app.route("/modpow")
def modpow():
    base = int(request.args.get("base", "2"))
    exp = int(request.args.get("exp", "10"))
    return str(pow(base, exp, 2**61 - 1)) # SAFE


@app.route("/fact")
def fact():
    return str(math.factorial(int(request.args["n"]))) # VULN


@app.route("/orders")
def orders():
    items = request.args.getlist("item")
    return {"n": sum(1 for _ in itertools.permutations(items))} # VULN
`,
  ),
  ...rules(
    "CWE-94",
    "batch22: eval sandboxes and real ones",
    `
import ast

from flask import Flask, request
from simpleeval import simple_eval

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args["expr"]
    a = eval(expr, {"__builtins__": {}}, {}) # VULN
    b = simple_eval(expr) # SAFE
    c = ast.literal_eval(expr) # SAFE
    return {"a": a, "b": b, "c": c}


@app.route("/run", methods=["POST"])
def run():
    scope = {"__builtins__": None}
    exec(request.form["code"], scope) # VULN
    return {"keys": sorted(k for k in scope if not k.startswith("__"))}
`,
  ),
  ...rules(
    "CWE-601",
    "batch22: redirects in bottle, falcon and sanic",
    `
import bottle
import falcon
from sanic import Sanic, response

app = Sanic("shop")


@bottle.route("/after-login")
def after_login():
    bottle.redirect(bottle.request.query.next) # VULN


@bottle.route("/home")
def home():
    bottle.redirect("/dashboard") # SAFE


class Continue:
    def on_get(self, req, resp):
        raise falcon.HTTPFound(req.get_param("next")) # VULN


class Logout:
    def on_get(self, req, resp):
        raise falcon.HTTPSeeOther("/login") # SAFE


@app.route("/go")
async def go(request):
    return response.redirect(request.args.get("to")) # VULN
`,
  ),
  ...rules(
    "CWE-798",
    "batch22: secrets in settings classes and dataclass defaults",
    `
import os
from dataclasses import dataclass, field

from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    app_name: str = "shop"
    secret_key: str = "dev-secret-change-me-9f2c" # VULN
    database_url: str
    stripe_api_key: SecretStr = SecretStr("sk_live_51HxQ2ZKp7cD9aL3mN0vT8rWq") # VULN
    webhook_secret: SecretStr # SAFE


@dataclass
class DBConfig:
    host: str = "localhost"
    user: str = "app"
    password: str = "S3cure-Pa55!" # VULN
    token: str = field(default_factory=lambda: os.environ["DB_TOKEN"]) # SAFE
`,
  ),
  ...rules(
    "CWE-916",
    "batch22: scrypt and passlib work factors",
    `
import hashlib
import os

from passlib.hash import pbkdf2_sha256


def hash_fast(password: str) -> bytes:
    salt = os.urandom(16)
    return salt + hashlib.scrypt(password.encode(), salt=salt, n=2, r=1, p=1) # VULN


def hash_ok(password: str) -> bytes:
    salt = os.urandom(16)
    return salt + hashlib.scrypt(password.encode(), salt=salt, n=2**15, r=8, p=1) # SAFE


def store_fast(password: str) -> str:
    return pbkdf2_sha256.using(rounds=1000).hash(password) # VULN


def store_ok(password: str) -> str:
    return pbkdf2_sha256.using(rounds=600000).hash(password) # SAFE
`,
  ),
  ...rules(
    "CWE-326",
    "batch22: diffie-hellman parameter sizes",
    `
from cryptography.hazmat.primitives.asymmetric import dh

weak = dh.generate_parameters(generator=2, key_size=1024) # VULN
strong = dh.generate_parameters(generator=2, key_size=2048) # SAFE
`,
  ),
  ...rules(
    "CWE-200",
    "batch22: referrer policies that leak urls",
    `
from flask import Flask, make_response, render_template

SECURE_REFERRER_POLICY = "unsafe-url" # VULN

app = Flask(__name__)


@app.route("/reset/<token>")
def reset(token):
    resp = make_response(render_template("reset.html", token=token))
    resp.headers["Referrer-Policy"] = "unsafe-url" # VULN
    return resp


@app.route("/reset2/<token>")
def reset2(token):
    resp = make_response(render_template("reset.html", token=token))
    resp.headers["Referrer-Policy"] = "no-referrer" # SAFE
    return resp
`,
  ),
  ...rules(
    "CWE-94",
    "batch22: rpc servers that hand out code execution",
    `
import Pyro4
import rpyc
from rpyc.core.service import SlaveService
from rpyc.utils.server import ThreadedServer


class MathService(rpyc.Service):
    def exposed_add(self, a, b):
        return a + b


def serve_classic():
    ThreadedServer(SlaveService, hostname="127.0.0.1", port=18812).start() # VULN


def serve_math():
    ThreadedServer(MathService, hostname="127.0.0.1", port=18861).start() # SAFE


def serve_all_attrs():
    ThreadedServer(MathService, hostname="127.0.0.1", port=18862, protocol_config={"allow_all_attrs": True}).start() # VULN


Pyro4.config.SERIALIZER = "pickle" # VULN CWE-502
Pyro4.config.SERIALIZERS_ACCEPTED = {"serpent", "pickle"} # VULN CWE-502
`,
  ),
  ...rules(
    "CWE-611",
    "batch22: zeep xml safety switches",
    `
from zeep import Client, Settings

safe = Client("https://partner.example.com/service?wsdl", settings=Settings(strict=False)) # SAFE
external = Client("https://partner.example.com/service?wsdl", settings=Settings(forbid_external=False)) # VULN
entities = Client("https://partner.example.com/service?wsdl", settings=Settings(forbid_entities=False)) # VULN CWE-776
`,
  ),
];
