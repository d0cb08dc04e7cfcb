// Request sources and sinks of file-route frameworks and runtimes found by dev batch 153: TanStack Start server
// functions, SvelteKit / Astro handlers taking the event whole and their middleware, Astro's `context.redirect`,
// h3 / SvelteKit header setters, a fixed origin before a request path, `new Request(url, init)` and a Worker's `env`.
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["javascript", "typescript"]);
});

const ids = (code: string, rules: string[], language: "javascript" | "typescript" = "typescript") =>
  analyzeSync(code, { language, rules }).findings.map((f) => `${f.rule_id}:${f.severity}:${f.line}`);

describe("request sources across frameworks (batch 153)", () => {
  it("reads a TanStack Start server function's data as the client's, pinned where its validator pins a field", () => {
    const code = `import { createServerFn } from '@tanstack/react-start';
import { z } from 'zod';
import { execSync } from 'node:child_process';
export const a = createServerFn({ method: 'POST' })
  .validator(z.object({ svc: z.enum(['web', 'jobs']), host: z.string() }))
  .handler(async ({ data }) => {
    execSync('systemctl restart ' + data.svc);
    return execSync('ping ' + data.host).toString();
  });
export const b = createServerFn()
  .inputValidator(z.object({ svc: z.enum(['web']) }))
  .handler(async ({ data: { svc } }) => execSync('systemctl restart ' + svc));`;
    expect(ids(code, ["JS-CMDI-001"])).toEqual(["JS-CMDI-001:CRITICAL:8"]);
  });

  it("takes a SvelteKit hook's event and an Astro handler's whole context as the request", () => {
    const hook = `import { db } from '$lib/db';
/** @type {import('@sveltejs/kit').Handle} */
export async function handle({ event, resolve }) {
  await db.query("SELECT * FROM t WHERE a = '" + event.url.searchParams.get('t') + "'");
  return resolve(event);
}`;
    expect(ids(hook, ["JS-SQLI-001"], "javascript")).toEqual(["JS-SQLI-001:CRITICAL:4"]);
    const astro = `import type { APIRoute } from 'astro';
import { db } from './db';
export const POST: APIRoute = async (context) => {
  const form = await context.request.formData();
  return db.query("SELECT * FROM t WHERE a = '" + form.get('a') + "'");
};`;
    expect(ids(astro, ["JS-SQLI-001"])).toEqual(["JS-SQLI-001:CRITICAL:5"]);
    // Without the framework's evidence a function called `handle` is nobody's hook.
    const plain = `export async function handle({ event }) {
  return db.query("SELECT * FROM t WHERE a = '" + event.name + "'");
}`;
    expect(ids(plain, ["JS-SQLI-001"], "javascript").filter((f) => f.includes("CRITICAL"))).toEqual([]);
  });

  it("reports Astro's context.redirect and middleware cookies as open redirects", () => {
    const code = `import type { MiddlewareHandler } from 'astro';
export const onRequest: MiddlewareHandler = async (context, next) => {
  const saved = context.cookies.get('after_login')?.value;
  if (saved) return context.redirect(saved);
  return context.redirect('/home');
};`;
    expect(ids(code, ["JS-REDIR-001"])).toEqual(["JS-REDIR-001:MEDIUM:4"]);
    // A helper handed the context by its caller (an SDK's redirect-with-auth) is no handler of its own.
    const helper = `import 'astro';
export const go = (context, request) => context.redirect(new URL(request.url).searchParams.get('to'));`;
    expect(ids(helper, ["JS-REDIR-001"])).toEqual([]);
  });

  it("takes header names and values a proxy copies from a parsed message's headers for checked ones", () => {
    const code = `import { defineEventHandler, getQuery, setResponseHeader } from 'h3';
export default defineEventHandler(async (event) => {
  const response = await fetch(String(getQuery(event).target));
  for (const [key, value] of response.headers.entries()) setResponseHeader(event, key, value);
  for (const [key, value] of Object.entries(getQuery(event))) setResponseHeader(event, key, String(value));
  return response.text();
});`;
    expect(ids(code, ["JS-HDR-001"])).toEqual(["JS-HDR-001:MEDIUM:5"]);
  });

  it("reports h3's header setters (event first) and SvelteKit's setHeaders map with request data", () => {
    const code = `import { defineEventHandler, getQuery, setResponseHeader, setResponseHeaders } from 'h3';
import type { RequestHandler } from '@sveltejs/kit';
export const d = defineEventHandler((event) => {
  const { name } = getQuery(event);
  setResponseHeader(event, 'Content-Disposition', \`attachment; filename="\${name}"\`);
  setResponseHeaders(event, { 'X-A': String(getQuery(event).a) });
  setResponseHeader(event, 'X-Ok', encodeURIComponent(String(name)));
  setResponseHeader(event, 'X-Fixed', 'yes');
  return 'data';
});
export const GET: RequestHandler = ({ url, setHeaders }) => {
  setHeaders({ 'x-trace-id': url.searchParams.get('trace') ?? '' });
  return new Response('ok');
};`;
    expect(ids(code, ["JS-HDR-001"])).toEqual([
      "JS-HDR-001:MEDIUM:5",
      "JS-HDR-001:MEDIUM:6",
      "JS-HDR-001:MEDIUM:12",
    ]);
  });

  it("keeps a fixed origin before a request path, a Request's init and a Worker's env off the target", () => {
    const express = `const express = require('express');
const app = express();
app.use((req, res, next) => {
  if (!req.secure) return res.redirect(301, 'https://example.com' + req.originalUrl);
  next();
});
app.get('/a', (req, res) => res.redirect('https://example.com' + req.query.x));
app.get('/b', (req, res) => res.redirect(req.query.base + req.originalUrl));`;
    expect(ids(express, ["JS-REDIR-001"], "javascript")).toEqual([
      "JS-REDIR-001:MEDIUM:7",
      "JS-REDIR-001:MEDIUM:8",
    ]);
    const worker = `export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === '/a') return fetch(new Request(env.API_ORIGIN + url.pathname + url.search, request));
    if (url.pathname === '/b') return fetch(new Request('https://x.example.com/', request));
    return fetch(new Request(url.searchParams.get('to'), request));
  },
};`;
    expect(ids(worker, ["JS-SSRF-001"], "javascript")).toEqual(["JS-SSRF-001:HIGH:6"]);
  });
});
