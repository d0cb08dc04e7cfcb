// Dev suite "js-ts", batch 98: false alarms on real package code, sixth round (own code, written before any fix).
// Written after a seeded sample (seed 3939) of the analyzer's MEDIUM+ findings on thirty npm packages never
// analysed before (an SSH2 client and server, a zip library, an unzip stream, a tar stream, an AMQP client, an MQTT
// client, a job queue, four plugins of a fast web framework, three authentication strategies, cookie sessions, a
// CSRF middleware, a body parser, a CORS middleware, an upload middleware and its test server, two Markdown
// renderers, an HTML sanitiser, three template engines, a static file server, a directory index, a mock REST
// server and a bundler's development server), in the same shapes but new code: a cipher factory of the package's
// own named like Node's retired createCipher, files opened with Node's default 0o666 mode, dummy credentials of
// test suites, PEM headers written by a key generator, a nonce buffer rewritten with the packet counter before
// each use, checksums of fixture files, whole objects printed by console.log, escaped text wrapped by a colouring
// helper, headers whose values come from the framework's own serialisers, and a decryption loop over a zip
// header array. Marked positives beside them guard recall.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch98", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch98", cwe, note, src, "typescript");

export const BATCH98: DevCase[] = [
  ...js(
    "CWE-327",
    "the package's own createCipher/createDecipher (from ./crypto) vs Node's crypto.createCipher",
    `'use strict';
const { createCipher, createDecipher } = require('./crypto.js');

function rekey(protocol, config) {
  protocol._decipher.free();
@ok  protocol._decipher = createDecipher(config);
@ok  protocol._cipher = createCipher(config);
}

module.exports = { rekey };
`,
  ),
  ...js(
    "CWE-327",
    "a test of the package's cipher factory required under another name vs Node's crypto module",
    `'use strict';
const assert = require('assert');
const { createCipher, createDecipher } = require('../lib/protocol/crypto.js');

for (const config of [{ outbound: { cipherInfo: 'aes128-ctr' } }]) {
@ok  const cipher = createCipher(config);
  assert.ok(cipher);
@ok  assert.throws(() => createDecipher({}));
}
`,
  ),
  ...js(
    "CWE-327",
    "Node's crypto.createCipher with a password (positive)",
    `const crypto = require('crypto');

function seal(password, text) {
@@  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}
module.exports = { seal };
`,
  ),
  ...js(
    "CWE-732",
    "files opened for writing with Node's default mode 0o666 (the umask applies) vs chmod to 0o666",
    `const fs = require('fs');

function writeFileTo(path, content, overwrite, attr) {
  let fd;
  try {
@ok    fd = fs.openSync(path, 'w', 0o666);
  } catch (e) {
@@    fs.chmodSync(path, 0o666);
@ok    fd = fs.openSync(path, 'w', 0o666);
  }
  fs.writeSync(fd, content, 0, content.length, 0);
  fs.closeSync(fd);
  return true;
}

function writeFileToAsync(path, content, callback) {
@ok  fs.open(path, 'w', 0o666, (err, fd) => {
    if (err) return callback(false);
    fs.write(fd, content, 0, content.length, 0, () => fs.close(fd, () => callback(true)));
  });
}

module.exports = { writeFileTo, writeFileToAsync };
`,
  ),
  ...js(
    "CWE-798",
    "dummy credentials in a node:test suite of an SSH client",
    `'use strict';
const assert = require('assert');
const { test } = require('node:test');
const { Client, Server } = require('../lib/index.js');

@ok const clientCfg = { username: 'foo', password: 'bar' };

test('password auth', async () => {
  const username = 'Password User';
@ok  const password = 'hi mom';
  const server = new Server({ hostKeys: [] }, (conn) => {
    conn.on('authentication', (ctx) => {
      assert.strictEqual(ctx.username, username);
      assert.strictEqual(ctx.password, password);
      ctx.accept();
    });
  });
@ok  const client = new Client({ username: 'foo', password: '1234' });
  assert.ok(server && client && clientCfg);
});
`,
  ),
  ...js(
    "CWE-798",
    "a mocha spec signs cookies with a placeholder secret",
    `const assert = require('assert');
const Fastify = require('fastify');
const plugin = require('../');

@ok const secret = 'testsecret';

describe('signed cookies', () => {
  it('round-trips', async () => {
    const fastify = Fastify();
    fastify.register(plugin, { secret });
    await fastify.ready();
    assert.ok(fastify.signCookie('x'));
  });
});
`,
  ),
  ...js(
    "CWE-798",
    "an SSH deploy script with its password written in (positive)",
    `const { Client } = require('ssh2');

const conn = new Client();
conn.connect({
  host: 'build.internal.example',
  username: 'deploy',
@@  password: 'Dpl0y#Prod-2024!',
});
`,
  ),
  ...js(
    "CWE-321",
    "a key generator writes the PEM armour line vs a private key pasted into the source",
    `'use strict';

function makePEM(type, privateBlob) {
  switch (type) {
    case 'new': {
@ok      let privateB64 = '-----BEGIN OPENSSH PRIVATE KEY-----\\n';
      const b64 = privateBlob.toString('base64');
      for (let i = 0; i < b64.length; i += 70) privateB64 += b64.slice(i, i + 70) + '\\n';
      privateB64 += '-----END OPENSSH PRIVATE KEY-----\\n';
      return privateB64;
    }
    default:
      throw new Error('unsupported');
  }
}

@@ const SIGNING_KEY = '-----BEGIN PRIVATE KEY-----\\nMC4CAQAwBQYDK2VwBCIEIBq7xk1m9e0yZPm3R4uVv3c8aH2qW5nLk7Tt0sJdXyQf\\n-----END PRIVATE KEY-----';

module.exports = { makePEM, SIGNING_KEY };
`,
  ),
  ...js(
    "CWE-329",
    "a ChaCha20 nonce buffer rewritten with the sequence number before each use vs an all-zero IV",
    `'use strict';
const { createCipheriv } = require('crypto');

const NONCE = Buffer.alloc(16);
const ZEROS = Buffer.alloc(32);

class ChachaCipher {
  constructor(keyMain, keyLen) {
    this.keyMain = keyMain;
    this.keyLen = keyLen;
    this.seqno = 0;
  }

  encrypt(packet) {
    NONCE[0] = 0;
    NONCE.writeUInt32BE(this.seqno, 12);
@ok    const polyKey = createCipheriv('chacha20', this.keyMain, NONCE).update(ZEROS);
@ok    const lenEnc = createCipheriv('chacha20', this.keyLen, NONCE).update(packet.slice(0, 4));
    NONCE[0] = 1;
@ok    const body = createCipheriv('chacha20', this.keyMain, NONCE).update(packet.slice(4));
    this.seqno = (this.seqno + 1) >>> 0;
    return [polyKey, lenEnc, body];
  }
}

const FIXED_IV = Buffer.alloc(16, 0);

function encryptRecord(key, text) {
@@  const cipher = createCipheriv('aes-256-cbc', key, FIXED_IV);
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

module.exports = { ChachaCipher, encryptRecord };
`,
  ),
  ...js(
    "CWE-328",
    "a test compares checksums of fixture files copied by the code under test vs an MD5 request signature",
    `const fs = require('fs');
const path = require('path');
const md5 = require('md5');
const assert = require('assert');

const fileDir = path.join(__dirname, 'files');
const mockBuffer = fs.readFileSync(path.join(fileDir, 'basketball.png'));
@ok const mockHash = md5(mockBuffer);

describe('moveFile', () => {
  it('copies the bytes', () => {
    const dst = path.join(fileDir, 'copy.png');
    fs.copyFileSync(path.join(fileDir, 'basketball.png'), dst);
@ok    const fileHash = md5(fs.readFileSync(dst));
    assert.strictEqual(fileHash, mockHash);
  });
});
`,
  ),
  ...js(
    "CWE-328",
    "an API request signed with MD5 over the shared secret (positive)",
    `const md5 = require('md5');

function signedQuery(appSecret, params) {
  const base = Object.keys(params).sort().map((k) => k + '=' + params[k]).join('&');
@@  const sign = md5(appSecret + base);
  return base + '&sign=' + sign;
}
module.exports = { signedQuery };
`,
  ),
  ...js(
    "CWE-117",
    "whole multipart parts and file lists printed with console.log (util.inspect quotes strings) vs a field concatenated into the line",
    `const fastify = require('fastify')();
fastify.register(require('@fastify/multipart'));

fastify.post('/upload/raw', async function (req, reply) {
  for await (const part of req.parts()) {
    if (part.file) {
      await part.toBuffer();
@ok      console.log(part);
    } else {
@@      console.log('field ' + part.fieldname + '=' + part.value);
    }
  }
  reply.send();
});

fastify.post('/upload/files', async function (req, reply) {
  const files = await req.saveRequestFiles();
@ok  console.log(files.map((f) => f.filepath));
  reply.send();
});
`,
  ),
  ...js(
    "CWE-117",
    "an Express upload example prints req.files as an object",
    `const express = require('express');
const fileUpload = require('express-fileupload');
const app = express();
app.use(fileUpload());

app.post('/upload', (req, res) => {
  if (!req.files) return res.status(400).send('No files were uploaded.');
@ok  console.log('req.files >>>', req.files);
  res.send('ok');
});
`,
  ),
  ...js(
    "CWE-79",
    "build output escaped and then coloured by ansi-html into an overlay vs coloured without escaping",
    `const ansiHTML = require('ansi-html-community');
const { encode } = require('html-entities');

function show(container, problem) {
  const node = document.createElement('div');
@ok  node.innerHTML = ansiHTML(encode(problem.body));
  container.appendChild(node);
}

function showRaw(container, problem) {
  const node = document.createElement('div');
@@  node.innerHTML = ansiHTML(problem.body);
  container.appendChild(node);
}

const socket = new WebSocket('ws://' + location.host + '/ws');
socket.onmessage = (ev) => {
  const msg = JSON.parse(ev.data);
  show(document.body, msg);
  showRaw(document.body, msg);
};
`,
  ),
  ...js(
    "CWE-113",
    "Set-Cookie from the cookie serialiser, a Vary list and a zip header decrypted byte by byte",
    `const { serialize } = require('cookie');

function onSend(reply, cookies) {
  if (cookies.size === 1) {
    const c = cookies.values().next().value;
@ok    reply.header('Set-Cookie', serialize(c.name, c.value, c.opts));
    return;
  }
  const out = [];
  for (const c of cookies.values()) out.push(serialize(c.name, c.value, c.opts));
@ok  reply.header('Set-Cookie', out);
}

function addVary(reply) {
  const value = reply.getHeader('vary') || '';
@ok  reply.header('vary', value + ', accept-encoding');
}

function decryptHeader(header, decrypt) {
  for (let i = 0; i < header.length; i++)
@ok    header[i] = decrypt.decryptByte(header[i]);
  return header;
}

module.exports = { onSend, addVary, decryptHeader };
`,
  ),
  ...ts(
    "CWE-113",
    "a raw socket response head carrying a query value (positive)",
    `import net from 'node:net';

net.createServer((socket) => {
  socket.once('data', (buf) => {
    const url = new URL(buf.toString().split(' ')[1] ?? '/', 'http://x');
    const lang = url.searchParams.get('lang') ?? 'en';
@@    socket.end('HTTP/1.1 200 OK\\r\\nContent-Language: ' + lang + '\\r\\nContent-Length: 2\\r\\n\\r\\nok');
  });
}).listen(8080);
`,
  ),
];
