import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-CRED-001"] }).findings.map((f) => f.line);

describe("JS-CRED-001", () => {
  it("takes Function.prototype.bind's this-value and event name for no ldapjs password", () => {
    const code = [
      "const ldap = require('ldapjs');",
      "function Pager(client) {",
      "  this.on('searchEntry', this.emit.bind(this, 'searchEntry'));",
      "  client.bind('cn=admin,dc=example,dc=org', 'adminpass', () => {});",
      "}",
      "module.exports = Pager;",
    ].join("\n");
    expect(lines(code)).toEqual([4]);
  });

  it("takes a declared keys list for signing keys only where the file hands it on as keys", () => {
    const code = [
      "const Koa = require('koa');",
      "const app = new Koa();",
      "let keys = ['_passport', 'authInfo', 'headers'];",
      "keys = keys.filter((k, i, all) => all.indexOf(k) === i);",
      "keys.forEach((k) => Object.defineProperty(app.context, k, { get() { return this.req[k]; } }));",
      "const secrets = ['s3cr3t-one', 's3cr3t-two'];",
      "app.keys = secrets;",
    ].join("\n");
    expect(lines(code)).toEqual([6]);
  });

  it("takes an entry's keys list of property names and a camelCase event name spelling the entry for no secret", () => {
    const code = [
      "const removals = [{ object: Number, keys: ['isFinite', 'isInteger', 'isNaN'] }];",
      "const Events = { SECRET_FIELDS_RESPONSE: 'conversationSecretFieldsResponse' };",
      "const cfg = { apiSecret: 'mySecret' };",
    ].join("\n");
    expect(lines(code)).toEqual([3]);
    expect(lines("app.use(cookieSession({ name: 'sess', keys: ['k3y-one', 'k3y-two'] }));")).toEqual([1]);
  });

  it("takes a name in another spelling, a user-name prefix, a fake stand-in and an error code for no secret", () => {
    const code = [
      "var ProcessingTypeEnum;",
      "(function (E) {",
      "  E['Token'] = 'token';",
      "  E['Recurring'] = 'recurring';",
      "})(ProcessingTypeEnum || (ProcessingTypeEnum = {}));",
      "const TYPES = { MetaCheckoutToken: 'meta_checkout_token', CreditCard: 'credit_card' };",
      "const USERS = { GL_TOKEN: 'gitlab-ci-token:', BB_TOKEN: 'x-token-auth:' };",
      "const NONCES = { MetaCheckoutToken: 'fake-meta-checkout-token-nonce' };",
      "const CODES = { InvalidToken: '83520', PrivateKeyMismatch: '93521' };",
      "const LIVE = { MetaCheckoutToken: 'mct_9f3c2b7a41d8e6f0' };",
      "const CI = { GL_TOKEN: 'glpat-x9Y2kQ7Lm3Pz' };",
      "E2['Token'] = 'tok_live_8f3a9c2b';",
    ].join("\n");
    expect(lines(code)).toEqual([10, 11, 12]);
  });
});

describe("JS-CRED-001: a namespaced name ending in the entry's own", () => {
  it("takes a login type, an i18n key and a property path for no secret, keeps a dotted-looking live key", () => {
    const code = [
      "export var AuthType = function (AuthType) {",
      '  AuthType["Password"] = "m.login.password";',
      '  AuthType["RegistrationToken"] = "m.login.registration_token";',
      "  return AuthType;",
      "}({});",
      "const login = { placeholder: { username: 'apostrophe:enterUsername', password: 'apostrophe:enterPassword' } };",
      "node.token = 'oauth2Response.access_token';",
      "const client = { password: 'prod.Xk29fLq81vTz' };",
    ].join("\n");
    expect(lines(code)).toEqual([8]);
  });
});

describe("JS-CRED-001 token kinds", () => {
  it("takes a `token` entry naming a kind beside other entries, and a query marker, for no credential", () => {
    const code = [
      "export const tags = {",
      "  interval: (...args) => ({ token: 'interval', args }),",
      "  literalValue: (...args) => ({ token: 'literalValue', args }),",
      "};",
      "const rule = { token: 'default', optional: true };",
      "function after(u) { const token = '$orderby='; return u.slice(u.lastIndexOf(token) + token.length); }",
      "const a = { url: 'https://api.example.net', token: 'opensesame' };",
      "const b = { token: 'mysecret', retries: 3 };",
      "const c = { token: 'tk9f3a2b7c1d' };",
    ].join("\n");
    expect(lines(code)).toEqual([7, 8, 9]);
  });
});

describe("JS-CRED-001: local emulators", () => {
  it("leaves a localstack client's secret spelled as its key id, not a remote endpoint's or a different secret", () => {
    const code = [
      "const local = {",
      "  endpoint: 'http://localhost:4566',",
      "  accessKeyId: 'root',",
      "  secretAccessKey: 'root',",
      "};",
      "const remote = {",
      "  endpoint: 'https://s3.eu-west-1.amazonaws.com',",
      "  accessKeyId: 'backup',",
      "  secretAccessKey: 'backup',",
      "};",
      "const mixed = {",
      "  endpoint: 'http://127.0.0.1:9000',",
      "  accessKeyId: 'minio',",
      "  secretAccessKey: 'Zq8!vR2pLm5#',",
      "};",
    ].join("\n");
    expect(lines(code)).toEqual([9, 14]);
  });
});

describe("JS-CRED-001: check verdicts and nodeunit tests", () => {
  it("leaves a bare pass recording which check passed, not a transport's user and pass", () => {
    const code = [
      "exports.hook_rcpt = function (next, connection) {",
      "  connection.transaction.results.add(this, { pass: 'rcpt_to.local_domain' });",
      "  connection.transaction.results.add(this, { fail: 'spf', pass: 'relaying local_sender' });",
      "  return next();",
      "};",
      "const transport = { auth: { user: 'reports', pass: 'rcpt_to.secret' } };",
      "const other = { pass: 'Xq7!mR2#kd9Lw' };",
      "connection.transaction.results.add(this, { fail: 'rcpt_to', pass: 'relaying' });",
      "const lone = { pass: 'swordfish' };",
    ].join("\n");
    expect(lines(code)).toEqual([6, 7, 9]);
  });

  it("lowers a token in a nodeunit test function (test.done()) to LOW", () => {
    const code = [
      "exports.creating = {",
      "  withToken: (test) => {",
      "    new Bot(logger, { authToken: 'f3a9c2b71d4e8a6b' });",
      "    test.done();",
      "  },",
      "};",
      "const live = { authToken: 'f3a9c2b71d4e8a6b' };",
    ].join("\n");
    const sev = analyzeSync(code, { language: "javascript", rules: ["JS-CRED-001"] }).findings.map((f) => [
      f.line,
      f.severity,
    ]);
    expect(sev).toEqual([
      [3, "LOW"],
      [7, "HIGH"],
    ]);
  });
});

describe("JS-CRED-001: conventions and stand-ins", () => {
  it("leaves 'CHANGE ME', anonymous FTP's password and an asset URL, not a real-looking secret", () => {
    const code = [
      "app.use(session({ secret: 'CHANGE ME', resave: false }));",
      "const ftp = { host: 'localhost', user: 'anonymous', password: 'anonymous@' };",
      "const ERROR_URL = 'https://s3.amazonaws.com/xapp-stentor-assets/stream-error-message.mp3';",
      "const db = { user: 'app', password: 'Tq8#vLm2!pRz' };",
    ].join("\n");
    expect(lines(code)).toEqual([4]);
  });
});

describe("JS-CRED-001: messages and versions under credential names", () => {
  it("leaves a message template and a version number, and keeps a token", () => {
    const code = [
      "const TOKEN_AUTH_MIN_VERSION = '5.129.0';",
      "const messages = {",
      "  'string.token': '{{#label}} must only contain letters and digits',",
      "  'password.short': '%s is too short for a password',",
      "};",
      "const cfg = { apiToken: 'pk_live_51Hf0aXc9ZrT2mQeLw8VbNcK' };",
      "module.exports = { TOKEN_AUTH_MIN_VERSION, messages, cfg };",
    ].join("\n");
    expect(lines(code)).toEqual([6]);
  });
});

describe("JS-CRED-001: tokenizer scopes, placeholder words, publishable keys", () => {
  it("leaves a highlighter's dotted scope names, a mock's own-word token and a publishable key, keeps real ones", () => {
    const code = [
      "const rules = [{ open: '{', close: '}', token: 'delimiter.curly' }, { token: 'keyword.command.$0', next: '@root' }];",
      "const session = { profile: { sub: 'user' }, accessToken: 'token', refreshKey: 'test-key' };",
      "const cfg = { stripePublishableKey: 'pk_live_51Hq2xLKd8RtYv0mNcW3bZp7', stripeSecretKey: 'sk_live_51Hq2xLKd8RtYv0mNcW3bZp7Qa' };",
      "const live = { accessToken: 'tokenvalue9f8e7d', token: 'Keyword.Command' };",
      "const misnamed = { stripePublishableKey: 'sk_live_51Hq2xLKd8RtYv0mNcW3bZp7Qa' };",
      "module.exports = { rules, session, cfg, live, misnamed };",
    ].join("\n");
    expect(lines(code)).toEqual([3, 4, 5]);
  });
});

describe("JS-CRED-001: a placeholder word as an environment variable's fallback", () => {
  it("reports the key in effect when the variable is unset, through a name, not an env-only key", () => {
    const code = [
      "const session = require('express-session');",
      "const cookieParser = require('cookie-parser');",
      "const SECRET = process.env.APP_SECRET ?? 'changeme';",
      "const COOKIE = process.env.COOKIE_SECRET || 'change-me';",
      "const ONLY = process.env.ONLY;",
      "app.use(session({ secret: SECRET, resave: false }));",
      "app.use(cookieParser(COOKIE));",
      "app.use(session({ secret: ONLY, resave: false }));",
      "app.use(session({ secret: 'changeme', resave: false }));",
    ].join("\n");
    expect(lines(code)).toEqual([6, 7]);
  });
  it("takes a degenerate hex test scalar for no key, a random-looking one for a key", () => {
    const code = [
      "module.exports = [",
      "  { secret_hex: '00000000000000000000000000000000000000000000000000000000000000FB' },",
      "  { privateKey: '0x0000000000000000000000000000000000000000000000000000000000000007' },",
      "  { secret_hex: '9c41e07a5bd3f2186e4a0c9b7d25f13e8a6c04b92d7e5f1a3c8b60d4e2f7a915' },",
      "];",
    ].join("\n");
    expect(lines(code)).toEqual([4]);
  });

  it("takes format and type-name placeholders for no secret", () => {
    const code = [
      "const fields = [{ token: ':bar', value: 1 }, { token: ':percent', value: 2 }];",
      "const sample = { secrets: { clientSecret: 'string' }, other: { apiKey: '{{apiKey}}' } };",
      "const live = { token: 'ghp_R7kd92LmQzXw81vBtYc04NpHsUe3JfaG6oqI' };",
    ].join("\n");
    expect(lines(code)).toEqual([3]);
  });

  it("takes a constant spelling its own name, longer than the credential word, for no secret", () => {
    const code = [
      "var HIGHPASS = 'highpass';",
      "const E = { TOKEN_UPDATED: 'PUSH_RECEIVER:::TOKEN_UPDATED' };",
      "const password = 'password';",
      "const DB_PASSWORD = 'Wq8#rT2!vLp9zK';",
    ].join("\n");
    expect(lines(code)).toEqual([3, 4]);
  });
  it("takes an i18n message key, an enum member's wire id, a header name and a translated label for no secret", () => {
    const code = [
      "const el = React.createElement(I18n, { token: 'gridColumnPicker.hideAll', default: 'Hide all' });",
      "var Field = {};",
      "Field['Password'] = 'login_field_password';",
      "const HEADERS = { DOCTOKEN: 'Doc-Authorization', API_KEY: 'X-Api-Key' };",
      "const de = { user: 'Nutzername', password: 'Passwort', error: 'Fehler bei der Anmeldung', retry: 'Bitte erneut versuchen' };",
      "const c = new Client({ token: 'tk9Qz2LmX7pR4tV6wY1bN5cD0eHa8F3k' });",
      "const d = { token: 'abcDefGh1.xyzQrs2' };",
      "const pw = { password: 'Sommer', user: 'anna' };",
    ].join("\n");
    expect(lines(code)).toEqual([6, 7, 8]);
  });
});

describe("JS-CRED-001: a credential its line marks as a public demo value", () => {
  const code = [
    "const config = {",
    "  apiKey: '3A77EECF61BD445F47241A5A36202185C3-1', // Demo token",
    "  secret: 'x9Zq7Lp2Vb5Nc8Md', // TODO keep the public repo free of this secret key",
    "};",
    "module.exports = config;",
  ].join("\n");
  const found = (context?: "answer") =>
    analyzeSync(code, {
      language: "javascript",
      rules: ["JS-CRED-001"],
      ...(context ? { context } : {}),
    }).findings.map((f) => [f.line, f.severity]);
  it("lowers it to LOW in a repository, where the comment begins by saying so", () => {
    expect(found()).toEqual([
      [2, "LOW"],
      [3, "HIGH"],
    ]);
  });
  it("keeps it in an answer, whose comments are the author's word", () => {
    expect(found("answer")).toEqual([
      [2, "HIGH"],
      [3, "HIGH"],
    ]);
  });
});

describe("JS-CRED-001: a spec run with the test runner's globals (no test import)", () => {
  const spec = [
    "import { Sessions } from './sessions.js';",
    "const config = { cookiePassword: 'q8Vw2mXr5tYz9bNc4kLp7sDf1gHj6aQe' };",
    "describe('Sessions', () => {",
    "  it('seals a session', async () => {",
    "    expect(await new Sessions(config).seal({})).toBeTruthy();",
    "  });",
    "});",
  ].join("\n");
  // The same fixture where the describe is no top-level statement (a helper's call inside a function).
  const library = [
    "const config = { cookiePassword: 'q8Vw2mXr5tYz9bNc4kLp7sDf1gHj6aQe' };",
    "export function register(describe) {",
    "  describe('Sessions', config);",
    "}",
  ].join("\n");
  const found = (code: string, context?: "answer") =>
    analyzeSync(code, {
      language: "typescript",
      rules: ["JS-CRED-001"],
      ...(context ? { context } : {}),
    }).findings.map((f) => [f.line, f.severity]);
  it("lowers its top-level fixture to LOW in a repository", () => {
    expect(found(spec)).toEqual([[2, "LOW"]]);
  });
  it("keeps it where no top-level describe / test statement makes the module a spec", () => {
    expect(found(library)).toEqual([[1, "HIGH"]]);
  });
  it("keeps it in an answer, whose test scaffolding is the author's choice", () => {
    expect(found(spec, "answer")).toEqual([[2, "HIGH"]]);
  });
});
