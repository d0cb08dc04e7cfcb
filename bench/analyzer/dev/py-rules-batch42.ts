// Dev suite "py-rules", batch 42 (format in py-rules.ts): written blind (before batch 41's fixes) and measured
// before any fix. One API per file exercised many ways: deserialisers reached through aliases and `from` imports,
// loader options given positionally, by keyword or through a `**kwargs` dict; commands through subprocess aliases,
// option dicts, asyncio, pexpect, paramiko and fabric; eval/exec/compile next to literal_eval; XML parsers switched
// on a later line; archive extraction with and without a filter; temporary names and permission bits through
// aliases, names and pathlib. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH42: DevCase[] = [
  ...rules(
    "CWE-502",
    "batch42: request bodies into pickle, dill, jsonpickle, marshal and yaml through aliases",
    `
import json
import marshal
import pickle as pk
from pickle import loads as unpickle

import dill
import jsonpickle
import yaml
from flask import Flask, request
from yaml import Loader, SafeLoader, load

app = Flask(__name__)


@app.post("/restore")
def restore():
    blob = request.get_data()
    a = pk.loads(blob) # VULN
    b = unpickle(blob) # VULN
    c = dill.loads(blob) # VULN
    d = jsonpickle.decode(request.form["state"]) # VULN
    e = marshal.loads(blob) # VULN
    f = json.loads(blob) # SAFE
    return {"n": len([a, b, c, d, e, f])}


@app.post("/config")
def config():
    text = request.get_data(as_text=True)
    a = yaml.load(text, Loader=Loader) # VULN
    b = yaml.load(text, Loader=SafeLoader) # SAFE
    c = load(text, yaml.UnsafeLoader) # VULN
    d = yaml.safe_load(text) # SAFE
    e = yaml.unsafe_load(text) # VULN
    f = load(text, SafeLoader) # SAFE
    return {"n": len([a, b, c, d, e, f])}
`,
  ),
  ...rules(
    "CWE-502",
    "batch42: uploaded model and array files into torch, numpy, joblib, pickle and shelve",
    `
import os
import pickle
import shelve

import joblib
import numpy as np
import torch
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"
NP_OPTS = {"allow_pickle": True, "mmap_mode": "r"}


def saved(field: str) -> str:
    up = request.files[field]
    path = os.path.join(UPLOADS, secure_filename(up.filename))
    up.save(path)
    return path


@app.post("/model")
def model():
    path = saved("model")
    m = torch.load(path) # VULN
    m2 = torch.load(path, weights_only=True) # SAFE
    clf = joblib.load(path) # VULN
    return {"ok": bool(m) and bool(m2) and bool(clf)}


@app.post("/array")
def array():
    path = saved("array")
    a = np.load(path, allow_pickle=True) # VULN
    b = np.load(path) # SAFE
    c = np.load(path, **NP_OPTS) # VULN
    return {"shape": [a.shape, b.shape, c.shape]}


@app.post("/state")
def state():
    path = saved("state")
    with open(path, "rb") as fh:
        obj = pickle.load(fh) # VULN
    with shelve.open(path) as db: # VULN
        keys = list(db.keys())
    return {"obj": repr(obj), "keys": keys}
`,
  ),
  ...rules(
    "CWE-78",
    "batch42: subprocess through aliases, kwargs dicts and shlex.quote",
    `
import ipaddress
import os
import shlex
import subprocess as sp
from subprocess import PIPE, Popen
from subprocess import check_output as co

from flask import Flask, request

app = Flask(__name__)
SHELL = {"shell": True, "check": False}


@app.get("/diag")
def diag():
    host = request.args["host"]
    ip = str(ipaddress.ip_address(host))
    sp.run(f"ping -c 1 {host}", shell=True) # VULN
    sp.run(["ping", "-c", "1", ip]) # SAFE
    co("nslookup " + host, shell=True) # VULN
    co(["nslookup", ip]) # SAFE
    Popen("traceroute %s" % host, shell=True, stdout=PIPE) # VULN
    Popen("traceroute %s" % shlex.quote(host), shell=True, stdout=PIPE) # SAFE
    sp.run("dig " + host, **SHELL) # VULN
    os.system("whois " + host) # VULN
    out = os.popen(f"host {host}").read() # VULN
    arp = sp.getoutput("arp -n " + host) # VULN
    return out + arp
`,
  ),
  ...rules(
    "CWE-78",
    "batch42: asyncio, pexpect, paramiko and fabric commands from a job payload",
    `
import asyncio
import shlex

import paramiko
import pexpect
from fabric import Connection


async def archive(job: dict):
    path = job["path"]
    p = await asyncio.create_subprocess_shell("tar czf /backup/out.tgz " + path) # VULN
    q = await asyncio.create_subprocess_shell("tar czf /backup/out.tgz " + shlex.quote(path)) # SAFE
    await p.wait()
    await q.wait()


def archive_pexpect(job: dict):
    child = pexpect.spawn("/bin/bash", ["-c", "du -sh " + job["path"]]) # VULN
    child.expect(pexpect.EOF)
    return child.before


def remote_usage(job: dict):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(job["host"], username="ops")
    _, out, _ = client.exec_command("du -sh " + job["path"]) # VULN
    _, out2, _ = client.exec_command("du -sh " + shlex.quote(job["path"])) # SAFE
    return out.read() + out2.read()


def restart(job: dict):
    with Connection("web1.internal", user="deploy") as c:
        c.run(f"systemctl restart {job['service']}") # VULN
        c.sudo("systemctl restart " + shlex.quote(job["service"])) # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch42: paramiko host key policies",
    `
import paramiko
from paramiko.client import AutoAddPolicy, SSHClient, WarningPolicy


def connect_any(host: str) -> SSHClient:
    client = SSHClient()
    client.set_missing_host_key_policy(AutoAddPolicy()) # VULN
    client.connect(host, username="ops", key_filename="/etc/ops/id_ed25519")
    return client


def connect_warn(host: str) -> SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(WarningPolicy) # VULN
    client.connect(host, username="ops")
    return client


def connect_known(host: str) -> SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy()) # SAFE
    client.connect(host, username="ops")
    return client
`,
  ),
  ...rules(
    "CWE-95",
    "batch42: eval, exec and compile of form fields next to literal_eval",
    `
import ast
import builtins

from flask import Flask, request

app = Flask(__name__)


@app.post("/calc")
def calc():
    expr = request.form["expr"]
    a = eval(expr) # VULN
    b = ast.literal_eval(expr) # SAFE
    code = compile(expr, "<calc>", "eval") # VULN
    ns = {}
    exec("result = " + expr, ns) # VULN
    fn = eval("lambda x: " + expr) # VULN
    c = eval("1 + 2") # SAFE
    run = getattr(builtins, "eval")
    d = run(expr) # VULN
    return {"a": a, "b": b, "c": c, "d": d, "r": ns.get("result"), "f": fn(1), "k": str(code)}
`,
  ),
  ...rules(
    "CWE-611",
    "batch42: lxml and sax parsers switched on a later line",
    `
import xml.sax
from xml.sax.handler import feature_external_ges

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/import")
def import_feed():
    parser = etree.XMLParser(resolve_entities=True) # VULN
    doc = etree.fromstring(request.get_data(), parser)
    strict = etree.XMLParser(resolve_entities=False, no_network=True) # SAFE
    doc2 = etree.fromstring(request.get_data(), strict)
    loose = etree.XMLParser(load_dtd=True, no_network=False) # VULN
    doc3 = etree.fromstring(request.get_data(), loose)
    return {"tags": [doc.tag, doc2.tag, doc3.tag]}


class Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []

    def startElement(self, name, attrs):
        self.names.append(name)


@app.post("/sax")
def sax_feed():
    handler = Collector()
    p = xml.sax.make_parser()
    p.setContentHandler(handler)
    p.setFeature(feature_external_ges, True) # VULN
    p.feed(request.get_data())
    q = xml.sax.make_parser()
    q.setFeature(feature_external_ges, False) # SAFE
    q.setContentHandler(handler)
    q.feed(request.get_data())
    return {"names": handler.names}
`,
  ),
  ...rules(
    "CWE-22",
    "batch42: uploaded archives extracted with and without a filter",
    `
import os
import shutil
import tarfile
import zipfile

from flask import Flask, request

app = Flask(__name__)
DEST = "/srv/restore"


@app.post("/restore/tar")
def restore_tar():
    upload = request.files["archive"]
    path = os.path.join("/tmp", "restore.tgz")
    upload.save(path)
    with tarfile.open(path) as tf:
        tf.extractall(DEST) # VULN
    with tarfile.open(path, "r:gz") as tf:
        tf.extractall(DEST, filter="data") # SAFE
    with tarfile.open(path) as tf:
        for member in tf.getmembers():
            tf.extract(member, DEST) # VULN
    shutil.unpack_archive(path, DEST) # VULN
    shutil.unpack_archive(path, DEST, filter="data") # SAFE
    return "ok"


@app.post("/restore/zip")
def restore_zip():
    upload = request.files["archive"]
    with zipfile.ZipFile(upload.stream) as zf:
        for name in zf.namelist():
            with open(os.path.join(DEST, name), "wb") as out: # VULN
                out.write(zf.read(name))
    with zipfile.ZipFile(upload.stream) as zf:
        root = os.path.realpath(DEST)
        for name in zf.namelist():
            target = os.path.realpath(os.path.join(root, name))
            if not target.startswith(root + os.sep):
                continue
            with open(target, "wb") as out: # SAFE
                out.write(zf.read(name))
    return "ok"
`,
  ),
  ...rules(
    "CWE-377",
    "batch42: temporary names through aliases next to mkstemp and NamedTemporaryFile",
    `
import tempfile as tmp
from tempfile import NamedTemporaryFile
from tempfile import mktemp as temp_name


def export_csv(rows):
    path = tmp.mktemp(suffix=".csv") # VULN
    with open(path, "w") as fh:
        fh.writelines(rows)
    return path


def export_json(rows):
    path = temp_name(prefix="export-") # VULN
    with open(path, "w") as fh:
        fh.write(str(rows))
    return path


def export_safe(rows):
    fd, path = tmp.mkstemp(suffix=".csv") # SAFE
    with open(fd, "w") as fh:
        fh.writelines(rows)
    return path


def export_named(rows):
    with NamedTemporaryFile("w", suffix=".csv", delete=False) as fh: # SAFE
        fh.writelines(rows)
        return fh.name
`,
  ),
  ...rules(
    "CWE-732",
    "batch42: permission bits in literals, names, stat flags and pathlib",
    `
import os
import stat
from pathlib import Path

SHARED = 0o666


def publish(path: str) -> None:
    os.chmod(path, 0o777) # VULN


def publish_private(path: str) -> None:
    os.chmod(path, 0o600) # SAFE


def publish_shared(path: str) -> None:
    os.chmod(path, SHARED) # VULN


def publish_flags(path: str) -> None:
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXO) # VULN


def publish_flags_ok(path: str) -> None:
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR) # SAFE


def publish_path(path: str) -> None:
    Path(path).chmod(0o777) # VULN


def publish_path_ok(path: str) -> None:
    Path(path).chmod(mode=0o640) # SAFE
`,
  ),
];
