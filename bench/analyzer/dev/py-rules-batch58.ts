// Dev suite "py-rules", batch 58 (format in py-rules.ts): written blind, a second set of rule-topic files in the
// shape of a community rule set's tests (several flagged lines and several look-alikes per file): subprocess
// through aliases, a shell flag held in a constant, **kwargs and a helper that wraps the shell; os.system and
// os.popen; tempfile.mktemp and fixed /tmp paths; tar and zip extraction; lxml parsers and defusedxml; ssl
// protocols, minimum versions and CERT_NONE; paramiko host-key policies; jwt.decode without verification;
// logging.config.listen; eval/exec/compile of request data; SQLAlchemy text() and psycopg2 with formatting;
// boto3 public ACLs; ftplib/telnetlib; http:// URLs carrying credentials; render_to_response, Template and
// autoescape off. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH58: DevCase[] = [
  ...rules(
    "CWE-78",
    "batch58: subprocess via aliases, a shell-flag constant, kwargs and a wrapper; os.system/os.popen",
    `
import os
import shlex
import subprocess as sp
from subprocess import Popen as P
from subprocess import check_output as co

from flask import Flask, request

app = Flask(__name__)
USE_SHELL = True


def _sh(cmd, **kw):
    return sp.call(cmd, shell=True, **kw) # VULN


@app.route("/ping")
def ping():
    host = request.args["host"]
    out = sp.run("ping -c 1 " + host, shell=True, capture_output=True) # VULN
    return out.stdout


@app.route("/ping2")
def ping2():
    host = request.args["host"]
    out = sp.run(["ping", "-c", "1", host], capture_output=True) # SAFE
    return out.stdout


@app.route("/dig")
def dig():
    name = request.args["name"]
    return co(f"dig +short {name}", shell=USE_SHELL) # VULN


@app.route("/dig2")
def dig2():
    name = request.args["name"]
    return co("dig +short " + shlex.quote(name), shell=True) # SAFE


@app.route("/grep")
def grep():
    opts = {"shell": True, "stdout": sp.PIPE}
    p = P("grep -r %s /srv/docs" % request.args["q"], **opts) # VULN
    return p.communicate()[0]


@app.route("/touch")
def touch():
    return str(_sh("touch /srv/flags/" + request.args["name"]))


@app.route("/convert", methods=["POST"])
def convert():
    size = request.form["size"]
    os.system("convert /srv/in.png -resize " + size + " /srv/out.png") # VULN
    return "ok"


@app.route("/uptime")
def uptime():
    return os.popen("uptime").read() # SAFE


@app.route("/ls")
def ls():
    d = request.args.get("dir", ".")
    return os.popen("ls -la " + d).read() # VULN
`,
  ),
  ...rules(
    "CWE-377",
    "batch58: tempfile.mktemp and fixed /tmp paths",
    `
import os
import tempfile
from tempfile import NamedTemporaryFile
from tempfile import mktemp as make_name


def write_report(data):
    path = tempfile.mktemp(suffix=".csv") # VULN
    with open(path, "w") as fh:
        fh.write(data)
    return path


def write_report_safe(data):
    fd, path = tempfile.mkstemp(suffix=".csv") # SAFE
    with os.fdopen(fd, "w") as fh:
        fh.write(data)
    return path


def scratch():
    name = make_name(dir="/tmp") # VULN
    return open(name, "wb")


def scratch_safe():
    return NamedTemporaryFile(delete=False) # SAFE


def work_dir():
    return tempfile.mkdtemp(prefix="job-") # SAFE


def cache_write(data):
    with open("/tmp/app-cache.json", "w") as fh: # VULN
        fh.write(data)
`,
  ),
  ...rules(
    "CWE-22",
    "batch58: tar and zip extraction",
    `
import os
import tarfile
import zipfile
from tarfile import open as tar_open


def unpack_upload(upload, dest):
    with tarfile.open(fileobj=upload, mode="r:gz") as tf:
        tf.extractall(dest) # VULN


def unpack_filtered(path, dest):
    with tarfile.open(path) as tf:
        tf.extractall(dest, filter="data") # SAFE


def unpack_members(path, dest):
    tf = tar_open(path)
    for m in tf.getmembers():
        tf.extract(m, dest) # VULN
    tf.close()


def unpack_checked(path, dest):
    base = os.path.realpath(dest)
    with tarfile.open(path) as tf:
        for m in tf.getmembers():
            target = os.path.realpath(os.path.join(base, m.name))
            if not target.startswith(base + os.sep) or m.issym() or m.islnk():
                raise ValueError("blocked member: " + m.name)
        tf.extractall(base) # SAFE


def unzip_manual(path, dest):
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            with open(os.path.join(dest, name), "wb") as out: # VULN
                out.write(zf.read(name))


def unzip_all(path, dest):
    with zipfile.ZipFile(path) as zf:
        zf.extractall(dest) # SAFE
`,
  ),
  ...rules(
    "CWE-611",
    "batch58: lxml parsers with entities and DTDs, defusedxml and ElementTree",
    `
import xml.etree.ElementTree as ET

import defusedxml.ElementTree as DET
from flask import Flask, request
from lxml import etree
from lxml.etree import XMLParser as LxmlParser

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_xml():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    tree = etree.fromstring(request.data, parser) # VULN
    return etree.tostring(tree)


@app.route("/import2", methods=["POST"])
def import_xml_safe():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    tree = etree.fromstring(request.data, parser) # SAFE
    return etree.tostring(tree)


@app.route("/import3", methods=["POST"])
def import_defused():
    root = DET.fromstring(request.data) # SAFE
    return root.tag


@app.route("/import4", methods=["POST"])
def import_dtd():
    opts = {"load_dtd": True, "resolve_entities": True}
    doc = etree.parse(request.files["doc"], LxmlParser(**opts)) # VULN
    return doc.getroot().tag


@app.route("/import5", methods=["POST"])
def import_stdlib():
    root = ET.fromstring(request.data) # SAFE
    return root.tag
`,
  ),
  ...rules(
    "CWE-295",
    "batch58: ssl protocols, minimum versions and certificate checks",
    `
import socket
import ssl
from ssl import CERT_NONE, SSLContext
from ssl import PROTOCOL_TLSv1 as OLD_TLS


def connect_legacy(host):
    ctx = SSLContext(OLD_TLS) # VULN CWE-327
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def connect_min(host):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1 # VULN CWE-327
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def connect_modern(host):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2 # SAFE CWE-327
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def connect_noverify(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = CERT_NONE # VULN
    return ctx.wrap_socket(socket.create_connection((host, 443)))


def connect_unverified(host):
    ctx = ssl._create_unverified_context() # VULN
    return ctx.wrap_socket(socket.create_connection((host, 443)))


def connect_internal(host):
    ctx = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem")
    ctx.verify_mode = ssl.CERT_REQUIRED # SAFE
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)
`,
  ),
  ...rules(
    "CWE-322",
    "batch58: paramiko missing-host-key policies",
    `
import paramiko
from paramiko import AutoAddPolicy as Trust
from paramiko import RejectPolicy, SSHClient


def run_remote(host, cmd):
    client = SSHClient()
    client.set_missing_host_key_policy(Trust()) # VULN
    client.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519")
    return client.exec_command(cmd)


def run_remote_strict(host, cmd):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(RejectPolicy()) # SAFE
    client.connect(host, username="deploy")
    return client.exec_command(cmd)


def run_remote_var(host, cmd):
    client = paramiko.SSHClient()
    policy = paramiko.AutoAddPolicy()
    client.set_missing_host_key_policy(policy) # VULN
    client.connect(host, username="deploy")
    return client.exec_command(cmd)


def run_remote_known(host, cmd):
    client = paramiko.SSHClient()
    client.load_host_keys("/etc/deploy/known_hosts")
    client.connect(host, username="deploy") # SAFE
    return client.exec_command(cmd)
`,
  ),
  ...rules(
    "CWE-347",
    "batch58: jwt.decode without signature verification",
    `
import os

import jwt
from jwt import decode as jwt_decode

SECRET = os.environ["JWT_SECRET"]


def current_user(token):
    claims = jwt.decode(token, options={"verify_signature": False}) # VULN
    return claims["sub"]


def current_user_verified(token):
    claims = jwt.decode(token, SECRET, algorithms=["HS256"]) # SAFE
    return claims["sub"]


def current_user_opts(token):
    opts = {"verify_signature": False}
    claims = jwt_decode(token, SECRET, algorithms=["HS256"], options=opts) # VULN
    return claims["sub"]


def key_id(token):
    return jwt.get_unverified_header(token).get("kid") # SAFE


def legacy_user(token):
    return jwt.decode(token, verify=False)["sub"] # VULN


def current_user_exp(token):
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"require": ["exp", "sub"]}) # SAFE
    return claims["sub"]
`,
  ),
  ...rules(
    "CWE-94",
    "batch58: logging.config.listen and config loaders",
    `
import logging
import logging.config
from logging import config as logcfg

LOGGING = {"version": 1, "handlers": {"console": {"class": "logging.StreamHandler"}}, "root": {"handlers": ["console"]}}


def start_log_listener():
    t = logging.config.listen(9999) # VULN
    t.start()
    return t


def start_alias_listener():
    t = logcfg.listen(port=9030) # VULN
    t.start()
    return t


def configure():
    logging.config.dictConfig(LOGGING) # SAFE


def configure_file():
    logcfg.fileConfig("/etc/app/logging.ini", disable_existing_loggers=False) # SAFE
`,
  ),
  ...rules(
    "CWE-95",
    "batch58: eval, exec and compile of request data",
    `
import ast

from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")
    return str(eval(expr)) # VULN


@app.route("/calc2")
def calc_literal():
    return str(ast.literal_eval(request.args.get("expr", "0"))) # SAFE


@app.route("/hook", methods=["POST"])
def hook():
    code = request.form["code"]
    ns = {}
    exec(code, {"__builtins__": {}}, ns) # VULN
    return str(ns.get("result"))


@app.route("/sum")
def add():
    fn = eval("lambda a, b: a + b") # SAFE
    return str(fn(int(request.args["a"]), int(request.args["b"])))


@app.route("/attr")
def attr():
    field = request.args["f"]
    return str(eval("settings." + field, {"settings": app.config})) # VULN


@app.route("/script", methods=["POST"])
def script():
    code_obj = compile(request.form["src"], "<user>", "exec") # VULN CWE-94
    exec(code_obj)
    return "ok"
`,
  ),
  ...rules(
    "CWE-89",
    "batch58: SQLAlchemy text() with f-strings, format and %",
    `
import os

from sqlalchemy import create_engine
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

engine = create_engine(os.environ["DATABASE_URL"])
ALLOWED_TABLES = {"orders", "invoices"}


def find_orders(customer_id, status):
    with engine.connect() as conn:
        a = conn.execute(sql_text(f"SELECT * FROM orders WHERE customer_id = {customer_id}")).all() # VULN
        b = conn.execute(sql_text("SELECT * FROM orders WHERE status = :s"), {"s": status}).all() # SAFE
        c = conn.execute(sql_text("SELECT * FROM orders WHERE status = '{}'".format(status))).all() # VULN
        stmt = sql_text("SELECT * FROM orders WHERE id = :id").bindparams(id=customer_id) # SAFE
        d = conn.execute(stmt).all()
    return a + b + c + d


def delete_user(session: Session, username):
    session.execute(sql_text("DELETE FROM users WHERE name = '%s'" % username)) # VULN
    session.commit()


def count_rows(table):
    if table not in ALLOWED_TABLES:
        raise ValueError(table)
    with engine.connect() as conn:
        return conn.execute(sql_text(f"SELECT COUNT(*) FROM {table}")).scalar() # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch58: psycopg2 cursor.execute with %-formatting",
    `
import os

import psycopg2
from psycopg2 import sql as pgsql


def get_user(conn, username, table, uid):
    cur = conn.cursor()
    cur.execute("SELECT * FROM users WHERE username = '%s'" % username) # VULN
    cur.execute("SELECT * FROM users WHERE username = %s", (username,)) # SAFE
    query = "SELECT * FROM users WHERE email = '%s'" % (username,)
    cur.execute(query) # VULN
    cur.execute(pgsql.SQL("SELECT * FROM {} WHERE id = %s").format(pgsql.Identifier(table)), (uid,)) # SAFE
    cur.execute("SELECT * FROM users WHERE name LIKE %s", ("%" + username + "%",)) # SAFE
    params = {"u": username}
    cur.execute("SELECT * FROM users WHERE username = %(u)s", params) # SAFE
    cur.execute("SELECT * FROM users WHERE username = '%(u)s'" % params) # VULN
    return cur.fetchall()


def connect():
    return psycopg2.connect(os.environ["PG_DSN"])
`,
  ),
  ...rules(
    "CWE-732",
    "batch58: boto3 public ACLs",
    `
import boto3

s3 = boto3.client("s3")


def publish(bucket, key, body):
    s3.put_object(Bucket=bucket, Key=key, Body=body, ACL="public-read") # VULN


def publish_private(bucket, key, body):
    s3.put_object(Bucket=bucket, Key=key, Body=body, ACL="private") # SAFE


def open_bucket(bucket):
    s3.put_bucket_acl(Bucket=bucket, ACL="public-read-write") # VULN


def upload(path, bucket, key):
    extra = {"ACL": "public-read", "ContentType": "image/png"}
    s3.upload_file(path, bucket, key, ExtraArgs=extra) # VULN


def upload_private(path, bucket, key):
    s3.upload_file(path, bucket, key, ExtraArgs={"ContentType": "image/png"}) # SAFE


def share_bucket(bucket):
    boto3.resource("s3").BucketAcl(bucket).put(ACL="public-read") # VULN
`,
  ),
  ...rules(
    "CWE-319",
    "batch58: ftplib, telnetlib and http:// URLs carrying credentials",
    `
import os
import telnetlib
from ftplib import FTP, FTP_TLS

import httpx
import requests

API = "http://api.example.com/v2"
XMLNS = "http://www.w3.org/2000/svg"


def upload_report(path):
    ftp = FTP("ftp.example.com") # VULN
    ftp.login("reports", os.environ["FTP_PASSWORD"])
    with open(path, "rb") as fh:
        ftp.storbinary("STOR report.csv", fh)


def upload_report_tls(path):
    ftps = FTP_TLS("ftp.example.com") # SAFE
    ftps.login("reports", os.environ["FTP_PASSWORD"])
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR report.csv", fh)


def switch_config(host):
    tn = telnetlib.Telnet(host, 23, timeout=10) # VULN
    tn.write(b"show running-config\\n")
    return tn.read_all()


def login(user, password):
    return requests.post("http://auth.example.com/token", data={"u": user, "p": password}, timeout=5) # VULN


def login_tls(user, password):
    return requests.post("https://auth.example.com/token", data={"u": user, "p": password}, timeout=5) # SAFE


def fetch_orders(token):
    return httpx.get(API + "/orders", headers={"Authorization": f"Bearer {token}"}, timeout=5) # VULN


def local_health():
    return requests.get("http://localhost:8080/health", timeout=2) # SAFE


def svg_root():
    return f'<svg xmlns="{XMLNS}" width="10" height="10"></svg>' # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch58: render_to_response, Template sources and autoescape off",
    `
from django.http import HttpResponse
from django.shortcuts import render_to_response
from django.template import Context, Template
from django.utils.safestring import mark_safe


def comment_preview(request):
    return render_to_response("preview.html", {"body": mark_safe(request.POST["body"])}) # VULN


def comment_preview_escaped(request):
    return render_to_response("preview.html", {"body": request.POST["body"]}) # SAFE


def inline(request):
    t = Template("<p>" + request.GET["msg"] + "</p>") # VULN CWE-1336
    return HttpResponse(t.render(Context({})))


def inline_ok(request):
    t = Template("<p>{{ msg }}</p>")
    return HttpResponse(t.render(Context({"msg": request.GET["msg"]}))) # SAFE


def inline_raw(request):
    t = Template("<p>{{ msg }}</p>")
    return HttpResponse(t.render(Context({"msg": request.GET["msg"]}, autoescape=False))) # VULN
`,
  ),
];
