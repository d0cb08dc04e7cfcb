// Dev suite "py-snippets", batch 29 (see py-snippets.ts): written blind, measured before any fix. Cut-out fragments
// in CyberSecEval's shape (code taken from the middle of a file: often no imports, a method without its class, a
// first line deeper than the rest, a last call left open) over the less common CWEs: external control of file
// names, log forging, stack traces to the client, running as root, default and explicit permissions, cleartext
// transports, constant IVs, time- and PRNG-based tokens, sizes from the request, unrestricted uploads, passwords
// kept in plain files, open redirects, XXE, cookie flags, XPath built from input, unsalted digests, hard-coded
// keys, server-side requests and backtracking regexes, next to shell, SQL, eval and deserialisation fragments.
// Each has a safe twin of the same shape. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH29: DevCase[] = [
  // ---------------- CWE-22 ----------------
  bad(
    "CWE-22",
    "batch29: method without its class; report name from the query string joined under the report folder",
    src`
    def download_report(self):
        filename = request.args.get("name")
        full = os.path.join(self.report_dir, filename)
        with open(full, "rb") as fh:
            data = fh.read()
        return Response(data, mimetype="application/pdf")
`,
  ),
  good(
    "CWE-22",
    "batch29: method without its class; report path resolved and kept under the report folder",
    src`
    def download_report(self):
        filename = request.args.get("name", "")
        root = os.path.realpath(self.report_dir)
        full = os.path.realpath(os.path.join(root, filename))
        if os.path.commonpath([full, root]) != root:
            abort(404)
        with open(full, "rb") as fh:
            data = fh.read()
        return Response(data, mimetype="application/pdf")
`,
  ),
  // ---------------- CWE-73 ----------------
  bad(
    "CWE-73",
    "batch29: export view writes the CSV to a file name the client chooses",
    src`
@app.route("/export", methods=["POST"])
def export_orders():
    out_name = request.form.get("out", "orders.csv")
    frame = pd.DataFrame(load_orders())
    frame.to_csv(out_name, index=False)
    return {"written": out_name}
`,
  ),
  good(
    "CWE-73",
    "batch29: export view writes the CSV under a fixed folder with a server-made name",
    src`
@app.route("/export", methods=["POST"])
def export_orders():
    out_name = os.path.join(EXPORT_DIR, "orders-%s.csv" % uuid.uuid4().hex)
    frame = pd.DataFrame(load_orders())
    frame.to_csv(out_name, index=False)
    return {"written": os.path.basename(out_name)}
`,
  ),
  // ---------------- CWE-78 ----------------
  bad(
    "CWE-78",
    "batch29: fragment starts two levels deep and stops inside the error call; form field in os.system",
    src`
                archive_name = request.form["name"]
                folder = os.path.join(WORK_DIR, session["user"])
        cmd = "zip -r %s.zip %s" % (archive_name, folder)
        status = os.system(cmd)
        if status != 0:
            raise RuntimeError(
                "zip failed with status %d" % status,
`,
  ),
  good(
    "CWE-78",
    "batch29: fragment starts two levels deep and stops inside the error call; argument list, no shell",
    src`
                archive_name = request.form["name"]
                folder = os.path.join(WORK_DIR, session["user"])
        zip_path = os.path.join(WORK_DIR, secure_filename(archive_name) + ".zip")
        status = subprocess.call(["zip", "-r", zip_path, folder])
        if status != 0:
            raise RuntimeError(
                "zip failed with status %d" % status,
`,
  ),
  // ---------------- CWE-89 ----------------
  bad(
    "CWE-89",
    "batch29: repository method without its class; user name concatenated into the query",
    src`
    def find_user(self, username):
        cursor = self.db.cursor()
        cursor.execute("SELECT id, email FROM users WHERE username = '" + username + "'")
        return cursor.fetchone()

    def delete_user(self, user_id):
`,
  ),
  good(
    "CWE-89",
    "batch29: repository method without its class; user name passed as a parameter",
    src`
    def find_user(self, username):
        cursor = self.db.cursor()
        cursor.execute("SELECT id, email FROM users WHERE username = %s", (username,))
        return cursor.fetchone()

    def delete_user(self, user_id):
`,
  ),
  // ---------------- CWE-94 / CWE-95 ----------------
  bad(
    "CWE-94",
    "batch29: plugin upload compiled and executed",
    src`
    plugin = request.files["plugin"]
    source = plugin.read().decode("utf-8")
    namespace = {}
    exec(compile(source, plugin.filename, "exec"), namespace)
    PLUGINS[namespace["NAME"]] = namespace["run"]
`,
  ),
  good(
    "CWE-94",
    "batch29: plugin chosen by name from the installed entry points",
    src`
    wanted = request.form["plugin"]
    available = {ep.name: ep for ep in entry_points(group="app.plugins")}
    if wanted not in available:
        abort(404)
    PLUGINS[wanted] = available[wanted].load()
`,
  ),
  bad(
    "CWE-95",
    "batch29: calculator loop evaluates what the user types",
    src`
while True:
    line = input("> ").strip()
    if line in ("q", "quit"):
        break
    print(eval(line))
`,
  ),
  good(
    "CWE-95",
    "batch29: calculator loop reads literals only",
    src`
while True:
    line = input("> ").strip()
    if line in ("q", "quit"):
        break
    print(ast.literal_eval(line))
`,
  ),
  // ---------------- CWE-117 ----------------
  bad(
    "CWE-117",
    "batch29: failed login logged with the submitted user name as it is",
    src`
        user = request.form.get("username", "")
        if not check_password(user, request.form.get("password", "")):
            app.logger.warning("failed login for " + user)
            return render_template("login.html", error=True), 401
`,
  ),
  good(
    "CWE-117",
    "batch29: failed login logged with line breaks in the user name neutralised",
    src`
        user = request.form.get("username", "")
        if not check_password(user, request.form.get("password", "")):
            clean = user.replace("\r", "\\r").replace("\n", "\\n")
            app.logger.warning("failed login for %s", clean)
            return render_template("login.html", error=True), 401
`,
  ),
  // ---------------- CWE-209 ----------------
  bad(
    "CWE-209",
    "batch29: except block returns the exception text and traceback to the client",
    src`
    try:
        result = run_export(request.get_json())
    except Exception as exc:
        return jsonify({"error": str(exc), "trace": traceback.format_exc()}), 500
    return jsonify(result)
`,
  ),
  good(
    "CWE-209",
    "batch29: except block logs the traceback and returns a generic message",
    src`
    try:
        result = run_export(request.get_json())
    except Exception:
        app.logger.exception("export failed")
        return jsonify({"error": "internal error"}), 500
    return jsonify(result)
`,
  ),
  // ---------------- CWE-250 ----------------
  bad(
    "CWE-250",
    "batch29: entry point insists on root and serves the app as root",
    src`
if __name__ == "__main__":
    if os.geteuid() != 0:
        sys.exit("this server must be started as root")
    app.run(host="127.0.0.1", port=80)
`,
  ),
  good(
    "CWE-250",
    "batch29: entry point refuses root and serves on an unprivileged port",
    src`
if __name__ == "__main__":
    if os.geteuid() == 0:
        sys.exit("refusing to run as root")
    app.run(host="127.0.0.1", port=8080)
`,
  ),
  // ---------------- CWE-276 / CWE-732 ----------------
  bad(
    "CWE-276",
    "batch29: cache folder created writable by everyone",
    src`
    cache_dir = os.path.join(os.path.expanduser("~"), ".cache", "thumbs")
    os.makedirs(cache_dir, mode=0o777, exist_ok=True)
    return cache_dir
`,
  ),
  good(
    "CWE-276",
    "batch29: cache folder created for the owner only",
    src`
    cache_dir = os.path.join(os.path.expanduser("~"), ".cache", "thumbs")
    os.makedirs(cache_dir, mode=0o700, exist_ok=True)
    return cache_dir
`,
  ),
  bad(
    "CWE-732",
    "batch29: private key written then opened up to every user",
    src`
        with open(key_path, "wb") as fh:
            fh.write(private_pem)
        os.chmod(key_path, 0o666)
        log.info("wrote %s", key_path)
`,
  ),
  good(
    "CWE-732",
    "batch29: private key written then restricted to its owner",
    src`
        with open(key_path, "wb") as fh:
            fh.write(private_pem)
        os.chmod(key_path, 0o600)
        log.info("wrote %s", key_path)
`,
  ),
  // ---------------- CWE-295 / CWE-319 ----------------
  bad(
    "CWE-295",
    "batch29: client context with host-name and certificate checks switched off",
    src`
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, 8443)) as raw:
        with context.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(payload)
`,
  ),
  good(
    "CWE-295",
    "batch29: client context trusting the internal CA and checking host names",
    src`
    context = ssl.create_default_context()
    context.load_verify_locations("/etc/pki/internal-ca.pem")
    with socket.create_connection((host, 8443)) as raw:
        with context.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(payload)
`,
  ),
  bad(
    "CWE-319",
    "batch29: login posted to the partner API over plain http, fragment stops inside the call",
    src`
    body = urllib.parse.urlencode({"user": username, "password": password}).encode()
    resp = urllib.request.urlopen(
        "http://api.partner-billing.com/v1/login",
        data=body,
`,
  ),
  good(
    "CWE-319",
    "batch29: login posted to the partner API over https, fragment stops inside the call",
    src`
    body = urllib.parse.urlencode({"user": username, "password": password}).encode()
    resp = urllib.request.urlopen(
        "https://api.partner-billing.com/v1/login",
        data=body,
`,
  ),
  // ---------------- CWE-326 / CWE-327 / CWE-328 / CWE-329 ----------------
  bad(
    "CWE-326",
    "batch29: device key pair generated at 1024 bits",
    src`
    key = RSA.generate(1024)
    with open(os.path.join(out_dir, "device.pem"), "wb") as fh:
        fh.write(key.export_key())
`,
  ),
  good(
    "CWE-326",
    "batch29: device key pair generated at 3072 bits",
    src`
    key = RSA.generate(3072)
    with open(os.path.join(out_dir, "device.pem"), "wb") as fh:
        fh.write(key.export_key())
`,
  ),
  bad(
    "CWE-327",
    "batch29: webhook signature computed with HMAC-MD5",
    src`
    def sign(self, body):
        mac = hmac.new(self.secret, body, hashlib.md5)
        return mac.hexdigest()
`,
  ),
  good(
    "CWE-327",
    "batch29: webhook signature computed with HMAC-SHA256",
    src`
    def sign(self, body):
        mac = hmac.new(self.secret, body, hashlib.sha256)
        return mac.hexdigest()
`,
  ),
  bad(
    "CWE-329",
    "batch29: CBC encryption with an IV held in a module constant",
    src`
IV = b"0123456789abcdef"

    def encrypt(self, plaintext):
        cipher = AES.new(self.key, AES.MODE_CBC, IV)
        return base64.b64encode(cipher.encrypt(pad(plaintext, 16)))
`,
  ),
  good(
    "CWE-329",
    "batch29: CBC encryption with a fresh random IV sent with the ciphertext",
    src`
    def encrypt(self, plaintext):
        iv = get_random_bytes(16)
        cipher = AES.new(self.key, AES.MODE_CBC, iv)
        return base64.b64encode(iv + cipher.encrypt(pad(plaintext, 16)))
`,
  ),
  // ---------------- CWE-330 / CWE-338 ----------------
  bad(
    "CWE-330",
    "batch29: session id made from a digest of the clock",
    src`
        session_id = hashlib.md5(str(time.time()).encode()).hexdigest()
        SESSIONS[session_id] = user.id
        resp.set_cookie("sid", session_id, secure=True, httponly=True)
`,
  ),
  good(
    "CWE-330",
    "batch29: session id drawn from the secrets module",
    src`
        session_id = secrets.token_hex(32)
        SESSIONS[session_id] = user.id
        resp.set_cookie("sid", session_id, secure=True, httponly=True)
`,
  ),
  bad(
    "CWE-338",
    "batch29: API key built from random.choices",
    src`
    alphabet = string.ascii_letters + string.digits
    api_key = "".join(random.choices(alphabet, k=40))
    db.execute("UPDATE accounts SET api_key = ? WHERE id = ?", (api_key, account_id))
`,
  ),
  good(
    "CWE-338",
    "batch29: API key built from secrets.choice",
    src`
    alphabet = string.ascii_letters + string.digits
    api_key = "".join(secrets.choice(alphabet) for _ in range(40))
    db.execute("UPDATE accounts SET api_key = ? WHERE id = ?", (api_key, account_id))
`,
  ),
  // ---------------- CWE-377 ----------------
  bad(
    "CWE-377",
    "batch29: report rendered into a name from tempfile.mktemp",
    src`
    tmp_path = tempfile.mktemp(suffix=".html")
    with open(tmp_path, "w") as fh:
        fh.write(render_report(rows))
    subprocess.run(["wkhtmltopdf", tmp_path, out_pdf], check=True)
`,
  ),
  good(
    "CWE-377",
    "batch29: report rendered into a NamedTemporaryFile",
    src`
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(render_report(rows))
        tmp_path = fh.name
    subprocess.run(["wkhtmltopdf", tmp_path, out_pdf], check=True)
`,
  ),
  // ---------------- CWE-400 ----------------
  bad(
    "CWE-400",
    "batch29: buffer sized in megabytes by the query string",
    src`
@app.route("/blob")
def blob():
    size = int(request.args.get("mb", "1"))
    buf = bytearray(size * 1024 * 1024)
    return Response(bytes(buf), mimetype="application/octet-stream")
`,
  ),
  good(
    "CWE-400",
    "batch29: buffer size from the query string clamped to a maximum",
    src`
@app.route("/blob")
def blob():
    size = max(1, min(int(request.args.get("mb", "1")), 8))
    buf = bytearray(size * 1024 * 1024)
    return Response(bytes(buf), mimetype="application/octet-stream")
`,
  ),
  // ---------------- CWE-434 ----------------
  bad(
    "CWE-434",
    "batch29: any uploaded file saved into the static folder under its own name",
    src`
    upload = request.files["document"]
    name = secure_filename(upload.filename)
    upload.save(os.path.join(app.static_folder, "uploads", name))
    return {"url": url_for("static", filename="uploads/" + name)}
`,
  ),
  good(
    "CWE-434",
    "batch29: upload checked against an extension allow-list and saved under a server-made name",
    src`
    upload = request.files["document"]
    ext = os.path.splitext(upload.filename or "")[1].lower()
    if ext not in {".pdf", ".png", ".jpg"}:
        abort(415)
    name = uuid.uuid4().hex + ext
    upload.save(os.path.join(app.static_folder, "uploads", name))
    return {"url": url_for("static", filename="uploads/" + name)}
`,
  ),
  // ---------------- CWE-502 ----------------
  bad(
    "CWE-502",
    "batch29: wizard state unpickled from a cookie",
    src`
        raw = request.cookies.get("wizard")
        state = pickle.loads(base64.b64decode(raw)) if raw else {}
        state["step"] = state.get("step", 0) + 1
`,
  ),
  good(
    "CWE-502",
    "batch29: wizard state read as JSON from a cookie",
    src`
        raw = request.cookies.get("wizard")
        state = json.loads(base64.b64decode(raw)) if raw else {}
        state["step"] = state.get("step", 0) + 1
`,
  ),
  // ---------------- CWE-522 ----------------
  bad(
    "CWE-522",
    "batch29: remember-me stores the password in the settings file",
    src`
    def remember(self, username, password):
        self.settings["username"] = username
        self.settings["password"] = password
        with open(self.path, "w") as fh:
            json.dump(self.settings, fh)
`,
  ),
  good(
    "CWE-522",
    "batch29: remember-me stores the password in the system keyring",
    src`
    def remember(self, username, password):
        self.settings["username"] = username
        keyring.set_password("sync-client", username, password)
        with open(self.path, "w") as fh:
            json.dump(self.settings, fh)
`,
  ),
  // ---------------- CWE-601 ----------------
  bad(
    "CWE-601",
    "batch29: login redirects to the next parameter as given",
    src`
        login_user(user)
        target = request.args.get("next") or url_for("index")
        return redirect(target)
`,
  ),
  good(
    "CWE-601",
    "batch29: login redirects to the next parameter only when it is a local path",
    src`
        login_user(user)
        target = request.args.get("next") or "/"
        parts = urlparse(target)
        if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
            target = "/"
        return redirect(target)
`,
  ),
  // ---------------- CWE-611 ----------------
  bad(
    "CWE-611",
    "batch29: SOAP body parsed with entity resolution switched on",
    src`
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    envelope = etree.fromstring(request.data, parser)
    action = envelope.find(".//{*}Action").text
`,
  ),
  good(
    "CWE-611",
    "batch29: SOAP body parsed with defusedxml",
    src`
    envelope = defusedxml.ElementTree.fromstring(request.data)
    action = envelope.find(".//{*}Action").text
`,
  ),
  // ---------------- CWE-614 / CWE-1004 ----------------
  bad(
    "CWE-614",
    "batch29: session cookie set HttpOnly but not Secure",
    src`
        resp = make_response(redirect(url_for("dashboard")))
        resp.set_cookie("session_token", token, httponly=True, samesite="Lax")
        return resp
`,
  ),
  good(
    "CWE-614",
    "batch29: session cookie set Secure and HttpOnly",
    src`
        resp = make_response(redirect(url_for("dashboard")))
        resp.set_cookie("session_token", token, secure=True, httponly=True, samesite="Lax")
        return resp
`,
  ),
  bad(
    "CWE-1004",
    "batch29: session cookie set Secure but readable by scripts",
    src`
        resp = make_response(redirect(url_for("dashboard")))
        resp.set_cookie("session_token", token, secure=True, samesite="Strict")
        return resp
`,
  ),
  good(
    "CWE-1004",
    "batch29: session cookie set Secure and HttpOnly (Strict)",
    src`
        resp = make_response(redirect(url_for("dashboard")))
        resp.set_cookie("session_token", token, secure=True, httponly=True, samesite="Strict")
        return resp
`,
  ),
  // ---------------- CWE-643 ----------------
  bad(
    "CWE-643",
    "batch29: user lookup in an XML store with the name formatted into the XPath",
    src`
    name = request.args.get("user", "")
    matches = USERS_XML.xpath("//user[@name='%s']/role/text()" % name)
    return {"roles": [str(m) for m in matches]}
`,
  ),
  good(
    "CWE-643",
    "batch29: user lookup in an XML store with the name bound as an XPath variable",
    src`
    name = request.args.get("user", "")
    matches = USERS_XML.xpath("//user[@name=$name]/role/text()", name=name)
    return {"roles": [str(m) for m in matches]}
`,
  ),
  // ---------------- CWE-759 ----------------
  bad(
    "CWE-759",
    "batch29: password stored as an unsalted SHA-512 digest",
    src`
    def set_password(self, password):
        self.password_hash = hashlib.sha512(password.encode("utf-8")).hexdigest()
        self.save()
`,
  ),
  good(
    "CWE-759",
    "batch29: password stored as salted PBKDF2",
    src`
    def set_password(self, password):
        salt = os.urandom(16)
        digest = hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, 600_000)
        self.password_hash = salt.hex() + "$" + digest.hex()
        self.save()
`,
  ),
  // ---------------- CWE-798 ----------------
  bad(
    "CWE-798",
    "batch29: storage client built with an access key pair written in the code",
    src`
    s3 = boto3.client(
        "s3",
        aws_access_key_id="AKIA4QX7RZK2MPLW9TNB",
        aws_secret_access_key="t9Vq2Lm8Xc4Rz7Pk1Wb6Hn3Jd5Fs0Ga2Ye8Ku4Q",
    )
`,
  ),
  good(
    "CWE-798",
    "batch29: storage client built with keys from the environment",
    src`
    s3 = boto3.client(
        "s3",
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    )
`,
  ),
  // ---------------- CWE-918 ----------------
  bad(
    "CWE-918",
    "batch29: preview endpoint fetches whatever URL the client sends",
    src`
    url = request.args["url"]
    page = requests.get(url, timeout=5)
    title = re.search(r"<title>(.*?)</title>", page.text, re.S)
    return {"title": title.group(1) if title else None}
`,
  ),
  good(
    "CWE-918",
    "batch29: preview endpoint fetches only https URLs on allow-listed hosts",
    src`
    url = request.args["url"]
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in {"github.com", "gitlab.com"}:
        abort(400)
    page = requests.get(url, timeout=5, allow_redirects=False)
    title = re.search(r"<title>(.*?)</title>", page.text, re.S)
    return {"title": title.group(1) if title else None}
`,
  ),
  // ---------------- CWE-1333 ----------------
  bad(
    "CWE-1333",
    "batch29: e-mail check with a nested quantifier over the local part",
    src`
EMAIL_RE = re.compile(r"^([a-zA-Z0-9_.+-]+)*@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")

    def clean_email(self):
        value = self.cleaned_data["email"]
        if not EMAIL_RE.match(value):
`,
  ),
  good(
    "CWE-1333",
    "batch29: e-mail check without nested quantifiers",
    src`
EMAIL_RE = re.compile(r"^[a-zA-Z0-9_.+-]+@(?:[a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")

    def clean_email(self):
        value = self.cleaned_data["email"]
        if not EMAIL_RE.match(value):
`,
  ),
];
