// Dev suite "js-ts", batch 101: false alarms on real package code, seventh round (own code, written before any fix).
// Written after a seeded sample (seed 4040) of the analyzer's MEDIUM+ findings on npm packages never analysed before
// (an OpenID provider and relying-party middleware, a Keycloak adapter, a Kafka client, SQL Server and MySQL
// drivers, template engines (dust, doT, Hogan, Twig, nunjucks, art-template), static file servers, a dev server and
// its client overlay, a file watcher, a WebSocket/EventSource library), in the same shapes but new code: an
// HTML-escaping helper of the project's own that happens to be called htmlSafe, setImmediate handed a callback,
// client-metadata tables whose *_alg / *_enc / *_method names map to discovery keys or method names, a template
// engine's own sources and tests calling its compile entry points, compiled template objects named `template`,
// a dotted-path setter whose key check sits in the function around its forEach callback, header values reassigned
// from the request's own headers, a JWT decoded inside the key resolver of the verify call, a joined path checked
// by is-path-inside right after, lexer tokens logged at trace level, and a SPA fallback redirecting to "/#route"
// after resetting req.url. Marked positives beside them guard recall (Ember's htmlSafe, a string timer, a real
// client secret, an engine from its npm package given a caller's or the request's text, an unguarded setter,
// an unverified token deciding access, an unchecked join, a logged access token, redirects to the raw path).
import { fileCases } from "./js-ts-batch5.js";
import type { DevCase } from "./cases.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch101", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch101", cwe, note, src, "typescript");

export const BATCH101: DevCase[] = [
  // --- CWE-79: a project's own escaping helper named htmlSafe vs Ember's trust marker ---
  ...js(
    "CWE-79",
    "consent page escaping the client's name with an htmlSafe helper imported from the project (remember-me text)",
    `import htmlSafe from './helpers/html_safe.js';

export async function consentPage(ctx, client, scopes) {
  const remember = '<label><input type="checkbox" name="remember"> Remember this decision</label>';
@ok  const title = htmlSafe(client.clientName || client.clientId);
  ctx.type = 'html';
  ctx.body = \`<!DOCTYPE html><html><body>
    <h1>Authorize \${title}</h1>
@ok    <ul>\${scopes.map((s) => \`<li>\${htmlSafe(s)}</li>\`).join('')}</ul>
    <form method="post">\${remember}<button>Allow</button></form>
  </body></html>\`;
}
`,
  ),
  ...js(
    "CWE-79",
    "member list built with a local htmlSafe that replaces & < > \" '",
    `function htmlSafe(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function memberRows(members) {
  return members
@ok    .map((m) => '<tr><td>' + htmlSafe(m.displayName) + '</td><td>' + htmlSafe(m.email) + '</td></tr>')
    .join('');
}

module.exports = function membersPage(req, res) {
  res.setHeader('Content-Type', 'text/html');
  res.end('<table>' + memberRows(req.app.locals.members) + '</table>');
};
`,
  ),
  ...js(
    "CWE-79",
    "Ember helper marking markup built from its argument as safe (positive)",
    `import { helper } from '@ember/component/helper';
import { htmlSafe } from '@ember/template';

export default helper(function badge([label]) {
@@  return htmlSafe(\`<span class="badge">\${label}</span>\`);
});
`,
  ),

  // --- CWE-94: setImmediate never evaluates a string ---
  ...js(
    "CWE-94",
    "connection pool deferring the callback of a request it runs with setImmediate",
    `class PoolError extends Error {}

class Pool {
  constructor() {
    this._free = [];
    this._closed = false;
  }

  execute(request, callback) {
    if (request instanceof Function) {
      callback = request;
      request = undefined;
    }
    if (this._closed) {
@ok      setImmediate(callback, new PoolError('pool is closed'));
      return this;
    }
    const conn = this._free.pop();
    conn.run(request);
@ok    setImmediate(callback, null, conn);
    return this;
  }

  prepare(statement, callback) {
    if (typeof statement === 'function') {
      callback = statement;
      statement = undefined;
    }
    this.execute(statement, (err, conn) => {
      if (err) return callback(err);
      const req = conn.request();
      req.input('sql', statement);
      callback(null, req);
    });
  }
}

module.exports = Pool;
`,
  ),
  ...js(
    "CWE-94",
    "a task queue draining handlers with setImmediate",
    `const queue = [];

function schedule(fn, ...args) {
  queue.push({ fn, args });
  if (queue.length === 1) setImmediate(drain);
}

function drain() {
  const task = queue.shift();
  if (!task) return;
@ok  setImmediate(task.fn, ...task.args);
  if (queue.length) setImmediate(drain);
}

module.exports = { schedule };
`,
  ),
  ...js(
    "CWE-94",
    "a browser page handing setTimeout a string built from the URL fragment (positive)",
    `function showPanel(name) {
  document.getElementById(name).hidden = false;
}

window.addEventListener('load', () => {
  const panel = location.hash.slice(1);
@@  setTimeout("showPanel('" + panel + "')", 50);
});
`,
  ),

  // --- CWE-798: *_alg / *_enc / *_method names are algorithm and method selectors ---
  ...js(
    "CWE-798",
    "client-metadata names mapped to the discovery keys listing their allowed values",
    `const ALLOWED_VALUES = {
@ok  id_token_signed_response_alg: 'id_token_signing_alg_values_supported',
@ok  id_token_encrypted_response_enc: 'id_token_encryption_enc_values_supported',
@ok  userinfo_encrypted_response_alg: 'userinfo_encryption_alg_values_supported',
@ok  token_endpoint_auth_method: 'token_endpoint_auth_methods_supported',
  request_object_signing_alg: 'request_object_signing_alg_values_supported',
};

export function checkChoice(metadata, discovery) {
  for (const [prop, listKey] of Object.entries(ALLOWED_VALUES)) {
    if (metadata[prop] && !discovery[listKey].includes(metadata[prop])) {
      throw new Error(\`\${prop} must be one of \${discovery[listKey].join(', ')}\`);
    }
  }
}
`,
  ),
  ...ts(
    "CWE-798",
    "default client registration naming its token endpoint auth method",
    `export interface ClientDefaults {
  grant_types: string[];
  token_endpoint_auth_method: string;
}

export const defaults: ClientDefaults = {
  grant_types: ['authorization_code', 'refresh_token'],
@ok  token_endpoint_auth_method: 'client_secret_post',
};

@ok export const REVOCATION_AUTH_METHOD = 'private_key_jwt';
`,
  ),
  ...js(
    "CWE-798",
    "a client registration with its secret written in (positive)",
    `const { Issuer } = require('openid-client');

async function makeClient() {
  const issuer = await Issuer.discover('https://login.example.org');
  return new issuer.Client({
    client_id: 'billing-portal',
@@    client_secret: 'q8Vd2mLx7Rk4Tz9Wp3Nc',
    token_endpoint_auth_method: 'client_secret_basic',
  });
}
module.exports = makeClient;
`,
  ),

  // --- CWE-1336: an engine's own sources and tests, compiled template objects named `template` ---
  ...js(
    "CWE-1336",
    "a Mustache implementation's own render helpers, engine object declared in the module",
    `(function (root, factory) {
  if (typeof module === 'object') module.exports = factory();
  else root.mustache = factory();
})(this, function () {
  var mustache = { name: 'mustache.js', tags: ['{{', '}}'] };
  var cache = {};

  mustache.parse = function (template) {
    return cache[template] || (cache[template] = template.split(/({{[^}]+}})/));
  };

  mustache.render = function (template, view) {
    return mustache.parse(template).map(function (t) {
      return t.charAt(0) === '{' ? String(view[t.slice(2, -2).trim()] || '') : t;
    }).join('');
  };

  mustache.to_html = function (template, view, send) {
@ok    var out = mustache.render(template, view);
    if (typeof send === 'function') send(out);
    else return out;
  };

  return mustache;
});
`,
  ),
  ...js(
    "CWE-1336",
    "the engine's own spec requiring it by a relative path and compiling fixture text",
    `var Hogan = require('../lib/hogan.js');
var fixtures = require('./fixtures/partials.json');

describe('partials', function () {
  Object.keys(fixtures).forEach(function (name) {
    it('renders ' + name, function () {
      var spec = fixtures[name];
@ok      var t = Hogan.compile(spec.template + '{{! trailing }}');
      expect(t.render(spec.data, spec.partials)).toBe(spec.expected);
    });
  });
});
`,
  ),
  ...js(
    "CWE-1336",
    "a UMD compiler module handed the engine by its factory",
    `(function (root, factory) {
  if (typeof exports === 'object') module.exports = factory(require('./parser'), require('./dust'));
  else factory(root.dust.parse, root.dust);
})(this, function (parse, dust) {
  function compile(source, name) {
    return 'dust.register(' + JSON.stringify(name) + ',' + parse(source) + ')';
  }

  function compileFn(source, name) {
@ok    return dust.loadSource(dust.compile(source, name));
  }

  dust.compile = compile;
  dust.compileFn = compileFn;
  return compile;
});
`,
  ),
  ...js(
    "CWE-1336",
    "view helpers calling render on compiled template objects",
    `const fs = require('fs');
const Hogan = require('hogan.js');

const compiled = new Map();

function load(file) {
  if (!compiled.has(file)) compiled.set(file, Hogan.compile(fs.readFileSync(file, 'utf8')));
  return compiled.get(file);
}

function renderView(template, data) {
@ok  return template.render(data);
}

module.exports = (file, data) => {
  const template = load(file);
@ok  return template.render(data, { header: load('views/header.mustache') });
};
module.exports.renderView = renderView;
`,
  ),
  ...js(
    "CWE-1336",
    "doT from npm compiling text its exported function is given (positive)",
    `const dot = require('dot');

module.exports = function preview(text, data) {
@@  return dot.template(text)(data);
};
`,
  ),
  ...js(
    "CWE-1336",
    "art-template's template.render of a request body (positive)",
    `const express = require('express');
const template = require('art-template');

const app = express();
app.use(express.json());
app.post('/preview', (req, res) => {
@@  res.send(template.render(req.body.source, { user: req.user }));
});
`,
  ),
  ...js(
    "CWE-1336",
    "an engine injected through a factory parameter still renders request text (positive)",
    `module.exports = function mount(app, dust) {
  app.post('/render', (req, res) => {
@@    dust.renderSource(req.body.tpl, { now: Date.now() }, (err, out) => res.send(out));
  });
};
`,
  ),

  // --- CWE-1321: a key check in the function around the forEach callback that writes ---
  ...js(
    "CWE-1321",
    "dotted-path setter that throws on __proto__/constructor/prototype before its forEach walk",
    `function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export default function setPath(target, dotted, value) {
  const parts = dotted.split('.');
  if (parts.includes('__proto__') || parts.includes('constructor') || parts.includes('prototype')) {
    throw new TypeError('refusing to set a reserved key');
  }
  let node = target;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
@ok      node[part] = value;
    } else if (!isObject(node[part])) {
@ok      node[part] = {};
    }
    node = node[part];
  });
  return target;
}
`,
  ),
  ...js(
    "CWE-1321",
    "the same forEach path setter without any key check (positive)",
    `export default function setPath(target, dotted, value) {
  const parts = dotted.split('.');
  let node = target;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
@@      node[part] = value;
    } else if (typeof node[part] !== 'object') {
      node[part] = {};
    }
    node = node[part];
  });
  return target;
}
`,
  ),

  // --- CWE-113: a variable reassigned from the request's own header values ---
  ...js(
    "CWE-113",
    "CORS preflight echoing the requested headers through a variable declared before it is assigned",
    `exports.options = function (req, res) {
  var allow, maxAge;
  maxAge = 365 * 24 * 60 * 60;
  allow = req.headers['access-control-request-headers'];
  res.setHeader('Access-Control-Max-Age', String(maxAge));
  if (allow) {
@ok    res.setHeader('Access-Control-Allow-Headers', allow);
  }
  res.writeHead(204);
  res.end();
};
`,
  ),
  ...js(
    "CWE-113",
    "a trace id taken from the incoming header or generated, assigned in either branch",
    `const { randomUUID } = require('crypto');

module.exports = function traceId(req, res, next) {
  let id;
  if (req.headers['x-trace-id']) {
    id = req.headers['x-trace-id'];
  } else {
    id = randomUUID();
  }
@ok  res.setHeader('X-Trace-Id', id);
  next();
};
`,
  ),

  // --- CWE-347: jwt decode inside the key resolver of the verify call ---
  ...js(
    "CWE-347",
    "attestation JWT decoded inside jwtVerify's key callback to find the issuer's key",
    `import * as jose from 'jose';

export async function verifyAttestation(attestation, keystore) {
  const { payload } = await jose.jwtVerify(
    attestation,
    async (header) => {
@ok      const claims = jose.decodeJwt(attestation);
      return keystore.keyFor(claims.iss, header.kid);
    },
    { algorithms: ['ES256'], maxTokenAge: '5m' },
  );
  return payload;
}
`,
  ),
  ...js(
    "CWE-347",
    "a bearer token decoded without verification deciding admin access (positive)",
    `const { decodeJwt } = require('jose');

module.exports = function requireAdmin(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
@@  const claims = decodeJwt(token);
  if (claims.role !== 'admin') return res.status(403).end();
  next();
};
`,
  ),

  // --- CWE-22: a joined path checked with is-path-inside right after ---
  ...js(
    "CWE-22",
    "static handler joining the decoded URL path, then rejecting anything outside the root with isPathInside",
    `const path = require('path');
const fs = require('fs');
const url = require('url');
const isPathInside = require('path-is-inside');

module.exports = function serve(root) {
  return (req, res) => {
    const relative = decodeURIComponent(url.parse(req.url).pathname);
@ok    const absolute = path.join(root, relative);
    if (!isPathInside(absolute, root)) {
      res.statusCode = 400;
      return res.end('Bad Request');
    }
    fs.createReadStream(absolute).on('error', () => res.end()).pipe(res);
  };
};
`,
  ),
  ...js(
    "CWE-22",
    "the same handler with no containment check (positive)",
    `const path = require('path');
const fs = require('fs');
const url = require('url');

module.exports = function serve(root) {
  return (req, res) => {
    const relative = decodeURIComponent(url.parse(req.url).pathname);
    const absolute = path.join(root, relative);
@@    fs.createReadStream(absolute).on('error', () => res.end()).pipe(res);
  };
};
`,
  ),

  // --- CWE-532: lexer tokens logged while compiling ---
  ...js(
    "CWE-532",
    "template compiler tracing each lexer token it compiles",
    `const log = require('./log');

function compileTokens(tokens) {
  const out = [];
  let token;
  while (tokens.length > 0) {
    token = tokens.shift();
@ok    log.trace('compiling token', token);
    out.push(token.type === 'raw' ? JSON.stringify(token.value) : 'ctx.get(' + JSON.stringify(token.value) + ')');
  }
  return out.join('+');
}

module.exports = compileTokens;
`,
  ),
  ...js(
    "CWE-532",
    "an OAuth callback logging the access token it received (positive)",
    `const logger = require('./logger');

async function onCallback(req, res, client) {
  const tokenSet = await client.callback('https://app.example.org/cb', client.callbackParams(req));
@@  logger.info('login ok, access token ' + tokenSet.access_token);
  res.redirect('/');
}
module.exports = onCallback;
`,
  ),

  // --- CWE-601: SPA fallback redirecting to "/#route" after resetting req.url; the raw path kept ---
  ...js(
    "CWE-601",
    "single-page fallback sending deep links to '/#<route>' once req.url is reset to '/'",
    `module.exports = function spaFallback(req, res, next) {
  if (req.method !== 'GET') return next();
  if (req.url !== '/' && !req.url.includes('.')) {
    const route = req.url;
    req.url = '/';
    res.statusCode = 302;
@ok    res.setHeader('Location', req.url + '#' + route);
    return res.end();
  }
  next();
};
`,
  ),
  ...js(
    "CWE-601",
    "directory redirect appending a slash to the raw request path (positive: //evil.example/../dir)",
    `const url = require('url');
const send = require('send');

module.exports = function staticDir(root) {
  return (req, res) => {
    send(req, url.parse(req.url).pathname, { root })
      .on('directory', () => {
        const pathname = url.parse(req.originalUrl).pathname;
        res.statusCode = 301;
@@        res.setHeader('Location', pathname + '/');
        res.end();
      })
      .pipe(res);
  };
};
`,
  ),
  ...js(
    "CWE-601",
    "post-login redirect back to the request path with the code parameters removed (positive: leading //)",
    `const URL = require('url');

module.exports = function postAuth(keycloak) {
  return async (request, response, next) => {
    if (!request.query.auth_callback) return next();
    await keycloak.getGrantFromCode(request.query.code, request, response);
    const parts = { pathname: request.path, query: { ...request.query } };
    delete parts.query.code;
    delete parts.query.auth_callback;
@@    response.redirect(URL.format(parts));
  };
};
`,
  ),
  // --- Added after the first fixes (measured before their own fix): request method in access lines ---
  ...js(
    "CWE-117",
    "a test server logging each request's method and raw URL",
    `const http = require('http');

http
  .createServer((req, res) => {
@ok    console.log('Got request: ' + req.method + ' ' + req.url);
    res.end('ok');
  })
  .listen(8080);
`,
  ),
  ...js(
    "CWE-117",
    "an access log line with the method and a query parameter (positive)",
    `const express = require('express');
const app = express();
app.get('/search', (req, res) => {
@@  console.log(req.method + ' search for ' + req.query.q);
  res.json([]);
});
`,
  ),
  // --- Added after the first fixes (measured before their own fix): test servers and TLS option tests ---
  ...js(
    "CWE-79",
    "a tap test's fixture server answering unmatched paths with the raw URL",
    `import http from 'node:http';
import { test } from 'tap';
import serve from '../index.js';

let server;
test('setup', (t) => {
  const mount = serve({ path: 'fixtures' });
  server = http.createServer((req, res) => {
    if (!mount(req, res)) {
      res.statusCode = 404;
@ok      return res.end(\`Not a match: \${req.url}\`);
    }
  });
  server.listen(0, () => t.end());
});
`,
  ),
  ...js(
    "CWE-79",
    "a mocha spec's echo server writing the Host header back",
    `const http = require('http');
const assert = require('assert');
const tunnel = require('./tunnel');

let port;
before((done) => {
  const server = http.createServer((req, res) => {
@ok    res.write(req.headers.host);
    res.end();
  });
  server.listen(() => {
    port = server.address().port;
    done();
  });
});

it('forwards to the local server', async () => {
  const t = await tunnel({ port });
  assert.ok(t.url);
});
`,
  ),
  ...js(
    "CWE-79",
    "an application route echoing a query value as HTML (positive)",
    `const http = require('http');
const url = require('url');

http
  .createServer((req, res) => {
    const q = url.parse(req.url, true).query;
    res.setHeader('Content-Type', 'text/html');
@@    res.end('<p>No results for ' + q.term + '</p>');
  })
  .listen(3000);
`,
  ),
  ...js(
    "CWE-295",
    "an HTTP client's spec checking that expired certificates are accepted when asked",
    `const should = require('should');
const client = require('../');

describe('tls options', function () {
  it('accepts an expired certificate when rejectUnauthorized is false', function (done) {
@ok    client.get('https://expired.badssl.example/', { rejectUnauthorized: false }, function (err, resp) {
      should.not.exist(err);
      resp.statusCode.should.eql(200);
      done();
    });
  });
});
`,
  ),
  ...js(
    "CWE-295",
    "a production client turning certificate checks off (positive)",
    `const https = require('https');

const agent = new https.Agent({
@@  rejectUnauthorized: false,
  keepAlive: true,
});

module.exports = function fetchStatus(host) {
  return new Promise((resolve) => https.get({ host, path: '/status', agent }, resolve));
};
`,
  ),
  // --- Added after the first fixes (measured before their own fix): a token set's own tokens decoded ---
  ...js(
    "CWE-347",
    "a relying party's token set decoding the ID token it got from the token endpoint",
    `const { decodeJwt } = require('jose');

class TokenSet {
  constructor(response) {
    Object.assign(this, response);
  }

  claims() {
    if (!this.id_token) return undefined;
@ok    return decodeJwt(this.id_token);
  }
}

async function exchange(client, params) {
  const tokens = new TokenSet(await client.grant(params));
  try {
@ok    const { act } = decodeJwt(tokens.access_token);
    return { tokens, actor: act };
  } catch {
    return { tokens };
  }
}

module.exports = { TokenSet, exchange };
`,
  ),
  ...js(
    "CWE-347",
    "a callback trusting an ID token posted by the browser without verifying it (positive)",
    `const express = require('express');
const { decodeJwt } = require('jose');
const app = express();
app.use(express.urlencoded({ extended: false }));
app.post('/callback', (req, res) => {
@@  const claims = decodeJwt(req.body.id_token);
  req.session.user = claims.sub;
  res.redirect('/');
});
`,
  ),
  // --- Added after the first fixes (measured before their own fix): a CLI's own pattern flag ---
  ...js(
    "CWE-1333",
    "a dev server's --ignorePattern= command-line flag compiled into a RegExp",
    `const opts = { port: 8080, ignorePattern: null };

for (let i = process.argv.length - 1; i >= 2; --i) {
  const arg = process.argv[i];
  if (arg.startsWith('--port=')) {
    opts.port = parseInt(arg.slice(7), 10);
  } else if (arg.startsWith('--ignorePattern=')) {
@ok    opts.ignorePattern = new RegExp(arg.slice(16));
    process.argv.splice(i, 1);
  }
}

module.exports = opts;
`,
  ),
  ...js(
    "CWE-1333",
    "a search route compiling the query's pattern (positive)",
    `const express = require('express');
const app = express();
const names = ['alpha', 'beta', 'gamma'];
app.get('/find', (req, res) => {
@@  const re = new RegExp(req.query.pattern);
  res.json(names.filter((n) => re.test(n)));
});
`,
  ),
  // --- Added after the first fixes (measured before their own fix): a handler's configuration parameter ---
  ...js(
    "CWE-22",
    "a static-file handler resolving its public directory from the config object its caller passes",
    `const path = require('path');

module.exports = async (request, response, config = {}) => {
@ok  const root = path.resolve(process.cwd(), config.public || '.');
@ok  const notFound = path.join(root, config.notFoundPage || '404.html');
  response.setHeader('X-Root', path.basename(root));
  return { root, notFound, url: request.url };
};
`,
  ),
  ...js(
    "CWE-22",
    "a router handler reading the file its route parameters name (positive)",
    `const fs = require('fs');
const path = require('path');
const router = require('find-my-way')();

router.on('GET', '/files/:name', (req, res, params) => {
@@  fs.createReadStream(path.join('/srv/files', params.name)).pipe(res);
});
`,
  ),
];
