// Dev suite "py-rules", batch 95 (format in py-rules.ts): false alarms on real library code, eighteenth round.
// Written after a stratified seeded sample (seed 20202; at most 10 findings per package, 25 per rule) of the
// analyzer's MEDIUM+ findings on 120 Debian bookworm packages never analysed before (a cloud network service and its
// database migrations, a Django extensions kit, a smart-card reader library, a packet parser, a protein-structure
// toolkit, a test runner, a distributed-lock library, a crystallography toolkit, a Bitbucket client, a gRPC
// runtime), in the same shapes but new code. Marked positives beside them guard recall. Own code, never taken from
// an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH95: DevCase[] = [
  // ---------------------------------------------------------------- execute() that runs a process, not a query
  ...rules(
    "CWE-89",
    "batch95: agent helpers passing an argv list to a process runner's execute(); a cursor query from a request beside",
    `
from flask import request
from myagent.linux import runner


def set_sysctl(namespace, settings, check=True):
    argv = ["sysctl", "-w"] + ["%s=%s" % (k, v) for k, v in settings.items()]
    wrapper = runner.Namespace(namespace)
    return wrapper.execute(argv, run_as_root=True, check_exit_code=check) # SAFE


def dump_rules(table, namespace=None):
    cmd = ["%s-save" % table, "-c"]
    if namespace:
        cmd = ["ip", "netns", "exec", namespace] + cmd
    return runner.execute(cmd, run_as_root=True) # SAFE


def flush_chain(chain):
    return runner.execute(["iptables", "-F", chain], run_as_root=True) # SAFE


def lookup(db):
    host = request.args["host"]
    cur = db.cursor()
    cur.execute("SELECT id FROM agents WHERE host = '%s'" % host) # VULN
    return cur.fetchall()
`,
  ),
  // ---------------------------------------------------------------- alembic helper's DDL from migration names
  ...rules(
    "CWE-89",
    "batch95: alembic migration helper altering an enum column from the names the migration scripts pass; a view beside",
    `
from alembic import op
import sqlalchemy as sa


def retype_enum(table, column, enum_name, new_values, default=None):
    params = {
        "table": table,
        "column": column,
        "name": enum_name,
        "values": ", ".join("'%s'" % v for v in new_values),
        "default": default,
    }
    if default is not None:
        op.execute("ALTER TABLE %(table)s ALTER COLUMN %(column)s DROP DEFAULT" % params) # SAFE
    op.execute("ALTER TYPE %(name)s RENAME TO legacy_%(name)s" % params) # SAFE
    op.execute("CREATE TYPE %(name)s AS ENUM (%(values)s)" % params) # SAFE
    op.execute("DROP TYPE legacy_%(name)s" % params) # SAFE


def upgrade():
    retype_enum("routers", "ha_state", "router_ha_states", ["active", "standby", "unknown"])
`,
  ),
  ...rules(
    "CWE-89",
    "batch95: the same ALTER built from a request in a web handler is injection",
    `
from flask import Flask, request
from sqlalchemy import text
from .db import engine

app = Flask(__name__)


@app.post("/admin/rename")
def rename_column():
    table = request.form["table"]
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE %s RENAME COLUMN old TO new" % table)) # VULN
    return "ok"
`,
  ),
  // ---------------------------------------------------------------- management command dropping the settings' database
  ...rules(
    "CWE-89",
    "batch95: manage.py command dropping and recreating the database the settings name",
    `
from django.conf import settings
from django.core.management.base import BaseCommand
import psycopg2


class Command(BaseCommand):
    help = "Drop and recreate the configured database"

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default")

    def handle(self, *args, **options):
        conf = settings.DATABASES[options["database"]]
        name = conf["NAME"]
        conn = psycopg2.connect(dbname="postgres", user=conf["USER"], host=conf.get("HOST", ""))
        conn.autocommit = True
        cursor = conn.cursor()
        cursor.execute('DROP DATABASE IF EXISTS "%s";' % name) # SAFE
        cursor.execute('CREATE DATABASE "%s" WITH OWNER = "%s";' % (name, conf["USER"])) # SAFE
`,
  ),
  // ---------------------------------------------------------------- ctypes reads sized by a field's declared size
  ...rules(
    "CWE-125",
    "batch95: card-reader structures serialised by field offsets and the fields' own declared sizes; a count from the wire beside",
    `
import ctypes
import socket


class Reply(ctypes.Structure):
    _pack_ = 1
    _fields_ = [
        ("status", ctypes.c_uint8),
        ("flags", ctypes.c_uint16),
        ("body", ctypes.c_uint8 * 64),
        ("crc", ctypes.c_uint32),
    ]

    def raw_head(self) -> bytes:
        base = ctypes.addressof(self)
        out = ctypes.string_at(base, Reply.status.size + Reply.flags.size) # SAFE
        out += ctypes.string_at(base + Reply.crc.offset, Reply.crc.size) # SAFE
        return out

    def trailer(self) -> bytes:
        return ctypes.string_at(ctypes.addressof(self) + type(self).crc.offset, type(self).crc.size) # SAFE


def read_frame(sock: socket.socket) -> bytes:
    reply = Reply()
    hdr = sock.recv(2)
    count = int.from_bytes(hdr, "big")
    return ctypes.string_at(ctypes.addressof(reply) + Reply.body.offset, count) # VULN
`,
  ),
  // ---------------------------------------------------------------- anonymous FTP, and a wrapper forwarding to gRPC
  ...rules(
    "CWE-319",
    "batch95: anonymous FTP downloads from a public mirror send no credential; a real login beside",
    `
from ftplib import FTP
import os


def fetch_release(filename, host="ftp.example-mirror.org", folder="."):
    ftp = FTP(host) # SAFE
    ftp.login()
    ftp.cwd("/pub/releases/latest")
    with open(os.path.join(folder, filename), "wb") as out:
        ftp.retrbinary("RETR " + filename, out.write)
    ftp.quit()


def fetch_all(names, host="ftp.example-mirror.org"):
    conn = FTP(host) # SAFE
    conn.login("") # SAFE
    for n in names:
        conn.retrbinary("RETR " + n, open(n, "wb").write)


def push_report(path, user, password):
    ftp = FTP("reports.example.com") # VULN
    ftp.login(user, password) # VULN
    with open(path, "rb") as fh:
        ftp.storbinary("STOR " + os.path.basename(path), fh)
`,
  ),
  ...rules(
    "CWE-319",
    "batch95: an adapter class forwarding add_insecure_port to the server it wraps; a server started without TLS beside",
    `
import grpc
from concurrent import futures


class ServerAdapter:
    def __init__(self, server):
        self._server = server

    def add_insecure_port(self, address):
        return self._server.add_insecure_port(address) # SAFE

    def add_secure_port(self, address, creds):
        return self._server.add_secure_port(address, creds)


def serve(servicer):
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    servicer.register(server)
    server.add_insecure_port("0.0.0.0:50051") # VULN
    server.start()
    server.wait_for_termination()
`,
  ),
  // ---------------------------------------------------------------- length loops over parsed records, EOF via membership
  ...rules(
    "CWE-835",
    "batch95: parser loops consuming records whose length always covers their header; an EOF test by membership; a readline loop without one",
    `
import struct


class Option:
    def __init__(self, buf):
        self.kind, self.length = struct.unpack(">BB", buf[:2])
        if len(buf) < 2 + self.length:
            raise ValueError("short option")
        self.value = buf[2:2 + self.length]

    def __len__(self):
        return 2 + self.length


def parse_options(data, total):
    out = []
    while total > 0:
        opt = Option(data)
        data = data[len(opt):]
        total -= len(opt) # SAFE
        out.append(opt)
    return out


def scan_sections(fh, sections):
    while True:
        pos = fh.tell()
        line = fh.readline().decode("ascii", "ignore")
        if line.startswith("*BEGIN"):
            sections.append(pos)
        elif line.startswith("*END") or line in (None, ""): # SAFE
            break


def wait_for_marker(fh, marker):
    while True:
        line = fh.readline() # VULN
        if line.strip() == marker:
            return True
`,
  ),
  // ---------------------------------------------------------------- lock held by a decorator
  ...rules(
    "CWE-362",
    "batch95: a lock-release method decorated to hold the instance lock; a method beside that changes the state bare",
    `
import threading

import fasteners


class DistLock:
    def __init__(self, client, name):
        self._lock = threading.Lock()
        self.client = client
        self.name = name
        self._node = None

    def acquire(self):
        with self._lock:
            self._node = self.client.create(self.name)
            return self._node is not None

    @fasteners.locked
    def release(self):
        if self._node is not None:
            self.client.delete(self._node)
            self._node = None # SAFE
            return True
        return False

    def forget(self):
        self._node = None # VULN
`,
  ),
  // ---------------------------------------------------------------- endpoint table keyed by OAuth step names
  ...rules(
    "CWE-798",
    "batch95: an API client's URL table whose keys name OAuth endpoints; a real token literal beside",
    `
URLS = {
    "BASE": "https://api.example-forge.org/1.0/",
    "GET_REPO": "repositories/%(owner)s/%(slug)s/",
    "REQUEST_TOKEN": "oauth/request_token/", # SAFE
    "AUTHORIZE": "oauth/authorize?oauth_token=%(token)s",
    "ACCESS_TOKEN": "oauth/access_token/", # SAFE
}

DEPLOY = {
    "ACCESS_TOKEN": "9f3c1a77e2b84d05a6c1f0e9b2d47c58", # VULN
}
`,
  ),
  // ---------------------------------------------------------------- network MAC addresses are not message MACs
  ...rules(
    "CWE-208",
    "batch95: NAT rows comparing hardware (MAC) addresses; an HMAC check with != beside",
    `
import hashlib
import hmac


def sync_fip(nat, port, log):
    wanted = nat["external_ids"]["fip_external_mac"]
    if nat["external_mac"] != wanted: # SAFE
        log.debug("setting external_mac of %s to %s", port, wanted)
        nat["external_mac"] = wanted
    if port.mac_address == nat.get("logical_mac"): # SAFE
        return True
    return False


def verify(body, key, received):
    mac = hmac.new(key, body, hashlib.sha256).hexdigest()
    if mac != received: # VULN
        raise PermissionError("bad signature")
`,
  ),
  // ---------------------------------------------------------------- tests running their own command lines, compiling literal patterns
  ...rules(
    "CWE-78",
    "batch95: a TestCase helper running the CLI under test through the shell with its own literal lines; a handler beside",
    `
import subprocess
import unittest

from flask import request


class CliReturnCodes(unittest.TestCase):
    def _run(self, cmd, expected=0):
        proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE) # SAFE
        out, err = proc.communicate()
        self.assertEqual(expected, proc.returncode, err)
        return out

    def test_list(self):
        self._run("mytool list")

    def test_bad_flag(self):
        self._run("mytool run --no-such-flag", expected=2)


def ping():
    host = request.args["host"]
    return subprocess.check_output("ping -c 1 " + host, shell=True) # VULN
`,
  ),
  ...rules(
    "CWE-1333",
    "batch95: parametrized tests compiling literal patterns through the str/bytes fixture; a search pattern from a request beside",
    `
import re

import pytest
from flask import request


@pytest.fixture(params=[str, bytes])
def dtype(request):
    return request.param


def test_replace_callable(dtype):
    pat = re.compile(dtype("[a-z][A-Z]{2}")) # SAFE
    assert pat.search(dtype("fooBAR"))


def test_findall_groups(dtype):
    raw = dtype(r"(\\w+)_Xy_(\\d*)")
    pat = re.compile(raw) # SAFE
    assert pat.findall(dtype("a_Xy_1"))


def search_view():
    pattern = request.args.get("q", "")
    return [n for n in ["alpha", "beta"] if re.search(pattern, n)] # VULN
`,
  ),
];
