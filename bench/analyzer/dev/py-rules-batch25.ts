// Dev suite "py-rules", batch 25 (format in py-rules.ts): written blind after batch 24's fixes and measured
// before any fix. Flask views (send_file and uploads under client names, make_response and Markup, JSON bodies,
// flask-cors with credentials, the werkzeug debugger, secret and JWT keys), boto3 ACLs, public-access blocks,
// SQS encryption switched off and keys in sessions, HTTP clients (verify, timeouts, credentials over http),
// paramiko host-key policies and remote commands, and PyJWT decoding and signing. Cases written here, never
// taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH25: DevCase[] = [
  ...rules(
    "CWE-22",
    "batch25: flask files under client names",
    `
import os

from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.security import safe_join
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.get("/files/<path:name>")
def files(name):
    return send_from_directory(UPLOADS, name) # SAFE


@app.get("/raw")
def raw():
    return send_file(os.path.join(UPLOADS, request.args["name"])) # VULN


@app.get("/raw2")
def raw2():
    return send_file(os.path.join(UPLOADS, secure_filename(request.args["name"]))) # SAFE


@app.get("/raw3")
def raw3():
    path = safe_join(UPLOADS, request.args["name"])
    if path is None:
        abort(404)
    return send_file(path) # SAFE


@app.post("/upload")
def upload():
    f = request.files["doc"]
    f.save(os.path.join(UPLOADS, f.filename)) # VULN
    return "ok"


@app.post("/upload2")
def upload2():
    f = request.files["doc"]
    f.save(os.path.join(UPLOADS, secure_filename(f.filename))) # SAFE
    return "ok"


@app.get("/logs/<path:name>")
def logs(name):
    with open(os.path.join("/var/log/app", name)) as fh: # VULN
        return fh.read()
`,
  ),
  ...rules(
    "CWE-79",
    "batch25: flask responses, markup and json bodies",
    `
from flask import Flask, Response, jsonify, make_response, render_template_string, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    resp = make_response("<h1>Hello %s</h1>" % name) # VULN
    return resp


@app.route("/hello2")
def hello2():
    name = request.args.get("name", "")
    return make_response(f"<h1>Hello {escape(name)}</h1>") # SAFE


@app.route("/hello3")
def hello3():
    name = request.args.get("name", "")
    return Response("Hello " + name, mimetype="text/plain") # SAFE


@app.route("/hello4")
def hello4():
    return render_template_string("<h1>Hello {{ name }}</h1>", name=request.args.get("name", "")) # SAFE


@app.route("/hello5", methods=["POST"])
def hello5():
    msg = Markup("<div>" + request.form["msg"] + "</div>") # VULN
    msg2 = Markup("<div>{}</div>").format(request.form["msg"]) # SAFE
    return str(msg) + str(msg2)


@app.route("/hello6", methods=["POST"])
def hello6():
    data = request.get_json()
    return f"<p>{data['comment']}</p>" # VULN


@app.route("/hello7", methods=["POST"])
def hello7():
    return jsonify(comment=request.get_json()["comment"]) # SAFE


@app.route("/hello8")
def hello8():
    resp = make_response()
    resp.set_data("<p>" + request.cookies.get("last_search", "") + "</p>") # VULN
    return resp
`,
  ),
  ...rules(
    "CWE-942",
    "batch25: flask-cors and hand-written cors headers",
    `
from flask import Blueprint, Flask, request
from flask_cors import CORS, cross_origin

app = Flask(__name__)
CORS(app, origins="*", supports_credentials=True) # VULN

api = Flask("api")
CORS(api, origins=["https://app.example.com"], supports_credentials=True) # SAFE

bp = Blueprint("account", __name__)


@bp.route("/me")
@cross_origin(origins="*", supports_credentials=True) # VULN
def me():
    return {"user": "me"}


@bp.route("/whoami")
def whoami():
    resp = app.make_response({"user": "me"})
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "") # VULN
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@bp.route("/status")
def status():
    resp = app.make_response({"ok": True})
    resp.headers["Access-Control-Allow-Origin"] = "https://app.example.com" # SAFE
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp
`,
  ),
  ...rules(
    "CWE-489",
    "batch25: debuggers and debug flags",
    `
import os

from flask import Flask
from werkzeug.debug import DebuggedApplication
from werkzeug.serving import run_simple

app = Flask(__name__)
app.debug = True # VULN
app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1" # SAFE
app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True) # VULN


def serve():
    run_simple("127.0.0.1", 5000, app, use_debugger=True, use_reloader=True) # VULN


def serve_quiet():
    run_simple("127.0.0.1", 5000, app, use_debugger=False) # SAFE


if __name__ == "__main__":
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1") # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch25: flask secret and jwt keys",
    `
import os

from flask import Flask
from flask_jwt_extended import JWTManager

app = Flask(__name__)
app.secret_key = "dev" # VULN
app.config["JWT_SECRET_KEY"] = "super-secret" # VULN
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"] # SAFE
app.config["JWT_SECRET_KEY"] = os.environ.get("JWT_SECRET_KEY") # SAFE
app.config["WTF_CSRF_ENABLED"] = False # VULN CWE-352
app.config["WTF_CSRF_TIME_LIMIT"] = 3600 # SAFE CWE-352
jwt = JWTManager(app)
`,
  ),
  ...rules(
    "CWE-732",
    "batch25: boto3 acls and public access blocks",
    `
import boto3

s3 = boto3.client("s3")


def publish_report(bucket, key, body):
    s3.put_object(Bucket=bucket, Key=key, Body=body, ACL="public-read") # VULN
    s3.put_object(Bucket=bucket, Key=key, Body=body, ACL="private") # SAFE
    s3.put_bucket_acl(Bucket=bucket, ACL="public-read-write") # VULN
    s3.upload_file("/tmp/r.pdf", bucket, key, ExtraArgs={"ACL": "public-read"}) # VULN
    s3.upload_file("/tmp/r.pdf", bucket, key, ExtraArgs={"ServerSideEncryption": "aws:kms"}) # SAFE
    boto3.resource("s3").Object(bucket, key).Acl().put(ACL="public-read") # VULN
    s3.copy_object(Bucket=bucket, Key=key + ".bak", CopySource={"Bucket": bucket, "Key": key}, ACL="bucket-owner-full-control") # SAFE


def open_bucket(bucket):
    s3.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration={"BlockPublicAcls": False, "IgnorePublicAcls": False, "BlockPublicPolicy": False, "RestrictPublicBuckets": False}) # VULN


def close_bucket(bucket):
    s3.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration={"BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True, "RestrictPublicBuckets": True}) # SAFE
`,
  ),
  ...rules(
    "CWE-311",
    "batch25: queues with encryption switched off",
    `
import boto3

sqs = boto3.client("sqs", region_name="eu-west-1")


def make_queues():
    sqs.create_queue(QueueName="jobs", Attributes={"SqsManagedSseEnabled": "false"}) # VULN
    sqs.create_queue(QueueName="jobs-kms", Attributes={"KmsMasterKeyId": "alias/aws/sqs"}) # SAFE
    sqs.set_queue_attributes(QueueUrl="https://sqs.eu-west-1.amazonaws.com/123456789012/jobs", Attributes={"SqsManagedSseEnabled": "false"}) # VULN
`,
  ),
  ...rules(
    "CWE-798",
    "batch25: aws keys in sessions and clients",
    `
import os

import boto3
from botocore.config import Config

session = boto3.Session(aws_access_key_id="AKIA2OGYBAH6STMMNXNN", aws_secret_access_key="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") # VULN
env_session = boto3.Session(aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"]) # SAFE
ddb = boto3.resource("dynamodb", region_name="us-east-1", aws_access_key_id="AKIA2OGYBAH6QWERTYUI", aws_secret_access_key="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") # VULN
profile = boto3.Session(profile_name="deploy").client("s3", config=Config(retries={"max_attempts": 3})) # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch25: http clients without certificate checks",
    `
import certifi
import httpx
import requests
import urllib3


def charge(payload):
    return requests.post("https://billing.example.com/charge", json=payload, verify=False, timeout=10) # VULN


def internal():
    client = httpx.Client(verify=False) # VULN
    other = httpx.AsyncClient(verify="/etc/ssl/certs/internal-ca.pem") # SAFE
    return client, other


def pools():
    a = urllib3.PoolManager(cert_reqs="CERT_NONE") # VULN
    b = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where()) # SAFE
    return a, b


def session():
    s = requests.Session()
    s.verify = False # VULN
    t = requests.Session()
    t.verify = "/etc/ssl/certs/internal-ca.pem" # SAFE
    return s, t
`,
  ),
  ...rules(
    "CWE-400",
    "batch25: http requests without a timeout",
    `
import httpx
import requests


def fetch(url):
    a = requests.get(url) # VULN
    b = requests.get(url, timeout=None) # VULN
    c = requests.get(url, timeout=(3.05, 27)) # SAFE
    d = httpx.get(url) # SAFE
    e = requests.request("POST", url, data=b"x") # VULN
    return a, b, c, d, e
`,
  ),
  ...rules(
    "CWE-319",
    "batch25: credentials over plain http",
    `
import os

import requests
from requests.auth import HTTPBasicAuth

USER = os.environ["SVC_USER"]
PASSWORD = os.environ["SVC_PASSWORD"]


def token():
    return requests.post("http://auth.example.com/oauth/token", auth=(USER, PASSWORD), timeout=5) # VULN


def token_tls():
    return requests.post("https://auth.example.com/oauth/token", auth=(USER, PASSWORD), timeout=5) # SAFE


def metrics():
    return requests.get("http://metrics.example.com/api", auth=HTTPBasicAuth(USER, PASSWORD), timeout=5) # VULN


def health():
    return requests.get("http://localhost:8080/health", timeout=2) # SAFE
`,
  ),
  ...rules(
    "CWE-322",
    "batch25: paramiko host keys",
    `
import paramiko


def connect(host):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.WarningPolicy()) # VULN
    client.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519")
    return client


def connect_strict(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy()) # SAFE
    client.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519")
    return client


def connect_auto(host):
    client = paramiko.SSHClient()
    policy = paramiko.AutoAddPolicy()
    client.set_missing_host_key_policy(policy) # VULN
    client.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519")
    return client
`,
  ),
  ...rules(
    "CWE-78",
    "batch25: paramiko remote commands",
    `
import shlex

import paramiko
from flask import Flask, request

app = Flask(__name__)


def ssh():
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect("backup.internal", username="backup")
    return client


@app.post("/backup")
def backup():
    name = request.form["name"]
    client = ssh()
    _, out, _ = client.exec_command("tar czf /backups/%s.tgz /srv/data" % name) # VULN
    _, out2, _ = client.exec_command("tar czf /backups/%s.tgz /srv/data" % shlex.quote(name)) # SAFE
    return out.read() + out2.read()


@app.post("/tail")
def tail():
    path = request.form["path"]
    chan = ssh().get_transport().open_session()
    chan.exec_command(f"tail -n 100 {path}") # VULN
    return chan.recv(65536)
`,
  ),
  ...rules(
    "CWE-347",
    "batch25: pyjwt decoding and signing",
    `
import os

import jwt
from flask import Flask, request

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]


@app.get("/me")
def me():
    token = request.headers["Authorization"].removeprefix("Bearer ")
    a = jwt.decode(token, options={"verify_signature": False}) # VULN
    b = jwt.decode(token, SECRET, algorithms=["HS256"]) # SAFE
    c = jwt.decode(token, SECRET, algorithms=["HS256", "none"]) # VULN
    kid = jwt.get_unverified_header(token).get("kid") # SAFE
    d = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False}) # VULN CWE-613
    return {"a": a, "b": b, "c": c, "kid": kid, "d": d}


def issue(user_id):
    t1 = jwt.encode({"sub": user_id}, "change-me-please", algorithm="HS256") # VULN CWE-798
    t2 = jwt.encode({"sub": user_id}, SECRET, algorithm="HS256") # SAFE CWE-798
    t3 = jwt.encode({"sub": user_id}, None, algorithm="none") # VULN
    return t1, t2, t3
`,
  ),
];
