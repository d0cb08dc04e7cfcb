// Dev suite "py-snippets", batch 54 (see py-snippets.ts): written blind, measured before any fix it prompted.
// Authentication, session and authorization code the way a current coding assistant answers a request (type
// hints, docstrings, pydantic, FastAPI Depends, Flask-Login, Django auth and DRF permissions, SQLAlchemy 2.0,
// helpers split across a module): login comparisons and enumeration, password storage, reset tokens, session
// fixation and expiry, JWT, OAuth/OIDC, API keys, missing authentication on one route or one method, object-level
// authorization, roles from client-controlled values, mass assignment, CSRF, brute force, MFA codes, remember-me
// cookies. Each insecure answer sits beside a correct twin. Labels by MITRE's definitions. Own code, never taken
// from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH54: DevCase[] = [
  // ---------------- login comparisons and account enumeration (CWE-203/204/208) ----------------
  bad(
    "CWE-208",
    "batch54: login recomputes the pbkdf2 hash and compares it with the stored hex digest using ==",
    src`
import hashlib
from dataclasses import dataclass


@dataclass
class StoredUser:
    username: str
    salt: bytes
    password_hash: str


def hash_password(password: str, salt: bytes) -> str:
    """Derive the stored form of a password."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex()


def verify_login(user: StoredUser, password: str) -> bool:
    """Return True when the password matches the stored hash."""
    return hash_password(password, user.salt) == user.password_hash
`,
  ),
  good(
    "CWE-208",
    "batch54: login recomputes the pbkdf2 hash and compares it with hmac.compare_digest",
    src`
import hashlib
import hmac
from dataclasses import dataclass


@dataclass
class StoredUser:
    username: str
    salt: bytes
    password_hash: str


def hash_password(password: str, salt: bytes) -> str:
    """Derive the stored form of a password."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex()


def verify_login(user: StoredUser, password: str) -> bool:
    """Return True when the password matches the stored hash."""
    return hmac.compare_digest(hash_password(password, user.salt), user.password_hash)
`,
  ),
  bad(
    "CWE-204",
    "batch54: FastAPI login answers 'user not found' for an unknown name and 'wrong password' otherwise",
    src`
from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session
from passlib.context import CryptContext

from .db import get_db
from .models import User
from .tokens import issue_token

router = APIRouter()
pwd_context = CryptContext(schemes=["argon2"], deprecated="auto")


class LoginIn(BaseModel):
    username: str
    password: str


@router.post("/login")
def login(body: LoginIn, db: Session = Depends(get_db)) -> dict[str, str]:
    user = db.scalar(select(User).where(User.username == body.username))
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="User not found")
    if not pwd_context.verify(body.password, user.password_hash):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="Incorrect password")
    return {"access_token": issue_token(user.id), "token_type": "bearer"}
`,
  ),
  good(
    "CWE-204",
    "batch54: FastAPI login gives one answer whether the name or the password was wrong",
    src`
from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session
from passlib.context import CryptContext

from .db import get_db
from .models import User
from .tokens import issue_token

router = APIRouter()
pwd_context = CryptContext(schemes=["argon2"], deprecated="auto")
_DUMMY_HASH = pwd_context.hash("not-a-real-password")


class LoginIn(BaseModel):
    username: str
    password: str


@router.post("/login")
def login(body: LoginIn, db: Session = Depends(get_db)) -> dict[str, str]:
    user = db.scalar(select(User).where(User.username == body.username))
    stored = user.password_hash if user is not None else _DUMMY_HASH
    password_ok = pwd_context.verify(body.password, stored)
    if user is None or not password_ok:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="Incorrect username or password")
    return {"access_token": issue_token(user.id), "token_type": "bearer"}
`,
  ),
  bad(
    "CWE-204",
    "batch54: Flask login flashes a different message for an unknown e-mail than for a bad password",
    src`
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user
from werkzeug.security import check_password_hash

from .models import User

auth = Blueprint("auth", __name__)


@auth.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        email = request.form["email"].strip().lower()
        user = User.query.filter_by(email=email).first()
        if not user:
            flash("No account is registered with that e-mail address.")
            return redirect(url_for("auth.login"))
        if not check_password_hash(user.password_hash, request.form["password"]):
            flash("That password is incorrect.")
            return redirect(url_for("auth.login"))
        login_user(user)
        return redirect(url_for("main.index"))
    return render_template("login.html")
`,
  ),
  good(
    "CWE-204",
    "batch54: Flask login flashes the same message for an unknown e-mail and a bad password",
    src`
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user
import secrets

from werkzeug.security import check_password_hash, generate_password_hash

from .models import User

auth = Blueprint("auth", __name__)
DUMMY_HASH = generate_password_hash(secrets.token_hex(16))


@auth.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        email = request.form["email"].strip().lower()
        user = User.query.filter_by(email=email).first()
        stored = user.password_hash if user else DUMMY_HASH
        if not check_password_hash(stored, request.form["password"]) or user is None:
            flash("Invalid e-mail or password.")
            return redirect(url_for("auth.login"))
        login_user(user)
        return redirect(url_for("main.index"))
    return render_template("login.html")
`,
  ),
  bad(
    "CWE-208",
    "batch54: login only hashes the password when the user exists, so unknown names answer measurably faster",
    src`
import bcrypt
from flask import Flask, jsonify, request, session

from .repo import find_user

app = Flask(__name__)


@app.post("/api/login")
def api_login():
    """Sign a user in; the response is the same for both failures."""
    data = request.get_json(force=True)
    user = find_user(data.get("username", ""))
    if user is None:
        return jsonify(error="invalid credentials"), 401
    if not bcrypt.checkpw(data.get("password", "").encode(), user.password_hash):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["uid"] = user.id
    return jsonify(ok=True)
`,
  ),
  good(
    "CWE-208",
    "batch54: login runs bcrypt against a dummy hash when the user is unknown, so both failures cost the same",
    src`
import bcrypt
from flask import Flask, jsonify, request, session

from .repo import find_user

app = Flask(__name__)
_DUMMY = bcrypt.hashpw(b"placeholder-password", bcrypt.gensalt())


@app.post("/api/login")
def api_login():
    """Sign a user in; the response and its cost are the same for both failures."""
    data = request.get_json(force=True)
    user = find_user(data.get("username", ""))
    stored = user.password_hash if user is not None else _DUMMY
    ok = bcrypt.checkpw(data.get("password", "").encode(), stored)
    if user is None or not ok:
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["uid"] = user.id
    return jsonify(ok=True)
`,
  ),
  bad(
    "CWE-204",
    "batch54: forgot-password endpoint tells the caller whether the e-mail has an account",
    src`
from fastapi import APIRouter, BackgroundTasks, HTTPException
from pydantic import BaseModel, EmailStr

from .mail import send_reset_email
from .store import create_reset_token, get_user_by_email

router = APIRouter(prefix="/auth")


class ForgotIn(BaseModel):
    email: EmailStr


@router.post("/forgot-password")
async def forgot_password(body: ForgotIn, tasks: BackgroundTasks) -> dict[str, str]:
    user = await get_user_by_email(body.email)
    if user is None:
        raise HTTPException(status_code=404, detail="No account found for this e-mail")
    token = await create_reset_token(user.id)
    tasks.add_task(send_reset_email, user.email, token)
    return {"detail": "Password reset e-mail sent"}
`,
  ),
  good(
    "CWE-204",
    "batch54: forgot-password endpoint gives the same answer whether or not the e-mail has an account",
    src`
from fastapi import APIRouter, BackgroundTasks
from pydantic import BaseModel, EmailStr

from .mail import send_reset_email
from .store import create_reset_token, get_user_by_email

router = APIRouter(prefix="/auth")


class ForgotIn(BaseModel):
    email: EmailStr


@router.post("/forgot-password", status_code=202)
async def forgot_password(body: ForgotIn, tasks: BackgroundTasks) -> dict[str, str]:
    user = await get_user_by_email(body.email)
    if user is not None:
        token = await create_reset_token(user.id)
        tasks.add_task(send_reset_email, user.email, token)
    return {"detail": "If that address has an account, a reset link is on its way"}
`,
  ),
  bad(
    "CWE-208",
    "batch54: FastAPI API-key dependency compares the header with the configured key using !=",
    src`
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    service_api_key: str


settings = Settings()
app = FastAPI()


async def require_api_key(x_api_key: str = Header(...)) -> None:
    if x_api_key != settings.service_api_key:
        raise HTTPException(status_code=401, detail="Invalid API key")


@app.get("/v1/reports", dependencies=[Depends(require_api_key)])
async def reports() -> list[dict]:
    return []
`,
  ),
  good(
    "CWE-208",
    "batch54: FastAPI API-key dependency compares the header with the configured key using secrets.compare_digest",
    src`
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    service_api_key: str


settings = Settings()
app = FastAPI()


async def require_api_key(x_api_key: str = Header(...)) -> None:
    if not secrets.compare_digest(x_api_key.encode(), settings.service_api_key.encode()):
        raise HTTPException(status_code=401, detail="Invalid API key")


@app.get("/v1/reports", dependencies=[Depends(require_api_key)])
async def reports() -> list[dict]:
    return []
`,
  ),
  bad(
    "CWE-208",
    "batch54: webhook handler computes the HMAC of the body and compares it with the header using ==",
    src`
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"].encode()


def _signature(body: bytes) -> str:
    return "sha256=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/hooks/billing")
def billing_hook():
    if _signature(request.get_data()) == request.headers.get("X-Signature", ""):
        handle_event(request.get_json())
        return "", 204
    abort(401)


def handle_event(event: dict) -> None:
    print("event", event.get("type"))
`,
  ),
  good(
    "CWE-208",
    "batch54: webhook handler computes the HMAC of the body and compares it with hmac.compare_digest",
    src`
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"].encode()


def _signature(body: bytes) -> str:
    return "sha256=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/hooks/billing")
def billing_hook():
    if hmac.compare_digest(_signature(request.get_data()), request.headers.get("X-Signature", "")):
        handle_event(request.get_json())
        return "", 204
    abort(401)


def handle_event(event: dict) -> None:
    print("event", event.get("type"))
`,
  ),
  bad(
    "CWE-208",
    "batch54: password-reset confirmation compares the stored token with the submitted one using ==",
    src`
from datetime import datetime, timezone

from django.contrib.auth import get_user_model
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import ResetRequest


@require_POST
def confirm_reset(request: HttpRequest, user_id: int) -> JsonResponse:
    reset = ResetRequest.objects.filter(user_id=user_id, used=False).order_by("-created").first()
    if reset is None or reset.expires_at < datetime.now(timezone.utc):
        return JsonResponse({"error": "expired"}, status=400)
    if reset.token == request.POST.get("token", ""):
        user = get_user_model().objects.get(pk=user_id)
        user.set_password(request.POST["new_password"])
        user.save()
        reset.used = True
        reset.save(update_fields=["used"])
        return JsonResponse({"ok": True})
    return JsonResponse({"error": "invalid token"}, status=400)
`,
  ),
  good(
    "CWE-208",
    "batch54: password-reset confirmation compares the stored token with the submitted one using constant_time_compare",
    src`
from datetime import datetime, timezone

from django.contrib.auth import get_user_model
from django.http import HttpRequest, JsonResponse
from django.utils.crypto import constant_time_compare
from django.views.decorators.http import require_POST

from .models import ResetRequest


@require_POST
def confirm_reset(request: HttpRequest, user_id: int) -> JsonResponse:
    reset = ResetRequest.objects.filter(user_id=user_id, used=False).order_by("-created").first()
    if reset is None or reset.expires_at < datetime.now(timezone.utc):
        return JsonResponse({"error": "expired"}, status=400)
    if constant_time_compare(reset.token, request.POST.get("token", "")):
        user = get_user_model().objects.get(pk=user_id)
        user.set_password(request.POST["new_password"])
        user.save()
        reset.used = True
        reset.save(update_fields=["used"])
        return JsonResponse({"ok": True})
    return JsonResponse({"error": "invalid token"}, status=400)
`,
  ),
  bad(
    "CWE-208",
    "batch54: helper checks a bearer token against the service token with a plain string comparison",
    src`
"""Tiny internal auth helpers for the metrics exporter."""
import os
from typing import Optional

METRICS_TOKEN = os.environ.get("METRICS_TOKEN", "")


def bearer_from(header: Optional[str]) -> str:
    if not header or not header.startswith("Bearer "):
        return ""
    return header[len("Bearer "):]


def is_authorized(authorization_header: Optional[str]) -> bool:
    """True when the caller presented the metrics token."""
    token = bearer_from(authorization_header)
    return bool(METRICS_TOKEN) and token == METRICS_TOKEN
`,
  ),
  good(
    "CWE-208",
    "batch54: helper checks a bearer token against the service token with hmac.compare_digest",
    src`
"""Tiny internal auth helpers for the metrics exporter."""
import hmac
import os
from typing import Optional

METRICS_TOKEN = os.environ.get("METRICS_TOKEN", "")


def bearer_from(header: Optional[str]) -> str:
    if not header or not header.startswith("Bearer "):
        return ""
    return header[len("Bearer "):]


def is_authorized(authorization_header: Optional[str]) -> bool:
    """True when the caller presented the metrics token."""
    token = bearer_from(authorization_header)
    return bool(METRICS_TOKEN) and hmac.compare_digest(token, METRICS_TOKEN)
`,
  ),
  // ---------------- password storage (CWE-256/759/760/916) ----------------
  bad(
    "CWE-256",
    "batch54: SQLAlchemy 2.0 sign-up stores the submitted password as it came",
    src`
from flask import Flask, jsonify, request
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from .db import engine

app = Flask(__name__)


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    password: Mapped[str] = mapped_column(String(255))


@app.post("/signup")
def signup():
    payload = request.get_json()
    with Session(engine) as db:
        account = Account(email=payload["email"], password=payload["password"])
        db.add(account)
        db.commit()
        return jsonify(id=account.id), 201
`,
  ),
  good(
    "CWE-256",
    "batch54: SQLAlchemy 2.0 sign-up stores a werkzeug password hash",
    src`
from flask import Flask, jsonify, request
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from werkzeug.security import generate_password_hash

from .db import engine

app = Flask(__name__)


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))


@app.post("/signup")
def signup():
    payload = request.get_json()
    with Session(engine) as db:
        account = Account(email=payload["email"], password_hash=generate_password_hash(payload["password"]))
        db.add(account)
        db.commit()
        return jsonify(id=account.id), 201
`,
  ),
  bad(
    "CWE-759",
    "batch54: user service stores the sha256 hex digest of the password with no salt",
    src`
import hashlib
import sqlite3


class UserService:
    """Create and authenticate users stored in SQLite."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @staticmethod
    def _digest(password: str) -> str:
        return hashlib.sha256(password.encode("utf-8")).hexdigest()

    def register(self, username: str, password: str) -> None:
        self.conn.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (username, self._digest(password)),
        )
        self.conn.commit()
`,
  ),
  good(
    "CWE-759",
    "batch54: user service stores an argon2 hash of the password",
    src`
import sqlite3

from argon2 import PasswordHasher

_hasher = PasswordHasher()


class UserService:
    """Create and authenticate users stored in SQLite."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @staticmethod
    def _digest(password: str) -> str:
        return _hasher.hash(password)

    def register(self, username: str, password: str) -> None:
        self.conn.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (username, self._digest(password)),
        )
        self.conn.commit()
`,
  ),
  bad(
    "CWE-916",
    "batch54: pbkdf2 password hash with a random salt but only 1,000 iterations",
    src`
import base64
import hashlib
import os

ITERATIONS = 1_000


def make_password_hash(password: str) -> str:
    """Return 'salt$hash' for storage."""
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return base64.b64encode(salt).decode() + "$" + base64.b64encode(dk).decode()


def check_password(password: str, stored: str) -> bool:
    import hmac

    salt_b64, hash_b64 = stored.split("$", 1)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt_b64), ITERATIONS)
    return hmac.compare_digest(dk, base64.b64decode(hash_b64))
`,
  ),
  good(
    "CWE-916",
    "batch54: pbkdf2 password hash with a random salt and 600,000 iterations",
    src`
import base64
import hashlib
import hmac
import os

ITERATIONS = 600_000


def make_password_hash(password: str) -> str:
    """Return 'salt$hash' for storage."""
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return base64.b64encode(salt).decode() + "$" + base64.b64encode(dk).decode()


def check_password(password: str, stored: str) -> bool:
    salt_b64, hash_b64 = stored.split("$", 1)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt_b64), ITERATIONS)
    return hmac.compare_digest(dk, base64.b64decode(hash_b64))
`,
  ),
  bad(
    "CWE-760",
    "batch54: scrypt password hash salted with the username",
    src`
import hashlib
import hmac


def hash_password(username: str, password: str) -> bytes:
    """Hash a password with scrypt, salting it per user."""
    salt = username.lower().encode()
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def verify(username: str, password: str, stored: bytes) -> bool:
    return hmac.compare_digest(hash_password(username, password), stored)
`,
  ),
  good(
    "CWE-760",
    "batch54: scrypt password hash with a random salt kept beside the hash",
    src`
import hashlib
import hmac
import os


def hash_password(password: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    """Hash a password with scrypt; returns (salt, hash)."""
    salt = salt or os.urandom(16)
    return salt, hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def verify(password: str, salt: bytes, stored: bytes) -> bool:
    return hmac.compare_digest(hash_password(password, salt)[1], stored)
`,
  ),
  bad(
    "CWE-916",
    "batch54: password hashed with a random salt and one round of sha512",
    src`
import hashlib
import secrets


def encode_password(raw: str) -> str:
    salt = secrets.token_hex(8)
    digest = hashlib.sha512((salt + raw).encode()).hexdigest()
    return f"sha512:{salt}:{digest}"


def password_matches(raw: str, encoded: str) -> bool:
    _, salt, digest = encoded.split(":")
    return secrets.compare_digest(hashlib.sha512((salt + raw).encode()).hexdigest(), digest)
`,
  ),
  good(
    "CWE-916",
    "batch54: password hashed with bcrypt and a generated salt",
    src`
import bcrypt


def encode_password(raw: str) -> str:
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds=12)).decode()


def password_matches(raw: str, encoded: str) -> bool:
    return bcrypt.checkpw(raw.encode(), encoded.encode())
`,
  ),
  bad(
    "CWE-916",
    "batch54: bcrypt with the work factor turned down to 4 rounds for speed",
    src`
import bcrypt

# Keep sign-in fast on the small instances.
BCRYPT_ROUNDS = 4


def hash_pw(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


def check_pw(password: str, hashed: bytes) -> bool:
    return bcrypt.checkpw(password.encode(), hashed)
`,
  ),
  bad(
    "CWE-760",
    "batch54: passwords derived with a salt constant shared by every account",
    src`
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

APP_SALT = b"acme-portal-2024"


def derive(password: str) -> bytes:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=APP_SALT, iterations=480_000)
    return kdf.derive(password.encode())
`,
  ),
  good(
    "CWE-760",
    "batch54: passwords derived with a per-account random salt returned with the key",
    src`
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC


def derive(password: str) -> tuple[bytes, bytes]:
    salt = os.urandom(16)
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=480_000)
    return salt, kdf.derive(password.encode())
`,
  ),
  bad(
    "CWE-759",
    "batch54: Django settings put the unsalted MD5 hasher first",
    src`
# settings/base.py
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

AUTH_USER_MODEL = "accounts.User"

# Legacy users were imported from the old PHP site.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

LOGIN_URL = "/accounts/login/"
`,
  ),
  good(
    "CWE-759",
    "batch54: Django settings put Argon2 first and keep PBKDF2 for existing hashes",
    src`
# settings/base.py
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

AUTH_USER_MODEL = "accounts.User"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

LOGIN_URL = "/accounts/login/"
`,
  ),
  bad(
    "CWE-256",
    "batch54: pydantic sign-up model dumped to a JSON user file with the password in it",
    src`
import json
from pathlib import Path

from pydantic import BaseModel, EmailStr

USERS_FILE = Path("data/users.json")


class SignUp(BaseModel):
    email: EmailStr
    display_name: str
    password: str


def save_user(form: SignUp) -> None:
    """Append the new user to the JSON user store."""
    users = json.loads(USERS_FILE.read_text()) if USERS_FILE.exists() else []
    users.append(form.model_dump())
    USERS_FILE.write_text(json.dumps(users, indent=2))
`,
  ),
  good(
    "CWE-256",
    "batch54: pydantic sign-up model stored with a bcrypt hash in place of the password",
    src`
import json
from pathlib import Path

import bcrypt
from pydantic import BaseModel, EmailStr

USERS_FILE = Path("data/users.json")


class SignUp(BaseModel):
    email: EmailStr
    display_name: str
    password: str


def save_user(form: SignUp) -> None:
    """Append the new user to the JSON user store."""
    users = json.loads(USERS_FILE.read_text()) if USERS_FILE.exists() else []
    record = form.model_dump(exclude={"password"})
    record["password_hash"] = bcrypt.hashpw(form.password.encode(), bcrypt.gensalt()).decode()
    users.append(record)
    USERS_FILE.write_text(json.dumps(users, indent=2))
`,
  ),
  bad(
    "CWE-759",
    "batch54: change-password view saves the md5 of the new password",
    src`
from hashlib import md5

from flask import Blueprint, request
from flask_login import current_user, login_required

from .extensions import db

bp = Blueprint("settings", __name__)


@bp.post("/settings/password")
@login_required
def change_password():
    if not current_user.check_password(request.form["current"]):
        return {"error": "wrong password"}, 400
    current_user.password_hash = md5(request.form["new"].encode()).hexdigest()
    db.session.commit()
    return {"ok": True}
`,
  ),
  good(
    "CWE-759",
    "batch54: content fingerprint uses sha256 of an uploaded file, not of a password",
    src`
import hashlib
from pathlib import Path


def fingerprint(path: Path) -> str:
    """Stable id for de-duplicating uploads."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()
`,
  ),
  good(
    "CWE-916",
    "batch54: API keys stored as sha256 digests of high-entropy random keys",
    src`
import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ApiKey


def issue_key(db: Session, owner_id: int) -> str:
    """Create a key; only its digest is stored."""
    raw = "ak_" + secrets.token_urlsafe(32)
    db.add(ApiKey(owner_id=owner_id, digest=hashlib.sha256(raw.encode()).hexdigest()))
    db.commit()
    return raw


def lookup_key(db: Session, raw: str) -> ApiKey | None:
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return db.scalar(select(ApiKey).where(ApiKey.digest == digest, ApiKey.revoked.is_(False)))
`,
  ),
  // ---------------- password reset tokens (CWE-338/330/640/613) ----------------
  bad(
    "CWE-338",
    "batch54: reset token built from random.choices over letters and digits",
    src`
import random
import string
from datetime import datetime, timedelta, timezone

from .models import PasswordReset, db

ALPHABET = string.ascii_letters + string.digits


def create_reset_token(user_id: int) -> str:
    """Create a one-hour password reset token for the user."""
    token = "".join(random.choices(ALPHABET, k=40))
    db.session.add(
        PasswordReset(
            user_id=user_id,
            token=token,
            expires_at=datetime.now(timezone.utc) + timedelta(hours=1),
        )
    )
    db.session.commit()
    return token
`,
  ),
  good(
    "CWE-338",
    "batch54: reset token from secrets.token_urlsafe with an expiry",
    src`
import secrets
from datetime import datetime, timedelta, timezone

from .models import PasswordReset, db


def create_reset_token(user_id: int) -> str:
    """Create a one-hour password reset token for the user."""
    token = secrets.token_urlsafe(32)
    db.session.add(
        PasswordReset(
            user_id=user_id,
            token=token,
            expires_at=datetime.now(timezone.utc) + timedelta(hours=1),
        )
    )
    db.session.commit()
    return token
`,
  ),
  bad(
    "CWE-330",
    "batch54: reset token is the md5 of the user id and the current time",
    src`
import hashlib
import time

from django.core.mail import send_mail

from .models import ResetToken


def start_password_reset(user) -> None:
    raw = f"{user.pk}:{time.time()}"
    token = hashlib.md5(raw.encode()).hexdigest()
    ResetToken.objects.create(user=user, token=token)
    send_mail(
        "Reset your password",
        f"https://app.example.com/reset/{token}",
        "noreply@example.com",
        [user.email],
    )
`,
  ),
  good(
    "CWE-330",
    "batch54: reset token from secrets.token_hex, mailed to the account's own address",
    src`
import secrets

from django.core.mail import send_mail

from .models import ResetToken


def start_password_reset(user) -> None:
    token = secrets.token_hex(32)
    ResetToken.objects.create(user=user, token=token)
    send_mail(
        "Reset your password",
        f"https://app.example.com/reset/{token}",
        "noreply@example.com",
        [user.email],
    )
`,
  ),
  bad(
    "CWE-330",
    "batch54: e-mail verification token from uuid1 (clock and MAC address)",
    src`
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass
class VerificationToken:
    user_id: int
    value: str = field(default_factory=lambda: str(uuid.uuid1()))
    expires: datetime = field(default_factory=lambda: datetime.utcnow() + timedelta(days=1))


def issue_verification(user_id: int, store: dict[str, VerificationToken]) -> str:
    token = VerificationToken(user_id=user_id)
    store[token.value] = token
    return token.value
`,
  ),
  good(
    "CWE-330",
    "batch54: e-mail verification token from uuid4",
    src`
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass
class VerificationToken:
    user_id: int
    value: str = field(default_factory=lambda: uuid.uuid4().hex)
    expires: datetime = field(default_factory=lambda: datetime.utcnow() + timedelta(days=1))


def issue_verification(user_id: int, store: dict[str, VerificationToken]) -> str:
    token = VerificationToken(user_id=user_id)
    store[token.value] = token
    return token.value
`,
  ),
  bad(
    "CWE-640",
    "batch54: reset endpoint accepts any stored token however old it is",
    src`
from flask import Flask, abort, request
from werkzeug.security import generate_password_hash

from .models import ResetToken, User, db

app = Flask(__name__)


@app.post("/reset/<token>")
def reset_password(token: str):
    record = db.session.execute(db.select(ResetToken).filter_by(token=token)).scalar_one_or_none()
    if record is None:
        abort(404)
    user = db.session.get(User, record.user_id)
    user.password_hash = generate_password_hash(request.form["password"])
    db.session.delete(record)
    db.session.commit()
    return {"ok": True}
`,
  ),
  good(
    "CWE-640",
    "batch54: reset endpoint rejects tokens past their expiry and deletes the token when used",
    src`
from datetime import datetime, timezone

from flask import Flask, abort, request
from werkzeug.security import generate_password_hash

from .models import ResetToken, User, db

app = Flask(__name__)


@app.post("/reset/<token>")
def reset_password(token: str):
    record = db.session.execute(db.select(ResetToken).filter_by(token=token)).scalar_one_or_none()
    if record is None or record.expires_at < datetime.now(timezone.utc):
        abort(404)
    user = db.session.get(User, record.user_id)
    user.password_hash = generate_password_hash(request.form["password"])
    db.session.delete(record)
    db.session.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-640",
    "batch54: reset token checked for expiry but left valid after the password is changed",
    src`
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_db
from .models import ResetToken, User
from .security import hash_password

router = APIRouter()


class ResetIn(BaseModel):
    token: str
    new_password: str


@router.post("/password/reset")
def reset(body: ResetIn, db: Session = Depends(get_db)) -> dict:
    rt = db.scalar(select(ResetToken).where(ResetToken.token == body.token))
    if rt is None or rt.expires_at < datetime.now(timezone.utc):
        raise HTTPException(400, "invalid or expired token")
    user = db.get(User, rt.user_id)
    user.password_hash = hash_password(body.new_password)
    db.commit()
    return {"status": "password updated"}
`,
  ),
  good(
    "CWE-640",
    "batch54: reset token checked for expiry and marked used in the same transaction",
    src`
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_db
from .models import ResetToken, User
from .security import hash_password

router = APIRouter()


class ResetIn(BaseModel):
    token: str
    new_password: str


@router.post("/password/reset")
def reset(body: ResetIn, db: Session = Depends(get_db)) -> dict:
    rt = db.scalar(
        select(ResetToken).where(ResetToken.token == body.token, ResetToken.used_at.is_(None)).with_for_update()
    )
    if rt is None or rt.expires_at < datetime.now(timezone.utc):
        raise HTTPException(400, "invalid or expired token")
    user = db.get(User, rt.user_id)
    user.password_hash = hash_password(body.new_password)
    rt.used_at = datetime.now(timezone.utc)
    db.commit()
    return {"status": "password updated"}
`,
  ),
  bad(
    "CWE-640",
    "batch54: reset link for the named account is mailed to the address given in the request body",
    src`
from flask import Flask, request, url_for
from flask_mail import Mail, Message

from .models import User
from .tokens import make_reset_token

app = Flask(__name__)
mail = Mail(app)


@app.post("/forgot")
def forgot():
    data = request.get_json()
    user = User.query.filter_by(username=data["username"]).first_or_404()
    token = make_reset_token(user)
    link = url_for("reset_with_token", token=token, _external=True)
    mail.send(Message("Password reset", recipients=[data["email"]], body=f"Reset here: {link}"))
    return {"sent": True}
`,
  ),
  good(
    "CWE-640",
    "batch54: reset link for the named account is mailed to the address on file",
    src`
from flask import Flask, request, url_for
from flask_mail import Mail, Message

from .models import User
from .tokens import make_reset_token

app = Flask(__name__)
mail = Mail(app)


@app.post("/forgot")
def forgot():
    data = request.get_json()
    user = User.query.filter_by(username=data["username"]).first()
    if user is not None:
        token = make_reset_token(user)
        link = url_for("reset_with_token", token=token, _external=True)
        mail.send(Message("Password reset", recipients=[user.email], body=f"Reset here: {link}"))
    return {"sent": True}
`,
  ),
  bad(
    "CWE-640",
    "batch54: reset link built from the request's host URL, so a forged Host header redirects the token",
    src`
import secrets

from flask import Flask, request
from flask_mail import Mail, Message

from .models import User, save_reset_token

app = Flask(__name__)
mail = Mail(app)


@app.post("/password/forgot")
def forgot_password():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user:
        token = secrets.token_urlsafe(32)
        save_reset_token(user.id, token, ttl_minutes=30)
        link = f"{request.host_url}password/reset/{token}"
        mail.send(Message("Reset your password", recipients=[user.email], body=link))
    return "If the account exists, we sent a link.", 202
`,
  ),
  good(
    "CWE-640",
    "batch54: reset link built from the configured public base URL",
    src`
import secrets

from flask import Flask, current_app, request
from flask_mail import Mail, Message

from .models import User, save_reset_token

app = Flask(__name__)
app.config["PUBLIC_BASE_URL"] = "https://app.example.com/"
mail = Mail(app)


@app.post("/password/forgot")
def forgot_password():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user:
        token = secrets.token_urlsafe(32)
        save_reset_token(user.id, token, ttl_minutes=30)
        link = f"{current_app.config['PUBLIC_BASE_URL']}password/reset/{token}"
        mail.send(Message("Reset your password", recipients=[user.email], body=link))
    return "If the account exists, we sent a link.", 202
`,
  ),
  bad(
    "CWE-338",
    "batch54: six-digit reset code from random.randint sent by SMS",
    src`
import random
from datetime import datetime, timedelta

from .sms import send_sms
from .store import save_code


def send_reset_code(user) -> None:
    """Text the user a six-digit code valid for ten minutes."""
    code = f"{random.randint(0, 999_999):06d}"
    save_code(user.id, code, expires=datetime.utcnow() + timedelta(minutes=10))
    send_sms(user.phone, f"Your reset code is {code}")
`,
  ),
  good(
    "CWE-338",
    "batch54: six-digit reset code from secrets.randbelow sent by SMS",
    src`
import secrets
from datetime import datetime, timedelta

from .sms import send_sms
from .store import save_code


def send_reset_code(user) -> None:
    """Text the user a six-digit code valid for ten minutes."""
    code = f"{secrets.randbelow(1_000_000):06d}"
    save_code(user.id, code, expires=datetime.utcnow() + timedelta(minutes=10))
    send_sms(user.phone, f"Your reset code is {code}")
`,
  ),
  bad(
    "CWE-613",
    "batch54: itsdangerous reset token loaded without max_age, so it never expires",
    src`
from itsdangerous import BadSignature, URLSafeTimedSerializer
from flask import current_app


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="password-reset")


def generate_reset_token(user_id: int) -> str:
    return _serializer().dumps({"uid": user_id})


def verify_reset_token(token: str) -> int | None:
    """Return the user id the token was issued for, or None."""
    try:
        data = _serializer().loads(token)
    except BadSignature:
        return None
    return data["uid"]
`,
  ),
  good(
    "CWE-613",
    "batch54: itsdangerous reset token loaded with a one-hour max_age",
    src`
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from flask import current_app

RESET_MAX_AGE = 3600


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="password-reset")


def generate_reset_token(user_id: int) -> str:
    return _serializer().dumps({"uid": user_id})


def verify_reset_token(token: str) -> int | None:
    """Return the user id the token was issued for, or None."""
    try:
        data = _serializer().loads(token, max_age=RESET_MAX_AGE)
    except (SignatureExpired, BadSignature):
        return None
    return data["uid"]
`,
  ),
  bad(
    "CWE-640",
    "batch54: reset token is the base64 of the account e-mail, so anyone can forge it",
    src`
import base64

from django.contrib.auth import get_user_model
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect


def make_reset_token(email: str) -> str:
    return base64.urlsafe_b64encode(email.encode()).decode()


def reset_confirm(request, token: str):
    email = base64.urlsafe_b64decode(token.encode()).decode()
    user = get_user_model().objects.filter(email=email).first()
    if user is None:
        return HttpResponseBadRequest("invalid link")
    if request.method == "POST":
        user.set_password(request.POST["password"])
        user.save()
        return redirect("login")
    return redirect(f"/reset/form?token={token}")
`,
  ),
  good(
    "CWE-640",
    "batch54: reset confirmation uses Django's default_token_generator and the uidb64 link",
    src`
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode


def reset_confirm(request, uidb64: str, token: str):
    try:
        user = get_user_model().objects.get(pk=force_str(urlsafe_base64_decode(uidb64)))
    except (ValueError, get_user_model().DoesNotExist):
        return HttpResponseBadRequest("invalid link")
    if not default_token_generator.check_token(user, token):
        return HttpResponseBadRequest("invalid link")
    if request.method == "POST":
        user.set_password(request.POST["password"])
        user.save()
        return redirect("login")
    return render(request, "reset_form.html")
`,
  ),
  bad(
    "CWE-640",
    "batch54: reset API sets a new password for any user id when a token field is merely present",
    src`
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .repo import set_password

app = FastAPI()


class ResetRequest(BaseModel):
    user_id: int
    token: str
    new_password: str


@app.post("/api/reset-password")
async def reset_password(req: ResetRequest) -> dict:
    if not req.token:
        raise HTTPException(status_code=400, detail="token required")
    await set_password(req.user_id, req.new_password)
    return {"status": "ok"}
`,
  ),
  good(
    "CWE-640",
    "batch54: reset API sets the password only for the user the stored, unexpired token belongs to",
    src`
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .repo import consume_reset_token, set_password

app = FastAPI()


class ResetRequest(BaseModel):
    token: str
    new_password: str


@app.post("/api/reset-password")
async def reset_password(req: ResetRequest) -> dict:
    user_id = await consume_reset_token(req.token)  # None when unknown, used or expired
    if user_id is None:
        raise HTTPException(status_code=400, detail="invalid or expired token")
    await set_password(user_id, req.new_password)
    return {"status": "ok"}
`,
  ),
  good(
    "CWE-338",
    "batch54: random used for retry jitter next to a secrets-generated invite code",
    src`
import random
import secrets
import time


def invite_code() -> str:
    return secrets.token_urlsafe(16)


def send_with_retry(send, payload: dict, attempts: int = 5) -> None:
    for attempt in range(attempts):
        try:
            send(payload)
            return
        except ConnectionError:
            time.sleep((2**attempt) + random.uniform(0, 1))
    raise RuntimeError("gave up")
`,
  ),
  // ---------------- session fixation (CWE-384) ----------------
  bad(
    "CWE-384",
    "batch54: Django view signs the user in by writing the user id into the existing session",
    src`
from django.contrib.auth import authenticate
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render


def sign_in(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return render(request, "sign_in.html")
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "sign_in.html", {"error": "Invalid credentials"}, status=401)
    request.session["user_id"] = user.pk
    request.session["is_authenticated"] = True
    return redirect("dashboard")
`,
  ),
  good(
    "CWE-384",
    "batch54: Django view signs the user in with auth.login, which cycles the session key",
    src`
from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render


def sign_in(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return render(request, "sign_in.html")
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "sign_in.html", {"error": "Invalid credentials"}, status=401)
    login(request, user)
    return redirect("dashboard")
`,
  ),
  bad(
    "CWE-384",
    "batch54: hand-rolled session store keeps the session id the browser arrived with after login",
    src`
import secrets

from flask import Flask, make_response, request

from .auth import check_credentials

app = Flask(__name__)
SESSIONS: dict[str, dict] = {}


def current_sid() -> str:
    return request.cookies.get("sid") or secrets.token_urlsafe(32)


@app.post("/login")
def login():
    user = check_credentials(request.form["username"], request.form["password"])
    if user is None:
        return "invalid credentials", 401
    sid = current_sid()
    SESSIONS[sid] = {"user_id": user.id}
    resp = make_response("welcome")
    resp.set_cookie("sid", sid, httponly=True, secure=True, samesite="Lax")
    return resp
`,
  ),
  good(
    "CWE-384",
    "batch54: hand-rolled session store drops the old session and issues a new id at login",
    src`
import secrets

from flask import Flask, make_response, request

from .auth import check_credentials

app = Flask(__name__)
SESSIONS: dict[str, dict] = {}


@app.post("/login")
def login():
    user = check_credentials(request.form["username"], request.form["password"])
    if user is None:
        return "invalid credentials", 401
    old = request.cookies.get("sid")
    if old:
        SESSIONS.pop(old, None)
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = {"user_id": user.id}
    resp = make_response("welcome")
    resp.set_cookie("sid", sid, httponly=True, secure=True, samesite="Lax")
    return resp
`,
  ),
  bad(
    "CWE-384",
    "batch54: aiohttp login stores the user in the session it got with get_session",
    src`
from aiohttp import web
from aiohttp_session import get_session

from .users import verify_user

routes = web.RouteTableDef()


@routes.post("/login")
async def login(request: web.Request) -> web.Response:
    form = await request.post()
    user = await verify_user(form.get("username", ""), form.get("password", ""))
    if user is None:
        raise web.HTTPUnauthorized(text="bad credentials")
    session = await get_session(request)
    session["user_id"] = user.id
    raise web.HTTPFound("/")
`,
  ),
  good(
    "CWE-384",
    "batch54: aiohttp login stores the user in a fresh session from new_session",
    src`
from aiohttp import web
from aiohttp_session import new_session

from .users import verify_user

routes = web.RouteTableDef()


@routes.post("/login")
async def login(request: web.Request) -> web.Response:
    form = await request.post()
    user = await verify_user(form.get("username", ""), form.get("password", ""))
    if user is None:
        raise web.HTTPUnauthorized(text="bad credentials")
    session = await new_session(request)
    session["user_id"] = user.id
    raise web.HTTPFound("/")
`,
  ),
  bad(
    "CWE-384",
    "batch54: session id accepted from a query parameter and kept through login",
    src`
import secrets

from bottle import post, request, response

from .sessions import store
from .users import authenticate


@post("/login")
def login():
    sid = request.query.get("sid") or request.get_cookie("sid") or secrets.token_hex(16)
    user = authenticate(request.forms.get("user"), request.forms.get("password"))
    if not user:
        response.status = 401
        return {"error": "denied"}
    store.put(sid, {"uid": user.id})
    response.set_cookie("sid", sid, httponly=True, secure=True)
    return {"ok": True}
`,
  ),
  bad(
    "CWE-384",
    "batch54: Django REST login view marks the existing session authenticated without cycling its key",
    src`
from django.contrib.auth import authenticate
from rest_framework import status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView


class SessionLoginView(APIView):
    permission_classes = [AllowAny]

    def post(self, request):
        user = authenticate(request, username=request.data.get("username"), password=request.data.get("password"))
        if not user:
            return Response({"detail": "invalid"}, status=status.HTTP_400_BAD_REQUEST)
        request.session["_auth_user_id"] = str(user.pk)
        request.session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        request.session["_auth_user_hash"] = user.get_session_auth_hash()
        return Response({"username": user.get_username()})
`,
  ),
  good(
    "CWE-384",
    "batch54: Django REST login view cycles the session key before recording the user",
    src`
from django.contrib.auth import authenticate
from rest_framework import status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView


class SessionLoginView(APIView):
    permission_classes = [AllowAny]

    def post(self, request):
        user = authenticate(request, username=request.data.get("username"), password=request.data.get("password"))
        if not user:
            return Response({"detail": "invalid"}, status=status.HTTP_400_BAD_REQUEST)
        request.session.cycle_key()
        request.session["_auth_user_id"] = str(user.pk)
        request.session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        request.session["_auth_user_hash"] = user.get_session_auth_hash()
        return Response({"username": user.get_username()})
`,
  ),
  // ---------------- session expiry and logout (CWE-613) ----------------
  bad(
    "CWE-613",
    "batch54: Django settings keep session cookies for ten years and across browser restarts",
    src`
# settings/production.py
from .base import *  # noqa: F401,F403

DEBUG = False
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 365 * 10
SESSION_EXPIRE_AT_BROWSER_CLOSE = False
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
`,
  ),
  good(
    "CWE-613",
    "batch54: Django settings keep sessions for two hours and refresh them on each request",
    src`
# settings/production.py
from .base import *  # noqa: F401,F403

DEBUG = False
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = 60 * 60 * 2
SESSION_SAVE_EVERY_REQUEST = True
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
`,
  ),
  bad(
    "CWE-613",
    "batch54: FastAPI logout deletes the cookie but leaves the server-side session row valid",
    src`
from fastapi import APIRouter, Cookie, Depends, Response
from sqlalchemy.orm import Session

from .db import get_db
from .sessions import load_session

router = APIRouter()


@router.post("/logout")
def logout(response: Response, session_id: str | None = Cookie(default=None), db: Session = Depends(get_db)) -> dict:
    """Sign the caller out."""
    if session_id:
        load_session(db, session_id)  # make sure it exists before answering
    response.delete_cookie("session_id")
    return {"detail": "signed out"}
`,
  ),
  good(
    "CWE-613",
    "batch54: FastAPI logout deletes the server-side session row and the cookie",
    src`
from fastapi import APIRouter, Cookie, Depends, Response
from sqlalchemy import delete
from sqlalchemy.orm import Session

from .db import get_db
from .models import UserSession

router = APIRouter()


@router.post("/logout")
def logout(response: Response, session_id: str | None = Cookie(default=None), db: Session = Depends(get_db)) -> dict:
    """Sign the caller out."""
    if session_id:
        db.execute(delete(UserSession).where(UserSession.id == session_id))
        db.commit()
    response.delete_cookie("session_id")
    return {"detail": "signed out"}
`,
  ),
  bad(
    "CWE-613",
    "batch54: access token issued with no exp claim",
    src`
import os
from datetime import datetime, timezone

import jwt

JWT_KEY = os.environ["JWT_SIGNING_KEY"]


def create_access_token(user_id: int, scopes: list[str]) -> str:
    """Issue a bearer token for API calls."""
    claims = {
        "sub": str(user_id),
        "scope": " ".join(scopes),
        "iat": int(datetime.now(timezone.utc).timestamp()),
    }
    return jwt.encode(claims, JWT_KEY, algorithm="HS256")
`,
  ),
  good(
    "CWE-613",
    "batch54: access token issued with a fifteen-minute exp claim",
    src`
import os
from datetime import datetime, timedelta, timezone

import jwt

JWT_KEY = os.environ["JWT_SIGNING_KEY"]


def create_access_token(user_id: int, scopes: list[str]) -> str:
    """Issue a bearer token for API calls."""
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(user_id),
        "scope": " ".join(scopes),
        "iat": now,
        "exp": now + timedelta(minutes=15),
    }
    return jwt.encode(claims, JWT_KEY, algorithm="HS256")
`,
  ),
  bad(
    "CWE-613",
    "batch54: token check turns off expiry verification",
    src`
import os

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")
SECRET = os.environ["JWT_SECRET"]


def get_current_user_id(token: str = Depends(oauth2_scheme)) -> int:
    try:
        payload = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False})
    except jwt.InvalidTokenError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc
    return int(payload["sub"])
`,
  ),
  good(
    "CWE-613",
    "batch54: token check requires and verifies exp",
    src`
import os

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")
SECRET = os.environ["JWT_SECRET"]


def get_current_user_id(token: str = Depends(oauth2_scheme)) -> int:
    try:
        payload = jwt.decode(token, SECRET, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    except jwt.InvalidTokenError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc
    return int(payload["sub"])
`,
  ),
  bad(
    "CWE-613",
    "batch54: redis session written with no time-to-live",
    src`
import json
import secrets

import redis

r = redis.Redis.from_url("redis://localhost:6379/0")


def create_session(user_id: int, roles: list[str]) -> str:
    """Persist a session and return its id for the cookie."""
    sid = secrets.token_urlsafe(32)
    r.set(f"session:{sid}", json.dumps({"uid": user_id, "roles": roles}))
    return sid


def load_session(sid: str) -> dict | None:
    raw = r.get(f"session:{sid}")
    return json.loads(raw) if raw else None
`,
  ),
  good(
    "CWE-613",
    "batch54: redis session written with a thirty-minute time-to-live refreshed on use",
    src`
import json
import secrets

import redis

r = redis.Redis.from_url("redis://localhost:6379/0")
SESSION_TTL = 30 * 60


def create_session(user_id: int, roles: list[str]) -> str:
    """Persist a session and return its id for the cookie."""
    sid = secrets.token_urlsafe(32)
    r.setex(f"session:{sid}", SESSION_TTL, json.dumps({"uid": user_id, "roles": roles}))
    return sid


def load_session(sid: str) -> dict | None:
    raw = r.get(f"session:{sid}")
    if raw:
        r.expire(f"session:{sid}", SESSION_TTL)
    return json.loads(raw) if raw else None
`,
  ),
  bad(
    "CWE-613",
    "batch54: Flask app makes sessions permanent with a one-year lifetime",
    src`
from datetime import timedelta

from flask import Flask, session

app = Flask(__name__)
app.config.from_prefixed_env()
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(days=365)


@app.before_request
def keep_signed_in():
    session.permanent = True
`,
  ),
  bad(
    "CWE-613",
    "batch54: Django logout view deletes the session cookie instead of flushing the session",
    src`
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect


def logout_view(request: HttpRequest) -> HttpResponse:
    response = redirect("home")
    response.delete_cookie(settings.SESSION_COOKIE_NAME)
    return response
`,
  ),
  good(
    "CWE-613",
    "batch54: Django logout view calls auth.logout, which flushes the session",
    src`
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect


def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("home")
`,
  ),
  // ---------------- JWT (CWE-347/798) ----------------
  bad(
    "CWE-347",
    "batch54: middleware reads the user from a JWT decoded with signature verification off",
    src`
import jwt
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request


class UserFromTokenMiddleware(BaseHTTPMiddleware):
    """Attach request.state.user_id from the bearer token."""

    async def dispatch(self, request: Request, call_next):
        auth = request.headers.get("authorization", "")
        request.state.user_id = None
        if auth.lower().startswith("bearer "):
            claims = jwt.decode(auth[7:], options={"verify_signature": False})
            request.state.user_id = claims.get("sub")
        return await call_next(request)
`,
  ),
  good(
    "CWE-347",
    "batch54: middleware reads the user from a JWT verified with a fixed algorithm and configured key",
    src`
import os

import jwt
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

JWT_KEY = os.environ["JWT_KEY"]


class UserFromTokenMiddleware(BaseHTTPMiddleware):
    """Attach request.state.user_id from the bearer token."""

    async def dispatch(self, request: Request, call_next):
        auth = request.headers.get("authorization", "")
        request.state.user_id = None
        if auth.lower().startswith("bearer "):
            try:
                claims = jwt.decode(auth[7:], JWT_KEY, algorithms=["HS256"])
                request.state.user_id = claims.get("sub")
            except jwt.InvalidTokenError:
                pass
        return await call_next(request)
`,
  ),
  bad(
    "CWE-347",
    "batch54: token verification takes the accepted algorithm from the token's own header",
    src`
import jwt

from .config import settings


def verify_token(token: str) -> dict:
    """Verify a token signed by any of our services."""
    header = jwt.get_unverified_header(token)
    return jwt.decode(token, settings.JWT_VERIFY_KEY, algorithms=[header["alg"]], audience="api")
`,
  ),
  good(
    "CWE-347",
    "batch54: token verification reads the key id from the header but fixes the algorithm",
    src`
import jwt

from .config import settings


def verify_token(token: str) -> dict:
    """Verify a token signed by any of our services."""
    kid = jwt.get_unverified_header(token).get("kid")
    key = settings.SERVICE_PUBLIC_KEYS[kid]
    return jwt.decode(token, key, algorithms=["RS256"], audience="api")
`,
  ),
  bad(
    "CWE-347",
    "batch54: python-jose claims read without verification decide the caller's identity",
    src`
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt

bearer = HTTPBearer()


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    claims = jwt.get_unverified_claims(creds.credentials)
    if "sub" not in claims:
        raise HTTPException(status_code=401, detail="no subject")
    return {"id": claims["sub"], "roles": claims.get("roles", [])}
`,
  ),
  good(
    "CWE-347",
    "batch54: python-jose claims verified with the configured key before use",
    src`
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import JWTError, jwt

from .settings import settings

bearer = HTTPBearer()


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        claims = jwt.decode(creds.credentials, settings.jwt_secret, algorithms=["HS256"])
    except JWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc
    if "sub" not in claims:
        raise HTTPException(status_code=401, detail="no subject")
    return {"id": claims["sub"], "roles": claims.get("roles", [])}
`,
  ),
  bad(
    "CWE-347",
    "batch54: decoder falls back to reading the claims unverified when the signature check fails",
    src`
import logging

import jwt

log = logging.getLogger(__name__)


def claims_from(token: str, key: str) -> dict:
    try:
        return jwt.decode(token, key, algorithms=["HS256"])
    except jwt.InvalidSignatureError:
        log.warning("signature mismatch, using claims anyway for backwards compatibility")
        return jwt.decode(token, options={"verify_signature": False})
`,
  ),
  bad(
    "CWE-347",
    "batch54: accepted algorithms list includes none",
    src`
import jwt

from .config import JWT_SECRET

ALLOWED_ALGORITHMS = ["HS256", "none"]


def parse(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=ALLOWED_ALGORITHMS)
`,
  ),
  bad(
    "CWE-347",
    "batch54: legacy PyJWT decode with verify=False for the session user",
    src`
import jwt
from flask import g, request

from . import app


@app.before_request
def load_user():
    token = request.cookies.get("token")
    g.user = None
    if token:
        payload = jwt.decode(token, verify=False)
        g.user = payload.get("username")
`,
  ),
  bad(
    "CWE-798",
    "batch54: JWT signing secret written into the module",
    src`
from datetime import datetime, timedelta, timezone

import jwt

SECRET_KEY = "9f8e7d6c5b4a-super-secret-signing-key"
ALGORITHM = "HS256"


def create_token(sub: str) -> str:
    exp = datetime.now(timezone.utc) + timedelta(minutes=30)
    return jwt.encode({"sub": sub, "exp": exp}, SECRET_KEY, algorithm=ALGORITHM)


def read_token(token: str) -> str:
    return jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])["sub"]
`,
  ),
  good(
    "CWE-798",
    "batch54: JWT signing secret read from the environment with no fallback",
    src`
import os
from datetime import datetime, timedelta, timezone

import jwt

SECRET_KEY = os.environ["JWT_SECRET_KEY"]
ALGORITHM = "HS256"


def create_token(sub: str) -> str:
    exp = datetime.now(timezone.utc) + timedelta(minutes=30)
    return jwt.encode({"sub": sub, "exp": exp}, SECRET_KEY, algorithm=ALGORITHM)


def read_token(token: str) -> str:
    return jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])["sub"]
`,
  ),
  bad(
    "CWE-798",
    "batch54: pydantic settings give the JWT secret a literal default",
    src`
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    database_url: str = "sqlite:///./app.db"
    jwt_secret: str = "dev-jwt-secret-change-me-please"
    jwt_algorithm: str = "HS256"
    access_token_minutes: int = 30


settings = Settings()
`,
  ),
  good(
    "CWE-798",
    "batch54: pydantic settings require the JWT secret from the environment",
    src`
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    database_url: str = "sqlite:///./app.db"
    jwt_secret: SecretStr
    jwt_algorithm: str = "HS256"
    access_token_minutes: int = 30


settings = Settings()
`,
  ),
  bad(
    "CWE-798",
    "batch54: JWT secret read from the environment with a literal fallback",
    src`
import os

import jwt

JWT_SECRET = os.environ.get("JWT_SECRET", "local-dev-secret-123")


def issue(user_id: int) -> str:
    return jwt.encode({"uid": user_id}, JWT_SECRET, algorithm="HS256")
`,
  ),
  good(
    "CWE-347",
    "batch54: RS256 tokens verified against the issuer's JWKS with audience and issuer",
    src`
import jwt
from jwt import PyJWKClient

ISSUER = "https://login.example.com/"
AUDIENCE = "orders-api"
_jwks = PyJWKClient(ISSUER + ".well-known/jwks.json")


def verify(token: str) -> dict:
    signing_key = _jwks.get_signing_key_from_jwt(token)
    return jwt.decode(token, signing_key.key, algorithms=["RS256"], audience=AUDIENCE, issuer=ISSUER)
`,
  ),
  good(
    "CWE-347",
    "batch54: unverified header read only to log the key id before a verified decode",
    src`
import logging

import jwt

from .keys import key_for

log = logging.getLogger(__name__)


def decode_service_token(token: str) -> dict:
    kid = jwt.get_unverified_header(token).get("kid", "?")
    log.debug("service token with kid=%s", kid)
    return jwt.decode(token, key_for(kid), algorithms=["ES256"], audience="internal")
`,
  ),
  // ---------------- OAuth / OIDC (CWE-352/601/347) ----------------
  bad(
    "CWE-352",
    "batch54: OAuth login sends no state and the callback exchanges any code it receives",
    src`
import os
from urllib.parse import urlencode

import requests
from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]
CLIENT_ID = os.environ["GH_CLIENT_ID"]
CLIENT_SECRET = os.environ["GH_CLIENT_SECRET"]


@app.get("/login/github")
def github_login():
    params = {"client_id": CLIENT_ID, "scope": "read:user", "redirect_uri": "https://app.example.com/callback"}
    return redirect("https://github.com/login/oauth/authorize?" + urlencode(params))


@app.get("/callback")
def github_callback():
    code = request.args["code"]
    resp = requests.post(
        "https://github.com/login/oauth/access_token",
        data={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "code": code},
        headers={"Accept": "application/json"},
        timeout=10,
    )
    session["gh_token"] = resp.json()["access_token"]
    return redirect("/")
`,
  ),
  good(
    "CWE-352",
    "batch54: OAuth login sends a random state and the callback checks it before exchanging the code",
    src`
import os
import secrets
from urllib.parse import urlencode

import requests
from flask import Flask, abort, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]
CLIENT_ID = os.environ["GH_CLIENT_ID"]
CLIENT_SECRET = os.environ["GH_CLIENT_SECRET"]


@app.get("/login/github")
def github_login():
    state = secrets.token_urlsafe(24)
    session["oauth_state"] = state
    params = {
        "client_id": CLIENT_ID,
        "scope": "read:user",
        "redirect_uri": "https://app.example.com/callback",
        "state": state,
    }
    return redirect("https://github.com/login/oauth/authorize?" + urlencode(params))


@app.get("/callback")
def github_callback():
    expected = session.pop("oauth_state", None)
    if not expected or not secrets.compare_digest(expected, request.args.get("state", "")):
        abort(400)
    resp = requests.post(
        "https://github.com/login/oauth/access_token",
        data={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "code": request.args["code"]},
        headers={"Accept": "application/json"},
        timeout=10,
    )
    session["gh_token"] = resp.json()["access_token"]
    return redirect("/")
`,
  ),
  bad(
    "CWE-352",
    "batch54: OAuth callback only compares state when the provider sent one",
    src`
from flask import Blueprint, abort, redirect, request, session

from .oauth import exchange_code, fetch_profile, sign_in

bp = Blueprint("oauth", __name__)


@bp.route("/oauth/callback")
def callback():
    returned = request.args.get("state")
    if returned and returned != session.get("oauth_state"):
        abort(400, "state mismatch")
    token = exchange_code(request.args["code"])
    sign_in(fetch_profile(token))
    return redirect("/")
`,
  ),
  good(
    "CWE-352",
    "batch54: OAuth callback requires state and compares it with the stored value",
    src`
import hmac

from flask import Blueprint, abort, redirect, request, session

from .oauth import exchange_code, fetch_profile, sign_in

bp = Blueprint("oauth", __name__)


@bp.route("/oauth/callback")
def callback():
    returned = request.args.get("state", "")
    expected = session.pop("oauth_state", "")
    if not expected or not hmac.compare_digest(returned, expected):
        abort(400, "state mismatch")
    token = exchange_code(request.args["code"])
    sign_in(fetch_profile(token))
    return redirect("/")
`,
  ),
  bad(
    "CWE-601",
    "batch54: authorize URL takes redirect_uri from the incoming request",
    src`
import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect


def start_sso(request):
    state = secrets.token_urlsafe(16)
    request.session["sso_state"] = state
    query = urlencode(
        {
            "response_type": "code",
            "client_id": settings.SSO_CLIENT_ID,
            "redirect_uri": request.GET.get("redirect_uri", settings.SSO_REDIRECT_URI),
            "scope": "openid email",
            "state": state,
        }
    )
    return redirect(f"{settings.SSO_AUTHORIZE_URL}?{query}")
`,
  ),
  good(
    "CWE-601",
    "batch54: authorize URL uses the registered redirect_uri from settings",
    src`
import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect


def start_sso(request):
    state = secrets.token_urlsafe(16)
    request.session["sso_state"] = state
    query = urlencode(
        {
            "response_type": "code",
            "client_id": settings.SSO_CLIENT_ID,
            "redirect_uri": settings.SSO_REDIRECT_URI,
            "scope": "openid email",
            "state": state,
        }
    )
    return redirect(f"{settings.SSO_AUTHORIZE_URL}?{query}")
`,
  ),
  bad(
    "CWE-601",
    "batch54: after SSO login the view redirects to the next parameter unchecked",
    src`
from django.contrib.auth import login
from django.http import HttpResponseRedirect

from .sso import user_from_callback


def sso_complete(request):
    user = user_from_callback(request)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    next_url = request.GET.get("next") or "/"
    return HttpResponseRedirect(next_url)
`,
  ),
  good(
    "CWE-601",
    "batch54: after SSO login the view redirects to next only when it is a local URL",
    src`
from django.contrib.auth import login
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

from .sso import user_from_callback


def sso_complete(request):
    user = user_from_callback(request)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    next_url = request.GET.get("next") or "/"
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=True):
        next_url = "/"
    return HttpResponseRedirect(next_url)
`,
  ),
  bad(
    "CWE-347",
    "batch54: OIDC callback trusts the id_token's claims without checking its signature",
    src`
import hmac

import jwt
import requests
from flask import Flask, abort, redirect, request, session

from .config import OIDC

app = Flask(__name__)


@app.get("/oidc/callback")
def oidc_callback():
    expected = session.pop("oidc_state", "")
    if not expected or not hmac.compare_digest(expected, request.args.get("state", "")):
        abort(400)
    tokens = requests.post(
        OIDC["token_endpoint"],
        data={"grant_type": "authorization_code", "code": request.args["code"], "redirect_uri": OIDC["redirect_uri"]},
        auth=(OIDC["client_id"], OIDC["client_secret"]),
        timeout=10,
    ).json()
    claims = jwt.decode(tokens["id_token"], options={"verify_signature": False})
    session["user_email"] = claims["email"]
    return redirect("/")
`,
  ),
  good(
    "CWE-347",
    "batch54: OIDC callback verifies the id_token against the provider's JWKS and client id",
    src`
import hmac

import jwt
import requests
from flask import Flask, abort, redirect, request, session

from .config import OIDC

app = Flask(__name__)
jwks_client = jwt.PyJWKClient(OIDC["jwks_uri"])


@app.get("/oidc/callback")
def oidc_callback():
    expected = session.pop("oidc_state", "")
    if not expected or not hmac.compare_digest(expected, request.args.get("state", "")):
        abort(400)
    tokens = requests.post(
        OIDC["token_endpoint"],
        data={"grant_type": "authorization_code", "code": request.args["code"], "redirect_uri": OIDC["redirect_uri"]},
        auth=(OIDC["client_id"], OIDC["client_secret"]),
        timeout=10,
    ).json()
    key = jwks_client.get_signing_key_from_jwt(tokens["id_token"]).key
    claims = jwt.decode(tokens["id_token"], key, algorithms=["RS256"], audience=OIDC["client_id"], issuer=OIDC["issuer"])
    session["user_email"] = claims["email"]
    return redirect("/")
`,
  ),
  // ---------------- API keys (CWE-532/798) ----------------
  bad(
    "CWE-532",
    "batch54: API-key check logs the presented key",
    src`
import logging

from fastapi import Header, HTTPException

from .keys import find_key

logger = logging.getLogger("api.auth")


async def api_key_auth(x_api_key: str = Header(...)) -> int:
    logger.info("authenticating request with api key %s", x_api_key)
    record = await find_key(x_api_key)
    if record is None:
        raise HTTPException(status_code=403, detail="forbidden")
    return record.owner_id
`,
  ),
  good(
    "CWE-532",
    "batch54: API-key check logs only the key's public prefix",
    src`
import logging

from fastapi import Header, HTTPException

from .keys import find_key

logger = logging.getLogger("api.auth")


async def api_key_auth(x_api_key: str = Header(...)) -> int:
    record = await find_key(x_api_key)
    if record is None:
        logger.info("rejected api key with prefix %s", x_api_key[:6])
        raise HTTPException(status_code=403, detail="forbidden")
    logger.info("authenticated key id=%s owner=%s", record.id, record.owner_id)
    return record.owner_id
`,
  ),
  bad(
    "CWE-532",
    "batch54: login handler prints the submitted credentials while debugging",
    src`
from flask import Flask, request
from flask_login import login_user

from .users import authenticate

app = Flask(__name__)


@app.post("/login")
def login():
    username = request.form["username"]
    password = request.form["password"]
    app.logger.debug(f"login attempt user={username} password={password}")
    user = authenticate(username, password)
    if user is None:
        return "invalid", 401
    login_user(user)
    return "ok"
`,
  ),
  good(
    "CWE-532",
    "batch54: login handler logs the attempt with the username only",
    src`
from flask import Flask, request
from flask_login import login_user

from .users import authenticate

app = Flask(__name__)


@app.post("/login")
def login():
    username = request.form["username"]
    password = request.form["password"]
    app.logger.info("login attempt user=%s", username)
    user = authenticate(username, password)
    if user is None:
        return "invalid", 401
    login_user(user)
    return "ok"
`,
  ),
  bad(
    "CWE-798",
    "batch54: internal API accepts a service key written into the source",
    src`
import hmac

from flask import Flask, abort, request

app = Flask(__name__)
INTERNAL_API_KEY = "sk_live_4f1c2b9e8d7a6f5e4d3c2b1a"


@app.before_request
def require_key():
    if not hmac.compare_digest(request.headers.get("X-Api-Key", ""), INTERNAL_API_KEY):
        abort(401)


@app.get("/internal/stats")
def stats():
    return {"ok": True}
`,
  ),
  // ---------------- missing authentication / authorization (CWE-306/862) ----------------
  bad(
    "CWE-306",
    "batch54: Flask user admin module guards listing and editing but not the delete route",
    src`
from flask import Blueprint, jsonify
from flask_login import login_required

from .auth import admin_required
from .models import User, db

admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.get("/users")
@login_required
@admin_required
def list_users():
    return jsonify([u.to_dict() for u in User.query.all()])


@admin.patch("/users/<int:user_id>")
@login_required
@admin_required
def edit_user(user_id: int):
    return jsonify(db.get_or_404(User, user_id).to_dict())


@admin.delete("/users/<int:user_id>")
def delete_user(user_id: int):
    db.session.delete(db.get_or_404(User, user_id))
    db.session.commit()
    return "", 204
`,
  ),
  good(
    "CWE-306",
    "batch54: Flask user admin module guards listing, editing and deleting",
    src`
from flask import Blueprint, jsonify
from flask_login import login_required

from .auth import admin_required
from .models import User, db

admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.get("/users")
@login_required
@admin_required
def list_users():
    return jsonify([u.to_dict() for u in User.query.all()])


@admin.patch("/users/<int:user_id>")
@login_required
@admin_required
def edit_user(user_id: int):
    return jsonify(db.get_or_404(User, user_id).to_dict())


@admin.delete("/users/<int:user_id>")
@login_required
@admin_required
def delete_user(user_id: int):
    db.session.delete(db.get_or_404(User, user_id))
    db.session.commit()
    return "", 204
`,
  ),
  bad(
    "CWE-306",
    "batch54: settings route checks the login on GET only and saves POSTed settings for anyone",
    src`
from flask import Flask, abort, render_template, request
from flask_login import current_user

from .models import SiteSettings, db

app = Flask(__name__)


@app.route("/admin/settings", methods=["GET", "POST"])
def site_settings():
    settings = db.session.get(SiteSettings, 1)
    if request.method == "GET":
        if not current_user.is_authenticated or not current_user.is_admin:
            abort(403)
        return render_template("settings.html", settings=settings)
    settings.maintenance_mode = request.form.get("maintenance") == "on"
    settings.banner = request.form.get("banner", "")
    db.session.commit()
    return {"saved": True}
`,
  ),
  good(
    "CWE-306",
    "batch54: settings route checks the login before branching on the method",
    src`
from flask import Flask, abort, render_template, request
from flask_login import current_user

from .models import SiteSettings, db

app = Flask(__name__)


@app.route("/admin/settings", methods=["GET", "POST"])
def site_settings():
    if not current_user.is_authenticated or not current_user.is_admin:
        abort(403)
    settings = db.session.get(SiteSettings, 1)
    if request.method == "GET":
        return render_template("settings.html", settings=settings)
    settings.maintenance_mode = request.form.get("maintenance") == "on"
    settings.banner = request.form.get("banner", "")
    db.session.commit()
    return {"saved": True}
`,
  ),
  bad(
    "CWE-306",
    "batch54: FastAPI router requires the current user on every endpoint except the delete",
    src`
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from .db import get_db
from .deps import get_current_user
from .models import Project, User
from .schemas import ProjectIn, ProjectOut

router = APIRouter(prefix="/projects", tags=["projects"])


@router.get("/", response_model=list[ProjectOut])
def list_projects(db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    return db.query(Project).filter(Project.owner_id == user.id).all()


@router.post("/", response_model=ProjectOut)
def create_project(body: ProjectIn, db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    project = Project(name=body.name, owner_id=user.id)
    db.add(project)
    db.commit()
    return project


@router.delete("/{project_id}", status_code=204)
def delete_project(project_id: int, db: Session = Depends(get_db)):
    project = db.get(Project, project_id)
    if project is None:
        raise HTTPException(404)
    db.delete(project)
    db.commit()
`,
  ),
  good(
    "CWE-306",
    "batch54: FastAPI router requires the current user on every endpoint and scopes the delete to the owner",
    src`
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from .db import get_db
from .deps import get_current_user
from .models import Project, User
from .schemas import ProjectIn, ProjectOut

router = APIRouter(prefix="/projects", tags=["projects"])


@router.get("/", response_model=list[ProjectOut])
def list_projects(db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    return db.query(Project).filter(Project.owner_id == user.id).all()


@router.post("/", response_model=ProjectOut)
def create_project(body: ProjectIn, db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    project = Project(name=body.name, owner_id=user.id)
    db.add(project)
    db.commit()
    return project


@router.delete("/{project_id}", status_code=204)
def delete_project(project_id: int, db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    project = db.get(Project, project_id)
    if project is None or project.owner_id != user.id:
        raise HTTPException(404)
    db.delete(project)
    db.commit()
`,
  ),
  good(
    "CWE-306",
    "batch54: FastAPI router declares the auth dependency once for all its endpoints",
    src`
from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from .db import get_db
from .deps import require_staff
from .models import AuditEvent

router = APIRouter(prefix="/audit", dependencies=[Depends(require_staff)])


@router.get("/events")
def events(db: Session = Depends(get_db)):
    return db.query(AuditEvent).order_by(AuditEvent.id.desc()).limit(100).all()


@router.delete("/events/{event_id}", status_code=204)
def purge_event(event_id: int, db: Session = Depends(get_db)):
    db.query(AuditEvent).filter(AuditEvent.id == event_id).delete()
    db.commit()
`,
  ),
  bad(
    "CWE-862",
    "batch54: DRF user viewset lets anyone list, edit and delete accounts",
    src`
from django.contrib.auth import get_user_model
from rest_framework import permissions, serializers, viewsets


class UserSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = ["id", "username", "email", "first_name", "last_name"]


class UserViewSet(viewsets.ModelViewSet):
    queryset = get_user_model().objects.all().order_by("id")
    serializer_class = UserSerializer
    permission_classes = [permissions.AllowAny]
`,
  ),
  good(
    "CWE-862",
    "batch54: DRF user viewset is limited to staff",
    src`
from django.contrib.auth import get_user_model
from rest_framework import permissions, serializers, viewsets


class UserSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = ["id", "username", "email", "first_name", "last_name"]


class UserViewSet(viewsets.ModelViewSet):
    queryset = get_user_model().objects.all().order_by("id")
    serializer_class = UserSerializer
    permission_classes = [permissions.IsAdminUser]
`,
  ),
  bad(
    "CWE-862",
    "batch54: DRF view drops its permissions for DELETE requests",
    src`
from rest_framework.generics import RetrieveUpdateDestroyAPIView
from rest_framework.permissions import IsAuthenticated

from .models import Team
from .serializers import TeamSerializer


class TeamDetail(RetrieveUpdateDestroyAPIView):
    queryset = Team.objects.all()
    serializer_class = TeamSerializer
    permission_classes = [IsAuthenticated]

    def get_permissions(self):
        if self.request.method == "DELETE":
            # the mobile client sends DELETE without a session
            return []
        return super().get_permissions()
`,
  ),
  good(
    "CWE-862",
    "batch54: DRF view requires admin permission for DELETE requests",
    src`
from rest_framework.generics import RetrieveUpdateDestroyAPIView
from rest_framework.permissions import IsAdminUser, IsAuthenticated

from .models import Team
from .serializers import TeamSerializer


class TeamDetail(RetrieveUpdateDestroyAPIView):
    queryset = Team.objects.all()
    serializer_class = TeamSerializer
    permission_classes = [IsAuthenticated]

    def get_permissions(self):
        if self.request.method == "DELETE":
            return [IsAuthenticated(), IsAdminUser()]
        return super().get_permissions()
`,
  ),
  bad(
    "CWE-862",
    "batch54: Django staff action only checks that someone is logged in",
    src`
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST


@login_required
@require_POST
def promote_to_staff(request, user_id: int):
    """Admin tool: give another account staff rights."""
    target = get_object_or_404(get_user_model(), pk=user_id)
    target.is_staff = True
    target.save(update_fields=["is_staff"])
    return redirect("admin-users")
`,
  ),
  good(
    "CWE-862",
    "batch54: Django staff action requires a superuser",
    src`
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required, user_passes_test
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST


@login_required
@user_passes_test(lambda u: u.is_superuser)
@require_POST
def promote_to_staff(request, user_id: int):
    """Admin tool: give another account staff rights."""
    target = get_object_or_404(get_user_model(), pk=user_id)
    target.is_staff = True
    target.save(update_fields=["is_staff"])
    return redirect("admin-users")
`,
  ),
  bad(
    "CWE-862",
    "batch54: FastAPI admin endpoint takes the current user but never checks the role",
    src`
from fastapi import APIRouter, Depends
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from .deps import get_current_user, get_session
from .models import User

router = APIRouter(prefix="/admin")


@router.post("/users/{user_id}/ban")
async def ban_user(user_id: int, actor: User = Depends(get_current_user), db: AsyncSession = Depends(get_session)):
    await db.execute(update(User).where(User.id == user_id).values(is_active=False))
    await db.commit()
    return {"banned": user_id, "by": actor.id}
`,
  ),
  good(
    "CWE-862",
    "batch54: FastAPI admin endpoint refuses callers without the admin role",
    src`
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from .deps import get_current_user, get_session
from .models import User

router = APIRouter(prefix="/admin")


async def require_admin(user: User = Depends(get_current_user)) -> User:
    if not user.is_admin:
        raise HTTPException(status_code=403, detail="admin only")
    return user


@router.post("/users/{user_id}/ban")
async def ban_user(user_id: int, actor: User = Depends(require_admin), db: AsyncSession = Depends(get_session)):
    await db.execute(update(User).where(User.id == user_id).values(is_active=False))
    await db.commit()
    return {"banned": user_id, "by": actor.id}
`,
  ),
  bad(
    "CWE-306",
    "batch54: Tornado handler authenticates GET but not the POST that changes data",
    src`
import json

import tornado.web

from .store import get_profile, save_profile


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("user")


class ProfileHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self, username: str):
        self.write(get_profile(username))

    def post(self, username: str):
        save_profile(username, json.loads(self.request.body))
        self.set_status(204)
`,
  ),
  good(
    "CWE-306",
    "batch54: Tornado handler authenticates GET and POST and limits POST to the profile's owner",
    src`
import json

import tornado.web

from .store import get_profile, save_profile


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("user")


class ProfileHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self, username: str):
        self.write(get_profile(username))

    @tornado.web.authenticated
    def post(self, username: str):
        if self.current_user.decode() != username:
            raise tornado.web.HTTPError(403)
        save_profile(username, json.loads(self.request.body))
        self.set_status(204)
`,
  ),
  bad(
    "CWE-306",
    "batch54: Flask MethodView requires login for put but not for delete",
    src`
from flask import jsonify, request
from flask.views import MethodView
from flask_login import current_user, login_required

from .models import Webhook, db


class WebhookAPI(MethodView):
    @login_required
    def put(self, hook_id: int):
        hook = Webhook.query.filter_by(id=hook_id, account_id=current_user.account_id).first_or_404()
        hook.url = request.json["url"]
        db.session.commit()
        return jsonify(hook.to_dict())

    def delete(self, hook_id: int):
        Webhook.query.filter_by(id=hook_id).delete()
        db.session.commit()
        return "", 204
`,
  ),
  good(
    "CWE-306",
    "batch54: Flask MethodView requires login for every method through decorators",
    src`
from flask import jsonify, request
from flask.views import MethodView
from flask_login import current_user, login_required

from .models import Webhook, db


class WebhookAPI(MethodView):
    decorators = [login_required]

    def put(self, hook_id: int):
        hook = Webhook.query.filter_by(id=hook_id, account_id=current_user.account_id).first_or_404()
        hook.url = request.json["url"]
        db.session.commit()
        return jsonify(hook.to_dict())

    def delete(self, hook_id: int):
        Webhook.query.filter_by(id=hook_id, account_id=current_user.account_id).delete()
        db.session.commit()
        return "", 204
`,
  ),
  bad(
    "CWE-306",
    "batch54: maintenance endpoint that flushes the cache and reloads config has no authentication",
    src`
from fastapi import FastAPI

from .cache import cache
from .config import reload_config

app = FastAPI()


@app.get("/healthz")
def healthz() -> dict:
    return {"status": "ok"}


@app.post("/internal/maintenance/flush")
def flush_everything() -> dict:
    cache.clear()
    reload_config()
    return {"flushed": True}
`,
  ),
  good(
    "CWE-306",
    "batch54: maintenance endpoint requires an operator token while the health check stays public",
    src`
import hmac
import os

from fastapi import Depends, FastAPI, Header, HTTPException

from .cache import cache
from .config import reload_config

app = FastAPI()
OPS_TOKEN = os.environ["OPS_TOKEN"]


def require_operator(x_ops_token: str = Header(...)) -> None:
    if not hmac.compare_digest(x_ops_token, OPS_TOKEN):
        raise HTTPException(status_code=401)


@app.get("/healthz")
def healthz() -> dict:
    return {"status": "ok"}


@app.post("/internal/maintenance/flush", dependencies=[Depends(require_operator)])
def flush_everything() -> dict:
    cache.clear()
    reload_config()
    return {"flushed": True}
`,
  ),
  // ---------------- object-level authorization (CWE-639) ----------------
  bad(
    "CWE-639",
    "batch54: invoice download looks the invoice up by id without checking who owns it",
    src`
from flask import Blueprint, abort, send_file
from flask_login import login_required

from .models import Invoice

invoices = Blueprint("invoices", __name__)


@invoices.get("/invoices/<int:invoice_id>/pdf")
@login_required
def invoice_pdf(invoice_id: int):
    invoice = Invoice.query.get(invoice_id)
    if invoice is None:
        abort(404)
    return send_file(invoice.pdf_path, mimetype="application/pdf")
`,
  ),
  good(
    "CWE-639",
    "batch54: invoice download filters by id and the signed-in user's account",
    src`
from flask import Blueprint, send_file
from flask_login import current_user, login_required

from .models import Invoice

invoices = Blueprint("invoices", __name__)


@invoices.get("/invoices/<int:invoice_id>/pdf")
@login_required
def invoice_pdf(invoice_id: int):
    invoice = Invoice.query.filter_by(id=invoice_id, account_id=current_user.account_id).first_or_404()
    return send_file(invoice.pdf_path, mimetype="application/pdf")
`,
  ),
  bad(
    "CWE-639",
    "batch54: document update loads by primary key with session.get and writes the fields",
    src`
from flask import Flask, jsonify, request
from flask_login import login_required

from .db import db
from .models import Document

app = Flask(__name__)


@app.put("/api/documents/<int:doc_id>")
@login_required
def update_document(doc_id: int):
    doc = db.session.get(Document, doc_id)
    if doc is None:
        return jsonify(error="not found"), 404
    body = request.get_json()
    doc.title = body.get("title", doc.title)
    doc.content = body.get("content", doc.content)
    db.session.commit()
    return jsonify(doc.to_dict())
`,
  ),
  good(
    "CWE-639",
    "batch54: document update refuses documents the signed-in user does not own",
    src`
from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from .db import db
from .models import Document

app = Flask(__name__)


@app.put("/api/documents/<int:doc_id>")
@login_required
def update_document(doc_id: int):
    doc = db.session.get(Document, doc_id)
    if doc is None or doc.owner_id != current_user.id:
        return jsonify(error="not found"), 404
    body = request.get_json()
    doc.title = body.get("title", doc.title)
    doc.content = body.get("content", doc.content)
    db.session.commit()
    return jsonify(doc.to_dict())
`,
  ),
  bad(
    "CWE-639",
    "batch54: DRF order viewset returns every order to any authenticated user",
    src`
from rest_framework import permissions, viewsets

from .models import Order
from .serializers import OrderSerializer


class OrderViewSet(viewsets.ModelViewSet):
    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Order.objects.all().select_related("customer").order_by("-created_at")

    def perform_create(self, serializer):
        serializer.save(customer=self.request.user)
`,
  ),
  good(
    "CWE-639",
    "batch54: DRF order viewset limits the queryset to the caller's orders",
    src`
from rest_framework import permissions, viewsets

from .models import Order
from .serializers import OrderSerializer


class OrderViewSet(viewsets.ModelViewSet):
    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Order.objects.filter(customer=self.request.user).select_related("customer").order_by("-created_at")

    def perform_create(self, serializer):
        serializer.save(customer=self.request.user)
`,
  ),
  bad(
    "CWE-639",
    "batch54: FastAPI note delete selects the note by id alone",
    src`
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from .deps import current_user, get_session
from .models import Note, User

router = APIRouter()


@router.delete("/notes/{note_id}", status_code=204)
async def delete_note(note_id: int, user: User = Depends(current_user), db: AsyncSession = Depends(get_session)):
    note = await db.scalar(select(Note).where(Note.id == note_id))
    if note is None:
        raise HTTPException(404)
    await db.delete(note)
    await db.commit()
`,
  ),
  good(
    "CWE-639",
    "batch54: FastAPI note delete selects the note by id and owner",
    src`
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from .deps import current_user, get_session
from .models import Note, User

router = APIRouter()


@router.delete("/notes/{note_id}", status_code=204)
async def delete_note(note_id: int, user: User = Depends(current_user), db: AsyncSession = Depends(get_session)):
    note = await db.scalar(select(Note).where(Note.id == note_id, Note.owner_id == user.id))
    if note is None:
        raise HTTPException(404)
    await db.delete(note)
    await db.commit()
`,
  ),
  bad(
    "CWE-639",
    "batch54: address API checks the owner when reading but not when updating",
    src`
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .models import Address, db

bp = Blueprint("addresses", __name__)


@bp.get("/addresses/<int:address_id>")
@login_required
def get_address(address_id: int):
    address = db.get_or_404(Address, address_id)
    if address.user_id != current_user.id:
        abort(403)
    return jsonify(address.to_dict())


@bp.put("/addresses/<int:address_id>")
@login_required
def update_address(address_id: int):
    address = db.get_or_404(Address, address_id)
    for key in ("line1", "line2", "city", "postcode"):
        if key in request.json:
            setattr(address, key, request.json[key])
    db.session.commit()
    return jsonify(address.to_dict())
`,
  ),
  good(
    "CWE-639",
    "batch54: address API checks the owner when reading and when updating",
    src`
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .models import Address, db

bp = Blueprint("addresses", __name__)


def _own_address(address_id: int) -> Address:
    address = db.get_or_404(Address, address_id)
    if address.user_id != current_user.id:
        abort(403)
    return address


@bp.get("/addresses/<int:address_id>")
@login_required
def get_address(address_id: int):
    return jsonify(_own_address(address_id).to_dict())


@bp.put("/addresses/<int:address_id>")
@login_required
def update_address(address_id: int):
    address = _own_address(address_id)
    for key in ("line1", "line2", "city", "postcode"):
        if key in request.json:
            setattr(address, key, request.json[key])
    db.session.commit()
    return jsonify(address.to_dict())
`,
  ),
  bad(
    "CWE-639",
    "batch54: Django message delete uses get_object_or_404 on the primary key only",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from .models import Message


@login_required
@require_POST
def delete_message(request, pk: int):
    message = get_object_or_404(Message, pk=pk)
    message.delete()
    return redirect("inbox")
`,
  ),
  good(
    "CWE-639",
    "batch54: Django message delete looks the message up among the caller's own",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from .models import Message


@login_required
@require_POST
def delete_message(request, pk: int):
    message = get_object_or_404(Message, pk=pk, recipient=request.user)
    message.delete()
    return redirect("inbox")
`,
  ),
  bad(
    "CWE-639",
    "batch54: ownership check compares with a user id the client sends in the body",
    src`
from flask import Flask, abort, jsonify, request
from flask_login import login_required

from .models import Subscription, db

app = Flask(__name__)


@app.post("/subscriptions/<int:sub_id>/cancel")
@login_required
def cancel_subscription(sub_id: int):
    payload = request.get_json()
    sub = db.get_or_404(Subscription, sub_id)
    if sub.user_id != int(payload["user_id"]):
        abort(403)
    sub.status = "cancelled"
    db.session.commit()
    return jsonify(status=sub.status)
`,
  ),
  good(
    "CWE-639",
    "batch54: ownership check compares with the signed-in user's id",
    src`
from flask import Flask, abort, jsonify
from flask_login import current_user, login_required

from .models import Subscription, db

app = Flask(__name__)


@app.post("/subscriptions/<int:sub_id>/cancel")
@login_required
def cancel_subscription(sub_id: int):
    sub = db.get_or_404(Subscription, sub_id)
    if sub.user_id != current_user.id:
        abort(403)
    sub.status = "cancelled"
    db.session.commit()
    return jsonify(status=sub.status)
`,
  ),
  bad(
    "CWE-639",
    "batch54: raw SQL statement fetch by id while the session user goes unused",
    src`
import sqlite3

from flask import Flask, g, jsonify, session

app = Flask(__name__)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect("bank.db")
        g.db.row_factory = sqlite3.Row
    return g.db


@app.get("/statements/<int:statement_id>")
def statement(statement_id: int):
    if "user_id" not in session:
        return jsonify(error="login required"), 401
    row = get_db().execute("SELECT * FROM statements WHERE id = ?", (statement_id,)).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(dict(row))
`,
  ),
  good(
    "CWE-639",
    "batch54: raw SQL statement fetch by id and the session user",
    src`
import sqlite3

from flask import Flask, g, jsonify, session

app = Flask(__name__)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect("bank.db")
        g.db.row_factory = sqlite3.Row
    return g.db


@app.get("/statements/<int:statement_id>")
def statement(statement_id: int):
    if "user_id" not in session:
        return jsonify(error="login required"), 401
    row = get_db().execute(
        "SELECT * FROM statements WHERE id = ? AND user_id = ?", (statement_id, session["user_id"])
    ).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(dict(row))
`,
  ),
  bad(
    "CWE-639",
    "batch54: Django profile edit form bound to the profile named in the URL",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render

from .forms import ProfileForm
from .models import Profile


@login_required
def edit_profile(request, profile_id: int):
    profile = get_object_or_404(Profile, pk=profile_id)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("profile", profile_id=profile.pk)
    return render(request, "profile_form.html", {"form": form})
`,
  ),
  good(
    "CWE-639",
    "batch54: Django profile edit form bound to the signed-in user's profile",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render

from .forms import ProfileForm
from .models import Profile


@login_required
def edit_profile(request):
    profile = get_object_or_404(Profile, user=request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("profile", profile_id=profile.pk)
    return render(request, "profile_form.html", {"form": form})
`,
  ),
  good(
    "CWE-639",
    "batch54: public blog post read by slug among published posts needs no owner",
    src`
from django.shortcuts import get_object_or_404, render

from .models import Post


def post_detail(request, slug: str):
    post = get_object_or_404(Post, slug=slug, status=Post.Status.PUBLISHED)
    return render(request, "blog/post_detail.html", {"post": post})
`,
  ),
  bad(
    "CWE-639",
    "batch54: attachment download by id checks login but not the attachment's ticket owner",
    src`
from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session

from .db import get_db
from .deps import get_current_user
from .models import Attachment, User

router = APIRouter()


@router.get("/attachments/{attachment_id}")
def download_attachment(attachment_id: int, db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    att = db.get(Attachment, attachment_id)
    if att is None:
        raise HTTPException(status_code=404)
    return FileResponse(att.storage_path, filename=att.filename)
`,
  ),
  good(
    "CWE-639",
    "batch54: attachment download by id checks that the caller owns the attachment's ticket",
    src`
from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session

from .db import get_db
from .deps import get_current_user
from .models import Attachment, User

router = APIRouter()


@router.get("/attachments/{attachment_id}")
def download_attachment(attachment_id: int, db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    att = db.get(Attachment, attachment_id)
    if att is None or att.ticket.requester_id != user.id:
        raise HTTPException(status_code=404)
    return FileResponse(att.storage_path, filename=att.filename)
`,
  ),
  // ---------------- roles and identities from client-controlled values (CWE-565/807/290) ----------------
  bad(
    "CWE-565",
    "batch54: admin dashboard decides access from a plain role cookie",
    src`
from flask import Flask, abort, render_template, request

from .reports import revenue_summary

app = Flask(__name__)


def is_admin() -> bool:
    return request.cookies.get("role", "user") == "admin"


@app.get("/admin/dashboard")
def dashboard():
    if not is_admin():
        abort(403)
    return render_template("admin/dashboard.html", summary=revenue_summary())
`,
  ),
  good(
    "CWE-565",
    "batch54: admin dashboard decides access from the signed-in user's stored role",
    src`
from flask import Flask, abort, render_template
from flask_login import current_user, login_required

from .reports import revenue_summary

app = Flask(__name__)


def is_admin() -> bool:
    return current_user.is_authenticated and current_user.role == "admin"


@app.get("/admin/dashboard")
@login_required
def dashboard():
    if not is_admin():
        abort(403)
    return render_template("admin/dashboard.html", summary=revenue_summary())
`,
  ),
  good(
    "CWE-565",
    "batch54: a plain cookie chooses the UI theme, which grants nothing",
    src`
from flask import Flask, render_template, request

app = Flask(__name__)
THEMES = {"light", "dark", "high-contrast"}


@app.get("/")
def home():
    theme = request.cookies.get("theme", "light")
    if theme not in THEMES:
        theme = "light"
    return render_template("home.html", theme=theme)
`,
  ),
  bad(
    "CWE-807",
    "batch54: FastAPI dependency grants admin when the X-User-Role header says so",
    src`
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()


def require_admin(x_user_role: str = Header(default="viewer")) -> None:
    if x_user_role.lower() != "admin":
        raise HTTPException(status_code=403, detail="admins only")


@app.post("/admin/feature-flags/{flag}", dependencies=[Depends(require_admin)])
def toggle_flag(flag: str, enabled: bool) -> dict:
    from .flags import set_flag

    set_flag(flag, enabled)
    return {"flag": flag, "enabled": enabled}
`,
  ),
  good(
    "CWE-807",
    "batch54: FastAPI dependency grants admin from the verified token's user record",
    src`
from fastapi import Depends, FastAPI, HTTPException

from .deps import get_current_user
from .models import User

app = FastAPI()


def require_admin(user: User = Depends(get_current_user)) -> User:
    if user.role != "admin":
        raise HTTPException(status_code=403, detail="admins only")
    return user


@app.post("/admin/feature-flags/{flag}", dependencies=[Depends(require_admin)])
def toggle_flag(flag: str, enabled: bool) -> dict:
    from .flags import set_flag

    set_flag(flag, enabled)
    return {"flag": flag, "enabled": enabled}
`,
  ),
  bad(
    "CWE-807",
    "batch54: refund endpoint trusts an is_admin flag in the JSON body",
    src`
from flask import Flask, jsonify, request
from flask_login import login_required

from .payments import refund

app = Flask(__name__)


@app.post("/orders/<int:order_id>/refund")
@login_required
def refund_order(order_id: int):
    body = request.get_json(silent=True) or {}
    if not body.get("is_admin"):
        return jsonify(error="only admins can refund"), 403
    refund(order_id, amount=body.get("amount"))
    return jsonify(refunded=order_id)
`,
  ),
  bad(
    "CWE-565",
    "batch54: remember-me cookie holds the user id and signs that user in",
    src`
from flask import Flask, make_response, redirect, request
from flask_login import LoginManager, current_user, login_user

from .models import User
from .auth import check_credentials

app = Flask(__name__)
login_manager = LoginManager(app)


@app.post("/login")
def login():
    user = check_credentials(request.form["email"], request.form["password"])
    if user is None:
        return "invalid", 401
    login_user(user)
    resp = make_response(redirect("/"))
    if request.form.get("remember"):
        resp.set_cookie("remember_uid", str(user.id), max_age=30 * 24 * 3600, httponly=True, secure=True)
    return resp


@app.before_request
def restore_from_cookie():
    uid = request.cookies.get("remember_uid")
    if uid and not current_user.is_authenticated:
        user = User.query.get(int(uid))
        if user:
            login_user(user)
`,
  ),
  good(
    "CWE-565",
    "batch54: remember-me left to Flask-Login's signed remember cookie",
    src`
from datetime import timedelta

from flask import Flask, redirect, request
from flask_login import LoginManager, login_user

from .auth import check_credentials

app = Flask(__name__)
app.config["REMEMBER_COOKIE_DURATION"] = timedelta(days=14)
app.config["REMEMBER_COOKIE_SECURE"] = True
app.config["REMEMBER_COOKIE_HTTPONLY"] = True
login_manager = LoginManager(app)


@app.post("/login")
def login():
    user = check_credentials(request.form["email"], request.form["password"])
    if user is None:
        return "invalid", 401
    login_user(user, remember=bool(request.form.get("remember")))
    return redirect("/")
`,
  ),
  bad(
    "CWE-565",
    "batch54: Django middleware sets request.user from a user_id cookie",
    src`
from django.contrib.auth import get_user_model


class CookieUserMiddleware:
    """Restore the user from the user_id cookie so the SPA stays signed in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        uid = request.COOKIES.get("user_id")
        if uid and uid.isdigit():
            user = get_user_model().objects.filter(pk=int(uid)).first()
            if user is not None:
                request.user = user
        return self.get_response(request)
`,
  ),
  good(
    "CWE-565",
    "batch54: Django middleware restores the user from a signed cookie with a max age",
    src`
from django.contrib.auth import get_user_model
from django.core import signing


class CookieUserMiddleware:
    """Restore the user from a signed cookie so the SPA stays signed in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            uid = request.get_signed_cookie("user_id", salt="spa-user", max_age=7 * 24 * 3600)
        except (KeyError, signing.BadSignature):
            uid = None
        if uid and uid.isdigit():
            user = get_user_model().objects.filter(pk=int(uid), is_active=True).first()
            if user is not None:
                request.user = user
        return self.get_response(request)
`,
  ),
  bad(
    "CWE-290",
    "batch54: admin API allowed for addresses read from X-Forwarded-For",
    src`
from ipaddress import ip_address, ip_network

from flask import Flask, abort, request

app = Flask(__name__)
OFFICE = ip_network("203.0.113.0/24")


@app.before_request
def office_only():
    if request.path.startswith("/admin"):
        client = request.headers.get("X-Forwarded-For", request.remote_addr).split(",")[0].strip()
        if ip_address(client) not in OFFICE:
            abort(403)
`,
  ),
  good(
    "CWE-290",
    "batch54: admin API allowed by address after ProxyFix trusts exactly one proxy hop",
    src`
from ipaddress import ip_address, ip_network

from flask import Flask, abort, request
from werkzeug.middleware.proxy_fix import ProxyFix

app = Flask(__name__)
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1)
OFFICE = ip_network("203.0.113.0/24")


@app.before_request
def office_only():
    if request.path.startswith("/admin"):
        if ip_address(request.remote_addr) not in OFFICE:
            abort(403)
`,
  ),
  bad(
    "CWE-639",
    "batch54: tenant chosen from an X-Tenant-Id header without checking the user's membership",
    src`
from fastapi import Depends, FastAPI, Header
from sqlalchemy import select
from sqlalchemy.orm import Session

from .deps import get_current_user, get_db
from .models import Invoice, User

app = FastAPI()


@app.get("/invoices")
def list_invoices(
    x_tenant_id: int = Header(...),
    user: User = Depends(get_current_user),
    db: Session = Depends(get_db),
):
    return db.scalars(select(Invoice).where(Invoice.tenant_id == x_tenant_id)).all()
`,
  ),
  good(
    "CWE-639",
    "batch54: tenant chosen from an X-Tenant-Id header only among the user's memberships",
    src`
from fastapi import Depends, FastAPI, Header, HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session

from .deps import get_current_user, get_db
from .models import Invoice, User

app = FastAPI()


@app.get("/invoices")
def list_invoices(
    x_tenant_id: int = Header(...),
    user: User = Depends(get_current_user),
    db: Session = Depends(get_db),
):
    if x_tenant_id not in {m.tenant_id for m in user.memberships}:
        raise HTTPException(status_code=403)
    return db.scalars(select(Invoice).where(Invoice.tenant_id == x_tenant_id)).all()
`,
  ),
  // ---------------- mass assignment (CWE-915) ----------------
  bad(
    "CWE-915",
    "batch54: registration builds the user from the whole JSON body",
    src`
from flask import Flask, jsonify, request
from werkzeug.security import generate_password_hash

from .models import User, db

app = Flask(__name__)


@app.post("/api/register")
def register():
    data = request.get_json()
    data["password"] = generate_password_hash(data["password"])
    user = User(**data)
    db.session.add(user)
    db.session.commit()
    return jsonify(id=user.id), 201
`,
  ),
  good(
    "CWE-915",
    "batch54: registration builds the user from named fields only",
    src`
from flask import Flask, jsonify, request
from werkzeug.security import generate_password_hash

from .models import User, db

app = Flask(__name__)


@app.post("/api/register")
def register():
    data = request.get_json()
    user = User(
        email=data["email"],
        display_name=data.get("display_name", ""),
        password=generate_password_hash(data["password"]),
    )
    db.session.add(user)
    db.session.commit()
    return jsonify(id=user.id), 201
`,
  ),
  bad(
    "CWE-915",
    "batch54: profile update copies every submitted key onto the user with setattr",
    src`
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from .models import db

bp = Blueprint("me", __name__)


@bp.patch("/me")
@login_required
def update_me():
    for key, value in request.get_json().items():
        if hasattr(current_user, key):
            setattr(current_user, key, value)
    db.session.commit()
    return jsonify(current_user.to_dict())
`,
  ),
  good(
    "CWE-915",
    "batch54: profile update copies only allow-listed keys onto the user",
    src`
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from .models import db

bp = Blueprint("me", __name__)
EDITABLE = {"display_name", "bio", "avatar_url", "timezone"}


@bp.patch("/me")
@login_required
def update_me():
    for key, value in request.get_json().items():
        if key in EDITABLE:
            setattr(current_user, key, value)
    db.session.commit()
    return jsonify(current_user.to_dict())
`,
  ),
  bad(
    "CWE-915",
    "batch54: DRF account serializer exposes every model field, staff flags included, for updates",
    src`
from django.contrib.auth import get_user_model
from rest_framework import generics, permissions, serializers


class AccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = "__all__"


class MyAccount(generics.RetrieveUpdateAPIView):
    serializer_class = AccountSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_object(self):
        return self.request.user
`,
  ),
  good(
    "CWE-915",
    "batch54: DRF account serializer lists editable fields and marks the rest read-only",
    src`
from django.contrib.auth import get_user_model
from rest_framework import generics, permissions, serializers


class AccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = ["id", "username", "email", "first_name", "last_name", "is_staff"]
        read_only_fields = ["id", "username", "is_staff"]


class MyAccount(generics.RetrieveUpdateAPIView):
    serializer_class = AccountSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_object(self):
        return self.request.user
`,
  ),
  bad(
    "CWE-915",
    "batch54: Django ModelForm for the member profile includes every field",
    src`
from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .models import Member


class MemberForm(forms.ModelForm):
    class Meta:
        model = Member
        fields = "__all__"


@login_required
def edit_member(request):
    form = MemberForm(request.POST or None, instance=request.user.member)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("member-detail")
    return render(request, "member_form.html", {"form": form})
`,
  ),
  good(
    "CWE-915",
    "batch54: Django ModelForm for the member profile lists its editable fields",
    src`
from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .models import Member


class MemberForm(forms.ModelForm):
    class Meta:
        model = Member
        fields = ["display_name", "bio", "website"]


@login_required
def edit_member(request):
    form = MemberForm(request.POST or None, instance=request.user.member)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("member-detail")
    return render(request, "member_form.html", {"form": form})
`,
  ),
  bad(
    "CWE-915",
    "batch54: SQLAlchemy 2.0 update statement takes its values from the request JSON",
    src`
from fastapi import Depends, FastAPI, Request
from sqlalchemy import update
from sqlalchemy.orm import Session

from .deps import get_current_user, get_db
from .models import User

app = FastAPI()


@app.patch("/users/me")
async def patch_me(request: Request, user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    changes = await request.json()
    db.execute(update(User).where(User.id == user.id).values(**changes))
    db.commit()
    return {"updated": sorted(changes)}
`,
  ),
  good(
    "CWE-915",
    "batch54: SQLAlchemy 2.0 update statement takes its values from a pydantic model without privileged fields",
    src`
from fastapi import Depends, FastAPI
from pydantic import BaseModel
from sqlalchemy import update
from sqlalchemy.orm import Session

from .deps import get_current_user, get_db
from .models import User

app = FastAPI()


class MeUpdate(BaseModel):
    display_name: str | None = None
    timezone: str | None = None


@app.patch("/users/me")
def patch_me(body: MeUpdate, user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    changes = body.model_dump(exclude_unset=True)
    if changes:
        db.execute(update(User).where(User.id == user.id).values(**changes))
        db.commit()
    return {"updated": sorted(changes)}
`,
  ),
  bad(
    "CWE-915",
    "batch54: pydantic update schema carries is_admin and is applied to the user wholesale",
    src`
from fastapi import Depends, FastAPI
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .deps import get_current_user, get_db
from .models import User

app = FastAPI()


class UserUpdate(BaseModel):
    display_name: str | None = None
    email: str | None = None
    is_admin: bool | None = None


@app.put("/users/me")
def update_me(body: UserUpdate, user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(user, field, value)
    db.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-915",
    "batch54: form data merged into the model's __dict__",
    src`
from flask import Flask, redirect, request
from flask_login import current_user, login_required

from .models import db

app = Flask(__name__)


@app.post("/account")
@login_required
def save_account():
    current_user.__dict__.update(request.form.to_dict())
    db.session.add(current_user)
    db.session.commit()
    return redirect("/account")
`,
  ),
  // ---------------- CSRF (CWE-352) ----------------
  bad(
    "CWE-352",
    "batch54: Flask-WTF CSRF exempted on a cookie-session money transfer",
    src`
from flask import Flask, jsonify, request
from flask_login import current_user, login_required
from flask_wtf.csrf import CSRFProtect

from .banking import transfer

app = Flask(__name__)
csrf = CSRFProtect(app)


@app.post("/transfer")
@csrf.exempt
@login_required
def make_transfer():
    transfer(current_user.account_id, request.form["to_account"], request.form["amount"])
    return jsonify(ok=True)
`,
  ),
  good(
    "CWE-352",
    "batch54: Flask-WTF CSRF exempted on a webhook that verifies an HMAC signature",
    src`
import hashlib
import hmac
import os

from flask import Flask, abort, request
from flask_wtf.csrf import CSRFProtect

from .billing import apply_event

app = Flask(__name__)
csrf = CSRFProtect(app)
SIGNING_SECRET = os.environ["BILLING_SIGNING_SECRET"].encode()


@app.post("/webhooks/billing")
@csrf.exempt
def billing_webhook():
    expected = hmac.new(SIGNING_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Billing-Signature", "")):
        abort(400)
    apply_event(request.get_json())
    return "", 204
`,
  ),
  bad(
    "CWE-352",
    "batch54: Django e-mail change view marked csrf_exempt while using the login session",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@login_required
@require_POST
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save(update_fields=["email"])
    return JsonResponse({"email": request.user.email})
`,
  ),
  good(
    "CWE-352",
    "batch54: Django e-mail change view keeps CSRF protection",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@login_required
@require_POST
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save(update_fields=["email"])
    return JsonResponse({"email": request.user.email})
`,
  ),
  bad(
    "CWE-352",
    "batch54: Flask config turns CSRF off for a session-login app",
    src`
import os

from flask import Flask
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        WTF_CSRF_ENABLED=False,
    )
    LoginManager(app).login_view = "auth.login"
    CSRFProtect(app)
    from .views import bp

    app.register_blueprint(bp)
    return app
`,
  ),
  good(
    "CWE-352",
    "batch54: Flask test configuration turns CSRF off only for the test client",
    src`
import pytest

from myapp import create_app


@pytest.fixture()
def client():
    app = create_app()
    app.config.update(TESTING=True, WTF_CSRF_ENABLED=False)
    with app.test_client() as c:
        yield c


def test_home(client):
    assert client.get("/").status_code == 200
`,
  ),
  bad(
    "CWE-352",
    "batch54: DRF session authentication subclass that skips the CSRF check",
    src`
from rest_framework.authentication import SessionAuthentication
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response


class CsrfExemptSessionAuthentication(SessionAuthentication):
    def enforce_csrf(self, request):
        return None


@api_view(["POST"])
@authentication_classes([CsrfExemptSessionAuthentication])
@permission_classes([IsAuthenticated])
def close_account(request):
    request.user.is_active = False
    request.user.save(update_fields=["is_active"])
    return Response({"closed": True})
`,
  ),
  good(
    "CWE-352",
    "batch54: DRF endpoint authenticated by bearer token only, so no CSRF check is needed",
    src`
from rest_framework.authentication import TokenAuthentication
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response


@api_view(["POST"])
@authentication_classes([TokenAuthentication])
@permission_classes([IsAuthenticated])
def close_account(request):
    request.user.is_active = False
    request.user.save(update_fields=["is_active"])
    return Response({"closed": True})
`,
  ),
  bad(
    "CWE-352",
    "batch54: account deletion performed by a GET link",
    src`
from flask import Flask, redirect, url_for
from flask_login import current_user, login_required, logout_user

from .models import db

app = Flask(__name__)


@app.route("/account/delete")
@login_required
def delete_account():
    user = current_user._get_current_object()
    logout_user()
    db.session.delete(user)
    db.session.commit()
    return redirect(url_for("goodbye"))
`,
  ),
  good(
    "CWE-352",
    "batch54: account deletion performed by a CSRF-protected POST",
    src`
from flask import Flask, redirect, url_for
from flask_login import current_user, login_required, logout_user
from flask_wtf.csrf import CSRFProtect

from .models import db

app = Flask(__name__)
CSRFProtect(app)


@app.post("/account/delete")
@login_required
def delete_account():
    user = current_user._get_current_object()
    logout_user()
    db.session.delete(user)
    db.session.commit()
    return redirect(url_for("goodbye"))
`,
  ),
  bad(
    "CWE-1275",
    "batch54: session cookie set with SameSite=None on a form-posting app without CSRF tokens",
    src`
import os

from flask import Flask, request, session
from flask_login import current_user, login_required

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
app.config.update(SESSION_COOKIE_SAMESITE="None", SESSION_COOKIE_SECURE=True)


@app.post("/settings/notifications")
@login_required
def notifications():
    current_user.email_opt_in = request.form.get("email_opt_in") == "1"
    session["flash"] = "saved"
    return {"ok": True}
`,
  ),
  // ---------------- brute force (CWE-307) ----------------
  bad(
    "CWE-307",
    "batch54: rate limit on the login route but not on the reset-code check",
    src`
from flask import Flask, jsonify, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from .auth import authenticate, check_reset_code, set_new_password

app = Flask(__name__)
limiter = Limiter(get_remote_address, app=app)


@app.post("/login")
@limiter.limit("5 per minute")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    return (jsonify(ok=True), 200) if user else (jsonify(ok=False), 401)


@app.post("/password/reset/verify")
def verify_reset_code():
    email = request.form["email"]
    if not check_reset_code(email, request.form["code"]):
        return jsonify(ok=False), 400
    set_new_password(email, request.form["new_password"])
    return jsonify(ok=True)
`,
  ),
  good(
    "CWE-307",
    "batch54: rate limits on the login route and on the reset-code check",
    src`
from flask import Flask, jsonify, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from .auth import authenticate, check_reset_code, set_new_password

app = Flask(__name__)
limiter = Limiter(get_remote_address, app=app)


@app.post("/login")
@limiter.limit("5 per minute")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    return (jsonify(ok=True), 200) if user else (jsonify(ok=False), 401)


@app.post("/password/reset/verify")
@limiter.limit("5 per 15 minutes")
def verify_reset_code():
    email = request.form["email"]
    if not check_reset_code(email, request.form["code"]):
        return jsonify(ok=False), 400
    set_new_password(email, request.form["new_password"])
    return jsonify(ok=True)
`,
  ),
  bad(
    "CWE-307",
    "batch54: OTP verification endpoint allows unlimited guesses of a six-digit code",
    src`
import hmac

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .deps import get_pending_user
from .sessions import promote_to_full_session

router = APIRouter()


class OtpIn(BaseModel):
    code: str


@router.post("/login/otp")
async def verify_otp(body: OtpIn, pending=Depends(get_pending_user)) -> dict:
    if not hmac.compare_digest(body.code, pending.otp_code):
        raise HTTPException(status_code=401, detail="wrong code")
    return {"token": await promote_to_full_session(pending)}
`,
  ),
  good(
    "CWE-307",
    "batch54: OTP verification endpoint locks the pending login after five wrong codes",
    src`
import hmac

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .deps import get_pending_user
from .sessions import discard_pending, promote_to_full_session, record_failed_attempt

router = APIRouter()
MAX_ATTEMPTS = 5


class OtpIn(BaseModel):
    code: str


@router.post("/login/otp")
async def verify_otp(body: OtpIn, pending=Depends(get_pending_user)) -> dict:
    if pending.failed_attempts >= MAX_ATTEMPTS:
        await discard_pending(pending)
        raise HTTPException(status_code=429, detail="too many attempts")
    if not hmac.compare_digest(body.code, pending.otp_code):
        await record_failed_attempt(pending)
        raise HTTPException(status_code=401, detail="wrong code")
    return {"token": await promote_to_full_session(pending)}
`,
  ),
  bad(
    "CWE-307",
    "batch54: login counts failed attempts but never refuses once the count is high",
    src`
from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import LoginAttempt


@require_POST
def api_login(request):
    username = request.POST.get("username", "")
    user = authenticate(request, username=username, password=request.POST.get("password", ""))
    if user is None:
        LoginAttempt.objects.create(username=username, ip=request.META.get("REMOTE_ADDR"))
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    return JsonResponse({"ok": True})
`,
  ),
  good(
    "CWE-307",
    "batch54: login refuses a username with too many recent failures",
    src`
from datetime import timedelta

from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from .models import LoginAttempt

MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)


@require_POST
def api_login(request):
    username = request.POST.get("username", "")
    recent = LoginAttempt.objects.filter(username=username, created__gte=timezone.now() - WINDOW).count()
    if recent >= MAX_FAILURES:
        return JsonResponse({"error": "too many attempts, try later"}, status=429)
    user = authenticate(request, username=username, password=request.POST.get("password", ""))
    if user is None:
        LoginAttempt.objects.create(username=username, ip=request.META.get("REMOTE_ADDR"))
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    return JsonResponse({"ok": True})
`,
  ),
  bad(
    "CWE-307",
    "batch54: lockout counter kept in a cookie the client can delete",
    src`
from flask import Flask, make_response, request
from flask_login import login_user

from .auth import authenticate

app = Flask(__name__)


@app.post("/login")
def login():
    failures = int(request.cookies.get("failures", "0"))
    if failures >= 5:
        return "locked out", 429
    user = authenticate(request.form["username"], request.form["password"])
    if user is None:
        resp = make_response("invalid", 401)
        resp.set_cookie("failures", str(failures + 1))
        return resp
    login_user(user)
    resp = make_response("ok")
    resp.delete_cookie("failures")
    return resp
`,
  ),
  bad(
    "CWE-307",
    "batch54: PIN unlock for the kiosk admin mode has no attempt limit",
    src`
import hmac
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
ADMIN_PIN = os.environ["KIOSK_ADMIN_PIN"]


@app.post("/kiosk/unlock")
def unlock():
    if hmac.compare_digest(request.json.get("pin", ""), ADMIN_PIN):
        session["kiosk_admin"] = True
        return jsonify(unlocked=True)
    return jsonify(unlocked=False), 401
`,
  ),
  good(
    "CWE-307",
    "batch54: PIN unlock for the kiosk admin mode is limited per client",
    src`
import hmac
import os

from flask import Flask, jsonify, request, session
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
ADMIN_PIN = os.environ["KIOSK_ADMIN_PIN"]
limiter = Limiter(get_remote_address, app=app)


@app.post("/kiosk/unlock")
@limiter.limit("3 per minute;10 per hour")
def unlock():
    if hmac.compare_digest(request.json.get("pin", ""), ADMIN_PIN):
        session["kiosk_admin"] = True
        return jsonify(unlocked=True)
    return jsonify(unlocked=False), 401
`,
  ),
  // ---------------- MFA codes (CWE-338/208) ----------------
  bad(
    "CWE-338",
    "batch54: e-mailed sign-in code from random.randrange",
    src`
import random

from django.core.cache import cache
from django.core.mail import send_mail


def send_login_code(user) -> None:
    code = str(random.randrange(100000, 1000000))
    cache.set(f"login-code:{user.pk}", code, timeout=300)
    send_mail("Your sign-in code", f"Code: {code}", None, [user.email])
`,
  ),
  good(
    "CWE-338",
    "batch54: e-mailed sign-in code from random.SystemRandom",
    src`
import random

from django.core.cache import cache
from django.core.mail import send_mail

_sysrand = random.SystemRandom()


def send_login_code(user) -> None:
    code = str(_sysrand.randrange(100000, 1000000))
    cache.set(f"login-code:{user.pk}", code, timeout=300)
    send_mail("Your sign-in code", f"Code: {code}", None, [user.email])
`,
  ),
  bad(
    "CWE-338",
    "batch54: MFA backup codes drawn with random.choice",
    src`
import random
import string

from werkzeug.security import generate_password_hash


def generate_backup_codes(count: int = 10) -> tuple[list[str], list[str]]:
    """Return (plain codes to show once, hashes to store)."""
    alphabet = string.ascii_uppercase + string.digits
    codes = ["".join(random.choice(alphabet) for _ in range(10)) for _ in range(count)]
    return codes, [generate_password_hash(c) for c in codes]
`,
  ),
  good(
    "CWE-338",
    "batch54: MFA backup codes drawn with secrets.choice",
    src`
import secrets
import string

from werkzeug.security import generate_password_hash


def generate_backup_codes(count: int = 10) -> tuple[list[str], list[str]]:
    """Return (plain codes to show once, hashes to store)."""
    alphabet = string.ascii_uppercase + string.digits
    codes = ["".join(secrets.choice(alphabet) for _ in range(10)) for _ in range(count)]
    return codes, [generate_password_hash(c) for c in codes]
`,
  ),
  bad(
    "CWE-208",
    "batch54: second-factor step compares the submitted code with the cached one using ==",
    src`
from django.contrib.auth import get_user_model, login
from django.core.cache import cache
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def verify_login_code(request):
    uid = request.session.get("pending_uid")
    expected = cache.get(f"login-code:{uid}")
    if expected is None or request.POST.get("code") != expected:
        return JsonResponse({"error": "invalid code"}, status=401)
    cache.delete(f"login-code:{uid}")
    login(request, get_user_model().objects.get(pk=uid))
    return JsonResponse({"ok": True})
`,
  ),
  good(
    "CWE-208",
    "batch54: second-factor step checks a TOTP with pyotp's verify",
    src`
import pyotp
from django.contrib.auth import get_user_model, login
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def verify_login_code(request):
    uid = request.session.get("pending_uid")
    user = get_user_model().objects.get(pk=uid)
    if not pyotp.TOTP(user.totp_secret).verify(request.POST.get("code", ""), valid_window=1):
        return JsonResponse({"error": "invalid code"}, status=401)
    login(request, user)
    return JsonResponse({"ok": True})
`,
  ),
  bad(
    "CWE-338",
    "batch54: TOTP secret for a new enrolment built with the random module",
    src`
import base64
import random

import pyotp


def new_totp_secret() -> str:
    raw = bytes(random.getrandbits(8) for _ in range(20))
    return base64.b32encode(raw).decode().rstrip("=")


def provisioning_uri(email: str, secret: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name="Acme")
`,
  ),
  // ---------------- session cookie flags (CWE-614/1004) ----------------
  bad(
    "CWE-1004",
    "batch54: login sets the session id cookie readable by scripts",
    src`
import secrets

from fastapi import FastAPI, Response

from .sessions import store_session

app = FastAPI()


@app.post("/session")
def create_session(response: Response, user_id: int) -> dict:
    sid = secrets.token_urlsafe(32)
    store_session(sid, user_id)
    response.set_cookie("sid", sid, secure=True, samesite="lax", max_age=3600)
    return {"ok": True}
`,
  ),
  good(
    "CWE-1004",
    "batch54: login sets the session id cookie HttpOnly and Secure",
    src`
import secrets

from fastapi import FastAPI, Response

from .sessions import store_session

app = FastAPI()


@app.post("/session")
def create_session(response: Response, user_id: int) -> dict:
    sid = secrets.token_urlsafe(32)
    store_session(sid, user_id)
    response.set_cookie("sid", sid, secure=True, httponly=True, samesite="lax", max_age=3600)
    return {"ok": True}
`,
  ),
  bad(
    "CWE-614",
    "batch54: Django production settings send the session cookie over plain HTTP",
    src`
# settings/prod.py
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
SESSION_COOKIE_SECURE = False
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = False
SECURE_SSL_REDIRECT = True
`,
  ),
  good(
    "CWE-614",
    "batch54: Django production settings mark the session and CSRF cookies Secure",
    src`
# settings/prod.py
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = True
`,
  ),
];
