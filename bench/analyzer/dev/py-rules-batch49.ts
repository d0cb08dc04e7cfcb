// Dev suite "py-rules", batch 49 (format in py-rules.ts): written blind after batch 48's fix and measured before
// any fix. Request data carried through the Python shapes the suite used little: dataclass and NamedTuple
// fields, a property building a URL, pydantic model_dump into **kwargs, match statements (one that maps every
// case to a constant, one that binds the request's value), the walrus operator, str.format(**opts), a
// functools.partial of subprocess.run with shell=True, lambdas in a dispatch table, generator joins, and a
// codec class unpickling a cookie from a before_request hook. Cases written here, never taken from a held-out
// corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH49: DevCase[] = [
  ...rules(
    "CWE-89",
    "batch49: dataclasses, match statements and the walrus operator into sql",
    `
import sqlite3
from dataclasses import dataclass

from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("/srv/app.db", check_same_thread=False)


@dataclass
class Lookup:
    table: str
    term: str


def run(q: Lookup):
    return db.execute(f"SELECT * FROM {q.table} WHERE name = '{q.term}'").fetchall() # VULN


def run_safe(q: Lookup):
    table = {"users": "users", "teams": "teams"}.get(q.table, "users")
    return db.execute(f"SELECT * FROM {table} WHERE name = ?", (q.term,)).fetchall() # SAFE


@app.get("/find")
def find():
    q = Lookup(request.args.get("t", "users"), request.args.get("q", ""))
    return {"a": run(q), "b": run_safe(q)}


@app.get("/by")
def by():
    match request.args.get("field", "name"):
        case "name":
            column = "name"
        case "email":
            column = "email"
        case _:
            column = "id"
    return {"rows": db.execute(f"SELECT * FROM users ORDER BY {column}").fetchall()} # SAFE


@app.get("/by2")
def by2():
    match request.args.get("field", "name"):
        case "name" | "email" as column:
            pass
        case other:
            column = other
    return {"rows": db.execute(f"SELECT * FROM users ORDER BY {column}").fetchall()} # VULN


@app.get("/notes")
def notes():
    if (term := request.args.get("q")) is not None:
        return {"rows": db.execute("SELECT * FROM notes WHERE body LIKE '%" + term + "%'").fetchall()} # VULN
    return {"rows": []}


@app.get("/notes2")
def notes2():
    if (term := request.args.get("q")) is not None:
        return {"rows": db.execute("SELECT * FROM notes WHERE body LIKE ?", ("%" + term + "%",)).fetchall()} # SAFE
    return {"rows": []}
`,
  ),
  ...rules(
    "CWE-78",
    "batch49: partials, kwargs, dispatch lambdas and generator joins into shells",
    `
import functools
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)
sh = functools.partial(subprocess.run, shell=True, capture_output=True, text=True)


def run_tool(**opts):
    return subprocess.run("convert {src} -resize {size} {dst}".format(**opts), shell=True) # VULN


def run_tool_safe(**opts):
    return subprocess.run(["convert", opts["src"], "-resize", opts["size"], opts["dst"]]) # SAFE


ACTIONS = {
    "uptime": lambda _arg: subprocess.run(["uptime"], capture_output=True), # SAFE
    "ping": lambda host: subprocess.run("ping -c 1 " + host, shell=True, capture_output=True), # VULN
}


@app.post("/resize")
def resize():
    params = dict(src="/srv/in.png", dst="/srv/out.png", size=request.form["size"])
    run_tool(**params)
    run_tool_safe(**params)
    return "ok"


@app.post("/act")
def act():
    fn = ACTIONS.get(request.form["action"])
    return {"rc": fn(request.form.get("arg", "")).returncode if fn else None}


@app.post("/grep")
def grep():
    words = request.form.getlist("w")
    out = sh("grep -E " + " ".join(shlex.quote(w) for w in words) + " /var/log/app.log") # SAFE
    out2 = sh("grep -E " + "|".join(w for w in words) + " /var/log/app.log") # VULN
    return {"a": out.stdout, "b": out2.stdout}
`,
  ),
  ...rules(
    "CWE-918",
    "batch49: pydantic dumps, namedtuples and properties into outbound urls",
    `
from typing import NamedTuple
from urllib.parse import quote

import httpx
import requests
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Target(NamedTuple):
    host: str
    path: str

    @property
    def url(self) -> str:
        return f"https://{self.host}/{self.path}"


class Probe(BaseModel):
    host: str
    path: str = ""


@app.post("/probe")
def probe(p: Probe):
    t = Target(**p.model_dump())
    return {"status": requests.get(t.url, timeout=5).status_code} # VULN


@app.post("/probe_fixed")
def probe_fixed(p: Probe):
    return {"status": requests.get("https://status.example.com/" + quote(p.path, safe=""), timeout=5).status_code} # SAFE


@app.post("/probe_async")
async def probe_async(p: Probe):
    async with httpx.AsyncClient() as client:
        r = await client.get(f"http://{p.host}:8080/health", timeout=5) # VULN
    return {"status": r.status_code}
`,
  ),
  ...rules(
    "CWE-502",
    "batch49: a codec class unpickling a cookie from a before_request hook",
    `
import base64
import json
import pickle

from flask import Flask, g, request

app = Flask(__name__)


class CartCodec:
    def decode(self, raw: str):
        return pickle.loads(base64.b64decode(raw)) # VULN

    def decode_json(self, raw: str):
        return json.loads(base64.b64decode(raw)) # SAFE


codec = CartCodec()


@app.before_request
def load_cart():
    raw = request.cookies.get("cart", "")
    g.cart = codec.decode(raw) if raw else {}
    g.prefs = codec.decode_json(request.cookies.get("prefs", "e30="))
`,
  ),
];
