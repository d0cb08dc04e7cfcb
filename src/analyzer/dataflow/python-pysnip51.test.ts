import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

const found = (rule: string, code: string, min: "LOW" | "MEDIUM" = "MEDIUM") =>
  analyzeSync(code, { language: "python", rules: [rule] }).findings.filter(
    (f) => min === "LOW" || f.severity !== "LOW",
  ).length > 0;

describe("web data features (py-snippets batch 51)", () => {
  it("PY-LOG-001: the signed-in account's username or key is the server's record, not request text", () => {
    const log = (arg: string) =>
      found(
        "PY-LOG-001",
        `import logging\nlog = logging.getLogger("audit")\ndef remove(request, pk):\n    log.warning("removed by %s", ${arg})\n`,
      );
    expect(log("request.user.username")).toBe(false);
    expect(log("request.user.pk")).toBe(false);
    expect(log("request.POST['reason']")).toBe(true);
    expect(log("request.user.bio")).toBe(true);
  });

  it("PY-LOG-001: what a credential check returns is the account it found, not the typed text", () => {
    const log = (fn: string) =>
      found(
        "PY-LOG-001",
        `import logging\nfrom flask import request\nlog = logging.getLogger(__name__)\ndef login():\n    user = ${fn}(request.form['u'], request.form['p'])\n    log.info("login user=%s", user)\n`,
      );
    expect(log("verify_credentials")).toBe(false);
    expect(log("authenticate")).toBe(false);
    expect(log("normalise")).toBe(true);
  });

  it("PY-PATH-001: the signed-in user's primary key, and a compiled negated-class sub, leave no traversal", () => {
    const path = (expr: string) =>
      found(
        "PY-PATH-001",
        `import re\nfrom pathlib import Path\nSAFE = re.compile(r"[^A-Za-z0-9_-]+")\nDOT = re.compile(r"[^A-Za-z0-9_.-]+")\ndef save(request):\n    (Path("/srv") / ${expr}).write_text("x")\n`,
      );
    expect(path("str(request.user.pk)")).toBe(false);
    expect(path('SAFE.sub("_", request.GET["n"])')).toBe(false);
    expect(path('DOT.sub("_", request.GET["n"])')).toBe(true);
    expect(path('request.GET["n"]')).toBe(true);
  });

  it("PY-SSRF-001: HTML-to-PDF renderers and a DRF serializer's validate_<field> value", () => {
    const pdf = (call: string) =>
      found(
        "PY-SSRF-001",
        `import pdfkit\nfrom weasyprint import HTML\nfrom flask import request\ndef render():\n    return ${call}\n`,
      );
    expect(pdf("HTML(url=request.args['u']).write_pdf()")).toBe(true);
    expect(pdf("pdfkit.from_url(request.args['u'], False)")).toBe(true);
    expect(pdf("HTML(string=request.args['u']).write_pdf()")).toBe(false);
    const ser = (base: string) =>
      found(
        "PY-SSRF-001",
        `import requests\nfrom rest_framework import serializers\nclass FeedSerializer(${base}):\n    def validate_url(self, value):\n        requests.get(value, timeout=5)\n        return value\n`,
      );
    expect(ser("serializers.ModelSerializer")).toBe(true);
    expect(ser("object")).toBe(false);
  });

  it("PY-HOOKSSRF-001: a parameter typed as the webhook model holds the URL a customer registered", () => {
    const hook = (ann: string) =>
      found(
        "PY-HOOKSSRF-001",
        `import requests\nfrom .models import Webhook\ndef deliver(hook: ${ann}, payload: dict) -> int:\n    return requests.post(hook.target_url, json=payload, timeout=5).status_code\n`,
      );
    expect(hook("Webhook")).toBe(true);
    expect(hook("Settings")).toBe(false);
  });

  it("PY-LOG-003: a logged header dict with Authorization, and a URL built around a token", () => {
    const headers = (key: string) =>
      found(
        "PY-LOG-003",
        `import logging\nlogger = logging.getLogger(__name__)\nclass C:\n    def __init__(self, t):\n        self.headers = {"${key}": f"Bearer {t}"}\n    def push(self):\n        logger.info("headers=%s", self.headers)\n`,
      );
    expect(headers("Authorization")).toBe(true);
    expect(headers("Accept")).toBe(false);
    const link = (arg: string) =>
      found(
        "PY-LOG-003",
        `import logging\nfrom django.urls import reverse\nlog = logging.getLogger(__name__)\ndef send(request, user, token):\n    link = request.build_absolute_uri(reverse("reset", args=[${arg}]))\n    log.info("reset link %s", link)\n`,
      );
    expect(link("token")).toBe(true);
    expect(link("user.pk")).toBe(false);
  });

  it("PY-EXPOSE-001: a served serializer listing the password, and the whole Flask config returned", () => {
    const ser = (extra: string) =>
      found(
        "PY-EXPOSE-001",
        `from rest_framework import generics, serializers\nfrom .models import User\nclass S(serializers.ModelSerializer):\n    class Meta:\n        model = User\n        fields = ["id", "username", "password"]\n${extra}\nclass V(generics.ListAPIView):\n    serializer_class = S\n    queryset = User.objects.all()\n`,
      );
    expect(ser("")).toBe(true);
    expect(ser('        extra_kwargs = {"password": {"write_only": True}}')).toBe(false);
    const cfg = (ret: string) =>
      found(
        "PY-EXPOSE-001",
        `from flask import Flask, current_app, jsonify\napp = Flask(__name__)\n@app.get("/debug")\ndef d():\n    return ${ret}\n`,
      );
    expect(cfg("jsonify({k: str(v) for k, v in current_app.config.items()})")).toBe(true);
    expect(cfg('jsonify(version=current_app.config["APP_VERSION"])')).toBe(false);
  });

  it("PY-IDOR-001: a moderator dependency is a role check; the file's own scoping marks a model private", () => {
    const mod = (dep: string) =>
      found(
        "PY-IDOR-001",
        `from fastapi import APIRouter, Depends\nrouter = APIRouter()\n@router.post("/comments/{comment_id}/hide")\ndef hide(comment_id: int, u=Depends(${dep}), db=Depends(get_session)):\n    db.get(Comment, comment_id).hidden = True\n    db.commit()\n`,
      );
    expect(mod("require_moderator")).toBe(false);
    expect(mod("current_user")).toBe(true);
    const dl = (lookup: string) =>
      found(
        "PY-IDOR-001",
        `from django.contrib.auth.decorators import login_required\nfrom django.http import FileResponse\nfrom django.shortcuts import get_object_or_404, render\n@login_required\ndef export_list(request):\n    return render(request, "l.html", {"e": DataExport.objects.filter(requested_by=request.user)})\n@login_required\ndef export_download(request, pk):\n    export = ${lookup}\n    return FileResponse(export.file.open("rb"))\n`,
      );
    expect(dl("get_object_or_404(DataExport, pk=pk)")).toBe(true);
    expect(dl("get_object_or_404(DataExport, pk=pk, requested_by=request.user)")).toBe(false);
    const del = (where: string) =>
      found(
        "PY-IDOR-001",
        `from flask import Blueprint, abort\nfrom flask_login import current_user, login_required\nfrom sqlalchemy import delete\nbp = Blueprint("r", __name__)\n@bp.delete("/reports/<int:report_id>")\n@login_required\ndef delete_report(report_id):\n    result = db.session.execute(delete(SavedReport).where(${where}))\n    db.session.commit()\n    if result.rowcount == 0:\n        abort(404)\n    return "", 204\n`,
      );
    expect(del("SavedReport.id == report_id")).toBe(true);
    expect(del("SavedReport.id == report_id, SavedReport.user_id == current_user.id")).toBe(false);
    // (A model whose name says nothing either way: PY-IDOR-001 reads `Attachment` as private by name since batch 54.)
    const vs = (create: string) =>
      found(
        "PY-IDOR-001",
        `from rest_framework import permissions, viewsets\nclass StickerViewSet(viewsets.ModelViewSet):\n    serializer_class = StickerSerializer\n    permission_classes = [permissions.IsAuthenticated]\n    queryset = Sticker.objects.all()\n    def perform_create(self, serializer):\n        serializer.save(${create})\n`,
      );
    expect(vs("owner=self.request.user")).toBe(true);
    expect(vs("source='upload'")).toBe(false);
  });

  it("PY-CSRF-001: csrf.exempt of a blueprint whose every route checks a signature", () => {
    const exempt = (check: string) =>
      found(
        "PY-CSRF-001",
        `import hmac\nfrom flask import Blueprint, Flask, abort, request\nfrom flask_wtf.csrf import CSRFProtect\ncsrf = CSRFProtect()\nhooks = Blueprint("hooks", __name__)\n@hooks.post("/hooks/billing")\ndef billing():\n    ${check}\n    return {"ok": True}\ndef create_app():\n    app = Flask(__name__)\n    csrf.init_app(app)\n    csrf.exempt(hooks)\n    return app\n`,
      );
    expect(
      exempt(
        'if not hmac.compare_digest(sign(request.get_data()), request.headers.get("X-Sig", "")): abort(401)',
      ),
    ).toBe(false);
    expect(exempt("save(request.form)")).toBe(true);
  });

  it("PY-CSV-001: a helper using a module-level formula-prefix pattern neutralises the cell", () => {
    const csv = (cell: string) =>
      found(
        "PY-CSV-001",
        `import csv, io, re\nfrom flask import request\nRISKY = re.compile(r"^[=+\\-@\\t\\r]")\ndef clean(v):\n    t = str(v)\n    return "'" + t if RISKY.match(t) else t\ndef export():\n    csv.writer(io.StringIO()).writerow([${cell}])\n`,
      );
    expect(csv('clean(request.args["n"])')).toBe(false);
    expect(csv('request.args["n"]')).toBe(true);
  });

  it("PY-PRIV-002 / PY-AUTHGAP-001: staff_member_required is the admin gate Django views carry", () => {
    const view = (deco: string) =>
      `from django.contrib.admin.views.decorators import staff_member_required\nfrom django.views.decorators.http import require_POST\n@staff_member_required\ndef user_list(request):\n    return render(request, "u.html")\n${deco}@require_POST\ndef set_role(request, user_id):\n    u = User.objects.get(pk=user_id)\n    u.is_staff = request.POST.get("role") == "staff"\n    u.save()\n`;
    expect(found("PY-PRIV-002", view("@staff_member_required\n"))).toBe(false);
    expect(found("PY-PRIV-002", view(""))).toBe(true);
    expect(found("PY-AUTHGAP-001", view(""))).toBe(true);
    expect(found("PY-AUTHGAP-001", view("@staff_member_required\n"))).toBe(false);
  });

  it("PY-MASS-001: a ModelForm of the user's profile with an empty exclude list", () => {
    const form = (model: string) =>
      found(
        "PY-MASS-001",
        `from django import forms\nclass ProfileForm(forms.ModelForm):\n    class Meta:\n        model = ${model}\n        exclude = []\n`,
      );
    expect(form("Profile")).toBe(true);
    expect(form("Recipe")).toBe(false);
  });
});
