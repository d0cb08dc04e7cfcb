import { Level } from "../../dataflow/python.js";
import { namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";

/** Programs whose options can run commands, write or read arbitrary files, or change where they connect. */
const OPTION_PROGRAMS =
  /^(git|hg|svn|curl|wget|ssh|scp|sftp|rsync|tar|zip|unzip|7z|7za|find|sed|sendmail|mail|ffmpeg|convert|magick|gs|psql|mysql|docker|kubectl|npm|npx|yarn|pip|gpg|openssl|grep|xargs|less|man|tcpdump|nmap|php|node|python3?|ruby|perl)$/;

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
  trigger: /spawn|execFile|execa/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
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
    if (fn && /startsWith\(\s*['"]-|\/\^-|\/\^\\-|\[0\]\s*[!=]==?\s*['"]-|charAt\(0\)/.test(ctx.text(fn)))
      return;
    if (ctx.guardedBefore(node)) return;
    for (const el of namedChildren(list)) {
      const lit = ctx.stringValue(el);
      if (lit === "--" || lit === "--end-of-options") return;
      if (lit !== undefined || el.type === "spread_element") continue;
      // `'--branch=' + b`, `https://host/${p}`: a literal start fixes what the argument is.
      const lead = ctx.leadingText(el);
      if (lead) continue;
      if (absolutePath(el, ctx)) continue;
      const level = ctx.level(el, "command");
      if (level === Level.SOURCE) {
        report({ node: el, message: `request data passed to ${base} where it may be read as an option` });
        return;
      }
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
      "const path = require('path');\nconst execa = require('execa');\napp.get('/c', async (req, res) => { await execa('convert', [path.join('/uploads', req.query.f), 'out.png']); res.end(); });",
      "const path = require('path');\nconst { execFile } = require('child_process');\napp.get('/c', (req, res) => { execFile('tar', ['-xzf', path.resolve(req.query.f)], () => res.end()); });",
      "const execa = require('execa');\nexports.blame = (file) => execa('git', ['blame', '-w', '--', file]);",
      "const { execFile } = require('child_process');\napp.post('/c', (req, res) => { execFile('git', ['clone', '--', req.body.repo]); });",
      "const { execFile } = require('child_process');\napp.post('/c', (req, res) => { execFile('git', ['checkout', '--branch=' + req.body.b]); });",
      "const { spawn } = require('child_process');\napp.get('/c', (req, res) => { spawn('ls', ['-l', req.query.dir]); });",
      "const { execFile } = require('child_process');\napp.post('/c', (req, res) => {\n  if (req.body.repo.startsWith('-')) return res.status(400).end();\n  execFile('git', ['clone', req.body.repo]);\n});",
    ],
    invalid: [
      // a relative start keeps a leading dash: path.join('-x') is '-x'
      "const path = require('path');\nconst execa = require('execa');\napp.get('/c', async (req, res) => { await execa('convert', [path.join(req.query.f), 'out.png']); res.end(); });",
      {
        code: "const execa = require('execa');\nexports.blame = (file) => execa('git', ['blame', '-w', file]);",
        severity: "LOW",
      },
      "const { execFile } = require('child_process');\napp.post('/c', (req, res) => { execFile('git', ['clone', req.body.repo, '/tmp/w']); });",
      "const cp = require('child_process');\napp.get('/f', (req, res) => { cp.spawn('curl', ['-s', req.query.url]).stdout.pipe(res); });",
    ],
  },
});

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
