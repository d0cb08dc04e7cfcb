// Dev suite "py-rules", batch 31 (format in py-rules.ts): written after batch 30's fixes, before any further
// fix, from the idioms CodeQL's public Python query tests cover (read only, never copied): a ".." test on an
// already joined path, verify flags given at the call site, unsafe YAML loaders and pickled cookies, SAX external
// entities, async HTTP clients, log lines built with f-strings, code compiled from input, regexes from the
// request, shells reached through argv lists and asyncio. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH31: DevCase[] = [
  ...rules(
    "CWE-22",
    "batch31: dot-dot tests on a joined path",
    `
import os
from flask import Flask, request, abort

app = Flask(__name__)
ROOT = "/var/reports"


@app.route("/report")
def report():
    name = request.args.get("name", "")
    full = os.path.join(ROOT, name)
    if ".." in full:
        abort(400)
    with open(full) as fh: # VULN
        return fh.read()


@app.route("/report2")
def report2():
    name = request.args.get("name", "")
    if ".." in name or name.startswith("/") or "\\\\" in name:
        abort(400)
    full = os.path.join(ROOT, name)
    with open(full) as fh: # SAFE
        return fh.read()
`,
  ),
  ...rules(
    "CWE-295",
    "batch31: verify flags given at the call site",
    `
import requests


def _fetch(url, verify):
    return requests.get(url, timeout=5, verify=verify).json() # VULN


def health():
    return _fetch("https://metrics.internal/health", False)


def _fetch_checked(url, verify):
    return requests.get(url, timeout=5, verify=verify).json() # SAFE


def health_checked():
    return _fetch_checked("https://metrics.internal/health", "/etc/ssl/internal-ca.pem")
`,
  ),
  ...rules(
    "CWE-502",
    "batch31: yaml loaders and pickled cookies",
    `
import base64
import pickle
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/cfg", methods=["POST"])
def cfg():
    doc = yaml.load(request.get_data(), Loader=yaml.Loader) # VULN
    return {"keys": list(doc)}


@app.route("/cfg2", methods=["POST"])
def cfg2():
    doc = yaml.load(request.get_data(), Loader=yaml.SafeLoader) # SAFE
    return {"keys": list(doc)}


@app.route("/cfg3", methods=["POST"])
def cfg3():
    doc = yaml.unsafe_load(request.get_data()) # VULN
    return {"keys": list(doc)}


@app.route("/cart")
def cart():
    items = pickle.loads(base64.b64decode(request.cookies.get("cart", ""))) # VULN
    return {"n": len(items)}
`,
  ),
  ...rules(
    "CWE-611",
    "batch31: sax parsers with external entities",
    `
import xml.sax
from xml.sax.handler import feature_external_ges
from flask import Flask, request

app = Flask(__name__)


class Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []


@app.route("/import", methods=["POST"])
def do_import():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True) # VULN
    handler = Collector()
    parser.setContentHandler(handler)
    parser.parse(request.files["doc"])
    return {"n": len(handler.names)}


@app.route("/import2", methods=["POST"])
def do_import2():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False) # SAFE
    handler = Collector()
    parser.setContentHandler(handler)
    parser.parse(request.files["doc"])
    return {"n": len(handler.names)}
`,
  ),
  ...rules(
    "CWE-918",
    "batch31: async and stdlib http clients",
    `
import urllib.request
import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/preview")
async def preview(target: str):
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.get(target) # VULN
    return {"len": len(resp.content)}


@app.get("/preview2")
async def preview2(slug: str):
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.get(f"https://cdn.example.net/previews/{slug}") # SAFE
    return {"len": len(resp.content)}


@app.get("/raw")
def raw(src: str):
    with urllib.request.urlopen(src, timeout=5) as fh: # VULN
        return {"len": len(fh.read())}
`,
  ),
  ...rules(
    "CWE-117",
    "batch31: log lines built with f-strings",
    `
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():
    who = request.form.get("user", "")
    log.warning(f"failed login for {who}") # VULN
    clean = who.replace("\\r", "").replace("\\n", "")
    log.warning(f"failed login for {clean}") # SAFE
    log.warning("failed login for %r", who) # SAFE
    return "no", 401
`,
  ),
  ...rules(
    "CWE-94",
    "batch31: code compiled from input",
    `
import ast
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc", methods=["POST"])
def calc():
    src = request.form["expr"]
    code = compile(src, "<calc>", "eval")
    return str(eval(code)) # VULN


@app.route("/calc2", methods=["POST"])
def calc2():
    src = request.form["expr"]
    return str(ast.literal_eval(src)) # SAFE
`,
  ),
  ...rules(
    "CWE-1333",
    "batch31: patterns from the request",
    `
import re
from flask import Flask, request

app = Flask(__name__)
WORDS = ["alpha", "beta", "gamma"]


@app.route("/grep")
def grep():
    pattern = re.compile(request.args.get("p", "")) # VULN
    return {"hits": [w for w in WORDS if pattern.search(w)]}


@app.route("/grep2")
def grep2():
    pattern = re.compile(re.escape(request.args.get("p", ""))) # SAFE
    return {"hits": [w for w in WORDS if pattern.search(w)]}
`,
  ),
  ...rules(
    "CWE-78",
    "batch31: shells through argv lists and asyncio",
    `
import asyncio
import shlex
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    pat = request.args.get("q", "")
    out = subprocess.run(["bash", "-c", f"grep -n {pat} /var/log/app.log"], capture_output=True) # VULN
    return out.stdout


@app.route("/search2")
def search2():
    pat = request.args.get("q", "")
    out = subprocess.run(["bash", "-c", f"grep -n {shlex.quote(pat)} /var/log/app.log"], capture_output=True) # SAFE
    return out.stdout


async def archive(name):
    proc = await asyncio.create_subprocess_shell("tar czf /backups/" + name + ".tgz /srv/data") # VULN
    await proc.wait()
`,
  ),
];
