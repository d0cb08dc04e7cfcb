// Dev suite "py-snippets", batch 50 (see py-snippets.ts): written blind, measured before any fix it prompted. Code
// written the way a current coding assistant answers a request (type hints, dataclasses and pydantic, pathlib,
// f-strings, async def, context managers, logging set up properly, helpers split across a module), with input that
// does not come from a web framework's request: function parameters documented as the caller's or user's, CLI
// arguments of tools that run for other users (setuid helpers, cron jobs over user-owned files, web-hook CLIs),
// environment variables, message-queue consumers (Celery, SQS, Kafka, RabbitMQ), serverless handlers (AWS Lambda,
// Azure Functions, GCP Cloud Functions), files and archives received from others, sockets and socketserver, and
// chat-bot commands (discord.py, slack_bolt, python-telegram-bot). Weighted to the data-handling classes. Each
// beside fixed twins or safe look-alikes. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH50: DevCase[] = [
  // ---------------- CWE-22 path traversal ----------------
  bad(
    "CWE-22",
    "batch50: Celery task reads a user's uploaded file by the name in the task message",
    src`
from pathlib import Path

from celery import shared_task

UPLOAD_ROOT = Path("/srv/uploads")


def _load(user_id: int, filename: str) -> bytes:
    path = UPLOAD_ROOT / str(user_id) / filename
    return path.read_bytes()


@shared_task
def count_lines(user_id: int, filename: str) -> int:
    """Count the lines of a file the user uploaded; filename comes from the user's request."""
    data = _load(user_id, filename)
    return data.count(b"\n")
`,
  ),
  good(
    "CWE-22",
    "batch50: Celery task resolves the user's file name and checks it stays under the user's folder",
    src`
from pathlib import Path

from celery import shared_task

UPLOAD_ROOT = Path("/srv/uploads")


def _load(user_id: int, filename: str) -> bytes:
    base = (UPLOAD_ROOT / str(user_id)).resolve()
    path = (base / filename).resolve()
    if not path.is_relative_to(base):
        raise ValueError("file outside the user's folder")
    return path.read_bytes()


@shared_task
def count_lines(user_id: int, filename: str) -> int:
    """Count the lines of a file the user uploaded; filename comes from the user's request."""
    data = _load(user_id, filename)
    return data.count(b"\n")
`,
  ),
  bad(
    "CWE-22",
    "batch50: Lambda handler serves a template named in the query string",
    src`
import json
import os

TEMPLATE_DIR = os.path.join(os.path.dirname(__file__), "templates")


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    name = params.get("template", "default.html")
    with open(os.path.join(TEMPLATE_DIR, name), encoding="utf-8") as fh:
        body = fh.read()
    return {"statusCode": 200, "headers": {"Content-Type": "text/plain"}, "body": body}
`,
  ),
  good(
    "CWE-22",
    "batch50: Lambda handler serves only templates from a fixed allow-list",
    src`
import os

TEMPLATE_DIR = os.path.join(os.path.dirname(__file__), "templates")
ALLOWED = {"default.html", "welcome.html", "invoice.html"}


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    name = params.get("template", "default.html")
    if name not in ALLOWED:
        return {"statusCode": 404, "body": "unknown template"}
    with open(os.path.join(TEMPLATE_DIR, name), encoding="utf-8") as fh:
        body = fh.read()
    return {"statusCode": 200, "headers": {"Content-Type": "text/plain"}, "body": body}
`,
  ),
  bad(
    "CWE-22",
    "batch50: e-mail attachment tarball extracted with extractall and no filter",
    src`
import email
import tarfile
import tempfile
from email.message import Message
from pathlib import Path


def extract_attachments(raw: bytes, dest: Path) -> list[Path]:
    """Unpack every .tar.gz attached to an incoming support e-mail."""
    msg: Message = email.message_from_bytes(raw)
    out: list[Path] = []
    for part in msg.walk():
        name = part.get_filename()
        if not name or not name.endswith(".tar.gz"):
            continue
        with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
            tmp.write(part.get_payload(decode=True))
            tmp.flush()
            with tarfile.open(tmp.name, "r:gz") as tar:
                tar.extractall(dest)
        out.append(dest)
    return out
`,
  ),
  good(
    "CWE-22",
    "batch50: e-mail attachment tarball extracted with the data filter",
    src`
import email
import tarfile
import tempfile
from email.message import Message
from pathlib import Path


def extract_attachments(raw: bytes, dest: Path) -> list[Path]:
    """Unpack every .tar.gz attached to an incoming support e-mail."""
    msg: Message = email.message_from_bytes(raw)
    out: list[Path] = []
    for part in msg.walk():
        name = part.get_filename()
        if not name or not name.endswith(".tar.gz"):
            continue
        with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
            tmp.write(part.get_payload(decode=True))
            tmp.flush()
            with tarfile.open(tmp.name, "r:gz") as tar:
                tar.extractall(dest, filter="data")
        out.append(dest)
    return out
`,
  ),
  bad(
    "CWE-22",
    "batch50: zip import writes each member to os.path.join(dest, member.filename)",
    src`
import os
import zipfile


def import_bundle(archive_path: str, dest: str) -> int:
    """Import a theme bundle a customer sent us as a zip file."""
    written = 0
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                out.write(src.read())
            written += 1
    return written
`,
  ),
  good(
    "CWE-22",
    "batch50: zip import checks each member's real path stays inside dest",
    src`
import os
import zipfile


def import_bundle(archive_path: str, dest: str) -> int:
    """Import a theme bundle a customer sent us as a zip file."""
    written = 0
    root = os.path.realpath(dest)
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, target]) != root:
                raise ValueError(f"unsafe member {info.filename!r}")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                out.write(src.read())
            written += 1
    return written
`,
  ),
  bad(
    "CWE-22",
    "batch50: discord.py command reads a note file named by the user",
    src`
from pathlib import Path

import discord
from discord.ext import commands

NOTES = Path("data/notes")

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


@bot.command(name="note")
async def show_note(ctx: commands.Context, name: str) -> None:
    """!note <name> - show a saved note."""
    path = NOTES / f"{name}.txt"
    if not path.exists():
        await ctx.send("No such note.")
        return
    await ctx.send(path.read_text()[:1900])
`,
  ),
  good(
    "CWE-22",
    "batch50: discord.py command keeps only a safe slug of the note name",
    src`
import re
from pathlib import Path

import discord
from discord.ext import commands

NOTES = Path("data/notes")
SLUG = re.compile(r"^[a-z0-9_-]{1,40}$")

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


@bot.command(name="note")
async def show_note(ctx: commands.Context, name: str) -> None:
    """!note <name> - show a saved note."""
    if not SLUG.fullmatch(name):
        await ctx.send("Note names are letters, digits, - and _.")
        return
    path = NOTES / f"{name}.txt"
    if not path.exists():
        await ctx.send("No such note.")
        return
    await ctx.send(path.read_text()[:1900])
`,
  ),
  bad(
    "CWE-22",
    "batch50: socketserver file server sends the file the client names",
    src`
import socketserver
from pathlib import Path

SHARE = Path("/srv/share")


class FileHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        name = self.rfile.readline().decode().strip()
        path = SHARE / name
        try:
            self.wfile.write(path.read_bytes())
        except OSError:
            self.wfile.write(b"ERR\n")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 9100), FileHandler) as srv:
        srv.serve_forever()
`,
  ),
  good(
    "CWE-22",
    "batch50: socketserver file server strips the client's name to a base name",
    src`
import socketserver
from pathlib import Path

SHARE = Path("/srv/share")


class FileHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        name = Path(self.rfile.readline().decode().strip()).name
        if not name or name.startswith("."):
            self.wfile.write(b"ERR\n")
            return
        path = SHARE / name
        try:
            self.wfile.write(path.read_bytes())
        except OSError:
            self.wfile.write(b"ERR\n")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 9100), FileHandler) as srv:
        srv.serve_forever()
`,
  ),
  bad(
    "CWE-22",
    "batch50: Azure Function returns the log file named in req.params",
    src`
import logging
import os

import azure.functions as func

LOG_DIR = "/home/site/logs"


def main(req: func.HttpRequest) -> func.HttpResponse:
    logging.info("download-log called")
    name = req.params.get("file")
    if not name:
        return func.HttpResponse("missing file", status_code=400)
    with open(os.path.join(LOG_DIR, name), "rb") as fh:
        return func.HttpResponse(fh.read(), mimetype="text/plain")
`,
  ),
  bad(
    "CWE-22",
    "batch50: Kafka consumer writes a rendered report to the file name in the message",
    src`
import json
from pathlib import Path

from kafka import KafkaConsumer

OUT_DIR = Path("/var/reports")


def render(rows: list[dict]) -> str:
    return "\n".join(",".join(str(v) for v in r.values()) for r in rows)


def save_report(name: str, rows: list[dict]) -> Path:
    target = OUT_DIR / name
    target.write_text(render(rows))
    return target


def run() -> None:
    consumer = KafkaConsumer("reports", bootstrap_servers="kafka:9092")
    for message in consumer:
        body = json.loads(message.value)
        save_report(body["output_name"], body["rows"])
`,
  ),
  good(
    "CWE-22",
    "batch50: Kafka consumer names the report file itself from the job id",
    src`
import json
import uuid
from pathlib import Path

from kafka import KafkaConsumer

OUT_DIR = Path("/var/reports")


def render(rows: list[dict]) -> str:
    return "\n".join(",".join(str(v) for v in r.values()) for r in rows)


def save_report(rows: list[dict]) -> Path:
    target = OUT_DIR / f"{uuid.uuid4().hex}.csv"
    target.write_text(render(rows))
    return target


def run() -> None:
    consumer = KafkaConsumer("reports", bootstrap_servers="kafka:9092")
    for message in consumer:
        body = json.loads(message.value)
        save_report(body["rows"])
`,
  ),
  bad(
    "CWE-22",
    "batch50: shutil.unpack_archive of a customer's upload into the shared site folder",
    src`
import shutil
from pathlib import Path

SITE_ROOT = Path("/srv/sites")


def publish_site(customer: str, archive: Path) -> Path:
    """Unpack the archive the customer uploaded into their site folder."""
    dest = SITE_ROOT / customer
    dest.mkdir(parents=True, exist_ok=True)
    shutil.unpack_archive(str(archive), str(dest))
    return dest
`,
  ),
  good(
    "CWE-22",
    "batch50: click tool only reads files from the package's own fixtures folder by fixed names",
    src`
from pathlib import Path

import click

FIXTURES = Path(__file__).parent / "fixtures"
NAMES = {"small": "small.json", "large": "large.json"}


@click.command()
@click.option("--size", type=click.Choice(sorted(NAMES)), default="small")
def show(size: str) -> None:
    """Print one of the bundled fixture files."""
    click.echo((FIXTURES / NAMES[size]).read_text())


if __name__ == "__main__":
    show()
`,
  ),
  // ---------------- CWE-434 unrestricted upload ----------------
  bad(
    "CWE-434",
    "batch50: telegram bot saves any document into the public static folder under the sender's file name",
    src`
from pathlib import Path

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

PUBLIC = Path("/var/www/html/uploads")


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    doc = update.message.document
    tg_file = await context.bot.get_file(doc.file_id)
    target = PUBLIC / doc.file_name
    await tg_file.download_to_drive(custom_path=target)
    await update.message.reply_text(f"Saved: https://files.example.com/uploads/{doc.file_name}")


def main() -> None:
    app = Application.builder().token(Path("/etc/bot/token").read_text().strip()).build()
    app.add_handler(MessageHandler(filters.Document.ALL, on_document))
    app.run_polling()
`,
  ),
  good(
    "CWE-434",
    "batch50: telegram bot keeps only images, under a random name, outside the web root",
    src`
import uuid
from pathlib import Path

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

STORE = Path("/srv/bot-store")
ALLOWED = {"image/png": ".png", "image/jpeg": ".jpg"}


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    doc = update.message.document
    ext = ALLOWED.get(doc.mime_type or "")
    if ext is None or (doc.file_size or 0) > 5_000_000:
        await update.message.reply_text("Only PNG or JPEG up to 5 MB.")
        return
    tg_file = await context.bot.get_file(doc.file_id)
    await tg_file.download_to_drive(custom_path=STORE / f"{uuid.uuid4().hex}{ext}")
    await update.message.reply_text("Saved.")


def main() -> None:
    app = Application.builder().token(Path("/etc/bot/token").read_text().strip()).build()
    app.add_handler(MessageHandler(filters.Document.ALL, on_document))
    app.run_polling()
`,
  ),
  bad(
    "CWE-434",
    "batch50: FastAPI avatar upload written to the static directory with the client's file name and no type check",
    src`
from pathlib import Path

from fastapi import APIRouter, File, UploadFile

router = APIRouter()
STATIC = Path("app/static/avatars")


@router.post("/avatar")
async def upload_avatar(file: UploadFile = File(...)) -> dict[str, str]:
    dest = STATIC / file.filename
    with dest.open("wb") as out:
        out.write(await file.read())
    return {"url": f"/static/avatars/{file.filename}"}
`,
  ),
  good(
    "CWE-434",
    "batch50: FastAPI avatar upload checks the extension and content type and picks its own name",
    src`
import secrets
from pathlib import Path

from fastapi import APIRouter, File, HTTPException, UploadFile

router = APIRouter()
STATIC = Path("app/static/avatars")
ALLOWED = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


@router.post("/avatar")
async def upload_avatar(file: UploadFile = File(...)) -> dict[str, str]:
    ext = Path(file.filename or "").suffix.lower()
    if ALLOWED.get(ext) != file.content_type:
        raise HTTPException(status_code=415, detail="PNG or JPEG only")
    name = f"{secrets.token_hex(16)}{ext}"
    with (STATIC / name).open("wb") as out:
        out.write(await file.read())
    return {"url": f"/static/avatars/{name}"}
`,
  ),
  bad(
    "CWE-434",
    "batch50: Slack file_shared handler copies the shared file into the plugin folder the app imports from",
    src`
import os

import requests
from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
PLUGIN_DIR = "/opt/bot/plugins"


@app.event("file_shared")
def on_file_shared(event, client, logger):
    info = client.files_info(file=event["file_id"])["file"]
    resp = requests.get(
        info["url_private_download"],
        headers={"Authorization": f"Bearer {os.environ['SLACK_BOT_TOKEN']}"},
        timeout=30,
    )
    with open(os.path.join(PLUGIN_DIR, info["name"]), "wb") as fh:
        fh.write(resp.content)
    logger.info("stored %s", info["name"])
`,
  ),
  bad(
    "CWE-434",
    "batch50: Flask-free WSGI upload tool stores any extension under the web root",
    src`
import cgi
import os

UPLOAD_DIR = "/var/www/html/files"


def application(environ, start_response):
    form = cgi.FieldStorage(fp=environ["wsgi.input"], environ=environ)
    item = form["upload"]
    path = os.path.join(UPLOAD_DIR, os.path.basename(item.filename))
    with open(path, "wb") as fh:
        fh.write(item.file.read())
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"uploaded"]
`,
  ),
  // ---------------- CWE-502 deserialisation ----------------
  bad(
    "CWE-502",
    "batch50: SQS handler unpickles the base64 message body",
    src`
import base64
import pickle
from typing import Any


def _decode(body: str) -> Any:
    return pickle.loads(base64.b64decode(body))


def handler(event: dict, context: Any) -> dict:
    processed = 0
    for record in event["Records"]:
        job = _decode(record["body"])
        job.run()
        processed += 1
    return {"processed": processed}
`,
  ),
  good(
    "CWE-502",
    "batch50: SQS handler parses the message body as JSON into a dataclass",
    src`
import json
from dataclasses import dataclass
from typing import Any


@dataclass
class Job:
    kind: str
    target_id: int

    def run(self) -> None:
        print(f"running {self.kind} for {self.target_id}")


def _decode(body: str) -> Job:
    data = json.loads(body)
    return Job(kind=str(data["kind"]), target_id=int(data["target_id"]))


def handler(event: dict, context: Any) -> dict:
    processed = 0
    for record in event["Records"]:
        _decode(record["body"]).run()
        processed += 1
    return {"processed": processed}
`,
  ),
  bad(
    "CWE-502",
    "batch50: socketserver handler unpickles what the client sends",
    src`
import pickle
import socketserver


class RPCHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        data = self.request.recv(65536)
        call = pickle.loads(data)
        result = getattr(self.server.api, call["method"])(*call["args"])
        self.request.sendall(pickle.dumps(result))
`,
  ),
  good(
    "CWE-502",
    "batch50: socketserver handler reads JSON and dispatches to an allow-listed method",
    src`
import json
import socketserver

METHODS = {"add": lambda a, b: a + b, "neg": lambda a: -a}


class RPCHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        data = self.request.recv(65536)
        call = json.loads(data)
        fn = METHODS.get(call.get("method"))
        if fn is None:
            self.request.sendall(b'{"error": "unknown method"}')
            return
        self.request.sendall(json.dumps({"result": fn(*call.get("args", []))}).encode())
`,
  ),
  bad(
    "CWE-502",
    "batch50: settings import uses yaml.load with the full Loader on a customer's file",
    src`
from pathlib import Path

import yaml
from pydantic import BaseModel


class Settings(BaseModel):
    name: str
    retries: int = 3


def import_settings(path: Path) -> Settings:
    """Load a settings file a customer uploaded through the portal."""
    with path.open() as fh:
        raw = yaml.load(fh, Loader=yaml.Loader)
    return Settings(**raw)
`,
  ),
  good(
    "CWE-502",
    "batch50: settings import uses yaml.safe_load on a customer's file",
    src`
from pathlib import Path

import yaml
from pydantic import BaseModel


class Settings(BaseModel):
    name: str
    retries: int = 3


def import_settings(path: Path) -> Settings:
    """Load a settings file a customer uploaded through the portal."""
    with path.open() as fh:
        raw = yaml.safe_load(fh)
    return Settings(**raw)
`,
  ),
  bad(
    "CWE-502",
    "batch50: RabbitMQ consumer decodes the body with jsonpickle",
    src`
import jsonpickle
import pika


def on_message(channel, method, properties, body: bytes) -> None:
    task = jsonpickle.decode(body.decode("utf-8"))
    task.execute()
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    conn = pika.BlockingConnection(pika.ConnectionParameters("rabbitmq"))
    channel = conn.channel()
    channel.queue_declare(queue="tasks", durable=True)
    channel.basic_consume(queue="tasks", on_message_callback=on_message)
    channel.start_consuming()
`,
  ),
  good(
    "CWE-502",
    "batch50: RabbitMQ consumer decodes the body with json and a task table",
    src`
import json

import pika

HANDLERS = {
    "resize": lambda p: print("resize", p["id"]),
    "notify": lambda p: print("notify", p["id"]),
}


def on_message(channel, method, properties, body: bytes) -> None:
    msg = json.loads(body)
    handler = HANDLERS.get(msg.get("type"))
    if handler is not None:
        handler(msg.get("payload", {}))
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    conn = pika.BlockingConnection(pika.ConnectionParameters("rabbitmq"))
    channel = conn.channel()
    channel.queue_declare(queue="tasks", durable=True)
    channel.basic_consume(queue="tasks", on_message_callback=on_message)
    channel.start_consuming()
`,
  ),
  bad(
    "CWE-502",
    "batch50: model-serving worker loads a user-uploaded checkpoint with torch.load",
    src`
from pathlib import Path

import torch


def load_user_model(upload: Path) -> torch.nn.Module:
    """Load the checkpoint a user uploaded for evaluation."""
    model = torch.load(upload, map_location="cpu")
    model.eval()
    return model
`,
  ),
  good(
    "CWE-502",
    "batch50: model-serving worker loads only the weights with weights_only=True",
    src`
from pathlib import Path

import torch

from .arch import build_model


def load_user_model(upload: Path) -> torch.nn.Module:
    """Load the weights a user uploaded for evaluation into our own architecture."""
    state = torch.load(upload, map_location="cpu", weights_only=True)
    model = build_model()
    model.load_state_dict(state)
    model.eval()
    return model
`,
  ),
  bad(
    "CWE-502",
    "batch50: Redis-backed session store unpickles the cookie value the browser sends",
    src`
import base64
import pickle
from dataclasses import dataclass


@dataclass
class Session:
    user_id: int
    cart: list[int]


def session_from_cookie(cookie_value: str) -> Session:
    """Rebuild the session from the 'sess' cookie sent by the client."""
    return pickle.loads(base64.urlsafe_b64decode(cookie_value.encode()))
`,
  ),
  bad(
    "CWE-502",
    "batch50: Celery configured to accept pickle from the broker",
    src`
from celery import Celery

app = Celery("worker", broker="amqp://guest@rabbitmq//")
app.conf.update(
    task_serializer="pickle",
    result_serializer="pickle",
    accept_content=["pickle", "json"],
)


@app.task
def resize(image_id: int, width: int) -> None:
    print(image_id, width)
`,
  ),
  good(
    "CWE-502",
    "batch50: Celery configured for JSON only",
    src`
from celery import Celery

app = Celery("worker", broker="amqp://guest@rabbitmq//")
app.conf.update(
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
)


@app.task
def resize(image_id: int, width: int) -> None:
    print(image_id, width)
`,
  ),
  bad(
    "CWE-502",
    "batch50: import tool restores a shared notebook state with dill.loads",
    src`
from pathlib import Path

import dill


def restore_state(path: Path) -> dict:
    """Restore a notebook state file a colleague shared with you."""
    return dill.loads(path.read_bytes())
`,
  ),
  // ---------------- CWE-611 XXE ----------------
  bad(
    "CWE-611",
    "batch50: invoice import parses an uploaded XML with an lxml parser that resolves entities",
    src`
from pathlib import Path

from lxml import etree

PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True)


def parse_invoice(path: Path) -> dict[str, str]:
    """Parse an invoice XML a supplier uploaded."""
    tree = etree.parse(str(path), PARSER)
    root = tree.getroot()
    return {
        "number": root.findtext("number", ""),
        "total": root.findtext("total", ""),
    }
`,
  ),
  good(
    "CWE-611",
    "batch50: invoice import parses an uploaded XML with defusedxml",
    src`
from pathlib import Path

from defusedxml import ElementTree as ET


def parse_invoice(path: Path) -> dict[str, str]:
    """Parse an invoice XML a supplier uploaded."""
    root = ET.parse(str(path)).getroot()
    return {
        "number": root.findtext("number", ""),
        "total": root.findtext("total", ""),
    }
`,
  ),
  bad(
    "CWE-611",
    "batch50: SQS consumer parses the XML body with xml.sax and external general entities on",
    src`
import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges


class OrderHandler(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.skus: list[str] = []

    def startElement(self, name, attrs):
        if name == "item":
            self.skus.append(attrs.get("sku", ""))


def handle_record(body: str) -> list[str]:
    handler = OrderHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.StringIO(body))
    return handler.skus


def lambda_handler(event, context):
    return [handle_record(r["body"]) for r in event["Records"]]
`,
  ),
  good(
    "CWE-611",
    "batch50: SQS consumer parses the XML body with defusedxml.sax",
    src`
from xml.sax.handler import ContentHandler

import defusedxml.sax


class OrderHandler(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.skus: list[str] = []

    def startElement(self, name, attrs):
        if name == "item":
            self.skus.append(attrs.get("sku", ""))


def handle_record(body: str) -> list[str]:
    handler = OrderHandler()
    defusedxml.sax.parseString(body.encode(), handler)
    return handler.skus


def lambda_handler(event, context):
    return [handle_record(r["body"]) for r in event["Records"]]
`,
  ),
  bad(
    "CWE-611",
    "batch50: webhook CLI parses the posted payload file with an lxml parser that loads the network DTD",
    src`
import argparse

from lxml import etree


def main() -> None:
    ap = argparse.ArgumentParser(description="Process a partner's webhook payload")
    ap.add_argument("payload", help="XML file received from the partner")
    args = ap.parse_args()
    parser = etree.XMLParser(no_network=False, resolve_entities=True, dtd_validation=True)
    doc = etree.parse(args.payload, parser)
    for ev in doc.iterfind(".//event"):
        print(ev.get("type"), ev.text)


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-611",
    "batch50: webhook CLI parses the payload with entities and network off",
    src`
import argparse

from lxml import etree


def main() -> None:
    ap = argparse.ArgumentParser(description="Process a partner's webhook payload")
    ap.add_argument("payload", help="XML file received from the partner")
    args = ap.parse_args()
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    doc = etree.parse(args.payload, parser)
    for ev in doc.iterfind(".//event"):
        print(ev.get("type"), ev.text)


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-611",
    "batch50: Azure Function parses the request body with xml.dom.pulldom and external entities on",
    src`
import xml.dom.pulldom as pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges

import azure.functions as func


def main(req: func.HttpRequest) -> func.HttpResponse:
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parseString(req.get_body().decode(), parser=parser)
    names = []
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "name":
            events.expandNode(node)
            names.append(node.firstChild.data if node.firstChild else "")
    return func.HttpResponse(",".join(names))
`,
  ),
  bad(
    "CWE-611",
    "batch50: feed importer enables entity resolution on an lxml iterparse of a downloaded feed",
    src`
from typing import Iterator

import httpx
from lxml import etree


def iter_titles(feed_url: str) -> Iterator[str]:
    """Yield item titles from a feed URL a user subscribed to."""
    with httpx.stream("GET", feed_url, timeout=10) as resp:
        resp.raise_for_status()
        context = etree.iterparse(resp.iter_bytes(), tag="title", resolve_entities=True, load_dtd=True)
        for _event, elem in context:
            yield elem.text or ""
            elem.clear()
`,
  ),
  good(
    "CWE-611",
    "batch50: stdlib ElementTree parse of a customer's CSV-companion XML (no external entities in expat)",
    src`
import xml.etree.ElementTree as ET
from pathlib import Path


def read_mapping(path: Path) -> dict[str, str]:
    """Read the column mapping XML that ships with a customer's CSV import."""
    root = ET.parse(path).getroot()
    return {col.get("from", ""): col.get("to", "") for col in root.iter("column")}
`,
  ),
  // ---------------- CWE-918 SSRF ----------------
  bad(
    "CWE-918",
    "batch50: Lambda link-preview fetches the URL from the query string",
    src`
import json
import re

import requests

TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


def fetch_title(url: str) -> str:
    resp = requests.get(url, timeout=5)
    m = TITLE.search(resp.text)
    return m.group(1).strip() if m else ""


def lambda_handler(event, context):
    url = (event.get("queryStringParameters") or {}).get("url", "")
    return {"statusCode": 200, "body": json.dumps({"title": fetch_title(url)})}
`,
  ),
  good(
    "CWE-918",
    "batch50: Lambda link-preview fetches only hosts on an allow-list over https",
    src`
import json
import re
from urllib.parse import urlparse

import requests

TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)
ALLOWED_HOSTS = {"www.example.com", "blog.example.com"}


def fetch_title(url: str) -> str:
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    resp = requests.get(url, timeout=5, allow_redirects=False)
    m = TITLE.search(resp.text)
    return m.group(1).strip() if m else ""


def lambda_handler(event, context):
    url = (event.get("queryStringParameters") or {}).get("url", "")
    try:
        return {"statusCode": 200, "body": json.dumps({"title": fetch_title(url)})}
    except ValueError:
        return {"statusCode": 400, "body": "host not allowed"}
`,
  ),
  bad(
    "CWE-918",
    "batch50: Celery task posts the event to the callback URL the customer registered",
    src`
import httpx
from celery import shared_task

from .models import Webhook


@shared_task(bind=True, max_retries=5)
def deliver(self, webhook_id: int, payload: dict) -> int:
    """Deliver an event to the URL the customer configured for their webhook."""
    hook = Webhook.objects.get(pk=webhook_id)
    resp = httpx.post(hook.target_url, json=payload, timeout=10)
    return resp.status_code
`,
  ),
  good(
    "CWE-918",
    "batch50: Celery task refuses webhook targets that resolve to private addresses",
    src`
import ipaddress
import socket
from urllib.parse import urlparse

import httpx
from celery import shared_task

from .models import Webhook


def _public_https(url: str) -> bool:
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443):
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            return False
    return True


@shared_task(bind=True, max_retries=5)
def deliver(self, webhook_id: int, payload: dict) -> int:
    """Deliver an event to the URL the customer configured for their webhook."""
    hook = Webhook.objects.get(pk=webhook_id)
    if not _public_https(hook.target_url):
        return 0
    resp = httpx.post(hook.target_url, json=payload, timeout=10, follow_redirects=False)
    return resp.status_code
`,
  ),
  bad(
    "CWE-918",
    "batch50: slack_bolt /unfurl command fetches whatever URL the user typed",
    src`
import os

import requests
from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])


@app.command("/unfurl")
def unfurl(ack, command, respond):
    ack()
    url = command["text"].strip()
    r = requests.get(url, timeout=5)
    respond(f"{url} -> {r.status_code}, {len(r.content)} bytes")
`,
  ),
  good(
    "CWE-918",
    "batch50: slack_bolt /status command only queries a fixed service table by name",
    src`
import os

import requests
from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
SERVICES = {
    "api": "https://api.example.com/health",
    "web": "https://www.example.com/health",
}


@app.command("/status")
def status(ack, command, respond):
    ack()
    url = SERVICES.get(command["text"].strip())
    if url is None:
        respond("unknown service")
        return
    r = requests.get(url, timeout=5)
    respond(f"{command['text']} -> {r.status_code}")
`,
  ),
  bad(
    "CWE-918",
    "batch50: GCP Cloud Function thumbnails the image URL in the request",
    src`
import io

import functions_framework
import requests
from PIL import Image


@functions_framework.http
def thumbnail(request):
    image_url = request.args.get("src")
    raw = requests.get(image_url, timeout=10).content
    img = Image.open(io.BytesIO(raw))
    img.thumbnail((128, 128))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue(), 200, {"Content-Type": "image/png"}
`,
  ),
  bad(
    "CWE-918",
    "batch50: Kafka consumer downloads the attachment URL named in each message with urlopen",
    src`
import json
from urllib.request import urlopen

from confluent_kafka import Consumer


def fetch(url: str) -> bytes:
    with urlopen(url, timeout=15) as resp:
        return resp.read()


def consume() -> None:
    consumer = Consumer({"bootstrap.servers": "kafka:9092", "group.id": "attach"})
    consumer.subscribe(["attachments"])
    while True:
        msg = consumer.poll(1.0)
        if msg is None or msg.error():
            continue
        event = json.loads(msg.value())
        data = fetch(event["attachment_url"])
        print(len(data))
`,
  ),
  bad(
    "CWE-918",
    "batch50: discord.py command fetches an avatar from the URL the user passes with aiohttp",
    src`
import io

import aiohttp
import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


@bot.command()
async def setavatar(ctx: commands.Context, url: str) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            data = await resp.read()
    await ctx.send(file=discord.File(io.BytesIO(data), filename="avatar.png"))
`,
  ),
  good(
    "CWE-918",
    "batch50: discord.py command uses the attachment the user uploaded to Discord's CDN",
    src`
import io

import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


@bot.command()
async def setavatar(ctx: commands.Context) -> None:
    if not ctx.message.attachments:
        await ctx.send("Attach an image.")
        return
    data = await ctx.message.attachments[0].read()
    await ctx.send(file=discord.File(io.BytesIO(data), filename="avatar.png"))
`,
  ),
  bad(
    "CWE-918",
    "batch50: Azure Function proxies to the backend host named in a query parameter",
    src`
import azure.functions as func
import requests


def main(req: func.HttpRequest) -> func.HttpResponse:
    host = req.params.get("host", "api.internal")
    path = req.params.get("path", "/")
    r = requests.get(f"http://{host}{path}", timeout=5)
    return func.HttpResponse(r.content, status_code=r.status_code)
`,
  ),
  good(
    "CWE-918",
    "batch50: job reads the API base URL from the environment, only the id comes from the message",
    src`
import os

import requests

API_BASE = os.environ.get("BILLING_API", "https://billing.internal.example.com")


def handle_message(body: dict) -> dict:
    invoice_id = int(body["invoice_id"])
    r = requests.get(f"{API_BASE}/invoices/{invoice_id}", timeout=5)
    r.raise_for_status()
    return r.json()
`,
  ),
  // ---------------- CWE-78 OS command injection ----------------
  bad(
    "CWE-78",
    "batch50: Celery task converts the uploaded file with a shell string",
    src`
import subprocess
from pathlib import Path

from celery import shared_task

MEDIA = Path("/srv/media")


def _convert(src: Path, dst: Path) -> None:
    subprocess.run(f"convert {src} -resize 800x800 {dst}", shell=True, check=True)


@shared_task
def make_preview(filename: str) -> str:
    """filename is the name the user gave their upload."""
    src = MEDIA / filename
    dst = src.with_suffix(".preview.jpg")
    _convert(src, dst)
    return str(dst)
`,
  ),
  good(
    "CWE-78",
    "batch50: Celery task converts the uploaded file with an argument list",
    src`
import subprocess
from pathlib import Path

from celery import shared_task

MEDIA = Path("/srv/media")


def _convert(src: Path, dst: Path) -> None:
    subprocess.run(["convert", str(src), "-resize", "800x800", str(dst)], check=True)


@shared_task
def make_preview(filename: str) -> str:
    """filename is the name the user gave their upload."""
    src = MEDIA / Path(filename).name
    dst = src.with_suffix(".preview.jpg")
    _convert(src, dst)
    return str(dst)
`,
  ),
  bad(
    "CWE-78",
    "batch50: root cron job compresses every file in users' home folders with os.system",
    src`
#!/usr/bin/env python3
"""Nightly job (runs as root): gzip old logs in every user's ~/logs."""
import os
import time
from pathlib import Path

MAX_AGE = 7 * 86400


def main() -> None:
    now = time.time()
    for home in Path("/home").iterdir():
        logs = home / "logs"
        if not logs.is_dir():
            continue
        for entry in logs.iterdir():
            if entry.suffix == ".log" and now - entry.stat().st_mtime > MAX_AGE:
                os.system("gzip -9 '%s'" % entry)


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-78",
    "batch50: root cron job gzips users' old logs with subprocess and an argument list",
    src`
#!/usr/bin/env python3
"""Nightly job (runs as root): gzip old logs in every user's ~/logs."""
import subprocess
import time
from pathlib import Path

MAX_AGE = 7 * 86400


def main() -> None:
    now = time.time()
    for home in Path("/home").iterdir():
        logs = home / "logs"
        if not logs.is_dir():
            continue
        for entry in logs.iterdir():
            if entry.suffix == ".log" and now - entry.stat().st_mtime > MAX_AGE:
                subprocess.run(["gzip", "-9", "--", str(entry)], check=False)


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-78",
    "batch50: discord.py !ping command runs ping through the shell with the user's host",
    src`
import asyncio

import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


@bot.command()
async def ping(ctx: commands.Context, host: str) -> None:
    proc = await asyncio.create_subprocess_shell(
        f"ping -c 3 {host}",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await proc.communicate()
    await ctx.send(f"~~~\n{out.decode()[:1800]}\n~~~")
`,
  ),
  good(
    "CWE-78",
    "batch50: discord.py !ping command runs ping with exec and a validated host",
    src`
import asyncio
import ipaddress

import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


@bot.command()
async def ping(ctx: commands.Context, host: str) -> None:
    try:
        addr = str(ipaddress.ip_address(host))
    except ValueError:
        await ctx.send("Give an IP address.")
        return
    proc = await asyncio.create_subprocess_exec(
        "ping", "-c", "3", addr,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await proc.communicate()
    await ctx.send(f"~~~\n{out.decode()[:1800]}\n~~~")
`,
  ),
  bad(
    "CWE-78",
    "batch50: Lambda handler runs os.popen on the domain from the query string",
    src`
import json
import os


def lambda_handler(event, context):
    domain = event["queryStringParameters"]["domain"]
    output = os.popen("nslookup " + domain).read()
    return {"statusCode": 200, "body": json.dumps({"result": output})}
`,
  ),
  good(
    "CWE-78",
    "batch50: Lambda handler resolves the domain with socket instead of a shell",
    src`
import json
import socket


def lambda_handler(event, context):
    domain = event["queryStringParameters"]["domain"]
    try:
        addrs = sorted({i[4][0] for i in socket.getaddrinfo(domain, None)})
    except socket.gaierror:
        return {"statusCode": 404, "body": json.dumps({"error": "not found"})}
    return {"statusCode": 200, "body": json.dumps({"result": addrs})}
`,
  ),
  bad(
    "CWE-78",
    "batch50: webhook CLI checks out the branch from the payload with shell=True",
    src`
import json
import subprocess
import sys

import click


def checkout(repo_dir: str, branch: str) -> None:
    subprocess.check_call("git fetch origin && git checkout " + branch, shell=True, cwd=repo_dir)


@click.command()
@click.argument("payload", type=click.File("r"))
@click.option("--repo", default="/srv/app")
def deploy(payload, repo: str) -> None:
    """Called by the webhook receiver with the push event JSON from the git host."""
    event = json.load(payload)
    branch = event["ref"].removeprefix("refs/heads/")
    checkout(repo, branch)
    click.echo(f"deployed {branch}")


if __name__ == "__main__":
    sys.exit(deploy())
`,
  ),
  good(
    "CWE-78",
    "batch50: webhook CLI checks out the branch with argument lists after a name check",
    src`
import json
import re
import subprocess
import sys

import click

BRANCH = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


def checkout(repo_dir: str, branch: str) -> None:
    subprocess.check_call(["git", "fetch", "origin"], cwd=repo_dir)
    subprocess.check_call(["git", "checkout", "--", branch], cwd=repo_dir)


@click.command()
@click.argument("payload", type=click.File("r"))
@click.option("--repo", default="/srv/app")
def deploy(payload, repo: str) -> None:
    """Called by the webhook receiver with the push event JSON from the git host."""
    event = json.load(payload)
    branch = event["ref"].removeprefix("refs/heads/")
    if not BRANCH.fullmatch(branch) or branch.startswith("-"):
        raise click.BadParameter("bad branch name")
    checkout(repo, branch)
    click.echo(f"deployed {branch}")


if __name__ == "__main__":
    sys.exit(deploy())
`,
  ),
  bad(
    "CWE-78",
    "batch50: SQS worker transcodes the S3 key from the message with a shell command",
    src`
import json
import subprocess


def transcode(key: str) -> None:
    cmd = f"ffmpeg -y -i /mnt/in/{key} -c:v libx264 /mnt/out/{key}.mp4"
    subprocess.Popen(cmd, shell=True).wait()


def handler(event, context):
    for record in event["Records"]:
        msg = json.loads(record["body"])
        transcode(msg["key"])
`,
  ),
  bad(
    "CWE-78",
    "batch50: socketserver admin port runs the line the client sends through subprocess.getoutput",
    src`
import socketserver
import subprocess


class DiagHandler(socketserver.StreamRequestHandler):
    """Diagnostics port: the client asks for 'df <mount>' and gets the output back."""

    def handle(self) -> None:
        mount = self.rfile.readline().decode().strip()
        out = subprocess.getoutput(f"df -h {mount}")
        self.wfile.write(out.encode())


if __name__ == "__main__":
    socketserver.TCPServer(("0.0.0.0", 7070), DiagHandler).serve_forever()
`,
  ),
  good(
    "CWE-78",
    "batch50: socketserver diagnostics port maps the request to a fixed mount table",
    src`
import shutil
import socketserver

MOUNTS = {"root": "/", "data": "/srv/data"}


class DiagHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        key = self.rfile.readline().decode().strip()
        mount = MOUNTS.get(key)
        if mount is None:
            self.wfile.write(b"unknown\n")
            return
        usage = shutil.disk_usage(mount)
        self.wfile.write(f"{usage.used}/{usage.total}\n".encode())


if __name__ == "__main__":
    socketserver.TCPServer(("127.0.0.1", 7070), DiagHandler).serve_forever()
`,
  ),
  bad(
    "CWE-78",
    "batch50: telegram bot /whois command formats the user's argument into a shell command",
    src`
import subprocess

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes


async def whois(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not context.args:
        await update.message.reply_text("usage: /whois <domain>")
        return
    domain = context.args[0]
    result = subprocess.run("whois %s | head -n 20" % domain, shell=True, capture_output=True, text=True)
    await update.message.reply_text(result.stdout or "no data")


def build(token: str) -> Application:
    app = Application.builder().token(token).build()
    app.add_handler(CommandHandler("whois", whois))
    return app
`,
  ),
  bad(
    "CWE-78",
    "batch50: setuid-style backup helper passes the --dest argument into a tar shell line",
    src`
import argparse
import os
import pwd


def main() -> int:
    ap = argparse.ArgumentParser(description="Back up the calling user's home (installed setuid root)")
    ap.add_argument("--dest", required=True, help="archive name under /backups")
    args = ap.parse_args()
    user = pwd.getpwuid(os.getuid()).pw_name
    return os.system(f"tar czf /backups/{args.dest} -C /home {user}")


if __name__ == "__main__":
    raise SystemExit(main())
`,
  ),
  good(
    "CWE-78",
    "batch50: backup helper builds the tar call as a list from a checked archive name",
    src`
import argparse
import os
import pwd
import re
import subprocess

NAME = re.compile(r"^[\w.-]{1,64}\.tar\.gz$")


def main() -> int:
    ap = argparse.ArgumentParser(description="Back up the calling user's home (installed setuid root)")
    ap.add_argument("--dest", required=True, help="archive name under /backups")
    args = ap.parse_args()
    if not NAME.fullmatch(args.dest):
        ap.error("archive name must be NAME.tar.gz")
    user = pwd.getpwuid(os.getuid()).pw_name
    return subprocess.call(["tar", "czf", f"/backups/{args.dest}", "-C", "/home", user])


if __name__ == "__main__":
    raise SystemExit(main())
`,
  ),
  bad(
    "CWE-78",
    "batch50: GCP Cloud Function renders a PDF with a shell command built from the JSON body",
    src`
import subprocess
import tempfile

import functions_framework


@functions_framework.http
def render_pdf(request):
    body = request.get_json(silent=True) or {}
    title = body.get("title", "report")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            f"wkhtmltopdf --title '{title}' https://reports.example.com/latest {tmp}/out.pdf",
            shell=True,
            check=True,
        )
        with open(f"{tmp}/out.pdf", "rb") as fh:
            return fh.read(), 200, {"Content-Type": "application/pdf"}
`,
  ),
  good(
    "CWE-78",
    "batch50: maintenance script runs a constant shell pipeline with shell=True",
    src`
import subprocess


def disk_report() -> str:
    """Summarise the biggest folders under /var for the ops channel."""
    out = subprocess.run(
        "du -xh /var 2>/dev/null | sort -rh | head -n 10",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    return out.stdout
`,
  ),
  // ---------------- CWE-89 SQL injection ----------------
  bad(
    "CWE-89",
    "batch50: Celery task deletes a user's items with an f-string query in a helper",
    src`
import sqlite3

from celery import shared_task

DB = "/srv/app/app.db"


def _delete_tagged(conn: sqlite3.Connection, owner: str, tag: str) -> int:
    cur = conn.execute(f"DELETE FROM items WHERE owner = '{owner}' AND tag = '{tag}'")
    return cur.rowcount


@shared_task
def purge_tag(owner: str, tag: str) -> int:
    """owner and tag come from the user's request on the web tier."""
    with sqlite3.connect(DB) as conn:
        return _delete_tagged(conn, owner, tag)
`,
  ),
  good(
    "CWE-89",
    "batch50: Celery task deletes a user's items with a parameterised query",
    src`
import sqlite3

from celery import shared_task

DB = "/srv/app/app.db"


def _delete_tagged(conn: sqlite3.Connection, owner: str, tag: str) -> int:
    cur = conn.execute("DELETE FROM items WHERE owner = ? AND tag = ?", (owner, tag))
    return cur.rowcount


@shared_task
def purge_tag(owner: str, tag: str) -> int:
    """owner and tag come from the user's request on the web tier."""
    with sqlite3.connect(DB) as conn:
        return _delete_tagged(conn, owner, tag)
`,
  ),
  bad(
    "CWE-89",
    "batch50: Kafka consumer upserts the event with psycopg2 and % string formatting",
    src`
import json

import psycopg2
from kafka import KafkaConsumer


def store(cur, event: dict) -> None:
    sql = "INSERT INTO events (device, kind, value) VALUES ('%s', '%s', %s)" % (
        event["device"],
        event["kind"],
        event["value"],
    )
    cur.execute(sql)


def main() -> None:
    conn = psycopg2.connect(dsn="dbname=telemetry")
    consumer = KafkaConsumer("telemetry", bootstrap_servers="kafka:9092")
    with conn, conn.cursor() as cur:
        for msg in consumer:
            store(cur, json.loads(msg.value))
            conn.commit()
`,
  ),
  good(
    "CWE-89",
    "batch50: Kafka consumer inserts the event with psycopg2 placeholders",
    src`
import json

import psycopg2
from kafka import KafkaConsumer


def store(cur, event: dict) -> None:
    cur.execute(
        "INSERT INTO events (device, kind, value) VALUES (%s, %s, %s)",
        (event["device"], event["kind"], event["value"]),
    )


def main() -> None:
    conn = psycopg2.connect(dsn="dbname=telemetry")
    consumer = KafkaConsumer("telemetry", bootstrap_servers="kafka:9092")
    with conn, conn.cursor() as cur:
        for msg in consumer:
            store(cur, json.loads(msg.value))
            conn.commit()
`,
  ),
  bad(
    "CWE-89",
    "batch50: Lambda handler looks up an order with pymysql and str.format",
    src`
import json
import os

import pymysql

conn = pymysql.connect(
    host=os.environ["DB_HOST"],
    user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"],
    database="shop",
)


def lambda_handler(event, context):
    order_id = event["pathParameters"]["orderId"]
    with conn.cursor(pymysql.cursors.DictCursor) as cur:
        cur.execute("SELECT id, status, total FROM orders WHERE id = {}".format(order_id))
        row = cur.fetchone()
    return {"statusCode": 200 if row else 404, "body": json.dumps(row, default=str)}
`,
  ),
  good(
    "CWE-89",
    "batch50: Lambda handler looks up an order with a pymysql placeholder",
    src`
import json
import os

import pymysql

conn = pymysql.connect(
    host=os.environ["DB_HOST"],
    user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"],
    database="shop",
)


def lambda_handler(event, context):
    order_id = event["pathParameters"]["orderId"]
    with conn.cursor(pymysql.cursors.DictCursor) as cur:
        cur.execute("SELECT id, status, total FROM orders WHERE id = %s", (order_id,))
        row = cur.fetchone()
    return {"statusCode": 200 if row else 404, "body": json.dumps(row, default=str)}
`,
  ),
  bad(
    "CWE-89",
    "batch50: discord.py !lookup command queries aiosqlite with an f-string",
    src`
import aiosqlite
import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


@bot.command()
async def lookup(ctx: commands.Context, *, player: str) -> None:
    async with aiosqlite.connect("scores.db") as db:
        async with db.execute(f"SELECT name, score FROM scores WHERE name LIKE '%{player}%'") as cur:
            rows = await cur.fetchall()
    await ctx.send("\n".join(f"{n}: {s}" for n, s in rows) or "nobody")
`,
  ),
  good(
    "CWE-89",
    "batch50: discord.py !lookup command queries aiosqlite with a bound LIKE pattern",
    src`
import aiosqlite
import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


@bot.command()
async def lookup(ctx: commands.Context, *, player: str) -> None:
    async with aiosqlite.connect("scores.db") as db:
        async with db.execute("SELECT name, score FROM scores WHERE name LIKE ?", (f"%{player}%",)) as cur:
            rows = await cur.fetchall()
    await ctx.send("\n".join(f"{n}: {s}" for n, s in rows) or "nobody")
`,
  ),
  bad(
    "CWE-89",
    "batch50: slack_bolt /find command runs SQLAlchemy text() over an f-string",
    src`
import os

from slack_bolt import App
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["DATABASE_URL"])
app = App(token=os.environ["SLACK_BOT_TOKEN"])


def find_customers(term: str) -> list[str]:
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT name FROM customers WHERE email = '{term}'"))
        return [r.name for r in rows]


@app.command("/find")
def find(ack, command, respond):
    ack()
    respond(", ".join(find_customers(command["text"])) or "none")
`,
  ),
  good(
    "CWE-89",
    "batch50: slack_bolt /find command runs SQLAlchemy text() with a bound parameter",
    src`
import os

from slack_bolt import App
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["DATABASE_URL"])
app = App(token=os.environ["SLACK_BOT_TOKEN"])


def find_customers(term: str) -> list[str]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT name FROM customers WHERE email = :email"), {"email": term})
        return [r.name for r in rows]


@app.command("/find")
def find(ack, command, respond):
    ack()
    respond(", ".join(find_customers(command["text"])) or "none")
`,
  ),
  bad(
    "CWE-89",
    "batch50: CSV import builds each INSERT from the row values",
    src`
import csv
import sqlite3
from pathlib import Path


def import_contacts(csv_path: Path, db_path: Path) -> int:
    """Import a contacts CSV a customer uploaded."""
    count = 0
    with sqlite3.connect(db_path) as conn, csv_path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            conn.execute(
                "INSERT INTO contacts (name, email) VALUES ('" + row["name"] + "', '" + row["email"] + "')"
            )
            count += 1
    return count
`,
  ),
  good(
    "CWE-89",
    "batch50: CSV import uses executemany with placeholders",
    src`
import csv
import sqlite3
from pathlib import Path


def import_contacts(csv_path: Path, db_path: Path) -> int:
    """Import a contacts CSV a customer uploaded."""
    with sqlite3.connect(db_path) as conn, csv_path.open(newline="") as fh:
        rows = [(r["name"], r["email"]) for r in csv.DictReader(fh)]
        conn.executemany("INSERT INTO contacts (name, email) VALUES (?, ?)", rows)
    return len(rows)
`,
  ),
  bad(
    "CWE-89",
    "batch50: repository helper sorts by the column the API caller names",
    src`
from dataclasses import dataclass

import psycopg


@dataclass
class ListQuery:
    """Listing options straight from the API caller."""

    sort: str = "created_at"
    direction: str = "desc"
    limit: int = 50


def list_posts(conn: psycopg.Connection, q: ListQuery) -> list[tuple]:
    sql = f"SELECT id, title FROM posts ORDER BY {q.sort} {q.direction} LIMIT %s"
    with conn.cursor() as cur:
        cur.execute(sql, (q.limit,))
        return cur.fetchall()
`,
  ),
  good(
    "CWE-89",
    "batch50: repository helper maps the caller's sort key through an allow-list and uses sql.Identifier",
    src`
from dataclasses import dataclass

import psycopg
from psycopg import sql

SORTABLE = {"created_at", "title", "id"}


@dataclass
class ListQuery:
    """Listing options straight from the API caller."""

    sort: str = "created_at"
    direction: str = "desc"
    limit: int = 50


def list_posts(conn: psycopg.Connection, q: ListQuery) -> list[tuple]:
    if q.sort not in SORTABLE or q.direction not in {"asc", "desc"}:
        raise ValueError("bad sort")
    stmt = sql.SQL("SELECT id, title FROM posts ORDER BY {} {} LIMIT %s").format(
        sql.Identifier(q.sort), sql.SQL(q.direction.upper())
    )
    with conn.cursor() as cur:
        cur.execute(stmt, (q.limit,))
        return cur.fetchall()
`,
  ),
  bad(
    "CWE-89",
    "batch50: telegram bot /balance command concatenates the account id into the query",
    src`
import sqlite3

from telegram import Update
from telegram.ext import ContextTypes

DB = sqlite3.connect("bank.db", check_same_thread=False)


async def balance(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    account = " ".join(context.args)
    row = DB.execute("SELECT balance FROM accounts WHERE number = '" + account + "'").fetchone()
    await update.message.reply_text(str(row[0]) if row else "unknown account")
`,
  ),
  // ---------------- CWE-94/95 code injection ----------------
  bad(
    "CWE-95",
    "batch50: discord.py !calc command evaluates the expression with eval",
    src`
import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


@bot.command()
async def calc(ctx: commands.Context, *, expression: str) -> None:
    try:
        result = eval(expression, {"__builtins__": {}})
    except Exception as exc:  # noqa: BLE001
        await ctx.send(f"error: {exc}")
        return
    await ctx.send(f"{expression} = {result}")
`,
  ),
  good(
    "CWE-95",
    "batch50: discord.py !calc command evaluates arithmetic by walking the AST",
    src`
import ast
import operator

import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _eval(node: ast.AST) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_eval(node.left), _eval(node.right))
    raise ValueError("unsupported expression")


@bot.command()
async def calc(ctx: commands.Context, *, expression: str) -> None:
    try:
        result = _eval(ast.parse(expression, mode="eval"))
    except (ValueError, SyntaxError, ZeroDivisionError) as exc:
        await ctx.send(f"error: {exc}")
        return
    await ctx.send(f"{expression} = {result}")
`,
  ),
  bad(
    "CWE-95",
    "batch50: CSV price import evaluates the formula column",
    src`
import csv
from decimal import Decimal
from pathlib import Path


def load_prices(path: Path) -> dict[str, Decimal]:
    """Read a supplier's price sheet; the 'price' column may hold a formula like 10*1.2."""
    prices: dict[str, Decimal] = {}
    with path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            prices[row["sku"]] = Decimal(str(eval(row["price"])))
    return prices
`,
  ),
  good(
    "CWE-95",
    "batch50: CSV price import reads the price as a literal with ast.literal_eval",
    src`
import ast
import csv
from decimal import Decimal
from pathlib import Path


def load_prices(path: Path) -> dict[str, Decimal]:
    """Read a supplier's price sheet."""
    prices: dict[str, Decimal] = {}
    with path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            value = ast.literal_eval(row["price"].strip())
            if not isinstance(value, (int, float)):
                raise ValueError(f"bad price for {row['sku']}")
            prices[row["sku"]] = Decimal(str(value))
    return prices
`,
  ),
  bad(
    "CWE-94",
    "batch50: plugin loader execs the plugin source a user uploaded",
    src`
from pathlib import Path
from types import ModuleType

PLUGIN_UPLOADS = Path("/srv/uploads/plugins")


def load_plugin(name: str) -> ModuleType:
    """Load a plugin that a tenant uploaded through the admin portal."""
    module = ModuleType(name)
    source = (PLUGIN_UPLOADS / f"{name}.py").read_text()
    exec(compile(source, name, "exec"), module.__dict__)
    return module
`,
  ),
  bad(
    "CWE-95",
    "batch50: Lambda filter endpoint evaluates a predicate from the query string",
    src`
import json

ITEMS = [{"name": "a", "price": 3}, {"name": "b", "price": 12}]


def lambda_handler(event, context):
    predicate = event["queryStringParameters"].get("where", "True")
    selected = [item for item in ITEMS if eval(predicate, {}, dict(item))]
    return {"statusCode": 200, "body": json.dumps(selected)}
`,
  ),
  good(
    "CWE-95",
    "batch50: Lambda filter endpoint only accepts a field, an operator from a table and a number",
    src`
import json
import operator

ITEMS = [{"name": "a", "price": 3}, {"name": "b", "price": 12}]
OPS = {"lt": operator.lt, "gt": operator.gt, "eq": operator.eq}


def lambda_handler(event, context):
    qs = event.get("queryStringParameters") or {}
    op = OPS.get(qs.get("op", "gt"))
    if op is None:
        return {"statusCode": 400, "body": "bad op"}
    limit = float(qs.get("price", "0"))
    selected = [item for item in ITEMS if op(item["price"], limit)]
    return {"statusCode": 200, "body": json.dumps(selected)}
`,
  ),
  bad(
    "CWE-95",
    "batch50: slack_bolt /roll command builds a lambda source string from the user's text and execs it",
    src`
import os
import random

from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"])


@app.command("/roll")
def roll(ack, command, respond):
    ack()
    spec = command["text"] or "1d6"
    count, sides = spec.split("d")
    scope: dict = {"random": random}
    exec(f"result = sum(random.randint(1, {sides}) for _ in range({count}))", scope)
    respond(f"{spec}: {scope['result']}")
`,
  ),
  good(
    "CWE-95",
    "batch50: slack_bolt /roll command parses the dice spec with int()",
    src`
import os
import secrets

from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"])


@app.command("/roll")
def roll(ack, command, respond):
    ack()
    spec = command["text"] or "1d6"
    try:
        count, sides = (int(x) for x in spec.lower().split("d", 1))
    except ValueError:
        respond("usage: /roll NdM")
        return
    if not (1 <= count <= 50 and 2 <= sides <= 1000):
        respond("too many dice")
        return
    respond(f"{spec}: {sum(secrets.randbelow(sides) + 1 for _ in range(count))}")
`,
  ),
  bad(
    "CWE-94",
    "batch50: report worker renders a jinja2 Template built from the customer's template text",
    src`
from jinja2 import Template


def render_report(template_text: str, context: dict) -> str:
    """template_text is the report layout the customer typed into the editor."""
    return Template(template_text).render(**context)
`,
  ),
  good(
    "CWE-94",
    "batch50: report worker renders the customer's template in a jinja2 sandbox",
    src`
from jinja2.sandbox import SandboxedEnvironment

_ENV = SandboxedEnvironment(autoescape=True)


def render_report(template_text: str, context: dict) -> str:
    """template_text is the report layout the customer typed into the editor."""
    return _ENV.from_string(template_text).render(**context)
`,
  ),
  // ---------------- CWE-400 / CWE-770 resource exhaustion ----------------
  bad(
    "CWE-770",
    "batch50: socketserver reads as many bytes as the client's length header says",
    src`
import socketserver
import struct


class FrameHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        header = self.request.recv(4)
        (length,) = struct.unpack("!I", header)
        buf = bytearray(length)
        view = memoryview(buf)
        got = 0
        while got < length:
            n = self.request.recv_into(view[got:])
            if n == 0:
                return
            got += n
        self.request.sendall(b"OK %d\n" % got)
`,
  ),
  good(
    "CWE-770",
    "batch50: socketserver caps the frame length before allocating",
    src`
import socketserver
import struct

MAX_FRAME = 1 << 20


class FrameHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        header = self.request.recv(4)
        (length,) = struct.unpack("!I", header)
        if length > MAX_FRAME:
            self.request.sendall(b"ERR too large\n")
            return
        buf = bytearray(length)
        view = memoryview(buf)
        got = 0
        while got < length:
            n = self.request.recv_into(view[got:])
            if n == 0:
                return
            got += n
        self.request.sendall(b"OK %d\n" % got)
`,
  ),
  bad(
    "CWE-770",
    "batch50: Lambda handler builds a list as long as the count in the query string",
    src`
import json
import secrets


def lambda_handler(event, context):
    n = int(event["queryStringParameters"]["count"])
    codes = [secrets.token_hex(8) for _ in range(n)]
    return {"statusCode": 200, "body": json.dumps(codes)}
`,
  ),
  good(
    "CWE-770",
    "batch50: Lambda handler clamps the count before generating codes",
    src`
import json
import secrets

MAX_CODES = 100


def lambda_handler(event, context):
    n = min(max(int(event["queryStringParameters"]["count"]), 1), MAX_CODES)
    codes = [secrets.token_hex(8) for _ in range(n)]
    return {"statusCode": 200, "body": json.dumps(codes)}
`,
  ),
  bad(
    "CWE-400",
    "batch50: attachment scanner gunzips an e-mailed file fully into memory",
    src`
import gzip
from email.message import EmailMessage


def scan_attachments(msg: EmailMessage) -> list[int]:
    """Return the size of every gzip attachment of an inbound e-mail after decompression."""
    sizes = []
    for part in msg.iter_attachments():
        if part.get_content_type() == "application/gzip":
            data = gzip.decompress(part.get_payload(decode=True))
            sizes.append(len(data))
    return sizes
`,
  ),
  good(
    "CWE-400",
    "batch50: attachment scanner decompresses in chunks with a ceiling",
    src`
import zlib
from email.message import EmailMessage

LIMIT = 50 * 1024 * 1024


def scan_attachments(msg: EmailMessage) -> list[int]:
    """Return the size of every gzip attachment of an inbound e-mail after decompression."""
    sizes = []
    for part in msg.iter_attachments():
        if part.get_content_type() != "application/gzip":
            continue
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(part.get_payload(decode=True), LIMIT + 1)
        if len(out) > LIMIT or d.unconsumed_tail:
            raise ValueError("attachment too large once decompressed")
        sizes.append(len(out))
    return sizes
`,
  ),
  bad(
    "CWE-770",
    "batch50: discord.py !repeat command multiplies the text by the user's count",
    src`
import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


def repeat_text(text: str, times: int) -> str:
    return (text + " ") * times


@bot.command()
async def repeat(ctx: commands.Context, times: int, *, text: str) -> None:
    out = repeat_text(text, times)
    for i in range(0, len(out), 2000):
        await ctx.send(out[i : i + 2000])
`,
  ),
  bad(
    "CWE-400",
    "batch50: socketserver handler has no timeout and reads lines forever from a slow client",
    src`
import socketserver


class EchoHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        data = self.rfile.read()
        self.wfile.write(data.upper())


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 7000), EchoHandler) as srv:
        srv.serve_forever()
`,
  ),
  good(
    "CWE-400",
    "batch50: socketserver handler sets a timeout and reads a bounded line",
    src`
import socketserver


class EchoHandler(socketserver.StreamRequestHandler):
    timeout = 10

    def handle(self) -> None:
        data = self.rfile.readline(4096)
        self.wfile.write(data.upper())


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 7000), EchoHandler) as srv:
        srv.serve_forever()
`,
  ),
  // ---------------- CWE-1333 ReDoS ----------------
  bad(
    "CWE-1333",
    "batch50: slack_bolt /grep command compiles the user's pattern and runs it over the log",
    src`
import os
import re

from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"])
LOG_LINES: list[str] = []


@app.command("/grep")
def grep(ack, command, respond):
    ack()
    pattern = re.compile(command["text"])
    hits = [line for line in LOG_LINES if pattern.search(line)]
    respond("\n".join(hits[:20]) or "no match")
`,
  ),
  good(
    "CWE-1333",
    "batch50: slack_bolt /grep command escapes the user's text and searches for it literally",
    src`
import os
import re

from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"])
LOG_LINES: list[str] = []


@app.command("/grep")
def grep(ack, command, respond):
    ack()
    pattern = re.compile(re.escape(command["text"][:200]))
    hits = [line for line in LOG_LINES if pattern.search(line)]
    respond("\n".join(hits[:20]) or "no match")
`,
  ),
  bad(
    "CWE-1333",
    "batch50: e-mail import validates addresses with a nested-quantifier pattern",
    src`
import re
from collections.abc import Iterable

EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")


def valid_addresses(lines: Iterable[str]) -> list[str]:
    """Keep the addresses from an uploaded mailing list that look valid."""
    return [line.strip() for line in lines if EMAIL.match(line.strip())]
`,
  ),
  good(
    "CWE-1333",
    "batch50: e-mail import validates addresses with a linear pattern",
    src`
import re
from collections.abc import Iterable

EMAIL = re.compile(r"^[a-zA-Z0-9._%+-]{1,64}@[a-zA-Z0-9.-]{1,253}\.[a-zA-Z]{2,24}$")


def valid_addresses(lines: Iterable[str]) -> list[str]:
    """Keep the addresses from an uploaded mailing list that look valid."""
    return [line.strip() for line in lines if EMAIL.match(line.strip())]
`,
  ),
  bad(
    "CWE-1333",
    "batch50: Lambda search endpoint uses the query parameter as a regex",
    src`
import json
import re

PRODUCTS = ["red shirt", "blue shirt", "green hat"]


def lambda_handler(event, context):
    q = event["queryStringParameters"]["q"]
    matches = [p for p in PRODUCTS if re.search(q, p)]
    return {"statusCode": 200, "body": json.dumps(matches)}
`,
  ),
  bad(
    "CWE-1333",
    "batch50: log parser for uploaded logs uses an overlapping alternation under a star",
    src`
import re
from pathlib import Path

LINE = re.compile(r"^(\w+|\w+\s)*:\s(?P<msg>.*)$")


def messages(path: Path) -> list[str]:
    """Extract messages from a log file a customer attached to their ticket."""
    out = []
    for line in path.read_text(errors="replace").splitlines():
        m = LINE.match(line)
        if m:
            out.append(m.group("msg"))
    return out
`,
  ),
  good(
    "CWE-1333",
    "batch50: log parser splits on the first colon instead of a regex",
    src`
from pathlib import Path


def messages(path: Path) -> list[str]:
    """Extract messages from a log file a customer attached to their ticket."""
    out = []
    for line in path.read_text(errors="replace").splitlines():
        _prefix, sep, msg = line.partition(": ")
        if sep:
            out.append(msg)
    return out
`,
  ),
  // ---------------- CWE-367 TOCTOU ----------------
  bad(
    "CWE-367",
    "batch50: setuid helper checks os.access on the user's path and then opens it as root",
    src`
#!/usr/bin/env python3
"""print-file: installed setuid root so users can print their own files to the secure printer."""
import os
import sys


def main(path: str) -> int:
    if not os.access(path, os.R_OK):
        print("permission denied", file=sys.stderr)
        return 1
    with open(path, "rb") as fh:
        data = fh.read()
    with open("/dev/usb/lp0", "wb") as printer:
        printer.write(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
`,
  ),
  good(
    "CWE-367",
    "batch50: setuid helper drops to the caller's uid before opening the file",
    src`
#!/usr/bin/env python3
"""print-file: installed setuid root so users can print their own files to the secure printer."""
import os
import sys


def main(path: str) -> int:
    printer = open("/dev/usb/lp0", "wb")
    os.setresuid(os.getuid(), os.getuid(), os.getuid())
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except PermissionError:
        print("permission denied", file=sys.stderr)
        return 1
    with printer:
        printer.write(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
`,
  ),
  bad(
    "CWE-367",
    "batch50: root cron job checks islink on a user's file and then writes to it",
    src`
import os
from pathlib import Path


def reset_quota_notice(home: Path) -> None:
    """Runs as root for every user: rewrite ~/.quota_notice."""
    notice = home / ".quota_notice"
    if os.path.islink(notice):
        return
    with open(notice, "w") as fh:
        fh.write("You are over 90% of your quota.\n")


def main() -> None:
    for home in Path("/home").iterdir():
        reset_quota_notice(home)
`,
  ),
  good(
    "CWE-367",
    "batch50: root cron job opens the user's file with O_NOFOLLOW in one step",
    src`
import os
from pathlib import Path


def reset_quota_notice(home: Path) -> None:
    """Runs as root for every user: rewrite ~/.quota_notice."""
    notice = home / ".quota_notice"
    try:
        fd = os.open(notice, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
    except OSError:
        return
    with os.fdopen(fd, "w") as fh:
        fh.write("You are over 90% of your quota.\n")


def main() -> None:
    for home in Path("/home").iterdir():
        reset_quota_notice(home)
`,
  ),
  bad(
    "CWE-367",
    "batch50: lock helper tests for the lock file and creates it in a second step",
    src`
import os
from pathlib import Path

LOCK = Path("/var/run/sync.lock")


def acquire() -> bool:
    if LOCK.exists():
        return False
    LOCK.write_text(str(os.getpid()))
    return True


def release() -> None:
    LOCK.unlink(missing_ok=True)
`,
  ),
  good(
    "CWE-367",
    "batch50: lock helper creates the lock file atomically with O_EXCL",
    src`
import os
from pathlib import Path

LOCK = Path("/var/run/sync.lock")


def acquire() -> bool:
    try:
        fd = os.open(LOCK, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w") as fh:
        fh.write(str(os.getpid()))
    return True


def release() -> None:
    LOCK.unlink(missing_ok=True)
`,
  ),
  bad(
    "CWE-367",
    "batch50: upload processor stats the owner of a user file and then chowns by path",
    src`
import os
import shutil
from pathlib import Path

INBOX = Path("/srv/inbox")
ARCHIVE = Path("/srv/archive")


def archive_owned(path: Path, uid: int) -> None:
    """Move a file a user dropped into the shared inbox, if it is theirs (runs as root)."""
    if os.stat(path).st_uid != uid:
        raise PermissionError(path)
    dest = ARCHIVE / str(uid) / path.name
    shutil.copy(path, dest)
    os.chown(dest, uid, -1)
    os.remove(path)
`,
  ),
  // ---------------- CWE-377 insecure temporary file ----------------
  bad(
    "CWE-377",
    "batch50: report job writes to a name from tempfile.mktemp",
    src`
import csv
import tempfile


def export_rows(rows: list[dict]) -> str:
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path
`,
  ),
  good(
    "CWE-377",
    "batch50: report job writes to a NamedTemporaryFile kept on close",
    src`
import csv
import tempfile


def export_rows(rows: list[dict]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False) as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        return fh.name
`,
  ),
  bad(
    "CWE-377",
    "batch50: cron job stages the user's export under a fixed name in /tmp",
    src`
import json
from pathlib import Path


def stage_export(username: str, data: dict) -> Path:
    """Nightly: stage each user's export before upload."""
    path = Path(f"/tmp/export-{username}.json")
    path.write_text(json.dumps(data))
    return path
`,
  ),
  good(
    "CWE-377",
    "batch50: cron job stages the export with mkstemp in a private folder",
    src`
import json
import os
import tempfile
from pathlib import Path


def stage_export(username: str, data: dict) -> Path:
    """Nightly: stage each user's export before upload."""
    fd, name = tempfile.mkstemp(prefix=f"export-{username}-", suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh)
    return Path(name)
`,
  ),
  bad(
    "CWE-377",
    "batch50: CLI writes the decrypted secret to /tmp with open() before editing",
    src`
import os
import subprocess

import typer

app = typer.Typer()


@app.command()
def edit(name: str) -> None:
    """Decrypt a vault entry, open it in $EDITOR, re-encrypt."""
    plain = subprocess.run(["vault-decrypt", name], capture_output=True, check=True).stdout
    tmp_path = os.path.join("/tmp", name + ".plain")
    with open(tmp_path, "wb") as fh:
        fh.write(plain)
    subprocess.run([os.environ.get("EDITOR", "vi"), tmp_path], check=True)
    subprocess.run(["vault-encrypt", name, tmp_path], check=True)
    os.remove(tmp_path)
`,
  ),
  good(
    "CWE-377",
    "batch50: CLI edits the decrypted secret inside a TemporaryDirectory",
    src`
import os
import subprocess
import tempfile
from pathlib import Path

import typer

app = typer.Typer()


@app.command()
def edit(name: str) -> None:
    """Decrypt a vault entry, open it in $EDITOR, re-encrypt."""
    plain = subprocess.run(["vault-decrypt", name], capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp) / "entry.plain"
        tmp_path.write_bytes(plain)
        subprocess.run([os.environ.get("EDITOR", "vi"), str(tmp_path)], check=True)
        subprocess.run(["vault-encrypt", name, str(tmp_path)], check=True)
`,
  ),
  bad(
    "CWE-377",
    "batch50: worker opens a predictable per-pid scratch file in the shared temp dir",
    src`
import os
import tempfile


def scratch_path() -> str:
    return os.path.join(tempfile.gettempdir(), f"worker-{os.getpid()}.dat")


def process(chunks: list[bytes]) -> int:
    path = scratch_path()
    with open(path, "wb") as fh:
        for c in chunks:
            fh.write(c)
    size = os.path.getsize(path)
    os.unlink(path)
    return size
`,
  ),
  // ---------------- CWE-732 / CWE-276 permissions ----------------
  bad(
    "CWE-732",
    "batch50: export job makes the user's export world-writable",
    src`
import os
from pathlib import Path


def write_export(path: Path, payload: bytes) -> None:
    path.write_bytes(payload)
    os.chmod(path, 0o777)
`,
  ),
  good(
    "CWE-732",
    "batch50: export job makes the user's export readable by the owner only",
    src`
import os
from pathlib import Path


def write_export(path: Path, payload: bytes) -> None:
    path.write_bytes(payload)
    os.chmod(path, 0o600)
`,
  ),
  bad(
    "CWE-732",
    "batch50: daemon clears its umask and creates the credentials file with the default mode",
    src`
import json
import os
from pathlib import Path

CRED_FILE = Path("/var/lib/syncd/credentials.json")


def start(creds: dict) -> None:
    os.umask(0)
    CRED_FILE.parent.mkdir(parents=True, exist_ok=True)
    with open(CRED_FILE, "w") as fh:
        json.dump(creds, fh)
`,
  ),
  good(
    "CWE-732",
    "batch50: daemon writes the credentials file through os.open with mode 0o600",
    src`
import json
import os
from pathlib import Path

CRED_FILE = Path("/var/lib/syncd/credentials.json")


def start(creds: dict) -> None:
    CRED_FILE.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(CRED_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(creds, fh)
`,
  ),
  bad(
    "CWE-732",
    "batch50: setup script creates the shared key directory with mode 0o777",
    src`
from pathlib import Path

KEY_DIR = Path("/etc/myapp/keys")


def ensure_key_dir() -> Path:
    KEY_DIR.mkdir(mode=0o777, parents=True, exist_ok=True)
    return KEY_DIR
`,
  ),
  bad(
    "CWE-732",
    "batch50: token cache written through os.open with mode 0o666",
    src`
import os


def save_token(path: str, token: str) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o666)
    with os.fdopen(fd, "w") as fh:
        fh.write(token)
`,
  ),
  good(
    "CWE-732",
    "batch50: public static assets made world-readable with 0o644",
    src`
import os
from pathlib import Path


def publish(static_dir: Path) -> None:
    for p in static_dir.rglob("*"):
        os.chmod(p, 0o755 if p.is_dir() else 0o644)
`,
  ),
  bad(
    "CWE-732",
    "batch50: Path.chmod with stat flags giving others write on the upload spool",
    src`
import stat
from pathlib import Path

SPOOL = Path("/var/spool/uploads")


def prepare_spool() -> None:
    SPOOL.mkdir(parents=True, exist_ok=True)
    SPOOL.chmod(stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
`,
  ),
  // ---------------- CWE-59 link following ----------------
  bad(
    "CWE-59",
    "batch50: root cron job chowns everything under users' upload folders following symlinks",
    src`
import os
import pwd
from pathlib import Path


def fix_ownership() -> None:
    """Runs as root: give each user back the files in /srv/uploads/<user>."""
    for user_dir in Path("/srv/uploads").iterdir():
        pw = pwd.getpwnam(user_dir.name)
        for root, dirs, files in os.walk(user_dir):
            for name in files:
                os.chown(os.path.join(root, name), pw.pw_uid, pw.pw_gid)
`,
  ),
  good(
    "CWE-59",
    "batch50: root cron job uses lchown so a symlink in the user's folder is not followed",
    src`
import os
import pwd
from pathlib import Path


def fix_ownership() -> None:
    """Runs as root: give each user back the files in /srv/uploads/<user>."""
    for user_dir in Path("/srv/uploads").iterdir():
        pw = pwd.getpwnam(user_dir.name)
        for root, dirs, files in os.walk(user_dir):
            for name in files:
                os.lchown(os.path.join(root, name), pw.pw_uid, pw.pw_gid)
`,
  ),
  bad(
    "CWE-59",
    "batch50: privileged log rotator appends to a log in the user's home without refusing symlinks",
    src`
import datetime
import pwd
from pathlib import Path


def note_rotation(username: str) -> None:
    """Called by the root rotator: append a line to ~/.rotation.log."""
    home = Path(pwd.getpwnam(username).pw_dir)
    with open(home / ".rotation.log", "a") as fh:
        fh.write(f"{datetime.datetime.now():%Y-%m-%d %H:%M} logs rotated\n")
`,
  ),
  good(
    "CWE-59",
    "batch50: privileged log rotator opens the user's log with O_NOFOLLOW",
    src`
import datetime
import os
import pwd
from pathlib import Path


def note_rotation(username: str) -> None:
    """Called by the root rotator: append a line to ~/.rotation.log."""
    home = Path(pwd.getpwnam(username).pw_dir)
    fd = os.open(home / ".rotation.log", os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    with os.fdopen(fd, "a") as fh:
        fh.write(f"{datetime.datetime.now():%Y-%m-%d %H:%M} logs rotated\n")
`,
  ),
  bad(
    "CWE-59",
    "batch50: root cleanup removes users' cache trees with shutil.rmtree after resolving symlinks",
    src`
import shutil
from pathlib import Path


def clear_caches() -> None:
    """Runs as root weekly: empty ~/.cache/app for every user."""
    for home in Path("/home").iterdir():
        cache = (home / ".cache" / "app").resolve()
        if cache.exists():
            shutil.rmtree(cache)
`,
  ),
  // ---------------- CWE-209 error details to the caller ----------------
  bad(
    "CWE-209",
    "batch50: Lambda handler returns the traceback in the response body",
    src`
import json
import traceback

from .service import place_order


def lambda_handler(event, context):
    try:
        order = place_order(json.loads(event["body"]))
        return {"statusCode": 201, "body": json.dumps(order)}
    except Exception:
        return {"statusCode": 500, "body": json.dumps({"error": traceback.format_exc()})}
`,
  ),
  good(
    "CWE-209",
    "batch50: Lambda handler logs the traceback and returns a generic error",
    src`
import json
import logging

from .service import place_order

logger = logging.getLogger()
logger.setLevel(logging.INFO)


def lambda_handler(event, context):
    try:
        order = place_order(json.loads(event["body"]))
        return {"statusCode": 201, "body": json.dumps(order)}
    except Exception:
        logger.exception("place_order failed (request %s)", context.aws_request_id)
        return {"statusCode": 500, "body": json.dumps({"error": "internal error"})}
`,
  ),
  bad(
    "CWE-209",
    "batch50: Azure Function returns str(exc) of a database error",
    src`
import azure.functions as func
import psycopg2

from .db import connect


def main(req: func.HttpRequest) -> func.HttpResponse:
    try:
        with connect() as conn, conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM orders")
            (n,) = cur.fetchone()
        return func.HttpResponse(str(n))
    except psycopg2.Error as exc:
        return func.HttpResponse(f"database error: {exc}", status_code=500)
`,
  ),
  good(
    "CWE-209",
    "batch50: Azure Function logs the database error and returns a fixed message",
    src`
import logging

import azure.functions as func
import psycopg2

from .db import connect


def main(req: func.HttpRequest) -> func.HttpResponse:
    try:
        with connect() as conn, conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM orders")
            (n,) = cur.fetchone()
        return func.HttpResponse(str(n))
    except psycopg2.Error:
        logging.exception("count failed")
        return func.HttpResponse("service unavailable", status_code=503)
`,
  ),
  bad(
    "CWE-209",
    "batch50: slack_bolt command replies with the full traceback on failure",
    src`
import os
import traceback

from slack_bolt import App

from .ops import restart_service

app = App(token=os.environ["SLACK_BOT_TOKEN"])


@app.command("/restart")
def restart(ack, command, respond):
    ack()
    try:
        restart_service(command["text"])
        respond("restarted")
    except Exception:
        respond(f"failed:\n{traceback.format_exc()}")
`,
  ),
  bad(
    "CWE-209",
    "batch50: socketserver handler sends repr of the exception back to the client",
    src`
import json
import socketserver

from .store import apply_update


class UpdateHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        try:
            apply_update(json.loads(self.rfile.readline()))
            self.wfile.write(b"ok\n")
        except Exception as exc:
            self.wfile.write(repr(exc).encode() + b"\n")
`,
  ),
  good(
    "CWE-209",
    "batch50: socketserver handler logs the exception and sends an error code",
    src`
import json
import logging
import socketserver

from .store import apply_update

log = logging.getLogger(__name__)


class UpdateHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        try:
            apply_update(json.loads(self.rfile.readline()))
            self.wfile.write(b"ok\n")
        except Exception:
            log.exception("update from %s failed", self.client_address[0])
            self.wfile.write(b"error\n")
`,
  ),
  // ---------------- CWE-532 sensitive data in logs ----------------
  bad(
    "CWE-532",
    "batch50: account CLI logs the password it was given",
    src`
import logging

import click

from .accounts import create_account

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("accounts")


@click.command()
@click.option("--email", required=True)
@click.option("--password", prompt=True, hide_input=True)
def create(email: str, password: str) -> None:
    log.info("creating account email=%s password=%s", email, password)
    create_account(email, password)
`,
  ),
  good(
    "CWE-532",
    "batch50: account CLI logs only the e-mail",
    src`
import logging

import click

from .accounts import create_account

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("accounts")


@click.command()
@click.option("--email", required=True)
@click.option("--password", prompt=True, hide_input=True)
def create(email: str, password: str) -> None:
    log.info("creating account email=%s", email)
    create_account(email, password)
`,
  ),
  bad(
    "CWE-532",
    "batch50: worker logs the API key it read from the environment at startup",
    src`
import logging
import os

logger = logging.getLogger(__name__)


def configure() -> dict[str, str]:
    api_key = os.environ["PAYMENTS_API_KEY"]
    logger.info(f"payments client configured with key {api_key}")
    return {"Authorization": f"Bearer {api_key}"}
`,
  ),
  good(
    "CWE-532",
    "batch50: worker logs only the last four characters of the API key",
    src`
import logging
import os

logger = logging.getLogger(__name__)


def configure() -> dict[str, str]:
    api_key = os.environ["PAYMENTS_API_KEY"]
    logger.info("payments client configured with key ...%s", api_key[-4:])
    return {"Authorization": f"Bearer {api_key}"}
`,
  ),
  bad(
    "CWE-532",
    "batch50: Celery task logs the card number from the payment message",
    src`
import logging

from celery import shared_task

from .gateway import charge

log = logging.getLogger(__name__)


@shared_task
def process_payment(payment: dict) -> str:
    log.info("charging card %s exp %s for %s", payment["card_number"], payment["expiry"], payment["amount"])
    return charge(payment)
`,
  ),
  bad(
    "CWE-532",
    "batch50: auth client logs the whole token response at debug",
    src`
import logging

import httpx

log = logging.getLogger(__name__)


def fetch_token(client_id: str, client_secret: str) -> str:
    resp = httpx.post(
        "https://auth.example.com/oauth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret},
    )
    body = resp.json()
    log.debug("token response: access_token=%s", body["access_token"])
    return body["access_token"]
`,
  ),
  good(
    "CWE-532",
    "batch50: auth client logs the status and expiry, not the token",
    src`
import logging

import httpx

log = logging.getLogger(__name__)


def fetch_token(client_id: str, client_secret: str) -> str:
    resp = httpx.post(
        "https://auth.example.com/oauth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret},
    )
    body = resp.json()
    log.debug("token response %s, expires in %s s", resp.status_code, body.get("expires_in"))
    return body["access_token"]
`,
  ),
  // ---------------- CWE-117 log injection ----------------
  bad(
    "CWE-117",
    "batch50: socketserver login service logs the user name the client sent, newlines and all",
    src`
import logging
import socketserver

logging.basicConfig(filename="/var/log/authd.log", level=logging.INFO, format="%(asctime)s %(message)s")


class LoginHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        username = self.rfile.readline().decode("utf-8", "replace").rstrip("\r\n")
        password = self.rfile.readline().decode("utf-8", "replace").rstrip("\r\n")
        ok = self.server.check(username, password)
        logging.info("login attempt user=" + username + " ok=" + str(ok))
        self.wfile.write(b"OK\n" if ok else b"DENIED\n")
`,
  ),
  good(
    "CWE-117",
    "batch50: socketserver login service escapes control characters before logging the name",
    src`
import logging
import socketserver

logging.basicConfig(filename="/var/log/authd.log", level=logging.INFO, format="%(asctime)s %(message)s")


class LoginHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        username = self.rfile.readline().decode("utf-8", "replace").rstrip("\r\n")
        password = self.rfile.readline().decode("utf-8", "replace").rstrip("\r\n")
        ok = self.server.check(username, password)
        safe_name = username.encode("unicode_escape").decode("ascii")
        logging.info("login attempt user=%s ok=%s", safe_name, ok)
        self.wfile.write(b"OK\n" if ok else b"DENIED\n")
`,
  ),
  bad(
    "CWE-117",
    "batch50: Lambda handler logs the raw User-Agent header with an f-string",
    src`
import logging

logger = logging.getLogger()
logger.setLevel(logging.INFO)


def lambda_handler(event, context):
    ua = event.get("headers", {}).get("user-agent", "")
    logger.info(f"request from agent={ua}")
    return {"statusCode": 204}
`,
  ),
  bad(
    "CWE-117",
    "batch50: telegram bot writes the user's message text to the audit log",
    src`
import logging

from telegram import Update
from telegram.ext import ContextTypes

audit = logging.getLogger("audit")


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = update.message.text
    audit.warning("user %d said: " + text, update.effective_user.id)
    await update.message.reply_text("noted")
`,
  ),
  // ---------------- CWE-601 open redirect ----------------
  bad(
    "CWE-601",
    "batch50: Lambda login callback redirects to the next parameter",
    src`
def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    target = params.get("next", "/")
    return {
        "statusCode": 302,
        "headers": {"Location": target, "Set-Cookie": "seen=1; Secure; HttpOnly"},
        "body": "",
    }
`,
  ),
  good(
    "CWE-601",
    "batch50: Lambda login callback only redirects to a local path",
    src`
from urllib.parse import urlparse


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    target = params.get("next", "/")
    parts = urlparse(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        target = "/"
    return {
        "statusCode": 302,
        "headers": {"Location": target, "Set-Cookie": "seen=1; Secure; HttpOnly"},
        "body": "",
    }
`,
  ),
  bad(
    "CWE-601",
    "batch50: Azure Function redirects to return_to from req.params",
    src`
import azure.functions as func


def main(req: func.HttpRequest) -> func.HttpResponse:
    return_to = req.params.get("return_to") or "https://app.example.com/"
    return func.HttpResponse(status_code=302, headers={"Location": return_to})
`,
  ),
  bad(
    "CWE-601",
    "batch50: GCP Cloud Function redirects to the url argument with flask.redirect",
    src`
import functions_framework
from flask import redirect


@functions_framework.http
def go(request):
    url = request.args.get("url", "https://example.com")
    return redirect(url, code=302)
`,
  ),
  good(
    "CWE-601",
    "batch50: GCP Cloud Function redirects by a short-link id through a fixed table",
    src`
import functions_framework
from flask import abort, redirect

LINKS = {"docs": "https://docs.example.com", "status": "https://status.example.com"}


@functions_framework.http
def go(request):
    url = LINKS.get(request.args.get("id", ""))
    if url is None:
        abort(404)
    return redirect(url, code=302)
`,
  ),
  // ---------------- CWE-327 / CWE-328 weak crypto and hashes ----------------
  bad(
    "CWE-328",
    "batch50: user-admin CLI stores md5 password hashes",
    src`
import hashlib
import sqlite3

import typer

app = typer.Typer()


@app.command()
def add_user(username: str, password: str = typer.Option(..., prompt=True, hide_input=True)) -> None:
    digest = hashlib.md5(password.encode()).hexdigest()
    with sqlite3.connect("users.db") as db:
        db.execute("INSERT INTO users (name, pw_hash) VALUES (?, ?)", (username, digest))
`,
  ),
  good(
    "CWE-328",
    "batch50: user-admin CLI stores scrypt password hashes with a salt",
    src`
import hashlib
import os
import sqlite3

import typer

app = typer.Typer()


@app.command()
def add_user(username: str, password: str = typer.Option(..., prompt=True, hide_input=True)) -> None:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    with sqlite3.connect("users.db") as db:
        db.execute(
            "INSERT INTO users (name, pw_salt, pw_hash) VALUES (?, ?, ?)",
            (username, salt.hex(), digest.hex()),
        )
`,
  ),
  good(
    "CWE-328",
    "batch50: sync tool uses md5 only to detect changed files (usedforsecurity=False)",
    src`
import hashlib
from pathlib import Path


def file_fingerprint(path: Path) -> str:
    h = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()
`,
  ),
  bad(
    "CWE-327",
    "batch50: message encryption helper uses AES in ECB mode",
    src`
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_message(key: bytes, plaintext: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()
`,
  ),
  good(
    "CWE-327",
    "batch50: message encryption helper uses AES-GCM with a random nonce",
    src`
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_message(key: bytes, plaintext: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, None)
`,
  ),
  bad(
    "CWE-327",
    "batch50: backup exporter encrypts with DES from pycryptodome",
    src`
from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt_backup(key: bytes, data: bytes) -> bytes:
    cipher = DES.new(key[:8], DES.MODE_CBC)
    return cipher.iv + cipher.encrypt(pad(data, DES.block_size))
`,
  ),
  bad(
    "CWE-328",
    "batch50: API key store saves sha1 of the key without a salt",
    src`
import hashlib
import secrets
from dataclasses import dataclass


@dataclass
class ApiKeyRecord:
    owner: str
    key_hash: str


def issue_key(owner: str) -> tuple[str, ApiKeyRecord]:
    key = secrets.token_urlsafe(16)
    return key, ApiKeyRecord(owner=owner, key_hash=hashlib.sha1(key.encode()).hexdigest())
`,
  ),
  bad(
    "CWE-327",
    "batch50: webhook signer uses ARC4 to obscure the payload",
    src`
from Crypto.Cipher import ARC4


def seal(secret: bytes, payload: bytes) -> bytes:
    return ARC4.new(secret).encrypt(payload)
`,
  ),
  // ---------------- CWE-330 / CWE-338 weak randomness ----------------
  bad(
    "CWE-338",
    "batch50: API-token CLI generates tokens with random.choices",
    src`
import random
import string

import click

ALPHABET = string.ascii_letters + string.digits


@click.command()
@click.option("--length", default=32)
def new_token(length: int) -> None:
    """Print a new API token for a service account."""
    click.echo("".join(random.choices(ALPHABET, k=length)))
`,
  ),
  good(
    "CWE-338",
    "batch50: API-token CLI generates tokens with secrets",
    src`
import secrets
import string

import click

ALPHABET = string.ascii_letters + string.digits


@click.command()
@click.option("--length", default=32)
def new_token(length: int) -> None:
    """Print a new API token for a service account."""
    click.echo("".join(secrets.choice(ALPHABET) for _ in range(length)))
`,
  ),
  bad(
    "CWE-338",
    "batch50: telegram bot sends a login code from random.randint",
    src`
import random

from telegram import Update
from telegram.ext import ContextTypes

PENDING: dict[int, str] = {}


async def login(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    code = f"{random.randint(0, 999999):06d}"
    PENDING[update.effective_user.id] = code
    await update.message.reply_text(f"Your one-time code: {code}")
`,
  ),
  good(
    "CWE-338",
    "batch50: telegram bot picks a random greeting with random.choice",
    src`
import random

from telegram import Update
from telegram.ext import ContextTypes

GREETINGS = ["Hi!", "Hello there!", "Hey!"]


async def hello(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text(random.choice(GREETINGS))
`,
  ),
  bad(
    "CWE-330",
    "batch50: password reset helper seeds random with the time and builds a token",
    src`
import random
import time


def reset_token(user_id: int) -> str:
    random.seed(int(time.time()))
    return f"{user_id}-{random.getrandbits(64):016x}"
`,
  ),
  bad(
    "CWE-338",
    "batch50: invite code generator uses random.random in a helper two calls away",
    src`
import hashlib
import random


def _noise() -> str:
    return str(random.random())


def _invite_code(email: str) -> str:
    return hashlib.sha256((email + _noise()).encode()).hexdigest()[:12]


def create_invite(email: str) -> dict[str, str]:
    """Create the invite code a new team member uses to join."""
    return {"email": email, "code": _invite_code(email)}
`,
  ),
  good(
    "CWE-338",
    "batch50: load test jitters its retry delay with random.uniform",
    src`
import random
import time

import httpx


def get_with_retry(url: str, attempts: int = 5) -> httpx.Response:
    for i in range(attempts):
        try:
            return httpx.get(url, timeout=5)
        except httpx.TransportError:
            time.sleep(2**i + random.uniform(0, 1))
    raise RuntimeError("gave up")
`,
  ),
  // ---------------- CWE-798 hard-coded credentials ----------------
  bad(
    "CWE-798",
    "batch50: Lambda module builds a boto3 client with literal access keys",
    src`
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAZ7Q3EXAMPLE4N2KQ",
    aws_secret_access_key="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",
    region_name="eu-west-1",
)


def lambda_handler(event, context):
    obj = s3.get_object(Bucket="reports", Key=event["key"])
    return {"size": obj["ContentLength"]}
`,
  ),
  good(
    "CWE-798",
    "batch50: Lambda module relies on the execution role for credentials",
    src`
import os

import boto3

s3 = boto3.client("s3", region_name=os.environ.get("AWS_REGION", "eu-west-1"))


def lambda_handler(event, context):
    obj = s3.get_object(Bucket="reports", Key=event["key"])
    return {"size": obj["ContentLength"]}
`,
  ),
  bad(
    "CWE-798",
    "batch50: discord bot runs with a token literal",
    src`
import discord

intents = discord.Intents.default()
client = discord.Client(intents=intents)


@client.event
async def on_ready() -> None:
    print(f"logged in as {client.user}")


client.run("MTE5ODc2NTQzMjEwOTg3NjU0.GxYzAb.q8Wv3kLm9NpRs2TtUu7VvXx1YyZz0AaBbCcDdE")
`,
  ),
  good(
    "CWE-798",
    "batch50: discord bot reads its token from the environment",
    src`
import os

import discord

intents = discord.Intents.default()
client = discord.Client(intents=intents)


@client.event
async def on_ready() -> None:
    print(f"logged in as {client.user}")


client.run(os.environ["DISCORD_TOKEN"])
`,
  ),
  bad(
    "CWE-798",
    "batch50: Celery config with the broker password in the URL",
    src`
from celery import Celery

app = Celery("billing", broker="amqp://billing:Xk7#pQ2vLm9w@rabbitmq.internal:5672/billing")
app.conf.result_backend = "redis://:R3d1sS3cr3t!@redis.internal:6379/0"
`,
  ),
  bad(
    "CWE-798",
    "batch50: dataclass settings default the SMTP password to a literal",
    src`
import os
from dataclasses import dataclass, field


@dataclass
class MailSettings:
    host: str = field(default_factory=lambda: os.getenv("SMTP_HOST", "smtp.example.com"))
    user: str = "notifications@example.com"
    password: str = "Summer2024!mail"
    port: int = 587
`,
  ),
  good(
    "CWE-798",
    "batch50: pydantic settings read the SMTP password from the environment",
    src`
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class MailSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SMTP_")

    host: str = "smtp.example.com"
    user: str = "notifications@example.com"
    password: SecretStr
    port: int = 587
`,
  ),
  // ---------------- CWE-295 certificate validation ----------------
  bad(
    "CWE-295",
    "batch50: webhook relay CLI posts with verify=False",
    src`
import json
import sys

import requests
import typer


def relay(url: str, payload_file: typer.FileText) -> None:
    payload = json.load(payload_file)
    r = requests.post(url, json=payload, timeout=10, verify=False)
    typer.echo(r.status_code)


if __name__ == "__main__":
    typer.run(relay)
    sys.exit(0)
`,
  ),
  good(
    "CWE-295",
    "batch50: webhook relay CLI verifies against the partner's CA bundle",
    src`
import json
import sys

import requests
import typer


def relay(url: str, payload_file: typer.FileText, ca_bundle: str = "/etc/ssl/partner-ca.pem") -> None:
    payload = json.load(payload_file)
    r = requests.post(url, json=payload, timeout=10, verify=ca_bundle)
    typer.echo(r.status_code)


if __name__ == "__main__":
    typer.run(relay)
    sys.exit(0)
`,
  ),
  bad(
    "CWE-295",
    "batch50: Kafka consumer builds an SSL context with hostname check and verification off",
    src`
import ssl

from kafka import KafkaConsumer


def make_context(cafile: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


consumer = KafkaConsumer(
    "orders",
    bootstrap_servers="kafka.example.com:9093",
    security_protocol="SSL",
    ssl_context=make_context("/etc/kafka/ca.pem"),
)
`,
  ),
  good(
    "CWE-295",
    "batch50: Kafka consumer uses the default SSL context with the cluster CA",
    src`
import ssl

from kafka import KafkaConsumer


def make_context(cafile: str) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=cafile)


consumer = KafkaConsumer(
    "orders",
    bootstrap_servers="kafka.example.com:9093",
    security_protocol="SSL",
    ssl_context=make_context("/etc/kafka/ca.pem"),
)
`,
  ),
  bad(
    "CWE-295",
    "batch50: aiohttp poller disables certificate checks with ssl=False",
    src`
import asyncio

import aiohttp


async def poll(urls: list[str]) -> list[int]:
    async with aiohttp.ClientSession() as session:
        results = []
        for url in urls:
            async with session.get(url, ssl=False) as resp:
                results.append(resp.status)
        return results


if __name__ == "__main__":
    print(asyncio.run(poll(["https://status.example.com"])))
`,
  ),
  bad(
    "CWE-295",
    "batch50: urllib fetcher uses ssl._create_unverified_context",
    src`
import ssl
import urllib.request


def fetch_feed(url: str) -> bytes:
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return resp.read()
`,
  ),
  // ---------------- CWE-79 / CWE-352 HTML from functions and bots ----------------
  bad(
    "CWE-79",
    "batch50: Lambda handler returns an HTML greeting with the name from the query string",
    src`
def lambda_handler(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "guest")
    html = f"<html><body><h1>Hello, {name}!</h1></body></html>"
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": html}
`,
  ),
  good(
    "CWE-79",
    "batch50: Lambda handler escapes the name before putting it in HTML",
    src`
import html


def lambda_handler(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "guest")
    page = f"<html><body><h1>Hello, {html.escape(name)}!</h1></body></html>"
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": page}
`,
  ),
  bad(
    "CWE-79",
    "batch50: Azure Function renders a search page with the raw query",
    src`
import azure.functions as func


def main(req: func.HttpRequest) -> func.HttpResponse:
    q = req.params.get("q", "")
    body = "<p>No results for <b>" + q + "</b></p>"
    return func.HttpResponse(body, mimetype="text/html")
`,
  ),
  good(
    "CWE-79",
    "batch50: Azure Function returns the query in a JSON body",
    src`
import json

import azure.functions as func


def main(req: func.HttpRequest) -> func.HttpResponse:
    q = req.params.get("q", "")
    return func.HttpResponse(json.dumps({"query": q, "results": []}), mimetype="application/json")
`,
  ),
  bad(
    "CWE-79",
    "batch50: GCP Cloud Function echoes the comment into an HTML response",
    src`
import functions_framework


@functions_framework.http
def preview(request):
    comment = request.form.get("comment", "")
    return f"<div class='preview'>{comment}</div>", 200, {"Content-Type": "text/html; charset=utf-8"}
`,
  ),
  bad(
    "CWE-352",
    "batch50: Flask-based Cloud Run service changes the e-mail on POST with session auth and no CSRF check",
    src`
from flask import Flask, abort, request, session

from .db import update_email

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]


@app.post("/account/email")
def change_email():
    user_id = session.get("user_id")
    if user_id is None:
        abort(401)
    update_email(user_id, request.form["email"])
    return "", 204
`,
  ),
  good(
    "CWE-352",
    "batch50: Flask-based Cloud Run service uses Flask-WTF CSRFProtect",
    src`
import os

from flask import Flask, abort, request, session
from flask_wtf.csrf import CSRFProtect

from .db import update_email

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CSRFProtect(app)


@app.post("/account/email")
def change_email():
    user_id = session.get("user_id")
    if user_id is None:
        abort(401)
    update_email(user_id, request.form["email"])
    return "", 204
`,
  ),
];
