// Dev suite "py-rules", batch 91 (format in py-rules.ts), written blind on the classes the suite had fewest cases
// for (counted per CWE and per library): SameSite and session/token lifetime settings across frameworks,
// clickjacking headers, debug switches of the smaller web frameworks, tracebacks sent to clients, services bound to
// every interface, container privileges (Docker SDK, Kubernetes client), task-queue serialisers (Celery, Kombu,
// multiprocessing), cleartext RPC/broker transports, unpinned model-hub and package downloads, nonce/IV reuse and
// hard-coded cipher keys, the thinner web frameworks (Twisted, CherryPy, wsgiref, Litestar, Pony ORM), directory
// listings and WebSocket origin checks. In the style of rule tests: several small variants of one misuse per file,
// look-alikes beside them. Own code, never taken from an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH91: DevCase[] = [
  // ---------------------------------------------------------------- SameSite
  ...rules(
    "CWE-1275",
    "batch91: Flask / Starlette session cookies with SameSite=None",
    `
import os

from fastapi import FastAPI
from flask import Flask, make_response, request
from starlette.middleware.sessions import SessionMiddleware

from .auth import check_login, new_session_id

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]
app.config["SESSION_COOKIE_SAMESITE"] = None # VULN
app.config["SESSION_COOKIE_SAMESITE"] = "Lax" # SAFE
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_SAMESITE="None") # VULN
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_SAMESITE="Strict") # SAFE
app.config["REMEMBER_COOKIE_SAMESITE"] = "None" # VULN


@app.route("/login", methods=["POST"])
def login():
    user = check_login(request.form["username"], request.form["password"])
    resp = make_response("welcome")
    resp.set_cookie("session_id", new_session_id(user), secure=True, httponly=True, samesite="None") # VULN
    return resp


@app.route("/login2", methods=["POST"])
def login2():
    user = check_login(request.form["username"], request.form["password"])
    resp = make_response("welcome")
    resp.set_cookie("session_id", new_session_id(user), secure=True, httponly=True, samesite="Lax") # SAFE
    return resp


api = FastAPI()
api.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_KEY"], same_site="none") # VULN
api.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_KEY"], same_site="strict", https_only=True) # SAFE
`,
  ),
  ...rules(
    "CWE-1275",
    "batch91: Django settings with SameSite None on session and CSRF cookies",
    `
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "shop",
]

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_SAMESITE = None # VULN
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_SAMESITE = "None" # VULN
LANGUAGE_COOKIE_SAMESITE = "Lax" # SAFE
`,
  ),
  ...rules(
    "CWE-1275",
    "batch91: Django settings with Lax/Strict SameSite (look-alikes)",
    `
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

INSTALLED_APPS = ["django.contrib.sessions", "shop"]

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_SAMESITE = "Strict" # SAFE
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_SAMESITE = "Lax" # SAFE
`,
  ),
  // ---------------------------------------------------------------- session / token lifetime
  ...rules(
    "CWE-613",
    "batch91: Flask session and flask-jwt-extended lifetimes that never end",
    `
import os
from datetime import timedelta

from flask import Flask, jsonify, request
from flask_jwt_extended import JWTManager, create_access_token, create_refresh_token

from .users import authenticate

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(days=3650) # VULN
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(minutes=30) # SAFE
app.permanent_session_lifetime = timedelta(days=365 * 5) # VULN
app.permanent_session_lifetime = timedelta(hours=8) # SAFE
app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET"]
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = False # VULN
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(minutes=15) # SAFE
app.config.update(JWT_REFRESH_TOKEN_EXPIRES=False) # VULN
jwt_manager = JWTManager(app)


@app.route("/token", methods=["POST"])
def token():
    user = authenticate(request.json["username"], request.json["password"])
    access = create_access_token(identity=user.id, expires_delta=False) # VULN
    access2 = create_access_token(identity=user.id, expires_delta=timedelta(minutes=10)) # SAFE
    refresh = create_refresh_token(identity=user.id, expires_delta=False) # VULN
    return jsonify(access=access, access2=access2, refresh=refresh)
`,
  ),
  ...rules(
    "CWE-613",
    "batch91: PyJWT tokens minted without an exp claim; Django session age of years",
    `
import datetime
import os

import jwt
from django.conf import settings
from django.http import JsonResponse

SESSION_COOKIE_AGE = 60 * 60 * 24 * 365 * 10 # VULN
SESSION_COOKIE_AGE = 60 * 30 # SAFE

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": datetime.timedelta(days=3650), # VULN
    "REFRESH_TOKEN_LIFETIME": datetime.timedelta(days=1), # SAFE
}


def issue(request):
    user = request.user
    token = jwt.encode({"sub": str(user.pk), "name": user.username}, settings.SECRET_KEY, algorithm="HS256") # VULN
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    claims = {"sub": str(user.pk), "iat": now, "exp": now + datetime.timedelta(minutes=15)}
    token2 = jwt.encode(claims, settings.SECRET_KEY, algorithm="HS256") # SAFE
    token3 = jwt.encode({"sub": str(user.pk), "exp": now + datetime.timedelta(days=36500)}, os.environ["K"], algorithm="HS256") # VULN
    return JsonResponse({"t": token, "t2": token2, "t3": token3})
`,
  ),
  // ---------------------------------------------------------------- clickjacking
  ...rules(
    "CWE-1021",
    "batch91: frame options weakened in Flask responses and flask-talisman",
    `
from flask import Flask, make_response, render_template
from flask_talisman import Talisman

app = Flask(__name__)
Talisman(app, frame_options="ALLOW-FROM", frame_options_allow_from="*") # VULN
Talisman(app, frame_options="DENY") # SAFE
Talisman(app, content_security_policy={"default-src": "'self'", "frame-ancestors": "*"}) # VULN
Talisman(app, content_security_policy={"default-src": "'self'", "frame-ancestors": "'self'"}) # SAFE


@app.route("/dashboard")
def dashboard():
    resp = make_response(render_template("dashboard.html"))
    resp.headers["X-Frame-Options"] = "ALLOWALL" # VULN
    return resp


@app.route("/dashboard2")
def dashboard2():
    resp = make_response(render_template("dashboard.html"))
    resp.headers["X-Frame-Options"] = "SAMEORIGIN" # SAFE
    return resp


@app.route("/account")
def account():
    resp = make_response(render_template("account.html"))
    resp.headers["Content-Security-Policy"] = "default-src 'self'; frame-ancestors *" # VULN
    return resp


@app.route("/account2")
def account2():
    resp = make_response(render_template("account.html"))
    resp.headers["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'" # SAFE
    return resp


@app.after_request
def headers(resp):
    resp.headers.pop("X-Frame-Options", None) # VULN
    return resp
`,
  ),
  ...rules(
    "CWE-1021",
    "batch91: Django views exempted from X-Frame-Options; settings allowing framing",
    `
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.clickjacking import xframe_options_exempt, xframe_options_sameorigin


@xframe_options_exempt # VULN
def transfer_form(request):
    return render(request, "bank/transfer.html", {"accounts": request.user.accounts.all()})


@xframe_options_sameorigin # SAFE
def transfer_form2(request):
    return render(request, "bank/transfer.html", {"accounts": request.user.accounts.all()})


def settings_page(request):
    resp = render(request, "bank/settings.html")
    resp["X-Frame-Options"] = "ALLOWALL" # VULN
    return resp


def settings_page2(request):
    resp = render(request, "bank/settings.html")
    resp["X-Frame-Options"] = "DENY" # SAFE
    return resp


def profile(request):
    resp = HttpResponse("<h1>profile</h1>")
    resp.xframe_options_exempt = True # VULN
    return resp
`,
  ),
  // ---------------------------------------------------------------- debug switches
  ...rules(
    "CWE-489",
    "batch91: debug modes of werkzeug, FastAPI, Starlette, Sanic, Bottle, Tornado, aiohttp, Pyramid",
    `
import os

import bottle
import tornado.web
from fastapi import FastAPI
from flask import Flask
from pyramid.config import Configurator
from sanic import Sanic
from starlette.applications import Starlette
from werkzeug.debug import DebuggedApplication
from werkzeug.serving import run_simple

from .handlers import MainHandler, routes

flask_app = Flask(__name__)
flask_app.debug = True # VULN
flask_app.config["DEBUG"] = True # VULN
flask_app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1" # SAFE
flask_app.config.from_mapping(DEBUG=True, SECRET_KEY=os.environ["K"]) # VULN
flask_app.config.from_mapping(TESTING=False, SECRET_KEY=os.environ["K"]) # SAFE

wsgi = DebuggedApplication(flask_app, evalex=True) # VULN
wsgi2 = DebuggedApplication(flask_app, evalex=True) if os.environ.get("DEV") else flask_app # SAFE

api = FastAPI(debug=True, title="orders") # VULN
api2 = FastAPI(debug=False, title="orders") # SAFE
star = Starlette(debug=True, routes=routes) # VULN
star2 = Starlette(routes=routes) # SAFE

tornado_app = tornado.web.Application([(r"/", MainHandler)], debug=True) # VULN
tornado_app2 = tornado.web.Application([(r"/", MainHandler)], xsrf_cookies=True) # SAFE
tornado_app3 = tornado.web.Application([(r"/", MainHandler)], serve_traceback=True) # VULN

sanic_app = Sanic("orders")

bottle.debug(True) # VULN
bottle.debug(False) # SAFE

with Configurator(settings={"pyramid.reload_templates": False}) as config:
    config.include("pyramid_debugtoolbar") # VULN
    config.include("pyramid_jinja2") # SAFE


def main():
    run_simple("0.0.0.0", 5000, flask_app, use_debugger=True, use_reloader=True) # VULN
    run_simple("127.0.0.1", 5000, flask_app, use_reloader=True) # SAFE
    sanic_app.run(host="127.0.0.1", port=8000, debug=True) # VULN
    sanic_app.run(host="127.0.0.1", port=8000, debug=False, access_log=False) # SAFE
    bottle.run(host="127.0.0.1", port=8080, debug=True) # VULN
    bottle.run(host="127.0.0.1", port=8080, quiet=True) # SAFE
`,
  ),
  ...rules(
    "CWE-489",
    "batch91: aiohttp debug toolbar and asyncio debug in a web service",
    `
import asyncio
import logging

import aiohttp_debugtoolbar
from aiohttp import web

from .views import routes


def build():
    app = web.Application(debug=True) # VULN
    app.add_routes(routes)
    aiohttp_debugtoolbar.setup(app, intercept_redirects=False) # VULN
    return app


def build2():
    app = web.Application(client_max_size=1024 ** 2) # SAFE
    app.add_routes(routes)
    logging.basicConfig(level=logging.INFO) # SAFE
    return app


if __name__ == "__main__":
    web.run_app(build2(), host="127.0.0.1", port=8080)
`,
  ),
  // ---------------------------------------------------------------- tracebacks to the client
  ...rules(
    "CWE-209",
    "batch91: tracebacks and exception text returned by Flask, FastAPI, Django and CherryPy handlers",
    `
import logging
import sys
import traceback

import cherrypy
from django.http import HttpResponseServerError, JsonResponse
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from flask import Flask, jsonify

from .orders import place_order

log = logging.getLogger(__name__)
app = Flask(__name__)
api = FastAPI()


@app.errorhandler(Exception)
def on_error(exc):
    return jsonify(error="internal", trace=traceback.format_exc()), 500 # VULN


@app.errorhandler(500)
def on_error2(exc):
    log.error("unhandled: %s", traceback.format_exc())
    return jsonify(error="internal"), 500 # SAFE


@api.exception_handler(Exception)
async def api_error(request: Request, exc: Exception):
    return PlainTextResponse("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), status_code=500) # VULN


@api.post("/orders")
async def create(payload: dict):
    try:
        return place_order(payload)
    except Exception:
        raise HTTPException(status_code=500, detail=traceback.format_exc()) # VULN


@api.post("/orders2")
async def create2(payload: dict):
    try:
        return place_order(payload)
    except Exception:
        log.exception("order failed")
        return JSONResponse({"detail": "order failed"}, status_code=500) # SAFE


def django_view(request):
    try:
        return JsonResponse(place_order(request.POST.dict()))
    except Exception:
        exc_type, exc_value, tb = sys.exc_info()
        return HttpResponseServerError("<pre>%s</pre>" % "".join(traceback.format_tb(tb))) # VULN


def django_view2(request):
    try:
        return JsonResponse(place_order(request.POST.dict()))
    except Exception:
        log.exception("order failed")
        return HttpResponseServerError("order failed") # SAFE


cherrypy.config.update({"request.show_tracebacks": True}) # VULN
cherrypy.config.update({"request.show_tracebacks": False, "environment": "production"}) # SAFE
`,
  ),
  // ---------------------------------------------------------------- binding to every interface
  ...rules(
    "CWE-1327",
    "batch91: sockets and servers bound to 0.0.0.0 / '' / '::'",
    `
import asyncio
import http.server
import os
import socket
import socketserver

import uvicorn
import waitress
from aiohttp import web
from flask import Flask

from .handlers import Handler, handle_client

app = Flask(__name__)
HOST = "0.0.0.0"
LOCAL = "127.0.0.1"


def plain_sockets():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("0.0.0.0", 9000)) # VULN
    t = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    t.bind(("", 9001)) # VULN
    u = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    u.bind(("127.0.0.1", 9002)) # SAFE
    v = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    v.bind(("::", 9003)) # VULN
    w = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    w.bind(("::1", 9004)) # SAFE
    x = socket.socket()
    x.bind((HOST, 9005)) # VULN
    y = socket.socket()
    y.bind((LOCAL, 9006)) # SAFE
    z = socket.socket()
    z.bind((os.environ.get("BIND_ADDR", "127.0.0.1"), 9007)) # SAFE
    return s, t, u, v, w, x, y, z


def servers():
    tcp = socketserver.TCPServer(("0.0.0.0", 8080), Handler) # VULN
    httpd = http.server.HTTPServer(("", 8000), http.server.SimpleHTTPRequestHandler) # VULN
    httpd2 = http.server.HTTPServer(("localhost", 8000), Handler) # SAFE
    threaded = socketserver.ThreadingTCPServer(("", 7000), Handler) # VULN
    return tcp, httpd, httpd2, threaded


async def async_servers():
    srv = await asyncio.start_server(handle_client, "0.0.0.0", 8888) # VULN
    srv2 = await asyncio.start_server(handle_client, "127.0.0.1", 8889) # SAFE
    return srv, srv2


def run_all():
    uvicorn.run("svc.main:app", host="0.0.0.0", port=8000) # VULN
    uvicorn.run("svc.main:app", host="127.0.0.1", port=8000) # SAFE
    app.run(host="0.0.0.0", port=5000) # VULN
    web.run_app(web.Application(), host="0.0.0.0", port=8081) # VULN
    waitress.serve(app, host="0.0.0.0", port=8082) # VULN
    waitress.serve(app, listen="127.0.0.1:8082") # SAFE
`,
  ),
  // ---------------------------------------------------------------- container privileges
  ...rules(
    "CWE-250",
    "batch91: Docker SDK containers started privileged, with host namespaces or the Docker socket",
    `
import docker

client = docker.from_env()
SOCK = {"/var/run/docker.sock": {"bind": "/var/run/docker.sock", "mode": "rw"}}


def run_build(image, script):
    return client.containers.run(image, script, privileged=True, detach=True) # VULN


def run_build2(image, script):
    return client.containers.run(image, script, detach=True, user="1000:1000", cap_drop=["ALL"]) # SAFE


def run_probe(image):
    return client.containers.run(image, "probe", cap_add=["SYS_ADMIN"], remove=True) # VULN


def run_probe2(image):
    return client.containers.run(image, "probe", cap_add=["NET_BIND_SERVICE"], cap_drop=["ALL"], remove=True) # SAFE


def run_tracer(image):
    return client.containers.run(image, "trace", pid_mode="host", detach=True) # VULN


def run_agent(image):
    return client.containers.run(image, "agent", volumes=SOCK, detach=True) # VULN


def run_agent2(image):
    return client.containers.run(image, "agent", volumes={"/srv/data": {"bind": "/data", "mode": "ro"}}, detach=True) # SAFE


def run_unconfined(image):
    return client.containers.run(image, "job", security_opt=["seccomp=unconfined"], detach=True) # VULN


def run_confined(image):
    return client.containers.run(image, "job", security_opt=["no-new-privileges"], read_only=True, detach=True) # SAFE


def create_worker(image):
    return client.containers.create(image, command="work", privileged=True) # VULN


def low_level(image):
    api = docker.APIClient(base_url="unix://var/run/docker.sock")
    hc = api.create_host_config(privileged=True, network_mode="bridge") # VULN
    hc2 = api.create_host_config(binds=["/srv/data:/data:ro"], network_mode="bridge") # SAFE
    return api.create_container(image, host_config=hc), api.create_container(image, host_config=hc2)
`,
  ),
  ...rules(
    "CWE-250",
    "batch91: Kubernetes client pod specs with privileged containers, root users and host namespaces",
    `
from kubernetes import client, config

config.load_kube_config()
core = client.CoreV1Api()


def debug_pod(name, image):
    ctx = client.V1SecurityContext(privileged=True) # VULN
    ctx2 = client.V1SecurityContext(allow_privilege_escalation=True) # VULN
    ctx3 = client.V1SecurityContext(run_as_user=0) # VULN
    ctx4 = client.V1SecurityContext(run_as_non_root=True, run_as_user=10001, allow_privilege_escalation=False) # SAFE
    ctx5 = client.V1SecurityContext(capabilities=client.V1Capabilities(add=["SYS_ADMIN"])) # VULN
    ctx6 = client.V1SecurityContext(capabilities=client.V1Capabilities(drop=["ALL"]), read_only_root_filesystem=True) # SAFE
    containers = [client.V1Container(name=name, image=image, security_context=c) for c in (ctx, ctx2, ctx3, ctx4, ctx5, ctx6)]
    spec = client.V1PodSpec(containers=containers, host_pid=True) # VULN
    spec2 = client.V1PodSpec(containers=containers, host_network=True) # VULN
    spec3 = client.V1PodSpec(containers=containers, host_network=False, host_pid=False) # SAFE
    for s in (spec, spec2, spec3):
        core.create_namespaced_pod("default", client.V1Pod(metadata=client.V1ObjectMeta(name=name), spec=s))
`,
  ),
  // ---------------------------------------------------------------- task queues and pickle
  ...rules(
    "CWE-502",
    "batch91: Celery / Kombu accepting pickle; multiprocessing listeners without an authkey",
    `
import os
from multiprocessing.connection import Client, Listener

from celery import Celery
from kombu import Connection, Consumer, Queue

app = Celery("tasks", broker=os.environ["BROKER_URL"])
app.conf.accept_content = ["pickle", "json"] # VULN
app.conf.accept_content = ["json"] # SAFE
app.conf.task_serializer = "pickle" # VULN
app.conf.task_serializer = "json" # SAFE
app.conf.result_serializer = "pickle" # VULN
app.conf.update(accept_content=["json", "msgpack"], result_serializer="json") # SAFE
app.conf.update(CELERY_ACCEPT_CONTENT=["pickle"], CELERY_TASK_SERIALIZER="pickle") # VULN
app.config_from_object({"accept_content": ["application/x-python-serialize"]}) # VULN


@app.task(serializer="pickle") # VULN
def resize(image_blob, size):
    return image_blob[:size]


@app.task(serializer="json") # SAFE
def resize2(image_id, size):
    return image_id, size


def consume(handler):
    with Connection(os.environ["BROKER_URL"]) as conn:
        queue = Queue("jobs")
        with Consumer(conn, queues=[queue], callbacks=[handler], accept=["pickle"]): # VULN
            conn.drain_events(timeout=5)
        with Consumer(conn, queues=[queue], callbacks=[handler], accept=["json"]): # SAFE
            conn.drain_events(timeout=5)


def serve_jobs():
    with Listener(("0.0.0.0", 6000)) as listener:
        with listener.accept() as conn:
            job = conn.recv() # VULN
            return job


def serve_jobs2():
    with Listener(("127.0.0.1", 6001), authkey=os.environ["JOB_AUTHKEY"].encode()) as listener:
        with listener.accept() as conn:
            job = conn.recv() # SAFE
            return job


def fetch_result(host):
    conn = Client((host, 6002))
    return conn.recv() # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch91: Celery settings module with pickle serialisers",
    `
import os

broker_url = os.environ["BROKER_URL"]
result_backend = os.environ["RESULT_BACKEND"]
CELERY_ACCEPT_CONTENT = ["json", "pickle"] # VULN
CELERY_TASK_SERIALIZER = "pickle" # VULN
CELERY_RESULT_SERIALIZER = "json" # SAFE
timezone = "UTC"
`,
  ),
  // ---------------------------------------------------------------- cleartext transports
  ...rules(
    "CWE-319",
    "batch91: gRPC insecure channels and ports; brokers, caches and RPC over plaintext",
    `
import os
import xmlrpc.client

import grpc
import paho.mqtt.client as mqtt
import pika
import redis
import websocket
from kafka import KafkaProducer

from .proto import payments_pb2_grpc


def payments_stub():
    channel = grpc.insecure_channel("payments.prod.example.com:50051") # VULN
    return payments_pb2_grpc.PaymentsStub(channel)


def payments_stub2():
    creds = grpc.ssl_channel_credentials(root_certificates=open("/etc/ssl/ca.pem", "rb").read())
    channel = grpc.secure_channel("payments.prod.example.com:50051", creds) # SAFE
    return payments_pb2_grpc.PaymentsStub(channel)


async def payments_stub_async(target):
    channel = grpc.aio.insecure_channel(target) # VULN
    return payments_pb2_grpc.PaymentsStub(channel)


def serve(server, key, cert):
    server.add_insecure_port("[::]:50051") # VULN
    server.add_secure_port("[::]:50052", grpc.ssl_server_credentials([(key, cert)])) # SAFE


def telemetry():
    c = mqtt.Client()
    c.username_pw_set("sensor", os.environ["MQTT_PASSWORD"])
    c.connect("broker.example.com", 1883) # VULN
    d = mqtt.Client()
    d.tls_set(ca_certs="/etc/ssl/ca.pem")
    d.username_pw_set("sensor", os.environ["MQTT_PASSWORD"])
    d.connect("broker.example.com", 8883) # SAFE
    return c, d


def queues():
    p = pika.URLParameters("amqp://orders:" + os.environ["AMQP_PASSWORD"] + "@mq.example.com:5672/%2F") # VULN
    q = pika.URLParameters("amqps://orders:" + os.environ["AMQP_PASSWORD"] + "@mq.example.com:5671/%2F") # SAFE
    return pika.BlockingConnection(p), pika.BlockingConnection(q)


def caches():
    r = redis.Redis.from_url("redis://:" + os.environ["REDIS_PASSWORD"] + "@cache.example.com:6379/0") # VULN
    s = redis.Redis.from_url("rediss://:" + os.environ["REDIS_PASSWORD"] + "@cache.example.com:6380/0") # SAFE
    return r, s


def producers():
    k = KafkaProducer(bootstrap_servers="kafka.example.com:9092", security_protocol="SASL_PLAINTEXT", sasl_mechanism="PLAIN", sasl_plain_username="app", sasl_plain_password=os.environ["KAFKA_PASSWORD"]) # VULN
    l = KafkaProducer(bootstrap_servers="kafka.example.com:9093", security_protocol="SASL_SSL", sasl_mechanism="PLAIN", sasl_plain_username="app", sasl_plain_password=os.environ["KAFKA_PASSWORD"]) # SAFE
    return k, l


def rpc():
    billing = xmlrpc.client.ServerProxy("http://billing.example.com/RPC2") # VULN
    billing2 = xmlrpc.client.ServerProxy("https://billing.example.com/RPC2") # SAFE
    feed = websocket.create_connection("ws://feed.example.com/prices") # VULN
    feed2 = websocket.create_connection("wss://feed.example.com/prices") # SAFE
    return billing, billing2, feed, feed2
`,
  ),
  // ---------------------------------------------------------------- unpinned downloads
  ...rules(
    "CWE-494",
    "batch91: model-hub downloads without a pinned revision; packages and plugins fetched over plain HTTP",
    `
import importlib.util
import subprocess
import sys
import urllib.request

from datasets import load_dataset
from huggingface_hub import hf_hub_download, snapshot_download
from transformers import AutoModelForSequenceClassification, AutoTokenizer, pipeline

PINNED = "9f1c2b7e4d3a5c6b8e0f1a2d3c4b5e6f7a8b9c0d"


def load_models():
    m1 = AutoModelForSequenceClassification.from_pretrained("acme-ai/review-sentiment") # VULN
    m2 = AutoModelForSequenceClassification.from_pretrained("acme-ai/review-sentiment", revision=PINNED) # SAFE
    t1 = AutoTokenizer.from_pretrained("acme-ai/review-sentiment", revision="main") # VULN
    t2 = AutoTokenizer.from_pretrained("/opt/models/review-sentiment") # SAFE
    p1 = pipeline("text-classification", model="acme-ai/review-sentiment") # VULN
    p2 = pipeline("text-classification", model="acme-ai/review-sentiment", revision=PINNED) # SAFE
    return m1, m2, t1, t2, p1, p2


def fetch_files():
    w1 = hf_hub_download(repo_id="acme-ai/weights", filename="model.safetensors") # VULN
    w2 = hf_hub_download(repo_id="acme-ai/weights", filename="model.safetensors", revision=PINNED) # SAFE
    d1 = snapshot_download("acme-ai/weights") # VULN
    ds1 = load_dataset("acme-ai/reviews") # VULN
    ds2 = load_dataset("acme-ai/reviews", revision=PINNED) # SAFE
    return w1, w2, d1, ds1, ds2


def install_plugin():
    subprocess.check_call([sys.executable, "-m", "pip", "install", "http://pkgs.example.com/acme-plugin-1.2.tar.gz"]) # VULN
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--require-hashes", "-r", "requirements.lock"]) # SAFE
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--trusted-host", "pkgs.example.com", "--index-url", "http://pkgs.example.com/simple", "acme-plugin"]) # VULN


def load_remote_module():
    urllib.request.urlretrieve("http://cdn.example.com/plugins/report.py", "/tmp/report.py") # VULN
    spec = importlib.util.spec_from_file_location("report", "/tmp/report.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
`,
  ),
  // ---------------------------------------------------------------- nonce / IV reuse and hard-coded keys
  ...rules(
    "CWE-323",
    "batch91: AEAD nonces that never change (cryptography, PyCryptodome)",
    `
import os

from Crypto.Cipher import AES, ChaCha20_Poly1305
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

NONCE = bytes(12)
FIXED = b"nonce-123456"


def seal(key, data):
    return AESGCM(key).encrypt(NONCE, data, None) # VULN


def seal2(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None) # SAFE


def seal3(key, data, aad):
    return ChaCha20Poly1305(key).encrypt(FIXED, data, aad) # VULN


def seal4(key, data, aad):
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, data, aad) # SAFE


def seal5(key, data):
    cipher = AES.new(key, AES.MODE_GCM, nonce=b"0123456789ab") # VULN
    ct, tag = cipher.encrypt_and_digest(data)
    return ct + tag


def seal6(key, data):
    cipher = AES.new(key, AES.MODE_GCM) # SAFE
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + ct + tag


def seal7(key, data):
    cipher = ChaCha20_Poly1305.new(key=key, nonce=NONCE) # VULN
    return cipher.encrypt_and_digest(data)


def seal8(key, data):
    cipher = AES.new(key, AES.MODE_CTR, nonce=b"ctr0") # VULN
    return cipher.encrypt(data)
`,
  ),
  ...rules(
    "CWE-329",
    "batch91: CBC initialisation vectors that are constants",
    `
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

IV = b"abcdefghijklmnop"


def enc1(key, padded):
    return AES.new(key, AES.MODE_CBC, iv=bytes(16)).encrypt(padded) # VULN


def enc2(key, padded):
    iv = get_random_bytes(16)
    return iv + AES.new(key, AES.MODE_CBC, iv=iv).encrypt(padded) # SAFE


def enc3(key, padded):
    return AES.new(key, AES.MODE_CBC, IV).encrypt(padded) # VULN


def enc4(key, padded):
    enc = Cipher(algorithms.AES(key), modes.CBC(b"1234567890abcdef")).encryptor() # VULN
    return enc.update(padded) + enc.finalize()


def enc5(key, padded):
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor() # SAFE
    return iv + enc.update(padded) + enc.finalize()


def enc6(key, padded):
    enc = Cipher(algorithms.AES(key), modes.CFB(IV)).encryptor() # VULN
    return enc.update(padded) + enc.finalize()
`,
  ),
  ...rules(
    "CWE-321",
    "batch91: cipher, MAC and signing keys written into the source",
    `
import hashlib
import hmac
import os

from Crypto.Cipher import AES
from cryptography.fernet import Fernet
from itsdangerous import URLSafeTimedSerializer

f1 = Fernet(b"q3Zr0cU1fG4nXy8aVbD2eW5tH7jK9mL0pQ1sR3uT6vw=") # VULN
f2 = Fernet(os.environ["FERNET_KEY"].encode()) # SAFE
f3 = Fernet(Fernet.generate_key()) # SAFE
AES_KEY = b"Sixteen byte key" # VULN
SIGNING_KEY = os.environ["SIGNING_KEY"].encode() # SAFE


def encrypt(data):
    cipher = AES.new(b"0123456789abcdef0123456789abcdef", AES.MODE_GCM) # VULN
    return cipher.encrypt_and_digest(data)


def sign(msg):
    return hmac.new(b"webhook-signing-secret-2024", msg, hashlib.sha256).hexdigest() # VULN


def sign2(msg):
    return hmac.new(SIGNING_KEY, msg, hashlib.sha256).hexdigest() # SAFE


def serializer():
    s1 = URLSafeTimedSerializer("k8Jd2mQ9vXr4-reset-tokens") # VULN
    s2 = URLSafeTimedSerializer(os.environ["RESET_SECRET"]) # SAFE
    return s1, s2
`,
  ),
  // ---------------------------------------------------------------- thinner web frameworks
  ...rules(
    "CWE-79",
    "batch91: Twisted, CherryPy, wsgiref and Litestar handlers echoing request data as HTML",
    `
import html
from urllib.parse import parse_qs

import cherrypy
from litestar import MediaType, get
from litestar.response import Response
from twisted.web import resource


class Greeting(resource.Resource):
    isLeaf = True

    def render_GET(self, request):
        name = request.args.get(b"name", [b""])[0]
        request.setHeader(b"content-type", b"text/html")
        return b"<h1>Hello " + name + b"</h1>" # VULN

    def render_POST(self, request):
        name = request.args.get(b"name", [b""])[0].decode()
        request.setHeader(b"content-type", b"text/html")
        return ("<h1>Hello " + html.escape(name) + "</h1>").encode() # SAFE

    def render_PUT(self, request):
        comment = request.content.read()
        request.write(b"<p>" + comment + b"</p>") # VULN
        request.finish()


class Root:
    @cherrypy.expose
    def hello(self, name=""):
        return "<p>Hello %s</p>" % name # VULN

    @cherrypy.expose
    def hello2(self, name=""):
        return "<p>Hello %s</p>" % html.escape(name) # SAFE

    @cherrypy.expose
    def search(self, q=""):
        return f"<div>No results for {q}</div>" # VULN


def wsgi_app(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    name = qs.get("name", [""])[0]
    start_response("200 OK", [("Content-Type", "text/html")])
    return [("<b>%s</b>" % name).encode()] # VULN


def wsgi_app2(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    name = qs.get("name", [""])[0]
    start_response("200 OK", [("Content-Type", "text/html")])
    return [("<b>%s</b>" % html.escape(name)).encode()] # SAFE


@get("/hello")
async def lite_hello(name: str) -> Response:
    return Response(content=f"<h1>{name}</h1>", media_type=MediaType.HTML) # VULN


@get("/hello2")
async def lite_hello2(name: str) -> Response:
    return Response(content=f"<h1>{html.escape(name)}</h1>", media_type=MediaType.HTML) # SAFE


@get("/hello3")
async def lite_hello3(name: str) -> Response:
    return Response(content={"name": name}, media_type=MediaType.JSON) # SAFE
`,
  ),
  ...rules(
    "CWE-601",
    "batch91: Twisted, CherryPy and Litestar redirects to a request parameter",
    `
from urllib.parse import urlparse

import cherrypy
from litestar import get
from litestar.response import Redirect
from twisted.web import resource


class Login(resource.Resource):
    isLeaf = True

    def render_GET(self, request):
        target = request.args.get(b"next", [b"/"])[0]
        request.redirect(target) # VULN
        request.finish()
        return b""

    def render_POST(self, request):
        target = request.args.get(b"next", [b"/"])[0]
        if urlparse(target).netloc or not target.startswith(b"/"):
            target = b"/"
        request.redirect(target) # VULN
        request.finish()
        return b""


class Root:
    @cherrypy.expose
    def go(self, url="/"):
        raise cherrypy.HTTPRedirect(url) # VULN

    @cherrypy.expose
    def home(self):
        raise cherrypy.HTTPRedirect("/dashboard") # SAFE


@get("/continue")
async def cont(next_url: str) -> Redirect:
    return Redirect(path=next_url) # VULN


@get("/continue2")
async def cont2(next_url: str) -> Redirect:
    return Redirect(path="/home") # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch91: Pony ORM raw SQL built from request data",
    `
from flask import Flask, jsonify, request
from pony.orm import Database, Optional, Required, db_session, raw_sql, select

db = Database()
app = Flask(__name__)


class Person(db.Entity):
    name = Required(str)
    city = Optional(str)


@app.route("/people")
@db_session
def people():
    name = request.args.get("name", "")
    rows = db.select(f"SELECT id, name FROM Person WHERE name = '{name}'") # VULN
    rows2 = db.select("SELECT id, name FROM Person WHERE name = $name") # SAFE
    q = select(p for p in Person if raw_sql("p.city = '" + request.args["city"] + "'")) # VULN
    q2 = select(p for p in Person if p.name == name) # SAFE
    one = Person.get_by_sql("SELECT * FROM Person WHERE id = " + request.args["id"]) # VULN
    many = Person.select_by_sql("SELECT * FROM Person WHERE name = $name") # SAFE
    db.execute("DELETE FROM Person WHERE city = '%s'" % request.args.get("purge", "")) # VULN
    return jsonify(len(rows) + len(rows2) + q.count() + q2.count() + len(many) + (1 if one else 0))
`,
  ),
  ...rules(
    "CWE-22",
    "batch91: CherryPy serve_file and Twisted static paths from a request parameter",
    `
import os

import cherrypy
from cherrypy.lib.static import serve_file
from twisted.web import resource, static

BASE = "/srv/reports"


class Reports:
    @cherrypy.expose
    def download(self, name):
        return serve_file(os.path.join(BASE, name), "application/octet-stream", "attachment") # VULN

    @cherrypy.expose
    def download2(self, name):
        return serve_file(os.path.join(BASE, os.path.basename(name)), "application/octet-stream") # SAFE


class Files(resource.Resource):
    isLeaf = True

    def render_GET(self, request):
        name = request.args[b"f"][0].decode()
        with open(os.path.join(BASE, name), "rb") as fh: # VULN
            return fh.read()

    def render_HEAD(self, request):
        name = request.args[b"f"][0].decode()
        full = os.path.realpath(os.path.join(BASE, name))
        if not full.startswith(BASE + os.sep):
            return b""
        with open(full, "rb") as fh: # SAFE
            return fh.read()
`,
  ),
  // ---------------------------------------------------------------- directory listing
  ...rules(
    "CWE-548",
    "batch91: directory indexes switched on in Django, aiohttp, Sanic and flask-autoindex",
    `
from aiohttp import web
from django.conf import settings
from django.urls import re_path
from django.views.static import serve
from flask import Flask
from flask_autoindex import AutoIndex
from sanic import Sanic

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT, "show_indexes": True}), # VULN
    re_path(r"^static/(?P<path>.*)$", serve, {"document_root": settings.STATIC_ROOT}), # SAFE
]

aio = web.Application()
aio.router.add_static("/files/", path="/srv/uploads", show_index=True) # VULN
aio.router.add_static("/static/", path="/srv/static") # SAFE

sanic_app = Sanic("files")
sanic_app.static("/files", "/srv/uploads", directory_view=True) # VULN
sanic_app.static("/static", "/srv/static", directory_view=False) # SAFE

flask_app = Flask(__name__)
AutoIndex(flask_app, browse_root="/srv/uploads") # VULN
`,
  ),
  // ---------------------------------------------------------------- WebSocket origins
  ...rules(
    "CWE-1385",
    "batch91: WebSocket servers that accept any Origin (Tornado, Socket.IO, Channels)",
    `
from urllib.parse import urlparse

import socketio
import tornado.websocket
from channels.auth import AuthMiddlewareStack
from channels.routing import ProtocolTypeRouter, URLRouter
from channels.security.websocket import AllowedHostsOriginValidator
from flask import Flask
from flask_socketio import SocketIO

from .routing import websocket_urlpatterns


class Prices(tornado.websocket.WebSocketHandler):
    def check_origin(self, origin):
        return True # VULN

    def on_message(self, message):
        self.write_message(message)


class Prices2(tornado.websocket.WebSocketHandler):
    def check_origin(self, origin):
        return urlparse(origin).netloc == "app.example.com" # SAFE

    def on_message(self, message):
        self.write_message(message)


app = Flask(__name__)
sio = SocketIO(app, cors_allowed_origins="*") # VULN
sio2 = SocketIO(app, cors_allowed_origins=["https://app.example.com"]) # SAFE
asgi_sio = socketio.AsyncServer(async_mode="asgi", cors_allowed_origins="*") # VULN
asgi_sio2 = socketio.AsyncServer(async_mode="asgi", cors_allowed_origins="https://app.example.com") # SAFE

application = ProtocolTypeRouter({"websocket": AuthMiddlewareStack(URLRouter(websocket_urlpatterns))}) # VULN
application2 = ProtocolTypeRouter({"websocket": AllowedHostsOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns)))}) # SAFE
`,
  ),
  // ---------------------------------------------------------------- response splitting in thinner frameworks
  ...rules(
    "CWE-113",
    "batch91: Twisted, CherryPy, wsgiref and Falcon headers set from request data",
    `
from urllib.parse import parse_qs, quote

import cherrypy
import falcon
from twisted.web import resource


class Lang(resource.Resource):
    isLeaf = True

    def render_GET(self, request):
        lang = request.args.get(b"lang", [b"en"])[0]
        request.setHeader(b"Content-Language", lang) # VULN
        return b"ok"

    def render_POST(self, request):
        lang = request.args.get(b"lang", [b"en"])[0]
        request.setHeader(b"Content-Language", lang if lang in (b"en", b"de", b"fr") else b"en") # SAFE
        return b"ok"


class Root:
    @cherrypy.expose
    def track(self, ref=""):
        cherrypy.response.headers["X-Ref"] = ref # VULN
        return "ok"

    @cherrypy.expose
    def track2(self, ref=""):
        cherrypy.response.headers["X-Ref"] = quote(ref) # SAFE
        return "ok"


def wsgi_app(environ, start_response):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    start_response("200 OK", [("Content-Type", "text/plain"), ("X-Campaign", qs.get("c", [""])[0])]) # VULN
    return [b"ok"]


class Download:
    def on_get(self, req, resp):
        name = req.get_param("name", default="report.csv")
        resp.set_header("Content-Disposition", "attachment; filename=" + name) # VULN
        resp.text = "a,b"

    def on_head(self, req, resp):
        name = req.get_param("name", default="report.csv")
        resp.set_header("Content-Disposition", "attachment; filename=" + quote(name)) # SAFE
`,
  ),
  // ---------------------------------------------------------------- cleartext credentials at rest
  ...rules(
    "CWE-312",
    "batch91: passwords kept in cookies, sessions and files in plain text",
    `
import json

from flask import Flask, make_response, request, session
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.route("/remember", methods=["POST"])
def remember():
    resp = make_response("ok")
    resp.set_cookie("password", request.form["password"], secure=True, httponly=True) # VULN
    resp.set_cookie("username", request.form["username"], secure=True, httponly=True) # SAFE
    return resp


@app.route("/login", methods=["POST"])
def login():
    session["password"] = request.form["password"] # VULN
    session["username"] = request.form["username"] # SAFE
    return "ok"


@app.route("/save", methods=["POST"])
def save():
    with open("/var/lib/app/credentials.json", "w") as fh:
        json.dump({"user": request.form["username"], "password": request.form["password"]}, fh) # VULN
    with open("/var/lib/app/users.json", "w") as fh:
        json.dump({"user": request.form["username"], "hash": generate_password_hash(request.form["password"])}, fh) # SAFE
    with open("/var/lib/app/pw.txt", "a") as fh:
        fh.write(request.form["username"] + ":" + request.form["password"] + "\\n") # VULN
    return "saved"
`,
  ),
  // ---------------------------------------------------------------- check-then-use races
  ...rules(
    "CWE-367",
    "batch91: files checked with os.access / os.path.exists and then opened or created",
    `
import os


def write_report(path, text):
    if os.access(path, os.W_OK): # VULN
        with open(path, "w") as fh:
            fh.write(text)


def write_report2(path, text):
    try:
        with open(path, "w") as fh: # SAFE
            fh.write(text)
    except PermissionError:
        return False
    return True


def take_lock(lockfile):
    if not os.path.exists(lockfile): # VULN
        with open(lockfile, "w") as fh:
            fh.write(str(os.getpid()))
        return True
    return False


def take_lock2(lockfile):
    try:
        fd = os.open(lockfile, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600) # SAFE
    except FileExistsError:
        return False
    os.write(fd, str(os.getpid()).encode())
    os.close(fd)
    return True


def take_lock3(lockfile):
    try:
        with open(lockfile, "x") as fh: # SAFE
            fh.write(str(os.getpid()))
    except FileExistsError:
        return False
    return True
`,
  ),
  // ---------------------------------------------------------------- locks not released
  ...rules(
    "CWE-667",
    "batch91: threading locks acquired without a release on every path",
    `
import threading

_lock = threading.Lock()
_balances = {}


def withdraw(account, amount):
    _lock.acquire() # VULN
    if _balances.get(account, 0) < amount:
        return False
    _balances[account] -= amount
    _lock.release()
    return True


def withdraw2(account, amount):
    with _lock: # SAFE
        if _balances.get(account, 0) < amount:
            return False
        _balances[account] -= amount
        return True


def deposit(account, amount):
    _lock.acquire() # VULN
    _balances[account] = _balances.get(account, 0) + int(amount)
    _lock.release()


def deposit2(account, amount):
    _lock.acquire() # SAFE
    try:
        _balances[account] = _balances.get(account, 0) + int(amount)
    finally:
        _lock.release()
`,
  ),
  // ---------------------------------------------------------------- more binding / debug spellings
  ...rules(
    "CWE-1327",
    "batch91: servers bound to every interface through config dictionaries and keyword forms",
    `
import cherrypy
import tornado.httpserver
import tornado.ioloop
from gevent.pywsgi import WSGIServer
from twisted.internet import reactor
from twisted.web import server

from .site import app, root

cherrypy.config.update({"server.socket_host": "0.0.0.0", "server.socket_port": 8080}) # VULN
cherrypy.config.update({"server.socket_host": "127.0.0.1", "server.socket_port": 8080}) # SAFE

gevent_server = WSGIServer(("0.0.0.0", 8000), app) # VULN
gevent_server2 = WSGIServer(("127.0.0.1", 8000), app) # SAFE

http_server = tornado.httpserver.HTTPServer(app)
http_server.listen(8888, address="0.0.0.0") # VULN
http_server.listen(8889, address="127.0.0.1") # SAFE

reactor.listenTCP(8080, server.Site(root), interface="0.0.0.0") # VULN
reactor.listenTCP(8081, server.Site(root), interface="127.0.0.1") # SAFE
`,
  ),
  // ---------------------------------------------------------------- transport-security settings
  ...rules(
    "CWE-319",
    "batch91: Django production settings that switch HTTPS redirects and HSTS off; Talisman without HTTPS",
    `
import os

from flask import Flask
from flask_talisman import Talisman

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["pay.example.com"]
INSTALLED_APPS = ["django.contrib.sessions", "payments"]

SECURE_SSL_REDIRECT = False # VULN
SECURE_HSTS_SECONDS = 0 # VULN
SECURE_HSTS_INCLUDE_SUBDOMAINS = True # SAFE
SECURE_CONTENT_TYPE_NOSNIFF = True # SAFE

app = Flask(__name__)
Talisman(app, force_https=False) # VULN
Talisman(app, force_https=True, strict_transport_security=True) # SAFE
Talisman(app, strict_transport_security=False) # VULN
`,
  ),
  ...rules(
    "CWE-614",
    "batch91: aiohttp-session, Sanic, Quart and Falcon cookies without the Secure flag",
    `
import os

import falcon
from aiohttp import web
from aiohttp_session import setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from quart import Quart, make_response
from sanic import Sanic, response

KEY = os.environ["SESSION_KEY"].encode()


def build():
    app = web.Application()
    setup(app, EncryptedCookieStorage(KEY, cookie_name="SID", secure=False, httponly=True)) # VULN
    return app


def build2():
    app = web.Application()
    setup(app, EncryptedCookieStorage(KEY, cookie_name="SID", secure=True, httponly=True, samesite="Lax")) # SAFE
    return app


sanic_app = Sanic("shop")


@sanic_app.post("/login")
async def sanic_login(request):
    resp = response.json({"ok": True})
    resp.add_cookie("session", request.ctx.session_id, secure=False, httponly=True) # VULN
    resp.add_cookie("session2", request.ctx.session_id, secure=True, httponly=True, samesite="Lax") # SAFE
    return resp


quart_app = Quart(__name__)
quart_app.config["SESSION_COOKIE_SECURE"] = False # VULN


@quart_app.post("/login")
async def quart_login():
    resp = await make_response("ok")
    resp.set_cookie("token", os.urandom(16).hex(), httponly=True) # VULN
    resp.set_cookie("token2", os.urandom(16).hex(), httponly=True, secure=True) # SAFE
    return resp


class Login:
    def on_post(self, req, resp):
        resp.set_cookie("session", os.urandom(16).hex(), secure=False, http_only=True) # VULN
        resp.set_cookie("session2", os.urandom(16).hex(), secure=True, http_only=True) # SAFE
`,
  ),
  ...rules(
    "CWE-1004",
    "batch91: session cookies readable by script in Sanic, Quart, Falcon and Django settings",
    `
import os

from quart import Quart, make_response
from sanic import Sanic, response

SESSION_COOKIE_HTTPONLY = False # VULN
CSRF_COOKIE_HTTPONLY = True # SAFE
sanic_app = Sanic("shop")
quart_app = Quart(__name__)
quart_app.config["SESSION_COOKIE_HTTPONLY"] = False # VULN


@sanic_app.post("/login")
async def sanic_login(request):
    resp = response.json({"ok": True})
    resp.add_cookie("session", request.ctx.session_id, secure=True, httponly=False) # VULN
    resp.add_cookie("session2", request.ctx.session_id, secure=True, httponly=True) # SAFE
    return resp


@quart_app.post("/login")
async def quart_login():
    resp = await make_response("ok")
    resp.set_cookie("auth", os.urandom(16).hex(), secure=True, httponly=False) # VULN
    return resp


class Login:
    def on_post(self, req, resp):
        resp.set_cookie("session", os.urandom(16).hex(), secure=True, http_only=False) # VULN
        resp.set_cookie("session2", os.urandom(16).hex(), secure=True) # SAFE
`,
  ),
];
