// Dev suite "py-rules", batch 18 (format in py-rules.ts): written blind after batch 17's fixes, measured before any
// further fix. Signing keys and session settings across frameworks (Starlette, itsdangerous, Fernet, Flask-JWT-
// Extended, Flask-Login, Pyramid, Tornado, aiohttp, Bottle), Django session serialisers and CORS settings, Django
// expressions built from the request, servers bound to every interface, and XML-RPC dotted names. Cases written
// here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH18: DevCase[] = [
  ...rules(
    "CWE-798",
    "batch18: signing keys in framework objects",
    `
import os

from cryptography.fernet import Fernet
from itsdangerous import URLSafeTimedSerializer
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware

middleware = [Middleware(SessionMiddleware, secret_key="9f1c2e7d4b8a6f30")] # VULN
middleware2 = [Middleware(SessionMiddleware, secret_key=os.environ["SESSION_KEY"], https_only=True)] # SAFE
app = Starlette(middleware=middleware)

signer = URLSafeTimedSerializer("reset-links-2024-secret") # VULN
signer2 = URLSafeTimedSerializer(os.environ["RESET_SECRET"]) # SAFE
box = Fernet(b"q3rM9uYp8H1xWcZ0v7nB5dL2kF4jS6tA0eR9yU1iO3w=") # VULN
box2 = Fernet(os.environ["FERNET_KEY"].encode()) # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch18: keys and cookie switches in framework settings",
    `
import os
from datetime import timedelta

from flask import Flask
from flask_jwt_extended import JWTManager

app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = "jwt-signing-key-7731" # VULN
app.config["JWT_COOKIE_SECURE"] = False # VULN CWE-614
app.config["JWT_COOKIE_CSRF_PROTECT"] = False # VULN CWE-352
app.config["JWT_COOKIE_CSRF_PROTECT"] = True # SAFE CWE-352
app.config["REMEMBER_COOKIE_SECURE"] = False # VULN CWE-614
app.config["REMEMBER_COOKIE_HTTPONLY"] = False # VULN CWE-1004
app.config["REMEMBER_COOKIE_DURATION"] = timedelta(days=14) # SAFE CWE-614
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(minutes=15) # SAFE
jwt = JWTManager(app)
`,
  ),
  ...rules(
    "CWE-798",
    "batch18: pyramid, tornado, aiohttp and bottle secrets",
    `
import os

import bottle
import tornado.web
from aiohttp import web
from aiohttp_session import setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory


def make_pyramid():
    factory = SignedCookieSessionFactory("itsaseekreet") # VULN
    factory2 = SignedCookieSessionFactory(os.environ["SESSION_SECRET"], secure=True, httponly=True) # SAFE
    config = Configurator(session_factory=factory)
    return config, factory2


tornado_app = tornado.web.Application([], cookie_secret="61oETzKXQAGaYdkL5gEmGeJJFuYh7EQnp2XdTP1o") # VULN
tornado_app2 = tornado.web.Application([], cookie_secret=os.environ["COOKIE_SECRET"]) # SAFE
tornado_dev = tornado.web.Application([], debug=True) # VULN CWE-489


def make_aiohttp():
    app = web.Application()
    setup(app, EncryptedCookieStorage(b"Thirty  two  length  bytes  key.")) # VULN
    return app


@bottle.route("/visit")
def visit():
    bottle.response.set_cookie("visits", "1", secret="bottle-cookie-key") # VULN
    bottle.response.set_cookie("visits", "1", secret=os.environ["COOKIE_KEY"]) # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-502",
    "batch18: django session serializer and cors",
    `
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
SESSION_SERIALIZER = "django.contrib.sessions.serializers.PickleSerializer" # VULN
SESSION_COOKIE_SAMESITE = None # VULN CWE-1275
CORS_ALLOW_ALL_ORIGINS = True # VULN CWE-942
CORS_ALLOW_CREDENTIALS = True
CORS_ALLOWED_ORIGINS = ["https://app.example.com"] # SAFE CWE-942
`,
  ),
  ...rules(
    "CWE-89",
    "batch18: django expressions from the request",
    `
from django.db.models import F, Func, Value
from django.http import JsonResponse

from .models import Product


def search(request):
    fn = request.GET.get("fn", "LOWER")
    rows = Product.objects.annotate(v=Func(F("name"), function=fn)) # VULN
    rows2 = Product.objects.annotate(v=Func(F("name"), function="LOWER")) # SAFE
    tpl = "%(function)s(%(expressions)s, '" + request.GET["suffix"] + "')"
    rows3 = Product.objects.annotate(v=Func(F("name"), function="CONCAT", template=tpl)) # VULN
    rows4 = Product.objects.annotate(v=Func(F("name"), Value(request.GET["suffix"]), function="CONCAT")) # SAFE
    field = request.GET.get("field", "name")
    rows5 = Product.objects.filter(**{field + "__icontains": request.GET["q"]}) # VULN CWE-943
    rows6 = Product.objects.filter(name__icontains=request.GET["q"]) # SAFE CWE-943
    return JsonResponse({"n": rows.count() + rows2.count() + rows3.count() + rows4.count() + rows5.count() + rows6.count()})
`,
  ),
  ...rules(
    "CWE-942",
    "batch18: fastapi middleware",
    `
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"]) # VULN
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True) # SAFE
app.add_middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True) # VULN
app.add_middleware(TrustedHostMiddleware, allowed_hosts=["api.example.com"]) # SAFE
`,
  ),
  ...rules(
    "CWE-200",
    "batch18: servers on every interface",
    `
import uvicorn
from werkzeug.serving import run_simple

from .app import application

if __name__ == "__main__":
    uvicorn.run(application, host="0.0.0.0", port=8000) # VULN
    uvicorn.run(application, host="127.0.0.1", port=8000) # SAFE
    run_simple("0.0.0.0", 5000, application, use_debugger=True, use_evalex=True) # VULN CWE-489
    run_simple("127.0.0.1", 5000, application) # SAFE CWE-489
`,
  ),
  ...rules(
    "CWE-94",
    "batch18: xml-rpc dotted names",
    `
from xmlrpc.server import SimpleXMLRPCServer


class Api:
    def __init__(self, store):
        self.store = store

    def get(self, key):
        return self.store.get(key)


server = SimpleXMLRPCServer(("127.0.0.1", 8000))
server.register_instance(Api({}), allow_dotted_names=True) # VULN
server.register_instance(Api({})) # SAFE
server.serve_forever()
`,
  ),
];
