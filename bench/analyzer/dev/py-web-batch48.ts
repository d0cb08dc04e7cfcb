// Dev suite "py-web", batch 48 (see py-web.ts): written blind (without reading the analyzer's rules) and measured
// before any fix. Python web code the way real applications write it rather than benchmark generators: Django
// class-based views (View.get/post, TemplateView.get_context_data, FormView.form_valid, ListView.get_queryset with
// self.request.GET and self.kwargs), Django REST Framework (APIView, ViewSet actions, serializers' validated_data vs
// initial_data, @action), FastAPI (path/query/body parameters through Pydantic models, Depends, Form, UploadFile,
// Request), Starlette / aiohttp / Sanic handlers, Flask blueprints and MethodView, Celery tasks fed request data,
// middleware. Each safe twin differs in the one thing that makes it safe (a Pydantic int/UUID/Literal/constrained
// type, a serializer ChoiceField, an owner filter, url_has_allowed_host_and_scheme, parameters, escaping,
// secure_filename / safe_join). Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch48: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH48: DevCase[] = [
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "Django ListView.get_queryset: Model.objects.raw with self.request.GET interpolated by % vs passed as params",
    (v) => `
      from django.views.generic import ListView

      from .models import Product


      class ProductSearchView(ListView):
          template_name = "shop/search.html"
          context_object_name = "products"
          paginate_by = 25

          def get_queryset(self):
              term = self.request.GET.get("q", "").strip()
              if not term:
                  return Product.objects.none()
              ${
                v
                  ? `sql = "SELECT * FROM shop_product WHERE name LIKE '%%%s%%' ORDER BY name" % term
              return Product.objects.raw(sql)`
                  : `sql = "SELECT * FROM shop_product WHERE name LIKE %s ORDER BY name"
              return Product.objects.raw(sql, ["%" + term + "%"])`
              }
    `,
  ),
  ...whole(
    "CWE-89",
    "Django View.get with connection.cursor(): self.kwargs['slug'] in an f-string vs a %s parameter",
    (v) => `
      from django.db import connection
      from django.http import JsonResponse
      from django.views import View


      class CategoryStatsView(View):
          def get(self, request, *args, **kwargs):
              slug = self.kwargs["slug"]
              with connection.cursor() as cursor:
                  ${
                    v
                      ? `cursor.execute(
                      f"SELECT COUNT(*), AVG(price) FROM shop_product p JOIN shop_category c ON p.category_id = c.id WHERE c.slug = '{slug}'"
                  )`
                      : `cursor.execute(
                      "SELECT COUNT(*), AVG(price) FROM shop_product p JOIN shop_category c ON p.category_id = c.id WHERE c.slug = %s",
                      [slug],
                  )`
                  }
                  count, avg = cursor.fetchone()
              return JsonResponse({"slug": slug, "count": count, "avg_price": float(avg or 0)})
    `,
  ),
  ...whole(
    "CWE-89",
    "DRF APIView: queryset.extra(where=[f\"...{status}\"]) vs extra(where=['status = %s'], params=[status])",
    (v) => `
      from rest_framework.response import Response
      from rest_framework.views import APIView

      from .models import Order
      from .serializers import OrderSerializer


      class OrderListAPIView(APIView):
          def get(self, request, format=None):
              status = request.query_params.get("status", "open")
              qs = Order.objects.filter(customer=request.user)
              ${
                v
                  ? `qs = qs.extra(where=[f"status = '{status}'"])`
                  : `qs = qs.extra(where=["status = %s"], params=[status])`
              }
              return Response(OrderSerializer(qs, many=True).data)
    `,
  ),
  ...whole(
    "CWE-89",
    "FastAPI + SQLAlchemy text(): ORDER BY {sort} where sort is a str query param vs Literal['name', 'created_at']",
    (v) => `
      from typing import Literal

      from fastapi import APIRouter, Depends
      from sqlalchemy import text
      from sqlalchemy.orm import Session

      from .db import get_db

      router = APIRouter(prefix="/articles")


      @router.get("/")
      def list_articles(
          sort: ${v ? "str" : 'Literal["title", "created_at"]'} = "created_at",
          db: Session = Depends(get_db),
      ):
          rows = db.execute(text(f"SELECT id, title FROM articles ORDER BY {sort} DESC LIMIT 50")).all()
          return [{"id": r.id, "title": r.title} for r in rows]
    `,
  ),
  ...whole(
    "CWE-89",
    "FastAPI path parameter typed str vs int, interpolated into a raw sqlite query",
    (v) => `
      import sqlite3

      from fastapi import FastAPI, HTTPException

      app = FastAPI()


      def get_conn():
          return sqlite3.connect("app.db")


      @app.get("/users/{user_id}")
      def read_user(user_id: ${v ? "str" : "int"}):
          conn = get_conn()
          try:
              row = conn.execute(f"SELECT id, name, email FROM users WHERE id = {user_id}").fetchone()
          finally:
              conn.close()
          if row is None:
              raise HTTPException(status_code=404)
          return {"id": row[0], "name": row[1], "email": row[2]}
    `,
  ),
  ...whole(
    "CWE-89",
    "Django middleware: X-Tenant header into SET search_path unchecked vs re.fullmatch allow-pattern",
    (v) => `
      import re

      from django.db import connection
      from django.http import HttpResponseBadRequest


      class TenantSchemaMiddleware:
          def __init__(self, get_response):
              self.get_response = get_response

          def __call__(self, request):
              tenant = request.headers.get("X-Tenant", "public")
              ${
                v
                  ? ""
                  : `if not re.fullmatch(r"[a-z][a-z0-9_]{0,30}", tenant):
                  return HttpResponseBadRequest("bad tenant")`
              }
              with connection.cursor() as cursor:
                  cursor.execute("SET search_path TO %s, public" % tenant)
              return self.get_response(request)
    `,
  ),
  ...whole(
    "CWE-89",
    "Starlette handler with asyncpg: email from query string in an f-string vs $1 placeholder",
    (v) => `
      import asyncpg
      from starlette.applications import Starlette
      from starlette.responses import JSONResponse
      from starlette.routing import Route


      async def lookup(request):
          email = request.query_params.get("email", "")
          conn = await asyncpg.connect(dsn=request.app.state.dsn)
          try:
              ${
                v
                  ? `row = await conn.fetchrow(f"SELECT id, name FROM members WHERE email = '{email}'")`
                  : `row = await conn.fetchrow("SELECT id, name FROM members WHERE email = $1", email)`
              }
          finally:
              await conn.close()
          return JSONResponse(dict(row) if row else {})


      app = Starlette(routes=[Route("/members/lookup", lookup)])
    `,
  ),
  ...whole(
    "CWE-89",
    "Django annotate(RawSQL(...)) with a GET value concatenated vs given as RawSQL params",
    (v) => `
      from django.db.models.expressions import RawSQL
      from django.http import JsonResponse
      from django.views import View

      from .models import Listing


      class NearbyView(View):
          def get(self, request):
              region = request.GET.get("region", "north")
              qs = Listing.objects.annotate(
                  ${
                    v
                      ? `in_region=RawSQL("SELECT COUNT(*) FROM regions r WHERE r.code = '" + region + "'", [])`
                      : `in_region=RawSQL("SELECT COUNT(*) FROM regions r WHERE r.code = %s", [region])`
                  }
              )
              return JsonResponse({"ids": list(qs.values_list("id", flat=True)[:20])})
    `,
  ),
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "Celery task fed request.POST: subprocess.run(f'ping ... {host}', shell=True) vs argv list",
    (v) => `
      import subprocess

      from celery import shared_task
      from django.http import JsonResponse
      from django.views.decorators.http import require_POST


      @shared_task
      def ping_host(host):
          ${
            v
              ? `result = subprocess.run(f"ping -c 3 {host}", shell=True, capture_output=True, text=True)`
              : `result = subprocess.run(["ping", "-c", "3", "--", host], capture_output=True, text=True)`
          }
          return result.stdout


      @require_POST
      def start_ping(request):
          job = ping_host.delay(request.POST["host"])
          return JsonResponse({"task": job.id})
    `,
  ),
  ...whole(
    "CWE-78",
    "FastAPI Form field into os.system vs shlex.quote",
    (v) => `
      import os
      import shlex

      from fastapi import FastAPI, Form

      app = FastAPI()


      @app.post("/thumbnails")
      def make_thumbnail(image_name: str = Form(...), size: int = Form(128)):
          src = "/srv/media/" + ${v ? "image_name" : "shlex.quote(image_name)"}
          rc = os.system(f"convert {src} -thumbnail {size}x{size} /srv/media/thumbs/out.png")
          return {"rc": rc}
    `,
  ),
  ...whole(
    "CWE-78",
    "DRF ViewSet @action: serializer.initial_data['branch'] vs validated_data of a ChoiceField, into a shell command",
    (v) => `
      import subprocess

      from rest_framework import serializers, viewsets
      from rest_framework.decorators import action
      from rest_framework.response import Response

      from .models import Repository


      class DeploySerializer(serializers.Serializer):
          branch = serializers.ChoiceField(choices=["main", "staging", "release"])


      class RepositoryViewSet(viewsets.ModelViewSet):
          queryset = Repository.objects.all()

          @action(detail=True, methods=["post"])
          def deploy(self, request, pk=None):
              repo = self.get_object()
              serializer = DeploySerializer(data=request.data)
              serializer.is_valid(raise_exception=True)
              branch = serializer.${v ? "initial_data" : "validated_data"}["branch"]
              out = subprocess.check_output(
                  "cd %s && git fetch && git checkout %s" % (repo.path, branch), shell=True
              )
              return Response({"output": out.decode()})
    `,
  ),
  ...whole(
    "CWE-78",
    "aiohttp handler: asyncio.create_subprocess_shell with match_info vs create_subprocess_exec",
    (v) => `
      import asyncio

      from aiohttp import web

      routes = web.RouteTableDef()


      @routes.get("/dns/{domain}")
      async def dig(request):
          domain = request.match_info["domain"]
          ${
            v
              ? `proc = await asyncio.create_subprocess_shell(
              "dig +short " + domain, stdout=asyncio.subprocess.PIPE
          )`
              : `proc = await asyncio.create_subprocess_exec(
              "dig", "+short", "--", domain, stdout=asyncio.subprocess.PIPE
          )`
          }
          out, _ = await proc.communicate()
          return web.json_response({"answers": out.decode().split()})


      app = web.Application()
      app.add_routes(routes)
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "FastAPI UploadFile saved under file.filename vs secure_filename(file.filename)",
    (v) => `
      import os
      import shutil

      from fastapi import FastAPI, File, UploadFile
      from werkzeug.utils import secure_filename

      app = FastAPI()
      UPLOAD_DIR = "/var/app/uploads"


      @app.post("/upload")
      async def upload(file: UploadFile = File(...)):
          name = ${v ? "file.filename" : "secure_filename(file.filename)"}
          dest = os.path.join(UPLOAD_DIR, name)
          with open(dest, "wb") as out:
              shutil.copyfileobj(file.file, out)
          return {"stored": name}
    `,
  ),
  ...whole(
    "CWE-22",
    "Flask blueprint send_file(os.path.join(base, name)) vs werkzeug safe_join with a None check",
    (v) => `
      import os

      from flask import Blueprint, abort, current_app, send_file
      from werkzeug.utils import safe_join

      reports = Blueprint("reports", __name__, url_prefix="/reports")


      @reports.route("/<path:name>")
      def download(name):
          base = os.path.join(current_app.instance_path, "reports")
          ${
            v
              ? `path = os.path.join(base, name)`
              : `path = safe_join(base, name)
          if path is None:
              abort(404)`
          }
          if not os.path.isfile(path):
              abort(404)
          return send_file(path, as_attachment=True)
    `,
  ),
  ...whole(
    "CWE-22",
    "aiohttp handler reads a file under match_info name vs resolved path checked with is_relative_to",
    (v) => `
      from pathlib import Path

      from aiohttp import web

      DOCS = Path("/srv/docs").resolve()


      async def show_doc(request):
          name = request.match_info["name"]
          target = (DOCS / name).resolve()
          ${
            v
              ? ""
              : `if not target.is_relative_to(DOCS):
              raise web.HTTPForbidden()`
          }
          if not target.is_file():
              raise web.HTTPNotFound()
          return web.Response(text=target.read_text(), content_type="text/plain")


      app = web.Application()
      app.router.add_get("/docs/{name:.+}", show_doc)
    `,
  ),
  ...whole(
    "CWE-22",
    "FastAPI FileResponse of a path parameter: plain str vs Path(pattern=...) allowing only [\\w-]+.pdf",
    (v) => `
      import os

      from fastapi import FastAPI, Path
      from fastapi.responses import FileResponse

      app = FastAPI()
      INVOICE_DIR = "/srv/invoices"


      @app.get("/invoices/{name:path}")
      def get_invoice(name: str = Path(...${v ? "" : ', pattern=r"^[\\w-]+\\.pdf$"'})):
          return FileResponse(os.path.join(INVOICE_DIR, name), media_type="application/pdf")
    `,
  ),
  ...whole(
    "CWE-22",
    "Celery task deleting an export named by request.POST: os.path.join vs os.path.basename",
    (v) => `
      import os

      from celery import shared_task
      from django.contrib.auth.decorators import login_required
      from django.http import JsonResponse

      EXPORT_DIR = "/var/app/exports"


      @shared_task
      def purge_export(name):
          path = os.path.join(EXPORT_DIR, ${v ? "name" : "os.path.basename(name)"})
          if os.path.exists(path):
              os.remove(path)


      @login_required
      def delete_export(request):
          purge_export.delay(request.POST.get("file", ""))
          return JsonResponse({"queued": True})
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "Django View.get returns HttpResponse(f'<h1>{name}</h1>') vs escape(name)",
    (v) => `
      from django.http import HttpResponse
      from django.utils.html import escape
      from django.views import View


      class GreetView(View):
          def get(self, request):
              name = request.GET.get("name", "guest")
              return HttpResponse(f"<h1>Welcome back, {${v ? "name" : "escape(name)"}}</h1>")
    `,
  ),
  ...whole(
    "CWE-79",
    "TemplateView.get_context_data: mark_safe(f'<b>{msg}</b>') vs format_html('<b>{}</b>', msg)",
    (v) => `
      from django.utils.html import format_html
      from django.utils.safestring import mark_safe
      from django.views.generic import TemplateView


      class DashboardView(TemplateView):
          template_name = "dashboard.html"

          def get_context_data(self, **kwargs):
              context = super().get_context_data(**kwargs)
              msg = self.request.GET.get("flash", "")
              context["banner"] = ${v ? 'mark_safe(f"<b>{msg}</b>")' : 'format_html("<b>{}</b>", msg)'}
              return context
    `,
  ),
  ...whole(
    "CWE-79",
    "format_html misuse: an f-string pre-interpolates the user value vs format_html placeholders",
    (v) => `
      from django.http import HttpResponse
      from django.utils.html import format_html
      from django.views import View


      class ProfileLinkView(View):
          def get(self, request, *args, **kwargs):
              username = request.GET.get("u", "")
              ${
                v
                  ? `link = format_html(f'<a href="/people/{username}/">{username}</a>')`
                  : `link = format_html('<a href="/people/{}/">{}</a>', username, username)`
              }
              return HttpResponse(link)
    `,
  ),
  ...whole(
    "CWE-79",
    "FastAPI HTMLResponse with a query parameter in an f-string vs html.escape",
    (v) => `
      import html

      from fastapi import FastAPI
      from fastapi.responses import HTMLResponse

      app = FastAPI()


      @app.get("/search", response_class=HTMLResponse)
      async def search(q: str = ""):
          shown = ${v ? "q" : "html.escape(q)"}
          return HTMLResponse(f"<html><body><p>Results for <em>{shown}</em></p></body></html>")
    `,
  ),
  ...whole(
    "CWE-79",
    "Sanic handler response.html with request.args vs markupsafe.escape",
    (v) => `
      from markupsafe import escape
      from sanic import Sanic, response

      app = Sanic("notes")


      @app.get("/note")
      async def note(request):
          title = request.args.get("title", "untitled")
          return response.html("<h2>" + ${v ? "title" : "str(escape(title))"} + "</h2>")
    `,
  ),
  // --- CWE-918 SSRF ---
  ...whole(
    "CWE-918",
    "FastAPI Pydantic body: httpx fetch of https://{host}/status where host is str vs Literal of two hosts",
    (v) => `
      from typing import Literal

      import httpx
      from fastapi import FastAPI
      from pydantic import BaseModel

      app = FastAPI()


      class HealthCheck(BaseModel):
          host: ${v ? "str" : 'Literal["eu.api.example.com", "us.api.example.com"]'}
          timeout: float = 3.0


      @app.post("/health")
      async def health(check: HealthCheck):
          async with httpx.AsyncClient(timeout=check.timeout) as client:
              resp = await client.get(f"https://{check.host}/status")
          return {"status": resp.status_code}
    `,
  ),
  ...whole(
    "CWE-918",
    "DRF APIView webhook test: requests.post(request.data['callback_url']) vs hostname allow-list check",
    (v) => `
      from urllib.parse import urlparse

      import requests
      from rest_framework import status
      from rest_framework.response import Response
      from rest_framework.views import APIView

      ALLOWED_WEBHOOK_HOSTS = {"hooks.slack.com", "discord.com"}


      class WebhookTestView(APIView):
          def post(self, request):
              url = request.data.get("callback_url", "")
              ${
                v
                  ? ""
                  : `parsed = urlparse(url)
              if parsed.scheme != "https" or parsed.hostname not in ALLOWED_WEBHOOK_HOSTS:
                  return Response({"error": "host not allowed"}, status=status.HTTP_400_BAD_REQUEST)`
              }
              r = requests.post(url, json={"event": "ping"}, timeout=5)
              return Response({"status": r.status_code})
    `,
  ),
  ...whole(
    "CWE-918",
    "aiohttp proxy: session.get(request.query['target']) vs UPSTREAMS[request.query['svc']] dict lookup",
    (v) => `
      import aiohttp
      from aiohttp import web

      UPSTREAMS = {
          "billing": "http://billing.internal:8080/health",
          "search": "http://search.internal:9200/_cluster/health",
      }


      async def probe(request):
          ${v ? 'target = request.query["target"]' : 'target = UPSTREAMS[request.query["svc"]]'}
          async with aiohttp.ClientSession() as session:
              async with session.get(target) as resp:
                  body = await resp.text()
          return web.Response(text=body)


      app = web.Application()
      app.router.add_get("/probe", probe)
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "Django LoginView-like View.post: redirect(next) vs url_has_allowed_host_and_scheme guard",
    (v) => `
      from django.contrib.auth import authenticate, login
      from django.shortcuts import redirect, render
      from django.utils.http import url_has_allowed_host_and_scheme
      from django.views import View


      class SignInView(View):
          def get(self, request):
              return render(request, "signin.html")

          def post(self, request):
              user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
              if user is None:
                  return render(request, "signin.html", {"error": True})
              login(request, user)
              next_url = request.POST.get("next") or "/"
              ${
                v
                  ? ""
                  : `if not url_has_allowed_host_and_scheme(
                  next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
              ):
                  next_url = "/"`
              }
              return redirect(next_url)
    `,
  ),
  ...whole(
    "CWE-601",
    "Flask MethodView: redirect(request.args['return_to']) vs membership in a set of internal paths",
    (v) => `
      from flask import Blueprint, redirect, request, session
      from flask.views import MethodView

      bp = Blueprint("account", __name__)
      SAFE_PAGES = {"/dashboard", "/settings", "/billing"}


      class LogoutView(MethodView):
          def get(self):
              session.clear()
              target = request.args.get("return_to", "/dashboard")
              ${
                v
                  ? ""
                  : `if target not in SAFE_PAGES:
                  target = "/dashboard"`
              }
              return redirect(target)


      bp.add_url_rule("/logout", view_func=LogoutView.as_view("logout"))
    `,
  ),
  ...whole(
    "CWE-601",
    "FastAPI RedirectResponse(next) where next is str vs Literal of app paths",
    (v) => `
      from typing import Literal

      from fastapi import FastAPI
      from fastapi.responses import RedirectResponse

      app = FastAPI()


      @app.get("/continue")
      def continue_to(next: ${v ? "str" : 'Literal["/", "/account", "/orders"]'} = "/"):
          return RedirectResponse(url=next, status_code=302)
    `,
  ),
  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "Django View: cart cookie through pickle.loads(b64decode(...)) vs json.loads",
    (v) => `
      import base64
      import json
      import pickle

      from django.http import JsonResponse
      from django.views import View


      class CartView(View):
          def get(self, request):
              raw = request.COOKIES.get("cart")
              items = []
              if raw:
                  items = ${v ? "pickle.loads(base64.b64decode(raw))" : "json.loads(base64.b64decode(raw))"}
              return JsonResponse({"items": items})
    `,
  ),
  ...whole(
    "CWE-502",
    "FastAPI UploadFile config: yaml.load(Loader=yaml.Loader) vs yaml.safe_load",
    (v) => `
      import yaml
      from fastapi import FastAPI, UploadFile

      app = FastAPI()


      @app.post("/pipelines/import")
      async def import_pipeline(config: UploadFile):
          content = await config.read()
          spec = ${v ? "yaml.load(content, Loader=yaml.Loader)" : "yaml.safe_load(content)"}
          return {"steps": len(spec.get("steps", []))}
    `,
  ),
  ...whole(
    "CWE-502",
    "DRF upload of an array file: numpy.load(allow_pickle=True) vs allow_pickle=False",
    (v) => `
      import numpy as np
      from rest_framework.parsers import MultiPartParser
      from rest_framework.response import Response
      from rest_framework.views import APIView


      class EmbeddingUploadView(APIView):
          parser_classes = [MultiPartParser]

          def post(self, request):
              upload = request.FILES["vectors"]
              arr = np.load(upload, allow_pickle=${v ? "True" : "False"})
              return Response({"shape": list(arr.shape)})
    `,
  ),
  // --- CWE-611 XXE ---
  ...whole(
    "CWE-611",
    "DRF APIView parsing request.body with lxml XMLParser(resolve_entities=True) vs defusedxml",
    (v) => `
      ${v ? "from lxml import etree" : "from defusedxml import ElementTree as etree"}
      from rest_framework.response import Response
      from rest_framework.views import APIView


      class InvoiceImportView(APIView):
          def post(self, request):
              ${
                v
                  ? `parser = etree.XMLParser(resolve_entities=True, no_network=False)
              root = etree.fromstring(request.body, parser=parser)`
                  : `root = etree.fromstring(request.body)`
              }
              total = sum(float(x.text) for x in root.iter("amount"))
              return Response({"total": total})
    `,
  ),
  ...whole(
    "CWE-611",
    "Sanic handler: xml.sax parser with feature_external_ges turned on vs off",
    (v) => `
      import xml.sax
      from xml.sax.handler import feature_external_ges

      from sanic import Sanic
      from sanic.response import json

      app = Sanic("feeds")


      class TitleHandler(xml.sax.ContentHandler):
          def __init__(self):
              super().__init__()
              self.titles = []
              self._in_title = False

          def startElement(self, name, attrs):
              self._in_title = name == "title"

          def characters(self, content):
              if self._in_title:
                  self.titles.append(content)


      @app.post("/feeds/parse")
      async def parse_feed(request):
          handler = TitleHandler()
          parser = xml.sax.make_parser()
          parser.setFeature(feature_external_ges, ${v ? "True" : "False"})
          parser.setContentHandler(handler)
          parser.feed(request.body)
          parser.close()
          return json({"titles": handler.titles})
    `,
  ),
  // --- CWE-1336 template injection ---
  ...whole(
    "CWE-1336",
    "Flask blueprint render_template_string with the name formatted in vs passed as a variable",
    (v) => `
      from flask import Blueprint, render_template_string, request

      greet = Blueprint("greet", __name__)


      @greet.route("/hello")
      def hello():
          name = request.args.get("name", "friend")
          ${
            v
              ? `return render_template_string(f"<p>Hello {name}!</p>")`
              : `return render_template_string("<p>Hello {{ name }}!</p>", name=name)`
          }
    `,
  ),
  ...whole(
    "CWE-1336",
    "FastAPI body template rendered with jinja2 Environment().from_string vs a fixed template file",
    (v) => `
      from fastapi import FastAPI
      from jinja2 import Environment, FileSystemLoader
      from pydantic import BaseModel

      app = FastAPI()
      env = Environment(loader=FileSystemLoader("templates"), autoescape=True)


      class Preview(BaseModel):
          template: str
          customer: str


      @app.post("/emails/preview")
      def preview(body: Preview):
          ${v ? `tpl = env.from_string(body.template)` : `tpl = env.get_template("email/welcome.html")`}
          return {"html": tpl.render(customer=body.customer)}
    `,
  ),
  // --- CWE-915 mass assignment ---
  ...whole(
    "CWE-915",
    "Django View.post: setattr for every POST key on the user vs only an allow-list of profile fields",
    (v) => `
      from django.contrib.auth.mixins import LoginRequiredMixin
      from django.http import JsonResponse
      from django.views import View

      EDITABLE = ("first_name", "last_name", "email")


      class ProfileUpdateView(LoginRequiredMixin, View):
          def post(self, request):
              user = request.user
              for key, value in request.POST.items():
                  ${
                    v
                      ? `setattr(user, key, value)`
                      : `if key in EDITABLE:
                      setattr(user, key, value)`
                  }
              user.save()
              return JsonResponse({"ok": True})
    `,
  ),
  ...whole(
    "CWE-915",
    "FastAPI: await request.json() splatted into an ORM update vs a Pydantic model with only name/email",
    (v) => `
      from fastapi import Depends, FastAPI, Request
      from pydantic import BaseModel
      from sqlalchemy.orm import Session

      from .auth import current_user
      from .db import get_db
      from .models import Account

      app = FastAPI()


      class AccountUpdate(BaseModel):
          name: str | None = None
          email: str | None = None


      @app.patch("/me")
      async def update_me(
          ${v ? "request: Request," : "changes: AccountUpdate,"}
          user=Depends(current_user),
          db: Session = Depends(get_db),
      ):
          ${v ? "data = await request.json()" : "data = changes.model_dump(exclude_unset=True)"}
          db.query(Account).filter(Account.id == user.id).update(data)
          db.commit()
          return {"ok": True}
    `,
  ),
  // --- CWE-639 IDOR ---
  ...whole(
    "CWE-639",
    "Django View.get: Invoice by self.kwargs['pk'] only vs get_object_or_404(..., owner=request.user)",
    (v) => `
      from django.contrib.auth.mixins import LoginRequiredMixin
      from django.http import JsonResponse
      from django.shortcuts import get_object_or_404
      from django.views import View

      from .models import Invoice


      class InvoiceDetailView(LoginRequiredMixin, View):
          def get(self, request, *args, **kwargs):
              invoice = get_object_or_404(Invoice, pk=self.kwargs["pk"]${v ? "" : ", owner=request.user"})
              return JsonResponse({"id": invoice.pk, "total": str(invoice.total), "pdf": invoice.pdf.url})
    `,
  ),
  ...whole(
    "CWE-639",
    "FastAPI: document fetched by id alone vs filtered by the current user's id",
    (v) => `
      from uuid import UUID

      from fastapi import Depends, FastAPI, HTTPException
      from sqlalchemy.orm import Session

      from .auth import current_user
      from .db import get_db
      from .models import Document

      app = FastAPI()


      @app.get("/documents/{doc_id}")
      def get_document(doc_id: UUID, user=Depends(current_user), db: Session = Depends(get_db)):
          ${
            v
              ? `doc = db.query(Document).filter(Document.id == doc_id).first()`
              : `doc = db.query(Document).filter(Document.id == doc_id, Document.owner_id == user.id).first()`
          }
          if doc is None:
              raise HTTPException(status_code=404)
          return {"id": str(doc.id), "title": doc.title, "body": doc.body}
    `,
  ),
  // --- CWE-338 weak randomness for tokens ---
  ...whole(
    "CWE-338",
    "Django password reset view: token from random.choice vs secrets.token_urlsafe",
    (v) => `
      import random
      import secrets
      import string

      from django.core.mail import send_mail
      from django.views.generic.edit import FormView

      from .forms import ResetRequestForm
      from .models import ResetToken


      class PasswordResetRequestView(FormView):
          form_class = ResetRequestForm
          template_name = "reset_request.html"
          success_url = "/reset/sent/"

          def form_valid(self, form):
              user = form.get_user()
              if user is not None:
                  ${
                    v
                      ? `token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))`
                      : `token = secrets.token_urlsafe(32)`
                  }
                  ResetToken.objects.create(user=user, token=token)
                  send_mail("Reset", f"https://example.com/reset/{token}", None, [user.email])
              return super().form_valid(form)
    `,
  ),
  ...whole(
    "CWE-338",
    "FastAPI API key issuance: random.getrandbits(128) vs secrets.token_hex(16)",
    (v) => `
      import random
      import secrets

      from fastapi import Depends, FastAPI

      from .auth import current_user
      from .store import save_api_key

      app = FastAPI()


      @app.post("/api-keys")
      def create_api_key(user=Depends(current_user)):
          ${v ? 'key = "%032x" % random.getrandbits(128)' : "key = secrets.token_hex(16)"}
          save_api_key(user.id, key)
          return {"api_key": key}
    `,
  ),
  // --- CWE-328 weak hash for passwords ---
  ...whole(
    "CWE-328",
    "DRF serializer create storing hashlib.md5 of the password vs make_password",
    (v) => `
      import hashlib

      from django.contrib.auth.hashers import make_password
      from rest_framework import serializers

      from .models import Member


      class SignupSerializer(serializers.ModelSerializer):
          password = serializers.CharField(write_only=True, min_length=10)

          class Meta:
              model = Member
              fields = ["username", "email", "password"]

          def create(self, validated_data):
              raw = validated_data.pop("password")
              member = Member(**validated_data)
              member.password_hash = ${v ? "hashlib.md5(raw.encode()).hexdigest()" : "make_password(raw)"}
              member.save()
              return member
    `,
  ),
  // --- CWE-614 cookie without Secure ---
  ...whole(
    "CWE-614",
    "Django View sets a session-like remember-me cookie without secure/httponly vs with both",
    (v) => `
      import secrets

      from django.http import JsonResponse
      from django.views import View


      class RememberMeView(View):
          def post(self, request):
              token = secrets.token_urlsafe(32)
              request.user.remember_tokens.create(token=token)
              response = JsonResponse({"ok": True})
              response.set_cookie("remember_me", token, max_age=30 * 24 * 3600${v ? "" : ', secure=True, httponly=True, samesite="Lax"'})
              return response
    `,
  ),
];
