// Dev suite "py-rules", batch 54 (format in py-rules.ts): written blind, measured before any fix. File-system
// and outbound-request APIs that Pysa's taint models (FileSystem_ReadWrite, HTTPClientRequest) and CodeQL's
// FileSystemAccess / HTTP::Client models list beyond open() and requests: gzip / bz2 / lzma, os.rename /
// symlink / chmod, shutil archives, glob and scandir, numpy and pandas writers, anyio and aiofiles, tornado's
// HTTP client, urlretrieve, xmlrpc proxies, urllib openers, httplib2 and pycurl. Each positive has a safe
// look-alike (basename / secure_filename / a resolved path kept under its root / a fixed host). Cases written
// here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH54: DevCase[] = [
  ...rules(
    "CWE-22",
    "batch54: compressed log files read and written by name",
    `
import bz2
import gzip
import lzma
import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
LOG_DIR = "/var/log/app"


@app.get("/logs")
def read_log():
    name = request.args["file"]
    with gzip.open(os.path.join(LOG_DIR, name), "rt") as fh: # VULN
        body = fh.read()
    with gzip.open(os.path.join(LOG_DIR, secure_filename(name)), "rt") as fh: # SAFE
        body += fh.read()
    return body


@app.post("/logs/archive")
def archive_log():
    name = request.form["name"]
    with bz2.open(LOG_DIR + "/archive/" + name + ".bz2", "wb") as fh: # VULN
        fh.write(request.get_data())
    with bz2.open(os.path.join(LOG_DIR, "archive", os.path.basename(name) + ".bz2"), "wb") as fh: # SAFE
        fh.write(request.get_data())
    with lzma.open(f"{LOG_DIR}/xz/{name}.xz") as fh: # VULN
        data = fh.read()
    with lzma.open(f"{LOG_DIR}/xz/{secure_filename(name)}.xz") as fh: # SAFE
        data += fh.read()
    return str(len(data))
`,
  ),
  ...rules(
    "CWE-22",
    "batch54: django file manager renames, links and permissions",
    `
import glob
import os
import shutil

from django.conf import settings
from django.http import JsonResponse
from django.utils.text import get_valid_filename

UPLOADS = os.path.join(settings.MEDIA_ROOT, "uploads")


def rename_upload(request):
    old = os.path.basename(request.POST["old"])
    new = request.POST["new"]
    os.rename(os.path.join(UPLOADS, old), os.path.join(UPLOADS, new)) # VULN
    os.rename(os.path.join(UPLOADS, old), os.path.join(UPLOADS, get_valid_filename(new))) # SAFE
    return JsonResponse({"ok": True})


def share(request):
    target = request.POST["target"]
    os.symlink(os.path.join(UPLOADS, "shared"), os.path.join(UPLOADS, target)) # VULN
    os.chmod(os.path.join(UPLOADS, target), 0o644) # VULN
    os.chmod(os.path.join(UPLOADS, os.path.basename(target)), 0o644) # SAFE
    return JsonResponse({"ok": True})


def move(request):
    dest = request.POST["dest"]
    shutil.move(os.path.join(UPLOADS, "incoming.bin"), os.path.join(UPLOADS, dest)) # VULN
    shutil.copy2(os.path.join(UPLOADS, "incoming.bin"), os.path.join(UPLOADS, "archive", os.path.basename(dest))) # SAFE
    return JsonResponse({"ok": True})


def listing(request):
    pattern = request.GET.get("pattern", "*")
    names = glob.glob(os.path.join(UPLOADS, pattern)) # VULN
    names2 = glob.glob(os.path.join(UPLOADS, "*.pdf")) # SAFE
    entries = [e.name for e in os.scandir(os.path.join(UPLOADS, request.GET["dir"]))] # VULN
    return JsonResponse({"names": names + names2 + entries})
`,
  ),
  ...rules(
    "CWE-22",
    "batch54: exports and archives named by the caller",
    `
import os
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
from flask import Flask, abort, request, send_file

app = Flask(__name__)
EXPORTS = Path("/srv/exports").resolve()


@app.post("/exports")
def export():
    name = request.form["name"]
    df = pd.DataFrame(request.get_json()["rows"])
    df.to_csv(os.path.join(EXPORTS, name)) # VULN
    target = (EXPORTS / name).resolve()
    if not target.is_relative_to(EXPORTS):
        abort(400)
    df.to_csv(target) # SAFE
    np.save(os.path.join(EXPORTS, request.form["array"]), df.to_numpy()) # VULN
    np.save(EXPORTS / "latest.npy", df.to_numpy()) # SAFE
    return "ok"


@app.post("/exports/bundle")
def bundle():
    label = request.form["label"]
    path = shutil.make_archive(os.path.join(EXPORTS, label), "zip", "/srv/reports") # VULN
    path2 = shutil.make_archive(os.path.join(EXPORTS, "bundle"), "zip", "/srv/reports") # SAFE
    shutil.unpack_archive("/srv/incoming/latest.zip", os.path.join("/srv/unpacked", request.form["dest"])) # VULN
    return send_file(path if label else path2)
`,
  ),
  ...rules(
    "CWE-22",
    "batch54: async file access in fastapi",
    `
from pathlib import Path

import aiofiles
import aiofiles.os
import anyio
from fastapi import FastAPI, HTTPException

app = FastAPI()
BASE = Path("/srv/notes").resolve()


def inside(name: str) -> Path:
    p = (BASE / name).resolve()
    if not p.is_relative_to(BASE):
        raise HTTPException(status_code=400)
    return p


@app.get("/notes")
async def read_note(name: str):
    async with await anyio.open_file(f"/srv/notes/{name}") as fh: # VULN
        text = await fh.read()
    async with await anyio.open_file(inside(name)) as fh: # SAFE
        text += await fh.read()
    return {"text": text}


@app.put("/notes")
async def write_note(name: str, body: str):
    async with aiofiles.open("/srv/notes/" + name, "w") as fh: # VULN
        await fh.write(body)
    async with aiofiles.open(inside(name), "w") as fh: # SAFE
        await fh.write(body)
    return {"ok": True}


@app.delete("/notes")
async def delete_note(name: str):
    await aiofiles.os.remove(BASE / name) # VULN
    await aiofiles.os.remove(inside(name)) # SAFE
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-918",
    "batch54: tornado's http client and webhooks",
    `
from urllib.parse import quote, urlparse

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.web import HTTPError, RequestHandler

ALLOWED = {"hooks.slack.com", "api.github.com"}


class PreviewHandler(RequestHandler):
    async def get(self):
        url = self.get_argument("url")
        client = AsyncHTTPClient()
        resp = await client.fetch(url) # VULN
        user = self.get_argument("user")
        resp2 = await client.fetch("https://api.github.com/users/" + quote(user, safe="")) # SAFE
        self.write(resp.body + resp2.body)


class HookHandler(RequestHandler):
    async def post(self):
        target = self.get_body_argument("target")
        req = HTTPRequest(target, method="POST", body=self.request.body) # VULN
        await AsyncHTTPClient().fetch(req)
        if urlparse(target).hostname not in ALLOWED:
            raise HTTPError(400)
        await AsyncHTTPClient().fetch(target, method="POST", body=self.request.body) # SAFE
        self.write("sent")
`,
  ),
  ...rules(
    "CWE-918",
    "batch54: urllib openers, urlretrieve, xmlrpc, httplib2 and pycurl",
    `
import io
import urllib.request
import xmlrpc.client
from urllib.request import urlretrieve

import httplib2
import pycurl
from flask import Flask, request

app = Flask(__name__)
MIRRORS = {"eu": "https://mirror-eu.example.org", "us": "https://mirror-us.example.org"}


@app.post("/import")
def import_feed():
    url = request.form["url"]
    path, _ = urlretrieve(url, "/tmp/feed.xml") # VULN
    mirror = MIRRORS.get(request.form.get("region"), MIRRORS["eu"])
    path2, _ = urlretrieve(mirror + "/feed.xml", "/tmp/feed2.xml") # SAFE
    opener = urllib.request.build_opener()
    body = opener.open(request.form["extra"]).read() # VULN
    body2 = opener.open(mirror + "/index.json").read() # SAFE
    return {"p": path, "p2": path2, "n": len(body) + len(body2)}


@app.post("/rpc")
def rpc():
    proxy = xmlrpc.client.ServerProxy(request.form["endpoint"]) # VULN
    proxy2 = xmlrpc.client.ServerProxy("https://pypi.org/pypi") # SAFE
    return {"a": proxy.system.listMethods(), "b": proxy2.list_packages()[:5]}


@app.get("/probe")
def probe():
    h = httplib2.Http(timeout=5)
    resp, content = h.request(request.args["target"], "GET") # VULN
    resp2, content2 = h.request("https://status.example.org/health", "GET") # SAFE
    buf = io.BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, request.args["mirror"]) # VULN
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    c2 = pycurl.Curl()
    c2.setopt(pycurl.URL, "https://status.example.org/ping") # SAFE
    return {"a": resp.status, "b": resp2.status, "c": len(content) + len(content2) + len(buf.getvalue())}
`,
  ),
];
