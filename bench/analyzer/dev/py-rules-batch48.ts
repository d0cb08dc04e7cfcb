// Dev suite "py-rules", batch 48 (format in py-rules.ts): written blind after batches 28-29's fixes and measured
// before any fix (numbered 48 to keep clear of the batches other helpers write at the same time). Request data
// arriving through the shapes the suite used little: FastAPI pydantic bodies and Query parameters, Django Ninja
// schemas, GraphQL resolver arguments (strawberry, graphene), DRF serializers' validated_data, gRPC request
// messages, Starlette path_params / query_params / form(), Litestar handler parameters, websocket messages, and
// Kafka / Redis pub-sub payloads, into SQL, commands, paths, outbound requests, HTML, redirects and unpicklers.
// Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH48: DevCase[] = [
  ...rules(
    "CWE-89",
    "batch48: fastapi pydantic bodies and ninja schemas into sql",
    `
import sqlite3

from django.db import connection
from fastapi import Depends, FastAPI, Query
from ninja import NinjaAPI, Schema
from pydantic import BaseModel

app = FastAPI()
api = NinjaAPI()


class Filter(BaseModel):
    owner: str
    status: str = "open"
    sort: str = "created_at"


class Lookup(Schema):
    email: str


def get_db():
    return sqlite3.connect("/srv/tickets.db")


@app.post("/tickets/search")
def search(flt: Filter, db=Depends(get_db)):
    rows = db.execute(f"SELECT * FROM tickets WHERE owner = '{flt.owner}' AND status = '{flt.status}'").fetchall() # VULN
    rows2 = db.execute("SELECT * FROM tickets WHERE owner = ? AND status = ?", (flt.owner, flt.status)).fetchall() # SAFE
    return {"rows": rows + rows2}


@app.get("/tickets")
def listing(tag: str = Query(...), db=Depends(get_db)):
    return {"rows": db.execute("SELECT * FROM tickets WHERE tag = '%s'" % tag).fetchall()} # VULN


@app.get("/tickets/sorted")
def sorted_listing(flt: Filter = Depends(), db=Depends(get_db)):
    column = flt.sort if flt.sort in {"created_at", "priority", "owner"} else "created_at"
    return {"rows": db.execute(f"SELECT * FROM tickets ORDER BY {column}").fetchall()} # SAFE


@api.post("/users/lookup")
def lookup(request, payload: Lookup):
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM auth_user WHERE email = '" + payload.email + "'") # VULN
        cur.execute("SELECT id FROM auth_user WHERE email = %s", [payload.email]) # SAFE
        return {"ids": [r[0] for r in cur.fetchall()]}
`,
  ),
  ...rules(
    "CWE-89",
    "batch48: graphql resolver arguments into sql",
    `
import graphene
import strawberry
from sqlalchemy import create_engine, text

engine = create_engine("postgresql:///library")


@strawberry.type
class Book:
    id: int
    title: str


@strawberry.type
class Query:
    @strawberry.field
    def books(self, author: str) -> list[Book]:
        with engine.connect() as conn:
            rows = conn.execute(text(f"SELECT id, title FROM books WHERE author = '{author}'")) # VULN
            return [Book(id=r.id, title=r.title) for r in rows]

    @strawberry.field
    def books_safe(self, author: str) -> list[Book]:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, title FROM books WHERE author = :a"), {"a": author}) # SAFE
            return [Book(id=r.id, title=r.title) for r in rows]


class LegacyQuery(graphene.ObjectType):
    titles = graphene.List(graphene.String, prefix=graphene.String())

    def resolve_titles(root, info, prefix):
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT title FROM books WHERE title LIKE '" + prefix + "%'")) # VULN
            return [r.title for r in rows]

    def resolve_titles_safe(root, info, prefix):
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT title FROM books WHERE title LIKE :p"), {"p": prefix + "%"}) # SAFE
            return [r.title for r in rows]
`,
  ),
  ...rules(
    "CWE-22",
    "batch48: starlette paths and commands, websocket messages",
    `
import asyncio
import os
import subprocess

from starlette.responses import FileResponse, PlainTextResponse

MEDIA = "/srv/media"


async def thumbnail(request):
    name = request.path_params["name"]
    return FileResponse(os.path.join(MEDIA, name)) # VULN


async def thumbnail_safe(request):
    name = os.path.basename(request.path_params["name"])
    return FileResponse(os.path.join(MEDIA, name)) # SAFE


async def convert(request):
    form = await request.form()
    fmt = form["format"]
    out = subprocess.run("ffmpeg -i /srv/in.mov /srv/out." + fmt, shell=True, capture_output=True) # VULN CWE-78
    return PlainTextResponse(str(out.returncode))


async def convert_checked(request):
    fmt = request.query_params.get("format", "mp4")
    if fmt not in ("mp4", "webm"):
        return PlainTextResponse("bad format", status_code=400)
    out = subprocess.run("ffmpeg -i /srv/in.mov /srv/out." + fmt, shell=True, capture_output=True) # SAFE CWE-78
    return PlainTextResponse(str(out.returncode))


async def count_matches(websocket):
    async for message in websocket:
        proc = await asyncio.create_subprocess_shell("grep -c " + message + " /var/log/app.log", stdout=asyncio.subprocess.PIPE) # VULN CWE-78
        out, _ = await proc.communicate()
        await websocket.send(out.decode())


async def count_matches_safe(websocket):
    message = await websocket.recv()
    proc = await asyncio.create_subprocess_exec("grep", "-c", "--", message, "/var/log/app.log", stdout=asyncio.subprocess.PIPE) # SAFE CWE-78
    out, _ = await proc.communicate()
    await websocket.send(out.decode())
`,
  ),
  ...rules(
    "CWE-918",
    "batch48: drf serializers and grpc requests into outbound calls",
    `
from urllib.parse import urlparse

import fetch_pb2
import fetch_pb2_grpc
import requests
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

ALLOWED_HOOK_HOSTS = {"hooks.slack.com", "hooks.example.com"}


class HookSerializer(serializers.Serializer):
    url = serializers.URLField()
    event = serializers.CharField()


class HookTest(APIView):
    def post(self, request):
        ser = HookSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        r = requests.post(ser.validated_data["url"], json={"event": ser.validated_data["event"]}, timeout=5) # VULN
        return Response({"status": r.status_code})


class HookTestChecked(APIView):
    def post(self, request):
        ser = HookSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        url = ser.validated_data["url"]
        if urlparse(url).hostname not in ALLOWED_HOOK_HOSTS:
            return Response(status=status.HTTP_400_BAD_REQUEST)
        r = requests.post(url, json={"event": ser.validated_data["event"]}, timeout=5) # SAFE
        return Response({"status": r.status_code})


class FetcherServicer(fetch_pb2_grpc.FetcherServicer):
    def Fetch(self, request, context):
        resp = requests.get(request.url, timeout=10) # VULN
        return fetch_pb2.FetchReply(body=resp.content)

    def FetchStatus(self, request, context):
        resp = requests.get("https://status.example.com/api/" + str(int(request.service_id)), timeout=10) # SAFE
        return fetch_pb2.FetchReply(body=resp.content)
`,
  ),
  ...rules(
    "CWE-79",
    "batch48: html from litestar and starlette handlers",
    `
import html

from litestar import MediaType, get
from starlette.responses import HTMLResponse, RedirectResponse


@get("/hello", media_type=MediaType.HTML)
async def hello(name: str) -> str:
    return f"<h1>Hello {name}</h1>" # VULN


@get("/hello.json")
async def hello_json(name: str) -> dict:
    return {"hello": name} # SAFE


async def greet(request):
    who = request.query_params.get("who", "")
    return HTMLResponse(f"<p>Hi {who}</p>") # VULN


async def greet_safe(request):
    who = html.escape(request.query_params.get("who", ""))
    return HTMLResponse(f"<p>Hi {who}</p>") # SAFE


async def sso_return(request):
    return RedirectResponse(request.query_params["return_to"]) # VULN CWE-601


async def sso_return_safe(request):
    return RedirectResponse(request.url_for("home")) # SAFE CWE-601
`,
  ),
  ...rules(
    "CWE-502",
    "batch48: kafka and redis pub-sub payloads into unpicklers",
    `
import json
import pickle

import redis
from kafka import KafkaConsumer


def consume_jobs(handle) -> None:
    consumer = KafkaConsumer("jobs", bootstrap_servers=["kafka:9092"], group_id="workers")
    for msg in consumer:
        job = pickle.loads(msg.value) # VULN
        handle(job)


def consume_jobs_json(handle) -> None:
    consumer = KafkaConsumer("jobs", bootstrap_servers=["kafka:9092"], group_id="workers")
    for msg in consumer:
        handle(json.loads(msg.value)) # SAFE


def listen(handle) -> None:
    sub = redis.Redis(host="cache").pubsub()
    sub.subscribe("events")
    for item in sub.listen():
        if item["type"] == "message":
            handle(pickle.loads(item["data"])) # VULN


def listen_json(handle) -> None:
    sub = redis.Redis(host="cache").pubsub()
    sub.subscribe("events")
    for item in sub.listen():
        if item["type"] == "message":
            handle(json.loads(item["data"])) # SAFE
`,
  ),
];
