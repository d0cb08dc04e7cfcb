// Dev suite "py-rules", batch 89 (format in py-rules.ts): false alarms on real library code, fifteenth round.
// Written after a stratified seeded sample (seed 8888; at most 10 findings per package, 25 per rule) of the analyzer's
// MEDIUM+ findings on forty-six Debian bookworm packages never analysed before (a block-storage service and its unit
// tests, a key-manager library, a signal-processing toolkit, a form compiler, a hyperparameter optimiser, a job
// scheduler, a multiprocessing fork, a WebSocket library, an async ORM, a solar-physics library, a robotics simulator,
// a biology graph library, a generated Kubernetes client, setup helpers), in the same shapes but new code. Marked
// positives beside them guard recall. Own code, never taken from an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH89: DevCase[] = [
  ...rules(
    "CWE-306",
    "batch89: unit-test methods under @mock.patch / @patch.object decorators (a patched target, not a route); a Flask route that drops every share without a login",
    `
import unittest
from unittest import mock
from unittest.mock import patch

from flask import Flask, jsonify

from shares import driver, service

app = Flask(__name__)


class ExportTests(unittest.TestCase):
    @mock.patch("shares.utils.run_command")
    @mock.patch.object(driver.NfsDriver, "_find_export")
    def test_create_export(self, mock_find, mock_run):  # SAFE
        mock_find.return_value = None
        driver.NfsDriver().create_export({"id": "s1"})
        mock_run.assert_called_once()

    @patch("shares.service.Service.delete_share", return_value=True)
    def test_delete_frozen_share(self, mock_delete):  # SAFE
        with self.assertRaises(service.Frozen):
            service.Service().delete({"id": "s1", "frozen": True})

    @mock.patch("os.name", new="posix")
    @mock.patch("shares.utils.execute", return_value=("out", "err"))
    def test_remove_target(self, mock_exec):  # SAFE
        driver.NfsDriver().remove_target("iqn.2024-01.org.example:t1")
        self.assertTrue(mock_exec.called)


@app.route("/admin/shares/purge", methods=["POST"])
def purge_shares():  # VULN
    service.Service().delete_all()
    return jsonify({"purged": True})
`,
  ),
  ...rules(
    "CWE-295",
    "batch89: verify=False in the expected-call list of a unit test (mock.call / assert_called_with); a storage client that turns verification off",
    `
from unittest import mock

import requests


class LoginTests:
    def test_login_calls(self):
        url = "https://array.example/cgi-bin/auth.cgi"
        self.driver.login()
        expected = [
            mock.call("POST", url, data={"user": "admin"}, verify=False),  # SAFE
            mock.call("GET", url + "?sid=1", data=None, headers=None,
                      verify=False),  # SAFE
        ]
        self.assertEqual(expected, self.mock_request.call_args_list)
        self.mock_request.assert_called_with("GET", url + "?sid=1", data=None, verify=False)  # SAFE


class ArrayClient:
    def __init__(self, host):
        self.base = "https://%s:8080/api" % host

    def get_pools(self):
        return requests.get(self.base + "/pools", verify=False).json()  # VULN
`,
  ),
  ...rules(
    "CWE-89",
    "batch89: .execute() of a signal-processing node on an array (not a DB cursor); a cursor fed an f-string",
    `
import numpy as np

from sigflow import nodes


def whiten(mat, mix):
    mat = np.dot(mat, mix) + np.random.uniform(size=3)
    pca = nodes.PCANode(output_dim=0.9)
    pca.train(mat)
    out = pca.execute(mat)  # SAFE
    return out


def slow_features(x, x_test):
    x = (x - x.mean(axis=0)) / x.std(axis=0)
    sfa = nodes.SFANode(output_dim=4)
    sfa.train(x)
    sfa.stop_training()
    y = sfa.execute(x)  # SAFE
    return y, sfa.execute(x_test)  # SAFE


def check_shapes():
    data = np.random.normal(size=(200, 3))
    node = nodes.ICANode()
    node.train(data)
    assert node.execute(data).shape == (200, 3)  # SAFE


def drop_sample(conn, name):
    cur = conn.cursor()
    cur.execute(f"DELETE FROM samples WHERE name = '{name}'")  # VULN
`,
  ),
  ...rules(
    "CWE-208",
    "batch89: assertTrue(a != b) in unit tests of a credential class's __eq__/__ne__, file magic numbers; a webhook secret compared with ==",
    `
import unittest

from vault.credentials import token


class TokenEqualityTests(unittest.TestCase):
    def setUp(self):
        self.token_credential = token.Token("0f1e2d3c4b5a69788796a5b4c3d2e1f0")

    def test_eq(self):
        other_token_credential = token.Token("0f1e2d3c4b5a69788796a5b4c3d2e1f0")
        self.assertTrue(self.token_credential == other_token_credential)  # SAFE

    def test_ne(self):
        other_token_credential = token.Token("ffffffffffffffffffffffffffffffff")
        self.assertTrue(self.token_credential != other_token_credential)  # SAFE
        self.assertFalse(other_token_credential == self.token_credential)  # SAFE


MAGIC = [b"\\x00\\x00\\x00\\x0cjP  \\r\\n\\x87\\n", b"\\x89HDF\\r\\n\\x1a\\n"]


def sniff(head):
    for sig in MAGIC:
        if head[: len(sig)] == sig:  # SAFE
            return "known"
    return None


def webhook(request, settings):
    secret = request.headers.get("X-Hook-Secret", "")
    if secret == settings.HOOK_SECRET:  # VULN
        return "ok"
    return "denied"
`,
  ),
  ...rules(
    "CWE-798",
    "batch89: a generated model's type map ('secret' -> a class name), a class-to-label dict, anonymous FTP's e-mail convention; an FTP login with a real password",
    `
from ftplib import FTP

from keys import passphrase, private_key


class V1Volume:
    def __init__(self):
        self.swagger_types = {
            "name": "str",
            "secret": "V1SecretVolumeSource",  # SAFE
            "password_ref": "V1PasswordReference",  # SAFE
        }
        self.attribute_map = {"name": "name", "secret": "secret"}


_KIND_LABELS = {
    private_key.PrivateKey: "private",  # SAFE
    passphrase.Passphrase: "passphrase",  # SAFE
}


def list_public(host, path):
    with FTP(host, user="anonymous", passwd="archive@example.org") as ftp:  # SAFE
        ftp.cwd(path)
        return ftp.nlst()


def push_backup(host, data):
    with FTP(host, user="backup", passwd="Hx7!qPz2w") as ftp:  # VULN
        ftp.storbinary("STOR latest.tgz", data)
`,
  ),
  ...rules(
    "CWE-330",
    "batch89: random letters for a join alias and a generated model's name, sampling edges and indices; a reset token from random.choices",
    `
import random
import string
import uuid
from random import choice, choices


def table_alias():
    alias = "".join(choices(string.ascii_lowercase, k=3)) + uuid.uuid4().hex[:4]  # SAFE
    return alias


def dummy_model(base):
    return type(f"{base.__name__}_{''.join(choices(string.ascii_uppercase, k=4))}", (base,), {})  # SAFE


def sample_edges(groups):
    for key, edges in groups.items():
        u, v, k = choice(list(edges))  # SAFE
        yield key, u, v, k


def weighted_indices(counts, n):
    total = sum(counts)
    return sorted(random.randint(0, total - 1) for _ in range(n))  # SAFE


def reset_token():
    return "".join(random.choices(string.ascii_letters + string.digits, k=40))  # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch89: pickle round trips that copy an object the code itself just serialised; unpickling a socket's bytes",
    `
import pickle


def fork_task(task, copy_callable=True):
    if copy_callable:
        blob = pickle.dumps(task, -1)
        task = pickle.loads(blob)  # SAFE
    return task


def test_round_trip(sampler):
    s = pickle.dumps(sampler, protocol=pickle.HIGHEST_PROTOCOL)
    again = pickle.loads(s)  # SAFE
    assert again.n == sampler.n


def deep_copy(obj):
    return pickle.loads(pickle.dumps(obj))  # SAFE


def serve(sock):
    payload = sock.recv(65536)
    return pickle.loads(payload)  # VULN
`,
  ),
  ...rules(
    "CWE-377",
    "batch89: mktemp names opened with O_CREAT|O_EXCL (the race closed); a mktemp name opened with open()",
    `
import os
import tempfile


def arena(size, tmpdir):
    name = tempfile.mktemp(prefix="arena-%d-" % os.getpid(), dir=tmpdir)  # SAFE
    fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    os.unlink(name)
    os.ftruncate(fd, size)
    return fd


def scratch_report(text):
    path = tempfile.mktemp(suffix=".txt")  # VULN
    with open(path, "w") as f:
        f.write(text)
    return path
`,
  ),
  ...rules(
    "CWE-835",
    "batch89: a retry loop that re-draws its value before continue; a loop whose continue skips the only step",
    `
from random import randint


def simulate_reads(chrom, n, length):
    reads = []
    i = 0
    while i < n:
        start = randint(0, len(chrom) - length)
        seq = chrom[start:start + length]
        if b"N" in seq:
            continue  # SAFE
        i += 1
        reads.append(seq)
    return reads


def first_nonempty(items):
    i = 0
    while i < len(items):
        if not items[i]:
            continue  # VULN
        i += 1
    return i
`,
  ),
  ...rules(
    "CWE-532",
    "batch89: a pan/tilt unit logs its pan angle as a float; a payment helper logs the card number",
    `
import logging

logger = logging.getLogger(__name__)


class PanTilt:
    def set_pan_tilt(self, pan, tilt):
        logger.debug("setting angles to %.4f, %.4f" % (pan, tilt))  # SAFE
        self.local_data["pan"] = pan
        self.local_data["tilt"] = tilt


def charge(card_number, amount):
    logger.info("charging card %s for %s", card_number, amount)  # VULN
`,
  ),
  ...rules(
    "CWE-703",
    "batch89: a decorator asserts its argument names against the wrapped function's signature (introspection); an assert that is the owner check",
    `
from functools import wraps
from inspect import signature


def positional_renamed(old_names):
    def deco(func):
        assert set(old_names).issubset(set(signature(func).parameters)), old_names  # SAFE

        @wraps(func)
        def inner(*args, **kwargs):
            return func(*args, **kwargs)

        return inner

    return deco


def delete_study(request, study):
    assert request.user == study.owner  # VULN
    study.delete()
`,
  ),
];
