// Dev suite "js-ts", batch 147: the false-alarm shapes left open after the seventeenth real-code sample (command-
// line tools running commands from their own invoker's options, super-linear patterns on a project's own files)
// and last round's open misses, in new code. Each safe shape sits beside a real weakness of the same rule. Own code.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch147", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch147", cwe, note, src, "typescript");

export const BATCH147: DevCase[] = [
  // --- (1) a command-line tool's own options reaching a shell ---
  ...js(
    "CWE-78",
    "commander CLI builds git and docker command lines from its own options (the invoking user's)",
    `#!/usr/bin/env node
const { Command } = require('commander');
const { execSync } = require('child_process');

const program = new Command();
program
  .name('shipit')
  .option('-b, --branch <name>', 'branch to deploy', 'main')
  .option('-t, --tag <tag>', 'image tag');

program.command('deploy <dir>').action((dir, opts) => {
@ok  execSync(\`git -C \${dir} checkout \${opts.branch}\`, { stdio: 'inherit' });
@ok  execSync('docker build -t registry.local/app:' + (opts.tag || 'latest') + ' ' + dir, { stdio: 'inherit' });
});

program.parse(process.argv);
`,
  ),
  ...js(
    "CWE-78",
    "yargs command module: the npm script named on the command line, run through a shell",
    `const { execSync } = require('node:child_process');

exports.command = 'run [script]';
exports.describe = 'run a package script of the project';
exports.builder = (yargs) =>
  yargs.option('script', { alias: 's', default: 'start', describe: 'npm script to run' });

exports.handler = (argv) => {
  const env = { ...process.env, FORCE_COLOR: '1' };
@ok  execSync(\`npm run \${argv.script}\`, { stdio: 'inherit', env });
};
`,
  ),
  ...ts(
    "CWE-78",
    "a scaffolding script reading process.argv and meow flags into make and tar command lines",
    `#!/usr/bin/env node
import meow from 'meow';
import { exec, execSync } from 'node:child_process';

const cli = meow('Usage: pack <target> [--out file]', {
  importMeta: import.meta,
  flags: { out: { type: 'string', default: 'dist.tgz' } },
});

const [target] = cli.input;
@okexecSync('make ' + target, { stdio: 'inherit' });
@okexec(\`tar czf \${cli.flags.out} build/\`, (err) => {
  if (err) process.exitCode = 1;
});

const extra = process.argv.slice(2).filter((a) => a.startsWith('--jobs='));
@okexecSync(\`make -j\${extra.length ? extra[0].slice(7) : '4'} install\`);
`,
  ),
  ...js(
    "CWE-78",
    "an express route and a CLI that also serves HTTP, each putting request data into a shell command",
    `#!/usr/bin/env node
const express = require('express');
const { exec } = require('child_process');
const { program } = require('commander');

program.option('-p, --port <n>', 'port', '8080').parse();
const app = express();

app.get('/ping', (req, res) => {
@@  exec('ping -c 1 ' + req.query.host, (err, out) => res.type('text').send(out));
});

app.post('/convert', express.json(), (req, res) => {
@@  exec(\`convert \${req.body.input} \${req.body.output}\`, (err) => res.sendStatus(err ? 500 : 204));
});

app.listen(Number(program.opts().port));
`,
  ),
  ...js(
    "CWE-78",
    "a library function running the command string its caller passes, with no CLI around it",
    `const { execSync } = require('child_process');

function runHook(hook, cwd) {
@@  return execSync(hook, { cwd, encoding: 'utf8' });
}

module.exports = { runHook };
`,
  ),
  // --- (2) super-linear patterns on the project's own files ---
  ...js(
    "CWE-1333",
    "a PEM block pattern over a certificate file the tool reads from its own config folder vs the same pattern on a posted body",
    `const fs = require('fs');
const path = require('path');
const express = require('express');

const PEM = /-+BEGIN CERTIFICATE-+\\s*([\\s\\S]*?)\\s*-+END CERTIFICATE-+\\s*$/;
const PEM_BODY = /-+BEGIN CERTIFICATE-+([A-Za-z0-9+/=\\s]*)\\s*-+END CERTIFICATE-+\\s*$/;

function loadChain(dir) {
  const text = fs.readFileSync(path.join(dir, 'chain.pem'), 'utf8');
@ok  return text.split(/\\n(?=-)/).map((block) => PEM.exec(block)).filter(Boolean);
}

const app = express();
app.post('/inspect', express.text(), (req, res) => {
@@  const m = PEM_BODY.exec(req.body);
  res.json({ ok: !!m });
});

module.exports = { app, loadChain };
`,
  ),
  // --- (3) last round's open misses: world-writable modes spelt in octal ---
  ...js(
    "CWE-732",
    "files and sockets created with 0o666 and 0o777 modes vs owner-only modes",
    `const fs = require('fs');
const net = require('net');

function writeSpool(file, data) {
@@  fs.writeFileSync(file, data, { mode: 0o666 });
}

function openLog(file) {
@@  return fs.openSync(file, 'a', 0o666);
}

function writeToken(file, token) {
@ok  fs.writeFileSync(file, token, { mode: 0o600 });
}

function makeDrop(dir) {
@@  fs.mkdirSync(dir, { recursive: true, mode: 0o777 });
}

function serve(sock) {
  const srv = net.createServer(() => {});
  srv.listen(sock, () => {
@@    fs.chmodSync(sock, 0o666);
  });
}

module.exports = { writeSpool, openLog, writeToken, makeDrop, serve };
`,
  ),
];
