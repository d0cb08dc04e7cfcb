// Dev suite "js-ts", batch 166: the twenty-third real-code false-alarm sample (305 npm packages: auth and session
// SDKs, koa/fastify/hapi/nest plugins, CMS backends, realtime, database tooling, queues, logging/APM agents,
// validation, i18n, image tools, scrapers, test utilities, React Native / Capacitor plugins, maps, devops helpers;
// 150 MEDIUM+ findings judged by reading). Own code in the shape of what was misjudged, each false-alarm shape as a
// safe case beside a nearby real weakness.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch166", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch166", cwe, note, src, "typescript");

export const BATCH166: DevCase[] = [
  // --- (1) a spec file run with the runner's globals (no test import): its top-level fixtures ---
  ...ts(
    "CWE-798",
    "a vitest-globals spec's top-level fixture options (placeholder cookie password, mocked tokens)",
    `import { SessionManager } from './SessionManager.js';

const options = {
@ok  cookiePassword: 'a-test-cookie-password-of-at-least-32-chars',
  clientId: 'client_test',
};

const storedSession = {
@ok  accessToken: 'stale-access-token',
  refreshToken: 'rt-old',
};

describe('SessionManager', () => {
  it('refreshes an expired session', async () => {
    const manager = new SessionManager(options, { load: async () => storedSession });
    const session = await manager.current();
    expect(session.accessToken).not.toBe(storedSession.accessToken);
  });
});
`,
  ),
  ...ts(
    "CWE-798",
    "the session manager's production defaults with a real-looking cookie secret",
    `export const defaults = {
@@  cookiePassword: 'kQ7vN2xLp9sT4wZr8bYc1mHf6dJg3eUa',
  cookieName: 'app-session',
  maxAge: 60 * 60 * 24,
};

export function withDefaults(opts: Partial<typeof defaults>) {
  return { ...defaults, ...opts };
}
`,
  ),
  ...js(
    "CWE-798",
    "a jest-globals test of a DB helper: the seeded user's password in a top-level fixture",
    `const { connect } = require('../src/db');

const fixtureUser = { username: 'alice', password: 'alice-pass-123' };

beforeAll(async () => {
  await connect({ host: 'localhost', user: fixtureUser.username, password: fixtureUser.password });
});

test('finds the seeded user', async () => {
@ok  const creds = { user: 'bob', password: 'bob-pass-456' };
  expect(creds.user).toBe('bob');
});
`,
  ),
  // --- (2) killing a child process by its pid ---
  ...ts(
    "CWE-78",
    "taskkill of the spawned browser's pid vs a route that kills the process named in the query",
    `import childProcess from 'node:child_process';
import express from 'express';

export class BrowserProcess {
  #proc: childProcess.ChildProcess;
  constructor(executable: string, args: string[]) {
    this.#proc = childProcess.spawn(executable, args, { detached: true });
  }

  kill(): void {
    if (process.platform === 'win32') {
@ok      childProcess.execSync(\`taskkill /pid \${this.#proc.pid} /T /F\`);
    } else {
      this.#proc.kill('SIGKILL');
    }
  }
}

export function stopAll(workers: childProcess.ChildProcess[]): void {
  for (const w of workers) {
@ok    childProcess.exec('kill -9 ' + w.pid);
  }
}

const app = express();
app.post('/kill', (req, res) => {
@@  childProcess.exec(\`taskkill /pid \${req.body.pid} /F\`);
  res.end();
});
`,
  ),
  // --- (3) an SDK's fetcher: the request object it is handed is its own fetch request ---
  ...js(
    "CWE-918",
    "a config SDK's fetcher method fetching the URL of the fetch request it was handed vs a proxy route",
    `const express = require('express');

class ConfigFetcher {
  constructor(logger) {
    this.logger = logger;
  }

  async fetchConfig(request, attempt) {
    const { url, etag, timeoutMs } = request;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const headers = etag ? { 'If-None-Match': etag } : {};
@ok      this.logger.debug(\`[\${attempt}] fetching config from \${url}\`);
@ok      const res = await fetch(url, { headers, signal: controller.signal });
      return { status: res.status, body: res.status === 200 ? await res.text() : undefined };
    } finally {
      clearTimeout(timer);
    }
  }
}

const app = express();
app.get('/preview', async (req, res) => {
@@  const page = await fetch(req.query.src);
  res.send(await page.text());
});

module.exports = { ConfigFetcher, app };
`,
  ),
  // --- (4) release helpers: branch names computed from a parsed version ---
  ...js(
    "CWE-78",
    "git branch names computed from a parsed semver vs a webhook route checking out the posted branch",
    `const util = require('node:util');
const exec = util.promisify(require('node:child_process').exec);
const semver = require('semver');
const express = require('express');

function rcBranchOf(version) {
  return \`release/\${version.major}.\${version.minor}.0-rc\`;
}

async function cutReleaseCandidate(raw) {
  const version = semver.parse(raw);
  if (!version) throw new Error('not a version: ' + raw);
  const branch = rcBranchOf(version);
@ok  await exec(\`git checkout -b \${branch}\`);
@ok  await exec(\`git push --set-upstream origin \${branch}\`);
}

const app = express();
app.post('/hooks/checkout', async (req, res) => {
@@  await exec(\`git checkout \${req.body.branch}\`);
  res.sendStatus(204);
});

module.exports = { cutReleaseCandidate, app };
`,
  ),
  // --- (5) recall guard: a path setter keyed by the query (the sample's one true finding) ---
  ...js(
    "CWE-1321",
    "a translations endpoint nesting bundles under the queried language and namespace vs fixed keys",
    `const express = require('express');

function setIn(target, keys, value) {
  let obj = target;
  for (let i = 0; i < keys.length - 1; i++) {
    if (!obj[keys[i]]) obj[keys[i]] = {};
    obj = obj[keys[i]];
  }
@@  obj[keys[keys.length - 1]] = value;
}

const bundles = { en: { common: { hello: 'Hello' } }, de: { common: { hello: 'Hallo' } } };

const app = express();
app.get('/locales', (req, res) => {
  const out = {};
  const langs = String(req.query.lng || '').split(' ');
  const nss = String(req.query.ns || '').split(' ');
  for (const lng of langs) for (const ns of nss) setIn(out, [lng, ns], bundles[lng] && bundles[lng][ns]);
  res.json(out);
});

module.exports = { app, setIn };
`,
  ),
];
