// Dev suite "js-ts", batch 127: the eleventh real-code false-alarm sample (143 npm packages, 150 MEDIUM+ findings
// judged by reading). Own code in the shape of what was misjudged, each false-alarm shape as a safe case beside a
// nearby real weakness: a session store's SQL naming the table its options chose; Function.prototype.bind's
// this-value and event name in an ldapjs file; a declared list of property names called keys; next-auth's
// jwt.decode({ token, secret }), which decrypts; an app component's `action` prop.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch127", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch127", cwe, note, src, "typescript");

export const BATCH127: DevCase[] = [
  // --- (1) SQL naming a table the instance holds from its options (configuration, not request data) ---
  ...js(
    "CWE-89",
    "session store deleting from the table its options named vs a lookup splicing the session id into the statement",
    `function SqliteStore(options) {
  this.table = options.table || 'sessions';
  this.db = options.db;
}

SqliteStore.prototype.clear = function (done) {
@ok  this.db.exec('DELETE FROM ' + this.table, done);
};

SqliteStore.prototype.get = function (sid, done) {
@@  this.db.get('SELECT sess FROM ' + this.table + " WHERE sid = '" + sid + "'", done);
};

module.exports = SqliteStore;
`,
  ),
  ...ts(
    "CWE-89",
    "store quoting its configured table name through its own method vs a report ordering by a caller's column",
    `import type { Pool } from 'pg';

export class PgSessionStore {
  private readonly tableName: string;
  constructor(private readonly pool: Pool, options: { tableName?: string } = {}) {
    this.tableName = options.tableName ? options.tableName.replaceAll('"', '""') : 'session';
  }
  quotedTable(): string {
    return '"' + this.tableName + '"';
  }
  async prune(): Promise<void> {
    const sql = 'DELETE FROM ' + this.quotedTable() + ' WHERE expire < to_timestamp($1)';
@ok    await this.pool.query(sql, [Math.floor(Date.now() / 1000)]);
  }
  async report(orderBy: string) {
@@    return this.pool.query('SELECT sid, expire FROM ' + this.quotedTable() + ' ORDER BY ' + orderBy);
  }
}
`,
  ),
  // --- (2) hard-coded credentials: what only looks like a key ---
  ...js(
    "CWE-798",
    "ldapjs pager re-emitting events through this.emit.bind(this, name) vs a client binding with a literal password",
    `const ldap = require('ldapjs');
const { EventEmitter } = require('events');

function SearchPager(client, opts) {
  EventEmitter.call(this);
  const emitter = new EventEmitter();
@ok  emitter.on('searchEntry', this.emit.bind(this, 'searchEntry'));
  emitter.on('end', this.emit.bind(this, 'end'));
  this.client = client;
  this.opts = opts;
}

function connect(url) {
  const client = ldap.createClient({ url });
@@  client.bind('cn=reader,dc=example,dc=org', 'Reader#2024', (err) => {
    if (err) client.unbind();
  });
  return client;
}

module.exports = { SearchPager, connect };
`,
  ),
  ...js(
    "CWE-798",
    "koa helper delegating a declared list of request property names vs an app signing cookies with listed keys",
    `const Koa = require('koa');
const session = require('koa-session');

@oklet keys = [
  '_passport',
  'authInfo',
  'headers',
  'url',
];
keys = keys.filter((key, i, all) => all.indexOf(key) === i);

function delegate(ctx) {
  keys.forEach((key) => {
    Object.defineProperty(ctx, key, { get() { return ctx.req[key]; } });
  });
}

const app = new Koa();
@@const secrets = ['k7fQ2mZ9pLx', 'r4Wd8sNv1Tq'];
app.keys = secrets;
app.use(session(app));

module.exports = { app, delegate };
`,
  ),
  // --- (3) next-auth's jwt.decode({ ...jwt, token }) decrypts the session token with the secret ---
  ...ts(
    "CWE-347",
    "session callback reading the session through next-auth's jwt.decode options object vs jsonwebtoken's decode of a cookie",
    `import jsonwebtoken from 'jsonwebtoken';
import type { JWTOptions } from 'next-auth/jwt';

export async function readSession(jwt: JWTOptions, sessionToken: string) {
@ok  const session = await jwt.decode({ ...jwt, token: sessionToken });
  return session?.sub ?? null;
}

export function readUser(req: { cookies: Record<string, string> }) {
@@  const claims = jsonwebtoken.decode(req.cookies.token) as { sub?: string } | null;
  return claims?.sub ?? null;
}
`,
  ),
  // --- (4) an app component's `action` prop is its data; only a form's action is a URL ---
  ...js(
    "CWE-79",
    "admin route passing the chosen action object to its header component vs a form posting to a query-string URL",
    `import React from 'react';
import { useParams, useSearchParams } from 'react-router-dom';

export function RecordAction({ resource }) {
  const { actionName } = useParams();
  const [params] = useSearchParams();
  const listAction = resource.actions.find((a) => a.name === actionName);
  const returnTo = params.get('returnTo') || '/';
  return (
    <section>
      <ActionHeader
        resource={resource}
@ok        action={listAction}
      />
@@      <form action={returnTo} method="post">
        <button type="submit">Save</button>
      </form>
    </section>
  );
}

function ActionHeader({ resource, action }) {
  return <h1>{resource.name}: {action ? action.label : ''}</h1>;
}
`,
  ),
];
