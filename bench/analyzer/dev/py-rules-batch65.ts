// Dev suite "py-rules", batch 65 (format in py-rules.ts): written blind, before any fix for it (own code, never taken
// from an advisory or a held-out corpus). Cloud, remote-shell and deployment settings: boto3 objects and buckets made
// public and clients given literal keys, paramiko/fabric commands built from request data and literal passwords,
// credentials sent over cleartext SMTP/FTP/HTTP, sockets bound to every interface, Django/Flask/FastAPI cookie and
// settings flags (HttpOnly, Secure, DEBUG, weak password hashers, CORS), and mass assignment from request data.
// Safe twins: private ACLs, keys from the environment, quoted arguments, TLS transports, loopback binds, the flags
// set right (or the ones that do not matter, such as the CSRF cookie's HttpOnly), and allow-listed fields.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH65: DevCase[] = [
  ...rules(
    "CWE-732",
    "batch65: boto3 S3 uploads and buckets with public canned ACLs",
    `
import boto3
from flask import Flask, request

app = Flask(__name__)
s3 = boto3.client("s3")
BUCKET = "acme-user-uploads"


@app.post("/documents")
def upload_document():
    f = request.files["file"]
    key = "documents/" + str(abs(hash(f.filename)))
    s3.put_object(Bucket=BUCKET, Key=key, Body=f.read(), ACL="public-read") # VULN
    return {"key": key}


@app.post("/invoice")
def invoice():
    f = request.files["file"]
    s3.put_object(Bucket=BUCKET, Key="invoices/latest.pdf", Body=f.read(), ACL="private") # SAFE
    s3.put_object(Bucket=BUCKET, Key="invoices/latest.txt", Body=b"see pdf", ServerSideEncryption="aws:kms") # SAFE
    return {"ok": True}


def publish_report(path):
    s3.upload_file(path, BUCKET, "reports/q3.csv", ExtraArgs={"ACL": "public-read"}) # VULN
    s3.upload_file(path, BUCKET, "reports/q3-internal.csv", ExtraArgs={"ServerSideEncryption": "AES256"}) # SAFE


def make_bucket(name):
    s3.create_bucket(Bucket=name, ACL="public-read-write") # VULN
    s3.put_bucket_acl(Bucket=name, ACL="authenticated-read") # VULN


def make_private_bucket(name):
    s3.create_bucket(Bucket=name) # SAFE
    s3.put_bucket_acl(Bucket=name, ACL="private") # SAFE
    s3.put_public_access_block(Bucket=name, PublicAccessBlockConfiguration={"BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True, "RestrictPublicBuckets": True}) # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch65: boto3 sessions and clients given literal access keys",
    `
import os

import boto3
from boto3.session import Session


def archive_client():
    return boto3.client("s3", region_name="eu-west-1", aws_access_key_id="AKIA4TQXZ7PLW2MNB3RD", aws_secret_access_key="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") # VULN


def queue_session():
    return Session(aws_access_key_id="AKIAZ3K7QW9PLM2VBN6T", aws_secret_access_key="Xk2pL9vQ7mN3bR8tY1wZ5cF0hJ4sD6gA2eU7iO9y", region_name="us-east-1") # VULN


def env_client():
    return boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"]) # SAFE


def default_client():
    return boto3.client("dynamodb", region_name="eu-west-1") # SAFE


def profile_session():
    return boto3.Session(profile_name="reporting").client("sqs") # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch65: paramiko and fabric remote commands built from request data",
    `
import shlex

import paramiko
from fabric import Connection
from flask import Flask, request

app = Flask(__name__)


def ssh():
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect("backup.internal", username="deploy", key_filename="/etc/keys/deploy")
    return client


@app.post("/backup")
def backup():
    path = request.form["path"]
    client = ssh()
    _, out, _ = client.exec_command("tar czf /srv/backups/snap.tgz " + path) # VULN
    _, out2, _ = client.exec_command("tar czf /srv/backups/snap2.tgz " + shlex.quote(path)) # SAFE
    _, out3, _ = client.exec_command("df -h /srv/backups") # SAFE
    return out.read() + out2.read() + out3.read()


@app.post("/logs")
def logs():
    service = request.form["service"]
    c = Connection("app.internal", user="ops")
    res = c.run(f"journalctl -u {service} --since today", hide=True) # VULN
    res2 = c.run("journalctl -u %s --since today" % shlex.quote(service), hide=True) # SAFE
    res3 = c.sudo("systemctl is-active nginx", hide=True) # SAFE
    return res.stdout + res2.stdout + res3.stdout


@app.post("/restart")
def restart():
    unit = request.form["unit"]
    c = Connection("app.internal", user="ops")
    c.sudo("systemctl restart " + unit) # VULN
    return "ok"
`,
  ),
  ...rules(
    "CWE-798",
    "batch65: SSH and network-device logins with literal passwords",
    `
import os

import paramiko
from netmiko import ConnectHandler


def router_config(host):
    net = ConnectHandler(device_type="cisco_ios", host=host, username="admin", password="Rt7!vQz2#Lm9") # VULN
    return net.send_command("show running-config")


def router_config_env(host):
    net = ConnectHandler(device_type="cisco_ios", host=host, username="admin", password=os.environ["ROUTER_PW"]) # SAFE
    return net.send_command("show running-config")


def sftp_pull(host, remote, local):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="etl", password="Wq3$kd91!zPx") # VULN
    client.open_sftp().get(remote, local)


def sftp_pull_keyed(host, remote, local):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="etl", key_filename=os.path.expanduser("~/.ssh/etl_ed25519")) # SAFE
    client.open_sftp().get(remote, local)


def sftp_trust_all(host):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy()) # VULN CWE-295
    client.connect(host, username="etl", key_filename="/etc/keys/etl")
    return client


def sftp_strict(host):
    client = paramiko.SSHClient()
    client.load_host_keys("/etc/ssh/ssh_known_hosts")
    client.set_missing_host_key_policy(paramiko.RejectPolicy()) # SAFE CWE-295
    client.connect(host, username="etl", key_filename="/etc/keys/etl")
    return client
`,
  ),
  ...rules(
    "CWE-319",
    "batch65: credentials sent over cleartext SMTP, FTP and HTTP",
    `
import ftplib
import smtplib
import ssl

import requests


def send_alert(user, password, msg):
    server = smtplib.SMTP("mail.example.com", 25)
    server.login(user, password) # VULN
    server.send_message(msg)
    server.quit()


def send_alert_tls(user, password, msg):
    server = smtplib.SMTP("mail.example.com", 587)
    server.starttls(context=ssl.create_default_context())
    server.login(user, password) # SAFE
    server.send_message(msg)
    server.quit()


def send_alert_ssl(user, password, msg):
    with smtplib.SMTP_SSL("mail.example.com", 465, context=ssl.create_default_context()) as server:
        server.login(user, password) # SAFE
        server.send_message(msg)


def upload(user, password, path):
    ftp = ftplib.FTP("files.example.com")
    ftp.login(user, password) # VULN
    with open(path, "rb") as fh:
        ftp.storbinary("STOR report.csv", fh)


def upload_tls(user, password, path):
    ftp = ftplib.FTP_TLS("files.example.com")
    ftp.login(user, password) # SAFE
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary("STOR report.csv", fh)


def fetch_stats(user, password):
    r = requests.get("http://metrics.example.com/api/v1/stats", auth=(user, password), timeout=10) # VULN
    r2 = requests.get("https://metrics.example.com/api/v1/stats", auth=(user, password), timeout=10) # SAFE
    return r.json(), r2.json()
`,
  ),
  ...rules(
    "CWE-605",
    "batch65: sockets and servers bound to every interface",
    `
import socket
import socketserver
from http.server import HTTPServer, SimpleHTTPRequestHandler


def metrics_listener(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("0.0.0.0", port)) # VULN
    sock.listen(5)
    return sock


def local_listener(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", port)) # SAFE
    sock.listen(5)
    return sock


def debug_files():
    HTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever() # VULN


def debug_files_local():
    HTTPServer(("localhost", 8000), SimpleHTTPRequestHandler).serve_forever() # SAFE


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(self.request.recv(1024))


def echo_server():
    with socketserver.TCPServer(("127.0.0.1", 9007), Echo) as srv: # SAFE
        srv.serve_forever()
`,
  ),
  ...rules(
    "CWE-1004",
    "batch65: Django settings for cookies, debug, hashers and CORS",
    `
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = True # VULN CWE-489
SECRET_KEY = "k3v!x9#q0m2@zt7&w^p4r8y1u6e5b0n3c2l9j8h7g6f5d4s" # VULN CWE-798
ALLOWED_HOSTS = ["app.example.com"]

SESSION_COOKIE_HTTPONLY = False # VULN
SESSION_COOKIE_SECURE = True # SAFE CWE-614
CSRF_COOKIE_HTTPONLY = False # SAFE
CSRF_COOKIE_SECURE = False # VULN CWE-614
LANGUAGE_COOKIE_HTTPONLY = False # SAFE

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", "django.contrib.auth.hashers.PBKDF2PasswordHasher"] # VULN CWE-916

INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "corsheaders"]
CORS_ALLOW_ALL_ORIGINS = True # VULN CWE-942
CORS_ALLOW_CREDENTIALS = True
`,
  ),
  ...rules(
    "CWE-1004",
    "batch65: Django settings read from the environment, hardened",
    `
import os

DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1" # SAFE CWE-489
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"] # SAFE CWE-798
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",")

SESSION_COOKIE_HTTPONLY = True # SAFE
SESSION_COOKIE_SECURE = True # SAFE CWE-614
CSRF_COOKIE_SECURE = True # SAFE CWE-614

PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher", "django.contrib.auth.hashers.PBKDF2PasswordHasher"] # SAFE CWE-916

CORS_ALLOWED_ORIGINS = ["https://app.example.com"] # SAFE CWE-942
`,
  ),
  ...rules(
    "CWE-1004",
    "batch65: auth cookies set by Flask, Django and FastAPI responses",
    `
import secrets

from django.http import JsonResponse
from fastapi import FastAPI, Response
from flask import Flask, make_response

app = Flask(__name__)
api = FastAPI()


@app.post("/login")
def flask_login():
    token = secrets.token_urlsafe(32)
    resp = make_response("ok")
    resp.set_cookie("auth_token", token, secure=True, httponly=False, samesite="Lax") # VULN
    resp.set_cookie("refresh_token", token, secure=True, httponly=True, samesite="Strict") # SAFE
    resp.set_cookie("theme", "dark", secure=True, samesite="Lax") # SAFE
    return resp


def django_login(request):
    token = secrets.token_urlsafe(32)
    resp = JsonResponse({"ok": True})
    resp.set_cookie("sessionid", token, secure=True, httponly=False) # VULN
    resp.set_cookie("sessionid2", token, secure=True, httponly=True) # SAFE
    return resp


@api.post("/token")
def fastapi_login(response: Response):
    token = secrets.token_urlsafe(32)
    response.set_cookie(key="access_token", value=token, httponly=False, secure=True) # VULN
    response.set_cookie(key="csrf_hint", value=secrets.token_hex(8), httponly=False, secure=True) # SAFE
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-915",
    "batch65: model fields assigned from whole request bodies",
    `
from django.contrib.auth.models import User
from django.http import JsonResponse
from flask import Flask, request

from .db import Profile, session

app = Flask(__name__)
EDITABLE = {"display_name", "bio", "timezone"}


@app.put("/profile/<int:pid>")
def update_profile(pid):
    profile = session.get(Profile, pid)
    for key, value in request.get_json().items():
        setattr(profile, key, value) # VULN
    session.commit()
    return {"ok": True}


@app.put("/profile2/<int:pid>")
def update_profile_safe(pid):
    profile = session.get(Profile, pid)
    for key, value in request.get_json().items():
        if key in EDITABLE:
            setattr(profile, key, value) # SAFE
    session.commit()
    return {"ok": True}


def django_update(request, uid):
    User.objects.filter(pk=uid).update(**request.POST.dict()) # VULN
    User.objects.filter(pk=uid).update(first_name=request.POST["first_name"]) # SAFE
    return JsonResponse({"ok": True})


@app.post("/profile")
def create_profile():
    p = Profile(**request.get_json()) # VULN
    session.add(p)
    session.commit()
    return {"id": p.id}
`,
  ),
];
