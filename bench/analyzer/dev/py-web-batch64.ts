// Dev suite "py-web", batch 64 (see py-web.ts): written blind (without reading the analyzer's rules or data flow)
// and measured before any fix. OWASP-Benchmark-style test modules (nineteenth wave), 60 insecure/safe twins over
// 14 categories, a third each Flask, Django (function and class-based views, DRF APIView / ViewSet) and FastAPI.
// This wave varies the validation layer between the request and the handler: pydantic models with Literal / Enum /
// conint / constr(pattern=...) / Field(pattern=...) / a field_validator that raises vs one that only strips,
// EmailStr / HttpUrl / AnyUrl (an HttpUrl still reaches any host), UUID / int / IPv4Address typed parameters,
// Django forms with ChoiceField / IntegerField / RegexValidator / clean_<field> that raises vs returns the raw
// value, cleaned_data vs request.POST / form.data, DRF serializers with ChoiceField / UUIDField / validators /
// validate_<field> vs initial_data, marshmallow OneOf / Regexp and load() vs request.json, WTForms AnyOf, Flask
// request.args.get(type=int) and route converters, secure_filename, slugify, url_has_allowed_host_and_scheme
// whose result is used vs ignored, and validation done and then the raw value used anyway. Categories that are not
// about taint vary the algorithm or flag beside the same validation. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch64: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

const raw = String.raw;

export const BATCH64: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "FastAPI pydantic body: host: str vs constr(pattern=anchored hostname charset); os.system(f'ping ...')",
    (v) => raw`
      import os
      from fastapi import FastAPI
      from pydantic import BaseModel, constr

      app = FastAPI()


      class PingRequest(BaseModel):
          host: ${v ? "str" : "constr(pattern=r'^[A-Za-z0-9.-]{1,253}$')"}
          count: int = 1


      @app.post('/cmdi-06401')
      def cmdi_06401(body: PingRequest):
          status = os.system(f'ping -c {body.count} {body.host}')
          return {'status': status}
    `,
  ),
  ...whole(
    "CWE-78",
    "Django form with ChoiceField tool and RegexValidator host; is_valid() then request.POST['host'] (raw) vs cleaned_data['host']; subprocess.run(shell=True)",
    (v) => raw`
      import subprocess
      from django import forms
      from django.core.validators import RegexValidator
      from django.http import HttpResponse, HttpResponseBadRequest


      class DiagForm(forms.Form):
          tool = forms.ChoiceField(choices=[('ping', 'ping'), ('dig', 'dig')])
          host = forms.CharField(max_length=253, validators=[RegexValidator(r'^[A-Za-z0-9.-]+\Z')])


      def cmdi_06402(request):
          form = DiagForm(request.POST)
          if not form.is_valid():
              return HttpResponseBadRequest('bad input')
          tool = form.cleaned_data['tool']
          host = ${v ? "request.POST['host']" : "form.cleaned_data['host']"}
          out = subprocess.run(f'{tool} {host}', shell=True, capture_output=True, text=True)
          return HttpResponse(out.stdout, content_type='text/plain')
    `,
  ),
  ...whole(
    "CWE-78",
    "Flask request.args.get('count') vs request.args.get('count', type=int); os.popen of the ping command",
    (v) => raw`
      import os
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-06403')
      def cmdi_06403():
          count = request.args.get('BenchmarkTest06403', ${v ? "'1'" : "1, type=int"})
          with os.popen('ping -c %s 127.0.0.1' % count) as pipe:
              return pipe.read()
    `,
  ),
  ...whole(
    "CWE-78",
    "DRF APIView serializer: validate_hostname that only strips vs one that raises unless fullmatch; validated_data into subprocess.check_output(shell=True)",
    (v) => raw`
      import re
      import subprocess
      from rest_framework import serializers
      from rest_framework.response import Response
      from rest_framework.views import APIView


      class LookupSerializer(serializers.Serializer):
          hostname = serializers.CharField(max_length=253)

          def validate_hostname(self, value):
              ${v ? "return value.strip()" : "if not re.fullmatch(r'[A-Za-z0-9.-]+', value):\n                  raise serializers.ValidationError('invalid hostname')\n              return value"}


      class LookupView(APIView):
          def post(self, request):
              serializer = LookupSerializer(data=request.data)
              serializer.is_valid(raise_exception=True)
              host = serializer.validated_data['hostname']
              output = subprocess.check_output('nslookup ' + host, shell=True, text=True)
              return Response({'output': output})
    `,
  ),
  ...whole(
    "CWE-78",
    "FastAPI query parameter ip: str vs ip: IPv4Address; subprocess.check_output(f'traceroute {ip}', shell=True)",
    (v) => raw`
      import subprocess
      from ipaddress import IPv4Address
      from fastapi import FastAPI, Query
      from fastapi.responses import PlainTextResponse

      app = FastAPI()


      @app.get('/cmdi-06405', response_class=PlainTextResponse)
      def cmdi_06405(ip: ${v ? "str" : "IPv4Address"} = Query(...)):
          return subprocess.check_output(f'traceroute -m 5 {ip}', shell=True, text=True)
    `,
  ),

  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "FastAPI query sort: str vs Literal['name', 'created_at']; f-string ORDER BY into sqlite3 execute",
    (v) => raw`
      import sqlite3
      from typing import Literal
      from fastapi import FastAPI

      app = FastAPI()


      @app.get('/sqli-06406')
      def sqli_06406(sort: ${v ? "str" : "Literal['name', 'created_at']"} = 'name'):
          conn = sqlite3.connect('bench.db')
          rows = conn.execute(f'SELECT id, name FROM users ORDER BY {sort}').fetchall()
          conn.close()
          return {'rows': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "Django class-based View with IntegerField form; form.data['user_id'] (raw string) vs form.cleaned_data['user_id'] (int) in a %-formatted query",
    (v) => raw`
      from django import forms
      from django.db import connection
      from django.http import JsonResponse
      from django.views import View


      class UserLookupForm(forms.Form):
          user_id = forms.IntegerField(min_value=1)


      class UserLookupView(View):
          def get(self, request):
              form = UserLookupForm(request.GET)
              if not form.is_valid():
                  return JsonResponse({'errors': form.errors}, status=400)
              uid = ${v ? "form.data['user_id']" : "form.cleaned_data['user_id']"}
              with connection.cursor() as cursor:
                  cursor.execute('SELECT username, email FROM auth_user WHERE id = %s' % uid)
                  row = cursor.fetchone()
              return JsonResponse({'user': row})
    `,
  ),
  ...whole(
    "CWE-89",
    "Flask marshmallow schema with validate.OneOf(['asc', 'desc']); schema.load() then request.json['direction'] (raw) vs the loaded dict",
    (v) => raw`
      import sqlite3
      from flask import Flask, jsonify, request
      from marshmallow import Schema, ValidationError, fields, validate

      app = Flask(__name__)


      class ListingSchema(Schema):
          direction = fields.Str(required=True, validate=validate.OneOf(['asc', 'desc']))
          limit = fields.Int(load_default=20)


      @app.post('/sqli-06408')
      def sqli_06408():
          try:
              data = ListingSchema().load(request.json)
          except ValidationError as err:
              return jsonify(err.messages), 400
          direction = ${v ? "request.json['direction']" : "data['direction']"}
          db = sqlite3.connect('bench.db')
          cur = db.execute('SELECT title FROM posts ORDER BY published ' + direction + ' LIMIT ?', (data['limit'],))
          return jsonify(cur.fetchall())
    `,
  ),
  ...whole(
    "CWE-89",
    "DRF ViewSet serializer status: CharField vs ChoiceField(['open', 'closed']); validated_data in Model.objects.raw(f-string)",
    (v) => raw`
      from django.db import models
      from rest_framework import serializers, viewsets
      from rest_framework.response import Response


      class Ticket(models.Model):
          title = models.CharField(max_length=200)
          status = models.CharField(max_length=20)


      class TicketFilterSerializer(serializers.Serializer):
          status = ${v ? "serializers.CharField(max_length=20)" : "serializers.ChoiceField(choices=['open', 'closed'])"}


      class TicketViewSet(viewsets.ViewSet):
          def list(self, request):
              params = TicketFilterSerializer(data=request.query_params)
              params.is_valid(raise_exception=True)
              status = params.validated_data['status']
              tickets = Ticket.objects.raw(f"SELECT * FROM app_ticket WHERE status = '{status}'")
              return Response([t.title for t in tickets])
    `,
  ),
  ...whole(
    "CWE-89",
    "Flask route converter <item_id> (string) vs <uuid:item_id>; f-string WHERE clause into cursor.execute",
    (v) => raw`
      import sqlite3
      from flask import Flask, jsonify

      app = Flask(__name__)


      @app.route('/sqli-06410/<${v ? "" : "uuid:"}item_id>')
      def sqli_06410(item_id):
          cursor = sqlite3.connect('bench.db').cursor()
          cursor.execute(f"SELECT name, price FROM items WHERE public_id = '{item_id}'")
          return jsonify(cursor.fetchone())
    `,
  ),

  // --- CWE-79 cross-site scripting ---
  ...whole(
    "CWE-79",
    "Flask-WTF form theme with validators=[Length(max=20)] vs [AnyOf(['light', 'dark'])]; form.theme.data in an HTML string",
    (v) => raw`
      from flask import Flask
      from flask_wtf import FlaskForm
      from wtforms import StringField
      from wtforms.validators import ${v ? "Length" : "AnyOf"}

      app = Flask(__name__)
      app.config['SECRET_KEY'] = 'bench-secret-06411'


      class ThemeForm(FlaskForm):
          theme = StringField('theme', validators=[${v ? "Length(max=20)" : "AnyOf(['light', 'dark'])"}])


      @app.route('/xss-06411', methods=['POST'])
      def xss_06411():
          form = ThemeForm()
          if not form.validate_on_submit():
              return 'invalid', 400
          return f'<html><body class="{form.theme.data}"><p>Theme saved</p></body></html>'
    `,
  ),
  ...whole(
    "CWE-79",
    "Django form clean_nickname that strips and returns vs raises unless fullmatch([A-Za-z0-9_ ]); cleaned_data into HttpResponse HTML",
    (v) => raw`
      import re
      from django import forms
      from django.http import HttpResponse


      class GreetingForm(forms.Form):
          nickname = forms.CharField(max_length=40)

          def clean_nickname(self):
              nickname = self.cleaned_data['nickname']
              ${v ? "return nickname.strip()" : "if not re.fullmatch(r'[A-Za-z0-9_ ]+', nickname):\n                  raise forms.ValidationError('letters and digits only')\n              return nickname"}


      def xss_06412(request):
          form = GreetingForm(request.GET)
          if not form.is_valid():
              return HttpResponse('invalid', status=400)
          return HttpResponse('<h1>Hello, %s!</h1>' % form.cleaned_data['nickname'])
    `,
  ),
  ...whole(
    "CWE-79",
    "FastAPI pydantic field_validator on display_name: returns v.strip() vs raises unless fullmatch; HTMLResponse f-string",
    (v) => raw`
      import re
      from fastapi import FastAPI
      from fastapi.responses import HTMLResponse
      from pydantic import BaseModel, field_validator

      app = FastAPI()


      class Profile(BaseModel):
          display_name: str

          @field_validator('display_name')
          @classmethod
          def check_name(cls, v: str) -> str:
              ${v ? "return v.strip()" : "if not re.fullmatch(r'[A-Za-z][A-Za-z .-]{0,39}', v):\n                  raise ValueError('bad display name')\n              return v"}


      @app.post('/xss-06413', response_class=HTMLResponse)
      def xss_06413(profile: Profile):
          return HTMLResponse(f'<div class="card"><h2>{profile.display_name}</h2></div>')
    `,
  ),
  ...whole(
    "CWE-79",
    "FastAPI query page: str vs page: int; the page number echoed in an HTMLResponse",
    (v) => raw`
      from fastapi import FastAPI
      from fastapi.responses import HTMLResponse

      app = FastAPI()


      @app.get('/xss-06414')
      async def xss_06414(page: ${v ? "str = '1'" : "int = 1"}):
          body = '<nav>Page ' + str(page) + ' of results</nav>'
          return HTMLResponse(content=body)
    `,
  ),
  ...whole(
    "CWE-79",
    "DRF APIView serializer with RegexValidator on tag; serializer.initial_data['tag'] vs validated_data['tag'] in a Django HttpResponse",
    (v) => raw`
      from django.core.validators import RegexValidator
      from django.http import HttpResponse
      from rest_framework import serializers
      from rest_framework.views import APIView


      class TagSerializer(serializers.Serializer):
          tag = serializers.CharField(max_length=32, validators=[RegexValidator(r'^[a-z0-9-]+\Z')])


      class TagPreview(APIView):
          def post(self, request):
              serializer = TagSerializer(data=request.data)
              serializer.is_valid(raise_exception=True)
              tag = serializer.${v ? "initial_data" : "validated_data"}['tag']
              return HttpResponse('<span class="tag">#' + tag + '</span>', content_type='text/html')
    `,
  ),

  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "Flask upload: file.filename vs secure_filename(file.filename) joined under UPLOAD_DIR; file.save",
    (v) => raw`
      import os
      from flask import Flask, request
      from werkzeug.utils import secure_filename

      app = Flask(__name__)
      UPLOAD_DIR = '/srv/bench/uploads'


      @app.route('/pathtraver-06416', methods=['POST'])
      def pathtraver_06416():
          upload = request.files['document']
          name = ${v ? "upload.filename" : "secure_filename(upload.filename)"}
          if not name:
              return 'no file', 400
          upload.save(os.path.join(UPLOAD_DIR, name))
          return 'stored'
    `,
  ),
  ...whole(
    "CWE-22",
    "Django function view: request.GET['name'] vs slugify(request.GET['name']) as the file stem under NOTES_DIR; open().read()",
    (v) => raw`
      import os
      from django.conf import settings
      from django.http import HttpResponse
      from django.utils.text import slugify

      NOTES_DIR = os.path.join(settings.BASE_DIR, 'notes')


      def pathtraver_06417(request):
          stem = ${v ? "request.GET['name']" : "slugify(request.GET['name'])"}
          with open(os.path.join(NOTES_DIR, stem + '.txt'), encoding='utf-8') as fh:
              return HttpResponse(fh.read(), content_type='text/plain')
    `,
  ),
  ...whole(
    "CWE-22",
    "FastAPI path parameter name: str vs Annotated[str, Path(pattern=anchored [a-z0-9_-])]; FileResponse of a joined path",
    (v) => raw`
      import os
      from typing import Annotated
      from fastapi import FastAPI, Path
      from fastapi.responses import FileResponse

      app = FastAPI()
      EXPORT_DIR = '/srv/bench/exports'


      @app.get('/pathtraver-06418/{name}')
      def pathtraver_06418(name: ${v ? "str" : "Annotated[str, Path(pattern=r'^[a-z0-9_-]{1,64}$')]"}):
          return FileResponse(os.path.join(EXPORT_DIR, name + '.csv'))
    `,
  ),
  ...whole(
    "CWE-22",
    "Django form clean_filename that only logs a warning on '..' and returns the value vs raises unless fullmatch([\\w-]+\\.pdf); os.remove",
    (v) => raw`
      import logging
      import os
      import re
      from django import forms
      from django.http import HttpResponse, HttpResponseBadRequest

      logger = logging.getLogger(__name__)
      REPORT_DIR = '/srv/bench/reports'


      class DeleteReportForm(forms.Form):
          filename = forms.CharField(max_length=128)

          def clean_filename(self):
              filename = self.cleaned_data['filename']
              ${v ? "if '..' in filename:\n                  logger.warning('suspicious filename %r', filename)\n              return filename" : "if not re.fullmatch(r'[\\w-]+\\.pdf', filename, re.ASCII):\n                  raise forms.ValidationError('bad filename')\n              return filename"}


      def pathtraver_06419(request):
          form = DeleteReportForm(request.POST)
          if not form.is_valid():
              return HttpResponseBadRequest('invalid')
          os.remove(os.path.join(REPORT_DIR, form.cleaned_data['filename']))
          return HttpResponse('deleted')
    `,
  ),
  ...whole(
    "CWE-22",
    "FastAPI path parameter report_id: str vs report_id: UUID; open(f'/srv/.../{report_id}.json')",
    (v) => raw`
      import json
      from uuid import UUID
      from fastapi import FastAPI

      app = FastAPI()


      @app.get('/pathtraver-06420/{report_id}')
      def pathtraver_06420(report_id: ${v ? "str" : "UUID"}):
          with open(f'/srv/bench/reports/{report_id}.json') as fh:
              return json.load(fh)
    `,
  ),

  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "Flask marshmallow uid field validate.Length(max=64) vs validate.Regexp(anchored [a-zA-Z0-9._-]); loaded value in an ldap search_s filter",
    (v) => raw`
      import ldap
      from flask import Flask, jsonify, request
      from marshmallow import Schema, ValidationError, fields, validate

      app = Flask(__name__)


      class UidSchema(Schema):
          uid = fields.Str(required=True, validate=${v ? "validate.Length(max=64)" : "validate.Regexp(r'^[a-zA-Z0-9._-]{1,64}$')"})


      @app.post('/ldapi-06421')
      def ldapi_06421():
          try:
              data = UidSchema().load(request.get_json())
          except ValidationError as err:
              return jsonify(err.messages), 400
          conn = ldap.initialize('ldap://ldap.bench.example')
          results = conn.search_s('ou=people,dc=bench,dc=example', ldap.SCOPE_SUBTREE, '(uid=%s)' % data['uid'])
          return jsonify([dn for dn, _ in results])
    `,
  ),
  ...whole(
    "CWE-90",
    "Django form with RegexValidator on username; is_valid() then request.POST.get('username') vs cleaned_data; ldap3 conn.search",
    (v) => raw`
      from django import forms
      from django.core.validators import RegexValidator
      from django.http import JsonResponse
      from ldap3 import Connection, Server


      class DirectoryForm(forms.Form):
          username = forms.CharField(validators=[RegexValidator(r'^[a-z][a-z0-9_]{0,31}\Z')])


      def ldapi_06422(request):
          form = DirectoryForm(request.POST)
          if not form.is_valid():
              return JsonResponse({'errors': form.errors}, status=400)
          username = ${v ? "request.POST.get('username')" : "form.cleaned_data['username']"}
          conn = Connection(Server('ldap://ldap.bench.example'), auto_bind=True)
          conn.search('dc=bench,dc=example', f'(&(objectClass=person)(sAMAccountName={username}))', attributes=['mail'])
          return JsonResponse({'entries': [str(e.mail) for e in conn.entries]})
    `,
  ),
  ...whole(
    "CWE-90",
    "FastAPI query dept: str vs dept: Department (str Enum); ldap3 search filter built from the value",
    (v) => raw`
      from enum import Enum
      from fastapi import FastAPI
      from ldap3 import Connection, Server

      app = FastAPI()


      class Department(str, Enum):
          sales = 'sales'
          engineering = 'engineering'
          support = 'support'


      @app.get('/ldapi-06423')
      def ldapi_06423(dept: ${v ? "str" : "Department"}):
          value = ${v ? "dept" : "dept.value"}
          conn = Connection(Server('ldap://ldap.bench.example'), auto_bind=True)
          conn.search('dc=bench,dc=example', '(&(objectClass=person)(ou=' + value + '))', attributes=['cn'])
          return {'members': [str(e.cn) for e in conn.entries]}
    `,
  ),
  ...whole(
    "CWE-90",
    "DRF APIView serializer validate_group that lowercases and returns vs raises unless fullmatch; validated group in ldap search_s",
    (v) => raw`
      import re
      import ldap
      from rest_framework import serializers
      from rest_framework.response import Response
      from rest_framework.views import APIView


      class GroupSerializer(serializers.Serializer):
          group = serializers.CharField(max_length=64)

          def validate_group(self, value):
              ${v ? "return value.lower()" : "if not re.fullmatch(r'[a-z0-9-]{1,64}', value):\n                  raise serializers.ValidationError('invalid group')\n              return value"}


      class GroupMembers(APIView):
          def get(self, request):
              serializer = GroupSerializer(data=request.query_params)
              serializer.is_valid(raise_exception=True)
              group = serializer.validated_data['group']
              conn = ldap.initialize('ldap://ldap.bench.example')
              found = conn.search_s('dc=bench,dc=example', ldap.SCOPE_SUBTREE, '(&(objectClass=groupOfNames)(cn=' + group + '))', ['member'])
              return Response({'found': len(found)})
    `,
  ),

  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "Flask request.args.get('id') vs request.args.get('id', type=int); lxml tree.xpath f-string predicate",
    (v) => raw`
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      TREE = etree.parse('/srv/bench/users.xml')


      @app.route('/xpathi-06425')
      def xpathi_06425():
          user_id = request.args.get('BenchmarkTest06425'${v ? "" : ", type=int"})
          names = TREE.xpath(f"//user[@id='{user_id}']/name/text()")
          return ', '.join(names)
    `,
  ),
  ...whole(
    "CWE-643",
    "Django form category CharField vs ChoiceField; cleaned value in an lxml etree.XPath expression",
    (v) => raw`
      from django import forms
      from django.http import JsonResponse
      from lxml import etree

      CATALOG = etree.parse('/srv/bench/catalog.xml')


      class CatalogForm(forms.Form):
          category = ${v ? "forms.CharField(max_length=30)" : "forms.ChoiceField(choices=[('fiction', 'Fiction'), ('science', 'Science'), ('history', 'History')])"}


      def xpathi_06426(request):
          form = CatalogForm(request.GET)
          if not form.is_valid():
              return JsonResponse({'errors': form.errors}, status=400)
          find = etree.XPath("//book[@category='" + form.cleaned_data['category'] + "']/title/text()")
          return JsonResponse({'titles': find(CATALOG)})
    `,
  ),
  ...whole(
    "CWE-643",
    "FastAPI pydantic field_validator on sku that uppercases vs raises unless fullmatch([A-Z0-9-]); lxml xpath",
    (v) => raw`
      import re
      from fastapi import FastAPI
      from lxml import etree
      from pydantic import BaseModel, field_validator

      app = FastAPI()
      INVENTORY = etree.parse('/srv/bench/inventory.xml')


      class StockQuery(BaseModel):
          sku: str

          @field_validator('sku')
          @classmethod
          def normalise_sku(cls, v):
              ${v ? "return v.upper()" : "v = v.upper()\n              if not re.fullmatch(r'[A-Z0-9-]{4,20}', v):\n                  raise ValueError('bad sku')\n              return v"}


      @app.post('/xpathi-06427')
      def xpathi_06427(query: StockQuery):
          qty = INVENTORY.xpath("string(//item[sku='%s']/qty)" % query.sku)
          return {'sku': query.sku, 'qty': qty}
    `,
  ),
  ...whole(
    "CWE-643",
    "FastAPI query year: str vs conint(ge=1900, le=2100); lxml xpath predicate with the year",
    (v) => raw`
      from fastapi import FastAPI
      from lxml import etree
      from pydantic import conint

      app = FastAPI()
      ARCHIVE = etree.parse('/srv/bench/archive.xml')


      @app.get('/xpathi-06428')
      def xpathi_06428(year: ${v ? "str" : "conint(ge=1900, le=2100)"}):
          titles = ARCHIVE.xpath('//issue[year=' + str(year) + ']/title/text()')
          return {'titles': titles}
    `,
  ),

  // --- CWE-94 code injection / CWE-502 deserialisation ---
  ...whole(
    "CWE-94",
    "FastAPI query op: str vs Literal['sum', 'max', 'min']; eval(f'{op}(values)')",
    (v) => raw`
      from typing import List, Literal
      from fastapi import FastAPI, Query

      app = FastAPI()


      @app.get('/codeinj-06429')
      def codeinj_06429(op: ${v ? "str" : "Literal['sum', 'max', 'min']"}, values: List[int] = Query(default=[])):
          result = eval(f'{op}(values)')
          return {'result': result}
    `,
  ),
  ...whole(
    "CWE-94",
    "Django form transform CharField vs ChoiceField(['upper', 'lower', 'title']); exec of a method call built from the cleaned value",
    (v) => raw`
      from django import forms
      from django.http import HttpResponse


      class TransformForm(forms.Form):
          text = forms.CharField(max_length=200)
          transform = ${v ? "forms.CharField(max_length=20)" : "forms.ChoiceField(choices=[('upper', 'upper'), ('lower', 'lower'), ('title', 'title')])"}


      def codeinj_06430(request):
          form = TransformForm(request.POST)
          if not form.is_valid():
              return HttpResponse('invalid', status=400)
          scope = {'text': form.cleaned_data['text']}
          exec('result = text.' + form.cleaned_data['transform'] + '()', {}, scope)
          return HttpResponse(scope['result'], content_type='text/plain')
    `,
  ),
  ...whole(
    "CWE-502",
    "DRF APIView serializer: validate_state that only checks the base64 charset vs raises unless an HMAC signature matches; pickle.loads of the state",
    (v) => raw`
      import base64
      import hashlib
      import hmac
      import pickle
      import re
      from django.conf import settings
      from rest_framework import serializers
      from rest_framework.response import Response
      from rest_framework.views import APIView


      class ResumeSerializer(serializers.Serializer):
          state = serializers.CharField()
          signature = serializers.CharField()

          def validate(self, attrs):
              ${v ? "if not re.fullmatch(r'[A-Za-z0-9+/=]+', attrs['state']):\n                  raise serializers.ValidationError('state must be base64')\n              return attrs" : "expected = hmac.new(settings.SECRET_KEY.encode(), attrs['state'].encode(), hashlib.sha256).hexdigest()\n              if not hmac.compare_digest(expected, attrs['signature']):\n                  raise serializers.ValidationError('bad signature')\n              return attrs"}


      class ResumeWizard(APIView):
          def post(self, request):
              serializer = ResumeSerializer(data=request.data)
              serializer.is_valid(raise_exception=True)
              wizard = pickle.loads(base64.b64decode(serializer.validated_data['state']))
              return Response({'step': wizard.get('step')})
    `,
  ),
  ...whole(
    "CWE-502",
    "Flask cookie matched against an anchored base64 Regexp and then pickle.loads vs Prefs.model_validate_json (pydantic) of the cookie",
    (v) => raw`
      import base64
      import pickle
      import re
      from flask import Flask, abort, request
      from pydantic import BaseModel

      app = Flask(__name__)


      class Prefs(BaseModel):
          theme: str = 'light'
          page_size: int = 20


      @app.route('/deserialization-06432')
      def deserialization_06432():
          cookie = request.cookies.get('prefs', '')
          if not re.fullmatch(r'[A-Za-z0-9_=-]{1,2048}', cookie):
              abort(400)
          raw = base64.urlsafe_b64decode(cookie)
          prefs = ${v ? "pickle.loads(raw)" : "Prefs.model_validate_json(raw)"}
          return {'theme': ${v ? "prefs['theme']" : "prefs.theme"}}
    `,
  ),

  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "Django login view: url_has_allowed_host_and_scheme called but its result ignored vs used to fall back to '/'",
    (v) => raw`
      from django.contrib.auth import authenticate, login
      from django.http import HttpResponseRedirect
      from django.shortcuts import render
      from django.utils.http import url_has_allowed_host_and_scheme


      def redirect_06433(request):
          if request.method != 'POST':
              return render(request, 'login.html')
          user = authenticate(request, username=request.POST['username'], password=request.POST['password'])
          if user is None:
              return render(request, 'login.html', {'error': True})
          login(request, user)
          next_url = request.POST.get('next', '/')
          ${v ? "url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()})" : "if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):\n              next_url = '/'"}
          return HttpResponseRedirect(next_url)
    `,
  ),
  ...whole(
    "CWE-601",
    "Flask-WTF hidden next field with validators=[DataRequired()] vs [AnyOf(['/home', '/account', '/orders'])]; redirect(form.next.data)",
    (v) => raw`
      from flask import Flask, redirect
      from flask_wtf import FlaskForm
      from wtforms import HiddenField
      from wtforms.validators import ${v ? "DataRequired" : "AnyOf"}

      app = Flask(__name__)
      app.config['SECRET_KEY'] = 'bench-secret-06434'


      class ContinueForm(FlaskForm):
          next = HiddenField(validators=[${v ? "DataRequired()" : "AnyOf(['/home', '/account', '/orders'])"}])


      @app.route('/redirect-06434', methods=['POST'])
      def redirect_06434():
          form = ContinueForm()
          if form.validate_on_submit():
              return redirect(form.next.data)
          return redirect('/home')
    `,
  ),
  ...whole(
    "CWE-601",
    "FastAPI query target: HttpUrl (any host) vs Literal['/dashboard', '/settings']; RedirectResponse",
    (v) => raw`
      from typing import Literal
      from fastapi import FastAPI
      from fastapi.responses import RedirectResponse
      from pydantic import HttpUrl

      app = FastAPI()


      @app.get('/redirect-06435')
      def redirect_06435(target: ${v ? "HttpUrl" : "Literal['/dashboard', '/settings']"}):
          return RedirectResponse(url=str(target), status_code=303)
    `,
  ),
  ...whole(
    "CWE-601",
    "Django class-based FormView: clean_next that strips vs raises unless url_has_allowed_host_and_scheme; HttpResponseRedirect(cleaned_data['next'])",
    (v) => raw`
      from django import forms
      from django.http import HttpResponseRedirect
      from django.utils.http import url_has_allowed_host_and_scheme
      from django.views.generic.edit import FormView

      ALLOWED_HOSTS = {'bench.example', 'www.bench.example'}


      class NextForm(forms.Form):
          next = forms.CharField(max_length=500)

          def clean_next(self):
              target = self.cleaned_data['next'].strip()
              ${v ? "return target" : "if not url_has_allowed_host_and_scheme(target, allowed_hosts=ALLOWED_HOSTS, require_https=True):\n                  raise forms.ValidationError('off-site redirect')\n              return target"}


      class ContinueView(FormView):
          form_class = NextForm
          template_name = 'continue.html'

          def form_valid(self, form):
              return HttpResponseRedirect(form.cleaned_data['next'])
    `,
  ),

  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "Flask marshmallow: schema.load() then session['role'] = request.json['role'] (raw) vs the loaded value limited by OneOf(['viewer', 'editor'])",
    (v) => raw`
      from flask import Flask, jsonify, request, session
      from marshmallow import Schema, ValidationError, fields, validate

      app = Flask(__name__)
      app.secret_key = 'bench-secret-06437'


      class ViewModeSchema(Schema):
          mode = fields.Str(required=True, validate=validate.OneOf(['viewer', 'editor']))


      @app.post('/trustbound-06437')
      def trustbound_06437():
          try:
              data = ViewModeSchema().load(request.get_json())
          except ValidationError as err:
              return jsonify(err.messages), 400
          session['view_mode'] = ${v ? "request.get_json()['mode']" : "data['mode']"}
          return jsonify(ok=True)
    `,
  ),
  ...whole(
    "CWE-501",
    "Django form ChoiceField language; is_valid() then request.session['lang'] = request.POST['lang'] vs cleaned_data['lang']",
    (v) => raw`
      from django import forms
      from django.http import HttpResponseBadRequest
      from django.shortcuts import redirect


      class LanguageForm(forms.Form):
          lang = forms.ChoiceField(choices=[('en', 'English'), ('de', 'Deutsch'), ('fr', 'Francais')])


      def trustbound_06438(request):
          form = LanguageForm(request.POST)
          if not form.is_valid():
              return HttpResponseBadRequest('unsupported language')
          request.session['lang'] = ${v ? "request.POST['lang']" : "form.cleaned_data['lang']"}
          return redirect('/')
    `,
  ),
  ...whole(
    "CWE-501",
    "FastAPI with SessionMiddleware: tz: str vs tz: Literal['UTC', 'Europe/Berlin', 'America/New_York'] stored in request.session",
    (v) => raw`
      from typing import Literal
      from fastapi import FastAPI, Request
      from starlette.middleware.sessions import SessionMiddleware

      app = FastAPI()
      app.add_middleware(SessionMiddleware, secret_key='bench-secret-06439')


      @app.post('/trustbound-06439')
      async def trustbound_06439(request: Request, tz: ${v ? "str" : "Literal['UTC', 'Europe/Berlin', 'America/New_York']"}):
          request.session['timezone'] = tz
          return {'timezone': tz}
    `,
  ),
  ...whole(
    "CWE-501",
    "DRF ViewSet action: serializer UUIDField cart_id; request.session['cart'] = serializer.initial_data['cart_id'] vs validated_data",
    (v) => raw`
      from rest_framework import serializers, viewsets
      from rest_framework.decorators import action
      from rest_framework.response import Response


      class CartSerializer(serializers.Serializer):
          cart_id = serializers.UUIDField()


      class CartViewSet(viewsets.ViewSet):
          @action(detail=False, methods=['post'])
          def select(self, request):
              serializer = CartSerializer(data=request.data)
              serializer.is_valid(raise_exception=True)
              request.session['cart'] = ${v ? "serializer.initial_data['cart_id']" : "str(serializer.validated_data['cart_id'])"}
              return Response({'selected': True})
    `,
  ),

  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "FastAPI length: conint(ge=16, le=64); API token from random.choices vs secrets.choice",
    (v) => raw`
      import random
      import secrets
      import string
      from fastapi import FastAPI
      from pydantic import conint

      app = FastAPI()
      ALPHABET = string.ascii_letters + string.digits


      @app.post('/weakrand-06441')
      def weakrand_06441(length: conint(ge=16, le=64) = 32):
          token = ${v ? "''.join(random.choices(ALPHABET, k=length))" : "''.join(secrets.choice(ALPHABET) for _ in range(length))"}
          return {'api_token': token}
    `,
  ),
  ...whole(
    "CWE-338",
    "Django form IntegerField digits (4-8); one-time code from random.randint vs secrets.randbelow, stored in the session",
    (v) => raw`
      import random
      import secrets
      from django import forms
      from django.http import JsonResponse


      class OtpForm(forms.Form):
          digits = forms.IntegerField(min_value=4, max_value=8)


      def weakrand_06442(request):
          form = OtpForm(request.POST)
          if not form.is_valid():
              return JsonResponse({'errors': form.errors}, status=400)
          digits = form.cleaned_data['digits']
          code = ${v ? "random.randint(0, 10 ** digits - 1)" : "secrets.randbelow(10 ** digits)"}
          request.session['otp'] = str(code).zfill(digits)
          return JsonResponse({'sent': True})
    `,
  ),
  ...whole(
    "CWE-338",
    "Flask request.args.get('n', type=int); password-reset token bytes from random.getrandbits vs secrets.token_bytes",
    (v) => raw`
      import random
      import secrets
      from flask import Flask, jsonify, request

      app = Flask(__name__)


      @app.route('/weakrand-06443')
      def weakrand_06443():
          nbytes = min(max(request.args.get('n', 16, type=int), 16), 64)
          token = ${v ? "random.getrandbits(nbytes * 8).to_bytes(nbytes, 'big')" : "secrets.token_bytes(nbytes)"}
          return jsonify(reset_token=token.hex())
    `,
  ),
  ...whole(
    "CWE-338",
    "DRF APIView serializer with ChoiceField purpose; session key from random.Random() seeded by time vs random.SystemRandom()",
    (v) => raw`
      import random
      import string
      import time
      from rest_framework import serializers
      from rest_framework.response import Response
      from rest_framework.views import APIView


      class KeyRequestSerializer(serializers.Serializer):
          purpose = serializers.ChoiceField(choices=['login', 'invite'])


      class IssueKey(APIView):
          def post(self, request):
              serializer = KeyRequestSerializer(data=request.data)
              serializer.is_valid(raise_exception=True)
              rng = ${v ? "random.Random(time.time())" : "random.SystemRandom()"}
              key = ''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(40))
              return Response({'purpose': serializer.validated_data['purpose'], 'key': key})
    `,
  ),

  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "FastAPI query algo: Literal['md5', 'sha256'] vs Literal['sha256', 'sha512']; hashlib.new(algo) signature of the uploaded document",
    (v) => raw`
      import hashlib
      from typing import Literal
      from fastapi import FastAPI, UploadFile

      app = FastAPI()


      @app.post('/hash-06445')
      async def hash_06445(document: UploadFile, algo: Literal[${v ? "'md5', 'sha256'" : "'sha256', 'sha512'"}] = 'sha256'):
          digest = hashlib.new(algo, await document.read()).hexdigest()
          return {'algorithm': algo, 'integrity': digest}
    `,
  ),
  ...whole(
    "CWE-328",
    "Django form ChoiceField algorithm whose choices include sha1 vs only sha256 / sha3_256; hashlib.new(cleaned_data) of the password",
    (v) => raw`
      import hashlib
      import os
      from django import forms
      from django.http import JsonResponse


      class DigestForm(forms.Form):
          password = forms.CharField(widget=forms.PasswordInput)
          algorithm = forms.ChoiceField(choices=[${v ? "('sha1', 'SHA-1'), ('sha256', 'SHA-256')" : "('sha256', 'SHA-256'), ('sha3_256', 'SHA3-256')"}])


      def hash_06446(request):
          form = DigestForm(request.POST)
          if not form.is_valid():
              return JsonResponse({'errors': form.errors}, status=400)
          salt = os.urandom(16)
          h = hashlib.new(form.cleaned_data['algorithm'])
          h.update(salt + form.cleaned_data['password'].encode())
          return JsonResponse({'salt': salt.hex(), 'hash': h.hexdigest()})
    `,
  ),
  ...whole(
    "CWE-328",
    "Flask: secure_filename on the upload name, content integrity hash with hashlib.md5 vs hashlib.sha256",
    (v) => raw`
      import hashlib
      import os
      from flask import Flask, jsonify, request
      from werkzeug.utils import secure_filename

      app = Flask(__name__)
      STORE = '/srv/bench/store'


      @app.route('/hash-06447', methods=['POST'])
      def hash_06447():
          upload = request.files['file']
          name = secure_filename(upload.filename) or 'upload.bin'
          data = upload.read()
          checksum = hashlib.${v ? "md5" : "sha256"}(data).hexdigest()
          with open(os.path.join(STORE, name), 'wb') as fh:
              fh.write(data)
          return jsonify(name=name, checksum=checksum)
    `,
  ),
  ...whole(
    "CWE-328",
    "DRF ViewSet: serializer RegexValidator on the api key; the key stored as hashlib.sha1 vs hashlib.blake2b digest",
    (v) => raw`
      import hashlib
      from django.core.validators import RegexValidator
      from rest_framework import serializers, viewsets
      from rest_framework.response import Response


      class ApiKeySerializer(serializers.Serializer):
          key = serializers.CharField(validators=[RegexValidator(r'^[A-Za-z0-9]{40}\Z')])


      class ApiKeyViewSet(viewsets.ViewSet):
          def create(self, request):
              serializer = ApiKeySerializer(data=request.data)
              serializer.is_valid(raise_exception=True)
              fingerprint = hashlib.${v ? "sha1" : "blake2b"}(serializer.validated_data['key'].encode()).hexdigest()
              return Response({'stored': fingerprint[:12]})
    `,
  ),

  // --- CWE-327 broken cipher ---
  ...whole(
    "CWE-327",
    "FastAPI pydantic body with constr(max_length) note; PyCryptodome AES.new(key, AES.MODE_ECB) vs AES.MODE_GCM",
    (v) => raw`
      import base64
      import os
      from Crypto.Cipher import AES
      from Crypto.Util.Padding import pad
      from fastapi import FastAPI
      from pydantic import BaseModel, constr

      app = FastAPI()
      KEY = os.environ['BENCH_AES_KEY'].encode()[:32]


      class Note(BaseModel):
          text: constr(min_length=1, max_length=500)


      @app.post('/crypto-06449')
      def crypto_06449(note: Note):
          ${v ? "cipher = AES.new(KEY, AES.MODE_ECB)\n          blob = cipher.encrypt(pad(note.text.encode(), AES.block_size))" : "cipher = AES.new(KEY, AES.MODE_GCM)\n          ct, tag = cipher.encrypt_and_digest(note.text.encode())\n          blob = cipher.nonce + tag + ct"}
          return {'sealed': base64.b64encode(blob).decode()}
    `,
  ),
  ...whole(
    "CWE-327",
    "Django form IntegerField account number; cryptography TripleDES in CBC vs AESGCM",
    (v) => raw`
      import base64
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from cryptography.hazmat.primitives.ciphers.aead import AESGCM
      from django import forms
      from django.conf import settings
      from django.http import JsonResponse


      class AccountForm(forms.Form):
          account = forms.IntegerField(min_value=0)


      def crypto_06450(request):
          form = AccountForm(request.POST)
          if not form.is_valid():
              return JsonResponse({'errors': form.errors}, status=400)
          plain = str(form.cleaned_data['account']).zfill(16).encode()
          ${v ? "iv = os.urandom(8)\n          enc = Cipher(algorithms.TripleDES(settings.DES_KEY), modes.CBC(iv)).encryptor()\n          blob = iv + enc.update(plain) + enc.finalize()" : "nonce = os.urandom(12)\n          blob = nonce + AESGCM(settings.AES_KEY).encrypt(nonce, plain, None)"}
          return JsonResponse({'token': base64.b64encode(blob).decode()})
    `,
  ),
  ...whole(
    "CWE-327",
    "Flask request.args.get('v', type=int) version switch kept; message sealed with ARC4 vs ChaCha20Poly1305",
    (v) => raw`
      import os
      from flask import Flask, request
      ${v ? "from Crypto.Cipher import ARC4" : "from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305"}

      app = Flask(__name__)
      SECRET = os.environ['BENCH_STREAM_KEY'].encode()[:32]


      @app.route('/crypto-06451', methods=['POST'])
      def crypto_06451():
          version = request.args.get('v', 1, type=int)
          message = request.get_data()
          ${v ? "sealed = ARC4.new(SECRET).encrypt(message)" : "nonce = os.urandom(12)\n          sealed = nonce + ChaCha20Poly1305(SECRET).encrypt(nonce, message, None)"}
          return sealed.hex() + ';v=%d' % version
    `,
  ),
  ...whole(
    "CWE-327",
    "DRF APIView serializer with EmailField; email encrypted with Blowfish ECB vs Fernet",
    (v) => raw`
      from django.conf import settings
      from rest_framework import serializers
      from rest_framework.response import Response
      from rest_framework.views import APIView
      ${v ? "from Crypto.Cipher import Blowfish\n      from Crypto.Util.Padding import pad" : "from cryptography.fernet import Fernet"}


      class SubscribeSerializer(serializers.Serializer):
          email = serializers.EmailField()


      class Subscribe(APIView):
          def post(self, request):
              serializer = SubscribeSerializer(data=request.data)
              serializer.is_valid(raise_exception=True)
              email = serializer.validated_data['email'].encode()
              ${v ? "token = Blowfish.new(settings.BF_KEY, Blowfish.MODE_ECB).encrypt(pad(email, Blowfish.block_size)).hex()" : "token = Fernet(settings.FERNET_KEY).encrypt(email).decode()"}
              return Response({'token': token})
    `,
  ),

  // --- CWE-614 cookie without Secure ---
  ...whole(
    "CWE-614",
    "Flask theme validated by request.args.get(type=int) index into THEMES; set_cookie without secure vs secure=True",
    (v) => raw`
      from flask import Flask, make_response, request

      app = Flask(__name__)
      THEMES = ['light', 'dark', 'contrast']


      @app.route('/securecookie-06453')
      def securecookie_06453():
          idx = request.args.get('theme', 0, type=int) % len(THEMES)
          resp = make_response('theme set')
          resp.set_cookie('theme', THEMES[idx], httponly=True${v ? "" : ", secure=True"}, samesite='Lax')
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "Django form ChoiceField currency; response.set_cookie(secure=False) vs secure=True",
    (v) => raw`
      from django import forms
      from django.http import HttpResponse


      class CurrencyForm(forms.Form):
          currency = forms.ChoiceField(choices=[('EUR', 'Euro'), ('USD', 'Dollar')])


      def securecookie_06454(request):
          form = CurrencyForm(request.GET)
          response = HttpResponse('ok')
          if form.is_valid():
              response.set_cookie('currency', form.cleaned_data['currency'], max_age=86400, secure=${v ? "False" : "True"}, httponly=True)
          return response
    `,
  ),
  ...whole(
    "CWE-614",
    "FastAPI login with EmailStr body field; session token cookie set without secure vs secure=True",
    (v) => raw`
      import secrets
      from fastapi import FastAPI, Response
      from pydantic import BaseModel, EmailStr

      app = FastAPI()


      class Login(BaseModel):
          email: EmailStr
          password: str


      @app.post('/securecookie-06455')
      def securecookie_06455(body: Login, response: Response):
          token = secrets.token_urlsafe(32)
          response.set_cookie(key='session', value=token, httponly=True${v ? "" : ", secure=True"}, samesite='strict')
          return {'user': body.email}
    `,
  ),
  ...whole(
    "CWE-614",
    "DRF ViewSet: serializer BooleanField remember; Response.set_cookie(secure=False) vs secure=True",
    (v) => raw`
      import secrets
      from rest_framework import serializers, viewsets
      from rest_framework.response import Response


      class RememberSerializer(serializers.Serializer):
          remember = serializers.BooleanField(default=False)


      class SessionViewSet(viewsets.ViewSet):
          def create(self, request):
              serializer = RememberSerializer(data=request.data)
              serializer.is_valid(raise_exception=True)
              response = Response({'ok': True})
              age = 30 * 86400 if serializer.validated_data['remember'] else None
              response.set_cookie('remember_token', secrets.token_hex(20), max_age=age, httponly=True, secure=${v ? "False" : "True"})
              return response
    `,
  ),

  // --- CWE-918 SSRF ---
  ...whole(
    "CWE-918",
    "FastAPI query url: HttpUrl (still any host) vs service: Literal['weather', 'news'] mapped to fixed URLs; requests.get",
    (v) => raw`
      import requests
      from typing import Literal
      from fastapi import FastAPI
      from pydantic import HttpUrl

      app = FastAPI()
      SERVICES = {'weather': 'https://weather.bench.example/v1', 'news': 'https://news.bench.example/v1'}


      @app.get('/ssrf-06457')
      def ssrf_06457(${v ? "url: HttpUrl" : "service: Literal['weather', 'news']"}):
          upstream = requests.get(${v ? "str(url)" : "SERVICES[service]"}, timeout=5)
          return upstream.json()
    `,
  ),
  ...whole(
    "CWE-918",
    "Django form URLField only vs clean_feed that raises unless the https hostname is in ALLOWED_FEEDS; urllib.request.urlopen",
    (v) => raw`
      import urllib.request
      from urllib.parse import urlparse
      from django import forms
      from django.http import HttpResponse, HttpResponseBadRequest

      ALLOWED_FEEDS = {'feeds.bench.example', 'rss.bench.example'}


      class FeedForm(forms.Form):
          feed = forms.URLField()

          def clean_feed(self):
              feed = self.cleaned_data['feed']
              ${v ? "return feed" : "parts = urlparse(feed)\n              if parts.scheme != 'https' or parts.hostname not in ALLOWED_FEEDS:\n                  raise forms.ValidationError('feed host not allowed')\n              return feed"}


      def ssrf_06458(request):
          form = FeedForm(request.GET)
          if not form.is_valid():
              return HttpResponseBadRequest('bad feed')
          with urllib.request.urlopen(form.cleaned_data['feed'], timeout=5) as resp:
              return HttpResponse(resp.read(), content_type='application/rss+xml')
    `,
  ),
  ...whole(
    "CWE-918",
    "Flask with a pydantic model: callback: AnyUrl vs a field_validator that raises unless the host is allow-listed; httpx.post",
    (v) => raw`
      from urllib.parse import urlparse
      import httpx
      from flask import Flask, jsonify, request
      from pydantic import AnyUrl, BaseModel, ValidationError, field_validator

      app = Flask(__name__)
      HOOK_HOSTS = {'hooks.bench.example'}


      class Webhook(BaseModel):
          callback: ${v ? "AnyUrl" : "str"}
          ${v ? "" : "@field_validator('callback')\n          @classmethod\n          def allowed_host(cls, value):\n              if urlparse(value).hostname not in HOOK_HOSTS:\n                  raise ValueError('callback host not allowed')\n              return value"}


      @app.post('/ssrf-06459')
      def ssrf_06459():
          try:
              hook = Webhook.model_validate(request.get_json())
          except ValidationError as err:
              return jsonify(error=str(err)), 400
          resp = httpx.post(str(hook.callback), json={'event': 'ping'}, timeout=5)
          return jsonify(status=resp.status_code)
    `,
  ),
  ...whole(
    "CWE-918",
    "DRF APIView serializer URLField only vs validate_image_url that raises unless the host is the CDN; requests.get of the image",
    (v) => raw`
      from urllib.parse import urlparse
      import requests
      from django.http import HttpResponse
      from rest_framework import serializers
      from rest_framework.views import APIView

      CDN_HOST = 'cdn.bench.example'


      class ThumbnailSerializer(serializers.Serializer):
          image_url = serializers.URLField()

          def validate_image_url(self, value):
              ${v ? "return value.strip()" : "if urlparse(value).hostname != CDN_HOST:\n                  raise serializers.ValidationError('images must come from the CDN')\n              return value"}


      class Thumbnail(APIView):
          def get(self, request):
              serializer = ThumbnailSerializer(data=request.query_params)
              serializer.is_valid(raise_exception=True)
              image = requests.get(serializer.validated_data['image_url'], timeout=5)
              return HttpResponse(image.content, content_type=image.headers.get('Content-Type', 'image/png'))
    `,
  ),
];
