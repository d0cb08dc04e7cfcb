// Dev suite "py-snippets", batch 41 (see py-snippets.ts): written blind, measured before any fix it prompted. Complete
// Python programs as a coding assistant writes them for realistic requests: CLI tools, Flask / FastAPI microservices,
// Django views, data-processing scripts, small daemons, chat bots, file-sync and backup utilities, admin tools,
// webhook receivers and scrapers. Each positive carries one or two weaknesses a reviewer would flag, placed among
// plenty of benign code (argparse, logging, dataclasses, pathlib, retries, config loading); each secure program
// solves a similar request with the usual secure idioms and many benign look-alikes. Own code, never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH41: DevCase[] = [
  // ---------------- CWE-78 ----------------
  bad(
    "CWE-78",
    "batch41: backup CLI builds a tar command string from argparse paths and runs it with os.system",
    src`
#!/usr/bin/env python3
"""Nightly backup of a project directory into a dated tarball."""
import argparse
import datetime as dt
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger("backup")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("source", help="directory to back up")
    p.add_argument("--dest", default="/var/backups", help="where archives go")
    p.add_argument("--keep", type=int, default=7, help="archives to keep")
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args(argv)


def prune(dest: Path, keep: int) -> None:
    archives = sorted(dest.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    for old in archives[:-keep]:
        log.info("removing %s", old)
        old.unlink()


def main(argv=None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    dest = Path(args.dest)
    dest.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = os.path.basename(os.path.normpath(args.source))
    archive = dest / f"{name}-{stamp}.tar.gz"
    rc = os.system(f"tar -czf {archive} -C {args.source} .")
    if rc != 0:
        log.error("tar failed with %s", rc)
        return 1
    prune(dest, args.keep)
    log.info("wrote %s", archive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
`,
  ),
  good(
    "CWE-78",
    "batch41: backup CLI runs tar with an argument list and prunes old archives",
    src`
#!/usr/bin/env python3
"""Nightly backup of a project directory into a dated tarball."""
import argparse
import datetime as dt
import logging
import subprocess
import sys
from pathlib import Path

log = logging.getLogger("backup")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("source", type=Path, help="directory to back up")
    p.add_argument("--dest", type=Path, default=Path("/var/backups"))
    p.add_argument("--keep", type=int, default=7)
    return p.parse_args(argv)


def prune(dest: Path, keep: int) -> None:
    archives = sorted(dest.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    for old in archives[:-keep]:
        log.info("removing %s", old)
        old.unlink()


def main(argv=None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    args.dest.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    archive = args.dest / f"{args.source.resolve().name}-{stamp}.tar.gz"
    cmd = ["tar", "-czf", str(archive), "-C", str(args.source), "."]
    log.debug("running %s", " ".join(cmd))
    try:
        subprocess.run(cmd, check=True, timeout=3600)
    except subprocess.CalledProcessError as exc:
        log.error("tar failed: %s", exc)
        return 1
    prune(args.dest, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
`,
  ),
  bad(
    "CWE-78",
    "batch41: flask network tool pings a host from the query string through subprocess with shell=True",
    src`
import logging
import re
import subprocess
from dataclasses import dataclass, asdict

from flask import Flask, jsonify, request

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)
log = logging.getLogger(__name__)


@dataclass
class PingResult:
    host: str
    reachable: bool
    avg_ms: float | None


def parse_avg(output: str) -> float | None:
    m = re.search(r"= [\d.]+/([\d.]+)/", output)
    return float(m.group(1)) if m else None


@app.get("/api/ping")
def ping():
    host = request.args.get("host", "").strip()
    count = request.args.get("count", "3")
    if not host:
        return jsonify(error="host is required"), 400
    proc = subprocess.run(
        "ping -c " + count + " " + host,
        shell=True,
        capture_output=True,
        text=True,
        timeout=30,
    )
    result = PingResult(host, proc.returncode == 0, parse_avg(proc.stdout))
    log.info("ping %s -> %s", host, result.reachable)
    return jsonify(asdict(result))


if __name__ == "__main__":
    app.run(port=8080)
`,
  ),
  good(
    "CWE-78",
    "batch41: flask network tool validates the host and pings it with an argument list",
    src`
import ipaddress
import logging
import re
import subprocess
from dataclasses import dataclass, asdict

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)
HOSTNAME_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$")


@dataclass
class PingResult:
    host: str
    reachable: bool


def valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return bool(HOSTNAME_RE.match(host))


@app.get("/api/ping")
def ping():
    host = request.args.get("host", "").strip()
    try:
        count = max(1, min(int(request.args.get("count", "3")), 10))
    except ValueError:
        return jsonify(error="count must be an integer"), 400
    if not valid_host(host):
        return jsonify(error="invalid host"), 400
    proc = subprocess.run(
        ["ping", "-c", str(count), "--", host],
        capture_output=True,
        text=True,
        timeout=30,
    )
    result = PingResult(host, proc.returncode == 0)
    log.info("ping %s -> %s", host, result.reachable)
    return jsonify(asdict(result))
`,
  ),
  bad(
    "CWE-78",
    "batch41: telegram bot runs a whitelisted-looking git command with the user's branch name in a shell string",
    src`
"""Deploy bot: /deploy <branch> checks out a branch on the staging box."""
import logging
import os
import subprocess

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

logging.basicConfig(format="%(asctime)s %(levelname)s %(message)s", level=logging.INFO)
REPO_DIR = os.environ.get("REPO_DIR", "/srv/app")
ALLOWED_CHATS = {int(x) for x in os.environ.get("ALLOWED_CHATS", "").split(",") if x}


async def deploy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_chat.id not in ALLOWED_CHATS:
        await update.message.reply_text("not allowed")
        return
    if not context.args:
        await update.message.reply_text("usage: /deploy <branch>")
        return
    branch = context.args[0]
    out = subprocess.check_output(
        f"cd {REPO_DIR} && git fetch origin && git checkout {branch} && git pull",
        shell=True,
        stderr=subprocess.STDOUT,
        text=True,
    )
    await update.message.reply_text(out[-3500:] or "done")


async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    out = subprocess.check_output(["git", "-C", REPO_DIR, "log", "-1", "--oneline"], text=True)
    await update.message.reply_text(out)


def main() -> None:
    app = Application.builder().token(os.environ["BOT_TOKEN"]).build()
    app.add_handler(CommandHandler("deploy", deploy))
    app.add_handler(CommandHandler("status", status))
    app.run_polling()


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-78",
    "batch41: telegram deploy bot checks the branch name and calls git with argument lists",
    src`
"""Deploy bot: /deploy <branch> checks out a branch on the staging box."""
import logging
import os
import re
import subprocess

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

logging.basicConfig(level=logging.INFO)
REPO_DIR = os.environ.get("REPO_DIR", "/srv/app")
ALLOWED_CHATS = {int(x) for x in os.environ.get("ALLOWED_CHATS", "").split(",") if x}
BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


def git(*args: str) -> str:
    return subprocess.check_output(["git", "-C", REPO_DIR, *args], stderr=subprocess.STDOUT, text=True, timeout=120)


async def deploy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_chat.id not in ALLOWED_CHATS:
        await update.message.reply_text("not allowed")
        return
    if not context.args or not BRANCH_RE.match(context.args[0]) or context.args[0].startswith("-"):
        await update.message.reply_text("usage: /deploy <branch>")
        return
    branch = context.args[0]
    out = git("fetch", "origin") + git("checkout", branch, "--") + git("pull", "--ff-only")
    await update.message.reply_text(out[-3500:] or "done")


def main() -> None:
    app = Application.builder().token(os.environ["BOT_TOKEN"]).build()
    app.add_handler(CommandHandler("deploy", deploy))
    app.run_polling()


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-78",
    "batch41: webhook receiver passes the repository name from the JSON payload to os.popen",
    src`
"""GitHub push webhook that rebuilds the matching docs site."""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()
SITES_ROOT = "/srv/docs"
log = logging.getLogger("hook")


def verify(sig_header: str | None, body: bytes) -> bool:
    if not sig_header or not sig_header.startswith("sha256="):
        return False
    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(sig_header[7:], expected)


@app.post("/hooks/github")
def github_hook():
    body = request.get_data()
    if not verify(request.headers.get("X-Hub-Signature-256"), body):
        abort(401)
    event = json.loads(body)
    repo = event["repository"]["name"]
    ref = event.get("ref", "")
    if ref != "refs/heads/main":
        return {"skipped": ref}
    log.info("rebuilding %s", repo)
    output = os.popen(f"make -C {SITES_ROOT}/{repo} html 2>&1").read()
    return {"repo": repo, "log": output[-2000:]}


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=9000)
`,
  ),
  bad(
    "CWE-78",
    "batch41: file-sync utility builds an rsync command from a YAML config and runs it with shell=True",
    src`
"""Sync configured folders to a remote host with rsync."""
import argparse
import logging
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

log = logging.getLogger("sync")


@dataclass
class Job:
    src: str
    remote: str
    exclude: list[str]


def load_jobs(path: Path) -> list[Job]:
    with path.open() as fh:
        data = yaml.safe_load(fh) or {}
    return [Job(j["src"], j["remote"], j.get("exclude", [])) for j in data.get("jobs", [])]


def run_job(job: Job, dry_run: bool) -> bool:
    excludes = " ".join(f"--exclude={e}" for e in job.exclude)
    flags = "-az --delete" + (" -n" if dry_run else "")
    cmd = f"rsync {flags} {excludes} {job.src}/ {job.remote}"
    for attempt in range(3):
        rc = subprocess.call(cmd, shell=True)
        if rc == 0:
            return True
        log.warning("attempt %d failed (%d)", attempt + 1, rc)
        time.sleep(2 ** attempt)
    return False


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", type=Path, default=Path("~/.config/sync.yaml").expanduser())
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    for job in load_jobs(args.config):
        ok = run_job(job, args.dry_run)
        log.info("%s -> %s: %s", job.src, job.remote, "ok" if ok else "FAILED")


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-78",
    "batch41: file-sync utility runs rsync with an argument list built from the YAML config",
    src`
"""Sync configured folders to a remote host with rsync."""
import argparse
import logging
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

log = logging.getLogger("sync")


@dataclass
class Job:
    src: str
    remote: str
    exclude: list[str] = field(default_factory=list)


def load_jobs(path: Path) -> list[Job]:
    with path.open() as fh:
        data = yaml.safe_load(fh) or {}
    return [Job(j["src"], j["remote"], j.get("exclude", [])) for j in data.get("jobs", [])]


def run_job(job: Job, dry_run: bool) -> bool:
    cmd = ["rsync", "-az", "--delete"]
    if dry_run:
        cmd.append("-n")
    cmd += [f"--exclude={e}" for e in job.exclude]
    cmd += ["--", job.src.rstrip("/") + "/", job.remote]
    for attempt in range(3):
        if subprocess.call(cmd, timeout=3600) == 0:
            return True
        log.warning("attempt %d failed", attempt + 1)
        time.sleep(2 ** attempt)
    return False


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", type=Path, default=Path("~/.config/sync.yaml").expanduser())
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    for job in load_jobs(args.config):
        log.info("%s: %s", job.src, "ok" if run_job(job, args.dry_run) else "FAILED")


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-78",
    "batch41: admin CLI converts documents by formatting the input name into a libreoffice shell command",
    src`
import argparse
import logging
import shlex
import subprocess
from pathlib import Path

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("convert")


def convert(doc: Path, outdir: Path, fmt: str) -> Path:
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = "soffice --headless --convert-to %s --outdir %s %s" % (fmt, outdir, doc)
    log.info("%s", cmd)
    subprocess.check_call(cmd, shell=True)
    return outdir / (doc.stem + "." + fmt)


def main() -> None:
    ap = argparse.ArgumentParser(description="Batch convert office documents")
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--to", default="pdf", choices=["pdf", "docx", "odt"])
    ap.add_argument("--outdir", type=Path, default=Path("converted"))
    args = ap.parse_args()
    done = 0
    for doc in args.inputs:
        if not doc.is_file():
            log.warning("skipping %s", shlex.quote(str(doc)))
            continue
        out = convert(doc, args.outdir, args.to)
        log.info("-> %s", out)
        done += 1
    log.info("converted %d files", done)


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-78",
    "batch41: document converter quotes nothing because it passes an argument vector to soffice",
    src`
import argparse
import logging
import shlex
import subprocess
from pathlib import Path

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("convert")


def convert(doc: Path, outdir: Path, fmt: str) -> Path:
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = ["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(doc.resolve())]
    log.info("%s", shlex.join(cmd))
    subprocess.check_call(cmd, timeout=600)
    return outdir / (doc.stem + "." + fmt)


def main() -> None:
    ap = argparse.ArgumentParser(description="Batch convert office documents")
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--to", default="pdf", choices=["pdf", "docx", "odt"])
    ap.add_argument("--outdir", type=Path, default=Path("converted"))
    args = ap.parse_args()
    for doc in args.inputs:
        if doc.is_file():
            log.info("-> %s", convert(doc, args.outdir, args.to))


if __name__ == "__main__":
    main()
`,
  ),
  // ---------------- CWE-89 ----------------
  bad(
    "CWE-89",
    "batch41: fastapi inventory service filters products with an f-string WHERE clause",
    src`
"""Inventory microservice."""
import sqlite3
from contextlib import contextmanager
from typing import Iterator, Optional

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel

DB_PATH = "inventory.db"
app = FastAPI(title="inventory")


class Product(BaseModel):
    id: int
    name: str
    category: str
    stock: int


@contextmanager
def db() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    try:
        yield conn
    finally:
        conn.close()


@app.get("/products", response_model=list[Product])
def list_products(category: Optional[str] = None, min_stock: int = Query(0, ge=0)):
    sql = "SELECT id, name, category, stock FROM products WHERE stock >= ?"
    params: list = [min_stock]
    with db() as conn:
        if category:
            sql = f"SELECT id, name, category, stock FROM products WHERE category = '{category}' AND stock >= ?"
        rows = conn.execute(sql, params).fetchall()
    return [Product(**dict(r)) for r in rows]


@app.get("/products/{product_id}", response_model=Product)
def get_product(product_id: int):
    with db() as conn:
        row = conn.execute("SELECT id, name, category, stock FROM products WHERE id = ?", (product_id,)).fetchone()
    if row is None:
        raise HTTPException(404, "not found")
    return Product(**dict(row))
`,
  ),
  good(
    "CWE-89",
    "batch41: fastapi inventory service binds every filter as a parameter",
    src`
"""Inventory microservice."""
import sqlite3
from contextlib import contextmanager
from typing import Iterator, Optional

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel

DB_PATH = "inventory.db"
app = FastAPI(title="inventory")


class Product(BaseModel):
    id: int
    name: str
    category: str
    stock: int


@contextmanager
def db() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    try:
        yield conn
    finally:
        conn.close()


@app.get("/products", response_model=list[Product])
def list_products(category: Optional[str] = None, min_stock: int = Query(0, ge=0)):
    clauses = ["stock >= ?"]
    params: list = [min_stock]
    if category:
        clauses.append("category = ?")
        params.append(category)
    sql = "SELECT id, name, category, stock FROM products WHERE " + " AND ".join(clauses)
    with db() as conn:
        rows = conn.execute(sql, params).fetchall()
    return [Product(**dict(r)) for r in rows]


@app.get("/products/{product_id}", response_model=Product)
def get_product(product_id: int):
    with db() as conn:
        row = conn.execute("SELECT id, name, category, stock FROM products WHERE id = ?", (product_id,)).fetchone()
    if row is None:
        raise HTTPException(404, "not found")
    return Product(**dict(row))
`,
  ),
  bad(
    "CWE-89",
    "batch41: django view sorts a report by a column name taken from the query string into raw SQL",
    src`
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET
from django.contrib.auth.decorators import login_required


@login_required
@require_GET
def sales_report(request):
    region = request.GET.get("region", "EU")
    order = request.GET.get("order", "total")
    direction = "DESC" if request.GET.get("desc") == "1" else "ASC"
    with connection.cursor() as cur:
        cur.execute(
            "SELECT rep, SUM(amount) AS total, COUNT(*) AS n "
            "FROM sales_sale WHERE region = %s GROUP BY rep ORDER BY " + order + " " + direction,
            [region],
        )
        cols = [c[0] for c in cur.description]
        rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    return JsonResponse({"region": region, "rows": rows})
`,
  ),
  good(
    "CWE-89",
    "batch41: django report view maps the sort key through an allow-list before building ORDER BY",
    src`
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET
from django.contrib.auth.decorators import login_required

SORT_COLUMNS = {"total": "total", "count": "n", "rep": "rep"}


@login_required
@require_GET
def sales_report(request):
    region = request.GET.get("region", "EU")
    order = SORT_COLUMNS.get(request.GET.get("order", "total"), "total")
    direction = "DESC" if request.GET.get("desc") == "1" else "ASC"
    with connection.cursor() as cur:
        cur.execute(
            "SELECT rep, SUM(amount) AS total, COUNT(*) AS n "
            "FROM sales_sale WHERE region = %s GROUP BY rep ORDER BY " + order + " " + direction,
            [region],
        )
        cols = [c[0] for c in cur.description]
        rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    return JsonResponse({"region": region, "rows": rows})
`,
  ),
  bad(
    "CWE-89",
    "batch41: discord bot looks up a player's stats with a %-formatted postgres query",
    src`
"""Discord bot: !stats <player> shows leaderboard stats."""
import logging
import os

import discord
import psycopg2
from discord.ext import commands

logging.basicConfig(level=logging.INFO)
intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)
conn = psycopg2.connect(os.environ["DATABASE_URL"])


def fetch_stats(player: str):
    with conn.cursor() as cur:
        cur.execute("SELECT wins, losses, rating FROM players WHERE lower(name) = lower('%s')" % player)
        return cur.fetchone()


@bot.command(name="stats")
async def stats(ctx: commands.Context, *, player: str):
    row = fetch_stats(player)
    if row is None:
        await ctx.send(f"No stats for {player}")
        return
    wins, losses, rating = row
    embed = discord.Embed(title=player, colour=discord.Colour.blue())
    embed.add_field(name="W/L", value=f"{wins}/{losses}")
    embed.add_field(name="Rating", value=str(rating))
    await ctx.send(embed=embed)


@bot.event
async def on_ready():
    logging.info("logged in as %s", bot.user)


bot.run(os.environ["DISCORD_TOKEN"])
`,
  ),
  good(
    "CWE-89",
    "batch41: discord stats bot passes the player name as a query parameter",
    src`
"""Discord bot: !stats <player> shows leaderboard stats."""
import logging
import os

import discord
import psycopg2
from discord.ext import commands

logging.basicConfig(level=logging.INFO)
intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)
conn = psycopg2.connect(os.environ["DATABASE_URL"])


def fetch_stats(player: str):
    with conn.cursor() as cur:
        cur.execute("SELECT wins, losses, rating FROM players WHERE lower(name) = lower(%s)", (player,))
        return cur.fetchone()


@bot.command(name="stats")
async def stats(ctx: commands.Context, *, player: str):
    row = fetch_stats(player)
    if row is None:
        await ctx.send("No stats for that player")
        return
    wins, losses, rating = row
    embed = discord.Embed(title=player[:100])
    embed.add_field(name="W/L", value=f"{wins}/{losses}")
    embed.add_field(name="Rating", value=str(rating))
    await ctx.send(embed=embed)


bot.run(os.environ["DISCORD_TOKEN"])
`,
  ),
  bad(
    "CWE-89",
    "batch41: data cleanup script deletes rows for a user-supplied table and date with string concatenation",
    src`
#!/usr/bin/env python3
"""Purge old audit rows: purge.py --table audit_log --before 2024-01-01"""
import argparse
import logging
import sys

import mysql.connector

log = logging.getLogger("purge")


def connect(cfg: dict):
    return mysql.connector.connect(
        host=cfg.get("host", "localhost"),
        user=cfg["user"],
        password=cfg["password"],
        database=cfg["database"],
    )


def purge(conn, table: str, before: str, batch: int) -> int:
    total = 0
    cur = conn.cursor()
    while True:
        cur.execute("DELETE FROM " + table + " WHERE created_at < '" + before + "' LIMIT " + str(batch))
        conn.commit()
        total += cur.rowcount
        log.info("deleted %d (total %d)", cur.rowcount, total)
        if cur.rowcount < batch:
            break
    return total


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--table", required=True)
    ap.add_argument("--before", required=True)
    ap.add_argument("--batch", type=int, default=5000)
    ap.add_argument("--user", default="maint")
    ap.add_argument("--password", required=True)
    ap.add_argument("--database", default="app")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    conn = connect(vars(args))
    n = purge(conn, args.table, args.before, args.batch)
    print(f"purged {n} rows from {args.table}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
`,
  ),
  good(
    "CWE-89",
    "batch41: purge script restricts the table to a fixed set and binds the cutoff date",
    src`
#!/usr/bin/env python3
"""Purge old audit rows: purge.py --table audit_log --before 2024-01-01"""
import argparse
import datetime as dt
import getpass
import logging
import sys

import mysql.connector

log = logging.getLogger("purge")
PURGEABLE = ("audit_log", "login_attempts", "job_runs")


def purge(conn, table: str, before: dt.date, batch: int) -> int:
    if table not in PURGEABLE:
        raise ValueError(f"refusing to purge {table!r}")
    total = 0
    cur = conn.cursor()
    sql = f"DELETE FROM {table} WHERE created_at < %s LIMIT %s"
    while True:
        cur.execute(sql, (before, batch))
        conn.commit()
        total += cur.rowcount
        if cur.rowcount < batch:
            break
    return total


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--table", required=True, choices=PURGEABLE)
    ap.add_argument("--before", required=True, type=dt.date.fromisoformat)
    ap.add_argument("--batch", type=int, default=5000)
    ap.add_argument("--user", default="maint")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    conn = mysql.connector.connect(user=args.user, password=getpass.getpass(), database="app")
    n = purge(conn, args.table, args.before, args.batch)
    print(f"purged {n} rows from {args.table}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
`,
  ),
  bad(
    "CWE-89",
    "batch41: flask login checks credentials with a formatted SQL string and stores a plain md5 hash",
    src`
import hashlib
import sqlite3

from flask import Flask, g, redirect, render_template, request, session, url_for

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]
DATABASE = "users.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.route("/login", methods=["GET", "POST"])
def login():
    error = None
    if request.method == "POST":
        username = request.form["username"]
        pw_hash = hashlib.md5(request.form["password"].encode()).hexdigest()
        query = "SELECT id FROM users WHERE username = '{}' AND password = '{}'".format(username, pw_hash)
        row = get_db().execute(query).fetchone()
        if row:
            session.clear()
            session["user_id"] = row[0]
            return redirect(url_for("dashboard"))
        error = "Invalid credentials"
    return render_template("login.html", error=error)


@app.route("/dashboard")
def dashboard():
    if "user_id" not in session:
        return redirect(url_for("login"))
    return render_template("dashboard.html")
`,
  ),
  good(
    "CWE-89",
    "batch41: flask login fetches the user with a bound parameter and verifies a werkzeug password hash",
    src`
import os
import sqlite3

from flask import Flask, g, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]
DATABASE = "users.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.route("/login", methods=["GET", "POST"])
def login():
    error = None
    if request.method == "POST":
        username = request.form["username"]
        row = get_db().execute("SELECT id, password_hash FROM users WHERE username = ?", (username,)).fetchone()
        if row and check_password_hash(row[1], request.form["password"]):
            session.clear()
            session["user_id"] = row[0]
            return redirect(url_for("dashboard"))
        error = "Invalid credentials"
    return render_template("login.html", error=error)


@app.route("/dashboard")
def dashboard():
    if "user_id" not in session:
        return redirect(url_for("login"))
    return render_template("dashboard.html")
`,
  ),
  bad(
    "CWE-89",
    "batch41: sqlalchemy search endpoint wraps a LIKE pattern built from the query into text()",
    src`
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2://app@localhost/app", pool_pre_ping=True)
PAGE_SIZE = 25


@app.get("/api/customers/search")
def search_customers():
    q = request.args.get("q", "")
    page = max(int(request.args.get("page", 1)), 1)
    if len(q) < 2:
        return jsonify(results=[], page=page)
    stmt = text(
        f"SELECT id, name, email FROM customers WHERE name ILIKE '%{q}%' "
        "ORDER BY name LIMIT :limit OFFSET :offset"
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"limit": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE}).mappings().all()
    return jsonify(results=[dict(r) for r in rows], page=page)
`,
  ),
  good(
    "CWE-89",
    "batch41: sqlalchemy search endpoint binds the LIKE pattern as a parameter",
    src`
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2://app@localhost/app", pool_pre_ping=True)
PAGE_SIZE = 25


def like_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@app.get("/api/customers/search")
def search_customers():
    q = request.args.get("q", "")
    page = max(int(request.args.get("page", 1)), 1)
    if len(q) < 2:
        return jsonify(results=[], page=page)
    stmt = text(
        "SELECT id, name, email FROM customers WHERE name ILIKE :pattern "
        "ORDER BY name LIMIT :limit OFFSET :offset"
    )
    params = {"pattern": f"%{like_escape(q)}%", "limit": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE}
    with engine.connect() as conn:
        rows = conn.execute(stmt, params).mappings().all()
    return jsonify(results=[dict(r) for r in rows], page=page)
`,
  ),
  // ---------------- CWE-22 ----------------
  bad(
    "CWE-22",
    "batch41: flask report download joins the requested name onto the reports folder and sends it",
    src`
import logging
import os
from datetime import datetime

from flask import Flask, abort, jsonify, send_file

app = Flask(__name__)
REPORT_DIR = os.environ.get("REPORT_DIR", "/srv/reports")
log = logging.getLogger(__name__)


@app.get("/reports")
def list_reports():
    items = []
    for name in sorted(os.listdir(REPORT_DIR)):
        st = os.stat(os.path.join(REPORT_DIR, name))
        items.append({"name": name, "size": st.st_size, "modified": datetime.fromtimestamp(st.st_mtime).isoformat()})
    return jsonify(items)


@app.get("/reports/<path:name>")
def download_report(name: str):
    path = os.path.join(REPORT_DIR, name)
    if not os.path.isfile(path):
        abort(404)
    log.info("download %s", path)
    return send_file(path, as_attachment=True)
`,
  ),
  good(
    "CWE-22",
    "batch41: flask report download serves files with send_from_directory",
    src`
import logging
import os
from datetime import datetime

from flask import Flask, jsonify, send_from_directory

app = Flask(__name__)
REPORT_DIR = os.environ.get("REPORT_DIR", "/srv/reports")
log = logging.getLogger(__name__)


@app.get("/reports")
def list_reports():
    items = []
    for name in sorted(os.listdir(REPORT_DIR)):
        st = os.stat(os.path.join(REPORT_DIR, name))
        items.append({"name": name, "size": st.st_size, "modified": datetime.fromtimestamp(st.st_mtime).isoformat()})
    return jsonify(items)


@app.get("/reports/<path:name>")
def download_report(name: str):
    log.info("download %s", name)
    return send_from_directory(REPORT_DIR, name, as_attachment=True)
`,
  ),
  bad(
    "CWE-22",
    "batch41: backup restore script extracts an uploaded tar archive with extractall and no member checks",
    src`
#!/usr/bin/env python3
"""Restore a site backup archive into the web root."""
import argparse
import hashlib
import logging
import sys
import tarfile
from pathlib import Path

log = logging.getLogger("restore")


def sha256sum(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def restore(archive: Path, target: Path, expected: str | None) -> None:
    if expected and sha256sum(archive) != expected:
        raise SystemExit("checksum mismatch")
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:*") as tar:
        members = tar.getmembers()
        log.info("restoring %d entries into %s", len(members), target)
        tar.extractall(target)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("archive", type=Path)
    ap.add_argument("--target", type=Path, default=Path("/var/www/site"))
    ap.add_argument("--sha256")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    restore(args.archive, args.target, args.sha256)
    return 0


if __name__ == "__main__":
    sys.exit(main())
`,
  ),
  good(
    "CWE-22",
    "batch41: backup restore script extracts with the data filter",
    src`
#!/usr/bin/env python3
"""Restore a site backup archive into the web root."""
import argparse
import hashlib
import logging
import sys
import tarfile
from pathlib import Path

log = logging.getLogger("restore")


def sha256sum(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def restore(archive: Path, target: Path, expected: str | None) -> None:
    if expected and sha256sum(archive) != expected:
        raise SystemExit("checksum mismatch")
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:*") as tar:
        tar.extractall(target, filter="data")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("archive", type=Path)
    ap.add_argument("--target", type=Path, default=Path("/var/www/site"))
    ap.add_argument("--sha256")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    restore(args.archive, args.target, args.sha256)
    return 0


if __name__ == "__main__":
    sys.exit(main())
`,
  ),
  bad(
    "CWE-22",
    "batch41: fastapi avatar upload writes the file under the client-supplied filename",
    src`
import logging
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
AVATAR_DIR = Path("/srv/media/avatars")
MAX_BYTES = 2 * 1024 * 1024
ALLOWED = {"image/png", "image/jpeg", "image/webp"}
log = logging.getLogger("avatars")


@app.post("/users/{user_id}/avatar")
async def upload_avatar(user_id: int, file: UploadFile = File(...)):
    if file.content_type not in ALLOWED:
        raise HTTPException(415, "unsupported image type")
    data = await file.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "too large")
    user_dir = AVATAR_DIR / str(user_id)
    user_dir.mkdir(parents=True, exist_ok=True)
    dest = user_dir / file.filename
    dest.write_bytes(data)
    log.info("stored avatar %s (%d bytes)", dest, len(data))
    return {"path": f"/media/avatars/{user_id}/{file.filename}"}
`,
  ),
  good(
    "CWE-22",
    "batch41: fastapi avatar upload names the stored file from a random token and the checked type",
    src`
import logging
import secrets
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
AVATAR_DIR = Path("/srv/media/avatars")
MAX_BYTES = 2 * 1024 * 1024
EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp"}
log = logging.getLogger("avatars")


@app.post("/users/{user_id}/avatar")
async def upload_avatar(user_id: int, file: UploadFile = File(...)):
    ext = EXTENSIONS.get(file.content_type or "")
    if ext is None:
        raise HTTPException(415, "unsupported image type")
    data = await file.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "too large")
    user_dir = AVATAR_DIR / str(user_id)
    user_dir.mkdir(parents=True, exist_ok=True)
    name = secrets.token_hex(16) + ext
    (user_dir / name).write_bytes(data)
    log.info("stored avatar for %s (%d bytes, original %r)", user_id, len(data), file.filename)
    return {"path": f"/media/avatars/{user_id}/{name}"}
`,
  ),
  bad(
    "CWE-22",
    "batch41: django view returns a log file named in the query string",
    src`
import os

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import FileResponse, Http404, HttpResponse


LOG_ROOT = getattr(settings, "APP_LOG_ROOT", "/var/log/app")


@staff_member_required
def tail_log(request):
    name = request.GET.get("file", "app.log")
    lines = int(request.GET.get("lines", "200"))
    path = os.path.join(LOG_ROOT, name)
    if not os.path.exists(path):
        raise Http404("no such log")
    if request.GET.get("download"):
        return FileResponse(open(path, "rb"), as_attachment=True, filename=os.path.basename(path))
    with open(path, "r", errors="replace") as fh:
        tail = fh.readlines()[-lines:]
    return HttpResponse("".join(tail), content_type="text/plain; charset=utf-8")
`,
  ),
  good(
    "CWE-22",
    "batch41: django log viewer resolves the name and checks it stays under the log root",
    src`
from pathlib import Path

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import FileResponse, Http404, HttpResponse


LOG_ROOT = Path(getattr(settings, "APP_LOG_ROOT", "/var/log/app")).resolve()


@staff_member_required
def tail_log(request):
    name = request.GET.get("file", "app.log")
    lines = min(int(request.GET.get("lines", "200")), 5000)
    path = (LOG_ROOT / name).resolve()
    if not path.is_relative_to(LOG_ROOT) or not path.is_file():
        raise Http404("no such log")
    if request.GET.get("download"):
        return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
    with path.open("r", errors="replace") as fh:
        tail = fh.readlines()[-lines:]
    return HttpResponse("".join(tail), content_type="text/plain; charset=utf-8")
`,
  ),
  bad(
    "CWE-22",
    "batch41: plugin installer unzips a downloaded zip by writing each entry name under the plugin dir",
    src`
"""Install a plugin bundle from a URL into ~/.myapp/plugins."""
import argparse
import io
import logging
import os
import zipfile

import requests

PLUGIN_DIR = os.path.expanduser("~/.myapp/plugins")
log = logging.getLogger("plugins")


def download(url: str) -> bytes:
    resp = requests.get(url, timeout=30)
    resp.raise_for_status()
    return resp.content


def install(bundle: bytes, name: str) -> int:
    dest = os.path.join(PLUGIN_DIR, name)
    os.makedirs(dest, exist_ok=True)
    count = 0
    with zipfile.ZipFile(io.BytesIO(bundle)) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                out.write(src.read())
            count += 1
    return count


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--name", required=True)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    n = install(download(args.url), args.name)
    log.info("installed %s (%d files)", args.name, n)


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-22",
    "batch41: plugin installer rejects zip entries that resolve outside the plugin dir",
    src`
"""Install a plugin bundle from a URL into ~/.myapp/plugins."""
import argparse
import io
import logging
import os
import zipfile

import requests

PLUGIN_DIR = os.path.expanduser("~/.myapp/plugins")
log = logging.getLogger("plugins")


def download(url: str) -> bytes:
    resp = requests.get(url, timeout=30)
    resp.raise_for_status()
    return resp.content


def install(bundle: bytes, name: str) -> int:
    dest = os.path.realpath(os.path.join(PLUGIN_DIR, os.path.basename(name)))
    os.makedirs(dest, exist_ok=True)
    count = 0
    with zipfile.ZipFile(io.BytesIO(bundle)) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.realpath(os.path.join(dest, info.filename))
            if os.path.commonpath([dest, target]) != dest:
                raise ValueError(f"unsafe path in bundle: {info.filename}")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                out.write(src.read())
            count += 1
    return count


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--name", required=True)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    log.info("installed %s (%d files)", args.name, install(download(args.url), args.name))


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-22",
    "batch41: static file microservice on aiohttp opens a path built from the URL tail",
    src`
import logging
import mimetypes
from pathlib import Path

from aiohttp import web

ROOT = Path("/srv/static")
log = logging.getLogger("static")


async def serve(request: web.Request) -> web.StreamResponse:
    rel = request.match_info["tail"]
    path = ROOT / rel
    if not path.exists() or path.is_dir():
        raise web.HTTPNotFound()
    ctype, _ = mimetypes.guess_type(path.name)
    log.debug("serving %s", path)
    return web.Response(body=path.read_bytes(), content_type=ctype or "application/octet-stream")


async def health(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/healthz", health)
    app.router.add_get("/files/{tail:.*}", serve)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=8081)
`,
  ),
  // ---------------- CWE-502 ----------------
  bad(
    "CWE-502",
    "batch41: redis-backed session cache in flask unpickles the value stored under a cookie-named key and accepts pickled posts",
    src`
import base64
import logging
import pickle

import redis
from flask import Flask, jsonify, request

app = Flask(__name__)
cache = redis.Redis(host="localhost", port=6379, db=0)
log = logging.getLogger("prefs")


@app.post("/api/prefs/import")
def import_prefs():
    blob = request.get_data()
    prefs = pickle.loads(base64.b64decode(blob))
    if not isinstance(prefs, dict):
        return jsonify(error="bad prefs"), 400
    user = request.headers.get("X-User", "anon")
    cache.set(f"prefs:{user}", pickle.dumps(prefs), ex=86400)
    log.info("imported %d prefs for %s", len(prefs), user)
    return jsonify(ok=True, keys=sorted(prefs))


@app.get("/api/prefs")
def get_prefs():
    user = request.headers.get("X-User", "anon")
    raw = cache.get(f"prefs:{user}")
    return jsonify(pickle.loads(raw) if raw else {})
`,
  ),
  good(
    "CWE-502",
    "batch41: flask preference import parses JSON and stores JSON in redis",
    src`
import json
import logging

import redis
from flask import Flask, jsonify, request

app = Flask(__name__)
cache = redis.Redis(host="localhost", port=6379, db=0)
log = logging.getLogger("prefs")
MAX_KEYS = 200


@app.post("/api/prefs/import")
def import_prefs():
    prefs = request.get_json(silent=True)
    if not isinstance(prefs, dict) or len(prefs) > MAX_KEYS:
        return jsonify(error="bad prefs"), 400
    user = request.headers.get("X-User", "anon")
    cache.set(f"prefs:{user}", json.dumps(prefs), ex=86400)
    log.info("imported %d prefs for %s", len(prefs), user)
    return jsonify(ok=True, keys=sorted(prefs))


@app.get("/api/prefs")
def get_prefs():
    user = request.headers.get("X-User", "anon")
    raw = cache.get(f"prefs:{user}")
    return jsonify(json.loads(raw) if raw else {})
`,
  ),
  bad(
    "CWE-502",
    "batch41: deployment tool loads its YAML config with yaml.load and the full Loader",
    src`
"""Render and apply deployment manifests from deploy.yaml."""
import argparse
import logging
import subprocess
import sys
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

log = logging.getLogger("deploy")


def load_config(path: Path) -> dict:
    with path.open() as fh:
        return yaml.load(fh, Loader=yaml.Loader)


def render(template_dir: Path, cfg: dict) -> str:
    env = Environment(loader=FileSystemLoader(str(template_dir)), undefined=StrictUndefined, autoescape=False)
    return env.get_template("manifest.yaml.j2").render(**cfg)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("config", type=Path)
    ap.add_argument("--templates", type=Path, default=Path("templates"))
    ap.add_argument("--apply", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    cfg = load_config(args.config)
    manifest = render(args.templates, cfg)
    if not args.apply:
        print(manifest)
        return 0
    proc = subprocess.run(["kubectl", "apply", "-f", "-"], input=manifest, text=True)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
`,
  ),
  good(
    "CWE-502",
    "batch41: deployment tool reads deploy.yaml with yaml.safe_load",
    src`
"""Render and apply deployment manifests from deploy.yaml."""
import argparse
import logging
import subprocess
import sys
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

log = logging.getLogger("deploy")


def load_config(path: Path) -> dict:
    with path.open() as fh:
        return yaml.safe_load(fh) or {}


def render(template_dir: Path, cfg: dict) -> str:
    env = Environment(loader=FileSystemLoader(str(template_dir)), undefined=StrictUndefined)
    return env.get_template("manifest.yaml.j2").render(**cfg)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("config", type=Path)
    ap.add_argument("--templates", type=Path, default=Path("templates"))
    ap.add_argument("--apply", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    manifest = render(args.templates, load_config(args.config))
    if not args.apply:
        print(manifest)
        return 0
    return subprocess.run(["kubectl", "apply", "-f", "-"], input=manifest, text=True).returncode


if __name__ == "__main__":
    sys.exit(main())
`,
  ),
  bad(
    "CWE-502",
    "batch41: ML inference service loads a model file named by the request with joblib",
    src`
import logging
import os
from functools import lru_cache

import joblib
import numpy as np
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
MODEL_DIR = os.environ.get("MODEL_DIR", "/models")
log = logging.getLogger("infer")


class PredictRequest(BaseModel):
    model: str
    features: list[float]


@lru_cache(maxsize=8)
def load_model(path: str):
    log.info("loading %s", path)
    return joblib.load(path)


@app.post("/predict")
def predict(req: PredictRequest):
    path = req.model if os.path.isabs(req.model) else os.path.join(MODEL_DIR, req.model)
    if not os.path.exists(path):
        raise HTTPException(404, "unknown model")
    model = load_model(path)
    x = np.asarray(req.features, dtype=float).reshape(1, -1)
    return {"prediction": model.predict(x).tolist()}
`,
  ),
  bad(
    "CWE-502",
    "batch41: job queue worker unpickles task payloads received over a TCP socket",
    src`
"""Tiny job worker: receives pickled (func_name, args) tuples and runs them."""
import logging
import pickle
import socketserver
import struct

log = logging.getLogger("worker")


def resize(path, width):
    log.info("resize %s to %d", path, width)
    return {"path": path, "width": width}


def ping():
    return "pong"


TASKS = {"resize": resize, "ping": ping}


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        header = self.rfile.read(4)
        if len(header) < 4:
            return
        (size,) = struct.unpack("!I", header)
        payload = self.rfile.read(size)
        name, args = pickle.loads(payload)
        func = TASKS.get(name)
        result = func(*args) if func else {"error": "unknown task"}
        data = pickle.dumps(result)
        self.wfile.write(struct.pack("!I", len(data)) + data)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with socketserver.ThreadingTCPServer(("0.0.0.0", 7070), Handler) as srv:
        srv.serve_forever()
`,
  ),
  good(
    "CWE-502",
    "batch41: job worker decodes JSON task messages from the socket",
    src`
"""Tiny job worker: receives JSON {task, args} messages and runs them."""
import json
import logging
import socketserver
import struct

log = logging.getLogger("worker")
MAX_MESSAGE = 64 * 1024


def resize(path, width):
    return {"path": path, "width": int(width)}


def ping():
    return "pong"


TASKS = {"resize": resize, "ping": ping}


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        header = self.rfile.read(4)
        if len(header) < 4:
            return
        (size,) = struct.unpack("!I", header)
        if size > MAX_MESSAGE:
            return
        msg = json.loads(self.rfile.read(size))
        func = TASKS.get(msg.get("task"))
        result = func(*msg.get("args", [])) if func else {"error": "unknown task"}
        data = json.dumps(result).encode()
        self.wfile.write(struct.pack("!I", len(data)) + data)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with socketserver.ThreadingTCPServer(("127.0.0.1", 7070), Handler) as srv:
        srv.serve_forever()
`,
  ),
  // ---------------- CWE-798 ----------------
  bad(
    "CWE-798",
    "batch41: S3 sync script embeds AWS access keys in the boto3 client",
    src`
"""Upload new files from a local folder to S3."""
import argparse
import hashlib
import logging
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("s3sync")

s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="AKIAQ3EGXN7YB2PLRT4M",
    aws_secret_access_key="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",
)


def md5_etag(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def remote_etag(bucket: str, key: str) -> str | None:
    try:
        return s3.head_object(Bucket=bucket, Key=key)["ETag"].strip('"')
    except ClientError:
        return None


def sync(folder: Path, bucket: str, prefix: str) -> int:
    uploaded = 0
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        key = f"{prefix}/{path.relative_to(folder).as_posix()}"
        if remote_etag(bucket, key) == md5_etag(path):
            continue
        s3.upload_file(str(path), bucket, key)
        uploaded += 1
    return uploaded


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("bucket")
    ap.add_argument("--prefix", default="backup")
    a = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    log.info("uploaded %d files", sync(a.folder, a.bucket, a.prefix))
`,
  ),
  good(
    "CWE-798",
    "batch41: S3 sync script relies on the default credential chain and compares md5 ETags",
    src`
"""Upload new files from a local folder to S3."""
import argparse
import hashlib
import logging
import os
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("s3sync")
s3 = boto3.client("s3", region_name=os.environ.get("AWS_REGION", "eu-west-1"))


def md5_etag(path: Path) -> str:
    # S3 ETags of single-part uploads are MD5 digests; this is a change check, not security.
    return hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()


def remote_etag(bucket: str, key: str) -> str | None:
    try:
        return s3.head_object(Bucket=bucket, Key=key)["ETag"].strip('"')
    except ClientError:
        return None


def sync(folder: Path, bucket: str, prefix: str) -> int:
    uploaded = 0
    for path in folder.rglob("*"):
        if path.is_file():
            key = f"{prefix}/{path.relative_to(folder).as_posix()}"
            if remote_etag(bucket, key) != md5_etag(path):
                s3.upload_file(str(path), bucket, key)
                uploaded += 1
    return uploaded


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("bucket")
    ap.add_argument("--prefix", default="backup")
    a = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    log.info("uploaded %d files", sync(a.folder, a.bucket, a.prefix))
`,
  ),
  bad(
    "CWE-798",
    "batch41: monitoring daemon connects to postgres with a hard-coded password in the DSN",
    src`
"""Every minute, record replication lag and alert if it grows."""
import logging
import time
from dataclasses import dataclass

import psycopg2
import requests

DSN = "host=db1.internal dbname=postgres user=monitor password=Mon1tor!2024 connect_timeout=5"
SLACK_WEBHOOK = "https://hooks.slack.com/services/T0000/B0000/XXXXXXXX"
THRESHOLD_S = 30
log = logging.getLogger("lag")


@dataclass
class Sample:
    ts: float
    lag_s: float


def measure() -> Sample:
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute("SELECT COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0)")
        (lag,) = cur.fetchone()
    return Sample(time.time(), float(lag))


def alert(sample: Sample) -> None:
    requests.post(SLACK_WEBHOOK, json={"text": f"replication lag {sample.lag_s:.0f}s"}, timeout=10)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    while True:
        try:
            s = measure()
            log.info("lag %.1fs", s.lag_s)
            if s.lag_s > THRESHOLD_S:
                alert(s)
        except psycopg2.Error as exc:
            log.error("measure failed: %s", exc)
        time.sleep(60)


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-798",
    "batch41: monitoring daemon reads the DSN and webhook from the environment",
    src`
"""Every minute, record replication lag and alert if it grows."""
import logging
import os
import time

import psycopg2
import requests

DSN = os.environ["MONITOR_DSN"]
SLACK_WEBHOOK = os.environ.get("SLACK_WEBHOOK")
THRESHOLD_S = int(os.environ.get("LAG_THRESHOLD", "30"))
log = logging.getLogger("lag")


def measure() -> float:
    with psycopg2.connect(DSN, connect_timeout=5) as conn, conn.cursor() as cur:
        cur.execute("SELECT COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0)")
        (lag,) = cur.fetchone()
    return float(lag)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    while True:
        try:
            lag = measure()
            log.info("lag %.1fs", lag)
            if lag > THRESHOLD_S and SLACK_WEBHOOK:
                requests.post(SLACK_WEBHOOK, json={"text": f"replication lag {lag:.0f}s"}, timeout=10)
        except psycopg2.Error as exc:
            log.error("measure failed: %s", exc)
        time.sleep(60)


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-798",
    "batch41: flask admin API checks a hard-coded bearer token and signs sessions with a constant secret key",
    src`
import functools
import logging

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["SECRET_KEY"] = "super-secret-key-change-me"
ADMIN_TOKEN = "adm_9f8e7d6c5b4a39281706f5e4d3c2b1a0"
log = logging.getLogger("admin")
USERS = {1: {"name": "alice", "active": True}, 2: {"name": "bob", "active": True}}


def require_admin(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        auth = request.headers.get("Authorization", "")
        if auth != f"Bearer {ADMIN_TOKEN}":
            abort(401)
        return view(*args, **kwargs)

    return wrapper


@app.post("/admin/users/<int:uid>/deactivate")
@require_admin
def deactivate(uid: int):
    user = USERS.get(uid)
    if user is None:
        abort(404)
    user["active"] = False
    log.info("deactivated %s", user["name"])
    return jsonify(user)
`,
  ),
  // ---------------- CWE-327 / CWE-328 ----------------
  bad(
    "CWE-327",
    "batch41: secrets vault CLI encrypts entries with DES in ECB mode",
    src`
"""Store small secrets in an encrypted JSON file."""
import argparse
import base64
import getpass
import hashlib
import json
from pathlib import Path

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad

VAULT = Path.home() / ".vault.json"


def key_from(password: str) -> bytes:
    return hashlib.sha256(password.encode()).digest()[:8]


def encrypt(key: bytes, value: str) -> str:
    cipher = DES.new(key, DES.MODE_ECB)
    return base64.b64encode(cipher.encrypt(pad(value.encode(), 8))).decode()


def decrypt(key: bytes, blob: str) -> str:
    cipher = DES.new(key, DES.MODE_ECB)
    return unpad(cipher.decrypt(base64.b64decode(blob)), 8).decode()


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("set")
    s.add_argument("name")
    g = sub.add_parser("get")
    g.add_argument("name")
    args = ap.parse_args()
    key = key_from(getpass.getpass("vault password: "))
    data = json.loads(VAULT.read_text()) if VAULT.exists() else {}
    if args.cmd == "set":
        data[args.name] = encrypt(key, getpass.getpass("value: "))
        VAULT.write_text(json.dumps(data, indent=2))
    else:
        print(decrypt(key, data[args.name]))


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-327",
    "batch41: secrets vault CLI uses Fernet with a scrypt-derived key and a stored salt",
    src`
"""Store small secrets in an encrypted JSON file."""
import argparse
import base64
import getpass
import hashlib
import json
import os
from pathlib import Path

from cryptography.fernet import Fernet

VAULT = Path.home() / ".vault.json"


def fernet_for(password: str, salt: bytes) -> Fernet:
    key = hashlib.scrypt(password.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=32)
    return Fernet(base64.urlsafe_b64encode(key))


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("set").add_argument("name")
    sub.add_parser("get").add_argument("name")
    args = ap.parse_args()
    data = json.loads(VAULT.read_text()) if VAULT.exists() else {"salt": base64.b64encode(os.urandom(16)).decode()}
    f = fernet_for(getpass.getpass("vault password: "), base64.b64decode(data["salt"]))
    entries = data.setdefault("entries", {})
    if args.cmd == "set":
        entries[args.name] = f.encrypt(getpass.getpass("value: ").encode()).decode()
        VAULT.write_text(json.dumps(data, indent=2))
        VAULT.chmod(0o600)
    else:
        print(f.decrypt(entries[args.name].encode()).decode())


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-328",
    "batch41: django signup view stores the password as an unsalted sha1 digest",
    src`
import hashlib
import logging

from django import forms
from django.db import IntegrityError
from django.shortcuts import redirect, render

from .models import Account

log = logging.getLogger(__name__)


class SignupForm(forms.Form):
    email = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput, min_length=10)
    confirm = forms.CharField(widget=forms.PasswordInput)

    def clean(self):
        data = super().clean()
        if data.get("password") != data.get("confirm"):
            raise forms.ValidationError("Passwords do not match")
        return data


def signup(request):
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"].lower()
        digest = hashlib.sha1(form.cleaned_data["password"].encode("utf-8")).hexdigest()
        try:
            Account.objects.create(email=email, password_hash=digest)
        except IntegrityError:
            form.add_error("email", "already registered")
        else:
            log.info("new account %s", email)
            return redirect("login")
    return render(request, "signup.html", {"form": form})
`,
  ),
  good(
    "CWE-328",
    "batch41: django signup view hashes the password with make_password",
    src`
import logging

from django import forms
from django.contrib.auth.hashers import make_password
from django.db import IntegrityError
from django.shortcuts import redirect, render

from .models import Account

log = logging.getLogger(__name__)


class SignupForm(forms.Form):
    email = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput, min_length=10)
    confirm = forms.CharField(widget=forms.PasswordInput)

    def clean(self):
        data = super().clean()
        if data.get("password") != data.get("confirm"):
            raise forms.ValidationError("Passwords do not match")
        return data


def signup(request):
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"].lower()
        try:
            Account.objects.create(email=email, password_hash=make_password(form.cleaned_data["password"]))
        except IntegrityError:
            form.add_error("email", "already registered")
        else:
            log.info("new account %s", email)
            return redirect("login")
    return render(request, "signup.html", {"form": form})
`,
  ),
  bad(
    "CWE-327",
    "batch41: webhook sender signs payloads with HMAC-MD5",
    src`
"""Deliver outbound webhooks with retries and a signature header."""
import hashlib
import hmac
import json
import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("webhooks")
SIGNING_KEY = os.environ["WEBHOOK_SIGNING_KEY"].encode()


@dataclass
class Delivery:
    url: str
    event: str
    payload: dict


def sign(body: bytes) -> str:
    return hmac.new(SIGNING_KEY, body, hashlib.md5).hexdigest()


def deliver(d: Delivery, attempts: int = 5) -> bool:
    body = json.dumps({"event": d.event, "data": d.payload}, separators=(",", ":")).encode()
    headers = {"Content-Type": "application/json", "X-Signature": sign(body), "X-Event": d.event}
    for i in range(attempts):
        try:
            r = requests.post(d.url, data=body, headers=headers, timeout=10)
            if r.status_code < 300:
                return True
            log.warning("%s answered %s", d.url, r.status_code)
        except requests.RequestException as exc:
            log.warning("delivery error: %s", exc)
        time.sleep(min(60, 2 ** i))
    return False
`,
  ),
  good(
    "CWE-327",
    "batch41: webhook sender signs payloads with HMAC-SHA256 and a timestamp",
    src`
"""Deliver outbound webhooks with retries and a signature header."""
import hashlib
import hmac
import json
import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("webhooks")
SIGNING_KEY = os.environ["WEBHOOK_SIGNING_KEY"].encode()


@dataclass
class Delivery:
    url: str
    event: str
    payload: dict


def sign(ts: str, body: bytes) -> str:
    return hmac.new(SIGNING_KEY, ts.encode() + b"." + body, hashlib.sha256).hexdigest()


def deliver(d: Delivery, attempts: int = 5) -> bool:
    body = json.dumps({"event": d.event, "data": d.payload}, separators=(",", ":")).encode()
    for i in range(attempts):
        ts = str(int(time.time()))
        headers = {"Content-Type": "application/json", "X-Timestamp": ts, "X-Signature": sign(ts, body)}
        try:
            r = requests.post(d.url, data=body, headers=headers, timeout=10)
            if r.status_code < 300:
                return True
        except requests.RequestException as exc:
            log.warning("delivery error: %s", exc)
        time.sleep(min(60, 2 ** i))
    return False
`,
  ),
  bad(
    "CWE-329",
    "batch41: file encryption helper uses AES-CBC with a fixed all-zero IV",
    src`
import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = bytes.fromhex(os.environ["BACKUP_KEY_HEX"])
IV = b"\x00" * 16


def encrypt_file(src: Path, dst: Path) -> None:
    padder = padding.PKCS7(128).padder()
    data = padder.update(src.read_bytes()) + padder.finalize()
    enc = Cipher(algorithms.AES(KEY), modes.CBC(IV)).encryptor()
    dst.write_bytes(enc.update(data) + enc.finalize())


def decrypt_file(src: Path, dst: Path) -> None:
    dec = Cipher(algorithms.AES(KEY), modes.CBC(IV)).decryptor()
    data = dec.update(src.read_bytes()) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    dst.write_bytes(unpadder.update(data) + unpadder.finalize())


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["enc", "dec"])
    ap.add_argument("src", type=Path)
    ap.add_argument("dst", type=Path)
    a = ap.parse_args()
    (encrypt_file if a.mode == "enc" else decrypt_file)(a.src, a.dst)
`,
  ),
  good(
    "CWE-329",
    "batch41: file encryption helper uses AES-GCM with a random nonce per file",
    src`
import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["BACKUP_KEY_HEX"])


def encrypt_file(src: Path, dst: Path) -> None:
    nonce = os.urandom(12)
    dst.write_bytes(nonce + AESGCM(KEY).encrypt(nonce, src.read_bytes(), src.name.encode()))


def decrypt_file(src: Path, dst: Path, name: str) -> None:
    blob = src.read_bytes()
    dst.write_bytes(AESGCM(KEY).decrypt(blob[:12], blob[12:], name.encode()))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["enc", "dec"])
    ap.add_argument("src", type=Path)
    ap.add_argument("dst", type=Path)
    ap.add_argument("--name", help="original file name (associated data) when decrypting")
    a = ap.parse_args()
    if a.mode == "enc":
        encrypt_file(a.src, a.dst)
    else:
        decrypt_file(a.src, a.dst, a.name or a.dst.name)
`,
  ),
  // ---------------- CWE-330 / CWE-338 ----------------
  bad(
    "CWE-338",
    "batch41: password reset flow generates the reset token with random.choices",
    src`
import logging
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Flask, jsonify, request
from flask_mail import Mail, Message

from .db import db, User, ResetToken

app = Flask(__name__)
mail = Mail(app)
log = logging.getLogger("reset")
TOKEN_TTL = timedelta(hours=1)


def new_token(length: int = 32) -> str:
    return "".join(random.choices(string.ascii_letters + string.digits, k=length))


@app.post("/password/forgot")
def forgot():
    email = (request.get_json() or {}).get("email", "").lower()
    user = User.query.filter_by(email=email).first()
    if user:
        token = new_token()
        db.session.add(ResetToken(user_id=user.id, token=token, expires=datetime.now(timezone.utc) + TOKEN_TTL))
        db.session.commit()
        link = f"https://app.example.com/reset?token={token}"
        mail.send(Message("Reset your password", recipients=[email], body=f"Reset link: {link}"))
        log.info("reset requested for user %s", user.id)
    return jsonify(message="If the address exists, a link was sent.")
`,
  ),
  good(
    "CWE-338",
    "batch41: password reset flow generates the token with secrets and stores only its sha256",
    src`
import hashlib
import logging
import random
import secrets
from datetime import datetime, timedelta, timezone

from flask import Flask, jsonify, request
from flask_mail import Mail, Message

from .db import db, User, ResetToken

app = Flask(__name__)
mail = Mail(app)
log = logging.getLogger("reset")
TOKEN_TTL = timedelta(hours=1)
SUBJECTS = ["Reset your password", "Your password reset link"]


@app.post("/password/forgot")
def forgot():
    email = (request.get_json() or {}).get("email", "").lower()
    user = User.query.filter_by(email=email).first()
    if user:
        token = secrets.token_urlsafe(32)
        digest = hashlib.sha256(token.encode()).hexdigest()
        db.session.add(ResetToken(user_id=user.id, token_hash=digest, expires=datetime.now(timezone.utc) + TOKEN_TTL))
        db.session.commit()
        link = f"https://app.example.com/reset?token={token}"
        # subject line A/B test only; nothing secret depends on it
        mail.send(Message(random.choice(SUBJECTS), recipients=[email], body=f"Reset link: {link}"))
        log.info("reset requested for user %s", user.id)
    return jsonify(message="If the address exists, a link was sent.")
`,
  ),
  bad(
    "CWE-338",
    "batch41: API key admin tool mints keys from random.getrandbits seeded with the time",
    src`
#!/usr/bin/env python3
"""Create API keys for partner accounts."""
import argparse
import hashlib
import random
import sqlite3
import time

DB = "partners.db"


def mint_key() -> str:
    random.seed(time.time())
    return "pk_" + format(random.getrandbits(128), "032x")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("partner")
    ap.add_argument("--scopes", default="read")
    args = ap.parse_args()
    key = mint_key()
    with sqlite3.connect(DB) as conn:
        conn.execute(
            "INSERT INTO api_keys (partner, key_hash, scopes, created) VALUES (?, ?, ?, ?)",
            (args.partner, hashlib.sha256(key.encode()).hexdigest(), args.scopes, int(time.time())),
        )
    print(f"API key for {args.partner}: {key}")
    print("Store it now; it will not be shown again.")


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-338",
    "batch41: API key admin tool mints keys with secrets.token_hex",
    src`
#!/usr/bin/env python3
"""Create API keys for partner accounts."""
import argparse
import hashlib
import secrets
import sqlite3
import time

DB = "partners.db"


def mint_key() -> str:
    return "pk_" + secrets.token_hex(16)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("partner")
    ap.add_argument("--scopes", default="read")
    args = ap.parse_args()
    key = mint_key()
    with sqlite3.connect(DB) as conn:
        conn.execute(
            "INSERT INTO api_keys (partner, key_hash, scopes, created) VALUES (?, ?, ?, ?)",
            (args.partner, hashlib.sha256(key.encode()).hexdigest(), args.scopes, int(time.time())),
        )
    print(f"API key for {args.partner}: {key}")
    print("Store it now; it will not be shown again.")


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-330",
    "batch41: fastapi invite service builds invite codes from uuid1",
    src`
import uuid
from datetime import datetime, timedelta

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, EmailStr

from .auth import current_admin
from .store import invites

app = FastAPI()


class InviteIn(BaseModel):
    email: EmailStr
    role: str = "member"


@app.post("/invites")
def create_invite(body: InviteIn, admin=Depends(current_admin)):
    code = uuid.uuid1().hex
    invites[code] = {"email": body.email, "role": body.role, "expires": datetime.utcnow() + timedelta(days=3)}
    return {"invite_url": f"https://team.example.com/join/{code}"}


@app.post("/join/{code}")
def join(code: str):
    inv = invites.pop(code, None)
    if inv is None or inv["expires"] < datetime.utcnow():
        raise HTTPException(404, "invalid invite")
    return {"email": inv["email"], "role": inv["role"]}
`,
  ),
  // ---------------- CWE-295 ----------------
  bad(
    "CWE-295",
    "batch41: scraper disables certificate verification on its requests session",
    src`
"""Scrape product prices from a supplier portal into CSV."""
import csv
import logging
import sys
import time

import requests
import urllib3
from bs4 import BeautifulSoup

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
log = logging.getLogger("prices")
BASE = "https://portal.supplier.example"


def make_session(user: str, password: str) -> requests.Session:
    s = requests.Session()
    s.verify = False
    s.headers["User-Agent"] = "price-sync/1.2"
    r = s.post(f"{BASE}/login", data={"user": user, "password": password}, timeout=20)
    r.raise_for_status()
    return s


def scrape_page(s: requests.Session, page: int) -> list[dict]:
    r = s.get(f"{BASE}/catalog", params={"page": page}, timeout=20)
    r.raise_for_status()
    soup = BeautifulSoup(r.text, "html.parser")
    return [
        {"sku": row["data-sku"], "price": row.select_one(".price").get_text(strip=True)}
        for row in soup.select("tr.product")
    ]


def main(user: str, password: str, out: str) -> None:
    s = make_session(user, password)
    with open(out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["sku", "price"])
        w.writeheader()
        page = 1
        while rows := scrape_page(s, page):
            w.writerows(rows)
            page += 1
            time.sleep(1)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(*sys.argv[1:4])
`,
  ),
  good(
    "CWE-295",
    "batch41: scraper verifies certificates against a pinned CA bundle",
    src`
"""Scrape product prices from a supplier portal into CSV."""
import csv
import logging
import os
import time

import requests
from bs4 import BeautifulSoup

log = logging.getLogger("prices")
BASE = "https://portal.supplier.example"
CA_BUNDLE = os.environ.get("SUPPLIER_CA_BUNDLE", True)


def make_session(user: str, password: str) -> requests.Session:
    s = requests.Session()
    s.verify = CA_BUNDLE
    s.headers["User-Agent"] = "price-sync/1.2"
    s.post(f"{BASE}/login", data={"user": user, "password": password}, timeout=20).raise_for_status()
    return s


def scrape_page(s: requests.Session, page: int) -> list[dict]:
    r = s.get(f"{BASE}/catalog", params={"page": page}, timeout=20)
    r.raise_for_status()
    soup = BeautifulSoup(r.text, "html.parser")
    return [{"sku": row["data-sku"], "price": row.select_one(".price").get_text(strip=True)} for row in soup.select("tr.product")]


def main() -> None:
    s = make_session(os.environ["SUPPLIER_USER"], os.environ["SUPPLIER_PASSWORD"])
    with open("prices.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["sku", "price"])
        w.writeheader()
        page = 1
        while rows := scrape_page(s, page):
            w.writerows(rows)
            page += 1
            time.sleep(1)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
`,
  ),
  bad(
    "CWE-295",
    "batch41: SMTP alert helper starts TLS with an unverified SSL context",
    src`
import logging
import smtplib
import ssl
from email.message import EmailMessage

from .config import settings

log = logging.getLogger("alerts")


def send_alert(subject: str, body: str, to: list[str]) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"[ALERT] {subject}"
    msg["From"] = settings.smtp_from
    msg["To"] = ", ".join(to)
    msg.set_content(body)
    ctx = ssl._create_unverified_context()
    with smtplib.SMTP(settings.smtp_host, 587, timeout=15) as smtp:
        smtp.starttls(context=ctx)
        smtp.login(settings.smtp_user, settings.smtp_password)
        smtp.send_message(msg)
    log.info("alert sent to %d recipients", len(to))
`,
  ),
  good(
    "CWE-295",
    "batch41: SMTP alert helper starts TLS with the default verifying context",
    src`
import logging
import smtplib
import ssl
from email.message import EmailMessage

from .config import settings

log = logging.getLogger("alerts")


def send_alert(subject: str, body: str, to: list[str]) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"[ALERT] {subject}"
    msg["From"] = settings.smtp_from
    msg["To"] = ", ".join(to)
    msg.set_content(body)
    ctx = ssl.create_default_context()
    with smtplib.SMTP(settings.smtp_host, 587, timeout=15) as smtp:
        smtp.starttls(context=ctx)
        smtp.login(settings.smtp_user, settings.smtp_password)
        smtp.send_message(msg)
    log.info("alert sent to %d recipients", len(to))
`,
  ),
  bad(
    "CWE-295",
    "batch41: async health checker creates an aiohttp connector with ssl=False",
    src`
"""Check a list of service URLs concurrently and print a status table."""
import argparse
import asyncio
import time

import aiohttp


async def check(session: aiohttp.ClientSession, url: str) -> tuple[str, int | None, float]:
    start = time.perf_counter()
    try:
        async with session.get(url) as resp:
            return url, resp.status, time.perf_counter() - start
    except aiohttp.ClientError:
        return url, None, time.perf_counter() - start


async def run(urls: list[str], timeout: float) -> None:
    conn = aiohttp.TCPConnector(ssl=False, limit=20)
    async with aiohttp.ClientSession(connector=conn, timeout=aiohttp.ClientTimeout(total=timeout)) as s:
        results = await asyncio.gather(*(check(s, u) for u in urls))
    for url, status, elapsed in sorted(results):
        print(f"{status or 'DOWN':>5}  {elapsed * 1000:7.1f} ms  {url}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", help="file with one URL per line")
    ap.add_argument("--timeout", type=float, default=5.0)
    args = ap.parse_args()
    with open(args.file) as fh:
        urls = [l.strip() for l in fh if l.strip() and not l.startswith("#")]
    asyncio.run(run(urls, args.timeout))


if __name__ == "__main__":
    main()
`,
  ),
  // ---------------- CWE-611 ----------------
  bad(
    "CWE-611",
    "batch41: SAML-ish metadata importer parses uploaded XML with lxml and entity resolution on",
    src`
import logging

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
log = logging.getLogger("idp")
NS = {"md": "urn:oasis:names:tc:SAML:2.0:metadata"}


@app.post("/admin/idp/metadata")
def import_metadata():
    xml = request.files["metadata"].read()
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(xml, parser)
    entity_id = root.get("entityID")
    sso = root.find(".//md:SingleSignOnService", NS)
    certs = [c.text.strip() for c in root.iterfind(".//{http://www.w3.org/2000/09/xmldsig#}X509Certificate")]
    log.info("imported IdP %s with %d certs", entity_id, len(certs))
    return jsonify(entity_id=entity_id, sso_url=sso.get("Location") if sso is not None else None, certs=len(certs))
`,
  ),
  good(
    "CWE-611",
    "batch41: metadata importer parses uploaded XML with defusedxml",
    src`
import logging

from defusedxml import ElementTree as ET
from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("idp")
NS = {"md": "urn:oasis:names:tc:SAML:2.0:metadata"}


@app.post("/admin/idp/metadata")
def import_metadata():
    root = ET.fromstring(request.files["metadata"].read())
    entity_id = root.get("entityID")
    sso = root.find(".//md:SingleSignOnService", NS)
    certs = [c.text.strip() for c in root.iter("{http://www.w3.org/2000/09/xmldsig#}X509Certificate")]
    log.info("imported IdP %s with %d certs", entity_id, len(certs))
    return jsonify(entity_id=entity_id, sso_url=sso.get("Location") if sso is not None else None, certs=len(certs))
`,
  ),
  bad(
    "CWE-611",
    "batch41: invoice ingest script parses supplier XML with a sax parser that resolves external entities",
    src`
"""Parse supplier invoices (UBL-ish XML) dropped into an inbox folder."""
import logging
import shutil
import xml.sax
from decimal import Decimal
from pathlib import Path
from xml.sax.handler import feature_external_ges

INBOX = Path("/srv/invoices/inbox")
DONE = Path("/srv/invoices/done")
log = logging.getLogger("invoices")


class InvoiceHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.current = ""
        self.total = Decimal(0)
        self.number = ""

    def startElement(self, name, attrs):
        self.current = name

    def characters(self, content):
        if self.current == "InvoiceNumber":
            self.number += content.strip()
        elif self.current == "LineAmount" and content.strip():
            self.total += Decimal(content.strip())


def parse(path: Path) -> InvoiceHandler:
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = InvoiceHandler()
    parser.setContentHandler(handler)
    parser.parse(str(path))
    return handler


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    DONE.mkdir(parents=True, exist_ok=True)
    for f in sorted(INBOX.glob("*.xml")):
        inv = parse(f)
        log.info("invoice %s total %s", inv.number, inv.total)
        shutil.move(str(f), DONE / f.name)


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-611",
    "batch41: invoice ingest script uses defusedxml.sax",
    src`
"""Parse supplier invoices (UBL-ish XML) dropped into an inbox folder."""
import logging
import shutil
import xml.sax
from decimal import Decimal
from pathlib import Path

import defusedxml.sax

INBOX = Path("/srv/invoices/inbox")
DONE = Path("/srv/invoices/done")
log = logging.getLogger("invoices")


class InvoiceHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.current = ""
        self.total = Decimal(0)
        self.number = ""

    def startElement(self, name, attrs):
        self.current = name

    def characters(self, content):
        if self.current == "InvoiceNumber":
            self.number += content.strip()
        elif self.current == "LineAmount" and content.strip():
            self.total += Decimal(content.strip())


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    DONE.mkdir(parents=True, exist_ok=True)
    for f in sorted(INBOX.glob("*.xml")):
        handler = InvoiceHandler()
        defusedxml.sax.parse(str(f), handler)
        log.info("invoice %s total %s", handler.number, handler.total)
        shutil.move(str(f), DONE / f.name)


if __name__ == "__main__":
    main()
`,
  ),
  // ---------------- CWE-918 ----------------
  bad(
    "CWE-918",
    "batch41: link preview microservice fetches any URL the client posts",
    src`
import logging
from dataclasses import asdict, dataclass

import requests
from bs4 import BeautifulSoup
from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("preview")


@dataclass
class Preview:
    url: str
    title: str | None
    description: str | None
    image: str | None


def meta(soup: BeautifulSoup, prop: str) -> str | None:
    tag = soup.find("meta", property=prop) or soup.find("meta", attrs={"name": prop})
    return tag.get("content") if tag else None


@app.post("/api/preview")
def preview():
    url = (request.get_json(silent=True) or {}).get("url", "")
    if not url.startswith(("http://", "https://")):
        return jsonify(error="url must be http(s)"), 400
    resp = requests.get(url, timeout=5, headers={"User-Agent": "PreviewBot/1.0"})
    soup = BeautifulSoup(resp.text[:500_000], "html.parser")
    p = Preview(
        url=resp.url,
        title=meta(soup, "og:title") or (soup.title.string if soup.title else None),
        description=meta(soup, "og:description"),
        image=meta(soup, "og:image"),
    )
    return jsonify(asdict(p))
`,
  ),
  good(
    "CWE-918",
    "batch41: link preview service resolves the host and refuses private addresses before fetching",
    src`
import ipaddress
import logging
import socket
from urllib.parse import urlparse

import requests
from bs4 import BeautifulSoup
from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("preview")


def public_host(url: str) -> bool:
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


@app.post("/api/preview")
def preview():
    url = (request.get_json(silent=True) or {}).get("url", "")
    if not public_host(url):
        return jsonify(error="url not allowed"), 400
    resp = requests.get(url, timeout=5, allow_redirects=False, headers={"User-Agent": "PreviewBot/1.0"})
    soup = BeautifulSoup(resp.text[:500_000], "html.parser")
    title = soup.title.string if soup.title else None
    return jsonify(url=url, title=title)
`,
  ),
  bad(
    "CWE-918",
    "batch41: fastapi image proxy downloads the image URL from the query and streams it back",
    src`
import logging

import httpx
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import Response

app = FastAPI()
log = logging.getLogger("imgproxy")
MAX_BYTES = 5 * 1024 * 1024


@app.get("/img")
async def proxy_image(src: str = Query(..., min_length=8), w: int | None = None):
    async with httpx.AsyncClient(timeout=10, follow_redirects=True) as client:
        r = await client.get(src)
    if r.status_code != 200:
        raise HTTPException(502, "upstream error")
    ctype = r.headers.get("content-type", "")
    if not ctype.startswith("image/"):
        raise HTTPException(415, "not an image")
    if len(r.content) > MAX_BYTES:
        raise HTTPException(413, "too large")
    log.info("proxied %s (%d bytes)", src, len(r.content))
    return Response(content=r.content, media_type=ctype, headers={"Cache-Control": "public, max-age=86400"})
`,
  ),
  good(
    "CWE-918",
    "batch41: fastapi image proxy only fetches from an allow-listed set of CDN hosts",
    src`
import logging
from urllib.parse import urlparse

import httpx
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import Response

app = FastAPI()
log = logging.getLogger("imgproxy")
MAX_BYTES = 5 * 1024 * 1024
ALLOWED_HOSTS = {"images.example-cdn.com", "static.partner.example"}


@app.get("/img")
async def proxy_image(src: str = Query(..., min_length=8)):
    parts = urlparse(src)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        raise HTTPException(400, "source not allowed")
    async with httpx.AsyncClient(timeout=10, follow_redirects=False) as client:
        r = await client.get(src)
    if r.status_code != 200 or not r.headers.get("content-type", "").startswith("image/"):
        raise HTTPException(502, "upstream error")
    if len(r.content) > MAX_BYTES:
        raise HTTPException(413, "too large")
    return Response(content=r.content, media_type=r.headers["content-type"])
`,
  ),
  bad(
    "CWE-918",
    "batch41: webhook test endpoint posts a sample event to a user-configured URL from the form",
    src`
import json
import logging
import time

import requests
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger(__name__)
SAMPLE = {"event": "order.created", "data": {"id": "ord_test", "amount": 1299, "currency": "EUR"}}


@login_required
@require_POST
def test_webhook(request):
    target = request.POST.get("endpoint", "").strip()
    if not target:
        return JsonResponse({"error": "endpoint required"}, status=400)
    started = time.monotonic()
    try:
        r = requests.post(target, data=json.dumps(SAMPLE), headers={"Content-Type": "application/json"}, timeout=8)
    except requests.RequestException as exc:
        return JsonResponse({"ok": False, "error": str(exc)})
    elapsed = round((time.monotonic() - started) * 1000)
    log.info("webhook test by %s -> %s %s", request.user.pk, target, r.status_code)
    return JsonResponse({"ok": r.ok, "status": r.status_code, "ms": elapsed, "body": r.text[:1000]})
`,
  ),
  bad(
    "CWE-918",
    "batch41: telegram bot downloads a URL sent by any chat user with urllib",
    src`
"""/grab <url>: fetch a page and reply with its size and title."""
import logging
import os
import re
import urllib.request

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

logging.basicConfig(level=logging.INFO)
TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


async def grab(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not context.args:
        await update.message.reply_text("usage: /grab <url>")
        return
    url = context.args[0]
    with urllib.request.urlopen(url, timeout=10) as resp:
        body = resp.read(1_000_000).decode("utf-8", "replace")
    m = TITLE_RE.search(body)
    title = m.group(1).strip() if m else "(no title)"
    await update.message.reply_text(f"{len(body)} bytes, title: {title}")


def main() -> None:
    app = Application.builder().token(os.environ["BOT_TOKEN"]).build()
    app.add_handler(CommandHandler("grab", grab))
    app.run_polling()


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-918",
    "batch41: status page fetcher only requests URLs from its own config file",
    src`
"""Poll the status endpoints listed in status.toml and cache the results."""
import json
import logging
import time
import tomllib
from pathlib import Path

import requests

CONFIG = Path(__file__).with_name("status.toml")
CACHE = Path("/var/cache/statuspage/latest.json")
log = logging.getLogger("status")


def load_targets() -> dict[str, str]:
    with CONFIG.open("rb") as fh:
        return tomllib.load(fh)["targets"]


def poll(targets: dict[str, str]) -> dict[str, dict]:
    out = {}
    for name, url in targets.items():
        try:
            r = requests.get(url, timeout=5)
            out[name] = {"status": r.status_code, "ok": r.ok}
        except requests.RequestException as exc:
            out[name] = {"status": None, "ok": False, "error": type(exc).__name__}
    return out


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    while True:
        CACHE.write_text(json.dumps(poll(load_targets()), indent=2))
        time.sleep(30)


if __name__ == "__main__":
    main()
`,
  ),
  // ---------------- CWE-79 ----------------
  bad(
    "CWE-79",
    "batch41: flask guestbook renders entries into HTML with an f-string",
    src`
import sqlite3
from datetime import datetime

from flask import Flask, redirect, request, url_for

app = Flask(__name__)
DB = "guestbook.db"


def init_db() -> None:
    with sqlite3.connect(DB) as c:
        c.execute("CREATE TABLE IF NOT EXISTS entries (name TEXT, message TEXT, created TEXT)")


@app.get("/")
def index():
    with sqlite3.connect(DB) as c:
        rows = c.execute("SELECT name, message, created FROM entries ORDER BY created DESC LIMIT 50").fetchall()
    items = "".join(f"<li><b>{name}</b> ({created}): {message}</li>" for name, message, created in rows)
    return f"""<!doctype html><title>Guestbook</title>
<form method=post action="/sign"><input name=name><textarea name=message></textarea><button>Sign</button></form>
<ul>{items}</ul>"""


@app.post("/sign")
def sign():
    name = request.form.get("name", "anonymous")[:80]
    message = request.form.get("message", "")[:2000]
    with sqlite3.connect(DB) as c:
        c.execute("INSERT INTO entries VALUES (?, ?, ?)", (name, message, datetime.utcnow().isoformat()))
    return redirect(url_for("index"))


if __name__ == "__main__":
    init_db()
    app.run()
`,
  ),
  good(
    "CWE-79",
    "batch41: flask guestbook escapes every stored field with markupsafe before building HTML",
    src`
import sqlite3
from datetime import datetime

from flask import Flask, redirect, request, url_for
from markupsafe import escape

app = Flask(__name__)
DB = "guestbook.db"


@app.get("/")
def index():
    with sqlite3.connect(DB) as c:
        rows = c.execute("SELECT name, message, created FROM entries ORDER BY created DESC LIMIT 50").fetchall()
    items = "".join(
        f"<li><b>{escape(name)}</b> ({escape(created)}): {escape(message)}</li>" for name, message, created in rows
    )
    return f"""<!doctype html><title>Guestbook</title>
<form method=post action="/sign"><input name=name><textarea name=message></textarea><button>Sign</button></form>
<ul>{items}</ul>"""


@app.post("/sign")
def sign():
    name = request.form.get("name", "anonymous")[:80]
    message = request.form.get("message", "")[:2000]
    with sqlite3.connect(DB) as c:
        c.execute("INSERT INTO entries VALUES (?, ?, ?)", (name, message, datetime.utcnow().isoformat()))
    return redirect(url_for("index"))
`,
  ),
  bad(
    "CWE-79",
    "batch41: django search view marks the echoed query safe in the response",
    src`
from django.db.models import Q
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from .models import Article


def search(request):
    q = request.GET.get("q", "").strip()
    results = Article.objects.none()
    if q:
        results = Article.objects.filter(Q(title__icontains=q) | Q(body__icontains=q)).order_by("-published")[:20]
    heading = mark_safe(f"Results for <em>{q}</em>") if q else "Search"
    html = render_to_string("search.html", {"heading": heading, "results": results, "q": q}, request=request)
    return HttpResponse(html)
`,
  ),
  good(
    "CWE-79",
    "batch41: django search view builds the heading with format_html",
    src`
from django.db.models import Q
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.html import format_html

from .models import Article


def search(request):
    q = request.GET.get("q", "").strip()
    results = Article.objects.none()
    if q:
        results = Article.objects.filter(Q(title__icontains=q) | Q(body__icontains=q)).order_by("-published")[:20]
    heading = format_html("Results for <em>{}</em>", q) if q else "Search"
    html = render_to_string("search.html", {"heading": heading, "results": results, "q": q}, request=request)
    return HttpResponse(html)
`,
  ),
  bad(
    "CWE-79",
    "batch41: flask error page puts the requested path into render_template_string",
    src`
import logging

from flask import Flask, render_template_string, request

app = Flask(__name__)
log = logging.getLogger(__name__)

PAGE = """<!doctype html>
<html><head><title>Not found</title></head>
<body><h1>404</h1><p>The page %s does not exist.</p><a href="/">Home</a></body></html>"""


@app.errorhandler(404)
def not_found(err):
    log.info("404 for %s", request.path)
    return render_template_string(PAGE % request.path), 404


@app.get("/")
def home():
    return "<h1>Welcome</h1>"
`,
  ),
  good(
    "CWE-79",
    "batch41: flask error page passes the path to the template as a variable",
    src`
import logging

from flask import Flask, render_template_string, request

app = Flask(__name__)
log = logging.getLogger(__name__)

PAGE = """<!doctype html>
<html><head><title>Not found</title></head>
<body><h1>404</h1><p>The page {{ path }} does not exist.</p><a href="/">Home</a></body></html>"""


@app.errorhandler(404)
def not_found(err):
    log.info("404 for %s", request.path)
    return render_template_string(PAGE, path=request.path), 404


@app.get("/")
def home():
    return "<h1>Welcome</h1>"
`,
  ),
  bad(
    "CWE-79",
    "batch41: fastapi status page returns an HTMLResponse that embeds the name parameter",
    src`
from datetime import datetime

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
STARTED = datetime.utcnow()


@app.get("/hello", response_class=HTMLResponse)
def hello(name: str = "world"):
    uptime = datetime.utcnow() - STARTED
    return HTMLResponse(
        "<html><body>"
        f"<h1>Hello, {name}!</h1>"
        f"<p>Service up for {uptime.total_seconds():.0f} seconds.</p>"
        "</body></html>"
    )
`,
  ),
  // ---------------- CWE-94 / CWE-95 ----------------
  bad(
    "CWE-95",
    "batch41: discord calculator bot evaluates the user's expression with eval",
    src`
"""!calc <expr>: a calculator command for the server."""
import logging
import math
import os

import discord
from discord.ext import commands

logging.basicConfig(level=logging.INFO)
intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)
SAFE_NAMES = {k: getattr(math, k) for k in dir(math) if not k.startswith("_")}


@bot.command(name="calc")
async def calc(ctx: commands.Context, *, expr: str):
    if len(expr) > 200:
        await ctx.send("expression too long")
        return
    try:
        result = eval(expr, {"__builtins__": {}}, SAFE_NAMES)
    except Exception as exc:  # noqa: BLE001
        await ctx.send(f"error: {exc}")
        return
    await ctx.send(f"{expr} = {result}")


bot.run(os.environ["DISCORD_TOKEN"])
`,
  ),
  good(
    "CWE-95",
    "batch41: discord calculator bot walks the expression AST and allows only arithmetic nodes",
    src`
"""!calc <expr>: a calculator command for the server."""
import ast
import logging
import operator
import os

import discord
from discord.ext import commands

logging.basicConfig(level=logging.INFO)
intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
       ast.USub: operator.neg, ast.Mod: operator.mod}


def evaluate(node: ast.AST) -> float:
    if isinstance(node, ast.Expression):
        return evaluate(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.left), evaluate(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.operand))
    raise ValueError("unsupported expression")


@bot.command(name="calc")
async def calc(ctx: commands.Context, *, expr: str):
    try:
        result = evaluate(ast.parse(expr[:200], mode="eval"))
    except (ValueError, SyntaxError, ZeroDivisionError) as exc:
        await ctx.send(f"error: {exc}")
        return
    await ctx.send(f"= {result}")


bot.run(os.environ["DISCORD_TOKEN"])
`,
  ),
  bad(
    "CWE-94",
    "batch41: rules engine microservice compiles and execs rule code posted by the client",
    src`
"""Pricing rules service: POST a rule body, then evaluate it against carts."""
import logging
import uuid

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("rules")
RULES: dict[str, object] = {}


@app.post("/rules")
def add_rule():
    body = request.get_json()
    code = body["code"]
    namespace: dict = {}
    exec(compile(code, "<rule>", "exec"), namespace)
    if "apply" not in namespace:
        return jsonify(error="rule must define apply(cart)"), 400
    rule_id = uuid.uuid4().hex
    RULES[rule_id] = namespace["apply"]
    log.info("registered rule %s", rule_id)
    return jsonify(id=rule_id), 201


@app.post("/rules/<rule_id>/evaluate")
def evaluate(rule_id: str):
    fn = RULES.get(rule_id)
    if fn is None:
        return jsonify(error="unknown rule"), 404
    cart = request.get_json()
    return jsonify(result=fn(cart))
`,
  ),
  good(
    "CWE-94",
    "batch41: rules service stores declarative JSON rules and interprets them",
    src`
"""Pricing rules service: POST a declarative rule, then evaluate it against carts."""
import logging
import operator
import uuid

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("rules")
RULES: dict[str, dict] = {}
COMPARATORS = {"gt": operator.gt, "ge": operator.ge, "lt": operator.lt, "eq": operator.eq}


@app.post("/rules")
def add_rule():
    body = request.get_json() or {}
    if body.get("op") not in COMPARATORS or body.get("field") not in ("total", "items"):
        return jsonify(error="invalid rule"), 400
    rule = {"field": body["field"], "op": body["op"], "value": float(body["value"]), "discount": float(body["discount"])}
    rule_id = uuid.uuid4().hex
    RULES[rule_id] = rule
    return jsonify(id=rule_id), 201


@app.post("/rules/<rule_id>/evaluate")
def evaluate(rule_id: str):
    rule = RULES.get(rule_id)
    if rule is None:
        return jsonify(error="unknown rule"), 404
    cart = request.get_json() or {}
    value = float(cart.get(rule["field"], 0))
    hit = COMPARATORS[rule["op"]](value, rule["value"])
    return jsonify(discount=rule["discount"] if hit else 0.0)
`,
  ),
  bad(
    "CWE-94",
    "batch41: flask template preview endpoint renders a jinja2 template posted in the form (server-side template injection)",
    src`
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment()
ROWS = [{"name": "widgets", "qty": 12}, {"name": "gadgets", "qty": 3}]


@app.post("/preview-template")
def preview_template():
    template_src = request.form.get("template", "{{ rows|length }} rows")
    tmpl = env.from_string(template_src)
    return tmpl.render(rows=ROWS)
`,
  ),
  // ---------------- CWE-377 / CWE-732 ----------------
  bad(
    "CWE-377",
    "batch41: database dump script writes the dump to a predictable name under /tmp before uploading",
    src`
#!/usr/bin/env python3
"""Dump the app database, compress it and upload to the backup server."""
import gzip
import logging
import os
import shutil
import subprocess
from datetime import date

import paramiko

log = logging.getLogger("dbdump")
BACKUP_HOST = os.environ.get("BACKUP_HOST", "backup.internal")


def dump(dbname: str) -> str:
    raw = f"/tmp/{dbname}-{date.today()}.sql"
    with open(raw, "w") as out:
        subprocess.run(["pg_dump", "--no-owner", dbname], stdout=out, check=True)
    gz = raw + ".gz"
    with open(raw, "rb") as src, gzip.open(gz, "wb") as dst:
        shutil.copyfileobj(src, dst)
    os.remove(raw)
    return gz


def upload(path: str) -> None:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(BACKUP_HOST, username="backup", key_filename=os.path.expanduser("~/.ssh/backup_ed25519"))
    with client.open_sftp() as sftp:
        sftp.put(path, f"/backups/{os.path.basename(path)}")
    client.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    archive = dump(os.environ.get("DB_NAME", "app"))
    upload(archive)
    os.remove(archive)
    log.info("backup done")
`,
  ),
  good(
    "CWE-377",
    "batch41: database dump script writes into a private TemporaryDirectory",
    src`
#!/usr/bin/env python3
"""Dump the app database, compress it and upload to the backup server."""
import gzip
import logging
import os
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import paramiko

log = logging.getLogger("dbdump")
BACKUP_HOST = os.environ.get("BACKUP_HOST", "backup.internal")


def dump(dbname: str, workdir: Path) -> Path:
    raw = workdir / f"{dbname}-{date.today()}.sql"
    with raw.open("w") as out:
        subprocess.run(["pg_dump", "--no-owner", dbname], stdout=out, check=True)
    gz = raw.with_suffix(".sql.gz")
    with raw.open("rb") as src, gzip.open(gz, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return gz


def upload(path: Path) -> None:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(BACKUP_HOST, username="backup", key_filename=os.path.expanduser("~/.ssh/backup_ed25519"))
    with client.open_sftp() as sftp:
        sftp.put(str(path), f"/backups/{path.name}")
    client.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with tempfile.TemporaryDirectory(prefix="dbdump-") as tmp:
        upload(dump(os.environ.get("DB_NAME", "app"), Path(tmp)))
    log.info("backup done")
`,
  ),
  bad(
    "CWE-377",
    "batch41: report generator creates its scratch file with tempfile.mktemp",
    src`
import csv
import logging
import os
import smtplib
import tempfile
from email.message import EmailMessage

log = logging.getLogger("report")


def build_csv(rows: list[dict]) -> str:
    path = tempfile.mktemp(suffix=".csv", prefix="weekly-")
    with open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def mail_report(path: str, to: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Weekly report"
    msg["From"] = "reports@example.com"
    msg["To"] = to
    msg.set_content("Attached.")
    with open(path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="text", subtype="csv", filename="weekly.csv")
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)


def run(rows: list[dict], to: str) -> None:
    path = build_csv(rows)
    try:
        mail_report(path, to)
    finally:
        os.unlink(path)
    log.info("report sent to %s", to)
`,
  ),
  good(
    "CWE-377",
    "batch41: report generator uses NamedTemporaryFile for the CSV attachment",
    src`
import csv
import logging
import smtplib
import tempfile
from email.message import EmailMessage

log = logging.getLogger("report")


def run(rows: list[dict], to: str) -> None:
    with tempfile.NamedTemporaryFile("w+", suffix=".csv", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
        fh.flush()
        fh.seek(0)
        msg = EmailMessage()
        msg["Subject"] = "Weekly report"
        msg["From"] = "reports@example.com"
        msg["To"] = to
        msg.set_content("Attached.")
        msg.add_attachment(fh.read().encode(), maintype="text", subtype="csv", filename="weekly.csv")
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)
    log.info("report sent to %s", to)
`,
  ),
  bad(
    "CWE-732",
    "batch41: credentials setup script writes the API token file and makes it world-writable",
    src`
#!/usr/bin/env python3
"""First-run setup: ask for the API token and save it for the CLI."""
import getpass
import json
import os
import stat
from pathlib import Path

CONFIG_DIR = Path.home() / ".acme"
TOKEN_FILE = CONFIG_DIR / "credentials.json"


def save(token: str, endpoint: str) -> None:
    CONFIG_DIR.mkdir(exist_ok=True)
    TOKEN_FILE.write_text(json.dumps({"token": token, "endpoint": endpoint}))
    os.chmod(TOKEN_FILE, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def main() -> None:
    endpoint = input("API endpoint [https://api.acme.example]: ").strip() or "https://api.acme.example"
    token = getpass.getpass("API token: ").strip()
    if not token:
        raise SystemExit("no token given")
    save(token, endpoint)
    print(f"saved to {TOKEN_FILE}")


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-732",
    "batch41: credentials setup script creates the token file with mode 0600",
    src`
#!/usr/bin/env python3
"""First-run setup: ask for the API token and save it for the CLI."""
import getpass
import json
import os
from pathlib import Path

CONFIG_DIR = Path.home() / ".acme"
TOKEN_FILE = CONFIG_DIR / "credentials.json"


def save(token: str, endpoint: str) -> None:
    CONFIG_DIR.mkdir(mode=0o700, exist_ok=True)
    fd = os.open(TOKEN_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"token": token, "endpoint": endpoint}, fh)


def main() -> None:
    endpoint = input("API endpoint [https://api.acme.example]: ").strip() or "https://api.acme.example"
    token = getpass.getpass("API token: ").strip()
    if not token:
        raise SystemExit("no token given")
    save(token, endpoint)
    print(f"saved to {TOKEN_FILE}")


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-732",
    "batch41: upload daemon creates its shared spool directory with mode 0o777",
    src`
"""Watch a spool directory and push finished files to the archive service."""
import logging
import os
import time
from pathlib import Path

import requests

SPOOL = Path(os.environ.get("SPOOL_DIR", "/var/spool/archiver"))
ARCHIVE_URL = os.environ.get("ARCHIVE_URL", "https://archive.internal/api/files")
log = logging.getLogger("archiver")


def ensure_spool() -> None:
    SPOOL.mkdir(parents=True, exist_ok=True)
    os.chmod(SPOOL, 0o777)


def push(path: Path) -> bool:
    with path.open("rb") as fh:
        r = requests.post(ARCHIVE_URL, files={"file": (path.name, fh)}, timeout=60)
    return r.ok


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    ensure_spool()
    while True:
        for path in sorted(SPOOL.glob("*.done")):
            if push(path):
                path.unlink()
                log.info("archived %s", path.name)
            else:
                log.warning("archive refused %s", path.name)
        time.sleep(10)


if __name__ == "__main__":
    main()
`,
  ),
  // ---------------- CWE-601 ----------------
  bad(
    "CWE-601",
    "batch41: flask login redirects to the next parameter after signing in",
    src`
from flask import Flask, flash, redirect, render_template, request, session
from werkzeug.security import check_password_hash

from .models import User

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]


@app.route("/login", methods=["GET", "POST"])
def login():
    next_url = request.args.get("next") or request.form.get("next") or "/"
    if request.method == "POST":
        user = User.query.filter_by(email=request.form["email"]).first()
        if user and check_password_hash(user.password_hash, request.form["password"]):
            session["uid"] = user.id
            return redirect(next_url)
        flash("Wrong email or password")
    return render_template("login.html", next=next_url)
`,
  ),
  good(
    "CWE-601",
    "batch41: flask login only follows a next parameter that is a local path",
    src`
from urllib.parse import urlparse

from flask import Flask, flash, redirect, render_template, request, session
from werkzeug.security import check_password_hash

from .models import User

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]


def safe_next(target: str | None) -> str:
    if not target:
        return "/"
    parts = urlparse(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


@app.route("/login", methods=["GET", "POST"])
def login():
    next_url = safe_next(request.args.get("next") or request.form.get("next"))
    if request.method == "POST":
        user = User.query.filter_by(email=request.form["email"]).first()
        if user and check_password_hash(user.password_hash, request.form["password"]):
            session["uid"] = user.id
            return redirect(next_url)
        flash("Wrong email or password")
    return render_template("login.html", next=next_url)
`,
  ),
  bad(
    "CWE-601",
    "batch41: django click tracker logs the hit and redirects to the url parameter",
    src`
import logging

from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.utils import timezone

from .models import Click

log = logging.getLogger(__name__)


def track(request, campaign: str):
    target = request.GET.get("url")
    if not target:
        return HttpResponseBadRequest("missing url")
    Click.objects.create(
        campaign=campaign,
        target=target[:500],
        ip=request.META.get("REMOTE_ADDR"),
        at=timezone.now(),
    )
    log.debug("click %s -> %s", campaign, target)
    return HttpResponseRedirect(target)
`,
  ),
  good(
    "CWE-601",
    "batch41: django click tracker checks the target with url_has_allowed_host_and_scheme",
    src`
import logging

from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from .models import Click

log = logging.getLogger(__name__)


def track(request, campaign: str):
    target = request.GET.get("url")
    if not target or not url_has_allowed_host_and_scheme(target, allowed_hosts=settings.TRACKED_HOSTS, require_https=True):
        return HttpResponseBadRequest("bad url")
    Click.objects.create(campaign=campaign, target=target[:500], ip=request.META.get("REMOTE_ADDR"), at=timezone.now())
    return HttpResponseRedirect(target)
`,
  ),
  // ---------------- misc ----------------
  bad(
    "CWE-319",
    "batch41: metrics agent ships host credentials to the collector over plain http",
    src`
"""Collect host metrics and send them to the central collector."""
import logging
import os
import platform
import socket
import time

import psutil
import requests

COLLECTOR = "http://metrics.example.com/ingest"
API_KEY = os.environ["METRICS_API_KEY"]
log = logging.getLogger("agent")


def sample() -> dict:
    return {
        "host": socket.gethostname(),
        "os": platform.platform(),
        "cpu": psutil.cpu_percent(interval=1),
        "mem": psutil.virtual_memory().percent,
        "disk": psutil.disk_usage("/").percent,
        "ts": int(time.time()),
    }


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {API_KEY}"
    while True:
        try:
            session.post(COLLECTOR, json=sample(), timeout=10).raise_for_status()
        except requests.RequestException as exc:
            log.warning("send failed: %s", exc)
        time.sleep(60)


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-319",
    "batch41: metrics agent sends to an https collector",
    src`
"""Collect host metrics and send them to the central collector."""
import logging
import os
import socket
import time

import psutil
import requests

COLLECTOR = os.environ.get("COLLECTOR_URL", "https://metrics.example.com/ingest")
API_KEY = os.environ["METRICS_API_KEY"]
log = logging.getLogger("agent")


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    if not COLLECTOR.startswith("https://"):
        raise SystemExit("collector must use https")
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {API_KEY}"
    while True:
        payload = {"host": socket.gethostname(), "cpu": psutil.cpu_percent(interval=1), "ts": int(time.time())}
        try:
            session.post(COLLECTOR, json=payload, timeout=10).raise_for_status()
        except requests.RequestException as exc:
            log.warning("send failed: %s", exc)
        time.sleep(60)


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-489",
    "batch41: flask inventory app starts with debug=True listening on all interfaces",
    src`
import logging
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)
ITEMS: dict[int, dict] = {}


@app.get("/items")
def items():
    return jsonify(list(ITEMS.values()))


@app.post("/items")
def add_item():
    data = request.get_json() or {}
    item_id = len(ITEMS) + 1
    ITEMS[item_id] = {"id": item_id, "name": str(data.get("name", ""))[:100], "qty": int(data.get("qty", 0))}
    return jsonify(ITEMS[item_id]), 201


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "5000"))
    app.run(host="0.0.0.0", port=port, debug=True)
`,
  ),
  good(
    "CWE-489",
    "batch41: flask inventory app reads debug from the environment and binds to localhost",
    src`
import logging
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)
ITEMS: dict[int, dict] = {}


@app.get("/items")
def items():
    return jsonify(list(ITEMS.values()))


@app.post("/items")
def add_item():
    data = request.get_json() or {}
    item_id = len(ITEMS) + 1
    ITEMS[item_id] = {"id": item_id, "name": str(data.get("name", ""))[:100], "qty": int(data.get("qty", 0))}
    return jsonify(ITEMS[item_id]), 201


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")), debug=os.environ.get("FLASK_DEBUG") == "1")
`,
  ),
  bad(
    "CWE-209",
    "batch41: fastapi payments endpoint returns the exception traceback to the caller",
    src`
import logging
import traceback

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from .gateway import charge_card

app = FastAPI()
log = logging.getLogger("payments")


class ChargeIn(BaseModel):
    customer_id: str
    amount_cents: int
    token: str


@app.post("/charge")
def charge(body: ChargeIn):
    try:
        receipt = charge_card(body.customer_id, body.amount_cents, body.token)
    except Exception:
        return JSONResponse({"error": "charge failed", "detail": traceback.format_exc()}, status_code=500)
    return {"receipt": receipt}
`,
  ),
  good(
    "CWE-209",
    "batch41: fastapi payments endpoint logs the traceback and returns a generic error id",
    src`
import logging
import uuid

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from .gateway import charge_card

app = FastAPI()
log = logging.getLogger("payments")


class ChargeIn(BaseModel):
    customer_id: str
    amount_cents: int
    token: str


@app.post("/charge")
def charge(body: ChargeIn):
    try:
        receipt = charge_card(body.customer_id, body.amount_cents, body.token)
    except Exception:
        error_id = uuid.uuid4().hex[:12]
        log.exception("charge failed (%s)", error_id)
        return JSONResponse({"error": "charge failed", "error_id": error_id}, status_code=500)
    return {"receipt": receipt}
`,
  ),
  bad(
    "CWE-117",
    "batch41: flask audit endpoint logs the raw username header value",
    src`
import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
logging.basicConfig(filename="audit.log", format="%(asctime)s %(message)s", level=logging.INFO)
audit = logging.getLogger("audit")


@app.post("/api/documents/<int:doc_id>/share")
def share(doc_id: int):
    user = request.headers.get("X-Remote-User", "unknown")
    target = (request.get_json() or {}).get("with", "")
    audit.info("user=" + user + " shared document " + str(doc_id) + " with " + target)
    return jsonify(ok=True)
`,
  ),
  bad(
    "CWE-352",
    "batch41: django transfer view is csrf_exempt while using session authentication",
    src`
import json
from decimal import Decimal

from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Account


@csrf_exempt
@login_required
@require_POST
def transfer(request):
    data = json.loads(request.body)
    amount = Decimal(str(data["amount"]))
    if amount <= 0:
        return JsonResponse({"error": "amount must be positive"}, status=400)
    with transaction.atomic():
        src = Account.objects.select_for_update().get(owner=request.user)
        dst = Account.objects.select_for_update().get(number=data["to"])
        if src.balance < amount:
            return JsonResponse({"error": "insufficient funds"}, status=400)
        src.balance -= amount
        dst.balance += amount
        src.save()
        dst.save()
    return JsonResponse({"ok": True, "balance": str(src.balance)})
`,
  ),
  good(
    "CWE-352",
    "batch41: django transfer view keeps CSRF protection on",
    src`
import json
from decimal import Decimal

from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Account


@login_required
@require_POST
def transfer(request):
    data = json.loads(request.body)
    amount = Decimal(str(data["amount"]))
    if amount <= 0:
        return JsonResponse({"error": "amount must be positive"}, status=400)
    with transaction.atomic():
        src = Account.objects.select_for_update().get(owner=request.user)
        dst = Account.objects.select_for_update().get(number=data["to"])
        if src.balance < amount:
            return JsonResponse({"error": "insufficient funds"}, status=400)
        src.balance -= amount
        dst.balance += amount
        src.save()
        dst.save()
    return JsonResponse({"ok": True, "balance": str(src.balance)})
`,
  ),
  bad(
    "CWE-614",
    "batch41: flask remember-me login sets the session token cookie without secure or httponly",
    src`
import secrets
from datetime import timedelta

from flask import Flask, jsonify, make_response, request

from .auth import verify_user, store_session

app = Flask(__name__)


@app.post("/api/login")
def api_login():
    data = request.get_json() or {}
    user = verify_user(data.get("email", ""), data.get("password", ""))
    if user is None:
        return jsonify(error="invalid credentials"), 401
    token = secrets.token_urlsafe(32)
    store_session(token, user.id, ttl=timedelta(days=30))
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_token", token, max_age=30 * 24 * 3600)
    return resp
`,
  ),
  good(
    "CWE-614",
    "batch41: flask remember-me login sets the cookie secure, httponly and samesite",
    src`
import secrets
from datetime import timedelta

from flask import Flask, jsonify, make_response, request

from .auth import verify_user, store_session

app = Flask(__name__)


@app.post("/api/login")
def api_login():
    data = request.get_json() or {}
    user = verify_user(data.get("email", ""), data.get("password", ""))
    if user is None:
        return jsonify(error="invalid credentials"), 401
    token = secrets.token_urlsafe(32)
    store_session(token, user.id, ttl=timedelta(days=30))
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_token", token, max_age=30 * 24 * 3600, secure=True, httponly=True, samesite="Lax")
    return resp
`,
  ),
  bad(
    "CWE-434",
    "batch41: flask upload endpoint stores files with their own extension inside the served static folder",
    src`
import os

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__, static_folder="static")
UPLOADS = os.path.join(app.static_folder, "uploads")
os.makedirs(UPLOADS, exist_ok=True)


@app.post("/upload")
def upload():
    f = request.files.get("file")
    if f is None or not f.filename:
        return jsonify(error="no file"), 400
    name = secure_filename(f.filename)
    f.save(os.path.join(UPLOADS, name))
    return jsonify(url=f"/static/uploads/{name}")
`,
  ),
  bad(
    "CWE-295",
    "batch41: paramiko deploy script auto-accepts unknown host keys",
    src`
"""Push a release tarball to app servers and restart the service."""
import argparse
import logging
import os

import paramiko

log = logging.getLogger("release")


def deploy(host: str, tarball: str, user: str) -> None:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, key_filename=os.path.expanduser("~/.ssh/deploy"), timeout=15)
    try:
        with client.open_sftp() as sftp:
            sftp.put(tarball, f"/opt/app/releases/{os.path.basename(tarball)}")
        _, stdout, stderr = client.exec_command("sudo systemctl restart app")
        if stdout.channel.recv_exit_status() != 0:
            log.error("%s: restart failed: %s", host, stderr.read().decode())
    finally:
        client.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("tarball")
    ap.add_argument("hosts", nargs="+")
    ap.add_argument("--user", default="deploy")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    for host in args.hosts:
        deploy(host, args.tarball, args.user)
        log.info("deployed to %s", host)


if __name__ == "__main__":
    main()
`,
  ),
  // ---------------- secure programs with benign look-alikes ----------------
  good(
    "CWE-78",
    "batch41: dedupe CLI hashes files with sha256 and opens duplicates with a constant shlex-split viewer command",
    src`
#!/usr/bin/env python3
"""Find duplicate files under a directory tree by content hash."""
import argparse
import hashlib
import logging
import shlex
import subprocess
from collections import defaultdict
from pathlib import Path

log = logging.getLogger("dedupe")
VIEWER = shlex.split("xdg-open")


def digest(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def find_duplicates(root: Path, min_size: int) -> dict[str, list[Path]]:
    by_size: dict[int, list[Path]] = defaultdict(list)
    for p in root.rglob("*"):
        if p.is_file() and not p.is_symlink() and p.stat().st_size >= min_size:
            by_size[p.stat().st_size].append(p)
    by_hash: dict[str, list[Path]] = defaultdict(list)
    for paths in by_size.values():
        if len(paths) > 1:
            for p in paths:
                by_hash[digest(p)].append(p)
    return {h: ps for h, ps in by_hash.items() if len(ps) > 1}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("root", type=Path)
    ap.add_argument("--min-size", type=int, default=1024)
    ap.add_argument("--open", action="store_true", help="open the first copy of each group")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    dups = find_duplicates(args.root, args.min_size)
    for h, paths in sorted(dups.items()):
        print(h[:12], *map(str, paths), sep="\n  ")
        if args.open:
            subprocess.run([*VIEWER, str(paths[0])], check=False)
    log.info("%d duplicate groups", len(dups))


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-79",
    "batch41: scraper writes an HTML summary report escaping every scraped field with html.escape",
    src`
"""Scrape job postings and write a static HTML digest."""
import html
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.robotparser import RobotFileParser

import requests
from bs4 import BeautifulSoup

BASE = "https://jobs.example.org"
log = logging.getLogger("jobs")


@dataclass
class Posting:
    title: str
    company: str
    link: str


def allowed(url: str) -> bool:
    rp = RobotFileParser(BASE + "/robots.txt")
    rp.read()
    return rp.can_fetch("jobdigest", url)


def scrape(pages: int) -> list[Posting]:
    out = []
    for page in range(1, pages + 1):
        url = f"{BASE}/python?page={page}"
        if not allowed(url):
            break
        r = requests.get(url, timeout=15, headers={"User-Agent": "jobdigest"})
        r.raise_for_status()
        soup = BeautifulSoup(r.text, "html.parser")
        for card in soup.select(".job"):
            a = card.select_one("a.title")
            out.append(Posting(a.get_text(strip=True), card.select_one(".company").get_text(strip=True), a["href"]))
        time.sleep(2)
    return out


def render(postings: list[Posting]) -> str:
    rows = "\n".join(
        f'<li><a href="{html.escape(p.link, quote=True)}">{html.escape(p.title)}</a> - {html.escape(p.company)}</li>'
        for p in postings
        if p.link.startswith(("https://", "/"))
    )
    return f"<!doctype html><meta charset=utf-8><title>Jobs</title><ul>\n{rows}\n</ul>"


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    Path("digest.html").write_text(render(scrape(3)), encoding="utf-8")
`,
  ),
  good(
    "CWE-89",
    "batch41: telegram todo bot stores and lists items with parameterised sqlite queries",
    src`
"""Personal todo bot: /add <text>, /list, /done <id>."""
import logging
import os
import sqlite3

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

logging.basicConfig(level=logging.INFO)
DB = sqlite3.connect(os.environ.get("TODO_DB", "todo.db"), check_same_thread=False)
DB.execute("CREATE TABLE IF NOT EXISTS todos (id INTEGER PRIMARY KEY, chat INTEGER, text TEXT, done INTEGER DEFAULT 0)")


async def add(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = " ".join(context.args)[:500]
    if not text:
        await update.message.reply_text("usage: /add <text>")
        return
    with DB:
        cur = DB.execute("INSERT INTO todos (chat, text) VALUES (?, ?)", (update.effective_chat.id, text))
    await update.message.reply_text(f"added #{cur.lastrowid}")


async def list_todos(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    rows = DB.execute(
        "SELECT id, text FROM todos WHERE chat = ? AND done = 0 ORDER BY id", (update.effective_chat.id,)
    ).fetchall()
    await update.message.reply_text("\n".join(f"#{i} {t}" for i, t in rows) or "nothing to do")


async def done(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    try:
        todo_id = int(context.args[0])
    except (IndexError, ValueError):
        await update.message.reply_text("usage: /done <id>")
        return
    with DB:
        DB.execute("UPDATE todos SET done = 1 WHERE id = ? AND chat = ?", (todo_id, update.effective_chat.id))
    await update.message.reply_text("ok")


def main() -> None:
    app = Application.builder().token(os.environ["BOT_TOKEN"]).build()
    app.add_handler(CommandHandler("add", add))
    app.add_handler(CommandHandler("list", list_todos))
    app.add_handler(CommandHandler("done", done))
    app.run_polling()


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-798",
    "batch41: fastapi service checks an API key from the environment with secrets.compare_digest and renders autoescaped templates",
    src`
import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

app = FastAPI()
API_KEY = os.environ["SERVICE_API_KEY"]
templates = Environment(loader=PackageLoader("reports", "templates"), autoescape=select_autoescape(["html"]))
REPORTS = {"q1": {"title": "Q1", "total": 1200}, "q2": {"title": "Q2", "total": 1530}}


def require_key(x_api_key: str = Header(default="")) -> None:
    if not secrets.compare_digest(x_api_key.encode(), API_KEY.encode()):
        raise HTTPException(status_code=401, detail="bad api key")


@app.get("/reports/{report_id}", response_class=HTMLResponse, dependencies=[Depends(require_key)])
def show_report(report_id: str, request: Request, note: str = ""):
    report = REPORTS.get(report_id)
    if report is None:
        raise HTTPException(404)
    return templates.get_template("report.html").render(report=report, note=note, path=request.url.path)
`,
  ),
  good(
    "CWE-377",
    "batch41: config daemon writes its state atomically via tempfile.mkstemp and os.replace",
    src`
"""Poll a config endpoint and keep a local copy for other services."""
import hashlib
import json
import logging
import os
import tempfile
import time
from pathlib import Path

import requests

STATE = Path(os.environ.get("STATE_FILE", "/var/lib/confsync/config.json"))
SOURCE = os.environ.get("CONFIG_URL", "https://config.internal/v1/app")
log = logging.getLogger("confsync")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".confsync-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def fetch() -> bytes:
    for attempt in range(5):
        try:
            r = requests.get(SOURCE, timeout=10)
            r.raise_for_status()
            json.loads(r.content)
            return r.content
        except (requests.RequestException, ValueError) as exc:
            log.warning("fetch failed (%s), retrying", exc)
            time.sleep(2 ** attempt)
    raise RuntimeError("config source unavailable")


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    STATE.parent.mkdir(parents=True, exist_ok=True)
    last = None
    while True:
        data = fetch()
        checksum = hashlib.sha256(data).hexdigest()
        if checksum != last:
            atomic_write(STATE, data)
            log.info("config updated (%s)", checksum[:12])
            last = checksum
        time.sleep(30)


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-639",
    "batch41: django invoice views fetch objects scoped to the requesting user",
    src`
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse
from django.shortcuts import get_object_or_404, render

from .models import Invoice


@login_required
def invoice_list(request):
    qs = Invoice.objects.filter(customer__user=request.user).order_by("-issued")
    page = Paginator(qs, 20).get_page(request.GET.get("page"))
    return render(request, "invoices/list.html", {"page": page})


@login_required
def invoice_detail(request, pk: int):
    invoice = get_object_or_404(Invoice, pk=pk, customer__user=request.user)
    return render(request, "invoices/detail.html", {"invoice": invoice})


@login_required
def invoice_pdf(request, pk: int):
    invoice = get_object_or_404(Invoice, pk=pk, customer__user=request.user)
    return FileResponse(invoice.pdf.open("rb"), as_attachment=True, filename=f"invoice-{invoice.number}.pdf")
`,
  ),
  good(
    "CWE-345",
    "batch41: stripe-style webhook receiver verifies the signature and timestamp tolerance before acting",
    src`
"""Payment provider webhook: marks orders paid."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

from .orders import mark_paid

app = Flask(__name__)
SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
TOLERANCE = 300
log = logging.getLogger("payhook")


def parse_header(value: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in value.split(",") if "=" in part)


@app.post("/webhooks/payments")
def payments_hook():
    payload = request.get_data()
    fields = parse_header(request.headers.get("Payment-Signature", ""))
    ts, sig = fields.get("t"), fields.get("v1")
    if not ts or not sig or not ts.isdigit() or abs(time.time() - int(ts)) > TOLERANCE:
        abort(400)
    expected = hmac.new(SECRET, ts.encode() + b"." + payload, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        abort(400)
    event = json.loads(payload)
    if event.get("type") == "payment.succeeded":
        mark_paid(event["data"]["order_id"])
        log.info("order %s paid", event["data"]["order_id"])
    return "", 204
`,
  ),
  good(
    "CWE-78",
    "batch41: backup script pipes pg_dump into gzip with Popen argument lists under a restrictive umask",
    src`
#!/usr/bin/env python3
"""pg_dump | gzip > /var/backups/db/<name>-<date>.sql.gz, keeping 14 days."""
import argparse
import datetime as dt
import logging
import os
import subprocess
import sys
from pathlib import Path

log = logging.getLogger("pgbackup")


def backup(db: str, dest: Path) -> Path:
    out = dest / f"{db}-{dt.date.today():%Y%m%d}.sql.gz"
    old_umask = os.umask(0o077)
    try:
        with out.open("wb") as fh:
            dump = subprocess.Popen(["pg_dump", "--format=plain", db], stdout=subprocess.PIPE)
            gz = subprocess.Popen(["gzip", "-9"], stdin=dump.stdout, stdout=fh)
            dump.stdout.close()
            gz_rc, dump_rc = gz.wait(), dump.wait()
    finally:
        os.umask(old_umask)
    if dump_rc or gz_rc:
        out.unlink(missing_ok=True)
        raise RuntimeError(f"backup failed: pg_dump={dump_rc} gzip={gz_rc}")
    return out


def prune(dest: Path, days: int) -> None:
    cutoff = dt.datetime.now().timestamp() - days * 86400
    for p in dest.glob("*.sql.gz"):
        if p.stat().st_mtime < cutoff:
            p.unlink()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("databases", nargs="+")
    ap.add_argument("--dest", type=Path, default=Path("/var/backups/db"))
    ap.add_argument("--days", type=int, default=14)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    args.dest.mkdir(parents=True, exist_ok=True, mode=0o700)
    failed = 0
    for db in args.databases:
        try:
            log.info("wrote %s", backup(db, args.dest))
        except RuntimeError as exc:
            log.error("%s", exc)
            failed += 1
    prune(args.dest, args.days)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
`,
  ),
  good(
    "CWE-347",
    "batch41: fastapi dependency decodes JWTs with a pinned algorithm list and required claims",
    src`
import logging
import os

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()
JWT_SECRET = os.environ["JWT_SECRET"]
AUDIENCE = "orders-api"
log = logging.getLogger("auth")


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        claims = jwt.decode(
            creds.credentials,
            JWT_SECRET,
            algorithms=["HS256"],
            audience=AUDIENCE,
            options={"require": ["exp", "sub", "aud"]},
        )
    except jwt.PyJWTError as exc:
        log.info("rejected token: %s", type(exc).__name__)
        raise HTTPException(401, "invalid token")
    return {"id": claims["sub"], "roles": claims.get("roles", [])}


@app.get("/orders")
def orders(user: dict = Depends(current_user)):
    return {"user": user["id"], "orders": []}


@app.delete("/orders/{order_id}")
def cancel(order_id: int, user: dict = Depends(current_user)):
    if "admin" not in user["roles"]:
        raise HTTPException(403, "admins only")
    return {"cancelled": order_id}
`,
  ),
];
