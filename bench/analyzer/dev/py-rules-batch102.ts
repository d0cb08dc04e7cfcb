// Dev suite "py-rules", batch 102 (format in py-rules.ts): look-alikes of the misses and false shapes last round left
// open (py-rules 97/98): launcher argument lists whose trailing words belong to the script, ansible command lines,
// pinned hub code, running totals of decompressed sizes, hub downloads named by the request, markup-looking hints,
// host substring tests. Each weakness beside safe twins a careless tool would flag. Own code.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH102: DevCase[] = [
  ...rules(
    "CWE-88",
    "batch102: training launchers whose request words follow the script (the script's options) vs before it (the launcher's)",
    `
import subprocess

import ansible_runner
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/launch")
def launch():
    body = request.get_json()
    subprocess.Popen(["torchrun", "--nproc_per_node=4", "finetune.py", "--run-name", body["name"]]) # SAFE
    subprocess.Popen(["accelerate", "launch", "--num_processes", "2", "train.py", body["dataset"]]) # SAFE
    subprocess.Popen(["deepspeed", "--num_gpus", "8", "pretrain.py", "--tag", body["tag"]]) # SAFE
    subprocess.Popen(["torchrun", body["launcher_flags"], "finetune.py"]) # VULN
    subprocess.Popen(["deepspeed", "--hostfile", "/etc/ds/hosts", body["extra"], "pretrain.py"]) # VULN
    return jsonify(ok=True)


@app.post("/playbook")
def playbook():
    limit = request.form["limit"]
    ansible_runner.run_command(executable_cmd="ansible-playbook", cmdline_args=["deploy.yml", "--limit", "web"]) # SAFE
    ansible_runner.run_command(executable_cmd="ansible-playbook", cmdline_args=["deploy.yml", limit]) # VULN
    return jsonify(ok=True)
`,
  ),
  ...rules(
    "CWE-94",
    "batch102: hub models with remote code pinned to a commit of a fixed repository vs a repository named by the caller",
    `
from flask import Flask, request
from transformers import AutoModel, AutoTokenizer

app = Flask(__name__)


def load_encoder():
    tok = AutoTokenizer.from_pretrained("corp/encoder-v2", revision="9b1c3e7d2f40a6", trust_remote_code=True) # SAFE
    model = AutoModel.from_pretrained("corp/encoder-v2", revision="9b1c3e7d2f40a6", trust_remote_code=True) # SAFE
    return tok, model


@app.post("/load")
def load():
    return str(AutoModel.from_pretrained(request.form["repo"], trust_remote_code=True)) # VULN
`,
  ),
  ...rules(
    "CWE-409",
    "batch102: summing an uploaded zip's decompressed sizes with and without a cap",
    `
import zipfile

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
LIMIT = 200 * 1024 * 1024


@app.post("/count")
def count():
    archive = zipfile.ZipFile(request.files["bundle"])
    size = 0
    for name in archive.namelist():
        size += len(archive.read(name)) # VULN
    return jsonify(size=size)


@app.post("/count-capped")
def count_capped():
    archive = zipfile.ZipFile(request.files["bundle"])
    size = 0
    for info in archive.infolist():
        if info.file_size > LIMIT or size + info.file_size > LIMIT:
            abort(413)
        size += len(archive.read(info)) # SAFE
    return jsonify(size=size)
`,
  ),
  ...rules(
    "CWE-22",
    "batch102: hub downloads whose file name or local folder comes from the request vs fixed names",
    `
import os

from flask import Flask, request
from huggingface_hub import hf_hub_download, snapshot_download

app = Flask(__name__)
STORE = "/srv/hub"


@app.post("/fetch")
def fetch():
    p1 = hf_hub_download(repo_id="corp/assets", filename=request.form["file"], local_dir=STORE) # VULN
    p2 = hf_hub_download(repo_id="corp/assets", filename="tokenizer.json", local_dir=STORE) # SAFE
    p3 = snapshot_download(repo_id="corp/assets", local_dir=os.path.join(STORE, request.form["dir"])) # VULN
    p4 = snapshot_download(repo_id="corp/assets", local_dir=STORE) # SAFE
    return "\\n".join([p1, p2, p3, p4])
`,
  ),
  ...rules(
    "CWE-116",
    "batch102: markup-looking text printed as a hint or used as a needle vs an RSS item built from a query value",
    `
import sys

from flask import Flask, Response, request

app = Flask(__name__)


def missing_plugins(names):
    for name in names:
        sys.stderr.write('add <plugin name="%s"/> to plugins.xml\\n' % name) # SAFE


def has_tag(text, tag):
    return text.find("<%s>" % tag) != -1 # SAFE


@app.get("/rss")
def rss():
    q = request.args.get("q", "")
    body = "<rss><channel><title>%s</title></channel></rss>" % q # VULN
    return Response(body, mimetype="application/rss+xml")
`,
  ),
  ...rules(
    "CWE-20",
    "batch102: a host allow-list by substring vs parsed host comparison and dict membership",
    `
from urllib.parse import urlparse

ALLOWED = {"api.example.org", "cdn.example.org"}


def may_fetch(link):
    return "example.org" in link # VULN


def may_fetch_parsed(link):
    return urlparse(link).hostname in ALLOWED # SAFE


def has_flag(options: dict):
    return "example.org" in options # SAFE
`,
  ),
];
