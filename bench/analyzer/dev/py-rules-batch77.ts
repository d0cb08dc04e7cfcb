// Dev suite "py-rules", batch 77 (format in py-rules.ts), written blind in four parts, one file per rule idea in the
// style of a rule set's test files, third-party libraries beyond the stdlib. Part 1: AWS SDK (public ACLs, bucket
// policies, unencrypted storage, hard-coded keys), paramiko (host-key policies, exec_command), remote-execution
// wrappers (fabric, invoke, sh, plumbum), cleartext protocols (ftplib, telnetlib, smtplib), ssl/pyOpenSSL protocol
// constants, and HTTP clients (requests, httpx, aiohttp, urllib3: verification off, no timeout, http:// with
// credentials). Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

const PART1: DevCase[] = [
  ...rules(
    "CWE-732",
    "batch77: p1 boto3 S3 objects and buckets published with public canned ACLs",
    `
import json

import boto3

s3 = boto3.client("s3")
s3_res = boto3.resource("s3")


def publish_report(bucket, key, body):
    s3.put_object(Bucket=bucket, Key=key, Body=body, ACL="public-read") # VULN
    s3.put_object(Bucket=bucket, Key=key, Body=body, ACL="private") # SAFE
    s3.put_object(Bucket=bucket, Key=key, Body=body, ContentType="text/csv") # SAFE
    s3.put_object_acl(Bucket=bucket, Key=key, ACL="public-read-write") # VULN
    s3.put_object_acl(Bucket=bucket, Key=key, ACL="bucket-owner-full-control") # SAFE
    s3.upload_file("/tmp/report.csv", bucket, key, ExtraArgs={"ACL": "public-read"}) # VULN
    s3.upload_file("/tmp/report.csv", bucket, key, ExtraArgs={"ContentType": "text/csv"}) # SAFE
    s3_res.Object(bucket, key).put(Body=body, ACL="authenticated-read") # VULN
    s3_res.Object(bucket, key).put(Body=body) # SAFE
    return s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=300) # SAFE


def create_site_bucket(name):
    s3.create_bucket(Bucket=name, ACL="public-read-write") # VULN
    s3.put_bucket_acl(Bucket=name, ACL="public-read") # VULN
    s3.put_bucket_acl(Bucket=name, ACL="private") # SAFE
    s3_res.Bucket(name).Acl().put(ACL="public-read") # VULN
    s3.put_public_access_block(Bucket=name, PublicAccessBlockConfiguration={"BlockPublicAcls": False, "IgnorePublicAcls": False, "BlockPublicPolicy": False, "RestrictPublicBuckets": False}) # VULN
    s3.put_public_access_block(Bucket=name, PublicAccessBlockConfiguration={"BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True, "RestrictPublicBuckets": True}) # SAFE


def open_bucket_policy(name):
    policy = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": f"arn:aws:s3:::{name}/*"}]}
    s3.put_bucket_policy(Bucket=name, Policy=json.dumps(policy)) # VULN


def scoped_bucket_policy(name, account_id):
    policy = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account_id}:root"}, "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{name}/*"}]}
    s3.put_bucket_policy(Bucket=name, Policy=json.dumps(policy)) # SAFE
`,
  ),
  ...rules(
    "CWE-311",
    "batch77: p1 boto3 storage created or left without encryption at rest",
    `
import boto3

rds = boto3.client("rds")
ec2 = boto3.client("ec2")
s3 = boto3.client("s3")


def provision(name, password):
    rds.create_db_instance(DBInstanceIdentifier=name, Engine="postgres", DBInstanceClass="db.t3.micro", AllocatedStorage=20, MasterUsername="app", MasterUserPassword=password, StorageEncrypted=False) # VULN
    rds.create_db_instance(DBInstanceIdentifier=name + "-enc", Engine="postgres", DBInstanceClass="db.t3.micro", AllocatedStorage=20, MasterUsername="app", MasterUserPassword=password, StorageEncrypted=True) # SAFE
    ec2.create_volume(AvailabilityZone="eu-west-1a", Size=100, Encrypted=False) # VULN
    ec2.create_volume(AvailabilityZone="eu-west-1a", Size=100, Encrypted=True, KmsKeyId="alias/ebs") # SAFE
    s3.delete_bucket_encryption(Bucket=name) # SAFE
    s3.put_bucket_encryption(Bucket=name, ServerSideEncryptionConfiguration={"Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"}}]}) # SAFE
    s3.put_object(Bucket=name, Key="seed.sql", Body=b"", ServerSideEncryption="aws:kms") # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch77: p1 AWS and SSH credentials written into the source",
    `
import os

import boto3
import botocore.session
import paramiko

AWS_ACCESS_KEY_ID = "AKIAJ2HH2DRVYYALD0T0" # VULN
AWS_SECRET_ACCESS_KEY = "g9TAwOB05ga73aVFi6yd8migvH84OEFQzYrwua8g" # VULN
AWS_REGION = "eu-west-1" # SAFE


def s3_client():
    return boto3.client("s3", aws_access_key_id="AKIAX18TVY8ZHJE10PNB", aws_secret_access_key="asGdYdED7BKF8pLc0fibx6mzMvjq3Pj2HFJyKtsc") # VULN


def s3_client_env():
    return boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"]) # SAFE


def session():
    return boto3.Session(aws_access_key_id="AKIAVODS2KXAEPDKAGE4", aws_secret_access_key="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", region_name=AWS_REGION) # VULN


def session_profile():
    return boto3.Session(profile_name="reporting", region_name=AWS_REGION) # SAFE


def low_level():
    sess = botocore.session.get_session()
    sess.set_credentials("AKIAJ2HH2DRVYYALD0T0", "g9TAwOB05ga73aVFi6yd8migvH84OEFQzYrwua8g") # VULN
    return sess


def ssh(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="deploy", password="Tr0ub4dor&3-deploy") # VULN
    client.connect(host, username="deploy", password=os.environ["DEPLOY_PASSWORD"]) # SAFE
    client.connect(host, username="deploy", key_filename=os.path.expanduser("~/.ssh/id_ed25519")) # SAFE
    return client
`,
  ),
  ...rules(
    "CWE-295",
    "batch77: p1 paramiko clients accepting unknown host keys",
    `
import paramiko
from paramiko import AutoAddPolicy, RejectPolicy
from paramiko.client import WarningPolicy


def connect_any(host):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy()) # VULN
    client.connect(host, username="ops")
    return client


def connect_class(host):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(AutoAddPolicy) # VULN
    client.connect(host, username="ops")
    return client


def connect_warn(host):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(WarningPolicy()) # VULN
    client.connect(host, username="ops")
    return client


def connect_known(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(RejectPolicy()) # SAFE
    client.connect(host, username="ops")
    return client


def connect_default(host):
    client = paramiko.SSHClient()
    client.load_host_keys("/etc/ssh/ssh_known_hosts") # SAFE
    client.connect(host, username="ops")
    return client
`,
  ),
  ...rules(
    "CWE-78",
    "batch77: p1 paramiko exec_command with request data in the remote command line",
    `
import shlex

import paramiko
from flask import Flask, abort, request

app = Flask(__name__)
SERVICES = {"nginx", "redis", "worker"}


def ssh():
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect("app1.internal", username="ops")
    return client


@app.route("/logs")
def logs():
    name = request.args.get("name", "app.log")
    client = ssh()
    _, out, _ = client.exec_command("tail -n 100 /var/log/" + name) # VULN
    _, out2, _ = client.exec_command("tail -n 100 /var/log/" + shlex.quote(name)) # SAFE
    _, up, _ = client.exec_command("uptime") # SAFE
    return out.read() + out2.read() + up.read()


@app.route("/restart", methods=["POST"])
def restart():
    service = request.form["service"]
    client = ssh()
    client.exec_command(f"sudo systemctl restart {service}") # VULN
    if service not in SERVICES:
        abort(400)
    client.exec_command(f"sudo systemctl restart {service}") # SAFE
    return "ok"


@app.route("/ls")
def listing():
    path = request.args["path"]
    transport = ssh().get_transport()
    chan = transport.open_session()
    chan.exec_command("ls -la %s" % path) # VULN
    return chan.recv(65536)
`,
  ),
  ...rules(
    "CWE-78",
    "batch77: p1 fabric, invoke, sh and plumbum commands built from request data",
    `
import shlex

import invoke
import sh
from fabric import Connection
from flask import Flask, request
from invoke import run as inv_run
from plumbum import local

app = Flask(__name__)


@app.route("/deploy", methods=["POST"])
def deploy():
    branch = request.form.get("branch", "main")
    conn = Connection("web1.internal", user="deploy")
    conn.run(f"cd /srv/app && git checkout {branch}") # VULN
    conn.sudo("systemctl restart " + request.form["svc"]) # VULN
    conn.run("cd /srv/app && git checkout " + shlex.quote(branch)) # SAFE
    conn.run("cd /srv/app && git pull --ff-only") # SAFE
    conn.local("git tag deploy-" + branch) # VULN
    return "deployed"


@app.route("/backup")
def backup():
    folder = request.args["dir"]
    inv_run("tar czf /tmp/backup.tgz " + folder) # VULN
    invoke.run(f"du -sh {folder}", hide=True) # VULN
    ctx = invoke.Context()
    ctx.run("rsync -a %s /mnt/backup/" % folder) # VULN
    inv_run("tar czf /tmp/backup.tgz /srv/app/uploads", hide=True) # SAFE
    ctx.run("du -sh " + shlex.quote(folder), hide=True) # SAFE
    return "ok"


@app.route("/ping")
def ping():
    host = request.args["host"]
    out = sh.bash("-c", "ping -c 1 " + host) # VULN
    tool = sh.Command(request.args["tool"])("--version") # VULN
    log = sh.git("log", "--oneline", "-n", "10") # SAFE
    return str(out) + str(tool) + str(log)


@app.route("/grep")
def grep():
    pattern = request.args["q"]
    out = local["bash"]["-c", "grep " + pattern + " /var/log/app.log"]() # VULN
    runner = local[request.args["tool"]]("--version") # VULN
    safe = local["grep"]["-F", "--", pattern, "/var/log/app.log"]() # SAFE
    count = local["wc"]["-l", "/var/log/app.log"]() # SAFE
    return out + safe + count + str(runner)
`,
  ),
  ...rules(
    "CWE-78",
    "batch77: p1 fabric 1.x task helpers with command-line arguments",
    `
import sys

from fabric.api import local, run, sudo


def rollback(release):
    run("ln -sfn /srv/releases/%s /srv/current" % release) # VULN
    sudo("systemctl reload app") # SAFE
    local("git tag -d " + release) # VULN


def status():
    run("systemctl status app --no-pager") # SAFE


if __name__ == "__main__":
    rollback(sys.argv[1])
`,
  ),
  ...rules(
    "CWE-319",
    "batch77: p1 ftplib, telnetlib and smtplib sessions that log in over cleartext",
    `
import ftplib
import os
import smtplib
import ssl
import telnetlib
from email.message import EmailMessage


def upload_backup(path):
    ftp = ftplib.FTP("ftp.backup.example.com") # VULN
    ftp.login("backup", os.environ["FTP_PASSWORD"])
    with open(path, "rb") as fh:
        ftp.storbinary("STOR backup.tgz", fh)
    ftp.quit()


def upload_backup_tls(path):
    ftps = ftplib.FTP_TLS("ftp.backup.example.com", context=ssl.create_default_context()) # SAFE
    ftps.login("backup", os.environ["FTP_PASSWORD"])
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR backup.tgz", fh)
    ftps.quit()


def reboot_switch(host):
    tn = telnetlib.Telnet(host, 23, timeout=10) # VULN
    tn.read_until(b"login: ")
    tn.write(b"admin\\n")
    tn.read_until(b"Password: ")
    tn.write(os.environ["SWITCH_PASSWORD"].encode() + b"\\n")
    tn.write(b"reload\\n")
    tn.close()


def send_alert(body):
    msg = EmailMessage()
    msg["Subject"] = "alert"
    msg.set_content(body)
    smtp = smtplib.SMTP("smtp.example.com", 25) # VULN
    smtp.login("alerts", os.environ["SMTP_PASSWORD"])
    smtp.send_message(msg)
    smtp.quit()


def send_alert_starttls(body):
    msg = EmailMessage()
    msg.set_content(body)
    smtp = smtplib.SMTP("smtp.example.com", 587) # SAFE
    smtp.starttls(context=ssl.create_default_context())
    smtp.login("alerts", os.environ["SMTP_PASSWORD"])
    smtp.send_message(msg)
    smtp.quit()


def send_alert_ssl(body):
    msg = EmailMessage()
    msg.set_content(body)
    with smtplib.SMTP_SSL("smtp.example.com", 465, context=ssl.create_default_context()) as smtp: # SAFE
        smtp.login("alerts", os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)
`,
  ),
  ...rules(
    "CWE-327",
    "batch77: p1 ssl and pyOpenSSL contexts pinned to broken protocol versions or ciphers",
    `
import socket
import ssl

from OpenSSL import SSL


def legacy_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1) # VULN
    return ctx


def legacy_context_11():
    return ssl.SSLContext(protocol=ssl.PROTOCOL_TLSv1_1) # VULN


def modern_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT) # SAFE
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2 # SAFE
    return ctx


def lowered_floor():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1 # VULN
    ctx.set_ciphers("RC4-SHA:DES-CBC3-SHA") # VULN
    return ctx


def strong_ciphers():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20") # SAFE
    return ctx


def wrap(host):
    sock = socket.create_connection((host, 443))
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv3) # VULN


def openssl_context():
    return SSL.Context(SSL.TLSv1_METHOD) # VULN


def openssl_context_ok():
    return SSL.Context(SSL.TLS_CLIENT_METHOD) # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch77: p1 ssl contexts with certificate or hostname checks switched off",
    `
import ssl
import urllib.request


def fetch(url):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False # VULN
    ctx.verify_mode = ssl.CERT_NONE # VULN
    return urllib.request.urlopen(url, context=ctx, timeout=10).read()


def fetch_unverified(url):
    return urllib.request.urlopen(url, context=ssl._create_unverified_context(), timeout=10).read() # VULN


def fetch_pinned(url):
    ctx = ssl.create_default_context(cafile="/etc/pki/internal-ca.pem") # SAFE
    ctx.verify_mode = ssl.CERT_REQUIRED # SAFE
    return urllib.request.urlopen(url, context=ctx, timeout=10).read()
`,
  ),
  ...rules(
    "CWE-295",
    "batch77: p1 requests, httpx, aiohttp and urllib3 with certificate verification off",
    `
import ssl

import aiohttp
import certifi
import httpx
import requests
import urllib3


def call_partner(url, payload):
    r1 = requests.get(url, verify=False, timeout=10) # VULN
    r2 = requests.post(url, json=payload, verify=False, timeout=5) # VULN
    r3 = requests.request("PUT", url, data=payload, verify=False, timeout=5) # VULN
    r4 = requests.get(url, verify="/etc/pki/partner-ca.pem", timeout=10) # SAFE
    r5 = requests.get(url, timeout=10) # SAFE
    return r1, r2, r3, r4, r5


def partner_session():
    s = requests.Session()
    s.verify = False # VULN
    return s


def partner_session_ca():
    s = requests.Session()
    s.verify = "/etc/pki/partner-ca.pem" # SAFE
    return s


def httpx_calls(url):
    a = httpx.get(url, verify=False) # VULN
    with httpx.Client(verify=False, timeout=10) as client: # VULN
        b = client.get(url)
    with httpx.Client(verify=ssl.create_default_context(cafile=certifi.where()), timeout=10) as client: # SAFE
        c = client.get(url)
    return a, b, c


async def aio_calls(url):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as session: # VULN
        async with session.get(url) as resp:
            first = await resp.text()
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=False) as resp: # VULN
            second = await resp.text()
        async with session.get(url, verify_ssl=False) as resp: # VULN
            third = await resp.text()
        async with session.get(url, ssl=ssl.create_default_context()) as resp: # SAFE
            fourth = await resp.text()
    return first + second + third + fourth


def pool(url):
    http = urllib3.PoolManager(cert_reqs="CERT_NONE") # VULN
    http2 = urllib3.PoolManager(cert_reqs=ssl.CERT_NONE) # VULN
    http3 = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where()) # SAFE
    conn = urllib3.HTTPSConnectionPool("api.partner.example", port=443, cert_reqs="CERT_NONE") # VULN
    return http.request("GET", url), http2.request("GET", url), http3.request("GET", url), conn
`,
  ),
  ...rules(
    "CWE-400",
    "batch77: p1 requests calls with no timeout or an explicit infinite one",
    `
import httpx
import requests

API = "https://api.partner.example/v1"


def sync_orders(token):
    r = requests.get(API + "/orders", headers={"Authorization": "Bearer " + token}) # VULN
    r2 = requests.post(API + "/ack", json={"ok": True}, timeout=None) # VULN
    r3 = requests.get(API + "/orders", headers={"Authorization": "Bearer " + token}, timeout=10) # SAFE
    r4 = requests.post(API + "/ack", json={"ok": True}, timeout=(3.05, 27)) # SAFE
    return r.json(), r2, r3.json(), r4


def session_calls(token):
    with requests.Session() as s:
        s.headers["Authorization"] = "Bearer " + token
        a = s.get(API + "/items") # VULN
        b = s.get(API + "/items", timeout=15) # SAFE
    return a, b


def httpx_calls():
    a = httpx.get(API + "/health") # SAFE
    with httpx.Client(timeout=None) as client: # VULN
        b = client.get(API + "/health")
    return a, b
`,
  ),
  ...rules(
    "CWE-319",
    "batch77: p1 credentials and tokens sent to plain http:// endpoints",
    `
import os
import urllib.request

import httpx
import requests


def login(user, password):
    r = requests.post("http://auth.partner.example/oauth/token", data={"username": user, "password": password}, timeout=10) # VULN
    r2 = requests.post("https://auth.partner.example/oauth/token", data={"username": user, "password": password}, timeout=10) # SAFE
    return r.json(), r2.json()


def push_metrics(token, body):
    a = httpx.post("http://metrics.partner.example/v1/push", headers={"Authorization": "Bearer " + token}, content=body) # VULN
    b = httpx.post("http://localhost:9091/metrics/job/batch", content=body) # SAFE
    c = httpx.post("http://127.0.0.1:8428/api/v1/import", content=body) # SAFE
    return a, b, c


def fetch_config():
    req = urllib.request.Request("http://config.partner.example/app.json", headers={"X-Api-Key": os.environ["CONFIG_KEY"]}) # VULN
    return urllib.request.urlopen(req, timeout=10).read()


def fetch_config_tls():
    req = urllib.request.Request("https://config.partner.example/app.json", headers={"X-Api-Key": os.environ["CONFIG_KEY"]}) # SAFE
    return urllib.request.urlopen(req, timeout=10).read()
`,
  ),
];

// Part 2: cryptography hazmat and pycryptodome(x) (ECB, DES/3DES/RC4/Blowfish/RC2, small RSA/DSA/EC keys, static
// IVs and nonces, MD5/SHA-1 in signatures and digests, PKCS#1 v1.5 encryption, static salts, hard-coded keys), and
// token libraries (PyJWT, python-jose, authlib: signature checks off, alg none, literal secrets).
const PART2: DevCase[] = [
  ...rules(
    "CWE-327",
    "batch77: p2 cryptography hazmat ciphers in ECB mode or with broken algorithms",
    `
import os

from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4, TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_block(key, data):
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor() # VULN
    return enc.update(data) + enc.finalize()


def encrypt_block_mode(key, data):
    mode = modes.ECB() # VULN
    enc = Cipher(algorithms.AES(key), mode).encryptor()
    return enc.update(data) + enc.finalize()


def encrypt_gcm(key, data):
    iv = os.urandom(12)
    enc = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor() # SAFE
    return iv + enc.update(data) + enc.finalize() + enc.tag


def encrypt_ctr(key, data):
    nonce = os.urandom(16)
    enc = Cipher(algorithms.AES256(key), modes.CTR(nonce)).encryptor() # SAFE
    return nonce + enc.update(data) + enc.finalize()


def legacy_3des(key, data):
    iv = os.urandom(8)
    enc = Cipher(TripleDES(key), modes.CBC(iv)).encryptor() # VULN
    return iv + enc.update(data) + enc.finalize()


def legacy_rc4(key, data):
    enc = Cipher(ARC4(key), mode=None).encryptor() # VULN
    return enc.update(data)


def legacy_blowfish(key, data):
    iv = os.urandom(8)
    enc = Cipher(algorithms.Blowfish(key), modes.CBC(iv)).encryptor() # VULN
    return iv + enc.update(data) + enc.finalize()


def stream_chacha(key, data):
    nonce = os.urandom(16)
    enc = Cipher(algorithms.ChaCha20(key, nonce), mode=None).encryptor() # SAFE
    return nonce + enc.update(data)
`,
  ),
  ...rules(
    "CWE-327",
    "batch77: p2 pycryptodome ciphers in ECB mode or with broken algorithms",
    `
from Crypto.Cipher import AES, ARC2, ARC4, DES, DES3, Blowfish, ChaCha20_Poly1305
from Crypto.Random import get_random_bytes
from Cryptodome.Cipher import AES as AESX


def seal_ecb(key, data):
    return AES.new(key, AES.MODE_ECB).encrypt(data) # VULN


def seal_ecb_x(key, data):
    cipher = AESX.new(key, AESX.MODE_ECB) # VULN
    return cipher.encrypt(data)


def seal_ecb_default(key, data):
    mode = AES.MODE_ECB
    return AES.new(key, mode).encrypt(data) # VULN


def seal_gcm(key, data):
    cipher = AES.new(key, AES.MODE_GCM) # SAFE
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct


def seal_eax_x(key, data):
    cipher = AESX.new(key, AESX.MODE_EAX) # SAFE
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct


def seal_des(key, data):
    cipher = DES.new(key, DES.MODE_CBC) # VULN
    return cipher.iv + cipher.encrypt(data)


def seal_3des(key, data):
    cipher = DES3.new(key, DES3.MODE_CFB) # VULN
    return cipher.iv + cipher.encrypt(data)


def seal_rc4(key, data):
    return ARC4.new(key).encrypt(data) # VULN


def seal_rc2(key, data):
    return ARC2.new(key, ARC2.MODE_CBC, iv=get_random_bytes(8)).encrypt(data) # VULN


def seal_blowfish(key, data):
    cipher = Blowfish.new(key, Blowfish.MODE_CBC) # VULN
    return cipher.iv + cipher.encrypt(data)


def seal_chacha(key, data):
    cipher = ChaCha20_Poly1305.new(key=key) # SAFE
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct
`,
  ),
  ...rules(
    "CWE-326",
    "batch77: p2 RSA, DSA and EC keys generated below safe sizes",
    `
from Crypto.PublicKey import DSA as PyDSA
from Crypto.PublicKey import RSA
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa

KEY_BITS = 1024


def make_keys():
    a = rsa.generate_private_key(public_exponent=65537, key_size=1024) # VULN
    b = rsa.generate_private_key(65537, 512) # VULN
    c = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS) # VULN
    d = rsa.generate_private_key(public_exponent=65537, key_size=2048) # SAFE
    e = rsa.generate_private_key(public_exponent=65537, key_size=4096) # SAFE
    return a, b, c, d, e


def make_dsa():
    small = dsa.generate_private_key(key_size=1024) # VULN
    ok = dsa.generate_private_key(key_size=3072) # SAFE
    return small, ok


def make_ec():
    weak = ec.generate_private_key(ec.SECP192R1()) # VULN
    ok = ec.generate_private_key(ec.SECP256R1()) # SAFE
    ok2 = ec.generate_private_key(curve=ec.SECP384R1()) # SAFE
    return weak, ok, ok2


def make_pycryptodome():
    k1 = RSA.generate(1024) # VULN
    k2 = RSA.generate(bits=768) # VULN
    k3 = RSA.generate(3072) # SAFE
    k4 = PyDSA.generate(1024) # VULN
    k5 = PyDSA.generate(2048) # SAFE
    return k1, k2, k3, k4, k5
`,
  ),
  ...rules(
    "CWE-329",
    "batch77: p2 CBC/CTR/GCM initialisation vectors and nonces fixed in the source",
    `
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

STATIC_IV = b"\\x00" * 16
IV_TEXT = b"0123456789abcdef"


def enc_cbc_zero(key, data):
    enc = Cipher(algorithms.AES(key), modes.CBC(STATIC_IV)).encryptor() # VULN
    return enc.update(data) + enc.finalize()


def enc_cbc_literal(key, data):
    enc = Cipher(algorithms.AES(key), modes.CBC(b"fedcba9876543210")).encryptor() # VULN
    return enc.update(data) + enc.finalize()


def enc_cbc_random(key, data):
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor() # SAFE
    return iv + enc.update(data) + enc.finalize()


def enc_gcm_fixed(key, data):
    return AESGCM(key).encrypt(b"\\x00" * 12, data, None) # VULN


def enc_gcm_random(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None) # SAFE


def enc_chacha_fixed(key, data):
    nonce = b"static-nonc"
    return ChaCha20Poly1305(key).encrypt(nonce + b"e", data, None) # VULN


def enc_pycryptodome_fixed(key, data):
    cipher = AES.new(key, AES.MODE_CBC, iv=IV_TEXT) # VULN
    return cipher.encrypt(data)


def enc_pycryptodome_positional(key, data):
    cipher = AES.new(key, AES.MODE_CBC, b"\\x01" * 16) # VULN
    return cipher.encrypt(data)


def enc_pycryptodome_ctr(key, data):
    cipher = AES.new(key, AES.MODE_CTR, nonce=b"12345678") # VULN
    return cipher.encrypt(data)


def enc_pycryptodome_random(key, data):
    iv = get_random_bytes(16)
    cipher = AES.new(key, AES.MODE_CBC, iv=iv) # SAFE
    return iv + cipher.encrypt(data)


def dec_pycryptodome(key, blob):
    cipher = AES.new(key, AES.MODE_CBC, iv=blob[:16]) # SAFE
    return cipher.decrypt(blob[16:])
`,
  ),
  ...rules(
    "CWE-328",
    "batch77: p2 MD5 and SHA-1 as the digest of signatures and integrity checks",
    `
import hashlib

from Crypto.Hash import MD5, SHA1, SHA256
from Crypto.Signature import pkcs1_15
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding


def sign_rsa(private_key, data):
    a = private_key.sign(data, padding.PKCS1v15(), hashes.SHA1()) # VULN
    b = private_key.sign(data, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH), hashes.MD5()) # VULN
    c = private_key.sign(data, padding.PKCS1v15(), hashes.SHA256()) # SAFE
    return a, b, c


def sign_ec(private_key, data):
    weak = private_key.sign(data, ec.ECDSA(hashes.SHA1())) # VULN
    ok = private_key.sign(data, ec.ECDSA(hashes.SHA384())) # SAFE
    return weak, ok


def verify_rsa(public_key, sig, data):
    public_key.verify(sig, data, padding.PKCS1v15(), hashes.SHA1()) # VULN


def sign_pycryptodome(key, message):
    h = MD5.new(message) # VULN
    h2 = SHA1.new(message) # VULN
    h3 = SHA256.new(message) # SAFE
    return pkcs1_15.new(key).sign(h), pkcs1_15.new(key).sign(h2), pkcs1_15.new(key).sign(h3)


def fingerprint(data):
    digest = hashes.Hash(hashes.MD5()) # VULN
    digest.update(data)
    strong = hashes.Hash(hashes.SHA256()) # SAFE
    strong.update(data)
    return digest.finalize(), strong.finalize()


def password_digest(password):
    return hashlib.sha1(password.encode()).hexdigest() # VULN


def cache_key(url):
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest() # SAFE
`,
  ),
  ...rules(
    "CWE-780",
    "batch77: p2 RSA encryption with PKCS#1 v1.5 padding instead of OAEP",
    `
from Crypto.Cipher import PKCS1_OAEP, PKCS1_v1_5
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding


def wrap_key(public_key, secret):
    legacy = public_key.encrypt(secret, padding.PKCS1v15()) # VULN
    modern = public_key.encrypt(secret, padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)) # SAFE
    return legacy, modern


def wrap_key_pycryptodome(rsa_key, secret):
    legacy = PKCS1_v1_5.new(rsa_key).encrypt(secret) # VULN
    modern = PKCS1_OAEP.new(rsa_key).encrypt(secret) # SAFE
    return legacy, modern
`,
  ),
  ...rules(
    "CWE-760",
    "batch77: p2 key derivation with a salt fixed in the source",
    `
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

SALT = b"purple-salt-2019"


def derive(password):
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=SALT, iterations=600000) # VULN
    return kdf.derive(password.encode())


def derive_scrypt(password):
    kdf = Scrypt(salt=b"static", length=32, n=2**15, r=8, p=1) # VULN
    return kdf.derive(password.encode())


def derive_random(password):
    salt = os.urandom(16)
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600000) # SAFE
    return salt + kdf.derive(password.encode())
`,
  ),
  ...rules(
    "CWE-798",
    "batch77: p2 symmetric keys and token secrets written into the source",
    `
import os

import jwt
from Crypto.Cipher import AES
from cryptography.fernet import Fernet
from flask import current_app

FERNET = Fernet(b"paI2LtKGX1MV9DVFpDfOV8Dh22jaTaaoxrBNtR4kU1s=") # VULN
AES_KEY = b"c786ff8df596685cb1142b6df23f1a10" # VULN


def fernet_from_env():
    return Fernet(os.environ["FERNET_KEY"]) # SAFE


def fernet_fresh():
    return Fernet(Fernet.generate_key()) # SAFE


def seal(data):
    cipher = AES.new(b"ETq3Gm5t7uzaFlyKDC0lO9xCV_UNyMZm", AES.MODE_GCM) # VULN
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct


def issue(user_id):
    return jwt.encode({"sub": user_id}, "ETq3Gm5t7uzaFlyKDC0lO9xCV_UNyMZm", algorithm="HS256") # VULN


def issue_config(user_id):
    return jwt.encode({"sub": user_id}, current_app.config["JWT_SECRET"], algorithm="HS256") # SAFE


def issue_env(user_id):
    return jwt.encode({"sub": user_id}, os.environ["JWT_SECRET"], algorithm="HS256") # SAFE
`,
  ),
  ...rules(
    "CWE-347",
    "batch77: p2 PyJWT, python-jose and authlib decoding without signature checks or accepting alg none",
    `
import jwt
from authlib.jose import JsonWebToken
from flask import Flask, current_app, g, request
from jose import jwt as jose_jwt

app = Flask(__name__)
PUBLIC_KEYS = {}


def bearer():
    return request.headers.get("Authorization", "").removeprefix("Bearer ")


@app.before_request
def load_user():
    token = bearer()
    claims = jwt.decode(token, options={"verify_signature": False}) # VULN
    g.user = claims["sub"]


@app.route("/legacy")
def legacy():
    claims = jwt.decode(bearer(), current_app.config["JWT_SECRET"], verify=False) # VULN
    return claims["sub"]


@app.route("/none")
def accepts_none():
    claims = jwt.decode(bearer(), None, algorithms=["none"]) # VULN
    return claims["sub"]


@app.route("/ok")
def verified():
    claims = jwt.decode(bearer(), current_app.config["JWT_SECRET"], algorithms=["HS256"]) # SAFE
    return claims["sub"]


@app.route("/kid")
def by_kid():
    token = bearer()
    header = jwt.get_unverified_header(token) # SAFE
    claims = jwt.decode(token, PUBLIC_KEYS[header["kid"]], algorithms=["RS256"]) # SAFE
    return claims["sub"]


@app.route("/jose")
def jose_route():
    token = bearer()
    unchecked = jose_jwt.decode(token, "", options={"verify_signature": False}) # VULN
    peeked = jose_jwt.get_unverified_claims(token) # VULN
    checked = jose_jwt.decode(token, current_app.config["JWT_PUBLIC_KEY"], algorithms=["RS256"]) # SAFE
    return unchecked["sub"] + peeked["sub"] + checked["sub"]


def unsigned_token(user_id):
    return jwt.encode({"sub": user_id}, None, algorithm="none") # VULN


LAX = JsonWebToken(["RS256", "none"]) # SAFE
STRICT = JsonWebToken(["RS256"]) # SAFE


@app.route("/authlib")
def authlib_route():
    claims = STRICT.decode(bearer(), current_app.config["JWT_PUBLIC_KEY"])
    claims.validate()
    return claims["sub"]
`,
  ),
];

// Part 3: web framework configuration and template engines (Flask and Django debug switches, literal secret keys,
// cookie flags, CSRF exemptions and switches, host and CORS wildcards; Jinja2 autoescape and templates from the
// request) and data stores (SQLAlchemy text/exec_driver_sql/literal_column/order_by, pymongo $where, $function
// and operator injection from JSON bodies, redis Lua scripts built from input).
const PART3: DevCase[] = [
  ...rules(
    "CWE-489",
    "batch77: p3 Flask debug mode switched on for the served app",
    `
import os

from flask import Flask

app = Flask(__name__)
app.config["DEBUG"] = True # VULN
app.debug = True # VULN
app.config.from_mapping(DEBUG=True) # VULN


@app.route("/")
def index():
    return "ok"


def serve():
    app.run(host="0.0.0.0", port=8000, debug=True) # VULN


def serve_env():
    app.run(host="0.0.0.0", port=8000, debug=os.environ.get("FLASK_DEBUG") == "1") # SAFE


def serve_prod():
    app.run(host="0.0.0.0", port=8000, debug=False) # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch77: p3 Flask secret keys written into the source",
    `
import os
import secrets

from flask import Flask

app = Flask(__name__)
app.secret_key = "s3cr3t-flask-key-do-not-share" # VULN
app.config["SECRET_KEY"] = "a1b2c3d4e5f6a7b8c9d0" # VULN
app.config.update(SECRET_KEY="change-me-in-production-42", SESSION_COOKIE_NAME="sid") # VULN
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"] # SAFE
app.config.update(SECRET_KEY=os.environ.get("FLASK_SECRET_KEY")) # SAFE


def ephemeral_app():
    test_app = Flask("ephemeral")
    test_app.secret_key = secrets.token_hex(32) # SAFE
    return test_app
`,
  ),
  ...rules(
    "CWE-614",
    "batch77: p3 Flask session and auth cookies without the Secure flag",
    `
import os

from flask import Flask, make_response, request

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = False # VULN
app.config.update(SESSION_COOKIE_SECURE=False, SESSION_COOKIE_HTTPONLY=True) # VULN
app.config["REMEMBER_COOKIE_SECURE"] = True # SAFE


def strict_config(target):
    target.config["SESSION_COOKIE_SECURE"] = True # SAFE
    target.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_SAMESITE="Lax") # SAFE


@app.route("/login", methods=["POST"])
def login():
    token = os.urandom(24).hex()
    resp = make_response("ok")
    resp.set_cookie("auth_token", token, httponly=True) # VULN
    resp.set_cookie("auth_token_v2", token, secure=False, httponly=True) # VULN
    resp.set_cookie("auth_token_v3", token, secure=True, httponly=True, samesite="Strict") # SAFE
    return resp
`,
  ),
  ...rules(
    "CWE-352",
    "batch77: p3 Flask-WTF and Django views with CSRF protection removed",
    `
import hashlib
import hmac
import os

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from flask import Flask, request
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["WTF_CSRF_ENABLED"] = False # VULN
csrf = CSRFProtect(app)


@app.route("/account/email", methods=["POST"])
@csrf.exempt # VULN
def change_email():
    return "changed to " + str(len(request.form["email"]))


@app.route("/account/name", methods=["POST"])
def change_name():
    return "changed"


@csrf_exempt # VULN
@login_required
def transfer(request):
    request.user.account.transfer(request.POST["to"], int(request.POST["amount"]))
    return HttpResponse("sent")


@csrf_exempt # SAFE
def stripe_webhook(request):
    sig = request.headers.get("X-Signature", "")
    mac = hmac.new(os.environ["WEBHOOK_SECRET"].encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, mac):
        return HttpResponseForbidden()
    return HttpResponse("ok")


@login_required
def update_profile(request):
    request.user.profile.bio = request.POST["bio"]
    request.user.profile.save()
    return HttpResponse("saved")
`,
  ),
  ...rules(
    "CWE-489",
    "batch77: p3 Django settings module for production with unsafe switches",
    `
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "django-insecure-7#k2v!x9q@m4z$8w3p1r&n6t^b5y0c*e" # VULN CWE-798
DEBUG = True # VULN
ALLOWED_HOSTS = ["*"] # VULN CWE-20
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions", "corsheaders", "shop"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.security.SecurityMiddleware", "django.contrib.sessions.middleware.SessionMiddleware", "django.middleware.common.CommonMiddleware", "django.middleware.csrf.CsrfViewMiddleware"]
ROOT_URLCONF = "shop.urls"
SESSION_COOKIE_SECURE = False # VULN CWE-614
CSRF_COOKIE_SECURE = False # VULN CWE-614
SESSION_COOKIE_HTTPONLY = False # VULN CWE-1004
CORS_ALLOW_ALL_ORIGINS = True # VULN CWE-942
CORS_ALLOW_CREDENTIALS = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.UnsaltedMD5PasswordHasher"] # VULN CWE-916
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
`,
  ),
  ...rules(
    "CWE-489",
    "batch77: p3 Django settings module reading its switches from the environment",
    `
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"] # SAFE CWE-798
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1" # SAFE
ALLOWED_HOSTS = ["shop.example.com", "www.shop.example.com"] # SAFE CWE-20
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions", "corsheaders", "shop"]
ROOT_URLCONF = "shop.urls"
SESSION_COOKIE_SECURE = True # SAFE CWE-614
CSRF_COOKIE_SECURE = True # SAFE CWE-614
SESSION_COOKIE_HTTPONLY = True # SAFE CWE-1004
CORS_ALLOWED_ORIGINS = ["https://shop.example.com"] # SAFE CWE-942
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher", "django.contrib.auth.hashers.PBKDF2PasswordHasher"] # SAFE CWE-916
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": os.environ["DB_NAME"]}}
`,
  ),
  ...rules(
    "CWE-942",
    "batch77: p3 Flask-CORS reflecting any origin with credentials",
    `
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
api = Flask("api")
CORS(app, origins="*", supports_credentials=True) # VULN
CORS(api, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True) # VULN


def configure(target):
    CORS(target, origins=["https://app.example.com"], supports_credentials=True) # SAFE
    CORS(target, resources={r"/public/*": {"origins": "*"}}) # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch77: p3 Jinja2 environments rendering HTML with autoescape off",
    `
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, PackageLoader, Template, select_autoescape
from markupsafe import Markup

app = Flask(__name__)
env_default = Environment(loader=FileSystemLoader("templates")) # VULN
env_off = Environment(loader=PackageLoader("shop", "templates"), autoescape=False) # VULN
env_on = Environment(loader=FileSystemLoader("templates"), autoescape=True) # SAFE
env_select = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"])) # SAFE


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    page = Template("<h1>Hello {{ name }}</h1>").render(name=name) # VULN
    page2 = Template("<h1>Hello {{ name }}</h1>", autoescape=True).render(name=name) # SAFE
    return page + page2


@app.route("/badge")
def badge():
    name = request.args.get("name", "")
    bad = Markup(f"<b>{name}</b>") # VULN
    good = Markup("<b>{}</b>").format(name) # SAFE
    return bad + good


@app.route("/profile")
def profile():
    return env_on.get_template("profile.html").render(bio=request.args.get("bio", ""))
`,
  ),
  ...rules(
    "CWE-1336",
    "batch77: p3 Jinja2 and Flask templates compiled from request data",
    `
from flask import Flask, render_template_string, request
from jinja2 import Environment, Template
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)
env = Environment(autoescape=True)
sandbox = SandboxedEnvironment(autoescape=True)


@app.route("/preview", methods=["POST"])
def preview():
    body = request.form["template"]
    a = Template(body).render() # VULN
    b = env.from_string(body).render(user="guest") # VULN
    c = render_template_string(request.form["template"]) # VULN
    d = render_template_string("Hello {{ name }}", name=body) # SAFE
    e = sandbox.from_string(body).render(user="guest") # SAFE
    return a + b + c + d + e


@app.route("/greet")
def greet():
    greeting = "<p>Hi " + request.args.get("name", "") + "</p>"
    return render_template_string(greeting) # VULN


@app.route("/greet-ok")
def greet_ok():
    return render_template_string("<p>Hi {{ name }}</p>", name=request.args.get("name", "")) # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch77: p3 SQLAlchemy text, exec_driver_sql, literal_column and order_by built from request data",
    `
from flask import Flask, request
from sqlalchemy import create_engine, literal_column, select, text
from sqlalchemy.orm import Session

from .models import User

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2://app@db/app")
SORTABLE = {"name": User.name, "created": User.created_at}


@app.route("/users")
def users():
    name = request.args.get("name", "")
    sort = request.args.get("sort", "name")
    with Session(engine) as session:
        a = session.execute(text(f"SELECT id FROM users WHERE name = '{name}'")).all() # VULN
        b = session.execute(text("SELECT id FROM users WHERE name = :name"), {"name": name}).all() # SAFE
        c = session.execute(text("SELECT id FROM users WHERE name = :name").bindparams(name=name)).all() # SAFE
        d = session.query(User).filter(text("name LIKE '%" + name + "%'")).all() # VULN
        e = session.query(User).order_by(text(sort)).all() # VULN
        f = session.query(User).order_by(SORTABLE.get(sort, User.name)).all() # SAFE
        g = session.execute(select(User).where(User.name == name)).scalars().all() # SAFE
        h = session.execute(select(literal_column(sort)).select_from(User)).all() # VULN
    return {"n": len(a) + len(b) + len(c) + len(d) + len(e) + len(f) + len(g) + len(h)}


@app.route("/report")
def report():
    region = request.args["region"]
    limit = int(request.args.get("limit", "10"))
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT * FROM sales WHERE region = '%s'" % region).all() # VULN
        rows2 = conn.exec_driver_sql("SELECT * FROM sales WHERE region = %(r)s", {"r": region}).all() # SAFE
        rows3 = conn.execute(text("SELECT * FROM sales LIMIT %d" % limit)).all() # SAFE
        raw = conn.connection.cursor()
        raw.execute("DELETE FROM drafts WHERE region = '" + region + "'") # VULN
    return {"n": len(rows) + len(rows2) + len(rows3)}
`,
  ),
  ...rules(
    "CWE-943",
    "batch77: p3 pymongo queries with server-side JavaScript or operators from the request",
    `
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://db:27017")["shop"]


@app.route("/search")
def search():
    name = request.args.get("name", "")
    a = list(db.users.find({"$where": "this.name == '" + name + "'"})) # VULN
    b = list(db.users.find({"$where": f"this.nick.startsWith('{name}')"})) # VULN
    c = list(db.users.find({"name": name})) # SAFE
    d = list(db.users.find({"$where": "this.age > 21"})) # SAFE
    return {"n": len(a) + len(b) + len(c) + len(d)}


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    user = db.users.find_one({"user": body["user"], "password_hash": body["password"]}) # VULN
    user2 = db.users.find_one({"user": str(body["user"]), "password_hash": str(body["password"])}) # SAFE
    return {"ok": bool(user) and bool(user2)}


@app.route("/stats")
def stats():
    expr = request.args["expr"]
    pipeline = [{"$addFields": {"score": {"$function": {"body": expr, "args": ["$points"], "lang": "js"}}}}]
    rows = list(db.games.aggregate(pipeline)) # VULN
    fixed = [{"$group": {"_id": "$team", "total": {"$sum": "$points"}}}]
    rows2 = list(db.games.aggregate(fixed)) # SAFE
    return {"n": len(rows) + len(rows2)}
`,
  ),
  ...rules(
    "CWE-943",
    "batch77: p3 redis Lua scripts built from request data",
    `
import redis
from flask import Flask, request

app = Flask(__name__)
r = redis.Redis(host="cache", port=6379)
INCR = r.register_script("return redis.call('INCR', KEYS[1])") # SAFE


@app.route("/get")
def get_value():
    key = request.args["key"]
    a = r.eval("return redis.call('GET', '" + key + "')", 0) # VULN
    b = r.eval("return redis.call('GET', KEYS[1])", 1, key) # SAFE
    c = r.evalsha(r.script_load(f"return redis.call('TTL', '{key}')"), 0) # VULN
    return {"a": str(a), "b": str(b), "c": str(c)}


@app.route("/script", methods=["POST"])
def script():
    lua = request.form["lua"]
    runner = r.register_script(lua) # VULN
    return str(runner(keys=["jobs"])) + str(INCR(keys=["hits"]))
`,
  ),
];

// Part 4: parsers and deserialisers (lxml, xml.sax and xml.dom.pulldom with external entities on; PyYAML and
// ruamel.yaml unsafe loaders including the CLoader-or-Loader import idiom; marshal, shelve, dill, jsonpickle,
// cloudpickle, pandas/numpy/torch/joblib loaders, multiprocessing listeners without an authkey), tempfile.mktemp and
// fixed /tmp names, logging.config.listen, xmlrpc servers exposing dangerous callables, and harder shapes of earlier
// ideas (verify=False through a constant or a kwargs dict, asyncssh/pysftp/pycurl host and peer checks, passlib
// weak schemes, Mako without escaping, peewee raw and psycopg2 sql composition).
const PART4: DevCase[] = [
  ...rules(
    "CWE-611",
    "batch77: p4 lxml parsers resolving external entities on uploaded XML",
    `
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
UNSAFE = etree.XMLParser(resolve_entities=True, no_network=False) # VULN
HARDENED = etree.XMLParser(resolve_entities=False, no_network=True) # SAFE


@app.route("/import", methods=["POST"])
def import_feed():
    data = request.files["feed"].read()
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True) # VULN
    doc = etree.fromstring(data, parser)
    doc2 = etree.fromstring(data, UNSAFE)
    doc3 = etree.fromstring(data, etree.XMLParser(resolve_entities=True)) # VULN
    safe = etree.fromstring(data, HARDENED)
    safe2 = etree.fromstring(data, etree.XMLParser(resolve_entities=False, load_dtd=False)) # SAFE
    return {"n": len(doc) + len(doc2) + len(doc3) + len(safe) + len(safe2)}


@app.route("/stream", methods=["POST"])
def stream():
    count = 0
    for _, elem in etree.iterparse(request.files["feed"], events=("end",), resolve_entities=True, load_dtd=True): # VULN
        count += 1
        elem.clear()
    for _, elem in etree.iterparse(request.files["feed2"], events=("end",), resolve_entities=False): # SAFE
        count += 1
        elem.clear()
    return {"n": count}


def parse_upload(path):
    parser = etree.XMLParser(dtd_validation=True, no_network=False) # VULN
    return etree.parse(path, parser)
`,
  ),
  ...rules(
    "CWE-611",
    "batch77: p4 xml.sax and xml.dom.pulldom with external general entities switched on",
    `
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import ContentHandler, feature_external_ges, feature_external_pes

from flask import Flask, request

app = Flask(__name__)


class Counter(ContentHandler):
    def __init__(self):
        super().__init__()
        self.n = 0

    def startElement(self, name, attrs):
        self.n += 1


@app.route("/sax", methods=["POST"])
def sax_upload():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True) # VULN
    parser.setFeature(xml.sax.handler.feature_external_pes, True) # VULN
    handler = Counter()
    parser.setContentHandler(handler)
    parser.parse(request.files["doc"])
    return {"n": handler.n}


@app.route("/sax-ok", methods=["POST"])
def sax_upload_ok():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False) # SAFE
    parser.setFeature(feature_external_pes, False) # SAFE
    handler = Counter()
    parser.setContentHandler(handler)
    parser.parse(request.files["doc"])
    return {"n": handler.n}


@app.route("/pulldom", methods=["POST"])
def pulldom_upload():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, 1) # VULN
    events = pulldom.parseString(request.get_data(as_text=True), parser=parser)
    return {"n": sum(1 for ev, _ in events if ev == pulldom.START_ELEMENT)}
`,
  ),
  ...rules(
    "CWE-502",
    "batch77: p4 PyYAML loaders that construct arbitrary Python objects",
    `
import yaml
from flask import Flask, request

try:
    from yaml import CLoader as Loader
except ImportError:
    from yaml import Loader

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:
    from yaml import SafeLoader

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def upload_config():
    text = request.get_data(as_text=True)
    a = yaml.load(text, Loader=yaml.Loader) # VULN
    b = yaml.load(text, Loader=yaml.UnsafeLoader) # VULN
    c = yaml.unsafe_load(text) # VULN
    d = yaml.load(text, Loader=Loader) # VULN
    e = yaml.load(text, yaml.CLoader) # VULN
    f = list(yaml.load_all(text, Loader=yaml.Loader)) # VULN
    g = list(yaml.unsafe_load_all(text)) # VULN
    h = yaml.safe_load(text) # SAFE
    i = yaml.load(text, Loader=yaml.SafeLoader) # SAFE
    j = yaml.load(text, Loader=SafeLoader) # SAFE
    k = yaml.load(text, Loader=yaml.CSafeLoader) # SAFE
    m = list(yaml.safe_load_all(text)) # SAFE
    return {"n": len([a, b, c, d, e, f, g, h, i, j, k, m])}


class PluginLoader(yaml.Loader):
    pass


def load_plugin_manifest(stream):
    return yaml.load(stream, Loader=PluginLoader) # VULN


@app.route("/plugin", methods=["POST"])
def plugin():
    return {"m": str(load_plugin_manifest(request.files["manifest"]))}
`,
  ),
  ...rules(
    "CWE-502",
    "batch77: p4 ruamel.yaml unsafe and legacy loaders on uploaded documents",
    `
import ruamel.yaml
from flask import Flask, request
from ruamel.yaml import YAML

app = Flask(__name__)


@app.route("/ruamel", methods=["POST"])
def ruamel_upload():
    text = request.get_data(as_text=True)
    a = YAML(typ="unsafe").load(text) # VULN
    loader = YAML(typ="unsafe", pure=True) # VULN
    b = loader.load(text)
    c = ruamel.yaml.load(text, Loader=ruamel.yaml.Loader) # VULN
    d = YAML(typ="safe").load(text) # SAFE
    e = YAML().load(text) # SAFE
    f = YAML(typ="rt").load(text) # SAFE
    g = ruamel.yaml.load(text, Loader=ruamel.yaml.SafeLoader) # SAFE
    return {"n": len([a, b, c, d, e, f, g])}
`,
  ),
  ...rules(
    "CWE-502",
    "batch77: p4 marshal, shelve, dill, jsonpickle and cloudpickle on request data",
    `
import json
import marshal
import shelve

import cloudpickle
import dill
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    blob = request.get_data()
    a = marshal.loads(blob) # VULN
    b = dill.loads(blob) # VULN
    c = cloudpickle.loads(blob) # VULN
    d = jsonpickle.decode(blob.decode()) # VULN
    e = jsonpickle.decode(request.form["state"], keys=True) # VULN
    f = json.loads(blob) # SAFE
    return {"n": len([a, b, c, d, e, f])}


@app.route("/restore-file", methods=["POST"])
def restore_file():
    upload = request.files["state"]
    obj = dill.load(upload.stream) # VULN
    code = marshal.load(upload.stream) # VULN
    return {"o": str(obj), "c": str(code)}


@app.route("/shelf")
def shelf():
    name = request.args["name"]
    with shelve.open("/srv/shelves/" + name) as db: # VULN
        value = db.get("state")
    with shelve.open("/var/cache/app/settings") as db2: # SAFE
        value2 = db2.get("state")
    return {"v": str(value), "v2": str(value2)}


def snapshot(obj):
    return dill.dumps(obj), jsonpickle.encode(obj), marshal.dumps([1, 2, 3]) # SAFE
`,
  ),
  ...rules(
    "CWE-502",
    "batch77: p4 pickle-backed loaders of data-science libraries on uploads",
    `
import io

import joblib
import numpy as np
import pandas as pd
import torch
from flask import Flask, request

app = Flask(__name__)


@app.route("/model", methods=["POST"])
def model_upload():
    upload = request.files["model"]
    a = torch.load(upload) # VULN
    b = torch.load(io.BytesIO(upload.read()), weights_only=True) # SAFE
    c = joblib.load(request.files["pipeline"]) # VULN
    return {"n": len([a, b, c])}


@app.route("/frame", methods=["POST"])
def frame_upload():
    df = pd.read_pickle(request.files["frame"]) # VULN
    df2 = pd.read_csv(request.files["csv"]) # SAFE
    df3 = pd.read_parquet(request.files["parquet"]) # SAFE
    return {"n": len(df) + len(df2) + len(df3)}


@app.route("/array", methods=["POST"])
def array_upload():
    arr = np.load(request.files["arr"], allow_pickle=True) # VULN
    arr2 = np.load(request.files["arr2"]) # SAFE
    arr3 = np.load(request.files["arr3"], allow_pickle=False) # SAFE
    return {"n": len(arr) + len(arr2) + len(arr3)}
`,
  ),
  ...rules(
    "CWE-502",
    "batch77: p4 multiprocessing listeners that unpickle from any connecting peer",
    `
import os
from multiprocessing.connection import Client, Listener


def serve_jobs():
    with Listener(("0.0.0.0", 6000)) as listener:
        with listener.accept() as conn:
            job = conn.recv() # VULN
    return job


def serve_jobs_auth():
    with Listener(("0.0.0.0", 6001), authkey=os.environ["JOB_AUTHKEY"].encode()) as listener: # SAFE
        with listener.accept() as conn:
            job = conn.recv() # SAFE
    return job


def submit(job):
    with Client(("jobs.internal", 6001), authkey=os.environ["JOB_AUTHKEY"].encode()) as conn: # SAFE
        conn.send(job)
`,
  ),
  ...rules(
    "CWE-377",
    "batch77: p4 temporary files named by tempfile.mktemp or fixed paths under /tmp",
    `
import os
import tempfile
from tempfile import mktemp


def export_csv(rows):
    path = tempfile.mktemp(suffix=".csv") # VULN
    with open(path, "w") as fh:
        fh.write("\\n".join(rows))
    return path


def export_csv_dir(rows):
    path = mktemp(dir="/tmp", prefix="export-") # VULN
    with open(path, "w") as fh:
        fh.write("\\n".join(rows))
    return path


def export_lock():
    with open("/tmp/exporter.lock", "w") as fh: # VULN
        fh.write(str(os.getpid()))


def export_fixed_name(rows):
    path = os.path.join("/tmp", "export.csv")
    with open(path, "w") as fh: # VULN
        fh.write("\\n".join(rows))
    return path


def export_mkstemp(rows):
    fd, path = tempfile.mkstemp(suffix=".csv") # SAFE
    with os.fdopen(fd, "w") as fh:
        fh.write("\\n".join(rows))
    return path


def export_named(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh: # SAFE
        fh.write("\\n".join(rows))
        return fh.name


def export_in_private_dir(rows):
    workdir = tempfile.mkdtemp(prefix="export-") # SAFE
    path = os.path.join(workdir, "export.csv")
    with open(path, "w") as fh: # SAFE
        fh.write("\\n".join(rows))
    return path


def scratch_dir():
    with tempfile.TemporaryDirectory() as tmp: # SAFE
        return os.listdir(tmp)
`,
  ),
  ...rules(
    "CWE-94",
    "batch77: p4 logging.config.listen accepting configuration from the network",
    `
import hashlib
import hmac
import logging.config
import os
from logging.config import listen

SIGNING_KEY = os.environ["LOG_CONFIG_KEY"].encode()


def start_listener():
    thread = logging.config.listen(9030) # VULN
    thread.start()
    return thread


def start_listener_alias():
    thread = listen(port=9031) # VULN
    thread.start()
    return thread


def _verify(data):
    sig, body = data[:32], data[32:]
    if hmac.compare_digest(sig, hmac.new(SIGNING_KEY, body, hashlib.sha256).digest()):
        return body
    return None


def start_signed_listener():
    thread = logging.config.listen(9032, verify=_verify) # SAFE
    thread.start()
    return thread
`,
  ),
  ...rules(
    "CWE-94",
    "batch77: p4 xmlrpc servers exposing dotted names or dangerous callables",
    `
import os
import subprocess
from xmlrpc.server import SimpleXMLRPCServer


class Api:
    def __init__(self):
        self.config = {"region": "eu"}

    def ping(self):
        return "pong"


def add(a, b):
    return a + b


def serve():
    server = SimpleXMLRPCServer(("0.0.0.0", 8000), allow_none=True)
    server.register_instance(Api(), allow_dotted_names=True) # VULN
    server.register_function(os.system, "run") # VULN
    server.register_function(subprocess.check_output) # VULN
    server.register_function(eval, "calc") # VULN
    server.register_instance(Api()) # SAFE
    server.register_function(add, "add") # SAFE
    server.register_introspection_functions() # SAFE
    server.serve_forever()
`,
  ),
  ...rules(
    "CWE-319",
    "batch77: p4 xmlrpc clients sending credentials over plain http",
    `
import os
import ssl
import xmlrpc.client


def odoo_client():
    return xmlrpc.client.ServerProxy("http://admin:" + os.environ["ODOO_PASSWORD"] + "@erp.partner.example/xmlrpc/2/object") # VULN


def odoo_client_tls():
    return xmlrpc.client.ServerProxy("https://admin:" + os.environ["ODOO_PASSWORD"] + "@erp.partner.example/xmlrpc/2/object", context=ssl.create_default_context()) # SAFE


def unverified_client():
    return xmlrpc.client.ServerProxy("https://erp.partner.example/xmlrpc/2/common", context=ssl._create_unverified_context()) # VULN CWE-295
`,
  ),
  ...rules(
    "CWE-295",
    "batch77: p4 verification switched off through constants, kwargs dicts and other SSH/HTTP clients",
    `
import asyncssh
import pycurl
import pysftp
import requests

VERIFY_TLS = False
SESSION_OPTS = {"verify": False, "timeout": 10}
SAFE_OPTS = {"verify": True, "timeout": 10}


def call(url):
    a = requests.get(url, verify=VERIFY_TLS, timeout=10) # VULN
    b = requests.get(url, **SESSION_OPTS) # VULN
    c = requests.get(url, **SAFE_OPTS) # SAFE
    return a, b, c


def curl(url):
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.SSL_VERIFYPEER, 0) # VULN
    c.setopt(pycurl.SSL_VERIFYHOST, 0) # VULN
    c.setopt(pycurl.CAINFO, "/etc/pki/partner-ca.pem") # SAFE
    c.perform()


def sftp_upload(host, path):
    opts = pysftp.CnOpts()
    opts.hostkeys = None # VULN
    with pysftp.Connection(host, username="upload", private_key="~/.ssh/id_ed25519", cnopts=opts) as sftp:
        sftp.put(path)


def sftp_upload_known(host, path):
    opts = pysftp.CnOpts(knownhosts="/etc/ssh/ssh_known_hosts") # SAFE
    with pysftp.Connection(host, username="upload", private_key="~/.ssh/id_ed25519", cnopts=opts) as sftp:
        sftp.put(path)


async def remote_uptime(host):
    async with asyncssh.connect(host, username="ops", known_hosts=None) as conn: # VULN
        result = await conn.run("uptime", check=True)
    async with asyncssh.connect(host, username="ops", known_hosts="/etc/ssh/ssh_known_hosts") as conn2: # SAFE
        result2 = await conn2.run("uptime", check=True)
    return result.stdout + result2.stdout
`,
  ),
  ...rules(
    "CWE-78",
    "batch77: p4 asyncssh and plumbum remote commands built from request data",
    `
import shlex

import asyncssh
from plumbum import SshMachine
from quart import Quart, request

app = Quart(__name__)


@app.route("/tail")
async def tail():
    name = request.args.get("file", "app.log")
    async with asyncssh.connect("logs.internal", username="ops", known_hosts="/etc/ssh/ssh_known_hosts") as conn:
        out = await conn.run("tail -n 50 /var/log/" + name) # VULN
        out2 = await conn.run("tail -n 50 /var/log/" + shlex.quote(name)) # SAFE
        proc = await conn.create_process(f"grep ERROR /var/log/{name}") # VULN
        out3 = await conn.run("uptime") # SAFE
    return out.stdout + out2.stdout + out3.stdout + str(proc)


@app.route("/remote-ls")
async def remote_ls():
    path = request.args["path"]
    with SshMachine("files.internal", user="ops") as rem:
        listing = rem["bash"]["-c", "ls -la " + path]() # VULN
        listing2 = rem["ls"]["-la", "--", path]() # SAFE
    return listing + listing2
`,
  ),
  ...rules(
    "CWE-916",
    "batch77: p4 passlib contexts and hashes with fast or unsalted schemes for passwords",
    `
from passlib.context import CryptContext
from passlib.hash import argon2, bcrypt, hex_md5, ldap_md5, md5_crypt

weak = CryptContext(schemes=["md5_crypt", "des_crypt"]) # VULN
weak2 = CryptContext(schemes=["hex_sha1"], deprecated="auto") # VULN
strong = CryptContext(schemes=["argon2", "bcrypt"], deprecated="auto") # SAFE


def store(password):
    a = md5_crypt.hash(password) # VULN
    b = hex_md5.hash(password) # VULN
    c = ldap_md5.hash(password) # VULN
    d = bcrypt.hash(password) # SAFE
    e = argon2.hash(password) # SAFE
    return a, b, c, d, e
`,
  ),
  ...rules(
    "CWE-79",
    "batch77: p4 Mako templates rendering request data without an escaping filter",
    `
from flask import Flask, request
from mako.lookup import TemplateLookup
from mako.template import Template

app = Flask(__name__)
lookup = TemplateLookup(directories=["templates"]) # VULN
lookup_escaped = TemplateLookup(directories=["templates"], default_filters=["h"]) # SAFE


@app.route("/hi")
def hi():
    name = request.args.get("name", "")
    page = Template("<p>Hello \${name}</p>").render(name=name) # VULN
    page2 = Template("<p>Hello \${name}</p>", default_filters=["h"]).render(name=name) # SAFE
    page3 = Template("<p>Hello \${name | h}</p>").render(name=name) # SAFE
    return page + page2 + page3


@app.route("/profile")
def profile():
    return lookup_escaped.get_template("profile.html").render(bio=request.args.get("bio", ""))
`,
  ),
  ...rules(
    "CWE-89",
    "batch77: p4 peewee raw queries and psycopg2 sql composition",
    `
import psycopg2
from flask import Flask, request
from peewee import Model, SqliteDatabase, TextField
from psycopg2 import sql

app = Flask(__name__)
db = SqliteDatabase("app.db")
pg = psycopg2.connect("dbname=app")


class Note(Model):
    body = TextField()

    class Meta:
        database = db


@app.route("/notes")
def notes():
    q = request.args.get("q", "")
    a = list(Note.raw("SELECT * FROM note WHERE body LIKE '%%%s%%'" % q)) # VULN
    b = list(Note.raw("SELECT * FROM note WHERE body LIKE ?", "%" + q + "%")) # SAFE
    c = db.execute_sql(f"DELETE FROM note WHERE body = '{q}'") # VULN
    d = db.execute_sql("DELETE FROM note WHERE body = ?", (q,)) # SAFE
    e = list(Note.select().where(Note.body.contains(q))) # SAFE
    return {"n": len(a) + len(b) + len(e), "c": str(c), "d": str(d)}


@app.route("/table")
def table():
    name = request.args["table"]
    with pg.cursor() as cur:
        cur.execute(sql.SQL("SELECT * FROM {} LIMIT 10").format(sql.Identifier(name))) # SAFE
        rows = cur.fetchall()
        cur.execute(sql.SQL("SELECT * FROM " + name + " LIMIT 10")) # VULN
        rows2 = cur.fetchall()
        cur.execute(sql.SQL("SELECT * FROM {} LIMIT 10").format(sql.SQL(name))) # VULN
        rows3 = cur.fetchall()
    return {"n": len(rows) + len(rows2) + len(rows3)}
`,
  ),
  ...rules(
    "CWE-732",
    "batch77: p4 boto3 copies, file-object uploads and grants opened to everyone",
    `
import boto3

s3 = boto3.client("s3")
bucket_res = boto3.resource("s3").Bucket("media-assets")
ALL_USERS = 'uri="http://acs.amazonaws.com/groups/global/AllUsers"'


def publish(src_key, dst_key, fileobj):
    s3.copy_object(Bucket="media-assets", Key=dst_key, CopySource={"Bucket": "media-staging", "Key": src_key}, ACL="public-read") # VULN
    s3.copy_object(Bucket="media-assets", Key=dst_key, CopySource={"Bucket": "media-staging", "Key": src_key}) # SAFE
    s3.upload_fileobj(fileobj, "media-assets", dst_key, ExtraArgs={"ACL": "public-read-write"}) # VULN
    s3.upload_fileobj(fileobj, "media-assets", dst_key, ExtraArgs={"ServerSideEncryption": "AES256"}) # SAFE
    bucket_res.put_object(Key=dst_key, Body=b"", ACL="public-read") # VULN
    bucket_res.put_object(Key=dst_key, Body=b"") # SAFE
    s3.put_object(Bucket="media-assets", Key=dst_key, Body=b"", GrantRead=ALL_USERS) # VULN
    s3.put_object(Bucket="media-assets", Key=dst_key, Body=b"", GrantRead='id="79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"') # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch77: p4 async and pooled HTTP clients with verification off",
    `
import ssl

import aiohttp
import httpx
import requests
import urllib3


async def fetch_all(urls):
    async with httpx.AsyncClient(verify=False) as client: # VULN
        first = [await client.get(u) for u in urls]
    async with httpx.AsyncClient(timeout=10) as client: # SAFE
        second = [await client.get(u) for u in urls]
    conn = aiohttp.TCPConnector(verify_ssl=False, limit=20) # VULN
    async with aiohttp.ClientSession(connector=conn) as session:
        third = [await (await session.get(u)).text() for u in urls]
    return first, second, third


def pooled(url):
    urllib3.disable_warnings()
    pm = urllib3.PoolManager(cert_reqs=ssl.CERT_NONE, assert_hostname=False) # VULN
    pm2 = urllib3.PoolManager() # SAFE
    return pm.request("GET", url), pm2.request("GET", url)


def session_request(url):
    with requests.Session() as s:
        a = s.request("GET", url, verify=False, timeout=10) # VULN
        b = s.request("GET", url, timeout=10) # SAFE
    return a, b
`,
  ),
  ...rules(
    "CWE-89",
    "batch77: p4 SQLAlchemy 1.x string execution and aliased text() builders",
    `
from flask import Flask, request
from sqlalchemy import create_engine
from sqlalchemy import text as sql_text

app = Flask(__name__)
engine = create_engine("mysql+pymysql://app@db/app")


@app.route("/archive", methods=["POST"])
def archive():
    user = request.form["user"]
    engine.execute("UPDATE posts SET archived = 1 WHERE author = '%s'" % user) # VULN
    engine.execute(sql_text("UPDATE posts SET archived = 1 WHERE author = :u"), u=user) # SAFE
    with engine.begin() as conn:
        conn.execute(sql_text("DELETE FROM drafts WHERE author = '" + user + "'")) # VULN
        conn.execute(sql_text("DELETE FROM drafts WHERE author = :u"), {"u": user}) # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-78",
    "batch77: p4 shell-through wrappers (sh, invoke sudo, pexpect) with request data",
    `
import ipaddress

import invoke
import pexpect
import sh
from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/diag")
def diag():
    host = request.args["host"]
    a = sh.sh("-c", "traceroute " + host) # VULN
    b = sh.Command("/bin/sh")("-c", f"dig +short {host}") # VULN
    invoke.Context().sudo("iptables -A INPUT -s " + host + " -j DROP") # VULN
    child = pexpect.spawn("/bin/bash", ["-c", "nc -zv " + host + " 443"]) # VULN
    return str(a) + str(b) + str(child)


@app.route("/diag-v6")
def diag_v6():
    try:
        host = str(ipaddress.ip_address(request.args["host"]))
    except ValueError:
        abort(400)
    a = sh.sh("-c", "traceroute " + host) # VULN
    invoke.Context().sudo("iptables -A INPUT -s " + host + " -j DROP") # VULN
    child = pexpect.spawn("/bin/bash", ["-c", "nc -zv " + host + " 443"]) # VULN
    b = sh.dig("+short", "example.com") # SAFE
    return str(a) + str(b) + str(child)


@app.route("/diag-ok")
def diag_ok():
    try:
        host = str(ipaddress.IPv4Address(request.args["host"]))
    except ValueError:
        abort(400)
    a = sh.sh("-c", "traceroute " + host) # SAFE
    invoke.Context().sudo("iptables -A INPUT -s " + host + " -j DROP") # SAFE
    child = pexpect.spawn("/bin/bash", ["-c", "nc -zv " + host + " 443"]) # SAFE
    return str(a) + str(child)
`,
  ),
];

export const BATCH77: DevCase[] = [...PART1, ...PART2, ...PART3, ...PART4];
