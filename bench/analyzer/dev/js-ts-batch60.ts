// Dev suite "js-ts", batch 60: written blind, before any fix for it (own code). Tokens and crypto in Node
// services: JWTs that accept or produce unsigned tokens or are only decoded, broken hashes for passwords and
// integrity (Node crypto aliases, WebCrypto, crypto-js, the md5 package), broken ciphers and modes (Node, crypto-js,
// node-forge), Math.random for secrets, and TLS clients or servers that skip certificate checks or allow
// obsolete protocol versions, each with a safe twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch60", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch60", cwe, note, src, "typescript");

export const BATCH60: DevCase[] = [
  ...js(
    "CWE-347",
    "jwt.verify accepting the none algorithm among others vs a single HMAC algorithm",
    `const jwt = require('jsonwebtoken');
const secret = process.env.JWT_SECRET;

function readLegacy(token) {
@@  return jwt.verify(token, secret, { algorithms: ['HS256', 'none'] });
}

function read(token) {
@ok  return jwt.verify(token, secret, { algorithms: ['HS256'] });
}

module.exports = { readLegacy, read };
`,
  ),
  ...js(
    "CWE-347",
    "verify options bound to a name: algorithms none vs RS256",
    `const jwt = require('jsonwebtoken');
const fs = require('fs');
const publicKey = fs.readFileSync('/etc/app/jwt.pub');

const looseOptions = { algorithms: ['none'], issuer: 'auth.example.com' };
const strictOptions = { algorithms: ['RS256'], issuer: 'auth.example.com' };

function checkLoose(token) {
@@  return jwt.verify(token, publicKey, looseOptions);
}

function checkStrict(token) {
@ok  return jwt.verify(token, publicKey, strictOptions);
}

module.exports = { checkLoose, checkStrict };
`,
  ),
  ...js(
    "CWE-347",
    "jwt.sign issuing unsigned tokens vs HS256 with a secret from the environment",
    `const jwt = require('jsonwebtoken');

function issueGuestToken(user) {
@@  return jwt.sign({ sub: user.id }, '', { algorithm: 'none' });
}

function issueToken(user) {
@ok  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '1h' });
}

module.exports = { issueGuestToken, issueToken };
`,
  ),
  ...js(
    "CWE-347",
    "Express guard trusting jwt.decode of the Authorization header vs jwt.verify",
    `const express = require('express');
const jwt = require('jsonwebtoken');
const app = express();

app.use('/admin', (req, res, next) => {
  const raw = (req.headers.authorization || '').replace('Bearer ', '');
@@  const claims = jwt.decode(raw);
  if (!claims || claims.role !== 'admin') return res.sendStatus(403);
  next();
});

app.use('/staff', (req, res, next) => {
  const raw = (req.headers.authorization || '').replace('Bearer ', '');
@ok  const claims = jwt.verify(raw, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  if (claims.role !== 'staff') return res.sendStatus(403);
  next();
});
`,
  ),
  ...ts(
    "CWE-347",
    "jose: decodeJwt used to identify the caller vs jwtVerify with a key",
    `import { decodeJwt, jwtVerify } from 'jose';
import type { Request, Response, NextFunction } from 'express';

const key = new TextEncoder().encode(process.env.JWT_SECRET!);

export function whoAmI(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers['x-session'] ?? '');
@@  const payload = decodeJwt(token);
  res.locals.userId = payload.sub;
  next();
}

export async function whoAmIVerified(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers['x-session'] ?? '');
@ok  const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
  res.locals.userId = payload.sub;
  next();
}
`,
  ),
  ...js(
    "CWE-328",
    "password digest with MD4 vs scrypt",
    `const crypto = require('crypto');

function legacyPasswordHash(password) {
@@  return crypto.createHash('md4').update(password).digest('hex');
}

function passwordHash(password, salt) {
@ok  return crypto.scryptSync(password, salt, 64).toString('hex');
}

module.exports = { legacyPasswordHash, passwordHash };
`,
  ),
  ...js(
    "CWE-328",
    "download integrity check with the RSA-MD5 alias vs SHA-256",
    `const crypto = require('crypto');
const fs = require('fs');

function verifyDownload(file, expected) {
  const data = fs.readFileSync(file);
@@  const actual = crypto.createHash('RSA-MD5').update(data).digest('hex');
  return actual === expected;
}

function verifyDownloadStrong(file, expected) {
  const data = fs.readFileSync(file);
@ok  const actual = crypto.createHash('sha256').update(data).digest('hex');
  return actual === expected;
}

module.exports = { verifyDownload, verifyDownloadStrong };
`,
  ),
  ...ts(
    "CWE-328",
    "WebCrypto digest of a signed payload with SHA-1 vs SHA-256",
    `export async function fingerprint(payload: ArrayBuffer): Promise<ArrayBuffer> {
@@  return crypto.subtle.digest('SHA-1', payload);
}

export async function fingerprintStrong(payload: ArrayBuffer): Promise<ArrayBuffer> {
@ok  return crypto.subtle.digest('SHA-256', payload);
}
`,
  ),
  ...js(
    "CWE-328",
    "crypto-js MD5 of a password stored on the user vs bcrypt",
    `const CryptoJS = require('crypto-js');
const bcrypt = require('bcrypt');

async function register(db, username, password) {
@@  const digest = CryptoJS.MD5(password).toString();
  await db.users.insert({ username, digest });
}

async function registerSafely(db, username, password) {
@ok  const digest = await bcrypt.hash(password, 12);
  await db.users.insert({ username, digest });
}

module.exports = { register, registerSafely };
`,
  ),
  ...js(
    "CWE-328",
    "salted SHA-1 password hash vs PBKDF2 with many iterations",
    `const crypto = require('crypto');

function hashPassword(password, salt) {
@@  return crypto.createHash('sha1').update(salt + password).digest('base64');
}

function hashPasswordStrong(password, salt) {
@ok  return crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256').toString('base64');
}

module.exports = { hashPassword, hashPasswordStrong };
`,
  ),
  ...js(
    "CWE-328",
    "the md5 package on a password vs argon2",
    `const md5 = require('md5');
const argon2 = require('argon2');

async function storeCredentials(store, user, password) {
@@  store.set(user, md5(password));
}

async function storeCredentialsSafely(store, user, password) {
@ok  store.set(user, await argon2.hash(password));
}

module.exports = { storeCredentials, storeCredentialsSafely };
`,
  ),
  ...js(
    "CWE-328",
    "hash algorithm name held in a constant: md5 vs sha512",
    `const crypto = require('crypto');

const LEGACY_ALGO = 'md5';
const CURRENT_ALGO = 'sha512';

function signPayload(secretSalt, body) {
@@  return crypto.createHash(LEGACY_ALGO).update(secretSalt + body).digest('hex');
}

function signPayloadStrong(secretSalt, body) {
@ok  return crypto.createHash(CURRENT_ALGO).update(secretSalt + body).digest('hex');
}

module.exports = { signPayload, signPayloadStrong };
`,
  ),
  ...js(
    "CWE-327",
    "Triple DES in CBC mode vs AES-256-GCM",
    `const crypto = require('crypto');

function sealLegacy(key, iv, text) {
@@  const cipher = crypto.createCipheriv('des-ede3-cbc', key, iv);
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
}

function seal(key, text) {
  const iv = crypto.randomBytes(12);
@ok  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([iv, cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]);
}

module.exports = { sealLegacy, seal };
`,
  ),
  ...js(
    "CWE-327",
    "Blowfish and AES in ECB mode vs AES-GCM",
    `const crypto = require('crypto');

function encryptCookie(key, iv, value) {
@@  const c = crypto.createCipheriv('bf-cbc', key, iv);
  return c.update(value, 'utf8', 'hex') + c.final('hex');
}

function encryptBlock(key, value) {
@@  const c = crypto.createCipheriv('aes-256-ecb', key, null);
  return c.update(value, 'utf8', 'hex') + c.final('hex');
}

function encryptModern(key, value) {
  const iv = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  return iv.toString('hex') + c.update(value, 'utf8', 'hex') + c.final('hex') + c.getAuthTag().toString('hex');
}

module.exports = { encryptCookie, encryptBlock, encryptModern };
`,
  ),
  ...js(
    "CWE-327",
    "cipher name in a constant: rc4 vs chacha20-poly1305",
    `const crypto = require('crypto');

const STREAM_CIPHER = 'rc4';
const AEAD_CIPHER = 'chacha20-poly1305';

function obfuscate(key, data) {
@@  const c = crypto.createCipheriv(STREAM_CIPHER, key, '');
  return Buffer.concat([c.update(data), c.final()]);
}

function protect(key, nonce, data) {
@ok  const c = crypto.createCipheriv(AEAD_CIPHER, key, nonce, { authTagLength: 16 });
  return Buffer.concat([c.update(data), c.final(), c.getAuthTag()]);
}

module.exports = { obfuscate, protect };
`,
  ),
  ...js(
    "CWE-327",
    "crypto-js TripleDES and RC4 vs WebCrypto AES-GCM",
    `const CryptoJS = require('crypto-js');

function lockNote(note, passphrase) {
@@  return CryptoJS.TripleDES.encrypt(note, passphrase).toString();
}

function lockStream(note, passphrase) {
@@  return CryptoJS.RC4.encrypt(note, passphrase).toString();
}

async function lockNoteModern(key, note) {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
@ok  const sealed = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(note));
  return { iv, sealed };
}

module.exports = { lockNote, lockStream, lockNoteModern };
`,
  ),
  ...js(
    "CWE-327",
    "node-forge DES-CBC cipher vs AES-GCM",
    `const forge = require('node-forge');

function forgeLegacy(key, iv, text) {
@@  const cipher = forge.cipher.createCipher('DES-CBC', key);
  cipher.start({ iv });
  cipher.update(forge.util.createBuffer(text));
  cipher.finish();
  return cipher.output.getBytes();
}

function forgeModern(key, iv, text) {
@ok  const cipher = forge.cipher.createCipher('AES-GCM', key);
  cipher.start({ iv });
  cipher.update(forge.util.createBuffer(text));
  cipher.finish();
  return cipher.output.getBytes() + cipher.mode.tag.getBytes();
}

module.exports = { forgeLegacy, forgeModern };
`,
  ),
  ...js(
    "CWE-338",
    "session id from an alias of Math.random vs crypto.randomBytes",
    `const crypto = require('crypto');
const rand = Math.random;

function newSessionId() {
@@  return rand().toString(36).slice(2) + rand().toString(36).slice(2);
}

function newSecureSessionId() {
@ok  return crypto.randomBytes(32).toString('hex');
}

module.exports = { newSessionId, newSecureSessionId };
`,
  ),
  ...js(
    "CWE-338",
    "six-digit login code from Math.random vs crypto.randomInt",
    `const crypto = require('crypto');

function loginCode() {
@@  const code = Math.floor(100000 + Math.random() * 900000);
  return String(code);
}

function loginCodeSecure() {
@ok  const code = crypto.randomInt(100000, 1000000);
  return String(code);
}

module.exports = { loginCode, loginCodeSecure };
`,
  ),
  ...ts(
    "CWE-338",
    "password reset token from Math.random vs crypto.randomUUID",
    `import { randomUUID } from 'crypto';

export function makeResetToken(): string {
@@  const resetToken = Math.random().toString(36).substring(2, 15);
  return resetToken;
}

export function makeResetTokenSecure(): string {
@ok  const resetToken = randomUUID();
  return resetToken;
}
`,
  ),
  ...js(
    "CWE-338",
    "CSP nonce from Math.random vs crypto.randomBytes",
    `const crypto = require('crypto');

function cspNonceWeak(res) {
@@  const nonce = Buffer.from(String(Math.random())).toString('base64');
  res.setHeader('Content-Security-Policy', \`script-src 'nonce-\${nonce}'\`);
  return nonce;
}

function cspNonce(res) {
@ok  const nonce = crypto.randomBytes(16).toString('base64');
  res.setHeader('Content-Security-Policy', \`script-src 'nonce-\${nonce}'\`);
  return nonce;
}

module.exports = { cspNonceWeak, cspNonce };
`,
  ),
  ...js(
    "CWE-295",
    "tls.connect with a checkServerIdentity that accepts every host vs the default check",
    `const tls = require('tls');

function connectLoose(host) {
@@  return tls.connect({ host, port: 443, servername: host, checkServerIdentity: () => undefined });
}

function connectStrict(host) {
@ok  return tls.connect({ host, port: 443, servername: host });
}

module.exports = { connectLoose, connectStrict };
`,
  ),
  ...js(
    "CWE-295",
    "axios with an https.Agent that skips verification vs one pinned to a CA file",
    `const axios = require('axios');
const https = require('https');
const fs = require('fs');

@@const insecureAgent = new https.Agent({ rejectUnauthorized: false });
@ok const pinnedAgent = new https.Agent({ ca: fs.readFileSync('/etc/app/partner-ca.pem') });

async function fetchPartner(url) {
  return axios.get(url, { httpsAgent: insecureAgent });
}

async function fetchPartnerPinned(url) {
  return axios.get(url, { httpsAgent: pinnedAgent });
}

module.exports = { fetchPartner, fetchPartnerPinned };
`,
  ),
  ...js(
    "CWE-295",
    "NODE_TLS_REJECT_UNAUTHORIZED set to 0 vs 1",
    `function allowSelfSigned() {
@@  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

function requireValidCerts() {
@ok  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
}

module.exports = { allowSelfSigned, requireValidCerts };
`,
  ),
  ...js(
    "CWE-295",
    "request with strictSSL false vs true",
    `const request = require('request');

function pull(url, cb) {
@@  request({ url, strictSSL: false, json: true }, cb);
}

function pullStrict(url, cb) {
@ok  request({ url, strictSSL: true, json: true }, cb);
}

module.exports = { pull, pullStrict };
`,
  ),
  ...ts(
    "CWE-295",
    "got with https.rejectUnauthorized false vs a certificate authority",
    `import got from 'got';
import { readFileSync } from 'fs';

export async function getInventory(url: string) {
@@  return got(url, { https: { rejectUnauthorized: false } }).json();
}

export async function getInventoryPinned(url: string) {
@ok  return got(url, { https: { certificateAuthority: readFileSync('/etc/app/ca.pem') } }).json();
}
`,
  ),
  ...ts(
    "CWE-295",
    "undici Agent whose connect options skip verification vs defaults",
    `import { Agent, fetch } from 'undici';

@@const lax = new Agent({ connect: { rejectUnauthorized: false } });
@ok const strict = new Agent({ connect: { timeout: 5000 } });

export async function ping(url: string) {
  await fetch(url, { dispatcher: lax });
  await fetch(url, { dispatcher: strict });
}
`,
  ),
  ...js(
    "CWE-327",
    "https.request pinned to TLS 1.0 vs TLS 1.2",
    `const https = require('https');

function legacyCall(host, cb) {
@@  return https.request({ host, port: 443, path: '/', secureProtocol: 'TLSv1_method' }, cb);
}

function modernCall(host, cb) {
@ok  return https.request({ host, port: 443, path: '/', secureProtocol: 'TLSv1_2_method' }, cb);
}

module.exports = { legacyCall, modernCall };
`,
  ),
  ...js(
    "CWE-327",
    "tls.createServer with minVersion TLSv1 vs TLSv1.2",
    `const tls = require('tls');
const fs = require('fs');

const creds = { key: fs.readFileSync('/etc/app/key.pem'), cert: fs.readFileSync('/etc/app/cert.pem') };

@@const legacyServer = tls.createServer({ ...creds, minVersion: 'TLSv1' });
@ok const server = tls.createServer({ ...creds, minVersion: 'TLSv1.2' });

module.exports = { legacyServer, server };
`,
  ),
  ...js(
    "CWE-327",
    "secure context built for SSLv3 vs TLS 1.3",
    `const tls = require('tls');

@@const oldContext = tls.createSecureContext({ secureProtocol: 'SSLv3_method' });
@ok const newContext = tls.createSecureContext({ minVersion: 'TLSv1.3' });

module.exports = { oldContext, newContext };
`,
  ),
];
