import { Level } from "../../dataflow/python.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";

/** Programs whose options can run commands, write or read arbitrary files, or change where they connect. */
const OPTION_PROGRAMS =
  /^(git|hg|svn|curl|wget|ssh|scp|sftp|rsync|tar|zip|unzip|7z|7za|find|rg|sed|sendmail|mail|ffmpeg|convert|magick|gs|psql|mysql|docker|kubectl|npm|npx|yarn|pip|gpg|openssl|grep|xargs|less|man|tcpdump|nmap|php|node|python3?|ruby|perl)$/;

/**
 * A test that a value starts with a dash (`startsWith('-')`, `/^-/`, `[0] === '-'`, `charAt(0)`). A test for `--`
 * only (`startsWith('--')`, `/^--/`) lets the single-dash options through (`-O<cmd>`, `-oProxyCommand=...`).
 */
const DASH_TEST = /startsWith\(\s*(['"])-\1|\/\^\\?-(?!\\?-)|\[0\]\s*[!=]==?\s*['"]-['"]|charAt\(0\)/;

export default jsRule({
  meta: {
    id: "JS-ARGI-001",
    title: "Request data passed as an argument a program may read as an option",
    cwe: ["CWE-88"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "LOW",
        when: "a caller-supplied value (a function's parameter, not request data) is passed before any `--`",
      },
    ],
    docs: {
      what_it_does:
        "Flags spawn/execFile/execa (no shell) of git, curl, ssh, tar, find and similar programs whose argument list holds request data before any `--` end-of-options marker, and (LOW) a library function's caller-supplied value there.",
      why_bad:
        "A value starting with `-` becomes an option: `--upload-pack=...` makes git run a command, `-o /path` makes curl write any file, `-oProxyCommand=...` runs one through ssh. No shell is needed.",
      example_bad:
        "const { execFile } = require('child_process');\napp.post('/clone', (req, res) => {\n  execFile('git', ['clone', req.body.repo, '/tmp/w'], () => res.end());\n});",
      example_good:
        "const { execFile } = require('child_process');\napp.post('/clone', (req, res) => {\n  execFile('git', ['clone', '--', req.body.repo, '/tmp/w'], () => res.end());\n});",
    },
    fix_hint:
      "Put `--` before user-supplied operands, or reject values starting with `-`; bind values to options (`--branch=${b}`).",
  },
  trigger: /spawn|execFile|execa|simple-git|imagemagick|Deno\.(Command|run)\b/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, report) {
    const runtime = runtimeArgv(node, ctx);
    if (runtime) {
      const [program, rest] = runtime;
      const name = ctx.constValue(program);
      if (typeof name !== "string") return;
      const base = name.replace(/^.*[\\/]/, "").replace(/\.exe$/i, "");
      if (!OPTION_PROGRAMS.test(base)) return;
      const fn = ctx.enclosingFunction(node);
      if (fn && /startsWith\(\s*['"]-|\/\^-|\/\^\\-|\[0\]\s*[!=]==?\s*['"]-|charAt\(0\)/.test(ctx.text(fn)))
        return;
      if (ctx.guardedBefore(node)) return;
      let prev: string | undefined;
      for (const el of rest) {
        const lit = ctx.stringValue(el);
        if (lit === "--" || lit === "--end-of-options") return;
        const taken = prev !== undefined && VALUE_OPTIONS[base]?.test(prev);
        prev = lit;
        if (lit !== undefined || el.type === "spread_element" || taken) continue;
        if (requestOperand(el, ctx)) {
          report({ node: el, message: `request data passed to ${base} where it may be read as an option` });
          return;
        }
      }
      return;
    }
    if (node.type !== "call_expression") return;
    if (libraryArgv(node, ctx, report)) return;
    const q = ctx.callee(node);
    // execa's own (`execa('git', [...])`, `execa.sync`, `execaSync`) take the same program-and-argv shape.
    const viaExeca = /^(execa|execa\.sync|execaSync|execa\.default|execa_1\.default(\.sync)?)$/.test(q);
    if (!viaExeca && (!/(^|\.)(spawn|spawnSync|execFile|execFileSync)$/.test(q) || /\bexeca\b/.test(q)))
      return;
    const args = ctx.args(node);
    // A shell runs the list as one command line: JS-CMDI-001's case.
    if (args.some((a) => a.type === "object" && /shell\s*:\s*(true|['"])/.test(ctx.text(a)))) return;
    const program = ctx.constValue(args[0]) ?? whichProgram(ctx, args[0]);
    if (typeof program !== "string") return;
    const base = program.replace(/^.*[\\/]/, "").replace(/\.exe$/i, "");
    if (!OPTION_PROGRAMS.test(base)) return;
    const list = args[1] && (ctx.resolve(args[1]) ?? args[1]);
    if (list?.type !== "array") return;
    const fn = ctx.enclosingFunction(node);
    // A check that the value cannot start with a dash (`startsWith('-')`, `/^-/`, `[0] === '-'`).
    if (fn && DASH_TEST.test(ctx.text(fn))) return;
    if (ctx.guardedBefore(node)) return;
    let prev: string | undefined;
    for (const el of namedChildren(list)) {
      const lit = ctx.stringValue(el);
      const after = prev;
      prev = lit;
      if (lit === "--" || lit === "--end-of-options") return;
      if (lit !== undefined) continue;
      // `['-czf', out, ...req.body.files]`: every spread item is an argument of its own.
      if (el.type === "spread_element") {
        if (spreadRequest(el, ctx)) {
          // (LOW: which list positions the program reads as options is not known from here)
          report({
            severity: "LOW",
            node: el,
            message: `request data spread into ${base}'s arguments, where each may be an option`,
          });
          return;
        }
        continue;
      }
      // `grep -e <pattern>`, `git commit -m <message>`: the value of the option before it.
      if (after !== undefined && VALUE_OPTIONS[base]?.test(after)) continue;
      if (requestOperand(el, ctx)) {
        report({ node: el, message: `request data passed to ${base} where it may be read as an option` });
        return;
      }
      const lead = ctx.leadingText(el);
      if (lead) continue;
      if (absolutePath(el, ctx)) continue;
      const level = ctx.level(el, "command");
      // A library's function handing its caller's value on (`blame(path)` -> `git blame -w <path>`): a path or URL
      // the caller took from its own user reaches the program as an option when it starts with a dash.
      if (level === Level.PARAM && (el.type === "identifier" || el.type === "member_expression")) {
        report({
          node: el,
          severity: "LOW",
          message: `caller-supplied value passed to ${base} before any \`--\`: a leading dash makes it an option`,
        });
        return;
      }
    }
  },
  cases: {
    valid: [
      "Deno.serve(async (req) => {\n  const repo = new URL(req.url).searchParams.get('repo');\n  await new Deno.Command('git', { args: ['clone', '--', repo, '/tmp/w'] }).output();\n  return new Response('ok');\n});",
      "Bun.serve({ async fetch(req) {\n  const b = await req.json();\n  Bun.spawnSync(['grep', '-rn', '-e', b.pattern, '/var/log']);\n  return new Response('ok');\n} });",
      "const path = require('path');\nconst execa = require('execa');\napp.get('/c', async (req, res) => { await execa('convert', [path.join('/uploads', req.query.f), 'out.png']); res.end(); });",
      "const path = require('path');\nconst { execFile } = require('child_process');\napp.get('/c', (req, res) => { execFile('tar', ['-xzf', path.resolve(req.query.f)], () => res.end()); });",
      "const execa = require('execa');\nexports.blame = (file) => execa('git', ['blame', '-w', '--', file]);",
      "const { execFile } = require('child_process');\napp.post('/c', (req, res) => { execFile('git', ['clone', '--', req.body.repo]); });",
      "const { execFile } = require('child_process');\napp.post('/c', (req, res) => { execFile('git', ['checkout', '--branch=' + req.body.b]); });",
      "const { spawn } = require('child_process');\napp.get('/c', (req, res) => { spawn('ls', ['-l', req.query.dir]); });",
      "const { execFile } = require('child_process');\napp.get('/s', (req, res) => { execFile('grep', ['-rn', '-e', req.query.q, '/srv/docs'], (e, out) => res.send(out)); });",
      "const { execFile } = require('child_process');\napp.post('/c', (req, res) => {\n  if (req.body.repo.startsWith('-')) return res.status(400).end();\n  execFile('git', ['clone', req.body.repo]);\n});",
      "const { simpleGit } = require('simple-git');\nconst git = simpleGit('/srv');\napp.post('/c', async (req, res) => { await git.raw(['clone', '--', req.body.url, '/srv/w']); res.end(); });",
      "const { simpleGit } = require('simple-git');\nconst git = simpleGit('/srv');\napp.get('/l', async (req, res) => {\n  const rev = String(req.query.rev);\n  if (!/^[0-9a-f]{7,40}$/.test(rev)) return res.sendStatus(400);\n  res.send(await git.raw(['log', rev]));\n});",
      "const { simpleGit } = require('simple-git');\napp.post('/c', async (req, res) => { await simpleGit().clone('https://github.com/' + req.body.repo, '/srv/w'); res.end(); });",
    ],
    invalid: [
      "Deno.serve(async (req) => {\n  const repo = new URL(req.url).searchParams.get('repo');\n  await new Deno.Command('git', { args: ['clone', repo, '/tmp/w'] }).output();\n  return new Response('ok');\n});",
      "Bun.serve({ async fetch(req) {\n  const b = await req.json();\n  Bun.spawnSync(['grep', '-rn', b.pattern, '/var/log']);\n  return new Response('ok');\n} });",
      "Deno.serve(async (req) => {\n  const u = new URL(req.url).searchParams.get('u');\n  Deno.run({ cmd: ['curl', '-s', u] });\n  return new Response('ok');\n});",
      // a relative start keeps a leading dash: path.join('-x') is '-x'
      "const path = require('path');\nconst execa = require('execa');\napp.get('/c', async (req, res) => { await execa('convert', [path.join(req.query.f), 'out.png']); res.end(); });",
      {
        code: "const execa = require('execa');\nexports.blame = (file) => execa('git', ['blame', '-w', file]);",
        severity: "LOW",
      },
      "const { execFile } = require('child_process');\napp.post('/c', (req, res) => { execFile('git', ['clone', req.body.repo, '/tmp/w']); });",
      "const cp = require('child_process');\napp.get('/f', (req, res) => { cp.spawn('curl', ['-s', req.query.url]).stdout.pipe(res); });",
      "const { simpleGit } = require('simple-git');\nconst git = simpleGit('/srv');\napp.post('/c', async (req, res) => { await git.clone(req.body.url, '/srv/w'); res.end(); });",
      "const simpleGit = require('simple-git');\napp.post('/f', async (req, res) => { await simpleGit('/srv').fetch(req.body.remote, 'main'); res.end(); });",
      "const { simpleGit } = require('simple-git');\nconst git = simpleGit('/srv');\napp.get('/l', async (req, res) => res.send(await git.raw(['log', String(req.query.rev)])));",
      "const im = require('imagemagick');\napp.get('/t', (req, res) => im.convert([req.query.src, '-resize', '64x64', 'thumb.png'], () => res.end()));",
      {
        code: "const { simpleGit } = require('simple-git');\nexports.clone = (url, dir) => simpleGit().clone(url, dir);",
        severity: "LOW",
      },
    ],
  },
});

/**
 * Options that take the next argv entry as their value whatever it looks like (getopt): a request value right
 * after one is that value, not an option (`grep -e <pattern>`, `git commit -m <message>`).
 */
const VALUE_OPTIONS: Record<string, RegExp> = {
  grep: /^(-e|--regexp|-m|--max-count)$/,
  egrep: /^(-e|--regexp|-m|--max-count)$/,
  rg: /^(-e|--regexp|-m|--max-count)$/,
  sed: /^(-e|--expression)$/,
  git: /^(-m|--message|-b|-B|--branch|--depth|-C|--author|-e|--regexp)$/,
  tar: /^(-C|--directory)$/,
  ssh: /^(-p|-l)$/,
  scp: /^(-P)$/,
};

/**
 * Deno's and Bun's own process APIs, no shell: `new Deno.Command(program, { args: [...] })`, `Deno.run({ cmd:
 * [program, ...] })`, `Bun.spawn([program, ...])` / `Bun.spawnSync({ cmd: [...] })`. The program node and the
 * argument entries after it, or undefined for any other call.
 */
function runtimeArgv(node: SyntaxNode, ctx: JsContext): [SyntaxNode, SyntaxNode[]] | undefined {
  const entries = (list: SyntaxNode | undefined) => {
    const v = list && (ctx.resolve(list) ?? list);
    return v?.type === "array" ? namedChildren(v).filter((c) => c.type !== "comment") : undefined;
  };
  const args = ctx.args(node);
  if (node.type === "new_expression") {
    if (ctx.text(field(node, "constructor") ?? node) !== "Deno.Command" || !args[0]) return undefined;
    const opts = args[1] && (ctx.resolve(args[1]) ?? args[1]);
    const list = opts?.type === "object" ? entries(ctx.prop(opts, "args")) : undefined;
    return list ? [args[0], list] : undefined;
  }
  const callee = ctx.text(field(node, "function") ?? node);
  if (!/^(Deno\.run|Bun\.spawn|Bun\.spawnSync)$/.test(callee) || !args[0]) return undefined;
  const a0 = ctx.resolve(args[0]) ?? args[0];
  const cmd =
    a0.type === "object" ? entries(ctx.prop(a0, "cmd")) : callee === "Deno.run" ? undefined : entries(a0);
  return cmd?.length ? [cmd[0]!, cmd.slice(1)] : undefined;
}

/**
 * A non-literal argument that is request data and may start with a dash: no literal start (`'--branch=' + b`,
 * `https://host/${p}` fix what the argument is) and no absolute path.
 */
function requestOperand(el: SyntaxNode, ctx: JsContext): boolean {
  if (ctx.stringValue(el) !== undefined || el.type === "spread_element") return false;
  if (ctx.leadingText(el) || absolutePath(el, ctx)) return false;
  return ctx.level(el, "command") === Level.SOURCE;
}

/**
 * A spread of request data into an argument list (`...req.body.files`, or a name bound to it), unless each item
 * was mapped to text with a literal start (`files.map((f) => './' + f)`).
 */
function spreadRequest(el: SyntaxNode, ctx: JsContext): boolean {
  const inner = namedChildren(el)[0];
  if (!inner) return false;
  const made = inner.type === "identifier" ? (ctx.resolve(inner) ?? inner) : inner;
  if (made.type === "call_expression" && /^(map|flatMap)$/.test(ctx.method(made))) {
    const cb = ctx.args(made)[0];
    const body = cb && /^(arrow_function|function_expression)$/.test(cb.type) ? field(cb, "body") : undefined;
    if (body && body.type !== "statement_block" && ctx.leadingText(body)) return false;
  }
  return ctx.level(inner, "command") === Level.SOURCE;
}

/** simple-git methods that hand their string arguments (and option arrays) to git as argv entries. */
const SIMPLE_GIT_METHODS =
  /^(raw|clone|mirror|fetch|pull|push|checkout|checkoutBranch|checkoutLocalBranch|branch|log|show|diff|diffSummary|listRemote|addRemote|remote|revparse|reset|merge|mergeFromTo|rebase|tag|addTag|submoduleAdd|grep|catFile|archive)$/;

/**
 * Libraries that run a program on an argv they build from their arguments, no shell: simple-git (`git.clone(url,
 * dir)`, `git.raw(['log', rev])`, each string a git argument) and node-imagemagick (`im.convert([src, ...])`). A
 * request value there that may start with a dash is an option (`--upload-pack=...` runs a command), unless a `--`
 * comes first. Returns whether the call was one of them.
 */
function libraryArgv(
  node: SyntaxNode,
  ctx: JsContext,
  report: (f: { node: SyntaxNode; message: string; severity?: "LOW" }) => void,
): boolean {
  const m = ctx.method(node);
  const fn = field(node, "function");
  if (fn?.type !== "member_expression") return false;
  let program: string | undefined;
  if (SIMPLE_GIT_METHODS.test(m) && sourceHas(ctx.tree, /['"]simple-git['"]/)) {
    // the receiver: `simpleGit(dir)` itself, a local bound to one, or a name that says git
    const recv = field(fn, "object");
    const made = recv && (ctx.resolve(recv) ?? recv);
    if (
      !/^(simpleGit|simple_git|simple_git_1\.(default|simpleGit)|simpleGit\.default)\(|require\(\s*['"]simple-git['"]/.test(
        made ? ctx.text(made) : "",
      ) &&
      !/git$/i.test(ctx.text(recv ?? node))
    )
      return false;
    program = "git";
  } else if (/^(convert|identify)$/.test(m) && sourceHas(ctx.tree, /['"]imagemagick['"]/)) program = m;
  else return false;
  const items: SyntaxNode[] = [];
  for (const a of ctx.args(node)) {
    const v = ctx.resolve(a) ?? a;
    if (v.type === "array") items.push(...namedChildren(v).filter((c) => c.type !== "comment"));
    else if (v.type !== "object" && !/function|arrow_function/.test(v.type)) items.push(a);
  }
  if (ctx.guardedBefore(node)) return true;
  const fnText = ctx.text(ctx.enclosingFunction(node) ?? node);
  if (DASH_TEST.test(fnText)) return true;
  for (const el of items) {
    const lit = ctx.stringValue(el);
    if (lit === "--" || lit === "--end-of-options") return true;
    if (requestOperand(el, ctx)) {
      report({ node: el, message: `request data passed to ${program} where it may be read as an option` });
      return true;
    }
    // (a library's function handing its caller's value on: the LOW hint the spawn form gives too)
    if (
      (el.type === "identifier" || el.type === "member_expression") &&
      !ctx.leadingText(el) &&
      ctx.level(el, "command") === Level.PARAM
    ) {
      report({
        node: el,
        severity: "LOW",
        message: `caller-supplied value passed to ${program} before any \`--\`: a leading dash makes it an option`,
      });
      return true;
    }
  }
  return true;
}

/**
 * `path.resolve(...)` (always absolute), or `path.join` from an absolute start (`'/uploads'`, `__dirname`,
 * `process.cwd()`): the argument begins with `/` (or a drive), never with a dash.
 */
function absolutePath(el: SyntaxNode, ctx: JsContext): boolean {
  if (el.type !== "call_expression") return false;
  const q = ctx.callee(el);
  if (/^(path|path\.posix)\.resolve$/.test(q)) return true;
  if (!/^(path|path\.posix)\.join$/.test(q)) return false;
  const a0 = ctx.args(el)[0];
  if (!a0) return false;
  const v = ctx.constValue(a0);
  return (typeof v === "string" && v.startsWith("/")) || /^(__dirname|process\.cwd\(\))$/.test(ctx.text(a0));
}

/** `const git = await which('git')` (or `which.sync`, TypeScript's `which_1.default`): the program a looked-up path names. */
function whichProgram(ctx: JsContext, arg: SyntaxNode | undefined): string | undefined {
  let v = arg && ctx.resolve(arg);
  if (v?.type === "await_expression") v = namedChildren(v)[0];
  if (v?.type !== "call_expression" || !/(^|[._])which(_\d+)?(\.default)?(\.sync|Sync)?$/.test(ctx.callee(v)))
    return undefined;
  const name = ctx.constValue(ctx.args(v)[0]);
  return typeof name === "string" ? name : undefined;
}
