// Dev suite "js-ts", batch 58: written blind, before any fix for it (own code). File modes that open files and
// sockets to every local user (chmod in its string, decimal, constant and promise forms, umask, mkdir/writeFile/open
// modes), predictable files in shared temporary directories, and asymmetric keys too short to resist factoring
// (Node's generateKeyPair, Diffie-Hellman groups, WebCrypto, node-forge, node-rsa), each with a safe twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch58", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch58", cwe, note, src, "typescript");

export const BATCH58: DevCase[] = [
  ...js(
    "CWE-732",
    "chmodSync with a string mode: world rwx vs owner/group only",
    `const fs = require('fs');

function publishDir(dir) {
@@  fs.chmodSync(dir, '777');
}

function lockDir(dir) {
@ok  fs.chmodSync(dir, '750');
}

module.exports = { publishDir, lockDir };
`,
  ),
  ...js(
    "CWE-732",
    "fs.promises.chmod world-writable vs owner read/write",
    `const fsp = require('fs').promises;

async function storeUpload(target) {
@@  await fsp.chmod(target, 0o666);
}

async function storeSecret(target) {
@ok  await fsp.chmod(target, 0o600);
}

module.exports = { storeUpload, storeSecret };
`,
  ),
  ...js(
    "CWE-732",
    "process.umask cleared vs a restrictive umask in a daemon start-up",
    `const fs = require('fs');

function startWorker(pidFile) {
@@  process.umask(0);
  fs.writeFileSync(pidFile, String(process.pid));
}

function startWorkerSafely(pidFile) {
@ok  process.umask(0o077);
  fs.writeFileSync(pidFile, String(process.pid));
}

module.exports = { startWorker, startWorkerSafely };
`,
  ),
  ...js(
    "CWE-732",
    "mkdirSync with mode 0o777 vs 0o700 for a cache directory",
    `const fs = require('fs');
const path = require('path');

function makeCache(root) {
  const dir = path.join(root, 'cache');
@@  fs.mkdirSync(dir, { recursive: true, mode: 0o777 });
  return dir;
}

function makePrivateCache(root) {
  const dir = path.join(root, 'private-cache');
@ok  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

module.exports = { makeCache, makePrivateCache };
`,
  ),
  ...js(
    "CWE-732",
    "writeFileSync of credentials with mode 0o666 vs 0o600",
    `const fs = require('fs');

function saveToken(file, token) {
@@  fs.writeFileSync(file, JSON.stringify({ token }), { mode: 0o666 });
}

function saveTokenPrivately(file, token) {
@ok  fs.writeFileSync(file, JSON.stringify({ token }), { mode: 0o600 });
}

module.exports = { saveToken, saveTokenPrivately };
`,
  ),
  ...js(
    "CWE-732",
    "chmod with fs.constants granting others rwx vs owner-only constants",
    `const fs = require('fs');
const { S_IRWXU, S_IRWXG, S_IRWXO, S_IRUSR, S_IWUSR } = fs.constants;

function openSocket(sockPath) {
@@  fs.chmodSync(sockPath, S_IRWXU | S_IRWXG | S_IRWXO);
}

function closeSocket(sockPath) {
@ok  fs.chmodSync(sockPath, S_IRUSR | S_IWUSR);
}

module.exports = { openSocket, closeSocket };
`,
  ),
  ...js(
    "CWE-732",
    "openSync creating a log with mode 0o777 vs 0o640",
    `const fs = require('fs');

function openAudit(file) {
@@  return fs.openSync(file, 'a', 0o777);
}

function openAuditSafely(file) {
@ok  return fs.openSync(file, 'a', 0o640);
}

module.exports = { openAudit, openAuditSafely };
`,
  ),
  ...js(
    "CWE-732",
    "decimal mode 511 (0o777) in the callback chmod vs 448 (0o700)",
    `const fs = require('fs');

function share(file, done) {
@@  fs.chmod(file, 511, done);
}

function keep(file, done) {
@ok  fs.chmod(file, 448, done);
}

module.exports = { share, keep };
`,
  ),
  ...js(
    "CWE-732",
    "mode held in a module constant: world-writable vs owner-only",
    `const fs = require('fs');

const SHARED_MODE = 0o777;
const OWNER_MODE = 0o700;

function prepare(dir) {
@@  fs.chmodSync(dir, SHARED_MODE);
}

function prepareSafely(dir) {
@ok  fs.chmodSync(dir, OWNER_MODE);
}

module.exports = { prepare, prepareSafely };
`,
  ),
  ...ts(
    "CWE-732",
    "node:fs/promises chmod imported by name: 0o777 vs 0o640",
    `import { chmod, writeFile } from 'node:fs/promises';

export async function exportReport(file: string, body: string): Promise<void> {
  await writeFile(file, body);
@@  await chmod(file, 0o777);
}

export async function exportReportSafely(file: string, body: string): Promise<void> {
  await writeFile(file, body);
@ok  await chmod(file, 0o640);
}
`,
  ),
  ...js(
    "CWE-732",
    "fchmodSync on an open descriptor: 0o666 vs 0o644",
    `const fs = require('fs');

function reopen(file) {
  const fd = fs.openSync(file, 'r+');
@@  fs.fchmodSync(fd, 0o666);
  return fd;
}

function reopenReadOnlyForOthers(file) {
  const fd = fs.openSync(file, 'r+');
@ok  fs.fchmodSync(fd, 0o644);
  return fd;
}

module.exports = { reopen, reopenReadOnlyForOthers };
`,
  ),
  ...js(
    "CWE-732",
    "umask given as a string '000' vs '077'",
    `function relaxed() {
@@  process.umask('000');
}

function strict() {
@ok  process.umask('077');
}

module.exports = { relaxed, strict };
`,
  ),
  ...ts(
    "CWE-732",
    "chmod -R 777 through a shell command vs 750",
    `import { execSync } from 'child_process';

export function openUploads(): void {
@@  execSync('chmod -R 777 /srv/app/uploads');
}

export function closeUploads(): void {
@ok  execSync('chmod -R 750 /srv/app/uploads');
}
`,
  ),
  ...js(
    "CWE-377",
    "predictable file name under /tmp vs a mkdtemp directory",
    `const fs = require('fs');
const os = require('os');
const path = require('path');

function dumpSession(data) {
@@  fs.writeFileSync('/tmp/session-' + process.pid + '.json', JSON.stringify(data));
}

function dumpSessionSafely(data) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-'));
@ok  fs.writeFileSync(path.join(dir, 'session.json'), JSON.stringify(data));
}

module.exports = { dumpSession, dumpSessionSafely };
`,
  ),
  ...js(
    "CWE-377",
    "fixed name joined to os.tmpdir() vs the tmp package's unique file",
    `const fs = require('fs');
const os = require('os');
const path = require('path');
const tmp = require('tmp');

function stage(buffer) {
  const target = path.join(os.tmpdir(), 'upload.bin');
@@  fs.writeFileSync(target, buffer);
  return target;
}

function stageSafely(buffer) {
  const file = tmp.fileSync({ mode: 0o600, prefix: 'upload-' });
@ok  fs.writeFileSync(file.name, buffer);
  return file.name;
}

module.exports = { stage, stageSafely };
`,
  ),
  ...js(
    "CWE-377",
    "createWriteStream on /var/tmp with a fixed name vs inside a private temp dir",
    `const fs = require('fs');
const os = require('os');
const path = require('path');

function openExport() {
@@  return fs.createWriteStream('/var/tmp/export.csv');
}

function openExportSafely() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
@ok  return fs.createWriteStream(path.join(dir, 'export.csv'), { mode: 0o600 });
}

module.exports = { openExport, openExportSafely };
`,
  ),
  ...ts(
    "CWE-377",
    "template-literal path under /tmp written with a counter vs fs.mkdtemp",
    `import { writeFile, mkdtemp } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';

let counter = 0;

export async function renderPdf(buf: Buffer): Promise<string> {
  const out = \`/tmp/render-\${counter++}.pdf\`;
@@  await writeFile(out, buf);
  return out;
}

export async function renderPdfSafely(buf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'render-'));
  const out = join(dir, 'render.pdf');
@ok  await writeFile(out, buf);
  return out;
}
`,
  ),
  ...js(
    "CWE-377",
    "TMPDIR environment variable plus a fixed name vs mkdtemp under it",
    `const fs = require('fs');
const path = require('path');

function writeLock() {
  const lockPath = process.env.TMPDIR + '/deploy.lock';
@@  fs.writeFileSync(lockPath, String(Date.now()));
}

function writeLockSafely() {
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'deploy-'));
@ok  fs.writeFileSync(path.join(dir, 'deploy.lock'), String(Date.now()), { flag: 'wx' });
}

module.exports = { writeLock, writeLockSafely };
`,
  ),
  ...js(
    "CWE-326",
    "RSA key pair of 1024 bits vs 3072 bits",
    `const crypto = require('crypto');

function makeSigningKeys() {
  return crypto.generateKeyPairSync('rsa', {
@@    modulusLength: 1024,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

function makeStrongSigningKeys() {
  return crypto.generateKeyPairSync('rsa', {
@ok    modulusLength: 3072,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

module.exports = { makeSigningKeys, makeStrongSigningKeys };
`,
  ),
  ...js(
    "CWE-326",
    "options object declared apart from the generateKeyPair call: 512 vs 2048",
    `const { generateKeyPair } = require('crypto');

const weakOptions = {
@@  modulusLength: 512,
  publicExponent: 0x10001,
};
const strongOptions = {
@ok  modulusLength: 2048,
  publicExponent: 0x10001,
};

function issue(cb) {
  generateKeyPair('rsa', weakOptions, cb);
}

function issueStrong(cb) {
  generateKeyPair('rsa', strongOptions, cb);
}

module.exports = { issue, issueStrong };
`,
  ),
  ...js(
    "CWE-326",
    "DSA with a 1024-bit modulus vs 3072 bits, one-line calls",
    `const crypto = require('crypto');

@@const legacy = crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
@ok const modern = crypto.generateKeyPairSync('dsa', { modulusLength: 3072, divisorLength: 256 });

module.exports = { legacy, modern };
`,
  ),
  ...js(
    "CWE-326",
    "EC key on a 160-bit curve vs prime256v1",
    `const crypto = require('crypto');

function deviceKey() {
  return crypto.generateKeyPairSync('ec', {
@@    namedCurve: 'secp160k1',
  });
}

function deviceKeyStrong() {
  return crypto.generateKeyPairSync('ec', {
@ok    namedCurve: 'prime256v1',
  });
}

module.exports = { deviceKey, deviceKeyStrong };
`,
  ),
  ...js(
    "CWE-326",
    "Diffie-Hellman prime of 512 bits vs 2048 bits",
    `const crypto = require('crypto');

function handshake() {
@@  const dh = crypto.createDiffieHellman(512);
  return dh.generateKeys();
}

function handshakeStrong() {
@ok  const dh = crypto.createDiffieHellman(2048);
  return dh.generateKeys();
}

module.exports = { handshake, handshakeStrong };
`,
  ),
  ...js(
    "CWE-326",
    "predefined Diffie-Hellman group modp1 (768 bits) vs modp14",
    `const crypto = require('crypto');

@@const weakGroup = crypto.getDiffieHellman('modp1');
@ok const strongGroup = crypto.getDiffieHellman('modp14');

module.exports = { weakGroup, strongGroup };
`,
  ),
  ...ts(
    "CWE-326",
    "WebCrypto RSASSA key generation with 1024 bits vs 2048 bits",
    `export async function makeKey(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
@@      modulusLength: 1024,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  );
}

export async function makeStrongKey(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
@ok      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  );
}
`,
  ),
  ...js(
    "CWE-326",
    "node-forge RSA key pair of 1024 bits vs 4096 bits",
    `const forge = require('node-forge');

@@const weak = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
@ok const strong = forge.pki.rsa.generateKeyPair({ bits: 4096, e: 0x10001 });

module.exports = { weak, strong };
`,
  ),
  ...ts(
    "CWE-326",
    "node-rsa key of 512 bits vs 2048 bits",
    `import NodeRSA from 'node-rsa';

@@export const weakKey = new NodeRSA({ b: 512 });
@ok export const strongKey = new NodeRSA({ b: 2048 });
`,
  ),
];
