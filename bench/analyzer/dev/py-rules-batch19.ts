// Dev suite "py-rules", batch 19 (format in py-rules.ts): written blind after batch 18's fixes and measured before
// any fix (no fixes written for it this round). Sizes and delays taken from the request, JSONP callbacks, TLS
// client contexts without verification by default, servers bound to every interface through asyncio, socketserver
// and http.server, and JWT algorithm lists mixing HMAC with public-key algorithms. Cases written here, never taken
// from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH19: DevCase[] = [
  ...rules(
    "CWE-400",
    "batch19: sizes and delays from the request",
    `
import time
from flask import Flask, request

app = Flask(__name__)
MAX_ITEMS = 100


@app.route("/pad")
def pad():
    n = int(request.args.get("n", "10"))
    return "x" * n # VULN


@app.route("/pad2")
def pad2():
    n = min(int(request.args.get("n", "10")), MAX_ITEMS)
    return "x" * n # SAFE


@app.route("/buffer")
def buffer():
    buf = bytearray(int(request.args["size"])) # VULN
    return str(len(buf))


@app.route("/wait")
def wait():
    time.sleep(float(request.args.get("delay", "0"))) # VULN
    return "ok"


@app.route("/items")
def items():
    count = int(request.args.get("count", "10"))
    out = [i * i for i in range(count)] # VULN
    return {"n": len(out)}
`,
  ),
  ...rules(
    "CWE-79",
    "batch19: jsonp callbacks",
    `
import json
import re
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/data.js")
def data_js():
    cb = request.args.get("callback", "cb")
    body = cb + "(" + json.dumps({"ok": True}) + ")"
    return Response(body, mimetype="application/javascript") # VULN


@app.route("/data2.js")
def data2_js():
    cb = request.args.get("callback", "cb")
    if not re.fullmatch(r"[A-Za-z_$][\\w$]{0,63}", cb):
        cb = "cb"
    return Response(cb + "(" + json.dumps({"ok": True}) + ")", mimetype="application/javascript") # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch19: tls client contexts",
    `
import socket
import ssl


def connect(host):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS) # VULN
    sock = socket.create_connection((host, 443))
    return ctx.wrap_socket(sock, server_hostname=host)


def connect_ok(host):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT) # SAFE
    ctx.load_default_certs()
    sock = socket.create_connection((host, 443))
    return ctx.wrap_socket(sock, server_hostname=host)
`,
  ),
  ...rules(
    "CWE-200",
    "batch19: servers on every interface",
    `
import asyncio
import socketserver
from http.server import HTTPServer, SimpleHTTPRequestHandler


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline())


async def handle(reader, writer):
    writer.write(await reader.readline())
    await writer.drain()


async def main():
    server = await asyncio.start_server(handle, "0.0.0.0", 8888) # VULN
    local = await asyncio.start_server(handle, "127.0.0.1", 8889) # SAFE
    async with server, local:
        await server.serve_forever()


def serve_echo():
    with socketserver.TCPServer(("", 9000), Echo) as srv: # VULN
        srv.serve_forever()


def serve_files():
    HTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever() # VULN


def serve_files_local():
    HTTPServer(("127.0.0.1", 8000), SimpleHTTPRequestHandler).serve_forever() # SAFE
`,
  ),
  ...rules(
    "CWE-347",
    "batch19: jwt algorithm confusion",
    `
import jwt

with open("/etc/app/jwt_public.pem") as fh:
    PUBLIC_KEY = fh.read()


def claims(token):
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "HS256"]) # VULN


def claims_ok(token):
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"]) # SAFE
`,
  ),
];
