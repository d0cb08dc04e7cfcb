import { Level } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, perTree, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import type { JsContext } from "../../dataflow/javascript.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";
import { authorContextIgnored, type Report } from "../../rule.js";

/**
 * A bare callee name (`exec(...)`) bound inside a function around the call: a parameter, a `const`/`let`/`var`
 * other than a `require(...)`, or a nested `function` declaration. That local (a regex helper, a job runner)
 * shadows child_process's `exec` imported at the top of the file.
 */
function shadowedLocally(call: SyntaxNode, name: string, ctx: JsContext): boolean {
  const around = (f: SyntaxNode | undefined) => !!f && f.start <= call.start && call.end <= f.end;
  return (localBindings(ctx).get(name) ?? []).some(around);
}

/**
 * The scopes that bind each name locally, in tree order: the function around a declarator (other than a
 * `require(...)`) or a function declaration of the name, and the function whose parameter list holds the name.
 * Built once per file: a scan of the whole tree per exec call was quadratic on a file of many calls.
 */
const localBindings = perTree((ctx: JsContext) => {
  const out = new Map<string, (SyntaxNode | undefined)[]>();
  const add = (key: string, scope: SyntaxNode | undefined) => {
    const list = out.get(key);
    if (list) list.push(scope);
    else out.set(key, [scope]);
  };
  for (const n of ctx.tree.nodes) {
    if (n.type === "variable_declarator" || n.type === "function_declaration") {
      const value = n.type === "variable_declarator" ? field(n, "value") : undefined;
      if (value && /^(await\s+)?(require|import)\s*\(/.test(ctx.text(value))) continue;
      // `const dig = execSync.bind(cp)`: a module's function bound to a this is that function, no shadow.
      const bound = value?.type === "call_expression" ? field(value, "function") : undefined;
      if (
        bound?.type === "member_expression" &&
        ctx.text(field(bound, "property") ?? bound) === "bind" &&
        ctx.qname(field(bound, "object")).includes(".")
      )
        continue;
      add(ctx.text(field(n, "name") ?? n), ctx.enclosingFunction(n));
    } else if (n.type === "identifier") {
      // A parameter: the identifier sits in the parameter list of a function around the call.
      let p = n.parent;
      for (let i = 0; p && i < 3 && p.type !== "formal_parameters"; i++) p = p.parent;
      if (p?.type === "formal_parameters") add(ctx.text(n), p.parent ?? undefined);
    }
  }
  return out;
});

/**
 * zx's and Bun Shell's `$\`bash -c ${script}\``: the tag quotes each interpolation as one word, which a shell given
 * `-c` runs as a whole command line. Bun's `${{ raw: x }}` splices x unquoted, a command line wherever it sits. The
 * highest level among such scripts; undefined when the call is no zx / Bun template.
 */
function zxShellScript(call: SyntaxNode, ctx: JsContext): Level | undefined {
  const fn = field(call, "function");
  const tpl = field(call, "arguments");
  if (fn?.type !== "identifier" || ctx.text(fn) !== "$" || tpl?.type !== "template_string") return undefined;
  const bun = sourceHas(ctx.tree, /\bfrom\s+['"]bun['"]|require\(\s*['"]bun['"]\s*\)/);
  if (!bun && !sourceHas(ctx.tree, /['"]zx(\/core)?['"]|^#!.*\bzx\b/)) return undefined;
  let before = "";
  let level = Level.CONST;
  for (const part of tpl.children) {
    if (part.type === "template_substitution") {
      const expr = namedChildren(part)[0];
      const raw = bun && expr?.type === "object" ? ctx.prop(expr, "raw") : undefined;
      if (raw) level = Math.max(level, ctx.level(raw, "command")) as Level;
      else if (expr && /(^|[\s/])(ba|z|da|k)?sh\s+(-[a-z]+\s+)*-c\s*$/.test(before))
        level = Math.max(level, ctx.level(expr, "command")) as Level;
      before += "x";
    } else if (part.type !== "`") before += ctx.text(part);
  }
  return level;
}

/** A shell program: sh, bash, zsh, dash, ksh (by path or name), cmd.exe, powershell. */
/**
 * A program the environment names (`process.env.PYTHON || 'python'`, `process.env.ComSpec || 'cmd.exe'`, a name bound
 * to one): whoever sets the environment chooses what runs - the operator, who can run anything already - so it is a
 * caller's value, not the request's.
 */
function environmentProgram(ctx: JsContext, n: SyntaxNode | undefined, depth = 0): boolean {
  if (!n || depth > 3) return false;
  if (n.type === "parenthesized_expression") return environmentProgram(ctx, namedChildren(n)[0], depth + 1);
  if (n.type === "identifier") {
    const v = ctx.resolve(n);
    return !!v && v !== n && environmentProgram(ctx, v, depth + 1);
  }
  if (n.type === "binary_expression" && /^(\|\||\?\?)$/.test(n.children[1]?.type ?? "")) {
    const [l, r] = [field(n, "left"), field(n, "right")];
    const side = (x: SyntaxNode | null | undefined) =>
      !!x && (typeof ctx.constValue(x) === "string" || environmentProgram(ctx, x, depth + 1));
    return (
      side(l) &&
      side(r) &&
      (environmentProgram(ctx, l ?? undefined, depth + 1) ||
        environmentProgram(ctx, r ?? undefined, depth + 1))
    );
  }
  // `path.join(process.env.SystemRoot || 'C:\\Windows', 'System32', 'reg.exe')`: a tool under a directory the
  // environment names, the rest of the path fixed.
  if (n.type === "call_expression" && /^(path|node:path)\.(join|resolve)$/.test(ctx.callee(n))) {
    const args = ctx.args(n);
    return (
      args.some((a) => environmentProgram(ctx, a, depth + 1)) &&
      args.every((a) => typeof ctx.constValue(a) === "string" || environmentProgram(ctx, a, depth + 1))
    );
  }
  return (
    (n.type === "member_expression" || n.type === "subscript_expression") &&
    /^process\.env\s*(\.|\[)/.test(ctx.text(n))
  );
}

/** Signs that a file is a command-line tool: an interpreter line, `process.argv`, a CLI framework, a yargs command
 * module, a build-tool plugin whose options come from its invoker's command line or project file. */
const CLI_TOOL =
  /^#!.*\bnode\b|\bprocess\.argv\b|(require\(\s*|\bfrom\s+)['"](commander|yargs(\/yargs)?|meow|cac|sade|minimist|mri|@oclif\/core|clipanion|citty|@nx\/devkit|@nrwl\/devkit)['"]|\bexports\.builder\s*=|\.option\(\s*['"][\w-]+['"]\s*,\s*\{|\bthis\.serverless\b|\bfunction\s+runExecutor\s*\(/m;

/** Signs of input from elsewhere than the invoker: request objects, servers, sockets, fetches, message events. */
const NETWORK_INPUT =
  /\b(req|request|ctx\.request|event)\.(query|body|params|headers|url|cookies|path)\b|\bcreateServer\b|\.listen\s*\(|\bfetch\s*\(|\baxios\b|\bhttps?\.(get|request)\s*\(|\bnet\.(connect|createConnection)\b|['"](got|undici|ws|socket\.io|express|fastify|koa|hono|@hapi\/hapi|@nestjs\/common|electron|node-fetch|ky|superagent|needle|request|request-promise|ssh2|dgram)['"]|\bWebSocket\b|\bipcMain\b|\.on\(\s*['"](message|request|connection)['"]|\bprocess\.stdin\.(on|once|read|pipe)\b|\breadline\b/;

/**
 * A command-line tool's file with no network input: what reaches its shell are its own options, typed by the user
 * who runs it and can run any command already. Repository mode only - in an answer every such sign is the author's
 * own text, and a shell command built from argv stays a finding there.
 */
function cliToolOnly(ctx: JsContext): boolean {
  if (authorContextIgnored(ctx)) return false;
  return sourceHas(ctx.tree, CLI_TOOL) && !sourceHas(ctx.tree, NETWORK_INPUT);
}

const CLI_REASON =
  "a command-line tool's own options reach the shell and nothing in the file reads network input: its invoker chooses the command";

const SHELL_PROGRAM = /^(\/(usr\/)?bin\/)?(ba|z|da|k)?sh$|^cmd(\.exe)?$|^powershell(\.exe)?$/i;

/**
 * Deno and Bun process APIs as (program, argument list): `new Deno.Command(prog, { args })`,
 * `Deno.run({ cmd: [prog, ...args] })`, `Bun.spawn([prog, ...args])` / `Bun.spawnSync`, `Bun.spawn({ cmd })`.
 * None runs a shell by itself; undefined for any other call.
 */
function runtimeCommand(
  node: SyntaxNode,
  ctx: JsContext,
): { api: string; program: SyntaxNode; args: SyntaxNode[] } | undefined {
  const fn = field(node, node.type === "new_expression" ? "constructor" : "function");
  const api = fn ? ctx.text(fn).replace(/\s+/g, "") : "";
  const args = ctx.args(node);
  const arr = (n: SyntaxNode | undefined) => {
    const r = n && (n.type === "identifier" ? (ctx.resolve(n) ?? n) : n);
    return r?.type === "array" ? namedChildren(r).filter((c) => c.type !== "comment") : undefined;
  };
  if (node.type === "new_expression") {
    if (api !== "Deno.Command" || !args[0]) return undefined;
    const opts = args[1] && (args[1].type === "identifier" ? ctx.resolve(args[1]) : args[1]);
    const list = opts?.type === "object" ? arr(ctx.prop(opts, "args") ?? undefined) : undefined;
    return { api, program: args[0], args: list ?? [] };
  }
  if (!/^(Deno\.run|Bun\.spawn|Bun\.spawnSync)$/.test(api)) return undefined;
  const first = args[0] && (args[0].type === "identifier" ? (ctx.resolve(args[0]) ?? args[0]) : args[0]);
  const cmd = first?.type === "object" ? arr(ctx.prop(first, "cmd") ?? undefined) : arr(first);
  if (!cmd?.length) return undefined;
  return { api, program: cmd[0]!, args: cmd.slice(1) };
}

export default jsRule({
  meta: {
    id: "JS-CMDI-001",
    title: "Shell command built from non-literal data",
    cwe: ["CWE-78"],
    severity: "HIGH",
    severity_variants: [
      ...TAINT_VARIANTS,
      {
        severity: "LOW",
        when: "spawn/execFile without a shell runs a program named by a caller's value (audit: which program runs)",
      },
    ],
    docs: {
      what_it_does:
        "Flags child_process exec/execSync, ssh2 Client.exec, and spawn/execFile with shell: true whose command is not a literal.",
      why_bad:
        "exec runs the string through /bin/sh; metacharacters in any spliced value run extra commands.",
      example_bad:
        "const { exec } = require('child_process');\nfunction list(dir) {\n  exec(`ls -l ${dir}`, (err, out) => console.log(out));\n}",
      example_good:
        "const { execFile } = require('child_process');\nfunction list(dir) {\n  execFile('ls', ['-l', '--', dir], (err, out) => console.log(out));\n}",
    },
    fix_hint: "Use execFile/spawn with an argument array and no shell.",
  },
  trigger: /exec|spawn|execFile|fork\(|\$`|Deno\.(Command|run)\b/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, reportAny) {
    // In a command-line tool with no network input every finding is its invoker's own command: LOW.
    const report = (r: Report) =>
      reportAny(r.severity !== "LOW" && cliToolOnly(ctx) ? { ...r, severity: "LOW", reason: CLI_REASON } : r);
    // Deno and Bun: a shell given `-c` and a script built from the request, or a program the request names.
    const rt = runtimeCommand(node, ctx);
    if (rt || node.type === "new_expression") {
      if (!rt || ctx.guardedBefore(node)) return;
      const v = ctx.constValue(ctx.resolve(rt.program) ?? rt.program);
      const flag =
        typeof v === "string" && SHELL_PROGRAM.test(v)
          ? rt.args.findIndex((a) => /^(-c|\/c)$/i.test(String(ctx.constValue(a) ?? "")))
          : -1;
      const script = flag >= 0 ? rt.args[flag + 1] : undefined;
      const level = script ? ctx.level(script, "command") : ctx.level(rt.program, "command");
      if (script ? level >= Level.PARAM : level === Level.SOURCE)
        report({
          node,
          severity: taintSeverity(level),
          message: script
            ? `${rt.api} runs a shell with a -c script built from caller-controlled data`
            : `${rt.api} runs a program chosen by the request`,
        });
      return;
    }
    // zx quotes every `${}` it splices into `$\`...\``; one that is a shell's -c script runs as a command line.
    const zx = zxShellScript(node, ctx);
    if (zx !== undefined) {
      if (zx >= Level.PARAM && !ctx.guardedBefore(node))
        report({
          node,
          severity: taintSeverity(zx),
          message: "the $ shell template runs a command line built from caller-controlled data",
        });
      return;
    }
    let q = ctx.callee(node);
    // `const run = promisify(exec)` / `util.promisify(cp.exec)`: the wrapper runs the same shell.
    const fnNode = field(node, "function");
    // `util.promisify(cp.exec)(cmd)` calls the wrapper directly.
    const bound =
      fnNode?.type === "identifier"
        ? ctx.resolve(fnNode)
        : fnNode?.type === "call_expression"
          ? fnNode
          : undefined;
    if (bound?.type === "call_expression" && /(^|\.)promisify$/.test(ctx.callee(bound))) {
      const inner = ctx.args(bound)[0];
      if (inner) q = ctx.qname(inner);
    }
    const args = ctx.args(node);
    // execa's command-string entry points and shelljs run their string through a shell-like parser or sh.
    const shellString =
      /^(execa\.(command|commandSync|shell|shellSync)|execaCommand|execaCommandSync|execa\.execaCommand|execa\.execaCommandSync)$/.test(
        q,
      ) ||
      (/^(shelljs|shell|sh)\.exec$/.test(q) && sourceHas(ctx.tree, /shelljs/));
    // ssh2: `conn.exec(command, cb)` on a `new Client()` runs the string in the remote user's shell.
    const recv = fnNode?.type === "member_expression" ? field(fnNode, "object") : undefined;
    const made = recv ? (ctx.resolve(recv) ?? recv) : undefined;
    const sshExec =
      ctx.method(node) === "exec" &&
      sourceHas(ctx.tree, /require\(\s*['"]ssh2['"]\s*\)|from\s+['"]ssh2['"]/) &&
      made?.type === "new_expression" &&
      /^new\s+([\w$]+\.)?Client\s*\(/.test(ctx.text(made));
    if (shellString || sshExec) {
      if (sshExec) q = "ssh2 Client.exec";
      const level = args[0] ? ctx.level(args[0], "command") : Level.CONST;
      if (level !== Level.CONST && !ctx.guardedBefore(node))
        report({
          node,
          severity: taintSeverity(level),
          message: `${q}() runs a command string built from non-literal data`,
        });
      return;
    }
    const isExec =
      /^(child_process\.)?(exec|execSync)$/.test(q) ||
      /child_process\.(exec|execSync)$/.test(q) ||
      (/\.(exec|execSync)$/.test(q) && /child_?process|cp\b/i.test(q));
    // execa(file, args) and cross-spawn(cmd, args) are spawn with the same options (`shell: true` included).
    const spawnLike = /^(execa(\.sync|\.execa|\.execaSync)?|execaSync|cross-spawn(\.sync)?)$/.test(q);
    // The options inline or bound to a name first (`const opts = { shell: true }; execFileSync(f, args, opts)`).
    const options = (a: SyntaxNode) => (a.type === "identifier" ? (ctx.resolve(a) ?? a) : a);
    const isSpawn =
      (/(^|\.)(spawn|spawnSync|execFile|execFileSync)$/.test(q) || spawnLike) &&
      args.some(
        (a) =>
          options(a).type === "object" && /shell\s*:\s*(true|['"`][^'"`]+['"`])/.test(ctx.text(options(a))),
      );
    const runner =
      spawnLike ||
      /^(child_process\.)?(spawn|spawnSync|execFile|execFileSync|fork)$|child_process\.(spawn|spawnSync|execFile|execFileSync|fork)$/.test(
        q,
      );
    if (!isExec && !isSpawn && runner && args[0]) {
      // The program itself chosen by the request, or a shell given `-c` and a non-literal script.
      // A literal, or a name bound to `win ? 'cmd.exe' : '/bin/sh'`: each branch a literal of the kind.
      const literal = (n: SyntaxNode | undefined, re: RegExp, depth = 0): boolean => {
        // `let sh, flag; if (win) { sh = 'cmd.exe'; flag = '/c'; } else { sh = '/bin/sh'; flag = '-c'; }`: the
        // name is each value assigned to it before the call (and its declared one where no assignment always runs).
        if (n?.type === "identifier" && depth <= 3) {
          const play = ctx.assignedInPlay(n);
          if (play?.values.length) {
            const init = ctx.resolve(n);
            const initOk = !play.declToo || !init || init === n || literal(init, re, depth + 1);
            return initOk && play.values.every((v) => literal(v, re, depth + 1));
          }
        }
        const r = n && (ctx.resolve(n) ?? n);
        if (!r || depth > 3) return false;
        if (r.type === "ternary_expression")
          return (
            literal(field(r, "consequence"), re, depth + 1) && literal(field(r, "alternative"), re, depth + 1)
          );
        if (r.type === "parenthesized_expression") return literal(namedChildren(r)[0], re, depth + 1);
        const v = ctx.constValue(r);
        return typeof v === "string" && re.test(v);
      };
      const shellProgram = literal(args[0], SHELL_PROGRAM);
      // The argument list, `['/c'].concat(['ping', host])` included: its pieces in order.
      const listItems = (n: SyntaxNode | undefined): SyntaxNode[] | undefined => {
        const r = n && (ctx.resolve(n) ?? n);
        if (r?.type === "array") return n?.type === "identifier" ? filledList(n, r) : namedChildren(r);
        if (r?.type === "call_expression" && ctx.method(r) === "concat") {
          const f = field(r, "function");
          const head = f?.type === "member_expression" ? listItems(field(f, "object")) : undefined;
          if (!head) return undefined;
          return [...head, ...ctx.args(r).flatMap((a) => listItems(a) ?? [a])];
        }
        return undefined;
      };
      // `const a = []; a[0] = '-c'; a[1] = cmd;` / `a.push('-c', cmd)`: the literal with the writes made to it
      // between its declaration and this call, in order; undefined where an index is no number or one is skipped.
      function filledList(name: SyntaxNode, literalArr: SyntaxNode): SyntaxNode[] | undefined {
        const items: (SyntaxNode | undefined)[] = namedChildren(literalArr).filter(
          (c) => c.type !== "comment",
        );
        const fn = ctx.enclosingFunction(node);
        const id = ctx.text(name);
        if (!fn) return items as SyntaxNode[];
        for (const d of descendants(fn)) {
          if (d.order <= literalArr.order || d.order >= node.order) continue;
          if (d.type === "assignment_expression") {
            const left = field(d, "left");
            const right = field(d, "right");
            if (left?.type !== "subscript_expression" || ctx.text(field(left, "object") ?? left) !== id)
              continue;
            const k = Number(ctx.text(field(left, "index") ?? left));
            if (!Number.isInteger(k) || k < 0 || k > 64 || !right) return undefined;
            items[k] = right;
          } else if (d.type === "call_expression") {
            const f = field(d, "function");
            if (f?.type !== "member_expression" || ctx.text(field(f, "object") ?? f) !== id) continue;
            if (ctx.method(d) === "push") items.push(...ctx.args(d));
          }
        }
        return items.every((i) => i !== undefined) ? (items as SyntaxNode[]) : undefined;
      }
      const items = shellProgram ? listItems(args[1]) : undefined;
      // (`-c` may come grouped with other one-letter flags: `bash -lc script`, `sh -ec script`)
      const flag = items?.findIndex((a) => literal(a, /^(-[a-z]*c[a-z]*|\/c)$/i)) ?? -1;
      // `sh -c script`: the script is the word after -c; `cmd /c ...`: every word after /c is the command line.
      const script = flag >= 0 ? items![flag + 1] : undefined;
      const rest =
        flag >= 0 && /^\/c$/i.test(String(ctx.constValue(items![flag]) ?? "")) ? items!.slice(flag + 1) : [];
      const level = script
        ? (Math.max(ctx.level(script, "command"), ...rest.map((a) => ctx.level(a, "command"))) as Level)
        : ctx.level(args[0], "command") === Level.SOURCE
          ? Level.SOURCE
          : Level.CONST;
      const programLevel = script
        ? Level.CONST
        : environmentProgram(ctx, args[0])
          ? Level.PARAM
          : ctx.level(args[0], "command");
      if (!script && programLevel === Level.PARAM && !ctx.guardedBefore(node)) {
        report({ node, severity: "LOW", message: `${q}() runs a program named by a caller's value` });
        return;
      }
      if (level >= Level.PARAM && !ctx.guardedBefore(node))
        report({
          node,
          severity: taintSeverity(level),
          message: script
            ? `${q}() runs a shell with a -c script built from caller-controlled data`
            : `${q}() runs a program chosen by the request`,
        });
      return;
    }
    if (!isExec && !isSpawn) return;
    if (q === "exec" && !sourceHas(ctx.tree, /child_process/)) return;
    // A parameter shadowing the import is child_process's runner still when its callers (or its default) hand
    // it one (`function run(c, exec = child_process.exec)`).
    if (
      fnNode?.type === "identifier" &&
      !ctx.paramFunction(node) &&
      shadowedLocally(node, ctx.text(fnNode), ctx)
    )
      return;
    const cmd = args[0];
    if (!cmd || ctx.guardedBefore(node)) return;
    // With `shell: true` the argument list is joined into the command line too: `spawn('grep', [q], { shell: true })`.
    const list = isSpawn && args[1] && args[1].type !== "object" ? args[1] : undefined;
    // `execSync(process.env.BACKUP_CMD ?? 'tar czf ...')`: the whole command line the operator's environment sets
    // (a configured hook), as a program it names is.
    if (!list && environmentProgram(ctx, cmd)) {
      report({ node, severity: "LOW", message: `${q}() runs a shell command the environment names` });
      return;
    }
    const level = Math.max(
      ctx.level(cmd, "command"),
      list ? ctx.level(list, "command") : Level.CONST,
    ) as Level;
    if (level === Level.CONST) return;
    report({
      node,
      severity: taintSeverity(level),
      message: `${q}() runs a shell command built from ${level >= Level.PARAM ? "caller-controlled" : "non-literal"} data`,
    });
  },
  cases: {
    valid: [
      "import { Elysia, t } from 'elysia';\nimport { execSync } from 'node:child_process';\nnew Elysia().get('/k/:pid', ({ params }) => execSync(`kill -9 ${params.pid}`).toString(), { params: t.Object({ pid: t.Numeric() }) });",
      "import Fastify from 'fastify';\nimport { Type } from '@sinclair/typebox';\nimport { execSync } from 'node:child_process';\nconst app = Fastify();\napp.get('/k', { schema: { querystring: Type.Object({ pid: Type.Integer() }) } }, (req) => execSync('kill ' + req.query.pid).toString());",
      "import { $ } from 'bun';\nBun.serve({ async fetch(req) { const d = new URL(req.url).searchParams.get('d') ?? '.'; return new Response(await $`ls -la -- ${d} ${{ raw: '| head -5' }}`.text()); } });",
      "Deno.serve(async (req) => {\n  const host = new URL(req.url).searchParams.get('host') ?? '';\n  const out = await new Deno.Command('ping', { args: ['-c', '1', host] }).output();\n  return new Response(out.stdout);\n});",
      "Bun.serve({ fetch(req) { const d = new URL(req.url).searchParams.get('d') ?? '.'; return new Response(Bun.spawn(['ls', '-la', d]).stdout); } });",
      "const p = new Deno.Command('sh', { args: ['-c', 'uptime'] });",
      "const m = new Map([['a', 1]]);",
      "import { Hono } from 'hono';\nimport { zValidator } from '@hono/zod-validator';\nimport { exec } from 'child_process';\nconst S = z.object({ t: z.enum(['web', 'worker']) });\napp.post('/r', zValidator('json', S), (c) => {\n  const { t } = c.req.valid('json');\n  exec('systemctl restart app-' + t);\n});",
      "import { $ } from 'zx';\napp.get('/c', async (req, res) => res.send((await $`grep -c -- ${req.query.t} notes.txt`).stdout));",
      "const { Client } = require('ssh2');\nconst shell = require('shell-escape-tag');\nfunction run(req) {\n  const host = shell.escape(String(req.query.host));\n  const conn = new Client();\n  conn.exec(`/bin/ping -c 1 -- ${host}`, () => {});\n}",
      "const { exec } = require('child_process');\nfunction f(req, res) {\n  const b = String(req.query.b);\n  if (!/^\\w+$/.test(b)) return res.end();\n  setTimeout(() => exec('echo ' + b), 10);\n}",
      "const { Client } = require('ssh2');\nfunction run() {\n  const conn = new Client();\n  conn.exec('uptime', () => {});\n}",
      "const cp = require('child_process');\napp.get('/r', (req, res) => { cp.spawn('ls', ['-l', req.query.dir]); });",
      "const execa = require('execa');\napp.get('/c', async (req, res) => { await execa('ls', ['-l', req.query.dir]); });",
      "const { exec } = require('child_process');\nexec('ls -l');",
      "const { exec } = require('child_process');\nfunction pick(t) {\n  const exec = (s) => /(\\d+)/.exec(s);\n  return exec(t);\n}\napp.get('/t', (req, res) => res.json(pick(req.query.t)));",
      "const cp = require('child_process');\nfunction f(d) { cp.execFile('ls', [d]); }",
      "const { spawn } = require('child_process');\napp.post('/r', (req, res) => { spawn('/bin/bash', ['-lc', 'tar czf b.tgz \"$1\"', 'bash', req.body.path]); res.end(); });",
    ],
    invalid: [
      // A reducer's accumulator holds what the reducer stores into it.
      "const { exec } = require('child_process');\napp.get('/r', (req, res) => {\n  const o = String(req.query.kv).split(',').reduce((acc, x) => (acc[x[0]] = x.slice(2), acc), {});\n  exec('ls ' + o.d);\n});",
      "import { Elysia, t } from 'elysia';\nimport { execSync } from 'node:child_process';\nnew Elysia().get('/k/:pid', ({ params }) => execSync(`kill -9 ${params.pid}`).toString(), { params: t.Object({ pid: t.String() }) });",
      "import { $ } from 'bun';\nBun.serve({ async fetch(req) { const d = new URL(req.url).searchParams.get('d') ?? '.'; return new Response(await $`ls -la ${{ raw: d }}`.text()); } });",
      "import { $ } from 'bun';\nBun.serve({ async fetch(req) { const s = new URL(req.url).searchParams.get('s'); return new Response(await $`sh -c ${s}`.text()); } });",
      "Deno.serve(async (req) => {\n  const host = new URL(req.url).searchParams.get('host') ?? '';\n  const out = await new Deno.Command('sh', { args: ['-c', `ping -c 1 ${host}`] }).output();\n  return new Response(out.stdout);\n});",
      "Bun.serve({ fetch(req) { const d = new URL(req.url).searchParams.get('d') ?? '.'; return new Response(Bun.spawn(['bash', '-c', 'ls ' + d]).stdout); } });",
      "function run(script) { return Deno.run({ cmd: ['/bin/sh', '-c', script] }); }",
      "function run(c) { return Bun.spawnSync({ cmd: ['sh', '-c', c] }); }",
      "import { Hono } from 'hono';\nimport { zValidator } from '@hono/zod-validator';\nimport { exec } from 'child_process';\nconst S = z.object({ t: z.string() });\napp.post('/r', zValidator('json', S), (c) => {\n  const { t } = c.req.valid('json');\n  exec('systemctl restart app-' + t);\n});",
      "import { $ } from 'zx';\napp.get('/d', async (req, res) => res.send((await $`bash -c ${'du -sh ' + req.query.dir}`).stdout));",
      "const { spawn } = require('child_process');\napp.get('/g', (req, res) => spawn('grep', [req.query.q, 'f.txt'], { shell: '/bin/sh' }).stdout.pipe(res));",
      "const { Client } = require('ssh2');\nfunction run(req) {\n  const conn = new Client();\n  conn.exec('deploy ' + req.query.branch, () => {});\n}",
      "const execa = require('execa');\napp.get('/c', async (req, res) => { await execa('ls', [req.query.dir], { shell: true }); });",
      "const spawn = require('cross-spawn');\napp.get('/d', (req, res) => { spawn.sync('sh', ['-c', req.query.c]); });",
      "const cp = require('child_process');\nconst sh = process.platform === 'win32' ? 'cmd.exe' : '/bin/sh';\napp.get('/d', (req, res) => { cp.spawn(sh, ['-c', 'dig ' + req.query.d]); });",
      "const cp = require('child_process');\napp.get('/p', (req, res) => { cp.execFile('cmd.exe', ['/c'].concat(['ping', req.query.h])); });",
      {
        code: "const cp = require('child_process');\nfunction run(bin, a) {\n  return cp.spawn(bin, a);\n}",
        line: 3,
        severity: "LOW",
      },
      "const cp = require('child_process');\nfunction f(script) { cp.spawn('/bin/sh', ['-c', script]); }",
      {
        // The argument list filled by index after its declaration.
        code: "const cp = require('child_process');\napp.get('/r', (req, res) => {\n  const args = [];\n  args[0] = '-c';\n  args[1] = req.query.cmd;\n  cp.execFile('/bin/bash', args);\n});",
        line: 6,
      },
      "const cp = require('child_process');\napp.get('/r', (req, res) => {\n  const argv = ['-c'];\n  argv.push(req.query.cmd);\n  cp.spawn('sh', argv);\n});",
      {
        // The shell and its flag picked per platform by assignments before the call.
        code: "const cp = require('child_process');\napp.get('/r', (req, res) => {\n  let sh, flag;\n  if (process.platform === 'win32') { sh = 'cmd.exe'; flag = '/c'; } else { sh = '/bin/sh'; flag = '-c'; }\n  cp.spawn(sh, [flag, req.query.cmd]);\n});",
        line: 5,
      },
      "const cp = require('child_process');\napp.get('/l', (req, res) => {\n  const sh = process.platform === 'win32' ? 'cmd.exe' : '/bin/sh';\n  const flag = process.platform === 'win32' ? '/c' : '-c';\n  cp.spawn(sh, [flag, 'dig ' + req.query.d]);\n});",
      "const cp = require('child_process');\napp.get('/l', (req, res) => { cp.execFile('cmd.exe', ['/d', '/s', '/c'].concat(['ping', req.query.h])); });",
      "const cp = require('child_process');\napp.get('/r', (req, res) => { cp.execFile(req.query.prog); });",
      "const cp = require('child_process');\nconst util = require('util');\nfunction f(c) { util.promisify(cp.exec)(c); }",
      "const cp = require('child_process');\nfunction f(d) { cp.execSync('rm -rf ' + d); }",
      "const { spawn } = require('child_process');\nfunction f(c) { spawn(c, { shell: true }); }",
      "const ChildProcess = require('child_process');\nfunction run(command) { return ChildProcess.exec(command); }",
      "const { exec } = require('child_process');\nconst { promisify } = require('util');\nconst run = promisify(exec);\nasync function f(d) { await run('tar czf x ' + d); }",
      "const shell = require('shelljs');\nfunction f(d) { shell.exec('ls ' + d); }",
      "const { execFile } = require('child_process');\napp.get('/p', (req, res) => { execFile('ping', ['-c', '1', req.query.h], { shell: true }); });",
      "const cp = require('child_process');\napp.get('/t', (req, res) => {\n  const opts = { shell: true, cwd: '/srv' };\n  cp.execFileSync('tar', ['czf', 'x.tgz', req.params.n], opts);\n});",
      "const { spawn } = require('child_process');\napp.post('/r', (req, res) => {\n  const cmd = 'ping -c 1 ' + req.body.host;\n  spawn('/bin/bash', ['-lc', cmd]);\n  res.end();\n});",
      "const execa = require('execa');\napp.get('/d', async (req, res) => res.send((await execa.shell('ls ' + req.query.dir)).stdout));",
    ],
  },
});
