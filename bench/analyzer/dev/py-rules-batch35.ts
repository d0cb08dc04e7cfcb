// Dev suite "py-rules", batch 35 (format in py-rules.ts): written after batch 34's fixes, before any further fix:
// the look-alikes of the bandit/ruff checks (the "unrelated" and "OK" shapes their tests keep, read only, never
// copied), in real code, each group with an insecure neighbour: asyncio's debug flag, hashes declared not for
// security, seeded simulations, safe YAML loaders and weights-only checkpoints, fixed argv commands, tempfile-made
// paths, CA bundles, executable and private modes, SQL identifiers from an allow-list. Cases written here, never
// taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH35: DevCase[] = [
  ...rules(
    "CWE-489",
    "batch35: event-loop debug flags next to a Flask debugger",
    `
import asyncio
import logging
from flask import Flask

app = Flask(__name__)
logging.basicConfig(level=logging.DEBUG) # SAFE


async def sync_feeds():
    await asyncio.sleep(0)


def run_worker():
    asyncio.run(sync_feeds(), debug=True) # SAFE


def run_loop():
    loop = asyncio.new_event_loop()
    loop.set_debug(True) # SAFE
    loop.run_until_complete(sync_feeds())


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True) # VULN
`,
  ),
  ...rules(
    "CWE-328",
    "batch35: hashes declared not for security",
    `
import hashlib


def cache_key(url, params):
    raw = url + "?" + "&".join(f"{k}={v}" for k, v in sorted(params.items()))
    return hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest() # SAFE


def shard_for(user_id, shards):
    h = hashlib.new("sha1", str(user_id).encode(), usedforsecurity=False) # SAFE
    return int(h.hexdigest(), 16) % shards


def password_digest(password):
    return hashlib.md5(password.encode()).hexdigest() # VULN
`,
  ),
  ...rules(
    "CWE-338",
    "batch35: seeded simulations next to a session id",
    `
import random


def simulate_queue(arrivals, seed=1234):
    rng = random.Random(seed) # SAFE
    return [rng.expovariate(1.0 / a) for a in arrivals]


def roll_dice(n):
    return [random.randint(1, 6) for _ in range(n)] # SAFE


def new_session_id():
    return "%032x" % random.getrandbits(128) # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch35: safe loaders and weights-only checkpoints",
    `
import json
import torch
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def config():
    doc = yaml.safe_load(request.get_data()) # SAFE
    doc2 = yaml.load(request.get_data(), Loader=yaml.CSafeLoader) # SAFE
    doc3 = json.loads(request.get_data()) # SAFE
    return {"n": len(doc) + len(doc2) + len(doc3)}


@app.route("/model", methods=["POST"])
def model():
    upload = request.files["weights"]
    state = torch.load(upload.stream, map_location="cpu", weights_only=True) # SAFE
    return {"tensors": len(state)}


@app.route("/model2", methods=["POST"])
def model2():
    upload = request.files["weights"]
    state = torch.load(upload.stream, map_location="cpu") # VULN
    return {"tensors": len(state)}
`,
  ),
  ...rules(
    "CWE-78",
    "batch35: fixed commands next to a branch from the query",
    `
import os
import subprocess
from flask import Flask, request

app = Flask(__name__)


def current_commit():
    out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True) # SAFE
    return out.stdout.strip()


def disk_usage():
    return subprocess.check_output("df -h / | tail -1", shell=True, text=True) # SAFE


@app.route("/checkout")
def checkout():
    branch = request.args.get("branch", "main")
    os.system(f"git -C /srv/site checkout {branch}") # VULN
    return "ok"
`,
  ),
  ...rules(
    "CWE-377",
    "batch35: tempfile-made paths next to a fixed /tmp name",
    `
import json
import tempfile


def export(rows):
    with tempfile.NamedTemporaryFile("w", dir="/tmp", suffix=".json", delete=False) as fh: # SAFE
        json.dump(rows, fh)
        return fh.name


def scratch():
    with tempfile.TemporaryDirectory(dir="/var/tmp") as d: # SAFE
        return d


def lock():
    fh = open("/tmp/report-builder.lock", "w") # VULN
    fh.write("1")
    return fh
`,
  ),
  ...rules(
    "CWE-295",
    "batch35: CA bundles next to a disabled check",
    `
import os
import httpx
import requests

CA = "/etc/ssl/certs/corp-root.pem"


def fetch(url):
    return requests.get(url, timeout=10, verify=CA).json() # SAFE


def session():
    s = requests.Session()
    s.verify = os.environ.get("REQUESTS_CA_BUNDLE", True) # SAFE
    return s


def client():
    return httpx.Client(verify=False, timeout=10) # VULN
`,
  ),
  ...rules(
    "CWE-732",
    "batch35: executable and private modes next to an open one",
    `
import os
import stat


def install_hook(path, script):
    with open(path, "w") as fh:
        fh.write(script)
    os.chmod(path, 0o755) # SAFE


def private_dir(path):
    os.makedirs(path, mode=0o700, exist_ok=True) # SAFE
    os.chmod(path, stat.S_IRWXU) # SAFE


def shared_logs(path):
    os.makedirs(path, exist_ok=True)
    os.chmod(path, 0o777) # VULN
`,
  ),
  ...rules(
    "CWE-89",
    "batch35: SQL identifiers from an allow-list",
    `
import sqlite3
from flask import Flask, request

app = Flask(__name__)
TABLES = {"orders": "orders", "refunds": "refund_requests"}


@app.route("/rows")
def rows():
    kind = request.args.get("kind", "orders")
    table = TABLES.get(kind, "orders")
    con = sqlite3.connect("/srv/app.db")
    data = con.execute(f"SELECT id, total FROM {table} ORDER BY id DESC LIMIT 50").fetchall() # SAFE
    return {"rows": data}


@app.route("/rows2")
def rows2():
    uid = request.args.get("uid", "")
    con = sqlite3.connect("/srv/app.db")
    data = con.execute("SELECT id, total FROM orders WHERE user_id = ?", (uid,)).fetchall() # SAFE
    return {"rows": data}


@app.route("/rows3")
def rows3():
    order = request.args.get("order", "id")
    con = sqlite3.connect("/srv/app.db")
    data = con.execute(f"SELECT id, total FROM orders ORDER BY {order}").fetchall() # VULN
    return {"rows": data}
`,
  ),
];
