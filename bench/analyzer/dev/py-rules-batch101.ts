// Dev suite "py-rules", batch 101 (format in py-rules.ts): the false shapes of the twentieth real-code sample
// (Debian python3-* packages, seed 40404): directory-management code that searches under the naming contexts and
// DNs its own directory hands back, typed web-service methods that return ints and dates, round-trip YAML loaders,
// element-path lookups keyed by values read from the same document, a shell-command helper that happens to be named
// execute, seeded generators for test data, float promotion in numpy arithmetic, a row appended before it is
// indexed. Each beside a real weakness of the same rule. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH101: DevCase[] = [
  ...rules(
    "CWE-90",
    "batch101: searches under the naming context and DNs the directory returns vs a base from the query string",
    `
import ldb
from flask import Flask, jsonify, request
from samba.samdb import SamDB

app = Flask(__name__)


def site_names(sam):
    base = "CN=Sites,%s" % sam.get_config_basedn()
    found = sam.search(base=base, scope=ldb.SCOPE_SUBTREE, expression="(objectClass=site)") # SAFE
    return [str(m["cn"]) for m in found]


def server_settings(sam, host):
    hits = sam.search(expression="(dnsHostName=%s)" % ldb.binary_encode(host), attrs=["serverReference"])
    server_dn = str(hits[0].dn)
    return sam.search(base="CN=NTDS Settings," + server_dn, scope=ldb.SCOPE_BASE) # SAFE


def policy_container(sam):
    return sam.search(base="CN=Policies,CN=System,{}".format(sam.domain_dn()), scope=ldb.SCOPE_ONELEVEL) # SAFE


@app.get("/units")
def units():
    sam = SamDB(url="ldap://dc1.corp.example")
    unit = request.args["unit"]
    found = sam.search(base="OU=%s,%s" % (unit, sam.domain_dn()), scope=ldb.SCOPE_SUBTREE) # VULN
    return jsonify([str(m.dn) for m in found])
`,
  ),
  ...rules(
    "CWE-79",
    "batch101: typed web-service methods (expose with a return type) vs a CherryPy page echoing a parameter",
    `
import datetime

import cherrypy
from wsme import types, validate
from wsmeext.pecan import wsexpose
from wsme.api import expose


class Clock(object):
    @expose(datetime.datetime)
    @validate(datetime.datetime)
    def echo_time(self, value):
        return value # SAFE

    @expose([types.text])
    @validate([types.text])
    def echo_words(self, words):
        return words # SAFE

    @wsexpose(int, int)
    def double(self, n):
        return n * 2 # SAFE


class Greeter(object):
    @cherrypy.expose
    def hello(self, name=""):
        return "<h1>Hello %s</h1>" % name # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch101: ruamel round-trip and safe loaders vs ruamel's unsafe loader and PyYAML's full Loader",
    `
import yaml
from ruamel.yaml import YAML

from .loaders import quoted_loader


def round_trip_loader():
    loader = YAML(typ="rt")
    loader.preserve_quotes = True
    return loader


def round_trip(path):
    loader = round_trip_loader()
    with open(path) as fh:
        return loader.load(fh) # SAFE


def quoted(text):
    yaml = quoted_loader()
    return yaml.load(text) # SAFE


def plain(text):
    return YAML().load(text) # SAFE


def strict(text):
    y = YAML(typ="safe", pure=True)
    return y.load(text) # SAFE


def legacy(text):
    y = YAML(typ="unsafe") # VULN
    return y.load(text)


def upload(stream):
    return yaml.load(stream, Loader=yaml.Loader) # VULN
`,
  ),
  ...rules(
    "CWE-643",
    "batch101: element-path lookups keyed by ids read from the same document vs an XPath from the request",
    `
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
NS = {"w": "urn:example:word"}


def copy_notes(doc, refs):
    out = []
    for ref in refs:
        note_id = ref.get("{urn:example:word}id")
        note = doc.find('.//w:note[@w:id="%s"]' % note_id, NS) # SAFE
        out.append(note)
    return out


def grid_shape(geo, resolution):
    rows = int(geo.find('Size[@resolution="' + str(int(resolution)) + '"]/ROWS').text) # SAFE
    return rows


@app.get("/user")
def user():
    tree = etree.parse("users.xml")
    name = request.args["name"]
    hits = tree.xpath("//user[@name='%s']/email" % name) # VULN
    return hits[0].text if hits else ""
`,
  ),
  ...rules(
    "CWE-89",
    "batch101: a shell-command helper named execute vs a cursor given a formatted query",
    `
import sqlite3

from flask import Flask, request

from .util import shell as sysutil

app = Flask(__name__)


def image_size(image_path):
    rc, out = sysutil.execute("du -b %s" % image_path) # SAFE
    return int(out.split()[0]) if rc == 0 else 0


@app.get("/book")
def book():
    con = sqlite3.connect("books.db")
    title = request.args["title"]
    return str(con.execute("SELECT id FROM books WHERE title = '%s'" % title).fetchall()) # VULN
`,
  ),
  ...rules(
    "CWE-330",
    "batch101: a seeded generator for test strings vs the module generator minting a reset code",
    `
import random
import string


def sample_keys(n, seed=7):
    gen = random.Random(seed)
    return ["".join(gen.choice(string.ascii_lowercase) for _ in range(8)) for _ in range(n)] # SAFE


def reset_code():
    return "".join(random.choice(string.digits) for _ in range(6)) # VULN
`,
  ),
  ...rules(
    "CWE-190",
    "batch101: an int32 minus a float32 (promotes to float) vs two int16 counts multiplied",
    `
import numpy as np


def line_offset(meta):
    loff = np.float32(meta["loff"])
    nlines = np.int32(meta["lines"])
    return nlines - loff # SAFE


def pixel_count(header):
    w = np.int16(header["width"])
    h = np.int16(header["height"])
    return w * h # VULN
`,
  ),
  ...rules(
    "CWE-193",
    "batch101: a row appended when the index reaches the length vs a bound test that lets the length through",
    `
RATES = (32000, 44100, 48000, 96000)


def place(matrix, start, width):
    for rowidx in range(start, len(matrix) + 1):
        if rowidx == len(matrix):
            matrix.append([None] * width)
        row = matrix[rowidx] # SAFE
        if row[0] is None:
            return rowidx
    return -1


def rate(code):
    idx = code & 0x07
    if idx > len(RATES): # VULN
        raise ValueError(idx)
    return RATES[idx]
`,
  ),
];
