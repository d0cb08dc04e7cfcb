// Dev suite "py-snippets", batch 52 (see py-snippets.ts): written blind, measured before any fix it prompted.
// Answers for services that take input somewhere other than a classic request handler, written the way a current
// coding assistant answers a request (type hints, pydantic models, async def, services split across a module):
// Celery/RQ/Dramatiq tasks, Kafka/RabbitMQ/Redis/SQS consumers, AWS Lambda/Azure Functions/Cloud Functions
// handlers, WebSocket servers (websockets, FastAPI, Channels, Socket.IO), GraphQL resolvers (Strawberry, Graphene,
// Ariadne), gRPC servicers, chat bots (Slack Bolt, discord.py, python-telegram-bot), webhooks, scheduled jobs and
// MCP / LLM tool functions. Each beside fixed twins or safe look-alikes. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH52: DevCase[] = [
  // ---------------- CWE-78 / 77 / 88 commands from message fields ----------------
  bad(
    "CWE-78",
    "batch52: Celery task converts an uploaded video with ffmpeg through a shell string built from task arguments",
    src`
import subprocess

from celery import Celery

app = Celery("media", broker="redis://localhost:6379/0")


def _transcode_command(source: str, target_format: str) -> str:
    return f"ffmpeg -y -i {source} -c:v libx264 /srv/media/out/output.{target_format}"


@app.task(bind=True, max_retries=3)
def transcode_video(self, source: str, target_format: str = "mp4") -> int:
    cmd = _transcode_command(source, target_format)
    result = subprocess.run(cmd, shell=True, capture_output=True)
    return result.returncode
`,
  ),
  good(
    "CWE-78",
    "batch52: Celery task converts an uploaded video with ffmpeg through an argument list",
    src`
import subprocess

from celery import Celery

app = Celery("media", broker="redis://localhost:6379/0")
ALLOWED_FORMATS = {"mp4", "webm", "mkv"}


@app.task(bind=True, max_retries=3)
def transcode_video(self, source: str, target_format: str = "mp4") -> int:
    if target_format not in ALLOWED_FORMATS:
        raise ValueError("unsupported format")
    args = ["ffmpeg", "-y", "-i", source, "-c:v", "libx264", f"/srv/media/out/output.{target_format}"]
    result = subprocess.run(args, capture_output=True, check=False)
    return result.returncode
`,
  ),
  bad(
    "CWE-78",
    "batch52: Kafka consumer runs a diagnostics command named in the message with os.system",
    src`
import json
import os

from confluent_kafka import Consumer

consumer = Consumer({"bootstrap.servers": "kafka:9092", "group.id": "diagnostics"})
consumer.subscribe(["ops.diagnostics"])


def handle(payload: dict) -> None:
    host = payload["host"]
    os.system("ping -c 3 " + host + " > /var/log/diag/last.txt")


def main() -> None:
    while True:
        msg = consumer.poll(1.0)
        if msg is None or msg.error():
            continue
        handle(json.loads(msg.value()))
`,
  ),
  good(
    "CWE-78",
    "batch52: Kafka consumer pings a host from the message after validating it as an IP address, with an argument list",
    src`
import ipaddress
import json
import subprocess

from confluent_kafka import Consumer

consumer = Consumer({"bootstrap.servers": "kafka:9092", "group.id": "diagnostics"})
consumer.subscribe(["ops.diagnostics"])


def handle(payload: dict) -> None:
    host = str(ipaddress.ip_address(payload["host"]))
    with open("/var/log/diag/last.txt", "w") as out:
        subprocess.run(["ping", "-c", "3", host], stdout=out, check=False)


def main() -> None:
    while True:
        msg = consumer.poll(1.0)
        if msg is None or msg.error():
            continue
        handle(json.loads(msg.value()))
`,
  ),
  bad(
    "CWE-78",
    "batch52: MCP tool runs a shell command the model chose",
    src`
import subprocess

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("devbox")


@mcp.tool()
def run_command(command: str, cwd: str = "/workspace") -> str:
    """Run a shell command in the workspace and return its output."""
    proc = subprocess.run(command, shell=True, cwd=cwd, capture_output=True, text=True, timeout=60)
    return proc.stdout + proc.stderr
`,
  ),
  good(
    "CWE-78",
    "batch52: MCP tool runs one of a fixed set of commands with arguments as a list",
    src`
import shlex
import subprocess

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("devbox")
ALLOWED = {"ls", "cat", "git", "pytest"}


@mcp.tool()
def run_command(command: str) -> str:
    """Run an allow-listed program in the workspace and return its output."""
    argv = shlex.split(command)
    if not argv or argv[0] not in ALLOWED:
        return "command not allowed"
    proc = subprocess.run(argv, cwd="/workspace", capture_output=True, text=True, timeout=60)
    return proc.stdout + proc.stderr
`,
  ),
  bad(
    "CWE-78",
    "batch52: Slack Bolt slash command /deploy passes the branch into a shell pipeline",
    src`
import os
import subprocess

from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])


class Deployer:
    def deploy(self, branch: str) -> str:
        out = subprocess.check_output(f"cd /srv/app && git fetch && git checkout {branch} && make deploy", shell=True)
        return out.decode()[-500:]


@app.command("/deploy")
def deploy_command(ack, command, respond):
    ack()
    branch = command["text"].strip() or "main"
    respond(Deployer().deploy(branch))
`,
  ),
  good(
    "CWE-78",
    "batch52: Slack Bolt slash command /deploy checks the branch name and runs git with argument lists",
    src`
import os
import re
import subprocess

from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
BRANCH_RE = re.compile(r"[A-Za-z0-9._/-]{1,80}")


class Deployer:
    def deploy(self, branch: str) -> str:
        subprocess.run(["git", "fetch"], cwd="/srv/app", check=True)
        subprocess.run(["git", "checkout", "--", branch], cwd="/srv/app", check=True)
        out = subprocess.check_output(["make", "deploy"], cwd="/srv/app")
        return out.decode()[-500:]


@app.command("/deploy")
def deploy_command(ack, command, respond):
    ack()
    branch = command["text"].strip() or "main"
    if not BRANCH_RE.fullmatch(branch) or branch.startswith("-"):
        respond("invalid branch")
        return
    respond(Deployer().deploy(branch))
`,
  ),
  bad(
    "CWE-78",
    "batch52: AWS Lambda thumbnails an S3 object with ImageMagick via os.popen using the key from the event",
    src`
import os
import urllib.parse

import boto3

s3 = boto3.client("s3")


def lambda_handler(event, context):
    record = event["Records"][0]["s3"]
    bucket = record["bucket"]["name"]
    key = urllib.parse.unquote_plus(record["object"]["key"])
    local = "/tmp/" + os.path.basename(key)
    s3.download_file(bucket, key, local)
    os.popen(f"convert '{local}' -resize 200x200 /tmp/thumb.png").read()
    s3.upload_file("/tmp/thumb.png", bucket, "thumbs/" + key)
    return {"statusCode": 200}
`,
  ),
  good(
    "CWE-78",
    "batch52: AWS Lambda thumbnails an S3 object with Pillow, no shell",
    src`
import os
import urllib.parse

import boto3
from PIL import Image

s3 = boto3.client("s3")


def lambda_handler(event, context):
    record = event["Records"][0]["s3"]
    bucket = record["bucket"]["name"]
    key = urllib.parse.unquote_plus(record["object"]["key"])
    local = "/tmp/source.img"
    s3.download_file(bucket, key, local)
    with Image.open(local) as img:
        img.thumbnail((200, 200))
        img.save("/tmp/thumb.png")
    s3.upload_file("/tmp/thumb.png", bucket, "thumbs/" + os.path.basename(key))
    return {"statusCode": 200}
`,
  ),
  bad(
    "CWE-78",
    "batch52: discord.py bot command !whois runs whois through the shell with the user's argument",
    src`
import asyncio

import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


async def run_lookup(domain: str) -> str:
    proc = await asyncio.create_subprocess_shell(
        "whois " + domain, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    return out.decode(errors="replace")[:1900]


@bot.command(name="whois")
async def whois(ctx: commands.Context, domain: str) -> None:
    await ctx.send(await run_lookup(domain))
`,
  ),
  good(
    "CWE-78",
    "batch52: discord.py bot command !whois runs whois with create_subprocess_exec",
    src`
import asyncio

import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


async def run_lookup(domain: str) -> str:
    proc = await asyncio.create_subprocess_exec(
        "whois", "--", domain, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    return out.decode(errors="replace")[:1900]


@bot.command(name="whois")
async def whois(ctx: commands.Context, domain: str) -> None:
    await ctx.send(await run_lookup(domain))
`,
  ),
  bad(
    "CWE-78",
    "batch52: RabbitMQ pika consumer backs up a database named in the message through a shell string",
    src`
import json
import subprocess

import pika


def backup_database(db_name: str, dest: str) -> None:
    subprocess.call("pg_dump %s | gzip > %s" % (db_name, dest), shell=True)


def on_message(channel, method, properties, body: bytes) -> None:
    job = json.loads(body)
    backup_database(job["database"], job.get("dest", "/backups/latest.sql.gz"))
    channel.basic_ack(delivery_tag=method.delivery_tag)


connection = pika.BlockingConnection(pika.ConnectionParameters("rabbitmq"))
channel = connection.channel()
channel.basic_consume(queue="backups", on_message_callback=on_message)
channel.start_consuming()
`,
  ),
  bad(
    "CWE-78",
    "batch52: WebSocket terminal relays each received line to bash -c",
    src`
import asyncio
import subprocess

import websockets


async def terminal(websocket) -> None:
    async for line in websocket:
        completed = await asyncio.to_thread(
            subprocess.run, ["bash", "-c", line], capture_output=True, text=True, timeout=30
        )
        await websocket.send(completed.stdout or completed.stderr)


async def main() -> None:
    async with websockets.serve(terminal, "0.0.0.0", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
`,
  ),
  good(
    "CWE-78",
    "batch52: WebSocket status server maps a received verb onto a fixed command table",
    src`
import asyncio
import subprocess

import websockets

COMMANDS = {
    "uptime": ["uptime"],
    "disk": ["df", "-h", "/"],
    "memory": ["free", "-m"],
}


async def status(websocket) -> None:
    async for verb in websocket:
        argv = COMMANDS.get(verb.strip())
        if argv is None:
            await websocket.send("unknown command")
            continue
        completed = await asyncio.to_thread(subprocess.run, argv, capture_output=True, text=True, timeout=30)
        await websocket.send(completed.stdout)


async def main() -> None:
    async with websockets.serve(status, "127.0.0.1", 8765):
        await asyncio.Future()
`,
  ),
  bad(
    "CWE-88",
    "batch52: RQ job clones a repository URL from the job arguments with git, letting an option through",
    src`
import subprocess
from pathlib import Path

from redis import Redis
from rq import Queue

queue = Queue("builds", connection=Redis())
WORKDIR = Path("/srv/builds")


def clone_repository(repo_url: str, build_id: int) -> str:
    target = WORKDIR / str(build_id)
    subprocess.run(["git", "clone", repo_url, str(target)], check=True)
    return str(target)


def enqueue_build(repo_url: str, build_id: int):
    return queue.enqueue(clone_repository, repo_url, build_id)
`,
  ),
  good(
    "CWE-88",
    "batch52: RQ job clones only https URLs and ends git's options with --",
    src`
import subprocess
from pathlib import Path
from urllib.parse import urlparse

from redis import Redis
from rq import Queue

queue = Queue("builds", connection=Redis())
WORKDIR = Path("/srv/builds")


def clone_repository(repo_url: str, build_id: int) -> str:
    if urlparse(repo_url).scheme != "https":
        raise ValueError("only https repositories")
    target = WORKDIR / str(build_id)
    subprocess.run(["git", "clone", "--", repo_url, str(target)], check=True)
    return str(target)


def enqueue_build(repo_url: str, build_id: int):
    return queue.enqueue(clone_repository, repo_url, build_id)
`,
  ),
  bad(
    "CWE-88",
    "batch52: Telegram bot /grep command passes the pattern to grep without an options terminator",
    src`
import subprocess

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

LOG_FILE = "/var/log/app/app.log"


async def grep_logs(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    pattern = " ".join(context.args)
    out = subprocess.run(["grep", "-m", "20", pattern, LOG_FILE], capture_output=True, text=True)
    await update.message.reply_text(out.stdout or "no match")


def build() -> Application:
    app = Application.builder().token(open("/run/secrets/tg_token").read().strip()).build()
    app.add_handler(CommandHandler("grep", grep_logs))
    return app
`,
  ),
  bad(
    "CWE-77",
    "batch52: Dramatiq actor runs a maintenance command template filled from the message",
    src`
import os

import dramatiq
from dramatiq.brokers.redis import RedisBroker

dramatiq.set_broker(RedisBroker(url="redis://redis:6379/2"))

TEMPLATES = {
    "vacuum": "psql -d {db} -c 'VACUUM ANALYZE {table}'",
    "reindex": "psql -d {db} -c 'REINDEX TABLE {table}'",
}


@dramatiq.actor(max_retries=0)
def maintenance(kind: str, db: str, table: str) -> None:
    command = TEMPLATES[kind].format(db=db, table=table)
    os.system(command)
`,
  ),
  good(
    "CWE-77",
    "batch52: Dramatiq actor runs psql with identifiers checked and quoted by psycopg",
    src`
import dramatiq
import psycopg
from dramatiq.brokers.redis import RedisBroker
from psycopg import sql

dramatiq.set_broker(RedisBroker(url="redis://redis:6379/2"))
DATABASES = {"orders", "billing"}


@dramatiq.actor(max_retries=0)
def maintenance(kind: str, db: str, table: str) -> None:
    if db not in DATABASES or kind not in {"VACUUM ANALYZE", "REINDEX TABLE"}:
        raise ValueError("not allowed")
    with psycopg.connect(dbname=db, autocommit=True) as conn:
        conn.execute(sql.SQL(kind + " {}").format(sql.Identifier(table)))
`,
  ),
  bad(
    "CWE-78",
    "batch52: LLM agent tool function opens a file in the editor the model named via os.system",
    src`
import os
from typing import Any

from pydantic import BaseModel


class OpenFileArgs(BaseModel):
    path: str
    line: int = 1


def tool_open_file(args: OpenFileArgs) -> dict[str, Any]:
    rc = os.system(f"code --goto {args.path}:{args.line}")
    return {"ok": rc == 0}


TOOLS = {"open_file": (OpenFileArgs, tool_open_file)}


def dispatch(name: str, raw_args: dict[str, Any]) -> dict[str, Any]:
    model, fn = TOOLS[name]
    return fn(model(**raw_args))
`,
  ),
  good(
    "CWE-78",
    "batch52: LLM agent tool function opens a file in the editor with an argument list",
    src`
import subprocess
from typing import Any

from pydantic import BaseModel


class OpenFileArgs(BaseModel):
    path: str
    line: int = 1


def tool_open_file(args: OpenFileArgs) -> dict[str, Any]:
    rc = subprocess.call(["code", "--goto", f"{args.path}:{args.line}"])
    return {"ok": rc == 0}


TOOLS = {"open_file": (OpenFileArgs, tool_open_file)}


def dispatch(name: str, raw_args: dict[str, Any]) -> dict[str, Any]:
    model, fn = TOOLS[name]
    return fn(model(**raw_args))
`,
  ),
  bad(
    "CWE-78",
    "batch52: Azure Function converts a document with libreoffice using a file name from the query string",
    src`
import subprocess

import azure.functions as func

app = func.FunctionApp()


@app.route(route="convert", auth_level=func.AuthLevel.FUNCTION)
def convert(req: func.HttpRequest) -> func.HttpResponse:
    name = req.params.get("file")
    if not name:
        return func.HttpResponse("file required", status_code=400)
    subprocess.run(
        "soffice --headless --convert-to pdf --outdir /tmp/out /mnt/docs/" + name, shell=True, check=True
    )
    return func.HttpResponse("converted", status_code=200)
`,
  ),
  bad(
    "CWE-78",
    "batch52: Redis stream worker archives a directory named in the entry with tar via shell=True",
    src`
import subprocess

import redis

r = redis.Redis(host="redis", decode_responses=True)


def archive(project: str) -> None:
    subprocess.Popen(f"tar czf /archives/{project}.tgz -C /projects {project}", shell=True).wait()


def run() -> None:
    last_id = "$"
    while True:
        for _stream, entries in r.xread({"archive-jobs": last_id}, block=5000) or []:
            for entry_id, fields in entries:
                archive(fields["project"])
                last_id = entry_id
`,
  ),
  good(
    "CWE-78",
    "batch52: Redis stream worker archives a project directory with tarfile",
    src`
import tarfile
from pathlib import Path

import redis

r = redis.Redis(host="redis", decode_responses=True)
PROJECTS = Path("/projects")


def archive(project: str) -> None:
    source = (PROJECTS / project).resolve()
    if source.parent != PROJECTS:
        raise ValueError("bad project")
    with tarfile.open(f"/archives/{source.name}.tgz", "w:gz") as tar:
        tar.add(source, arcname=source.name)


def run() -> None:
    last_id = "$"
    while True:
        for _stream, entries in r.xread({"archive-jobs": last_id}, block=5000) or []:
            for entry_id, fields in entries:
                archive(fields["project"])
                last_id = entry_id
`,
  ),
  // ---------------- CWE-89 / 943 queries from events ----------------
  bad(
    "CWE-89",
    "batch52: Strawberry GraphQL resolver sorts users by a field argument spliced into SQL",
    src`
import sqlite3

import strawberry


@strawberry.type
class User:
    id: int
    name: str


def fetch_users(order_by: str) -> list[User]:
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id, name FROM users ORDER BY {order_by}").fetchall()
    return [User(id=r[0], name=r[1]) for r in rows]


@strawberry.type
class Query:
    @strawberry.field
    def users(self, order_by: str = "name") -> list[User]:
        return fetch_users(order_by)


schema = strawberry.Schema(query=Query)
`,
  ),
  good(
    "CWE-89",
    "batch52: Strawberry GraphQL resolver sorts users by an enum mapped to fixed columns",
    src`
import sqlite3
from enum import Enum

import strawberry


@strawberry.enum
class UserOrder(Enum):
    NAME = "name"
    CREATED = "created_at"


@strawberry.type
class User:
    id: int
    name: str


def fetch_users(order_by: UserOrder) -> list[User]:
    column = {UserOrder.NAME: "name", UserOrder.CREATED: "created_at"}[order_by]
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT id, name FROM users ORDER BY " + column).fetchall()
    return [User(id=r[0], name=r[1]) for r in rows]


@strawberry.type
class Query:
    @strawberry.field
    def users(self, order_by: UserOrder = UserOrder.NAME) -> list[User]:
        return fetch_users(order_by)


schema = strawberry.Schema(query=Query)
`,
  ),
  bad(
    "CWE-89",
    "batch52: Graphene resolver filters orders by status with string formatting",
    src`
import graphene
from django.db import connection


class OrderType(graphene.ObjectType):
    id = graphene.Int()
    total = graphene.Float()


class Query(graphene.ObjectType):
    orders = graphene.List(OrderType, status=graphene.String(required=True))

    def resolve_orders(root, info, status):
        with connection.cursor() as cursor:
            cursor.execute("SELECT id, total FROM shop_order WHERE status = '%s'" % status)
            return [OrderType(id=r[0], total=r[1]) for r in cursor.fetchall()]


schema = graphene.Schema(query=Query)
`,
  ),
  good(
    "CWE-89",
    "batch52: Graphene resolver filters orders by status with a bound parameter",
    src`
import graphene
from django.db import connection


class OrderType(graphene.ObjectType):
    id = graphene.Int()
    total = graphene.Float()


class Query(graphene.ObjectType):
    orders = graphene.List(OrderType, status=graphene.String(required=True))

    def resolve_orders(root, info, status):
        with connection.cursor() as cursor:
            cursor.execute("SELECT id, total FROM shop_order WHERE status = %s", [status])
            return [OrderType(id=r[0], total=r[1]) for r in cursor.fetchall()]


schema = graphene.Schema(query=Query)
`,
  ),
  bad(
    "CWE-89",
    "batch52: Ariadne mutation resolver updates a profile with an f-string through a repository helper",
    src`
import psycopg2
from ariadne import MutationType, gql, make_executable_schema

type_defs = gql("""
    type Mutation { updateBio(userId: Int!, bio: String!): Boolean! }
    type Query { ok: Boolean }
""")
mutation = MutationType()


class ProfileRepo:
    def __init__(self) -> None:
        self.conn = psycopg2.connect("dbname=app")

    def set_bio(self, user_id: int, bio: str) -> None:
        with self.conn, self.conn.cursor() as cur:
            cur.execute(f"UPDATE profiles SET bio = '{bio}' WHERE user_id = {user_id}")


@mutation.field("updateBio")
def resolve_update_bio(_, info, userId: int, bio: str) -> bool:
    ProfileRepo().set_bio(userId, bio)
    return True


schema = make_executable_schema(type_defs, mutation)
`,
  ),
  good(
    "CWE-89",
    "batch52: Ariadne mutation resolver updates a profile with bound parameters",
    src`
import psycopg2
from ariadne import MutationType, gql, make_executable_schema

type_defs = gql("""
    type Mutation { updateBio(userId: Int!, bio: String!): Boolean! }
    type Query { ok: Boolean }
""")
mutation = MutationType()


class ProfileRepo:
    def __init__(self) -> None:
        self.conn = psycopg2.connect("dbname=app")

    def set_bio(self, user_id: int, bio: str) -> None:
        with self.conn, self.conn.cursor() as cur:
            cur.execute("UPDATE profiles SET bio = %s WHERE user_id = %s", (bio, user_id))


@mutation.field("updateBio")
def resolve_update_bio(_, info, userId: int, bio: str) -> bool:
    ProfileRepo().set_bio(userId, bio)
    return True


schema = make_executable_schema(type_defs, mutation)
`,
  ),
  bad(
    "CWE-89",
    "batch52: SQS consumer inserts an audit event with string concatenation",
    src`
import json

import boto3
import pymysql

sqs = boto3.client("sqs")
QUEUE_URL = "https://sqs.eu-west-1.amazonaws.com/123456789012/audit"
db = pymysql.connect(host="db", user="audit", database="audit")


def store(event: dict) -> None:
    with db.cursor() as cur:
        cur.execute(
            "INSERT INTO audit_log (actor, action) VALUES ('" + event["actor"] + "', '" + event["action"] + "')"
        )
    db.commit()


def poll() -> None:
    resp = sqs.receive_message(QueueUrl=QUEUE_URL, MaxNumberOfMessages=10, WaitTimeSeconds=20)
    for message in resp.get("Messages", []):
        store(json.loads(message["Body"]))
        sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=message["ReceiptHandle"])
`,
  ),
  good(
    "CWE-89",
    "batch52: SQS consumer inserts an audit event with executemany and placeholders",
    src`
import json

import boto3
import pymysql

sqs = boto3.client("sqs")
QUEUE_URL = "https://sqs.eu-west-1.amazonaws.com/123456789012/audit"
db = pymysql.connect(host="db", user="audit", database="audit")


def store(events: list[dict]) -> None:
    with db.cursor() as cur:
        cur.executemany(
            "INSERT INTO audit_log (actor, action) VALUES (%s, %s)", [(e["actor"], e["action"]) for e in events]
        )
    db.commit()


def poll() -> None:
    resp = sqs.receive_message(QueueUrl=QUEUE_URL, MaxNumberOfMessages=10, WaitTimeSeconds=20)
    messages = resp.get("Messages", [])
    store([json.loads(m["Body"]) for m in messages])
    for message in messages:
        sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=message["ReceiptHandle"])
`,
  ),
  bad(
    "CWE-89",
    "batch52: API Gateway Lambda looks up a customer by the path parameter with format()",
    src`
import json
import os

import psycopg2

conn = psycopg2.connect(os.environ["DATABASE_URL"])


def get_customer(customer_id: str) -> dict | None:
    with conn.cursor() as cur:
        cur.execute("SELECT id, email, plan FROM customers WHERE external_id = '{}'".format(customer_id))
        row = cur.fetchone()
    return {"id": row[0], "email": row[1], "plan": row[2]} if row else None


def handler(event, context):
    customer_id = event["pathParameters"]["customerId"]
    customer = get_customer(customer_id)
    if customer is None:
        return {"statusCode": 404, "body": "{}"}
    return {"statusCode": 200, "body": json.dumps(customer)}
`,
  ),
  good(
    "CWE-89",
    "batch52: API Gateway Lambda looks up a customer by the path parameter with a placeholder",
    src`
import json
import os

import psycopg2

conn = psycopg2.connect(os.environ["DATABASE_URL"])


def get_customer(customer_id: str) -> dict | None:
    with conn.cursor() as cur:
        cur.execute("SELECT id, email, plan FROM customers WHERE external_id = %s", (customer_id,))
        row = cur.fetchone()
    return {"id": row[0], "email": row[1], "plan": row[2]} if row else None


def handler(event, context):
    customer_id = event["pathParameters"]["customerId"]
    customer = get_customer(customer_id)
    if customer is None:
        return {"statusCode": 404, "body": "{}"}
    return {"statusCode": 200, "body": json.dumps(customer)}
`,
  ),
  bad(
    "CWE-89",
    "batch52: gRPC servicer searches products with a LIKE pattern spliced into SQL via SQLAlchemy text()",
    src`
import grpc
from sqlalchemy import create_engine, text

import catalog_pb2
import catalog_pb2_grpc

engine = create_engine("postgresql+psycopg://catalog@db/catalog")


class CatalogService(catalog_pb2_grpc.CatalogServicer):
    def Search(self, request: catalog_pb2.SearchRequest, context: grpc.ServicerContext) -> catalog_pb2.SearchReply:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT sku, title FROM products WHERE title LIKE '%" + request.query + "%'"))
            items = [catalog_pb2.Item(sku=r.sku, title=r.title) for r in rows]
        return catalog_pb2.SearchReply(items=items)
`,
  ),
  good(
    "CWE-89",
    "batch52: gRPC servicer searches products with a bound LIKE pattern",
    src`
import grpc
from sqlalchemy import create_engine, text

import catalog_pb2
import catalog_pb2_grpc

engine = create_engine("postgresql+psycopg://catalog@db/catalog")


class CatalogService(catalog_pb2_grpc.CatalogServicer):
    def Search(self, request: catalog_pb2.SearchRequest, context: grpc.ServicerContext) -> catalog_pb2.SearchReply:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT sku, title FROM products WHERE title LIKE :q"), {"q": f"%{request.query}%"}
            )
            items = [catalog_pb2.Item(sku=r.sku, title=r.title) for r in rows]
        return catalog_pb2.SearchReply(items=items)
`,
  ),
  bad(
    "CWE-89",
    "batch52: Django Channels consumer loads chat history for a room name from the socket with raw()",
    src`
import json

from channels.generic.websocket import AsyncWebsocketConsumer
from asgiref.sync import sync_to_async

from .models import Message


@sync_to_async
def load_history(room: str, limit: int) -> list[dict]:
    qs = Message.objects.raw(f"SELECT * FROM chat_message WHERE room = '{room}' ORDER BY id DESC LIMIT {limit}")
    return [{"user": m.user_name, "text": m.text} for m in qs]


class ChatConsumer(AsyncWebsocketConsumer):
    async def receive(self, text_data=None, bytes_data=None):
        data = json.loads(text_data)
        if data.get("type") == "history":
            history = await load_history(data["room"], int(data.get("limit", 50)))
            await self.send(text_data=json.dumps(history))
`,
  ),
  good(
    "CWE-89",
    "batch52: Django Channels consumer loads chat history with the ORM",
    src`
import json

from channels.generic.websocket import AsyncWebsocketConsumer
from asgiref.sync import sync_to_async

from .models import Message


@sync_to_async
def load_history(room: str, limit: int) -> list[dict]:
    qs = Message.objects.filter(room=room).order_by("-id")[: min(limit, 100)]
    return [{"user": m.user_name, "text": m.text} for m in qs]


class ChatConsumer(AsyncWebsocketConsumer):
    async def receive(self, text_data=None, bytes_data=None):
        data = json.loads(text_data)
        if data.get("type") == "history":
            history = await load_history(data["room"], int(data.get("limit", 50)))
            await self.send(text_data=json.dumps(history))
`,
  ),
  bad(
    "CWE-89",
    "batch52: aiokafka consumer upserts metrics with an asyncpg query built by f-string",
    src`
import json

import asyncpg
from aiokafka import AIOKafkaConsumer


async def save_metric(pool: asyncpg.Pool, metric: dict) -> None:
    async with pool.acquire() as conn:
        await conn.execute(
            f"INSERT INTO metrics (name, value) VALUES ('{metric['name']}', {metric['value']}) "
            "ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value"
        )


async def consume() -> None:
    pool = await asyncpg.create_pool("postgresql://metrics@db/metrics")
    consumer = AIOKafkaConsumer("metrics", bootstrap_servers="kafka:9092", group_id="writer")
    await consumer.start()
    try:
        async for msg in consumer:
            await save_metric(pool, json.loads(msg.value))
    finally:
        await consumer.stop()
`,
  ),
  good(
    "CWE-89",
    "batch52: aiokafka consumer upserts metrics with asyncpg positional parameters",
    src`
import json

import asyncpg
from aiokafka import AIOKafkaConsumer


async def save_metric(pool: asyncpg.Pool, metric: dict) -> None:
    async with pool.acquire() as conn:
        await conn.execute(
            "INSERT INTO metrics (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value",
            metric["name"],
            float(metric["value"]),
        )


async def consume() -> None:
    pool = await asyncpg.create_pool("postgresql://metrics@db/metrics")
    consumer = AIOKafkaConsumer("metrics", bootstrap_servers="kafka:9092", group_id="writer")
    await consumer.start()
    try:
        async for msg in consumer:
            await save_metric(pool, json.loads(msg.value))
    finally:
        await consumer.stop()
`,
  ),
  bad(
    "CWE-89",
    "batch52: LLM tool lets the model run a SQL query it wrote against the production database",
    src`
import sqlite3

from langchain_core.tools import tool

DB_PATH = "/srv/data/shop.db"


@tool
def query_sales(sql: str) -> list[tuple]:
    """Run a SQL query against the sales database and return the rows."""
    conn = sqlite3.connect(DB_PATH)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()
`,
  ),
  good(
    "CWE-89",
    "batch52: LLM tool exposes a fixed sales query with the region as a bound parameter",
    src`
import sqlite3

from langchain_core.tools import tool

DB_PATH = "/srv/data/shop.db"


@tool
def sales_by_region(region: str) -> list[tuple]:
    """Return total sales per month for one region."""
    conn = sqlite3.connect(f"file:{DB_PATH}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT month, SUM(amount) FROM sales WHERE region = ? GROUP BY month ORDER BY month", (region,)
        ).fetchall()
    finally:
        conn.close()
`,
  ),
  bad(
    "CWE-943",
    "batch52: FastAPI WebSocket search passes the received JSON straight into a MongoDB find filter",
    src`
from fastapi import FastAPI, WebSocket
from motor.motor_asyncio import AsyncIOMotorClient

app = FastAPI()
db = AsyncIOMotorClient("mongodb://mongo:27017").shop


@app.websocket("/ws/search")
async def search(websocket: WebSocket) -> None:
    await websocket.accept()
    while True:
        criteria = await websocket.receive_json()
        docs = await db.products.find(criteria).to_list(length=50)
        await websocket.send_json([{"sku": d["sku"], "name": d["name"]} for d in docs])
`,
  ),
  good(
    "CWE-943",
    "batch52: FastAPI WebSocket search builds the MongoDB filter from typed fields",
    src`
from fastapi import FastAPI, WebSocket
from motor.motor_asyncio import AsyncIOMotorClient
from pydantic import BaseModel

app = FastAPI()
db = AsyncIOMotorClient("mongodb://mongo:27017").shop


class Search(BaseModel):
    category: str
    max_price: float


@app.websocket("/ws/search")
async def search(websocket: WebSocket) -> None:
    await websocket.accept()
    while True:
        req = Search.model_validate(await websocket.receive_json())
        query = {"category": str(req.category), "price": {"$lte": req.max_price}}
        docs = await db.products.find(query).to_list(length=50)
        await websocket.send_json([{"sku": d["sku"], "name": d["name"]} for d in docs])
`,
  ),
  bad(
    "CWE-943",
    "batch52: Lambda login checks a user with a pymongo find_one built from the JSON body",
    src`
import json

from pymongo import MongoClient

users = MongoClient("mongodb://mongo:27017").auth.users


def handler(event, context):
    body = json.loads(event["body"])
    user = users.find_one({"username": body["username"], "password_hash": body["password_hash"]})
    if user is None:
        return {"statusCode": 401, "body": "denied"}
    return {"statusCode": 200, "body": json.dumps({"id": str(user["_id"])})}
`,
  ),
  bad(
    "CWE-943",
    "batch52: Socket.IO event runs a $where clause built from the client's expression",
    src`
import socketio
from pymongo import MongoClient

sio = socketio.AsyncServer(async_mode="asgi")
app = socketio.ASGIApp(sio)
events = MongoClient("mongodb://mongo:27017").telemetry.events


@sio.event
async def filter_events(sid, data):
    expr = data.get("expr", "true")
    found = list(events.find({"$where": "function() { return " + expr + "; }"}).limit(100))
    await sio.emit("events", [str(e["_id"]) for e in found], to=sid)
`,
  ),
  good(
    "CWE-943",
    "batch52: Socket.IO event filters events by a typed severity field",
    src`
import socketio
from pymongo import MongoClient

sio = socketio.AsyncServer(async_mode="asgi")
app = socketio.ASGIApp(sio)
events = MongoClient("mongodb://mongo:27017").telemetry.events
LEVELS = {"info", "warning", "error"}


@sio.event
async def filter_events(sid, data):
    level = data.get("level")
    if level not in LEVELS:
        return
    found = list(events.find({"level": level}).limit(100))
    await sio.emit("events", [str(e["_id"]) for e in found], to=sid)
`,
  ),
  // ---------------- CWE-22 / 73 object keys and paths from events ----------------
  bad(
    "CWE-22",
    "batch52: Celery task writes an export to a directory joined with the file name from the task arguments",
    src`
import csv
import os

from celery import shared_task

EXPORT_DIR = "/srv/exports"


def write_rows(path: str, rows: list[list[str]]) -> None:
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)


@shared_task
def export_report(filename: str, rows: list[list[str]]) -> str:
    path = os.path.join(EXPORT_DIR, filename)
    write_rows(path, rows)
    return path
`,
  ),
  good(
    "CWE-22",
    "batch52: Celery task writes an export under a name it checks stays inside the export directory",
    src`
import csv
from pathlib import Path

from celery import shared_task

EXPORT_DIR = Path("/srv/exports").resolve()


def write_rows(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows(rows)


@shared_task
def export_report(filename: str, rows: list[list[str]]) -> str:
    path = (EXPORT_DIR / filename).resolve()
    if not path.is_relative_to(EXPORT_DIR):
        raise ValueError("invalid export name")
    write_rows(path, rows)
    return str(path)
`,
  ),
  bad(
    "CWE-22",
    "batch52: MCP tool reads any file the model names relative to the project root",
    src`
from pathlib import Path

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("files")
ROOT = Path("/workspace/project")


@mcp.tool()
def read_file(path: str) -> str:
    """Read a text file from the project."""
    return (ROOT / path).read_text(encoding="utf-8")
`,
  ),
  good(
    "CWE-22",
    "batch52: MCP tool reads a file only when it resolves inside the project root",
    src`
from pathlib import Path

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("files")
ROOT = Path("/workspace/project").resolve()


@mcp.tool()
def read_file(path: str) -> str:
    """Read a text file from the project."""
    target = (ROOT / path).resolve()
    if ROOT not in target.parents and target != ROOT:
        raise ValueError("path outside the project")
    return target.read_text(encoding="utf-8")
`,
  ),
  bad(
    "CWE-22",
    "batch52: S3 event Lambda mirrors each object key to the local cache directory",
    src`
import os

import boto3

s3 = boto3.client("s3")
CACHE = "/mnt/efs/cache"


def mirror(bucket: str, key: str) -> str:
    dest = os.path.join(CACHE, key)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    s3.download_file(bucket, key, dest)
    return dest


def handler(event, context):
    for record in event["Records"]:
        mirror(record["s3"]["bucket"]["name"], record["s3"]["object"]["key"])
    return {"mirrored": len(event["Records"])}
`,
  ),
  good(
    "CWE-22",
    "batch52: S3 event Lambda mirrors objects under a hashed local name",
    src`
import hashlib
import os

import boto3

s3 = boto3.client("s3")
CACHE = "/mnt/efs/cache"


def mirror(bucket: str, key: str) -> str:
    dest = os.path.join(CACHE, hashlib.sha256(key.encode()).hexdigest())
    s3.download_file(bucket, key, dest)
    return dest


def handler(event, context):
    for record in event["Records"]:
        mirror(record["s3"]["bucket"]["name"], record["s3"]["object"]["key"])
    return {"mirrored": len(event["Records"])}
`,
  ),
  bad(
    "CWE-22",
    "batch52: Telegram bot saves an uploaded document under the name the sender gave it",
    src`
from pathlib import Path

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

INBOX = Path("/srv/bot/inbox")


async def save_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    doc = update.message.document
    tg_file = await context.bot.get_file(doc.file_id)
    await tg_file.download_to_drive(custom_path=INBOX / doc.file_name)
    await update.message.reply_text("saved")


def register(app: Application) -> None:
    app.add_handler(MessageHandler(filters.Document.ALL, save_document))
`,
  ),
  good(
    "CWE-22",
    "batch52: Telegram bot saves an uploaded document under its Telegram file id",
    src`
from pathlib import Path

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

INBOX = Path("/srv/bot/inbox")


async def save_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    doc = update.message.document
    tg_file = await context.bot.get_file(doc.file_id)
    await tg_file.download_to_drive(custom_path=INBOX / f"{doc.file_unique_id}.bin")
    await update.message.reply_text("saved")


def register(app: Application) -> None:
    app.add_handler(MessageHandler(filters.Document.ALL, save_document))
`,
  ),
  bad(
    "CWE-22",
    "batch52: Google Cloud Function serves a template file named in the query string",
    src`
import os

import functions_framework

TEMPLATES = os.path.join(os.path.dirname(__file__), "templates")


@functions_framework.http
def render_template(request):
    name = request.args.get("name", "default.html")
    with open(os.path.join(TEMPLATES, name), encoding="utf-8") as fh:
        return fh.read(), 200, {"Content-Type": "text/plain"}
`,
  ),
  good(
    "CWE-22",
    "batch52: Google Cloud Function serves only templates listed at start-up",
    src`
import os

import functions_framework

TEMPLATES = os.path.join(os.path.dirname(__file__), "templates")
AVAILABLE = set(os.listdir(TEMPLATES))


@functions_framework.http
def render_template(request):
    name = request.args.get("name", "default.html")
    if name not in AVAILABLE:
        return "not found", 404
    with open(os.path.join(TEMPLATES, name), encoding="utf-8") as fh:
        return fh.read(), 200, {"Content-Type": "text/plain"}
`,
  ),
  bad(
    "CWE-22",
    "batch52: gRPC file service deletes a stored blob by the name in the request",
    src`
import os

import grpc

import storage_pb2
import storage_pb2_grpc

BLOB_ROOT = "/var/lib/blobs"


class StorageServicer(storage_pb2_grpc.StorageServicer):
    def Delete(self, request, context: grpc.ServicerContext):
        path = BLOB_ROOT + "/" + request.tenant + "/" + request.name
        if not os.path.exists(path):
            context.abort(grpc.StatusCode.NOT_FOUND, "no such blob")
        os.remove(path)
        return storage_pb2.DeleteReply(deleted=True)
`,
  ),
  bad(
    "CWE-22",
    "batch52: Kafka consumer extracts an archive fetched from a message URL with extractall",
    src`
import io
import json
import tarfile

import requests
from kafka import KafkaConsumer

consumer = KafkaConsumer("plugin-uploads", bootstrap_servers="kafka:9092", group_id="installer")


def install(plugin: dict) -> None:
    data = requests.get("https://plugins.internal.example/" + plugin["artifact"], timeout=30).content
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall("/opt/app/plugins")


for message in consumer:
    install(json.loads(message.value))
`,
  ),
  good(
    "CWE-22",
    "batch52: Kafka consumer extracts a plugin archive with the data filter",
    src`
import io
import json
import tarfile

import requests
from kafka import KafkaConsumer

consumer = KafkaConsumer("plugin-uploads", bootstrap_servers="kafka:9092", group_id="installer")


def install(plugin: dict) -> None:
    data = requests.get("https://plugins.internal.example/" + plugin["artifact"], timeout=30).content
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall("/opt/app/plugins", filter="data")


for message in consumer:
    install(json.loads(message.value))
`,
  ),
  bad(
    "CWE-73",
    "batch52: scheduled job loads a config file whose path is stored in a shared settings table",
    src`
import json
import sqlite3

import schedule


def load_job_config() -> dict:
    conn = sqlite3.connect("/srv/shared/settings.db")
    (config_path,) = conn.execute("SELECT value FROM settings WHERE key = 'report_config'").fetchone()
    with open(config_path) as fh:
        return json.load(fh)


def nightly_report() -> None:
    config = load_job_config()
    print("running report", config.get("name"))


schedule.every().day.at("02:00").do(nightly_report)
`,
  ),
  bad(
    "CWE-22",
    "batch52: Starlette WebSocket upload writes chunks to a file named by the first message",
    src`
from pathlib import Path

from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket

UPLOADS = Path("/data/uploads")


async def upload(websocket: WebSocket) -> None:
    await websocket.accept()
    header = await websocket.receive_json()
    target = UPLOADS / header["filename"]
    with target.open("wb") as fh:
        while True:
            chunk = await websocket.receive_bytes()
            if not chunk:
                break
            fh.write(chunk)
    await websocket.close()


app = Starlette(routes=[WebSocketRoute("/upload", upload)])
`,
  ),
  good(
    "CWE-22",
    "batch52: Starlette WebSocket upload writes chunks under a generated name",
    src`
import uuid
from pathlib import Path

from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket

UPLOADS = Path("/data/uploads")


async def upload(websocket: WebSocket) -> None:
    await websocket.accept()
    header = await websocket.receive_json()
    suffix = Path(header["filename"]).suffix[:10]
    target = UPLOADS / f"{uuid.uuid4().hex}{suffix}"
    with target.open("wb") as fh:
        while True:
            chunk = await websocket.receive_bytes()
            if not chunk:
                break
            fh.write(chunk)
    await websocket.close()


app = Starlette(routes=[WebSocketRoute("/upload", upload)])
`,
  ),
  good(
    "CWE-22",
    "batch52: SQS worker reads a per-tenant file whose name is checked with secure_filename",
    src`
import json
import os

import boto3
from werkzeug.utils import secure_filename

sqs = boto3.resource("sqs").Queue("https://sqs.us-east-1.amazonaws.com/123456789012/reports")
REPORTS = "/srv/reports"


def process(body: dict) -> bytes:
    name = secure_filename(body["report"])
    with open(os.path.join(REPORTS, name), "rb") as fh:
        return fh.read()


def run() -> None:
    for message in sqs.receive_messages(MaxNumberOfMessages=5, WaitTimeSeconds=10):
        process(json.loads(message.body))
        message.delete()
`,
  ),
  // ---------------- CWE-918 URLs from payloads ----------------
  bad(
    "CWE-918",
    "batch52: webhook relay task posts the event to a callback URL taken from the job payload",
    src`
import httpx
from celery import shared_task


class CallbackClient:
    def __init__(self) -> None:
        self.client = httpx.Client(timeout=10)

    def deliver(self, url: str, payload: dict) -> int:
        return self.client.post(url, json=payload).status_code


@shared_task(autoretry_for=(httpx.HTTPError,), retry_backoff=True)
def deliver_callback(callback_url: str, payload: dict) -> int:
    return CallbackClient().deliver(callback_url, payload)
`,
  ),
  good(
    "CWE-918",
    "batch52: webhook relay task only posts to https hosts on the subscriber allow-list",
    src`
from urllib.parse import urlparse

import httpx
from celery import shared_task

ALLOWED_HOSTS = {"hooks.partner-one.com", "api.partner-two.io"}


class CallbackClient:
    def __init__(self) -> None:
        self.client = httpx.Client(timeout=10, follow_redirects=False)

    def deliver(self, url: str, payload: dict) -> int:
        parsed = urlparse(url)
        if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
            raise ValueError("callback host not allowed")
        return self.client.post(url, json=payload).status_code


@shared_task
def deliver_callback(callback_url: str, payload: dict) -> int:
    return CallbackClient().deliver(callback_url, payload)
`,
  ),
  bad(
    "CWE-918",
    "batch52: LLM browsing tool fetches any URL the model asks for",
    src`
import requests
from pydantic import BaseModel, Field


class FetchArgs(BaseModel):
    url: str = Field(description="The web page to fetch")


def fetch_page(args: FetchArgs) -> str:
    resp = requests.get(args.url, timeout=15)
    return resp.text[:20000]


TOOL_SPEC = {
    "name": "fetch_page",
    "description": "Fetch a web page and return its text",
    "parameters": FetchArgs.model_json_schema(),
}


def call_tool(name: str, arguments: dict) -> str:
    if name == "fetch_page":
        return fetch_page(FetchArgs(**arguments))
    raise KeyError(name)
`,
  ),
  bad(
    "CWE-918",
    "batch52: Slack Bolt unfurl handler fetches the shared link server-side to build a preview",
    src`
import os

import requests
from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])


def page_title(url: str) -> str:
    html = requests.get(url, timeout=5, allow_redirects=True).text
    start = html.find("<title>")
    return html[start + 7 : html.find("</title>")] if start >= 0 else url


@app.event("link_shared")
def unfurl(event, client):
    unfurls = {link["url"]: {"title": page_title(link["url"])} for link in event["links"]}
    client.chat_unfurl(channel=event["channel"], ts=event["message_ts"], unfurls=unfurls)
`,
  ),
  bad(
    "CWE-918",
    "batch52: Strawberry mutation imports an avatar from a URL argument with aiohttp",
    src`
import aiohttp
import strawberry


async def download(url: str) -> bytes:
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            return await resp.read()


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def import_avatar(self, info: strawberry.Info, image_url: str) -> int:
        data = await download(image_url)
        info.context["storage"].save_avatar(info.context["user_id"], data)
        return len(data)
`,
  ),
  good(
    "CWE-918",
    "batch52: Strawberry mutation imports an avatar only from the company CDN",
    src`
from urllib.parse import urlparse

import aiohttp
import strawberry

CDN_HOST = "cdn.example.com"


async def download(url: str) -> bytes:
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname != CDN_HOST:
        raise ValueError("images must come from the CDN")
    async with aiohttp.ClientSession() as session:
        async with session.get(url, allow_redirects=False) as resp:
            return await resp.read()


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def import_avatar(self, info: strawberry.Info, image_url: str) -> int:
        data = await download(image_url)
        info.context["storage"].save_avatar(info.context["user_id"], data)
        return len(data)
`,
  ),
  bad(
    "CWE-918",
    "batch52: SNS subscription Lambda confirms by fetching the SubscribeURL from the message unchecked",
    src`
import json
import urllib.request


def handler(event, context):
    message = json.loads(event["body"])
    if message.get("Type") == "SubscriptionConfirmation":
        with urllib.request.urlopen(message["SubscribeURL"]) as resp:
            resp.read()
        return {"statusCode": 200, "body": "confirmed"}
    return {"statusCode": 200, "body": "ignored"}
`,
  ),
  good(
    "CWE-918",
    "batch52: SNS subscription Lambda confirms only SubscribeURLs on an amazonaws.com SNS host",
    src`
import json
import re
import urllib.request
from urllib.parse import urlparse

SNS_HOST = re.compile(r"sns\.[a-z0-9-]+\.amazonaws\.com")


def handler(event, context):
    message = json.loads(event["body"])
    if message.get("Type") == "SubscriptionConfirmation":
        url = urlparse(message["SubscribeURL"])
        if url.scheme != "https" or not SNS_HOST.fullmatch(url.hostname or ""):
            return {"statusCode": 400, "body": "bad subscribe url"}
        with urllib.request.urlopen(message["SubscribeURL"]) as resp:
            resp.read()
        return {"statusCode": 200, "body": "confirmed"}
    return {"statusCode": 200, "body": "ignored"}
`,
  ),
  bad(
    "CWE-918",
    "batch52: gRPC health prober checks a target URL from the request",
    src`
import grpc
import requests

import probe_pb2
import probe_pb2_grpc


class ProbeService(probe_pb2_grpc.ProbeServicer):
    def Check(self, request, context: grpc.ServicerContext) -> probe_pb2.CheckReply:
        try:
            resp = requests.get(request.target_url, timeout=3)
            return probe_pb2.CheckReply(status=resp.status_code, body=resp.text[:200])
        except requests.RequestException as exc:
            return probe_pb2.CheckReply(status=0, body=str(exc))
`,
  ),
  good(
    "CWE-918",
    "batch52: gRPC health prober checks one of the registered service names",
    src`
import grpc
import requests

import probe_pb2
import probe_pb2_grpc

SERVICES = {
    "billing": "http://billing.internal:8080/healthz",
    "search": "http://search.internal:8080/healthz",
}


class ProbeService(probe_pb2_grpc.ProbeServicer):
    def Check(self, request, context: grpc.ServicerContext) -> probe_pb2.CheckReply:
        url = SERVICES.get(request.service)
        if url is None:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "unknown service")
        resp = requests.get(url, timeout=3)
        return probe_pb2.CheckReply(status=resp.status_code, body="")
`,
  ),
  // ---------------- CWE-502 pickle / yaml from queues and caches ----------------
  bad(
    "CWE-502",
    "batch52: Redis pub/sub listener unpickles each job published on the channel",
    src`
import pickle

import redis

r = redis.Redis(host="redis", port=6379)


def run_job(job) -> None:
    job.execute()


def listen() -> None:
    pubsub = r.pubsub()
    pubsub.subscribe("jobs")
    for item in pubsub.listen():
        if item["type"] != "message":
            continue
        run_job(pickle.loads(item["data"]))
`,
  ),
  good(
    "CWE-502",
    "batch52: Redis pub/sub listener decodes each job as JSON and dispatches by name",
    src`
import json

import redis

r = redis.Redis(host="redis", port=6379)
HANDLERS = {"reindex": lambda args: print("reindex", args), "purge": lambda args: print("purge", args)}


def listen() -> None:
    pubsub = r.pubsub()
    pubsub.subscribe("jobs")
    for item in pubsub.listen():
        if item["type"] != "message":
            continue
        job = json.loads(item["data"])
        handler = HANDLERS.get(job.get("name"))
        if handler:
            handler(job.get("args", {}))
`,
  ),
  bad(
    "CWE-502",
    "batch52: cache layer stores computed results in Redis with pickle and loads them back",
    src`
import pickle
from typing import Any, Callable

from redis import Redis

cache = Redis.from_url("redis://cache:6379/0")


def cached(key: str, compute: Callable[[], Any], ttl: int = 300) -> Any:
    raw = cache.get(key)
    if raw is not None:
        return pickle.loads(raw)
    value = compute()
    cache.setex(key, ttl, pickle.dumps(value))
    return value
`,
  ),
  good(
    "CWE-502",
    "batch52: cache layer stores computed results in Redis as JSON",
    src`
import json
from typing import Any, Callable

from redis import Redis

cache = Redis.from_url("redis://cache:6379/0")


def cached(key: str, compute: Callable[[], Any], ttl: int = 300) -> Any:
    raw = cache.get(key)
    if raw is not None:
        return json.loads(raw)
    value = compute()
    cache.setex(key, ttl, json.dumps(value))
    return value
`,
  ),
  bad(
    "CWE-502",
    "batch52: RabbitMQ aio_pika consumer loads the message body with yaml.load and the unsafe Loader",
    src`
import asyncio

import aio_pika
import yaml


async def apply_config(config: dict) -> None:
    print("applying", sorted(config))


async def main() -> None:
    connection = await aio_pika.connect_robust("amqp://guest:guest@rabbitmq/")
    channel = await connection.channel()
    queue = await channel.declare_queue("config-updates", durable=True)
    async with queue.iterator() as messages:
        async for message in messages:
            async with message.process():
                await apply_config(yaml.load(message.body, Loader=yaml.Loader))


if __name__ == "__main__":
    asyncio.run(main())
`,
  ),
  good(
    "CWE-502",
    "batch52: RabbitMQ aio_pika consumer loads the message body with yaml.safe_load",
    src`
import asyncio

import aio_pika
import yaml


async def apply_config(config: dict) -> None:
    print("applying", sorted(config))


async def main() -> None:
    connection = await aio_pika.connect_robust("amqp://guest:guest@rabbitmq/")
    channel = await connection.channel()
    queue = await channel.declare_queue("config-updates", durable=True)
    async with queue.iterator() as messages:
        async for message in messages:
            async with message.process():
                await apply_config(yaml.safe_load(message.body))


if __name__ == "__main__":
    asyncio.run(main())
`,
  ),
  bad(
    "CWE-502",
    "batch52: SQS worker restores a base64 pickled model state from the message",
    src`
import base64
import json
import pickle

import boto3

queue = boto3.resource("sqs").get_queue_by_name(QueueName="model-updates")


class ModelRegistry:
    def __init__(self) -> None:
        self.models: dict[str, object] = {}

    def restore(self, name: str, blob: str) -> None:
        self.models[name] = pickle.loads(base64.b64decode(blob))


registry = ModelRegistry()


def poll_once() -> None:
    for msg in queue.receive_messages(WaitTimeSeconds=20):
        body = json.loads(msg.body)
        registry.restore(body["name"], body["state"])
        msg.delete()
`,
  ),
  bad(
    "CWE-502",
    "batch52: WebSocket game server decodes client state with jsonpickle",
    src`
import jsonpickle
import websockets


class GameState:
    def __init__(self) -> None:
        self.players: list[str] = []


async def sync_state(websocket) -> None:
    async for message in websocket:
        state: GameState = jsonpickle.decode(message)
        await websocket.send(f"{len(state.players)} players")


async def main() -> None:
    async with websockets.serve(sync_state, "0.0.0.0", 9000):
        await __import__("asyncio").Future()
`,
  ),
  good(
    "CWE-502",
    "batch52: WebSocket game server validates client state with a pydantic model",
    src`
import asyncio

import websockets
from pydantic import BaseModel


class GameState(BaseModel):
    players: list[str] = []


async def sync_state(websocket) -> None:
    async for message in websocket:
        state = GameState.model_validate_json(message)
        await websocket.send(f"{len(state.players)} players")


async def main() -> None:
    async with websockets.serve(sync_state, "0.0.0.0", 9000):
        await asyncio.Future()
`,
  ),
  bad(
    "CWE-502",
    "batch52: Kafka consumer deserializer is pickle.loads for every record",
    src`
import pickle

from kafka import KafkaConsumer


def build_consumer() -> KafkaConsumer:
    return KafkaConsumer(
        "ml-features",
        bootstrap_servers=["kafka:9092"],
        group_id="feature-store",
        value_deserializer=pickle.loads,
    )


def run() -> None:
    for record in build_consumer():
        features = record.value
        print(record.offset, len(features))
`,
  ),
  good(
    "CWE-502",
    "batch52: Kafka consumer deserializes every record as JSON",
    src`
import json

from kafka import KafkaConsumer


def build_consumer() -> KafkaConsumer:
    return KafkaConsumer(
        "ml-features",
        bootstrap_servers=["kafka:9092"],
        group_id="feature-store",
        value_deserializer=lambda v: json.loads(v.decode("utf-8")),
    )


def run() -> None:
    for record in build_consumer():
        features = record.value
        print(record.offset, len(features))
`,
  ),
  bad(
    "CWE-502",
    "batch52: Lambda restores a session object from a base64 marshal blob in the event",
    src`
import base64
import marshal


def handler(event, context):
    blob = base64.b64decode(event["session"])
    session = marshal.loads(blob)
    return {"user": session.get("user"), "items": len(session.get("cart", []))}
`,
  ),
  bad(
    "CWE-502",
    "batch52: scheduled job loads yesterday's model from a shared bucket with joblib",
    src`
import io

import boto3
import joblib

s3 = boto3.client("s3")
SHARED_BUCKET = "team-shared-artifacts"


def load_latest_model():
    obj = s3.get_object(Bucket=SHARED_BUCKET, Key="models/latest.joblib")
    return joblib.load(io.BytesIO(obj["Body"].read()))


def nightly_score(rows: list[list[float]]) -> list[float]:
    model = load_latest_model()
    return list(model.predict(rows))
`,
  ),
  // ---------------- CWE-94 / 95 code from messages ----------------
  bad(
    "CWE-95",
    "batch52: discord.py bot !calc command evaluates the expression with eval",
    src`
import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


def calculate(expression: str) -> str:
    try:
        return str(eval(expression, {"__builtins__": {}}))
    except Exception as exc:
        return f"error: {exc}"


@bot.command()
async def calc(ctx: commands.Context, *, expression: str) -> None:
    await ctx.reply(calculate(expression))
`,
  ),
  good(
    "CWE-95",
    "batch52: discord.py bot !calc command evaluates arithmetic by walking the AST",
    src`
import ast
import operator

import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _eval(node: ast.AST) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_eval(node.left), _eval(node.right))
    raise ValueError("unsupported expression")


@bot.command()
async def calc(ctx: commands.Context, *, expression: str) -> None:
    await ctx.reply(str(_eval(ast.parse(expression, mode="eval").body)))
`,
  ),
  bad(
    "CWE-94",
    "batch52: MCP tool executes Python code the model wrote inside the server process",
    src`
import contextlib
import io

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("python-runner")


@mcp.tool()
def run_python(code: str) -> str:
    """Execute Python code and return what it printed."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        exec(code, {})
    return buffer.getvalue()
`,
  ),
  bad(
    "CWE-95",
    "batch52: Celery task applies a pricing rule expression stored with the job",
    src`
from celery import Celery

app = Celery("pricing", broker="amqp://rabbitmq//")


class PricingEngine:
    def apply(self, rule: str, price: float, qty: int) -> float:
        return float(eval(rule, {"price": price, "qty": qty}))


@app.task
def reprice(items: list[dict], rule: str) -> list[float]:
    engine = PricingEngine()
    return [engine.apply(rule, item["price"], item["qty"]) for item in items]
`,
  ),
  good(
    "CWE-95",
    "batch52: Celery task applies one of the named pricing rules",
    src`
from celery import Celery

app = Celery("pricing", broker="amqp://rabbitmq//")

RULES = {
    "bulk10": lambda price, qty: price * qty * (0.9 if qty >= 10 else 1.0),
    "flat": lambda price, qty: price * qty,
}


@app.task
def reprice(items: list[dict], rule: str) -> list[float]:
    fn = RULES[rule]
    return [float(fn(item["price"], item["qty"])) for item in items]
`,
  ),
  bad(
    "CWE-94",
    "batch52: Socket.IO plugin event compiles and runs a handler body sent by the client",
    src`
import socketio

sio = socketio.Server()
app = socketio.WSGIApp(sio)
PLUGINS: dict[str, object] = {}


@sio.on("register_plugin")
def register_plugin(sid, data):
    namespace: dict = {}
    code = compile(data["source"], f"<plugin {data['name']}>", "exec")
    exec(code, namespace)
    PLUGINS[data["name"]] = namespace.get("handle")
    sio.emit("registered", {"name": data["name"]}, to=sid)
`,
  ),
  good(
    "CWE-94",
    "batch52: Socket.IO plugin event enables one of the installed plugins by entry point name",
    src`
from importlib.metadata import entry_points

import socketio

sio = socketio.Server()
app = socketio.WSGIApp(sio)
INSTALLED = {ep.name: ep for ep in entry_points(group="chat.plugins")}
PLUGINS: dict[str, object] = {}


@sio.on("register_plugin")
def register_plugin(sid, data):
    ep = INSTALLED.get(data.get("name"))
    if ep is None:
        sio.emit("error", {"reason": "unknown plugin"}, to=sid)
        return
    PLUGINS[ep.name] = ep.load()
    sio.emit("registered", {"name": ep.name}, to=sid)
`,
  ),
  bad(
    "CWE-94",
    "batch52: Lambda renders a notification with a Jinja2 template string taken from the event",
    src`
from jinja2 import Template


def build_message(template_source: str, context: dict) -> str:
    return Template(template_source).render(**context)


def handler(event, context):
    body = build_message(event["template"], event.get("vars", {}))
    return {"statusCode": 200, "body": body}
`,
  ),
  // ---------------- CWE-345 / 347 / 208 webhooks ----------------
  bad(
    "CWE-345",
    "batch52: GitHub webhook handler loads the secret but never verifies the signature header",
    src`
import json
import os

from fastapi import FastAPI, Request

app = FastAPI()
GITHUB_WEBHOOK_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"]


def enqueue_build(repo: str, ref: str) -> None:
    print("build", repo, ref)


@app.post("/webhooks/github")
async def github_webhook(request: Request) -> dict:
    payload = json.loads(await request.body())
    if request.headers.get("X-GitHub-Event") == "push":
        enqueue_build(payload["repository"]["full_name"], payload["ref"])
    return {"ok": True}
`,
  ),
  good(
    "CWE-345",
    "batch52: GitHub webhook handler verifies X-Hub-Signature-256 with compare_digest",
    src`
import hashlib
import hmac
import json
import os

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
GITHUB_WEBHOOK_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"]


def enqueue_build(repo: str, ref: str) -> None:
    print("build", repo, ref)


@app.post("/webhooks/github")
async def github_webhook(request: Request) -> dict:
    body = await request.body()
    expected = "sha256=" + hmac.new(GITHUB_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Hub-Signature-256", "")):
        raise HTTPException(status_code=401)
    payload = json.loads(body)
    if request.headers.get("X-GitHub-Event") == "push":
        enqueue_build(payload["repository"]["full_name"], payload["ref"])
    return {"ok": True}
`,
  ),
  bad(
    "CWE-208",
    "batch52: Stripe-style webhook compares the HMAC signature with ==",
    src`
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SIGNING_SECRET = os.environ["PAYMENTS_SIGNING_SECRET"].encode()


def signature_ok(body: bytes, header: str) -> bool:
    expected = hmac.new(SIGNING_SECRET, body, hashlib.sha256).hexdigest()
    return expected == header


@app.post("/webhooks/payments")
def payments_webhook():
    if not signature_ok(request.get_data(), request.headers.get("X-Signature", "")):
        abort(400)
    event = request.get_json()
    return {"received": event["type"]}
`,
  ),
  good(
    "CWE-208",
    "batch52: Stripe webhook verifies through stripe.Webhook.construct_event",
    src`
import os

import stripe
from flask import Flask, abort, request

app = Flask(__name__)
ENDPOINT_SECRET = os.environ["STRIPE_ENDPOINT_SECRET"]


@app.post("/webhooks/stripe")
def stripe_webhook():
    try:
        event = stripe.Webhook.construct_event(
            request.get_data(), request.headers.get("Stripe-Signature", ""), ENDPOINT_SECRET
        )
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "checkout.session.completed":
        print("paid", event["data"]["object"]["id"])
    return {"received": True}
`,
  ),
  bad(
    "CWE-347",
    "batch52: Stripe webhook parses the event without construct_event although the endpoint secret is set",
    src`
import json
import os

import stripe
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

stripe.api_key = os.environ["STRIPE_API_KEY"]
endpoint_secret = os.environ["STRIPE_ENDPOINT_SECRET"]


@csrf_exempt
def stripe_webhook(request):
    event = stripe.Event.construct_from(json.loads(request.body), stripe.api_key)
    if event.type == "invoice.paid":
        mark_invoice_paid(event.data.object.id)
    return HttpResponse(status=200)


def mark_invoice_paid(invoice_id: str) -> None:
    print("paid", invoice_id)
`,
  ),
  bad(
    "CWE-347",
    "batch52: Lambda authorizer decodes the bearer JWT with signature verification off",
    src`
import jwt


def lambda_handler(event, context):
    token = event["authorizationToken"].removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    effect = "Allow" if "admin" in claims.get("roles", []) else "Deny"
    return {
        "principalId": claims["sub"],
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [{"Action": "execute-api:Invoke", "Effect": effect, "Resource": event["methodArn"]}],
        },
    }
`,
  ),
  good(
    "CWE-347",
    "batch52: Lambda authorizer verifies the bearer JWT against the issuer's JWKS",
    src`
import jwt

JWKS = jwt.PyJWKClient("https://auth.example.com/.well-known/jwks.json")


def lambda_handler(event, context):
    token = event["authorizationToken"].removeprefix("Bearer ")
    key = JWKS.get_signing_key_from_jwt(token).key
    claims = jwt.decode(token, key, algorithms=["RS256"], audience="api://orders")
    effect = "Allow" if "admin" in claims.get("roles", []) else "Deny"
    return {
        "principalId": claims["sub"],
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [{"Action": "execute-api:Invoke", "Effect": effect, "Resource": event["methodArn"]}],
        },
    }
`,
  ),
  bad(
    "CWE-345",
    "batch52: Slack events endpoint handles events without checking the request signature",
    src`
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
SLACK_SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"]


def handle_event(event: dict) -> None:
    if event.get("type") == "member_joined_channel":
        print("welcome", event["user"])


@app.post("/slack/events")
def slack_events():
    payload = request.get_json()
    if payload.get("type") == "url_verification":
        return jsonify(challenge=payload["challenge"])
    handle_event(payload["event"])
    return "", 200
`,
  ),
  good(
    "CWE-345",
    "batch52: Slack events endpoint checks the signature with the SDK's SignatureVerifier",
    src`
import os

from flask import Flask, abort, jsonify, request
from slack_sdk.signature import SignatureVerifier

app = Flask(__name__)
verifier = SignatureVerifier(os.environ["SLACK_SIGNING_SECRET"])


def handle_event(event: dict) -> None:
    if event.get("type") == "member_joined_channel":
        print("welcome", event["user"])


@app.post("/slack/events")
def slack_events():
    if not verifier.is_valid_request(request.get_data(), request.headers):
        abort(401)
    payload = request.get_json()
    if payload.get("type") == "url_verification":
        return jsonify(challenge=payload["challenge"])
    handle_event(payload["event"])
    return "", 200
`,
  ),
  bad(
    "CWE-208",
    "batch52: Azure Function checks a shared webhook token with != on the header",
    src`
import os

import azure.functions as func

app = func.FunctionApp()
WEBHOOK_TOKEN = os.environ["WEBHOOK_TOKEN"]


@app.route(route="hooks/deploy", methods=["POST"], auth_level=func.AuthLevel.ANONYMOUS)
def deploy_hook(req: func.HttpRequest) -> func.HttpResponse:
    if req.headers.get("x-webhook-token") != WEBHOOK_TOKEN:
        return func.HttpResponse("forbidden", status_code=403)
    body = req.get_json()
    return func.HttpResponse(f"queued {body['service']}", status_code=202)
`,
  ),
  good(
    "CWE-208",
    "batch52: Azure Function checks a shared webhook token with hmac.compare_digest",
    src`
import hmac
import os

import azure.functions as func

app = func.FunctionApp()
WEBHOOK_TOKEN = os.environ["WEBHOOK_TOKEN"]


@app.route(route="hooks/deploy", methods=["POST"], auth_level=func.AuthLevel.ANONYMOUS)
def deploy_hook(req: func.HttpRequest) -> func.HttpResponse:
    if not hmac.compare_digest(req.headers.get("x-webhook-token", ""), WEBHOOK_TOKEN):
        return func.HttpResponse("forbidden", status_code=403)
    body = req.get_json()
    return func.HttpResponse(f"queued {body['service']}", status_code=202)
`,
  ),
  bad(
    "CWE-347",
    "batch52: SNS message handler acts on the notification without verifying its signature",
    src`
import json

import boto3

ddb = boto3.resource("dynamodb").Table("orders")


def handler(event, context):
    envelope = json.loads(event["body"])
    if envelope["Type"] == "Notification":
        order = json.loads(envelope["Message"])
        ddb.update_item(
            Key={"id": order["id"]},
            UpdateExpression="SET #s = :s",
            ExpressionAttributeNames={"#s": "status"},
            ExpressionAttributeValues={":s": order["status"]},
        )
    return {"statusCode": 200}
`,
  ),
  good(
    "CWE-345",
    "batch52: GitLab webhook checks the X-Gitlab-Token header in constant time",
    src`
import os
import secrets

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

app = FastAPI()
GITLAB_TOKEN = os.environ["GITLAB_WEBHOOK_TOKEN"]


class PipelineEvent(BaseModel):
    object_kind: str
    project: dict


@app.post("/hooks/gitlab")
async def gitlab_hook(event: PipelineEvent, x_gitlab_token: str = Header(default="")) -> dict:
    if not secrets.compare_digest(x_gitlab_token, GITLAB_TOKEN):
        raise HTTPException(status_code=401)
    return {"kind": event.object_kind, "project": event.project.get("path_with_namespace")}
`,
  ),
  // ---------------- CWE-306 / 862 admin actions over sockets and bots ----------------
  bad(
    "CWE-862",
    "batch52: discord.py bot !ban command bans a member without a permission check, while !warn has one",
    src`
import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.all())


@bot.command()
@commands.has_permissions(kick_members=True)
async def warn(ctx: commands.Context, member: discord.Member, *, reason: str = "") -> None:
    await member.send(f"You were warned: {reason}")


@bot.command()
async def ban(ctx: commands.Context, member: discord.Member, *, reason: str = "") -> None:
    await member.ban(reason=reason)
    await ctx.send(f"{member} was banned")
`,
  ),
  good(
    "CWE-862",
    "batch52: discord.py bot !ban command requires ban_members",
    src`
import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.all())


@bot.command()
@commands.has_permissions(kick_members=True)
async def warn(ctx: commands.Context, member: discord.Member, *, reason: str = "") -> None:
    await member.send(f"You were warned: {reason}")


@bot.command()
@commands.has_permissions(ban_members=True)
async def ban(ctx: commands.Context, member: discord.Member, *, reason: str = "") -> None:
    await member.ban(reason=reason)
    await ctx.send(f"{member} was banned")
`,
  ),
  bad(
    "CWE-862",
    "batch52: Telegram bot /shutdown command stops the service for any chat, while /stats checks the admin list",
    src`
import subprocess

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

ADMIN_IDS = {11111111, 22222222}


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_user.id not in ADMIN_IDS:
        await update.message.reply_text("not allowed")
        return
    await update.message.reply_text("queue depth: 3")


async def shutdown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    subprocess.run(["systemctl", "stop", "worker.service"], check=False)
    await update.message.reply_text("worker stopped")


def register(app: Application) -> None:
    app.add_handler(CommandHandler("stats", stats))
    app.add_handler(CommandHandler("shutdown", shutdown))
`,
  ),
  good(
    "CWE-862",
    "batch52: Telegram bot /shutdown command checks the admin list like /stats",
    src`
import subprocess

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

ADMIN_IDS = {11111111, 22222222}


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_user.id not in ADMIN_IDS:
        await update.message.reply_text("not allowed")
        return
    await update.message.reply_text("queue depth: 3")


async def shutdown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_user.id not in ADMIN_IDS:
        await update.message.reply_text("not allowed")
        return
    subprocess.run(["systemctl", "stop", "worker.service"], check=False)
    await update.message.reply_text("worker stopped")


def register(app: Application) -> None:
    app.add_handler(CommandHandler("stats", stats))
    app.add_handler(CommandHandler("shutdown", shutdown))
`,
  ),
  bad(
    "CWE-306",
    "batch52: FastAPI admin WebSocket accepts kick and broadcast commands without authenticating the socket",
    src`
from fastapi import FastAPI, WebSocket

app = FastAPI()
connections: dict[str, WebSocket] = {}


@app.websocket("/ws/admin")
async def admin_socket(websocket: WebSocket) -> None:
    await websocket.accept()
    while True:
        cmd = await websocket.receive_json()
        if cmd["action"] == "kick":
            victim = connections.pop(cmd["user"], None)
            if victim:
                await victim.close(code=4000)
        elif cmd["action"] == "broadcast":
            for ws in connections.values():
                await ws.send_text(cmd["text"])
`,
  ),
  good(
    "CWE-306",
    "batch52: FastAPI admin WebSocket requires an admin token before accepting commands",
    src`
from fastapi import FastAPI, WebSocket, status

from .auth import decode_admin_token

app = FastAPI()
connections: dict[str, WebSocket] = {}


@app.websocket("/ws/admin")
async def admin_socket(websocket: WebSocket) -> None:
    token = websocket.query_params.get("token", "")
    admin = decode_admin_token(token)
    if admin is None:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return
    await websocket.accept()
    while True:
        cmd = await websocket.receive_json()
        if cmd["action"] == "kick":
            victim = connections.pop(cmd["user"], None)
            if victim:
                await victim.close(code=4000)
`,
  ),
  bad(
    "CWE-862",
    "batch52: Django Channels consumer deletes any room on request though connect() checks the user is logged in",
    src`
import json

from asgiref.sync import sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer

from .models import Room


class RoomConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        if not self.scope["user"].is_authenticated:
            await self.close()
            return
        await self.accept()

    async def receive(self, text_data=None, bytes_data=None):
        data = json.loads(text_data)
        if data["action"] == "delete_room":
            await sync_to_async(Room.objects.filter(pk=data["room_id"]).delete)()
            await self.send(text_data=json.dumps({"deleted": data["room_id"]}))
`,
  ),
  good(
    "CWE-862",
    "batch52: Django Channels consumer deletes a room only for its owner",
    src`
import json

from asgiref.sync import sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer

from .models import Room


class RoomConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        if not self.scope["user"].is_authenticated:
            await self.close()
            return
        await self.accept()

    async def receive(self, text_data=None, bytes_data=None):
        data = json.loads(text_data)
        if data["action"] == "delete_room":
            user = self.scope["user"]
            deleted, _ = await sync_to_async(Room.objects.filter(pk=data["room_id"], owner=user).delete)()
            await self.send(text_data=json.dumps({"deleted": deleted}))
`,
  ),
  bad(
    "CWE-862",
    "batch52: Strawberry mutation deletes a user with no permission class while the query uses IsAdmin",
    src`
import strawberry
from strawberry.permission import BasePermission

from .repo import users


class IsAdmin(BasePermission):
    message = "admin only"

    def has_permission(self, source, info, **kwargs) -> bool:
        return info.context["user"].is_admin


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAdmin])
    def user_count(self) -> int:
        return users.count()


@strawberry.type
class Mutation:
    @strawberry.mutation
    def delete_user(self, info: strawberry.Info, user_id: int) -> bool:
        return users.delete(user_id)


schema = strawberry.Schema(query=Query, mutation=Mutation)
`,
  ),
  good(
    "CWE-862",
    "batch52: Strawberry mutation deletes a user behind IsAdmin",
    src`
import strawberry
from strawberry.permission import BasePermission

from .repo import users


class IsAdmin(BasePermission):
    message = "admin only"

    def has_permission(self, source, info, **kwargs) -> bool:
        return info.context["user"].is_admin


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAdmin])
    def user_count(self) -> int:
        return users.count()


@strawberry.type
class Mutation:
    @strawberry.mutation(permission_classes=[IsAdmin])
    def delete_user(self, info: strawberry.Info, user_id: int) -> bool:
        return users.delete(user_id)


schema = strawberry.Schema(query=Query, mutation=Mutation)
`,
  ),
  bad(
    "CWE-306",
    "batch52: Socket.IO server lets any client call the reset_all_passwords event",
    src`
import socketio

from .accounts import AccountService

sio = socketio.AsyncServer(async_mode="asgi", cors_allowed_origins="*")
app = socketio.ASGIApp(sio)
accounts = AccountService()


@sio.event
async def connect(sid, environ, auth):
    await sio.save_session(sid, {"user": None})


@sio.event
async def reset_all_passwords(sid, data):
    count = await accounts.force_password_reset(tenant=data["tenant"])
    await sio.emit("reset_done", {"count": count}, to=sid)
`,
  ),
  bad(
    "CWE-862",
    "batch52: Slack Bolt /promote command grants admin to any user without checking who ran it",
    src`
import os

from slack_bolt import App

from .directory import Directory

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
ADMINS = set(os.environ.get("BOT_ADMINS", "").split(","))
directory = Directory()


@app.command("/audit")
def audit(ack, command, respond):
    ack()
    if command["user_id"] not in ADMINS:
        respond("admins only")
        return
    respond(directory.audit_report())


@app.command("/promote")
def promote(ack, command, respond):
    ack()
    target = command["text"].strip().lstrip("@")
    directory.set_role(target, "admin")
    respond(f"{target} is now an admin")
`,
  ),
  good(
    "CWE-862",
    "batch52: Slack Bolt /promote command checks the caller is an admin",
    src`
import os

from slack_bolt import App

from .directory import Directory

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
ADMINS = set(os.environ.get("BOT_ADMINS", "").split(","))
directory = Directory()


@app.command("/promote")
def promote(ack, command, respond):
    ack()
    if command["user_id"] not in ADMINS:
        respond("admins only")
        return
    target = command["text"].strip().lstrip("@")
    directory.set_role(target, "admin")
    respond(f"{target} is now an admin")
`,
  ),
  // ---------------- CWE-400 / 770 unbounded sizes ----------------
  bad(
    "CWE-770",
    "batch52: SQS batch Lambda fans out one thread per item in the message with no cap",
    src`
import json
import threading

import requests


def notify(endpoint: str, item: dict) -> None:
    requests.post(endpoint, json=item, timeout=5)


def handler(event, context):
    for record in event["Records"]:
        batch = json.loads(record["body"])
        threads = [threading.Thread(target=notify, args=(batch["endpoint"], item)) for item in batch["items"]]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
`,
  ),
  good(
    "CWE-770",
    "batch52: SQS batch Lambda notifies items through a bounded pool and caps the batch",
    src`
import json
from concurrent.futures import ThreadPoolExecutor

import requests

MAX_ITEMS = 500
ENDPOINT = "https://notify.internal.example/v1/items"


def notify(item: dict) -> None:
    requests.post(ENDPOINT, json=item, timeout=5)


def handler(event, context):
    for record in event["Records"]:
        batch = json.loads(record["body"])
        items = batch["items"][:MAX_ITEMS]
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(notify, items))
`,
  ),
  bad(
    "CWE-770",
    "batch52: GraphQL resolver returns as many rows as the client's first argument asks for",
    src`
import strawberry
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Event as EventRow


@strawberry.type
class Event:
    id: int
    title: str


@strawberry.type
class Query:
    @strawberry.field
    def events(self, info: strawberry.Info, first: int = 20) -> list[Event]:
        session: Session = info.context["session"]
        rows = session.scalars(select(EventRow).order_by(EventRow.id).limit(first)).all()
        return [Event(id=r.id, title=r.title) for r in rows]
`,
  ),
  good(
    "CWE-770",
    "batch52: GraphQL resolver clamps the first argument",
    src`
import strawberry
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Event as EventRow

MAX_PAGE = 100


@strawberry.type
class Event:
    id: int
    title: str


@strawberry.type
class Query:
    @strawberry.field
    def events(self, info: strawberry.Info, first: int = 20) -> list[Event]:
        session: Session = info.context["session"]
        limit = max(1, min(first, MAX_PAGE))
        rows = session.scalars(select(EventRow).order_by(EventRow.id).limit(limit)).all()
        return [Event(id=r.id, title=r.title) for r in rows]
`,
  ),
  bad(
    "CWE-400",
    "batch52: websockets server accepts messages of any size by turning max_size off",
    src`
import asyncio
import json

import websockets


async def ingest(websocket) -> None:
    async for raw in websocket:
        doc = json.loads(raw)
        await websocket.send(str(len(doc)))


async def main() -> None:
    async with websockets.serve(ingest, "0.0.0.0", 8080, max_size=None):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
`,
  ),
  good(
    "CWE-400",
    "batch52: websockets server limits messages to 1 MiB",
    src`
import asyncio
import json

import websockets


async def ingest(websocket) -> None:
    async for raw in websocket:
        doc = json.loads(raw)
        await websocket.send(str(len(doc)))


async def main() -> None:
    async with websockets.serve(ingest, "0.0.0.0", 8080, max_size=2**20, max_queue=16):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
`,
  ),
  bad(
    "CWE-674",
    "batch52: Kafka consumer flattens a nested comment thread from the message recursively without a depth limit",
    src`
import json

from confluent_kafka import Consumer


def flatten(node: dict, depth: int = 0) -> list[tuple[int, str]]:
    out = [(depth, node["text"])]
    for child in node.get("replies", []):
        out.extend(flatten(child, depth + 1))
    return out


def run(consumer: Consumer) -> None:
    consumer.subscribe(["comment-threads"])
    while True:
        msg = consumer.poll(1.0)
        if msg is None or msg.error():
            continue
        rows = flatten(json.loads(msg.value()))
        print(len(rows))
`,
  ),
  bad(
    "CWE-400",
    "batch52: Celery task resizes an image to the width and height from the task payload",
    src`
from celery import shared_task
from PIL import Image


@shared_task
def render_banner(text: str, width: int, height: int, out_path: str = "/tmp/banner.png") -> str:
    img = Image.new("RGB", (width, height), color="white")
    img.save(out_path)
    return out_path
`,
  ),
  good(
    "CWE-400",
    "batch52: Celery task renders a banner with width and height clamped",
    src`
from celery import shared_task
from PIL import Image

MAX_SIDE = 4096


@shared_task
def render_banner(text: str, width: int, height: int, out_path: str = "/tmp/banner.png") -> str:
    w = max(1, min(int(width), MAX_SIDE))
    h = max(1, min(int(height), MAX_SIDE))
    img = Image.new("RGB", (w, h), color="white")
    img.save(out_path)
    return out_path
`,
  ),
  bad(
    "CWE-770",
    "batch52: API Gateway Lambda decompresses a gzip body with no size limit",
    src`
import base64
import gzip
import json


def handler(event, context):
    body = base64.b64decode(event["body"]) if event.get("isBase64Encoded") else event["body"].encode()
    if event["headers"].get("content-encoding") == "gzip":
        body = gzip.decompress(body)
    records = json.loads(body)
    return {"statusCode": 200, "body": json.dumps({"count": len(records)})}
`,
  ),
  // ---------------- CWE-532 / 200 / 209 secrets in logs, tracebacks to chat ----------------
  bad(
    "CWE-532",
    "batch52: Celery task logs the OAuth refresh token it received",
    src`
import logging

import requests
from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task
def refresh_access(user_id: int, refresh_token: str) -> str:
    logger.info("refreshing access for user %s with refresh_token=%s", user_id, refresh_token)
    resp = requests.post(
        "https://oauth.example.com/token",
        data={"grant_type": "refresh_token", "refresh_token": refresh_token},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
`,
  ),
  good(
    "CWE-532",
    "batch52: Celery task logs only the user id when refreshing a token",
    src`
import logging

import requests
from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task
def refresh_access(user_id: int, refresh_token: str) -> str:
    logger.info("refreshing access for user %s", user_id)
    resp = requests.post(
        "https://oauth.example.com/token",
        data={"grant_type": "refresh_token", "refresh_token": refresh_token},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
`,
  ),
  bad(
    "CWE-532",
    "batch52: Lambda logs the whole incoming event, Authorization header included",
    src`
import json
import logging

logger = logging.getLogger()
logger.setLevel(logging.INFO)


def handler(event, context):
    logger.info("event: %s", json.dumps(event))
    token = event["headers"].get("Authorization", "")
    return {"statusCode": 200 if token else 401, "body": ""}
`,
  ),
  bad(
    "CWE-209",
    "batch52: discord.py bot error handler posts the full traceback into the channel",
    src`
import traceback

import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


@bot.event
async def on_command_error(ctx: commands.Context, error: commands.CommandError) -> None:
    tb = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    await ctx.send(f"Something went wrong:\n{tb[-1800:]}")
`,
  ),
  good(
    "CWE-209",
    "batch52: discord.py bot error handler logs the traceback and posts a short message",
    src`
import logging

import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())
log = logging.getLogger("bot")


@bot.event
async def on_command_error(ctx: commands.Context, error: commands.CommandError) -> None:
    log.exception("command %s failed", ctx.command, exc_info=error)
    await ctx.send("Something went wrong; the admins have been notified.")
`,
  ),
  bad(
    "CWE-209",
    "batch52: FastAPI WebSocket handler sends the exception text and traceback back to the client",
    src`
import traceback

from fastapi import FastAPI, WebSocket

from .pipeline import run_pipeline

app = FastAPI()


@app.websocket("/ws/jobs")
async def jobs(websocket: WebSocket) -> None:
    await websocket.accept()
    while True:
        spec = await websocket.receive_json()
        try:
            result = await run_pipeline(spec)
            await websocket.send_json({"ok": True, "result": result})
        except Exception as exc:
            await websocket.send_json({"ok": False, "error": repr(exc), "trace": traceback.format_exc()})
`,
  ),
  good(
    "CWE-209",
    "batch52: FastAPI WebSocket handler logs failures and sends an error id",
    src`
import logging
import uuid

from fastapi import FastAPI, WebSocket

from .pipeline import run_pipeline

app = FastAPI()
log = logging.getLogger(__name__)


@app.websocket("/ws/jobs")
async def jobs(websocket: WebSocket) -> None:
    await websocket.accept()
    while True:
        spec = await websocket.receive_json()
        try:
            result = await run_pipeline(spec)
            await websocket.send_json({"ok": True, "result": result})
        except Exception:
            error_id = uuid.uuid4().hex
            log.exception("pipeline failed (%s)", error_id)
            await websocket.send_json({"ok": False, "error_id": error_id})
`,
  ),
  bad(
    "CWE-200",
    "batch52: gRPC servicer returns the user record including the password hash and API key",
    src`
import grpc

import users_pb2
import users_pb2_grpc
from .db import fetch_user


class UserService(users_pb2_grpc.UserServiceServicer):
    def GetUser(self, request, context: grpc.ServicerContext):
        row = fetch_user(request.user_id)
        if row is None:
            context.abort(grpc.StatusCode.NOT_FOUND, "no such user")
        return users_pb2.User(
            id=row["id"],
            email=row["email"],
            password_hash=row["password_hash"],
            api_key=row["api_key"],
        )
`,
  ),
  bad(
    "CWE-532",
    "batch52: Kafka producer helper prints the SASL password when it connects",
    src`
import os

from confluent_kafka import Producer


def make_producer() -> Producer:
    password = os.environ["KAFKA_PASSWORD"]
    config = {
        "bootstrap.servers": os.environ["KAFKA_BROKERS"],
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": os.environ["KAFKA_USER"],
        "sasl.password": password,
    }
    print(f"connecting to kafka with config {config}")
    return Producer(config)
`,
  ),
  good(
    "CWE-532",
    "batch52: Kafka producer helper logs the brokers only",
    src`
import logging
import os

from confluent_kafka import Producer

log = logging.getLogger(__name__)


def make_producer() -> Producer:
    config = {
        "bootstrap.servers": os.environ["KAFKA_BROKERS"],
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": os.environ["KAFKA_USER"],
        "sasl.password": os.environ["KAFKA_PASSWORD"],
    }
    log.info("connecting to kafka at %s", config["bootstrap.servers"])
    return Producer(config)
`,
  ),
  bad(
    "CWE-209",
    "batch52: Lambda returns the exception string and stack trace in the API Gateway response",
    src`
import json
import traceback

from .orders import place_order


def handler(event, context):
    try:
        order = place_order(json.loads(event["body"]))
        return {"statusCode": 201, "body": json.dumps(order)}
    except Exception as exc:
        return {
            "statusCode": 500,
            "body": json.dumps({"error": str(exc), "stack": traceback.format_exc()}),
        }
`,
  ),
  good(
    "CWE-209",
    "batch52: Lambda logs the failure and returns a request id",
    src`
import json
import logging

from .orders import place_order

logger = logging.getLogger()


def handler(event, context):
    try:
        order = place_order(json.loads(event["body"]))
        return {"statusCode": 201, "body": json.dumps(order)}
    except Exception:
        logger.exception("order failed")
        return {"statusCode": 500, "body": json.dumps({"error": "internal", "request_id": context.aws_request_id})}
`,
  ),
  // ---------------- CWE-1333 regex from messages ----------------
  bad(
    "CWE-1333",
    "batch52: Slack Bolt message listener compiles a user-supplied pattern to search the knowledge base",
    src`
import os
import re

from slack_bolt import App

from .kb import all_articles

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])


@app.command("/kb-grep")
def kb_grep(ack, command, respond):
    ack()
    pattern = re.compile(command["text"], re.IGNORECASE)
    hits = [a.title for a in all_articles() if pattern.search(a.body)]
    respond("\n".join(hits[:20]) or "nothing found")
`,
  ),
  good(
    "CWE-1333",
    "batch52: Slack Bolt knowledge-base search escapes the user's text before compiling it",
    src`
import os
import re

from slack_bolt import App

from .kb import all_articles

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])


@app.command("/kb-grep")
def kb_grep(ack, command, respond):
    ack()
    pattern = re.compile(re.escape(command["text"][:100]), re.IGNORECASE)
    hits = [a.title for a in all_articles() if pattern.search(a.body)]
    respond("\n".join(hits[:20]) or "nothing found")
`,
  ),
  bad(
    "CWE-1333",
    "batch52: Kafka log consumer validates each line's email field with a nested-quantifier regex",
    src`
import json
import re

from kafka import KafkaConsumer

EMAIL_RE = re.compile(r"^([a-zA-Z0-9_.+-]+)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")


def valid_email(value: str) -> bool:
    return EMAIL_RE.match(value) is not None


for msg in KafkaConsumer("signups", bootstrap_servers="kafka:9092"):
    signup = json.loads(msg.value)
    if not valid_email(signup["email"]):
        print("rejected", signup["id"])
`,
  ),
  bad(
    "CWE-1333",
    "batch52: GraphQL filter argument is used as a regex in re.search over every row",
    src`
import re

import graphene

from .store import list_tickets


class Ticket(graphene.ObjectType):
    id = graphene.ID()
    subject = graphene.String()


class Query(graphene.ObjectType):
    tickets = graphene.List(Ticket, subject_regex=graphene.String())

    def resolve_tickets(self, info, subject_regex=".*"):
        return [t for t in list_tickets() if re.search(subject_regex, t.subject)]
`,
  ),
  good(
    "CWE-1333",
    "batch52: GraphQL filter argument is matched as a plain substring",
    src`
import graphene

from .store import list_tickets


class Ticket(graphene.ObjectType):
    id = graphene.ID()
    subject = graphene.String()


class Query(graphene.ObjectType):
    tickets = graphene.List(Ticket, subject_contains=graphene.String())

    def resolve_tickets(self, info, subject_contains=""):
        needle = subject_contains.lower()
        return [t for t in list_tickets() if needle in t.subject.lower()]
`,
  ),
  // ---------------- CWE-611 XML from queues ----------------
  bad(
    "CWE-611",
    "batch52: SQS worker parses a partner's XML invoice with lxml and entity resolution on",
    src`
import boto3
from lxml import etree

queue = boto3.resource("sqs").get_queue_by_name(QueueName="partner-invoices")
parser = etree.XMLParser(resolve_entities=True, no_network=False)


def parse_invoice(xml: bytes) -> dict:
    root = etree.fromstring(xml, parser)
    return {"number": root.findtext("number"), "total": float(root.findtext("total"))}


def poll() -> None:
    for msg in queue.receive_messages(WaitTimeSeconds=20):
        print(parse_invoice(msg.body.encode()))
        msg.delete()
`,
  ),
  good(
    "CWE-611",
    "batch52: SQS worker parses a partner's XML invoice with defusedxml",
    src`
import boto3
from defusedxml.ElementTree import fromstring

queue = boto3.resource("sqs").get_queue_by_name(QueueName="partner-invoices")


def parse_invoice(xml: bytes) -> dict:
    root = fromstring(xml)
    return {"number": root.findtext("number"), "total": float(root.findtext("total"))}


def poll() -> None:
    for msg in queue.receive_messages(WaitTimeSeconds=20):
        print(parse_invoice(msg.body.encode()))
        msg.delete()
`,
  ),
  bad(
    "CWE-611",
    "batch52: SOAP callback Lambda parses the body with xml.dom.minidom after enabling external entities via sax",
    src`
import xml.sax
from xml.dom import pulldom


def handler(event, context):
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    doc = pulldom.parseString(event["body"], parser=parser)
    for ev, node in doc:
        if ev == pulldom.START_ELEMENT and node.tagName == "orderId":
            doc.expandNode(node)
            return {"statusCode": 200, "body": node.firstChild.data}
    return {"statusCode": 400, "body": "no order"}
`,
  ),
  bad(
    "CWE-611",
    "batch52: RabbitMQ consumer reads an XML feed with lxml's XMLParser(load_dtd=True)",
    src`
import pika
from lxml import etree


def on_feed(ch, method, props, body: bytes) -> None:
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    tree = etree.fromstring(body, parser=parser)
    for item in tree.iter("item"):
        print(item.findtext("title"))
    ch.basic_ack(method.delivery_tag)


conn = pika.BlockingConnection(pika.ConnectionParameters("rabbitmq"))
chan = conn.channel()
chan.basic_consume("rss-feeds", on_feed)
chan.start_consuming()
`,
  ),
  good(
    "CWE-611",
    "batch52: RabbitMQ consumer reads an XML feed with entity resolution off",
    src`
import pika
from lxml import etree

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def on_feed(ch, method, props, body: bytes) -> None:
    tree = etree.fromstring(body, parser=PARSER)
    for item in tree.iter("item"):
        print(item.findtext("title"))
    ch.basic_ack(method.delivery_tag)


conn = pika.BlockingConnection(pika.ConnectionParameters("rabbitmq"))
chan = conn.channel()
chan.basic_consume("rss-feeds", on_feed)
chan.start_consuming()
`,
  ),
  // ---------------- CWE-117 log injection ----------------
  bad(
    "CWE-117",
    "batch52: WebSocket chat server logs each raw message with the user name it carries",
    src`
import json
import logging

import websockets

log = logging.getLogger("chat")


async def chat(websocket) -> None:
    async for raw in websocket:
        msg = json.loads(raw)
        log.info("message from " + msg["user"] + ": " + msg["text"])
        await websocket.send("ok")


def serve():
    return websockets.serve(chat, "0.0.0.0", 8001)
`,
  ),
  good(
    "CWE-117",
    "batch52: WebSocket chat server logs the message with control characters escaped",
    src`
import json
import logging

import websockets

log = logging.getLogger("chat")


def clean(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")


async def chat(websocket) -> None:
    async for raw in websocket:
        msg = json.loads(raw)
        log.info("message from %s: %s", clean(msg["user"]), clean(msg["text"]))
        await websocket.send("ok")


def serve():
    return websockets.serve(chat, "0.0.0.0", 8001)
`,
  ),
  bad(
    "CWE-117",
    "batch52: Lambda logs the client-supplied X-Request-Source header with an f-string",
    src`
import logging

logger = logging.getLogger()
logger.setLevel(logging.INFO)


def handler(event, context):
    source = event.get("headers", {}).get("x-request-source", "unknown")
    logger.info(f"request from source={source} path={event.get('rawPath')}")
    return {"statusCode": 204}
`,
  ),
  bad(
    "CWE-117",
    "batch52: Telegram bot writes the sender's text into the audit log file",
    src`
from datetime import datetime, timezone

from telegram import Update
from telegram.ext import ContextTypes

AUDIT = "/var/log/bot/audit.log"


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = update.effective_user.username
    with open(AUDIT, "a") as fh:
        fh.write(f"{datetime.now(timezone.utc).isoformat()} {user} said {update.message.text}\n")
    await update.message.reply_text("noted")
`,
  ),
  // ---------------- CWE-601 redirects from serverless events ----------------
  bad(
    "CWE-601",
    "batch52: Lambda login callback redirects to the next parameter from the query string",
    src`
from .sessions import create_session


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    session_id = create_session(params["code"])
    return {
        "statusCode": 302,
        "headers": {
            "Location": params.get("next", "/"),
            "Set-Cookie": f"sid={session_id}; HttpOnly; Secure; SameSite=Lax",
        },
    }
`,
  ),
  good(
    "CWE-601",
    "batch52: Lambda login callback redirects only to a relative path",
    src`
from urllib.parse import urlparse

from .sessions import create_session


def safe_next(value: str | None) -> str:
    if not value:
        return "/"
    parsed = urlparse(value)
    if parsed.scheme or parsed.netloc or not value.startswith("/") or value.startswith("//"):
        return "/"
    return value


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    session_id = create_session(params["code"])
    return {
        "statusCode": 302,
        "headers": {
            "Location": safe_next(params.get("next")),
            "Set-Cookie": f"sid={session_id}; HttpOnly; Secure; SameSite=Lax",
        },
    }
`,
  ),
  bad(
    "CWE-601",
    "batch52: Azure Function short-link resolver redirects to the target given in the request",
    src`
import azure.functions as func

app = func.FunctionApp()


@app.route(route="go", auth_level=func.AuthLevel.ANONYMOUS)
def go(req: func.HttpRequest) -> func.HttpResponse:
    target = req.params.get("to", "https://example.com")
    return func.HttpResponse(status_code=302, headers={"Location": target})
`,
  ),
  bad(
    "CWE-601",
    "batch52: Cloud Function OAuth finish redirects to the return_to from the state parameter",
    src`
import json
from base64 import urlsafe_b64decode

import functions_framework
from flask import redirect


@functions_framework.http
def oauth_finish(request):
    state = json.loads(urlsafe_b64decode(request.args["state"] + "=="))
    return redirect(state.get("return_to", "/"))
`,
  ),
  good(
    "CWE-601",
    "batch52: Azure Function short-link resolver redirects to a stored link by slug",
    src`
import azure.functions as func

app = func.FunctionApp()
LINKS = {"docs": "https://docs.example.com", "status": "https://status.example.com"}


@app.route(route="go", auth_level=func.AuthLevel.ANONYMOUS)
def go(req: func.HttpRequest) -> func.HttpResponse:
    target = LINKS.get(req.params.get("slug", ""))
    if target is None:
        return func.HttpResponse("unknown link", status_code=404)
    return func.HttpResponse(status_code=302, headers={"Location": target})
`,
  ),
  // ---------------- CWE-79 HTML built from chat and queue text ----------------
  bad(
    "CWE-79",
    "batch52: Lambda renders a guestbook page with entries from DynamoDB interpolated into HTML",
    src`
import boto3

table = boto3.resource("dynamodb").Table("guestbook")


def render(entries: list[dict]) -> str:
    items = "".join(f"<li><b>{e['name']}</b>: {e['message']}</li>" for e in entries)
    return f"<html><body><h1>Guestbook</h1><ul>{items}</ul></body></html>"


def handler(event, context):
    entries = table.scan(Limit=50)["Items"]
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": render(entries)}
`,
  ),
  good(
    "CWE-79",
    "batch52: Lambda renders a guestbook page with entries escaped",
    src`
from html import escape

import boto3

table = boto3.resource("dynamodb").Table("guestbook")


def render(entries: list[dict]) -> str:
    items = "".join(f"<li><b>{escape(e['name'])}</b>: {escape(e['message'])}</li>" for e in entries)
    return f"<html><body><h1>Guestbook</h1><ul>{items}</ul></body></html>"


def handler(event, context):
    entries = table.scan(Limit=50)["Items"]
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": render(entries)}
`,
  ),
  bad(
    "CWE-79",
    "batch52: Celery task builds an HTML digest e-mail from comment text without escaping",
    src`
from email.message import EmailMessage
import smtplib

from celery import shared_task


def digest_html(comments: list[dict]) -> str:
    rows = ["<tr><td>%s</td><td>%s</td></tr>" % (c["author"], c["body"]) for c in comments]
    return "<table>" + "".join(rows) + "</table>"


@shared_task
def send_digest(to: str, comments: list[dict]) -> None:
    msg = EmailMessage()
    msg["To"] = to
    msg["Subject"] = "Your daily digest"
    msg.add_alternative(digest_html(comments), subtype="html")
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)
`,
  ),
  good(
    "CWE-79",
    "batch52: Celery task builds the digest e-mail with an autoescaping Jinja2 environment",
    src`
from email.message import EmailMessage
import smtplib

from celery import shared_task
from jinja2 import Environment, select_autoescape

env = Environment(autoescape=select_autoescape(default=True))
DIGEST = env.from_string("<table>{% for c in comments %}<tr><td>{{ c.author }}</td><td>{{ c.body }}</td></tr>{% endfor %}</table>")


@shared_task
def send_digest(to: str, comments: list[dict]) -> None:
    msg = EmailMessage()
    msg["To"] = to
    msg["Subject"] = "Your daily digest"
    msg.add_alternative(DIGEST.render(comments=comments), subtype="html")
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)
`,
  ),
  bad(
    "CWE-79",
    "batch52: FastAPI WebSocket chat broadcasts an HTML fragment built from the sender's text for htmx to swap in",
    src`
from fastapi import FastAPI, WebSocket

app = FastAPI()
clients: set[WebSocket] = set()


def message_fragment(user: str, text: str) -> str:
    return f'<div id="messages" hx-swap-oob="beforeend"><p><strong>{user}</strong> {text}</p></div>'


@app.websocket("/chat")
async def chat(websocket: WebSocket) -> None:
    await websocket.accept()
    clients.add(websocket)
    user = websocket.query_params.get("user", "anon")
    while True:
        data = await websocket.receive_json()
        fragment = message_fragment(user, data["text"])
        for client in clients:
            await client.send_text(fragment)
`,
  ),
  good(
    "CWE-79",
    "batch52: FastAPI WebSocket chat escapes the sender's text in the htmx fragment",
    src`
from html import escape

from fastapi import FastAPI, WebSocket

app = FastAPI()
clients: set[WebSocket] = set()


def message_fragment(user: str, text: str) -> str:
    return f'<div id="messages" hx-swap-oob="beforeend"><p><strong>{escape(user)}</strong> {escape(text)}</p></div>'


@app.websocket("/chat")
async def chat(websocket: WebSocket) -> None:
    await websocket.accept()
    clients.add(websocket)
    user = websocket.query_params.get("user", "anon")
    while True:
        data = await websocket.receive_json()
        fragment = message_fragment(user, data["text"])
        for client in clients:
            await client.send_text(fragment)
`,
  ),
  bad(
    "CWE-79",
    "batch52: Azure Function echoes the name parameter into an HTML greeting",
    src`
import azure.functions as func

app = func.FunctionApp()


@app.route(route="hello", auth_level=func.AuthLevel.ANONYMOUS)
def hello(req: func.HttpRequest) -> func.HttpResponse:
    name = req.params.get("name") or "world"
    return func.HttpResponse(f"<h1>Hello, {name}!</h1>", mimetype="text/html")
`,
  ),
  good(
    "CWE-79",
    "batch52: Azure Function escapes the name parameter in the HTML greeting",
    src`
import html

import azure.functions as func

app = func.FunctionApp()


@app.route(route="hello", auth_level=func.AuthLevel.ANONYMOUS)
def hello(req: func.HttpRequest) -> func.HttpResponse:
    name = req.params.get("name") or "world"
    return func.HttpResponse(f"<h1>Hello, {html.escape(name)}!</h1>", mimetype="text/html")
`,
  ),
  bad(
    "CWE-79",
    "batch52: Cloud Function status page marks up a queue message's title with Markup()",
    src`
import functions_framework
from flask import render_template_string
from markupsafe import Markup

from .queue import latest_announcements


@functions_framework.http
def status_page(request):
    items = [Markup("<li>%s</li>" % a["title"]) for a in latest_announcements()]
    return render_template_string("<ul>{% for i in items %}{{ i }}{% endfor %}</ul>", items=items)
`,
  ),
  // ---------------- CWE-798 / 259 tokens in code ----------------
  bad(
    "CWE-798",
    "batch52: Slack Bolt app built with the bot token written in the source",
    src`
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(token="xoxb-2841937305-5829301847362-Qm9ZbXlGd1hRa2VyTnpQdHc")


@app.message("hello")
def say_hello(message, say):
    say(f"Hi <@{message['user']}>!")


if __name__ == "__main__":
    SocketModeHandler(app, "xapp-1-A05KJ2M3N4P-6123456789012-4f9a1c2b3d4e5f60718293a4b5c6d7e8").start()
`,
  ),
  good(
    "CWE-798",
    "batch52: Slack Bolt app reads its tokens from the environment",
    src`
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(token=os.environ["SLACK_BOT_TOKEN"])


@app.message("hello")
def say_hello(message, say):
    say(f"Hi <@{message['user']}>!")


if __name__ == "__main__":
    SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
`,
  ),
  bad(
    "CWE-798",
    "batch52: discord.py bot runs with its token as a module constant",
    src`
import discord

DISCORD_TOKEN = "MTEyMzQ1Njc4OTAxMjM0NTY3OA.GhIjKl.8xYzAbCdEfGhIjKlMnOpQrStUvWxYz0123456"

intents = discord.Intents.default()
intents.message_content = True
client = discord.Client(intents=intents)


@client.event
async def on_message(message: discord.Message) -> None:
    if message.content == "!ping":
        await message.channel.send("pong")


client.run(DISCORD_TOKEN)
`,
  ),
  bad(
    "CWE-259",
    "batch52: RabbitMQ consumer connects with a literal password in PlainCredentials",
    src`
import pika

credentials = pika.PlainCredentials("orders_svc", "Rabb1tPr0d!2024")
params = pika.ConnectionParameters(host="mq.prod.internal", port=5672, virtual_host="orders", credentials=credentials)


def consume(callback) -> None:
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.basic_consume(queue="orders", on_message_callback=callback, auto_ack=False)
    channel.start_consuming()
`,
  ),
  good(
    "CWE-259",
    "batch52: RabbitMQ consumer reads its password from a mounted secret",
    src`
import os
from pathlib import Path

import pika

password = Path(os.environ.get("MQ_PASSWORD_FILE", "/run/secrets/mq_password")).read_text().strip()
credentials = pika.PlainCredentials(os.environ["MQ_USER"], password)
params = pika.ConnectionParameters(host="mq.prod.internal", port=5672, virtual_host="orders", credentials=credentials)


def consume(callback) -> None:
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.basic_consume(queue="orders", on_message_callback=callback, auto_ack=False)
    channel.start_consuming()
`,
  ),
  bad(
    "CWE-798",
    "batch52: Lambda sends alerts through Twilio with the auth token inline",
    src`
from twilio.rest import Client

ACCOUNT_SID = "AC3f2b9c8d7e6a5b4c3d2e1f0a9b8c7d6e"
AUTH_TOKEN = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"


def handler(event, context):
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    client.messages.create(to=event["phone"], from_="+15550100", body=event["text"][:160])
    return {"sent": True}
`,
  ),
  // ---------------- CWE-295 TLS off to a broker ----------------
  bad(
    "CWE-295",
    "batch52: Kafka producer over SASL_SSL with certificate verification disabled",
    src`
import os

from confluent_kafka import Producer

producer = Producer(
    {
        "bootstrap.servers": "kafka.prod.example.com:9093",
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "SCRAM-SHA-512",
        "sasl.username": os.environ["KAFKA_USER"],
        "sasl.password": os.environ["KAFKA_PASSWORD"],
        "enable.ssl.certificate.verification": False,
    }
)


def publish(topic: str, value: bytes) -> None:
    producer.produce(topic, value)
    producer.flush()
`,
  ),
  good(
    "CWE-295",
    "batch52: Kafka producer over SASL_SSL with the CA bundle configured",
    src`
import os

from confluent_kafka import Producer

producer = Producer(
    {
        "bootstrap.servers": "kafka.prod.example.com:9093",
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "SCRAM-SHA-512",
        "sasl.username": os.environ["KAFKA_USER"],
        "sasl.password": os.environ["KAFKA_PASSWORD"],
        "ssl.ca.location": "/etc/ssl/certs/kafka-ca.pem",
    }
)


def publish(topic: str, value: bytes) -> None:
    producer.produce(topic, value)
    producer.flush()
`,
  ),
  bad(
    "CWE-295",
    "batch52: pika consumer connects over TLS with an SSL context that skips verification",
    src`
import os
import ssl

import pika


def connect() -> pika.BlockingConnection:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    params = pika.ConnectionParameters(
        host="mq.example.com",
        port=5671,
        credentials=pika.PlainCredentials(os.environ["MQ_USER"], os.environ["MQ_PASS"]),
        ssl_options=pika.SSLOptions(context, "mq.example.com"),
    )
    return pika.BlockingConnection(params)
`,
  ),
  good(
    "CWE-295",
    "batch52: pika consumer connects over TLS with a verifying context and the broker CA",
    src`
import os
import ssl

import pika


def connect() -> pika.BlockingConnection:
    context = ssl.create_default_context(cafile="/etc/ssl/mq-ca.pem")
    params = pika.ConnectionParameters(
        host="mq.example.com",
        port=5671,
        credentials=pika.PlainCredentials(os.environ["MQ_USER"], os.environ["MQ_PASS"]),
        ssl_options=pika.SSLOptions(context, "mq.example.com"),
    )
    return pika.BlockingConnection(params)
`,
  ),
  bad(
    "CWE-295",
    "batch52: Redis client for the job queue uses TLS with ssl_cert_reqs none",
    src`
import os

import redis
from rq import Queue

conn = redis.Redis(
    host="jobs.redis.cache.windows.net",
    port=6380,
    password=os.environ["REDIS_PASSWORD"],
    ssl=True,
    ssl_cert_reqs="none",
)
queue = Queue("default", connection=conn)
`,
  ),
  bad(
    "CWE-295",
    "batch52: Celery broker over amqps with broker_use_ssl cert_reqs CERT_NONE",
    src`
import ssl

from celery import Celery

app = Celery("tasks", broker="amqps://worker@mq.example.com:5671//")
app.conf.broker_use_ssl = {
    "cert_reqs": ssl.CERT_NONE,
}


@app.task
def add(x: int, y: int) -> int:
    return x + y
`,
  ),
  good(
    "CWE-295",
    "batch52: Celery broker over amqps with the CA and CERT_REQUIRED",
    src`
import ssl

from celery import Celery

app = Celery("tasks", broker="amqps://mq.example.com:5671//")
app.conf.broker_use_ssl = {
    "ca_certs": "/etc/ssl/certs/mq-ca.pem",
    "cert_reqs": ssl.CERT_REQUIRED,
}


@app.task
def add(x: int, y: int) -> int:
    return x + y
`,
  ),
  // ---------------- more services, mixed classes ----------------
  bad(
    "CWE-78",
    "batch52: gRPC network tools servicer resolves a host with nslookup through the shell",
    src`
import subprocess

import grpc

import nettools_pb2
import nettools_pb2_grpc


class NetTools(nettools_pb2_grpc.NetToolsServicer):
    def Resolve(self, request: nettools_pb2.ResolveRequest, context: grpc.ServicerContext):
        output = subprocess.check_output(f"nslookup {request.hostname}", shell=True, text=True, timeout=10)
        return nettools_pb2.ResolveReply(output=output)
`,
  ),
  good(
    "CWE-78",
    "batch52: gRPC network tools servicer resolves a host with socket.getaddrinfo",
    src`
import socket

import grpc

import nettools_pb2
import nettools_pb2_grpc


class NetTools(nettools_pb2_grpc.NetToolsServicer):
    def Resolve(self, request: nettools_pb2.ResolveRequest, context: grpc.ServicerContext):
        infos = socket.getaddrinfo(request.hostname, None)
        return nettools_pb2.ResolveReply(output="\n".join(sorted({i[4][0] for i in infos})))
`,
  ),
  good(
    "CWE-78",
    "batch52: Celery beat task runs a fixed shell pipeline with no task input",
    src`
import subprocess

from celery import Celery

app = Celery("ops", broker="redis://localhost:6379/0")
app.conf.beat_schedule = {"rotate": {"task": "ops.rotate_logs", "schedule": 3600.0}}


@app.task(name="ops.rotate_logs")
def rotate_logs() -> int:
    return subprocess.call("find /var/log/app -name '*.log' -mtime +7 -delete", shell=True)
`,
  ),
  good(
    "CWE-78",
    "batch52: RQ job quotes the file name with shlex.quote before the shell pipeline",
    src`
import shlex
import subprocess

from redis import Redis
from rq import Queue

q = Queue("media", connection=Redis())


def count_pages(pdf_path: str) -> int:
    out = subprocess.check_output(f"pdfinfo {shlex.quote(pdf_path)} | grep Pages", shell=True, text=True)
    return int(out.split()[-1])


def submit(pdf_path: str):
    return q.enqueue(count_pages, pdf_path)
`,
  ),
  bad(
    "CWE-89",
    "batch52: RQ job purges a tenant's rows with a DELETE built by f-string",
    src`
import sqlite3

from redis import Redis
from rq import Queue

q = Queue("maintenance", connection=Redis())
TABLES = ("events", "sessions", "uploads")


def purge_tenant(tenant: str) -> int:
    conn = sqlite3.connect("/srv/app.db")
    total = 0
    with conn:
        for table in TABLES:
            total += conn.execute(f"DELETE FROM {table} WHERE tenant = '{tenant}'").rowcount
    return total


def schedule_purge(tenant: str):
    return q.enqueue(purge_tenant, tenant)
`,
  ),
  good(
    "CWE-89",
    "batch52: RQ job purges a tenant's rows with a fixed table tuple and a bound tenant",
    src`
import sqlite3

from redis import Redis
from rq import Queue

q = Queue("maintenance", connection=Redis())
TABLES = ("events", "sessions", "uploads")


def purge_tenant(tenant: str) -> int:
    conn = sqlite3.connect("/srv/app.db")
    total = 0
    with conn:
        for table in TABLES:
            total += conn.execute(f"DELETE FROM {table} WHERE tenant = ?", (tenant,)).rowcount
    return total


def schedule_purge(tenant: str):
    return q.enqueue(purge_tenant, tenant)
`,
  ),
  good(
    "CWE-89",
    "batch52: Celery task marks orders shipped through the SQLAlchemy ORM",
    src`
from celery import shared_task
from sqlalchemy import update

from .db import SessionLocal
from .models import Order


@shared_task
def mark_shipped(order_ids: list[int], carrier: str) -> int:
    with SessionLocal() as session, session.begin():
        result = session.execute(
            update(Order).where(Order.id.in_(order_ids)).values(status="shipped", carrier=carrier)
        )
        return result.rowcount
`,
  ),
  bad(
    "CWE-502",
    "batch52: Celery app configured to accept pickle-serialized task messages",
    src`
from celery import Celery

app = Celery("reports", broker="redis://redis:6379/0", backend="redis://redis:6379/1")
app.conf.update(
    task_serializer="pickle",
    result_serializer="pickle",
    accept_content=["pickle", "json"],
)


@app.task
def build_report(spec):
    return spec.render()
`,
  ),
  good(
    "CWE-502",
    "batch52: Celery app accepting only JSON task messages",
    src`
from celery import Celery

app = Celery("reports", broker="redis://redis:6379/0", backend="redis://redis:6379/1")
app.conf.update(
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
)


@app.task
def build_report(spec: dict) -> str:
    return f"report {spec['name']}"
`,
  ),
  good(
    "CWE-502",
    "batch52: Redis stream consumer decodes entries with msgpack",
    src`
import msgpack
import redis

r = redis.Redis(host="redis")


def consume(group: str, consumer: str) -> None:
    while True:
        for _stream, entries in r.xreadgroup(group, consumer, {"events": ">"}, count=50, block=5000) or []:
            for entry_id, fields in entries:
                event = msgpack.unpackb(fields[b"data"], raw=False)
                print(event.get("type"))
                r.xack("events", group, entry_id)
`,
  ),
  bad(
    "CWE-22",
    "batch52: Celery cleanup task removes a workspace directory named in the task arguments",
    src`
import os
import shutil

from celery import shared_task

WORKSPACES = "/srv/workspaces"


@shared_task
def remove_workspace(owner: str, name: str) -> bool:
    path = os.path.join(WORKSPACES, owner, name)
    if os.path.isdir(path):
        shutil.rmtree(path)
        return True
    return False
`,
  ),
  good(
    "CWE-22",
    "batch52: Celery cleanup task removes a workspace only after checking it resolves under the owner's root",
    src`
import os
import shutil

from celery import shared_task

WORKSPACES = os.path.realpath("/srv/workspaces")


@shared_task
def remove_workspace(owner: str, name: str) -> bool:
    root = os.path.realpath(os.path.join(WORKSPACES, owner))
    path = os.path.realpath(os.path.join(root, name))
    if os.path.commonpath([root, path]) != root or path == root or not root.startswith(WORKSPACES + os.sep):
        raise ValueError("invalid workspace")
    if os.path.isdir(path):
        shutil.rmtree(path)
        return True
    return False
`,
  ),
  good(
    "CWE-22",
    "batch52: Lambda copies an S3 object to /tmp under its base name only",
    src`
import os
import urllib.parse

import boto3

s3 = boto3.client("s3")


def handler(event, context):
    rec = event["Records"][0]["s3"]
    key = urllib.parse.unquote_plus(rec["object"]["key"])
    local = os.path.join("/tmp", os.path.basename(key))
    s3.download_file(rec["bucket"]["name"], key, local)
    return {"size": os.path.getsize(local)}
`,
  ),
  good(
    "CWE-918",
    "batch52: Kafka consumer enriches an order from the internal API with the id quoted into a fixed base URL",
    src`
import json
from urllib.parse import quote

import httpx
from kafka import KafkaConsumer

API = "https://customers.internal.example/v2/customers/"


def enrich(order: dict) -> dict:
    resp = httpx.get(API + quote(str(order["customer_id"]), safe=""), timeout=5)
    resp.raise_for_status()
    return {**order, "customer": resp.json()}


for msg in KafkaConsumer("orders", bootstrap_servers="kafka:9092"):
    print(enrich(json.loads(msg.value)))
`,
  ),
  bad(
    "CWE-306",
    "batch52: gRPC admin servicer purges caches with no authentication, while the user servicer checks metadata",
    src`
import grpc

import admin_pb2
import admin_pb2_grpc
from .auth import user_from_metadata
from .cache import cache


class UserServicer(admin_pb2_grpc.UserServicer):
    def Me(self, request, context: grpc.ServicerContext):
        user = user_from_metadata(context.invocation_metadata())
        if user is None:
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "login required")
        return admin_pb2.MeReply(name=user.name)


class AdminServicer(admin_pb2_grpc.AdminServicer):
    def PurgeCache(self, request, context: grpc.ServicerContext):
        removed = cache.purge(prefix=request.prefix)
        return admin_pb2.PurgeReply(removed=removed)
`,
  ),
  good(
    "CWE-306",
    "batch52: gRPC admin servicer checks metadata for an admin user before purging",
    src`
import grpc

import admin_pb2
import admin_pb2_grpc
from .auth import user_from_metadata
from .cache import cache


class AdminServicer(admin_pb2_grpc.AdminServicer):
    def PurgeCache(self, request, context: grpc.ServicerContext):
        user = user_from_metadata(context.invocation_metadata())
        if user is None or not user.is_admin:
            context.abort(grpc.StatusCode.PERMISSION_DENIED, "admin only")
        removed = cache.purge(prefix=request.prefix)
        return admin_pb2.PurgeReply(removed=removed)
`,
  ),
  bad(
    "CWE-770",
    "batch52: Telegram bot /spam command repeats a message as many times as asked",
    src`
from telegram import Update
from telegram.ext import CommandHandler, ContextTypes


async def repeat(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    count = int(context.args[0])
    text = " ".join(context.args[1:])
    for _ in range(count):
        await context.bot.send_message(chat_id=update.effective_chat.id, text=text)


handler = CommandHandler("repeat", repeat)
`,
  ),
  good(
    "CWE-770",
    "batch52: Telegram bot /repeat command caps the count at five",
    src`
from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

MAX_REPEAT = 5


async def repeat(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    count = min(max(int(context.args[0]), 1), MAX_REPEAT)
    text = " ".join(context.args[1:])
    for _ in range(count):
        await context.bot.send_message(chat_id=update.effective_chat.id, text=text)


handler = CommandHandler("repeat", repeat)
`,
  ),
  bad(
    "CWE-532",
    "batch52: Socket.IO connect handler logs the auth payload with the client's token",
    src`
import logging

import socketio

from .auth import verify_token

sio = socketio.AsyncServer(async_mode="asgi")
log = logging.getLogger(__name__)


@sio.event
async def connect(sid, environ, auth):
    log.info("connect sid=%s auth=%s", sid, auth)
    user = verify_token(auth.get("token") if auth else None)
    if user is None:
        raise socketio.exceptions.ConnectionRefusedError("unauthorized")
    await sio.save_session(sid, {"user": user.id})
`,
  ),
  good(
    "CWE-532",
    "batch52: Socket.IO connect handler logs the user id after verifying the token",
    src`
import logging

import socketio

from .auth import verify_token

sio = socketio.AsyncServer(async_mode="asgi")
log = logging.getLogger(__name__)


@sio.event
async def connect(sid, environ, auth):
    user = verify_token(auth.get("token") if auth else None)
    if user is None:
        log.warning("refused connection sid=%s", sid)
        raise socketio.exceptions.ConnectionRefusedError("unauthorized")
    log.info("connect sid=%s user=%s", sid, user.id)
    await sio.save_session(sid, {"user": user.id})
`,
  ),
  good(
    "CWE-117",
    "batch52: Kafka consumer logs the message key with structured logging through extra",
    src`
import logging

from confluent_kafka import Consumer

log = logging.getLogger("consumer")


def loop(consumer: Consumer) -> None:
    while True:
        msg = consumer.poll(1.0)
        if msg is None or msg.error():
            continue
        log.info("received record", extra={"topic": msg.topic(), "key": repr(msg.key())})
`,
  ),
  good(
    "CWE-95",
    "batch52: RabbitMQ consumer parses a Python-literal settings payload with ast.literal_eval",
    src`
import ast

import pika


def on_settings(ch, method, props, body: bytes) -> None:
    settings = ast.literal_eval(body.decode())
    if not isinstance(settings, dict):
        raise ValueError("settings must be a dict")
    print("settings keys", sorted(settings))
    ch.basic_ack(method.delivery_tag)


chan = pika.BlockingConnection(pika.ConnectionParameters("rabbitmq")).channel()
chan.basic_consume("settings", on_settings)
`,
  ),
  good(
    "CWE-94",
    "batch52: Lambda renders a notification from a packaged template with the event's values as context",
    src`
from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())


def handler(event, context):
    template = env.get_template("notification.txt")
    body = template.render(name=event.get("name", ""), items=event.get("items", []))
    return {"statusCode": 200, "body": body}
`,
  ),
  bad(
    "CWE-73",
    "batch52: Ariadne resolver loads a report definition from a file path the client supplies",
    src`
import json

from ariadne import QueryType

query = QueryType()


def load_definition(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


@query.field("report")
def resolve_report(_, info, definitionPath: str):
    definition = load_definition(definitionPath)
    return {"title": definition["title"], "columns": definition["columns"]}
`,
  ),
  good(
    "CWE-73",
    "batch52: Ariadne resolver loads a report definition by its id from the packaged directory",
    src`
import json
import re
from pathlib import Path

from ariadne import QueryType

query = QueryType()
DEFINITIONS = Path(__file__).parent / "reports"


def load_definition(report_id: str) -> dict:
    if not re.fullmatch(r"[a-z0-9_]{1,40}", report_id):
        raise ValueError("bad report id")
    return json.loads((DEFINITIONS / f"{report_id}.json").read_text(encoding="utf-8"))


@query.field("report")
def resolve_report(_, info, reportId: str):
    definition = load_definition(reportId)
    return {"title": definition["title"], "columns": definition["columns"]}
`,
  ),
  good(
    "CWE-943",
    "batch52: DynamoDB-backed Lambda queries by a key condition with the user's id as a value",
    src`
import json

import boto3
from boto3.dynamodb.conditions import Key

table = boto3.resource("dynamodb").Table("orders")


def handler(event, context):
    user_id = event["requestContext"]["authorizer"]["claims"]["sub"]
    status = event.get("queryStringParameters", {}).get("status", "open")
    resp = table.query(
        KeyConditionExpression=Key("user_id").eq(user_id),
        FilterExpression="#s = :s",
        ExpressionAttributeNames={"#s": "status"},
        ExpressionAttributeValues={":s": status},
    )
    return {"statusCode": 200, "body": json.dumps(resp["Items"], default=str)}
`,
  ),
  bad(
    "CWE-943",
    "batch52: DynamoDB-backed Lambda splices the status filter into the FilterExpression",
    src`
import json

import boto3

table = boto3.resource("dynamodb").Table("orders")


def handler(event, context):
    field = event["queryStringParameters"]["field"]
    value = event["queryStringParameters"]["value"]
    resp = table.scan(
        FilterExpression=f"{field} = :v",
        ExpressionAttributeValues={":v": value},
    )
    return {"statusCode": 200, "body": json.dumps(resp["Items"], default=str)}
`,
  ),
  good(
    "CWE-1333",
    "batch52: Kafka log consumer checks the email with a linear pattern and a length cap",
    src`
import json
import re

from kafka import KafkaConsumer

EMAIL_RE = re.compile(r"[^@\s]{1,64}@[^@\s]{1,255}")


def valid_email(value: str) -> bool:
    return len(value) <= 320 and EMAIL_RE.fullmatch(value) is not None


for msg in KafkaConsumer("signups", bootstrap_servers="kafka:9092"):
    signup = json.loads(msg.value)
    if not valid_email(signup["email"]):
        print("rejected", signup["id"])
`,
  ),
  good(
    "CWE-209",
    "batch52: gRPC servicer aborts with a generic status and logs the exception server-side",
    src`
import logging

import grpc

import billing_pb2
import billing_pb2_grpc
from .billing import charge

log = logging.getLogger(__name__)


class BillingServicer(billing_pb2_grpc.BillingServicer):
    def Charge(self, request, context: grpc.ServicerContext):
        try:
            receipt = charge(request.customer_id, request.amount_cents)
        except Exception:
            log.exception("charge failed for %s", request.customer_id)
            context.abort(grpc.StatusCode.INTERNAL, "charge failed")
        return billing_pb2.ChargeReply(receipt_id=receipt.id)
`,
  ),
  bad(
    "CWE-209",
    "batch52: gRPC servicer aborts with the exception's traceback as the status details",
    src`
import traceback

import grpc

import billing_pb2
import billing_pb2_grpc
from .billing import charge


class BillingServicer(billing_pb2_grpc.BillingServicer):
    def Charge(self, request, context: grpc.ServicerContext):
        try:
            receipt = charge(request.customer_id, request.amount_cents)
        except Exception:
            context.abort(grpc.StatusCode.INTERNAL, traceback.format_exc())
        return billing_pb2.ChargeReply(receipt_id=receipt.id)
`,
  ),
  good(
    "CWE-400",
    "batch52: FastAPI WebSocket rejects frames longer than the limit before parsing",
    src`
import json

from fastapi import FastAPI, WebSocket

app = FastAPI()
MAX_FRAME = 64 * 1024


@app.websocket("/ws/ingest")
async def ingest(websocket: WebSocket) -> None:
    await websocket.accept()
    while True:
        raw = await websocket.receive_text()
        if len(raw) > MAX_FRAME:
            await websocket.close(code=1009)
            return
        doc = json.loads(raw)
        await websocket.send_json({"fields": len(doc)})
`,
  ),
  good(
    "CWE-674",
    "batch52: Kafka consumer flattens a comment thread iteratively with a depth cap",
    src`
import json

from confluent_kafka import Consumer

MAX_DEPTH = 50


def flatten(root: dict) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    stack = [(0, root)]
    while stack:
        depth, node = stack.pop()
        if depth > MAX_DEPTH:
            continue
        out.append((depth, node["text"]))
        stack.extend((depth + 1, child) for child in reversed(node.get("replies", [])))
    return out


def run(consumer: Consumer) -> None:
    consumer.subscribe(["comment-threads"])
    while True:
        msg = consumer.poll(1.0)
        if msg is None or msg.error():
            continue
        print(len(flatten(json.loads(msg.value()))))
`,
  ),
  good(
    "CWE-345",
    "batch52: SNS handler validates the message signature before acting",
    src`
import json

import boto3
from sns_message_validator import SNSMessageValidator

ddb = boto3.resource("dynamodb").Table("orders")
validator = SNSMessageValidator()


def handler(event, context):
    envelope = json.loads(event["body"])
    validator.validate_message(message=envelope)
    if envelope["Type"] == "Notification":
        order = json.loads(envelope["Message"])
        ddb.update_item(
            Key={"id": order["id"]},
            UpdateExpression="SET #s = :s",
            ExpressionAttributeNames={"#s": "status"},
            ExpressionAttributeValues={":s": order["status"]},
        )
    return {"statusCode": 200}
`,
  ),
  good(
    "CWE-200",
    "batch52: gRPC servicer returns only public user fields",
    src`
import grpc

import users_pb2
import users_pb2_grpc
from .db import fetch_user


class UserService(users_pb2_grpc.UserServiceServicer):
    def GetUser(self, request, context: grpc.ServicerContext):
        row = fetch_user(request.user_id)
        if row is None:
            context.abort(grpc.StatusCode.NOT_FOUND, "no such user")
        return users_pb2.User(id=row["id"], email=row["email"], display_name=row["display_name"])
`,
  ),
  good(
    "CWE-798",
    "batch52: discord.py bot reads its token from the environment",
    src`
import os

import discord

intents = discord.Intents.default()
intents.message_content = True
client = discord.Client(intents=intents)


@client.event
async def on_message(message: discord.Message) -> None:
    if message.content == "!ping":
        await message.channel.send("pong")


client.run(os.environ["DISCORD_TOKEN"])
`,
  ),
  good(
    "CWE-295",
    "batch52: Redis client for the job queue uses TLS with certificate checks",
    src`
import os

import redis
from rq import Queue

conn = redis.Redis(
    host="jobs.redis.cache.windows.net",
    port=6380,
    password=os.environ["REDIS_PASSWORD"],
    ssl=True,
    ssl_cert_reqs="required",
    ssl_ca_certs="/etc/ssl/certs/ca-certificates.crt",
)
queue = Queue("default", connection=conn)
`,
  ),
  good(
    "CWE-79",
    "batch52: Slack Bolt bot posts user text as a mrkdwn block, no HTML involved",
    src`
import os

from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])


@app.command("/announce")
def announce(ack, command, client):
    ack()
    client.chat_postMessage(
        channel="#general",
        blocks=[{"type": "section", "text": {"type": "plain_text", "text": command["text"][:3000]}}],
        text=command["text"][:3000],
    )
`,
  ),
  good(
    "CWE-601",
    "batch52: Cloud Function OAuth finish redirects to return_to only on the app's own host",
    src`
import json
from base64 import urlsafe_b64decode
from urllib.parse import urlparse

import functions_framework
from flask import redirect

APP_HOST = "app.example.com"


@functions_framework.http
def oauth_finish(request):
    state = json.loads(urlsafe_b64decode(request.args["state"] + "=="))
    target = state.get("return_to", "/")
    parsed = urlparse(target)
    if parsed.netloc and parsed.netloc != APP_HOST:
        target = "/"
    if parsed.scheme not in ("", "https"):
        target = "/"
    return redirect(target)
`,
  ),
];
