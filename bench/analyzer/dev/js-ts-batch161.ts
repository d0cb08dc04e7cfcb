// Dev suite "js-ts", batch 161: crypto, randomness, TLS and network clients through the libraries and spellings
// real Node/TS and browser code uses (Node crypto and WebCrypto, crypto-js, node-forge, aes-js, sjcl, tweetnacl,
// libsodium, bcrypt/bcryptjs/argon2, uuid/nanoid/seedrandom, axios/got/undici/superagent/needle/node-fetch/ws,
// pg/mysql2/mongodb/ioredis/sequelize, nodemailer/basic-ftp/telnet-client/mqtt). Written blind, before reading the
// rules of the area. Look-alikes: digests for ETags, cache keys, git ids and protocol-mandated MD5, Math.random for
// jitter, shuffles and animation, random IVs, constant-time comparisons, key and algorithm names that are not
// secrets. The loopback test client (CWE-295 TS) is marked clean by CWE-295's definition: certificate validation
// guards against someone between the endpoints, and a client that refuses to run outside tests and only dials the
// suite's own server on localhost has nobody there.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch161", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch161", cwe, note, src, "typescript");

export const BATCH161: DevCase[] = [
  // --- (1) broken ciphers and modes ---
  ...js(
    "CWE-327",
    "node crypto: 3DES, RC4, AES-ECB, DES-ECB by constant, Blowfish and the IV-less createCipher vs AES-GCM, ChaCha20-Poly1305, CTR with random IVs and a one-block key check value",
    `const crypto = require('crypto');

const key24 = Buffer.from(process.env.LEGACY_KEY, 'hex');
const key32 = Buffer.from(process.env.DATA_KEY, 'hex');

function legacyEncrypt(text) {
  const iv = crypto.randomBytes(8);
@@  const cipher = crypto.createCipheriv('des-ede3-cbc', key24, iv);
  return Buffer.concat([iv, cipher.update(text, 'utf8'), cipher.final()]).toString('base64');
}

function streamEncrypt(buf, key) {
@@  const rc4 = crypto.createCipheriv('rc4', key, null);
  return Buffer.concat([rc4.update(buf), rc4.final()]);
}

function blockEncrypt(buf) {
@@  const c = crypto.createCipheriv('aes-128-ecb', key32.subarray(0, 16), null);
  return Buffer.concat([c.update(buf), c.final()]);
}

function oldApi(text, password) {
@@  const c = crypto.createCipher('aes192', password);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function oldDecipher(hex, password) {
@@  const d = crypto.createDecipher('aes-256-cbc', password);
  return d.update(hex, 'hex', 'utf8') + d.final('utf8');
}

const ALGO = 'des-ecb';
function configured(buf) {
@@  const c = crypto.createCipheriv(ALGO, key32.subarray(0, 8), null);
  return c.update(buf);
}

function blowfish(buf, iv) {
@@  return crypto.createCipheriv('bf-cbc', key32.subarray(0, 16), iv).update(buf);
}

function modern(text) {
  const iv = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('aes-256-gcm', key32, iv);
  const enc = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), enc]).toString('base64');
}

function chacha(text) {
  const nonce = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('chacha20-poly1305', key32, nonce, { authTagLength: 16 });
  return Buffer.concat([nonce, c.update(text), c.final(), c.getAuthTag()]);
}

function ctr(buf) {
  const iv = crypto.randomBytes(16);
@ok  const c = crypto.createCipheriv('aes-256-ctr', key32, iv);
  return Buffer.concat([iv, c.update(buf), c.final()]);
}

function decryptModern(b64) {
  const raw = Buffer.from(b64, 'base64');
@ok  const d = crypto.createDecipheriv('aes-256-gcm', key32, raw.subarray(0, 12));
  d.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
}

// Key check value: one all-zero block through the raw block cipher, first three bytes shown to operators.
function keyCheckValue(key) {
  const block = crypto.createCipheriv('aes-256-ecb', key, null).setAutoPadding(false);
@ok  return block.update(Buffer.alloc(16)).subarray(0, 3).toString('hex');
}

@ok const SUPPORTED = crypto.getCiphers().filter((n) => n.startsWith('aes-256'));

module.exports = { legacyEncrypt, streamEncrypt, blockEncrypt, oldApi, oldDecipher, configured, blowfish, modern, chacha, ctr, decryptModern, keyCheckValue, SUPPORTED };
`,
  ),
  ...ts(
    "CWE-327",
    "crypto-js: AES in ECB mode (encrypt and decrypt), TripleDES, DES, RC4 vs AES-CBC/CTR with a random IV, SHA-256 and HMAC-SHA256",
    `import CryptoJS from 'crypto-js';

const key = CryptoJS.enc.Hex.parse(process.env.SECRET_KEY_HEX as string);

export function encryptEcb(plain: string): string {
@@  return CryptoJS.AES.encrypt(plain, key, { mode: CryptoJS.mode.ECB, padding: CryptoJS.pad.Pkcs7 }).toString();
}

export function decryptEcb(ct: string): string {
@@  const bytes = CryptoJS.AES.decrypt(ct, key, { mode: CryptoJS.mode.ECB });
  return bytes.toString(CryptoJS.enc.Utf8);
}

export function encryptTriple(plain: string): string {
@@  return CryptoJS.TripleDES.encrypt(plain, key, { iv: CryptoJS.lib.WordArray.random(8) }).toString();
}

export function encryptDes(plain: string): string {
@@  return CryptoJS.DES.encrypt(plain, key, { iv: CryptoJS.lib.WordArray.random(8) }).toString();
}

export function encryptRc4(plain: string): string {
@@  return CryptoJS.RC4.encrypt(plain, key).toString();
}

export function decryptRc4Drop(ct: string): string {
@@  return CryptoJS.RC4Drop.decrypt(ct, key, { drop: 192 }).toString(CryptoJS.enc.Utf8);
}

export function encryptCbc(plain: string): string {
  const iv = CryptoJS.lib.WordArray.random(16);
@ok  const ct = CryptoJS.AES.encrypt(plain, key, { iv, mode: CryptoJS.mode.CBC, padding: CryptoJS.pad.Pkcs7 });
  return iv.toString() + ':' + ct.toString();
}

export function encryptCtr(plain: string): string {
  const iv = CryptoJS.lib.WordArray.random(16);
@ok  const ct = CryptoJS.AES.encrypt(plain, key, { iv, mode: CryptoJS.mode.CTR, padding: CryptoJS.pad.NoPadding });
  return iv.toString() + ':' + ct.toString();
}

export function decryptCbc(ivHex: string, ct: string): string {
@ok  const bytes = CryptoJS.AES.decrypt(ct, key, { iv: CryptoJS.enc.Hex.parse(ivHex), mode: CryptoJS.mode.CBC });
  return bytes.toString(CryptoJS.enc.Utf8);
}

export function fingerprint(body: string): string {
@ok  return CryptoJS.SHA256(body).toString(CryptoJS.enc.Hex);
}

export function sign(payload: string): string {
@ok  return CryptoJS.HmacSHA256(payload, key).toString(CryptoJS.enc.Base64);
}
`,
  ),
  ...js(
    "CWE-327",
    "node-forge DES/3DES/AES-ECB/RC2 and aes-js ECB vs forge AES-GCM, aes-js CBC with a random IV and sjcl GCM",
    `const forge = require('node-forge');
const aesjs = require('aes-js');
const sjcl = require('sjcl');

function forgeDes(keyBytes, ivBytes, data) {
@@  const cipher = forge.cipher.createCipher('DES-CBC', keyBytes);
  cipher.start({ iv: ivBytes });
  cipher.update(forge.util.createBuffer(data));
  cipher.finish();
  return cipher.output.getBytes();
}

function forge3des(keyBytes, data) {
@@  const cipher = forge.cipher.createCipher('3DES-ECB', keyBytes);
  cipher.start();
  cipher.update(forge.util.createBuffer(data));
  cipher.finish();
  return cipher.output.toHex();
}

function forgeAesEcb(keyBytes, data) {
@@  const cipher = forge.cipher.createCipher('AES-ECB', keyBytes);
  cipher.start();
  cipher.update(forge.util.createBuffer(data));
  cipher.finish();
  return cipher.output.toHex();
}

function forgeDecrypt3des(keyBytes, ivBytes, bytes) {
@@  const decipher = forge.cipher.createDecipher('DES-EDE3-CBC', keyBytes);
  decipher.start({ iv: ivBytes });
  decipher.update(forge.util.createBuffer(bytes));
  decipher.finish();
  return decipher.output.getBytes();
}

function forgeRc2(keyBytes, ivBytes, data) {
@@  const cipher = forge.rc2.createEncryptionCipher(keyBytes);
  cipher.start(ivBytes);
  cipher.update(forge.util.createBuffer(data));
  cipher.finish();
  return cipher.output.getBytes();
}

function forgeGcm(keyBytes, data) {
  const iv = forge.random.getBytesSync(12);
@ok  const cipher = forge.cipher.createCipher('AES-GCM', keyBytes);
  cipher.start({ iv });
  cipher.update(forge.util.createBuffer(data));
  cipher.finish();
  return { iv, ct: cipher.output.getBytes(), tag: cipher.mode.tag.getBytes() };
}

function aesEcb(key, bytes) {
@@  const ecb = new aesjs.ModeOfOperation.ecb(key);
  return ecb.encrypt(aesjs.padding.pkcs7.pad(bytes));
}

function aesEcbDecrypt(key, bytes) {
@@  return new aesjs.ModeOfOperation.ecb(key).decrypt(bytes);
}

function aesCbc(key, bytes) {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(16));
@ok  const cbc = new aesjs.ModeOfOperation.cbc(key, iv);
  return { iv, ct: cbc.encrypt(aesjs.padding.pkcs7.pad(bytes)) };
}

function sjclSeal(keyBits, text) {
@ok  return sjcl.encrypt(keyBits, text, { mode: 'gcm', ks: 256 });
}

module.exports = { forgeDes, forge3des, forgeAesEcb, forgeDecrypt3des, forgeRc2, forgeGcm, aesEcb, aesEcbDecrypt, aesCbc, sjclSeal };
`,
  ),
  ...ts(
    "CWE-327",
    "TLS 1.0/1.1 and SSLv3 protocol choices and RC4/3DES/NULL cipher lists vs TLS 1.2+ minimums and AEAD suites",
    `import https from 'node:https';
import tls from 'node:tls';
import { readFileSync } from 'node:fs';

@@const legacyAgent = new https.Agent({ secureProtocol: 'TLSv1_method' });
@@export const sslv3 = new https.Agent({ secureProtocol: 'SSLv3_method' });

export function connectOld(host: string) {
@@  return tls.connect({ host, port: 443, servername: host, minVersion: 'TLSv1' });
}

export const server = https.createServer({
  key: readFileSync('/etc/app/tls/key.pem'),
  cert: readFileSync('/etc/app/tls/cert.pem'),
@@  minVersion: 'TLSv1.1',
});

@@export const weakCiphers = new https.Agent({ ciphers: 'DES-CBC3-SHA:RC4-SHA' });
@@const nullCtx = tls.createSecureContext({ ciphers: 'ALL:eNULL' });
@@tls.DEFAULT_MIN_VERSION = 'TLSv1';

@ok export const modernAgent = new https.Agent({ minVersion: 'TLSv1.2' });
@ok const pinnedProto = new https.Agent({ secureProtocol: 'TLSv1_2_method' });
@ok export const strict = tls.connect({ host: 'api.example.com', port: 443, servername: 'api.example.com', minVersion: 'TLSv1.3' });
@ok const suites = new https.Agent({ ciphers: 'TLS_AES_256_GCM_SHA384:ECDHE-RSA-AES128-GCM-SHA256' });
@ok tls.DEFAULT_MIN_VERSION = 'TLSv1.2';

export { legacyAgent, nullCtx, pinnedProto, suites };
`,
  ),
  // --- (2) constant and reused IVs and nonces ---
  ...js(
    "CWE-329",
    "node crypto and tweetnacl: zero IV, module-level literal IV, zero GCM nonce, string IV, IV cut from the key, fixed secretbox nonce vs random IVs and nonces and decryption with the stored IV",
    `const crypto = require('crypto');
const nacl = require('tweetnacl');

const key = Buffer.from(process.env.ENC_KEY, 'hex');
const IV = Buffer.from('a1b2c3d4e5f60718', 'utf8');
const FIXED_NONCE = new Uint8Array(nacl.secretbox.nonceLength);

function zeroIv(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16));
  return Buffer.concat([c.update(text, 'utf8'), c.final()]).toString('hex');
}

function moduleIv(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', key, IV);
  return Buffer.concat([c.update(text, 'utf8'), c.final()]).toString('hex');
}

function gcmZeroNonce(text) {
  const nonce = new Uint8Array(12);
@@  const c = crypto.createCipheriv('aes-256-gcm', key, nonce);
  const ct = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return Buffer.concat([c.getAuthTag(), ct]).toString('base64');
}

function literalIv(text) {
@@  const c = crypto.createCipheriv('aes-128-cbc', key.subarray(0, 16), '0000000000000000');
  return c.update(text, 'utf8', 'base64') + c.final('base64');
}

function ivFromKey(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function filledIv(text) {
@@  const c = crypto.createCipheriv('aes-256-ctr', key, Buffer.alloc(16, 1));
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function seal(msg) {
@@  return nacl.secretbox(msg, FIXED_NONCE, key);
}

function boxTo(msg, theirPublic, mySecret) {
@@  return nacl.box(msg, new Uint8Array(24), theirPublic, mySecret);
}

function randomIv(text) {
  const iv = crypto.randomBytes(16);
@ok  const c = crypto.createCipheriv('aes-256-cbc', key, iv);
  return iv.toString('hex') + ':' + Buffer.concat([c.update(text, 'utf8'), c.final()]).toString('hex');
}

function sealRandom(msg) {
  const nonce = nacl.randomBytes(nacl.secretbox.nonceLength);
@ok  return { nonce, box: nacl.secretbox(msg, nonce, key) };
}

function decryptStored(payload) {
  const iv = Buffer.from(payload.iv, 'hex');
@ok  const d = crypto.createDecipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([d.update(Buffer.from(payload.data, 'hex')), d.final()]).toString('utf8');
}

function openBox(box, nonce) {
@ok  return nacl.secretbox.open(box, nonce, key);
}

function frame(body) {
@ok  const header = Buffer.alloc(16);
  header.writeUInt32BE(body.length, 0);
  return Buffer.concat([header, body]);
}

module.exports = { zeroIv, moduleIv, gcmZeroNonce, literalIv, ivFromKey, filledIv, seal, boxTo, randomIv, sealRandom, decryptStored, openBox, frame };
`,
  ),
  ...ts(
    "CWE-329",
    "WebCrypto AES-CBC/GCM/CTR with a constant IV or counter, aes-js constant counter and zero IV, libsodium zero nonce vs getRandomValues IVs (also filled after allocation) and random counters",
    `import aesjs from 'aes-js';
import sodium from 'libsodium-wrappers';

const FIXED_IV = new Uint8Array(16);
const COUNTER = new Uint8Array(16);

export async function encryptCbc(key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer> {
@@  return crypto.subtle.encrypt({ name: 'AES-CBC', iv: FIXED_IV }, key, data);
}

export async function encryptGcm(key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer> {
@@  return crypto.subtle.encrypt({ name: 'AES-GCM', iv: new TextEncoder().encode('static-nonce') }, key, data);
}

export async function encryptCtr(key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer> {
@@  return window.crypto.subtle.encrypt({ name: 'AES-CTR', counter: COUNTER, length: 64 }, key, data);
}

export function aesjsCtr(key: Uint8Array, bytes: Uint8Array): Uint8Array {
@@  const ctr = new aesjs.ModeOfOperation.ctr(key, new aesjs.Counter(5));
  return ctr.encrypt(bytes);
}

export function aesjsCbcZero(key: Uint8Array, bytes: Uint8Array): Uint8Array {
@@  const cbc = new aesjs.ModeOfOperation.cbc(key, new Uint8Array(16));
  return cbc.encrypt(aesjs.padding.pkcs7.pad(bytes));
}

export async function sodiumSeal(msg: Uint8Array, key: Uint8Array): Promise<Uint8Array> {
  await sodium.ready;
  const nonce = new Uint8Array(sodium.crypto_secretbox_NONCEBYTES);
@@  return sodium.crypto_secretbox_easy(msg, nonce, key);
}

export async function encryptGcmRandom(key: CryptoKey, data: Uint8Array) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
@ok  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data);
  return { iv, ct };
}

export async function encryptGcmFilled(key: CryptoKey, data: Uint8Array) {
  const iv = new Uint8Array(12);
  crypto.getRandomValues(iv);
@ok  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data);
  return { iv, ct };
}

export async function decryptGcm(key: CryptoKey, iv: Uint8Array, ct: ArrayBuffer): Promise<ArrayBuffer> {
@ok  return crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, ct);
}

export function aesjsCtrRandom(key: Uint8Array, bytes: Uint8Array) {
  const counter = new aesjs.Counter(crypto.getRandomValues(new Uint8Array(16)));
@ok  const ctr = new aesjs.ModeOfOperation.ctr(key, counter);
  return ctr.encrypt(bytes);
}

export async function sodiumSealRandom(msg: Uint8Array, key: Uint8Array) {
  await sodium.ready;
  const nonce = sodium.randombytes_buf(sodium.crypto_secretbox_NONCEBYTES);
@ok  return { nonce, ct: sodium.crypto_secretbox_easy(msg, nonce, key) };
}
`,
  ),
  ...ts(
    "CWE-323",
    "one GCM nonce or CTR IV drawn once (module load, constructor) and reused for every message vs a fresh nonce per message",
    `import { createCipheriv, randomBytes } from 'node:crypto';

const key = Buffer.from(process.env.TOKEN_KEY as string, 'base64');
const NONCE = randomBytes(12);

export function sealToken(payload: string): string {
@@  const c = createCipheriv('aes-256-gcm', key, NONCE);
  const ct = Buffer.concat([c.update(payload, 'utf8'), c.final()]);
  return Buffer.concat([c.getAuthTag(), ct]).toString('base64url');
}

export class Encryptor {
  private readonly iv = randomBytes(16);
  encrypt(s: string): string {
@@    const c = createCipheriv('aes-256-ctr', key, this.iv);
    return c.update(s, 'utf8', 'hex') + c.final('hex');
  }
}

export function sealFresh(payload: string): string {
  const nonce = randomBytes(12);
@ok  const c = createCipheriv('aes-256-gcm', key, nonce);
  const ct = Buffer.concat([c.update(payload, 'utf8'), c.final()]);
  return Buffer.concat([nonce, c.getAuthTag(), ct]).toString('base64url');
}
`,
  ),
  // --- (3) weak or small keys ---
  ...js(
    "CWE-326",
    "node crypto: RSA 1024/512, RSA-PSS from a 768-bit constant, DSA 1024, secp112r1 ECDH and EC keys, 512-bit DH, the modp1 group, a 64-bit HMAC key vs 3072-bit RSA, P-256/P-384, Ed25519, modp14, 2048-bit DH and a 256-bit HMAC key",
    `const crypto = require('crypto');
const { generateKeyPair, generateKeyPairSync, createDiffieHellman, createECDH, getDiffieHellman, generateKeySync } = crypto;

@@const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });

function makeSigningKeys(cb) {
@@  generateKeyPair('rsa', { modulusLength: 512, publicExponent: 0x10001 }, cb);
}

function dsaKeys() {
@@  return generateKeyPairSync('dsa', { modulusLength: 1024 });
}

@@const ecdh = createECDH('secp112r1');

function ecKeys() {
@@  return generateKeyPairSync('ec', { namedCurve: 'secp112r1' });
}

@@const dh = createDiffieHellman(512);
@@const group = getDiffieHellman('modp1');

function pemKeys() {
  return generateKeyPairSync('rsa', {
@@    modulusLength: 1024,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

const BITS = 768;
function fromConst() {
@@  return generateKeyPairSync('rsa-pss', { modulusLength: BITS });
}

function macKey() {
@@  return generateKeySync('hmac', { length: 64 });
}

@ok const strong = generateKeyPairSync('rsa', { modulusLength: 3072 });
@ok const p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
@ok const ed = generateKeyPairSync('ed25519');
@ok const ecdh384 = createECDH('secp384r1');
@ok const group14 = getDiffieHellman('modp14');
@ok const dh2048 = createDiffieHellman(2048);
@ok const hmacKey = generateKeySync('hmac', { length: 256 });

function pemStrong() {
  return generateKeyPairSync('rsa', {
@ok    modulusLength: 4096,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

module.exports = { publicKey, privateKey, makeSigningKeys, dsaKeys, ecdh, ecKeys, dh, group, pemKeys, fromConst, macKey, strong, p256, ed, ecdh384, group14, dh2048, hmacKey, pemStrong };
`,
  ),
  ...ts(
    "CWE-326",
    "node-forge 512/1024-bit RSA, node-rsa 512 and generateKeyPair(1024), WebCrypto 1024-bit RSA-OAEP and a 64-bit HMAC key vs 2048+ bits, secp256k1, P-256 ECDSA, AES-256",
    `import forge from 'node-forge';
import NodeRSA from 'node-rsa';
import { ec as EC } from 'elliptic';

@@export const keypair = forge.pki.rsa.generateKeyPair(512);

export function asyncPair(cb: (err: Error | null, kp: forge.pki.rsa.KeyPair) => void): void {
@@  forge.pki.rsa.generateKeyPair({ bits: 1024, workers: -1 }, cb);
}

@@const nodeRsa = new NodeRSA({ b: 512 });

export function gen(): NodeRSA {
  const k = new NodeRSA();
@@  k.generateKeyPair(1024, 65537);
  return k;
}

export async function webKey(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(
@@    { name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['encrypt', 'decrypt'],
  );
}

export async function webMacKey(): Promise<CryptoKey> {
@@  return crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 64 }, false, ['sign', 'verify']);
}

@ok export const strongPair = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
@ok const nodeRsaStrong = new NodeRSA({ b: 2048 });
@ok const secp = new EC('secp256k1');

export async function webEcdsa(): Promise<CryptoKeyPair> {
@ok  return crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
}

export async function webPss(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(
@ok    { name: 'RSA-PSS', modulusLength: 4096, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-384' },
    false,
    ['sign', 'verify'],
  );
}

export async function webAes(): Promise<CryptoKey> {
@ok  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export { nodeRsa, nodeRsaStrong, secp };
`,
  ),
  // --- (4) passwords under fast hashes or cheap KDF settings ---
  ...js(
    "CWE-916",
    "node crypto: MD5/SHA-256/SHA-1 of a password, HMAC with a pepper, PBKDF2 with 1000/500 iterations or SHA-1, scrypt N=1024 vs PBKDF2 600k, scrypt N=2^17, digests of files, ETags, random reset tokens and API keys",
    `const crypto = require('crypto');

function hashPassword(password) {
@@  return crypto.createHash('md5').update(password).digest('hex');
}

function hashWithSalt(password, salt) {
@@  return crypto.createHash('sha256').update(salt + password).digest('hex');
}

function storeUser(user) {
@@  user.passwordHash = crypto.createHash('sha1').update(user.password).digest('base64');
  return user;
}

function peppered(password) {
@@  return crypto.createHmac('sha256', process.env.PEPPER).update(password).digest('hex');
}

function pbkdfLow(password, salt) {
@@  return crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha256');
}

function pbkdfSha1(password, salt, cb) {
@@  crypto.pbkdf2(password, salt, 10000, 20, 'sha1', cb);
}

function scryptLow(password, salt) {
@@  return crypto.scryptSync(password, salt, 64, { N: 1024, r: 1, p: 1 });
}

const ITER = 500;
function fromConst(password, salt) {
@@  return crypto.pbkdf2Sync(password, salt, ITER, 64, 'sha512');
}

function strongPbkdf(password, salt) {
@ok  return crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256');
}

function strongScrypt(password) {
  const salt = crypto.randomBytes(16);
@ok  const hash = crypto.scryptSync(password, salt, 64, { N: 131072, r: 8, p: 1, maxmem: 256 * 1024 * 1024 });
  return salt.toString('hex') + ':' + hash.toString('hex');
}

function etag(body) {
@ok  return crypto.createHash('md5').update(body).digest('hex');
}

function fileChecksum(buf) {
@ok  return crypto.createHash('sha256').update(buf).digest('hex');
}

function storeResetToken(db, userId) {
  const resetToken = crypto.randomBytes(32).toString('hex');
@ok  const tokenHash = crypto.createHash('sha256').update(resetToken).digest('hex');
  db.resets.insert({ userId, tokenHash });
  return resetToken;
}

function apiKeyLookup(db, apiKey) {
@ok  const keyHash = crypto.createHash('sha256').update(apiKey).digest('hex');
  return db.keys.findOne({ keyHash });
}

module.exports = { hashPassword, hashWithSalt, storeUser, peppered, pbkdfLow, pbkdfSha1, scryptLow, fromConst, strongPbkdf, strongScrypt, etag, fileChecksum, storeResetToken, apiKeyLookup };
`,
  ),
  ...ts(
    "CWE-916",
    "bcrypt genSalt(4), bcryptjs cost 5, bcrypt cost 6, argon2 with 1 MiB, crypto-js MD5/SHA1/SHA256 of a password, crypto-js PBKDF2 1000 iterations and AES under a passphrase vs cost 12, argon2 defaults and 64 MiB, bcrypt.compare, PBKDF2 310k SHA-256 and MD5 of file contents",
    `import bcrypt from 'bcrypt';
import bcryptjs from 'bcryptjs';
import argon2 from 'argon2';
import CryptoJS from 'crypto-js';

export async function register(password: string): Promise<string> {
@@  const salt = await bcrypt.genSalt(4);
  return bcrypt.hash(password, salt);
}

export function registerSync(password: string): string {
@@  return bcryptjs.hashSync(password, 5);
}

export async function quick(password: string): Promise<string> {
@@  return bcrypt.hash(password, 6);
}

export async function argonTiny(password: string): Promise<string> {
@@  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
}

export function cryptoJsMd5(password: string): string {
@@  return CryptoJS.MD5(password).toString();
}

export function cryptoJsSha1(password: string, salt: string): string {
@@  return CryptoJS.SHA1(salt + password).toString(CryptoJS.enc.Hex);
}

export function cryptoJsSha256(password: string): string {
@@  return CryptoJS.SHA256(password).toString();
}

export function cryptoJsPbkdf2(password: string, salt: string): string {
@@  return CryptoJS.PBKDF2(password, salt, { keySize: 256 / 32, iterations: 1000 }).toString();
}

export function lockVault(masterPassword: string, vault: object): string {
@@  return CryptoJS.AES.encrypt(JSON.stringify(vault), masterPassword).toString();
}

export async function registerStrong(password: string): Promise<string> {
@ok  const salt = await bcrypt.genSalt(12);
  return bcrypt.hash(password, salt);
}

export function registerStrongSync(password: string): string {
@ok  return bcryptjs.hashSync(password, 12);
}

export async function argonDefault(password: string): Promise<string> {
@ok  return argon2.hash(password, { type: argon2.argon2id });
}

export async function argonTuned(password: string): Promise<string> {
@ok  return argon2.hash(password, { memoryCost: 65536, timeCost: 3, parallelism: 4 });
}

export async function login(password: string, stored: string): Promise<boolean> {
@ok  return bcrypt.compare(password, stored);
}

export function cryptoJsPbkdf2Strong(password: string, salt: string): string {
@ok  return CryptoJS.PBKDF2(password, salt, { keySize: 8, iterations: 310000, hasher: CryptoJS.algo.SHA256 }).toString();
}

export function cacheKey(fileContents: string): string {
@ok  return CryptoJS.MD5(fileContents).toString();
}
`,
  ),
  // --- (5) weak digests where collisions matter vs protocol and content-address uses ---
  ...ts(
    "CWE-328",
    "MD5 signed links, SHA-1 download integrity, RSA-SHA1/MD5 signatures vs ETags, git blob ids, Gravatar, S3 Content-MD5, OAuth 1.0 HMAC-SHA1, SHA-256 signatures",
    `import { createHash, createSign } from 'node:crypto';
import CryptoJS from 'crypto-js';

export function signUrl(path: string, expires: number): string {
@@  const sig = createHash('md5').update(process.env.LINK_SECRET + path + expires).digest('hex');
  return \`\${path}?e=\${expires}&s=\${sig}\`;
}

export function verifyDownload(buf: Buffer, expectedSha1: string): boolean {
@@  return createHash('sha1').update(buf).digest('hex') === expectedSha1;
}

export function signLicense(data: string, privateKeyPem: string): string {
@@  return createSign('RSA-SHA1').update(data).sign(privateKeyPem, 'base64');
}

export function signLegacy(data: string, privateKeyPem: string): string {
@@  const signer = createSign('md5');
  signer.update(data);
  return signer.sign(privateKeyPem, 'hex');
}

@ok export const etag = (body: string) => '"' + createHash('md5').update(body).digest('base64') + '"';

export function gitBlobId(content: Buffer): string {
@ok  return createHash('sha1').update(\`blob \${content.length}\\0\`).update(content).digest('hex');
}

export function gravatarUrl(email: string): string {
@ok  const h = createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  return \`https://www.gravatar.com/avatar/\${h}?d=identicon\`;
}

export function s3Headers(body: Buffer): Record<string, string> {
@ok  return { 'Content-MD5': createHash('md5').update(body).digest('base64') };
}

export function oauth1Signature(baseString: string, consumerSecret: string, tokenSecret: string): string {
@ok  return CryptoJS.HmacSHA1(baseString, consumerSecret + '&' + tokenSecret).toString(CryptoJS.enc.Base64);
}

export function signModern(data: string, privateKeyPem: string): string {
@ok  return createSign('RSA-SHA256').update(data).sign(privateKeyPem, 'base64');
}

export function cacheKey(url: string): string {
@ok  return 'page:' + createHash('md5').update(url).digest('hex');
}
`,
  ),
  // --- (6) secret comparisons ---
  ...js(
    "CWE-208",
    "webhook HMACs, API keys and tokens compared with !==, ===, ==, Buffer.compare and Buffer.equals vs timingSafeEqual with a length check, tsscmp, and comparisons of non-secret values",
    `const crypto = require('crypto');
const express = require('express');
const tsscmp = require('tsscmp');

const app = express();

app.post('/webhook', express.raw({ type: '*/*' }), (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.body).digest('hex');
@@  if (req.get('x-signature') !== expected) return res.sendStatus(401);
  res.sendStatus(204);
});

app.post('/github', express.raw({ type: '*/*' }), (req, res) => {
  const sig = Buffer.from(req.headers['x-hub-signature-256'] || '', 'utf8');
  const mac = Buffer.from('sha256=' + crypto.createHmac('sha256', process.env.GH_SECRET).update(req.body).digest('hex'), 'utf8');
@@  if (Buffer.compare(sig, mac) !== 0) return res.sendStatus(401);
@ok  if (req.get('x-github-event') === 'ping') return res.sendStatus(200);
  res.sendStatus(204);
});

function checkApiKey(req) {
@@  return req.headers['x-api-key'] === process.env.API_KEY;
}

function verifyToken(provided, stored) {
@@  return Buffer.from(provided).equals(Buffer.from(stored));
}

function verifySig(payload, signature) {
  const digest = crypto.createHmac('sha1', process.env.SIGNING_SECRET).update(payload).digest('base64');
@@  return digest == signature;
}

function safeCompare(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
@ok  if (x.length !== y.length) return false;
@ok  return crypto.timingSafeEqual(x, y);
}

function verifyWithLib(payload, signature) {
  const digest = crypto.createHmac('sha256', process.env.SIGNING_SECRET).update(payload).digest('hex');
@ok  return tsscmp(digest, signature);
}

function isAdmin(user) {
@ok  return user.role === 'admin';
}

function hasSignature(req) {
@ok  return typeof req.headers['x-signature'] === 'string';
}

module.exports = { app, checkApiKey, verifyToken, verifySig, safeCompare, verifyWithLib, isAdmin, hasSignature };
`,
  ),
  ...ts(
    "CWE-208",
    "Next.js/Koa-style handlers comparing a bearer token, a cron secret and a session HMAC with === / startsWith vs timingSafeEqual on digests and WebCrypto verify",
    `import { createHmac, timingSafeEqual, createHash } from 'node:crypto';

export async function POST(request: Request): Promise<Response> {
  const auth = request.headers.get('authorization');
@@  if (auth !== \`Bearer \${process.env.CRON_SECRET}\`) {
    return new Response('unauthorized', { status: 401 });
  }
  return new Response('ok');
}

export function checkSession(cookieValue: string, secret: string): boolean {
  const [data, mac] = cookieValue.split('.');
  const expected = createHmac('sha256', secret).update(data).digest('base64url');
@@  return mac === expected;
}

export function adminGate(headerToken: string | undefined): boolean {
@@  return headerToken === process.env.ADMIN_TOKEN;
}

export function checkSessionSafe(cookieValue: string, secret: string): boolean {
  const [data, mac] = cookieValue.split('.');
  const expected = createHmac('sha256', secret).update(data).digest();
  const given = Buffer.from(mac ?? '', 'base64url');
@ok  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function tokenMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
@ok  return timingSafeEqual(a, b);
}

export async function verifyWeb(key: CryptoKey, sig: ArrayBuffer, data: Uint8Array): Promise<boolean> {
@ok  return crypto.subtle.verify('HMAC', key, sig, data);
}

export function isJson(request: Request): boolean {
@ok  return request.headers.get('content-type') === 'application/json';
}
`,
  ),
  // --- (7) randomness for secrets ---
  ...js(
    "CWE-338",
    "Math.random reset tokens, OTPs and API keys, nanoid/non-secure invite codes, seedrandom session ids vs jitter, shuffles, sampling, request ids for logs, randomBytes, randomUUID, randomInt and nanoid",
    `const crypto = require('crypto');
const seedrandom = require('seedrandom');
const { nanoid: insecureId } = require('nanoid/non-secure');
const { nanoid } = require('nanoid');

function resetToken() {
@@  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function otp() {
@@  return String(Math.floor(100000 + Math.random() * 900000));
}

function apiKey() {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let key = '';
@@  for (let i = 0; i < 32; i++) key += chars.charAt(Math.floor(Math.random() * chars.length));
  return key;
}

function inviteCode() {
@@  return insecureId(21);
}

const rng = seedrandom(String(Date.now()));
function sessionId() {
@@  return rng().toString(36).slice(2) + rng().toString(36).slice(2);
}

function backoff(attempt) {
@ok  return 100 * 2 ** attempt + Math.floor(Math.random() * 100);
}

function shuffle(items) {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
@ok    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function shouldSample() {
@ok  return Math.random() < 0.05;
}

function requestLogId() {
@ok  return 'req-' + Math.random().toString(36).slice(2, 10);
}

function secureToken() {
@ok  return crypto.randomBytes(32).toString('hex');
}

function secureId() {
@ok  return crypto.randomUUID();
}

function secureOtp() {
@ok  return String(crypto.randomInt(100000, 1000000));
}

function secureInvite() {
@ok  return nanoid(21);
}

module.exports = { resetToken, otp, apiKey, inviteCode, sessionId, backoff, shuffle, shouldSample, requestLogId, secureToken, secureId, secureOtp, secureInvite };
`,
  ),
  ...ts(
    "CWE-338",
    "browser/React: Math.random CSRF token, OAuth state, CSP nonce and a device secret in localStorage vs random colours, confetti positions, a random tip, getRandomValues state and randomUUID",
    `import { useEffect, useState } from 'react';

export function startLogin(clientId: string): void {
@@  const state = Math.random().toString(36).substring(2);
  sessionStorage.setItem('oauth_state', state);
  window.location.assign(\`https://auth.example.com/authorize?client_id=\${clientId}&state=\${state}\`);
}

export function csrfField(): string {
@@  const csrfToken = Math.random().toString(36).slice(2) + Date.now().toString(36);
  document.cookie = 'csrf=' + csrfToken + '; Secure; SameSite=Strict';
  return csrfToken;
}

export function scriptNonce(): string {
@@  return btoa(String(Math.random() * 1e17));
}

export function ensureDeviceSecret(): string {
  let secret = localStorage.getItem('deviceSecret');
  if (!secret) {
@@    secret = Math.random().toString(16).slice(2) + Math.random().toString(16).slice(2);
    localStorage.setItem('deviceSecret', secret);
  }
  return secret;
}

const COLORS = ['#f94144', '#f3722c', '#90be6d', '#577590'];
export function randomColor(): string {
@ok  return COLORS[Math.floor(Math.random() * COLORS.length)];
}

export function Confetti({ count }: { count: number }) {
  const [pieces, setPieces] = useState<{ left: number; delay: number }[]>([]);
  useEffect(() => {
@ok    setPieces(Array.from({ length: count }, () => ({ left: Math.random() * 100, delay: Math.random() * 2 })));
  }, [count]);
  return pieces.length;
}

const TIPS = ['Press ? for shortcuts', 'Drag to reorder', 'Double-click to rename'];
@ok export const tipOfTheDay = (): string => TIPS[Math.floor(Math.random() * TIPS.length)];

export function startLoginSafe(clientId: string): void {
@ok  const state = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  sessionStorage.setItem('oauth_state', state);
  window.location.assign(\`https://auth.example.com/authorize?client_id=\${clientId}&state=\${state}\`);
}

@ok export const newDraftId = (): string => crypto.randomUUID();
`,
  ),
  ...ts(
    "CWE-330",
    "password-reset tokens from uuid v1 and from the clock vs uuid v4, randomUUID and a v1 id for a database row",
    `import { v1 as uuidv1, v4 as uuidv4 } from 'uuid';
import { randomUUID } from 'node:crypto';

interface Db {
  resets: { insert(row: object): Promise<void> };
  events: { insert(row: object): Promise<void> };
}

export async function createReset(db: Db, userId: string): Promise<string> {
@@  const token = uuidv1();
  await db.resets.insert({ userId, token, expires: Date.now() + 3600_000 });
  return token;
}

export async function createMagicLink(db: Db, userId: string): Promise<string> {
@@  const token = Date.now().toString(36) + userId;
  await db.resets.insert({ userId, token });
  return \`https://app.example.com/magic?t=\${token}\`;
}

export async function createResetSafe(db: Db, userId: string): Promise<string> {
@ok  const token = uuidv4();
  await db.resets.insert({ userId, token });
  return token;
}

export async function createVerify(db: Db, userId: string): Promise<string> {
@ok  const token = randomUUID();
  await db.resets.insert({ userId, token });
  return token;
}

export async function logEvent(db: Db, kind: string): Promise<void> {
@ok  await db.events.insert({ id: uuidv1(), kind, at: new Date() });
}
`,
  ),
  // --- (8) hard-coded keys, secrets and passwords ---
  ...js(
    "CWE-798",
    "literal cipher key, JWT secret, webhook HMAC secret, mysql2/ioredis/nodemailer passwords and a mongodb URL with credentials vs env-read secrets, key names, algorithm names and field names",
    `const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const mysql = require('mysql2');
const Redis = require('ioredis');
const nodemailer = require('nodemailer');
const mongoose = require('mongoose');

@@const cipherKey = Buffer.from('3f7a9c1e5b2d8f4a6c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a', 'hex');

function sign(payload) {
@@  return jwt.sign(payload, 'shhh-this-is-secret', { expiresIn: '1h' });
}

function mac(body) {
@@  return crypto.createHmac('sha256', 'whsec_9f8e7d6c5b4a3210').update(body).digest('hex');
}

const db = mysql.createPool({
  host: process.env.DB_HOST,
  user: 'app',
@@  password: 'Sup3rS3cret!',
  database: 'shop',
});

@@const redis = new Redis({ host: 'cache.internal', port: 6379, password: 'r3d1s-pass-2024' });

const mailer = nodemailer.createTransport({
  host: 'smtp.example.com',
  port: 465,
  secure: true,
@@  auth: { user: 'noreply@example.com', pass: 'mailpass123' },
});

function connect() {
@@  return mongoose.connect('mongodb://admin:hunter2@db.example.com:27017/app?authSource=admin');
}

@ok const db2 = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD });
@ok const PASSWORD_FIELD = 'password';
@ok const ALGORITHM = 'aes-256-gcm';
@ok const HEADER_NAME = 'x-api-key';
@ok const SECRET_NAME = 'prod/db/password';

function signSafe(payload) {
@ok  return jwt.sign(payload, process.env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '1h' });
}

function encrypt(text) {
  const iv = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv(ALGORITHM, Buffer.from(process.env.DATA_KEY, 'base64'), iv);
  return Buffer.concat([iv, c.update(text, 'utf8'), c.final(), c.getAuthTag()]).toString('base64');
}

module.exports = { cipherKey, sign, mac, db, redis, mailer, connect, db2, PASSWORD_FIELD, HEADER_NAME, SECRET_NAME, signSafe, encrypt };
`,
  ),
  ...ts(
    "CWE-798",
    "Stripe live key, bearer token header, axios basic auth, AWS credentials, a crypto-js passphrase and a literal AES key vs env-read keys, templated bearer tokens, KMS aliases and env-variable names",
    `import axios from 'axios';
import Stripe from 'stripe';
import { S3Client } from '@aws-sdk/client-s3';
import CryptoJS from 'crypto-js';
import { createCipheriv, randomBytes } from 'node:crypto';

@@export const stripe = new Stripe('sk_live_51H8xYzAbCdEfGhIjKlMnOpQrStUv', { apiVersion: '2023-10-16' });

export const partner = axios.create({
  baseURL: 'https://api.partner.com',
@@  headers: { Authorization: 'Bearer 7f3e9a2b4c6d8e0f1a3b5c7d9e1f2a4b' },
});

export async function dailyReport() {
  return axios.get('https://reports.partner.com/daily', {
@@    auth: { username: 'reporter', password: 'R3p0rt!ng2024' },
  });
}

export const s3 = new S3Client({
  region: 'eu-west-1',
@@  credentials: { accessKeyId: 'AKIA4QWERTYUIOPASDFG', secretAccessKey: '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' },
});

export function seal(data: string): string {
@@  return CryptoJS.AES.encrypt(data, 'my-static-passphrase-2024').toString();
}

export function enc(text: string): string {
  const iv = randomBytes(16);
@@  const c = createCipheriv('aes-256-cbc', Buffer.from('0123456789abcdef0123456789abcdef'), iv);
  return iv.toString('hex') + c.update(text, 'utf8', 'hex') + c.final('hex');
}

@ok export const stripeSafe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: '2023-10-16' });
@ok export const STRIPE_KEY_ENV = 'STRIPE_SECRET_KEY';
@ok export const KMS_KEY_ALIAS = 'alias/app-data';

export function client(token: string) {
@ok  return axios.create({ baseURL: 'https://api.partner.com', headers: { Authorization: \`Bearer \${token}\` } });
}

export async function report(cfg: { user: string; password: string }) {
  return axios.get('https://reports.partner.com/daily', {
@ok    auth: { username: cfg.user, password: cfg.password },
  });
}
`,
  ),
  // --- (9) TLS certificate checks switched off ---
  ...js(
    "CWE-295",
    "https.Agent, axios, got, undici, superagent, needle, node-fetch, ws, https.request, NODE_TLS_REJECT_UNAUTHORIZED, a no-op checkServerIdentity and an options constant vs a CA bundle, explicit true, a pinning checkServerIdentity and reading the variable",
    `const fs = require('fs');
const https = require('https');
const tls = require('tls');
const axios = require('axios');
const got = require('got');
const { Agent } = require('undici');
const superagent = require('superagent');
const needle = require('needle');
const fetch = require('node-fetch');
const WebSocket = require('ws');

@@const agent = new https.Agent({ rejectUnauthorized: false });

const billing = axios.create({
  baseURL: 'https://billing.example.com',
@@  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});

function status() {
@@  return got('https://status.example.com/api', { https: { rejectUnauthorized: false } }).json();
}

@@const dispatcher = new Agent({ connect: { rejectUnauthorized: false } });

function report() {
@@  return superagent.get('https://reports.example.com/daily').disableTLSCerts();
}

function legacy(cb) {
@@  needle.get('https://legacy.example.com/feed', { rejectUnauthorized: false }, cb);
}

function nf(url) {
@@  return fetch(url, { agent: new https.Agent({ rejectUnauthorized: false }) });
}

function socket(url) {
@@  return new WebSocket(url, { rejectUnauthorized: false });
}

@@process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

function rawTls(host) {
@@  return tls.connect({ host, port: 443, servername: host, checkServerIdentity: () => undefined });
}

function request(opts, cb) {
@@  return https.request({ ...opts, rejectUnauthorized: false }, cb);
}

@@const TLS_OPTS = { keepAlive: true, rejectUnauthorized: false };
const pooled = new https.Agent(TLS_OPTS);

const PINNED = process.env.API_CERT_SHA256;
@ok const strict = new https.Agent({ rejectUnauthorized: true, keepAlive: true });
@ok const internal = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem') });

function statusPinned(ca) {
@ok  return got('https://status.example.com/api', { https: { certificateAuthority: ca } }).json();
}

@ok const live = new WebSocket('wss://feed.example.com/live');

function pinnedTls(host) {
  return tls.connect({
    host,
    port: 443,
    servername: host,
@ok    checkServerIdentity(hostname, cert) {
      const err = tls.checkServerIdentity(hostname, cert);
      if (err) return err;
      if (cert.fingerprint256 !== PINNED) return new Error('certificate pin mismatch');
      return undefined;
    },
  });
}

@ok if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') console.warn('TLS certificate verification is disabled');

module.exports = { agent, billing, status, dispatcher, report, legacy, nf, socket, rawTls, request, pooled, strict, internal, statusPinned, live, pinnedTls };
`,
  ),
  ...ts(
    "CWE-295",
    "pg, mysql2, mongodb tlsAllowInvalidCertificates/tlsInsecure, ioredis, nodemailer, mqtt, sequelize dialectOptions and a mongodb URL option vs CA files, servername, a TLS minimum and a loopback client that only runs under tests",
    `import https from 'node:https';
import { readFileSync } from 'node:fs';
import axios from 'axios';
import { Pool } from 'pg';
import mysql from 'mysql2/promise';
import { MongoClient } from 'mongodb';
import Redis from 'ioredis';
import nodemailer from 'nodemailer';
import mqtt from 'mqtt';
import { Sequelize } from 'sequelize';

@@export const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });

export const conn = mysql.createPool({
  host: process.env.MYSQL_HOST,
  user: process.env.MYSQL_USER,
@@  ssl: { rejectUnauthorized: false },
});

@@export const mongo = new MongoClient(process.env.MONGO_URL as string, { tls: true, tlsAllowInvalidCertificates: true });
@@export const mongo2 = new MongoClient(process.env.MONGO_URL as string, { tlsInsecure: true });
@@export const redis = new Redis(process.env.REDIS_URL as string, { tls: { rejectUnauthorized: false } });

export const mail = nodemailer.createTransport({
  host: 'smtp.example.com',
  port: 465,
  secure: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
@@  tls: { rejectUnauthorized: false },
});

@@export const broker = mqtt.connect('mqtts://broker.example.com:8883', { rejectUnauthorized: false });

export const sequelize = new Sequelize(process.env.DATABASE_URL as string, {
@@  dialectOptions: { ssl: { require: true, rejectUnauthorized: false } },
});

@@const mongoUri = 'mongodb+srv://cluster0.example.net/app?tls=true&tlsAllowInvalidCertificates=true';
export const mongo3 = new MongoClient(mongoUri);

@ok export const pool2 = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { ca: readFileSync('/etc/ssl/rds-ca.pem', 'utf8') } });
@ok export const mongo4 = new MongoClient(process.env.MONGO_URL as string, { tls: true, tlsCAFile: '/etc/ssl/mongo-ca.pem' });
@ok export const redis2 = new Redis(process.env.REDIS_URL as string, { tls: { servername: 'cache.example.com' } });
@ok export const broker2 = mqtt.connect('mqtts://broker.example.com:8883', { ca: readFileSync('/etc/ssl/broker-ca.pem') });

export const mail2 = nodemailer.createTransport({
  host: 'smtp.example.com',
  port: 465,
  secure: true,
@ok  tls: { minVersion: 'TLSv1.2' },
});

// Test helper: talks only to the self-signed server the suite starts on the loopback interface.
export function localTestClient(port: number) {
  if (process.env.NODE_ENV !== 'test') throw new Error('localTestClient is for tests only');
@ok  return axios.create({ baseURL: \`https://localhost:\${port}\`, httpsAgent: new https.Agent({ rejectUnauthorized: false }) });
}
`,
  ),
  // --- (10) credentials over cleartext transports ---
  ...js(
    "CWE-319",
    "login over http://, ws:// with a token, basic-ftp secure:false, telnet, SMTP ignoreTLS, mqtt:// with a password, http basic auth and a bearer header over http vs https/wss/mqtts/ftps, localhost, a public feed and an XML namespace",
    `const http = require('http');
const axios = require('axios');
const WebSocket = require('ws');
const ftp = require('basic-ftp');
const { Telnet } = require('telnet-client');
const nodemailer = require('nodemailer');
const mqtt = require('mqtt');

async function login(username, password) {
@@  const res = await axios.post('http://auth.example.com/api/login', { username, password });
  return res.data.token;
}

async function loginFetch(email, password) {
@@  return fetch('http://accounts.example.com/session', { method: 'POST', body: JSON.stringify({ email, password }) });
}

function live(token) {
@@  return new WebSocket('ws://stream.example.com/updates?token=' + token);
}

async function upload(file) {
  const client = new ftp.Client();
@@  await client.access({ host: 'ftp.example.com', user: 'deploy', password: process.env.FTP_PASS, secure: false });
  await client.uploadFrom(file, 'site/' + file);
}

async function router(cmd) {
  const t = new Telnet();
@@  await t.connect({ host: 'router.example.net', port: 23, username: 'admin', password: process.env.ROUTER_PASS });
  return t.exec(cmd);
}

const relay = nodemailer.createTransport({
  host: 'smtp.example.com',
  port: 25,
@@  ignoreTLS: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

@@const broker = mqtt.connect('mqtt://broker.example.com:1883', { username: 'sensor', password: process.env.MQTT_PASS });

function metrics(cb) {
@@  return http.get({ host: 'metrics.example.com', path: '/api', auth: 'admin:' + process.env.METRICS_PASS }, cb);
}

function me(token) {
@@  return axios.get('http://api.example.com/v1/me', { headers: { Authorization: 'Bearer ' + token } });
}

async function loginSafe(username, password) {
@ok  const res = await axios.post('https://auth.example.com/api/login', { username, password });
  return res.data.token;
}

async function loginDev(email, password) {
@ok  return fetch('http://localhost:3000/session', { method: 'POST', body: JSON.stringify({ email, password }) });
}

function liveSafe(token) {
@ok  return new WebSocket('wss://stream.example.com/updates?token=' + token);
}

async function uploadSafe(file) {
  const client = new ftp.Client();
@ok  await client.access({ host: 'ftp.example.com', user: 'deploy', password: process.env.FTP_PASS, secure: true });
  await client.uploadFrom(file, 'site/' + file);
}

@ok const brokerSafe = mqtt.connect('mqtts://broker.example.com:8883', { username: 'sensor', password: process.env.MQTT_PASS });

async function feed() {
@ok  const res = await fetch('http://feeds.example.com/news/rss.xml');
  return res.text();
}

@ok const SVG_NS = 'http://www.w3.org/2000/svg';

module.exports = { login, loginFetch, live, upload, router, relay, broker, metrics, me, loginSafe, loginDev, liveSafe, uploadSafe, brokerSafe, feed, SVG_NS };
`,
  ),
  ...ts(
    "CWE-319",
    "nodemailer on 587 with secure:false and auth but no requireTLS, an http:// API base URL for a token client, EventSource with a token over http vs requireTLS, https base URL, a localhost health probe",
    `import nodemailer from 'nodemailer';
import axios from 'axios';

export const transport = nodemailer.createTransport({
  host: 'mail.example.com',
  port: 587,
@@  secure: false,
  auth: { user: 'alerts', pass: process.env.MAIL_PASS },
});

export const transportSafe = nodemailer.createTransport({
  host: 'mail.example.com',
  port: 587,
@ok  secure: false,
  requireTLS: true,
  auth: { user: 'alerts', pass: process.env.MAIL_PASS },
});

export function apiClient(token: string) {
@@  return axios.create({ baseURL: 'http://api.example.com/v2', headers: { Authorization: \`Bearer \${token}\` } });
}

export function events(token: string): EventSource {
@@  return new EventSource(\`http://push.example.com/stream?access_token=\${token}\`);
}

export function apiClientSafe(token: string) {
@ok  return axios.create({ baseURL: 'https://api.example.com/v2', headers: { Authorization: \`Bearer \${token}\` } });
}

export async function health(): Promise<boolean> {
@ok  const res = await fetch('http://127.0.0.1:8080/healthz');
  return res.ok;
}
`,
  ),
];
