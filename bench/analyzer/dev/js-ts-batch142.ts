// Dev suite "js-ts", batch 142: written blind, aimed at the families batch 140 left and that the note count per CWE
// and per library shows thinnest: sanitiser and markdown configuration (sanitize-html, DOMPurify, xss, markdown-it,
// marked, showdown), CSP / HSTS / Referrer-Policy headers, cloud storage made public and cloud keys in source,
// GraphQL servers, uninitialised Buffers, uploads into served directories and archive extraction (zip slip), host
// and origin checks, WebSocket / socket.io origins, RSA padding, weak curves and DH groups, TLS protocol versions
// and ciphers, certificate checks in less common clients, KDF cost, timing-unsafe MAC compares, time-based tokens,
// file permissions, temp files and secrets in logs. Rule-test shape: several small variants per file beside safe
// look-alikes.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch142", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch142", cwe, note, src, "typescript");

export const BATCH142: DevCase[] = [
  // --- (1) sanitiser and markdown configuration ---
  ...js(
    "CWE-79",
    "sanitize-html with every tag allowed, script / iframe / style added or javascript: allowed vs default and narrow lists",
    `const express = require('express');
const sanitizeHtml = require('sanitize-html');

const app = express();
app.use(express.json());

app.post('/comments/preview', (req, res) => {
@@  const html = sanitizeHtml(req.body.text, { allowedTags: false, allowedAttributes: false });
  res.send(html);
});

app.post('/profile/bio', (req, res) => {
@@  const bio = sanitizeHtml(req.body.bio, { allowedTags: sanitizeHtml.defaults.allowedTags.concat(['script']) });
  res.send(\`<div class="bio">\${bio}</div>\`);
});

app.post('/embed', (req, res) => {
@@  res.send(sanitizeHtml(req.body.html, { allowedTags: ['p', 'iframe'], allowedAttributes: { iframe: ['src', 'srcdoc'] } }));
});

app.post('/notes', (req, res) => {
@@  const note = sanitizeHtml(req.body.note, { allowedTags: ['p', 'style'], allowVulnerableTags: true });
  res.send(note);
});

app.post('/links', (req, res) => {
@@  const links = sanitizeHtml(req.body.links, { allowedTags: ['a'], allowedAttributes: { a: ['href'] }, allowedSchemes: ['http', 'https', 'javascript'] });
  res.send(links);
});

app.post('/safe', (req, res) => {
@ok  res.send(sanitizeHtml(req.body.text));
});

app.post('/safe-list', (req, res) => {
@ok  const clean = sanitizeHtml(req.body.text, { allowedTags: ['b', 'i', 'em', 'strong', 'a'], allowedAttributes: { a: ['href'] } });
  res.send(clean);
});

app.post('/plain', (req, res) => {
@ok  const text = sanitizeHtml(req.body.text, { allowedTags: [], allowedAttributes: {} });
  res.send(text);
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-79",
    "DOMPurify told to keep script, iframe srcdoc, event handlers or any URI scheme vs default and narrow profiles",
    `import DOMPurify from 'dompurify';

export function renderWidget(el: HTMLElement, markup: string): void {
@@  el.innerHTML = DOMPurify.sanitize(markup, { ADD_TAGS: ['script'] });
}

export function renderFrame(el: HTMLElement, markup: string): void {
@@  el.innerHTML = DOMPurify.sanitize(markup, { ADD_TAGS: ['iframe'], ADD_ATTR: ['srcdoc'] });
}

export function renderLinks(el: HTMLElement, markup: string): void {
@@  el.innerHTML = DOMPurify.sanitize(markup, { ALLOW_UNKNOWN_PROTOCOLS: true });
}

export function renderButtons(el: HTMLElement, markup: string): void {
@@  el.innerHTML = DOMPurify.sanitize(markup, { ADD_ATTR: ['onclick', 'onerror'] });
}

export function renderAnyUri(el: HTMLElement, markup: string): void {
@@  el.innerHTML = DOMPurify.sanitize(markup, { ALLOWED_URI_REGEXP: /.*/ });
}

export function configureOnce(): void {
@@  DOMPurify.setConfig({ ADD_TAGS: ['script'], FORCE_BODY: true });
}

export function renderDefault(el: HTMLElement, markup: string): void {
@ok  el.innerHTML = DOMPurify.sanitize(markup);
}

export function renderProfile(el: HTMLElement, markup: string): void {
@ok  el.innerHTML = DOMPurify.sanitize(markup, { USE_PROFILES: { html: true } });
}

export function renderNoStyle(el: HTMLElement, markup: string): void {
@ok  el.innerHTML = DOMPurify.sanitize(markup, { FORBID_TAGS: ['style'], FORBID_ATTR: ['style'] });
}

export function renderCustomElement(el: HTMLElement, markup: string): void {
@ok  el.innerHTML = DOMPurify.sanitize(markup, { ADD_TAGS: ['my-widget'], ADD_ATTR: ['data-id'] });
}
`,
  ),
  ...js(
    "CWE-79",
    "xss (js-xss) filters with a widened white list or pass-through callbacks vs the default filter",
    `const xss = require('xss');
const { FilterXSS } = require('xss');
const express = require('express');
const app = express();

const withScripts = Object.assign({}, xss.getDefaultWhiteList(), { script: ['src'], iframe: ['src', 'srcdoc'] });
@@const loose = new FilterXSS({ whiteList: withScripts });

app.post('/post', (req, res) => {
@@  res.send(xss(req.body.html, { whiteList: { a: ['href', 'onclick'], img: ['src', 'onerror'] } }));
});

app.post('/raw-unknown', (req, res) => {
@@  res.send(xss(req.body.html, { onIgnoreTag: (tag, html) => html }));
});

app.post('/attr', (req, res) => {
@@  res.send(xss(req.body.html, { safeAttrValue: (tag, name, value) => value }));
});

app.post('/loose', (req, res) => {
  res.send(loose.process(req.body.html));
});

app.post('/default', (req, res) => {
@ok  res.send(xss(req.body.html));
});

@ok const narrow = new FilterXSS({ whiteList: { b: [], i: [], a: ['href', 'title'] } });

app.post('/strip', (req, res) => {
@ok  res.send(xss(req.body.html, { stripIgnoreTag: true, stripIgnoreTagBody: ['script'] }));
});

app.post('/narrow', (req, res) => {
  res.send(narrow.process(req.body.html));
});

module.exports = app;
`,
  ),
  ...js(
    "CWE-79",
    "markdown-it with html on, marked and showdown output of user text into the page vs html off and purified output",
    `const express = require('express');
const MarkdownIt = require('markdown-it');
const { marked } = require('marked');
const showdown = require('showdown');
const createDOMPurify = require('dompurify');
const { JSDOM } = require('jsdom');

const app = express();
app.use(express.json());
const DOMPurify = createDOMPurify(new JSDOM('').window);
const mdRaw = new MarkdownIt({ html: true, linkify: true });
const mdSafe = new MarkdownIt({ linkify: true });
const converter = new showdown.Converter({ tables: true });

app.post('/wiki/preview', (req, res) => {
@@  res.send(mdRaw.render(req.body.source));
});

app.post('/wiki/preview-safe', (req, res) => {
@ok  res.send(mdSafe.render(req.body.source));
});

app.post('/comments/preview', (req, res) => {
@@  res.send(\`<article>\${marked.parse(req.body.comment)}</article>\`);
});

app.post('/comments/preview-safe', (req, res) => {
@ok  res.send(\`<article>\${DOMPurify.sanitize(marked.parse(req.body.comment))}</article>\`);
});

app.post('/readme', (req, res) => {
@@  res.send(converter.makeHtml(req.body.readme));
});

app.post('/readme-safe', (req, res) => {
@ok  res.send(DOMPurify.sanitize(converter.makeHtml(req.body.readme)));
});

app.get('/changelog', (req, res) => {
@ok  res.send(mdRaw.render('# Changelog\\n\\n* first release'));
});

app.post('/inline', (req, res) => {
@@  res.send(marked(req.body.text, { sanitize: false }));
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-79",
    "browser code rendering user markdown into innerHTML and React raw HTML vs purified",
    `import { marked } from 'marked';
import MarkdownIt from 'markdown-it';
import DOMPurify from 'dompurify';

const md = new MarkdownIt({ html: true });

export function showPreview(input: HTMLTextAreaElement, out: HTMLElement): void {
@@  out.innerHTML = marked.parse(input.value) as string;
}

export function showPreviewSafe(input: HTMLTextAreaElement, out: HTMLElement): void {
@ok  out.innerHTML = DOMPurify.sanitize(marked.parse(input.value) as string);
}

export function showComment(out: HTMLElement): void {
  const text = new URLSearchParams(location.search).get('c') ?? '';
@@  out.innerHTML = md.render(text);
}

export function showCommentText(out: HTMLElement): void {
  const text = new URLSearchParams(location.search).get('c') ?? '';
@ok  out.textContent = text;
}

export function insertAll(out: HTMLElement, input: HTMLInputElement): void {
@@  out.insertAdjacentHTML('beforeend', md.renderInline(input.value));
}
`,
  ),

  // --- (2) CSP, HSTS and Referrer-Policy headers ---
  ...js(
    "CWE-693",
    "helmet and raw Content-Security-Policy with unsafe-inline / unsafe-eval / wildcard / data: script sources vs nonces",
    `const express = require('express');
const helmet = require('helmet');
const crypto = require('crypto');

const app = express();

@@app.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", "'unsafe-inline'"] } }));
@@app.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", "'unsafe-eval'"] } } }));
@@app.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: ['*'] } }));

app.use((req, res, next) => {
  res.locals.nonce = crypto.randomBytes(16).toString('base64');
  next();
});
@ok app.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", (req, res) => \`'nonce-\${res.locals.nonce}'\`] } }));
@ok app.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"] } }));

app.get('/legacy', (req, res) => {
@@  res.setHeader('Content-Security-Policy', "default-src 'self'; script-src 'self' 'unsafe-inline' https:");
  res.send('<h1>legacy</h1>');
});

app.get('/widgets', (req, res) => {
@@  res.set('Content-Security-Policy', "script-src * 'unsafe-eval'");
  res.send('<h1>widgets</h1>');
});

app.get('/data', (req, res) => {
@@  res.setHeader('Content-Security-Policy', "default-src 'self'; script-src 'self' data:");
  res.send('<h1>data</h1>');
});

app.get('/strict', (req, res) => {
@ok  res.setHeader('Content-Security-Policy', \`default-src 'self'; script-src 'nonce-\${res.locals.nonce}' 'strict-dynamic'; object-src 'none'\`);
  res.send('<h1>strict</h1>');
});

@ok app.use(helmet());

module.exports = app;
`,
  ),
  ...js(
    "CWE-319",
    "HSTS switched off, max-age 0 or missing vs a year with subdomains",
    `const express = require('express');
const helmet = require('helmet');
const app = express();

@@app.use(helmet.hsts({ maxAge: 0 }));
@@app.use(helmet({ hsts: false }));
@@app.use(helmet({ strictTransportSecurity: { maxAge: 0, includeSubDomains: true } }));
@ok app.use(helmet.hsts({ maxAge: 63072000, includeSubDomains: true, preload: true }));
@ok app.use(helmet({ hsts: { maxAge: 15552000 } }));

app.use((req, res, next) => {
@@  res.setHeader('Strict-Transport-Security', 'max-age=0');
  next();
});

app.use((req, res, next) => {
@@  res.set('Strict-Transport-Security', 'includeSubDomains; preload');
  next();
});

app.use((req, res, next) => {
@ok  res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains; preload');
  next();
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-200",
    "Referrer-Policy unsafe-url by helmet, header and fallback list vs strict policies",
    `import express, { Request, Response, NextFunction } from 'express';
import helmet from 'helmet';

const app = express();

@@app.use(helmet.referrerPolicy({ policy: 'unsafe-url' }));
@@app.use(helmet({ referrerPolicy: { policy: ['origin', 'unsafe-url'] } }));
@ok app.use(helmet.referrerPolicy({ policy: 'no-referrer' }));
@ok app.use(helmet({ referrerPolicy: { policy: ['no-referrer', 'strict-origin-when-cross-origin'] } }));

app.use((req: Request, res: Response, next: NextFunction) => {
@@  res.setHeader('Referrer-Policy', 'unsafe-url');
  next();
});

app.use((req: Request, res: Response, next: NextFunction) => {
@ok  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  next();
});

export default app;
`,
  ),

  // --- (3) cloud storage made public, cloud keys in source ---
  ...js(
    "CWE-732",
    "aws-sdk v2 objects and buckets written with public ACLs vs private / owner ACLs",
    `const AWS = require('aws-sdk');
const s3 = new AWS.S3({ region: 'eu-west-1' });

async function saveInvoice(key, body) {
@@  await s3.putObject({ Bucket: 'acme-invoices', Key: key, Body: body, ACL: 'public-read' }).promise();
}

async function saveExport(key, body) {
@@  return s3.upload({ Bucket: 'acme-exports', Key: key, Body: body, ACL: 'public-read-write' }).promise();
}

async function openBackups() {
@@  await s3.putBucketAcl({ Bucket: 'acme-backups', ACL: 'public-read' }).promise();
}

async function makeBucket(name) {
@@  await s3.createBucket({ Bucket: name, ACL: 'public-read-write' }).promise();
}

async function savePrivate(key, body) {
@ok  await s3.putObject({ Bucket: 'acme-invoices', Key: key, Body: body, ACL: 'private' }).promise();
}

async function saveEncrypted(key, body) {
@ok  await s3.putObject({ Bucket: 'acme-invoices', Key: key, Body: body, ServerSideEncryption: 'AES256' }).promise();
}

async function saveCrossAccount(key, body) {
@ok  await s3.upload({ Bucket: 'partner-drop', Key: key, Body: body, ACL: 'bucket-owner-full-control' }).promise();
}

module.exports = { saveInvoice, saveExport, openBackups, makeBucket, savePrivate, saveEncrypted, saveCrossAccount };
`,
  ),
  ...ts(
    "CWE-732",
    "aws-sdk v3 commands: public ACLs, public access block off and a bucket policy for everyone vs private",
    `import {
  S3Client,
  PutObjectCommand,
  CreateBucketCommand,
  PutPublicAccessBlockCommand,
  PutBucketPolicyCommand,
} from '@aws-sdk/client-s3';

const client = new S3Client({ region: 'us-east-1' });

export async function publishReport(key: string, body: Buffer): Promise<void> {
@@  await client.send(new PutObjectCommand({ Bucket: 'reports', Key: key, Body: body, ACL: 'public-read' }));
}

export async function createShared(name: string): Promise<void> {
@@  await client.send(new CreateBucketCommand({ Bucket: name, ACL: 'public-read' }));
}

export async function unblock(name: string): Promise<void> {
@@  await client.send(new PutPublicAccessBlockCommand({ Bucket: name, PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false } }));
}

export async function openToAll(name: string): Promise<void> {
  const policy = {
    Version: '2012-10-17',
@@    Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: \`arn:aws:s3:::\${name}/*\` }],
  };
  await client.send(new PutBucketPolicyCommand({ Bucket: name, Policy: JSON.stringify(policy) }));
}

export async function storePrivate(key: string, body: Buffer): Promise<void> {
@ok  await client.send(new PutObjectCommand({ Bucket: 'reports', Key: key, Body: body, ACL: 'private' }));
}

export async function block(name: string): Promise<void> {
@ok  await client.send(new PutPublicAccessBlockCommand({ Bucket: name, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }));
}

export async function openToRole(name: string): Promise<void> {
  const policy = {
    Version: '2012-10-17',
@ok    Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/reader' }, Action: 's3:GetObject', Resource: \`arn:aws:s3:::\${name}/*\` }],
  };
  await client.send(new PutBucketPolicyCommand({ Bucket: name, Policy: JSON.stringify(policy) }));
}
`,
  ),
  ...js(
    "CWE-732",
    "Google Cloud Storage files and buckets made public or granted to allUsers vs private and a service account",
    `const { Storage } = require('@google-cloud/storage');
const storage = new Storage();
const bucket = storage.bucket('acme-user-files');

async function shareStatement(name) {
@@  await bucket.file(name).makePublic();
}

async function uploadPublic(localPath, name) {
@@  await bucket.upload(localPath, { destination: name, public: true });
}

async function openBucket() {
@@  await bucket.makePublic({ includeFiles: true });
}

async function savePublic(name, data) {
@@  await bucket.file(name).save(data, { predefinedAcl: 'publicRead' });
}

async function grantEveryone() {
@@  await bucket.iam.setPolicy({ bindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] });
}

async function hide(name) {
@ok  await bucket.file(name).makePrivate();
}

async function uploadPrivate(localPath, name) {
@ok  await bucket.upload(localPath, { destination: name, private: true });
}

async function saveProject(name, data) {
@ok  await bucket.file(name).save(data, { predefinedAcl: 'projectPrivate' });
}

async function grantReader() {
@ok  await bucket.iam.setPolicy({ bindings: [{ role: 'roles/storage.objectViewer', members: ['serviceAccount:reader@acme.iam.gserviceaccount.com'] }] });
}

module.exports = { shareStatement, uploadPublic, openBucket, savePublic, grantEveryone, hide, uploadPrivate, saveProject, grantReader };
`,
  ),
  ...ts(
    "CWE-798",
    "AWS, GCP and Azure SDK clients given literal keys vs environment and default providers",
    `import AWS from 'aws-sdk';
import { S3Client } from '@aws-sdk/client-s3';
import { fromIni } from '@aws-sdk/credential-providers';
import { Storage } from '@google-cloud/storage';
import { StorageSharedKeyCredential, BlobServiceClient } from '@azure/storage-blob';

@@AWS.config.update({ accessKeyId: 'AKIAQ4NXY7ZJ2PLM3K5D', secretAccessKey: 'q8Jf2nVt0ZxWc4Ls9RbYe1Hu7Gp3Ka6Md5Tn0Xw', region: 'us-east-1' });

@@export const s3 = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'AKIAR7TGH2LQ9WXM4ZPB', secretAccessKey: 'Zk3Qp9Lw2Xr7Tn5Vb1Ym8Hc4Js6Gd0Fa2Ue9Ri3' } });

@@export const gcs = new Storage({ projectId: 'acme-prod', credentials: { client_email: 'uploader@acme-prod.iam.gserviceaccount.com', private_key: '-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\\n-----END PRIVATE KEY-----\\n' } });

@@const azureCred = new StorageSharedKeyCredential('acmestore', 'Jq7vX2mN9pL4sT1wR8yB3cF6hK0dG5aZ+eU2iO7nM4lP9qW1xV3bC8tY6rE0uA5sD2fH==');
export const blobs = new BlobServiceClient('https://acmestore.blob.core.windows.net', azureCred);

@ok export const s3Env = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? '', secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? '' } });
@ok export const s3Profile = new S3Client({ region: 'us-east-1', credentials: fromIni({ profile: 'deploy' }) });
@ok export const gcsDefault = new Storage({ projectId: 'acme-prod', keyFilename: process.env.GOOGLE_APPLICATION_CREDENTIALS });
`,
  ),

  // --- (4) GraphQL servers ---
  ...ts(
    "CWE-200",
    "GraphQL introspection, GraphiQL and playground left on in production vs tied to the environment",
    `import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServer as ApolloServerV2 } from 'apollo-server-express';
import { graphqlHTTP } from 'express-graphql';
import { typeDefs, resolvers, schema } from './schema';

const isDev = process.env.NODE_ENV !== 'production';

@@export const server = new ApolloServer({ typeDefs, resolvers, introspection: true });
@ok export const serverDev = new ApolloServer({ typeDefs, resolvers, introspection: isDev });

@@export const legacy = new ApolloServerV2({ typeDefs, resolvers, introspection: true, playground: true });
@ok export const legacyOff = new ApolloServerV2({ typeDefs, resolvers, introspection: false, playground: false });

const app = express();
@@app.use('/graphql', graphqlHTTP({ schema, graphiql: true }));
@ok app.use('/graphql-internal', graphqlHTTP({ schema, graphiql: process.env.NODE_ENV === 'development' }));

export default app;
`,
  ),
  ...ts(
    "CWE-352",
    "Apollo Server 4 with CSRF prevention switched off vs on",
    `import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import express from 'express';
import cookieParser from 'cookie-parser';
import { typeDefs, resolvers } from './schema';

@@export const server = new ApolloServer({ typeDefs, resolvers, csrfPrevention: false });
@ok export const guarded = new ApolloServer({ typeDefs, resolvers, csrfPrevention: true });
@ok export const defaults = new ApolloServer({ typeDefs, resolvers });
@ok export const custom = new ApolloServer({ typeDefs, resolvers, csrfPrevention: { requestHeaders: [] } });

export async function mount(): Promise<express.Express> {
  const app = express();
  app.use(cookieParser());
  await server.start();
  app.use('/graphql', express.json(), expressMiddleware(server, { context: async ({ req }) => ({ session: req.cookies.sid }) }));
  return app;
}
`,
  ),

  // --- (5) uninitialised Buffers ---
  ...js(
    "CWE-908",
    "new Buffer(size) and allocUnsafe sent out before being filled vs alloc, fill and copy",
    `const net = require('net');
const fs = require('fs');

function header(size) {
@@  const buf = new Buffer(size);
  buf.write('HDR', 0);
  return buf;
}

function padTo(socket, len) {
@@  const pad = Buffer.allocUnsafe(len);
  socket.write(pad);
}

function reply(res, n) {
@@  res.end(Buffer.allocUnsafeSlow(n));
}

function cleared(size) {
@ok  const buf = Buffer.alloc(size);
  buf.write('HDR', 0);
  return buf;
}

function filled(socket, len) {
@ok  const pad = Buffer.allocUnsafe(len).fill(0);
  socket.write(pad);
}

function copied(data) {
@ok  const out = Buffer.allocUnsafe(data.length);
  data.copy(out);
  return out;
}

function fromText() {
@ok  return Buffer.from('hello', 'utf8');
}

function readChunk(fd, size) {
@ok  const chunk = Buffer.allocUnsafe(size);
  const got = fs.readSync(fd, chunk, 0, size, null);
  return chunk.subarray(0, got);
}

function legacyFrame(len) {
@@  const frame = new Buffer(len + 4);
  frame.writeUInt32BE(len, 0);
  return frame;
}

module.exports = { header, padTo, reply, cleared, filled, copied, fromText, readChunk, legacyFrame, net };
`,
  ),

  // --- (6) uploads into served directories, archive extraction ---
  ...js(
    "CWE-434",
    "multer, express-fileupload, formidable and koa-body storing uploads under a public directory by the client's name vs checked",
    `const express = require('express');
const multer = require('multer');
const fileUpload = require('express-fileupload');
const formidable = require('formidable');
const crypto = require('crypto');
const path = require('path');
const fs = require('fs');

const app = express();
const PUBLIC = path.join(__dirname, 'public');
app.use(express.static(PUBLIC));

const avatarStorage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, path.join(PUBLIC, 'avatars')),
@@  filename: (req, file, cb) => cb(null, file.originalname),
});
const randomStorage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, path.join(PUBLIC, 'avatars')),
@ok  filename: (req, file, cb) => cb(null, crypto.randomUUID() + '.png'),
});
const imageOnly = (req, file, cb) => cb(null, ['image/png', 'image/jpeg'].includes(file.mimetype));

app.post('/avatar', multer({ storage: avatarStorage }).single('avatar'), (req, res) => res.sendStatus(201));
@ok app.post('/avatar2', multer({ storage: randomStorage, fileFilter: imageOnly, limits: { fileSize: 2e6 } }).single('avatar'), (req, res) => res.sendStatus(201));

app.post('/attach', multer({ storage: multer.memoryStorage() }).single('file'), (req, res) => {
@@  fs.writeFileSync(path.join(PUBLIC, 'files', req.file.originalname), req.file.buffer);
  res.sendStatus(201);
});

app.post('/doc', fileUpload(), (req, res) => {
  const doc = req.files.doc;
@@  doc.mv(path.join(PUBLIC, 'docs', doc.name), () => res.sendStatus(201));
});

app.post('/doc-safe', fileUpload({ limits: { fileSize: 5e6 } }), (req, res) => {
  const doc = req.files.doc;
  const ext = path.extname(doc.name).toLowerCase();
  if (!['.pdf', '.png'].includes(ext)) return res.sendStatus(415);
@ok  doc.mv(path.join(__dirname, 'uploads', crypto.randomUUID() + ext), () => res.sendStatus(201));
});

app.post('/form', (req, res) => {
@@  const form = formidable({ uploadDir: path.join(PUBLIC, 'files'), keepExtensions: true });
  form.parse(req, () => res.sendStatus(201));
});

app.post('/form-safe', (req, res) => {
@ok  const form = formidable({ uploadDir: path.join(__dirname, 'private-uploads'), keepExtensions: false, maxFileSize: 5e6 });
  form.parse(req, () => res.sendStatus(201));
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-434",
    "NestJS FileInterceptor disk storage under the original name in a served folder vs random names with a filter",
    `import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { diskStorage } from 'multer';
import { extname } from 'path';
import { randomUUID } from 'crypto';
import { writeFile } from 'fs/promises';

const imageOnly = (req: unknown, file: Express.Multer.File, cb: (e: Error | null, ok: boolean) => void) =>
  cb(null, /^image\\/(png|jpeg)$/.test(file.mimetype));

@Controller('files')
export class FilesController {
  @Post('raw')
@@  @UseInterceptors(FileInterceptor('file', { storage: diskStorage({ destination: './public/uploads', filename: (req, file, cb) => cb(null, file.originalname) }) }))
  raw(@UploadedFile() file: Express.Multer.File) {
    return { path: file.path };
  }

  @Post('image')
@ok  @UseInterceptors(FileInterceptor('file', { storage: diskStorage({ destination: './uploads', filename: (req, file, cb) => cb(null, \`\${randomUUID()}\${extname(file.originalname)}\`) }), fileFilter: imageOnly, limits: { fileSize: 5_000_000 } }))
  image(@UploadedFile() file: Express.Multer.File) {
    return { path: file.path };
  }

  @Post('memory')
  @UseInterceptors(FileInterceptor('file'))
  async memory(@UploadedFile() file: Express.Multer.File) {
@@    await writeFile(\`./public/static/\${file.originalname}\`, file.buffer);
    return { ok: true };
  }
}
`,
  ),
  ...js(
    "CWE-22",
    "zip slip: adm-zip, unzipper, yauzl, tar and tar-stream entries written under the entry's own path vs checked",
    `const fs = require('fs');
const path = require('path');
const AdmZip = require('adm-zip');
const unzipper = require('unzipper');
const yauzl = require('yauzl');
const tar = require('tar');
const tarStream = require('tar-stream');

function extractAdm(zipPath, dest) {
  const zip = new AdmZip(zipPath);
  for (const entry of zip.getEntries()) {
@@    fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());
  }
}

function extractAdmChecked(zipPath, dest) {
  const root = path.resolve(dest);
  for (const entry of new AdmZip(zipPath).getEntries()) {
    const target = path.resolve(root, entry.entryName);
    if (!target.startsWith(root + path.sep)) throw new Error('entry outside target: ' + entry.entryName);
@ok    fs.writeFileSync(target, entry.getData());
  }
}

function extractUnzipper(zipPath, dest) {
  fs.createReadStream(zipPath)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
@@      entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
    });
}

function extractUnzipperFlat(zipPath, dest) {
  fs.createReadStream(zipPath)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
@ok      entry.pipe(fs.createWriteStream(path.join(dest, path.basename(entry.path))));
    });
}

function extractYauzl(zipPath, dest) {
  yauzl.open(zipPath, { lazyEntries: true }, (err, zipfile) => {
    if (err) throw err;
    zipfile.readEntry();
    zipfile.on('entry', (entry) => {
      zipfile.openReadStream(entry, (e, rs) => {
@@        rs.pipe(fs.createWriteStream(path.join(dest, entry.fileName)));
        rs.on('end', () => zipfile.readEntry());
      });
    });
  });
}

function extractTar(file, dest) {
@@  return tar.x({ file, cwd: dest, preservePaths: true });
}

function extractTarDefault(file, dest) {
@ok  return tar.x({ file, cwd: dest, strict: true });
}

function extractTarStream(input, dest) {
  const extract = tarStream.extract();
  extract.on('entry', (header, stream, next) => {
@@    stream.pipe(fs.createWriteStream(path.join(dest, header.name)));
    stream.on('end', next);
  });
  input.pipe(extract);
}

module.exports = { extractAdm, extractAdmChecked, extractUnzipper, extractUnzipperFlat, extractYauzl, extractTar, extractTarDefault, extractTarStream };
`,
  ),
  ...ts(
    "CWE-22",
    "JSZip and decompress entries written by name vs names resolved inside the target",
    `import JSZip from 'jszip';
import { promises as fsp } from 'fs';
import * as path from 'path';

export async function unpack(buf: Buffer, dest: string): Promise<void> {
  const zip = await JSZip.loadAsync(buf);
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (entry.dir) continue;
@@    await fsp.writeFile(path.join(dest, name), await entry.async('nodebuffer'));
  }
}

export async function unpackEach(buf: Buffer, dest: string): Promise<void> {
  const zip = await JSZip.loadAsync(buf);
  const jobs: Promise<void>[] = [];
  zip.forEach((relativePath, file) => {
@@    jobs.push(file.async('nodebuffer').then((data) => fsp.writeFile(\`\${dest}/\${relativePath}\`, data)));
  });
  await Promise.all(jobs);
}

export async function unpackChecked(buf: Buffer, dest: string): Promise<void> {
  const root = path.resolve(dest);
  const zip = await JSZip.loadAsync(buf);
  for (const name of Object.keys(zip.files)) {
    const target = path.resolve(root, name);
    if (path.relative(root, target).startsWith('..') || path.isAbsolute(path.relative(root, target))) continue;
@ok    await fsp.writeFile(target, await zip.files[name].async('nodebuffer'));
  }
}
`,
  ),

  // --- (7) host and origin checks ---
  ...js(
    "CWE-20",
    "host allow-checks by substring, suffix without a dot, prefix without a slash or unanchored regex vs exact host tests",
    `const express = require('express');
const app = express();

function trustedByIndex(target) {
@@  return target.indexOf('example.com') !== -1;
}

function trustedByIncludes(target) {
@@  return target.includes('trusted.example.com');
}

function trustedBySuffix(target) {
@@  return new URL(target).hostname.endsWith('example.com');
}

function trustedByPrefix(target) {
@@  return target.startsWith('https://example.com');
}

function trustedByRegex(target) {
@@  return /^https:\\/\\/example.com/.test(target);
}

function trustedByLooseRegex(target) {
@@  return /https?:\\/\\/(www\\.)?example\\.com/.test(target);
}

function trustedHost(target) {
  const { hostname } = new URL(target);
@ok  return hostname === 'example.com' || hostname.endsWith('.example.com');
}

function trustedPrefix(target) {
@ok  return target.startsWith('https://example.com/');
}

function trustedRegex(target) {
@ok  return /^https:\\/\\/([a-z0-9-]+\\.)?example\\.com(\\/|$)/.test(target);
}

const ALLOWED = new Set(['example.com', 'www.example.com']);
function trustedSet(target) {
@ok  return ALLOWED.has(new URL(target).hostname);
}

app.get('/go', (req, res) => {
  const to = String(req.query.to || '/');
  if (trustedByIndex(to) || trustedByIncludes(to) || trustedBySuffix(to) || trustedByPrefix(to)) return res.redirect(to);
  if (trustedByRegex(to) || trustedByLooseRegex(to)) return res.redirect(to);
  if (trustedHost(to) || trustedPrefix(to) || trustedRegex(to) || trustedSet(to)) return res.redirect(to);
  res.redirect('/');
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-346",
    "message listeners and CORS reflection accepting an origin by substring or not at all vs exact origins",
    `import express, { Request, Response, NextFunction } from 'express';

export function listenLoose(): void {
  window.addEventListener('message', (event: MessageEvent) => {
@@    if (event.origin.indexOf('example.com') === -1) return;
    document.getElementById('out')!.innerHTML = event.data.html;
  });
}

export function listenPrefix(): void {
  window.addEventListener('message', (event: MessageEvent) => {
@@    if (!event.origin.startsWith('https://app.example.com')) return;
    localStorage.setItem('token', event.data.token);
  });
}

export function listenExact(): void {
  window.addEventListener('message', (event: MessageEvent) => {
@ok    if (event.origin !== 'https://app.example.com') return;
    document.getElementById('out')!.textContent = String(event.data.text);
  });
}

const app = express();
const ORIGINS = new Set(['https://app.example.com', 'https://admin.example.com']);

app.use((req: Request, res: Response, next: NextFunction) => {
  const origin = req.get('Origin') ?? '';
@@  if (origin.endsWith('example.com')) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

app.use((req: Request, res: Response, next: NextFunction) => {
  const origin = req.get('Origin') ?? '';
@ok  if (ORIGINS.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

app.use((req: Request, res: Response, next: NextFunction) => {
  const origin = req.get('Origin') ?? '';
@@  if (/example\\.com/.test(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

export default app;
`,
  ),
  ...js(
    "CWE-1385",
    "ws servers reading the session cookie with no Origin check or a verifyClient that accepts all vs checked origins",
    `const http = require('http');
const { WebSocketServer } = require('ws');
const WebSocket = require('ws');
const cookie = require('cookie');
const sessions = require('./sessions');

const server = http.createServer();
const ALLOWED = ['https://app.example.com'];

@@const wss = new WebSocketServer({ server, path: '/live' });
wss.on('connection', (ws, req) => {
  const sid = cookie.parse(req.headers.cookie || '').sid;
  const user = sessions.get(sid);
  ws.on('message', (msg) => user && user.send(msg));
});

const wssOpen = new WebSocket.Server({
  server,
  path: '/chat',
@@  verifyClient: (info, done) => done(true),
});
wssOpen.on('connection', (ws, req) => {
  const user = sessions.get(cookie.parse(req.headers.cookie || '').sid);
  ws.send(JSON.stringify({ hello: user && user.name }));
});

const wssChecked = new WebSocket.Server({
  server,
  path: '/feed',
@ok  verifyClient: (info) => ALLOWED.includes(info.origin),
});
wssChecked.on('connection', (ws, req) => {
  const user = sessions.get(cookie.parse(req.headers.cookie || '').sid);
  ws.send(JSON.stringify({ hello: user && user.name }));
});

@ok const wssUpgrade = new WebSocketServer({ noServer: true });
server.on('upgrade', (req, socket, head) => {
  if (!ALLOWED.includes(req.headers.origin)) {
    socket.destroy();
    return;
  }
  wssUpgrade.handleUpgrade(req, socket, head, (ws) => {
    const user = sessions.get(cookie.parse(req.headers.cookie || '').sid);
    ws.send(JSON.stringify({ hello: user && user.name }));
  });
});

server.listen(8080);
`,
  ),
  ...js(
    "CWE-942",
    "socket.io, fastify and koa CORS reflecting any origin with credentials vs an origin list",
    `const http = require('http');
const { Server } = require('socket.io');
const fastify = require('fastify')();
const Koa = require('koa');
const cors = require('@koa/cors');

const httpServer = http.createServer();

@@const io = new Server(httpServer, { cors: { origin: '*', credentials: true } });
@@const ioReflect = require('socket.io')(httpServer, { path: '/rt', cors: { origin: true, credentials: true } });
@@const ioFn = new Server(httpServer, { path: '/fn', cors: { origin: (origin, cb) => cb(null, true), credentials: true } });
@ok const ioList = new Server(httpServer, { path: '/list', cors: { origin: ['https://app.example.com'], credentials: true } });

@@fastify.register(require('@fastify/cors'), { origin: true, credentials: true });
@ok fastify.register(require('@fastify/cors'), { origin: ['https://app.example.com'], credentials: true });

const app = new Koa();
@@app.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));
@ok app.use(cors({ origin: 'https://app.example.com', credentials: true }));

module.exports = { io, ioReflect, ioFn, ioList, app };
`,
  ),

  // --- (8) RSA padding, curves and groups, TLS versions and ciphers, certificate checks ---
  ...js(
    "CWE-780",
    "RSA encryption with PKCS#1 v1.5 or no padding (node crypto, node-rsa, node-forge) vs OAEP and PKCS#1 signatures",
    `const crypto = require('crypto');
const NodeRSA = require('node-rsa');
const forge = require('node-forge');

function wrapKey(pubKey, secret) {
@@  return crypto.publicEncrypt({ key: pubKey, padding: crypto.constants.RSA_PKCS1_PADDING }, Buffer.from(secret));
}

function unwrapKey(privKey, blob) {
  const { constants } = crypto;
@@  return crypto.privateDecrypt({ key: privKey, padding: constants.RSA_PKCS1_PADDING }, blob);
}

function rawBlock(pubKey, block) {
@@  return crypto.publicEncrypt({ key: pubKey, padding: crypto.constants.RSA_NO_PADDING }, block);
}

function legacyRsa(pem, text) {
  const key = new NodeRSA(pem);
@@  key.setOptions({ encryptionScheme: 'pkcs1' });
  return key.encrypt(text, 'base64');
}

@@const partnerKey = new NodeRSA(process.env.PARTNER_PEM, 'pkcs8-public', { encryptionScheme: 'pkcs1' });

function forgeEncrypt(pem, bytes) {
  const publicKey = forge.pki.publicKeyFromPem(pem);
@@  return publicKey.encrypt(bytes, 'RSAES-PKCS1-V1_5');
}

function wrapKeyOaep(pubKey, secret) {
@ok  return crypto.publicEncrypt({ key: pubKey, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(secret));
}

function wrapKeyDefault(pubKey, secret) {
@ok  return crypto.publicEncrypt(pubKey, Buffer.from(secret));
}

function signPkcs1(privKey, data) {
  const signer = crypto.createSign('RSA-SHA256');
  signer.update(data);
@ok  return signer.sign({ key: privKey, padding: crypto.constants.RSA_PKCS1_PADDING });
}

function signPss(privKey, data) {
@ok  return crypto.sign('sha256', data, { key: privKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING });
}

function forgeOaep(pem, bytes) {
  const publicKey = forge.pki.publicKeyFromPem(pem);
@ok  return publicKey.encrypt(bytes, 'RSA-OAEP', { md: forge.md.sha256.create() });
}

module.exports = { wrapKey, unwrapKey, rawBlock, legacyRsa, partnerKey, forgeEncrypt, wrapKeyOaep, wrapKeyDefault, signPkcs1, signPss, forgeOaep };
`,
  ),
  ...js(
    "CWE-326",
    "weak ECDH / EC curves, small DH groups and short DSA keys vs P-256 / modp14 / 2048-bit",
    `const crypto = require('crypto');

@@const ecdhTiny = crypto.createECDH('secp112r1');
@@const ecdh192 = crypto.createECDH('prime192v1');
@ok const ecdh256 = crypto.createECDH('prime256v1');
@ok const ecdh384 = crypto.createECDH('secp384r1');

@@const dh512 = crypto.createDiffieHellman(512);
@@const dhModp1 = crypto.getDiffieHellman('modp1');
@ok const dh2048 = crypto.createDiffieHellman(2048);
@ok const dhModp14 = crypto.getDiffieHellman('modp14');

@@const ecKeys = crypto.generateKeyPairSync('ec', { namedCurve: 'secp160r1' });
@ok const ecKeysGood = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });

@@const dsaKeys = crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
@ok const dsaKeysGood = crypto.generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 });

function dhKeys(cb) {
@@  crypto.generateKeyPair('dh', { primeLength: 768 }, cb);
}

module.exports = { ecdhTiny, ecdh192, ecdh256, ecdh384, dh512, dhModp1, dh2048, dhModp14, ecKeys, ecKeysGood, dsaKeys, dsaKeysGood, dhKeys };
`,
  ),
  ...ts(
    "CWE-326",
    "WebCrypto RSA keys under 2048 bits vs 2048+ and P-256",
    `export async function makeShortRsa(): Promise<CryptoKeyPair> {
@@  return crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt']);
}

export async function makeShortSigner(): Promise<CryptoKeyPair> {
@@  return crypto.subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 512, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, false, ['sign', 'verify']);
}

export async function makeRsa(): Promise<CryptoKeyPair> {
@ok  return crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 3072, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt']);
}

export async function makeEc(): Promise<CryptoKeyPair> {
@ok  return crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
}
`,
  ),
  ...js(
    "CWE-327",
    "TLS servers, agents and clients pinned to SSLv3 / TLS 1.0 / 1.1 or given weak cipher lists vs TLS 1.2+",
    `const https = require('https');
const tls = require('tls');
const fs = require('fs');
const axios = require('axios');

const key = fs.readFileSync('server.key');
const cert = fs.readFileSync('server.crt');

@@https.createServer({ key, cert, secureProtocol: 'TLSv1_method' }, (req, res) => res.end('ok')).listen(8443);
@ok https.createServer({ key, cert, minVersion: 'TLSv1.2' }, (req, res) => res.end('ok')).listen(9443);

@@const sslAgent = new https.Agent({ secureProtocol: 'SSLv3_method' });
@@const oldAgent = new https.Agent({ keepAlive: true, maxVersion: 'TLSv1' });
@ok const modernAgent = new https.Agent({ keepAlive: true, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' });

function connectLegacy(host) {
@@  return tls.connect({ host, port: 443, minVersion: 'TLSv1', servername: host });
}

function connectModern(host) {
@ok  return tls.connect({ host, port: 443, minVersion: 'TLSv1.2', servername: host });
}

@@const rc4Server = tls.createServer({ key, cert, ciphers: 'RC4-SHA:DES-CBC3-SHA:AES128-SHA' });
@ok const gcmServer = tls.createServer({ key, cert, ciphers: 'TLS_AES_256_GCM_SHA384:ECDHE-RSA-AES128-GCM-SHA256' });

@@const ctx11 = tls.createSecureContext({ key, cert, minVersion: 'TLSv1.1' });

function globalDowngrade() {
@@  tls.DEFAULT_MIN_VERSION = 'TLSv1';
}

function globalModern() {
@ok  tls.DEFAULT_MIN_VERSION = 'TLSv1.2';
}

@@const legacyClient = axios.create({ httpsAgent: new https.Agent({ secureProtocol: 'TLSv1_1_method' }) });

module.exports = { sslAgent, oldAgent, modernAgent, connectLegacy, connectModern, rc4Server, gcmServer, ctx11, globalDowngrade, globalModern, legacyClient };
`,
  ),
  ...ts(
    "CWE-295",
    "certificate checks off in got, undici, superagent, ws, mongodb, pg and a no-op checkServerIdentity vs CA pinning",
    `import got from 'got';
import { Agent, fetch as undiciFetch } from 'undici';
import superagent from 'superagent';
import WebSocket from 'ws';
import { MongoClient } from 'mongodb';
import { Pool } from 'pg';
import * as https from 'https';
import * as tls from 'tls';
import { readFileSync } from 'fs';

const ca = readFileSync('/etc/ssl/internal-ca.pem');

export async function gotInsecure(url: string) {
@@  return got(url, { https: { rejectUnauthorized: false } }).json();
}

export async function gotPinned(url: string) {
@ok  return got(url, { https: { certificateAuthority: ca } }).json();
}

@@const lax = new Agent({ connect: { rejectUnauthorized: false } });
@ok const pinned = new Agent({ connect: { ca } });

export async function viaUndici(url: string) {
  return undiciFetch(url, { dispatcher: lax });
}

export async function viaSuperagent(url: string) {
@@  return superagent.get(url).disableTLSCerts();
}

export function openSocket(url: string): WebSocket {
@@  return new WebSocket(url, { rejectUnauthorized: false });
}

@@export const mongo = new MongoClient(process.env.MONGO_URL ?? '', { tls: true, tlsAllowInvalidCertificates: true });
@@export const mongoInsecure = new MongoClient(process.env.MONGO_URL ?? '', { tls: true, tlsInsecure: true });
@ok export const mongoCa = new MongoClient(process.env.MONGO_URL ?? '', { tls: true, tlsCAFile: '/etc/ssl/internal-ca.pem' });

@@export const pg = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });
@ok export const pgCa = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { ca: ca.toString() } });

@@export const anyHost = new https.Agent({ ca, checkServerIdentity: () => undefined });
export const pinnedHost = new https.Agent({
  ca,
@ok  checkServerIdentity: (host: string, cert: tls.PeerCertificate) => tls.checkServerIdentity(host, cert),
});
`,
  ),

  // --- (9) password KDF cost, timing-safe compares, time-based tokens ---
  ...js(
    "CWE-916",
    "pbkdf2 with low iteration counts, scrypt with a tiny cost, bcrypt with few rounds, argon2 with little memory vs current parameters",
    `const crypto = require('crypto');
const bcrypt = require('bcrypt');
const bcryptjs = require('bcryptjs');
const argon2 = require('argon2');

const ITERATIONS = 1000;
const ROUNDS = 12;

function hashLegacy(password, salt) {
@@  return crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha256').toString('hex');
}

function hashConst(password, salt) {
@@  return crypto.pbkdf2Sync(password, salt, ITERATIONS, 64, 'sha512').toString('hex');
}

function hashAsync(password, salt, cb) {
@@  crypto.pbkdf2(password, salt, 1, 32, 'sha512', cb);
}

function hashModern(password, salt) {
@ok  return crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256').toString('hex');
}

function scryptCheap(password, salt) {
@@  return crypto.scryptSync(password, salt, 64, { N: 1024 });
}

function scryptCheapCost(password, salt) {
@@  return crypto.scryptSync(password, salt, 64, { cost: 16, blockSize: 1 });
}

function scryptDefault(password, salt) {
@ok  return crypto.scryptSync(password, salt, 64);
}

async function bcryptFast(password) {
@@  return bcrypt.hash(password, 4);
}

function bcryptSaltFast() {
@@  return bcrypt.genSaltSync(5);
}

function bcryptjsFast(password) {
@@  return bcryptjs.hashSync(password, 6);
}

async function bcryptGood(password) {
@ok  return bcrypt.hash(password, ROUNDS);
}

function bcryptjsGood(password) {
@ok  return bcryptjs.hashSync(password, bcryptjs.genSaltSync(10));
}

async function argonCheap(password) {
@@  return argon2.hash(password, { type: argon2.argon2id, timeCost: 1, memoryCost: 1024 });
}

async function argonGood(password) {
@ok  return argon2.hash(password, { type: argon2.argon2id, timeCost: 3, memoryCost: 65536 });
}

module.exports = { hashLegacy, hashConst, hashAsync, hashModern, scryptCheap, scryptCheapCost, scryptDefault, bcryptFast, bcryptSaltFast, bcryptjsFast, bcryptGood, bcryptjsGood, argonCheap, argonGood };
`,
  ),
  ...ts(
    "CWE-208",
    "webhook signatures and API tokens compared with ===, !==, Buffer.equals or Buffer.compare vs timingSafeEqual",
    `import { createHmac, timingSafeEqual } from 'crypto';
import type { Request, Response, NextFunction } from 'express';

const SECRET = process.env.WEBHOOK_SECRET ?? '';
const API_TOKEN = process.env.API_TOKEN ?? '';

export function verifyGithub(req: Request & { rawBody: Buffer }, res: Response, next: NextFunction) {
  const expected = 'sha256=' + createHmac('sha256', SECRET).update(req.rawBody).digest('hex');
@@  if (req.get('X-Hub-Signature-256') !== expected) return res.sendStatus(401);
  next();
}

export function verifyStripeLike(req: Request & { rawBody: Buffer }, res: Response, next: NextFunction) {
  const mac = createHmac('sha256', SECRET).update(req.rawBody).digest();
  const given = Buffer.from(req.get('X-Signature') ?? '', 'hex');
@@  if (!mac.equals(given)) return res.sendStatus(401);
  next();
}

export function verifyCompare(req: Request & { rawBody: Buffer }, res: Response, next: NextFunction) {
  const mac = createHmac('sha256', SECRET).update(req.rawBody).digest();
  const given = Buffer.from(req.get('X-Signature') ?? '', 'hex');
@@  if (Buffer.compare(mac, given) !== 0) return res.sendStatus(401);
  next();
}

export function bearer(req: Request, res: Response, next: NextFunction) {
  const token = (req.get('Authorization') ?? '').replace(/^Bearer /, '');
@@  if (token === API_TOKEN) return next();
  res.sendStatus(401);
}

export function verifySafe(req: Request & { rawBody: Buffer }, res: Response, next: NextFunction) {
  const mac = createHmac('sha256', SECRET).update(req.rawBody).digest();
  const given = Buffer.from(req.get('X-Signature') ?? '', 'hex');
@ok  if (given.length !== mac.length || !timingSafeEqual(mac, given)) return res.sendStatus(401);
  next();
}

export function methodCheck(req: Request, res: Response, next: NextFunction) {
@ok  if (req.method === 'OPTIONS') return res.sendStatus(204);
  next();
}

export function eventType(req: Request, res: Response, next: NextFunction) {
@ok  if (req.get('X-GitHub-Event') !== 'push') return res.sendStatus(202);
  next();
}
`,
  ),
  ...js(
    "CWE-330",
    "reset tokens, session ids and one-time codes from uuid v1 or the clock vs random bytes and uuid v4",
    `const crypto = require('crypto');
const uuid = require('uuid');
const { v1: uuidv1, v4: uuidv4 } = require('uuid');

function resetToken() {
@@  const token = uuid.v1();
  return token;
}

function inviteToken() {
@@  return { invite: uuidv1(), createdAt: Date.now() };
}

function sessionId() {
@@  const sid = Date.now().toString(36);
  return sid;
}

function apiKey() {
@@  const key = crypto.createHash('sha256').update(String(Date.now())).digest('hex');
  return key;
}

function otpCode() {
@@  const code = String(Date.now() % 1000000).padStart(6, '0');
  return code;
}

function resetTokenGood() {
@ok  const token = crypto.randomBytes(32).toString('hex');
  return token;
}

function inviteTokenGood() {
@ok  return { invite: uuidv4(), createdAt: Date.now() };
}

function requestId(req) {
@ok  req.id = uuidv1();
  return req.id;
}

function otpGood() {
@ok  const code = String(crypto.randomInt(0, 1000000)).padStart(6, '0');
  return code;
}

module.exports = { resetToken, inviteToken, sessionId, apiKey, otpCode, resetTokenGood, inviteTokenGood, requestId, otpGood };
`,
  ),

  // --- (10) file permissions, temp files, secrets in logs ---
  ...js(
    "CWE-732",
    "files and directories created world-writable or a private key world-readable, umask cleared vs owner-only modes",
    `const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');

const DATA = '/var/lib/acme';

function saveConfig(cfg) {
@@  fs.writeFileSync(path.join(DATA, 'config.json'), JSON.stringify(cfg), { mode: 0o666 });
}

function openLog() {
@@  return fs.openSync(path.join(DATA, 'audit.log'), 'a', 0o666);
}

function makeSpool() {
@@  fs.mkdirSync(path.join(DATA, 'spool'), { recursive: true, mode: 0o777 });
}

async function saveKey(pem) {
@@  await fsp.writeFile(path.join(DATA, 'server.key'), pem, { mode: 0o644 });
}

function share(p) {
@@  fs.chmodSync(p, '777');
}

function relax() {
@@  process.umask(0);
}

function saveConfigPrivate(cfg) {
@ok  fs.writeFileSync(path.join(DATA, 'config.json'), JSON.stringify(cfg), { mode: 0o600 });
}

function makeSpoolPrivate() {
@ok  fs.mkdirSync(path.join(DATA, 'spool'), { recursive: true, mode: 0o700 });
}

function publishPage(html) {
@ok  fs.writeFileSync('/var/www/html/index.html', html, { mode: 0o644 });
}

function makeScript(p) {
@ok  fs.chmodSync(p, 0o755);
}

module.exports = { saveConfig, openLog, makeSpool, saveKey, share, relax, saveConfigPrivate, makeSpoolPrivate, publishPage, makeScript };
`,
  ),
  ...ts(
    "CWE-377",
    "fixed or guessable names in the shared temp directory vs mkdtemp and exclusive creation",
    `import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { randomBytes } from 'crypto';

export function cacheIndex(data: string): string {
  const p = path.join(os.tmpdir(), 'acme-index.json');
@@  fs.writeFileSync(p, data);
  return p;
}

export function spoolUpload(buf: Buffer): string {
  const p = '/tmp/upload-' + Date.now();
@@  fs.writeFileSync(p, buf);
  return p;
}

export function pidFile(): void {
@@  fs.writeFileSync(\`\${os.tmpdir()}/worker-\${process.pid}.lock\`, String(process.pid));
}

export function scratch(buf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'acme-'));
  const p = path.join(dir, 'data.bin');
@ok  fs.writeFileSync(p, buf, { mode: 0o600 });
  return p;
}

export function exclusive(buf: Buffer): string {
  const p = path.join(os.tmpdir(), \`acme-\${randomBytes(16).toString('hex')}\`);
@ok  fs.writeFileSync(p, buf, { flag: 'wx', mode: 0o600 });
  return p;
}

export function readTmp(): string {
@ok  return fs.readFileSync(path.join(os.tmpdir(), 'acme-index.json'), 'utf8');
}
`,
  ),
  ...js(
    "CWE-532",
    "passwords, Authorization headers, API keys and tokens written to console / winston / pino vs ids and redacted fields",
    `const express = require('express');
const winston = require('winston');
const pino = require('pino')();
const jwt = require('jsonwebtoken');

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const app = express();
app.use(express.json());

app.post('/login', (req, res) => {
  const { username, password } = req.body;
@@  console.log('login attempt', username, password);
@ok  console.log('login attempt', username);
@@  logger.info(\`user \${username} logged in with password \${req.body.password}\`);
@ok  logger.info('password reset requested', { user: username });
  const token = jwt.sign({ sub: username }, process.env.JWT_SECRET, { expiresIn: '1h' });
@@  logger.debug('issued JWT: ' + token);
@ok  logger.info('token issued', { user: username, expiresIn: '1h' });
  res.json({ token });
});

app.use((req, res, next) => {
@@  logger.debug('incoming', { authorization: req.headers.authorization });
@@  console.log('Auth header:', req.headers['authorization']);
@ok  if (!req.headers.authorization) logger.warn('authorization header missing');
  next();
});

function configureStripe() {
@@  pino.info({ apiKey: process.env.STRIPE_SECRET_KEY }, 'configured stripe');
@ok  pino.info({ mode: process.env.STRIPE_MODE }, 'configured stripe');
}

async function refresh(refreshToken) {
  try {
    return await fetch('https://auth.example.com/token', { method: 'POST', body: refreshToken });
  } catch (err) {
@@    console.error('token refresh failed', refreshToken, err);
@ok    console.error('token refresh failed', err.message);
  }
}

module.exports = { app, configureStripe, refresh };
`,
  ),
];
