// Dev suite "py-rules", batch 85 (format in py-rules.ts): code shapes, written blind. Where batch 83 aimed at common
// framework and library APIs, this round aims at the shapes a broad rule set's own line-level tests use and a rule
// tuned on tidy code misses: import aliasing, module attributes through variables and getattr, option dicts spread
// into calls, positional forms of keyword options, functools.partial, sinks through methods and context managers,
// string building variety, multi-line calls (the call's first line is marked), decorators, lambdas, comprehensions,
// async code, annotated code, Python 2 spellings. Several small functions per file, as a rule's test file reads.
// Own code, never taken from an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

/** Part 1: import aliasing and module attributes reached through variables. */
const PART1: DevCase[] = [
  ...rules(
    "CWE-78",
    "batch85: p1 subprocess and os.system under import aliases",
    `
import shlex
import subprocess as sp
import os as _os
from os import system as run
from subprocess import Popen as P, check_output as co


def ping(host):
    sp.call("ping -c 1 " + host, shell=True)  # VULN
    sp.call(["ping", "-c", "1", host])  # SAFE


def cleanup(path):
    run("rm -rf " + path)  # VULN


def cleanup_quoted(path):
    run("rm -rf " + shlex.quote(path))  # SAFE


def list_dir(d):
    return _os.popen("ls -l %s" % d).read()  # VULN


def tail_log(name):
    return co("tail -n 50 /var/log/" + name, shell=True)  # VULN


def tail_log_argv(name):
    return co(["tail", "-n", "50", "/var/log/" + name])  # SAFE


def spawn(cmd):
    return P(cmd, shell=True)  # VULN
`,
  ),
  ...rules(
    "CWE-78",
    "batch85: p1 os.system reached through __import__, importlib, a module variable, getattr and a function variable",
    `
import importlib
import os
import subprocess


def via_dunder(cmd):
    __import__("os").system(cmd)  # VULN


def via_importlib(cmd):
    importlib.import_module("os").system(cmd)  # VULN


def via_module_var(cmd):
    m = os
    m.system(cmd)  # VULN


def via_getattr(cmd):
    getattr(os, "system")(cmd)  # VULN


def via_function_var(cmd):
    fn = subprocess.call
    fn(cmd, shell=True)  # VULN


def via_function_var_list(args):
    fn = subprocess.call
    fn(["git", "log", "--oneline"] + list(args))  # SAFE


def via_getattr_name(cmd):
    return getattr(subprocess, "getoutput")(cmd)  # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch85: p1 deserialisers under aliases, importlib and from-imports",
    `
import importlib
import json
import pickle as pkl
import marshal as m
from pickle import loads as unpickle
import _pickle


def load_session(blob):
    return pkl.loads(blob)  # VULN


def load_session_json(blob):
    return json.loads(blob)  # SAFE


def load_state(data):
    return unpickle(data)  # VULN


def load_code(data):
    return m.loads(data)  # VULN


def load_fast(data):
    return _pickle.loads(data)  # VULN


def load_dynamic(data):
    return importlib.import_module("pickle").loads(data)  # VULN


def load_from(fh):
    return pkl.load(fh)  # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch85: p1 yaml loaders by keyword, positionally and through a variable",
    `
import yaml
from yaml import load as yload, SafeLoader, Loader


def parse_kw(text):
    return yaml.load(text, Loader=yaml.Loader)  # VULN


def parse_safe_kw(text):
    return yaml.load(text, Loader=yaml.SafeLoader)  # SAFE


def parse_positional(text):
    return yaml.load(text, yaml.UnsafeLoader)  # VULN


def parse_safe_positional(text):
    return yaml.load(text, yaml.CSafeLoader)  # SAFE


def parse_var(text):
    loader = SafeLoader
    return yaml.load(text, Loader=loader)  # SAFE


def parse_var_unsafe(text):
    loader = Loader
    return yload(text, Loader=loader)  # VULN


def parse_alias_safe(text):
    return yload(text, SafeLoader)  # SAFE


def parse_unsafe_load(text):
    return yaml.unsafe_load(text)  # VULN


def parse_all(text):
    return list(yaml.load_all(text, Loader=yaml.Loader))  # VULN
`,
  ),
  ...rules(
    "CWE-328",
    "batch85: p1 weak hashes of secrets under aliases and hashlib.new; usedforsecurity=False on non-secret data",
    `
import hashlib
from hashlib import md5 as h, sha1 as s1
import hashlib as hl


def password_digest(password):
    return h(password.encode()).hexdigest()  # VULN


def token_digest(token):
    return s1(token.encode("utf-8")).hexdigest()  # VULN


def api_key_hash(api_key):
    return hashlib.new("md5", api_key.encode()).hexdigest()  # VULN


def api_key_hash_var(api_key):
    algo = "sha1"
    return hl.new(algo, api_key.encode()).hexdigest()  # VULN


def etag(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest()  # SAFE


def cache_key(url):
    return hl.new("md5", url.encode(), usedforsecurity=False).hexdigest()  # SAFE


def password_digest_strong(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex()  # SAFE
`,
  ),
  ...rules(
    "CWE-95",
    "batch85: p1 eval and exec through aliases and builtins",
    `
import builtins
import ast

run_code = exec
evaluate = eval


def calc(expr):
    return evaluate(expr)  # VULN


def calc_literal(expr):
    return ast.literal_eval(expr)  # SAFE


def run_snippet(src):
    run_code(src)  # VULN


def calc_builtins(expr):
    return builtins.eval(expr)  # VULN


def calc_getattr(expr):
    return getattr(builtins, "eval")(expr)  # VULN


def calc_constant():
    return eval("2 ** 10")  # SAFE


def compile_user(src):
    code = compile(src, "<user>", "exec")
    exec(code)  # VULN
`,
  ),
];

/** Part 2: options carried by dicts and **kwargs, positional forms of keyword options, functools.partial. */
const PART2: DevCase[] = [
  ...rules(
    "CWE-78",
    "batch85: p2 shell=True through an options dict, positional forms and functools.partial",
    `
import functools
import subprocess

SHELL_OPTS = {"shell": True, "check": True}
PLAIN_OPTS = {"shell": False, "check": True}


def build(target):
    opts = {"shell": True}
    return subprocess.run("make " + target, **opts)  # VULN


def build_module_opts(target):
    return subprocess.run("make " + target, **SHELL_OPTS)  # VULN


def build_plain(target):
    return subprocess.run(["make", target], **PLAIN_OPTS)  # SAFE


def build_kwargs(target, **kwargs):
    kwargs["shell"] = True
    return subprocess.check_call("make " + target, **kwargs)  # VULN


def build_dict_call(target):
    return subprocess.run("make " + target, **dict(shell=True, text=True))  # VULN


shell_run = functools.partial(subprocess.run, shell=True)
argv_run = functools.partial(subprocess.run, check=True)


def archive(name):
    return shell_run("tar czf /tmp/out.tgz " + name)  # VULN


def archive_argv(name):
    return argv_run(["tar", "czf", "/tmp/out.tgz", name])  # SAFE


def use_flag(cmd, use_shell=True):
    return subprocess.Popen(cmd, shell=use_shell)  # VULN
`,
  ),
  ...rules(
    "CWE-295",
    "batch85: p2 verify=False through an options dict, a session attribute and a partial",
    `
import functools
import requests

INSECURE = {"verify": False, "timeout": 10}
SECURE = {"verify": True, "timeout": 10}


def fetch(url):
    return requests.get(url, **INSECURE)  # VULN


def fetch_secure(url):
    return requests.get(url, **SECURE)  # SAFE


def fetch_local_opts(url):
    kw = dict(timeout=5)
    kw["verify"] = False
    return requests.post(url, json={}, **kw)  # VULN


def fetch_session(url):
    s = requests.Session()
    s.verify = False  # VULN
    return s.get(url, timeout=5)


def fetch_session_ca(url):
    s = requests.Session()
    s.verify = "/etc/ssl/certs/internal-ca.pem"  # SAFE
    return s.get(url, timeout=5)


insecure_get = functools.partial(requests.get, verify=False)  # VULN


def fetch_flag(url, verify_tls=False):
    return requests.get(url, verify=verify_tls, timeout=5)  # VULN
`,
  ),
  ...rules(
    "CWE-295",
    "batch85: p2 ssl contexts: CERT_NONE, check_hostname=False, unverified context helpers",
    `
import ssl
import socket
import urllib.request
from ssl import CERT_NONE, create_default_context as mkctx


def client_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # VULN
    ctx.verify_mode = ssl.CERT_NONE  # VULN
    return ctx


def client_context_alias():
    ctx = mkctx()
    ctx.verify_mode = CERT_NONE  # VULN
    return ctx


def client_context_strict():
    ctx = mkctx(cafile="/etc/ssl/certs/ca.pem")
    ctx.verify_mode = ssl.CERT_REQUIRED  # SAFE
    ctx.check_hostname = True  # SAFE
    return ctx


def open_unverified(url):
    return urllib.request.urlopen(url, context=ssl._create_unverified_context())  # VULN


def wrap(sock):
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)  # VULN


def connect(host):
    ctx = ssl.create_default_context()
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)  # SAFE
`,
  ),
  ...rules(
    "CWE-327",
    "batch85: p2 weak TLS protocol versions by name, alias and minimum_version",
    `
import ssl
from ssl import PROTOCOL_TLSv1 as OLD_TLS, SSLContext


def legacy_ctx():
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # VULN


def legacy_ctx_alias():
    return SSLContext(OLD_TLS)  # VULN


def sslv3_ctx():
    return ssl.SSLContext(protocol=ssl.PROTOCOL_SSLv3)  # VULN


def modern_ctx():
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # SAFE


def min_version_old():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # VULN
    return ctx


def min_version_new():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2  # SAFE
    return ctx
`,
  ),
  ...rules(
    "CWE-79",
    "batch85: p2 jinja2 autoescape by keyword, positional options dict and select_autoescape",
    `
import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape

LOADER = FileSystemLoader("templates")


def make_env():
    return Environment(loader=LOADER, autoescape=False)  # VULN


def make_env_default():
    return Environment(loader=LOADER)  # VULN


def make_env_select():
    return Environment(loader=LOADER, autoescape=select_autoescape(["html", "xml"]))  # SAFE


def make_env_true():
    return jinja2.Environment(loader=LOADER, autoescape=True)  # SAFE


def make_env_opts():
    opts = {"loader": LOADER, "autoescape": False}
    return Environment(**opts)  # VULN


def make_env_opts_safe():
    opts = {"loader": LOADER, "autoescape": True}
    return Environment(**opts)  # SAFE
`,
  ),
  ...rules(
    "CWE-377",
    "batch85: p2 tempfile.mktemp under aliases against mkstemp and NamedTemporaryFile",
    `
import tempfile
from tempfile import mktemp as tmpname, mkstemp, NamedTemporaryFile
import tempfile as tf


def scratch_path():
    return tmpname(suffix=".dat")  # VULN


def scratch_path_module():
    return tf.mktemp()  # VULN


def scratch_write(data):
    path = tempfile.mktemp(dir="/tmp")  # VULN
    with open(path, "wb") as fh:
        fh.write(data)


def scratch_fd():
    fd, path = mkstemp(suffix=".dat")  # SAFE
    return fd, path


def scratch_named(data):
    with NamedTemporaryFile(delete=False) as fh:  # SAFE
        fh.write(data)
        return fh.name
`,
  ),
  ...rules(
    "CWE-732",
    "batch85: p2 chmod with computed modes, stat flags and octal spellings",
    `
import os
import stat
from pathlib import Path
from os import chmod as set_mode

WORLD = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO
OWNER = stat.S_IRUSR | stat.S_IWUSR


def open_up(path):
    os.chmod(path, 0o777)  # VULN


def open_up_decimal(path):
    os.chmod(path, 511)  # VULN


def open_up_flags(path):
    os.chmod(path, WORLD)  # VULN


def open_up_other_write(path):
    set_mode(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IWOTH)  # VULN


def lock_down(path):
    os.chmod(path, OWNER)  # SAFE


def lock_down_octal(path):
    set_mode(path, 0o600)  # SAFE


def add_exec(path):
    st = os.stat(path)
    os.chmod(path, st.st_mode | stat.S_IXUSR)  # SAFE


def group_read(path):
    Path(path).chmod(mode=0o640)  # SAFE


def open_all(path):
    Path(path).chmod(mode=0o666)  # VULN
`,
  ),
];

/** Part 3: SQL and markup sinks through object methods and context managers, string building variety, multi-line calls. */
const PART3: DevCase[] = [
  ...rules(
    "CWE-89",
    "batch85: p3 sqlite3 and DB-API cursors through chained methods and context managers",
    `
import sqlite3
from contextlib import closing


def find_user(db_path, name):
    with sqlite3.connect(db_path) as c:
        return c.execute(f"SELECT * FROM users WHERE name = '{name}'").fetchall()  # VULN


def find_user_param(db_path, name):
    with sqlite3.connect(db_path) as c:
        return c.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall()  # SAFE


def delete_user(conn, uid):
    conn.cursor().execute("DELETE FROM users WHERE id = %s" % uid)  # VULN


def delete_user_param(conn, uid):
    conn.cursor().execute("DELETE FROM users WHERE id = %s", (uid,))  # SAFE


def count_rows(db_path, table):
    with closing(sqlite3.connect(db_path)) as conn, closing(conn.cursor()) as cur:
        cur.execute("SELECT COUNT(*) FROM {}".format(table))  # VULN
        return cur.fetchone()[0]


def rename(conn, old, new):
    cur = conn.cursor()
    cur.execute(  # VULN
        "UPDATE users SET name = '" + new + "' "
        "WHERE name = '" + old + "'"
    )


def rename_param(conn, old, new):
    cur = conn.cursor()
    cur.execute(  # SAFE
        "UPDATE users SET name = ? WHERE name = ?",
        (new, old),
    )


def bulk(conn, names):
    conn.executemany("INSERT INTO t(name) VALUES (?)", [(n,) for n in names])  # SAFE


def script(conn, table):
    conn.executescript("DROP TABLE IF EXISTS %s; VACUUM;" % table)  # VULN
`,
  ),
  ...rules(
    "CWE-89",
    "batch85: p3 SQL built with +=, join, Template, conversions and format specs",
    `
from string import Template


def search(cur, terms):
    sql = "SELECT id FROM docs WHERE 1=1"
    for t in terms:
        sql += " AND body LIKE '%" + t + "%'"
    cur.execute(sql)  # VULN


def search_param(cur, terms):
    sql = "SELECT id FROM docs WHERE 1=1"
    params = []
    for t in terms:
        sql += " AND body LIKE ?"
        params.append("%" + t + "%")
    cur.execute(sql, params)  # SAFE


def by_ids(cur, ids):
    cur.execute("SELECT * FROM items WHERE id IN (" + ",".join(ids) + ")")  # VULN


def by_ids_param(cur, ids):
    marks = ",".join("?" for _ in ids)
    cur.execute("SELECT * FROM items WHERE id IN (" + marks + ")", ids)  # SAFE


def by_ids_int(cur, ids):
    cur.execute("SELECT * FROM items WHERE id IN (%s)" % ",".join(str(int(i)) for i in ids))  # SAFE


def by_name_template(cur, name):
    q = Template("SELECT * FROM users WHERE name = '$name'").substitute(name=name)
    cur.execute(q)  # VULN


def by_name_repr(cur, name):
    cur.execute(f"SELECT * FROM users WHERE name = {name!r}")  # VULN


def page(cur, limit):
    cur.execute(f"SELECT * FROM users LIMIT {limit:d}")  # SAFE


def by_name_named(cur, name):
    cur.execute("SELECT * FROM users WHERE name = '%(n)s'" % {"n": name})  # VULN


def by_name_named_param(cur, name):
    cur.execute("SELECT * FROM users WHERE name = %(n)s", {"n": name})  # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch85: p3 SQLAlchemy sessions, engines and connections",
    `
from sqlalchemy import create_engine, text

engine = create_engine("postgresql://app@db/app")


def orders_for(session, customer):
    return session.execute(text(f"SELECT * FROM orders WHERE customer = '{customer}'")).all()  # VULN


def orders_for_bound(session, customer):
    return session.execute(text("SELECT * FROM orders WHERE customer = :c"), {"c": customer}).all()  # SAFE


def purge(table):
    with engine.connect() as conn:
        conn.exec_driver_sql("TRUNCATE " + table)  # VULN


def purge_fixed():
    with engine.connect() as conn:
        conn.exec_driver_sql("TRUNCATE audit_log")  # SAFE


def stats(day):
    return engine.connect().execute(text("SELECT * FROM stats WHERE day = '%s'" % day))  # VULN


def stats_begin(day):
    with engine.begin() as conn:
        return conn.execute(  # VULN
            text(
                "SELECT * FROM stats "
                "WHERE day = '" + day + "'"
            )
        ).all()
`,
  ),
  ...rules(
    "CWE-89",
    "batch85: p3 Django raw, extra, RawSQL and cursor with keyword and multi-line forms",
    `
from django.db import connection
from django.db.models.expressions import RawSQL
from myapp.models import Article


def by_tag(request):
    tag = request.GET["tag"]
    return Article.objects.raw(  # VULN
        "SELECT * FROM myapp_article WHERE tag = '%s'" % tag
    )


def by_tag_param(request):
    tag = request.GET["tag"]
    return Article.objects.raw(  # SAFE
        "SELECT * FROM myapp_article WHERE tag = %s",
        [tag],
    )


def ordered(request):
    col = request.GET.get("sort", "id")
    return Article.objects.extra(order_by=[col])  # VULN


def extra_select(request):
    word = request.GET["w"]
    return Article.objects.extra(select={"hit": "body LIKE '%%" + word + "%%'"})  # VULN


def annotated(request):
    word = request.GET["w"]
    return Article.objects.annotate(hit=RawSQL("body LIKE %s", ("%" + word + "%",)))  # SAFE


def raw_cursor(request):
    author = request.GET["author"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM myapp_article WHERE author = '{}'".format(author))  # VULN
        return cursor.fetchall()
`,
  ),
  ...rules(
    "CWE-79",
    "batch85: p3 mark_safe, Markup and format_html with formatted strings",
    `
from django.utils.html import format_html, escape
from django.utils.safestring import mark_safe as safe
from markupsafe import Markup


def badge(user):
    return safe("<b>%s</b>" % user.display_name)  # VULN


def badge_escaped(user):
    return safe("<b>%s</b>" % escape(user.display_name))  # SAFE


def badge_format_html(user):
    return format_html("<b>{}</b>", user.display_name)  # SAFE


def link(title, href):
    return Markup(f'<a href="{href}">{title}</a>')  # VULN


def link_format(title, href):
    return Markup('<a href="{}">{}</a>').format(href, title)  # SAFE


def list_items(items):
    return safe("".join("<li>%s</li>" % i for i in items))  # VULN


def list_items_escaped(items):
    return safe("".join("<li>%s</li>" % escape(i) for i in items))  # SAFE


def labels(names):
    html = "<ul>"
    for n in names:
        html += "<li>" + n + "</li>"
    return Markup(html + "</ul>")  # VULN
`,
  ),
  ...rules(
    "CWE-1336",
    "batch85: p3 Flask render_template_string from requests, through aliases and multi-line calls",
    `
from flask import Flask, request, render_template_string as rts, render_template

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return rts("<h1>Hello " + name + "</h1>")  # VULN


@app.route("/hello2")
def hello2():
    name = request.args.get("name", "")
    return rts("<h1>Hello {{ name }}</h1>", name=name)  # SAFE


@app.route("/page")
def page():
    body = request.form["body"]
    return rts(  # VULN
        f"""
        <html><body>{body}</body></html>
        """
    )


@app.route("/page2")
def page2():
    return render_template("page.html", body=request.form["body"])  # SAFE
`,
  ),
];

/** Part 4: decorators, lambdas, comprehensions, async code, annotated code and dataclasses, Python 2 spellings. */
const PART4: DevCase[] = [
  ...rules(
    "CWE-78",
    "batch85: p4 lambdas, comprehensions, decorators and map feeding shell sinks",
    `
import os
import subprocess
import functools

run_shell = lambda c: os.system(c)  # VULN
run_argv = lambda args: subprocess.run(args, check=True)  # SAFE


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **kw):
        return fn(*a, **kw)
    return wrapper


@logged
def convert(src, dst):
    os.system(f"convert {src} {dst}")  # VULN


@logged
def convert_argv(src, dst):
    subprocess.run(["convert", src, dst], check=True)  # SAFE


def ping_all(hosts):
    return [subprocess.getoutput("ping -c1 " + h) for h in hosts]  # VULN


def ping_all_argv(hosts):
    return [subprocess.run(["ping", "-c1", h], capture_output=True) for h in hosts]  # SAFE


def remove_all(paths):
    list(map(lambda p: os.system("rm " + p), paths))  # VULN


def touch_all(paths):
    for p in (x.strip() for x in paths):
        subprocess.call("touch %s" % p, shell=True)  # VULN
`,
  ),
  ...rules(
    "CWE-78",
    "batch85: p4 asyncio subprocess shell against exec",
    `
import asyncio
import shlex
from asyncio import create_subprocess_shell as shell


async def run_job(cmd: str) -> bytes:
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)  # VULN
    out, _ = await proc.communicate()
    return out


async def run_job_argv(cmd: str) -> bytes:
    proc = await asyncio.create_subprocess_exec(*shlex.split(cmd), stdout=asyncio.subprocess.PIPE)  # SAFE
    out, _ = await proc.communicate()
    return out


async def grep(pattern: str, path: str) -> int:
    proc = await shell(f"grep -r {pattern} {path}")  # VULN
    return await proc.wait()


async def grep_quoted(pattern: str, path: str) -> int:
    proc = await shell(f"grep -r {shlex.quote(pattern)} {shlex.quote(path)}")  # SAFE
    return await proc.wait()


async def uptime() -> int:
    proc = await asyncio.create_subprocess_shell("uptime")  # SAFE
    return await proc.wait()
`,
  ),
  ...rules(
    "CWE-295",
    "batch85: p4 aiohttp and httpx with certificate checks off",
    `
import aiohttp
import httpx
import ssl


async def fetch(url: str) -> str:
    async with aiohttp.ClientSession() as s:
        async with s.get(url, ssl=False) as r:  # VULN
            return await r.text()


async def fetch_checked(url: str) -> str:
    async with aiohttp.ClientSession() as s:
        async with s.get(url, ssl=ssl.create_default_context()) as r:  # SAFE
            return await r.text()


async def fetch_connector(url: str) -> str:
    conn = aiohttp.TCPConnector(verify_ssl=False)  # VULN
    async with aiohttp.ClientSession(connector=conn) as s:
        async with s.get(url) as r:
            return await r.text()


async def fetch_httpx(url: str) -> str:
    async with httpx.AsyncClient(verify=False) as client:  # VULN
        r = await client.get(url)
        return r.text


def fetch_httpx_sync(url: str) -> str:
    with httpx.Client(verify="/etc/ssl/certs/ca.pem", timeout=10) as client:  # SAFE
        return client.get(url).text
`,
  ),
  ...rules(
    "CWE-22",
    "batch85: p4 aiofiles and open() with request-built paths in async handlers",
    `
import os
import aiofiles
from aiohttp import web

BASE = "/srv/files"


async def download(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    async with aiofiles.open(os.path.join(BASE, name), "rb") as f:  # VULN
        return web.Response(body=await f.read())


async def download_checked(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    path = os.path.realpath(os.path.join(BASE, name))
    if not path.startswith(BASE + os.sep):
        raise web.HTTPForbidden()
    async with aiofiles.open(path, "rb") as f:  # SAFE
        return web.Response(body=await f.read())


async def upload(request: web.Request) -> web.Response:
    data = await request.post()
    field = data["file"]
    with open(f"{BASE}/{field.filename}", "wb") as out:  # VULN
        out.write(field.file.read())
    return web.Response(text="ok")


async def upload_basename(request: web.Request) -> web.Response:
    data = await request.post()
    field = data["file"]
    with open(os.path.join(BASE, os.path.basename(field.filename)), "wb") as out:  # SAFE
        out.write(field.file.read())
    return web.Response(text="ok")
`,
  ),
  ...rules(
    "CWE-798",
    "batch85: p4 hard-coded passwords in defaults, keyword arguments, dicts, dataclasses and comparisons",
    `
import os
from dataclasses import dataclass, field
import psycopg2


def connect(user: str = "admin", password: str = "Sup3rS3cret!"):  # VULN
    return psycopg2.connect(host="db", user=user, password=password)


def connect_env(user: str = "admin", password: str | None = None):  # SAFE
    return psycopg2.connect(host="db", user=user, password=password or os.environ["DB_PASSWORD"])


def connect_kw():
    return psycopg2.connect(host="db", user="app", password="app-db-2023")  # VULN


DB_CONFIG = {
    "host": "db",
    "user": "app",
    "password": "Tr0ub4dor&3",  # VULN
}

DB_CONFIG_ENV = {
    "host": "db",
    "password": os.environ.get("DB_PASSWORD", ""),  # SAFE
}


@dataclass
class SmtpSettings:
    host: str = "smtp.example.com"
    username: str = "mailer"
    password: str = "m4iler-pass"  # VULN


@dataclass
class SmtpSettingsEnv:
    host: str = "smtp.example.com"
    password: str = field(default_factory=lambda: os.environ["SMTP_PASSWORD"])  # SAFE


def login(username, password):
    if username == "admin" and password == "hunter2":  # VULN
        return True
    return False


def login_empty(password):
    if password == "":  # SAFE
        return False
    return check(password)
`,
  ),
  ...rules(
    "CWE-78",
    "batch85: p4 Python 2 spellings: os.popen2/3, popen2, commands",
    `
import os
import commands
import popen2


def disk_usage(path):
    return commands.getoutput("du -sh " + path)  # VULN


def disk_status(path):
    return commands.getstatusoutput("df " + path)  # VULN


def pipe(cmd):
    child_in, child_out = os.popen2(cmd)  # VULN
    return child_out.read()


def pipe3(cmd):
    i, o, e = os.popen3(cmd)  # VULN
    return o.read()


def legacy(cmd):
    p = popen2.Popen3(cmd)  # VULN
    return p.wait()


def fixed():
    return commands.getoutput("uname -a")  # SAFE
`,
  ),
];

/** Part 5: deserialisers and eval of literals vs input, debug and bind-all runs, assert and except-pass, timeouts, XXE, class and instance shapes. */
const PART5: DevCase[] = [
  ...rules(
    "CWE-327",
    "batch85: p5 ciphers and modes under aliases and through mode variables",
    `
from Crypto.Cipher import AES as A, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes as m
import os


def seal(key, data):
    return A.new(key, A.MODE_ECB).encrypt(data)  # VULN


def seal_gcm(key, data):
    c = A.new(key, A.MODE_GCM)  # SAFE
    return c.nonce, c.encrypt_and_digest(data)


def seal_mode_var(key, data):
    mode = A.MODE_ECB
    return A.new(key, mode).encrypt(data)  # VULN


def seal_des(key, data):
    return DES.new(key, DES.MODE_CBC, iv=os.urandom(8)).encrypt(data)  # VULN


def seal_hazmat(key, data):
    enc = Cipher(algorithms.AES(key), m.ECB()).encryptor()  # VULN
    return enc.update(data) + enc.finalize()


def seal_hazmat_gcm(key, data):
    iv = os.urandom(12)
    enc = Cipher(algorithms.AES(key), m.GCM(iv)).encryptor()  # SAFE
    return iv, enc.update(data) + enc.finalize(), enc.tag
`,
  ),
  ...rules(
    "CWE-338",
    "batch85: p5 random under aliases for tokens against secrets",
    `
import random as rnd
from random import choice, randint as ri
import secrets
import string

ALPHABET = string.ascii_letters + string.digits


def reset_token():
    return "".join(rnd.choice(ALPHABET) for _ in range(32))  # VULN


def reset_token_secure():
    return "".join(secrets.choice(ALPHABET) for _ in range(32))  # SAFE


def session_id():
    return "%032x" % rnd.getrandbits(128)  # VULN


def otp_code():
    return str(ri(100000, 999999))  # VULN


def api_key():
    return "".join([choice(ALPHABET) for _ in range(40)])  # VULN


def shuffle_deck(cards):
    rnd.shuffle(cards)  # SAFE
    return cards
`,
  ),
  ...rules(
    "CWE-347",
    "batch85: p5 JWT signature checks off through options dicts and variables",
    `
import jwt

NO_VERIFY = {"verify_signature": False}


def claims(token):
    return jwt.decode(token, options={"verify_signature": False})  # VULN


def claims_opts(token):
    return jwt.decode(token, options=NO_VERIFY)  # VULN


def claims_checked(token, key):
    return jwt.decode(token, key, algorithms=["RS256"])  # SAFE


def claims_none(token):
    return jwt.decode(token, None, algorithms=["none"])  # VULN


def header_only(token):
    return jwt.get_unverified_header(token)["kid"]  # SAFE
`,
  ),
  ...rules(
    "CWE-918",
    "batch85: p5 outbound requests to request-chosen URLs through aliases and helper methods",
    `
import requests as rq
from urllib.request import urlopen as fetch
from flask import request

ALLOWED = {"https://api.example.com/status", "https://api.example.com/health"}


def proxy():
    return rq.get(request.args["url"], timeout=5).text  # VULN


def proxy_allowed():
    url = request.args["url"]
    if url not in ALLOWED:
        return "no", 400
    return rq.get(url, timeout=5).text  # SAFE


def preview():
    target = request.form.get("target")
    return fetch(target).read()  # VULN


def webhook():
    s = rq.Session()
    return s.post(request.json["callback"], json={"ok": True}, timeout=5).status_code  # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch85: p5 shelve, dill, jsonpickle, marshal, pickle from files, sockets and requests",
    `
import dill
import jsonpickle
import marshal
import pickle
import shelve
import json
from flask import request


def restore(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)  # VULN


def restore_json(path):
    with open(path) as fh:
        return json.load(fh)  # SAFE


def from_socket(sock):
    return pickle.loads(sock.recv(65536))  # VULN


def from_request():
    return dill.loads(request.get_data())  # VULN


def from_request_jp():
    return jsonpickle.decode(request.data.decode())  # VULN


def from_request_jp_encode(obj):
    return jsonpickle.encode(obj)  # SAFE


def cache_open(name):
    return shelve.open(request.args["db"])  # VULN


def code_from_cache(path):
    with open(path, "rb") as fh:
        return marshal.load(fh)  # VULN


def dump_state(state, path):
    with open(path, "wb") as fh:
        pickle.dump(state, fh)  # SAFE
`,
  ),
  ...rules(
    "CWE-95",
    "batch85: p5 eval, exec and compile of literals against request input",
    `
from flask import Flask, request

app = Flask(__name__)
DEFAULTS = "{'page': 1, 'size': 20}"


@app.route("/calc")
def calc():
    return str(eval(request.args["expr"]))  # VULN


@app.route("/defaults")
def defaults():
    return str(eval(DEFAULTS))  # SAFE


@app.route("/run", methods=["POST"])
def run():
    src = request.form.get("code", "")
    exec(src, {"__builtins__": {}})  # VULN
    return "ok"


@app.route("/compiled", methods=["POST"])
def compiled():
    code = compile(request.get_data(as_text=True), "<req>", "eval")
    return str(eval(code))  # VULN


@app.route("/fixed")
def fixed():
    code = compile("1 + 1", "<const>", "eval")
    return str(eval(code))  # SAFE


@app.route("/attr")
def attr():
    field = request.args["field"]
    return str(eval("settings." + field))  # VULN
`,
  ),
  ...rules(
    "CWE-489",
    "batch85: p5 debug runs through options, variables and framework settings",
    `
import os
from flask import Flask

app = Flask(__name__)
DEBUG = True


def main():
    app.run(host="127.0.0.1", port=5000, debug=True)  # VULN


def main_env():
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")  # SAFE


def main_const():
    app.run(debug=DEBUG)  # VULN


def main_opts():
    opts = {"debug": True, "port": 8080}
    app.run(**opts)  # VULN


def main_off():
    app.run(debug=False)  # SAFE


app.config["DEBUG"] = True  # VULN
app.debug = True  # VULN
`,
  ),
  ...rules(
    "CWE-605",
    "batch85: p5 binding every interface through strings, tuples and variables",
    `
import socket
from http.server import HTTPServer, BaseHTTPRequestHandler
from flask import Flask

app = Flask(__name__)
ALL = "0.0.0.0"


def serve():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("0.0.0.0", 9000))  # VULN
    s.listen()


def serve_local():
    s = socket.socket()
    s.bind(("127.0.0.1", 9000))  # SAFE
    s.listen()


def serve_empty():
    s = socket.socket()
    s.bind(("", 9000))  # VULN
    s.listen()


def http():
    HTTPServer((ALL, 8000), BaseHTTPRequestHandler).serve_forever()  # VULN


def flask_main():
    app.run(host=ALL, port=8000)  # VULN


def flask_local():
    app.run(host="localhost", port=8000)  # SAFE
`,
  ),
  ...rules(
    "CWE-703",
    "batch85: p5 assert guarding access and exceptions swallowed around security checks",
    `
import jwt
from flask import g, abort


def delete_post(post):
    assert g.user.id == post.author_id  # VULN
    post.delete()


def delete_post_checked(post):
    if g.user.id != post.author_id:  # SAFE
        abort(403)
    post.delete()


def admin_only():
    assert g.user.is_admin, "admins only"  # VULN


def decode(token, key):
    claims = {}
    try:
        claims = jwt.decode(token, key, algorithms=["HS256"])
    except Exception:  # VULN
        pass
    return claims


def cleanup(path):
    import os
    try:
        os.remove(path)
    except FileNotFoundError:  # SAFE
        pass
`,
  ),
  ...rules(
    "CWE-400",
    "batch85: p5 requests without a timeout, through aliases, sessions and option dicts",
    `
import requests
import requests as rq
from requests import get as http_get

OPTS = {"timeout": 10}


def ping(url):
    return requests.get(url)  # VULN


def ping_timeout(url):
    return requests.get(url, timeout=5)  # SAFE


def ping_alias(url):
    return rq.post(url, json={"a": 1})  # VULN


def ping_from(url):
    return http_get(url)  # VULN


def ping_opts(url):
    return requests.get(url, **OPTS)  # SAFE


def ping_request(url):
    return requests.request("GET", url)  # VULN
`,
  ),
  ...rules(
    "CWE-611",
    "batch85: p5 lxml and xml.sax parsers with entity resolution on, through aliases",
    `
from lxml import etree as LET
import xml.sax
import xml.etree.ElementTree as ET
import defusedxml.ElementTree as DET

UNSAFE = LET.XMLParser(resolve_entities=True, no_network=False)  # VULN


def parse(body):
    return LET.fromstring(body, UNSAFE)


def parse_safe(body):
    return LET.fromstring(body, LET.XMLParser(resolve_entities=False))  # SAFE


def parse_sax(stream, handler):
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)  # VULN
    parser.setContentHandler(handler)
    parser.parse(stream)


def parse_stdlib(body):
    return ET.fromstring(body)  # SAFE


def parse_defused(body):
    return DET.fromstring(body)  # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch85: p5 commands held on instances and classes, walrus and conditional options",
    `
import os
import subprocess
import sys


class Runner:
    def __init__(self, cmd):
        self.cmd = cmd

    def run(self):
        return subprocess.run(self.cmd, shell=True)  # VULN

    def run_argv(self):
        return subprocess.run(self.cmd.split(), shell=False)  # SAFE


class Tool:
    BIN = "/usr/bin/convert"

    def resize(self, size):
        return os.system(f"{self.BIN} -resize {size} in.png out.png")  # VULN


def maybe_shell(cmd):
    return subprocess.run(cmd, shell=sys.platform == "win32")  # VULN


def walrus():
    if (cmd := input("command: ")):
        os.system(cmd)  # VULN


def from_argv():
    subprocess.call(" ".join(sys.argv[1:]), shell=True)  # VULN


def fixed_list():
    subprocess.call("ls -la /tmp", shell=True)  # SAFE
`,
  ),
];

/**
 * Part 6, written after parts 1-5 were measured and their first fixes made, from probes of the same brief (sinks
 * bound in tuples, dispatch tables and class bodies; assignment expressions): measured before its own fixes.
 */
const PART6: DevCase[] = [
  ...rules(
    "CWE-78",
    "batch85: p6 sinks held in dispatch tables, tuple bindings and class bodies",
    `
import os
import shlex
import subprocess

HANDLERS = {"shell": os.system, "log": print}


def dispatch(cmd):
    HANDLERS["shell"](cmd)  # VULN


def dispatch_log(cmd):
    HANDLERS["log"](cmd)  # SAFE


def tuple_bound(cmd):
    run, quote = os.system, shlex.quote
    run(quote(cmd))  # SAFE


def tuple_bound_raw(cmd):
    run, quote = os.system, shlex.quote
    run(cmd)  # VULN


class Shell:
    runner = staticmethod(os.system)
    checker = staticmethod(subprocess.check_output)

    def go(self, cmd):
        self.runner(cmd)  # VULN

    def go_argv(self, path):
        return self.checker(["ls", "-l", path])  # SAFE
`,
  ),
  ...rules(
    "CWE-502",
    "batch85: p6 a deserialiser kept as a class attribute",
    `
import json
import pickle


class Cache:
    loads = staticmethod(pickle.loads)

    def get(self, blob):
        return self.loads(blob)  # VULN


class JsonCache:
    loads = staticmethod(json.loads)

    def get(self, blob):
        return self.loads(blob)  # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch85: p6 queries bound by assignment expressions",
    `
import sqlite3


def find(db, name):
    with sqlite3.connect(db) as c:
        rows = c.execute(q := f"SELECT * FROM t WHERE a = '{name}'").fetchall()  # VULN
        return q, rows


def find_param(db, name):
    with sqlite3.connect(db) as c:
        rows = c.execute(q := "SELECT * FROM t WHERE a = ?", (name,)).fetchall()  # SAFE
        return q, rows


def count(cur, table):
    if (sql := "SELECT COUNT(*) FROM " + table):
        cur.execute(sql)  # VULN
`,
  ),
];

export const BATCH85: DevCase[] = [...PART1, ...PART2, ...PART3, ...PART4, ...PART5, ...PART6];
