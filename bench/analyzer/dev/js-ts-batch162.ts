// Dev suite "js-ts", batch 162: the twenty-second real-code false-alarm sample (108 npm packages: admin panels,
// chat bots, office/CSV documents, scaffolders, UI kits, upload servers, Deno/Bun-first packages, payment SDKs,
// search clients, AI/LLM clients, web3 libraries, API SDKs; 150 MEDIUM+ findings judged by reading). Own code in
// the shape of what was misjudged, each false-alarm shape as a safe case beside a nearby real weakness.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch162", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch162", cwe, note, src, "typescript");

export const BATCH162: DevCase[] = [
  // --- (1) compiled JSX passing an i18n message key as a `token` prop ---
  ...js(
    "CWE-798",
    "compiled JSX handing an i18n component its dotted message key as the token prop vs a client built with a literal API token",
    `var _react = require("react");
var _i18n = require("../i18n");
var Sdk = require("acme-sdk");

function ColumnPicker(props) {
  return _react.default.createElement("div", null,
    _react.default.createElement(_i18n.AppI18n, {
@ok      token: "appColumnPicker.hideAll",
      default: "Hide all"
    }),
    _react.default.createElement(_i18n.AppI18n, {
@ok      token: "appColumnPicker.search.placeholder",
      default: "Search columns"
    }));
}

var client = new Sdk.Client({
@@  token: "tk9Qz2LmX7pR4tV6wY1bN5cD0eHa8F3k",
  region: "eu-west-1"
});

module.exports = { ColumnPicker, client };
`,
  ),
  // --- (2) string enums, header names and translations that mention a password or token ---
  ...ts(
    "CWE-798",
    "a string enum naming the password field, a header-name constant and a translated label vs a literal database password",
    `import { Pool } from "pg";

export enum LoginField {
  Email = "login_field_email",
@ok  Password = "login_field_password",
}

export const HEADERS = {
  TRACE: "x-trace-id",
@ok  DOCTOKEN: "Doc-Authorization",
};

export const de = {
  auth: {
    username: "Benutzername",
@ok    password: "Kennwort",
    sign_in: "Anmelden",
    sign_in_error: "Anmeldung fehlgeschlagen, bitte erneut versuchen",
  },
};

export const pool = new Pool({
  host: "db.internal",
  user: "app",
@@  password: "Vq8#mZ2!rT6wLk",
});
`,
  ),
  // --- (3) a log line of a raw request URL (no decoded CR/LF can be in it) ---
  ...js(
    "CWE-117",
    "a websocket handler logging the id cut from the raw request URL vs one logging a decoded query value",
    `const { WebSocketServer } = require('ws');
const logger = require('./logger');

function attach(server) {
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws, req) => {
    const uploadId = req.url.replace(/^.*\\/uploads\\//, '');
@ok    logger.info('socket opened for upload ' + uploadId);
    const user = new URL(req.url, 'http://localhost').searchParams.get('user');
@@    logger.info('socket opened by ' + user);
  });
}

module.exports = { attach };
`,
  ),
  // --- (4) a client library's own retry log of configured regions and model names ---
  ...js(
    "CWE-117",
    "an SDK's failover loop logging the configured region and the model it tries vs an express route logging the posted name",
    `const express = require('express');

class RegionalClient {
  constructor(primary, fallbacks) {
    this.regions = [primary, ...fallbacks];
  }

  async invoke(model, handler) {
    let lastError;
    for (const region of this.regions) {
      try {
        return await handler(region);
      } catch (error) {
        lastError = error;
@ok        console.warn(\`[client] region \${region} failed for \${model}:\`, error);
      }
    }
    throw lastError;
  }
}

const app = express();
app.use(express.json());
app.post('/signup', (req, res) => {
@@  console.log(\`signup from \${req.body.name}\`);
  res.sendStatus(204);
});

module.exports = { RegionalClient, app };
`,
  ),
  // --- (5) a socket client logging its own instance label ---
  ...ts(
    "CWE-117",
    "a websocket client logging a label made of its own region and instance number vs a server logging a posted field",
    `import express from "express";
import { io } from "socket.io-client";

interface Instance { region: string; instanceNumber: number; connected: boolean }

export class StreamClient {
  private log = console;

  createSocket(url: string, instance: Instance) {
    const label = \`\${instance.region}:\${instance.instanceNumber}\`;
    const socket = io(url, { path: "/ws" });
    socket.on("connect", () => {
@ok      this.log.info(\`\${label}: connected to the stream server\`);
      instance.connected = true;
    });
    socket.on("disconnect", (reason) => {
@ok      this.log.info(\`\${label}: stream client closed\`, reason);
    });
    return socket;
  }
}

export const app = express();
app.use(express.json());
app.post("/report", (req, res) => {
@@  console.info(\`report: \${req.body.title}\`);
  res.end();
});
`,
  ),
  // --- (6) chai's assert.exists in a connector test ---
  ...js(
    "CWE-943",
    "a connector test asserting fields exist on the request body it built vs a route passing the body to a Mongo query",
    `const { assert } = require('chai');
const express = require('express');
const { MongoClient } = require('mongodb');

describe('rest connector', () => {
  it('fills the template variables', async () => {
    const request = await connector.buildRequest({ messageText: 'hi' });
    const body = JSON.parse(request.body);
@ok    assert.exists(body.VARIABLE);
@ok    assert.exists(body.key);
    assert.equal(body.VARIABLE, 'value');
  });
});

const app = express();
app.use(express.json());
const users = new MongoClient('mongodb://localhost').db('app').collection('users');
app.post('/find', async (req, res) => {
@@  res.json(await users.findOne({ name: req.body.name }));
});

module.exports = { app };
`,
  ),
  // --- (7) RIPEMD-160 over a SHA-256 digest (address derivation) ---
  ...js(
    "CWE-328",
    "hash160 (RIPEMD-160 of SHA-256) deriving a chain address vs MD5 of a password",
    `const crypto = require('crypto');

function hash160(buffer) {
  const sha = crypto.createHash('sha256').update(buffer).digest();
@ok  return crypto.createHash('ripemd160').update(sha).digest();
}

function addressOf(publicKey) {
  return hash160(publicKey).toString('hex');
}

function storePassword(db, user, password) {
@@  const digest = crypto.createHash('md5').update(password).digest('hex');
  return db.save(user, digest);
}

module.exports = { addressOf, storePassword };
`,
  ),
  // --- (8) highlight.js output and a re-created script element ---
  ...js(
    "CWE-79",
    "a code block filled with highlight.js's escaped output and a script re-created from its own markup vs a page writing the hash into innerHTML",
    `import hljs from 'highlight.js';

export function highlightBlock(code, lang) {
@ok  code.innerHTML = hljs.highlight(code.textContent || '', { language: lang }).value;
}

export function activateScripts(container) {
  const oldScript = container.querySelector('script');
  const fresh = document.createElement('script');
@ok  fresh.innerHTML = oldScript ? oldScript.innerHTML : '';
  oldScript && oldScript.parentNode.replaceChild(fresh, oldScript);
}

export function showAnchor() {
  const note = document.getElementById('note');
@@  note.innerHTML = 'You opened ' + decodeURIComponent(location.hash.slice(1));
}
`,
  ),
  // --- (9) Math.random in a GUID for a DOM element id ---
  ...ts(
    "CWE-338",
    "a component making a GUID for its button container's element id vs a reset token from Math.random",
    `export class PayButtonComponent {
  containerId = "";

  ngOnInit() {
    this.containerId = \`pay-button-\${this.generateGuid()}\`;
  }

  generateGuid(): string {
    return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (c) => {
@ok      const r = (Math.random() * 16) | 0;
      return (c === "x" ? r : (r & 0x3) | 0x8).toString(16);
    });
  }
}

export function newResetToken(): string {
@@  return Math.random().toString(36).slice(2);
}
`,
  ),
  // --- (10) a temp file name with a time and random suffix ---
  ...ts(
    "CWE-377",
    "a temp file named with Date.now() and a random suffix vs a config written at a fixed name under the shared temp dir",
    `import { writeFile } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";

export async function withSignersFile(lines: string[]) {
  const file = join(tmpdir(), \`signers-\${Date.now()}-\${Math.random().toString(36).slice(2)}\`);
@ok  await writeFile(file, lines.join("\\n") + "\\n");
  return file;
}

const signingDir = join(tmpdir(), ".signing-config");
export async function writeGitConfig(text: string) {
@@  await writeFile(join(signingDir, "gitconfig"), text);
}
`,
  ),
  // --- (11) a dedicated worker's message listener ---
  ...js(
    "CWE-346",
    "a dedicated worker's message handler on self answering with one-argument postMessage vs a window listener acting on any origin's message",
    `// blur.worker.js
const ctx = self;
@okctx.addEventListener('message', (event) => {
  const { seq, pixels } = event.data;
  ctx.postMessage({ seq, hash: encode(pixels) });
});

function encode(pixels) {
  return pixels.length.toString(16);
}
`,
  ),
  ...js(
    "CWE-346",
    "a page acting on any window's message without checking its origin",
    `@@window.addEventListener('message', (event) => {
  document.getElementById('out').innerHTML = event.data.html;
});
`,
  ),
  // --- (12) a compiled method table called with the request's URL ---
  ...ts(
    "CWE-94",
    "a router calling the handler at a computed index of its own table vs eval of a request header",
    `type Handler = (url: string) => number;

export const makeRouter = (methodIndex: (m: string) => number, table: Handler[]) =>
@ok  (r: Request) => table[methodIndex(r.method)](r.url);

export const debugHandler = (r: Request) =>
@@  eval(r.headers.get("x-debug-expr") ?? "0");
`,
  ),
  // --- (13) Bun shell raw text built from $.escape'd arguments ---
  ...ts(
    "CWE-78",
    "Bun's shell given raw text of arguments each passed through $.escape vs raw text from the request",
    `import { $ } from "bun";

export async function runScript(scriptPath: string, args: string[]) {
  const escaped = [scriptPath, ...args].map((a) => $.escape(a)).join(" ");
@ok  return await $\`/bin/sh \${{ raw: escaped }}\`.nothrow().quiet();
}

export default {
  async fetch(req: Request) {
    const q = new URL(req.url).searchParams.get("q") ?? "";
@@    await $\`grep \${{ raw: q }} /var/log/app.log\`;
    return new Response("ok");
  },
};
`,
  ),
];
