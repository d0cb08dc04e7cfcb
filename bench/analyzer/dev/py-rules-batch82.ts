// Dev suite "py-rules", batch 82 (format in py-rules.ts): false alarms on real library code, twelfth round.
// Written after a stratified seeded sample (seed 5555; at most 10 findings per package, 25 per rule) of the analyzer's
// MEDIUM+ findings on thirty-two Debian bookworm packages never analysed before (image and spreadsheet readers,
// Sphinx, a Python packaging tool, backup and sync tools, cloud-init and firewalld, Ansible, a chat client and a
// chat bot, a crawler, DNS and Modbus libraries, Chromecast and mDNS), in the same shapes but new code. Marked
// positives beside them guard recall. Own code, never taken from an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH82: DevCase[] = [
  ...rules(
    "CWE-116",
    "batch82: a console command colours package names with the console formatter's style tags; an XML report in the same module is still a document",
    `
from cleo.commands.command import Command


class ListCommand(Command):
    name = "list"

    def handle(self):
        for pkg in self.installed():
            extra = f" (<c2>{pkg.version}</c2>)"  # SAFE
            self.line(f"  - <c1>{pkg.name}</c1>{extra}")  # SAFE
        self.line_error(f"<warning>{self.skipped()} skipped</warning>")  # SAFE
        return 0


def report_entry(pkg):
    return "<package><name>" + pkg.name + "</name></package>"  # VULN
`,
  ),
  ...rules(
    "CWE-116",
    "batch82: a resource record's debugging representation; a zone export that splices a caller's owner name into XML",
    `
import binascii


class Option:
    def __init__(self, code, data):
        self.code = code
        self.data = data

    def __repr__(self):
        return "<Option: code=%d data='%s'>" % (self.code, binascii.hexlify(self.data).decode())  # SAFE


def record_xml(owner, ttl):
    return '<record owner="' + owner + '" ttl="%d"/>' % ttl  # VULN
`,
  ),
  ...rules(
    "CWE-116",
    "batch82: an object-store client sends a lifecycle body from its own configuration; a handler puts the posted prefix in one",
    `
import requests
import tornado.web


class Bucket:
    def __init__(self, config, session):
        self.config = config
        self.session = session

    def set_lifecycle(self, url):
        rule = "<Rule><Prefix>%s</Prefix><Days>%s</Days></Rule>" % (self.config.expiry_prefix, self.config.expiry_days)  # SAFE
        body = "<LifecycleConfiguration>" + rule + "</LifecycleConfiguration>"
        return self.session.put(url, data=body, timeout=10)


class LifecycleHandler(tornado.web.RequestHandler):
    def post(self):
        body = "<Rule><Prefix>%s</Prefix></Rule>" % self.request.body  # VULN
        requests.put("https://store.example.com/b?lifecycle", data=body, timeout=10)
`,
  ),
  ...rules(
    "CWE-116",
    "batch82: an export module writes rows with csv.writer and words its error messages as lists; a hand-joined CSV response",
    `
import csv
import io


def export(rows):
    out = io.StringIO()
    writer = csv.writer(out)
    for r in rows:
        writer.writerow([r.name, r.email])
    return out.getvalue()


def rename_failed(op, mac, new_name, err):
    return "Error performing %s for %s, %s: %s" % (op, mac, new_name, err)  # SAFE


def one_row(name, email):
    return "name,email\\n" + name + "," + email + "\\n", 200, {"Content-Type": "text/csv"}  # VULN
`,
  ),
  ...rules(
    "CWE-208",
    "batch82: network interfaces matched by hardware address while renaming them",
    `
def find_entry(entries, mac, driver):
    """Match interfaces read from /sys/class/net by address and driver."""
    for data in entries:
        if data["mac"] == mac and data["driver"] == driver:  # SAFE
            return data
    return None


def device_present(ifaces, wanted):
    return any(i.get("mac_address") == wanted for i in ifaces)  # SAFE
`,
  ),
  ...rules(
    "CWE-208",
    "batch82: a device verification picks the agreed MAC algorithm, then checks the peer's MAC by hand",
    `
import hmac
import hashlib


class Verification:
    _mac_v2 = "hkdf-hmac-sha256.v2"
    _mac_v1 = "hkdf-hmac-sha256"

    def __init__(self, key, method):
        self.key = key
        self.agreed_mac_method = method

    def mac_of(self, data):
        if self.agreed_mac_method == self._mac_v2:  # SAFE
            return hmac.new(self.key, b"v2" + data, hashlib.sha256).hexdigest()
        return hmac.new(self.key, data, hashlib.sha256).hexdigest()

    def receive(self, event):
        if event.key_mac != self.mac_of(event.keys):  # VULN
            raise ValueError("mismatch")
`,
  ),
  ...rules(
    "CWE-208",
    "batch82: a backup restore checks each file's SHA-1 against the one recorded at backup time; a webhook checks its signature by ==",
    `
import hashlib
import hmac


def verify_restored(report, record):
    if report.sha1_digest == record.get_sha1():  # SAFE
        return True
    return False


def webhook_ok(secret, body, signature):
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return expected == signature  # VULN
`,
  ),
  ...rules(
    "CWE-328",
    "batch82: a storage API's SHA-1 of an upload stream and a crawler's stored file name; a password digest",
    `
import hashlib


def hex_sha1_of_stream(stream, length):
    digest = hashlib.sha1()  # SAFE
    remaining = length
    while remaining:
        chunk = stream.read(min(remaining, 65536))
        digest.update(chunk)
        remaining -= len(chunk)
    return digest.hexdigest()


class ImagesPipeline:
    def thumb_path(self, request, thumb_id):
        thumb_guid = hashlib.sha1(request.url.encode()).hexdigest()  # SAFE
        return f"thumbs/{thumb_id}/{thumb_guid}.jpg"


def store_password(password):
    return hashlib.sha1(password.encode()).hexdigest()  # VULN
`,
  ),
  ...rules(
    "CWE-1333",
    "batch82: an image plugin reads a bounded header and refuses long lines before its header patterns; an unbounded form field",
    `
import re

from flask import request

header = re.compile(rb"\\s*#define[ \\t]+.*_width[ \\t]+(?P<width>[0-9]+)")
field = re.compile(r"^%%([^:]*):[ \\t]*(.*)[ \\t]*$")


class BitmapFile:
    def __init__(self, request):
        self.fp = request.stream

    def open(self):
        m = header.match(self.fp.read(512))  # SAFE
        return m and int(m.group("width"))

    def comment(self):
        s = self.fp.readline()
        if len(s) > 255:
            msg = "not a header line"
            raise SyntaxError(msg)
        return field.match(s)  # SAFE


def title():
    return field.match(request.form["title"])  # VULN
`,
  ),
  ...rules(
    "CWE-78",
    "batch82: a connection plugin forwards its own exec_command to the wrapped connection; a view runs a posted directory over ssh",
    `
import paramiko
from flask import request


class Connection:
    def __init__(self, local):
        self._local = local

    def exec_command(self, cmd, in_data=None, sudoable=True):
        return self._local.exec_command(cmd, in_data, sudoable)  # SAFE


def listing():
    client = paramiko.SSHClient()
    client.connect("files.internal")
    _, out, _ = client.exec_command("ls -l " + request.args["dir"])  # VULN
    return out.read()
`,
  ),
  ...rules(
    "CWE-798",
    "batch82: a table of a tool's command-line flags and a metadata token route; a hard-coded service password",
    `
USERADD_FLAGS = {
    "gecos": "--comment",
    "passwd": "--password",  # SAFE
    "homedir": "--home",
}

TOKEN_ROUTE = "latest/api/token"  # SAFE

SERVICE_PASSWORD = "Wint3r-is-c0ming"  # VULN
`,
  ),
  ...rules(
    "CWE-798",
    "batch82: a suite's helper method on a TestCase subclass of the suite's own base sets a fixture passphrase",
    `
import os

from .base import ArchiverTestCaseBase


class ArchiverTestCase(ArchiverTestCaseBase):
    def check_nonces(self, method):
        os.environ["ARCHIVE_PASSPHRASE"] = "passphrase"  # SAFE
        self.cmd("init", "--encryption=" + method, self.repository)


class Deployer:
    def env(self):
        return {"ARCHIVE_PASSPHRASE": "Xq7-bright-lantern"}  # VULN
`,
  ),
  ...rules(
    "CWE-117",
    "batch82: a crawler's downloader middleware logs the request it is about to send",
    `
import logging

from scrapy.exceptions import IgnoreRequest

logger = logging.getLogger(__name__)


class DepthLimitMiddleware:
    def __init__(self, maxdepth):
        self.maxdepth = maxdepth

    def process_request(self, request, spider):
        depth = request.meta.get("depth", 0)
        if depth > self.maxdepth:
            logger.warning(f"Ignoring link (depth > {self.maxdepth}): {request.url}")  # SAFE
            raise IgnoreRequest()
`,
  ),
  ...rules(
    "CWE-117",
    "batch82: a web view logs the searched term as typed",
    `
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/search")
def search():
    log.info("search for %s", request.args.get("q", ""))  # VULN
    return "ok"
`,
  ),
  ...rules(
    "CWE-732",
    "batch82: a TestCase makes its scratch input world-writable; a deploy step does the same to a shared upload dir",
    `
import os
import tempfile
import unittest


class DiffTestCase(unittest.TestCase):
    def setUp(self):
        self.input_path = tempfile.mkdtemp()
        os.chmod(self.input_path, 0o777)  # SAFE

    def test_mode_change(self):
        path = os.path.join(self.input_path, "f")
        open(path, "w").close()
        os.chmod(path, 0o777)  # SAFE


def prepare_uploads(root):
    os.makedirs(os.path.join(root, "uploads"), exist_ok=True)
    os.chmod(os.path.join(root, "uploads"), 0o777)  # VULN
`,
  ),
];
