import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

const flagged = (rule: string, code: string) =>
  analyzeSync(code, { language: "python", rules: [rule] }).findings.filter((f) => f.severity !== "LOW")
    .length > 0;

const DRF =
  "import re\nimport ldap\nfrom rest_framework import serializers\nfrom rest_framework.response import Response\nfrom rest_framework.views import APIView\n";
const DJANGO =
  "import re\nfrom django import forms\nfrom django.core.validators import RegexValidator\nfrom django.db import connection\nfrom django.http import HttpResponse\n";

describe("Python data flow: the validation layer (py-web batch 64)", () => {
  it("trusts a pydantic body parameter's field_validator that raises, not one that only strips", () => {
    const xss = (check: string) =>
      flagged(
        "PY-XSS-001",
        `import re\nfrom fastapi import FastAPI\nfrom fastapi.responses import HTMLResponse\nfrom pydantic import BaseModel, field_validator\napp = FastAPI()\nclass P(BaseModel):\n    name: str\n    @field_validator('name')\n    @classmethod\n    def chk(cls, v):\n${check}\n@app.post('/x')\ndef x(p: P):\n    return HTMLResponse('<b>' + p.name + '</b>')\n`,
      );
    expect(
      xss(
        "        if not re.fullmatch(r'[A-Za-z0-9]{1,20}', v):\n            raise ValueError('bad')\n        return v",
      ),
    ).toBe(false);
    expect(xss("        return v.strip()")).toBe(true);
    // A length check restricts no character.
    expect(xss("        if len(v) > 20:\n            raise ValueError('bad')\n        return v")).toBe(true);
  });

  it("reads Django's RegexValidator and RegexField on a form or serializer field", () => {
    const sql = (decl: string) =>
      flagged(
        "PY-SQLI-001",
        DJANGO +
          `class F(forms.Form):\n    name = ${decl}\ndef v(request):\n    f = F(request.POST)\n    if not f.is_valid():\n        return HttpResponse('no')\n    with connection.cursor() as c:\n        c.execute("SELECT 1 WHERE n = '%s'" % f.cleaned_data['name'])\n    return HttpResponse('ok')\n`,
      );
    expect(sql("forms.CharField(validators=[RegexValidator(r'^[a-z0-9_]+\\Z')])")).toBe(false);
    expect(sql("forms.RegexField(r'^[a-z0-9_]+\\Z')")).toBe(false);
    // RegexValidator searches: an unanchored pattern, an inverted one or any character passes anything.
    expect(sql("forms.CharField(validators=[RegexValidator(r'[a-z0-9_]+')])")).toBe(true);
    expect(sql("forms.CharField(validators=[RegexValidator(r'^[a-z]+\\Z', inverse_match=True)])")).toBe(true);
    expect(sql("forms.CharField(validators=[RegexValidator(r'^.+\\Z')])")).toBe(true);
    expect(sql("forms.CharField(max_length=20)")).toBe(true);
  });

  it("trusts clean_<field> / validate_<field> methods that raise, not ones that return the value anyway", () => {
    const djangoXss = (body: string) =>
      flagged(
        "PY-XSS-001",
        DJANGO +
          `class F(forms.Form):\n    nick = forms.CharField()\n    def clean_nick(self):\n        nick = self.cleaned_data['nick']\n${body}\ndef v(request):\n    f = F(request.GET)\n    if not f.is_valid():\n        return HttpResponse('no')\n    return HttpResponse('<p>%s</p>' % f.cleaned_data['nick'])\n`,
      );
    expect(
      djangoXss(
        "        if not re.fullmatch(r'[A-Za-z0-9]+', nick):\n            raise forms.ValidationError('x')\n        return nick",
      ),
    ).toBe(false);
    expect(djangoXss("        return nick.strip()")).toBe(true);
    expect(djangoXss("        if '<' in nick:\n            print('odd')\n        return nick")).toBe(true);
    const drfLdap = (body: string) =>
      flagged(
        "PY-LDAP-001",
        DRF +
          `class S(serializers.Serializer):\n    group = serializers.CharField()\n    def validate_group(self, value):\n${body}\nclass V(APIView):\n    def get(self, request):\n        s = S(data=request.query_params)\n        s.is_valid(raise_exception=True)\n        g = s.validated_data['group']\n        ldap.initialize('ldap://x').search_s('dc=x', ldap.SCOPE_SUBTREE, '(cn=' + g + ')')\n        return Response({})\n`,
      );
    expect(
      drfLdap(
        "        if not re.fullmatch(r'[a-z0-9-]+', value):\n            raise serializers.ValidationError('x')\n        return value",
      ),
    ).toBe(false);
    expect(drfLdap("        return value.lower()")).toBe(true);
  });

  it("does not take a DRF serializer validator's return for an HTML response", () => {
    const code = `${DRF}class S(serializers.Serializer):\n    url = serializers.URLField()\n    def validate_url(self, value):\n        return value.strip()\n`;
    expect(flagged("PY-XSS-001", code)).toBe(false);
  });

  it("types a FormView's form_valid parameter by the view's form_class", () => {
    const redirect = (body: string) =>
      flagged(
        "PY-REDIR-001",
        `from django import forms\nfrom django.http import HttpResponseRedirect\nfrom django.utils.http import url_has_allowed_host_and_scheme\nfrom django.views.generic.edit import FormView\nclass N(forms.Form):\n    next = forms.CharField()\n    def clean_next(self):\n        t = self.cleaned_data['next']\n${body}\nclass V(FormView):\n    form_class = N\n    def form_valid(self, form):\n        return HttpResponseRedirect(form.cleaned_data['next'])\n`,
      );
    expect(
      redirect(
        "        if not url_has_allowed_host_and_scheme(t, allowed_hosts={'a.example'}):\n            raise forms.ValidationError('x')\n        return t",
      ),
    ).toBe(false);
    expect(redirect("        return t")).toBe(true);
  });

  it("reads a Django form's data and a DRF serializer's initial_data as the submitted values", () => {
    const sql = (read: string) =>
      flagged(
        "PY-SQLI-001",
        DJANGO +
          `class F(forms.Form):\n    uid = forms.IntegerField()\ndef v(request):\n    f = F(request.GET)\n    if not f.is_valid():\n        return HttpResponse('no')\n    with connection.cursor() as c:\n        c.execute('SELECT 1 WHERE id = %s' % ${read})\n    return HttpResponse('ok')\n`,
      );
    expect(sql("f.cleaned_data['uid']")).toBe(false);
    expect(sql("f.data['uid']")).toBe(true);
    const trust = (read: string) =>
      flagged(
        "PY-TRUST-001",
        `${DRF}class S(serializers.Serializer):\n    cart = serializers.UUIDField()\nclass V(APIView):\n    def post(self, request):\n        s = S(data=request.data)\n        s.is_valid(raise_exception=True)\n        request.session['cart'] = ${read}\n        return Response({})\n`,
      );
    expect(trust("s.initial_data['cart']")).toBe(true);
    expect(trust("str(s.validated_data['cart'])")).toBe(false);
  });

  it("takes an IPv4Address annotation and Flask's uuid converter as converting the value", () => {
    const cmd = (ty: string) =>
      flagged(
        "PY-CMDI-002",
        `import subprocess\nfrom ipaddress import IPv4Address\nfrom fastapi import FastAPI\napp = FastAPI()\n@app.get('/x')\ndef x(ip: ${ty}):\n    return subprocess.check_output(f'ping {ip}', shell=True)\n`,
      );
    expect(cmd("IPv4Address")).toBe(false);
    expect(cmd("str")).toBe(true);
    const sql = (conv: string) =>
      flagged(
        "PY-SQLI-001",
        `import sqlite3\nfrom flask import Flask\napp = Flask(__name__)\n@app.route('/i/<${conv}item>')\ndef i(item):\n    sqlite3.connect('x').execute(f"SELECT 1 WHERE id = '{item}'")\n    return 'ok'\n`,
      );
    expect(sql("uuid:")).toBe(false);
    expect(sql("")).toBe(true);
  });

  it("flags hashlib.new of a Literal parameter or a ChoiceField whose values include a broken hash", () => {
    const fastapi = (lit: string) =>
      flagged(
        "PY-HASH-001",
        `import hashlib\nfrom typing import Literal\nfrom fastapi import FastAPI\napp = FastAPI()\n@app.get('/h')\ndef h(pw: str, algo: Literal[${lit}] = 'sha256'):\n    return {'h': hashlib.new(algo, pw.encode()).hexdigest()}\n`,
      );
    expect(fastapi("'md5', 'sha256'")).toBe(true);
    expect(fastapi("'sha256', 'sha512'")).toBe(false);
    const django = (choices: string) =>
      flagged(
        "PY-HASH-001",
        `${DJANGO}import hashlib\nclass F(forms.Form):\n    pw = forms.CharField()\n    algo = forms.ChoiceField(choices=[${choices}])\ndef v(request):\n    f = F(request.POST)\n    if not f.is_valid():\n        return HttpResponse('no')\n    h = hashlib.new(f.cleaned_data['algo'])\n    h.update(f.cleaned_data['pw'].encode())\n    return HttpResponse(h.hexdigest())\n`,
      );
    expect(django("('sha1', 'SHA-1'), ('sha256', 'SHA-256')")).toBe(true);
    expect(django("('sha256', 'SHA-256'), ('sha512', 'SHA-512')")).toBe(false);
  });

  it("reads pydantic's constrained ints on a model, Flask's type=uuid.UUID and Django's SlugField as converting", () => {
    const model = (ty: string) =>
      flagged(
        "PY-SQLI-001",
        `import sqlite3\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel, conint, PositiveInt\napp = FastAPI()\nclass Q(BaseModel):\n    uid: ${ty}\n@app.post('/a')\ndef a(q: Q):\n    return sqlite3.connect('x').execute(f"SELECT 1 WHERE id = {q.uid}").fetchall()\n`,
      );
    expect(model("conint(ge=1)")).toBe(false);
    expect(model("PositiveInt")).toBe(false);
    expect(model("str")).toBe(true);
    const flask = (ty: string) =>
      flagged(
        "PY-SQLI-001",
        `import sqlite3\nimport uuid\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/a')\ndef a():\n    rid = request.args.get('id', type=${ty})\n    return str(sqlite3.connect('x').execute(f"SELECT 1 WHERE id = '{rid}'").fetchall())\n`,
      );
    expect(flask("uuid.UUID")).toBe(false);
    expect(flask("str")).toBe(true);
    const slug = (decl: string) =>
      flagged(
        "PY-SQLI-001",
        DJANGO +
          `class F(forms.Form):\n    s = ${decl}\ndef v(request):\n    f = F(request.GET)\n    if not f.is_valid():\n        return HttpResponse('no')\n    with connection.cursor() as c:\n        c.execute("SELECT 1 WHERE s = '%s'" % f.cleaned_data['s'])\n    return HttpResponse('ok')\n`,
      );
    expect(slug("forms.SlugField()")).toBe(false);
    expect(slug("forms.CharField()")).toBe(true);
  });
});
