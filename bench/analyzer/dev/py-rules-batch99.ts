// Dev suite "py-rules", batch 99 (format in py-rules.ts): look-alikes of the misses and false shapes last round left
// open (py-snippets 49, py-rules 94/95): unbounded counts handed to a helper, unsigned cookie sessions, SameSite=None
// sessions behind form posts, short password names hashed by hand, services that take the caller but never scope by
// it, token dependencies that accept what they never check, unbounded money amounts, whole user records on read-only
// pages. Each weakness beside safe twins a careless tool would flag. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH99: DevCase[] = [
  ...rules(
    "CWE-400",
    "batch99: a count from the JSON body handed to a helper that loops that many times vs helpers that clamp",
    `
import uuid

from flask import Flask, jsonify, request

app = Flask(__name__)


def new_tickets(how_many):
    return [uuid.uuid4().hex for _ in range(how_many)] # VULN


def new_tickets_capped(how_many):
    return [uuid.uuid4().hex for _ in range(min(how_many, 20))] # SAFE


def new_batch(size):
    return [uuid.uuid4().hex for _ in range(size)] # SAFE


@app.post("/tickets")
def tickets():
    wanted = int(request.get_json()["count"])
    return jsonify(new_tickets(wanted))


@app.post("/tickets/capped")
def tickets_capped():
    return jsonify(new_tickets_capped(int(request.get_json()["count"])))


@app.post("/tickets/batch")
def tickets_batch():
    size = int(request.get_json()["count"])
    if size < 1 or size > 50:
        return jsonify(error="1-50"), 400
    return jsonify(new_batch(size))
`,
  ),
  ...rules(
    "CWE-565",
    "batch99: aiohttp sessions kept in an unsigned cookie vs encrypted storage",
    `
import os

from aiohttp import web
from aiohttp_session import SimpleCookieStorage, setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage


def make_app():
    app = web.Application()
    setup(app, SimpleCookieStorage(cookie_name="sess", secure=True, httponly=True)) # VULN
    return app


def make_secure_app():
    app = web.Application()
    setup(app, EncryptedCookieStorage(os.environ["SESSION_KEY"].encode(), secure=True, httponly=True)) # SAFE
    return app
`,
  ),
  ...rules(
    "CWE-352",
    "batch99: Starlette session cookie with same_site none behind a form post vs lax",
    `
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware

from .settings import SECRET

middleware = [Middleware(SessionMiddleware, secret_key=SECRET, same_site="none", https_only=True)] # VULN
lax_middleware = [Middleware(SessionMiddleware, secret_key=SECRET, same_site="lax", https_only=True)] # SAFE
app = Starlette(middleware=middleware)
`,
  ),
  ...rules(
    "CWE-916",
    "batch99: a password under a short name fed to a digest by update() vs a file digest and a KDF",
    `
import hashlib


def store_password(db, user, pw):
    digest = hashlib.sha256()
    digest.update(pw.encode("utf-8")) # VULN
    db.save(user, digest.hexdigest())


def file_checksum(path):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        digest.update(fh.read()) # SAFE
    return digest.hexdigest()


def store_password_kdf(db, user, pw, salt):
    db.save(user, hashlib.scrypt(pw.encode(), salt=salt, n=2**15, r=8, p=1).hex()) # SAFE
`,
  ),
  ...rules(
    "CWE-862",
    "batch99: a service method takes the caller but deletes by id alone vs one that scopes by the owner",
    `
from fastapi import APIRouter, Depends
from sqlalchemy import delete
from sqlalchemy.orm import Session

from .db import get_db
from .deps import current_user
from .models import Bookmark, User


class BookmarkService:
    def __init__(self, db: Session):
        self.db = db

    def remove(self, bookmark_id: int, owner: User) -> None:
        self.db.execute(delete(Bookmark).where(Bookmark.id == bookmark_id)) # VULN
        self.db.commit()

    def remove_own(self, bookmark_id: int, owner: User) -> None:
        self.db.execute(delete(Bookmark).where(Bookmark.id == bookmark_id, Bookmark.owner_id == owner.id)) # SAFE
        self.db.commit()

    def purge_expired(self, cutoff) -> None:
        self.db.execute(delete(Bookmark).where(Bookmark.expires_at < cutoff)) # SAFE
        self.db.commit()


router = APIRouter()


@router.delete("/bookmarks/{bookmark_id}")
def remove_bookmark(bookmark_id: int, db: Session = Depends(get_db), user: User = Depends(current_user)):
    BookmarkService(db).remove(bookmark_id, user)
    return {"ok": True}


@router.delete("/bookmarks/{bookmark_id}/own")
def remove_own_bookmark(bookmark_id: int, db: Session = Depends(get_db), user: User = Depends(current_user)):
    BookmarkService(db).remove_own(bookmark_id, user)
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-287",
    "batch99: a token dependency that only checks the scheme vs one that decodes the token",
    `
import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

from .config import JWT_KEY

app = FastAPI()


def bearer(authorization: str = Header(...)) -> str:
    if not authorization.lower().startswith("bearer "):
        raise HTTPException(401)
    return authorization[7:] # VULN


def verified_bearer(authorization: str = Header(...)) -> dict:
    if not authorization.lower().startswith("bearer "):
        raise HTTPException(401)
    return jwt.decode(authorization[7:], JWT_KEY, algorithms=["HS256"]) # SAFE


@app.delete("/projects/{pid}")
def drop_project(pid: int, token: str = Depends(bearer)):
    return {"deleted": pid}


@app.delete("/teams/{tid}")
def drop_team(tid: int, claims: dict = Depends(verified_bearer)):
    return {"deleted": tid}
`,
  ),
  ...rules(
    "CWE-20",
    "batch99: a payment body whose amount is any Decimal vs one bounded by Field",
    `
from decimal import Decimal

from fastapi import APIRouter
from pydantic import BaseModel, Field

from .ledger import charge, refund

router = APIRouter()


class RefundIn(BaseModel):
    order_id: int
    amount: Decimal # VULN


class ChargeIn(BaseModel):
    order_id: int
    amount: Decimal = Field(gt=0, le=10_000) # SAFE
    note: str = ""


class Reading(BaseModel):
    sensor: str
    value: Decimal # SAFE


@router.post("/refunds")
def make_refund(body: RefundIn):
    refund(body.order_id, body.amount)
    return {"ok": True}


@router.post("/charges")
def make_charge(body: ChargeIn):
    charge(body.order_id, body.amount)
    return {"ok": True}


@router.post("/readings")
def add_reading(body: Reading):
    return {"sensor": body.sensor, "value": str(body.value)}
`,
  ),
  ...rules(
    "CWE-200",
    "batch99: a read-only DRF view listing users through a fields='__all__' serializer vs named fields and a tag model",
    `
from django.contrib.auth.models import User
from rest_framework import generics, permissions, serializers

from .models import Tag


class PublicUserSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = "__all__" # VULN


class ProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["id", "username", "first_name"] # SAFE


class TagSerializer(serializers.ModelSerializer):
    class Meta:
        model = Tag
        fields = "__all__" # SAFE


class UserDirectory(generics.ListAPIView):
    queryset = User.objects.filter(is_active=True)
    serializer_class = PublicUserSerializer
    permission_classes = [permissions.AllowAny]


class ProfileView(generics.RetrieveAPIView):
    queryset = User.objects.all()
    serializer_class = ProfileSerializer
    permission_classes = [permissions.AllowAny]


class TagList(generics.ListAPIView):
    queryset = Tag.objects.all()
    serializer_class = TagSerializer
    permission_classes = [permissions.AllowAny]
`,
  ),
  ...rules(
    "CWE-916",
    "batch99: (added after the first fixes) a short-named password handed in, digested and stored vs a digest returned as a fingerprint",
    `
import hashlib

ACCOUNTS = {}


def enrol(user, pw):
    h = hashlib.sha512()
    h.update(pw.encode()) # VULN
    ACCOUNTS[user] = h.hexdigest()


def fingerprint(pw):
    h = hashlib.sha256()
    h.update(pw.encode()) # SAFE
    return h.hexdigest()[:8]
`,
  ),
  ...rules(
    "CWE-20",
    "batch99: (added after the first fixes) order lines built with quantities parsed from the body vs lines checked before pricing",
    `
from flask import Flask, abort, jsonify, request

from .catalog import price_of

app = Flask(__name__)


class OrderLine:
    def __init__(self, sku, units):
        self.sku = sku
        self.units = units


@app.post("/quote")
def quote():
    lines = [OrderLine(sku=i["sku"], units=int(i["units"])) for i in request.get_json()["items"]] # VULN
    return jsonify(total=sum(price_of(l.sku) * l.units for l in lines))


@app.post("/quote/checked")
def quote_checked():
    lines = [OrderLine(sku=i["sku"], units=int(i["units"])) for i in request.get_json()["items"]] # SAFE
    if any(l.units < 1 or l.units > 99 for l in lines):
        abort(400)
    return jsonify(total=sum(price_of(l.sku) * l.units for l in lines))
`,
  ),
  ...rules(
    "CWE-269",
    "batch99: (added after the first fixes) editors may change a member's level to any level vs a check that keeps grants at or below the actor's own",
    `
from enum import IntEnum


class Level(IntEnum):
    VIEWER = 10
    EDITOR = 20
    OWNER = 30


class Forbidden(Exception):
    pass


def change_level(repo, actor, member_id, level):
    if actor.role < Level.EDITOR:
        raise Forbidden()
    member = repo.load(member_id)
    member.role = level # VULN
    repo.save(member)


def change_level_capped(repo, actor, member_id, level):
    if actor.role < Level.EDITOR or level > actor.role:
        raise Forbidden()
    member = repo.load(member_id)
    member.role = level # SAFE
    repo.save(member)


def change_level_owner(repo, actor, member_id, level):
    if actor.role < Level.OWNER:
        raise Forbidden()
    member = repo.load(member_id)
    member.role = level # SAFE
    repo.save(member)
`,
  ),
  ...rules(
    "CWE-287",
    "batch99: (added after the first fixes) a header-extracting dependency another dependency verifies vs an API-key dependency that lets a demo prefix through",
    `
import hmac

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, Security
from fastapi.security import APIKeyHeader

from .config import API_KEY, JWT_KEY

app = FastAPI()
key_header = APIKeyHeader(name="X-Api-Key")


def raw_token(authorization: str = Header(...)) -> str:
    if not authorization.startswith("Bearer "):
        raise HTTPException(401)
    return authorization.split(" ", 1)[1] # SAFE


def claims(token: str = Depends(raw_token)) -> dict:
    return jwt.decode(token, JWT_KEY, algorithms=["HS256"])


def api_client(api_key: str = Security(key_header)) -> str:
    if api_key.startswith("demo-"): # VULN
        return "demo"
    if not hmac.compare_digest(api_key, API_KEY):
        raise HTTPException(401)
    return "client"


@app.get("/me")
def me(c: dict = Depends(claims)):
    return {"sub": c["sub"]}


@app.get("/reports")
def reports(client: str = Depends(api_client)):
    return {"client": client}
`,
  ),
];
