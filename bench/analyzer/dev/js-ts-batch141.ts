// Dev suite "js-ts", batch 141: written blind, aimed at taint from the sources of modern frameworks to their sinks
// where the source or sink spelling is the thin part by a count of the notes: Nuxt / h3 event helpers, SvelteKit
// and Astro endpoints, GraphQL resolvers (Apollo objects, NestJS / type-graphql decorators), tRPC procedures with
// zod inputs, AdonisJS controllers, Elysia / Bun, Cloudflare Workers / Azure / Firebase / Lambda handlers, Electron
// IPC and socket.io / ws messages; sinks through Prisma / drizzle / kysely / postgres.js / D1 / mssql raw queries,
// execa / shelljs / shell spawns, send / fastify static / fs promises, undici / got / axios instances, template
// compilers and vm. Rule-test shape: several small variants per file beside safe look-alikes.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch141", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch141", cwe, note, src, "typescript");

export const BATCH141: DevCase[] = [
  ...ts(
    "CWE-89",
    "Nuxt / h3 router handlers (getQuery, getRouterParam, readBody, validated helpers, headers) into mysql2 / pg",
    `import { createRouter, defineEventHandler, getQuery, getRouterParam, getRouterParams, readBody, getHeader, getCookie, readValidatedBody, getValidatedQuery } from 'h3';
import { z } from 'zod';
import mysql from 'mysql2/promise';
import { Pool } from 'pg';

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });
const pg = new Pool();
const router = createRouter();

const NoteSchema = z.object({ title: z.string(), body: z.string() });
const TenantQuery = z.object({ tenant: z.string().min(1) });
const PageQuery = z.object({ limit: z.coerce.number().int().max(100) });

router.get('/products', defineEventHandler(async (event) => {
  const { category } = getQuery(event);
@@  const [rows] = await pool.query(\`SELECT * FROM products WHERE category = '\${category}'\`);
  return rows;
}));

router.get('/products-safe', defineEventHandler(async (event) => {
  const { category } = getQuery(event);
@ok  const [rows] = await pool.query('SELECT * FROM products WHERE category = ?', [category]);
  return rows;
}));

router.get('/orders/:id', defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id');
@@  const result = await pg.query('SELECT * FROM orders WHERE id = ' + id);
  return result.rows[0];
}));

router.get('/orders-num/:id', defineEventHandler(async (event) => {
  const id = Number(getRouterParam(event, 'id'));
@ok  const result = await pg.query('SELECT * FROM orders WHERE id = ' + id);
  return result.rows[0];
}));

router.get('/shops/:shop/items/:sku', defineEventHandler(async (event) => {
  const { shop, sku } = getRouterParams(event);
@@  return pg.query(\`SELECT * FROM items WHERE shop = '\${shop}' AND sku = '\${sku}'\`);
}));

router.get('/blog/:slug', defineEventHandler(async (event) => {
  const slug = event.context.params!.slug;
@@  return pg.query("SELECT * FROM posts WHERE slug = '" + slug + "'");
}));

router.post('/search', defineEventHandler(async (event) => {
  const body = await readBody<{ term?: string; sort?: string }>(event);
  const sort = body?.sort ?? 'name';
@@  return pg.query(\`SELECT id, name FROM items WHERE name ILIKE $1 ORDER BY \${sort}\`, [\`%\${body.term}%\`]);
}));

router.post('/search-sorted', defineEventHandler(async (event) => {
  const body = await readBody<{ term?: string; sort?: string }>(event);
  const sort = body.sort === 'price' ? 'price' : 'name';
@ok  return pg.query(\`SELECT id, name FROM items WHERE name ILIKE $1 ORDER BY \${sort}\`, [\`%\${body.term}%\`]);
}));

router.get('/tenants/users', defineEventHandler(async (event) => {
  const { tenant } = await getValidatedQuery(event, TenantQuery.parse);
@@  return pg.query(\`SELECT * FROM users WHERE tenant = '\${tenant}'\`);
}));

router.get('/users/page', defineEventHandler(async (event) => {
  const { limit } = await getValidatedQuery(event, PageQuery.parse);
@ok  return pg.query(\`SELECT * FROM users LIMIT \${limit}\`);
}));

router.get('/pages', defineEventHandler(async (event) => {
  const locale = getHeader(event, 'accept-language')?.split(',')[0];
@@  return pg.query("SELECT body FROM pages WHERE locale = '" + locale + "'");
}));

router.get('/session', defineEventHandler(async (event) => {
  const sid = getCookie(event, 'sid');
@ok  return pg.query('SELECT user_id FROM sessions WHERE sid = $1', [sid]);
}));

router.post('/notes', defineEventHandler(async (event) => {
  const { title, body } = await readValidatedBody(event, (b) => NoteSchema.parse(b));
@@  await pg.query(\`INSERT INTO notes (title, body) VALUES ('\${title}', '\${body}')\`);
  return { ok: true };
}));

router.post('/notes-safe', defineEventHandler(async (event) => {
  const { title, body } = await readValidatedBody(event, NoteSchema.parse);
@ok  await pg.query('INSERT INTO notes (title, body) VALUES ($1, $2)', [title, body]);
  return { ok: true };
}));

const eq = (col: string, value: unknown) => \`\${col} = '\${value}'\`;

router.get('/customers', defineEventHandler(async (event) => {
  const { q: name = '' } = getQuery(event) as { q?: string };
@@  return pg.query(\`SELECT * FROM customers WHERE \${eq('name', name)}\`);
}));

router.post('/bulk', defineEventHandler(async (event) => {
  const [query, payload] = await Promise.all([getQuery(event), readBody(event)]);
@@  return pg.query(\`UPDATE items SET status = '\${payload.status}' WHERE batch = $1\`, [query.batch]);
}));

router.post('/bulk-safe', defineEventHandler(async (event) => {
  const [query, payload] = await Promise.all([getQuery(event), readBody(event)]);
@ok  return pg.query('UPDATE items SET status = $1 WHERE batch = $2', [payload.status, query.batch]);
}));
`,
  ),
  ...ts(
    "CWE-601",
    "h3 sendRedirect, SvelteKit redirect in load / actions, Remix actions, Next server actions",
    `import { defineEventHandler, getQuery, readBody, sendRedirect, setResponseHeader, setResponseStatus } from 'h3';
import { redirect as kitRedirect, fail, type Actions, type PageServerLoad } from '@sveltejs/kit';
import { redirect as remixRedirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from 'next/navigation';

export const loginReturn = defineEventHandler(async (event) => {
  const { returnTo } = getQuery(event) as { returnTo?: string };
@@  return sendRedirect(event, returnTo || '/', 302);
});

export const loginReturnLocal = defineEventHandler(async (event) => {
  const { returnTo } = getQuery(event) as { returnTo?: string };
  const target = returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
@ok  return sendRedirect(event, target, 302);
});

export const logout = defineEventHandler(async (event) => {
  const body = await readBody(event);
@@  await sendRedirect(event, body.next as string);
});

export const logoutHome = defineEventHandler(async (event) => {
  await readBody(event);
@ok  await sendRedirect(event, '/goodbye');
});

export const goHeader = defineEventHandler((event) => {
  const dest = getQuery(event).dest;
  setResponseStatus(event, 302);
@@  setResponseHeader(event, 'location', String(dest));
  return '';
});

export const load: PageServerLoad = async ({ url, locals }) => {
  if (locals.user) {
@@    throw kitRedirect(303, url.searchParams.get('redirectTo') ?? '/');
  }
  return {};
};

export const actions: Actions = {
  login: async ({ request, url, cookies }) => {
    const form = await request.formData();
    const next = form.get('next')?.toString();
    if (!form.get('email')) return fail(400, { missing: true });
    cookies.set('session', 'x', { path: '/' });
@@    kitRedirect(303, next ?? '/app');
  },
  switchOrg: async ({ url }) => {
    const org = url.searchParams.get('org') ?? '';
@ok    throw kitRedirect(303, \`/orgs/\${encodeURIComponent(org)}/dashboard\`);
  },
  back: async ({ request }) => {
    const ref = request.headers.get('referer');
@ok    throw kitRedirect(303, ref && new URL(ref).origin === 'https://app.example.com' ? ref : '/');
  },
};

export async function loader({ request }: LoaderFunctionArgs) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
@@  if (params.continue) return remixRedirect(params.continue);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const redirectTo = form.get('redirectTo');
@@  return remixRedirect(String(redirectTo), { headers: { 'Set-Cookie': 'a=b' } });
}

export async function actionSafe({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const redirectTo = String(form.get('redirectTo') ?? '/');
  const safe = redirectTo.startsWith('/') && !redirectTo.startsWith('//') ? redirectTo : '/';
@ok  return remixRedirect(safe);
}

export async function signIn(formData: FormData) {
  'use server';
  const callbackUrl = formData.get('callbackUrl') as string;
@@  redirect(callbackUrl);
}

export async function signInHome(formData: FormData) {
  'use server';
  void formData.get('email');
@ok  redirect('/dashboard');
}
`,
  ),
  ...ts(
    "CWE-918",
    "SvelteKit +server proxy handlers, Nuxt $fetch / ofetch, undici and URL with a base",
    `import { error, json, type RequestHandler } from '@sveltejs/kit';
import { defineEventHandler, getQuery, readBody } from 'h3';
import { ofetch } from 'ofetch';
import { request as undiciRequest } from 'undici';

const ALLOWED_HOSTS = new Set(['api.github.com', 'registry.npmjs.org']);
const API_BASE = 'https://api.internal.example';

export const GET: RequestHandler = async ({ url, fetch }) => {
  const target = url.searchParams.get('url');
  if (!target) throw error(400, 'url required');
@@  const upstream = await fetch(target);
  return new Response(upstream.body, { headers: { 'content-type': 'application/octet-stream' } });
};

export const POST: RequestHandler = async ({ request }) => {
  const { webhook, payload } = await request.json();
@@  await globalThis.fetch(webhook, { method: 'POST', body: JSON.stringify(payload) });
  return json({ queued: true });
};

export const PUT: RequestHandler = async ({ request }) => {
  const { feed } = (await request.json()) as { feed: string };
  const parsed = new URL(feed);
  if (!ALLOWED_HOSTS.has(parsed.hostname) || parsed.protocol !== 'https:') throw error(400, 'host not allowed');
@ok  const res = await fetch(parsed);
  return json(await res.json());
};

export const PATCH: RequestHandler = async ({ params }) => {
@ok  const res = await fetch(\`https://registry.npmjs.org/\${encodeURIComponent(params.pkg!)}\`);
  return json(await res.json());
};

export const DELETE: RequestHandler = async ({ params, fetch }) => {
@@  const res = await fetch(\`http://\${params.host}:8080/health\`);
  return json({ up: res.ok });
};

export const preview = defineEventHandler(async (event) => {
  const { src } = getQuery(event);
@@  const html = await $fetch<string>(src as string, { responseType: 'text' });
  return { length: html.length };
});

export const previewFixed = defineEventHandler(async (event) => {
  const { id } = getQuery(event);
@ok  return $fetch(\`/v1/previews/\${encodeURIComponent(String(id))}\`, { baseURL: API_BASE });
});

export const avatar = defineEventHandler(async (event) => {
  const body = await readBody<{ imageUrl: string }>(event);
@@  const blob = await ofetch(body.imageUrl, { responseType: 'blob' });
  return blob.size;
});

export const callback = defineEventHandler(async (event) => {
  const { callbackUrl } = await readBody(event);
@@  const { statusCode } = await undiciRequest(callbackUrl, { method: 'POST', body: '{}' });
  return { statusCode };
});

export const relative = defineEventHandler(async (event) => {
  const q = getQuery(event);
@@  return fetch(new URL(q.path as string, API_BASE)).then((r) => r.json());
});

export const relativeSafe = defineEventHandler(async (event) => {
  const q = getQuery(event);
@ok  return fetch(new URL(\`/v1/items/\${encodeURIComponent(String(q.id))}\`, API_BASE)).then((r) => r.json());
});
`,
  ),
  ...ts(
    "CWE-79",
    "HTML responses from SvelteKit / Astro endpoints, h3 string returns and Hono html helpers",
    `import { json, type RequestHandler } from '@sveltejs/kit';
import type { APIRoute } from 'astro';
import { defineEventHandler, getQuery, readBody, setResponseHeader } from 'h3';
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import escapeHtml from 'escape-html';

export const GET: RequestHandler = ({ url }) => {
  const name = url.searchParams.get('name') ?? 'friend';
@@  return new Response(\`<!doctype html><h1>Hello \${name}</h1>\`, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};

export const POST: RequestHandler = async ({ request }) => {
  const form = await request.formData();
  const comment = form.get('comment')?.toString() ?? '';
@ok  return new Response(\`<p>\${escapeHtml(comment)}</p>\`, { headers: { 'content-type': 'text/html' } });
};

export const PUT: RequestHandler = async ({ request }) => {
  const { name } = await request.json();
@ok  return json({ greeting: \`Hello \${name}\` });
};

export const PATCH: RequestHandler = async ({ params }) => {
@@  return new Response('<div class="tag">' + params.tag + '</div>', { headers: { 'Content-Type': 'text/html' } });
};

export const astroSearch: APIRoute = async ({ url }) => {
  const q = url.searchParams.get('q');
  const body = \`<ul><li>No results for \${q}</li></ul>\`;
@@  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/html' } });
};

export const astroPlain: APIRoute = async ({ url }) => {
  const q = url.searchParams.get('q');
@ok  return new Response(\`No results for \${q}\`, { headers: { 'Content-Type': 'text/plain' } });
};

export const hello = defineEventHandler((event) => {
  const { name } = getQuery(event);
  setResponseHeader(event, 'content-type', 'text/html');
@@  return \`<h1>Hello \${name}</h1>\`;
});

export const helloDefault = defineEventHandler(async (event) => {
  const { bio } = await readBody(event);
@@  return '<section class="bio">' + bio + '</section>';
});

export const helloJson = defineEventHandler((event) => {
  const { name } = getQuery(event);
@ok  return { greeting: \`Hello \${name}\` };
});

const app = new Hono();

app.get('/card', (c) => {
  const title = c.req.query('title') ?? '';
@ok  return c.html(html\`<div class="card"><h2>\${title}</h2></div>\`);
});

app.get('/card-raw', (c) => {
  const title = c.req.query('title') ?? '';
@@  return c.html(html\`<div class="card"><h2>\${raw(title)}</h2></div>\`);
});

app.post('/bio', async (c) => {
  const { bio } = await c.req.json<{ bio: string }>();
@@  return c.html(\`<p>\${bio}</p>\`);
});

app.get('/hdr', (c) => {
  const agent = c.req.header('User-Agent');
@@  return c.html('<footer>Your browser: ' + agent + '</footer>');
});

app.get('/hdr-text', (c) => {
  const agent = c.req.header('User-Agent');
@ok  return c.text('Your browser: ' + agent);
});
`,
  ),
  ...js(
    "CWE-89",
    "Apollo / yoga / mercurius resolver arguments into pg, knex.raw and sequelize.query",
    `const { ApolloServer } = require('@apollo/server');
const { createSchema, createYoga } = require('graphql-yoga');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const { Sequelize, QueryTypes } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);

const resolvers = {
  Query: {
    user: async (_parent, { id }, { db }) => {
@@      const { rows } = await db.query(\`SELECT * FROM users WHERE id = '\${id}'\`);
      return rows[0];
    },
    userSafe: async (_parent, { id }, { db }) => {
@ok      const { rows } = await db.query('SELECT * FROM users WHERE id = $1', [id]);
      return rows[0];
    },
    posts(parent, args, context) {
@@      return knex.raw(\`SELECT * FROM posts WHERE author = '\${args.author}' ORDER BY \${args.orderBy || 'id'}\`);
    },
    postsSafe(parent, args) {
@ok      return knex('posts').where({ author: args.author }).orderBy('id');
    },
    search: async (_, { filter: { term, limit = 20 } = {} }) => {
@@      return sequelize.query(\`SELECT * FROM products WHERE name LIKE '%\${term}%' LIMIT \${limit}\`, { type: QueryTypes.SELECT });
    },
    searchSafe: async (_, { filter: { term } = {} }) => {
@ok      return sequelize.query('SELECT * FROM products WHERE name LIKE :term', { replacements: { term: \`%\${term}%\` }, type: QueryTypes.SELECT });
    },
  },
  Mutation: {
    async renameTeam(_root, { input }, ctx) {
      const { teamId, name } = input;
@@      await ctx.knex.raw("UPDATE teams SET name = '" + name + "' WHERE id = " + teamId);
      return { id: teamId, name };
    },
    async archiveTeam(_root, { teamId }, ctx) {
@ok      await ctx.knex.raw('UPDATE teams SET archived = true WHERE id = ?', [teamId]);
      return true;
    },
  },
  User: {
    orders: (user, { status }, { db }) => {
@@      return db.query(\`SELECT * FROM orders WHERE user_id = $1 AND status = '\${status}'\`, [user.id]);
    },
    friends: (user, _args, { db }) => {
@ok      return db.query(\`SELECT * FROM friends WHERE user_id = \${Number(user.id)}\`);
    },
  },
};

const server = new ApolloServer({ typeDefs: 'type Query { user(id: ID!): User }', resolvers });

const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Query { audit(actor: String!): [String] }',
    resolvers: {
      Query: {
        audit: (_, args, { pg }) => {
          const where = \`actor = '\${args.actor}'\`;
@@          return pg.query('SELECT * FROM audit WHERE ' + where).then((r) => r.rows);
        },
        auditSafe: (_, args, { pg }) => {
@ok          return pg.query('SELECT * FROM audit WHERE actor = $1', [args.actor]).then((r) => r.rows);
        },
      },
    },
  }),
});

async function registerMercurius(app) {
  await app.register(require('mercurius'), {
    schema: 'type Query { invoices(customer: String): [Invoice] }',
    resolvers: {
      Query: {
        invoices: async (_, { customer }, { app: fastify }) => {
@@          const { rows } = await fastify.pg.query(\`SELECT * FROM invoices WHERE customer = '\${customer}'\`);
          return rows;
        },
      },
    },
  });
}

module.exports = { server, yoga, registerMercurius };
`,
  ),
  ...ts(
    "CWE-78",
    "tRPC procedures with zod inputs, NestJS GraphQL @Args and type-graphql @Arg into exec / execa / spawn",
    `import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { exec, execFile, execSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { execa, execaCommand } from 'execa';
import { quote } from 'shell-quote';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Arg, Query, Resolver as TgResolver } from 'type-graphql';

type Context = { userId: string };
const t = initTRPC.context<Context>().create();
const publicProcedure = t.procedure;
const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export const toolsRouter = t.router({
  ping: publicProcedure.input(z.object({ host: z.string() })).mutation(async ({ input }) => {
@@    const { stdout } = await execAsync(\`ping -c 1 \${input.host}\`);
    return stdout;
  }),
  pingStrict: publicProcedure.input(z.object({ host: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/i) })).mutation(async ({ input }) => {
@ok    const { stdout } = await execAsync(\`ping -c 1 \${input.host}\`);
    return stdout;
  }),
  convert: publicProcedure.input(z.object({ file: z.string(), format: z.enum(['png', 'webp', 'avif']) })).mutation(async ({ input }) => {
@@    await execa('sh', ['-c', \`convert uploads/\${input.file} out.\${input.format}\`]);
  }),
  convertFormat: publicProcedure.input(z.object({ format: z.enum(['png', 'webp', 'avif']) })).mutation(async ({ input }) => {
@ok    await execaCommand(\`convert uploads/current.jpg out.\${input.format}\`);
  }),
  archive: publicProcedure.input(z.string()).mutation(({ input }) => {
@@    return new Promise((resolve) => spawn(\`tar czf /backups/\${input}.tgz /data\`, { shell: true }).on('close', resolve));
  }),
  archiveSafe: publicProcedure.input(z.string()).mutation(({ input }) => {
@ok    return new Promise((resolve) => spawn('tar', ['czf', \`/backups/\${input.replace(/[^\\w-]/g, '')}.tgz\`, '/data']).on('close', resolve));
  }),
  resize: publicProcedure.input(z.object({ width: z.number().int().positive(), name: z.string() })).mutation(async ({ input: { width, name } }) => {
@@    await execa(\`magick uploads/\${name} -resize \${width} out.png\`, { shell: true });
  }),
  resizeSafe: publicProcedure.input(z.object({ width: z.number().int().positive() })).mutation(async ({ input: { width } }) => {
@ok    await execa(\`magick uploads/current.png -resize \${width} out.png\`, { shell: true });
  }),
  lint: publicProcedure.input(z.object({ files: z.array(z.string()) })).mutation(async ({ input }) => {
@@    return execSync(\`eslint \${input.files.join(' ')}\`).toString();
  }),
});

@Resolver()
export class DeployResolver {
  @Mutation(() => String)
  async deploy(@Args('branch') branch: string, @Args('env') env: string) {
@@    const { stdout } = await execAsync(\`./scripts/deploy.sh \${branch} \${env}\`);
    return stdout;
  }

  @Mutation(() => String)
  async deploySafe(@Args('branch') branch: string) {
@ok    const { stdout } = await execFileAsync('./scripts/deploy.sh', [], { env: { ...process.env, BRANCH: branch } });
    return stdout;
  }

  @Mutation(() => String)
  async tag(@Args('input') input: TagInput) {
@@    return execSync('git tag ' + input.name + ' ' + input.commit, { cwd: '/srv/repo' }).toString();
  }
}

class TagInput {
  name!: string;
  commit!: string;
}

@TgResolver()
export class DnsResolver {
  @Query(() => String)
  async lookup(@Arg('domain') domain: string) {
@@    return execSync('dig +short ' + domain).toString();
  }

  @Query(() => String)
  async lookupQuoted(@Arg('domain') domain: string) {
@ok    return execSync(\`dig +short \${quote([domain])}\`).toString();
  }
}
`,
  ),
  ...ts(
    "CWE-89",
    "tRPC procedures into Prisma raw, drizzle sql.raw, kysely sql.raw and postgres.js unsafe",
    `import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { PrismaClient } from '@prisma/client';
import { sql } from 'drizzle-orm';
import { sql as ksql, type Kysely } from 'kysely';
import postgres from 'postgres';

type Context = { prisma: PrismaClient; db: any; kysely: Kysely<any>; pgsql: ReturnType<typeof postgres> };
const t = initTRPC.context<Context>().create();
const protectedProcedure = t.procedure;

export const reportRouter = t.router({
  byStatus: protectedProcedure.input(z.object({ status: z.string() })).query(({ ctx, input }) => {
@@    return ctx.prisma.$queryRawUnsafe(\`SELECT * FROM "Report" WHERE status = '\${input.status}'\`);
  }),
  byStatusEnum: protectedProcedure.input(z.object({ status: z.enum(['open', 'closed']) })).query(({ ctx, input }) => {
@ok    return ctx.prisma.$queryRawUnsafe(\`SELECT * FROM "Report" WHERE status = '\${input.status}'\`);
  }),
  byStatusTagged: protectedProcedure.input(z.object({ status: z.string() })).query(({ ctx, input }) => {
@ok    return ctx.prisma.$queryRaw\`SELECT * FROM "Report" WHERE status = \${input.status}\`;
  }),
  page: protectedProcedure.input(z.object({ limit: z.number().int().max(100), offset: z.number().int().min(0) })).query(({ ctx, input }) => {
@ok    return ctx.prisma.$queryRawUnsafe(\`SELECT * FROM "Report" LIMIT \${input.limit} OFFSET \${input.offset}\`);
  }),
  search: protectedProcedure.input(z.object({ q: z.string(), lang: z.string().optional() })).query(async ({ ctx, input: { q, lang = 'en' } }) => {
@@    return ctx.prisma.$queryRawUnsafe(\`SELECT * FROM "Report" WHERE lang = '\${lang}' AND title ILIKE $1\`, \`%\${q}%\`);
  }),
  remove: protectedProcedure.input(z.object({ id: z.string() })).mutation(async ({ ctx, input }) => {
@@    await ctx.prisma.$executeRawUnsafe('DELETE FROM "Report" WHERE id = \\'' + input.id + "'");
  }),
  removeUuid: protectedProcedure.input(z.object({ id: z.string().uuid() })).mutation(async ({ ctx, input }) => {
@ok    await ctx.prisma.$executeRawUnsafe(\`DELETE FROM "Report" WHERE id = '\${input.id}'\`);
  }),
  sorted: protectedProcedure.input(z.object({ orderBy: z.string().default('created_at') })).query(({ ctx, input }) => {
@@    return ctx.db.execute(sql.raw(\`SELECT id FROM reports ORDER BY \${input.orderBy}\`));
  }),
  owned: protectedProcedure.input(z.object({ owner: z.string() })).query(({ ctx, input }) => {
@ok    return ctx.db.execute(sql\`SELECT id FROM reports WHERE owner = \${input.owner}\`);
  }),
  fuzzy: protectedProcedure.input(z.object({ q: z.string() })).query(({ ctx, input }) => {
@@    return ksql\`SELECT * FROM reports WHERE title LIKE '%\${ksql.raw(input.q)}%'\`.execute(ctx.kysely);
  }),
  fuzzySafe: protectedProcedure.input(z.object({ q: z.string() })).query(({ ctx, input }) => {
@ok    return ctx.kysely.selectFrom('reports').selectAll().where('title', 'like', \`%\${input.q}%\`).execute();
  }),
  byTag: protectedProcedure.input(z.object({ tag: z.string() })).query(({ ctx, input }) => {
@@    return ctx.pgsql.unsafe(\`SELECT * FROM reports WHERE tag = '\${input.tag}'\`);
  }),
  byTagSafe: protectedProcedure.input(z.object({ tag: z.string() })).query(({ ctx, input }) => {
@ok    return ctx.pgsql\`SELECT * FROM reports WHERE tag = \${input.tag}\`;
  }),
  stats: protectedProcedure.input(z.object({ column: z.string() })).query(async ({ ctx, input }) => {
    const filter = { column: input.column, table: 'reports' } satisfies { column: string; table: string };
@@    return ctx.prisma.$queryRawUnsafe(\`SELECT \${filter.column}, count(*) FROM \${filter.table} GROUP BY 1\`);
  }),
});
`,
  ),
  ...ts(
    "CWE-22",
    "Elysia / Bun.file and Hono routes (params, validated queries, uploads) into fs promises",
    `import { Elysia, t } from 'elysia';
import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

const FILES = path.resolve('storage');

export const api = new Elysia()
  .get('/files/:name', ({ params }) => {
@@    return Bun.file(\`\${FILES}/\${params.name}\`);
  })
  .get('/files-safe/:name', ({ params: { name } }) => {
@ok    return Bun.file(path.join(FILES, path.basename(name)));
  })
  .get('/docs', async ({ query }) => {
@@    return readFile(path.join(FILES, 'docs', query.page ?? 'index.md'), 'utf8');
  }, { query: t.Object({ page: t.Optional(t.String()) }) })
  .delete('/files', async ({ body }) => {
    const full = path.resolve(FILES, body.name);
    if (!full.startsWith(FILES + path.sep)) return new Response('bad path', { status: 400 });
@ok    await unlink(full);
  }, { body: t.Object({ name: t.String() }) })
  .post('/notes', async ({ body }) => {
@@    await Bun.write(path.join(FILES, 'notes', body.title + '.txt'), body.text);
    return { saved: true };
  }, { body: t.Object({ title: t.String(), text: t.String() }) })
  .post('/notes-safe', async ({ body }) => {
@ok    await Bun.write(path.join(FILES, 'notes', \`\${crypto.randomUUID()}.txt\`), body.text);
    return { saved: true };
  }, { body: t.Object({ text: t.String() }) });

const app = new Hono();

app.get('/avatar/:user', async (c) => {
@@  const data = await readFile(path.join('avatars', c.req.param('user') + '.png'));
  return c.body(data);
});

app.get('/export', zValidator('query', z.object({ file: z.string() })), async (c) => {
  const { file } = c.req.valid('query');
@@  return c.body(await readFile(\`exports/\${file}\`));
});

app.get('/export-fixed', zValidator('query', z.object({ file: z.enum(['daily.csv', 'weekly.csv']) })), async (c) => {
  const { file } = c.req.valid('query');
@ok  return c.body(await readFile(\`exports/\${file}\`));
});

app.post('/upload', async (c) => {
  const body = await c.req.parseBody();
  const f = body['file'] as File;
@@  await writeFile(path.join('uploads', f.name), Buffer.from(await f.arrayBuffer()));
  return c.json({ ok: true });
});

app.get('/logs', async (c) => {
  const day = c.req.query('day');
  if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(day ?? '')) return c.text('bad day', 400);
@ok  return c.text(await readFile(\`logs/\${day}.log\`, 'utf8'));
});

app.delete('/cache', async (c) => {
  const { key } = await c.req.json<{ key: string }>();
@@  await unlink(path.join('/var/cache/app', key));
  return c.body(null, 204);
});

app.get('/theme/:name{[a-z]+}', async (c) => {
@ok  return c.text(await readFile(path.join('themes', path.basename(c.req.param('name')) + '.css'), 'utf8'));
});
`,
  ),
  ...ts(
    "CWE-89",
    "AdonisJS controllers (request.input / qs / only / all / header, params) into Lucid raw queries",
    `import type { HttpContext } from '@adonisjs/core/http';
import db from '@adonisjs/lucid/services/db';
import User from '#models/user';

export default class UsersController {
  async index({ request }: HttpContext) {
    const sort = request.input('sort', 'id');
@@    return db.rawQuery(\`SELECT id, email FROM users ORDER BY \${sort}\`);
  }

  async indexSafe({ request }: HttpContext) {
    const sort = request.input('sort', 'id') === 'email' ? 'email' : 'id';
@ok    return db.rawQuery(\`SELECT id, email FROM users ORDER BY \${sort}\`);
  }

  async search({ request }: HttpContext) {
    const { q } = request.qs();
@@    return db.from('users').whereRaw(\`email LIKE '%\${q}%'\`);
  }

  async searchSafe({ request }: HttpContext) {
    const { q } = request.qs();
@ok    return db.from('users').whereRaw('email LIKE ?', [\`%\${q}%\`]);
  }

  async show({ params }: HttpContext) {
@@    return db.rawQuery('SELECT * FROM users WHERE id = ' + params.id);
  }

  async showSafe({ params }: HttpContext) {
@ok    return db.rawQuery('SELECT * FROM users WHERE id = ?', [params.id]);
  }

  async filter({ request }: HttpContext) {
    const { role, status } = request.only(['role', 'status']);
@@    return User.query().whereRaw(\`role = '\${role}' AND status = '\${status}'\`);
  }

  async filterSafe({ request }: HttpContext) {
    const { role } = request.only(['role']);
@ok    return User.query().where('role', role);
  }

  async update({ request, params }: HttpContext) {
    const payload = request.all();
@@    await db.rawQuery(\`UPDATE users SET nickname = '\${payload.nickname}' WHERE id = ?\`, [params.id]);
  }

  async recent({ request }: HttpContext) {
    const days = request.input('days');
@ok    return db.rawQuery(\`SELECT count(*) FROM users WHERE created_at > now() - interval '\${parseInt(days, 10)} days'\`);
  }

  async tenant(ctx: HttpContext) {
    const tenant = ctx.request.header('x-tenant');
@@    return db.rawQuery(\`SET search_path TO \${tenant}\`);
  }

  async byEmail(ctx: HttpContext) {
    const email = ctx.request.input('email');
@@    return db.from('users').select('*').joinRaw(\`LEFT JOIN profiles p ON p.email = '\${email}'\`);
  }

  async byEmailSafe(ctx: HttpContext) {
    const email = ctx.request.input('email');
@ok    return db.from('users').where('email', email).first();
  }
}
`,
  ),
  ...ts(
    "CWE-601",
    "AdonisJS response.redirect, Elysia redirect / set.redirect, Hono validated queries, Fastify reply.redirect",
    `import type { HttpContext } from '@adonisjs/core/http';
import { Elysia, t } from 'elysia';
import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import Fastify from 'fastify';

const ALLOWED = new Set(['/home', '/settings', '/billing']);

export class SessionController {
  async store({ request, response }: HttpContext) {
@@    return response.redirect(request.input('next', '/dashboard'));
  }

  async storeLocal({ request, response }: HttpContext) {
    const next: string = request.input('next', '/dashboard');
@ok    return response.redirect(next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\\\') ? next : '/dashboard');
  }

  async resume({ request, response }: HttpContext) {
@@    return response.redirect().toPath(request.qs().returnTo);
  }

  async home({ response }: HttpContext) {
@ok    return response.redirect().toRoute('home');
  }

  async back({ response }: HttpContext) {
@ok    return response.redirect().back();
  }
}

export const elysiaApp = new Elysia()
  .get('/out', ({ query, redirect }) => {
@@    return redirect(query.to);
  }, { query: t.Object({ to: t.String() }) })
  .get('/out-old', ({ query, set }) => {
@@    set.redirect = query.to;
  })
  .get('/out-safe', ({ query, redirect }) => {
@ok    return redirect(ALLOWED.has(query.to) ? query.to : '/home');
  });

const app = new Hono();

app.get('/continue', zValidator('query', z.object({ u: z.string() })), (c) => {
  const { u } = c.req.valid('query');
@@  return c.redirect(u);
});

app.get('/continue-enum', zValidator('query', z.object({ u: z.enum(['/home', '/billing']) })), (c) => {
  const { u } = c.req.valid('query');
@ok  return c.redirect(u);
});

app.post('/form-done', async (c) => {
  const body = await c.req.parseBody();
@@  return c.redirect(String(body.done ?? '/'), 303);
});

const fastify = Fastify();

fastify.get('/sso/callback', async (request, reply) => {
  const { RelayState } = request.query as { RelayState: string };
@@  return reply.redirect(RelayState);
});

fastify.get('/legacy/back', async (request, reply) => {
  const q = request.query as Record<string, string>;
@@  return reply.redirect(302, q.back);
});

fastify.get('/legacy/home', async (request, reply) => {
  const q = request.query as Record<string, string>;
@ok  return reply.redirect(\`/search?q=\${encodeURIComponent(q.q ?? '')}\`);
});
`,
  ),
  ...ts(
    "CWE-89",
    "Cloudflare Workers D1, Azure Functions mssql and Firebase callable / https handlers",
    `import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import sql from 'mssql';
import { onCall, onRequest } from 'firebase-functions/v2/https';
import * as functions from 'firebase-functions/v1';
import { BigQuery } from '@google-cloud/bigquery';
import mysql from 'mysql2/promise';

interface Env { DB: D1Database }
const bigquery = new BigQuery();
const pool = mysql.createPool(process.env.MYSQL_URL!);

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const slug = url.searchParams.get('slug');
    if (url.pathname === '/post') {
@@      const post = await env.DB.prepare(\`SELECT * FROM posts WHERE slug = '\${slug}'\`).first();
      return Response.json(post);
    }
    if (url.pathname === '/post-safe') {
@ok      const post = await env.DB.prepare('SELECT * FROM posts WHERE slug = ?1').bind(slug).first();
      return Response.json(post);
    }
    if (url.pathname === '/tags' && request.method === 'POST') {
      const { tags } = await request.json<{ tags: string[] }>();
@@      const rows = await env.DB.prepare(\`SELECT * FROM posts WHERE tag IN (\${tags.map((t) => \`'\${t}'\`).join(',')})\`).all();
      return Response.json(rows.results);
    }
    if (url.pathname === '/tags-safe' && request.method === 'POST') {
      const { tags } = await request.json<{ tags: string[] }>();
@ok      const rows = await env.DB.prepare(\`SELECT * FROM posts WHERE tag IN (\${tags.map(() => '?').join(',')})\`).bind(...tags).all();
      return Response.json(rows.results);
    }
    if (url.pathname === '/purge') {
@@      await env.DB.exec(\`DELETE FROM cache WHERE key = '\${url.searchParams.get('key')}'\`);
      return new Response(null, { status: 204 });
    }
    return new Response('not found', { status: 404 });
  },
};

app.http('getOrder', {
  methods: ['GET'],
  handler: async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    const id = request.query.get('id');
    const db = await sql.connect(process.env.SQL_CONN!);
@@    const result = await db.request().query(\`SELECT * FROM Orders WHERE Id = '\${id}'\`);
    return { jsonBody: result.recordset };
  },
});

app.http('getOrderSafe', {
  methods: ['GET'],
  handler: async (request: HttpRequest): Promise<HttpResponseInit> => {
    const id = request.query.get('id');
    const db = await sql.connect(process.env.SQL_CONN!);
@ok    const result = await db.request().input('id', sql.NVarChar, id).query('SELECT * FROM Orders WHERE Id = @id');
    return { jsonBody: result.recordset };
  },
});

app.http('createOrder', {
  methods: ['POST'],
  route: 'orders/{region}',
  handler: async (request: HttpRequest): Promise<HttpResponseInit> => {
    const body = (await request.json()) as { customer: string; total: number };
    const db = await sql.connect(process.env.SQL_CONN!);
@@    await db.request().query("INSERT INTO Orders (Customer, Region) VALUES ('" + body.customer + "', '" + request.params.region + "')");
    return { status: 201 };
  },
});

export const report = onRequest(async (req, res) => {
@@  const [rows] = await bigquery.query(\`SELECT * FROM events WHERE user = '\${req.query.user}'\`);
  res.json(rows);
});

export const reportSafe = onRequest(async (req, res) => {
@ok  const [rows] = await bigquery.query({ query: 'SELECT * FROM events WHERE user = @user', params: { user: String(req.query.user) } });
  res.json(rows);
});

export const lookup = onCall(async (request) => {
  const { email } = request.data as { email: string };
@@  const [rows] = await pool.query(\`SELECT id FROM accounts WHERE email = '\${email}'\`);
  return rows;
});

export const lookupV1 = functions.https.onCall(async (data, context) => {
@@  const [rows] = await pool.query('SELECT id FROM accounts WHERE email = "' + data.email + '"');
  return rows;
});

export const lookupSafe = onCall(async (request) => {
@ok  const [rows] = await pool.execute('SELECT id FROM accounts WHERE email = ?', [request.data.email]);
  return rows;
});
`,
  ),
  ...js(
    "CWE-79",
    "serverless HTML responses (Firebase, Lambda proxy results, Azure v3 / v4, service workers)",
    `const functions = require('firebase-functions');
const { onRequest } = require('firebase-functions/v2/https');
const { app } = require('@azure/functions');
const escape = require('escape-html');

exports.greet = functions.https.onRequest((req, res) => {
@@  res.send(\`<h1>Hello \${req.query.name}</h1>\`);
});

exports.greetSafe = onRequest((req, res) => {
@ok  res.send(\`<h1>Hello \${escape(req.query.name)}</h1>\`);
});

exports.page = async (event) => {
  const q = event.queryStringParameters?.q ?? '';
@@  return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: \`<p>Results for \${q}</p>\` };
};

exports.pageJson = async (event) => {
  const q = event.queryStringParameters?.q ?? '';
@ok  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: q }) };
};

exports.pagePath = async (event) => {
  const { slug } = event.pathParameters || {};
@@  return { statusCode: 404, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<p>No page named ' + slug + '</p>' };
};

exports.form = async (event) => {
  const { comment } = JSON.parse(event.body || '{}');
  const html = \`<div class="comment">\${comment}</div>\`;
@@  return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: html };
};

exports.formSafe = async (event) => {
  const { comment } = JSON.parse(event.body || '{}');
  const html = \`<div class="comment">\${escape(comment)}</div>\`;
@ok  return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: html };
};

exports.formV2 = async (event) => {
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString() : event.body;
  const { title } = JSON.parse(raw);
@@  return { statusCode: 200, headers: { 'content-type': 'text/html' }, body: '<title>' + title + '</title>' };
};

module.exports.az = async function (context, req) {
  const name = req.query.name || (req.body && req.body.name);
@@  context.res = { headers: { 'Content-Type': 'text/html' }, body: '<h1>Hi ' + name + '</h1>' };
};

module.exports.azSafe = async function (context, req) {
  const name = req.query.name || (req.body && req.body.name);
@ok  context.res = { headers: { 'Content-Type': 'application/json' }, body: { hi: name } };
};

app.http('hello', {
  handler: async (request) => {
    const who = request.query.get('who') ?? 'world';
@@    return { body: \`<p>Hello \${who}</p>\`, headers: { 'Content-Type': 'text/html' } };
  },
});

app.http('helloText', {
  handler: async (request) => {
    const who = request.query.get('who') ?? 'world';
@ok    return { body: \`Hello \${who}\`, headers: { 'Content-Type': 'text/plain' } };
  },
});

addEventListener('fetch', (event) => event.respondWith(handle(event.request)));

async function handle(request) {
  const msg = new URL(request.url).searchParams.get('msg');
@@  return new Response('<div>' + msg + '</div>', { headers: { 'content-type': 'text/html;charset=UTF-8' } });
}
`,
  ),
  ...js(
    "CWE-78",
    "Lambda event parts, Electron ipcMain, socket.io and ws messages into exec / shelljs / shell spawns",
    `const { execSync, exec, execFile, spawn } = require('child_process');
const path = require('path');
const net = require('net');
const { ipcMain } = require('electron');
const shell = require('shelljs');
const { Server } = require('socket.io');
const { WebSocketServer } = require('ws');

exports.thumbnail = async (event) => {
  const { key } = event.pathParameters;
@@  execSync(\`convert /tmp/\${key} -resize 200x200 /tmp/thumb-\${key}\`);
};

exports.thumbnailSafe = async (event) => {
  const { key } = event.pathParameters;
@ok  await new Promise((ok, fail) => execFile('convert', [\`/tmp/\${path.basename(key)}\`, '-resize', '200x200', '/tmp/thumb.png'], (e) => (e ? fail(e) : ok())));
};

exports.remote = async (event) => {
  const body = JSON.parse(event.body ?? '{}');
  const { repo, ref = 'main' } = body;
@@  const out = execSync('git ls-remote ' + repo + ' ' + ref).toString();
  return { statusCode: 200, body: out };
};

exports.flags = async (event) => {
  const flags = event.multiValueQueryStringParameters?.flag ?? [];
@@  exec(\`./bin/report \${flags.join(' ')}\`, () => {});
};

exports.branch = async (event) => {
  const branch = event.headers['x-branch'];
@@  shell.exec(\`git checkout \${branch}\`);
};

exports.branchSafe = async (event) => {
  const branch = event.headers['x-branch'];
  if (!/^[\\w./]+$/.test(branch)) return { statusCode: 400 };
@ok  shell.exec(\`git checkout \${branch}\`);
};

exports.cleanup = async (event) => {
  const { dir } = event.queryStringParameters;
@@  shell.rm('-rf', \`/tmp/\${dir}/*\`) && shell.exec('rm -rf /tmp/' + dir);
};

ipcMain.handle('open-in-editor', async (_event, file) => {
@@  exec(\`code "\${file}"\`);
});

ipcMain.handle('open-in-editor-safe', async (_event, file) => {
@ok  spawn('code', ['--', file], { stdio: 'ignore', detached: true });
});

ipcMain.on('run-script', (event, { name, args }) => {
@@  const child = spawn(\`npm run \${name} -- \${args}\`, { shell: true });
  child.stdout.on('data', (d) => event.reply('script-output', d.toString()));
});

ipcMain.on('run-script-safe', (event, { name }) => {
  if (!['build', 'test', 'lint'].includes(name)) return;
@ok  const child = spawn('npm', ['run', name]);
  child.stdout.on('data', (d) => event.reply('script-output', d.toString()));
});

const io = new Server(3001);
io.on('connection', (socket) => {
  socket.on('ping-host', (host, ack) => {
@@    exec('ping -c 3 ' + host, (err, stdout) => ack(stdout));
  });
  socket.on('ping-host-safe', (host, ack) => {
    if (!net.isIP(host)) return ack('invalid');
@ok    exec('ping -c 3 ' + host, (err, stdout) => ack(stdout));
  });
  socket.on('job', async ({ cmd }) => {
@@    socket.emit('job-output', execSync(cmd, { encoding: 'utf8' }));
  });
});

const wss = new WebSocketServer({ port: 3002 });
wss.on('connection', (ws) => {
  ws.on('message', (raw) => {
    const msg = JSON.parse(raw.toString());
    if (msg.type === 'zip') {
@@      execSync(\`zip -r /tmp/out.zip \${msg.dir}\`);
    }
    if (msg.type === 'uptime') {
@ok      ws.send(execSync('uptime').toString());
    }
  });
});
`,
  ),
  ...js(
    "CWE-22",
    "fastify streams / sendFile, the send module, express download, koa-send and hapi payloads",
    `const fastify = require('fastify')();
const express = require('express');
const send = require('send');
const koaSend = require('koa-send');
const Router = require('@koa/router');
const Hapi = require('@hapi/hapi');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');

const PUBLIC = path.join(__dirname, 'public');

fastify.register(require('@fastify/static'), { root: PUBLIC, serve: false });

fastify.get('/raw/:file', async (request, reply) => {
@@  const stream = fs.createReadStream(path.join(PUBLIC, request.params.file));
  return reply.type('application/octet-stream').send(stream);
});

fastify.get('/raw-safe/:file', async (request, reply) => {
@ok  const stream = fs.createReadStream(path.join(PUBLIC, path.basename(request.params.file)));
  return reply.send(stream);
});

fastify.get('/dl', (request, reply) => {
@@  return reply.sendFile(request.query.path, '/');
});

fastify.get('/dl-root', (request, reply) => {
@ok  return reply.sendFile(\`\${request.query.name}\`);
});

fastify.delete('/cache/:key', async (request) => {
@@  await fsp.rm(\`\${PUBLIC}/cache/\${request.params.key}\`, { recursive: true, force: true });
  return { ok: true };
});

const app = express();

app.get('/static/*', (req, res) => {
@ok  send(req, req.params[0], { root: PUBLIC, dotfiles: 'deny' }).pipe(res);
});

app.get('/legacy', (req, res) => {
@@  send(req, path.join(PUBLIC, req.query.file)).pipe(res);
});

app.get('/report', (req, res) => {
@@  res.download(path.resolve('reports', req.query.name));
});

app.get('/report-safe', (req, res) => {
@ok  res.download(req.query.name, { root: path.resolve('reports') });
});

app.post('/rename', async (req, res) => {
  const { from, to } = { ...req.body };
@@  await fsp.rename(path.join(PUBLIC, from), path.join(PUBLIC, to));
  res.sendStatus(204);
});

const router = new Router();

router.get('/assets/:name', async (ctx) => {
@ok  await koaSend(ctx, ctx.params.name, { root: PUBLIC });
});

router.get('/theme', async (ctx) => {
@@  ctx.body = fs.createReadStream(path.join(PUBLIC, 'themes', ctx.query.theme + '.css'));
});

router.post('/import', async (ctx) => {
  const { file } = ctx.request.body;
@@  const text = await fsp.readFile(file, 'utf8');
  ctx.body = { lines: text.split('\\n').length };
});

router.get('/theme-list', async (ctx) => {
@ok  ctx.body = await fsp.readdir(path.join(PUBLIC, 'themes'));
});

async function startHapi() {
  const server = Hapi.server({ port: 3003 });
  server.route({
    method: 'GET',
    path: '/doc/{name}',
    handler: (request) => {
@@      return fs.readFileSync(path.join(__dirname, 'docs', request.params.name), 'utf8');
    },
  });
  server.route({
    method: 'POST',
    path: '/purge',
    handler: (request) => {
@@      fs.unlinkSync(path.join('/var/app/tmp', request.payload.path));
      return { ok: true };
    },
  });
  await server.start();
}

module.exports = { fastify, app, router, startHapi };
`,
  ),
  ...js(
    "CWE-1336",
    "template text from requests, GraphQL args and socket messages into pug / ejs / handlebars / nunjucks / lodash",
    `const pug = require('pug');
const ejs = require('ejs');
const Handlebars = require('handlebars');
const nunjucks = require('nunjucks');
const _ = require('lodash');
const fs = require('fs');
const express = require('express');
const Router = require('@koa/router');
const fastify = require('fastify')();

const app = express();
const koaRouter = new Router();

app.post('/preview', (req, res) => {
@@  const fn = pug.compile(req.body.template);
  res.send(fn({ user: req.user }));
});

app.post('/preview-safe', (req, res) => {
  const fn = pug.compileFile('views/preview.pug');
@ok  res.send(fn({ body: req.body.template }));
});

koaRouter.post('/email/render', async (ctx) => {
  const { body } = ctx.request.body;
@@  ctx.body = ejs.render(body, { user: ctx.state.user });
});

koaRouter.post('/email/render-safe', async (ctx) => {
  const { subject, body } = ctx.request.body;
@ok  ctx.body = await ejs.renderFile('templates/email.ejs', { subject, body });
});

const resolvers = {
  Mutation: {
    previewTemplate: (_root, { source, data }) => {
@@      return Handlebars.compile(source)(JSON.parse(data));
    },
    previewStored: (_root, { data }) => {
      const source = fs.readFileSync('templates/invoice.hbs', 'utf8');
@ok      return Handlebars.compile(source)(JSON.parse(data));
    },
  },
};

fastify.post('/card', async (request) => {
@@  return nunjucks.renderString(request.body.layout, { name: 'card' });
});

fastify.post('/card-safe', async (request) => {
@ok  return nunjucks.render('card.njk', { layout: request.body.layout });
});

app.get('/banner', (req, res) => {
@@  const tpl = _.template(\`<div class="banner">\${req.query.text}</div>\`);
  res.send(tpl({}));
});

app.get('/banner-safe', (req, res) => {
  const tpl = _.template('<div class="banner"><%- text %></div>');
@ok  res.send(tpl({ text: req.query.text }));
});

function attachSocket(io) {
  io.on('connection', (socket) => {
    socket.on('render', (src, cb) => {
@@      cb(pug.render(src));
    });
    socket.on('render-named', (name, cb) => {
@ok      cb(pug.renderFile(\`views/widgets/\${['clock', 'weather'].includes(name) ? name : 'clock'}.pug\`));
    });
  });
}

exports.handler = async (event) => {
  const { template, vars } = JSON.parse(event.body);
@@  const out = ejs.render(template, vars);
  return { statusCode: 200, body: out };
};

app.post('/sig', (req, res) => {
  const env = new nunjucks.Environment();
@@  res.send(env.renderString(\`Regards, \${req.body.signature}\`, {}));
});

module.exports = { app, koaRouter, resolvers, fastify, attachSocket };
`,
  ),
  ...js(
    "CWE-94",
    "code from socket.io / ws / Electron IPC / Lambda / GraphQL / Koa into vm, Function and string timers",
    `const vm = require('vm');
const mathjs = require('mathjs');
const { ipcMain } = require('electron');
const { WebSocketServer } = require('ws');
const Router = require('@koa/router');

function attach(io) {
  io.on('connection', (socket) => {
    socket.on('calc', (expr, cb) => {
@@      cb(vm.runInNewContext(expr, { Math }));
    });
    socket.on('calc-safe', (expr, cb) => {
@ok      cb(vm.runInNewContext('Math.max(...nums)', { Math, nums: String(expr).split(',').map(Number) }));
    });
  });
}

const wss = new WebSocketServer({ port: 3004 });
wss.on('connection', (ws) => {
  ws.on('message', (data) => {
    const { fn, args } = JSON.parse(data);
@@    const f = new Function('args', \`return (\${fn})(...args)\`);
    ws.send(String(f(args)));
  });
});

ipcMain.handle('eval-plugin', (_e, code) => {
@@  return vm.runInThisContext(code);
});

ipcMain.handle('plugin-script', (_e, { source }) => {
@@  const script = new vm.Script(source, { filename: 'plugin.js' });
  return script.runInNewContext({});
});

ipcMain.handle('plugin-fixed', (_e, { n }) => {
@ok  return new vm.Script('x * 2').runInNewContext({ x: Number(n) });
});

exports.schedule = async (event) => {
  const { delayMs, action } = JSON.parse(event.body);
@@  setTimeout(\`notify('\${action}')\`, delayMs);
};

exports.scheduleSafe = async (event) => {
  const { delayMs, action } = JSON.parse(event.body);
@ok  setTimeout(() => notify(action), Number(delayMs));
};

const resolvers = {
  Query: {
    compute: (_, { formula }) => {
@@      return eval(formula);
    },
    computeSafe: (_, { formula }) => {
@ok      return mathjs.evaluate(formula);
    },
    sortBy: (_, { key }, { rows }) => {
@@      const cmp = Function('a', 'b', 'return a.' + key + ' > b.' + key + ' ? 1 : -1');
      return rows.sort(cmp);
    },
    sortBySafe: (_, { key }, { rows }) => {
@ok      return rows.sort((a, b) => (a[key] > b[key] ? 1 : -1));
    },
  },
};

const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
const router = new Router();

router.post('/automation', async (ctx) => {
@@  ctx.body = await new AsyncFunction('db', ctx.request.body.script)(ctx.db);
});

router.post('/automation-json', async (ctx) => {
@ok  ctx.body = JSON.parse(ctx.request.body.script);
});

function notify(action) {
  return action;
}

module.exports = { attach, resolvers, router };
`,
  ),
  ...js(
    "CWE-918",
    "got / undici / axios instances and config objects from Koa, Lambda, GraphQL and Express input",
    `const axios = require('axios');
const got = require('got');
const { request, fetch: undiciFetch } = require('undici');
const express = require('express');
const Router = require('@koa/router');

const http = axios.create({ timeout: 5000 });
const api = axios.create({ baseURL: 'https://api.partner.example' });
const gh = got.extend({ prefixUrl: 'https://api.github.com' });
const ALLOWED = ['cdn.example.com', 'images.example.com'];

const router = new Router();

router.get('/unfurl', async (ctx) => {
@@  const { data } = await http.get(ctx.query.url);
  ctx.body = { title: /<title>(.*?)<\\/title>/.exec(data)?.[1] };
});

router.get('/partner/:id', async (ctx) => {
@ok  const { data } = await api.get(\`/items/\${encodeURIComponent(ctx.params.id)}\`);
  ctx.body = data;
});

router.post('/hook-test', async (ctx) => {
  const { endpoint } = ctx.request.body;
@@  const { statusCode } = await request(endpoint, { method: 'POST', body: '{}' });
  ctx.body = { statusCode };
});

exports.fetchIcon = async (event) => {
  const site = event.queryStringParameters.site;
@@  const res = await got(\`\${site}/favicon.ico\`, { responseType: 'buffer' });
  return { statusCode: 200, body: res.body.toString('base64'), isBase64Encoded: true };
};

exports.fetchIconSafe = async (event) => {
  const site = new URL(event.queryStringParameters.site);
  if (!ALLOWED.includes(site.hostname)) return { statusCode: 403 };
@ok  const res = await got(new URL('/favicon.ico', site.origin), { responseType: 'buffer' });
  return { statusCode: 200, body: res.body.toString('base64'), isBase64Encoded: true };
};

exports.stream = async (event) => {
  const { source } = JSON.parse(event.body);
@@  return new Promise((resolve) => got.stream(source).on('end', resolve).resume());
};

const resolvers = {
  Query: {
    preview: async (_, { link }) => {
@@      const r = await undiciFetch(link);
      return r.text();
    },
    weather: async (_, { city }) => {
@ok      const r = await undiciFetch(\`https://api.weather.example/v1?city=\${encodeURIComponent(city)}\`);
      return r.json();
    },
  },
};

const app = express();

app.post('/proxy', async (req, res) => {
@@  const r = await axios({ method: 'get', url: req.body.target, responseType: 'stream' });
  r.data.pipe(res);
});

app.get('/repos/:owner', async (req, res) => {
@ok  res.json(await gh.get(\`users/\${encodeURIComponent(req.params.owner)}/repos\`).json());
});

app.get('/mirror', async (req, res) => {
@@  const r = await axios.get('/status', { baseURL: req.query.base });
  res.json(r.data);
});

app.get('/mirror-fixed', async (req, res) => {
@ok  const r = await axios.get('/status', { baseURL: 'https://status.example.com', params: { region: req.query.region } });
  res.json(r.data);
});

app.get('/got-json', async (req, res) => {
@@  res.json(await got.post(req.query.callback, { json: { ok: true } }).json());
});

module.exports = { router, resolvers, app };
`,
  ),
  ...ts(
    "CWE-943",
    "request bodies from h3 / Hono / Elysia / tRPC / GraphQL into MongoDB and mongoose operators",
    `import { defineEventHandler, readBody, getQuery } from 'h3';
import { Hono } from 'hono';
import { Elysia, t } from 'elysia';
import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { MongoClient } from 'mongodb';
import mongoose from 'mongoose';
import sanitize from 'mongo-sanitize';

const client = new MongoClient(process.env.MONGO_URL!);
const users = client.db('app').collection('users');
const Post = mongoose.model('Post', new mongoose.Schema({ title: String, author: String, published: Boolean }));

export const login = defineEventHandler(async (event) => {
  const { username, password } = await readBody(event);
@@  const user = await users.findOne({ username, password });
  return { ok: !!user };
});

export const loginSafe = defineEventHandler(async (event) => {
  const { username, password } = await readBody(event);
@ok  const user = await users.findOne({ username: String(username), password: String(password) });
  return { ok: !!user };
});

export const byFilter = defineEventHandler(async (event) => {
  const { filter } = getQuery(event);
@@  return users.find(JSON.parse(filter as string)).toArray();
});

export const byWhere = defineEventHandler(async (event) => {
  const { author } = getQuery(event);
@@  return Post.find({ $where: \`this.author === '\${author}'\` });
});

export const byAuthor = defineEventHandler(async (event) => {
  const { author } = getQuery(event);
@ok  return Post.find({ author: { $eq: author } });
});

const app = new Hono();

app.post('/reset', async (c) => {
  const body = await c.req.json();
@@  const user = await users.findOneAndUpdate({ resetToken: body.token }, { $set: { password: body.password } });
  return c.json({ ok: !!user });
});

app.post('/reset-safe', async (c) => {
  const body = await c.req.json();
@ok  const user = await users.findOneAndUpdate({ resetToken: sanitize(body.token) }, { $set: { password: String(body.password) } });
  return c.json({ ok: !!user });
});

app.post('/stats', async (c) => {
  const { match } = await c.req.json();
@@  return c.json(await Post.aggregate([{ $match: match }, { $group: { _id: '$author', n: { $sum: 1 } } }]));
});

export const elysiaApp = new Elysia()
  .post('/posts/search', ({ body }) => {
@@    return Post.find(body.query);
  }, { body: t.Object({ query: t.Any() }) })
  .post('/posts/by-title', ({ body }) => {
@ok    return Post.find({ title: body.title });
  }, { body: t.Object({ title: t.String() }) })
  .delete('/posts', ({ body }) => {
@@    return Post.deleteMany(body);
  });

const tr = initTRPC.create();

export const postRouter = tr.router({
  list: tr.procedure.input(z.object({ where: z.record(z.any()) })).query(({ input }) => {
@@    return Post.find(input.where).lean();
  }),
  byAuthor: tr.procedure.input(z.object({ author: z.string() })).query(({ input }) => {
@ok    return Post.find({ author: input.author }).lean();
  }),
});

export const resolvers = {
  Query: {
    posts: (_: unknown, { filterJson }: { filterJson: string }) => {
@@      return Post.find(JSON.parse(filterJson));
    },
    post: (_: unknown, { id }: { id: string }) => {
@ok      return Post.findById(id);
    },
  },
};
`,
  ),
  ...ts(
    "CWE-79",
    "Next app-router pages (awaited searchParams / params), client hooks and React Router loaders into dangerouslySetInnerHTML",
    `import { useSearchParams as useNextSearchParams, useParams } from 'next/navigation';
import { useLoaderData, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import DOMPurify from 'isomorphic-dompurify';
import { marked } from 'marked';

export async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q = '' } = await searchParams;
@@  return <div dangerouslySetInnerHTML={{ __html: \`Results for <b>\${q}</b>\` }} />;
}

export async function SearchPageText({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q = '' } = await searchParams;
@ok  return <div>Results for <b>{q}</b></div>;
}

export async function TagPage({ params }: { params: Promise<{ tag: string }> }) {
  const { tag } = await params;
@@  return <h1 dangerouslySetInnerHTML={{ __html: decodeURIComponent(tag) }} />;
}

export default function LegacyPage({ searchParams }: { searchParams: { msg?: string } }) {
@@  return <p className="flash" dangerouslySetInnerHTML={{ __html: searchParams.msg ?? '' }} />;
}

export function FlashBanner() {
  const search = useNextSearchParams();
  const note = search.get('note');
@@  return <div className="banner" dangerouslySetInnerHTML={{ __html: note! }} />;
}

export function FlashBannerSafe() {
  const search = useNextSearchParams();
  const note = search.get('note') ?? '';
@ok  return <div className="banner" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(note) }} />;
}

export function Crumb() {
  const { slug } = useParams<{ slug: string }>();
@@  return <span dangerouslySetInnerHTML={{ __html: slug.replace(/-/g, ' ') }} />;
}

export function Preview() {
  const [params] = useSearchParams();
  const md = params.get('md') ?? '';
@@  return <article dangerouslySetInnerHTML={{ __html: marked.parse(md) as string }} />;
}

export function PreviewSafe() {
  const [params] = useSearchParams();
  const md = params.get('md') ?? '';
@ok  return <article dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(md) as string) }} />;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  return { greeting: url.searchParams.get('greeting') ?? 'Hi' };
}

export function Greeting() {
  const { greeting } = useLoaderData() as { greeting: string };
@@  return <h2 dangerouslySetInnerHTML={{ __html: greeting }} />;
}

export function GreetingText() {
  const { greeting } = useLoaderData() as { greeting: string };
@ok  return <h2>{greeting}</h2>;
}

export function Hash() {
  const anchor = typeof window !== 'undefined' ? window.location.hash.slice(1) : '';
@@  return <div id="anchor" dangerouslySetInnerHTML={{ __html: anchor }} />;
}
`,
  ),
  ...ts(
    "CWE-117",
    "NestJS @Headers / @Query, Fastify and h3 values written to loggers with their line breaks",
    `import { Controller, Get, Headers, Logger, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import Fastify from 'fastify';
import { defineEventHandler, getQuery, getHeader } from 'h3';
import pino from 'pino';
import winston from 'winston';

const log = pino();
const wlog = winston.createLogger({ transports: [new winston.transports.Console()], format: winston.format.simple() });

@Controller('audit')
export class AuditController {
  private readonly logger = new Logger(AuditController.name);

  @Get('visit')
  visit(@Headers('user-agent') ua: string, @Query('page') page: string) {
@@    this.logger.log(\`visit page=\${page} ua=\${ua}\`);
    return { ok: true };
  }

  @Get('visit-safe')
  visitSafe(@Headers('user-agent') ua: string) {
@ok    this.logger.log(\`visit ua=\${JSON.stringify(ua)}\`);
    return { ok: true };
  }

  @Get('login-failed')
  loginFailed(@Req() req: Request) {
@@    this.logger.warn('failed login for ' + req.query.username);
    return { ok: false };
  }

  @Get('login-failed-safe')
  loginFailedSafe(@Req() req: Request) {
    const user = String(req.query.username ?? '').replace(/[\\r\\n]/g, '');
@ok    this.logger.warn('failed login for ' + user);
    return { ok: false };
  }
}

const fastify = Fastify({ logger: true });

fastify.get('/search', async (request) => {
  const { q } = request.query as { q: string };
@@  request.log.info('search: ' + q);
  return [];
});

fastify.get('/search-structured', async (request) => {
  const { q } = request.query as { q: string };
@ok  request.log.info({ q }, 'search');
  return [];
});

export const track = defineEventHandler((event) => {
  const ref = getHeader(event, 'referer');
@@  wlog.info(\`referrer \${ref}\`);
  return 'ok';
});

export const trackQuery = defineEventHandler((event) => {
  const { campaign } = getQuery(event);
@@  log.info(\`campaign \${campaign}\`);
  return 'ok';
});

export const trackSafe = defineEventHandler((event) => {
  const { campaign } = getQuery(event);
@ok  log.info({ campaign }, 'campaign');
  return 'ok';
});
`,
  ),
  ...ts(
    "CWE-89",
    "SvelteKit load / form actions (url.searchParams, params, formData, fromEntries) into better-sqlite3 and pg",
    `import Database from 'better-sqlite3';
import pg from 'pg';
import { fail, type Actions, type PageServerLoad, type RequestHandler } from '@sveltejs/kit';

const sqlite = new Database('app.db');
const pool = new pg.Pool();

export const load: PageServerLoad = async ({ url, params }) => {
  const sort = url.searchParams.get('sort') ?? 'created';
@@  const items = sqlite.prepare(\`SELECT * FROM items WHERE list = '\${params.list}' ORDER BY \${sort}\`).all();
  return { items };
};

export const actions: Actions = {
  create: async ({ request }) => {
    const data = Object.fromEntries(await request.formData());
@@    sqlite.exec(\`INSERT INTO items (title) VALUES ('\${data.title}')\`);
    return { ok: true };
  },
  createSafe: async ({ request }) => {
    const data = Object.fromEntries(await request.formData());
@ok    sqlite.prepare('INSERT INTO items (title) VALUES (?)').run(String(data.title));
    return { ok: true };
  },
  rename: async ({ request, params }) => {
    const form = await request.formData();
    const title = form.get('title') as string;
    if (!title) return fail(400, { title, missing: true });
@@    await pool.query(\`UPDATE items SET title = '\${title}' WHERE id = \${params.id}\`);
  },
  renameSafe: async ({ request, params }) => {
    const form = await request.formData();
    const title = form.get('title') as string;
@ok    await pool.query('UPDATE items SET title = $1 WHERE id = $2', [title, params.id]);
  },
  tags: async ({ request }) => {
    const form = await request.formData();
    const tags = form.getAll('tag').map((t) => \`'\${t}'\`);
@@    return { rows: sqlite.prepare(\`SELECT * FROM items WHERE tag IN (\${tags.join(',')})\`).all() };
  },
  archive: async ({ request }) => {
    const { ids } = Object.fromEntries(await request.formData()) as Record<string, string>;
    const list = ids.split(',').map((id) => Number.parseInt(id, 10)).filter(Number.isFinite);
@ok    await pool.query(\`UPDATE items SET archived = true WHERE id IN (\${list.join(',')})\`);
  },
};

export const GET: RequestHandler = async ({ url }) => {
  const entries = Object.fromEntries(url.searchParams.entries());
  const where = Object.entries(entries).map(([k, v]) => \`\${k} = '\${v}'\`).join(' AND ');
@@  const { rows } = await pool.query(\`SELECT * FROM items WHERE \${where}\`);
  return new Response(JSON.stringify(rows));
};

export const POST: RequestHandler = async ({ request }) => {
  const body = (await request.json()) as { list: string };
  const stmt = sqlite.prepare('SELECT * FROM items WHERE list = ?');
@ok  return new Response(JSON.stringify(stmt.all(body.list)));
};

export const PUT: RequestHandler = async ({ request, cookies }) => {
  const { note } = await request.json();
  const owner = cookies.get('uid');
@@  sqlite.prepare("UPDATE notes SET body = '" + note + "' WHERE owner = ?").run(owner);
  return new Response(null, { status: 204 });
};

export const DELETE: RequestHandler = async ({ params }) => {
@@  sqlite.exec('DELETE FROM items WHERE id = ' + params.id!);
  return new Response(null, { status: 204 });
};
`,
  ),
];
