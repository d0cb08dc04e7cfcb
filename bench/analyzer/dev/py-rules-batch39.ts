// Dev suite "py-rules", batch 39 (format in py-rules.ts): the second half of the idioms a probe against Bearer's
// public Python rule tests found missing, in real-code shapes of our own - http.server handlers writing
// caller-chosen header names and reflected CORS origins, Django responses built with a headers= mapping, an
// empty bind address, TLS maximum versions, random.Random instances minting tokens, checksums and hashlib.new
// names used for passwords, PyJWT's algorithm=None, plain ws:// and FTP clients (websockets' sync client,
// python-socketio, aioftp), SMTP logins without STARTTLS, shells started through os.spawn*, ruamel.yaml loaders
// and Lambda event data in DynamoDB/SimpleDB expressions. Cases written here, never taken from a held-out corpus
// or copied from the probed suite.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH39: DevCase[] = [
  ...rules(
    "CWE-113",
    "batch39: http.server handler writing header names and values from the query",
    `
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


def add_trace(handler: BaseHTTPRequestHandler, trace: str) -> None:
    handler.send_header("X-Trace-Id", trace) # VULN


class EchoHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlparse(self.path).query)
        name = params.get("h", ["X-Echo"])[0]
        value = params.get("v", [""])[0]
        self.send_response(200)
        self.send_header(name, "1") # VULN
        self.send_header("X-Echo", value.replace("\\r", "").replace("\\n", "")) # SAFE
        self.send_header("Content-Type", "text/plain") # SAFE
        add_trace(self, params.get("trace", ["-"])[0])
        self.end_headers()
        self.wfile.write(b"ok")


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), EchoHandler).serve_forever()
`,
  ),
  ...rules(
    "CWE-346",
    "batch39: reflected CORS origin in http.server and Django responses",
    `
from http.server import BaseHTTPRequestHandler

from django.http import JsonResponse

TRUSTED = {"https://app.example.org", "https://admin.example.org"}


class ApiHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        origin = self.headers.get("Origin", "")
        self.send_response(200)
        self.send_header("Access-Control-Allow-Origin", origin) # VULN
        self.send_header("Access-Control-Allow-Credentials", "true")
        self.end_headers()

    def do_OPTIONS(self):
        origin = self.headers.get("Origin", "")
        self.send_response(204)
        if origin in TRUSTED:
            self.send_header("Access-Control-Allow-Origin", origin) # SAFE
        self.end_headers()


def profile(request):
    origin = request.headers.get("Origin", "")
    return JsonResponse( # VULN
        {"user": request.user.username},
        headers={"Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true"},
    )


def profile_checked(request):
    origin = request.headers.get("Origin", "")
    allow = origin if origin in TRUSTED else "https://app.example.org"
    return JsonResponse( # SAFE
        {"user": request.user.username},
        headers={"Access-Control-Allow-Origin": allow, "Vary": "Origin"},
    )
`,
  ),
  ...rules(
    "CWE-605",
    "batch39: sockets bound to every interface with an empty host",
    `
import socket
import socketserver


def serve_metrics(port: int) -> socket.socket:
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("", port)) # VULN
    srv.listen(16)
    return srv


def serve_local(port: int) -> socket.socket:
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("127.0.0.1", port)) # SAFE
    srv.listen(16)
    return srv


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(self.request.recv(1024))


def run_echo() -> None:
    with socketserver.TCPServer(("", 9009), Echo) as server: # VULN
        server.serve_forever()
`,
  ),
  ...rules(
    "CWE-327",
    "batch39: TLS contexts capped at an obsolete maximum version",
    `
import ssl


def legacy_client() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.maximum_version = ssl.TLSVersion.TLSv1 # VULN
    return ctx


def pinned_client() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3 # SAFE
    return ctx


def old_server(cert: str, key: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1 # VULN
    return ctx
`,
  ),
  ...rules(
    "CWE-338",
    "batch39: tokens minted from a random.Random instance",
    `
import random
import secrets
import string

ALPHABET = string.ascii_letters + string.digits
_rng = random.Random()
_sys = random.SystemRandom()


def reset_token(length: int = 32) -> str:
    return "".join(_rng.choice(ALPHABET) for _ in range(length)) # VULN


def api_key() -> str:
    return "%032x" % _rng.getrandbits(128) # VULN


def reset_token_strong(length: int = 32) -> str:
    return "".join(_sys.choice(ALPHABET) for _ in range(length)) # SAFE


def api_key_strong() -> str:
    return secrets.token_hex(16) # SAFE


def shuffle_playlist(tracks: list) -> list:
    rng = random.Random(42)
    rng.shuffle(tracks) # SAFE
    return tracks
`,
  ),
  ...rules(
    "CWE-916",
    "batch39: checksums and hashlib.new names used to store passwords",
    `
import hashlib
import zlib


class Account:
    def __init__(self, name: str):
        self.name = name
        self.pw_digest = ""

    def set_password(self, password: str) -> None:
        self.pw_digest = "%08x" % zlib.crc32(password.encode()) # VULN

    def set_password_adler(self, password: str) -> None:
        self.pw_digest = str(zlib.adler32(password.encode("utf-8"))) # VULN

    def set_password_sha1(self, password: str) -> None:
        self.pw_digest = hashlib.new("sha1", password.encode()).hexdigest() # VULN

    def set_password_scrypt(self, password: str, salt: bytes) -> None:
        self.pw_digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex() # SAFE


def chunk_checksum(chunk: bytes) -> int:
    return zlib.crc32(chunk) & 0xFFFFFFFF # SAFE
`,
  ),
  ...rules(
    "CWE-347",
    "batch39: PyJWT tokens issued with algorithm=None",
    `
import datetime

import jwt


def issue_guest(claims: dict) -> str:
    claims = {**claims, "exp": datetime.datetime.utcnow() + datetime.timedelta(minutes=5)}
    return jwt.encode(claims, None, algorithm=None) # VULN


def issue_member(claims: dict, key: str) -> str:
    return jwt.encode(claims, key, algorithm="HS512") # SAFE
`,
  ),
  ...rules(
    "CWE-319",
    "batch39: websocket and socket.io clients on plain ws://",
    `
import socketio
from websockets.sync.client import connect as ws_connect


def stream_prices(on_tick) -> None:
    with ws_connect("ws://quotes.example.net/stream") as ws: # VULN
        for message in ws:
            on_tick(message)


def stream_prices_tls(on_tick) -> None:
    with ws_connect("wss://quotes.example.net/stream") as ws: # SAFE
        for message in ws:
            on_tick(message)


def join_chat(token: str) -> socketio.Client:
    sio = socketio.Client()
    sio.connect("ws://chat.example.net", auth={"token": token}) # VULN
    return sio


def join_chat_tls(token: str) -> socketio.Client:
    sio = socketio.Client()
    sio.connect("wss://chat.example.net", auth={"token": token}) # SAFE
    return sio


def local_dev_chat() -> socketio.Client:
    sio = socketio.Client()
    sio.connect("ws://localhost:5000") # SAFE
    return sio
`,
  ),
  ...rules(
    "CWE-319",
    "batch39: aioftp clients without TLS",
    `
import ssl

import aioftp


async def pull_report(host: str, user: str, password: str) -> bytes:
    async with aioftp.Client.context(host, user=user, password=password) as client: # VULN
        async with client.download_stream("reports/daily.csv") as stream:
            return await stream.read()


async def pull_report_tls(host: str, user: str, password: str) -> bytes:
    tls = ssl.create_default_context()
    async with aioftp.Client.context(host, user=user, password=password, ssl=tls) as client: # SAFE
        async with client.download_stream("reports/daily.csv") as stream:
            return await stream.read()


async def push_file(host: str, path: str, user: str, password: str) -> None:
    client = aioftp.Client() # VULN
    await client.connect(host)
    await client.login(user, password)
    await client.upload(path)
`,
  ),
  ...rules(
    "CWE-319",
    "batch39: SMTP logins without STARTTLS",
    `
import smtplib
import ssl
from email.message import EmailMessage


def send_plain(msg: EmailMessage, user: str, password: str) -> None:
    server = smtplib.SMTP("mail.example.org", 587)
    server.login(user, password) # VULN
    server.send_message(msg)
    server.quit()


def send_starttls(msg: EmailMessage, user: str, password: str) -> None:
    with smtplib.SMTP("mail.example.org", 587) as server:
        server.starttls(context=ssl.create_default_context())
        server.login(user, password) # SAFE
        server.send_message(msg)


def send_ssl(msg: EmailMessage, user: str, password: str) -> None:
    with smtplib.SMTP_SSL("mail.example.org", 465, context=ssl.create_default_context()) as server:
        server.login(user, password) # SAFE
        server.send_message(msg)
`,
  ),
  ...rules(
    "CWE-78",
    "batch39: shells started through os.spawn* with request data",
    `
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/rotate")
def rotate():
    target = request.form["log"]
    os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "gzip " + target]) # VULN
    os.spawnlp(os.P_NOWAIT, "bash", "bash", "-c", f"logrotate {target}") # VULN
    os.spawnv(os.P_WAIT, "/usr/sbin/logrotate", ["logrotate", "/etc/logrotate.conf"]) # SAFE
    return "rotated"


@app.post("/rotate-env")
def rotate_env():
    target = request.form["log"]
    env = dict(os.environ, TARGET=target)
    os.spawnve(os.P_WAIT, "/bin/sh", ["sh", "-c", 'gzip -- "$TARGET"'], env) # SAFE
    return "rotated"
`,
  ),
  ...rules(
    "CWE-502",
    "batch39: ruamel.yaml loaders by type and pickle.Unpickler on uploads",
    `
import pickle

from flask import Flask, request
from ruamel.yaml import YAML

app = Flask(__name__)


@app.post("/config/safe")
def load_safe():
    yaml = YAML(typ="safe")
    return yaml.load(request.get_data()) # SAFE


@app.post("/config/roundtrip")
def load_roundtrip():
    yaml = YAML()
    return yaml.load(request.get_data()) # SAFE


@app.post("/config/unsafe")
def load_unsafe():
    yaml = YAML(typ="unsafe", pure=True)
    return yaml.load(request.get_data()) # VULN


@app.post("/state")
def load_state():
    upload = request.files["state"]
    state = pickle.Unpickler(upload.stream).load() # VULN
    return {"keys": sorted(state)}
`,
  ),
  ...rules(
    "CWE-943",
    "batch39: Lambda event data in DynamoDB and SimpleDB expressions",
    `
import json

import boto3
from boto3.dynamodb.conditions import Attr, Key

table = boto3.resource("dynamodb").Table("orders")
sdb = boto3.client("sdb")


def search_orders(event, context):
    params = event.get("queryStringParameters") or {}
    expr = params.get("filter", "")
    found = table.scan(FilterExpression=expr) # VULN
    return {"statusCode": 200, "body": json.dumps(found["Items"], default=str)}


def orders_for(event, context):
    params = event.get("queryStringParameters") or {}
    found = table.query(KeyConditionExpression=Key("customer").eq(params.get("customer", ""))) # SAFE
    active = table.scan(FilterExpression=Attr("status").eq(params.get("status", "open"))) # SAFE
    return {"statusCode": 200, "body": json.dumps([found["Count"], active["Count"]])}


def legacy_lookup(event, context):
    body = json.loads(event["body"])
    res = sdb.select(SelectExpression="select * from customers where name = '%s'" % body["name"]) # VULN
    return {"statusCode": 200, "body": json.dumps(res.get("Items", []))}
`,
  ),
];
