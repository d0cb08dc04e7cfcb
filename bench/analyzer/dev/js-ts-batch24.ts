// Dev suite "js-ts", batch 24: request objects of newer frameworks and schema validation, written blind (before
// reading the rules) and measured before any fix that followed it. Same shape as batches 5-23. Hono handlers
// (c.req.query/param/json), Remix loaders and actions ({ request, params }), SvelteKit endpoints ({ url, params }),
// Astro API routes; zod schemas that pin a value to an enum (a sanitiser) next to ones that only check its type.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const ts = (cwe: string, note: string, src: string) => fileCases("batch24", cwe, note, src, "typescript");

export const BATCH24: DevCase[] = [
  ...ts(
    "CWE-78",
    "Hono handlers: query and JSON body into a shell, zod enum vs zod string",
    `import { Hono } from 'hono';
import { z } from 'zod';
import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(exec);
const runFile = promisify(execFile);
const app = new Hono();

const Archive = z.object({ format: z.enum(['zip', 'tar', 'gz']), name: z.string().min(1) });

app.get('/whois', async (c) => {
  const domain = c.req.query('domain');
@@  const { stdout } = await run(\`whois \${domain}\`);
  return c.text(stdout);
});

app.get('/whois-args', async (c) => {
  const domain = c.req.query('domain') ?? '';
@ok  const { stdout } = await runFile('whois', [domain]);
  return c.text(stdout);
});

app.post('/archive', async (c) => {
  const body = Archive.parse(await c.req.json());
@ok  await run(\`make-archive --format \${body.format}\`);
  return c.json({ ok: true });
});

app.post('/archive-named', async (c) => {
  const body = Archive.parse(await c.req.json());
@@  await run(\`make-archive --name \${body.name}\`);
  return c.json({ ok: true });
});

app.get('/logs/:service', async (c) => {
@@  const { stdout } = await run('journalctl -u ' + c.req.param('service') + ' -n 50');
  return c.text(stdout);
});

export default app;
`,
  ),
  ...ts(
    "CWE-22",
    "Remix loader and SvelteKit endpoint reading files named by the URL",
    `import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoaderFunctionArgs } from '@remix-run/node';
import type { RequestHandler } from '@sveltejs/kit';

const DOCS = path.resolve('content/docs');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const version = new URL(request.url).searchParams.get('v') ?? 'latest';
@@  const text = await readFile(path.join(DOCS, version, params.slug + '.md'), 'utf8');
  return new Response(text);
}

export const GET: RequestHandler = async ({ url }) => {
  const file = url.searchParams.get('file') ?? 'index.md';
@@  return new Response(await readFile(\`static/notes/\${file}\`, 'utf8'));
};

export const POST: RequestHandler = async ({ params }) => {
  const safe = path.basename(params.name ?? 'index');
@ok  return new Response(await readFile(path.join(DOCS, safe + '.md'), 'utf8'));
};
`,
  ),
  ...ts(
    "CWE-89",
    "Astro API route and Remix action building SQL from form and query values",
    `import type { APIRoute } from 'astro';
import type { ActionFunctionArgs } from '@remix-run/node';
import { z } from 'zod';
import { pool } from '../lib/db';

const Sort = z.enum(['name', 'created_at', 'price']);

export const GET: APIRoute = async ({ url }) => {
  const q = url.searchParams.get('q') ?? '';
@@  const { rows } = await pool.query(\`SELECT * FROM products WHERE name ILIKE '%\${q}%'\`);
  return new Response(JSON.stringify(rows));
};

export const POST: APIRoute = async ({ request }) => {
  const form = await request.formData();
  const sort = Sort.parse(form.get('sort'));
@ok  const { rows } = await pool.query(\`SELECT * FROM products ORDER BY \${sort}\`);
  return new Response(JSON.stringify(rows));
};

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const id = form.get('id');
@@  await pool.query('DELETE FROM carts WHERE id = ' + id);
  return null;
}

export async function actionBound({ request }: ActionFunctionArgs) {
  const form = await request.formData();
@ok  await pool.query('DELETE FROM carts WHERE id = $1', [form.get('id')]);
  return null;
}
`,
  ),
  ...ts(
    "CWE-601",
    "SvelteKit and Hono redirects to a query parameter vs a same-site path",
    `import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from '@sveltejs/kit';
import { Hono } from 'hono';

export const GET: RequestHandler = async ({ url }) => {
  const to = url.searchParams.get('redirectTo') ?? '/';
@@  redirect(303, to);
};

export const POST: RequestHandler = async ({ url }) => {
  const to = url.searchParams.get('redirectTo') ?? '/';
@ok  redirect(303, to.startsWith('/') && !to.startsWith('//') ? to : '/');
};

const app = new Hono();
app.get('/out', (c) => {
@@  return c.redirect(c.req.query('u') ?? '/');
});
app.get('/home', (c) => {
@ok  return c.redirect('/dashboard');
});
export default app;
`,
  ),
  ...ts(
    "CWE-918",
    "Hono and SvelteKit fetching URLs from the request vs a fixed API host",
    `import { Hono } from 'hono';
import type { RequestHandler } from '@sveltejs/kit';

const app = new Hono();

app.post('/unfurl', async (c) => {
  const { link } = await c.req.json<{ link: string }>();
@@  const r = await fetch(link);
  return c.text(await r.text());
});

app.get('/weather', async (c) => {
  const city = encodeURIComponent(c.req.query('city') ?? '');
@ok  const r = await fetch(\`https://api.weather.example.com/v1/now?city=\${city}\`);
  return c.json(await r.json());
});

export const GET: RequestHandler = async ({ url, fetch: svelteFetch }) => {
  const target = url.searchParams.get('img');
@@  const r = await svelteFetch(target!);
  return new Response(r.body);
};

export default app;
`,
  ),
  ...ts(
    "CWE-79",
    "Hono and Astro HTML responses from query values vs escaped ones",
    `import { Hono } from 'hono';
import { html } from 'hono/html';
import type { APIRoute } from 'astro';
import escapeHtml from 'escape-html';

const app = new Hono();

app.get('/hello', (c) => {
@@  return c.html('<h1>Hello ' + c.req.query('name') + '</h1>');
});

app.get('/hello-tagged', (c) => {
@ok  return c.html(html\`<h1>Hello \${c.req.query('name')}</h1>\`);
});

export const GET: APIRoute = ({ url }) => {
  const q = url.searchParams.get('q') ?? '';
@@  return new Response(\`<p>You searched for \${q}</p>\`, { headers: { 'Content-Type': 'text/html' } });
};

export const POST: APIRoute = ({ url }) => {
  const q = url.searchParams.get('q') ?? '';
@ok  return new Response(\`<p>You searched for \${escapeHtml(q)}</p>\`, { headers: { 'Content-Type': 'text/html' } });
};

export default app;
`,
  ),
];
