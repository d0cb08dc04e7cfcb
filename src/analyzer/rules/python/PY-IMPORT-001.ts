import { field, namedChildren } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";
import { enclosingHandler } from "./web.js";

/**
 * importlib.__import__ and builtins.__import__ are the same function as the bare builtin. The dotted-path loaders
 * (pydoc.locate, pkgutil.resolve_name, werkzeug's and Django's import_string) import the module a "pkg.mod.attr"
 * names and hand back its attribute.
 */
const IMPORTERS = new Set([
  "importlib.import_module",
  "__import__",
  "importlib.__import__",
  "builtins.__import__",
  "pydoc.locate",
  "pkgutil.resolve_name",
  "werkzeug.utils.import_string",
  "django.utils.module_loading.import_string",
]);

/** Process runners whose argv list may be a pip install (`[sys.executable, "-m", "pip", "install", name]`). */
const RUNNERS =
  /^(subprocess\.(run|call|check_call|check_output|Popen)|pip\.main|pip\._internal\.main|pip\._internal\.cli\.main\.main)$/;

/** The package arguments of a pip install argv list: the items after "install" that are not literals. */
function pipInstallArgs(ctx: PythonContext, node: SyntaxNode): SyntaxNode[] {
  const argv = ctx.resolve(ctx.args(node)[0]) ?? ctx.args(node)[0];
  if (argv?.type !== "list") return [];
  const items = namedChildren(argv);
  const words = items.map((i) => ctx.stringValue(i));
  const at = words.indexOf("install");
  const pip =
    words.some((w) => w !== undefined && /^pip3?$|\/pip3?$/.test(w)) || /^pip\./.test(ctx.callee(node));
  return pip && at >= 0 ? items.slice(at + 1).filter((_, i) => words[at + 1 + i] === undefined) : [];
}

/**
 * `getattr(self.request, self.request.method)`: the request's own GET / POST mapping chosen by its verb; it reads
 * a dict (or raises AttributeError) and calls nothing. (`getattr(self, request.method.lower())` dispatches to a
 * method and stays flagged.)
 */
function verbOfItself(ctx: PythonContext, call: SyntaxNode): boolean {
  const [obj, name] = ctx.args(call);
  if (!obj || name?.type !== "attribute" || ctx.text(field(name, "attribute") ?? name) !== "method")
    return false;
  const recv = field(name, "object");
  return !!recv && ctx.text(recv) === ctx.text(obj) && /(^|\.)(request|req)$/.test(ctx.text(obj));
}

/**
 * The key is tested against a literal list of names by an enclosing `if` / `elif` whose branch holds it
 * (`elif theme.upper() in ("PLAIN", "FANCY"): return globals()[theme.upper()]`).
 */
function memberOfLiterals(ctx: PythonContext, key: SyntaxNode): boolean {
  const text = ctx.text(key);
  for (let n: SyntaxNode | null = key.parent; n && n.type !== "function_definition"; n = n.parent) {
    if (n.type !== "block" || !/^(if_statement|elif_clause)$/.test(n.parent?.type ?? "")) continue;
    const cond = field(n.parent!, "condition");
    if (cond?.type !== "comparison_operator" || /\bnot\s+in\b/.test(ctx.text(cond))) continue;
    const [l, r] = namedChildren(cond);
    if (!l || !r || ctx.text(l) !== text || !/\bin\b/.test(ctx.text(cond))) continue;
    const items = /^(tuple|list|set)$/.test(r.type) ? namedChildren(r) : [];
    if (items.length && items.every((c) => c.type === "string" && ctx.stringValue(c) !== undefined))
      return true;
  }
  return false;
}

/** boto3 calls that run a function or workflow by name, and the keyword that names it. */
const CLOUD_TARGET: Record<string, string> = {
  invoke: "FunctionName",
  invoke_async: "FunctionName",
  start_execution: "stateMachineArn",
  start_sync_execution: "stateMachineArn",
};

export default pyRule({
  meta: {
    id: "PY-IMPORT-001",
    title: "Module or attribute chosen by untrusted input",
    cwe: ["CWE-94", "CWE-470", "CWE-829"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "CRITICAL",
        when: "globals() / locals() / vars() indexed by untrusted input: any function or class of the module can be called",
      },
      {
        severity: "MEDIUM",
        when: "getattr on a module or object with a name from untrusted input (unsafe reflection)",
      },
      {
        severity: "LOW",
        when: "a module name a caller passes in (a plugin loader: a hint to check where the names come from)",
      },
    ],
    docs: {
      what_it_does:
        "Flags pip installs of a package named by untrusted input, importlib spec_from_file_location / SourceFileLoader on a path from untrusted input (or, LOW, a caller's parameter), importlib.import_module / __import__ with a module name from request data, input(), argv or the network (HIGH) or from a caller's parameter (LOW), getattr(obj, name) with such a name (MEDIUM), and globals()/locals()/vars(module) indexed by untrusted input (CRITICAL).",
      why_bad:
        "The attacker picks which code runs: importing a module executes its top level, and reflection lets them call any function or method the object reaches (os.system through a module attribute).",
      example_bad:
        "import importlib\nfrom flask import request\ndef plugin():\n    mod = importlib.import_module(request.args['name'])\n    return mod.run()",
      example_good:
        "import importlib\nfrom flask import request\nPLUGINS = {'csv': 'app.plugins.csv', 'xml': 'app.plugins.xml'}\ndef plugin():\n    mod = importlib.import_module(PLUGINS[request.args['name']])\n    return mod.run()",
    },
    fix_hint:
      "Map the input to a fixed allow-list of modules or functions; never import or getattr a raw name.",
  },
  trigger:
    /import_module|__import__|locate|resolve_name|import_string|(globals|locals)\(\)\[|vars\(\w*\)\[|spec_from_file_location|SourceFileLoader|\bpip\b|FunctionName\s*=|stateMachineArn\s*=|^(?=[\s\S]*?getattr\()(?=[\s\S]*?(request\.|input\(|sys\.argv|fastapi))/,
  nodeTypes: ["call", "subscript"],
  calls: [
    "import_module",
    "__import__",
    "locate",
    "resolve_name",
    "import_string",
    "getattr",
    "spec_from_file_location",
    "SourceFileLoader",
    "run",
    "call",
    "check_call",
    "check_output",
    "Popen",
    "main",
    "invoke",
    "invoke_async",
    "start_execution",
    "start_sync_execution",
  ],
  detect(node, ctx, report) {
    if (node.type === "subscript") {
      // globals()[name] / vars(module)[name]: request data picks which function or class runs (unsafe reflection).
      const obj = field(node, "value");
      const key = field(node, "subscript");
      if (
        obj?.type === "call" &&
        /^(globals|locals|vars)$/.test(ctx.callee(obj)) &&
        key &&
        ctx.level(key, "code") === Level.SOURCE &&
        !memberOfLiterals(ctx, key)
      )
        report({
          node,
          severity: "CRITICAL",
          message: `${ctx.callee(obj)}() indexed by untrusted input picks the code that runs`,
        });
      return;
    }
    // boto3: a Lambda function or a Step Functions state machine the request names runs with this role's rights
    // (the cloud's form of picking the code by name).
    const target = CLOUD_TARGET[ctx.method(node)];
    if (target) {
      const named = ctx.kwarg(node, target);
      // (A name from the environment is the deployment's: the function's own configuration.)
      const env = /^os\.(environ|getenv)\b/.test(ctx.text(ctx.resolve(named) ?? named ?? node));
      if (named && !env && ctx.level(named, "code") === Level.SOURCE)
        report({ node, message: `${target} from untrusted input picks the cloud function that runs` });
      return;
    }
    const q = ctx.callee(node);
    // Loading a module from a file path: its top level runs on load (exec_module / load_module).
    if (/^importlib\.(util\.spec_from_file_location|machinery\.SourceFileLoader)$/.test(q)) {
      const path = ctx.args(node)[1] ?? ctx.kwarg(node, "location") ?? ctx.kwarg(node, "path");
      const level = ctx.level(path, "code");
      if (level === Level.SOURCE)
        report({ node, message: `${q} loads code from a path from untrusted input` });
      else if (level === Level.PARAM)
        report({ node, severity: "LOW", message: `${q} loads code from a path a caller chooses` });
      return;
    }
    // pip install of a package a client names: its setup code runs at install time, its modules at import.
    if (RUNNERS.test(q)) {
      const pkgs = pipInstallArgs(ctx, node);
      if (pkgs.some((p) => ctx.level(p, "code") === Level.SOURCE))
        report({ node, message: "pip installs a package named by untrusted input" });
      return;
    }
    if (IMPORTERS.has(q)) {
      const name = ctx.args(node)[0] ?? ctx.kwarg(node, "name");
      const level = ctx.level(name, "code");
      if (level === Level.SOURCE) report({ node, message: `${q} of a module name from untrusted input` });
      else if (level === Level.PARAM)
        report({ node, severity: "LOW", message: `${q} of a module name a caller chooses` });
    } else if (q === "getattr") {
      // Dispatch on a computed method name is common library code; only a name visibly taken from a request,
      // input() or argv is reflection the user controls.
      const name = ctx.args(node)[1];
      const shown = name ? ctx.text(ctx.resolve(name) ?? name) : "";
      if (
        ctx.level(name, "code") === Level.SOURCE &&
        (enclosingHandler(ctx, node) || /request\.|input\(|sys\.argv/.test(shown)) &&
        !verbOfItself(ctx, node)
      )
        report({ node, severity: "MEDIUM", message: "getattr with a name from untrusted input" });
    }
  },
  cases: {
    valid: [
      "def f():\n    return globals()['main']()",
      // A function picked from a fixed map, or named by the deployment.
      "import json, os, boto3\nlam = boto3.client('lambda')\nW = {'ocr': 'ocr-prod'}\ndef handler(event, context):\n    fn = W.get(json.loads(event['body'])['task'])\n    if fn is None:\n        return 400\n    lam.invoke(FunctionName=fn)\n    lam.invoke(FunctionName=os.environ['WORKER'], Payload=event['body'])",
      // A name tested against a literal list before it is looked up; the request's own verb mapping.
      "import sys\nRED = BLUE = 1\ndef pick(t):\n    if t.lower() == 'none':\n        return 0\n    elif t.upper() in ('RED', 'BLUE'):\n        return globals()[t.upper()]\npick(sys.argv[1])",
      "from django.http import JsonResponse\ndef v(request):\n    return JsonResponse({'p': getattr(request, request.method).get('plugin')})",
      "import importlib\ndef load():\n    return importlib.import_module('json')",
      "import importlib\nm = importlib.import_module('json')",
      "import pydoc\nfrom flask import request\nOK = {'csv': 'app.export.Csv'}\ndef f():\n    return pydoc.locate(OK[request.args['fmt']])()",
      "class H:\n    def open(self, req):\n        meth = getattr(self, req.type + '_open')\n        return meth(req)",
      "import importlib\nPL = {'a': 'x.a'}\nfrom flask import request\ndef f():\n    return importlib.import_module(PL[request.args['n']])",
      "import subprocess, sys\nfrom flask import request, abort\nOK = {'a': 'acme==1.0'}\ndef f():\n    spec = OK.get(request.form['p'])\n    if spec is None:\n        abort(400)\n    subprocess.run([sys.executable, '-m', 'pip', 'install', spec])",
      "import importlib.util, os\ndef load():\n    spec = importlib.util.spec_from_file_location('conf', os.path.join(os.path.dirname(__file__), 'conf.py'))\n    return spec",
      "OK = {'GET', 'POST'}\nclass V:\n    async def _iter(self):\n        if self.request.method not in OK:\n            raise ValueError()\n        return await getattr(self, self.request.method.lower(), None)()",
    ],
    invalid: [
      {
        code: "import json, boto3\nlam = boto3.client('lambda')\ndef handler(event, context):\n    body = json.loads(event['body'])\n    lam.invoke(FunctionName=body['fn'], Payload=b'{}')",
        line: 5,
      },
      {
        code: "import boto3\nfrom flask import request\nsfn = boto3.client('stepfunctions')\ndef f():\n    sfn.start_execution(stateMachineArn=request.json['machine'], input='{}')",
        line: 5,
      },
      {
        code: "from flask import request\ndef f():\n    return globals()[request.args['fn']]()",
        line: 3,
        severity: "CRITICAL",
      },
      {
        code: "import importlib\ndef load(name):\n    return importlib.import_module(name)",
        line: 3,
        severity: "LOW",
      },
      "import importlib\nfrom flask import request\ndef f():\n    return importlib.import_module(request.args['name'])",
      "import importlib\nfrom flask import request\ndef f():\n    return importlib.__import__(request.form.get('m'))",
      "import pydoc\nfrom flask import request\ndef f():\n    return pydoc.locate(request.args['cls'])()",
      "from django.utils.module_loading import import_string\ndef f(request):\n    return import_string(request.GET['backend'])()",
      { code: "import sys\nimport tools\nfn = getattr(tools, sys.argv[1])", severity: "MEDIUM" },
      {
        code: "from fastapi import FastAPI\nfrom .service import svc\napp = FastAPI()\n@app.post('/do/{action}')\nasync def do(action: str, payload: dict):\n    return getattr(svc, action)(**payload)",
        line: 6,
        severity: "MEDIUM",
      },
      {
        code: "import subprocess, sys\nfrom flask import request\ndef f():\n    name = request.form['package']\n    subprocess.run([sys.executable, '-m', 'pip', 'install', name], check=True)",
        line: 5,
      },
      {
        code: "import importlib.util\ndef load(path):\n    spec = importlib.util.spec_from_file_location('p', path)\n    m = importlib.util.module_from_spec(spec)\n    spec.loader.exec_module(m)",
        line: 3,
        severity: "LOW",
      },
      {
        code: "class V:\n    async def _iter(self):\n        return await getattr(self, self.request.method.lower(), None)()",
        severity: "MEDIUM",
      },
      {
        code: "import sys\nRED = 1\ndef pick(t):\n    if t.upper() in ('RED', 'BLUE'):\n        return globals()[t.lower()]\npick(sys.argv[1])\nglobals()[sys.argv[2]]",
        line: 7,
        severity: "CRITICAL",
      },
      {
        code: "from django.http import JsonResponse\ndef v(request):\n    return JsonResponse(getattr(request.user, request.method)())",
        severity: "MEDIUM",
      },
    ],
  },
});
