// Dev suite "py-snippets", batch 53 (see py-snippets.ts): written blind, measured before any fix it prompted.
// Answers that attempt the secure pattern and get it subtly wrong, each beside the version that gets it right,
// written the way a current coding assistant answers a request (type hints, docstrings, pydantic, pathlib,
// f-strings, helpers split across a module): parameterised values with identifiers from input, shlex.quote on one
// argument only or inside quotes, argument lists with option injection, path checks without a separator or before
// resolve(), unsafe YAML loaders, defusedxml imported but not used, escaping the wrong variable, JWT options,
// weak salts and iteration counts, prefix URL checks, redirect checks, unanchored validators, archive checks,
// permissions, CSRF/login/rate limits on one view only, secrets with fallbacks, debug flags, TLS contexts.
// Labels by MITRE's definitions. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH53: DevCase[] = [
  // ---------------- CWE-89: values bound, identifiers from input ----------------
  bad(
    "CWE-89",
    "batch53: listing query binds the filter value but puts the sort column from the query string in an f-string",
    src`
import sqlite3
from typing import Any


def list_products(conn: sqlite3.Connection, category: str, sort: str = "name") -> list[dict[str, Any]]:
    """Return products in a category, sorted by the requested column."""
    query = f"SELECT id, name, price FROM products WHERE category = ? ORDER BY {sort}"
    rows = conn.execute(query, (category,)).fetchall()
    return [dict(zip(("id", "name", "price"), row)) for row in rows]
`,
  ),
  good(
    "CWE-89",
    "batch53: listing query binds the filter value and maps the sort key through an allow-list of columns",
    src`
import sqlite3
from typing import Any

SORT_COLUMNS = {"name": "name", "price": "price", "newest": "created_at"}


def list_products(conn: sqlite3.Connection, category: str, sort: str = "name") -> list[dict[str, Any]]:
    """Return products in a category, sorted by one of the known columns."""
    column = SORT_COLUMNS.get(sort, "name")
    query = f"SELECT id, name, price FROM products WHERE category = ? ORDER BY {column}"
    rows = conn.execute(query, (category,)).fetchall()
    return [dict(zip(("id", "name", "price"), row)) for row in rows]
`,
  ),
  bad(
    "CWE-89",
    "batch53: multi-tenant helper binds the id but builds the table name from the tenant slug",
    src`
from psycopg2.extensions import connection


def fetch_invoice(conn: connection, tenant: str, invoice_id: int) -> tuple | None:
    """Invoices live in one table per tenant: invoices_<tenant>."""
    with conn.cursor() as cur:
        cur.execute(f"SELECT * FROM invoices_{tenant} WHERE id = %s", (invoice_id,))
        return cur.fetchone()
`,
  ),
  good(
    "CWE-89",
    "batch53: multi-tenant helper quotes the tenant table with psycopg2.sql.Identifier",
    src`
from psycopg2 import sql
from psycopg2.extensions import connection


def fetch_invoice(conn: connection, tenant: str, invoice_id: int) -> tuple | None:
    """Invoices live in one table per tenant: invoices_<tenant>."""
    query = sql.SQL("SELECT * FROM {} WHERE id = %s").format(sql.Identifier(f"invoices_{tenant}"))
    with conn.cursor() as cur:
        cur.execute(query, (invoice_id,))
        return cur.fetchone()
`,
  ),
  bad(
    "CWE-89",
    "batch53: psycopg2.sql composition wraps the column name in sql.SQL() instead of sql.Identifier()",
    src`
from psycopg2 import sql


def search_users(conn, field: str, value: str) -> list[tuple]:
    """Search users by any field, e.g. field='email'."""
    query = sql.SQL("SELECT id, email FROM users WHERE {} = %s").format(sql.SQL(field))
    with conn.cursor() as cur:
        cur.execute(query, (value,))
        return cur.fetchall()
`,
  ),
  good(
    "CWE-89",
    "batch53: psycopg2.sql composition checks the field against a set and quotes it with sql.Identifier()",
    src`
from psycopg2 import sql

SEARCHABLE = {"email", "username", "display_name"}


def search_users(conn, field: str, value: str) -> list[tuple]:
    """Search users by one of the searchable fields."""
    if field not in SEARCHABLE:
        raise ValueError(f"cannot search by {field!r}")
    query = sql.SQL("SELECT id, email FROM users WHERE {} = %s").format(sql.Identifier(field))
    with conn.cursor() as cur:
        cur.execute(query, (value,))
        return cur.fetchall()
`,
  ),
  bad(
    "CWE-89",
    "batch53: FastAPI endpoint binds the owner but puts the direction parameter straight into ORDER BY",
    src`
from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg://app@db/app")


@app.get("/orders")
def orders(owner: str, direction: str = Query("asc")) -> list[dict]:
    stmt = text(f"SELECT id, total FROM orders WHERE owner = :owner ORDER BY created_at {direction}")
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(stmt, {"owner": owner})]
`,
  ),
  good(
    "CWE-89",
    "batch53: FastAPI endpoint constrains direction with a Literal type before it reaches ORDER BY",
    src`
from typing import Literal

from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg://app@db/app")


@app.get("/orders")
def orders(owner: str, descending: bool = False) -> list[dict]:
    direction: Literal["ASC", "DESC"] = "DESC" if descending else "ASC"
    stmt = text(f"SELECT id, total FROM orders WHERE owner = :owner ORDER BY created_at {direction}")
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(stmt, {"owner": owner})]
`,
  ),
  bad(
    "CWE-89",
    "batch53: IN clause joins the requested ids as text while the status is bound",
    src`
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/tickets")
def tickets():
    ids = request.args.get("ids", "").split(",")
    conn = sqlite3.connect("tickets.db")
    sql = f"SELECT id, title FROM tickets WHERE status = ? AND id IN ({', '.join(ids)})"
    return {"tickets": conn.execute(sql, ("open",)).fetchall()}
`,
  ),
  good(
    "CWE-89",
    "batch53: IN clause builds one placeholder per requested id and binds them all",
    src`
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/tickets")
def tickets():
    ids = [i for i in request.args.get("ids", "").split(",") if i]
    placeholders = ", ".join("?" for _ in ids) or "NULL"
    conn = sqlite3.connect("tickets.db")
    sql = f"SELECT id, title FROM tickets WHERE status = ? AND id IN ({placeholders})"
    return {"tickets": conn.execute(sql, ("open", *ids)).fetchall()}
`,
  ),
  bad(
    "CWE-89",
    "batch53: search wraps the term in % inside the SQL text instead of in the bound value",
    src`
import sqlite3


def search_notes(db_path: str, term: str) -> list[tuple[int, str]]:
    """Case-insensitive substring search over note titles."""
    with sqlite3.connect(db_path) as conn:
        cur = conn.execute(
            f"SELECT id, title FROM notes WHERE title LIKE '%{term}%' AND deleted = ?", (0,)
        )
        return cur.fetchall()
`,
  ),
  good(
    "CWE-89",
    "batch53: search puts the % wildcards into the bound value",
    src`
import sqlite3


def search_notes(db_path: str, term: str) -> list[tuple[int, str]]:
    """Case-insensitive substring search over note titles."""
    with sqlite3.connect(db_path) as conn:
        cur = conn.execute(
            "SELECT id, title FROM notes WHERE title LIKE ? AND deleted = ?", (f"%{term}%", 0)
        )
        return cur.fetchall()
`,
  ),
  bad(
    "CWE-89",
    "batch53: pagination binds the owner but formats the page size string from the query into LIMIT",
    src`
import pymysql
from flask import Flask, request

app = Flask(__name__)


def get_db():
    return pymysql.connect(host="db", user="app", database="shop")


@app.route("/api/reviews")
def reviews():
    page_size = request.args.get("limit", "20")
    with get_db().cursor() as cur:
        cur.execute("SELECT body FROM reviews WHERE product_id = %s LIMIT " + page_size, (request.args["pid"],))
        return {"reviews": cur.fetchall()}
`,
  ),
  good(
    "CWE-89",
    "batch53: pagination converts the page size to an int and clamps it before LIMIT",
    src`
import pymysql
from flask import Flask, request

app = Flask(__name__)


def get_db():
    return pymysql.connect(host="db", user="app", database="shop")


@app.route("/api/reviews")
def reviews():
    page_size = max(1, min(int(request.args.get("limit", "20")), 100))
    with get_db().cursor() as cur:
        cur.execute("SELECT body FROM reviews WHERE product_id = %s LIMIT %s", (request.args["pid"], page_size))
        return {"reviews": cur.fetchall()}
`,
  ),
  bad(
    "CWE-89",
    "batch53: SQLAlchemy ORM query sorted with text() of the requested sort expression",
    src`
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from .models import Article


def list_articles(session: Session, sort: str) -> list[Article]:
    """Sort is a client-side column spec like 'published_at desc'."""
    stmt = select(Article).where(Article.published.is_(True)).order_by(text(sort))
    return list(session.scalars(stmt))
`,
  ),
  good(
    "CWE-89",
    "batch53: SQLAlchemy ORM query maps the requested sort key to a column expression",
    src`
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Article

SORTS = {
    "newest": Article.published_at.desc(),
    "oldest": Article.published_at.asc(),
    "title": Article.title.asc(),
}


def list_articles(session: Session, sort: str) -> list[Article]:
    stmt = select(Article).where(Article.published.is_(True)).order_by(SORTS.get(sort, SORTS["newest"]))
    return list(session.scalars(stmt))
`,
  ),
  bad(
    "CWE-89",
    "batch53: Django queryset extra() with the name inlined into the where clause",
    src`
from django.http import JsonResponse

from .models import Customer


def customers_by_city(request):
    city = request.GET.get("city", "")
    qs = Customer.objects.filter(active=True).extra(where=[f"city = '{city}'"])
    return JsonResponse({"customers": list(qs.values("id", "name"))})
`,
  ),
  good(
    "CWE-89",
    "batch53: Django queryset extra() with the city passed through params",
    src`
from django.http import JsonResponse

from .models import Customer


def customers_by_city(request):
    city = request.GET.get("city", "")
    qs = Customer.objects.filter(active=True).extra(where=["city = %s"], params=[city])
    return JsonResponse({"customers": list(qs.values("id", "name"))})
`,
  ),
  bad(
    "CWE-89",
    "batch53: Django raw() with the year bound but the group-by column from the query",
    src`
from django.http import JsonResponse

from .models import Sale


def sales_report(request):
    year = int(request.GET.get("year", "2024"))
    group = request.GET.get("group", "region")
    rows = Sale.objects.raw(
        f"SELECT id, {group}, SUM(amount) AS total FROM sales_sale WHERE year = %s GROUP BY {group}", [year]
    )
    return JsonResponse({"rows": [(getattr(r, group), r.total) for r in rows]})
`,
  ),
  good(
    "CWE-89",
    "batch53: Django raw() with the group-by column checked against a tuple of column names",
    src`
from django.http import HttpResponseBadRequest, JsonResponse

from .models import Sale

GROUPS = ("region", "product", "channel")


def sales_report(request):
    year = int(request.GET.get("year", "2024"))
    group = request.GET.get("group", "region")
    if group not in GROUPS:
        return HttpResponseBadRequest("unknown grouping")
    rows = Sale.objects.raw(
        f"SELECT id, {group}, SUM(amount) AS total FROM sales_sale WHERE year = %s GROUP BY {group}", [year]
    )
    return JsonResponse({"rows": [(getattr(r, group), r.total) for r in rows]})
`,
  ),
  bad(
    "CWE-89",
    "batch53: repository class: update binds the value but names the column from the patch key",
    src`
import sqlite3
from dataclasses import dataclass


@dataclass
class ProfileRepo:
    conn: sqlite3.Connection

    def update_field(self, user_id: int, field: str, value: str) -> None:
        self.conn.execute(f"UPDATE profiles SET {field} = ? WHERE user_id = ?", (value, user_id))
        self.conn.commit()


def apply_patch(repo: ProfileRepo, user_id: int, patch: dict[str, str]) -> None:
    for field, value in patch.items():
        repo.update_field(user_id, field, value)
`,
  ),
  good(
    "CWE-89",
    "batch53: repository class: patch keys filtered to the editable columns before the update",
    src`
import sqlite3
from dataclasses import dataclass

EDITABLE = frozenset({"display_name", "bio", "timezone"})


@dataclass
class ProfileRepo:
    conn: sqlite3.Connection

    def update_field(self, user_id: int, field: str, value: str) -> None:
        if field not in EDITABLE:
            raise ValueError(field)
        self.conn.execute(f"UPDATE profiles SET {field} = ? WHERE user_id = ?", (value, user_id))
        self.conn.commit()


def apply_patch(repo: ProfileRepo, user_id: int, patch: dict[str, str]) -> None:
    for field, value in patch.items():
        repo.update_field(user_id, field, value)
`,
  ),
  bad(
    "CWE-89",
    "batch53: aiosqlite: date filter bound, but the status list from the body formatted with repr()",
    src`
import aiosqlite
from pydantic import BaseModel


class Filter(BaseModel):
    since: str
    statuses: list[str]


async def count_jobs(db: aiosqlite.Connection, f: Filter) -> int:
    statuses = ", ".join(repr(s) for s in f.statuses)
    sql = f"SELECT COUNT(*) FROM jobs WHERE created >= ? AND status IN ({statuses})"
    async with db.execute(sql, (f.since,)) as cur:
        (n,) = await cur.fetchone()
    return n
`,
  ),
  good(
    "CWE-89",
    "batch53: aiosqlite: statuses typed as a Literal list and bound through placeholders",
    src`
from typing import Literal

import aiosqlite
from pydantic import BaseModel


class Filter(BaseModel):
    since: str
    statuses: list[Literal["queued", "running", "done", "failed"]]


async def count_jobs(db: aiosqlite.Connection, f: Filter) -> int:
    marks = ", ".join("?" for _ in f.statuses) or "NULL"
    sql = f"SELECT COUNT(*) FROM jobs WHERE created >= ? AND status IN ({marks})"
    async with db.execute(sql, (f.since, *f.statuses)) as cur:
        (n,) = await cur.fetchone()
    return n
`,
  ),
  // ---------------- CWE-78 / CWE-88: quoting and argument lists that almost work ----------------
  bad(
    "CWE-78",
    "batch53: thumbnail helper shlex.quote()s the file name but not the size, then runs with shell=True",
    src`
import shlex
import subprocess
from pathlib import Path


def make_thumbnail(src: Path, size: str) -> Path:
    """Create a thumbnail next to the source image, e.g. size='128x128'."""
    out = src.with_suffix(".thumb.png")
    cmd = f"convert {shlex.quote(str(src))} -resize {size} {shlex.quote(str(out))}"
    subprocess.run(cmd, shell=True, check=True)
    return out
`,
  ),
  good(
    "CWE-78",
    "batch53: thumbnail helper quotes every piece of the shell command with shlex.quote",
    src`
import shlex
import subprocess
from pathlib import Path


def make_thumbnail(src: Path, size: str) -> Path:
    """Create a thumbnail next to the source image, e.g. size='128x128'."""
    out = src.with_suffix(".thumb.png")
    cmd = " ".join(shlex.quote(p) for p in ["convert", str(src), "-resize", size, str(out)])
    subprocess.run(cmd, shell=True, check=True)
    return out
`,
  ),
  bad(
    "CWE-78",
    "batch53: log grep wraps the shlex.quote()d pattern in another pair of single quotes inside sh -c",
    src`
import shlex
import subprocess


def grep_logs(pattern: str, logfile: str = "/var/log/app/app.log") -> str:
    """Search the application log for a pattern typed into the admin console."""
    script = f"grep -n '{shlex.quote(pattern)}' {logfile} | tail -n 200"
    proc = subprocess.run(["sh", "-c", script], capture_output=True, text=True)
    return proc.stdout
`,
  ),
  good(
    "CWE-78",
    "batch53: log grep passes the pattern as one argument after -e and filters the tail in Python",
    src`
import subprocess


def grep_logs(pattern: str, logfile: str = "/var/log/app/app.log") -> str:
    """Search the application log for a pattern typed into the admin console."""
    proc = subprocess.run(["grep", "-n", "-e", pattern, "--", logfile], capture_output=True, text=True)
    return "\n".join(proc.stdout.splitlines()[-200:])
`,
  ),
  bad(
    "CWE-78",
    "batch53: asyncio helper quotes the branch but formats the remote name raw into create_subprocess_shell",
    src`
import asyncio
import shlex


async def fetch_branch(repo_dir: str, remote: str, branch: str) -> int:
    cmd = f"cd {shlex.quote(repo_dir)} && git fetch {remote} {shlex.quote(branch)}"
    proc = await asyncio.create_subprocess_shell(cmd)
    return await proc.wait()
`,
  ),
  good(
    "CWE-78",
    "batch53: asyncio helper runs git with create_subprocess_exec and cwd, ending options with --",
    src`
import asyncio


async def fetch_branch(repo_dir: str, remote: str, branch: str) -> int:
    proc = await asyncio.create_subprocess_exec("git", "fetch", "--", remote, branch, cwd=repo_dir)
    return await proc.wait()
`,
  ),
  bad(
    "CWE-78",
    "batch53: diagnostics endpoint validates the host with re.match (no end anchor) and then runs ping through a shell",
    src`
import re
import subprocess

from fastapi import FastAPI, HTTPException

app = FastAPI()
HOST_RE = re.compile(r"[a-z0-9.-]+")


@app.get("/diag/ping")
def ping(host: str) -> dict:
    if not HOST_RE.match(host):
        raise HTTPException(400, "invalid host")
    out = subprocess.run(f"ping -c 3 {host}", shell=True, capture_output=True, text=True)
    return {"output": out.stdout}
`,
  ),
  good(
    "CWE-78",
    "batch53: diagnostics endpoint validates the host with fullmatch and runs ping from an argument list",
    src`
import re
import subprocess

from fastapi import FastAPI, HTTPException

app = FastAPI()
HOST_RE = re.compile(r"[a-z0-9][a-z0-9.-]{0,252}")


@app.get("/diag/ping")
def ping(host: str) -> dict:
    if not HOST_RE.fullmatch(host):
        raise HTTPException(400, "invalid host")
    out = subprocess.run(["ping", "-c", "3", host], capture_output=True, text=True, timeout=15)
    return {"output": out.stdout}
`,
  ),
  bad(
    "CWE-78",
    "batch53: pydantic model checks the domain with a pattern missing its end anchor, then nslookup through os.popen",
    src`
import os

from pydantic import BaseModel, Field


class LookupRequest(BaseModel):
    domain: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]*")


def lookup(req: LookupRequest) -> str:
    """Resolve a domain name with the system resolver tool."""
    return os.popen(f"nslookup {req.domain}").read()
`,
  ),
  good(
    "CWE-78",
    "batch53: pydantic model anchors the domain pattern at both ends before nslookup through os.popen",
    src`
import os

from pydantic import BaseModel, Field


class LookupRequest(BaseModel):
    domain: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]*$", max_length=253)


def lookup(req: LookupRequest) -> str:
    """Resolve a domain name with the system resolver tool."""
    return os.popen(f"nslookup {req.domain}").read()
`,
  ),
  bad(
    "CWE-78",
    "batch53: tool runner takes the executable itself from the request body into an argument list",
    src`
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/tools/version")
def tool_version():
    tool = request.json["tool"]
    proc = subprocess.run([tool, "--version"], capture_output=True, text=True, timeout=10)
    return jsonify(version=proc.stdout.strip())
`,
  ),
  good(
    "CWE-78",
    "batch53: tool runner maps the requested tool name to a fixed executable path",
    src`
import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
TOOLS = {"node": "/usr/bin/node", "python": "/usr/bin/python3", "git": "/usr/bin/git"}


@app.post("/tools/version")
def tool_version():
    exe = TOOLS.get(request.json.get("tool", ""))
    if exe is None:
        abort(400)
    proc = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=10)
    return jsonify(version=proc.stdout.strip())
`,
  ),
  bad(
    "CWE-78",
    "batch53: remote cleanup passes an argument list to ssh but the remote command string embeds the path raw",
    src`
import subprocess


def remove_remote_build(host: str, build_dir: str) -> None:
    """Delete a build directory on a worker; build_dir comes from the job payload."""
    subprocess.run(["ssh", "-o", "BatchMode=yes", f"deploy@{host}", f"rm -rf /srv/builds/{build_dir}"], check=True)
`,
  ),
  good(
    "CWE-78",
    "batch53: remote cleanup quotes the remote path with shlex.quote for the remote shell",
    src`
import re
import shlex
import subprocess


def remove_remote_build(host: str, build_id: str) -> None:
    """Delete a build directory on a worker; build_id comes from the job payload."""
    if not re.fullmatch(r"[0-9a-f]{12}", build_id):
        raise ValueError("bad build id")
    remote = f"rm -rf {shlex.quote('/srv/builds/' + build_id)}"
    subprocess.run(["ssh", "-o", "BatchMode=yes", "deploy@builder.internal", remote], check=True)
`,
  ),
  bad(
    "CWE-78",
    "batch53: whois helper formats the domain into os.popen with %",
    src`
import os


def whois(domain: str) -> str:
    """Return whois output for a domain typed by the user."""
    with os.popen("whois %s" % domain) as fh:
        return fh.read()
`,
  ),
  good(
    "CWE-78",
    "batch53: whois helper ends options and shlex.quote()s the domain before os.popen",
    src`
import os
import shlex


def whois(domain: str) -> str:
    """Return whois output for a domain typed by the user."""
    with os.popen("whois -- " + shlex.quote(domain)) as fh:
        return fh.read()
`,
  ),
  bad(
    "CWE-78",
    "batch53: backup script joins the table names with spaces for pg_dump under shell=True, unquoted",
    src`
import subprocess
import sys


def dump_tables(database: str, tables: list[str], out: str) -> None:
    table_args = " ".join(f"-t {t}" for t in tables)
    subprocess.check_call(f"pg_dump {table_args} {database} > {out}", shell=True)


if __name__ == "__main__":
    dump_tables(sys.argv[1], sys.argv[3:], sys.argv[2])
`,
  ),
  good(
    "CWE-78",
    "batch53: backup script builds the pg_dump argument list and writes the output through a file handle",
    src`
import subprocess
import sys


def dump_tables(database: str, tables: list[str], out: str) -> None:
    args = ["pg_dump"]
    for t in tables:
        args += ["-t", t]
    args += ["--", database]
    with open(out, "wb") as fh:
        subprocess.check_call(args, stdout=fh)


if __name__ == "__main__":
    dump_tables(sys.argv[1], sys.argv[3:], sys.argv[2])
`,
  ),
  bad(
    "CWE-88",
    "batch53: repository importer clones the URL from the request as a bare positional argument (can be --upload-pack=...)",
    src`
import subprocess
import tempfile

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class ImportRequest(BaseModel):
    repo_url: str


@app.post("/import")
def import_repo(req: ImportRequest) -> dict:
    dest = tempfile.mkdtemp(prefix="import-")
    subprocess.run(["git", "clone", "--depth", "1", req.repo_url, dest], check=True, timeout=120)
    return {"path": dest}
`,
  ),
  good(
    "CWE-88",
    "batch53: repository importer requires an https URL on a known forge and ends git's options with -- before it",
    src`
import subprocess
import tempfile

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, HttpUrl

app = FastAPI()


class ImportRequest(BaseModel):
    repo_url: HttpUrl


@app.post("/import")
def import_repo(req: ImportRequest) -> dict:
    if req.repo_url.scheme != "https" or req.repo_url.host not in ("github.com", "gitlab.com"):
        raise HTTPException(400, "only https repositories on GitHub or GitLab")
    dest = tempfile.mkdtemp(prefix="import-")
    subprocess.run(["git", "clone", "--depth", "1", "--", str(req.repo_url), dest], check=True, timeout=120)
    return {"path": dest}
`,
  ),
  bad(
    "CWE-88",
    "batch53: archive endpoint passes the requested file names to tar after the options (a name can be --checkpoint-action=...)",
    src`
import subprocess
import uuid

from flask import Flask, request, send_file

app = Flask(__name__)


@app.post("/bundle")
def bundle():
    names = request.get_json()["files"]
    archive = f"/tmp/bundles/{uuid.uuid4().hex}.tar.gz"
    subprocess.run(["tar", "-czf", archive, "-C", "/srv/shared", *names], check=True)
    return send_file(archive)
`,
  ),
  good(
    "CWE-88",
    "batch53: archive endpoint puts -- before the requested names and rejects names that leave the folder",
    src`
import subprocess
import uuid
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
SHARED = Path("/srv/shared").resolve()


@app.post("/bundle")
def bundle():
    names = request.get_json()["files"]
    for name in names:
        if not (SHARED / name).resolve().is_relative_to(SHARED):
            abort(400)
    archive = f"/tmp/bundles/{uuid.uuid4().hex}.tar.gz"
    subprocess.run(["tar", "-czf", archive, "-C", str(SHARED), "--", *names], check=True)
    return send_file(archive)
`,
  ),
  bad(
    "CWE-88",
    "batch53: uptime probe hands the host from the form to ssh as its destination (a host of -oProxyCommand=... is an option)",
    src`
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/probe")
def probe():
    host = request.form["host"]
    res = subprocess.run(["ssh", "-o", "BatchMode=yes", host, "uptime"], capture_output=True, text=True, timeout=20)
    return {"uptime": res.stdout}
`,
  ),
  good(
    "CWE-88",
    "batch53: uptime probe parses the host with ipaddress before handing it to ssh",
    src`
import ipaddress
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/probe")
def probe():
    try:
        host = str(ipaddress.ip_address(request.form["host"]))
    except ValueError:
        abort(400)
    res = subprocess.run(["ssh", "-o", "BatchMode=yes", host, "uptime"], capture_output=True, text=True, timeout=20)
    return {"uptime": res.stdout}
`,
  ),
  bad(
    "CWE-88",
    "batch53: sync task passes the source folder from the task payload to rsync without ending its options",
    src`
import subprocess

from celery import shared_task


@shared_task
def mirror(source: str, target_host: str = "mirror.internal") -> int:
    """Copy a project folder to the mirror; source like 'projects/alpha/'."""
    return subprocess.call(["rsync", "-az", source, f"{target_host}:/data/mirror/"])
`,
  ),
  good(
    "CWE-88",
    "batch53: sync task keeps the source under the projects folder and puts -- before rsync's positional paths",
    src`
import subprocess
from pathlib import Path

from celery import shared_task


@shared_task
def mirror(source: str, target_host: str = "mirror.internal") -> int:
    """Copy a project folder to the mirror; source like 'projects/alpha/'."""
    base = Path("/srv/projects").resolve()
    folder = (base / source).resolve()
    if not folder.is_relative_to(base):
        raise ValueError("source outside the projects folder")
    return subprocess.call(["rsync", "-az", "--", f"{folder}/", f"{target_host}:/data/mirror/"])
`,
  ),
  bad(
    "CWE-88",
    "batch53: git history helper passes the ref from the query after the --author option (a ref of --output=... writes files)",
    src`
import subprocess

from fastapi import FastAPI

app = FastAPI()
REPO = "/srv/repos/website"


@app.get("/history")
def history(ref: str = "main", author: str = "") -> dict:
    args = ["git", "-C", REPO, "log", "--oneline", "-n", "50"]
    if author:
        args.append(f"--author={author}")
    args.append(ref)
    out = subprocess.run(args, capture_output=True, text=True, check=False)
    return {"log": out.stdout.splitlines()}
`,
  ),
  good(
    "CWE-88",
    "batch53: git history helper adds --end-of-options before the ref from the query",
    src`
import subprocess

from fastapi import FastAPI

app = FastAPI()
REPO = "/srv/repos/website"


@app.get("/history")
def history(ref: str = "main", author: str = "") -> dict:
    args = ["git", "-C", REPO, "log", "--oneline", "-n", "50"]
    if author:
        args.append(f"--author={author}")
    args += ["--end-of-options", ref]
    out = subprocess.run(args, capture_output=True, text=True, check=False)
    return {"log": out.stdout.splitlines()}
`,
  ),
  bad(
    "CWE-88",
    "batch53: download worker puts the extra curl flag from the queued job as a bare argument",
    src`
import json
import subprocess

import redis

r = redis.Redis()


def work() -> None:
    while True:
        _, raw = r.blpop("downloads")
        job = json.loads(raw)
        # job["flag"] is an optional curl flag chosen in the web form, e.g. "--compressed"
        subprocess.run(["curl", "-sS", job.get("flag", "--compressed"), job["url"]], check=True, timeout=300)
`,
  ),
  good(
    "CWE-88",
    "batch53: download worker allows only known curl flags and mirror hosts and passes the URL through --url",
    src`
import json
import subprocess
from urllib.parse import urlparse

import redis

r = redis.Redis()
FLAGS = {"--compressed", "--http2"}
MIRRORS = {"downloads.example.org", "cdn.example.org"}


def work() -> None:
    while True:
        _, raw = r.blpop("downloads")
        job = json.loads(raw)
        flag = job.get("flag", "--compressed")
        url = urlparse(job["url"])
        if flag not in FLAGS or url.scheme != "https" or url.hostname not in MIRRORS:
            continue
        subprocess.run(["curl", "-sS", flag, "--url", job["url"], "-o", "/dev/null"], check=True, timeout=300)
`,
  ),
  // ---------------- CWE-22 / CWE-73: containment checks that almost work ----------------
  bad(
    "CWE-22",
    "batch53: download view resolves the path but checks containment with str.startswith and no separator",
    src`
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)
BASE_DIR = Path("/srv/app/files").resolve()


@app.get("/files/<path:name>")
def download(name: str):
    target = (BASE_DIR / name).resolve()
    if not str(target).startswith(str(BASE_DIR)):
        abort(403)
    return send_file(target)
`,
  ),
  good(
    "CWE-22",
    "batch53: download view resolves the path and checks containment with Path.is_relative_to",
    src`
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)
BASE_DIR = Path("/srv/app/files").resolve()


@app.get("/files/<path:name>")
def download(name: str):
    target = (BASE_DIR / name).resolve()
    if not target.is_relative_to(BASE_DIR) or not target.is_file():
        abort(404)
    return send_file(target)
`,
  ),
  bad(
    "CWE-22",
    "batch53: attachment reader rejects '..' but os.path.join drops the base for an absolute name",
    src`
import os

UPLOAD_DIR = "/var/lib/helpdesk/attachments"


def read_attachment(filename: str) -> bytes:
    """Read an attachment by the name stored in the ticket form."""
    if ".." in filename:
        raise ValueError("invalid file name")
    with open(os.path.join(UPLOAD_DIR, filename), "rb") as fh:
        return fh.read()
`,
  ),
  good(
    "CWE-22",
    "batch53: attachment reader keeps only the base name before joining it to the upload folder",
    src`
import os

UPLOAD_DIR = "/var/lib/helpdesk/attachments"


def read_attachment(filename: str) -> bytes:
    """Read an attachment by the name stored in the ticket form."""
    name = os.path.basename(filename)
    if not name or name.startswith("."):
        raise ValueError("invalid file name")
    with open(os.path.join(UPLOAD_DIR, name), "rb") as fh:
        return fh.read()
`,
  ),
  bad(
    "CWE-22",
    "batch53: theme loader checks the joined path before resolving it, then opens the resolved path",
    src`
from pathlib import Path

THEMES = Path("/opt/site/themes")


def load_theme_css(theme: str) -> str:
    candidate = THEMES / theme / "style.css"
    if not str(candidate).startswith(str(THEMES) + "/"):
        raise PermissionError(theme)
    return candidate.resolve().read_text(encoding="utf-8")
`,
  ),
  good(
    "CWE-22",
    "batch53: theme loader resolves first and checks the resolved path's parents",
    src`
from pathlib import Path

THEMES = Path("/opt/site/themes").resolve()


def load_theme_css(theme: str) -> str:
    candidate = (THEMES / theme / "style.css").resolve()
    if THEMES not in candidate.parents:
        raise PermissionError(theme)
    return candidate.read_text(encoding="utf-8")
`,
  ),
  bad(
    "CWE-22",
    "batch53: report fetch compares a slice of the realpath with the base folder (no separator)",
    src`
import os

from django.http import FileResponse, Http404

REPORTS = "/srv/reports"


def report(request, name: str):
    real = os.path.realpath(os.path.join(REPORTS, name))
    if real[: len(REPORTS)] != REPORTS:
        raise Http404()
    return FileResponse(open(real, "rb"))
`,
  ),
  good(
    "CWE-22",
    "batch53: report fetch checks the realpath with os.path.commonpath",
    src`
import os

from django.http import FileResponse, Http404

REPORTS = os.path.realpath("/srv/reports")


def report(request, name: str):
    real = os.path.realpath(os.path.join(REPORTS, name))
    if os.path.commonpath([REPORTS, real]) != REPORTS or not os.path.isfile(real):
        raise Http404()
    return FileResponse(open(real, "rb"))
`,
  ),
  bad(
    "CWE-22",
    "batch53: export helper normalises the joined path with normpath but never checks it stays inside",
    src`
import os

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
EXPORT_DIR = "/var/exports"


@app.get("/exports/{name:path}")
def get_export(name: str) -> FileResponse:
    path = os.path.normpath(os.path.join(EXPORT_DIR, name))
    return FileResponse(path)
`,
  ),
  good(
    "CWE-22",
    "batch53: export helper normalises the joined path and requires the export folder plus a separator as prefix",
    src`
import os

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
EXPORT_DIR = "/var/exports"


@app.get("/exports/{name:path}")
def get_export(name: str) -> FileResponse:
    path = os.path.realpath(os.path.join(EXPORT_DIR, name))
    if not path.startswith(EXPORT_DIR + os.sep):
        raise HTTPException(404)
    return FileResponse(path)
`,
  ),
  bad(
    "CWE-22",
    "batch53: image view imports werkzeug's safe_join but builds the path with os.path.join",
    src`
import os

from flask import Flask, request, send_file
from werkzeug.security import safe_join

app = Flask(__name__)
MEDIA = "/srv/media"


@app.route("/media")
def media():
    name = request.args.get("f", "")
    path = os.path.join(MEDIA, name)
    return send_file(path)
`,
  ),
  good(
    "CWE-22",
    "batch53: image view builds the path with werkzeug's safe_join and refuses None",
    src`
from flask import Flask, abort, request, send_file
from werkzeug.security import safe_join

app = Flask(__name__)
MEDIA = "/srv/media"


@app.route("/media")
def media():
    path = safe_join(MEDIA, request.args.get("f", ""))
    if path is None:
        abort(404)
    return send_file(path)
`,
  ),
  bad(
    "CWE-22",
    "batch53: note store strips '../' once with str.replace ('....//' survives) before writing",
    src`
from pathlib import Path

NOTES = Path("/srv/notes")


def save_note(user: str, title: str, body: str) -> Path:
    clean = title.replace("../", "")
    path = NOTES / user / f"{clean}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path
`,
  ),
  good(
    "CWE-22",
    "batch53: note store slugifies the title to letters, digits and dashes before writing",
    src`
import re
from pathlib import Path

NOTES = Path("/srv/notes")


def save_note(user_id: int, title: str, body: str) -> Path:
    slug = re.sub(r"[^a-z0-9-]+", "-", title.lower()).strip("-")[:64] or "untitled"
    path = NOTES / str(int(user_id)) / f"{slug}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path
`,
  ),
  bad(
    "CWE-22",
    "batch53: tar import loop rejects '..' and absolute member names but extracts symlink members",
    src`
import tarfile
from pathlib import Path


def import_bundle(archive: Path, dest: Path) -> None:
    """Unpack a user-uploaded theme bundle."""
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            if member.name.startswith("/") or ".." in member.name.split("/"):
                raise ValueError(f"unsafe member {member.name}")
            tar.extract(member, dest)
`,
  ),
  good(
    "CWE-22",
    "batch53: tar import uses extractall with the 'data' filter",
    src`
import tarfile
from pathlib import Path


def import_bundle(archive: Path, dest: Path) -> None:
    """Unpack a user-uploaded theme bundle."""
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
`,
  ),
  bad(
    "CWE-22",
    "batch53: zip import writes each member by hand and only rejects names that start with '/'",
    src`
import os
import zipfile


def unpack_upload(zip_path: str, dest: str) -> list[str]:
    written = []
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            if info.filename.startswith("/") or info.is_dir():
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(zf.read(info))
            written.append(target)
    return written
`,
  ),
  good(
    "CWE-22",
    "batch53: zip import writes each member by hand after checking the resolved target stays in dest",
    src`
import zipfile
from pathlib import Path


def unpack_upload(zip_path: str, dest: str) -> list[str]:
    root = Path(dest).resolve()
    written = []
    with zipfile.ZipFile(zip_path) as zf:
        if sum(i.file_size for i in zf.infolist()) > 200 * 1024 * 1024:
            raise ValueError("archive expands too far")
        for info in zf.infolist():
            target = (root / info.filename).resolve()
            if info.is_dir() or not target.is_relative_to(root):
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(info))
            written.append(str(target))
    return written
`,
  ),
  bad(
    "CWE-22",
    "batch53: FastAPI invoice download constrains only the length of the name",
    src`
from fastapi import FastAPI, Path as PathParam
from fastapi.responses import FileResponse

app = FastAPI()


@app.get("/invoices/{name}")
def invoice(name: str = PathParam(max_length=64)) -> FileResponse:
    return FileResponse(f"/srv/invoices/{name}", media_type="application/pdf")
`,
  ),
  good(
    "CWE-22",
    "batch53: FastAPI invoice download constrains the name with an anchored pattern",
    src`
from fastapi import FastAPI, Path as PathParam
from fastapi.responses import FileResponse

app = FastAPI()


@app.get("/invoices/{name}")
def invoice(name: str = PathParam(pattern=r"^INV-[0-9]{6}\.pdf$")) -> FileResponse:
    return FileResponse(f"/srv/invoices/{name}", media_type="application/pdf")
`,
  ),
  bad(
    "CWE-73",
    "batch53: report API writes to the output path given in the request body",
    src`
from pathlib import Path

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class ReportRequest(BaseModel):
    month: str
    output_path: str


@app.post("/reports")
def build_report(req: ReportRequest) -> dict:
    data = f"report for {req.month}\n"
    Path(req.output_path).write_text(data)
    return {"written": req.output_path}
`,
  ),
  good(
    "CWE-73",
    "batch53: report API writes under the export folder with a server-made name and returns it",
    src`
import uuid
from pathlib import Path

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
EXPORTS = Path("/var/app/exports")


class ReportRequest(BaseModel):
    month: str


@app.post("/reports")
def build_report(req: ReportRequest) -> dict:
    name = f"{uuid.uuid4().hex}.txt"
    (EXPORTS / name).write_text(f"report for {req.month}\n")
    return {"report": name}
`,
  ),
  bad(
    "CWE-73",
    "batch53: settings endpoint stores the log file path from the admin form and the logger opens it",
    src`
import logging

from flask import Flask, request

app = Flask(__name__)


@app.post("/settings/logging")
def set_log_file():
    path = request.form["log_file"]
    handler = logging.FileHandler(path)
    logging.getLogger("app").addHandler(handler)
    return {"log_file": path}
`,
  ),
  good(
    "CWE-73",
    "batch53: settings endpoint lets the admin choose one of the configured log destinations by key",
    src`
import logging

from flask import Flask, abort, request

app = Flask(__name__)
LOG_FILES = {"app": "/var/log/app/app.log", "audit": "/var/log/app/audit.log"}


@app.post("/settings/logging")
def set_log_file():
    path = LOG_FILES.get(request.form.get("log_file", ""))
    if path is None:
        abort(400)
    logging.getLogger("app").addHandler(logging.FileHandler(path))
    return {"log_file": path}
`,
  ),
  // ---------------- CWE-409 / CWE-770: size checks on the wrong number ----------------
  bad(
    "CWE-409",
    "batch53: zip upload limits the sum of compress_size, not the expanded size, before extractall",
    src`
import zipfile

MAX_BYTES = 50 * 1024 * 1024


def extract_dataset(upload_path: str, dest: str) -> None:
    with zipfile.ZipFile(upload_path) as zf:
        total = sum(info.compress_size for info in zf.infolist())
        if total > MAX_BYTES:
            raise ValueError("archive too large")
        zf.extractall(dest)
`,
  ),
  good(
    "CWE-409",
    "batch53: zip upload limits the entry count and the sum of the uncompressed sizes before extracting",
    src`
import zipfile

MAX_BYTES = 50 * 1024 * 1024
MAX_FILES = 1000


def extract_dataset(upload_path: str, dest: str) -> None:
    with zipfile.ZipFile(upload_path) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_FILES or sum(i.file_size for i in infos) > MAX_BYTES:
            raise ValueError("archive too large")
        zf.extractall(dest)
`,
  ),
  bad(
    "CWE-409",
    "batch53: gzip upload checks the size of the compressed file, then decompresses it all in memory",
    src`
import gzip
import os

MAX_UPLOAD = 10 * 1024 * 1024


def read_log_upload(path: str) -> bytes:
    if os.path.getsize(path) > MAX_UPLOAD:
        raise ValueError("upload too large")
    with gzip.open(path, "rb") as fh:
        return fh.read()
`,
  ),
  good(
    "CWE-409",
    "batch53: gzip upload reads at most the limit plus one byte of decompressed data",
    src`
import gzip

MAX_EXPANDED = 100 * 1024 * 1024


def read_log_upload(path: str) -> bytes:
    with gzip.open(path, "rb") as fh:
        data = fh.read(MAX_EXPANDED + 1)
    if len(data) > MAX_EXPANDED:
        raise ValueError("log too large once decompressed")
    return data
`,
  ),
  bad(
    "CWE-770",
    "batch53: import endpoint trusts a Content-Length check that passes when the header is missing, then reads the whole body",
    src`
from flask import Flask, abort, request

app = Flask(__name__)
MAX_BODY = 5 * 1024 * 1024


@app.post("/import")
def import_csv():
    if request.content_length and request.content_length > MAX_BODY:
        abort(413)
    data = request.get_data()
    return {"lines": data.count(b"\n")}
`,
  ),
  good(
    "CWE-770",
    "batch53: import endpoint sets MAX_CONTENT_LENGTH so Flask refuses larger bodies however they are sent",
    src`
from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024


@app.post("/import")
def import_csv():
    data = request.get_data()
    return {"lines": data.count(b"\n")}
`,
  ),
  // ---------------- CWE-502 / CWE-611: safe loaders and parsers, almost ----------------
  bad(
    "CWE-502",
    "batch53: config upload parsed with yaml.load(..., Loader=yaml.Loader)",
    src`
import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/pipelines")
async def upload_pipeline(file: UploadFile) -> dict:
    spec = yaml.load(await file.read(), Loader=yaml.Loader)
    return {"steps": len(spec.get("steps", []))}
`,
  ),
  good(
    "CWE-502",
    "batch53: config upload parsed with yaml.load(..., Loader=yaml.SafeLoader)",
    src`
import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/pipelines")
async def upload_pipeline(file: UploadFile) -> dict:
    spec = yaml.load(await file.read(), Loader=yaml.SafeLoader)
    return {"steps": len(spec.get("steps", []))}
`,
  ),
  bad(
    "CWE-502",
    "batch53: manifest loader uses yaml.FullLoader on a file from the uploaded package",
    src`
from pathlib import Path

import yaml


def read_manifest(package_dir: Path) -> dict:
    """Read manifest.yml from a package a user uploaded."""
    with open(package_dir / "manifest.yml", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=yaml.FullLoader)
`,
  ),
  good(
    "CWE-502",
    "batch53: manifest loader uses yaml.safe_load on a file from the uploaded package",
    src`
from pathlib import Path

import yaml


def read_manifest(package_dir: Path) -> dict:
    """Read manifest.yml from a package a user uploaded."""
    with open(package_dir / "manifest.yml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)
`,
  ),
  bad(
    "CWE-502",
    "batch53: prefs cookie decoded with jsonpickle (restores arbitrary objects)",
    src`
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.get("/dashboard")
def dashboard():
    prefs = jsonpickle.decode(request.cookies.get("prefs", "{}"))
    return {"layout": prefs.get("layout", "grid")}
`,
  ),
  good(
    "CWE-502",
    "batch53: prefs cookie decoded with json and validated by a pydantic model",
    src`
from typing import Literal

from flask import Flask, request
from pydantic import BaseModel, ValidationError

app = Flask(__name__)


class Prefs(BaseModel):
    layout: Literal["grid", "list"] = "grid"


@app.get("/dashboard")
def dashboard():
    try:
        prefs = Prefs.model_validate_json(request.cookies.get("prefs", "{}"))
    except ValidationError:
        prefs = Prefs()
    return {"layout": prefs.layout}
`,
  ),
  bad(
    "CWE-502",
    "batch53: model upload endpoint loads the checkpoint with torch.load without weights_only",
    src`
import io

import torch
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/models/validate")
async def validate_model(file: UploadFile) -> dict:
    state = torch.load(io.BytesIO(await file.read()), map_location="cpu")
    return {"tensors": len(state)}
`,
  ),
  good(
    "CWE-502",
    "batch53: model upload endpoint loads the checkpoint with torch.load(weights_only=True)",
    src`
import io

import torch
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/models/validate")
async def validate_model(file: UploadFile) -> dict:
    state = torch.load(io.BytesIO(await file.read()), map_location="cpu", weights_only=True)
    return {"tensors": len(state)}
`,
  ),
  bad(
    "CWE-611",
    "batch53: SOAP endpoint imports defusedxml but parses the body with lxml.etree.fromstring",
    src`
import defusedxml.ElementTree as SafeET  # noqa: F401
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/soap")
def soap():
    doc = etree.fromstring(request.data)
    action = doc.findtext(".//{http://example.com/ns}Action")
    return {"action": action}
`,
  ),
  good(
    "CWE-611",
    "batch53: SOAP endpoint parses the body with defusedxml.ElementTree",
    src`
import defusedxml.ElementTree as SafeET
from flask import Flask, request

app = Flask(__name__)


@app.post("/soap")
def soap():
    doc = SafeET.fromstring(request.data)
    action = doc.findtext(".//{http://example.com/ns}Action")
    return {"action": action}
`,
  ),
  bad(
    "CWE-611",
    "batch53: feed importer builds an lxml parser with no_network=True but leaves entity resolution on",
    src`
from lxml import etree


def parse_feed(xml_bytes: bytes) -> list[str]:
    """Parse a partner's product feed posted to the import API."""
    parser = etree.XMLParser(no_network=True)
    root = etree.fromstring(xml_bytes, parser=parser)
    return [e.text or "" for e in root.iter("title")]
`,
  ),
  good(
    "CWE-611",
    "batch53: feed importer builds an lxml parser with resolve_entities=False and no_network=True",
    src`
from lxml import etree


def parse_feed(xml_bytes: bytes) -> list[str]:
    """Parse a partner's product feed posted to the import API."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(xml_bytes, parser=parser)
    return [e.text or "" for e in root.iter("title")]
`,
  ),
  // ---------------- CWE-79: escaping that misses ----------------
  bad(
    "CWE-79",
    "batch53: greeting page escapes the name but puts the message from the query in raw",
    src`
import html

from flask import Flask, request

app = Flask(__name__)


@app.get("/greet")
def greet():
    name = html.escape(request.args.get("name", "guest"))
    message = request.args.get("message", "")
    return f"<h1>Hello {name}</h1><p>{message}</p>"
`,
  ),
  good(
    "CWE-79",
    "batch53: greeting page escapes both the name and the message",
    src`
import html

from flask import Flask, request

app = Flask(__name__)


@app.get("/greet")
def greet():
    name = html.escape(request.args.get("name", "guest"))
    message = html.escape(request.args.get("message", ""))
    return f"<h1>Hello {name}</h1><p>{message}</p>"
`,
  ),
  bad(
    "CWE-79",
    "batch53: search form echoes the query into a value attribute with html.escape(quote=False)",
    src`
import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/search", response_class=HTMLResponse)
def search(q: str = "") -> str:
    safe_q = html.escape(q, quote=False)
    return f'<form action="/search"><input name="q" value="{safe_q}"><button>Go</button></form>'
`,
  ),
  good(
    "CWE-79",
    "batch53: search form echoes the query into a value attribute with html.escape (quotes escaped)",
    src`
import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/search", response_class=HTMLResponse)
def search(q: str = "") -> str:
    safe_q = html.escape(q, quote=True)
    return f'<form action="/search"><input name="q" value="{safe_q}"><button>Go</button></form>'
`,
  ),
  bad(
    "CWE-79",
    "batch53: profile badge wraps an f-string with the display name in Markup",
    src`
from flask import Flask, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)


def badge(display_name: str) -> Markup:
    return Markup(f'<span class="badge">{display_name}</span>')


@app.get("/badge")
def show_badge():
    return render_template_string("<div>{{ badge }}</div>", badge=badge(request.args.get("name", "")))
`,
  ),
  good(
    "CWE-79",
    "batch53: profile badge fills a Markup template with Markup.format (arguments escaped)",
    src`
from flask import Flask, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)


def badge(display_name: str) -> Markup:
    return Markup('<span class="badge">{}</span>').format(display_name)


@app.get("/badge")
def show_badge():
    return render_template_string("<div>{{ badge }}</div>", badge=badge(request.args.get("name", "")))
`,
  ),
  bad(
    "CWE-79",
    "batch53: comment renderer %-formats the comment into a string and then marks it Markup",
    src`
from flask import Flask, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)


@app.post("/preview")
def preview():
    body = request.form.get("body", "")
    html_snippet = Markup("<blockquote>%s</blockquote>" % body)
    return render_template_string("{{ snippet }}", snippet=html_snippet)
`,
  ),
  good(
    "CWE-79",
    "batch53: comment renderer applies % to a Markup template (the argument is escaped)",
    src`
from flask import Flask, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)


@app.post("/preview")
def preview():
    body = request.form.get("body", "")
    html_snippet = Markup("<blockquote>%s</blockquote>") % body
    return render_template_string("{{ snippet }}", snippet=html_snippet)
`,
  ),
  bad(
    "CWE-79",
    "batch53: rich-text sanitiser passes bleach a tag list that includes script",
    src`
import bleach

ALLOWED_TAGS = ["a", "b", "i", "em", "strong", "p", "ul", "li", "script"]


def sanitize_post(html_body: str) -> str:
    """Clean user-submitted post HTML before it is stored and shown."""
    return bleach.clean(html_body, tags=ALLOWED_TAGS, attributes={"a": ["href", "title"]}, strip=True)
`,
  ),
  good(
    "CWE-79",
    "batch53: rich-text sanitiser passes bleach formatting tags only and http(s) links",
    src`
import bleach

ALLOWED_TAGS = {"a", "b", "i", "em", "strong", "p", "ul", "li"}


def sanitize_post(html_body: str) -> str:
    """Clean user-submitted post HTML before it is stored and shown."""
    return bleach.clean(
        html_body,
        tags=ALLOWED_TAGS,
        attributes={"a": ["href", "title"]},
        protocols={"http", "https", "mailto"},
        strip=True,
    )
`,
  ),
  bad(
    "CWE-79",
    "batch53: rich-text sanitiser allows links and adds javascript to bleach's protocols",
    src`
import bleach
from bleach.sanitizer import ALLOWED_PROTOCOLS

PROTOCOLS = list(ALLOWED_PROTOCOLS) + ["javascript", "data"]


def sanitize_bio(bio: str) -> str:
    return bleach.clean(bio, tags={"a", "b", "i"}, attributes={"a": ["href"]}, protocols=PROTOCOLS)
`,
  ),
  good(
    "CWE-79",
    "batch53: rich-text sanitiser keeps bleach's default protocols for links",
    src`
import bleach
from bleach.sanitizer import ALLOWED_PROTOCOLS


def sanitize_bio(bio: str) -> str:
    return bleach.clean(bio, tags={"a", "b", "i"}, attributes={"a": ["href"]}, protocols=ALLOWED_PROTOCOLS)
`,
  ),
  bad(
    "CWE-79",
    "batch53: Jinja2 environment autoescapes .html files but renders a from_string template with autoescape off for strings",
    src`
from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(
    loader=FileSystemLoader("templates"),
    autoescape=select_autoescape(["html", "xml"], default_for_string=False),
)
ROW = env.from_string("<tr><td>{{ name }}</td><td>{{ comment }}</td></tr>")


def render_row(name: str, comment: str) -> str:
    """Render one guestbook entry submitted through the form."""
    return ROW.render(name=name, comment=comment)
`,
  ),
  good(
    "CWE-79",
    "batch53: Jinja2 environment with autoescape=True renders the from_string template escaped",
    src`
from jinja2 import Environment, FileSystemLoader

env = Environment(loader=FileSystemLoader("templates"), autoescape=True)
ROW = env.from_string("<tr><td>{{ name }}</td><td>{{ comment }}</td></tr>")


def render_row(name: str, comment: str) -> str:
    """Render one guestbook entry submitted through the form."""
    return ROW.render(name=name, comment=comment)
`,
  ),
  bad(
    "CWE-79",
    "batch53: Flask template marks the request's title |safe",
    src`
from flask import Flask, render_template_string, request

app = Flask(__name__)
PAGE = "<html><head><title>{{ title|safe }}</title></head><body>{{ body }}</body></html>"


@app.get("/page")
def page():
    return render_template_string(PAGE, title=request.args.get("title", "Home"), body="Welcome")
`,
  ),
  good(
    "CWE-79",
    "batch53: Flask template lets autoescaping handle the request's title",
    src`
from flask import Flask, render_template_string, request

app = Flask(__name__)
PAGE = "<html><head><title>{{ title }}</title></head><body>{{ body }}</body></html>"


@app.get("/page")
def page():
    return render_template_string(PAGE, title=request.args.get("title", "Home"), body="Welcome")
`,
  ),
  bad(
    "CWE-79",
    "batch53: Django view uses format_html for the link but the href is the submitted website (javascript: URLs pass)",
    src`
from django.http import HttpResponse
from django.utils.html import format_html

from .models import Profile


def profile_link(request, user_id: int):
    profile = Profile.objects.get(user_id=user_id)
    link = format_html('<a href="{}" rel="nofollow">{}</a>', profile.website, profile.display_name)
    return HttpResponse(link)
`,
  ),
  good(
    "CWE-79",
    "batch53: Django view checks the website's scheme is http(s) before format_html puts it in href",
    src`
from urllib.parse import urlparse

from django.http import HttpResponse
from django.utils.html import format_html

from .models import Profile


def profile_link(request, user_id: int):
    profile = Profile.objects.get(user_id=user_id)
    href = profile.website if urlparse(profile.website).scheme in ("http", "https") else "#"
    link = format_html('<a href="{}" rel="nofollow">{}</a>', href, profile.display_name)
    return HttpResponse(link)
`,
  ),
  bad(
    "CWE-79",
    "batch53: Django helper builds the label with an f-string and mark_safe",
    src`
from django.http import HttpResponse
from django.utils.safestring import mark_safe


def tag_label(request):
    tag = request.GET.get("tag", "")
    label = mark_safe(f'<span class="tag">{tag}</span>')
    return HttpResponse(f"<div>{label}</div>")
`,
  ),
  good(
    "CWE-79",
    "batch53: Django helper builds the label with format_html",
    src`
from django.http import HttpResponse
from django.utils.html import format_html


def tag_label(request):
    tag = request.GET.get("tag", "")
    label = format_html('<span class="tag">{}</span>', tag)
    return HttpResponse(format_html("<div>{}</div>", label))
`,
  ),
  bad(
    "CWE-79",
    "batch53: error page escapes the path for the heading but reuses the raw path in the link",
    src`
from html import escape

from starlette.requests import Request
from starlette.responses import HTMLResponse


async def not_found(request: Request, exc: Exception) -> HTMLResponse:
    path = request.url.path
    return HTMLResponse(
        f"<h1>Not found: {escape(path)}</h1><a href='/search?q={request.query_params.get('q', '')}'>search</a>",
        status_code=404,
    )
`,
  ),
  good(
    "CWE-79",
    "batch53: error page escapes the path and url-encodes then escapes the query in the link",
    src`
from html import escape
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import HTMLResponse


async def not_found(request: Request, exc: Exception) -> HTMLResponse:
    path = request.url.path
    q = escape(quote(request.query_params.get("q", ""), safe=""))
    return HTMLResponse(f"<h1>Not found: {escape(path)}</h1><a href='/search?q={q}'>search</a>", status_code=404)
`,
  ),
  // ---------------- CWE-338 / 330 / 208 / 347 / 613 / 760 / 916 / 323 ----------------
  bad(
    "CWE-338",
    "batch53: account service makes the session token with secrets but the password-reset code with random.randint",
    src`
import random
import secrets
from datetime import datetime, timedelta, timezone


def new_session_token() -> str:
    return secrets.token_urlsafe(32)


def new_reset_code() -> tuple[str, datetime]:
    """Six-digit code mailed to the user to reset the password."""
    code = f"{random.randint(0, 999999):06d}"
    return code, datetime.now(timezone.utc) + timedelta(minutes=15)
`,
  ),
  good(
    "CWE-338",
    "batch53: account service makes both the session token and the reset code with secrets",
    src`
import secrets
from datetime import datetime, timedelta, timezone


def new_session_token() -> str:
    return secrets.token_urlsafe(32)


def new_reset_code() -> tuple[str, datetime]:
    """Six-digit code mailed to the user to reset the password."""
    code = f"{secrets.randbelow(1_000_000):06d}"
    return code, datetime.now(timezone.utc) + timedelta(minutes=15)
`,
  ),
  bad(
    "CWE-338",
    "batch53: invite codes drawn with random.choices from a custom alphabet",
    src`
import random
import string

ALPHABET = string.ascii_uppercase + string.digits


def make_invite_code(length: int = 10) -> str:
    """Invite code that grants access to a private workspace."""
    return "".join(random.choices(ALPHABET, k=length))
`,
  ),
  good(
    "CWE-338",
    "batch53: invite codes drawn with secrets.choice from a custom alphabet",
    src`
import secrets
import string

ALPHABET = string.ascii_uppercase + string.digits


def make_invite_code(length: int = 10) -> str:
    """Invite code that grants access to a private workspace."""
    return "".join(secrets.choice(ALPHABET) for _ in range(length))
`,
  ),
  bad(
    "CWE-330",
    "batch53: API key derived from sha256 of the current time and user id",
    src`
import hashlib
import time


def issue_api_key(user_id: int) -> str:
    seed = f"{user_id}:{time.time()}"
    return hashlib.sha256(seed.encode()).hexdigest()
`,
  ),
  good(
    "CWE-330",
    "batch53: API key from secrets.token_hex, stored as its sha256",
    src`
import hashlib
import secrets


def issue_api_key(user_id: int) -> tuple[str, str]:
    """Return the key to show once and the digest to store."""
    key = f"uk_{secrets.token_hex(24)}"
    return key, hashlib.sha256(key.encode()).hexdigest()
`,
  ),
  bad(
    "CWE-208",
    "batch53: webhook checks the header signature with compare_digest but the query-string fallback with ==",
    src`
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.post("/hooks/build")
def build_hook():
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    header_sig = request.headers.get("X-Signature")
    if header_sig is not None:
        if not hmac.compare_digest(header_sig, expected):
            abort(401)
    elif request.args.get("sig") != expected:
        abort(401)
    return {"queued": True}
`,
  ),
  good(
    "CWE-208",
    "batch53: webhook checks the signature from either place with compare_digest",
    src`
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.post("/hooks/build")
def build_hook():
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    given = request.headers.get("X-Signature") or request.args.get("sig") or ""
    if not hmac.compare_digest(given, expected):
        abort(401)
    return {"queued": True}
`,
  ),
  bad(
    "CWE-208",
    "batch53: FastAPI API-key dependency compares the header with the configured key using ==",
    src`
import os

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
API_KEY = os.environ["SERVICE_API_KEY"]


def require_key(x_api_key: str = Header(...)) -> None:
    if x_api_key != API_KEY:
        raise HTTPException(status_code=401, detail="bad key")


@app.get("/internal/stats", dependencies=[Depends(require_key)])
def stats() -> dict:
    return {"ok": True}
`,
  ),
  good(
    "CWE-208",
    "batch53: FastAPI API-key dependency compares with secrets.compare_digest",
    src`
import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
API_KEY = os.environ["SERVICE_API_KEY"]


def require_key(x_api_key: str = Header(...)) -> None:
    if not secrets.compare_digest(x_api_key.encode(), API_KEY.encode()):
        raise HTTPException(status_code=401, detail="bad key")


@app.get("/internal/stats", dependencies=[Depends(require_key)])
def stats() -> dict:
    return {"ok": True}
`,
  ),
  bad(
    "CWE-347",
    "batch53: token helper allows the 'none' algorithm next to HS256 in jwt.decode",
    src`
import os

import jwt

SECRET = os.environ["JWT_SECRET"]


def current_user_id(token: str) -> int:
    claims = jwt.decode(token, SECRET, algorithms=["HS256", "none"])
    return int(claims["sub"])
`,
  ),
  good(
    "CWE-347",
    "batch53: token helper accepts HS256 only and requires exp and sub",
    src`
import os

import jwt

SECRET = os.environ["JWT_SECRET"]


def current_user_id(token: str) -> int:
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    return int(claims["sub"])
`,
  ),
  bad(
    "CWE-347",
    "batch53: refresh endpoint decodes the refresh token with verify_signature switched off to read its claims",
    src`
import os

import jwt
from fastapi import FastAPI, HTTPException

app = FastAPI()
SECRET = os.environ["JWT_SECRET"]


@app.post("/auth/refresh")
def refresh(refresh_token: str) -> dict:
    claims = jwt.decode(refresh_token, SECRET, algorithms=["HS256"], options={"verify_signature": False})
    if claims.get("type") != "refresh":
        raise HTTPException(401)
    access = jwt.encode({"sub": claims["sub"], "type": "access"}, SECRET, algorithm="HS256")
    return {"access_token": access}
`,
  ),
  good(
    "CWE-347",
    "batch53: refresh endpoint verifies the refresh token's signature and expiry",
    src`
import os
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import FastAPI, HTTPException

app = FastAPI()
SECRET = os.environ["JWT_SECRET"]


@app.post("/auth/refresh")
def refresh(refresh_token: str) -> dict:
    try:
        claims = jwt.decode(refresh_token, SECRET, algorithms=["HS256"], options={"require": ["exp"]})
    except jwt.InvalidTokenError:
        raise HTTPException(401)
    if claims.get("type") != "refresh":
        raise HTTPException(401)
    exp = datetime.now(timezone.utc) + timedelta(minutes=15)
    access = jwt.encode({"sub": claims["sub"], "type": "access", "exp": exp}, SECRET, algorithm="HS256")
    return {"access_token": access}
`,
  ),
  bad(
    "CWE-613",
    "batch53: session token decoder verifies the signature but switches off the expiry check",
    src`
import os

import jwt

SECRET = os.environ["JWT_SECRET"]


def decode_session(token: str) -> dict:
    """Decode the session JWT sent in the Authorization header."""
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False})
`,
  ),
  good(
    "CWE-613",
    "batch53: session token decoder verifies signature and expiry, with a small leeway",
    src`
import os

import jwt

SECRET = os.environ["JWT_SECRET"]


def decode_session(token: str) -> dict:
    """Decode the session JWT sent in the Authorization header."""
    return jwt.decode(token, SECRET, algorithms=["HS256"], leeway=30, options={"require": ["exp"]})
`,
  ),
  bad(
    "CWE-760",
    "batch53: password hashing uses pbkdf2_hmac with a constant salt",
    src`
import hashlib
import hmac

ITERATIONS = 600_000


def hash_password(password: str) -> str:
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), b"myapp-salt", ITERATIONS)
    return digest.hex()


def verify_password(password: str, stored: str) -> bool:
    return hmac.compare_digest(hash_password(password), stored)
`,
  ),
  good(
    "CWE-760",
    "batch53: password hashing uses pbkdf2_hmac with a random per-user salt stored beside the hash",
    src`
import hashlib
import hmac
import os

ITERATIONS = 600_000


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return f"{salt.hex()}:{digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    salt_hex, _ = stored.split(":", 1)
    return hmac.compare_digest(hash_password(password, bytes.fromhex(salt_hex)), stored)
`,
  ),
  bad(
    "CWE-916",
    "batch53: password hashing uses pbkdf2_hmac with a random salt but only 1000 iterations",
    src`
import hashlib
import os


def hash_password(password: str) -> tuple[bytes, bytes]:
    salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)
`,
  ),
  good(
    "CWE-916",
    "batch53: password hashing uses pbkdf2_hmac with a random salt and 600000 iterations",
    src`
import hashlib
import os


def hash_password(password: str) -> tuple[bytes, bytes]:
    salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
`,
  ),
  bad(
    "CWE-916",
    "batch53: user model stores sha256(salt + password) with a random salt",
    src`
import hashlib
import secrets
from dataclasses import dataclass, field


@dataclass
class User:
    email: str
    salt: str = field(default_factory=lambda: secrets.token_hex(16))
    password_hash: str = ""

    def set_password(self, password: str) -> None:
        self.password_hash = hashlib.sha256((self.salt + password).encode()).hexdigest()
`,
  ),
  good(
    "CWE-916",
    "batch53: user model stores an argon2 hash of the password",
    src`
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

_ph = PasswordHasher()


@dataclass
class User:
    email: str
    password_hash: str = ""

    def set_password(self, password: str) -> None:
        self.password_hash = _ph.hash(password)

    def check_password(self, password: str) -> bool:
        try:
            return _ph.verify(self.password_hash, password)
        except VerifyMismatchError:
            return False
`,
  ),
  bad(
    "CWE-323",
    "batch53: AES-GCM helper uses a random key but a fixed all-zero nonce for every message",
    src`
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["DATA_KEY_HEX"])
NONCE = b"\x00" * 12


def encrypt_field(plaintext: str) -> bytes:
    return AESGCM(KEY).encrypt(NONCE, plaintext.encode(), None)
`,
  ),
  good(
    "CWE-323",
    "batch53: AES-GCM helper draws a fresh 12-byte nonce per message and prepends it",
    src`
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["DATA_KEY_HEX"])


def encrypt_field(plaintext: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(KEY).encrypt(nonce, plaintext.encode(), None)
`,
  ),
  // ---------------- CWE-918 / CWE-601 / CWE-20: URL and format checks ----------------
  bad(
    "CWE-918",
    "batch53: proxy endpoint checks the URL with startswith('https://api.example.com') (api.example.com.evil.io passes)",
    src`
import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/proxy")
def proxy(url: str) -> dict:
    if not url.startswith("https://api.example.com"):
        raise HTTPException(400, "only the partner API may be called")
    resp = requests.get(url, timeout=5)
    return {"status": resp.status_code, "body": resp.json()}
`,
  ),
  good(
    "CWE-918",
    "batch53: proxy endpoint parses the URL and requires https and a host from a fixed set",
    src`
from urllib.parse import urlparse

import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()
ALLOWED_HOSTS = {"api.example.com"}


@app.get("/proxy")
def proxy(url: str) -> dict:
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise HTTPException(400, "only the partner API may be called")
    resp = requests.get(url, timeout=5, allow_redirects=False)
    return {"status": resp.status_code, "body": resp.json()}
`,
  ),
  bad(
    "CWE-918",
    "batch53: avatar fetcher checks that the host ends with 'example.com' (evilexample.com passes)",
    src`
from urllib.parse import urlparse

import httpx


async def fetch_avatar(url: str) -> bytes:
    """Download an avatar from one of our CDNs; url comes from the profile form."""
    host = urlparse(url).hostname or ""
    if not host.endswith("example.com"):
        raise ValueError("avatar must be on our CDN")
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(url)
        resp.raise_for_status()
        return resp.content
`,
  ),
  good(
    "CWE-918",
    "batch53: avatar fetcher accepts example.com or a host ending in '.example.com' over https",
    src`
from urllib.parse import urlparse

import httpx


async def fetch_avatar(url: str) -> bytes:
    """Download an avatar from one of our CDNs; url comes from the profile form."""
    parsed = urlparse(url)
    host = parsed.hostname or ""
    if parsed.scheme != "https" or not (host == "example.com" or host.endswith(".example.com")):
        raise ValueError("avatar must be on our CDN")
    async with httpx.AsyncClient(timeout=10, follow_redirects=False) as client:
        resp = await client.get(url)
        resp.raise_for_status()
        return resp.content
`,
  ),
  bad(
    "CWE-918",
    "batch53: link preview blocks localhost and 127.0.0.1 by name and fetches anything else",
    src`
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
BLOCKED = {"localhost", "127.0.0.1"}


@app.post("/preview")
def preview():
    url = request.json["url"]
    if urlparse(url).hostname in BLOCKED:
        abort(400)
    page = requests.get(url, timeout=5)
    return {"title": page.text[:200]}
`,
  ),
  good(
    "CWE-918",
    "batch53: link preview only fetches from an allow-list of news hosts",
    src`
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED = {"www.bbc.co.uk", "www.reuters.com", "apnews.com"}


@app.post("/preview")
def preview():
    url = request.json["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED:
        abort(400)
    page = requests.get(url, timeout=5, allow_redirects=False)
    return {"title": page.text[:200]}
`,
  ),
  bad(
    "CWE-601",
    "batch53: login redirect accepts any next URL whose netloc parses empty (///evil.com and /\\evil.com pass)",
    src`
from urllib.parse import urlparse

from flask import Flask, redirect, request
from flask_login import login_user

from .auth import authenticate

app = Flask(__name__)


@app.post("/login")
def login():
    user = authenticate(request.form["username"], request.form["password"])
    if user is None:
        return "invalid credentials", 401
    login_user(user)
    next_url = request.args.get("next", "/")
    if urlparse(next_url).netloc == "":
        return redirect(next_url)
    return redirect("/")
`,
  ),
  good(
    "CWE-601",
    "batch53: login redirect checks next with Django's url_has_allowed_host_and_scheme",
    src`
from django.contrib.auth import authenticate, login
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def login_view(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return HttpResponse("invalid credentials", status=401)
    login(request, user)
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=True):
        next_url = "/"
    return redirect(next_url)
`,
  ),
  bad(
    "CWE-601",
    "batch53: logout redirect accepts next when it starts with '/' (//evil.com passes)",
    src`
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/logout")
def logout(next: str = "/") -> RedirectResponse:
    target = next if next.startswith("/") else "/"
    resp = RedirectResponse(target, status_code=303)
    resp.delete_cookie("session")
    return resp
`,
  ),
  good(
    "CWE-601",
    "batch53: logout redirect maps next to one of the app's own pages",
    src`
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
PAGES = {"home": "/", "pricing": "/pricing", "docs": "/docs"}


@app.get("/logout")
def logout(next: str = "home") -> RedirectResponse:
    resp = RedirectResponse(PAGES.get(next, "/"), status_code=303)
    resp.delete_cookie("session")
    return resp
`,
  ),
  bad(
    "CWE-601",
    "batch53: return-to handler rejects '//' prefixes but a backslash form (/\\evil.com) still leaves the site",
    src`
from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/continue")
def continue_to():
    dest = request.args.get("to", "/")
    if not dest.startswith("/") or dest.startswith("//"):
        dest = "/"
    return redirect(dest)
`,
  ),
  good(
    "CWE-601",
    "batch53: return-to handler resolves the target with url_for over a fixed set of endpoints",
    src`
from flask import Flask, redirect, request, url_for

app = Flask(__name__)
ENDPOINTS = {"dashboard", "settings", "billing"}


@app.get("/continue")
def continue_to():
    endpoint = request.args.get("to", "dashboard")
    if endpoint not in ENDPOINTS:
        endpoint = "dashboard"
    return redirect(url_for(endpoint))
`,
  ),
  bad(
    "CWE-20",
    "batch53: username validator uses re.match with a start anchor only",
    src`
import re

USERNAME_RE = re.compile(r"^[a-z0-9_]{3,20}")


def is_valid_username(name: str) -> bool:
    """Usernames: 3-20 lowercase letters, digits or underscores."""
    return USERNAME_RE.match(name) is not None
`,
  ),
  good(
    "CWE-20",
    "batch53: username validator uses re.fullmatch",
    src`
import re

USERNAME_RE = re.compile(r"[a-z0-9_]{3,20}")


def is_valid_username(name: str) -> bool:
    """Usernames: 3-20 lowercase letters, digits or underscores."""
    return USERNAME_RE.fullmatch(name) is not None
`,
  ),
  bad(
    "CWE-20",
    "batch53: pydantic validator checks the SKU with re.match and no end anchor",
    src`
import re

from pydantic import BaseModel, field_validator


class OrderLine(BaseModel):
    sku: str
    quantity: int

    @field_validator("sku")
    @classmethod
    def check_sku(cls, v: str) -> str:
        if not re.match(r"[A-Z]{3}-\d{4}", v):
            raise ValueError("bad SKU")
        return v
`,
  ),
  good(
    "CWE-20",
    "batch53: pydantic validator checks the SKU with re.fullmatch and the quantity range",
    src`
import re

from pydantic import BaseModel, Field, field_validator


class OrderLine(BaseModel):
    sku: str
    quantity: int = Field(ge=1, le=100)

    @field_validator("sku")
    @classmethod
    def check_sku(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Z]{3}-\d{4}", v):
            raise ValueError("bad SKU")
        return v
`,
  ),
  // ---------------- CWE-732 / CWE-377: permissions and temporary files ----------------
  bad(
    "CWE-732",
    "batch53: key writer creates the file 0o600 with os.open but then chmods it 0o644",
    src`
import os
from pathlib import Path


def write_private_key(path: Path, pem: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    os.chmod(path, 0o644)
`,
  ),
  good(
    "CWE-732",
    "batch53: key writer creates the file 0o600 with os.open and keeps it that way",
    src`
import os
from pathlib import Path


def write_private_key(path: Path, pem: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    os.chmod(path, 0o600)
`,
  ),
  bad(
    "CWE-732",
    "batch53: upload service creates its per-user folders with mode 0o777",
    src`
import os

UPLOAD_ROOT = "/srv/uploads"


def user_upload_dir(user_id: int) -> str:
    path = os.path.join(UPLOAD_ROOT, str(user_id))
    os.makedirs(path, mode=0o777, exist_ok=True)
    return path
`,
  ),
  good(
    "CWE-732",
    "batch53: upload service creates its per-user folders with mode 0o750",
    src`
import os

UPLOAD_ROOT = "/srv/uploads"


def user_upload_dir(user_id: int) -> str:
    path = os.path.join(UPLOAD_ROOT, str(user_id))
    os.makedirs(path, mode=0o750, exist_ok=True)
    return path
`,
  ),
  bad(
    "CWE-732",
    "batch53: credentials cache written with write_text, then chmod 0o666 so the worker can read it",
    src`
import json
from pathlib import Path

CACHE = Path.home() / ".cache" / "deploy" / "credentials.json"


def save_credentials(creds: dict[str, str]) -> None:
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_text(json.dumps(creds))
    CACHE.chmod(0o666)
`,
  ),
  good(
    "CWE-732",
    "batch53: credentials cache written and chmod 0o600 for the owning user only",
    src`
import json
from pathlib import Path

CACHE = Path.home() / ".cache" / "deploy" / "credentials.json"


def save_credentials(creds: dict[str, str]) -> None:
    CACHE.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    CACHE.touch(mode=0o600, exist_ok=True)
    CACHE.chmod(0o600)
    CACHE.write_text(json.dumps(creds))
`,
  ),
  bad(
    "CWE-377",
    "batch53: PDF render writes to a predictable name in the system temp folder",
    src`
import os
import subprocess
import tempfile


def render_invoice_pdf(invoice_id: int, html: str) -> bytes:
    src = os.path.join(tempfile.gettempdir(), f"invoice-{invoice_id}.html")
    out = os.path.join(tempfile.gettempdir(), f"invoice-{invoice_id}.pdf")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html)
    subprocess.run(["wkhtmltopdf", src, out], check=True)
    with open(out, "rb") as fh:
        return fh.read()
`,
  ),
  good(
    "CWE-377",
    "batch53: PDF render writes into a private TemporaryDirectory",
    src`
import subprocess
import tempfile
from pathlib import Path


def render_invoice_pdf(invoice_id: int, html: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="invoice-") as tmp:
        src = Path(tmp) / "invoice.html"
        out = Path(tmp) / "invoice.pdf"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["wkhtmltopdf", str(src), str(out)], check=True)
        return out.read_bytes()
`,
  ),
  bad(
    "CWE-377",
    "batch53: exporter gets a name from mkstemp, closes and deletes it, then opens the name again",
    src`
import csv
import os
import tempfile


def export_rows(rows: list[list[str]]) -> str:
    fd, path = tempfile.mkstemp(suffix=".csv")
    os.close(fd)
    os.remove(path)
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path
`,
  ),
  good(
    "CWE-377",
    "batch53: exporter uses NamedTemporaryFile(delete=False) and returns its name for the caller to reopen",
    src`
import csv
import tempfile


def export_rows(rows: list[list[str]]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False) as fh:
        csv.writer(fh).writerows(rows)
        return fh.name
`,
  ),
  good(
    "CWE-377",
    "batch53: exporter writes through the descriptor mkstemp returned",
    src`
import csv
import os
import tempfile


def export_rows(rows: list[list[str]]) -> str:
    fd, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path
`,
  ),
  // ---------------- CWE-352 / 306 / 862 / 307 / 639: protection on one view only ----------------
  bad(
    "CWE-352",
    "batch53: Flask-WTF CSRFProtect is on, but the money-transfer view is marked @csrf.exempt",
    src`
from flask import Flask, request
from flask_login import current_user, login_required
from flask_wtf.csrf import CSRFProtect

from .banking import transfer_funds

app = Flask(__name__)
csrf = CSRFProtect(app)


@app.post("/transfer")
@csrf.exempt
@login_required
def transfer():
    transfer_funds(current_user.id, request.form["to_account"], request.form["amount"])
    return {"ok": True}
`,
  ),
  good(
    "CWE-352",
    "batch53: Flask-WTF CSRFProtect is on; only the HMAC-verified payment webhook is exempt",
    src`
import hashlib
import hmac
import os

from flask import Flask, abort, request
from flask_login import current_user, login_required
from flask_wtf.csrf import CSRFProtect

from .banking import record_payment, transfer_funds

app = Flask(__name__)
csrf = CSRFProtect(app)
HOOK_SECRET = os.environ["PSP_WEBHOOK_SECRET"].encode()


@app.post("/transfer")
@login_required
def transfer():
    transfer_funds(current_user.id, request.form["to_account"], request.form["amount"])
    return {"ok": True}


@app.post("/hooks/psp")
@csrf.exempt
def psp_hook():
    sig = request.headers.get("X-PSP-Signature", "")
    expected = hmac.new(HOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        abort(401)
    record_payment(request.get_json())
    return {"ok": True}
`,
  ),
  bad(
    "CWE-352",
    "batch53: Django view that changes the account e-mail is decorated @csrf_exempt",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
@login_required
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save(update_fields=["email"])
    return JsonResponse({"email": request.user.email})
`,
  ),
  good(
    "CWE-352",
    "batch53: Django view that changes the account e-mail keeps the CSRF middleware's check",
    src`
from django.contrib.auth.decorators import login_required
from django.core.validators import validate_email
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
@login_required
def change_email(request):
    email = request.POST["email"]
    validate_email(email)
    request.user.email = email
    request.user.save(update_fields=["email"])
    return JsonResponse({"email": request.user.email})
`,
  ),
  bad(
    "CWE-306",
    "batch53: settings view checks the login only on the GET branch; the POST branch saves without it",
    src`
from flask import Flask, redirect, render_template, request, session, url_for

from .store import load_settings, save_settings

app = Flask(__name__)


@app.route("/settings", methods=["GET", "POST"])
def settings():
    if request.method == "GET":
        if "user_id" not in session:
            return redirect(url_for("login"))
        return render_template("settings.html", settings=load_settings(session["user_id"]))
    save_settings(request.form.get("user_id"), request.form.to_dict())
    return redirect(url_for("settings"))
`,
  ),
  good(
    "CWE-306",
    "batch53: settings view requires the login for both methods and saves for the session's user",
    src`
from flask import Flask, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required

from .store import load_settings, save_settings

app = Flask(__name__)


@app.route("/settings", methods=["GET", "POST"])
@login_required
def settings():
    if request.method == "GET":
        return render_template("settings.html", settings=load_settings(current_user.id))
    save_settings(current_user.id, request.form.to_dict())
    return redirect(url_for("settings"))
`,
  ),
  bad(
    "CWE-306",
    "batch53: Django class-based view puts login_required on get() only; post() deletes without it",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View

from .models import Project


@method_decorator(login_required, name="get")
class ProjectView(View):
    def get(self, request, pk: int):
        project = Project.objects.get(pk=pk, owner=request.user)
        return JsonResponse({"name": project.name})

    def post(self, request, pk: int):
        Project.objects.filter(pk=pk).delete()
        return JsonResponse({"deleted": pk})
`,
  ),
  good(
    "CWE-306",
    "batch53: Django class-based view uses LoginRequiredMixin and scopes the delete to the owner",
    src`
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views import View

from .models import Project


class ProjectView(LoginRequiredMixin, View):
    def get(self, request, pk: int):
        project = Project.objects.get(pk=pk, owner=request.user)
        return JsonResponse({"name": project.name})

    def post(self, request, pk: int):
        Project.objects.filter(pk=pk, owner=request.user).delete()
        return JsonResponse({"deleted": pk})
`,
  ),
  bad(
    "CWE-306",
    "batch53: FastAPI router: the read route depends on get_current_user, the delete route does not",
    src`
from fastapi import APIRouter, Depends

from .auth import User, get_current_user
from .db import delete_document, get_document

router = APIRouter(prefix="/documents")


@router.get("/{doc_id}")
def read_document(doc_id: int, user: User = Depends(get_current_user)) -> dict:
    return get_document(doc_id, owner_id=user.id)


@router.delete("/{doc_id}")
def remove_document(doc_id: int) -> dict:
    delete_document(doc_id)
    return {"deleted": doc_id}
`,
  ),
  good(
    "CWE-306",
    "batch53: FastAPI router: both routes depend on get_current_user and scope to the owner",
    src`
from fastapi import APIRouter, Depends

from .auth import User, get_current_user
from .db import delete_document, get_document

router = APIRouter(prefix="/documents")


@router.get("/{doc_id}")
def read_document(doc_id: int, user: User = Depends(get_current_user)) -> dict:
    return get_document(doc_id, owner_id=user.id)


@router.delete("/{doc_id}")
def remove_document(doc_id: int, user: User = Depends(get_current_user)) -> dict:
    delete_document(doc_id, owner_id=user.id)
    return {"deleted": doc_id}
`,
  ),
  bad(
    "CWE-862",
    "batch53: reports view checks the permission for viewing but not for the delete action",
    src`
from django.contrib.auth.decorators import login_required, permission_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Report


@permission_required("reports.view_report")
def report_detail(request, pk: int):
    return JsonResponse({"title": Report.objects.get(pk=pk).title})


@require_POST
@login_required
def report_delete(request, pk: int):
    Report.objects.filter(pk=pk).delete()
    return JsonResponse({"deleted": pk})
`,
  ),
  good(
    "CWE-862",
    "batch53: reports view requires the delete permission for the delete action",
    src`
from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Report


@permission_required("reports.view_report")
def report_detail(request, pk: int):
    return JsonResponse({"title": Report.objects.get(pk=pk).title})


@require_POST
@permission_required("reports.delete_report", raise_exception=True)
def report_delete(request, pk: int):
    Report.objects.filter(pk=pk).delete()
    return JsonResponse({"deleted": pk})
`,
  ),
  bad(
    "CWE-639",
    "batch53: order API filters by owner when reading but updates the order by id alone",
    src`
from flask import Flask, abort, request
from flask_login import current_user, login_required

from .models import Order, db

app = Flask(__name__)


@app.get("/orders/<int:order_id>")
@login_required
def get_order(order_id: int):
    order = Order.query.filter_by(id=order_id, user_id=current_user.id).first_or_404()
    return order.to_dict()


@app.patch("/orders/<int:order_id>")
@login_required
def update_order(order_id: int):
    order = db.session.get(Order, order_id) or abort(404)
    order.shipping_address = request.json["shipping_address"]
    db.session.commit()
    return order.to_dict()
`,
  ),
  good(
    "CWE-639",
    "batch53: order API filters by owner both when reading and when updating",
    src`
from flask import Flask, request
from flask_login import current_user, login_required

from .models import Order, db

app = Flask(__name__)


@app.get("/orders/<int:order_id>")
@login_required
def get_order(order_id: int):
    order = Order.query.filter_by(id=order_id, user_id=current_user.id).first_or_404()
    return order.to_dict()


@app.patch("/orders/<int:order_id>")
@login_required
def update_order(order_id: int):
    order = Order.query.filter_by(id=order_id, user_id=current_user.id).first_or_404()
    order.shipping_address = request.json["shipping_address"]
    db.session.commit()
    return order.to_dict()
`,
  ),
  bad(
    "CWE-307",
    "batch53: login is rate-limited with Flask-Limiter, but the 6-digit reset-code check is not",
    src`
from flask import Flask, abort, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from .auth import check_login, check_reset_code, set_password

app = Flask(__name__)
limiter = Limiter(get_remote_address, app=app)


@app.post("/login")
@limiter.limit("5 per minute")
def login():
    if not check_login(request.form["email"], request.form["password"]):
        abort(401)
    return {"ok": True}


@app.post("/reset/confirm")
def reset_confirm():
    if not check_reset_code(request.form["email"], request.form["code"]):
        abort(401)
    set_password(request.form["email"], request.form["new_password"])
    return {"ok": True}
`,
  ),
  good(
    "CWE-307",
    "batch53: both the login and the reset-code check are rate-limited with Flask-Limiter",
    src`
from flask import Flask, abort, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from .auth import check_login, check_reset_code, set_password

app = Flask(__name__)
limiter = Limiter(get_remote_address, app=app)


@app.post("/login")
@limiter.limit("5 per minute")
def login():
    if not check_login(request.form["email"], request.form["password"]):
        abort(401)
    return {"ok": True}


@app.post("/reset/confirm")
@limiter.limit("5 per 15 minutes")
def reset_confirm():
    if not check_reset_code(request.form["email"], request.form["code"]):
        abort(401)
    set_password(request.form["email"], request.form["new_password"])
    return {"ok": True}
`,
  ),
  // ---------------- CWE-1004 / 614: cookie flags ----------------
  bad(
    "CWE-1004",
    "batch53: session cookie set Secure and SameSite but with httponly=False",
    src`
import secrets

from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/session")
def create_session(response: Response) -> dict:
    token = secrets.token_urlsafe(32)
    response.set_cookie("session_id", token, secure=True, httponly=False, samesite="lax", max_age=3600)
    return {"ok": True}
`,
  ),
  good(
    "CWE-1004",
    "batch53: session cookie set Secure, HttpOnly and SameSite",
    src`
import secrets

from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/session")
def create_session(response: Response) -> dict:
    token = secrets.token_urlsafe(32)
    response.set_cookie("session_id", token, secure=True, httponly=True, samesite="lax", max_age=3600)
    return {"ok": True}
`,
  ),
  bad(
    "CWE-614",
    "batch53: production Flask config turns on HttpOnly for the session cookie but leaves Secure off",
    src`
import os

from flask import Flask

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SECRET_KEY"],
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SECURE=False,
    SESSION_COOKIE_SAMESITE="Lax",
    PREFERRED_URL_SCHEME="https",
)
`,
  ),
  good(
    "CWE-614",
    "batch53: production Flask config turns on both HttpOnly and Secure for the session cookie",
    src`
import os

from flask import Flask

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SECRET_KEY"],
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_SAMESITE="Lax",
    PREFERRED_URL_SCHEME="https",
)
`,
  ),
  // ---------------- CWE-798 / 532 / 489 / 295 / 297: configuration that almost works ----------------
  bad(
    "CWE-798",
    "batch53: Flask app reads SECRET_KEY from the environment with a hard-coded fallback",
    src`
import os

from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = os.getenv("SECRET_KEY", "dev-secret-change-me")
`,
  ),
  good(
    "CWE-798",
    "batch53: Flask app requires SECRET_KEY in the environment",
    src`
import os

from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
`,
  ),
  bad(
    "CWE-798",
    "batch53: database URL helper falls back to a literal password when the variable is unset",
    src`
import os


def database_url() -> str:
    user = os.environ.get("DB_USER", "app")
    password = os.environ.get("DB_PASSWORD") or "Sup3rS3cret!"
    host = os.environ.get("DB_HOST", "localhost")
    return f"postgresql://{user}:{password}@{host}:5432/app"
`,
  ),
  good(
    "CWE-798",
    "batch53: database URL helper fails when the password variable is unset",
    src`
import os


def database_url() -> str:
    user = os.environ.get("DB_USER", "app")
    password = os.environ.get("DB_PASSWORD")
    if not password:
        raise RuntimeError("DB_PASSWORD is not set")
    host = os.environ.get("DB_HOST", "localhost")
    return f"postgresql://{user}:{password}@{host}:5432/app"
`,
  ),
  bad(
    "CWE-798",
    "batch53: pydantic-settings model gives the JWT secret a literal default",
    src`
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_")

    database_url: str = "sqlite:///./app.db"
    jwt_secret: str = "change-this-super-secret-key"
    jwt_ttl_minutes: int = 30


settings = Settings()
`,
  ),
  good(
    "CWE-798",
    "batch53: pydantic-settings model requires the JWT secret from the environment as a SecretStr",
    src`
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_")

    database_url: str = "sqlite:///./app.db"
    jwt_secret: SecretStr
    jwt_ttl_minutes: int = 30


settings = Settings()
`,
  ),
  bad(
    "CWE-532",
    "batch53: signup handler logs the redacted payload and, at debug level, the raw one with the password",
    src`
import logging

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
log = logging.getLogger("signup")
SENSITIVE = {"password", "card_number"}


class Signup(BaseModel):
    email: str
    password: str
    card_number: str | None = None


@app.post("/signup")
def signup(body: Signup) -> dict:
    payload = body.model_dump()
    redacted = {k: ("***" if k in SENSITIVE else v) for k, v in payload.items()}
    log.info("signup request: %s", redacted)
    log.debug("raw signup payload: %s", payload)
    return {"ok": True}
`,
  ),
  good(
    "CWE-532",
    "batch53: signup handler logs only the redacted payload",
    src`
import logging

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
log = logging.getLogger("signup")
SENSITIVE = {"password", "card_number"}


class Signup(BaseModel):
    email: str
    password: str
    card_number: str | None = None


@app.post("/signup")
def signup(body: Signup) -> dict:
    payload = body.model_dump()
    redacted = {k: ("***" if k in SENSITIVE else v) for k, v in payload.items()}
    log.info("signup request: %s", redacted)
    return {"ok": True}
`,
  ),
  bad(
    "CWE-532",
    "batch53: login handler logs the whole JSON body of a failed attempt",
    src`
import logging

from flask import Flask, request

from .auth import authenticate

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.post("/api/login")
def login():
    creds = request.get_json()
    if not authenticate(creds["username"], creds["password"]):
        logger.warning("failed login: %s", creds)
        return {"error": "invalid credentials"}, 401
    return {"ok": True}
`,
  ),
  good(
    "CWE-532",
    "batch53: login handler logs only the username of a failed attempt, with repr()",
    src`
import logging

from flask import Flask, request

from .auth import authenticate

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.post("/api/login")
def login():
    creds = request.get_json()
    if not authenticate(creds["username"], creds["password"]):
        logger.warning("failed login for %r", creds["username"])
        return {"error": "invalid credentials"}, 401
    return {"ok": True}
`,
  ),
  bad(
    "CWE-489",
    "batch53: DEBUG read with os.getenv('DEBUG', True) - unset means on, and 'False' is a truthy string",
    src`
import os

from flask import Flask

app = Flask(__name__)
DEBUG = os.getenv("DEBUG", True)


@app.get("/")
def index():
    return "ok"


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=DEBUG)
`,
  ),
  good(
    "CWE-489",
    "batch53: DEBUG is on only when the variable is exactly '1'",
    src`
import os

from flask import Flask

app = Flask(__name__)
DEBUG = os.getenv("DEBUG", "0") == "1"


@app.get("/")
def index():
    return "ok"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000, debug=DEBUG)
`,
  ),
  bad(
    "CWE-489",
    "batch53: Django settings: DEBUG = bool(os.environ.get('DJANGO_DEBUG', 'True')) is always on",
    src`
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = bool(os.environ.get("DJANGO_DEBUG", "True"))
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "example.com").split(",")
`,
  ),
  good(
    "CWE-489",
    "batch53: Django settings: DEBUG is on only when DJANGO_DEBUG is '1'",
    src`
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "example.com").split(",")
`,
  ),
  bad(
    "CWE-297",
    "batch53: TLS client builds ssl.create_default_context() and then switches check_hostname off",
    src`
import socket
import ssl


def fetch_banner(host: str, port: int = 443) -> bytes:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    with socket.create_connection((host, port), timeout=5) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            tls.sendall(b"HEAD / HTTP/1.0\r\n\r\n")
            return tls.recv(1024)
`,
  ),
  good(
    "CWE-297",
    "batch53: TLS client keeps the default context's hostname check and trusts the internal CA file",
    src`
import socket
import ssl


def fetch_banner(host: str, port: int = 443) -> bytes:
    ctx = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem")
    with socket.create_connection((host, port), timeout=5) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            tls.sendall(b"HEAD / HTTP/1.0\r\n\r\n")
            return tls.recv(1024)
`,
  ),
  bad(
    "CWE-295",
    "batch53: HTTP client reads verify from os.getenv('VERIFY_TLS', False): unset means no verification",
    src`
import os

import requests


def get_invoice(invoice_id: str) -> dict:
    resp = requests.get(
        f"https://billing.internal/api/invoices/{invoice_id}",
        timeout=10,
        verify=os.getenv("VERIFY_TLS", False),
    )
    resp.raise_for_status()
    return resp.json()
`,
  ),
  good(
    "CWE-295",
    "batch53: HTTP client verifies against the CA bundle named by the environment, or the default store",
    src`
import os

import requests


def get_invoice(invoice_id: str) -> dict:
    resp = requests.get(
        f"https://billing.internal/api/invoices/{int(invoice_id)}",
        timeout=10,
        verify=os.getenv("BILLING_CA_BUNDLE", True),
    )
    resp.raise_for_status()
    return resp.json()
`,
  ),
  bad(
    "CWE-295",
    "batch53: aiohttp client passes ssl=False on the connector to talk to the partner API",
    src`
import aiohttp


async def push_event(event: dict) -> int:
    connector = aiohttp.TCPConnector(ssl=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.post("https://partner.example.net/events", json=event) as resp:
            return resp.status
`,
  ),
  good(
    "CWE-295",
    "batch53: aiohttp client passes an ssl context that trusts the partner's CA",
    src`
import ssl

import aiohttp

PARTNER_CTX = ssl.create_default_context(cafile="/etc/ssl/partner-ca.pem")


async def push_event(event: dict) -> int:
    connector = aiohttp.TCPConnector(ssl=PARTNER_CTX)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.post("https://partner.example.net/events", json=event) as resp:
            return resp.status
`,
  ),
  // ---------------- other near misses ----------------
  bad(
    "CWE-117",
    "batch53: audit logger strips '\\n' from the user agent but leaves '\\r'",
    src`
import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.before_request
def log_request():
    agent = request.headers.get("User-Agent", "").replace("\n", "")
    audit.info("request %s %s ua=%s", request.method, request.path, agent)
`,
  ),
  good(
    "CWE-117",
    "batch53: audit logger logs the user agent with %r so control characters are escaped",
    src`
import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.before_request
def log_request():
    audit.info("request %s %r ua=%r", request.method, request.path, request.headers.get("User-Agent", ""))
`,
  ),
  bad(
    "CWE-1236",
    "batch53: CSV export neutralises cells starting with '=' but not '+', '-' or '@'",
    src`
import csv
import io

from flask import Flask, Response

from .models import Contact

app = Flask(__name__)


def _cell(value: str) -> str:
    return "'" + value if value.startswith("=") else value


@app.get("/contacts.csv")
def export_contacts():
    buf = io.StringIO()
    writer = csv.writer(buf)
    for c in Contact.query.all():
        writer.writerow([_cell(c.name), _cell(c.company), _cell(c.note)])
    return Response(buf.getvalue(), mimetype="text/csv")
`,
  ),
  good(
    "CWE-1236",
    "batch53: CSV export neutralises cells starting with any formula trigger character",
    src`
import csv
import io

from flask import Flask, Response

from .models import Contact

app = Flask(__name__)
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(TRIGGERS) else value


@app.get("/contacts.csv")
def export_contacts():
    buf = io.StringIO()
    writer = csv.writer(buf)
    for c in Contact.query.all():
        writer.writerow([_cell(c.name), _cell(c.company), _cell(c.note)])
    return Response(buf.getvalue(), mimetype="text/csv")
`,
  ),
  bad(
    "CWE-95",
    "batch53: calculator evaluates the expression with eval and empty __builtins__ as a sandbox",
    src`
from fastapi import FastAPI

app = FastAPI()


@app.get("/calc")
def calc(expr: str) -> dict:
    result = eval(expr, {"__builtins__": {}}, {})
    return {"result": result}
`,
  ),
  good(
    "CWE-95",
    "batch53: calculator evaluates arithmetic by walking the ast with a whitelist of operators",
    src`
import ast
import operator

from fastapi import FastAPI, HTTPException

app = FastAPI()
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _eval(node: ast.AST) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_eval(node.left), _eval(node.right))
    raise ValueError("unsupported expression")


@app.get("/calc")
def calc(expr: str) -> dict:
    if len(expr) > 200:
        raise HTTPException(400, "expression too long")
    try:
        return {"result": _eval(ast.parse(expr, mode="eval").body)}
    except (ValueError, SyntaxError, ZeroDivisionError):
        raise HTTPException(400, "bad expression")
`,
  ),
  bad(
    "CWE-1336",
    "batch53: e-mail template preview renders the admin-typed template with a plain jinja2 Environment",
    src`
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment(autoescape=True)


@app.post("/templates/preview")
def preview():
    template = env.from_string(request.form["template"])
    return template.render(first_name="Ada", order_id=1234)
`,
  ),
  good(
    "CWE-1336",
    "batch53: e-mail template preview renders the typed template in a jinja2 SandboxedEnvironment",
    src`
from flask import Flask, request
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)
env = SandboxedEnvironment(autoescape=True)


@app.post("/templates/preview")
def preview():
    template = env.from_string(request.form["template"])
    return template.render(first_name="Ada", order_id=1234)
`,
  ),
  bad(
    "CWE-915",
    "batch53: profile update copies every field of a pydantic model with extra='allow' onto the user",
    src`
from fastapi import Depends, FastAPI
from pydantic import BaseModel, ConfigDict

from .auth import get_current_user
from .db import User, session

app = FastAPI()


class ProfileUpdate(BaseModel):
    model_config = ConfigDict(extra="allow")
    display_name: str | None = None
    bio: str | None = None


@app.patch("/me")
def update_me(body: ProfileUpdate, user: User = Depends(get_current_user)) -> dict:
    for key, value in body.model_dump(exclude_unset=True).items():
        setattr(user, key, value)
    session.commit()
    return {"ok": True}
`,
  ),
  good(
    "CWE-915",
    "batch53: profile update forbids extra fields and copies only the model's declared fields",
    src`
from fastapi import Depends, FastAPI
from pydantic import BaseModel, ConfigDict

from .auth import get_current_user
from .db import User, session

app = FastAPI()


class ProfileUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    display_name: str | None = None
    bio: str | None = None


@app.patch("/me")
def update_me(body: ProfileUpdate, user: User = Depends(get_current_user)) -> dict:
    for key, value in body.model_dump(exclude_unset=True).items():
        setattr(user, key, value)
    session.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-434",
    "batch53: avatar upload trusts the client's Content-Type and saves under the original name in static/",
    src`
import os

from flask import Flask, abort, request

app = Flask(__name__)
STATIC_AVATARS = os.path.join(app.root_path, "static", "avatars")


@app.post("/avatar")
def upload_avatar():
    f = request.files["avatar"]
    if f.mimetype not in ("image/png", "image/jpeg"):
        abort(400)
    f.save(os.path.join(STATIC_AVATARS, f.filename))
    return {"url": f"/static/avatars/{f.filename}"}
`,
  ),
  good(
    "CWE-434",
    "batch53: avatar upload checks the extension, confirms it is an image with Pillow and saves under a uuid name",
    src`
import os
import uuid

from flask import Flask, abort, request
from PIL import Image

app = Flask(__name__)
STATIC_AVATARS = os.path.join(app.root_path, "static", "avatars")
EXTENSIONS = {"png": "PNG", "jpg": "JPEG", "jpeg": "JPEG"}


@app.post("/avatar")
def upload_avatar():
    f = request.files["avatar"]
    ext = f.filename.rsplit(".", 1)[-1].lower() if "." in f.filename else ""
    if ext not in EXTENSIONS:
        abort(400)
    try:
        image = Image.open(f.stream)
        image.verify()
    except Exception:
        abort(400)
    if image.format != EXTENSIONS[ext]:
        abort(400)
    name = f"{uuid.uuid4().hex}.{ext}"
    f.stream.seek(0)
    f.save(os.path.join(STATIC_AVATARS, name))
    return {"url": f"/static/avatars/{name}"}
`,
  ),
];
