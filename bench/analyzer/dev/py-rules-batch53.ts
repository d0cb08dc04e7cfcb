// Dev suite "py-rules", batch 53 (format in py-rules.ts): written blind, measured before any fix. Library APIs
// that Pysa's taint models (stubs/taint) and CodeQL's Python framework models treat as command execution, code
// execution and unsafe deserialisation, beyond os.system / subprocess / eval / pickle: asyncio's subprocess
// helpers, paramiko's ProxyCommand and exec_command, invoke and fabric contexts, pexpect, timeit, runpy,
// importlib's loaders, jsonpickle, dill, marshal, ruamel.yaml, PyYAML's C loaders, torch, numpy, pandas and
// joblib loaders. Each positive has a safe look-alike. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH53: DevCase[] = [
  ...rules(
    "CWE-78",
    "batch53: asyncio subprocess helpers in aiohttp handlers",
    `
import asyncio
import shlex

from aiohttp import web

TOOLS = {"lint": "/usr/bin/ruff", "fmt": "/usr/bin/black"}


async def run_tool(request):
    name = request.query.get("tool", "lint")
    target = request.query.get("path", ".")
    proc = await asyncio.create_subprocess_exec(name, target, stdout=asyncio.subprocess.PIPE) # VULN
    out, _ = await proc.communicate()
    exe = TOOLS.get(name, TOOLS["lint"])
    proc2 = await asyncio.create_subprocess_exec(exe, "--check", "--", target, stdout=asyncio.subprocess.PIPE) # SAFE
    out2, _ = await proc2.communicate()
    return web.Response(text=(out + out2).decode())


async def ping(request):
    host = request.match_info["host"]
    proc = await asyncio.create_subprocess_shell(f"ping -c 1 {host}") # VULN
    await proc.wait()
    proc2 = await asyncio.create_subprocess_shell("ping -c 1 " + shlex.quote(host)) # SAFE
    await proc2.wait()
    return web.Response(text="done")


async def archive(request):
    data = await request.post()
    label = data["label"]
    loop = asyncio.get_running_loop()
    transport, _ = await loop.subprocess_shell(asyncio.SubprocessProtocol, "tar czf /srv/out/" + label + ".tgz /srv/data") # VULN
    transport.close()
    transport2, _ = await loop.subprocess_exec(asyncio.SubprocessProtocol, "tar", "czf", "/srv/out/latest.tgz", "/srv/data") # SAFE
    transport2.close()
    return web.Response(text="queued")


app = web.Application()
app.add_routes([web.get("/tool", run_tool), web.get("/ping/{host}", ping), web.post("/archive", archive)])
`,
  ),
  ...rules(
    "CWE-78",
    "batch53: paramiko proxy commands and remote exec_command",
    `
import paramiko
from flask import Flask, jsonify, request

app = Flask(__name__)
JUMP_HOSTS = {"eu": "jump-eu.internal", "us": "jump-us.internal"}
LOGS = {"nginx": "/var/log/nginx/error.log", "app": "/var/log/app/app.log"}


@app.post("/hosts/<name>/tail")
def tail(name):
    body = request.get_json()
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    sock = paramiko.ProxyCommand("ssh -W %s:22 %s" % (name, body["jump"])) # VULN
    hop = JUMP_HOSTS.get(body.get("region"), "jump-eu.internal")
    sock2 = paramiko.ProxyCommand("ssh -W bastion.internal:22 " + hop) # SAFE
    client.connect("bastion.internal", sock=sock2)
    _, out, _ = client.exec_command("tail -n 50 " + body["file"]) # VULN
    log = LOGS.get(body.get("log"), LOGS["app"])
    _, out2, _ = client.exec_command("tail -n 50 " + log) # SAFE
    sock.close()
    return jsonify(lines=out.read().decode().splitlines() + out2.read().decode().splitlines())
`,
  ),
  ...rules(
    "CWE-78",
    "batch53: invoke and fabric contexts in a deploy endpoint",
    `
import re
import shlex

from fabric import Connection
from flask import Flask, abort, request
from invoke import Context

app = Flask(__name__)
BRANCH = re.compile(r"[A-Za-z0-9._/-]{1,64}")


@app.post("/deploy")
def deploy():
    branch = request.form["branch"]
    ctx = Context()
    ctx.run(f"git fetch origin {branch}") # VULN
    ctx.run("git fetch origin " + shlex.quote(branch)) # SAFE
    conn = Connection("app1.internal", user="deploy")
    conn.run("cd /srv/app && git checkout " + branch) # VULN
    conn.run("cd /srv/app && git checkout " + shlex.quote(branch)) # SAFE
    conn.sudo("systemctl restart app-%s" % request.form["unit"]) # VULN
    conn.local("rsync -a build/ app1.internal:/srv/app/" + request.form["dir"]) # VULN
    if not BRANCH.fullmatch(branch):
        abort(400)
    conn.sudo("systemctl restart app") # SAFE
    return "deployed"
`,
  ),
  ...rules(
    "CWE-78",
    "batch53: pexpect sessions driven by a django view",
    `
import pexpect
from django.http import JsonResponse
from pexpect.popen_spawn import PopenSpawn

ROUTERS = {"core": "10.0.0.1", "edge": "10.0.0.2"}


def router_config(request):
    host = request.GET["host"]
    child = pexpect.spawn("ssh admin@" + host + " show running-config") # VULN
    child.expect(pexpect.EOF)
    addr = ROUTERS.get(request.GET.get("router"), ROUTERS["core"])
    child2 = pexpect.spawn("ssh", ["admin@" + addr, "show", "running-config"]) # SAFE
    child2.expect(pexpect.EOF)
    out = pexpect.run("snmpwalk -v2c -c public " + request.GET["target"]) # VULN
    proc = PopenSpawn("traceroute " + request.GET["dest"]) # VULN
    proc.expect(pexpect.EOF)
    return JsonResponse({"cfg": child.before.decode(), "walk": out.decode()})
`,
  ),
  ...rules(
    "CWE-95",
    "batch53: timeit benchmarks and runpy scripts from a form",
    `
import runpy
import timeit

from flask import Flask, request

app = Flask(__name__)
SNIPPETS = {"sort": "sorted(data)", "sum": "sum(data)"}


@app.post("/bench")
def bench():
    stmt = request.form["stmt"]
    t1 = timeit.timeit(stmt, number=100) # VULN
    t2 = timeit.timeit(SNIPPETS.get(request.form.get("name"), "sum(data)"), setup="data=list(range(1000))", number=100) # SAFE
    timer = timeit.Timer(request.form["expr"]) # VULN
    t3 = timer.timeit(10)
    return {"t1": t1, "t2": t2, "t3": t3}


@app.post("/scripts/run")
def run_script():
    ns = runpy.run_path(request.form["script"]) # VULN CWE-94
    ns2 = runpy.run_module(request.form["module"]) # VULN CWE-94
    ns3 = runpy.run_module("reports.daily", run_name="__main__") # SAFE CWE-94
    return {"keys": sorted(ns) + sorted(ns2) + sorted(ns3)}
`,
  ),
  ...rules(
    "CWE-94",
    "batch53: plugin loading through importlib",
    `
import importlib
import importlib.machinery

from fastapi import FastAPI

app = FastAPI()
EXPORTERS = {"csv": "exporters.csv_exporter", "xlsx": "exporters.xlsx_exporter"}


@app.get("/export")
def export(backend: str, fmt: str = "csv"):
    mod = importlib.import_module(backend) # VULN
    mod2 = importlib.import_module(EXPORTERS.get(fmt, "exporters.csv_exporter")) # SAFE
    return {"a": mod.__name__, "b": mod2.__name__}


@app.post("/plugins/load")
def load_plugin(path: str):
    plugin = importlib.machinery.SourceFileLoader("plugin", path).load_module() # VULN
    builtin = importlib.machinery.SourceFileLoader("plugin", "/srv/plugins/default.py").load_module() # SAFE
    return {"name": plugin.NAME, "default": builtin.NAME}


@app.get("/codec")
def codec(name: str):
    mod = __import__(name) # VULN
    mod2 = __import__("json") # SAFE
    return {"m": mod.__name__, "j": mod2.__name__}
`,
  ),
  ...rules(
    "CWE-502",
    "batch53: jsonpickle, dill and marshal on request bodies",
    `
import base64
import json
import marshal

import dill
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.post("/session/restore")
def restore():
    blob = request.form["state"]
    state = jsonpickle.loads(blob) # VULN
    state2 = jsonpickle.decode(request.cookies["cart"]) # VULN
    state3 = json.loads(blob) # SAFE
    return {"n": len(state) + len(state2) + len(state3)}


@app.post("/jobs")
def submit_job():
    fn = dill.loads(base64.b64decode(request.form["job"])) # VULN
    code = marshal.loads(request.get_data()) # VULN
    cfg = json.loads(base64.b64decode(request.form["cfg"])) # SAFE
    return {"fn": fn.__name__, "code": str(code), "cfg": cfg}


@app.get("/export")
def export():
    payload = jsonpickle.encode({"user": request.args.get("user")}) # SAFE
    frozen = dill.dumps({"user": request.args.get("user")}) # SAFE
    return {"p": payload, "f": base64.b64encode(frozen).decode()}
`,
  ),
  ...rules(
    "CWE-502",
    "batch53: yaml loaders, ruamel and the C loaders",
    `
import yaml
from django.http import JsonResponse
from ruamel.yaml import YAML


def import_config(request):
    body = request.body
    cfg = yaml.load(body, Loader=yaml.CLoader) # VULN
    cfg2 = yaml.load(body, Loader=yaml.CSafeLoader) # SAFE
    cfg3 = yaml.unsafe_load(request.POST["extra"]) # VULN
    docs = list(yaml.load_all(request.FILES["bundle"], Loader=yaml.UnsafeLoader)) # VULN
    docs2 = list(yaml.safe_load_all(request.FILES["bundle"])) # SAFE
    rt = YAML(typ="unsafe").load(body) # VULN
    rt2 = YAML(typ="safe").load(body) # SAFE
    rt3 = YAML().load(body) # SAFE
    return JsonResponse({"n": len(cfg) + len(cfg2) + len(cfg3) + len(docs) + len(docs2) + len(rt) + len(rt2) + len(rt3)})
`,
  ),
  ...rules(
    "CWE-502",
    "batch53: model and array loaders on uploads",
    `
import io

import joblib
import numpy as np
import pandas as pd
import torch
from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/models/upload")
async def upload_model(model: UploadFile = File(...)):
    raw = io.BytesIO(await model.read())
    net = torch.load(raw) # VULN
    raw.seek(0)
    weights = torch.load(raw, weights_only=True) # SAFE
    raw.seek(0)
    clf = joblib.load(raw) # VULN
    return {"layers": len(net), "w": len(weights), "clf": str(clf)}


@app.post("/arrays/upload")
async def upload_array(arr: UploadFile = File(...), table: UploadFile = File(...)):
    buf = io.BytesIO(await arr.read())
    a = np.load(buf, allow_pickle=True) # VULN
    buf.seek(0)
    b = np.load(buf) # SAFE
    t = io.BytesIO(await table.read())
    df = pd.read_pickle(t) # VULN
    t.seek(0)
    df2 = pd.read_csv(t) # SAFE
    return {"a": a.shape, "b": b.shape, "rows": len(df) + len(df2)}
`,
  ),
];
