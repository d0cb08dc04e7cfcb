import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas, sourceMatches } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { anonymousLogin, fStringHead, lowInTestCode, pyRule } from "./common.js";

/** HTTP clients whose first argument is the URL fetched. */
const HTTP_CLIENT =
  /^(requests|httpx|urllib\.request|urllib2|urllib3|urllib)\.(get|post|put|delete|patch|head|options|request|urlopen|urlretrieve|Request|stream)$|^\w*opener\.open$|^(xmlrpc\.client|xmlrpclib)\.ServerProxy$|^requests\.Session\.\w+$|^(urllib3\.PoolManager|aiohttp\.ClientSession)\.\w+$|(^|\.)(URLopener|FancyURLopener)(\(\))?\.(open|retrieve)$/;
/** Loopback and link-local hosts: cleartext there never crosses a network. */
const LOCAL_HOST = /^http:\/\/(localhost|127(\.\d+){3}|\[?::1\]?|0\.0\.0\.0|169\.254\.169\.254)(?=[:/]|$)/i;

/**
 * `od.open(url)` on an opener urllib builds (`OpenerDirector()`, `build_opener(...)`, bound to any name or called
 * in place): the opener fetches the URL as urlopen does.
 */
function openerOpen(ctx: PythonContext, call: SyntaxNode): boolean {
  if (ctx.method(call) !== "open") return false;
  const fn = field(call, "function");
  const recv = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
  return (
    recv?.type === "call" &&
    /^(urllib\.request|urllib2)\.(OpenerDirector|build_opener)$/.test(ctx.callee(recv))
  );
}

/** The literal head of a URL argument (an f-string's text up to its first field stays readable). */
function urlHead(ctx: PythonContext, node: SyntaxNode | undefined): string {
  const url = ctx.resolve(node);
  return url ? (ctx.stringValue(url) ?? ctx.text(url).replace(/^[rbuf]*["']/i, "")) : "";
}

/**
 * The literal text a URL expression starts with: a string's value, or the head of a `+` concatenation
 * (`API + "/orders"` where `API = "http://..."`) or of an f-string up to its first field. Empty when unknown.
 */
function literalHead(ctx: PythonContext, node: SyntaxNode | undefined, depth = 0): string {
  const n = ctx.resolve(node);
  if (!n || depth > 4) return "";
  const v = ctx.stringValue(n);
  if (v !== undefined) return v;
  if (n.type === "binary_operator" && n.children.find((c) => !c.named)?.type === "+")
    return literalHead(ctx, namedChildren(n)[0], depth + 1);
  if (n.type === "string") return fStringHead(ctx, n);
  return "";
}

/**
 * A call on a client object (`s = requests.Session()`) whose default headers or auth this file sets to a
 * credential: `s.headers["Authorization"] = ...`, `s.headers.update({"X-Api-Key": ...})`, `s.auth = (...)`.
 */
function clientCarriesAuth(ctx: PythonContext, node: SyntaxNode): boolean {
  const fn = field(node, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  if (recv?.type !== "identifier") return false;
  const made = ctx.resolve(recv);
  if (made?.type !== "call" || !/(^|\.)(Session|Client|AsyncClient|ClientSession)$/.test(ctx.callee(made)))
    return false;
  const r = ctx.text(recv);
  return sourceMatches(
    ctx.tree,
    `\\b${r}\\.(?:headers\\s*\\[[^\\]\\n]*(?:auth|token|api[_-]?key|secret)|headers\\.update\\([^)]*(?:auth|token|api[_-]?key|secret)|auth\\s*=[^=])`,
    "i",
  );
}

/** A non-loopback host named by a URL's authority (after any user:password@). */
function remoteUrl(url: string, schemes: RegExp): boolean {
  const m = /^([a-z+]+):\/\/(?:[^@/]*@)?([^:/?#]*)/i.exec(url);
  return !!m && schemes.test(m[1]!) && !!m[2] && !/^(localhost|127(\.\d+){3}|\[?::1\]?)$/i.test(m[2]!);
}

function brokerWithoutTls(ctx: PythonContext, node: SyntaxNode, q: string): string | undefined {
  if (/^pika\.(ConnectionParameters|connection\.ConnectionParameters)$/.test(q)) {
    const host = ctx.stringValue(ctx.resolve(ctx.arg(node, 0, "host"))) ?? "";
    if (
      ctx.kwarg(node, "credentials") &&
      !ctx.kwarg(node, "ssl_options") &&
      remoteUrl(`amqp://${host}`, /^amqp$/)
    )
      return `AMQP login to ${host} without ssl_options: credentials and messages in cleartext`;
    return undefined;
  }
  if (/^pika\.(URLParameters|connection\.URLParameters)$/.test(q)) {
    const url = urlHead(ctx, ctx.args(node)[0]);
    return remoteUrl(url, /^amqp$/i)
      ? "amqp:// URL (not amqps://): credentials and messages in cleartext"
      : undefined;
  }
  if (/^(redis|aioredis|redis\.asyncio)\.((Strict)?Redis\.)?from_url$/.test(q)) {
    const url = urlHead(ctx, ctx.arg(node, 0, "url"));
    return /^redis:\/\/[^/@]*:[^/@]*@/i.test(url) && remoteUrl(url, /^redis$/i)
      ? "redis:// URL with a password (not rediss://): the AUTH and the data travel in cleartext"
      : undefined;
  }
  if (/^(redis|redis\.asyncio)\.(Strict)?Redis$/.test(q)) {
    const host = ctx.stringValue(ctx.resolve(ctx.arg(node, 0, "host"))) ?? "";
    const pw = ctx.kwarg(node, "password");
    return host && pw && !ctx.isTrue(ctx.kwarg(node, "ssl")) && remoteUrl(`redis://${host}`, /^redis$/)
      ? `Redis login to ${host} without ssl=True: the password travels in cleartext`
      : undefined;
  }
  if (
    /^(kafka\.)?(KafkaProducer|KafkaConsumer|KafkaAdminClient)$|^aiokafka\.AIOKafka(Producer|Consumer)$/.test(
      q,
    )
  ) {
    const proto = ctx.stringValue(ctx.resolve(ctx.kwarg(node, "security_protocol")));
    return proto === "SASL_PLAINTEXT"
      ? "Kafka SASL_PLAINTEXT: the SASL login and every record travel in cleartext"
      : undefined;
  }
  return undefined;
}

/** A file that sets up TLS for some MQTT client (tls_set, or the TLS port). */
const MQTT_TLS = /\.tls_set\(|\.tls_set_context\(|\b8883\b/;

/**
 * The connect() of the MQTT client whose username_pw_set() call is `login`, when that client never calls tls_set()
 * in the same scope and does not connect to 8883; undefined when it uses TLS. The login call itself when no
 * connect() is in the scope and the client has no tls_set() there.
 */
function mqttCleartextConnect(ctx: PythonContext, login: SyntaxNode): SyntaxNode | undefined {
  const recv = field(field(login, "function") ?? login, "object");
  if (!recv) return undefined;
  const r = ctx.text(recv);
  const scope = ctx.enclosingFunction(login) ?? ctx.tree.root;
  const same = (c: SyntaxNode, re: RegExp) =>
    c.type === "call" &&
    c.start >= scope.start &&
    c.end <= scope.end &&
    re.test(ctx.method(c)) &&
    ctx.text(field(field(c, "function") ?? c, "object") ?? c) === r;
  const calls = ctx.tree.nodes.filter((c) => same(c, /^(tls_set|tls_set_context|connect|connect_async)$/));
  if (calls.some((c) => /^tls_set/.test(ctx.method(c)))) return undefined;
  const connect = calls.find((c) => /^connect/.test(ctx.method(c)));
  if (connect && ctx.constValue(ctx.arg(connect, 1, "port")) === 8883) return undefined;
  return connect ?? login;
}

/**
 * ftplib's own anonymous login: `ftp.login()` or `ftp.login('')` (ftplib logs in as "anonymous" when the user is
 * empty), or the user named anonymous / ftp. No secret of anyone's crosses the network.
 */
function anonymousFtpLogin(ctx: PythonContext, login: SyntaxNode): boolean {
  const user = ctx.kwarg(login, "user") ?? ctx.args(login)[0];
  if (!user) return true;
  return /^(|anonymous|ftp)$/i.test(ctx.stringValue(ctx.resolve(user)) ?? "-");
}

/**
 * `ftp = FTP(host)` with no user given, whose function logs that connection in only anonymously (and at least
 * once): a download from a public mirror, no credential sent.
 */
function onlyAnonymousLogins(ctx: PythonContext, conn: SyntaxNode): boolean {
  if (ctx.args(conn).length > 1 || ctx.kwarg(conn, "user")) return false;
  const bind = conn.parent?.type === "assignment" ? field(conn.parent, "left") : undefined;
  const scope = ctx.enclosingFunction(conn);
  if (bind?.type !== "identifier" || !scope) return false;
  const name = ctx.text(bind);
  const logins = descendants(scope).filter((c) => {
    if (c.type !== "call" || ctx.method(c) !== "login") return false;
    const recv = field(field(c, "function") ?? c, "object");
    return recv?.type === "identifier" && ctx.text(recv) === name;
  });
  return logins.length > 0 && logins.every((l) => anonymousFtpLogin(ctx, l));
}

/**
 * `def add_insecure_port(self, address): return self._server.add_insecure_port(address)`: an adapter's method that
 * hands its own arguments to the same-named method of the object it wraps - the API, not a deployment; the
 * port is reported where a program calls it with an address.
 */
function forwardingMethod(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(call);
  if (!fn || ctx.text(field(fn, "name") ?? fn) !== ctx.method(call)) return false;
  const params = new Set(ctx.paramNames(fn));
  return ctx.args(call).every((a) => {
    const v = a.type === "keyword_argument" ? field(a, "value") : a;
    return v?.type === "identifier" && params.has(ctx.text(v));
  });
}

/** `smtplib.LMTP("/var/run/lmtp.sock")`: LMTP's host may be a Unix socket path, a local delivery. */
function unixSocketHost(ctx: PythonContext, call: SyntaxNode): boolean {
  return (ctx.stringValue(ctx.arg(call, 0, "host")) ?? "").startsWith("/");
}

export default pyRule({
  meta: {
    id: "PY-CLEAR-001",
    title: "Cleartext protocol for sensitive traffic",
    cwe: ["CWE-319", "CWE-523"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a plain http:// URL is fetched, or an HTTPConnection opened (no credentials in it that we can see)",
      },
    ],
    docs: {
      what_it_does:
        "Flags telnetlib, ftplib.FTP (not FTP_TLS), FTP_TLS transfers before prot_p(), smtplib.SMTP logins without starttls (the connection and the login call), http:// URLs that carry credentials, grpc insecure channels, AMQP/Redis/Kafka clients that log in without TLS, Django settings that switch HTTPS redirects, HSTS or mail TLS off, and (LOW) HTTP client calls on a literal http:// URL to a non-local host.",
      why_bad: "Passwords and data sent in cleartext can be read and modified by anyone on the network path.",
      example_bad:
        "import ftplib\ndef upload(user, pw):\n    ftp = ftplib.FTP('files.example.com')\n    ftp.login(user, pw)",
      example_good:
        "import ftplib\ndef upload(user, pw):\n    ftp = ftplib.FTP_TLS('files.example.com')\n    ftp.login(user, pw)\n    ftp.prot_p()",
    },
    fix_hint:
      "Use the TLS variant (FTP_TLS, SMTP_SSL / starttls, https, ssh) for anything carrying credentials or private data.",
  },
  // A plain URL counts only beside an HTTP client (the modules HTTP_CLIENT names, an opener, or a post/put/patch
  // call: the http:// path's callees) or with credentials in it (the string path): URLs in docstrings and comments
  // let most files through. Redis clients are `redis`/`aioredis`/`Redis` names, not "redistribute".
  trigger:
    /telnetlib|ftplib|aioftp|smtplib|imaplib|poplib|nntplib|http:\/\/[^/'"\s:@]+:[^/'"\s@]+@|^(?=[\s\S]*?(?:http|ftp):\/\/)(?=[\s\S]*?(?:requests|httpx|urllib|opener|xmlrpc|ServerProxy|aiohttp|\b(?:post|put|patch)\s*\())|ws:\/\/|HTTPConnection|insecure_channel|SECURE_SSL_REDIRECT|SECURE_HSTS_SECONDS|EMAIL_USE_TLS|username_pw_set|sslmode|use_ssl|endpoint_url\s*=\s*f?["']http:|\.send(all)?\([^\n]*(pass|pwd|secret|token)|pika|amqp:\/\/|redis\b|SASL_PLAINTEXT|add_insecure_port|Talisman/i,
  nodeTypes: ["call", "string", "assignment"],
  detect(node, ctx, reportAll) {
    const report = lowInTestCode(ctx, node, reportAll);
    if (node.type === "assignment") {
      // Django settings that turn transport security off for the whole site or its outgoing mail.
      const left = field(node, "left");
      if (left?.type !== "identifier" || ctx.enclosingFunction(node)) return;
      const name = ctx.text(left);
      if (!/^(SECURE_SSL_REDIRECT|SECURE_HSTS_SECONDS|EMAIL_USE_TLS)$/.test(name)) return;
      const v = ctx.constValue(field(node, "right"));
      if (v === false || v === 0)
        report({
          node,
          message:
            name === "EMAIL_USE_TLS"
              ? "EMAIL_USE_TLS = False: mail (and the SMTP login) goes out in cleartext"
              : `${name} = ${String(v)}: browsers may reach the site over plain HTTP`,
        });
      return;
    }
    if (node.type === "string") {
      if (/^['"]http:\/\/[^/'"\s:@]+:[^/'"\s@]+@/.test(ctx.text(node).replace(/^[a-z]+/i, "")))
        report({ node, message: "credentials in an http:// URL" });
      return;
    }
    const q = ctx.callee(node);
    const m = ctx.method(node);
    if (m === "username_pw_set") {
      // paho-mqtt: the CONNECT packet carries the password; without tls_set() it crosses the network in clear.
      if (sourceHas(ctx.tree, MQTT_TLS)) {
        // Another client in the file may use TLS: this one's own tls_set() and connect() port decide.
        const at = mqttCleartextConnect(ctx, node);
        if (at)
          report({ node: at, message: "MQTT login without TLS (tls_set) sends the password in cleartext" });
        return;
      }
      report({
        node: mqttCleartextConnect(ctx, node) ?? node,
        message: "MQTT login without TLS (tls_set) sends the password in cleartext",
      });
      return;
    }
    // grpc server.add_insecure_port('[::]:50051'): the server's RPCs (and their auth metadata) in the clear.
    if (m === "add_insecure_port") {
      const addr = ctx.stringValue(ctx.resolve(ctx.args(node)[0]));
      if (forwardingMethod(ctx, node)) return;
      if (addr === undefined || !/^(localhost|127\.|\[::1\]|unix:)/.test(addr))
        report({ node, message: "gRPC server port without TLS" });
      return;
    }
    // flask-talisman told not to redirect to HTTPS or not to send HSTS.
    if (/(^|\.)Talisman$/.test(q)) {
      const off = ["force_https", "strict_transport_security"].find(
        (k) => ctx.kwarg(node, k)?.type === "false",
      );
      if (off) report({ node, message: `Talisman(${off}=False): the site is served over plain HTTP` });
      return;
    }
    if (m === "sendall" || m === "send") {
      // A password or token written to a plain TCP socket (no TLS anywhere in the file).
      const data = ctx.args(node)[0];
      const ids = data ? [data, ...descendants(data)].filter((d) => d.type === "identifier") : [];
      if (
        ids.some((i) => /^(pass(word|wd)?|pwd|secret|token|api_?key|credentials?)$/i.test(ctx.text(i))) &&
        sourceHas(ctx.tree, /\bsocket\b/) &&
        !sourceHas(ctx.tree, /\bssl\b|wrap_socket|TLS/)
      )
        report({ node, message: "credentials sent over a plain socket" });
      return;
    }
    // python-socketio clients: `sio = socketio.Client()` then `sio.connect(url)`.
    const fnNode = field(node, "function");
    const made =
      m === "connect" && fnNode?.type === "attribute" ? ctx.resolve(field(fnNode, "object")) : undefined;
    const sio = made?.type === "call" && /^socketio\.(Async)?(Simple)?Client$/.test(ctx.callee(made));
    if (
      sio ||
      /^(websocket\.create_connection|websocket\.WebSocketApp|websockets\.(connect|client\.connect|sync\.client\.connect|asyncio\.client\.connect))$/.test(
        q,
      )
    ) {
      const url = ctx.resolve(ctx.arg(node, 0, "url"));
      const head = url ? (ctx.stringValue(url) ?? ctx.text(url).replace(/^[rbuf]*["']/i, "")) : "";
      if (/^ws:\/\/(?!(localhost|127\.|\[::1\])([:/]|$))/.test(head))
        report({ node, message: "websocket over plain ws://" });
      return;
    }
    if (HTTP_CLIENT.test(q) || /^(post|put|patch)$/.test(ctx.method(node)) || openerOpen(ctx, node)) {
      const url = literalHead(
        ctx,
        ctx.arg(node, /\.request$/.test(q) && !/urllib\.request\.Request/.test(q) ? 1 : 0, "url"),
      );
      // `f"http://{host}/rpc?token={t}"`: the host is a field, so only the credentials decide (no LOW hint).
      const fieldHost = /^(http|ftp):\/\/$/i.test(url);
      if (
        (!fieldHost && !/^(http|ftp):\/\/[^/'"\s]/i.test(url)) ||
        LOCAL_HOST.test(url.replace(/^ftp/i, "http")) ||
        /^(http|ftp):\/\/[^/]*@/.test(url)
      )
        return;
      const rest =
        ctx
          .args(node)
          .slice(1)
          .map((a) => ctx.text(a))
          .join(" ") +
        " " +
        ctx.text(field(node, "arguments") ?? node);
      // Credentials or tokens in the request are the sensitive traffic this rule is about; any other fetch is a hint.
      // A client object's default headers or auth count too: `s.headers["Authorization"] = ...` then `s.post(url)`.
      if (
        /pass(word|wd)?|token|secret|api_?key|auth|credential|session/i.test(rest) ||
        clientCarriesAuth(ctx, node)
      )
        report({ node, message: "credentials or tokens sent over plain http://" });
      else if (!fieldHost && (HTTP_CLIENT.test(q) || openerOpen(ctx, node)))
        report({ node, severity: "LOW", message: `${q}() fetches a cleartext ${url.split(":")[0]}:// URL` });
      return;
    }
    if (/^(http\.client\.HTTPConnection|httplib\.HTTPConnection)$/.test(q)) {
      const host = ctx.stringValue(ctx.arg(node, 0, "host"));
      if (host && !LOCAL_HOST.test(`http://${host}`))
        report({ node, severity: "LOW", message: `${q}() talks plain HTTP to ${host}` });
      return;
    }
    // Message brokers and caches: AMQP (pika), Redis and Kafka clients that log in without TLS.
    const broker = brokerWithoutTls(ctx, node, q);
    if (broker) {
      report({ node, message: broker });
      return;
    }
    // libpq's sslmode=disable/allow (psycopg2, asyncpg DSN keywords) and boto3's use_ssl=False: no TLS at all, or
    // a plain connection tried first.
    const sslmode = ctx.stringValue(ctx.kwarg(node, "sslmode"));
    if (sslmode && /^(disable|allow)$/.test(sslmode)) {
      report({ node, message: `sslmode=${sslmode} lets the database connection run without TLS` });
      return;
    }
    if (
      // (Through a session built in place or held by a name: boto3.session.Session().client, sess.client.)
      (/^boto3\.(client|resource)$|^boto3\.session\.Session\.(client|resource)$/.test(q) ||
        (/^(client|resource)$/.test(ctx.method(node)) &&
          sourceHas(ctx.tree, /^\s*(import|from)\s+(boto3|aioboto3)\b/m))) &&
      ctx.kwarg(node, "use_ssl")?.type === "false"
    ) {
      report({ node, message: "boto3 client with use_ssl=False talks to AWS over plain HTTP" });
      return;
    }
    // endpoint_url="http://..." on a remote host: the client signs and sends every call (and its data) in clear.
    if (/^boto3\.(client|resource)$|^boto3\.session\.Session\.(client|resource)$/.test(q)) {
      const ep = literalHead(ctx, ctx.kwarg(node, "endpoint_url"));
      if (
        /^http:\/\/[^/'"\s]/i.test(ep) &&
        !LOCAL_HOST.test(ep) &&
        !/^http:\/\/[^/:]*(localstack|minio)\b/i.test(ep)
      ) {
        report({
          node,
          message: "boto3 client with an http:// endpoint_url talks to the service in cleartext",
        });
        return;
      }
    }
    if (/^grpc\.(aio\.)?insecure_channel$/.test(q)) {
      // No channel credentials: the RPCs (and any auth metadata) cross the network in the clear.
      const target = ctx.stringValue(ctx.resolve(ctx.arg(node, 0, "target")));
      if (!target || !/^(localhost|127\.|\[::1\]|unix:)/.test(target))
        report({ node, message: `${q}() sends RPCs without TLS` });
      return;
    }
    if (/^aioftp\.Client(\.context)?$/.test(q)) {
      // aioftp speaks plain FTP unless given ssl= (True or an SSLContext).
      const tls = ctx.kwarg(node, "ssl");
      if (!tls || tls.type === "false" || tls.type === "none")
        report({ node, message: `${q}() without ssl= sends the FTP login in cleartext` });
      return;
    }
    if (ctx.method(node) === "login" && fnNode?.type === "attribute") {
      // The login call itself, on a connection made in cleartext (FTP, SMTP not upgraded by STARTTLS in the
      // function): the user name and password cross the network here (the connection is reported too).
      const recv = field(fnNode, "object");
      const conn = ctx.resolve(recv);
      const made = conn?.type === "call" ? ctx.callee(conn) : "";
      const scope = ctx.enclosingFunction(node);
      // The STARTTLS of this connection (`s.starttls()` for `s.login(...)`), not of another one in the function.
      const own = recv?.type === "identifier" ? `\\b${ctx.text(recv)}\\.` : "";
      if (anonymousLogin(ctx, node)) return;
      if (made === "ftplib.FTP" && anonymousFtpLogin(ctx, node)) return;
      if (
        made === "ftplib.FTP" ||
        ((made === "smtplib.SMTP" || (made === "smtplib.LMTP" && !unixSocketHost(ctx, conn!))) &&
          !new RegExp(`${own}starttls\\(`).test(scope ? ctx.text(scope) : ctx.tree.source))
      )
        report({ node, message: `${made} login sends the password in cleartext` });
      return;
    }
    if (/^(imaplib\.IMAP4|poplib\.POP3)$/.test(q)) {
      // As for SMTP below: the STARTTLS (stls() for POP3) that protects this connection's login belongs to the
      // connection's own function, not to another function of the file that upgrades its own connection.
      const fn = ctx.enclosingFunction(node);
      if (!/starttls|stls\(/.test(fn ? ctx.text(fn) : ctx.tree.source))
        report({ node, message: `${q} without STARTTLS sends the login in cleartext` });
    } else if (q === "nntplib.NNTP") {
      // NNTP(host, port, user, password): AUTHINFO sent on the plain connection (NNTP_SSL is the TLS twin).
      if (ctx.arg(node, 2, "user") || ctx.arg(node, 3, "password") || ctx.isTrue(ctx.kwarg(node, "usenetrc")))
        report({ node, message: "nntplib.NNTP login sends the password in cleartext" });
    } else if (/^(telnetlib\.Telnet|ftplib\.FTP)$/.test(q)) {
      // An anonymous FTP login sends no secret (its password is an e-mail address by convention).
      if (!anonymousLogin(ctx, node) && !(q === "ftplib.FTP" && onlyAnonymousLogins(ctx, node)))
        report({ node, message: `${q} sends credentials in cleartext` });
    } else if (/^(stor|retr)(binary|lines)$/.test(ctx.method(node))) {
      // FTP_TLS protects the login only: until prot_p() the data connection (the file itself) is plain FTP.
      const fn = field(node, "function");
      const conn = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
      const scope = ctx.enclosingFunction(node);
      if (
        conn?.type === "call" &&
        ctx.callee(conn) === "ftplib.FTP_TLS" &&
        !/\.prot_p\(/.test(scope ? ctx.text(scope) : ctx.tree.source)
      )
        report({ node, message: "FTP_TLS transfer without prot_p(): the data channel is cleartext" });
    } else if (q === "smtplib.SMTP" || (q === "smtplib.LMTP" && !unixSocketHost(ctx, node))) {
      // The login and the STARTTLS that protects it belong to the connection's own function (another function
      // of the file may upgrade its connection while this one does not). LMTP is SMTP's subclass: the same login.
      const fn = ctx.enclosingFunction(node);
      const scope = fn ? ctx.text(fn) : ctx.tree.source;
      // The connection's own name (`s = smtplib.SMTP(...)`): its login and its STARTTLS, not another's.
      const left = node.parent?.type === "assignment" ? field(node.parent, "left") : undefined;
      const own = left?.type === "identifier" ? `\\b${ctx.text(left)}` : "";
      if (new RegExp(`${own}\\.login\\(`).test(scope) && !new RegExp(`${own}\\.starttls\\(`).test(scope))
        report({ node, message: `${q.slice(8)} login without STARTTLS` });
    } else if (/^urllib3\.(HTTPConnectionPool|connectionpool\.HTTPConnectionPool)$/.test(q)) {
      const host = ctx.stringValue(ctx.arg(node, 0, "host"));
      if (host && !LOCAL_HOST.test(`http://${host}`))
        report({ node, severity: "LOW", message: `${q}() talks plain HTTP to ${host}` });
    }
  },
  cases: {
    valid: [
      // ftplib's own anonymous login (no user, or an empty one), and an adapter forwarding add_insecure_port.
      "from ftplib import FTP\ndef get(host, fn):\n    ftp = FTP(host)\n    ftp.login('')\n    ftp.retrbinary('RETR ' + fn, open(fn, 'wb').write)",
      "from ftplib import FTP\ndef get(host, fn):\n    ftp = FTP(host)\n    ftp.login()\n    ftp.retrbinary('RETR ' + fn, open(fn, 'wb').write)",
      "class Adapter:\n    def add_insecure_port(self, address):\n        return self._server.add_insecure_port(address)",
      "import smtplib\ndef d(m, u, p):\n    with smtplib.LMTP('/var/run/dovecot/lmtp') as l:\n        l.login(u, p)\n        l.send_message(m)",
      // An anonymous FTP login: the password is an e-mail address by convention, the data public.
      "import ftplib\ndef ls(h, d):\n    with ftplib.FTP(h, user='anonymous', passwd='data@example.org') as ftp:\n        ftp.login('anonymous', 'data@example.org')\n        ftp.cwd(d)\n        return ftp.nlst()",
      // A session with no credentials set, posting to a local or https collector, or only fetching public data.
      "import requests\ns = requests.Session()\ns.headers['User-Agent'] = 'agent/1.0'\ndef send(sample):\n    s.post('http://metrics.example.com/ingest', json=sample, timeout=10)",
      "import os, requests\ns = requests.Session()\ns.headers['Authorization'] = 'Bearer ' + os.environ['KEY']\ndef send(sample):\n    s.post('https://metrics.example.com/ingest', json=sample, timeout=10)",
      "import aioftp\nasync def f(h):\n    async with aioftp.Client.context(h, ssl=True) as c:\n        await c.list()",
      "import socketio\nsio = socketio.Client()\nsio.connect('ws://localhost:5000')",
      "SECURE_SSL_REDIRECT = True\nSECURE_HSTS_SECONDS = 31536000\nEMAIL_USE_TLS = True",
      "import grpc\nch = grpc.insecure_channel('localhost:50051')",
      "def serve(server):\n    server.add_insecure_port('127.0.0.1:50051')",
      "from flask_talisman import Talisman\nTalisman(app, force_https=True)",
      "import paho.mqtt.client as mqtt\ndef c(u, p):\n    cl = mqtt.Client()\n    cl.tls_set()\n    cl.username_pw_set(u, p)\n    cl.connect('broker.example.com', 8883)",
      "import socket, ssl\ndef auth(host, user, password):\n    s = ssl.create_default_context().wrap_socket(socket.create_connection((host, 9000)), server_hostname=host)\n    s.sendall(f'AUTH {user} {password}'.encode())",
      "import ftplib\nftplib.FTP_TLS(h)",
      "import nntplib\ndef f(h, u, p):\n    return nntplib.NNTP_SSL(h, user=u, password=p)",
      "import nntplib\ndef f(h):\n    return nntplib.NNTP(h)",
      "import requests\ndef f(h):\n    return requests.get(f'http://{h}/status')",
      "import smtplib\ndef send(u, p):\n    s = smtplib.SMTP('mail.example.com', 587)\n    s.starttls()\n    s.login(u, p)",
      "import smtplib\ndef send(u, p):\n    s = smtplib.SMTP('mail.example.com', 587)\n    s.starttls()\n    s.login(u, p)\n    t = smtplib.SMTP('relay.example.com', 25)\n    t.sendmail('a@example.com', ['b@example.com'], 'hi')",
      "import ftplib\ndef put(h, f):\n    c = ftplib.FTP_TLS(h)\n    c.login()\n    c.prot_p()\n    c.storbinary('STOR x', f)",
      "import urllib3\npool = urllib3.HTTPConnectionPool('localhost', port=8080)",
      "import psycopg2\nc = psycopg2.connect(host='db', dbname='a', sslmode='verify-full')",
      "import redis\nr = redis.Redis(host='localhost', password=pw)",
      "import pika\np = pika.URLParameters('amqps://u:p@mq.example.com:5671/%2F')",
      "import boto3\ns3 = boto3.client('s3')",
      "u = 'https://example.com'",
      "import imaplib\nm = imaplib.IMAP4_SSL('mail.example.com')",
      "import imaplib\ndef f(h):\n    m = imaplib.IMAP4(h)\n    m.starttls()\n    return m",
      "import requests\nr = requests.post('http://localhost:8080/login', data={'password': p})",
      "import websocket\nws = websocket.create_connection('wss://stream.example.com/feed')",
      "import http.client\nc = http.client.HTTPConnection('localhost', 8080)",
      "import boto3\nddb = boto3.resource('dynamodb', endpoint_url='http://localhost:8000')",
      "from urllib.request import build_opener\nop = build_opener()\nbody = op.open('https://api.example.com/v1/accounts').read()",
      "import requests\nrequests.get('http://localhost:8000/health', timeout=2)",
      "import requests\nrequests.get('http://127.0.0.1:8080/health', timeout=2)",
      "import requests\nrequests.get('https://api.example.com', timeout=2)",
    ],
    invalid: [
      "import nntplib\ndef f(h, u, p):\n    return nntplib.NNTP(h, user=u, password=p)",
      "import xmlrpc.client\ndef f(h, t):\n    return xmlrpc.client.ServerProxy(f'http://{h}/RPC2?token={t}')",
      // A login with a user beside the connection; a wrapper of another name that opens a port itself.
      {
        code: "from ftplib import FTP\ndef put(host, u, p):\n    ftp = FTP(host)\n    ftp.login(u, p)",
        line: 3,
      },
      {
        code: "from ftplib import FTP\ndef put(host, u, p):\n    ftp = FTP(host)\n    ftp.login(u, p)",
        line: 4,
      },
      "import grpc\nclass S:\n    def serve(self, address):\n        self._server.add_insecure_port(address)",
      {
        code: "import smtplib\ndef d(m, u, p):\n    with smtplib.LMTP('mail.example.com', 24) as l:\n        l.login(u, p)\n        l.send_message(m)",
        line: 3,
      },
      // What the trigger must let through: a URL beside a bare post(...) or an opener, credentials in a URL
      // with no client in sight, a redis client.
      "from requests import post\ndef login(p):\n    post('http://api.example.com/login', data={'password': p})",
      {
        code: "import urllib.request\nd = urllib.request.urlopen('ftp://files.example.com/a.csv')",
        severity: "LOW",
      },
      "DSN = 'http://admin:s3cret@db.example.com/'",
      "import redis\nr = redis.Redis('cache.example.com', password=pw)",
      {
        code: "import smtplib\ndef send(u, p):\n    s = smtplib.SMTP('mail.example.com', 587)\n    s.login(u, p)\n    t = smtplib.SMTP('mail.example.com', 587)\n    t.starttls()\n    t.login(u, p)",
        line: 4,
      },
      "import os, requests\nCOLLECTOR = 'http://metrics.example.com/ingest'\ns = requests.Session()\ns.headers['Authorization'] = 'Bearer ' + os.environ['KEY']\ndef send(sample):\n    s.post(COLLECTOR, json=sample, timeout=10)",
      {
        code: "import httpx\nAPI = 'http://api.example.com/v2'\ndef f(token):\n    return httpx.get(API + '/orders', headers={'Authorization': 'Bearer ' + token})",
        line: 4,
      },
      {
        code: "import aioftp\nasync def f(h, u, p):\n    async with aioftp.Client.context(h, user=u, password=p) as c:\n        await c.list()",
        line: 3,
      },
      { code: "import socketio\nsio = socketio.Client()\nsio.connect('ws://chat.example.com')", line: 3 },
      {
        code: "from websockets.sync.client import connect\nws = connect('ws://feed.example.com/s')",
        line: 2,
      },
      {
        code: "import ftplib\ndef put(h, f):\n    c = ftplib.FTP_TLS(h)\n    c.login()\n    c.storbinary('STOR x', f)",
        line: 5,
      },
      {
        code: "import urllib.request\nurllib.request.urlopen('ftp://mirror.example.com/f.txt')",
        line: 2,
        severity: "LOW",
      },
      {
        code: "from urllib.request import URLopener\nURLopener().retrieve('http://example.com/x.bin')",
        line: 2,
        severity: "LOW",
      },
      { code: "DEBUG = False\nSECURE_SSL_REDIRECT = False", line: 2 },
      { code: "EMAIL_HOST = 'smtp.example.com'\nEMAIL_USE_TLS = False", line: 2 },
      { code: "import grpc\nch = grpc.insecure_channel('payments.internal:50051')", line: 2 },
      { code: "def serve(server):\n    server.add_insecure_port('[::]:50051')", line: 2 },
      { code: "from flask_talisman import Talisman\nTalisman(app, force_https=False)", line: 2 },
      // Another client in the file uses TLS; this one logs in and connects in clear (reported at its connect).
      {
        code: "import paho.mqtt.client as mqtt\ndef a(u, p):\n    c = mqtt.Client()\n    c.username_pw_set(u, p)\n    c.connect('broker.example.com', 1883)\ndef b(u, p):\n    d = mqtt.Client()\n    d.tls_set()\n    d.username_pw_set(u, p)\n    d.connect('broker.example.com', 8883)",
        line: 5,
      },
      "import paho.mqtt.client as mqtt\ndef c(u, p):\n    cl = mqtt.Client()\n    cl.username_pw_set(u, p)\n    cl.connect('broker.example.com', 1883)",
      "import socket\ndef auth(host, user, password):\n    s = socket.create_connection((host, 9000))\n    s.sendall(f'AUTH {user} {password}\\n'.encode())",
      "import imaplib\nm = imaplib.IMAP4('mail.example.com')\nm.login(u, p)",
      {
        code: "import poplib\ndef a(h):\n    p = poplib.POP3(h)\n    p.stls()\n    return p\ndef b(h, u, pw):\n    p = poplib.POP3(h)\n    p.user(u)\n    p.pass_(pw)",
        line: 7,
      },
      "import websocket\ndef c(token):\n    return websocket.create_connection('ws://stream.example.com/feed?token=' + token)",
      "import requests\ndef login(u, p):\n    return requests.post('http://api.example.com/login', data={'user': u, 'password': p})",
      { code: "import xmlrpc.client\np = xmlrpc.client.ServerProxy('http://rpc.example.com/')", line: 2 },
      {
        code: "import http.client\nc = http.client.HTTPConnection('api.example.org')",
        line: 2,
        severity: "LOW",
      },
      {
        code: "import urllib.request\nurllib.request.urlretrieve('http://example.org/a.iso', 'a.iso')",
        line: 2,
      },
      "import telnetlib\nt = telnetlib.Telnet(h)",
      {
        code: "import ftplib\ndef up(u, p):\n    ftp = ftplib.FTP('files.example.com')\n    ftp.login(u, p)",
        line: 4,
      },
      {
        code: "import smtplib\ndef send(u, p):\n    s = smtplib.SMTP('mail.example.com', 25)\n    s.login(u, p)",
        line: 4,
      },
      { code: "import psycopg2\nc = psycopg2.connect(host='db', dbname='a', sslmode='disable')", line: 2 },
      { code: "import boto3\ns3 = boto3.client('s3', use_ssl=False)", line: 2 },
      { code: "import boto3\nsm = boto3.session.Session().client('secretsmanager', use_ssl=False)", line: 2 },
      {
        code: "import boto3\nddb = boto3.resource('dynamodb', endpoint_url='http://dynamodb.eu-west-1.amazonaws.com')",
        line: 2,
      },
      {
        code: "from urllib.request import OpenerDirector\nod = OpenerDirector()\nbody = od.open('http://api.example.com/v1/accounts').read()",
        line: 3,
        severity: "LOW",
      },
      { code: "import pika\np = pika.URLParameters('amqp://u:p@mq.example.com:5672/%2F')", line: 2 },
      { code: "import redis\nr = redis.from_url(f'redis://:{pw}@cache.example.com:6379/0')", line: 2 },
      {
        code: "from kafka import KafkaProducer\np = KafkaProducer(bootstrap_servers='k:9092', security_protocol='SASL_PLAINTEXT')",
        line: 2,
      },
      {
        code: "import smtplib\ndef a(u, p):\n    s = smtplib.SMTP('mail.example.com', 25)\n    s.login(u, p)\ndef b(u, p):\n    s = smtplib.SMTP('mail.example.com', 587)\n    s.starttls()\n    s.login(u, p)",
        line: 3,
      },
      {
        code: "import urllib3\npool = urllib3.HTTPConnectionPool('api.example.com', port=80)",
        line: 2,
        severity: "LOW",
      },
      "u = 'http://admin:pw@10.0.0.1/x'",
      {
        code: "import urllib.request\nx = 1\nurllib.request.urlopen('http://example.com/feed')",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import requests\nr = requests.post('http://api.example.com/v1', json={}, timeout=3)",
        line: 2,
      },
    ],
  },
});
