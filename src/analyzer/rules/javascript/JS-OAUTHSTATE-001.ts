import { sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import { enclosingRoute } from "./routes.js";

/** The authorization code read off the callback request: `req.query.code`, `ctx.query.code`, `req.body.code`. */
const CODE_READ = /^(req|request|ctx|ctx\.request)\.(query|body)\.code$/;
/** A callback route's path. */
const CALLBACK_PATH = /callback|oauth|redirect|\/auth\//i;

export default jsRule({
  meta: {
    id: "JS-OAUTHSTATE-001",
    title: "OAuth callback exchanges the code without checking state",
    cwe: ["CWE-352"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags an OAuth/OpenID callback route (a path naming callback, oauth, redirect or /auth/) that reads the authorization code from the request and hands it on while its handler never mentions `state` - in a file that runs an OAuth flow (it names state, client_id or redirect_uri elsewhere).",
      why_bad:
        "Without comparing the returned state with the one stored in the user's session, an attacker can send a victim to the callback with the attacker's own code, signing the victim in to the attacker's account (login CSRF) or linking it to the victim's.",
      example_bad:
        "app.get('/login', (req, res) => res.redirect(AUTH + '?client_id=' + ID + '&state=' + newState(req)));\napp.get('/callback', async (req, res) => {\n  req.session.token = await exchange(req.query.code);\n  res.redirect('/');\n});",
      example_good:
        "app.get('/login', (req, res) => res.redirect(AUTH + '?client_id=' + ID + '&state=' + newState(req)));\napp.get('/callback', async (req, res) => {\n  if (req.query.state !== req.session.state) return res.sendStatus(403);\n  req.session.token = await exchange(req.query.code);\n  res.redirect('/');\n});",
    },
    fix_hint:
      "Store a random state in the session before redirecting, and reject the callback unless it comes back equal.",
  },
  trigger: /\.code\b/,
  nodeTypes: ["member_expression"],
  detect(node, ctx, report) {
    if (!CODE_READ.test(ctx.text(node))) return;
    // Handed on (an argument, an object entry), not merely tested for presence.
    const up = node.parent;
    if (up?.type !== "arguments" && up?.type !== "pair") return;
    const route = enclosingRoute(node, ctx, /^(get|post|all)$/);
    if (!route || !CALLBACK_PATH.test(route.path)) return;
    if (/\bstate\b/i.test(ctx.text(route.handler))) return;
    // The file runs an OAuth flow that names a state somewhere (outside this handler, which names none).
    if (
      !sourceHas(ctx.tree, /\bstate\b/) ||
      !sourceHas(ctx.tree, /client_?id|redirect_?uri|oauth|authorize/i)
    )
      return;
    report({ node, message: "OAuth callback uses the code without comparing the returned state" });
  },
  cases: {
    valid: [
      "app.get('/login', (req, res) => res.redirect(AUTH + '?client_id=' + ID + '&state=' + s));\napp.get('/callback', async (req, res) => {\n  if (req.query.state !== req.session.state) return res.sendStatus(403);\n  res.json(await exchange(req.query.code));\n});",
      "app.get('/callback', async (req, res) => {\n  const params = client.callbackParams(req);\n  res.json(await client.callback(REDIRECT_URI, params, { state: req.session.state }));\n});",
      "app.get('/verify', async (req, res) => res.json(await check(req.query.code)));\nconst state = {};",
    ],
    invalid: [
      "app.get('/login', (req, res) => res.redirect(AUTH + '?client_id=' + ID + '&state=' + s));\napp.get('/login/callback', async (req, res) => {\n  const t = await exchange(req.query.code);\n  res.json(t);\n});",
    ],
  },
});
