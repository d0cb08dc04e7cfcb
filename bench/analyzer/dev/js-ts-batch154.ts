// Dev suite "js-ts", batch 154: the twentieth real-code false-alarm sample (300 npm packages: editor and language
// tooling, Markdown/rich-text editors, charting, state management, GraphQL/OpenAPI tooling, browser automation,
// canvas/WebGL/game libraries, static-analysis tools, documentation generators, bundler plugins; 125 MEDIUM+
// findings judged by reading). Own code in the shape of what was misjudged, each false-alarm shape as a safe case
// beside a nearby real weakness.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch154", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch154", cwe, note, src, "typescript");

export const BATCH154: DevCase[] = [
  // --- (1) a syntax highlighter's tokenizer rules name token classes ---
  ...js(
    "CWE-798",
    "a Monaco Monarch tokenizer's { token: 'keyword.control' } rules vs an API client built with a literal token",
    `const { Octokit } = require('@octokit/rest');

const brackets = [
  { open: '{', close: '}', token: 'delimiter.curly' },
@ok  { open: '[', close: ']', token: 'delimiter.square' },
];

const language = {
  defaultToken: 'invalid',
  brackets,
  tokenizer: {
    root: [
@ok      [/[a-z_$][\\w$]*/, { cases: { '@keywords': { token: 'keyword.control.$0' }, '@default': 'identifier' } }],
@ok      [/\\|/, { token: 'delimiter.pipe', next: '@command' }],
    ],
    command: [
@ok      [/\\w+/, { token: 'keyword.command.source.$0', switchTo: '@root' }],
    ],
  },
};

@@const octokit = new Octokit({ auth: 'ghp_7hQm2ZkW9aLx4RtN8vYc3Pd6Ej1Ub5Gs0FoQ' });

module.exports = { language, octokit };
`,
  ),
  ...ts(
    "CWE-798",
    "a CodeMirror stream parser returning style names from token() vs a webhook signed with a literal secret",
    `import { StreamLanguage, type StringStream } from '@codemirror/language';
import { createHmac } from 'node:crypto';

interface State { inString: boolean }

export const esqlLike = StreamLanguage.define<State>({
  startState: () => ({ inString: false }),
  token(stream: StringStream, state: State) {
    if (stream.match(/^\\|/)) return 'operator';
    if (stream.match(/^[A-Z]+/)) return 'keyword';
    stream.next();
    return null;
  },
});

const theme = {
@ok  comment: { token: 'comment.line.double-slash' },
@ok  string: { token: 'string.quoted.double', foreground: 'a31515' },
};

@@const signingSecret = 'whsec_P4q8Lm2Xr7Tn1Vb6Kc9Zd3Hw5Jy0Ae';

export function sign(body: string): string {
  return createHmac('sha256', signingSecret).update(body).digest('hex');
}

export { theme };
`,
  ),
  // --- (2) a mocked session whose token is the placeholder word itself ---
  ...ts(
    "CWE-798",
    "jest mocks resolving { accessToken: 'token' } placeholders vs a client configured with a real-looking bearer token",
    `import { describe, it, expect, jest } from '@jest/globals';
import { ApiClient } from './client';

const auth = {
@ok  getUser: jest.fn().mockResolvedValue({ profile: { sub: 'user' }, accessToken: 'token' }),
@ok  refresh: jest.fn().mockResolvedValue({ accessToken: 'test-token', refreshToken: 'refresh-token' }),
};

describe('client', () => {
  it('sends the bearer header', async () => {
    const client = new ApiClient(auth);
    expect(await client.whoami()).toEqual({ sub: 'user' });
  });
});

export const liveClient = new ApiClient({
@@  accessToken: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI4ODIxIn0.Xq3vT8mKp2RzL5wN9cYb4Hd7Jf1Ga6Se0Uo',
});
`,
  ),
  // --- (3) publishable (client-side) keys are public by design ---
  ...js(
    "CWE-798",
    "a Stripe / Magic publishable key in a browser SDK's config vs a secret key in the same config",
    `const PRODUCTION = {
@ok  magicPublishableApiKey: 'pk_live_8C41A09FD27E3B65',
@ok  stripePublishableKey: 'pk_live_51Hq2xLKd8RtYv0mNcW3bZp7',
  passportDomain: 'https://passport.example.com',
};

const SERVER = {
@@  stripeSecretKey: 'sk_live_51Hq2xLKd8RtYv0mNcW3bZp7QaEf9Ug',
};

module.exports = { PRODUCTION, SERVER };
`,
  ),
  // --- (4) ProseMirror ResolvedPos.before/after take a depth and return a number ---
  ...js(
    "CWE-79",
    "ProseMirror $pos.before(depth + 1) / $to.after(i) position arithmetic vs jQuery .after() of the URL fragment",
    `import { TextSelection } from 'prosemirror-state';
import $ from 'jquery';

export function selectParent(state, dispatch) {
  const { $from, $to } = state.selection;
  for (let d = $from.depth; d > 0; d--) {
@ok    const start = $from.before(d + 1);
@ok    const end = $to.after(d);
    if (end - start > 1) {
      dispatch(state.tr.setSelection(TextSelection.create(state.doc, start, end)));
      return true;
    }
  }
  return false;
}

export function nodeRange($pos, depth) {
@ok  return { from: depth > 0 ? $pos.before(depth) : 0, to: $pos.after(depth) };
}

export function showAnchor() {
@@  $('#crumbs').after(decodeURIComponent(location.hash.slice(1)));
}
`,
  ),
  // --- (5) a parser comparing its current lexer token ---
  ...js(
    "CWE-208",
    "a recursive-descent parser testing this.token against separators / EOF vs an API key compared with !==",
    `const express = require('express');

class Parser {
  readList(item, separator) {
    const result = [];
    while (this.token !== this.EOF && this.token !== item) {
      result.push(this.readItem());
@ok      if (this.token != separator) break;
      this.next();
    }
    return result;
  }

  expectEnd(stopToken) {
@ok    if (this.token !== stopToken) {
      this.error(stopToken);
    }
  }
}

const app = express();
app.use((req, res, next) => {
@@  if (req.get('x-api-token') !== process.env.API_TOKEN) return res.sendStatus(401);
  next();
});

module.exports = { Parser, app };
`,
  ),
  // --- (6) a header whose value is a computed byte length ---
  ...js(
    "CWE-113",
    "a WebDriver client setting Content-Length from Buffer.byteLength of the JSON it sends vs a header from the query",
    `const http = require('http');
const express = require('express');

function post(url, data) {
  const body = JSON.stringify(data);
  const headers = { 'Content-Type': 'application/json;charset=UTF-8' };
@ok  headers['Content-Length'] = String(Buffer.byteLength(body, 'utf8'));
  return http.request(url, { method: 'POST', headers });
}

const app = express();
app.get('/download', (req, res) => {
@@  res.setHeader('Content-Disposition', 'attachment; filename=' + req.query.name);
  res.send('ok');
});

module.exports = { post, app };
`,
  ),
  // --- (7) Math.random for list keys and element ids ---
  ...ts(
    "CWE-330",
    "a React Native FlatList keyExtractor and a stroke id from Math.random vs a password-reset token from Math.random",
    `import { FlatList } from 'react-native';

export const listProps = {
@ok  keyExtractor: () => Math.ceil(Math.random() * 10000000).toString(),
};

export function strokeId(): string {
  let dt = Date.now();
  return 'xxxxxxxx-xxxx'.replace(/x/g, () => {
@ok    const r = (dt + Math.random() * 16) % 16 | 0;
    dt = Math.floor(dt / 16);
    return r.toString(16);
  });
}

export function resetToken(): string {
@@  const resetToken = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  return resetToken;
}

export { FlatList };
`,
  ),
  // --- (8) a whitespace test, not a sanitiser ---
  ...ts(
    "CWE-116",
    "replace('\\\\n', '').trim() === '' testing for a blank JSX text vs a first-occurrence '<' escape written into HTML",
    `export function isBlank(node: { value: string }): boolean {
@ok  return node.value.replace('\\n', '').trim() === '';
}

export function label(el: HTMLElement, title: string): void {
@@  el.innerHTML = '<b>' + title.replace('<', '&lt;') + '</b>';
}
`,
  ),
];
