import { field, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";
import { handlerOf } from "./web.js";

/** The authorization code read from the callback's query: `request.args["code"]`, `request.GET.get("code")`. */
const CODE_READ =
  /request\.(args|GET|query_params|query|values)(\[\s*['"]code['"]\s*\]|\.get\(\s*['"]code['"])/;
/** The code exchanged for a token: a token endpoint, the grant type, an exchange helper. */
const EXCHANGE =
  /authorization_code|access_token|token_endpoint|token_url|oauth2?\/token|\/token\b|fetch_token|exchange_code|exchange_\w*token|get_token\(/i;
/** The callback reads the state the provider echoes. */
const STATE_READ =
  /request\.(args|GET|query_params|query|values)(\[\s*['"]state['"]\s*\]|\.get\(\s*['"]state['"])/;
/** Libraries that keep and check the state themselves (authlib's authorize_access_token, requests-oauthlib). */
const LIBRARY_STATE =
  /authorize_access_token|authorize_redirect|OAuth2Session\(|WebApplicationClient\(|flask_dance|social_django|allauth/;

export default pyRule({
  meta: {
    id: "PY-OAUTHSTATE-001",
    title: "OAuth callback that does not check the state parameter",
    cwe: ["CWE-352"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags an OAuth / OpenID Connect callback that exchanges the authorization code from the query string without reading the `state` it sent, and one that compares the state only when the provider returned one (`if state and state != saved:`). Not where authlib or requests-oauthlib handle the state.",
      why_bad:
        "Without a state bound to the user's session, an attacker can make the victim's browser complete the attacker's own authorization (login CSRF): the victim ends up signed in to, or linked with, the attacker's account (CWE-352).",
      example_bad:
        "from flask import Flask, request, session\napp = Flask(__name__)\n@app.get('/callback')\ndef callback():\n    tok = requests.post(TOKEN_URL, data={'code': request.args['code'], 'grant_type': 'authorization_code'}).json()\n    session['token'] = tok['access_token']\n    return 'ok'",
      example_good:
        "import hmac\nfrom flask import Flask, abort, request, session\napp = Flask(__name__)\n@app.get('/callback')\ndef callback():\n    if not hmac.compare_digest(session.pop('state', ''), request.args.get('state', '')):\n        abort(400)\n    tok = requests.post(TOKEN_URL, data={'code': request.args['code'], 'grant_type': 'authorization_code'}).json()\n    session['token'] = tok['access_token']\n    return 'ok'",
    },
    fix_hint:
      "Send a random state (secrets.token_urlsafe) kept in the session with the authorization request, and refuse the callback unless the returned state is present and equal (hmac.compare_digest).",
  },
  trigger: /['"]code['"]/,
  nodeTypes: ["function_definition"],
  detect(node, ctx, report) {
    if (sourceHas(ctx.tree, LIBRARY_STATE)) return;
    const h = handlerOf(ctx, node);
    if (!h) return;
    const body = ctx.text(field(node, "body") ?? node);
    if (!CODE_READ.test(body) || !EXCHANGE.test(body)) return;
    const name = field(node, "name") ?? node;
    if (!STATE_READ.test(body) && !sourceHas(ctx.tree, STATE_READ)) {
      report({
        node: name,
        message: `${h.path || h.name} exchanges the authorization code without checking the state parameter`,
      });
      return;
    }
    // `if returned and returned != session["state"]: abort(400)`: a callback with no state skips the check.
    const m = /\bif\s+([\w.]+(?:\([^)\n]*\))?)\s+and\s+([\w.]+(?:\([^)\n]*\))?)\s*!=/.exec(body);
    if (!m || m[1] !== m[2]) return;
    const v = m[1]!;
    const bound = new RegExp(
      String.raw`\b${v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\s*=\s*request\.\w+(\[\s*['"]state['"]|\.get\(\s*['"]state['"])`,
    );
    if (STATE_READ.test(v) || bound.test(body))
      report({
        node: name,
        message: `${h.path || h.name} checks the state only when the provider sends one`,
      });
  },
  cases: {
    valid: [
      "import hmac\nfrom flask import Flask, abort, request, session\napp = Flask(__name__)\n@app.get('/callback')\ndef callback():\n    if not hmac.compare_digest(session.pop('state', ''), request.args.get('state', '')):\n        abort(400)\n    tok = requests.post(TOKEN_URL, data={'code': request.args['code'], 'grant_type': 'authorization_code'}).json()\n    return 'ok'",
      // authlib keeps and checks the state
      "from flask import Flask\napp = Flask(__name__)\n@app.get('/callback')\ndef callback():\n    token = oauth.github.authorize_access_token()\n    return 'ok'",
      // a code that is no OAuth code: a coupon applied, nothing exchanged
      "from flask import Flask, request\napp = Flask(__name__)\n@app.get('/apply')\ndef apply():\n    return apply_coupon(request.args['code'])",
      "from flask import Flask, abort, request, session\napp = Flask(__name__)\n@app.get('/cb')\ndef cb():\n    returned = request.args.get('state', '')\n    if not returned or returned != session.get('state'):\n        abort(400)\n    exchange_code(request.args['code'])\n    return 'ok'",
    ],
    invalid: [
      {
        code: "from flask import Flask, request, session\napp = Flask(__name__)\n@app.get('/callback')\ndef callback():\n    tok = requests.post(TOKEN_URL, data={'code': request.args['code'], 'grant_type': 'authorization_code'}).json()\n    session['token'] = tok['access_token']\n    return 'ok'",
        line: 4,
      },
      {
        code: "from flask import Flask, abort, request, session\napp = Flask(__name__)\n@app.get('/cb')\ndef cb():\n    returned = request.args.get('state')\n    if returned and returned != session.get('state'):\n        abort(400)\n    exchange_code(request.args['code'])\n    return 'ok'",
        line: 4,
      },
    ],
  },
});
