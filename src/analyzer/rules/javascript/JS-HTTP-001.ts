import { field, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** Hosts where cleartext is the norm and nothing crosses a network: loopback, link-local names, documentation. */
const LOCAL =
  /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\]|[\w.-]+\.(local|localhost|test|internal)|(www\.)?example\.(com|org|net))(:\d+)?$/i;

/** A message-broker / cache URL in a cleartext scheme (`mqtt://`, `amqp://`, `redis://`, `nats://`) whose host is
 * a dotted, non-local name: a single-label host (`redis://cache:6379`) is a container or cluster service name. */
function brokerUrl(text: string | undefined): string | undefined {
  const m = /^(?:mqtt|amqp|redis|nats|stomp):\/\/(?:[^@/?#'"`\s]*@)?([^/?#'"`\s]+)/i.exec(text ?? "");
  return m && m[1]!.includes(".") && !LOCAL.test(m[1]!) ? m[1] : undefined;
}

/** `new Svc('localhost:50051', creds)`: the channel's own target is a loopback address (a sidecar or a test). */
function loopbackTarget(text: string | undefined): boolean {
  return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|unix:)/i.test(text ?? "");
}

function httpUrl(text: string | undefined): string | undefined {
  const m = /^(?:http|ws):\/\/([^/?#'"`\s]+)/i.exec(text ?? "");
  return m && !LOCAL.test(m[1]!) ? m[1] : undefined;
}

export default jsRule({
  meta: {
    id: "JS-HTTP-001",
    title: "Request over cleartext HTTP to a remote host",
    cwe: ["CWE-319", "CWE-523"],
    severity: "LOW",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "the request carries credentials (an auth option, an Authorization header or a password field)",
      },
    ],
    docs: {
      what_it_does:
        "Flags fetch / axios / http.get / http.request / got / request / jQuery ajax / XMLHttpRequest.open / Electron loadURL / importScripts / sendBeacon / EventSource / socket.io / Angular HttpClient / $http calls and `el.src =` assignments whose URL is a literal `http://` address of a non-local host, and gRPC credentials.createInsecure(). LOW: whether it matters depends on what is sent and what the response is used for.",
      why_bad:
        "Anyone on the path (Wi-Fi, proxy, ISP) reads the request and can rewrite the response: credentials and cookies leak, and data or scripts fetched this way can be replaced.",
      example_bad: "fetch('http://api.example-shop.com/v1/orders').then((r) => r.json());",
      example_good: "fetch('https://api.example-shop.com/v1/orders').then((r) => r.json());",
    },
    fix_hint: "Use https:// (and keep certificate verification on).",
  },
  trigger: /(http|ws|mqtt|amqp|redis|nats|stomp):\/\/|createInsecure|['"](node:)?http['"]/i,
  nodeTypes: ["call_expression", "new_expression", "assignment_expression"],
  detect(node, ctx, report) {
    if (node.type === "assignment_expression") {
      // `script.src = 'http://cdn.site.com/a.js'`: a script, frame or image fetched in cleartext (a script can
      // be replaced on the way and runs with the page's rights).
      const left = field(node, "left");
      if (left?.type !== "member_expression" || ctx.text(field(left, "property") ?? left) !== "src") return;
      const host = httpUrl(ctx.stringValue(field(node, "right")));
      if (host) report({ node, message: `element loads its src from ${host} over cleartext HTTP` });
      return;
    }
    const q = ctx.callee(node);
    const m = ctx.method(node);
    const args = ctx.args(node);
    // gRPC channels and servers without TLS: `grpc.credentials.createInsecure()`, `ServerCredentials.createInsecure()`.
    if (/(^|\.)(credentials|ServerCredentials|ChannelCredentials)\.createInsecure$/.test(q)) {
      // A client channel to a loopback target never leaves the host.
      const call = node.parent?.type === "arguments" ? node.parent.parent : undefined;
      if (call && loopbackTarget(ctx.stringValue(ctx.args(call)[0]))) return;
      report({ node, message: "gRPC connection without TLS: calls and their metadata travel in cleartext" });
      return;
    }
    // Broker and cache clients: `mqtt.connect('mqtt://...')`, `amqp.connect('amqp://...')`, `new Redis('redis://')`,
    // `createClient({ url: 'redis://...' })`. The TLS schemes (mqtts, amqps, rediss, tls) are not matched.
    if (/^(connect|connectAsync|createClient|Redis|ioredis|Client)$/.test(m || q.split(".").pop()!)) {
      const first = args[0]?.type === "object" ? ctx.prop(args[0], "url") : args[0];
      const host = brokerUrl(ctx.stringValue(first));
      if (host) {
        report({ node, message: `${q || m}() connects to ${host} without TLS` });
        return;
      }
    }
    let url;
    let hostOption: string | undefined;
    // A client factory's base URL: `axios.create({ baseURL: 'http://...' })`, `ky.create({ prefixUrl })`.
    const opts = args[0]?.type === "object" ? args[0] : undefined;
    if (/^(axios|ky|got)\.(create|extend)$/.test(q) && opts)
      url = ctx.prop(opts, "baseURL") ?? ctx.prop(opts, "baseUrl") ?? ctx.prop(opts, "prefixUrl");
    else if (
      /^(fetch|window\.fetch|got|request|superagent|needle|axios|node-fetch|(axios|got|needle|superagent)\.(get|post|put|patch|delete|head|request))$/.test(
        q,
      )
    ) {
      url = args[0];
      // `axios({ method: 'post', url: 'http://...' })`, `request({ uri })`, `got(opts)`: the URL in a config object.
      const config = ctx.resolve(url) ?? url;
      if (config?.type === "object") url = ctx.prop(config, "url") ?? ctx.prop(config, "uri");
    } else if (/^(http|https|node:http)\.(get|request)$/.test(q)) {
      url = args[0];
      // `http.get({ host: 'metrics.site.com', path: '/api', auth })`: node's http module speaks cleartext to the
      // host option (unless the options name another protocol).
      const host = opts && ctx.stringValue(ctx.prop(opts, "hostname") ?? ctx.prop(opts, "host"));
      if (opts && host && /^(http|node:http)\./.test(q) && ctx.prop(opts, "protocol") === undefined)
        hostOption = `http://${host}`;
    } else if (/^(\$|jQuery)\.(ajax|get|post|getJSON|getScript)$/.test(q)) url = args[0];
    else if (/^(WebSocket|window\.WebSocket|ws|ws\.WebSocket)$/.test(q) && node.type === "new_expression")
      url = args[0];
    else if (m === "open" && args.length >= 2 && sourceHas(ctx.tree, /XMLHttpRequest|xhr/i)) url = args[1];
    // Electron's `win.loadURL(u)` / `webContents.loadURL(u)`, a worker's `importScripts(u)`, beacons and
    // server-sent events, socket.io, Angular's HttpClient and AngularJS's $http.
    else if (
      m === "loadURL" ||
      /^(self\.)?importScripts$|^navigator\.sendBeacon$|^(EventSource|window\.EventSource)$|^(io|socket\.io-client|socket\.io-client\.(io|connect))$/.test(
        q,
      ) ||
      /^(this\.)?(http|httpClient|\$http)\.(get|post|put|patch|delete|head|jsonp|request)$/.test(q)
    )
      // (`http.request('GET', url)`: the method first.)
      url = m === "request" && /^[A-Z]+$/.test(ctx.stringValue(args[0]) ?? "") ? args[1] : args[0];
    if (!url) return;
    // A literal URL, or the fixed start of one built by concatenation (`'http://host/users/' + id`).
    const host = httpUrl(
      hostOption ??
        ctx.stringValue(url) ??
        ctx.leadingText(url) ??
        (url.type === "template_string" ? ctx.text(url).slice(1) : undefined),
    );
    if (!host) return;
    // Basic / Bearer credentials or an auth option in the call itself: they cross the network readable (CWE-523).
    if (/\bauth\s*:|['"]?authorization['"]?\s*:|\bpassword\s*:|['"`](Basic|Bearer) /i.test(ctx.text(node)))
      report({
        node,
        severity: "MEDIUM",
        message: `${q || m}() sends credentials to ${host} over cleartext HTTP`,
      });
    else report({ node, message: `${q || m}() sends a request to ${host} over cleartext HTTP` });
  },
  cases: {
    valid: [
      "const axios = require('axios');\naxios({ method: 'post', url: 'https://orders.partner.io/v1', data: o });",
      "fetch('https://code.jquery.com/jquery.min.js');",
      "const grpc = require('@grpc/grpc-js');\nconst c = new Svc('users.example.com:443', grpc.credentials.createSsl());",
      "fetch('http://localhost:3000/api');",
      "const api = axios.create({ baseURL: 'https://billing.corp-site.com/api' });",
      "const getUser = (id) => axios.get('http://127.0.0.1:9000/api/' + id);",
      "http.get('http://127.0.0.1:8080/health', cb);",
      "const http = require('http');\nhttp.get({ host: 'localhost', port: 8080, path: '/api', auth: 'u:' + p }, cb);",
      "const https = require('https');\nhttps.get({ host: 'metrics.site.com', path: '/api', auth: 'u:' + p }, cb);",
      "const u = 'see http://docs.site.com';",
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow().loadURL('http://localhost:5173');",
      "const s = document.createElement('script');\ns.src = 'https://cdn.site.com/a.js';",
      "this.http.get('/api/items').subscribe((r) => (this.items = r));",
      "const grpc = require('@grpc/grpc-js');\nconst c = new Svc('localhost:50051', grpc.credentials.createInsecure());",
      "const mqtt = require('mqtt');\nconst c = mqtt.connect('mqtts://broker.site.com:8883');",
      "const { createClient } = require('redis');\nconst c = createClient({ url: 'redis://cache:6379' });",
      "const amqp = require('amqplib');\nconst c = await amqp.connect('amqp://localhost');",
    ],
    invalid: [
      {
        code: "const http = require('http');\nhttp.get({ host: 'metrics.site.com', path: '/api', auth: 'admin:' + process.env.PASS }, cb);",
        severity: "MEDIUM",
      },
      {
        code: "const axios = require('axios');\naxios.get('http://reports.example.com/daily', { auth: { username, password } });",
        severity: "MEDIUM",
      },
      "const got = require('got');\ngot.post('http://billing.partner.io/v1/invoices', { json: x });",
      "const axios = require('axios');\nconst opts = { method: 'post', url: 'http://orders.partner.io/v1', data: o };\naxios(opts);",
      "const sock = new WebSocket('ws://chat.example.com/room');",
      "const grpc = require('@grpc/grpc-js');\nconst c = new Svc('users.example.com:50051', grpc.credentials.createInsecure());",
      { code: "fetch('http://gank.io/api/data/1').then((r) => r.json());", line: 1 },
      "axios.get('http://api.weather.com/v1/today');",
      "const getUser = (id) => axios.get('http://users.corp-site.com/api/' + id);",
      "const api = axios.create({ baseURL: 'http://billing.corp-site.com/api' });",
      "const ROOT = 'http://orders.corp-site.com';\nexport const list = () => fetch(`${ROOT}/orders`);",
      "const { BrowserWindow } = require('electron');\nconst w = new BrowserWindow();\nw.loadURL('http://app.site.com/');",
      "const s = document.createElement('script');\ns.src = 'http://cdn.site.com/a.js';",
      "importScripts('http://cdn.site.com/sw-lib.js');",
      "this.http.get('http://api.partner-shop.com/v1/items').subscribe((r) => (this.items = r));",
      "navigator.sendBeacon('http://stats.partner-shop.com/hit', data);",
      "const es = new EventSource('http://events.partner-shop.com/stream');",
      "const xhr = new XMLHttpRequest();\nxhr.open('GET', 'http://feeds.site.com/rss');",
      "const mqtt = require('mqtt');\nconst c = mqtt.connect('mqtt://broker.site.com:1883', { username: 'u' });",
      "const amqp = require('amqplib');\nconst c = await amqp.connect('amqp://user:pw@mq.site.com');",
      "const { createClient } = require('redis');\nconst c = createClient({ url: 'redis://cache.site.com:6379' });",
      "const Redis = require('ioredis');\nconst c = new Redis('redis://cache.site.com:6379');",
    ],
  },
});
