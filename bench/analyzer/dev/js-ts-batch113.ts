// Dev suite "js-ts", batch 113: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). Whole small programs the way a coding assistant answers realistic developer requests: Express,
// Fastify and Next.js API routes, CLI tools, scripts calling APIs, upload/download services, auth helpers (password
// hashing, reset tokens, JWT sessions, API keys, cookies), database helpers (pg, mysql2, sqlite3, knex, sequelize,
// mongoose, prisma), report/HTML generation, webhooks, image/PDF tools via child_process, config loading, XML/YAML
// parsing, React components and browser scripts. Each positive carries one weakness such answers commonly contain;
// its twin (pair(): `V|` lines only in the positive, `S|` lines only in the twin) is the same program done right.
import type { DevCase } from "./cases.js";
import type { Language } from "../../../src/analyzer/types.js";
import { fileCases } from "./js-ts-batch5.js";

const variant = (src: string, keep: "V" | "S") =>
  src
    .split("\n")
    .filter((l) => !/^[VS]\|/.test(l) || l.startsWith(keep + "|"))
    .map((l) => l.replace(/^[VS]\|/, ""))
    .join("\n");

/** A positive program and its safe twin from one source: `V|` lines belong to the positive, `S|` to the twin. */
function pair(language: Language, cwe: string, note: string, src: string, file?: string): DevCase[] {
  const n = file ? `${file}: ${note}` : note;
  return [
    ...fileCases("batch113", cwe, n, variant(src, "V"), language),
    ...fileCases("batch113", cwe, `${n} [twin]`, variant(src, "S"), language),
  ].map((c) => (file ? { ...c, file } : c));
}
const js = (cwe: string, note: string, src: string) => pair("javascript", cwe, note, src);
const ts = (cwe: string, note: string, src: string) => pair("typescript", cwe, note, src);
const tsx = (file: string, cwe: string, note: string, src: string) =>
  pair("typescript", cwe, note, src, file);
const jsx = (file: string, cwe: string, note: string, src: string) =>
  pair("javascript", cwe, note, src, file);
/** A positive with no twin (the weakness has no one-line fix in the same program). */
const solo = (language: Language, cwe: string, note: string, src: string) =>
  fileCases("batch113", cwe, note, src, language);

export const BATCH113: DevCase[] = [
  ...ts(
    "CWE-89",
    "pg product search route with a typed service class: ILIKE pattern interpolated vs $1 parameter",
    `import express, { Request, Response } from 'express';
import { Pool } from 'pg';
import dotenv from 'dotenv';

dotenv.config();

interface Product {
  id: number;
  name: string;
  price: number;
}

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

class ProductService {
  constructor(private readonly db: Pool) {}

  async search(term: string, limit = 20): Promise<Product[]> {
V|@@    const result = await this.db.query<Product>(\`SELECT id, name, price FROM products WHERE name ILIKE '%\${term}%' ORDER BY name LIMIT \${limit}\`);
S|@ok    const result = await this.db.query<Product>('SELECT id, name, price FROM products WHERE name ILIKE $1 ORDER BY name LIMIT $2', [\`%\${term}%\`, limit]);
    return result.rows;
  }
}

const app = express();
const products = new ProductService(pool);

app.get('/api/products', async (req: Request, res: Response) => {
  const q = String(req.query.q ?? '');
  try {
    const items = await products.search(q);
    res.json({ items });
  } catch (err) {
    console.error('search failed', err);
    res.status(500).json({ error: 'Internal server error' });
  }
});

app.listen(Number(process.env.PORT) || 3000, () => console.log('listening'));
`,
  ),
  ...js(
    "CWE-89",
    "mysql2/promise user repository: login lookup by concatenated email vs placeholder",
    `const mysql = require('mysql2/promise');
const bcrypt = require('bcrypt');
require('dotenv').config();

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME,
  connectionLimit: 10,
});

class UserRepository {
  async findByEmail(email) {
V|@@    const [rows] = await pool.execute("SELECT id, email, password_hash FROM users WHERE email = '" + email + "' LIMIT 1");
S|@ok    const [rows] = await pool.execute('SELECT id, email, password_hash FROM users WHERE email = ? LIMIT 1', [email]);
    return rows[0] || null;
  }
}

async function login(req, res) {
  const { email, password } = req.body;
  if (!email || !password) return res.status(400).json({ error: 'email and password required' });
  const repo = new UserRepository();
  const user = await repo.findByEmail(email);
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return res.status(401).json({ error: 'Invalid credentials' });
  }
  req.session.userId = user.id;
  res.json({ ok: true });
}

module.exports = { UserRepository, login };
`,
  ),
  ...js(
    "CWE-89",
    "sqlite3 notes CLI with commander: --tag option interpolated into the query vs ? parameter",
    `#!/usr/bin/env node
const { program } = require('commander');
const sqlite3 = require('sqlite3').verbose();
const path = require('path');

const db = new sqlite3.Database(path.join(__dirname, 'notes.db'));

program
  .name('notes')
  .description('List notes stored in the local database')
  .option('-t, --tag <tag>', 'only notes with this tag')
  .option('-n, --limit <n>', 'max rows', '50');

program.parse(process.argv);
const opts = program.opts();

function listNotes(tag, limit) {
  return new Promise((resolve, reject) => {
V|@@    db.all(\`SELECT id, title, created_at FROM notes WHERE tag = '\${tag}' LIMIT \${parseInt(limit, 10)}\`, (err, rows) => {
S|@ok    db.all('SELECT id, title, created_at FROM notes WHERE tag = ? LIMIT ?', [tag, parseInt(limit, 10)], (err, rows) => {
      if (err) reject(err);
      else resolve(rows);
    });
  });
}

listNotes(opts.tag || 'inbox', opts.limit)
  .then((rows) => {
    for (const r of rows) console.log(\`#\${r.id}  \${r.title}  (\${r.created_at})\`);
  })
  .catch((e) => {
    console.error('Query failed:', e.message);
    process.exitCode = 1;
  })
  .finally(() => db.close());
`,
  ),
  ...ts(
    "CWE-89",
    "Next.js API route with prisma: $queryRawUnsafe with a template vs the $queryRaw tagged template",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

type Order = { id: string; total: number; status: string };

export default async function handler(req: NextApiRequest, res: NextApiResponse<Order[] | { error: string }>) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).json({ error: 'Method not allowed' });
  }
  const status = (req.query.status as string) || 'pending';
  try {
V|@@    const orders = await prisma.$queryRawUnsafe<Order[]>(\`SELECT id, total, status FROM "Order" WHERE status = '\${status}' ORDER BY "createdAt" DESC\`);
S|@ok    const orders = await prisma.$queryRaw<Order[]>\`SELECT id, total, status FROM "Order" WHERE status = \${status} ORDER BY "createdAt" DESC\`;
    res.status(200).json(orders);
  } catch (e) {
    console.error(e);
    res.status(500).json({ error: 'Failed to load orders' });
  }
}
`,
  ),
  ...ts(
    "CWE-89",
    "pg paginated listing with a sort column from the query string: interpolated vs checked against an allow-list",
    `import { Router, Request, Response } from 'express';
import { pool } from '../db';

const router = Router();
const SORTABLE = ['created_at', 'title', 'author'] as const;

interface ListQuery {
  sort?: string;
  dir?: string;
  page?: string;
}

router.get('/articles', async (req: Request<{}, {}, {}, ListQuery>, res: Response) => {
  const page = Math.max(1, parseInt(req.query.page ?? '1', 10) || 1);
  const dir = req.query.dir === 'asc' ? 'ASC' : 'DESC';
V|  const sort = req.query.sort ?? 'created_at';
S|  const sort = SORTABLE.includes(req.query.sort as (typeof SORTABLE)[number]) ? req.query.sort : 'created_at';
  try {
V|@@    const { rows } = await pool.query(
S|@ok    const { rows } = await pool.query(
V|      \`SELECT id, title, author, created_at FROM articles ORDER BY \${sort} \${dir} LIMIT 20 OFFSET $1\`,
S|      \`SELECT id, title, author, created_at FROM articles ORDER BY \${sort} \${dir} LIMIT 20 OFFSET $1\`,
      [(page - 1) * 20],
    );
    res.json({ page, articles: rows });
  } catch (err) {
    res.status(500).json({ error: 'query failed' });
  }
});

export default router;
`,
  ),
  ...js(
    "CWE-89",
    "knex reporting helper: knex.raw with an interpolated date range vs bindings",
    `const knex = require('knex')({
  client: 'pg',
  connection: process.env.DATABASE_URL,
});
const express = require('express');

const app = express();

async function revenueBetween(from, to) {
V|@@  const result = await knex.raw(\`SELECT date_trunc('day', paid_at) AS day, SUM(amount) AS total FROM payments WHERE paid_at BETWEEN '\${from}' AND '\${to}' GROUP BY 1 ORDER BY 1\`);
S|@ok  const result = await knex.raw("SELECT date_trunc('day', paid_at) AS day, SUM(amount) AS total FROM payments WHERE paid_at BETWEEN ? AND ? GROUP BY 1 ORDER BY 1", [from, to]);
  return result.rows;
}

app.get('/reports/revenue', async (req, res, next) => {
  try {
    const { from = '2024-01-01', to = new Date().toISOString().slice(0, 10) } = req.query;
    const rows = await revenueBetween(from, to);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-89",
    "sequelize raw query in a service: template-built WHERE vs replacements",
    `import { Sequelize, QueryTypes } from 'sequelize';
import express from 'express';

const sequelize = new Sequelize(process.env.DATABASE_URL as string, { logging: false });

export interface InvoiceRow {
  id: number;
  customer: string;
  amount: number;
}

export async function invoicesForCustomer(customer: string): Promise<InvoiceRow[]> {
V|@@  return sequelize.query<InvoiceRow>(\`SELECT id, customer, amount FROM invoices WHERE customer = '\${customer}'\`, { type: QueryTypes.SELECT });
S|@ok  return sequelize.query<InvoiceRow>('SELECT id, customer, amount FROM invoices WHERE customer = :customer', { replacements: { customer }, type: QueryTypes.SELECT });
}

const app = express();
app.get('/invoices', async (req, res) => {
  try {
    const rows = await invoicesForCustomer(String(req.query.customer || ''));
    res.json(rows);
  } catch (e) {
    res.status(500).send('error');
  }
});
export default app;
`,
  ),
  ...js(
    "CWE-943",
    "mongoose password reset: token from the JSON body used as a query value (operator injection) vs coerced to a string",
    `const express = require('express');
const mongoose = require('mongoose');
const bcrypt = require('bcryptjs');

const User = mongoose.model('User', new mongoose.Schema({ email: String, passwordHash: String, resetToken: String, resetExpires: Date }));
const app = express();
app.use(express.json());

app.post('/api/reset-password', async (req, res) => {
  const { token, newPassword } = req.body;
  if (typeof newPassword !== 'string' || newPassword.length < 10) {
    return res.status(400).json({ message: 'Password must be at least 10 characters' });
  }
  try {
V|@@    const user = await User.findOne({ resetToken: token, resetExpires: { $gt: new Date() } });
S|@ok    const user = await User.findOne({ resetToken: String(token), resetExpires: { $gt: new Date() } });
    if (!user) return res.status(400).json({ message: 'Invalid or expired token' });
    user.passwordHash = await bcrypt.hash(newPassword, 12);
    user.resetToken = undefined;
    user.resetExpires = undefined;
    await user.save();
    res.json({ message: 'Password updated' });
  } catch (err) {
    res.status(500).json({ message: 'Reset failed' });
  }
});

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));
`,
  ),
  ...js(
    "CWE-943",
    "mongoose search endpoint: $where built from a query parameter vs a regex on an escaped term",
    `const express = require('express');
const Product = require('./models/Product');

const router = express.Router();

function escapeRegex(s) {
  return s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
}

router.get('/products/search', async (req, res) => {
  const name = String(req.query.name || '');
  try {
V|@@    const products = await Product.find({ $where: \`this.name.indexOf('\${name}') !== -1\` }).limit(50);
S|@ok    const products = await Product.find({ name: { $regex: escapeRegex(name), $options: 'i' } }).limit(50);
    res.json(products);
  } catch (e) {
    res.status(500).json({ error: e.message });
  }
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-915",
    "mongoose profile update: whole request body assigned onto the user document (role/isAdmin settable) vs picked fields",
    `const express = require('express');
const User = require('../models/User');
const { requireAuth } = require('../middleware/auth');

const router = express.Router();

router.put('/me', requireAuth, async (req, res) => {
  try {
    const user = await User.findById(req.user.id);
    if (!user) return res.status(404).json({ error: 'not found' });
V|@@    Object.assign(user, req.body);
S|    const { displayName, bio, avatarUrl } = req.body;
S|@ok    Object.assign(user, { displayName, bio, avatarUrl });
    await user.save();
    res.json({ id: user.id, displayName: user.displayName, bio: user.bio });
  } catch (err) {
    res.status(400).json({ error: 'update failed' });
  }
});

module.exports = router;
`,
  ),
  ...ts(
    "CWE-915",
    "prisma signup: create with data spread from the body vs explicit fields",
    `import { Request, Response } from 'express';
import bcrypt from 'bcrypt';
import { prisma } from './prisma';

interface SignupBody {
  email: string;
  password: string;
  name?: string;
}

export async function signup(req: Request<{}, {}, SignupBody>, res: Response) {
  const { password, ...rest } = req.body;
  if (!rest.email || !password || password.length < 8) {
    return res.status(400).json({ error: 'invalid input' });
  }
  const passwordHash = await bcrypt.hash(password, 12);
V|@@  const user = await prisma.user.create({ data: { ...rest, passwordHash } });
S|@ok  const user = await prisma.user.create({ data: { email: rest.email, name: rest.name, passwordHash } });
  res.status(201).json({ id: user.id, email: user.email });
}
`,
  ),
  ...js(
    "CWE-78",
    "image thumbnail upload service: ImageMagick via exec with the upload path and a width from the body vs execFile with an argument list",
    `const express = require('express');
const multer = require('multer');
const path = require('path');
const { exec, execFile } = require('child_process');
const { promisify } = require('util');

const run = promisify(exec);
const runFile = promisify(execFile);
const upload = multer({ dest: 'uploads/' });
const app = express();

app.post('/thumbnail', upload.single('image'), async (req, res) => {
  if (!req.file) return res.status(400).send('No image uploaded');
  const width = req.body.width || '200';
  const out = path.join('thumbs', req.file.filename + '.png');
  try {
V|@@    await run(\`convert \${req.file.path} -resize \${width}x \${out}\`);
S|    const w = Math.min(2000, Math.max(16, parseInt(width, 10) || 200));
S|@ok    await runFile('convert', [req.file.path, '-resize', \`\${w}x\`, out]);
    res.sendFile(path.resolve(out));
  } catch (err) {
    console.error(err);
    res.status(500).send('Conversion failed');
  }
});

app.listen(8080);
`,
  ),
  ...ts(
    "CWE-78",
    "HTML-to-PDF export endpoint: wkhtmltopdf through execSync with a URL from the body vs execFileSync after URL validation",
    `import express from 'express';
import { execSync, execFileSync } from 'child_process';
import { randomUUID } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';

const app = express();
app.use(express.json());

app.post('/export/pdf', (req, res) => {
  const { url } = req.body as { url: string };
  const out = path.join(os.tmpdir(), \`\${randomUUID()}.pdf\`);
  try {
V|@@    execSync(\`wkhtmltopdf --quiet "\${url}" \${out}\`);
S|    const parsed = new URL(url);
S|    if (parsed.protocol !== 'https:') return res.status(400).json({ error: 'https URLs only' });
S|@ok    execFileSync('wkhtmltopdf', ['--quiet', parsed.href, out]);
    res.type('application/pdf').send(fs.readFileSync(out));
  } catch (e) {
    res.status(500).json({ error: 'PDF generation failed' });
  } finally {
    fs.rm(out, { force: true }, () => {});
  }
});

export default app;
`,
  ),
  ...js(
    "CWE-78",
    "Fastify network diagnostics: ping via exec with the host from the query vs execFile with a hostname regex",
    `const fastify = require('fastify')({ logger: true });
const { exec, execFile } = require('child_process');

const HOST_RE = /^[a-zA-Z0-9.-]{1,253}$/;

fastify.get('/diag/ping', (request, reply) => {
  const host = request.query.host;
  if (!host) return reply.code(400).send({ error: 'host is required' });
V|@@  exec('ping -c 4 ' + host, { timeout: 10000 }, (err, stdout) => {
S|  if (!HOST_RE.test(host)) return reply.code(400).send({ error: 'bad host' });
S|@ok  execFile('ping', ['-c', '4', host], { timeout: 10000 }, (err, stdout) => {
    if (err) return reply.code(500).send({ error: 'ping failed' });
    reply.send({ output: stdout });
  });
  return reply;
});

fastify.listen({ port: 3000 });
`,
  ),
  ...ts(
    "CWE-78",
    "repo import job: git clone with spawn and shell: true on a user-supplied URL vs spawn with an argument array",
    `import { spawn } from 'child_process';
import { Request, Response } from 'express';
import path from 'path';

const WORKDIR = '/var/lib/importer/repos';

function cloneRepo(repoUrl: string, dest: string): Promise<number> {
  return new Promise((resolve, reject) => {
V|@@    const child = spawn(\`git clone --depth 1 \${repoUrl} \${dest}\`, { shell: true, stdio: 'inherit' });
S|@ok    const child = spawn('git', ['clone', '--depth', '1', '--', repoUrl, dest], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

export async function importRepo(req: Request, res: Response) {
  const { repoUrl } = req.body as { repoUrl: string };
  const dest = path.join(WORKDIR, Date.now().toString(36));
  const code = await cloneRepo(repoUrl, dest);
  if (code !== 0) return res.status(422).json({ error: 'clone failed' });
  res.json({ ok: true, dest });
}
`,
  ),
  ...js(
    "CWE-78",
    "video transcoding worker: ffmpeg through execSync with the original file name vs spawnSync without a shell",
    `const { execSync, spawnSync } = require('child_process');
const path = require('path');
const express = require('express');
const fileUpload = require('express-fileupload');

const app = express();
app.use(fileUpload({ useTempFiles: true, tempFileDir: '/tmp/' }));

app.post('/transcode', (req, res) => {
  const video = req.files && req.files.video;
  if (!video) return res.status(400).json({ error: 'video missing' });
  const output = path.join('/srv/media', Date.now() + '.mp4');
  try {
V|@@    execSync('ffmpeg -y -i ' + video.tempFilePath + ' -metadata title="' + video.name + '" ' + output);
S|@ok    spawnSync('ffmpeg', ['-y', '-i', video.tempFilePath, '-metadata', 'title=' + video.name, output]);
    res.json({ output: path.basename(output) });
  } catch (e) {
    res.status(500).json({ error: 'transcode failed' });
  }
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "file download service: sendFile on path.join(uploads, name) vs the root option",
    `const express = require('express');
const path = require('path');
const fs = require('fs');

const app = express();
const UPLOAD_DIR = path.join(__dirname, 'uploads');

app.get('/files/:name', (req, res) => {
  const name = req.params.name;
V|  const filePath = path.join(UPLOAD_DIR, name);
V|  if (!fs.existsSync(filePath)) return res.status(404).send('Not found');
V|@@  res.download(filePath);
S|@ok  res.sendFile(name, { root: UPLOAD_DIR, dotfiles: 'deny' }, (err) => {
S|    if (err) res.status(404).send('Not found');
S|  });
});

app.listen(3000, () => console.log('File server on :3000'));
`,
  ),
  ...ts(
    "CWE-22",
    "Next.js docs API: markdown read from process.cwd()/docs + slug vs a resolved-prefix check",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import { promises as fs } from 'fs';
import path from 'path';

const DOCS_DIR = path.join(process.cwd(), 'content', 'docs');

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const slug = Array.isArray(req.query.slug) ? req.query.slug.join('/') : String(req.query.slug ?? 'index');
  const file = path.resolve(DOCS_DIR, \`\${slug}.md\`);
S|  if (!file.startsWith(DOCS_DIR + path.sep)) {
S|    return res.status(400).json({ error: 'invalid slug' });
S|  }
  try {
V|@@    const markdown = await fs.readFile(file, 'utf8');
S|@ok    const markdown = await fs.readFile(file, 'utf8');
    res.status(200).json({ slug, markdown });
  } catch {
    res.status(404).json({ error: 'not found' });
  }
}
`,
  ),
  ...js(
    "CWE-22",
    "upload with a user-chosen 'save as' name: rename into the uploads dir via path.join vs path.basename",
    `const express = require('express');
const multer = require('multer');
const fs = require('fs');
const path = require('path');

const UPLOAD_DIR = path.join(__dirname, 'uploads');
const upload = multer({ dest: path.join(__dirname, 'tmp'), limits: { fileSize: 5 * 1024 * 1024 } });
const app = express();

app.post('/upload', upload.single('file'), (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'file missing' });
  const saveAs = req.body.saveAs || req.file.originalname;
V|  const dest = path.join(UPLOAD_DIR, saveAs);
S|  const dest = path.join(UPLOAD_DIR, path.basename(saveAs));
  try {
V|@@    fs.renameSync(req.file.path, dest);
S|@ok    fs.renameSync(req.file.path, dest);
    res.json({ stored: path.basename(dest), size: req.file.size });
  } catch (err) {
    res.status(500).json({ error: 'could not store file' });
  }
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-22",
    "zip import with adm-zip: entries written to path.join(dest, entryName) (zip slip) vs a containment check",
    `import AdmZip from 'adm-zip';
import fs from 'fs';
import path from 'path';

export function extractTheme(zipPath: string, destDir: string): string[] {
  const zip = new AdmZip(zipPath);
  const written: string[] = [];
  const root = path.resolve(destDir);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const target = path.join(root, entry.entryName);
S|    if (!path.resolve(target).startsWith(root + path.sep)) {
S|      throw new Error(\`refusing to write outside \${root}: \${entry.entryName}\`);
S|    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
V|@@    fs.writeFileSync(target, entry.getData());
S|@ok    fs.writeFileSync(target, entry.getData());
    written.push(target);
  }
  return written;
}
`,
  ),
  ...js(
    "CWE-22",
    "attachment delete endpoint: fs.promises.unlink on a body-supplied name vs path.basename",
    `const express = require('express');
const fs = require('fs/promises');
const path = require('path');

const router = express.Router();
const ATTACH_DIR = '/var/app/attachments';

router.delete('/attachments', express.json(), async (req, res) => {
  const { file } = req.body;
  if (typeof file !== 'string' || !file) return res.status(400).json({ error: 'file required' });
  try {
V|@@    await fs.unlink(path.join(ATTACH_DIR, file));
S|@ok    await fs.unlink(path.join(ATTACH_DIR, path.basename(file)));
    res.status(204).end();
  } catch (err) {
    res.status(err.code === 'ENOENT' ? 404 : 500).json({ error: 'delete failed' });
  }
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-22",
    "plain http static server: decoded pathname joined onto the web root vs a normalised prefix check",
    `const http = require('http');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(process.argv[2] || './public');
const TYPES = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png' };

const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://localhost');
  let filePath = path.join(ROOT, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) filePath = path.join(filePath, 'index.html');
S|  if (!path.resolve(filePath).startsWith(ROOT + path.sep)) {
S|    res.writeHead(403);
S|    return res.end('Forbidden');
S|  }
V|@@  const stream = fs.createReadStream(filePath);
S|@ok  const stream = fs.createReadStream(filePath);
  stream.on('open', () => {
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(filePath)] || 'application/octet-stream' });
    stream.pipe(res);
  });
  stream.on('error', () => {
    res.writeHead(404);
    res.end('Not found');
  });
});

server.listen(8000, () => console.log('serving ' + ROOT));
`,
  ),
  ...js(
    "CWE-434",
    "avatar upload saved under public/ with any extension vs a mime/extension allow-list",
    `const express = require('express');
const multer = require('multer');
const path = require('path');
const { v4: uuidv4 } = require('uuid');

const app = express();
app.use(express.static(path.join(__dirname, 'public')));

const storage = multer.diskStorage({
  destination: path.join(__dirname, 'public', 'avatars'),
  filename: (req, file, cb) => cb(null, uuidv4() + path.extname(file.originalname)),
});
const ALLOWED = new Set(['image/png', 'image/jpeg', 'image/webp']);

V|@@const upload = multer({ storage, limits: { fileSize: 2 * 1024 * 1024 } });
S|@okconst upload = multer({
S|  storage,
S|  limits: { fileSize: 2 * 1024 * 1024 },
S|  fileFilter: (req, file, cb) => cb(null, ALLOWED.has(file.mimetype) && /\\.(png|jpe?g|webp)$/i.test(file.originalname)),
S|});

app.post('/profile/avatar', upload.single('avatar'), (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'unsupported file' });
  res.json({ url: '/avatars/' + req.file.filename });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "Express feedback report page: HTML table built from stored comments and a query filter vs an escapeHtml helper",
    `const express = require('express');
const db = require('./db');

const app = express();

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

app.get('/admin/feedback', async (req, res) => {
  const filter = req.query.filter || '';
  const rows = await db.all('SELECT author, comment FROM feedback WHERE comment LIKE ?', ['%' + filter + '%']);
  const body = rows
    .map((r) => \`<tr><td>\${escapeHtml(r.author)}</td><td>\${escapeHtml(r.comment)}</td></tr>\`)
    .join('');
V|@@  res.send(\`<html><body><h1>Feedback matching "\${filter}"</h1><table>\${body}</table></body></html>\`);
S|@ok  res.send(\`<html><body><h1>Feedback matching "\${escapeHtml(filter)}"</h1><table>\${body}</table></body></html>\`);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-79",
    "Fastify greeting page: reply.type('text/html') with the name param vs html-escaper",
    `import Fastify, { FastifyRequest } from 'fastify';
import { escape } from 'html-escaper';

const app = Fastify({ logger: true });

type GreetRequest = FastifyRequest<{ Querystring: { name?: string } }>;

app.get('/greet', async (request: GreetRequest, reply) => {
  const name = request.query.name ?? 'guest';
  reply.type('text/html');
V|@@  return \`<!doctype html><html><body><h2>Welcome back, \${name}!</h2></body></html>\`;
S|@ok  return \`<!doctype html><html><body><h2>Welcome back, \${escape(name)}!</h2></body></html>\`;
});

app.listen({ port: 3000 }).catch((err) => {
  app.log.error(err);
  process.exit(1);
});
`,
  ),
  ...js(
    "CWE-79",
    "markdown preview endpoint: marked output sent as HTML vs DOMPurify-sanitised output",
    `const express = require('express');
const { marked } = require('marked');
const createDOMPurify = require('dompurify');
const { JSDOM } = require('jsdom');

const DOMPurify = createDOMPurify(new JSDOM('').window);
const app = express();
app.use(express.json({ limit: '100kb' }));

app.post('/preview', (req, res) => {
  const markdown = String(req.body.markdown || '');
V|  const html = marked.parse(markdown);
S|  const html = DOMPurify.sanitize(marked.parse(markdown));
V|@@  res.type('html').send(\`<article class="preview">\${html}</article>\`);
S|@ok  res.type('html').send(\`<article class="preview">\${html}</article>\`);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "404 handler echoing the requested URL in an HTML page vs encoded",
    `const express = require('express');
const he = require('he');
const app = express();

app.get('/', (req, res) => res.send('<h1>Home</h1>'));

app.use((req, res) => {
V|@@  res.status(404).send('<h1>Page not found</h1><p>The page ' + req.originalUrl + ' does not exist.</p>');
S|@ok  res.status(404).send('<h1>Page not found</h1><p>The page ' + he.encode(req.originalUrl) + ' does not exist.</p>');
});

app.listen(3000);
`,
  ),
  ...tsx(
    "components/UserBio.tsx",
    "CWE-79",
    "React profile card: bio HTML from the API through dangerouslySetInnerHTML vs DOMPurify",
    `import React, { useEffect, useState } from 'react';
import DOMPurify from 'dompurify';

interface Profile {
  name: string;
  bioHtml: string;
}

export default function UserBio({ userId }: { userId: string }) {
  const [profile, setProfile] = useState<Profile | null>(null);

  useEffect(() => {
    fetch(\`/api/users/\${encodeURIComponent(userId)}\`)
      .then((r) => r.json())
      .then(setProfile)
      .catch(() => setProfile(null));
  }, [userId]);

  if (!profile) return <p>Loading…</p>;
  return (
    <section className="bio">
      <h3>{profile.name}</h3>
V|@@      <div dangerouslySetInnerHTML={{ __html: profile.bioHtml }} />
S|@ok      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(profile.bioHtml) }} />
    </section>
  );
}
`,
  ),
  ...jsx(
    "components/LinkList.jsx",
    "CWE-79",
    "React link list: href taken from user-submitted links (javascript: URLs) vs a protocol check",
    `import React from 'react';

function safeHref(url) {
  try {
    const u = new URL(url, window.location.origin);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
  } catch {
    return '#';
  }
}

export default function LinkList({ links }) {
  return (
    <ul className="links">
      {links.map((link) => (
        <li key={link.id}>
V|@@          <a href={link.url} target="_blank" rel="noopener noreferrer">
S|@ok          <a href={safeHref(link.url)} target="_blank" rel="noopener noreferrer">
            {link.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
`,
  ),
  ...js(
    "CWE-79",
    "browser search page script: query from location.search written with innerHTML vs textContent",
    `document.addEventListener('DOMContentLoaded', async () => {
  const params = new URLSearchParams(window.location.search);
  const query = params.get('q') || '';
  const heading = document.getElementById('results-heading');
V|@@  heading.innerHTML = \`Results for <strong>\${query}</strong>\`;
S|  const strong = document.createElement('strong');
S|@ok  strong.textContent = query;
S|  heading.replaceChildren('Results for ', strong);

  const res = await fetch('/api/search?q=' + encodeURIComponent(query));
  const items = await res.json();
  const list = document.getElementById('results');
  for (const item of items) {
    const li = document.createElement('li');
    li.textContent = item.title;
    list.appendChild(li);
  }
});
`,
  ),
  ...js(
    "CWE-79",
    "embedded widget: postMessage listener without an origin check renders event.data.html vs checking the origin",
    `const TRUSTED_ORIGIN = 'https://dashboard.example.com';
const container = document.getElementById('widget-root');

window.addEventListener('message', (event) => {
S|  if (event.origin !== TRUSTED_ORIGIN) return;
  const msg = event.data;
  if (!msg || msg.type !== 'render') return;
V|@@  container.innerHTML = msg.html;
S|@ok  container.innerHTML = msg.html;
  window.parent.postMessage({ type: 'rendered', height: container.scrollHeight }, TRUSTED_ORIGIN);
});

window.parent.postMessage({ type: 'ready' }, TRUSTED_ORIGIN);
`,
  ),
  ...js(
    "CWE-79",
    "jQuery comment widget: comments from an API appended with .html() vs .text()",
    `$(function () {
  const $list = $('#comments');

  function render(comment) {
    const $item = $('<li class="comment"></li>');
V|@@    $item.html('<b>' + comment.author + '</b>: ' + comment.body);
S|    $item.append($('<b></b>').text(comment.author));
S|@ok    $item.append(document.createTextNode(': ' + comment.body));
    $list.append($item);
  }

  $.getJSON('/api/posts/' + $list.data('post-id') + '/comments', function (comments) {
    comments.forEach(render);
  });
});
`,
  ),
  ...ts(
    "CWE-79",
    "email preview endpoint rendering a Handlebars template: triple-stash on user text vs double-stash",
    `import express from 'express';
import Handlebars from 'handlebars';

const app = express();
app.use(express.urlencoded({ extended: false }));

V|const template = Handlebars.compile('<div class="email"><h2>{{subject}}</h2><div class="body">{{{message}}}</div></div>');
S|const template = Handlebars.compile('<div class="email"><h2>{{subject}}</h2><div class="body">{{message}}</div></div>');

app.post('/newsletter/preview', (req, res) => {
  const { subject = '', message = '' } = req.body as Record<string, string>;
V|@@  res.send(template({ subject, message }));
S|@ok  res.send(template({ subject, message }));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-601",
    "login handler redirecting to ?next= after authentication vs only local paths",
    `const express = require('express');
const session = require('express-session');
const { verifyUser } = require('./auth');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

function isLocalPath(p) {
  return typeof p === 'string' && p.startsWith('/') && !p.startsWith('//') && !p.startsWith('/\\\\');
}

app.post('/login', async (req, res) => {
  const user = await verifyUser(req.body.username, req.body.password);
  if (!user) return res.status(401).send('Invalid credentials');
  req.session.userId = user.id;
  const next = req.query.next || '/dashboard';
V|@@  res.redirect(next);
S|@ok  res.redirect(isLocalPath(next) ? next : '/dashboard');
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-601",
    "Next.js OAuth callback API route: redirect to the returnTo cookie vs an allow-listed host",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import { exchangeCode, createSession } from '../../../lib/auth';

const ALLOWED_HOSTS = new Set(['app.example.com', 'admin.example.com']);

export default async function callback(req: NextApiRequest, res: NextApiResponse) {
  const code = req.query.code as string;
  const tokens = await exchangeCode(code);
  await createSession(res, tokens);
  const returnTo = req.cookies.returnTo || '/';
V|@@  res.redirect(302, returnTo);
S|  const target = new URL(returnTo, 'https://app.example.com');
S|@ok  res.redirect(302, ALLOWED_HOSTS.has(target.host) ? target.toString() : '/');
}
`,
  ),
  ...js(
    "CWE-601",
    "browser post-login script: window.location set from a redirect query param vs same-origin check",
    `async function submitLogin(event) {
  event.preventDefault();
  const form = event.target;
  const resp = await fetch('/api/session', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: form.email.value, password: form.password.value }),
  });
  if (!resp.ok) {
    document.getElementById('error').textContent = 'Login failed';
    return;
  }
  const redirect = new URLSearchParams(window.location.search).get('redirect') || '/';
V|@@  window.location.href = redirect;
S|  const dest = new URL(redirect, window.location.origin);
S|@ok  window.location.href = dest.origin === window.location.origin ? dest.href : '/';
}

document.getElementById('login-form').addEventListener('submit', submitLogin);
`,
  ),
  ...ts(
    "CWE-918",
    "link preview API: fetch of a user-supplied URL vs an https host allow-list",
    `import express, { Request, Response } from 'express';
import * as cheerio from 'cheerio';

const app = express();
const PREVIEW_HOSTS = new Set(['github.com', 'www.youtube.com', 'en.wikipedia.org']);

interface Preview {
  title: string;
  description?: string;
}

async function fetchPreview(url: string): Promise<Preview> {
  const resp = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(5000) });
  const $ = cheerio.load(await resp.text());
  return { title: $('title').text(), description: $('meta[name="description"]').attr('content') };
}

app.get('/api/preview', async (req: Request, res: Response) => {
  const target = String(req.query.url || '');
  try {
V|@@    res.json(await fetchPreview(target));
S|    const u = new URL(target);
S|    if (u.protocol !== 'https:' || !PREVIEW_HOSTS.has(u.hostname)) return res.status(400).json({ error: 'host not allowed' });
S|@ok    res.json(await fetchPreview(u.toString()));
  } catch {
    res.status(502).json({ error: 'preview failed' });
  }
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-918",
    "webhook tester: axios.post to a callback URL from the body vs a fixed partner base URL",
    `const express = require('express');
const axios = require('axios');

const app = express();
app.use(express.json());
const PARTNER_API = 'https://hooks.partner.example.com';

app.post('/integrations/test', async (req, res) => {
  const { callbackPath, payload } = req.body;
  try {
V|@@    const r = await axios.post(req.body.callbackUrl, payload, { timeout: 5000 });
S|@ok    const r = await axios.post(PARTNER_API + '/v1/' + encodeURIComponent(callbackPath), payload, { timeout: 5000 });
    res.json({ status: r.status });
  } catch (err) {
    res.status(502).json({ error: 'callback failed', detail: err.code });
  }
});

app.listen(4000);
`,
  ),
  ...js(
    "CWE-918",
    "image proxy: http.get of a query URL piped to the response vs an allow-listed CDN host",
    `const express = require('express');
const https = require('https');

const app = express();
const CDN_HOST = 'images.examplecdn.com';

app.get('/img', (req, res) => {
  let target;
  try {
    target = new URL(req.query.src);
  } catch {
    return res.status(400).end();
  }
S|  if (target.protocol !== 'https:' || target.hostname !== CDN_HOST) return res.status(403).end();
V|@@  https.get(target, (upstream) => {
S|@ok  https.get(target, (upstream) => {
    res.set('Content-Type', upstream.headers['content-type'] || 'image/jpeg');
    upstream.pipe(res);
  }).on('error', () => res.status(502).end());
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-347",
    "JWT auth middleware: jwt.decode used to trust the token vs jwt.verify with a pinned algorithm",
    `import { Request, Response, NextFunction } from 'express';
import jwt, { JwtPayload } from 'jsonwebtoken';

export interface AuthedRequest extends Request {
  user?: { id: string; role: string };
}

const SECRET = process.env.JWT_SECRET as string;

export function requireAuth(req: AuthedRequest, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'missing token' });
  try {
V|@@    const payload = jwt.decode(token) as JwtPayload | null;
S|@ok    const payload = jwt.verify(token, SECRET, { algorithms: ['HS256'] }) as JwtPayload;
    if (!payload?.sub) return res.status(401).json({ error: 'invalid token' });
    req.user = { id: payload.sub, role: payload.role };
    next();
  } catch {
    res.status(401).json({ error: 'invalid token' });
  }
}
`,
  ),
  ...js(
    "CWE-347",
    "jose session check: decodeJwt of the cookie vs jwtVerify with the secret",
    `const { decodeJwt, jwtVerify } = require('jose');
const cookie = require('cookie');

const secret = new TextEncoder().encode(process.env.SESSION_SECRET);

async function getSession(req) {
  const cookies = cookie.parse(req.headers.cookie || '');
  if (!cookies.session) return null;
  try {
V|@@    const claims = decodeJwt(cookies.session);
S|@ok    const { payload: claims } = await jwtVerify(cookies.session, secret, { algorithms: ['HS256'] });
    if (claims.exp && claims.exp * 1000 < Date.now()) return null;
    return { userId: claims.sub, isAdmin: claims.admin === true };
  } catch {
    return null;
  }
}

module.exports = { getSession };
`,
  ),
  ...js(
    "CWE-798",
    "auth module signing JWTs with a hard-coded secret vs the secret from the environment",
    `const jwt = require('jsonwebtoken');
const bcrypt = require('bcrypt');
const { findUserByEmail } = require('./users');

V|@@const JWT_SECRET = 'my-super-secret-key-2024';
S|@okconst JWT_SECRET = process.env.JWT_SECRET;
S|if (!JWT_SECRET) throw new Error('JWT_SECRET must be set');
const TOKEN_TTL = '2h';

async function authenticate(email, password) {
  const user = await findUserByEmail(email);
  if (!user) return null;
  const ok = await bcrypt.compare(password, user.passwordHash);
  if (!ok) return null;
  return jwt.sign({ sub: user.id, email: user.email }, JWT_SECRET, { expiresIn: TOKEN_TTL });
}

function verifyToken(token) {
  return jwt.verify(token, JWT_SECRET);
}

module.exports = { authenticate, verifyToken };
`,
  ),
  ...ts(
    "CWE-798",
    "pg pool config object with a literal production password vs environment variables",
    `import { Pool, PoolConfig } from 'pg';

const config: PoolConfig = {
  host: process.env.PGHOST ?? 'db.internal',
  port: 5432,
  user: 'app_user',
V|@@  password: 'Pr0d-P@ssw0rd!',
S|@ok  password: process.env.PGPASSWORD,
  database: 'orders',
  max: 10,
  idleTimeoutMillis: 30000,
};

export const pool = new Pool(config);

export async function healthCheck(): Promise<boolean> {
  const { rows } = await pool.query('SELECT 1 AS ok');
  return rows[0]?.ok === 1;
}
`,
  ),
  ...js(
    "CWE-798",
    "script calling a third-party API with the API key in source vs loaded via dotenv",
    `require('dotenv').config();
const axios = require('axios');

V|@@const API_KEY = 'sk_live_51HxQ2bK8s9dLmN3pQrT7vWxYz';
S|@okconst API_KEY = process.env.STRIPE_API_KEY;

async function listRecentCharges(limit = 10) {
  const resp = await axios.get('https://api.stripe.com/v1/charges', {
    params: { limit },
    headers: { Authorization: \`Bearer \${API_KEY}\` },
  });
  return resp.data.data;
}

listRecentCharges()
  .then((charges) => charges.forEach((c) => console.log(c.id, c.amount / 100, c.currency)))
  .catch((err) => console.error('request failed:', err.message));
`,
  ),
  ...js(
    "CWE-328",
    "registration helper hashing passwords with MD5 vs bcrypt",
    `const crypto = require('crypto');
const bcrypt = require('bcrypt');
const db = require('./db');

async function registerUser(username, password) {
  if (password.length < 8) throw new Error('Password too short');
V|@@  const passwordHash = crypto.createHash('md5').update(password).digest('hex');
S|@ok  const passwordHash = await bcrypt.hash(password, 12);
  const { rows } = await db.query('INSERT INTO users (username, password_hash) VALUES ($1, $2) RETURNING id', [username, passwordHash]);
  return rows[0].id;
}

module.exports = { registerUser };
`,
  ),
  ...ts(
    "CWE-916",
    "password utility class: unsalted SHA-256 vs scrypt with a random salt",
    `import crypto from 'crypto';

export class PasswordHasher {
  hash(password: string): string {
V|@@    return crypto.createHash('sha256').update(password).digest('hex');
S|    const salt = crypto.randomBytes(16);
S|@ok    return salt.toString('hex') + ':' + crypto.scryptSync(password, salt, 64).toString('hex');
  }

  verify(password: string, stored: string): boolean {
V|    const candidate = crypto.createHash('sha256').update(password).digest('hex');
V|    return crypto.timingSafeEqual(Buffer.from(candidate), Buffer.from(stored));
S|    const [saltHex, hashHex] = stored.split(':');
S|    const candidate = crypto.scryptSync(password, Buffer.from(saltHex, 'hex'), 64);
S|    return crypto.timingSafeEqual(candidate, Buffer.from(hashHex, 'hex'));
  }
}
`,
  ),
  ...js(
    "CWE-338",
    "password reset flow: token from Math.random vs crypto.randomBytes",
    `const crypto = require('crypto');
const express = require('express');
const { sendMail } = require('./mailer');
const db = require('./db');

const router = express.Router();

function generateResetToken() {
V|@@  return Math.random().toString(36).substring(2) + Date.now().toString(36);
S|@ok  return crypto.randomBytes(32).toString('hex');
}

router.post('/forgot-password', async (req, res) => {
  const user = await db.users.findByEmail(req.body.email);
  if (user) {
    const token = generateResetToken();
    const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
    await db.resetTokens.insert({ userId: user.id, tokenHash, expiresAt: Date.now() + 3600 * 1000 });
    await sendMail(user.email, 'Reset your password', \`https://app.example.com/reset?token=\${token}\`);
  }
  res.json({ message: 'If that account exists, an email has been sent.' });
});

module.exports = router;
`,
  ),
  ...ts(
    "CWE-338",
    "API key manager class: keys built from Math.random characters vs crypto.randomBytes",
    `import { randomBytes, createHash } from 'crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export interface ApiKeyRecord {
  prefix: string;
  hash: string;
  ownerId: string;
}

export class ApiKeyManager {
  constructor(private readonly store: Map<string, ApiKeyRecord> = new Map()) {}

  private randomString(len: number): string {
V|    let out = '';
V|@@    for (let i = 0; i < len; i++) out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
V|    return out;
S|@ok    return randomBytes(len).toString('base64url').slice(0, len);
  }

  issue(ownerId: string): string {
    const key = \`pk_\${this.randomString(32)}\`;
    const hash = createHash('sha256').update(key).digest('hex');
    this.store.set(hash, { prefix: key.slice(0, 7), hash, ownerId });
    return key;
  }
}
`,
  ),
  ...js(
    "CWE-208",
    "API key middleware comparing the header with === vs timingSafeEqual on digests",
    `const crypto = require('crypto');

const EXPECTED_KEY = process.env.INTERNAL_API_KEY || '';

function apiKeyAuth(req, res, next) {
  const provided = req.get('x-api-key') || '';
V|@@  if (provided !== EXPECTED_KEY) {
S|  const a = crypto.createHash('sha256').update(provided).digest();
S|  const b = crypto.createHash('sha256').update(EXPECTED_KEY).digest();
S|@ok  if (!crypto.timingSafeEqual(a, b)) {
    return res.status(401).json({ error: 'invalid api key' });
  }
  next();
}

module.exports = apiKeyAuth;
`,
  ),
  ...ts(
    "CWE-208",
    "GitHub webhook receiver: HMAC signature compared with === vs timingSafeEqual",
    `import express from 'express';
import crypto from 'crypto';

const app = express();
const SECRET = process.env.GITHUB_WEBHOOK_SECRET ?? '';

app.post('/webhooks/github', express.raw({ type: 'application/json' }), (req, res) => {
  const signature = req.get('x-hub-signature-256') ?? '';
  const expected = 'sha256=' + crypto.createHmac('sha256', SECRET).update(req.body).digest('hex');
V|@@  if (signature !== expected) {
S|@ok  if (signature.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
    return res.status(401).send('bad signature');
  }
  const event = JSON.parse(req.body.toString('utf8'));
  console.log('received', req.get('x-github-event'), event.repository?.full_name);
  res.status(204).end();
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-327",
    "field encryption helper: AES-256-ECB vs AES-256-GCM with a random IV",
    `const crypto = require('crypto');

const KEY = Buffer.from(process.env.FIELD_KEY_HEX, 'hex');

function encryptField(plaintext) {
V|@@  const cipher = crypto.createCipheriv('aes-256-ecb', KEY, null);
V|  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
S|  const iv = crypto.randomBytes(12);
S|@ok  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
S|  const enc = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
S|  return Buffer.concat([iv, cipher.getAuthTag(), enc]).toString('base64');
}

module.exports = { encryptField };
`,
  ),
  ...ts(
    "CWE-329",
    "token vault: AES-CBC with a constant zero IV vs a fresh random IV per message",
    `import crypto from 'crypto';

const ALGO = 'aes-256-cbc';
const key = crypto.scryptSync(process.env.VAULT_PASSPHRASE ?? '', process.env.VAULT_SALT ?? '', 32);
V|const IV = Buffer.alloc(16, 0);

export function seal(secret: string): string {
S|  const iv = crypto.randomBytes(16);
V|@@  const cipher = crypto.createCipheriv(ALGO, key, IV);
S|@ok  const cipher = crypto.createCipheriv(ALGO, key, iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
V|  return data.toString('hex');
S|  return iv.toString('hex') + ':' + data.toString('hex');
}
`,
  ),
  ...js(
    "CWE-614",
    "login route setting the session cookie without secure/httpOnly vs hardened options",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const { createSession } = require('./sessions');

const app = express();
app.use(express.json());
app.use(cookieParser());

app.post('/login', async (req, res) => {
  const session = await createSession(req.body.username, req.body.password);
  if (!session) return res.status(401).json({ error: 'invalid login' });
V|@@  res.cookie('sid', session.id, { maxAge: 24 * 3600 * 1000 });
S|@ok  res.cookie('sid', session.id, { maxAge: 24 * 3600 * 1000, httpOnly: true, secure: true, sameSite: 'lax' });
  res.json({ ok: true });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-614",
    "express-session setup with cookie.secure false in production vs true behind a proxy",
    `import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';

const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);

const app = express();
app.set('trust proxy', 1);
app.use(
  session({
    store: new RedisStore({ client: redisClient }),
    secret: process.env.SESSION_SECRET as string,
    resave: false,
    saveUninitialized: false,
V|@@    cookie: { secure: false, httpOnly: true, maxAge: 1000 * 60 * 60 * 8 },
S|@ok    cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 1000 * 60 * 60 * 8 },
  }),
);

export default app;
`,
  ),
  ...ts(
    "CWE-1004",
    "Next.js route handler issuing a refresh token cookie readable from script vs httpOnly",
    `import { NextRequest, NextResponse } from 'next/server';
import { issueTokens } from '@/lib/tokens';

export async function POST(req: NextRequest) {
  const { email, password } = await req.json();
  const tokens = await issueTokens(email, password);
  if (!tokens) return NextResponse.json({ error: 'invalid credentials' }, { status: 401 });
  const res = NextResponse.json({ accessToken: tokens.access });
  res.cookies.set('refresh_token', tokens.refresh, {
V|@@    httpOnly: false,
S|@ok    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: '/api/auth/refresh',
    maxAge: 60 * 60 * 24 * 14,
  });
  return res;
}
`,
  ),
  ...js(
    "CWE-94",
    "calculator API evaluating the expression with eval vs mathjs evaluate of arithmetic-only text",
    `const express = require('express');
const { evaluate } = require('mathjs');

const app = express();
app.use(express.json());

app.post('/api/calculate', (req, res) => {
  const { expression } = req.body;
  if (typeof expression !== 'string' || expression.length > 200) {
    return res.status(400).json({ error: 'invalid expression' });
  }
S|  if (!/^[\\d\\s+\\-*/().^%]+$/.test(expression)) {
S|    return res.status(400).json({ error: 'only numbers and arithmetic operators are allowed' });
S|  }
  try {
V|@@    const result = eval(expression);
S|@ok    const result = evaluate(expression);
    res.json({ expression, result });
  } catch (e) {
    res.status(400).json({ error: 'could not evaluate' });
  }
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-94",
    "rules engine building a predicate with new Function from a stored rule vs a JSON-logic evaluator",
    `import express from 'express';
import jsonLogic from 'json-logic-js';

interface Rule {
  id: string;
  condition: string;
}

const app = express();
app.use(express.json());

app.post('/rules/test', (req, res) => {
  const { rule, context } = req.body as { rule: Rule; context: Record<string, unknown> };
  try {
V|@@    const predicate = new Function('ctx', \`with (ctx) { return (\${rule.condition}); }\`);
V|    res.json({ id: rule.id, matched: Boolean(predicate(context)) });
S|@ok    const matched = jsonLogic.apply(JSON.parse(rule.condition), context);
S|    res.json({ id: rule.id, matched: Boolean(matched) });
  } catch {
    res.status(400).json({ error: 'bad rule' });
  }
});

export default app;
`,
  ),
  ...solo(
    "javascript",
    "CWE-94",
    "code playground endpoint running user snippets in node:vm with a timeout (vm is not a sandbox)",
    `const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.text({ limit: '20kb' }));

app.post('/playground/run', (req, res) => {
  const logs = [];
  const sandbox = { console: { log: (...a) => logs.push(a.join(' ')) } };
  try {
@@    const result = vm.runInNewContext(req.body, sandbox, { timeout: 1000 });
    res.json({ result: String(result), logs });
  } catch (err) {
    res.status(400).json({ error: err.message, logs });
  }
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1321",
    "settings service deep-merging the request body into defaults vs a merge that skips __proto__/constructor/prototype",
    `const express = require('express');

const DEFAULTS = { theme: 'light', notifications: { email: true, sms: false } };
const userSettings = new Map();

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
S|    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (source[key] && typeof source[key] === 'object' && !Array.isArray(source[key])) {
      if (!target[key] || typeof target[key] !== 'object') target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
V|@@      target[key] = source[key];
S|@ok      target[key] = source[key];
    }
  }
  return target;
}

const app = express();
app.use(express.json());

app.patch('/settings/:userId', (req, res) => {
  const current = userSettings.get(req.params.userId) || structuredClone(DEFAULTS);
  const merged = deepMerge(current, req.body);
  userSettings.set(req.params.userId, merged);
  res.json(merged);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-1321",
    "form builder API: lodash set with a client-supplied path vs an allow-listed field path",
    `import express from 'express';
import _ from 'lodash';

const app = express();
app.use(express.json());

const ALLOWED_FIELDS = new Set(['title', 'description', 'style.color', 'style.width']);
const forms: Record<string, Record<string, unknown>> = {};

app.post('/forms/:id/field', (req, res) => {
  const { path, value } = req.body as { path: string; value: unknown };
  const form = (forms[req.params.id] ??= {});
S|  if (!ALLOWED_FIELDS.has(path)) return res.status(400).json({ error: 'unknown field' });
V|@@  _.set(form, path, value);
S|@ok  _.set(form, path, value);
  res.json(form);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-502",
    "preferences cookie restored with node-serialize unserialize vs JSON.parse",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

app.get('/dashboard', (req, res) => {
  let prefs = { layout: 'grid', widgets: [] };
  if (req.cookies.prefs) {
    try {
V|@@      prefs = serialize.unserialize(Buffer.from(req.cookies.prefs, 'base64').toString());
S|@ok      prefs = JSON.parse(Buffer.from(req.cookies.prefs, 'base64').toString());
    } catch {
      /* keep defaults */
    }
  }
  res.json({ layout: prefs.layout, widgets: prefs.widgets });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-502",
    "YAML config upload parsed with js-yaml's unsafe schema vs the default safe schema",
    `import express from 'express';
import yaml from 'js-yaml';

const app = express();
app.use(express.text({ type: ['application/yaml', 'text/yaml'] }));

interface PipelineConfig {
  name: string;
  steps: { run: string }[];
}

app.post('/pipelines/validate', (req, res) => {
  try {
V|@@    const config = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA }) as PipelineConfig;
S|@ok    const config = yaml.load(req.body, { schema: yaml.JSON_SCHEMA }) as PipelineConfig;
    if (!config?.name || !Array.isArray(config.steps)) throw new Error('missing fields');
    res.json({ ok: true, name: config.name, steps: config.steps.length });
  } catch (e) {
    res.status(400).json({ ok: false, error: (e as Error).message });
  }
});

export default app;
`,
  ),
  ...js(
    "CWE-611",
    "invoice XML import with libxmljs and noent: true (external entities) vs entities disabled",
    `const express = require('express');
const libxmljs = require('libxmljs2');

const app = express();
app.use(express.text({ type: 'application/xml', limit: '1mb' }));

app.post('/invoices/import', (req, res) => {
  try {
V|@@    const doc = libxmljs.parseXml(req.body, { noent: true, nonet: false });
S|@ok    const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
    const items = doc.find('//item').map((el) => ({
      sku: el.attr('sku') && el.attr('sku').value(),
      qty: Number(el.get('qty').text()),
    }));
    res.json({ count: items.length, items });
  } catch (e) {
    res.status(400).json({ error: 'invalid XML' });
  }
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-1333",
    "search highlighter building a RegExp from the query vs escaping it first",
    `import express from 'express';

const app = express();
const ARTICLES = [
  { id: 1, text: 'Node.js streams explained' },
  { id: 2, text: 'Understanding the event loop' },
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
}

app.get('/search', (req, res) => {
  const q = String(req.query.q ?? '');
V|@@  const re = new RegExp(q, 'gi');
S|@ok  const re = new RegExp(escapeRegExp(q), 'gi');
  const hits = ARTICLES.filter((a) => a.text.match(re)).map((a) => ({ id: a.id, text: a.text.replace(re, (m) => \`[\${m}]\`) }));
  res.json(hits);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-117",
    "auth logging failed logins with the raw username vs newline-stripped",
    `const express = require('express');
const winston = require('winston');
const { checkPassword } = require('./users');

const logger = winston.createLogger({ transports: [new winston.transports.File({ filename: 'auth.log' })] });
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', async (req, res) => {
  const username = String(req.body.username || '');
  if (!(await checkPassword(username, req.body.password))) {
V|@@    logger.warn('Failed login for user ' + username + ' from ' + req.ip);
S|@ok    logger.warn('Failed login for user ' + username.replace(/[\\r\\n]/g, '_') + ' from ' + req.ip);
    return res.status(401).send('Login failed');
  }
  res.redirect('/');
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-532",
    "signup handler logging the whole request body (password included) vs only non-secret fields",
    `const express = require('express');
const bcrypt = require('bcrypt');
const { createUser } = require('./users');

const app = express();
app.use(express.json());

app.post('/signup', async (req, res) => {
V|@@  console.log('Signup request:', JSON.stringify(req.body));
S|@ok  console.log('Signup request:', JSON.stringify({ email: req.body.email, plan: req.body.plan }));
  try {
    const hash = await bcrypt.hash(req.body.password, 12);
    const user = await createUser(req.body.email, hash, req.body.plan);
    res.status(201).json({ id: user.id });
  } catch (e) {
    res.status(400).json({ error: 'signup failed' });
  }
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-209",
    "Express error middleware returning err.stack to the client vs a generic message with a logged id",
    `const express = require('express');
const crypto = require('crypto');
const ordersRouter = require('./routes/orders');

const app = express();
app.use(express.json());
app.use('/api/orders', ordersRouter);

app.use((err, req, res, next) => {
  const id = crypto.randomUUID();
  console.error(id, err);
V|@@  res.status(err.status || 500).json({ error: err.message, stack: err.stack });
S|@ok  res.status(err.status || 500).json({ error: 'Something went wrong', id });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-942",
    "CORS middleware reflecting any Origin with credentials vs an origin allow-list",
    `import express, { Request, Response, NextFunction } from 'express';

const ALLOWED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];

function corsMiddleware(req: Request, res: Response, next: NextFunction) {
  const origin = req.headers.origin;
V|@@  if (origin) res.setHeader('Access-Control-Allow-Origin', origin);
S|@ok  if (origin && ALLOWED_ORIGINS.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type,Authorization');
    return res.sendStatus(204);
  }
  next();
}

const app = express();
app.use(corsMiddleware);
app.get('/api/me', (req, res) => res.json({ user: (req as any).user ?? null }));

export default app;
`,
  ),
  ...js(
    "CWE-942",
    "cors package configured with origin: true and credentials vs a fixed origin list",
    `const express = require('express');
const cors = require('cors');
const session = require('express-session');

const app = express();
V|@@app.use(cors({ origin: true, credentials: true }));
S|@okapp.use(cors({ origin: ['https://shop.example.com'], credentials: true }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.get('/api/cart', (req, res) => {
  res.json(req.session.cart || []);
});

app.listen(3000);
`,
  ),
  ...solo(
    "javascript",
    "CWE-295",
    "internal metrics script disabling TLS verification for a self-signed endpoint",
    `require('dotenv').config();
const https = require('https');
const axios = require('axios');

@@const agent = new https.Agent({ rejectUnauthorized: false });

async function pushMetrics(metrics) {
  const resp = await axios.post(process.env.METRICS_URL + '/ingest', metrics, {
    httpsAgent: agent,
    headers: { Authorization: 'Bearer ' + process.env.METRICS_TOKEN },
  });
  return resp.status;
}

pushMetrics({ host: require('os').hostname(), load: require('os').loadavg()[0] })
  .then((s) => console.log('pushed', s))
  .catch((e) => console.error('push failed', e.message));
`,
  ),
  ...ts(
    "CWE-295",
    "API client module setting NODE_TLS_REJECT_UNAUTHORIZED=0 vs trusting the internal CA",
    `import fs from 'fs';
import https from 'https';
import axios, { AxiosInstance } from 'axios';

export function createInventoryClient(): AxiosInstance {
V|@@  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
V|  return axios.create({ baseURL: process.env.INVENTORY_URL, timeout: 8000 });
S|@ok  const httpsAgent = new https.Agent({ ca: fs.readFileSync(process.env.INTERNAL_CA_PATH ?? '/etc/ssl/internal-ca.pem') });
S|  return axios.create({ baseURL: process.env.INVENTORY_URL, timeout: 8000, httpsAgent });
}
`,
  ),
  ...js(
    "CWE-1336",
    "email template preview: ejs.render of a user-supplied template vs a fixed template file rendered with user data",
    `const express = require('express');
const ejs = require('ejs');
const path = require('path');

const app = express();
app.use(express.json());

app.post('/templates/preview', async (req, res) => {
  const { template, data } = req.body;
  try {
V|@@    const html = ejs.render(template, data || {});
S|@ok    const html = await ejs.renderFile(path.join(__dirname, 'views', 'email.ejs'), { body: String(template), ...(data || {}) });
    res.type('html').send(html);
  } catch (e) {
    res.status(400).json({ error: 'render failed' });
  }
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "deploy webhook: git checkout of the pushed ref via exec vs a validated ref and execFile",
    `const express = require('express');
const { exec, execFile } = require('child_process');
const { verifySignature } = require('./signature');

const app = express();
app.use(express.json());
const REF_RE = /^refs\\/heads\\/[A-Za-z0-9._\\/-]+$/;

app.post('/hooks/deploy', (req, res) => {
  if (!verifySignature(req)) return res.sendStatus(403);
  const ref = req.body.ref;
  const branch = String(ref).replace('refs/heads/', '');
V|@@  exec(\`cd /srv/app && git fetch origin && git checkout \${branch} && npm ci\`, (err, stdout, stderr) => {
S|  if (!REF_RE.test(ref) || branch.startsWith('-')) return res.status(400).send('bad ref');
S|@ok  execFile('/srv/app/bin/deploy.sh', [branch], (err, stdout, stderr) => {
    if (err) console.error(stderr);
  });
  res.status(202).json({ deploying: branch });
});

app.listen(9000);
`,
  ),
  ...ts(
    "CWE-79",
    "SSR page embedding initial state with JSON.stringify inside a script tag vs serialize-javascript",
    `import express from 'express';
import serialize from 'serialize-javascript';
import { renderToString } from 'react-dom/server';
import { createElement } from 'react';
import App from './App';

const app = express();

app.get('*', async (req, res) => {
  const state = { path: req.path, search: String(req.query.search ?? ''), user: null };
  const markup = renderToString(createElement(App, state));
V|@@  res.send(\`<!doctype html>
S|@ok  res.send(\`<!doctype html>
<html><head><title>Shop</title></head>
<body><div id="root">\${markup}</div>
V|<script>window.__INITIAL_STATE__ = \${JSON.stringify(state)};</script>
S|<script>window.__INITIAL_STATE__ = \${serialize(state, { isJSON: true })};</script>
<script src="/static/bundle.js"></script></body></html>\`);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-643",
    "user directory lookup with xpath over an XML file: name interpolated vs an allow-listed character set",
    `const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const express = require('express');

const doc = new DOMParser().parseFromString(fs.readFileSync('./users.xml', 'utf8'), 'text/xml');
const app = express();

app.get('/users/lookup', (req, res) => {
  const name = String(req.query.name || '');
S|  if (!/^[A-Za-z0-9 _-]{1,64}$/.test(name)) return res.status(400).json({ error: 'bad name' });
V|@@  const nodes = xpath.select(\`//user[name/text()='\${name}']/email/text()\`, doc);
S|@ok  const nodes = xpath.select(\`//user[name/text()='\${name}']/email/text()\`, doc);
  res.json({ emails: nodes.map((n) => n.nodeValue) });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-90",
    "ldapjs directory auth: uid filter built by string interpolation vs an EqualityFilter",
    `import ldap, { EqualityFilter } from 'ldapjs';

const client = ldap.createClient({ url: process.env.LDAP_URL ?? 'ldaps://ldap.example.com' });

export function findUserDn(username: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const opts = {
V|      filter: \`(&(objectClass=person)(uid=\${username}))\`,
S|      filter: new EqualityFilter({ attribute: 'uid', value: username }),
      scope: 'sub' as const,
      attributes: ['dn'],
    };
V|@@    client.search('ou=people,dc=example,dc=com', opts, (err, res) => {
S|@ok    client.search('ou=people,dc=example,dc=com', opts, (err, res) => {
      if (err) return reject(err);
      let dn: string | null = null;
      res.on('searchEntry', (entry) => (dn = entry.objectName ?? null));
      res.on('error', reject);
      res.on('end', () => resolve(dn));
    });
  });
}
`,
  ),
  ...js(
    "CWE-321",
    "backup encryption script with a hard-coded key vs a key from the environment",
    `const crypto = require('crypto');
const fs = require('fs');

V|const KEY = Buffer.from('3f1a9c0b7d2e4f6a8b1c3d5e7f9a0b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e0f13', 'hex');
S|const KEY = Buffer.from(process.env.BACKUP_KEY_HEX || '', 'hex');

function encryptFile(src, dest) {
  const iv = crypto.randomBytes(12);
V|@@  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
S|@ok  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const data = Buffer.concat([cipher.update(fs.readFileSync(src)), cipher.final()]);
  fs.writeFileSync(dest, Buffer.concat([iv, cipher.getAuthTag(), data]));
}

encryptFile(process.argv[2], process.argv[3]);
console.log('encrypted', process.argv[2]);
`,
  ),
  ...js(
    "CWE-732",
    "SSH key generator writing the private key world-readable vs mode 0o600",
    `const { generateKeyPairSync } = require('crypto');
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = path.join(os.homedir(), '.deploy');
fs.mkdirSync(dir, { recursive: true });

const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});

V|@@fs.writeFileSync(path.join(dir, 'id_deploy'), privateKey, { mode: 0o644 });
S|@okfs.writeFileSync(path.join(dir, 'id_deploy'), privateKey, { mode: 0o600 });
fs.writeFileSync(path.join(dir, 'id_deploy.pub'), publicKey, { mode: 0o644 });
console.log('Key pair written to', dir);
`,
  ),
  ...solo(
    "javascript",
    "CWE-922",
    "SPA auth helper keeping the JWT access token in localStorage",
    `const API = '/api';

export async function login(email, password) {
  const resp = await fetch(\`\${API}/auth/login\`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!resp.ok) throw new Error('Login failed');
  const { token } = await resp.json();
@@  localStorage.setItem('authToken', token);
  return token;
}

export function authFetch(url, options = {}) {
  const token = localStorage.getItem('authToken');
  return fetch(url, { ...options, headers: { ...(options.headers || {}), Authorization: \`Bearer \${token}\` } });
}
`,
  ),
  ...js(
    "CWE-384",
    "login keeps the pre-login session id (fixation) vs regenerating the session",
    `const express = require('express');
const session = require('express-session');
const { verifyUser } = require('./users');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: true, cookie: { httpOnly: true, secure: true } }));

app.post('/login', async (req, res, next) => {
  const user = await verifyUser(req.body.username, req.body.password);
  if (!user) return res.status(401).send('Invalid credentials');
V|@@  req.session.userId = user.id;
V|  res.redirect('/account');
S|  req.session.regenerate((err) => {
S|    if (err) return next(err);
S|@ok    req.session.userId = user.id;
S|    res.redirect('/account');
S|  });
});

app.listen(3000);
`,
  ),
];
