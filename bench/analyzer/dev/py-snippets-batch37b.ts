// Dev suite "py-snippets", batch 37b (see py-snippets.ts): batch 37's LLM-answer / Q&A fragment style, written
// blind after batch 37 came out nearly whole, leaning on what it had least of: Python 2 modules and statements
// (md5 and sha modules, os.popen3, exec ... in, urllib.urlopen, webapp2 handlers, httplib, os.tempnam, 0777 to
// makedirs, random.seed(time)), fragments cut off mid-call at the end, a decorated task with type hints from
// elsewhere, a module-level annotated constant, the walrus around re.match. Each positive has a fixed twin in the
// same fragment style. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH37B: DevCase[] = [
  bad(
    "CWE-328",
    "batch37: python 2 md5 module hashes the password",
    src`
import md5

def make_hash(password):
    return md5.new(password).hexdigest()
`,
  ),
  good(
    "CWE-328",
    "batch37: python 2 era bcrypt hashes the password",
    src`
import bcrypt

def make_hash(password):
    return bcrypt.hashpw(password, bcrypt.gensalt())
`,
  ),
  bad(
    "CWE-328",
    "batch37: python 2 sha module hashes the password, import left out",
    src`
    user.pw = sha.new(salt + password).hexdigest()
    user.put()
`,
  ),
  good(
    "CWE-328",
    "batch37: python 2.7 pbkdf2_hmac hashes the password, import left out",
    src`
    user.pw = hashlib.pbkdf2_hmac("sha256", password, salt, 200000).encode("hex")
    user.put()
`,
  ),
  bad(
    "CWE-78",
    "batch37: BaseHTTPServer handler method passes a query parameter to os.popen3",
    src`
    def do_GET(self):
        qs = urlparse.parse_qs(urlparse.urlparse(self.path).query)
        host = qs["host"][0]
        stdin, stdout, stderr = os.popen3("traceroute " + host)
        self.wfile.write(stdout.read())
`,
  ),
  good(
    "CWE-78",
    "batch37: BaseHTTPServer handler method runs traceroute only for a dotted-number host",
    src`
    def do_GET(self):
        qs = urlparse.parse_qs(urlparse.urlparse(self.path).query)
        host = qs["host"][0]
        if not re.match(r"^[0-9.]+\Z", host):
            self.send_error(400)
            return
        stdin, stdout, stderr = os.popen3("traceroute " + host)
        self.wfile.write(stdout.read())
`,
  ),
  bad(
    "CWE-94",
    "batch37: python 2 exec statement runs the request body in a namespace",
    src`
    def post(self):
        ns = {}
        exec self.request.body in ns
        self.write(str(ns.get("result")))
`,
  ),
  good(
    "CWE-94",
    "batch37: python 2 handler decodes the request body as JSON instead of exec",
    src`
    def post(self):
        ns = json.loads(self.request.body)
        self.write(str(ns.get("result")))
`,
  ),
  bad(
    "CWE-918",
    "batch37: python 2 flask route fetches a url argument with urllib.urlopen",
    src`
@app.route("/fetch")
def fetch():
    url = request.args.get("url")
    return urllib.urlopen(url).read()
`,
  ),
  good(
    "CWE-918",
    "batch37: python 2 flask route fetches only allow-listed hosts with urllib.urlopen",
    src`
@app.route("/fetch")
def fetch():
    url = request.args.get("url")
    if urlparse.urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    return urllib.urlopen(url).read()
`,
  ),
  bad(
    "CWE-502",
    "batch37: cart cookie decoded with jsonpickle, imports left out",
    src`
    cart = jsonpickle.decode(request.cookies.get("cart"))
    total = sum(item.price for item in cart)
`,
  ),
  good(
    "CWE-502",
    "batch37: cart cookie decoded with json, imports left out",
    src`
    cart = json.loads(request.cookies.get("cart"))
    total = sum(item["price"] for item in cart)
`,
  ),
  bad(
    "CWE-79",
    "batch37: webapp2 method without its class writes a request value into HTML",
    src`
    def get(self):
        msg = self.request.get("msg")
        self.response.out.write("<p>%s</p>" % msg)
`,
  ),
  good(
    "CWE-79",
    "batch37: webapp2 method without its class escapes the request value with cgi.escape",
    src`
    def get(self):
        msg = cgi.escape(self.request.get("msg"), quote=True)
        self.response.out.write("<p>%s</p>" % msg)
`,
  ),
  bad(
    "CWE-89",
    "batch37: fragment cut off mid-call formats a form field into an UPDATE",
    src`
    new_email = request.form["email"]
    query = "UPDATE accounts SET email = '%s' WHERE id = %s" % (new_email, user_id)
    cursor.execute(query)
    db.commit()
    return jsonify(
`,
  ),
  good(
    "CWE-89",
    "batch37: fragment cut off mid-call binds the form field in the UPDATE",
    src`
    new_email = request.form["email"]
    query = "UPDATE accounts SET email = %s WHERE id = %s"
    cursor.execute(query, (new_email, user_id))
    db.commit()
    return jsonify(
`,
  ),
  bad(
    "CWE-22",
    "batch37: django body in a try with its except cut off opens a GET parameter under MEDIA_ROOT",
    src`
    try:
        f = open(os.path.join(settings.MEDIA_ROOT, request.GET["f"]), "rb")
        return HttpResponse(f.read(), content_type="application/octet-stream")
`,
  ),
  good(
    "CWE-22",
    "batch37: django body in a try with its except cut off checks the real path stays under MEDIA_ROOT",
    src`
    try:
        root = os.path.realpath(settings.MEDIA_ROOT)
        path = os.path.realpath(os.path.join(root, request.GET["f"]))
        if not path.startswith(root + os.sep):
            raise Http404()
        f = open(path, "rb")
        return HttpResponse(f.read(), content_type="application/octet-stream")
`,
  ),
  bad(
    "CWE-601",
    "batch37: webapp2 method without its class redirects to the continue parameter",
    src`
    def get(self):
        self.redirect(self.request.get("continue"))
`,
  ),
  good(
    "CWE-601",
    "batch37: webapp2 method without its class redirects to a page looked up in a fixed map",
    src`
    def get(self):
        self.redirect(PAGES.get(self.request.get("page"), "/"))
`,
  ),
  bad(
    "CWE-78",
    "batch37: type-hinted celery task with a decorator from elsewhere runs tar through the shell",
    src`
@shared_task
def archive(folder: str, out: str) -> str:
    subprocess.Popen("tar czf %s %s" % (out, folder), shell=True).wait()
    return out

archive.delay(request.POST["folder"], "/srv/backups/latest.tgz")
`,
  ),
  good(
    "CWE-78",
    "batch37: type-hinted celery task with a decorator from elsewhere runs tar with an argv list",
    src`
@shared_task
def archive(folder: str, out: str) -> str:
    subprocess.Popen(["tar", "czf", out, "--", folder]).wait()
    return out

archive.delay(request.POST["folder"], "/srv/backups/latest.tgz")
`,
  ),
  bad(
    "CWE-295",
    "batch37: python 2 httplib HTTPS connection with an unverified context",
    src`
conn = httplib.HTTPSConnection(API_HOST, context=ssl._create_unverified_context())
conn.request("POST", "/v1/charge", body, headers)
print conn.getresponse().read()
`,
  ),
  good(
    "CWE-295",
    "batch37: python 2 httplib HTTPS connection with the default context",
    src`
conn = httplib.HTTPSConnection(API_HOST, context=ssl.create_default_context())
conn.request("POST", "/v1/charge", body, headers)
print conn.getresponse().read()
`,
  ),
  bad(
    "CWE-338",
    "batch37: one-time code from random seeded with the time, imports left out",
    src`
random.seed(time.time())
otp = random.randint(100000, 999999)
send_sms(phone, "Your code is %d" % otp)
`,
  ),
  good(
    "CWE-338",
    "batch37: one-time code from random.SystemRandom, imports left out",
    src`
rng = random.SystemRandom()
otp = rng.randint(100000, 999999)
send_sms(phone, "Your code is %d" % otp)
`,
  ),
  bad(
    "CWE-377",
    "batch37: python 2 os.tempnam names the upload's temp file",
    src`
name = os.tempnam("/tmp", "upl")
out = open(name, "wb")
out.write(upload.read())
out.close()
`,
  ),
  good(
    "CWE-377",
    "batch37: python 2 tempfile.mkstemp creates the upload's temp file",
    src`
fd, name = tempfile.mkstemp(prefix="upl")
out = os.fdopen(fd, "wb")
out.write(upload.read())
out.close()
`,
  ),
  bad(
    "CWE-798",
    "batch37: annotated module constant holds the database password used by connect",
    src`
DB_USER: str = "reporting"
DB_PASSWORD: str = "Rep0rt!ng-2024-prod"

engine = create_engine(f"postgresql://{DB_USER}:{DB_PASSWORD}@db.internal/reports")
`,
  ),
  good(
    "CWE-798",
    "batch37: annotated module constant reads the database password from the environment",
    src`
DB_USER: str = "reporting"
DB_PASSWORD: str = os.environ["DB_PASSWORD"]

engine = create_engine(f"postgresql://{DB_USER}:{DB_PASSWORD}@db.internal/reports")
`,
  ),
  bad(
    "CWE-732",
    "batch37: python 2 makedirs with 0777 for the shared upload folder",
    src`
if not os.path.exists(UPLOAD_DIR):
    os.makedirs(UPLOAD_DIR, 0777)
    print "created", UPLOAD_DIR
`,
  ),
  good(
    "CWE-732",
    "batch37: python 2 makedirs with 0700 for the upload folder",
    src`
if not os.path.exists(UPLOAD_DIR):
    os.makedirs(UPLOAD_DIR, 0700)
    print "created", UPLOAD_DIR
`,
  ),
  bad(
    "CWE-1333",
    "batch37: walrus around re.match with a nested quantifier on a form field",
    src`
    if (m := re.match(r"^(\w+\s?)*$", request.form["title"])) is None:
        return "bad title", 400
`,
  ),
  good(
    "CWE-1333",
    "batch37: walrus around re.fullmatch with a flat class on a form field",
    src`
    if (m := re.fullmatch(r"[\w ]*", request.form["title"])) is None:
        return "bad title", 400
`,
  ),
];
