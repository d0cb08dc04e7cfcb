// Dev suite "py-rules", batch 96 (format in py-rules.ts): the false-alarm shapes left open after the seventeenth
// real-code sample - scripts opening the files their invoker names, code generators exec'ing source built from their
// own templates, digests a file format or protocol mandates - each beside a real weakness of the same rule. Own code,
// never taken from a package, an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH96: DevCase[] = [
  // ---------------------------------------------------------------- files the invoking user names
  ...rules(
    "CWE-22",
    "batch96: maintenance script rewriting the files named on its command line",
    `
import sys

HEADER = "# Copyright (c) the authors\\n"


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: stamp.py TEMPLATE FILE...")
    with open(sys.argv[1]) as fh: # SAFE
        header = fh.read() or HEADER
    for name in sys.argv[2:]:
        with open(name) as src: # SAFE
            body = src.read()
        if body.startswith(header):
            continue
        with open(name + ".new", "w") as out: # SAFE
            out.write(header + body)


if __name__ == "__main__":
    main()
`,
  ),
  ...rules(
    "CWE-22",
    "batch96: converter CLI writing the output file given as its third argument",
    `
import json
import sys


def convert(rows):
    return "\\n".join(",".join(str(v) for v in r.values()) for r in rows)


if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as f: # SAFE
        rows = json.load(f)
    with open(dst, "w", encoding="utf-8") as out: # SAFE
        out.write(convert(rows))
`,
  ),
  ...rules(
    "CWE-22",
    "batch96: a Flask view opening a report under a base folder by the name the client sends",
    `
import os
import sys
from flask import Flask, request

app = Flask(__name__)
BASE = sys.argv[1] if len(sys.argv) > 1 else "/srv/reports"


@app.route("/report")
def report():
    name = request.args.get("name", "")
    with open(os.path.join(BASE, name)) as f: # VULN
        return f.read()
`,
  ),
  // ---------------------------------------------------------------- code generators
  ...rules(
    "CWE-94",
    "batch96: accessor generator exec'ing def templates for the module's own field names",
    `
FIELDS = ("width", "height", "depth")

_GETTER = """
def get_{name}(self):
    return self._values[{name!r}]
"""


def _build(namespace):
    for field in FIELDS:
        exec(_GETTER.format(name=field), namespace) # SAFE
    return namespace


class Box:
    def __init__(self, **values):
        self._values = values


for _name, _fn in _build({}).items():
    if callable(_fn):
        setattr(Box, _name, _fn)
`,
  ),
  ...rules(
    "CWE-94",
    "batch96: formula endpoint evaluating the expression a client posts",
    `
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/calc")
def calc():
    expr = request.get_json()["expr"]
    return jsonify(result=eval(expr, {"__builtins__": {}})) # VULN
`,
  ),
  ...rules(
    "CWE-94",
    "batch96: RPC proxy class whose method stubs are exec'd from the exposed method names of the module's own classes",
    `
_stub_cache = {}


def _make_proxy(typeid, exposed):
    key = (typeid, tuple(exposed))
    if key in _stub_cache:
        return _stub_cache[key]
    ns = {}
    for meth in exposed:
        if not meth.isidentifier():
            raise ValueError(meth)
        exec("def %s(self, *args, **kwds):\n    return self._call(%r, args, kwds)" % (meth, meth), ns) # SAFE
    cls = type(typeid + "Proxy", (object,), ns)
    _stub_cache[key] = cls
    return cls


QueueProxy = _make_proxy("Queue", ("put", "get", "qsize"))
DictProxy = _make_proxy("Dict", ("keys", "items", "get", "update"))
`,
  ),
  ...rules(
    "CWE-94",
    "batch96: plugin loader exec'ing a code string its callers hand it",
    `
def run_snippet(code, env=None):
    scope = dict(env or {})
    exec(code, scope) # VULN
    return scope.get("result")
`,
  ),
  // ---------------------------------------------------------------- digests a format mandates
  ...rules(
    "CWE-328",
    "batch96: OpenPGP v4 fingerprint and an avatar hash the protocol fixes as SHA-1, beside SHA-1 password storage",
    `
import hashlib
import struct


def v4_fingerprint(public_key_packet: bytes) -> str:
    # RFC 4880 section 12.2: SHA-1 over 0x99, a two-octet length, then the key packet body.
    head = b"\\x99" + struct.pack(">H", len(public_key_packet))
    return hashlib.sha1(head + public_key_packet).hexdigest().upper() # SAFE


def avatar_id(image: bytes) -> str:
    # XEP-0153: the photo's hash is the hex SHA-1 of the image data.
    return hashlib.sha1(image).hexdigest() # SAFE


def store_password(db, user, password):
    db.execute(
        "UPDATE users SET pw = ? WHERE name = ?",
        (hashlib.sha1(password.encode()).hexdigest(), user), # VULN
    )
`,
  ),
];
