// Dev suite "py-snippets", batch 37 (see py-snippets.ts): written blind, measured before any fix it prompted. The
// shape of code in LLM answers and Q&A posts, which the analyzer scores as a reward: incomplete fragments. Imports
// left out (subprocess, request, hashlib used bare), a function body cut out with its indentation kept and a
// top-level return, names defined elsewhere (cursor, db, conn, app), `...` placeholders, Python 2 idioms (print
// statements, `except E, e`, urllib2, raw_input, commands.getoutput, cPickle, 0777 octals), a method shown without
// its class, a snippet starting at the tail of a docstring or inside a call, type hints, the walrus and `match`.
// Each positive has a fixed twin in the same fragment style (the fix present, the code still incomplete). Plain code
// only: dev.ts analyzes a case as source of its language, not as a markdown answer. Own code, never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH37: DevCase[] = [
  // ---------------- CWE-78 ----------------
  bad(
    "CWE-78",
    "batch37: flask ping route with no imports runs check_output with shell=True on the host argument",
    src`
@app.route("/ping")
def ping():
    host = request.args.get("host")
    out = subprocess.check_output("ping -c 1 " + host, shell=True)
    return out
`,
  ),
  good(
    "CWE-78",
    "batch37: flask ping route with no imports validates the host as an IP and runs an argv list",
    src`
@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    addr = ipaddress.ip_address(host)
    out = subprocess.check_output(["ping", "-c", "1", str(addr)])
    return out
`,
  ),
  bad(
    "CWE-78",
    "batch37: python 2 CGI fragment passes a form field to commands.getoutput",
    src`
form = cgi.FieldStorage()
path = form.getvalue("path")
print "Content-Type: text/plain"
print
print commands.getoutput("ls -l " + path)
`,
  ),
  good(
    "CWE-78",
    "batch37: python 2 CGI fragment quotes the form field with pipes.quote before commands.getoutput",
    src`
form = cgi.FieldStorage()
path = form.getvalue("path")
print "Content-Type: text/plain"
print
print commands.getoutput("ls -l " + pipes.quote(path))
`,
  ),
  bad(
    "CWE-78",
    "batch37: indented body cut out of a view formats a form field into os.system",
    src`
    filename = request.form['filename']
    os.system("wc -l %s > /tmp/count.txt" % filename)
    return send_file("/tmp/count.txt")
`,
  ),
  good(
    "CWE-78",
    "batch37: indented body cut out of a view runs wc with an argv list and -- before the form field",
    src`
    filename = request.form['filename']
    result = subprocess.run(["wc", "-l", "--", filename], capture_output=True, text=True)
    return result.stdout
`,
  ),
  bad(
    "CWE-78",
    "batch37: walrus binds a JSON field and runs git checkout through the shell with an f-string",
    src`
def switch_branch():
    if (branch := request.json.get("branch")):
        subprocess.run(f"git checkout {branch}", shell=True, cwd=REPO_DIR)
    return {"ok": True}
`,
  ),
  good(
    "CWE-78",
    "batch37: walrus binds a JSON field and quotes it with shlex.quote before the shell",
    src`
def switch_branch():
    if (branch := request.json.get("branch")):
        subprocess.run(f"git checkout {shlex.quote(branch)}", shell=True, cwd=REPO_DIR)
    return {"ok": True}
`,
  ),
  bad(
    "CWE-78",
    "batch37: fragment starting inside an earlier call's argument list, then os.popen of a query argument",
    src`
        "--format", "json"],
        check=True,
    )
    target = request.args.get("target")
    report = os.popen("nslookup " + target).read()
    return report
`,
  ),
  good(
    "CWE-78",
    "batch37: fragment starting inside an earlier call's argument list, then nslookup with an argv list",
    src`
        "--format", "json"],
        check=True,
    )
    target = request.args.get("target")
    report = subprocess.run(["nslookup", "--", target], capture_output=True, text=True).stdout
    return report
`,
  ),
  // ---------------- CWE-89 ----------------
  bad(
    "CWE-89",
    "batch37: get_user concatenates the username into SQL on a cursor defined elsewhere",
    src`
def get_user(username):
    cursor.execute("SELECT * FROM users WHERE username = '" + username + "'")
    return cursor.fetchone()
`,
  ),
  good(
    "CWE-89",
    "batch37: get_user binds the username as a parameter on a cursor defined elsewhere",
    src`
def get_user(username):
    cursor.execute("SELECT * FROM users WHERE username = %s", (username,))
    return cursor.fetchone()
`,
  ),
  bad(
    "CWE-89",
    "batch37: flask route with db from elsewhere puts a query argument into an f-string SQL",
    src`
@app.route("/item")
def item():
    row = db.execute(f"SELECT * FROM items WHERE id = {request.args['id']}").fetchone()
    return jsonify(dict(row))
`,
  ),
  good(
    "CWE-89",
    "batch37: flask route with db from elsewhere binds the query argument as ?",
    src`
@app.route("/item")
def item():
    row = db.execute("SELECT * FROM items WHERE id = ?", (request.args["id"],)).fetchone()
    return jsonify(dict(row))
`,
  ),
  bad(
    "CWE-89",
    "batch37: python 2 script with except Exception, e formats raw_input into a DELETE",
    src`
user_id = raw_input("User id to delete: ")
try:
    cur.execute("DELETE FROM sessions WHERE user_id = %s" % user_id)
    conn.commit()
except Exception, e:
    print "error:", e
`,
  ),
  good(
    "CWE-89",
    "batch37: python 2 script with except Exception, e passes raw_input as a DELETE parameter",
    src`
user_id = raw_input("User id to delete: ")
try:
    cur.execute("DELETE FROM sessions WHERE user_id = %s", (user_id,))
    conn.commit()
except Exception, e:
    print "error:", e
`,
  ),
  bad(
    "CWE-89",
    "batch37: method shown without its class builds a LIKE query with % formatting",
    src`
    def search(self, term):
        query = "SELECT * FROM products WHERE name LIKE '%%%s%%'" % term
        self.cursor.execute(query)
        return self.cursor.fetchall()
`,
  ),
  good(
    "CWE-89",
    "batch37: method shown without its class passes the LIKE pattern as a parameter",
    src`
    def search(self, term):
        query = "SELECT * FROM products WHERE name LIKE %s"
        self.cursor.execute(query, ("%" + term + "%",))
        return self.cursor.fetchall()
`,
  ),
  bad(
    "CWE-89",
    "batch37: fragment starting at the tail of a docstring formats the customer id into SQL",
    src`
    Returns every order of the given customer, newest first.
    """
    sql = "SELECT * FROM orders WHERE customer_id = '%s' ORDER BY created DESC" % customer_id
    cursor.execute(sql)
    return cursor.fetchall()
`,
  ),
  good(
    "CWE-89",
    "batch37: fragment starting at the tail of a docstring binds the customer id",
    src`
    Returns every order of the given customer, newest first.
    """
    sql = "SELECT * FROM orders WHERE customer_id = %s ORDER BY created DESC"
    cursor.execute(sql, (customer_id,))
    return cursor.fetchall()
`,
  ),
  bad(
    "CWE-89",
    "batch37: match on a JSON payload captures name and puts it into an f-string SQL",
    src`
def handle(payload: dict) -> list:
    match payload:
        case {"action": "find", "name": name}:
            return conn.execute(f"SELECT * FROM users WHERE name = '{name}'").fetchall()
        case {"action": "count"}:
            return conn.execute("SELECT COUNT(*) FROM users").fetchall()
        case _:
            ...

result = handle(request.get_json())
`,
  ),
  good(
    "CWE-89",
    "batch37: match on a JSON payload captures name and binds it as ?",
    src`
def handle(payload: dict) -> list:
    match payload:
        case {"action": "find", "name": name}:
            return conn.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall()
        case {"action": "count"}:
            return conn.execute("SELECT COUNT(*) FROM users").fetchall()
        case _:
            ...

result = handle(request.get_json())
`,
  ),
  bad(
    "CWE-89",
    "batch37: sort column from the query string goes straight into ORDER BY",
    src`
order = request.args.get("sort", "id")
cursor.execute(f"SELECT id, title FROM posts ORDER BY {order}")
posts = cursor.fetchall()
`,
  ),
  good(
    "CWE-89",
    "batch37: sort column chosen by a match over fixed names before ORDER BY",
    src`
match request.args.get("sort"):
    case "title":
        order = "title"
    case "date":
        order = "created"
    case _:
        order = "id"
cursor.execute(f"SELECT id, title FROM posts ORDER BY {order}")
posts = cursor.fetchall()
`,
  ),
  // ---------------- CWE-79 ----------------
  bad(
    "CWE-79",
    "batch37: flask route with no imports concatenates a query argument into HTML",
    src`
@app.route("/hello")
def hello():
    return "<h1>Hello " + request.args.get("name", "") + "</h1>"
`,
  ),
  good(
    "CWE-79",
    "batch37: flask route with no imports escapes the query argument before the HTML",
    src`
@app.route("/hello")
def hello():
    return "<h1>Hello " + escape(request.args.get("name", "")) + "</h1>"
`,
  ),
  bad(
    "CWE-79",
    "batch37: django view body formats request.GET into an HttpResponse",
    src`
def search(request):
    q = request.GET.get("q", "")
    ...
    return HttpResponse("<p>No results for %s</p>" % q)
`,
  ),
  good(
    "CWE-79",
    "batch37: django view body builds the HttpResponse with format_html",
    src`
def search(request):
    q = request.GET.get("q", "")
    ...
    return HttpResponse(format_html("<p>No results for {}</p>", q))
`,
  ),
  bad(
    "CWE-79",
    "batch37: comment wrapped in Markup from an f-string of a form field",
    src`
    comment = request.form["comment"]
    html = Markup(f"<div class='comment'>{comment}</div>")
    return render_template("post.html", comment_html=html)
`,
  ),
  good(
    "CWE-79",
    "batch37: comment passed through Markup(...).format, which escapes its arguments",
    src`
    comment = request.form["comment"]
    html = Markup("<div class='comment'>{}</div>").format(comment)
    return render_template("post.html", comment_html=html)
`,
  ),
  // ---------------- CWE-22 ----------------
  bad(
    "CWE-22",
    "batch37: download route with no imports joins the file argument under UPLOAD_DIR for send_file",
    src`
@app.route("/download")
def download():
    filename = request.args.get("file")
    return send_file(os.path.join(UPLOAD_DIR, filename))
`,
  ),
  good(
    "CWE-22",
    "batch37: download route with no imports serves the file argument with send_from_directory",
    src`
@app.route("/download")
def download():
    filename = request.args.get("file")
    return send_from_directory(UPLOAD_DIR, filename)
`,
  ),
  bad(
    "CWE-22",
    "batch37: cut-out body with a placeholder opens a path built from a query argument",
    src`
    path = "/var/www/files/" + request.args["name"]
    with open(path, "rb") as f:
        data = f.read()
    ...
    return data
`,
  ),
  good(
    "CWE-22",
    "batch37: cut-out body with a placeholder runs the query argument through secure_filename",
    src`
    path = "/var/www/files/" + secure_filename(request.args["name"])
    with open(path, "rb") as f:
        data = f.read()
    ...
    return data
`,
  ),
  bad(
    "CWE-22",
    "batch37: python 2 CGI prints a report file named by a form field",
    src`
form = cgi.FieldStorage()
name = form.getvalue("report")
print "Content-Type: text/plain\n"
print open(os.path.join(REPORT_DIR, name)).read()
`,
  ),
  good(
    "CWE-22",
    "batch37: python 2 CGI keeps only the basename of the form field",
    src`
form = cgi.FieldStorage()
name = os.path.basename(form.getvalue("report"))
print "Content-Type: text/plain\n"
print open(os.path.join(REPORT_DIR, name)).read()
`,
  ),
  bad(
    "CWE-22",
    "batch37: uploaded tarball extracted with extractall and no filter",
    src`
    upload = request.files["archive"]
    with tarfile.open(fileobj=upload.stream, mode="r:gz") as tar:
        tar.extractall(dest_dir)
    return "ok"
`,
  ),
  good(
    "CWE-22",
    "batch37: uploaded tarball extracted with the data filter",
    src`
    upload = request.files["archive"]
    with tarfile.open(fileobj=upload.stream, mode="r:gz") as tar:
        tar.extractall(dest_dir, filter="data")
    return "ok"
`,
  ),
  // ---------------- CWE-94 ----------------
  bad(
    "CWE-94",
    "batch37: calculator route with no imports evals a query argument",
    src`
@app.route("/calc")
def calc():
    return str(eval(request.args.get("expr")))
`,
  ),
  good(
    "CWE-94",
    "batch37: calculator route with no imports parses the query argument with ast.literal_eval",
    src`
@app.route("/calc")
def calc():
    return str(ast.literal_eval(request.args.get("expr")))
`,
  ),
  bad(
    "CWE-94",
    "batch37: python 2 socket server evals the received line",
    src`
while True:
    conn, addr = s.accept()
    data = conn.recv(1024)
    result = eval(data)
    print "got", result
    conn.send(str(result))
`,
  ),
  good(
    "CWE-94",
    "batch37: python 2 socket server decodes the received line as JSON",
    src`
while True:
    conn, addr = s.accept()
    data = conn.recv(1024)
    result = json.loads(data)
    print "got", result
    conn.send(str(result))
`,
  ),
  bad(
    "CWE-94",
    "batch37: greeting built by concatenating a query argument into render_template_string",
    src`
    name = request.args.get("name", "guest")
    return render_template_string("<p>Hello " + name + "</p>")
`,
  ),
  good(
    "CWE-94",
    "batch37: greeting passes the query argument as a template variable",
    src`
    name = request.args.get("name", "guest")
    return render_template_string("<p>Hello {{ name }}</p>", name=name)
`,
  ),
  bad(
    "CWE-94",
    "batch37: walrus binds a JSON formula and evals it with empty builtins",
    src`
if (expr := request.json.get("formula")) is not None:
    value = eval(expr, {"__builtins__": {}})
    return jsonify(value=value)
`,
  ),
  good(
    "CWE-94",
    "batch37: walrus binds a JSON formula and reads it with ast.literal_eval",
    src`
if (expr := request.json.get("formula")) is not None:
    value = ast.literal_eval(expr)
    return jsonify(value=value)
`,
  ),
  // ---------------- CWE-502 ----------------
  bad(
    "CWE-502",
    "batch37: route with no imports unpickles the request body",
    src`
@app.route("/restore", methods=["POST"])
def restore():
    state = pickle.loads(request.data)
    return jsonify(ok=True, keys=list(state))
`,
  ),
  good(
    "CWE-502",
    "batch37: route with no imports decodes the request body as JSON",
    src`
@app.route("/restore", methods=["POST"])
def restore():
    state = json.loads(request.data)
    return jsonify(ok=True, keys=list(state))
`,
  ),
  bad(
    "CWE-502",
    "batch37: uploaded config read with yaml.load and no Loader",
    src`
    cfg = yaml.load(request.files["config"].read())
    apply_config(cfg)
    return "applied"
`,
  ),
  good(
    "CWE-502",
    "batch37: uploaded config read with yaml.safe_load",
    src`
    cfg = yaml.safe_load(request.files["config"].read())
    apply_config(cfg)
    return "applied"
`,
  ),
  bad(
    "CWE-502",
    "batch37: tornado method without its class unpickles a cookie with cPickle",
    src`
    def get(self):
        raw = self.get_cookie("prefs")
        prefs = cPickle.loads(base64.b64decode(raw))
        self.render("home.html", prefs=prefs)
`,
  ),
  good(
    "CWE-502",
    "batch37: tornado method without its class decodes the cookie as JSON",
    src`
    def get(self):
        raw = self.get_cookie("prefs")
        prefs = json.loads(base64.b64decode(raw))
        self.render("home.html", prefs=prefs)
`,
  ),
  // ---------------- CWE-327/328 ----------------
  bad(
    "CWE-328",
    "batch37: hash_password with no imports returns an md5 hexdigest",
    src`
def hash_password(password):
    return hashlib.md5(password).hexdigest()
`,
  ),
  good(
    "CWE-328",
    "batch37: hash_password with no imports derives a salted PBKDF2 key",
    src`
def hash_password(password):
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000)
`,
  ),
  bad(
    "CWE-327",
    "batch37: DES in ECB mode with no imports encrypts the card number",
    src`
cipher = DES.new(key, DES.MODE_ECB)
encrypted = cipher.encrypt(pad(card_number.encode(), 8))
`,
  ),
  good(
    "CWE-327",
    "batch37: AES in GCM mode with no imports encrypts the card number",
    src`
cipher = AES.new(key, AES.MODE_GCM)
encrypted, tag = cipher.encrypt_and_digest(card_number.encode())
`,
  ),
  bad(
    "CWE-328",
    "batch37: type-hinted set_password stores a sha1 of the password",
    src`
def set_password(user: User, password: str) -> None:
    user.password_hash = hashlib.sha1(password.encode()).hexdigest()
    db.session.commit()
`,
  ),
  good(
    "CWE-328",
    "batch37: type-hinted set_password stores a bcrypt hash of the password",
    src`
def set_password(user: User, password: str) -> None:
    user.password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    db.session.commit()
`,
  ),
  // ---------------- CWE-338 ----------------
  bad(
    "CWE-338",
    "batch37: reset token with no imports built from random.choice",
    src`
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))
    user.reset_token = token
    send_reset_email(user.email, token)
`,
  ),
  good(
    "CWE-338",
    "batch37: reset token with no imports from secrets.token_urlsafe",
    src`
    token = secrets.token_urlsafe(32)
    user.reset_token = token
    send_reset_email(user.email, token)
`,
  ),
  bad(
    "CWE-338",
    "batch37: python 2 session id from random.randint up to sys.maxint",
    src`
session_id = str(random.randint(0, sys.maxint))
sessions[session_id] = username
print "Set-Cookie: sid=%s" % session_id
`,
  ),
  good(
    "CWE-338",
    "batch37: python 2 session id from os.urandom",
    src`
session_id = binascii.hexlify(os.urandom(16))
sessions[session_id] = username
print "Set-Cookie: sid=%s" % session_id
`,
  ),
  // ---------------- CWE-798 ----------------
  bad(
    "CWE-798",
    "batch37: psycopg2.connect with a literal password, import left out",
    src`
conn = psycopg2.connect(host="db.internal", dbname="billing", user="admin", password="Sup3rS3cret!2024")
cur = conn.cursor()
`,
  ),
  good(
    "CWE-798",
    "batch37: psycopg2.connect with the password from the environment, import left out",
    src`
conn = psycopg2.connect(host="db.internal", dbname="billing", user="admin", password=os.environ["DB_PASSWORD"])
cur = conn.cursor()
`,
  ),
  bad(
    "CWE-798",
    "batch37: SECRET_KEY set to a literal on an app defined elsewhere",
    src`
app.config["SECRET_KEY"] = "k9#mX2!pQ7vL4zR8wN1t"
app.config["SESSION_COOKIE_SECURE"] = True
`,
  ),
  good(
    "CWE-798",
    "batch37: SECRET_KEY read from the environment on an app defined elsewhere",
    src`
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
`,
  ),
  bad(
    "CWE-798",
    "batch37: boto3 client with literal access keys",
    src`
s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAQ7XJ3K2M5N8P4R6T",
    aws_secret_access_key="h3Kq9ZtX2vLpW8mN4rB7yC1dF6gJ0sA5eU2iO9kT",
)
`,
  ),
  good(
    "CWE-798",
    "batch37: boto3 client relying on the default credential chain",
    src`
s3 = boto3.client("s3", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
`,
  ),
  // ---------------- CWE-295 ----------------
  bad(
    "CWE-295",
    "batch37: requests.get with verify=False, import left out",
    src`
resp = requests.get(api_url, headers={"Authorization": "Bearer " + token}, verify=False, timeout=10)
data = resp.json()
`,
  ),
  good(
    "CWE-295",
    "batch37: requests.get with a CA bundle, import left out",
    src`
resp = requests.get(api_url, headers={"Authorization": "Bearer " + token}, verify="/etc/ssl/internal-ca.pem", timeout=10)
data = resp.json()
`,
  ),
  bad(
    "CWE-295",
    "batch37: python 2 urllib2 with an unverified SSL context",
    src`
ctx = ssl._create_unverified_context()
req = urllib2.Request(url, headers={"User-Agent": "fetcher"})
html = urllib2.urlopen(req, context=ctx).read()
`,
  ),
  good(
    "CWE-295",
    "batch37: python 2 urllib2 with the default SSL context",
    src`
ctx = ssl.create_default_context()
req = urllib2.Request(url, headers={"User-Agent": "fetcher"})
html = urllib2.urlopen(req, context=ctx).read()
`,
  ),
  bad(
    "CWE-295",
    "batch37: context with check_hostname off and CERT_NONE wraps a socket",
    src`
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    conn = ctx.wrap_socket(sock, server_hostname=host)
`,
  ),
  good(
    "CWE-295",
    "batch37: context loading a private CA wraps a socket with verification kept",
    src`
    ctx = ssl.create_default_context()
    ctx.load_verify_locations(cafile=CA_FILE)
    conn = ctx.wrap_socket(sock, server_hostname=host)
`,
  ),
  // ---------------- CWE-611 ----------------
  bad(
    "CWE-611",
    "batch37: lxml parser with resolve_entities=True parses the request body",
    src`
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(request.data, parser)
    return root.findtext("name")
`,
  ),
  good(
    "CWE-611",
    "batch37: lxml parser with resolve_entities=False and no_network parses the request body",
    src`
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(request.data, parser)
    return root.findtext("name")
`,
  ),
  bad(
    "CWE-611",
    "batch37: sax parser with external general entities turned on parses an upload",
    src`
parser = xml.sax.make_parser()
parser.setFeature(feature_external_ges, True)
parser.setContentHandler(handler)
parser.parse(request.files["feed"])
`,
  ),
  good(
    "CWE-611",
    "batch37: sax parser with external general entities turned off parses an upload",
    src`
parser = xml.sax.make_parser()
parser.setFeature(feature_external_ges, False)
parser.setContentHandler(handler)
parser.parse(request.files["feed"])
`,
  ),
  // ---------------- CWE-918 ----------------
  bad(
    "CWE-918",
    "batch37: preview route with no imports fetches the url argument",
    src`
@app.route("/preview")
def preview():
    url = request.args["url"]
    r = requests.get(url, timeout=5)
    return r.text[:500]
`,
  ),
  good(
    "CWE-918",
    "batch37: preview route with no imports fetches the url only for an allow-listed host",
    src`
@app.route("/preview")
def preview():
    url = request.args["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        abort(400)
    r = requests.get(url, timeout=5)
    return r.text[:500]
`,
  ),
  bad(
    "CWE-918",
    "batch37: python 2 handler method without its class opens a feed URL argument with urllib2",
    src`
    def get(self):
        feed = self.get_argument("feed")
        body = urllib2.urlopen(feed).read()
        self.write(body)
`,
  ),
  good(
    "CWE-918",
    "batch37: python 2 handler method without its class quotes the argument into a fixed feed host",
    src`
    def get(self):
        feed = self.get_argument("feed")
        body = urllib2.urlopen("https://feeds.example.com/" + urllib.quote(feed, safe="")).read()
        self.write(body)
`,
  ),
  // ---------------- CWE-601 ----------------
  bad(
    "CWE-601",
    "batch37: django login tail redirects to the next parameter unchecked",
    src`
        login(request, user)
        next_url = request.GET.get("next", "/")
        return HttpResponseRedirect(next_url)
`,
  ),
  good(
    "CWE-601",
    "batch37: django login tail checks next with url_has_allowed_host_and_scheme",
    src`
        login(request, user)
        next_url = request.GET.get("next", "/")
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            next_url = "/"
        return HttpResponseRedirect(next_url)
`,
  ),
  bad(
    "CWE-601",
    "batch37: walrus binds return_to and redirects to it",
    src`
if (target := request.args.get("return_to")):
    return redirect(target)
return redirect(url_for("index"))
`,
  ),
  good(
    "CWE-601",
    "batch37: walrus binds return_to and redirects only to an allow-listed path",
    src`
if (target := request.args.get("return_to")) in SAFE_PATHS:
    return redirect(target)
return redirect(url_for("index"))
`,
  ),
  // ---------------- CWE-377 ----------------
  bad(
    "CWE-377",
    "batch37: tempfile.mktemp name opened for writing, import left out",
    src`
tmp = tempfile.mktemp(suffix=".csv")
with open(tmp, "w") as f:
    f.write(export_csv(rows))
`,
  ),
  good(
    "CWE-377",
    "batch37: NamedTemporaryFile written, import left out",
    src`
with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
    f.write(export_csv(rows))
    tmp = f.name
`,
  ),
  bad(
    "CWE-377",
    "batch37: python 2 report written to a /tmp name built from the pid",
    src`
path = "/tmp/report_%d.txt" % os.getpid()
f = open(path, "w")
f.write(report)
f.close()
print "wrote", path
`,
  ),
  good(
    "CWE-377",
    "batch37: python 2 report written to a mkstemp file",
    src`
fd, path = tempfile.mkstemp(suffix=".txt")
f = os.fdopen(fd, "w")
f.write(report)
f.close()
print "wrote", path
`,
  ),
  // ---------------- CWE-732 ----------------
  bad(
    "CWE-732",
    "batch37: python 2 octal 0777 chmod on the key file",
    src`
open(key_path, "w").write(private_key)
os.chmod(key_path, 0777)
print "key saved to", key_path
`,
  ),
  good(
    "CWE-732",
    "batch37: python 2 octal 0600 chmod on the key file",
    src`
open(key_path, "w").write(private_key)
os.chmod(key_path, 0600)
print "key saved to", key_path
`,
  ),
  bad(
    "CWE-732",
    "batch37: type-hinted save_token gives the token file rwx to everyone through stat flags",
    src`
def save_token(path: str, token: str) -> None:
    with open(path, "w") as f:
        f.write(token)
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
`,
  ),
  good(
    "CWE-732",
    "batch37: type-hinted save_token gives the token file owner read/write only",
    src`
def save_token(path: str, token: str) -> None:
    with open(path, "w") as f:
        f.write(token)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
`,
  ),
  // ---------------- CWE-117 ----------------
  bad(
    "CWE-117",
    "batch37: failed login logs the submitted username with % formatting",
    src`
    username = request.form["username"]
    if not check_password(username, request.form["password"]):
        app.logger.warning("Failed login for user %s" % username)
        abort(401)
`,
  ),
  good(
    "CWE-117",
    "batch37: failed login strips CR and LF from the username before logging",
    src`
    username = request.form["username"]
    if not check_password(username, request.form["password"]):
        safe_name = username.replace("\r", "").replace("\n", "")
        app.logger.warning("Failed login for user %s" % safe_name)
        abort(401)
`,
  ),
  bad(
    "CWE-117",
    "batch37: python 2 handler method logs a header by concatenation",
    src`
    def prepare(self):
        fwd = self.request.headers.get("X-Forwarded-For", "")
        logging.info("request from " + fwd)
`,
  ),
  good(
    "CWE-117",
    "batch37: python 2 handler method logs a header with newlines removed",
    src`
    def prepare(self):
        fwd = self.request.headers.get("X-Forwarded-For", "").replace("\n", "").replace("\r", "")
        logging.info("request from " + fwd)
`,
  ),
  // ---------------- CWE-1333 / CWE-400 ----------------
  bad(
    "CWE-1333",
    "batch37: signup checks the email with a nested-quantifier regex, import left out",
    src`
    email = request.form["email"]
    if not re.match(r"^([a-zA-Z0-9_.-])+@(([a-zA-Z0-9-])+\.)+([a-zA-Z0-9]{2,4})+$", email):
        return "invalid email", 400
`,
  ),
  good(
    "CWE-1333",
    "batch37: signup checks the email with an unambiguous regex, import left out",
    src`
    email = request.form["email"]
    if not re.match(r"^[^@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$", email):
        return "invalid email", 400
`,
  ),
  bad(
    "CWE-1333",
    "batch37: search route compiles the user's pattern as a regex",
    src`
    pattern = request.args.get("pattern", "")
    hits = [line for line in lines if re.search(pattern, line)]
    return jsonify(hits)
`,
  ),
  good(
    "CWE-1333",
    "batch37: search route escapes the user's text before searching",
    src`
    pattern = request.args.get("pattern", "")
    hits = [line for line in lines if re.search(re.escape(pattern), line)]
    return jsonify(hits)
`,
  ),
  bad(
    "CWE-400",
    "batch37: count from the query string sizes a generated list without a cap",
    src`
    n = int(request.args.get("count", 10))
    items = [make_item(i) for i in range(n)]
    return jsonify(items)
`,
  ),
  good(
    "CWE-400",
    "batch37: count from the query string capped with min before generating",
    src`
    n = min(int(request.args.get("count", 10)), 100)
    items = [make_item(i) for i in range(n)]
    return jsonify(items)
`,
  ),
  bad(
    "CWE-400",
    "batch37: status check calls requests.get without a timeout, import left out",
    src`
def service_up() -> bool:
    resp = requests.get(STATUS_URL + "/health")
    return resp.status_code == 200
`,
  ),
  good(
    "CWE-400",
    "batch37: status check calls requests.get with a timeout, import left out",
    src`
def service_up() -> bool:
    resp = requests.get(STATUS_URL + "/health", timeout=5)
    return resp.status_code == 200
`,
  ),
];
