// Dev suite "py-snippets", batch 49 (see py-snippets.ts): written blind, measured before any fix it prompted. Code
// written the way a current coding assistant answers a request (type hints, dataclasses and pydantic models,
// pathlib, f-strings, async def, FastAPI routers with Depends, SQLAlchemy 2.0 select()/text(), Django class-based
// views and DRF viewsets, click/typer CLIs, httpx, subprocess lists, helpers split across a module). Weighted toward
// the authorisation/authentication family (306/862/863/287/269/352: a route that changes data with no auth
// dependency beside one that has it, an object fetched by id without an owner check, a role check that compares the
// wrong field), the rest of the 2024 Top 25 that applies to Python, and a few each of 601, 209, 532, 327/328,
// 330/338, 611, 1333, 377 and 915. Each beside fixed twins or safe look-alikes. Own code, never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH49: DevCase[] = [
  // ---------------- CWE-306 a route that changes data with no auth dependency ----------------
  bad(
    "CWE-306",
    "batch49: FastAPI items router: the read route depends on get_current_user, the delete route only on the session",
    src`
from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.orm import Session

from .db import get_session
from .deps import get_current_user
from .models import Item, User

router = APIRouter(prefix="/items", tags=["items"])


@router.get("/{item_id}")
def read_item(
    item_id: int,
    session: Session = Depends(get_session),
    user: User = Depends(get_current_user),
) -> dict:
    item = session.get(Item, item_id)
    if item is None or item.owner_id != user.id:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return {"id": item.id, "name": item.name}


@router.delete("/{item_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_item(item_id: int, session: Session = Depends(get_session)) -> None:
    item = session.get(Item, item_id)
    if item is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    session.delete(item)
    session.commit()
`,
  ),
  good(
    "CWE-306",
    "batch49: FastAPI items router: both the read and the delete route depend on get_current_user and check the owner",
    src`
from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.orm import Session

from .db import get_session
from .deps import get_current_user
from .models import Item, User

router = APIRouter(prefix="/items", tags=["items"])


def _owned_item(session: Session, item_id: int, user: User) -> Item:
    item = session.get(Item, item_id)
    if item is None or item.owner_id != user.id:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return item


@router.get("/{item_id}")
def read_item(
    item_id: int,
    session: Session = Depends(get_session),
    user: User = Depends(get_current_user),
) -> dict:
    item = _owned_item(session, item_id, user)
    return {"id": item.id, "name": item.name}


@router.delete("/{item_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_item(
    item_id: int,
    session: Session = Depends(get_session),
    user: User = Depends(get_current_user),
) -> None:
    session.delete(_owned_item(session, item_id, user))
    session.commit()
`,
  ),
  bad(
    "CWE-306",
    "batch49: Flask settings blueprint: the page is login_required, the POST that resets the API key is not",
    src`
from flask import Blueprint, jsonify, render_template, request
from flask_login import current_user, login_required

from .extensions import db
from .models import Account
from .security import new_api_key

bp = Blueprint("settings", __name__, url_prefix="/settings")


@bp.get("/")
@login_required
def settings_page():
    return render_template("settings.html", account=current_user.account)


@bp.post("/api-key/reset")
def reset_api_key():
    account = db.session.get(Account, request.form["account_id"])
    account.api_key = new_api_key()
    db.session.commit()
    return jsonify(api_key=account.api_key)
`,
  ),
  good(
    "CWE-306",
    "batch49: Flask settings blueprint: the API key reset is login_required and works on the signed-in account",
    src`
from flask import Blueprint, jsonify, render_template
from flask_login import current_user, login_required

from .extensions import db
from .security import new_api_key

bp = Blueprint("settings", __name__, url_prefix="/settings")


@bp.get("/")
@login_required
def settings_page():
    return render_template("settings.html", account=current_user.account)


@bp.post("/api-key/reset")
@login_required
def reset_api_key():
    account = current_user.account
    account.api_key = new_api_key()
    db.session.commit()
    return jsonify(api_key=account.api_key)
`,
  ),
  bad(
    "CWE-306",
    "batch49: Django reports: the list view uses LoginRequiredMixin, the delete view forgot it",
    src`
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.views.generic import DeleteView, ListView

from .models import Report


class ReportListView(LoginRequiredMixin, ListView):
    model = Report
    template_name = "reports/list.html"

    def get_queryset(self):
        return Report.objects.filter(owner=self.request.user)


class ReportDeleteView(DeleteView):
    model = Report
    success_url = reverse_lazy("reports:list")
`,
  ),
  good(
    "CWE-306",
    "batch49: Django reports: list and delete views both use LoginRequiredMixin and scope to the owner",
    src`
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.views.generic import DeleteView, ListView

from .models import Report


class OwnedReportsMixin(LoginRequiredMixin):
    def get_queryset(self):
        return Report.objects.filter(owner=self.request.user)


class ReportListView(OwnedReportsMixin, ListView):
    model = Report
    template_name = "reports/list.html"


class ReportDeleteView(OwnedReportsMixin, DeleteView):
    model = Report
    success_url = reverse_lazy("reports:list")
`,
  ),
  bad(
    "CWE-306",
    "batch49: DRF invoices viewset opens every action with AllowAny while the customers viewset needs IsAuthenticated",
    src`
from rest_framework import permissions, viewsets

from .models import Customer, Invoice
from .serializers import CustomerSerializer, InvoiceSerializer


class CustomerViewSet(viewsets.ModelViewSet):
    queryset = Customer.objects.all()
    serializer_class = CustomerSerializer
    permission_classes = [permissions.IsAuthenticated]


class InvoiceViewSet(viewsets.ModelViewSet):
    queryset = Invoice.objects.all()
    serializer_class = InvoiceSerializer
    permission_classes = [permissions.AllowAny]
`,
  ),
  good(
    "CWE-306",
    "batch49: DRF: a public read-only plans viewset with AllowAny beside an authenticated invoices viewset",
    src`
from rest_framework import permissions, viewsets

from .models import Invoice, Plan
from .serializers import InvoiceSerializer, PlanSerializer


class PlanViewSet(viewsets.ReadOnlyModelViewSet):
    """Pricing plans shown on the public pricing page."""

    queryset = Plan.objects.filter(public=True)
    serializer_class = PlanSerializer
    permission_classes = [permissions.AllowAny]


class InvoiceViewSet(viewsets.ModelViewSet):
    serializer_class = InvoiceSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Invoice.objects.filter(customer__user=self.request.user)
`,
  ),
  bad(
    "CWE-306",
    "batch49: FastAPI app: admin routes depend on require_admin, the cache flush and user import routes have none",
    src`
from fastapi import Depends, FastAPI, UploadFile

from .auth import require_admin
from .cache import cache
from .importer import import_users_csv

app = FastAPI()


@app.get("/admin/stats", dependencies=[Depends(require_admin)])
async def stats() -> dict:
    return {"keys": await cache.size()}


@app.post("/admin/cache/flush")
async def flush_cache() -> dict:
    await cache.clear()
    return {"ok": True}


@app.post("/admin/users/import")
async def import_users(file: UploadFile) -> dict:
    count = await import_users_csv(await file.read())
    return {"imported": count}
`,
  ),
  good(
    "CWE-306",
    "batch49: FastAPI admin router carries require_admin at router level, so its routes need no per-route Depends",
    src`
from fastapi import APIRouter, Depends, FastAPI, UploadFile

from .auth import require_admin
from .cache import cache
from .importer import import_users_csv

admin = APIRouter(prefix="/admin", dependencies=[Depends(require_admin)])


@admin.get("/stats")
async def stats() -> dict:
    return {"keys": await cache.size()}


@admin.post("/cache/flush")
async def flush_cache() -> dict:
    await cache.clear()
    return {"ok": True}


@admin.post("/users/import")
async def import_users(file: UploadFile) -> dict:
    return {"imported": await import_users_csv(await file.read())}


app = FastAPI()
app.include_router(admin)


@app.get("/healthz")
async def healthz() -> dict:
    return {"status": "ok"}
`,
  ),
  bad(
    "CWE-306",
    "batch49: aiohttp app: the orders listing checks the session user, the refund handler does not",
    src`
from aiohttp import web
from aiohttp_session import get_session

from .payments import refund_order
from .store import list_orders

routes = web.RouteTableDef()


@routes.get("/orders")
async def orders(request: web.Request) -> web.Response:
    session = await get_session(request)
    if "user_id" not in session:
        raise web.HTTPUnauthorized()
    return web.json_response(await list_orders(session["user_id"]))


@routes.post("/orders/{order_id}/refund")
async def refund(request: web.Request) -> web.Response:
    order_id = int(request.match_info["order_id"])
    await refund_order(order_id)
    return web.json_response({"refunded": order_id})
`,
  ),
  // ---------------- CWE-862 an object fetched by id without an owner check ----------------
  bad(
    "CWE-862",
    "batch49: FastAPI invoice route loads the invoice by id for any signed-in user; the list route filters by owner",
    src`
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .deps import get_current_user
from .models import Invoice, User
from .schemas import InvoiceOut

router = APIRouter(prefix="/invoices")


@router.get("/", response_model=list[InvoiceOut])
def list_invoices(session: Session = Depends(get_session), user: User = Depends(get_current_user)):
    return session.scalars(select(Invoice).where(Invoice.owner_id == user.id)).all()


@router.get("/{invoice_id}", response_model=InvoiceOut)
def get_invoice(
    invoice_id: int,
    session: Session = Depends(get_session),
    user: User = Depends(get_current_user),
):
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise HTTPException(404, "invoice not found")
    return invoice
`,
  ),
  good(
    "CWE-862",
    "batch49: FastAPI invoice route answers 404 unless the invoice belongs to the signed-in user",
    src`
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .deps import get_current_user
from .models import Invoice, User
from .schemas import InvoiceOut

router = APIRouter(prefix="/invoices")


@router.get("/{invoice_id}", response_model=InvoiceOut)
def get_invoice(
    invoice_id: int,
    session: Session = Depends(get_session),
    user: User = Depends(get_current_user),
):
    invoice = session.scalar(
        select(Invoice).where(Invoice.id == invoice_id, Invoice.owner_id == user.id)
    )
    if invoice is None:
        raise HTTPException(404, "invoice not found")
    return invoice
`,
  ),
  bad(
    "CWE-862",
    "batch49: Django DetailView/UpdateView for private notes behind LoginRequiredMixin with the default queryset",
    src`
from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import DetailView, UpdateView

from .models import Note


class NoteDetailView(LoginRequiredMixin, DetailView):
    model = Note
    template_name = "notes/detail.html"


class NoteUpdateView(LoginRequiredMixin, UpdateView):
    model = Note
    fields = ["title", "body"]
    template_name = "notes/edit.html"
`,
  ),
  good(
    "CWE-862",
    "batch49: Django note views narrow get_queryset to the signed-in author",
    src`
from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import DetailView, UpdateView

from .models import Note


class AuthorNotesMixin(LoginRequiredMixin):
    model = Note

    def get_queryset(self):
        return Note.objects.filter(author=self.request.user)


class NoteDetailView(AuthorNotesMixin, DetailView):
    template_name = "notes/detail.html"


class NoteUpdateView(AuthorNotesMixin, UpdateView):
    fields = ["title", "body"]
    template_name = "notes/edit.html"
`,
  ),
  bad(
    "CWE-862",
    "batch49: DRF orders viewset needs authentication but serves and updates every order to every user",
    src`
from rest_framework import permissions, viewsets

from .models import Order
from .serializers import OrderSerializer


class OrderViewSet(viewsets.ModelViewSet):
    """Customers view and amend their orders."""

    queryset = Order.objects.select_related("customer").all()
    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAuthenticated]

    def perform_create(self, serializer):
        serializer.save(customer=self.request.user)
`,
  ),
  good(
    "CWE-862",
    "batch49: DRF orders viewset scopes its queryset to the requesting customer",
    src`
from rest_framework import permissions, viewsets

from .models import Order
from .serializers import OrderSerializer


class OrderViewSet(viewsets.ModelViewSet):
    """Customers view and amend their orders."""

    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Order.objects.select_related("customer").filter(customer=self.request.user)

    def perform_create(self, serializer):
        serializer.save(customer=self.request.user)
`,
  ),
  bad(
    "CWE-862",
    "batch49: Flask comment delete is login_required but never compares the comment author to current_user",
    src`
from flask import Blueprint, abort, redirect, url_for
from flask_login import current_user, login_required

from .extensions import db
from .models import Comment

bp = Blueprint("comments", __name__)


@bp.post("/comments/<int:comment_id>/edit")
@login_required
def edit_comment(comment_id: int):
    comment = db.get_or_404(Comment, comment_id)
    if comment.author_id != current_user.id:
        abort(403)
    return redirect(url_for("comments.form", comment_id=comment.id))


@bp.post("/comments/<int:comment_id>/delete")
@login_required
def delete_comment(comment_id: int):
    comment = db.get_or_404(Comment, comment_id)
    db.session.delete(comment)
    db.session.commit()
    return redirect(url_for("posts.show", post_id=comment.post_id))
`,
  ),
  good(
    "CWE-862",
    "batch49: Flask comment delete aborts 403 unless the author or a moderator asks",
    src`
from flask import Blueprint, abort, redirect, url_for
from flask_login import current_user, login_required

from .extensions import db
from .models import Comment

bp = Blueprint("comments", __name__)


@bp.post("/comments/<int:comment_id>/delete")
@login_required
def delete_comment(comment_id: int):
    comment = db.get_or_404(Comment, comment_id)
    if comment.author_id != current_user.id and not current_user.is_moderator:
        abort(403)
    db.session.delete(comment)
    db.session.commit()
    return redirect(url_for("posts.show", post_id=comment.post_id))
`,
  ),
  bad(
    "CWE-862",
    "batch49: FastAPI user moderation: promote depends on require_admin, ban only on get_current_user",
    src`
from fastapi import APIRouter, Depends
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from .db import get_session
from .deps import get_current_user, require_admin
from .models import User

router = APIRouter(prefix="/users")


@router.post("/{user_id}/promote")
async def promote(user_id: int, session: AsyncSession = Depends(get_session), admin: User = Depends(require_admin)):
    await session.execute(update(User).where(User.id == user_id).values(role="moderator"))
    await session.commit()
    return {"ok": True}


@router.post("/{user_id}/ban")
async def ban(user_id: int, session: AsyncSession = Depends(get_session), me: User = Depends(get_current_user)):
    await session.execute(update(User).where(User.id == user_id).values(banned=True))
    await session.commit()
    return {"ok": True}
`,
  ),
  good(
    "CWE-862",
    "batch49: FastAPI user moderation: promote and ban both depend on require_admin",
    src`
from fastapi import APIRouter, Depends
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from .db import get_session
from .deps import require_admin
from .models import User

router = APIRouter(prefix="/users")


@router.post("/{user_id}/promote")
async def promote(user_id: int, session: AsyncSession = Depends(get_session), admin: User = Depends(require_admin)):
    await session.execute(update(User).where(User.id == user_id).values(role="moderator"))
    await session.commit()
    return {"ok": True}


@router.post("/{user_id}/ban")
async def ban(user_id: int, session: AsyncSession = Depends(get_session), admin: User = Depends(require_admin)):
    await session.execute(update(User).where(User.id == user_id).values(banned=True))
    await session.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-862",
    "batch49: notes service updates a note by id alone; the route hands it the user but the service never uses it",
    src`
from dataclasses import dataclass

from fastapi import APIRouter, Depends
from pydantic import BaseModel
from sqlalchemy import update
from sqlalchemy.orm import Session

from .db import get_session
from .deps import get_current_user
from .models import Note, User


class NotePatch(BaseModel):
    body: str


@dataclass
class NoteService:
    session: Session

    def update_body(self, note_id: int, body: str, user: User) -> None:
        self.session.execute(update(Note).where(Note.id == note_id).values(body=body))
        self.session.commit()


router = APIRouter()


@router.patch("/notes/{note_id}")
def patch_note(note_id: int, patch: NotePatch, session: Session = Depends(get_session), user: User = Depends(get_current_user)):
    NoteService(session).update_body(note_id, patch.body, user)
    return {"ok": True}
`,
  ),
  good(
    "CWE-862",
    "batch49: notes service updates only a note the user owns and reports 404 otherwise",
    src`
from dataclasses import dataclass

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import update
from sqlalchemy.orm import Session

from .db import get_session
from .deps import get_current_user
from .models import Note, User


class NotePatch(BaseModel):
    body: str


@dataclass
class NoteService:
    session: Session

    def update_body(self, note_id: int, body: str, user: User) -> bool:
        result = self.session.execute(
            update(Note).where(Note.id == note_id, Note.owner_id == user.id).values(body=body)
        )
        self.session.commit()
        return result.rowcount == 1


router = APIRouter()


@router.patch("/notes/{note_id}")
def patch_note(note_id: int, patch: NotePatch, session: Session = Depends(get_session), user: User = Depends(get_current_user)):
    if not NoteService(session).update_body(note_id, patch.body, user):
        raise HTTPException(404)
    return {"ok": True}
`,
  ),
  bad(
    "CWE-862",
    "batch49: Django function view edits the profile named by the URL pk for any signed-in user",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render

from .forms import ProfileForm
from .models import Profile


@login_required
def edit_profile(request, pk: int):
    profile = get_object_or_404(Profile, pk=pk)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("profiles:detail", pk=profile.pk)
    return render(request, "profiles/edit.html", {"form": form})
`,
  ),
  good(
    "CWE-862",
    "batch49: Django function view edits the signed-in user's own profile",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render

from .forms import ProfileForm
from .models import Profile


@login_required
def edit_profile(request, pk: int):
    profile = get_object_or_404(Profile, pk=pk, user=request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("profiles:detail", pk=profile.pk)
    return render(request, "profiles/edit.html", {"form": form})
`,
  ),
  // ---------------- CWE-863 a check that looks at the wrong thing ----------------
  bad(
    "CWE-863",
    "batch49: require_admin dependency decides admin by the e-mail address containing 'admin'",
    src`
from fastapi import Depends, HTTPException, status

from .deps import get_current_user
from .models import User


def require_admin(user: User = Depends(get_current_user)) -> User:
    """Allow only administrators through."""
    if "admin" not in user.email:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admins only")
    return user
`,
  ),
  good(
    "CWE-863",
    "batch49: require_admin dependency checks the stored role enum",
    src`
from fastapi import Depends, HTTPException, status

from .deps import get_current_user
from .models import Role, User


def require_admin(user: User = Depends(get_current_user)) -> User:
    """Allow only administrators through."""
    if user.role is not Role.ADMIN:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admins only")
    return user
`,
  ),
  bad(
    "CWE-863",
    "batch49: document owner check compares the document's own id to the user's id",
    src`
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from .db import get_session
from .deps import get_current_user
from .models import Document, User

router = APIRouter()


def get_owned_document(doc_id: int, session: Session, user: User) -> Document:
    doc = session.get(Document, doc_id)
    if doc is None:
        raise HTTPException(404)
    if doc.id != user.id:
        raise HTTPException(403, "not your document")
    return doc


@router.delete("/documents/{doc_id}")
def delete_document(doc_id: int, session: Session = Depends(get_session), user: User = Depends(get_current_user)):
    session.delete(get_owned_document(doc_id, session, user))
    session.commit()
    return {"deleted": doc_id}
`,
  ),
  good(
    "CWE-863",
    "batch49: document owner check compares the document's owner_id to the user's id",
    src`
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from .db import get_session
from .deps import get_current_user
from .models import Document, User

router = APIRouter()


def get_owned_document(doc_id: int, session: Session, user: User) -> Document:
    doc = session.get(Document, doc_id)
    if doc is None:
        raise HTTPException(404)
    if doc.owner_id != user.id:
        raise HTTPException(403, "not your document")
    return doc


@router.delete("/documents/{doc_id}")
def delete_document(doc_id: int, session: Session = Depends(get_session), user: User = Depends(get_current_user)):
    session.delete(get_owned_document(doc_id, session, user))
    session.commit()
    return {"deleted": doc_id}
`,
  ),
  bad(
    "CWE-863",
    "batch49: Flask admin guard trusts an X-User-Role request header",
    src`
from functools import wraps

from flask import abort, request


def admin_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if request.headers.get("X-User-Role", "").lower() != "admin":
            abort(403)
        return view(*args, **kwargs)

    return wrapper
`,
  ),
  good(
    "CWE-863",
    "batch49: Flask admin guard reads the role of the signed-in user from the database",
    src`
from functools import wraps

from flask import abort
from flask_login import current_user


def admin_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not current_user.is_authenticated or current_user.role != "admin":
            abort(403)
        return view(*args, **kwargs)

    return wrapper
`,
  ),
  bad(
    "CWE-863",
    "batch49: DRF IsOwner permission returns whether the user is authenticated instead of comparing the owner",
    src`
from rest_framework import permissions, viewsets

from .models import Project
from .serializers import ProjectSerializer


class IsOwner(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        return bool(request.user and request.user.is_authenticated)


class ProjectViewSet(viewsets.ModelViewSet):
    queryset = Project.objects.all()
    serializer_class = ProjectSerializer
    permission_classes = [permissions.IsAuthenticated, IsOwner]
`,
  ),
  good(
    "CWE-863",
    "batch49: DRF IsOwner permission compares obj.owner to the requesting user",
    src`
from rest_framework import permissions, viewsets

from .models import Project
from .serializers import ProjectSerializer


class IsOwner(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        return obj.owner == request.user


class ProjectViewSet(viewsets.ModelViewSet):
    queryset = Project.objects.all()
    serializer_class = ProjectSerializer
    permission_classes = [permissions.IsAuthenticated, IsOwner]
`,
  ),
  bad(
    "CWE-863",
    "batch49: scope check tests 'admin' as a substring of the space-separated scope string",
    src`
import jwt
from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer

from .config import settings

oauth2 = OAuth2PasswordBearer(tokenUrl="/token")


def require_scope_admin(token: str = Depends(oauth2)) -> dict:
    claims = jwt.decode(token, settings.jwt_secret, algorithms=["HS256"])
    if "admin" not in claims.get("scope", ""):
        raise HTTPException(403, "missing admin scope")
    return claims
`,
  ),
  good(
    "CWE-863",
    "batch49: scope check splits the scope string and tests membership of the admin scope",
    src`
import jwt
from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer

from .config import settings

oauth2 = OAuth2PasswordBearer(tokenUrl="/token")


def require_scope_admin(token: str = Depends(oauth2)) -> dict:
    claims = jwt.decode(token, settings.jwt_secret, algorithms=["HS256"])
    if "admin" not in claims.get("scope", "").split():
        raise HTTPException(403, "missing admin scope")
    return claims
`,
  ),
  bad(
    "CWE-863",
    "batch49: project access check lets any authenticated user through because of an 'or'",
    src`
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render

from .models import Project


def project_detail(request, slug: str):
    project = get_object_or_404(Project, slug=slug)
    if not (project.owner_id == request.user.id or request.user.is_authenticated):
        raise PermissionDenied
    return render(request, "projects/detail.html", {"project": project})
`,
  ),
  good(
    "CWE-863",
    "batch49: project access check lets the owner or a project member through",
    src`
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render

from .models import Project


def project_detail(request, slug: str):
    project = get_object_or_404(Project, slug=slug)
    if not (project.owner_id == request.user.id or project.members.filter(pk=request.user.pk).exists()):
        raise PermissionDenied
    return render(request, "projects/detail.html", {"project": project})
`,
  ),
  // ---------------- CWE-287 authentication that does not authenticate ----------------
  bad(
    "CWE-287",
    "batch49: login endpoint finds the user by e-mail and issues a token when any password is given",
    src`
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import User
from .tokens import issue_access_token

router = APIRouter()


class LoginIn(BaseModel):
    email: EmailStr
    password: str


@router.post("/login")
def login(body: LoginIn, session: Session = Depends(get_session)) -> dict:
    user = session.scalar(select(User).where(User.email == body.email))
    if user is None or not body.password:
        raise HTTPException(401, "invalid credentials")
    return {"access_token": issue_access_token(user.id), "token_type": "bearer"}
`,
  ),
  good(
    "CWE-287",
    "batch49: login endpoint verifies the password against the stored argon2 hash",
    src`
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import User
from .tokens import issue_access_token

router = APIRouter()
hasher = PasswordHasher()


class LoginIn(BaseModel):
    email: EmailStr
    password: str


@router.post("/login")
def login(body: LoginIn, session: Session = Depends(get_session)) -> dict:
    user = session.scalar(select(User).where(User.email == body.email))
    try:
        if user is None:
            raise VerifyMismatchError
        hasher.verify(user.password_hash, body.password)
    except VerifyMismatchError:
        raise HTTPException(401, "invalid credentials")
    return {"access_token": issue_access_token(user.id), "token_type": "bearer"}
`,
  ),
  bad(
    "CWE-287",
    "batch49: authenticate() calls bcrypt.checkpw but ignores its result",
    src`
import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import User


def authenticate(session: Session, username: str, password: str) -> User | None:
    """Return the user when the username and password match, else None."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        return None
    bcrypt.checkpw(password.encode(), user.password_hash.encode())
    return user
`,
  ),
  good(
    "CWE-287",
    "batch49: authenticate() returns the user only when bcrypt.checkpw succeeds",
    src`
import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import User


def authenticate(session: Session, username: str, password: str) -> User | None:
    """Return the user when the username and password match, else None."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        return None
    if not bcrypt.checkpw(password.encode(), user.password_hash.encode()):
        return None
    return user
`,
  ),
  bad(
    "CWE-287",
    "batch49: bearer-token dependency accepts any non-empty Authorization header",
    src`
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()


def require_token(authorization: Annotated[str | None, Header()] = None) -> str:
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, "missing token")
    return authorization.removeprefix("Bearer ")


@app.post("/deployments")
def create_deployment(spec: dict, token: str = Depends(require_token)) -> dict:
    return {"queued": spec.get("name")}
`,
  ),
  good(
    "CWE-287",
    "batch49: bearer-token dependency compares the token to the configured one with compare_digest",
    src`
import hmac
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException

from .config import settings

app = FastAPI()


def require_token(authorization: Annotated[str | None, Header()] = None) -> str:
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, "missing token")
    token = authorization.removeprefix("Bearer ")
    if not hmac.compare_digest(token, settings.deploy_token.get_secret_value()):
        raise HTTPException(401, "bad token")
    return token


@app.post("/deployments")
def create_deployment(spec: dict, token: str = Depends(require_token)) -> dict:
    return {"queued": spec.get("name")}
`,
  ),
  bad(
    "CWE-287",
    "batch49: Django login view signs the user in when the account exists and has a usable password",
    src`
from django.contrib.auth import get_user_model, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

User = get_user_model()


def sign_in(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        user = User.objects.filter(username=request.POST["username"]).first()
        if user is not None and user.has_usable_password():
            login(request, user)
            return redirect("dashboard")
    return render(request, "accounts/login.html")
`,
  ),
  good(
    "CWE-287",
    "batch49: Django login view uses authenticate() with the submitted password",
    src`
from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render


def sign_in(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            return redirect("dashboard")
    return render(request, "accounts/login.html")
`,
  ),
  bad(
    "CWE-287",
    "batch49: API key check also accepts any key that starts with the test prefix",
    src`
from fastapi import Depends, HTTPException, Security
from fastapi.security import APIKeyHeader
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import ApiKey

api_key_header = APIKeyHeader(name="X-API-Key")


def require_api_key(key: str = Security(api_key_header), session: Session = Depends(get_session)) -> str:
    if key.startswith("test_"):
        return key
    if session.scalar(select(ApiKey).where(ApiKey.key == key, ApiKey.active.is_(True))) is None:
        raise HTTPException(401, "invalid API key")
    return key
`,
  ),
  // ---------------- CWE-269 privilege management ----------------
  bad(
    "CWE-269",
    "batch49: sign-up schema carries a role field and the route builds the user from the whole payload",
    src`
from fastapi import APIRouter, Depends
from pydantic import BaseModel, EmailStr
from sqlalchemy.orm import Session

from .db import get_session
from .models import User
from .security import hash_password

router = APIRouter()


class SignUp(BaseModel):
    email: EmailStr
    password: str
    display_name: str
    role: str = "member"


@router.post("/signup", status_code=201)
def signup(body: SignUp, session: Session = Depends(get_session)) -> dict:
    data = body.model_dump()
    data["password_hash"] = hash_password(data.pop("password"))
    user = User(**data)
    session.add(user)
    session.commit()
    return {"id": user.id}
`,
  ),
  good(
    "CWE-269",
    "batch49: sign-up schema has no role; the server assigns the member role",
    src`
from fastapi import APIRouter, Depends
from pydantic import BaseModel, EmailStr
from sqlalchemy.orm import Session

from .db import get_session
from .models import User
from .security import hash_password

router = APIRouter()


class SignUp(BaseModel):
    email: EmailStr
    password: str
    display_name: str


@router.post("/signup", status_code=201)
def signup(body: SignUp, session: Session = Depends(get_session)) -> dict:
    user = User(
        email=body.email,
        display_name=body.display_name,
        password_hash=hash_password(body.password),
        role="member",
    )
    session.add(user)
    session.commit()
    return {"id": user.id}
`,
  ),
  bad(
    "CWE-269",
    "batch49: Django account settings view lets the user tick is_staff on their own account",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.views.decorators.http import require_POST


@login_required
@require_POST
def update_account(request):
    user = request.user
    user.first_name = request.POST.get("first_name", user.first_name)
    user.last_name = request.POST.get("last_name", user.last_name)
    user.is_staff = request.POST.get("is_staff") == "on"
    user.save()
    return redirect("account")
`,
  ),
  good(
    "CWE-269",
    "batch49: Django account settings view changes only the user's names",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.views.decorators.http import require_POST


@login_required
@require_POST
def update_account(request):
    user = request.user
    user.first_name = request.POST.get("first_name", user.first_name)
    user.last_name = request.POST.get("last_name", user.last_name)
    user.save(update_fields=["first_name", "last_name"])
    return redirect("account")
`,
  ),
  bad(
    "CWE-269",
    "batch49: role service lets any moderator grant any role, admin included",
    src`
from enum import IntEnum

from sqlalchemy.orm import Session

from .models import User


class Role(IntEnum):
    MEMBER = 1
    MODERATOR = 2
    ADMIN = 3


class PermissionDenied(Exception):
    pass


def set_role(session: Session, actor: User, target_id: int, role: Role) -> None:
    """Change another user's role."""
    if actor.role < Role.MODERATOR:
        raise PermissionDenied("moderators only")
    target = session.get(User, target_id)
    target.role = role
    session.commit()
`,
  ),
  good(
    "CWE-269",
    "batch49: role service lets an actor grant only roles below their own",
    src`
from enum import IntEnum

from sqlalchemy.orm import Session

from .models import User


class Role(IntEnum):
    MEMBER = 1
    MODERATOR = 2
    ADMIN = 3


class PermissionDenied(Exception):
    pass


def set_role(session: Session, actor: User, target_id: int, role: Role) -> None:
    """Change another user's role."""
    if actor.role < Role.MODERATOR or role >= actor.role:
        raise PermissionDenied("cannot grant a role at or above your own")
    target = session.get(User, target_id)
    if target.role >= actor.role:
        raise PermissionDenied("cannot change a peer or superior")
    target.role = role
    session.commit()
`,
  ),
  bad(
    "CWE-269",
    "batch49: daemon drops root by calling setuid before setgid, so the group change fails and root's group stays",
    src`
import os
import pwd


def drop_privileges(username: str = "svc-worker") -> None:
    """Switch from root to the service account before serving requests."""
    entry = pwd.getpwnam(username)
    os.setuid(entry.pw_uid)
    try:
        os.setgid(entry.pw_gid)
    except PermissionError:
        pass
`,
  ),
  good(
    "CWE-269",
    "batch49: daemon clears supplementary groups, sets the gid, then the uid, and checks root cannot be regained",
    src`
import os
import pwd


def drop_privileges(username: str = "svc-worker") -> None:
    """Switch from root to the service account before serving requests."""
    entry = pwd.getpwnam(username)
    os.setgroups([])
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)
    try:
        os.setuid(0)
    except PermissionError:
        return
    raise RuntimeError("privileges were not dropped")
`,
  ),
  // ---------------- CWE-352 state changes without CSRF protection ----------------
  bad(
    "CWE-352",
    "batch49: Django change-email view is csrf_exempt and relies on the session cookie",
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
    "batch49: Django change-email view keeps the CSRF middleware's check",
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
    "batch49: Flask app config turns WTF_CSRF_ENABLED off for every environment; password change is a form POST",
    src`
from flask import Flask, flash, redirect, request, url_for
from flask_login import current_user, login_required
from flask_wtf import CSRFProtect

from .extensions import db

app = Flask(__name__)
app.config.from_prefixed_env()
app.config["WTF_CSRF_ENABLED"] = False
csrf = CSRFProtect(app)


@app.post("/account/password")
@login_required
def change_password():
    current_user.set_password(request.form["new_password"])
    db.session.commit()
    flash("Password changed")
    return redirect(url_for("account"))
`,
  ),
  good(
    "CWE-352",
    "batch49: Flask test configuration class turns CSRF off for the test client only",
    src`
from dataclasses import dataclass


@dataclass
class BaseConfig:
    SECRET_KEY: str = ""
    WTF_CSRF_ENABLED: bool = True
    SESSION_COOKIE_SECURE: bool = True


@dataclass
class TestConfig(BaseConfig):
    TESTING: bool = True
    WTF_CSRF_ENABLED: bool = False
    SESSION_COOKIE_SECURE: bool = False
`,
  ),
  bad(
    "CWE-352",
    "batch49: Flask-WTF CSRFProtect with the money-transfer route exempted",
    src`
from decimal import Decimal

from flask import Flask, jsonify, request
from flask_login import current_user, login_required
from flask_wtf.csrf import CSRFProtect

from .banking import transfer

app = Flask(__name__)
csrf = CSRFProtect(app)


@app.post("/transfer")
@csrf.exempt
@login_required
def do_transfer():
    amount = Decimal(request.form["amount"])
    transfer(current_user.account, request.form["to_iban"], amount)
    return jsonify(status="sent")
`,
  ),
  good(
    "CWE-352",
    "batch49: Flask-WTF CSRFProtect exempting only a webhook that checks an HMAC signature",
    src`
import hashlib
import hmac

from flask import Flask, abort, request
from flask_wtf.csrf import CSRFProtect

from .billing import apply_event
from .config import STRIPE_WEBHOOK_SECRET

app = Flask(__name__)
csrf = CSRFProtect(app)


@app.post("/webhooks/billing")
@csrf.exempt
def billing_webhook():
    expected = hmac.new(STRIPE_WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        abort(400)
    apply_event(request.get_json())
    return "", 204
`,
  ),
  bad(
    "CWE-352",
    "batch49: DRF SessionAuthentication subclass whose enforce_csrf does nothing, used by a payments viewset",
    src`
from rest_framework import viewsets
from rest_framework.authentication import SessionAuthentication
from rest_framework.permissions import IsAuthenticated

from .models import Payout
from .serializers import PayoutSerializer


class CsrfExemptSessionAuthentication(SessionAuthentication):
    def enforce_csrf(self, request):
        return None


class PayoutViewSet(viewsets.ModelViewSet):
    serializer_class = PayoutSerializer
    authentication_classes = [CsrfExemptSessionAuthentication]
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return Payout.objects.filter(owner=self.request.user)
`,
  ),
  good(
    "CWE-352",
    "batch49: DRF payments viewset authenticates with tokens only, so no cookie rides along",
    src`
from rest_framework import viewsets
from rest_framework.authentication import TokenAuthentication
from rest_framework.permissions import IsAuthenticated

from .models import Payout
from .serializers import PayoutSerializer


class PayoutViewSet(viewsets.ModelViewSet):
    serializer_class = PayoutSerializer
    authentication_classes = [TokenAuthentication]
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return Payout.objects.filter(owner=self.request.user)
`,
  ),
  bad(
    "CWE-352",
    "batch49: Flask GET route deletes the signed-in user's post",
    src`
from flask import Blueprint, abort, redirect, url_for
from flask_login import current_user, login_required

from .extensions import db
from .models import Post

bp = Blueprint("posts", __name__)


@bp.get("/posts/<int:post_id>/delete")
@login_required
def delete_post(post_id: int):
    post = db.get_or_404(Post, post_id)
    if post.author_id != current_user.id:
        abort(403)
    db.session.delete(post)
    db.session.commit()
    return redirect(url_for("posts.index"))
`,
  ),
  good(
    "CWE-352",
    "batch49: Flask GET route shows a confirmation page; the delete itself is a POST",
    src`
from flask import Blueprint, abort, redirect, render_template, url_for
from flask_login import current_user, login_required

from .extensions import db
from .models import Post

bp = Blueprint("posts", __name__)


@bp.get("/posts/<int:post_id>/delete")
@login_required
def confirm_delete(post_id: int):
    post = db.get_or_404(Post, post_id)
    return render_template("posts/confirm_delete.html", post=post)


@bp.post("/posts/<int:post_id>/delete")
@login_required
def delete_post(post_id: int):
    post = db.get_or_404(Post, post_id)
    if post.author_id != current_user.id:
        abort(403)
    db.session.delete(post)
    db.session.commit()
    return redirect(url_for("posts.index"))
`,
  ),
  bad(
    "CWE-352",
    "batch49: FastAPI cookie-session form endpoint changes the shipping address with no CSRF token, cookie SameSite=None",
    src`
from fastapi import FastAPI, Form, Request
from fastapi.responses import RedirectResponse
from starlette.middleware.sessions import SessionMiddleware

from .config import settings
from .store import save_address

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=settings.session_secret, same_site="none", https_only=True)


@app.post("/account/address")
async def update_address(request: Request, street: str = Form(...), city: str = Form(...)):
    user_id = request.session.get("user_id")
    if user_id is None:
        return RedirectResponse("/login", status_code=303)
    await save_address(user_id, street=street, city=city)
    return RedirectResponse("/account", status_code=303)
`,
  ),
  // ---------------- CWE-20 input validation ----------------
  bad(
    "CWE-20",
    "batch49: transfer schema takes any Decimal amount, so a negative amount moves money the other way",
    src`
from decimal import Decimal

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from .banking import move_funds
from .deps import get_current_user
from .models import User

router = APIRouter()


class TransferIn(BaseModel):
    to_account: str
    amount: Decimal


@router.post("/transfers")
def create_transfer(body: TransferIn, user: User = Depends(get_current_user)) -> dict:
    move_funds(source=user.account_no, target=body.to_account, amount=body.amount)
    return {"status": "ok"}
`,
  ),
  good(
    "CWE-20",
    "batch49: transfer schema bounds the amount with Field(gt=0, le=...) and two decimal places",
    src`
from decimal import Decimal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from .banking import move_funds
from .deps import get_current_user
from .models import User

router = APIRouter()


class TransferIn(BaseModel):
    to_account: str = Field(pattern=r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")
    amount: Decimal = Field(gt=0, le=Decimal("10000"), decimal_places=2)


@router.post("/transfers")
def create_transfer(body: TransferIn, user: User = Depends(get_current_user)) -> dict:
    move_funds(source=user.account_no, target=body.to_account, amount=body.amount)
    return {"status": "ok"}
`,
  ),
  bad(
    "CWE-20",
    "batch49: callback URL accepted when it starts with the trusted origin string (https://app.example.com.evil.io passes)",
    src`
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .jobs import enqueue_export

app = FastAPI()
TRUSTED_ORIGIN = "https://app.example.com"


class ExportRequest(BaseModel):
    dataset: str
    callback_url: str


@app.post("/exports")
async def create_export(req: ExportRequest) -> dict:
    if not req.callback_url.startswith(TRUSTED_ORIGIN):
        raise HTTPException(400, "callback must point at the app")
    job_id = await enqueue_export(req.dataset, req.callback_url)
    return {"job": job_id}
`,
  ),
  good(
    "CWE-20",
    "batch49: callback URL parsed and its scheme and host compared exactly",
    src`
from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .jobs import enqueue_export

app = FastAPI()
TRUSTED_HOSTS = {"app.example.com"}


class ExportRequest(BaseModel):
    dataset: str
    callback_url: str


@app.post("/exports")
async def create_export(req: ExportRequest) -> dict:
    parts = urlsplit(req.callback_url)
    if parts.scheme != "https" or parts.hostname not in TRUSTED_HOSTS:
        raise HTTPException(400, "callback must point at the app")
    job_id = await enqueue_export(req.dataset, req.callback_url)
    return {"job": job_id}
`,
  ),
  bad(
    "CWE-20",
    "batch49: cart quantity from the JSON body is an unbounded int (negative quantities lower the total)",
    src`
from dataclasses import dataclass

from flask import Flask, jsonify, request

app = Flask(__name__)
PRICES = {"sku-1": 1299, "sku-2": 499}


@dataclass
class Line:
    sku: str
    quantity: int


@app.post("/cart/total")
def cart_total():
    lines = [Line(sku=l["sku"], quantity=int(l["quantity"])) for l in request.get_json()["lines"]]
    total = sum(PRICES[l.sku] * l.quantity for l in lines)
    return jsonify(total_cents=total)
`,
  ),
  good(
    "CWE-20",
    "batch49: cart quantity checked to lie between 1 and 99 and the SKU to be known",
    src`
from dataclasses import dataclass

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
PRICES = {"sku-1": 1299, "sku-2": 499}


@dataclass
class Line:
    sku: str
    quantity: int


def parse_line(raw: dict) -> Line:
    qty = int(raw["quantity"])
    if raw.get("sku") not in PRICES or not 1 <= qty <= 99:
        abort(400)
    return Line(sku=raw["sku"], quantity=qty)


@app.post("/cart/total")
def cart_total():
    lines = [parse_line(l) for l in request.get_json()["lines"]]
    return jsonify(total_cents=sum(PRICES[l.sku] * l.quantity for l in lines))
`,
  ),
  bad(
    "CWE-20",
    "batch49: e-mail accepted by a regex that only asks for an @ anywhere, then used as the reset recipient",
    src`
import re

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from .mail import send_reset_link

router = APIRouter()
EMAIL_RE = re.compile(r".+@.+")


class ResetIn(BaseModel):
    email: str


@router.post("/password-reset")
async def password_reset(body: ResetIn) -> dict:
    if not EMAIL_RE.search(body.email):
        raise HTTPException(422, "invalid email")
    await send_reset_link(body.email)
    return {"sent": True}
`,
  ),
  // ---------------- CWE-77 commands for another interpreter ----------------
  bad(
    "CWE-77",
    "batch49: paramiko helper runs a remote log tail with the service name formatted into the command",
    src`
import paramiko
from fastapi import FastAPI

app = FastAPI()


def run_remote(host: str, command: str) -> str:
    with paramiko.SSHClient() as client:
        client.load_system_host_keys()
        client.connect(host, username="ops")
        _, stdout, _ = client.exec_command(command)
        return stdout.read().decode()


@app.get("/logs/{service}")
def tail_logs(service: str, lines: int = 100) -> dict:
    out = run_remote("app-1.internal", f"journalctl -u {service} -n {lines} --no-pager")
    return {"log": out}
`,
  ),
  good(
    "CWE-77",
    "batch49: paramiko helper quotes the service name and checks it against the known units",
    src`
import shlex

import paramiko
from fastapi import FastAPI, HTTPException

app = FastAPI()
SERVICES = {"api", "worker", "scheduler"}


def run_remote(host: str, argv: list[str]) -> str:
    with paramiko.SSHClient() as client:
        client.load_system_host_keys()
        client.connect(host, username="ops")
        _, stdout, _ = client.exec_command(shlex.join(argv))
        return stdout.read().decode()


@app.get("/logs/{service}")
def tail_logs(service: str, lines: int = 100) -> dict:
    if service not in SERVICES:
        raise HTTPException(404)
    out = run_remote("app-1.internal", ["journalctl", "-u", service, "-n", str(min(lines, 1000)), "--no-pager"])
    return {"log": out}
`,
  ),
  bad(
    "CWE-77",
    "batch49: git history endpoint passes the ref from the query as an argv item, so --output=... is an option",
    src`
import subprocess
from pathlib import Path

from fastapi import FastAPI

app = FastAPI()
REPO = Path("/srv/repos/site")


@app.get("/history")
def history(ref: str = "main") -> dict:
    result = subprocess.run(
        ["git", "log", "--oneline", "-n", "20", ref],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    return {"log": result.stdout.splitlines()}
`,
  ),
  good(
    "CWE-77",
    "batch49: git history endpoint rejects refs that start with a dash and ends options with --",
    src`
import re
import subprocess
from pathlib import Path

from fastapi import FastAPI, HTTPException

app = FastAPI()
REPO = Path("/srv/repos/site")
REF_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$")


@app.get("/history")
def history(ref: str = "main") -> dict:
    if not REF_RE.fullmatch(ref):
        raise HTTPException(400, "bad ref")
    result = subprocess.run(
        ["git", "log", "--oneline", "-n", "20", ref, "--"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    return {"log": result.stdout.splitlines()}
`,
  ),
  bad(
    "CWE-77",
    "batch49: docker SDK exec_run with a shell string built from the requested file",
    src`
import docker
from fastapi import FastAPI

app = FastAPI()
client = docker.from_env()


@app.get("/containers/{name}/file")
def read_container_file(name: str, path: str) -> dict:
    container = client.containers.get(name)
    code, output = container.exec_run(f"sh -c 'cat {path}'")
    return {"exit": code, "content": output.decode(errors="replace")}
`,
  ),
  // ---------------- CWE-78 OS commands, often a helper or two away ----------------
  bad(
    "CWE-78",
    "batch49: thumbnail background task: route -> make_thumbnail -> _run(cmd) with shell=True",
    src`
import logging
import subprocess
from pathlib import Path

from fastapi import BackgroundTasks, FastAPI

app = FastAPI()
log = logging.getLogger(__name__)
MEDIA = Path("/srv/media")


def _run(cmd: str) -> None:
    log.info("running %s", cmd)
    subprocess.run(cmd, shell=True, check=True)


def make_thumbnail(name: str, size: int) -> None:
    _run(f"convert {MEDIA / name} -resize {size}x{size} {MEDIA / 'thumbs' / name}")


@app.post("/thumbnails")
def thumbnails(name: str, background: BackgroundTasks, size: int = 256) -> dict:
    background.add_task(make_thumbnail, name, size)
    return {"queued": name}
`,
  ),
  good(
    "CWE-78",
    "batch49: thumbnail background task passes an argv list, no shell",
    src`
import logging
import subprocess
from pathlib import Path

from fastapi import BackgroundTasks, FastAPI

app = FastAPI()
log = logging.getLogger(__name__)
MEDIA = Path("/srv/media")


def _run(argv: list[str]) -> None:
    log.info("running %s", argv)
    subprocess.run(argv, check=True)


def make_thumbnail(name: str, size: int) -> None:
    _run(["convert", str(MEDIA / name), "-resize", f"{size}x{size}", str(MEDIA / "thumbs" / name)])


@app.post("/thumbnails")
def thumbnails(name: str, background: BackgroundTasks, size: int = 256) -> dict:
    background.add_task(make_thumbnail, name, size)
    return {"queued": name}
`,
  ),
  bad(
    "CWE-78",
    "batch49: click CLI builds a shell line for rsync from the --host option and the path argument",
    src`
import subprocess

import click


@click.command()
@click.option("--host", required=True, help="Backup host")
@click.argument("path")
def backup(host: str, path: str) -> None:
    """Copy PATH to the backup host."""
    cmd = f"rsync -az {path} backup@{host}:/backups/"
    subprocess.run(cmd, shell=True, check=True)
    click.echo(f"copied {path} to {host}")


if __name__ == "__main__":
    backup()
`,
  ),
  good(
    "CWE-78",
    "batch49: click CLI calls rsync with an argv list",
    src`
import subprocess

import click


@click.command()
@click.option("--host", required=True, help="Backup host")
@click.argument("path", type=click.Path(exists=True))
def backup(host: str, path: str) -> None:
    """Copy PATH to the backup host."""
    subprocess.run(["rsync", "-az", "--", path, f"backup@{host}:/backups/"], check=True)
    click.echo(f"copied {path} to {host}")


if __name__ == "__main__":
    backup()
`,
  ),
  bad(
    "CWE-78",
    "batch49: async network tool: handler -> ping_host -> asyncio.create_subprocess_shell",
    src`
import asyncio

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()


class PingRequest(BaseModel):
    host: str
    count: int = 3


async def ping_host(host: str, count: int) -> str:
    proc = await asyncio.create_subprocess_shell(
        f"ping -c {count} {host}", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    out, _ = await proc.communicate()
    return out.decode()


@router.post("/tools/ping")
async def ping(req: PingRequest) -> dict:
    return {"output": await ping_host(req.host, req.count)}
`,
  ),
  good(
    "CWE-78",
    "batch49: async network tool validates the host as an IP address and uses create_subprocess_exec",
    src`
import asyncio
import ipaddress

from fastapi import APIRouter
from pydantic import BaseModel, Field

router = APIRouter()


class PingRequest(BaseModel):
    host: ipaddress.IPv4Address
    count: int = Field(3, ge=1, le=10)


async def ping_host(host: str, count: int) -> str:
    proc = await asyncio.create_subprocess_exec(
        "ping", "-c", str(count), host, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    out, _ = await proc.communicate()
    return out.decode()


@router.post("/tools/ping")
async def ping(req: PingRequest) -> dict:
    return {"output": await ping_host(str(req.host), req.count)}
`,
  ),
  bad(
    "CWE-78",
    "batch49: Django view archives a project folder with os.system and the project name from the form",
    src`
import os
from pathlib import Path

from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.views.decorators.http import require_POST

EXPORTS = Path("/var/exports")


def archive(name: str) -> Path:
    target = EXPORTS / f"{name}.tar.gz"
    os.system(f"tar -czf {target} -C /srv/projects {name}")
    return target


@login_required
@require_POST
def export_project(request):
    return FileResponse(archive(request.POST["project"]).open("rb"), as_attachment=True)
`,
  ),
  good(
    "CWE-78",
    "batch49: Django view archives a project folder with tarfile after checking the name",
    src`
import re
import tarfile
from pathlib import Path

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.views.decorators.http import require_POST

EXPORTS = Path("/var/exports")
PROJECTS = Path("/srv/projects")


def archive(name: str) -> Path:
    target = EXPORTS / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(PROJECTS / name, arcname=name)
    return target


@login_required
@require_POST
def export_project(request):
    name = request.POST["project"]
    if not re.fullmatch(r"[a-z0-9-]{1,40}", name) or not (PROJECTS / name).is_dir():
        raise Http404
    return FileResponse(archive(name).open("rb"), as_attachment=True)
`,
  ),
  // ---------------- CWE-79 ----------------
  bad(
    "CWE-79",
    "batch49: FastAPI search page returns an HTMLResponse with the query formatted in",
    src`
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from .search import search_products

app = FastAPI()


@app.get("/search", response_class=HTMLResponse)
async def search(q: str = "") -> str:
    results = await search_products(q)
    items = "".join(f"<li>{p.name}</li>" for p in results)
    return f"<h1>Results for {q}</h1><ul>{items}</ul>"
`,
  ),
  good(
    "CWE-79",
    "batch49: FastAPI search page escapes the query and product names",
    src`
from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from .search import search_products

app = FastAPI()


@app.get("/search", response_class=HTMLResponse)
async def search(q: str = "") -> str:
    results = await search_products(q)
    items = "".join(f"<li>{escape(p.name)}</li>" for p in results)
    return f"<h1>Results for {escape(q)}</h1><ul>{items}</ul>"
`,
  ),
  bad(
    "CWE-79",
    "batch49: Django template tag wraps a comment body in mark_safe to keep line breaks",
    src`
from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def comment_html(comment) -> str:
    body = comment.body.replace("\n", "<br>")
    return mark_safe(f'<div class="comment"><b>{comment.author_name}</b><p>{body}</p></div>')
`,
  ),
  good(
    "CWE-79",
    "batch49: Django template tag uses format_html and linebreaksbr on the escaped body",
    src`
from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html

register = template.Library()


@register.filter
def comment_html(comment) -> str:
    return format_html(
        '<div class="comment"><b>{}</b><p>{}</p></div>',
        comment.author_name,
        linebreaksbr(comment.body, autoescape=True),
    )
`,
  ),
  bad(
    "CWE-79",
    "batch49: jinja2 Environment built with autoescape off renders a user's bio into a profile page",
    src`
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from starlette.responses import HTMLResponse

env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=False)


async def profile(request) -> HTMLResponse:
    user = await request.app.state.users.get(request.path_params["username"])
    html = env.get_template("profile.html").render(name=user.name, bio=user.bio)
    return HTMLResponse(html)
`,
  ),
  good(
    "CWE-79",
    "batch49: jinja2 Environment with select_autoescape for html templates",
    src`
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.responses import HTMLResponse

env = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


async def profile(request) -> HTMLResponse:
    user = await request.app.state.users.get(request.path_params["username"])
    html = env.get_template("profile.html").render(name=user.name, bio=user.bio)
    return HTMLResponse(html)
`,
  ),
  bad(
    "CWE-79",
    "batch49: Flask error helper wraps the bad field name from the form in Markup",
    src`
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


def field_error(field: str) -> Markup:
    return Markup(f"<span class='err'>Please fill in <b>{field}</b></span>")


@app.post("/signup")
def signup():
    missing = [k for k in ("email", "name") if not request.form.get(k)]
    if missing:
        return render_template("signup.html", error=field_error(request.form.get("focus", missing[0])))
    return render_template("welcome.html")
`,
  ),
  // ---------------- CWE-89 ----------------
  bad(
    "CWE-89",
    "batch49: SQLAlchemy 2.0 session.execute(text(f...)) in a repository helper called from the route",
    src`
from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter()


class CustomerRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_last_name(self, last_name: str) -> list[dict]:
        rows = self.session.execute(
            text(f"SELECT id, first_name, last_name FROM customers WHERE last_name = '{last_name}'")
        )
        return [dict(r._mapping) for r in rows]


@router.get("/customers")
def customers(last_name: str, session: Session = Depends(get_session)) -> list[dict]:
    return CustomerRepo(session).by_last_name(last_name)
`,
  ),
  good(
    "CWE-89",
    "batch49: SQLAlchemy 2.0 text() with a bound parameter",
    src`
from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter()


class CustomerRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_last_name(self, last_name: str) -> list[dict]:
        rows = self.session.execute(
            text("SELECT id, first_name, last_name FROM customers WHERE last_name = :ln"), {"ln": last_name}
        )
        return [dict(r._mapping) for r in rows]


@router.get("/customers")
def customers(last_name: str, session: Session = Depends(get_session)) -> list[dict]:
    return CustomerRepo(session).by_last_name(last_name)
`,
  ),
  bad(
    "CWE-89",
    "batch49: sort column and direction from the query formatted into ORDER BY",
    src`
import sqlite3
from contextlib import closing

from flask import Flask, jsonify, request

app = Flask(__name__)


def fetch_products(sort: str, direction: str) -> list[tuple]:
    with closing(sqlite3.connect("shop.db")) as conn:
        return conn.execute(f"SELECT id, name, price FROM products ORDER BY {sort} {direction}").fetchall()


@app.get("/products")
def products():
    return jsonify(fetch_products(request.args.get("sort", "name"), request.args.get("dir", "ASC")))
`,
  ),
  good(
    "CWE-89",
    "batch49: sort column and direction mapped through allow-lists before ORDER BY",
    src`
import sqlite3
from contextlib import closing

from flask import Flask, jsonify, request

app = Flask(__name__)
SORTABLE = {"name": "name", "price": "price", "newest": "created_at"}


def fetch_products(sort: str, direction: str) -> list[tuple]:
    column = SORTABLE.get(sort, "name")
    order = "DESC" if direction.lower() == "desc" else "ASC"
    with closing(sqlite3.connect("shop.db")) as conn:
        return conn.execute(f"SELECT id, name, price FROM products ORDER BY {column} {order}").fetchall()


@app.get("/products")
def products():
    return jsonify(fetch_products(request.args.get("sort", "name"), request.args.get("dir", "ASC")))
`,
  ),
  bad(
    "CWE-89",
    "batch49: Django ListView get_queryset uses .extra(where=[...]) with the tag from the query string",
    src`
from django.views.generic import ListView

from .models import Article


class ArticleListView(ListView):
    model = Article
    paginate_by = 20

    def get_queryset(self):
        qs = super().get_queryset()
        tag = self.request.GET.get("tag")
        if tag:
            qs = qs.extra(where=[f"tags LIKE '%%{tag}%%'"])
        return qs
`,
  ),
  good(
    "CWE-89",
    "batch49: Django ListView filters with the ORM's icontains lookup",
    src`
from django.views.generic import ListView

from .models import Article


class ArticleListView(ListView):
    model = Article
    paginate_by = 20

    def get_queryset(self):
        qs = super().get_queryset()
        tag = self.request.GET.get("tag")
        if tag:
            qs = qs.filter(tags__icontains=tag)
        return qs
`,
  ),
  bad(
    "CWE-89",
    "batch49: async asyncpg helper builds an IN list by joining quoted ids from the request",
    src`
import asyncpg
from fastapi import FastAPI, Query

app = FastAPI()


async def load_users(pool: asyncpg.Pool, ids: list[str]) -> list[asyncpg.Record]:
    id_list = ", ".join(f"'{i}'" for i in ids)
    async with pool.acquire() as conn:
        return await conn.fetch(f"SELECT id, email FROM users WHERE id IN ({id_list})")


@app.get("/users")
async def users(ids: list[str] = Query(...)) -> list[dict]:
    rows = await load_users(app.state.pool, ids)
    return [dict(r) for r in rows]
`,
  ),
  good(
    "CWE-89",
    "batch49: async asyncpg helper passes the ids as one array parameter with = ANY($1)",
    src`
import asyncpg
from fastapi import FastAPI, Query

app = FastAPI()


async def load_users(pool: asyncpg.Pool, ids: list[int]) -> list[asyncpg.Record]:
    async with pool.acquire() as conn:
        return await conn.fetch("SELECT id, email FROM users WHERE id = ANY($1::int[])", ids)


@app.get("/users")
async def users(ids: list[int] = Query(...)) -> list[dict]:
    rows = await load_users(app.state.pool, ids)
    return [dict(r) for r in rows]
`,
  ),
  // ---------------- CWE-22 ----------------
  bad(
    "CWE-22",
    "batch49: FastAPI download route returns FileResponse(BASE / filename) with the path parameter",
    src`
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
BASE = Path("/srv/app/reports")


@app.get("/reports/{filename:path}")
async def download(filename: str) -> FileResponse:
    path = BASE / filename
    if not path.is_file():
        raise HTTPException(404)
    return FileResponse(path)
`,
  ),
  good(
    "CWE-22",
    "batch49: FastAPI download route resolves the path and requires it to stay under BASE",
    src`
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
BASE = Path("/srv/app/reports").resolve()


@app.get("/reports/{filename:path}")
async def download(filename: str) -> FileResponse:
    path = (BASE / filename).resolve()
    if not path.is_relative_to(BASE) or not path.is_file():
        raise HTTPException(404)
    return FileResponse(path)
`,
  ),
  bad(
    "CWE-22",
    "batch49: containment check by str.startswith without a separator (/srv/data-evil passes for /srv/data)",
    src`
import os
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
DATA_DIR = "/srv/data"


def safe_path(name: str) -> Path:
    full = os.path.realpath(os.path.join(DATA_DIR, name))
    if not full.startswith(DATA_DIR):
        abort(403)
    return Path(full)


@app.get("/files")
def get_file():
    return send_file(safe_path(request.args["name"]))
`,
  ),
  good(
    "CWE-22",
    "batch49: containment check with os.path.commonpath on real paths",
    src`
import os
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
DATA_DIR = os.path.realpath("/srv/data")


def safe_path(name: str) -> Path:
    full = os.path.realpath(os.path.join(DATA_DIR, name))
    if os.path.commonpath([full, DATA_DIR]) != DATA_DIR:
        abort(403)
    return Path(full)


@app.get("/files")
def get_file():
    return send_file(safe_path(request.args["name"]))
`,
  ),
  bad(
    "CWE-22",
    "batch49: typer CLI restores a backup archive with tarfile.extractall and no filter",
    src`
import tarfile
from pathlib import Path

import typer

app = typer.Typer()


@app.command()
def restore(archive: Path, dest: Path = Path("/srv/app/data")) -> None:
    """Restore a backup archive received from a customer."""
    with tarfile.open(archive) as tar:
        tar.extractall(dest)
    typer.echo(f"restored into {dest}")


if __name__ == "__main__":
    app()
`,
  ),
  good(
    "CWE-22",
    "batch49: typer CLI restores a backup archive with the data extraction filter",
    src`
import tarfile
from pathlib import Path

import typer

app = typer.Typer()


@app.command()
def restore(archive: Path, dest: Path = Path("/srv/app/data")) -> None:
    """Restore a backup archive received from a customer."""
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
    typer.echo(f"restored into {dest}")


if __name__ == "__main__":
    app()
`,
  ),
  // ---------------- CWE-434 ----------------
  bad(
    "CWE-434",
    "batch49: FastAPI avatar upload writes file.filename under the static folder served by StaticFiles",
    src`
from pathlib import Path

import aiofiles
from fastapi import FastAPI, UploadFile
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"
app = FastAPI()
app.mount("/static", StaticFiles(directory=STATIC), name="static")


@app.post("/avatar")
async def upload_avatar(file: UploadFile) -> dict:
    dest = STATIC / "avatars" / file.filename
    async with aiofiles.open(dest, "wb") as out:
        await out.write(await file.read())
    return {"url": f"/static/avatars/{file.filename}"}
`,
  ),
  good(
    "CWE-434",
    "batch49: FastAPI avatar upload checks the image type with Pillow and stores it under a random .png name",
    src`
import io
import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile
from fastapi.staticfiles import StaticFiles
from PIL import Image

STATIC = Path(__file__).parent / "static"
app = FastAPI()
app.mount("/static", StaticFiles(directory=STATIC), name="static")


@app.post("/avatar")
async def upload_avatar(file: UploadFile) -> dict:
    data = await file.read(2_000_000)
    try:
        image = Image.open(io.BytesIO(data))
        image.verify()
    except Exception:
        raise HTTPException(400, "not an image")
    name = f"{uuid.uuid4().hex}.png"
    Image.open(io.BytesIO(data)).save(STATIC / "avatars" / name, format="PNG")
    return {"url": f"/static/avatars/{name}"}
`,
  ),
  bad(
    "CWE-434",
    "batch49: Django upload view trusts the client-sent content_type and keeps the original name in MEDIA_ROOT",
    src`
from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.http import HttpResponseBadRequest, JsonResponse


def upload_document(request):
    upload = request.FILES["document"]
    if upload.content_type not in ("application/pdf", "image/png"):
        return HttpResponseBadRequest("unsupported type")
    storage = FileSystemStorage(location=settings.MEDIA_ROOT, base_url=settings.MEDIA_URL)
    name = storage.save(upload.name, upload)
    return JsonResponse({"url": storage.url(name)})
`,
  ),
  good(
    "CWE-434",
    "batch49: Django model FileField with FileExtensionValidator and an upload_to that renames the file",
    src`
import uuid
from pathlib import Path

from django.core.validators import FileExtensionValidator
from django.db import models


def document_path(instance, filename: str) -> str:
    return f"documents/{uuid.uuid4().hex}{Path(filename).suffix.lower()}"


class Document(models.Model):
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    file = models.FileField(
        upload_to=document_path,
        validators=[FileExtensionValidator(allowed_extensions=["pdf", "png"])],
    )
`,
  ),
  bad(
    "CWE-434",
    "batch49: Flask plugin upload saves a .py file into the plugins package that the app imports at start",
    src`
from pathlib import Path

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
PLUGIN_DIR = Path(app.root_path) / "plugins"


@app.post("/admin/plugins")
def upload_plugin():
    upload = request.files["plugin"]
    name = secure_filename(upload.filename)
    upload.save(PLUGIN_DIR / name)
    return {"installed": name}
`,
  ),
  // ---------------- CWE-94 ----------------
  bad(
    "CWE-94",
    "batch49: pricing rule engine evals the rule expression stored from an admin form against each order",
    src`
from dataclasses import dataclass

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


@dataclass
class Order:
    subtotal: float
    items: int
    country: str


class RuleIn(BaseModel):
    expression: str
    discount: float


def applies(rule: RuleIn, order: Order) -> bool:
    return bool(eval(rule.expression, {}, {"order": order}))


@app.post("/rules/preview")
def preview(rule: RuleIn, order: dict) -> dict:
    return {"applies": applies(rule, Order(**order))}
`,
  ),
  good(
    "CWE-94",
    "batch49: pricing rule engine reads structured field/op/value rules, no eval",
    src`
import operator
from dataclasses import dataclass
from typing import Literal

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
OPS = {"lt": operator.lt, "le": operator.le, "eq": operator.eq, "ge": operator.ge, "gt": operator.gt}


@dataclass
class Order:
    subtotal: float
    items: int
    country: str


class RuleIn(BaseModel):
    field: Literal["subtotal", "items", "country"]
    op: Literal["lt", "le", "eq", "ge", "gt"]
    value: float | str
    discount: float


def applies(rule: RuleIn, order: Order) -> bool:
    return OPS[rule.op](getattr(order, rule.field), rule.value)


@app.post("/rules/preview")
def preview(rule: RuleIn, order: dict) -> dict:
    return {"applies": applies(rule, Order(**order))}
`,
  ),
  bad(
    "CWE-94",
    "batch49: notebook-style endpoint compiles and execs the submitted snippet",
    src`
import contextlib
import io

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()


class Snippet(BaseModel):
    code: str


@router.post("/playground/run")
def run_snippet(snippet: Snippet) -> dict:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(snippet.code, "<playground>", "exec"), {"__name__": "playground"})
    return {"stdout": buf.getvalue()}
`,
  ),
  good(
    "CWE-94",
    "batch49: config value parsed with ast.literal_eval",
    src`
import ast

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/settings/preview")
def preview_setting():
    raw = request.get_json()["value"]
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return jsonify(error="not a literal"), 400
    return jsonify(value=value, type=type(value).__name__)
`,
  ),
  bad(
    "CWE-94",
    "batch49: report formula column evaluated with pandas DataFrame.eval of the request's expression",
    src`
import pandas as pd
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class ColumnSpec(BaseModel):
    name: str
    formula: str


@app.post("/reports/{report_id}/columns")
def add_column(report_id: int, spec: ColumnSpec) -> dict:
    df = pd.read_parquet(f"/srv/reports/{report_id}.parquet")
    df[spec.name] = df.eval(spec.formula, engine="python")
    return {"preview": df.head().to_dict(orient="records")}
`,
  ),
  // ---------------- CWE-502 ----------------
  bad(
    "CWE-502",
    "batch49: cart restored from a base64 cookie with pickle.loads",
    src`
import base64
import pickle
from dataclasses import dataclass, field

from fastapi import Cookie, FastAPI

app = FastAPI()


@dataclass
class Cart:
    items: dict[str, int] = field(default_factory=dict)


def load_cart(raw: str | None) -> Cart:
    if not raw:
        return Cart()
    return pickle.loads(base64.urlsafe_b64decode(raw))


@app.get("/cart")
def get_cart(cart: str | None = Cookie(default=None)) -> dict:
    return {"items": load_cart(cart).items}
`,
  ),
  good(
    "CWE-502",
    "batch49: cart restored from a JSON cookie into a pydantic model",
    src`
import base64

from fastapi import Cookie, FastAPI
from pydantic import BaseModel

app = FastAPI()


class Cart(BaseModel):
    items: dict[str, int] = {}


def load_cart(raw: str | None) -> Cart:
    if not raw:
        return Cart()
    return Cart.model_validate_json(base64.urlsafe_b64decode(raw))


@app.get("/cart")
def get_cart(cart: str | None = Cookie(default=None)) -> dict:
    return {"items": load_cart(cart).items}
`,
  ),
  bad(
    "CWE-502",
    "batch49: pipeline config upload parsed with yaml.load and the full Loader",
    src`
import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/pipelines")
async def create_pipeline(config: UploadFile) -> dict:
    spec = yaml.load(await config.read(), Loader=yaml.Loader)
    return {"stages": [s["name"] for s in spec["stages"]]}
`,
  ),
  good(
    "CWE-502",
    "batch49: pipeline config upload parsed with yaml.safe_load",
    src`
import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/pipelines")
async def create_pipeline(config: UploadFile) -> dict:
    spec = yaml.safe_load(await config.read())
    return {"stages": [s["name"] for s in spec["stages"]]}
`,
  ),
  bad(
    "CWE-502",
    "batch49: model upload endpoint loads the checkpoint with torch.load and weights_only=False",
    src`
import io

import torch
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/models/evaluate")
async def evaluate(checkpoint: UploadFile) -> dict:
    state = torch.load(io.BytesIO(await checkpoint.read()), map_location="cpu", weights_only=False)
    return {"layers": len(state["model"])}
`,
  ),
  good(
    "CWE-502",
    "batch49: model upload endpoint reads safetensors",
    src`
from fastapi import FastAPI, UploadFile
from safetensors.torch import load

app = FastAPI()


@app.post("/models/evaluate")
async def evaluate(checkpoint: UploadFile) -> dict:
    state = load(await checkpoint.read())
    return {"layers": len(state)}
`,
  ),
  bad(
    "CWE-502",
    "batch49: job queue worker unpickles payloads read from a Redis list that web clients push to",
    src`
import pickle

import redis

r = redis.Redis.from_url("redis://queue:6379/0")


def enqueue(job: dict) -> None:
    r.rpush("jobs", pickle.dumps(job))


def worker() -> None:
    while True:
        _, raw = r.blpop("jobs")
        job = pickle.loads(raw)
        handle(job)


def handle(job) -> None:
    print("processing", job)
`,
  ),
  // ---------------- CWE-200 ----------------
  bad(
    "CWE-200",
    "batch49: FastAPI /users/me returns the ORM user with no response_model (password hash and TOTP secret included)",
    src`
from fastapi import APIRouter, Depends

from .deps import get_current_user
from .models import User

router = APIRouter()


@router.get("/users/me")
def me(user: User = Depends(get_current_user)):
    return user.__dict__
`,
  ),
  good(
    "CWE-200",
    "batch49: FastAPI /users/me returns a UserOut response model with public fields",
    src`
from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, EmailStr

from .deps import get_current_user
from .models import User

router = APIRouter()


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    email: EmailStr
    display_name: str


@router.get("/users/me", response_model=UserOut)
def me(user: User = Depends(get_current_user)):
    return user
`,
  ),
  bad(
    "CWE-200",
    "batch49: DRF user serializer with fields='__all__' behind a public team page",
    src`
from django.contrib.auth import get_user_model
from rest_framework import generics, permissions, serializers


class MemberSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = "__all__"


class TeamMembersView(generics.ListAPIView):
    serializer_class = MemberSerializer
    permission_classes = [permissions.AllowAny]

    def get_queryset(self):
        return get_user_model().objects.filter(team__slug=self.kwargs["slug"])
`,
  ),
  good(
    "CWE-200",
    "batch49: DRF member serializer lists username and avatar only",
    src`
from django.contrib.auth import get_user_model
from rest_framework import generics, permissions, serializers


class MemberSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = ["id", "username", "first_name"]


class TeamMembersView(generics.ListAPIView):
    serializer_class = MemberSerializer
    permission_classes = [permissions.AllowAny]

    def get_queryset(self):
        return get_user_model().objects.filter(team__slug=self.kwargs["slug"])
`,
  ),
  bad(
    "CWE-200",
    "batch49: diagnostics endpoint dumps the settings model, database URL and secrets included",
    src`
from fastapi import FastAPI
from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str
    stripe_api_key: str
    jwt_secret: str
    environment: str = "production"


settings = Settings()
app = FastAPI()


@app.get("/diagnostics")
def diagnostics() -> dict:
    return {"settings": settings.model_dump(), "status": "ok"}
`,
  ),
  good(
    "CWE-200",
    "batch49: diagnostics endpoint reports version and environment only",
    src`
from fastapi import FastAPI
from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: SecretStr
    stripe_api_key: SecretStr
    environment: str = "production"
    version: str = "1.0.0"


settings = Settings()
app = FastAPI()


@app.get("/diagnostics")
def diagnostics() -> dict:
    return {"environment": settings.environment, "version": settings.version, "status": "ok"}
`,
  ),
  // ---------------- CWE-918 ----------------
  bad(
    "CWE-918",
    "batch49: webhook test endpoint posts to the URL from the body with httpx.AsyncClient",
    src`
import httpx
from fastapi import APIRouter
from pydantic import BaseModel, HttpUrl

router = APIRouter()


class WebhookTest(BaseModel):
    url: HttpUrl
    event: str = "ping"


async def deliver(url: str, payload: dict) -> int:
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(url, json=payload)
        return resp.status_code


@router.post("/webhooks/test")
async def test_webhook(body: WebhookTest) -> dict:
    return {"status": await deliver(str(body.url), {"event": body.event})}
`,
  ),
  good(
    "CWE-918",
    "batch49: webhook test endpoint resolves the host and refuses private and loopback addresses",
    src`
import ipaddress
import socket
from urllib.parse import urlsplit

import httpx
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, HttpUrl

router = APIRouter()


class WebhookTest(BaseModel):
    url: HttpUrl
    event: str = "ping"


def assert_public(url: str) -> None:
    host = urlsplit(url).hostname or ""
    for info in socket.getaddrinfo(host, None):
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            raise HTTPException(400, "webhook host not allowed")


@router.post("/webhooks/test")
async def test_webhook(body: WebhookTest) -> dict:
    assert_public(str(body.url))
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.post(str(body.url), json={"event": body.event})
    return {"status": resp.status_code}
`,
  ),
  bad(
    "CWE-918",
    "batch49: Django avatar import fetches the image URL from the profile form with requests",
    src`
import requests
from django.contrib.auth.decorators import login_required
from django.core.files.base import ContentFile
from django.shortcuts import redirect


@login_required
def import_avatar(request):
    url = request.POST["avatar_url"]
    resp = requests.get(url, timeout=10)
    resp.raise_for_status()
    request.user.profile.avatar.save("avatar.jpg", ContentFile(resp.content))
    return redirect("profile")
`,
  ),
  good(
    "CWE-918",
    "batch49: Django avatar import only from the Gravatar host over https",
    src`
from urllib.parse import urlsplit

import requests
from django.contrib.auth.decorators import login_required
from django.core.files.base import ContentFile
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect

ALLOWED_HOSTS = {"www.gravatar.com", "secure.gravatar.com"}


@login_required
def import_avatar(request):
    url = request.POST["avatar_url"]
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        return HttpResponseBadRequest("unsupported avatar host")
    resp = requests.get(url, timeout=10, allow_redirects=False)
    resp.raise_for_status()
    request.user.profile.avatar.save("avatar.jpg", ContentFile(resp.content))
    return redirect("profile")
`,
  ),
  bad(
    "CWE-918",
    "batch49: link-preview service: route -> fetch_preview(url) -> httpx.get with follow_redirects",
    src`
import re

import httpx
from fastapi import FastAPI

app = FastAPI()
TITLE_RE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


def fetch_preview(url: str) -> dict:
    resp = httpx.get(url, timeout=5, follow_redirects=True)
    match = TITLE_RE.search(resp.text)
    return {"url": url, "title": match.group(1).strip() if match else None}


@app.get("/preview")
def preview(url: str) -> dict:
    return fetch_preview(url)
`,
  ),
  // ---------------- CWE-798 ----------------
  bad(
    "CWE-798",
    "batch49: pydantic BaseSettings gives the JWT secret a literal default",
    src`
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    database_url: str = "postgresql+psycopg://localhost/app"
    jwt_secret: str = "9f2c7a1e4b8d6f0a3c5e7b9d1f3a5c7e"
    jwt_algorithm: str = "HS256"
    access_token_minutes: int = 30


settings = Settings()
`,
  ),
  good(
    "CWE-798",
    "batch49: pydantic BaseSettings requires the JWT secret from the environment",
    src`
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    database_url: str = "postgresql+psycopg://localhost/app"
    jwt_secret: SecretStr
    jwt_algorithm: str = "HS256"
    access_token_minutes: int = 30


settings = Settings()
`,
  ),
  bad(
    "CWE-798",
    "batch49: SQLAlchemy engine created with the database password in the URL literal",
    src`
from collections.abc import Iterator

from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine("postgresql+psycopg://billing:Tr0ub4dor&3@db.internal:5432/billing", pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


def get_session() -> Iterator[Session]:
    with SessionLocal() as session:
        yield session
`,
  ),
  good(
    "CWE-798",
    "batch49: SQLAlchemy engine built from a URL object with the password from the environment",
    src`
import os
from collections.abc import Iterator

from sqlalchemy import URL, create_engine
from sqlalchemy.orm import Session, sessionmaker

url = URL.create(
    "postgresql+psycopg",
    username="billing",
    password=os.environ["BILLING_DB_PASSWORD"],
    host="db.internal",
    database="billing",
)
engine = create_engine(url, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


def get_session() -> Iterator[Session]:
    with SessionLocal() as session:
        yield session
`,
  ),
  bad(
    "CWE-798",
    "batch49: S3 uploader constructs the boto3 client with a literal access key pair",
    src`
from pathlib import Path

import boto3


class ReportUploader:
    def __init__(self, bucket: str = "acme-reports") -> None:
        self.bucket = bucket
        self.s3 = boto3.client(
            "s3",
            aws_access_key_id="AKIAQ3EGRTX5LMPN7WQZ",
            aws_secret_access_key="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",
            region_name="eu-west-1",
        )

    def upload(self, path: Path) -> str:
        self.s3.upload_file(str(path), self.bucket, path.name)
        return f"s3://{self.bucket}/{path.name}"
`,
  ),
  good(
    "CWE-798",
    "batch49: S3 uploader relies on the default credential chain",
    src`
from pathlib import Path

import boto3


class ReportUploader:
    def __init__(self, bucket: str = "acme-reports") -> None:
        self.bucket = bucket
        self.s3 = boto3.client("s3", region_name="eu-west-1")

    def upload(self, path: Path) -> str:
        self.s3.upload_file(str(path), self.bucket, path.name)
        return f"s3://{self.bucket}/{path.name}"
`,
  ),
  // ---------------- CWE-400 ----------------
  bad(
    "CWE-400",
    "batch49: list endpoint passes the limit query parameter straight to .limit() with no upper bound",
    src`
from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Event

router = APIRouter()


@router.get("/events")
def list_events(limit: int = 50, offset: int = 0, session: Session = Depends(get_session)) -> list[dict]:
    rows = session.scalars(select(Event).order_by(Event.id).offset(offset).limit(limit)).all()
    return [{"id": e.id, "kind": e.kind} for e in rows]
`,
  ),
  good(
    "CWE-400",
    "batch49: list endpoint bounds the limit with Query(le=100)",
    src`
from fastapi import APIRouter, Depends, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Event

router = APIRouter()


@router.get("/events")
def list_events(
    limit: int = Query(50, ge=1, le=100),
    offset: int = Query(0, ge=0),
    session: Session = Depends(get_session),
) -> list[dict]:
    rows = session.scalars(select(Event).order_by(Event.id).offset(offset).limit(limit)).all()
    return [{"id": e.id, "kind": e.kind} for e in rows]
`,
  ),
  bad(
    "CWE-400",
    "batch49: Flask endpoint generates as many codes as the request asks for",
    src`
import secrets

from flask import Flask, jsonify, request

app = Flask(__name__)


def make_codes(count: int) -> list[str]:
    return [secrets.token_hex(8) for _ in range(count)]


@app.post("/promo/codes")
def promo_codes():
    count = int(request.get_json().get("count", 10))
    return jsonify(codes=make_codes(count))
`,
  ),
  good(
    "CWE-400",
    "batch49: Flask endpoint caps the number of codes",
    src`
import secrets

from flask import Flask, jsonify, request

app = Flask(__name__)
MAX_CODES = 500


def make_codes(count: int) -> list[str]:
    return [secrets.token_hex(8) for _ in range(count)]


@app.post("/promo/codes")
def promo_codes():
    count = int(request.get_json().get("count", 10))
    if not 1 <= count <= MAX_CODES:
        return jsonify(error=f"count must be 1..{MAX_CODES}"), 400
    return jsonify(codes=make_codes(count))
`,
  ),
  bad(
    "CWE-400",
    "batch49: Starlette handler reads the whole request body into memory to hash it, no size cap",
    src`
import hashlib

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


async def checksum(request: Request) -> JSONResponse:
    body = await request.body()
    return JSONResponse({"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)})


app = Starlette(routes=[Route("/checksum", checksum, methods=["POST"])])
`,
  ),
  good(
    "CWE-400",
    "batch49: Starlette handler streams the body and stops past a size cap",
    src`
import hashlib

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

MAX_BYTES = 50 * 1024 * 1024


async def checksum(request: Request) -> JSONResponse:
    digest, size = hashlib.sha256(), 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BYTES:
            return JSONResponse({"error": "too large"}, status_code=413)
        digest.update(chunk)
    return JSONResponse({"sha256": digest.hexdigest(), "size": size})


app = Starlette(routes=[Route("/checksum", checksum, methods=["POST"])])
`,
  ),
  bad(
    "CWE-400",
    "batch49: image resize endpoint allocates a canvas of the width and height the client asks for",
    src`
import io

from fastapi import FastAPI
from fastapi.responses import Response
from PIL import Image

app = FastAPI()


@app.get("/placeholder/{width}x{height}.png")
def placeholder(width: int, height: int, color: str = "#cccccc") -> Response:
    img = Image.new("RGB", (width, height), color)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return Response(buf.getvalue(), media_type="image/png")
`,
  ),
  // ---------------- CWE-601 ----------------
  bad(
    "CWE-601",
    "batch49: FastAPI login callback redirects to the next query parameter",
    src`
from fastapi import APIRouter
from fastapi.responses import RedirectResponse

router = APIRouter()


@router.get("/auth/callback")
async def callback(code: str, next: str = "/") -> RedirectResponse:
    response = RedirectResponse(next, status_code=303)
    response.set_cookie("session", await exchange_code(code), httponly=True, secure=True)
    return response


async def exchange_code(code: str) -> str:
    return code[::-1]
`,
  ),
  good(
    "CWE-601",
    "batch49: FastAPI login callback accepts only a relative path for next",
    src`
from urllib.parse import urlsplit

from fastapi import APIRouter
from fastapi.responses import RedirectResponse

router = APIRouter()


def safe_next(target: str) -> str:
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


@router.get("/auth/callback")
async def callback(code: str, next: str = "/") -> RedirectResponse:
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie("session", await exchange_code(code), httponly=True, secure=True)
    return response


async def exchange_code(code: str) -> str:
    return code[::-1]
`,
  ),
  bad(
    "CWE-601",
    "batch49: Django logout view redirects to the return_to parameter",
    src`
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.views import View


class LogoutView(View):
    def post(self, request):
        logout(request)
        return redirect(request.POST.get("return_to") or "/")
`,
  ),
  good(
    "CWE-601",
    "batch49: Django logout view checks return_to with url_has_allowed_host_and_scheme",
    src`
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View


class LogoutView(View):
    def post(self, request):
        logout(request)
        target = request.POST.get("return_to") or "/"
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
            target = "/"
        return redirect(target)
`,
  ),
  bad(
    "CWE-601",
    "batch49: Flask language switcher redirects back to the Referer header",
    src`
from flask import Flask, make_response, redirect, request

app = Flask(__name__)


@app.get("/lang/<code>")
def set_language(code: str):
    resp = make_response(redirect(request.headers.get("Referer", "/")))
    resp.set_cookie("lang", code[:5], samesite="Lax")
    return resp
`,
  ),
  // ---------------- CWE-209 ----------------
  bad(
    "CWE-209",
    "batch49: FastAPI exception handler returns the formatted traceback to the client",
    src`
import traceback

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse(
        status_code=500,
        content={"error": type(exc).__name__, "trace": traceback.format_exc()},
    )
`,
  ),
  good(
    "CWE-209",
    "batch49: FastAPI exception handler logs the traceback and returns an error id",
    src`
import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger("app.errors")


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception) -> JSONResponse:
    error_id = uuid.uuid4().hex
    log.exception("unhandled error %s on %s", error_id, request.url.path)
    return JSONResponse(status_code=500, content={"error": "internal error", "id": error_id})
`,
  ),
  bad(
    "CWE-209",
    "batch49: DRF view returns str(exc) of the database error in the 500 body",
    src`
from django.db import DatabaseError
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from .services import rebuild_search_index


class ReindexView(APIView):
    def post(self, request):
        try:
            count = rebuild_search_index()
        except DatabaseError as exc:
            return Response({"detail": f"reindex failed: {exc}"}, status=status.HTTP_500_INTERNAL_SERVER_ERROR)
        return Response({"indexed": count})
`,
  ),
  good(
    "CWE-209",
    "batch49: DRF view logs the database error and returns a fixed message",
    src`
import logging

from django.db import DatabaseError
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from .services import rebuild_search_index

logger = logging.getLogger(__name__)


class ReindexView(APIView):
    def post(self, request):
        try:
            count = rebuild_search_index()
        except DatabaseError:
            logger.exception("reindex failed")
            return Response({"detail": "reindex failed"}, status=status.HTTP_500_INTERNAL_SERVER_ERROR)
        return Response({"indexed": count})
`,
  ),
  bad(
    "CWE-209",
    "batch49: Flask errorhandler renders repr of the exception and its args into the error page",
    src`
from flask import Flask, render_template_string

app = Flask(__name__)


@app.errorhandler(500)
def server_error(err):
    original = getattr(err, "original_exception", err)
    return render_template_string(
        "<h1>Something went wrong</h1><pre>{{ detail }}</pre>", detail=repr(original)
    ), 500
`,
  ),
  // ---------------- CWE-532 ----------------
  bad(
    "CWE-532",
    "batch49: login service logs the submitted password on failure",
    src`
import logging

from .models import User

logger = logging.getLogger(__name__)


def login(username: str, password: str) -> User | None:
    user = User.find(username)
    if user is None or not user.check_password(password):
        logger.warning("failed login for %s with password %s", username, password)
        return None
    logger.info("login ok for %s", username)
    return user
`,
  ),
  good(
    "CWE-532",
    "batch49: login service logs the username and the outcome only",
    src`
import logging

from .models import User

logger = logging.getLogger(__name__)


def login(username: str, password: str) -> User | None:
    user = User.find(username)
    if user is None or not user.check_password(password):
        logger.warning("failed login for %s", username)
        return None
    logger.info("login ok for %s", username)
    return user
`,
  ),
  bad(
    "CWE-532",
    "batch49: httpx event hook logs every outgoing request's headers, Authorization bearer included",
    src`
import logging
import os

import httpx

log = logging.getLogger("api.client")


def log_request(request: httpx.Request) -> None:
    log.debug("-> %s %s headers=%s", request.method, request.url, dict(request.headers))


client = httpx.Client(
    base_url="https://api.partner.example",
    headers={"Authorization": "Bearer " + os.environ["PARTNER_TOKEN"]},
    event_hooks={"request": [log_request]},
)
`,
  ),
  good(
    "CWE-532",
    "batch49: httpx event hook logs the method and URL, headers redacted",
    src`
import logging
import os

import httpx

log = logging.getLogger("api.client")
REDACT = {"authorization", "cookie", "x-api-key"}


def log_request(request: httpx.Request) -> None:
    headers = {k: ("***" if k.lower() in REDACT else v) for k, v in request.headers.items()}
    log.debug("-> %s %s headers=%s", request.method, request.url, headers)


client = httpx.Client(
    base_url="https://api.partner.example",
    headers={"Authorization": f"Bearer {os.environ['PARTNER_TOKEN']}"},
    event_hooks={"request": [log_request]},
)
`,
  ),
  bad(
    "CWE-532",
    "batch49: token refresh logs the new access and refresh tokens with an f-string",
    src`
import logging
from dataclasses import dataclass

import httpx

logger = logging.getLogger(__name__)


@dataclass
class Tokens:
    access_token: str
    refresh_token: str


def refresh(client: httpx.Client, refresh_token: str) -> Tokens:
    resp = client.post("/oauth/token", data={"grant_type": "refresh_token", "refresh_token": refresh_token})
    resp.raise_for_status()
    tokens = Tokens(**{k: resp.json()[k] for k in ("access_token", "refresh_token")})
    logger.info(f"refreshed tokens: access={tokens.access_token} refresh={tokens.refresh_token}")
    return tokens
`,
  ),
  // ---------------- CWE-327 / CWE-328 ----------------
  bad(
    "CWE-327",
    "batch49: field encryption helper uses AES in ECB mode",
    src`
from base64 import b64decode, b64encode

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class FieldCipher:
    def __init__(self, key: bytes) -> None:
        self.key = key

    def encrypt(self, value: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.encode()) + padder.finalize()
        enc = Cipher(algorithms.AES(self.key), modes.ECB()).encryptor()
        return b64encode(enc.update(data) + enc.finalize()).decode()
`,
  ),
  good(
    "CWE-327",
    "batch49: field encryption helper uses AES-GCM with a random nonce",
    src`
import os
from base64 import b64decode, b64encode

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class FieldCipher:
    def __init__(self, key: bytes) -> None:
        self.aead = AESGCM(key)

    def encrypt(self, value: str) -> str:
        nonce = os.urandom(12)
        return b64encode(nonce + self.aead.encrypt(nonce, value.encode(), None)).decode()

    def decrypt(self, token: str) -> str:
        raw = b64decode(token)
        return self.aead.decrypt(raw[:12], raw[12:], None).decode()
`,
  ),
  bad(
    "CWE-327",
    "batch49: legacy token encryption with pycryptodome DES",
    src`
from Crypto.Cipher import DES
from Crypto.Util.Padding import pad

from .config import settings


def encrypt_token(token: str) -> bytes:
    cipher = DES.new(settings.token_key[:8], DES.MODE_CBC)
    return cipher.iv + cipher.encrypt(pad(token.encode(), DES.block_size))
`,
  ),
  bad(
    "CWE-327",
    "batch49: session cookie signed by concatenating the secret and hashing with MD5",
    src`
import hashlib
import json
from base64 import urlsafe_b64encode

from .config import SECRET_KEY


def sign_session(data: dict) -> str:
    payload = urlsafe_b64encode(json.dumps(data).encode()).decode()
    signature = hashlib.md5((SECRET_KEY + payload).encode()).hexdigest()
    return f"{payload}.{signature}"
`,
  ),
  good(
    "CWE-327",
    "batch49: session cookie signed with HMAC-SHA256",
    src`
import hashlib
import hmac
import json
from base64 import urlsafe_b64encode

from .config import SECRET_KEY


def sign_session(data: dict) -> str:
    payload = urlsafe_b64encode(json.dumps(data).encode()).decode()
    signature = hmac.new(SECRET_KEY.encode(), payload.encode(), hashlib.sha256).hexdigest()
    return f"{payload}.{signature}"
`,
  ),
  bad(
    "CWE-328",
    "batch49: user model stores sha1 of the password",
    src`
import hashlib
from dataclasses import dataclass


@dataclass
class User:
    username: str
    password_hash: str = ""

    def set_password(self, password: str) -> None:
        self.password_hash = hashlib.sha1(password.encode()).hexdigest()

    def check_password(self, password: str) -> bool:
        return self.password_hash == hashlib.sha1(password.encode()).hexdigest()
`,
  ),
  good(
    "CWE-328",
    "batch49: file dedup key uses sha1 of the content (not a security use)",
    src`
import hashlib
from pathlib import Path


def content_key(path: Path) -> str:
    """Key for the local thumbnail cache, so identical files share a thumbnail."""
    digest = hashlib.sha1(usedforsecurity=False)
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest()
`,
  ),
  bad(
    "CWE-328",
    "batch49: API keys stored as an MD5 digest and looked up by it",
    src`
import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ApiKey


def create_key(session: Session, owner_id: int) -> str:
    raw = secrets.token_urlsafe(32)
    session.add(ApiKey(owner_id=owner_id, digest=hashlib.md5(raw.encode()).hexdigest()))
    session.commit()
    return raw


def find_key(session: Session, raw: str) -> ApiKey | None:
    return session.scalar(select(ApiKey).where(ApiKey.digest == hashlib.md5(raw.encode()).hexdigest()))
`,
  ),
  // ---------------- CWE-330 / CWE-338 ----------------
  bad(
    "CWE-338",
    "batch49: password reset token built with random.choices",
    src`
import random
import string
from datetime import datetime, timedelta, timezone

from .models import PasswordReset


def create_reset(user_id: int) -> PasswordReset:
    token = "".join(random.choices(string.ascii_letters + string.digits, k=40))
    return PasswordReset(
        user_id=user_id,
        token=token,
        expires_at=datetime.now(timezone.utc) + timedelta(hours=1),
    )
`,
  ),
  good(
    "CWE-338",
    "batch49: password reset token from secrets.token_urlsafe",
    src`
import secrets
from datetime import datetime, timedelta, timezone

from .models import PasswordReset


def create_reset(user_id: int) -> PasswordReset:
    return PasswordReset(
        user_id=user_id,
        token=secrets.token_urlsafe(32),
        expires_at=datetime.now(timezone.utc) + timedelta(hours=1),
    )
`,
  ),
  bad(
    "CWE-338",
    "batch49: two-factor code from random.randint sent by SMS",
    src`
import random

from .sms import send_sms
from .store import save_otp


async def send_login_code(user_id: int, phone: str) -> None:
    code = f"{random.randint(0, 999999):06d}"
    await save_otp(user_id, code, ttl_seconds=300)
    await send_sms(phone, f"Your sign-in code is {code}")
`,
  ),
  good(
    "CWE-338",
    "batch49: random.shuffle of quiz questions (not a security use) beside a secrets-made code",
    src`
import random
import secrets


def quiz_order(question_ids: list[int], seed: int | None = None) -> list[int]:
    order = list(question_ids)
    random.Random(seed).shuffle(order)
    return order


def invite_code() -> str:
    return f"{secrets.randbelow(10**8):08d}"
`,
  ),
  bad(
    "CWE-330",
    "batch49: session ids made from uuid1 (time and MAC address)",
    src`
import uuid
from datetime import datetime, timezone

from .store import sessions


def start_session(user_id: int) -> str:
    session_id = str(uuid.uuid1())
    sessions[session_id] = {"user_id": user_id, "created": datetime.now(timezone.utc)}
    return session_id
`,
  ),
  good(
    "CWE-330",
    "batch49: session ids from secrets.token_urlsafe; uuid4 used only for request ids",
    src`
import secrets
import uuid
from datetime import datetime, timezone

from .store import sessions


def start_session(user_id: int) -> str:
    session_id = secrets.token_urlsafe(32)
    sessions[session_id] = {"user_id": user_id, "created": datetime.now(timezone.utc), "req": uuid.uuid4().hex}
    return session_id
`,
  ),
  bad(
    "CWE-330",
    "batch49: API key derived from the time and the user id hashed together",
    src`
import hashlib
import time


def generate_api_key(user_id: int) -> str:
    seed = f"{user_id}:{time.time()}"
    return hashlib.sha256(seed.encode()).hexdigest()
`,
  ),
  // ---------------- CWE-611 ----------------
  bad(
    "CWE-611",
    "batch49: SAML-ish metadata import parses the upload with lxml and entity resolution on",
    src`
from fastapi import FastAPI, UploadFile
from lxml import etree

app = FastAPI()


def parse_metadata(data: bytes) -> dict:
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(data, parser)
    ns = {"md": "urn:oasis:names:tc:SAML:2.0:metadata"}
    return {"entity_id": root.get("entityID"), "sso": root.xpath("//md:SingleSignOnService/@Location", namespaces=ns)}


@app.post("/sso/metadata")
async def import_metadata(file: UploadFile) -> dict:
    return parse_metadata(await file.read())
`,
  ),
  good(
    "CWE-611",
    "batch49: metadata import parses the upload with defusedxml.ElementTree",
    src`
from defusedxml import ElementTree as ET
from fastapi import FastAPI, UploadFile

app = FastAPI()
NS = {"md": "urn:oasis:names:tc:SAML:2.0:metadata"}


def parse_metadata(data: bytes) -> dict:
    root = ET.fromstring(data)
    sso = [e.get("Location") for e in root.iterfind(".//md:SingleSignOnService", NS)]
    return {"entity_id": root.get("entityID"), "sso": sso}


@app.post("/sso/metadata")
async def import_metadata(file: UploadFile) -> dict:
    return parse_metadata(await file.read())
`,
  ),
  bad(
    "CWE-611",
    "batch49: SAX handler for uploaded feeds turns external general entities on",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges


class FeedHandler(xml.sax.ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.titles: list[str] = []
        self._in_title = False

    def startElement(self, name, attrs):
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title:
            self.titles.append(content)


def parse_feed(stream) -> list[str]:
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = FeedHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.titles
`,
  ),
  good(
    "CWE-611",
    "batch49: lxml parser for uploads with resolve_entities=False and no network",
    src`
from lxml import etree


def parse_invoice(data: bytes) -> str:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(data, parser)
    return root.findtext("Total")
`,
  ),
  bad(
    "CWE-611",
    "batch49: Django view parses the request body with an lxml parser that loads the DTD (entities resolved by default)",
    src`
from django.http import JsonResponse
from lxml import etree


def import_catalog(request):
    parser = etree.XMLParser(load_dtd=True, dtd_validation=False)
    tree = etree.fromstring(request.body, parser)
    names = [p.findtext("name") for p in tree.iter("product")]
    return JsonResponse({"imported": names})
`,
  ),
  // ---------------- CWE-1333 ----------------
  bad(
    "CWE-1333",
    "batch49: slug validator with a nested quantifier applied to the request field",
    src`
import re

from pydantic import BaseModel, field_validator

SLUG_RE = re.compile(r"^([a-z0-9]+-?)+$")


class ArticleIn(BaseModel):
    title: str
    slug: str

    @field_validator("slug")
    @classmethod
    def check_slug(cls, v: str) -> str:
        if not SLUG_RE.match(v):
            raise ValueError("invalid slug")
        return v
`,
  ),
  good(
    "CWE-1333",
    "batch49: slug validator with a linear pattern and a length cap",
    src`
import re

from pydantic import BaseModel, Field, field_validator

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class ArticleIn(BaseModel):
    title: str
    slug: str = Field(max_length=80)

    @field_validator("slug")
    @classmethod
    def check_slug(cls, v: str) -> str:
        if not SLUG_RE.fullmatch(v):
            raise ValueError("invalid slug")
        return v
`,
  ),
  bad(
    "CWE-1333",
    "batch49: log search endpoint compiles the user's pattern",
    src`
import re
from pathlib import Path

from fastapi import FastAPI

app = FastAPI()
LOG = Path("/var/log/app/app.log")


@app.get("/logs/search")
def search_logs(pattern: str) -> list[str]:
    rx = re.compile(pattern)
    with LOG.open() as fh:
        return [line.rstrip() for line in fh if rx.search(line)][:200]
`,
  ),
  good(
    "CWE-1333",
    "batch49: log search endpoint escapes the user's text before compiling",
    src`
import re
from pathlib import Path

from fastapi import FastAPI

app = FastAPI()
LOG = Path("/var/log/app/app.log")


@app.get("/logs/search")
def search_logs(text: str) -> list[str]:
    rx = re.compile(re.escape(text[:100]), re.IGNORECASE)
    with LOG.open() as fh:
        return [line.rstrip() for line in fh if rx.search(line)][:200]
`,
  ),
  bad(
    "CWE-1333",
    "batch49: e-mail check with (\\w+\\.?)+ before the @ on a signup form field",
    src`
import re

from django import forms

EMAIL = re.compile(r"^(\w+\.?)+@[a-z0-9-]+(\.[a-z]{2,})+$")


class SignupForm(forms.Form):
    email = forms.CharField(max_length=10000)

    def clean_email(self):
        value = self.cleaned_data["email"]
        if not EMAIL.match(value):
            raise forms.ValidationError("Enter a valid e-mail address")
        return value
`,
  ),
  // ---------------- CWE-377 ----------------
  bad(
    "CWE-377",
    "batch49: export helper writes to a tempfile.mktemp name",
    src`
import csv
import tempfile
from pathlib import Path


def export_rows(rows: list[dict]) -> Path:
    path = Path(tempfile.mktemp(suffix=".csv"))
    with path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path
`,
  ),
  good(
    "CWE-377",
    "batch49: export helper uses NamedTemporaryFile(delete=False)",
    src`
import csv
import tempfile
from pathlib import Path


def export_rows(rows: list[dict]) -> Path:
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False) as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return Path(fh.name)
`,
  ),
  bad(
    "CWE-377",
    "batch49: job runner writes its state to a predictable /tmp path named after the job",
    src`
import json
from pathlib import Path


def save_state(job_name: str, state: dict) -> Path:
    path = Path("/tmp") / f"{job_name}-state.json"
    path.write_text(json.dumps(state))
    return path


def load_state(job_name: str) -> dict:
    path = Path("/tmp") / f"{job_name}-state.json"
    return json.loads(path.read_text()) if path.exists() else {}
`,
  ),
  good(
    "CWE-377",
    "batch49: job runner keeps state in a private directory under the user's state dir",
    src`
import json
import os
from pathlib import Path

STATE_DIR = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local/state")) / "jobrunner"


def save_state(job_name: str, state: dict) -> Path:
    STATE_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = STATE_DIR / f"{job_name}-state.json"
    path.write_text(json.dumps(state))
    return path
`,
  ),
  bad(
    "CWE-377",
    "batch49: build script creates its scratch dir at a fixed /tmp name with exist_ok",
    src`
import shutil
import subprocess
from pathlib import Path

SCRATCH = Path("/tmp/build-scratch")


def build(src: Path) -> Path:
    SCRATCH.mkdir(exist_ok=True)
    shutil.copytree(src, SCRATCH / "src", dirs_exist_ok=True)
    subprocess.run(["python", "-m", "build", "--outdir", str(SCRATCH / "dist")], cwd=SCRATCH / "src", check=True)
    return SCRATCH / "dist"
`,
  ),
  good(
    "CWE-377",
    "batch49: build script uses tempfile.TemporaryDirectory",
    src`
import shutil
import subprocess
import tempfile
from pathlib import Path


def build(src: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="build-") as tmp:
        scratch = Path(tmp)
        shutil.copytree(src, scratch / "src")
        subprocess.run(["python", "-m", "build", "--outdir", str(out)], cwd=scratch / "src", check=True)
`,
  ),
  // ---------------- CWE-915 ----------------
  bad(
    "CWE-915",
    "batch49: PATCH /me copies every field of the body onto the user with setattr",
    src`
from typing import Any

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from .db import get_session
from .deps import get_current_user
from .models import User

router = APIRouter()


@router.patch("/me")
def update_me(body: dict[str, Any], user: User = Depends(get_current_user), session: Session = Depends(get_session)) -> dict:
    for key, value in body.items():
        setattr(user, key, value)
    session.commit()
    return {"ok": True}
`,
  ),
  good(
    "CWE-915",
    "batch49: PATCH /me applies a pydantic ProfilePatch of display name and bio only",
    src`
from fastapi import APIRouter, Depends
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .db import get_session
from .deps import get_current_user
from .models import User

router = APIRouter()


class ProfilePatch(BaseModel):
    display_name: str | None = None
    bio: str | None = None


@router.patch("/me")
def update_me(patch: ProfilePatch, user: User = Depends(get_current_user), session: Session = Depends(get_session)) -> dict:
    for key, value in patch.model_dump(exclude_unset=True).items():
        setattr(user, key, value)
    session.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-915",
    "batch49: Django view updates the user row with **request.POST.dict()",
    src`
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@login_required
@require_POST
def update_profile(request):
    get_user_model().objects.filter(pk=request.user.pk).update(**request.POST.dict())
    return JsonResponse({"ok": True})
`,
  ),
  good(
    "CWE-915",
    "batch49: Django ModelForm for the user lists the editable fields",
    src`
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST


class ProfileForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ["first_name", "last_name"]


@login_required
@require_POST
def update_profile(request):
    form = ProfileForm(request.POST, instance=request.user)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    form.save()
    return JsonResponse({"ok": True})
`,
  ),
  bad(
    "CWE-915",
    "batch49: DRF account serializer with fields='__all__' used by the self-service update view",
    src`
from django.contrib.auth import get_user_model
from rest_framework import generics, permissions, serializers


class AccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = "__all__"
        extra_kwargs = {"password": {"write_only": True}}


class AccountUpdateView(generics.UpdateAPIView):
    serializer_class = AccountSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_object(self):
        return self.request.user
`,
  ),
  good(
    "CWE-915",
    "batch49: DRF account serializer marks is_staff and is_superuser read-only",
    src`
from django.contrib.auth import get_user_model
from rest_framework import generics, permissions, serializers


class AccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = ["id", "username", "email", "first_name", "last_name", "is_staff"]
        read_only_fields = ["id", "username", "is_staff"]


class AccountUpdateView(generics.UpdateAPIView):
    serializer_class = AccountSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_object(self):
        return self.request.user
`,
  ),
];
