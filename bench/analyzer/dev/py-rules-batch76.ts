// Dev suite "py-rules", batch 76 (format in py-rules.ts): look-alikes of the idioms a re-probe on CodeQL's public
// Python query tests found missed (written here, never copied): regex-based script/comment tag filters that a
// browser's parser slips past, asyncpg connection/pool sinks beyond execute/fetch (copy_from_query, prepare,
// cursor) and flask_sqlalchemy `db.text`, key generators called through a module-level alias, redirect guards
// whose `netloc` test has the wrong polarity, Flask `app.run` with debug as the third positional argument or
// through an alias, chmod modes written in decimal, tar members extracted inside an inverted name check, and
// Azure SDK clients built from a request URL. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH76: DevCase[] = [
  ...rules(
    "CWE-116",
    "batch76: comment sanitiser stripping script tags and HTML comments with regexes",
    `
import re

from markupsafe import escape

SCRIPT_RE = re.compile(r"<script.*?>.*?</script>", re.IGNORECASE) # VULN
SCRIPT_DOTALL_RE = re.compile(r"<script[^>]*>.*?</script>", re.IGNORECASE | re.DOTALL) # VULN
COMMENT_RE = re.compile(r"<!--.*?-->", re.IGNORECASE) # VULN
LOWER_ONLY_RE = re.compile(r"<script[^>]*>[\\s\\S]*?</script[^>]*>", re.DOTALL) # VULN
ROBUST_RE = re.compile(r"<script\\b[^>]*>[\\s\\S]*?</script[^>]*>", re.IGNORECASE) # SAFE
COMMENT_OK_RE = re.compile(r"<!--[\\s\\S]*?--!?>") # SAFE
TITLE_RE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE) # SAFE


def clean_comment(body):
    body = re.sub(r"<script>.*?</script>", "", body) # VULN
    body = re.sub(r"<(script|SCRIPT)[^>]*>.*?</(script|SCRIPT)>", "", body, flags=re.DOTALL) # VULN
    return body


def clean_comment_escaped(body):
    return str(escape(body)) # SAFE


def page_title(html):
    m = TITLE_RE.search(html)
    return m.group(1) if m else ""
`,
  ),
  ...rules(
    "CWE-89",
    "batch76: asyncpg export and reporting endpoints building SQL from query parameters",
    `
import asyncpg
from fastapi import FastAPI

app = FastAPI()


@app.get("/export")
async def export(table: str, where: str):
    conn = await asyncpg.connect(dsn="postgresql://reporter@db/reports")
    try:
        await conn.copy_from_query(f"SELECT * FROM {table} WHERE {where}", output="/tmp/export.csv", format="csv") # VULN
        await conn.copy_from_query("SELECT * FROM audit WHERE actor = $1", where, output="/tmp/audit.csv") # SAFE
        stmt = await conn.prepare("SELECT id, total FROM orders WHERE region = '" + where + "'") # VULN
        safe_stmt = await conn.prepare("SELECT id, total FROM orders WHERE region = $1") # SAFE
        rows = await safe_stmt.fetch(where)
        async with conn.transaction():
            async for rec in conn.cursor(f"SELECT * FROM events WHERE kind = '{where}'"): # VULN
                rows.append(rec)
            async for rec in conn.cursor("SELECT * FROM events WHERE kind = $1", where): # SAFE
                rows.append(rec)
        return {"n": len(rows), "stmt": str(stmt)}
    finally:
        await conn.close()


@app.get("/pool-export")
async def pool_export(q: str):
    pool = await asyncpg.create_pool(dsn="postgresql://reporter@db/reports")
    await pool.copy_from_query("SELECT * FROM logs WHERE msg LIKE '%" + q + "%'", output="/tmp/logs.csv") # VULN
    await pool.copy_from_query("SELECT * FROM logs WHERE msg LIKE $1", "%" + q + "%", output="/tmp/logs.csv") # SAFE
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-89",
    "batch76: flask_sqlalchemy db.text with interpolated request values",
    `
from flask import Flask, request, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///shop.db"
db = SQLAlchemy(app)


@app.route("/products")
def products():
    category = request.args.get("category", "")
    order = request.args.get("order", "name")
    rows = db.session.execute(db.text(f"SELECT * FROM product WHERE category = '{category}'")).fetchall() # VULN
    rows2 = db.session.execute(db.text("SELECT * FROM product WHERE category = :c"), {"c": category}).fetchall() # SAFE
    clause = db.text("SELECT * FROM product ORDER BY " + order) # VULN
    return jsonify(n=len(rows) + len(rows2), sql=str(clause))
`,
  ),
  ...rules(
    "CWE-326",
    "batch76: key generation helpers called through module-level aliases",
    `
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa

new_rsa = rsa.generate_private_key
new_dsa = dsa.generate_private_key
new_ec = ec.generate_private_key

LEGACY_BITS = 1024
MODERN_BITS = 3072
LEGACY_CURVE = ec.SECP192R1()
MODERN_CURVE = ec.SECP384R1()


def legacy_keys():
    signing = new_rsa(public_exponent=65537, key_size=LEGACY_BITS) # VULN
    device = new_dsa(key_size=1024) # VULN
    session = new_ec(LEGACY_CURVE) # VULN
    return signing, device, session


def modern_keys():
    signing = new_rsa(public_exponent=65537, key_size=MODERN_BITS) # SAFE
    device = new_dsa(key_size=2048) # SAFE
    session = new_ec(MODERN_CURVE) # SAFE
    return signing, device, session
`,
  ),
  ...rules(
    "CWE-601",
    "batch76: login redirect guards testing urlparse(...).netloc with either polarity",
    `
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/after-login")
def after_login():
    nxt = request.args.get("next", "/")
    if urlparse(nxt).netloc != "":
        return redirect(nxt) # VULN
    return redirect("/")


@app.route("/after-logout")
def after_logout():
    nxt = request.args.get("next", "/")
    if urlparse(nxt).netloc:
        return redirect(nxt) # VULN
    return redirect("/")


@app.route("/after-signup")
def after_signup():
    nxt = request.args.get("next", "/").replace("\\\\", "/")
    if urlparse(nxt).netloc == "" and not nxt.startswith("//"):
        return redirect(nxt) # SAFE
    return redirect("/")


@app.route("/after-reset")
def after_reset():
    nxt = request.args.get("next", "/")
    target = "https://accounts.example.com/"
    target += nxt
    return redirect(target) # SAFE
`,
  ),
  ...rules(
    "CWE-215",
    "batch76: Flask dev server started with debug positionally or through an alias",
    `
import os

from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "ok"


def main():
    if os.environ.get("MODE") == "lan":
        app.run("0.0.0.0", 8000, True) # VULN
    elif os.environ.get("MODE") == "quiet":
        app.run("127.0.0.1", 8000, False) # SAFE
    start = app.run
    start(host="0.0.0.0", debug=True) # VULN
    start(host="127.0.0.1") # SAFE


if __name__ == "__main__":
    main()
`,
  ),
  ...rules(
    "CWE-732",
    "batch76: chmod with modes written as decimal integers",
    `
import os

KEY_PATH = "/etc/app/signing.key"
SOCK_PATH = "/run/app/app.sock"


def fix_permissions():
    os.chmod(KEY_PATH, 511) # VULN
    os.chmod(SOCK_PATH, 438) # VULN
    os.chmod(KEY_PATH, 384) # SAFE
    os.chmod(SOCK_PATH, 0o600) # SAFE
`,
  ),
  ...rules(
    "CWE-22",
    "batch76: tar members extracted inside an inverted name check",
    `
import os
import tarfile


def unpack_upload(path, dest):
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            if member.name.startswith("/") or ".." in member.name:
                tar.extract(member, dest) # VULN


def unpack_checked(path, dest):
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            if not (os.path.isabs(member.name) or ".." in member.name or member.issym() or member.islnk()):
                tar.extract(member, dest) # SAFE
`,
  ),
  ...rules(
    "CWE-918",
    "batch76: Azure SDK clients built from a URL the request supplies",
    `
from azure.identity import DefaultAzureCredential
from azure.keyvault.secrets import SecretClient
from azure.storage.blob import BlobServiceClient, ContainerClient, download_blob_from_url
from flask import Flask, request

app = Flask(__name__)
VAULT_URL = "https://prod-app.vault.azure.net"


@app.route("/secret")
def read_secret():
    vault = request.args["vault"]
    cred = DefaultAzureCredential()
    client = SecretClient(vault_url=vault, credential=cred) # VULN
    fixed = SecretClient(vault_url=VAULT_URL, credential=cred) # SAFE
    return {"a": client.get_secret("x").value, "b": fixed.get_secret("x").value}


@app.route("/blob")
def copy_blob():
    account = request.args["account"]
    container_url = request.args["container"]
    svc = BlobServiceClient(account_url=f"https://{account}", credential=DefaultAzureCredential()) # VULN
    cc = ContainerClient.from_container_url(container_url) # VULN
    download_blob_from_url(request.args["blob"], "/tmp/blob.bin") # VULN
    return {"containers": [c.name for c in svc.list_containers()], "blobs": [b.name for b in cc.list_blobs()]}
`,
  ),
];
