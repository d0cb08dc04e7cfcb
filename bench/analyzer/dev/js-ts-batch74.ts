// Dev suite "js-ts", batch 74: written blind, before any fix for it (own code). Library-shaped command and argument
// injection, archive extraction and polynomial regexes, the idioms a probe on real vulnerable npm packages missed or
// mis-scored: an exec handed in through an IIFE parameter, a command built by a helper of the file, git/ssh argument
// lists without `--`, exec guarded by an IP/port validator (the patched shape), zip entries resolved under a target
// directory with and without a containment check, trailing-whitespace and number regexes that backtrack
// quadratically; each insecure line with a patched twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch74", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch74", cwe, note, src, "typescript");

export const BATCH74: DevCase[] = [
  ...js(
    "CWE-78",
    "UMD/IIFE module receiving child_process.exec as a parameter, command built from options.file vs execFile",
    `'use strict';

(function (exec, execFile) {
  function diskFree(options, callback) {
    const base = 'df -kP';
    const cmd = options.file ? base + ' ' + options.file : base;
@@    exec(cmd, function (err, stdout) {
      callback(err, stdout);
    });
  }

  function diskFreeSafe(options, callback) {
    const args = ['-kP'];
    if (options.file) args.push('--', options.file);
@ok    execFile('df', args, function (err, stdout) {
      callback(err, stdout);
    });
  }

  module.exports = { diskFree, diskFreeSafe };
})(require('child_process').exec, require('child_process').execFile);
`,
  ),
  ...js(
    "CWE-78",
    "command assembled by a local buildCommand(bin, args) helper then exec'd vs a helper that single-quotes each arg",
    `'use strict';
const child_process = require('child_process');

function buildCommand(bin, args, sudo) {
  return (sudo ? 'sudo ' : '') + [bin].concat(args).join(' ');
}

function quote(arg) {
  return "'" + String(arg).replace(/'/g, "'\\\\''") + "'";
}

function buildQuoted(bin, args) {
  return [bin].concat(args.map(quote)).join(' ');
}

exports.unmount = function (device, callback) {
  const command = buildCommand('umount', [device + '?*'], true);
@@  return child_process.exec(command, callback);
};

exports.unmountQuoted = function (device, callback) {
  const command = buildQuoted('umount', [device]);
@ok  return child_process.exec(command, callback);
};
`,
  ),
  ...js(
    "CWE-78",
    "arp lookup exec('arp -n ' + address) vs the same call after an isV4Format/isV6Format early reject",
    `'use strict';
const cp = require('mz/child_process');
const ip = require('ip');

function lookup(address) {
@@  return cp.exec('arp -n ' + address).then(([stdout]) => stdout);
}

function lookupChecked(address) {
  if (!ip.isV4Format(address) && !ip.isV6Format(address)) {
    return Promise.reject(new Error('Invalid IP address provided.'));
  }
@ok  return cp.exec('arp -n ' + address).then(([stdout]) => stdout);
}

module.exports = { lookup, lookupChecked };
`,
  ),
  ...js(
    "CWE-78",
    "kill the process on a port with a shell pipeline vs the same pipeline after Number.parseInt of the port",
    `'use strict';
const { exec } = require('child_process');

module.exports.killPort = function killPort(port) {
  return new Promise((resolve, reject) => {
@@    exec('lsof -i tcp:' + port + " | grep LISTEN | awk '{print $2}' | xargs kill -9", (err) =>
      err ? reject(err) : resolve(),
    );
  });
};

module.exports.killPortSafe = function killPortSafe(port) {
  const n = Number.parseInt(port, 10);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) return Promise.reject(new Error('bad port'));
  return new Promise((resolve, reject) => {
@ok    exec('lsof -i tcp:' + n + " | grep LISTEN | awk '{print $2}' | xargs kill -9", (err) =>
      err ? reject(err) : resolve(),
    );
  });
};
`,
  ),
  ...js(
    "CWE-78",
    "notifier building an osascript/notify-send command by joining quoted-looking args vs spawn with an argv array",
    `'use strict';
const { exec, spawn } = require('child_process');

function notify(title, message) {
  const args = ['notify-send', '"' + title + '"', '"' + message + '"'];
@@  exec(args.join(' '));
}

function notifySafe(title, message) {
@ok  spawn('notify-send', [String(title), String(message)], { stdio: 'ignore' });
}

module.exports = { notify, notifySafe };
`,
  ),
  ...ts(
    "CWE-88",
    "git blame through execa with a caller path (option injection: --output=...) vs the path after '--'",
    `import execa from 'execa';

export async function blame(path: string): Promise<string> {
@@  const result = await execa('git', ['blame', '-w', path]);
  return result.stdout;
}

export async function blameSafe(path: string): Promise<string> {
@ok  const result = await execa('git', ['blame', '-w', '--', path]);
  return result.stdout;
}
`,
  ),
  ...js(
    "CWE-88",
    "git clone wrapper passing a caller URL as an argument (--upload-pack=...) vs a URL checked for a leading dash",
    `'use strict';
const { execFile } = require('child_process');

exports.clone = function clone(repo, dest, cb) {
@@  execFile('git', ['clone', repo, dest], cb);
};

exports.cloneChecked = function cloneChecked(repo, dest, cb) {
  if (typeof repo !== 'string' || repo.startsWith('-') || dest.startsWith('-')) {
    return cb(new Error('refusing an option-looking argument'));
  }
@ok  execFile('git', ['clone', '--', repo, dest], cb);
};
`,
  ),
  ...js(
    "CWE-78",
    "git remote add with exec and a concatenated name/url vs execFileSync with an argv",
    `'use strict';
const cp = require('child_process');

module.exports.addRemote = function addRemote(cwd, name, url) {
@@  cp.execSync('git remote add ' + name + ' ' + url, { cwd });
};

module.exports.addRemoteSafe = function addRemoteSafe(cwd, name, url) {
@ok  cp.execFileSync('git', ['remote', 'add', '--', name, url], { cwd });
};
`,
  ),
  ...js(
    "CWE-22",
    "adm-zip style extractAllTo: path.resolve(target, entryName) written vs a startsWith(target + sep) check",
    `'use strict';
const fs = require('fs');
const path = require('path');

function extractAllTo(entries, targetPath) {
  for (const entry of entries) {
    const full = path.resolve(targetPath, entry.entryName);
    fs.mkdirSync(path.dirname(full), { recursive: true });
@@    fs.writeFileSync(full, entry.getData());
  }
}

function extractAllToChecked(entries, targetPath) {
  const root = path.resolve(targetPath);
  for (const entry of entries) {
    const full = path.resolve(root, entry.entryName);
    if (!full.startsWith(root + path.sep)) throw new Error('entry outside target: ' + entry.entryName);
    fs.mkdirSync(path.dirname(full), { recursive: true });
@ok    fs.writeFileSync(full, entry.getData());
  }
}

module.exports = { extractAllTo, extractAllToChecked };
`,
  ),
  ...js(
    "CWE-22",
    "unzip stream Extract: entry.path joined onto opts.path and piped to a write stream vs a path.relative check",
    `'use strict';
const fs = require('fs');
const path = require('path');
const unzip = require('unzip-stream');

exports.extract = function extract(zipFile, opts) {
  fs.createReadStream(zipFile)
    .pipe(unzip.Parse())
    .on('entry', (entry) => {
      const dest = path.join(opts.path, entry.path);
@@      entry.pipe(fs.createWriteStream(dest));
    });
};

exports.extractChecked = function extractChecked(zipFile, opts) {
  fs.createReadStream(zipFile)
    .pipe(unzip.Parse())
    .on('entry', (entry) => {
      const dest = path.join(opts.path, entry.path);
      const rel = path.relative(opts.path, dest);
      if (rel.startsWith('..') || path.isAbsolute(rel)) return entry.autodrain();
@ok      entry.pipe(fs.createWriteStream(dest));
    });
};
`,
  ),
  ...ts(
    "CWE-22",
    "tar-stream extract: header.name under a destination dir vs names reduced by path.basename",
    `import * as fs from 'fs';
import * as path from 'path';
import tar from 'tar-stream';

export function untar(input: NodeJS.ReadableStream, destDir: string): void {
  const ex = tar.extract();
  ex.on('entry', (header, stream, next) => {
    const out = path.join(destDir, header.name);
@@    stream.pipe(fs.createWriteStream(out)).on('finish', next);
  });
  input.pipe(ex);
}

export function untarFlat(input: NodeJS.ReadableStream, destDir: string): void {
  const ex = tar.extract();
  ex.on('entry', (header, stream, next) => {
    const out = path.join(destDir, path.basename(header.name));
@ok    stream.pipe(fs.createWriteStream(out)).on('finish', next);
  });
  input.pipe(ex);
}
`,
  ),
  ...js(
    "CWE-22",
    "static file helper serving a URL path joined onto root vs normalize + strip of leading ../ (a patched shape)",
    `'use strict';
const fs = require('fs');
const path = require('path');

module.exports = function serveFile(root) {
  return function (req, res) {
    const possible = path.join(root, decodeURIComponent(req.url.split('?')[0]));
@@    fs.readFile(possible, (err, buf) => (err ? res.end() : res.end(buf)));
  };
};

module.exports.safe = function serveFileSafe(root) {
  return function (req, res) {
    const rel = path.normalize(decodeURIComponent(req.url.split('?')[0])).replace(/^(\\.\\.[\\/\\\\])+/, '');
    const full = path.join(root, rel);
    if (!full.startsWith(path.resolve(root) + path.sep)) return res.end();
@ok    fs.readFile(full, (err, buf) => (err ? res.end() : res.end(buf)));
  };
};
`,
  ),
  ...js(
    "CWE-1333",
    "trim() with /^\\s*|\\s*$/g on a caller string (quadratic on long inner whitespace) vs a loop-based trim",
    `'use strict';

exports.trim = function trim(str) {
@@  return str.replace(/^\\s*|\\s*$/g, '');
};

exports.trimFast = function trimFast(str) {
  let start = 0;
  let end = str.length;
  while (start < end && /\\s/.test(str[start])) start++;
  while (end > start && /\\s/.test(str[end - 1])) end--;
@ok  return str.slice(start, end);
};
`,
  ),
  ...js(
    "CWE-1333",
    "duration parser /^((?:\\d+)?\\.?\\d+) *(ms|s|m|h)?$/ on any length vs the same regex after a length cap",
    `'use strict';

const RE = /^((?:\\d+)?\\.?\\d+) *(ms|s|m|h|d)?$/i;

function parse(str) {
@@  const m = RE.exec(str);
  return m ? parseFloat(m[1]) : undefined;
}

function parseCapped(str) {
  str = String(str);
  if (str.length > 100) return undefined;
@ok  const m = RE.exec(str);
  return m ? parseFloat(m[1]) : undefined;
}

module.exports = { parse, parseCapped };
`,
  ),
  ...js(
    "CWE-1333",
    "glob enclosure test /[{[].*[/]*.*[}\\]]$/ with two .* around an optional run vs an endsWith + single-char test",
    `'use strict';

exports.hasEnclosure = function hasEnclosure(str) {
@@  return /[\\{\\[].*[\\/]*.*[\\}\\]]$/.test(str);
};

exports.hasEnclosureFixed = function hasEnclosureFixed(str) {
@ok  return (str.endsWith('}') || str.endsWith(']')) && /[{[]/.test(str);
};
`,
  ),
  ...js(
    "CWE-1333",
    "ANSI escape matcher with a nested (?:;[...]*)* group vs the patched alternation with + inside",
    `'use strict';

exports.ansiPattern = function ansiPattern() {
@@  return new RegExp('[\\\\u001B\\\\u009B][[\\\\]()#;?]*(?:[a-zA-Z\\\\d]*(?:;[-a-zA-Z\\\\d\\\\/#&.:=?%@~_]*)*)?\\\\u0007', 'g');
};

exports.ansiPatternFixed = function ansiPatternFixed() {
@ok  return new RegExp('[\\\\u001B\\\\u009B][[\\\\]()#;?]*(?:\\\\d{1,4}(?:;\\\\d{0,4})*)?[\\\\dA-PR-TZcf-ntqry=><~]', 'g');
};
`,
  ),
];
