import { Level } from "../../dataflow/python.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-SSRF-001",
    title: "Server-side request to a URL from the request",
    cwe: ["CWE-918"],
    severity: "HIGH",
    docs: {
      what_it_does: "Flags fetch/axios/got/request/http(s).get whose URL comes from request data.",
      why_bad: "Attackers make the server call internal services or cloud metadata endpoints.",
      example_bad:
        "app.get('/proxy', async (req, res) => {\n  const r = await fetch(req.query.url);\n  res.send(await r.text());\n});",
      example_good:
        "const ALLOWED = new Set(['api.example.com']);\napp.get('/proxy', async (req, res) => {\n  const u = new URL(String(req.query.url));\n  if (!ALLOWED.has(u.hostname)) return res.status(400).end();\n  const r = await fetch(u);\n  res.send(await r.text());\n});",
    },
    fix_hint: "Parse the URL and allow-list the host and scheme; block private address ranges.",
  },
  trigger:
    /fetch|axios|got|request|needle|superagent|http|goto|setContent|ky|phin|bent|urllib|undici|wkhtmlto|phantom|WebSocket|fromURL/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    // A headless browser (puppeteer, playwright) fetching a user-chosen URL is server-side request forgery too.
    if (
      (/\.(goto|setContent)$/.test(q) && /puppeteer|playwright|chromium|newPage/.test(ctx.tree.source)) ||
      // phantom / phantomjs-node: `page.open(url)` on a page from `instance.createPage()`.
      (/\.open$/.test(q) && /phantom/.test(ctx.tree.source) && /createPage\(/.test(ctx.tree.source))
    ) {
      // setContent: the browser fetches whatever the supplied HTML links to (iframes, images, redirects).
      const url = ctx.args(node)[0];
      if (url && !(/(goto|open)$/.test(q) && ctx.fixedOrigin(url)) && ctx.level(url, "url") === Level.SOURCE)
        report({
          node,
          message: /(goto|open)$/.test(q)
            ? "headless browser navigates to a URL from user input"
            : "headless browser renders HTML from user input, fetching whatever it references",
        });
      return;
    }
    // A server-side WebSocket client (`ws`) or jsdom fetching the page at a user-chosen URL.
    if (
      (node.type === "new_expression" &&
        /^(ws|ws\.WebSocket|WebSocket)$/.test(q) &&
        /require\(['"]ws['"]\)|from ['"]ws['"]/.test(ctx.tree.source)) ||
      /^jsdom\.JSDOM\.fromURL$|^JSDOM\.fromURL$/.test(q)
    ) {
      const target = ctx.args(node)[0];
      if (target && !ctx.fixedOrigin(target) && ctx.level(target, "url") === Level.SOURCE)
        report({ node, message: "server connects to a URL from user input" });
      return;
    }
    if (
      !/^(fetch|window\.fetch|node-fetch|cross-fetch|axios|got|request|needle|superagent|ky|phin|bent|urllib|undici|wkhtmltopdf|wkhtmltoimage)(\.(get|post|put|delete|request|head|patch|fetch|stream))?$|^(http|https|node:http|node:https|follow-redirects\.https?)\.(get|request)$/.test(
        q,
      )
    )
      return;
    const first0 = ctx.args(node)[0];
    // `const opts = {}; opts.uri = target; request(opts)`: the target written into the options before the call.
    let first = first0;
    if (first0?.type === "identifier" && ctx.resolve(first0)?.type === "object") {
      const name = ctx.text(first0);
      const written = ctx.tree.nodes.find((n) => {
        if (n.type !== "assignment_expression" || n.order > node.order) return false;
        const left = field(n, "left");
        return (
          left?.type === "member_expression" &&
          ctx.text(field(left, "object") ?? left) === name &&
          /^(url|uri|host|hostname|baseURL)$/.test(ctx.text(field(left, "property") ?? left))
        );
      });
      first = written ? (field(written, "right") ?? first0) : ctx.resolve(first0);
    }
    // `axios({ url })`, `http.request({ host, path })`: the target inside an options object.
    const url =
      first?.type === "object"
        ? (ctx.prop(first, "url") ??
          ctx.prop(first, "uri") ??
          ctx.prop(first, "host") ??
          ctx.prop(first, "hostname") ??
          ctx.prop(first, "baseURL"))
        : first;
    if (!url) return;
    const fn = ctx.enclosingFunction(node);
    if (fn && /ALLOW|allow|\.has\(|includes\(/.test(ctx.text(fn))) return;
    // `if (target.hostname !== 'cdn.example.com') return ...`: the host compared with a fixed one first.
    if (
      fn &&
      /\.(hostname|host|origin)\s*!==?\s*['"`][^'"`]+['"`]\s*\)\s*\{?\s*(return|throw)/.test(ctx.text(fn))
    )
      return;
    // A literal scheme and host in front: only the path varies, the server still talks to the same host.
    if (ctx.fixedOrigin(url)) return;
    if (ctx.level(url, "url") === Level.SOURCE)
      report({ node, message: "request URL comes from user input" });
  },
  cases: {
    valid: [
      "fetch('https://api.example.com');",
      "app.get('/u', async (req, res) => {\n  const t = new URL(String(req.query.l));\n  if (t.hostname !== 'cdn.example.com') return res.end();\n  await fetch(t.href);\n});",
      "app.get('/u', async (req, res) => { await fetch('https://api.example.com/users/' + req.params.id); });",
      "const puppeteer = require('puppeteer');\napp.get('/s', async (req, res) => {\n  const page = await (await puppeteer.launch()).newPage();\n  await page.goto('https://example.com');\n});",
    ],
    invalid: [
      "app.get('/', async (req, res) => { await axios.get(req.query.u); });",
      "const WebSocket = require('ws');\napp.get('/r', (req, res) => { const s = new WebSocket(req.query.upstream); });",
      "const { JSDOM } = require('jsdom');\napp.get('/p', async (req, res) => { await JSDOM.fromURL(req.query.site); });",
      "const request = require('request');\napp.get('/f', (req, res) => {\n  const opts = {};\n  opts.uri = req.query.feed;\n  request(opts);\n});",
      "const http = require('http');\napp.get('/', (req, res) => { http.request({ host: req.query.h, path: '/' }).end(); });",
      "const puppeteer = require('puppeteer');\napp.get('/s', async (req, res) => {\n  const page = await (await puppeteer.launch()).newPage();\n  await page.goto(req.query.url);\n});",
      "const phantom = require('phantom');\napp.get('/s', async (req, res) => {\n  const page = await (await phantom.create()).createPage();\n  await page.open(req.query.url);\n});",
    ],
  },
});
