// Dev suite "js-ts", batch 149: line-level cases in rule-test style over authentication, sessions, tokens and
// secrets in Node/TS (own code, written blind, before any fix): JWT verification (decode used as verification,
// 'none' in the accepted list, jwt-simple's noVerify flag, jose decodeJwt / UnsecuredJWT, express-jwt and Nest
// JwtModule without pinned algorithms, ignoreExpiration), session and cookie secrets (express-session,
// cookie-session, koa keys, @fastify/session, iron-session, passport-jwt, weak env defaults), cookie flags,
// session fixation (login without regenerate), password hashing cost (bcrypt rounds, pbkdf2 iterations/digest,
// scrypt N, bare sha256), token randomness (Math.random, uuid v1, Date.now, short randomBytes, tiny nanoid,
// pseudoRandomBytes), timing-unsafe secret compares (API keys, HMAC signatures, basic-auth), CSRF switched off,
// password-reset links from the Host header, OAuth redirect_uri from the request.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch149", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch149", cwe, note, src, "typescript");

export const BATCH149: DevCase[] = [
  // --- JWT verification ---
  ...js(
    "CWE-347",
    "jsonwebtoken: decode used as verification, 'none' accepted, verify without algorithms vs pinned verify",
    `const jwt = require('jsonwebtoken');
const express = require('express');
const app = express();
const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY;

function currentUser(req) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
@@  const claims = jwt.decode(token);
  return claims && claims.sub;
}

function requireAuth(req, res, next) {
  const token = req.cookies.jwt;
@@  const payload = jwt.decode(token, { complete: true }).payload;
  if (!payload.admin) return res.sendStatus(403);
  req.user = payload;
  next();
}

function acceptAnything(token) {
@@  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'] });
}

function noneOnly(token) {
@@  return jwt.verify(token, '', { algorithms: ['none'] });
}

function issueUnsigned(user) {
@@  return jwt.sign({ sub: user.id }, null, { algorithm: 'none' });
}

function pinned(token) {
@ok  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
}

function pinnedCb(token, cb) {
@ok  jwt.verify(token, PUBLIC_KEY, { algorithms: ['ES256'], audience: 'api' }, cb);
}

function headerPeek(token) {
  // only reads the kid to choose a key; the token is verified below
@ok  const { header } = jwt.decode(token, { complete: true });
  return jwt.verify(token, keys[header.kid], { algorithms: ['RS256'] });
}

function signPinned(user) {
@ok  return jwt.sign({ sub: user.id }, process.env.JWT_PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '15m' });
}

app.get('/me', (req, res) => res.json({ id: currentUser(req) }));
app.get('/admin', requireAuth, (req, res) => res.send('ok'));
`,
  ),
  ...js(
    "CWE-347",
    "jwt-simple noVerify flag, jose decodeJwt / UnsecuredJWT as auth, express-jwt without algorithms",
    `const jwtSimple = require('jwt-simple');
const { decodeJwt, UnsecuredJWT, jwtVerify, createRemoteJWKSet } = require('jose');
const { expressjwt } = require('express-jwt');
const express = require('express');
const app = express();
const SECRET = process.env.TOKEN_SECRET;
const JWKS = createRemoteJWKSet(new URL('https://id.example.com/.well-known/jwks.json'));

function fromSimple(token) {
@@  return jwtSimple.decode(token, SECRET, true);
}

function fromSimpleNoKey(token) {
@@  const user = jwtSimple.decode(token, null, true);
  return user;
}

function fromSimpleChecked(token) {
@ok  return jwtSimple.decode(token, SECRET, false, 'HS256');
}

async function authJose(req, res, next) {
  const token = req.get('authorization').slice(7);
@@  const claims = decodeJwt(token);
  req.user = { id: claims.sub, roles: claims.roles };
  next();
}

function unsecured(token) {
@@  const { payload } = UnsecuredJWT.decode(token);
  return payload.sub;
}

async function verifiedJose(token) {
@ok  const { payload } = await jwtVerify(token, JWKS, { algorithms: ['RS256'], issuer: 'https://id.example.com' });
  return payload.sub;
}

@@app.use('/api', expressjwt({ secret: SECRET }));

@ok app.use('/v2', expressjwt({ secret: SECRET, algorithms: ['HS256'] }));

module.exports = { fromSimple, fromSimpleNoKey, fromSimpleChecked, authJose, unsecured, verifiedJose };
`,
  ),
  ...ts(
    "CWE-347",
    "Nest JwtService / JwtModule and passport-jwt accepting 'none' or reading claims unverified",
    `import { Injectable, UnauthorizedException, CanActivate, ExecutionContext } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { PassportStrategy } from '@nestjs/passport';

@Injectable()
export class TokenGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest();
    const token: string = req.headers.authorization?.split(' ')[1] ?? '';
@@    const payload = this.jwt.decode(token) as { sub: string; role: string } | null;
    if (!payload) throw new UnauthorizedException();
    req.user = payload;
    return true;
  }
}

@Injectable()
export class VerifiedGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest();
@ok    req.user = await this.jwt.verifyAsync(req.headers.authorization.split(' ')[1], { algorithms: ['RS256'] });
    return true;
  }
}

export function lenient(jwt: JwtService, token: string) {
@@  return jwt.verify(token, { algorithms: ['HS256', 'none'] });
}

@Injectable()
export class LooseStrategy extends PassportStrategy(Strategy) {
  constructor() {
@@    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_KEY, algorithms: ['none', 'HS256'] });
  }
  validate(payload: { sub: string }) {
    return { id: payload.sub };
  }
}

@Injectable()
export class StrictStrategy extends PassportStrategy(Strategy) {
  constructor() {
@ok    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_KEY, algorithms: ['HS256'] });
  }
  validate(payload: { sub: string }) {
    return { id: payload.sub };
  }
}
`,
  ),
  // --- expiry ---
  ...ts(
    "CWE-613",
    "JWT ignoreExpiration, tokens and session cookies that live for years vs bounded lifetimes",
    `import jwt from 'jsonwebtoken';
import session from 'express-session';
import express from 'express';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import passport from 'passport';

const app = express();
const KEY = process.env.JWT_SECRET as string;

export function readToken(token: string) {
@@  return jwt.verify(token, KEY, { algorithms: ['HS256'], ignoreExpiration: true });
}

export function readTokenFresh(token: string) {
@ok  return jwt.verify(token, KEY, { algorithms: ['HS256'], ignoreExpiration: false });
}

passport.use(
@@  new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: KEY, ignoreExpiration: true }, (p, done) => done(null, p)),
);

passport.use(
  'strict',
@ok  new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: KEY }, (p, done) => done(null, p)),
);

export function issueForever(userId: string) {
@@  return jwt.sign({ sub: userId }, KEY, { algorithm: 'HS256', expiresIn: '100y' });
}

export function issueShort(userId: string) {
@ok  return jwt.sign({ sub: userId }, KEY, { algorithm: 'HS256', expiresIn: '15m' });
}

app.use(
  session({
    secret: process.env.SESSION_SECRET as string,
    resave: false,
    saveUninitialized: false,
@@    cookie: { secure: true, httpOnly: true, maxAge: 10 * 365 * 24 * 60 * 60 * 1000 },
  }),
);

export const adminSession = session({
  secret: process.env.ADMIN_SESSION_SECRET as string,
  resave: false,
  saveUninitialized: false,
@ok  cookie: { secure: true, httpOnly: true, maxAge: 30 * 60 * 1000 },
});
`,
  ),
  // --- hard-coded secrets ---
  ...js(
    "CWE-798",
    "session and cookie signing secrets written in the source (express-session, cookie-session, koa keys, fastify, iron-session, env fallbacks)",
    `const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const cookieParser = require('cookie-parser');
const Koa = require('koa');
const fastify = require('fastify')();
const { getIronSession } = require('iron-session');

const app = express();
@@app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false }));

@ok app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

@@app.use(session({ secret: process.env.SESSION_SECRET || 'dev-secret-change-me', resave: false, saveUninitialized: true }));

@@app.use(cookieSession({ name: 'sess', keys: ['k3y-one-2019', 'k3y-two-2019'] }));

@ok app.use(cookieSession({ name: 'sess', keys: process.env.COOKIE_KEYS.split(',') }));

@@app.use(cookieParser('s3cr3t-cookie-signer'));

@ok app.use(cookieParser(process.env.COOKIE_SECRET));

const koa = new Koa();
@@koa.keys = ['im a newer secret', 'i like turtle'];

@ok koa.keys = [process.env.KOA_KEY_1, process.env.KOA_KEY_2];

@@fastify.register(require('@fastify/session'), { secret: 'a secret with minimum length of 32 characters', cookie: { secure: true } });

@ok fastify.register(require('@fastify/cookie'), { secret: process.env.FASTIFY_COOKIE_SECRET });

async function ironSession(req, res) {
@@  return getIronSession(req, res, { password: 'complex_password_at_least_32_characters_long', cookieName: 'app' });
}

async function ironSessionEnv(req, res) {
@ok  return getIronSession(req, res, { password: process.env.IRON_PASSWORD, cookieName: 'app' });
}

const SESSION_SECRET = process.env.SESSION_SECRET ?? 'changeme';
@@app.use(session({ secret: SESSION_SECRET, resave: false, saveUninitialized: false }));

module.exports = { app, koa, fastify, ironSession, ironSessionEnv };
`,
  ),
  ...ts(
    "CWE-798",
    "JWT, HMAC, passport-jwt, Nest JwtModule, OAuth client and payment secrets as literals vs from config",
    `import jwt from 'jsonwebtoken';
import crypto from 'crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ConfigService } from '@nestjs/config';
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
import { Strategy as GoogleStrategy } from 'passport-google-oauth20';
import passport from 'passport';
import Stripe from 'stripe';

const JWT_SECRET = process.env.JWT_SECRET || 'supersecret';

export function issue(userId: string): string {
@@  return jwt.sign({ sub: userId }, 'my-super-secret-key-123', { expiresIn: '1h' });
}

export function issueWithFallback(userId: string): string {
@@  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: '1h' });
}

export function issueFromEnv(userId: string): string {
@ok  return jwt.sign({ sub: userId }, process.env.JWT_SECRET as string, { expiresIn: '1h' });
}

export function check(token: string) {
@@  return jwt.verify(token, 'my-super-secret-key-123', { algorithms: ['HS256'] });
}

export function signWebhook(body: string): string {
@@  return crypto.createHmac('sha256', 'whsec_9f8e7d6c5b4a').update(body).digest('hex');
}

export function signWebhookEnv(body: string): string {
@ok  return crypto.createHmac('sha256', process.env.WEBHOOK_SECRET as string).update(body).digest('hex');
}

passport.use(
@@  new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'passport-jwt-secret' }, (p, done) => done(null, p)),
);

passport.use(
  new GoogleStrategy(
    {
      clientID: '1234567890-abc.apps.googleusercontent.com',
@@      clientSecret: 'GOCSPX-a1B2c3D4e5F6g7H8i9J0kLmN',
      callbackURL: '/auth/google/callback',
    },
    (_at: string, _rt: string, profile: unknown, done: (e: null, u: unknown) => void) => done(null, profile),
  ),
);

passport.use(
  'google-env',
  new GoogleStrategy(
    {
      clientID: process.env.GOOGLE_CLIENT_ID as string,
@ok      clientSecret: process.env.GOOGLE_CLIENT_SECRET as string,
      callbackURL: '/auth/google/callback',
    },
    (_at: string, _rt: string, profile: unknown, done: (e: null, u: unknown) => void) => done(null, profile),
  ),
);

@@export const stripe = new Stripe('sk_live_51HqLyjWDarjtT1zdp7dcXyZ0aBcDeFgHiJkLmNoP', { apiVersion: '2023-10-16' });

@ok export const stripeEnv = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: '2023-10-16' });

@Module({
  imports: [
@@    JwtModule.register({ secret: 'nest-jwt-secret-value', signOptions: { expiresIn: '60s' } }),
  ],
})
export class AuthModule {}

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [ConfigService],
@ok      useFactory: (config: ConfigService) => ({ secret: config.get<string>('JWT_SECRET'), signOptions: { expiresIn: '60s' } }),
    }),
  ],
})
export class AuthModuleFromConfig {}
`,
  ),
  // --- password hashing ---
  ...js(
    "CWE-916",
    "password hashes with too little work: bcrypt rounds, pbkdf2 iterations and sha1, scrypt N, bare digests",
    `const bcrypt = require('bcrypt');
const bcryptjs = require('bcryptjs');
const crypto = require('crypto');
const argon2 = require('argon2');

async function hashLow(password) {
@@  return bcrypt.hash(password, 4);
}

async function hashOk(password) {
@ok  return bcrypt.hash(password, 12);
}

async function saltLow(password) {
@@  const salt = await bcrypt.genSalt(5);
  return bcrypt.hash(password, salt);
}

function saltOkSync(password) {
@ok  const salt = bcryptjs.genSaltSync(12);
  return bcryptjs.hashSync(password, salt);
}

function syncLow(password) {
@@  return bcryptjs.hashSync(password, 6);
}

function pbkdfFew(password, salt) {
@@  return crypto.pbkdf2Sync(password, salt, 1000, 64, 'sha512').toString('hex');
}

function pbkdfSha1(password, salt, cb) {
@@  crypto.pbkdf2(password, salt, 310000, 32, 'sha1', cb);
}

function pbkdfGood(password, salt) {
@ok  return crypto.pbkdf2Sync(password, salt, 600000, 64, 'sha512').toString('hex');
}

function scryptTiny(password, salt) {
@@  return crypto.scryptSync(password, salt, 64, { N: 1024, r: 8, p: 1 });
}

function scryptDefault(password, salt) {
@ok  return crypto.scryptSync(password, salt, 64);
}

function sha256Password(password) {
@@  return crypto.createHash('sha256').update(password).digest('hex');
}

function sha512Salted(user) {
@@  user.passwordHash = crypto.createHash('sha512').update(user.salt + user.password).digest('base64');
}

function fileDigest(buf) {
@ok  return crypto.createHash('sha256').update(buf).digest('hex');
}

async function argonWeak(password) {
@@  return argon2.hash(password, { type: argon2.argon2i, timeCost: 1, memoryCost: 1024 });
}

async function argonOk(password) {
@ok  return argon2.hash(password, { type: argon2.argon2id });
}

module.exports = { hashLow, hashOk, saltLow, saltOkSync, syncLow, pbkdfFew, pbkdfSha1, pbkdfGood, scryptTiny, scryptDefault, sha256Password, sha512Salted, fileDigest, argonWeak, argonOk };
`,
  ),
  // --- token randomness ---
  ...ts(
    "CWE-338",
    "reset tokens, session ids and OTPs from Math.random, uuid v1, Date.now, short randomBytes, tiny nanoid, pseudoRandomBytes",
    `import crypto from 'crypto';
import { v1 as uuidv1, v4 as uuidv4 } from 'uuid';
import { nanoid, customAlphabet } from 'nanoid';

export function resetToken(): string {
@@  return Math.random().toString(36).slice(2);
}

export function otpCode(): string {
@@  const code = Math.floor(100000 + Math.random() * 900000).toString();
  return code;
}

export function sessionId(): string {
@@  return uuidv1();
}

export function apiKeyFromTime(userId: string): string {
@@  const apiKey = Date.now().toString(36) + userId;
  return apiKey;
}

export function shortToken(): string {
@@  const token = crypto.randomBytes(4).toString('hex');
  return token;
}

export function tinyNano(): string {
@@  const inviteToken = nanoid(6);
  return inviteToken;
}

export function pseudo(): string {
@@  return crypto.pseudoRandomBytes(32).toString('hex');
}

const pin = customAlphabet('0123456789', 4);
export function verificationCode(): string {
@@  const verificationToken = pin();
  return verificationToken;
}

export function goodReset(): string {
@ok  return crypto.randomBytes(32).toString('hex');
}

export function goodSession(): string {
@ok  return crypto.randomUUID();
}

export function goodUuid(): string {
@ok  const sessionToken = uuidv4();
  return sessionToken;
}

export function goodNano(): string {
@ok  const inviteToken = nanoid();
  return inviteToken;
}

export function goodOtp(): string {
@ok  return crypto.randomInt(100000, 1000000).toString();
}

export function jitter(ms: number): number {
@ok  return ms + Math.floor(Math.random() * 250);
}

export function requestId(): string {
@ok  return uuidv1();
}
`,
  ),
  // --- timing ---
  ...js(
    "CWE-208",
    "API keys, HMAC signatures and basic-auth passwords compared with === / == vs timingSafeEqual",
    `const crypto = require('crypto');
const express = require('express');
const auth = require('basic-auth');
const app = express();

function checkApiKey(req, res, next) {
  const key = req.get('x-api-key');
@@  if (key !== process.env.API_KEY) return res.sendStatus(401);
  next();
}

function checkSignature(req, res, next) {
  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.rawBody).digest('hex');
@@  if (req.headers['x-hub-signature-256'] !== 'sha256=' + expected) return res.sendStatus(401);
  next();
}

function basic(req, res, next) {
  const user = auth(req);
@@  if (!user || user.name !== 'admin' || user.pass != process.env.ADMIN_PASSWORD) {
    res.set('WWW-Authenticate', 'Basic realm="admin"');
    return res.sendStatus(401);
  }
  next();
}

function checkToken(stored, req) {
@@  return stored.token === req.body.token;
}

function verifyDigest(body, signature, secret) {
  const digest = crypto.createHmac('sha1', secret).update(body).digest('hex');
@@  return digest === signature;
}

function safeApiKey(req, res, next) {
  const got = Buffer.from(req.get('x-api-key') || '');
  const want = Buffer.from(process.env.API_KEY);
@ok  if (got.length !== want.length || !crypto.timingSafeEqual(got, want)) return res.sendStatus(401);
  next();
}

function safeSignature(body, signature, secret) {
  const digest = Buffer.from(crypto.createHmac('sha256', secret).update(body).digest('hex'));
  const sig = Buffer.from(signature);
@ok  return sig.length === digest.length && crypto.timingSafeEqual(sig, digest);
}

function roleCheck(req) {
@ok  return req.user.role === 'admin';
}

function statusCheck(resp) {
@ok  return resp.status === 'ok' && resp.tokenType === 'Bearer';
}

app.post('/hook', checkSignature, (req, res) => res.send('ok'));
app.get('/admin', basic, (req, res) => res.send('ok'));
app.get('/api', checkApiKey, (req, res) => res.send('ok'));
app.get('/api2', safeApiKey, (req, res) => res.send('ok'));
module.exports = { checkToken, verifyDigest, safeSignature, roleCheck, statusCheck };
`,
  ),
  // --- session fixation ---
  ...js(
    "CWE-384",
    "login handlers that set the session user without regenerating the session vs regenerate first",
    `const express = require('express');
const session = require('express-session');
const bcrypt = require('bcrypt');
const Koa = require('koa');
const Router = require('@koa/router');
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.post('/login', async (req, res) => {
  const user = await db.users.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.status(401).end();
@@  req.session.userId = user.id;
  res.redirect('/');
});

app.post('/signin', async (req, res) => {
  const user = await db.users.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.status(401).end();
@@  req.session.user = { id: user.id, role: user.role };
  res.json({ ok: true });
});

app.post('/login-safe', async (req, res, next) => {
  const user = await db.users.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.status(401).end();
  req.session.regenerate((err) => {
    if (err) return next(err);
@ok    req.session.userId = user.id;
    res.redirect('/');
  });
});

app.post('/cart', (req, res) => {
@ok  req.session.cart = req.body.items;
  res.json({ ok: true });
});

app.post('/sso/callback', async (req, res) => {
  const profile = await idp.exchange(req.body.code);
@@  req.session.authenticated = true;
  req.session.email = profile.email;
  res.redirect('/');
});

const koa = new Koa();
const router = new Router();
router.post('/login', async (ctx) => {
  const user = await db.users.findOne({ email: ctx.request.body.email });
  if (!user || !(await bcrypt.compare(ctx.request.body.password, user.hash))) ctx.throw(401);
@@  ctx.session.userId = user.id;
  ctx.body = { ok: true };
});

router.post('/login-safe', async (ctx) => {
  const user = await db.users.findOne({ email: ctx.request.body.email });
  if (!user || !(await bcrypt.compare(ctx.request.body.password, user.hash))) ctx.throw(401);
  await ctx.session.regenerate();
@ok  ctx.session.userId = user.id;
  ctx.body = { ok: true };
});

router.post('/prefs', async (ctx) => {
@ok  ctx.session.theme = ctx.request.body.theme;
  ctx.body = { ok: true };
});
koa.use(router.routes());
module.exports = { app, koa };
`,
  ),
  // --- cookie flags ---
  ...ts(
    "CWE-614",
    "auth cookies and session cookies sent without Secure (res.cookie, express-session, koa, fastify, cookie.serialize)",
    `import express, { Request, Response } from 'express';
import session from 'express-session';
import cookie from 'cookie';
import type { FastifyReply } from 'fastify';
import type { Context } from 'koa';

const app = express();

export function setToken(res: Response, token: string) {
@@  res.cookie('token', token);
}

export function setTokenInsecure(res: Response, token: string) {
@@  res.cookie('access_token', token, { httpOnly: true, secure: false, sameSite: 'lax' });
}

export function setTokenSafe(res: Response, token: string) {
@ok  res.cookie('access_token', token, { httpOnly: true, secure: true, sameSite: 'strict' });
}

@@app.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false, cookie: { secure: false, httpOnly: true } }));

@ok app.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));

export function koaLogin(ctx: Context, sid: string) {
@@  ctx.cookies.set('sid', sid, { httpOnly: true, secure: false });
}

export function koaLoginSafe(ctx: Context, sid: string) {
@ok  ctx.cookies.set('sid', sid, { httpOnly: true, secure: true, sameSite: 'strict' });
}

export function fastifyLogin(reply: FastifyReply, sid: string) {
@@  reply.setCookie('session', sid, { path: '/', httpOnly: true, secure: false });
}

export function fastifyLoginSafe(reply: FastifyReply, sid: string) {
@ok  reply.setCookie('session', sid, { path: '/', httpOnly: true, secure: true, sameSite: 'strict' });
}

export function rawHeader(res: Response, sid: string) {
@@  res.setHeader('Set-Cookie', cookie.serialize('sessionid', sid, { httpOnly: true }));
}

export function rawHeaderSafe(res: Response, sid: string) {
@ok  res.setHeader('Set-Cookie', cookie.serialize('sessionid', sid, { httpOnly: true, secure: true, sameSite: 'lax' }));
}

export function sameSiteNone(res: Response, token: string) {
@@  res.cookie('refresh_token', token, { httpOnly: true, sameSite: 'none' });
}

export function themeCookie(req: Request, res: Response) {
@ok  res.cookie('theme', 'dark', { maxAge: 31536000000 });
}
`,
  ),
  ...js(
    "CWE-1004",
    "session and token cookies readable by scripts (httpOnly: false) vs httpOnly set",
    `const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const app = express();

@@app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { httpOnly: false, secure: true } }));

@@app.use(cookieSession({ name: 'session', keys: [process.env.K1], httpOnly: false, secure: true }));

@ok app.use(cookieSession({ name: 'session', keys: [process.env.K1], httpOnly: true, secure: true }));

app.post('/login', (req, res) => {
  const token = issue(req.user);
@@  res.cookie('jwt', token, { httpOnly: false, secure: true });
  res.end();
});

app.post('/login2', (req, res) => {
  const token = issue(req.user);
@ok  res.cookie('jwt', token, { httpOnly: true, secure: true, sameSite: 'strict' });
  res.end();
});

app.get('/csrf', (req, res) => {
  // the double-submit token must be readable by the page's script
@ok  res.cookie('XSRF-TOKEN', req.csrfToken(), { httpOnly: false, secure: true, sameSite: 'strict' });
  res.end();
});

function koaLogin(ctx, sid) {
@@  ctx.cookies.set('koa.sess', sid, { httpOnly: false });
}

module.exports = { app, koaLogin };
`,
  ),
  // --- CSRF ---
  ...js(
    "CWE-352",
    "CSRF protection switched off or made to skip state-changing methods vs enabled",
    `const express = require('express');
const csrf = require('csurf');
const lusca = require('lusca');
const session = require('express-session');
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

@@app.use(csrf({ cookie: true, ignoreMethods: ['GET', 'HEAD', 'OPTIONS', 'POST'] }));

@ok app.use(csrf({ cookie: { httpOnly: true, secure: true, sameSite: 'strict' } }));

@@app.use(lusca({ csrf: false, xframe: 'SAMEORIGIN', xssProtection: true }));

@ok app.use(lusca({ csrf: true, xframe: 'SAMEORIGIN' }));

@@app.use(lusca.csrf({ blocklist: ['/'] }));

const admin = express.Router();
@@admin.use(csrf({ ignoreMethods: ['GET', 'POST', 'PUT', 'DELETE'] }));

@ok admin.use(csrf({ ignoreMethods: ['GET', 'HEAD', 'OPTIONS'] }));

module.exports = { app, admin };
`,
  ),
  // --- password reset ---
  ...js(
    "CWE-640",
    "password-reset links built from the request's Host header vs from configuration",
    `const express = require('express');
const crypto = require('crypto');
const app = express();
const BASE_URL = process.env.PUBLIC_BASE_URL;

app.post('/forgot', async (req, res) => {
  const token = crypto.randomBytes(32).toString('hex');
  await db.resets.insert({ email: req.body.email, token, expires: Date.now() + 3600e3 });
@@  const link = 'https://' + req.headers.host + '/reset?token=' + token;
  await mailer.send(req.body.email, 'Reset your password', link);
  res.sendStatus(204);
});

app.post('/forgot2', async (req, res) => {
  const token = crypto.randomBytes(32).toString('hex');
  await db.resets.insert({ email: req.body.email, token, expires: Date.now() + 3600e3 });
@@  const resetUrl = \`\${req.protocol}://\${req.get('host')}/password/reset/\${token}\`;
  await mailer.send(req.body.email, 'Reset', resetUrl);
  res.sendStatus(204);
});

app.post('/forgot3', async (req, res) => {
  const token = crypto.randomBytes(32).toString('hex');
  await db.resets.insert({ email: req.body.email, token, expires: Date.now() + 3600e3 });
@@  const url = new URL('/reset/' + token, 'https://' + req.hostname);
  await mailer.send(req.body.email, 'Reset', url.href);
  res.sendStatus(204);
});

app.post('/forgot-safe', async (req, res) => {
  const token = crypto.randomBytes(32).toString('hex');
  await db.resets.insert({ email: req.body.email, token, expires: Date.now() + 3600e3 });
@ok  const link = BASE_URL + '/reset?token=' + token;
  await mailer.send(req.body.email, 'Reset your password', link);
  res.sendStatus(204);
});

app.get('/whoami', (req, res) => {
@ok  res.json({ host: req.headers.host });
});
`,
  ),
  // --- OAuth ---
  ...ts(
    "CWE-601",
    "OAuth authorize / callback redirect targets taken from the request vs registered values",
    `import express, { Request, Response } from 'express';
import crypto from 'crypto';

const app = express();
const CLIENT_ID = process.env.OAUTH_CLIENT_ID as string;
const REDIRECT_URI = process.env.OAUTH_REDIRECT_URI as string;
const ALLOWED = new Set(['https://app.example.com/cb', 'https://admin.example.com/cb']);

app.get('/oauth/authorize', (req: Request, res: Response) => {
  const code = crypto.randomBytes(16).toString('hex');
  codes.set(code, req.query.client_id);
@@  res.redirect(\`\${req.query.redirect_uri}?code=\${code}&state=\${req.query.state}\`);
});

app.get('/oauth/authorize-safe', (req: Request, res: Response) => {
  const code = crypto.randomBytes(16).toString('hex');
  const target = String(req.query.redirect_uri);
  if (!ALLOWED.has(target)) return res.status(400).send('bad redirect_uri');
@ok  res.redirect(target + '?code=' + code);
});

app.get('/auth/callback', async (req: Request, res: Response) => {
  await exchange(String(req.query.code));
@@  res.redirect(req.query.next as string);
});

app.get('/auth/callback2', async (req: Request, res: Response) => {
  await exchange(String(req.query.code));
@@  return res.redirect(302, String(req.session.returnTo || req.query.returnTo));
});

app.get('/login', (req: Request, res: Response) => {
@ok  res.redirect(\`https://id.example.com/authorize?client_id=\${CLIENT_ID}&redirect_uri=\${encodeURIComponent(REDIRECT_URI)}\`);
});
`,
  ),
  // --- more hard-coded credentials ---
  ...js(
    "CWE-798",
    "database, cloud and mail credentials in the source (connection strings, AWS keys, Sequelize, mysql, nodemailer, basic auth header)",
    `const mongoose = require('mongoose');
const { Sequelize } = require('sequelize');
const mysql = require('mysql2');
const nodemailer = require('nodemailer');
const AWS = require('aws-sdk');
const { S3Client } = require('@aws-sdk/client-s3');
const { Pool } = require('pg');
const axios = require('axios');

@@mongoose.connect('mongodb://admin:Pa55w0rd!@db.internal:27017/app?authSource=admin');

@ok mongoose.connect(process.env.MONGO_URL);

@ok mongoose.connect('mongodb://localhost:27017/test');

@@const sequelize = new Sequelize('shop', 'shop_user', 'Sh0pP@ssw0rd', { host: 'db', dialect: 'postgres' });

@ok const sequelizeEnv = new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASS, { dialect: 'postgres' });

@@const conn = mysql.createConnection({ host: 'db', user: 'root', password: 'r00tpassw0rd', database: 'app' });

@ok const connEnv = mysql.createConnection({ host: 'db', user: 'app', password: process.env.MYSQL_PASSWORD, database: 'app' });

@@const pool = new Pool({ connectionString: 'postgres://app:hunter2secret@pg.internal:5432/app' });

const transport = nodemailer.createTransport({
  host: 'smtp.example.com',
  port: 587,
@@  auth: { user: 'mailer@example.com', pass: 'm41l3r-p4ss' },
});

const transportEnv = nodemailer.createTransport({
  host: 'smtp.example.com',
  port: 587,
@ok  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

@@AWS.config.update({ accessKeyId: 'AKIAIOSFODNN7EXAMPLQ', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEZ', region: 'us-east-1' });

const s3 = new S3Client({
  region: 'eu-west-1',
@@  credentials: { accessKeyId: 'AKIA2E0A8F3B244C9986', secretAccessKey: 'oR7kD1sC9fJ3kLmN0pQ2rS4tU6vW8xY0zA1bC3dE' },
});

@ok const s3Env = new S3Client({ region: 'eu-west-1' });

async function callPartner() {
@@  return axios.get('https://partner.example.com/api', { headers: { Authorization: 'Basic YWRtaW46c3VwZXJzZWNyZXQ=' } });
}

async function callPartnerEnv() {
@ok  return axios.get('https://partner.example.com/api', { auth: { username: process.env.P_USER, password: process.env.P_PASS } });
}

module.exports = { sequelize, sequelizeEnv, conn, connEnv, pool, transport, transportEnv, s3, s3Env, callPartner, callPartnerEnv };
`,
  ),
  ...js(
    "CWE-338",
    "password generators, session ids and invite codes from Math.random loops and lodash random vs crypto",
    `const crypto = require('crypto');
const _ = require('lodash');

function generatePassword(length) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$';
  let password = '';
  for (let i = 0; i < length; i++) {
@@    password += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return password;
}

function generateSessionId() {
@@  return 'sess_' + Math.random().toString(16).substring(2) + Math.random().toString(16).substring(2);
}

function inviteCode() {
@@  const code = _.random(100000, 999999);
  return String(code);
}

function csrfToken() {
@@  const token = Date.now() + '-' + Math.round(Math.random() * 1e9);
  return token;
}

function apiSecret() {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < bytes.length; i++) {
@@    bytes[i] = Math.floor(Math.random() * 256);
  }
  return Buffer.from(bytes).toString('hex');
}

function generatePasswordSafe(length) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let password = '';
  for (let i = 0; i < length; i++) {
@ok    password += chars[crypto.randomInt(chars.length)];
  }
  return password;
}

function sessionIdSafe() {
@ok  return 'sess_' + crypto.randomBytes(24).toString('base64url');
}

function shuffleCards(cards) {
  for (let i = cards.length - 1; i > 0; i--) {
@ok    const j = Math.floor(Math.random() * (i + 1));
    [cards[i], cards[j]] = [cards[j], cards[i]];
  }
  return cards;
}

function colour() {
@ok  return '#' + Math.floor(Math.random() * 0xffffff).toString(16).padStart(6, '0');
}

module.exports = { generatePassword, generateSessionId, inviteCode, csrfToken, apiSecret, generatePasswordSafe, sessionIdSafe, shuffleCards, colour };
`,
  ),
  // --- identity from spoofable headers ---
  ...ts(
    "CWE-290",
    "the caller's identity taken from a client-set header (x-user-id, x-forwarded-user, x-role) vs from the verified token",
    `import express, { NextFunction, Request, Response } from 'express';

const app = express();

export function identify(req: Request, _res: Response, next: NextFunction) {
@@  (req as any).user = { id: req.headers['x-user-id'], role: req.headers['x-role'] };
  next();
}

app.delete('/accounts/:id', async (req: Request, res: Response) => {
@@  if (req.get('x-user-role') === 'admin') {
    await accounts.remove(req.params.id);
    return res.sendStatus(204);
  }
  res.sendStatus(403);
});

app.get('/me', async (req: Request, res: Response) => {
@@  const userId = req.header('X-Forwarded-User');
  res.json(await users.find(userId));
});

app.get('/me-verified', async (req: Request, res: Response) => {
  const claims = await verifyAccessToken(req.headers.authorization ?? '');
@ok  res.json(await users.find(claims.sub));
});

app.get('/trace', (req: Request, res: Response) => {
@ok  res.json({ requestId: req.headers['x-request-id'] });
});
`,
  ),
];

// Part 2, written after the first fixes (JWT, secrets, randomness, cookie and hash rules had been read; the
// session, CSRF and route rules had not): missing authorisation beside guarded siblings (Express routers, Nest
// controllers), OAuth state never checked, CSRF middleware mounted after the routes, logout that keeps the session,
// session lifetimes of years.
export const BATCH149B: DevCase[] = [
  ...js(
    "CWE-862",
    "part 2: an Express router's state-changing route registered without the auth middleware its siblings carry",
    `const express = require('express');
const { requireAuth, requireAdmin } = require('./middleware/auth');
const router = express.Router();

router.get('/users', requireAuth, requireAdmin, async (req, res) => res.json(await User.find()));
router.post('/users', requireAuth, requireAdmin, async (req, res) => res.json(await User.create(req.body)));
@@router.delete('/users/:id', async (req, res) => {
  await User.deleteOne({ _id: req.params.id });
  res.sendStatus(204);
});
router.put('/users/:id', requireAuth, requireAdmin, async (req, res) => res.json(await User.update(req.params.id, req.body)));
@@router.post('/users/:id/reset-password', async (req, res) => {
  await User.resetPassword(req.params.id);
  res.sendStatus(204);
});

@ok router.get('/health', (req, res) => res.send('ok'));

const posts = express.Router();
posts.get('/posts', async (req, res) => res.json(await Post.find()));
@ok posts.post('/posts', requireAuth, async (req, res) => res.json(await Post.create({ ...req.body, author: req.user.id })));
@ok posts.get('/posts/:id', async (req, res) => res.json(await Post.findById(req.params.id)));

module.exports = { router, posts };
`,
  ),
  ...ts(
    "CWE-862",
    "part 2: a Nest controller method that changes data without the guard the other handlers carry",
    `import { Body, Controller, Delete, Get, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { RolesGuard } from './roles.guard';

@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @UseGuards(AuthGuard('jwt'), RolesGuard)
  @Get()
  list() {
    return this.accounts.findAll();
  }

  @UseGuards(AuthGuard('jwt'), RolesGuard)
  @Post()
  create(@Body() dto: CreateAccountDto) {
    return this.accounts.create(dto);
  }

  @Delete(':id')
@@  remove(@Param('id') id: string) {
    return this.accounts.remove(id);
  }

  @Patch(':id/role')
@@  setRole(@Param('id') id: string, @Body('role') role: string) {
    return this.accounts.setRole(id, role);
  }
}

@UseGuards(AuthGuard('jwt'))
@Controller('profile')
export class ProfileController {
  @Patch()
@ok  update(@Body() dto: UpdateProfileDto) {
    return dto;
  }
}

@Controller('public')
export class PublicController {
  @Get('status')
@ok  status() {
    return { ok: true };
  }

  @Post('contact')
@ok  contact(@Body() msg: ContactDto) {
    return msg;
  }
}
`,
  ),
  ...js(
    "CWE-352",
    "part 2: OAuth callbacks that never compare the returned state, CSRF middleware mounted after the routes",
    `const express = require('express');
const csrf = require('csurf');
const crypto = require('crypto');
const app = express();

app.get('/login/github', (req, res) => {
  const state = crypto.randomBytes(16).toString('hex');
  req.session.oauthState = state;
  res.redirect('https://github.com/login/oauth/authorize?client_id=' + CLIENT_ID + '&state=' + state);
});

app.get('/login/github/callback', async (req, res) => {
@@  const token = await exchangeCode(req.query.code);
  req.session.githubToken = token;
  res.redirect('/');
});

app.get('/login/google/callback', async (req, res) => {
  if (!req.query.state || req.query.state !== req.session.oauthState) return res.status(403).send('bad state');
@ok  const token = await exchangeCode(req.query.code);
  req.session.googleToken = token;
  res.redirect('/');
});

app.post('/transfer', (req, res) => {
  transfer(req.session.user, req.body.to, req.body.amount);
  res.redirect('/');
});

@@app.use(csrf());

app.post('/settings', (req, res) => {
  save(req.session.user, req.body);
  res.redirect('/');
});
`,
  ),
  ...ts(
    "CWE-613",
    "part 2: logout that leaves the server session alive, session cookies of years",
    `import express, { Request, Response } from 'express';
import session from 'express-session';
import cookieSession from 'cookie-session';

const app = express();

app.post('/logout', (req: Request, res: Response) => {
@@  res.clearCookie('connect.sid');
  res.redirect('/');
});

app.post('/signout', (req: Request, res: Response) => {
@@  (req.session as any).user = null;
  res.redirect('/');
});

app.post('/logout-safe', (req: Request, res: Response, next) => {
  req.session.destroy((err) => {
    if (err) return next(err);
@ok    res.clearCookie('connect.sid');
    res.redirect('/');
  });
});

app.use(
  cookieSession({
    name: 'session',
    keys: [process.env.COOKIE_KEY as string],
@@    maxAge: 5 * 365 * 24 * 60 * 60 * 1000,
  }),
);

export const shortLived = cookieSession({
  name: 'session',
  keys: [process.env.COOKIE_KEY as string],
@ok  maxAge: 24 * 60 * 60 * 1000,
});

export const sess = session({
  secret: process.env.SESSION_SECRET as string,
  resave: false,
  saveUninitialized: false,
@@  cookie: { secure: true, httpOnly: true, maxAge: 1000 * 60 * 60 * 24 * 365 * 20 },
});
`,
  ),
];
