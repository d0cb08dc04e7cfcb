// Dev suite "js-ts", batch 67: false alarms on real library code, second round. Written after a seeded sample
// (seed 3519) of the analyzer's MEDIUM+ findings on installed, never-tuned npm packages (a JSON-schema validator
// and its formats, a schema library, a linter and its TypeScript parser, an argv parser, a bundler's plugin
// helpers, a parquet reader, a WebSocket library), in the same shapes but new code: RegExps assembled from escaped
// text, from another RegExp or from numbers; validation regexes whose repeated groups are led or closed by a
// literal separator the inner class excludes; nested table writes whose first key is an index; argv path walks
// whose keys pass a __proto__ guard; header copies into a fresh object; compiler enum comparisons on
// *Token/*Signature kinds; WebSocket message listeners; the WebSocket accept hash; status tables. A few marked
// positives beside them guard recall. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch67", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch67", cwe, note, src, "typescript");

export const BATCH67: DevCase[] = [
  ...js(
    "CWE-1333",
    "RegExps built from escaped text, another RegExp and numbers",
    `const specials = /[-/\\\\^$*+?.()|[\\]{}]/g;

function escapeRegex(str) {
  return str.replace(specials, '\\\\$&');
}

export function exactRegex(str, flags) {
@ok  return new RegExp(\`^\${escapeRegex(str)}$\`, flags);
}

export function prefixRegex(str, flags) {
@ok  return new RegExp('^' + escapeRegex(str), flags);
}

export function globToRegex(pattern) {
  const body = pattern.split('*').map(escapeRegex).join('.*');
@ok  return new RegExp(\`^\${body}$\`, 'i');
}

export function withoutGlobal(pattern) {
@ok  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
}

export function sized(params) {
  const body = params ? \`[\\\\s\\\\S]{\${params.minimum ?? 0},\${params.maximum ?? ''}}\` : '[\\\\s\\\\S]*';
@ok  return new RegExp(\`^\${body}$\`);
}
`,
  ),
  ...js(
    "CWE-1333",
    "a search pattern taken from the request (positive)",
    `const express = require('express');
const app = express();

app.get('/search', (req, res) => {
@@  const re = new RegExp(req.query.pattern, 'i');
  res.json(['alpha', 'beta'].filter((w) => re.test(w)));
});
`,
  ),
  ...ts(
    "CWE-1333",
    "validation regexes whose repeated groups are led or closed by a literal separator",
    `export const formats = {
@ok  hostname: /^(?=.{1,253}\\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\\.?$/i,
@ok  email: /^[a-z0-9!#$%&'*+/=?^_\`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_\`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
@ok  pointer: /^(?:\\/(?:[^~/]|~0|~1)*)*$/,
@ok  domain: /^([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$/,
@ok  dotted: /^(?:[A-Za-z0-9_'+-]+\\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@example\\.com$/,
};

export function stripEvalFrames(line: string): string {
@ok  return line.replace(/ line (\\d+)(?: > eval line \\d+)* > eval:\\d+:\\d+/g, ':$1');
}
`,
  ),
  ...js(
    "CWE-1333",
    "nested quantifiers that do backtrack (positives)",
    `export function isWords(s) {
@@  return /^(\\w+\\s?)*$/.test(s);
}

export function isAs(s) {
@@  return /^(a+)+$/.test(s);
}
`,
  ),
  ...js(
    "CWE-1321",
    "nested table writes whose first key is an index",
    `export function collectBlooms(rowGroups, columns, read) {
  const result = rowGroups.map(() => ({}));
  for (let rg = 0; rg < rowGroups.length; rg++) {
    for (const column of columns) {
      const bloom = read(rowGroups[rg], column.name);
@ok      if (bloom) result[rg][column.name] = bloom;
    }
  }
  return result;
}

export function setProperty(steps, index, props) {
  if (!props[index]) props[index] = {};
@ok  props[index][steps[1].value] = steps[2] ? steps[2].value : null;
}
`,
  ),
  ...js(
    "CWE-1321",
    "argv path walk whose keys pass a __proto__ guard, beside an unguarded one (positive)",
    `function sanitizeKey(key) {
  if (key === '__proto__') return '___proto___';
  return key;
}

export function setKey(obj, keys, value) {
  let o = obj;
  keys.slice(0, -1).forEach((raw) => {
    const key = sanitizeKey(raw);
    if (o[key] === undefined) {
@ok      o[key] = {};
    }
    o = o[key];
  });
  const last = sanitizeKey(keys[keys.length - 1]);
@ok  o[last] = value;
}

export function setPath(req, res, store) {
  const parts = req.body.path.split('.');
  let cur = store;
  for (let i = 0; i < parts.length - 1; i++) {
    cur = cur[parts[i]] = cur[parts[i]] || {};
  }
@@  cur[parts[parts.length - 1]] = req.body.value;
  res.end();
}
`,
  ),
  ...js(
    "CWE-1321",
    "caller headers copied into a fresh headers object",
    `export function redirectOptions(options, headers) {
  const next = { ...options, headers: {} };
  if (headers) {
    for (const [key, value] of Object.entries(headers)) {
@ok      next.headers[key.toLowerCase()] = value;
    }
  }
  return next;
}
`,
  ),
  ...ts(
    "CWE-208",
    "compiler enum comparisons on token and signature kinds",
    `import * as ts from 'typescript';

export function isAssignment(node: ts.Node): boolean {
  return (
    ts.isBinaryExpression(node) &&
@ok    node.operatorToken.kind === ts.SyntaxKind.EqualsToken
  );
}

export function declarationType(node: ts.Node): string {
@ok  return node.kind === ts.SyntaxKind.ConstructSignature
    ? 'construct'
@ok    : node.kind === ts.SyntaxKind.CallSignature
      ? 'call'
      : 'function';
}

export function closeBrace(next: ts.Node, find: (n: ts.Node) => ts.Node): ts.Node {
@ok  const closeBraceToken = next.kind === ts.SyntaxKind.CommaToken ? find(next) : next;
  return closeBraceToken;
}
`,
  ),
  ...js(
    "CWE-208",
    "an API key compared with ===, beside the enum comparisons (positive)",
    `const express = require('express');
const app = express();

app.use((req, res, next) => {
  const key = req.get('x-api-key');
@@  if (key !== process.env.API_KEY) return res.status(401).end();
  next();
});
`,
  ),
  ...js(
    "CWE-345",
    "WebSocket message listeners (no origin to check)",
    `import WebSocket from 'ws';

export function connect(url, apiKey, onEvent) {
  const socket = new WebSocket(url, ['realtime', \`key.\${apiKey}\`]);
@ok  socket.addEventListener('message', (event) => {
    onEvent(JSON.parse(event.data.toString()));
  });
@ok  socket.on('message', (data) => onEvent(JSON.parse(data.toString())));
  return socket;
}
`,
  ),
  ...js(
    "CWE-345",
    "a window message listener using the data with no origin check (positive)",
    `export function listen(el) {
@@  window.addEventListener('message', (event) => {
    el.innerHTML = event.data.html;
  });
}
`,
  ),
  ...js(
    "CWE-328",
    "the WebSocket accept hash and content hashes for cache names",
    `const { createHash } = require('crypto');
const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function acceptKey(key) {
@ok  return createHash('sha1').update(key + GUID).digest('base64');
}

async function cacheName(text) {
@ok  const buf = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(buf), (b) => b.toString(36)).join('');
}

function storePassword(db, user, password) {
@@  const digest = createHash('md5').update(password).digest('hex');
  return db.save(user, digest);
}

module.exports = { acceptKey, cacheName, storePassword };
`,
  ),
  ...js(
    "CWE-798",
    "status tables whose keys read like credentials, beside a hard-coded password (positive)",
    `export const StatusMap = {
@ok  pass: 'passed',
  fail: 'failed',
  skip: 'skipped',
};

export const Kinds = { OpenBraceToken: 1, CloseBraceToken: 2 };

export const config = {
  host: 'db.internal',
@@  password: 'Br1ght-Meadow-4412',
};
`,
  ),
  ...js(
    "CWE-1333",
    "RegExps from a loop index and from other RegExps' sources, beside a request prefix (positive)",
    `export function fillGroups(url, match) {
  match.forEach((matched, i) => {
@ok    url = url.replace(new RegExp('\\\\[' + i + '\\\\]', 'ig'), matched);
  });
  return url;
}

export function union(patterns) {
@ok  return new RegExp(\`^(\${patterns.map((p) => p.source).join('|')})$\`);
}

export function byPrefix(req, res, names) {
@@  const re = new RegExp('^' + req.params.prefix);
  res.json(names.filter((n) => re.test(n)));
}
`,
  ),
  ...js(
    "CWE-1333",
    "a URI-template regex whose alternatives are disjoint",
    `export const uriTemplate =
@ok  /^(?:(?:[^\\x00-\\x20"'<>%\\\\^\`{|}]|%[0-9a-f]{2})|\\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+\\})*$/i;
`,
  ),
  ...js(
    "CWE-208",
    "tokenizer type and value comparisons",
    `const TokenType = { Punctuator: 1, Keyword: 2 };

export function isCloseBrace(token) {
@ok  return token.type === TokenType.Punctuator && token.value === '}';
}

export function lastIsKeyword(tokens) {
  const lastToken = tokens[tokens.length - 1];
@ok  return lastToken.type === TokenType.Keyword;
}
`,
  ),
  ...js(
    "CWE-798",
    "header-name and token-type constants",
    `@ok export const ACCESS_TOKEN_HEADER = 'X-Access-Token';
@ok export const AUTH = { tokenType: 'Bearer', header: ACCESS_TOKEN_HEADER };
@ok export const SECRET_FIELD = 'clientSecret';
`,
  ),
];
