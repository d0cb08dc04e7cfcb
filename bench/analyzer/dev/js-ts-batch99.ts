// Dev suite "js-ts", batch 99: line-level cases over Node libraries the suite had rarely used (own code, written
// blind, before any fix): tedious and mssql requests, oracledb binds, cross-spawn, ssh2's host key check, yauzl and
// tar extraction, busboy and formidable uploads, express-fileupload's mv, ws and socket.io message handlers, a
// GraphQL resolver, eta and liquidjs templates, markdown-it with html enabled, xss/sanitize-html configurations,
// bcrypt and scrypt cost parameters, jwt-simple's noVerify and jose's decodeJwt. Each file holds the lines that
// must be reported and look-alikes that must not.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch99", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch99", cwe, note, src, "typescript");

export const BATCH99: DevCase[] = [
  ...ts(
    "CWE-89",
    "tedious Request built from a query string vs a named parameter added with addParameter",
    `import express from 'express';
import { Connection, Request, TYPES } from 'tedious';

declare const connection: Connection;
const app = express();

app.get('/orders', (req, res) => {
  const customer = req.query.customer as string;
@@  const request = new Request(\`SELECT * FROM Orders WHERE CustomerId = '\${customer}'\`, (err, rowCount) => {
    if (err) res.status(500).end();
    else res.json({ rowCount });
  });
  connection.execSql(request);
});

app.post('/reports/run', (req, res) => {
@@  connection.execSqlBatch(new Request('EXEC dbo.RunReport ' + req.body.reportName, () => res.end()));
});

app.get('/orders/by-customer', (req, res) => {
@ok  const request = new Request('SELECT * FROM Orders WHERE CustomerId = @customer', (err, rowCount) => {
    if (err) res.status(500).end();
    else res.json({ rowCount });
  });
  request.addParameter('customer', TYPES.NVarChar, String(req.query.customer));
  connection.execSql(request);
});
`,
  ),
  ...js(
    "CWE-89",
    "mssql: request().query with a concatenated string vs the tagged template and input()",
    `const express = require('express');
const sql = require('mssql');

const router = express.Router();

router.get('/users', async (req, res) => {
  const pool = await sql.connect(process.env.MSSQL_URL);
@ok  const tagged = await pool.request().query\`SELECT * FROM Users WHERE Name = \${req.query.name}\`;
@@  const joined = await pool.request().query("SELECT * FROM Users WHERE Name = '" + req.query.name + "'");
@ok  const bound = await pool.request().input('name', sql.NVarChar, req.query.name).query('SELECT * FROM Users WHERE Name = @name');
  res.json([tagged.recordset, joined.recordset, bound.recordset]);
});

router.delete('/users/:id', async (req, res) => {
@@  await new sql.Request().batch(\`DELETE FROM Users WHERE Id = \${req.params.id}\`);
  res.sendStatus(204);
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-89",
    "oracledb connection.execute with an interpolated department vs bind objects and arrays",
    `import express from 'express';
import oracledb from 'oracledb';

const app = express();

app.get('/employees', async (req, res) => {
  const conn = await oracledb.getConnection({ user: process.env.ORA_USER, password: process.env.ORA_PASSWORD, connectString: 'db/XEPDB1' });
  try {
@@    const all = await conn.execute(\`SELECT * FROM employees WHERE department_id = \${req.query.dept}\`);
@ok    const named = await conn.execute('SELECT * FROM employees WHERE department_id = :dept', { dept: req.query.dept });
@ok    const positional = await conn.execute('SELECT * FROM employees WHERE department_id = :1', [req.query.dept], { outFormat: oracledb.OUT_FORMAT_OBJECT });
    res.json({ all: all.rows, named: named.rows, positional: positional.rows });
  } finally {
    await conn.close();
  }
});
`,
  ),
  ...js(
    "CWE-78",
    "cross-spawn: a shell string with request data vs an argument vector without a shell",
    `import express from 'express';
import spawn from 'cross-spawn';

const app = express();
app.use(express.json());

app.post('/convert', (req, res) => {
  const { file, format } = req.body;
@@  const result = spawn.sync('sh', ['-c', \`convert \${file} out.\${format}\`], { stdio: 'pipe' });
  res.send(result.stdout);
});

app.post('/backup', (req, res) => {
@@  const child = spawn(\`tar -czf /backups/site.tgz \${req.body.dir}\`, { shell: true });
  child.on('close', (code) => res.json({ code }));
});

app.post('/count', (req, res) => {
@ok  const result = spawn.sync('wc', ['-l', '--', req.body.file], { stdio: 'pipe' });
  res.send(result.stdout);
});
`,
  ),
  ...ts(
    "CWE-295",
    "ssh2 Client.connect with a hostVerifier that accepts every key vs one comparing a pinned fingerprint",
    `import { Client } from 'ssh2';
import { createHash } from 'crypto';

const PINNED = process.env.DEPLOY_HOST_SHA256 ?? '';

export function deploy(host: string, privateKey: Buffer): Client {
  const conn = new Client();
  conn.connect({
    host,
    username: 'deploy',
    privateKey,
@@    hostVerifier: () => true,
  });
  return conn;
}

export function deployPinned(host: string, privateKey: Buffer): Client {
  const conn = new Client();
  conn.connect({
    host,
    username: 'deploy',
    privateKey,
@ok    hostVerifier: (key: Buffer) => createHash('sha256').update(key).digest('base64') === PINNED,
  });
  return conn;
}
`,
  ),
  ...js(
    "CWE-22",
    "yauzl: entry.fileName joined to the target directory and written vs a checked resolved path",
    `const yauzl = require('yauzl');
const fs = require('fs');
const path = require('path');

function extract(zipPath, dest) {
  yauzl.open(zipPath, { lazyEntries: true }, (err, zipfile) => {
    if (err) throw err;
    zipfile.readEntry();
    zipfile.on('entry', (entry) => {
      zipfile.openReadStream(entry, (e, stream) => {
        if (e) throw e;
@@        stream.pipe(fs.createWriteStream(path.join(dest, entry.fileName)));
        stream.on('end', () => zipfile.readEntry());
      });
    });
  });
}

function extractSafely(zipPath, dest) {
  const root = path.resolve(dest);
  yauzl.open(zipPath, { lazyEntries: true }, (err, zipfile) => {
    if (err) throw err;
    zipfile.readEntry();
    zipfile.on('entry', (entry) => {
      const target = path.resolve(root, entry.fileName);
      if (!target.startsWith(root + path.sep)) return zipfile.readEntry();
      zipfile.openReadStream(entry, (e, stream) => {
        if (e) throw e;
@ok        stream.pipe(fs.createWriteStream(target));
        stream.on('end', () => zipfile.readEntry());
      });
    });
  });
}

module.exports = { extract, extractSafely };
`,
  ),
  ...js(
    "CWE-22",
    "tar.x with preservePaths: true (absolute and .. paths kept) vs the default stripping",
    `const tar = require('tar');

async function restore(archive, dir) {
@@  await tar.x({ file: archive, cwd: dir, preservePaths: true });
}

async function restoreDefault(archive, dir) {
@ok  await tar.x({ file: archive, cwd: dir, strip: 1 });
}

module.exports = { restore, restoreDefault };
`,
  ),
  ...js(
    "CWE-22",
    "busboy: the client's filename joined to the upload directory vs its basename under a random name",
    `const http = require('http');
const path = require('path');
const fs = require('fs');
const crypto = require('crypto');
const busboy = require('busboy');

const UPLOADS = '/srv/uploads';

http.createServer((req, res) => {
  const bb = busboy({ headers: req.headers, limits: { fileSize: 5 * 1024 * 1024, files: 1 } });
  bb.on('file', (name, file, info) => {
    const { filename } = info;
@@    file.pipe(fs.createWriteStream(path.join(UPLOADS, filename)));
  });
  bb.on('close', () => res.end('ok'));
  req.pipe(bb);
}).listen(8000);

http.createServer((req, res) => {
  const bb = busboy({ headers: req.headers });
  bb.on('file', (name, file, info) => {
    const ext = path.extname(path.basename(info.filename));
@ok    file.pipe(fs.createWriteStream(path.join(UPLOADS, crypto.randomUUID() + ext)));
  });
  bb.on('close', () => res.end('ok'));
  req.pipe(bb);
}).listen(8001);
`,
  ),
  ...ts(
    "CWE-22",
    "formidable: originalFilename joined into the destination of renameSync vs path.basename",
    `import express from 'express';
import formidable from 'formidable';
import fs from 'node:fs';
import path from 'node:path';

const app = express();
const DEST = path.resolve('public/avatars');

app.post('/avatar', async (req, res) => {
  const form = formidable({ maxFileSize: 2 * 1024 * 1024 });
  const [, files] = await form.parse(req);
  const file = files.avatar![0];
@@  fs.renameSync(file.filepath, path.join(DEST, file.originalFilename ?? 'avatar'));
  res.sendStatus(201);
});

app.post('/avatar2', async (req, res) => {
  const form = formidable({ maxFileSize: 2 * 1024 * 1024 });
  const [, files] = await form.parse(req);
  const file = files.avatar![0];
@ok  fs.renameSync(file.filepath, path.join(DEST, path.basename(file.originalFilename ?? 'avatar')));
  res.sendStatus(201);
});
`,
  ),
  ...js(
    "CWE-770",
    "formidable and busboy with unlimited file sizes vs bounded limits",
    `const formidable = require('formidable');
const busboy = require('busboy');

function parseUnbounded(req) {
@@  const form = formidable({ maxFileSize: Infinity, maxTotalFileSize: Infinity });
  return form.parse(req);
}

function streamUnbounded(req) {
@@  return busboy({ headers: req.headers, limits: { fileSize: Infinity } });
}

function parseBounded(req) {
@ok  const form = formidable({ maxFileSize: 10 * 1024 * 1024, maxFiles: 3 });
  return form.parse(req);
}

function streamBounded(req) {
@ok  return busboy({ headers: req.headers, limits: { fileSize: 1024 * 1024, files: 1 } });
}

module.exports = { parseUnbounded, streamUnbounded, parseBounded, streamBounded };
`,
  ),
  ...js(
    "CWE-22",
    "express-fileupload: mv to a path built from file.name vs a generated name",
    `const express = require('express');
const fileUpload = require('express-fileupload');
const path = require('path');
const { randomUUID } = require('crypto');

const app = express();
app.use(fileUpload({ limits: { fileSize: 50 * 1024 * 1024 } }));

app.post('/upload', (req, res) => {
  const doc = req.files.document;
@@  doc.mv(__dirname + '/uploads/' + doc.name, (err) => (err ? res.status(500).send(err) : res.send('ok')));
});

app.post('/upload2', (req, res) => {
  const doc = req.files.document;
  const ext = path.extname(doc.name).replace(/[^.a-z0-9]/gi, '');
@ok  doc.mv(path.join(__dirname, 'uploads', randomUUID() + ext), (err) => (err ? res.status(500).send(err) : res.send('ok')));
});
`,
  ),
  ...js(
    "CWE-94",
    "ws: a message evaluated as code vs parsed as JSON",
    `import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ port: 8080 });

wss.on('connection', (ws) => {
  ws.on('message', (data) => {
    const text = data.toString();
    if (text.startsWith('calc:')) {
@@      ws.send(String(eval(text.slice(5))));
      return;
    }
@ok    const msg = JSON.parse(text);
    ws.send(JSON.stringify({ echo: msg }));
  });
});
`,
  ),
  ...js(
    "CWE-78",
    "socket.io: an event payload run by exec vs execFile after net.isIP",
    `const { Server } = require('socket.io');
const { exec, execFile } = require('child_process');
const net = require('net');

const io = new Server(3000, { cors: { origin: 'https://admin.example.com' } });

io.on('connection', (socket) => {
  socket.on('ping-host', (host) => {
@@    exec('ping -c 1 ' + host, (err, stdout) => socket.emit('result', stdout));
  });
  socket.on('ping-ip', (host) => {
    if (!net.isIP(host)) return socket.emit('error', 'bad address');
@ok    execFile('ping', ['-c', '1', host], (err, stdout) => socket.emit('result', stdout));
  });
});
`,
  ),
  ...ts(
    "CWE-89",
    "GraphQL resolver arguments interpolated into SQL vs a placeholder",
    `import { ApolloServer } from '@apollo/server';
import { Pool } from 'pg';

const pool = new Pool();

const typeDefs = \`#graphql
  type Product { id: ID!, name: String! }
  type Query { products(category: String!): [Product!]!, product(id: ID!): Product }
\`;

const resolvers = {
  Query: {
    products: async (_parent: unknown, args: { category: string }) => {
@@      const { rows } = await pool.query(\`SELECT id, name FROM products WHERE category = '\${args.category}'\`);
      return rows;
    },
    product: async (_parent: unknown, { id }: { id: string }) => {
@ok      const { rows } = await pool.query('SELECT id, name FROM products WHERE id = $1', [id]);
      return rows[0];
    },
  },
};

export const server = new ApolloServer({ typeDefs, resolvers });
`,
  ),
  ...js(
    "CWE-1336",
    "eta: a template string from the request rendered vs a template file with request data",
    `const express = require('express');
const { Eta } = require('eta');
const path = require('path');

const eta = new Eta({ views: path.join(__dirname, 'views') });
const app = express();
app.use(express.json());

app.post('/preview', (req, res) => {
@@  res.send(eta.renderString(req.body.template, { user: req.body.user }));
});

app.get('/profile', (req, res) => {
@ok  res.send(eta.render('./profile', { name: req.query.name }));
});
`,
  ),
  ...js(
    "CWE-79",
    "liquidjs without outputEscape renders query data raw vs an engine with outputEscape: 'escape'",
    `const express = require('express');
const { Liquid } = require('liquidjs');

const raw = new Liquid();
const escaped = new Liquid({ outputEscape: 'escape' });
const app = express();

app.get('/search', async (req, res) => {
  const html = await raw.parseAndRender('<h1>Results for {{ q }}</h1>', { q: req.query.q });
@@  res.send(html);
});

app.get('/search2', async (req, res) => {
  const html = await escaped.parseAndRender('<h1>Results for {{ q }}</h1>', { q: req.query.q });
@ok  res.send(html);
});
`,
  ),
  ...ts(
    "CWE-79",
    "markdown-it with html: true renders a user's markdown vs the default (html off)",
    `import express from 'express';
import MarkdownIt from 'markdown-it';

const unsafeMd = new MarkdownIt({ html: true, linkify: true });
const md = new MarkdownIt();
const app = express();
app.use(express.json());

app.post('/comments/preview', (req, res) => {
@@  res.send(unsafeMd.render(req.body.markdown));
});

app.post('/comments/preview2', (req, res) => {
@ok  res.send(md.render(req.body.markdown));
});
`,
  ),
  ...js(
    "CWE-79",
    "xss and sanitize-html configured to allow script/iframe tags vs their defaults and a tight allow-list",
    `const express = require('express');
const xss = require('xss');
const sanitizeHtml = require('sanitize-html');

const app = express();
app.use(express.json());
const loose = new xss.FilterXSS({ whiteList: { ...xss.getDefaultWhiteList(), script: ['src'], iframe: ['src'] } });

app.post('/bio', (req, res) => {
@@  res.send(loose.process(req.body.bio));
});

app.post('/bio2', (req, res) => {
@@  res.send(sanitizeHtml(req.body.bio, { allowedTags: sanitizeHtml.defaults.allowedTags.concat(['script']), allowVulnerableTags: true }));
});

app.post('/bio3', (req, res) => {
@ok  res.send(xss(req.body.bio));
});

app.post('/bio4', (req, res) => {
@ok  res.send(sanitizeHtml(req.body.bio, { allowedTags: ['b', 'i', 'a'], allowedAttributes: { a: ['href'] } }));
});
`,
  ),
  ...js(
    "CWE-916",
    "bcrypt with 4 rounds and scrypt with N=1024 vs 12 rounds and N=2^17",
    `const bcrypt = require('bcrypt');
const crypto = require('crypto');

async function hashWeak(password) {
@@  return bcrypt.hash(password, 4);
}

function deriveWeak(password, salt) {
@@  return crypto.scryptSync(password, salt, 64, { N: 1024, r: 8, p: 1 });
}

async function hashStrong(password) {
@ok  return bcrypt.hash(password, 12);
}

function deriveStrong(password, salt) {
@ok  return crypto.scryptSync(password, salt, 64, { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 });
}

module.exports = { hashWeak, deriveWeak, hashStrong, deriveStrong };
`,
  ),
  ...ts(
    "CWE-347",
    "jwt-simple decode with noVerify and jose decodeJwt for authorisation vs verified tokens",
    `import jwt from 'jwt-simple';
import { decodeJwt, jwtVerify } from 'jose';
import type { Request, Response, NextFunction } from 'express';

const SECRET = process.env.JWT_SECRET!;
const KEY = new TextEncoder().encode(SECRET);

export function legacyAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.slice(7) ?? '';
@@  (req as any).user = jwt.decode(token, SECRET, true);
  next();
}

export async function edgeAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.slice(7) ?? '';
@@  const claims = decodeJwt(token);
  if (claims.role !== 'admin') return res.sendStatus(403);
  next();
}

export function legacyAuthVerified(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.slice(7) ?? '';
@ok  (req as any).user = jwt.decode(token, SECRET, false, 'HS256');
  next();
}

export async function edgeAuthVerified(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.slice(7) ?? '';
@ok  const { payload } = await jwtVerify(token, KEY, { algorithms: ['HS256'] });
  if (payload.role !== 'admin') return res.sendStatus(403);
  next();
}
`,
  ),
];
