// Dev suite "py-rules", batch 97 (format in py-rules.ts): ML and data tooling, inter-process communication and
// automation libraries - model and dataset loading, user expressions in data tools, workflow templates, RPC and
// queue serialisation, remote and local command runners, containers and clusters, archives, SQL in analytics
// code - each beside safe look-alikes. Written blind (before reading the rules of the area); own code, never taken
// from a package, an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH97: DevCase[] = [
  // ---------------------------------------------------------------- model and data loading
  ...rules(
    "CWE-502",
    "batch97: model service loading uploaded checkpoints with torch, keras, mlflow, cloudpickle and numpy",
    `
import io
import os

import cloudpickle
import dill
import joblib
import mlflow
import numpy as np
import pandas as pd
import requests
import torch
from flask import Flask, jsonify, request
from safetensors.torch import load_file
from tensorflow import keras
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/models/uploads"
HERE = os.path.dirname(__file__)


def _saved(field):
    f = request.files[field]
    path = os.path.join(UPLOADS, secure_filename(f.filename))
    f.save(path)
    return path


@app.post("/models/torch")
def torch_checkpoint():
    path = _saved("checkpoint")
    state = torch.load(path, map_location="cpu") # VULN
    state2 = torch.load(path, map_location="cpu", weights_only=True) # SAFE
    tensors = load_file(path) # SAFE
    return jsonify(n=len(state) + len(state2) + len(tensors))


@app.post("/models/script")
def torchscript():
    blob = io.BytesIO(request.files["model"].read())
    module = torch.jit.load(blob, map_location="cpu") # VULN
    return jsonify(name=module.original_name)


@app.post("/models/keras")
def keras_model():
    path = _saved("model")
    model = keras.models.load_model(path, safe_mode=False) # VULN
    return jsonify(layers=len(model.layers))


def bundled_classifier():
    return keras.models.load_model(os.path.join(HERE, "assets", "classifier.keras")) # SAFE


@app.post("/models/mlflow")
def mlflow_model():
    uri = request.json["model_uri"]
    model = mlflow.pyfunc.load_model(uri) # VULN
    skl = mlflow.sklearn.load_model(request.args["uri"]) # VULN
    return jsonify(meta=str(model.metadata), kind=type(skl).__name__)


@app.post("/jobs/fn")
def remote_function():
    fn = cloudpickle.loads(request.get_data()) # VULN
    payload = cloudpickle.dumps({"ok": True}) # SAFE
    return payload if fn else b""


@app.post("/jobs/state")
def job_state():
    r = requests.get(request.json["state_url"], timeout=10)
    state = dill.loads(r.content) # VULN
    blob = dill.dumps(state) # SAFE
    return jsonify(size=len(blob))


@app.post("/sk")
def sklearn_model():
    model = joblib.load(request.files["model"]) # VULN
    joblib.dump(model, os.path.join(UPLOADS, "last.joblib")) # SAFE
    return jsonify(params=model.get_params())


@app.post("/arrays")
def arrays():
    path = _saved("array")
    a = np.load(path, allow_pickle=True) # VULN
    b = np.load(path) # SAFE
    c = np.load(path, allow_pickle=False) # SAFE
    return jsonify(shape=[a.shape, b.shape, c.shape])


@app.post("/frames")
def frames():
    df = pd.read_pickle(request.json["url"]) # VULN
    df2 = pd.read_parquet(io.BytesIO(request.files["table"].read())) # SAFE
    df3 = pd.read_pickle(io.BytesIO(request.files["frame"].read()), compression=None) # VULN
    return jsonify(rows=len(df) + len(df2) + len(df3))
`,
  ),
  ...rules(
    "CWE-94",
    "batch97: hub models and datasets with remote code chosen by the caller",
    `
import argparse

from datasets import load_dataset
from fastapi import FastAPI
from pydantic import BaseModel
from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer, pipeline
from sentence_transformers import SentenceTransformer

api = FastAPI()


class LoadReq(BaseModel):
    repo: str
    dataset: str = "imdb"


@api.post("/load")
def load(req: LoadReq):
    model = AutoModelForCausalLM.from_pretrained(req.repo, trust_remote_code=True) # VULN
    tok = AutoTokenizer.from_pretrained(req.repo, trust_remote_code=True) # VULN
    cfg = AutoConfig.from_pretrained(req.repo, trust_remote_code=False) # SAFE
    gen = pipeline("text-generation", model=req.repo, trust_remote_code=True) # VULN
    emb = SentenceTransformer(req.repo, trust_remote_code=True) # VULN
    return {"arch": cfg.architectures, "vocab": tok.vocab_size, "n": model.num_parameters(), "p": str(gen), "e": str(emb)}


@api.post("/data")
def data(req: LoadReq):
    ds = load_dataset(req.dataset, trust_remote_code=True) # VULN
    ds2 = load_dataset(req.dataset, split="train[:1%]") # SAFE
    return {"rows": ds.num_rows, "rows2": ds2.num_rows}


def remote_flag(repo: str, trust: bool = True):
    opts = {"trust_remote_code": True}
    return AutoModelForCausalLM.from_pretrained(repo, **opts) # VULN


def pinned_internal():
    model = AutoModelForCausalLM.from_pretrained("acme/internal-llm", revision="4f2c9e1a7b", trust_remote_code=True) # SAFE
    return model


def cli():
    p = argparse.ArgumentParser()
    p.add_argument("--model")
    a = p.parse_args()
    return AutoTokenizer.from_pretrained(a.model) # SAFE
`,
  ),
  // ---------------------------------------------------------------- user expressions in data tools
  ...rules(
    "CWE-95",
    "batch97: dashboard filters evaluated with pandas eval/query, numexpr, sympy and asteval",
    `
import ast

import numexpr
import numpy as np
import pandas as pd
import sympy
from asteval import Interpreter
from flask import Flask, jsonify, request
from simpleeval import simple_eval, EvalWithCompoundTypes

app = Flask(__name__)
FRAME = pd.read_csv("/srv/data/sales.csv")
ALLOWED_COLUMNS = {"region", "units", "price"}


@app.get("/filter")
def filter_rows():
    expr = request.args.get("where", "units > 0")
    rows = FRAME.query(expr) # VULN
    rows2 = FRAME.query("units > @minimum", local_dict={"minimum": int(request.args.get("min", 0))}) # SAFE
    return jsonify(rows.to_dict("records") + rows2.to_dict("records"))


@app.get("/derive")
def derive():
    formula = request.args["formula"]
    col = FRAME.eval(formula) # VULN
    col2 = pd.eval(request.args["expr"], engine="python") # VULN
    col3 = FRAME.eval("units * price") # SAFE
    return jsonify(a=col.tolist(), b=col2.tolist(), c=col3.tolist())


@app.get("/column")
def column():
    name = request.args["col"]
    if name not in ALLOWED_COLUMNS:
        return jsonify(error="bad column"), 400
    total = FRAME.eval(f"{name} * 2") # SAFE
    return jsonify(total.tolist())


@app.post("/numexpr")
def fast_math():
    body = request.get_json()
    a = np.asarray(body["a"])
    out = numexpr.evaluate(body["expr"], local_dict={"a": a}) # VULN
    out2 = numexpr.evaluate("a * 2 + 1", local_dict={"a": a}) # SAFE
    return jsonify(out.tolist() + out2.tolist())


@app.post("/symbolic")
def symbolic():
    text = request.form["equation"]
    e = sympy.sympify(text) # VULN
    e2 = sympy.parse_expr(request.form["rhs"]) # VULN
    x = sympy.Symbol("x")
    e3 = sympy.sympify("x**2 + 1") # SAFE
    return jsonify(str(sympy.solve(e - e2, x)) + str(e3))


@app.post("/calc")
def calc():
    aeval = Interpreter()
    result = aeval(request.form["program"])
    safe = simple_eval(request.form["expr"], names={"pi": 3.14159}) # SAFE
    safe2 = EvalWithCompoundTypes().eval(request.form["expr"]) # SAFE
    lit = ast.literal_eval(request.form["list"]) # SAFE
    return jsonify(r=result, s=safe, s2=safe2, l=lit)


@app.post("/legacy")
def legacy():
    weights = eval(request.form["weights"]) # VULN
    cfg = eval(request.form["cfg"], {"__builtins__": {}}) # VULN
    return jsonify(w=weights, c=cfg)
`,
  ),
  // ---------------------------------------------------------------- templates in workflow tools
  ...rules(
    "CWE-1336",
    "batch97: workflow operators rendering user-provided Jinja templates",
    `
import jinja2
from jinja2 import Environment, Template
from jinja2.sandbox import SandboxedEnvironment
from flask import Flask, render_template, render_template_string, request

app = Flask(__name__)
ENV = Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=True)


class ReportOperator:
    def __init__(self, template_text, context):
        self.template_text = template_text
        self.context = context

    def execute(self):
        return Template(self.template_text).render(**self.context) # VULN


@app.post("/reports/preview")
def preview():
    body = request.get_json()
    out = jinja2.Template(body["template"]).render(user=body.get("user")) # VULN
    out2 = Environment().from_string(body["subject"]).render() # VULN
    out3 = SandboxedEnvironment().from_string(body["footer"]).render() # SAFE
    out4 = ENV.get_template("report.html").render(body=body["template"]) # SAFE
    return out + out2 + out3 + out4


@app.post("/reports/run")
def run_report():
    op = ReportOperator(request.form["template"], {"n": 1})
    return op.execute()


@app.get("/hello")
def hello():
    name = request.args.get("name", "")
    page = render_template_string("<p>Hello " + name + "</p>") # VULN
    page2 = render_template_string("<p>Hello {{ name }}</p>", name=name) # SAFE
    page3 = render_template("hello.html", name=name) # SAFE
    return page + page2 + page3


@app.get("/greet")
def greet():
    tmpl = Template("Dear {{ who }}, your order shipped.") # SAFE
    return tmpl.render(who=request.args.get("who", ""))
`,
  ),
  // ---------------------------------------------------------------- IPC and RPC
  ...rules(
    "CWE-502",
    "batch97: worker pools receiving pickled objects over zmq, multiprocessing connections, sockets and Pyro",
    `
import marshal
import os
import pickle
import socket
import socketserver
import json
from multiprocessing.connection import Client, Listener

import Pyro4
import Pyro5.api
import redis
import zmq

ctx = zmq.Context()


def zmq_worker():
    sock = ctx.socket(zmq.PULL)
    sock.bind("tcp://0.0.0.0:5557")
    while True:
        task = sock.recv_pyobj() # VULN
        msg = sock.recv_json() # SAFE
        print(task, msg)


def zmq_reply():
    rep = ctx.socket(zmq.REP)
    rep.bind("tcp://*:5558")
    raw = rep.recv()
    job = pickle.loads(raw) # VULN
    job2 = json.loads(raw) # SAFE
    rep.send_pyobj({"done": job, "j": job2}) # SAFE


def mp_server():
    with Listener(("0.0.0.0", 6000)) as listener:
        with listener.accept() as conn:
            return conn.recv() # VULN


def mp_server_bytes():
    with Listener(("0.0.0.0", 6001), authkey=os.environ["MP_KEY"].encode()) as listener:
        with listener.accept() as conn:
            data = conn.recv_bytes() # SAFE
            return json.loads(data)


class PickleHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int.from_bytes(self.rfile.read(4), "big")
        obj = pickle.loads(self.rfile.read(size)) # VULN
        self.wfile.write(json.dumps({"ok": True}).encode())


class CodeHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(65536)
        code = marshal.loads(data) # VULN
        exec(code) # VULN CWE-94


def udp_listener():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("", 9999))
    data, addr = s.recvfrom(4096)
    event = pickle.loads(data) # VULN
    event2 = json.loads(data.decode()) # SAFE
    return event, event2


def pyro4_server():
    Pyro4.config.SERIALIZER = "pickle" # VULN
    Pyro4.config.SERIALIZERS_ACCEPTED.add("pickle") # VULN
    daemon = Pyro4.Daemon(host="0.0.0.0")
    return daemon


def pyro4_safe():
    Pyro4.config.SERIALIZER = "serpent" # SAFE
    return Pyro4.Proxy("PYRONAME:example.worker")


def pyro4_dill():
    Pyro4.config.SERIALIZER = "dill" # VULN
    return Pyro4.Proxy("PYRONAME:example.worker")


def pyro5_client(uri):
    Pyro5.config.SERIALIZER = "serpent" # SAFE
    return Pyro5.api.Proxy(uri)


def redis_queue():
    r = redis.Redis(host="queue.internal")
    _, raw = r.blpop("jobs")
    return pickle.loads(raw) # VULN


def redis_queue_json():
    r = redis.Redis(host="queue.internal")
    _, raw = r.blpop("jobs")
    return json.loads(raw) # SAFE
`,
  ),
  ...rules(
    "CWE-94",
    "batch97: RPC servers exposing code execution: xmlrpc dotted names, rpyc classic, ad-hoc exec services",
    `
import rpyc
from rpyc.utils.server import ThreadedServer
from rpyc.core.service import SlaveService, ClassicService
from xmlrpc.server import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler


class Tools:
    def __init__(self):
        import os
        self.os = os

    def ping(self):
        return "pong"


def xmlrpc_dotted():
    server = SimpleXMLRPCServer(("0.0.0.0", 8000), allow_none=True)
    server.register_instance(Tools(), allow_dotted_names=True) # VULN
    server.serve_forever()


def xmlrpc_plain():
    server = SimpleXMLRPCServer(("127.0.0.1", 8001))
    server.register_instance(Tools()) # SAFE
    server.register_function(pow) # SAFE
    server.serve_forever()


def rpyc_classic():
    t = ThreadedServer(SlaveService, hostname="0.0.0.0", port=18812) # VULN
    t.start()


def rpyc_classic2():
    t = ThreadedServer(ClassicService, port=18813) # VULN
    t.start()


class CalcService(rpyc.Service):
    def exposed_add(self, a, b):
        return a + b

    def exposed_run(self, source):
        exec(source) # VULN


def rpyc_custom():
    t = ThreadedServer(CalcService, port=18814, protocol_config={"allow_public_attrs": False}) # SAFE
    t.start()


def rpyc_public_attrs():
    t = ThreadedServer(CalcService, port=18815, protocol_config={"allow_all_attrs": True, "allow_pickle": True}) # VULN
    t.start()


def rpyc_client(host):
    conn = rpyc.classic.connect(host)
    return conn.modules.os.getcwd()


class Handler(SimpleXMLRPCRequestHandler):
    rpc_paths = ("/RPC2",)


def xmlrpc_exec():
    server = SimpleXMLRPCServer(("0.0.0.0", 8002), requestHandler=Handler)
    server.register_function(lambda code: eval(code), "evaluate") # VULN
    server.register_function(lambda a, b: a + b, "add") # SAFE
    server.serve_forever()
`,
  ),
  ...rules(
    "CWE-798",
    "batch97: multiprocessing managers and connections with a literal authkey",
    `
import os
from multiprocessing.connection import Client, Listener
from multiprocessing.managers import BaseManager


class QueueManager(BaseManager):
    pass


def connect_worker():
    conn = Client(("scheduler.internal", 6000), authkey=b"secret-password") # VULN
    conn.send({"hello": 1})
    return conn


def connect_worker_env():
    conn = Client(("scheduler.internal", 6000), authkey=os.environ["WORKER_AUTHKEY"].encode()) # SAFE
    return conn


def serve_queue():
    m = QueueManager(address=("", 50000), authkey=b"abracadabra") # VULN
    s = m.get_server()
    s.serve_forever()


def serve_queue_env():
    key = os.environb[b"QUEUE_KEY"]
    m = QueueManager(address=("", 50001), authkey=key) # SAFE
    return m.get_server()


def local_listener():
    with Listener(("127.0.0.1", 6001), authkey=b"k3y-for-prod") as l: # VULN
        return l.accept().recv()
`,
  ),
  // ---------------------------------------------------------------- automation and remote commands
  ...rules(
    "CWE-78",
    "batch97: deploy dashboard running paramiko, fabric and invoke commands with request text",
    `
import shlex

import paramiko
from fabric import Connection
from flask import Flask, jsonify, request
from invoke import Context, run as local_run

app = Flask(__name__)
HOSTS = {"web1": "10.0.0.11", "web2": "10.0.0.12"}


def ssh(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(HOSTS[host], username="deploy")
    return client


@app.post("/logs")
def tail_logs():
    service = request.form["service"]
    client = ssh(request.form["host"])
    _, out, _ = client.exec_command(f"journalctl -u {service} -n 200") # VULN
    _, out2, _ = client.exec_command("journalctl -u " + shlex.quote(service) + " -n 200") # SAFE
    _, out3, _ = client.exec_command("uptime") # SAFE
    return out.read() + out2.read() + out3.read()


@app.post("/grep")
def grep_logs():
    pattern = request.json["pattern"]
    client = ssh("web1")
    chan = client.get_transport().open_session()
    chan.exec_command("grep -r '%s' /var/log/app" % pattern) # VULN
    shell = client.invoke_shell()
    shell.send("tail -n 50 " + request.json["file"] + "\\n") # VULN
    return jsonify(ok=True)


@app.post("/deploy")
def deploy():
    branch = request.form["branch"]
    c = Connection(HOSTS["web1"], user="deploy")
    c.run(f"cd /srv/app && git checkout {branch}") # VULN
    c.sudo("systemctl restart " + request.form["unit"]) # VULN
    c.run("cd /srv/app && git checkout " + shlex.quote(branch)) # SAFE
    c.run("systemctl status app", hide=True) # SAFE
    c.put(request.files["bundle"], remote="/tmp/bundle.tgz") # SAFE
    return jsonify(ok=True)


@app.post("/build")
def build():
    target = request.form["target"]
    c = Context()
    c.run("make " + target) # VULN
    local_run(f"docker build -t {request.form['tag']} .") # VULN
    c.run("make test", warn=True) # SAFE
    c.run(f"make {shlex.quote(target)}") # SAFE
    return jsonify(ok=True)
`,
  ),
  ...rules(
    "CWE-78",
    "batch97: ops scripts through ansible_runner, plumbum, sh and delegator with caller text",
    `
import shlex
import subprocess

import ansible_runner
import delegator
import sh
from fastapi import FastAPI
from plumbum import local
from plumbum.cmd import git, grep

api = FastAPI()


@api.post("/ansible/adhoc")
def adhoc(host: str, module_args: str):
    r = ansible_runner.run(private_data_dir="/srv/ansible", host_pattern=host, module="shell", module_args=module_args) # VULN
    r2 = ansible_runner.run(private_data_dir="/srv/ansible", playbook="site.yml", extravars={"version": module_args}) # SAFE
    return {"rc": r.rc, "rc2": r2.rc}


@api.post("/ansible/cmd")
def ansible_cmd(extra: str):
    out, err, rc = ansible_runner.run_command(executable_cmd="ansible-playbook", cmdline_args=["site.yml", "-e", extra]) # VULN CWE-88
    return {"rc": rc}


@api.get("/plumbum")
def plum(repo: str, pattern: str):
    out = local["sh"]["-c", f"ls {repo}"]() # VULN
    out2 = grep["-r", "--", pattern, "/srv/logs"](retcode=None) # SAFE
    out3 = git["-C", "/srv/repo", "log", "-n", "5"]() # SAFE
    bash = local["bash"]
    out4 = bash("-c", "du -sh " + repo) # VULN
    return {"a": out, "b": out2, "c": out3, "d": out4}


@api.get("/delegator")
def deleg(name: str):
    c = delegator.run(f"ping -c 1 {name}") # VULN
    c2 = delegator.run(["ping", "-c", "1", name]) # SAFE
    c3 = delegator.chain("cat /etc/hosts | grep " + name) # VULN
    return {"out": c.out + c2.out + c3.out}


@api.get("/sh")
def with_sh(path: str):
    out = sh.bash("-c", "wc -l " + path) # VULN
    out2 = sh.wc("-l", path) # SAFE
    out3 = sh.Command("/bin/sh")("-c", f"stat {path}") # VULN
    return {"a": str(out), "b": str(out2), "c": str(out3)}


@api.get("/subprocess")
def with_subprocess(path: str):
    out = subprocess.check_output(f"file {path}", shell=True) # VULN
    out2 = subprocess.check_output(["file", "--", path]) # SAFE
    out3 = subprocess.check_output("file " + shlex.quote(path), shell=True) # SAFE
    return {"a": out, "b": out2, "c": out3}
`,
  ),
  // ---------------------------------------------------------------- notebooks
  ...rules(
    "CWE-78",
    "batch97: notebook runner passing request parameters to papermill and nbconvert",
    `
import os
import subprocess

import nbformat
import papermill as pm
from flask import Flask, jsonify, request
from nbconvert import HTMLExporter
from nbconvert.preprocessors import ExecutePreprocessor

app = Flask(__name__)
NOTEBOOKS = "/srv/notebooks"


@app.post("/run")
def run_notebook():
    params = request.get_json().get("parameters", {})
    name = os.path.basename(request.args["nb"])
    pm.execute_notebook(os.path.join(NOTEBOOKS, name), "/tmp/out.ipynb", parameters=params) # SAFE
    os.system("jupyter nbconvert --to html /tmp/out.ipynb --output " + request.args["out"]) # VULN
    return jsonify(ok=True)


@app.post("/convert")
def convert():
    fmt = request.form["format"]
    src = request.form["notebook"]
    subprocess.run(f"jupyter nbconvert --to {fmt} {src}", shell=True, check=True) # VULN
    subprocess.run(["jupyter", "nbconvert", "--to", "html", "--", os.path.join(NOTEBOOKS, os.path.basename(src))], check=True) # SAFE
    return jsonify(ok=True)


@app.post("/papermill-cli")
def papermill_cli():
    value = request.form["value"]
    cmd = "papermill %s/report.ipynb /tmp/out.ipynb -p threshold %s" % (NOTEBOOKS, value)
    subprocess.call(cmd, shell=True) # VULN
    subprocess.call(["papermill", NOTEBOOKS + "/report.ipynb", "/tmp/out.ipynb", "-p", "threshold", value]) # SAFE
    return jsonify(ok=True)


def export_html(path):
    nb = nbformat.read(path, as_version=4)
    ExecutePreprocessor(timeout=600).preprocess(nb, {"metadata": {"path": NOTEBOOKS}})
    body, _ = HTMLExporter().from_notebook_node(nb)
    return body
`,
  ),
  // ---------------------------------------------------------------- containers and clusters
  ...rules(
    "CWE-250",
    "batch97: job launcher starting docker containers and kubernetes pods with host privileges",
    `
import docker
from kubernetes import client, config

dk = docker.from_env()


def run_job(image, cmd):
    return dk.containers.run(image, cmd, privileged=True, detach=True) # VULN


def run_job_caps(image, cmd):
    return dk.containers.run(image, cmd, cap_add=["SYS_ADMIN"], detach=True) # VULN


def run_job_root_mount(image, cmd):
    return dk.containers.run(image, cmd, volumes={"/": {"bind": "/host", "mode": "rw"}}, detach=True) # VULN


def run_job_socket(image):
    return dk.containers.run(image, volumes=["/var/run/docker.sock:/var/run/docker.sock"], detach=True) # VULN


def run_job_pid(image):
    return dk.containers.create(image, pid_mode="host", privileged=True) # VULN


def run_job_plain(image, cmd):
    return dk.containers.run(image, cmd, detach=True, user="1000:1000", read_only=True, cap_drop=["ALL"]) # SAFE


def run_job_data(image, cmd):
    return dk.containers.run(image, cmd, volumes={"/srv/data/job": {"bind": "/data", "mode": "ro"}}, detach=True) # SAFE


def run_metrics_agent(image):
    return dk.containers.run(image, network_mode="host", detach=True, read_only=True) # SAFE


def privileged_pod(name, image):
    sc = client.V1SecurityContext(privileged=True) # VULN
    sc2 = client.V1SecurityContext(allow_privilege_escalation=True, run_as_user=0) # VULN
    ok = client.V1SecurityContext(privileged=False, run_as_non_root=True, allow_privilege_escalation=False) # SAFE
    c = client.V1Container(name=name, image=image, security_context=sc)
    return client.V1Pod(metadata=client.V1ObjectMeta(name=name), spec=client.V1PodSpec(containers=[c], host_pid=True)) # VULN


def pod_manifest(name, image):
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": name},
        "spec": {"containers": [{"name": name, "image": image, "securityContext": {"privileged": True}}]}, # VULN
    }


def pod_manifest_ok(name, image):
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": name},
        "spec": {"containers": [{"name": name, "image": image, "securityContext": {"runAsNonRoot": True}}]}, # SAFE
    }
`,
  ),
  ...rules(
    "CWE-295",
    "batch97: kubernetes, docker and cloud clients with certificate checks switched off",
    `
import docker
import requests
import urllib3
from kubernetes import client, config


def k8s_api(host, token):
    cfg = client.Configuration()
    cfg.host = host
    cfg.verify_ssl = False # VULN
    cfg.api_key = {"authorization": "Bearer " + token}
    return client.CoreV1Api(client.ApiClient(cfg))


def k8s_api_ca(host, token):
    cfg = client.Configuration()
    cfg.host = host
    cfg.verify_ssl = True # SAFE
    cfg.ssl_ca_cert = "/etc/k8s/ca.crt"
    return client.CoreV1Api(client.ApiClient(cfg))


def k8s_default():
    config.load_incluster_config()
    c = client.Configuration.get_default_copy()
    c.assert_hostname = False # VULN
    return client.CoreV1Api(client.ApiClient(c))


def docker_remote(url):
    tls = docker.tls.TLSConfig(client_cert=("/etc/docker/cert.pem", "/etc/docker/key.pem"), verify=False) # VULN
    return docker.DockerClient(base_url=url, tls=tls)


def docker_remote_ok(url):
    tls = docker.tls.TLSConfig(client_cert=("/etc/docker/cert.pem", "/etc/docker/key.pem"), ca_cert="/etc/docker/ca.pem", verify=True) # SAFE
    return docker.DockerClient(base_url=url, tls=tls)


def prom_query(url, q):
    urllib3.disable_warnings()
    r = requests.get(url + "/api/v1/query", params={"query": q}, verify=False) # VULN
    r2 = requests.get(url + "/api/v1/query", params={"query": q}, verify="/etc/ssl/prom-ca.pem") # SAFE
    return r.json(), r2.json()


def pool(host):
    http = urllib3.PoolManager(cert_reqs="CERT_NONE") # VULN
    http2 = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca-certificates.crt") # SAFE
    return http.request("GET", host), http2.request("GET", host)
`,
  ),
  // ---------------------------------------------------------------- archives in data pipelines
  ...rules(
    "CWE-22",
    "batch97: dataset ingestion unpacking uploaded tar, zip, 7z and rar archives",
    `
import os
import shutil
import tarfile
import tempfile
import zipfile

import py7zr
import rarfile
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
DATA = "/srv/datasets"


def _upload_path(field):
    fd, path = tempfile.mkstemp(suffix="-" + field)
    os.close(fd)
    request.files[field].save(path)
    return path


@app.post("/ingest/tar")
def ingest_tar():
    path = _upload_path("archive")
    with tarfile.open(path) as tf:
        tf.extractall(DATA) # VULN
    with tarfile.open(path) as tf:
        tf.extractall(DATA, filter="data") # SAFE
    return jsonify(ok=True)


@app.post("/ingest/tar-members")
def ingest_tar_members():
    tf = tarfile.open(fileobj=request.files["archive"].stream, mode="r|gz")
    for member in tf:
        tf.extract(member, DATA) # VULN
    return jsonify(ok=True)


def safe_members(tf, dest):
    root = os.path.realpath(dest)
    for m in tf.getmembers():
        target = os.path.realpath(os.path.join(dest, m.name))
        if os.path.commonpath([root, target]) != root or m.issym() or m.islnk():
            raise ValueError("unsafe member " + m.name)
        yield m


@app.post("/ingest/tar-checked")
def ingest_tar_checked():
    path = _upload_path("archive")
    with tarfile.open(path) as tf:
        tf.extractall(DATA, members=safe_members(tf, DATA)) # SAFE
    return jsonify(ok=True)


@app.post("/ingest/zip")
def ingest_zip():
    zf = zipfile.ZipFile(request.files["archive"])
    for info in zf.infolist():
        out = os.path.join(DATA, info.filename)
        with open(out, "wb") as fh: # VULN
            fh.write(zf.read(info))
    return jsonify(ok=True)


@app.post("/ingest/zip-all")
def ingest_zip_all():
    with zipfile.ZipFile(request.files["archive"]) as zf:
        zf.extractall(DATA) # SAFE
        names = zf.namelist()
    return jsonify(names=names)


@app.post("/ingest/unpack")
def ingest_unpack():
    path = _upload_path("archive")
    shutil.unpack_archive(path, DATA) # VULN
    shutil.unpack_archive(path, DATA, filter="data") # SAFE
    return jsonify(ok=True)


@app.post("/ingest/7z")
def ingest_7z():
    path = _upload_path("archive")
    with py7zr.SevenZipFile(path, mode="r") as z:
        z.extractall(path=DATA) # SAFE
    return jsonify(ok=True)


@app.post("/ingest/rar")
def ingest_rar():
    path = _upload_path("archive")
    with rarfile.RarFile(path) as rf:
        rf.extractall(DATA) # SAFE
        for info in rf.infolist():
            rf.extract(info, DATA) # SAFE
    return jsonify(ok=True)


def fetch_dataset(url):
    r = requests.get(url, timeout=30)
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        tmp.write(r.content)
        tmp.flush()
        with tarfile.open(tmp.name) as tf:
            tf.extractall(path=os.path.join(DATA, "remote")) # VULN
`,
  ),
  ...rules(
    "CWE-409",
    "batch97: decompressing uploaded gzip, bz2, lzma and zip data without size limits",
    `
import bz2
import gzip
import io
import lzma
import zipfile
import zlib

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
MAX_OUT = 50 * 1024 * 1024


@app.post("/events")
def events():
    body = gzip.decompress(request.get_data()) # VULN
    return jsonify(size=len(body))


@app.post("/events-stream")
def events_stream():
    with gzip.GzipFile(fileobj=io.BytesIO(request.get_data())) as gz:
        data = gz.read() # VULN
    return jsonify(size=len(data))


@app.post("/events-capped")
def events_capped():
    with gzip.GzipFile(fileobj=io.BytesIO(request.get_data())) as gz:
        data = gz.read(MAX_OUT + 1) # SAFE
    if len(data) > MAX_OUT:
        abort(413)
    return jsonify(size=len(data))


@app.post("/zlib")
def zlib_body():
    raw = zlib.decompress(request.get_data()) # VULN
    d = zlib.decompressobj()
    capped = d.decompress(request.get_data(), MAX_OUT) # SAFE
    return jsonify(a=len(raw), b=len(capped))


@app.post("/bz2")
def bz2_body():
    out = bz2.decompress(request.files["f"].read()) # VULN
    out2 = lzma.decompress(request.files["g"].read()) # VULN
    return jsonify(a=len(out), b=len(out2))


@app.post("/zip-read")
def zip_read():
    zf = zipfile.ZipFile(request.files["archive"])
    total = 0
    for info in zf.infolist():
        total += len(zf.read(info.filename)) # VULN
    return jsonify(total=total)


@app.post("/zip-read-checked")
def zip_read_checked():
    zf = zipfile.ZipFile(request.files["archive"])
    if sum(i.file_size for i in zf.infolist()) > MAX_OUT:
        abort(413)
    return jsonify(names=[len(zf.read(i)) for i in zf.infolist()]) # SAFE


def compress_report(text):
    return gzip.compress(text.encode()) # SAFE
`,
  ),
  // ---------------------------------------------------------------- SQL in data tools
  ...rules(
    "CWE-89",
    "batch97: analytics API querying with pandas, duckdb, clickhouse, spark and psycopg sql composition",
    `
import sqlite3

import duckdb
import pandas as pd
import psycopg
from psycopg import sql
from clickhouse_driver import Client as CHClient
from fastapi import FastAPI
from pyspark.sql import SparkSession
from sqlalchemy import create_engine, text

api = FastAPI()
engine = create_engine("postgresql+psycopg://analytics@db/analytics")
spark = SparkSession.builder.appName("api").getOrCreate()
ch = CHClient(host="clickhouse.internal")
COLUMNS = {"revenue", "units", "region"}


@api.get("/pandas")
def with_pandas(region: str, day: str):
    df = pd.read_sql(f"SELECT * FROM sales WHERE region = '{region}'", engine) # VULN
    df2 = pd.read_sql_query("SELECT * FROM sales WHERE day = '" + day + "'", engine) # VULN
    df3 = pd.read_sql(text("SELECT * FROM sales WHERE region = :r"), engine, params={"r": region}) # SAFE
    df4 = pd.read_sql_query("SELECT * FROM sales WHERE day = %(d)s", engine, params={"d": day}) # SAFE
    return {"n": len(df) + len(df2) + len(df3) + len(df4)}


@api.get("/duckdb")
def with_duckdb(path: str, name: str):
    con = duckdb.connect("/srv/analytics.duckdb", read_only=True)
    rows = con.sql(f"SELECT * FROM events WHERE name = '{name}'").fetchall() # VULN
    rows2 = duckdb.query("SELECT count(*) FROM events WHERE name = '%s'" % name).fetchall() # VULN
    rows3 = con.execute("SELECT * FROM events WHERE name = ?", [name]).fetchall() # SAFE
    rows4 = con.execute("SELECT * FROM events WHERE name = $name", {"name": name}).fetchall() # SAFE
    return {"rows": rows + rows2 + rows3 + rows4}


@api.get("/clickhouse")
def with_clickhouse(user_id: str):
    rows = ch.execute(f"SELECT * FROM hits WHERE user_id = '{user_id}'") # VULN
    rows2 = ch.execute("SELECT * FROM hits WHERE user_id = %(uid)s", {"uid": user_id}) # SAFE
    return {"rows": rows + rows2}


@api.get("/spark")
def with_spark(country: str, limit: int = 10):
    df = spark.sql(f"SELECT * FROM customers WHERE country = '{country}'") # VULN
    df2 = spark.sql("SELECT * FROM customers WHERE country = '" + country + "' LIMIT " + str(limit)) # VULN
    df3 = spark.sql("SELECT * FROM customers WHERE country = {c}", c=country) # SAFE
    df4 = spark.table("customers").filter(f"country = '{country}'") # VULN
    df5 = spark.table("customers").where(spark.table("customers").country == country) # SAFE
    return {"n": df.count() + df2.count() + df3.count() + df4.count() + df5.count()}


@api.get("/psycopg")
def with_psycopg(col: str, table: str, value: str):
    with psycopg.connect("dbname=analytics") as conn:
        q = sql.SQL("SELECT " + col + " FROM sales WHERE region = %s") # VULN
        q2 = sql.SQL("SELECT {} FROM {} WHERE region = %s").format(sql.Identifier(col), sql.Identifier(table)) # SAFE
        q3 = sql.SQL(f"SELECT * FROM {table}") # VULN
        rows = conn.execute(q, [value]).fetchall() + conn.execute(q2, [value]).fetchall() + conn.execute(q3).fetchall()
    return {"rows": rows}


@api.get("/sorted")
def sorted_rows(order: str):
    col = order if order in COLUMNS else "revenue"
    df = pd.read_sql(f"SELECT * FROM sales ORDER BY {col}", engine) # SAFE
    return {"n": len(df)}


@api.post("/sqlite/script")
def sqlite_script(table: str):
    conn = sqlite3.connect("/srv/local.db")
    conn.executescript(f"CREATE TABLE IF NOT EXISTS {table} (id INTEGER); DELETE FROM {table};") # VULN
    conn.executescript("CREATE TABLE IF NOT EXISTS audit (id INTEGER, at TEXT);") # SAFE
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-502",
    "batch97: task queues and caches configured with pickle, shelve and marshal on shared stores",
    `
import json
import pickle
import shelve

from celery import Celery
from flask import Flask, jsonify, request
from kombu import serialization
from rq import Queue
from redis import Redis

celery_app = Celery("jobs", broker="redis://queue.internal:6379/0")
celery_app.conf.update(task_serializer="pickle", accept_content=["pickle", "json"], result_serializer="pickle") # VULN

safe_app = Celery("jobs2", broker="redis://queue.internal:6379/1")
safe_app.conf.update(task_serializer="json", accept_content=["json"], result_serializer="json") # SAFE

celery_app.conf.accept_content = ["application/x-python-serialize"] # VULN
serialization.enable_insecure_serializers() # VULN

app = Flask(__name__)
cache = Redis(host="cache.internal")


@app.get("/profile/<uid>")
def profile(uid):
    raw = cache.get("profile:" + uid)
    if raw:
        return jsonify(pickle.loads(raw)) # VULN
    return jsonify({})


@app.get("/profile-json/<uid>")
def profile_json(uid):
    raw = cache.get("profile:" + uid)
    return jsonify(json.loads(raw) if raw else {}) # SAFE


@app.post("/session-store")
def session_store():
    f = request.files["db"]
    f.save("/tmp/upload.db")
    with shelve.open("/tmp/upload") as db: # VULN
        return jsonify(list(db.keys()))


@app.post("/import")
def import_state():
    state = pickle.load(request.files["state"]) # VULN
    state2 = pickle.load(request.files["state"].stream) # VULN
    return jsonify(n=len(state) + len(state2))


@app.post("/export")
def export_state():
    blob = pickle.dumps({"user": request.form["user"]}) # SAFE
    return blob


def enqueue(job):
    q = Queue(connection=Redis(host="queue.internal"), serializer=pickle)
    return q.enqueue(job)


def enqueue_json(job):
    q = Queue(connection=Redis(host="queue.internal"), serializer="rq.serializers.JSONSerializer") # SAFE
    return q.enqueue(job)
`,
  ),
  ...rules(
    "CWE-94",
    "batch97: training tools loading hub code and pipeline steps named by the caller",
    `
import importlib

import torch
from flask import Flask, jsonify, request

app = Flask(__name__)
STEPS = {"normalize": "pipeline.steps.normalize", "dedupe": "pipeline.steps.dedupe"}


@app.post("/hub")
def hub_model():
    repo = request.json["repo"]
    model = torch.hub.load(repo, request.json["entry"], trust_repo=True) # VULN
    model2 = torch.hub.load(repo, "resnet18", pretrained=True) # VULN
    model3 = torch.hub.load("pytorch/vision:v0.16.0", "resnet18", weights=None) # SAFE
    return jsonify(a=str(model), b=str(model2), c=str(model3))


@app.post("/step")
def run_step():
    name = request.json["step"]
    mod = importlib.import_module(name) # VULN
    mod2 = importlib.import_module(STEPS[name]) # SAFE
    return jsonify(a=mod.run(), b=mod2.run())


@app.post("/transform")
def transform():
    src = request.json["code"]
    fn = compile(src, "<transform>", "exec") # VULN
    scope = {}
    exec(fn, scope) # VULN
    exec("result = 1 + 1", scope) # SAFE
    return jsonify(scope.get("result"))


@app.post("/lambda")
def lam():
    body = request.get_json()
    f = eval("lambda row: " + body["expr"]) # VULN
    g = eval("lambda row: row * 2") # SAFE
    return jsonify([f(x) + g(x) for x in body["rows"]])


@app.post("/callback")
def callback():
    target = request.json["callback"]
    module_name, _, attr = target.rpartition(".")
    func = getattr(importlib.import_module(module_name), attr) # VULN
    return jsonify(func())
`,
  ),
  ...rules(
    "CWE-78",
    "batch97: training launcher and data prep shelling out with request fields",
    `
import os
import shlex
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/train")
def train():
    cfg = request.get_json()
    cmd = f"torchrun --nproc_per_node={cfg['gpus']} train.py --config {cfg['config']}"
    os.system(cmd) # VULN
    subprocess.Popen(["torchrun", f"--nproc_per_node={int(cfg['gpus'])}", "train.py", "--config", cfg["config"]]) # SAFE
    return jsonify(ok=True)


@app.get("/gpu")
def gpu():
    idx = request.args["id"]
    out = os.popen("nvidia-smi -i " + idx + " --query-gpu=memory.used --format=csv").read() # VULN
    out2 = subprocess.run(["nvidia-smi", "-i", str(int(idx))], capture_output=True, text=True).stdout # SAFE
    return jsonify(a=out, b=out2)


@app.post("/video")
def video():
    name = request.form["name"]
    fps = request.form.get("fps", "1")
    subprocess.run("ffmpeg -i /srv/in/%s -vf fps=%s /srv/frames/out_%%04d.png" % (name, fps), shell=True) # VULN
    subprocess.run(["ffmpeg", "-i", os.path.join("/srv/in", os.path.basename(name)), "-vf", "fps=1", "/srv/frames/out_%04d.png"]) # SAFE
    return jsonify(ok=True)


@app.post("/sync")
def sync():
    bucket = request.form["bucket"]
    rc = subprocess.call(["sh", "-c", "aws s3 sync s3://" + bucket + " /srv/data"]) # VULN
    rc2 = subprocess.call(["aws", "s3", "sync", "s3://" + bucket, "/srv/data"]) # SAFE
    rc3 = subprocess.call("aws s3 sync s3://%s /srv/data" % shlex.quote(bucket), shell=True) # SAFE
    return jsonify(rc=rc + rc2 + rc3)


@app.post("/env")
def env():
    name = request.form["env"]
    p = subprocess.Popen(["/bin/bash", "-lc", f"conda activate {name} && python eval.py"]) # VULN
    p2 = subprocess.Popen(["conda", "run", "-n", name, "python", "eval.py"]) # SAFE
    return jsonify(a=p.pid, b=p2.pid)
`,
  ),
  ...rules(
    "CWE-89",
    "batch97: Airflow hooks and SQLAlchemy ETL steps with interpolated SQL",
    `
from airflow.decorators import task
from airflow.providers.postgres.hooks.postgres import PostgresHook
from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator
from sqlalchemy import create_engine, text

engine = create_engine("postgresql://etl@warehouse/etl")


@task
def load_partition(ds=None, **context):
    table = context["params"]["table"]
    hook = PostgresHook(postgres_conn_id="warehouse")
    hook.run(f"DELETE FROM staging WHERE source = '{context['dag_run'].conf['source']}'") # VULN
    df = hook.get_pandas_df("SELECT * FROM staging WHERE ds = '" + context["dag_run"].conf["day"] + "'") # VULN
    rows = hook.get_records("SELECT * FROM staging WHERE ds = %s", parameters=[ds]) # SAFE
    hook.run("DELETE FROM staging WHERE ds = %(ds)s", parameters={"ds": ds}) # SAFE
    return len(df) + len(rows)


def cleanup_op(conf):
    return SQLExecuteQueryOperator(
        task_id="cleanup",
        conn_id="warehouse",
        sql="DELETE FROM events WHERE tenant = %(tenant)s", # SAFE
        parameters={"tenant": conf["tenant"]},
    )


def etl_step(conf):
    with engine.begin() as conn:
        conn.execute(text(f"INSERT INTO archive SELECT * FROM events WHERE tenant = '{conf['tenant']}'")) # VULN
        conn.execute(text("INSERT INTO archive SELECT * FROM events WHERE tenant = :t"), {"t": conf["tenant"]}) # SAFE
        conn.exec_driver_sql("DELETE FROM events WHERE tenant = '%s'" % conf["tenant"]) # VULN


def etl_cli():
    import sys
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM events WHERE day < :d"), {"d": sys.argv[1]}) # SAFE
        conn.execute(text("SELECT * FROM events WHERE tenant = '" + sys.argv[2] + "'")) # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch97: asyncio and websocket services decoding pickled, jsonpickle and marshal frames from peers",
    `
import asyncio
import base64
import io
import json
import marshal
import pickle

import jsonpickle
import msgpack
import requests
import torch
import websockets


async def handle_peer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
    header = await reader.readexactly(4)
    body = await reader.readexactly(int.from_bytes(header, "big"))
    msg = pickle.loads(body) # VULN
    msg2 = msgpack.unpackb(body, raw=False) # SAFE
    writer.write(json.dumps({"ok": True, "a": str(msg), "b": str(msg2)}).encode())


async def ws_handler(ws):
    async for frame in ws:
        obj = jsonpickle.decode(frame) # VULN
        obj2 = json.loads(frame) # SAFE
        code = marshal.loads(base64.b64decode(frame)) # VULN
        await ws.send(json.dumps([str(obj), obj2, str(code)]))


def fetch_weights(url):
    r = requests.get(url, timeout=60)
    state = torch.load(io.BytesIO(r.content)) # VULN
    state2 = torch.load(io.BytesIO(r.content), weights_only=True) # SAFE
    return state, state2


def restore_from_cookie(cookies):
    return pickle.loads(base64.b64decode(cookies["cart"])) # VULN


def restore_json_cookie(cookies):
    return json.loads(base64.b64decode(cookies["cart"])) # SAFE


async def main():
    server = await asyncio.start_server(handle_peer, "0.0.0.0", 7000)
    async with websockets.serve(ws_handler, "0.0.0.0", 7001):
        await server.serve_forever()
`,
  ),
  ...rules(
    "CWE-78",
    "batch97: network automation sending caller text to devices with netmiko, pexpect and asyncssh",
    `
import re
import shlex

import asyncssh
import pexpect
from fastapi import FastAPI, HTTPException
from netmiko import ConnectHandler

api = FastAPI()
DEVICE = {"device_type": "cisco_ios", "host": "10.1.1.1", "username": "netops"}
IFACE = re.compile(r"^(Gi|Te)\\d+/\\d+/\\d+$")


@api.get("/iface")
def iface(name: str):
    with ConnectHandler(**DEVICE) as conn:
        out = conn.send_command(f"show interface {name}") # VULN
        out2 = conn.send_config_set(["interface " + name, "shutdown"]) # VULN
        out3 = conn.send_command("show version") # SAFE
    return {"a": out, "b": out2, "c": out3}


@api.get("/iface-checked")
def iface_checked(name: str):
    if not IFACE.fullmatch(name):
        raise HTTPException(400)
    with ConnectHandler(**DEVICE) as conn:
        return {"a": conn.send_command(f"show interface {name}")} # SAFE


@api.get("/ping")
def ping(host: str):
    child = pexpect.spawn(f"ping -c 3 {host}") # VULN
    child2 = pexpect.spawn("ping", ["-c", "3", host]) # SAFE
    out = pexpect.run("sh -c 'traceroute " + host + "'") # VULN
    child.expect(pexpect.EOF)
    child2.expect(pexpect.EOF)
    return {"out": child.before.decode() + child2.before.decode() + out.decode()}


@api.get("/disk")
async def disk(host: str, path: str):
    async with asyncssh.connect(host, known_hosts="/etc/ssh/known_hosts") as conn:
        r = await conn.run(f"du -sh {path}") # VULN
        r2 = await conn.run("du -sh " + shlex.quote(path)) # SAFE
        r3 = await conn.run("df -h", check=True) # SAFE
    return {"a": r.stdout, "b": r2.stdout, "c": r3.stdout}
`,
  ),
  ...rules(
    "CWE-22",
    "batch97: model registry saving and serving artifacts under names from the request",
    `
import os

import torch
from flask import Flask, abort, request, send_file, send_from_directory
from huggingface_hub import hf_hub_download
from werkzeug.utils import secure_filename

app = Flask(__name__)
ARTIFACTS = "/srv/artifacts"


@app.post("/artifacts/<name>")
def save_artifact(name):
    path = os.path.join(ARTIFACTS, name)
    request.files["blob"].save(path) # VULN
    request.files["blob"].save(os.path.join(ARTIFACTS, secure_filename(name))) # SAFE
    return "ok"


@app.get("/artifacts/<path:name>")
def get_artifact(name):
    return send_file(os.path.join(ARTIFACTS, name)) # VULN


@app.get("/artifacts-safe/<path:name>")
def get_artifact_safe(name):
    return send_from_directory(ARTIFACTS, name) # SAFE


@app.post("/checkpoint")
def save_checkpoint():
    run = request.form["run"]
    torch.save({"step": 1}, f"{ARTIFACTS}/{run}/last.pt") # VULN
    full = os.path.realpath(os.path.join(ARTIFACTS, run))
    if not full.startswith(ARTIFACTS + os.sep):
        abort(400)
    torch.save({"step": 1}, os.path.join(full, "last.pt")) # SAFE
    return "ok"


@app.post("/hub-file")
def hub_file():
    local = hf_hub_download(repo_id="acme/models", filename="config.json", local_dir=os.path.join(ARTIFACTS, request.form["dir"])) # VULN
    local2 = hf_hub_download(repo_id="acme/models", filename="config.json", cache_dir=ARTIFACTS) # SAFE
    return local + local2
`,
  ),
  ...rules(
    "CWE-502",
    "batch97: experiment configs from uploads loaded with unsafe YAML loaders and object constructors",
    `
import yaml
from flask import Flask, jsonify, request
from hydra.utils import instantiate
from omegaconf import OmegaConf
from ruamel.yaml import YAML

app = Flask(__name__)


@app.post("/experiments")
def create_experiment():
    text = request.files["config"].read()
    cfg = yaml.load(text, Loader=yaml.Loader) # VULN
    cfg2 = yaml.load(text, Loader=yaml.SafeLoader) # SAFE
    cfg3 = yaml.unsafe_load(text) # VULN
    cfg4 = yaml.safe_load(text) # SAFE
    return jsonify(a=cfg, b=cfg2, c=cfg3, d=cfg4)


@app.post("/experiments/ruamel")
def ruamel_experiment():
    data = YAML(typ="unsafe").load(request.get_data()) # VULN
    data2 = YAML(typ="safe").load(request.get_data()) # SAFE
    return jsonify(a=data, b=data2)


@app.post("/experiments/hydra")
def hydra_experiment():
    cfg = OmegaConf.create(request.get_json())
    model = instantiate(cfg.model) # VULN CWE-94
    conf = OmegaConf.to_container(cfg, resolve=False) # SAFE
    return jsonify(model=str(model), conf=conf)
`,
  ),
];
