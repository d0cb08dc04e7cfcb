// Dev suite "py-rules", batch 106 (format in py-rules.ts): one sink or source however it is named - module
// aliases (`import subprocess as sp`, `from os import system as run`), star imports, `__import__`, importlib,
// getattr with a constant name, operator.methodcaller, members kept in a dict or a class attribute,
// functools.partial, wrappers forwarding `*args, **kwargs`, options passed through `**opts`, the pickle, yaml, XML,
// hashlib, Crypto/Cryptodome, requests, urllib, sqlite3, builtins, jinja2, Flask, Django, markupsafe, tempfile,
// random and ssl spellings; and templates read as templates. Beside each: the same names from other modules,
// local functions that happen to share a sink's name, and aliases shadowed before use. Written blind. Own code.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

/** The same line-marker cases, read as the template file `file` (markup.ts) instead of Python. */
const template = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  rules(cwe, note, src).map((c) => ({ ...c, file }));

export const BATCH106: DevCase[] = [
  // ---------------------------------------------------------------- subprocess / os aliases
  ...rules(
    "CWE-78",
    "batch106: subprocess and os.system reached through import aliases",
    `
import os as _os
import subprocess as sp
from os import system as run_shell
from subprocess import Popen as P, call

from flask import Flask, request

app = Flask(__name__)


@app.route("/diag")
def diag():
    host = request.args.get("host", "")
    sp.call("ping -c 1 " + host, shell=True) # VULN
    sp.call(["ping", "-c", "1", host]) # SAFE
    P("traceroute %s" % host, shell=True) # VULN
    P(["traceroute", host]) # SAFE
    call(f"nslookup {host}", shell=True) # VULN
    call(["nslookup", host]) # SAFE
    run_shell("dig +short " + host) # VULN
    run_shell("uptime") # SAFE
    _os.system("host " + host) # VULN
    _os.system("hostname") # SAFE
    out = sp.check_output("whois " + host, shell=True) # VULN
    out2 = sp.check_output(["whois", host]) # SAFE
    status = sp.getoutput("arp -n " + host) # VULN
    uptime = sp.getoutput("uptime -p") # SAFE
    sp.run("ls -la /var/log", shell=True) # SAFE
    return out + out2 + status.encode() + uptime.encode()
`,
  ),
  ...rules(
    "CWE-78",
    "batch106: star import, __import__, importlib and getattr with a constant name",
    `
import importlib
import operator
import os
import subprocess
import sys
from os import *

target = sys.argv[1]
system("tar czf /tmp/backup.tgz " + target) # VULN
listing = popen("du -sh " + target).read() # VULN
system("sync") # SAFE
__import__("os").system("rm -rf /srv/cache/" + target) # VULN
__import__("os").system("rm -rf /srv/cache/tmp") # SAFE
sub = importlib.import_module("subprocess")
sub.run("gzip -9 " + target, shell=True) # VULN
sub.run(["gzip", "-9", target]) # SAFE
getattr(os, "system")("chmod 600 " + target) # VULN
getattr(os, "getcwd")() # SAFE
runner = getattr(subprocess, "check_call")
runner("make -C " + target, shell=True) # VULN
runner(["make", "-C", target]) # SAFE
operator.methodcaller("system", "chown root " + target)(os) # VULN
operator.methodcaller("lower")(target) # SAFE
getattr(importlib.import_module("os"), "popen")("md5sum " + target) # VULN
exists = getattr(os.path, "exists")(target) # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch106: runners kept in a dict, a class attribute, functools.partial, and shell=True through **opts",
    `
import functools
import os
import subprocess

from flask import Flask, request

app = Flask(__name__)

RUNNERS = {"sh": os.system, "popen": os.popen}
shell_run = functools.partial(subprocess.run, shell=True)
quiet_run = functools.partial(subprocess.run, capture_output=True)


class Tools:
    runner = subprocess.check_output
    sys_call = staticmethod(os.system)


@app.route("/convert")
def convert():
    name = request.args["name"]
    RUNNERS["sh"]("convert " + name + " out.png") # VULN
    RUNNERS["popen"]("identify " + name) # VULN
    RUNNERS["sh"]("convert in.png out.png") # SAFE
    shell_run("optipng " + name) # VULN
    quiet_run(["optipng", name]) # SAFE
    Tools.runner("file " + name, shell=True) # VULN
    Tools.runner(["file", name]) # SAFE
    Tools.sys_call("exiftool " + name) # VULN
    opts = {"shell": True, "check": True}
    subprocess.run("jpegoptim " + name, **opts) # VULN
    safe_opts = {"check": True}
    subprocess.run(["jpegoptim", name], **safe_opts) # SAFE
    kwargs = dict(shell=True, cwd="/srv/images")
    subprocess.Popen("pngquant " + name, **kwargs) # VULN
    return "done"
`,
  ),
  ...rules(
    "CWE-78",
    "batch106: wrappers and decorators that forward *args and **kwargs to a shell",
    `
import functools
import logging
import os
import subprocess
import sys

log = logging.getLogger(__name__)


def logged(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        log.info("calling %s", fn.__name__)
        return fn(*args, **kwargs)

    return inner


def run_logged(*args, **kwargs):
    log.info("run %r", args)
    return subprocess.run(*args, **kwargs)


def sh(*args, **kwargs):
    kwargs.setdefault("shell", True)
    return subprocess.call(*args, **kwargs)


@logged
def system(cmd):
    return os.system(cmd)


def main():
    branch = sys.argv[1]
    run_logged("git checkout " + branch, shell=True) # VULN
    run_logged(["git", "checkout", branch]) # SAFE
    sh("git log --oneline " + branch) # VULN
    sh("git status") # SAFE
    system("git pull origin " + branch) # VULN
    system("git fetch --all") # SAFE


if __name__ == "__main__":
    main()
`,
  ),
  ...rules(
    "CWE-78",
    "batch106: look-alikes - a local run(), self.system, re.compile().sub, db.execute, a shadowed alias",
    `
import re
import subprocess as sp
from os import system

from flask import Flask, request

app = Flask(__name__)
JOBS = []


def run(cmd):
    """Queue a job description for the scheduler; nothing runs here."""
    JOBS.append(cmd)


class Robot:
    def __init__(self):
        self.moves = []

    def system(self, cmd):
        self.moves.append(cmd)

    def go(self, where):
        self.system("move " + where) # SAFE


class SpecParser:
    def call(self, text):
        return text.split()


def system(cmd):  # the project's own: it records the command for the audit page
    JOBS.append(("audit", cmd))


@app.route("/job")
def job():
    spec = request.args["spec"]
    run("build " + spec) # SAFE
    Robot().go(spec)
    cleaned = re.compile(r"\\s+").sub(" ", spec) # SAFE
    sp = SpecParser()
    parts = sp.call("parse " + spec) # SAFE
    system("echo " + spec) # SAFE
    return cleaned + str(parts)
`,
  ),
  ...rules(
    "CWE-78",
    "batch106: aliases shadowed or rebound before use, and an alias chosen at import time",
    `
import os
import sys

try:
    import subprocess32 as subprocess
except ImportError:
    import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/zip")
def zip_it():
    folder = request.args["folder"]
    subprocess.call("zip -r out.zip " + folder, shell=True) # VULN
    subprocess.call(["zip", "-r", "out.zip", folder]) # SAFE
    run = os.system
    run("unzip -o " + folder) # VULN
    run = print
    run("unzip -o " + folder) # SAFE
    pipe = os.popen if sys.platform != "win32" else None
    if pipe:
        pipe("ls " + folder) # VULN
    return "ok"
`,
  ),
  // ---------------------------------------------------------------- pickle family
  ...rules(
    "CWE-502",
    "batch106: pickle reached as cPickle, _pickle, six.moves.cPickle, dill as pickle, and by fallback import",
    `
import _pickle
import json

import dill as pickle
import six
from six.moves import cPickle as six_pickle

try:
    import cPickle as cpickle
except ImportError:
    import pickle as cpickle

from pickle import loads as decode
from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    blob = request.get_data()
    a = cpickle.loads(blob) # VULN
    b = _pickle.loads(blob) # VULN
    c = pickle.loads(blob) # VULN
    d = six_pickle.loads(blob) # VULN
    e = six.moves.cPickle.loads(blob) # VULN
    f = decode(blob) # VULN
    g = pickle.load(request.files["state"]) # VULN
    h = json.loads(blob) # SAFE
    out = cpickle.dumps({"ok": True}) # SAFE
    out2 = _pickle.dumps([a, b]) # SAFE
    out3 = pickle.dumps(c) # SAFE
    return json.dumps([str(x) for x in (d, e, f, g, h, out, out2, out3)])
`,
  ),
  ...rules(
    "CWE-502",
    "batch106: pickle by getattr, importlib and a loader table vs json and marshal-free look-alikes",
    `
import importlib
import json
import pickle
import shelve

from flask import Flask, request

app = Flask(__name__)

LOADERS = {"json": json.loads, "pickle": pickle.loads}
SAFE_LOADERS = {"json": json.loads}


@app.route("/import", methods=["POST"])
def import_data():
    fmt = request.args.get("fmt", "json")
    body = request.get_data()
    a = getattr(pickle, "loads")(body) # VULN
    mod = importlib.import_module("pickle")
    b = mod.loads(body) # VULN
    c = LOADERS["pickle"](body) # VULN
    d = LOADERS["json"](body) # SAFE
    e = SAFE_LOADERS[fmt](body) # SAFE
    f = getattr(json, "loads")(body) # SAFE
    g = pickle.Unpickler(request.stream).load() # VULN
    with shelve.open("/srv/state/cache") as db:
        db["last"] = fmt # SAFE
    return json.dumps([repr(x) for x in (a, b, c, d, e, f, g)])
`,
  ),
  // ---------------------------------------------------------------- yaml
  ...rules(
    "CWE-502",
    "batch106: yaml.load through from-imports, unsafe_load and positional loaders vs safe loaders",
    `
import yaml
from yaml import Loader, load
from yaml import UnsafeLoader as UL

from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def config():
    body = request.get_data(as_text=True)
    a = load(body, Loader=Loader) # VULN
    b = yaml.unsafe_load(body) # VULN
    c = yaml.load(body, Loader=UL) # VULN
    d = yaml.load(body, yaml.Loader) # VULN
    e = list(yaml.load_all(body, Loader=yaml.Loader)) # VULN
    f = list(yaml.unsafe_load_all(body)) # VULN
    g = yaml.load(body, Loader=yaml.SafeLoader) # SAFE
    h = yaml.load(body, Loader=yaml.CSafeLoader) # SAFE
    i = yaml.safe_load(body) # SAFE
    j = load(body, Loader=yaml.SafeLoader) # SAFE
    k = list(yaml.safe_load_all(body)) # SAFE
    return yaml.safe_dump([a, b, c, d, e, f, g, h, i, j, k]) # SAFE
`,
  ),
  ...rules(
    "CWE-502",
    "batch106: yaml.safe_load imported under the name load, and ruamel's safe loader",
    `
from yaml import safe_load as load
from ruamel.yaml import YAML

from flask import Flask, request

app = Flask(__name__)


@app.route("/settings", methods=["POST"])
def settings():
    body = request.get_data(as_text=True)
    data = load(body) # SAFE
    more = YAML(typ="safe").load(body) # SAFE
    risky = YAML(typ="unsafe").load(body) # VULN
    return {"n": len(data) + len(more) + len(risky)}
`,
  ),
  // ---------------------------------------------------------------- XML
  ...rules(
    "CWE-611",
    "batch106: lxml parsers by alias with entity resolution on vs defusedxml and hardened parsers",
    `
import defusedxml.ElementTree as DET
from defusedxml.lxml import fromstring as safe_fromstring
from defusedxml.minidom import parseString as safe_parse_string
from lxml import etree as LET
from lxml.etree import XMLParser as LP
from lxml.etree import fromstring as lfromstring

from flask import Flask, request

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    body = request.get_data()
    parser = LP(resolve_entities=True) # VULN
    doc = lfromstring(body, parser)
    parser2 = LET.XMLParser(load_dtd=True, no_network=False) # VULN
    doc2 = LET.fromstring(body, parser2)
    parser3 = LP(resolve_entities=False, no_network=True) # SAFE
    doc3 = lfromstring(body, parser3)
    doc4 = DET.fromstring(body) # SAFE
    doc5 = safe_fromstring(body) # SAFE
    doc6 = safe_parse_string(body) # SAFE
    tree = LET.parse(request.files["doc"], LET.XMLParser(resolve_entities=True)) # VULN
    return str([doc, doc2, doc3, doc4, doc5, doc6, tree])
`,
  ),
  ...rules(
    "CWE-611",
    "batch106: sax and pulldom with external entities switched on vs defused twins",
    `
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

import defusedxml.pulldom
import defusedxml.sax

from flask import Flask, request

app = Flask(__name__)


class Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []

    def startElement(self, name, attrs):
        self.names.append(name)


@app.route("/feed", methods=["POST"])
def feed():
    body = request.get_data()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True) # VULN
    handler = Collector()
    parser.setContentHandler(handler)
    parser.parse(request.stream)
    p2 = xml.sax.make_parser()
    p2.setFeature(xml.sax.handler.feature_external_ges, False) # SAFE
    defusedxml.sax.parseString(body, Collector()) # SAFE
    events = defusedxml.pulldom.parseString(body) # SAFE
    parser3 = xml.sax.make_parser()
    parser3.setFeature("http://xml.org/sax/features/external-general-entities", True) # VULN
    doc = pulldom.parseString(body, parser=parser3)
    return ",".join(handler.names) + str(events) + str(doc)
`,
  ),
  // ---------------------------------------------------------------- hashes
  ...rules(
    "CWE-328",
    "batch106: weak digests by hashlib.new, getattr and from-import aliases vs strong and non-security twins",
    `
import hashlib
import hmac
from hashlib import md5 as _md5
from hashlib import sha1

from Crypto.Hash import MD5 as CMD5
from Cryptodome.Hash import SHA1 as CdSHA1
from Cryptodome.Hash import SHA256 as CdSHA256


def hash_password(password, salt):
    return hashlib.new("md5", salt + password.encode()).hexdigest() # VULN CWE-916


def hash_password_sha1(password, salt):
    return getattr(hashlib, "sha1")(salt + password.encode()).hexdigest() # VULN CWE-916


def hash_password_alias(password, salt):
    return _md5(salt + password.encode()).hexdigest() # VULN CWE-916


def hash_password_kdf(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex() # SAFE CWE-916


def sign(payload, key):
    return CMD5.new(key + payload).hexdigest() # VULN


def sign_sha1(payload, key):
    return CdSHA1.new(key + payload).hexdigest() # VULN


def sign_hmac(payload, key):
    return hmac.new(key, payload, hashlib.sha256).hexdigest() # SAFE


def verify_download(data, expected_digest):
    return hmac.compare_digest(hashlib.new("sha1", data).hexdigest(), expected_digest) # VULN


def verify_download_strong(data, expected_digest):
    return hmac.compare_digest(hashlib.new("sha256", data).hexdigest(), expected_digest) # SAFE


def verify_download_crypto(data, expected_digest):
    return CdSHA256.new(data).hexdigest() == expected_digest # SAFE


def etag(body):
    return hashlib.new("md5", body, usedforsecurity=False).hexdigest() # SAFE


def cache_key(url):
    return sha1(url.encode("utf-8"), usedforsecurity=False).hexdigest() # SAFE
`,
  ),
  // ---------------------------------------------------------------- ciphers
  ...rules(
    "CWE-327",
    "batch106: broken ciphers and ECB through Crypto and Cryptodome namespaces vs AEAD twins",
    `
import os

import Cryptodome.Cipher.ARC2 as RC2
from Crypto.Cipher import AES as CAES
from Crypto.Cipher import ARC4, DES
from Cryptodome.Cipher import AES, Blowfish
from Cryptodome.Cipher import DES3 as TDES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def enc_des(key, data):
    iv = os.urandom(8)
    return iv + DES.new(key, DES.MODE_CBC, iv).encrypt(data) # VULN


def enc_rc4(key, data):
    return ARC4.new(key).encrypt(data) # VULN


def enc_3des(key, data):
    iv = os.urandom(8)
    return iv + TDES.new(key, TDES.MODE_CBC, iv).encrypt(data) # VULN


def enc_blowfish(key, data):
    iv = os.urandom(8)
    return iv + Blowfish.new(key, Blowfish.MODE_CBC, iv).encrypt(data) # VULN


def enc_rc2(key, data):
    iv = os.urandom(8)
    return iv + RC2.new(key, RC2.MODE_CBC, iv).encrypt(data) # VULN


def enc_ecb(key, data):
    return AES.new(key, AES.MODE_ECB).encrypt(data) # VULN


def enc_gcm(key, data):
    nonce = os.urandom(12)
    c = CAES.new(key, CAES.MODE_GCM, nonce=nonce) # SAFE
    return nonce + b"".join(c.encrypt_and_digest(data))


def enc_gcm2(key, data):
    nonce = os.urandom(12)
    c = AES.new(key, AES.MODE_GCM, nonce=nonce) # SAFE
    return nonce + b"".join(c.encrypt_and_digest(data))


def enc_hazmat_ecb(key, data):
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor() # VULN
    return enc.update(data) + enc.finalize()


def enc_hazmat_gcm(key, data):
    iv = os.urandom(12)
    enc = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor() # SAFE
    return iv + enc.update(data) + enc.finalize() + enc.tag
`,
  ),
  // ---------------------------------------------------------------- TLS
  ...rules(
    "CWE-295",
    "batch106: verify=False through requests.api, Session.request, from-import aliases and a constant",
    `
import httpx
import requests
import requests.api
import urllib3
from requests import Session as S
from requests import get as fetch

CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"
VERIFY = False


def pull(url):
    r1 = requests.api.request("GET", url, verify=False) # VULN
    r2 = requests.Session().request("GET", url, verify=False) # VULN
    sess = S()
    sess.verify = False # VULN
    r3 = fetch(url, verify=False) # VULN
    r4 = requests.get(url, verify=VERIFY) # VULN
    r5 = requests.api.get(url, verify=True) # SAFE
    r6 = requests.request("POST", url, verify=CA_BUNDLE) # SAFE
    r7 = fetch(url, timeout=10) # SAFE
    client = httpx.Client(verify=False) # VULN
    client2 = httpx.Client(verify=CA_BUNDLE) # SAFE
    pool = urllib3.PoolManager(cert_reqs="CERT_NONE") # VULN
    pool2 = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=CA_BUNDLE) # SAFE
    return [r1, r2, r3, r4, r5, r6, r7, client, client2, pool, pool2, sess]
`,
  ),
  ...rules(
    "CWE-295",
    "batch106: ssl unverified contexts by assignment and alias vs default contexts",
    `
import ssl
import urllib.request
from ssl import _create_unverified_context as insecure_context
from ssl import create_default_context

ssl._create_default_https_context = ssl._create_unverified_context # VULN


def fetch(url):
    ctx = insecure_context() # VULN
    return urllib.request.urlopen(url, context=ctx).read()


def fetch2(url):
    ctx = ssl._create_unverified_context() # VULN
    return urllib.request.urlopen(url, context=ctx).read()


def fetch3(url):
    ctx = create_default_context() # SAFE
    return urllib.request.urlopen(url, context=ctx).read()


def fetch4(url):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE # VULN
    return urllib.request.urlopen(url, context=ctx).read()


def fetch5(url):
    ctx = ssl.create_default_context(cafile="/etc/ssl/internal.pem")
    ctx.verify_mode = ssl.CERT_REQUIRED # SAFE
    return urllib.request.urlopen(url, context=ctx).read()
`,
  ),
  // ---------------------------------------------------------------- SSRF
  ...rules(
    "CWE-918",
    "batch106: urlopen and requests by alias with the Flask request imported as req or flask.request",
    `
import urllib.request
import urllib.request as ur
from urllib import request as ureq
from urllib.request import urlopen as fetch

import flask
import requests
import requests.api
from flask import Flask
from flask import request as req

app = Flask(__name__)
MIRRORS = {"eu": "https://eu.mirror.example.com/", "us": "https://us.mirror.example.com/"}


@app.route("/preview")
def preview():
    url = req.args["url"]
    a = fetch(url).read() # VULN
    b = urllib.request.urlopen(url).read() # VULN
    c = ureq.urlopen(url).read() # VULN
    d = ur.urlopen(ur.Request(url, headers={"User-Agent": "bot"})).read() # VULN
    e = fetch("https://status.example.com/health").read() # SAFE
    f = fetch(MIRRORS.get(req.args.get("region"), MIRRORS["eu"])).read() # SAFE
    return a + b + c + d + e + f


@app.route("/proxy")
def proxy():
    target = flask.request.args.get("target")
    r = requests.api.request("GET", target) # VULN
    s = requests.Session().get(target) # VULN
    t = requests.Session().request("GET", "https://api.example.com/v1/ping") # SAFE
    return r.text + s.text + t.text
`,
  ),
  // ---------------------------------------------------------------- SQL
  ...rules(
    "CWE-89",
    "batch106: sqlite3 by alias, chained connect().execute, a bound cursor method and a rebound execute",
    `
import sqlite3
import sqlite3 as lite
from sqlite3 import connect as open_db

from flask import Flask
from flask import request as req

app = Flask(__name__)


@app.route("/items")
def items():
    term = req.args["q"]
    rows = sqlite3.connect("app.db").execute("SELECT * FROM items WHERE name = '%s'" % term).fetchall() # VULN
    rows2 = sqlite3.connect("app.db").execute("SELECT * FROM items WHERE name = ?", (term,)).fetchall() # SAFE
    conn = lite.connect("app.db")
    cursor = conn.cursor
    cursor().execute("SELECT * FROM items WHERE tag = '" + term + "'") # VULN
    cursor().execute("SELECT * FROM items WHERE tag = ?", [term]) # SAFE
    db = open_db("app.db")
    db.execute("DELETE FROM cache") # SAFE
    db.executescript("UPDATE items SET seen = 1 WHERE name = '%s';" % term) # VULN
    q = "SELECT id FROM items WHERE owner = '{}'".format(term)
    with open_db("app.db") as c:
        c.execute(q) # VULN
    run = db.execute
    run(f"SELECT * FROM items WHERE id = {term}") # VULN
    run("SELECT * FROM items WHERE id = ?", (term,)) # SAFE
    order = "name" if req.args.get("sort") == "name" else "id"
    db.execute("SELECT * FROM items ORDER BY " + order) # SAFE
    return {"rows": rows + rows2}
`,
  ),
  // ---------------------------------------------------------------- eval / exec
  ...rules(
    "CWE-95",
    "batch106: eval and exec through builtins, __builtins__, compile and a bound name vs literal_eval and pandas",
    `
import ast
import builtins

import pandas as pd
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args["expr"]
    a = builtins.eval(expr) # VULN
    b = __builtins__["eval"](expr) if isinstance(__builtins__, dict) else None # VULN
    exec(compile(expr, "<calc>", "exec")) # VULN
    code = compile(expr, "<calc>", "eval")
    c = eval(code) # VULN
    getattr(builtins, "exec")(expr) # VULN
    ev = eval
    d = ev(expr) # VULN
    e = ast.literal_eval(expr) # SAFE
    f = pd.eval("a + b", local_dict={"a": 1, "b": 2}) # SAFE
    df = pd.DataFrame({"price": [1.0, 2.0], "qty": [3, 4]})
    df.eval("total = price * qty", inplace=True) # SAFE
    g = eval("1 + 2") # SAFE
    h = builtins.eval("2 * 3") # SAFE
    return str([a, b, c, d, e, f, g, h])
`,
  ),
  // ---------------------------------------------------------------- templates (SSTI)
  ...rules(
    "CWE-1336",
    "batch106: jinja2 templates built from request data by alias vs templates with data passed as context",
    `
import flask
import jinja2
from flask import Flask
from flask import render_template_string as rts
from flask import request as req
from jinja2 import BaseLoader
from jinja2 import Environment as Env
from jinja2 import Template as T

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = req.args["name"]
    a = jinja2.Template("Hello " + name).render() # VULN
    b = T("Hello {{ name }}").render(name=name) # SAFE
    c = Env(loader=BaseLoader(), autoescape=True).from_string("<p>" + name + "</p>").render() # VULN
    d = Env(autoescape=True).from_string("<p>{{ n }}</p>").render(n=name) # SAFE
    e = rts("<h1>%s</h1>" % name) # VULN
    f = flask.render_template_string("<h1>{{ n }}</h1>", n=name) # SAFE
    g = T(f"<b>{name}</b>").render() # VULN
    return a + b + c + d + e + f + g
`,
  ),
  // ---------------------------------------------------------------- XSS
  ...rules(
    "CWE-79",
    "batch106: Flask responses with the request imported as req or read as flask.request, Markup by alias",
    `
import flask
import markupsafe
from flask import Flask, make_response
from flask import request as req
from markupsafe import Markup as M
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = req.args.get("name", "")
    return "<h1>Hello " + name + "</h1>" # VULN


@app.route("/hello2")
def hello2():
    name = flask.request.args.get("name", "")
    return make_response("<p>%s</p>" % name) # VULN


@app.route("/hello3")
def hello3():
    return "<p>%s</p>" % escape(req.args.get("name", "")) # SAFE


@app.route("/hello4")
def hello4():
    return M("<b>" + req.args["n"] + "</b>") # VULN


@app.route("/hello5")
def hello5():
    return markupsafe.Markup("<b>{}</b>").format(req.args["n"]) # SAFE


@app.route("/hello6")
def hello6():
    return M("<i>%s</i>") % req.args["n"] # SAFE


@app.route("/hello7")
def hello7():
    return markupsafe.Markup(f"<i>{flask.request.args['n']}</i>") # VULN


@app.route("/hello8")
def hello8():
    resp = make_response(req.args.get("n", ""))
    resp.mimetype = "text/plain"
    return resp # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch106: Django HttpResponse through django.http.response and mark_safe by alias vs escaped twins",
    `
from django.http import response as dj_response
from django.http.response import HttpResponse as Resp
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe as ms


def results(request):
    q = request.GET.get("q", "")
    return Resp("<p>Results for " + q + "</p>") # VULN


def results_escaped(request):
    q = request.GET.get("q", "")
    return dj_response.HttpResponse("<p>%s</p>" % escape(q)) # SAFE


def results_fstring(request):
    return dj_response.HttpResponse(f"<p>{request.GET['q']}</p>") # VULN


def results_format_html(request):
    return Resp(format_html("<p>{}</p>", request.GET["q"])) # SAFE


def banner(request):
    html = ms("<b>" + request.GET["msg"] + "</b>") # VULN
    return Resp(html)


def banner_static(request):
    html = ms("<b>Maintenance tonight</b>") # SAFE
    return Resp(html)


def plain(request):
    return Resp(request.GET["q"], content_type="text/plain") # SAFE
`,
  ),
  // ---------------------------------------------------------------- temp files
  ...rules(
    "CWE-377",
    "batch106: tempfile.mktemp by alias and getattr vs mkstemp and NamedTemporaryFile",
    `
import csv
import tempfile
import tempfile as tf
from tempfile import mktemp as make_name


def export(rows):
    path = make_name(suffix=".csv") # VULN
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def export2(rows):
    path = tf.mktemp(prefix="report-") # VULN
    with open(path, "w") as fh:
        fh.write(repr(rows))
    return path


def export3(rows):
    path = getattr(tempfile, "mktemp")() # VULN
    with open(path, "w") as fh:
        fh.write(repr(rows))
    return path


def export_safe(rows):
    fd, path = tf.mkstemp(suffix=".csv") # SAFE
    with open(fd, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def export_safe2(rows):
    with tf.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh: # SAFE
        csv.writer(fh).writerows(rows)
        return fh.name


def scratch():
    return tempfile.mkdtemp(prefix="job-") # SAFE
`,
  ),
  // ---------------------------------------------------------------- randomness
  ...rules(
    "CWE-338",
    "batch106: random by alias for tokens and codes vs secrets and non-security uses",
    `
import random as rnd
import secrets
import string
from random import choice as pick
from random import randint as rint


def make_token():
    return "".join(pick(string.ascii_letters + string.digits) for _ in range(32)) # VULN


def make_reset_code():
    return str(rint(100000, 999999)) # VULN


def make_session_id():
    return "%032x" % rnd.getrandbits(128) # VULN


def make_api_key():
    return "".join(secrets.choice(string.ascii_letters) for _ in range(40)) # SAFE


def make_csrf_token():
    return secrets.token_urlsafe(32) # SAFE


_sysrand = rnd.SystemRandom()


def make_pin():
    return "".join(str(_sysrand.randint(0, 9)) for _ in range(6)) # SAFE


def pick_question(questions):
    return pick(questions) # SAFE


def jitter(base):
    return base + rnd.uniform(0, 0.5) # SAFE
`,
  ),
  // ---------------------------------------------------------------- more command spellings
  ...rules(
    "CWE-78",
    "batch106: os.popen, spawn, exec*, pty and asyncio shells by alias vs argument-vector twins",
    `
import asyncio
import os
import pty
from asyncio import create_subprocess_shell as shell
from os import popen as pipe_open
from os import spawnlp as spawn

from flask import Flask, request

app = Flask(__name__)


@app.route("/tools")
def tools():
    arg = request.args["arg"]
    pipe_open("file " + arg).read() # VULN
    pipe_open("uname -a").read() # SAFE
    spawn(os.P_WAIT, "sh", "sh", "-c", "wc -l " + arg) # VULN
    spawn(os.P_WAIT, "wc", "wc", "-l", arg) # SAFE
    os.execl("/bin/sh", "sh", "-c", "cat " + arg) # VULN
    pty.spawn(["/bin/sh", "-c", "less " + arg]) # VULN
    pty.spawn(["less", "--", arg]) # SAFE
    return "ok"


async def run_async(arg):
    proc = await shell("grep -r " + arg + " /srv/logs") # VULN
    proc2 = await asyncio.create_subprocess_exec("grep", "-r", arg, "/srv/logs") # SAFE
    proc3 = await asyncio.create_subprocess_shell("sort " + arg) # VULN
    return proc, proc2, proc3
`,
  ),
  ...rules(
    "CWE-78",
    "batch106: setup.py, fabfile and noxfile shapes - shell strings from the environment vs argument lists",
    `
import os
import subprocess

import nox
from fabric.api import local, run as remote_run


def version_from_git():
    ref = os.environ.get("RELEASE_REF", "HEAD")
    return subprocess.check_output("git describe --tags " + ref, shell=True).decode().strip() # VULN


def version_from_git_safe():
    ref = os.environ.get("RELEASE_REF", "HEAD")
    return subprocess.check_output(["git", "describe", "--tags", ref]).decode().strip() # SAFE


def build_docs():
    os.system("sphinx-build -b html docs docs/_build") # SAFE


def deploy(branch):
    local("git push origin " + branch) # VULN
    local("git push origin main") # SAFE


def restart(service):
    remote_run("systemctl restart " + service) # VULN CWE-78


@nox.session
def tests(session):
    extra = os.environ.get("PYTEST_ARGS", "")
    session.run("pytest", *extra.split()) # SAFE
    session.install("-e", ".") # SAFE
`,
  ),
  // ---------------------------------------------------------------- more deserialisation spellings
  ...rules(
    "CWE-502",
    "batch106: jsonpickle, marshal, joblib, torch and pandas pickle readers by alias vs their safe modes",
    `
import marshal

import joblib as jl
import jsonpickle
import pandas as pd
import torch
from flask import Flask, request

app = Flask(__name__)


@app.route("/model", methods=["POST"])
def model():
    blob = request.get_data()
    a = jsonpickle.decode(blob.decode()) # VULN
    b = marshal.loads(blob) # VULN
    c = jl.load(request.files["model"]) # VULN
    d = torch.load(request.files["weights"]) # VULN
    e = torch.load(request.files["weights"], weights_only=True) # SAFE
    f = pd.read_pickle(request.files["frame"]) # VULN
    g = pd.read_json(request.files["frame"]) # SAFE
    h = jsonpickle.encode({"ok": True}) # SAFE
    return str([a, b, c, d, e, f, g, h])
`,
  ),
  // ---------------------------------------------------------------- path traversal spellings
  ...rules(
    "CWE-22",
    "batch106: os.path as osp, pjoin, pathlib and send_file by alias vs secure_filename and send_from_directory",
    `
import os.path as osp
from os.path import join as pjoin
from pathlib import Path as P

import flask
from flask import Flask
from flask import request as req
from flask import send_file as sf
from werkzeug.utils import secure_filename as sfn

app = Flask(__name__)
BASE = "/srv/files"


@app.route("/read")
def read():
    name = req.args["name"]
    with open(osp.join(BASE, name)) as fh: # VULN
        a = fh.read()
    with open(pjoin(BASE, name)) as fh: # VULN
        b = fh.read()
    c = (P(BASE) / name).read_text() # VULN
    with open(osp.join(BASE, sfn(name))) as fh: # SAFE
        d = fh.read()
    e = (P(BASE) / sfn(name)).read_text() # SAFE
    return a + b + c + d + e


@app.route("/download")
def download():
    name = flask.request.args["name"]
    return sf(osp.join(BASE, name)) # VULN


@app.route("/download2")
def download2():
    return flask.send_from_directory(BASE, req.args["name"]) # SAFE


@app.route("/download3")
def download3():
    return sf(pjoin(BASE, osp.basename(req.args["name"]))) # SAFE
`,
  ),
  // ---------------------------------------------------------------- more SQL spellings
  ...rules(
    "CWE-89",
    "batch106: psycopg2, Django connection and SQLAlchemy text by alias vs bound parameters",
    `
import psycopg2 as pg
from django.db import connection as dj_conn
from sqlalchemy import create_engine
from sqlalchemy import text as sql_text


def find_user(request):
    name = request.GET["name"]
    with dj_conn.cursor() as cur:
        cur.execute("SELECT * FROM auth_user WHERE username = '%s'" % name) # VULN
        cur.execute("SELECT * FROM auth_user WHERE username = %s", [name]) # SAFE
    conn = pg.connect("dbname=app")
    cur2 = conn.cursor()
    cur2.execute("SELECT * FROM orders WHERE ref = '" + name + "'") # VULN
    cur2.execute("SELECT * FROM orders WHERE ref = %(ref)s", {"ref": name}) # SAFE
    engine = create_engine("postgresql:///app")
    with engine.connect() as c:
        c.execute(sql_text(f"SELECT * FROM notes WHERE author = '{name}'")) # VULN
        c.execute(sql_text("SELECT * FROM notes WHERE author = :a"), {"a": name}) # SAFE
    return cur2.fetchall()
`,
  ),
  // ---------------------------------------------------------------- more SSRF / redirect spellings
  ...rules(
    "CWE-918",
    "batch106: httpx, aiohttp and urllib3 clients by alias with a request URL vs fixed hosts",
    `
import aiohttp
import httpx as hx
import urllib3
from aiohttp import web
from httpx import AsyncClient as AC


async def fetch_preview(request: web.Request):
    url = request.query["url"]
    r = hx.get(url) # VULN
    async with AC() as client:
        r2 = await client.get(url) # VULN
    async with aiohttp.ClientSession() as s:
        async with s.get(url) as resp: # VULN
            body = await resp.text()
    pool = urllib3.PoolManager()
    r3 = pool.request("GET", url) # VULN
    r4 = hx.get("https://status.example.com/") # SAFE
    r5 = pool.request("GET", "https://api.example.com/v1/health") # SAFE
    return web.Response(text=body + r.text + r2.text + str(r3.status) + r4.text + str(r5.status))
`,
  ),
  ...rules(
    "CWE-601",
    "batch106: redirects by alias in Flask and Django vs relative and allow-listed targets",
    `
from django.http.response import HttpResponseRedirect as Redirect
from django.shortcuts import redirect as dj_redirect
from django.utils.http import url_has_allowed_host_and_scheme
from flask import Flask
from flask import redirect as go
from flask import request as req
from flask import url_for

app = Flask(__name__)


@app.route("/out")
def out():
    return go(req.args["next"]) # VULN


@app.route("/out2")
def out2():
    return go(url_for("index")) # SAFE


def django_next(request):
    return Redirect(request.GET["next"]) # VULN


def django_next2(request):
    return dj_redirect(request.GET.get("next", "/")) # VULN


def django_next_safe(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return dj_redirect(target) # SAFE
`,
  ),
  // ---------------------------------------------------------------- dynamic import chosen by the request
  ...rules(
    "CWE-470",
    "batch106: importlib and __import__ with a request-chosen name vs a fixed table",
    `
import importlib

from flask import Flask, request

app = Flask(__name__)
PLUGINS = {"csv": "app.export.csv_export", "xlsx": "app.export.xlsx_export"}


@app.route("/export")
def export():
    fmt = request.args["fmt"]
    mod = importlib.import_module(fmt) # VULN
    mod2 = __import__(request.args["plugin"]) # VULN
    mod3 = importlib.import_module(PLUGINS.get(fmt, "app.export.csv_export")) # SAFE
    handler = getattr(mod3, request.args["fn"]) # VULN
    handler2 = getattr(mod3, "export") # SAFE
    return str([mod, mod2, handler, handler2])
`,
  ),
  // ---------------------------------------------------------------- more eval spellings
  ...rules(
    "CWE-95",
    "batch106: eval and exec by alias in a command-line tool vs ast.literal_eval and json",
    `
import ast
import builtins as bi
import json
import sys
from builtins import eval as evaluate

from six import exec_


def main():
    expr = sys.argv[1]
    print(evaluate(expr)) # VULN
    print(bi.eval(expr)) # VULN
    exec_(expr) # VULN
    print(ast.literal_eval(expr)) # SAFE
    print(json.loads(expr)) # SAFE
    run = exec
    run(expr) # VULN
    run = print
    run(expr) # SAFE


if __name__ == "__main__":
    main()
`,
  ),
  ...rules(
    "CWE-78",
    "batch106: runners kept as instance attributes and in a module-level tuple vs argument lists",
    `
import os
import subprocess
import sys

COMMANDS = (os.system, subprocess.getoutput)


class Deployer:
    def __init__(self):
        self._run = subprocess.run
        self._sys = os.system
        self._popen = subprocess.Popen

    def deploy(self, tag):
        self._run("docker pull registry.example.com/app:" + tag, shell=True) # VULN
        self._run(["docker", "pull", "registry.example.com/app:" + tag]) # SAFE
        self._sys("docker restart app-" + tag) # VULN
        self._sys("docker ps") # SAFE
        self._popen("docker logs app-" + tag, shell=True) # VULN
        self._popen(["docker", "logs", "app-" + tag]) # SAFE


def cleanup(tag):
    COMMANDS[0]("docker rmi app:" + tag) # VULN
    COMMANDS[1]("docker images " + tag) # VULN


if __name__ == "__main__":
    Deployer().deploy(sys.argv[1])
    cleanup(sys.argv[1])
`,
  ),
  ...rules(
    "CWE-328",
    "batch106: the algorithm named by a constant or a settings value in hashlib.new vs a strong constant",
    `
import hashlib
from hashlib import new as new_hash

SIGNING_ALG = "sha1"
STRONG_ALG = "sha256"


def sign_token(token, secret):
    return new_hash(SIGNING_ALG, secret + token).hexdigest() # VULN


def sign_token_md5(token, secret):
    return hashlib.new("MD5", secret + token).hexdigest() # VULN


def sign_token_strong(token, secret):
    return hashlib.new(STRONG_ALG, secret + token).hexdigest() # SAFE


def sign_token_blake(token, secret):
    return hashlib.blake2b(token, key=secret).hexdigest() # SAFE


def store_password(password):
    return getattr(hashlib, "md5")(password.encode()).hexdigest() # VULN CWE-916
`,
  ),
  ...rules(
    "CWE-90",
    "batch106: LDAP filters by alias (ldap as L, ldap3 Connection) vs escaped filters",
    `
import ldap as L
from ldap3 import Connection as LdapConn
from ldap3 import Server
from ldap3.utils.conv import escape_filter_chars
from ldap.filter import escape_filter_chars as esc
from flask import Flask
from flask import request as req

app = Flask(__name__)


@app.route("/who")
def who():
    uid = req.args["uid"]
    con = L.initialize("ldaps://ldap.example.com")
    a = con.search_s("dc=example,dc=com", L.SCOPE_SUBTREE, "(uid=" + uid + ")") # VULN
    b = con.search_s("dc=example,dc=com", L.SCOPE_SUBTREE, "(uid=%s)" % esc(uid)) # SAFE
    conn = LdapConn(Server("ldaps://ldap.example.com"), auto_bind=True)
    conn.search("dc=example,dc=com", f"(mail={uid})") # VULN
    conn.search("dc=example,dc=com", "(mail=%s)" % escape_filter_chars(uid)) # SAFE
    return str([a, b, conn.entries])
`,
  ),
  ...rules(
    "CWE-643",
    "batch106: XPath by alias from lxml with request data vs variables bound in the query",
    `
from lxml import etree as LET
from lxml.etree import XPath as XP
from flask import Flask
from flask import request as req

app = Flask(__name__)
DOC = LET.parse("/srv/data/catalog.xml")


@app.route("/book")
def book():
    title = req.args["title"]
    a = DOC.xpath("//book[title='" + title + "']") # VULN
    b = DOC.xpath("//book[title=$t]", t=title) # SAFE
    find = XP("//book[author='%s']" % title) # VULN
    find2 = XP("//book[author=$a]")
    c = find2(DOC, a=title) # SAFE
    return str([a, b, find(DOC), c])
`,
  ),
  // ---------------------------------------------------------------- templates as files
  ...template(
    "templates/comments.html",
    "CWE-79",
    "batch106: Django template with |safe and autoescape off on user content vs escaped output",
    `
{% extends "base.html" %}
{% block content %}
<h1>{{ page_title }}</h1> # SAFE
{% for comment in comments %}
<div class="body">{{ comment.body|safe }}</div> # VULN
<div class="plain">{{ comment.body }}</div> # SAFE
<div class="short">{{ comment.body|truncatewords:30 }}</div> # SAFE
<div class="sig">{% autoescape off %}{{ comment.author.signature }}{% endautoescape %}</div> # VULN
<div class="sig2">{% autoescape on %}{{ comment.author.signature }}{% endautoescape %}</div> # SAFE
{% endfor %}
<p>{{ profile.bio|linebreaks }}</p> # SAFE
<p>{{ profile.bio|safe|linebreaks }}</p> # VULN
{% endblock %}
`,
  ),
  ...template(
    "templates/profile.jinja2",
    "CWE-79",
    "batch106: Jinja template with |safe and autoescape false vs |e and default escaping",
    `
<h2>{{ user.display_name }}</h2> # SAFE
<div>{{ user.about|safe }}</div> # VULN
<div>{{ user.about|e }}</div> # SAFE
{% autoescape false %}<p>{{ user.status_message }}</p>{% endautoescape %} # VULN
{% autoescape true %}<p>{{ user.status_message }}</p>{% endautoescape %} # SAFE
<span>{{ user.location|striptags }}</span> # SAFE
`,
  ),
];
