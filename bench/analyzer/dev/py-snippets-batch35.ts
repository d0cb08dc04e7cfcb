// Dev suite "py-snippets", batch 35 (see py-snippets.ts): written blind, measured before any fix it prompted. Its
// shapes are the ones pasted in Q&A answers and tutorials, thin in the earlier batches: classes whose methods build
// SQL (a UserManager, an ldap3 directory helper), `%` formatting into SQL beside the look-alike that passes the
// tuple as parameters, main() scripts reading input(), sys.argv or argparse, Python-2-era idioms still valid in 3
// (os.popen, subprocess.getoutput, tempfile.mktemp, yaml.load without a Loader, eval(input()), exec of downloaded
// code, ssl._create_unverified_context, md5 of a password, random.randint one-time codes), and async handlers
// (aiohttp, asyncpg, aiofiles). Each has a safe twin of the same shape where one is natural. Own code, never taken
// from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH35: DevCase[] = [
  // ---------------- CWE-89 ----------------
  bad(
    "CWE-89",
    "batch35: UserManager.find_by_name formats the name into SQL with %",
    src`
import sqlite3


class UserManager:
    def __init__(self, path="users.db"):
        self.conn = sqlite3.connect(path)
        self.cur = self.conn.cursor()

    def find_by_name(self, name):
        self.cur.execute("SELECT id, name, email FROM users WHERE name = '%s'" % name)
        return self.cur.fetchone()

    def close(self):
        self.conn.close()


if __name__ == "__main__":
    mgr = UserManager()
    print(mgr.find_by_name(input("Name: ")))
    mgr.close()
`,
  ),
  good(
    "CWE-89",
    "batch35: UserManager.find_by_name binds the name as a ? parameter",
    src`
import sqlite3


class UserManager:
    def __init__(self, path="users.db"):
        self.conn = sqlite3.connect(path)
        self.cur = self.conn.cursor()

    def find_by_name(self, name):
        self.cur.execute("SELECT id, name, email FROM users WHERE name = ?", (name,))
        return self.cur.fetchone()

    def close(self):
        self.conn.close()


if __name__ == "__main__":
    mgr = UserManager()
    print(mgr.find_by_name(input("Name: ")))
    mgr.close()
`,
  ),
  bad(
    "CWE-89",
    "batch35: UserManager.delete_user builds DELETE with str.format from sys.argv",
    src`
import sys

import pymysql


class UserManager(object):
    def __init__(self):
        self.db = pymysql.connect(host="localhost", user="app", password=None, database="app")

    def delete_user(self, username):
        with self.db.cursor() as cursor:
            sql = "DELETE FROM users WHERE username = '{}'".format(username)
            cursor.execute(sql)
        self.db.commit()


def main():
    UserManager().delete_user(sys.argv[1])


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-89",
    "batch35: pymysql query formatted with % and a tuple instead of passing the tuple",
    src`
import pymysql


def get_order(conn, order_id, customer):
    cur = conn.cursor()
    cur.execute("SELECT * FROM orders WHERE id = %s AND customer = '%s'" % (order_id, customer))
    return cur.fetchall()
`,
  ),
  good(
    "CWE-89",
    "batch35: pymysql query passes the tuple as the second argument to execute",
    src`
import pymysql


def get_order(conn, order_id, customer):
    cur = conn.cursor()
    cur.execute("SELECT * FROM orders WHERE id = %s AND customer = %s", (order_id, customer))
    return cur.fetchall()
`,
  ),
  bad(
    "CWE-89",
    "batch35: asyncpg fetch with an f-string built from the aiohttp query string",
    src`
import asyncpg
from aiohttp import web


async def find_user(request):
    email = request.query.get("email", "")
    conn = await asyncpg.connect(dsn=request.app["dsn"])
    try:
        rows = await conn.fetch(f"SELECT id, name FROM users WHERE email = '{email}'")
    finally:
        await conn.close()
    return web.json_response([dict(r) for r in rows])
`,
  ),
  good(
    "CWE-89",
    "batch35: asyncpg fetch with a $1 placeholder",
    src`
import asyncpg
from aiohttp import web


async def find_user(request):
    email = request.query.get("email", "")
    conn = await asyncpg.connect(dsn=request.app["dsn"])
    try:
        rows = await conn.fetch("SELECT id, name FROM users WHERE email = $1", email)
    finally:
        await conn.close()
    return web.json_response([dict(r) for r in rows])
`,
  ),
  bad(
    "CWE-89",
    "batch35: search script concatenates input() into a LIKE clause",
    src`
import sqlite3


def main():
    conn = sqlite3.connect("shop.db")
    term = input("Search products: ")
    query = "SELECT name, price FROM products WHERE name LIKE '%" + term + "%'"
    for row in conn.execute(query):
        print(row)


main()
`,
  ),
  good(
    "CWE-89",
    "batch35: search script binds the LIKE pattern as a parameter",
    src`
import sqlite3


def main():
    conn = sqlite3.connect("shop.db")
    term = input("Search products: ")
    for row in conn.execute("SELECT name, price FROM products WHERE name LIKE ?", ("%" + term + "%",)):
        print(row)


main()
`,
  ),
  // ---------------- CWE-78 ----------------
  bad(
    "CWE-78",
    "batch35: os.popen pings the host given on the command line",
    src`
import os
import sys

host = sys.argv[1]
output = os.popen("ping -c 1 %s" % host).read()
print(output)
`,
  ),
  good(
    "CWE-78",
    "batch35: ping run with an argument list after ipaddress validation",
    src`
import ipaddress
import subprocess
import sys

host = str(ipaddress.ip_address(sys.argv[1]))
output = subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True).stdout
print(output)
`,
  ),
  bad(
    "CWE-78",
    "batch35: argparse backup script passes the directory to a shell",
    src`
import argparse
import subprocess


def main():
    parser = argparse.ArgumentParser(description="Back up a directory")
    parser.add_argument("directory")
    parser.add_argument("--out", default="backup.tgz")
    args = parser.parse_args()
    subprocess.call("tar czf " + args.out + " " + args.directory, shell=True)


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-78",
    "batch35: argparse backup script quotes both arguments with shlex.quote",
    src`
import argparse
import shlex
import subprocess


def main():
    parser = argparse.ArgumentParser(description="Back up a directory")
    parser.add_argument("directory")
    parser.add_argument("--out", default="backup.tgz")
    args = parser.parse_args()
    subprocess.call("tar czf " + shlex.quote(args.out) + " -- " + shlex.quote(args.directory), shell=True)


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-78",
    "batch35: subprocess.getoutput runs whois on a domain read with input()",
    src`
import subprocess

domain = input("Domain: ")
print(subprocess.getoutput("whois " + domain))
`,
  ),
  bad(
    "CWE-78",
    "batch35: aiohttp handler runs git log for a branch through create_subprocess_shell",
    src`
import asyncio

from aiohttp import web


async def history(request):
    branch = request.match_info["branch"]
    proc = await asyncio.create_subprocess_shell(
        "git log --oneline -n 20 " + branch, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    return web.Response(text=out.decode())
`,
  ),
  good(
    "CWE-78",
    "batch35: aiohttp handler runs git log with create_subprocess_exec and --end-of-options",
    src`
import asyncio

from aiohttp import web


async def history(request):
    branch = request.match_info["branch"]
    proc = await asyncio.create_subprocess_exec(
        "git", "log", "--oneline", "-n", "20", "--end-of-options", branch, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    return web.Response(text=out.decode())
`,
  ),
  // ---------------- CWE-95 / CWE-494 ----------------
  bad(
    "CWE-95",
    "batch35: calculator evaluates input() with eval",
    src`
def main():
    while True:
        expr = input(">>> ")
        if expr == "quit":
            break
        print(eval(expr))


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-95",
    "batch35: calculator parses literals with ast.literal_eval",
    src`
import ast


def main():
    while True:
        expr = input(">>> ")
        if expr == "quit":
            break
        try:
            print(ast.literal_eval(expr))
        except (ValueError, SyntaxError):
            print("not a literal")


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-494",
    "batch35: installer script execs a helper downloaded over HTTP",
    src`
import urllib.request

URL = "http://example.com/tools/setup_helper.py"

code = urllib.request.urlopen(URL).read().decode("utf-8")
exec(code)
`,
  ),
  bad(
    "CWE-95",
    "batch35: config value from an environment variable passed to eval",
    src`
import os


def load_limits():
    raw = os.environ.get("RATE_LIMITS", "{}")
    return eval(raw)
`,
  ),
  good(
    "CWE-95",
    "batch35: config value from an environment variable parsed with json.loads",
    src`
import json
import os


def load_limits():
    raw = os.environ.get("RATE_LIMITS", "{}")
    return json.loads(raw)
`,
  ),
  // ---------------- CWE-502 ----------------
  bad(
    "CWE-502",
    "batch35: socket server unpickles each received payload",
    src`
import pickle
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("0.0.0.0", 9999))
s.listen(5)
while True:
    conn, addr = s.accept()
    data = conn.recv(4096)
    obj = pickle.loads(data)
    print("received", obj)
    conn.close()
`,
  ),
  good(
    "CWE-502",
    "batch35: socket server decodes each received payload as JSON",
    src`
import json
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("0.0.0.0", 9999))
s.listen(5)
while True:
    conn, addr = s.accept()
    data = conn.recv(4096)
    obj = json.loads(data.decode("utf-8"))
    print("received", obj)
    conn.close()
`,
  ),
  bad(
    "CWE-502",
    "batch35: yaml.load without a Loader on a file named on the command line",
    src`
import sys

import yaml

with open(sys.argv[1]) as f:
    config = yaml.load(f)
print(config["server"]["port"])
`,
  ),
  good(
    "CWE-502",
    "batch35: yaml.safe_load on a file named on the command line",
    src`
import sys

import yaml

with open(sys.argv[1]) as f:
    config = yaml.safe_load(f)
print(config["server"]["port"])
`,
  ),
  // ---------------- CWE-377 ----------------
  bad(
    "CWE-377",
    "batch35: tempfile.mktemp name then opened for writing",
    src`
import tempfile


def save_report(text):
    path = tempfile.mktemp(suffix=".txt")
    with open(path, "w") as f:
        f.write(text)
    return path
`,
  ),
  good(
    "CWE-377",
    "batch35: NamedTemporaryFile created atomically with delete=False",
    src`
import tempfile


def save_report(text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(text)
        return f.name
`,
  ),
  // ---------------- CWE-295 ----------------
  bad(
    "CWE-295",
    "batch35: urlopen with ssl._create_unverified_context to get past a certificate error",
    src`
import ssl
import urllib.request


def fetch(url):
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx).read()


print(fetch("https://internal.example.com/status"))
`,
  ),
  good(
    "CWE-295",
    "batch35: urlopen with a default context that trusts a private CA bundle",
    src`
import ssl
import urllib.request


def fetch(url):
    ctx = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem")
    return urllib.request.urlopen(url, context=ctx).read()


print(fetch("https://internal.example.com/status"))
`,
  ),
  // ---------------- CWE-328 / CWE-338 ----------------
  bad(
    "CWE-328",
    "batch35: UserManager stores an md5 hex digest of the password",
    src`
import hashlib
import sqlite3


class UserManager:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def register(self, username, password):
        hashed = hashlib.md5(password.encode()).hexdigest()
        self.conn.execute("INSERT INTO users (username, password) VALUES (?, ?)", (username, hashed))
        self.conn.commit()
`,
  ),
  good(
    "CWE-328",
    "batch35: UserManager stores a salted PBKDF2 hash of the password",
    src`
import hashlib
import os
import sqlite3


class UserManager:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def register(self, username, password):
        salt = os.urandom(16)
        hashed = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
        self.conn.execute(
            "INSERT INTO users (username, salt, password) VALUES (?, ?, ?)", (username, salt.hex(), hashed.hex())
        )
        self.conn.commit()
`,
  ),
  bad(
    "CWE-338",
    "batch35: one-time login code made with random.randint",
    src`
import random


def send_otp(user, sms):
    code = str(random.randint(100000, 999999))
    user.otp = code
    sms.send(user.phone, "Your login code is " + code)
`,
  ),
  good(
    "CWE-338",
    "batch35: one-time login code made with secrets.randbelow",
    src`
import secrets


def send_otp(user, sms):
    code = f"{secrets.randbelow(1_000_000):06d}"
    user.otp = code
    sms.send(user.phone, "Your login code is " + code)
`,
  ),
  // ---------------- CWE-918 / CWE-22 / CWE-79 / CWE-601 (aiohttp) ----------------
  bad(
    "CWE-918",
    "batch35: aiohttp preview handler fetches the URL from the query string",
    src`
import aiohttp
from aiohttp import web


async def preview(request):
    url = request.query["url"]
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            body = await resp.text()
    return web.json_response({"status": resp.status, "length": len(body)})
`,
  ),
  good(
    "CWE-918",
    "batch35: aiohttp preview handler only fetches hosts on an allow-list",
    src`
from urllib.parse import urlparse

import aiohttp
from aiohttp import web

ALLOWED = {"cdn.example.com", "images.example.com"}


async def preview(request):
    url = request.query["url"]
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED:
        raise web.HTTPBadRequest()
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            body = await resp.text()
    return web.json_response({"status": resp.status, "length": len(body)})
`,
  ),
  bad(
    "CWE-22",
    "batch35: aiofiles opens a file named in the aiohttp route",
    src`
import aiofiles
from aiohttp import web


async def download(request):
    name = request.match_info["name"]
    async with aiofiles.open("/srv/files/" + name, "rb") as f:
        data = await f.read()
    return web.Response(body=data, content_type="application/octet-stream")
`,
  ),
  good(
    "CWE-22",
    "batch35: aiofiles opens the resolved path only when it stays under the base",
    src`
from pathlib import Path

import aiofiles
from aiohttp import web

BASE = Path("/srv/files").resolve()


async def download(request):
    target = (BASE / request.match_info["name"]).resolve()
    if not target.is_relative_to(BASE):
        raise web.HTTPForbidden()
    async with aiofiles.open(target, "rb") as f:
        data = await f.read()
    return web.Response(body=data, content_type="application/octet-stream")
`,
  ),
  bad(
    "CWE-79",
    "batch35: aiohttp greeting returns the name inside HTML",
    src`
from aiohttp import web


async def hello(request):
    name = request.query.get("name", "world")
    return web.Response(text=f"<h1>Hello, {name}!</h1>", content_type="text/html")
`,
  ),
  good(
    "CWE-79",
    "batch35: aiohttp greeting escapes the name with html.escape",
    src`
import html

from aiohttp import web


async def hello(request):
    name = request.query.get("name", "world")
    return web.Response(text=f"<h1>Hello, {html.escape(name)}!</h1>", content_type="text/html")
`,
  ),
  bad(
    "CWE-601",
    "batch35: aiohttp login redirects to the next parameter",
    src`
from aiohttp import web


async def login(request):
    data = await request.post()
    if await request.app["auth"].check(data["user"], data["password"]):
        raise web.HTTPFound(request.query.get("next", "/"))
    raise web.HTTPUnauthorized()
`,
  ),
  // ---------------- CWE-90 ----------------
  bad(
    "CWE-90",
    "batch35: directory helper class formats the uid into an ldap3 filter",
    src`
from ldap3 import Connection, Server


class Directory:
    def __init__(self, url, bind_dn, secret):
        self.conn = Connection(Server(url), bind_dn, secret, auto_bind=True)

    def lookup(self, username):
        self.conn.search("ou=people,dc=example,dc=com", "(uid=%s)" % username, attributes=["cn", "mail"])
        return self.conn.entries


if __name__ == "__main__":
    import sys

    d = Directory("ldap://ldap.example.com", "cn=reader,dc=example,dc=com", sys.argv[2])
    print(d.lookup(sys.argv[1]))
`,
  ),
  good(
    "CWE-90",
    "batch35: directory helper class escapes the uid with escape_filter_chars",
    src`
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars


class Directory:
    def __init__(self, url, bind_dn, secret):
        self.conn = Connection(Server(url), bind_dn, secret, auto_bind=True)

    def lookup(self, username):
        flt = "(uid=%s)" % escape_filter_chars(username)
        self.conn.search("ou=people,dc=example,dc=com", flt, attributes=["cn", "mail"])
        return self.conn.entries


if __name__ == "__main__":
    import sys

    d = Directory("ldap://ldap.example.com", "cn=reader,dc=example,dc=com", sys.argv[2])
    print(d.lookup(sys.argv[1]))
`,
  ),
  // ---------------- CWE-798 / CWE-532 / CWE-732 / CWE-22 (scripts) ----------------
  bad(
    "CWE-798",
    "batch35: script connects to Postgres with the password written in the source",
    src`
import psycopg2


def main():
    conn = psycopg2.connect(host="db.example.com", dbname="sales", user="report", password="S3cr3t!2024")
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM orders")
        print(cur.fetchone()[0])


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-798",
    "batch35: script reads the Postgres password from the environment",
    src`
import os

import psycopg2


def main():
    conn = psycopg2.connect(
        host="db.example.com", dbname="sales", user="report", password=os.environ["PGPASSWORD"]
    )
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM orders")
        print(cur.fetchone()[0])


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-532",
    "batch35: login helper logs the password it was given",
    src`
import logging

logger = logging.getLogger(__name__)


def login(session, username, password):
    logger.info("logging in %s with password %s", username, password)
    resp = session.post("https://api.example.com/login", json={"user": username, "password": password})
    return resp.ok
`,
  ),
  good(
    "CWE-532",
    "batch35: login helper logs only the user name",
    src`
import logging

logger = logging.getLogger(__name__)


def login(session, username, password):
    logger.info("logging in %s", username)
    resp = session.post("https://api.example.com/login", json={"user": username, "password": password})
    return resp.ok
`,
  ),
  bad(
    "CWE-732",
    "batch35: deploy script makes the key file world-writable",
    src`
import os
import sys


def install_key(src_path, dest="/etc/app/api.key"):
    with open(src_path, "rb") as f, open(dest, "wb") as out:
        out.write(f.read())
    os.chmod(dest, 0o777)


install_key(sys.argv[1])
`,
  ),
  good(
    "CWE-732",
    "batch35: deploy script makes the key file readable by its owner only",
    src`
import os
import sys


def install_key(src_path, dest="/etc/app/api.key"):
    with open(src_path, "rb") as f, open(dest, "wb") as out:
        out.write(f.read())
    os.chmod(dest, 0o600)


install_key(sys.argv[1])
`,
  ),
  bad(
    "CWE-22",
    "batch35: argparse script extracts a downloaded tarball with extractall and no filter",
    src`
import argparse
import tarfile
import urllib.request


def main():
    p = argparse.ArgumentParser()
    p.add_argument("url")
    p.add_argument("--dest", default="vendor")
    args = p.parse_args()
    path, _ = urllib.request.urlretrieve(args.url)
    with tarfile.open(path) as tar:
        tar.extractall(args.dest)


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-22",
    "batch35: argparse script extracts a downloaded tarball with the data filter",
    src`
import argparse
import tarfile
import urllib.request


def main():
    p = argparse.ArgumentParser()
    p.add_argument("url")
    p.add_argument("--dest", default="vendor")
    args = p.parse_args()
    path, _ = urllib.request.urlretrieve(args.url)
    with tarfile.open(path) as tar:
        tar.extractall(args.dest, filter="data")


if __name__ == "__main__":
    main()
`,
  ),
  // ---------------- CWE-611 / CWE-327 ----------------
  bad(
    "CWE-611",
    "batch35: lxml parser with entity resolution on an uploaded XML file",
    src`
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_xml():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(request.files["file"].read(), parser)
    return {"items": len(root.findall("item"))}
`,
  ),
  good(
    "CWE-611",
    "batch35: uploaded XML parsed with defusedxml",
    src`
from defusedxml import ElementTree
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_xml():
    root = ElementTree.fromstring(request.files["file"].read())
    return {"items": len(root.findall("item"))}
`,
  ),
  bad(
    "CWE-327",
    "batch35: tutorial encrypts a message with DES in ECB mode",
    src`
from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt(key: bytes, message: bytes) -> bytes:
    cipher = DES.new(key, DES.MODE_ECB)
    return cipher.encrypt(pad(message, 8))
`,
  ),
  good(
    "CWE-327",
    "batch35: message encrypted with AES-GCM and a random nonce",
    src`
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes


def encrypt(key: bytes, message: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(message)
    return nonce + tag + ct
`,
  ),
];
