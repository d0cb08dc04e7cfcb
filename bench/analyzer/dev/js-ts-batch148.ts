// Dev suite "js-ts", batch 148: written blind, in rule-test shape, on Node file-system, archive, upload, temp-file
// and process handling, aimed at the spellings the earlier batches hold least of: fs-extra and graceful-fs, root
// checks done wrong (prefix without a separator, a check before decoding, normalize with no check, one-shot
// replace), fs.promises calls beyond read/write, Next.js / Deno / Bun file reads, entries of uploaded archives
// written under their own names (unzipper, yauzl, tar-stream, JSZip, adm-zip, node-tar preservePaths),
// decompression of request data with no output limit, uploads kept under the client's name or extension in a
// served folder, temporary files at predictable names and check-then-create races, permissive modes, allocation
// sized by the request, and modules, workers, working directories and links chosen by the request. Each file holds
// several small variants beside safe look-alikes. Own code.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch148", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch148", cwe, note, src, "typescript");

export const BATCH148: DevCase[] = [
  // --- (1) fs-extra and graceful-fs ---
  ...js(
    "CWE-22",
    "fs-extra copy / move / outputFile / remove / readJson / outputJson / ensureDir / pathExists with request names vs basename, a separator-checked resolve and generated names",
    `const express = require('express');
const fse = require('fs-extra');
const path = require('path');
const crypto = require('crypto');

const app = express();
app.use(express.json());
const DATA_DIR = path.join(__dirname, 'data');

app.post('/files/copy', async (req, res) => {
@@  await fse.copy(path.join(DATA_DIR, req.body.from), path.join(DATA_DIR, 'backup'));
  res.sendStatus(204);
});

app.post('/files/move', async (req, res) => {
  const { name } = req.body;
@@  await fse.move(path.join(DATA_DIR, name), path.join(DATA_DIR, 'archive.bin'), { overwrite: true });
  res.sendStatus(204);
});

app.put('/notes/:name', async (req, res) => {
@@  await fse.outputFile(DATA_DIR + '/notes/' + req.params.name, req.body.text);
  res.sendStatus(201);
});

app.delete('/cache', async (req, res) => {
@@  await fse.remove(path.resolve(DATA_DIR, req.query.entry));
  res.sendStatus(204);
});

app.get('/config/:project', async (req, res) => {
@@  const cfg = await fse.readJson(\`\${DATA_DIR}/projects/\${req.params.project}.json\`);
  res.json(cfg);
});

app.post('/config/:project', (req, res) => {
  const file = path.join(DATA_DIR, 'projects', req.params.project + '.json');
@@  fse.outputJsonSync(file, req.body, { spaces: 2 });
  res.sendStatus(204);
});

app.post('/workspace', async (req, res) => {
@@  await fse.ensureDir(path.join(DATA_DIR, 'ws', req.body.workspace));
  res.sendStatus(201);
});

app.get('/exists', async (req, res) => {
@@  const found = await fse.pathExists(path.join(DATA_DIR, String(req.query.p)));
  res.json({ found });
});

app.post('/import', (req, res) => {
  const src = req.body.source;
@@  fse.copySync(src, path.join(DATA_DIR, 'imported'));
  res.sendStatus(204);
});

app.get('/notes/:name', async (req, res) => {
@ok  const text = await fse.readFile(path.join(DATA_DIR, 'notes', path.basename(req.params.name)), 'utf8');
  res.type('text/plain').send(text);
});

app.delete('/notes/:name', async (req, res) => {
  const notes = path.join(DATA_DIR, 'notes');
  const target = path.resolve(notes, req.params.name);
  if (!target.startsWith(notes + path.sep)) return res.sendStatus(400);
@ok  await fse.remove(target);
  res.sendStatus(204);
});

app.post('/files/template', async (req, res) => {
  const templates = { basic: 'basic.json', full: 'full.json' };
  const name = templates[req.body.kind];
  if (!name) return res.sendStatus(400);
@ok  await fse.copy(path.join(__dirname, 'templates', name), path.join(DATA_DIR, 'current.json'));
  res.sendStatus(204);
});

async function rotateLogs() {
@ok  await fse.move(path.join(DATA_DIR, 'app.log'), path.join(DATA_DIR, \`app-\${Date.now()}.log\`));
}

app.post('/projects', async (req, res) => {
  const id = crypto.randomUUID();
@ok  await fse.outputJson(path.join(DATA_DIR, 'projects', id + '.json'), req.body);
  res.json({ id });
});

module.exports = { app, rotateLogs };
`,
  ),
  ...js(
    "CWE-22",
    "graceful-fs behind a plain http server: readFile / createReadStream / stat / unlink from the query or decoded path vs a resolved and separator-checked path",
    `const http = require('http');
const fs = require('graceful-fs');
const path = require('path');
const { URL } = require('url');

const ROOT = path.resolve('/srv/files');

http.createServer((req, res) => {
  const u = new URL(req.url, 'http://localhost');
  const f = u.searchParams.get('f');
  if (u.pathname === '/raw') {
@@    fs.readFile(ROOT + '/' + f, (err, data) => (err ? res.end('no') : res.end(data)));
  } else if (u.pathname.startsWith('/static/')) {
    const rel = decodeURIComponent(u.pathname.slice('/static/'.length));
@@    fs.createReadStream(path.join(ROOT, rel)).pipe(res);
  } else if (u.pathname === '/size') {
@@    fs.stat(path.join(ROOT, f), (err, st) => res.end(String(err ? -1 : st.size)));
  } else if (u.pathname === '/delete' && req.method === 'POST') {
@@    fs.unlink(path.join(ROOT, 'trash', f), () => res.end('ok'));
  } else if (u.pathname === '/safe') {
    const full = path.resolve(ROOT, f || '');
    if (!full.startsWith(ROOT + path.sep)) {
      res.statusCode = 403;
      return res.end();
    }
@ok    fs.createReadStream(full).pipe(res);
  } else if (u.pathname === '/base') {
@ok    fs.readFile(path.join(ROOT, path.basename(f || 'index.txt')), (err, data) => res.end(err ? '' : data));
  } else {
@ok    fs.createReadStream(path.join(ROOT, 'index.html')).pipe(res);
  }
}).listen(8080);
`,
  ),
  // --- (2) root checks done wrong ---
  ...ts(
    "CWE-22",
    "express + fs/promises: prefix check with no separator, includes('..') before decoding, normalize with no check, one-shot and non-recursive replace vs sep-checked resolve, path.relative and root options",
    `import express, { Request, Response } from 'express';
import * as path from 'path';
import { readFile, writeFile } from 'fs/promises';

const app = express();
app.use(express.json());
const ROOT = path.resolve('/var/app/public');

export async function prefixOnly(req: Request, res: Response) {
  const p = path.resolve(ROOT, String(req.query.file));
  if (!p.startsWith(ROOT)) {
    res.status(403).end();
    return;
  }
@@  res.send(await readFile(p));
}

export async function checkedBeforeDecode(req: Request, res: Response) {
  const raw = req.path.slice('/docs/'.length);
  if (raw.includes('..')) {
    res.sendStatus(400);
    return;
  }
@@  res.send(await readFile(path.join(ROOT, decodeURIComponent(raw))));
}

export function normalizedOnly(req: Request, res: Response) {
  const rel = path.normalize(String(req.query.file));
@@  res.sendFile(path.join(ROOT, rel));
}

export async function replaceOnce(req: Request, res: Response) {
  const name = String(req.query.name).replace('../', '');
@@  res.send(await readFile(path.join(ROOT, name), 'utf8'));
}

export async function replaceNotRepeated(req: Request, res: Response) {
  const name = String(req.body.name).replace(/\\.\\.\\//g, '');
@@  await writeFile(path.join(ROOT, 'drafts', name), String(req.body.text));
  res.sendStatus(204);
}

export function downloadJoined(req: Request, res: Response) {
@@  res.download(path.join(ROOT, 'exports', String(req.query.file)));
}

export function attachmentRead(req: Request, res: Response) {
  const file = String(req.params.file);
  res.attachment(file);
@@  res.sendFile(ROOT + '/reports/' + file);
}

export async function separatorChecked(req: Request, res: Response) {
  const p = path.resolve(ROOT, String(req.query.file));
  if (!p.startsWith(ROOT + path.sep)) {
    res.status(403).end();
    return;
  }
@ok  res.send(await readFile(p));
}

export async function relativeChecked(req: Request, res: Response) {
  const p = path.resolve(ROOT, String(req.query.file));
  const rel = path.relative(ROOT, p);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    res.sendStatus(403);
    return;
  }
@ok  res.send(await readFile(p, 'utf8'));
}

export function rootOption(req: Request, res: Response) {
@ok  res.sendFile(String(req.query.file), { root: ROOT, dotfiles: 'deny' });
}

export function downloadRoot(req: Request, res: Response) {
@ok  res.download(String(req.query.file), 'report.pdf', { root: path.join(ROOT, 'exports') });
}

export function attachmentOnly(req: Request, res: Response) {
@ok  res.attachment(String(req.query.name));
  res.send(Buffer.from('generated report'));
}

export async function decodedThenChecked(req: Request, res: Response) {
  const rel = decodeURIComponent(req.path.slice('/docs/'.length));
  const p = path.join(ROOT, rel);
  if (!p.startsWith(ROOT + path.sep)) {
    res.sendStatus(400);
    return;
  }
@ok  res.send(await readFile(p));
}

app.get('/a', prefixOnly);
app.get('/docs/*', checkedBeforeDecode);
app.get('/n', normalizedOnly);
app.get('/r', replaceOnce);
app.post('/w', replaceNotRepeated);
app.get('/d', downloadJoined);
app.get('/att/:file', attachmentRead);
app.get('/s', separatorChecked);
app.get('/rel', relativeChecked);
app.get('/root', rootOption);
app.get('/dr', downloadRoot);
app.get('/ao', attachmentOnly);
app.get('/docs2/*', decodedThenChecked);
`,
  ),
  // --- (3) fs.promises beyond read / write ---
  ...js(
    "CWE-22",
    "fs.promises rm / cp / opendir / readdir / appendFile / rename / copyFile / truncate / access / createReadStream with start, from the request vs basename and fixed names",
    `const express = require('express');
const fs = require('fs');
const fsp = require('fs').promises;
const path = require('path');

const router = express.Router();
const BASE = '/srv/workspace';

router.delete('/dir', async (req, res) => {
@@  await fsp.rm(path.join(BASE, req.query.dir), { recursive: true, force: true });
  res.sendStatus(204);
});

router.post('/clone', async (req, res) => {
@@  await fs.promises.cp(path.join(BASE, req.body.src), path.join(BASE, 'clones', String(Date.now())), { recursive: true });
  res.sendStatus(201);
});

router.get('/walk', async (req, res) => {
  const names = [];
@@  const dir = await fsp.opendir(path.join(BASE, req.query.path));
  for await (const d of dir) names.push(d.name);
  res.json(names);
});

router.get('/ls', async (req, res) => {
@@  res.json(await fs.promises.readdir(\`\${BASE}/\${req.query.folder}\`));
});

router.post('/journal', async (req, res) => {
@@  await fsp.appendFile(path.join(BASE, 'journals', req.body.journal), req.body.line + '\\n');
  res.sendStatus(204);
});

router.post('/rename', async (req, res) => {
  const { from, to } = req.body;
@@  await fsp.rename(path.join(BASE, from), path.join(BASE, 'renamed.txt'));
  res.sendStatus(204);
});

router.post('/dup', async (req, res) => {
@@  await fsp.copyFile(path.join(BASE, 'master.txt'), path.join(BASE, req.body.dest));
  res.sendStatus(204);
});

router.post('/truncate', async (req, res) => {
@@  await fsp.truncate(BASE + '/' + req.body.file, 0);
  res.sendStatus(204);
});

router.get('/access', async (req, res) => {
  try {
@@    await fsp.access(path.join(BASE, req.query.file), fs.constants.R_OK);
    res.json({ readable: true });
  } catch {
    res.json({ readable: false });
  }
});

router.get('/tail', (req, res) => {
  const start = Number(req.query.offset) || 0;
@@  fs.createReadStream(path.join(BASE, 'logs', req.query.log), { start, encoding: 'utf8' }).pipe(res);
});

router.get('/tail-safe', (req, res) => {
  const start = Number(req.query.offset) || 0;
@ok  fs.createReadStream(path.join(BASE, 'logs', 'app.log'), { start, encoding: 'utf8' }).pipe(res);
});

router.delete('/upload/:name', async (req, res) => {
@ok  await fsp.rm(path.join(BASE, 'uploads', path.basename(req.params.name)), { force: true });
  res.sendStatus(204);
});

router.get('/ls-root', async (req, res) => {
@ok  const names = await fsp.readdir(BASE);
  res.json(names.filter((n) => n.startsWith(String(req.query.prefix || ''))));
});

router.post('/journal-safe', async (req, res) => {
  const journals = ['daily.log', 'weekly.log'];
  if (!journals.includes(req.body.journal)) return res.sendStatus(400);
@ok  await fsp.appendFile(path.join(BASE, 'journals', req.body.journal), String(req.body.line) + '\\n');
  res.sendStatus(204);
});

router.post('/snapshot', async (req, res) => {
@ok  await fsp.cp(path.join(BASE, 'current'), path.join(BASE, 'snapshots', new Date().toISOString().slice(0, 10)), { recursive: true });
  res.sendStatus(201);
});

module.exports = router;
`,
  ),
  // --- (4) Next.js, koa, fastify, Deno, Bun ---
  ...ts(
    "CWE-22",
    "Next.js pages and app routes, koa-send with a root from the request, fastify streams, Deno and Bun file reads vs basename, allow lists and fixed roots",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import { NextRequest, NextResponse } from 'next/server';
import { promises as fs, createReadStream } from 'fs';
import path from 'path';
import send from 'koa-send';
import type { Context } from 'koa';
import type { FastifyInstance } from 'fastify';

const CONTENT = path.join(process.cwd(), 'content');

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const file = req.query.file as string;
@@  const body = await fs.readFile(path.join(CONTENT, file), 'utf8');
  res.status(200).json({ body });
}

export async function GET(request: NextRequest) {
  const name = request.nextUrl.searchParams.get('name') ?? 'index';
@@  const md = await fs.readFile(path.join(CONTENT, 'docs', \`\${name}.md\`), 'utf8');
  return new NextResponse(md);
}

export async function POST(request: Request) {
  const { slug, text } = await request.json();
@@  await fs.writeFile(path.join(CONTENT, 'posts', slug + '.mdx'), text);
  return NextResponse.json({ ok: true });
}

export async function koaDownload(ctx: Context) {
@@  await send(ctx, ctx.path, { root: String(ctx.query.base) });
}

export async function koaRead(ctx: Context) {
@@  ctx.body = await fs.readFile(path.join(CONTENT, String(ctx.query.page)), 'utf8');
}

export function routes(app: FastifyInstance) {
  app.get<{ Params: { file: string } }>('/media/:file', async (request, reply) => {
@@    return reply.type('application/octet-stream').send(createReadStream(path.join(CONTENT, 'media', request.params.file)));
  });
  app.get<{ Querystring: { file: string } }>('/thumbs', async (request, reply) => {
@ok    return reply.send(createReadStream(path.join(CONTENT, 'thumbs', path.basename(request.query.file))));
  });
}

export async function denoHandler(req: Request): Promise<Response> {
  const url = new URL(req.url);
@@  const text = await Deno.readTextFile(\`./data/\${url.searchParams.get('f')}\`);
  return new Response(text);
}

export async function bunHandler(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const name = url.searchParams.get('name') ?? '';
@@  return new Response(Bun.file(path.join('./public', name)));
}

export async function bunSafe(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const name = url.searchParams.get('name') ?? '';
@ok  return new Response(Bun.file(path.join('./public', path.basename(name))));
}

export async function koaSafe(ctx: Context) {
@ok  await send(ctx, ctx.path, { root: path.join(process.cwd(), 'public') });
}

const PAGES: Record<string, string> = { about: 'about.md', faq: 'faq.md' };

export async function pagesSafe(req: NextApiRequest, res: NextApiResponse) {
  const page = PAGES[String(req.query.page)];
  if (!page) return res.status(404).end();
@ok  res.send(await fs.readFile(path.join(CONTENT, page), 'utf8'));
}

export async function listSafe(req: NextApiRequest, res: NextApiResponse) {
@ok  const files = await fs.readdir(path.join(CONTENT, 'docs'));
  res.json(files.filter((f) => f.includes(String(req.query.q ?? ''))));
}

export async function denoSafe(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const id = Number(url.searchParams.get('id'));
@ok  const text = await Deno.readTextFile(\`./data/\${id}.json\`);
  return new Response(text);
}
`,
  ),
  // --- (5) zip slip ---
  ...js(
    "CWE-22",
    "uploaded archives extracted entry by entry under the entry's own name: unzipper Parse / Open, adm-zip getEntries, tar-stream, node-tar preservePaths vs basename, a separator-checked resolve and node-tar defaults",
    `const express = require('express');
const multer = require('multer');
const fs = require('fs');
const path = require('path');
const unzipper = require('unzipper');
const AdmZip = require('adm-zip');
const tarStream = require('tar-stream');
const tar = require('tar');

const upload = multer({ dest: '/tmp/incoming', limits: { fileSize: 50 * 1024 * 1024 } });
const app = express();
const DEST = '/srv/extracted';

app.post('/zip/parse', upload.single('archive'), (req, res) => {
  fs.createReadStream(req.file.path)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
@@      entry.pipe(fs.createWriteStream(path.join(DEST, entry.path)));
    })
    .on('close', () => res.sendStatus(201));
});

app.post('/zip/open', upload.single('archive'), async (req, res) => {
  const dir = await unzipper.Open.file(req.file.path);
  for (const file of dir.files) {
    if (file.type !== 'File') continue;
@@    await fs.promises.writeFile(path.join(DEST, file.path), await file.buffer());
  }
  res.sendStatus(201);
});

app.post('/zip/adm', upload.single('archive'), (req, res) => {
  const zip = new AdmZip(req.file.path);
  zip.getEntries().forEach((e) => {
    if (e.isDirectory) return;
@@    fs.writeFileSync(path.join(DEST, e.entryName), e.getData());
  });
  res.sendStatus(201);
});

app.post('/zip/adm-dirs', upload.single('archive'), (req, res) => {
  const zip = new AdmZip(req.file.path);
  for (const e of zip.getEntries()) {
    const out = DEST + '/' + e.entryName;
@@    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, e.getData());
  }
  res.sendStatus(201);
});

app.post('/tar/stream', upload.single('archive'), (req, res) => {
  const extract = tarStream.extract();
  extract.on('entry', (header, stream, next) => {
@@    stream.pipe(fs.createWriteStream(path.join(DEST, header.name)));
    stream.on('end', next);
  });
  extract.on('finish', () => res.sendStatus(201));
  fs.createReadStream(req.file.path).pipe(extract);
});

app.post('/tar/x', upload.single('archive'), async (req, res) => {
@@  await tar.x({ file: req.file.path, cwd: DEST, preservePaths: true });
  res.sendStatus(201);
});

app.post('/zip/safe', upload.single('archive'), (req, res) => {
  fs.createReadStream(req.file.path)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
      const out = path.resolve(DEST, entry.path);
      if (!out.startsWith(DEST + path.sep)) {
        entry.autodrain();
        return;
      }
@ok      entry.pipe(fs.createWriteStream(out));
    })
    .on('close', () => res.sendStatus(201));
});

app.post('/zip/flat', upload.single('archive'), (req, res) => {
  const zip = new AdmZip(req.file.path);
  zip.getEntries().forEach((e) => {
    if (e.isDirectory) return;
@ok    fs.writeFileSync(path.join(DEST, path.basename(e.entryName)), e.getData());
  });
  res.sendStatus(201);
});

app.post('/tar/default', upload.single('archive'), async (req, res) => {
@ok  await tar.x({ file: req.file.path, cwd: DEST, strip: 1 });
  res.sendStatus(201);
});

app.post('/tar/stream-safe', upload.single('archive'), (req, res) => {
  const extract = tarStream.extract();
  extract.on('entry', (header, stream, next) => {
    const out = path.join(DEST, header.name);
    if (path.relative(DEST, out).startsWith('..')) {
      stream.resume();
      return next();
    }
@ok    stream.pipe(fs.createWriteStream(out));
    stream.on('end', next);
  });
  fs.createReadStream(req.file.path).pipe(extract);
  extract.on('finish', () => res.sendStatus(201));
});
`,
  ),
  ...ts(
    "CWE-22",
    "yauzl and JSZip in TypeScript: entry names joined to the destination vs checked names",
    `import * as yauzl from 'yauzl';
import JSZip from 'jszip';
import * as fs from 'fs';
import * as path from 'path';

export function unzipAll(zipPath: string, dest: string): void {
  yauzl.open(zipPath, { lazyEntries: true }, (err, zipfile) => {
    if (err || !zipfile) throw err;
    zipfile.readEntry();
    zipfile.on('entry', (entry: yauzl.Entry) => {
      const target = path.join(dest, entry.fileName);
      if (/\\/$/.test(entry.fileName)) {
@@        fs.mkdirSync(target, { recursive: true });
        zipfile.readEntry();
        return;
      }
      zipfile.openReadStream(entry, (e, rs) => {
        if (e || !rs) throw e;
@@        rs.pipe(fs.createWriteStream(target));
        rs.on('end', () => zipfile.readEntry());
      });
    });
  });
}

export async function unpackJsZip(data: Buffer, dest: string): Promise<void> {
  const zip = await JSZip.loadAsync(data);
  const jobs: Promise<void>[] = [];
  zip.forEach((relativePath, file) => {
    if (file.dir) return;
    jobs.push(
      file.async('nodebuffer').then((buf) => {
@@        fs.writeFileSync(path.join(dest, relativePath), buf);
      }),
    );
  });
  await Promise.all(jobs);
}

export async function unpackJsZipNamed(data: Buffer, dest: string): Promise<void> {
  const zip = await JSZip.loadAsync(data);
  for (const name of Object.keys(zip.files)) {
    const file = zip.files[name];
    if (file.dir) continue;
@@    await fs.promises.writeFile(\`\${dest}/\${file.name}\`, await file.async('uint8array'));
  }
}

export function unzipChecked(zipPath: string, dest: string): void {
  const root = path.resolve(dest);
  yauzl.open(zipPath, { lazyEntries: true }, (err, zipfile) => {
    if (err || !zipfile) throw err;
    zipfile.readEntry();
    zipfile.on('entry', (entry: yauzl.Entry) => {
      const target = path.resolve(root, entry.fileName);
      if (!target.startsWith(root + path.sep) || /\\/$/.test(entry.fileName)) {
        zipfile.readEntry();
        return;
      }
      zipfile.openReadStream(entry, (e, rs) => {
        if (e || !rs) throw e;
@ok        rs.pipe(fs.createWriteStream(target));
        rs.on('end', () => zipfile.readEntry());
      });
    });
  });
}

export async function unpackJsZipFlat(data: Buffer, dest: string): Promise<void> {
  const zip = await JSZip.loadAsync(data);
  let n = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    n += 1;
@ok    fs.writeFileSync(path.join(dest, \`part-\${n}.bin\`), await file.async('nodebuffer'));
  }
}
`,
  ),
  // --- (6) decompression without an output limit ---
  ...js(
    "CWE-409",
    "zlib sync / promisified / stream decompression of request bodies and uploaded archives read whole, vs maxOutputLength, checked entry sizes and local files",
    `const express = require('express');
const zlib = require('zlib');
const util = require('util');
const fs = require('fs');
const AdmZip = require('adm-zip');
const multer = require('multer');

const app = express();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 10 * 1024 * 1024 } });
const gunzip = util.promisify(zlib.gunzip);
const MAX_OUT = 20 * 1024 * 1024;

app.post('/ingest', express.raw({ type: 'application/gzip', limit: '5mb' }), (req, res) => {
@@  const json = JSON.parse(zlib.gunzipSync(req.body).toString('utf8'));
  res.json({ n: json.length });
});

app.post('/ingest/deflate', express.raw({ type: '*/*', limit: '5mb' }), (req, res) => {
@@  const text = zlib.inflateSync(req.body).toString();
  res.send(String(text.length));
});

app.post('/ingest/br', express.raw({ type: '*/*', limit: '5mb' }), (req, res) => {
@@  const out = zlib.brotliDecompressSync(req.body);
  res.send(String(out.length));
});

app.post('/ingest/async', express.raw({ type: '*/*', limit: '5mb' }), async (req, res) => {
@@  const out = await gunzip(req.body);
  res.send(String(out.length));
});

app.post('/ingest/stream', (req, res) => {
@@  req.pipe(zlib.createGunzip()).pipe(fs.createWriteStream('/srv/data/latest.ndjson'));
  req.on('end', () => res.sendStatus(202));
});

app.post('/ingest/cb', express.raw({ type: '*/*', limit: '5mb' }), (req, res) => {
@@  zlib.unzip(req.body, (err, buf) => (err ? res.sendStatus(400) : res.send(String(buf.length))));
});

app.post('/zip/read', upload.single('archive'), (req, res) => {
  const zip = new AdmZip(req.file.buffer);
  let total = 0;
  for (const e of zip.getEntries()) {
@@    total += e.getData().length;
  }
  res.json({ total });
});

app.post('/zip/extract', upload.single('archive'), (req, res) => {
  const zip = new AdmZip(req.file.buffer);
@@  zip.extractAllTo('/srv/unpacked', true);
  res.sendStatus(201);
});

app.post('/ingest/limited', express.raw({ type: '*/*', limit: '5mb' }), (req, res) => {
@ok  const out = zlib.gunzipSync(req.body, { maxOutputLength: MAX_OUT });
  res.send(String(out.length));
});

app.post('/ingest/limited-br', express.raw({ type: '*/*', limit: '5mb' }), (req, res) => {
@ok  const out = zlib.brotliDecompressSync(req.body, { maxOutputLength: 1 << 24 });
  res.send(String(out.length));
});

app.post('/zip/checked', upload.single('archive'), (req, res) => {
  const zip = new AdmZip(req.file.buffer);
  const entries = zip.getEntries();
  const declared = entries.reduce((s, e) => s + e.header.size, 0);
  if (entries.length > 1000 || declared > MAX_OUT) return res.sendStatus(413);
  let total = 0;
  for (const e of entries) {
@ok    total += e.getData().length;
  }
  res.json({ total });
});

function loadBundledDictionary() {
@ok  return zlib.gunzipSync(fs.readFileSync(__dirname + '/dict.json.gz'));
}

app.post('/compress', express.raw({ type: '*/*', limit: '5mb' }), (req, res) => {
@ok  res.send(zlib.gzipSync(req.body));
});

module.exports = { app, loadBundledDictionary };
`,
  ),
  // --- (7) uploads ---
  ...js(
    "CWE-434",
    "multer disk storage in a served folder under the original name or extension, client mimetype or substring checks vs generated names with an extension allow list, and storage outside the web root",
    `const express = require('express');
const multer = require('multer');
const path = require('path');
const crypto = require('crypto');

const app = express();
const PUBLIC_UPLOADS = path.join(__dirname, 'public', 'uploads');
app.use(express.static(path.join(__dirname, 'public')));

const byName = multer.diskStorage({
  destination: (req, file, cb) => cb(null, PUBLIC_UPLOADS),
@@  filename: (req, file, cb) => cb(null, file.originalname),
});
app.post('/upload/a', multer({ storage: byName }).single('file'), (req, res) => res.json({ url: '/uploads/' + req.file.filename }));

const byExt = multer.diskStorage({
  destination: 'public/uploads',
  filename: function (req, file, cb) {
@@    cb(null, Date.now() + path.extname(file.originalname));
  },
});
app.post('/upload/b', multer({ storage: byExt }).single('file'), (req, res) => res.json({ url: '/uploads/' + req.file.filename }));

const mimeOnly = multer({
  storage: multer.diskStorage({
    destination: PUBLIC_UPLOADS,
@@    filename: (req, file, cb) => cb(null, \`\${crypto.randomUUID()}-\${file.originalname}\`),
  }),
  fileFilter: (req, file, cb) => cb(null, file.mimetype.startsWith('image/')),
});
app.post('/upload/c', mimeOnly.single('avatar'), (req, res) => res.sendStatus(201));

const substring = multer({
  storage: multer.diskStorage({
    destination: PUBLIC_UPLOADS,
@@    filename: (req, file, cb) => cb(null, file.originalname),
  }),
  fileFilter: (req, file, cb) => cb(null, file.originalname.includes('.png') || file.originalname.includes('.jpg')),
});
app.post('/upload/d', substring.single('photo'), (req, res) => res.sendStatus(201));

const ALLOWED = { '.png': 'image/png', '.jpg': 'image/jpeg', '.gif': 'image/gif' };
const generated = multer({
  storage: multer.diskStorage({
    destination: PUBLIC_UPLOADS,
@ok    filename: (req, file, cb) => cb(null, crypto.randomBytes(16).toString('hex') + path.extname(file.originalname).toLowerCase()),
  }),
  fileFilter: (req, file, cb) => cb(null, Object.prototype.hasOwnProperty.call(ALLOWED, path.extname(file.originalname).toLowerCase())),
  limits: { fileSize: 2 * 1024 * 1024 },
});
app.post('/upload/e', generated.single('photo'), (req, res) => res.sendStatus(201));

const privateStore = multer({
  storage: multer.diskStorage({
    destination: '/var/lib/app/uploads',
@ok    filename: (req, file, cb) => cb(null, crypto.randomUUID()),
  }),
  limits: { fileSize: 10 * 1024 * 1024 },
});
app.post('/upload/f', privateStore.single('doc'), (req, res) => res.json({ id: req.file.filename }));

const fixedExt = multer.diskStorage({
  destination: PUBLIC_UPLOADS,
@ok  filename: (req, file, cb) => cb(null, \`\${Date.now()}.png\`),
});
app.post('/upload/g', multer({ storage: fixedExt, fileFilter: (req, file, cb) => cb(null, file.mimetype === 'image/png') }).single('img'), (req, res) => res.sendStatus(201));
`,
  ),
  ...ts(
    "CWE-434",
    "formidable keepExtensions into a served folder and express-fileupload mv under the client's name vs generated names, allow lists and private folders",
    `import express, { Request, Response } from 'express';
import formidable from 'formidable';
import fileUpload, { UploadedFile } from 'express-fileupload';
import path from 'path';
import { randomUUID } from 'crypto';

const app = express();
const PUBLIC_DIR = path.join(__dirname, 'public');
app.use(express.static(PUBLIC_DIR));
app.use(fileUpload({ limits: { fileSize: 5 * 1024 * 1024 } }));

export function formidableKeep(req: Request, res: Response) {
@@  const form = formidable({ uploadDir: path.join(PUBLIC_DIR, 'files'), keepExtensions: true });
  form.parse(req, (err, fields, files) => res.json({ files }));
}

export function formidableName(req: Request, res: Response) {
  const form = formidable({
    uploadDir: path.join(PUBLIC_DIR, 'files'),
@@    filename: (name, ext, part) => part.originalFilename ?? name + ext,
  });
  form.parse(req, () => res.sendStatus(201));
}

export async function fileUploadMv(req: Request, res: Response) {
  const avatar = req.files?.avatar as UploadedFile;
@@  await avatar.mv(__dirname + '/public/avatars/' + avatar.name);
  res.sendStatus(201);
}

export async function fileUploadExt(req: Request, res: Response) {
  const doc = req.files?.doc as UploadedFile;
  const ext = path.extname(doc.name);
@@  await doc.mv(path.join(PUBLIC_DIR, 'docs', randomUUID() + ext));
  res.sendStatus(201);
}

export function formidablePrivate(req: Request, res: Response) {
@ok  const form = formidable({ uploadDir: '/var/lib/app/incoming', keepExtensions: false, maxFileSize: 5 * 1024 * 1024 });
  form.parse(req, () => res.sendStatus(201));
}

const IMAGE_EXT = new Set(['.png', '.jpg', '.jpeg', '.webp']);

export async function fileUploadChecked(req: Request, res: Response) {
  const avatar = req.files?.avatar as UploadedFile;
  const ext = path.extname(avatar.name).toLowerCase();
  if (!IMAGE_EXT.has(ext)) {
    res.sendStatus(415);
    return;
  }
@ok  await avatar.mv(path.join(PUBLIC_DIR, 'avatars', randomUUID() + ext));
  res.sendStatus(201);
}

export async function fileUploadFixed(req: Request, res: Response) {
  const avatar = req.files?.avatar as UploadedFile;
@ok  await avatar.mv(path.join(PUBLIC_DIR, 'avatars', \`\${randomUUID()}.png\`));
  res.sendStatus(201);
}

app.post('/f1', formidableKeep);
app.post('/f2', formidableName);
app.post('/u1', fileUploadMv);
app.post('/u2', fileUploadExt);
app.post('/f3', formidablePrivate);
app.post('/u3', fileUploadChecked);
app.post('/u4', fileUploadFixed);
`,
  ),
  ...js(
    "CWE-22",
    "busboy and multer file names joined into write paths vs basename and generated names",
    `const http = require('http');
const fs = require('fs');
const path = require('path');
const busboy = require('busboy');
const crypto = require('crypto');
const multer = require('multer');

const STORE = '/var/lib/app/store';

http.createServer((req, res) => {
  if (req.url === '/bb' && req.method === 'POST') {
    const bb = busboy({ headers: req.headers, limits: { fileSize: 1e7 } });
    bb.on('file', (name, file, info) => {
@@      file.pipe(fs.createWriteStream(path.join(STORE, info.filename)));
    });
    bb.on('close', () => res.end('ok'));
    req.pipe(bb);
  } else if (req.url === '/bb-old' && req.method === 'POST') {
    const bb = busboy({ headers: req.headers, limits: { fileSize: 1e7 } });
    bb.on('file', (field, file, filename) => {
@@      const out = fs.createWriteStream(STORE + '/' + filename);
      file.pipe(out);
    });
    bb.on('finish', () => res.end('ok'));
    req.pipe(bb);
  } else if (req.url === '/bb-safe' && req.method === 'POST') {
    const bb = busboy({ headers: req.headers, limits: { fileSize: 1e7 } });
    bb.on('file', (name, file, info) => {
@ok      file.pipe(fs.createWriteStream(path.join(STORE, path.basename(info.filename))));
    });
    bb.on('close', () => res.end('ok'));
    req.pipe(bb);
  } else if (req.url === '/bb-id' && req.method === 'POST') {
    const bb = busboy({ headers: req.headers, limits: { fileSize: 1e7 } });
    bb.on('file', (name, file) => {
@ok      file.pipe(fs.createWriteStream(path.join(STORE, crypto.randomUUID())));
    });
    bb.on('close', () => res.end('ok'));
    req.pipe(bb);
  }
}).listen(3000);

const memory = multer({ storage: multer.memoryStorage(), limits: { fileSize: 1e7 } });
function saveUpload(req, res) {
@@  fs.writeFileSync(path.join(STORE, req.file.originalname), req.file.buffer);
  res.sendStatus(201);
}
function saveUploadSafe(req, res) {
@ok  fs.writeFileSync(path.join(STORE, crypto.randomUUID() + '.bin'), req.file.buffer);
  res.sendStatus(201);
}
function saveAll(req, res) {
  for (const f of req.files) {
@@    fs.writeFileSync(\`\${STORE}/\${f.originalname}\`, f.buffer);
  }
  res.sendStatus(201);
}
module.exports = { memory, saveUpload, saveUploadSafe, saveAll };
`,
  ),
  // --- (8) temporary files ---
  ...js(
    "CWE-377",
    "files at fixed or predictable names in os.tmpdir() or /tmp vs mkdtemp, tmp / tempy and exclusive random names",
    `const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const tmp = require('tmp');
const { execFileSync } = require('child_process');

function renderPdf(html) {
  const file = path.join(os.tmpdir(), 'report.html');
@@  fs.writeFileSync(file, html);
  return execFileSync('wkhtmltopdf', [file, '-']);
}

function stageUpload(buf) {
  const p = os.tmpdir() + '/upload-' + Date.now();
@@  fs.writeFileSync(p, buf);
  return p;
}

function dumpState(state) {
@@  fs.writeFileSync(\`/tmp/\${process.pid}.json\`, JSON.stringify(state));
}

function openLock() {
@@  return fs.createWriteStream(path.join(os.tmpdir(), 'myapp.lock'));
}

function cacheDb() {
@@  return fs.openSync('/tmp/cache.db', 'w');
}

async function writeScratch(data) {
@@  await fs.promises.writeFile(path.join(os.tmpdir(), \`scratch-\${Math.floor(Math.random() * 1000)}.txt\`), data);
}

function appendTrace(line) {
@@  fs.appendFileSync('/tmp/trace.log', line + '\\n');
}

function renderPdfSafe(html) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
@ok  fs.writeFileSync(path.join(dir, 'report.html'), html);
  return dir;
}

function stageUploadSafe(buf) {
  const f = tmp.fileSync({ postfix: '.bin' });
@ok  fs.writeSync(f.fd, buf);
  return f.name;
}

function exclusive(data) {
  const p = path.join(os.tmpdir(), crypto.randomBytes(16).toString('hex'));
@ok  const fd = fs.openSync(p, 'wx', 0o600);
  fs.writeSync(fd, data);
  return p;
}

async function withTempy(data) {
  const { temporaryWrite } = await import('tempy');
@ok  return temporaryWrite(data, { extension: 'json' });
}

function listTemp() {
@ok  return fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('myapp-'));
}

function readConfig() {
@ok  return fs.readFileSync(path.join(__dirname, 'config.json'), 'utf8');
}

module.exports = { renderPdf, stageUpload, dumpState, openLock, cacheDb, writeScratch, appendTrace, renderPdfSafe, stageUploadSafe, exclusive, withTempy, listTemp, readConfig };
`,
  ),
  ...ts(
    "CWE-367",
    "check-then-create and check-then-read races on shared paths (existsSync / access / stat before the call) vs exclusive-create flags and acting first",
    `import * as fs from 'fs';
import * as path from 'path';

const SHARED = '/var/spool/app';

export function claimLock(name: string): boolean {
  const lock = path.join(SHARED, name + '.lock');
  if (fs.existsSync(lock)) return false;
@@  fs.writeFileSync(lock, String(process.pid));
  return true;
}

export async function createOnce(file: string, body: string): Promise<void> {
  try {
    await fs.promises.access(file);
    return;
  } catch {
@@    await fs.promises.writeFile(file, body);
  }
}

export function readIfRegular(p: string): string | null {
  const st = fs.statSync(p);
  if (!st.isFile()) return null;
@@  return fs.readFileSync(p, 'utf8');
}

export function removeIfOwned(p: string): void {
  if (fs.statSync(p).uid === process.getuid?.()) {
@@    fs.unlinkSync(p);
  }
}

export function claimLockSafe(name: string): boolean {
  const lock = path.join(SHARED, name + '.lock');
  try {
@ok    fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}

export function createOnceSafe(file: string, body: string): void {
@ok  const fd = fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600);
  fs.writeSync(fd, body);
  fs.closeSync(fd);
}

export function readRegularSafe(p: string): string | null {
  const fd = fs.openSync(p, 'r');
  if (!fs.fstatSync(fd).isFile()) return null;
@ok  return fs.readFileSync(fd, 'utf8');
}
`,
  ),
  // --- (9) permissions ---
  ...js(
    "CWE-732",
    "world-writable or world-readable modes on directories, secrets, sockets and descriptors, process.umask(0) vs owner-only modes, 0o755 code folders and 0o644 public pages",
    `const fs = require('fs');
const fse = require('fs-extra');
const path = require('path');
const net = require('net');

const CONF = '/etc/myapp';

function prepareDirs() {
@@  fs.mkdirSync(path.join(CONF, 'keys'), { recursive: true, mode: 0o777 });
}

function saveKey(privateKey) {
@@  fs.writeFileSync(path.join(CONF, 'keys', 'server.key'), privateKey, { mode: 0o666 });
}

function openSocket() {
  const sock = '/run/myapp.sock';
  const server = net.createServer().listen(sock, () => {
@@    fs.chmodSync(sock, 0o777);
  });
  return server;
}

async function saveConfig(cfg) {
  const p = path.join(CONF, 'config.json');
  await fs.promises.writeFile(p, JSON.stringify(cfg));
@@  await fs.promises.chmod(p, '777');
}

function daemonize() {
@@  process.umask(0);
}

function saveToken(token) {
@@  fs.writeFileSync(path.join(CONF, 'api-token'), token, { mode: 0o644 });
}

function shareCache(dir) {
@@  fs.mkdir(dir, 0o777, () => {});
}

async function writeCredentials(creds) {
@@  await fse.outputFile(path.join(CONF, 'credentials.json'), JSON.stringify(creds), { mode: 0o666 });
}

function reopen(fd) {
@@  fs.fchmodSync(fd, 0o666);
}

function dropPrivate(p) {
@@  fs.chmodSync(p, 0o776);
}

function prepareDirsSafe() {
@ok  fs.mkdirSync(path.join(CONF, 'keys'), { recursive: true, mode: 0o700 });
}

function saveKeySafe(privateKey) {
@ok  fs.writeFileSync(path.join(CONF, 'keys', 'server.key'), privateKey, { mode: 0o600 });
}

function publishPage(html) {
@ok  fs.writeFileSync('/var/www/html/index.html', html, { mode: 0o644 });
}

function installBin(p) {
@ok  fs.chmodSync(p, 0o755);
}

function tightUmask() {
@ok  process.umask(0o077);
}

function lockDown(p) {
@ok  fs.chmodSync(p, 0o400);
}

module.exports = { prepareDirs, saveKey, openSocket, saveConfig, daemonize, saveToken, shareCache, writeCredentials, reopen, dropPrivate, prepareDirsSafe, saveKeySafe, publishPage, installBin, tightUmask, lockDown };
`,
  ),
  ...ts(
    "CWE-732",
    "TypeScript: fs/promises mkdir / writeFile / chmod with permissive modes vs owner-only modes and open with the default 0o666",
    `import { mkdir, writeFile, open, chmod } from 'fs/promises';
import { constants } from 'fs';
import * as path from 'path';

const STATE = '/var/lib/agent';

export async function initState(): Promise<void> {
@@  await mkdir(path.join(STATE, 'secrets'), { recursive: true, mode: 0o777 });
}

export async function storeSecret(name: string, value: string): Promise<void> {
@@  await writeFile(path.join(STATE, 'secrets', name), value, { mode: 0o666, flag: 'w' });
}

export async function openJournal(): Promise<number> {
@ok  const fh = await open(path.join(STATE, 'journal.log'), 'a', 0o666);
  return fh.fd;
}

export async function fixPerms(p: string): Promise<void> {
@@  await chmod(p, constants.S_IRWXU | constants.S_IRWXG | constants.S_IRWXO);
}

export async function initStateSafe(): Promise<void> {
@ok  await mkdir(path.join(STATE, 'secrets'), { recursive: true, mode: 0o700 });
}

export async function storeSecretSafe(name: string, value: string): Promise<void> {
@ok  await writeFile(path.join(STATE, 'secrets', name), value, { mode: 0o600 });
}

export async function fixPermsSafe(p: string): Promise<void> {
@ok  await chmod(p, constants.S_IRUSR | constants.S_IWUSR);
}
`,
  ),
  // --- (10) allocation sized by the request ---
  ...js(
    "CWE-770",
    "body parsers with huge or unbounded limits, multer / busboy / formidable with no size limit, Buffer / Array / repeat sized by the request vs clamped and checked sizes",
    `const express = require('express');
const bodyParser = require('body-parser');
const multer = require('multer');
const busboy = require('busboy');
const formidable = require('formidable');

const app = express();
@@app.use(express.json({ limit: '1gb' }));
@@app.use(bodyParser.urlencoded({ extended: true, limit: '500mb', parameterLimit: 1000000 }));
@@app.use('/blobs', express.raw({ type: '*/*', limit: Infinity }));
@ok app.use('/api', express.json({ limit: '100kb' }));
@ok app.use('/forms', bodyParser.urlencoded({ extended: false, limit: '50kb' }));

@@const upload = multer({ dest: 'uploads/' });
@ok const bounded = multer({ dest: 'uploads/', limits: { fileSize: 5 * 1024 * 1024, files: 3 } });

app.post('/u', upload.single('f'), (req, res) => res.sendStatus(201));
app.post('/ub', bounded.single('f'), (req, res) => res.sendStatus(201));

app.post('/bb', (req, res) => {
@@  const bb = busboy({ headers: req.headers });
  bb.on('file', (name, file) => file.resume());
  bb.on('close', () => res.end());
  req.pipe(bb);
});

app.post('/form', (req, res) => {
@@  const form = formidable({ maxFileSize: Infinity, maxTotalFileSize: Infinity });
  form.parse(req, () => res.sendStatus(201));
});

app.get('/buf', (req, res) => {
@@  const buf = Buffer.alloc(Number(req.query.size));
  res.send(buf);
});

app.get('/grid', (req, res) => {
  const n = parseInt(req.query.n, 10);
@@  const grid = new Array(n).fill(0);
  res.json(grid);
});

app.get('/series', (req, res) => {
@@  const series = Array.from({ length: req.query.count }, (_, i) => i * 2);
  res.json(series);
});

app.get('/pad', (req, res) => {
@@  res.send('-'.repeat(Number(req.query.width)));
});

app.get('/buf-safe', (req, res) => {
  const size = Math.min(Number(req.query.size) || 0, 64 * 1024);
@ok  res.send(Buffer.alloc(size));
});

app.get('/grid-safe', (req, res) => {
  const n = parseInt(req.query.n, 10);
  if (!Number.isInteger(n) || n < 0 || n > 1000) return res.sendStatus(400);
@ok  res.json(new Array(n).fill(0));
});

app.get('/pad-safe', (req, res) => {
@ok  res.send('-'.repeat(Math.min(80, Number(req.query.width) || 0)));
});

app.post('/bb-safe', (req, res) => {
@ok  const bb = busboy({ headers: req.headers, limits: { fileSize: 1024 * 1024, files: 1 } });
  bb.on('file', (name, file) => file.resume());
  bb.on('close', () => res.end());
  req.pipe(bb);
});

app.post('/form-safe', (req, res) => {
@ok  const form = formidable({ maxFileSize: 10 * 1024 * 1024 });
  form.parse(req, () => res.sendStatus(201));
});
`,
  ),
  // --- (11) modules, workers and forks chosen by the request ---
  ...ts(
    "CWE-94",
    "require / import / fork / Worker of a path or code from the request vs allow-listed modules, fixed workers given request data",
    `import express, { Request, Response } from 'express';
import { fork } from 'child_process';
import { Worker } from 'worker_threads';
import * as path from 'path';

const app = express();
app.use(express.json());
const PLUGINS = path.join(__dirname, 'plugins');

export function loadPlugin(req: Request, res: Response) {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
@@  const plugin = require(path.join(PLUGINS, req.params.name));
  res.json(plugin.describe());
}

export async function loadHandler(req: Request, res: Response) {
@@  const mod = await import(\`./handlers/\${req.query.type}.js\`);
  res.json(await mod.default(req.body));
}

export function runScript(req: Request, res: Response) {
@@  const child = fork(req.body.script, [], { silent: true });
  child.on('exit', (code) => res.json({ code }));
}

export function runJob(req: Request, res: Response) {
@@  const child = fork(path.join(__dirname, 'jobs', String(req.query.job)));
  child.on('exit', (code) => res.json({ code }));
}

export function startWorker(req: Request, res: Response) {
@@  const w = new Worker(req.body.file);
  w.on('message', (m) => res.json(m));
}

export function evalWorker(req: Request, res: Response) {
@@  const w = new Worker(req.body.code, { eval: true });
  w.on('message', (m) => res.json(m));
}

const JOBS: Record<string, string> = { resize: 'resize.js', thumbnail: 'thumb.js' };

export function runJobSafe(req: Request, res: Response) {
  const job = JOBS[String(req.query.job)];
  if (!job || !Object.prototype.hasOwnProperty.call(JOBS, String(req.query.job))) return res.sendStatus(400);
@ok  const child = fork(path.join(__dirname, 'jobs', job));
  child.on('exit', (code) => res.json({ code }));
}

export function runFixed(req: Request, res: Response) {
@ok  const child = fork(path.join(__dirname, 'jobs', 'resize.js'), [String(req.query.file)]);
  child.on('exit', (code) => res.json({ code }));
}

export function workerWithData(req: Request, res: Response) {
@ok  const w = new Worker(path.join(__dirname, 'worker.js'), { workerData: req.body });
  w.on('message', (m) => res.json(m));
}

export async function loadKnown(req: Request, res: Response) {
  const known = ['csv', 'json', 'xml'];
  const type = String(req.query.type);
  if (!known.includes(type)) return res.sendStatus(400);
@ok  const mod = await import(\`./handlers/\${type}.js\`);
  res.json(await mod.default(req.body));
}

app.get('/plugins/:name', loadPlugin);
app.post('/handle', loadHandler);
app.post('/run', runScript);
app.get('/job', runJob);
app.post('/worker', startWorker);
app.post('/eval', evalWorker);
app.get('/job-safe', runJobSafe);
app.get('/fixed', runFixed);
app.post('/wd', workerWithData);
app.post('/known', loadKnown);
`,
  ),
  // --- (12) working directories and links chosen by the request ---
  ...js(
    "CWE-22",
    "process.chdir, child-process cwd, symlink / link targets and readlink from the request vs basename and fixed folders",
    `const express = require('express');
const fs = require('fs');
const path = require('path');
const { execFile, spawn } = require('child_process');
const crypto = require('crypto');

const app = express();
app.use(express.json());
const REPOS = '/srv/repos';
const LINKS = '/srv/public/links';
const SHARE = '/srv/share';

app.post('/cd', (req, res) => {
@@  process.chdir(req.body.dir);
  res.sendStatus(204);
});

app.get('/log/:repo', (req, res) => {
@@  execFile('git', ['log', '--oneline', '-n', '20'], { cwd: path.join(REPOS, req.params.repo) }, (err, out) => res.send(out));
});

app.post('/build', (req, res) => {
@@  const p = spawn('make', ['all'], { cwd: REPOS + '/' + req.body.project });
  p.on('exit', (code) => res.json({ code }));
});

app.post('/share', (req, res) => {
  const id = crypto.randomUUID();
@@  fs.symlinkSync(req.body.target, path.join(LINKS, id));
  res.json({ url: '/links/' + id });
});

app.post('/share-file', async (req, res) => {
  const id = crypto.randomUUID();
@@  await fs.promises.symlink(path.resolve(SHARE, req.body.file), path.join(LINKS, id));
  res.json({ url: '/links/' + id });
});

app.post('/hardlink', (req, res) => {
@@  fs.linkSync(path.join(SHARE, req.query.file), path.join(LINKS, crypto.randomUUID()));
  res.sendStatus(201);
});

app.get('/where', (req, res) => {
@@  res.send(fs.readlinkSync(path.join(LINKS, req.query.link)));
});

app.get('/log-safe/:repo', (req, res) => {
@ok  execFile('git', ['log', '--oneline'], { cwd: path.join(REPOS, path.basename(req.params.repo)) }, (err, out) => res.send(out));
});

app.post('/share-safe', (req, res) => {
  const id = crypto.randomUUID();
@ok  fs.symlinkSync(path.join(SHARE, path.basename(req.body.file)), path.join(LINKS, id));
  res.json({ url: '/links/' + id });
});

app.post('/cd-safe', (req, res) => {
@ok  process.chdir(path.join(__dirname, 'work'));
  res.json({ dir: req.body.dir });
});

app.post('/build-safe', (req, res) => {
@ok  const p = spawn('make', [String(req.body.target === 'test' ? 'test' : 'all')], { cwd: REPOS + '/main' });
  p.on('exit', (code) => res.json({ code }));
});
`,
  ),
  // --- (13) more spellings, TypeScript services and other frameworks ---
  ...ts(
    "CWE-22",
    "TypeScript service classes: fs-extra / graceful-fs / fs.promises with names from controller arguments (NestJS params, hapi params, koa query) vs basename and sep-checked paths",
    `import { Controller, Get, Post, Delete, Param, Query, Body } from '@nestjs/common';
import * as fse from 'fs-extra';
import * as gfs from 'graceful-fs';
import { promises as fsp } from 'fs';
import * as path from 'path';
import type { Request as HapiRequest, ResponseToolkit } from '@hapi/hapi';
import type { Context } from 'koa';

const STORE = path.resolve('/srv/store');

@Controller('docs')
export class DocsController {
  @Get(':name')
  async read(@Param('name') name: string) {
@@    return fse.readFile(path.join(STORE, name), 'utf8');
  }

  @Post('copy')
  async copy(@Body() body: { from: string; to: string }) {
@@    await fse.copy(path.join(STORE, body.from), path.join(STORE, 'copies', 'latest'));
  }

  @Delete()
  async remove(@Query('path') p: string) {
@@    await fse.remove(STORE + '/' + p);
  }

  @Get('stat/:name')
  stat(@Param('name') name: string) {
@@    return gfs.statSync(path.join(STORE, name)).size;
  }

  @Post('write')
  async write(@Body('file') file: string, @Body('text') text: string) {
@@    await fsp.writeFile(path.join(STORE, 'inbox', file), text);
  }

  @Get('safe/:name')
  async readSafe(@Param('name') name: string) {
@ok    return fse.readFile(path.join(STORE, path.basename(name)), 'utf8');
  }

  @Delete('safe')
  async removeSafe(@Query('path') p: string) {
    const full = path.resolve(STORE, p);
    if (!full.startsWith(STORE + path.sep)) throw new Error('bad path');
@ok    await fse.remove(full);
  }
}

export async function hapiFile(request: HapiRequest, h: ResponseToolkit) {
@@  const data = await fsp.readFile(path.join(STORE, request.params.file));
  return h.response(data);
}

export async function hapiMove(request: HapiRequest, h: ResponseToolkit) {
  const { from } = request.payload as { from: string };
@@  await fse.move(path.join(STORE, from), path.join(STORE, 'done', path.basename(from)));
  return h.response().code(204);
}

export async function koaOutput(ctx: Context) {
@@  await fse.outputFile(path.join(STORE, 'k', String(ctx.query.name)), JSON.stringify(ctx.request.body));
  ctx.status = 204;
}

export async function koaOutputSafe(ctx: Context) {
@ok  await fse.outputFile(path.join(STORE, 'k', \`\${Date.now()}.json\`), JSON.stringify(ctx.request.body));
  ctx.status = 204;
}

export async function hapiFileSafe(request: HapiRequest, h: ResponseToolkit) {
  const allowed = new Set(['a.pdf', 'b.pdf']);
  if (!allowed.has(request.params.file)) return h.response().code(404);
@ok  return h.response(await fsp.readFile(path.join(STORE, request.params.file)));
}
`,
  ),
  ...ts(
    "CWE-377",
    "TypeScript: fixed names under os.tmpdir() for caches, sockets and downloads vs mkdtemp and random names",
    `import { writeFileSync, createWriteStream, promises as fsp, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { randomBytes } from 'crypto';

export function cacheToken(token: string): void {
@@  writeFileSync(join(tmpdir(), 'session-cache.json'), JSON.stringify({ token }));
}

export function downloadTo(stream: NodeJS.ReadableStream): string {
  const dest = \`\${tmpdir()}/download.zip\`;
@@  stream.pipe(createWriteStream(dest));
  return dest;
}

export async function writeSocketInfo(port: number): Promise<void> {
@@  await fsp.writeFile('/tmp/agent-port', String(port));
}

export async function stash(id: number, data: string): Promise<string> {
  const p = join(tmpdir(), 'stash-' + id);
@@  await fsp.writeFile(p, data);
  return p;
}

export function cacheTokenSafe(token: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'sess-'));
@ok  writeFileSync(join(dir, 'cache.json'), JSON.stringify({ token }), { mode: 0o600 });
}

export async function stashSafe(data: string): Promise<string> {
  const dir = await fsp.mkdtemp(join(tmpdir(), 'stash-'));
  const p = join(dir, randomBytes(8).toString('hex'));
@ok  await fsp.writeFile(p, data, { flag: 'wx' });
  return p;
}

export async function readTempListing(): Promise<string[]> {
@ok  return fsp.readdir(tmpdir());
}
`,
  ),
  ...js(
    "CWE-409",
    "stream pipelines and archive entries read whole from uploads with no byte cap vs a counting transform and size checks",
    `const express = require('express');
const zlib = require('zlib');
const { pipeline, Transform } = require('stream');
const fs = require('fs');
const unzipper = require('unzipper');
const JSZip = require('jszip');

const app = express();
const MAX = 50 * 1024 * 1024;

app.post('/logs', (req, res) => {
@@  pipeline(req, zlib.createInflate(), fs.createWriteStream('/srv/logs/in.log'), (err) => res.sendStatus(err ? 400 : 202));
});

app.post('/logs/br', (req, res) => {
@@  req.pipe(zlib.createBrotliDecompress()).pipe(fs.createWriteStream('/srv/logs/in-br.log'));
  res.sendStatus(202);
});

app.post('/zip/entries', async (req, res) => {
  const names = [];
  const zip = req.pipe(unzipper.Parse({ forceStream: true }));
  for await (const entry of zip) {
@@    const content = await entry.buffer();
    names.push([entry.path, content.length]);
  }
  res.json(names);
});

app.post('/jszip', express.raw({ type: 'application/zip', limit: '5mb' }), async (req, res) => {
  const zip = await JSZip.loadAsync(req.body);
  const sizes = {};
  for (const [name, file] of Object.entries(zip.files)) {
@@    sizes[name] = (await file.async('nodebuffer')).length;
  }
  res.json(sizes);
});

function capped(limit) {
  let seen = 0;
  return new Transform({
    transform(chunk, enc, cb) {
      seen += chunk.length;
      if (seen > limit) return cb(new Error('too large'));
      cb(null, chunk);
    },
  });
}

app.post('/logs/safe', (req, res) => {
@ok  pipeline(req, zlib.createInflate({ maxOutputLength: MAX }), capped(MAX), fs.createWriteStream('/srv/logs/in.log'), (err) => res.sendStatus(err ? 400 : 202));
});

app.post('/zip/entries-safe', async (req, res) => {
  const names = [];
  const zip = req.pipe(unzipper.Parse({ forceStream: true }));
  for await (const entry of zip) {
    if (entry.vars.uncompressedSize > MAX) {
      entry.autodrain();
      continue;
    }
@ok    const content = await entry.buffer();
    names.push([entry.path, content.length]);
  }
  res.json(names);
});

app.get('/assets/:name', (req, res) => {
@ok  fs.createReadStream(__dirname + '/assets/bundle.js.gz').pipe(zlib.createGunzip()).pipe(res);
});
`,
  ),
  ...ts(
    "CWE-770",
    "TypeScript: NestJS / express body limits, typed-array and Buffer sizes from the request, fastify bodyLimit vs defaults and clamps",
    `import express, { Request, Response } from 'express';
import Fastify from 'fastify';
import { NestFactory } from '@nestjs/core';
import { json, urlencoded } from 'body-parser';

export async function bootstrap(AppModule: unknown) {
  const nest = await NestFactory.create(AppModule as never, { bodyParser: false });
@@  nest.use(json({ limit: '2gb' }));
@ok  nest.use(urlencoded({ extended: true, limit: '1mb' }));
  await nest.listen(3000);
}

@@export const big = Fastify({ bodyLimit: Number.MAX_SAFE_INTEGER });
@ok export const small = Fastify({ bodyLimit: 1048576 });

const app = express();

export function floatArray(req: Request, res: Response) {
@@  const arr = new Float64Array(Number(req.query.len));
  res.json({ n: arr.length });
}

export function allocUnsafe(req: Request, res: Response) {
  const size = parseInt(String(req.body.size), 10);
@@  const buf = Buffer.allocUnsafe(size).fill(0);
  res.send(buf);
}

export function floatArraySafe(req: Request, res: Response) {
  const len = Number(req.query.len);
  if (!Number.isSafeInteger(len) || len < 0 || len > 4096) {
    res.sendStatus(400);
    return;
  }
@ok  res.json({ n: new Float64Array(len).length });
}

app.get('/fa', floatArray);
app.post('/au', allocUnsafe);
app.get('/fas', floatArraySafe);
`,
  ),
  // --- (14) still more: koa uploads, CommonJS loaders, sync fs, writes of request bodies ---
  ...js(
    "CWE-22",
    "fs sync calls with request names through helper functions and intermediate variables vs basename in the helper",
    `const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
app.use(express.json());
const ROOT = '/srv/app/data';

function resolveUserFile(name) {
  return path.join(ROOT, 'users', name);
}

function resolveSafe(name) {
  return path.join(ROOT, 'users', path.basename(name));
}

app.get('/u/:name', (req, res) => {
  const file = resolveUserFile(req.params.name);
@@  res.send(fs.readFileSync(file, 'utf8'));
});

app.post('/u/:name', (req, res) => {
@@  fs.writeFileSync(resolveUserFile(req.params.name), JSON.stringify(req.body));
  res.sendStatus(204);
});

app.delete('/u/:name', (req, res) => {
  const { name } = req.params;
  const target = \`\${ROOT}/users/\${name}\`;
@@  fs.rmSync(target, { force: true });
  res.sendStatus(204);
});

app.post('/dirs', (req, res) => {
  const dirs = req.body.dirs || [];
  for (const d of dirs) {
@@    fs.mkdirSync(path.join(ROOT, d), { recursive: true });
  }
  res.sendStatus(201);
});

app.post('/copy', (req, res) => {
@@  fs.cpSync(path.join(ROOT, req.body.src), path.join(ROOT, 'copy'), { recursive: true });
  res.sendStatus(201);
});

app.get('/lines', (req, res) => {
  const name = req.query.name;
  const opts = { encoding: 'utf8' };
@@  const text = fs.readFileSync(ROOT + path.sep + name, opts);
  res.json(text.split('\\n'));
});

app.get('/stream/:file', (req, res) => {
@@  const rs = fs.createReadStream(path.resolve(ROOT, req.params.file));
  rs.pipe(res);
});

app.post('/save/:file', (req, res) => {
@@  req.pipe(fs.createWriteStream(path.join(ROOT, 'raw', req.params.file)));
  req.on('end', () => res.sendStatus(201));
});

app.get('/safe/:name', (req, res) => {
@ok  res.send(fs.readFileSync(resolveSafe(req.params.name), 'utf8'));
});

app.get('/count', (req, res) => {
@ok  const n = fs.readdirSync(path.join(ROOT, 'users')).length;
  res.json({ n, q: req.query.q });
});

app.post('/save-safe', (req, res) => {
  const id = Number(req.body.id);
  if (!Number.isInteger(id)) return res.sendStatus(400);
@ok  fs.writeFileSync(path.join(ROOT, 'users', id + '.json'), JSON.stringify(req.body));
  res.sendStatus(204);
});

app.get('/stream-safe/:file', (req, res) => {
  const full = path.resolve(ROOT, req.params.file);
  if (path.relative(ROOT, full).split(path.sep)[0] === '..') return res.sendStatus(403);
@ok  fs.createReadStream(full).pipe(res);
});
`,
  ),
  ...ts(
    "CWE-434",
    "koa-multer / @koa/multer and fastify-multipart writing to a public folder under the client's filename vs generated names",
    `import Koa from 'koa';
import Router from '@koa/router';
import multer from '@koa/multer';
import serve from 'koa-static';
import Fastify from 'fastify';
import multipart from '@fastify/multipart';
import { pipeline } from 'stream/promises';
import { createWriteStream } from 'fs';
import path from 'path';
import { randomUUID } from 'crypto';

const PUB = path.join(__dirname, 'public');
const app = new Koa();
app.use(serve(PUB));
const router = new Router();

const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, path.join(PUB, 'media')),
@@  filename: (req, file, cb) => cb(null, file.originalname),
});
router.post('/media', multer({ storage }).single('file'), (ctx) => {
  ctx.status = 201;
});

const safeStorage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, path.join(PUB, 'media')),
@ok  filename: (req, file, cb) => cb(null, randomUUID() + '.jpg'),
});
router.post('/media-safe', multer({ storage: safeStorage, limits: { fileSize: 4e6 } }).single('file'), (ctx) => {
  ctx.status = 201;
});

const fastify = Fastify();
fastify.register(multipart, { limits: { fileSize: 5e6 } });
fastify.register(import('@fastify/static'), { root: PUB });

fastify.post('/upload', async (request, reply) => {
  const data = await request.file();
  if (!data) return reply.code(400).send();
@@  await pipeline(data.file, createWriteStream(path.join(PUB, 'files', data.filename)));
  return reply.code(201).send();
});

fastify.post('/upload-safe', async (request, reply) => {
  const data = await request.file();
  if (!data) return reply.code(400).send();
@ok  await pipeline(data.file, createWriteStream(path.join(PUB, 'files', randomUUID() + '.bin')));
  return reply.code(201).send();
});

app.use(router.routes());
export { app, fastify };
`,
  ),
  ...js(
    "CWE-94",
    "CommonJS loaders: require of a request-chosen file, require.resolve then require, vm-free module loading vs fixed maps",
    `const express = require('express');
const path = require('path');

const app = express();
const LOCALES = path.join(__dirname, 'locales');
const THEMES = { dark: './themes/dark', light: './themes/light' };

app.get('/i18n', (req, res) => {
@@  const messages = require(\`\${LOCALES}/\${req.query.lang}.json\`);
  res.json(messages);
});

app.get('/theme', (req, res) => {
@@  const theme = require('./themes/' + req.query.name);
  res.json(theme);
});

app.post('/hook', (req, res) => {
  const modPath = require.resolve(req.body.module);
@@  const hook = require(modPath);
  res.json(hook(req.body.args));
});

app.get('/theme-safe', (req, res) => {
  const key = req.query.name === 'dark' ? 'dark' : 'light';
@ok  res.json(require(THEMES[key]));
});

app.get('/i18n-safe', (req, res) => {
  const lang = ['en', 'de', 'fr'].includes(req.query.lang) ? req.query.lang : 'en';
@ok  res.json(require(path.join(LOCALES, lang + '.json')));
});
`,
  ),
];
