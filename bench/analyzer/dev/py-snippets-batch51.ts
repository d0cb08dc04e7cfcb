// Dev suite "py-snippets", batch 51 (see py-snippets.ts): written blind, measured before any fix it prompted. Web
// answers that build data features, written the way a current coding assistant answers a request: FastAPI with
// pydantic models and Depends, Django class-based views and DRF viewsets/serializers, Flask blueprints with
// SQLAlchemy 2.0 select(), Starlette and Quart where natural; services and repositories split across a module so the
// flaw sits a call or two away from the input. Features: search and filtering, exports and reports, file sharing and
// previews, webhooks and integrations, admin and moderation panels, profile and settings pages, comments and rich
// text, notifications and e-mail. Each beside fixed twins or safe look-alikes. Own code, never taken from a held-out
// corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH51: DevCase[] = [
  // ---------------- CWE-89 SQL injection through ORM escape hatches ----------------
  bad(
    "CWE-89",
    "batch51: FastAPI product search passes the keyword into a SQLAlchemy text() clause through a repository",
    src`
from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter(prefix="/products")


class ProductRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def search(self, keyword: str) -> list[dict]:
        stmt = text(f"SELECT id, name, price FROM products WHERE name ILIKE '%{keyword}%' ORDER BY name")
        return [dict(row._mapping) for row in self.session.execute(stmt)]


@router.get("/search")
def search_products(q: str = Query(..., min_length=1), session: Session = Depends(get_session)) -> list[dict]:
    return ProductRepository(session).search(q)
`,
  ),
  good(
    "CWE-89",
    "batch51: FastAPI product search binds the keyword as a parameter of text()",
    src`
from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter(prefix="/products")


class ProductRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def search(self, keyword: str) -> list[dict]:
        stmt = text("SELECT id, name, price FROM products WHERE name ILIKE :pattern ORDER BY name")
        rows = self.session.execute(stmt, {"pattern": f"%{keyword}%"})
        return [dict(row._mapping) for row in rows]


@router.get("/search")
def search_products(q: str = Query(..., min_length=1), session: Session = Depends(get_session)) -> list[dict]:
    return ProductRepository(session).search(q)
`,
  ),
  bad(
    "CWE-89",
    "batch51: Django list view sorts by a column name taken from the query string through extra(order_by=...)",
    src`
from django.views.generic import ListView

from .models import Invoice


class InvoiceListView(ListView):
    model = Invoice
    template_name = "billing/invoice_list.html"
    paginate_by = 50

    def get_queryset(self):
        sort = self.request.GET.get("sort", "created_at")
        direction = "DESC" if self.request.GET.get("dir") == "desc" else "ASC"
        return Invoice.objects.extra(
            select={"total_with_tax": "amount * 1.2"},
            order_by=[f"{sort} {direction}"],
        )
`,
  ),
  good(
    "CWE-89",
    "batch51: Django list view maps the sort key through an allow-list before order_by",
    src`
from django.views.generic import ListView

from .models import Invoice

SORTABLE = {"date": "created_at", "amount": "amount", "customer": "customer__name"}


class InvoiceListView(ListView):
    model = Invoice
    template_name = "billing/invoice_list.html"
    paginate_by = 50

    def get_queryset(self):
        field = SORTABLE.get(self.request.GET.get("sort", "date"), "created_at")
        if self.request.GET.get("dir") == "desc":
            field = f"-{field}"
        return Invoice.objects.order_by(field)
`,
  ),
  bad(
    "CWE-89",
    "batch51: DRF viewset filters by tag with Model.objects.raw and an f-string",
    src`
from rest_framework import viewsets
from rest_framework.response import Response

from .models import Article
from .serializers import ArticleSerializer


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ArticleSerializer
    queryset = Article.objects.all()

    def list(self, request, *args, **kwargs):
        tag = request.query_params.get("tag")
        if tag:
            articles = Article.objects.raw(
                f"SELECT a.* FROM blog_article a JOIN blog_tag t ON t.article_id = a.id WHERE t.name = '{tag}'"
            )
        else:
            articles = self.get_queryset()
        return Response(ArticleSerializer(articles, many=True).data)
`,
  ),
  good(
    "CWE-89",
    "batch51: DRF viewset filters by tag with raw() and a params list",
    src`
from rest_framework import viewsets
from rest_framework.response import Response

from .models import Article
from .serializers import ArticleSerializer


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ArticleSerializer
    queryset = Article.objects.all()

    def list(self, request, *args, **kwargs):
        tag = request.query_params.get("tag")
        if tag:
            articles = Article.objects.raw(
                "SELECT a.* FROM blog_article a JOIN blog_tag t ON t.article_id = a.id WHERE t.name = %s",
                [tag],
            )
        else:
            articles = self.get_queryset()
        return Response(ArticleSerializer(articles, many=True).data)
`,
  ),
  bad(
    "CWE-89",
    "batch51: Flask blueprint report orders a select() by literal_column of the requested field",
    src`
from flask import Blueprint, jsonify, request
from sqlalchemy import literal_column, select

from ..db import db
from ..models import Order

reports = Blueprint("reports", __name__, url_prefix="/reports")


def _orders_sorted(sort_field: str, limit: int):
    stmt = select(Order).order_by(literal_column(sort_field)).limit(limit)
    return db.session.scalars(stmt).all()


@reports.get("/orders")
def orders_report():
    sort_field = request.args.get("sort", "created_at")
    rows = _orders_sorted(sort_field, 100)
    return jsonify([o.to_dict() for o in rows])
`,
  ),
  good(
    "CWE-89",
    "batch51: Flask blueprint report orders by a mapped Column attribute chosen from a dict",
    src`
from flask import Blueprint, abort, jsonify, request
from sqlalchemy import select

from ..db import db
from ..models import Order

reports = Blueprint("reports", __name__, url_prefix="/reports")

SORT_COLUMNS = {"created_at": Order.created_at, "total": Order.total, "status": Order.status}


def _orders_sorted(sort_field: str, limit: int):
    column = SORT_COLUMNS.get(sort_field)
    if column is None:
        abort(400, "unknown sort field")
    stmt = select(Order).order_by(column).limit(limit)
    return db.session.scalars(stmt).all()


@reports.get("/orders")
def orders_report():
    rows = _orders_sorted(request.args.get("sort", "created_at"), 100)
    return jsonify([o.to_dict() for o in rows])
`,
  ),
  bad(
    "CWE-89",
    "batch51: async FastAPI filter builds a WHERE from the filter dict keys and values for asyncpg",
    src`
from typing import Any

import asyncpg
from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class FilterRequest(BaseModel):
    filters: dict[str, Any] = {}
    limit: int = 50


def build_where(filters: dict[str, Any]) -> str:
    clauses = [f"{column} = '{value}'" for column, value in filters.items()]
    return " AND ".join(clauses) or "TRUE"


@app.post("/customers/filter")
async def filter_customers(body: FilterRequest, request: Request):
    pool: asyncpg.Pool = request.app.state.pool
    sql = f"SELECT id, name, email FROM customers WHERE {build_where(body.filters)} LIMIT {int(body.limit)}"
    async with pool.acquire() as conn:
        rows = await conn.fetch(sql)
    return [dict(r) for r in rows]
`,
  ),
  good(
    "CWE-89",
    "batch51: async FastAPI filter allows known columns and binds values as $n parameters",
    src`
from typing import Any

import asyncpg
from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel

app = FastAPI()
FILTERABLE = {"name", "email", "country", "plan"}


class FilterRequest(BaseModel):
    filters: dict[str, Any] = {}
    limit: int = 50


def build_where(filters: dict[str, Any]) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for column, value in filters.items():
        if column not in FILTERABLE:
            raise HTTPException(status_code=400, detail=f"cannot filter on {column}")
        params.append(value)
        clauses.append(f"{column} = " + "$%d" % len(params))
    return (" AND ".join(clauses) or "TRUE"), params


@app.post("/customers/filter")
async def filter_customers(body: FilterRequest, request: Request):
    pool: asyncpg.Pool = request.app.state.pool
    where, params = build_where(body.filters)
    sql = f"SELECT id, name, email FROM customers WHERE {where} LIMIT {min(int(body.limit), 200)}"
    async with pool.acquire() as conn:
        rows = await conn.fetch(sql, *params)
    return [dict(r) for r in rows]
`,
  ),
  bad(
    "CWE-89",
    "batch51: Django admin-style moderation search uses cursor.execute with % formatting",
    src`
from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.shortcuts import render


def _find_flagged_comments(term: str) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, author_id, body FROM comments_comment WHERE flagged AND body LIKE '%%%s%%'" % term
        )
        return cursor.fetchall()


@staff_member_required
def moderation_search(request):
    term = request.GET.get("q", "")
    results = _find_flagged_comments(term) if term else []
    return render(request, "moderation/search.html", {"results": results, "q": term})
`,
  ),
  good(
    "CWE-89",
    "batch51: Django moderation search uses cursor.execute with a bound LIKE pattern",
    src`
from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.shortcuts import render


def _find_flagged_comments(term: str) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, author_id, body FROM comments_comment WHERE flagged AND body LIKE %s",
            [f"%{term}%"],
        )
        return cursor.fetchall()


@staff_member_required
def moderation_search(request):
    term = request.GET.get("q", "")
    results = _find_flagged_comments(term) if term else []
    return render(request, "moderation/search.html", {"results": results, "q": term})
`,
  ),
  bad(
    "CWE-89",
    "batch51: SQLAlchemy 2.0 service filters with text() of a user-provided date range expression",
    src`
from datetime import date

from fastapi import APIRouter, Depends
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from .deps import get_db
from .models import Event

router = APIRouter()


class EventService:
    def __init__(self, db: AsyncSession):
        self.db = db

    async def between(self, start: str, end: str):
        stmt = select(Event).where(text(f"occurred_at BETWEEN '{start}' AND '{end}'"))
        result = await self.db.execute(stmt)
        return result.scalars().all()


@router.get("/events")
async def list_events(start: str, end: str, db: AsyncSession = Depends(get_db)):
    events = await EventService(db).between(start, end)
    return [{"id": e.id, "kind": e.kind} for e in events]
`,
  ),
  good(
    "CWE-89",
    "batch51: SQLAlchemy 2.0 service filters with typed dates and column operators",
    src`
from datetime import date

from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from .deps import get_db
from .models import Event

router = APIRouter()


class EventService:
    def __init__(self, db: AsyncSession):
        self.db = db

    async def between(self, start: date, end: date):
        stmt = select(Event).where(Event.occurred_at.between(start, end))
        result = await self.db.execute(stmt)
        return result.scalars().all()


@router.get("/events")
async def list_events(start: date, end: date, db: AsyncSession = Depends(get_db)):
    events = await EventService(db).between(start, end)
    return [{"id": e.id, "kind": e.kind} for e in events]
`,
  ),
  bad(
    "CWE-89",
    "batch51: Django queryset annotates with RawSQL built from the requested metric name",
    src`
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from django.views import View

from .models import Campaign


class CampaignStatsView(View):
    def get(self, request):
        metric = request.GET.get("metric", "clicks")
        qs = Campaign.objects.annotate(score=RawSQL(f"SUM({metric}) / NULLIF(SUM(impressions), 0)", []))
        return JsonResponse({"campaigns": list(qs.values("id", "name", "score"))})
`,
  ),
  good(
    "CWE-89",
    "batch51: Django queryset aggregates a metric chosen from a fixed set with F() expressions",
    src`
from django.db.models import F, FloatField, Sum
from django.db.models.functions import Cast, NullIf
from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View

from .models import Campaign

METRICS = {"clicks", "conversions", "signups"}


class CampaignStatsView(View):
    def get(self, request):
        metric = request.GET.get("metric", "clicks")
        if metric not in METRICS:
            return HttpResponseBadRequest("unknown metric")
        qs = Campaign.objects.annotate(
            score=Cast(Sum(F(metric)), FloatField()) / NullIf(Sum("impressions"), 0)
        )
        return JsonResponse({"campaigns": list(qs.values("id", "name", "score"))})
`,
  ),
  bad(
    "CWE-89",
    "batch51: Quart endpoint with aiosqlite builds an IN list by joining the requested ids",
    src`
import aiosqlite
from quart import Quart, jsonify, request

app = Quart(__name__)
DB_PATH = "app.db"


async def fetch_users(ids: list[str]) -> list[dict]:
    id_list = ",".join(ids)
    async with aiosqlite.connect(DB_PATH) as db:
        db.row_factory = aiosqlite.Row
        async with db.execute(f"SELECT id, name, email FROM users WHERE id IN ({id_list})") as cur:
            return [dict(r) async for r in cur]


@app.get("/users/batch")
async def users_batch():
    ids = request.args.get("ids", "").split(",")
    return jsonify(await fetch_users(ids))
`,
  ),
  good(
    "CWE-89",
    "batch51: Quart endpoint builds an IN list of placeholders and binds the ids",
    src`
import aiosqlite
from quart import Quart, jsonify, request

app = Quart(__name__)
DB_PATH = "app.db"


async def fetch_users(ids: list[int]) -> list[dict]:
    placeholders = ",".join("?" for _ in ids)
    async with aiosqlite.connect(DB_PATH) as db:
        db.row_factory = aiosqlite.Row
        async with db.execute(f"SELECT id, name, email FROM users WHERE id IN ({placeholders})", ids) as cur:
            return [dict(r) async for r in cur]


@app.get("/users/batch")
async def users_batch():
    ids = [int(x) for x in request.args.get("ids", "").split(",") if x.isdigit()][:100]
    return jsonify(await fetch_users(ids))
`,
  ),
  bad(
    "CWE-89",
    "batch51: Django queryset extra(where=...) with the search term in the clause",
    src`
from django.http import JsonResponse

from .models import Ticket


def ticket_search(request):
    term = request.GET.get("term", "")
    tickets = Ticket.objects.filter(is_open=True).extra(where=[f"subject LIKE '%%{term}%%'"])
    return JsonResponse({"tickets": list(tickets.values("id", "subject"))})
`,
  ),
  bad(
    "CWE-89",
    "batch51: SQLAlchemy Core delete for an admin purge takes the table name from the path",
    src`
from flask import Blueprint, jsonify
from flask_login import login_required
from sqlalchemy import text

from ..extensions import db

admin = Blueprint("admin", __name__)


def purge_table(table: str, days: int) -> int:
    result = db.session.execute(
        text(f"DELETE FROM {table} WHERE created_at < now() - make_interval(days => :days)"), {"days": days}
    )
    db.session.commit()
    return result.rowcount


@admin.post("/admin/purge/<table>")
@login_required
def purge(table: str):
    return jsonify(deleted=purge_table(table, 90))
`,
  ),
  good(
    "CWE-89",
    "batch51: admin purge looks the table up in the model metadata before deleting",
    src`
from flask import Blueprint, abort, jsonify
from flask_login import login_required
from sqlalchemy import delete, func

from ..extensions import db

admin = Blueprint("admin", __name__)
PURGEABLE = {"audit_log", "sessions", "email_outbox"}


def purge_table(table: str, days: int) -> int:
    if table not in PURGEABLE:
        abort(404)
    model_table = db.metadata.tables[table]
    stmt = delete(model_table).where(model_table.c.created_at < func.now() - func.make_interval(0, 0, 0, days))
    result = db.session.execute(stmt)
    db.session.commit()
    return result.rowcount


@admin.post("/admin/purge/<table>")
@login_required
def purge(table: str):
    return jsonify(deleted=purge_table(table, 90))
`,
  ),
  bad(
    "CWE-89",
    "batch51: Litestar controller pages results with an ORDER BY clause from the sort parameter through psycopg",
    src`
from litestar import Controller, get
from psycopg_pool import ConnectionPool

pool = ConnectionPool("postgresql://app@localhost/app")


class ReportController(Controller):
    path = "/reports"

    @get("/sales")
    async def sales(self, sort: str = "day", page: int = 1) -> list[dict]:
        offset = (max(page, 1) - 1) * 50
        query = "SELECT day, region, total FROM sales_daily ORDER BY " + sort + " LIMIT 50 OFFSET %s"
        with pool.connection() as conn:
            rows = conn.execute(query, (offset,)).fetchall()
        return [{"day": str(d), "region": r, "total": float(t)} for d, r, t in rows]
`,
  ),
  good(
    "CWE-89",
    "batch51: Litestar controller composes ORDER BY with psycopg.sql.Identifier from an allowed set",
    src`
from litestar import Controller, get
from litestar.exceptions import ValidationException
from psycopg import sql
from psycopg_pool import ConnectionPool

pool = ConnectionPool("postgresql://app@localhost/app")
ALLOWED_SORT = {"day", "region", "total"}


class ReportController(Controller):
    path = "/reports"

    @get("/sales")
    async def sales(self, sort: str = "day", page: int = 1) -> list[dict]:
        if sort not in ALLOWED_SORT:
            raise ValidationException("bad sort")
        offset = (max(page, 1) - 1) * 50
        query = sql.SQL("SELECT day, region, total FROM sales_daily ORDER BY {} LIMIT 50 OFFSET %s").format(
            sql.Identifier(sort)
        )
        with pool.connection() as conn:
            rows = conn.execute(query, (offset,)).fetchall()
        return [{"day": str(d), "region": r, "total": float(t)} for d, r, t in rows]
`,
  ),
  bad(
    "CWE-89",
    "batch51: saved-search feature stores a user's filter then runs it later as a raw WHERE clause",
    src`
from fastapi import APIRouter, Depends
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from .auth import current_user
from .db import get_session
from .models import SavedSearch

router = APIRouter()


class SavedSearchIn(BaseModel):
    name: str
    where: str


@router.post("/saved-searches")
def save_search(body: SavedSearchIn, user=Depends(current_user), db: Session = Depends(get_session)):
    db.add(SavedSearch(owner_id=user.id, name=body.name, where_clause=body.where))
    db.commit()
    return {"ok": True}


@router.get("/saved-searches/{search_id}/run")
def run_search(search_id: int, user=Depends(current_user), db: Session = Depends(get_session)):
    saved = db.get(SavedSearch, search_id)
    rows = db.execute(text("SELECT * FROM leads WHERE owner_id = :uid AND " + saved.where_clause), {"uid": user.id})
    return [dict(r._mapping) for r in rows]
`,
  ),
  // ---------------- CWE-79 cross-site scripting ----------------
  bad(
    "CWE-79",
    "batch51: Flask comment preview wraps the rendered markdown in Markup without sanitising",
    src`
import markdown
from flask import Blueprint, render_template, request
from markupsafe import Markup

comments = Blueprint("comments", __name__)


def render_comment(body: str) -> Markup:
    html = markdown.markdown(body, extensions=["fenced_code", "tables"])
    return Markup(html)


@comments.post("/comments/preview")
def preview():
    body = request.form.get("body", "")
    return render_template("comments/preview.html", preview=render_comment(body))
`,
  ),
  good(
    "CWE-79",
    "batch51: Flask comment preview cleans the rendered markdown with bleach before Markup",
    src`
import bleach
import markdown
from flask import Blueprint, render_template, request
from markupsafe import Markup

comments = Blueprint("comments", __name__)
ALLOWED_TAGS = {"p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote"}


def render_comment(body: str) -> Markup:
    html = markdown.markdown(body, extensions=["fenced_code"])
    clean = bleach.clean(html, tags=ALLOWED_TAGS, attributes={"a": ["href", "title"]}, strip=True)
    return Markup(clean)


@comments.post("/comments/preview")
def preview():
    body = request.form.get("body", "")
    return render_template("comments/preview.html", preview=render_comment(body))
`,
  ),
  bad(
    "CWE-79",
    "batch51: Django profile view marks the user's bio safe for the template",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from .models import Profile


def profile(request, username: str):
    prof = get_object_or_404(Profile, user__username=username)
    context = {"profile": prof, "bio_html": mark_safe(prof.bio.replace("\n", "<br>"))}
    return render(request, "accounts/profile.html", context)
`,
  ),
  good(
    "CWE-79",
    "batch51: Django profile view escapes the bio with linebreaksbr filter helpers",
    src`
from django.shortcuts import get_object_or_404, render
from django.utils.html import linebreaks

from .models import Profile


def profile(request, username: str):
    prof = get_object_or_404(Profile, user__username=username)
    context = {"profile": prof, "bio_html": linebreaks(prof.bio, autoescape=True)}
    return render(request, "accounts/profile.html", context)
`,
  ),
  bad(
    "CWE-79",
    "batch51: Django format_html misuse: the user's name is put into the format string itself",
    src`
from django.contrib import admin
from django.utils.html import format_html

from .models import Member


@admin.register(Member)
class MemberAdmin(admin.ModelAdmin):
    list_display = ("id", "badge", "email")

    @admin.display(description="Member")
    def badge(self, obj: Member):
        return format_html(f'<span class="badge">{obj.display_name}</span> <small>{{}}</small>', obj.role)
`,
  ),
  good(
    "CWE-79",
    "batch51: Django format_html with the user's name passed as an argument",
    src`
from django.contrib import admin
from django.utils.html import format_html

from .models import Member


@admin.register(Member)
class MemberAdmin(admin.ModelAdmin):
    list_display = ("id", "badge", "email")

    @admin.display(description="Member")
    def badge(self, obj: Member):
        return format_html('<span class="badge">{}</span> <small>{}</small>', obj.display_name, obj.role)
`,
  ),
  bad(
    "CWE-79",
    "batch51: FastAPI search page returns an HTMLResponse echoing the query",
    src`
from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

from .search import search_index

app = FastAPI()


def _results_html(query: str, hits: list[dict]) -> str:
    items = "".join(f"<li><a href='/doc/{h['id']}'>{h['title']}</a></li>" for h in hits)
    return f"<h2>Results for {query}</h2><ul>{items}</ul>"


@app.get("/search", response_class=HTMLResponse)
async def search(q: str = Query("")):
    hits = await search_index(q)
    return HTMLResponse(_results_html(q, hits))
`,
  ),
  good(
    "CWE-79",
    "batch51: FastAPI search page escapes the query and titles with html.escape",
    src`
from html import escape

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

from .search import search_index

app = FastAPI()


def _results_html(query: str, hits: list[dict]) -> str:
    items = "".join(f"<li><a href='/doc/{int(h['id'])}'>{escape(h['title'])}</a></li>" for h in hits)
    return f"<h2>Results for {escape(query)}</h2><ul>{items}</ul>"


@app.get("/search", response_class=HTMLResponse)
async def search(q: str = Query("")):
    hits = await search_index(q)
    return HTMLResponse(_results_html(q, hits))
`,
  ),
  bad(
    "CWE-79",
    "batch51: Flask render_template_string with |safe on the notification text",
    src`
from flask import Blueprint, render_template_string
from flask_login import current_user, login_required

from .models import Notification

notifications = Blueprint("notifications", __name__)

TEMPLATE = """
<ul class="notifications">
{% for n in items %}<li class="{{ n.level }}">{{ n.message|safe }}</li>{% endfor %}
</ul>
"""


@notifications.get("/notifications")
@login_required
def list_notifications():
    items = Notification.query.filter_by(user_id=current_user.id).order_by(Notification.id.desc()).limit(20)
    return render_template_string(TEMPLATE, items=items)
`,
  ),
  good(
    "CWE-79",
    "batch51: Flask render_template_string with the notification text autoescaped",
    src`
from flask import Blueprint, render_template_string
from flask_login import current_user, login_required

from .models import Notification

notifications = Blueprint("notifications", __name__)

TEMPLATE = """
<ul class="notifications">
{% for n in items %}<li class="{{ n.level }}">{{ n.message }}</li>{% endfor %}
</ul>
"""


@notifications.get("/notifications")
@login_required
def list_notifications():
    items = Notification.query.filter_by(user_id=current_user.id).order_by(Notification.id.desc()).limit(20)
    return render_template_string(TEMPLATE, items=items)
`,
  ),
  bad(
    "CWE-79",
    "batch51: HTML e-mail body built with the inviter's message unescaped",
    src`
import smtplib
from email.message import EmailMessage

from flask import Blueprint, request
from flask_login import current_user, login_required

invites = Blueprint("invites", __name__)


def send_invite(to_addr: str, inviter: str, note: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "You're invited"
    msg["From"] = "noreply@example.com"
    msg["To"] = to_addr
    msg.set_content(f"{inviter} invited you.")
    msg.add_alternative(f"<p><b>{inviter}</b> invited you:</p><blockquote>{note}</blockquote>", subtype="html")
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


@invites.post("/invites")
@login_required
def create_invite():
    send_invite(request.form["email"], current_user.name, request.form.get("note", ""))
    return {"sent": True}
`,
  ),
  good(
    "CWE-79",
    "batch51: HTML e-mail body escapes the inviter's message",
    src`
import smtplib
from email.message import EmailMessage
from html import escape

from flask import Blueprint, request
from flask_login import current_user, login_required

invites = Blueprint("invites", __name__)


def send_invite(to_addr: str, inviter: str, note: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "You're invited"
    msg["From"] = "noreply@example.com"
    msg["To"] = to_addr
    msg.set_content(f"{inviter} invited you.")
    msg.add_alternative(
        f"<p><b>{escape(inviter)}</b> invited you:</p><blockquote>{escape(note)}</blockquote>", subtype="html"
    )
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


@invites.post("/invites")
@login_required
def create_invite():
    send_invite(request.form["email"], current_user.name, request.form.get("note", ""))
    return {"sent": True}
`,
  ),
  bad(
    "CWE-79",
    "batch51: Jinja2 Environment without autoescape renders a user's signature in a newsletter",
    src`
from jinja2 import Environment, FileSystemLoader
from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse

from .auth import current_user

router = APIRouter()
env = Environment(loader=FileSystemLoader("templates"))


@router.get("/settings/signature/preview", response_class=HTMLResponse)
def preview_signature(user=Depends(current_user)):
    template = env.get_template("signature_preview.html")
    return template.render(signature=user.signature, name=user.full_name)
`,
  ),
  good(
    "CWE-79",
    "batch51: Jinja2 Environment with select_autoescape renders the signature preview",
    src`
from jinja2 import Environment, FileSystemLoader, select_autoescape
from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse

from .auth import current_user

router = APIRouter()
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))


@router.get("/settings/signature/preview", response_class=HTMLResponse)
def preview_signature(user=Depends(current_user)):
    template = env.get_template("signature_preview.html")
    return template.render(signature=user.signature, name=user.full_name)
`,
  ),
  bad(
    "CWE-79",
    "batch51: Starlette error page reflects the missing slug in an HTMLResponse",
    src`
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

PAGES = {"about": "<h1>About</h1>", "pricing": "<h1>Pricing</h1>"}


async def page(request):
    slug = request.path_params["slug"]
    if slug not in PAGES:
        return HTMLResponse(f"<p>No page called <em>{slug}</em>.</p>", status_code=404)
    return HTMLResponse(PAGES[slug])


app = Starlette(routes=[Route("/p/{slug}", page)])
`,
  ),
  bad(
    "CWE-79",
    "batch51: DRF serializer method returns HTML for a rich-text field that the SPA injects; stored XSS via mark_safe in a template tag",
    src`
from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter(name="highlight")
def highlight(text: str, term: str) -> str:
    """Highlight the search term inside a comment body for the results page."""
    if not term:
        return text
    return mark_safe(text.replace(term, f"<mark>{term}</mark>"))
`,
  ),
  good(
    "CWE-79",
    "batch51: template filter escapes text and term before adding mark tags",
    src`
from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter(name="highlight", needs_autoescape=True)
def highlight(text: str, term: str, autoescape: bool = True) -> str:
    """Highlight the search term inside a comment body for the results page."""
    esc = conditional_escape if autoescape else (lambda s: s)
    safe_text, safe_term = esc(text), esc(term)
    if not term:
        return safe_text
    return mark_safe(safe_text.replace(safe_term, f"<mark>{safe_term}</mark>"))
`,
  ),
  bad(
    "CWE-79",
    "batch51: Flask returns a make_response of an HTML share card with the shared file's title",
    src`
from flask import Blueprint, make_response

from .storage import get_share

shares = Blueprint("shares", __name__)


@shares.get("/s/<token>")
def share_card(token: str):
    share = get_share(token)
    html = (
        "<!doctype html><html><head>"
        f"<meta property='og:title' content='{share.title}'>"
        f"</head><body><h1>{share.title}</h1><p>Shared by {share.owner_name}</p></body></html>"
    )
    resp = make_response(html)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
`,
  ),
  good(
    "CWE-79",
    "batch51: Flask share card rendered with render_template (autoescaped)",
    src`
from flask import Blueprint, render_template

from .storage import get_share

shares = Blueprint("shares", __name__)


@shares.get("/s/<token>")
def share_card(token: str):
    share = get_share(token)
    return render_template("shares/card.html", title=share.title, owner=share.owner_name)
`,
  ),
  bad(
    "CWE-79",
    "batch51: Django view returns HttpResponse of a rich-text announcement body from the admin form without cleaning for non-staff authors",
    src`
from django.http import HttpResponse
from django.views.decorators.http import require_GET

from .models import Announcement


@require_GET
def announcement_widget(request, pk: int):
    ann = Announcement.objects.get(pk=pk)
    return HttpResponse(f"<div class='announcement'><h3>{ann.title}</h3>{ann.body}</div>")
`,
  ),
  bad(
    "CWE-79",
    "batch51: Quart webhook status page shows the last error message from a remote integration as HTML",
    src`
from quart import Quart, request

app = Quart(__name__)
LAST_ERRORS: dict[str, str] = {}


@app.post("/integrations/<name>/callback")
async def callback(name: str):
    data = await request.get_json()
    if data.get("status") == "error":
        LAST_ERRORS[name] = data.get("message", "")
    return {"ok": True}


@app.get("/integrations/<name>/status")
async def status(name: str):
    return f"<h1>{name}</h1><pre>{LAST_ERRORS.get(name, 'no errors')}</pre>"
`,
  ),
  good(
    "CWE-79",
    "batch51: Quart integration status returns JSON, not HTML",
    src`
from quart import Quart, jsonify, request

app = Quart(__name__)
LAST_ERRORS: dict[str, str] = {}


@app.post("/integrations/<name>/callback")
async def callback(name: str):
    data = await request.get_json()
    if data.get("status") == "error":
        LAST_ERRORS[name] = data.get("message", "")
    return {"ok": True}


@app.get("/integrations/<name>/status")
async def status(name: str):
    return jsonify(integration=name, last_error=LAST_ERRORS.get(name))
`,
  ),
  // ---------------- CWE-1236 CSV / spreadsheet formula injection ----------------
  bad(
    "CWE-1236",
    "batch51: Django admin action exports contacts to CSV with the user-entered fields as they are",
    src`
import csv

from django.contrib import admin
from django.http import HttpResponse

from .models import Contact


@admin.action(description="Export selected contacts to CSV")
def export_csv(modeladmin, request, queryset):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="contacts.csv"'
    writer = csv.writer(response)
    writer.writerow(["Name", "Company", "Email", "Notes"])
    for c in queryset:
        writer.writerow([c.name, c.company, c.email, c.notes])
    return response


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin):
    actions = [export_csv]
`,
  ),
  good(
    "CWE-1236",
    "batch51: Django admin CSV export neutralises cells starting with formula characters",
    src`
import csv

from django.contrib import admin
from django.http import HttpResponse

from .models import Contact

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


@admin.action(description="Export selected contacts to CSV")
def export_csv(modeladmin, request, queryset):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="contacts.csv"'
    writer = csv.writer(response)
    writer.writerow(["Name", "Company", "Email", "Notes"])
    for c in queryset:
        writer.writerow([safe_cell(c.name), safe_cell(c.company), safe_cell(c.email), safe_cell(c.notes)])
    return response


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin):
    actions = [export_csv]
`,
  ),
  bad(
    "CWE-1236",
    "batch51: FastAPI streams a CSV report of survey answers with csv.DictWriter",
    src`
import csv
import io

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session

from .db import get_session
from .models import SurveyResponse

router = APIRouter()


def responses_csv(db: Session, survey_id: int) -> io.StringIO:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["respondent", "answer", "comment"])
    writer.writeheader()
    for r in db.query(SurveyResponse).filter_by(survey_id=survey_id):
        writer.writerow({"respondent": r.respondent_name, "answer": r.answer, "comment": r.comment})
    buf.seek(0)
    return buf


@router.get("/surveys/{survey_id}/export.csv")
def export_survey(survey_id: int, db: Session = Depends(get_session)):
    return StreamingResponse(responses_csv(db, survey_id), media_type="text/csv")
`,
  ),
  good(
    "CWE-1236",
    "batch51: FastAPI survey CSV escapes risky leading characters in every cell",
    src`
import csv
import io

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session

from .db import get_session
from .models import SurveyResponse

router = APIRouter()


def _neutralise(value: str | None) -> str:
    value = value or ""
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def responses_csv(db: Session, survey_id: int) -> io.StringIO:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["respondent", "answer", "comment"])
    writer.writeheader()
    for r in db.query(SurveyResponse).filter_by(survey_id=survey_id):
        writer.writerow(
            {
                "respondent": _neutralise(r.respondent_name),
                "answer": _neutralise(r.answer),
                "comment": _neutralise(r.comment),
            }
        )
    buf.seek(0)
    return buf


@router.get("/surveys/{survey_id}/export.csv")
def export_survey(survey_id: int, db: Session = Depends(get_session)):
    return StreamingResponse(responses_csv(db, survey_id), media_type="text/csv")
`,
  ),
  bad(
    "CWE-1236",
    "batch51: openpyxl workbook export of customer-supplied order notes",
    src`
from io import BytesIO

from flask import Blueprint, send_file
from flask_login import login_required
from openpyxl import Workbook

from .models import Order

exports = Blueprint("exports", __name__)


def orders_workbook(orders) -> BytesIO:
    wb = Workbook()
    ws = wb.active
    ws.title = "Orders"
    ws.append(["Order", "Customer", "Shipping note", "Total"])
    for o in orders:
        ws.append([o.number, o.customer_name, o.shipping_note, float(o.total)])
    out = BytesIO()
    wb.save(out)
    out.seek(0)
    return out


@exports.get("/exports/orders.xlsx")
@login_required
def export_orders():
    data = orders_workbook(Order.query.order_by(Order.id).all())
    return send_file(data, download_name="orders.xlsx", as_attachment=True)
`,
  ),
  good(
    "CWE-1236",
    "batch51: openpyxl export writes user text as string cells with data_type forced to text",
    src`
from io import BytesIO

from flask import Blueprint, send_file
from flask_login import login_required
from openpyxl import Workbook

from .models import Order

exports = Blueprint("exports", __name__)


def _text(value: str | None) -> str:
    value = value or ""
    return "'" + value if value.startswith(("=", "+", "-", "@")) else value


def orders_workbook(orders) -> BytesIO:
    wb = Workbook()
    ws = wb.active
    ws.title = "Orders"
    ws.append(["Order", "Customer", "Shipping note", "Total"])
    for o in orders:
        ws.append([o.number, _text(o.customer_name), _text(o.shipping_note), float(o.total)])
    out = BytesIO()
    wb.save(out)
    out.seek(0)
    return out


@exports.get("/exports/orders.xlsx")
@login_required
def export_orders():
    data = orders_workbook(Order.query.order_by(Order.id).all())
    return send_file(data, download_name="orders.xlsx", as_attachment=True)
`,
  ),
  bad(
    "CWE-1236",
    "batch51: pandas DataFrame.to_csv of the members table for an export endpoint",
    src`
import pandas as pd
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse

from .models import Member


@permission_required("members.export_member")
def export_members(request):
    df = pd.DataFrame.from_records(Member.objects.values("full_name", "city", "bio", "joined"))
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = "attachment; filename=members.csv"
    df.to_csv(response, index=False)
    return response
`,
  ),
  bad(
    "CWE-1236",
    "batch51: xlsxwriter report writes ticket subjects with write_row",
    src`
import io

import xlsxwriter
from fastapi import APIRouter, Depends
from fastapi.responses import Response

from .repo import TicketRepo, get_repo

router = APIRouter()


def build_report(tickets: list) -> bytes:
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    sheet = book.add_worksheet("Tickets")
    sheet.write_row(0, 0, ["ID", "Subject", "Requester"])
    for i, t in enumerate(tickets, start=1):
        sheet.write_row(i, 0, [t.id, t.subject, t.requester_email])
    book.close()
    return buf.getvalue()


@router.get("/tickets/report.xlsx")
def ticket_report(repo: TicketRepo = Depends(get_repo)):
    content = build_report(repo.all_open())
    return Response(content, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
`,
  ),
  good(
    "CWE-1236",
    "batch51: xlsxwriter report writes ticket subjects with write_string (never a formula)",
    src`
import io

import xlsxwriter
from fastapi import APIRouter, Depends
from fastapi.responses import Response

from .repo import TicketRepo, get_repo

router = APIRouter()


def build_report(tickets: list) -> bytes:
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False})
    sheet = book.add_worksheet("Tickets")
    sheet.write_row(0, 0, ["ID", "Subject", "Requester"])
    for i, t in enumerate(tickets, start=1):
        sheet.write_number(i, 0, t.id)
        sheet.write_string(i, 1, t.subject)
        sheet.write_string(i, 2, t.requester_email)
    book.close()
    return buf.getvalue()


@router.get("/tickets/report.xlsx")
def ticket_report(repo: TicketRepo = Depends(get_repo)):
    content = build_report(repo.all_open())
    return Response(content, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
`,
  ),
  bad(
    "CWE-1236",
    "batch51: Flask generator streams CSV lines joined by commas from form-submitted guest names",
    src`
from flask import Blueprint, Response

from .models import Rsvp

events = Blueprint("events", __name__)


@events.get("/events/<int:event_id>/guests.csv")
def guests_csv(event_id: int):
    def generate():
        yield "name,plus_ones,dietary\n"
        for r in Rsvp.query.filter_by(event_id=event_id):
            yield f'"{r.guest_name}",{r.plus_ones},"{r.dietary_notes}"\n'

    return Response(generate(), mimetype="text/csv")
`,
  ),
  good(
    "CWE-1236",
    "batch51: CSV export of numeric metrics and server-generated dates only",
    src`
import csv
import io

from flask import Blueprint, Response

from .models import DailyStat

stats = Blueprint("stats", __name__)


@stats.get("/stats/daily.csv")
def daily_csv():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["date", "visits", "signups", "revenue"])
    for s in DailyStat.query.order_by(DailyStat.day):
        writer.writerow([s.day.isoformat(), int(s.visits), int(s.signups), f"{s.revenue:.2f}"])
    return Response(buf.getvalue(), mimetype="text/csv")
`,
  ),
  // ---------------- CWE-22 / CWE-73 path traversal and external file names ----------------
  bad(
    "CWE-22",
    "batch51: FastAPI report download joins the requested report name under the reports dir",
    src`
from pathlib import Path

from fastapi import APIRouter, Depends
from fastapi.responses import FileResponse

from .auth import require_user

router = APIRouter()
REPORT_DIR = Path("/var/app/reports")


class ReportStore:
    def __init__(self, root: Path = REPORT_DIR) -> None:
        self.root = root

    def path_for(self, name: str) -> Path:
        return self.root / name


@router.get("/reports/{name}")
def download_report(name: str, user=Depends(require_user)):
    path = ReportStore().path_for(name)
    return FileResponse(path, filename=path.name)
`,
  ),
  good(
    "CWE-22",
    "batch51: FastAPI report download resolves and checks the path stays under the reports dir",
    src`
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import require_user

router = APIRouter()
REPORT_DIR = Path("/var/app/reports").resolve()


class ReportStore:
    def __init__(self, root: Path = REPORT_DIR) -> None:
        self.root = root

    def path_for(self, name: str) -> Path:
        path = (self.root / name).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            raise HTTPException(status_code=404)
        return path


@router.get("/reports/{name}")
def download_report(name: str, user=Depends(require_user)):
    path = ReportStore().path_for(name)
    return FileResponse(path, filename=path.name)
`,
  ),
  bad(
    "CWE-22",
    "batch51: Flask blueprint attachment preview opens the stored file name from the query",
    src`
import os

from flask import Blueprint, Response, current_app, request

preview = Blueprint("preview", __name__)


def read_attachment(filename: str) -> bytes:
    folder = current_app.config["ATTACHMENT_FOLDER"]
    with open(os.path.join(folder, filename), "rb") as fh:
        return fh.read(64 * 1024)


@preview.get("/attachments/preview")
def preview_attachment():
    name = request.args["file"]
    data = read_attachment(name)
    return Response(data, mimetype="text/plain")
`,
  ),
  good(
    "CWE-22",
    "batch51: Flask attachment preview uses send_from_directory with the stored name",
    src`
from flask import Blueprint, current_app, request, send_from_directory

preview = Blueprint("preview", __name__)


@preview.get("/attachments/preview")
def preview_attachment():
    name = request.args["file"]
    return send_from_directory(current_app.config["ATTACHMENT_FOLDER"], name, mimetype="text/plain")
`,
  ),
  bad(
    "CWE-22",
    "batch51: Django export view writes the generated report to a file named by the user",
    src`
import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views import View

from .services import build_usage_report


class SaveReportView(LoginRequiredMixin, View):
    def post(self, request):
        payload = json.loads(request.body)
        export_name = payload.get("export_name", "usage.json")
        target = Path(settings.MEDIA_ROOT) / "exports" / export_name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(build_usage_report(request.user)))
        return JsonResponse({"saved": str(target.relative_to(settings.MEDIA_ROOT))})
`,
  ),
  good(
    "CWE-22",
    "batch51: Django export view takes only the base name and adds a fixed extension",
    src`
import json
import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views import View

from .services import build_usage_report

SAFE_NAME = re.compile(r"[^A-Za-z0-9_-]+")


class SaveReportView(LoginRequiredMixin, View):
    def post(self, request):
        payload = json.loads(request.body)
        stem = SAFE_NAME.sub("_", Path(payload.get("export_name", "usage")).stem)[:64] or "usage"
        target = Path(settings.MEDIA_ROOT) / "exports" / str(request.user.pk) / f"{stem}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(build_usage_report(request.user)))
        return JsonResponse({"saved": str(target.relative_to(settings.MEDIA_ROOT))})
`,
  ),
  bad(
    "CWE-22",
    "batch51: Starlette shared-file endpoint streams a file from a share folder chosen by path param",
    src`
from pathlib import Path

from starlette.applications import Starlette
from starlette.responses import FileResponse
from starlette.routing import Route

SHARE_ROOT = Path("/srv/shares")


async def shared_file(request):
    share = request.path_params["share"]
    rel = request.query_params.get("path", "")
    return FileResponse(SHARE_ROOT / share / rel)


app = Starlette(routes=[Route("/shares/{share}/file", shared_file)])
`,
  ),
  good(
    "CWE-22",
    "batch51: Starlette shared-file endpoint uses werkzeug safe_join under the share root",
    src`
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse
from starlette.routing import Route
from werkzeug.security import safe_join

SHARE_ROOT = Path("/srv/shares")


async def shared_file(request):
    share = request.path_params["share"]
    rel = request.query_params.get("path", "")
    share_dir = safe_join(str(SHARE_ROOT), share)
    full = safe_join(share_dir, rel) if share_dir else None
    if full is None or not Path(full).is_file():
        raise HTTPException(status_code=404)
    return FileResponse(full)


app = Starlette(routes=[Route("/shares/{share}/file", shared_file)])
`,
  ),
  bad(
    "CWE-22",
    "batch51: DRF action deletes a user's export file by the name in the request body",
    src`
import os

from django.conf import settings
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response


class ExportViewSet(viewsets.ViewSet):
    permission_classes = [IsAuthenticated]

    def _export_dir(self, user) -> str:
        return os.path.join(settings.MEDIA_ROOT, "exports", str(user.pk))

    @action(detail=False, methods=["post"])
    def remove(self, request):
        filename = request.data.get("filename", "")
        os.remove(os.path.join(self._export_dir(request.user), filename))
        return Response(status=status.HTTP_204_NO_CONTENT)
`,
  ),
  good(
    "CWE-22",
    "batch51: DRF export removal checks the realpath stays inside the user's export dir",
    src`
import os

from django.conf import settings
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response


class ExportViewSet(viewsets.ViewSet):
    permission_classes = [IsAuthenticated]

    def _export_dir(self, user) -> str:
        return os.path.realpath(os.path.join(settings.MEDIA_ROOT, "exports", str(user.pk)))

    @action(detail=False, methods=["post"])
    def remove(self, request):
        base = self._export_dir(request.user)
        target = os.path.realpath(os.path.join(base, request.data.get("filename", "")))
        if os.path.commonpath([base, target]) != base or target == base:
            return Response(status=status.HTTP_400_BAD_REQUEST)
        os.remove(target)
        return Response(status=status.HTTP_204_NO_CONTENT)
`,
  ),
  bad(
    "CWE-22",
    "batch51: theme settings page loads a CSS file named in the user's saved settings",
    src`
from pathlib import Path

from fastapi import APIRouter, Depends
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel

from .auth import current_user
from .settings_repo import SettingsRepo

router = APIRouter()
THEMES = Path(__file__).parent / "static" / "themes"


class ThemeChoice(BaseModel):
    theme: str


@router.put("/settings/theme")
def set_theme(choice: ThemeChoice, user=Depends(current_user), repo: SettingsRepo = Depends()):
    repo.save(user.id, theme=choice.theme)
    return {"ok": True}


@router.get("/settings/theme.css", response_class=PlainTextResponse)
def theme_css(user=Depends(current_user), repo: SettingsRepo = Depends()):
    theme = repo.load(user.id).theme
    return (THEMES / f"{theme}.css").read_text()
`,
  ),
  bad(
    "CWE-73",
    "batch51: Flask report endpoint lets the caller pass the template file path used to render the PDF",
    src`
from flask import Blueprint, request, send_file
from weasyprint import HTML

from .reports import report_context
from jinja2 import Template

pdf = Blueprint("pdf", __name__)


@pdf.post("/reports/pdf")
def render_pdf():
    template_path = request.json.get("template", "templates/report.html")
    with open(template_path, encoding="utf-8") as fh:
        template = Template(fh.read(), autoescape=True)
    html = template.render(**report_context())
    HTML(string=html).write_pdf("/tmp/report.pdf")
    return send_file("/tmp/report.pdf", mimetype="application/pdf")
`,
  ),
  good(
    "CWE-73",
    "batch51: Flask report endpoint picks the PDF template from a fixed mapping",
    src`
import tempfile

from flask import Blueprint, abort, request, send_file
from flask import render_template
from weasyprint import HTML

from .reports import report_context

pdf = Blueprint("pdf", __name__)
TEMPLATES = {"summary": "reports/summary.html", "detail": "reports/detail.html"}


@pdf.post("/reports/pdf")
def render_pdf():
    template = TEMPLATES.get(request.json.get("template", "summary"))
    if template is None:
        abort(400)
    html = render_template(template, **report_context())
    out = tempfile.NamedTemporaryFile(suffix=".pdf", delete=False)
    HTML(string=html).write_pdf(out.name)
    return send_file(out.name, mimetype="application/pdf")
`,
  ),
  bad(
    "CWE-22",
    "batch51: zip export of a project's files adds paths taken from the request's file list",
    src`
import io
import zipfile
from pathlib import Path

from flask import Blueprint, request, send_file

bundle = Blueprint("bundle", __name__)
PROJECTS = Path("/data/projects")


@bundle.post("/projects/<int:pid>/bundle")
def make_bundle(pid: int):
    root = PROJECTS / str(pid)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for rel in request.get_json()["files"]:
            zf.write(root / rel, arcname=rel)
    buf.seek(0)
    return send_file(buf, download_name=f"project-{pid}.zip", as_attachment=True)
`,
  ),
  good(
    "CWE-22",
    "batch51: zip export of a project adds only files found by walking the project folder",
    src`
import io
import zipfile
from pathlib import Path

from flask import Blueprint, request, send_file

bundle = Blueprint("bundle", __name__)
PROJECTS = Path("/data/projects")


@bundle.post("/projects/<int:pid>/bundle")
def make_bundle(pid: int):
    root = PROJECTS / str(pid)
    wanted = set(request.get_json()["files"])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in root.rglob("*"):
            rel = path.relative_to(root).as_posix()
            if path.is_file() and rel in wanted:
                zf.write(path, arcname=rel)
    buf.seek(0)
    return send_file(buf, download_name=f"project-{pid}.zip", as_attachment=True)
`,
  ),
  bad(
    "CWE-22",
    "batch51: aiofiles async log viewer for admins reads a log named in the path",
    src`
import aiofiles
from fastapi import APIRouter, Depends

from .auth import require_admin

router = APIRouter(prefix="/admin")
LOG_DIR = "/var/log/myapp"


async def tail(path: str, lines: int = 200) -> list[str]:
    async with aiofiles.open(path, "r") as fh:
        content = await fh.readlines()
    return content[-lines:]


@router.get("/logs/{log_name:path}")
async def view_log(log_name: str, _=Depends(require_admin)):
    return {"lines": await tail(f"{LOG_DIR}/{log_name}")}
`,
  ),
  // ---------------- CWE-434 unrestricted upload ----------------
  bad(
    "CWE-434",
    "batch51: FastAPI avatar upload saves the file under its own name in a static folder",
    src`
from pathlib import Path

from fastapi import APIRouter, Depends, File, UploadFile

from .auth import current_user

router = APIRouter()
AVATAR_DIR = Path("static/avatars")


async def store_avatar(user_id: int, upload: UploadFile) -> str:
    AVATAR_DIR.mkdir(parents=True, exist_ok=True)
    dest = AVATAR_DIR / f"{user_id}_{upload.filename}"
    dest.write_bytes(await upload.read())
    return f"/static/avatars/{dest.name}"


@router.post("/me/avatar")
async def upload_avatar(file: UploadFile = File(...), user=Depends(current_user)):
    return {"url": await store_avatar(user.id, file)}
`,
  ),
  good(
    "CWE-434",
    "batch51: FastAPI avatar upload checks the image with Pillow and saves as PNG under a generated name",
    src`
import io
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from PIL import Image, UnidentifiedImageError

from .auth import current_user

router = APIRouter()
AVATAR_DIR = Path("static/avatars")
MAX_BYTES = 2 * 1024 * 1024


async def store_avatar(user_id: int, upload: UploadFile) -> str:
    data = await upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "avatar too large")
    try:
        image = Image.open(io.BytesIO(data))
        image.verify()
        image = Image.open(io.BytesIO(data)).convert("RGB")
    except (UnidentifiedImageError, OSError):
        raise HTTPException(400, "not an image")
    image.thumbnail((256, 256))
    AVATAR_DIR.mkdir(parents=True, exist_ok=True)
    dest = AVATAR_DIR / f"{uuid.uuid4().hex}.png"
    image.save(dest, format="PNG")
    return f"/static/avatars/{dest.name}"


@router.post("/me/avatar")
async def upload_avatar(file: UploadFile = File(...), user=Depends(current_user)):
    return {"url": await store_avatar(user.id, file)}
`,
  ),
  bad(
    "CWE-434",
    "batch51: Flask attachment upload trusts the client's content type and keeps the extension",
    src`
import os

from flask import Blueprint, abort, current_app, request
from werkzeug.utils import secure_filename

attachments = Blueprint("attachments", __name__)
ALLOWED_TYPES = {"image/png", "image/jpeg", "application/pdf"}


@attachments.post("/tickets/<int:ticket_id>/attachments")
def add_attachment(ticket_id: int):
    upload = request.files["file"]
    if upload.mimetype not in ALLOWED_TYPES:
        abort(400, "type not allowed")
    name = secure_filename(upload.filename)
    upload.save(os.path.join(current_app.static_folder, "attachments", name))
    return {"url": f"/static/attachments/{name}"}, 201
`,
  ),
  good(
    "CWE-434",
    "batch51: Flask attachment upload allows known extensions and stores outside the web root",
    src`
import os
import uuid

from flask import Blueprint, abort, current_app, request
from werkzeug.utils import secure_filename

attachments = Blueprint("attachments", __name__)
ALLOWED_EXT = {".png", ".jpg", ".jpeg", ".pdf"}


@attachments.post("/tickets/<int:ticket_id>/attachments")
def add_attachment(ticket_id: int):
    upload = request.files["file"]
    ext = os.path.splitext(secure_filename(upload.filename or ""))[1].lower()
    if ext not in ALLOWED_EXT:
        abort(400, "type not allowed")
    stored = f"{uuid.uuid4().hex}{ext}"
    upload.save(os.path.join(current_app.config["PRIVATE_UPLOADS"], stored))
    return {"id": stored}, 201
`,
  ),
  bad(
    "CWE-434",
    "batch51: Django model form stores a user document with FileField and no validators into MEDIA served directly",
    src`
from django import forms
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import JsonResponse


class DocumentForm(forms.Form):
    title = forms.CharField(max_length=120)
    document = forms.FileField()


@login_required
def upload_document(request):
    form = DocumentForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    f = form.cleaned_data["document"]
    saved = default_storage.save(f"public/docs/{f.name}", f)
    return JsonResponse({"url": default_storage.url(saved)})
`,
  ),
  good(
    "CWE-434",
    "batch51: Django form validates the document extension and size before saving",
    src`
import uuid
from pathlib import Path

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.core.validators import FileExtensionValidator
from django.http import JsonResponse


class DocumentForm(forms.Form):
    title = forms.CharField(max_length=120)
    document = forms.FileField(validators=[FileExtensionValidator(["pdf", "docx", "txt"])])

    def clean_document(self):
        f = self.cleaned_data["document"]
        if f.size > 10 * 1024 * 1024:
            raise forms.ValidationError("file too large")
        return f


@login_required
def upload_document(request):
    form = DocumentForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    f = form.cleaned_data["document"]
    saved = default_storage.save(f"private/docs/{uuid.uuid4().hex}{Path(f.name).suffix.lower()}", f)
    return JsonResponse({"id": saved})
`,
  ),
  bad(
    "CWE-434",
    "batch51: plugin upload for admins extracts a zip into the plugins package folder",
    src`
import zipfile
from pathlib import Path

from fastapi import APIRouter, Depends, UploadFile

from .auth import require_admin

router = APIRouter()
PLUGIN_DIR = Path(__file__).parent / "plugins"


@router.post("/admin/plugins")
async def install_plugin(archive: UploadFile, _=Depends(require_admin)):
    dest = PLUGIN_DIR / Path(archive.filename).stem
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive.file) as zf:
        zf.extractall(dest)
    return {"installed": dest.name}
`,
  ),
  bad(
    "CWE-434",
    "batch51: Quart file share upload writes any file into the public downloads folder by its name",
    src`
from pathlib import Path

from quart import Quart, request

app = Quart(__name__)
PUBLIC = Path("public/downloads")


@app.post("/share")
async def share_upload():
    files = await request.files
    upload = files["file"]
    await upload.save(PUBLIC / upload.filename)
    return {"link": f"/downloads/{upload.filename}"}
`,
  ),
  good(
    "CWE-434",
    "batch51: Quart share upload stores files under random names with a forced attachment download",
    src`
import secrets
from pathlib import Path

from quart import Quart, request, send_from_directory

app = Quart(__name__)
STORE = Path("/srv/share-store")


@app.post("/share")
async def share_upload():
    files = await request.files
    upload = files["file"]
    token = secrets.token_urlsafe(16)
    await upload.save(STORE / token)
    return {"link": f"/d/{token}"}


@app.get("/d/<token>")
async def download(token: str):
    return await send_from_directory(STORE, token, as_attachment=True, mimetype="application/octet-stream")
`,
  ),
  // ---------------- CWE-918 SSRF ----------------
  bad(
    "CWE-918",
    "batch51: FastAPI link preview fetches the posted URL with httpx in a service",
    src`
import re

import httpx
from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()
TITLE_RE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


class PreviewRequest(BaseModel):
    url: str


class LinkPreviewService:
    async def fetch(self, url: str) -> dict:
        async with httpx.AsyncClient(timeout=5, follow_redirects=True) as client:
            resp = await client.get(url)
        m = TITLE_RE.search(resp.text[:100_000])
        return {"url": url, "title": m.group(1).strip() if m else None}


@router.post("/link-preview")
async def link_preview(body: PreviewRequest):
    return await LinkPreviewService().fetch(body.url)
`,
  ),
  good(
    "CWE-918",
    "batch51: FastAPI link preview resolves the host and refuses private addresses before fetching",
    src`
import ipaddress
import re
import socket
from urllib.parse import urlparse

import httpx
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter()
TITLE_RE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


class PreviewRequest(BaseModel):
    url: str


def _check_public(url: str) -> None:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise HTTPException(400, "bad url")
    for info in socket.getaddrinfo(parsed.hostname, parsed.port or 443):
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            raise HTTPException(400, "address not allowed")


class LinkPreviewService:
    async def fetch(self, url: str) -> dict:
        _check_public(url)
        async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
            resp = await client.get(url)
        m = TITLE_RE.search(resp.text[:100_000])
        return {"url": url, "title": m.group(1).strip() if m else None}


@router.post("/link-preview")
async def link_preview(body: PreviewRequest):
    return await LinkPreviewService().fetch(body.url)
`,
  ),
  bad(
    "CWE-918",
    "batch51: webhook test button posts a sample event to the URL saved in the integration settings",
    src`
import requests
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Webhook


def deliver(webhook: Webhook, payload: dict) -> int:
    resp = requests.post(webhook.target_url, json=payload, timeout=10)
    return resp.status_code


@login_required
@require_POST
def test_webhook(request, pk: int):
    hook = Webhook.objects.get(pk=pk, owner=request.user)
    hook.target_url = request.POST.get("target_url", hook.target_url)
    hook.save()
    return JsonResponse({"status": deliver(hook, {"event": "ping"})})
`,
  ),
  good(
    "CWE-918",
    "batch51: webhook delivery validates the target against an allow-listed set of integration hosts",
    src`
from urllib.parse import urlparse

import requests
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import Webhook

ALLOWED_HOSTS = {"hooks.slack.com", "discord.com", "outlook.office.com"}


def deliver(webhook: Webhook, payload: dict) -> int:
    resp = requests.post(webhook.target_url, json=payload, timeout=10, allow_redirects=False)
    return resp.status_code


@login_required
@require_POST
def test_webhook(request, pk: int):
    hook = Webhook.objects.get(pk=pk, owner=request.user)
    url = request.POST.get("target_url", hook.target_url)
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        return HttpResponseBadRequest("unsupported webhook host")
    hook.target_url = url
    hook.save()
    return JsonResponse({"status": deliver(hook, {"event": "ping"})})
`,
  ),
  bad(
    "CWE-918",
    "batch51: import-from-URL feature downloads a CSV from a user-given address with urllib",
    src`
import csv
import io
from urllib.request import urlopen

from flask import Blueprint, request
from flask_login import login_required

from .services import import_contacts

imports = Blueprint("imports", __name__)


def fetch_csv(source_url: str) -> list[dict]:
    with urlopen(source_url, timeout=15) as resp:
        text = resp.read(5_000_000).decode("utf-8", "replace")
    return list(csv.DictReader(io.StringIO(text)))


@imports.post("/contacts/import-url")
@login_required
def import_from_url():
    rows = fetch_csv(request.form["source_url"])
    return {"imported": import_contacts(rows)}
`,
  ),
  bad(
    "CWE-918",
    "batch51: PDF rendering service renders a page from the URL the user supplies with WeasyPrint",
    src`
from fastapi import APIRouter
from fastapi.responses import Response
from weasyprint import HTML

router = APIRouter()


def render_url_to_pdf(url: str) -> bytes:
    return HTML(url=url).write_pdf()


@router.get("/render/pdf")
def render_pdf(url: str):
    return Response(render_url_to_pdf(url), media_type="application/pdf")
`,
  ),
  good(
    "CWE-918",
    "batch51: PDF rendering only of our own pages, path chosen by the user under a fixed origin",
    src`
from urllib.parse import quote

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response
from weasyprint import HTML

router = APIRouter()
ORIGIN = "https://app.example.com"
RENDERABLE = {"invoice", "receipt", "statement"}


def render_url_to_pdf(kind: str, doc_id: int) -> bytes:
    if kind not in RENDERABLE:
        raise HTTPException(404)
    return HTML(url=f"{ORIGIN}/print/{quote(kind)}/{int(doc_id)}").write_pdf()


@router.get("/render/pdf")
def render_pdf(kind: str, doc_id: int):
    return Response(render_url_to_pdf(kind, doc_id), media_type="application/pdf")
`,
  ),
  bad(
    "CWE-918",
    "batch51: avatar import from a Gravatar-like URL field with aiohttp",
    src`
import aiohttp
from fastapi import APIRouter, Depends
from pydantic import BaseModel, HttpUrl

from .auth import current_user
from .storage import save_avatar_bytes

router = APIRouter()


class AvatarFromUrl(BaseModel):
    image_url: HttpUrl


@router.post("/me/avatar/from-url")
async def avatar_from_url(body: AvatarFromUrl, user=Depends(current_user)):
    async with aiohttp.ClientSession() as session:
        async with session.get(str(body.image_url)) as resp:
            data = await resp.read()
    return {"url": await save_avatar_bytes(user.id, data)}
`,
  ),
  bad(
    "CWE-918",
    "batch51: integration proxy composes the API URL from the tenant's configured base host",
    src`
import requests
from flask import Blueprint, jsonify, request

proxy = Blueprint("proxy", __name__)


def call_crm(base: str, resource: str, token: str) -> dict:
    resp = requests.get(f"https://{base}/api/v2/{resource}", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    return resp.json()


@proxy.get("/crm/<resource>")
def crm(resource: str):
    base = request.headers.get("X-CRM-Host", "crm.example.com")
    return jsonify(call_crm(base, resource, request.headers.get("X-CRM-Token", "")))
`,
  ),
  good(
    "CWE-918",
    "batch51: integration proxy calls a fixed CRM host and quotes the resource path part",
    src`
from urllib.parse import quote

import requests
from flask import Blueprint, abort, jsonify, request

proxy = Blueprint("proxy", __name__)
CRM_BASE = "https://crm.example.com/api/v2"
RESOURCES = {"contacts", "deals", "companies"}


def call_crm(resource: str, token: str) -> dict:
    resp = requests.get(f"{CRM_BASE}/{quote(resource)}", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    return resp.json()


@proxy.get("/crm/<resource>")
def crm(resource: str):
    if resource not in RESOURCES:
        abort(404)
    return jsonify(call_crm(resource, request.headers.get("X-CRM-Token", "")))
`,
  ),
  bad(
    "CWE-918",
    "batch51: DRF serializer validates an RSS feed URL by fetching it with feedparser",
    src`
import feedparser
import requests
from rest_framework import serializers

from .models import Feed


class FeedSerializer(serializers.ModelSerializer):
    class Meta:
        model = Feed
        fields = ["id", "url", "title"]
        read_only_fields = ["title"]

    def validate_url(self, value: str) -> str:
        resp = requests.get(value, timeout=8)
        parsed = feedparser.parse(resp.content)
        if parsed.bozo:
            raise serializers.ValidationError("not a valid feed")
        return value
`,
  ),
  good(
    "CWE-918",
    "batch51: outbound webhook to a fixed Slack URL from settings with the user's message as payload",
    src`
import requests
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@login_required
@require_POST
def notify_team(request):
    text = request.POST.get("text", "")[:2000]
    resp = requests.post(settings.SLACK_WEBHOOK_URL, json={"text": f"{request.user.username}: {text}"}, timeout=5)
    return JsonResponse({"delivered": resp.ok})
`,
  ),
  bad(
    "CWE-918",
    "batch51: Starlette oEmbed endpoint fetches the provider URL given in the query",
    src`
import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def oembed(request):
    endpoint = request.query_params["endpoint"]
    target = request.query_params["url"]
    async with httpx.AsyncClient() as client:
        r = await client.get(endpoint, params={"url": target, "format": "json"})
    return JSONResponse(r.json())


app = Starlette(routes=[Route("/oembed", oembed)])
`,
  ),
  // ---------------- CWE-601 open redirect ----------------
  bad(
    "CWE-601",
    "batch51: Flask login blueprint redirects to the next parameter after sign-in",
    src`
from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import login_user

from .forms import LoginForm
from .services import authenticate

auth = Blueprint("auth", __name__)


@auth.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user:
            login_user(user)
            return redirect(request.args.get("next") or url_for("main.index"))
    return render_template("auth/login.html", form=form)
`,
  ),
  good(
    "CWE-601",
    "batch51: Flask login accepts next only when it is a relative path on this site",
    src`
from urllib.parse import urlsplit

from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import login_user

from .forms import LoginForm
from .services import authenticate

auth = Blueprint("auth", __name__)


def _safe_next(target: str | None) -> str:
    if not target:
        return url_for("main.index")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("main.index")
    return target


@auth.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user:
            login_user(user)
            return redirect(_safe_next(request.args.get("next")))
    return render_template("auth/login.html", form=form)
`,
  ),
  bad(
    "CWE-601",
    "batch51: Django settings view saves and then redirects to return_to from POST",
    src`
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponseRedirect
from django.views.generic.edit import UpdateView

from .models import NotificationSettings


class NotificationSettingsView(LoginRequiredMixin, UpdateView):
    model = NotificationSettings
    fields = ["email_digest", "mentions", "weekly_report"]
    template_name = "settings/notifications.html"

    def get_object(self, queryset=None):
        return self.request.user.notification_settings

    def form_valid(self, form):
        form.save()
        return HttpResponseRedirect(self.request.POST.get("return_to", "/settings/"))
`,
  ),
  good(
    "CWE-601",
    "batch51: Django settings view checks return_to with url_has_allowed_host_and_scheme",
    src`
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic.edit import UpdateView

from .models import NotificationSettings


class NotificationSettingsView(LoginRequiredMixin, UpdateView):
    model = NotificationSettings
    fields = ["email_digest", "mentions", "weekly_report"]
    template_name = "settings/notifications.html"

    def get_object(self, queryset=None):
        return self.request.user.notification_settings

    def form_valid(self, form):
        form.save()
        target = self.request.POST.get("return_to", "/settings/")
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={self.request.get_host()},
                                               require_https=self.request.is_secure()):
            target = "/settings/"
        return HttpResponseRedirect(target)
`,
  ),
  bad(
    "CWE-601",
    "batch51: FastAPI OAuth callback redirects to the state's return URL decoded from the query",
    src`
import base64
import json

from fastapi import APIRouter
from fastapi.responses import RedirectResponse

from .oauth import exchange_code, start_session

router = APIRouter()


def _decode_state(state: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(state.encode()))


@router.get("/oauth/callback")
async def oauth_callback(code: str, state: str):
    token = await exchange_code(code)
    response = RedirectResponse(_decode_state(state).get("return_url", "/"))
    start_session(response, token)
    return response
`,
  ),
  bad(
    "CWE-601",
    "batch51: unsubscribe link redirects to a landing URL taken from the query",
    src`
from flask import Blueprint, redirect, request

from .services import unsubscribe_token

mail = Blueprint("mail", __name__)


@mail.get("/unsubscribe/<token>")
def unsubscribe(token: str):
    unsubscribe_token(token)
    landing = request.args.get("landing", "https://example.com/bye")
    return redirect(landing, code=302)
`,
  ),
  good(
    "CWE-601",
    "batch51: unsubscribe link redirects to a landing page picked from a fixed map",
    src`
from flask import Blueprint, redirect, request, url_for

from .services import unsubscribe_token

mail = Blueprint("mail", __name__)
LANDINGS = {"bye": "main.goodbye", "prefs": "settings.email"}


@mail.get("/unsubscribe/<token>")
def unsubscribe(token: str):
    unsubscribe_token(token)
    endpoint = LANDINGS.get(request.args.get("landing", "bye"), "main.goodbye")
    return redirect(url_for(endpoint), code=302)
`,
  ),
  bad(
    "CWE-601",
    "batch51: Starlette click-tracking endpoint records then redirects to the target param",
    src`
from starlette.applications import Starlette
from starlette.responses import RedirectResponse
from starlette.routing import Route

from .analytics import record_click


async def track(request):
    target = request.query_params.get("u", "/")
    await record_click(request.query_params.get("campaign"), target)
    return RedirectResponse(target, status_code=302)


app = Starlette(routes=[Route("/t", track)])
`,
  ),
  good(
    "CWE-601",
    "batch51: click-tracking redirects to the link stored for the campaign id, not to a URL param",
    src`
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.responses import RedirectResponse
from starlette.routing import Route

from .analytics import get_campaign_link, record_click


async def track(request):
    link_id = int(request.query_params.get("l", "0"))
    link = await get_campaign_link(link_id)
    if link is None:
        raise HTTPException(404)
    await record_click(link.campaign_id, link.url)
    return RedirectResponse(link.url, status_code=302)


app = Starlette(routes=[Route("/t", track)])
`,
  ),
  // ---------------- CWE-639 / CWE-862 / CWE-863 access control ----------------
  bad(
    "CWE-639",
    "batch51: FastAPI invoice PDF download loads the invoice by id without scoping to the current user",
    src`
from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import Response
from sqlalchemy.orm import Session

from .auth import current_user
from .db import get_session
from .models import Invoice
from .pdf import invoice_pdf

router = APIRouter()


@router.get("/invoices")
def my_invoices(user=Depends(current_user), db: Session = Depends(get_session)):
    return [i.summary() for i in db.query(Invoice).filter(Invoice.owner_id == user.id)]


@router.get("/invoices/{invoice_id}/pdf")
def invoice_download(invoice_id: int, user=Depends(current_user), db: Session = Depends(get_session)):
    invoice = db.get(Invoice, invoice_id)
    if invoice is None:
        raise HTTPException(404)
    return Response(invoice_pdf(invoice), media_type="application/pdf")
`,
  ),
  good(
    "CWE-639",
    "batch51: FastAPI invoice download checks the invoice belongs to the current user",
    src`
from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import Response
from sqlalchemy.orm import Session

from .auth import current_user
from .db import get_session
from .models import Invoice
from .pdf import invoice_pdf

router = APIRouter()


@router.get("/invoices")
def my_invoices(user=Depends(current_user), db: Session = Depends(get_session)):
    return [i.summary() for i in db.query(Invoice).filter(Invoice.owner_id == user.id)]


@router.get("/invoices/{invoice_id}/pdf")
def invoice_download(invoice_id: int, user=Depends(current_user), db: Session = Depends(get_session)):
    invoice = db.get(Invoice, invoice_id)
    if invoice is None or invoice.owner_id != user.id:
        raise HTTPException(404)
    return Response(invoice_pdf(invoice), media_type="application/pdf")
`,
  ),
  bad(
    "CWE-639",
    "batch51: Django export download view fetches the export by pk for any logged-in user",
    src`
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404, render

from .models import DataExport


@login_required
def export_list(request):
    exports = DataExport.objects.filter(requested_by=request.user).order_by("-created")
    return render(request, "exports/list.html", {"exports": exports})


@login_required
def export_download(request, pk: int):
    export = get_object_or_404(DataExport, pk=pk)
    return FileResponse(export.file.open("rb"), as_attachment=True, filename=export.file.name)
`,
  ),
  good(
    "CWE-639",
    "batch51: Django export download scopes the lookup to the requesting user",
    src`
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404, render

from .models import DataExport


@login_required
def export_list(request):
    exports = DataExport.objects.filter(requested_by=request.user).order_by("-created")
    return render(request, "exports/list.html", {"exports": exports})


@login_required
def export_download(request, pk: int):
    export = get_object_or_404(DataExport, pk=pk, requested_by=request.user)
    return FileResponse(export.file.open("rb"), as_attachment=True, filename=export.file.name)
`,
  ),
  bad(
    "CWE-639",
    "batch51: Flask delete of a saved report uses the id from the URL and the current user only for login",
    src`
from flask import Blueprint, abort
from flask_login import current_user, login_required
from sqlalchemy import delete, select

from ..db import db
from ..models import SavedReport

reports = Blueprint("reports", __name__)


@reports.get("/reports/mine")
@login_required
def mine():
    rows = db.session.scalars(select(SavedReport).where(SavedReport.user_id == current_user.id)).all()
    return {"reports": [r.to_dict() for r in rows]}


@reports.delete("/reports/<int:report_id>")
@login_required
def delete_report(report_id: int):
    result = db.session.execute(delete(SavedReport).where(SavedReport.id == report_id))
    db.session.commit()
    if result.rowcount == 0:
        abort(404)
    return "", 204
`,
  ),
  good(
    "CWE-639",
    "batch51: Flask delete of a saved report filters by id and owner",
    src`
from flask import Blueprint, abort
from flask_login import current_user, login_required
from sqlalchemy import delete, select

from ..db import db
from ..models import SavedReport

reports = Blueprint("reports", __name__)


@reports.get("/reports/mine")
@login_required
def mine():
    rows = db.session.scalars(select(SavedReport).where(SavedReport.user_id == current_user.id)).all()
    return {"reports": [r.to_dict() for r in rows]}


@reports.delete("/reports/<int:report_id>")
@login_required
def delete_report(report_id: int):
    stmt = delete(SavedReport).where(SavedReport.id == report_id, SavedReport.user_id == current_user.id)
    result = db.session.execute(stmt)
    db.session.commit()
    if result.rowcount == 0:
        abort(404)
    return "", 204
`,
  ),
  bad(
    "CWE-639",
    "batch51: DRF viewset for attachments uses Attachment.objects.all() as its queryset",
    src`
from rest_framework import permissions, viewsets

from .models import Attachment
from .serializers import AttachmentSerializer


class AttachmentViewSet(viewsets.ModelViewSet):
    serializer_class = AttachmentSerializer
    permission_classes = [permissions.IsAuthenticated]
    queryset = Attachment.objects.all()

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)
`,
  ),
  good(
    "CWE-639",
    "batch51: DRF viewset for attachments scopes get_queryset to the owner",
    src`
from rest_framework import permissions, viewsets

from .models import Attachment
from .serializers import AttachmentSerializer


class AttachmentViewSet(viewsets.ModelViewSet):
    serializer_class = AttachmentSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Attachment.objects.filter(owner=self.request.user)

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)
`,
  ),
  bad(
    "CWE-862",
    "batch51: moderation endpoint hides a comment for any authenticated user (sibling ban endpoint checks the role)",
    src`
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from .auth import current_user
from .db import get_session
from .models import Comment, User

router = APIRouter(prefix="/moderation")


def require_moderator(user: User = Depends(current_user)) -> User:
    if not user.is_moderator:
        raise HTTPException(403)
    return user


@router.post("/users/{user_id}/ban")
def ban_user(user_id: int, mod: User = Depends(require_moderator), db: Session = Depends(get_session)):
    db.get(User, user_id).banned = True
    db.commit()
    return {"ok": True}


@router.post("/comments/{comment_id}/hide")
def hide_comment(comment_id: int, user: User = Depends(current_user), db: Session = Depends(get_session)):
    db.get(Comment, comment_id).hidden = True
    db.commit()
    return {"ok": True}
`,
  ),
  good(
    "CWE-862",
    "batch51: moderation endpoints both depend on require_moderator",
    src`
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from .auth import current_user
from .db import get_session
from .models import Comment, User

router = APIRouter(prefix="/moderation")


def require_moderator(user: User = Depends(current_user)) -> User:
    if not user.is_moderator:
        raise HTTPException(403)
    return user


@router.post("/users/{user_id}/ban")
def ban_user(user_id: int, mod: User = Depends(require_moderator), db: Session = Depends(get_session)):
    db.get(User, user_id).banned = True
    db.commit()
    return {"ok": True}


@router.post("/comments/{comment_id}/hide")
def hide_comment(comment_id: int, mod: User = Depends(require_moderator), db: Session = Depends(get_session)):
    db.get(Comment, comment_id).hidden = True
    db.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-862",
    "batch51: Django admin panel view to change a user's role has no staff check while its siblings use staff_member_required",
    src`
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth import get_user_model
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_POST

User = get_user_model()


@staff_member_required
def user_list(request):
    return render(request, "panel/users.html", {"users": User.objects.order_by("username")})


@require_POST
def set_role(request, user_id: int):
    target = get_object_or_404(User, pk=user_id)
    target.is_staff = request.POST.get("role") == "staff"
    target.save(update_fields=["is_staff"])
    return JsonResponse({"id": target.pk, "is_staff": target.is_staff})
`,
  ),
  good(
    "CWE-862",
    "batch51: Django panel role change is staff-only like its siblings",
    src`
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth import get_user_model
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_POST

User = get_user_model()


@staff_member_required
def user_list(request):
    return render(request, "panel/users.html", {"users": User.objects.order_by("username")})


@staff_member_required
@require_POST
def set_role(request, user_id: int):
    target = get_object_or_404(User, pk=user_id)
    target.is_staff = request.POST.get("role") == "staff"
    target.save(update_fields=["is_staff"])
    return JsonResponse({"id": target.pk, "is_staff": target.is_staff})
`,
  ),
  bad(
    "CWE-863",
    "batch51: DRF moderation action checks IsAuthenticated where the other actions require IsAdminUser",
    src`
from rest_framework import permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Post
from .serializers import PostSerializer


class PostViewSet(viewsets.ModelViewSet):
    queryset = Post.objects.all()
    serializer_class = PostSerializer

    def get_permissions(self):
        if self.action in ("list", "retrieve"):
            return [permissions.AllowAny()]
        return [permissions.IsAdminUser()]

    @action(detail=True, methods=["post"], permission_classes=[permissions.IsAuthenticated])
    def feature(self, request, pk=None):
        post = self.get_object()
        post.featured = True
        post.save(update_fields=["featured"])
        return Response({"featured": True})
`,
  ),
  good(
    "CWE-863",
    "batch51: DRF moderation action keeps IsAdminUser like the other writes",
    src`
from rest_framework import permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Post
from .serializers import PostSerializer


class PostViewSet(viewsets.ModelViewSet):
    queryset = Post.objects.all()
    serializer_class = PostSerializer

    def get_permissions(self):
        if self.action in ("list", "retrieve"):
            return [permissions.AllowAny()]
        return [permissions.IsAdminUser()]

    @action(detail=True, methods=["post"], permission_classes=[permissions.IsAdminUser])
    def feature(self, request, pk=None):
        post = self.get_object()
        post.featured = True
        post.save(update_fields=["featured"])
        return Response({"featured": True})
`,
  ),
  bad(
    "CWE-863",
    "batch51: Flask team-export endpoint checks membership of any team, not the team being exported",
    src`
from flask import Blueprint, abort, jsonify
from flask_login import current_user, login_required

from ..models import Membership, Team

teams = Blueprint("teams", __name__)


@teams.get("/teams/<int:team_id>/export")
@login_required
def export_team(team_id: int):
    if not Membership.query.filter_by(user_id=current_user.id).first():
        abort(403)
    team = Team.query.get_or_404(team_id)
    return jsonify(team.export_dict())
`,
  ),
  good(
    "CWE-863",
    "batch51: Flask team-export checks membership of the exported team",
    src`
from flask import Blueprint, abort, jsonify
from flask_login import current_user, login_required

from ..models import Membership, Team

teams = Blueprint("teams", __name__)


@teams.get("/teams/<int:team_id>/export")
@login_required
def export_team(team_id: int):
    if not Membership.query.filter_by(user_id=current_user.id, team_id=team_id).first():
        abort(403)
    team = Team.query.get_or_404(team_id)
    return jsonify(team.export_dict())
`,
  ),
  bad(
    "CWE-639",
    "batch51: notification mark-read endpoint updates the row by id from the body",
    src`
from fastapi import APIRouter, Depends
from pydantic import BaseModel
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from .auth import current_user
from .db import get_db
from .models import Notification

router = APIRouter()


class MarkRead(BaseModel):
    ids: list[int]


@router.post("/notifications/read")
async def mark_read(body: MarkRead, user=Depends(current_user), db: AsyncSession = Depends(get_db)):
    await db.execute(update(Notification).where(Notification.id.in_(body.ids)).values(read=True))
    await db.commit()
    return {"updated": len(body.ids)}
`,
  ),
  bad(
    "CWE-862",
    "batch51: webhook admin: the delete route lacks the login decorator the other routes use",
    src`
from flask import Blueprint, jsonify
from flask_login import current_user, login_required

from ..db import db
from ..models import Webhook

hooks = Blueprint("hooks", __name__, url_prefix="/webhooks")


@hooks.get("/")
@login_required
def list_hooks():
    return jsonify([h.to_dict() for h in Webhook.query.filter_by(owner_id=current_user.id)])


@hooks.delete("/<int:hook_id>")
def delete_hook(hook_id: int):
    hook = Webhook.query.get_or_404(hook_id)
    db.session.delete(hook)
    db.session.commit()
    return "", 204
`,
  ),
  // ---------------- CWE-915 mass assignment ----------------
  bad(
    "CWE-915",
    "batch51: FastAPI profile update copies every field of the body onto the user with setattr",
    src`
from typing import Any

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from .auth import current_user
from .db import get_session

router = APIRouter()


def apply_changes(obj, changes: dict[str, Any]) -> None:
    for key, value in changes.items():
        setattr(obj, key, value)


@router.patch("/me")
def update_me(changes: dict[str, Any], user=Depends(current_user), db: Session = Depends(get_session)):
    apply_changes(user, changes)
    db.commit()
    return {"id": user.id, "name": user.name, "email": user.email}
`,
  ),
  good(
    "CWE-915",
    "batch51: FastAPI profile update takes a pydantic model limited to editable fields",
    src`
from fastapi import APIRouter, Depends
from pydantic import BaseModel, EmailStr
from sqlalchemy.orm import Session

from .auth import current_user
from .db import get_session

router = APIRouter()


class ProfileUpdate(BaseModel):
    name: str | None = None
    email: EmailStr | None = None
    timezone: str | None = None


@router.patch("/me")
def update_me(changes: ProfileUpdate, user=Depends(current_user), db: Session = Depends(get_session)):
    for key, value in changes.model_dump(exclude_unset=True).items():
        setattr(user, key, value)
    db.commit()
    return {"id": user.id, "name": user.name, "email": user.email}
`,
  ),
  bad(
    "CWE-915",
    "batch51: DRF user settings serializer with fields='__all__' used for self-service updates",
    src`
from django.contrib.auth import get_user_model
from rest_framework import generics, permissions, serializers

User = get_user_model()


class AccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = "__all__"
        extra_kwargs = {"password": {"write_only": True}}


class AccountView(generics.RetrieveUpdateAPIView):
    serializer_class = AccountSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_object(self):
        return self.request.user
`,
  ),
  good(
    "CWE-915",
    "batch51: DRF account serializer lists editable fields and marks the rest read-only",
    src`
from django.contrib.auth import get_user_model
from rest_framework import generics, permissions, serializers

User = get_user_model()


class AccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["id", "username", "first_name", "last_name", "email", "is_staff"]
        read_only_fields = ["id", "username", "is_staff"]


class AccountView(generics.RetrieveUpdateAPIView):
    serializer_class = AccountSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_object(self):
        return self.request.user
`,
  ),
  bad(
    "CWE-915",
    "batch51: Flask blueprint creates a team member from **request.json into the SQLAlchemy model",
    src`
from flask import Blueprint, jsonify, request
from flask_login import login_required

from ..db import db
from ..models import TeamMember

members = Blueprint("members", __name__)


@members.post("/teams/<int:team_id>/members")
@login_required
def add_member(team_id: int):
    member = TeamMember(team_id=team_id, **request.get_json())
    db.session.add(member)
    db.session.commit()
    return jsonify(member.to_dict()), 201
`,
  ),
  good(
    "CWE-915",
    "batch51: Flask add member picks the allowed keys from the JSON",
    src`
from flask import Blueprint, jsonify, request
from flask_login import login_required

from ..db import db
from ..models import TeamMember

members = Blueprint("members", __name__)


@members.post("/teams/<int:team_id>/members")
@login_required
def add_member(team_id: int):
    data = request.get_json() or {}
    member = TeamMember(team_id=team_id, email=data.get("email"), display_name=data.get("display_name"))
    db.session.add(member)
    db.session.commit()
    return jsonify(member.to_dict()), 201
`,
  ),
  bad(
    "CWE-915",
    "batch51: FastAPI settings update passes payload.dict() into an ORM update on the account",
    src`
from fastapi import APIRouter, Depends
from pydantic import BaseModel
from sqlalchemy import update
from sqlalchemy.orm import Session

from .auth import current_user
from .db import get_session
from .models import Account

router = APIRouter()


class AccountSettings(BaseModel):
    class Config:
        extra = "allow"

    display_name: str | None = None
    locale: str | None = None


@router.put("/settings")
def save_settings(payload: AccountSettings, user=Depends(current_user), db: Session = Depends(get_session)):
    db.execute(update(Account).where(Account.id == user.account_id).values(**payload.dict()))
    db.commit()
    return {"saved": True}
`,
  ),
  bad(
    "CWE-915",
    "batch51: Django class-based profile edit uses a ModelForm with exclude=[] on the user profile",
    src`
from django import forms
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.views.generic.edit import UpdateView

from .models import Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        exclude = []


class ProfileEditView(LoginRequiredMixin, UpdateView):
    form_class = ProfileForm
    template_name = "accounts/profile_edit.html"
    success_url = reverse_lazy("profile")

    def get_object(self, queryset=None):
        return self.request.user.profile
`,
  ),
  good(
    "CWE-915",
    "batch51: Django profile edit ModelForm lists the fields a user may change",
    src`
from django import forms
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.views.generic.edit import UpdateView

from .models import Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["bio", "website", "avatar", "timezone"]


class ProfileEditView(LoginRequiredMixin, UpdateView):
    form_class = ProfileForm
    template_name = "accounts/profile_edit.html"
    success_url = reverse_lazy("profile")

    def get_object(self, queryset=None):
        return self.request.user.profile
`,
  ),
  bad(
    "CWE-915",
    "batch51: Quart comment edit applies every key of the JSON body with setattr via a helper",
    src`
from quart import Quart, abort, request

from .db import session_scope
from .models import Comment

app = Quart(__name__)


def update_from_dict(model, data: dict) -> None:
    for field, value in data.items():
        if hasattr(model, field):
            setattr(model, field, value)


@app.patch("/comments/<int:comment_id>")
async def edit_comment(comment_id: int):
    data = await request.get_json()
    async with session_scope() as s:
        comment = await s.get(Comment, comment_id)
        if comment is None:
            abort(404)
        update_from_dict(comment, data)
    return {"ok": True}
`,
  ),
  // ---------------- CWE-352 CSRF ----------------
  bad(
    "CWE-352",
    "batch51: Django email-change view is csrf_exempt",
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
    "batch51: Django email-change view relies on CSRF middleware (no exemption)",
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
    "batch51: Flask-WTF app exempts the settings blueprint from CSRFProtect",
    src`
from flask import Blueprint, Flask, request
from flask_login import current_user, login_required
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()
settings_bp = Blueprint("settings", __name__)


@settings_bp.post("/settings/notifications")
@login_required
def save_notifications():
    current_user.email_digest = request.form.get("digest") == "on"
    current_user.save()
    return {"ok": True}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_prefixed_env()
    csrf.init_app(app)
    csrf.exempt(settings_bp)
    app.register_blueprint(settings_bp)
    return app
`,
  ),
  good(
    "CWE-352",
    "batch51: Flask-WTF app exempts only the signed webhook receiver from CSRF",
    src`
import hashlib
import hmac
import os

from flask import Blueprint, Flask, abort, request
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()
hooks_bp = Blueprint("hooks", __name__)


@hooks_bp.post("/hooks/billing")
def billing_hook():
    expected = hmac.new(os.environ["BILLING_SECRET"].encode(), request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        abort(401)
    return {"ok": True}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_prefixed_env()
    csrf.init_app(app)
    csrf.exempt(hooks_bp)
    app.register_blueprint(hooks_bp)
    return app
`,
  ),
  bad(
    "CWE-352",
    "batch51: Django class-based delete view decorated with csrf_exempt via method_decorator",
    src`
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from django.views.generic.edit import DeleteView

from .models import Comment


@method_decorator(csrf_exempt, name="dispatch")
class CommentDeleteView(LoginRequiredMixin, DeleteView):
    model = Comment
    success_url = reverse_lazy("comments:list")

    def get_queryset(self):
        return Comment.objects.filter(author=self.request.user)
`,
  ),
  bad(
    "CWE-352",
    "batch51: Flask profile form changes the password on a GET request with query parameters",
    src`
from flask import Blueprint, redirect, request, url_for
from flask_login import current_user, login_required
from werkzeug.security import generate_password_hash

from ..db import db

account = Blueprint("account", __name__)


@account.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password():
    new = request.values.get("new_password")
    if new:
        current_user.password_hash = generate_password_hash(new)
        db.session.commit()
        return redirect(url_for("account.settings"))
    return "<form method='post'><input type='password' name='new_password'><button>Save</button></form>"
`,
  ),
  // ---------------- CWE-200 / CWE-209 / CWE-532 information exposure ----------------
  bad(
    "CWE-209",
    "batch51: FastAPI exception handler returns the traceback to the client",
    src`
import traceback

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    return JSONResponse(
        status_code=500,
        content={"error": str(exc), "trace": traceback.format_exc(), "path": request.url.path},
    )
`,
  ),
  good(
    "CWE-209",
    "batch51: FastAPI exception handler logs the traceback and returns an opaque error id",
    src`
import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger(__name__)


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    error_id = uuid.uuid4().hex
    log.exception("unhandled error %s on %s", error_id, request.url.path)
    return JSONResponse(status_code=500, content={"error": "internal error", "id": error_id})
`,
  ),
  bad(
    "CWE-209",
    "batch51: export job status endpoint reports the database exception text",
    src`
from flask import Blueprint, jsonify
from sqlalchemy.exc import SQLAlchemyError

from .services import run_export

exports = Blueprint("exports", __name__)


@exports.post("/exports/<int:export_id>/run")
def run(export_id: int):
    try:
        path = run_export(export_id)
    except SQLAlchemyError as exc:
        return jsonify(status="failed", detail=repr(exc), statement=getattr(exc, "statement", None)), 500
    return jsonify(status="done", path=path)
`,
  ),
  good(
    "CWE-209",
    "batch51: export job status logs the database error and returns a generic message",
    src`
import logging

from flask import Blueprint, jsonify
from sqlalchemy.exc import SQLAlchemyError

from .services import run_export

exports = Blueprint("exports", __name__)
logger = logging.getLogger(__name__)


@exports.post("/exports/<int:export_id>/run")
def run(export_id: int):
    try:
        path = run_export(export_id)
    except SQLAlchemyError:
        logger.exception("export %s failed", export_id)
        return jsonify(status="failed", detail="export failed, try again later"), 500
    return jsonify(status="done", path=path)
`,
  ),
  bad(
    "CWE-532",
    "batch51: webhook integration logs the outgoing request headers including the bearer token",
    src`
import logging

import httpx

logger = logging.getLogger("integrations")


class CrmClient:
    def __init__(self, base_url: str, api_token: str) -> None:
        self.base_url = base_url
        self.headers = {"Authorization": f"Bearer {api_token}", "Content-Type": "application/json"}

    def push_contact(self, contact: dict) -> int:
        logger.info("POST %s/contacts headers=%s body=%s", self.base_url, self.headers, contact)
        resp = httpx.post(f"{self.base_url}/contacts", json=contact, headers=self.headers, timeout=10)
        return resp.status_code
`,
  ),
  good(
    "CWE-532",
    "batch51: webhook integration logs the request without the authorization header",
    src`
import logging

import httpx

logger = logging.getLogger("integrations")


class CrmClient:
    def __init__(self, base_url: str, api_token: str) -> None:
        self.base_url = base_url
        self.headers = {"Authorization": f"Bearer {api_token}", "Content-Type": "application/json"}

    def push_contact(self, contact: dict) -> int:
        logger.info("POST %s/contacts id=%s", self.base_url, contact.get("id"))
        resp = httpx.post(f"{self.base_url}/contacts", json=contact, headers=self.headers, timeout=10)
        return resp.status_code
`,
  ),
  bad(
    "CWE-532",
    "batch51: password reset e-mail flow logs the reset link with the token",
    src`
import logging
import secrets

from django.core.mail import send_mail
from django.urls import reverse

from .models import PasswordResetToken

log = logging.getLogger(__name__)


def send_reset_email(request, user) -> None:
    token = secrets.token_urlsafe(32)
    PasswordResetToken.objects.create(user=user, token=token)
    link = request.build_absolute_uri(reverse("password-reset-confirm", args=[token]))
    log.info("sending password reset to %s: %s", user.email, link)
    send_mail("Reset your password", f"Use this link: {link}", None, [user.email])
`,
  ),
  bad(
    "CWE-200",
    "batch51: DRF user search serializer exposes password hash and API key fields",
    src`
from django.contrib.auth import get_user_model
from rest_framework import filters, generics, permissions, serializers

User = get_user_model()


class UserSearchSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["id", "username", "email", "password", "api_key", "last_login"]


class UserSearchView(generics.ListAPIView):
    serializer_class = UserSearchSerializer
    permission_classes = [permissions.IsAuthenticated]
    filter_backends = [filters.SearchFilter]
    search_fields = ["username", "email"]
    queryset = User.objects.filter(is_active=True)
`,
  ),
  good(
    "CWE-200",
    "batch51: DRF user search serializer returns public fields only",
    src`
from django.contrib.auth import get_user_model
from rest_framework import filters, generics, permissions, serializers

User = get_user_model()


class UserSearchSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["id", "username", "first_name", "last_name"]


class UserSearchView(generics.ListAPIView):
    serializer_class = UserSearchSerializer
    permission_classes = [permissions.IsAuthenticated]
    filter_backends = [filters.SearchFilter]
    search_fields = ["username"]
    queryset = User.objects.filter(is_active=True)
`,
  ),
  bad(
    "CWE-200",
    "batch51: debug endpoint left in the settings page returns the app configuration",
    src`
from flask import Blueprint, current_app, jsonify
from flask_login import login_required

settings_bp = Blueprint("settings", __name__)


@settings_bp.get("/settings/debug")
@login_required
def debug_info():
    return jsonify({k: str(v) for k, v in current_app.config.items()})
`,
  ),
  bad(
    "CWE-209",
    "batch51: Django view returns str(e) of a failed integration import in the JSON response",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .importers import GoogleSheetsImporter


@login_required
def import_sheet(request):
    try:
        count = GoogleSheetsImporter(request.user).run(request.POST["sheet_id"])
    except Exception as e:
        return JsonResponse({"ok": False, "error": f"import failed: {e}"}, status=500)
    return JsonResponse({"ok": True, "rows": count})
`,
  ),
  // ---------------- CWE-400 / CWE-770 resource consumption ----------------
  bad(
    "CWE-770",
    "batch51: FastAPI search endpoint takes page_size from the query without an upper bound",
    src`
from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Listing

router = APIRouter()


@router.get("/listings")
def list_listings(page: int = 1, page_size: int = 20, db: Session = Depends(get_session)):
    stmt = select(Listing).order_by(Listing.id).offset((page - 1) * page_size).limit(page_size)
    return [l.to_dict() for l in db.scalars(stmt)]
`,
  ),
  good(
    "CWE-770",
    "batch51: FastAPI search endpoint bounds page_size with Query(le=...)",
    src`
from fastapi import APIRouter, Depends, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Listing

router = APIRouter()


@router.get("/listings")
def list_listings(
    page: int = Query(1, ge=1), page_size: int = Query(20, ge=1, le=100), db: Session = Depends(get_session)
):
    stmt = select(Listing).order_by(Listing.id).offset((page - 1) * page_size).limit(page_size)
    return [l.to_dict() for l in db.scalars(stmt)]
`,
  ),
  bad(
    "CWE-770",
    "batch51: Django export endpoint builds the export for a limit taken from the request",
    src`
import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse

from .models import Event


@login_required
def export_events(request):
    limit = int(request.GET.get("limit", "1000"))
    events = list(Event.objects.filter(account=request.user.account).order_by("-id")[:limit].values())
    return HttpResponse(json.dumps(events, default=str), content_type="application/json")
`,
  ),
  good(
    "CWE-770",
    "batch51: Django export caps the limit and streams",
    src`
import json

from django.contrib.auth.decorators import login_required
from django.http import StreamingHttpResponse

from .models import Event

MAX_EXPORT = 10_000


@login_required
def export_events(request):
    limit = min(max(int(request.GET.get("limit", "1000")), 1), MAX_EXPORT)
    qs = Event.objects.filter(account=request.user.account).order_by("-id")[:limit].values()

    def rows():
        for e in qs.iterator(chunk_size=500):
            yield json.dumps(e, default=str) + "\n"

    return StreamingHttpResponse(rows(), content_type="application/x-ndjson")
`,
  ),
  bad(
    "CWE-400",
    "batch51: Flask bulk-invite endpoint reads the whole uploaded CSV into memory with no size limit and sends one mail per row",
    src`
import csv
import io

from flask import Blueprint, request
from flask_login import login_required

from .mailer import send_invite

bulk = Blueprint("bulk", __name__)


@bulk.post("/invites/bulk")
@login_required
def bulk_invite():
    text = request.files["file"].read().decode("utf-8")
    sent = 0
    for row in csv.DictReader(io.StringIO(text)):
        send_invite(row["email"], row.get("name", ""))
        sent += 1
    return {"sent": sent}
`,
  ),
  bad(
    "CWE-770",
    "batch51: DRF pagination class lets the client choose page_size without max_page_size",
    src`
from rest_framework import viewsets
from rest_framework.pagination import PageNumberPagination

from .models import Comment
from .serializers import CommentSerializer


class FlexiblePagination(PageNumberPagination):
    page_size = 25
    page_size_query_param = "page_size"


class CommentViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Comment.objects.select_related("author").order_by("-created")
    serializer_class = CommentSerializer
    pagination_class = FlexiblePagination
`,
  ),
  good(
    "CWE-770",
    "batch51: DRF pagination class caps page_size with max_page_size",
    src`
from rest_framework import viewsets
from rest_framework.pagination import PageNumberPagination

from .models import Comment
from .serializers import CommentSerializer


class FlexiblePagination(PageNumberPagination):
    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 200


class CommentViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Comment.objects.select_related("author").order_by("-created")
    serializer_class = CommentSerializer
    pagination_class = FlexiblePagination
`,
  ),
  // ---------------- CWE-1333 / CWE-400 regular expressions ----------------
  bad(
    "CWE-1333",
    "batch51: comment mention parser uses a nested-quantifier pattern on the whole comment",
    src`
import re

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()
MENTION = re.compile(r"@((\w+\.?)+)+:")


class CommentIn(BaseModel):
    body: str


@router.post("/comments/mentions")
def mentions(comment: CommentIn) -> list[str]:
    return [m.group(1) for m in MENTION.finditer(comment.body)]
`,
  ),
  good(
    "CWE-1333",
    "batch51: comment mention parser uses a linear pattern and caps the body length",
    src`
import re

from fastapi import APIRouter
from pydantic import BaseModel, Field

router = APIRouter()
MENTION = re.compile(r"@([A-Za-z0-9_]{1,32}(?:\.[A-Za-z0-9_]{1,32}){0,3}):")


class CommentIn(BaseModel):
    body: str = Field(max_length=10_000)


@router.post("/comments/mentions")
def mentions(comment: CommentIn) -> list[str]:
    return [m.group(1) for m in MENTION.finditer(comment.body)]
`,
  ),
  bad(
    "CWE-1333",
    "batch51: search filter lets the user supply a regex applied to every row",
    src`
import re

from flask import Blueprint, jsonify, request

from .repo import all_products

search = Blueprint("search", __name__)


@search.get("/products/regex")
def regex_search():
    pattern = re.compile(request.args.get("pattern", ".*"), re.IGNORECASE)
    return jsonify([p for p in all_products() if pattern.search(p["description"])])
`,
  ),
  good(
    "CWE-1333",
    "batch51: search filter escapes the user text before building the pattern",
    src`
import re

from flask import Blueprint, jsonify, request

from .repo import all_products

search = Blueprint("search", __name__)


@search.get("/products/regex")
def regex_search():
    term = request.args.get("q", "")[:100]
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    return jsonify([p for p in all_products() if pattern.search(p["description"])])
`,
  ),
  bad(
    "CWE-1333",
    "batch51: profile settings validate the website field with an exponential URL regex",
    src`
import re

from django import forms

URL_RE = re.compile(r"^(https?://)?([a-zA-Z0-9]+([-.][a-zA-Z0-9]+)*)+\.[a-z]{2,}(/.*)?$")


class ProfileSettingsForm(forms.Form):
    display_name = forms.CharField(max_length=80)
    website = forms.CharField(required=False)

    def clean_website(self):
        value = self.cleaned_data["website"]
        if value and not URL_RE.match(value):
            raise forms.ValidationError("enter a valid URL")
        return value
`,
  ),
  // ---------------- CWE-611 XML external entities ----------------
  bad(
    "CWE-611",
    "batch51: contacts import parses an uploaded XML file with lxml and entity resolution on",
    src`
from fastapi import APIRouter, UploadFile
from lxml import etree

router = APIRouter()


def parse_contacts(data: bytes) -> list[dict]:
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(data, parser)
    return [{"name": c.findtext("name"), "email": c.findtext("email")} for c in root.iter("contact")]


@router.post("/contacts/import/xml")
async def import_xml(file: UploadFile):
    return {"contacts": parse_contacts(await file.read())}
`,
  ),
  good(
    "CWE-611",
    "batch51: contacts import parses the uploaded XML with defusedxml",
    src`
from defusedxml import ElementTree as SafeET
from fastapi import APIRouter, UploadFile

router = APIRouter()


def parse_contacts(data: bytes) -> list[dict]:
    root = SafeET.fromstring(data)
    return [{"name": c.findtext("name"), "email": c.findtext("email")} for c in root.iter("contact")]


@router.post("/contacts/import/xml")
async def import_xml(file: UploadFile):
    return {"contacts": parse_contacts(await file.read())}
`,
  ),
  bad(
    "CWE-611",
    "batch51: Django product feed import uses xml.sax with external general entities enabled",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges

from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse


class ProductHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.skus: list[str] = []

    def startElement(self, name, attrs):
        if name == "product":
            self.skus.append(attrs.get("sku"))


@staff_member_required
def import_feed(request):
    handler = ProductHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(request.FILES["feed"])
    return JsonResponse({"skus": handler.skus})
`,
  ),
  good(
    "CWE-611",
    "batch51: lxml parser for an import with resolve_entities=False and no network",
    src`
from flask import Blueprint, request
from lxml import etree

imports = Blueprint("imports", __name__)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@imports.post("/import/catalog")
def import_catalog():
    root = etree.fromstring(request.get_data(), PARSER)
    return {"items": len(root.findall("item"))}
`,
  ),
  bad(
    "CWE-611",
    "batch51: SAML-like SSO settings import parses metadata with a pulldom DOM and external entities",
    src`
from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges

from flask import Blueprint, request

sso = Blueprint("sso", __name__)


@sso.post("/admin/sso/metadata")
def upload_metadata():
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    doc = pulldom.parseString(request.get_data(as_text=True), parser=parser)
    entity_ids = []
    for event, node in doc:
        if event == pulldom.START_ELEMENT and node.tagName == "EntityDescriptor":
            entity_ids.append(node.getAttribute("entityID"))
    return {"entities": entity_ids}
`,
  ),
  // ---------------- CWE-94 / CWE-95 code injection ----------------
  bad(
    "CWE-95",
    "batch51: report builder evaluates a user-defined formula column with eval",
    src`
from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()


class FormulaColumn(BaseModel):
    name: str
    expression: str


class ReportRequest(BaseModel):
    rows: list[dict[str, float]]
    formulas: list[FormulaColumn] = []


def apply_formulas(rows: list[dict[str, float]], formulas: list[FormulaColumn]) -> list[dict]:
    out = []
    for row in rows:
        computed = dict(row)
        for f in formulas:
            computed[f.name] = eval(f.expression, {"__builtins__": {}}, computed)
        out.append(computed)
    return out


@router.post("/reports/preview")
def preview(req: ReportRequest):
    return apply_formulas(req.rows, req.formulas)
`,
  ),
  good(
    "CWE-95",
    "batch51: report builder evaluates formulas with a small AST interpreter over arithmetic only",
    src`
import ast
import operator

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter()
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


class FormulaColumn(BaseModel):
    name: str
    expression: str


class ReportRequest(BaseModel):
    rows: list[dict[str, float]]
    formulas: list[FormulaColumn] = []


def _eval(node: ast.AST, row: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, row)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in row:
        return row[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_eval(node.left, row), _eval(node.right, row))
    raise HTTPException(400, "unsupported formula")


@router.post("/reports/preview")
def preview(req: ReportRequest):
    out = []
    for row in req.rows:
        computed = dict(row)
        for f in req.formulas:
            computed[f.name] = _eval(ast.parse(f.expression, mode="eval"), computed)
        out.append(computed)
    return out
`,
  ),
  bad(
    "CWE-95",
    "batch51: Flask list filter turns the filter query into a lambda with eval",
    src`
from flask import Blueprint, jsonify, request

from .repo import load_orders

orders = Blueprint("orders", __name__)


def build_predicate(expr: str):
    return eval(f"lambda o: {expr}")


@orders.get("/orders/filter")
def filter_orders():
    predicate = build_predicate(request.args.get("where", "True"))
    return jsonify([o for o in load_orders() if predicate(o)])
`,
  ),
  good(
    "CWE-95",
    "batch51: Flask list filter parses field/op/value triples against an operator table",
    src`
import operator

from flask import Blueprint, abort, jsonify, request

from .repo import load_orders

orders = Blueprint("orders", __name__)
OPS = {"eq": operator.eq, "lt": operator.lt, "gt": operator.gt}
FIELDS = {"status", "total", "country"}


def build_predicate(field: str, op: str, value: str):
    if field not in FIELDS or op not in OPS:
        abort(400)
    return lambda o: OPS[op](str(o[field]), value)


@orders.get("/orders/filter")
def filter_orders():
    predicate = build_predicate(request.args["field"], request.args.get("op", "eq"), request.args.get("value", ""))
    return jsonify([o for o in load_orders() if predicate(o)])
`,
  ),
  bad(
    "CWE-94",
    "batch51: notification templates are rendered with Jinja2 from a template string the admin user edits in settings",
    src`
from fastapi import APIRouter, Depends
from jinja2 import Template
from pydantic import BaseModel

from .auth import current_user

router = APIRouter()


class TemplatePreview(BaseModel):
    template: str
    sample: dict = {}


@router.post("/settings/notification-template/preview")
def preview_template(body: TemplatePreview, user=Depends(current_user)):
    return {"rendered": Template(body.template).render(user=user, **body.sample)}
`,
  ),
  good(
    "CWE-94",
    "batch51: notification template preview renders in a Jinja2 SandboxedEnvironment",
    src`
from fastapi import APIRouter, Depends
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

from .auth import current_user

router = APIRouter()
sandbox = SandboxedEnvironment(autoescape=True)


class TemplatePreview(BaseModel):
    template: str
    sample: dict = {}


@router.post("/settings/notification-template/preview")
def preview_template(body: TemplatePreview, user=Depends(current_user)):
    rendered = sandbox.from_string(body.template).render(name=user.display_name, **body.sample)
    return {"rendered": rendered}
`,
  ),
  bad(
    "CWE-94",
    "batch51: Django integration config stores a Python snippet per webhook and execs it on delivery",
    src`
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Integration


@require_POST
def run_transform(request, pk: int):
    integration = Integration.objects.get(pk=pk, owner=request.user)
    scope = {"payload": request.POST.dict()}
    exec(integration.transform_code, scope)
    return JsonResponse(scope.get("result", {}))
`,
  ),
  // ---------------- CWE-117 log injection ----------------
  bad(
    "CWE-117",
    "batch51: search handler logs the raw query string",
    src`
import logging

from fastapi import APIRouter

router = APIRouter()
logger = logging.getLogger("search")


@router.get("/search")
async def search(q: str):
    logger.info(f"search query={q}")
    return {"q": q, "hits": []}
`,
  ),
  good(
    "CWE-117",
    "batch51: search handler logs the query with repr-escaping via %r",
    src`
import logging

from fastapi import APIRouter

router = APIRouter()
logger = logging.getLogger("search")


@router.get("/search")
async def search(q: str):
    logger.info("search query=%r", q[:200])
    return {"q": q, "hits": []}
`,
  ),
  bad(
    "CWE-117",
    "batch51: moderation audit logs the reason text from the form",
    src`
import logging

from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse

from .models import Post

audit = logging.getLogger("audit")


@staff_member_required
def remove_post(request, pk: int):
    reason = request.POST.get("reason", "")
    Post.objects.filter(pk=pk).update(removed=True)
    audit.warning("post %s removed by %s: %s", pk, request.user.username, reason)
    return JsonResponse({"removed": pk})
`,
  ),
  good(
    "CWE-117",
    "batch51: moderation audit strips CR/LF from the reason before logging",
    src`
import logging

from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse

from .models import Post

audit = logging.getLogger("audit")


@staff_member_required
def remove_post(request, pk: int):
    reason = request.POST.get("reason", "").replace("\r", " ").replace("\n", " ")
    Post.objects.filter(pk=pk).update(removed=True)
    audit.warning("post %s removed by %s: %s", pk, request.user.username, reason)
    return JsonResponse({"removed": pk})
`,
  ),
  bad(
    "CWE-117",
    "batch51: webhook receiver logs the event type header it was sent",
    src`
import logging

from flask import Blueprint, request

hooks = Blueprint("hooks", __name__)
log = logging.getLogger(__name__)


@hooks.post("/hooks/github")
def github_hook():
    event = request.headers.get("X-GitHub-Event", "unknown")
    log.info("received github event " + event)
    return {"ok": True}
`,
  ),
  // ---------------- CWE-113 header injection ----------------
  bad(
    "CWE-113",
    "batch51: Django export sets Content-Disposition from the export's user-chosen title",
    src`
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse

from .services import render_export


@login_required
def download_export(request):
    title = request.GET.get("title", "export")
    response = HttpResponse(render_export(request.user), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{title}.csv"'
    return response
`,
  ),
  good(
    "CWE-113",
    "batch51: Django export builds Content-Disposition with an RFC 5987 quoted name",
    src`
from urllib.parse import quote

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse

from .services import render_export


@login_required
def download_export(request):
    title = request.GET.get("title", "export")
    response = HttpResponse(render_export(request.user), content_type="text/csv")
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(title + '.csv')}"
    return response
`,
  ),
  bad(
    "CWE-113",
    "batch51: Flask file-share download echoes the original filename from the query into the header",
    src`
from flask import Blueprint, Response, request

from .storage import read_blob

files = Blueprint("files", __name__)


@files.get("/f/<blob_id>")
def download(blob_id: str):
    name = request.args.get("name", blob_id)
    resp = Response(read_blob(blob_id), mimetype="application/octet-stream")
    resp.headers["Content-Disposition"] = "attachment; filename=" + name
    return resp
`,
  ),
  good(
    "CWE-113",
    "batch51: Flask file-share download uses send_file's download_name",
    src`
import io

from flask import Blueprint, request, send_file

from .storage import read_blob

files = Blueprint("files", __name__)


@files.get("/f/<blob_id>")
def download(blob_id: str):
    name = request.args.get("name", blob_id)
    return send_file(io.BytesIO(read_blob(blob_id)), as_attachment=True, download_name=name)
`,
  ),
  bad(
    "CWE-113",
    "batch51: Starlette report response sets a custom X-Report-Name header from the query",
    src`
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

from .reports import build_report


async def report(request):
    name = request.query_params.get("name", "report")
    body = await build_report(name)
    return Response(body, media_type="text/plain", headers={"X-Report-Name": name})


app = Starlette(routes=[Route("/report", report)])
`,
  ),
  // ---------------- CWE-640 / CWE-307 account recovery and brute force ----------------
  bad(
    "CWE-640",
    "batch51: password reset link built from the Host header of the request",
    src`
import secrets

from flask import Blueprint, request

from .mailer import send_mail
from .models import User, save_reset_token

recover = Blueprint("recover", __name__)


@recover.post("/forgot-password")
def forgot_password():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user:
        token = secrets.token_urlsafe(32)
        save_reset_token(user, token)
        link = f"https://{request.headers['Host']}/reset/{token}"
        send_mail(user.email, "Reset your password", f"Reset here: {link}")
    return {"ok": True}
`,
  ),
  good(
    "CWE-640",
    "batch51: password reset link built from the configured site URL",
    src`
import secrets

from flask import Blueprint, current_app, request

from .mailer import send_mail
from .models import User, save_reset_token

recover = Blueprint("recover", __name__)


@recover.post("/forgot-password")
def forgot_password():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user:
        token = secrets.token_urlsafe(32)
        save_reset_token(user, token)
        link = f"{current_app.config['SITE_URL']}/reset/{token}"
        send_mail(user.email, "Reset your password", f"Reset here: {link}")
    return {"ok": True}
`,
  ),
  bad(
    "CWE-307",
    "batch51: share-link password check has no attempt limit while the login route is rate-limited",
    src`
from flask import Blueprint, abort, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.security import check_password_hash

from .models import Share, authenticate

limiter = Limiter(get_remote_address)
bp = Blueprint("shares", __name__)


@bp.post("/login")
@limiter.limit("5 per minute")
def login():
    return {"ok": authenticate(request.form["email"], request.form["password"]) is not None}


@bp.post("/s/<token>/unlock")
def unlock_share(token: str):
    share = Share.query.filter_by(token=token).first_or_404()
    if not check_password_hash(share.password_hash, request.form.get("password", "")):
        abort(403)
    return {"download_url": share.signed_url()}
`,
  ),
  good(
    "CWE-307",
    "batch51: share-link password check is rate-limited like the login route",
    src`
from flask import Blueprint, abort, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.security import check_password_hash

from .models import Share, authenticate

limiter = Limiter(get_remote_address)
bp = Blueprint("shares", __name__)


@bp.post("/login")
@limiter.limit("5 per minute")
def login():
    return {"ok": authenticate(request.form["email"], request.form["password"]) is not None}


@bp.post("/s/<token>/unlock")
@limiter.limit("5 per minute")
def unlock_share(token: str):
    share = Share.query.filter_by(token=token).first_or_404()
    if not check_password_hash(share.password_hash, request.form.get("password", "")):
        abort(403)
    return {"download_url": share.signed_url()}
`,
  ),
  // ---------------- more safe look-alikes ----------------
  good(
    "CWE-89",
    "batch51: dashboard counts run fixed text() statements with no caller input",
    src`
from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter()
COUNTS = {
    "users": text("SELECT count(*) FROM users"),
    "orders": text("SELECT count(*) FROM orders WHERE status = 'paid'"),
}


@router.get("/admin/dashboard")
def dashboard(db: Session = Depends(get_session)):
    return {name: db.execute(stmt).scalar_one() for name, stmt in COUNTS.items()}
`,
  ),
  good(
    "CWE-79",
    "batch51: Markup template formatted with the user's name (Markup.format escapes arguments)",
    src`
from flask import Blueprint, flash, redirect, request, url_for
from markupsafe import Markup

from .services import follow

social = Blueprint("social", __name__)


@social.post("/follow/<username>")
def follow_user(username: str):
    user = follow(username)
    flash(Markup("You now follow <strong>{}</strong>.").format(user.display_name))
    return redirect(url_for("social.feed"))
`,
  ),
  good(
    "CWE-22",
    "batch51: download serves a stored file whose path was generated server-side and is looked up by id and owner",
    src`
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from .models import Upload


@login_required
def download_upload(request, upload_id: int):
    upload = get_object_or_404(Upload, pk=upload_id, owner=request.user)
    return FileResponse(open(upload.storage_path, "rb"), as_attachment=True, filename=upload.original_name)
`,
  ),
  good(
    "CWE-918",
    "batch51: geocoding helper calls a fixed provider and passes the user's address as a query parameter",
    src`
import httpx
from fastapi import APIRouter

router = APIRouter()
GEOCODER = "https://nominatim.openstreetmap.org/search"


@router.get("/geocode")
async def geocode(address: str):
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.get(GEOCODER, params={"q": address, "format": "json", "limit": 1})
    results = resp.json()
    return results[0] if results else {}
`,
  ),
  good(
    "CWE-601",
    "batch51: after saving a filter the view redirects to url_for with the filter id as a query argument",
    src`
from flask import Blueprint, redirect, request, url_for
from flask_login import current_user, login_required

from .services import save_filter

filters = Blueprint("filters", __name__)


@filters.post("/filters")
@login_required
def create_filter():
    saved = save_filter(current_user.id, request.form["name"], request.form["query"])
    return redirect(url_for("search.results", filter_id=saved.id, q=request.form["query"]))
`,
  ),
  good(
    "CWE-1236",
    "batch51: CSV export sanitises every cell through one helper before csv.writer",
    src`
import csv
import io
import re

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from .repo import LeadRepo

router = APIRouter()
RISKY = re.compile(r"^[=+\-@\t\r]")


def clean(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if RISKY.match(text) else text


@router.get("/leads/export.csv")
def export_leads(repo: LeadRepo = Depends()):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["name", "company", "source"])
    for lead in repo.all():
        writer.writerow([clean(lead.name), clean(lead.company), clean(lead.source)])
    return Response(buf.getvalue(), media_type="text/csv")
`,
  ),
  good(
    "CWE-532",
    "batch51: login audit logs the user id and outcome, not the submitted password",
    src`
import logging

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from .services import verify_credentials

router = APIRouter()
audit = logging.getLogger("audit")


class Credentials(BaseModel):
    username: str
    password: str


@router.post("/login")
def login(creds: Credentials):
    user = verify_credentials(creds.username, creds.password)
    audit.info("login %s for user_id=%s", "ok" if user else "failed", getattr(user, "id", None))
    if user is None:
        raise HTTPException(401)
    return {"id": user.id}
`,
  ),
  good(
    "CWE-915",
    "batch51: DRF profile serializer with explicit fields and role fields read-only",
    src`
from rest_framework import serializers, viewsets
from rest_framework.permissions import IsAuthenticated

from .models import Profile


class ProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = Profile
        fields = ["id", "bio", "website", "is_verified", "plan"]
        read_only_fields = ["id", "is_verified", "plan"]


class ProfileViewSet(viewsets.ModelViewSet):
    serializer_class = ProfileSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return Profile.objects.filter(user=self.request.user)
`,
  ),
  good(
    "CWE-113",
    "batch51: Django export sets Content-Disposition from get_valid_filename of the title",
    src`
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.utils.text import get_valid_filename

from .services import render_export


@login_required
def download_export(request):
    title = get_valid_filename(request.GET.get("title", "export"))[:80] or "export"
    response = HttpResponse(render_export(request.user), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{title}.csv"'
    return response
`,
  ),
  good(
    "CWE-95",
    "batch51: saved filter settings parsed with ast.literal_eval for an old storage format",
    src`
import ast
import json

from flask import Blueprint, jsonify
from flask_login import current_user, login_required

settings_bp = Blueprint("settings", __name__)


def load_filters(raw: str) -> dict:
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        value = ast.literal_eval(raw)
        return value if isinstance(value, dict) else {}


@settings_bp.get("/settings/filters")
@login_required
def get_filters():
    return jsonify(load_filters(current_user.saved_filters or "{}"))
`,
  ),
];
