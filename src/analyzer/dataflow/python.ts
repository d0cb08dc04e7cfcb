import type { SyntaxNode, SyntaxTree } from "../parse/index.js";
import {
  ancestor,
  descendants,
  field,
  namedChildren,
  nodesOfType,
  sourceHas,
  sourceIncludes,
  sourceMatches,
  unparen,
} from "../parse/nodes.js";
import { authorContextIgnored } from "../rule.js";
import { exhaust, newCounter } from "./budget.js";
import { compareConstants, ownEntry } from "./constants.js";
import { canonicalExact, canonicalMember } from "./python-names.js";
import { regexEscape } from "../../core/regex.js";

/**
 * How much an attacker may control a value: CONST (built from literals only), UNKNOWN (we cannot tell: an
 * attribute of self, a call into a library), PARAM (a function parameter: attacker-controlled when the
 * function is an entry point), SOURCE (request data, input(), argv, environment, files, network).
 */
export const enum Level {
  CONST = 0,
  UNKNOWN = 1,
  PARAM = 2,
  SOURCE = 3,
}

/** Injection classes; a sanitiser is trusted only for the class it protects. */
export type SinkClass =
  | "command"
  | "sql"
  | "code"
  | "path"
  | "xml"
  | "url"
  | "ldap"
  | "xpath"
  | "redirect"
  | "log"
  | "template"
  | "header"
  | "regex"
  | "html"
  | "trust"
  /** A module or program search path entry: the environment's own entries are the operator's (its inherited PATH). */
  | "searchpath"
  /** Not a sink: whether a value is built from the program's own literals, so no guard counts as proof. */
  | "literal";

/**
 * What the environment is to a sink class that does not take it for the client's: the operator's choice (PARAM)
 * for a log line, the program's own setting (CONST) for a search path, whose inherited entries it is.
 */
const envLevel = (cls: SinkClass) => (cls === "searchpath" ? Level.CONST : Level.PARAM);

/** A value checked or converted by `ipaddress.IPv4Address` is still a host a URL's or redirect's caller picks. */
const picksHost = (callee: string, cls: SinkClass): boolean =>
  (cls === "url" || cls === "redirect") && callee === "ipaddress.IPv4Address";

const SANITIZERS: Record<string, SinkClass[] | "all"> = {
  int: "all",
  float: "all",
  bool: "all",
  len: "all",
  // A file's metadata: a stat_result of numbers (size, times, mode), or one of them, whatever the path was.
  "os.stat": "all",
  "os.fstat": "all",
  "os.lstat": "all",
  "os.path.getsize": "all",
  "os.path.getmtime": "all",
  "os.path.getctime": "all",
  "os.path.getatime": "all",
  "uuid.UUID": "all",
  // An IPv4 address prints as a dotted quad whatever the text was. Not ip_address()/IPv6Address: since Python 3.9
  // an IPv6 scope id may hold any text but '%' ('::1%$(id)' prints as given). Not for a URL or a redirect either:
  // the dotted quad is a host the caller picks (127.0.0.1, 169.254.169.254, their own server).
  "ipaddress.IPv4Address": [
    "command",
    "sql",
    "code",
    "path",
    "xml",
    "ldap",
    "xpath",
    "log",
    "template",
    "header",
    "regex",
    "html",
    "trust",
    "searchpath",
    "literal",
  ],
  // A parsed date or time: what it prints is digits and separators whatever the text was.
  "datetime.datetime.strptime": "all",
  "datetime.datetime.fromisoformat": "all",
  "datetime.date.fromisoformat": "all",
  "datetime.time.fromisoformat": "all",
  "shlex.quote": ["command"],
  "pipes.quote": ["command"],
  // shorten() splits on every whitespace run (line breaks included) and joins the words with single spaces.
  "textwrap.shorten": ["log", "header"],
  "shlex.join": ["command"],
  // The last path component: no separator, but any shell metacharacter a file name may hold ('a;id', '$(id)').
  "os.path.basename": ["path"],
  // secure_filename keeps only ASCII letters, digits, "_", "." and "-": no CR/LF for a header or a log line, no
  // markup, quote or filter metacharacter for HTML, SQL, LDAP or XPath text.
  "werkzeug.utils.secure_filename": ["path", "command", "header", "log", "html", "sql", "ldap", "xpath"],
  // safe_join returns None for a path that leaves the directory
  "werkzeug.utils.safe_join": ["path"],
  "werkzeug.security.safe_join": ["path"],
  "flask.safe_join": ["path"],
  // Django's safe_join raises SuspiciousFileOperation for a path that leaves the base directory.
  "django.utils._os.safe_join": ["path"],
  secure_filename: ["path", "command", "header", "log", "html", "sql", "ldap", "xpath"],
  // Django's get_valid_filename keeps only word characters, "-" and "." (and refuses "", "." and "..").
  "django.utils.text.get_valid_filename": [
    "path",
    "command",
    "header",
    "log",
    "html",
    "sql",
    "ldap",
    "xpath",
  ],
  // Django's slugify (and python-slugify's) keeps only word characters and "-" (no ".", "/", quote, markup or
  // line break), with or without allow_unicode.
  "django.utils.text.slugify": ["path", "command", "header", "log", "html", "sql", "ldap", "xpath"],
  "slugify.slugify": ["path", "command", "header", "log", "html", "sql", "ldap", "xpath"],
  "html.escape": ["html", "log", "template", "xpath"],
  "markupsafe.escape": ["html", "template"],
  // JSON for a <script> block with <, >, & and ' escaped as \u sequences: nothing closes the element.
  "jinja2.utils.htmlsafe_json_dumps": ["html"],
  "django.utils.html.json_script": ["html"],
  "flask.escape": ["html", "template"],
  escape: ["html", "template"],
  "cgi.escape": ["html"],
  "tornado.escape.xhtml_escape": ["html"],
  xhtml_escape: ["html"],
  "django.utils.html.escape": ["html"],
  "django.utils.html.conditional_escape": ["html"],
  conditional_escape: ["html"],
  "bleach.clean": ["html"],
  // Django's format_html escapes every argument it substitutes.
  "django.utils.html.format_html": ["html"],
  format_html: ["html"],
  // A template file rendered by Django's loader or Flask autoescapes what it substitutes (.html files).
  "django.template.loader.render_to_string": ["html"],
  "flask.render_template": ["html"],
  "re.escape": ["regex"],
  // A shell glob turned into a regex: every other character escaped, and (Python 3.9+) runs of `*` matched without
  // the nested backtracking a user's own pattern can carry.
  "fnmatch.translate": ["regex"],
  "ldap.filter.escape_filter_chars": ["ldap"],
  "ldap3.utils.conv.escape_filter_chars": ["ldap"],
  escape_filter_chars: ["ldap"],
  // filter_format(template, [values]) escapes every value it puts into the filter.
  "ldap.filter.filter_format": ["ldap"],
  filter_format: ["ldap"],
  "urllib.parse.quote": ["url", "redirect", "header"],
  "urllib.parse.quote_plus": ["url", "redirect", "header"],
  url_for: ["redirect"],
  "flask.url_for": ["redirect"],
  // Django's reverse() fills a named URL pattern of the site's own (arguments quoted, checked by the pattern's
  // converters): a path on this host whatever the arguments were. Qualified only: a bare `reverse` is often a
  // string helper.
  "django.urls.reverse": ["redirect"],
  "django.urls.reverse_lazy": ["redirect"],
  "django.urls.base.reverse": ["redirect"],
  "django.shortcuts.reverse": ["redirect"],
  "django.core.urlresolvers.reverse": ["redirect"],
  // Pyramid's URL generators build links on the application's own host from its route table.
  route_url: ["redirect"],
  route_path: ["redirect"],
  static_url: ["redirect"],
  static_path: ["redirect"],
  resource_url: ["redirect"],
  resource_path: ["redirect"],
  "json.dumps": ["log", "header"],
  // A media type from the mimetypes tables ('text/html', None): no CR/LF or markup whatever the file name was.
  "mimetypes.guess_type": ["header", "log", "html"],
  "mimetypes.guess_extension": ["header", "log", "html"],
  "mimetypes.types_map.get": ["header", "log", "html"],
  // Encodings to a small alphabet: base64 ([A-Za-z0-9+/=]; the URL-safe one has no '/'), base32, hex. No
  // quote, markup, shell, filter or CR/LF character survives; only the URL-safe and hex ones also lack '/'.
  "base64.b64encode": ["html", "sql", "ldap", "xpath", "command", "log", "header", "template"],
  "base64.standard_b64encode": ["html", "sql", "ldap", "xpath", "command", "log", "header", "template"],
  "base64.urlsafe_b64encode": [
    "html",
    "sql",
    "ldap",
    "xpath",
    "command",
    "log",
    "header",
    "template",
    "path",
  ],
  "base64.b32encode": ["html", "sql", "ldap", "xpath", "command", "log", "header", "template", "path"],
  "base64.b16encode": ["html", "sql", "ldap", "xpath", "command", "log", "header", "template", "path"],
  "binascii.hexlify": ["html", "sql", "ldap", "xpath", "command", "log", "header", "template", "path"],
  "binascii.b2a_hex": ["html", "sql", "ldap", "xpath", "command", "log", "header", "template", "path"],
  // bytes.hex() (and int/float .hex()): hex digits as binascii.hexlify gives them; bytes.fromhex reads them back.
  hex: ["html", "sql", "ldap", "xpath", "command", "log", "header", "template", "path"],
  repr: ["log"],
  // `buff.__repr__()` spells repr(buff): CR/LF come out as \\r \\n.
  __repr__: ["log"],
  // A stream's position, a descriptor, a queue's length, a timedelta in seconds: numbers in a log line.
  tell: ["log"],
  fileno: ["log"],
  qsize: ["log"],
  total_seconds: ["log"],
  "ast.literal_eval": ["code"],
  // psycopg2.sql quotes identifiers and literals it composes into SQL(...).format()
  "psycopg2.sql.Identifier": ["sql"],
  "psycopg2.sql.Literal": ["sql"],
  "psycopg2.sql.Placeholder": ["sql"],
  // psycopg (3) keeps the same composable module
  "psycopg.sql.Identifier": ["sql"],
  "psycopg.sql.Literal": ["sql"],
  "psycopg.sql.Placeholder": ["sql"],
  // SQLAlchemy's IdentifierPreparer: the name comes back as one quoted identifier, its own quotes doubled.
  // (Django's quote_name does not double them: see the "sql" case in evalCall.)
  // HTTP dates: digits, a weekday, a month name and "GMT", whatever timestamp went in.
  "email.utils.formatdate": ["header", "log", "html"],
  "email.utils.format_datetime": ["header", "log", "html"],
  "wsgiref.handlers.format_date_time": ["header", "log", "html"],
  "django.utils.http.http_date": ["header", "log", "html"],
  "werkzeug.http.http_date": ["header", "log", "html"],
  http_date: ["header", "log", "html"],
  quote_identifier: ["sql"],
  // psycopg2's quote_ident(name, scope): the name as one double-quoted identifier, its own quotes doubled.
  "psycopg2.extensions.quote_ident": ["sql"],
  quote_ident: ["sql"],
  quote_schema: ["sql"],
  format_table: ["sql"],
  format_column: ["sql"],
  // dir(obj) lists the object's attribute names: as code (`eval("obj.Get%s()" % name)`) they only reach what the
  // object already offers; whoever chose the object chose the code its methods run.
  dir: ["code"],
};

const SHELL_QUOTED =
  /^[bB]?(['"])'\1\s*\+\s*[\w.]+\.replace\(\s*[bB]?(['"])'\2\s*,\s*[bB]?("'\\"'\\"'"|"'\\\\''"|'\\'"\\'"\\'')\s*\)\s*\+\s*[bB]?(['"])'\4$/;

/** The codec names of hex encoding (`codecs.encode(b, 'hex')`), and the calls that make hex digits of bytes. */
const HEX_CODEC = /^(hex|hex_codec)$/i;
const HEX_ENCODERS = /^(binascii\.(hexlify|b2a_hex)|codecs\.encode|.+\.hex)$/;

/** Decoders and the encoders (sanitisers above) they undo: `b64decode(b64encode(x))` is x again. */
const INVERSES: Record<string, RegExp> = {
  "base64.b64decode": /^base64\.(b64encode|standard_b64encode|encodebytes)$/,
  "base64.standard_b64decode": /^base64\.(b64encode|standard_b64encode)$/,
  "base64.decodebytes": /^base64\.(b64encode|encodebytes)$/,
  "base64.urlsafe_b64decode": /^base64\.urlsafe_b64encode$/,
  "base64.b32decode": /^base64\.b32encode$/,
  "base64.b16decode": /^base64\.b16encode$/,
  "binascii.unhexlify": /^(binascii\.(hexlify|b2a_hex)|codecs\.encode)$/,
  "binascii.a2b_hex": /^(binascii\.(hexlify|b2a_hex)|codecs\.encode)$/,
  "bytes.fromhex": HEX_ENCODERS,
  "bytearray.fromhex": HEX_ENCODERS,
  "binascii.a2b_base64": /^(binascii\.b2a_base64|base64\.b64encode)$/,
  "html.unescape": /^(html\.escape|markupsafe\.escape|flask\.escape|escape|cgi\.escape)$/,
  "urllib.parse.unquote": /^urllib\.parse\.quote$/,
  "urllib.parse.unquote_plus": /^urllib\.parse\.quote(_plus)?$/,
};

const SOURCE_CALLS = new Set([
  "input",
  "raw_input",
  "sys.stdin.read",
  "sys.stdin.readline",
  "sys.stdin.readlines",
  "os.getenv",
  "os.environ.get",
  "flask.request.get_json",
  "flask.request.get_data",
  "request.get_json",
  "request.get_data",
  "quart.request.get_json",
  "quart.request.get_data",
  // tornado.web.RequestHandler
  "self.get_argument",
  "self.get_arguments",
  "self.get_query_argument",
  "self.get_body_argument",
  // ... and their list forms (every value of a repeated argument).
  "self.get_query_arguments",
  "self.get_body_arguments",
  "self.get_cookie",
  // A Kafka consumer: the records it polls or yields are what producers wrote to the topic.
  "kafka.KafkaConsumer",
  "confluent_kafka.Consumer",
  "aiokafka.AIOKafkaConsumer",
]);
const SOURCE_ATTR_PREFIX = [
  "sys.argv",
  "os.environ",
  "flask.request",
  "bottle.request",
  // CherryPy's thread-local request: params, headers, body, query_string
  "cherrypy.request",
  // Quart mirrors Flask's request object (awaited bodies and forms).
  "quart.request",
  "request.",
  "self.request.",
  // tornado: the URL pattern's groups, the same values the handler method receives as parameters.
  "self.path_args",
  "self.path_kwargs",
  // A wrapper keeping the request on the instance (`self._req = req` in __init__): its web fields.
  "self._request.",
  "self._req.",
  "self.req.",
  "req.",
  "sys.stdin",
];
/**
 * The fields and methods of a web framework's request object (Django, DRF, Flask/werkzeug, Starlette/FastAPI,
 * aiohttp, Tornado, Pyramid/WebOb, Falcon, Bottle) that hold what the client sent, or lead to it.
 */
const WEB_REQUEST_FIELD =
  /^(GET|POST|REQUEST|FILES|COOKIES|META|body|data|raw_post_data|headers|cookies|files|form|args|values|json|json_body|get_json|get_data|get_body|query|query_params|query_string|query_arguments|body_arguments|arguments|params|path_params|match_info|matchdict|view_args|path|path_info|full_path|raw_path|get_full_path|get_full_path_info|url|base_url|url_root|host_url|uri|rel_url|relative_uri|host|get_host|build_absolute_uri|environ|stream|bounded_stream|input_stream|content|text|read|readline|post|multipart|media|get_media|get_param|get_param_as_\w+|get_header|get_cookie|get_cookie_values|user|session|user_agent|referrer|referer|authorization|origin|content_type|mimetype|accept_languages|method|scheme|client|scope|remote_user|access_route|forwarded|fields|form_data|payload|get|getlist|param|params_dict)$/;
/** A module that uses urllib's client Request API on a name `request`/`req`: its requests are outgoing ones. */
const URLLIB_REQUEST =
  /\breq(?:uest)?\.(?:get_full_url|add_unredirected_header|has_proxy|origin_req_host|unverifiable)\b/;
/** A module of a Scrapy crawler (its middlewares, pipelines, spiders): a `request` there is a scrapy Request. */
const SCRAPY = /^\s*(from|import)\s+scrapy\b/m;
/**
 * A `request` parameter annotated as an HTTP client's outgoing request (an httpx event hook's `request:
 * httpx.Request`, a requests adapter's PreparedRequest) in a module that imports no web framework: what the
 * program itself sends.
 */
const CLIENT_REQUEST_PARAM =
  /\breq(?:uest)?\s*:\s*(?:httpx\.Request|requests\.(?:models\.)?(?:Prepared)?Request|PreparedRequest)\b/;
const WEB_FRAMEWORK_IMPORT =
  /^\s*(?:from|import)\s+(?:flask|fastapi|starlette|django|rest_framework|aiohttp|tornado|bottle|falcon|pyramid|sanic|quart|litestar|werkzeug|cherrypy|webob)\b/m;
const CHALICE = /^\s*(from|import)\s+chalice\b/m;
/**
 * web.py: `web.input()`, `web.data()`, `web.cookies()` and the request fields under `web.ctx`, in a module that
 * imports web and serves with it (`web.application(...)`, or a handler class's `def GET(self)`).
 */
const WEBPY_SOURCE = /^web\.(input|data|cookies|ctx\.(env|environ|query|path|fullpath|homepath|ip|host))\b/;
const WEBPY_IMPORT = /^\s*import\s+web\s*$/m;
const WEBPY_APP = /\bweb\.application\(|^\s*def\s+(GET|POST|PUT|PATCH|DELETE)\s*\(\s*self\b/m;
/** A pytest module: there `request.param` is a fixture's parametrized value (pytest's FixtureRequest). */
const PYTEST_MODULE = /^\s*(from|import)\s+pytest\b/m;
/**
 * Tornado's request line and headers as a handler reads them off `self.request`: the path, URI and query are the
 * raw, still %-encoded text of the request line, and its header parser joins a folded header's lines with a space,
 * so none of them can hold a line break (a log line's forgery needs one); the decoded arguments can.
 */
const TORNADO = /^\s*(from|import)\s+tornado\b/m;
const TORNADO_LINE_FREE =
  /^self\.request\.(path|uri|query|host|host_name|headers|remote_ip|protocol|method|version|full_url)(?![\w])/;
/** A chat bot module: discord.py (or its forks) or python-telegram-bot. */
const CHAT_BOT = /^\s*(from|import)\s+(discord|nextcord|disnake|telegram)\b/m;
/** A Slack Bolt app and its listener decorators; the listener arguments that carry the member's payload. */
const SLACK_BOLT = /^\s*(from|import)\s+slack_bolt\b/m;
const SLACK_LISTENER =
  /@[\w.]*\.(command|event|message|action|shortcut|view|view_submission|block_action|options)\(/;
const SLACK_PAYLOAD_ARG = /^(command|body|event|message|payload|action|shortcut|view|options)$/;
/** Task queues whose workers call a decorated function with what a producer queued. */
const TASK_QUEUE_LIB = /^\s*(from\s+|import\s+[\w., ]*\b)(celery|dramatiq|huey|taskiq)\b/m;
const TASK_DECORATOR = /^@\s*(\w+\.)*(shared_task|task|actor|db_task)\b/;
/** gRPC; the websockets library (and its `serve` imported bare); MCP servers and LLM-agent tool libraries. */
const GRPC_LIB = /^\s*(from\s+grpc\b|import\s+[\w., ]*\bgrpc\b)/m;
const WEBSOCKETS_LIB = /^\s*(from\s+websockets\b|import\s+[\w., ]*\bwebsockets\b)/m;
const WEBSOCKETS_SERVE_IMPORT = /^\s*from\s+websockets[\w.]*\s+import\s+[^\n]*\bserve\b/m;
const LLM_TOOL_LIB =
  /^\s*(from|import)\s+(mcp|fastmcp|langchain\w*|llama_index|smolagents|crewai\w*|agents|pydantic_ai|autogen\w*)\b/m;
const LLM_TOOL_DECORATOR = /^@\s*(\w+\.)*(tool|function_tool)\b/;
/** pika, the RabbitMQ client: a consumer callback's body is what a producer queued. */
const PIKA = /^\s*(from\s+pika\b|import\s+[\w., ]*\bpika\b)/m;
/** A GraphQL server library: its resolvers' arguments are what the query sent. */
const GRAPHQL_LIB = /^\s*(from|import)\s+(strawberry|strawberry_django|ariadne|graphene|graphene_django)\b/m;
/**
 * What a chat user sent, as a python-telegram-bot handler (`update`, `context`) or a discord.py event (`message`)
 * reads it: a command's arguments, a message's text or caption, a button's callback data, an inline query.
 */
const CHAT_INPUT =
  /^(?:(?:context|ctx)\.args|update\.(?:(?:effective_message|message|edited_message|channel_post)\.(?:text|caption)|callback_query\.data|inline_query\.query)|(?:message|msg)\.content)(?![\w])/;
/**
 * AWS Lambda Powertools' event handler: `app.current_event` is the API Gateway / ALB / function-URL event the
 * route is answering; these of its fields and helpers hold what the client sent.
 */
const POWERTOOLS = /^\s*(from|import)\s+aws_lambda_powertools\b/m;
const POWERTOOLS_FIELD =
  /^(body|json_body|decoded_body|raw_event|query_string_parameters|multi_value_query_string_parameters|resolved_query_string_parameters|path_parameters|headers|multi_value_headers|resolved_headers_field|cookies|path|raw_path|raw_query_string|get_query_string_value|get_multi_value_query_string_values|get_header_value)$/;
const SOURCE_METHODS = new Set([
  "recv",
  "recvfrom",
  "recv_into",
  "read",
  "readline",
  "readlines",
  "getvalue",
]);

const CONST_CALLS = new Set([
  "range",
  // A fresh config parser holds only what the program sets or reads from its own files.
  "configparser.ConfigParser",
  "configparser.RawConfigParser",
  "configparser.SafeConfigParser",
  "hash",
  "ord",
  "abs",
  "round",
  "min",
  "max",
  "sum",
  "isinstance",
  "uuid.uuid4",
  "uuid.uuid1",
  "time.time",
  "datetime.datetime.now",
  "os.getpid",
  // A command's exit status (an int), not its output.
  "os.system",
  "subprocess.call",
  "subprocess.check_call",
  "tempfile.mkdtemp",
  // (fd, path): a fresh name under the temporary directory, like mkdtemp's.
  "tempfile.mkstemp",
  "tempfile.gettempdir",
  "os.path.exists",
  "os.path.isfile",
  "os.path.isdir",
  "secrets.token_hex",
  "secrets.token_urlsafe",
]);

/** Calls whose result carries their inputs' control (string building, path joining). */
/**
 * A stored record looked up with request data: ORM/driver result methods and helpers named find_/lookup_/
 * load_/fetch_/query_/retrieve_. What they return is the server's data (a user row, a count), not the request's
 * text echoed back, so for reflected XSS they end the taint (other sinks still see the argument's control).
 */
const RECORD_LOOKUP =
  /^(all|first|one|one_or_none|scalar|scalars|fetchone|fetchall|fetchmany|get_or_404|first_or_404|one_or_404|find_one|count|count_documents|exists)$|^(find|lookup|load|fetch|query|retrieve)_\w+$/;

/**
 * Calls whose result another program, server or file supplies (a child's output, an HTTP response, a file's
 * bytes): for reflected XSS not the arguments' text, whatever the arguments were. See answeredElsewhere.
 */
const ANSWERING_CALLS =
  /^(subprocess\.(run|check_output|getoutput|getstatusoutput|Popen)|os\.popen|commands\.getoutput|(requests|httpx)\.(get|post|put|patch|delete|head|options|request|stream)|urllib\d?\.(request\.)?urlopen|open|io\.open|codecs\.open|(\w+\.)*default_storage\.open)$/;
/**
 * Per sink class, the `safe` characters that would let urllib.parse.quote's output matter there (markup, a quote
 * closing an XPath string literal, LDAP's filter metacharacters `*()\` and NUL).
 */
const QUOTE_KEEPS: Partial<Record<SinkClass, RegExp>> = {
  html: /[<>&"'`=]/,
  xpath: /["']/,
  ldap: /[*()\\\0]/,
};
/** Constructors of HTTP clients and sessions whose get/post/request answer with the server's response. */
const HTTP_CLIENTS =
  /^(requests\.(Session|session)|httpx\.(Client|AsyncClient)|aiohttp\.ClientSession|urllib3\.PoolManager|tornado\.httpclient\.(Async)?HTTPClient)$/;
/**
 * Query methods (lxml xpath, python-ldap searches, Django raw(), a Mongo find, a Redis script) whose result is
 * what the receiver's store holds that matches, not the query's own values.
 */
const QUERY_METHODS = /^(xpath|search_s|search_st|search_ext_s|raw|find|eval|evalsha)$/;

const PROPAGATE_FUNCS = new Set([
  // psycopg2's composable SQL text: what it wraps is what it holds
  "psycopg2.sql.SQL",
  "psycopg.sql.SQL",
  "str",
  "repr",
  "bytes",
  "list",
  "tuple",
  "sorted",
  "reversed",
  "dict",
  "set",
  "os.path.join",
  "os.path.abspath",
  "os.path.normpath",
  "os.path.expanduser",
  "os.path.realpath",
  "os.path.dirname",
  "pathlib.Path",
  "Path",
  "posixpath.join",
  "urllib.parse.urljoin",
  "urllib.parse.unquote",
  // Percent-decoding with "+" as space (form encoding) is the same copy of its input.
  "urllib.parse.unquote_plus",
  "urllib.parse.unquote_to_bytes",
  // Encodings round-trip their input: base64 of a literal is still a literal, of request data still request data.
  "base64.b64decode",
  "base64.b64encode",
  "base64.urlsafe_b64encode",
  "base64.urlsafe_b64decode",
  "base64.standard_b64encode",
  "base64.standard_b64decode",
  "base64.b32encode",
  "base64.b32decode",
  "base64.b16encode",
  "base64.b16decode",
  "base64.encodebytes",
  "base64.decodebytes",
  "bytes.fromhex",
  "bytearray.fromhex",
  "binascii.hexlify",
  "binascii.unhexlify",
  "binascii.b2a_base64",
  "binascii.a2b_base64",
  "codecs.encode",
  "codecs.decode",
  // In-memory streams read back exactly what they were given.
  "io.StringIO",
  "io.BytesIO",
  "json.loads",
  "copy.copy",
  "copy.deepcopy",
  // An object's fields as a dict or tuple: what they hold (keyed reads: see the subscript case).
  "dataclasses.asdict",
  "dataclasses.astuple",
  "vars",
  // Serialisers and compressors: the bytes of a literal are the program's own, of request data still request data.
  "json.dumps",
  "pickle.dumps",
  "marshal.dumps",
  "zlib.compress",
  "zlib.decompress",
  "gzip.compress",
  "gzip.decompress",
  "yaml.safe_load",
  "textwrap.dedent",
  "compile",
  "enumerate",
  "zip",
  "getattr",
  // Iterator plumbing hands on the very items it is given.
  "iter",
  "next",
  "filter",
  "itertools.islice",
  "itertools.chain",
  "itertools.chain.from_iterable",
  "itertools.cycle",
  "itertools.repeat",
  "itertools.zip_longest",
  "itertools.compress",
  "itertools.takewhile",
  "itertools.dropwhile",
  "itertools.filterfalse",
  "itertools.pairwise",
  "itertools.tee",
  // ... or groups, running totals and arrangements of them (groupby's keys are items, or what key= makes of them).
  "itertools.groupby",
  "itertools.accumulate",
  "itertools.product",
  "itertools.permutations",
  "itertools.combinations",
  "itertools.combinations_with_replacement",
]);

/**
 * Standard-library calls whose result is their arguments' own text or items, parsed, re-split, re-wrapped or put
 * in a container: request data in, request data out. Read for the trust boundary, where any other library call
 * counts as the server's own result (a record looked up by the submitted name); the other classes already keep
 * an unknown call's argument control.
 */
const KEEPS_ARGUMENT_TEXT = new Set([
  "urllib.parse.parse_qs",
  "urllib.parse.parse_qsl",
  "urllib.parse.urlsplit",
  "urllib.parse.urlparse",
  "urllib.parse.urlunsplit",
  "urllib.parse.urlunparse",
  "urllib.parse.urlencode",
  "urllib.parse.quote",
  "urllib.parse.quote_plus",
  "collections.OrderedDict",
  "collections.ChainMap",
  "collections.deque",
  "collections.Counter",
  "collections.UserDict",
  "collections.UserList",
  "collections.UserString",
  "textwrap.shorten",
  "textwrap.fill",
  "textwrap.wrap",
  "textwrap.indent",
  "shlex.split",
  "shlex.join",
  "email.utils.parseaddr",
  "email.utils.getaddresses",
  "html.unescape",
  "unicodedata.normalize",
  "string.capwords",
  "frozenset",
]);

const PURE_METHODS = new Set([
  "format",
  "join",
  "replace",
  "strip",
  "lstrip",
  "rstrip",
  "lower",
  "upper",
  "title",
  "capitalize",
  "casefold",
  "encode",
  "decode",
  "split",
  "rsplit",
  "splitlines",
  "partition",
  "rpartition",
  "zfill",
  "ljust",
  "rjust",
  "center",
  "expandtabs",
  "format_map",
  "removeprefix",
  "removesuffix",
  "get",
  "copy",
  "keys",
  "values",
  "items",
  "hexdigest",
  "digest",
  // bytes.hex(): the same bytes as text (bytes.fromhex reads them back)
  "hex",
  // pathlib: the same path made absolute
  "resolve",
  "absolute",
  "expanduser",
  "isoformat",
  "strftime",
  "date",
  "time",
  "translate",
  "swapcase",
  "pop",
  "setdefault",
  "count",
  "index",
]);

const COMPREHENSIONS = new Set([
  "list_comprehension",
  "generator_expression",
  "set_comprehension",
  "dictionary_comprehension",
]);

const TRANSPARENT = new Set([
  "binary_operator",
  "boolean_operator",
  "conditional_expression",
  "parenthesized_expression",
  "list",
  "tuple",
  "set",
  "dictionary",
  "pair",
  "expression_list",
  "argument_list",
  "keyword_argument",
  "await",
  "unary_operator",
  "list_splat",
  "dictionary_splat",
  "interpolation",
  "concatenated_string",
  "list_comprehension",
  "generator_expression",
  "set_comprehension",
  "dictionary_comprehension",
  "for_in_clause",
  "format_expression",
  "as_pattern",
  "slice",
]);

/**
 * Text that ends inside a start tag right after `attr=`, the value not opened by a quote (`url=` inside an
 * attribute's quoted value, as in `content="0; url=`, is no attribute).
 */
const UNQUOTED_ATTR =
  /<[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=]+))?)*\s+[\w:-]+\s*=\s*$/;

const CONST_TYPES = new Set([
  "integer",
  "float",
  "true",
  "false",
  "none",
  "ellipsis",
  "lambda",
  "comparison_operator",
  "not_operator",
  "string_content",
  "escape_sequence",
]);

interface Def {
  order: number;
  /** The expression that produces the value; undefined for parameters and opaque bindings. */
  value: SyntaxNode | undefined;
  kind: "assign" | "augment" | "param" | "iter" | "import" | "opaque" | "element";
  stmt: SyntaxNode;
  /**
   * For "element" defs (`d[k] = v`, `l.append(v)`, `cfg.set(s, k, v)`): the constant key written, when known
   * (list positions as decimal strings, configparser keys as "section\0option"). Undefined: any key.
   */
  key?: string;
  /** `setdefault`: a write only when the key is not there yet. */
  weak?: boolean;
  /** `l.clear()`: every element before it is gone (a SHUFFLE write elsewhere; see reachingUncached). */
  clear?: boolean;
  /** `a, b, c = call()`: the position this name takes in the call's result. */
  part?: number;
  /**
   * `for i, v in enumerate(xs)` / `for k, v in d.items()`: v's partner name and the container, so a use under
   * `if i == 1:` / `if k == 'a':` reads that one element.
   */
  sel?: { partner: string; container: SyntaxNode; how: "enumerate" | "items" | "zip"; keys?: SyntaxNode };
  /**
   * An element write made elsewhere (see elemValue): `call` passes this name to the local function `fn`, whose
   * parameter takes the element writes `writes` (`def add(l, v): l.append(v)`); or, without `call`, `fn` is
   * another function writing this module-level name (`inner`, read with `fn`'s callers' arguments bound).
   */
  via?: { fn: SyntaxNode; call?: SyntaxNode; writes?: Def[]; inner?: Def };
  /** A loop's tuple target: `for k, v in d.items()` binds k to a key ("key"); `for a, b in rows` a position. */
  slot?: "key" | number;
}

/** The bindings and element writes that reach one use of a name (see reachingAt). */
interface Reach {
  scope: Scope;
  binds: Def[];
  elems: Def[];
  outer: boolean;
}

interface Scope {
  node: SyntaxNode;
  defs: Map<string, Def[]>;
  guards: SyntaxNode[];
  isEntry: boolean;
  /** An entry point's parameters the framework converts to numbers (`<int:id>`, `id: int`) before the call. */
  numeric?: Set<string>;
  /** Of those, the ones annotated IPv4Address: a dotted quad, still a host the caller picks (picksHost). */
  addresses?: Set<string>;
}

/** The arguments of a wrapper's call that hands the wrapped function its own arguments unchanged. */
const PASS_THROUGH = /^\(\s*\*\w+\s*,\s*\*\*\w+\s*\)$/;

/** Decoders whose output may hold a `..` or `/` its input did not: %2e%2e, base64, entities. */
const PATH_DECODERS =
  /(^|\.)(unquote(_plus|_to_bytes)?|b64decode|urlsafe_b64decode|b32decode|b16decode|unhexlify|a2b_base64|fromhex|unescape)$/;

/** Markers for element writes without a constant key: appended at the end, or order disturbed (pop, sort). */
const APPEND = "\u0001append";
const SHUFFLE = "\u0001shuffle";
/** `l.reverse()`: positions mirrored. */
const REVERSE = "\u0001reverse";
/** Positional list moves at a constant index or value: `l.pop(0)`, `l.insert(1, v)`, `l.remove('a')`. */
const POP = "\u0001pop:";
const INSERT = "\u0001insert:";
const REMOVE = "\u0001remove:";
/** `d.rotate(n)` on a deque with a constant n: the last n items move to the front (a negative n: the first). */
const ROTATE = "\u0001rotate:";
/** `l.sort()` / `l.sort(reverse=True)` without a key function: positions ordered by the items' values. */
const SORT = "\u0001sort:";
/** Methods that store their arguments into the container they are called on. */
const CONTAINER_WRITES = new Set([
  "append",
  "appendleft",
  "extend",
  "insert",
  "add",
  "update",
  "setdefault",
  "extendleft",
]);
/**
 * A list's possible values per position (listModel). `fuzzy`: the first position an append that may not
 * happen (or may repeat) wrote; from there on, and for reads from the end, the positions are not known.
 */
type ListModel = (SyntaxNode | undefined)[][] & { fuzzy?: number };

/**
 * The values position `i` may hold: exact before the first uncertain append; at or after it any value appended
 * from there on (a skipped append shifts the rest left, a repeated one pushes it right); from the end, any.
 */
const seqAt = (seq: ListModel, i: number): (SyntaxNode | undefined)[] | undefined => {
  if (seq.fuzzy === undefined || (i >= 0 && i < seq.fuzzy)) return seq[i < 0 ? i + seq.length : i];
  return seq.slice(i < 0 ? 0 : seq.fuzzy).flat();
};

/** Queue classes whose get() takes items in a known order (PriorityQueue's order depends on the items). */
const QUEUE_CLASS = /^((queue|asyncio|multiprocessing)\.)?(Queue|SimpleQueue|LifoQueue)$/;
/** In-memory text/byte streams: what is written into one is what getvalue() / read() hands back. */
const MEMORY_STREAM = /^(io\.)?(StringIO|BytesIO)$/;
const isMove = (k: string | undefined) =>
  k !== undefined &&
  (k === REVERSE ||
    k.startsWith(POP) ||
    k.startsWith(INSERT) ||
    k.startsWith(REMOVE) ||
    k.startsWith(ROTATE) ||
    k.startsWith(SORT));

/**
 * The positions `x[start:stop:step]` selects from a sequence of `length` items (Python's slice rules: negative
 * bounds count from the end, bounds are clamped, a negative step walks backwards). Undefined for a zero step.
 */
export function sliceIndices(
  length: number,
  start: number | undefined,
  stop: number | undefined,
  step = 1,
): number[] | undefined {
  if (step === 0 || !Number.isInteger(step)) return undefined;
  const norm = (v: number, lo: number, hi: number) => Math.min(Math.max(v < 0 ? v + length : v, lo), hi);
  const out: number[] = [];
  if (step > 0) {
    const a = start === undefined ? 0 : norm(start, 0, length);
    const b = stop === undefined ? length : norm(stop, 0, length);
    for (let i = a; i < b && out.length < 10_000; i += step) out.push(i);
  } else {
    const a = start === undefined ? length - 1 : norm(start, -1, length - 1);
    const b = stop === undefined ? -1 : norm(stop, -1, length - 1);
    for (let i = a; i > b && out.length < 10_000; i += step) out.push(i);
  }
  return out;
}

function truthy(v: string | number | boolean | null): boolean {
  return v !== null && v !== false && v !== 0 && v !== "";
}

/** A `.set(...)` / `.reset(...)` call on a ContextVar, with the function it is in. */
interface ContextVarCall {
  call: SyntaxNode;
  set: boolean;
  fn: SyntaxNode | undefined;
}

/** Methods constMethod works out on constants (string methods, configparser getters). */
/**
 * `'sha{}'.format(1)` / `'{0}-{1}'.format(a, b)` on a constant template with constant arguments (strings, or
 * integers as their digits): the formatted text. Undefined for named fields, attribute or index lookups,
 * conversions and format specs (their output is not worked out here) or a missing argument.
 */
function formatConst(template: string, args: (string | undefined)[]): string | undefined {
  let auto = 0;
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if ((c === "{" || c === "}") && template[i + 1] === c) {
      out += c;
      i++;
      continue;
    }
    if (c === "}") return undefined;
    if (c !== "{") {
      out += c;
      continue;
    }
    const end = template.indexOf("}", i);
    if (end < 0) return undefined;
    const spec = template.slice(i + 1, end);
    if (!/^\d*$/.test(spec)) return undefined;
    const v = args[spec === "" ? auto++ : Number(spec)];
    if (v === undefined) return undefined;
    out += v;
    i = end;
  }
  return out;
}

const CONST_METHODS = new Set([
  "get",
  "setdefault",
  "getboolean",
  "getint",
  "getfloat",
  "upper",
  "lower",
  "casefold",
  "strip",
  "lstrip",
  "rstrip",
  "startswith",
  "endswith",
  "replace",
  "isdigit",
  "isdecimal",
  "isalpha",
  "find",
  "count",
  "format",
]);

/** The node types the PythonContext constructor's pass over every node reads (imports, bindings, definitions). */
export const CONTEXT_NODE_TYPES: ReadonlySet<string> = new Set([
  "import_statement",
  "import_from_statement",
  "assignment",
  "function_definition",
  "class_definition",
]);

/** The node types fillScope reads a binding or a guard from (every type its walk tests for). */
export const SCOPE_NODE_TYPES: ReadonlySet<string> = new Set([
  "function_definition",
  "class_definition",
  "lambda",
  "assignment",
  "augmented_assignment",
  "named_expression",
  "for_statement",
  "for_in_clause",
  "except_clause",
  "with_item",
  "case_clause",
  "call",
  "delete_statement",
  "if_statement",
  "elif_clause",
  "while_statement",
  "try_statement",
  "expression_statement",
]);

const EXIT_TYPES = new Set(["return_statement", "raise_statement", "continue_statement", "break_statement"]);

/** Whether nodes (or defs) are already in ascending `order`. */
function inOrder(list: readonly { order: number }[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.order > list[i]!.order) return false;
  return true;
}

/**
 * Per-snippet facts for Python rules: import aliases, qualified call names and taint levels. Built lazily and
 * cached, so a rule that never asks about data flow costs nothing.
 */
const NO_REBINDS: ReadonlyMap<string, SyntaxNode[]> = new Map();

/**
 * A format spec of the standard mini-language ending in a numeric presentation type (`d`, `x`, `.2f`, `>8,d`,
 * `%`): format() writes digits, signs, separators and the spec's own constant fill, or raises for a string, so
 * the field carries no quote, markup, separator or line break. `c` (a character) and specs with nested fields or
 * a type's own mini-language (datetime's `%Y-%m-%d`) are not.
 */
function numericSpec(spec: string): boolean {
  return /^(?:[^{}]?[<>=^])?[+\- ]?z?#?0?\d*[,_]?(?:\.\d+)?[bdoxXeEfFgGn%]$/.test(spec);
}

/** Calls that return a module named by a constant string (see importedModule). */
const IMPORT_CALLS = new Set(["__import__", "importlib.import_module"]);
/** Builtins a rule names as a sink: `run = eval` makes `run(x)` an eval (see boundAttribute). */
const BUILTIN_CALLABLES = new Set(["eval", "exec", "compile", "execfile", "open", "input", "__import__"]);

/** A call of a local function or method: the call and, for a method, the receiver expression (`obj` in `obj.m()`). */
interface CallSite {
  call: SyntaxNode;
  recv?: SyntaxNode;
  /** A `super().m()` call: the method whose own receivers are this call's. */
  selfOf?: SyntaxNode;
}

/**
 * Parameter annotations a validating framework converts before the handler runs: UUID, Decimal, date/time types,
 * pydantic's constrained ints, bare or as Optional[...] / `... | None`.
 */
const CONVERTED_TYPE =
  /^(?:Optional\[)?(?:int|float|bool|UUID|uuid\.UUID|(?:ipaddress\.)?IPv4Address|Decimal|decimal\.Decimal|(?:datetime\.)?(?:datetime|date|time)|(?:Positive|Negative|NonNegative|NonPositive)Int|conint\([^)]*\))(?:\]|\|None)?$/;

/** An IPv4Address annotation (bare, qualified or optional), one of CONVERTED_TYPE's. */
const ADDRESS_TYPE = /\bIPv4Address\b/;

export class PythonContext {
  readonly tree: SyntaxTree;
  /** The file's data-flow work so far (budget.ts): eval, constValue and isDead charge it. */
  private readonly budget = newCounter();
  private readonly aliases = new Map<string, string>();
  /**
   * `gen = rsa.generate_private_key`, `m = os`, `run = eval`, `m = __import__("os")`: assignments of a name to
   * something with a qualified name (see boundAttribute); `bindingSites` holds every assignment to each name.
   */
  private readonly attrBindings = new Map<string, SyntaxNode[]>();
  private readonly bindingSites = new Map<string, SyntaxNode[]>();
  private readonly selfRunners = new Map<string, string | undefined>();
  private readonly moduleSeqs = new Map<string, SyntaxNode | null>();
  private readonly storedFields = new Map<string, Level | undefined>();
  private readonly receiverClasses = new Map<SyntaxNode, SyntaxNode | undefined>();
  private readonly mroMemo = new Map<SyntaxNode, (SyntaxNode | string)[] | null>();
  private readonly storeShapes = new Map<string, { literal: SyntaxNode; setters: Set<string> } | null>();
  private readonly tryChecks = new Map<SyntaxNode, string[]>();
  /** Whether a while loop's first test is decided true by literals bound just before it (firstTestHolds). */
  private readonly firstTests = new Map<SyntaxNode, boolean>();
  /** How many constValue evaluations of a helper call's arguments are in progress (see constValue's call case). */
  private constCallNesting = 0;
  /** classStoreLevel's answers, by class, attribute and sink class. */
  private readonly classStores = new Map<string, Level | undefined>();
  private readonly scopes = new Map<SyntaxNode, Scope>();
  private readonly functions = new Map<string, SyntaxNode>();
  private readonly classes = new Map<string, SyntaxNode>();
  /** The maxlen of a bounded deque, keyed by the item list seqItems made for it (see listModel). */
  private readonly dequeBounds = new WeakMap<SyntaxNode[], number>();
  private memo = new Map<string, Level>();
  /** summarise() by (function, sink class, part, bound levels, constant arguments); fresh under withConsts. */
  private summaries = new Map<string, Level>();
  private readonly envKeys = new WeakMap<Map<string, Level>, string>();
  private readonly callees = new Map<SyntaxNode, string>();
  /** Calls of a pass-through wrapper (forwardedCall), by the inner call they make: set by callee(). */
  private readonly forwards = new Map<SyntaxNode, SyntaxNode>();
  /** Memoised ownArgs / args per call node: every rule asks, and each answer was a fresh filtered array. */
  private readonly ownArgsMemo = new Map<SyntaxNode, readonly SyntaxNode[]>();
  private readonly argsMemo = new Map<SyntaxNode, readonly SyntaxNode[]>();
  private readonly methods = new Map<SyntaxNode, string>();
  private branches = new Map<SyntaxNode, boolean | undefined>();
  /** deadFrom() per block, keyed by the branch memo it was computed under. */
  private deadAfter = new WeakMap<Map<SyntaxNode, boolean | undefined>, Map<SyntaxNode, number>>();
  /** isDead() per statement, keyed the same way. */
  private deadStmts = new WeakMap<Map<SyntaxNode, boolean | undefined>, Map<SyntaxNode, boolean>>();
  /** reachingAt per use: asked again for every sink class and every rule (a sixth of the analyzer's allocation). */
  private reachCache = new Map<SyntaxNode, Reach | undefined>();
  /** A guard's condition and its text, sliced once per file instead of once per identifier lookup. */
  private readonly guardTexts = new Map<SyntaxNode, string | null>();
  private readonly validators = new Map<SyntaxNode, { text: string } | null>();
  private readonly words = new Map<string, RegExp>();
  /** containerOnly by (name, test text): the same guard is asked about for every lookup of the name below it. */
  private readonly containerTests = new Map<string, boolean>();
  private readonly exits = new Map<SyntaxNode, boolean>();
  /**
   * Constant arguments of the local calls being summarised (function node -> parameter -> value), so a helper's
   * branches, ternaries and keys decide on what this call passes (`pick(a, b, False)`, `resolve(v, 'mode')`).
   * While any is set, nothing that depends on them is memoised.
   */
  private readonly active = new Set<string>();
  private readonly deciding = new Map<SyntaxNode, Set<string>>();
  /** sourceFromCallers per function, parameter and class. */
  private readonly callerTaint = new Map<string, boolean>();
  /** callSites per local function or method (null: not every call is known). */
  private readonly sitesMemo = new Map<SyntaxNode, CallSite[] | null>();
  /** callSummary per function and class (null: none, or being computed). */
  private readonly callSummaries = new Map<string, Map<string, Level> | null>();
  /** Identifier nodes by their text, built once per file when a method's callers are looked for. */
  private idIndex: Map<string, SyntaxNode[]> | undefined;
  /** Local calls by callee name, and `.write(...)` / attribute-assignment sites: built once per file. */
  private callIndex: Map<string, SyntaxNode[]> | undefined;
  /** Scope node -> name -> assignments to it in other functions (`global x` / `nonlocal x`), built once. */
  private rebindIndex: Map<SyntaxNode, Map<string, SyntaxNode[]>> | undefined;
  /** Local classes the file registers as views (`Ping.as_view('ping')`), found once (receiverClass). */
  private viewClasses: Set<SyntaxNode> | undefined;
  private targetMemo = new Map<number, string | undefined>();
  private writeCalls: SyntaxNode[] | undefined;
  private attrAssigns: Map<string, SyntaxNode[]> | undefined;
  private itemWrites: Map<string, SyntaxNode[] | null> | undefined;
  private readonly attrWriteMemo = new Map<SyntaxNode, Map<string, Map<string, SyntaxNode[]>>>();
  private readonly localCallMemo = new Map<SyntaxNode, Map<string, SyntaxNode[]>>();
  private readonly classStateMemo = new Map<string, Level | undefined>();
  private readonly escapes = new Map<string, boolean>();
  /** Local classes some local class derives from (see selfField). */
  private baseClasses: Set<SyntaxNode> | undefined;
  private readonly selfFieldMemo = new Map<string, Level | undefined>();
  private methodCallIndex: Map<string, SyntaxNode[]> | undefined;
  /** paramWrites per local function. */
  private readonly paramWriteMemo = new Map<SyntaxNode, Map<string, Def[]> | undefined>();
  /** Module-level names -> element writes made to them inside functions (see foreignWrites), built once. */
  private foreignIndex: Map<string, Def[]> | undefined;
  /** Scopes being built (see scopeOf). */
  private building = 0;
  /** The while loop whose condition is being evaluated on entry (see branchTakenUncached). */
  private loopEntry: SyntaxNode | undefined;
  /** While testing a condition per item (falseForEveryItem): the loop variable's value for this item. */
  private iterBinding:
    | {
        loop: SyntaxNode;
        name: string;
        value: string | number | boolean | null;
        /** A comprehension's loop variables, each with its value for this item. */
        more?: Map<string, string | number | boolean | null>;
      }
    | undefined;
  private constEnv = new Map<SyntaxNode, Map<string, string | number | boolean | null>>();
  /** unselectedClass's answers, per class. */
  private deadClasses = new Map<SyntaxNode, boolean>();
  /** Names bound once, to `functools.partial(...)` (see partialOf). */
  private partials: Map<string, SyntaxNode> | undefined;
  /** setattrCallsIn's answers: a function's own `setattr(name, ...)` calls by receiver name, in source order. */
  private setattrCalls = new Map<SyntaxNode, Map<string, SyntaxNode[]>>();
  /** contextVarCalls's answers, per ContextVar name. */
  private contextVarIndex = new Map<string, ContextVarCall[]>();
  /** moduleValue's answers, per name (null: none, or bound more than once). */
  private moduleValues = new Map<string, SyntaxNode | null>();

  constructor(tree: SyntaxTree) {
    this.tree = tree;
    const bindings = new Map<string, number>();
    const fetched = new Map<string, SyntaxNode>();
    // Where each import alias was last bound (a later module-level def of the name replaces it).
    const importEnd = new Map<string, number>();
    const imported = (name: string, q: string, at: SyntaxNode) => {
      this.aliases.set(name, q);
      importEnd.set(name, at.end);
    };
    for (let ni1 = 0, all1 = tree.nodes; ni1 < all1.length; ni1++) {
      const n = all1[ni1]!;
      // One set lookup for the many nodes none of the tests below is about (as in fillScope's walk).
      if (!CONTEXT_NODE_TYPES.has(n.type)) continue;
      if (n.type === "import_statement") {
        for (const c of namedChildren(n)) {
          if (c.type === "dotted_name") imported(this.text(c).split(".")[0]!, this.text(c).split(".")[0]!, n);
          else if (c.type === "aliased_import") {
            const name = field(c, "name");
            const alias = field(c, "alias");
            if (name && alias) imported(this.text(alias), canonicalMember(this.text(name)), n);
          }
        }
      } else if (n.type === "import_from_statement") {
        const mod = field(n, "module_name");
        const base = mod ? this.text(mod) : "";
        for (const c of n.children) {
          if (c.field !== "name") continue;
          if (c.type === "dotted_name") imported(this.text(c), canonicalMember(`${base}.${this.text(c)}`), n);
          else if (c.type === "aliased_import") {
            const name = field(c, "name");
            const alias = field(c, "alias");
            if (name && alias) imported(this.text(alias), canonicalMember(`${base}.${this.text(name)}`), n);
          }
        }
      } else if (n.type === "assignment" && n.parent?.parent?.type === "module") {
        // `my_os = __import__("os")` / `m = importlib.import_module("os.path")` at module level: an import by
        // another name (__import__ returns the top package).
        const left = field(n, "left");
        const right = field(n, "right");
        const fn = right?.type === "call" ? field(right, "function") : undefined;
        const how = fn ? this.text(fn) : "";
        if (left?.type === "identifier" && (how === "__import__" || how === "importlib.import_module")) {
          const args = namedChildren(field(right!, "arguments") ?? right!);
          const mod = args.length === 1 ? this.stringValue(args[0]) : undefined;
          if (mod && /^[\w.]+$/.test(mod) && !this.aliases.has(this.text(left)))
            this.aliases.set(this.text(left), how === "__import__" ? mod.split(".")[0]! : mod);
        }
      }
      if (n.type === "assignment") {
        const left = field(n, "left");
        const right = field(n, "right");
        if (left?.type === "identifier") {
          const name = this.text(left);
          bindings.set(name, (bindings.get(name) ?? 0) + 1);
          const sites = this.bindingSites.get(name);
          if (sites) sites.push(n);
          else this.bindingSites.set(name, [n]);
          const callee = right?.type === "call" ? (field(right, "function") ?? right) : undefined;
          // Compared in place: slicing every call's callee on every assignment was garbage.
          if (
            callee &&
            callee.end - callee.start === 7 &&
            this.tree.source.startsWith("getattr", callee.start)
          )
            fetched.set(name, right!);
          if (this.namesCallable(right)) {
            const held = this.attrBindings.get(name);
            if (held) held.push(n);
            else this.attrBindings.set(name, [n]);
          }
        } else if (left?.type === "pattern_list" || left?.type === "tuple_pattern") {
          // `run, quote = os.system, shlex.quote`: each name bound to its partner (see siteValue).
          const names = namedChildren(left);
          for (const id of names) {
            if (id.type !== "identifier") continue;
            const name = this.text(id);
            bindings.set(name, (bindings.get(name) ?? 0) + 1);
            const sites = this.bindingSites.get(name);
            if (sites) sites.push(n);
            else this.bindingSites.set(name, [n]);
            if (this.namesCallable(this.siteValue(n, name))) {
              const held = this.attrBindings.get(name);
              if (held) held.push(n);
              else this.attrBindings.set(name, [n]);
            }
          }
        }
      } else if (n.type === "function_definition") {
        const name = field(n, "name");
        // Methods are found through their class: `def get(self, k)` must not shadow a module-level `get`.
        const inClass =
          n.parent?.parent?.type === "class_definition" ||
          n.parent?.parent?.parent?.type === "class_definition";
        if (name && !inClass) this.functions.set(this.text(name), n);
      } else if (n.type === "class_definition") {
        const name = field(n, "name");
        if (name) this.classes.set(this.text(name), n);
      }
    }
    // `from os import system` then a module-level `def system(cmd): ...` (or class) after it: from there on the
    // name is the file's own, and that is when the calls in function bodies run. (A def under try/except or if,
    // a fallback for a missing import, leaves the import standing.)
    for (const [name, end] of importEnd) {
      const def = this.functions.get(name) ?? this.classes.get(name);
      const stmt = def?.parent?.type === "decorated_definition" ? def.parent : def;
      if (stmt?.parent?.type === "module" && stmt.start > end) this.aliases.delete(name);
    }
    // `run = getattr(builtins, "eval")` (the name's only binding, the object an imported module): `run(x)` calls
    // builtins.eval as surely as the attribute would.
    for (const name of [...this.attrBindings.keys()])
      if (this.aliases.has(name)) this.attrBindings.delete(name);
    for (const [name, call] of fetched) {
      if (bindings.get(name) !== 1 || this.aliases.has(name)) continue;
      const obj = this.args(call)[0];
      if (obj?.type !== "identifier" || !this.aliases.has(this.text(obj))) continue;
      const q = this.qname(call);
      if (q !== this.text(call)) this.aliases.set(name, q);
    }
  }

  text(node: SyntaxNode): string {
    return this.tree.source.slice(node.start, node.end);
  }

  /** Dotted name with the import alias of its head resolved: `sp.call` -> `subprocess.call`. */
  qname(node: SyntaxNode | undefined): string {
    if (!node) return "";
    if (node.type === "identifier") {
      const t = this.text(node);
      return this.aliases.get(t) ?? t;
    }
    if (node.type === "attribute") {
      const obj = field(node, "object");
      const attr = field(node, "attribute");
      if (!obj || !attr) return this.text(node);
      const head =
        obj.type === "identifier"
          ? (this.boundModule(obj) ?? this.qname(obj))
          : obj.type === "attribute"
            ? this.qname(obj)
            : (this.importedModule(obj) ?? this.text(obj));
      return canonicalExact(`${head}.${this.text(attr)}`);
    }
    // getattr(os, "system") (or of `importlib.import_module("os")`) names os.system as surely as the attribute.
    if (node.type === "call" && this.text(field(node, "function") ?? node) === "getattr") {
      const [obj, name] = this.args(node);
      const attr = this.stringValue(name);
      const head =
        obj?.type === "identifier" || obj?.type === "attribute"
          ? this.qname(obj)
          : obj
            ? this.importedModule(obj)
            : undefined;
      if (head && attr && /^\w+$/.test(attr)) return canonicalExact(`${head}.${attr}`);
    }
    // `__builtins__["eval"]` (a module's builtins as a dict) or `builtins.__dict__["exec"]`: the builtin itself.
    if (node.type === "subscript") {
      const obj = field(node, "value");
      const key = this.stringValue(field(node, "subscript"));
      const q = obj && key && /^\w+$/.test(key) ? this.qname(obj) : "";
      if (q === "__builtins__" || q === "builtins.__dict__") return `builtins.${key}`;
    }
    return this.text(node);
  }

  /** The class of this file bound to `name` (`class StrictLoader(yaml.SafeLoader): ...`), if any. */
  localClass(name: string): SyntaxNode | undefined {
    return this.classes.get(name);
  }

  /** Memoised: every call-node rule asks for it. */
  callee(call: SyntaxNode): string {
    let q = this.callees.get(call);
    if (q === undefined) {
      const mc = this.methodCallerOf(call);
      if (mc) {
        q = canonicalExact(`${this.qname(this.ownArgs(call)[0])}.${mc.name}`);
        this.callees.set(call, q);
        return q;
      }
      const bound = this.partialOf(call);
      const fn = bound ? this.ownArgs(bound)[0] : field(call, "function");
      q = this.qname(fn);
      // Set first: what the refinements below read may ask for this call's callee again.
      this.callees.set(call, q);
      if (!bound && fn?.type === "identifier") q = this.boundAttribute(fn, call) ?? q;
      if (!bound && fn?.type === "identifier") {
        const inner = this.forwardedCall(call);
        if (inner) this.forwards.set(call, inner);
        q = inner ? this.callee(inner) : (this.passedFunction(fn) ?? q);
        this.callees.set(call, q);
      } else if (!bound && fn?.type === "attribute" && this.text(field(fn, "object") ?? fn) === "self") {
        q = this.selfRunner(fn) ?? q;
        this.callees.set(call, q);
      } else if (!bound && fn?.type === "attribute" && field(fn, "object")?.type === "identifier") {
        q = this.classMemberTarget(fn) ?? q;
        this.callees.set(call, q);
      } else if (!bound && fn?.type === "subscript") {
        // `HANDLERS["shell"](cmd)` with `HANDLERS = {"shell": os.system, ...}`: the entry at a constant key.
        q = this.importedName(this.functionTarget(fn, 0)) ?? q;
        this.callees.set(call, q);
      }
    }
    return q;
  }

  /**
   * `Tools.runner(cmd)` where the file's own class Tools binds `runner = subprocess.check_output` (or
   * `staticmethod(os.system)`) in its body and nothing in the file assigns an attribute of that name: the imported
   * function itself. Undefined for anything else, and for a name the file imports (`os.system`).
   */
  private classMemberTarget(fn: SyntaxNode): string | undefined {
    const obj = field(fn, "object")!;
    const name = this.text(obj);
    const klass = this.aliases.has(name) ? undefined : this.classes.get(name);
    const attr = field(fn, "attribute");
    if (!klass || !attr || this.attrAssignments(this.text(attr)).length) return undefined;
    const member = this.text(attr);
    for (const st of field(klass, "body")?.children ?? []) {
      const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      if (a?.type !== "assignment" || this.text(field(a, "left") ?? a) !== member) continue;
      const v = field(a, "right");
      return v ? this.importedName(this.functionTarget(v, 1)) : undefined;
    }
    return undefined;
  }

  /**
   * `new_key = rsa.generate_private_key` (or `start = app.run`) then `new_key(...)`: the call is the attribute's,
   * when that assignment is the name's only binding in the file, precedes the call in its own scope (the module,
   * or the function holding both), and no parameter of the calling function shadows it.
   */
  private boundAttribute(fn: SyntaxNode, call: SyntaxNode): string | undefined {
    const a = this.boundSite(fn, call);
    const right = this.unlessNone(a && this.siteValue(a, this.text(fn)));
    if (!right) return undefined;
    if (right.type === "attribute") return this.qname(right);
    if (right.type === "identifier") {
      const t = this.text(right);
      if (this.aliases.has(t)) return this.qname(right);
      // `run = eval`: a builtin the file never rebinds.
      return BUILTIN_CALLABLES.has(t) && !this.bindingSites.has(t) && !this.functions.has(t) ? t : undefined;
    }
    return this.importedModule(right);
  }

  /**
   * `m = os` (an imported name) or `m = importlib.import_module("os")` then `m.system(...)`: the module the
   * object names, by boundSite's rules. Other bindings (`c = conn.cursor()`, `s = self.session`) are left alone.
   */
  private boundModule(id: SyntaxNode): string | undefined {
    const t = this.text(id);
    if (this.aliases.has(t) || !this.attrBindings.has(t)) return undefined;
    const site = this.boundSite(id, id);
    const right = site && this.siteValue(site, t);
    if (right?.type === "identifier")
      return this.aliases.has(this.text(right)) ? this.qname(right) : undefined;
    return right?.type === "call" ? this.importedModule(right) : undefined;
  }

  /** A dotted attribute, a name, or a constant import call: a value boundAttribute may name. */
  private namesCallable(value: SyntaxNode | undefined): boolean {
    const v = this.unlessNone(value);
    if (!v) return false;
    if (v.type === "attribute") return /^[\w.]+$/.test(this.text(v));
    if (v.type === "identifier") return true;
    const callee = v.type === "call" ? field(v, "function") : undefined;
    return !!callee && IMPORT_CALLS.has(this.text(callee));
  }

  /** `os.popen if POSIX else None`: the function, the one thing a call through the name can reach. */
  private unlessNone(v: SyntaxNode | undefined): SyntaxNode | undefined {
    if (v?.type !== "conditional_expression") return v;
    const [x, , y] = namedChildren(v);
    return y?.type === "none" ? x : x?.type === "none" ? y : v;
  }

  /**
   * What assignment `a` binds to `name`: its right side, or for `a, b = x, y` (no splat, as many values as names)
   * the value in the name's position.
   */
  private siteValue(a: SyntaxNode, name: string): SyntaxNode | undefined {
    const left = field(a, "left");
    const right = field(a, "right");
    if (left?.type === "identifier") return right;
    if (right?.type !== "expression_list" && right?.type !== "tuple") return undefined;
    const names = namedChildren(left ?? a);
    const values = namedChildren(right);
    if (values.length !== names.length || values.some((v) => /splat/.test(v.type))) return undefined;
    const i = names.findIndex((x) => x.type === "identifier" && this.text(x) === name);
    return i >= 0 ? values[i] : undefined;
  }

  /**
   * The one assignment to `id`'s name that `use` reads: the name's only binding in the file, or the only one in
   * the function holding `use`. It precedes the use in its own scope (the module, or the function holding both),
   * and no parameter of a function between them shadows it.
   */
  private boundSite(id: SyntaxNode, use: SyntaxNode): SyntaxNode | undefined {
    const name = this.text(id);
    const cands = this.attrBindings.get(name);
    const all = this.bindingSites.get(name);
    if (!cands || !all) return undefined;
    let a: SyntaxNode | undefined = all.length === 1 ? all[0] : undefined;
    if (!a) {
      const f = this.enclosingFunction(use);
      const local = all.filter((s) => this.enclosingFunction(s) === f);
      a = local.length === 1 && f ? local[0] : this.straightBinding(local, use);
    }
    if (!a || !cands.includes(a) || a.end > use.start) return undefined;
    let scope: SyntaxNode | null = a.parent;
    while (scope && scope.type !== "function_definition" && scope.type !== "module") scope = scope.parent;
    if (!scope || use.start < scope.start || use.end > scope.end) return undefined;
    for (let p: SyntaxNode | null = use.parent; p && p !== scope; p = p.parent) {
      if (p.type !== "function_definition" && p.type !== "lambda") continue;
      const params = field(p, "parameters");
      if (params && new RegExp(`(^|[(,*\\s])${name}\\b`).test(this.text(params))) return undefined;
    }
    return a;
  }

  /**
   * Of a function's several assignments to one name (`run = os.system`, later `run = print`), the one `use`
   * surely reads: the last before it, a statement of a block that holds `use` (so it runs on every way there),
   * with no later assignment inside a loop around `use` that could come round to it first. Undefined otherwise.
   */
  private straightBinding(local: readonly SyntaxNode[], use: SyntaxNode): SyntaxNode | undefined {
    let a: SyntaxNode | undefined;
    for (const s of local) if (s.end <= use.start && (!a || s.start > a.start)) a = s;
    const stmt = a?.parent;
    const block = stmt?.type === "expression_statement" ? stmt.parent : undefined;
    if (!a || !block || use.start < block.start || use.end > block.end) return undefined;
    for (let p: SyntaxNode | null = use.parent; p && p !== block; p = p.parent) {
      if (p.type !== "for_statement" && p.type !== "while_statement") continue;
      if (local.some((s) => s.start > use.end && s.end <= p!.end)) return undefined;
    }
    return a;
  }

  /** `__import__("os")` (the top package) or `importlib.import_module("os.path")` of a constant name. */
  private importedModule(node: SyntaxNode): string | undefined {
    if (node.type !== "call") return undefined;
    const how = this.qname(field(node, "function"));
    if (!IMPORT_CALLS.has(how)) return undefined;
    const args = this.args(node);
    const mod = args.length === 1 ? this.stringValue(args[0]) : undefined;
    if (!mod || !/^[\w.]+$/.test(mod)) return undefined;
    return how === "__import__" ? mod.split(".")[0] : mod;
  }

  /**
   * `self.runner(cmd)` in a method of a local class whose `__init__(self, ..., runner=subprocess.getoutput)`
   * stores `self.runner = runner` and nothing else in the file writes that attribute: the function every
   * `Klass(...)` in the file passes (or defaults to) there, as passedFunction reads a parameter. Undefined
   * otherwise.
   */
  private selfRunner(attr: SyntaxNode): string | undefined {
    const name = this.text(field(attr, "attribute") ?? attr);
    let k: SyntaxNode | null = attr.parent;
    while (k && k.type !== "class_definition") k = k.parent;
    if (!k) return undefined;
    const key = `${k.start}:${name}`;
    if (!this.selfRunners.has(key))
      this.selfRunners.set(key, this.selfRunnerUncached(k, name) ?? this.importedClassTarget(attr));
    return this.selfRunners.get(key);
  }

  /**
   * `runner = staticmethod(os.system)` (or `loads = pickle.loads`) in the class body, as selfClassTarget reads it
   * for every class of the family: only a function of an imported module, the call's own name otherwise.
   */
  private importedClassTarget(attr: SyntaxNode): string | undefined {
    return this.importedName(this.selfClassTarget(attr, 0));
  }

  /** `q` when it names a function of a module the file imports (`os.system`), else undefined. */
  private importedName(q: string | undefined): string | undefined {
    const root = q?.includes(".") ? q.slice(0, q.indexOf(".")) : undefined;
    if (!root) return undefined;
    for (const v of this.aliases.values()) if (v === root || v.startsWith(`${root}.`)) return q;
    return undefined;
  }

  private selfRunnerUncached(k: SyntaxNode | null, name: string): string | undefined {
    const kname = k && field(k, "name");
    const init = k ? this.classMethod(k, "__init__") : undefined;
    if (!k || !kname || !init) return undefined;
    const stores = (n: SyntaxNode) =>
      n.type === "assignment" &&
      field(n, "left")?.type === "attribute" &&
      this.text(field(field(n, "left")!, "attribute") ?? n) === name;
    // The one store in __init__ first (a small walk); only then every store in the file (a whole-tree walk).
    if (!descendants(init).some(stores)) return undefined;
    const writes = nodesOfType(this.tree, "assignment").filter(stores);
    const w = writes[0];
    const right = w && field(w, "right");
    // `self.algo = hashlib.md5` in __init__, the one store: the imported function itself.
    if (writes.length === 1 && w && right?.type === "attribute" && this.enclosingFunction(w) === init)
      return this.importedName(this.qname(right));
    if (writes.length !== 1 || right?.type !== "identifier" || !w || this.enclosingFunction(w) !== init)
      return undefined;
    const params = this.paramNames(init);
    const at = params.indexOf(this.text(right));
    const decl = namedChildren(field(init, "parameters") ?? init).find(
      (d) => d.type !== "identifier" && this.text(field(d, "name") ?? d) === this.text(right),
    );
    if (at < 0) return undefined;
    const dflt = decl ? field(decl, "value") : undefined;
    const vals: SyntaxNode[] = [];
    for (const c of this.callsTo(this.text(kname))) {
      if (namedChildren(field(c, "arguments") ?? c).some((a) => /splat/.test(a.type))) return undefined;
      const v = this.args(c)[at] ?? this.kwarg(c, this.text(right)) ?? dflt;
      if (!v) return undefined;
      vals.push(v);
    }
    // A class this file never constructs (a library's client): its default is what it does, as passedFunction
    // reads a helper's default runner.
    if (!vals.length && dflt) vals.push(dflt);
    if (!vals.length) return undefined;
    let out: string | undefined;
    for (const v of vals) {
      const t = v.type === "identifier" ? this.text(v) : undefined;
      // (a function of this file too: scp's `sanitize=_sh_quote`, judged by its body where it is called)
      const named =
        v.type === "attribute" || (t !== undefined && (this.aliases.has(t) || this.functions.has(t)));
      const q = named ? this.qname(v) : undefined;
      if (!q || (out !== undefined && q !== out)) return undefined;
      out = q;
    }
    return out;
  }

  /** Last segment of the callee: `execute` for `cur.execute(...)`. */
  method(call: SyntaxNode): string {
    let m = this.methods.get(call);
    if (m === undefined) {
      const bound = this.partialOf(call);
      const fn = bound ? this.ownArgs(bound)[0] : field(call, "function");
      m = fn?.type === "attribute" ? this.text(field(fn, "attribute") ?? fn) : fn ? this.text(fn) : "";
      if (fn?.type === "call") m = this.methodCallerOf(call)?.name ?? m;
      this.methods.set(call, m);
      // A runner parameter or a pass-through wrapper (see callee): the function really called.
      if (!bound && fn?.type === "identifier") {
        const q = this.callee(call);
        if (q !== this.text(fn)) m = q.split(".").pop() ?? m;
        this.methods.set(call, m);
      }
    }
    return m;
  }

  /**
   * `def run(cmd, runner=os.system): runner(cmd)`, `def execute(fn, arg): fn(arg)` called as `execute(os.popen,
   * c)`: a parameter called as a function, every call in the file passing (or defaulting to) the same imported
   * function or a builtin: that function's dotted name. A runner by default is what the helper is, whoever calls
   * it; one without a default is the callers' choice, so only where they are all known (callSites) or one of them
   * hands the helper a value not written as a literal (`execute(os.popen, "du " + path)`). Undefined otherwise (a
   * parameter some caller leaves unknown, callers passing different functions, an entry point's parameter).
   */
  private passedFunction(id: SyntaxNode): string | undefined {
    const name = this.text(id);
    if (this.aliases.has(name) || this.functions.has(name) || this.classes.has(name)) return undefined;
    const vals = this.paramValues(id);
    if (!vals?.length) return undefined;
    const fn = this.reachingAt(id)?.scope.node;
    const decl = fn
      ? namedChildren(field(fn, "parameters") ?? fn).find(
          (p) => p.type !== "identifier" && this.text(field(p, "name") ?? p) === name,
        )
      : undefined;
    if (fn && !(decl && field(decl, "value")) && !this.callSites(fn)) {
      const calls = this.knownCalls(fn) ?? [];
      const open = calls.some((c) =>
        namedChildren(field(c, "arguments") ?? c).some((a) => {
          const v = a.type === "keyword_argument" ? field(a, "value") : a;
          return !!v && !vals.includes(v) && this.eval(v, "literal", undefined, 1) !== Level.CONST;
        }),
      );
      if (!open) return undefined;
    }
    let out: string | undefined;
    for (const v of vals) {
      const t = v.type === "identifier" ? this.text(v) : undefined;
      // (a function of this file too: `apply(pick_mirror, key)`, judged by its body where it is called)
      const named =
        v.type === "attribute" ||
        (t !== undefined &&
          (this.aliases.has(t) ||
            this.functions.has(t) ||
            /^(eval|exec|compile|open|__import__|print)$/.test(t)));
      const q = named ? this.qname(v) : undefined;
      if (!q || (out !== undefined && q !== out)) return undefined;
      out = q;
    }
    return out;
  }

  /**
   * `def run_logged(*args, **kwargs): ...; return subprocess.check_output(*args, **kwargs)`: a local function
   * whose only parameters are `*args` (and `**kwargs`), never rebound, handed on whole as the only arguments of
   * one call in its body. A call of it, `run_logged(cmd, shell=True)`, makes that call with its own arguments:
   * the inner call (whose callee is the one really run). Undefined for any other call.
   */
  private forwardedCall(call: SyntaxNode): SyntaxNode | undefined {
    const f = field(call, "function");
    const def = f?.type === "identifier" ? this.functions.get(this.text(f)) : undefined;
    if (!def || (call.start >= def.start && call.end <= def.end)) return undefined;
    const decls = namedChildren(field(def, "parameters") ?? def);
    const star = decls.find((d) => d.type === "list_splat_pattern");
    const dstar = decls.find((d) => d.type === "dictionary_splat_pattern");
    if (!star || decls.some((d) => d !== star && d !== dstar)) return undefined;
    const nameOf = (d: SyntaxNode | undefined) =>
      d ? this.text(namedChildren(d).find((c) => c.type === "identifier") ?? d) : undefined;
    const a = nameOf(star);
    const k = nameOf(dstar);
    let found: SyntaxNode | undefined;
    for (const n of descendants(def)) {
      if (n.type === "lambda" || n.type === "class_definition") return undefined;
      if (n.type === "function_definition" && n !== def) return undefined;
      if (n.type !== "call") continue;
      const own = namedChildren(field(n, "arguments") ?? n);
      const splat = (t: string, x: string | undefined) => (c: SyntaxNode | undefined) =>
        c?.type === t && this.text(namedChildren(c)[0] ?? c) === x;
      const isFwd =
        own.length === (k ? 2 : 1) &&
        splat("list_splat", a)(own[0]) &&
        (!k || splat("dictionary_splat", k)(own[1]));
      if (!isFwd) continue;
      if (found) return undefined;
      found = n;
    }
    if (!found) return undefined;
    // Rebinding (`args = ...`) or another use of the splatted names changes what is handed on.
    const uses = descendants(def).filter(
      (n) => n.type === "identifier" && (this.text(n) === a || (k !== undefined && this.text(n) === k)),
    );
    const handed = uses.filter(
      (n) => n.parent?.type === "list_splat" || n.parent?.type === "dictionary_splat",
    );
    const declared = uses.filter(
      (n) => n.parent?.type === "list_splat_pattern" || n.parent?.type === "dictionary_splat_pattern",
    );
    const bound = (n: SyntaxNode) => {
      const p = n.parent;
      if (!p) return false;
      if ((p.type === "assignment" || p.type === "augmented_assignment") && field(p, "left") === n)
        return true;
      return /^(pattern_list|tuple_pattern|list_pattern|for_statement|as_pattern_target)$/.test(p.type);
    };
    if (uses.some((n) => !handed.includes(n) && !declared.includes(n) && bound(n))) return undefined;
    return found;
  }

  /**
   * `read = functools.partial(open, mode='r')` (the name's only binding in the file) then `read(p)`: the
   * partial call, whose first argument is the function really called, its other arguments and keywords coming
   * before the call's own. Undefined for any other call.
   */
  partialOf(call: SyntaxNode): SyntaxNode | undefined {
    const fn = field(call, "function");
    if (fn?.type !== "identifier") return undefined;
    if (!this.partials) {
      this.partials = new Map();
      if (sourceIncludes(this.tree, "partial(")) {
        const count = new Map<string, number>();
        for (let ni2 = 0, all2 = nodesOfType(this.tree, "assignment"); ni2 < all2.length; ni2++) {
          const n = all2[ni2]!;
          const left = field(n, "left");
          if (left?.type !== "identifier") continue;
          const name = this.text(left);
          count.set(name, (count.get(name) ?? 0) + 1);
          const right = field(n, "right");
          if (right?.type === "call" && this.qname(field(right, "function")) === "functools.partial")
            this.partials.set(name, right);
        }
        for (const [name, c] of count) if (c !== 1) this.partials.delete(name);
      }
    }
    if (this.partials.size === 0) return undefined;
    const p = this.partials.get(this.text(fn));
    return p && p.order < call.order && this.ownArgs(p).length > 0 ? p : undefined;
  }

  private ownArgs(call: SyntaxNode): readonly SyntaxNode[] {
    let own = this.ownArgsMemo.get(call);
    if (own === undefined) {
      const list = field(call, "arguments");
      own = list
        ? list.children.filter((c) => c.named && c.type !== "comment" && c.type !== "keyword_argument")
        : [];
      this.ownArgsMemo.set(call, own);
    }
    return own;
  }

  args(call: SyntaxNode): readonly SyntaxNode[] {
    let all = this.argsMemo.get(call);
    if (all === undefined) {
      const own = this.ownArgs(call);
      const bound = this.partialOf(call);
      const mc = bound ? undefined : this.methodCallerOf(call);
      all = bound ? [...this.ownArgs(bound).slice(1), ...own] : mc ? this.ownArgs(mc.made).slice(1) : own;
      this.argsMemo.set(call, all);
    }
    return all;
  }

  kwarg(call: SyntaxNode, name: string): SyntaxNode | undefined {
    const list = field(call, "arguments");
    if (!list) return undefined;
    const kids = list.children;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (c.type !== "keyword_argument") continue;
      const k = field(c, "name");
      // Compared in place: slicing every keyword's name was garbage on every lookup.
      if (k && k.end - k.start === name.length && this.tree.source.startsWith(name, k.start))
        return field(c, "value");
    }
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (c.type !== "dictionary_splat") continue;
      const v = this.splatEntry(namedChildren(c)[0], name);
      if (v) return v;
    }
    const bound = this.partialOf(call) ?? this.methodCallerOf(call)?.made;
    if (bound) return this.kwarg(bound, name);
    const inner = this.forwards.get(call);
    return inner ? this.wrapperDefault(inner, name) : undefined;
  }

  /**
   * `kwargs.setdefault("shell", True)` (or `kwargs["shell"] = True`) in a pass-through wrapper before the call
   * that hands `**kwargs` on: the value its callers get for a keyword they do not pass.
   */
  private wrapperDefault(inner: SyntaxNode, name: string): SyntaxNode | undefined {
    const splat = namedChildren(field(inner, "arguments") ?? inner).find(
      (c) => c.type === "dictionary_splat",
    );
    const k = splat ? namedChildren(splat)[0] : undefined;
    const def = this.enclosingFunction(inner);
    if (k?.type !== "identifier" || !def) return undefined;
    const kw = this.text(k);
    let found: SyntaxNode | undefined;
    for (const n of descendants(def)) {
      if (n.start >= inner.start) break;
      if (n.type === "call" && this.text(field(n, "function") ?? n) === `${kw}.setdefault`) {
        const [key, v] = this.ownArgs(n);
        if (this.stringValue(key) === name && v) found = v;
      } else if (n.type === "assignment") {
        const left = field(n, "left");
        if (left?.type === "subscript" && this.text(field(left, "value") ?? left) === kw)
          if (this.stringValue(field(left, "subscript")) === name) found = field(n, "right") ?? found;
      }
    }
    return found;
  }

  /**
   * `operator.methodcaller("system", cmd)(os)`: the method named by the constant and the call that made the
   * caller, whose other arguments (and keywords) are the method's. The call's own one argument is the receiver.
   */
  private methodCallerOf(call: SyntaxNode): { name: string; made: SyntaxNode } | undefined {
    const fn = field(call, "function");
    if (fn?.type !== "call" || this.ownArgs(call).length !== 1) return undefined;
    const how = this.qname(field(fn, "function"));
    if (how !== "operator.methodcaller") return undefined;
    const name = this.stringValue(this.ownArgs(fn)[0]);
    return name && /^\w+$/.test(name) ? { name, made: fn } : undefined;
  }

  /**
   * `f(**opts)` where opts is a dict literal (or `dict(k=v)`) written in the file, directly or bound to a name
   * once: the value it gives keyword `name`, so an option set through a shared mapping reads like one given at
   * the call. `{**BASE, k: v}` looks into BASE too (later entries win).
   */
  private splatEntry(node: SyntaxNode | undefined, name: string, depth = 0): SyntaxNode | undefined {
    if (!node || depth > 3) return undefined;
    if (this.mappingWritten(node)) return this.itemWritten(node, name);
    const d = this.resolve(node);
    if (!d) return this.itemWritten(node, name);
    if (
      d.type === "call" &&
      field(d, "function")?.type === "identifier" &&
      this.text(field(d, "function")!) === "dict"
    )
      return this.args(d).length === 0 ? this.kwarg(d, name) : undefined;
    if (d.type !== "dictionary") return undefined;
    let found: SyntaxNode | undefined;
    for (const p of namedChildren(d)) {
      if (p.type === "dictionary_splat")
        found = this.splatEntry(namedChildren(p)[0], name, depth + 1) ?? found;
      else if (p.type === "pair" && this.stringValue(field(p, "key")) === name) found = field(p, "value");
    }
    return found;
  }

  /**
   * `kwargs["shell"] = True` then `f(**kwargs)`: the last store of key `name` into the mapping before `use`, made
   * in the same function in a block that holds `use` (so it runs on the way there), when nothing after it
   * replaces or updates the mapping wholesale.
   */
  private itemWritten(use: SyntaxNode, name: string): SyntaxNode | undefined {
    if (use.type !== "identifier") return undefined;
    const n = this.text(use);
    const fn = this.enclosingFunction(use);
    let found: SyntaxNode | undefined;
    for (const a of descendants(fn ?? this.tree.root)) {
      if (a.start >= use.start) break;
      if (a.type !== "assignment" && a.type !== "augmented_assignment" && a.type !== "call") continue;
      if (this.enclosingFunction(a) !== fn) continue;
      const left = a.type === "call" ? field(a, "function") : field(a, "left");
      if (a.type === "call") {
        // `kwargs.update(...)` / `.pop(...)` after the store: it may no longer hold.
        if (
          left?.type === "attribute" &&
          this.text(field(left, "object") ?? left) === n &&
          /^(update|pop|popitem|setdefault|clear)$/.test(this.text(field(left, "attribute") ?? left))
        )
          found = undefined;
        continue;
      }
      if (left?.type === "identifier" && this.text(left) === n) found = undefined;
      if (left?.type !== "subscript" || this.text(field(left, "value") ?? left) !== n) continue;
      if (this.stringValue(field(left, "subscript")) !== name) continue;
      const block = a.parent?.parent;
      if (a.type !== "assignment" || !block || use.start < block.start || use.end > block.end)
        found = undefined;
      else found = field(a, "right");
    }
    return found;
  }

  /** A mapping changed after it is built (`opts["shell"] = ...`, `opts.update(...)`) is not what its literal says. */
  private mappingWritten(node: SyntaxNode): boolean {
    if (node.type !== "identifier") return false;
    const n = this.text(node);
    const src = this.tree.source;
    for (let i = src.indexOf(n); i >= 0; i = src.indexOf(n, i + 1)) {
      if (/\w/.test(src[i - 1] ?? "") || /\w/.test(src[i + n.length] ?? "")) continue;
      if (
        /^\s*(\[[^\]\n]*\]\s*=[^=]|\.(update|pop|popitem|setdefault|clear)\(|\|=)/.test(
          src.slice(i + n.length, i + n.length + 120),
        )
      )
        return true;
    }
    return false;
  }

  /** Positional argument `i`, or the keyword argument `name`. */
  arg(call: SyntaxNode, i: number, name?: string): SyntaxNode | undefined {
    return this.args(call)[i] ?? (name ? this.kwarg(call, name) : undefined);
  }

  isTrue(node: SyntaxNode | undefined): boolean {
    return node?.type === "true" || (node?.type === "integer" && this.text(node) !== "0");
  }

  isLiteralString(node: SyntaxNode | undefined): boolean {
    if (!node) return false;
    if (node.type === "string") return !node.children.some((c) => c.type === "interpolation");
    if (node.type === "concatenated_string") return node.children.every((c) => this.isLiteralString(c));
    return false;
  }

  /** The string value of a literal (without quotes or prefixes), or undefined for anything else. */
  stringValue(node: SyntaxNode | undefined): string | undefined {
    if (!node || !this.isLiteralString(node)) return undefined;
    // Loops, not filter/map/join: every rule asks for literal values, and the arrays were pure garbage.
    let out = "";
    const kids = node.children;
    if (node.type === "concatenated_string") {
      for (let i = 0; i < kids.length; i++) out += this.stringValue(kids[i]) ?? "";
      return out;
    }
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (c.type === "string_content" || c.type === "escape_sequence") out += this.text(c);
    }
    return out;
  }

  enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
    for (let p = node.parent; p; p = p.parent) if (p.type === "function_definition") return p;
    return undefined;
  }

  /** Taint level of an expression for a sink class, following assignments, parameters and local calls. */
  level(node: SyntaxNode | undefined, cls: SinkClass): Level {
    return this.eval(node, cls, undefined, 0);
  }

  /**
   * The level of item `i` of `list(gen(...))` / `tuple(gen(...))`, written in place or held by a name bound once
   * to it and not written through, where `gen` is a local straight-line generator (its yields in a known order):
   * the i-th yielded expression with the call's arguments bound (CONST past the end). Undefined for any other
   * shape.
   */
  generatedItem(
    node: SyntaxNode,
    i: number,
    cls: SinkClass,
    env?: Map<string, Level>,
    depth = 0,
  ): Level | undefined {
    const held = node.type === "identifier" ? this.reachingValues(node) : [node];
    const v = held?.length === 1 ? held[0]! : undefined;
    if (v?.type !== "call" || !/^(list|tuple)$/.test(this.callee(v)) || this.args(v).length !== 1)
      return undefined;
    const g = this.generatorCall(this.args(v)[0], cls, env, depth);
    // `list(gen())[-1]` after a `yield from` of unknown length: the known yields at the end.
    const seq = g?.seq ?? (i < 0 && g?.tail && -i <= g.tail.length ? g.tail : undefined);
    if (!seq) return undefined;
    const item = seq[i < 0 ? i + seq.length : i];
    return item ? this.eval(item, cls, g!.bound, depth + 1) : Level.CONST;
  }

  /**
   * Taint level of what iterating a value yields: for a dict built here (a literal or a comprehension, through a
   * name bound once) its keys, past any allow-list filter of the comprehension; for anything else its own level.
   * The keys of `f(**d)` are the keyword names the call receives.
   */
  keysLevel(node: SyntaxNode | undefined, cls: SinkClass): Level {
    return this.iteratedLevel(node, cls, undefined, 0);
  }

  private eval(
    node: SyntaxNode | undefined,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level {
    this.charge();
    if (!node) return Level.CONST;
    if (depth > 40) return Level.UNKNOWN;
    // Under bound parameters the answer depends on their levels: the key carries them (helpers called from many
    // places with the same levels, and their callees, are evaluated once, not once per call path).
    const own = `${node.order}:${cls}`;
    // A node met again while it is being evaluated under bound parameters (recursion through a helper, whatever
    // the levels or constants of the inner call) reads as constant; this set outlives withConsts' fresh memos.
    if (env && this.active.has(own)) return Level.CONST;
    const key = env ? `${this.envKey(env)}|${own}` : own;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    this.memo.set(key, Level.CONST); // breaks cycles (x = x + 1 in loops)
    let result: Level;
    if (env) {
      this.active.add(own);
      try {
        result = this.evalUncached(node, cls, env, depth);
      } finally {
        this.active.delete(own);
      }
    } else result = this.evalUncached(node, cls, env, depth);
    this.memo.set(key, result);
    return result;
  }

  /** A bound-parameter map's levels as text, computed once per map (maps are filled before they are used). */
  private envKey(env: Map<string, Level>): string {
    let k = this.envKeys.get(env);
    if (k === undefined) {
      k = "";
      for (const [name, level] of env) k += `${name}=${level},`;
      this.envKeys.set(env, k);
    }
    return k;
  }

  private maxOf(
    nodes: SyntaxNode[],
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level {
    let m = Level.CONST;
    for (const n of nodes) {
      if (!n.named || n.type === "comment") continue;
      const l = this.eval(n, cls, env, depth + 1);
      if (l > m) m = l;
      if (m === Level.SOURCE) break;
    }
    return m;
  }

  private evalUncached(
    node: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level {
    const t = node.type;
    if (CONST_TYPES.has(t)) return Level.CONST;
    if (t === "string") {
      if (cls === "sql" && this.quotedIdentifier(node)) return Level.CONST;
      let m = Level.CONST;
      for (const c of node.children) {
        if (c.type !== "interpolation") continue;
        const l = Math.max(
          this.eval(c, cls, env, depth + 1),
          cls === "html" ? this.unquotedAttrEscape(c, cls, env, depth) : Level.CONST,
        ) as Level;
        // `f'{v!r}'` writes repr(): escaped newlines in a log line; in generated code a quoted literal when v is
        // request data (text, numbers, their lists and dicts), not for objects with a repr of their own.
        const conv = c.children.some((x) => x.type === "type_conversion" && /^!(r|a)$/.test(this.text(x)));
        if (conv && (cls === "log" || (cls === "code" && l === Level.SOURCE))) continue;
        // `f'{n:d}'`, `f'{x:.2f}'`: a numeric presentation type writes digits or raises (as %d in percentFields).
        const spec = c.children.find((x) => x.type === "format_specifier");
        if (spec && cls !== "code" && cls !== "command" && numericSpec(this.text(spec).slice(1))) continue;
        if (l > m) m = l;
        if (m === Level.SOURCE) break;
      }
      return m;
    }
    if (t === "identifier") return this.lookup(node, cls, env, depth);
    // `except ValueError as e`: the caught exception, bound to its clause. Whether it is the program's own
    // literal is not decided here (the "literal" question stays open).
    if (t === "except_clause")
      return cls === "literal" ? Level.UNKNOWN : this.caughtLevel(node, cls, env, depth);
    if (cls === "html" && (t === "binary_operator" || t === "call")) {
      const u = this.unquotedAttrTemplate(node, cls, env, depth);
      if (u === Level.SOURCE) return u;
    }
    if ((t === "subscript" || t === "call") && this.typedFormValue(node, cls)) return Level.CONST;
    if ((t === "subscript" || t === "call") && this.lambdaAuthorizer(node))
      return cls === "literal" ? Level.UNKNOWN : Level.CONST;
    // A comprehension's filter selects elements; its condition is not part of any element.
    if (t === "if_clause") return Level.CONST;
    // `Markup('<b>%s</b>') % v`: markupsafe escapes what it interpolates into a Markup format string.
    if (t === "binary_operator" && cls === "html") {
      const left = field(node, "left");
      const op = node.children.find((c) => !c.named);
      if (op?.type === "%" && left?.type === "call" && /(^|\.)Markup$/.test(this.callee(left)))
        return this.eval(left, cls, env, depth + 1);
      // `Markup('<b>') + v + Markup('</b>')`: Markup's + (and str's + a Markup, through __radd__) escapes the
      // plain operand, so in a chain of + holding a Markup(...) only the Markup parts are markup.
      if (op?.type === "+") {
        const leaves: SyntaxNode[] = [];
        const flat = (n: SyntaxNode): void => {
          const o = n.type === "binary_operator" ? n.children.find((c) => !c.named) : undefined;
          if (o?.type === "+" && leaves.length < 64) {
            for (const side of [field(n, "left"), field(n, "right")]) if (side) flat(side);
          } else leaves.push(n);
        };
        flat(node);
        const marks = leaves.filter((l) => l.type === "call" && /(^|\.)Markup$/.test(this.callee(l)));
        if (marks.length) return this.maxOf(marks, cls, env, depth);
      }
    }
    if (t === "conditional_expression") {
      const [a, cond, b] = namedChildren(node);
      const v = this.constValue(cond);
      if (v !== undefined) return this.eval(truthy(v) ? a : b, cls, env, depth + 1);
      // `x if x in ('/', '/home') else '/'` (or `x == '/home'`): the value that passes is one of the literals.
      if (a && b && cond?.type === "comparison_operator" && this.allowListed(cond, a))
        return this.eval(b, cls, env, depth + 1);
      // `nick if NICK.fullmatch(nick) else 'anon'` / `n if n.isdigit() else '0'`: what passes fits the test.
      if (a && b && cond?.type === "call" && this.shapeTested(cond, a))
        return this.eval(b, cls, env, depth + 1);
      // `nxt if url_has_allowed_host_and_scheme(nxt, allowed_hosts=...) else '/'`: for a redirect, what passes is
      // a URL Django's check confines to the allowed hosts (the value tested first, a plain name, or a dotted read
      // such as `self._raw` in a property: the same attribute read twice, with no call between).
      if (
        (a?.type === "identifier" || (a?.type === "attribute" && /^[A-Za-z_][\w.]*$/.test(this.text(a)))) &&
        b &&
        cls === "redirect" &&
        cond?.type === "call" &&
        /(^|\.)(url_has_allowed_host_and_scheme|is_safe_url)$/.test(this.callee(cond)) &&
        (this.ownArgs(cond)[0] ?? this.kwarg(cond, "url")) &&
        this.text(this.ownArgs(cond)[0] ?? this.kwarg(cond, "url")!) === this.text(a)
      )
        return this.eval(b, cls, env, depth + 1);
      // The value is one of the two sides; what the condition tests does not flow into it.
      return Math.max(this.eval(a, cls, env, depth + 1), this.eval(b, cls, env, depth + 1)) as Level;
    }
    if (cls === "sql" && t === "binary_operator" && this.quotedIdentifier(node)) return Level.CONST;
    if (t === "binary_operator") {
      const picked = this.percentFormat(node, cls, env, depth);
      if (picked !== undefined) return picked;
      // `{p} & ALLOWED`: a set intersection holds only elements of the constant set (an allow-list), and
      // `ALLOWED - {p}` only elements of its left side.
      const op = node.children.find((c) => !c.named)?.type;
      if (op === "&" && namedChildren(node).some((o) => this.constantSet(o))) return Level.CONST;
      if (op === "-" && this.constantSet(namedChildren(node)[0])) return Level.CONST;
      // `"'" + s.replace("'", "'\"'\"'") + "'"` (or `'\\''`): one single-quoted shell word, each quote inside
      // closed, escaped and reopened (pipes.quote's and shlex.quote's own construction).
      if (cls === "command" && SHELL_QUOTED.test(this.text(node))) return Level.CONST;
    }
    if (t === "boolean_operator") {
      // `(False and x) or 'staff'`: a constant left side decides which operand is the value.
      const [l, r] = namedChildren(node);
      const op = node.children.find((c) => !c.named)?.type;
      const a = this.constValue(l);
      if (a !== undefined && (op === "and" || op === "or"))
        return truthy(a) === (op === "and") ? this.eval(r, cls, env, depth + 1) : Level.CONST;
      // `x and "ON"`: the value is the right operand, or x only when x is falsy ('', None, 0, an empty
      // container), which carries no text. `flag and "ON" or "OFF"` is therefore one of the two literals.
      if (op === "and" && r) return this.eval(r, cls, env, depth + 1);
    }
    // `Markup('<b>{}</b>').format(v)`: markupsafe escapes what it formats into a Markup string.
    if (t === "call" && cls === "html" && this.method(node) === "format") {
      const recv = field(field(node, "function") ?? node, "object");
      if (recv?.type === "call" && /(^|\.)Markup$/.test(this.callee(recv)))
        return this.eval(recv, cls, env, depth + 1);
    }
    if (COMPREHENSIONS.has(t)) {
      const level = this.comprehensionLevel(node, field(node, "body"), cls, env, depth);
      if (level !== undefined) return level;
    }
    // `execute(q := f"...")`: an assignment expression's value is what it binds.
    if (t === "named_expression") return this.eval(field(node, "value"), cls, env, depth + 1);
    if (TRANSPARENT.has(t)) {
      if (t === "for_in_clause") return this.eval(field(node, "right"), cls, env, depth + 1);
      // `f(bio=escape(bio))`: the keyword's name is no read of a variable that happens to share it.
      if (t === "keyword_argument") return this.eval(field(node, "value"), cls, env, depth + 1);
      return this.maxOf(node.children, cls, env, depth);
    }
    if (t === "attribute") {
      const q = this.qname(node);
      const bound = this.boundFormData(node);
      if (bound) return this.eval(bound, cls, env, depth + 1);
      // `type(e).__name__`, `x.__class__.__qualname__`: the name a class statement (or a library) gave the type,
      // whatever the value holds. Not `type(name, bases, ns)`, which names a new type after its argument.
      if (/^__(qual)?name__$/.test(this.text(field(node, "attribute") ?? node))) {
        const o = field(node, "object");
        if (
          (o?.type === "call" && this.callee(o) === "type" && this.args(o).length === 1) ||
          (o?.type === "attribute" && this.text(field(o, "attribute") ?? o) === "__class__")
        )
          return Level.CONST;
      }
      // A model's schema metadata (Django / peewee `Model._meta`, SQLAlchemy `__tablename__` / `__table__`): the
      // table and column names the class statement declared, whichever instance it is read through.
      if (
        cls === "sql" &&
        /^(_meta|__tablename__|__table__)$/.test(this.text(field(node, "attribute") ?? node))
      )
        return Level.CONST;
      // A child process's id or exit status (`proc.pid`, `child.returncode`): an integer the OS assigned.
      if (
        /^(pid|returncode)$/.test(this.text(field(node, "attribute") ?? node)) &&
        /(^|[._])(proc(ess)?|child|popen|subproc\w*|worker|p)\d*$/i.test(
          this.text(field(node, "object") ?? node),
        )
      )
        return Level.CONST;
      // The peer's address comes from the socket (or a proxy header, which cannot hold a line break): it cannot
      // forge a log line or a header.
      if ((cls === "log" || cls === "header") && /\.(remote_addr|remote_ip)$/.test(q)) return Level.CONST;
      // The signed-in account's primary key: a number the server assigned, in a path, a query or a line.
      if (cls !== "trust" && /^(self\.)?req(uest)?\.user\.(pk|id)$/.test(q)) return Level.UNKNOWN;
      // The signed-in account's name, address or key (`request.user.username`, Django's validators allow no line
      // break in either): the server's own record of who is calling, not text of this request.
      if (cls === "log" && /^(self\.)?req(uest)?\.user\.(username|email|pk|id)$/.test(q))
        return Level.UNKNOWN;
      if ((cls === "log" || cls === "searchpath") && /^os\.environ$/.test(q)) return envLevel(cls);
      // The scheme, host name or port of urlsplit()/urlparse(): the parser strips every tab, CR and LF from the
      // URL first (Python 3.9.5+), so they cannot end a header or a log line. Not the path or query: those are
      // percent-decoded next (parse_qs, unquote) and %0d%0a comes back.
      if (
        (cls === "header" || cls === "log") &&
        /^(scheme|hostname|port)$/.test(this.text(field(node, "attribute") ?? node))
      ) {
        const o = field(node, "object");
        const made = o?.type === "identifier" ? this.reachingValues(o) : o ? [o] : undefined;
        if (
          made?.length &&
          made.every((v) => v.type === "call" && /^urllib\.parse\.(urlsplit|urlparse)$/.test(this.callee(v)))
        )
          return Level.CONST;
      }
      // Django's `request.session.session_key`: the key the server generated for its own session store.
      if (/^(self\.)?req(uest)?\.session\.session_key$/.test(q)) return Level.UNKNOWN;
      if (this.isSourceName(q)) {
        if (this.tornadoLineFree(q, cls)) return Level.UNKNOWN;
        // `if self.request.method not in ALLOWED: raise` guards the request's field as it would a local name.
        const fn = this.enclosingFunction(node);
        const scope = fn ? this.scopeOf(fn) : undefined;
        if (scope?.guards.length && this.guarded(scope, node, this.text(node), cls)) return Level.CONST;
        return Level.SOURCE;
      }
      // http.server: the request line's path and the request headers of a BaseHTTPRequestHandler.
      if (
        /^self\.(path|headers|requestline)$/.test(q) &&
        sourceHas(this.tree, /\b(Base|Simple|CGI)HTTPRequestHandler\b/) &&
        /HTTPRequestHandler/.test(
          this.text(field(ancestor(node, ["class_definition"]) ?? node, "superclasses") ?? node),
        )
      )
        return Level.SOURCE;
      // Django class-based views and DRF views: self.args / self.kwargs hold the URL pattern's captured groups,
      // the same values a function view receives as parameters.
      if (
        /^self\.(args|kwargs)$/.test(q) &&
        sourceHas(this.tree, /^\s*(from|import)\s+(django|rest_framework)\b/m) &&
        /\b\w*(View|ViewSet|Mixin)\b/.test(
          this.text(field(ancestor(node, ["class_definition"]) ?? node, "superclasses") ?? node),
        )
      )
        return Level.SOURCE;
      const obj = field(node, "object");
      // `Status(raw).value` / `Status.OPEN.value` / `st.name` (st = Status(raw)): a local Enum's member's value
      // or name is one of the class's constants (a lookup of anything else raises).
      if (/^(value|name)$/.test(this.text(field(node, "attribute") ?? node)) && obj && this.enumMember(obj))
        return Level.CONST;
      // PurePath(x).name: the last component only, like os.path.basename (shell metacharacters stay). Its .suffix
      // is '' or '.' and the non-dot characters after it: no separator, never '..' (but ';' or '$(' may stay).
      if (
        cls === "path" &&
        /^(name|stem|suffix)$/.test(this.text(field(node, "attribute") ?? node)) &&
        obj?.type === "call" &&
        /^pathlib\.(Pure)?(Posix|Windows)?Path$/.test(this.callee(obj))
      )
        return Level.CONST;
      if (cls === "path" && obj && this.isBaseName(node, obj)) return Level.CONST;
      if (obj?.type === "identifier" && (this.text(obj) === "self" || this.text(obj) === "cls")) {
        if (this.text(obj) !== "self") return this.classState(obj, node, cls, depth) ?? Level.UNKNOWN;
        const bound = env?.get(this.text(node));
        if (bound !== undefined) return bound;
        // `self.order` where the enclosing class defines `order` as a @property (and no other class defines it):
        // what the getter returns.
        const own = depth < 20 ? this.selfProperty(node) : undefined;
        // (The getter reads the same receiver: the fields bound for it stay bound.)
        if (own) return this.maxOf(this.returnValues(own), cls, env, depth);
        // `Download.filename = v` in a handler: a class-wide store the instance sees where no class before it on
        // the instance's MRO binds the name.
        const classWide = depth < 20 ? this.classStoreLevel(node, cls, depth) : undefined;
        if (classWide !== undefined && classWide >= Level.PARAM) return classWide;
        // What the visible writes store; else, for a method whose every call is known, what the receivers hold.
        const stored = this.selfField(obj, node, cls, depth);
        if (stored !== undefined) return stored;
        const method = env ? undefined : this.enclosingFunction(node);
        return (method && this.callSummary(method, cls, depth)?.get(this.text(node))) ?? Level.UNKNOWN;
      }
      const posted = this.wtformsData(node, cls);
      if (posted !== undefined) return posted;
      // `hook.url` with `hook = Webhook.objects.get(pk=...)` (a model of this file): what the file's views store
      // in that field, when some store is request data (a value saved by one request, read back by another or
      // by a background task).
      if (
        obj &&
        depth < 20 &&
        cls !== "literal" &&
        this.storedFieldLevel(obj, node, cls, depth) === Level.SOURCE
      )
        return Level.SOURCE;
      const getter = depth < 20 ? this.propertyGetter(node) : undefined;
      if (getter)
        return this.maxOf(
          this.returnValues(getter),
          cls,
          this.declaredFields(node, cls, env, depth) ?? this.receiverAttrs(node, cls, env, depth) ?? env,
          depth,
        );
      // `pager.limit` with `pager: Pager = Depends(Pager)`: FastAPI builds the instance from the request, each
      // `__init__` parameter a request value; the attribute is what `__init__` stores from them.
      const injected = obj?.type === "identifier" && depth < 20 ? this.classDependency(obj) : undefined;
      if (injected) {
        const l = this.injectedAttr(injected, this.text(field(node, "attribute") ?? node), cls, depth);
        if (l !== undefined) return l;
      }
      if (obj?.type === "identifier" && depth < 20) {
        // `configure(job, v)` / `reg.register(k, v)` / `Tool.use(v)` before this read: what they store there.
        const fx = this.attrEffects(obj, node, cls, env, depth);
        if (fx === Level.SOURCE) return fx;
        const rest = this.objectAttr(obj, node, cls, env, depth);
        return fx === undefined ? rest : (Math.max(fx, rest) as Level);
      }
      const shared = obj && depth < 20 ? this.sharedSlot(obj, node, cls, depth) : undefined;
      if (shared !== undefined) return shared;
      // `Target(next).url` where the dataclass's __post_init__ resets a url off its allow-list.
      const made = obj?.type === "call" ? field(obj, "function") : undefined;
      const klass = made?.type === "identifier" ? this.classes.get(this.text(made)) : undefined;
      if (klass && this.postInitAllowListed(klass, this.text(field(node, "attribute") ?? node)))
        return Level.CONST;
      // `Job(v).command`: the attribute as the constructor (and a dataclass's __post_init__) set it.
      const attrs = klass && depth < 20 ? this.receiverAttrsOf(obj, cls, env, depth) : undefined;
      const set = attrs?.get(`self.${this.text(field(node, "attribute") ?? node)}`);
      if (set !== undefined) return set;
      return this.eval(obj, cls, env, depth + 1);
    }
    if (t === "subscript") {
      const value = field(node, "value");
      // `Counter(words)[k]` (or a name bound once to one, never written into): a count, not a counted value.
      if (field(node, "subscript")?.type !== "slice" && this.isCounter(value)) return Level.CONST;
      // `except ValueError as e: e.args[1]`: one argument of the exceptions the try body raises.
      if (
        value?.type === "attribute" &&
        cls !== "literal" &&
        this.text(field(value, "attribute") ?? value) === "args"
      ) {
        const obj = field(value, "object");
        const at = this.constValue(field(node, "subscript"));
        const caught = obj?.type === "identifier" ? this.reachingValues(obj) : undefined;
        if (
          typeof at === "number" &&
          at >= 0 &&
          caught?.length &&
          caught.every((c) => c.type === "except_clause")
        )
          return caught.reduce<Level>(
            (m, c) => Math.max(m, this.caughtLevel(c, cls, env, depth + 1, at)) as Level,
            Level.CONST,
          );
      }
      // `p[k]` on an instance of a local class with `__getitem__`: what that method returns for this key.
      const getitem = value && depth < 20 ? this.instanceMethod(value, "__getitem__") : undefined;
      const gbody = getitem ? field(getitem, "body") : undefined;
      if (getitem && gbody) {
        const keyed =
          this.keyedInitEntry(value, getitem, field(node, "subscript"), cls, env, depth) ??
          this.keyedStoreGet(value, field(node, "subscript"), getitem, cls, env, depth);
        if (keyed !== undefined) return keyed;
        const bound = new Map(this.receiverAttrsOf(value, cls, env, depth + 1) ?? []);
        const key = this.paramNames(getitem)[0];
        if (key) bound.set(key, this.eval(field(node, "subscript"), cls, env, depth + 1));
        return this.summariseBody(gbody, cls, bound, depth + 1);
      }
      // `vars(ns)['group']` / `asdict(ns)['group']` / `ns.__dict__['group']` with a constant key reads `ns.group`.
      const dictOf =
        value?.type === "call" &&
        /^(vars|dataclasses\.asdict)$/.test(this.callee(value)) &&
        this.args(value).length === 1
          ? this.args(value)[0]
          : value?.type === "attribute" && this.text(field(value, "attribute") ?? value) === "__dict__"
            ? field(value, "object")
            : undefined;
      const dictKey = dictOf?.type === "identifier" ? this.constKey(field(node, "subscript")) : undefined;
      if (dictOf && dictKey !== undefined && depth < 20) {
        const held = this.attrByName(dictOf, node, dictKey, cls, env, depth);
        if (held !== undefined) return held;
      }
      if (value && (cls === "log" || cls === "searchpath") && this.qname(value) === "os.environ")
        return envLevel(cls);
      if (
        value &&
        (cls === "path" || cls === "url" || cls === "header") &&
        this.qname(value) === "os.environ" &&
        this.operatorEnvKey(field(node, "subscript"))
      )
        return Level.PARAM;
      const kept = depth < 20 ? this.sessionSlot(value, field(node, "subscript"), cls, depth) : undefined;
      if (kept !== undefined) return kept;
      // sys.argv[0] is the running script's own path (a reloader, a re-exec), not an argument the user chose.
      if (value && this.qname(value) === "sys.argv" && this.constValue(field(node, "subscript")) === 0)
        return Level.CONST;
      if (value && this.isSourceName(this.qname(value))) {
        if (this.tornadoLineFree(this.qname(value), cls)) return Level.UNKNOWN;
        return cls !== "literal" && this.keyGuarded(node) ? Level.CONST : Level.SOURCE;
      }
      // A slice of a list literal holds only the elements it selects; `l[a:b][k]` one of them.
      const sub = field(node, "subscript");
      if (sub && this.withinKnownPrefix(value, sub)) return Level.CONST;
      // `x.split('/')[-1]`, `x.rsplit('/', 1)[-1]`, `x.rpartition('/')[2]`, `os.path.split(x)[1]`: the last
      // component, a base name.
      if (cls === "path" && sub && value?.type === "call" && this.lastComponent(value, sub))
        return Level.CONST;
      // `list(gen())[1]` (or `items = list(gen())` then `items[1]`): the second value a local straight-line
      // generator yields.
      const k = sub && depth < 20 ? this.constValue(sub) : undefined;
      if (value && typeof k === "number" && Number.isInteger(k)) {
        const item = this.generatedItem(value, k, cls, env, depth);
        if (item !== undefined) return item;
      }
      const view = sub?.type === "slice" ? this.sliceView(node) : undefined;
      if (view) return this.maxOf(view, cls, env, depth);
      // `s[:0]`, `s[3:3]`: non-negative constant bounds with the stop at or before the start select nothing.
      const bounds = sub?.type === "slice" ? this.sliceBounds(sub) : undefined;
      if (
        bounds &&
        bounds[2] === undefined &&
        bounds[1] !== undefined &&
        bounds[1] >= 0 &&
        bounds[1] <= (bounds[0] ?? 0) &&
        (bounds[0] ?? 0) >= 0
      )
        return Level.CONST;
      // `['', 'home', v][:2]`, `['ls', v][0]`, `list(reversed(['ls', v]))[1]`: a literal written in place
      // holds the items a constant slice or position selects.
      const inPlace = value && value.type !== "identifier" ? this.seqItems(value) : undefined;
      if (inPlace && sub && !inPlace.some((c) => /splat/.test(c.type))) {
        if (sub.type === "slice") {
          const b = this.sliceBounds(sub);
          const picked = b ? sliceIndices(inPlace.length, ...b) : undefined;
          if (picked)
            return this.maxOf(
              picked.map((i) => inPlace[i]!),
              cls,
              env,
              depth,
            );
        } else {
          const k = this.constValue(sub);
          if (typeof k === "number" && Number.isInteger(k)) {
            const item = inPlace[k < 0 ? k + inPlace.length : k];
            return item ? this.eval(item, cls, env, depth + 1) : Level.CONST;
          }
        }
      }
      // `[x for j, x in enumerate(items) if j == 0][0]`: the element the filter keeps at that position.
      if (value?.type === "list_comprehension" && sub && sub.type !== "slice") {
        const k = this.constValue(sub);
        const picked =
          typeof k === "number" && Number.isInteger(k)
            ? this.comprehensionElement(value, k, cls, env, depth)
            : undefined;
        if (picked !== undefined) return picked;
      }
      // `list(map(lambda s: s.upper(), ['x', v]))[0]` written in place: that item of the literal, mapped.
      if (value?.type === "call" && sub && sub.type !== "slice") {
        const k = this.constValue(sub);
        const mapped =
          typeof k === "number" && Number.isInteger(k)
            ? this.mappedItemLevel(value, String(k), cls, env, depth)
            : undefined;
        if (mapped !== undefined) return mapped;
      }
      // `{**data, 'c': 'ls'}['c']`: a dict literal written in place, read at a constant key.
      if (value?.type === "dictionary" && sub && sub.type !== "slice") {
        const k = this.constKey(sub);
        const at = k !== undefined ? this.dictEntryLevel(value, k, undefined, cls, env, depth) : undefined;
        if (at !== undefined) return at;
      }
      if (value?.type === "subscript" && field(value, "subscript")?.type === "slice") {
        const inner = this.sliceView(value);
        const k = this.constValue(sub);
        if (inner && typeof k === "number" && Number.isInteger(k)) {
          const item = inner[k < 0 ? k + inner.length : k];
          return item ? this.eval(item, cls, env, depth + 1) : Level.CONST;
        }
      }
      if (value?.type === "identifier") {
        const key = this.constKey(field(node, "subscript"));
        const extra = key !== undefined ? this.starElement(value, key, cls, env, depth) : undefined;
        if (extra !== undefined) return extra;
        const chained = key !== undefined ? this.chainLookup(value, key, cls, env, depth) : undefined;
        if (chained !== undefined) return chained;
        if (key !== undefined) return this.elementLevel(value, key, cls, env, depth + 1);
      }
      // json.loads(json.dumps({...}))['k']: the literal's entry at 'k' (absent: a KeyError, no value); of a list
      // or tuple literal, the item at a constant position.
      const dumped = this.jsonRoundTrip(value);
      if (dumped?.type === "dictionary" || dumped?.type === "list" || dumped?.type === "tuple") {
        const key = sub && sub.type !== "slice" ? this.constKey(sub) : undefined;
        const entry = key !== undefined ? this.literalEntry(dumped, key) : dumped;
        if (
          entry !== dumped &&
          (dumped.type !== "dictionary" || namedChildren(dumped).every((c) => c.type === "pair"))
        )
          return entry ? this.eval(entry, cls, env, depth + 1) : Level.CONST;
      }
      // json.loads(json.dumps(asdict(q)))['owner'] (or vars(q)): the field q holds.
      const record = this.dumpedRecord(dumped);
      const recordKey = record?.type === "identifier" && depth < 20 ? this.constKey(sub) : undefined;
      if (recordKey !== undefined) {
        const held = this.attrByName(record!, node, recordKey, cls, env, depth);
        if (held !== undefined) return held;
      }
      // `self.parts[0]` where the class builds `self.parts = ['uptime', host]` and only ever appends: a
      // constant at that position stays the constant.
      if (value?.type === "attribute" && sub && sub.type !== "slice" && this.attrItemConst(value, sub))
        return Level.CONST;
      const root = value?.type === "subscript" ? field(value, "value") : undefined;
      if (root?.type === "identifier" && field(value!, "subscript")?.type !== "slice") {
        const a = this.constKey(field(value!, "subscript"));
        const b = this.constKey(sub);
        if (a !== undefined && b !== undefined)
          return this.elementLevel(root, `${a}\0${b}`, cls, env, depth + 1);
      }
      return this.eval(value, cls, env, depth + 1);
    }
    if (t === "call") return this.evalCall(node, cls, env, depth);
    return Level.UNKNOWN;
  }

  /**
   * A comprehension's elements as `body` (its element, or a dict comprehension's key) makes them: the loop
   * variables stand for the iterables' items, an allow-list filter makes its variable a constant.
   */
  /** `obj.attr` for a local name: a named tuple's field, an instance's attribute, a stored one, or the object. */
  private objectAttr(
    obj: SyntaxNode,
    node: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level {
    // `chosen = q` then `chosen.cn`: the same object as q, so what q's attribute holds here (a write through q
    // before this read included), unless the alias itself was written.
    const alias = depth < 20 ? this.plainAlias(obj) : undefined;
    if (alias && !this.storedAttr(obj, node)) return this.objectAttr(alias, node, cls, env, depth + 1);
    const set = this.setattrStore(obj, node, this.text(field(node, "attribute") ?? node));
    if (set !== undefined) return set ? this.eval(set, cls, env, depth + 1) : Level.UNKNOWN;
    const updated = this.dictUpdated(obj, this.text(field(node, "attribute") ?? node));
    if (updated) return this.eval(updated, cls, env, depth + 1);
    const field_ = this.namedTupleField(obj, this.text(field(node, "attribute") ?? node));
    if (field_ !== undefined) return field_ ? this.eval(field_, cls, env, depth + 1) : Level.CONST;
    const kw = this.namespaceField(obj, this.text(field(node, "attribute") ?? node));
    if (kw !== undefined) return kw ? this.eval(kw, cls, env, depth + 1) : Level.CONST;
    if (this.numericField(obj, this.text(field(node, "attribute") ?? node), cls)) return Level.CONST;
    const held = this.instanceAttr(obj, node, cls, env, depth);
    if (held !== undefined) return held;
    // `if urlparse(body.url).hostname not in ALLOWED: raise` guards the field as a name would be guarded.
    const r = this.reachingAt(obj);
    if (r && r.scope.guards.length && this.guarded(r.scope, node, this.text(node), cls)) return Level.CONST;
    const stored = this.storedAttr(obj, node);
    if (stored) return this.eval(stored, cls, env, depth + 1);
    const shared = depth < 20 ? this.sharedSlot(obj, node, cls, depth) : undefined;
    if (shared !== undefined) return shared;
    return this.eval(obj, cls, env, depth + 1);
  }

  /**
   * `self.attr` in a method of local class K where the file assigns `C.attr = v` on a local class C on K's MRO:
   * the stored values' level, when some instance that may run the method (the classes deriving from K that the
   * file constructs; all of them when it constructs none) reaches C on its MRO before any class body binding
   * `attr`. Undefined when there is no such store or every such instance sees its own class's binding.
   */
  private classStoreLevel(node: SyntaxNode, cls: SinkClass, depth: number): Level | undefined {
    const attr = this.text(field(node, "attribute") ?? node);
    const stores = this.attrAssignments(attr).filter((w) => {
      const o = field(field(w, "left")!, "object");
      return o?.type === "identifier" && this.classes.has(this.text(o));
    });
    if (!stores.length) return undefined;
    const method = this.enclosingFunction(node);
    const owner = method?.parent?.type === "decorated_definition" ? method.parent.parent : method?.parent;
    const klass = owner?.parent?.type === "class_definition" ? owner.parent : undefined;
    if (!klass) return undefined;
    const key = `${klass.order}:${attr}:${cls}`;
    if (this.classStores.has(key) && !this.constEnv.size) return this.classStores.get(key);
    this.classStores.set(key, undefined); // (a store's value reading the attribute again: nothing more)
    const { instances } = this.instancesOf(klass);
    let m: Level | undefined;
    for (const w of stores) {
      const target = this.classes.get(this.text(field(field(w, "left")!, "object")!))!;
      const seen = instances.some((c) => {
        for (const k of this.mro(c) ?? []) {
          if (k === target) return true;
          if (typeof k === "string" || this.classBodyBindings(k, attr).length) return false;
        }
        return false;
      });
      if (seen)
        m = Math.max(m ?? Level.CONST, this.eval(field(w, "right"), cls, undefined, depth + 1)) as Level;
    }
    if (this.constEnv.size) this.classStores.delete(key);
    else this.classStores.set(key, m);
    return m;
  }

  /** The name a local name is bound to as a plain alias (`chosen = q`, its one reaching binding), not self. */
  private plainAlias(obj: SyntaxNode): SyntaxNode | undefined {
    if (obj.type !== "identifier") return undefined;
    const r = this.reachingAt(obj);
    const v =
      r?.binds.length === 1 && !r.elems.length && r.binds[0]!.kind === "assign"
        ? r.binds[0]!.value
        : undefined;
    return v?.type === "identifier" && !/^(self|cls)$/.test(this.text(v)) && this.text(v) !== this.text(obj)
      ? v
      : undefined;
  }

  /**
   * An attribute read by name (`getattr(o, 'f')`, `vars(o)['f']`, `o.__dict__['f']`) of a local name: what the
   * same read written `o.f` finds (a setattr, a named tuple's or namespace's field, what the local class's
   * `__init__` or body assigns, a store earlier in the function). Undefined when none of these applies.
   */
  private attrByName(
    obj: SyntaxNode,
    at: SyntaxNode,
    attr: string,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const set = this.setattrStore(obj, at, attr);
    if (set !== undefined) return set ? this.eval(set, cls, env, depth + 1) : undefined;
    const nt = this.namedTupleField(obj, attr);
    if (nt !== undefined) return nt ? this.eval(nt, cls, env, depth + 1) : Level.CONST;
    const kw = this.namespaceField(obj, attr);
    if (kw !== undefined) return kw ? this.eval(kw, cls, env, depth + 1) : Level.CONST;
    const stored = this.storedAttr(obj, at, attr);
    if (stored) return this.eval(stored, cls, env, depth + 1);
    const updated = this.dictUpdated(obj, attr);
    if (updated) return this.eval(updated, cls, env, depth + 1);
    return this.instanceAttr(obj, at, cls, env, depth, attr);
  }

  /** `obj.__dict__.update(attr=X)` the last store of `obj.attr` that surely runs before the read: X. */
  private dictUpdated(obj: SyntaxNode, attr: string): SyntaxNode | undefined {
    if (obj.type !== "identifier" || !sourceHas(this.tree, /__dict__\.update/)) return undefined;
    const v = this.storedAttrValue(obj, attr);
    return v?.parent?.type === "keyword_argument" ? v : undefined;
  }

  /**
   * `setattr(q, 'uid', v)` in the function, before `at`, on the same local name: the last such value for `attr`
   * (the class attribute or `__init__`'s assignment no longer holds); null when a setattr with a computed name
   * may have written it; undefined when nothing did.
   */
  private setattrStore(obj: SyntaxNode, at: SyntaxNode, attr: string): SyntaxNode | null | undefined {
    if (obj.type !== "identifier" || !sourceHas(this.tree, /\bsetattr\(/)) return undefined;
    const fn = this.enclosingFunction(at);
    if (!fn) return undefined;
    const calls = this.setattrCallsIn(fn).get(this.text(obj)) ?? [];
    // The last call before `at` that writes `attr`, or a name not known, decides.
    for (let i = calls.length - 1; i >= 0; i--) {
      const c = calls[i]!;
      if (c.start > at.start) continue;
      const [, k, v] = this.args(c);
      const key = this.constValue(k);
      if (typeof key !== "string") return null;
      if (key === attr) return v ?? null;
    }
    return undefined;
  }

  /**
   * A function's own `setattr(name, ...)` calls (not a nested function's) by receiver name, in source order. Once
   * per function: a scan of the body per attribute read was quadratic in a long function (800 setattr calls and
   * 800 reads: 3.3 s).
   */
  private setattrCallsIn(fn: SyntaxNode): Map<string, SyntaxNode[]> {
    let byName = this.setattrCalls.get(fn);
    if (byName) return byName;
    byName = new Map();
    for (const c of descendants(fn)) {
      if (c.type !== "call" || this.callee(c) !== "setattr") continue;
      const o = this.args(c)[0];
      if (o?.type !== "identifier" || this.enclosingFunction(c) !== fn) continue;
      const list = byName.get(this.text(o));
      if (list) list.push(c);
      else byName.set(this.text(o), [c]);
    }
    this.setattrCalls.set(fn, byName);
    return byName;
  }

  /**
   * The request-scoped namespaces one handler writes and another reads: `g.tenant` (flask/quart `g`) set in a
   * `before_request` hook, `request.state.user` set by a Starlette middleware. A read of such an attribute holds
   * what the module's writes to it store (the most controlled of them); undefined when nothing here writes it.
   */
  private sharedSlot(obj: SyntaxNode, node: SyntaxNode, cls: SinkClass, depth: number): Level | undefined {
    const kind = this.slotKind(obj);
    if (!kind) return undefined;
    const attr = this.text(field(node, "attribute") ?? node);
    const values: SyntaxNode[] = [];
    for (const n of this.attrAssignments(attr)) {
      const left = field(n, "left");
      const o = left ? field(left, "object") : undefined;
      if (!o || this.slotKind(o) !== kind) continue;
      // `g.count += 1` keeps what was there; only a plain write stores a new value.
      if (n.type !== "assignment") continue;
      const right = field(n, "right");
      if (right) values.push(right);
    }
    return values.length ? this.maxOf(values, cls, undefined, depth) : undefined;
  }

  /**
   * `session['nick']` / `session.get('nick')` on flask's (quart's) session, where a handler in this module writes
   * `session['nick'] = v`: the signed cookie holds what the writes store, the most controlled of them. Undefined
   * for another object, a key that is no constant, or a key nothing here writes.
   */
  private sessionSlot(
    obj: SyntaxNode | undefined,
    keyNode: SyntaxNode | undefined,
    cls: SinkClass,
    depth: number,
  ): Level | undefined {
    if (obj?.type !== "identifier" || !/^(flask|quart)\.session$/.test(this.qname(obj))) return undefined;
    const key = this.constValue(keyNode);
    if (typeof key !== "string") return undefined;
    const values: SyntaxNode[] = [];
    for (let i = 0, all = nodesOfType(this.tree, "assignment"); i < all.length; i++) {
      const n = all[i]!;
      const left = field(n, "left");
      const v = left?.type === "subscript" ? field(left, "value") : undefined;
      if (v?.type !== "identifier" || this.qname(v) !== this.qname(obj)) continue;
      if (this.constValue(field(left!, "subscript")) !== key) continue;
      const right = field(n, "right");
      if (right) values.push(right);
    }
    return values.length ? this.maxOf(values, cls, undefined, depth) : undefined;
  }

  /**
   * `current_org.get()` on a module-level `contextvars.ContextVar`: what its `.set(v)` calls anywhere in the module
   * store, or its default (the most controlled of them). Undefined for another receiver.
   */
  private contextVarLevel(
    recv: SyntaxNode | undefined,
    cls: SinkClass,
    depth: number,
    at?: SyntaxNode,
  ): Level | undefined {
    const seen = at ? this.contextVarValues(recv, at) : undefined;
    if (seen) return this.maxOf(seen, cls, undefined, depth);
    if (recv?.type !== "identifier") return undefined;
    const name = this.text(recv);
    const made = this.moduleValue(name);
    if (made?.type !== "call" || !/^(contextvars\.)?ContextVar$/.test(this.callee(made))) return undefined;
    const values: SyntaxNode[] = [];
    for (const a of namedChildren(field(made, "arguments") ?? made))
      if (a.type === "keyword_argument" && this.text(field(a, "name") ?? a) === "default")
        values.push(field(a, "value")!);
    for (const { call, set } of this.contextVarCalls(name)) {
      const v = set ? this.args(call)[0] : undefined;
      if (v) values.push(v);
    }
    return this.maxOf(values, cls, undefined, depth);
  }

  /**
   * `name.set(...)` / `name.reset(...)` calls in source order, with the function each is in. Once per name: a
   * scan per `get()` was quadratic in a module of many handlers sharing one ContextVar.
   */
  private contextVarCalls(name: string): ContextVarCall[] {
    let list = this.contextVarIndex.get(name);
    if (list) return list;
    list = [];
    for (const id of this.identifiers(name)) {
      const f = id.parent;
      const call =
        f?.type === "attribute" && field(f, "object") === id && f.parent?.type === "call"
          ? f.parent
          : undefined;
      const m = call ? this.method(call) : "";
      if (m === "set" || m === "reset")
        list.push({ call: call!, set: m === "set", fn: this.enclosingFunction(call!) });
    }
    this.contextVarIndex.set(name, list);
    return list;
  }

  /**
   * `var.get()` (at) on a module-level ContextVar after `var.set(v)` / `var.reset(token)` statements earlier in the
   * same function, none under a branch of its own: the value the last set still in force stores (a reset undoes
   * the latest set, as the token returned by it would). When every local set was reset: the default and what
   * sets in other functions store. Undefined when the function neither sets nor resets it (or does so in a
   * branch, a loop or a nested function).
   */
  private contextVarValues(recv: SyntaxNode | undefined, at: SyntaxNode): SyntaxNode[] | undefined {
    if (recv?.type !== "identifier") return undefined;
    const name = this.text(recv);
    const made = this.moduleValue(name);
    if (made?.type !== "call" || !/^(contextvars\.)?ContextVar$/.test(this.callee(made))) return undefined;
    const fn = this.enclosingFunction(at);
    if (!fn) return undefined;
    const stack: SyntaxNode[] = [];
    let local = false;
    const outside: SyntaxNode[] = [];
    for (const a of namedChildren(field(made, "arguments") ?? made))
      if (a.type === "keyword_argument" && this.text(field(a, "name") ?? a) === "default")
        outside.push(field(a, "value")!);
    for (const { call, set, fn: callFn } of this.contextVarCalls(name)) {
      if (callFn !== fn) {
        if (set && this.args(call)[0]) outside.push(this.args(call)[0]!);
        continue;
      }
      if (call.end > at.start) continue;
      const stmt = ancestor(call, ["expression_statement"]);
      if (!stmt || this.conditional(stmt, at)) return undefined;
      local = true;
      if (set) {
        const v = this.args(call)[0];
        if (!v) return undefined;
        stack.push(v);
      } else if (!stack.pop()) return undefined; // a token from elsewhere: unknown
    }
    if (!local) return undefined;
    return stack.length ? [stack[stack.length - 1]!] : outside;
  }

  /** The value of a module-level `name = ...` (plain or annotated) bound once there; undefined otherwise. */
  private moduleValue(name: string): SyntaxNode | undefined {
    const known = this.moduleValues.get(name);
    if (known !== undefined) return known ?? undefined;
    let found: SyntaxNode | undefined;
    let twice = false;
    for (const st of namedChildren(this.tree.root)) {
      const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      const left = a?.type === "assignment" ? field(a, "left") : undefined;
      if (left?.type !== "identifier" || this.text(left) !== name) continue;
      if (found) {
        twice = true;
        break;
      }
      found = field(a!, "right");
    }
    const v = twice ? undefined : found;
    this.moduleValues.set(name, v ?? null);
    return v;
  }

  /** "g" for flask's / quart's `g`, "state" for `<request>.state` (Starlette, FastAPI); else undefined. */
  private slotKind(obj: SyntaxNode): "g" | "state" | undefined {
    if (obj.type === "identifier") return /^(flask|quart)\.g$/.test(this.qname(obj)) ? "g" : undefined;
    if (obj.type !== "attribute" || this.text(field(obj, "attribute") ?? obj) !== "state") return undefined;
    const o = field(obj, "object");
    return o?.type === "identifier" && /^(request|req|conn|websocket)$/.test(this.text(o))
      ? "state"
      : undefined;
  }

  /**
   * WTForms / Flask-WTF: `form.data` (every field's submitted value) or `form.name.data` where `form = F()` is an
   * instance of a local class derived from `FlaskForm` / `Form`: the request's form data (SOURCE), except a field
   * declared with a converting or choice-checking type (CONST). Undefined when `node` is no such read.
   */
  private wtformsData(node: SyntaxNode, cls: SinkClass): Level | undefined {
    if (this.text(field(node, "attribute") ?? node) !== "data") return undefined;
    if (!sourceHas(this.tree, /\b(flask_wtf|wtforms)\b/)) return undefined;
    const obj = field(node, "object");
    const form = obj?.type === "attribute" ? field(obj, "object") : obj;
    if (form?.type !== "identifier") return undefined;
    const made = this.reachingValues(form);
    const f = made?.length === 1 && made[0]!.type === "call" ? field(made[0]!, "function") : undefined;
    const klass = f?.type === "identifier" ? this.classes.get(this.text(f)) : undefined;
    const supers = klass ? field(klass, "superclasses") : undefined;
    if (!klass || !supers || !/(^|[(.,\s])(FlaskForm|Form)\b/.test(this.text(supers))) return undefined;
    if (obj === form) return Level.SOURCE;
    const name = this.text(field(obj!, "attribute") ?? obj!);
    for (const st of namedChildren(field(klass, "body") ?? klass)) {
      const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      if (a?.type !== "assignment" || this.text(field(a, "left") ?? a) !== name) continue;
      const v = field(a, "right");
      if (v?.type !== "call") return Level.SOURCE;
      if (this.typedFieldCall(v)) return Level.CONST;
      // A validator's restriction holds only where the function tests the form (`if not form.validate(): abort()`).
      const fn = this.enclosingFunction(node);
      const tested = new RegExp(`\\b${this.text(form)}\\.(validate|validate_on_submit)\\(`);
      return fn && tested.test(this.text(fn)) && this.typedFieldCall(v, cls) ? Level.CONST : Level.SOURCE;
    }
    return Level.SOURCE;
  }

  /**
   * A form/serializer/schema field whose validated value is converted or one of its declared choices, or (for
   * `cls`) one its validators restrict: WTForms `Regexp(p)` / `AnyOf([...])`, marshmallow `validate.Regexp(p)` /
   * `validate.OneOf([...])`, with a strict pattern (Python's `$` also passes a trailing newline: not for a header
   * or log line).
   */
  private typedFieldCall(v: SyntaxNode, cls?: SinkClass): boolean {
    if (/\bvalidate_choice\s*=\s*False\b/.test(this.text(v))) return false;
    if (
      /(^|\.)fields\.(Int|Integer|Float|Decimal|Bool|Boolean|UUID|Date|DateTime|Time|AwareDateTime|NaiveDateTime)$/.test(
        this.callee(v),
      )
    )
      return true;
    if (cls !== undefined) {
      const checks = descendants(v).filter(
        (c) =>
          c.type === "call" &&
          /(^|\.)(Regexp|AnyOf|OneOf)$/.test(this.text(field(c, "function") ?? c)) &&
          /(^|\.)(wtforms|marshmallow)\b/.test(this.callee(c)),
      );
      for (const c of checks) {
        if (!/Regexp$/.test(this.text(field(c, "function") ?? c))) {
          if (this.literalItems(this.args(c)[0])?.every((i) => typeof this.constValue(i) === "string"))
            return true;
          continue;
        }
        const pat = this.stringValue(this.args(c)[0]);
        if (pat === undefined || this.args(c).length > 1 || this.kwarg(c, "flags")) continue;
        if ((cls === "header" || cls === "log") && !/\\[Zz]$/.test(pat)) continue;
        if (this.strictPattern(/^(\^|\\A)/.test(pat) ? pat : "^" + pat, cls)) return true;
      }
      if (this.djangoRegexField(v, cls)) return true;
    }
    // Django's and DRF's SlugField: letters, digits, '_' and '-' only (validate_slug, anchored with \Z).
    if (
      /(^|\.)(forms|serializers)\.SlugField$/.test(this.callee(v)) &&
      /^(command|sql|path|ldap|xpath|html|header|log)$/.test(cls ?? "")
    )
      return true;
    return /(^|\.)(Typed)?(ChoiceField|IntegerField|FloatField|DecimalField|BooleanField|NullBooleanField|UUIDField|DateField|DateTimeField|TimeField|SelectField|SelectMultipleField|RadioField|IntegerRangeField|DecimalRangeField)$/.test(
      this.callee(v),
    );
  }

  /**
   * Django's (and DRF's) regex checks on a field: `validators=[RegexValidator(p)]`, `RegexField(p)` /
   * `RegexField(regex=p)`. RegexValidator searches, so the pattern must carry its own anchors; `$` also passes a
   * trailing newline (not for a header or log line); no flags, no inverse_match.
   */
  private djangoRegexField(v: SyntaxNode, cls: SinkClass): boolean {
    const pats: SyntaxNode[] = [];
    if (/(^|\.)(forms|serializers|fields)\.RegexField$/.test(this.callee(v)) && !this.kwarg(v, "flags"))
      pats.push(...[this.args(v)[0] ?? this.kwarg(v, "regex")].filter((n): n is SyntaxNode => !!n));
    const list = this.kwarg(v, "validators");
    for (const c of list?.type === "list" ? namedChildren(list) : []) {
      if (c.type !== "call" || !/^django\.core\.validators\.RegexValidator$/.test(this.callee(c))) continue;
      if (this.args(c).length > 3 || this.kwarg(c, "inverse_match") || this.kwarg(c, "flags")) continue;
      const p = this.args(c)[0] ?? this.kwarg(c, "regex");
      if (p) pats.push(p);
    }
    return pats.some((n) => {
      const pat = this.stringValue(n);
      if (pat === undefined || ((cls === "header" || cls === "log") && !/\\[Zz]$/.test(pat))) return false;
      return this.strictPattern(pat, cls);
    });
  }

  /** A local class deriving from Django's Form or ModelForm (in a module that imports Django). */
  private djangoFormClass(klass: SyntaxNode): boolean {
    return (
      /(^|[(.,\s])(Form|ModelForm)\b/.test(this.text(field(klass, "superclasses") ?? klass)) &&
      sourceHas(this.tree, /^\s*(from|import)\s+django\b/m)
    );
  }

  /**
   * The data a bound form or serializer holds unchanged: a DRF serializer's `s.initial_data` (its `data=`
   * argument) or a Django form's `f.data` (its first or `data=` argument), where `s = LocalClass(...)`.
   */
  private boundFormData(node: SyntaxNode): SyntaxNode | undefined {
    const attr = this.text(field(node, "attribute") ?? node);
    const obj = field(node, "object");
    if ((attr !== "initial_data" && attr !== "data") || obj?.type !== "identifier") return undefined;
    const made = this.reachingValues(obj);
    const call = made?.length === 1 && made[0]!.type === "call" ? made[0]! : undefined;
    const f = call ? field(call, "function") : undefined;
    const klass = f?.type === "identifier" ? this.classes.get(this.text(f)) : undefined;
    if (!klass) return undefined;
    if (attr === "data")
      return this.djangoFormClass(klass) ? (this.kwarg(call!, "data") ?? this.args(call!)[0]) : undefined;
    return /Serializer\b/.test(this.text(field(klass, "superclasses") ?? klass))
      ? this.kwarg(call!, "data")
      : undefined;
  }

  /**
   * The local form class of a Django edit view's `form_valid(self, form)` parameter: the view declares
   * `form_class = SomeForm`, and the view hands the method that form bound to the request and validated.
   */
  private formViewForm(fn: SyntaxNode, param: string): SyntaxNode | undefined {
    if (fn.type !== "function_definition" || this.text(field(fn, "name") ?? fn) !== "form_valid")
      return undefined;
    if (this.paramNames(fn)[0] !== param) return undefined;
    const owner = fn.parent?.type === "decorated_definition" ? fn.parent : fn;
    const klass = owner.parent?.type === "block" ? owner.parent.parent : undefined;
    if (klass?.type !== "class_definition") return undefined;
    for (const st of namedChildren(field(klass, "body") ?? klass)) {
      const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      if (a?.type !== "assignment" || this.text(field(a, "left") ?? a) !== "form_class") continue;
      const v = field(a, "right");
      return v?.type === "identifier" ? this.classes.get(this.text(v)) : undefined;
    }
    return undefined;
  }

  /**
   * A Django form's `clean_<field>(self)` or a DRF serializer's `validate_<field>(self, value)` whose every
   * return, with the submitted value taken as request data, is safe for `cls`: the method raises for anything
   * else, and what it returns is what cleaned_data / validated_data holds.
   */
  private cleanMethodRestricts(klass: SyntaxNode, key: string, cls: SinkClass): boolean {
    for (const c of field(klass, "body")?.children ?? []) {
      const def = c.type === "decorated_definition" ? undefined : c;
      if (def?.type !== "function_definition") continue;
      const name = this.text(field(def, "name") ?? def);
      if (name !== `clean_${key}` && name !== `validate_${key}`) continue;
      // clean_<field> reads the value from self.cleaned_data; validate_<field> receives it (after self).
      const value = name.startsWith("clean_") ? "self" : this.paramNames(def)[0];
      const rets = this.returnValues(def);
      if (!value || !rets.length) return false;
      const env = new Map<string, Level>([[value, Level.SOURCE]]);
      return this.maxOf(rets, cls, env, 0) === Level.CONST;
    }
    return false;
  }

  /**
   * `p.validated_data['sort']` (DRF) or `f.cleaned_data.get('sort')` (Django forms) where `p = Params(data=...)` is
   * an instance of a local serializer/form class declaring `sort = serializers.ChoiceField(...)` (or an integer,
   * number, boolean, UUID or date field): validation passed only for one of the choices or a converted value.
   */
  private typedFormValue(node: SyntaxNode, cls: SinkClass): boolean {
    const read = this.formRead(node);
    if (!read) return false;
    let { base } = read;
    const { key } = read;
    // `d = s.validated_data` then `d['op']`: the same mapping under a local name bound once.
    if (base.type === "identifier") {
      const vals = this.reachingValues(base);
      // marshmallow: `d = UserSchema().load(request.form)` - what validation let through, by the schema's fields.
      const loaded = vals?.length === 1 && vals[0]!.type === "call" ? field(vals[0]!, "function") : undefined;
      const made = loaded?.type === "attribute" ? field(loaded, "object") : undefined;
      const sf = made?.type === "call" ? field(made, "function") : undefined;
      const schema = sf?.type === "identifier" ? this.classes.get(this.text(sf)) : undefined;
      const k = this.constValue(key);
      if (
        schema &&
        typeof k === "string" &&
        this.text(field(loaded!, "attribute") ?? loaded!) === "load" &&
        /\bSchema\b/.test(this.text(field(schema, "superclasses") ?? schema))
      )
        for (const st of namedChildren(field(schema, "body") ?? schema)) {
          const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
          if (a?.type !== "assignment" || this.text(field(a, "left") ?? a) !== k) continue;
          const v = field(a, "right");
          return v?.type === "call" && !this.kwarg(v, "data_key") && this.typedFieldCall(v, cls);
        }
      if (vals?.length === 1 && vals[0]!.type === "attribute") base = vals[0]!;
    }
    const form = this.validatedForm(base, key);
    if (!form) return false;
    if (this.cleanMethodRestricts(form.klass, form.key, cls)) return true;
    const v = this.formFieldCall(form.klass, form.key);
    return !!v && this.typedFieldCall(v, cls);
  }

  /** The mapping and key of a read `m['k']` or `m.get('k', ...)`. */
  private formRead(node: SyntaxNode): { base: SyntaxNode; key: SyntaxNode | undefined } | undefined {
    if (node.type === "subscript") {
      const base = field(node, "value");
      return base ? { base, key: field(node, "subscript") } : undefined;
    }
    const fn = node.type === "call" ? field(node, "function") : undefined;
    if (fn?.type !== "attribute" || this.text(field(fn, "attribute") ?? fn) !== "get") return undefined;
    const base = field(fn, "object");
    return base ? { base, key: this.args(node)[0] } : undefined;
  }

  /**
   * The local form or serializer class and field name of `p.validated_data` / `f.cleaned_data` (or a DRF
   * serializer's `data`) read at a constant key, `p` bound once to an instance (or a FormView's form_valid
   * parameter). Not a Django form's `data`: what was submitted, before any cleaning.
   */
  private validatedForm(
    base: SyntaxNode,
    key: SyntaxNode | undefined,
  ): { klass: SyntaxNode; key: string } | undefined {
    if (base.type !== "attribute") return undefined;
    const attr = this.text(field(base, "attribute") ?? base);
    if (!/^(validated_data|cleaned_data|data)$/.test(attr)) return undefined;
    const k = this.constValue(key);
    const obj = field(base, "object");
    if (typeof k !== "string" || obj?.type !== "identifier") return undefined;
    const r = this.reachingAt(obj);
    if (!r || r.binds.length !== 1 || r.elems.length) return undefined;
    const bind = r.binds[0]!;
    const made = bind.kind === "assign" ? bind.value : undefined;
    const f = made?.type === "call" ? field(made, "function") : undefined;
    const klass =
      bind.kind === "param"
        ? this.formViewForm(bind.stmt, this.text(obj))
        : f?.type === "identifier"
          ? this.classes.get(this.text(f))
          : undefined;
    if (!klass || (attr === "data" && this.djangoFormClass(klass))) return undefined;
    return { klass, key: k };
  }

  /** The call declaring field `key` in a form, serializer or schema class body (`key = forms.X(...)`). */
  private formFieldCall(klass: SyntaxNode, key: string): SyntaxNode | undefined {
    for (const st of namedChildren(field(klass, "body") ?? klass)) {
      const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      if (a?.type !== "assignment" || this.text(field(a, "left") ?? a) !== key) continue;
      const v = field(a, "right");
      return v?.type === "call" ? v : undefined;
    }
    return undefined;
  }

  /**
   * The values a validated ChoiceField read may hold (`f.cleaned_data['algo']` with `algo =
   * forms.ChoiceField(choices=[('sha1', 'SHA-1'), ...])`): the choices' stored values, when all are written out.
   */
  private formChoiceStrings(node: SyntaxNode): string[] | undefined {
    const read = this.formRead(node);
    const form = read ? this.validatedForm(read.base, read.key) : undefined;
    const v = form ? this.formFieldCall(form.klass, form.key) : undefined;
    if (!v || !/(^|\.)(ChoiceField|TypedChoiceField)$/.test(this.callee(v))) return undefined;
    if (form && this.cleanMethodRestricts(form.klass, form.key, "literal")) return undefined;
    const items = this.literalItems(this.kwarg(v, "choices") ?? this.args(v)[0]);
    if (!items?.length) return undefined;
    const out: string[] = [];
    for (const i of items) {
      const stored = i.type === "tuple" || i.type === "list" ? namedChildren(i)[0] : i;
      const s = this.constValue(stored);
      if (typeof s !== "string") return undefined;
      out.push(s);
    }
    return out;
  }

  /**
   * `q.page` where q is a parameter annotated with a local class (a pydantic model or dataclass a framework
   * validates and builds from the request) that declares `page: int` (float, bool, or a date/time, UUID or
   * Decimal type): the framework converted it, so it holds no text.
   */
  private numericField(obj: SyntaxNode, attr: string, cls?: SinkClass): boolean {
    const fn = this.enclosingFunction(obj);
    if (!fn) return false;
    const s = this.scopeOf(fn);
    const defs = s.defs.get(this.text(obj));
    if (defs?.length !== 1) return false;
    let klass: SyntaxNode | undefined;
    let validated = false;
    if (defs[0]!.kind === "assign") {
      // `q = Query.model_validate(body)` (parse_obj, model_validate_json, parse_raw): a local pydantic model
      // validated here, whose field validators ran too.
      const v = defs[0]!.value;
      const f = v?.type === "call" ? field(v, "function") : undefined;
      const k = f?.type === "attribute" ? field(f, "object") : undefined;
      if (
        k?.type !== "identifier" ||
        !/^(model_validate|model_validate_json|parse_obj|parse_raw)$/.test(
          this.text(field(f!, "attribute") ?? f!),
        )
      )
        return false;
      klass = this.classes.get(this.text(k));
      if (!klass || !/\bBaseModel\b/.test(this.text(field(klass, "superclasses") ?? klass))) return false;
      validated = true;
    } else {
      if (defs[0]!.kind !== "param") return false;
      const decl = namedChildren(field(fn, "parameters") ?? fn).find(
        (p) =>
          (p.type === "typed_parameter" || p.type === "typed_default_parameter") &&
          this.text(field(p, "name") ?? namedChildren(p).find((c) => c.type === "identifier") ?? p) ===
            this.text(obj),
      );
      const t = decl ? field(decl, "type") : undefined;
      klass = t ? this.classes.get(this.text(t)) : undefined;
      // A pydantic model annotating a parameter: the framework (FastAPI, Litestar) builds it by validation, its
      // field validators included.
      validated = !!klass && /\bBaseModel\b/.test(this.text(field(klass, "superclasses") ?? klass));
    }
    if (!klass) return false;
    if (validated && cls !== undefined && this.validatorRestricts(klass, attr, cls)) return true;
    for (const st of namedChildren(field(klass, "body") ?? klass)) {
      const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      if (a?.type !== "assignment" || field(a, "left")?.type !== "identifier") continue;
      if (this.text(field(a, "left")!) !== attr) continue;
      const ty = field(a, "type");
      if (
        ty &&
        cls !== undefined &&
        ADDRESS_TYPE.test(this.text(ty)) &&
        picksHost("ipaddress.IPv4Address", cls)
      )
        return false;
      // `branch: str = Field(pattern=r'^[a-z0-9-]+$')` / `constr(pattern=...)`: validation rejects other text.
      const dflt = field(a, "right");
      const constraint = [dflt, ty].find(
        (n) => n && /(^|[.\s,[])(Field|constr|StringConstraints)\(/.test(this.text(n)),
      );
      const pat = constraint ? /\b(?:pattern|regex)\s*=\s*r?(['"])(.*?)\1/.exec(this.text(constraint)) : null;
      if (pat && cls !== undefined && this.strictPattern(pat[2]!, cls)) return true;
      return (
        !!ty &&
        (/^(int|float|bool|Decimal|decimal\.Decimal|UUID|uuid\.UUID|(datetime\.)?(datetime|date|time))$/.test(
          this.text(ty),
        ) ||
          // pydantic's constrained and positive ints, optional or not (as for a route's parameters).
          CONVERTED_TYPE.test(this.text(ty).replace(/\s+/g, "")) ||
          this.closedType(ty))
      );
    }
    return false;
  }

  /**
   * A pydantic validator of the model's field (`@field_validator('sort')` / `@validator('sort')`) whose every
   * return, with the value parameter taken as request data, is safe for `cls`: `if v not in ALLOWED: raise
   * ValueError(...)` then `return v` (the value it returns is what the field holds).
   */
  private validatorRestricts(klass: SyntaxNode, attr: string, cls: SinkClass): boolean {
    for (const c of field(klass, "body")?.children ?? []) {
      if (c.type !== "decorated_definition") continue;
      const def = c.children.find((d) => d.type === "function_definition");
      const decos = c.children.filter((d) => d.type === "decorator").map((d) => this.text(d));
      const names = decos.flatMap((d) =>
        /^@(field_validator|validator)\(/.test(d) ? [...d.matchAll(/(['"])(\w+)\1/g)].map((m) => m[2]) : [],
      );
      if (!def || !names.includes(attr) || decos.some((d) => /mode\s*=\s*['"](wrap|plain)['"]/.test(d)))
        continue;
      const params = this.paramNames(def);
      const value = params[params[0] === "cls" || params[0] === "self" ? 1 : 0];
      const rets = this.returnValues(def);
      if (!value || !rets.length) continue;
      const env = new Map<string, Level>([[value, Level.SOURCE]]);
      if (this.maxOf(rets, cls, env, 0) === Level.CONST) return true;
    }
    return false;
  }

  /**
   * A validation pattern anchored at both ends whose every character comes from a bracketed class or is a
   * plain literal: no `.` wildcard, no negated class, no `\S` / `\W` / `\s`; for a path, no `/` or backslash.
   */
  private strictPattern(p: string, cls: SinkClass): boolean {
    if (!/^(\^|\\A)/.test(p) || !/(\$|\\Z|\\z)$/.test(p)) return false;
    if (/\[\^|\\[SWsDbB]/.test(p)) return false;
    const outside = p.replace(/\[(?:\\.|[^\]\\])*\]/g, "").replace(/\\./g, "");
    if (outside.includes(".")) return false;
    return !(cls === "path" && /\/|\\\\/.test(p));
  }

  /**
   * The values a function stores on its parameters' attributes, per parameter (or `self`/`cls`) and
   * attribute: `p.attr = v`, `p.attr += v`, `p.attr[k] = v`, `p.attr.append(v)` and the other container
   * writes (nested definitions excluded).
   */
  private attrWrites(fn: SyntaxNode): Map<string, Map<string, SyntaxNode[]>> {
    let out = this.attrWriteMemo.get(fn);
    if (out) return out;
    out = new Map();
    this.attrWriteMemo.set(fn, out);
    const put = (o: SyntaxNode | undefined, attr: SyntaxNode | undefined, v: SyntaxNode | undefined) => {
      if (o?.type !== "identifier" || !attr || !v) return;
      const recv = this.text(o);
      let byAttr = out!.get(recv);
      if (!byAttr) out!.set(recv, (byAttr = new Map()));
      const a = this.text(attr);
      const list = byAttr.get(a);
      if (list) list.push(v);
      else byAttr.set(a, [v]);
    };
    const stack = [...(field(fn, "body")?.children ?? [])];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda") continue;
      if (n.type === "assignment" || n.type === "augmented_assignment") {
        const left = field(n, "left");
        const tgt = left?.type === "subscript" ? field(left, "value") : left;
        if (tgt?.type === "attribute") put(field(tgt, "object"), field(tgt, "attribute"), field(n, "right"));
      } else if (n.type === "call") {
        const f = field(n, "function");
        const inner = f?.type === "attribute" ? field(f, "object") : undefined;
        const m = f?.type === "attribute" ? this.text(field(f, "attribute") ?? f) : "";
        if (inner?.type === "attribute" && CONTAINER_WRITES.has(m)) {
          const list = field(n, "arguments");
          const args = list?.type === "generator_expression" ? [list] : this.ownArgs(n);
          const kws = (list?.children ?? []).filter((c) => c.type === "keyword_argument");
          const vals =
            m === "insert" || m === "setdefault"
              ? args.slice(1)
              : [...args, ...kws.map((k) => field(k, "value")).filter((v) => !!v)];
          for (const v of vals) put(field(inner, "object"), field(inner, "attribute"), v ?? undefined);
        }
      }
      stack.push(...n.children);
    }
    return out;
  }

  /**
   * The calls made in a function that may store into a name's attributes, by that name (cached): local
   * functions given the name as an argument, methods called on it.
   */
  private localCalls(fn: SyntaxNode): Map<string, SyntaxNode[]> {
    let out = this.localCallMemo.get(fn);
    if (out) return out;
    const byName = new Map<string, SyntaxNode[]>();
    const put = (name: string, call: SyntaxNode) => {
      const list = byName.get(name);
      if (!list) byName.set(name, [call]);
      else if (list[list.length - 1] !== call) list.push(call);
    };
    for (const n of descendants(fn)) {
      if (n.type !== "call") continue;
      const f = field(n, "function");
      if (f?.type === "identifier" && this.functions.has(this.text(f))) {
        for (const c of field(n, "arguments")?.children ?? []) {
          const a = c.type === "keyword_argument" ? field(c, "value") : c;
          if (a?.type === "identifier") put(this.text(a), n);
        }
      } else if (f?.type === "attribute" && field(f, "object")?.type === "identifier")
        put(this.text(field(f, "object")!), n);
    }
    out = byName;
    this.localCallMemo.set(fn, out);
    return out;
  }

  /**
   * `obj.attr` after calls in the same function that store into that attribute of obj: a local helper given
   * obj (`def configure(job, h): job.host = h`) or a method called on it (`reg.register(k, v)` with
   * `self.items[k] = v`, `Toolbox.use(v)` with `cls.tool = v`), each with that call's arguments bound.
   * Undefined when no such call comes before the read.
   */
  private attrEffects(
    obj: SyntaxNode,
    node: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const fn = this.enclosingFunction(node);
    if (!fn) return undefined;
    const name = this.text(obj);
    const attr = this.text(field(node, "attribute") ?? node);
    let m: Level | undefined;
    for (const c of this.localCalls(fn).get(name) ?? []) {
      if (c.start >= node.start) continue;
      const f = field(c, "function")!;
      let callee: SyntaxNode | undefined;
      let vals: SyntaxNode[] | undefined;
      if (f.type === "identifier") {
        callee = this.functions.get(this.text(f));
        if (!callee || callee === fn) continue;
        const params = this.paramNames(callee);
        const args = this.ownArgs(c);
        for (const [i, a] of args.entries()) {
          if (a.type === "list_splat" || a.type === "dictionary_splat") break;
          if (a.type === "identifier" && this.text(a) === name && params[i])
            vals = [...(vals ?? []), ...(this.attrWrites(callee).get(params[i]!)?.get(attr) ?? [])];
        }
        for (const k of field(c, "arguments")?.children ?? []) {
          const v = k.type === "keyword_argument" ? field(k, "value") : undefined;
          const kn = k.type === "keyword_argument" ? field(k, "name") : undefined;
          if (v?.type === "identifier" && kn && this.text(v) === name)
            vals = [...(vals ?? []), ...(this.attrWrites(callee).get(this.text(kn))?.get(attr) ?? [])];
        }
      } else if (this.text(field(f, "object") ?? f) === name) {
        callee = this.localMethod(f);
        const first = callee ? namedChildren(field(callee, "parameters") ?? callee)[0] : undefined;
        const deco = callee?.parent?.type === "decorated_definition" ? this.text(callee.parent) : "";
        if (!callee || first?.type !== "identifier" || /^@staticmethod\b/m.test(deco)) continue;
        vals = this.attrWrites(callee).get(this.text(first))?.get(attr);
      }
      if (!callee || !vals?.length) continue;
      const bound = this.bindArgs(callee, c, cls, env, depth);
      for (const v of vals) m = Math.max(m ?? Level.CONST, this.eval(v, cls, bound, depth + 2)) as Level;
      if (m === Level.SOURCE) return m;
    }
    return m;
  }

  /** Every `x.name(...)` call in the file, by method name (built once). */
  private methodCalls(name: string): SyntaxNode[] {
    if (!this.methodCallIndex) {
      this.methodCallIndex = new Map();
      for (let i = 0, all = nodesOfType(this.tree, "call"); i < all.length; i++) {
        const n = all[i]!;
        const f = field(n, "function");
        if (f?.type !== "attribute") continue;
        const k = this.text(field(f, "attribute") ?? f);
        const list = this.methodCallIndex.get(k);
        if (list) list.push(n);
        else this.methodCallIndex.set(k, [n]);
      }
    }
    return this.methodCallIndex.get(name) ?? [];
  }

  /**
   * `self.attr` read in a method of a local class (no local subclass), where nothing binds the receiver: what
   * every visible write stores there - the `__init__` assignments for each `Klass(...)` in the file, a setter's
   * for each `x.setter(...)` call, `obj.attr = v` from outside, the class body's value. Undefined (unknown) when
   * the class is never built here, a writing method is called through `self` or never, or a call splats.
   */
  private selfField(obj: SyntaxNode, node: SyntaxNode, cls: SinkClass, depth: number): Level | undefined {
    const method = this.enclosingFunction(node);
    const owner = method?.parent?.type === "decorated_definition" ? method.parent.parent : method?.parent;
    const klass = owner?.parent?.type === "class_definition" ? owner.parent : undefined;
    const kname = klass ? field(klass, "name") : undefined;
    if (!klass || !kname || depth >= 20) return undefined;
    const attr = this.text(field(node, "attribute") ?? node);
    const key = `${klass.order}:${attr}:${cls}`;
    if (this.selfFieldMemo.has(key)) return this.selfFieldMemo.get(key);
    this.selfFieldMemo.set(key, undefined);
    const done = (l: Level | undefined) => {
      if (this.constEnv.size) this.selfFieldMemo.delete(key);
      else this.selfFieldMemo.set(key, l);
      return l;
    };
    if (!this.baseClasses) {
      this.baseClasses = new Set();
      for (const k of this.classes.values()) {
        const b = this.localBase(k);
        if (b) this.baseClasses.add(b);
        // Every local class in a multiple-inheritance MRO (a mixin) is a base too.
        for (const m of this.mro(k) ?? []) if (m !== k && typeof m !== "string") this.baseClasses.add(m);
      }
    }
    if (this.baseClasses.has(klass)) return done(undefined);
    const kn = this.text(kname);
    let m = Level.CONST;
    let built = false;
    let wrote = false;
    let hooked = false;
    for (const c of field(klass, "body")?.children ?? []) {
      const def =
        c.type === "decorated_definition" ? c.children.find((d) => d.type === "function_definition") : c;
      if (def?.type !== "function_definition") continue;
      const first = namedChildren(field(def, "parameters") ?? def)[0];
      if (first?.type !== "identifier") continue;
      const mname = this.text(field(def, "name") ?? def);
      const init = mname === "__init__";
      if (init) built = this.callsTo(kn).length > 0;
      const vals = this.attrWrites(def).get(this.text(first))?.get(attr);
      if (!vals?.length) continue;
      wrote = true;
      const calls = init
        ? this.callsTo(kn)
        : this.methodCalls(mname).filter((n) => {
            const o = field(field(n, "function")!, "object");
            return !(o?.type === "identifier" && this.text(o) === "cls");
          });
      if (!calls.length && init) {
        // A class this file never constructs (a library's): an `__init__` storing constants there stores them
        // whoever constructs it; anything else stays the callers'.
        let l = Level.CONST;
        for (const v of vals) l = Math.max(l, this.eval(v, cls, undefined, depth + 2)) as Level;
        if (l !== Level.CONST) return done(undefined);
        hooked = true;
        continue;
      }
      if (!calls.length) {
        // A hook the framework runs on an instance it builds (tornado's prepare(), a view's setup()): no call in
        // the file, no parameter but self, so it stores what its body computes, before the handler reads it.
        if (
          init ||
          this.methodCalls(mname).length ||
          namedChildren(field(def, "parameters") ?? def).length > 1
        )
          return done(undefined);
        hooked = true;
        for (const v of vals) m = Math.max(m, this.eval(v, cls, undefined, depth + 2)) as Level;
        if (m === Level.SOURCE) return done(m);
        continue;
      }
      // A method taking nothing but self, called through self (`self.load()` from the handler): it stores what
      // its own body computes, whoever calls it, as a hook does.
      const selfOnly = !init && namedChildren(field(def, "parameters") ?? def).length === 1;
      if (
        selfOnly &&
        calls.every((call) => {
          const o = field(field(call, "function")!, "object");
          return o?.type === "identifier" && this.text(o) === this.text(first);
        })
      ) {
        hooked = true;
        for (const v of vals) m = Math.max(m, this.eval(v, cls, undefined, depth + 2)) as Level;
        if (m === Level.SOURCE) return done(m);
        continue;
      }
      for (const call of calls) {
        const o = init ? undefined : field(field(call, "function")!, "object");
        if (o && this.text(o) === this.text(first)) return done(undefined); // called through self
        if (this.ownArgs(call).some((a) => a.type === "list_splat" || a.type === "dictionary_splat"))
          return done(undefined);
        const bound = this.bindArgs(def, call, cls, undefined, depth);
        for (const v of vals) m = Math.max(m, this.eval(v, cls, bound, depth + 2)) as Level;
        if (m === Level.SOURCE) return done(m);
      }
    }
    if (!built && !hooked) return done(undefined);
    for (const n of this.attrAssignments(attr)) {
      const o = field(field(n, "left") ?? n, "object");
      if (o?.type === "identifier" && this.text(o) !== this.text(obj)) {
        wrote = true;
        m = Math.max(m, this.eval(field(n, "right"), cls, undefined, depth + 1)) as Level;
      }
    }
    for (const c of field(klass, "body")?.children ?? []) {
      const a = c.type === "expression_statement" ? namedChildren(c)[0] : undefined;
      if (a?.type === "assignment" && this.text(field(a, "left") ?? a) === attr) {
        wrote = true;
        m = Math.max(m, this.eval(field(a, "right"), cls, undefined, depth + 1)) as Level;
      }
    }
    // Set by nothing visible here (a framework base class's own attribute): unknown.
    return done(wrote ? m : undefined);
  }

  /**
   * `cls.attr` in a method of a local class that classmethods assign (`cls.tool = name`): the class body's
   * value and what every `Klass.method(...)` call in the file stores. Undefined when no classmethod stores it.
   */
  private classState(obj: SyntaxNode, node: SyntaxNode, cls: SinkClass, depth: number): Level | undefined {
    const klass = ancestor(node, ["class_definition"]);
    const kname = klass ? field(klass, "name") : undefined;
    if (!klass || !kname || depth >= 20) return undefined;
    const attr = this.text(field(node, "attribute") ?? node);
    const key = `${klass.order}:${attr}:${cls}`;
    if (this.classStateMemo.has(key)) return this.classStateMemo.get(key);
    this.classStateMemo.set(key, undefined);
    const kn = this.text(kname);
    let m: Level | undefined;
    for (const c of field(klass, "body")?.children ?? []) {
      const def =
        c.type === "decorated_definition" ? c.children.find((d) => d.type === "function_definition") : c;
      if (def?.type !== "function_definition") continue;
      const first = namedChildren(field(def, "parameters") ?? def)[0];
      if (first?.type !== "identifier" || this.text(first) !== this.text(obj)) continue;
      const vals = this.attrWrites(def).get(this.text(first))?.get(attr);
      if (!vals?.length) continue;
      const mname = this.text(field(def, "name") ?? def);
      for (const n of this.methodCalls(mname)) {
        const f = field(n, "function")!;
        if (this.text(field(f, "object") ?? f) !== kn) continue;
        const bound = this.bindArgs(def, n, cls, undefined, depth);
        for (const v of vals) m = Math.max(m ?? Level.CONST, this.eval(v, cls, bound, depth + 2)) as Level;
      }
    }
    // `Probe.tool = tool` from outside the class (a view configuring it before the call): what those assign, as
    // seen where they assign it (a raising check before the assignment holds for the stored value).
    for (const n of this.attrAssignments(attr)) {
      const o = field(field(n, "left") ?? n, "object");
      if (o?.type !== "identifier" || this.text(o) !== kn || (n.start >= klass.start && n.end <= klass.end))
        continue;
      m = Math.max(m ?? Level.CONST, this.eval(field(n, "right"), cls, undefined, depth + 1)) as Level;
    }
    if (m !== undefined) {
      for (const c of field(klass, "body")?.children ?? []) {
        const a = c.type === "expression_statement" ? namedChildren(c)[0] : undefined;
        if (a?.type === "assignment" && this.text(field(a, "left") ?? a) === attr)
          m = Math.max(m, this.eval(field(a, "right"), cls, undefined, depth + 1)) as Level;
      }
    }
    this.classStateMemo.set(key, m);
    return m;
  }

  private comprehensionLevel(
    node: SyntaxNode,
    body: SyntaxNode | undefined,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    // A body that never reads the loop variables (`'?' for _ in ids`, the placeholder list) holds only constants.
    if (body && !this.readsLoopVariable(node, body)) return this.eval(body, cls, env, depth + 1);
    // Otherwise each loop variable stands for any item of its iterable: `''.join(esc(g) for g in names)`
    // holds only what the body makes of them (a sanitiser in the body cleans every element).
    if (!body || depth >= 30) return undefined;
    const bound = new Map(env ?? []);
    const bindIter = (left: SyntaxNode | undefined, right: SyntaxNode | undefined) => {
      const targets = left ? namedChildren(left) : [];
      const parts = left && left.type !== "identifier" ? this.iterParts(targets, right, "iter") : undefined;
      if (parts) {
        targets.forEach((t, i) => (parts[i] ? bindIter(t, parts[i]) : bound.set(this.text(t), Level.CONST)));
        return;
      }
      const l = this.iteratedLevel(right, cls, bound, depth + 1);
      // `for w, n in counter.most_common()`: n is a count.
      if (targets.length === 2 && targets[1]!.type === "identifier" && this.counterPairs(right)) {
        for (const id of this.boundNames(targets[0])) bound.set(id, l);
        bound.set(this.text(targets[1]!), Level.CONST);
        return;
      }
      for (const id of this.boundNames(left)) bound.set(id, l);
    };
    for (const c of namedChildren(node))
      if (c.type === "for_in_clause") bindIter(field(c, "left"), field(c, "right"));
    // `[k for k in request.args if k in ALLOWED]`: past an allow-list filter the variable is a constant.
    // `[w for w in words if w.isalnum()]` (or isdigit, isidentifier...): no metacharacter survives the filter.
    for (const c of namedChildren(node)) {
      const conjuncts: SyntaxNode[] =
        c.type === "if_clause" && namedChildren(c)[0] ? [namedChildren(c)[0]!] : [];
      while (conjuncts.length) {
        const cond = conjuncts.pop()!;
        if (cond.type === "boolean_operator" && cond.children.some((k) => k.type === "and")) {
          conjuncts.push(...namedChildren(cond));
          continue;
        }
        if (cond.type === "parenthesized_expression") {
          conjuncts.push(...namedChildren(cond));
          continue;
        }
        const x =
          cond.type === "comparison_operator"
            ? namedChildren(cond)[0]
            : cond.type === "call" &&
                !this.args(cond).length &&
                cls !== "regex" &&
                /^(isalnum|isdigit|isdecimal|isnumeric|isidentifier|isalpha)$/.test(this.method(cond))
              ? field(field(cond, "function") ?? cond, "object")
              : undefined;
        if (
          x?.type === "identifier" &&
          bound.has(this.text(x)) &&
          (cond.type === "call" || this.allowListed(cond, x))
        )
          bound.set(this.text(x), Level.CONST);
      }
    }
    return this.eval(body, cls, bound, depth + 2);
  }

  /**
   * What iterating a value yields: a dict built here (a literal or a dict comprehension, through a name bound
   * once and never written, or its `.keys()`) yields its keys; anything else its own level.
   */
  private iteratedLevel(
    node: SyntaxNode | undefined,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level {
    let d = node;
    if (d?.type === "call" && this.method(d) === "keys" && !this.args(d).length)
      d = field(field(d, "function") ?? d, "object");
    if (d?.type === "identifier") {
      const r = this.reachingAt(d);
      d =
        r && r.binds.length === 1 && !r.elems.length && r.binds[0]!.kind === "assign"
          ? r.binds[0]!.value
          : undefined;
    }
    if (d?.type === "dictionary_comprehension") {
      const pair = field(d, "body");
      const keys =
        pair?.type === "pair" ? this.comprehensionLevel(d, field(pair, "key"), cls, env, depth) : undefined;
      if (keys !== undefined) return keys;
    } else if (
      d?.type === "dictionary" &&
      namedChildren(d).every((c) => c.type === "pair" || c.type === "comment")
    ) {
      let m = Level.CONST;
      for (const c of namedChildren(d))
        if (c.type === "pair") m = Math.max(m, this.eval(field(c, "key"), cls, env, depth + 1)) as Level;
      return m;
    }
    return this.eval(node, cls, env, depth);
  }

  /**
   * A name with no directory part whatever its input: `Path(x).name` (pathlib's last component) and Django's
   * `UploadedFile.name` (reduced to its base name when the upload is parsed), unlike Flask's `.filename`.
   */
  private isBaseName(node: SyntaxNode, obj: SyntaxNode): boolean {
    if (this.text(field(node, "attribute") ?? node) !== "name") return false;
    const base = this.resolve(obj) ?? obj;
    if (base.type === "call") return /^(pathlib\.)?(Pure(Posix|Windows)?)?Path$/.test(this.callee(base));
    return /\bFILES(\[|\.get\()/.test(this.text(base)) && sourceHas(this.tree, /\bdjango\b/);
  }

  /** The identifiers a for-clause's target binds (`k`, `k, v`, `(i, (a, b))`). */
  private boundNames(left: SyntaxNode | undefined): string[] {
    const out: string[] = [];
    const stack = left ? [left] : [];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.type === "identifier") out.push(this.text(n));
      else stack.push(...namedChildren(n));
    }
    return out;
  }

  /**
   * `ChainMap(a, b)[k]`: the first mapping that has `k` answers. A dict literal (bound once, never written
   * through) that holds `k` ends the search; mappings before it that we cannot see may hold it too. Undefined
   * when `name` is not bound once to a ChainMap of plain arguments.
   */
  private chainLookup(
    name: SyntaxNode,
    key: string,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const r = this.reachingAt(name);
    const made = r && r.binds.length === 1 && !r.elems.length ? r.binds[0]!.value : undefined;
    if (made?.type !== "call" || !/^(collections\.)?ChainMap$/.test(this.callee(made))) return undefined;
    const maps = namedChildren(field(made, "arguments") ?? made);
    if (maps.some((m) => m.type !== "identifier" && m.type !== "dictionary" && m.type !== "call"))
      return undefined;
    let level = Level.CONST;
    for (const m of maps) {
      let lit: SyntaxNode | undefined = m.type === "dictionary" ? m : undefined;
      if (m.type === "identifier") {
        const rm = this.reachingAt(m);
        const v = rm && rm.binds.length === 1 && !rm.elems.length ? rm.binds[0]!.value : undefined;
        if (v?.type === "dictionary") lit = v;
      }
      if (lit && namedChildren(lit).every((c) => c.type === "pair")) {
        const entry = this.literalEntry(lit, key);
        if (entry) return Math.max(level, this.eval(entry, cls, env, depth + 1)) as Level;
        continue;
      }
      level = Math.max(level, this.eval(m, cls, env, depth + 1)) as Level;
    }
    return level;
  }

  /** The pattern argument of `re.compile(p)` (one argument, no flags) that the receiver of `P.sub(...)` names. */
  private compiledPattern(call: SyntaxNode): SyntaxNode | undefined {
    const fn = field(call, "function");
    if (fn?.type !== "attribute" || this.text(field(fn, "attribute") ?? fn) !== "sub") return undefined;
    const recv = field(fn, "object");
    const made = recv?.type === "identifier" ? this.resolve(recv) : undefined;
    if (made?.type !== "call" || this.callee(made) !== "re.compile" || this.args(made).length !== 1)
      return undefined;
    return this.args(made)[0];
  }

  /**
   * The characters `re.sub(r'[^...]+', '', s)` can leave, when the pattern is one negated class of letters,
   * digits, '.', '_' and '-' (ranges included) and the replacement is empty; undefined for anything else.
   */
  private keptAlphabet(call: SyntaxNode): string | undefined {
    // `P.sub(repl, s)` with P = re.compile(pattern) (no flags): the same as re.sub(pattern, repl, s).
    const compiled = this.compiledPattern(call);
    const [pat, repl] = compiled ? [compiled, this.args(call)[0]] : this.args(call);
    const p = this.constValue(pat);
    const r = this.constValue(repl);
    if (typeof p !== "string" || typeof r !== "string" || this.args(call).length !== (compiled ? 2 : 3))
      return undefined;
    const m = /^\[\^((?:[A-Za-z0-9]-[A-Za-z0-9]|[A-Za-z0-9_.]|\\?-|\\[.])+)\][+*]?$/.exec(p);
    if (!m || this.kwarg(call, "flags")) return undefined;
    // What is left is drawn from the kept alphabet and the replacement's characters, so the replacement must be
    // letters, digits, '_', '-' or '.' as well (a slug's `re.sub(r'[^a-z0-9]+', '-', s)`).
    if (!/^[A-Za-z0-9_.-]*$/.test(r)) return undefined;
    return m[1]!.replace(/\\/g, "") + r;
  }

  /**
   * `asdict(opts)` with opts a local dataclass instance built here (`Opts(...)`, through `dataclasses.replace`
   * chains): each field's expression, the constructor's argument or replace()'s keyword or the class default.
   * Undefined when the class or any field's value is not known.
   */
  recordFields(obj: SyntaxNode): Map<string, SyntaxNode> | undefined {
    let base: SyntaxNode | undefined = obj;
    for (let i = 0; i < 5 && base; i++) {
      const made: SyntaxNode[] | undefined = base.type === "call" ? [base] : this.reachingValues(base);
      const call: SyntaxNode | undefined =
        made?.length === 1 && made[0]!.type === "call" ? made[0] : undefined;
      if (!call) return undefined;
      if (this.callee(call) !== "dataclasses.replace") {
        base = call;
        break;
      }
      base = this.args(call)[0];
    }
    const ctor = base?.type === "call" ? field(base, "function") : undefined;
    const klass = ctor?.type === "identifier" ? this.classes.get(this.text(ctor)) : undefined;
    const decorated = klass?.parent?.type === "decorated_definition" ? namedChildren(klass.parent) : [];
    if (
      !klass ||
      !decorated.some((d) => d.type === "decorator" && /^@\s*(dataclasses\.)?dataclass\b/.test(this.text(d)))
    )
      return undefined;
    const out = new Map<string, SyntaxNode>();
    for (const st of namedChildren(field(klass, "body") ?? klass)) {
      const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      if (a?.type !== "assignment" || !field(a, "type") || field(a, "left")?.type !== "identifier") continue;
      const name = this.text(field(a, "left")!);
      const v = this.namedTupleField(obj, name);
      if (v === undefined) return undefined;
      if (v) out.set(name, v);
    }
    return out;
  }

  /**
   * `Who = namedtuple('Who', 'uid ou')`, `w = Who(a, b)`, then `w.ou`: the argument given for that field (null
   * when none is, a default's place); undefined for any other shape.
   */
  private namedTupleField(obj: SyntaxNode, attr: string, hops = 0): SyntaxNode | null | undefined {
    const made = obj.type === "call" ? [obj] : this.reachingValues(obj);
    const call = made?.length === 1 && made[0]!.type === "call" ? made[0]! : undefined;
    // `t._replace(name=v)` / `dataclasses.replace(obj, name=v)`: the replaced field, else the original's.
    if (call && hops < 4) {
      const fn = field(call, "function");
      const base =
        this.method(call) === "_replace" && fn?.type === "attribute"
          ? field(fn, "object")
          : this.callee(call) === "dataclasses.replace"
            ? this.args(call)[0]
            : undefined;
      if (base) {
        if (namedChildren(field(call, "arguments") ?? call).some((a) => a.type === "dictionary_splat"))
          return undefined;
        return this.kwarg(call, attr) ?? this.namedTupleField(base, attr, hops + 1);
      }
    }
    // `types.SimpleNamespace(title='x', name=v)`: the keyword for the field, unless written afterwards.
    if (call && this.callee(call) === "types.SimpleNamespace") {
      const own = namedChildren(field(call, "arguments") ?? call);
      if (own.some((a) => a.type !== "keyword_argument" && a.type !== "comment")) return undefined;
      if (this.attrAssignments(attr).length || sourceHas(this.tree, /\bsetattr\(/)) return undefined;
      return this.kwarg(call, attr) ?? null;
    }
    const ctor = call ? field(call, "function") : undefined;
    if (ctor?.type !== "identifier") return undefined;
    const klass = this.classes.get(this.text(ctor));
    const decorators = klass?.parent?.type === "decorated_definition" ? namedChildren(klass.parent) : [];
    const bases = klass ? namedChildren(field(klass, "superclasses") ?? klass) : [];
    if (
      klass &&
      (decorators.some(
        (d) => d.type === "decorator" && /^@\s*(dataclasses\.)?dataclass\b/.test(this.text(d)),
      ) ||
        (field(klass, "superclasses") && bases.some((b) => /^(typing\.)?NamedTuple$/.test(this.qname(b)))))
    ) {
      // A dataclass (or a typing.NamedTuple class) built here: the argument for the field (by position in the annotated fields, or by
      // keyword), else the field's default in the class body.
      const fields: [string, SyntaxNode | undefined][] = [];
      for (const st of namedChildren(field(klass, "body") ?? klass)) {
        const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
        if (a?.type !== "assignment" || !field(a, "type") || field(a, "left")?.type !== "identifier")
          continue;
        fields.push([this.text(field(a, "left")!), field(a, "right")]);
      }
      const i = fields.findIndex(([n]) => n === attr);
      // A field written after construction (`card.body = v`, setattr) is not the constructor's.
      if (i < 0 || this.attrAssignments(attr).length || sourceHas(this.tree, /\bsetattr\(/)) return undefined;
      const own = namedChildren(field(call!, "arguments") ?? call!);
      if (own.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return undefined;
      const dflt = fields[i]![1];
      if (dflt?.type === "call") return undefined; // field(default_factory=...)
      return this.args(call!)[i] ?? this.kwarg(call!, attr) ?? dflt ?? null;
    }
    const def = this.reachingValues(ctor);
    const nt = def?.length === 1 && def[0]!.type === "call" ? def[0]! : undefined;
    if (!nt || !/^(collections\.)?namedtuple$/.test(this.callee(nt))) return undefined;
    const spec = this.args(nt)[1];
    const names =
      typeof this.constValue(spec) === "string"
        ? String(this.constValue(spec))
            .split(/[\s,]+/)
            .filter(Boolean)
        : spec && (spec.type === "list" || spec.type === "tuple")
          ? namedChildren(spec).map((c) => this.constValue(c))
          : undefined;
    if (!names || names.some((n) => typeof n !== "string")) return undefined;
    const i = names.indexOf(attr);
    if (i < 0) return undefined;
    const own = namedChildren(field(call!, "arguments") ?? call!);
    if (own.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return undefined;
    return this.args(call!)[i] ?? this.kwarg(call!, attr) ?? null;
  }

  /** Whether `call[sub]` is the last path component: a split on "/" read at -1, or os.path.split()[1]. */
  private lastComponent(call: SyntaxNode, sub: SyntaxNode): boolean {
    const k = this.constValue(sub);
    const q = this.callee(call);
    if (/^(os\.path|posixpath)\.split$/.test(q)) return k === 1 || k === -1;
    if (this.constValue(this.args(call)[0]) !== "/") return false;
    // `x.rpartition('/')[2]`: what follows the last separator (the whole text when there is none).
    if (this.method(call) === "rpartition") return k === 2 || k === -1;
    return k === -1 && /^r?split$/.test(this.method(call));
  }

  /** Whether a comprehension's body mentions one of the names its for-clauses bind. */
  private readsLoopVariable(comp: SyntaxNode, body: SyntaxNode): boolean {
    const bound = new Set<string>();
    for (const c of namedChildren(comp)) {
      if (c.type !== "for_in_clause") continue;
      const left = field(c, "left");
      const stack = left ? [left] : [];
      while (stack.length) {
        const n = stack.pop()!;
        if (n.type === "identifier") bound.add(this.text(n));
        else stack.push(...namedChildren(n));
      }
    }
    const stack = [body];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.type === "identifier" && bound.has(this.text(n))) return true;
      stack.push(...namedChildren(n));
    }
    return false;
  }

  /** A constant environment variable name that no CGI gateway fills from the request. */
  private operatorEnvKey(key: SyntaxNode | undefined): boolean {
    const k = key ? this.constValue(key) : undefined;
    return (
      typeof k === "string" &&
      !/^(HTTP_|CONTENT_|REMOTE_|QUERY_STRING$|PATH_INFO$|PATH_TRANSLATED$|REQUEST_|SCRIPT_NAME$|DOCUMENT_URI$)/.test(
        k,
      )
    );
  }

  /** A log line's value read off a Tornado handler's request line or headers (TORNADO_LINE_FREE): no line break. */
  private tornadoLineFree(q: string, cls: SinkClass): boolean {
    return cls === "log" && TORNADO_LINE_FREE.test(q) && sourceHas(this.tree, TORNADO);
  }

  private isSourceName(q: string): boolean {
    if (q === "request" || q === "flask.request") return false; // the object itself; its fields are data
    // A parameter named `request` / `req` that no web framework's import binds (a Django or Falcon view's, or a
    // library's own request record): only the fields a web request has are the client's data. oauthlib's
    // `request.client_key`, pip's `req.name` are the library's own bookkeeping.
    const own = /^(?:self\._?)?req(?:uest)?[.[]([A-Za-z_]\w*)?/.exec(q);
    if (own && own[1] !== undefined && !WEB_REQUEST_FIELD.test(own[1])) return false;
    // ... and none of its fields in a module that drives an outgoing urllib Request through that name (a cookie
    // policy's `request.host`, `request.get_full_url()`): what the program itself is about to send.
    if (own && sourceHas(this.tree, URLLIB_REQUEST)) return false;
    // ... or a Scrapy crawler's module, whose `request` (a middleware's, a pipeline's) is the crawl's own outgoing
    // Request; what comes back in `response` is the remote site's.
    if (own && sourceHas(this.tree, SCRAPY)) return false;
    // ... or a pytest fixture's `request.param` (the value the fixture is parametrized with: the test's own data).
    // An answer's imports are its author's choice: in answer mode request.param stays a web field.
    // (A fixture's parameter shadows an imported flask `request`, which has no `param` field of its own.)
    if (
      /^(?:flask\.)?request\.param\b/.test(q) &&
      sourceHas(this.tree, PYTEST_MODULE) &&
      !authorContextIgnored(this)
    )
      return false;
    // ... or an HTTP client's own outgoing request (an httpx event hook's `request: httpx.Request`) in a module
    // that imports no web framework.
    if (own && sourceHas(this.tree, CLIENT_REQUEST_PARAM) && !sourceHas(this.tree, WEB_FRAMEWORK_IMPORT))
      return false;
    // Chalice: `app.current_request` is the request the route is answering (query_params, json_body, raw_body,
    // uri_params, headers), in a module that imports chalice.
    const chalice = /^\w+\.current_request\.(\w+)/.exec(q);
    if (
      chalice &&
      (WEB_REQUEST_FIELD.test(chalice[1]!) || /^(raw_body|uri_params)$/.test(chalice[1]!)) &&
      sourceHas(this.tree, CHALICE)
    )
      return true;
    if (CHAT_INPUT.test(q) && sourceHas(this.tree, CHAT_BOT)) return true;
    if (WEBPY_SOURCE.test(q) && sourceHas(this.tree, WEBPY_IMPORT) && sourceHas(this.tree, WEBPY_APP))
      return true;
    const powertools = /^\w+\.current_event\.(\w+)/.exec(q);
    if (powertools && POWERTOOLS_FIELD.test(powertools[1]!) && sourceHas(this.tree, POWERTOOLS)) return true;
    return SOURCE_ATTR_PREFIX.some(
      (p) => q === p || q.startsWith(p.endsWith(".") ? p : p + ".") || q.startsWith(p + "["),
    );
  }

  /**
   * `Template('... $owner ...').substitute({'owner': a, 'other': b})` (or keywords): only the placeholders the
   * literal template names are filled in. Undefined when the template or the mapping is not literal.
   */
  private templateFields(
    call: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const fn = field(call, "function");
    const tpl = this.resolve(fn ? field(fn, "object") : undefined);
    if (tpl?.type !== "call" || !/^(string\.)?Template$/.test(this.callee(tpl))) return undefined;
    const text = this.stringValue(this.args(tpl)[0]);
    if (text === undefined) return undefined;
    const names = new Set([...text.matchAll(/\$(?:\{)?([_a-zA-Z]\w*)/g)].map((x) => x[1]!));
    const values: SyntaxNode[] = [];
    const args = this.args(call);
    if (args.length > 1) return undefined;
    if (args.length === 1) {
      const dict = this.resolve(args[0]);
      if (dict?.type !== "dictionary") return undefined;
      for (const pair of namedChildren(dict)) {
        const k = pair.type === "pair" ? this.constValue(field(pair, "key")) : undefined;
        if (typeof k !== "string") return undefined;
        if (names.has(k)) values.push(field(pair, "value")!);
      }
    }
    for (const a of namedChildren(field(call, "arguments") ?? call)) {
      if (a.type === "dictionary_splat") return undefined;
      if (a.type === "keyword_argument" && names.has(this.text(field(a, "name") ?? a)))
        values.push(field(a, "value")!);
    }
    return this.maxOf(values, cls, env, depth);
  }

  /**
   * The encoder call (matching `re`) a value comes from, through names bound once and text/bytes conversions
   * (`b = base64.b64encode(x.encode())` ... `b.decode()`); undefined otherwise.
   */
  /**
   * What an encoder matching `re` was given, for a value it made: the encoder call's own argument (see
   * encodedBy), or, through a local helper whose every return is the encoder applied to one of its parameters
   * (`def encode(t): return html.escape(t)`), the argument the call passes for that parameter.
   */
  private encodedInput(node: SyntaxNode | undefined, re: RegExp): SyntaxNode | undefined {
    const enc = this.encodedBy(node, re);
    // An encoding method (`raw.hex()`) encodes its receiver.
    const encFn = enc ? field(enc, "function") : undefined;
    if (enc) return this.args(enc)[0] ?? (encFn?.type === "attribute" ? field(encFn, "object") : undefined);
    const n = this.resolve(node);
    const own = n?.type === "call" ? this.localCallee(n) : undefined;
    const param = own ? this.soleWrappedParam(own, re) : undefined;
    return param ? this.returnedArg(own!, n!, param) : undefined;
  }

  /** A local function's one parameter (its use) that every return passes straight to a call matching `re`. */
  private soleWrappedParam(fn: SyntaxNode, re: RegExp): SyntaxNode | undefined {
    if (fn.type !== "function_definition") return undefined;
    let param: SyntaxNode | undefined;
    for (const r of this.returnValues(fn)) {
      const a = r.type === "call" && re.test(this.callee(r)) ? this.args(r)[0] : undefined;
      if (a?.type !== "identifier" || (param && this.text(a) !== this.text(param))) return undefined;
      param = a;
    }
    return param;
  }

  /** For a call of a local decoder wrapper (see INVERSES): the encoder's input its argument was made from. */
  private wrappedInverse(call: SyntaxNode): SyntaxNode | undefined {
    const own = this.localCallee(call);
    if (own?.type !== "function_definition") return undefined;
    const rets = this.returnValues(own);
    const dec = rets[0]?.type === "call" ? this.callee(rets[0]) : "";
    if (!Object.hasOwn(INVERSES, dec)) return undefined;
    const param = this.soleWrappedParam(own, new RegExp(`^${dec.replace(/\./g, "\\.")}$`));
    const arg = param ? this.returnedArg(own, call, param) : undefined;
    return arg ? this.encodedInput(arg, INVERSES[dec]!) : undefined;
  }

  private encodedBy(node: SyntaxNode | undefined, re: RegExp, hops = 0): SyntaxNode | undefined {
    let n = this.resolve(node);
    // `blobs[1]` of a literal list or dict bound once: the element there.
    if (n?.type === "subscript" && hops <= 6)
      n = this.resolve(this.elementNode(field(n, "value"), field(n, "subscript")));
    if (n?.type !== "call" || hops > 6) return undefined;
    if (re.test(this.callee(n))) return n;
    const f = field(n, "function");
    if (f?.type === "attribute" && /^(encode|decode)$/.test(this.method(n)))
      return this.encodedBy(field(f, "object"), re, hops + 1);
    if (/^(str|bytes)$/.test(this.callee(n)) && this.args(n).length === 1)
      return this.encodedBy(this.args(n)[0], re, hops + 1);
    return undefined;
  }

  /**
   * A class whose `__post_init__` ends what it does with `self.attr` by an allow-list reset at the top of its
   * body (`if self.url not in ALLOWED: self.url = '/'`, or a raise), the attribute written nowhere outside that
   * method: once constructed, the attribute is one of those constants.
   */
  private postInitAllowListed(klass: SyntaxNode, attr: string): boolean {
    const post = this.classMethod(klass, "__post_init__");
    const body = post ? field(post, "body") : undefined;
    if (!post || !body || this.writesByReflection()) return false;
    if (this.attrAssignments(attr).some((w) => w.start < post.start || w.end > post.end)) return false;
    const target = `self.${attr}`;
    const mentions = (n: SyntaxNode) =>
      n.type === "attribute"
        ? this.text(n) === target
        : descendants(n).some((d) => d.type === "attribute" && this.text(d) === target);
    const last = namedChildren(body).filter(mentions).pop();
    if (last?.type !== "if_statement" || namedChildren(last).some((c) => /^(elif|else)_clause$/.test(c.type)))
      return false;
    let cond = field(last, "condition");
    let negated = true;
    if (cond?.type === "not_operator") {
      cond = field(cond, "argument");
      negated = false;
    }
    cond = unparen(cond);
    const x = cond ? namedChildren(cond)[0] : undefined;
    if (cond?.type !== "comparison_operator" || !x || this.text(x) !== target) return false;
    if (!this.allowListed(cond, x, negated)) return false;
    // The branch ends by storing a constant there, or by leaving (raise / return).
    const stmts = namedChildren(field(last, "consequence") ?? last).filter((c) => c.type !== "comment");
    const end = stmts[stmts.length - 1];
    const a = end?.type === "expression_statement" ? namedChildren(end)[0] : undefined;
    const resets =
      a?.type === "assignment" &&
      this.text(field(a, "left") ?? a) === target &&
      this.constValue(field(a, "right")) !== undefined;
    return resets || end?.type === "raise_statement" || end?.type === "return_statement";
  }

  /** Whether `cond` is `x in <literal collection of constants>` or `x == <constant>` for the expression `x`. */
  private allowListed(cond: SyntaxNode, x: SyntaxNode, negated = false): boolean {
    const [l, r] = namedChildren(cond);
    let op = cond.children
      .filter((c) => !c.named)
      .map((c) => c.type)
      .join(" ");
    // negated: whether `cond` is the test failing exactly when the value is allow-listed (`x not in L`, `x != c`).
    if (negated) op = op === "not in" ? "in" : op === "!=" ? "==" : "";
    if (!l || !r || this.text(l) !== this.text(x)) return false;
    if (op === "==") return this.constValue(r) !== undefined;
    if (op !== "in") return false;
    let rv = this.resolve(r);
    // `frozenset({'reader', 'editor'})` / `tuple([...])` around a literal: the literal's items (immutable, so no
    // later add() can widen it).
    if (
      rv?.type === "call" &&
      /^(frozenset|tuple)$/.test(this.callee(rv)) &&
      this.args(rv).length === 1 &&
      /^(set|list|tuple)$/.test(this.args(rv)[0]!.type)
    )
      rv = this.args(rv)[0];
    // `k in DEFAULTS` with DEFAULTS a dict literal tests its keys.
    const keys =
      rv?.type === "dictionary" &&
      !this.mappingWritten(r) &&
      namedChildren(rv).every((c) => c.type === "pair")
        ? namedChildren(rv).map((c) => field(c, "key"))
        : undefined;
    const items = this.seqItems(rv) ?? (rv?.type === "set" ? namedChildren(rv) : keys);
    return !!items?.length && items.every((i) => i && this.constValue(i) !== undefined);
  }

  /**
   * `ns = SimpleNamespace(order='id', term=t)` (argparse.Namespace too), bound once, no `ns.<attr> = ...` or
   * setattr anywhere: the keyword's value for `ns.<attr>`, null when no keyword names it (the read raises).
   * Undefined for another shape or a splatted constructor.
   */
  private namespaceField(obj: SyntaxNode, attr: string): SyntaxNode | null | undefined {
    if (obj.type !== "identifier") return undefined;
    const r = this.reachingAt(obj);
    if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return undefined;
    const made = r.binds[0]!.value;
    if (made?.type !== "call" || !/^(types\.SimpleNamespace|argparse\.Namespace)$/.test(this.callee(made)))
      return undefined;
    const args = namedChildren(field(made, "arguments") ?? made);
    if (args.some((a) => a.type !== "keyword_argument")) return undefined;
    if (this.attrAssignments(attr).length) return undefined;
    const looped = sourceHas(this.tree, /\bsetattr\(/) ? this.setattrLoopEntry(obj, made, attr) : null;
    if (looped !== null) return looped;
    const kw = args.find((a) => this.text(field(a, "name") ?? a) === attr);
    return kw ? (field(kw, "value") ?? null) : null;
  }

  /**
   * `for k, v in {'secure': False, ...}.items(): setattr(NS, k, v)` at module level, after `NS = SimpleNamespace()`
   * (made): the dict's value for `attr`. Null when no such loop names `attr` (the constructor's keyword holds);
   * undefined when any setattr call in the file is of another shape.
   */
  private setattrLoopEntry(obj: SyntaxNode, made: SyntaxNode, attr: string): SyntaxNode | null | undefined {
    let entry: SyntaxNode | null = null;
    for (const c of nodesOfType(this.tree, "call")) {
      if (this.callee(c) !== "setattr") continue;
      const [o, k, v] = this.args(c);
      const loop = c.parent?.parent?.parent;
      const pair = loop?.type === "for_statement" ? field(loop, "left") : undefined;
      const names = pair ? namedChildren(pair).map((n) => this.text(n)) : [];
      const it = loop ? field(loop, "right") : undefined;
      const fn = it?.type === "call" ? field(it, "function") : undefined;
      const dict =
        fn?.type === "attribute" && this.method(it!) === "items"
          ? this.resolve(field(fn, "object"))
          : undefined;
      if (
        this.text(o ?? c) !== this.text(obj) ||
        k?.type !== "identifier" ||
        v?.type !== "identifier" ||
        names.length !== 2 ||
        names[0] !== this.text(k) ||
        names[1] !== this.text(v) ||
        dict?.type !== "dictionary" ||
        this.enclosingFunction(c) ||
        c.start < made.end ||
        !namedChildren(dict).every(
          (p) => p.type === "pair" && typeof this.constValue(field(p, "key")) === "string",
        )
      )
        return undefined;
      const hit = this.literalEntry(dict, attr);
      if (hit && hit !== dict) entry = hit;
    }
    return entry;
  }

  /**
   * `f'<img alt={escape(v)}>'`: an HTML escaper keeps quotes and markup out, but in an unquoted attribute value a
   * space starts a new attribute (`x onerror=...`). The escaped argument's level there (directly or through a
   * name bound once to the escaper's call); CONST elsewhere.
   */
  private unquotedAttrEscape(
    interp: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level {
    const sibs = interp.parent?.children ?? [];
    const before = sibs[sibs.indexOf(interp) - 1];
    if (before?.type !== "string_content" || !UNQUOTED_ATTR.test(this.text(before))) return Level.CONST;
    return this.escapedArg(namedChildren(interp)[0], cls, env, depth);
  }

  /** `escape(v)` (directly or through a name bound once to the call): the level of `v`; CONST otherwise. */
  private escapedArg(
    node: SyntaxNode | undefined,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level {
    let e = node;
    if (e?.type === "identifier") {
      const vals = this.reachingValues(e);
      e = vals?.length === 1 ? vals[0] : undefined;
    }
    if (e?.type !== "call") return Level.CONST;
    const q = this.callee(e);
    const san = ownEntry(SANITIZERS, q);
    if (!Array.isArray(san) || !san.includes("html") || san.includes("command")) return Level.CONST;
    const arg = this.args(e)[0];
    return arg ? this.eval(arg, cls, env, depth + 1) : Level.CONST;
  }

  /**
   * The same unquoted-attribute escape written with `'<b class=' + escape(v) + '>'`, `'<b class=%s>' % escape(v)`
   * or `'<b class={}>'.format(escape(v))` on a constant template: the level of the escaped argument that follows
   * an `attr=` with no opening quote; CONST when there is none.
   */
  private unquotedAttrTemplate(
    node: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level {
    const opensAttr = (text: unknown) => typeof text === "string" && UNQUOTED_ATTR.test(text);
    let m = Level.CONST;
    const op = node.type === "binary_operator" ? node.children.find((c) => !c.named)?.type : undefined;
    if (op === "+") {
      const leaves: SyntaxNode[] = [];
      const flat = (n: SyntaxNode): void => {
        const o = n.type === "binary_operator" ? n.children.find((c) => !c.named) : undefined;
        if (o?.type === "+" && leaves.length < 64) {
          for (const side of [field(n, "left"), field(n, "right")]) if (side) flat(side);
        } else leaves.push(n);
      };
      flat(node);
      for (let i = 1; i < leaves.length; i++)
        if (leaves[i - 1]!.type === "string" && opensAttr(this.constValue(leaves[i - 1])))
          m = Math.max(m, this.escapedArg(leaves[i], cls, env, depth)) as Level;
      return m;
    }
    let tmpl: unknown;
    let args: SyntaxNode[] = [];
    let marks: RegExp;
    if (op === "%") {
      const [l, r] = namedChildren(node);
      tmpl = this.constValue(l);
      args = r?.type === "tuple" || r?.type === "parenthesized_expression" ? namedChildren(r) : r ? [r] : [];
      marks = /%%|%[-#0 +]*\d*(?:\.\d+)?[sr]/g;
    } else if (node.type === "call" && this.method(node) === "format") {
      tmpl = this.constValue(field(field(node, "function") ?? node, "object"));
      args = this.args(node).filter((a) => a.type !== "keyword_argument");
      marks = /\{\{|\{(\d*)\}/g;
    } else return m;
    if (typeof tmpl !== "string" || !args.length) return m;
    let auto = 0;
    for (const f of tmpl.matchAll(marks)) {
      if (f[0] === "%%" || f[0] === "{{") continue;
      const a = f[1] ? args[Number(f[1])] : args[auto++];
      if (a && opensAttr(tmpl.slice(0, f.index)))
        m = Math.max(m, this.escapedArg(a, cls, env, depth)) as Level;
    }
    return m;
  }

  /**
   * What an exception caught by `except E as e` may carry: a message built from the arguments of the calls in the
   * try body (`int(x)` quotes x, `parse(x)` may `raise ValueError('bad ' + x)`), of its raise statements, and
   * the keys it looks up (a KeyError holds the key). Nested functions and classes are not looked into. A call
   * of a local function is looked into instead, its parameters bound to the call's arguments: what it can raise
   * is what its own body passes, raises and looks up (`def check(v): raise ValueError('date')` carries a
   * constant whatever `v` is).
   */
  private caughtLevel(
    clause: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
    index?: number,
  ): Level {
    const body = clause.parent?.type === "try_statement" ? field(clause.parent, "body") : undefined;
    if (!body) return Level.UNKNOWN;
    // `except socket.error as err` (socket.timeout, ConnectionError...): a failed send, receive or connect
    // reports the OS's errno and its text ("[Errno 111] Connection refused", "timed out"), never the data sent
    // or received nor the address.
    const as = clause.children.find((c) => c.type === "as_pattern");
    const caught = as ? namedChildren(as)[0] : undefined;
    const types = caught?.type === "tuple" ? namedChildren(caught) : caught ? [caught] : [];
    if (
      types.length &&
      types.every((t) =>
        /^(socket\.(error|timeout|gaierror|herror)|(Connection(Refused|Reset|Aborted)?|BrokenPipe|Timeout)Error)$/.test(
          this.qname(t),
        ),
      )
    )
      return Level.CONST;
    let m = Level.CONST;
    let budget = 400;
    const entered = new Set<SyntaxNode>();
    const walk = (n: SyntaxNode, scope: Map<string, Level> | undefined, d: number): void => {
      if (m === Level.SOURCE || budget-- <= 0) return;
      if (/^(function_definition|class_definition|lambda|decorated_definition)$/.test(n.type)) return;
      // Django's validate_password / validate_email raise ValidationErrors with fixed texts ("This password is
      // too common."): their messages never quote the value checked.
      if (n.type === "call") {
        const f = field(n, "function");
        const local = f?.type === "identifier" ? this.functions.get(this.text(f)) : undefined;
        const inner = local && field(local, "body");
        if (local && inner && d < 20 && !entered.has(local)) {
          entered.add(local);
          walk(inner, this.bindArgs(local, n, cls, scope, d), d + 2);
          entered.delete(local);
          return;
        }
        if (!/(^|\.)(validate_password|validate_email)$/.test(this.callee(n)))
          for (const a of this.args(n)) m = Math.max(m, this.eval(a, cls, scope, d + 1)) as Level;
      } else if (n.type === "subscript")
        m = Math.max(m, this.eval(field(n, "subscript"), cls, scope, d + 1)) as Level;
      else if (n.type === "raise_statement") {
        // `e.args[i]` read in the handler: of `raise ValueError('bad', v)` only the i-th positional argument.
        const made = index === undefined ? undefined : namedChildren(n)[0];
        if (made?.type === "call" && !this.args(made).some((a) => /splat|keyword/.test(a.type))) {
          const arg = this.args(made)[index!];
          if (arg) m = Math.max(m, this.eval(arg, cls, scope, d + 1)) as Level;
          return;
        }
        // `raise ValueError(msg)`: the exception holds the constructor's arguments, which the walk below reads;
        // a raised name or attribute (`raise err`) counts whole.
        m = Math.max(
          m,
          this.maxOf(
            namedChildren(n).filter((c) => c.type !== "call"),
            cls,
            scope,
            d,
          ),
        ) as Level;
      }
      for (const c of namedChildren(n)) walk(c, scope, d);
    };
    walk(body, env, depth);
    return m;
  }

  /**
   * Whether the call tests the whole of `x` against a character class: `x.isdigit()` (isalnum, isalpha,
   * isdecimal, isnumeric, isidentifier), `re.fullmatch(p, x)` or `P.fullmatch(x)` for a compiled P.
   */
  private shapeTested(test: SyntaxNode, x: SyntaxNode): boolean {
    // A name, or a dotted attribute of one (`self._user if self._user.isalnum() else 'guest'`): the same read twice.
    if (x.type !== "identifier" && !(x.type === "attribute" && /^[A-Za-z_][\w.]*$/.test(this.text(x))))
      return false;
    const m = this.method(test);
    const f = field(test, "function");
    if (/^is(alnum|alpha|digit|decimal|numeric|identifier)$/.test(m))
      return (
        f?.type === "attribute" &&
        this.text(field(f, "object") ?? f) === this.text(x) &&
        !this.args(test).length
      );
    if (m !== "fullmatch") return false;
    const args = this.args(test);
    const subject = this.callee(test) === "re.fullmatch" ? args[1] : args.length === 1 ? args[0] : undefined;
    return subject !== undefined && this.text(subject) === this.text(x);
  }

  /** `json.loads(s)` where `s` is `json.dumps(x)` (directly or through a name bound once): the dumped `x`. */
  /**
   * `parse_qs(urlencode(LIT))` / `dict(parse_qsl(urlencode(LIT)))` with LIT a dict literal of constant keys: LIT,
   * whose entries the decoded mapping holds under the same keys. Undefined for any other shape.
   */
  private queryRoundTrip(node: SyntaxNode | undefined): SyntaxNode | undefined {
    if (node?.type !== "call") return undefined;
    let q = this.callee(node);
    let inner: SyntaxNode | undefined = node;
    if (q === "dict" && this.args(node).length === 1) {
      inner = this.resolve(this.args(node)[0]);
      q = inner?.type === "call" ? this.callee(inner) : "";
      if (!/^(urllib\.parse\.)?parse_qsl$/.test(q)) return undefined;
    } else if (!/^(urllib\.parse\.)?parse_qs$/.test(q)) return undefined;
    const enc = this.resolve(this.args(inner!)[0]);
    if (enc?.type !== "call" || !/^(urllib\.parse\.)?urlencode$/.test(this.callee(enc))) return undefined;
    const lit = this.resolve(this.args(enc)[0]);
    if (lit?.type !== "dictionary") return undefined;
    const keyed = namedChildren(lit).every(
      (c) => c.type === "comment" || (c.type === "pair" && this.constKey(field(c, "key")) !== undefined),
    );
    return keyed ? lit : undefined;
  }

  private jsonRoundTrip(node: SyntaxNode | undefined): SyntaxNode | undefined {
    if (node?.type !== "call" || this.callee(node) !== "json.loads") return undefined;
    let s = this.resolve(this.args(node)[0]);
    // Text codecs between the two (`.encode()`, `.decode()`, base64 and hex encodings, in pairs) hand the JSON
    // text back unchanged; a mismatched one makes json.loads fail, so no other value comes out either.
    for (let hops = 0; s?.type === "call" && hops < 8; hops++) {
      const q = this.callee(s);
      const m = this.method(s);
      if (q === "json.dumps") return this.args(s)[0];
      if (/^(encode|decode)$/.test(m) && field(s, "function")?.type === "attribute")
        s = this.resolve(field(field(s, "function")!, "object"));
      else if (/^(base64\.\w+|binascii\.(hexlify|unhexlify|b2a_base64|a2b_base64)|bytes\.fromhex)$/.test(q))
        s = this.resolve(this.args(s)[0]);
      else return undefined;
    }
    return undefined;
  }

  /** `qn = connection.ops.quote_name` then `qn(x)`: the method a call through a name bound once to one runs. */
  private boundMethodName(call: SyntaxNode): string | undefined {
    const f = field(call, "function");
    if (f?.type !== "identifier" || this.functions.has(this.text(f))) return undefined;
    const vals = this.reachingValues(f);
    const v = vals?.length === 1 ? vals[0] : undefined;
    return v?.type === "attribute" ? this.text(field(v, "attribute") ?? v) : undefined;
  }

  /**
   * `'"%s"' % name.replace('"', '""')` (or `'"' + ... + '"'`, `f'"{...}"'`; backticks, `[...]` with `]]`): the
   * value as one quoted SQL identifier, its own closing quotes doubled, so it cannot end the identifier.
   */
  private quotedIdentifier(node: SyntaxNode): boolean {
    const QUOTES: Record<string, string> = { '"': '"', "`": "`", "[": "]" };
    const doubled = (n: SyntaxNode | undefined, close: string): boolean => {
      n = unparen(n);
      if (n?.type !== "call" || this.method(n) !== "replace") return false;
      const [a, b] = this.args(n).map((x) => this.constValue(x));
      return a === close && b === close + close;
    };
    const op = node.type === "binary_operator" ? node.children.find((c) => !c.named)?.type : undefined;
    if (op === "%") {
      const tmpl = this.constValue(field(node, "left"));
      const m = typeof tmpl === "string" ? /^(["`[])%s(["`\]])$/.exec(tmpl) : null;
      return !!m && QUOTES[m[1]!] === m[2] && doubled(field(node, "right"), m[2]!);
    }
    if (op === "+") {
      const l = field(node, "left");
      const r = field(node, "right");
      const close = this.constValue(r);
      const inner = l?.type === "binary_operator" ? l : undefined;
      const open = inner ? this.constValue(field(inner, "left")) : undefined;
      return (
        typeof open === "string" &&
        typeof close === "string" &&
        QUOTES[open] === close &&
        inner!.children.find((c) => !c.named)?.type === "+" &&
        doubled(field(inner!, "right"), close)
      );
    }
    if (node.type === "string") {
      const parts = namedChildren(node).filter((c) => c.type !== "string_start" && c.type !== "string_end");
      if (parts.length !== 3 || parts[1]!.type !== "interpolation") return false;
      const open = this.text(parts[0]!);
      const close = this.text(parts[2]!);
      return QUOTES[open] === close && doubled(namedChildren(parts[1]!)[0], close);
    }
    return false;
  }

  /** A Django ORM lookup of rows: `get_object_or_404(M, ...)`, `M.objects.get/filter(...)` and query chains on it. */
  private ormLookup(call: SyntaxNode, hops = 0): boolean {
    const q = this.callee(call);
    if (/(^|\.)(get_object_or_404|get_list_or_404)$/.test(q)) return true;
    if (/(^|\.)objects\.(get|filter|exclude)$/.test(q)) return true;
    const f = field(call, "function");
    const recv = f?.type === "attribute" ? field(f, "object") : undefined;
    return (
      hops < 6 &&
      recv?.type === "call" &&
      /^(get|filter|exclude|first|last|latest|earliest|order_by|all|only|defer|select_related|prefetch_related|distinct)$/.test(
        this.method(call),
      ) &&
      this.ormLookup(recv, hops + 1)
    );
  }

  /**
   * For reflected XSS: what another program, server, file or store answered to a request value - a command's
   * output, a fetched body, a file's bytes, a search or query's result, a ciphertext - rather than the value
   * itself: opaque (UNKNOWN), not request data echoed back. A query's result is what its receiver holds (an XPath
   * over a document parsed from the request is still request data). Undefined for any other call.
   */
  private answeredElsewhere(
    call: SyntaxNode,
    q: string,
    m: string,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    if (ANSWERING_CALLS.test(q)) return Level.UNKNOWN;
    const fn = field(call, "function");
    if (fn?.type === "attribute") {
      if (/^(encrypt|encrypt_and_digest|read_text|read_bytes)$/.test(m)) return Level.UNKNOWN;
      const recvNode = field(fn, "object");
      // `client.get(url)` on an HTTP client or session made here: the server's answer.
      const made = recvNode ? this.resolve(recvNode) : undefined;
      if (made?.type === "call" && HTTP_CLIENTS.test(this.callee(made))) return Level.UNKNOWN;
      if (QUERY_METHODS.test(m) && this.localCallee(call) === undefined)
        return Math.max(Level.UNKNOWN, this.eval(recvNode, cls, env, depth + 1)) as Level;
    }
    // `find = etree.XPath('//book[title=$t]')` then `find(doc, t=v)`: the nodes of doc it selects.
    if (fn?.type === "identifier" && depth < 20) {
      const vals = this.reachingValues(fn);
      const made = vals?.length === 1 ? vals[0] : undefined;
      if (made?.type === "call" && /(^|\.)(XPath|ETXPath)$/.test(this.callee(made)))
        return Math.max(Level.UNKNOWN, this.eval(this.args(call)[0], cls, env, depth + 1)) as Level;
    }
    return undefined;
  }

  private evalCall(
    call: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level {
    const q = this.callee(call);
    // Django's `request.build_absolute_uri(path)`: the request's own host (checked against ALLOWED_HOSTS) joined
    // with `path` (an absolute `path` is returned as it is): for a redirect target, what `path` is.
    if (cls === "redirect" && this.method(call) === "build_absolute_uri" && this.isSourceName(q)) {
      const a = this.args(call)[0];
      return a ? this.eval(a, cls, env, depth + 1) : Level.CONST;
    }
    const dumped = this.jsonRoundTrip(call);
    if (dumped) return this.eval(dumped, cls, env, depth + 1);
    // A row a Django ORM lookup loads (`get_object_or_404(M, pk=pk, owner=request.user)`, `M.objects.filter(
    // slug=s).first()`): its fields are what the database holds, not the lookup's values. (What the file's own
    // views store in a local model's field is read at the field: storedFieldLevel.)
    if (cls !== "literal" && this.ormLookup(call)) return Level.CONST;
    if (/^(safe_)?substitute$/.test(this.method(call))) {
      const picked = this.templateFields(call, cls, env, depth);
      if (picked !== undefined) return picked;
    }
    const m = this.method(call);
    if (m === "get" && depth < 20) {
      const f = field(call, "function");
      const held = this.contextVarLevel(f ? field(f, "object") : undefined, cls, depth, call);
      if (held !== undefined) return held;
    }
    if (/^(get|pop|setdefault)$/.test(m) && depth < 20) {
      const f = field(call, "function");
      const kept = this.sessionSlot(f ? field(f, "object") : undefined, this.args(call)[0], cls, depth);
      if (kept !== undefined)
        return Math.max(kept, this.eval(this.args(call)[1], cls, env, depth + 1)) as Level;
    }
    // A decoder undoing the encoder its argument came from: the encoder's input again.
    if (Object.hasOwn(INVERSES, q)) {
      const input = this.encodedInput(this.args(call)[0], INVERSES[q]!);
      if (input) return this.eval(input, cls, env, depth + 1);
    }
    // `Utils.decode(Utils.encode(v))` with `def decode(t): return html.unescape(t)`: a local decoder wrapper
    // undoing the encoding its argument came from hands back the encoder's input.
    const undone = depth < 20 ? this.wrappedInverse(call) : undefined;
    if (undone) return this.eval(undone, cls, env, depth + 1);
    // `heapq.heappop(heap)` on a heap of constant-keyed tuple literals: the one it takes.
    const popped = q === "heapq.heappop" && depth < 20 ? this.heapPopped(call) : undefined;
    if (popped) return this.eval(popped, cls, env, depth + 1);
    // Own keys only: a method named like an Object.prototype member (`x.valueOf()`) is no sanitiser. A function
    // or method this file defines under a sanitiser's name (`def escape(s): return s`) is judged by what it
    // returns (the local call's summary below), not by its name.
    const own = this.localCallee(call);
    // `q = make_query(v)` then `q()` (or `make_query(v)()`): the nested function the factory returns, its free
    // variables bound by what the factory's calls pass.
    const product = own || depth >= 20 ? undefined : this.factoryProduct(call);
    if (product) return this.summarise(product, call, cls, env, depth + 1);
    const callFn = field(call, "function");
    const stored =
      own && depth < 20 && callFn?.type === "attribute"
        ? this.keyedStoreGet(field(callFn, "object"), this.args(call)[0], own, cls, env, depth, call)
        : undefined;
    if (stored !== undefined) return stored;
    if (cls === "redirect" && own?.type !== "function_definition" && this.slashKeptByQuote(call, q))
      return this.eval(this.ownArgs(call)[0], cls, env, depth + 1);
    const san = own?.type === "function_definition" ? undefined : ownEntry(SANITIZERS, q, m);
    if (san === "all" || (san && san.includes(cls))) return Level.CONST;
    // `codecs.encode(b, 'hex')`: hex digits as binascii.hexlify gives them; `codecs.decode(t, 'hex')` of such
    // an encoding hands its input back (any other codec passes the value through, as before).
    if (
      /^codecs\.(en|de)code$/.test(q) &&
      !own &&
      HEX_CODEC.test(String(this.constValue(this.arg(call, 1, "encoding"))))
    ) {
      if (q === "codecs.encode" && SANITIZERS["binascii.hexlify"]!.includes(cls)) return Level.CONST;
      const input = q === "codecs.decode" ? this.encodedInput(this.args(call)[0], HEX_ENCODERS) : undefined;
      if (input) return this.eval(input, cls, env, depth + 1);
    }
    // A Tornado handler's `self.render_string('page.html', ...)` (Tornado's templates escape by default), or the
    // app's `self.render_template('page.html', ...)` from a base handler elsewhere (Jupyter's Jinja environment
    // autoescapes): a template file rendered with escaping, as flask.render_template is for .html names.
    if (
      cls === "html" &&
      own?.type !== "function_definition" &&
      /^self\.(render_string|render_template)$/.test(q) &&
      sourceHas(this.tree, TORNADO) &&
      /\.html?$/.test(this.stringValue(this.args(call)[0]) ?? "")
    )
      return Level.CONST;
    // `loader.get_template('page.html').render(ctx, request)`: a template file of Django's loader autoescapes
    // what it substitutes, as render_to_string does (a request passed for context processors is not output).
    if (cls === "html" && own?.type !== "function_definition" && m === "render") {
      const rf = field(call, "function");
      const tpl = this.resolve(rf?.type === "attribute" ? field(rf, "object") : undefined);
      if (
        tpl?.type === "call" &&
        /^django\.template\.loader\.(get_template|select_template)$/.test(this.callee(tpl))
      )
        return Level.CONST;
    }
    // urllib.parse.quote(v) percent-encodes everything but letters, digits, `_.-~` and its `safe` characters ('/'
    // unless told): no `<`, `>`, `&` or quote survives, so the result is inert in HTML text and attributes.
    // Likewise no quote closes an XPath string literal, and none of LDAP's filter metacharacters is left.
    const kept = QUOTE_KEEPS[cls];
    if (kept && /^urllib\.parse\.quote(_plus)?$/.test(q) && own?.type !== "function_definition") {
      const safe = this.kwarg(call, "safe") ?? this.ownArgs(call)[1];
      const chars = safe === undefined ? "/" : this.stringValue(safe);
      if (chars !== undefined && !kept.test(chars)) return Level.CONST;
    }
    // Django's connection.ops.quote_name(name) wraps the name in quotes without escaping quotes inside it: a
    // caller's identifier (a model's table name) comes back as one identifier, request data can close the quote.
    if (
      cls === "sql" &&
      (m === "quote_name" || this.boundMethodName(call) === "quote_name") &&
      own?.type !== "function_definition"
    ) {
      const l = this.eval(this.args(call)[0], cls, env, depth + 1);
      return l === Level.SOURCE ? Level.SOURCE : Level.CONST;
    }
    // SQLAlchemy's IdentifierPreparer.quote(name) (`dialect.identifier_preparer.quote(n)`), and a quoting helper
    // handed the engine or connection whose dialect quotes (`quote(engine, name)`): one quoted identifier, its own
    // quotes doubled.
    if (cls === "sql" && m === "quote" && own?.type !== "function_definition") {
      const fn = field(call, "function");
      const recv = fn?.type === "attribute" ? this.text(field(fn, "object") ?? fn) : "";
      const first = this.args(call)[0];
      if (
        /preparer$/i.test(recv) ||
        (fn?.type === "identifier" &&
          this.args(call).length === 2 &&
          first?.type === "identifier" &&
          /^(engine|conn(ection)?|bind|dialect|session|mixed)$/.test(this.text(first)))
      )
        return Level.CONST;
    }
    // A MySQL connection's escape(v) / literal(v) (PyMySQL, mysqlclient): v as a quoted, escaped SQL literal.
    if (cls === "sql" && this.mysqlEscape(call) === "literal") return Level.CONST;
    // A DB-API cursor's mogrify(query, args) (psycopg2, PyMySQL): the query with every argument bound as an
    // escaped literal; what is left to judge is the query text itself.
    if (
      cls === "sql" &&
      m === "mogrify" &&
      own?.type !== "function_definition" &&
      this.args(call).length >= 1
    )
      return this.eval(this.args(call)[0], cls, env, depth + 1);
    // `parser.parse_args(sys.argv[1:])` is `parser.parse_args()` spelt out: the options of the user who ran the
    // program, opaque as the no-argument call's are, not request data.
    if (/^parse_(known_)?args$/.test(this.method(call))) {
      const fn = field(call, "function");
      const made = this.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
      if (made?.type === "call" && this.optionParserMade(made)) return Level.UNKNOWN;
    }
    // repr() of request data (text, numbers, their lists and dicts) is a Python literal of it; of a caller's
    // value too (a code generator's `eval('lambda s: s._get(%s)' % repr(name))`): only an object whose class the
    // caller wrote repr()s otherwise, and a caller who writes classes already runs code. Of an opaque value (a
    // record loaded from elsewhere), whatever its own __repr__ makes.
    if (q === "repr" && cls === "code" && this.args(call).length === 1) {
      const l = this.eval(this.args(call)[0], cls, env, depth + 1);
      return l === Level.SOURCE || l === Level.PARAM ? Level.CONST : l;
    }
    // `map(shlex.quote, names)`: every element goes through the sanitiser.
    if (q === "map" && this.args(call).length === 2) {
      const f = this.qname(this.args(call)[0]);
      const each = ownEntry(SANITIZERS, f);
      if (each === "all" || (each && each.includes(cls))) return Level.CONST;
      // `map(lambda n: os.path.join(BASE, str(int(n))), names)`: what the lambda (or a local one-parameter
      // function) makes of each element.
      const [fa, xs] = this.args(call);
      const mapper = this.oneParamCallback(fa);
      if (mapper && depth < 20)
        return this.calledBack(mapper, this.eval(xs, cls, env, depth + 1), cls, env, depth);
    }
    // `re.sub(p, lambda m: ..., s)` (or `rx.sub(fn, s)` on `rx = re.compile(p)`): the text of s around the matches,
    // and what the callback (a lambda or a local one-parameter function, given the match) returns for each.
    const reArgs =
      q === "re.sub" || q === "re.subn"
        ? this.args(call).slice(1, 3)
        : /^subn?$/.test(this.method(call)) && this.reCompiled(call)
          ? this.args(call).slice(0, 2)
          : undefined;
    const [repl, subject] = reArgs ?? [];
    const callback = this.oneParamCallback(repl);
    if (callback && subject && depth < 20) {
      const text = this.eval(subject, cls, env, depth + 1);
      return Math.max(text, this.calledBack(callback, text, cls, env, depth)) as Level;
    }
    // `next(iter([a, b]))`: the literal's first item.
    if (q === "next" && this.args(call).length === 1) {
      const it = this.args(call)[0];
      const items =
        it?.type === "call" && this.callee(it) === "iter" && this.args(it).length === 1
          ? this.seqItems(this.resolve(this.args(it)[0]))
          : undefined;
      if (items?.length && !items.some((c) => /splat/.test(c.type)))
        return this.eval(items[0]!, cls, env, depth + 1);
    }
    // `next(itertools.islice(names, 0, 1), 'guest')`: the slice's first item (known items only), else the default.
    if (q === "next" && this.args(call).length <= 2) {
      const [it, dflt] = this.args(call);
      const items =
        it?.type === "call" && this.callee(it) === "itertools.islice" ? this.seqItems(it) : undefined;
      if (items && !items.some((c) => /splat/.test(c.type)))
        return items.length
          ? this.eval(items[0]!, cls, env, depth + 1)
          : dflt
            ? this.eval(dflt, cls, env, depth + 1)
            : Level.CONST;
    }
    // `getattr(opts, 'order')` reads the attribute the constant names, as `opts.order` would.
    if (q === "getattr" && this.args(call).length >= 2) {
      const [o, n] = this.args(call);
      const attr = this.constValue(n);
      const kw =
        o?.type === "identifier" && typeof attr === "string" ? this.namespaceField(o, attr) : undefined;
      if (kw !== undefined) return kw ? this.eval(kw, cls, env, depth + 1) : Level.CONST;
      // `t.user_file = v` earlier in the function, then `getattr(t, 'user_file')`: that stored value.
      const stored =
        o?.type === "identifier" && typeof attr === "string" && this.args(call).length === 2
          ? this.storedAttr(o, call, attr)
          : undefined;
      if (stored) return this.eval(stored, cls, env, depth + 1);
      // `getattr(p, 'default_file')` on an instance of a local class (a dataclass, a setattr target): that field.
      const held =
        o?.type === "identifier" && typeof attr === "string" && this.args(call).length === 2 && depth < 20
          ? this.attrByName(o, call, attr, cls, env, depth)
          : undefined;
      if (held !== undefined) return held;
    }
    // `filter(lambda n: n.isalnum(), names)` / `filter(str.isdigit, ids)`: only the elements that fit the test.
    if (q === "filter" && this.args(call).length === 2) {
      const [fa] = this.args(call);
      if (fa && /^str\.is(alnum|alpha|digit|decimal|numeric|identifier)$/.test(this.qname(fa)))
        return Level.CONST;
      const p = fa?.type === "lambda" ? this.paramNames(fa) : [];
      const body = fa?.type === "lambda" ? field(fa, "body") : undefined;
      const param = body
        ? descendants(body).find((d) => d.type === "identifier" && this.text(d) === p[0])
        : undefined;
      if (p.length === 1 && body?.type === "call" && param && this.shapeTested(body, param))
        return Level.CONST;
      // `filter(lambda c: c in ALLOWED, values)`: only the allow-listed constants pass.
      if (p.length === 1 && body?.type === "comparison_operator" && param && this.allowListed(body, param))
        return Level.CONST;
    }
    // A project's own HTML escaper by its name (`escape_text(c)`, `html_escape(s)`, `sanitize_html(body)`), not
    // defined in this file: what it returns is meant for markup.
    if (
      cls === "html" &&
      /^(escape_(text|html|markup|str|string)|html_?escape|sanitize_html|clean_html)$/.test(
        q.split(".").pop() ?? "",
      ) &&
      !this.localCallee(call)
    )
      return Level.CONST;
    // `re.sub(r'[^a-z0-9.-]', '', s)`: what is left is drawn from a small alphabet of letters, digits, '.', '_'
    // and '-': no shell, SQL, markup or filter metacharacter (a path keeps '..' only when '.' is allowed).
    if (
      (q === "re.sub" || (m === "sub" && this.compiledPattern(call))) &&
      cls !== "regex" &&
      cls !== "literal"
    ) {
      const kept = this.keptAlphabet(call);
      if (kept !== undefined && (cls !== "path" || !kept.includes("."))) return Level.CONST;
    }
    // `s.translate(str.maketrans('', '', '<>"\''))`: a deletion table that drops every markup character.
    if (m === "translate" && cls === "html") {
      const table = this.resolve(this.args(call)[0]);
      if (table?.type === "call" && /^(str|bytes)\.maketrans$/.test(this.callee(table))) {
        const dropped = this.constValue(this.args(table)[2]);
        if (typeof dropped === "string" && [...`<>"'`].every((ch) => dropped.includes(ch)))
          return Level.CONST;
      }
      // `str.maketrans({'<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})`: every markup character mapped
      // to text without one.
      if (this.translateClears(this.args(call)[0], `<>"'`)) return Level.CONST;
    }
    // `s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')`: a chain that maps both angle brackets
    // to text without one, as html.escape(quote=False) does (a quoted attribute is PY-ENCODE-001's).
    if (m === "replace" && cls === "html") {
      const put = this.constValue(this.args(call)[1]);
      if (this.markupReplaced(call)) return Level.CONST;
      // `.replace('&lt;', '<')` on top of such a chain puts a bracket back: what the chain started from.
      if (typeof put === "string" && /[<>]/.test(put)) {
        let base = unparen(field(field(call, "function") ?? call, "object"));
        for (let hops = 0; base?.type === "call" && this.method(base) === "replace" && hops < 12; hops++)
          base = unparen(field(field(base, "function") ?? base, "object"));
        return Math.max(
          this.eval(base, cls, env, depth + 1),
          this.eval(this.args(call)[1], cls, env, depth + 1),
        ) as Level;
      }
    }
    // `''.join(c for c in s if c.isalnum())`: only the characters the filter keeps (printable ones: no line break).
    if (m === "join") {
      // `f(x for x in y)`: the generator stands in for the argument list.
      const a = field(call, "arguments");
      if (this.filteredChars(a?.type === "generator_expression" ? a : this.args(call)[0], cls))
        return Level.CONST;
    }
    // `s.translate(str.maketrans({'\r': '\\r', '\n': '\\n'}))` (or a deletion table, or a dict keyed by ord()):
    // every line break is dropped or replaced by text without one.
    if (
      m === "translate" &&
      (cls === "header" || cls === "log") &&
      this.translateClears(this.args(call)[0], "\r\n")
    )
      return Level.CONST;
    if (m === "replace" && (cls === "header" || cls === "log")) {
      const first = this.stringValue(this.args(call)[0]);
      if (first !== undefined && /\\[rn]|[\r\n]/.test(first)) return Level.CONST;
    }
    if (cls === "header" || cls === "log") {
      // `re.sub(r'[\r\n]+', '_', s)`: one class naming both line breaks, replaced by text without one.
      if (q === "re.sub" && this.args(call).length === 3 && !this.kwarg(call, "flags")) {
        const p = this.constValue(this.args(call)[0]);
        const r = this.constValue(this.args(call)[1]);
        const body = typeof p === "string" ? /^\[([^\]^][^\]]*)\][+*]?$/.exec(p)?.[1] : undefined;
        if (
          body !== undefined &&
          typeof r === "string" &&
          !/[\r\n]/.test(r) &&
          /\\r|\r/.test(body) &&
          /\\n|\n/.test(body)
        )
          return Level.CONST;
      }
      // `s.encode('unicode_escape')` / `codecs.encode(s, 'unicode_escape')`: every control character becomes a
      // backslash escape, so no line break is left.
      const codec =
        m === "encode" ? this.args(call)[0] : q === "codecs.encode" ? this.args(call)[1] : undefined;
      if (codec && /^unicode_escape$/.test(String(this.constValue(codec)))) return Level.CONST;
      // `' '.join(s.splitlines())`: the lines without their breaks (no keepends), joined by text without one.
      const lines = m === "join" ? this.args(call)[0] : undefined;
      const recv = m === "join" ? field(field(call, "function") ?? call, "object") : undefined;
      const sep = recv ? this.constValue(recv) : undefined;
      if (
        lines?.type === "call" &&
        this.method(lines) === "splitlines" &&
        namedChildren(field(lines, "arguments") ?? lines).length === 0 &&
        typeof sep === "string" &&
        !/[\r\n]|\\[rn]/.test(sep)
      )
        return Level.CONST;
    }
    // The environment is the operator's: it cannot forge the lines its own process logs.
    if (
      (cls === "log" || cls === "searchpath") &&
      /^os\.(getenv|environ\.(get|items|keys|values|copy))$/.test(q)
    )
      return envLevel(cls);
    // A file the operator names in a fixed variable (SSL_CERT_FILE, PYTHONSTARTUP, an app's *_DIR): the operator's
    // choice of a whole path, as an argument is the caller's; a CGI request variable stays the client's. Likewise a
    // service address (S3_ENDPOINT, API_BASE_URL): the deployment's choice of where to connect, not the client's.
    // And a credential it sets (API_KEY) put in an outgoing header: the operator cannot split their own request.
    if (
      (cls === "path" || cls === "url" || cls === "header") &&
      /^os\.(getenv|environ\.get)$/.test(q) &&
      this.operatorEnvKey(this.args(call)[0])
    )
      return Math.max(Level.PARAM, this.eval(this.args(call)[1], cls, env, depth + 1)) as Level;
    // $EDITOR, $VISUAL, $PAGER, $BROWSER: the program the user running the tool picked for that job (as git, crontab
    // and less run it), not a command someone else slips in.
    if (
      cls === "command" &&
      /^os\.(getenv|environ\.get)$/.test(q) &&
      /^(EDITOR|VISUAL|PAGER|BROWSER|GIT_EDITOR)$/.test(String(this.constValue(this.args(call)[0])))
    )
      return this.eval(this.args(call)[1], cls, env, depth + 1);
    // `self.request.method.lower()` after `if self.request.method not in ALLOWED: raise`: a case change of an
    // allow-listed field is one of the list's own words.
    if (/^(lower|upper|casefold|strip|title)$/.test(m) && this.isSourceName(q)) {
      const recv = field(field(call, "function") ?? call, "object");
      const fn = recv?.type === "attribute" ? this.enclosingFunction(call) : undefined;
      const scope = fn ? this.scopeOf(fn) : undefined;
      if (recv && scope?.guards.length && this.guarded(scope, recv, this.text(recv), cls)) return Level.CONST;
    }
    // `request.args['q'].encode('unicode_escape').decode()`: the callee's text runs through an inner call, whose
    // own result (judged below like any receiver) is what the method works on, not the request field itself.
    const fnNode = field(call, "function");
    const onCall = fnNode?.type === "attribute" && field(fnNode, "object")?.type === "call";
    if (SOURCE_CALLS.has(q) || (this.isSourceName(q) && !onCall)) {
      if (this.tornadoLineFree(q, cls)) return Level.UNKNOWN;
      // request.args.get('id', 0, type=int): werkzeug converts the value (a failed conversion gives the default).
      const conv = /^get(list)?$/.test(m) ? this.kwarg(call, "type") : undefined;
      if (conv && /^(int|float|bool)$/.test(this.text(conv))) return Level.CONST;
      // `type=uuid.UUID` / `type=IPv4Address`: a value that prints as hex digits and dashes, or a dotted quad (still
      // a host of the caller's choosing for a URL or a redirect).
      if (
        conv &&
        /^(uuid\.UUID|ipaddress\.IPv4Address)$/.test(this.qname(conv)) &&
        !picksHost(this.qname(conv), cls)
      )
        return Level.CONST;
      if (this.vettedByDecorator(call, cls)) return Level.CONST;
      return Level.SOURCE;
    }
    if (CONST_CALLS.has(q)) return Level.CONST;
    // `{p}.intersection(ALLOWED)` / `ALLOWED.difference(...)`: elements of the constant set only (as `&`, `-`).
    if (fnNode?.type === "attribute" && (m === "intersection" || m === "difference")) {
      const recv = field(fnNode, "object");
      if (
        this.constantSet(recv) ||
        (m === "intersection" && this.args(call).some((a) => this.constantSet(a)))
      )
        return Level.CONST;
    }
    // A log line likewise: what a server or child answered is not the client's forged line (see SOURCE_METHODS).
    if (cls === "html" || cls === "log") {
      const answered = this.answeredElsewhere(call, q, m, cls, env, depth);
      if (answered !== undefined) return answered;
    }
    if (m === "format_map") {
      // `'{site}'.format_map(fields)`: only the keys the literal template names are read.
      const f0 = field(call, "function");
      const tmpl = f0?.type === "attribute" ? this.constValue(field(f0, "object")) : undefined;
      const map = this.args(call)[0];
      const lit = map ? this.resolve(map) : undefined;
      if (typeof tmpl === "string" && map && (map.type === "identifier" || lit?.type === "dictionary")) {
        let level = Level.CONST;
        for (const f of tmpl.replace(/\{\{|\}\}/g, "").matchAll(/\{([^{}!:.[]*)/g)) {
          const key = f[1]!;
          if (!key || /^\d+$/.test(key))
            return Math.max(Level.UNKNOWN, this.eval(map, cls, env, depth + 1)) as Level;
          const l =
            map.type === "identifier"
              ? this.elementLevel(map, key, cls, env, depth + 1)
              : this.eval(this.literalEntry(lit!, key), cls, env, depth + 1);
          level = Math.max(level, l) as Level;
        }
        return level;
      }
    }
    if (m === "format") {
      const f0 = field(call, "function");
      const byFields =
        f0?.type === "attribute" ? this.formatFields(call, field(f0, "object"), cls, env, depth) : undefined;
      if (byFields !== undefined) return byFields;
    }
    if (cls === "html" && (m === "render" || m === "generate")) {
      // An autoescaping template built here from a constant source: only the names it emits raw (|safe, an
      // autoescape-off block) carry their values into the page unescaped.
      const raw = this.templateRender(call);
      if (raw instanceof Set) return this.renderedLevel(call, raw, cls, env, depth);
    }
    const argList = field(call, "arguments");
    // `f(x for x in xs)`: the generator is the call's only argument, not a list of them.
    const argLevel = !argList
      ? Level.CONST
      : argList.type === "generator_expression"
        ? this.eval(argList, cls, env, depth + 1)
        : this.maxOf(argList.children, cls, env, depth);
    const fn = field(call, "function");
    const recvNode = fn?.type === "attribute" ? field(fn, "object") : undefined;
    if (recvNode?.type === "identifier" && /^(get|getint|getfloat|getboolean)$/.test(m)) {
      const keyed = this.keyedGet(call, recvNode, cls, env, depth);
      if (keyed !== undefined) return keyed;
    }
    if (recvNode?.type === "attribute" && m === "get") {
      const held = this.selfTableGet(call, recvNode, cls, env, depth);
      if (held !== undefined) return held;
    }
    // `PAGES.get(choice, '/')` on an upper-case name the code never binds (a module constant defined outside a
    // fragment): one of the table's values or the default, whatever the key, as `PAGES[choice]` is.
    if (
      m === "get" &&
      recvNode?.type === "identifier" &&
      /^[A-Z][A-Z0-9_]*$/.test(this.text(recvNode)) &&
      !env?.has(this.text(recvNode)) &&
      this.reachingAt(recvNode) === undefined
    ) {
      const dflt = this.arg(call, 1, "default");
      const table = this.eval(recvNode, cls, env, depth + 1);
      return Math.max(table, dflt ? this.eval(dflt, cls, env, depth + 1) : Level.CONST) as Level;
    }
    // `{'gzip': 'gzip', 'bz2': 'bz2'}.get(choice, 'gzip')`: a table written in place yields one of its values or
    // the default, whatever the key.
    // `self.params.get('sort')` where the class's one write of `.params` is a dict literal holding a constant
    // there, never stored into: that constant.
    const getKey = m === "get" && recvNode?.type === "attribute" ? this.args(call)[0] : undefined;
    if (getKey && this.args(call).length <= 2 && this.attrItemConst(recvNode!, getKey)) return Level.CONST;
    if (m === "get" && recvNode?.type === "dictionary") {
      const pairs = namedChildren(recvNode);
      const sk = this.constKey(this.args(call)[0]);
      if (sk !== undefined && pairs.some((p) => p.type === "dictionary_splat")) {
        const at = this.dictEntryLevel(recvNode, sk, this.arg(call, 1, "default"), cls, env, depth);
        if (at !== undefined) return at;
      }
      if (pairs.every((p) => p.type === "pair")) {
        const dflt = this.arg(call, 1, "default");
        // At a constant key with every key constant: that entry, or the default when the key is absent.
        const k = this.constKey(this.args(call)[0]);
        const keys = pairs.map((p) => this.constKey(field(p, "key")));
        if (k !== undefined && keys.every((x) => x !== undefined)) {
          const at = keys.lastIndexOf(k);
          const picked = at >= 0 ? field(pairs[at]!, "value") : dflt;
          return picked ? this.eval(picked, cls, env, depth + 1) : Level.CONST;
        }
        let level = dflt ? this.eval(dflt, cls, env, depth + 1) : Level.CONST;
        for (const p of pairs) level = Math.max(level, this.eval(field(p, "value"), cls, env, depth + 1));
        return level as Level;
      }
    }
    if ((m === "get" || m === "get_nowait") && recvNode?.type === "identifier") {
      const kind = this.queueKind(recvNode);
      const popped = kind
        ? this.poppedLevel(call, recvNode, cls, env, depth, kind === "lifo" ? -1 : 0)
        : undefined;
      if (popped !== undefined) return popped;
    }
    // deque.popleft(): the front item, like pop(0).
    if (m === "popleft" && recvNode?.type === "identifier" && !this.args(call).length) {
      const popped = this.poppedLevel(call, recvNode, cls, env, depth, 0);
      if (popped !== undefined) return popped;
    }
    if (m === "pop" && recvNode?.type === "identifier") {
      const popped = this.poppedLevel(call, recvNode, cls, env, depth);
      if (popped !== undefined) return popped;
      // dict.pop('k', default) on a dict literal: the entry at 'k', like get().
      const keyed = this.args(call).length ? this.keyedGet(call, recvNode, cls, env, depth) : undefined;
      if (keyed !== undefined) return keyed;
    }
    // `next(gen())`: the first value a local straight-line generator yields.
    if (q === "next" && depth < 20) {
      const g = this.generatorCall(this.args(call)[0], cls, env, depth);
      const first = g?.seq?.[0];
      if (first) return this.eval(first, cls, g.bound, depth + 1);
      // `it = gen(h)`, `next(it)`, then `x = next(it)`: the value at the count of the earlier next() calls.
      const stepped = this.steppedGenerator(call, cls, env, depth);
      if (stepped !== undefined) return stepped;
    }
    // (`self.sanitize(p)` holding a function of this file, see localCallee: that function, called with p)
    const local =
      (fn?.type === "identifier" ? this.functions.get(this.text(fn)) : undefined) ??
      (own && this.functions.get(this.text(field(own, "name") ?? own)) === own ? own : undefined);
    // `@cleaned def card(name)` where cleaned's wrapper returns `fn(html.escape(value))`: the call runs the
    // wrapper, so card's body sees what the wrapper passes it.
    const wrapped = local && depth < 20 ? this.localWrapper(local) : undefined;
    if (wrapped?.returnsInner) {
      const outer = this.bindArgs(wrapped.wrapper, call, cls, env, depth);
      const inner = this.bindArgs(local!, wrapped.inner, cls, outer, depth);
      const body = field(local!, "body");
      if (body) return this.summariseBody(body, cls, inner, depth + 1);
    }
    if (local && depth < 20) return this.summarise(local, call, cls, env, depth);
    // `with Holder(v) as name:`: the name is what the local class's `__enter__` returns (its own or a local
    // base's), given the attributes the constructor stored; not the instance.
    if (
      fn?.type === "identifier" &&
      depth < 20 &&
      call.parent?.type === "as_pattern" &&
      call.parent.parent?.type === "with_item" &&
      call.parent.children[0] === call
    ) {
      let k = this.classes.get(this.text(fn));
      let enter: SyntaxNode | undefined;
      for (let hops = 0; k && !enter && hops < 5; hops++, k = this.localBase(k))
        enter = this.classMethod(k, "__enter__");
      if (enter)
        return this.summarise(enter, call, cls, env, depth, this.receiverAttrsOf(call, cls, env, depth));
    }
    // `functools.reduce(lambda acc, t: acc + ' OR tag = ?', tags, '1 = 0')`: what the lambda makes of the
    // initial value and the items, folded until the accumulator's level settles.
    if (q === "functools.reduce" && depth < 20) {
      const [f, seq, init] = this.args(call);
      const lam = f?.type === "lambda" ? f : undefined;
      const body = lam ? field(lam, "body") : undefined;
      const ps = lam ? this.paramNames(lam) : [];
      // Over a literal's items: the fold itself, item by item (`lambda acc, s: s` ends on the last one).
      const items = body && ps.length === 2 && seq ? this.literalItems(seq) : undefined;
      if (items && items.length <= 16 && !items.some((c) => /splat/.test(c.type)) && (init || items.length)) {
        const rest = init ? items : items.slice(1);
        let acc = this.eval(init ?? items[0]!, cls, env, depth + 1);
        for (const it of rest) {
          const bound = new Map(env ?? []);
          bound.set(ps[0]!, acc);
          bound.set(ps[1]!, this.eval(it, cls, env, depth + 1));
          acc = this.eval(body!, cls, bound, depth + 2);
        }
        return acc;
      }
      if (body && ps.length === 2 && seq) {
        const item = this.iteratedLevel(seq, cls, env, depth + 1);
        let acc = init ? this.eval(init, cls, env, depth + 1) : item;
        for (let i = 0; i < 4; i++) {
          const bound = new Map(env ?? []);
          bound.set(ps[0]!, acc);
          bound.set(ps[1]!, item);
          const next = Math.max(acc, this.eval(body, cls, bound, depth + 2)) as Level;
          if (next === acc) break;
          acc = next;
        }
        return acc;
      }
    }
    // `pick = operator.itemgetter(1)` then `pick(pair)`: the argument's item at that constant key.
    if ((fn?.type === "identifier" || fn?.type === "call") && depth < 20) {
      const vals = fn.type === "call" ? [fn] : this.reachingValues(fn);
      const getter = vals?.length === 1 && vals[0]!.type === "call" ? vals[0]! : undefined;
      const key =
        getter && this.callee(getter) === "operator.itemgetter" && this.args(getter).length === 1
          ? this.constKey(this.args(getter)[0])
          : undefined;
      const target = this.args(call)[0];
      if (key !== undefined && target?.type === "identifier" && this.args(call).length === 1)
        return this.elementLevel(target, key, cls, env, depth + 1);
      // `operator.attrgetter('role')(who)` on a SimpleNamespace / namedtuple / dataclass built here: that field.
      const attr =
        getter && this.callee(getter) === "operator.attrgetter" && this.args(getter).length === 1
          ? this.constValue(this.args(getter)[0])
          : undefined;
      if (
        typeof attr === "string" &&
        /^\w+$/.test(attr) &&
        target?.type === "identifier" &&
        this.args(call).length === 1
      ) {
        const held = this.namespaceField(target, attr) ?? this.namedTupleField(target, attr);
        if (held !== undefined) return held ? this.eval(held, cls, env, depth + 1) : Level.CONST;
      }
    }
    // `table['raw'](v)`: the lambda (or local function) a dict or list literal holds at a constant key.
    // `table.get('raw', fallback)(v)`: the same, read through dict.get at a constant key.
    const getter = fn?.type === "call" ? field(fn, "function") : undefined;
    const getArgs =
      getter?.type === "attribute" && this.text(field(getter, "attribute")!) === "get" ? this.args(fn!) : [];
    const held =
      fn?.type === "subscript" && depth < 20
        ? this.elementNode(field(fn, "value"), field(fn, "subscript"))
        : getArgs.length >= 1 && getArgs.length <= 2 && depth < 20
          ? this.elementNode(field(getter!, "object"), getArgs[0], getArgs[1])
          : undefined;
    const heldFn = held?.type === "identifier" ? this.functions.get(this.text(held)) : undefined;
    if (heldFn) return this.summarise(heldFn, call, cls, env, depth);
    // `for f in (str.strip, str.lower): name = f(name)`: on each pass the call is one of the sequence's functions.
    if (fn?.type === "identifier" && !local && depth < 20) {
      const items = this.iteratedCallables(fn);
      let m: Level | undefined = items ? Level.CONST : undefined;
      for (const it of items ?? []) {
        const l = this.applyCallable(it, call, cls, env, depth, argLevel);
        if (l === undefined) {
          m = undefined;
          break;
        }
        m = Math.max(m!, l) as Level;
      }
      if (m !== undefined) return m;
    }
    // `(lambda x: 'nobody')(v)`: a lambda called where it is written.
    const inPlace = fn?.type === "parenthesized_expression" ? namedChildren(fn)[0] : undefined;
    if (
      (fn?.type === "identifier" && !local && depth < 20) ||
      held?.type === "lambda" ||
      inPlace?.type === "lambda"
    ) {
      // `f = lambda x: ...` then `f(v)`: the body's level with the parameters bound to the arguments.
      const vals = held ? [held] : inPlace?.type === "lambda" ? [inPlace] : this.reachingValues(fn!);
      // `render = RENDERERS['safe']` then `render(v)`: the entry the name was read from, at a constant key.
      const picked = !held && vals?.length === 1 ? this.pickedEntry(vals[0]!) : undefined;
      const pickedFn = picked?.type === "identifier" ? this.functions.get(this.text(picked)) : undefined;
      if (pickedFn) return this.summarise(pickedFn, call, cls, env, depth);
      const one = picked ?? (vals?.length === 1 ? vals[0] : undefined);
      const lam = one?.type === "lambda" ? one : undefined;
      const body = lam ? field(lam, "body") : undefined;
      if (lam && body) {
        return this.eval(body, cls, this.bindParams(this.paramNames(lam), call, cls, env, depth), depth + 2);
      }
    }
    const method = fn?.type === "attribute" ? this.localMethod(fn) : undefined;
    if (method && depth < 20)
      return this.summarise(method, call, cls, env, depth, this.receiverAttrs(fn!, cls, env, depth));
    const made = fn?.type === "attribute" && depth < 20 ? this.factoryMethods(fn) : undefined;
    if (made) {
      let m = Level.CONST;
      for (const f of made) m = Math.max(m, this.summarise(f, call, cls, env, depth)) as Level;
      return m;
    }
    // `asdict(rec)` / `astuple(rec)` / `vars(rec)` of a local dataclass (or record) built here: what its fields hold.
    if (/^(dataclasses\.(asdict|astuple)|vars)$/.test(q) && this.args(call).length === 1 && depth < 20) {
      const fields = this.declaredFields(call, cls, env, depth, undefined, this.args(call)[0]);
      if (fields?.size) return Math.max(...fields.values()) as Level;
    }
    // `defaultdict(list)`: an empty mapping whose factory makes empty values; what it holds comes from its writes.
    if (/^(collections\.)?defaultdict$/.test(q)) {
      const a = this.args(call);
      if (
        !a.length ||
        (a.length === 1 && /^(list|dict|set|int|float|str|bytes|tuple)$/.test(this.text(a[0]!)))
      )
        return Level.CONST;
    }
    if (PROPAGATE_FUNCS.has(q)) return argLevel;
    if (cls === "trust" && KEEPS_ARGUMENT_TEXT.has(q)) return argLevel;
    if (cls === "html" && RECORD_LOOKUP.test(m)) return Level.UNKNOWN;
    // An in-memory stream hands back what it was made with and what was written into it, nothing else.
    if (
      fn?.type === "attribute" &&
      recvNode?.type === "identifier" &&
      /^(getvalue|read|readline|readlines)$/.test(m) &&
      this.memoryStream(recvNode)
    )
      return this.eval(recvNode, cls, env, depth + 1);
    if (fn?.type === "attribute" && recvNode?.type === "identifier" && /^read(line|lines)?$/.test(m)) {
      const back = this.readBack(recvNode, cls, env, depth);
      if (back !== undefined) return back;
    }
    // A log line: a yes/no check of the input (`ok = self.server.check(user, pw)`, `is_valid(name)`) adds a
    // verdict to the line, not the input's text.
    // (`verify_credentials(name, pw)`, `authenticate(...)`: the account the check found, or None.)
    if (cls === "log" && /^(is|has|can)_\w+$|^(check|verify)(_\w+)?$|^authenticate$/.test(m))
      return Level.CONST;
    if (fn?.type === "attribute") {
      const recv = this.eval(field(fn, "object"), cls, env, depth + 1);
      // A file's or socket's bytes are input, but not what a reflected-XSS or trust-boundary finding means:
      // request data echoed back or stored as the server's own. For a log or header line only a peer's bytes
      // off a socket count, not a stream read back (a child's output, a response body a client fetched).
      // A template file the package ships (`open("templates/mail.txt")`, a path beside `__file__`) is the program's
      // own source, not input: compiling it is what every template loader does.
      if (cls === "template" && /^read(lines?)?$/.test(m) && this.shippedFile(field(fn, "object")))
        return Level.UNKNOWN;
      if (SOURCE_METHODS.has(m) && recv >= Level.UNKNOWN)
        return cls === "html" ||
          cls === "trust" ||
          ((cls === "log" || cls === "header") &&
            !/^recv/.test(m) &&
            !(/^readlines?$/.test(m) && this.peerStream(field(fn, "object"))))
          ? (Math.max(recv, argLevel, Level.UNKNOWN) as Level)
          : Level.SOURCE;
      // String and container methods keep their receiver's and arguments' control; any other method returns
      // data we cannot see (a parser's result, a database row), which is not a constant.
      // `'PLACEHOLDER'.replace('MISSING', v)`: a pattern the constant receiver does not hold replaces nothing.
      if (m === "replace") {
        const text = this.constValue(field(fn, "object"));
        const old = this.constValue(this.args(call)[0]);
        if (typeof text === "string" && typeof old === "string" && old && !text.includes(old)) return recv;
      }
      // A digest's hexdigest() is hex digits only: no markup, quote, separator or path character survives.
      if (m === "hexdigest" && !this.args(call).length && cls !== "trust" && cls !== "literal")
        return Level.CONST;
      const l = Math.max(recv, argLevel) as Level;
      if (PURE_METHODS.has(m)) return l;
      // Across a trust boundary only the raw value counts: what an opaque call derives from it (a user
      // looked up by name, a parsed record) is the server's own result.
      if (cls === "trust") return Level.UNKNOWN;
      return Math.max(l, Level.UNKNOWN) as Level;
    }
    if (cls === "trust") return Level.UNKNOWN;
    return Math.max(Level.UNKNOWN, argLevel) as Level;
  }

  /**
   * `t.render(...)` where t is a template built in this file from a constant source (Django `Template(src)`,
   * jinja2 `Template(src)`, `env.from_string(src)`, mako `Template(text)`): the variable names it emits without
   * HTML escaping, "all" when nothing is escaped (an environment without autoescape, an autoescape-off block),
   * undefined for any other call.
   */
  templateRender(call: SyntaxNode): Set<string> | "all" | undefined {
    const fn = field(call, "function");
    const m = this.method(call);
    if (fn?.type !== "attribute" || (m !== "render" && m !== "generate")) return undefined;
    const made = this.resolve(field(fn, "object"));
    if (made?.type !== "call") return undefined;
    const q = this.callee(made);
    if (/^tornado\.template\.Template$/.test(q)) {
      // tornado's Template(src).generate(...) escapes every {{ expr }} with xhtml_escape unless autoescape=None
      // (or an `{% autoescape None %}` block); `{% raw expr %}` emits expr as it is.
      const tsrc = this.stringValue(this.resolve(this.arg(made, 0, "template_string")));
      if (m !== "generate" || tsrc === undefined) return undefined;
      const ae = this.kwarg(made, "autoescape");
      if ((ae && ae.type === "none") || /\{%-?\s*autoescape\s+None\b/.test(tsrc)) return "all";
      return new Set([...tsrc.matchAll(/\{%-?\s*raw\s+(\w+)/g)].map((x) => x[1]!));
    }
    if (m !== "render") return undefined;
    if (this.method(made) === "get_template") {
      // lookup.get_template(name) of a mako TemplateLookup: the file is unseen here, but the lookup's
      // default_filters=['h'] escapes every expression of every template it loads; without it nothing is escaped.
      const gf = field(made, "function");
      const lookup = this.resolve(gf?.type === "attribute" ? field(gf, "object") : undefined);
      if (lookup?.type === "call" && /^jinja2\.(sandbox\.)?\w*Environment$/.test(this.callee(lookup)))
        return this.jinjaFileEscapes(lookup, made);
      if (lookup?.type !== "call" || !/^mako\.lookup\.TemplateLookup$/.test(this.callee(lookup)))
        return undefined;
      const filters = this.kwarg(lookup, "default_filters");
      return filters && /['"]h['"]/.test(this.text(this.resolve(filters) ?? filters)) ? new Set() : "all";
    }
    if (/^mako\.template\.Template$/.test(q)) {
      // mako escapes a ${name} only through the h filter: written in the expression, or given to every expression
      // by default_filters=['h'] (which an expression's own `| n` switches off).
      const msrc = this.stringValue(this.resolve(this.arg(made, 0, "text")));
      if (msrc === undefined) return undefined;
      const filters = this.kwarg(made, "default_filters");
      const byDefault = !!filters && /['"]h['"]/.test(this.text(this.resolve(filters) ?? filters));
      const raw = new Set<string>();
      for (const x of msrc.matchAll(/\$\{\s*([A-Za-z_]\w*)([^}]*)\}/g)) {
        const flt = /\|(.*)$/.exec(x[2] ?? "")?.[1] ?? "";
        const escaped = /\bh\b/.test(flt) || (byDefault && !/\bn\b/.test(flt));
        if (!escaped) raw.add(x[1]!);
      }
      return raw;
    }
    const src = this.stringValue(
      this.resolve(this.arg(made, 0, "source") ?? this.kwarg(made, "template_string")),
    );
    if (src === undefined) return undefined;
    let escapes: boolean;
    if (/^django\.template\.(Template|base\.Template)$/.test(q)) escapes = true;
    else if (/^jinja2\.Template$/.test(q)) escapes = this.kwarg(made, "autoescape")?.type === "true";
    else if (this.method(made) === "from_string") {
      const recv = field(made, "function");
      const env = this.resolve(recv?.type === "attribute" ? field(recv, "object") : undefined);
      if (env?.type !== "call") return undefined;
      const eq = this.callee(env);
      if (/^django\.template\.Engine$/.test(eq) || /^django\.template\.engines\b/.test(this.text(env)))
        escapes = this.kwarg(env, "autoescape")?.type !== "false";
      else if (
        /^jinja2\.(sandbox\.)?(Environment|SandboxedEnvironment|ImmutableSandboxedEnvironment)$/.test(eq)
      ) {
        const ae = this.kwarg(env, "autoescape");
        const sel = ae?.type === "call" && /(^|\.)select_autoescape$/.test(this.callee(ae)) ? ae : undefined;
        escapes = ae?.type === "true" || (!!sel && this.kwarg(sel, "default_for_string")?.type !== "false");
      } else return undefined;
    } else return undefined;
    if (!escapes || /\{%-?\s*autoescape\s+(off|false)\b/i.test(src)) return "all";
    return new Set([...src.matchAll(/\{\{-?\s*(\w+)[^}]*\|\s*safe(seq)?\b/g)].map((x) => x[1]!));
  }

  /**
   * `env.get_template('page.html').render(...)` of a jinja2 Environment: the file is unseen here, but the
   * environment's autoescape (True, or select_autoescape whose enabled extensions - html, htm and xml unless told -
   * hold the file's) escapes every expression; without it nothing is escaped. Undefined for a name not written here.
   */
  private jinjaFileEscapes(env: SyntaxNode, getTemplate: SyntaxNode): Set<string> | "all" | undefined {
    const name = this.stringValue(this.resolve(this.arg(getTemplate, 0, "name")));
    if (name === undefined) return undefined;
    const ext = /\.(\w+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
    const ae = this.kwarg(env, "autoescape");
    if (ae?.type === "true") return new Set();
    if (ae?.type !== "call" || !/(^|\.)select_autoescape$/.test(this.callee(ae))) return "all";
    const enabled = this.arg(ae, 0, "enabled_extensions");
    const exts = enabled
      ? [...this.text(this.resolve(enabled) ?? enabled).matchAll(/['"]\.?(\w+)['"]/g)].map((x) =>
          x[1]!.toLowerCase(),
        )
      : ["html", "htm", "xml"];
    return exts.includes(ext) ? new Set() : "all";
  }

  /** The most a template's raw names take from the render call: keywords, or a (Context-wrapped) dict literal. */
  private renderedLevel(
    call: SyntaxNode,
    names: Set<string>,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level {
    let level = Level.UNKNOWN;
    const first = this.args(call)[0];
    let lit = first ? this.resolve(first) : undefined;
    if (lit?.type === "call" && /(^|\.)(Context|RequestContext)$/.test(this.callee(lit))) {
      // Context(..., autoescape=False): the render escapes nothing.
      if (this.kwarg(lit, "autoescape")?.type === "false") return this.eval(first, cls, env, depth + 1);
      lit = this.args(lit)
        .map((a) => this.resolve(a))
        .find((a) => a?.type === "dictionary");
    }
    for (const name of names) {
      const kw = this.kwarg(call, name);
      const v = kw ?? (lit?.type === "dictionary" ? this.literalEntry(lit, name) : first);
      level = Math.max(level, this.eval(v, cls, env, depth + 1)) as Level;
    }
    return level;
  }

  /**
   * A handle opened for reading on a path the program ships: literals (outside the shared temp directories),
   * `__file__`, and os.path / pathlib calls on them, through names bound in the file (`open(os.path.join(HERE,
   * "templates", "a.txt"))`, `with open("templates/a.txt") as fh`).
   */
  shippedFile(handle: SyntaxNode | undefined): boolean {
    const made = handle?.type === "call" ? handle : this.resolve(handle, 1);
    if (made?.type !== "call" || !/^(open|io\.open|codecs\.open|builtins\.open)$/.test(this.callee(made)))
      return false;
    const mode = this.arg(made, 1, "mode");
    const mv = mode ? this.constValue(mode) : "r";
    if (typeof mv !== "string" || /[wa+x]/.test(mv)) return false;
    const path = this.arg(made, 0, "file");
    return !!path && this.shippedPath(path);
  }

  /** A path the program ships (see shippedFile): literals outside the temp directories and `__file__`-relative. */
  shippedPath(node: SyntaxNode, depth = 3): boolean {
    const n = this.resolve(node) ?? node;
    if (/['"]\/(tmp|var\/tmp|dev\/shm)\//.test(this.text(n))) return false;
    const ok = (d: SyntaxNode): boolean => {
      switch (d.type) {
        case "string":
        case "concatenated_string":
          return namedChildren(d).every((c) => c.type !== "interpolation" || ok(c));
        case "interpolation":
        case "parenthesized_expression":
          return namedChildren(d).every(ok);
        case "call":
          return (
            /^(os\.path\.(join|dirname|abspath|realpath|normpath)|pathlib\.(Path|PurePath)|Path|str|os\.fspath)$/.test(
              this.callee(d),
            ) && this.args(d).every(ok)
          );
        case "attribute":
          // `Path(__file__).parent`, `HERE.parent`: a location derived from a shipped one.
          return (
            /^(parent|parents|absolute|resolve)$/.test(this.text(field(d, "attribute")!)) &&
            ok(field(d, "object")!)
          );
        case "binary_operator":
          return d.children.some((c) => !c.named && /^[/+]$/.test(c.type)) && namedChildren(d).every(ok);
        case "identifier": {
          if (this.text(d) === "__file__") return true;
          const v = depth > 0 ? this.resolve(d) : undefined;
          return !!v && v !== d && v.type !== "identifier" && this.shippedPath(v, depth - 1);
        }
        default:
          return false;
      }
    };
    return ok(n);
  }

  /**
   * A file this program writes and reads back at one constant path (`open(P, 'w').write(v)` ... `open(P).read()`):
   * what comes back is what was written. Undefined when the handle is not such a file or nothing here writes it.
   */
  private readBack(
    handle: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const opened = (h: SyntaxNode): { path: string; mode: string } | undefined => {
      const r = this.reachingAt(h);
      const v = r && r.binds.length === 1 && r.binds[0]!.kind === "assign" ? r.binds[0]!.value : undefined;
      if (v?.type !== "call" || !/^(open|io\.open|codecs\.open)$/.test(this.callee(v))) return undefined;
      const path = this.constValue(this.arg(v, 0, "file"));
      const mode = this.arg(v, 1, "mode");
      const mv = mode ? this.constValue(mode) : "r";
      return typeof path === "string" && typeof mv === "string" ? { path, mode: mv } : undefined;
    };
    const src = opened(handle);
    if (!src || /[wa+x]/.test(src.mode)) return undefined;
    let level: Level | undefined;
    for (const n of this.writeSites()) {
      const f = field(n, "function");
      const h = f ? field(f, "object") : undefined;
      if (h?.type !== "identifier") continue;
      const dst = opened(h);
      if (!dst || dst.path !== src.path || !/[wa+x]/.test(dst.mode)) continue;
      const l = this.eval(this.args(n)[0], cls, env, depth + 1);
      level = level === undefined ? l : (Math.max(level, l) as Level);
    }
    return level;
  }

  /** The literal text a string value starts with (`'<a>' + v`, `f'<a n="{v}"/>'`, through names bound once). */
  literalPrefix(node: SyntaxNode | undefined): string {
    return this.constPrefix(node).text;
  }

  /**
   * The literal text a string value starts with (`'prefix-' + v`, `f'id={v}'`, through names bound once) and
   * whether that is all of it.
   */
  private constPrefix(node: SyntaxNode | undefined, depth = 0): { text: string; complete: boolean } {
    const none = { text: "", complete: false };
    if (!node || depth > 6) return none;
    const v = this.constValue(node);
    if (typeof v === "string") return { text: v, complete: true };
    switch (node.type) {
      case "parenthesized_expression":
        return this.constPrefix(namedChildren(node)[0], depth + 1);
      case "binary_operator": {
        const op = node.children.find((c) => !c.named)?.type;
        const [l, r] = namedChildren(node);
        if (op === "%") {
          // `'%s;%s' % ('uptime', v)`: the template's text up to the first field not filled by a constant.
          const tpl = this.constValue(l);
          if (typeof tpl !== "string") return none;
          const inner = r?.type === "parenthesized_expression" ? namedChildren(r)[0] : r;
          const vals = inner?.type === "tuple" ? namedChildren(inner) : r ? [r] : [];
          let text = "";
          let at = 0;
          for (let i = 0; i < tpl.length; i++) {
            if (tpl[i] !== "%") {
              text += tpl[i];
              continue;
            }
            if (tpl[i + 1] === "%") {
              text += "%";
              i++;
              continue;
            }
            const c = tpl[i + 1] === "s" ? this.constValue(vals[at++]) : undefined;
            if (typeof c !== "string" || inner?.type !== "tuple") return { text, complete: false };
            text += c;
            i++;
          }
          return { text, complete: at === vals.length };
        }
        if (op !== "+") return none;
        const a = this.constPrefix(l, depth + 1);
        if (!a.complete) return a;
        const b = this.constPrefix(r, depth + 1);
        return { text: a.text + b.text, complete: b.complete };
      }
      case "string": {
        let text = "";
        for (const c of node.children) {
          if (c.type === "interpolation") return { text, complete: false };
          if (c.type === "string_content" || c.type === "escape_sequence") text += this.text(c);
        }
        return { text, complete: true };
      }
      case "identifier": {
        const r = this.reachingAt(node);
        if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return none;
        return this.constPrefix(r.binds[0]!.value, depth + 1);
      }
      case "call": {
        // `'|'.join(['recent', tag])`: the leading literal items and the separators between them.
        const fn = field(node, "function");
        if (fn?.type === "attribute" && this.text(field(fn, "attribute") ?? fn) === "format")
          return this.formatPrefix(node, fn);
        if (fn?.type !== "attribute" || this.text(field(fn, "attribute") ?? fn) !== "join") return none;
        const sep = this.constValue(field(fn, "object"));
        const items = typeof sep === "string" ? this.seqItems(this.resolve(this.args(node)[0])) : undefined;
        if (!items || items.some((c) => c.type === "list_splat")) return none;
        let text = "";
        for (const [i, item] of items.entries()) {
          const p = this.constPrefix(item, depth + 1);
          text += (i ? sep : "") + p.text;
          if (!p.complete) return { text, complete: false };
        }
        return { text, complete: true };
      }
      default:
        return none;
    }
  }

  /**
   * `'ls {}'.format(v)` / `'{0}:{1}'.format('guest', v)`: the template's text up to the first field not filled
   * by a constant string (a field with a conversion or format spec, an attribute or index, stops it too).
   */
  private formatPrefix(call: SyntaxNode, fn: SyntaxNode): { text: string; complete: boolean } {
    const tpl = this.constValue(field(fn, "object"));
    if (typeof tpl !== "string") return { text: "", complete: false };
    const args = this.ownArgs(call);
    if (args.some((a) => /splat/.test(a.type))) return { text: "", complete: false };
    let text = "";
    let auto = 0;
    for (let i = 0; i < tpl.length; i++) {
      const ch = tpl[i]!;
      if ((ch === "{" || ch === "}") && tpl[i + 1] === ch) {
        text += ch;
        i++;
        continue;
      }
      if (ch === "}") return { text, complete: false };
      if (ch !== "{") {
        text += ch;
        continue;
      }
      const end = tpl.indexOf("}", i);
      const name = end < 0 ? undefined : tpl.slice(i + 1, end);
      if (name === undefined || /[!:.[{]/.test(name)) return { text, complete: false };
      const arg =
        name === "" ? args[auto++] : /^\d+$/.test(name) ? args[Number(name)] : this.kwarg(call, name);
      const c = this.constValue(arg);
      if (typeof c !== "string") return { text, complete: false };
      text += c;
      i = end;
    }
    return { text, complete: true };
  }

  /**
   * `s[:6]`, `s[2]` where the selected characters lie inside `s`'s literal prefix, or `s.split(',')[0]` /
   * `s.split(',', 1)[0]` (also through a name) where the selected part ends before the prefix does: the
   * program's own text.
   */
  private withinKnownPrefix(value: SyntaxNode | undefined, sub: SyntaxNode): boolean {
    if (!value) return false;
    let target = value;
    if (value.type === "identifier") {
      const r = this.reachingAt(value);
      if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return false;
      target = r.binds[0]!.value ?? value;
    }
    const fn = target.type === "call" ? field(target, "function") : undefined;
    // `s.split()[0]`: the whitespace-separated words wholly inside the literal prefix.
    if (
      fn?.type === "attribute" &&
      this.method(target) === "split" &&
      !namedChildren(field(target, "arguments") ?? target).some((c) => c.type !== "comment")
    ) {
      const k = this.constValue(sub);
      if (typeof k !== "number" || !Number.isInteger(k)) return false;
      if (k < 0) {
        // `(x + ' guest').split()[-1]`: the words counted from the end wholly inside the literal suffix (its
        // first one only when whitespace comes before it there).
        const q = this.constSuffix(field(fn, "object"));
        const words = q.text.split(/\s+/).filter((w) => w);
        return -k <= (q.complete || /^\s/.test(q.text) ? words.length : words.length - 1);
      }
      const p = this.constPrefix(field(fn, "object"));
      const words = p.text.replace(/^\s+/, "").split(/\s+/);
      return k < (p.complete ? words.filter((w) => w).length : words.length - 1);
    }
    // `s.partition('|')[0]`: the part before a separator the literal prefix holds (the separator itself is
    // constant); rpartition's last part after a separator in the literal suffix.
    if (fn?.type === "attribute" && /^r?partition$/.test(this.method(target))) {
      const sep = this.constValue(this.args(target)[0]);
      const k = this.constValue(sub);
      if (typeof sep !== "string" || !sep || this.args(target).length !== 1) return false;
      if (k === 1 || k === -2) return true;
      const obj = field(fn, "object");
      if (this.method(target) === "partition")
        return (k === 0 || k === -3) && this.constPrefix(obj).text.includes(sep);
      return (k === 2 || k === -1) && this.constSuffix(obj).text.includes(sep);
    }
    if (fn?.type === "attribute" && /^(split|rsplit)$/.test(this.method(target))) {
      const right = this.method(target) === "rsplit";
      const sep = this.constValue(this.args(target)[0]);
      const k = this.constValue(sub);
      if (typeof sep !== "string" || !sep || typeof k !== "number" || !Number.isInteger(k)) return false;
      // `s.split(':', 1)[0]`: the parts before the maxsplit-th are those of an unlimited split; for rsplit the
      // last maxsplit parts are.
      const max = this.args(target).length === 1 ? this.kwarg(target, "maxsplit") : this.args(target)[1];
      const m = max ? this.constValue(max) : -1;
      if (this.args(target).length > 2 || typeof m !== "number" || !Number.isInteger(m)) return false;
      if (k >= 0) {
        if (right || (m >= 0 && k >= m)) return false;
        const p = this.constPrefix(field(fn, "object"));
        if (!p.text) return false;
        return k < p.text.split(sep).length - (p.complete ? 0 : 1);
      }
      // `(x + ' visitor').split(' ')[-1]`: the parts counted from the end that lie inside the literal suffix.
      if ((!right && m >= 0) || (right && m >= 0 && -k > m)) return false;
      const q = this.constSuffix(field(fn, "object"));
      if (!q.text) return false;
      return -k < q.text.split(sep).length + (q.complete ? 1 : 0);
    }
    if (sub.type === "slice") {
      const b = this.sliceBounds(sub);
      if (!b || (b[2] !== undefined && b[2] !== 1)) return false;
      const [start = 0, stop] = b;
      // `s[-4:]`: the last characters, inside the literal suffix.
      if (start < 0 && stop === undefined) {
        const q = this.constSuffix(value);
        return -start <= q.text.length;
      }
      if (start < 0 || stop === undefined || stop < 0) return false;
      const p = this.constPrefix(value);
      return !!p.text && stop <= p.text.length;
    }
    const k = this.constValue(sub);
    if (typeof k !== "number" || !Number.isInteger(k)) return false;
    if (k < 0) return -k <= this.constSuffix(value).text.length;
    const p = this.constPrefix(value);
    return k < p.text.length;
  }

  /** The literal text an expression surely ends with (the mirror of constPrefix). */
  private constSuffix(node: SyntaxNode | undefined, depth = 0): { text: string; complete: boolean } {
    const none = { text: "", complete: false };
    if (!node || depth > 6) return none;
    const v = this.constValue(node);
    if (typeof v === "string") return { text: v, complete: true };
    switch (node.type) {
      case "parenthesized_expression":
        return this.constSuffix(namedChildren(node)[0], depth + 1);
      case "binary_operator": {
        const op = node.children.find((c) => !c.named)?.type;
        if (op !== "+") return none;
        const [l, r] = namedChildren(node);
        const b = this.constSuffix(r, depth + 1);
        if (!b.complete) return b;
        const a = this.constSuffix(l, depth + 1);
        return { text: a.text + b.text, complete: a.complete };
      }
      case "string": {
        let text = "";
        let complete = true;
        for (const c of node.children) {
          if (c.type === "interpolation") {
            text = "";
            complete = false;
          } else if (c.type === "string_content" || c.type === "escape_sequence") text += this.text(c);
        }
        return { text, complete };
      }
      case "identifier": {
        const r = this.reachingAt(node);
        if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return none;
        return this.constSuffix(r.binds[0]!.value, depth + 1);
      }
      case "call": {
        // `' '.join([tag, 'visitor'])`: the trailing literal items and the separators between them.
        const fn = field(node, "function");
        if (fn?.type !== "attribute" || this.text(field(fn, "attribute") ?? fn) !== "join") return none;
        const sep = this.constValue(field(fn, "object"));
        const items = typeof sep === "string" ? this.seqItems(this.resolve(this.args(node)[0])) : undefined;
        if (!items || items.some((c) => c.type === "list_splat")) return none;
        let text = "";
        for (let i = items.length - 1; i >= 0; i--) {
          const q = this.constSuffix(items[i], depth + 1);
          text = q.text + (i < items.length - 1 ? sep : "") + text;
          if (!q.complete) return { text, complete: false };
        }
        return { text, complete: true };
      }
      default:
        return none;
    }
  }

  /**
   * `'%(a)s' % {'a': x, 'b': y}` reads only the keys the template names; `Markup(t) % v` escapes `v` for HTML.
   * Undefined for other shapes.
   */
  private percentFormat(
    node: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    if (node.children.find((c) => !c.named)?.type !== "%") return undefined;
    const [l, r] = namedChildren(node);
    if (!l || !r) return undefined;
    if (cls === "html" && l.type === "call" && /(^|\.)Markup$/.test(this.callee(l)))
      return this.eval(l, cls, env, depth + 1);
    if (r.type === "identifier" && this.resolve(r)?.type === "dictionary") {
      // `'%(name)s' % vals` with `vals` a dict: only the keys the template names are read.
      const tmpl = this.constValue(l);
      if (typeof tmpl !== "string" || !tmpl.includes("%(")) return undefined;
      let m = Level.CONST;
      for (const f of tmpl.matchAll(/%\(([^)]*)\)/g))
        m = Math.max(m, this.elementLevel(r, f[1]!, cls, env, depth + 1)) as Level;
      return m;
    }
    if (r.type !== "dictionary") return this.percentFields(l, r, cls, env, depth);
    const tmpl = this.constValue(l);
    if (typeof tmpl !== "string") return undefined;
    // A key read only through numeric conversions (`%(jump)d`) writes digits or raises, as in percentFields (not
    // for code or a shell command).
    const digitsOnly = cls !== "code" && cls !== "command";
    const names = new Set(
      [...tmpl.matchAll(/%\(([^)]*)\)[#0\- +]*\d*(?:\.\d*)?[hlL]?([a-zA-Z%]?)/g)]
        .filter((m) => !(digitsOnly && /^[diouxXeEfFgG]$/.test(m[2]!)))
        .map((m) => m[1]!),
    );
    let m = Level.CONST;
    for (const pair of namedChildren(r)) {
      if (pair.type !== "pair") return undefined;
      const k = this.constKey(field(pair, "key"));
      if (k === undefined) return undefined;
      if (names.has(k)) m = Math.max(m, this.eval(field(pair, "value"), cls, env, depth + 1)) as Level;
    }
    return m;
  }

  /**
   * `'... %s ... %d' % (a, n)` on a constant template, field by field: a numeric conversion (%d, %i, %x, %f, ...)
   * writes digits or raises, so its value carries no markup, quote, separator or line break (for text sinks); `%r` writes repr(),
   * whose escaped newlines cannot forge a log line (as `{!r}` in formatFields); for SQL, `'%s'` inside single quotes
   * filled with `v.replace("'", "''")` cannot close the literal. Undefined when the fields cannot be paired with
   * the values (a `*` width, a mapping key, a count that differs).
   */
  private percentFields(
    l: SyntaxNode,
    r: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const tmpl = this.constValue(l);
    if (typeof tmpl !== "string") return undefined;
    const inner = r.type === "parenthesized_expression" ? namedChildren(r)[0] : r;
    if (!inner) return undefined;
    const vals = inner.type === "tuple" ? namedChildren(inner) : [r];
    if (vals.some((v) => v.type === "list_splat" || v.type === "parenthesized_list_splat")) return undefined;
    const fields = [...tmpl.matchAll(/%([#0\- +]*)(\d*)(?:\.(\d*))?[hlL]?([a-zA-Z%])|%/g)];
    const used = fields.filter((f) => f[0] !== "%%");
    if (used.some((f) => f[4] === undefined) || used.length !== vals.length) return undefined;
    let m = Level.CONST;
    used.forEach((f, i) => {
      const conv = f[4]!;
      // Not for code or a shell command: their rules report any string built at run time (a number spliced into
      // exec() or os.popen() is still code assembled from data), so only text sinks take the digits as safe.
      if (/^[diouxXeEfFgG]$/.test(conv) && cls !== "code" && cls !== "command") return;
      if (conv === "r" && cls === "log") return;
      const v = vals[i]!;
      if (conv === "r" && cls === "code") {
        // `%r` is repr(): a literal of request data or of a caller's value (see repr in evalCall).
        const lv = this.eval(v, cls, env, depth + 1);
        if (lv !== Level.SOURCE && lv !== Level.PARAM) m = Math.max(m, lv) as Level;
        return;
      }
      if (cls === "sql" && conv === "s" && this.quoteDoubled(v)) {
        const at = f.index!;
        if (tmpl[at - 1] === "'" && tmpl[at + f[0].length] === "'") return;
      }
      m = Math.max(m, this.eval(v, cls, env, depth + 1)) as Level;
    });
    return m;
  }

  /**
   * `v.replace("'", "''")` (or a name bound to it once): single quotes doubled, SQL's own escape inside '...'; so
   * is a MySQL driver's escape_string(v) (quotes and backslashes backslash-escaped, no quotes added).
   */
  private quoteDoubled(v: SyntaxNode): boolean {
    const n = v.type === "identifier" ? this.resolve(v) : v;
    if (n?.type === "call" && this.mysqlEscape(n) === "string") return true;
    if (n?.type !== "call" || this.method(n) !== "replace") return false;
    const [a, b] = this.args(n);
    return this.constValue(a) === "'" && this.constValue(b) === "''";
  }

  /**
   * The attribute a call really invokes: `conn.escape` for `conn.escape(v)`, for `esc(v)` after `esc =
   * conn.escape` (the name's one binding), and for `self._q(v)` where the class's one store of `_q` is `self._q =
   * conn.escape` (a bound method kept as a shorthand). Undefined for anything else.
   */
  private invokedAttribute(call: SyntaxNode): SyntaxNode | undefined {
    const fn = field(call, "function");
    if (fn?.type === "identifier") {
      if (this.functions.has(this.text(fn))) return undefined;
      const vals = this.reachingValues(fn);
      return vals?.length === 1 && vals[0]!.type === "attribute" ? vals[0] : undefined;
    }
    if (fn?.type !== "attribute") return undefined;
    if (this.text(field(fn, "object") ?? fn) !== "self") return fn;
    let k: SyntaxNode | null = call.parent;
    while (k && k.type !== "class_definition") k = k.parent;
    if (!k) return fn;
    const name = this.text(field(fn, "attribute") ?? fn);
    if (this.classMethod(k, name)) return undefined;
    const writes = this.attrAssignments(name).filter((w) => w.start > k.start && w.end <= k.end);
    if (!writes.length) return fn;
    const right =
      writes.length === 1 && writes[0]!.type === "assignment" ? field(writes[0]!, "right") : undefined;
    return right?.type === "attribute" ? right : undefined;
  }

  /**
   * A MySQL driver's escaping call (PyMySQL, mysqlclient), however reached (see invokedAttribute): "literal" for
   * a connection's escape(v) / literal(v) (v as a quoted, escaped SQL literal), "string" for escape_string(v)
   * (escaped, no quotes: safe inside '...' only). The receiver must be the driver module, a connection its
   * connect() made, or, in a file importing the driver, an object named as a connection.
   */
  private mysqlEscape(call: SyntaxNode): "literal" | "string" | undefined {
    if (this.localCallee(call)) return undefined;
    const attr = this.invokedAttribute(call);
    const name = attr ? this.text(field(attr, "attribute") ?? attr) : "";
    if (!attr || !/^(escape|literal|escape_string)$/.test(name)) return undefined;
    const recv = field(attr, "object");
    const made = this.resolve(recv);
    const ok =
      (made?.type === "call" &&
        /^(pymysql|MySQLdb)\.(connect|Connect|connections\.Connection)$/.test(this.callee(made))) ||
      (name === "escape_string" && /^(pymysql|MySQLdb)(\.(converters|_mysql))?$/.test(this.qname(recv))) ||
      (!!recv &&
        sourceHas(this.tree, /^\s*(import|from)\s+(pymysql|MySQLdb)\b/m) &&
        /(^|\.)_?(conn|connection|db|cnx|con)$/i.test(this.text(recv)));
    if (!ok) return undefined;
    return name === "escape_string" ? "string" : "literal";
  }

  /**
   * `'{1}'.format(a, b)` on a constant template reads only the arguments its fields name (`{}` numbers them in
   * order, `{name}` a keyword); undefined when the template is not a constant.
   */
  private formatFields(
    call: SyntaxNode,
    tmplNode: SyntaxNode | undefined,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const tmpl = this.constValue(tmplNode);
    if (typeof tmpl !== "string") return undefined;
    const list = field(call, "arguments");
    if (!list || list.children.some((c) => c.type === "list_splat")) return undefined;
    // `.format(**d)`: a named field not passed as a keyword is the splatted mapping's entry of that name (a
    // dict literal's, or a local dict's as written); any other mapping counts whole.
    const splats = list.children.filter((c) => c.type === "dictionary_splat").map((c) => namedChildren(c)[0]);
    if (splats.some((x) => !x)) return undefined;
    const fromSplats = (ref: string): Level => {
      let l = Level.CONST;
      for (const x of splats as SyntaxNode[]) {
        const e =
          x.type === "identifier"
            ? this.elementLevel(x, ref, cls, env, depth + 1)
            : x.type === "dictionary"
              ? (this.dictEntryLevel(x, ref, undefined, cls, env, depth) ?? this.eval(x, cls, env, depth + 1))
              : this.eval(x, cls, env, depth + 1);
        l = Math.max(l, e) as Level;
      }
      return l;
    };
    const args = this.args(call).filter((a) => a.type !== "dictionary_splat");
    let auto = 0;
    let m = Level.CONST;
    for (const f of tmpl
      .replace(/\{\{|\}\}/g, "")
      .matchAll(/\{([^{}!:.[]*)(?:\[([^\]{}]*)\](?=[!:}]))?[^{}!:]*(![rsa])?(?::([^{}]*)(?=\}))?/g)) {
      const ref = f[1]!;
      const a = ref === "" ? args[auto++] : /^\d+$/.test(ref) ? args[Number(ref)] : this.kwarg(call, ref);
      // `'{0[site]}'.format(d)`: one item of the argument (a key of digits is an integer index).
      const item = f[2];
      const named = ref !== "" && !/^\d+$/.test(ref);
      const l = !a
        ? named && splats.length
          ? fromSplats(ref)
          : Level.CONST
        : item !== undefined && item !== "" && a.type === "identifier"
          ? this.elementLevel(a, item, cls, env, depth + 1)
          : this.eval(a, cls, env, depth + 1);
      // `{!r}` writes repr(): escaped newlines in a log line; a quoted literal of request data (or of a caller's
      // value) in code.
      if (f[3] && f[3] !== "!s" && (cls === "log" || (cls === "code" && l >= Level.PARAM))) continue;
      // `'{:d}'.format(n)`: digits or a ValueError (see numericSpec).
      if (f[4] !== undefined && cls !== "code" && cls !== "command" && numericSpec(f[4])) continue;
      m = Math.max(m, l) as Level;
    }
    return m;
  }

  /**
   * The value a dict literal holds at a constant key, in entry order: a later entry replaces an earlier one, a
   * `**` splat may (its level joins what was there, or the default). Undefined for a computed key or a
   * comprehension.
   */
  private dictEntryLevel(
    lit: SyntaxNode,
    key: string,
    dflt: SyntaxNode | undefined,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    let cur: Level | undefined;
    const base = () => (dflt ? this.eval(dflt, cls, env, depth + 1) : Level.CONST);
    for (const c of namedChildren(lit)) {
      if (c.type === "dictionary_splat") {
        const part = namedChildren(c)[0];
        const known = part ? this.mergeLiteral(part) : undefined;
        if (known) {
          // a splat of a known literal replaces the key when it holds it, and leaves it alone when not
          const entry = this.literalEntry(known, key);
          if (entry) cur = this.eval(entry, cls, env, depth + 1);
          continue;
        }
        const spl = this.eval(part, cls, env, depth + 1);
        cur = Math.max(cur ?? base(), spl) as Level;
        continue;
      }
      if (c.type !== "pair") return undefined;
      const k = this.constKey(field(c, "key"));
      if (k === undefined) return undefined;
      if (k === key) cur = this.eval(field(c, "value"), cls, env, depth + 1);
    }
    return cur ?? base();
  }

  /**
   * The dict literal a merge operand surely is: `{...}` in place, or a name whose only reaching binding is one and
   * that is never written through; constant keys only. Undefined for anything else.
   */
  private mergeLiteral(part: SyntaxNode): SyntaxNode | undefined {
    const held =
      part.type === "identifier" && !this.mappingWritten(part) ? this.reachingValues(part) : undefined;
    const lit = part.type === "dictionary" ? part : held?.length === 1 ? held[0] : undefined;
    if (lit?.type !== "dictionary") return undefined;
    for (const c of namedChildren(lit))
      if (c.type !== "pair" || this.constKey(field(c, "key")) === undefined) return undefined;
    return lit;
  }

  /**
   * The entry `dict(mapping, k=v, **other)` holds at a constant key: the positional mapping's, then each keyword
   * or `**` splat in order, a later one holding the key replacing it. A part that is no known literal (see
   * mergeLiteral) may hold anything there until a later one replaces it: undefined when that is where the entry
   * ends; null when no part holds the key.
   */
  private dictCallEntry(call: SyntaxNode, key: string): SyntaxNode | null | undefined {
    if (this.callee(call) !== "dict") return undefined;
    const parts = namedChildren(field(call, "arguments") ?? call);
    if (parts.length < 2 || parts.every((p) => p.type === "keyword_argument")) return undefined;
    let cur: SyntaxNode | null | undefined = null;
    for (const [i, p] of parts.entries()) {
      if (p.type === "keyword_argument") {
        if (this.text(field(p, "name") ?? p) === key) cur = field(p, "value") ?? null;
        continue;
      }
      const inner = p.type === "dictionary_splat" ? namedChildren(p)[0] : i === 0 ? p : undefined;
      if (!inner) return undefined;
      const lit = this.mergeLiteral(inner);
      const entry = lit ? this.literalEntry(lit, key) : undefined;
      if (!lit || entry) cur = entry;
    }
    return cur;
  }

  /**
   * `DEFAULTS | submitted` read at a constant key: the dict union's operands in order, the later one that holds
   * the key winning (a known literal without it leaves what was there; an unknown operand joins). Undefined
   * unless the value is a `|` chain with at least one known literal operand (sets, flags).
   */
  private unionEntry(
    value: SyntaxNode | undefined,
    key: string,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const parts: SyntaxNode[] = [];
    const flat = (n: SyntaxNode): boolean => {
      const inner = n.type === "parenthesized_expression" ? namedChildren(n)[0] : n;
      if (inner?.type === "binary_operator" && inner.children.find((c) => !c.named)?.type === "|")
        return flat(field(inner, "left")!) && flat(field(inner, "right")!);
      if (!inner) return false;
      parts.push(inner);
      return true;
    };
    if (value?.type !== "binary_operator" || !flat(value) || parts.length < 2) return undefined;
    const lits = parts.map((p) => this.mergeLiteral(p));
    if (!lits.some(Boolean)) return undefined;
    let cur: Level | undefined;
    parts.forEach((p, i) => {
      const lit = lits[i];
      if (!lit) cur = Math.max(cur ?? Level.CONST, this.eval(p, cls, env, depth + 1)) as Level;
      else {
        const entry = this.literalEntry(lit, key);
        if (entry) cur = this.eval(entry, cls, env, depth + 1);
      }
    });
    return cur ?? Level.CONST;
  }

  /** What `l.pop(i)` returns when the list's positions are known just before the call. */
  private poppedLevel(
    call: SyntaxNode,
    recv: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
    fixedAt?: number,
  ): Level | undefined {
    const r = this.reachingAt(recv);
    const lit = r && r.binds.length === 1 && r.binds[0]!.kind === "assign" ? r.binds[0]!.value : undefined;
    const items = this.seqItems(lit);
    const args = this.args(call);
    // (a queue's get() takes from a fixed end whatever its arguments: block, timeout)
    const at = fixedAt ?? (args.length === 0 ? -1 : this.constValue(args[0]));
    if (typeof at !== "number" || !Number.isInteger(at)) return undefined;
    if (r && !items && at >= 0 && this.openListMatters(recv)) {
      // `targets.insert(0, '/home')` then `targets.pop(0)`: a known front position of an open list.
      const open = this.openList(recv, call, call.order);
      if (!open || at >= open.head.length) return undefined;
      return this.maxOf(open.head[at]!, cls, env, depth);
    }
    if (!r || !items) return undefined;
    // The call's own move is recorded at the call; only the writes before it shape what it takes.
    const seq = this.listModel(
      items,
      r.elems.filter((e) => e.order < call.order),
      call,
    );
    const opts = seq ? seqAt(seq, at) : undefined;
    if (!opts) return undefined;
    let m = Level.CONST;
    for (const v of opts) m = Math.max(m, this.eval(v, cls, env, depth + 1)) as Level;
    return m;
  }

  /** `d.get('k', default)` or configparser's `cfg.get('section', 'option')` at constant keys. */
  private keyedGet(
    call: SyntaxNode,
    recv: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const r = this.reachingAt(recv);
    if (!r) return undefined;
    const args = this.args(call);
    // (Or a config parser filled a section at a time: `cfg['section'] = {'a': 'x'}` then `cfg.get('section', 'a')`.)
    const only0 = r.binds.length === 1 ? r.binds[0]!.value : undefined;
    const sectioned =
      r.elems.some((e) => e.key?.includes("\0")) ||
      (args.length >= 2 &&
        only0?.type === "call" &&
        /^configparser\.(Raw|Safe)?ConfigParser$/.test(this.callee(only0)) &&
        r.elems.some((e) => e.value?.type === "dictionary"));
    if (sectioned) {
      const s = this.constKey(args[0]);
      const o = this.constKey(args[1] ?? this.kwarg(call, "option"));
      if (s === undefined || o === undefined) return undefined;
      return this.elementLevel(recv, `${s}\0${o}`, cls, env, depth + 1);
    }
    const only = r.binds.length === 1 ? r.binds[0]!.value : undefined;
    const k = this.constKey(args[0]);
    const fallback = args[1] ? this.eval(args[1], cls, env, depth + 1) : Level.CONST;
    // `OrderedDict([('c', 'ls'), ('d', v)]).get('c')`: the row's value when no write followed.
    const rows = k !== undefined && !r.elems.length ? this.literalPairs(only) : undefined;
    if (rows) {
      const at = this.elementLevel(recv, k!, cls, env, depth + 1);
      return rows.some((p) => this.constKey(p[0]) === k) ? at : (Math.max(at, fallback) as Level);
    }
    if (only?.type !== "dictionary") return undefined;
    if (k === undefined) {
      // At a key we cannot know, get() returns one of the literal's values, a value written into it, or the
      // default: an allow-list table (`MODES.get(user_choice, '-6')`) yields only its constants.
      let level = this.dictValuesLevel(only, fallback, cls, env, depth + 1);
      for (const e of r.elems)
        level = Math.max(level, e.value || e.via ? this.elemValue(e, cls, env, depth + 1) : Level.UNKNOWN);
      return level as Level;
    }
    // A key the literal holds (and nothing may remove) is found: the default is never returned.
    const present =
      this.literalHasKey(only, k) &&
      !r.elems.some(
        (e) => e.key === undefined || e.key === SHUFFLE || e.key === `${POP}${JSON.stringify(k)}`,
      );
    const at = this.elementLevel(recv, k, cls, env, depth + 1);
    return present ? at : (Math.max(at, fallback) as Level);
  }

  /**
   * `self.links.get(code, '/')` where every value the attribute holds is a dict literal (see selfAttrValues) that
   * nothing in the file writes into: one of the literals' values or the default, whatever the key.
   */
  private selfTableGet(
    call: SyntaxNode,
    recv: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const args = this.args(call);
    // A constant key is read entry by entry elsewhere (self.params.get('sort')).
    if (!args.length || args.length > 2 || depth > 20 || this.constKey(args[0]) !== undefined)
      return undefined;
    const vals = this.selfAttrValues(recv);
    if (!vals?.length || vals.some((v) => v.type !== "dictionary")) return undefined;
    const a = this.text(field(recv, "attribute") ?? recv);
    const written = `\\.${a}\\s*\\[[^\\]]*\\]\\s*(=(?!=)|\\|=)|\\.${a}\\.(update|setdefault|__setitem__)\\(|\\.${a}\\s*\\|=`;
    if (sourceMatches(this.tree, written)) return undefined;
    let level = args[1] ? this.eval(args[1], cls, env, depth + 1) : Level.CONST;
    for (const d of vals) level = this.dictValuesLevel(d, level, cls, undefined, depth + 1);
    return level;
  }

  /** The highest level among a dict literal's values and `level` (a `**spread` entry is unknown). */
  private dictValuesLevel(
    dict: SyntaxNode,
    level: Level,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level {
    for (const pair of namedChildren(dict))
      level = Math.max(
        level,
        pair.type === "pair" ? this.eval(field(pair, "value"), cls, env, depth) : Level.UNKNOWN,
      ) as Level;
    return level;
  }

  /** The entry `table['k']` or `table.get('k'[, fallback])` reads from a dict or list literal at a constant key. */
  private pickedEntry(v: SyntaxNode): SyntaxNode | undefined {
    if (v.type === "subscript") return this.elementNode(field(v, "value"), field(v, "subscript"));
    const getter = v.type === "call" ? field(v, "function") : undefined;
    const a =
      getter?.type === "attribute" && this.text(field(getter, "attribute")!) === "get" ? this.args(v) : [];
    return a.length >= 1 && a.length <= 2
      ? this.elementNode(field(getter!, "object"), a[0], a[1])
      : undefined;
  }

  /** The lambda a call runs: written in place (`(lambda x: x)(v)`) or bound to the called name once. */
  private calledLambda(call: SyntaxNode): SyntaxNode | undefined {
    const fn = field(call, "function");
    const inner = fn?.type === "parenthesized_expression" ? namedChildren(fn)[0] : undefined;
    if (inner?.type === "lambda") return inner;
    if (fn?.type !== "identifier" || this.functions.has(this.text(fn))) return undefined;
    const vals = this.reachingValues(fn);
    return vals?.length === 1 && vals[0]!.type === "lambda" ? vals[0] : undefined;
  }

  /**
   * The constant a lambda call returns: its body when that reads none of its parameters, or the argument (or
   * default) bound to the parameter the body is. Undefined for anything else (a splat, a computed body).
   */
  private lambdaConst(
    lam: SyntaxNode,
    call: SyntaxNode,
    depth: number,
  ): string | number | boolean | null | undefined {
    const body = field(lam, "body");
    const params = namedChildren(field(lam, "parameters") ?? lam).filter((c) => c.type !== "comment");
    if (!body || params.some((p) => !/^(identifier|default_parameter)$/.test(p.type))) return undefined;
    if (this.ownArgs(call).some((a) => /splat/.test(a.type))) return undefined;
    const names = params.map((p) => this.text(p.type === "identifier" ? p : (field(p, "name") ?? p)));
    const at = body.type === "identifier" ? names.indexOf(this.text(body)) : -1;
    if (at >= 0) {
      const p = params[at]!;
      const arg =
        this.ownArgs(call)[at] ??
        this.kwarg(call, names[at]!) ??
        (p.type === "default_parameter" ? field(p, "value") : undefined);
      return this.constValue(arg, depth + 1);
    }
    const stack = [body];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.type === "identifier" && names.includes(this.text(n))) return undefined;
      stack.push(...n.children);
    }
    return this.constValue(body, depth + 1);
  }

  /** The function a call runs when it is defined in this file: a module-level/nested function or a method. */
  /**
   * `argparse.ArgumentParser(...)` / `optparse.OptionParser(...)`, or a call of this file's function that builds and
   * returns one (`parser = _get_optparse()`, the parser's options declared in a helper).
   */
  private optionParserMade(made: SyntaxNode): boolean {
    const ctor = (c: SyntaxNode | undefined) =>
      c?.type === "call" && /^(argparse\.ArgumentParser|optparse\.OptionParser)$/.test(this.callee(c));
    if (ctor(made)) return true;
    const fn = this.localCallee(made);
    const rets = fn ? this.returnValues(fn) : [];
    return rets.length > 0 && rets.every((r) => ctor(r.type === "identifier" ? this.resolve(r) : r));
  }

  localCallee(call: SyntaxNode): SyntaxNode | undefined {
    const fn = field(call, "function");
    if (fn?.type === "identifier") {
      const def = this.functions.get(this.text(fn));
      if (def) return def;
      // `build = lambda u: ...` then `build(x)`: the lambda bound to the name.
      const vals = this.reachingValues(fn);
      if (vals?.length === 1 && vals[0]!.type === "lambda") return vals[0];
      // `def apply(fn, v): return fn(v)` where every caller passes one function of this file (passedFunction).
      const q = this.callee(call);
      return q !== this.text(fn) ? this.functions.get(q) : undefined;
    }
    if (fn?.type !== "attribute") return undefined;
    const own = this.localMethod(fn);
    if (own || this.text(field(fn, "object") ?? fn) !== "self") return own;
    // `self.sanitize(p)` where every construction stores one function of this file there (see selfRunner).
    const q = this.selfRunner(fn);
    return q !== undefined ? this.functions.get(q) : undefined;
  }

  /**
   * The nested function a call runs when its callee is a local factory's result (`make(v)()`, or a name bound
   * once to `make(v)`): the `def` in the factory's body that each of its returns names. Undefined otherwise.
   */
  private factoryProduct(call: SyntaxNode): SyntaxNode | undefined {
    const fn = field(call, "function");
    let made: SyntaxNode | undefined;
    if (fn?.type === "call") made = fn;
    else if (fn?.type === "identifier" && !this.functions.has(this.text(fn))) {
      const vals = this.reachingValues(fn);
      made = vals?.length === 1 && vals[0]!.type === "call" ? vals[0] : undefined;
    }
    const factory = made ? this.localCallee(made) : undefined;
    const body = factory?.type === "function_definition" ? field(factory, "body") : undefined;
    if (!body) return undefined;
    const rets = this.returnValues(factory!);
    const name = rets[0]?.type === "identifier" ? this.text(rets[0]) : undefined;
    if (!name || rets.some((r) => r.type !== "identifier" || this.text(r) !== name)) return undefined;
    const defs = namedChildren(body)
      .map((c) => (c.type === "decorated_definition" ? undefined : c))
      .filter((c) => c?.type === "function_definition" && this.text(field(c, "name") ?? c) === name);
    return defs.length === 1 ? defs[0] : undefined;
  }

  /** The expressions a local function (or a lambda: its body) returns (nested definitions excluded). */
  returnValues(fn: SyntaxNode): SyntaxNode[] {
    if (fn.type === "lambda") {
      const body = field(fn, "body");
      return body ? [body] : [];
    }
    const out: SyntaxNode[] = [];
    const stack = [...(field(fn, "body")?.children ?? [])];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda") continue;
      if (n.type === "return_statement") {
        const v = namedChildren(n)[0];
        if (v) out.push(v);
      } else stack.push(...n.children);
    }
    return out;
  }

  /**
   * The method a call `obj.m(...)` runs when `obj` is an instance of a class defined in this file (`t =
   * Thing()`, `Thing().m(...)`) or the class itself (`Thing.m(...)`, a static or class method), so its result
   * is summarised like a local function's. Undefined for anything else (the class may be subclassed or patched
   * elsewhere only in code we cannot see, which this models as the class as written).
   */
  private localMethod(fn: SyntaxNode, depth = 0): SyntaxNode | undefined {
    const attr = field(fn, "attribute");
    let obj = field(fn, "object");
    if (!attr || !obj) return undefined;
    // `self.helper(x)` inside a method: the class's own method of that name (or its local base's).
    if (obj.type === "identifier" && this.text(obj) === "self") {
      const host = this.enclosingFunction(fn);
      const owner = host?.parent?.type === "decorated_definition" ? host.parent : host;
      let k = owner?.parent?.type === "block" ? owner.parent.parent : undefined;
      if (k?.type !== "class_definition") return undefined;
      // The host method called only on instances of one subclass (`QuotingArchiver().run(v)`): `self` is one of
      // those, so a method the subclass overrides is the override.
      const recv = host ? this.receiverClass(host, k) : undefined;
      if (recv) k = recv;
      return this.mroMethod(k, this.text(attr)) ?? undefined;
    }
    if (this.isSuperCall(obj)) return this.superMethod(fn) ?? undefined;
    // `self.repo.find(name)`: a collaborator the class keeps, an instance of a local class (see selfAttrClass).
    if (obj.type === "attribute") {
      const k = this.selfAttrClass(obj);
      return k ? (this.mroMethod(k, this.text(attr)) ?? undefined) : undefined;
    }
    if (obj.type === "identifier" && !this.classes.has(this.text(obj))) {
      const r = this.reachingAt(obj);
      if (!r || r.binds.length !== 1 || r.elems.length) return undefined;
      // `def view(q: str, repo: Repo = Depends(get_repo))`: a parameter annotated with a class of this file is an
      // instance of it (FastAPI's injected services, typed helpers), modelled as the class as written.
      if (r.binds[0]!.kind === "param") {
        const k = this.annotatedClass(r.scope.node, this.text(obj));
        return k ? (this.mroMethod(k, this.text(attr)) ?? undefined) : undefined;
      }
      if (r.binds[0]!.kind !== "assign") return undefined;
      obj = r.binds[0]!.value;
    }
    let cls: SyntaxNode | undefined;
    if (obj?.type === "identifier") cls = this.classes.get(this.text(obj));
    else if (obj?.type === "subscript" && depth < 8) {
      // `THINGS[MODE].run(v)` on a table of instances (`{'a': A(), 'b': B()}`) at a constant key: that instance's.
      const held = this.elementNode(field(obj, "value"), field(obj, "subscript"));
      const f = held?.type === "call" ? field(held, "function") : undefined;
      if (f?.type === "identifier" || f?.type === "subscript") cls = this.constructedClass(f);
    } else if (obj?.type === "call") {
      const f = field(obj, "function");
      const factory = f?.type === "identifier" && depth < 8 ? this.functions.get(this.text(f)) : undefined;
      if (factory && !this.classes.has(this.text(f!))) cls = this.factoryClass(factory, depth);
      else if (f?.type === "identifier" || f?.type === "subscript" || f?.type === "call")
        cls = this.constructedClass(f);
      // `Builder().tool('grep').arg(v)`: a local method whose every return is `self` hands on its receiver.
      else if (f?.type === "attribute" && f.parent === obj && depth < 8) {
        // (bounded: `frame = frame.older()` in a loop reaches its own binding)
        const m = this.localMethod(f, depth + 1);
        const rets = m ? this.returnValues(m) : [];
        const klass = m ? ancestor(m, ["class_definition"]) : undefined;
        if (klass && rets.length && rets.every((r) => r.type === "identifier" && this.text(r) === "self"))
          return this.localMethodIn(this.chainClass(field(f, "object")) ?? klass, this.text(attr));
      }
    }
    // The class's own method, else one it inherits from a local base (in MRO order).
    return cls ? (this.mroMethod(cls, this.text(attr)) ?? undefined) : undefined;
  }

  /**
   * The one local class a factory function's every return constructs (`def create(): return THINGS[MODE]()`).
   */
  private factoryClass(fn: SyntaxNode, depth: number): SyntaxNode | undefined {
    if (fn.type !== "function_definition") return undefined;
    let found: SyntaxNode | undefined;
    for (const r of this.returnValues(fn)) {
      const f = r.type === "call" ? field(r, "function") : undefined;
      const k = f?.type === "identifier" || f?.type === "subscript" ? this.constructedClass(f) : undefined;
      if (!k || (found && found !== k) || depth > 8) return undefined;
      found = k;
    }
    return found;
  }

  /**
   * The local class every value stored in `self.attr` is an instance of, for `self.attr.m(...)` in a method of a
   * class of this file: each assignment to the attribute anywhere is `self.attr = Local(...)` in that class, or
   * `self.attr = p` in its `__init__` with every construction in the file passing `Local(...)` (or a name bound
   * once to one) for p - the controller -> service -> repository layers keeping their collaborators. Undefined
   * when any store is something else or names another class.
   */
  private selfAttrClass(node: SyntaxNode): SyntaxNode | undefined {
    const vals = this.selfAttrValues(node);
    let found: SyntaxNode | undefined;
    for (const v of vals ?? []) {
      const f = v.type === "call" ? field(v, "function") : undefined;
      const k = f?.type === "identifier" ? this.classes.get(this.text(f)) : undefined;
      if (!k || (found && found !== k)) return undefined;
      found = k;
    }
    return found;
  }

  /**
   * The values `self.attr` may hold, read in a method of a class of this file: each assignment to the attribute
   * anywhere is `self.attr = v` in that class, v either an expression of its own or an `__init__` parameter
   * whose argument at every construction in the file is taken (a name bound once read through). Undefined when a
   * store is something else (another object's attribute, an augmented assignment) or a construction hides it.
   */
  private selfAttrValues(node: SyntaxNode): SyntaxNode[] | undefined {
    const obj = field(node, "object");
    const attr = field(node, "attribute");
    const klass = ancestor(node, ["class_definition"]);
    const kname = klass && field(klass, "name");
    if (obj?.type !== "identifier" || this.text(obj) !== "self" || !attr || !kname) return undefined;
    const writes = this.attrAssignments(this.text(attr));
    if (!writes.length) return undefined;
    const read = (c: SyntaxNode | undefined): SyntaxNode | undefined => {
      if (c?.type !== "identifier") return c;
      const vals = this.reachingValues(c);
      return vals?.length === 1 ? vals[0] : undefined;
    };
    const out: SyntaxNode[] = [];
    for (const w of writes) {
      const left = field(w, "left");
      if (w.type !== "assignment" || !left || this.text(field(left, "object") ?? left) !== "self")
        return undefined;
      if (ancestor(w, ["class_definition"]) !== klass) return undefined;
      const v = field(w, "right");
      const init = this.enclosingFunction(w);
      const param =
        v?.type === "identifier" &&
        init &&
        this.text(field(init, "name") ?? init) === "__init__" &&
        this.paramNames(init).includes(this.text(v));
      if (!param) {
        const r = read(v ?? undefined);
        if (!r) return undefined;
        out.push(r);
        continue;
      }
      const name = this.text(v);
      const at = this.paramNames(init).indexOf(name);
      const decl = namedChildren(field(init, "parameters") ?? init).find(
        (p) => this.text(p.type === "identifier" ? p : (field(p, "name") ?? p)) === name,
      );
      const calls = this.callsTo(this.text(kname));
      if (!calls.length) return undefined;
      for (const call of calls) {
        if (this.ownArgs(call).some((a) => a.type === "list_splat" || a.type === "dictionary_splat"))
          return undefined;
        const a = read(
          this.args(call)[at] ?? this.kwarg(call, name) ?? (decl && field(decl, "value")) ?? undefined,
        );
        if (!a) return undefined;
        out.push(a);
      }
    }
    return out;
  }

  /** The local class a parameter of `fn` is annotated with (`repo: Repo`, `repo: "Repo"`), if any. */
  private annotatedClass(fn: SyntaxNode, name: string): SyntaxNode | undefined {
    for (const p of namedChildren(field(fn, "parameters") ?? fn)) {
      if (p.type !== "typed_parameter" && p.type !== "typed_default_parameter") continue;
      const id = field(p, "name") ?? namedChildren(p).find((c) => c.type === "identifier");
      if (!id || this.text(id) !== name) continue;
      const ty = this.text(field(p, "type") ?? p)
        .trim()
        .replace(/^(['"])(\w+)\1$/, "$2");
      return this.classes.get(ty);
    }
    return undefined;
  }

  /**
   * The local class a constructor call's callee names: `Thing1`, or a registry of local classes read at a constant
   * key (`THINGS[IMPL]`, `THINGS.get(IMPL)` with IMPL a module constant), as benchmark-style factories pick one
   * implementation. Undefined when the key or the entry is not known.
   */
  private constructedClass(f: SyntaxNode | undefined): SyntaxNode | undefined {
    if (f?.type === "identifier") return this.classes.get(this.text(f));
    let held: SyntaxNode | undefined;
    if (f?.type === "subscript") held = this.elementNode(field(f, "value"), field(f, "subscript"));
    else if (f?.type === "call") {
      const g = field(f, "function");
      const a = this.args(f);
      if (
        g?.type === "attribute" &&
        this.text(field(g, "attribute") ?? g) === "get" &&
        a.length >= 1 &&
        a.length <= 2
      )
        held = this.elementNode(field(g, "object"), a[0], a[1]);
    }
    return held?.type === "identifier" ? this.classes.get(this.text(held)) : undefined;
  }

  /** The local class a fluent chain's head makes (`Builder()` in `Builder().tool('grep')`), when it is one. */
  private chainClass(obj: SyntaxNode | undefined, hops = 0): SyntaxNode | undefined {
    if (obj?.type !== "call" || hops > 12) return undefined;
    const f = field(obj, "function");
    if (f?.type === "identifier") return this.classes.get(this.text(f));
    return f?.type === "attribute" ? this.chainClass(field(f, "object"), hops + 1) : undefined;
  }

  /** A class's own method of that name, else one it inherits from a local base. */
  private localMethodIn(cls: SyntaxNode | undefined, name: string): SyntaxNode | undefined {
    for (let hops = 0; cls && hops < 5; hops++, cls = this.localBase(cls)) {
      const m = this.classMethod(cls, name);
      if (m) return m;
    }
    return undefined;
  }

  /**
   * `thing = create_thing('fixed')` then `thing.process(v)`: the methods of the local classes a local factory
   * function returns for these constant arguments (only its live returns, each `SomeLocalClass()`).
   */
  private factoryMethods(fn: SyntaxNode): SyntaxNode[] | undefined {
    const attr = field(fn, "attribute");
    const obj = field(fn, "object");
    if (!attr || obj?.type !== "identifier") return undefined;
    const r = this.reachingAt(obj);
    if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return undefined;
    const made = r.binds[0]!.value;
    const ff = made?.type === "call" ? field(made, "function") : undefined;
    // A module-level function, or a local class's method (`ThingFactory.create()`), whose returns build the object.
    const factory =
      ff?.type === "identifier"
        ? this.functions.get(this.text(ff))
        : ff?.type === "attribute"
          ? this.localMethod(ff)
          : undefined;
    const body = factory ? field(factory, "body") : undefined;
    if (!factory || !body || this.constEnv.has(factory)) return undefined;
    // Constant arguments are bound for plain functions only (a method's first parameter may be self / cls).
    const consts = ff?.type === "identifier" ? this.constArgs(factory, made!) : undefined;
    const returns = consts
      ? this.withConsts(factory, consts, () => this.liveReturns(body).returns)
      : this.liveReturns(body).returns;
    const out: SyntaxNode[] = [];
    for (const ret of returns) {
      const v = namedChildren(ret)[0];
      const f = v?.type === "call" ? field(v, "function") : undefined;
      const klass = this.constructedClass(f);
      if (!klass) return undefined;
      const m = this.classMethod(klass, this.text(attr));
      if (!m) return undefined;
      out.push(m);
    }
    return out.length ? out : undefined;
  }

  /**
   * `h = Holder(v)` then `h.label`: an instance of a local class whose `__init__` alone sets the attribute (or a
   * class-level constant) holds what `__init__` assigns, given the constructor's arguments. Undefined when the
   * attribute is set anywhere else (another method, the instance from outside) or the shape is not this one.
   */
  private instanceAttr(
    obj: SyntaxNode,
    node: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
    /** The attribute's name when `node` is not an `obj.attr` read (`getattr(obj, 'attr')`, `vars(obj)['attr']`). */
    named?: string,
  ): Level | undefined {
    const r = this.reachingAt(obj);
    if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return undefined;
    let made = r.binds[0]!.value;
    const f = made?.type === "call" ? field(made, "function") : undefined;
    let klass = f?.type === "identifier" ? this.classes.get(this.text(f)) : undefined;
    // `x = Klass.from_request(request)`: a classmethod whose one return is `cls(...)` makes the instance, its
    // arguments read with the classmethod's parameters bound to this call's.
    if (
      !klass &&
      made &&
      f?.type === "attribute" &&
      field(f, "object")?.type === "identifier" &&
      depth < 20
    ) {
      const k = this.classes.get(this.text(field(f, "object")!));
      const m = k ? this.classMethod(k, this.text(field(f, "attribute") ?? f)) : undefined;
      const deco = m?.parent?.type === "decorated_definition" ? this.text(m.parent) : "";
      const body = m ? field(m, "body") : undefined;
      const rets = body ? this.liveReturns(body).returns : [];
      const inner = rets.length === 1 ? namedChildren(rets[0]!)[0] : undefined;
      const first = m ? namedChildren(field(m, "parameters") ?? m)[0] : undefined;
      const innerF = inner?.type === "call" ? field(inner, "function") : undefined;
      if (
        k &&
        m &&
        /^@classmethod\b/m.test(deco) &&
        innerF &&
        first &&
        this.text(innerF) === this.text(first)
      ) {
        const names = this.paramNames(m);
        if (names[0] === this.text(first)) names.shift(); // named other than `cls`
        env = this.bindParams(names, made, cls, env, depth);
        made = inner;
        klass = k;
      }
    }
    const attr = named ?? this.text(field(node, "attribute") ?? node);
    if (!klass || !made) return undefined;
    const name = this.text(obj);
    const init = this.classMethod(klass, "__init__");
    const values: SyntaxNode[] = [];
    let classLevel: SyntaxNode | undefined;
    let declared = false;
    for (const c of field(klass, "body")?.children ?? []) {
      const a = c.type === "expression_statement" ? namedChildren(c)[0] : undefined;
      if (a?.type === "assignment" && this.text(field(a, "left") ?? a) === attr) {
        classLevel = field(a, "right");
        declared = !!field(a, "type");
      }
    }
    if (this.postInitAllowListed(klass, attr)) return Level.CONST;
    // A dataclass field its __post_init__ sets once, at the top of its body (`self.uid = int(self.uid)`): that
    // expression, read with the fields as the constructor's arguments made them.
    const post = declared && !init && depth < 20 ? this.classMethod(klass, "__post_init__") : undefined;
    if (post) {
      // Its straight-line rewrites in order (`self.label = re.sub(...)` then `self.command = f'...{self.label}'`):
      // each field as the statements before it left the others.
      const fields = this.declaredFields(node, cls, env, depth, post, obj);
      const after = fields && this.postInitFields(klass, post, fields, cls, depth);
      const l = after?.get(`self.${attr}`);
      if (l !== undefined) return l;
      const writes = this.attrAssignments(attr);
      const w = writes.length === 1 ? writes[0]! : undefined;
      const v = w?.type === "assignment" ? field(w, "right") : undefined;
      if (
        v &&
        this.text(field(w!, "left") ?? w!) === `self.${attr}` &&
        w!.parent?.type === "expression_statement" &&
        w!.parent.parent === field(post, "body") &&
        // (another field it reads must not be one __post_init__ also rewrites)
        !descendants(v).some(
          (d) =>
            d.type === "attribute" &&
            this.text(field(d, "object") ?? d) === "self" &&
            this.text(field(d, "attribute") ?? d) !== attr &&
            this.attrAssignments(this.text(field(d, "attribute") ?? d)).length > 0,
        )
      ) {
        const fields = this.declaredFields(node, cls, env, depth, post, obj);
        if (fields) return this.eval(v, cls, fields, depth + 2);
      }
    }
    // `name: str = ''` in a dataclass (NamedTuple, pydantic model) is the default the constructor's arguments
    // override: `Filter(**body).name` is what the body holds.
    if (declared && !init && depth < 20) {
      const fields = this.declaredFields(node, cls, env, depth, undefined, obj);
      const l = fields?.get(`self.${attr}`);
      if (l !== undefined) return l;
    }
    for (const n of this.attrAssignments(attr)) {
      const left = field(n, "left");
      if (left?.type !== "attribute") continue;
      const o = field(left, "object");
      if (o?.type !== "identifier") continue;
      const inClass = n.start >= klass.start && n.end <= klass.end;
      // A parameter of another function that happens to share the name is another variable (attrEffects
      // counts what such a helper stores when it is given this object).
      const writer = inClass ? undefined : this.enclosingFunction(n);
      const foreignParam =
        !!writer &&
        writer !== this.enclosingFunction(obj) &&
        this.scopeOf(writer).defs.get(name)?.[0]?.kind === "param";
      if (this.text(o) === name && !inClass && !foreignParam) return undefined; // set from outside
      if (!inClass || this.text(o) !== "self") continue;
      if (!init || n.start < init.start || n.end > init.end || n.type !== "assignment") return undefined;
      const v = field(n, "right");
      if (v) values.push(v);
    }
    if (!values.length && !classLevel && init && depth < 20) {
      const inherited = this.superInitAttr(klass, init, made, attr, cls, env, depth);
      if (inherited !== undefined) return inherited;
    }
    if (!values.length) return classLevel ? this.eval(classLevel, cls, env, depth + 1) : undefined;
    const bound = this.bindParams(this.paramNames(init!), made, cls, env, depth);
    let m = Level.CONST;
    for (const v of values) m = Math.max(m, this.eval(v, cls, bound, depth + 2)) as Level;
    return m;
  }

  /**
   * `class Child(Base)` whose `__init__` calls `super().__init__(...)`, the attribute set only by the one local
   * base's `__init__` (`self.flt = flt`): that assignment, the base's parameters bound to the super call's
   * arguments as read with the child's own parameters bound to the construction's. Undefined otherwise.
   */
  private superInitAttr(
    klass: SyntaxNode,
    init: SyntaxNode,
    made: SyntaxNode,
    attr: string,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const bases = namedChildren(field(klass, "superclasses") ?? klass).filter((b) => b.type !== "comment");
    const base =
      bases.length === 1 && bases[0]!.type === "identifier"
        ? this.classes.get(this.text(bases[0]!))
        : undefined;
    const binit = base ? this.classMethod(base, "__init__") : undefined;
    if (!base || !binit) return undefined;
    const sups = descendants(field(init, "body") ?? init).filter(
      (n) =>
        n.type === "call" && this.text(field(n, "function") ?? n).replace(/\s+/g, "") === "super().__init__",
    );
    if (sups.length !== 1) return undefined;
    const vals: SyntaxNode[] = [];
    for (const n of descendants(field(binit, "body") ?? binit)) {
      const left = n.type === "assignment" ? field(n, "left") : undefined;
      if (left?.type !== "attribute" || this.text(field(left, "object") ?? left) !== "self") continue;
      if (this.text(field(left, "attribute") ?? left) !== attr) continue;
      const v = field(n, "right");
      if (v) vals.push(v);
    }
    if (!vals.length) return undefined;
    const own = this.bindParams(this.paramNames(init), made, cls, env, depth);
    const bound = this.bindParams(this.paramNames(binit), sups[0]!, cls, own, depth);
    let m = Level.CONST;
    for (const v of vals) m = Math.max(m, this.eval(v, cls, bound, depth + 2)) as Level;
    return m;
  }

  /**
   * `t = Target(host, path)` / `Target(**body)` then `t.url`, a property of a local class with declared fields
   * and no `__init__` (a NamedTuple, a dataclass, a pydantic model): the levels of its fields (keyed
   * "self.field") given the constructor's arguments, by keyword, by position in declaration order, or, when the
   * arguments are splatted (`**p.model_dump()`), the splatted value's. Undefined for another shape, or when any
   * field is assigned anywhere.
   */
  private declaredFields(
    node: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
    /** A method whose own assignments to the fields are allowed (a dataclass's __post_init__, read by the caller). */
    within?: SyntaxNode,
    /** The object read when `node` is not an attribute (`getattr(obj, 'f')`). */
    object?: SyntaxNode,
  ): Map<string, Level> | undefined {
    let made = object ?? field(node, "object");
    if (made?.type === "identifier") {
      const r = this.reachingAt(made);
      if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return undefined;
      made = r.binds[0]!.value;
    }
    const f = made?.type === "call" ? field(made, "function") : undefined;
    const klass = f?.type === "identifier" ? this.classes.get(this.text(f)) : undefined;
    if (!klass || !made || this.classMethod(klass, "__init__")) return undefined;
    const names: string[] = [];
    const defaults = new Map<string, SyntaxNode>();
    for (const c of field(klass, "body")?.children ?? []) {
      const a = c.type === "expression_statement" ? namedChildren(c)[0] : undefined;
      const left = a?.type === "assignment" ? field(a, "left") : undefined;
      if (left?.type !== "identifier" || !field(a!, "type")) continue;
      names.push(this.text(left));
      const d = field(a!, "right");
      if (d) defaults.set(this.text(left), d);
    }
    const outside = (n: string) =>
      this.attrAssignments(n).some((w) => !within || w.start < within.start || w.end > within.end);
    if (!names.length || names.some(outside)) return undefined;
    const call = made;
    const list = namedChildren(field(call, "arguments") ?? call);
    const splats = list.filter((a) => a.type === "list_splat" || a.type === "dictionary_splat");
    const positional = list.filter((a) => a.type !== "keyword_argument" && !splats.includes(a));
    const splatLevel = splats.length
      ? this.maxOf(
          splats.flatMap((a) => namedChildren(a)),
          cls,
          env,
          depth,
        )
      : undefined;
    const out = new Map<string, Level>();
    names.forEach((n, i) => {
      const a = this.kwarg(call, n) ?? (splats.length ? undefined : positional[i]);
      const d = defaults.get(n);
      const fallback = d ? this.eval(d, cls, env, depth + 1) : Level.CONST;
      const l = a
        ? this.eval(a, cls, env, depth + 1)
        : splatLevel !== undefined
          ? Math.max(splatLevel, fallback)
          : fallback;
      out.set(`self.${n}`, l as Level);
    });
    return out;
  }

  /**
   * `g.name = v` earlier in the same function, in a block the read is also in (not in a branch or loop it may
   * skip), and the last such write before the read: `g.name` is v there (flask.g, a namespace object, a module).
   */
  private storedAttr(obj: SyntaxNode, node: SyntaxNode, named?: string): SyntaxNode | undefined {
    const name = this.text(obj);
    if (name === "self" || name === "cls") return undefined;
    const fn = this.enclosingFunction(node);
    if (!fn) return undefined;
    const attr = named ?? this.text(field(node, "attribute") ?? node);
    let last: SyntaxNode | undefined;
    for (const n of this.attrAssignments(attr)) {
      const left = field(n, "left");
      const o = left ? field(left, "object") : undefined;
      if (o?.type !== "identifier" || this.text(o) !== name || this.enclosingFunction(n) !== fn) continue;
      if (n.start > node.start) continue;
      if (n.type !== "assignment" || n.parent?.type !== "expression_statement") return undefined;
      const block = n.parent.parent;
      if (!block || node.start < block.start || node.end > block.end) return undefined;
      if (!last || n.start > last.start) last = n;
    }
    return last ? field(last, "right") : undefined;
  }

  /**
   * `Prefs(v).theme()` or `p = Prefs(v)` then `p.theme()`: the levels of the receiver's attributes that only
   * the local class's `__init__` sets (keyed "self.attr"), given the constructor's arguments, for the method's
   * body to read. Attributes set in other methods, or anything set on the instance from outside, stay unknown.
   */
  private receiverAttrs(
    fn: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Map<string, Level> | undefined {
    return this.receiverAttrsOf(field(fn, "object"), cls, env, depth);
  }

  /** receiverAttrs for the receiver expression itself (`Thing(v)` or a name bound once to it). */
  private receiverAttrsOf(
    recv: SyntaxNode | undefined,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Map<string, Level> | undefined {
    let made = recv;
    let name: string | undefined;
    if (made?.type === "identifier") {
      name = this.text(made);
      const r = this.reachingAt(made);
      if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return undefined;
      made = r.binds[0]!.value;
    }
    const f = made?.type === "call" ? field(made, "function") : undefined;
    const klass = f?.type === "identifier" ? this.classes.get(this.text(f)) : undefined;
    // A subclass without its own `__init__` runs the first one in its MRO.
    const first = klass ? this.mroMethod(klass, "__init__") : undefined;
    if (!klass || !made || first === null) return undefined;
    const init = first;
    // A dataclass with a __post_init__: the fields as the constructor's arguments made them, then as its
    // straight-line rewrites leave them (`self.host = shlex.quote(self.host)`, `self.uid = int(self.uid)`).
    const post = !init && depth < 20 ? this.classMethod(klass, "__post_init__") : undefined;
    if (post) {
      const fields = this.declaredFields(made, cls, env, depth, post, made);
      return fields && this.postInitFields(klass, post, fields, cls, depth);
    }
    // A class with no `__init__` at all (no base either), made with no arguments: the instance starts empty and
    // holds what its setters store.
    if (!init && (field(klass, "superclasses") || this.args(made).length)) return undefined;
    const params = init ? this.paramNames(init) : [];
    const args = this.args(made);
    if (args.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return undefined;
    const bound = this.bindParams(params, made, cls, env, depth);
    if (init) this.bindStarredParams(init, params, made, bound, cls, env, depth);
    const out = new Map<string, Level>();
    const elsewhere = new Set<string>();
    // The `__init__`s that run (this one and, through `super().__init__(...)`, its local bases'), each with its
    // parameters bound; their own `self.x = ...` assignments are what the instance starts with.
    const inits: [SyntaxNode, Map<string, Level>][] = init ? [[init, bound]] : [];
    for (let i = 0; i < inits.length && i < 5; i++) {
      const [fn, b] = inits[i]!;
      const owner = fn.parent?.type === "decorated_definition" ? fn.parent.parent : fn.parent;
      // `super().__init__(...)` runs the next `__init__` in the constructed class's MRO.
      const baseInit =
        owner?.parent?.type === "class_definition"
          ? this.mroMethod(klass, "__init__", owner.parent)
          : undefined;
      if (!baseInit) continue;
      for (const c of descendants(fn)) {
        const cf = c.type === "call" ? field(c, "function") : undefined;
        if (!cf || !/^super\(\s*\)\.__init__$/.test(this.text(cf))) continue;
        const sargs = this.args(c);
        if (sargs.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return undefined;
        inits.push([baseInit, this.bindParams(this.paramNames(baseInit), c, cls, b, depth + 1)]);
      }
    }
    const bodies = new Set<SyntaxNode>([klass]);
    for (const [fn] of inits) {
      const k = fn.parent?.type === "decorated_definition" ? fn.parent.parent : fn.parent;
      if (k?.parent?.type === "class_definition") bodies.add(k.parent);
    }
    const seen = new Set<SyntaxNode>();
    for (const n of [...bodies].flatMap((b) => descendants(b))) {
      if (n.type !== "assignment" && n.type !== "augmented_assignment") continue;
      if (seen.has(n)) continue;
      seen.add(n);
      const left = field(n, "left");
      const o = left?.type === "attribute" ? field(left, "object") : undefined;
      if (o?.type !== "identifier" || this.text(o) !== "self") continue;
      const attr = this.text(field(left!, "attribute") ?? left!);
      const runs = inits.find(([fn]) => n.start >= fn.start && n.end <= fn.end);
      if (n.type !== "assignment" || !runs) {
        // A setter (`def put(self, v): self.v = v`) called on this very name: the arguments of those calls.
        const right = field(n, "right");
        const set =
          n.type === "assignment" && name && right
            ? this.setterLevel([right], klass, name, cls, env, depth)
            : undefined;
        if (set === undefined) elsewhere.add(attr);
        else out.set(`self.${attr}`, Math.max(out.get(`self.${attr}`) ?? Level.CONST, set) as Level);
        continue;
      }
      const l = this.eval(field(n, "right"), cls, runs[1], depth + 2);
      out.set(`self.${attr}`, Math.max(out.get(`self.${attr}`) ?? Level.CONST, l) as Level);
    }
    // `self.where.append(v)` / `self.items[k] = v` in another method called on this very name: what those calls
    // store (a method also called through `self` inside the class, or never on the name, leaves it unknown).
    for (const c of field(klass, "body")?.children ?? []) {
      const def =
        c.type === "decorated_definition" ? c.children.find((d) => d.type === "function_definition") : c;
      if (def?.type !== "function_definition" || inits.some(([fn]) => fn === def)) continue;
      for (const [attr, vals] of this.attrWrites(def).get("self") ?? []) {
        const stored = vals.filter((v) => {
          const left = v.parent && /assignment/.test(v.parent.type) ? field(v.parent, "left") : undefined;
          return !left || left.type === "subscript";
        });
        if (!stored.length) continue;
        const set = name ? this.setterLevel(stored, klass, name, cls, env, depth) : undefined;
        if (set === undefined) elsewhere.add(attr);
        else out.set(`self.${attr}`, Math.max(out.get(`self.${attr}`) ?? Level.CONST, set) as Level);
      }
    }
    for (const attr of elsewhere) out.delete(`self.${attr}`);
    if (name)
      for (const key of [...out.keys()])
        for (const n of this.attrAssignments(key.slice(5))) {
          const o = field(field(n, "left") ?? n, "object");
          if (o?.type === "identifier" && this.text(o) === name) out.delete(key);
        }
    return out.size ? out : undefined;
  }

  /**
   * A dataclass's fields after its `__post_init__`: each top-level `self.f = expr` read in order with the fields
   * as they stand; a field written any other way counts only under an allow-list reset (postInitAllowListed).
   * Undefined when some other write leaves a field unknown.
   */
  private postInitFields(
    klass: SyntaxNode,
    post: SyntaxNode,
    fields: Map<string, Level>,
    cls: SinkClass,
    depth: number,
  ): Map<string, Level> | undefined {
    const out = new Map(fields);
    for (const st of namedChildren(field(post, "body") ?? post)) {
      const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      const left = a?.type === "assignment" ? field(a, "left") : undefined;
      if (
        left?.type === "attribute" &&
        this.text(field(left, "object") ?? left) === "self" &&
        field(a!, "right")
      ) {
        out.set(this.text(left), this.eval(field(a!, "right"), cls, out, depth + 2));
        continue;
      }
      for (const n of [st, ...descendants(st)]) {
        if (n.type !== "assignment" && n.type !== "augmented_assignment") continue;
        const l = field(n, "left");
        if (l?.type !== "attribute" || this.text(field(l, "object") ?? l) !== "self") continue;
        if (!this.postInitAllowListed(klass, this.text(field(l, "attribute") ?? l))) return undefined;
        out.set(this.text(l), Level.CONST);
      }
    }
    return out;
  }

  /**
   * The local ORM model (a class of this file whose bases name `Model`: Django, peewee, ...) an expression makes
   * or loads: `M(...)`, `M.objects.get(...)`, `M.objects.filter(...).first()`, `get_object_or_404(M, ...)`, or a
   * name bound once to one of them.
   */
  private modelOf(expr: SyntaxNode | undefined, hops = 0): SyntaxNode | undefined {
    let n = expr;
    if (n?.type === "identifier" && hops < 2) {
      if (this.classes.has(this.text(n))) return undefined; // the class itself, not an instance
      const vals = this.reachingValues(n);
      return vals?.length === 1 ? this.modelOf(vals[0], hops + 1) : undefined;
    }
    if (n?.type !== "call") return undefined;
    if (/(^|\.)get_object_or_404$/.test(this.callee(n))) n = this.args(n)[0];
    else
      for (let i = 0; i < 8 && n && n.type !== "identifier"; i++)
        n =
          n.type === "call" ? field(n, "function") : n.type === "attribute" ? field(n, "object") : undefined;
    const k = n?.type === "identifier" ? this.classes.get(this.text(n)) : undefined;
    return k && /\bModel\b/.test(this.text(field(k, "superclasses") ?? k)) ? k : undefined;
  }

  /**
   * `obj.f` on an instance of a local model: the most tainted value the file stores in field `f` of that model
   * (`M.objects.create(f=v)`, `M(f=v)`, `...update(f=v)`, `defaults={'f': v}`, `x.f = v` on an instance of M),
   * each read where it is written. Undefined when `obj` is no such instance or nothing stores the field.
   */
  private storedFieldLevel(
    obj: SyntaxNode,
    node: SyntaxNode,
    cls: SinkClass,
    depth: number,
  ): Level | undefined {
    const model = this.modelOf(obj);
    const name = this.text(field(node, "attribute") ?? node);
    if (!model) return undefined;
    const key = `${model.start}:${name}:${cls}`;
    if (this.storedFields.has(key)) return this.storedFields.get(key);
    this.storedFields.set(key, undefined); // a store reading the field itself sees nothing more
    const mname = this.text(field(model, "name") ?? model);
    const values: SyntaxNode[] = [];
    for (const c of this.callIndexFor(mname)) {
      if (this.modelOf(c) !== model || (c.start >= model.start && c.end <= model.end)) continue;
      // Writes only: a lookup (`filter(url=v)`, `get(url=v)`) stores nothing.
      const fn = field(c, "function");
      const writes =
        (fn?.type === "identifier" && this.text(fn) === mname) ||
        /^a?(create|get_or_create|update_or_create|update)$/.test(this.method(c));
      if (!writes) continue;
      const kw = this.kwarg(c, name);
      if (kw) values.push(kw);
      const dflt = this.kwarg(c, "defaults");
      const pair = dflt?.type === "dictionary" ? this.literalEntry(dflt, name) : undefined;
      if (pair) values.push(pair);
    }
    for (const w of this.attrAssignments(name)) {
      const left = field(w, "left");
      if (w.type === "assignment" && left && this.modelOf(field(left, "object")) === model) {
        const v = field(w, "right");
        if (v) values.push(v);
      }
    }
    let out: Level | undefined;
    for (const v of values) {
      const l = this.eval(v, cls, undefined, depth + 1);
      out = Math.max(out ?? Level.CONST, l) as Level;
      if (out === Level.SOURCE) break;
    }
    this.storedFields.set(key, out);
    return out;
  }

  /** Calls of `name` itself or of a chain starting at it (`M(...)`, `M.objects.filter(...).update(...)`). */
  private callIndexFor(name: string): SyntaxNode[] {
    return nodesOfType(this.tree, "call").filter((n) => {
      const t = this.text(field(n, "function") ?? n);
      return t === name || t.startsWith(name + ".");
    });
  }

  /**
   * The items of the literal list/tuple (written in place or bound once to a name) a `for` loop's own variable
   * iterates: `f` in `for f in (str.strip, lambda s: s[:20]):`. Undefined for any other binding.
   */
  private iteratedCallables(id: SyntaxNode): SyntaxNode[] | undefined {
    const r = this.reachingAt(id);
    const d = r && r.binds.length === 1 && !r.elems.length ? r.binds[0]! : undefined;
    if (d?.kind !== "iter" || d.stmt.type !== "for_statement" || field(d.stmt, "left")?.type !== "identifier")
      return undefined;
    return this.literalItems(d.value);
  }

  /**
   * One function of such a sequence applied to this call's arguments: a lambda's body with its parameters bound,
   * a function of this file summarised, a sanitiser for the class constant, a named constant-valued builtin
   * constant, any other named function (`str.lower`) what its arguments are. Undefined for anything else.
   */
  private applyCallable(
    it: SyntaxNode,
    call: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
    argLevel: Level,
  ): Level | undefined {
    if (it.type === "lambda") {
      const body = field(it, "body");
      return body
        ? this.eval(body, cls, this.bindParams(this.paramNames(it), call, cls, env, depth), depth + 2)
        : undefined;
    }
    if (it.type !== "identifier" && it.type !== "attribute") return undefined;
    const def = it.type === "identifier" ? this.functions.get(this.text(it)) : undefined;
    if (def) return this.summarise(def, call, cls, env, depth);
    const q = this.qname(it);
    const san = ownEntry(SANITIZERS, q);
    if (san === "all" || (san && san.includes(cls)) || CONST_CALLS.has(q)) return Level.CONST;
    return argLevel;
  }

  /**
   * `self.v = v` in a method other than `__init__`, when that method is called only as `name.method(...)` on
   * the instance name (never through `self.` inside the class): the most controlled value those calls assign.
   */
  private setterLevel(
    values: SyntaxNode[],
    klass: SyntaxNode,
    name: string,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const method = values[0] ? this.enclosingFunction(values[0]) : undefined;
    const mname = method ? this.text(field(method, "name") ?? method) : undefined;
    if (!method || !mname || this.enclosingFunction(method) || !method.parent || depth > 20) return undefined;
    let m = Level.CONST;
    let calls = 0;
    // A property setter (`@label.setter def label(self, v)`) runs on `name.label = v`: each such assignment binds
    // its value to the setter's parameter; the setter's own guards (`if not ok(v): raise`) hold for what it stores.
    if (
      method.parent.type === "decorated_definition" &&
      method.parent.children.some((d) => d.type === "decorator" && this.text(d) === `@${mname}.setter`)
    ) {
      const param = this.paramNames(method)[0];
      if (!param) return undefined;
      for (const a of this.attrAssignments(mname)) {
        const left = field(a, "left")!;
        const o = this.text(field(left, "object") ?? left);
        if (o === "self" && a.start >= klass.start && a.end <= klass.end) return undefined;
        if (o !== name) continue;
        if (a.type !== "assignment") return undefined;
        const bound = new Map([[param, this.eval(field(a, "right"), cls, env, depth + 1)]]);
        for (const v of values) m = Math.max(m, this.eval(v, cls, bound, depth + 2)) as Level;
        calls++;
      }
      return calls ? m : undefined;
    }
    for (const n of this.methodCalls(mname)) {
      const f = field(n, "function")!;
      const o = this.text(field(f, "object") ?? f);
      if (o === "self" && n.start >= klass.start && n.end <= klass.end) return undefined;
      if (o !== name) continue;
      if (this.args(n).some((a) => a.type === "list_splat" || a.type === "dictionary_splat"))
        return undefined;
      const bound = this.bindParams(this.paramNames(method), n, cls, env, depth);
      for (const v of values) m = Math.max(m, this.eval(v, cls, bound, depth + 2)) as Level;
      calls++;
    }
    // Never called on the name, and the name never handed anywhere (only `name.x` reads and `name = ...`
    // bindings in the file): that setter does not run on this object.
    // (A decorated method - a property setter runs on `name.attr = v` - is not called by name.)
    if (!calls && method.parent.type !== "decorated_definition" && !this.nameEscapes(name))
      return Level.CONST;
    return calls ? m : undefined;
  }

  /** Whether a name is used in the file other than as `name.attr` or as an assignment's target (cached). */
  private nameEscapes(name: string): boolean {
    let e = this.escapes.get(name);
    if (e === undefined) {
      // Read off the identifier index (one walk of the file serves both questions).
      e = this.identifiers(name).some((n) => {
        const p = n.parent;
        return (
          !(p?.type === "attribute" && field(p, "object") === n) &&
          !(p?.type === "assignment" && field(p, "left") === n)
        );
      });
      this.escapes.set(name, e);
    }
    return e;
  }

  /** The class a local class derives from when it names exactly one base and that base is a local class. */
  /**
   * A local class's method resolution order, C3-linearised as Python does: local classes as nodes, any other base
   * by its name (its own bases unknown), `object` left out. Undefined where C3 fails or a base is not a name.
   */
  private mro(klass: SyntaxNode, depth = 0): (SyntaxNode | string)[] | undefined {
    if (this.mroMemo.has(klass)) return this.mroMemo.get(klass) ?? undefined;
    this.mroMemo.set(klass, null);
    let out: (SyntaxNode | string)[] | undefined;
    const bases: (SyntaxNode | string)[] = [];
    let ok = depth < 20;
    for (const b of namedChildren(field(klass, "superclasses") ?? klass)) {
      if (!field(klass, "superclasses") || b.type === "comment" || b.type === "keyword_argument") continue;
      if (b.type !== "identifier" && b.type !== "attribute") ok = false;
      const name = this.text(b);
      if (name !== "object") bases.push(this.classes.get(name) ?? name);
    }
    const lists: (SyntaxNode | string)[][] = [];
    for (const b of bases) {
      const l = typeof b === "string" ? [b] : this.mro(b, depth + 1);
      if (!l) ok = false;
      else lists.push([...l]);
    }
    if (ok) {
      lists.push([...bases]);
      out = [klass];
      while (lists.some((l) => l.length)) {
        const head = lists
          .map((l) => l[0])
          .find((h) => h !== undefined && lists.every((l) => !l.slice(1).includes(h)));
        if (head === undefined) {
          out = undefined;
          break;
        }
        out.push(head);
        for (const l of lists) if (l[0] === head) l.shift();
      }
    }
    this.mroMemo.set(klass, out ?? null);
    return out;
  }

  /**
   * The method `name` an instance of `klass` runs (the first class in its MRO defining it, after `after` when
   * given, as `super()` looks it up). Null when a base not defined in this file comes first (it may define it),
   * undefined when no class defines it.
   */
  private mroMethod(klass: SyntaxNode, name: string, after?: SyntaxNode): SyntaxNode | null | undefined {
    const order = this.mro(klass);
    if (!order) return null;
    const from = after ? order.indexOf(after) : -1;
    if (after && from < 0) return undefined;
    for (const k of order.slice(from + 1)) {
      if (typeof k === "string") return null;
      const m = this.classMethod(k, name);
      if (m) return m;
    }
    return undefined;
  }

  /**
   * `super().m(...)` in a method of class K: the method it runs, the next definition after K in the MRO of each
   * local class that has K in its MRO (a mixin's `super()` reaches whatever follows it in the class that mixes it
   * in). Null when those disagree or a base from elsewhere may define it, undefined when none does.
   */
  private superMethod(attr: SyntaxNode): SyntaxNode | null | undefined {
    const obj = field(attr, "object");
    const name = field(attr, "attribute");
    if (!obj || !name || !this.isSuperCall(obj)) return null;
    const host = this.enclosingFunction(attr);
    const owner = host?.parent?.type === "decorated_definition" ? host.parent : host;
    const k = owner?.parent?.type === "block" ? owner.parent.parent : undefined;
    if (k?.type !== "class_definition") return null;
    let found: SyntaxNode | undefined;
    for (const c of this.classes.values()) {
      const order = this.mro(c);
      if (!order) return null;
      if (!order.includes(k)) continue;
      const m = this.mroMethod(c, this.text(name), k);
      if (m === undefined) continue;
      if (m === null || (found && found !== m)) return null;
      found = m;
    }
    return found;
  }

  /** `super()` (or `super(Klass, self)`) in a method. */
  private isSuperCall(n: SyntaxNode): boolean {
    const f = n.type === "call" ? field(n, "function") : undefined;
    return f?.type === "identifier" && this.text(f) === "super" && this.args(n).length !== 1;
  }

  private localBase(klass: SyntaxNode): SyntaxNode | undefined {
    const sup = field(klass, "superclasses");
    const bases = sup ? namedChildren(sup) : [];
    if (bases.length !== 1 || bases[0]!.type !== "identifier") return undefined;
    const b = this.classes.get(this.text(bases[0]!));
    return b !== klass ? b : undefined;
  }

  /**
   * The one local class every call of method `host` (defined in `owner`) is made on, when that is a subclass of
   * `owner`: each call `x.run(...)` / `C().run(...)` in the file has its receiver made by `C(...)` (x bound once),
   * the same C for all, C inheriting `host` from `owner` through local bases. Undefined otherwise (a call on
   * anything else, `self.run()`, no call at all).
   */
  private receiverClass(host: SyntaxNode, owner: SyntaxNode): SyntaxNode | undefined {
    if (this.receiverClasses.has(host)) return this.receiverClasses.get(host);
    let out: SyntaxNode | undefined;
    const name = this.text(field(host, "name") ?? host);
    let found: SyntaxNode | undefined | null;
    for (const id of this.identifiers(name)) {
      const a = id.parent;
      const call = a?.type === "attribute" && field(a, "attribute") === id ? a.parent : undefined;
      if (a?.type === "function_definition") continue;
      if (call?.type !== "call" || field(call, "function") !== a) {
        found = null;
        break;
      }
      let made = field(a!, "object");
      // `subprocess.run(...)`: a module's function of the same name, no call of the method; so is a method of
      // the request's own objects (`request.args.get(...)` beside a view's `get`).
      if (made?.type === "identifier" && this.aliases.has(this.text(made))) continue;
      if (made?.type === "attribute" && this.isSourceName(this.qname(made))) continue;
      if (made?.type === "identifier") {
        const r = this.reachingAt(made);
        made =
          r && r.binds.length === 1 && !r.elems.length && r.binds[0]!.kind === "assign"
            ? r.binds[0]!.value
            : undefined;
      }
      const f = made?.type === "call" ? field(made, "function") : undefined;
      const c = f?.type === "identifier" ? this.classes.get(this.text(f)) : undefined;
      if (!c || (found !== undefined && found !== c)) {
        found = null;
        break;
      }
      found = c;
    }
    // A method no code here calls (`dispatch_request`, `get`: the framework's), in a class hierarchy whose only
    // class this file registers as a view (`Ping.as_view('ping')`): `self` is an instance of that class.
    if (found === undefined) {
      // The file's registered views, found once (every method asked about would walk the file again).
      if (!this.viewClasses) {
        const views = new Set<SyntaxNode>();
        const nodes = nodesOfType(this.tree, "attribute");
        for (let i = 0; i < nodes.length; i++) {
          const n = nodes[i]!;
          if (this.text(field(n, "attribute") ?? n) !== "as_view") continue;
          const o = field(n, "object");
          const c = o?.type === "identifier" ? this.classes.get(this.text(o)) : undefined;
          if (c) views.add(c);
        }
        this.viewClasses = views;
      }
      const views = this.viewClasses;
      const only = views.size === 1 ? [...views][0]! : undefined;
      if (only && (this.mro(only) ?? []).includes(owner)) found = only;
    }
    if (found && found !== owner) {
      // It must reach `host` itself: no class before owner in its MRO redefines the method.
      if (this.mroMethod(found, name) === host) out = found;
    }
    this.receiverClasses.set(host, out);
    return out;
  }

  private classMethod(klass: SyntaxNode, name: string): SyntaxNode | undefined {
    const body = field(klass, "body");
    for (const c of body?.children ?? []) {
      const def =
        c.type === "decorated_definition" ? c.children.find((d) => d.type === "function_definition") : c;
      if (def?.type === "function_definition" && this.text(field(def, "name") ?? def) === name) return def;
    }
    return undefined;
  }

  /** A call like `lib.fetch()` on an imported module yields data we cannot see. */
  private isModuleHead(fn: SyntaxNode): boolean {
    let o = field(fn, "object");
    while (o?.type === "attribute") o = field(o, "object");
    return o?.type === "identifier" && this.aliases.has(this.text(o));
  }

  /**
   * `gen()` or `gen(v)` calling a local generator function: its yields, and `bound`, the levels the call gives its
   * parameters (what a yielded parameter is), for a caller's sink class and environment.
   */
  private generatorCall(
    node: SyntaxNode | undefined,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ):
    | {
        all: SyntaxNode[];
        seq: SyntaxNode[] | undefined;
        tail: SyntaxNode[] | undefined;
        bound: Map<string, Level> | undefined;
      }
    | undefined {
    if (node?.type !== "call") return undefined;
    const f = field(node, "function");
    const local = f?.type === "identifier" ? this.functions.get(this.text(f)) : undefined;
    const ys = local ? this.yields(local) : undefined;
    if (!local || !ys) return undefined;
    return { ...ys, bound: this.args(node).length ? this.bindArgs(local, node, cls, env, depth) : env };
  }

  /**
   * `next(it)` where `it` is bound once in this function to a call of a local straight-line generator and every
   * other use of it before this call is an unconditional `next(it)` statement of the function body's top level
   * (and this call is in no loop): the yield at that count (CONST past the end, a StopIteration). Undefined for
   * any other shape.
   */
  private steppedGenerator(
    call: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const it = this.args(call)[0];
    if (it?.type !== "identifier" || this.args(call).length !== 1) return undefined;
    const held = this.reachingValues(it);
    if (held?.length !== 1) return undefined;
    const g = this.generatorCall(held[0], cls, env, depth);
    if (!g?.seq) return undefined;
    const fn = this.enclosingFunction(call);
    const body = fn ? field(fn, "body") : undefined;
    const bind = held[0]!.parent;
    if (!body || bind?.type !== "assignment" || bind.parent?.parent !== body) return undefined;
    // (a call in a loop takes a later item on each pass)
    for (let p = call.parent; p && p !== fn; p = p.parent)
      if (/^(for_statement|while_statement|lambda)$/.test(p.type) || COMPREHENSIONS.has(p.type))
        return undefined;
    let count = 0;
    for (const id of this.identifiers(this.text(it))) {
      if (id === it || id.start < bind.end || id.order >= call.order) continue;
      if (this.enclosingFunction(id) !== fn) return undefined;
      const c = id.parent?.parent;
      if (
        id.parent?.type !== "argument_list" ||
        c?.type !== "call" ||
        this.callee(c) !== "next" ||
        this.args(c).length !== 1 ||
        c.parent?.type !== "expression_statement" ||
        c.parent.parent !== body
      )
        return undefined;
      count++;
    }
    const item = g.seq[count];
    return item ? this.eval(item, cls, g.bound, depth + 1) : Level.CONST;
  }

  /**
   * The values a local generator function yields (its own `yield`s, not nested definitions'): `all` of them
   * (a `yield from` counts its iterable), and `seq` in order when each is a statement of the body's top level
   * (so `next(gen())` is the first, `list(gen())[1]` the second), and the `tail` of yields after the last
   * `yield from` of an unknown count (`list(gen())[-1]`); undefined when the function yields nothing.
   */
  private yields(
    fn: SyntaxNode,
  ): { all: SyntaxNode[]; seq: SyntaxNode[] | undefined; tail: SyntaxNode[] | undefined } | undefined {
    if (fn.type !== "function_definition") return undefined;
    const body = field(fn, "body");
    const all: SyntaxNode[] = [];
    let straight = true;
    const stack = [...(body?.children ?? [])];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda") continue;
      if (n.type === "yield") {
        const v = namedChildren(n)[0];
        if (v) all.push(v);
        if (!v || n.parent?.parent !== body) straight = false;
        continue;
      }
      stack.push(...n.children);
    }
    if (!all.length) return undefined;
    all.sort((a, b) => a.order - b.order);
    // Straight-line only: no loop, branch or early exit at the top level before the yields. A `yield from` of a
    // literal (`yield from ('-sh', '--')`) yields its items in order; of anything else, an unknown count.
    const plain = (body?.children ?? []).every(
      (c) => c.type === "expression_statement" || c.type === "comment",
    );
    const seq: SyntaxNode[] = [];
    // The yields after the last `yield from` of an unknown count: the end of the sequence, read from the back.
    let tail: SyntaxNode[] = [];
    let counted = true;
    for (const v of all) {
      if (!v.parent?.children.some((c) => c.type === "from")) {
        seq.push(v);
        tail.push(v);
      } else {
        const items = this.seqItems(v);
        if (!items || items.some((c) => /splat/.test(c.type))) {
          counted = false;
          tail = [];
        } else {
          seq.push(...items);
          tail.push(...items);
        }
      }
    }
    return {
      all,
      seq: straight && plain && counted ? seq : undefined,
      tail: straight && plain ? tail : undefined,
    };
  }

  /**
   * Whether a str.translate table (a str.maketrans(...) call or a dict literal, directly or through a name)
   * deletes each of `chars` or maps it to text that contains none of them.
   */
  /**
   * Whether a chain of `.replace(old, new)` calls ending at `call` replaces both '<' and '>' (one character each),
   * and no step puts an angle bracket back.
   */
  private markupReplaced(call: SyntaxNode): boolean {
    const gone = new Set<string>();
    let n: SyntaxNode | undefined = call;
    for (let hops = 0; n?.type === "call" && this.method(n) === "replace" && hops < 12; hops++) {
      const [a, b] = this.args(n).map((x) => this.constValue(x));
      if (typeof a !== "string" || typeof b !== "string" || /[<>]/.test(b) || this.args(n).length !== 2)
        return false;
      if (a === "<" || a === ">") gone.add(a);
      n = unparen(field(field(n, "function") ?? n, "object"));
    }
    return gone.size === 2;
  }

  private translateClears(arg: SyntaxNode | undefined, chars: string): boolean {
    const table = this.resolve(arg);
    const map = new Map<string, string | null>();
    // (string constants keep their escapes as written: '\r' is backslash, r)
    const ESC: Record<string, string> = { r: "\r", n: "\n", t: "\t", "0": "\0" };
    const str = (n: SyntaxNode | undefined): string | undefined => {
      const v = this.constValue(n);
      if (typeof v === "string" && n?.type === "string" && /^[a-zA-Z]*[rR][a-zA-Z]*['"]/.test(this.text(n)))
        return v;
      return typeof v === "string"
        ? v.replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_, e: string) =>
            e.length === 3 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (ESC[e] ?? e),
          )
        : undefined;
    };
    const charOf = (k: SyntaxNode | undefined): string | undefined => {
      if (k?.type === "call" && this.callee(k) === "ord" && this.args(k).length === 1) {
        const c = str(this.args(k)[0]);
        return c?.length === 1 ? c : undefined;
      }
      const v = this.constValue(k);
      if (typeof v === "number" && Number.isInteger(v) && v >= 0) return String.fromCodePoint(v);
      const c = str(k);
      return c?.length === 1 ? c : undefined;
    };
    const readDict = (d: SyntaxNode): boolean => {
      for (const c of namedChildren(d)) {
        if (c.type !== "pair") return false;
        const k = charOf(field(c, "key"));
        const v = field(c, "value");
        const val = v?.type === "none" ? null : this.constValue(v);
        if (k === undefined) return false;
        if (typeof val === "number" && Number.isInteger(val)) map.set(k, String.fromCodePoint(val));
        else if (val === null) map.set(k, null);
        else if (typeof val === "string") map.set(k, str(v)!);
        else return false;
      }
      return true;
    };
    if (table?.type === "dictionary") {
      if (!readDict(table)) return false;
    } else if (table?.type === "call" && this.callee(table) === "str.maketrans") {
      const a = this.args(table);
      if (a.length === 1) {
        const d = this.resolve(a[0]);
        if (d?.type !== "dictionary" || !readDict(d)) return false;
      } else {
        const [x, y, z] = a.map((n) => str(n));
        if (typeof x !== "string" || typeof y !== "string" || x.length !== y.length) return false;
        [...x].forEach((ch, i) => map.set(ch, y[i]!));
        if (a.length === 3) {
          if (typeof z !== "string") return false;
          for (const ch of z) map.set(ch, null);
        }
      }
    } else return false;
    return [...chars].every((ch) => {
      const to = map.get(ch);
      return to === null || (to !== undefined && ![...chars].some((b) => to.includes(b)));
    });
  }

  /**
   * `heapq.heappop(h)` where `h` is bound once in this function to a list literal of tuples and then only fed by
   * unconditional `heapq.heappush(h, (KEY, ...))` / popped by `heapq.heappop(h)` calls (heapify too), every
   * KEY a distinct constant: the tuple literal this pop takes (the smallest key left). Undefined otherwise.
   */
  private heapPopped(call: SyntaxNode): SyntaxNode | undefined {
    if (call.type !== "call" || this.callee(call) !== "heapq.heappop") return undefined;
    const h = this.args(call)[0];
    if (h?.type !== "identifier" || this.args(call).length !== 1) return undefined;
    const vals = this.reachingValues(h);
    const fn = this.enclosingFunction(call);
    const bind = vals?.length === 1 ? vals[0]! : undefined;
    if (!fn || bind?.type !== "list" || this.enclosingFunction(bind) !== fn) return undefined;
    const heap: { key: string | number; item: SyntaxNode }[] = [];
    const push = (t: SyntaxNode | undefined): boolean => {
      const items = t?.type === "tuple" ? namedChildren(t) : undefined;
      const k = items?.length ? this.constValue(items[0]) : undefined;
      if (typeof k !== "string" && typeof k !== "number") return false;
      if (heap.some((e) => e.key === k || typeof e.key !== typeof k)) return false;
      heap.push({ key: k, item: t! });
      return true;
    };
    for (const t of namedChildren(bind)) if (!push(t)) return undefined;
    const name = this.text(h);
    for (const id of this.identifiers(name)) {
      // (a nested function of this one may push at any time)
      if (this.enclosingFunction(id) !== fn && id.start > fn.start && id.end < fn.end) return undefined;
      if (id.order <= bind.order || id === h || this.enclosingFunction(id) !== fn) continue;
      if (id.order > call.order) break;
      const c = id.parent?.parent;
      const q = c?.type === "call" && id.parent?.type === "argument_list" ? this.callee(c) : "";
      if (!c || this.args(c)[0] !== id || !/^heapq\.(heappush|heappop|heapify)$/.test(q)) return undefined;
      if (this.conditional(ancestor(c, ["expression_statement"]) ?? c, call)) return undefined;
      if (q === "heapq.heappush" && (this.args(c).length !== 2 || !push(this.args(c)[1]))) return undefined;
      if (q === "heapq.heappop") {
        if (!heap.length) return undefined;
        heap.sort((a, b) => (a.key < b.key ? -1 : 1));
        heap.shift();
      }
    }
    heap.sort((a, b) => (a.key < b.key ? -1 : 1));
    return heap[0]?.item;
  }

  /** What a local generator function yields (its own `yield`s and `yield from`s' iterables), in order; else []. */
  yieldedValues(fn: SyntaxNode): SyntaxNode[] {
    return this.yields(fn)?.all ?? [];
  }

  /** Simple inter-procedural step: a local function's result is as controlled as its returns, given the args. */
  private summarise(
    fn: SyntaxNode,
    call: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
    selfAttrs?: Map<string, Level>,
    part?: number,
  ): Level {
    const bound = this.bindArgs(fn, call, cls, env, depth, new Map(selfAttrs ?? []));
    const body = field(fn, "body");
    if (!body) return Level.UNKNOWN;
    const consts = this.constArgs(fn, call);
    // A helper called from many places with the same argument levels has one answer: without this memo a file
    // whose helpers call helpers re-walks every callee per call site and per enclosing evaluation (numpy's
    // crackfortran.py: 2.1 million evaluations).
    let key = `${fn.order}:${cls}:${part ?? ""}:`;
    for (const [k, v] of bound) key += `${k}=${v},`;
    if (consts) for (const [k, v] of consts) key += `;${k}=${typeof v}:${String(v)}`;
    const hit = this.summaries.get(key);
    if (hit !== undefined) return hit;
    const result = consts
      ? this.withConsts(fn, consts, () => this.summariseBody(body, cls, bound, depth, part))
      : this.summariseBody(body, cls, bound, depth, part);
    this.summaries.set(key, result);
    return result;
  }

  /**
   * Runs `work` with a helper's parameters bound to constants. What is memoised may depend on them, so the
   * memos are fresh for the duration and the outer ones come back after.
   */
  private withConsts<T>(
    fn: SyntaxNode,
    consts: Map<string, string | number | boolean | null>,
    work: () => T,
  ): T {
    const saved = this.constEnv.get(fn);
    const { memo, branches, reachCache, summaries } = this;
    this.constEnv.set(fn, consts);
    this.memo = new Map();
    this.branches = new Map();
    this.reachCache = new Map();
    this.summaries = new Map();
    try {
      return work();
    } finally {
      this.summaries = summaries;
      this.memo = memo;
      this.branches = branches;
      this.reachCache = reachCache;
      if (saved) this.constEnv.set(fn, saved);
      else this.constEnv.delete(fn);
    }
  }

  /**
   * The parameters of a local function that this call binds to constants (its argument, or the default when
   * the call leaves it out); undefined when none is.
   */
  private constArgs(
    fn: SyntaxNode,
    call: SyntaxNode,
    onlyDeciding = true,
  ): Map<string, string | number | boolean | null> | undefined {
    const params = field(fn, "parameters");
    if (!params) return undefined;
    // Binding costs the memos while it lasts: only parameters that decide something (a condition, a key).
    const deciding = onlyDeciding ? this.decidingNames(fn) : undefined;
    if (deciding && !deciding.size) return undefined;
    const args = this.args(call);
    if (args.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return undefined;
    const out = new Map<string, string | number | boolean | null>();
    let i = 0;
    for (const p of namedChildren(params)) {
      const id =
        p.type === "identifier"
          ? p
          : (field(p, "name") ?? namedChildren(p).find((c) => c.type === "identifier"));
      if (
        !id ||
        !["identifier", "default_parameter", "typed_parameter", "typed_default_parameter"].includes(p.type)
      )
        return out.size ? out : undefined;
      const name = this.text(id);
      if (name === "self" || name === "cls") continue;
      const a = args[i++] ?? this.kwarg(call, name) ?? field(p, "value");
      if (deciding && !deciding.has(name)) continue;
      const v = a ? this.constValue(a) : undefined;
      if (v !== undefined) out.set(name, v);
    }
    return out.size ? out : undefined;
  }

  /**
   * The argument (or default) a call of local function `fn` gives parameter `id`, when `id` is a use of that
   * parameter that only the parameter's own binding reaches (never rebound before it).
   */
  private returnedArg(fn: SyntaxNode, call: SyntaxNode, id: SyntaxNode): SyntaxNode | undefined {
    const name = this.text(id);
    const r = this.reachingAt(id);
    if (!r || !r.binds.length || r.binds.some((d) => d.kind !== "param" || d.stmt !== fn)) return undefined;
    const args = this.args(call);
    if (args.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return undefined;
    let i = 0;
    for (const p of namedChildren(field(fn, "parameters") ?? fn)) {
      if (!["identifier", "default_parameter", "typed_parameter", "typed_default_parameter"].includes(p.type))
        return undefined;
      const pid =
        p.type === "identifier"
          ? p
          : (field(p, "name") ?? namedChildren(p).find((c) => c.type === "identifier"));
      if (!pid) return undefined;
      const pname = this.text(pid);
      // A method's receiver is no argument of `obj.m(...)` / `Cls.m(...)` (a @staticmethod has none).
      if ((pname === "self" || pname === "cls") && p === namedChildren(field(fn, "parameters") ?? fn)[0]) {
        const f = field(call, "function");
        const recv = f?.type === "attribute" ? field(f, "object") : undefined;
        // (`Cls.m(obj, x)` passes the receiver itself.)
        if (
          !recv ||
          /@staticmethod\b/.test(this.text(fn.parent ?? fn)) ||
          (pname === "self" && recv.type === "identifier" && this.classes.has(this.text(recv)))
        )
          return undefined;
        continue;
      }
      const a = args[i++];
      if (pname === name) return a ?? this.kwarg(call, name) ?? field(p, "value");
    }
    return undefined;
  }

  /**
   * Whether an expression is a member of a local Enum class (or None, whose `.value` raises): `Status(raw)`,
   * `Status.OPEN`, `Status[k]`, `Status.__members__.get(k)` / `[k]`, `m or Status.OPEN`, or a name bound only
   * to such values.
   */
  private enumMember(e: SyntaxNode | undefined, depth = 0): boolean {
    if (!e || depth > 8) return false;
    const isEnum = (k: SyntaxNode | undefined) => k?.type === "identifier" && this.isEnumClass(k);
    const members = (m: SyntaxNode | undefined) =>
      m?.type === "attribute" &&
      this.text(field(m, "attribute") ?? m) === "__members__" &&
      isEnum(field(m, "object"));
    switch (e.type) {
      case "none":
        return true;
      case "parenthesized_expression":
        return this.enumMember(namedChildren(e)[0], depth + 1);
      case "identifier": {
        const vals = this.reachingValues(e);
        return !!vals?.length && vals.every((v) => this.enumMember(v, depth + 1));
      }
      case "attribute":
        return isEnum(field(e, "object"));
      case "subscript":
        return isEnum(field(e, "value")) || members(field(e, "value"));
      case "boolean_operator":
        return (
          e.children.some((c) => c.type === "or") &&
          this.enumMember(field(e, "left"), depth + 1) &&
          this.enumMember(field(e, "right"), depth + 1)
        );
      case "call": {
        const f = field(e, "function");
        if (isEnum(f)) return true;
        // `Status.__members__.get(k)` / `.get(k, Status.OPEN)`: a member, None or the default.
        const d = this.args(e)[1];
        return (
          f?.type === "attribute" &&
          this.text(field(f, "attribute") ?? f) === "get" &&
          members(field(f, "object")) &&
          (!d || this.enumMember(d, depth + 1))
        );
      }
      default:
        return false;
    }
  }

  /** Whether a name is a local class deriving from enum's Enum (or StrEnum, IntEnum). */
  /**
   * An annotation whose values a validating framework (FastAPI, pydantic) restricts to a fixed set: `Literal['a',
   * 'b']` of string or number literals, or a local Enum class.
   */
  private closedType(ty: SyntaxNode | undefined): boolean {
    if (!ty) return false;
    const t = this.text(ty);
    const item = String.raw`(?:'[^'\\]*'|"[^"\\]*"|-?\d+)`;
    if (new RegExp(String.raw`^(typing\.)?Literal\[\s*${item}(\s*,\s*${item})*\s*,?\s*\]$`).test(t))
      return true;
    const id = ty.type === "type" ? namedChildren(ty)[0] : ty;
    return id?.type === "identifier" && this.isEnumClass(id);
  }

  private isEnumClass(k: SyntaxNode): boolean {
    const klass = this.classes.get(this.text(k));
    const sup = klass ? field(klass, "superclasses") : undefined;
    return !!sup && /\b(enum\.)?(Str|Int)?Enum\b/.test(this.text(sup));
  }

  /** The default value of a function's parameter `name`, if it has one. */
  private paramDefault(fn: SyntaxNode, name: string): SyntaxNode | undefined {
    for (const p of namedChildren(field(fn, "parameters") ?? fn)) {
      if (p.type !== "default_parameter" && p.type !== "typed_default_parameter") continue;
      const id = field(p, "name");
      if (id && this.text(id) === name) return field(p, "value");
    }
    return undefined;
  }

  /** Calls whose callee is the plain name `name`, in source order (one pass over the file, then cached). */
  private callsTo(name: string): SyntaxNode[] {
    if (!this.callIndex) {
      this.callIndex = new Map();
      for (let ni4 = 0, all4 = nodesOfType(this.tree, "call"); ni4 < all4.length; ni4++) {
        const n = all4[ni4]!;
        const f = field(n, "function");
        if (f?.type !== "identifier") continue;
        const k = this.text(f);
        const list = this.callIndex.get(k);
        if (list) list.push(n);
        else this.callIndex.set(k, [n]);
      }
    }
    return this.callIndex.get(name) ?? [];
  }

  /** Every `x.write(...)` call in the file (cached). */
  private writeSites(): SyntaxNode[] {
    this.writeCalls ??= nodesOfType(this.tree, "call").filter((n) => this.method(n) === "write");
    return this.writeCalls;
  }

  /**
   * `app.config['COOKIE_SECURE']` where the module sets that key once, to a constant, at its top level or
   * unconditionally earlier in the reading function (`app.config['COOKIE_SECURE'] = False`), and nothing else writes into `app.config` by other means (update,
   * from_object, an unknown key): that constant. Undefined otherwise.
   */
  private moduleSetting(node: SyntaxNode, depth: number): string | number | boolean | null | undefined {
    const obj = field(node, "value");
    if (obj?.type !== "attribute") return undefined;
    // The key's own evaluation carries the depth: `cur = cfg.opts[cur]` reads the key through the subscript again.
    const key = this.constKey(field(node, "subscript"), depth + 1);
    if (key === undefined) return undefined;
    if (!this.itemWrites) {
      this.itemWrites = new Map();
      const all5 = nodesOfType(this.tree, "assignment", "augmented_assignment", "call");
      for (let ni5 = 0; ni5 < all5.length; ni5++) {
        const n = all5[ni5]!;
        const left =
          n.type === "assignment" || n.type === "augmented_assignment" ? field(n, "left") : undefined;
        const f = n.type === "call" ? field(n, "function") : undefined;
        const target =
          left?.type === "subscript"
            ? field(left, "value")
            : f?.type === "attribute" && !/^(get|copy|keys|values|items)$/.test(this.method(n))
              ? field(f, "object")
              : undefined;
        if (target?.type !== "attribute") continue;
        const t = this.text(target);
        const list = this.itemWrites.get(t);
        // A method call on the object (update, from_object, setdefault, ...) may write any key.
        if (n.type === "call" || list === null) this.itemWrites.set(t, null);
        else if (list) list.push(n);
        else this.itemWrites.set(t, [n]);
      }
    }
    const writes = this.itemWrites.get(this.text(obj));
    if (!writes) return undefined;
    let found: SyntaxNode | undefined;
    for (const w of writes) {
      const k = this.constKey(field(field(w, "left") ?? w, "subscript"));
      if (k === undefined) return undefined;
      if (k !== key) continue;
      if (found || w.type !== "assignment") return undefined;
      const host = this.enclosingFunction(w);
      // Set in the reading function itself: before the read and not under a branch or loop.
      if (
        host &&
        (host !== this.enclosingFunction(node) || w.order > node.order || this.conditional(w, node))
      )
        return undefined;
      if (!host && !this.enclosingFunction(node) && w.order > node.order) return undefined;
      found = w;
    }
    return found ? this.constValue(field(found, "right"), depth + 1) : undefined;
  }

  /** Assignments to `something.attr`, by attribute name (cached). */
  private attrAssignments(attr: string): SyntaxNode[] {
    if (!this.attrAssigns) {
      this.attrAssigns = new Map();
      const all6 = nodesOfType(this.tree, "assignment", "augmented_assignment");
      for (let ni6 = 0; ni6 < all6.length; ni6++) {
        const n = all6[ni6]!;
        const left = field(n, "left");
        if (left?.type !== "attribute") continue;
        const k = this.text(field(left, "attribute") ?? left);
        const list = this.attrAssigns.get(k);
        if (list) list.push(n);
        else this.attrAssigns.set(k, [n]);
      }
    }
    return this.attrAssigns.get(attr) ?? [];
  }

  /** Names a function's conditions, ternary tests, match subjects and subscript keys read (cached). */
  private decidingNames(fn: SyntaxNode): Set<string> {
    let out = this.deciding.get(fn);
    if (out) return out;
    out = new Set();
    const collect = (n: SyntaxNode | undefined) => {
      if (!n) return;
      const stack = [n];
      while (stack.length) {
        const x = stack.pop()!;
        if (x.type === "identifier") out!.add(this.text(x));
        else stack.push(...x.children);
      }
    };
    const stack = [...(field(fn, "body")?.children ?? [])];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.type === "function_definition" || n.type === "class_definition") continue;
      if (n.type === "if_statement" || n.type === "elif_clause" || n.type === "while_statement")
        collect(field(n, "condition"));
      else if (n.type === "conditional_expression") collect(namedChildren(n)[1]);
      // `b or a`, `a and b`: the left operand's truth picks the value.
      else if (n.type === "boolean_operator") collect(namedChildren(n)[0]);
      else if (n.type === "match_statement") collect(field(n, "subject"));
      else if (n.type === "subscript") collect(field(n, "subscript"));
      stack.push(...n.children);
    }
    this.deciding.set(fn, out);
    return out;
  }

  private summariseBody(
    body: SyntaxNode,
    cls: SinkClass,
    bound: Map<string, Level>,
    depth: number,
    part?: number,
  ): Level {
    if (part !== undefined) return this.partReturned(body, cls, bound, depth, part);
    const { returns } = this.liveReturns(body);
    let m = Level.CONST;
    // A generator: what it yields is what its callers iterate over.
    const gen = body.parent ? this.yields(body.parent) : undefined;
    for (const y of gen?.all ?? []) {
      const l = this.eval(y, cls, bound, depth + 2);
      if (l > m) m = l;
    }
    if (!returns.length) return m;
    for (const r of returns) {
      const l = this.eval(namedChildren(r)[0], cls, bound, depth + 2);
      if (l > m) m = l;
      if (m === Level.SOURCE) break;
    }
    return m;
  }

  /**
   * `a, b = helper(x)`: the item at one position of what the helper returns, when each live return is a tuple or
   * list literal (that item) or a call of a local function (its own item there, recursively); any other return
   * counts whole.
   */
  private partReturned(
    body: SyntaxNode,
    cls: SinkClass,
    bound: Map<string, Level>,
    depth: number,
    part: number,
  ): Level {
    const gen = body.parent ? this.yields(body.parent) : undefined;
    if (gen) {
      // A @contextmanager generator hands its one yield to `with ... as (a, b)`: that tuple's item.
      const deco = body.parent?.parent;
      const cm =
        deco?.type === "decorated_definition" &&
        deco.children.some(
          (d) =>
            d.type === "decorator" &&
            /^@(contextlib\.)?(contextmanager|asynccontextmanager)$/.test(this.text(d)),
        );
      const tuples = gen.all.map((y) =>
        !y.parent?.children.some((c) => c.type === "from") && /^(tuple|expression_list)$/.test(y.type)
          ? namedChildren(y)
          : undefined,
      );
      // `a, b, c = gen(v)` unpacks a plain generator's values in order: a straight-line one's part-th yield.
      if (!cm && gen.seq) {
        const item = gen.seq[part < 0 ? part + gen.seq.length : part];
        return item ? this.eval(item, cls, bound, depth + 2) : Level.CONST;
      }
      if (!cm || tuples.some((t) => !t || t.some((c) => /splat/.test(c.type))))
        return this.summariseBody(body, cls, bound, depth);
      let m = Level.CONST;
      for (const t of tuples) {
        const item = t![part < 0 ? part + t!.length : part];
        const l = item ? this.eval(item, cls, bound, depth + 2) : Level.CONST;
        if (l > m) m = l;
      }
      return m;
    }
    let m = Level.CONST;
    for (const r of this.liveReturns(body).returns) {
      const v = namedChildren(r)[0];
      const items = v && ["tuple", "expression_list", "list"].includes(v.type) ? namedChildren(v) : undefined;
      const fn = v?.type === "call" ? field(v, "function") : undefined;
      const local = fn?.type === "identifier" ? this.functions.get(this.text(fn)) : undefined;
      let l: Level;
      if (items && !items.some((c) => c.type === "list_splat")) {
        const item = items[part < 0 ? part + items.length : part];
        l = item ? this.eval(item, cls, bound, depth + 2) : Level.CONST;
      } else if (local && v && depth < 20)
        l = this.summarise(local, v, cls, bound, depth + 2, undefined, part);
      else l = this.eval(v, cls, bound, depth + 2);
      if (l > m) m = l;
      if (m === Level.SOURCE) break;
    }
    return m;
  }

  /**
   * The return statements of a block that can run: branches with a constant condition are followed only where
   * taken, and nothing after a statement that always returns or raises counts. `exits` when the block always
   * leaves the function.
   */
  private liveReturns(block: SyntaxNode): { returns: SyntaxNode[]; exits: boolean } {
    const returns: SyntaxNode[] = [];
    for (const st of block.children) {
      if (st.type === "return_statement") {
        returns.push(st);
        return { returns, exits: true };
      }
      if (st.type === "raise_statement") return { returns, exits: true };
      if (st.type === "function_definition" || st.type === "class_definition") continue;
      if (st.type === "if_statement") {
        const clauses: [SyntaxNode, SyntaxNode | undefined][] = [[st, field(st, "consequence")]];
        for (const c of st.children)
          if (c.type === "elif_clause") clauses.push([c, field(c, "consequence")]);
          else if (c.type === "else_clause")
            clauses.push([c, field(c, "body") ?? c.children.find((x) => x.type === "block")]);
        let allExit = clauses[clauses.length - 1]![0].type === "else_clause";
        let always = false;
        for (const [clause, blk] of clauses) {
          const taken = this.branchTaken(clause);
          if (taken === false || !blk) continue;
          const sub = this.liveReturns(blk);
          returns.push(...sub.returns);
          if (!sub.exits) allExit = false;
          if (taken === true) {
            always = sub.exits;
            break;
          }
        }
        if (always || allExit) return { returns, exits: true };
        continue;
      }
      const stack = [...st.children];
      while (stack.length) {
        const n = stack.pop()!;
        if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda")
          continue;
        if (n.type === "return_statement") returns.push(n);
        else stack.push(...n.children);
      }
    }
    return { returns, exits: false };
  }

  /**
   * `event["requestContext"]["authorizer"]` (or `.get(...)` steps) of a Lambda handler `(event, context)`: what
   * API Gateway's authorizer wrote after it verified the caller's token (JWT claims, principal id), not the caller.
   */
  private lambdaAuthorizer(node: SyntaxNode): boolean {
    // The step's key and what it indexes: `x["k"]` or `x.get("k", ...)`.
    const step = (n: SyntaxNode | undefined): [string | undefined, SyntaxNode | undefined] => {
      if (n?.type === "subscript") {
        const k = field(n, "subscript");
        return [k?.type === "string" ? this.stringValue(k) : undefined, field(n, "value")];
      }
      if (n?.type === "call" && this.method(n) === "get") {
        const k = this.args(n)[0];
        return [
          k?.type === "string" ? this.stringValue(k) : undefined,
          field(field(n, "function") ?? n, "object"),
        ];
      }
      return [undefined, undefined];
    };
    const [k1, inner] = step(node);
    if (k1 !== "authorizer") return false;
    const [k2, root] = step(inner);
    if (k2 !== "requestContext" || root?.type !== "identifier") return false;
    const fn = this.enclosingFunction(node);
    const params = fn ? this.paramNames(fn) : [];
    return params.length === 2 && params[0] === this.text(root) && /^_?(context|ctx)$/.test(params[1]!);
  }

  paramNames(fn: SyntaxNode): string[] {
    const params = field(fn, "parameters");
    if (!params) return [];
    const out: string[] = [];
    for (const p of namedChildren(params)) {
      const id =
        p.type === "identifier"
          ? p
          : (field(p, "name") ?? namedChildren(p).find((c) => c.type === "identifier"));
      if (id) {
        const name = this.text(id);
        if (name !== "self" && name !== "cls") out.push(name);
      }
    }
    return out;
  }

  private scopeOf(fn: SyntaxNode): Scope {
    let s = this.scopes.get(fn);
    if (s) return s;
    s = { node: fn, defs: new Map(), guards: [], isEntry: false };
    this.scopes.set(fn, s);
    // Constant keys are worked out while the scope is half built (`d[k] = v` asks what k is): nothing seen
    // then may be memoised.
    this.building++;
    try {
      return this.fillScope(fn, s);
    } finally {
      this.building--;
    }
  }

  /**
   * A GraphQL resolver: strawberry's `@strawberry.field` / `mutation` / `subscription` methods, ariadne's
   * `@query.field("user")` functions, graphene's `resolve_<field>` / `mutate` methods on a class. Its arguments
   * are the client's query variables.
   */
  private graphqlResolver(fn: SyntaxNode, decText: string): boolean {
    if (!sourceHas(this.tree, GRAPHQL_LIB)) return false;
    if (decText)
      return (
        /@strawberry(_django)?\.(field|mutation|subscription)\b/.test(decText) ||
        (/@\w+\.field\(\s*['"]/.test(decText) && sourceHas(this.tree, /\bariadne\b/))
      );
    const name = this.text(field(fn, "name") ?? fn);
    return (
      /^(resolve_\w+|mutate)$/.test(name) &&
      fn.parent?.parent?.type === "class_definition" &&
      sourceHas(this.tree, /\bgraphene\b/)
    );
  }

  /**
   * The parameters of a resolver that are the server's: the parent object and the info (strawberry's `self` and
   * an `info` named or annotated so; ariadne's and graphene's first two).
   */
  private resolverContext(fn: SyntaxNode, strawberry: boolean): string[] {
    const raw = namedChildren(field(fn, "parameters") ?? fn).map((p) => {
      const id =
        p.type === "identifier"
          ? p
          : (field(p, "name") ?? namedChildren(p).find((c) => c.type === "identifier"));
      return {
        name: id ? this.text(id) : "",
        type: p.type === "identifier" ? "" : this.text(field(p, "type") ?? p),
      };
    });
    if (!strawberry) return raw.slice(0, 2).map((p) => p.name);
    return raw
      .filter((p) => /^(self|cls|info|root)$/.test(p.name) || /\bInfo\b/.test(p.type))
      .map((p) => p.name);
  }

  /**
   * `self.rfile` of a socketserver (or http.server) request handler: the connection's input stream, the peer's
   * bytes as they arrive, like a socket's recv(). Asked for its readline(): the line a text protocol's peer typed
   * (a name, a command); a framed read(n) feeds a decoder and stays as before.
   */
  private peerStream(obj: SyntaxNode | undefined): boolean {
    return (
      !!obj &&
      this.text(obj) === "self.rfile" &&
      sourceHas(this.tree, /\bsocketserver\b|BaseHTTPRequestHandler/)
    );
  }

  /** A Slack Bolt listener's decorator (`@app.command("/x")`, `@app.event("message")`, ...) in a slack_bolt module. */
  private slackListener(decText: string): boolean {
    return SLACK_LISTENER.test(decText) && sourceHas(this.tree, SLACK_BOLT);
  }

  /** A function this file passes to pika's `basic_consume` (as on_message_callback= or positionally). */
  private pikaCallback(fn: SyntaxNode): boolean {
    const name = field(fn, "name");
    if (!name || !sourceHas(this.tree, PIKA)) return false;
    for (const id of this.identifiers(this.text(name))) {
      let up = id.parent;
      if (up?.type === "keyword_argument") up = up.parent;
      if (up?.type === "attribute" && field(up, "attribute") === id) up = up.parent; // self.on_message
      const call = up?.type === "argument_list" ? up.parent : undefined;
      if (call?.type === "call" && this.method(call) === "basic_consume") return true;
    }
    return false;
  }

  /**
   * A function whose parameters another party fills in, outside a web request: what it returns are the parameters
   * that stay the server's own (undefined when it is none of these).
   * - a Celery / Dramatiq / Huey task no code in this file queues (`@shared_task`, `@app.task`, `@dramatiq.actor`):
   *   a worker calls it with what some producer put on the broker (a task this file queues itself is followed
   *   through its `.delay(...)` calls instead, see deferredArgs); a `bind=True` task's first parameter is the task;
   * - a gRPC servicer's method `(self, request, context)` on a class extending a generated `...Servicer`: the
   *   request message is the client's, the context the server's;
   * - a websockets connection handler (the function handed to `websockets.serve(handler, ...)`): iterating the
   *   connection or its `recv()` yields what the peer sent;
   * - an MCP or LLM-agent tool (`@mcp.tool()`, LangChain's `@tool`, `@function_tool`): the model fills in the
   *   arguments from whatever text it read. A pydantic-ai `RunContext` parameter is the framework's.
   */
  private serviceEntry(fn: SyntaxNode, params: string[]): string[] | undefined {
    if (!params.length) return undefined;
    const dec = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
    const decos = dec ? dec.children.filter((c) => c.type === "decorator").map((c) => this.text(c)) : [];
    const task = decos.find((d) => TASK_DECORATOR.test(d));
    if (task && sourceHas(this.tree, TASK_QUEUE_LIB) && !this.enclosingFunction(fn)) {
      if (params.some((p) => this.deferredArgs(fn, p))) return undefined;
      const raw = namedChildren(field(fn, "parameters") ?? fn);
      const first = raw[0]?.type === "identifier" ? this.text(raw[0]) : undefined;
      return /\bbind\s*=\s*True\b/.test(task) && first ? [first] : [];
    }
    if (decos.some((d) => LLM_TOOL_DECORATOR.test(d)) && sourceHas(this.tree, LLM_TOOL_LIB)) {
      const own = namedChildren(field(fn, "parameters") ?? fn)
        .filter(
          (p) =>
            /\bRunContext\b|\bContext\b/.test(this.text(field(p, "type") ?? p)) && p.type !== "identifier",
        )
        .map((p) => this.text(field(p, "name") ?? namedChildren(p)[0] ?? p));
      return own;
    }
    const klass = fn.parent?.parent?.type === "class_definition" ? fn.parent.parent : undefined;
    if (
      klass &&
      params.length === 2 &&
      /\w+Servicer\b/.test(this.text(field(klass, "superclasses") ?? klass)) &&
      sourceHas(this.tree, GRPC_LIB)
    )
      return [params[1]!];
    if (!klass && sourceHas(this.tree, WEBSOCKETS_LIB) && this.websocketsHandler(fn)) return params.slice(1);
    return undefined;
  }

  /**
   * Parameters annotated int, float or bool: a tool framework (FastMCP, LangChain) validates the model's arguments
   * against the annotations, and a task's producer sends the number its signature asks for.
   */
  private scalarParams(fn: SyntaxNode): string[] {
    const out: string[] = [];
    for (const p of namedChildren(field(fn, "parameters") ?? fn)) {
      if (p.type !== "typed_parameter" && p.type !== "typed_default_parameter") continue;
      const id = field(p, "name") ?? namedChildren(p).find((c) => c.type === "identifier");
      if (id && /^(int|float|bool)$/.test(this.text(field(p, "type") ?? p))) out.push(this.text(id));
    }
    return out;
  }

  /** A function this file hands to websockets' `serve(handler, ...)` (or `unix_serve`) as the connection handler. */
  private websocketsHandler(fn: SyntaxNode): boolean {
    const name = field(fn, "name");
    if (!name) return false;
    for (const id of this.identifiers(this.text(name))) {
      const call = id.parent?.type === "argument_list" ? id.parent.parent : undefined;
      if (call?.type !== "call" || this.ownArgs(call)[0] !== id) continue;
      if (
        /(^|\.)(serve|unix_serve)$/.test(this.callee(call)) &&
        /websockets/.test(this.callee(call) + this.text(call))
      )
        return true;
      if (/^(serve|unix_serve)$/.test(this.callee(call)) && sourceHas(this.tree, WEBSOCKETS_SERVE_IMPORT))
        return true;
    }
    return false;
  }

  private fillScope(fn: SyntaxNode, s: Scope): Scope {
    const add = (name: string, def: Def) => {
      const list = s!.defs.get(name);
      if (list) list.push(def);
      else s!.defs.set(name, [def]);
    };
    if (fn.type === "function_definition") {
      for (const p of this.paramNames(fn))
        add(p, { order: fn.order, value: undefined, kind: "param", stmt: fn });
      const dec = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
      if (dec) {
        const decText = dec.children
          .filter((c) => c.type === "decorator")
          .map((c) => this.text(c))
          .join(" ");
        // CherryPy's exposed methods take the query and form fields as their parameters; Litestar's and
        // Bottle's bare @get/@post(...) route decorators name the handler's parameters after request fields;
        // a Google Cloud Function (@functions_framework.http) receives the Flask request and serves its return.
        // The route method is the decorator's own callee (`@bp.get(...)`), not a `.get(` in its arguments
        // (`@with_plugins(entry_points().get(...))` on a click command).
        s.isEntry =
          /@[\w.]*\.(route|get|post|put|delete|patch|websocket)\(|api_view|@(route|get|post|put|delete|patch)\(|@(cherrypy\.)?expose\b|@functions_framework\.http\b/.test(
            decText,
          );
        // A chat bot's command (discord.py and its forks): what follows the context in the parameters is the
        // text any member of the channel typed after the command. The context itself is the bot's bookkeeping.
        const chatCommand =
          !s.isEntry &&
          /@[\w.]*\b(command|slash_command|hybrid_command)\(/.test(decText) &&
          sourceHas(this.tree, CHAT_BOT);
        if (chatCommand) s.isEntry = true;
        const resolver = !s.isEntry && this.graphqlResolver(fn, decText);
        if (resolver) s.isEntry = true;
        const slack = !s.isEntry && this.slackListener(decText);
        if (slack) s.isEntry = true;
        if (s.isEntry) {
          // Flask/werkzeug converters (`<int:item_id>`) and FastAPI annotations (`item_id: int`) reject
          // anything that is not a number: the view receives an int, not the request's text.
          const numeric = new Set<string>();
          const first = this.paramNames(fn)[0];
          if (chatCommand && first) numeric.add(first);
          // Bolt passes its listener arguments by name: only these hold what the workspace member sent.
          if (slack) for (const p of this.paramNames(fn)) if (!SLACK_PAYLOAD_ARG.test(p)) numeric.add(p);
          // A resolver's parent object and its info (the server's own objects) are no part of the query.
          if (resolver) for (const p of this.resolverContext(fn, /@strawberry/.test(decText))) numeric.add(p);
          const typedFramework = sourceHas(this.tree, /\b(fastapi|litestar|ninja)\b/);
          // A `uuid` converter hands the view a uuid.UUID: hex digits and dashes when printed.
          for (const m of decText.matchAll(/<(?:int|float|uuid)(?:\([^)]*\))?:(\w+)>/g)) numeric.add(m[1]!);
          for (const p of namedChildren(field(fn, "parameters") ?? fn)) {
            if (p.type !== "typed_parameter" && p.type !== "typed_default_parameter") continue;
            const id = field(p, "name") ?? namedChildren(p).find((c) => c.type === "identifier");
            const ty = field(p, "type");
            if (id && (/^(int|float|bool)$/.test(this.text(ty ?? p)) || this.closedType(ty)))
              numeric.add(this.text(id));
            // FastAPI (Litestar, Django Ninja) also parse UUID, Decimal and date/time annotations, optional or
            // not, and pydantic's constrained ints: a 422 for anything else. Flask ignores annotations.
            else if (id && ty && typedFramework && CONVERTED_TYPE.test(this.text(ty).replace(/\s+/g, ""))) {
              numeric.add(this.text(id));
              if (ADDRESS_TYPE.test(this.text(ty))) (s.addresses ??= new Set()).add(this.text(id));
            }
          }
          if (numeric.size) s.numeric = numeric;
        }
      }
      // graphene's resolvers are found by name: `resolve_<field>(root, info, **args)` on an ObjectType and
      // `mutate(root, info, ...)` on a Mutation.
      if (!dec && this.graphqlResolver(fn, "")) {
        s.isEntry = true;
        s.numeric = new Set(this.resolverContext(fn, false));
      }
      // An AWS Lambda (or Google Cloud background) function: handler(event, context), the event is the caller's.
      const params = this.paramNames(fn);
      if (
        params.length === 2 &&
        params[0] === "event" &&
        params[1] === "context" &&
        !this.enclosingFunction(fn)
      ) {
        s.isEntry = true;
        // The context object is the runtime's (request id, function name, remaining time), not the caller's.
        s.numeric = new Set([...(s.numeric ?? []), "context"]);
      }
      // A pika consumer callback (channel, method, properties, body) handed to basic_consume: the body is the
      // message a producer queued; the rest is the broker's delivery bookkeeping.
      if (!s.isEntry && params.length === 4 && this.pikaCallback(fn)) {
        s.isEntry = true;
        s.numeric = new Set([...(s.numeric ?? []), ...params.slice(0, 3)]);
      }
      // A worker task, gRPC method, websockets handler or LLM tool: its parameters are what another party sent.
      if (!s.isEntry) {
        const server = this.serviceEntry(fn, params);
        if (server) {
          s.isEntry = true;
          s.numeric = new Set([...(s.numeric ?? []), ...server, ...this.scalarParams(fn)]);
        }
      }
      // A DRF serializer's `validate_<field>(self, value)` / `validate(self, attrs)` receives the request's field
      // (or all of them) as the client sent it, before any check of its own.
      const klass = fn.parent?.parent?.type === "class_definition" ? fn.parent.parent : undefined;
      if (
        params.length === 1 &&
        /^validate(_\w+)?$/.test(this.text(field(fn, "name") ?? fn)) &&
        klass &&
        /Serializer\b/.test(this.text(field(klass, "superclasses") ?? klass))
      )
        s.isEntry = true;
      // Django's FormView.form_valid(self, form) receives the form bound to the request's data.
      if (
        params.length === 1 &&
        params[0] === "form" &&
        this.text(field(fn, "name") ?? fn) === "form_valid" &&
        fn.parent?.parent?.type === "class_definition"
      )
        s.isEntry = true;
    }
    const bindTargets = (
      target: SyntaxNode,
      value: SyntaxNode | undefined,
      kind: Def["kind"],
      stmt: SyntaxNode,
      part?: number,
      sel?: Def["sel"],
    ) => {
      if (target.type === "identifier")
        add(this.text(target), {
          order: target.order,
          value,
          kind,
          stmt,
          ...(part !== undefined && { part }),
          ...(sel && { sel }),
        });
      else if (target.type === "list_splat_pattern" && namedChildren(target)[0]?.type === "identifier") {
        // `first, *rest = parts`: rest holds what is left of the value, at other positions than the value's own
        // (an "augment" def: the value's level, never one of its literal elements by index).
        const id = namedChildren(target)[0]!;
        add(this.text(id), { order: id.order, value, kind: kind === "assign" ? "augment" : kind, stmt });
      } else if (["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list"].includes(target.type)) {
        // `a, b = x, 'safe'`: element-wise when both sides are flat and the same length (no starred target).
        const targets = namedChildren(target);
        // `for i, t in enumerate(xs)`: i is a counter, t an item of xs; `for a, b in zip(xs, ys)`: one of each.
        const seqOf = this.iterParts(targets, value, kind);
        if (seqOf) {
          const counter =
            value?.type === "call" && this.callee(value) === "enumerate" && targets[0]!.type === "identifier"
              ? this.text(targets[0]!)
              : undefined;
          // `for k, v in zip(KEYS, VALS)`: each name remembers the other and its column, so a use under
          // `if k == 'b':` reads the item of VALS beside 'b' in KEYS (see selectedElement).
          const zipped =
            !counter &&
            targets.length === 2 &&
            targets.every((t) => t.type === "identifier") &&
            seqOf.every(Boolean);
          const selOf = (i: number): Def["sel"] =>
            counter && i === 1
              ? { partner: counter, container: seqOf[1]!, how: "enumerate" }
              : zipped
                ? {
                    partner: this.text(targets[1 - i]!),
                    container: seqOf[i]!,
                    how: "zip",
                    keys: seqOf[1 - i]!,
                  }
                : undefined;
          targets.forEach((t, i) =>
            bindTargets(t, seqOf[i], seqOf[i] ? "iter" : "opaque", stmt, undefined, selOf(i)),
          );
          return;
        }
        // `for k, v in d.items()` / `for i, v in enumerate(xs)`: v remembers its partner (see selectedElement).
        const how =
          kind === "iter" &&
          value?.type === "call" &&
          targets.length === 2 &&
          targets[0]!.type === "identifier"
            ? this.method(value) === "items" && !this.args(value).length
              ? "items"
              : undefined
            : undefined;
        if (how) {
          const container = field(field(value!, "function") ?? value!, "object");
          add(this.text(targets[0]!), { order: targets[0]!.order, value, kind, stmt, slot: "key" });
          bindTargets(
            targets[1]!,
            value,
            kind,
            stmt,
            undefined,
            container && {
              partner: this.text(targets[0]!),
              container,
              how,
            },
          );
          return;
        }
        const values =
          kind === "assign" && value && ["expression_list", "tuple", "list"].includes(value.type)
            ? namedChildren(value)
            : undefined;
        const pairwise =
          values &&
          values.length === targets.length &&
          !targets.some((t) => t.type === "list_splat_pattern") &&
          !values.some((v) => v.type === "list_splat");
        // Otherwise each name keeps its position in the value (from the end after a starred name), so a
        // literal sequence behind it can be read element-wise (`*_, last = parts`); the starred name gets all.
        const star = targets.findIndex((t) => t.type === "list_splat_pattern");
        const parts = !pairwise && kind === "assign" && !!value;
        // `for value, column in spec.values()`: each name takes its position of the rows (see slotLevel).
        if (kind === "iter" && star < 0 && targets.every((t) => t.type === "identifier")) {
          targets.forEach((t, i) => add(this.text(t), { order: t.order, value, kind, stmt, slot: i }));
          return;
        }
        targets.forEach((c, i) =>
          bindTargets(
            c,
            pairwise ? values[i] : value,
            kind,
            stmt,
            !parts || i === star ? undefined : star >= 0 && i > star ? i - targets.length : i,
          ),
        );
      }
    };
    const stack = fn.type === "module" ? [...fn.children] : [...(field(fn, "body")?.children ?? [])];
    while (stack.length) {
      const n = stack.pop()!;
      // Most nodes (names, attributes, literals, operators) bind nothing and guard nothing: one set lookup
      // instead of the two chains of type tests below (this loop runs mostly unoptimised, per node).
      if (!SCOPE_NODE_TYPES.has(n.type)) {
        for (let i = 0, kids = n.children; i < kids.length; i++) stack.push(kids[i]!);
        continue;
      }
      if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda") {
        const name = field(n, "name");
        if (name) add(this.text(name), { order: n.order, value: undefined, kind: "opaque", stmt: n });
        continue;
      }
      if (n.type === "assignment" || n.type === "augmented_assignment") {
        const left = field(n, "left");
        const right = field(n, "right");
        const container = left?.type === "subscript" ? field(left, "value") : undefined;
        // `cfg['section']['key'] = v` (configparser's mapping API, a dict of dicts): a write on the root
        // under "section\0key", the key configparser's get(section, key) reads.
        const outer = container?.type === "subscript" ? field(container, "value") : undefined;
        const k = left?.type === "subscript" ? field(left, "subscript") : undefined;
        const key =
          n.type === "assignment" && container?.type === "identifier" ? this.constKey(k) : undefined;
        const unrolled =
          n.type === "assignment" && container?.type === "identifier" && key === undefined
            ? this.loopKeyedWrites(n, k, right)
            : undefined;
        if (left && unrolled) {
          for (const w of unrolled)
            add(this.text(container!), {
              order: left.order,
              value: w.value,
              kind: "element",
              stmt: n,
              key: w.key,
            });
        } else if (left && container?.type === "identifier") {
          add(this.text(container), { order: left.order, value: right, kind: "element", stmt: n, key });
        } else if (left && outer?.type === "identifier" && field(container!, "subscript")?.type !== "slice") {
          const a = this.constKey(field(container!, "subscript"));
          const b = this.constKey(field(left, "subscript"));
          add(this.text(outer), {
            order: left.order,
            value: right,
            kind: "element",
            stmt: n,
            key: n.type === "assignment" && a !== undefined && b !== undefined ? `${a}\0${b}` : undefined,
          });
        } else if (
          left?.type === "identifier" &&
          n.type === "augmented_assignment" &&
          right?.type === "list" &&
          n.children.some((c) => c.type === "+=") &&
          !namedChildren(right).some((c) => /splat/.test(c.type))
        ) {
          // `l += ['uptime', v]`: the list extended in place, the items appended at known positions after
          // the ones it held (as `l.extend([...])`).
          const items = namedChildren(right);
          for (const value of items)
            add(this.text(left), { order: left.order, value, kind: "element", stmt: n, key: APPEND });
          if (!items.length)
            add(this.text(left), { order: left.order, value: right, kind: "element", stmt: n, key: APPEND });
        } else if (left) bindTargets(left, right, n.type === "assignment" ? "assign" : "augment", n);
      } else if (n.type === "named_expression") {
        const name = field(n, "name");
        if (name)
          add(this.text(name), { order: name.order, value: field(n, "value"), kind: "assign", stmt: n });
      } else if (n.type === "for_statement" || n.type === "for_in_clause") {
        const left = field(n, "left");
        if (left) bindTargets(left, field(n, "right"), "iter", n);
      } else if (n.type === "except_clause") {
        const v = n.children.find((c) => c.type === "as_pattern");
        const target = v?.children.find((c) => c.type === "as_pattern_target");
        const id = target?.children.find((c) => c.type === "identifier");
        if (id) add(this.text(id), { order: id.order, value: n, kind: "assign", stmt: n });
      } else if (n.type === "with_item") {
        const v = field(n, "value");
        if (v?.type === "as_pattern") {
          const target = v.children.find((c) => c.type === "as_pattern_target");
          const id = target?.children.find((c) => c.type === "identifier");
          if (id) add(this.text(id), { order: id.order, value: v.children[0], kind: "assign", stmt: n });
          // `with cm(v) as (cur, sql, params):` unpacks what the context manager hands back, one position each.
          const tuple = id
            ? undefined
            : target?.children.find((c) => /^(tuple|list|pattern_list)$/.test(c.type));
          const names = tuple ? namedChildren(tuple) : [];
          const unpacked = !names.some((c) => /splat/.test(c.type));
          names.forEach((c, i) => {
            const name = c.type === "list_splat_pattern" || c.type === "list_splat" ? namedChildren(c)[0] : c;
            if (name?.type === "identifier")
              add(this.text(name), {
                order: name.order,
                value: v.children[0],
                kind: "assign",
                stmt: n,
                ...(unpacked ? { part: i } : {}),
              });
          });
        }
      } else if (n.type === "case_clause" && n.parent?.parent?.type === "match_statement") {
        // `case other:` / `case ... as other:` binds the subject itself; a name inside a sequence pattern
        // (`case [first, *rest]:`) one of its items, inside a mapping or class pattern (`case {'k': v}:`,
        // `case Point(x=px):`) a part of it, taken as tainted as the whole.
        const subject = field(n.parent.parent, "subject");
        const capture = (p: SyntaxNode, kind: "assign" | "iter"): void => {
          const bind = (id: SyntaxNode | undefined) => {
            if (id?.type === "identifier")
              add(this.text(id), { order: id.order, value: subject, kind, stmt: p });
          };
          const kids = namedChildren(p);
          switch (p.type) {
            case "case_pattern":
            case "union_pattern":
              kids.forEach((c) => capture(c, kind));
              return;
            case "dotted_name":
              if (kids.length === 1 && /^(case|keyword)_pattern$/.test(p.parent?.type ?? "")) bind(kids[0]);
              return;
            case "as_pattern":
              kids.forEach((c) => (c.type === "identifier" ? bind(c) : capture(c, kind)));
              return;
            case "splat_pattern":
              kids.forEach(bind);
              return;
            case "keyword_pattern":
              kids.slice(1).forEach((c) => capture(c, "assign"));
              return;
            case "list_pattern":
            case "tuple_pattern":
            case "dict_pattern":
            case "class_pattern": {
              const part = p.type === "list_pattern" || p.type === "tuple_pattern" ? "iter" : "assign";
              kids.forEach((c) => {
                if (c.type === "case_pattern" || c.type === "splat_pattern" || c.type === "keyword_pattern")
                  capture(c, part);
              });
              return;
            }
          }
        };
        if (subject) for (const c of n.children) if (c.type === "case_pattern") capture(c, "assign");
      } else if (n.type === "call") {
        const el = this.elementWrite(n);
        if (el)
          add(el.name, {
            order: n.order,
            value: el.value,
            kind: "element",
            stmt: n,
            key: el.key,
            weak: el.weak,
            ...(el.clear && { clear: true }),
          });
        for (const w of el?.more ?? [])
          add(el!.name, { order: n.order, value: w.value, kind: "element", stmt: n, key: w.key });
        // `add_arg(cmd, v)` with `def add_arg(argv, value): argv.append(value)`: the helper writes into cmd.
        if (!el) this.callWrites(n, fn, add);
      } else if (n.type === "delete_statement") {
        // `del parts[0]` removes a position (the items after it move up), `del d['k']` one key.
        const targets = namedChildren(n).flatMap((t) =>
          t.type === "expression_list" ? namedChildren(t) : [t],
        );
        for (const t of targets) {
          const obj = t.type === "subscript" ? field(t, "value") : undefined;
          if (obj?.type !== "identifier") continue;
          const sub = field(t, "subscript");
          const k = sub?.type === "slice" ? undefined : this.constValue(sub);
          const key =
            typeof k === "number" && Number.isInteger(k)
              ? `${POP}${k}`
              : typeof k === "string"
                ? `${POP}${JSON.stringify(k)}`
                : SHUFFLE;
          add(this.text(obj), { order: t.order, value: undefined, kind: "element", stmt: n, key });
        }
      }
      if (n.type === "if_statement" || n.type === "elif_clause" || n.type === "while_statement") {
        s.guards.push(n);
        // An assert is no guard: `python -O` (PYTHONOPTIMIZE) removes it, and the value reaches the sink unchecked.
      } else if (n.type === "case_clause" && field(n, "guard")) {
        // `case str(op) if op in OPS:`: the arm's guard holds inside its body, as an enclosing `if` does.
        s.guards.push(n);
      } else if (n.type === "try_statement" && this.tryValidated(n).length) {
        // `try: ipaddress.IPv4Address(ip)` / `except ValueError: abort(400)`: a check by conversion.
        s.guards.push(n);
      } else if (n.type === "expression_statement" && this.validatorCall(n)) {
        // `require_digits(pid)` with `def require_digits(v): if not v.isdigit(): raise ...`: a check by call.
        s.guards.push(n);
      }
      for (let i = 0, kids = n.children; i < kids.length; i++) stack.push(kids[i]!);
    }
    // Most lists are short or already in order: V8's sort copies every list it is given, even a sorted one.
    s.defs.forEach((list) => {
      if (!inOrder(list)) list.sort((a, b) => a.order - b.order);
    });
    if (!inOrder(s.guards)) s.guards.sort((a, b) => a.order - b.order);
    return s;
  }

  /** The expression last assigned to an identifier before this use (same or enclosing scope). */
  valueOf(id: SyntaxNode): SyntaxNode | undefined {
    const name = this.text(id);
    for (let fn = this.enclosingFunction(id); ; fn = fn ? this.enclosingFunction(fn) : undefined) {
      const scope = this.scopeOf(fn ?? this.tree.root);
      const all = scope.defs.get(name);
      let last: Def | undefined;
      let d: Def | undefined;
      // The last binding before the use that can run (`int('abc')` before one: it holds nothing here), from
      // the end: the defs are in program order.
      for (let i = (all?.length ?? 0) - 1; i >= 0; i--) {
        const x = all![i]!;
        if (x.kind === "element") continue;
        last ??= x;
        if (x.order < id.order && !this.isDead(x.stmt)) {
          d = x;
          break;
        }
      }
      if (last) {
        d ??= fn ? undefined : last;
        return d && (d.kind === "assign" || d.kind === "augment") ? d.value : undefined;
      }
      if (!fn) return undefined;
    }
  }

  /**
   * Every expression a name may hold at this use (assignments reaching it through branches, dead ones
   * excluded), or undefined when some binding is not a plain assignment or the name is written through.
   */
  reachingValues(id: SyntaxNode): SyntaxNode[] | undefined {
    if (id.type !== "identifier") return [id];
    const r = this.reachingAt(id);
    if (!r || r.elems.length || r.binds.length === 0) return undefined;
    const out: SyntaxNode[] = [];
    for (const d of r.binds) {
      if (d.kind !== "assign" || !d.value) return undefined;
      // `mod, n = SUITES['legacy']`: the name holds its position of the tuple found there, when known.
      out.push((d.part !== undefined && this.partItem(d.value, d.part)) || d.value);
    }
    return out;
  }

  /**
   * Item `part` of what an unpacking assignment's right side is: a list/tuple literal written there or bound
   * once to a name, or one held at a constant key of such a literal (`SUITES['legacy']` -> `(DES, 8)`).
   */
  private partItem(value: SyntaxNode, part: number): SyntaxNode | undefined {
    let items = this.literalItems(value);
    if (!items && value.type === "subscript") {
      const el = this.elementNode(field(value, "value"), field(value, "subscript"));
      items = el && (el.type === "tuple" || el.type === "list") ? this.literalItems(el) : undefined;
    }
    return items?.[part < 0 ? part + items.length : part];
  }

  /** The constant strings an expression may be (through names bound in branches); undefined if any is unknown. */
  possibleStrings(node: SyntaxNode | undefined, depth = 0): string[] | undefined {
    if (!node || depth > 4) return undefined;
    const v = this.constValue(node);
    if (typeof v === "string") return [v];
    if (node.type === "attribute") return this.attrStrings(node, depth);
    // `'MODE_' + primary`: each pair of the two sides' strings (a few at most).
    if (node.type === "binary_operator" && node.children.find((c) => !c.named)?.type === "+") {
      const [l, r] = namedChildren(node).map((c) => this.possibleStrings(c, depth + 1));
      if (!l || !r || l.length * r.length > 16) return undefined;
      return l.flatMap((a) => r.map((b) => a + b));
    }
    // `a if COND else b` under a constant condition: that branch; otherwise either.
    if (node.type === "conditional_expression") {
      const [a, cond, b] = namedChildren(node);
      const c = cond ? this.constValue(cond) : undefined;
      if (c !== undefined) return this.possibleStrings(c ? a : b, depth + 1);
      const [l, r] = [a, b].map((x) => this.possibleStrings(x, depth + 1));
      return l && r ? [...l, ...r] : undefined;
    }
    if (node.type === "subscript" || node.type === "call") {
      const choices = this.formChoiceStrings(node);
      if (choices) return choices;
      // `ALGORITHMS.get(choice, 'sha256')` on a dict literal never written, at a key not known here: any of its
      // values or the default.
      const entries = this.tableChoices(node);
      if (entries) {
        const out: string[] = [];
        for (const e of entries) {
          const s = this.possibleStrings(e, depth + 1);
          if (!s) return undefined;
          out.push(...s);
        }
        return out;
      }
    }
    if (node.type === "call") return this.returnedStrings(node, depth);
    if (node.type !== "identifier") return undefined;
    const literal = this.literalParamStrings(node);
    if (literal) return literal;
    const picked = this.enumeratedPick(node);
    if (picked) return this.possibleStrings(picked, depth + 1);
    const values = this.reachingValues(node);
    if (!values) return undefined;
    const out: string[] = [];
    for (const x of values) {
      const s = this.possibleStrings(x, depth + 1);
      if (!s) return undefined;
      out.push(...s);
    }
    return out;
  }

  /**
   * An entry point's parameter annotated `Literal['sha256', 'md5']` (FastAPI, Litestar, Ninja reject any other
   * value): the strings it lists.
   */
  private literalParamStrings(node: SyntaxNode): string[] | undefined {
    const r = this.reachingAt(node);
    const bind = r && r.binds.length === 1 && !r.elems.length ? r.binds[0]! : undefined;
    const fn = bind?.kind === "param" ? bind.stmt : undefined;
    const name = this.text(node);
    if (fn?.type !== "function_definition" || !this.scopeOf(fn).numeric?.has(name)) return undefined;
    const decl = namedChildren(field(fn, "parameters") ?? fn).find(
      (p) =>
        (p.type === "typed_parameter" || p.type === "typed_default_parameter") &&
        this.text(field(p, "name") ?? namedChildren(p).find((c) => c.type === "identifier") ?? p) === name,
    );
    const m = /^(?:typing\.)?Literal\[(.*)\]$/s.exec(this.text(field(decl ?? fn, "type") ?? fn));
    if (!decl || !m) return undefined;
    const items = [...m[1]!.matchAll(/\s*(?:'([^'\\]*)'|"([^"\\]*)")\s*(,|$)/g)];
    if (!items.length || items.map((i) => i[0]).join("") !== m[1]) return undefined;
    return items.map((i) => i[1] ?? i[2]!);
  }

  /**
   * The strings a call of this file's code returns without arguments: a local function's returns, or a method's
   * on the instance a constructor or factory gives (`AlgoFactory.create().name()`, the factory returning one of
   * two classes by a constant). Undefined when any return is not such a string or the callee is not known.
   */
  private returnedStrings(call: SyntaxNode, depth: number): string[] | undefined {
    if (depth > 4 || this.args(call).length) return undefined;
    const fn = field(call, "function");
    const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
    const classes = recv?.type === "call" ? this.madeClasses(recv, depth + 1) : undefined;
    const targets = classes
      ? classes.map((k) => this.mroMethod(k, this.text(field(fn!, "attribute") ?? fn!)) ?? undefined)
      : [this.localCallee(call)];
    const out: string[] = [];
    for (const t of targets) {
      const rets = t?.type === "function_definition" ? this.returnValues(t) : undefined;
      if (!rets?.length) return undefined;
      for (const r of rets) {
        const s = this.possibleStrings(r, depth + 1);
        if (!s) return undefined;
        out.push(...s);
      }
    }
    return out;
  }

  /** The local classes a call constructs: `Klass()`, or a factory whose returns construct them (by a constant). */
  private madeClasses(call: SyntaxNode, depth: number): SyntaxNode[] | undefined {
    const f = field(call, "function");
    if (f?.type === "identifier" && this.classes.has(this.text(f))) return [this.classes.get(this.text(f))!];
    const fn = depth < 6 ? this.localCallee(call) : undefined;
    if (fn?.type !== "function_definition" || this.args(call).length) return undefined;
    const out: SyntaxNode[] = [];
    const add = (r: SyntaxNode | undefined): boolean => {
      if (r?.type === "conditional_expression") {
        const [a, cond, b] = namedChildren(r);
        const c = cond ? this.constValue(cond) : undefined;
        return c !== undefined ? add(c ? a : b) : add(a) && add(b);
      }
      const made = r?.type === "call" ? this.madeClasses(r, depth + 1) : undefined;
      if (made) out.push(...made);
      return !!made;
    };
    for (const r of this.returnValues(fn)) {
      const stmt = r.parent;
      if (stmt && this.isDead(stmt)) continue;
      if (!add(r)) return undefined;
    }
    return out.length ? out : undefined;
  }

  /**
   * `obj.attr` (obj = Klass(...) once, or `self` in a method of Klass, a local class with no bases): every
   * constant string the attribute is ever assigned, in Klass's methods or through the same name anywhere
   * (`SETTINGS.algorithm = 'md5'` in a view mutating a module-level instance). Undefined when any write is not
   * a plain assignment of known strings, goes through another receiver, or setattr / __dict__ / vars() could
   * write it unseen.
   */
  private attrStrings(node: SyntaxNode, depth: number): string[] | undefined {
    const obj = field(node, "object");
    const attr = field(node, "attribute");
    if (obj?.type !== "identifier" || !attr || depth > 3) return undefined;
    if (this.writesByReflection()) return undefined;
    const name = this.text(obj);
    let klass: SyntaxNode | undefined;
    if (name === "self") {
      const fn = this.enclosingFunction(node);
      const p = fn?.parent?.type === "decorated_definition" ? fn.parent.parent : fn?.parent;
      klass = p?.type === "block" && p.parent?.type === "class_definition" ? p.parent : undefined;
    } else {
      const r = this.reachingAt(obj);
      const made = r && r.binds.length === 1 && r.binds[0]!.kind === "assign" ? r.binds[0]!.value : undefined;
      const f = made?.type === "call" ? field(made, "function") : undefined;
      klass = f?.type === "identifier" ? this.classes.get(this.text(f)) : undefined;
    }
    if (!klass || field(klass, "superclasses")) return undefined;
    const out: string[] = [];
    const add = (value: SyntaxNode | undefined): boolean => {
      const s = this.possibleStrings(value, depth + 1);
      if (!s) return false;
      out.push(...s);
      return true;
    };
    // `self.algorithm` where a local subclass overrides the class attribute: the value each class the file
    // instantiates sees (the subclasses' too; klass's own only when it is made itself).
    // `algo: str = 'md5'` in a dataclass: what the constructions pass, and the default where one passes none.
    const rec = name === "self" ? this.fieldValues(klass, this.text(attr)) : null;
    if (rec === undefined) return undefined;
    if (rec) {
      if (rec.defaulted || !rec.passed.length) if (!rec.dflt || !add(rec.dflt)) return undefined;
      for (const v of rec.passed) if (!add(v)) return undefined;
      if (this.attrAssignments(this.text(attr)).length) return undefined;
      return out.length ? [...new Set(out)] : undefined;
    }
    const bodies = name === "self" ? this.selfAttrBodies(klass, this.text(attr)) : undefined;
    if (name === "self" && !bodies) return undefined;
    if (bodies) {
      for (const b of bodies) if (b && !add(b)) return undefined;
    } else
      for (const c of field(klass, "body")?.children ?? []) {
        const a = c.type === "expression_statement" ? namedChildren(c)[0] : undefined;
        if (a?.type === "assignment" && this.text(field(a, "left") ?? a) === this.text(attr))
          if (!add(field(a, "right"))) return undefined;
      }
    for (const w of this.attrAssignments(this.text(attr))) {
      const recv = field(field(w, "left")!, "object");
      const inKlass = w.start >= klass.start && w.end <= klass.end;
      // `self.algorithm = 'sha256'` in a method of another class, one that does not derive from Klass: the
      // attribute of that class's instances, never of Klass's (resolved by the receiver's class).
      if (
        !inKlass &&
        recv?.type === "identifier" &&
        this.text(recv) === "self" &&
        this.otherClassSelf(w, klass)
      )
        continue;
      if (w.type !== "assignment") return undefined;
      const same =
        recv?.type === "identifier" &&
        (this.text(recv) === "self" ? inKlass : name !== "self" && this.text(recv) === name);
      if (!same || !add(field(w, "right"))) return undefined;
    }
    return out.length ? [...new Set(out)] : undefined;
  }

  /**
   * For `self.ATTR` read in a method of local class `klass`: each local class whose instances may run it (klass
   * and the local classes whose MRO holds it), narrowed to those this file instantiates (a call of the class's
   * name) when it instantiates any, each with the class-body assignment of `attr` its MRO meets first (none:
   * undefined). Undefined when a class naming klass among its bases has an unknown MRO, or an MRO reaches a base
   * this file does not define before an assignment.
   */
  private selfAttrBodies(klass: SyntaxNode, attr: string): (SyntaxNode | undefined)[] | undefined {
    const { instances, complete } = this.instancesOf(klass);
    if (!complete) return undefined;
    const out: (SyntaxNode | undefined)[] = [];
    for (const c of instances) {
      let value: SyntaxNode | undefined;
      for (const k of this.mro(c)!) {
        if (typeof k === "string") return undefined;
        value = this.classBodyBindings(k, attr).at(-1);
        if (value) break;
      }
      out.push(value);
    }
    return out;
  }

  /**
   * The local classes an instance running klass's methods may be: those whose MRO holds klass, narrowed to the
   * ones the file instantiates when it instantiates any. `complete` is false when a class naming klass among its
   * bases has an unknown MRO (left out of `instances`).
   */
  private instancesOf(klass: SyntaxNode): { instances: SyntaxNode[]; complete: boolean } {
    const name = this.text(field(klass, "name") ?? klass);
    const family: SyntaxNode[] = [];
    let complete = true;
    for (const c of this.classes.values()) {
      const order = this.mro(c);
      if (!order) {
        if (this.text(field(c, "superclasses") ?? c).includes(name)) complete = false;
        continue;
      }
      if (order.includes(klass)) family.push(c);
    }
    const made = family.filter((c) =>
      this.identifiers(this.text(field(c, "name") ?? c)).some(
        (id) => id.parent?.type === "call" && field(id.parent, "function") === id,
      ),
    );
    return { instances: made.length ? made : family, complete };
  }

  /** The values a class body binds `attr` to (`attr = v` statements directly in it), in order. */
  private classBodyBindings(klass: SyntaxNode, attr: string): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (const st of field(klass, "body")?.children ?? []) {
      const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      const v =
        a?.type === "assignment" && this.text(field(a, "left") ?? a) === attr ? field(a, "right") : null;
      if (v) out.push(v);
    }
    return out;
  }

  /** A write in a method (directly) of a local class whose known MRO does not hold `klass`. */
  private otherClassSelf(w: SyntaxNode, klass: SyntaxNode): boolean {
    const fn = this.enclosingFunction(w);
    const p = fn?.parent?.type === "decorated_definition" ? fn.parent.parent : fn?.parent;
    const k = p?.type === "block" && p.parent?.type === "class_definition" ? p.parent : undefined;
    const order = k && k !== klass ? this.mro(k) : undefined;
    return !!order && !order.includes(klass);
  }

  /**
   * `s.get('dir')` on `s = Store()`, a local class (no bases) wrapping one dict attribute: `__init__` sets
   * `self._data = {...}` (a literal), setters only `self._data[key] = value` (their first two parameters), the
   * getter is just `return self._data[key]` or `return self._data.get(key[, default])`. The entry at that
   * constant key: the literal's, what the calls `s.setter(k, v)` in this function store at that key (or at a key
   * not known), the default. Undefined when `._data` has any other use in the file, `s` is used other than as a
   * method call's receiver, or the shape is another.
   */
  private keyedStoreGet(
    recv: SyntaxNode | undefined,
    keyNode: SyntaxNode | undefined,
    getter: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
    /** The getter's call (`s.get(k, d)`), where its default comes from; none for `s[k]` (`__getitem__`). */
    call?: SyntaxNode,
  ): Level | undefined {
    const at = call ?? keyNode;
    const k = this.constKey(keyNode);
    if (!at) return undefined;
    if (recv?.type !== "identifier" || k === undefined || getter.type !== "function_definition")
      return undefined;
    const owner = getter.parent?.type === "decorated_definition" ? getter.parent : getter;
    const klass = owner.parent?.parent;
    if (klass?.type !== "class_definition" || field(klass, "superclasses") || this.writesByReflection())
      return undefined;
    const params = this.paramNames(getter).filter((p) => p !== "self");
    const stmts = namedChildren(field(getter, "body") ?? getter).filter((c) => c.type !== "comment");
    const ret =
      stmts.length === 1 && stmts[0]!.type === "return_statement" ? namedChildren(stmts[0]!)[0] : undefined;
    // The dict attribute the getter reads, and its default (a call argument, else the parameter's default).
    let read: SyntaxNode | undefined;
    let dflt: SyntaxNode | undefined;
    let hasDefault = false;
    if (ret?.type === "subscript" && this.text(field(ret, "subscript") ?? ret) === params[0])
      read = field(ret, "value");
    else if (ret?.type === "call" && this.method(ret) === "get") {
      const ga = this.args(ret);
      if (ga.length < 1 || ga.length > 2 || this.text(ga[0]!) !== params[0]) return undefined;
      read = field(field(ret, "function")!, "object");
      hasDefault = true;
      if (ga[1]) {
        if (ga[1].type !== "identifier" || this.text(ga[1]) !== params[1]) return undefined;
        const decl = namedChildren(field(getter, "parameters") ?? getter).find(
          (d) => d.type === "default_parameter" && this.text(field(d, "name") ?? d) === params[1],
        );
        dflt =
          (call ? (this.args(call)[1] ?? this.kwarg(call, params[1]!)) : undefined) ??
          (decl ? field(decl, "value") : undefined);
      }
    }
    if (read?.type !== "attribute" || this.text(field(read, "object") ?? read) !== "self") return undefined;
    const attr = this.text(field(read, "attribute") ?? read);
    // The class's shape for `.attr`, memoised: each getter call would otherwise scan the whole tree.
    const shapeKey = `${klass.order}:${attr}`;
    let shape = this.storeShapes.get(shapeKey);
    if (shape === undefined) {
      shape = ((): { literal: SyntaxNode; setters: Set<string> } | null => {
        // Every use of `.attr` in the file: the one literal in __init__, setters' item stores, getters' reads.
        const init = this.classMethod(klass, "__init__");
        const setters = new Set<string>();
        let literal: SyntaxNode | undefined;
        for (const n of nodesOfType(this.tree, "attribute")) {
          if (this.text(field(n, "attribute") ?? n) !== attr) continue;
          if (n.start < klass.start || n.end > klass.end || this.text(field(n, "object") ?? n) !== "self")
            return null;
          const m = this.enclosingFunction(n);
          if (!m) return null;
          const mp = this.paramNames(m).filter((p) => p !== "self");
          const p = n.parent;
          const st = p?.parent;
          if (p?.type === "assignment" && field(p, "left") === n && m === init && !literal) {
            literal = field(p, "right");
            if (literal?.type !== "dictionary" || p.parent?.parent !== field(init, "body")) return null;
            continue;
          }
          if (
            p?.type === "subscript" &&
            st?.type === "assignment" &&
            field(st, "left") === p &&
            this.text(field(p, "subscript") ?? p) === mp[0] &&
            this.text(field(st, "right") ?? st) === mp[1]
          ) {
            setters.add(this.text(field(m, "name") ?? m));
            continue;
          }
          // A getter: its one statement returns this read.
          const only = namedChildren(field(m, "body") ?? m).filter((c) => c.type !== "comment");
          const whole = p?.type === "subscript" ? p : p?.parent;
          if (
            only.length === 1 &&
            only[0]!.type === "return_statement" &&
            namedChildren(only[0]!)[0] === whole &&
            this.isPlainRead(n, mp)
          )
            continue;
          return null;
        }
        if (!literal) return null;
        // A method storing through a setter on self (`def set_name(self, v): self.set('name', v)`) is a store too.
        for (const n of descendants(klass)) {
          const f = n.type === "call" ? field(n, "function") : undefined;
          if (
            f?.type === "attribute" &&
            this.text(field(f, "object") ?? f) === "self" &&
            setters.has(this.text(field(f, "attribute") ?? f))
          )
            return null;
        }
        return { literal, setters };
      })();
      this.storeShapes.set(shapeKey, shape);
    }
    if (!shape) return undefined;
    const { literal, setters } = shape;
    const init = this.classMethod(klass, "__init__");
    // The instance: made here once, used only as a method call's receiver.
    const r = this.reachingAt(recv);
    const made = r && r.binds.length === 1 && r.binds[0]!.kind === "assign" ? r.binds[0]!.value : undefined;
    const mf = made?.type === "call" ? field(made, "function") : undefined;
    const host = this.enclosingFunction(at);
    if (!host || mf?.type !== "identifier" || this.classes.get(this.text(mf)) !== klass) return undefined;
    if (this.enclosingFunction(made!) !== host || (init && this.paramNames(init).length > 1))
      return undefined;
    const name = this.text(recv);
    let level = Level.CONST as Level;
    const entry = this.literalEntry(literal, k);
    if (entry === literal) return undefined;
    if (entry) level = this.eval(entry, cls, undefined, depth + 1);
    else if (hasDefault) level = dflt ? this.eval(dflt, cls, env, depth + 1) : Level.CONST;
    for (const use of descendants(host)) {
      if (use.type !== "identifier" || this.text(use) !== name) continue;
      const p = use.parent;
      if (p?.type === "assignment" && field(p, "left") === use) continue;
      // `s['k']` through `__getitem__`: a read.
      if (
        p?.type === "subscript" &&
        field(p, "value") === use &&
        getter === this.classMethod(klass, "__getitem__")
      ) {
        const up = p.parent;
        if ((up?.type === "assignment" || up?.type === "augmented_assignment") && field(up, "left") === p)
          return undefined;
        if (up?.type === "delete_statement") return undefined;
        continue;
      }
      const c = p?.type === "attribute" && field(p, "object") === use ? p.parent : undefined;
      if (c?.type !== "call" || field(c, "function") !== p) return undefined;
      const mname = this.text(field(p, "attribute") ?? p);
      if (!setters.has(mname)) continue;
      const [ka, va] = this.args(c);
      if (!ka || !va || ka.type === "list_splat" || va.type === "list_splat") return undefined;
      const kk = this.constKey(ka);
      if (kk === undefined || kk === k) level = Math.max(level, this.eval(va, cls, env, depth + 1)) as Level;
    }
    return level;
  }

  /** `self.attr[p]` / `self.attr.get(p[, d])` returned by a method whose parameters are `params`. */
  private isPlainRead(n: SyntaxNode, params: string[]): boolean {
    const p = n.parent;
    if (p?.type === "subscript" && field(p, "value") === n)
      return this.text(field(p, "subscript") ?? p) === params[0];
    const c = p?.type === "attribute" && field(p, "object") === n ? p.parent : undefined;
    return c?.type === "call" && this.method(c) === "get" && this.text(this.args(c)[0] ?? c) === params[0];
  }

  /** Whether the file writes attributes by name anywhere (`setattr`, `__dict__`, `vars()`): scanned once per file. */
  private writesByReflection(): boolean {
    return (this.reflective ??= sourceHas(this.tree, /\bsetattr\s*\(|__dict__|\bvars\s*\(/));
  }
  private reflective: boolean | undefined;

  /**
   * The file's one write of `.name`, when it is `self.name = ...` and every other use of `.name` (on any receiver)
   * only reads an item, takes len(), or calls one of `methods` on it (`grows` when one is append/extend): no item
   * store, delete, alias or hand-off that could replace or reorder what that write stored. Undefined otherwise.
   */
  private soleItemReadAttr(
    name: string,
    methods?: RegExp,
  ): { assign: SyntaxNode; grows: boolean } | undefined {
    const writes = this.attrAssignments(name);
    const w = writes[0];
    const left = w ? field(w, "left") : undefined;
    if (writes.length !== 1 || w!.type !== "assignment" || this.text(left!) !== `self.${name}`)
      return undefined;
    let grows = false;
    for (const n of nodesOfType(this.tree, "attribute")) {
      if (n === left || this.text(field(n, "attribute") ?? n) !== name) continue;
      const p = n.parent;
      if (p?.type === "subscript" && field(p, "value") === n) {
        const up = p.parent;
        const stored =
          (up?.type === "assignment" || up?.type === "augmented_assignment") && field(up, "left") === p;
        if (stored || up?.type === "delete_statement" || up?.type === "pattern_list") return undefined;
        continue;
      }
      if (p?.type === "argument_list" && p.parent?.type === "call" && this.callee(p.parent) === "len")
        continue;
      const call = p?.type === "attribute" && field(p, "object") === n ? p.parent : undefined;
      const method = p ? this.text(field(p, "attribute") ?? p) : "";
      if (call?.type === "call" && field(call, "function") === p && methods?.test(method)) {
        if (/^(append|extend)$/.test(method)) grows = true;
        continue;
      }
      return undefined;
    }
    return { assign: w!, grows };
  }

  /**
   * `obj.attr[k]` (obj = Klass() once, or `self` in Klass, a local class with no bases) where the file's one
   * write of `.attr` is `self.attr = [...]` in Klass, a list literal whose item at the constant position k is a
   * constant (or a dict literal with constant keys whose entry at the key k is), and every other use of `.attr` (on any receiver) only reads an item, takes len(), or appends /
   * extends (which leave positions from the front alone; a negative k then is not known). No item store,
   * insert, pop, alias or hand-off that could move the items.
   */
  private attrItemConst(value: SyntaxNode, sub: SyntaxNode): boolean {
    const obj = field(value, "object");
    const attr = field(value, "attribute");
    const k = this.constValue(sub);
    const index = typeof k === "number" && Number.isInteger(k);
    if (obj?.type !== "identifier" || !attr || (!index && typeof k !== "string")) return false;
    if (this.writesByReflection()) return false;
    let klass: SyntaxNode | undefined;
    if (this.text(obj) === "self") {
      const fn = this.enclosingFunction(value);
      const p = fn?.parent?.type === "decorated_definition" ? fn.parent.parent : fn?.parent;
      klass = p?.type === "block" && p.parent?.type === "class_definition" ? p.parent : undefined;
    } else {
      const r = this.reachingAt(obj);
      const made = r && r.binds.length === 1 && r.binds[0]!.kind === "assign" ? r.binds[0]!.value : undefined;
      const f = made?.type === "call" ? field(made, "function") : undefined;
      klass = f?.type === "identifier" ? this.classes.get(this.text(f)) : undefined;
    }
    if (!klass || field(klass, "superclasses")) return false;
    const sole = this.soleItemReadAttr(
      this.text(attr),
      /^(append|extend|index|count|get|keys|values|items)$/,
    );
    const w = sole?.assign;
    if (!w || w.start < klass.start || w.end > klass.end) return false;
    // `self.params = {'name': name, 'sort': 'created_at'}`, read at 'sort': that constant entry.
    const right = field(w, "right");
    if (typeof k === "string") {
      if (right?.type !== "dictionary") return false;
      let hit: SyntaxNode | undefined;
      for (const c of namedChildren(right)) {
        if (c.type === "comment") continue;
        if (c.type !== "pair" || this.constKey(field(c, "key")) === undefined) return false;
        if (this.constKey(field(c, "key")) === k) hit = field(c, "value");
      }
      return hit !== undefined && this.constValue(hit) !== undefined;
    }
    if (typeof k !== "number") return false;
    const items = right?.type === "list" ? namedChildren(right) : undefined;
    if (!items || items.some((c) => /splat|comment/.test(c.type))) return false;
    if (k < 0 && sole.grows) return false;
    const item = items[k < 0 ? k + items.length : k];
    return item !== undefined && this.constValue(item) !== undefined;
  }

  /** Follows identifiers to their assigned expression (a few hops), for pattern checks on the real value. */
  resolve(node: SyntaxNode | undefined, hops = 3): SyntaxNode | undefined {
    let n = node;
    for (
      let i = 0;
      i < hops && (n?.type === "identifier" || n?.type === "attribute" || n?.type === "named_expression");
      i++
    ) {
      // `f(q := f"...")`: what an assignment expression binds is its value.
      const v =
        n.type === "identifier"
          ? this.valueOf(n)
          : n.type === "named_expression"
            ? field(n, "value")
            : this.classAttrValue(n);
      if (!v) break;
      n = v;
    }
    return n;
  }

  /**
   * What a name or attribute holds, self.ATTR included (the class body's binding when nothing else assigns
   * the attribute): for a setting read where it is used, a cipher mode kept as `self.MODE`.
   */
  heldValue(node: SyntaxNode | undefined): SyntaxNode | undefined {
    if (node?.type === "attribute" && this.text(field(node, "object") ?? node) === "self")
      return this.resolve(this.classBodyValue(node) ?? this.initValue(node) ?? node);
    return this.resolve(node);
  }

  /**
   * `self.parser` read in a method of a class whose `__init__` makes the file's only assignment to that attribute
   * (`self.parser = etree.XMLParser(...)`, unconditionally, at the top of its body): the assigned expression.
   */
  private initValue(node: SyntaxNode): SyntaxNode | undefined {
    const attr = this.text(field(node, "attribute") ?? node);
    const writes = this.attrAssignments(attr);
    if (writes.length !== 1 || writes[0]!.type !== "assignment") return undefined;
    const w = writes[0]!;
    if (this.text(field(field(w, "left") ?? w, "object") ?? w) !== "self") return undefined;
    const init = this.enclosingFunction(w);
    const body = init && field(init, "body");
    if (!init || this.text(field(init, "name") ?? init) !== "__init__" || w.parent?.parent !== body)
      return undefined;
    const klassOf = (fn: SyntaxNode | undefined) => {
      const p = fn?.parent?.type === "decorated_definition" ? fn.parent.parent : fn?.parent;
      return p?.type === "block" && p.parent?.type === "class_definition" ? p.parent : undefined;
    };
    const klass = klassOf(init);
    return klass && klass === klassOf(this.enclosingFunction(node))
      ? (field(w, "right") ?? undefined)
      : undefined;
  }

  /**
   * `Importer.PARSER` where `Importer` is a class of this file whose body alone binds `PARSER` (see
   * classConstant): the class-level expression. Undefined otherwise.
   */
  private classAttrValue(node: SyntaxNode): SyntaxNode | undefined {
    const obj = field(node, "object");
    if (obj?.type !== "identifier" || this.text(obj) === "self") return undefined;
    return this.classBodyValue(node);
  }

  /**
   * A value stored into a function's local name that no read ever sees: every later use meets another binding
   * first (`mode = modes.ECB()` then, on every path, `mode = modes.CBC(iv)`). `node` may sit inside value-only
   * wrappers of the assigned expression (`'%x' % random.getrandbits(64)`, `str(...)`). For findings about a
   * value (a weak mode, a predictable number), never about a call's side effects. False when unsure: a loop
   * around the assignment (an earlier read sees it on the next pass), a closure, global/nonlocal, locals().
   */
  unusedValue(node: SyntaxNode): boolean {
    let n = node;
    for (let p = n.parent; p; n = p, p = p.parent) {
      if (/^(binary_operator|parenthesized_expression|unary_operator|conditional_expression)$/.test(p.type))
        continue;
      if (p.type === "interpolation" || (p.type === "string" && n.type === "interpolation")) continue;
      // `str(v)`, `hex(v)`, `'%032x'.format(v)`: builtins that only reshape the value.
      if (p.type === "argument_list" && p.parent?.type === "call") {
        const q = this.callee(p.parent);
        if (!/^(str|int|hex|oct|float|repr|abs|round|format|bytes)$|\.format$/.test(q)) break;
        n = p;
        p = p.parent;
        continue;
      }
      break;
    }
    const assign = n.parent;
    if (assign?.type !== "assignment" || field(assign, "right") !== n) return false;
    const left = field(assign, "left");
    const fn = this.enclosingFunction(assign);
    // `rng = random.Random()` in a class body that every instance the file makes sees rebound by a subclass.
    const holder = assign.parent?.type === "expression_statement" ? assign.parent.parent : undefined;
    if (holder?.type === "block" && holder.parent?.type === "class_definition" && left?.type === "identifier")
      return this.classBindingUnseen(holder.parent, this.text(left), n);
    if (left?.type !== "identifier" || !fn) return false;
    for (let p = assign.parent; p && p !== fn; p = p.parent)
      if (p.type === "for_statement" || p.type === "while_statement") return false;
    const name = this.text(left);
    const body = this.text(fn);
    if (new RegExp(`\\b(global|nonlocal)\\b[^\\n]*\\b${name}\\b|\\b(locals|vars)\\(\\s*\\)`).test(body))
      return false;
    for (const id of this.identifiers(name)) {
      if (id === left || id.start < fn.start || id.end > fn.end || id.order < assign.order) continue;
      // A plain rebinding is no read (`x += 1` is).
      if (id.parent?.type === "assignment" && field(id.parent, "left") === id) continue;
      if (this.capturedIn(id, fn)) return false;
      const r = this.reachingAt(id);
      if (!r || r.binds.some((d) => d.stmt === assign)) return false;
    }
    return true;
  }

  /**
   * A class-body binding of `attr` (its value `value`) that no read sees: every class the file instantiates whose
   * MRO holds the class finds another binding first (selfAttrBodies), and nothing reads it as `Klass.attr` or
   * `cls.attr`.
   */
  private classBindingUnseen(klass: SyntaxNode, attr: string, value: SyntaxNode): boolean {
    const bodies = this.selfAttrBodies(klass, attr);
    if (!bodies?.length || bodies.includes(value)) return false;
    for (const o of [this.text(field(klass, "name") ?? klass), "cls"])
      for (const id of this.identifiers(o)) {
        const p = id.parent;
        if (
          p?.type === "attribute" &&
          field(p, "object") === id &&
          this.text(field(p, "attribute") ?? p) === attr
        )
          return false;
      }
    return true;
  }

  /**
   * Inside a lambda a local straight-line generator yields (`yield lambda key: ARC4.new(key)`) that no use of the
   * generator takes: every call of it is `next(gen())` (the first item) or `list(gen())[k]` at other constant k.
   */
  private unselectedYield(node: SyntaxNode): boolean {
    let lam: SyntaxNode | null = node.parent;
    for (let hops = 0; lam && lam.type !== "lambda"; hops++, lam = lam.parent)
      if (hops > 8 || /statement|definition|^block$|^module$/.test(lam.type)) return false;
    if (!lam || lam.parent?.type !== "yield") return false;
    const fn = this.enclosingFunction(lam);
    const fname = fn && field(fn, "name");
    const at = fn ? this.yields(fn)?.seq?.indexOf(lam) : undefined;
    if (!fn || !fname || at === undefined || at < 0 || this.functions.get(this.text(fname)) !== fn)
      return false;
    let uses = 0;
    for (const id of this.identifiers(this.text(fname))) {
      if (id === fname) continue;
      const call = id.parent;
      const outer = call?.parent?.type === "argument_list" ? call.parent.parent : undefined;
      if (call?.type !== "call" || field(call, "function") !== id || outer?.type !== "call") return false;
      if (this.args(outer).length !== 1) return false;
      const q = this.callee(outer);
      const sub =
        outer.parent?.type === "subscript" && field(outer.parent, "value") === outer
          ? outer.parent
          : undefined;
      const k =
        q === "next"
          ? 0
          : /^(list|tuple)$/.test(q) && sub
            ? this.constValue(field(sub, "subscript"))
            : undefined;
      if (typeof k !== "number" || !Number.isInteger(k) || k < 0 || k === at) return false;
      uses++;
    }
    return uses > 0;
  }

  /** Code that can never run: inside a branch, case or ternary side whose constant condition rules it out. */
  unreachable(node: SyntaxNode): boolean {
    if (this.isDead(node) || this.unselectedEntry(node) || this.unselectedYield(node)) return true;
    for (let k = ancestor(node, ["class_definition"]); k; k = ancestor(k, ["class_definition"]))
      if (this.unselectedClass(k)) return true;
    // In a local helper, a branch that every call in the file rules out with its constant arguments
    // (`make('aes')` never reaches `if name == 'rc4': return ARC4.new(...)`).
    const fn = this.enclosingFunction(node);
    const fname = fn ? field(fn, "name") : undefined;
    if (!fn || !fname || this.functions.get(this.text(fname)) !== fn || this.constEnv.size) return false;
    let branched = false;
    for (let p = node.parent, c = node; p && p !== fn; c = p, p = p.parent) {
      if (
        p.type === "if_statement" ||
        p.type === "elif_clause" ||
        p.type === "else_clause" ||
        p.type === "conditional_expression"
      )
        branched = true;
      // Or after an `if` in the same block (`if strong: return a` then `return b`).
      if (p.type === "block" && p.children.some((x) => x.type === "if_statement" && x.order < c.order))
        branched = true;
    }
    if (!branched) return false;
    let calls = 0;
    for (const n of this.callsTo(this.text(fname))) {
      if (n.start >= fn.start && n.end <= fn.end) return false; // recursion: not worked out
      const consts = this.constArgs(fn, n);
      if (!consts || !this.withConsts(fn, consts, () => this.isDead(node))) return false;
      calls++;
    }
    return calls > 0;
  }

  /**
   * A local class (undecorated) that the file names only as entries of tables no read selects (`HASHERS =
   * {'sha1': Sha1Hasher, 'sha256': Sha256Hasher}` read only as `HASHERS['sha256']`): its code never runs.
   */
  private unselectedClass(klass: SyntaxNode): boolean {
    const known = this.deadClasses.get(klass);
    if (known !== undefined) return known;
    this.deadClasses.set(klass, false);
    const name = field(klass, "name");
    let dead = false;
    if (
      name &&
      klass.parent?.type !== "decorated_definition" &&
      this.classes.get(this.text(name)) === klass
    ) {
      const uses = this.identifiers(this.text(name)).filter((id) => id !== name);
      dead = uses.length > 0 && uses.every((id) => this.unselectedEntry(id));
    }
    this.deadClasses.set(klass, dead);
    return dead;
  }

  /**
   * An entry of a table literal that this file reads only at other constant keys, public module-level tables
   * included: for a value that matters only where it is used (a generator instance), not a side effect.
   */
  entryNeverRead(node: SyntaxNode): boolean {
    return this.unselectedEntry(node, true);
  }

  /** A module that is an entry point: it declares web routes or runs under `if __name__ == '__main__':`. */
  private appModule(): boolean {
    return (
      sourceHas(this.tree, /^@\w+(\.\w+)*\.(route|get|post|put|patch|delete|websocket|api_route)\(/m) ||
      sourceHas(this.tree, /^if\s+__name__\s*==\s*['"]__main__['"]\s*:/m) ||
      // A Django views module: views taking the request, answered with django.http / shortcuts responses.
      (sourceHas(this.tree, /^from\s+django\.(http|shortcuts|views)[\w.]*\s+import\b/m) &&
        sourceHas(this.tree, /^\s*def\s+\w+\(\s*(self\s*,\s*)?request\b/m))
    );
  }

  /**
   * `d = defaultdict(lambda: 'localhost')` (or `defaultdict(str, {'a': v})`) read at a key before any write
   * there: the literal's entry, else what the factory makes. Undefined for other shapes.
   */
  private defaultdictEntry(
    made: SyntaxNode | undefined,
    key: string,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    if (made?.type !== "call" || !/^(collections\.)?defaultdict$/.test(this.callee(made))) return undefined;
    const args = namedChildren(field(made, "arguments") ?? made);
    const [factory, lit] = args;
    if (args.length > 2 || (lit && lit.type !== "dictionary") || factory?.type === "keyword_argument")
      return undefined;
    if (lit) {
      const entries = namedChildren(lit);
      if (!entries.every((c) => c.type === "pair" && this.constKey(field(c, "key")) !== undefined))
        return undefined;
      const hit = entries.filter((c) => this.constKey(field(c, "key")) === key).pop();
      if (hit) return this.eval(field(hit, "value"), cls, env, depth + 1);
    }
    if (
      !factory ||
      /^(None|str|int|float|bool|list|dict|set|tuple|bytes|frozenset)$/.test(this.text(factory))
    )
      return Level.CONST;
    const body =
      factory.type === "lambda" && !field(factory, "parameters") ? field(factory, "body") : undefined;
    return body ? this.eval(body, cls, env, depth + 1) : undefined;
  }

  /**
   * `quote(v)` keeps '/' (its default `safe`): v = '//evil.example' comes back as is, a protocol-relative URL, and
   * so does `'/' + quote(v)` for v = '/evil.example'. Not when '/' is left out of `safe` (quote_plus's default) or
   * v is `s.lstrip(...)` of every slash `safe` keeps ('\\' too when kept).
   */
  private slashKeptByQuote(call: SyntaxNode, q: string): boolean {
    if (!/^urllib\.parse\.quote(_plus)?$/.test(q)) return false;
    const safe = this.kwarg(call, "safe") ?? this.ownArgs(call)[1];
    const chars = safe === undefined ? (q.endsWith("_plus") ? "" : "/") : this.stringValue(safe);
    if (chars !== undefined && !chars.includes("/")) return false;
    const arg = this.ownArgs(call)[0];
    const v = arg?.type === "identifier" ? (this.resolve(arg) ?? arg) : arg;
    const fn = v?.type === "call" ? field(v, "function") : undefined;
    const stripped =
      fn?.type === "attribute" && this.method(v!) === "lstrip"
        ? this.stringValue(this.args(v!)[0])
        : undefined;
    return !(
      chars !== undefined &&
      stripped?.includes("/") &&
      (!chars.includes("\\") || stripped.includes("\\"))
    );
  }

  /** `lit` itself, or the `dict(lit)` / `OrderedDict(lit)` / `defaultdict(factory, lit)` call that copies it. */
  private mappingCopyOf(lit: SyntaxNode): SyntaxNode {
    const call = lit.parent?.type === "argument_list" ? lit.parent.parent : undefined;
    if (lit.type !== "dictionary" || call?.type !== "call") return lit;
    const args = namedChildren(lit.parent!);
    const q = this.callee(call);
    const at = /^(collections\.)?defaultdict$/.test(q)
      ? 1
      : /^(dict|(collections\.)?OrderedDict)$/.test(q)
        ? 0
        : -1;
    return args.length === at + 1 && args[at] === lit ? call : lit;
  }

  /**
   * An entry of a table no read selects: `modes = [AES.MODE_ECB, AES.MODE_GCM]` read only as `modes[1]`,
   * `GENS = {'fast': random.Random(), 'secure': random.SystemRandom()}` only as `GENS['secure']`. The literal
   * is bound once to a name and never written; every use of the name in the file is a read at a constant key
   * (`t[k]`, `t.get(k)`) or position, none of them this entry's.
   */
  private unselectedEntry(node: SyntaxNode, publicToo = false): boolean {
    let entry: SyntaxNode = node;
    let lit: SyntaxNode | null = node.parent;
    for (let hops = 0; lit && !/^(list|tuple|dictionary)$/.test(lit.type); hops++) {
      // A lambda that is the entry itself (`{'fast': lambda b: md5(b)}`) runs only where the entry is read and
      // called; one inside the entry's expression may be called while the table is built (`sorted(k=...)`).
      const held =
        lit.type === "lambda" &&
        (/^(list|tuple)$/.test(lit.parent?.type ?? "") ||
          (lit.parent?.type === "pair" && field(lit.parent, "value") === lit));
      if (
        hops > 8 ||
        (!held && /statement|definition|^block$|^module$|lambda|comprehension|generator/.test(lit.type))
      )
        return false;
      entry = lit;
      lit = lit.parent;
    }
    // A dict literal copied into a mapping of the same keys (`defaultdict(factory, {...})`, `OrderedDict({...})`):
    // a read at another key gets the factory's value or a KeyError, never this entry.
    const bound = lit && this.mappingCopyOf(lit);
    const assign = bound?.parent;
    const left = assign?.type === "assignment" ? field(assign, "left") : undefined;
    if (!lit || left?.type !== "identifier" || field(assign!, "right") !== bound) return false;
    if (namedChildren(lit).some((c) => /splat|comprehension/.test(c.type))) return false;
    let key: string | undefined;
    if (lit.type === "dictionary") {
      const value = entry.type === "pair" ? field(entry, "value") : undefined;
      if (!value || node.start < value.start) return false;
      key = this.constKey(field(entry, "key"));
      if (key === undefined || !namedChildren(lit).every((c) => this.constKey(field(c, "key")) !== undefined))
        return false;
    } else key = String(namedChildren(lit).indexOf(entry));
    const name = this.text(left);
    // A public module-level table may be read at other keys by the modules that import it; not one of an
    // application module (route handlers, a __main__ block), which other code runs rather than imports from.
    if (!publicToo && !name.startsWith("_") && !this.enclosingFunction(assign!) && !this.appModule())
      return false;
    const size = namedChildren(lit).length;
    let reads = 0;
    for (const id of this.identifiers(name)) {
      if (id === left) continue;
      const p = id.parent;
      let k: string | undefined;
      if (p?.type === "subscript" && field(p, "value") === id) {
        const holder = p.parent;
        if (holder?.type === "delete_statement") return false;
        if (/^(assignment|augmented_assignment)$/.test(holder?.type ?? "") && field(holder!, "left") === p)
          return false;
        k = this.constKey(field(p, "subscript"));
      } else if (
        p?.type === "attribute" &&
        field(p, "object") === id &&
        this.text(field(p, "attribute") ?? p) === "get" &&
        p.parent?.type === "call" &&
        lit.type === "dictionary"
      )
        k = this.constKey(this.args(p.parent)[0]);
      if (k === undefined) return false;
      if (lit.type !== "dictionary") {
        if (!/^-?\d+$/.test(k)) return false;
        const i = Number(k);
        k = String(i < 0 ? i + size : i);
      }
      if (k === key) return false;
      reads++;
    }
    return reads > 0;
  }

  /**
   * The dotted name a call really invokes when its callee is a name bound to a function object: `fn =
   * getattr(hashlib, 'md5')`, `h = HASHERS['legacy']` (a dict of constructors), `mod = CIPHERS['old']` then
   * `mod.new(...)`, a constant ternary between two. Falls back to `callee()`.
   */
  resolvedCallee(call: SyntaxNode): string {
    const fn = field(call, "function");
    return (fn && this.functionTarget(fn, 0)) ?? this.callee(call);
  }

  /**
   * Every function a call through a name may invoke (`h = hashlib.md5` in one branch, `h = hashlib.sha256` in
   * another), when each binding that reaches it names one; undefined otherwise.
   */
  possibleCallees(call: SyntaxNode): string[] | undefined {
    const fn = field(call, "function");
    if (fn?.type !== "identifier") return undefined;
    const vals = this.reachingValues(fn) ?? this.paramValues(fn);
    if (!vals?.length) return undefined;
    const names = vals.flatMap((v) => (this.tableChoices(v) ?? [v]).map((c) => this.functionTarget(c, 1)));
    return names.every((n) => n !== undefined) ? (names as string[]) : undefined;
  }

  /**
   * A lookup in a dict literal (bound once, never written through) at a key not known here: `LOADERS.get(fmt,
   * pickle.loads)` may be any value of the table or the default; `LOADERS[fmt]` any value. Undefined otherwise.
   */
  private tableChoices(v: SyntaxNode): SyntaxNode[] | undefined {
    let table: SyntaxNode | undefined;
    let key: SyntaxNode | undefined;
    let dflt: SyntaxNode | undefined;
    if (v.type === "subscript") {
      table = field(v, "value");
      key = field(v, "subscript");
    } else if (v.type === "call" && this.method(v) === "get" && field(v, "function")?.type === "attribute") {
      table = field(field(v, "function")!, "object");
      [key, dflt] = this.args(v);
    }
    if (table?.type !== "identifier" || !key || key.type === "slice" || this.constValue(key) !== undefined)
      return undefined;
    const r = this.reachingAt(table);
    if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return undefined;
    if ((r.scope.defs.get(this.text(table)) ?? []).length !== 1 || this.mappingWritten(table))
      return undefined;
    const lit = r.binds[0]!.value;
    if (lit?.type !== "dictionary" || !namedChildren(lit).every((c) => c.type === "pair")) return undefined;
    const out = namedChildren(lit).map((c) => field(c, "value"));
    if (dflt) out.push(dflt);
    return out.every((n) => n !== undefined) ? (out as SyntaxNode[]) : undefined;
  }

  /** The dotted name of the function, class or module a value names (`A if FLAG else B` with FLAG constant). */
  valueTarget(node: SyntaxNode): string | undefined {
    return this.functionTarget(node, 1);
  }

  /** `cfg.mod` where cfg is a SimpleNamespace, namedtuple or dataclass built here: what that field names. */
  private fieldTarget(node: SyntaxNode, depth: number): string | undefined {
    const obj = field(node, "object");
    const attr = field(node, "attribute");
    if (obj?.type !== "identifier" || !attr || this.aliases.has(this.text(obj))) return undefined;
    const v = this.namedTupleField(obj, this.text(attr));
    return v ? this.functionTarget(v, depth + 1) : undefined;
  }

  /**
   * `self.source` (or `t.source`, t a local class's instance) where `source` is a @property of that class, the
   * only definition of that name in the file: what every return of the getter names (`return random`).
   */
  private propertyTarget(node: SyntaxNode, depth: number): string | undefined {
    const obj = field(node, "object");
    const attr = this.text(field(node, "attribute") ?? node);
    let getter = this.propertyGetter(node);
    if (!getter && obj?.type === "identifier" && this.text(obj) === "self") {
      const klass = ancestor(node, ["class_definition"]);
      for (const c of (klass && field(klass, "body")?.children) || []) {
        if (c.type !== "decorated_definition" || !c.children.some((d) => this.text(d) === "@property"))
          continue;
        const def = c.children.find((d) => d.type === "function_definition");
        if (def && this.text(field(def, "name") ?? def) === attr) getter = def;
      }
    }
    // A subclass (or any other class) defining the same name could be the receiver's.
    if (!getter || this.tree.source.split(new RegExp(`\\bdef\\s+${attr}\\b`)).length !== 2) return undefined;
    const names = this.returnValues(getter).map((r) => this.functionTarget(r, depth + 1));
    return names.length && names.every((n) => n !== undefined && n === names[0]) ? names[0] : undefined;
  }

  private functionTarget(node: SyntaxNode, depth: number): string | undefined {
    if (depth > 7) return undefined;
    // Memoised by (node, depth): each level fans out over every call site's argument, which without it is
    // exponential in files that call the same helpers from many places (sympy's polytools.py ran for minutes).
    const key = node.order * 8 + depth;
    if (this.targetMemo.has(key)) return this.targetMemo.get(key);
    const r = this.functionTargetAt(node, depth);
    this.targetMemo.set(key, r);
    return r;
  }

  /**
   * The value last stored into `obj.attr` by a statement that surely runs before `obj` is read here, in the same
   * function: a previous sibling of the read's statement or of one enclosing it, `obj.attr = X` or
   * `obj.__dict__.update(attr=X)`. Undefined when a compound statement on the way back may store it, `obj` is
   * rebound first, or setattr / vars() could write it unseen.
   */
  private storedAttrValue(obj: SyntaxNode, attr: string): SyntaxNode | undefined {
    const fn = this.enclosingFunction(obj);
    if (!fn || /\bsetattr\s*\(|\bvars\s*\(/.test(this.text(fn))) return undefined;
    const name = this.text(obj);
    const target = `${name}.${attr}`;
    const dictUpdate = (n: SyntaxNode): SyntaxNode | undefined | null => {
      if (n.type !== "call" || this.text(field(n, "function") ?? n) !== `${name}.__dict__.update`)
        return null;
      const all = namedChildren(field(n, "arguments") ?? n);
      if (all.some((a) => a.type !== "keyword_argument")) return undefined;
      const hit = all.find((a) => this.text(field(a, "name") ?? a) === attr);
      return hit ? field(hit, "value") : null;
    };
    for (let stmt: SyntaxNode | null = obj; stmt && stmt !== fn; stmt = stmt.parent) {
      if (stmt.parent?.type !== "block" && stmt.parent !== fn) continue;
      const sibs = namedChildren(stmt.parent!);
      for (let i = sibs.indexOf(stmt) - 1; i >= 0; i--) {
        const prev = sibs[i]!;
        const e = prev.type === "expression_statement" ? namedChildren(prev)[0] : undefined;
        if (e?.type === "assignment") {
          const left = field(e, "left");
          if (left && this.text(left) === target) return field(e, "right") ?? undefined;
          if (left && this.text(left) === name) return undefined;
        }
        if (e?.type === "call") {
          const v = dictUpdate(e);
          if (v !== null) return v;
        }
        // Anything else that may store the attribute or rebind the name: unknown.
        for (const n of descendants(prev)) {
          if (
            n.type === "attribute" &&
            this.text(n) === target &&
            n.parent &&
            /assignment/.test(n.parent.type)
          )
            return undefined;
          if (
            n.type === "identifier" &&
            this.text(n) === name &&
            n.parent &&
            /assignment|pattern_list|for_statement/.test(n.parent.type) &&
            field(n.parent, "left") === n
          )
            return undefined;
          if (n.type === "attribute" && this.text(n) === `${name}.__dict__`) return undefined;
        }
      }
    }
    return undefined;
  }

  /** `p.algorithm` after `p.algorithm = algorithms.TripleDES` (or `p.__dict__.update(algorithm=...)`): what X names. */
  private storedTarget(node: SyntaxNode, depth: number): string | undefined {
    const obj = field(node, "object");
    const attr = field(node, "attribute");
    if (obj?.type !== "identifier" || !attr || this.aliases.has(this.text(obj))) return undefined;
    const stored = this.storedAttrValue(obj, this.text(attr));
    return stored ? this.functionTarget(stored, depth + 1) : undefined;
  }

  /**
   * `self.algorithm` in a method of a local class K, never assigned on any instance: the class attribute of
   * the class `self` may be, K or one of its subclasses here, counting only those the file refers to by name
   * (`Sealer()`, a registry entry) when any is, each reading its own binding or the nearest base's. A name
   * when they all agree (`Sealer.algorithm = TripleDES` with only Sealer used: TripleDES, though a subclass
   * overrides it); undefined otherwise.
   */
  /**
   * `self.loads` in a method of a local class (no subclass here) whose one write of `.loads` is `self.loads =
   * loads` in `__init__`, the class only ever constructed by name here: what every construction passes for
   * that parameter (or its default) names, when they agree (`Decoder(pickle.loads)` -> pickle.loads).
   */
  private initParamTarget(node: SyntaxNode, depth: number): string | undefined {
    const obj = field(node, "object");
    const attr = field(node, "attribute");
    if (obj?.type !== "identifier" || this.text(obj) !== "self" || !attr || this.writesByReflection())
      return undefined;
    const fn = this.enclosingFunction(node);
    const p = fn?.parent?.type === "decorated_definition" ? fn.parent.parent : fn?.parent;
    const klass = p?.type === "block" && p.parent?.type === "class_definition" ? p.parent : undefined;
    const init = klass ? this.classMethod(klass, "__init__") : undefined;
    const kname = klass ? field(klass, "name") : undefined;
    if (!klass || !init || !kname) return undefined;
    const writes = this.attrAssignments(this.text(attr));
    const w = writes.length === 1 ? writes[0]! : undefined;
    const right = w?.type === "assignment" ? field(w, "right") : undefined;
    if (
      !w ||
      !right ||
      right.type !== "identifier" ||
      this.text(field(w, "left") ?? w) !== `self.${this.text(attr)}`
    )
      return undefined;
    if (w.parent?.type !== "expression_statement" || w.parent.parent !== field(init, "body"))
      return undefined;
    const params = this.paramNames(init); // (self left out)
    const at = params.indexOf(this.text(right));
    if (at < 0) return undefined;
    // A subclass here may construct through another __init__; a reference other than a call, unknown arguments.
    for (const c of this.classes.values()) {
      const bases = field(c, "superclasses");
      if (bases && namedChildren(bases).some((b) => this.text(b) === this.text(kname))) return undefined;
    }
    const sites: SyntaxNode[] = [];
    for (const ref of this.identifiers(this.text(kname))) {
      if (ref === kname) continue;
      const call = ref.parent;
      if (call?.type !== "call" || field(call, "function") !== ref) return undefined;
      if (this.args(call).some((a) => /splat/.test(a.type))) return undefined;
      sites.push(call);
    }
    const dflt = this.paramDefault(init, this.text(right));
    const names = sites.map((c) => {
      const a =
        this.kwarg(c, this.text(right)) ??
        this.args(c).filter((x) => x.type !== "keyword_argument")[at] ??
        dflt;
      return a ? this.functionTarget(a, depth + 1) : undefined;
    });
    return names.length && names.every((n) => n !== undefined && n === names[0]) ? names[0] : undefined;
  }

  private classRefs: Set<string> | undefined;
  /** classFamily, and the members of it the file names (selfClassTarget), per local class. */
  private readonly families = new Map<SyntaxNode, SyntaxNode[]>();
  private readonly usedFamily = new Map<SyntaxNode, SyntaxNode[]>();

  /**
   * A local class and every local class deriving from it, directly or through others here. Depends on the class
   * alone; selfClassTarget asks for it on every `self.x(...)`, and the fixed point walks every class of the file
   * each round (quadratic in classes per call).
   */
  private classFamily(klass: SyntaxNode): SyntaxNode[] {
    const family = this.families.get(klass);
    if (family) return family;
    const bases = (c: SyntaxNode) => {
      const sup = field(c, "superclasses");
      return (sup ? namedChildren(sup) : [])
        .filter((b) => b.type === "identifier")
        .map((b) => this.classes.get(this.text(b)));
    };
    const out = [klass];
    for (let grew = true; grew;) {
      grew = false;
      for (const c of this.classes.values())
        if (!out.includes(c) && bases(c).some((b) => b && out.includes(b))) {
          out.push(c);
          grew = true;
        }
    }
    this.families.set(klass, out);
    return out;
  }

  private selfClassTarget(node: SyntaxNode, depth: number): string | undefined {
    const obj = field(node, "object");
    const attr = field(node, "attribute");
    if (obj?.type !== "identifier" || this.text(obj) !== "self" || !attr) return undefined;
    const name = this.text(attr);
    if (this.attrAssignments(name).length || this.writesByReflection()) return undefined;
    const fn = this.enclosingFunction(node);
    const p = fn?.parent?.type === "decorated_definition" ? fn.parent.parent : fn?.parent;
    const klass = p?.type === "block" && p.parent?.type === "class_definition" ? p.parent : undefined;
    if (!klass) return undefined;
    const listed = (c: SyntaxNode) => {
      const sup = field(c, "superclasses");
      return sup ? namedChildren(sup) : [];
    };
    const family = this.classFamily(klass);
    // The class's own binding of the name, else the first local base's (a base from elsewhere: unknown).
    const bound = (c: SyntaxNode, hops = 0): SyntaxNode | null | undefined => {
      for (const st of field(c, "body")?.children ?? []) {
        const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
        if (a?.type === "assignment" && this.text(field(a, "left") ?? a) === name) return field(a, "right");
      }
      if (hops > 8) return undefined;
      for (const b of listed(c)) {
        const local = b.type === "identifier" ? this.classes.get(this.text(b)) : undefined;
        if (!local) return undefined;
        const v = bound(local, hops + 1);
        if (v !== null) return v;
      }
      return null;
    };
    let used = this.usedFamily.get(klass);
    if (!used) {
      if (!this.classRefs) {
        // Identifiers naming a class other than in a class statement's name or bases: a use of the class.
        this.classRefs = new Set();
        for (const n of nodesOfType(this.tree, "identifier"))
          if (
            this.classes.has(this.text(n)) &&
            n.parent?.type !== "class_definition" &&
            n.parent?.parent?.type !== "class_definition"
          )
            this.classRefs.add(this.text(n));
      }
      used = family.filter((c) => this.classRefs!.has(this.text(field(c, "name") ?? c)));
      this.usedFamily.set(klass, used);
    }
    const names = (used.length ? used : family).map((c) => {
      const v = bound(c);
      return v ? this.functionTarget(v, depth + 1) : undefined;
    });
    return names.length && names.every((n) => n !== undefined && n === names[0]) ? names[0] : undefined;
  }

  private functionTargetAt(node: SyntaxNode, depth: number): string | undefined {
    switch (node.type) {
      case "identifier": {
        const name = this.text(node);
        if (this.aliases.has(name) || this.functions.has(name) || this.classes.has(name))
          return this.qname(node);
        const vals = this.reachingValues(node) ?? this.paramValues(node);
        if (!vals?.length) return undefined;
        // Several values (branches, calls): a name only when they all name the same function.
        const names = vals.map((v) => this.functionTarget(v, depth + 1));
        return names.every((n) => n !== undefined && n === names[0]) ? names[0] : undefined;
      }
      case "attribute": {
        const obj = field(node, "object");
        const attr = field(node, "attribute");
        if (!obj || !attr) return undefined;
        const stored = this.storedTarget(node, depth);
        if (stored) return stored;
        const own = this.selfClassTarget(node, depth) ?? this.initParamTarget(node, depth);
        if (own) return own;
        // `CIPHERS[0].new(...)`: the class the element names.
        const head =
          (obj.type === "identifier" && !this.aliases.has(this.text(obj))) || obj.type === "subscript"
            ? this.functionTarget(obj, depth + 1)
            : obj.type === "attribute"
              ? (this.fieldTarget(obj, depth + 1) ??
                this.propertyTarget(obj, depth + 1) ??
                this.storedTarget(obj, depth + 1))
              : undefined;
        return head ? `${head}.${this.text(attr)}` : this.qname(node);
      }
      case "subscript": {
        const el = this.elementNode(field(node, "value"), field(node, "subscript"));
        if (el) return this.functionTarget(el, depth + 1);
        // `REG['fast'](b)` on an instance of a local class whose __getitem__ hands back a function by key
        // (`return getattr(hashlib, self._names[kind])`): what every return names with the key bound.
        const value = field(node, "value");
        const getitem = value ? this.instanceMethod(value, "__getitem__") : undefined;
        const param = getitem ? this.paramNames(getitem)[0] : undefined;
        const k = this.constValue(field(node, "subscript"));
        if (!getitem || !param || k === undefined) return undefined;
        const saved = this.targetMemo;
        this.targetMemo = new Map();
        try {
          const names = this.withConsts(getitem, new Map([[param, k]]), () =>
            this.returnValues(getitem).map((r) => this.functionTarget(r, depth + 1)),
          );
          return names.length && names.every((n) => n !== undefined && n === names[0]) ? names[0] : undefined;
        } finally {
          this.targetMemo = saved;
        }
      }
      case "call": {
        // `hasher()` where `def hasher(): return hashlib.sha1` (an lru_cache'd factory, say): what every return
        // of the local function names.
        const local = this.localCallee(node);
        if (local?.type === "function_definition" && !this.factoryProduct(node)) {
          const named = () => {
            const names = this.returnValues(local).map((r) => this.functionTarget(r, depth + 1));
            return names.length && names.every((n) => n !== undefined && n === names[0])
              ? names[0]
              : undefined;
          };
          // `decoder('pickle')` with `def decoder(kind): return {'json': json.loads, ...}[kind]`: the returns
          // read with this call's constant arguments (its own memo: the targets then depend on them).
          const consts = this.constEnv.has(local) ? undefined : this.constArgs(local, node);
          if (!consts) return named();
          const saved = this.targetMemo;
          this.targetMemo = new Map();
          try {
            return this.withConsts(local, consts, named);
          } finally {
            this.targetMemo = saved;
          }
        }
        // `staticmethod(os.system)` in a class body: the function itself, called without the instance.
        if (this.callee(node) === "staticmethod" && this.args(node).length === 1)
          return this.functionTarget(this.args(node)[0]!, depth + 1);
        if (this.callee(node) !== "getattr") return undefined;
        const [obj, name] = this.args(node);
        const n = this.constValue(name);
        if (!obj || typeof n !== "string") return undefined;
        const head = this.functionTarget(obj, depth + 1) ?? this.qname(obj);
        return `${head}.${n}`;
      }
      case "conditional_expression": {
        const [a, cond, b] = namedChildren(node);
        const v = this.constValue(cond);
        const side = v === undefined ? undefined : truthy(v) ? a : b;
        return side ? this.functionTarget(side, depth + 1) : undefined;
      }
      case "parenthesized_expression": {
        const inner = namedChildren(node)[0];
        return inner ? this.functionTarget(inner, depth + 1) : undefined;
      }
      case "boolean_operator": {
        // `(legacy and Blowfish) or AES`: a constant operand decides; a module or function is truthy.
        const [l, r] = namedChildren(node);
        const op = node.children.find((c) => !c.named)?.type;
        if (!l || !r) return undefined;
        const a = this.constValue(l);
        if (op === "and") return a !== undefined && truthy(a) ? this.functionTarget(r, depth + 1) : undefined;
        if (op !== "or") return undefined;
        if (a !== undefined) return truthy(a) ? undefined : this.functionTarget(r, depth + 1);
        return this.functionTarget(l, depth + 1);
      }
      default:
        return undefined;
    }
  }

  /**
   * The expression at a constant key of a dict, list or tuple literal (written in place, or that a name is
   * bound to once and never written through) (`HASHERS['legacy']` -> `hashlib.md5`); undefined otherwise.
   */
  elementNode(
    container: SyntaxNode | undefined,
    sub: SyntaxNode | undefined,
    missing?: SyntaxNode,
  ): SyntaxNode | undefined {
    if (!container || !sub || sub.type === "slice") return undefined;
    // `[random.choice, secrets.choice][i]`: the literal indexed where it is written.
    let lit: SyntaxNode | undefined = /^(list|tuple|dictionary)$/.test(container.type)
      ? container
      : undefined;
    const k = this.constValue(sub);
    // `GENS[:1][0]` / `[a, b][1:][0]`: the item of the literal (never written into) that position of the slice is.
    if (container.type === "subscript" && field(container, "subscript")?.type === "slice") {
      const base = field(container, "value");
      const bounds = this.sliceBounds(field(container, "subscript")!);
      const r = base?.type === "identifier" ? this.reachingAt(base) : undefined;
      const made =
        base && /^(list|tuple)$/.test(base.type)
          ? base
          : r && r.binds.length === 1 && r.binds[0]!.kind === "assign" && !r.elems.length
            ? r.binds[0]!.value
            : undefined;
      const items = made && /^(list|tuple)$/.test(made.type) ? namedChildren(made) : undefined;
      if (
        !items ||
        !bounds ||
        typeof k !== "number" ||
        !Number.isInteger(k) ||
        items.some((c) => /splat/.test(c.type))
      )
        return undefined;
      const picked = sliceIndices(items.length, ...bounds);
      const at = picked?.[k < 0 ? k + picked.length : k];
      return at === undefined ? undefined : items[at];
    }
    if (!lit) {
      if (container.type !== "identifier") return undefined;
      const r = this.reachingAt(container);
      if (!r || r.binds.length !== 1 || r.binds[0]!.kind !== "assign") return undefined;
      const defs = r.scope.defs.get(this.text(container)) ?? [];
      if (defs.filter((d) => d.kind !== "element").length !== 1) return undefined;
      lit = r.binds[0]!.value;
      // `loaders = deque([Safe])`, `loaders.appendleft(Unsafe)`, then `loaders[-1]`: the one value the list's
      // positions hold there after its appends, inserts and moves.
      const items = lit?.type === "dictionary" ? undefined : this.seqItems(lit);
      if (items && typeof k === "number" && Number.isInteger(k) && (r.elems.length || lit?.type === "call")) {
        const seq = this.listModel(items, r.elems, container);
        const opts = seq ? seqAt(seq, k) : undefined;
        return opts?.length === 1 ? opts[0] : undefined;
      }
      if (r.elems.length) return undefined;
    }
    if (k === undefined) return undefined;
    if (lit?.type === "dictionary") {
      let found: SyntaxNode | undefined;
      let allConst = true;
      for (const c of namedChildren(lit)) {
        if (c.type !== "pair") return undefined;
        const ck = this.constValue(field(c, "key"));
        if (ck === undefined) allConst = false;
        if (ck === k) found = field(c, "value");
      }
      // `d.get(k, fallback)` with k under none of the literal's constant keys: the fallback.
      return found ?? (allConst ? missing : undefined);
    }
    if ((lit?.type === "list" || lit?.type === "tuple") && typeof k === "number" && Number.isInteger(k)) {
      const items = namedChildren(lit);
      if (items.some((c) => c.type === "list_splat")) return undefined;
      return items[k < 0 ? k + items.length : k];
    }
    return undefined;
  }

  /**
   * The constants a local function's parameter receives at the calls in this file (the argument, or the
   * default where a call leaves it out); undefined when the name is no parameter, there is no such call, or
   * some call passes a value that is not a constant.
   */
  paramConstants(id: SyntaxNode): (string | number | boolean | null)[] | undefined {
    if (id.type !== "identifier") return undefined;
    const r = this.reachingAt(id);
    if (!r || r.binds.length !== 1 || r.binds[0]!.kind !== "param" || r.elems.length) return undefined;
    const fn = r.scope.node;
    const fname = field(fn, "name");
    if (!fname || this.functions.get(this.text(fname)) !== fn) return undefined;
    const out: (string | number | boolean | null)[] = [];
    for (const n of this.callsTo(this.text(fname))) {
      const v = this.constArgs(fn, n, false)?.get(this.text(id));
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out.length ? out : undefined;
  }

  /**
   * `def set_auth(resp, token, **flags)`: the keyword arguments each call of the local function in the file passes
   * into its `**` parameter (those naming none of its own parameters). Undefined when it is not called here or a
   * call splats (`*args`, `**opts`).
   */
  kwargsPerCall(fn: SyntaxNode): Map<string, SyntaxNode>[] | undefined {
    const calls = this.knownCalls(fn);
    if (!calls?.length) return undefined;
    const own = new Set(this.paramNames(fn));
    const out: Map<string, SyntaxNode>[] = [];
    for (const c of calls) {
      const m = new Map<string, SyntaxNode>();
      for (const a of namedChildren(field(c, "arguments") ?? c)) {
        if (a.type === "list_splat" || a.type === "dictionary_splat") return undefined;
        const k = a.type === "keyword_argument" ? field(a, "name") : undefined;
        const v = a.type === "keyword_argument" ? field(a, "value") : undefined;
        if (k && v && !own.has(this.text(k))) m.set(this.text(k), v);
      }
      out.push(m);
    }
    return out;
  }

  /**
   * The constant an expression in a local function takes at each call in the file (`not strict` in `def
   * make(strict=True)`, with every call's constant arguments or the defaults bound); undefined when the
   * function is not called here or some call leaves it unknown.
   */
  constantPerCall(node: SyntaxNode): (string | number | boolean | null)[] | undefined {
    const fn = this.enclosingFunction(node);
    const fname = fn ? field(fn, "name") : undefined;
    if (!fn || !fname || this.functions.get(this.text(fname)) !== fn || this.constEnv.has(fn))
      return undefined;
    const out: (string | number | boolean | null)[] = [];
    for (const n of this.callsTo(this.text(fname))) {
      if (n.start >= fn.start && n.end <= fn.end) return undefined;
      const consts = this.constArgs(fn, n, false);
      const v = consts ? this.withConsts(fn, consts, () => this.constValue(node)) : undefined;
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out.length ? out : undefined;
  }

  /**
   * The expressions a parameter of a local (non-entry) function holds: what each call in the file passes, or
   * its default where a call leaves it out. Undefined when the function is not called here or a call splats.
   */
  paramValues(id: SyntaxNode): SyntaxNode[] | undefined {
    if (id.type !== "identifier" || !this.isParamName(this.text(id))) return undefined;
    const r = this.reachingAt(id);
    if (!r || r.binds.length !== 1 || r.binds[0]!.kind !== "param" || r.elems.length || r.scope.isEntry)
      return undefined;
    return this.siteArgs(r.scope.node, this.text(id));
  }

  /**
   * Whether some function of the file has a parameter of this name: only fillScope's parameter bindings make a
   * "param" def, so any other name has none. The engine names every call's callee, and passedFunction asked
   * reachingAt (scope fills, dead-code checks) for every `len(...)` and `print(...)` to learn that.
   */
  private isParamName(name: string): boolean {
    if (!this.paramNameSet) {
      this.paramNameSet = new Set();
      for (let i = 0, all = nodesOfType(this.tree, "function_definition"); i < all.length; i++)
        for (const p of this.paramNames(all[i]!)) this.paramNameSet.add(p);
    }
    return this.paramNameSet.has(name);
  }

  private paramNameSet: Set<string> | undefined;

  /**
   * What each call of the local function `fn` in the file passes for its parameter `name` (or the default where
   * a call leaves it out); undefined when it is not called here, calls itself, or a call splats. A `*args`
   * parameter holds a tuple: with `members`, every argument from its place on; without, undefined.
   */
  /**
   * The values this file's calls pass to a local function's parameter (`def run(argv)` with `run(["ping", h])`),
   * each read where its call passes it; undefined when some call is not known (splats, a call from inside the
   * function) or there is none by name.
   */
  passedValues(fn: SyntaxNode, name: string): SyntaxNode[] | undefined {
    return this.siteArgs(fn, name);
  }

  private siteArgs(fn: SyntaxNode, name: string, members = false): SyntaxNode[] | undefined {
    const fname = field(fn, "name");
    const params = field(fn, "parameters");
    if (!fname || !params || this.functions.get(this.text(fname)) !== fn) return undefined;
    const list = namedChildren(params);
    const at = list.findIndex((p) => {
      const n = p.type === "identifier" ? p : (field(p, "name") ?? namedChildren(p)[0]);
      return !!n && this.text(n) === name;
    });
    const decl = list[at];
    if (!decl || list.slice(0, at).some((p) => !/^(identifier|(typed_)?(default_)?parameter)$/.test(p.type)))
      return undefined;
    const out: SyntaxNode[] = [];
    for (const call of this.callsTo(this.text(fname))) {
      if (call.start >= fn.start && call.end <= fn.end) return undefined;
      const own = namedChildren(field(call, "arguments") ?? call);
      if (own.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return undefined;
      if (decl.type === "list_splat_pattern") {
        if (!members) return undefined;
        out.push(...this.args(call).slice(at));
        continue;
      }
      const v = this.args(call)[at] ?? this.kwarg(call, name) ?? field(decl, "value");
      if (!v) return undefined;
      out.push(v);
    }
    return out.length ? out : undefined;
  }

  /**
   * The values this file's deferred calls of a local function pass to its parameter `name`: the same arguments,
   * run later (in a worker, a thread, a background task) rather than here.
   * - a task's queued calls: Celery's `task.delay(a, b)`, `task.s(a)` / `.si(a)` / `.signature(...)`,
   *   `task.apply_async(args=[a], kwargs={"b": b})`, dramatiq's `actor.send(a)` - only for a function under a
   *   task decorator (`@shared_task`, `@app.task(...)`, `@dramatiq.actor`); a `bind=True` task's first parameter
   *   is the task itself;
   * - the function handed to a runner with its arguments: FastAPI/Starlette's `background_tasks.add_task(fn, a)` /
   *   `BackgroundTask(fn, a)`, `executor.submit(fn, a)`, `loop.run_in_executor(None, fn, a)`,
   *   `asyncio.to_thread(fn, a)`, `loop.call_soon/call_later(..., fn, a)`, rq's `queue.enqueue(fn, a)`,
   *   `gevent.spawn(fn, a)`, and `Thread/Process/Timer(target=fn, args=(a,), kwargs={...})`,
   *   `pool.apply_async(fn, args=(a,))`.
   */
  private deferredArgs(fn: SyntaxNode, name: string): SyntaxNode[] | undefined {
    const fname = field(fn, "name");
    if (!fname || this.functions.get(this.text(fname)) !== fn) return undefined;
    const deco = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
    const task = deco?.children.find(
      (d) => d.type === "decorator" && /^@\s*(\w+\.)*(shared_task|task|actor)\b/.test(this.text(d)),
    );
    // Every parameter by position, `self` included (paramNames leaves it out).
    const params = namedChildren(field(fn, "parameters") ?? fn).map((p) =>
      this.text(p.type === "identifier" ? p : (field(p, "name") ?? namedChildren(p)[0] ?? p)),
    );
    const bound = task && /\bbind\s*=\s*True\b/.test(this.text(task)) ? 1 : 0;
    const at = params.indexOf(name) - bound;
    if (at < 0) return undefined;
    /** The value for `name` in an `args=(...)` sequence or a `kwargs={...}` mapping. */
    const packed = (args: SyntaxNode | undefined, kwargs: SyntaxNode | undefined): SyntaxNode | undefined => {
      const a = this.resolve(args);
      const k = this.resolve(kwargs);
      if (a?.type === "list" || a?.type === "tuple") {
        const v = namedChildren(a)[at];
        if (v) return v;
      }
      return k?.type === "dictionary"
        ? namedChildren(k)
            .filter((p) => p.type === "pair" && this.stringValue(field(p, "key")) === name)
            .map((p) => field(p, "value"))[0]
        : undefined;
    };
    const out: SyntaxNode[] = [];
    for (const id of this.identifiers(this.text(fname))) {
      const up = id.parent;
      // fname.delay(...) and the like: the task's own queueing methods.
      if (task && up?.type === "attribute" && field(up, "object") === id && up.parent?.type === "call") {
        const call = up.parent;
        if (field(call, "function") !== up) continue;
        const how = this.text(field(up, "attribute") ?? up);
        const v = /^(delay|send|s|si|signature)$/.test(how)
          ? (this.ownArgs(call)[at] ?? this.kwarg(call, name))
          : how === "apply_async" || how === "send_with_options"
            ? packed(
                this.kwarg(call, "args") ?? this.ownArgs(call)[0],
                this.kwarg(call, "kwargs") ?? this.ownArgs(call)[1],
              )
            : undefined;
        if (v) out.push(v);
        continue;
      }
      // Thread(target=fn, args=(a,)): the keyword names the function, args/kwargs carry its arguments.
      if (up?.type === "keyword_argument" && field(up, "value") === id) {
        const call = up.parent?.parent;
        const kw = this.text(field(up, "name") ?? up);
        if (call?.type !== "call" || !/^(target|func|function)$/.test(kw)) continue;
        if (!/(^|\.)(Thread|Process|Timer|enqueue_call|apply_async)$/.test(this.callee(call))) continue;
        const v = packed(this.kwarg(call, "args"), this.kwarg(call, "kwargs") ?? this.kwarg(call, "kwds"));
        if (v) out.push(v);
        continue;
      }
      // runner(fn, a, b) / runner(x, fn, a): the arguments after the function are its own.
      if (up?.type !== "argument_list" || up.parent?.type !== "call") continue;
      const call = up.parent;
      const runner = this.callee(call);
      if (
        !/(^|\.)(add_task|BackgroundTask|submit|run_in_executor|to_thread|call_soon|call_soon_threadsafe|call_later|call_at|enqueue|enqueue_in|enqueue_at|spawn|spawn_later|start_new_thread|apply_async|Timer)$/.test(
          runner,
        )
      )
        continue;
      const own = this.ownArgs(call);
      const i = own.indexOf(id);
      if (i < 0) continue;
      // pool.apply_async(fn, (a,)) / start_new_thread(fn, (a,)) / Timer(t, fn, [a]): one packed sequence.
      const v = /(^|\.)(apply_async|start_new_thread|Timer)$/.test(runner)
        ? packed(
            this.kwarg(call, "args") ?? own[i + 1],
            this.kwarg(call, "kwargs") ?? this.kwarg(call, "kwds"),
          )
        : (own[i + 1 + at] ?? this.kwarg(call, name));
      if (v) out.push(v);
    }
    return out.length ? out : undefined;
  }

  /**
   * Whether a local helper's parameter receives untrusted data at one of its calls in this file: `def
   * preview(url): urlopen(url)` called as `preview(request.args['url'])` from a route. The argument is evaluated
   * where the call passes it (so the caller's own guards count); a parameter the callers pass only their own
   * parameters or constants stays PARAM.
   */
  private sourceFromCallers(scope: Scope, name: string, cls: SinkClass, depth: number): boolean {
    const fn = scope.node;
    if (fn.type !== "function_definition" || depth > 30) return false;
    // Not called by name in this file (a method, a callback, an export): no call site to read.
    const fname = field(fn, "name");
    const queued = fname ? this.deferredArgs(fn, name) : undefined;
    if (!fname || (this.callsTo(this.text(fname)).length === 0 && !queued)) return false;
    const key = `${fn.order}:${name}:${cls}`;
    const hit = this.callerTaint.get(key);
    if (hit !== undefined) return hit;
    // Recursion through the helper's own callers reads "not (yet) tainted".
    this.callerTaint.set(key, false);
    const direct = this.callsTo(this.text(fname)).length ? this.siteArgs(fn, name, true) : undefined;
    const vals = [...(direct ?? []), ...(queued ?? [])];
    const r = vals.some((v) => this.eval(v, cls, undefined, depth + 1) === Level.SOURCE);
    if (this.active.size) this.callerTaint.delete(key);
    else this.callerTaint.set(key, r);
    return r;
  }

  /**
   * The summary of a local function or method from its known calls (see callSites: every call in the file is
   * known and made from request handling - a route, a view taking `request`, or another such helper - directly
   * or through local pass-through decorators): its parameters (and, for a method, the `self.x` attributes its
   * receivers hold), each the most controlled value those calls pass, read where its call passes it. So a helper
   * called only with constants or sanitised values is not caller-controlled, and one the views pass request data
   * is. Undefined (parameters stay caller-controlled) for anything else. Memoised per function and class; a
   * recursive request while one is computed reads undefined.
   */
  private callSummary(fn: SyntaxNode, cls: SinkClass, depth: number): Map<string, Level> | undefined {
    if (fn.type !== "function_definition" || depth > 30 || this.building) return undefined;
    const key = `${fn.order}:${cls}`;
    const hit = this.callSummaries.get(key);
    if (hit !== undefined) return hit ?? undefined;
    const sites = this.callSites(fn);
    if (!sites) {
      this.callSummaries.set(key, null);
      return undefined;
    }
    this.callSummaries.set(key, null);
    const params = this.paramNames(fn);
    const decls = namedChildren(field(fn, "parameters") ?? fn).filter((p) => {
      const id = p.type === "identifier" ? p : (field(p, "name") ?? namedChildren(p)[0]);
      return !id || !/^(self|cls)$/.test(this.text(id));
    });
    const out = new Map<string, Level>();
    let attrs: Map<string, Level> | undefined;
    for (const [k, site] of sites.entries()) {
      for (const [i, p] of params.entries()) {
        const l = this.siteParam(site.call, params, decls, i, cls, depth + 1);
        out.set(p, Math.max(out.get(p) ?? Level.CONST, l) as Level);
      }
      // `self.x` only where every receiver's attributes are known.
      const held =
        site.recv && depth < 20
          ? this.receiverAttrsOf(site.recv, cls, undefined, depth + 1)
          : site.selfOf && depth < 20
            ? this.selfAttrsOf(site.selfOf, site.call, cls, depth + 1)
            : undefined;
      if (k === 0) attrs = held ? new Map(held) : undefined;
      else if (attrs) {
        for (const [a, l] of attrs) {
          const o = held?.get(a);
          if (o === undefined) attrs.delete(a);
          else attrs.set(a, Math.max(l, o) as Level);
        }
      }
    }
    for (const [a, l] of attrs ?? []) if (!params.includes(a)) out.set(a, l);
    // A runner handed its whole argument (`def sh(cmd): subprocess.run(cmd, shell=True)`) that this file calls
    // with literals only is still an API for any caller: its parameter stays caller-controlled. Callers that
    // pass request data through a sanitiser (or build the value) settle it.
    for (const [i, p] of params.entries()) {
      if ((out.get(p) ?? Level.PARAM) >= Level.PARAM || cls === "literal") continue;
      const literal = sites.every((site) => {
        if (decls[i]?.type === "list_splat_pattern")
          return this.args(site.call)
            .slice(i)
            .every((a) => this.eval(a, "literal", undefined, depth + 1) === Level.CONST);
        const a = this.args(site.call)[i] ?? this.kwarg(site.call, p) ?? field(decls[i] ?? fn, "value");
        return !a || this.eval(a, "literal", undefined, depth + 1) === Level.CONST;
      });
      if (literal && this.passedWhole(fn, p)) out.set(p, Level.PARAM);
    }
    if (this.active.size) this.callSummaries.delete(key);
    else this.callSummaries.set(key, out);
    return out;
  }

  /**
   * The `self.x` attributes a method's receivers hold where it makes call `at` (`super().render()`): what its
   * known calls give them (callSummary's entries other than its parameters), then what the method itself
   * assigns before `at` (`self.body = html.escape(self.body)`; one in a branch may not run, so the old value
   * stays possible).
   */
  private selfAttrsOf(
    fn: SyntaxNode,
    at: SyntaxNode,
    cls: SinkClass,
    depth: number,
  ): Map<string, Level> | undefined {
    const sum = this.callSummary(fn, cls, depth);
    if (!sum) return undefined;
    const params = new Set(this.paramNames(fn));
    const out = new Map([...sum].filter(([k]) => !params.has(k)));
    const body = field(fn, "body");
    const writes = descendants(fn)
      .filter((n) => n.type === "assignment" || n.type === "augmented_assignment")
      .filter((n) => n.end <= at.start && this.enclosingFunction(n) === fn)
      .sort((a, b) => a.start - b.start);
    for (const w of writes) {
      const left = field(w, "left");
      const right = field(w, "right");
      if (left?.type !== "attribute" || !right) continue;
      const o = field(left, "object");
      if (o?.type !== "identifier" || this.text(o) !== "self") continue;
      const key = this.text(left).replace(/\s+/g, "");
      const l = this.eval(right, cls, sum, depth + 1);
      const old = out.get(key);
      const sure = w.type === "assignment" && w.parent?.parent === body;
      if (sure) out.set(key, l);
      else if (old !== undefined) out.set(key, Math.max(old, l) as Level);
    }
    return out;
  }

  /**
   * What one call passes for parameter `i` (`params`/`decls` without self): the positional argument, the keyword,
   * the entry of a `**opts` mapping written in the file (or the whole mapping where its entries are unknown), or
   * the default. A `**kwargs` parameter holds every keyword no other parameter takes and every splatted mapping.
   * A `*args` parameter holds every positional argument from its place on (`parts[i]` reads one: starElement);
   * where the call splats a sequence, the argument at its own place.
   */
  private siteParam(
    call: SyntaxNode,
    params: string[],
    decls: SyntaxNode[],
    i: number,
    cls: SinkClass,
    depth: number,
  ): Level {
    const decl = decls[i];
    const positional = this.args(call).filter((a) => a.type !== "dictionary_splat");
    const splats = namedChildren(field(call, "arguments") ?? call).filter(
      (a) => a.type === "dictionary_splat",
    );
    const max = (nodes: (SyntaxNode | undefined)[]) =>
      nodes.reduce<Level>(
        (m, n) => (n ? (Math.max(m, this.eval(n, cls, undefined, depth)) as Level) : m),
        Level.CONST,
      );
    if (decl?.type === "dictionary_splat_pattern") {
      const extra = namedChildren(field(call, "arguments") ?? call)
        .filter((k) => k.type === "keyword_argument" && !params.includes(this.text(field(k, "name") ?? k)))
        .map((k) => field(k, "value"));
      return max([...extra, ...splats.map((d) => namedChildren(d)[0])]);
    }
    const p = params[i]!;
    if (decl?.type === "list_splat_pattern" && !positional.some((a) => /list_splat/.test(a.type)))
      return max(positional.slice(i));
    const a = positional[i] ?? this.kwarg(call, p);
    if (a) return max([a]);
    // A splatted mapping we cannot read entry by entry may carry this keyword.
    const opaque = splats.map((d) => namedChildren(d)[0]).filter((d) => d && !this.splatKnown(d));
    if (opaque.length) return max(opaque);
    const dflt = decl && field(decl, "value");
    return dflt ? max([dflt]) : Level.CONST;
  }

  /** A `**` mapping whose entries splatEntry reads (a dict literal or `dict(k=v)` written once in the file). */
  private splatKnown(node: SyntaxNode): boolean {
    const d = this.resolve(node);
    return (
      !!d &&
      !this.mappingWritten(node) &&
      ((d.type === "dictionary" &&
        namedChildren(d).every((c) => c.type === "pair" || c.type === "comment")) ||
        (d.type === "call" && this.text(field(d, "function") ?? d) === "dict" && this.args(d).length === 0))
    );
  }

  /** Whether the parameter `name` of `fn` is itself an argument of a call in its body (`run(cmd, shell=True)`). */
  private passedWhole(fn: SyntaxNode, name: string): boolean {
    return descendants(fn).some(
      (d) =>
        d.type === "identifier" &&
        this.text(d) === name &&
        (d.parent?.type === "argument_list" ||
          (d.parent?.type === "keyword_argument" && field(d.parent, "value") === d)),
    );
  }

  /**
   * Every call of a local function or method in the file, when all of them are known and made from request
   * handling: a plain function named only in calls; a method (`obj.m(...)`, `Klass.m(...)`) whose name appears
   * only in calls that resolve to it; `__call__`, the class named only in `Klass(...)(...)` or `k = Klass(...)`
   * then `k(...)`. A plain function may sit under local pass-through decorators (`return fn(*args, **kwargs)`),
   * a method under @staticmethod / @classmethod. Undefined for an entry point, any other decorator, a splatted
   * call, or any other use.
   */
  private callSites(fn: SyntaxNode, seen = 0): CallSite[] | undefined {
    const hit = this.sitesMemo.get(fn);
    if (hit !== undefined) return hit ?? undefined;
    this.sitesMemo.set(fn, null);
    const r = seen > 8 ? undefined : this.callSitesUncached(fn, seen);
    this.sitesMemo.set(fn, r ?? null);
    return r;
  }

  private callSitesUncached(fn: SyntaxNode, seen: number): CallSite[] | undefined {
    const fname = field(fn, "name");
    if (!fname || this.scopeOf(fn).isEntry) return undefined;
    const name = this.text(fname);
    const deco = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
    const klass =
      (deco ?? fn).parent?.type === "block" && (deco ?? fn).parent!.parent?.type === "class_definition"
        ? (deco ?? fn).parent!.parent!
        : undefined;
    if (deco) {
      const decos = deco.children.filter((c) => c.type === "decorator");
      const known = klass
        ? decos.every((d) => /^@(staticmethod|classmethod)$/.test(this.text(d)))
        : decos.every((d) => {
            // contextlib's context-manager decorators call the generator with the caller's arguments.
            if (/^@(contextlib\.)?(contextmanager|asynccontextmanager)$/.test(this.text(d))) return true;
            const calls = this.wrapperCalls(d);
            return (
              !!calls?.length && calls.every((c) => PASS_THROUGH.test(this.text(field(c, "arguments") ?? c)))
            );
          });
      if (!known) return undefined;
    }
    const out: CallSite[] = [];
    // `f(name=...)`: a keyword's name is no mention of the function.
    const ids = this.identifiers(
      klass && name === "__call__" ? this.text(field(klass, "name") ?? klass) : name,
    ).filter((id) => !(id.parent?.type === "keyword_argument" && field(id.parent, "name") === id));
    const fromHandling = (call: SyntaxNode): boolean => {
      const host = this.enclosingFunction(call);
      if (!host || host === fn) return false;
      if (this.scopeOf(host).isEntry || this.paramNames(host).includes("request")) return true;
      return !!this.callSites(host, seen + 1);
    };
    // `f(*xs)` leaves the positions unknown; `f(**opts)` is read per keyword (siteEnv's siteParam).
    const splat = (call: SyntaxNode) => this.args(call).some((a) => a.type === "list_splat");
    if (!klass) {
      if (this.functions.get(name) !== fn) return undefined;
      for (const id of ids) {
        if (id === fname) continue;
        // `requests.get(...)` beside a helper `get`: another object's attribute, no mention of the helper.
        if (id.parent?.type === "attribute" && field(id.parent, "attribute") === id) continue;
        // `reader = functools.partial(fn, base)` then `reader(x)`: each call of reader calls fn with the bound
        // arguments first (args()/kwarg() read them through partialOf).
        const bound = id.parent?.type === "argument_list" ? id.parent.parent : undefined;
        const holder =
          bound?.type === "call" && this.ownArgs(bound)[0] === id && bound.parent?.type === "assignment"
            ? field(bound.parent, "left")
            : undefined;
        if (holder?.type === "identifier") {
          const calls = this.callsTo(this.text(holder)).filter((c) => this.partialOf(c) === bound);
          if (!calls.length || this.identifiers(this.text(holder)).length !== calls.length + 1)
            return undefined;
          for (const call of calls) {
            if (splat(call) || !fromHandling(call)) return undefined;
            out.push({ call });
          }
          continue;
        }
        const call = id.parent;
        if (call?.type !== "call" || field(call, "function") !== id || splat(call) || !fromHandling(call))
          return undefined;
        out.push({ call });
      }
      return out.length ? out : undefined;
    }
    if (name === "__init__") return undefined;
    if (name === "__call__") {
      const kname = field(klass, "name");
      for (const id of ids) {
        if (id === kname) continue;
        const made = id.parent;
        if (made?.type !== "call" || field(made, "function") !== id || !fromHandling(made)) return undefined;
        const up = made.parent;
        if (up?.type === "call" && field(up, "function") === made) {
          if (splat(up)) return undefined;
          out.push({ call: up, recv: made });
          continue;
        }
        // `k = Klass(...)`, then k only called or used as a method's receiver in this function.
        const left = up?.type === "assignment" && field(up, "right") === made ? field(up, "left") : undefined;
        const host = this.enclosingFunction(made);
        if (left?.type !== "identifier" || !host) return undefined;
        for (const use of descendants(host)) {
          if (use.type !== "identifier" || use === left || this.text(use) !== this.text(left)) continue;
          const p = use.parent;
          if (p?.type === "call" && field(p, "function") === use) {
            if (splat(p)) return undefined;
            out.push({ call: p, recv: use });
          } else if (!(p?.type === "attribute" && field(p, "object") === use && p.parent?.type === "call"))
            return undefined;
        }
      }
      return out.length ? out : undefined;
    }
    for (const id of ids) {
      if (id === fname) continue;
      // Another class's method of the same name (`render` on a mixin) is a definition, not a call of this one.
      if (id.parent?.type === "function_definition" && field(id.parent, "name") === id) continue;
      const attr = id.parent;
      const call = attr?.parent;
      // `super().m()`, or `Klass(...).m()` / `k.m()` on an instance made here: where that resolves (MRO) to another
      // class's method, it is no call of this one.
      const on =
        attr?.type === "attribute" && field(attr, "attribute") === id ? field(attr, "object") : undefined;
      if (
        on &&
        call?.type === "call" &&
        field(call, "function") === attr &&
        !(on.type === "identifier" && /^(self|cls)$/.test(this.text(on)))
      ) {
        const target = this.localMethod(attr);
        if (target && target !== fn) continue;
        // A super() call no local class resolves (a mixin nothing here mixes in): it runs no method of this file.
        if (this.isSuperCall(on) && this.superMethod(attr) === undefined) continue;
      }
      // `subprocess.run(...)` beside a method `run`: an imported module's function, not this method.
      const head = attr?.type === "attribute" ? field(attr, "object") : undefined;
      if (
        head?.type === "identifier" &&
        field(attr!, "attribute") === id &&
        this.aliases.has(this.text(head)) &&
        !this.classes.has(this.text(head))
      )
        continue;
      if (
        attr?.type !== "attribute" ||
        field(attr, "attribute") !== id ||
        call?.type !== "call" ||
        field(call, "function") !== attr ||
        this.localMethod(attr) !== fn ||
        splat(call) ||
        !fromHandling(call)
      )
        return undefined;
      const recv = field(attr, "object");
      // `super().m()`: its receiver is the calling method's `self`, whose attributes that method's calls give.
      if (recv && this.isSuperCall(recv)) {
        out.push({ call, selfOf: this.enclosingFunction(call) });
        continue;
      }
      out.push({ call, recv: recv && !this.classes.has(this.text(recv)) ? recv : undefined });
    }
    return out.length ? out : undefined;
  }

  /**
   * The calls a local decorator's wrapper makes of the function it wraps (its first parameter): `def
   * logged(fn): def inner(*a, **kw): return fn(*a, **kw)` gives `fn(*a, **kw)`. Undefined for any other
   * decorator.
   */
  private wrapperCalls(decorator: SyntaxNode): SyntaxNode[] | undefined {
    const id = namedChildren(decorator)[0];
    const wrapper = id?.type === "identifier" ? this.functions.get(this.text(id)) : undefined;
    const inner = wrapper ? this.paramNames(wrapper)[0] : undefined;
    if (!wrapper || !inner) return undefined;
    return descendants(wrapper).filter(
      (c) =>
        c.type === "call" &&
        field(c, "function")?.type === "identifier" &&
        this.text(field(c, "function")!) === inner,
    );
  }

  /**
   * A view wrapped by a local decorator that passes this parameter itself: `def with_name(fn): ... def
   * inner(*a, **kw): return fn(html.escape(v), *a, **kw)` on `@with_name def hi(name)`: the most controlled value
   * the wrapper's calls of `fn` pass at that position. Undefined when no local decorator passes it.
   */
  private decoratorArg(fn: SyntaxNode, name: string, cls: SinkClass, depth: number): Level | undefined {
    const deco = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
    const at = this.paramNames(fn).indexOf(name);
    if (!deco || at < 0 || depth > 20) return undefined;
    let m: Level | undefined;
    for (const d of deco.children) {
      if (d.type !== "decorator") continue;
      const calls = this.wrapperCalls(d);
      if (!calls?.length) continue;
      for (const c of calls) {
        const args = this.args(c);
        // `fn(**{k: escape(v) for k, v in kwargs.items()})`: every keyword the view gets is the comprehension's value.
        const only =
          args.length === 1 && args[0]!.type === "dictionary_splat" ? namedChildren(args[0]!)[0] : undefined;
        const pair = only?.type === "dictionary_comprehension" ? field(only, "body") : undefined;
        const each = pair?.type === "pair" ? field(pair, "value") : undefined;
        if (each) {
          const l = this.eval(each, cls, undefined, depth + 1);
          m = Math.max(m ?? Level.CONST, l >= Level.PARAM ? Level.SOURCE : l) as Level;
          continue;
        }
        if (
          args.slice(0, at + 1).some((a) => a.type === "list_splat" || a.type === "dictionary_splat") ||
          !args[at]
        )
          return undefined;
        // The wrapper's own parameters are what the framework passes it: request data still.
        const l = this.eval(args[at], cls, undefined, depth + 1);
        m = Math.max(m ?? Level.CONST, l >= Level.PARAM ? Level.SOURCE : l) as Level;
      }
    }
    return m;
  }

  /**
   * `@deco def f(...)` with one local decorator `def deco(fn): def wrapper(...): ... fn(...) ...; return wrapper`
   * calling `fn` once, without splats: the wrapper, that one call, and whether every return of the wrapper is
   * that call's result. Undefined for another shape (a pass-through `*args, **kwargs` wrapper included).
   */
  private localWrapper(
    fn: SyntaxNode,
  ): { wrapper: SyntaxNode; inner: SyntaxNode; returnsInner: boolean } | undefined {
    const deco = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
    const decos = deco ? deco.children.filter((c) => c.type === "decorator") : [];
    if (decos.length !== 1) return undefined;
    const calls = this.wrapperCalls(decos[0]!);
    const inner = calls?.length === 1 ? calls[0]! : undefined;
    if (!inner || this.ownArgs(inner).some((a) => /splat/.test(a.type))) return undefined;
    const wrapper = this.enclosingFunction(inner);
    const factory = wrapper ? this.enclosingFunction(wrapper) : undefined;
    const id = namedChildren(decos[0]!)[0];
    if (!wrapper || !factory || factory !== this.functions.get(this.text(id ?? decos[0]!))) return undefined;
    const rets = this.returnValues(factory);
    const wname = this.text(field(wrapper, "name") ?? wrapper);
    if (!rets.length || rets.some((r) => r.type !== "identifier" || this.text(r) !== wname)) return undefined;
    if (namedChildren(field(wrapper, "parameters") ?? wrapper).some((p) => /splat/.test(p.type)))
      return undefined;
    const wrets = this.returnValues(wrapper);
    return { wrapper, inner, returnsInner: !!wrets.length && wrets.every((r) => r === inner) };
  }

  /**
   * A parameter of a helper decorated by a local wrapper (see localWrapper): what the wrapper's call of `fn`
   * passes there, the wrapper's own parameters bound to what the helper's calls in this file pass. Undefined
   * when the shape is another or the helper is not called by name here.
   */
  /**
   * A Django (or DRF) view's parameter after `request`: the URL pattern's captured group (`<str:name>`,
   * `<path:p>`), text from the request's path. A module-level function taking `request` first that returns a
   * response and is not called by name in the file (the URL resolver calls it), or a class-based view's handler
   * method (get/post/... or a ViewSet action). Not one annotated int/float/bool (a converter's type).
   */
  private urlCapture(fn: SyntaxNode, name: string): boolean {
    if (fn.type !== "function_definition" || name === "request") return false;
    const params = this.paramNames(fn);
    if (params[0] !== "request" || !params.includes(name)) return false;
    if (!sourceHas(this.tree, /^\s*(from|import)\s+(django|rest_framework)\b/m)) return false;
    const owner = fn.parent?.type === "decorated_definition" ? fn.parent : fn;
    const klass = owner.parent?.type === "block" ? owner.parent.parent : undefined;
    const fname = this.text(field(fn, "name") ?? fn);
    if (klass?.type === "class_definition") {
      if (!/\b\w*(View|ViewSet)\b/.test(this.text(field(klass, "superclasses") ?? klass))) return false;
      if (!/^(get|post|put|patch|delete|head|retrieve|update|partial_update|destroy)$/.test(fname))
        return false;
    } else {
      if (klass !== this.tree.root && owner.parent?.type !== "module") return false;
      if (this.callsTo(fname).length) return false;
      if (!/\breturn\s+([\w.]+\.)?(render|redirect|\w*Response\w*)\(/.test(this.text(fn))) return false;
    }
    for (const p of namedChildren(field(fn, "parameters") ?? fn)) {
      if (p.type !== "typed_parameter" && p.type !== "typed_default_parameter") continue;
      const id = field(p, "name") ?? namedChildren(p).find((c) => c.type === "identifier");
      if (
        id &&
        this.text(id) === name &&
        /^(int|float|bool|UUID|uuid\.UUID)$/.test(this.text(field(p, "type") ?? p))
      )
        return false;
    }
    return true;
  }

  private wrappedParam(fn: SyntaxNode, name: string, cls: SinkClass, depth: number): Level | undefined {
    const at = this.paramNames(fn).indexOf(name);
    const w = at >= 0 && depth < 20 ? this.localWrapper(fn) : undefined;
    const fname = field(fn, "name");
    if (!w || !fname) return undefined;
    const arg = this.args(w.inner)[at] ?? this.kwarg(w.inner, name);
    const calls = this.callsTo(this.text(fname)).filter((c) => c.start < fn.start || c.end > fn.end);
    if (!arg || !calls.length) return undefined;
    const wp = this.paramNames(w.wrapper);
    const bound = new Map<string, Level>();
    for (const c of calls) {
      if (this.ownArgs(c).some((a) => /splat/.test(a.type))) return undefined;
      for (const [i, p] of wp.entries()) {
        const a = this.args(c)[i] ?? this.kwarg(c, p);
        const l = a ? this.eval(a, cls, undefined, depth + 1) : Level.CONST;
        bound.set(p, Math.max(bound.get(p) ?? Level.CONST, l) as Level);
      }
    }
    return this.eval(arg, cls, bound, depth + 1);
  }

  /**
   * A route handler's parameter that FastAPI validates against a strict pattern before the call:
   * `name: str = Path(..., pattern=r'^[\w-]+\.pdf$')` (Query, Form, Header, Cookie, Body alike; `regex=` in older
   * releases), `name: Annotated[str, Query(pattern=...)]`, `name: constr(pattern=...)` or
   * `Annotated[str, StringConstraints(pattern=...)]`. A request whose value does not match gets a 422.
   */
  private patternedParam(fn: SyntaxNode, name: string, cls: SinkClass): boolean {
    if (!sourceHas(this.tree, /\bfastapi\b/)) return false;
    for (const p of namedChildren(field(fn, "parameters") ?? fn)) {
      if (
        p.type !== "typed_parameter" &&
        p.type !== "typed_default_parameter" &&
        p.type !== "default_parameter"
      )
        continue;
      const id = field(p, "name") ?? namedChildren(p).find((c) => c.type === "identifier");
      if (!id || this.text(id) !== name) continue;
      for (const n of [field(p, "value"), field(p, "type")]) {
        const calls = n ? [n, ...descendants(n)].filter((c) => c.type === "call") : [];
        for (const c of calls) {
          if (
            !/(^|\.)(Path|Query|Form|Header|Cookie|Body|Field|constr|StringConstraints)$/.test(this.callee(c))
          )
            continue;
          const pat = /\b(?:pattern|regex)\s*=\s*r?(['"])(.*?)\1/.exec(this.text(c));
          // Python's `$` also passes a trailing newline: not enough for a header or a log line.
          if (!pat || ((cls === "header" || cls === "log") && !/\\[Zz]$/.test(pat[2]!))) continue;
          if (this.strictPattern(pat[2]!, cls)) return true;
        }
      }
      return false;
    }
    return false;
  }

  /**
   * A FastAPI route's parameter filled by a local dependency (`col: str = Depends(sort_column)`): what that
   * function returns, its own parameters being request data. Undefined for any other parameter.
   */
  /** The local class of `x: K = Depends(K)` (or `Depends()` with the annotation K), `id` reading that parameter. */
  private classDependency(id: SyntaxNode): SyntaxNode | undefined {
    const r = this.reachingAt(id);
    if (!r || r.binds.length !== 1 || r.binds[0]!.kind !== "param" || r.elems.length) return undefined;
    const fn = r.scope.node;
    for (const p of namedChildren(field(fn, "parameters") ?? fn)) {
      const dflt = field(p, "value");
      if (this.text(field(p, "name") ?? p) !== this.text(id) || dflt?.type !== "call") continue;
      if (!/^(fastapi\.)?Depends$/.test(this.callee(dflt))) return undefined;
      const dep = this.args(dflt)[0] ?? field(p, "type");
      const k = dep ? this.classes.get(this.text(dep).trim()) : undefined;
      return k && this.classMethod(k, "__init__") ? k : undefined;
    }
    return undefined;
  }

  /**
   * What `__init__` of an injected class stores in `self.attr`, its parameters request values; undefined when
   * another method (or anything outside) writes the attribute, or `__init__` does not.
   */
  private injectedAttr(klass: SyntaxNode, attr: string, cls: SinkClass, depth: number): Level | undefined {
    const init = this.classMethod(klass, "__init__")!;
    const writes = this.attrAssignments(attr);
    if (!writes.length || writes.some((w) => w.start < init.start || w.end > init.end)) return undefined;
    const bound = new Map<string, Level>();
    for (const q of this.paramNames(init)) bound.set(q, Level.SOURCE);
    let m = Level.CONST;
    for (const w of writes) {
      if (w.type !== "assignment" || this.text(field(w, "left") ?? w) !== `self.${attr}`) return undefined;
      m = Math.max(m, this.eval(field(w, "right"), cls, bound, depth + 1)) as Level;
    }
    return m;
  }

  private dependencyLevel(fn: SyntaxNode, name: string, cls: SinkClass, depth: number): Level | undefined {
    if (depth > 20) return undefined;
    for (const p of namedChildren(field(fn, "parameters") ?? fn)) {
      const id = field(p, "name");
      const dflt = field(p, "value");
      if (!id || this.text(id) !== name || dflt?.type !== "call") continue;
      if (!/^(fastapi\.)?Depends$/.test(this.callee(dflt))) return undefined;
      const dep = this.args(dflt)[0];
      const f = dep?.type === "identifier" ? this.functions.get(this.text(dep)) : undefined;
      const body = f ? field(f, "body") : undefined;
      if (!f || !body || f.parent?.type === "decorated_definition") return undefined;
      const bound = new Map<string, Level>();
      for (const q of this.paramNames(f)) bound.set(q, Level.SOURCE);
      return this.summariseBody(body, cls, bound, depth + 1);
    }
    return undefined;
  }

  /** The method `name` of the local class `node` is an instance of (`Klass(...)`, or a name bound once to it). */
  /**
   * `POLICY.flags` where POLICY is bound once to `Policy(...)`, a class of this file whose `flags` is a @property:
   * the getter. Undefined otherwise.
   */
  /**
   * The one value `self.attr` holds, read in a method of its class (see selfAttrValues), when the file never
   * writes into it in place (`self.attr[k] = v`, `self.attr.update(...)`); undefined otherwise.
   */
  selfAttrValue(node: SyntaxNode): SyntaxNode | undefined {
    const vals = node.type === "attribute" ? this.selfAttrValues(node) : undefined;
    if (vals?.length !== 1) return undefined;
    const attr = this.text(field(node, "attribute") ?? node);
    if (
      sourceMatches(
        this.tree,
        `\\.${attr}\\s*(\\[[^\\]]*\\]\\s*=[^=]|\\.(update|setdefault|pop|popitem|clear|__setitem__)\\()`,
      )
    )
      return undefined;
    return vals[0];
  }

  instanceProperty(obj: SyntaxNode, name: string): SyntaxNode | undefined {
    const m = this.instanceMethod(obj, name);
    const dec = m?.parent?.type === "decorated_definition" ? m.parent : undefined;
    return dec?.children.some((c) => c.type === "decorator" && /^@\s*property\s*$/.test(this.text(c)))
      ? m
      : undefined;
  }

  /**
   * The constant `obj.attr` holds for `obj` bound once to `Cls(...)`: the one assignment in the file to that
   * attribute is `self.attr = <expr>` at the top of Cls.__init__, and expr is a constant or an __init__ parameter
   * that this construction passes (or defaults) as a constant. Undefined otherwise.
   */
  instanceAttrConst(obj: SyntaxNode, attr: string): string | number | boolean | null | undefined {
    if (obj.type !== "identifier") return undefined;
    const r = this.reachingAt(obj);
    const made =
      r && r.binds.length === 1 && !r.elems.length && r.binds[0]!.kind === "assign"
        ? r.binds[0]!.value
        : undefined;
    const f = made?.type === "call" ? field(made, "function") : undefined;
    const klass = f?.type === "identifier" ? this.classes.get(this.text(f)) : undefined;
    const init = klass ? this.classMethod(klass, "__init__") : undefined;
    const writes = this.attrAssignments(attr);
    const w = writes.length === 1 && writes[0]!.type === "assignment" ? writes[0]! : undefined;
    if (!init || !w || w.parent?.parent !== field(init, "body")) return undefined;
    if (this.text(field(field(w, "left") ?? w, "object") ?? w) !== "self") return undefined;
    const right = field(w, "right");
    const v = this.constValue(right);
    if (v !== undefined || right?.type !== "identifier") return v;
    return this.constArgs(init, made!, false)?.get(this.text(right));
  }

  private instanceMethod(node: SyntaxNode, name: string): SyntaxNode | undefined {
    if (this.classes.size === 0) return undefined;
    let made: SyntaxNode | undefined = node;
    if (made.type === "identifier") {
      const r = this.reachingAt(made);
      if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return undefined;
      made = r.binds[0]!.value;
    }
    const f = made?.type === "call" ? field(made, "function") : undefined;
    const klass = f?.type === "identifier" ? this.classes.get(this.text(f)) : undefined;
    return klass ? this.classMethod(klass, name) : undefined;
  }

  /** The identifier nodes whose text is `name` (an index built once per file). */
  private identifiers(name: string): SyntaxNode[] {
    if (!this.idIndex) {
      this.idIndex = new Map();
      for (let i = 0, all = nodesOfType(this.tree, "identifier"); i < all.length; i++) {
        const n = all[i]!;
        const k = this.text(n);
        const list = this.idIndex.get(k);
        if (list) list.push(n);
        else this.idIndex.set(k, [n]);
      }
    }
    return this.idIndex.get(name) ?? [];
  }

  /** True when `id` sits in a def or lambda nested inside `fn` (a closure's free variable). */
  private capturedIn(id: SyntaxNode, fn: SyntaxNode): boolean {
    for (let p = id.parent; p && p !== fn; p = p.parent)
      if (p.type === "lambda" || p.type === "function_definition") return true;
    return false;
  }

  /** True when a function parameter of the enclosing entry point (route handler) reaches here. */
  isEntryFunction(fn: SyntaxNode): boolean {
    return this.scopeOf(fn).isEntry;
  }

  /**
   * The bindings of a name that reach a use (assignments, parameters: through branches, minus dead ones) and
   * the element writes to it after them (`d[k] = v`, `l.append(v)`, `cfg.set(s, k, v)`). Undefined when the
   * name is bound in no enclosing scope.
   */
  /**
   * The value of an element write: its expression, or for a write made elsewhere (`via`) the writes the
   * helper makes with this call's arguments bound, or another function's write with its callers' arguments.
   */
  private elemValue(e: Def, cls: SinkClass, env: Map<string, Level> | undefined, depth: number): Level {
    const via = e.via;
    if (!via) return this.eval(e.value, cls, env, depth);
    if (depth > 30) return Level.UNKNOWN;
    if (!via.call) return this.elemValue(via.inner!, cls, this.callerBindings(via.fn, cls, depth), depth + 1);
    const bound = this.bindArgs(via.fn, via.call, cls, env, depth);
    let m = Level.CONST;
    for (const w of via.writes ?? []) {
      m = Math.max(m, this.elemValue(w, cls, bound, depth + 2)) as Level;
      if (m === Level.SOURCE) break;
    }
    return m;
  }

  /**
   * `params` bound to the levels of one call's arguments, by position or else by keyword (CONST where the call
   * passes neither), each read under `env`; added to `into` when given.
   */
  private bindParams(
    params: readonly string[],
    call: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
    into = new Map<string, Level>(),
  ): Map<string, Level> {
    const args = this.args(call);
    params.forEach((p, i) => {
      const a = args[i] ?? this.kwarg(call, p);
      into.set(p, a ? this.eval(a, cls, env, depth + 1) : Level.CONST);
    });
    return into;
  }

  /**
   * `p['order']` on `p = Params(name=v, order='id')`, a local class (no bases) whose `__getitem__` is just
   * `return self._data[key]` and whose `__init__` builds `self._data` once as a dict literal or from its
   * `**kw` (`kw`, `dict(kw)`): the entry at that constant key (the literal's value, the call's keyword), not the
   * whole mapping. Undefined unless every other use of `._data` in the file only reads an item or takes len()
   * (no item store, update, alias or hand-off).
   */
  private keyedInitEntry(
    recv: SyntaxNode | undefined,
    getitem: SyntaxNode,
    sub: SyntaxNode | undefined,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const k = sub ? this.constKey(sub) : undefined;
    const stmts = namedChildren(field(getitem, "body") ?? getitem).filter((c) => c.type !== "comment");
    const ret =
      stmts.length === 1 && stmts[0]!.type === "return_statement" ? namedChildren(stmts[0]!)[0] : undefined;
    const read = ret?.type === "subscript" ? field(ret, "value") : undefined;
    const keyParam = this.paramNames(getitem)[0];
    if (
      k === undefined ||
      !keyParam ||
      read?.type !== "attribute" ||
      recv?.type !== "identifier" ||
      depth > 20
    )
      return undefined;
    if (
      this.text(field(ret!, "subscript") ?? ret!) !== keyParam ||
      this.text(field(read, "object") ?? read) !== "self"
    )
      return undefined;
    const r = this.reachingAt(recv);
    const made = r && r.binds.length === 1 && r.binds[0]!.kind === "assign" ? r.binds[0]!.value : undefined;
    const f = made?.type === "call" ? field(made, "function") : undefined;
    const klass = f?.type === "identifier" ? this.classes.get(this.text(f)) : undefined;
    const init = klass && !field(klass, "superclasses") ? this.classMethod(klass, "__init__") : undefined;
    if (!init || !made || getitem.start < klass!.start || getitem.end > klass!.end) return undefined;
    if (this.writesByReflection()) return undefined;
    const w = this.soleItemReadAttr(this.text(field(read, "attribute") ?? read))?.assign;
    if (w?.parent?.type !== "expression_statement" || w.parent.parent !== field(init, "body"))
      return undefined;
    const rhs = field(w, "right");
    if (rhs?.type === "dictionary") {
      const entry = this.literalEntry(rhs, k);
      if (entry === rhs) return undefined;
      if (!entry) return Level.CONST;
      const params = this.paramNames(init);
      const bound = this.bindParams(params, made, cls, env, depth + 1);
      this.bindStarredParams(init, params, made, bound, cls, env, depth + 1);
      return this.eval(entry, cls, bound, depth + 1);
    }
    const inner =
      rhs?.type === "call" && this.callee(rhs) === "dict" && this.args(rhs).length === 1
        ? this.args(rhs)[0]
        : rhs;
    const dstar = namedChildren(field(init, "parameters") ?? init).find(
      (d) => d.type === "dictionary_splat_pattern",
    );
    const kw = dstar ? namedChildren(dstar).find((c) => c.type === "identifier") : undefined;
    if (inner?.type !== "identifier" || !kw || this.text(inner) !== this.text(kw)) return undefined;
    const kr = this.reachingAt(inner);
    if (!kr || kr.binds.length !== 1 || kr.binds[0]!.kind !== "param" || kr.elems.length) return undefined;
    // `kw['x'] = ...` / `kw.pop('x')` in __init__ would change what the mapping holds.
    const kwName = this.text(kw);
    if (
      descendants(init).some(
        (n) => n.type === "identifier" && this.text(n) === kwName && n !== inner && n !== kw,
      )
    )
      return undefined;
    const all = namedChildren(field(made, "arguments") ?? made);
    if (all.some((a) => a.type === "dictionary_splat")) return undefined;
    const hit = all.find((a) => a.type === "keyword_argument" && this.text(field(a, "name") ?? a) === k);
    if (hit && this.paramNames(init).includes(k)) return Level.CONST;
    return hit ? this.eval(field(hit, "value"), cls, env, depth + 1) : Level.CONST;
  }

  /**
   * After bindParams: `def __init__(self, *args, **kw)` made as `Params(a, b, name=v)`: the `*args` parameter
   * holds every positional argument from its place on, the `**kw` one every keyword no named parameter takes
   * (bindParams alone would read only the argument at the star's place, and no keyword named `kw`).
   */
  private bindStarredParams(
    fn: SyntaxNode,
    params: readonly string[],
    call: SyntaxNode,
    bound: Map<string, Level>,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): void {
    const max = (nodes: (SyntaxNode | undefined)[]) =>
      nodes.reduce<Level>(
        (m, n) => (n ? (Math.max(m, this.eval(n, cls, env, depth + 1)) as Level) : m),
        Level.CONST,
      );
    const all = namedChildren(field(call, "arguments") ?? call);
    for (const d of namedChildren(field(fn, "parameters") ?? fn)) {
      if (d.type !== "list_splat_pattern" && d.type !== "dictionary_splat_pattern") continue;
      const id = namedChildren(d).find((c) => c.type === "identifier");
      const i = id ? params.indexOf(this.text(id)) : -1;
      if (i < 0) continue;
      if (d.type === "list_splat_pattern")
        bound.set(
          params[i]!,
          max(
            this.args(call)
              .slice(i)
              .filter((a) => a.type !== "dictionary_splat"),
          ),
        );
      else
        bound.set(
          params[i]!,
          max(
            all
              .filter(
                (k) => k.type === "keyword_argument" && !params.includes(this.text(field(k, "name") ?? k)),
              )
              .map((k) => field(k, "value")),
          ),
        );
    }
  }

  /**
   * A local function's parameters bound to one call's arguments (bindParams); a starred parameter (`def
   * cmdline(*parts)`) holds every positional argument from its place on, as a whole and, where the call splats
   * nothing, element by element (`parts\0<i>`, from either end, with the `parts\0*` marker: see starElement).
   */
  private bindArgs(
    fn: SyntaxNode,
    call: SyntaxNode,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
    into?: Map<string, Level>,
  ): Map<string, Level> {
    const params = this.paramNames(fn);
    const bound = this.bindParams(params, call, cls, env, depth, into);
    const splat = namedChildren(field(fn, "parameters") ?? fn).find((p) => p.type === "list_splat_pattern");
    const starId = splat ? namedChildren(splat).find((c) => c.type === "identifier") : undefined;
    const star = starId ? params.indexOf(this.text(starId)) : -1;
    if (star >= 0) {
      const p = params[star]!;
      const extra = this.args(call)
        .slice(star)
        .filter((a) => a.type !== "dictionary_splat");
      const whole = !extra.some((a) => a.type === "list_splat" || a.type === "parenthesized_list_splat");
      if (whole) bound.set(`${p}\0*`, Level.CONST);
      let m = Level.CONST;
      for (const [j, a] of extra.entries()) {
        const l = this.eval(a, cls, env, depth + 1);
        m = Math.max(m, l) as Level;
        if (!whole) continue;
        bound.set(`${p}\0${j}`, l);
        bound.set(`${p}\0${j - extra.length}`, l);
      }
      bound.set(p, m);
    }
    return bound;
  }

  /** The `*args` parameter of a function: its name and its place among paramNames; undefined when it has none. */
  private starParam(fn: SyntaxNode): { name: string; at: number } | undefined {
    const splat = namedChildren(field(fn, "parameters") ?? fn).find((p) => p.type === "list_splat_pattern");
    const id = splat ? namedChildren(splat).find((c) => c.type === "identifier") : undefined;
    if (!id) return undefined;
    const name = this.text(id);
    const at = this.paramNames(fn).indexOf(name);
    return at >= 0 ? { name, at } : undefined;
  }

  /**
   * Every call in the file of the local function `fn` by its name: a plain function's `f(...)`; a method's
   * `obj.m(...)`, `Klass.m(...)`, `self.m(...)` when every call of a method of that name resolves to a method of
   * a local class (localMethod), those that resolve to `fn`. Undefined when some `x.m(...)` has an unknown
   * receiver (it may be this method), or for anything else.
   */
  private knownCalls(fn: SyntaxNode): SyntaxNode[] | undefined {
    const fname = field(fn, "name");
    if (!fname || fn.type !== "function_definition") return undefined;
    const name = this.text(fname);
    if (this.functions.get(name) === fn) return this.callsTo(name);
    const owner = fn.parent?.type === "decorated_definition" ? fn.parent : fn;
    if (owner.parent?.type !== "block" || owner.parent.parent?.type !== "class_definition") return undefined;
    const out: SyntaxNode[] = [];
    for (const call of this.methodCalls(name)) {
      const def = this.localMethod(field(call, "function")!);
      if (!def) return undefined;
      if (def !== fn) continue;
      // `Klass.m(obj, x)` on an instance method passes the receiver first: the indices shift.
      const recv = field(field(call, "function")!, "object");
      if (recv?.type === "identifier" && this.classes.has(this.text(recv)) && owner === fn) return undefined;
      out.push(call);
    }
    return out;
  }

  /**
   * `args[i]` (a constant index, from either end) on a function's own `*args` parameter, never rebound: the
   * i-th argument after the named ones. Bound by one call (bindArgs: `env` holds the elements), that call's;
   * in the function's own body, what each call in the file passes there (a source from any of them; otherwise
   * the most controlled where every call is known (callSites), else caller-controlled); an index no call
   * reaches reads nothing (an IndexError). Undefined (the whole tuple is read) for an entry point, a call that
   * splats, a function not called by name here or calling itself.
   */
  private starElement(
    id: SyntaxNode,
    key: string,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    if (!/^-?\d+$/.test(key) || depth > 30) return undefined;
    const name = this.text(id);
    const r = this.reachingAt(id);
    if (!r || r.binds.length !== 1 || r.binds[0]!.kind !== "param" || r.elems.length || r.scope.isEntry)
      return undefined;
    const fn = r.scope.node;
    const star = fn.type === "function_definition" ? this.starParam(fn) : undefined;
    if (star?.name !== name || this.guarded(r.scope, id, name, cls)) return undefined;
    if (env?.has(name))
      return env.has(`${name}\0*`) ? (env.get(`${name}\0${key}`) ?? Level.CONST) : undefined;
    const calls = this.knownCalls(fn);
    if (!calls?.length) return undefined;
    const k = Number(key);
    const vals: SyntaxNode[] = [];
    for (const call of calls) {
      if (call.start >= fn.start && call.end <= fn.end) return undefined;
      const own = namedChildren(field(call, "arguments") ?? call);
      if (own.some((a) => /^(list_splat|parenthesized_list_splat|dictionary_splat)$/.test(a.type)))
        return undefined;
      const extra = this.args(call).slice(star.at);
      const v = extra[k < 0 ? k + extra.length : k];
      if (v) vals.push(v);
    }
    const levels = vals.map((v) => this.eval(v, cls, undefined, depth + 1));
    if (levels.includes(Level.SOURCE)) return Level.SOURCE;
    if (!this.callSites(fn)) return Level.PARAM;
    return levels.reduce<Level>((m, l) => Math.max(m, l) as Level, Level.CONST);
  }

  /**
   * The element writes a local function makes into its own parameters (`l.append(v)`, `d[k] = v`,
   * `d.update(...)`, or passing them on to another such helper), per parameter never rebound in it.
   */
  private paramWrites(fn: SyntaxNode): Map<string, Def[]> | undefined {
    if (this.paramWriteMemo.has(fn)) return this.paramWriteMemo.get(fn);
    this.paramWriteMemo.set(fn, undefined); // a helper reached again while its own scope is built
    const s = this.scopeOf(fn);
    let out: Map<string, Def[]> | undefined;
    for (const p of this.paramNames(fn)) {
      const defs = s.defs.get(p);
      if (!defs || defs.some((d) => d.kind !== "param" && d.kind !== "element")) continue;
      const w = defs.filter((d) => d.kind === "element" && (d.value || d.via));
      if (w.length) (out ??= new Map()).set(p, w);
    }
    this.paramWriteMemo.set(fn, out);
    return out;
  }

  /** Element writes a call to a local helper makes into the names it passes (see paramWrites). */
  private callWrites(call: SyntaxNode, scope: SyntaxNode, add: (name: string, def: Def) => void): void {
    const f = field(call, "function");
    if (f?.type !== "identifier") return;
    const helper = this.functions.get(this.text(f));
    if (!helper || helper === scope) return;
    const args = this.ownArgs(call);
    if (
      !args.some((a) => a.type === "identifier") &&
      !field(call, "arguments")?.children.some((c) => c.type === "keyword_argument")
    )
      return;
    const writes = this.paramWrites(helper);
    if (!writes) return;
    const params = this.paramNames(helper);
    const passed = new Map<string, SyntaxNode>();
    for (const [i, a] of args.entries()) {
      if (a.type === "list_splat" || a.type === "dictionary_splat") break;
      if (params[i] !== undefined) passed.set(params[i]!, a);
    }
    for (const c of field(call, "arguments")?.children ?? [])
      if (c.type === "keyword_argument") {
        const k = field(c, "name");
        const v = field(c, "value");
        if (k && v) passed.set(this.text(k), v);
      }
    for (const [p, a] of passed) {
      const w = writes.get(p);
      if (!w || a.type !== "identifier") continue;
      const name = this.text(a);
      if (name === "self" || name === "cls" || this.aliases.has(name)) continue;
      add(name, {
        order: call.order,
        value: undefined,
        kind: "element",
        stmt: call,
        via: { fn: helper, call, writes: w },
      });
    }
  }

  /**
   * The element writes functions make into a module-level name they do not bind themselves (`CACHE['k'] = v`,
   * `QUEUE.append(v)`, a helper called with it), each to be read with that function's callers' arguments.
   * Only a constant key is kept (list moves and appends write at any position).
   */
  private foreignWrites(name: string): Def[] {
    if (!this.foreignIndex) {
      this.foreignIndex = new Map();
      const root = this.scopeOf(this.tree.root);
      const fns = new Set<SyntaxNode>();
      const all = nodesOfType(this.tree, "call", "assignment", "augmented_assignment");
      for (let i = 0; i < all.length; i++) {
        const n = all[i]!;
        let target: SyntaxNode | undefined;
        if (n.type === "call") {
          const f = field(n, "function");
          target = f?.type === "attribute" ? field(f, "object") : f?.type === "identifier" ? n : undefined;
          if (target === n) {
            // a local helper called with a module-level name
            if (!this.functions.has(this.text(f!))) continue;
            target = this.ownArgs(n).find((a) => a.type === "identifier" && root.defs.has(this.text(a)));
          }
        } else if (n.type === "assignment" || n.type === "augmented_assignment") {
          const left = field(n, "left");
          target = left?.type === "subscript" ? field(left, "value") : undefined;
        }
        if (target?.type !== "identifier" || !root.defs.has(this.text(target))) continue;
        const fn = this.enclosingFunction(n);
        if (fn) fns.add(fn);
      }
      for (const fn of fns) {
        const s = this.scopeOf(fn);
        for (const [nm, defs] of s.defs) {
          if (!root.defs.has(nm) || defs.some((d) => d.kind !== "element")) continue;
          for (const d of defs) {
            if (!d.value && !d.via) continue;
            const key = d.key !== undefined && !d.key.startsWith("\u0001") ? d.key : undefined;
            const list = this.foreignIndex.get(nm) ?? [];
            list.push({
              order: d.order,
              value: undefined,
              kind: "element",
              stmt: d.stmt,
              key,
              via: { fn, inner: d },
            });
            this.foreignIndex.set(nm, list);
          }
        }
      }
    }
    return this.foreignIndex.get(name) ?? [];
  }

  private reachingAt(id: SyntaxNode): Reach | undefined {
    // A scope half built has not all its bindings yet: nothing seen then is memoised. (Bound constant arguments
    // get fresh memos of their own: withConsts.)
    if (this.building) return this.reachingUncached(id);
    if (this.reachCache.has(id)) return this.reachCache.get(id);
    const r = this.reachingUncached(id);
    this.reachCache.set(id, r);
    return r;
  }

  private reachingUncached(id: SyntaxNode): Reach | undefined {
    const name = this.text(id);
    let elems: Def[] = [];
    for (let fn = this.enclosingFunction(id); ; fn = fn ? this.enclosingFunction(fn) : undefined) {
      const scope = this.scopeOf(fn ?? this.tree.root);
      const all = scope.defs.get(name);
      if (all && all.length) {
        const defs = all.filter((d) => d.kind !== "element" && !this.isDead(d.stmt));
        const writes = all.filter((d) => d.kind === "element" && d.order < id.order && !this.isDead(d.stmt));
        // A module-level container that other functions write into (`CACHE.update(...)` in a helper): what they
        // write may be there when this function reads it.
        const here = !fn && defs.length && !this.building ? this.enclosingFunction(id) : undefined;
        const foreign = here ? this.foreignWrites(name).filter((d) => d.via!.fn !== here) : [];
        if (defs.length === 0) {
          // Only element writes here (a module-level dict filled in a function): keep looking outward.
          elems = [...writes, ...elems];
          if (!fn) return { scope, binds: [], elems, outer: false };
          continue;
        }
        // `x = f(x)`: the x on the right is the previous binding, not this one.
        const own = (d: Def) => d.kind === "assign" && id.start >= d.stmt.start && id.end <= d.stmt.end;
        const prior = defs.filter((d) => d.order < id.order && !own(d));
        // At module level with nothing assigned before: the last binding (a function reading a global defined
        // below it), never the read's own assignment. `args = args[2:]` at the top of a fragment reads a name
        // bound outside the code seen (unknown), not itself.
        const later = defs.filter((d) => !own(d));
        let binds = fn
          ? this.reaching(prior, id)
          : prior.length
            ? this.reaching(prior, id)
            : later.length
              ? [later[later.length - 1]!]
              : [];
        if (binds.length === 0 && fn) binds = defs;
        const from = Math.max(...binds.map((d) => d.order));
        // `vals = request.args.getlist('t')` then `vals.clear()` (after every binding that reaches, not under a
        // branch): the list is empty there, only what is written after it is in it.
        const cleared = writes.filter(
          (d) => d.clear && d.order > from && !d.via && !this.conditional(d.stmt, id),
        );
        const cut = cleared[cleared.length - 1];
        if (cut)
          return {
            scope,
            binds: [{ order: cut.order, value: undefined, kind: "opaque", stmt: cut.stmt }],
            elems: writes.filter((d) => d.order > cut.order),
            outer: false,
          };
        return {
          scope,
          binds,
          elems: [
            ...writes.filter((d) => d.order > Math.min(...binds.map((b) => b.order))),
            ...foreign,
            ...elems,
          ],
          outer: false,
        };
      }
      if (!fn) return elems.length ? { scope, binds: [], elems, outer: true } : undefined;
    }
  }

  /**
   * `cls = self.get_argument("cls")` in a method whose receiver is `self`: a local named `cls` (a CSS class, a
   * category) is a plain variable, not the class.
   */
  private localNotReceiver(id: SyntaxNode, name: string): boolean {
    const fn = this.enclosingFunction(id);
    const first = fn ? namedChildren(field(fn, "parameters") ?? fn)[0] : undefined;
    if (!fn || first?.type !== "identifier" || this.text(first) === name) return false;
    return (this.scopeOf(fn).defs.get(name)?.length ?? 0) > 0;
  }

  private lookup(id: SyntaxNode, cls: SinkClass, env: Map<string, Level> | undefined, depth: number): Level {
    const name = this.text(id);
    if ((name === "self" || name === "cls") && !this.localNotReceiver(id, name)) return Level.UNKNOWN;
    if (env?.has(name)) {
      // A lambda's own parameter (lambdas have no scope of their own here).
      for (let p = id.parent; p && p.type !== "function_definition"; p = p.parent) {
        if (p.type === "lambda" && this.paramNames(p).includes(name)) return env.get(name)!;
        // A comprehension's own variable, bound element-wise by comprehensionElement or to its iterable.
        if (
          COMPREHENSIONS.has(p.type) &&
          namedChildren(p).some(
            (c) => c.type === "for_in_clause" && this.boundNames(field(c, "left")).includes(name),
          )
        )
          return env.get(name)!;
      }
    }
    const passed = env?.has(name) || depth >= 20 ? undefined : this.lambdaParamLevel(id, name, cls, depth);
    if (passed !== undefined) return passed;
    const r = this.reachingAt(id);
    if (!r) return this.aliases.has(name) ? Level.CONST : Level.UNKNOWN; // an imported module or function is code
    if (this.guarded(r.scope, id, name, cls) || (cls !== "literal" && this.caseNarrowed(id, name, r.binds)))
      return Level.CONST;
    const picked = r.binds.length === 1 ? this.selectedElement(id, r.binds[0]!, cls, env, depth) : undefined;
    if (picked !== undefined) return picked;
    // A closure's free variable bound by its factory's parameter (`def make(cmd): def run(): ...cmd...`), every
    // call of the factory known (callSites): what those calls pass.
    if (
      r.binds.length === 1 &&
      r.binds[0]!.kind === "param" &&
      !r.elems.length &&
      !r.scope.isEntry &&
      depth < 20 &&
      this.capturedIn(id, r.scope.node)
    ) {
      const sites = this.callSites(r.scope.node) && this.siteArgs(r.scope.node, name, true);
      if (sites) return this.maxOf(sites, cls, undefined, depth);
    }
    // `parts = ['docs', v]` then `parts[-1] = 'index.html'`: a whole read (`*parts`, `' '.join(parts)`) holds the
    // items left after the writes the list model places, not the overwritten one.
    const lit =
      r.binds.length === 1 && r.binds[0]!.kind === "assign" ? this.seqItems(r.binds[0]!.value) : undefined;
    const placed =
      lit && r.elems.length && r.elems.every((e) => !e.via) && !this.rebinds(r.scope.node).has(name)
        ? this.listModel(lit, r.elems, id)
        : undefined;
    if (placed)
      return this.maxOf(
        placed.flat().filter((n) => n !== undefined),
        cls,
        env,
        depth,
      );
    let m = r.binds.length ? this.evalDefs(r.binds, r.scope, cls, env, depth, name) : Level.UNKNOWN;
    for (const e of r.elems) m = Math.max(m, this.elemValue(e, cls, env, depth + 1)) as Level;
    // `global x` / `nonlocal x` in another function (a nested helper, another view) rebinds the name this read
    // resolves to: whatever those functions assign may be what is read here.
    const writes = this.rebinds(r.scope.node).get(name);
    const here = writes ? this.enclosingFunction(id) : undefined;
    for (const a of writes ?? []) {
      const writer = this.enclosingFunction(a);
      if (writer === here || !writer || depth >= 20) continue;
      m = Math.max(
        m,
        this.eval(field(a, "right"), cls, this.callerBindings(writer, cls, depth), depth + 1),
      ) as Level;
    }
    return m;
  }

  /**
   * A lambda's own parameter where every call of the lambda is known: `run = lambda e: eval(e)` with `run` only
   * ever called, or a lambda in a dict literal `H = {'calc': lambda e: ..., ...}` with `H` only ever called at
   * constant keys (`H['echo'](v)`): what the calls that reach this lambda pass there (none, though the name is
   * used: it never runs). Undefined for any other shape or use, or a name the file never uses.
   */
  private lambdaParamLevel(id: SyntaxNode, name: string, cls: SinkClass, depth: number): Level | undefined {
    let lam: SyntaxNode | null = id.parent;
    while (lam && lam.type !== "lambda" && lam.type !== "function_definition") lam = lam.parent;
    if (lam?.type !== "lambda") return undefined;
    const params = namedChildren(field(lam, "parameters") ?? lam);
    const at = params.findIndex((p) => p.type === "identifier" && this.text(p) === name);
    if (at < 0 || params.some((p) => p.type !== "identifier")) return undefined;
    const pair = lam.parent?.type === "pair" && field(lam.parent, "value") === lam ? lam.parent : undefined;
    const key = pair ? this.constKey(field(pair, "key")) : undefined;
    const holder = pair ? pair.parent : lam;
    const asg = holder?.parent;
    const left =
      asg?.type === "assignment" && field(asg, "right") === holder ? field(asg, "left") : undefined;
    if (left?.type !== "identifier" || (pair && (key === undefined || holder?.type !== "dictionary")))
      return undefined;
    const calls: SyntaxNode[] = [];
    const refs = this.identifiers(this.text(left)).filter((r) => r !== left);
    // Never used here: an importable function or table, its callers elsewhere (as a def's would be).
    if (!refs.length) return undefined;
    for (const ref of refs) {
      let callee: SyntaxNode = ref;
      if (pair) {
        const sub = ref.parent;
        if (sub?.type !== "subscript" || field(sub, "value") !== ref) return undefined;
        const k = this.constKey(field(sub, "subscript"));
        if (k === undefined) return undefined;
        if (k !== key) continue;
        callee = sub;
      }
      const call = callee.parent;
      if (call?.type !== "call" || field(call, "function") !== callee) return undefined;
      if (this.args(call).some((a) => /splat|keyword/.test(a.type))) return undefined;
      calls.push(call);
    }
    let m = Level.CONST;
    for (const c of calls) {
      const a = this.args(c)[at];
      if (a) m = Math.max(m, this.eval(a, cls, undefined, depth + 1)) as Level;
    }
    return m;
  }

  /**
   * The parameters of a local (non-entry) function bound to the most controlled argument its calls in the file
   * pass (or its default); undefined (parameters stay caller-controlled) for an entry point, a function never
   * called by name here, or a call that splats.
   */
  private callerBindings(fn: SyntaxNode, cls: SinkClass, depth: number): Map<string, Level> | undefined {
    const fname = field(fn, "name");
    if (!fname || this.scopeOf(fn).isEntry) return undefined;
    const calls = this.callsTo(this.text(fname)).filter((c) => c.start < fn.start || c.end > fn.end);
    if (!calls.length) return undefined;
    const params = this.paramNames(fn);
    const decls = namedChildren(field(fn, "parameters") ?? fn);
    const out = new Map<string, Level>();
    for (const call of calls) {
      if (this.args(call).some((a) => a.type === "list_splat" || a.type === "dictionary_splat"))
        return undefined;
      for (const [i, p] of params.entries()) {
        const a = this.args(call)[i] ?? this.kwarg(call, p) ?? field(decls[i] ?? fn, "value");
        const l = a ? this.eval(a, cls, undefined, depth + 1) : Level.CONST;
        out.set(p, Math.max(out.get(p) ?? Level.CONST, l) as Level);
      }
    }
    return out;
  }

  /**
   * The assignments (plain or augmented) to a name made inside functions that declare it `global` (rebinding
   * the module's name) or `nonlocal` (rebinding the nearest enclosing function's), keyed by the scope node
   * whose binding they rebind.
   */
  private rebinds(scope: SyntaxNode): ReadonlyMap<string, SyntaxNode[]> {
    if (!this.rebindIndex) {
      this.rebindIndex = new Map();
      // Most files rebind nothing: skip the walk over every node.
      const nodes = sourceHas(this.tree, /\b(global|nonlocal)\b/)
        ? nodesOfType(this.tree, "global_statement", "nonlocal_statement")
        : [];
      for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i]!;
        const fn = this.enclosingFunction(n);
        if (!fn) continue;
        for (const id of namedChildren(n)) {
          if (id.type !== "identifier") continue;
          const name = this.text(id);
          let target: SyntaxNode = this.tree.root;
          if (n.type === "nonlocal_statement") {
            let outer = this.enclosingFunction(fn);
            while (outer && !this.scopeOf(outer).defs.has(name)) outer = this.enclosingFunction(outer);
            if (!outer) continue;
            target = outer;
          }
          for (const a of descendants(fn)) {
            if (
              (a.type !== "assignment" && a.type !== "augmented_assignment") ||
              this.enclosingFunction(a) !== fn
            )
              continue;
            const left = field(a, "left");
            if (left?.type !== "identifier" || this.text(left) !== name || !field(a, "right")) continue;
            let byName = this.rebindIndex.get(target);
            if (!byName) this.rebindIndex.set(target, (byName = new Map()));
            const list = byName.get(name);
            if (list) list.push(a);
            else byName.set(name, [a]);
          }
        }
      }
    }
    return this.rebindIndex.get(scope) ?? NO_REBINDS;
  }

  /**
   * Value-aware read of a container at a constant key: `d['a']`, `l[0]`, `d.get('a')`, `cfg.get('s', 'a')`.
   * Writes at other constant keys do not reach it, nor do literal entries at other keys; list positions follow
   * the literal and its appends while nothing else reorders the list. Unknown shapes fall back to the whole
   * container's level.
   */
  private elementLevel(
    container: SyntaxNode,
    key: string,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level {
    const own = this.elementLevelOwn(container, key, cls, env, depth);
    if (own === Level.SOURCE || depth >= 20) return own;
    let m: Level = own;
    for (const v of this.sharedNestedWrites(container, key))
      m = Math.max(m, v ? this.eval(v, cls, env, depth + 1) : Level.CONST) as Level;
    return m;
  }

  /**
   * `mine = copy.copy(defaults)` (or `defaults.copy()`, `dict(defaults)`, `list(defaults)`): a shallow copy
   * shares the containers nested in it, so `mine['parts'].append(v)` (or `mine['parts'][0] = v`) before this
   * read of `defaults['parts']...` lands in the original too. The values such nested writes store under the
   * read's outer key (or under any, when the write's key is unknown).
   */
  private sharedNestedWrites(container: SyntaxNode, key: string): (SyntaxNode | undefined)[] {
    if (container.type !== "identifier") return [];
    const fn = this.enclosingFunction(container);
    const outer = key.split("\0")[0]!;
    const out: (SyntaxNode | undefined)[] = [];
    for (const id of this.identifiers(this.text(container))) {
      if (id.order >= container.order || this.enclosingFunction(id) !== fn) continue;
      const p = id.parent;
      const call =
        p?.type === "argument_list" && p.parent?.type === "call"
          ? /^(copy\.copy|dict|list)$/.test(this.callee(p.parent)) && this.args(p.parent).length === 1
            ? p.parent
            : undefined
          : p?.type === "attribute" &&
              field(p, "object") === id &&
              this.text(field(p, "attribute") ?? p) === "copy" &&
              p.parent?.type === "call" &&
              !this.args(p.parent).length
            ? p.parent
            : undefined;
      const a = call?.parent;
      const left = a?.type === "assignment" && field(a, "right") === call ? field(a, "left") : undefined;
      if (left?.type !== "identifier") continue;
      const defs = fn ? this.scopeOf(fn).defs.get(this.text(left)) : undefined;
      for (const d of defs ?? []) {
        if (d.kind !== "element" || d.order < a!.order || d.order > container.order || d.key === undefined)
          continue;
        const cut = d.key.indexOf("\0");
        if (cut < 0) continue; // a top-level write replaces the copy's own entry only
        if (d.key.slice(0, cut) === outer) out.push(d.value);
      }
    }
    return out;
  }

  private elementLevelOwn(
    container: SyntaxNode,
    key: string,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level {
    const r0 = this.reachingAt(container);
    if (!r0) return this.lookup(container, cls, env, depth);
    if (this.guarded(r0.scope, container, this.text(container), cls)) return Level.CONST;
    // `setdefault(k, v)` writes nothing when k is already there (a literal entry, an earlier sure write).
    const r = r0.elems.some((e) => e.weak)
      ? {
          ...r0,
          elems: r0.elems.filter(
            (e) =>
              !e.weak ||
              e.key === undefined ||
              !(
                (r0.binds.length === 1 && this.literalHasKey(r0.binds[0]!.value, e.key)) ||
                r0.elems.some(
                  (o) => o.order < e.order && o.key === e.key && !this.conditional(o.stmt, container),
                )
              ),
          ),
        }
      : r0;
    // Strong update: the last unconditional write at this very key decides, unless a keyless write follows it.
    const exact = r.elems.filter((e) => e.key === key && !e.via);
    const last = exact[exact.length - 1];
    // A setdefault decides only where the key is surely missing before it: a literal without it, no earlier
    // write that may have set it (`request.args.to_dict().setdefault('k', v)` keeps the client's 'k').
    const sureWrite =
      !last?.weak ||
      (r.binds.length === 1 &&
        r.binds[0]!.value?.type === "dictionary" &&
        !this.literalHasKey(r.binds[0]!.value, key) &&
        !r.elems.some((e) => e.order < last.order && (e.key === undefined || e.key === key)));
    if (
      last &&
      sureWrite &&
      !this.conditional(last.stmt, container) &&
      !r.elems.some(
        (e) =>
          e.order > last.order &&
          (e.key === undefined || e.key === APPEND || isMove(e.key) || e.key.startsWith(key + "\0")),
      )
    )
      return this.eval(last.value, cls, env, depth + 1);
    // `cfg['section'] = {'a': 'x', 'b': v}` then `cfg.get('section', 'a')` / `cfg['section']['a']`: the entry of
    // the dict literal last written whole at the head key, when nothing written since may have changed it.
    const nested = !last && key.includes("\0") ? this.nestedLiteralEntry(r.elems, key, container) : undefined;
    if (nested !== undefined) return nested ? this.eval(nested, cls, env, depth + 1) : Level.CONST;
    const single = r.binds.length === 1 && r.binds[0]!.kind === "assign" ? r.binds[0]!.value : undefined;
    const whole = () => this.lookup(container, cls, env, depth);
    // `d = dict(a='ls', b=v)` then `d['a']`: the keyword argument of that name.
    const kwOnly =
      single?.type === "call" && !r.elems.length && this.callee(single) === "dict"
        ? namedChildren(field(single, "arguments") ?? single)
        : undefined;
    if (kwOnly?.length && kwOnly.every((c) => c.type === "keyword_argument")) {
      const hit = kwOnly.find((c) => this.text(field(c, "name") ?? c) === key);
      return hit ? this.eval(field(hit, "value"), cls, env, depth + 1) : Level.CONST;
    }
    // `merged = dict(user, **DEFAULTS)` (or `dict(base, expr='1')`) then `merged['expr']`: later entries win.
    const built = single?.type === "call" && !r.elems.length ? this.dictCallEntry(single, key) : undefined;
    if (built !== undefined) return built ? this.eval(built, cls, env, depth + 1) : Level.CONST;
    // `q = parse_qs(urlencode({'a': v, 'b': 'ls'}))` then `q['b'][0]` (each value comes back as a list of
    // one), or `dict(parse_qsl(urlencode(...)))['b']`: the literal's entry at that key, whatever the position.
    const encoded = !r.elems.length ? this.queryRoundTrip(single) : undefined;
    if (encoded) {
      const entry = this.literalEntry(encoded, key.split("\0")[0]!);
      return entry ? this.eval(entry, cls, env, depth + 1) : Level.CONST;
    }
    // `data = json.loads(json.dumps({'a': v, 'b': 'x'}))` then `data['b']`: the literal's entry.
    const dumped = !r.elems.length ? this.jsonRoundTrip(single) : undefined;
    if (dumped?.type === "dictionary" && namedChildren(dumped).every((c) => c.type === "pair")) {
      const entry = this.literalEntry(dumped, key);
      return entry ? this.eval(entry, cls, env, depth + 1) : Level.CONST;
    }
    // ... or `json.loads(json.dumps([v, 'price * qty']))` then `[1]`: the item at that position.
    const item = dumped && /^(list|tuple)$/.test(dumped.type) ? this.literalEntry(dumped, key) : dumped;
    if (dumped && item !== dumped) return item ? this.eval(item, cls, env, depth + 1) : Level.CONST;
    // `d = json.loads(json.dumps(asdict(q)))` (or vars(q)) then `d['owner']`: the field q holds.
    const record = this.dumpedRecord(dumped);
    if (record?.type === "identifier" && !key.includes("\0") && depth < 20) {
      const held = this.attrByName(record, container, key, cls, env, depth);
      if (held !== undefined) return held;
    }
    // `parsed = parse(request.args)` with `def parse(a): return {'name': ..., 'limit': 10}`: that entry.
    if (single?.type === "call" && !r.elems.length && depth < 20) {
      const entry = this.returnedEntry(single, key, cls, env, depth);
      if (entry !== undefined) return entry;
    }
    // `{k: v for k, v in (('name', x), ('status', 'on'))}['status']`: the value paired last with that key.
    const comp =
      single?.type === "dictionary_comprehension" && !r.elems.length
        ? this.comprehendedPairs(single)
        : undefined;
    if (comp) {
      let hit: SyntaxNode | undefined;
      for (const [k, v] of comp) if (k === key) hit = v;
      return hit ? this.eval(hit, cls, env, depth + 1) : Level.CONST;
    }
    // `list(map(str.strip, [v, ' hi ']))[1]`, `list(filter(None, [v, DEFAULT]))[-1]`: that item of the literal.
    const mapped = single && !r.elems.length ? this.mappedItemLevel(single, key, cls, env, depth) : undefined;
    if (mapped !== undefined) return mapped;
    let m = Level.CONST;
    const items = this.seqItems(single);
    const literal = single?.type === "dictionary" || !!items;
    // `dict(zip(['cn', 'ou'], [a, 'people']))['ou']`: the value paired with that key (no write since).
    if (single?.type === "call" && !r.elems.length && this.callee(single) === "dict") {
      const z = this.args(single)[0];
      const [ks, vs] = z?.type === "call" && this.callee(z) === "zip" ? this.args(z) : [];
      const keys = this.literalItems(ks)?.map((k) => this.constKey(k));
      const vals = this.literalItems(vs);
      const whole = namedChildren(field(single, "arguments") ?? single).length === 1;
      if (whole && keys && vals && keys.every((k) => k !== undefined)) {
        const i = keys.lastIndexOf(key);
        return i >= 0 && i < vals.length ? this.eval(vals[i], cls, env, depth + 1) : Level.CONST;
      }
    }
    // `dict([('c', 'ls'), ('d', v)])` / `OrderedDict(...)` of literal pairs: the value paired last with the key.
    const pairs = !r.elems.length ? this.literalPairs(single) : undefined;
    if (pairs) {
      let hit: SyntaxNode | undefined;
      for (const p of pairs) if (this.constKey(p[0]) === key) hit = p[1];
      return hit ? this.eval(hit, cls, env, depth + 1) : Level.CONST;
    }
    // `list(zip(['a', 'b'], [v, '/home']))[1][1]`: that row's item of that sequence (a row: all of them).
    const cols = single?.type === "call" && !r.elems.length ? this.zippedColumns(single) : undefined;
    const at = cols ? /^(-?\d+)(?:\0(-?\d+))?$/.exec(key) : null;
    if (cols && at) {
      const rows = Math.min(...cols.map((c) => c.length));
      const i = Number(at[1]) < 0 ? Number(at[1]) + rows : Number(at[1]);
      const j = at[2] === undefined ? undefined : Number(at[2]);
      const picked =
        i < 0 || i >= rows
          ? []
          : j === undefined
            ? cols.map((c) => c[i])
            : [cols[j < 0 ? j + cols.length : j]?.[i]];
      let lv = Level.CONST;
      for (const v of picked) lv = Math.max(lv, v ? this.eval(v, cls, env, depth + 1) : Level.CONST) as Level;
      return lv;
    }
    // `snap = copy.deepcopy(prefs)` (or copy.copy, dict(prefs)): the original's entry at the key, then the
    // copy's own writes.
    const copySrc =
      single?.type === "call" && /^(copy\.copy|copy\.deepcopy|dict)$/.test(this.callee(single))
        ? namedChildren(field(single, "arguments") ?? single)
        : undefined;
    const copied = copySrc?.length === 1 && copySrc[0]!.type === "identifier" ? copySrc[0] : undefined;
    if (single?.type === "list_comprehension" && /^-?\d+$/.test(key)) {
      const picked = this.comprehensionElement(single, Number(key), cls, env, depth);
      if (picked !== undefined) return picked;
    }
    const merged = !key.includes("\0") ? this.unionEntry(single, key, cls, env, depth) : undefined;
    let dflt: Level | undefined;
    if (single?.type === "dictionary") {
      let matched = false;
      // A nested read `d['names'][0]` (key 'names\0 0'): the entry at the outer key, then the literal's item.
      const cut = key.indexOf("\0");
      const head = cut < 0 ? key : key.slice(0, cut);
      for (const c of namedChildren(single)) {
        // `{**data, 'lang': 'en'}`: a splat may bring the key (joined), a later entry replaces it; a splat of a
        // known literal (`{**body, **DEFAULTS}`) replaces it when it holds the key and leaves it when not.
        if (c.type === "dictionary_splat") {
          const part = namedChildren(c)[0];
          const known = part ? this.mergeLiteral(part) : undefined;
          const entry = known ? this.literalEntry(known, head) : undefined;
          if (known && entry)
            m = this.eval(
              cut < 0 ? entry : this.literalEntry(entry, key.slice(cut + 1)),
              cls,
              env,
              depth + 1,
            );
          else if (!known) m = Math.max(m, this.eval(part, cls, env, depth + 1)) as Level;
          continue;
        }
        if (c.type !== "pair") return whole(); // a comprehension: unknown keys
        const k = this.constKey(field(c, "key"));
        if (k === undefined) return whole();
        if (k === head) {
          const v = field(c, "value");
          m = this.eval(cut < 0 || !v ? v : this.literalEntry(v, key.slice(cut + 1)), cls, env, depth + 1);
          matched = true;
        }
      }
      void matched;
    } else if (items) {
      // `rows[1]['v']`: a position, then a key inside the literal found there.
      const nested = /^(-?\d+)\0(.+)$/.exec(key);
      if (!/^-?\d+$/.test(key) && !nested) return whole();
      const seq = this.listModel(items, r.elems, container);
      if (!seq) return whole();
      for (const v of seqAt(seq, Number(nested ? nested[1] : key)) ?? []) {
        const inner = nested && v ? this.literalEntry(v, nested[2]!) : v;
        m = Math.max(m, this.eval(inner, cls, env, depth + 1)) as Level;
      }
      return m; // the model placed every write and move
    } else if (copied) m = this.elementLevel(copied, key, cls, env, depth + 1);
    else if (merged !== undefined) m = merged;
    else if (
      !key.includes("\0") &&
      (dflt = this.defaultdictEntry(single, key, cls, env, depth)) !== undefined
    )
      m = dflt;
    else if (
      /^\d+$/.test(key) &&
      this.openListMatters(container) &&
      (this.openList(container, container)?.head.length ?? 0) > Number(key)
    )
      // `targets.insert(0, '/home')` then `targets[0]`: a known front position of an open list.
      return this.maxOf(this.openList(container, container)!.head[Number(key)]!, cls, env, depth);
    else if (r.binds.length) m = this.evalDefs(r.binds, r.scope, cls, env, depth, this.text(container));
    else if (!r.outer) m = Level.CONST;
    else m = Level.UNKNOWN;
    for (const e of r.elems) {
      if (e.key === APPEND && literal) continue; // placed by position above
      if (e.key === SHUFFLE) continue;
      // Writes at other keys miss, except nested ones under this key (`d[key][k] = v` lands in `d[key]`) and,
      // for a nested read `d[a][b]`, a write of the whole `d[a]`.
      // So does an item appended under it (`d[a].append(v)`, see nestedGrow), at any position of `d[a][i]`.
      const outer = key.includes("\0") ? key.split("\0")[0] : undefined;
      const nested =
        e.key?.startsWith(key + "\0") ||
        (outer !== undefined && (e.key === outer || e.key === `${outer}\0${APPEND}`));
      if (e.key !== undefined && e.key !== key && e.key !== APPEND && !nested) continue;
      m = Math.max(m, this.elemValue(e, cls, env, depth + 1)) as Level;
    }
    return m;
  }

  /**
   * A local function's result at a constant key when each of its live returns is a dict literal with constant
   * keys (or a list/tuple literal and the key a position): those entries, read with this call's arguments
   * bound (a missing key raises: nothing). Undefined for any other shape.
   */
  private returnedEntry(
    call: SyntaxNode,
    key: string,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const f = field(call, "function");
    const fn = f?.type === "identifier" ? this.functions.get(this.text(f)) : undefined;
    const body = fn ? field(fn, "body") : undefined;
    if (!fn || !body || this.yields(fn)) return undefined;
    const rets = this.liveReturns(body).returns;
    if (!rets.length) return undefined;
    const entries: SyntaxNode[] = [];
    for (const r of rets) {
      const v = namedChildren(r)[0];
      if (v?.type === "dictionary") {
        for (const c of namedChildren(v)) {
          if (c.type !== "pair") return undefined;
          const k = this.constKey(field(c, "key"));
          if (k === undefined) return undefined;
          if (k === key) entries.push(field(c, "value")!);
        }
      } else if (v && /^(tuple|list|expression_list)$/.test(v.type) && /^-?\d+$/.test(key)) {
        const items = namedChildren(v);
        if (items.some((c) => c.type === "list_splat")) return undefined;
        const i = Number(key);
        const item = items[i < 0 ? i + items.length : i];
        if (item) entries.push(item);
      } else return undefined;
    }
    const bound = this.bindArgs(fn, call, cls, env, depth);
    let m = Level.CONST;
    for (const e of entries) m = Math.max(m, this.eval(e, cls, bound, depth + 2)) as Level;
    return m;
  }

  private literalHasKey(lit: SyntaxNode | undefined, key: string): boolean {
    if (lit?.type !== "dictionary") return false;
    return namedChildren(lit).some((c) => c.type === "pair" && this.constKey(field(c, "key")) === key);
  }

  /** `dict([('c', 'ls'), ('d', v)])` / `OrderedDict(...)`: the literal (key, value) rows, keys constant. */
  private literalPairs(node: SyntaxNode | undefined): SyntaxNode[][] | undefined {
    if (node?.type !== "call" || !/^(dict|collections\.OrderedDict|OrderedDict)$/.test(this.callee(node)))
      return undefined;
    const only = namedChildren(field(node, "arguments") ?? node);
    const rows = only.length === 1 ? this.seqItems(only[0]) : undefined;
    const pairs = rows?.map((t) => (/^(tuple|list)$/.test(t.type) ? namedChildren(t) : []));
    return pairs?.length && pairs.every((p) => p.length === 2 && this.constKey(p[0]) !== undefined)
      ? pairs
      : undefined;
  }

  /** `list(zip(a, b))` / `tuple(zip(...))` over literal sequences: each sequence's items; else undefined. */
  private zippedColumns(node: SyntaxNode): SyntaxNode[][] | undefined {
    if (!/^(list|tuple)$/.test(this.callee(node))) return undefined;
    const inner = namedChildren(field(node, "arguments") ?? node);
    const z = inner.length === 1 ? inner[0] : undefined;
    if (z?.type !== "call" || this.callee(z) !== "zip") return undefined;
    const cols = this.args(z).map((a) => (a.type === "list_splat" ? undefined : this.seqItems(a)));
    if (!cols.length || cols.some((c) => !c || c.some((x) => /splat/.test(x.type)))) return undefined;
    return cols as SyntaxNode[][];
  }

  /** The items of a list or tuple literal, or of a fresh `deque()` / `list()` (of a literal); else undefined. */
  private seqItems(node: SyntaxNode | undefined): SyntaxNode[] | undefined {
    if (!node) return undefined;
    if (node.type === "list" || node.type === "tuple") return namedChildren(node);
    if (node.type !== "call") return undefined;
    const q = this.callee(node);
    const list = field(node, "arguments");
    const args = list ? namedChildren(list) : [];
    // `itertools.chain(('a', 'b'), [x])`: the literals' items one after the other.
    if (q === "itertools.chain") {
      const parts = args.map((a) => (a.type === "list_splat" ? undefined : this.seqItems(a)));
      return parts.every((p) => p !== undefined) ? parts.flat() : undefined;
    }
    // A fresh queue holds nothing yet (its maxsize argument is no item).
    if (QUEUE_CLASS.test(q) && !this.classes.has(q)) return [];
    // `itertools.islice(['a', v], 1, 2)`: the literal's items from start to stop (constant bounds, None
    // for an open end; negative ones raise).
    if (q === "itertools.islice" && args.length >= 2 && args.length <= 4) {
      const b = args.slice(1).map((x) => this.constValue(x));
      const stopAt = b.length === 1 ? b[0] : b[1];
      const items = this.seqItems(args[0]) ?? this.chainPrefix(args[0], stopAt);
      if (!items || b.some((x) => !(x === null || (typeof x === "number" && Number.isInteger(x) && x >= 0))))
        return undefined;
      const [start, stop, step] = (b.length === 1 ? [null, b[0], null] : [b[0], b[1], b[2] ?? null]) as (
        number | null
      )[];
      if (step === 0) return undefined;
      return items.slice(start ?? 0, stop ?? items.length).filter((_, i) => i % (step ?? 1) === 0);
    }
    // `sorted(['b', 'a'])` (reverse= a constant, no key): the items in the order constants decide (sortedOrder).
    if (q === "sorted" && args.length >= 1 && args[0]!.type !== "keyword_argument") {
      const rev = this.kwarg(node, "reverse");
      const down = rev ? this.constValue(rev) : false;
      const items = this.seqItems(args[0]);
      if (!items || args.length !== (rev ? 2 : 1) || typeof down !== "boolean") return undefined;
      const order = this.sortedOrder(items.map((c) => [c]));
      const sorted = order?.map((i) => items[i]!);
      return down ? sorted?.reverse() : sorted;
    }
    // `deque([a], maxlen=4)`: the literal's last items that fit; the list model drops what overflows later.
    const bounded = /^(collections\.)?deque$/.test(q) ? this.kwarg(node, "maxlen") : undefined;
    if (bounded) {
      const n = this.constValue(bounded);
      const pos = args.filter((a) => a.type !== "keyword_argument");
      if (n === null) return this.seqItems(pos[0]) ?? (pos.length ? undefined : []);
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || pos.length > 1) return undefined;
      const from = pos.length ? this.seqItems(pos[0]) : [];
      if (!from || from.some((c) => c.type === "list_splat")) return undefined;
      const kept = n ? from.slice(-n) : [];
      this.dequeBounds.set(kept, n);
      return kept;
    }
    // `fields.items()` / `.values()` / `.keys()` of a dict built here from literal entries: them, in order.
    const fnode = field(node, "function");
    const view = fnode?.type === "attribute" ? this.text(field(fnode, "attribute") ?? fnode) : "";
    if (/^(items|values|keys)$/.test(view) && !args.length) {
      const entries = this.literalDictEntries(field(fnode!, "object"));
      const out = entries?.map(([k, v, pair]) => (view === "keys" ? k : view === "values" ? v : pair));
      return out?.every((x) => x !== undefined) ? (out as SyntaxNode[]) : undefined;
    }
    // `list(reversed([a, b]))`: the literal's items in reverse order.
    if (q !== "reversed" && !/^(collections\.deque|deque|list|tuple)$/.test(q)) return undefined;
    if (args.length === 0) return q === "reversed" ? undefined : [];
    const items = args.length === 1 ? this.seqItems(args[0]) : undefined;
    if (!items || items.some((c) => c.type === "list_splat")) return undefined;
    return q === "reversed" ? [...items].reverse() : items;
  }

  /**
   * The entries, in order, of a dict literal or `dict(...)` / `OrderedDict(...)` of a list or tuple literal of
   * pairs (a name bound once to one, never written through), with constant, distinct keys: [key, value, the
   * (key, value) tuple written, if any]. Undefined when the entries are not all known.
   */
  private literalDictEntries(
    node: SyntaxNode | undefined,
  ): [SyntaxNode, SyntaxNode, SyntaxNode | undefined][] | undefined {
    let lit = node;
    if (lit?.type === "identifier") {
      const r = this.reachingAt(lit);
      if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return undefined;
      if ((r.scope.defs.get(this.text(lit)) ?? []).length !== 1) return undefined;
      lit = r.binds[0]!.value;
    }
    const out: [SyntaxNode, SyntaxNode, SyntaxNode | undefined][] = [];
    if (lit?.type === "dictionary") {
      for (const c of namedChildren(lit)) {
        if (c.type === "comment") continue;
        const [k, v] = [field(c, "key"), field(c, "value")];
        if (c.type !== "pair" || !k || !v) return undefined;
        out.push([k, v, undefined]);
      }
    } else if (lit?.type === "call" && /^(dict|(collections\.)?OrderedDict)$/.test(this.callee(lit))) {
      const a = this.args(lit);
      const items = a.length === 1 && a[0]!.type !== "keyword_argument" ? this.literalSeq(a[0]) : undefined;
      for (const t of items ?? []) {
        const kv = t.type === "tuple" || t.type === "list" ? namedChildren(t) : [];
        if (kv.length !== 2) return undefined;
        out.push([kv[0]!, kv[1]!, t]);
      }
      if (!items) return undefined;
    } else return undefined;
    const keys = out.map(([k]) => this.constValue(k));
    if (keys.some((k) => k === undefined) || new Set(keys).size !== keys.length) return undefined;
    return out;
  }

  /**
   * `chain(['guest'], request.args.getlist('n'))` sliced up to `stop`: the leading literal parts' items when they
   * alone reach `stop` (what comes after them is never read). Undefined otherwise.
   */
  private chainPrefix(node: SyntaxNode | undefined, stop: unknown): SyntaxNode[] | undefined {
    if (typeof stop !== "number" || !node) return undefined;
    const made = node.type === "identifier" ? this.reachingValues(node) : [node];
    const chain = made?.length === 1 && made[0]!.type === "call" ? made[0]! : undefined;
    if (!chain || this.callee(chain) !== "itertools.chain") return undefined;
    const out: SyntaxNode[] = [];
    for (const a of this.args(chain)) {
      if (out.length >= stop) break;
      const part = a.type === "list_splat" ? undefined : this.seqItems(a);
      if (!part) return undefined;
      out.push(...part);
    }
    return out.length >= stop ? out : undefined;
  }

  /** The value at a constant key of a dict literal (a string key) or list/tuple literal (a position). */
  /**
   * For a nested key "head\0rest": the entry at rest of the dict literal the last unconditional write at head
   * stored (null: the literal lacks it), when no later write may have replaced or changed it. Undefined otherwise.
   */
  private nestedLiteralEntry(
    elems: Def[],
    key: string,
    container: SyntaxNode,
  ): SyntaxNode | null | undefined {
    const [head, ...rest] = key.split("\0");
    const heads = elems.filter((e) => e.key === head && !e.via);
    const last = heads[heads.length - 1];
    if (!last || last.weak || last.value?.type !== "dictionary" || this.conditional(last.stmt, container))
      return undefined;
    if (
      elems.some(
        (e) =>
          e.order > last.order &&
          (e.key === undefined || e.key === APPEND || isMove(e.key) || e.key.startsWith(head + "\0")),
      )
    )
      return undefined;
    let at: SyntaxNode | undefined = last.value;
    for (const k of rest) {
      if (at?.type !== "dictionary") return undefined;
      const found = this.literalEntry(at, k);
      if (found === at) return undefined;
      // (A config parser folds option names to lower case: another spelling of the key may be the one.)
      if (!found)
        return namedChildren(at).some(
          (c) => this.constKey(field(c, "key"))?.toLowerCase() === k.toLowerCase(),
        )
          ? undefined
          : null;
      at = found;
    }
    return at ?? null;
  }

  private literalEntry(lit: SyntaxNode, key: string): SyntaxNode | undefined {
    if (lit.type === "dictionary") {
      let found: SyntaxNode | undefined;
      for (const c of namedChildren(lit)) {
        if (c.type !== "pair") return lit;
        const k = this.constKey(field(c, "key"));
        if (k === undefined) return lit;
        if (k === key) found = field(c, "value");
      }
      return found;
    }
    if ((lit.type === "list" || lit.type === "tuple") && /^-?\d+$/.test(key)) {
      const items = namedChildren(lit);
      if (items.some((c) => c.type === "list_splat")) return lit;
      const i = Number(key);
      return items[i < 0 ? i + items.length : i];
    }
    return lit;
  }

  /**
   * Element `i` of `[f(x) for x in (a, b)]` or `[x for j, x in enumerate((a, b)) if j == 1]` (one for clause
   * over a literal, filters that are constant for each item): `f` applied to the i-th surviving item only.
   * Undefined for any other shape.
   */
  private comprehensionElement(
    comp: SyntaxNode,
    i: number,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const parts = namedChildren(comp);
    const clause = parts[1];
    if (parts.length < 2 || clause?.type !== "for_in_clause") return undefined;
    const filters = parts.slice(2);
    if (filters.some((f) => f.type !== "if_clause")) return undefined;
    const left = field(clause, "left");
    let right = field(clause, "right");
    // `for j, x in enumerate(items)`: j the position, x the item.
    let index: SyntaxNode | undefined;
    let target = left;
    if (left && left.type !== "identifier" && right?.type === "call" && this.callee(right) === "enumerate") {
      const names = namedChildren(left);
      if (names.length !== 2 || names.some((n) => n.type !== "identifier") || this.args(right).length !== 1)
        return undefined;
      [index, target] = names;
      right = this.args(right)[0];
    }
    const items = right ? this.seqItems(this.resolve(right)) : undefined;
    if (target?.type !== "identifier" || !items || items.some((c) => /splat/.test(c.type))) return undefined;
    let kept = items.map((item, at) => ({ item, at }));
    if (filters.length) {
      const { memo, branches, reachCache } = this;
      this.memo = new Map();
      this.branches = new Map();
      this.reachCache = new Map();
      try {
        const next: typeof kept = [];
        for (const k of kept) {
          const v = this.constValue(k.item);
          const more = new Map<string, string | number | boolean | null>();
          if (index) more.set(this.text(index), k.at);
          if (v !== undefined) more.set(this.text(target), v);
          this.iterBinding = { loop: clause, name: "", value: null, more };
          const pass = filters.map((f) => this.constValue(namedChildren(f)[0]));
          if (pass.some((x) => x === undefined)) return undefined;
          if (pass.every((x) => truthy(x!))) next.push(k);
        }
        kept = next;
      } finally {
        this.iterBinding = undefined;
        this.memo = memo;
        this.branches = branches;
        this.reachCache = reachCache;
      }
    }
    const picked = kept[i < 0 ? i + kept.length : i];
    if (!picked) return Level.CONST;
    const bound = new Map(env ?? []);
    bound.set(this.text(target), this.eval(picked.item, cls, env, depth + 1));
    if (index) bound.set(this.text(index), Level.CONST);
    return this.eval(parts[0], cls, bound, depth + 2);
  }

  /**
   * `[start, stop, step]` of a slice node when every given bound is a constant integer (or None); the colons
   * are not in the copied tree, so which bound a child is comes from the colons in the text before it.
   */
  private sliceBounds(slice: SyntaxNode): [number?, number?, number?] | undefined {
    const bounds: [number?, number?, number?] = [];
    let part = 0;
    let pos = slice.start;
    for (const c of namedChildren(slice)) {
      for (let i = pos; i < c.start; i++) if (this.tree.source[i] === ":") part++;
      pos = c.end;
      if (part > 2) return undefined;
      const v = this.constValue(c);
      if (v === null) continue;
      if (typeof v !== "number" || !Number.isInteger(v)) return undefined;
      bounds[part] = v;
    }
    return bounds;
  }

  /**
   * The element expressions `l[a:b:c]` selects when `l` is a name bound once to a list or tuple literal whose
   * positions are known (only appends and constant-index writes follow it); undefined otherwise.
   */
  private sliceView(node: SyntaxNode): SyntaxNode[] | undefined {
    const container = field(node, "value");
    const slice = field(node, "subscript");
    if (container?.type !== "identifier" || slice?.type !== "slice") return undefined;
    const bounds = this.sliceBounds(slice);
    const r = this.reachingAt(container);
    if (!bounds || !r || r.binds.length !== 1 || r.binds[0]!.kind !== "assign") return undefined;
    const items = this.seqItems(r.binds[0]!.value);
    if (!items) {
      // `(['news', 'sport'] + tags)[:2]`: a slice within an open list's known front positions.
      const [start = 0, stop, step = 1] = bounds;
      const open = this.openListMatters(container) ? this.openList(container, node) : undefined;
      if (!open || start < 0 || stop === undefined || stop < 0 || stop > open.head.length || step < 1)
        return undefined;
      return sliceIndices(open.head.length, start, stop, step)?.flatMap((i) => open.head[i]!);
    }
    const seq = this.listModel(items, r.elems, node);
    if (!seq || seq.fuzzy !== undefined) return undefined;
    const picked = sliceIndices(seq.length, ...bounds);
    if (!picked) return undefined;
    return picked.flatMap((i) => seq[i]!).filter((v): v is SyntaxNode => v !== undefined);
  }

  /**
   * The possible values at each position of a list literal after the writes that follow it: appends, index
   * writes (a conditional one adds a possibility), and unconditional moves at constant positions or values
   * (`pop(0)`, `pop()`, `insert(1, v)`, `remove('a')`). Undefined when the positions cannot be known (a
   * conditional move, `sort`, `extend`, a computed index, a `remove` that may hit an unknown element).
   */
  private listModel(items: SyntaxNode[], elems: Def[], use: SyntaxNode): ListModel | undefined {
    if (items.some((c) => c.type === "list_splat" || c.type === "parenthesized_list_splat")) return undefined;
    const seq: ListModel = items.map((c) => [c]);
    // A bounded deque: an append past the bound drops the front item, an appendleft the back one, and an
    // insert into a full one raises; a write that may not happen leaves its length unknown.
    const bound = this.dequeBounds.get(items);
    for (const e of elems) {
      const k = e.key;
      if (k === undefined || k === SHUFFLE) return undefined;
      const cond = this.conditional(e.stmt, use);
      if (bound !== undefined && (k === APPEND || k.startsWith(INSERT))) {
        if (cond) return undefined;
        if (k === APPEND) seq.push([e.value]);
        else if (k === `${INSERT}0` && seq.length >= bound) seq.unshift([e.value]);
        else if (seq.length >= bound) return undefined;
        else {
          const i = Number(k.slice(INSERT.length));
          seq.splice(Math.min(i < 0 ? Math.max(0, i + seq.length) : i, seq.length), 0, [e.value]);
        }
        if (seq.length > bound) {
          if (k === APPEND) seq.shift();
          else seq.pop();
        }
        continue;
      }
      if (k === APPEND) {
        // An append that may not happen (or happen many times, in a loop): the positions from there on, and
        // the length, are no longer known (see seqAt).
        if (cond && seq.fuzzy === undefined) seq.fuzzy = seq.length;
        seq.push([e.value]);
        continue;
      }
      // After that, a write or move at a position cannot be placed.
      if (seq.fuzzy !== undefined) return undefined;
      if (/^-?\d+$/.test(k)) {
        let i = Number(k);
        if (i < 0) i += seq.length;
        if (i >= 0 && i < seq.length) seq[i] = cond ? [...seq[i]!, e.value] : [e.value];
        continue;
      }
      if (!isMove(k) || cond) return undefined;
      if (k === REVERSE) {
        seq.reverse();
        continue;
      }
      if (k.startsWith(ROTATE)) {
        const n = seq.length ? ((Number(k.slice(ROTATE.length)) % seq.length) + seq.length) % seq.length : 0;
        seq.unshift(...seq.splice(seq.length - n, n));
        continue;
      }
      if (k.startsWith(SORT)) {
        const order = this.sortedOrder(seq);
        if (!order) return undefined;
        const sorted = order.map((i) => seq[i]!);
        if (k.endsWith("desc")) sorted.reverse();
        seq.splice(0, seq.length, ...sorted);
        continue;
      }
      if (k.startsWith(POP)) {
        const a = k.slice(POP.length);
        if (!/^-?\d+$/.test(a)) return undefined;
        let i = Number(a);
        if (i < 0) i += seq.length;
        if (i < 0 || i >= seq.length) return undefined;
        seq.splice(i, 1);
      } else if (k.startsWith(INSERT)) {
        let i = Number(k.slice(INSERT.length));
        if (i < 0) i = Math.max(0, i + seq.length);
        seq.splice(Math.min(i, seq.length), 0, [e.value]);
      } else {
        if (!this.removeFirst(seq, JSON.parse(k.slice(REMOVE.length)))) return undefined;
      }
    }
    return seq;
  }

  /**
   * The positions of a list model in sorted order, when each position holds one item and the order follows from
   * constants: every item a constant of one type (str or number), or a tuple whose first item is one, with no two
   * tuples alike there (a tie would compare the items after it, which may be request data).
   */
  private sortedOrder(seq: ListModel): number[] | undefined {
    const keys: (string | number)[] = [];
    let tuples = 0;
    for (const opts of seq) {
      const item = opts.length === 1 ? unparen(opts[0]) : undefined;
      if (!item) return undefined;
      const whole = this.constValue(item);
      const first = item.type === "tuple" ? namedChildren(item)[0] : undefined;
      const k = whole ?? (first && first.type !== "list_splat" ? this.constValue(first) : undefined);
      if (typeof k !== "string" && typeof k !== "number") return undefined;
      if (whole === undefined) tuples++;
      keys.push(k);
    }
    if (new Set(keys.map((k) => typeof k)).size > 1) return undefined;
    if (tuples && (tuples !== keys.length || new Set(keys).size !== keys.length)) return undefined;
    return keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  }

  /**
   * A list whose leading items are known but whose length is not: `['news', 'sport'] + values`, or a list from a
   * call (`request.args.getlist('next')`) with items inserted in front of it. `head` holds the possible values at
   * each known position after the writes (before `before`, when given) that follow the binding, `tail` every
   * value that may sit after them. Undefined where the positions cannot be followed (a conditional move, a
   * negative index, a sort) or for a literal (listModel's case).
   */
  private openList(
    container: SyntaxNode,
    use: SyntaxNode,
    before?: number,
  ): { head: SyntaxNode[][]; tail: SyntaxNode[] } | undefined {
    if (container.type !== "identifier") return undefined;
    const r = this.reachingAt(container);
    const v = r && r.binds.length === 1 && r.binds[0]!.kind === "assign" ? r.binds[0]!.value : undefined;
    if (!r || !v || v.type === "dictionary" || this.seqItems(v)) return undefined;
    let items: SyntaxNode[] = [];
    const tail: SyntaxNode[] = [v];
    if (v.type === "binary_operator" && v.children.find((c) => !c.named)?.type === "+") {
      const [l, rest] = namedChildren(v);
      const known = this.seqItems(l);
      if (known && rest) {
        items = known;
        tail[0] = rest;
      }
    }
    const chained = this.chainHead(v);
    if (chained) {
      items = chained.items;
      tail.splice(0, 1, ...chained.rest);
    }
    if (items.some((c) => c.type === "list_splat" || c.type === "parenthesized_list_splat")) return undefined;
    const head = items.map((c) => [c]);
    for (const e of r.elems) {
      if (before !== undefined && e.order >= before) continue;
      const k = e.key;
      if (k === undefined || k === SHUFFLE || e.via) return undefined;
      if (k === APPEND) {
        if (e.value) tail.push(e.value);
        continue;
      }
      const cond = this.conditional(e.stmt, use);
      if (/^\d+$/.test(k)) {
        const i = Number(k);
        if (i >= head.length) {
          if (e.value) tail.push(e.value);
        } else if (e.value) head[i] = cond ? [...head[i]!, e.value] : [e.value];
        continue;
      }
      if (!isMove(k) || cond || k === REVERSE || k.startsWith(ROTATE) || k.startsWith(SORT)) return undefined;
      if (k.startsWith(POP)) {
        const a = k.slice(POP.length);
        // pop() takes the last item: from the tail, or the last known one when the tail is empty (which
        // leaves that position empty, not holding another value); the known positions do not move.
        if (a === "-1") continue;
        if (!/^\d+$/.test(a) || Number(a) >= head.length) return undefined;
        head.splice(Number(a), 1);
      } else if (k.startsWith(INSERT)) {
        const i = Number(k.slice(INSERT.length));
        if (i < 0 || !e.value) return undefined;
        if (i <= head.length) head.splice(i, 0, [e.value]);
        else tail.push(e.value);
      } else {
        if (!this.removeFirst(head, JSON.parse(k.slice(REMOVE.length)))) return undefined;
      }
    }
    return { head, tail };
  }
  /**
   * `remove(v)` on positions of known options: drops the first element equal to v, when every element before it
   * is a known other value (false: not decidable).
   */
  private removeFirst(seq: (SyntaxNode | undefined)[][], v: unknown): boolean {
    const at = seq.findIndex((opts) => opts.length === 1 && this.constValue(opts[0]) === v);
    if (at < 0) return false;
    const unsure = seq.slice(0, at).some((opts) =>
      opts.some((o) => {
        const c = this.constValue(o);
        return c === undefined || c === v;
      }),
    );
    if (unsure) return false;
    seq.splice(at, 1);
    return true;
  }

  /**
   * Which end `name.get()` takes from when every plain assignment of the name in its function makes a fresh
   * queue (`q = queue.Queue()`: the oldest item; `queue.LifoQueue()`: the newest); undefined otherwise.
   */
  private queueKind(obj: SyntaxNode): "fifo" | "lifo" | undefined {
    const fn = this.enclosingFunction(obj);
    let kind: "fifo" | "lifo" | undefined;
    for (const id of this.identifiers(this.text(obj))) {
      if (this.enclosingFunction(id) !== fn) continue;
      const a = id.parent;
      if (a?.type !== "assignment" || field(a, "left") !== id) continue;
      const v = field(a, "right");
      const q = v?.type === "call" ? this.qname(field(v, "function")) : "";
      if (!QUEUE_CLASS.test(q) || this.classes.has(q)) return undefined;
      const k = /LifoQueue$/.test(q) ? "lifo" : "fifo";
      if (kind && kind !== k) return undefined;
      kind = k;
    }
    return kind;
  }

  /**
   * Every plain assignment of the name in its function makes a fresh io.StringIO / io.BytesIO, and the name is
   * used only to write, print into, read back or move in the stream: handed to anything else (csv.writer(buf),
   * json.dump(x, buf), a helper) it may be filled with what this file does not see.
   */
  private memoryStream(obj: SyntaxNode): boolean {
    const fn = this.enclosingFunction(obj);
    let made = false;
    for (const id of this.identifiers(this.text(obj))) {
      if (this.enclosingFunction(id) !== fn) continue;
      const a = id.parent;
      // `with io.StringIO() as buf:` binds the stream as an assignment does.
      const opened =
        a?.type === "as_pattern_target" &&
        a.parent?.type === "as_pattern" &&
        a.parent.parent?.type === "with_item"
          ? a.parent.children[0]
          : undefined;
      if ((a?.type === "assignment" && field(a, "left") === id) || opened) {
        const v = opened ?? field(a!, "right");
        const q = v?.type === "call" ? this.qname(field(v, "function")) : "";
        if (!MEMORY_STREAM.test(q) || this.classes.has(q)) return false;
        made = true;
        continue;
      }
      const used =
        (a?.type === "attribute" &&
          field(a, "object") === id &&
          /^(write|writelines|getvalue|read|readline|readlines|seek|tell|truncate|close)$/.test(
            this.text(field(a, "attribute") ?? a),
          )) ||
        (a?.type === "keyword_argument" &&
          this.text(field(a, "name") ?? a) === "file" &&
          a.parent?.parent?.type === "call" &&
          this.text(field(a.parent.parent, "function") ?? a) === "print");
      if (!used) return false;
    }
    return made;
  }

  /** Whether an open list's known positions differ from a plain read of the name (a move, a literal head). */
  private openListMatters(container: SyntaxNode): boolean {
    const r = this.reachingAt(container);
    const v = r && r.binds.length === 1 ? r.binds[0]!.value : undefined;
    return (
      !!r &&
      (r.elems.some((e) => isMove(e.key)) ||
        (v?.type === "binary_operator" && !!this.seqItems(namedChildren(v)[0])) ||
        !!this.chainHead(v))
    );
  }

  /**
   * `list(itertools.chain(['home'], crumbs))` (or the chain itself, or tuple(...)): the leading literals' items
   * and the iterables after them, when at least one leading literal and one open part are there.
   */
  private chainHead(v: SyntaxNode | undefined): { items: SyntaxNode[]; rest: SyntaxNode[] } | undefined {
    const inner =
      v?.type === "call" && /^(list|tuple)$/.test(this.callee(v)) && this.args(v).length === 1
        ? this.args(v)[0]
        : v;
    if (inner?.type !== "call" || this.callee(inner) !== "itertools.chain") return undefined;
    const parts = this.args(inner);
    if (parts.some((p) => /splat|keyword/.test(p.type))) return undefined;
    const items: SyntaxNode[] = [];
    let i = 0;
    for (; i < parts.length; i++) {
      const known = this.seqItems(parts[i]);
      if (!known) break;
      items.push(...known);
    }
    return i > 0 && i < parts.length ? { items, rest: parts.slice(i) } : undefined;
  }

  /**
   * `for k, v in (('name', x), ('status', 'on')): d[k] = v` (or `for k in ('a', 'b'): d[k] = v`): a dict filled
   * in a loop over a literal sequence whose keys are constants, one keyed write per item (the value the item's
   * own position, or the same value each time). Only for a write made on every pass: a statement of the loop
   * body itself, in a loop without break / continue whose names the body never rebinds. Undefined otherwise.
   */
  loopKeyedWrites(
    stmt: SyntaxNode,
    sub: SyntaxNode | undefined,
    value: SyntaxNode | undefined,
  ): { key: string; value: SyntaxNode }[] | undefined {
    if (sub?.type !== "identifier" || !value) return undefined;
    const body = stmt.parent?.type === "expression_statement" ? stmt.parent.parent : undefined;
    const loop = body?.type === "block" ? body.parent : undefined;
    if (loop?.type !== "for_statement" || field(loop, "body") !== body || field(loop, "alternative"))
      return undefined;
    const left = field(loop, "left");
    const seq = field(loop, "right");
    if (!left || !seq) return undefined;
    const names =
      left.type === "identifier"
        ? [left]
        : /^(pattern_list|tuple_pattern|tuple)$/.test(left.type)
          ? namedChildren(left)
          : [];
    if (!names.length || names.some((t) => t.type !== "identifier")) return undefined;
    const rows = this.literalRows(seq, names.length);
    if (!rows) return undefined;
    const texts = names.map((t) => this.text(t));
    const ki = texts.indexOf(this.text(sub));
    if (ki < 0) return undefined;
    // The value is one of the loop's names, or an expression that reads none of them.
    const vi = value.type === "identifier" ? texts.indexOf(this.text(value)) : -1;
    if (vi < 0 && descendants(value).some((d) => d.type === "identifier" && texts.includes(this.text(d))))
      return undefined;
    if (
      descendants(body!).some(
        (d) =>
          d.type === "break_statement" ||
          d.type === "continue_statement" ||
          ((d.type === "assignment" || d.type === "augmented_assignment") &&
            field(d, "left")?.type === "identifier" &&
            texts.includes(this.text(field(d, "left")!))),
      )
    )
      return undefined;
    const out: { key: string; value: SyntaxNode }[] = [];
    for (const parts of rows) {
      const key = this.constKey(parts[ki]);
      if (key === undefined || out.some((o) => o.key === key)) return undefined;
      out.push({ key, value: vi < 0 ? value : parts[vi]! });
    }
    return out.length ? out : undefined;
  }

  /**
   * `{k: v for k, v in ROWS}` (one for clause, no filter, the pair exactly the loop's names) over literal rows
   * (see literalRows) whose keys are constants: the (key, value) entries it builds, in order.
   */
  private comprehendedPairs(comp: SyntaxNode): [string, SyntaxNode][] | undefined {
    const body = field(comp, "body");
    const clauses = namedChildren(comp).filter((c) => c !== body && c.type !== "comment");
    const loop = clauses[0];
    if (clauses.length !== 1 || loop?.type !== "for_in_clause" || body?.type !== "pair") return undefined;
    const left = field(loop, "left");
    const right = field(loop, "right");
    const names = left && /^(pattern_list|tuple_pattern|tuple)$/.test(left.type) ? namedChildren(left) : [];
    if (!right || names.length < 2 || names.some((t) => t.type !== "identifier")) return undefined;
    const texts = names.map((t) => this.text(t));
    const [k, v] = [field(body, "key"), field(body, "value")];
    const ki = k?.type === "identifier" ? texts.indexOf(this.text(k)) : -1;
    const vi = v?.type === "identifier" ? texts.indexOf(this.text(v)) : -1;
    const rows = ki >= 0 && vi >= 0 ? this.literalRows(right, names.length) : undefined;
    const out: [string, SyntaxNode][] = [];
    for (const row of rows ?? []) {
      const key = this.constKey(row[ki]);
      if (key === undefined) return undefined;
      out.push([key, row[vi]!]);
    }
    return rows ? out : undefined;
  }

  /**
   * The rows a `for` over `seq` unpacks into `width` names, when seq is a literal: a list or tuple (of tuples or
   * lists of that width, or of single items for one name), `{...}.items()` of a dict literal (width 2), or a
   * name bound once in this function to such a literal and read nowhere else (nothing can change it).
   */
  private literalRows(seq: SyntaxNode, width: number): SyntaxNode[][] | undefined {
    const lit = (n: SyntaxNode | undefined): SyntaxNode | undefined => {
      if (n?.type !== "identifier") return n;
      // (Nested functions included: a closure may write into the list.)
      const fn = this.enclosingFunction(n);
      const uses = this.identifiers(this.text(n)).filter(
        (id) => !fn || (id.start >= fn.start && id.end <= fn.end),
      );
      if (uses.length !== 2 || uses[1] !== n || this.enclosingFunction(uses[0]!) !== fn) return undefined;
      const a = uses[0]!.parent;
      return a?.type === "assignment" && field(a, "left") === uses[0] ? field(a, "right") : undefined;
    };
    const items = seq.type === "call" && this.method(seq) === "items" && !this.args(seq).length;
    const made = lit(items ? field(field(seq, "function") ?? seq, "object") : seq);
    if (!made) return undefined;
    if (items) {
      if (made.type !== "dictionary" || width !== 2) return undefined;
      const pairs = namedChildren(made);
      if (pairs.some((c) => c.type !== "pair")) return undefined;
      return pairs.map((c) => [field(c, "key")!, field(c, "value")!]);
    }
    if (!/^(tuple|list)$/.test(made.type)) return undefined;
    const rows: SyntaxNode[][] = [];
    for (const item of namedChildren(made)) {
      const parts = width === 1 ? [item] : /^(tuple|list)$/.test(item.type) ? namedChildren(item) : [];
      if (parts.length !== width || parts.some((p) => /splat/.test(p.type))) return undefined;
      rows.push(parts);
    }
    return rows;
  }

  /** A constant subscript or key: a string, or an integer (list position), as a string. */
  constKey(k: SyntaxNode | undefined, depth = 0): string | undefined {
    if (!k) return undefined;
    const v = this.constValue(k, depth);
    if (typeof v === "string") return v;
    if (typeof v === "number" && Number.isInteger(v)) return String(v);
    return undefined;
  }

  /**
   * `groups['agent'].append(v)` on a dict of lists (a defaultdict(list)): the item grows the list held under that
   * key of the named container - a write nested under the key ("agent\0" + APPEND) that adds to what the key held
   * and never replaces it, and that reads at other constant keys miss. Any key when the subscript is not constant.
   */
  private nestedGrow(
    call: SyntaxNode,
    obj: SyntaxNode,
    method: string,
  ): { name: string; value: SyntaxNode | undefined; key?: string } | undefined {
    const root = field(obj, "value");
    const sub = field(obj, "subscript");
    if (root?.type !== "identifier" || !sub || sub.type === "slice") return undefined;
    if (!/^(append|appendleft|extend|insert|add)$/.test(method)) return undefined;
    const name = this.text(root);
    if (name === "self" || name === "cls" || this.aliases.has(name)) return undefined;
    const args = this.args(call);
    const value = method === "insert" ? args[1] : args[0];
    if (!value) return undefined;
    const k = this.constKey(sub);
    return { name, value, key: k === undefined ? undefined : `${k}\0${APPEND}` };
  }

  /** Container writes through methods: `l.append(v)`, `d.setdefault(k, v)`, `cfg.set(section, option, v)`. */
  private elementWrite(call: SyntaxNode):
    | {
        name: string;
        value: SyntaxNode | undefined;
        key?: string;
        weak?: boolean;
        clear?: boolean;
        more?: { value: SyntaxNode | undefined; key?: string }[];
      }
    | undefined {
    const fn = field(call, "function");
    // `print(a, b, file=buf)` into an in-memory stream: the printed values are written into it.
    const sink =
      fn?.type === "identifier" && this.text(fn) === "print" ? this.kwarg(call, "file") : undefined;
    if (sink?.type === "identifier" && this.memoryStream(sink)) {
      const printed = this.args(call);
      if (!printed.length) return undefined;
      return {
        name: this.text(sink),
        value: printed[0],
        key: APPEND,
        more: printed.slice(1).map((value) => ({ value, key: APPEND })),
      };
    }
    if (fn?.type !== "attribute") return undefined;
    const obj = field(fn, "object");
    const attr = field(fn, "attribute");
    if (obj?.type === "subscript" && attr) return this.nestedGrow(call, obj, this.text(attr));
    if (obj?.type !== "identifier" || !attr) return undefined;
    const name = this.text(obj);
    if (name === "self" || name === "cls" || this.aliases.has(name)) return undefined;
    const args = this.args(call);
    switch (this.text(attr)) {
      case "append":
        return args[0] ? { name, value: args[0], key: APPEND } : undefined;
      case "appendleft":
        return args[0] ? { name, value: args[0], key: `${INSERT}0` } : undefined;
      // `buf = io.StringIO()` then `buf.write(v)`: getvalue() / read() hands v back.
      case "write":
      case "writelines":
        return args[0] && this.memoryStream(obj) ? { name, value: args[0], key: APPEND } : undefined;
      case "popleft":
        return { name, value: undefined, key: `${POP}0` };
      // queue.Queue / LifoQueue: put() appends, get() takes the oldest (FIFO) or the newest (LIFO) item.
      case "put":
      case "put_nowait":
        return args[0] && this.queueKind(obj) ? { name, value: args[0], key: APPEND } : undefined;
      case "get":
      case "get_nowait": {
        const kind = this.queueKind(obj);
        return kind ? { name, value: undefined, key: `${POP}${kind === "lifo" ? -1 : 0}` } : undefined;
      }
      case "update": {
        // `d.update({'k': v})` / `d.update(k=v)`: one write per constant key.
        const list = field(call, "arguments");
        const kw = list ? list.children.filter((c) => c.type === "keyword_argument") : [];
        const pairs: { value: SyntaxNode | undefined; key?: string }[] = [];
        if (args.length === 1 && !kw.length && args[0]!.type === "dictionary") {
          for (const c of namedChildren(args[0]!)) {
            const k = c.type === "pair" ? this.constKey(field(c, "key")) : undefined;
            if (k === undefined) return { name, value: args[0], key: undefined };
            pairs.push({ value: field(c, "value"), key: k });
          }
        } else if (!args.length && kw.length)
          for (const c of kw) pairs.push({ value: field(c, "value"), key: this.text(field(c, "name") ?? c) });
        if (!pairs.length) return { name, value: args[0] ?? list, key: undefined };
        return { name, value: pairs[0]!.value, key: pairs[0]!.key, more: pairs.slice(1) };
      }
      case "read_dict": {
        // configparser's `cfg.read_dict({'section': {'option': v}})`: one write per "section\0option", the key
        // its get(section, option) reads; anything not a nested literal writes at every key.
        const d = args[0];
        const pairs: { value: SyntaxNode | undefined; key?: string }[] = [];
        if (d?.type !== "dictionary") return { name, value: d ?? field(call, "arguments"), key: undefined };
        for (const c of namedChildren(d)) {
          const s = c.type === "pair" ? this.constKey(field(c, "key")) : undefined;
          const inner = c.type === "pair" ? field(c, "value") : undefined;
          if (s === undefined || inner?.type !== "dictionary") return { name, value: d, key: undefined };
          for (const o of namedChildren(inner)) {
            const k = o.type === "pair" ? this.constKey(field(o, "key")) : undefined;
            if (k === undefined) return { name, value: d, key: undefined };
            pairs.push({ value: field(o, "value"), key: `${s}\0${k}` });
          }
        }
        if (!pairs.length) return undefined;
        return { name, value: pairs[0]!.value, key: pairs[0]!.key, more: pairs.slice(1) };
      }
      case "extend":
      case "add": {
        // `l.extend(f for f in flags if f in KNOWN)`: the generator is the argument list itself.
        const list = field(call, "arguments");
        if (list?.type === "generator_expression") return { name, value: list, key: undefined };
        // `l.extend([a, b])`: appended one after the other, at known positions.
        const items = this.text(attr) === "extend" && args.length === 1 ? this.seqItems(args[0]) : undefined;
        if (items?.length && !items.some((c) => /splat/.test(c.type)))
          return {
            name,
            value: items[0],
            key: APPEND,
            more: items.slice(1).map((value) => ({ value, key: APPEND })),
          };
        return { name, value: args[0] ?? list, key: undefined };
      }
      // deque.extendleft([a, b]): each item put at the front in turn, so they end up reversed ([b, a, ...]).
      case "extendleft": {
        const items = args.length === 1 ? this.seqItems(args[0]) : undefined;
        if (items?.length && !items.some((c) => /splat/.test(c.type)))
          return {
            name,
            value: items[0],
            key: `${INSERT}0`,
            more: items.slice(1).map((value) => ({ value, key: `${INSERT}0` })),
          };
        return { name, value: args[0] ?? field(call, "arguments"), key: undefined };
      }
      case "insert": {
        const at = this.constValue(args[0]);
        const known = typeof at === "number" && Number.isInteger(at);
        return { name, value: args[1], key: known ? `${INSERT}${at}` : undefined };
      }
      case "setdefault":
        return args.length >= 2
          ? { name, value: args[1], key: this.constKey(args[0]), weak: true }
          : undefined;
      case "set": {
        if (args.length !== 3) return undefined;
        const s = this.constKey(args[0]);
        const o = this.constKey(args[1]);
        return { name, value: args[2], key: s !== undefined && o !== undefined ? `${s}\0${o}` : undefined };
      }
      case "pop": {
        // `l.pop()` / `l.pop(0)` on a list; on a dict `d.pop('k')` removes one key (a no-op for other keys).
        const at = args.length === 0 ? -1 : this.constValue(args[0]);
        if (typeof at === "number" && Number.isInteger(at))
          return { name, value: undefined, key: `${POP}${at}` };
        if (typeof at === "string") return { name, value: undefined, key: `${POP}${JSON.stringify(at)}` };
        return { name, value: undefined, key: SHUFFLE };
      }
      case "remove": {
        const v = args.length === 1 ? this.constValue(args[0]) : undefined;
        return { name, value: undefined, key: v === undefined ? SHUFFLE : `${REMOVE}${JSON.stringify(v)}` };
      }
      case "reverse":
        return { name, value: undefined, key: REVERSE };
      case "rotate": {
        const n = args.length ? this.constValue(args[0]) : 1;
        const known = typeof n === "number" && Number.isInteger(n) && args.length <= 1;
        return { name, value: undefined, key: known ? `${ROTATE}${n}` : SHUFFLE };
      }
      case "sort": {
        // Only a plain sort (reverse= a constant) has an order listModel may work out from the items.
        const list = field(call, "arguments");
        const kw = list ? list.children.filter((c) => c.type === "keyword_argument") : [];
        const rev = this.kwarg(call, "reverse");
        const down = rev ? this.constValue(rev) : false;
        if (args.length || kw.length > (rev ? 1 : 0) || typeof down !== "boolean")
          return { name, value: undefined, key: SHUFFLE };
        return { name, value: undefined, key: `${SORT}${down ? "desc" : "asc"}` };
      }
      case "clear":
        return args.length ? undefined : { name, value: undefined, key: SHUFFLE, clear: true };
      default:
        return undefined;
    }
  }

  /**
   * The value of an expression when it is knowable without running anything: literals, names bound once to a
   * constant, arithmetic, comparisons, boolean logic. Drives constant conditions (dead and always-taken
   * branches, constant ternaries) and constant container keys.
   */
  /** The object whose fields `vars(q)` / `dataclasses.asdict(q)` dumps (what a json round trip of it carries). */
  private dumpedRecord(dumped: SyntaxNode | undefined): SyntaxNode | undefined {
    return dumped?.type === "call" &&
      /^(vars|dataclasses\.asdict)$/.test(this.callee(dumped)) &&
      this.args(dumped).length === 1
      ? this.args(dumped)[0]
      : undefined;
  }

  constValue(node: SyntaxNode | undefined, depth = 0): string | number | boolean | null | undefined {
    this.charge();
    if (!node || depth > 12) return undefined;
    switch (node.type) {
      case "integer": {
        const t = this.text(node).replace(/_/g, "");
        const v = /^0[xob]/i.test(t) ? Number(t) : /^\d+$/.test(t) ? Number(t) : undefined;
        return v !== undefined && Number.isFinite(v) ? v : undefined;
      }
      case "float": {
        const v = Number(this.text(node).replace(/_/g, ""));
        return Number.isFinite(v) ? v : undefined;
      }
      case "true":
        return true;
      case "false":
        return false;
      case "none":
        return null;
      case "string":
      case "concatenated_string":
        return this.stringValue(node);
      case "parenthesized_expression":
        return this.constValue(namedChildren(node)[0], depth + 1);
      case "call": {
        const fn = field(node, "function");
        if (fn?.type === "attribute") return this.constMethod(node, fn, depth);
        const lam = depth < 8 ? this.calledLambda(node) : undefined;
        if (lam) return this.lambdaConst(lam, node, depth);
        if (fn?.type === "identifier" && depth < 8) {
          // A local helper that returns one constant (`def digest_name(): return 'md5'`).
          const local = this.functions.get(this.text(fn));
          const body = local ? field(local, "body") : undefined;
          // `def secure_flag(debug=False): if debug: return False` called `secure_flag(debug=True)`: the returns
          // the call's constant arguments leave live (its parameters bound while they are read).
          // (constArgs evaluates the arguments afresh, depth 0: nested calls of helpers in arguments are cut off.)
          let consts: Map<string, string | number | boolean | null> | undefined;
          if (body && depth < 6 && this.constCallNesting < 2 && !this.constEnv.has(local!)) {
            this.constCallNesting++;
            try {
              consts = this.constArgs(local!, node);
            } finally {
              this.constCallNesting--;
            }
          }
          const returned = (
            pick: (e: SyntaxNode | undefined) => SyntaxNode | undefined,
          ): string | number | boolean | null | undefined => {
            const run = () => {
              const vals = this.liveReturns(body!).returns.map((r) =>
                this.constValue(pick(namedChildren(r)[0]), depth + 1),
              );
              return vals.length && vals.every((v) => v !== undefined && v === vals[0]) ? vals[0] : undefined;
            };
            return consts ? this.withConsts(local!, consts, run) : run();
          };
          if (body && !this.args(node).length && !consts) return returned((e) => e);
          // `def flag(a, b): return a` called `flag(False, True)`: the argument the returned parameter takes.
          if (body) {
            const v = returned(
              (e) => (e?.type === "identifier" ? this.returnedArg(local!, node, e) : undefined) ?? e,
            );
            if (v !== undefined) return v;
          }
        }
        // `getattr(ns, 'secure')` on a SimpleNamespace of constants: that field.
        if (this.callee(node) === "getattr" && this.args(node).length === 2) {
          const [o, n] = this.args(node);
          const a = this.constValue(n, depth + 1);
          const f = o?.type === "identifier" && typeof a === "string" ? this.namespaceField(o, a) : undefined;
          return f ? this.constValue(f, depth + 1) : undefined;
        }
        // `min(['rc4', 'xchacha'])` / `max('md5', 'sha256')` over constants, without a key: the value picked.
        const picker = this.callee(node);
        if (picker === "min" || picker === "max") return this.minMaxConst(node, picker === "max", depth);
        // len() of a constant string or of a list/tuple literal: `if len('ab') > 5:` decides a branch.
        if (this.callee(node) !== "len") return undefined;
        const a = this.args(node);
        if (a.length !== 1) return undefined;
        const seq = this.literalSeq(a[0]);
        if (seq) return seq.length;
        const v = this.constValue(a[0], depth + 1);
        return typeof v === "string" ? [...v].length : undefined;
      }
      case "conditional_expression": {
        const [a, cond, b] = namedChildren(node);
        const c = this.constValue(cond, depth + 1);
        return c === undefined ? undefined : this.constValue(truthy(c) ? a : b, depth + 1);
      }
      case "identifier": {
        // `try: from Cryptodome.Cipher import DES3` / `except ImportError: DES3 = None`: the import is the binding
        // that usually holds; the fallback None is not the name's value (`if DES3 is None: raise` decides nothing).
        if (this.aliases.has(this.text(node))) return undefined;
        const r = this.reachingAt(node);
        const it = this.iterBinding;
        if (it && r?.binds.length === 1 && r.binds[0]!.stmt === it.loop) {
          if (this.text(node) === it.name && r.binds[0]!.kind === "iter") return it.value;
          // (enumerate's counter is bound "opaque": no value of the iterable stands for it)
          if (it.more?.has(this.text(node))) return it.more.get(this.text(node));
        }
        // `for level in LEVELS: if level == ENV: ... level ...`: under the test the loop's name is that constant.
        if (r?.binds.length === 1 && r.binds[0]!.kind === "iter" && depth < 8) {
          const eq = this.equalityTested(node, r.binds[0]!.stmt);
          if (eq && (r.scope.defs.get(this.text(node)) ?? []).length === 1)
            return this.constValue(eq, depth + 1);
        }
        if (r && r.binds.length === 1 && r.binds[0]!.kind === "param" && !r.elems.length) {
          const bound = this.constEnv.get(r.scope.node)?.get(this.text(node));
          if (bound !== undefined && (r.scope.defs.get(this.text(node)) ?? []).length === 1) return bound;
        }
        if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return undefined;
        const d = r.binds[0]!;
        // Only a name bound once in its scope: a loop or a later rebinding would change it. A while loop's
        // condition on entry: the binding before the loop, when the others are all in the loop's body.
        const all = r.scope.defs.get(this.text(node)) ?? [];
        const entry = this.loopEntry;
        const onEntry =
          entry &&
          node.start >= entry.start &&
          node.end <= entry.end &&
          r.binds[0]!.order < entry.start &&
          all.every((d) => d === r.binds[0] || (d.stmt.start >= entry.start && d.stmt.end <= entry.end));
        // Rebound by plain `name = ...` statements only (a swap `a, b = b, a` reads its own targets).
        const plain = all.every(
          (x) => x.stmt.type === "assignment" && field(x.stmt, "left")?.type === "identifier",
        );
        if (all.length !== 1 && !onEntry && !(plain && this.outsideLoops(node, r.scope.node)))
          return undefined;
        // `secure, http = FLAGS` with FLAGS bound once to a literal never written into: the item at the name's place.
        if (d.part !== undefined) {
          const held = d.value?.type === "identifier" ? this.reachingAt(d.value) : undefined;
          const one =
            held?.binds.length === 1 && !held.elems.length && held.binds[0]!.kind === "assign"
              ? held.binds[0]!.value
              : d.value;
          const items = this.seqItems(one);
          if (!items || items.some((c) => /splat/.test(c.type))) return undefined;
          const item = items[d.part < 0 ? items.length + d.part : d.part];
          return item ? this.constValue(item, depth + 1) : undefined;
        }
        return this.constValue(d.value, depth + 1);
      }
      case "attribute": {
        // `Digest.LEGACY.value`: the member's value in a local Enum class.
        const member = field(node, "object");
        if (this.text(field(node, "attribute") ?? node) === "value" && member?.type === "attribute") {
          const k = field(member, "object");
          if (k?.type === "identifier" && this.isEnumClass(k)) return this.classConstant(member, depth);
        }
        // `POLICY.secure` with `POLICY = SimpleNamespace(secure=False)`: the keyword's constant.
        const nsField =
          member?.type === "identifier"
            ? this.namespaceField(member, this.text(field(node, "attribute") ?? node))
            : undefined;
        if (nsField) return this.constValue(nsField, depth + 1);
        // `policy.algo` with `policy = DEFAULT._replace(algo='md5')` on a namedtuple / dataclass instance.
        const recField =
          member?.type === "identifier" && depth < 8
            ? this.namedTupleField(member, this.text(field(node, "attribute") ?? node))
            : undefined;
        if (recField) return this.constValue(recField, depth + 1);
        return this.classConstant(node, depth);
      }
      case "subscript": {
        // Indexing and slicing a constant string (`'abc'[1:]`, `MODE[:5]`): a constant too.
        const sub = field(node, "subscript");
        const held = this.literalElement(field(node, "value"), sub, depth);
        if (held !== undefined) return held;
        // `cfg['hash']['alg']` on a config parser: the option as configparser's get(section, option) reads it.
        const inner = field(node, "value");
        const root = inner?.type === "subscript" ? field(inner, "value") : undefined;
        if (root?.type === "identifier" && sub && sub.type !== "slice") {
          const [s, o] = [
            this.constKey(field(inner!, "subscript"), depth + 1),
            this.constKey(sub, depth + 1),
          ];
          const v = s !== undefined && o !== undefined ? this.configValue(root, s, o) : undefined;
          if (v !== undefined) return v;
        }
        // `{'fast': 'md5'}[kind]` written in place, or `self._names[kind]` with `_names` a dict/list literal the
        // class binds once and nothing in the file writes through: the entry at that constant key.
        const box = field(node, "value");
        const attr = box?.type === "attribute" ? this.text(field(box, "attribute") ?? box) : undefined;
        const lit =
          box && /^(dictionary|list|tuple)$/.test(box.type)
            ? box
            : attr &&
                this.text(field(box!, "object") ?? box!) === "self" &&
                !sourceMatches(
                  this.tree,
                  `\\.${attr}\\s*(\\[[^\\]]*\\]\\s*=|\\.(update|setdefault|pop|popitem|clear|append|insert|extend|__setitem__)\\()`,
                )
              ? this.heldValue(box!)
              : undefined;
        const key = lit && /^(dictionary|list|tuple)$/.test(lit.type) ? this.constKey(sub) : undefined;
        const entry = key !== undefined ? this.literalEntry(lit!, key) : undefined;
        if (entry && entry !== lit) return this.constValue(entry, depth + 1);
        const setting = this.moduleSetting(node, depth);
        if (setting !== undefined) return setting;
        // `sorted(['sha256', 'md5'], key=len)[0]`: the constants in the order sorted() puts them.
        const ordered = this.sortedConstants(field(node, "value"), depth);
        if (ordered && sub && sub.type !== "slice") {
          const k = this.constValue(sub, depth + 1);
          if (typeof k === "number" && Number.isInteger(k)) return ordered[k < 0 ? k + ordered.length : k];
        }
        // `'a,b'.split(',')[1]`: a part of a constant string split on a constant separator.
        const base = field(node, "value");
        if (base?.type === "call" && this.method(base) === "split" && sub && sub.type !== "slice") {
          const txt = this.constValue(field(field(base, "function") ?? base, "object"), depth + 1);
          const bargs = this.args(base);
          const sep = bargs.length ? this.constValue(bargs[0], depth + 1) : null;
          const k = this.constValue(sub, depth + 1);
          if (typeof txt === "string" && bargs.length <= 1 && typeof k === "number" && Number.isInteger(k)) {
            const parts =
              sep === null
                ? txt.split(/\s+/).filter((x) => x)
                : typeof sep === "string" && sep
                  ? txt.split(sep)
                  : undefined;
            const item = parts?.[k < 0 ? k + parts.length : k];
            if (item !== undefined) return item;
          }
        }
        const v = this.constValue(field(node, "value"), depth + 1);
        if (typeof v !== "string" || !sub || /[\uD800-\uDFFF]/.test(v)) return undefined;
        if (sub.type === "slice") {
          const b = this.sliceBounds(sub);
          const picked = b && sliceIndices(v.length, ...b);
          return picked ? picked.map((i) => v[i]).join("") : undefined;
        }
        const k = this.constValue(sub, depth + 1);
        if (typeof k !== "number" || !Number.isInteger(k)) return undefined;
        return v[k < 0 ? k + v.length : k];
      }
      case "unary_operator": {
        const v = this.constValue(namedChildren(node)[0], depth + 1);
        const op = node.children.find((c) => !c.named)?.type;
        if (typeof v !== "number") return undefined;
        return op === "-" ? -v : op === "+" ? v : op === "~" ? ~v : undefined;
      }
      case "not_operator": {
        const v = this.constValue(namedChildren(node)[0], depth + 1);
        return v === undefined ? undefined : !truthy(v);
      }
      case "boolean_operator": {
        const [l, r] = namedChildren(node);
        const op = node.children.find((c) => !c.named)?.type;
        const a = this.constValue(l, depth + 1);
        if (a === undefined) return undefined;
        if (op === "and") return truthy(a) ? this.constValue(r, depth + 1) : a;
        if (op === "or") return truthy(a) ? a : this.constValue(r, depth + 1);
        return undefined;
      }
      case "binary_operator": {
        const [l, r] = namedChildren(node);
        const op = node.children.find((c) => !c.named)?.type;
        const a = this.constValue(l, depth + 1);
        const b = this.constValue(r, depth + 1);
        if (a === undefined || b === undefined) return undefined;
        if (typeof a === "string" && typeof b === "string") return op === "+" ? a + b : undefined;
        if (typeof a === "string" && typeof b === "number" && op === "*")
          return b > 0 && b < 1000 ? a.repeat(b) : "";
        if (typeof a !== "number" || typeof b !== "number") return undefined;
        switch (op) {
          case "+":
            return a + b;
          case "-":
            return a - b;
          case "*":
            return a * b;
          case "/":
            return b === 0 ? undefined : a / b;
          case "//":
            return b === 0 ? undefined : Math.floor(a / b);
          case "%":
            return b === 0 ? undefined : ((a % b) + b) % b;
          case "**":
            return Math.abs(b) > 64 ? undefined : a ** b;
          default:
            return undefined;
        }
      }
      case "comparison_operator": {
        const operands = namedChildren(node);
        const ops = node.children.filter((c) => !c.named).map((c) => c.type);
        // `0 < LEVEL < 5`: each neighbouring pair compared, all of them must hold (Python evaluates left to right
        // and stops at the first false one).
        if (
          operands.length > 2 &&
          ops.length === operands.length - 1 &&
          ops.every((o) => /^(<|<=|>|>=|==|!=)$/.test(o))
        ) {
          const vals = operands.map((o) => this.constValue(o, depth + 1));
          for (let i = 0; i < ops.length; i++) {
            const [a, b] = [vals[i], vals[i + 1]];
            if (a === undefined || b === undefined) return undefined;
            const r = compareConstants(ops[i]!, a, b);
            if (r !== true) return r;
          }
          return true;
        }
        if (operands.length !== 2 || ops.length < 1) return undefined;
        const a = this.constValue(operands[0], depth + 1);
        const b = this.constValue(operands[1], depth + 1);
        const op = ops.join(" ");
        // `'https' in SCHEMES` with `SCHEMES = ('http', 'https')`: membership in a literal of constants.
        const seq =
          (op === "in" || op === "not in") && a !== undefined ? this.literalSeq(operands[1]) : undefined;
        if (seq) {
          const vals = seq.map((c) => this.constValue(c, depth + 1));
          if (vals.some((v) => v === undefined)) return undefined;
          return vals.includes(a!) === (op === "in");
        }
        // `mod is DES` with `mod = [DES, AES][1]`: two imported objects of one module, compared by identity.
        if (a === undefined && b === undefined && /^(is|is not|==|!=)$/.test(op)) {
          const [x, y] = [this.importedObject(operands[0]), this.importedObject(operands[1])];
          const parent = (q: string) => q.slice(0, q.lastIndexOf("."));
          if (x && y && (x === y || (x.includes(".") && parent(x) === parent(y))))
            return (x === y) === (op === "is" || op === "==");
        }
        if (a === undefined || b === undefined) return undefined;
        if (op === "in" || op === "not in")
          return typeof a === "string" && typeof b === "string" ? b.includes(a) === (op === "in") : undefined;
        // `MODE is Mode.PROD`: members of a local Enum are one object per value (equal values are aliases);
        // None, True and False are singletons. Other constants' identity is the interpreter's business.
        if (op === "is" || op === "is not") {
          const single = (v: unknown) => v === null || typeof v === "boolean";
          const member = (n: SyntaxNode) => {
            let r: SyntaxNode | undefined = n;
            for (let i = 0; i < 3 && r?.type === "identifier"; i++) r = this.valueOf(r);
            const k = r?.type === "attribute" ? field(r, "object") : undefined;
            return k?.type === "identifier" && this.isEnumClass(k);
          };
          if (!single(a) && !single(b) && !(member(operands[0]!) && member(operands[1]!))) return undefined;
          return (a === b) === (op === "is");
        }
        return compareConstants(op, a, b);
      }
      default:
        return undefined;
    }
  }

  /**
   * `Holder(v).label` / `h.label` (h bound once to `Holder(...)`) where `label` is a `@property` of a class
   * defined in the file: the getter method, whose returns are the attribute's value.
   */
  /** The @property getter the enclosing class defines for `self.<attr>`, when no other local class defines it. */
  private selfProperty(node: SyntaxNode): SyntaxNode | undefined {
    const name = this.text(field(node, "attribute") ?? node);
    const own = ancestor(node, ["class_definition"]);
    if (!own) return undefined;
    let found: SyntaxNode | undefined;
    for (const klass of this.classes.values()) {
      for (const c of field(klass, "body")?.children ?? []) {
        const def =
          c.type === "decorated_definition" ? c.children.find((d) => d.type === "function_definition") : c;
        if (def?.type !== "function_definition" || this.text(field(def, "name") ?? def) !== name) continue;
        // The same property's setter or deleter (`@name.setter`) is no other definition of the name.
        if (
          klass === own &&
          c.children.some((d) => d.type === "decorator" && /^@\w+\.(setter|deleter)$/.test(this.text(d)))
        )
          continue;
        if (
          klass !== own ||
          c.type !== "decorated_definition" ||
          !c.children.some((d) => this.text(d) === "@property")
        )
          return undefined;
        found = def;
      }
    }
    return found;
  }

  private propertyGetter(node: SyntaxNode): SyntaxNode | undefined {
    let obj = field(node, "object");
    const attr = field(node, "attribute");
    if (!obj || !attr) return undefined;
    if (obj.type === "identifier" && !this.classes.has(this.text(obj))) {
      const r = this.reachingAt(obj);
      if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return undefined;
      obj = r.binds[0]!.value;
    }
    const f = obj?.type === "call" ? field(obj, "function") : undefined;
    const klass = f?.type === "identifier" ? this.classes.get(this.text(f)) : undefined;
    for (const c of (klass && field(klass, "body")?.children) || []) {
      if (c.type !== "decorated_definition" || !c.children.some((d) => this.text(d) === "@property"))
        continue;
      const def = c.children.find((d) => d.type === "function_definition");
      if (def && this.text(field(def, "name") ?? def) === this.text(attr)) return def;
    }
    return undefined;
  }

  /**
   * `Settings.DIGEST` (a class defined in the file) or `self.secure` in one of its methods: the constant its class
   * body assigns once, when nothing assigns that attribute elsewhere (no `x.attr = ...` anywhere, no other class
   * body binding the name, which a subclass's `self` could see instead).
   */
  private classConstant(node: SyntaxNode, depth: number): string | number | boolean | null | undefined {
    const getter = depth < 8 ? this.propertyGetter(node) : undefined;
    if (getter) {
      const body = field(getter, "body");
      const vals = body
        ? this.liveReturns(body).returns.map((r) => this.constValue(namedChildren(r)[0], depth + 1))
        : [];
      return vals.length && vals.every((v) => v !== undefined && v === vals[0]) ? vals[0] : undefined;
    }
    const value = this.classBodyValue(node);
    if (value) return this.constValue(value, depth + 1);
    return depth < 8 ? this.initConstant(node, depth) : undefined;
  }

  /**
   * `self.algo` (in a method of a local class) or `p.algo` (p = Klass(...)) where the attribute's only
   * assignment is `self.algo = v` at the top level of Klass.__init__: v when a constant; when v is one of
   * __init__'s parameters, what every construction of Klass in the file passes for it (or its default), if
   * that is one and the same constant.
   */
  private initConstant(node: SyntaxNode, depth: number): string | number | boolean | null | undefined {
    const obj = field(node, "object");
    const attr = field(node, "attribute");
    if (obj?.type !== "identifier" || !attr) return undefined;
    let klass: SyntaxNode | undefined;
    let made: SyntaxNode[] | undefined;
    if (this.text(obj) === "self") {
      const fn = this.enclosingFunction(node);
      const p = fn?.parent?.type === "decorated_definition" ? fn.parent.parent : fn?.parent;
      klass = p?.type === "block" && p.parent?.type === "class_definition" ? p.parent : undefined;
    } else {
      const r = this.reachingAt(obj);
      const v = r && r.binds.length === 1 && r.binds[0]!.kind === "assign" ? r.binds[0]!.value : undefined;
      const f = v?.type === "call" ? field(v, "function") : undefined;
      klass = f?.type === "identifier" ? this.classes.get(this.text(f)) : undefined;
      made = v ? [v] : undefined;
    }
    const kname = klass ? field(klass, "name") : undefined;
    const init = klass ? this.classMethod(klass, "__init__") : undefined;
    if (!klass || !kname || !init || field(klass, "superclasses")) return undefined;
    const writes = this.attrAssignments(this.text(attr));
    const w = writes[0];
    if (
      writes.length !== 1 ||
      w!.type !== "assignment" ||
      this.text(field(w!, "left")!) !== `self.${this.text(attr)}`
    )
      return undefined;
    if (w!.parent?.type !== "expression_statement" || w!.parent.parent !== field(init, "body"))
      return undefined;
    const v = field(w!, "right");
    const c = this.constValue(v, depth + 1);
    if (c !== undefined || v?.type !== "identifier") return c;
    const params = this.paramNames(init);
    const i = params.indexOf(this.text(v));
    const r = this.reachingAt(v);
    if (i < 0 || !r || r.binds.length !== 1 || r.binds[0]!.kind !== "param" || r.elems.length)
      return undefined;
    const calls = made ?? this.callsTo(this.text(kname));
    if (!calls.length) return undefined;
    const dflt = this.paramDefault(init, this.text(v));
    let out: string | number | boolean | null | undefined;
    for (const call of calls) {
      if (namedChildren(field(call, "arguments") ?? call).some((a) => /splat/.test(a.type))) return undefined;
      const a = this.args(call)[i] ?? this.kwarg(call, this.text(v)) ?? dflt;
      const k = a ? this.constValue(a, depth + 1) : undefined;
      if (k === undefined || (out !== undefined && k !== out)) return undefined;
      out = k;
    }
    return out;
  }

  /** The expression a class body binds to `node`'s attribute (`Cls.ATTR`, `self.ATTR`): see classConstant. */
  private classBodyValue(node: SyntaxNode): SyntaxNode | undefined {
    const obj = field(node, "object");
    const attr = field(node, "attribute");
    if (obj?.type !== "identifier" || !attr) return undefined;
    const name = this.text(obj);
    let klass: SyntaxNode | undefined;
    // (`cls.X` in a classmethod reads the class body's X as `self.X` does)
    if (name === "self" || name === "cls") {
      const fn = this.enclosingFunction(node);
      const p = fn?.parent?.type === "decorated_definition" ? fn.parent.parent : fn?.parent;
      klass = p?.type === "block" && p.parent?.type === "class_definition" ? p.parent : undefined;
    } else if (this.classes.has(name)) {
      klass = this.classes.get(name);
      // The name must still be the class: its one binding is the class statement itself.
      const binds = this.reachingAt(obj)?.binds ?? [];
      if (binds.some((d) => d.stmt !== klass)) klass = undefined;
    } else {
      // `p = Policy()` (no arguments, so no field or __init__ parameter is passed): the class's own default.
      const r = this.reachingAt(obj);
      const made = r && r.binds.length === 1 && r.binds[0]!.kind === "assign" ? r.binds[0]!.value : undefined;
      const f = made?.type === "call" ? field(made, "function") : undefined;
      if (f?.type === "identifier" && !namedChildren(field(made!, "arguments") ?? made!).length) {
        klass = this.classes.get(this.text(f));
        const init = klass ? this.classMethod(klass, "__init__") : undefined;
        if (
          init &&
          descendants(init).some((n) => n.type === "attribute" && this.text(n) === `self.${this.text(attr)}`)
        )
          klass = undefined;
      }
    }
    if (!klass || this.attrAssignments(this.text(attr)).length) return undefined;
    let value: SyntaxNode | undefined;
    let count = 0;
    for (const k of this.classes.values())
      for (const c of field(k, "body")?.children ?? []) {
        const a = c.type === "expression_statement" ? namedChildren(c)[0] : undefined;
        if (a?.type !== "assignment" || this.text(field(a, "left") ?? a) !== this.text(attr)) continue;
        count++;
        if (k === klass) value = field(a, "right");
      }
    // `algo: str = 'md5'` in a dataclass read as `self.algo`: only the default, which a construction may replace.
    if (count === 1 && (name === "self" || name === "cls") && this.fieldOverridden(klass, this.text(attr)))
      return undefined;
    if (count > 1 && name === "self") {
      // A subclass overrides it: the one value every class the file instantiates sees, if they agree.
      const bodies = this.selfAttrBodies(klass, this.text(attr));
      const first = bodies?.[0];
      return first && bodies.every((b) => b === first) ? first : undefined;
    }
    // `Policy.secure` / `p = ProdPolicy()` then `p.secure` where a subclass (or a base) binds it too: the class is
    // known exactly, so its own MRO decides (the first class body on it that binds the name).
    if (count > 1 && name !== "cls") return this.mroBodyValue(klass, this.text(attr));
    return count === 1 ? value : undefined;
  }

  /**
   * A record class (a dataclass or typing.NamedTuple) whose annotated field `attr` some construction in the file
   * passes as anything but the default's own literal (see fieldValues).
   */
  private fieldOverridden(klass: SyntaxNode, attr: string): boolean {
    const vals = this.fieldValues(klass, attr);
    if (vals === null) return false;
    if (!vals) return true;
    // Literals compared as written: no evaluation here, which may ask for this very attribute again.
    const lit = (n: SyntaxNode | undefined) =>
      n?.type === "string"
        ? this.stringValue(n)
        : n && /^(integer|float|true|false|none)$/.test(n.type)
          ? `${n.type}:${this.text(n)}`
          : undefined;
    const base = lit(vals.dflt);
    return vals.passed.some((v) => base === undefined || lit(v) !== base);
  }

  /**
   * The annotated field `attr` of a local record class (a dataclass or typing.NamedTuple): its default, and what
   * each construction in the file passes for it (by keyword, or by its position among the annotated fields).
   * Undefined when a construction may pass it unseen (a splat, positions past inherited fields); null when the
   * class is no record class or has no such field.
   */
  private fieldValues(
    klass: SyntaxNode,
    attr: string,
  ): { dflt: SyntaxNode | undefined; passed: SyntaxNode[]; defaulted: boolean } | null | undefined {
    const decorators = klass.parent?.type === "decorated_definition" ? namedChildren(klass.parent) : [];
    const bases = field(klass, "superclasses") ? namedChildren(field(klass, "superclasses")!) : [];
    const tuple = bases.some((b) => /^(typing\.)?NamedTuple$/.test(this.qname(b)));
    if (
      !tuple &&
      !decorators.some((d) => d.type === "decorator" && /^@\s*(dataclasses\.)?dataclass\b/.test(this.text(d)))
    )
      return null;
    const inherited = bases.some(
      (b) => b.type !== "keyword_argument" && !/^(typing\.)?NamedTuple$/.test(this.qname(b)),
    );
    const fields: string[] = [];
    let dflt: SyntaxNode | undefined;
    for (const st of namedChildren(field(klass, "body") ?? klass)) {
      const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      if (a?.type !== "assignment" || !field(a, "type") || field(a, "left")?.type !== "identifier") continue;
      fields.push(this.text(field(a, "left")!));
      if (fields[fields.length - 1] === attr) dflt = field(a, "right");
    }
    const i = fields.indexOf(attr);
    if (i < 0) return null;
    const passed: SyntaxNode[] = [];
    let defaulted = false;
    for (const id of this.identifiers(this.text(field(klass, "name") ?? klass))) {
      const call = id.parent?.type === "call" && field(id.parent, "function") === id ? id.parent : undefined;
      if (!call) continue;
      const own = namedChildren(field(call, "arguments") ?? call);
      if (own.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return undefined;
      if (inherited && this.args(call).length) return undefined;
      const v = this.args(call)[i] ?? this.kwarg(call, attr);
      if (v) passed.push(v);
      else defaulted = true;
    }
    return { dflt, passed, defaulted };
  }

  /** The value the first class body on a local class's MRO binds `attr` to (undefined past a library base). */
  private mroBodyValue(klass: SyntaxNode, attr: string): SyntaxNode | undefined {
    for (const k of this.mro(klass) ?? []) {
      if (typeof k === "string") return undefined;
      const value = this.classBodyBindings(k, attr).at(-1);
      if (value) return value;
    }
    return undefined;
  }

  /**
   * A string method on a constant (`'abc'.upper()`, `MODE.startswith('x')`), or configparser's `get` on a
   * parser filled only from literals (`read_string('[s]\\nk = v')`, `set`): the program's own constants.
   */
  /**
   * `CONFIG.get('digest', 'sha1')` on a name bound once to a dict literal with constant string keys that nothing in
   * the file writes through (no item store, no update/setdefault/pop/clear, no global rebinding): the entry's
   * constant, or the default when the literal lacks the key.
   */
  private literalGet(
    recv: SyntaxNode,
    key: string | number | boolean | null | undefined,
    dflt: string | number | boolean | null | undefined,
    depth: number,
    viaSetdefault = false,
  ): string | number | boolean | null | undefined {
    if (typeof key !== "string") return undefined;
    const r = this.reachingAt(recv);
    // Through setdefault: the dict's own setdefault calls (checked by the caller to agree) are its only writes.
    const elemsOk = r?.elems.every(
      (e) => viaSetdefault && e.weak && /\.setdefault\(/.test(this.text(e.stmt)),
    );
    if (!r || r.binds.length !== 1 || !elemsOk || r.binds[0]!.kind !== "assign") return undefined;
    const name = this.text(recv);
    if ((r.scope.defs.get(name) ?? []).length !== 1) return undefined;
    const lit = r.binds[0]!.value;
    if (lit?.type !== "dictionary") return undefined;
    const writes = `(^|[^\\w.])${name}\\s*(\\[[^\\]\\n]*\\]\\s*(=[^=]|[-+*/|&]=)|\\.(update|${viaSetdefault ? "" : "setdefault|"}pop|popitem|clear|__setitem__)\\()|\\bglobal\\b[^\\n]*\\b${name}\\b`;
    if (sourceMatches(this.tree, writes, "m")) return undefined;
    let found: SyntaxNode | undefined;
    for (const c of namedChildren(lit)) {
      if (c.type === "comment") continue;
      if (c.type !== "pair") return undefined;
      const k = this.constValue(field(c, "key"), depth + 1);
      if (typeof k !== "string") return undefined;
      if (k === key) found = field(c, "value") ?? undefined;
    }
    return found ? this.constValue(found, depth + 1) : dflt;
  }

  private constMethod(
    call: SyntaxNode,
    fn: SyntaxNode,
    depth: number,
  ): string | number | boolean | null | undefined {
    const name = this.text(field(fn, "attribute") ?? fn);
    // `mode.set('GCM')` then `mode.get()` on a module-level ContextVar: the value in force (contextVarValues).
    if (name === "get" && !this.args(call).length && depth < 8) {
      const held = this.contextVarValues(field(fn, "object"), call);
      const vals = held?.map((v) => this.constValue(v, depth + 1));
      if (vals?.length && vals.every((v) => v !== undefined && v === vals[0])) return vals[0];
      if (held) return undefined;
    }
    if (!CONST_METHODS.has(name)) return undefined;
    const recvNode = field(fn, "object");
    const args = this.args(call).map((a) => this.constValue(a, depth + 1));
    if (args.some((a) => a === undefined)) return undefined;
    if (name === "get" && recvNode?.type === "identifier" && (args.length === 1 || args.length === 2)) {
      const got = this.literalGet(recvNode, args[0], args.length === 2 ? args[1]! : null, depth);
      if (got !== undefined) return got;
    }
    // `CONFIG.setdefault('cipher', 'Blowfish')` on a dict literal that nothing else writes, where every setdefault
    // of that key in the file gives the same default: the literal's entry, else that default.
    if (name === "setdefault" && recvNode?.type === "identifier" && args.length === 2) {
      const d = this.text(recvNode);
      const agree = nodesOfType(this.tree, "call").every((n) => {
        if (this.method(n) !== "setdefault") return true;
        const o = field(field(n, "function") ?? n, "object");
        if (!o || this.text(o) !== d) return true;
        const [k, v] = this.args(n).map((x) => this.constValue(x, depth + 1));
        return k !== args[0] || v === args[1];
      });
      return agree ? this.literalGet(recvNode, args[0], args[1]!, depth, true) : undefined;
    }
    if (recvNode?.type === "identifier" && /^get(boolean|int|float)?$/.test(name) && args.length >= 2) {
      const v = this.configValue(recvNode, String(args[0]), String(args[1]));
      if (v === undefined) return undefined;
      if (name === "getboolean") {
        const b = v.trim().toLowerCase();
        return ["1", "yes", "true", "on"].includes(b)
          ? true
          : ["0", "no", "false", "off"].includes(b)
            ? false
            : undefined;
      }
      if (name === "getint" || name === "getfloat") {
        const n = Number(v);
        return Number.isFinite(n) ? n : undefined;
      }
      return v;
    }
    const v = this.constValue(recvNode, depth + 1);
    if (typeof v !== "string") return undefined;
    const a = args as (string | number | boolean | null)[];
    const str = (i: number) => (typeof a[i] === "string" ? (a[i] as string) : undefined);
    switch (name) {
      case "upper":
        return v.toUpperCase();
      case "lower":
      case "casefold":
        return v.toLowerCase();
      case "strip":
        return a.length ? undefined : v.trim();
      case "lstrip":
        return a.length ? undefined : v.trimStart();
      case "rstrip":
        return a.length ? undefined : v.trimEnd();
      case "startswith":
        return str(0) !== undefined && a.length === 1 ? v.startsWith(str(0)!) : undefined;
      case "endswith":
        return str(0) !== undefined && a.length === 1 ? v.endsWith(str(0)!) : undefined;
      case "replace":
        return str(0) !== undefined && str(1) !== undefined && a.length === 2
          ? v.split(str(0)!).join(str(1)!)
          : undefined;
      case "isdigit":
      case "isdecimal":
        return a.length ? undefined : v.length > 0 && /^\d+$/.test(v);
      case "isalpha":
        return a.length ? undefined : v.length > 0 && /^[A-Za-z]+$/.test(v);
      case "find":
        return str(0) !== undefined && a.length === 1 ? v.indexOf(str(0)!) : undefined;
      case "count":
        return str(0) !== undefined && a.length === 1 && str(0) ? v.split(str(0)!).length - 1 : undefined;
      case "format":
        return formatConst(
          v,
          this.args(call).map((n, i) =>
            typeof a[i] === "string" ? (a[i] as string) : n.type === "integer" ? String(a[i]) : undefined,
          ),
        );
      default:
        return undefined;
    }
  }

  /**
   * The option value of a config parser bound once to a fresh `ConfigParser()` and filled only by
   * `read_string` of literal text and `set` of constants; undefined when anything else may write it.
   */
  private configValue(recv: SyntaxNode, section: string, option: string): string | undefined {
    const r = this.reachingAt(recv);
    if (!r || r.binds.length !== 1 || r.binds[0]!.kind !== "assign") return undefined;
    const init = r.binds[0]!.value;
    if (init?.type !== "call" || !/ConfigParser$/.test(this.callee(init))) return undefined;
    const want = `${section}\0${option.toLowerCase()}`;
    let found: string | undefined;
    for (const e of r.elems) {
      if (e.key === undefined) return undefined;
      if (e.key.toLowerCase() === want.toLowerCase()) {
        const v = this.constValue(e.value);
        if (typeof v !== "string") return undefined;
        found = v;
      }
    }
    if (found !== undefined) return found;
    // read_string calls on this name anywhere in its scope (module-level set-up): parse their literal INI text.
    const name = this.text(recv);
    for (let ni7 = 0, all7 = nodesOfType(this.tree, "call"); ni7 < all7.length; ni7++) {
      const n = all7[ni7]!;
      if (n.order > recv.order) continue;
      const f = field(n, "function");
      if (f?.type !== "attribute" || this.text(field(f, "object") ?? f) !== name) continue;
      const m = this.text(field(f, "attribute") ?? f);
      if (m === "read" || m === "read_file" || m === "read_dict") return undefined;
      if (m !== "read_string") continue;
      const text = this.constValue(this.args(n)[0]);
      if (typeof text !== "string") return undefined;
      let sec = "";
      // The literal's text keeps its escapes (`'[s]\\nk = v'`): the newlines the parser sees.
      for (const line of text.replace(/\\r/g, "").split(/\\n|\r?\n/)) {
        const h = /^\s*\[([^\]]+)\]\s*$/.exec(line);
        if (h) sec = h[1]!;
        const kv = /^\s*([^=:#;\s][^=:]*?)\s*[=:]\s*(.*?)\s*$/.exec(line);
        if (kv && !h && sec === section && kv[1]!.toLowerCase() === option.toLowerCase()) found = kv[2]!;
      }
    }
    return found;
  }

  /**
   * The constant at a constant key of a dict, list or tuple literal that a name is bound to once and never
   * written through: `ALGS = {'fast': 'md5'}` ... `ALGS['fast']`.
   */
  /**
   * A loop's value variable read under a test of its partner against a constant, inside the loop: `for i, v in
   * enumerate(['a', x]): if i == 1: use(v)` reads x only; `for k, v in d.items(): if k == 'safe': use(v)` reads
   * d['safe']. Undefined when the shape is another (no such test, a container we cannot index).
   */
  private selectedElement(
    use: SyntaxNode,
    def: Def,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const sel = def.sel;
    if (!sel || def.kind !== "iter" || depth > 30) return undefined;
    const key = this.selectedKey(use, def);
    if (key === undefined) return undefined;
    if (sel.how === "enumerate") {
      const items = this.literalItems(sel.container);
      if (!items || typeof key !== "number" || !Number.isInteger(key)) return undefined;
      const item = items[key];
      return item ? this.eval(item, cls, env, depth + 1) : Level.CONST;
    }
    if (sel.how === "zip") {
      const picked = this.zippedPicks(sel, key);
      return picked && this.maxOf(picked, cls, env, depth + 1);
    }
    const k =
      typeof key === "string"
        ? key
        : typeof key === "number" && Number.isInteger(key)
          ? String(key)
          : undefined;
    if (k === undefined || sel.container.type !== "identifier") return undefined;
    return this.elementLevel(sel.container, k, cls, env, depth + 1);
  }

  /** The other side of a `name == X` test of an `if` enclosing `use` (in its consequence) inside `loop`. */
  private equalityTested(use: SyntaxNode, loop: SyntaxNode): SyntaxNode | undefined {
    const name = this.text(use);
    for (let p = use.parent, c = use; p && p !== loop; c = p, p = p.parent) {
      if (p.type !== "if_statement" || c !== field(p, "consequence")) continue;
      const cond = field(p, "condition");
      if (cond?.type !== "comparison_operator") continue;
      const ops = cond.children.filter((x) => !x.named).map((x) => x.type);
      const [a, b] = namedChildren(cond);
      if (ops.length !== 1 || ops[0] !== "==" || !a || !b) continue;
      const other = this.text(a) === name ? b : this.text(b) === name ? a : undefined;
      if (other) return other;
    }
    return undefined;
  }

  /**
   * `for i, name in enumerate(('sha1', 'sha512')): if i == PREFERRED: algo = name`: the literal's item that
   * the test selects, for a name read there bound by that loop alone.
   */
  private enumeratedPick(id: SyntaxNode): SyntaxNode | undefined {
    const r = this.reachingAt(id);
    const d = r && r.binds.length === 1 && !r.elems.length ? r.binds[0]! : undefined;
    if (d?.kind !== "iter" || (d.sel?.how !== "enumerate" && d.sel?.how !== "zip")) return undefined;
    const key = this.selectedKey(id, d);
    if (d.sel.how === "zip") {
      const picked = key === undefined ? undefined : this.zippedPicks(d.sel, key);
      return picked?.length === 1 ? picked[0] : undefined;
    }
    const items =
      typeof key === "number" && Number.isInteger(key) ? this.literalItems(d.sel.container) : undefined;
    return items?.[key as number];
  }

  /** The constant a loop's partner name is tested equal to by an `if` enclosing `use` inside the loop. */
  private selectedKey(use: SyntaxNode, def: Def): string | number | boolean | null | undefined {
    const sel = def.sel!;
    let key: string | number | boolean | null | undefined;
    for (let p = use.parent, c = use; p && p !== def.stmt; c = p, p = p.parent) {
      if (p.type !== "if_statement" || c !== field(p, "consequence")) continue;
      const cond = field(p, "condition");
      const [a, b] = cond?.type === "comparison_operator" ? namedChildren(cond) : [];
      const op = cond
        ? cond.children
            .filter((x) => !x.named)
            .map((x) => x.type)
            .join(" ")
        : "";
      if (!a || !b || op !== "==") continue;
      const other = this.text(a) === sel.partner ? b : this.text(b) === sel.partner ? a : undefined;
      const v = other ? this.constValue(other) : undefined;
      if (v !== undefined) key = v;
    }
    if (
      key === undefined ||
      (this.scopeOf(this.enclosingFunction(use) ?? this.tree.root).defs.get(sel.partner) ?? []).length !== 1
    )
      return undefined;
    return key;
  }

  /**
   * `for k, v in zip(KEYS, VALS): if k == key:` - the items of VALS beside a constant equal to `key` in KEYS
   * (none: the test never holds). Undefined unless both are literals of the same length and KEYS all constants.
   */
  private zippedPicks(sel: NonNullable<Def["sel"]>, key: unknown): SyntaxNode[] | undefined {
    const items = this.literalItems(sel.container);
    const keys = sel.keys && this.literalItems(sel.keys);
    if (!items || !keys || keys.length !== items.length) return undefined;
    const consts = keys.map((k) => this.constValue(k));
    if (consts.some((c) => c === undefined)) return undefined;
    return items.filter((_, i) => consts[i] === key);
  }

  /**
   * What each of a loop's tuple targets iterates over: `enumerate(xs)` gives a counter (undefined: a number)
   * then xs; `zip(xs, ys)` one iterable per target. Undefined for any other iterable or shape.
   */
  private iterParts(
    targets: SyntaxNode[],
    value: SyntaxNode | undefined,
    kind: Def["kind"],
  ): readonly (SyntaxNode | undefined)[] | undefined {
    if (kind !== "iter" || value?.type !== "call" || targets.some((t) => t.type === "list_splat_pattern"))
      return undefined;
    const a = this.args(value);
    if (a.some((x) => x.type === "list_splat" || x.type === "dictionary_splat")) return undefined;
    const q = this.callee(value);
    if (q === "enumerate" && targets.length === 2 && a.length >= 1) return [undefined, a[0]];
    if (q === "zip" && a.length === targets.length) return a;
    return undefined;
  }

  /** The items of a list/tuple/set literal, given directly or by a name bound to it once and never written. */
  /** A lambda or a local function of this file taking exactly one parameter (a map() or re.sub() callback). */
  private oneParamCallback(f: SyntaxNode | undefined): SyntaxNode | undefined {
    const fn =
      f?.type === "lambda" ? f : f?.type === "identifier" ? this.functions.get(this.text(f)) : undefined;
    return fn && this.paramNames(fn).length === 1 ? fn : undefined;
  }

  /** What a one-parameter callback returns given an argument of level `arg` (a lambda also sees `env`). */
  private calledBack(
    fn: SyntaxNode,
    arg: Level,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level {
    const bound = new Map<string, Level>(fn.type === "lambda" ? (env ?? []) : []);
    bound.set(this.paramNames(fn)[0]!, arg);
    return this.maxOf(this.returnValues(fn), cls, bound, depth);
  }

  /** `rx.sub(...)` where rx is bound once to `re.compile(...)` (or the call is on `re.compile(...)` itself). */
  private reCompiled(call: SyntaxNode): boolean {
    const f = field(call, "function");
    const recv = f?.type === "attribute" ? field(f, "object") : undefined;
    const made = recv?.type === "identifier" ? this.reachingValues(recv) : recv ? [recv] : undefined;
    return !!made?.length && made.every((v) => v.type === "call" && this.callee(v) === "re.compile");
  }

  /**
   * `sorted(SEQ, key=len, reverse=False)` over a literal of constant strings (or numbers): the values in the order
   * sorted() returns them (a stable sort, like Python's). Keys: none, len, str.lower, str.upper. Undefined for
   * anything else.
   */
  private sortedConstants(call: SyntaxNode | undefined, depth: number): (string | number)[] | undefined {
    if (call?.type !== "call" || this.callee(call) !== "sorted" || this.args(call).length !== 1)
      return undefined;
    const items = this.literalSeq(this.args(call)[0]);
    const vals = items?.map((i) => this.constValue(i, depth + 1));
    if (!vals?.length || vals.some((v) => typeof v !== "string" && typeof v !== "number")) return undefined;
    const kinds = new Set(vals.map((v) => typeof v));
    if (kinds.size !== 1) return undefined;
    const keyNode = this.kwarg(call, "key");
    const key = keyNode ? this.text(keyNode) : "None";
    const rev = this.kwarg(call, "reverse");
    const reverse = rev ? this.constValue(rev, depth + 1) : false;
    if (typeof reverse !== "boolean" && reverse !== 0 && reverse !== 1) return undefined;
    const keyOf: ((v: string | number) => string | number) | undefined =
      key === "None"
        ? (v) => v
        : key === "len"
          ? (v) => (typeof v === "string" ? [...v].length : NaN)
          : key === "str.lower"
            ? (v) => String(v).toLowerCase()
            : key === "str.upper"
              ? (v) => String(v).toUpperCase()
              : undefined;
    if (!keyOf || (key === "len" && kinds.has("number"))) return undefined;
    const cmp = (a: string | number, b: string | number) => {
      const [x, y] = [keyOf(a), keyOf(b)];
      // Python compares str by code point; JavaScript's < on strings compares UTF-16 units (same for the BMP).
      return x < y ? -1 : x > y ? 1 : 0;
    };
    const out = [...(vals as (string | number)[])];
    // reverse=True keeps equal keys in their original order, as Python's does.
    return reverse ? out.sort((a, b) => cmp(b, a)) : out.sort(cmp);
  }

  /** `Counter(...)`, or a name bound once to one that nothing writes into: its items are counts. */
  private isCounter(node: SyntaxNode | undefined): boolean {
    let made = node;
    if (made?.type === "identifier") {
      const r = this.reachingAt(made);
      if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return false;
      made = r.binds[0]!.value;
    }
    return made?.type === "call" && /^(collections\.)?Counter$/.test(this.callee(made));
  }

  /**
   * A set of constants: a set literal (or `set(...)` / `frozenset(...)` of a literal) of constants, or a name bound
   * once to one and never added to. What an intersection with it keeps is one of those constants.
   */
  private constantSet(node: SyntaxNode | undefined): boolean {
    let lit = node;
    if (lit?.type === "identifier") {
      const r = this.reachingAt(lit);
      if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return false;
      if ((r.scope.defs.get(this.text(lit)) ?? []).length !== 1) return false;
      lit = r.binds[0]!.value;
    }
    let items: readonly SyntaxNode[] | undefined;
    if (lit?.type === "set") items = this.literalSeq(lit);
    else if (
      lit?.type === "call" &&
      /^(set|frozenset)$/.test(this.callee(lit)) &&
      this.args(lit).length === 1
    )
      items = this.literalSeq(this.args(lit)[0]);
    return !!items?.length && items.every((i) => this.constValue(i) !== undefined);
  }

  /**
   * The qualified name of the imported module or class an expression names: the imported name itself, a name
   * bound once to one, or a constant index into a list / tuple literal of them (`[DES, AES][1]`).
   */
  private importedObject(node: SyntaxNode | undefined, depth = 0): string | undefined {
    if (!node || depth > 6) return undefined;
    if (node.type === "subscript") {
      const items = this.literalSeq(field(node, "value"));
      const k = this.constValue(field(node, "subscript"), depth + 1);
      if (!items || typeof k !== "number" || !Number.isInteger(k)) return undefined;
      return this.importedObject(items[k < 0 ? k + items.length : k], depth + 1);
    }
    if (node.type !== "identifier") return undefined;
    const name = this.text(node);
    const r = this.reachingAt(node);
    // (Imports are no scope bindings: a name with none that the file imports is the import.)
    if (!r) return this.aliases.get(name);
    const all = r.scope.defs.get(name) ?? [];
    if (r.binds.length !== 1 || r.elems.length || all.length !== 1) return undefined;
    const d = r.binds[0]!;
    return d.kind === "assign" && d.part === undefined ? this.importedObject(d.value, depth + 1) : undefined;
  }

  /**
   * `min(SEQ)` / `max(a, b, ...)` over constants of one kind (strings or numbers), with no key or default: the
   * value Python picks (equal values are the same constant, so ties do not matter).
   */
  private minMaxConst(call: SyntaxNode, max: boolean, depth: number): string | number | undefined {
    const args = this.args(call);
    if (field(call, "arguments")?.children.some((c) => c.type === "keyword_argument")) return undefined;
    if (!args.length || args.some((a) => /splat/.test(a.type))) return undefined;
    const items = args.length === 1 ? this.literalSeq(args[0]) : args;
    const vals = items?.map((i) => this.constValue(i, depth + 1));
    if (!vals?.length || vals.some((v) => typeof v !== "string" && typeof v !== "number")) return undefined;
    if (new Set(vals.map((v) => typeof v)).size !== 1) return undefined;
    // Python compares str by code point; JavaScript's < on strings compares UTF-16 units (same for the BMP).
    return (vals as (string | number)[]).reduce((best, v) => ((max ? v > best : v < best) ? v : best));
  }

  private literalSeq(node: SyntaxNode | undefined): SyntaxNode[] | undefined {
    let lit = node;
    if (node?.type === "identifier") {
      const r = this.reachingAt(node);
      if (!r || r.binds.length !== 1 || r.elems.length || r.binds[0]!.kind !== "assign") return undefined;
      if ((r.scope.defs.get(this.text(node)) ?? []).length !== 1) return undefined;
      lit = r.binds[0]!.value;
    }
    if (lit?.type !== "list" && lit?.type !== "tuple" && lit?.type !== "set") return undefined;
    const items = namedChildren(lit).filter((c) => c.type !== "comment");
    return items.some((c) => c.type === "list_splat" || c.type === "parenthesized_list_splat")
      ? undefined
      : items;
  }

  /**
   * `ChainMap(LEGACY, DEFAULTS)[k]` with each map a dict literal (or a name bound once to one, never written
   * through): the constant entry of the first map that holds k. Undefined when a map is not known.
   */
  private chainMapConst(made: SyntaxNode, k: string | number | boolean | null, depth: number) {
    for (const m of namedChildren(field(made, "arguments") ?? made)) {
      let lit: SyntaxNode | undefined = m.type === "dictionary" ? m : undefined;
      if (m.type === "identifier") {
        const rm = this.reachingAt(m);
        lit = rm && rm.binds.length === 1 && !rm.elems.length ? (rm.binds[0]!.value ?? undefined) : undefined;
      }
      if (lit?.type !== "dictionary") return undefined;
      let found: SyntaxNode | undefined;
      for (const c of namedChildren(lit)) {
        const key = c.type === "pair" ? this.constValue(field(c, "key"), depth + 1) : undefined;
        if (key === undefined) return undefined;
        if (key === k) found = field(c, "value") ?? undefined;
      }
      if (found) return this.constValue(found, depth + 1);
    }
    return undefined;
  }

  private literalElement(
    container: SyntaxNode | undefined,
    sub: SyntaxNode | undefined,
    depth: number,
  ): string | number | boolean | null | undefined {
    if (container?.type !== "identifier" || !sub || sub.type === "slice") return undefined;
    const r = this.reachingAt(container);
    if (!r || r.binds.length !== 1 || r.binds[0]!.kind !== "assign") return undefined;
    const defs = r.scope.defs.get(this.text(container)) ?? [];
    if (defs.filter((d) => d.kind !== "element").length !== 1) return undefined;
    if (!r.elems.length && defs.length !== 1) return undefined;
    const lit = r.binds[0]!.value;
    const k = this.constValue(sub, depth + 1);
    if (k === undefined) return undefined;
    if (r.elems.length && typeof k === "string") {
      // `algs['keyB'] = 'md5'` then `algs['keyB']`: the last unconditional write at that very key, when no
      // keyless write, move or setdefault can have replaced it since (as elementLevel's strong update).
      const key = this.constKey(sub);
      const exact = r.elems.filter((e) => e.key === key && !e.via);
      const last = exact[exact.length - 1];
      if (
        key !== undefined &&
        last &&
        !r.elems.some((e) => e.weak) &&
        !this.conditional(last.stmt, container) &&
        !r.elems.some(
          (e) =>
            e.order > last.order &&
            (e.key === undefined || e.key === APPEND || isMove(e.key) || e.key.startsWith(key + "\0")),
        )
      )
        return this.constValue(last.value, depth + 1);
      return undefined;
    }
    if (r.elems.length) {
      // `algos.insert(0, 'sha3_256')` then `algos[1]`: the position after the list's writes and moves, when
      // every value it may hold is the same constant.
      const items = this.seqItems(lit);
      if (!items || typeof k !== "number" || !Number.isInteger(k)) return undefined;
      const seq = this.listModel(items, r.elems, container);
      const opts = seq ? seqAt(seq, k) : undefined;
      if (!opts?.length) return undefined;
      const vals = opts.map((o) => this.constValue(o, depth + 1));
      return vals.every((x) => x !== undefined && x === vals[0]) ? vals[0] : undefined;
    }
    if (lit?.type === "call" && /^(collections\.)?ChainMap$/.test(this.callee(lit)))
      return this.chainMapConst(lit, k, depth);
    // `cfg = json.loads(json.dumps({...}))` (or of a name bound to that text): the literal that was dumped.
    const dumped = this.jsonRoundTrip(lit);
    const src = dumped?.type === "identifier" ? this.mergeLiteral(dumped) : (dumped ?? lit);
    // `cfg = dict(DEFAULTS, **OVERRIDES)`: the later part holding the key.
    if (src?.type === "call" && typeof k === "string") {
      const e = this.dictCallEntry(src, k);
      return e ? this.constValue(e, depth + 1) : undefined;
    }
    if (src?.type === "dictionary") {
      let found: SyntaxNode | undefined;
      for (const c of namedChildren(src)) {
        // `{**DEFAULTS, **OVERRIDES}`: a splat of a known literal replaces the key when it holds it.
        if (c.type === "dictionary_splat" && typeof k === "string") {
          const part = namedChildren(c)[0];
          const known = part ? this.mergeLiteral(part) : undefined;
          if (!known) return undefined;
          found = this.literalEntry(known, k) ?? found;
          continue;
        }
        if (c.type !== "pair") return undefined;
        const key = this.constValue(field(c, "key"), depth + 1);
        if (key === undefined) return undefined;
        if (key === k) found = field(c, "value");
      }
      return found ? this.constValue(found, depth + 1) : undefined;
    }
    if ((src?.type === "list" || src?.type === "tuple") && typeof k === "number" && Number.isInteger(k)) {
      const items = namedChildren(src);
      if (items.some((c) => c.type === "list_splat")) return undefined;
      const item = items[k < 0 ? k + items.length : k];
      return item ? this.constValue(item, depth + 1) : undefined;
    }
    return undefined;
  }

  /**
   * The level of `list(map(f, LIT))[k]` / `list(filter(p, LIT))[k]` (or tuple()) at a constant position k of a
   * list or tuple literal. map: f applied to LIT[k] (a lambda or a local one-parameter function, given that item's
   * level), or, for a pure builtin (`str.strip`, `int`, `html.escape`), LIT[k] when it is a constant. filter: the
   * item at k when every item before it (from the end, for a negative k) is a constant the test keeps (the test:
   * None, i.e. truthiness, or a lambda comparing its parameter with constants). Undefined when not worked out.
   */
  private mappedItemLevel(
    made: SyntaxNode,
    key: string,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    if (made.type !== "call" || !/^(list|tuple)$/.test(this.callee(made)) || this.args(made).length !== 1)
      return undefined;
    const inner = this.args(made)[0]!;
    const q = inner.type === "call" ? this.callee(inner) : "";
    if (
      (q !== "map" && q !== "filter") ||
      this.args(inner).length !== 2 ||
      !/^-?\d+$/.test(key) ||
      depth > 20
    )
      return undefined;
    const [f, seq] = this.args(inner);
    const items = seq && /^(list|tuple)$/.test(seq.type) ? namedChildren(seq) : undefined;
    if (!f || !items || items.some((c) => /splat/.test(c.type))) return undefined;
    const k = Number(key);
    if (q === "map") {
      const item = items[k < 0 ? k + items.length : k];
      if (!item) return Level.CONST;
      const local =
        f.type === "lambda" ? f : f.type === "identifier" ? this.functions.get(this.text(f)) : undefined;
      if (local && this.paramNames(local).length === 1)
        return this.calledBack(local, this.eval(item, cls, env, depth + 1), cls, env, depth + 1);
      const pure =
        /^((str|bytes)\.\w+|int|float|str|bool|abs|round|html\.escape|shlex\.quote|os\.path\.basename)$/;
      return !local && pure.test(this.qname(f)) && this.constValue(item) !== undefined
        ? Level.CONST
        : undefined;
    }
    // filter: the test on one constant item (undefined: not known).
    const keeps = (item: SyntaxNode): boolean | undefined => {
      const v = this.constValue(item);
      if (v === undefined) return undefined;
      if (f.type === "none") return truthy(v);
      if (f.type !== "lambda" || this.paramNames(f).length !== 1) return undefined;
      const p = this.paramNames(f)[0]!;
      const body = field(f, "body");
      if (body?.type === "identifier" && this.text(body) === p) return truthy(v);
      if (body?.type !== "comparison_operator") return undefined;
      const [a, b] = namedChildren(body);
      const op = body.children.find((c) => !c.named)?.type;
      if (!a || !b || namedChildren(body).length !== 2 || !op) return undefined;
      const side = (n: SyntaxNode) =>
        n.type === "identifier" && this.text(n) === p ? v : this.constValue(n);
      const [x, y] = [side(a), side(b)];
      return x === undefined || y === undefined ? undefined : compareConstants(op, x, y);
    };
    const order = k < 0 ? [...items].reverse() : items;
    const at = k < 0 ? -k - 1 : k;
    let kept = 0;
    for (const item of order) {
      const ok = keeps(item);
      if (ok === undefined) return undefined;
      if (ok && kept++ === at) return this.eval(item, cls, env, depth + 1);
    }
    return Level.CONST;
  }

  /** Whether a branch clause always runs (true), never runs (false), or depends on run-time data. */
  private branchTaken(clause: SyntaxNode): boolean | undefined {
    // Memoised, and undefined while being computed: a condition that reads a name bound inside its own branch
    // (`if c != '': c = ...`) must not recurse.
    if (this.branches.has(clause)) return this.branches.get(clause);
    this.branches.set(clause, undefined);
    const v = this.branchTakenUncached(clause);
    this.branches.set(clause, v);
    return v;
  }

  private branchTakenUncached(clause: SyntaxNode): boolean | undefined {
    // (A while loop's body: memoised here too, since its condition may read names bound in the body.)
    if (clause.type === "if_statement") {
      const v = this.constValue(field(clause, "condition"));
      if (v !== undefined) return truthy(v);
      return this.falseForEveryItem(clause) ? false : undefined;
    }
    if (clause.type === "while_statement") {
      const v = this.constValue(field(clause, "condition"));
      if (v !== undefined) return truthy(v);
      // `n = 0` / `while n < 0:` with n only rebound in the body: false on entry, so the body never runs.
      const saved = this.loopEntry;
      this.loopEntry = clause;
      try {
        const e = this.constValue(field(clause, "condition"));
        return e !== undefined && !truthy(e) ? false : undefined;
      } finally {
        this.loopEntry = saved;
      }
    }
    const ifs = clause.parent;
    if (ifs?.type !== "if_statement") return undefined;
    // Conditions before this clause: the if's, then earlier elifs.
    let unknown = false;
    const before = [
      field(ifs, "condition"),
      ...ifs.children
        .filter((c) => c.type === "elif_clause" && c.order < clause.order)
        .map((c) => field(c, "condition")),
    ];
    for (const c of before) {
      const v = this.constValue(c);
      if (v === undefined) unknown = true;
      else if (truthy(v)) return false; // an earlier branch always wins
    }
    if (clause.type === "elif_clause") {
      const v = this.constValue(field(clause, "condition"));
      if (v !== undefined && !truthy(v)) return false;
      return unknown || v === undefined ? undefined : true;
    }
    return unknown ? undefined : true;
  }

  /**
   * `for i in range(3): if i == 5: ...`: the condition reads the variable of an enclosing `for` over values known
   * here (range() of constants, a literal of constants; at most 64) and is false for each of them.
   */
  private falseForEveryItem(clause: SyntaxNode): boolean {
    const cond = field(clause, "condition");
    if (!cond || this.iterBinding) return false;
    for (let p = clause.parent; p && p.type !== "function_definition" && p.type !== "module"; p = p.parent) {
      if (p.type !== "for_statement") continue;
      const left = field(p, "left");
      if (left?.type !== "identifier") continue;
      const name = this.text(left);
      if (!descendants(cond).some((n) => n.type === "identifier" && this.text(n) === name)) continue;
      const values = this.iteratedConstants(field(p, "right"));
      if (!values?.length) continue;
      const { memo, branches, reachCache } = this;
      this.memo = new Map();
      this.branches = new Map();
      this.reachCache = new Map();
      try {
        const all = values.every((value) => {
          this.iterBinding = { loop: p!, name, value };
          const v = this.constValue(cond);
          return v !== undefined && !truthy(v);
        });
        if (all) return true;
      } finally {
        this.iterBinding = undefined;
        this.memo = memo;
        this.branches = branches;
        this.reachCache = reachCache;
      }
    }
    return false;
  }

  /** The values a `for` loop's iterable yields when known: range() of constants, a literal of constants. */
  private iteratedConstants(node: SyntaxNode | undefined): (string | number | boolean | null)[] | undefined {
    if (node?.type === "call" && this.callee(node) === "range") {
      const a = this.args(node).map((x) => this.constValue(x));
      if (!a.length || a.length > 3 || a.some((x) => typeof x !== "number" || !Number.isInteger(x)))
        return undefined;
      const [start, stop, step] =
        a.length === 1
          ? [0, a[0] as number, 1]
          : [a[0] as number, a[1] as number, (a[2] as number | undefined) ?? 1];
      if (step === 0) return undefined;
      const out: number[] = [];
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) if (out.push(i) > 64) return undefined;
      return out;
    }
    const items = this.seqItems(this.resolve(node));
    if (!items || items.length > 64) return undefined;
    const vals = items.map((x) => this.constValue(x));
    return vals.every((v) => v !== undefined) ? (vals as (string | number | boolean | null)[]) : undefined;
  }

  /**
   * Whether a `match` case always runs (true: the subject is a known constant and this is the first case it
   * matches), never runs (false), or depends on run-time data.
   */
  private caseTaken(clause: SyntaxNode): boolean | undefined {
    // Memoised like branchTaken, and undefined while being computed: a subject name rebound inside one of its
    // own cases (`match c: case 'a': c = ...`) must not recurse through the reaching definitions.
    if (this.branches.has(clause)) return this.branches.get(clause);
    this.branches.set(clause, undefined);
    const v = this.caseTakenUncached(clause);
    this.branches.set(clause, v);
    return v;
  }

  private caseTakenUncached(clause: SyntaxNode): boolean | undefined {
    const match = clause.parent?.parent;
    if (match?.type !== "match_statement") return undefined;
    const subject = this.constValue(field(match, "subject"));
    if (subject === undefined) return undefined;
    let unknown = false;
    for (const c of clause.parent!.children) {
      if (c.type !== "case_clause") continue;
      const m = this.caseMatches(c, subject);
      if (c === clause) return m === false ? false : unknown || m === undefined ? undefined : true;
      if (m === true) return false; // an earlier case always wins
      if (m === undefined) unknown = true;
    }
    return undefined;
  }

  /**
   * A name read inside a `match name:` case whose patterns are only literals (`case 'a' | 'b':`) while the
   * name still holds the subject: there it is one of those constants.
   */
  private caseNarrowed(use: SyntaxNode, name: string, binds: Def[]): boolean {
    for (let n = use.parent; n; n = n.parent) {
      if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda")
        return false;
      if (n.type !== "case_clause") continue;
      const match = n.parent?.parent;
      if (match?.type !== "match_statement" || this.text(field(match, "subject") ?? match) !== name) continue;
      const literal = (p: SyntaxNode): boolean => {
        if (p.type === "case_pattern") {
          const inner = namedChildren(p);
          return inner.length === 1 && !p.children.some((c) => !c.named) && literal(inner[0]!);
        }
        if (p.type === "union_pattern") return namedChildren(p).every(literal);
        return (
          ["string", "integer", "float", "true", "false", "none"].includes(p.type) &&
          this.constValue(p) !== undefined
        );
      };
      const patterns = n.children.filter((c) => c.type === "case_pattern");
      if (!patterns.length || !patterns.every(literal)) return false;
      return binds.length > 0 && binds.every((b) => b.order < match.order);
    }
    return false;
  }

  /** Whether one case's pattern (and guard) accepts a constant subject; undefined when that cannot be told. */
  private caseMatches(clause: SyntaxNode, subject: string | number | boolean | null): boolean | undefined {
    const patterns = clause.children.filter((c) => c.type === "case_pattern");
    if (patterns.length !== 1) return undefined;
    const accepts = (p: SyntaxNode | undefined): boolean | undefined => {
      if (!p) return undefined;
      if (p.type === "case_pattern") {
        // `case -1:` and the like: an operator token in the pattern, not worked out here.
        if (p.children.some((c) => !c.named && c.type !== "_")) return undefined;
        const inner = namedChildren(p);
        if (inner.length === 0) return p.children.some((c) => c.type === "_") ? true : undefined;
        return inner.length === 1 ? accepts(inner[0]) : undefined;
      }
      if (p.type === "union_pattern") {
        let unknown = false;
        for (const alt of namedChildren(p)) {
          const a = accepts(alt);
          if (a === true) return true;
          if (a === undefined) unknown = true;
        }
        return unknown ? undefined : false;
      }
      if (p.type === "dotted_name" && namedChildren(p).length === 1) return true; // a capture pattern
      if (["string", "integer", "float", "true", "false", "none"].includes(p.type)) {
        const v = this.constValue(p);
        return v === undefined ? undefined : v === subject;
      }
      return undefined;
    };
    const a = accepts(patterns[0]);
    if (a === false) return false;
    return field(clause, "guard") ? undefined : a;
  }

  /** A statement inside a branch that can never run (`if 2 + 2 == 5:`), so its bindings reach nothing. */
  /** One step of the file's budget; past it every data-flow question throws (budget.ts says why). */
  private charge(): void {
    const b = this.budget;
    if (++b.steps > b.limit || b.exhausted) exhaust(b);
  }

  /** The `for` loops and conditional expressions isDead is judging now: re-asked on the way, they are taken as
   * running / undecided (see there), never a cycle. */
  private readonly condsJudged = new Set<SyntaxNode>();

  private isDead(stmt: SyntaxNode): boolean {
    this.charge();
    // Every name lookup asks this of each binding of the name in scope, walking to the function each time:
    // memoised per block memo as deadFrom is (the contexts with constants of their own get their own answers),
    // never while a scope is half built or a while loop's entry is being judged (answers that hold only then).
    if (this.building || this.loopEntry) return this.isDeadUncached(stmt);
    let byStmt = this.deadStmts.get(this.branches);
    if (!byStmt) this.deadStmts.set(this.branches, (byStmt = new Map()));
    let v = byStmt.get(stmt);
    if (v === undefined) byStmt.set(stmt, (v = this.isDeadUncached(stmt)));
    return v;
  }

  private isDeadUncached(stmt: SyntaxNode): boolean {
    let child = stmt;
    for (let p = stmt.parent; p; child = p, p = p.parent) {
      if (p.type === "function_definition" || p.type === "module") return false;
      if (p.type === "if_statement") {
        if (child.field === "consequence" && this.branchTaken(p) === false) return true;
      } else if (p.type === "elif_clause" || p.type === "else_clause") {
        if (child.type === "block" && this.branchTaken(p) === false) return true;
      } else if (p.type === "case_clause") {
        if (child.field === "consequence" && this.caseTaken(p) === false) return true;
      } else if (p.type === "while_statement") {
        // `while 1 > 2:` never runs its body.
        if (child.field === "body" && this.branchTaken(p) === false) return true;
      } else if (p.type === "for_statement") {
        // `for _ in range(0):` / `for x in []:` never runs its body (a range of constants or an empty literal
        // written in place; a name may have been appended to since it was bound).
        // `for i in range(n): ... n = ...`: the range's own names reach back into the body, so a loop whose
        // emptiness is already being judged further up this question is taken as running (no cycle).
        const it = field(p, "right");
        if (child.field === "body" && !this.condsJudged.has(p)) {
          this.condsJudged.add(p);
          try {
            const empty =
              it?.type === "call"
                ? this.callee(it) === "range" && this.iteratedConstants(it)?.length === 0
                : (it?.type === "list" || it?.type === "tuple") && namedChildren(it).length === 0;
            if (empty) return true;
          } finally {
            this.condsJudged.delete(p);
          }
        }
      } else if (p.type === "conditional_expression" && !this.condsJudged.has(p)) {
        // `x = f(x) if x else d` in a loop: the condition's names reach this binding again.
        this.condsJudged.add(p);
        try {
          const [a, cond, b] = namedChildren(p);
          const v = this.constValue(cond);
          if (v !== undefined && ((child === a && !truthy(v)) || (child === b && truthy(v)))) return true;
        } finally {
          this.condsJudged.delete(p);
        }
      } else if (p.type === "block") {
        if (child.order > this.deadFrom(p)) return true;
      }
    }
    return false;
  }

  /**
   * The order of a block's first statement after which the rest never runs (Infinity: none): an `if strong:
   * return ...` whose condition always holds, or `int('abc')`, a literal int() always rejects (it raises).
   * Memoised per block (isDead asks for every name lookup), under the branch memo in force, so the contexts that
   * swap in their own constants (withConsts, loop bindings) get their own answers; Infinity while computed.
   */
  private deadFrom(block: SyntaxNode): number {
    let byBlock = this.deadAfter.get(this.branches);
    if (!byBlock) this.deadAfter.set(this.branches, (byBlock = new Map()));
    const known = byBlock.get(block);
    if (known !== undefined) return known;
    byBlock.set(block, Infinity);
    for (const prev of block.children) {
      // (The syntactic test first: most ifs' bodies do not leave, and judging their conditions is the cost here.)
      const ends =
        prev.type === "if_statement"
          ? this.bodyExits(prev) && this.branchTaken(prev) === true
          : prev.type === "expression_statement" && this.alwaysRaises(prev);
      if (ends) {
        byBlock.set(block, prev.order);
        return prev.order;
      }
    }
    return Infinity;
  }

  /**
   * A statement `int('abc')` / `n = int(' 12x')`: int() of a constant string that is no base-10 integer
   * literal (after the whitespace int() strips; underscores only between digits), which always raises.
   */
  private alwaysRaises(stmt: SyntaxNode): boolean {
    let e = namedChildren(stmt)[0];
    if (e?.type === "assignment") e = field(e, "right");
    if (e?.type !== "call" || this.callee(e) !== "int" || this.ownArgs(e).length !== 1) return false;
    if (field(e, "arguments")?.children.some((c) => c.type === "keyword_argument")) return false;
    const v = this.constValue(this.ownArgs(e)[0]);
    if (typeof v !== "string") return false;
    // Python's str.strip() whitespace: JavaScript's plus the four information separators U+001C-U+001F.
    const ws = (c: string) => /\s/u.test(c) || (c >= "\u001c" && c <= "\u001f");
    const chars = [...v];
    while (chars.length && ws(chars[0]!)) chars.shift();
    while (chars.length && ws(chars[chars.length - 1]!)) chars.pop();
    return !/^[+-]?\p{Nd}+(_\p{Nd}+)*$/u.test(chars.join(""));
  }

  /** Defs that may reach `use`: the last one, plus earlier ones when the last sits in a branch. */
  private reaching(prior: Def[], use: SyntaxNode): Def[] {
    if (prior.length === 0) return [];
    const out = [prior[prior.length - 1]!];
    for (let i = prior.length - 2; i >= 0; i--) {
      const last = out[out.length - 1]!;
      if (!this.conditional(last.stmt, use)) break;
      out.push(prior[i]!);
    }
    return out.length > 1 ? out.filter((d) => !this.killedByTry(d, prior, use)) : out;
  }

  /**
   * A binding in a try statement's body that no path past the statement keeps: the else clause (run when the
   * body finished) rebinds the name on every path through it, and every handler (run when the body stopped)
   * leaves or rebinds it too. `try: name = doc.strip()` / `except E: name = 'a'` / `else: name = pick(name)`.
   */
  private killedByTry(d: Def, prior: Def[], use: SyntaxNode): boolean {
    for (let c = d.stmt, p = c.parent; p && p.type !== "function_definition" && p.type !== "module";) {
      if (p.type === "try_statement" && c.field === "body" && use.start >= p.end) {
        const clauses = namedChildren(p);
        const otherwise = clauses.find((x) => x.type === "else_clause");
        const handlers = clauses.filter(
          (x) => x.type === "except_clause" || x.type === "except_group_clause",
        );
        if (
          otherwise &&
          this.rebindsThrough(otherwise, prior) &&
          handlers.every((h) => this.handlerExits(h) || this.rebindsThrough(h, prior))
        )
          return true;
      }
      c = p;
      p = p.parent;
    }
    return false;
  }

  /** One of `defs` is a plain assignment in `clause` on every path through it (under no branch or loop of its own). */
  private rebindsThrough(clause: SyntaxNode, defs: Def[]): boolean {
    return defs.some((x) => {
      if (x.kind !== "assign" || x.stmt.start < clause.start || x.stmt.end > clause.end) return false;
      for (let p = x.stmt.parent; p && p !== clause; p = p.parent)
        if (
          /^(if_statement|elif_clause|else_clause|try_statement|except_clause|except_group_clause|for_statement|while_statement|case_clause|match_statement|conditional_expression|boolean_operator|lambda|function_definition|class_definition)$/.test(
            p.type,
          )
        )
          return false;
      return true;
    });
  }

  private conditional(stmt: SyntaxNode, use: SyntaxNode): boolean {
    let viaTakenClause = false;
    for (let child = stmt, p = stmt.parent; p; child = p, p = p.parent) {
      if (p.type === "function_definition" || p.type === "module") return false;
      // `try: port = int(port)` / `except ValueError: abort(400)`: past the try statement the body ran to its
      // end (or its else clause did) unless a handler ran, and every handler leaves - so a plain assignment in the
      // body (not under a branch of its own) always happened for the code after it.
      if (
        p.type === "try_statement" &&
        (child.field === "body" || child.type === "else_clause") &&
        !(use.start >= p.start && use.end <= p.end) &&
        this.handlersExit(p)
      )
        continue;
      // `finally: target = str(port)`: a finally block runs whichever way the try statement ends, so for code
      // after the statement a plain assignment in it (not under a branch of its own) always happened.
      if (
        p.type === "finally_clause" &&
        p.parent?.type === "try_statement" &&
        !(use.start >= p.parent.start && use.end <= p.parent.end)
      ) {
        child = p;
        p = p.parent;
        continue;
      }
      // A branch whose condition is a constant that always holds runs unconditionally.
      if ((p.type === "elif_clause" || p.type === "else_clause") && this.branchTaken(p) === true) {
        viaTakenClause = true;
        continue;
      }
      if (p.type === "if_statement" && (viaTakenClause || this.branchTaken(p) === true)) {
        viaTakenClause = false;
        continue;
      }
      // The one case a constant subject always selects runs unconditionally.
      if (p.type === "case_clause" && this.caseTaken(p) === true) continue;
      // A loop over a non-empty literal runs its body at least once: a plain assignment in it (not under a
      // branch of its own, no break/continue before it) always happens.
      if (p.type === "for_statement" && this.runsOnce(p, stmt)) continue;
      // So does `while True:` (or `while 1:`).
      if (p.type === "while_statement" && this.entersAlways(p) && this.firstPassReaches(p, stmt)) continue;
      if (
        [
          "if_statement",
          "elif_clause",
          "else_clause",
          "try_statement",
          "except_clause",
          "for_statement",
          "while_statement",
          "case_clause",
        ].includes(p.type)
      )
        return !(use.start >= p.start && use.end <= p.end);
    }
    return false;
  }

  /** Every except handler of a try statement leaves (return, raise, abort(), continue, break). */
  /**
   * The names a try statement validates by conversion: its body calls a strict parser on the plain name
   * (`uuid.UUID(v)`, `ipaddress.IPv4Address(v)`, `date.fromisoformat(v)`; not int() or float(), which accept
   * surrounding whitespace, underscores and other scripts' digits, so the text is not the number it parsed),
   * as a statement or an assignment's value, and every except clause leaves (return, raise, abort). Past the
   * statement the name holds text the parser accepted: digits, a UUID, a dotted quad, an ISO date.
   */
  private tryValidated(t: SyntaxNode): string[] {
    let out = this.tryChecks.get(t);
    if (out) return out;
    out = [];
    const body = field(t, "body");
    if (body && namedChildren(t).some((c) => c.type === "except_clause") && this.handlersExit(t))
      for (const st of namedChildren(body)) {
        const e = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
        const call = e?.type === "assignment" ? field(e, "right") : e;
        if (call?.type !== "call" || this.args(call).length !== 1) continue;
        const a = this.args(call)[0]!;
        if (a.type !== "identifier") continue;
        if (
          /^(uuid\.UUID|ipaddress\.IPv4Address|datetime\.(date|datetime|time)\.fromisoformat)$/.test(
            this.callee(call),
          )
        )
          out.push(this.text(a));
      }
    this.tryChecks.set(t, out);
    return out;
  }

  /**
   * No conversion in the try body but `ipaddress.IPv4Address(name)` validates `name` (see tryValidated): a UUID or
   * a date is no host, a dotted quad is one the caller picks.
   */
  private tryAddressOnly(t: SyntaxNode, name: string): boolean {
    const body = field(t, "body");
    return !namedChildren(body ?? t).some((st) => {
      const e = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      const call = e?.type === "assignment" ? field(e, "right") : e;
      const a = call?.type === "call" ? this.args(call) : [];
      return (
        a.length === 1 &&
        this.text(a[0]!) === name &&
        /^(uuid\.UUID|datetime\.(date|datetime|time)\.fromisoformat)$/.test(this.callee(call!))
      );
    });
  }

  private handlersExit(t: SyntaxNode): boolean {
    const handlers = namedChildren(t).filter(
      (c) => c.type === "except_clause" || c.type === "except_group_clause",
    );
    return handlers.every((h) => this.handlerExits(h));
  }

  /** An except handler whose own block leaves (return, raise, abort(), continue, break). */
  private handlerExits(h: SyntaxNode): boolean {
    const body = namedChildren(h).find((c) => c.type === "block");
    return (
      !!body &&
      body.children.some(
        (c) =>
          EXIT_TYPES.has(c.type) ||
          (c.type === "expression_statement" && /^(abort|sys\.exit|exit)\(/.test(this.text(c))),
      )
    );
  }

  /**
   * `REDACTORS = [...]` at module level: the list/tuple literal, when that is the name's only binding in the file
   * and every other mention only iterates it (`for f in REDACTORS:`) or tests membership, so nothing empties it.
   * Syntactic only (runsOnce is asked while reaching definitions are built).
   */
  private moduleSequence(name: string): SyntaxNode | undefined {
    if (this.moduleSeqs.has(name)) return this.moduleSeqs.get(name) ?? undefined;
    let lit: SyntaxNode | undefined;
    let ok = true;
    for (const n of this.identifiers(name)) {
      const p = n.parent;
      if (p?.type === "assignment" && field(p, "left") === n && p.parent?.parent?.type === "module" && !lit) {
        const v = field(p, "right");
        if (v?.type === "list" || v?.type === "tuple") lit = v;
        else ok = false;
      } else if (
        !(p?.type === "for_statement" && field(p, "right") === n) &&
        p?.type !== "comparison_operator"
      )
        ok = false;
      if (!ok) break;
    }
    const out = ok ? lit : undefined;
    this.moduleSeqs.set(name, out ?? null);
    return out;
  }

  /** A `for` over a non-empty list/tuple/string literal whose body reaches `stmt` before any jump. */
  private runsOnce(loop: SyntaxNode, stmt: SyntaxNode): boolean {
    const it = field(loop, "right");
    const seq = it?.type === "identifier" ? this.moduleSequence(this.text(it)) : it;
    const items = seq && (seq.type === "list" || seq.type === "tuple") ? namedChildren(seq) : undefined;
    const nonEmpty = items
      ? items.length > 0 && !items.some((c) => c.type === "list_splat")
      : it?.type === "string" && !!this.stringValue(it); // literals only: no lookups from inside reaching()
    return nonEmpty && this.firstPassReaches(loop, stmt);
  }

  /** A `while` whose condition is the literal True or a non-zero integer literal (no lookups: see runsOnce). */
  private entersAlways(loop: SyntaxNode): boolean {
    let c = field(loop, "condition");
    c = unparen(c);
    return (
      c?.type === "true" ||
      (c?.type === "integer" && !/^0+$/.test(this.text(c).replace(/_/g, ""))) ||
      (!!c && this.firstTestHolds(loop, c))
    );
  }

  /**
   * `passes = 0` ... `while passes < 3:` (or `while not done:` after `done = False`): the test's names are bound to
   * int/bool literals by statements just before the loop in its block, with nothing in between mentioning them, so
   * the first test is decided. Syntactic, memoised per loop (see runsOnce).
   */
  private firstTestHolds(loop: SyntaxNode, c: SyntaxNode): boolean {
    const known = this.firstTests.get(loop);
    if (known !== undefined) return known;
    const value = (n: SyntaxNode | undefined): number | undefined => {
      n = unparen(n);
      return n?.type === "identifier" ? this.literalBefore(loop, this.text(n)) : this.intOrBool(n);
    };
    let out = false;
    if (c.type === "identifier") out = !!value(c);
    else if (c.type === "not_operator") out = value(field(c, "argument")) === 0;
    else if (c.type === "comparison_operator") {
      const [a, b] = namedChildren(c);
      const ops = c.children.filter((x) => !x.named).map((x) => x.type);
      const x = value(a);
      const y = value(b);
      if (namedChildren(c).length === 2 && ops.length === 1 && x !== undefined && y !== undefined)
        out =
          { "<": x < y, "<=": x <= y, ">": x > y, ">=": x >= y, "==": x === y, "!=": x !== y }[ops[0]!] ??
          false;
    }
    this.firstTests.set(loop, out);
    return out;
  }

  /** The int/bool literal `name` is bound to by the nearest earlier statement of the loop's block, none between. */
  private literalBefore(loop: SyntaxNode, name: string): number | undefined {
    const block = loop.parent;
    if (!block) return undefined;
    for (let i = block.children.indexOf(loop) - 1; i >= 0; i--) {
      const st = block.children[i]!;
      const e = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      const left = e?.type === "assignment" ? field(e, "left") : undefined;
      if (left?.type === "identifier" && this.text(left) === name && !field(e!, "type")) {
        return this.intOrBool(unparen(field(e!, "right")));
      }
      if (descendants(st).some((n) => n.type === "identifier" && this.text(n) === name)) return undefined;
    }
    return undefined;
  }

  /** A decimal integer literal's value, or a bool literal's as 1 / 0 (a loop test's operands). */
  private intOrBool(n: SyntaxNode | undefined): number | undefined {
    if (n?.type === "integer" && /^\d+$/.test(this.text(n))) return Number(this.text(n));
    if (n?.type === "true" || n?.type === "false") return n.type === "true" ? 1 : 0;
    return undefined;
  }

  /** The loop's first pass reaches `stmt`: it sits in the body after no statement that may jump. */
  private firstPassReaches(loop: SyntaxNode, stmt: SyntaxNode): boolean {
    const body = field(loop, "body");
    if (!body) return false;
    for (const c of body.children) {
      if (stmt.start >= c.start && stmt.end <= c.end) return true;
      if (c.type === "break_statement" || c.type === "continue_statement") return false;
      // Any jump inside an earlier statement (a walk of that statement only, not of the file).
      const stack = [c];
      while (stack.length) {
        const n = stack.pop()!;
        if (n.type === "break_statement" || n.type === "continue_statement" || n.type === "return_statement")
          return false;
        stack.push(...n.children);
      }
    }
    return false;
  }

  private evalDefs(
    defs: Def[],
    scope: Scope,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
    name: string,
  ): Level {
    let m = Level.CONST;
    for (const d of defs) {
      let l: Level;
      if (d.kind === "param")
        l =
          env?.get(name) ??
          (scope.numeric?.has(name) &&
          !(scope.addresses?.has(name) && picksHost("ipaddress.IPv4Address", cls))
            ? Level.CONST
            : scope.isEntry
              ? this.patternedParam(scope.node, name, cls)
                ? Level.CONST
                : (this.decoratorArg(scope.node, name, cls, depth) ??
                  this.dependencyLevel(scope.node, name, cls, depth) ??
                  Level.SOURCE)
              : this.urlCapture(scope.node, name)
                ? Level.SOURCE
                : (this.wrappedParam(scope.node, name, cls, depth) ??
                  (this.sourceFromCallers(scope, name, cls, depth)
                    ? Level.SOURCE
                    : (this.callSummary(scope.node, cls, depth)?.get(name) ?? Level.PARAM))));
      else if (d.kind === "opaque") l = Level.CONST;
      else if (d.kind === "iter") {
        const first = this.firstIterationOnly(d);
        const slotted = !first && d.slot !== undefined ? this.slotLevel(d, cls, env, depth) : undefined;
        // `for word, n in counter.items()`: the value side is a count.
        const count = d.sel?.how === "items" && this.counterPairs(d.value) ? Level.CONST : undefined;
        l =
          count ??
          slotted ??
          (first ? this.eval(first, cls, env, depth + 1) : this.iteratedLevel(d.value, cls, env, depth + 1));
      } else if (d.part !== undefined && d.part >= 0 && d.part < 2 && this.constPartition(d.value))
        l = Level.CONST;
      else if (d.part !== undefined && this.literalItems(d.value)) {
        const items = this.literalItems(d.value)!;
        const item = items[d.part < 0 ? d.part + items.length : d.part];
        l = item ? this.eval(item, cls, env, depth + 1) : Level.CONST;
      } else if (d.part !== undefined && d.value?.type === "call" && this.heapPopped(d.value)) {
        // `_, column = heapq.heappop(heap)`: that position of the tuple with the smallest constant key.
        const items = namedChildren(this.heapPopped(d.value)!);
        const item = items[d.part < 0 ? d.part + items.length : d.part];
        l = item ? this.eval(item, cls, env, depth + 1) : Level.CONST;
      } else if (d.part !== undefined && d.value?.type === "subscript" && this.partItem(d.value, d.part))
        l = this.eval(this.partItem(d.value, d.part), cls, env, depth + 1);
      else if (
        (d.part === 1 || d.part === -1) &&
        cls === "path" &&
        d.value?.type === "call" &&
        this.callee(d.value) === "os.path.splitext"
      )
        // `stem, ext = os.path.splitext(name)`: the extension never holds a separator.
        l = Level.CONST;
      else if (d.part !== undefined && d.value?.type === "call" && depth < 20 && this.partCallee(d.value))
        l = this.summarise(this.partCallee(d.value)!, d.value, cls, env, depth + 1, undefined, d.part);
      else l = this.eval(d.value, cls, env, depth + 1);
      if (d.kind === "augment") {
        const earlier = (scope.defs.get(name) ?? []).filter((x) => x.order < d.order);
        if (earlier.length)
          l = Math.max(l, this.evalDefs(earlier.slice(-1), scope, cls, env, depth + 1, name)) as Level;
      }
      if (l > m) m = l;
    }
    return m;
  }

  /**
   * A loop target's share of what the loop iterates: the keys for `for k, v in d.items()` (a dict literal's
   * keys), one position of each row for `for a, b in rows` when the rows are tuple/list literals (a list
   * literal of them, or a dict literal's values()). Undefined when the rows are not known.
   */
  private slotLevel(
    d: Def,
    cls: SinkClass,
    env: Map<string, Level> | undefined,
    depth: number,
  ): Level | undefined {
    const v = d.value;
    if (d.slot === "key") {
      const obj = v?.type === "call" ? field(field(v, "function") ?? v, "object") : undefined;
      return obj ? this.iteratedLevel(obj, cls, env, depth + 1) : undefined;
    }
    if (typeof d.slot !== "number" || depth > 30) return undefined;
    // `for word, n in Counter(words).most_common()` (or its items(), sorted or reversed): n is a count.
    if (d.slot === 1 && this.counterPairs(v)) return Level.CONST;
    let rows: SyntaxNode[] | undefined;
    if (v?.type === "call" && this.method(v) === "values" && !this.args(v).length) {
      const obj = field(field(v, "function") ?? v, "object");
      const r = obj?.type === "identifier" ? this.reachingAt(obj) : undefined;
      const lit =
        r && r.binds.length === 1 && !r.elems.length && r.binds[0]!.kind === "assign"
          ? r.binds[0]!.value
          : undefined;
      if (lit?.type !== "dictionary" || namedChildren(lit).some((c) => c.type !== "pair")) return undefined;
      rows = namedChildren(lit).map((c) => field(c, "value")!);
    } else rows = this.literalSeq(v);
    if (!rows?.length) return undefined;
    let m = Level.CONST;
    for (const row of rows) {
      if (!row || !/^(tuple|list|parenthesized_expression)$/.test(row.type)) return undefined;
      const items = row.type === "parenthesized_expression" ? undefined : namedChildren(row);
      if (!items || items.some((c) => c.type === "list_splat")) return undefined;
      const item = items[d.slot];
      if (!item) return undefined;
      m = Math.max(m, this.eval(item, cls, env, depth + 1)) as Level;
    }
    return m;
  }

  /**
   * Whether `v` iterates (key, count) pairs of a collections.Counter: `c.items()` / `c.most_common(n)` where c
   * is bound to Counter(...), through sorted(), reversed(), list() or tuple() and names bound to them.
   */
  private counterPairs(v: SyntaxNode | undefined, hops = 0): boolean {
    const n = this.resolve(v);
    if (n?.type !== "call" || hops > 4) return false;
    const q = this.callee(n);
    if (/^(sorted|reversed|list|tuple)$/.test(q)) return this.counterPairs(this.args(n)[0], hops + 1);
    const fn = field(n, "function");
    if (fn?.type !== "attribute" || !/^(items|most_common)$/.test(this.method(n))) return false;
    const made = this.resolve(field(fn, "object"));
    return made?.type === "call" && /^(collections\.)?Counter$/.test(this.callee(made));
  }

  /** The local function (not a lambda, not a method) a call `helper(...)` runs, for a tuple-unpacked result. */
  private partCallee(call: SyntaxNode): SyntaxNode | undefined {
    const fn = field(call, "function");
    return fn?.type === "identifier" ? this.functions.get(this.text(fn)) : undefined;
  }

  /** The items of a list or tuple literal, given directly or by a name bound to it once and never written. */
  literalItemsOf(node: SyntaxNode | undefined): SyntaxNode[] | undefined {
    return this.literalItems(node);
  }

  /**
   * The items of a list/tuple literal, directly or through a name bound once to one and never written through
   * (no append, no pop); undefined when a splat makes positions unknown or the shape is another.
   */
  private literalItems(node: SyntaxNode | undefined): SyntaxNode[] | undefined {
    let lit = node;
    if (node?.type === "identifier") {
      const r = this.reachingAt(node);
      lit =
        r && r.binds.length === 1 && !r.elems.length && r.binds[0]!.kind === "assign"
          ? r.binds[0]!.value
          : undefined;
    }
    if (lit?.type !== "list" && lit?.type !== "tuple") return undefined;
    const items = namedChildren(lit);
    return items.some((c) => c.type === "list_splat") ? undefined : items;
  }

  /**
   * `for h in [a, b]: ...; break` with an unconditional break ending the body (and no continue): the loop
   * variable only ever holds the literal's first item.
   */
  private firstIterationOnly(d: Def): SyntaxNode | undefined {
    if (d.stmt.type !== "for_statement" || field(d.stmt, "left")?.type !== "identifier") return undefined;
    const body = namedChildren(field(d.stmt, "body") ?? d.stmt).filter((c) => c.type !== "comment");
    if (body[body.length - 1]?.type !== "break_statement") return undefined;
    if (descendants(field(d.stmt, "body")!).some((n) => n.type === "continue_statement")) return undefined;
    const v = this.resolve(d.value);
    let items = this.seqItems(v);
    // `for x in reversed(names)` with `names` bound once to a literal nothing writes into.
    const q = v?.type === "call" && this.args(v).length === 1 ? this.callee(v) : "";
    if (!items && /^(reversed|list|tuple)$/.test(q)) {
      const arg = this.args(v!)[0]!;
      const r = arg.type === "identifier" ? this.reachingAt(arg) : undefined;
      const lit =
        r && r.binds.length === 1 && !r.elems.length && r.binds[0]!.kind === "assign"
          ? r.binds[0]!.value
          : undefined;
      const inner = lit?.type === "list" || lit?.type === "tuple" ? namedChildren(lit) : undefined;
      items = inner && q === "reversed" ? [...inner].reverse() : inner;
    }
    return items?.length && items[0]!.type !== "list_splat" ? items[0] : undefined;
  }

  /**
   * `head, sep, tail = ('docs=' + v).partition('=')`: the separator is in the literal prefix, so the head and
   * the separator are the program's own text.
   */
  private constPartition(call: SyntaxNode | undefined): boolean {
    const fn = call?.type === "call" ? field(call, "function") : undefined;
    if (fn?.type !== "attribute" || this.text(field(fn, "attribute") ?? fn) !== "partition") return false;
    const sep = this.constValue(this.args(call!)[0]);
    return typeof sep === "string" && sep !== "" && this.constPrefix(field(fn, "object")).text.includes(sep);
  }

  /**
   * Allow-list and containment checks before the use: `if x not in ALLOWED: raise`, `if not
   * p.startswith(base): return`, `re.fullmatch(...)`. A guard counts when it precedes the use and either
   * encloses it or exits.
   */
  /**
   * `@checked_host def dig(): host = request.args.get('host')` where the local decorator's wrapper reads the same
   * request value (`host = request.args.get('host', '')`, the same text) and vets it before it calls the view
   * (`if not HOST_RE.fullmatch(host): abort(400)` ... `return view(*args, **kwargs)`): the view only runs with a
   * value that passed the check.
   */
  private vettedByDecorator(call: SyntaxNode, cls: SinkClass): boolean {
    const fn = this.enclosingFunction(call);
    const deco = fn?.parent?.type === "decorated_definition" ? fn.parent : undefined;
    if (!deco || cls === "literal") return false;
    const key = `${call.start}:${cls}`;
    const hit = this.decoVetMemo.get(key);
    if (hit !== undefined) return hit;
    this.decoVetMemo.set(key, false);
    const text = this.text(call);
    let out = false;
    for (const d of deco.children) {
      if (d.type !== "decorator") continue;
      const name = namedChildren(d)[0];
      const outer = name?.type === "identifier" ? this.functions.get(this.text(name)) : undefined;
      const viewParam = outer ? this.paramNames(outer)[0] : undefined;
      if (!outer || !viewParam) continue;
      for (const wrapper of descendants(field(outer, "body") ?? outer)) {
        if (wrapper.type !== "function_definition") continue;
        // The wrapper's own read of the same value, bound to a name, and its call of the view.
        const read = descendants(wrapper).find(
          (a) =>
            a.type === "assignment" &&
            field(a, "left")?.type === "identifier" &&
            this.text(field(a, "right") ?? a) === text,
        );
        const viewCall = descendants(wrapper).find(
          (c) => c.type === "call" && this.text(field(c, "function") ?? c) === viewParam,
        );
        if (!read || !viewCall || read.start > viewCall.start) continue;
        const scope = this.scopeOf(wrapper);
        if (scope.guards.length && this.guarded(scope, viewCall, this.text(field(read, "left")!), cls)) {
          out = true;
          break;
        }
      }
      if (out) break;
    }
    this.decoVetMemo.set(key, out);
    return out;
  }

  private readonly decoVetMemo = new Map<string, boolean>();

  /**
   * A regex allow-list (`re.match(r'^[\w.\[\]()]+$', expr)`) that admits both names (`\w`, a letter range, `.`
   * outside a class) and a call's parenthesis: text that passes it still calls functions when evaluated
   * (`().__class__.__base__.__subclasses__()`), so it guards no code sink. Digits, operators and brackets alone do.
   */
  private callableAllowList(c: string): boolean {
    const pats = [...c.matchAll(/re\.(?:full)?match\(\s*[rbRB]{0,2}(['"])((?:\\.|(?!\1).)*)\1/g)].map(
      (m) => m[2]!,
    );
    return pats.some((p) => {
      // What a character class admits and what the pattern admits outside classes, escapes kept as written.
      let inside = "";
      let outside = "";
      let cls = false;
      for (let i = 0; i < p.length; i++) {
        const ch = p[i] === "\\" ? p.slice(i, ++i + 1) : p[i]!;
        if (!cls && ch === "[") {
          cls = true;
          if (p[i + 1] === "^") inside += "^";
        } else if (cls && ch === "]") cls = false;
        else if (cls) inside += ch;
        else outside += ch;
      }
      const names = /\\w|a-z|A-Z|\^/.test(inside) || /\\w|(^|[^\\])\./.test(outside);
      // (a negated class, `[^;]`, admits every character it does not list)
      const negated = inside.startsWith("^");
      const paren = negated
        ? !inside.includes("(")
        : inside.includes("(") || inside.includes("\\(") || outside.includes("\\(");
      return names && paren;
    });
  }
  private reImports: string[] | undefined;

  /**
   * `match(r'^[0-9,. ]*$', s)` with `from re import match` (or fullmatch, search): written as the `re.` call it is,
   * so the guard tests read it like `re.match(...)`.
   */
  private qualifiedReCalls(c: string): string {
    if (!/(?<![\w.])(fullmatch|match|search)\(/.test(c)) return c;
    // (the file's `from re import ...` names, read once per file)
    this.reImports ??= sourceHas(this.tree, /^[ \t]*from[ \t]+re[ \t]+import\b/m)
      ? [...this.tree.source.matchAll(/^[ \t]*from[ \t]+re[ \t]+import[ \t]+([^\n#]+)/gm)]
          .flatMap((m) => m[1]!.replace(/[()]/g, "").split(","))
          .map((x) => x.trim())
          .filter((x) => /^(fullmatch|match|search)$/.test(x))
      : [];
    const names = this.reImports;
    if (!names.length) return c;
    return c.replace(/(?<![\w.])(fullmatch|match|search)\(/g, (all, f: string) =>
      names.includes(f) ? `re.${f}(` : all,
    );
  }

  private guarded(scope: Scope, use: SyntaxNode, name: string, cls: SinkClass): boolean {
    if (cls === "literal") return false;
    // A path decoded after its tests (`unquote(name)`: %2e%2e%2f) holds the dots and separators a deny test or a
    // prefix test ruled out; only a test that admits no escape character at all still holds (decodeProof).
    const dec = cls === "path" && use.parent?.type === "argument_list" ? use.parent.parent : undefined;
    const decoded = dec?.type === "call" && this.args(dec)[0] === use && PATH_DECODERS.test(this.callee(dec));
    let aliases: string[] | undefined;
    let copies: { name: string; order: number }[] | undefined;
    for (const g of scope.guards) {
      if (g.order >= use.order) break;
      if (g.type === "try_statement") {
        if (
          use.start >= g.end &&
          this.tryValidated(g).includes(name) &&
          !(picksHost("ipaddress.IPv4Address", cls) && this.tryAddressOnly(g, name)) &&
          !this.reboundAfter(scope, g, use, name, false)
        )
          return true;
        continue;
      }
      let c = this.guardTexts.get(g);
      if (c === undefined) {
        if (g.type === "expression_statement") c = this.validatorTest(g)?.text ?? null;
        else {
          const cond =
            g.type === "case_clause" ? namedChildren(field(g, "guard") ?? g)[0] : field(g, "condition");
          c = cond ? this.inlinePredicates(cond) : null;
        }
        if (c !== null) c = this.qualifiedReCalls(c);
        this.guardTexts.set(g, c);
      }
      if (c === null) continue;
      if (decoded && !this.decodeProof(c, name)) continue;
      // `"id" in params` tests the container for a key, not the value: `params["id"]` is anything afterwards.
      // (For a URL the same shape is a substring test, judged below with the parsed-URL tests beside it.)
      // Cheap substring test first: this runs for every identifier lookup in a guarded scope (a test that does not
      // mention the name cannot be a containment test on it either).
      const mentions = c.includes(name);
      if (
        mentions &&
        cls !== "redirect" &&
        cls !== "url" &&
        c.includes(" in ") &&
        this.containerOnly(c, name)
      )
        continue;
      let named = mentions && this.wordPattern(name).test(c);
      // A test of a part of the value only - its extension, one piece of a split, a parsed URL's scheme or path -
      // says nothing of the rest: `if splitext(name)[1] not in ('.png',): abort()` lets `../../x.png` through.
      if (named && cls !== "regex" && this.onlyPartTested(c, name, cls)) named = false;
      if (named && cls === "path" && this.otherFieldTested(c, name, use)) named = false;
      if (named && cls !== "regex" && this.otherSliceTested(c, name, use)) named = false;
      // A path tested through its resolved form: `real = os.path.realpath(target)`; `if not
      // real.startswith(base): continue`; `open(target)` opens what the test saw (the name is not rebound).
      let tested = name;
      if (!named && cls === "path") {
        aliases ??= this.canonicalAliases(scope, name);
        const alias = aliases.find((a) => c!.includes(a) && this.wordPattern(a).test(c!));
        if (alias) {
          named = true;
          tested = alias;
        }
      }
      // A test of a plain copy: `checked = nxt` (or `target = checked`), each bound once here, holds one value.
      if (!named) {
        copies ??= this.copyAliases(scope, name);
        const copy = copies.find(
          (a) => a.order < g.order && c!.includes(a.name) && this.wordPattern(a.name).test(c!),
        );
        if (copy) {
          named = true;
          tested = copy.name;
          if (this.onlyPartTested(c, copy.name, cls)) named = false;
        }
      }
      const parsed = !named && (cls === "redirect" || cls === "url") && this.parsedUrlTest(scope, c, name);
      const ipTest =
        !parsed &&
        cls === "url" &&
        (named ? this.addressRangeTest(scope, c, tested) : this.resolvedAddressTest(scope, c, name));
      if (!named && !parsed && !ipTest) continue;
      if (named && g.type === "if_statement" && this.forElseGuard(scope, g, use, name, cls)) return true;
      const encloses = use.start >= g.start && use.end <= g.end;
      if (encloses && this.inOwnTest(g, use)) continue;
      // A helper's `if not ok(v): raise` is an exiting guard.
      const call = g.type === "expression_statement" ? this.validatorTest(g) : undefined;
      const exits =
        call !== undefined ||
        this.bodyExits(g) ||
        (!encloses && this.loopRunsOut(g)) ||
        (this.bodyAssigns(g, name) && this.reassignedLevel(g, name, cls) < Level.SOURCE);
      if (!encloses && !exits) continue;
      if (this.reboundAfter(scope, g, use, name, encloses)) continue;
      // `if host and host not in ALLOWED: nxt = '/'` with host parsed from nxt: a value whose host is empty
      // (`/\evil.com`, `https:evil.com`) skips the test and goes on unchanged.
      if (!named && !encloses && /^\s*[\w.]+\s+and\s/.test(c)) continue;
      if (ipTest) {
        // `if not addr.is_global: abort()` (or the use under `if addr.is_global:`); `if addr.is_private: abort()`.
        // Polarity of the address test itself, not of other tests `or`-ed beside it before the same exit
        // (`parsed.scheme not in (...) or ip_address(...).is_private`).
        const at = c
          .split(/\s+or\s+/)
          .filter((p) => /\.is_(?:global|private|loopback|reserved|link_local)\b/.test(p));
        const seg = exits && !encloses && at.length === 1 ? at[0]! : c;
        const neg = /\bnot\b/.test(seg);
        if (/\.is_global\b/.test(seg) ? (encloses ? !neg : neg) : exits && !encloses && !neg) return true;
        continue;
      }
      // Inside the guarded branch the test must be positive (x in ALLOWED); before an early exit, negative.
      // `re.match(...) is None` is a failing match (negative); `x is None` alone tests no allow-list at all.
      const negative =
        /\bnot\b|!=/.test(c) || /(re\.(full)?match|\.(full)?match)\(.*\)\s*(is|==)\s*None\b/.test(c);
      // A generator's own `for c in name` is no membership test: `all(c.isprintable() for c in name)`.
      let membership = c.includes(" for ") ? c.replace(/\bfor\s+[\w, ]+?\s+in\b/g, "for") : c;
      // `if key in args:` tests the key, not the container: `args[key]` is whatever the container holds.
      const at = membership.search(/\s(not\s+)?in\s/);
      if (named && at >= 0 && !this.wordPattern(tested).test(membership.slice(0, at)))
        membership = membership.slice(0, at) + " " + membership.slice(at).replace(/\b(not\s+)?in\b/, "");
      const allowTest =
        (/\bin\b|re\.(full)?match|\.fullmatch\(|\.match\(|\.is(alnum|digit|decimal|numeric|identifier|alpha)\(\)|issubset|issuperset/.test(
          membership,
        ) ||
          // `if not isinstance(uid, int): abort(400)`: a number has no metacharacter; every type the test
          // accepts must be one (`isinstance(n, (int, str))` lets text through).
          /\bisinstance\([^,()]+,\s*(\(\s*)?(int|float|bool|decimal\.Decimal|Decimal|uuid\.UUID|UUID)(\s*,\s*(int|float|bool|decimal\.Decimal|Decimal|uuid\.UUID|UUID))*\s*,?\s*\)/.test(
            c,
          ) ||
          // `x == 'a'` tests the value; `f(x) != BASE` (commonprefix, len) tests something derived from it.
          (/==|!=/.test(c) && this.equalityOperand(c, name))) &&
        !this.prefixOnlyMatch(c);
      // Before an early exit the test must fail for the values that go on: `if x not in ALLOWED: return`.
      // `if x in SKIP: continue` is a deny-list (x is anything else afterwards), no guard.
      // `"example.com" in url` is a substring test, no allow-list: any URL may carry the text.
      const substring =
        (cls === "redirect" || cls === "url") &&
        c.includes(" in ") &&
        new RegExp(`(['"])[^'"]*\\1\\s+(not\\s+)?in\\s+${regexEscape(name)}\\b`).test(c);
      const allow = allowTest && !substring && (encloses ? !negative : exits ? negative : false);
      // A prefix test contains the value only where the values that go on start with the prefix: `if not
      // p.startswith(base): return`; `if name.startswith('/'): return` lets `../x` through.
      // A deny test before an exit that leaves one plain component: `if "/" in name or name.startswith("."):
      // abort()` (no separator, no `..`, no absolute path) - any name that goes on stays in its directory.
      if (cls === "path" && named && exits && !encloses && !negative && this.plainNameDeny(c, tested))
        return true;
      const strong = /commonpath|is_relative_to|relative_to|\.\./.test(c);
      const prefixDeny = /startswith\(|isabs/.test(c) && !strong && (encloses ? negative : !negative);
      const contain = (strong || /startswith\(|isabs/.test(c)) && !prefixDeny;
      if (allow && !contain && cls !== "regex" && !(cls === "code" && this.callableAllowList(c))) return true;
      // Only a quoted literal passes: `if not x.startswith("'") or not x.endswith("'") or "'" in x[1:-1]:
      // return` leaves one quoted word, which a shell or SQL string context reads as data.
      const quoted = /startswith\((['"])(\\?['"])\1\)/.exec(c);
      if (
        quoted &&
        exits &&
        negative &&
        c.includes(`endswith(${quoted[1]}${quoted[2]}${quoted[1]})`) &&
        /\bin\s+\w+\[1\s*:\s*-1\]/.test(c) &&
        (cls === "command" || cls === "sql")
      )
        return true;
      if (contain && cls === "path" && this.pathGuardHolds(scope, use, tested, c)) return true;
      // `if nxt.startswith('/') and not nxt.startswith('//'):` around the use: every conjunct holds inside, and the
      // two together fix the origin (the negated half reads as a prefix deny above when the whole is judged).
      if (encloses && named && (cls === "redirect" || cls === "url") && this.localPathConjuncts(c, tested))
        return true;
      // For a URL only a prefix that fixes the origin contains it: "/" (not "//") or "https://host/";
      // `startswith("http")` or `startswith("https://")` lets any host through.
      if (
        contain &&
        (cls === "redirect" || cls === "url") &&
        (!/startswith\(/.test(c) ||
          /startswith\(\s*(['"])(\/(?![/'"])|https?:\/\/[^/'"]+\/)/.test(c) ||
          // "/" alone also admits "//host/": only with that case rejected too (an empty netloc does not: urlparse
          // gives "///evil.com" no netloc, and browsers go to evil.com).
          (/startswith\(\s*(['"])\/\1/.test(c) && /(['"])\/\/\1/.test(c)))
      )
        return true;
      if (cls === "redirect" || cls === "url") {
        // Same-origin: `if urlparse(t).netloc or t.startswith("//"): abort()` (or the use under its negation) lets
        // only path-only URLs through; Django's / Werkzeug's host checks say the same when they pass.
        // A parsed host tested against a dotted suffix: `host.endswith(".example.org")`.
        if (parsed && encloses && !negative && /\.endswith\(\s*(['"])\./.test(c)) return true;
        // Its negation before an early exit: `if not host.endswith(".example.org"): abort(400)`, alone or `or`-ed
        // with other rejections (`(parts.hostname or "")` included); an `and` would let other hosts through.
        if (
          parsed &&
          exits &&
          !/\band\b/.test(c) &&
          /\bnot\s+(\(\s*[\w.]+\s+or\s+(['"])\2\s*\)|[\w.]+)\.endswith\(\s*(['"])\./.test(c)
        )
          return true;
        const hostTest = /\.netloc\b/.test(c);
        // Against the empty string the comparison is the polarity: `netloc == ""` reads as `not netloc` (no host),
        // `netloc != ""` as `netloc` (some host), whatever else the condition says.
        const empty = /\.netloc\s*(==|!=)\s*(['"])\2/.exec(c);
        const noHost = empty ? empty[1] === "==" : negative;
        // No host is not yet same-origin: "///evil.com" parses with an empty netloc and browsers read it as
        // //evil.com, so the "//" prefix must be rejected in the same test.
        if (hostTest && /(['"])\/\/\1/.test(c) && (encloses ? noHost : exits && !noHost)) return true;
        // The parsed host equal to ours or a fixed one, or in an allow-list: `if urlparse(t).netloc ==
        // request.host:` (the Host the victim's browser sent) around the redirect, or its negation before an exit;
        // `.hostname` (netloc without port or user info, lower-cased) the same.
        const sameHost =
          /\.(?:netloc|hostname)\s*([!=]=\s*(request\.host\b|(['"])[^'"]+\3|[A-Z][A-Z0-9_]*\b)|in\s+[A-Z][A-Z0-9_]*\b)/.test(
            c,
          );
        // `!=` only as the failing test before an exit: `if parts.hostname != "cdn.example.com": abort(400)`.
        if (sameHost && (encloses ? !/\bnot\b|!=/.test(c) : exits && /!=|\bnot\s+in\b/.test(c))) return true;
        const safeUrl = /url_has_allowed_host_and_scheme\(|is_safe_url\(/.test(c);
        if (safeUrl && (encloses ? !negative : exits && negative)) return true;
      }
      if (/\\r|\\n/.test(c) && (cls === "header" || cls === "log")) return true;
    }
    return false;
  }

  /**
   * A condition that is a plain `and` of tests (no `or`) with one conjunct `x.startswith('/')` and another
   * `not x.startswith('//')` (either quote, optionally parenthesised): inside it x is a path on this origin.
   */
  private localPathConjuncts(c: string, name: string): boolean {
    if (/\bor\b/.test(c)) return false;
    const x = regexEscape(name);
    const parts = c.split(/\s+and\s+/).map((p) =>
      p
        .trim()
        .replace(/^\((.*)\)$/s, "$1")
        .trim(),
    );
    const slash = new RegExp(`^${x}\\.startswith\\(\\s*(['"])/\\1\\s*\\)$`);
    const noDouble = new RegExp(`^not\\s+${x}\\.startswith\\(\\s*(['"])//\\1\\s*\\)$`);
    return parts.some((p) => slash.test(p)) && parts.some((p) => noDouble.test(p));
  }

  /**
   * A for/else allow-list: `for ok in ('id', 'name'):` / `if sort == ok: break` / `else: sort = 'id'` (or an
   * exit). Past the loop the name either equals one of the constants (the only break) or was set to a constant.
   */
  /**
   * A use inside the guard's own test runs before the test has passed: `if pw == os.environ["PW"]` compares the
   * raw value. Only the right operand of an `and` runs after its left one held (`if x in OK and run(x)`).
   */
  private inOwnTest(g: SyntaxNode, use: SyntaxNode): boolean {
    const cond = g.type === "case_clause" ? field(g, "guard") : field(g, "condition");
    if (!cond || use.start < cond.start || use.end > cond.end) return false;
    for (let p: SyntaxNode | null = use; p && p !== cond; p = p.parent) {
      const up = p.parent;
      if (
        up?.type === "boolean_operator" &&
        up.children.some((c) => c.type === "and") &&
        p !== field(up, "left")
      )
        return false;
    }
    return true;
  }

  private forElseGuard(scope: Scope, g: SyntaxNode, use: SyntaxNode, name: string, cls: SinkClass): boolean {
    const loop = g.parent?.type === "block" ? g.parent.parent : undefined;
    const other = loop?.type === "for_statement" ? field(loop, "alternative") : undefined;
    const left = loop && field(loop, "left");
    const body = field(g, "consequence");
    const cond = field(g, "condition");
    if (!loop || !other || left?.type !== "identifier" || !body || !cond || use.start < loop.end)
      return false;
    if (!body.children.some((c) => c.type === "break_statement")) return false;
    const items = this.iteratedConstants(field(loop, "right"));
    if (!items) return false;
    // `if target.startswith(prefix): break` over local path prefixes ('/account/': a slash, then a path character,
    // not a second slash, a backslash or a tab browsers drop): a redirect target that passes stays on this site.
    const fn = cond.type === "call" ? field(cond, "function") : undefined;
    const prefixTest =
      cls === "redirect" &&
      fn?.type === "attribute" &&
      this.text(field(fn, "attribute") ?? fn) === "startswith" &&
      this.text(field(fn, "object") ?? fn) === name &&
      this.args(cond).length === 1 &&
      this.text(this.args(cond)[0]!) === this.text(left) &&
      items.every((v) => typeof v === "string" && /^\/[\w.~-]/.test(v));
    if (!prefixTest) {
      if (
        cond.type !== "comparison_operator" ||
        cond.children
          .filter((c) => !c.named)
          .map((c) => c.type)
          .join() !== "=="
      )
        return false;
      const ops = namedChildren(cond).map((o) => this.text(o));
      if (ops.length !== 2 || !ops.includes(name) || !ops.includes(this.text(left)) || ops[0] === ops[1])
        return false;
    }
    // Every break of the loop is this one, and the loop does not rebind the name.
    const loopBody = field(loop, "body");
    if (!loopBody) return false;
    const breaks = descendants(loopBody).filter((d) => d.type === "break_statement");
    if (breaks.some((b) => b.parent !== body)) return false;
    const defs = scope.defs.get(name) ?? [];
    if (defs.some((d) => d.stmt.start >= loopBody.start && d.stmt.end <= loopBody.end)) return false;
    // The else clause leaves, or sets the name to a constant.
    const elseBody = namedChildren(other).find((c) => c.type === "block");
    const settles =
      !!elseBody &&
      elseBody.children.some((c) => {
        if (
          EXIT_TYPES.has(c.type) ||
          (c.type === "expression_statement" && /^(abort|sys\.exit|exit)\(/.test(this.text(c)))
        )
          return true;
        const a = c.type === "expression_statement" ? namedChildren(c)[0] : undefined;
        return (
          a?.type === "assignment" &&
          this.text(field(a, "left") ?? a) === name &&
          this.constValue(field(a, "right")) !== undefined
        );
      });
    const elseDefs = defs.filter((d) => d.stmt.start >= other.start && d.stmt.end <= other.end);
    if (!settles || elseDefs.some((d) => d.kind !== "assign" || this.constValue(d.value) === undefined))
      return false;
    // Nothing rebinds it past the loop before the use (the else clause's constant is inside the loop node).
    return !defs.some((d) => d.kind !== "element" && d.stmt.start >= loop.end && d.order < use.order);
  }

  /**
   * Names bound once, in this scope, to the resolved form of `name`: `real = os.path.realpath(name)` (abspath,
   * normpath too). A containment test on such a name checks the path `name` denotes.
   */
  private canonicalAliases(scope: Scope, name: string): string[] {
    const out: string[] = [];
    for (const [alias, defs] of scope.defs) {
      if (alias === name || defs.length !== 1 || defs[0]!.kind !== "assign") continue;
      const v = defs[0]!.value;
      if (v?.type !== "call" || !/(^|\.)(normpath|realpath|abspath)$/.test(this.callee(v))) continue;
      const a = this.args(v)[0];
      if (a?.type === "identifier" && this.text(a) === name) out.push(alias);
    }
    return out;
  }

  /**
   * Names holding the same value as `name` for the whole scope: `name = other` or `other = name`, with both names
   * bound once in it (an assignment, or a parameter for the copied one). `order`: where the copy is made.
   */
  private copyAliases(scope: Scope, name: string): { name: string; order: number }[] {
    const defs = scope.defs.get(name);
    if (!defs || defs.length !== 1 || (defs[0]!.kind !== "assign" && defs[0]!.kind !== "param")) return [];
    const once = (n: string) => {
      const d = scope.defs.get(n);
      return !!d && d.length === 1 && (d[0]!.kind === "assign" || d[0]!.kind === "param");
    };
    const out: { name: string; order: number }[] = [];
    const own = defs[0]!;
    if (own.kind === "assign" && own.value?.type === "identifier") {
      const from = this.text(own.value);
      if (from !== name && once(from)) out.push({ name: from, order: own.order });
    }
    for (const [other, d] of scope.defs)
      if (
        other !== name &&
        d.length === 1 &&
        d[0]!.kind === "assign" &&
        d[0]!.value?.type === "identifier" &&
        this.text(d[0]!.value) === name
      )
        out.push({ name: other, order: d[0]!.order });
    return out;
  }

  /**
   * Whether `name` is bound again between the guard's test and the use: `if d == 'ls': d = argv[2]; run(d)` runs
   * the new value, which the test never saw. Inside an enclosing guard, any rebinding after the condition counts;
   * after an exiting guard, only one after the whole statement (`if x not in OK: x = DEFAULT` is the guard's own).
   */
  private reboundAfter(
    scope: Scope,
    g: SyntaxNode,
    use: SyntaxNode,
    name: string,
    encloses: boolean,
  ): boolean {
    const defs = scope.defs.get(name);
    if (!defs) return false;
    const cond = g.type === "case_clause" ? field(g, "guard") : field(g, "condition");
    const from = encloses ? (cond ?? g).end : g.end;
    return defs.some((d) => d.kind !== "element" && d.stmt.start >= from && d.order < use.order);
  }

  /**
   * `"/" in name or ".." in name` (or `name.startswith(".")`, `os.sep in name`): a disjunction of deny tests, one
   * ruling out every separator and one every dot-dot, so a name failing them all is a single plain component.
   */
  private plainNameDeny(cond: string, name: string): boolean {
    if (/\band\b|\bnot\b/.test(cond)) return false;
    const n = regexEscape(name);
    const sep = new RegExp(`((['"])\\/\\2|os\\.sep)\\s+in\\s+${n}(?![\\w.\\[(])`).test(cond);
    const dots =
      new RegExp(`(['"])\\.\\.?\\1\\s+in\\s+${n}(?![\\w.\\[(])`).test(cond) ||
      new RegExp(`(^|[^\\w.])${n}\\.startswith\\(\\s*(['"])\\.\\2\\s*\\)`).test(cond);
    return sep && dots;
  }

  /**
   * A test that a decoder applied afterwards cannot get round: a full-match pattern or a character-class method,
   * membership of the name in a container, or equality with a literal (the decoded form of an allowed value is
   * the value). Deny tests (`'..' in name`), prefix tests and `basename(name) == name` are not.
   */
  private decodeProof(cond: string, name: string): boolean {
    if (/\bor\b/.test(cond)) return false;
    if (
      /(^|[^\w.])re\.fullmatch\(|\.fullmatch\(|\.is(alnum|digit|decimal|numeric|identifier|alpha)\(\)/.test(
        cond,
      )
    )
      return true;
    const n = regexEscape(name);
    return new RegExp(`(^|[^\\w.])${n}\\s+(not\\s+)?in\\s|(^|[^\\w.])${n}\\s*(==|!=)\\s*[bru]*['"]`).test(
      cond,
    );
  }

  /** Whether `name` (or a string method of it, `name.lower()`) is itself an operand of `==` / `!=` in `cond`. */
  private equalityOperand(cond: string, name: string): boolean {
    const n = regexEscape(name);
    return new RegExp(
      `(^|[\\s(,])${n}(\\.\\w+\\(\\))*\\s*(==|!=)|(==|!=)\\s*${n}(\\.\\w+\\(\\))*\\s*($|[\\s),:])`,
    ).test(cond);
  }

  /**
   * Whether a containment test keeps a path inside its directory. A comparison after resolving (realpath,
   * abspath, normpath, commonpath, is_relative_to) does; `startswith(...)` on the raw value does not
   * ("public/../../etc"); a `..` test alone does not when the value is joined after a base (os.path.join
   * lets an absolute name replace the base) unless absolute names are rejected too.
   */
  private pathGuardHolds(scope: Scope, use: SyntaxNode, name: string, c: string): boolean {
    if (/commonpath|is_relative_to|relative_to|realpath|abspath|normpath|resolve\(/.test(c)) return true;
    // The value compared with its own last component (`Path(n).name != n`, `basename(n) == n`): a plain name.
    if (/basename\(|\.name\s*(!=|==)|(!=|==)\s*\w+\.name\b|secure_filename\(/.test(c)) return true;
    const absCheck = /isabs|is_absolute|startswith\(\s*(['"]\/['"]|os\.sep|\()|\[0\]\s*==\s*['"]\//.test(c);
    const dotdot = /\.\./.test(c);
    if (dotdot && absCheck) return true;
    if (dotdot) {
      // Joined as a later argument of os.path.join / Path(...) / joinpath: an absolute name escapes. The same
      // when the tested name already holds such a join (`full = os.path.join(ROOT, name)`; `".." in full`).
      const JOIN = /(^|\.)(path\.join|join|Path|PurePath|joinpath)$/;
      const call = use.parent?.type === "argument_list" ? use.parent.parent : undefined;
      // `ROOT / name` (pathlib's join) as well; a decoder applied after the test (`unquote(name)`: %2e%2e) makes
      // the dots it looked for.
      const slash =
        use.parent?.type === "binary_operator" &&
        field(use.parent, "right") === use &&
        use.parent.children.find((c) => !c.named)?.type === "/";
      const joined =
        slash || (call?.type === "call" && JOIN.test(this.callee(call)) && this.args(call)[0] !== use);
      if (call?.type === "call" && PATH_DECODERS.test(this.callee(call))) return false;
      const defs = scope.defs.get(name) ?? [];
      const d = defs.length === 1 && defs[0]!.kind === "assign" ? defs[0]!.value : undefined;
      // A later part with a literal prefix ("img-" + name) cannot be absolute; a bare value can.
      const heldJoin =
        d?.type === "call" &&
        JOIN.test(this.callee(d)) &&
        this.args(d)
          .slice(1)
          .some((a) => !/^(binary_operator|string|concatenated_string|integer)$/.test(a.type));
      return !joined && !heldJoin;
    }
    if (/startswith\(/.test(c)) {
      // Only a resolved value keeps its prefix: the name bound to normpath/realpath/abspath/resolve() (or a
      // helper in the file returning one).
      const defs = scope.defs.get(name) ?? [];
      const d = defs.length === 1 && defs[0]!.kind === "assign" ? defs[0]!.value : undefined;
      if (!d) return true;
      const norm = /normpath|realpath|abspath|resolve\(|safe_join|secure_filename|basename/;
      const local = d.type === "call" ? this.localCallee(d) : undefined;
      const resolved =
        norm.test(this.text(d)) || (!!local && this.returnValues(local).some((v) => norm.test(this.text(v))));
      return resolved && !this.partialPrefix(c);
    }
    return true;
  }

  /**
   * `p.startswith('/srv/data')` or `p.startswith(BASE)` with `BASE = '/srv/data'` at the top of the module: a
   * directory prefix without its trailing separator, which `/srv/data-old/x` also passes (a sibling directory).
   * False when the prefix ends in a separator (`BASE + os.sep`, `'/srv/data/'`) or is not a known literal.
   */
  private partialPrefix(cond: string): boolean {
    // `startswith(str(BASE))` / `os.fspath(BASE)`: the text of a Path constant, as bare as the constant is.
    const arg = /startswith\(\s*(?:(?:str|os\.fspath)\(\s*([A-Za-z_]\w*)\s*\)|([^()]*?))\s*\)/.exec(cond);
    const named = arg?.[1] ?? arg?.[2];
    if (!named) return false;
    let text: string | undefined;
    const lit = /^(['"])([^'"]*)\1$/.exec(named);
    if (lit) text = lit[2];
    else if (/^[A-Za-z_]\w*$/.test(named)) {
      // `BASE = '/srv/data'`, or a Path of it: `Path('/srv/data')`, `Path('/srv/data').resolve()`.
      const m = new RegExp(
        `^${named}\\s*=\\s*(?:(?:pathlib\\.)?Path\\(\\s*)?(['"])([^'"\\n]*)\\1(?:\\s*\\)(?:\\.resolve\\(\\))?)?\\s*$`,
        "gm",
      );
      const all = [...this.tree.source.matchAll(m)];
      if (all.length === 1 && !sourceMatches(this.tree, `^\\s+${named}\\s*=`, "m")) text = all[0]![2];
    }
    return text !== undefined && text.length > 1 && text.startsWith("/") && !/[/\\]$/.test(text);
  }

  /**
   * `re.match(r'[a-z]+', x)` with a literal pattern that is not anchored at its end: only a prefix of `x` is
   * tested, so whatever follows the match goes through (`re.fullmatch`, or `$` / `\Z` at the end, tests it all).
   */
  private prefixOnlyMatch(cond: string): boolean {
    if (
      /\.fullmatch\(|\.is(alnum|digit|decimal|numeric|identifier|alpha)\(\)|\bin\b|==|!=|issubset|issuperset|\ball\(/.test(
        cond,
      )
    )
      return false;
    const m = /\bre\.match\(\s*[rbRB]{0,2}(['"])((?:\\.|(?!\1).)*)\1/.exec(cond);
    if (m) return !/(\$|\\Z)$/.test(m[2]!);
    // `HOST_RE.match(x)` with `HOST_RE = re.compile(r'[a-z0-9.-]+')` once at the top of the module: the same.
    const pat = /(?<![\w.])([A-Za-z_]\w*)\.match\(/.exec(cond)?.[1];
    if (!pat) return false;
    const defs = [
      ...this.tree.source.matchAll(
        new RegExp(
          `^${pat}\\s*=\\s*re\\.compile\\(\\s*[rbRB]{0,2}(['"])((?:\\\\.|(?!\\1).)*)\\1\\s*[,)]`,
          "gm",
        ),
      ),
    ];
    return defs.length === 1 && !/(\$|\\Z)$/.test(defs[0]![2]!);
  }

  /**
   * A comprehension that keeps characters by a str predicate: `c for c in s if c.isalnum()` (any sink class) or
   * `if c.isprintable()` (log and header: no CR/LF survives). Not with `or` / `not` in the filter.
   */
  private filteredChars(gen: SyntaxNode | undefined, cls: SinkClass): boolean {
    if (gen?.type !== "generator_expression" && gen?.type !== "list_comprehension") return false;
    const parts = namedChildren(gen);
    const loop = parts.find((c) => c.type === "for_in_clause");
    const v = loop ? field(loop, "left") : undefined;
    if (v?.type !== "identifier" || !parts[0] || this.text(parts[0]) !== this.text(v)) return false;
    const filt = parts
      .filter((c) => c.type === "if_clause")
      .map((c) => this.text(c))
      .join(" ");
    if (!filt || /\bor\b|\bnot\b/.test(filt)) return false;
    const name = this.text(v);
    const test = (p: string) => filt.includes(`${name}.${p}()`);
    if (["isalnum", "isdigit", "isdecimal", "isalpha"].some(test)) return true;
    return (cls === "log" || cls === "header") && test("isprintable");
  }

  /** `\bname\b`, compiled once per name and file. */
  private wordPattern(name: string): RegExp {
    let re = this.words.get(name);
    if (!re) {
      re = new RegExp(`\\b${regexEscape(name)}\\b`);
      this.words.set(name, re);
    }
    return re;
  }

  /**
   * A test of the address the URL's host resolves to: `addr = ipaddress.ip_address(socket.gethostbyname(
   * urlparse(x).hostname))` (or through a parsed copy) and then `addr.is_global` / `is_private` / `is_loopback`.
   */
  private resolvedAddressTest(scope: Scope, cond: string, name: string): boolean {
    // A local predicate's test written in place: `ip_address(getaddrinfo(urlparse(url).hostname, 443)[4][0])`.
    if (
      /\.is_(?:global|private|loopback|reserved|link_local)\b/.test(cond) &&
      new RegExp(
        `ip_address\\([^\\n]*?(getaddrinfo|gethostbyname(_ex)?)\\(\\s*(urllib\\.parse\\.)?url(parse|split)\\(\\s*${regexEscape(name)}\\s*\\)\\.hostname`,
      ).test(cond)
    )
      return true;
    for (const [, id] of cond.matchAll(/\b(\w+)\.is_(?:global|private|loopback|reserved|link_local)\b/g)) {
      const defs = scope.defs.get(id!) ?? [];
      if (defs.length !== 1 || defs[0]!.kind !== "assign" || defs[0]!.value?.type !== "call") continue;
      const v = this.text(defs[0]!.value);
      if (!/ip_address\(/.test(v)) continue;
      if (this.wordPattern(name).test(v) && /url(parse|split)\(/.test(v)) return true;
      // Through a parsed copy: `parts = urlparse(url)` then `ip_address(gethostbyname(parts.hostname))`.
      for (const [, p] of v.matchAll(/\b(\w+)\.(?:hostname|netloc)\b/g)) {
        const pd = scope.defs.get(p!) ?? [];
        const call = pd.length === 1 && pd[0]!.kind === "assign" ? pd[0]!.value : undefined;
        const first = call?.type === "call" ? this.args(call)[0] : undefined;
        if (call && /(^|\.)url(parse|split)$/.test(this.callee(call)) && first && this.text(first) === name)
          return true;
      }
    }
    return false;
  }

  /**
   * `ip = ipaddress.IPv4Address(v)` (bound once) tested by its own range (`ip.is_global`, `is_private`, ...): the
   * address a URL built from `ip` reaches. IPv4 only: an IPv6 address's scope id keeps any text but '%'
   * ('2606:4700::1%@127.0.0.1' is global, and a client that reads userinfo fetches 127.0.0.1).
   */
  private addressRangeTest(scope: Scope, cond: string, name: string): boolean {
    if (
      !new RegExp(`\\b${regexEscape(name)}\\.is_(?:global|private|loopback|reserved|link_local)\\b`).test(
        cond,
      )
    )
      return false;
    const defs = scope.defs.get(name) ?? [];
    const v = defs.length === 1 && defs[0]!.kind === "assign" ? defs[0]!.value : undefined;
    return v?.type === "call" && this.callee(v) === "ipaddress.IPv4Address";
  }

  /** A host test on a parsed copy of the URL: `u = urlparse(x)` then `if u.netloc: ...`. */
  private parsedUrlTest(scope: Scope, cond: string, name: string): boolean {
    // `host = urlparse(x).hostname or ""` then `if host == ... or host.endswith(".example.org")`, or the
    // negation before an exit: `if host not in ALLOWED: raise`.
    for (const [, id] of cond.matchAll(/\b([A-Za-z_]\w*)\s*(?:==|!=|\.endswith\(|(?:not\s+)?in\b)/g)) {
      const defs = scope.defs.get(id!) ?? [];
      if (defs.length !== 1 || defs[0]!.kind !== "assign" || !defs[0]!.value) continue;
      let v: SyntaxNode | undefined = defs[0]!.value;
      if (v.type === "boolean_operator") v = field(v, "left");
      // `match urlparse(x):` / `case ParseResult(netloc=host) if host in TRUSTED:`: the keyword pattern reads
      // that attribute of the subject, so the capture is the parsed host.
      const kw = defs[0]!.stmt.parent?.type === "keyword_pattern" ? defs[0]!.stmt.parent : undefined;
      const patternHost =
        v?.type === "call" && kw && /^(netloc|hostname)$/.test(this.text(namedChildren(kw)[0] ?? kw));
      if (
        !patternHost &&
        (v?.type !== "attribute" || !/^(netloc|hostname)$/.test(this.text(field(v, "attribute") ?? v)))
      )
        continue;
      let call = patternHost ? v : field(v!, "object");
      // `parsed = urlparse(x)` then `host = parsed.hostname or ""`: the parse one step earlier.
      if (call?.type === "identifier") {
        const pd = scope.defs.get(this.text(call)) ?? [];
        call = pd.length === 1 && pd[0]!.kind === "assign" ? pd[0]!.value : undefined;
      }
      const first = call?.type === "call" ? this.args(call)[0] : undefined;
      if (call && /(^|\.)url(parse|split)$/.test(this.callee(call)) && first && this.text(first) === name)
        return true;
    }
    for (const [, id] of cond.matchAll(/\b(\w+)\.(?:netloc|hostname)\b/g)) {
      const defs = scope.defs.get(id!) ?? [];
      if (defs.length !== 1 || defs[0]!.kind !== "assign" || defs[0]!.value?.type !== "call") continue;
      const call = defs[0]!.value;
      const first = this.args(call)[0];
      if (/(^|\.)url(parse|split)$/.test(this.callee(call)) && first && this.text(first) === name)
        return true;
    }
    return false;
  }

  /**
   * Whether every mention of `name` in a guard's test is inside a part of the value: `os.path.splitext(name)[1]`,
   * `Path(name).suffix`, `name.rsplit('.', 1)[-1]` (split/partition pieces), `urlparse(name).scheme` (or its
   * path, query, fragment). Testing such a part constrains nothing else in the value.
   */
  private onlyPartTested(cond: string, name: string, cls?: SinkClass): boolean {
    if (
      !/splitext\(|\.suffix\b|split\(|partition\(|\.(scheme|path|query|fragment|hostname|netloc)\b/.test(cond)
    )
      return false;
    const n = regexEscape(name);
    const parts = new RegExp(
      [
        `splitext\\(\\s*${n}\\s*\\)\\s*\\[[^\\]]*\\]`,
        `\\bPath\\(\\s*${n}\\s*\\)\\.suffix\\b`,
        // (the separator may be a quoted bracket: `expr.split('(')[0]`)
        `\\b${n}\\.(?:r?split|r?partition)\\((?:[^()'"]|'[^']*'|"[^"]*")*\\)\\s*\\[[^\\]]*\\]`,
        `\\burl(?:parse|split)\\(\\s*${n}\\s*\\)\\.(?:scheme|path|query|fragment)\\b`,
        // For a fetched URL, that it has a host at all (`not urlparse(u).hostname`, `bool(urlparse(u).netloc)`)
        // says nothing of which host: only a compared or resolved host is a test of it.
        ...(cls === "url"
          ? [
              `\\burl(?:parse|split)\\(\\s*${n}\\s*\\)\\.(?:hostname|netloc)\\b(?!\\s*(?:[=!]=|not\\s+in\\b|in\\b|\\.|\\[))`,
            ]
          : []),
      ].join("|"),
      "g",
    );
    const rest = cond.replace(parts, "_");
    return rest !== cond && !this.wordPattern(name).test(rest);
  }

  /**
   * A test of a slice of the value only: `if path[:i] in CGI_DIRS:` admits the head, not the tail `path[i + 1:]`
   * the sink takes. The use is covered when it is the tested slice itself, or a shorter suffix of a tested suffix
   * (`path[-3:]` under `path[-4:] in ('.png', '.gif')`).
   */
  private otherSliceTested(cond: string, name: string, use: SyntaxNode): boolean {
    if (!cond.includes(`${name}[`)) return false; // cheap: runs for every lookup under a guard
    const n = regexEscape(name);
    const slice = new RegExp(`(?<![\\w.])${n}\\[([^\\]\\[]*:[^\\]\\[]*)\\]`, "g");
    const tested = [...cond.matchAll(slice)].map((m) => m[1]!.replace(/\s+/g, ""));
    if (tested.length === 0 || this.wordPattern(name).test(cond.replace(slice, "_"))) return false;
    const p = use.parent;
    if (p?.type !== "subscript" || field(p, "value") !== use) return true;
    const used = this.text(p).slice(this.text(use).length).replace(/\s+/g, "").slice(1, -1);
    const suffix = (s: string) => /^-(\d+):$/.exec(s)?.[1];
    return !tested.some((t) => {
      if (t === used) return true;
      const [a, b] = [suffix(t), suffix(used)];
      return a !== undefined && b !== undefined && Number(b) <= Number(a);
    });
  }

  /**
   * A test of other fields of an object than the one a path is built from: `if upload.content_type not in
   * ALLOWED: raise` then `dest / upload.filename`. The media type (or size) of an upload says nothing of its
   * name. Only plain field reads count on both sides; a method (`form.is_valid()`) may check everything.
   */
  private otherFieldTested(cond: string, name: string, use: SyntaxNode): boolean {
    const p = use.parent;
    if (p?.type !== "attribute" || field(p, "object") !== use) return false;
    if (p.parent?.type === "call" && field(p.parent, "function") === p) return false;
    const used = this.text(field(p, "attribute") ?? p);
    const n = regexEscape(name);
    const mentions = [
      ...cond.matchAll(new RegExp(`(?<![\\w.])${n}(?!\\w)(\\s*\\.\\s*(\\w+)(\\s*\\()?)?`, "g")),
    ];
    return mentions.length > 0 && mentions.every((m) => m[2] !== undefined && m[2] !== used && !m[3]);
  }

  /** `if not allowed(x): x = DEFAULT` replaces the value on the failing branch. */
  private bodyAssigns(g: SyntaxNode, name: string): boolean {
    const body = field(g, "consequence") ?? field(g, "body");
    if (!body) return false;
    // `name = ...` (not `name == ...`), tested without compiling a pattern per name and guard.
    return body.children.some((c) => {
      if (c.type !== "expression_statement") return false;
      const t = this.text(c);
      if (!t.startsWith(name)) return false;
      // `nxt, fallback = fallback, nxt`: one of a tuple's targets.
      const a = namedChildren(c)[0];
      const left = a?.type === "assignment" ? field(a, "left") : undefined;
      if (left?.type === "pattern_list" || left?.type === "tuple_pattern")
        return namedChildren(left).some((x) => x.type === "identifier" && this.text(x) === name);
      let i = name.length;
      while (i < t.length && /\s/.test(t[i]!)) i++;
      return t[i] === "=" && i + 1 < t.length && t[i + 1] !== "=";
    });
  }

  /**
   * The most controlled value the body of `g` assigns to `name` (`x = 'default'`; `nxt, fb = fb, nxt` gives nxt
   * what fb held): a guard that replaces a failing value holds only when the replacement is clean itself.
   */
  private reassignedLevel(g: SyntaxNode, name: string, cls: SinkClass): Level {
    const body = field(g, "consequence") ?? field(g, "body");
    let m = Level.CONST;
    for (const c of body?.children ?? []) {
      const a = c.type === "expression_statement" ? namedChildren(c)[0] : undefined;
      if (a?.type !== "assignment") continue;
      const left = field(a, "left");
      const right = field(a, "right");
      let v: SyntaxNode | undefined;
      if (left?.type === "identifier" && this.text(left) === name) v = right;
      else if (left?.type === "pattern_list" || left?.type === "tuple_pattern") {
        const targets = namedChildren(left);
        const at = targets.findIndex((t) => t.type === "identifier" && this.text(t) === name);
        if (at < 0) continue;
        const vals =
          right && (right.type === "expression_list" || right.type === "tuple") ? namedChildren(right) : [];
        v = vals.length === targets.length ? vals[at] : right;
      } else continue;
      const l = this.level(v, cls);
      if (l > m) m = l;
    }
    return m;
  }

  /**
   * `request.args['next']` after `if request.args.get('next') not in PAGES: abort(400)` (or under `if
   * request.args.get('next') in PAGES:`, or after `assert ...`): the same field, tested against an allow-list.
   */
  private keyGuarded(node: SyntaxNode): boolean {
    const sub = field(node, "subscript");
    const obj = field(node, "value");
    if (!sub || !obj || sub.type !== "string" || this.stringValue(sub) === undefined) return false;
    const fn = this.enclosingFunction(node);
    if (!fn) return false;
    const scope = this.scopeOf(fn);
    const esc = regexEscape;
    const key = esc(this.stringValue(sub)!);
    const re = new RegExp(
      `^${esc(this.text(obj))}\\.get\\(\\s*(['"])${key}\\1\\s*(,[^()]*)?\\)\\s+(not\\s+)?in\\s+([A-Z_][A-Z0-9_]*|\\{[^{}]*\\}|\\([^()]*\\)|\\[[^\\[\\]]*\\])$`,
    );
    for (const g of scope.guards) {
      if (g.order >= node.order) break;
      if (g.type !== "if_statement") continue;
      const cond = field(g, "condition");
      const m = cond ? re.exec(this.text(cond)) : null;
      if (!m) continue;
      // The collection must be a literal (or a name bound once to one), not something filled at run time.
      if (!this.literalSeq(namedChildren(cond!)[1])) continue;
      const negated = m[3] !== undefined;
      const encloses = node.start >= g.start && node.end <= g.end;
      if (encloses ? !negated : negated && this.bodyExits(g)) return true;
    }
    return false;
  }

  /**
   * Whether `"key" in name` (or `not in`) is the only way `name` appears in a test: a membership test on the
   * container itself says a key is there, nothing of the values it holds.
   */
  private containerOnly(c: string, name: string): boolean {
    const key = `${name}\0${c}`;
    let only = this.containerTests.get(key);
    if (only === undefined) {
      // A generator's own `for ch in name` iterates the value; it is no membership test on a container.
      const t = c.includes(" for ") ? c.replace(/\bfor\s+[\w, ]+?\s+in\b/g, "for") : c;
      const n = regexEscape(name);
      const uses = t.match(new RegExp(`(^|[^\\w.])${n}(?![\\w])`, "g"))?.length ?? 0;
      only = uses === 1 && new RegExp(`\\bin\\s+${n}(?![\\w.\\[(])`).test(t);
      // `'../' in name`: a literal no key would be spelled as (a separator, a dot) is a substring test on text.
      if (only && new RegExp(`(['"])[^'"]*[^\\w'" -][^'"]*\\1\\s+in\\s+${n}(?![\\w.\\[(])`).test(t))
        only = false;
      this.containerTests.set(key, only);
    }
    return only;
  }

  /**
   * A test's text with each call of a local predicate written out (see predicateTest): `if not is_local(nxt):`
   * reads as the predicate's own checks on nxt, so the checks a helper makes are judged like inline ones. A test
   * that is only a (negated) call reads as the predicate's test (a negation: the disjunction of the negated
   * checks); a call inside a larger test is written out in parentheses.
   */
  private inlinePredicates(cond: SyntaxNode): string {
    let text = this.inlinePredicatesRaw(cond);
    // `_find_unsafe(s) is None` with `_find_unsafe = re.compile(r'[^\w@%+=:,./~-]').search` (shlex's own test):
    // no character outside the class, i.e. the whole value inside it, written as the fullmatch it is.
    for (const n of [cond, ...descendants(cond)]) {
      const found = n.type === "call" ? this.negatedClassSearch(n) : undefined;
      if (!found) continue;
      const full = `re.fullmatch(r'[${found.body}]*', ${found.arg})`;
      const p = n.parent;
      const ops =
        p?.type === "comparison_operator" ? p.children.filter((c) => !c.named).map((c) => c.type) : [];
      const other = p?.type === "comparison_operator" ? namedChildren(p).find((c) => c !== n) : undefined;
      const none = other?.type === "none" && namedChildren(p!).length === 2;
      if (none && (ops.join(" ") === "is" || ops.join(" ") === "=="))
        text = text.replace(this.text(p!), full);
      else if (none && (ops.join(" ") === "is not" || ops.join(" ") === "!="))
        text = text.replace(this.text(p!), `not ${full}`);
      else if (p?.type === "not_operator") text = text.replace(this.text(p), full);
      else text = text.replace(this.text(n), `(not ${full})`);
    }
    return text;
  }

  /**
   * `re.search(r'[^...]', x)`, or `find(x)` / `pat.search(x)` with the search bound from `re.compile(r'[^...]')`:
   * a search for one character outside a class. The class's body and the argument's text; undefined otherwise.
   */
  private negatedClassSearch(call: SyntaxNode): { body: string; arg: string } | undefined {
    const fn = field(call, "function");
    const args = this.args(call);
    let pat: SyntaxNode | undefined;
    let x: SyntaxNode | undefined;
    if (this.callee(call) === "re.search" && args.length === 2) [pat, x] = args;
    else if (args.length === 1) {
      const bound =
        fn?.type === "identifier" && !this.functions.has(this.text(fn))
          ? this.reachingValues(fn)
          : fn?.type === "attribute"
            ? [fn]
            : undefined;
      const b = bound?.length === 1 ? bound[0]! : undefined;
      if (b?.type !== "attribute" || this.text(field(b, "attribute") ?? b) !== "search") return undefined;
      const made = this.resolve(field(b, "object"));
      if (made?.type !== "call" || this.callee(made) !== "re.compile" || this.args(made).length !== 1)
        return undefined;
      pat = this.args(made)[0];
      x = args[0];
    }
    const p = pat ? this.constValue(pat) : undefined;
    const m = typeof p === "string" ? /^\[\^((?:\\.|[^\]\\])+)\]$/.exec(p) : null;
    return m && x ? { body: m[1]!, arg: this.text(x) } : undefined;
  }

  private inlinePredicatesRaw(cond: SyntaxNode): string {
    const flagged = this.inlineFlags(cond);
    if (flagged !== undefined) return flagged;
    if (!this.functions.size) return this.text(cond);
    const negatedCall = cond.type === "not_operator" ? field(cond, "argument") : undefined;
    const whole = negatedCall ? this.predicateTest(negatedCall, true) : this.predicateTest(cond, false);
    if (whole !== undefined) return whole;
    let text = this.text(cond);
    for (const call of descendants(cond).filter((n) => n.type === "call")) {
      const t = this.predicateTest(call, false);
      if (t !== undefined) text = text.replace(this.text(call), `(${t})`);
    }
    return text;
  }

  /**
   * A condition reading a flag computed just before: `ok = nxt and url_has_allowed_host_and_scheme(nxt, ...)`
   * then `if ok and response.status_code == 200:` tests what the flag's expression tests, written in place
   * (parenthesised, its own predicate calls inlined). Only a name bound once, in the same function, to a test
   * (a comparison, `and`/`or`/`not`, a call), with none of the names the test reads rebound between the flag and
   * the condition. Undefined when the condition reads no such flag.
   */
  private inlineFlags(cond: SyntaxNode): string | undefined {
    const fn = this.enclosingFunction(cond);
    const ids = [cond, ...descendants(cond)].filter(
      (n) =>
        n.type === "identifier" && !(n.parent?.type === "attribute" && field(n.parent, "attribute") === n),
    );
    const spans: [number, number, string][] = [];
    const defs = this.scopeOf(fn ?? this.tree.root).defs;
    for (const id of ids) {
      // The flag is read as a truth value: the whole condition, or an operand of `and`/`or`/`not`.
      if (
        id !== cond &&
        !/^(boolean_operator|not_operator|parenthesized_expression)$/.test(id.parent?.type ?? "")
      )
        continue;
      const vals = this.reachingValues(id);
      const v = vals?.length === 1 ? vals[0]! : undefined;
      if (!v || this.enclosingFunction(v) !== fn || v.end > cond.start || !this.isTest(v)) continue;
      // What the flag read must still be what the condition's use sees: no rebinding in between.
      const read = [v, ...descendants(v)].filter((n) => n.type === "identifier");
      if (read.some((r) => defs.get(this.text(r))?.some((d) => d.order > r.order && d.order < cond.order)))
        continue;
      spans.push([id.start, id.end, `(${this.inlinePredicates(v)})`]);
    }
    if (!spans.length) return undefined;
    let text = this.text(cond);
    for (const [a, b, t] of spans.sort((x, y) => y[0] - x[0]))
      text = text.slice(0, a - cond.start) + t + text.slice(b - cond.start);
    return text;
  }

  /** An expression that is a test: a comparison, `and`/`or`/`not` of tests, a predicate call (`is_x(v)`). */
  private isTest(v: SyntaxNode): boolean {
    if (v.type === "comparison_operator" || v.type === "not_operator") return true;
    if (v.type === "parenthesized_expression")
      return !!namedChildren(v)[0] && this.isTest(namedChildren(v)[0]!);
    if (v.type === "boolean_operator") return namedChildren(v).some((o) => this.isTest(o));
    if (v.type !== "call") return false;
    const m = this.method(v);
    return (
      /^(is|has|url_has|valid|validate|check|allowed|safe)(_|[A-Z]|$)/i.test(m) ||
      /^(re\.(full)?match|isinstance)$/.test(this.callee(v)) ||
      (field(v, "function")?.type === "identifier" && this.functions.has(this.text(field(v, "function")!)))
    );
  }

  /**
   * A call of a local predicate (`is_safe_next(nxt)`), or its negation, as the predicate's test written in place
   * in the caller's names, so it is judged as an inline test would be.
   * The predicate must be early `if c: return False` exits, single-name bindings (`parsed = urlparse(t)`) and a
   * final `return <test>`: its test is the conjunction of the exits' negations and the returned test. A negated
   * call reads as the disjunction of the conjuncts' negations (`not t or urlparse(t).netloc or ...`). Undefined
   * for anything else.
   */
  private predicateTest(call: SyntaxNode, negated: boolean): string | undefined {
    if (call.type !== "call" || field(call, "function")?.type !== "identifier") return undefined;
    const def = this.functions.get(this.text(field(call, "function")!));
    const body = def && field(def, "body");
    if (!def || !body || (call.start >= def.start && call.end <= def.end)) return undefined;
    const stmts = namedChildren(body).filter((st) => st.type !== "comment");
    if (stmts[0]?.type === "expression_statement" && namedChildren(stmts[0])[0]?.type === "string")
      stmts.shift();
    const conjuncts: SyntaxNode[] = [];
    // Each exit's test, with the loop variable it runs under (`for info in getaddrinfo(host, 443):` / `if not
    // ip_address(info[4][0]).is_global: return False`) read as the iterable's item: any failing item exits.
    const exits: { test: SyntaxNode; loop?: [string, string] }[] = [];
    const binds: [string, string][] = [];
    const last = stmts.pop();
    const ret = last?.type === "return_statement" ? namedChildren(last)[0] : undefined;
    if (!ret) return undefined;
    const exitTest = (st: SyntaxNode): SyntaxNode | undefined => {
      const test = st.type === "if_statement" ? field(st, "condition") : undefined;
      const only = st.type === "if_statement" ? namedChildren(field(st, "consequence") ?? st) : [];
      return test &&
        !field(st, "alternative") &&
        only.length === 1 &&
        only[0]!.type === "return_statement" &&
        this.constValue(namedChildren(only[0]!)[0]) === false
        ? test
        : undefined;
    };
    const bindOf = (st: SyntaxNode | undefined): [string, string] | undefined => {
      const a = st?.type === "expression_statement" ? namedChildren(st)[0] : undefined;
      return a?.type === "assignment" && field(a, "left")?.type === "identifier" && field(a, "right")
        ? [this.text(field(a, "left")!), this.text(field(a, "right")!)]
        : undefined;
    };
    for (const st of stmts) {
      const bound = bindOf(st);
      if (bound) {
        binds.push(bound);
        continue;
      }
      // `try: infos = getaddrinfo(host, 443)` / `except gaierror: return False`: on the path that goes on the
      // name holds the value; every failure exits as a failed test.
      if (st.type === "try_statement") {
        const parts = namedChildren(st).filter((c) => c.type !== "comment");
        const tryBody = namedChildren(field(st, "body") ?? st).filter((c) => c.type !== "comment");
        const tb = tryBody.length === 1 ? bindOf(tryBody[0]) : undefined;
        const handlersExit = parts
          .filter((c) => c !== field(st, "body"))
          .every((c) => {
            if (c.type !== "except_clause") return false;
            const b = namedChildren(c).filter((x) => x.type === "block");
            const only = b.length === 1 ? namedChildren(b[0]!).filter((x) => x.type !== "comment") : [];
            return (
              only.length === 1 &&
              only[0]!.type === "return_statement" &&
              this.constValue(namedChildren(only[0]!)[0]) === false
            );
          });
        if (!tb || !handlersExit) return undefined;
        binds.push(tb);
        continue;
      }
      if (st.type === "for_statement" && !field(st, "alternative")) {
        const v = field(st, "left");
        const inner = namedChildren(field(st, "body") ?? st).filter((c) => c.type !== "comment");
        const test = inner.length === 1 ? exitTest(inner[0]!) : undefined;
        if (v?.type !== "identifier" || !field(st, "right") || !test) return undefined;
        exits.push({ test, loop: [this.text(v), this.text(field(st, "right")!)] });
        continue;
      }
      const test = exitTest(st);
      if (!test) return undefined;
      exits.push({ test });
    }
    // `return True` after the exits: the test is theirs alone; any other constant decides nothing.
    const retConst = this.constValue(ret);
    if (retConst !== undefined && !(retConst === true && exits.length)) return undefined;
    const split = (n: SyntaxNode): SyntaxNode[] => {
      const u = n.type === "parenthesized_expression" ? (namedChildren(n)[0] ?? n) : n;
      return u.type === "boolean_operator" && u.children.some((c) => c.type === "and")
        ? [...split(field(u, "left")!), ...split(field(u, "right")!)]
        : [u];
    };
    // `return all(ip_address(info[4][0]).is_global for info in infos)`: the item test read as the iterable's,
    // as a loop of exits is.
    let allOf: string | undefined;
    const gen = ret.type === "call" && this.callee(ret) === "all" ? field(ret, "arguments") : undefined;
    if (gen?.type === "generator_expression") {
      const clauses = namedChildren(gen).filter((c) => c.type === "for_in_clause" || c.type === "if_clause");
      const v = clauses[0] && field(clauses[0], "left");
      const it = clauses[0] && field(clauses[0], "right");
      const b = field(gen, "body");
      if (
        clauses.length !== 1 ||
        clauses[0]!.type !== "for_in_clause" ||
        v?.type !== "identifier" ||
        !it ||
        !b
      )
        return undefined;
      allOf = this.text(b).replace(
        new RegExp(`(?<![\\w.])${this.text(v)}(?!\\w)`, "g"),
        `(${this.text(it)})`,
      );
    } else if (retConst === undefined) conjuncts.push(...split(ret));
    const inLoop = (e: { loop?: [string, string] }, t: string) =>
      e.loop ? t.replace(new RegExp(`(?<![\\w.])${e.loop[0]}(?!\\w)`, "g"), `(${e.loop[1]})`) : t;
    const negate = (n: SyntaxNode): string => {
      if (n.type === "not_operator") return this.text(field(n, "argument") ?? n);
      if (n.type === "comparison_operator") {
        const ops = n.children.filter((c) => !c.named).map((c) => c.type);
        const flip: Record<string, string> = {
          "==": "!=",
          "!=": "==",
          "not in": "in",
          in: "not in",
          "is not": "is",
          is: "is not",
        };
        if (ops.length === 1 && flip[ops[0]!]) {
          const [l, r] = namedChildren(n);
          return `${this.text(l!)} ${flip[ops[0]!]} ${this.text(r!)}`;
        }
      }
      return `not (${this.text(n)})`;
    };
    const parts = negated
      ? [...exits.map((e) => inLoop(e, this.text(e.test))), ...conjuncts.map(negate)]
      : [...exits.map((e) => inLoop(e, negate(e.test))), ...conjuncts.map((c) => this.text(c))];
    if (allOf) parts.push(negated ? `not (${allOf})` : allOf);
    let text = parts.join(negated ? " or " : " and ");
    for (const [name, value] of binds.reverse())
      text = text.replace(new RegExp(`(?<![\\w.])${name}(?!\\w)`, "g"), value);
    const params = namedChildren(field(def, "parameters") ?? def).map((p) => {
      const id = p.type === "identifier" ? p : (field(p, "name") ?? namedChildren(p)[0]);
      return id?.type === "identifier" ? this.text(id) : undefined;
    });
    // A method called by its bare name inside its class would shift the arguments against `self`.
    if (params[0] === "self" || params[0] === "cls") return undefined;
    const args = this.args(call);
    let mapped = false;
    params.forEach((pn, i) => {
      const a = args[i];
      if (!pn || a?.type !== "identifier") return;
      const re = new RegExp(`(?<![\\w.])${pn}(?!\\w)`, "g");
      if (re.test(text)) mapped = true;
      text = text.replace(re, this.text(a));
    });
    return mapped ? text : undefined;
  }

  /** A statement that only calls a local function of one or more plain names: a candidate validator. */
  private validatorCall(stmt: SyntaxNode): boolean {
    const call = namedChildren(stmt)[0];
    if (call?.type !== "call" || namedChildren(stmt).length !== 1) return false;
    const fn = field(call, "function");
    return (
      fn?.type === "identifier" &&
      this.functions.has(this.text(fn)) &&
      this.args(call).some((a) => a.type === "identifier")
    );
  }

  /**
   * The test a validator call applies to its arguments, in the caller's names: `check(pid)` with `def
   * check(v): if not v.isdigit(): raise ValueError` is the exiting test `not pid.isdigit()`. Only a test at the
   * top of the helper's body that raises (or aborts) counts; a helper's `assert v.isdigit()` is gone under -O.
   */
  private validatorTest(stmt: SyntaxNode): { text: string } | undefined {
    if (this.validators.has(stmt)) return this.validators.get(stmt) ?? undefined;
    let out: { text: string } | undefined;
    const call = namedChildren(stmt)[0]!;
    const def = this.localCallee(call);
    const params = def?.type === "function_definition" ? namedChildren(field(def, "parameters") ?? def) : [];
    const names = params.map((p) => {
      const id = p.type === "identifier" ? p : (field(p, "name") ?? namedChildren(p)[0]);
      return id?.type === "identifier" ? this.text(id) : undefined;
    });
    const args = this.args(call);
    for (const st of def?.type === "function_definition" ? (field(def, "body")?.children ?? []) : []) {
      if (!(st.type === "if_statement" && this.bodyExits(st))) continue;
      const cond = field(st, "condition");
      if (!cond) continue;
      let text = this.text(cond);
      let mapped = false;
      names.forEach((pn, i) => {
        const a = args[i];
        if (!pn || a?.type !== "identifier" || !this.wordPattern(pn).test(text)) return;
        text = text.replace(new RegExp(`(?<![\\w.])${pn}(?!\\w)`, "g"), this.text(a));
        mapped = true;
      });
      if (mapped) {
        out = { text };
        break;
      }
    }
    this.validators.set(stmt, out ?? null);
    return out;
  }

  /**
   * Whether no loop of its scope encloses `node`: there the bindings before it in the text are all that may
   * reach it (`flag = True` / `if 7 * 18 + 106 > 200: flag = False` / `f(flag)`), none from a later pass.
   */
  private outsideLoops(node: SyntaxNode, scope: SyntaxNode): boolean {
    for (let p = node.parent; p && p !== scope; p = p.parent)
      if (
        /^(for_statement|while_statement|list_comprehension|set_comprehension|dictionary_comprehension|generator_expression)$/.test(
          p.type,
        )
      )
        return false;
    return true;
  }

  /**
   * `while '../' in name: name = name.replace('../', '')`: a while loop no `break` leaves, so after it its test is
   * false, as after `if test: abort()`.
   */
  private loopRunsOut(g: SyntaxNode): boolean {
    if (g.type !== "while_statement") return false;
    const body = field(g, "body");
    if (!body) return false;
    const stack = [...body.children];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.type === "break_statement") return false;
      if (/^(for_statement|while_statement|function_definition|class_definition|lambda)$/.test(n.type)) {
        // A break there leaves the inner loop; but an else clause of it still belongs to this one.
        const alt =
          n.type === "for_statement" || n.type === "while_statement" ? field(n, "alternative") : undefined;
        if (alt) stack.push(alt);
        continue;
      }
      for (const c of n.children) stack.push(c);
    }
    return true;
  }

  private bodyExits(g: SyntaxNode): boolean {
    let exits = this.exits.get(g);
    if (exits === undefined) {
      exits = this.bodyExitsUncached(g);
      this.exits.set(g, exits);
    }
    return exits;
  }

  private bodyExitsUncached(g: SyntaxNode): boolean {
    const body = field(g, "consequence") ?? field(g, "body");
    if (!body) return false;
    return body.children.some(
      (c) =>
        EXIT_TYPES.has(c.type) ||
        (c.type === "expression_statement" && /^(abort|sys\.exit|exit)\(/.test(this.text(c))),
    );
  }
}
