// Dev suite "py-rules", batch 50 (format in py-rules.ts): written blind after a probe of another analyzer's
// public rule fixtures showed which idioms went unseen; the programs are written here, never copied from that
// probe or from a held-out corpus. Cross-origin policy and debug switches as web apps really write them:
// flask-cors with its permissive defaults (no origins at all, the bare decorator, resources maps, match-anything
// regexes, credentials on top), headers handed to Response / werkzeug Headers / headers.set(), an Origin header
// echoed back with credentials, FastAPI / Starlette / Falcon / aiohttp-cors / Sanic / Tornado CORS settings,
// django-cors-headers settings, and debug modes of Flask, FastAPI, Starlette, Tornado, Bottle, werkzeug's
// debugger and Django's settings.configure().
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH50: DevCase[] = [
  ...rules(
    "CWE-942",
    "batch50: flask-cors defaults, resources maps and regex origins",
    `
from flask import Flask, jsonify
from flask_cors import CORS, cross_origin

public = Flask("public")
CORS(public) # VULN

partner = Flask("partner")
CORS(partner, origins=["https://partner.example.com", "https://admin.example.com"]) # SAFE

api = Flask("api")
CORS(api, resources={r"/v1/*": {"origins": "*"}}) # VULN

api2 = Flask("api2")
CORS(api2, resources={r"/v1/*": {"origins": ["https://app.example.com"]}}) # SAFE

api3 = Flask("api3")
CORS(api3, origins=r".*", supports_credentials=True) # VULN

api4 = Flask("api4")
CORS(api4, supports_credentials=True) # VULN

api5 = Flask("api5")
CORS(api5, resources={r"/public/*": {"origins": r".+"}}) # VULN

api6 = Flask("api6")
CORS(api6, resources=r"/api/*") # VULN

api7 = Flask("api7")
CORS(api7, resources=r"/api/*", origins="https://dash.example.com") # SAFE


@api.get("/status")
@cross_origin() # VULN
def status():
    return jsonify(ok=True)


@api.get("/me")
@cross_origin(origins=["https://app.example.com"], supports_credentials=True) # SAFE
def me():
    return jsonify(user="x")


@api.get("/feed")
@cross_origin # VULN
def feed():
    return jsonify(items=[])


@api.get("/any")
@cross_origin(origins=".*") # VULN
def any_origin():
    return jsonify(items=[])
`,
  ),
  ...rules(
    "CWE-942",
    "batch50: Access-Control-Allow-Origin headers built by hand in flask and werkzeug",
    `
from flask import Flask, Response, make_response, request
from werkzeug.datastructures import Headers

app = Flask(__name__)
TRUSTED = {"https://app.example.com", "https://admin.example.com"}


@app.get("/a")
def a():
    return Response("{}", 200, {"Access-Control-Allow-Origin": "*", "Content-Type": "application/json"}) # VULN


@app.get("/b")
def b():
    return Response("{}", 200, {"Access-Control-Allow-Origin": "https://app.example.com"}) # SAFE


@app.get("/c")
def c():
    return make_response(("{}", 200, {"Access-Control-Allow-Origin": "*"})) # VULN


@app.get("/d")
def d():
    h = Headers({"Access-Control-Allow-Origin": "*"}) # VULN
    return Response("{}", headers=h)


@app.get("/e")
def e():
    resp = make_response("{}")
    resp.headers.set("Access-Control-Allow-Origin", "*") # VULN
    resp.headers.set("Access-Control-Allow-Methods", "*") # SAFE
    return resp


@app.get("/f")
def f():
    resp = make_response("{}")
    resp.headers.setdefault("Access-Control-Allow-Origin", "*") # VULN
    return resp


@app.get("/g")
def g():
    resp = make_response("{}")
    origin = request.headers.get("Origin", "")
    resp.headers["Access-Control-Allow-Origin"] = origin # VULN
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.get("/h")
def h():
    resp = make_response("{}")
    origin = request.headers.get("Origin", "")
    if origin in TRUSTED:
        resp.headers["Access-Control-Allow-Origin"] = origin # SAFE
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.after_request
def add_cors(resp):
    resp.headers.add("Access-Control-Allow-Origin", "*") # VULN
    return resp
`,
  ),
  ...rules(
    "CWE-942",
    "batch50: CORS middleware settings in fastapi, starlette, falcon, aiohttp-cors, sanic and tornado",
    `
import aiohttp_cors
import falcon
import tornado.web
from aiohttp import web
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from sanic import Sanic
from sanic_cors import CORS as SanicCORS
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware as StarletteCORS

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"]) # VULN

app2 = FastAPI()
app2.add_middleware(CORSMiddleware, allow_origins=["https://shop.example.com"], allow_credentials=True) # SAFE

app3 = FastAPI()
app3.add_middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True) # VULN

app4 = FastAPI()
app4.add_middleware(CORSMiddleware, allow_origin_regex=r"^https://[a-z]+\\.example\\.com$") # SAFE

star = Starlette(middleware=[Middleware(StarletteCORS, allow_origins=["*"])]) # VULN
star2 = Starlette(middleware=[Middleware(StarletteCORS, allow_origins=["https://a.example.com"])]) # SAFE

fal = falcon.App(cors_enable=True) # VULN
fal2 = falcon.App(middleware=falcon.CORSMiddleware(allow_origins="*")) # VULN
fal3 = falcon.App(middleware=falcon.CORSMiddleware(allow_origins=["https://a.example.com"])) # SAFE

aio = web.Application()
cors = aiohttp_cors.setup(aio, defaults={"*": aiohttp_cors.ResourceOptions(allow_credentials=True, allow_headers="*")}) # VULN
cors2 = aiohttp_cors.setup(aio, defaults={"https://a.example.com": aiohttp_cors.ResourceOptions(allow_headers="*")}) # SAFE

sanic_app = Sanic("svc")
SanicCORS(sanic_app) # VULN


class Handler(tornado.web.RequestHandler):
    def set_default_headers(self):
        self.set_header("Access-Control-Allow-Origin", "*") # VULN
        self.set_header("Access-Control-Allow-Headers", "*") # SAFE

    def get(self):
        self.write({"ok": True})
`,
  ),
  ...rules(
    "CWE-942",
    "batch50: django-cors-headers settings configured in code",
    `
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["corsheaders"],
    CORS_ALLOW_ALL_ORIGINS=True, # VULN
)


def tighten():
    settings.CORS_ALLOWED_ORIGINS = ["https://app.example.com"] # SAFE
    settings.CORS_ALLOW_ALL_ORIGINS = False # SAFE


def loosen():
    settings.CORS_ORIGIN_ALLOW_ALL = True # VULN
    settings.CORS_ALLOWED_ORIGIN_REGEXES = [r".*"] # VULN


def regexes():
    settings.CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\\w+\\.example\\.com$"] # SAFE
`,
  ),
  ...rules(
    "CWE-489",
    "batch50: debug switches across frameworks",
    `
import os

import bottle
import tornado.web
from django.conf import settings
from fastapi import FastAPI
from flask import Flask
from starlette.applications import Starlette
from werkzeug.debug import DebuggedApplication
from werkzeug.serving import run_simple

settings.configure(DEBUG_PROPAGATE_EXCEPTIONS=True) # VULN
settings.configure(DEBUG=False, DEBUG_PROPAGATE_EXCEPTIONS=False) # SAFE

api = FastAPI(debug=True) # VULN
api2 = FastAPI(debug=False) # SAFE
star = Starlette(debug=True) # VULN

web = tornado.web.Application([], debug=True) # VULN
web2 = tornado.web.Application([], debug=False, autoreload=False) # SAFE

app = Flask(__name__)
app.debug = True # VULN
app.config["DEBUG"] = True # VULN
app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1" # SAFE

wrapped = DebuggedApplication(app, evalex=True) # VULN CWE-94
wrapped2 = DebuggedApplication(app, evalex=False) # SAFE


def serve():
    run_simple("0.0.0.0", 8000, app, use_debugger=True, use_reloader=True) # VULN CWE-94


def serve_safe():
    run_simple("127.0.0.1", 8000, app, use_debugger=False) # SAFE


bottle.debug(True) # VULN


def bottle_main():
    bottle.run(host="0.0.0.0", port=8080, debug=True) # VULN


def bottle_safe():
    bottle.run(host="127.0.0.1", port=8080, debug=False) # SAFE
`,
  ),
];
