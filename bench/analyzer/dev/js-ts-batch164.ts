// Dev suite "js-ts", batch 164: code written for runtimes beyond Node and for edge / serverless handlers, written
// blind. Sources: Deno.serve's Request (URL search params, json/formData/text bodies, headers), Oak's ctx.request and
// ctx.params, Fresh handlers and pages, Hono's c.req, Elysia's destructured context, Bun.serve's fetch and routes,
// Cloudflare Workers' fetch(request, env, ctx) and Pages Functions' onRequest({ request, params }), AWS Lambda's
// event, Next.js route handlers, middleware and server actions, Netlify functions. Sinks: Deno.Command / Deno.run,
// Bun.spawn and Bun's shell (whose interpolations are escaped unless wrapped in { raw }), bun:sqlite, D1,
// Deno.readTextFile / Bun.file, fetch from a worker, Response.redirect, HTML Responses, eval in a worker, secrets in
// logs and in env defaults, crypto.subtle with constant IVs, hand-built Set-Cookie, reflected CORS. Own code.
import type { Language } from "../../../src/analyzer/types.js";
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

function languageOf(file: string): Language {
  return /\.(?:ts|mts|cts|tsx)$/.test(file) ? "typescript" : "javascript";
}
const kind = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch164", cwe, `${file}: ${note}`, src, languageOf(file)).map((c) => ({ ...c, file }));

export const BATCH164: DevCase[] = [
  // ---------------------------------------------------------------- OS commands
  ...kind(
    "main.ts",
    "CWE-78",
    "Deno.serve: Deno.Command through sh -c or with a program named by the request, Deno.run with bash -c, vs constant commands and an argument after --",
    `Deno.serve(async (req: Request) => {
  const url = new URL(req.url);
  if (url.pathname === "/ls") {
    const dir = url.searchParams.get("dir") ?? ".";
@@    const cmd = new Deno.Command("sh", { args: ["-c", \`ls -la \${dir}\`] });
    const { stdout } = await cmd.output();
    return new Response(new TextDecoder().decode(stdout));
  }
  if (url.pathname === "/run") {
    const { program } = await req.json();
@@    const out = await new Deno.Command(program).output();
    return new Response(out.stdout);
  }
  if (url.pathname === "/uptime") {
@ok    const out = await new Deno.Command("uptime").output();
    return new Response(out.stdout);
  }
  if (url.pathname === "/legacy") {
    const form = await req.formData();
    const script = form.get("script") as string;
@@    const p = Deno.run({ cmd: ["bash", "-c", script], stdout: "piped" });
    return new Response(await p.output());
  }
  if (url.pathname === "/date") {
@ok    const p = Deno.run({ cmd: ["date", "-u"], stdout: "piped" });
    return new Response(await p.output());
  }
  if (url.pathname === "/grep") {
    const term = url.searchParams.get("q") ?? "";
@ok    const out = await new Deno.Command("grep", { args: ["-r", "--fixed-strings", "--", term, "./docs"] }).output();
    return new Response(out.stdout);
  }
  if (url.pathname === "/trace") {
    const target = req.headers.get("x-trace-target") ?? "localhost";
@@    const child = new Deno.Command("/bin/sh", { args: ["-c", "traceroute " + target], stdout: "piped" }).spawn();
    return new Response(child.stdout);
  }
  return new Response("not found", { status: 404 });
});
`,
  ),
  ...kind(
    "scripts/task.ts",
    "CWE-78",
    "a Deno command-line task runner running the program its own user names on the command line or in EDITOR vs a server doing the same with a query value",
    `const [program, ...rest] = Deno.args;
if (program) {
@ok  const status = await new Deno.Command(program, { args: rest, stdout: "inherit", stderr: "inherit" }).spawn().status;
  Deno.exit(status.code);
}

const editor = Deno.env.get("EDITOR") ?? "vi";
@ok await new Deno.Command(editor, { args: ["notes.md"], stdin: "inherit", stdout: "inherit" }).output();

Deno.serve({ port: 8080 }, async (req) => {
  const tool = new URL(req.url).searchParams.get("tool") ?? "true";
@@  const { code } = await new Deno.Command(tool, { args: rest }).output();
  return Response.json({ code });
});
`,
  ),
  ...kind(
    "server.ts",
    "CWE-78",
    "Bun.serve: Bun.spawn / spawnSync through a shell, Bun's $ with { raw } or running sh -c on the value, vs $ with escaped interpolations and argv arrays",
    `import { $ } from "bun";

Bun.serve({
  port: 3000,
  async fetch(req) {
    const url = new URL(req.url);
    const host = url.searchParams.get("host") ?? "";
    switch (url.pathname) {
      case "/ping": {
@@        const proc = Bun.spawn(["sh", "-c", \`ping -c 1 \${host}\`]);
        return new Response(await new Response(proc.stdout).text());
      }
      case "/uptime": {
@ok        const proc = Bun.spawn(["uptime"]);
        return new Response(proc.stdout);
      }
      case "/report": {
        const name = url.searchParams.get("name") ?? "daily";
@ok        const listing = await $\`ls -l ./reports/\${name}.csv\`.text();
        return new Response(listing);
      }
      case "/exec": {
        const cmd = url.searchParams.get("cmd") ?? "";
@@        const out = await $\`\${{ raw: cmd }}\`.text();
        return new Response(out);
      }
      case "/echo": {
@ok        const out = await $\`echo \${host}\`.text();
        return new Response(out);
      }
      case "/sh": {
        const script = await req.text();
@@        const out = await $\`sh -c \${script}\`.text();
        return new Response(out);
      }
      case "/sync": {
        const { command } = (await req.json()) as { command: string };
@@        const res = Bun.spawnSync({ cmd: ["bash", "-c", command] });
        return new Response(res.stdout);
      }
      case "/version": {
@ok        const res = Bun.spawnSync({ cmd: ["git", "rev-parse", "HEAD"] });
        return new Response(res.stdout);
      }
    }
    return new Response("not found", { status: 404 });
  },
});
`,
  ),
  ...kind(
    "src/index.ts",
    "CWE-78",
    "Elysia and Hono on Bun: exec with a template from params/query vs execFile with argv",
    `import { Elysia, t } from "elysia";
import { Hono } from "hono";
import { exec, execFile, execSync } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(exec);

new Elysia()
  .get("/whois/:domain", async ({ params }) => {
@@    const { stdout } = await run(\`whois \${params.domain}\`);
    return stdout;
  })
  .post("/convert", async ({ body }) => {
@@    execSync("ffmpeg -i /tmp/in.mp4 -vf scale=" + body.scale + " /tmp/out.mp4");
    return "ok";
  }, { body: t.Object({ scale: t.String() }) })
  .get("/disk", () => {
@ok    return execSync("df -h /").toString();
  })
  .listen(3000);

const app = new Hono();
app.get("/lookup", async (c) => {
  const host = c.req.query("host") ?? "";
@@  const { stdout } = await run("nslookup " + host);
  return c.text(stdout);
});
app.get("/lookup-safe", (c) => {
  const host = c.req.query("host") ?? "";
  return new Promise<Response>((resolve) => {
@ok    execFile("nslookup", ["--", host], (_err, stdout) => resolve(c.text(stdout)));
  });
});
app.post("/hook", async (c) => {
  const { ref } = await c.req.json();
@@  exec(\`git fetch origin \${ref} && git checkout FETCH_HEAD\`, (err) => console.error(err));
  return c.body(null, 202);
});
export default app;
`,
  ),
  ...kind(
    "handler.ts",
    "CWE-78",
    "AWS Lambda and Netlify functions: execSync with event values vs execFile with a number",
    `import { exec, execFile, execSync } from "node:child_process";
import type { APIGatewayProxyEvent, APIGatewayProxyEventV2, APIGatewayProxyHandler } from "aws-lambda";
import type { Handler } from "@netlify/functions";

export const info: APIGatewayProxyHandler = async (event) => {
  const file = event.queryStringParameters?.file ?? "";
@@  const dims = execSync(\`identify -format %wx%h /tmp/\${file}\`).toString();
@ok  const version = execSync("identify -version").toString();
  return { statusCode: 200, body: JSON.stringify({ dims, version }) };
};

export const thumbnail = async (event: APIGatewayProxyEventV2) => {
  const { size } = JSON.parse(event.body ?? "{}");
@@  exec("convert /tmp/in.png -resize " + size + " /tmp/out.png", () => undefined);
@ok  execFile("convert", ["/tmp/in.png", "-resize", String(Number(size)), "/tmp/out.png"], () => undefined);
  return { statusCode: 202, body: "" };
};

export const archive = async (event: APIGatewayProxyEvent) => {
  const key = event.pathParameters?.key;
@@  execSync("tar czf /tmp/out.tgz /tmp/" + key);
  return { statusCode: 200, body: "done" };
};

export const handler: Handler = async (event) => {
  const repo = event.queryStringParameters?.repo;
@@  const refs = execSync(\`git ls-remote \${repo}\`, { encoding: "utf8" });
  return { statusCode: 200, body: refs };
};
`,
  ),
  ...kind(
    "app/api/deploy/route.ts",
    "CWE-78",
    "Next.js route handler and server action running git with the posted branch vs a constant build",
    `import { NextRequest, NextResponse } from "next/server";
import { exec } from "node:child_process";
import { promisify } from "node:util";

const sh = promisify(exec);

export async function POST(req: NextRequest) {
  const { branch } = await req.json();
@@  await sh(\`git checkout \${branch} && npm run build\`);
  return NextResponse.json({ ok: true });
}

export async function GET(req: NextRequest) {
  const tag = req.nextUrl.searchParams.get("tag");
@@  const { stdout } = await sh("git show --stat " + tag);
  return new NextResponse(stdout);
}

export async function PUT() {
@ok  const { stdout } = await sh("npm run build");
  return NextResponse.json({ stdout });
}
`,
  ),
  ...kind(
    "app/actions.ts",
    "CWE-78",
    "server action taking FormData into a shell command vs one checking it against a pattern",
    `"use server";
import { execSync } from "node:child_process";

export async function restartService(formData: FormData) {
  const name = formData.get("service") as string;
@@  execSync(\`systemctl restart \${name}\`);
}

export async function restartKnown(formData: FormData) {
  const name = String(formData.get("service"));
  if (!/^[a-z][a-z0-9-]{0,30}$/.test(name)) throw new Error("bad service");
@ok  execSync(\`systemctl restart \${name}\`);
}
`,
  ),
  // ---------------------------------------------------------------- argument injection
  ...kind(
    "clone.ts",
    "CWE-88",
    "Deno and Bun: git / grep given a request value where an option may go vs after -- or -e",
    `Deno.serve(async (req) => {
  const url = new URL(req.url);
  const repo = url.searchParams.get("repo") ?? "";
  if (url.pathname === "/clone") {
@@    await new Deno.Command("git", { args: ["clone", repo, "/tmp/checkout"] }).output();
    return new Response("cloned");
  }
  if (url.pathname === "/clone-safe") {
@ok    await new Deno.Command("git", { args: ["clone", "--", repo, "/tmp/checkout"] }).output();
    return new Response("cloned");
  }
  if (url.pathname === "/log") {
    const rev = url.searchParams.get("rev") ?? "HEAD";
@@    const out = await new Deno.Command("git", { args: ["log", "--oneline", rev], cwd: "/srv/repo" }).output();
    return new Response(out.stdout);
  }
  return new Response(null, { status: 404 });
});

Bun.serve({
  port: 3001,
  async fetch(req) {
    const body = (await req.json()) as { repo: string; pattern: string };
    if (req.url.endsWith("/mirror")) {
@@      Bun.spawn(["git", "clone", "--mirror", body.repo]);
@ok      Bun.spawn(["git", "clone", "--mirror", "--", body.repo]);
    }
@@    const hits = Bun.spawnSync(["grep", "-rn", body.pattern, "/var/log/app"]);
@ok    const safeHits = Bun.spawnSync(["grep", "-rn", "-e", body.pattern, "/var/log/app"]);
    return new Response(hits.stdout + "\\n" + safeHits.stdout);
  },
});
`,
  ),
  ...kind(
    "routes.ts",
    "CWE-88",
    "Hono and Lambda: spawn / execFile with a query value as an option-position argument vs behind --",
    `import { Hono } from "hono";
import { execFile, spawn } from "node:child_process";
import type { APIGatewayProxyEvent } from "aws-lambda";

const app = new Hono();
app.post("/fetch-remote", async (c) => {
  const remote = c.req.query("remote") ?? "origin";
@@  spawn("git", ["fetch", remote], { cwd: "/srv/repo" });
  return c.text("started");
});
app.post("/fetch-remote-safe", async (c) => {
  const remote = c.req.query("remote") ?? "origin";
@ok  spawn("git", ["fetch", "--", remote], { cwd: "/srv/repo" });
  return c.text("started");
});

export const zip = async (event: APIGatewayProxyEvent) => {
  const name = event.queryStringParameters?.name ?? "bundle";
@@  execFile("zip", ["-r", name, "/tmp/files"], () => undefined);
@ok  execFile("zip", ["-r", \`/tmp/out/\${name}.zip\`, "/tmp/files"], () => undefined);
  return { statusCode: 202, body: "" };
};
export default app;
`,
  ),
  // ---------------------------------------------------------------- SQL
  ...kind(
    "db-server.ts",
    "CWE-89",
    "Bun.serve with bun:sqlite: query/run/prepare on built SQL vs bound ? and $name parameters and an allow-listed column",
    `import { Database } from "bun:sqlite";

const db = new Database("app.db");
@ok db.exec("CREATE TABLE IF NOT EXISTS hits (path TEXT, at INTEGER)");

Bun.serve({
  async fetch(req) {
    const url = new URL(req.url);
    const name = url.searchParams.get("name") ?? "";
    if (url.pathname === "/users") {
@@      const rows = db.query(\`SELECT id, name FROM users WHERE name = '\${name}'\`).all();
      return Response.json(rows);
    }
    if (url.pathname === "/users/safe") {
@ok      const rows = db.query("SELECT id, name FROM users WHERE name = ?").all(name);
      return Response.json(rows);
    }
    if (url.pathname === "/users/named") {
@ok      const row = db.prepare("SELECT * FROM users WHERE id = $id").get({ $id: Number(url.searchParams.get("id")) });
      return Response.json(row);
    }
    if (req.method === "DELETE") {
      const { id } = (await req.json()) as { id: string };
@@      db.run("DELETE FROM sessions WHERE user_id = " + id);
      return new Response(null, { status: 204 });
    }
    if (url.pathname === "/sort") {
      const col = url.searchParams.get("col");
@@      const rows = db.prepare(\`SELECT * FROM products ORDER BY \${col}\`).all();
      return Response.json(rows);
    }
    if (url.pathname === "/sort-safe") {
      const col = url.searchParams.get("col") === "price" ? "price" : "name";
@ok      const rows = db.prepare(\`SELECT * FROM products ORDER BY \${col}\`).all();
      return Response.json(rows);
    }
@ok    db.run("INSERT INTO hits (path, at) VALUES (?, ?)", [url.pathname, Date.now()]);
    return new Response("ok");
  },
});
`,
  ),
  ...kind(
    "src/worker.ts",
    "CWE-89",
    "Cloudflare Worker with D1: prepare/exec on built SQL vs prepare().bind()",
    `export interface Env {
  DB: D1Database;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const { pathname, searchParams } = new URL(request.url);
    if (pathname === "/api/customers") {
      const company = searchParams.get("company");
@@      const { results } = await env.DB.prepare(\`SELECT * FROM Customers WHERE CompanyName = '\${company}'\`).all();
      return Response.json(results);
    }
    if (pathname === "/api/customers/bound") {
@ok      const { results } = await env.DB.prepare("SELECT * FROM Customers WHERE CompanyName = ?").bind(searchParams.get("company")).all();
      return Response.json(results);
    }
    if (pathname === "/api/orders" && request.method === "POST") {
      const order = await request.json<{ id: string; note: string }>();
      if (searchParams.has("legacy")) {
@@        await env.DB.exec(\`INSERT INTO orders (id, note) VALUES ('\${order.id}', '\${order.note}')\`);
      } else {
@ok        await env.DB.prepare("INSERT INTO orders (id, note) VALUES (?1, ?2)").bind(order.id, order.note).run();
      }
      ctx.waitUntil(Promise.resolve());
      return new Response(null, { status: 201 });
    }
    const tag = searchParams.get("tag");
@@    const stmt = env.DB.prepare("SELECT * FROM posts WHERE tag = '" + tag + "' ORDER BY created DESC");
    const { results } = await stmt.all();
@ok    const count = await env.DB.prepare("SELECT COUNT(*) AS n FROM posts").first("n");
    return Response.json({ results, count });
  },
} satisfies ExportedHandler<Env>;
`,
  ),
  ...kind(
    "functions/api/posts/[slug].ts",
    "CWE-89",
    "Cloudflare Pages Function reading params and the request into D1 built SQL vs bound",
    `interface Env {
  DB: D1Database;
}

export const onRequestGet: PagesFunction<Env> = async ({ params, env }) => {
  const slug = params.slug as string;
@@  const post = await env.DB.prepare(\`SELECT * FROM posts WHERE slug = '\${slug}'\`).first();
  return Response.json(post);
};

export const onRequestPost: PagesFunction<Env> = async ({ request, params, env }) => {
  const { body } = await request.json<{ body: string }>();
@ok  await env.DB.prepare("INSERT INTO comments (slug, body) VALUES (?, ?)").bind(params.slug, body).run();
  return new Response(null, { status: 201 });
};

export const onRequestDelete: PagesFunction<Env> = async ({ request, env }) => {
  const id = new URL(request.url).searchParams.get("id");
@@  await env.DB.prepare("DELETE FROM comments WHERE id = " + id).run();
  return new Response(null, { status: 204 });
};
`,
  ),
  ...kind(
    "routes/books.ts",
    "CWE-89",
    "Oak with deno-postgres: queryObject/queryArray with built SQL vs $1 arguments and the tagged-template form",
    `import { Router } from "jsr:@oak/oak";
import { Client } from "https://deno.land/x/postgres@v0.19.3/mod.ts";

const client = new Client(Deno.env.get("DATABASE_URL"));
await client.connect();

export const router = new Router();
router.get("/books/:id", async (ctx) => {
@@  const r = await client.queryObject("SELECT * FROM books WHERE id = " + ctx.params.id);
  ctx.response.body = r.rows;
});
router.get("/books", async (ctx) => {
  const author = ctx.request.url.searchParams.get("author");
@ok  const r = await client.queryObject("SELECT * FROM books WHERE author = $1", [author]);
@ok  const again = await client.queryObject\`SELECT * FROM books WHERE author = \${author}\`;
  ctx.response.body = { rows: r.rows, again: again.rows };
});
router.post("/books/search", async (ctx) => {
  const body = await ctx.request.body.json();
@@  const r = await client.queryArray(\`SELECT title FROM books WHERE title LIKE '%\${body.term}%'\`);
  ctx.response.body = r.rows;
});
router.get("/authors/:name", async (ctx) => {
@@  const r = await client.queryObject({ text: \`SELECT * FROM authors WHERE name = '\${ctx.params.name}'\` });
  ctx.response.body = r.rows;
});
`,
  ),
  ...kind(
    "app/api/users/route.ts",
    "CWE-89",
    "Next.js route handler: @vercel/postgres sql.query and Prisma $queryRawUnsafe with built SQL vs the sql tag, $queryRaw tag and $1 arguments",
    `import { NextRequest, NextResponse } from "next/server";
import { sql } from "@vercel/postgres";
import { prisma } from "@/lib/prisma";

export async function GET(req: NextRequest) {
  const email = req.nextUrl.searchParams.get("email");
@ok  const { rows } = await sql\`SELECT * FROM users WHERE email = \${email}\`;
@@  const legacy = await sql.query(\`SELECT * FROM users WHERE email = '\${email}'\`);
@@  const raw = await prisma.$queryRawUnsafe(\`SELECT * FROM "User" WHERE email = '\${email}'\`);
@ok  const tagged = await prisma.$queryRaw\`SELECT * FROM "User" WHERE email = \${email}\`;
@ok  const positional = await prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE email = $1', email);
  return NextResponse.json({ rows, legacy: legacy.rows, raw, tagged, positional });
}

export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
@@  await prisma.$executeRawUnsafe(\`DELETE FROM "Post" WHERE id = \${id}\`);
  return new Response(null, { status: 204 });
}
`,
  ),
  ...kind(
    "functions/items.ts",
    "CWE-89",
    "Lambda with mysql2 and Hono with pg: query with built SQL vs placeholders",
    `import mysql from "mysql2/promise";
import { Hono } from "hono";
import { Pool } from "pg";
import type { APIGatewayProxyEvent } from "aws-lambda";

const conn = mysql.createPool({ host: process.env.DB_HOST, user: "app", database: "shop" });
const pool = new Pool();

export const handler = async (event: APIGatewayProxyEvent) => {
  const id = event.pathParameters?.id;
@@  const [rows] = await conn.query(\`SELECT * FROM items WHERE id = \${id}\`);
@ok  const [same] = await conn.execute("SELECT * FROM items WHERE id = ?", [id]);
  const filter = JSON.parse(event.body ?? "{}");
@@  const [byCat] = await conn.query("SELECT * FROM items WHERE category = '" + filter.category + "'");
  return { statusCode: 200, body: JSON.stringify({ rows, same, byCat }) };
};

const app = new Hono();
app.get("/search", async (c) => {
  const q = c.req.query("q");
@@  const res = await pool.query("SELECT * FROM docs WHERE title ILIKE '%" + q + "%'");
@ok  const res2 = await pool.query("SELECT * FROM docs WHERE title ILIKE $1", [\`%\${q}%\`]);
  return c.json({ a: res.rows, b: res2.rows });
});
app.get("/docs/:id", async (c) => {
@@  const res = await pool.query(\`SELECT * FROM docs WHERE id = \${c.req.param("id")}\`);
  return c.json(res.rows);
});
export default app;
`,
  ),
  ...kind(
    "src/elysia.ts",
    "CWE-89",
    "Elysia handlers destructuring params / query / body into bun:sqlite built SQL vs bound",
    `import { Elysia } from "elysia";
import { Database } from "bun:sqlite";

const db = new Database("data.sqlite");

export const app = new Elysia()
@@  .get("/u/:name", ({ params }) => db.query(\`SELECT * FROM users WHERE name = '\${params.name}'\`).all())
@ok  .get("/u2/:name", ({ params }) => db.query("SELECT * FROM users WHERE name = ?1").all(params.name))
  .get("/search", ({ query }) => {
@@    return db.query("SELECT * FROM notes WHERE body LIKE '%" + query.q + "%'").all();
  })
  .post("/notes", ({ body }: { body: { title: string } }) => {
@@    db.run(\`INSERT INTO notes (title) VALUES ('\${body.title}')\`);
@ok    db.run("INSERT INTO notes (title) VALUES (?)", [body.title]);
    return { ok: true };
  });
`,
  ),
  // ---------------------------------------------------------------- paths
  ...kind(
    "files.ts",
    "CWE-22",
    "Deno.serve: Deno.readFile / readTextFile / open / writeTextFile / remove with a query path vs resolved-and-checked, basename and constant paths",
    `import { basename, join, resolve } from "jsr:@std/path";

const ROOT = resolve("./public");

Deno.serve(async (req) => {
  const url = new URL(req.url);
  const name = url.searchParams.get("file") ?? "index.html";
  if (url.pathname === "/download") {
@@    const data = await Deno.readFile(\`./uploads/\${name}\`);
    return new Response(data);
  }
  if (url.pathname === "/text") {
@@    const text = await Deno.readTextFile(join("./notes", name));
    return new Response(text);
  }
  if (url.pathname === "/safe") {
    const target = resolve(ROOT, name);
    if (!target.startsWith(ROOT + "/")) return new Response("forbidden", { status: 403 });
@ok    return new Response(await Deno.readFile(target));
  }
  if (url.pathname === "/base") {
@ok    const text = await Deno.readTextFile(join("./notes", basename(name)));
    return new Response(text);
  }
  if (url.pathname === "/stream") {
@@    const file = await Deno.open(url.searchParams.get("path")!, { read: true });
    return new Response(file.readable);
  }
  if (url.pathname === "/") {
@ok    return new Response(await Deno.readFile("./public/index.html"), { headers: { "content-type": "text/html" } });
  }
  if (req.method === "PUT") {
@@    await Deno.writeTextFile(\`./data/\${name}\`, await req.text());
    return new Response(null, { status: 204 });
  }
  if (req.method === "DELETE") {
@@    await Deno.remove(join(ROOT, name));
    return new Response(null, { status: 204 });
  }
  return new Response("not found", { status: 404 });
});
`,
  ),
  ...kind(
    "static.ts",
    "CWE-22",
    "Bun.serve: Bun.file / Bun.write with a decoded path or an uploaded file's name vs a checked resolve and a generated name",
    `import path from "node:path";

const PUBLIC = path.resolve("./public");

Bun.serve({
  async fetch(req) {
    const url = new URL(req.url);
    if (url.pathname.startsWith("/static/")) {
      const rel = decodeURIComponent(url.pathname.slice("/static/".length));
@@      return new Response(Bun.file(\`./public/\${rel}\`));
    }
    if (url.pathname.startsWith("/assets/")) {
      const rel = decodeURIComponent(url.pathname.slice("/assets/".length));
      const full = path.resolve(PUBLIC, rel);
      if (!full.startsWith(PUBLIC + path.sep)) return new Response("forbidden", { status: 403 });
@ok      return new Response(Bun.file(full));
    }
    if (url.pathname === "/upload" && req.method === "POST") {
      const form = await req.formData();
      const f = form.get("file") as File;
@@      await Bun.write(\`./uploads/\${f.name}\`, f);
@ok      await Bun.write(\`./uploads/\${crypto.randomUUID()}.bin\`, f);
      return new Response("stored", { status: 201 });
    }
    if (url.pathname === "/log") {
@@      const text = await Bun.file(path.join("/var/log/app", url.searchParams.get("name") ?? "")).text();
      return new Response(text);
    }
@ok    return new Response(Bun.file("./public/index.html"));
  },
});
`,
  ),
  ...kind(
    "src/docs.ts",
    "CWE-22",
    "Hono with node:fs: readFile of a route param vs a param matched against a pattern; Elysia sending a file by query",
    `import { Hono } from "hono";
import { Elysia } from "elysia";
import { readFile } from "node:fs/promises";
import { createReadStream } from "node:fs";
import path from "node:path";

const DOCS = path.join(process.cwd(), "docs");
const app = new Hono();

app.get("/docs/:name", async (c) => {
@@  const md = await readFile(path.join(DOCS, c.req.param("name")), "utf8");
  return c.text(md);
});
app.get("/docs-safe/:name", async (c) => {
  const name = c.req.param("name");
  if (!/^[a-z0-9-]+$/.test(name)) return c.notFound();
@ok  const md = await readFile(path.join(DOCS, \`\${name}.md\`), "utf8");
  return c.text(md);
});
app.get("/raw", (c) => {
  const { file } = c.req.query();
@@  const stream = createReadStream(DOCS + "/" + file);
  return new Response(stream as unknown as ReadableStream);
});

export const elysia = new Elysia()
@@  .get("/avatar", ({ query }) => Bun.file(\`./avatars/\${query.user}.png\`))
@ok  .get("/avatar2", ({ query }) => Bun.file(\`./avatars/\${path.basename(String(query.user))}.png\`));
export default app;
`,
  ),
  ...kind(
    "lambda/templates.ts",
    "CWE-22",
    "Lambda reading a template named by pathParameters vs its basename; Netlify function reading by query",
    `import fs from "node:fs";
import path from "node:path";
import type { APIGatewayProxyEvent } from "aws-lambda";
import type { Handler } from "@netlify/functions";

export const render = async (event: APIGatewayProxyEvent) => {
  const name = event.pathParameters?.name ?? "default";
@@  const body = fs.readFileSync(path.join("/var/task/templates", name), "utf8");
@ok  const body2 = fs.readFileSync(path.join("/var/task/templates", path.basename(name)), "utf8");
  return { statusCode: 200, body: body + body2 };
};

export const handler: Handler = async (event) => {
  const file = event.queryStringParameters?.file ?? "";
@@  const content = await fs.promises.readFile(path.resolve("content", file), "utf8");
  return { statusCode: 200, body: content };
};
`,
  ),
  ...kind(
    "app/api/posts/[slug]/route.ts",
    "CWE-22",
    "Next.js route handler reading <slug>.mdx from awaited params vs a slug looked up in the post index",
    `import { promises as fs } from "node:fs";
import path from "node:path";
import { NextResponse } from "next/server";

const POSTS = path.join(process.cwd(), "posts");
const INDEX: Record<string, string> = { hello: "hello.mdx", launch: "launch.mdx" };

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
@@  const src = await fs.readFile(path.join(POSTS, \`\${slug}.mdx\`), "utf8");
  return new NextResponse(src);
}

export async function HEAD(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const file = INDEX[(await params).slug];
  if (!file) return new NextResponse(null, { status: 404 });
@ok  const stat = await fs.stat(path.join(POSTS, file));
  return new NextResponse(null, { headers: { "content-length": String(stat.size) } });
}
`,
  ),
  ...kind(
    "routes/api/file.ts",
    "CWE-22",
    "Fresh handler and Oak route reading a file named by the request vs a fixed directory listing",
    `import { Handlers } from "$fresh/server.ts";
import { Router } from "jsr:@oak/oak";

export const handler: Handlers = {
  async GET(req, _ctx) {
    const name = new URL(req.url).searchParams.get("name")!;
@@    const text = await Deno.readTextFile("./content/" + name);
    return new Response(text);
  },
  async POST(req) {
    const { path } = await req.json();
@@    const info = await Deno.stat(path);
    return Response.json({ size: info.size });
  },
};

export const router = new Router();
router.get("/attachments/:file", async (ctx) => {
@@  ctx.response.body = await Deno.readFile(\`./attachments/\${ctx.params.file}\`);
});
router.get("/attachments", async (ctx) => {
  const names: string[] = [];
@ok  for await (const e of Deno.readDir("./attachments")) names.push(e.name);
  ctx.response.body = names;
});
`,
  ),
  // ---------------------------------------------------------------- SSRF
  ...kind(
    "proxy-worker.ts",
    "CWE-918",
    "Cloudflare Worker fetching a URL from the query or the body vs an allow-listed host, a fixed API with an encoded parameter and the origin path",
    `export interface Env {
  WEATHER_KEY: string;
}

const ALLOWED_HOSTS = new Set(["images.example.com", "cdn.example.net"]);

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    const target = url.searchParams.get("url");
    if (url.pathname === "/proxy" && target) {
@@      return fetch(target);
    }
    if (url.pathname === "/proxy-post" && target) {
@@      return fetch(new Request(target, { method: "POST", body: request.body }));
    }
    if (url.pathname === "/allowed" && target) {
      const parsed = new URL(target);
      if (!ALLOWED_HOSTS.has(parsed.hostname) || parsed.protocol !== "https:") {
        return new Response("host not allowed", { status: 403 });
      }
@ok      return fetch(parsed.toString());
    }
    if (url.pathname === "/weather") {
      const city = url.searchParams.get("city") ?? "";
@ok      return fetch(\`https://api.weather.example.com/v1/current?city=\${encodeURIComponent(city)}\`, { headers: { authorization: \`Bearer \${env.WEATHER_KEY}\` } });
    }
    if (request.method === "POST") {
      const { callback } = await request.json<{ callback: string }>();
@@      ctx.waitUntil(fetch(callback, { method: "POST", body: "done" }));
      return new Response(null, { status: 202 });
    }
@ok    return fetch("https://origin.example.com" + url.pathname + url.search, request);
  },
};
`,
  ),
  ...kind(
    "ssrf-handlers.ts",
    "CWE-918",
    "Deno, Hono, Elysia and Lambda fetching a URL from the request vs a fixed GitHub API path",
    `import { Hono } from "hono";
import { Elysia } from "elysia";
import axios from "axios";
import type { APIGatewayProxyEvent } from "aws-lambda";

Deno.serve(async (req) => {
  const { imageUrl } = await req.json();
@@  const img = await fetch(imageUrl);
  return new Response(img.body, { headers: { "content-type": img.headers.get("content-type") ?? "image/png" } });
});

const app = new Hono();
app.get("/preview", async (c) => {
@@  const res = await fetch(c.req.query("link")!);
  return c.json({ status: res.status, title: (await res.text()).slice(0, 200) });
});
app.get("/repo/:owner/:name", async (c) => {
  const { owner, name } = c.req.param();
@ok  const res = await fetch(\`https://api.github.com/repos/\${encodeURIComponent(owner)}/\${encodeURIComponent(name)}\`);
  return c.json(await res.json());
});

export const api = new Elysia().post("/hook", async ({ body }: { body: { url: string } }) => {
@@  await fetch(body.url, { method: "POST" });
  return "sent";
});

export const handler = async (event: APIGatewayProxyEvent) => {
@@  const { data } = await axios.get(event.queryStringParameters!.feed!);
@ok  const { data: status } = await axios.get("https://status.example.com/api/v2/summary.json");
  return { statusCode: 200, body: JSON.stringify({ data, status }) };
};
export default app;
`,
  ),
  ...kind(
    "app/api/image/route.ts",
    "CWE-918",
    "Next.js route handler fetching req.nextUrl's src vs a path on its own CMS; Netlify v2 function",
    `import { NextRequest, NextResponse } from "next/server";

export async function GET(req: NextRequest) {
  const src = req.nextUrl.searchParams.get("src");
@@  const upstream = await fetch(src!, { cache: "no-store" });
  return new NextResponse(upstream.body, { headers: { "content-type": upstream.headers.get("content-type") ?? "" } });
}

export async function POST(req: NextRequest) {
  const { id } = await req.json();
@ok  const upstream = await fetch(\`\${process.env.CMS_URL}/api/assets/\${encodeURIComponent(id)}\`);
  return NextResponse.json(await upstream.json());
}

export default async (req: Request) => {
  const u = new URL(req.url).searchParams.get("u") ?? "";
@@  const r = await fetch(new URL(u));
  return new Response(r.body);
};
`,
  ),
  // ---------------------------------------------------------------- open redirects
  ...kind(
    "auth.ts",
    "CWE-601",
    "Deno.serve: Response.redirect and a hand-built 302 to a query URL vs a same-site path check and a constant",
    `Deno.serve((req) => {
  const url = new URL(req.url);
  const next = url.searchParams.get("next") ?? "/";
  if (url.pathname === "/login/done") {
@@    return Response.redirect(next, 302);
  }
  if (url.pathname === "/login/done-safe") {
    const dest = /^\\/[^/\\\\]/.test(next) ? next : "/";
@ok    return Response.redirect(new URL(dest, url.origin), 302);
  }
  if (url.pathname === "/out") {
@@    return new Response(null, { status: 302, headers: { Location: url.searchParams.get("to")! } });
  }
  if (url.pathname === "/back") {
    const ref = req.headers.get("referer") ?? "/";
@@    return new Response(null, { status: 303, headers: new Headers({ location: ref }) });
  }
@ok  return Response.redirect(new URL("/home", req.url), 301);
});
`,
  ),
  ...kind(
    "src/redirects.ts",
    "CWE-601",
    "Hono c.redirect, Oak ctx.response.redirect, Elysia set.redirect with request values vs constants",
    `import { Hono } from "hono";
import { Router } from "jsr:@oak/oak";
import { Elysia } from "elysia";

const app = new Hono();
app.get("/go", (c) => {
@@  return c.redirect(c.req.query("u") ?? "/");
});
app.get("/logout", (c) => {
@ok  return c.redirect("/login");
});
app.get("/r/:code", (c) => {
  const links: Record<string, string> = { docs: "https://docs.example.com" };
@ok  return c.redirect(links[c.req.param("code")] ?? "/");
});

export const router = new Router();
router.get("/continue", (ctx) => {
@@  ctx.response.redirect(ctx.request.url.searchParams.get("next")!);
});
router.get("/home", (ctx) => {
@ok  ctx.response.redirect("/");
});

export const api = new Elysia().get("/sso/callback", ({ query, set }) => {
@@  set.redirect = query.returnTo;
});
export default app;
`,
  ),
  ...kind(
    "middleware.ts",
    "CWE-601",
    "Next.js middleware and server action redirecting to callbackUrl / next vs fixed targets",
    `import { NextRequest, NextResponse } from "next/server";

export function middleware(req: NextRequest) {
  const cb = req.nextUrl.searchParams.get("callbackUrl");
  if (req.nextUrl.pathname === "/signin/done" && cb) {
@@    return NextResponse.redirect(cb);
  }
  if (req.nextUrl.pathname === "/signin/next" && cb) {
@@    return NextResponse.redirect(new URL(cb, req.url));
  }
  if (!req.cookies.has("session")) {
@ok    return NextResponse.redirect(new URL("/signin", req.url));
  }
  return NextResponse.next();
}
`,
  ),
  ...kind(
    "app/login/actions.ts",
    "CWE-601",
    "server action redirect() to the form's next field vs a constant",
    `"use server";
import { redirect } from "next/navigation";
import { cookies } from "next/headers";

export async function login(formData: FormData) {
  const token = await authenticate(String(formData.get("user")), String(formData.get("password")));
  (await cookies()).set("session", token, { httpOnly: true, secure: true, sameSite: "lax" });
@@  redirect(formData.get("next") as string);
}

export async function logout() {
  (await cookies()).delete("session");
@ok  redirect("/");
}

declare function authenticate(user: string, password: string): Promise<string>;
`,
  ),
  ...kind(
    "lambda/redirect.js",
    "CWE-601",
    "Lambda returning a 302 Location from the query vs a fixed URL",
    `exports.handler = async (event) => {
  const params = event.queryStringParameters || {};
  if (params.returnTo) {
    return {
      statusCode: 302,
@@      headers: { Location: params.returnTo },
    };
  }
  return {
    statusCode: 302,
@ok    headers: { Location: "https://www.example.com/" },
  };
};
`,
  ),
  // ---------------------------------------------------------------- XSS
  ...kind(
    "hello.ts",
    "CWE-79",
    "Deno.serve: text/html Responses with query and form values vs text/plain, Response.json and escaped HTML",
    `import { escape } from "jsr:@std/html";

function escapeHtml(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

Deno.serve(async (req) => {
  const url = new URL(req.url);
  const name = url.searchParams.get("name") ?? "world";
  switch (url.pathname) {
    case "/hello":
@@      return new Response(\`<h1>Hello, \${name}!</h1>\`, { headers: { "content-type": "text/html; charset=utf-8" } });
    case "/hello.txt":
@ok      return new Response(\`Hello, \${name}!\`, { headers: { "content-type": "text/plain; charset=utf-8" } });
    case "/hello.json":
@ok      return Response.json({ greeting: \`Hello, \${name}!\` });
    case "/hello-escaped":
@ok      return new Response(\`<h1>Hello, \${escapeHtml(name)}!</h1>\`, { headers: { "content-type": "text/html" } });
    case "/hello-std":
@ok      return new Response("<h1>Hello, " + escape(name) + "!</h1>", { headers: { "Content-Type": "text/html" } });
  }
  if (req.method === "POST") {
    const form = await req.formData();
    const comment = String(form.get("comment"));
    const page = \`<html><body><p>\${comment}</p></body></html>\`;
@@    return new Response(page, { headers: { "Content-Type": "text/html" } });
  }
  const headers = new Headers();
  headers.set("content-type", "text/html");
@@  return new Response("<p>Unknown page: " + url.pathname + url.search + "</p>", { status: 404, headers });
});
`,
  ),
  ...kind(
    "src/pages.ts",
    "CWE-79",
    "Hono c.html / c.body with text/html from query and params vs the html tag, c.text and c.json",
    `import { Hono } from "hono";
import { html } from "hono/html";

const app = new Hono();
app.get("/search", (c) => {
  const q = c.req.query("q") ?? "";
@@  return c.html(\`<p>Results for \${q}</p>\`);
});
app.get("/search-safe", (c) => {
  const q = c.req.query("q") ?? "";
@ok  return c.html(html\`<p>Results for \${q}</p>\`);
});
app.get("/plain", (c) => {
@ok  return c.text(\`You searched for \${c.req.query("q")}\`);
});
app.get("/user/:name", (c) => {
@@  return c.body(\`<b>\${c.req.param("name")}</b>\`, 200, { "Content-Type": "text/html" });
});
app.get("/api/user/:name", (c) => {
@ok  return c.json({ name: c.req.param("name") });
});
app.post("/preview", async (c) => {
  const { markdown } = await c.req.parseBody();
@@  return c.html("<article>" + markdown + "</article>");
});
export default app;
`,
  ),
  ...kind(
    "src/views.tsx",
    "CWE-79",
    "Hono JSX and a Fresh page: dangerouslySetInnerHTML with request data vs JSX text",
    `/** @jsxImportSource hono/jsx */
import { Hono } from "hono";
import type { PageProps } from "$fresh/server.ts";

const app = new Hono();
app.get("/bio", (c) => {
  const bio = c.req.query("bio") ?? "";
@@  return c.html(<div dangerouslySetInnerHTML={{ __html: bio }} />);
});
app.get("/bio-safe", (c) => {
  const bio = c.req.query("bio") ?? "";
@ok  return c.html(<div>{bio}</div>);
});

export default function SearchPage(props: PageProps) {
  const q = props.url.searchParams.get("q") ?? "";
  return (
    <main>
@ok      <h1>Results for {q}</h1>
@@      <p dangerouslySetInnerHTML={{ __html: q }} />
    </main>
  );
}
export { app };
`,
  ),
  ...kind(
    "bun-html.ts",
    "CWE-79",
    "Bun.serve routes and Elysia returning HTML with params / query vs JSON",
    `import { Elysia } from "elysia";

Bun.serve({
  routes: {
@@    "/greet/:name": (req) => new Response(\`<p>Hi \${req.params.name}</p>\`, { headers: { "Content-Type": "text/html" } }),
@ok    "/api/greet/:name": (req) => Response.json({ hi: req.params.name }),
  },
  fetch(req) {
    const msg = new URL(req.url).searchParams.get("msg");
@@    return new Response("<div class=flash>" + msg + "</div>", { headers: { "content-type": "text/html;charset=utf-8" } });
  },
});

export const app = new Elysia().get("/hi", ({ query, set }) => {
  set.headers["content-type"] = "text/html";
@@  return \`<div>\${query.name}</div>\`;
});
`,
  ),
  ...kind(
    "routes/echo.ts",
    "CWE-79",
    "Oak setting an HTML body from the query vs a JSON body",
    `import { Router } from "jsr:@oak/oak";

export const router = new Router();
router.get("/echo", (ctx) => {
  ctx.response.type = "text/html";
@@  ctx.response.body = \`<pre>\${ctx.request.url.searchParams.get("msg")}</pre>\`;
});
router.get("/echo.json", (ctx) => {
@ok  ctx.response.body = { msg: ctx.request.url.searchParams.get("msg") };
});
router.post("/profile", async (ctx) => {
  const form = await ctx.request.body.form();
  ctx.response.headers.set("Content-Type", "text/html");
@@  ctx.response.body = "<h2>" + form.get("displayName") + "</h2>";
});
`,
  ),
  ...kind(
    "lambda/html.ts",
    "CWE-79",
    "Lambda and a Next route handler returning text/html bodies with request values vs text/plain",
    `import type { APIGatewayProxyEvent } from "aws-lambda";
import { NextRequest, NextResponse } from "next/server";

export const page = async (event: APIGatewayProxyEvent) => ({
  statusCode: 200,
  headers: { "Content-Type": "text/html" },
@@  body: \`<h1>\${event.queryStringParameters?.title}</h1>\`,
});

export const plain = async (event: APIGatewayProxyEvent) => ({
  statusCode: 200,
  headers: { "Content-Type": "text/plain" },
@ok  body: \`Title: \${event.queryStringParameters?.title}\`,
});

export async function GET(req: NextRequest) {
  const msg = req.nextUrl.searchParams.get("msg");
@@  return new NextResponse(\`<p>\${msg}</p>\`, { headers: { "content-type": "text/html" } });
}
`,
  ),
  // ---------------------------------------------------------------- code evaluation
  ...kind(
    "calc-worker.ts",
    "CWE-94",
    "Cloudflare Worker and Deno: eval / new Function / dynamic import on request data vs JSON.parse, parseFloat and a constant import",
    `export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const { expression, code } = await request.json<{ expression: string; code: string }>();
    if (url.pathname === "/calc") {
@@      const value = eval(expression);
      return Response.json({ value });
    }
    if (url.pathname === "/fn") {
@@      const fn = new Function("input", code);
      return Response.json({ out: fn(1) });
    }
    if (url.pathname === "/parse") {
@ok      const value = JSON.parse(expression);
      return Response.json({ value });
    }
@ok    const n = Number.parseFloat(expression);
    return Response.json({ n });
  },
};

Deno.serve(async (req) => {
  const plugin = new URL(req.url).searchParams.get("plugin");
  if (plugin) {
@@    const mod = await import(plugin);
    return new Response(String(mod.default));
  }
@ok  const md = await import("./plugins/markdown.ts");
  return new Response(md.render("# hi"));
});
`,
  ),
  ...kind(
    "eval-handlers.ts",
    "CWE-94",
    "Lambda vm.runInNewContext, Bun/Elysia Function from a formula, Hono setTimeout with a string vs a math parser",
    `import vm from "node:vm";
import { Elysia } from "elysia";
import { Hono } from "hono";
import { evaluate } from "mathjs";
import type { APIGatewayProxyEvent } from "aws-lambda";

export const handler = async (event: APIGatewayProxyEvent) => {
@@  const result = vm.runInNewContext(event.body ?? "", { Math });
  return { statusCode: 200, body: String(result) };
};

export const api = new Elysia()
@@  .get("/formula", ({ query }) => new Function(\`return (\${query.f});\`)())
@ok  .get("/formula-safe", ({ query }) => evaluate(String(query.f)));

const app = new Hono();
app.post("/schedule", async (c) => {
  const { job } = await c.req.json();
@@  setTimeout(job, 1000);
  return c.text("scheduled");
});
export default app;
`,
  ),
  // ---------------------------------------------------------------- secrets in logs
  ...kind(
    "log-secrets.ts",
    "CWE-532",
    "Deno.env / worker env / process.env / Bun.env secrets and an Authorization header logged vs their presence and non-secret settings",
    `const token = Deno.env.get("GITHUB_TOKEN");
@@ console.log("using token", token);
@ok console.log("token configured:", token !== undefined);
@ok console.log("region:", Deno.env.get("DENO_REGION"));

export interface Env {
  STRIPE_SECRET_KEY: string;
  ENVIRONMENT: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
@@    console.log(\`stripe key = \${env.STRIPE_SECRET_KEY}\`);
@ok    console.log(\`environment = \${env.ENVIRONMENT}\`);
@@    console.log("auth header", request.headers.get("authorization"));
@ok    console.log("path", new URL(request.url).pathname);
    return new Response("ok");
  },
};

export const handler = async (event: { model: string }) => {
@@  console.info("DB password:", process.env.DB_PASSWORD);
@@  console.log({ apiKey: process.env.OPENAI_API_KEY, model: event.model });
@ok  console.log({ hasApiKey: Boolean(process.env.OPENAI_API_KEY), model: event.model });
@@  console.debug(\`connecting with secret \${Bun.env.SESSION_SECRET}\`);
  return { statusCode: 200 };
};
`,
  ),
  // ---------------------------------------------------------------- hard-coded credentials
  ...kind(
    "config.ts",
    "CWE-798",
    "secrets given literal fallbacks after Deno.env / process.env / worker env / Bun.env vs empty or non-secret fallbacks",
    `import { Hono } from "hono";
import { jwt } from "hono/jwt";

@@ export const API_KEY = Deno.env.get("API_KEY") ?? "sk_live_51HxYz2eZvKYlo2C8kq3Wb7Tn";
@ok export const PORT = Number(Deno.env.get("PORT") ?? "8000");
@ok export const OPTIONAL_KEY = Deno.env.get("OPTIONAL_KEY") ?? "";
@@ export const JWT_SECRET = process.env.JWT_SECRET || "my-super-secret-jwt-key-2024";
@ok export const LOG_LEVEL = process.env.LOG_LEVEL || "info";
@@ export const dbPassword = Bun.env.PGPASSWORD || "Postgres!2024";

type Bindings = { GITHUB_TOKEN?: string; JWT_SECRET: string };
const app = new Hono<{ Bindings: Bindings }>();
@@ app.use("/admin/*", jwt({ secret: "it-is-very-secret" }));
@ok app.use("/api/*", (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: "HS256" })(c, next));
app.get("/repos", async (c) => {
@@  const token = c.env.GITHUB_TOKEN ?? "ghp_2f8a9c1b7e4d6f0a3b5c8e1d9f7a2b4c6e8d";
  const res = await fetch("https://api.github.com/user/repos", { headers: { authorization: \`token \${token}\` } });
  return c.json(await res.json());
});
export default app;
`,
  ),
  // ---------------------------------------------------------------- constant IVs
  ...kind(
    "crypto.ts",
    "CWE-329",
    "crypto.subtle AES-GCM / AES-CBC with zero, text-encoded or literal IVs vs getRandomValues and an IV read from the message",
    `const enc = new TextEncoder();
const FIXED_IV = enc.encode("abcdefghijkl");
const LITERAL_IV = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);

export async function seal(key: CryptoKey, text: string): Promise<Uint8Array> {
  const data = enc.encode(text);
@@  const ct = await crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, key, data);
  return new Uint8Array(ct);
}

export async function sealRandom(key: CryptoKey, text: string): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
@ok  const ct = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, enc.encode(text));
  const out = new Uint8Array(12 + ct.byteLength);
  out.set(iv);
  out.set(new Uint8Array(ct), 12);
  return out;
}

export async function open(key: CryptoKey, blob: Uint8Array): Promise<string> {
@ok  const pt = await crypto.subtle.decrypt({ name: "AES-GCM", iv: blob.slice(0, 12) }, key, blob.slice(12));
  return new TextDecoder().decode(pt);
}

export async function sealFixed(key: CryptoKey, text: string) {
@@  return crypto.subtle.encrypt({ name: "AES-GCM", iv: FIXED_IV }, key, enc.encode(text));
}

export async function sealLiteral(key: CryptoKey, text: string) {
  const params: AesGcmParams = { name: "AES-GCM", iv: LITERAL_IV };
@@  return crypto.subtle.encrypt(params, key, enc.encode(text));
}

export async function cbc(key: CryptoKey, data: Uint8Array) {
@@  return crypto.subtle.encrypt({ name: "AES-CBC", iv: new Uint8Array(16).fill(0) }, key, data);
}

export async function cbcRandom(key: CryptoKey, data: Uint8Array) {
@ok  return crypto.subtle.encrypt({ name: "AES-CBC", iv: crypto.getRandomValues(new Uint8Array(16)) }, key, data);
}
`,
  ),
  // ---------------------------------------------------------------- cookies
  ...kind(
    "session.ts",
    "CWE-614",
    "session cookies without Secure: hand-built Set-Cookie in Deno / a Worker / Lambda, @std/http setCookie, Hono setCookie, Next cookies() vs the same with Secure",
    `import { setCookie as stdSetCookie } from "jsr:@std/http/cookie";
import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { cookies } from "next/headers";

Deno.serve((req) => {
  const sid = crypto.randomUUID();
  const headers = new Headers({ location: "/" });
  if (new URL(req.url).pathname === "/login") {
@@    headers.set("Set-Cookie", \`sid=\${sid}; Path=/; HttpOnly\`);
  } else if (new URL(req.url).pathname === "/login-secure") {
@ok    headers.append("Set-Cookie", \`sid=\${sid}; Path=/; Secure; HttpOnly; SameSite=Lax\`);
  } else if (new URL(req.url).pathname === "/std") {
@@    stdSetCookie(headers, { name: "sid", value: sid, httpOnly: true });
  } else {
@ok    stdSetCookie(headers, { name: "sid", value: sid, httpOnly: true, secure: true, sameSite: "Lax" });
  }
  return new Response(null, { status: 302, headers });
});

export const worker = {
  async fetch(_request: Request): Promise<Response> {
    const jwt = await issue();
@@    return new Response("ok", { headers: { "Set-Cookie": \`token=\${jwt}; Path=/; HttpOnly\` } });
  },
};

const app = new Hono();
app.post("/login", async (c) => {
@@  setCookie(c, "session", await issue(), { httpOnly: true });
  return c.text("ok");
});
app.post("/login-secure", async (c) => {
@ok  setCookie(c, "session", await issue(), { secure: true, httpOnly: true, sameSite: "Lax" });
  return c.text("ok");
});

export async function signIn() {
@@  (await cookies()).set("session", await issue(), { httpOnly: true });
@ok  (await cookies()).set("session", await issue(), { httpOnly: true, secure: true });
}

export const handler = async () => ({
  statusCode: 200,
@@  headers: { "Set-Cookie": \`session=\${await issue()}; HttpOnly; Path=/\` },
  body: "",
});

declare function issue(): Promise<string>;
export default app;
`,
  ),
  ...kind(
    "session-httponly.ts",
    "CWE-1004",
    "session cookies readable by script: Secure but no HttpOnly, hand-built and through Hono / Next vs HttpOnly and a UI-preference cookie",
    `import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { NextResponse } from "next/server";

Deno.serve((req) => {
  const token = crypto.randomUUID();
  const theme = new URL(req.url).searchParams.get("theme") === "dark" ? "dark" : "light";
  const headers = new Headers();
@@  headers.append("Set-Cookie", \`session=\${token}; Path=/; Secure; SameSite=Strict\`);
@ok  headers.append("Set-Cookie", \`theme=\${theme}; Path=/; Secure; SameSite=Lax\`);
  return new Response("ok", { headers });
});

const app = new Hono();
app.post("/login", (c) => {
@@  setCookie(c, "auth_token", crypto.randomUUID(), { secure: true, sameSite: "Strict" });
@ok  setCookie(c, "refresh_token", crypto.randomUUID(), { secure: true, httpOnly: true, sameSite: "Strict" });
  return c.text("ok");
});

export async function POST() {
  const res = NextResponse.json({ ok: true });
@@  res.cookies.set("session", crypto.randomUUID(), { secure: true, httpOnly: false });
@ok  res.cookies.set({ name: "session", value: crypto.randomUUID(), secure: true, httpOnly: true });
  return res;
}
export default app;
`,
  ),
  // ---------------------------------------------------------------- CORS
  ...kind(
    "cors.ts",
    "CWE-942",
    "Origin reflected with credentials in a Worker, Deno, Lambda, Next middleware, Hono cors() and Elysia cors() vs allow-lists",
    `import { Hono } from "hono";
import { cors } from "hono/cors";
import { Elysia } from "elysia";
import { cors as elysiaCors } from "@elysiajs/cors";
import { NextRequest, NextResponse } from "next/server";
import type { APIGatewayProxyEvent } from "aws-lambda";

const ALLOWED_ORIGINS = ["https://app.example.com", "https://admin.example.com"];

export const worker = {
  async fetch(request: Request): Promise<Response> {
    const origin = request.headers.get("Origin") ?? "";
    const headers = new Headers({ "content-type": "application/json" });
    if (new URL(request.url).pathname.startsWith("/v1/")) {
@@      headers.set("Access-Control-Allow-Origin", origin);
      headers.set("Access-Control-Allow-Credentials", "true");
    } else if (ALLOWED_ORIGINS.includes(origin)) {
@ok      headers.set("Access-Control-Allow-Origin", origin);
      headers.set("Access-Control-Allow-Credentials", "true");
      headers.set("Vary", "Origin");
    }
    return new Response("{}", { headers });
  },
};

Deno.serve((req) => {
  return new Response("{}", {
@@    headers: { "Access-Control-Allow-Origin": req.headers.get("origin")!, "Access-Control-Allow-Credentials": "true" },
  });
});

export const handler = async (event: APIGatewayProxyEvent) => ({
  statusCode: 200,
@@  headers: { "Access-Control-Allow-Origin": event.headers.origin ?? "", "Access-Control-Allow-Credentials": true },
  body: "{}",
});

export function middleware(req: NextRequest) {
  const res = NextResponse.next();
@@  res.headers.set("Access-Control-Allow-Origin", req.headers.get("origin") ?? "");
  res.headers.set("Access-Control-Allow-Credentials", "true");
  return res;
}

const app = new Hono();
@@ app.use("/api/*", cors({ origin: (origin) => origin, credentials: true }));
@ok app.use("/internal/*", cors({ origin: ALLOWED_ORIGINS, credentials: true }));
@ok app.use("/partner/*", cors({ origin: (origin) => (ALLOWED_ORIGINS.includes(origin) ? origin : null), credentials: true }));

@@ export const api = new Elysia().use(elysiaCors({ origin: true, credentials: true }));
@ok export const api2 = new Elysia().use(elysiaCors({ origin: "app.example.com", credentials: true }));
export default app;
`,
  ),
  // ---------------------------------------------------------------- client IP trust
  ...kind(
    "admin-gate.ts",
    "CWE-348",
    "admin gate on X-Forwarded-For / X-Real-IP in a Worker, Deno and Lambda vs cf-connecting-ip, Deno's remoteAddr and API Gateway's sourceIp",
    `const ADMIN_IPS = ["203.0.113.7", "198.51.100.22"];

export default {
  async fetch(request: Request): Promise<Response> {
    const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0].trim() ?? "";
    if (new URL(request.url).pathname === "/admin") {
@@      if (!ADMIN_IPS.includes(forwarded)) return new Response("forbidden", { status: 403 });
      return new Response("admin");
    }
@ok    if (!ADMIN_IPS.includes(request.headers.get("cf-connecting-ip") ?? "")) return new Response("forbidden", { status: 403 });
    return new Response("admin2");
  },
};

Deno.serve((req, info) => {
  const path = new URL(req.url).pathname;
  if (path === "/internal") {
@@    if (req.headers.get("x-real-ip") !== "127.0.0.1") return new Response("forbidden", { status: 403 });
    return new Response("internal");
  }
@ok  if (info.remoteAddr.hostname !== "127.0.0.1") return new Response("forbidden", { status: 403 });
  return new Response("metrics");
});

export const handler = async (event: { headers: Record<string, string>; requestContext: { identity: { sourceIp: string } } }) => {
@@  const allowed = ADMIN_IPS.includes(event.headers["X-Forwarded-For"]?.split(",")[0] ?? "");
@ok  const allowed2 = ADMIN_IPS.includes(event.requestContext.identity.sourceIp);
  return { statusCode: allowed && allowed2 ? 200 : 403, body: "" };
};
`,
  ),
  // ---------------------------------------------------------------- JWT
  ...kind(
    "jwt-auth.ts",
    "CWE-347",
    "claims read with jose decodeJwt, hono/jwt decode, djwt decode and jsonwebtoken decode to authorise vs the verify calls",
    `import { decodeJwt, jwtVerify } from "jose";
import { Hono } from "hono";
import { decode, verify } from "hono/jwt";
import * as djwt from "https://deno.land/x/djwt@v3.0.2/mod.ts";
import jwt, { type JwtPayload } from "jsonwebtoken";
import type { APIGatewayProxyEvent } from "aws-lambda";

export const worker = {
  async fetch(request: Request, env: { JWT_SECRET: string }): Promise<Response> {
    const token = request.headers.get("authorization")?.replace("Bearer ", "") ?? "";
    if (new URL(request.url).pathname === "/admin") {
@@      const claims = decodeJwt(token);
      if (claims.role !== "admin") return new Response("forbidden", { status: 403 });
      return new Response("admin");
    }
@ok    const { payload } = await jwtVerify(token, new TextEncoder().encode(env.JWT_SECRET));
    return Response.json({ sub: payload.sub });
  },
};

const app = new Hono<{ Bindings: { JWT_SECRET: string } }>();
app.get("/me", (c) => {
  const token = c.req.header("Authorization")?.slice(7) ?? "";
@@  const { payload } = decode(token);
  return c.json({ user: payload.sub });
});
app.get("/me-verified", async (c) => {
  const token = c.req.header("Authorization")?.slice(7) ?? "";
@ok  const payload = await verify(token, c.env.JWT_SECRET, "HS256");
  return c.json({ user: payload.sub });
});

Deno.serve(async (req) => {
  const raw = req.headers.get("authorization")?.split(" ")[1] ?? "";
  if (req.url.endsWith("/unsafe")) {
@@    const [, payload] = djwt.decode(raw);
    return Response.json(payload);
  }
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(Deno.env.get("JWT_SECRET")!), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
@ok  const payload = await djwt.verify(raw, key);
  return Response.json(payload);
});

export const handler = async (event: APIGatewayProxyEvent) => {
  const token = event.headers.Authorization?.replace(/^Bearer /, "") ?? "";
@@  const user = jwt.decode(token) as JwtPayload;
  return { statusCode: user.admin ? 200 : 403, body: "" };
};

export const verified = async (event: APIGatewayProxyEvent) => {
  const token = event.headers.Authorization?.replace(/^Bearer /, "") ?? "";
@ok  const checked = jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ["HS256"] }) as JwtPayload;
  return { statusCode: checked.admin ? 200 : 403, body: "" };
};
export default app;
`,
  ),
  // ---------------------------------------------------------------- randomness
  ...kind(
    "tokens.ts",
    "CWE-338",
    "session ids and reset tokens from Math.random in a Worker / Deno vs crypto.randomUUID and getRandomValues, and Math.random for backoff jitter",
    `export function newSessionId(): string {
@@  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

export function newSessionIdSecure(): string {
@ok  return crypto.randomUUID();
}

export function resetToken(): string {
@@  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join("");
}

export function resetTokenSecure(): string {
@ok  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function withRetry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= attempts) throw err;
@ok      await new Promise((r) => setTimeout(r, 2 ** i * 100 + Math.random() * 100));
    }
  }
}

Deno.serve(() => {
@@  const csrf = Math.random().toString(36).substring(2, 15);
  return new Response("ok", { headers: { "Set-Cookie": \`csrf=\${csrf}; Path=/; Secure; SameSite=Strict\` } });
});
`,
  ),
  // ---------------------------------------------------------------- mass assignment
  ...kind(
    "app/api/users/[id]/route.ts",
    "CWE-915",
    "Next route handler, server action, Hono + Drizzle and Lambda + Mongoose writing the whole body onto a user vs picked fields",
    `import { prisma } from "@/lib/prisma";
import { Hono } from "hono";
import { eq } from "drizzle-orm";
import { db, users } from "@/db";
import { User } from "@/models/user";
import type { APIGatewayProxyEvent } from "aws-lambda";

export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const body = await req.json();
@@  const user = await prisma.user.update({ where: { id }, data: body });
  return Response.json(user);
}

export async function PUT(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const body = await req.json();
@ok  const user = await prisma.user.update({ where: { id }, data: { name: body.name, bio: body.bio } });
  return Response.json(user);
}

export async function updateProfile(formData: FormData) {
  "use server";
@@  await prisma.user.update({ where: { id: String(formData.get("id")) }, data: Object.fromEntries(formData) });
}

const app = new Hono();
app.put("/users/:id", async (c) => {
@@  await db.update(users).set(await c.req.json()).where(eq(users.id, c.req.param("id")));
  return c.body(null, 204);
});
app.patch("/users/:id", async (c) => {
  const { name } = await c.req.json();
@ok  await db.update(users).set({ name }).where(eq(users.id, c.req.param("id")));
  return c.body(null, 204);
});

export const handler = async (event: APIGatewayProxyEvent) => {
@@  await User.findByIdAndUpdate(event.pathParameters!.id, JSON.parse(event.body ?? "{}"));
  return { statusCode: 204, body: "" };
};
`,
  ),
  // ---------------------------------------------------------------- NoSQL
  ...kind(
    "mongo.ts",
    "CWE-943",
    "MongoDB filters from parsed JSON bodies in Deno / Lambda and a $where string in Hono vs String() casts and URL-parameter strings",
    `import { MongoClient } from "npm:mongodb@6";
import { Hono } from "hono";

const client = new MongoClient(Deno.env.get("MONGO_URL")!);
const users = client.db("app").collection("users");
const posts = client.db("app").collection("posts");

Deno.serve(async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/login") {
    const body = await req.json();
@@    const user = await users.findOne({ username: body.username, password: body.password });
    return Response.json({ ok: !!user });
  }
  if (url.pathname === "/login-safe") {
    const body = await req.json();
@ok    const user = await users.findOne({ username: String(body.username) });
    return Response.json({ ok: !!user });
  }
@ok  const found = await users.findOne({ username: url.searchParams.get("u") });
  return Response.json(found);
});

export const handler = async (event: { body: string }) => {
  const { email } = JSON.parse(event.body);
@@  const user = await users.findOne({ email });
  return { statusCode: 200, body: JSON.stringify(user) };
};

const app = new Hono();
app.get("/posts", async (c) => {
@@  const list = await posts.find({ $where: \`this.owner == '\${c.req.query("owner")}'\` }).toArray();
@ok  const same = await posts.find({ owner: c.req.query("owner") }).toArray();
  return c.json({ list, same });
});
export default app;
`,
  ),
  // ---------------------------------------------------------------- templates
  ...kind(
    "render.ts",
    "CWE-1336",
    "templates compiled from request text: Handlebars in Lambda, Eta renderString in Deno, EJS in Bun vs fixed templates given request data",
    `import Handlebars from "handlebars";
import { Eta } from "jsr:@eta-dev/eta";
import ejs from "ejs";
import type { APIGatewayProxyEvent } from "aws-lambda";

const GREETING = Handlebars.compile("<p>Hello {{name}}</p>");

export const handler = async (event: APIGatewayProxyEvent) => {
  const body = JSON.parse(event.body ?? "{}");
@@  const tpl = Handlebars.compile(body.template);
@ok  const html = GREETING({ name: body.name });
  return { statusCode: 200, body: tpl({}) + html };
};

const eta = new Eta({ views: "./views" });
Deno.serve(async (req) => {
  const url = new URL(req.url);
  if (req.method === "POST") {
@@    return new Response(eta.renderString(await req.text(), { user: "guest" }));
  }
@ok  return new Response(eta.render("./welcome", { name: url.searchParams.get("name") }));
});

Bun.serve({
  port: 3002,
  fetch(req) {
    const tpl = new URL(req.url).searchParams.get("tpl") ?? "";
@@    return new Response(ejs.render(tpl, { title: "x" }), { headers: { "content-type": "text/html" } });
  },
});
`,
  ),
  // ---------------------------------------------------------------- regular expressions
  ...kind(
    "filter.ts",
    "CWE-1333",
    "RegExp built from a Hono query / Deno search param vs escaped input",
    `import { Hono } from "hono";

const escapeRegExp = (s: string) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, "\\\\$&");
const app = new Hono();

app.get("/grep", async (c) => {
  const lines = (await Bun.file("./app.log").text()).split("\\n");
@@  const re = new RegExp(c.req.query("pattern")!);
  return c.json(lines.filter((l) => re.test(l)));
});
app.get("/find", async (c) => {
  const q = c.req.query("q") ?? "";
@ok  const re = new RegExp(escapeRegExp(q), "i");
  return c.text(String(re));
});

Deno.serve((req) => {
  const filter = new URL(req.url).searchParams.get("filter") ?? "";
  const names = ["alpha", "beta", "gamma"];
@@  return Response.json(names.filter((n) => new RegExp(filter).test(n)));
});
export default app;
`,
  ),
  // ---------------------------------------------------------------- error detail
  ...kind(
    "errors.ts",
    "CWE-209",
    "stack traces returned from a Worker, Hono onError and Lambda vs a generic message",
    `import { Hono } from "hono";

export const worker = {
  async fetch(request: Request): Promise<Response> {
    try {
      return await route(request);
    } catch (err) {
      if (new URL(request.url).searchParams.has("debug")) {
@@        return new Response((err as Error).stack, { status: 500 });
      }
      console.error(err);
@ok      return new Response("Internal Server Error", { status: 500 });
    }
  },
};

const app = new Hono();
@@ app.onError((err, c) => c.json({ error: err.message, stack: err.stack }, 500));

const api = new Hono();
api.onError((err, c) => {
  console.error(err);
@ok  return c.json({ error: "internal" }, 500);
});

export const handler = async (event: { body: string }) => {
  try {
    return { statusCode: 200, body: JSON.stringify(JSON.parse(event.body)) };
  } catch (e) {
@@    return { statusCode: 500, body: JSON.stringify({ message: (e as Error).message, stack: (e as Error).stack }) };
  }
};

declare function route(r: Request): Promise<Response>;
export { app, api };
`,
  ),
  // ---------------------------------------------------------------- log injection
  ...kind(
    "audit.ts",
    "CWE-117",
    "form and query values written raw into log lines in Deno / Hono vs JSON-structured logs",
    `import { Hono } from "hono";

Deno.serve(async (req) => {
  const form = await req.formData();
  const username = String(form.get("username"));
@@  console.log(\`login failed for \${username}\`);
@ok  console.log(JSON.stringify({ event: "login_failed", username }));
  return new Response("nope", { status: 401 });
});

const app = new Hono();
app.get("/search", (c) => {
  const q = c.req.query("q") ?? "";
@@  console.info("search: " + q);
@ok  console.info("search length: " + q.length);
  return c.text("ok");
});
export default app;
`,
  ),
  // ---------------------------------------------------------------- prototype pollution
  ...kind(
    "prefs.ts",
    "CWE-1321",
    "preferences written under a section and key from the JSON body in a Worker / Hono vs a Map and an own-property check",
    `import { Hono } from "hono";

const prefs: Record<string, Record<string, unknown>> = {};
const prefMap = new Map<string, Map<string, unknown>>();

export default {
  async fetch(request: Request): Promise<Response> {
    const { section, key, value } = await request.json<{ section: string; key: string; value: unknown }>();
    prefs[section] ??= {};
@@    prefs[section][key] = value;
    if (!prefMap.has(section)) prefMap.set(section, new Map());
@ok    prefMap.get(section)!.set(key, value);
    return new Response(null, { status: 204 });
  },
};

const app = new Hono();
app.post("/settings", async (c) => {
  const { path, value } = await c.req.json<{ path: string; value: unknown }>();
  const [a, b] = path.split(".");
  const settings: Record<string, any> = {};
@@  settings[a][b] = value;
  return c.body(null, 204);
});
app.post("/settings-safe", async (c) => {
  const { path, value } = await c.req.json<{ path: string; value: unknown }>();
  const [a, b] = path.split(".");
  const settings: Record<string, Record<string, unknown>> = Object.create(null);
  if (["__proto__", "constructor", "prototype"].includes(a) || ["__proto__", "constructor", "prototype"].includes(b)) return c.text("bad", 400);
  settings[a] = Object.create(null);
@ok  settings[a][b] = value;
  return c.body(null, 204);
});
export { app };
`,
  ),
];
