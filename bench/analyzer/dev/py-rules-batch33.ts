// Dev suite "py-rules", batch 33 (format in py-rules.ts): written after batch 32's fixes, before any further fix,
// from what the second round of the ruff/bandit probe still missed and the neighbouring idioms of the same checks
// (read only, never copied): secrets bound through chained assignments or held as provider-shaped tokens in plain
// containers, secrets printed by scripts, shell wildcards behind absolute command paths, DSA sizes given with a
// backend, TLS checks switched off in aiohttp / urllib3 / ssl contexts, shells chosen through a variable, os.spawn
// and os.exec with request data, pandas pickles from uploads, XML-RPC dotted names and paramiko commands built from
// input. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH33: DevCase[] = [
  ...rules(
    "CWE-798",
    "batch33: secrets bound through chained assignments",
    `
import os


class Settings:
    smtp_password = relay_secret = "rel4y-Pa55-Q3-2025" # VULN
    smtp_user = relay_user = "mailer"
    api_token = backup_token = os.environ.get("API_TOKEN", "") # SAFE


def configure(cfg):
    cfg.db_password = cfg.fallback = "Tr0ub4dor&3-prod" # VULN
    cfg.db_host = cfg.fallback_host = "db.internal"
    return cfg
`,
  ),
  ...rules(
    "CWE-798",
    "batch33: provider-shaped tokens in plain containers",
    `
import os
import requests

UPSTREAMS = [
    ("payments", "https://api.razorpay.com/v1", "rzp_live_Q8mZt2KcVw1RsT"), # VULN
    ("billing", "https://billing.internal/v2", os.environ.get("BILLING_KEY", "")), # SAFE
]

DEFAULT_HEADERS = {
    "Authorization": "Bearer sk-proj-Zq4rT7uVw2xY9aBcD3eFgH5iJkL8mNoP1qRsT6uVwXyZ0aBc", # VULN
    "User-Agent": "reports/2.1", # SAFE
}


def call(name, path):
    for svc, base, key in UPSTREAMS:
        if svc == name:
            return requests.get(base + path, headers={**DEFAULT_HEADERS, "X-Key": key}, timeout=10)
    raise KeyError(name)
`,
  ),
  ...rules(
    "CWE-532",
    "batch33: secrets printed or logged by scripts",
    `
import logging
import os
import sys

log = logging.getLogger("provision")


def provision(host, admin_password, db_password):
    print(f"provisioning {host} with admin password {admin_password}") # VULN
    print("database password:", db_password, file=sys.stderr) # VULN
    print(f"provisioning {host}") # SAFE
    log.info("db password for %s is %s", host, db_password) # VULN
    log.info("db password for %s set (%d chars)", host, len(db_password)) # SAFE
    return os.path.join("/etc/provisioned", host)
`,
  ),
  ...rules(
    "CWE-155",
    "batch33: shell wildcards behind absolute command paths",
    `
import os
import subprocess

SPOOL = "/var/spool/reports"


def compress_spool():
    subprocess.check_call("/usr/bin/tar -czf /backups/spool.tgz *", shell=True, cwd=SPOOL) # VULN
    subprocess.check_call(["/usr/bin/tar", "-czf", "/backups/spool.tgz", "--", "."], cwd=SPOOL) # SAFE


def fix_owner():
    os.chdir(SPOOL)
    os.system("/bin/chown -R reports: *") # VULN
    os.system("/bin/chown -R reports: " + SPOOL) # SAFE
`,
  ),
  ...rules(
    "CWE-326",
    "batch33: DSA and RSA sizes given with a backend",
    `
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives.asymmetric import dsa, rsa


def legacy_dsa():
    return dsa.generate_private_key(1024, default_backend()) # VULN


def modern_dsa():
    return dsa.generate_private_key(3072, default_backend()) # SAFE


def legacy_rsa():
    return rsa.generate_private_key(65537, 1024, default_backend()) # VULN


def modern_rsa():
    return rsa.generate_private_key(65537, 3072, default_backend()) # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch33: TLS checks off in aiohttp, urllib3 and ssl contexts",
    `
import ssl
import aiohttp
import requests
import urllib3


async def fetch_status(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=False) as resp: # VULN
            return resp.status


async def fetch_status_checked(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=ssl.create_default_context()) as resp: # SAFE
            return resp.status


def connector():
    return aiohttp.TCPConnector(verify_ssl=False) # VULN


def pool():
    return urllib3.PoolManager(cert_reqs="CERT_NONE") # VULN


def pool_checked():
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca-certificates.crt") # SAFE


def api_session(token):
    s = requests.Session()
    s.headers["Authorization"] = "Bearer " + token
    s.verify = False # VULN
    return s


def api_session_corp(token):
    s = requests.Session()
    s.headers["Authorization"] = "Bearer " + token
    s.verify = "/etc/ssl/corp-root-ca.pem" # SAFE
    return s


def client_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE # VULN
    return ctx


def client_context_checked():
    ctx = ssl.create_default_context()
    ctx.verify_mode = ssl.CERT_REQUIRED # SAFE
    return ctx
`,
  ),
  ...rules(
    "CWE-78",
    "batch33: shells chosen through a variable, os.spawn and os.exec",
    `
import os
import subprocess
from flask import Flask, request

app = Flask(__name__)
USE_SHELL = True


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    out = subprocess.run("ping -c 1 " + host, shell=USE_SHELL, capture_output=True) # VULN
    return out.stdout


@app.route("/ping2")
def ping2():
    host = request.args.get("host", "")
    out = subprocess.run(["ping", "-c", "1", "--", host], capture_output=True) # SAFE
    return out.stdout


@app.route("/convert")
def convert():
    name = request.args.get("name", "")
    os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "convert /srv/in/" + name + " /srv/out/out.png") # VULN
    return "ok"


@app.route("/convert2")
def convert2():
    name = os.path.basename(request.args.get("name", ""))
    os.spawnlp(os.P_WAIT, "convert", "convert", "/srv/in/" + name, "/srv/out/out.png") # SAFE
    return "ok"


@app.route("/run")
def run_tool():
    tool_args = request.args.get("args", "")
    os.execvp("/bin/sh", ["/bin/sh", "-c", "/opt/tool " + tool_args]) # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch33: pandas pickles from uploads",
    `
import io
import pandas as pd
from flask import Flask, request

app = Flask(__name__)


@app.route("/frames", methods=["POST"])
def upload_frame():
    df = pd.read_pickle(io.BytesIO(request.files["frame"].read())) # VULN
    return {"rows": len(df)}


@app.route("/frames2", methods=["POST"])
def upload_frame2():
    df = pd.read_json(io.BytesIO(request.files["frame"].read())) # SAFE
    return {"rows": len(df)}


@app.route("/frames3", methods=["POST"])
def upload_frame3():
    df = pd.read_csv(request.files["frame"]) # SAFE
    return {"rows": len(df)}
`,
  ),
  ...rules(
    "CWE-78",
    "batch33: paramiko commands built from input",
    `
import shlex
import paramiko
from flask import Flask, request

app = Flask(__name__)


def ssh():
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect("build.internal", username="ci")
    return client


@app.route("/logs")
def logs():
    svc = request.args.get("svc", "")
    _, out, _ = ssh().exec_command(f"journalctl -u {svc} -n 100") # VULN
    return out.read()


@app.route("/logs2")
def logs2():
    svc = request.args.get("svc", "")
    _, out, _ = ssh().exec_command(f"journalctl -u {shlex.quote(svc)} -n 100") # SAFE
    return out.read()
`,
  ),
  ...rules(
    "CWE-749",
    "batch33: XML-RPC objects exposed with dotted names",
    `
from xmlrpc.server import SimpleXMLRPCServer


class Inventory:
    def __init__(self):
        self.items = {}

    def count(self):
        return len(self.items)


def serve():
    server = SimpleXMLRPCServer(("127.0.0.1", 8900))
    server.register_instance(Inventory(), allow_dotted_names=True) # VULN
    server.serve_forever()


def serve_plain():
    server = SimpleXMLRPCServer(("127.0.0.1", 8901))
    server.register_instance(Inventory()) # SAFE
    server.serve_forever()
`,
  ),
];
