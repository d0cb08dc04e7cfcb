import { Level } from "../../dataflow/python.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-REDIR-001",
    title: "Open redirect to a URL from the request",
    cwe: ["CWE-601"],
    severity: "MEDIUM",
    docs: {
      what_it_does: "Flags res.redirect / location assignments whose target comes from request data.",
      why_bad: "Links on your domain can bounce users to phishing sites, borrowing your domain's trust.",
      example_bad: "app.get('/go', (req, res) => res.redirect(req.query.next));",
      example_good:
        "app.get('/go', (req, res) => {\n  const next = String(req.query.next || '/');\n  res.redirect(next.startsWith('/') && !next.startsWith('//') ? next : '/');\n});",
    },
    fix_hint: "Only redirect to relative paths or allow-listed hosts.",
  },
  trigger: /redirect|location/i,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const args = ctx.args(node);
    let url;
    if (/^(res|response|reply|ctx|h)\.redirect$/.test(q)) url = args[args.length - 1];
    // Next.js: `NextResponse.redirect(url)`, `Response.redirect(url)`, `redirect(url)` from next/navigation.
    else if (
      /^(next\/server\.NextResponse|NextResponse|Response)\.redirect$|^next\/navigation\.(redirect|permanentRedirect)$/.test(
        q,
      )
    )
      url = args[0];
    else if (/^(res|response|ctx)\.location$/.test(q)) url = args[0];
    else if (
      /^(res|response|reply|ctx)\.(setHeader|set|header|append)$/.test(q) &&
      /^location$/i.test(ctx.stringValue(args[0]) ?? "")
    )
      url = args[1];
    else if (/^(res|response)\.writeHead$/.test(q))
      url = args.map((a) => ctx.prop(a, "Location") ?? ctx.prop(a, "location")).find((x) => x);
    else return;
    if (!url) return;
    const fn = ctx.enclosingFunction(node);
    if (fn && /startsWith\(['"]\/|includes\(|allow/i.test(ctx.text(fn))) return;
    // `'/login?next=' + x`, `https://example.com/?q=${x}`: the code fixes where the user goes.
    if (ctx.fixedOrigin(url)) return;
    if (ctx.level(url, "redirect") === Level.SOURCE)
      report({ node, message: "redirect target comes from the request" });
  },
  cases: {
    valid: [
      "app.get('/r', (req, res) => { res.redirect(base() + '?target=' + req.query.t); });",
      "app.get('/r/:u', (req, res) => { res.redirect('users/' + req.params.u); });",
      "app.get('/', (req, res) => { res.redirect('/search?q=' + req.query.q); });",
      "app.get('/', (req, res) => res.redirect('/home'));",
    ],
    invalid: [
      "app.get('/r/:u', (req, res) => { res.redirect('/' + req.params.u); });",
      "app.get('/r/:u', (req, res) => { res.redirect('//' + req.params.u); });",
      "app.get('/', (req, res) => { res.redirect(req.query.url); });",
      "app.get('/', (req, res) => { res.redirect('https://' + req.query.host + '/home'); });",
      "app.get('/o', (req, res) => {\n  res.setHeader('Location', req.query.to);\n  res.status(302).end();\n});",
    ],
  },
});
