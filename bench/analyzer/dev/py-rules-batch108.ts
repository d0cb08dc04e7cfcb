// Dev suite "py-rules", batch 108 (format in py-rules.ts): look-alikes of the shapes last round left open. Signing
// keys written as short literals or as the "changeme" placeholder an app then runs with, beside keys read from the
// environment; marshal and pickle of the data a package ships and reads back through its loader or importlib's
// resources, beside the same loaders fed a request or a socket. Each weakness beside safe twins. Own code.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH108: DevCase[] = [
  ...rules(
    "CWE-798",
    "batch108: itsdangerous signers and app settings with short or placeholder literal keys vs keys from the environment",
    `
import os

from flask import Flask
from itsdangerous import Signer, TimestampSigner, URLSafeSerializer

app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = "changeme" # VULN
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"] # SAFE

unsubscribe_signer = Signer("abc") # VULN
invite_signer = TimestampSigner(b"k3y") # VULN
reset_signer = TimestampSigner(os.environ["RESET_SIGNING_KEY"]) # SAFE
share_links = URLSafeSerializer(app.config["SECRET_KEY"], salt="share") # SAFE


def unsubscribe_link(email):
    return "/unsubscribe/" + unsubscribe_signer.sign(email.encode()).decode()
`,
  ),
  ...rules(
    "CWE-798",
    "batch108: a settings module whose signing key is the literal placeholder vs one that refuses to start without a key",
    `
import os

JWT_SECRET_KEY = "changeme" # VULN
SESSION_SECRET = os.environ.get("SESSION_SECRET") # SAFE
if not SESSION_SECRET:
    raise RuntimeError("SESSION_SECRET must be set")
`,
  ),
  ...rules(
    "CWE-502",
    "batch108: marshal and pickle of data files a package ships, read by literal name through its loader or importlib.resources vs a request body",
    `
import importlib.resources
import marshal
import pickle
import pkgutil

from flask import Flask, request

app = Flask(__name__)


def version_info():
    return marshal.loads(__loader__.get_data("build_meta.mar")) # SAFE


def default_tables():
    return marshal.loads(pkgutil.get_data(__name__, "data/tables.mar")) # SAFE


def stopwords():
    blob = importlib.resources.read_binary("textkit.data", "stopwords.pickle")
    return pickle.loads(blob) # SAFE


def lexicon():
    raw = importlib.resources.files("textkit.data").joinpath("lexicon.pickle").read_bytes()
    return pickle.loads(raw) # SAFE


@app.post("/import")
def import_tables():
    return {"n": len(marshal.loads(request.get_data()))} # VULN


@app.post("/restore")
def restore():
    return {"ok": bool(pickle.loads(request.files["state"].read()))} # VULN
`,
  ),
];
