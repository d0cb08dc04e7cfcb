// Dev suite "py-rules", batch 90 (format in py-rules.ts): false alarms on real library code, sixteenth round.
// Written after a stratified seeded sample (seed 9999; at most 10 findings per package, 25 per rule) of the analyzer's
// MEDIUM+ findings on seventy-five Debian bookworm packages never analysed before (a code formatter, an archive
// uploader client, a cache library, a persistent queue, a tree library for Django, a network builder for neuroscience
// models, a PostgreSQL driver in cffi, a SOCKS proxy chain, a Swagger UI, a lexer collection, a bitcoin library),
// in the same shapes but new code. Marked positives beside them guard recall. Own code, never taken from an advisory
// or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH90: DevCase[] = [
  ...rules(
    "CWE-295",
    "batch90: verify= as a formatter's or uploader's own option (re-parse the output, compare checksums), documented as such; requests calls that turn certificate checks off",
    `
import hashlib

from prettify import layout


def render_source(source, style=None, verify=False):
    """Reformat source text.

    Args:
      source: the text to reformat.
      style: a style name or None for the default.
      verify: (bool) True to re-parse the result and check it is still valid.
    """
    lines = layout.split_lines(source)
    return layout.render(lines, style=style, verify=verify)  # SAFE


def render_file(path, verify=False):
    """Reformat a file in place.

    :param path: the file to rewrite.
    :param verify: compare the MD5 checksum of the written file with the one reported back.
    """
    with open(path) as fh:
        text = render_source(fh.read(), verify=verify)  # SAFE
    return text


def test_roundtrip():
    out = layout.render(layout.split_lines("x = 1\\n"), verify=False)  # SAFE
    assert out == "x = 1\\n"
`,
  ),
  ...rules(
    "CWE-295",
    "batch90: a helper whose documented verify parameter is the TLS check; a literal verify=False on a session call",
    `
import requests


def push_report(url, payload, verify=False):
    """Send a report.

    :param url: the collector endpoint.
    :param verify: whether to verify the collector's TLS certificate.
    """
    return requests.post(url, json=payload, verify=verify, timeout=10)  # VULN


def pull(session, url):
    return session.get(url, verify=False, timeout=10)  # VULN
`,
  ),
  ...rules(
    "CWE-208",
    "batch90: lexer and tokenizer tokens compared with == (indent columns, stream positions, token types, pad tokens); an API token compared with ==",
    `
import hmac

from lexkit import Comment, Token

API_TOKEN = "set-from-env"


class State:
    def next_indent(self, top, first):
        token_indent = len(first.prefix) + 4
        if token_indent == top.indent:  # SAFE
            return token_indent + 4
        return token_indent

    def walk(self, first, last_token):
        tok = first
        while tok != last_token:  # SAFE
            tok = tok.next_token
        return tok

    def dialect(self, stream):
        for index, token, value in stream:
            if token == Comment.Special:  # SAFE
                return value
        return None


def strip_padding(ids, tokenizer):
    return [i for i in ids if i != tokenizer.pad_token]  # SAFE


def check(request):
    if request.headers.get("X-Api-Token") == API_TOKEN:  # VULN
        return True
    return hmac.compare_digest(request.headers.get("X-Api-Token", ""), API_TOKEN)  # SAFE
`,
  ),
  ...rules(
    "CWE-328",
    "batch90: MD5 fingerprints of configuration values compared across worker ranks (a consistency check, no secret); MD5 of a password",
    `
import hashlib


def fingerprint(values):
    parts = sorted(str(v) for v in values)
    return hashlib.md5(":".join(parts).encode("utf-8")).hexdigest()  # SAFE


def check_ranks(props, comm):
    keys = sorted(props)
    hash_id = hashlib.md5(":".join(keys).encode("utf-8")).hexdigest()  # SAFE
    if len(set(comm.allgather(hash_id))) > 1:
        raise RuntimeError("properties differ across ranks")
    for key in keys:
        val = props[key]
        if isinstance(val, bytes):
            phash = hashlib.md5(val).hexdigest()  # SAFE
        else:
            phash = hashlib.md5(str(val).encode("utf-8")).hexdigest()  # SAFE
        if len(set(comm.allgather(phash))) > 1:
            raise RuntimeError(key + " differs across ranks")


def store_password(db, user, password):
    db.save(user, hashlib.md5(password.encode()).hexdigest())  # VULN
`,
  ),
  ...rules(
    "CWE-330",
    "batch90: uuid1 ids for records an integration test creates and deletes; a uuid1 session token in app code",
    `
import unittest
from uuid import uuid1, uuid4

from archive_client import Server

server = Server("config.cfg")
subject_id = uuid1().hex  # SAFE


class SubjectTests(unittest.TestCase):
    def test_create_delete(self):
        sid = uuid1().hex  # SAFE
        s = server.project("demo").subject(sid)
        s.create()
        self.assertTrue(s.exists())
        s.delete()


def new_session(user):
    token = uuid1().hex  # VULN
    return {"user": user, "session_token": token, "csrf": uuid4().hex}
`,
  ),
  ...rules(
    "CWE-1333",
    "batch90: a compiled pattern named regex whose .sub gets the replacement text (not a pattern); a pattern built from the request",
    `
import re

from flask import request


def inline_imports(doc, load):
    regex = re.compile('include: "(.*)"')
    found = regex.search(doc)
    if found:
        text = load(found.group(1))
        doc = regex.sub(text.replace("\\\\", "\\\\\\\\"), doc, count=1)  # SAFE
    return doc


def grep():
    pattern = request.args.get("q", "")
    return [line for line in open("log.txt") if re.search(pattern, line)]  # VULN
`,
  ),
  // Written after this round's fixes (not blind): the sample's further shapes, each beside a positive.
  ...rules(
    "CWE-798",
    "batch90: a Django settings module for the test suite (in-memory database, a tests app) with a literal SECRET_KEY; the production settings beside it",
    `
"""Settings used by the unit tests of the shop app."""
SECRET_KEY = "suite-only-8f2c1a"  # SAFE

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": ":memory:",
    }
}

INSTALLED_APPS = [
    "django.contrib.auth",
    "shop",
    "shop.tests",
]
`,
  ),
  ...rules(
    "CWE-798",
    "batch90: production settings with a literal SECRET_KEY",
    `
import os

SECRET_KEY = "prod-9a7c2e1f0b3d4c5e6f708192a3b4c5d6"  # VULN

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "shop"),
    }
}

INSTALLED_APPS = [
    "django.contrib.auth",
    "shop",
]
`,
  ),
  ...rules(
    "CWE-89",
    "batch90: a queue class counting rows of its own table through str.format, and a tree move with a quoted table name and %(k)d numbers; a column name taken from the caller",
    `
import sqlite3

from django.db import connection


class DiskQueue:
    def __init__(self, path, name="queue"):
        self._db = sqlite3.connect(path)
        self._table = "q_" + name
        self._key = "_id"

    def size(self):
        sql = "SELECT COUNT({}) FROM {} WHERE status < ?".format(self._key, self._table)
        return self._db.execute(sql, (2,)).fetchone()[0]  # SAFE

    def count_by(self, column):
        sql = "SELECT COUNT({}) FROM {}".format(column, self._table)
        return self._db.execute(sql).fetchone()[0]  # VULN


def shift(model, tree_id, jump):
    sql = "UPDATE %(table)s SET lft = lft + %(jump)d WHERE tree_id = %(tree)d" % {
        "table": connection.ops.quote_name(model._meta.db_table),
        "jump": jump,
        "tree": tree_id,
    }
    connection.cursor().execute(sql, [])  # SAFE


def rename(model, label):
    sql = "UPDATE %(table)s SET label = '%(label)s'" % {
        "table": connection.ops.quote_name(model._meta.db_table),
        "label": label,
    }
    connection.cursor().execute(sql)  # VULN
`,
  ),
];
