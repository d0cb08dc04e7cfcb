// Dev suite "py-rules", batch 29 (format in py-rules.ts): written blind together with batch 28 (after batch 27's
// fixes) and measured before any fix for it. Uploads into torch/numpy/yaml/jsonpickle/dill, temp names and
// permission bits, secrets on their way to logs, SAX and lxml switches, archives unpacked by a restore job,
// regexes, eval, exec and imports from a Bottle form, Flask debug and bind switches, settings dicts holding
// secrets, and asserts guarding Tornado and Pyramid actions. Cases written here, never taken from a held-out
// corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH29: DevCase[] = [
  ...rules(
    "CWE-502",
    "batch29: fastapi uploads into torch, numpy, yaml, jsonpickle and dill",
    `
import io

import dill
import jsonpickle
import numpy as np
import torch
import yaml
from fastapi import FastAPI, File, Request, UploadFile

app = FastAPI()


@app.post("/model")
async def upload_model(file: UploadFile = File(...)):
    data = await file.read()
    model = torch.load(io.BytesIO(data), map_location="cpu") # VULN
    weights = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True) # SAFE
    return {"layers": len(weights), "kind": type(model).__name__}


@app.post("/array")
async def upload_array(file: UploadFile = File(...)):
    raw = io.BytesIO(await file.read())
    arr = np.load(raw, allow_pickle=True) # VULN
    raw.seek(0)
    arr2 = np.load(raw) # SAFE
    return {"shape": list(arr.shape) + list(arr2.shape)}


@app.post("/config")
async def upload_config(request: Request):
    body = await request.body()
    cfg = yaml.unsafe_load(body) # VULN
    cfg2 = yaml.load(body, Loader=yaml.CSafeLoader) # SAFE
    state = jsonpickle.decode(body.decode()) # VULN
    snap = dill.loads(body) # VULN
    return {"keys": list(cfg) + list(cfg2), "state": type(state).__name__, "snap": type(snap).__name__}
`,
  ),
  ...rules(
    "CWE-377",
    "batch29: temp names in export jobs",
    `
import csv
import os
import tempfile


def export_report(rows) -> str:
    path = tempfile.mktemp(prefix="report-", suffix=".csv") # VULN
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def export_report_safe(rows) -> str:
    fd, path = tempfile.mkstemp(prefix="report-", suffix=".csv") # SAFE
    with os.fdopen(fd, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def spool(data: bytes) -> str:
    with tempfile.NamedTemporaryFile("wb", suffix=".bin", delete=False) as fh: # SAFE
        fh.write(data)
        return fh.name
`,
  ),
  ...rules(
    "CWE-732",
    "batch29: permission bits on published files and sockets",
    `
import os
import stat
from pathlib import Path

SHARED_MODE = 0o666


def publish(path: str) -> None:
    os.chmod(path, 0o777) # VULN


def publish_readable(path: str) -> None:
    os.chmod(path, 0o644) # SAFE


def share_dir(d: Path) -> None:
    d.chmod(0o757) # VULN


def share_file(path: str) -> None:
    os.chmod(path, SHARED_MODE) # VULN


def lock_key(path: str) -> None:
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR) # SAFE


def open_socket(path: str) -> None:
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO) # VULN


def group_socket(path: str) -> None:
    os.chmod(path, stat.S_IRWXU | stat.S_IRGRP | stat.S_IWGRP) # SAFE
`,
  ),
  ...rules(
    "CWE-532",
    "batch29: secrets on their way to logs",
    `
import logging

logger = logging.getLogger(__name__)


class Gateway:
    def __init__(self, api_key: str, endpoint: str):
        self.api_key = api_key
        self.endpoint = endpoint
        logger.debug("gateway %s with key %s", endpoint, api_key) # VULN
        logger.info("gateway %s configured", endpoint) # SAFE
        logger.info("gateway key ends in %s", api_key[-4:]) # SAFE


def login(username: str, password: str) -> None:
    logger.info(f"login attempt user={username} password={password}") # VULN
    logger.info("login attempt user=%s", username) # SAFE


def connect(host: str, db_password: str) -> None:
    logging.warning("retrying db %s (pw=%s)", host, db_password) # VULN


def refresh(token_response: dict) -> None:
    logger.debug("refreshed: %s", token_response["access_token"]) # VULN
    logger.debug("refreshed, expires in %s", token_response["expires_in"]) # SAFE
`,
  ),
  ...rules(
    "CWE-611",
    "batch29: sax and lxml switches on uploaded documents",
    `
import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes

import defusedxml.ElementTree as DET
from lxml import etree


class Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []

    def startElement(self, name, attrs):
        self.names.append(name)


def parse_upload(stream) -> list:
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True) # VULN
    handler = Collector()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.names


def parse_upload_pes(stream) -> list:
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_pes, True) # VULN
    handler = Collector()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.names


def parse_upload_safe(stream) -> list:
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False) # SAFE
    handler = Collector()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.names


def parse_lxml(body: bytes):
    parser = etree.XMLParser(resolve_entities=True, no_network=False) # VULN
    return etree.fromstring(body, parser)


def parse_lxml_safe(body: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True) # SAFE
    return etree.fromstring(body, parser)


def parse_defused(body: bytes):
    return DET.fromstring(body) # SAFE
`,
  ),
  ...rules(
    "CWE-22",
    "batch29: archives unpacked by a restore job",
    `
import os
import sys
import tarfile
import zipfile


def restore(archive_path: str, dest: str) -> None:
    with tarfile.open(archive_path) as tar:
        tar.extractall(dest) # VULN


def restore_filtered(archive_path: str, dest: str) -> None:
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(dest, filter="data") # SAFE


def restore_members(archive_path: str, dest: str) -> None:
    with tarfile.open(archive_path) as tar:
        for member in tar.getmembers():
            tar.extract(member, dest) # VULN


def restore_checked(archive_path: str, dest: str) -> None:
    with tarfile.open(archive_path) as tar:
        for member in tar.getmembers():
            if member.isfile() and not member.name.startswith("/") and ".." not in member.name:
                tar.extract(member, dest, set_attrs=False) # SAFE


def restore_zip(archive_path: str, dest: str) -> None:
    with zipfile.ZipFile(archive_path) as zf:
        zf.extractall(dest) # SAFE


def restore_zip_by_hand(archive_path: str, dest: str) -> None:
    with zipfile.ZipFile(archive_path) as zf:
        for name in zf.namelist():
            with open(os.path.join(dest, name), "wb") as out: # VULN
                out.write(zf.read(name))


if __name__ == "__main__":
    restore(sys.argv[1], sys.argv[2])
`,
  ),
  ...rules(
    "CWE-94",
    "batch29: patterns, expressions and imports from a bottle form",
    `
import ast
import importlib
import re

from bottle import Bottle, request

app = Bottle()


@app.post("/filter")
def filter_lines():
    pattern = request.forms.get("pattern", "")
    lines = request.forms.get("text", "").splitlines()
    return {"hits": [ln for ln in lines if re.search(pattern, ln)]} # VULN CWE-1333


@app.post("/filter_literal")
def filter_literal():
    needle = re.compile(re.escape(request.forms.get("needle", ""))) # SAFE CWE-1333
    return {"hits": [ln for ln in request.forms.get("text", "").splitlines() if needle.search(ln)]}


@app.post("/calc")
def calc():
    return {"value": eval(request.forms.get("expr"))} # VULN


@app.post("/calc_literal")
def calc_literal():
    return {"value": ast.literal_eval(request.forms.get("expr"))} # SAFE


@app.post("/hook")
def hook():
    src = request.body.read().decode()
    exec(compile(src, "<hook>", "exec"), {"__builtins__": {}}) # VULN
    return {"ok": True}


@app.get("/call")
def call():
    mod = importlib.import_module(request.query.mod) # VULN
    return {"result": getattr(mod, "describe")()}


@app.get("/export")
def export():
    mod = importlib.import_module("exporters." + {"csv": "csv_export", "json": "json_export"}.get(request.query.fmt, "csv_export")) # SAFE
    return mod.render()
`,
  ),
  ...rules(
    "CWE-489",
    "batch29: flask debug and bind switches",
    `
import os

from flask import Flask

app = Flask(__name__)
app.config["DEBUG"] = True # VULN
app.debug = os.environ.get("FLASK_DEBUG") == "1" # SAFE


def serve():
    app.run(debug=True, use_reloader=False) # VULN


def serve_env():
    app.run(debug=os.getenv("APP_ENV") == "dev") # SAFE


def serve_public():
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080"))) # VULN CWE-1327


def serve_local():
    app.run(host="127.0.0.1", port=8080) # SAFE CWE-1327
`,
  ),
  ...rules(
    "CWE-798",
    "batch29: settings dicts holding secrets",
    `
import os

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": "Sh0p-Pr0d-2024!", # VULN
        "HOST": "db.internal",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "PASSWORD": os.environ["REPLICA_DB_PASSWORD"], # SAFE
    },
}
CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://:r3d1s-s3cret@cache:6379/0"}} # VULN
EMAIL_HOST_PASSWORD = os.getenv("SMTP_PASSWORD", "") # SAFE
PAYMENTS = {"provider": "stripe", "secret_key": "sk_live_51HxQmR2eZvKYlo2C0a8d7f3e9b"} # VULN
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"] # SAFE
LOGIN_FIELDS = {"username": "email", "password": "password"} # SAFE
`,
  ),
  ...rules(
    "CWE-703",
    "batch29: asserts guarding tornado and pyramid actions",
    `
import tornado.web
from pyramid.httpexceptions import HTTPForbidden, HTTPNotFound


class AdminHandler(tornado.web.RequestHandler):
    def post(self):
        assert self.current_user and self.current_user.is_admin # VULN
        self.application.settings["maintenance"] = True

    def get(self):
        if not self.current_user or not self.current_user.is_admin:
            raise tornado.web.HTTPError(403)
        self.write({"maintenance": self.application.settings.get("maintenance", False)})


def delete_project(request):
    project = request.dbsession.get(Project, int(request.matchdict["id"]))
    assert project is not None # SAFE
    assert project.owner_id == request.authenticated_userid, "not yours" # VULN
    request.dbsession.delete(project)
    return {"deleted": project.id}


def archive_project(request):
    project = request.dbsession.get(Project, int(request.matchdict["id"]))
    if project is None:
        raise HTTPNotFound()
    if project.owner_id != request.authenticated_userid:
        raise HTTPForbidden()
    payload = request.json_body
    assert isinstance(payload, dict) # SAFE
    project.archived = True
    return {"archived": project.id}
`,
  ),
];
