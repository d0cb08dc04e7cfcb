// Dev suite "py-rules", batch 20 (format in py-rules.ts): written blind after batch 19's fixes and measured before
// any fix. One small file per API family the suite lacked: |safe and autoescape-off inside inline templates,
// framing (clickjacking) switches, image and gzip decompression bombs, TLS contexts made for the wrong side,
// Cypher and CQL queries, pickles read off the wire, public cloud-storage ACLs, WebSocket origin checks and
// option injection into list-form commands. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH20: DevCase[] = [
  ...rules(
    "CWE-79",
    "batch20: inline templates with safe filters and autoescape off",
    `
from django.http import HttpResponse
from django.template import Context, Template
from flask import Flask, render_template_string, request
from jinja2 import Environment, select_autoescape

app = Flask(__name__)
env = Environment(autoescape=select_autoescape())


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return render_template_string("<h1>Hello {{ name|safe }}</h1>", name=name) # VULN


@app.route("/hello2")
def hello2():
    name = request.args.get("name", "")
    return render_template_string("<h1>Hello {{ name }}</h1>", name=name) # SAFE


@app.route("/bio")
def bio():
    tpl = env.from_string("{% autoescape false %}<p>{{ bio }}</p>{% endautoescape %}")
    return tpl.render(bio=request.args["bio"]) # VULN


@app.route("/bio2")
def bio2():
    tpl = env.from_string("<p>{{ bio }}</p>")
    return tpl.render(bio=request.args["bio"]) # SAFE


def search(request):
    t = Template("<p>Results for {% autoescape off %}{{ q }}{% endautoescape %}</p>")
    return HttpResponse(t.render(Context({"q": request.GET.get("q", "")}))) # VULN


def search2(request):
    t = Template("<p>Results for {{ q }}</p>")
    return HttpResponse(t.render(Context({"q": request.GET.get("q", "")}))) # SAFE


def search3(request):
    t = Template("<p>Results for {{ q|safe }}</p>")
    return HttpResponse(t.render(Context({"q": request.GET.get("q", "")}))) # VULN
`,
  ),
  ...rules(
    "CWE-1021",
    "batch20: framing switches",
    `
from django.shortcuts import render
from django.views.decorators.clickjacking import xframe_options_exempt, xframe_options_sameorigin
from flask import Flask, make_response, render_template

app = Flask(__name__)


@xframe_options_exempt # VULN
def account_settings(request):
    return render(request, "account/settings.html", {"user": request.user})


@xframe_options_sameorigin # SAFE
def account_email(request):
    return render(request, "account/email.html", {"user": request.user})


@app.route("/transfer")
def transfer():
    resp = make_response(render_template("transfer.html"))
    resp.headers["Content-Security-Policy"] = "frame-ancestors *" # VULN
    return resp


@app.route("/transfer2")
def transfer2():
    resp = make_response(render_template("transfer.html"))
    resp.headers["Content-Security-Policy"] = "frame-ancestors 'self'" # SAFE
    return resp


@app.route("/profile")
def profile():
    resp = make_response(render_template("profile.html"))
    resp.headers["X-Frame-Options"] = "SAMEORIGIN" # SAFE
    return resp
`,
  ),
  ...rules(
    "CWE-409",
    "batch20: image and gzip bombs",
    `
import gzip
import io

from flask import Flask, request
from PIL import Image

app = Flask(__name__)
Image.MAX_IMAGE_PIXELS = None # VULN
MAX_BODY = 10 * 1024 * 1024


@app.route("/thumb", methods=["POST"])
def thumb():
    img = Image.open(request.files["image"].stream)
    img.thumbnail((128, 128))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


@app.route("/ingest", methods=["POST"])
def ingest():
    data = gzip.decompress(request.get_data()) # VULN
    return str(len(data))


@app.route("/ingest2", methods=["POST"])
def ingest2():
    with gzip.GzipFile(fileobj=io.BytesIO(request.get_data())) as gz:
        data = gz.read(MAX_BODY + 1) # SAFE
    if len(data) > MAX_BODY:
        return "too large", 413
    return str(len(data))
`,
  ),
  ...rules(
    "CWE-409",
    "batch20: image pixel limit raised, not removed",
    `
from PIL import Image

Image.MAX_IMAGE_PIXELS = 200_000_000 # SAFE


def open_scan(path):
    with Image.open(path) as img:
        return img.size
`,
  ),
  ...rules(
    "CWE-295",
    "batch20: tls contexts made for the wrong side",
    `
import socket
import ssl
import urllib.request


def fetch_status(host):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH) # VULN
    with socket.create_connection((host, 443)) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            tls.sendall(b"HEAD / HTTP/1.0\\r\\n\\r\\n")
            return tls.recv(1024)


def fetch_status_ok(host):
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH) # SAFE
    with socket.create_connection((host, 443)) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            tls.sendall(b"HEAD / HTTP/1.0\\r\\n\\r\\n")
            return tls.recv(1024)


def serve(port):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH) # SAFE
    ctx.load_cert_chain("/etc/app/server.pem", "/etc/app/server.key")
    srv = socket.create_server(("127.0.0.1", port))
    conn, _ = srv.accept()
    return ctx.wrap_socket(conn, server_side=True)


def download(url):
    return urllib.request.urlopen(url, context=ssl.SSLContext(), timeout=10).read() # VULN


ssl._create_default_https_context = ssl._create_unverified_context # VULN
`,
  ),
  ...rules(
    "CWE-943",
    "batch20: cypher and cql queries",
    `
import os

from cassandra.cluster import Cluster
from flask import Flask, request
from neo4j import GraphDatabase

app = Flask(__name__)
driver = GraphDatabase.driver("bolt://localhost:7687", auth=("neo4j", os.environ["NEO4J_PASSWORD"]))
cluster = Cluster(["127.0.0.1"])
cql = cluster.connect("shop")


@app.route("/friends")
def friends():
    name = request.args["name"]
    with driver.session() as session:
        rows = session.run(f"MATCH (p:Person {{name: '{name}'}})-[:KNOWS]->(f) RETURN f.name") # VULN
        rows2 = session.run("MATCH (p:Person {name: $name})-[:KNOWS]->(f) RETURN f.name", name=name) # SAFE
        return {"a": [r["f.name"] for r in rows], "b": [r["f.name"] for r in rows2]}


def delete_node(tx, node_id):
    tx.run("MATCH (n) WHERE id(n) = " + node_id + " DETACH DELETE n") # VULN


@app.route("/nodes/<node_id>", methods=["DELETE"])
def delete(node_id):
    with driver.session() as session:
        session.execute_write(delete_node, node_id)
    return "", 204


@app.route("/orders")
def orders():
    customer = request.args["customer"]
    rows = cql.execute(f"SELECT * FROM orders WHERE customer = '{customer}'") # VULN
    rows2 = cql.execute("SELECT * FROM orders WHERE customer = %s", (customer,)) # SAFE
    prepared = cql.prepare("SELECT * FROM orders WHERE customer = ?")
    rows3 = cql.execute(prepared, [customer]) # SAFE
    return {"n": len(list(rows)) + len(list(rows2)) + len(list(rows3))}
`,
  ),
  ...rules(
    "CWE-502",
    "batch20: pickles off the wire",
    `
import pickle
import socket

import requests
import zmq

ctx = zmq.Context()


def worker():
    sock = ctx.socket(zmq.PULL)
    sock.connect("tcp://127.0.0.1:5557")
    while True:
        job = sock.recv_pyobj() # VULN
        handle(job)


def worker_json():
    sock = ctx.socket(zmq.PULL)
    sock.connect("tcp://127.0.0.1:5558")
    while True:
        job = sock.recv_json() # SAFE
        handle(job)


def serve(port):
    srv = socket.socket()
    srv.bind(("127.0.0.1", port))
    srv.listen()
    conn, _ = srv.accept()
    msg = pickle.loads(conn.recv(65536)) # VULN
    handle(msg)


def fetch_model(url):
    blob = requests.get(url, timeout=30).content
    return pickle.loads(blob) # VULN


def handle(job):
    print(job)
`,
  ),
  ...rules(
    "CWE-732",
    "batch20: public cloud storage acls",
    `
import boto3
from azure.storage.blob import BlobServiceClient
from google.cloud import storage

s3 = boto3.client("s3")
gcs = storage.Client()


def publish_report(bucket, key, body):
    s3.put_object(Bucket=bucket, Key=key, Body=body, ACL="public-read") # VULN
    s3.put_object(Bucket=bucket, Key=key + ".bak", Body=body, ACL="private") # SAFE
    s3.upload_file("/tmp/report.pdf", bucket, key, ExtraArgs={"ACL": "public-read-write"}) # VULN
    s3.put_bucket_acl(Bucket=bucket, ACL="public-read") # VULN
    return s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=900) # SAFE


def share_gcs(bucket_name, name):
    blob = gcs.bucket(bucket_name).blob(name)
    blob.upload_from_filename("/tmp/export.csv")
    blob.make_public() # VULN
    return blob.generate_signed_url(expiration=900) # SAFE


def create_container(conn_str, name):
    svc = BlobServiceClient.from_connection_string(conn_str)
    svc.create_container(name, public_access="container") # VULN
    svc.create_container(name + "-private") # SAFE
`,
  ),
  ...rules(
    "CWE-1385",
    "batch20: websocket origins",
    `
from urllib.parse import urlparse

import tornado.websocket
from flask import Flask
from flask_socketio import SocketIO

app = Flask(__name__)
socketio = SocketIO(app, cors_allowed_origins="*") # VULN
ALLOWED = {"app.example.com"}


class FeedSocket(tornado.websocket.WebSocketHandler):
    def check_origin(self, origin): # VULN
        return True

    def on_message(self, message):
        self.write_message(message)


class ChatSocket(tornado.websocket.WebSocketHandler):
    def check_origin(self, origin): # SAFE
        return urlparse(origin).netloc in ALLOWED

    def on_message(self, message):
        self.write_message(message)
`,
  ),
  ...rules(
    "CWE-1385",
    "batch20: socketio origins listed",
    `
from flask import Flask
from flask_socketio import SocketIO

app = Flask(__name__)
socketio = SocketIO(app, cors_allowed_origins=["https://app.example.com"]) # SAFE
`,
  ),
  ...rules(
    "CWE-88",
    "batch20: options injected into list-form commands",
    `
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/clone", methods=["POST"])
def clone():
    repo = request.form["repo"]
    subprocess.run(["git", "clone", repo, "/srv/mirror"], check=True) # VULN
    return "ok"


@app.route("/clone2", methods=["POST"])
def clone2():
    repo = request.form["repo"]
    subprocess.run(["git", "clone", "--", repo, "/srv/mirror"], check=True) # SAFE
    return "ok"


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    return subprocess.check_output(["curl", "-s", url]) # VULN


@app.route("/fetch2")
def fetch2():
    url = request.args["url"]
    if not url.startswith(("http://", "https://")):
        return "bad url", 400
    return subprocess.check_output(["curl", "-s", url]) # SAFE


@app.route("/uptime")
def uptime():
    host = request.args["host"]
    return subprocess.run(["ssh", host, "uptime"], capture_output=True, text=True).stdout # VULN
`,
  ),
];
