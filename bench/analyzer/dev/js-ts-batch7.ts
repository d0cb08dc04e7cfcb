// Dev suite "js-ts", batch 7: written after batch 6's fixes, measured before the fixes that followed it. Same
// shape as batches 5 and 6; sanitiser look-alikes that do not sanitise (basename in a shell command, JSON.stringify
// in double quotes, a host built around user text), certificate checks switched off in Electron, databases and
// browsers, and more libraries.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch7", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch7", cwe, note, src, "typescript");

export const BATCH7: DevCase[] = [
  ...js(
    "CWE-78",
    "escapes that do not make a shell argument safe",
    `const { exec, execSync, execFile } = require('child_process');
const path = require('path');
const { quote } = require('shell-quote');

module.exports.untar = (req, res) => {
@@  exec(\`tar -xzf uploads/\${path.basename(req.query.f)}\`, () => res.end());
};

module.exports.list = (req, res) => {
@@  res.send(execSync('ls -l ' + JSON.stringify(req.query.dir)));
};

module.exports.listQuoted = (req, res) => {
@ok  res.send(execSync('ls -l ' + quote([req.query.dir])));
};

module.exports.log = (req, res) => {
@ok  execFile('git', ['log', '--oneline', '--', req.query.file], (e, out) => res.send(out));
};
`,
  ),
  ...js(
    "CWE-79",
    "Express responses that are HTML by default",
    `const express = require('express');
const validator = require('validator');
const app = express();

app.get('/debug', (req, res) => {
@@  res.send(JSON.stringify(req.query));
});

app.get('/wiki/*', (req, res) => {
@@  res.status(404).send(\`No page named \${req.params[0]}\`);
});

app.get('/hi', (req, res) => {
@ok  res.send('<p>Hi ' + validator.escape(req.query.name) + '</p>');
});

app.get('/link', (req, res) => {
@ok  res.send(\`<a href="/u?n=\${encodeURIComponent(req.query.name)}">me</a>\`);
});

app.get('/fmt', (req, res) => {
  res.format({
@@    html: () => res.send('<b>' + req.query.q + '</b>'),
@ok    json: () => res.json({ q: req.query.q }),
  });
});
`,
  ),
  ...js(
    "CWE-79",
    "client-side templates and writes from the URL",
    `import Vue from 'vue';

@@new Vue({ el: '#app', template: '<div class="hello">' + decodeURIComponent(location.hash.slice(1)) + '</div>' });
@ok new Vue({ el: '#app2', template: '<div class="hello">{{ msg }}</div>', data: { msg: location.hash.slice(1) } });
@@document.write(unescape(location.search.substring(1)));
@ok document.write('<p>' + new Date().getFullYear() + '</p>');
`,
  ),
  ...js(
    "CWE-95",
    "eval of URL and cookie text in the browser",
    `@@eval(location.hash.substr(1));
@@const fn = new Function(document.cookie.split('=')[1]);
@@setTimeout('track("' + location.pathname + '")', 500);
@ok setTimeout(() => track(location.pathname), 500);
`,
  ),
  ...js(
    "CWE-89",
    "pg-promise and knex ordering",
    `const pgp = require('pg-promise')();
const db = pgp(process.env.DATABASE_URL);
const knex = require('knex')({ client: 'pg' });

module.exports.list = async (req, res) => {
@@  res.json(await db.any('SELECT * FROM books ORDER BY ' + req.query.sort));
};

module.exports.one = async (req, res) => {
@ok  res.json(await db.oneOrNone('SELECT * FROM books WHERE id = \${id}', { id: req.params.id }));
};

module.exports.byAuthor = async (req, res) => {
@ok  res.json(await db.any('SELECT * FROM books WHERE author = $1', [req.query.a]));
};

module.exports.sorted = async (req, res) => {
@@  res.json(await knex.select('*').from('books').orderByRaw(req.query.sort));
};
`,
  ),
  ...js(
    "CWE-943",
    "Mongo filters with and without casting",
    `const User = require('./models/user');

module.exports.login = async (req, res) => {
@@  const u = await User.findOne({ email: req.body.email }).select('+password');
  res.json({ found: !!u });
};

module.exports.login2 = async (req, res) => {
@ok  const u = await User.findOne({ email: { $eq: req.body.email } });
  res.json({ found: !!u });
};

module.exports.active = async (req, res) => {
@ok  res.json(await User.find({ $where: 'this.active === true' }));
};
`,
  ),
  ...js(
    "CWE-22",
    "file names in template literals and permissions",
    `const fs = require('fs');

module.exports.view = (req, res) => {
@@  res.send(fs.readFileSync(\`\${__dirname}/views/\${req.params.view}.html\`, 'utf8'));
};

module.exports.save = (req, res) => {
@@  fs.writeFile(req.body.name, req.body.content, () => res.end());
};

module.exports.stream = (req, res) => {
@@  fs.createReadStream(req.query.file).pipe(res);
};

module.exports.fixed = (req, res) => {
@ok  fs.createReadStream(\`\${__dirname}/views/index.html\`).pipe(res);
};
`,
  ),
  ...js(
    "CWE-732",
    "world-writable files",
    `const fs = require('fs');

function saveKey(key) {
@@  fs.writeFileSync('/etc/app/key.pem', key, { mode: 0o666 });
}

function share(dir) {
@@  fs.chmodSync(dir, 0o777);
}

function saveKeyPrivate(key) {
@ok  fs.writeFileSync('/etc/app/key.pem', key, { mode: 0o600 });
}
module.exports = { saveKey, share, saveKeyPrivate };
`,
  ),
  ...ts(
    "CWE-601",
    "redirects through URL objects and Hapi",
    `import { NextRequest, NextResponse } from 'next/server';
import Hapi from '@hapi/hapi';

export function middleware(req: NextRequest) {
  const to = req.nextUrl.searchParams.get('to');
@@  if (to) return NextResponse.redirect(new URL(to, req.url));
@ok  return NextResponse.redirect(new URL('/dashboard', req.url));
}

export function routes(server: Hapi.Server) {
  server.route({
    method: 'GET',
    path: '/out',
@@    handler: (request, h) => h.redirect(request.query.next as string),
  });
}
`,
  ),
  ...js(
    "CWE-918",
    "hosts and paths built around user text",
    `const axios = require('axios');

module.exports.region = async (req, res) => {
@@  const r = await fetch(\`https://\${req.query.region}.api.example.com/v1/status\`);
  res.json(await r.json());
};

module.exports.path = async (req, res) => {
@ok  const r = await fetch('https://api.example.com/v1/items/' + encodeURIComponent(req.query.id));
  res.json(await r.json());
};

module.exports.noRedirect = async (req, res) => {
@@  const r = await axios.get(req.query.url, { maxRedirects: 0 });
  res.send(r.data);
};
`,
  ),
  ...js(
    "CWE-295",
    "certificate checks switched off in clients, drivers and Electron",
    `const { app, session } = require('electron');
const mongoose = require('mongoose');
const { MongoClient } = require('mongodb');
const mysql = require('mysql2');
const puppeteer = require('puppeteer');
const got = require('got');

@@app.commandLine.appendSwitch('ignore-certificate-errors');
@@session.defaultSession.setCertificateVerifyProc((request, callback) => callback(0));
app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {
  event.preventDefault();
@@  callback(true);
});

@@mongoose.connect(process.env.MONGO_URL, { tls: true, tlsAllowInvalidCertificates: true });
@@const client = new MongoClient(process.env.MONGO_URL, { tlsInsecure: true });
@ok const strict = new MongoClient(process.env.MONGO_URL, { tls: true, tlsCAFile: '/etc/ssl/mongo-ca.pem' });
@@const conn = mysql.createConnection({ host: 'db', ssl: { rejectUnauthorized: false } });

async function shot(url) {
@@  const browser = await puppeteer.launch({ ignoreHTTPSErrors: true });
  return browser;
}

async function get(url) {
@@  return got(url, { https: { rejectUnauthorized: false } });
}
module.exports = { client, strict, conn, shot, get };
`,
  ),
  ...js(
    "CWE-327",
    "weak signatures and key agreement",
    `const crypto = require('crypto');

function sign(data, key) {
@@  return crypto.createSign('RSA-SHA1').update(data).sign(key, 'base64');
}

function sign256(data, key) {
@ok  return crypto.createSign('RSA-SHA256').update(data).sign(key, 'base64');
}

function enc(key, data) {
  const iv = crypto.randomBytes(8);
@@  const c = crypto.createCipheriv('des-ede-cbc', key, iv);
  return Buffer.concat([c.update(data), c.final()]);
}
module.exports = { sign, sign256, enc };
`,
  ),
  ...js(
    "CWE-326",
    "small Diffie-Hellman groups",
    `const crypto = require('crypto');

@@const dh = crypto.createDiffieHellman(512);
@ok const dh2 = crypto.getDiffieHellman('modp14');
@ok const ecdh = crypto.createECDH('prime256v1');
module.exports = { dh, dh2, ecdh };
`,
  ),
  ...js(
    "CWE-916",
    "key derivation with too little work",
    `const crypto = require('crypto');

function hashPassword(password, salt) {
@@  return crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha1').toString('hex');
}

function hashPassword2(password, salt) {
@ok  return crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256').toString('hex');
}
module.exports = { hashPassword, hashPassword2 };
`,
  ),
  ...js(
    "CWE-329",
    "IVs from constants",
    `const crypto = require('crypto');
const IV = Buffer.from('000000000000', 'utf8');

function seal(key, text) {
@@  const c = crypto.createCipheriv('aes-256-gcm', key, IV);
  return Buffer.concat([c.update(text, 'utf8'), c.final(), c.getAuthTag()]);
}
module.exports = { seal };
`,
  ),
  ...js(
    "CWE-338",
    "one-time codes",
    `const crypto = require('crypto');
const { nanoid } = require('nanoid');

function otp() {
@@  return String(Math.floor(100000 + Math.random() * 900000));
}

function otp2() {
@ok  return String(crypto.randomInt(100000, 1000000));
}

function inviteCode() {
@ok  return nanoid(12);
}
module.exports = { otp, otp2, inviteCode };
`,
  ),
  ...js(
    "CWE-1333",
    "alternations and separators",
    `@@const TOKENS = /^(a|b|ab)*c$/;
@ok const WORDS = /^(\\w+\\s)*\\w+$/;
@@const DIGITS = /^(\\d+)*$/;
@ok const HEX = /^(?:[0-9a-f]{2})+$/;
module.exports = { TOKENS, WORDS, DIGITS, HEX };
`,
  ),
  ...js(
    "CWE-1321",
    "paths that walk into __proto__",
    `const _ = require('lodash');

module.exports.rename = (req, res) => {
  const db = req.app.locals.db;
@@  _.set(db, \`users.\${req.params.id}.name\`, req.body.name);
  res.end();
};

module.exports.defaults = (req, res) => {
@ok  const opts = Object.assign({ page: 1 }, req.body);
  res.json(opts);
};

module.exports.clone = (req, res) => {
@ok  res.json(structuredClone(req.body));
};
`,
  ),
  ...js(
    "CWE-117",
    "request loggers",
    `const fastify = require('fastify')({ logger: true });

fastify.post('/login', async (request, reply) => {
@@  request.log.info(\`login attempt for \${request.body.user}\`);
@ok  request.log.info({ user: request.body.user }, 'login attempt');
  return { ok: false };
});
`,
  ),
  ...js(
    "CWE-798",
    "OAuth and SMS client secrets",
    `const passport = require('passport');
const { Strategy: GoogleStrategy } = require('passport-google-oauth20');
const twilio = require('twilio');

passport.use(new GoogleStrategy({
  clientID: '1234567890-abc.apps.googleusercontent.com',
@@  clientSecret: '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',
  callbackURL: '/auth/google/callback',
}, (at, rt, profile, done) => done(null, profile)));

@@const sms = twilio('AC8f3a9c2b71d4e6f08f3a9c2b71d4e6f0', '5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b');
@ok const sms2 = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
module.exports = { sms, sms2 };
`,
  ),
  ...js(
    "CWE-95",
    "cookies parsed with eval",
    `module.exports.restore = (req, res) => {
@@  const prefs = eval('(' + req.cookies.prefs + ')');
  res.json(prefs);
};

module.exports.restore2 = (req, res) => {
@ok  const prefs = JSON.parse(req.cookies.prefs, (k, v) => (k === '__proto__' ? undefined : v));
  res.json(prefs);
};
`,
  ),
];
