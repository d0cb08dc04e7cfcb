import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/**
 * A temporary raise of the effective id (`os.seteuid(0)`) bracketed by a try whose finally clause sets the
 * effective id back: the privilege lasts only for the block, whatever it raises. The raise must be the statement
 * just before the try, or inside its body.
 */
function restoredInFinally(ctx: PythonContext, call: SyntaxNode): boolean {
  const stmt = call.parent?.type === "expression_statement" ? call.parent : undefined;
  const candidates: SyntaxNode[] = [];
  for (let p = call.parent; p && p.type !== "function_definition"; p = p.parent)
    if (p.type === "try_statement") candidates.push(p);
  const siblings = stmt?.parent?.children.filter((c) => c.named) ?? [];
  const next = stmt ? siblings[siblings.indexOf(stmt) + 1] : undefined;
  if (next?.type === "try_statement") candidates.push(next);
  return candidates.some((t) =>
    t.children.some(
      (c) =>
        c.type === "finally_clause" &&
        ctx.tree.nodes.some(
          (n) =>
            n.type === "call" &&
            n.start >= c.start &&
            n.end <= c.end &&
            /^os\.(sete[ug]id|setres[ug]id|setre[ug]id)$/.test(ctx.callee(n)) &&
            ctx.text(ctx.args(n)[0] ?? n) !== "0",
        ),
    ),
  );
}

/**
 * `try: os.setuid(0)` / `except PermissionError: <fine>` / then raise: the check that a privilege drop cannot be
 * undone. The switch to root is expected to fail; when it succeeds the program stops.
 */
export function regainProbe(ctx: PythonContext, call: SyntaxNode): boolean {
  const stmt = call.parent?.type === "expression_statement" ? call.parent : undefined;
  const block = stmt?.parent;
  const tryStmt = block?.parent;
  if (block?.type !== "block" || tryStmt?.type !== "try_statement" || field(tryStmt, "body") !== block)
    return false;
  const excepts = tryStmt.children.filter((c) => c.type === "except_clause");
  if (!excepts.some((c) => /\b(PermissionError|OSError|EnvironmentError)\b/.test(ctx.text(c)))) return false;
  // What runs when the switch succeeds: the rest of the try body, its else clause, or the statement after it.
  const siblings = tryStmt.parent?.children.filter((c) => c.named) ?? [];
  const after = siblings[siblings.indexOf(tryStmt) + 1];
  const elseClause = tryStmt.children.find((c) => c.type === "else_clause");
  const stops = /^\s*(raise\b|(sys\.)?exit\(|os\._exit\(|os\.abort\()/;
  const rest = block.children.filter((c) => c.named && c.start > stmt!.end);
  return [...rest, ...(elseClause ? namedChildren(field(elseClause, "body") ?? elseClause) : []), after].some(
    (n) => !!n && stops.test(ctx.text(n)),
  );
}

/** A docker-py volumes / binds value that mounts the host's `/`: a dict keyed "/" or a "/:<target>" entry. */
function hostRootMount(ctx: PythonContext, v: SyntaxNode): boolean {
  if (v.type === "dictionary")
    return namedChildren(v).some((p) => p.type === "pair" && ctx.stringValue(field(p, "key")) === "/");
  if (v.type === "list" || v.type === "tuple")
    return namedChildren(v).some((e) => /^\/:[^:]/.test(ctx.stringValue(e) ?? ""));
  return false;
}

/**
 * A Kubernetes manifest written as a dict: `"securityContext": {"privileged": True}` (or allowPrivilegeEscalation),
 * or a pod spec with `"hostPID": True` / `"hostIPC": True` beside its containers.
 */
function manifestPrivilege(ctx: PythonContext, pair: SyntaxNode): string | undefined {
  const key = ctx.stringValue(field(pair, "key")) ?? "";
  if (field(pair, "value")?.type !== "true") return undefined;
  const dict = pair.parent;
  const outer = dict?.type === "dictionary" ? dict.parent : undefined;
  if (/^(privileged|allowPrivilegeEscalation)$/.test(key))
    return outer?.type === "pair" && ctx.stringValue(field(outer, "key")) === "securityContext"
      ? `pod security context sets ${key}: True`
      : undefined;
  if (/^host(PID|IPC)$/.test(key) && dict?.type === "dictionary")
    return namedChildren(dict).some(
      (p) => p.type === "pair" && ctx.stringValue(field(p, "key")) === "containers",
    )
      ? `pod shares the node's ${key.slice(4).toLowerCase()} namespace`
      : undefined;
  return undefined;
}

export default pyRule({
  meta: {
    id: "PY-PRIV-001",
    title: "Process keeps or gains root privileges",
    cwe: ["CWE-250", "CWE-269"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the command runs through sudo: privilege comes from the sudoers policy, not from this process",
      },
      {
        severity: "LOW",
        when: "a server binds a port below 1024 (root, or a capability, is needed) and never gives root up in this file",
      },
    ],
    docs: {
      what_it_does:
        "Flags os.setuid(0)/setgid(0)/seteuid(0) (not a seteuid(0) whose try/finally sets the id back), a drop done with os.seteuid(uid) alone (the saved uid stays root), commands run through sudo from code, and network servers that demand root (`if os.geteuid() != 0: exit`) or bind a port below 1024 (socket.bind, a socketserver / http.server / wsgiref server, or an app served in-process: Flask app.run, uvicorn.run, waitress.serve, aiohttp run_app) and never call setuid/setgid to drop it (LOW for the port), and Docker SDK containers run privileged, in the host's pid/ipc/user namespace, or with ALL / SYS_ADMIN capabilities.",
      why_bad:
        "Code running as root turns any other bug (injection, path traversal) into full system compromise.",
      example_bad: "import os\nos.setuid(0)\nrun_service()",
      example_good: "import os, pwd\nos.setuid(pwd.getpwnam('service').pw_uid)\nrun_service()",
    },
    fix_hint: "Run with the least privilege needed; drop root right after acquiring privileged resources.",
  },
  trigger:
    /setuid|setgid|seteuid|setegid|setreuid|sudo|privileged|_mode\s*=|cap_add|geteuid|getuid|\.bind\(|Server\(|make_server\(|port\s*=|docker\.sock|unconfined|run_as_user|host_pid|host_ipc|V1Capabilities|volumes|binds|hostPID|hostIPC|V1HostPathVolumeSource/,
  nodeTypes: ["call", "pair"],
  detect(node, ctx, report) {
    if (node.type === "pair") {
      const msg = manifestPrivilege(ctx, node);
      if (msg) report({ node, message: msg });
      return;
    }
    const q = ctx.callee(node);
    // `if os.geteuid() != 0: sys.exit("must run as root")` in a network server that never gives root up: every
    // connection is handled with full privileges (CWE-250).
    if (/^os\.gete?uid$/.test(q)) {
      const cmp = node.parent;
      if (
        cmp?.type === "comparison_operator" &&
        /^os\.gete?uid\(\)\s*!=\s*0$/.test(ctx.text(cmp)) &&
        sourceHas(ctx.tree, /\.(accept|serve_forever|listen)\(|\.run\(|serve\(/) &&
        !sourceHas(
          ctx.tree,
          /\bos\.(setuid|setgid|seteuid|setresuid|setgroups|initgroups)\(|drop_priv|privdrop/,
        )
      )
        report({ node: cmp, message: "the server requires root and never drops it before serving" });
      return;
    }
    // s.bind(("0.0.0.0", 80)) then an accept loop, with no setuid/setgid anywhere: the process had to start as
    // root to bind the port and serves every connection as root.
    // The same for a server class that binds in its constructor: socketserver.TCPServer(("", 80), H),
    // HTTPServer(...), and wsgiref's make_server(host, 80, app).
    const serverCtor = /(^|\.)\w*(TCP|UDP|HTTP|WSGI|XMLRPC)Server$/.test(q);
    const makeServer = /(^|\.)make_server$/.test(q);
    if (ctx.method(node) === "bind" || serverCtor || makeServer) {
      const addr = makeServer ? undefined : ctx.resolve(ctx.args(node)[0]);
      const port = makeServer
        ? ctx.constValue(ctx.args(node)[1])
        : addr?.type === "tuple"
          ? ctx.constValue(namedChildren(addr)[1])
          : undefined;
      if (
        typeof port === "number" &&
        port > 0 &&
        port < 1024 &&
        sourceHas(ctx.tree, /\.(accept|serve_forever)\(/) &&
        !sourceHas(
          ctx.tree,
          /\bos\.(setuid|setgid|seteuid|setresuid|setgroups|initgroups)\(|drop_priv|privdrop/,
        )
      )
        report({
          node,
          severity: "LOW",
          message: `binds port ${port} (root needed) and never drops root before serving`,
        });
      return;
    }
    // `app.run(host="0.0.0.0", port=80)` (Flask, Quart, SocketIO), uvicorn.run / waitress.serve /
    // aiohttp's run_app(..., port=443): the process serves the app itself on a privileged port, so it runs as root.
    // (The port keyword first: resolving the receiver of every call in the file is the costly part.)
    const portArg = ctx.kwarg(node, "port");
    const recv = portArg && field(field(node, "function") ?? node, "object");
    const made = recv && ctx.method(node) === "run" ? ctx.resolve(recv) : undefined;
    const appServer =
      portArg &&
      (/^(uvicorn\.run|waitress\.serve|aiohttp\.web\.run_app|hypercorn\.run)$/.test(q) ||
        (made?.type === "call" && /(^|\.)(Flask|Quart|SocketIO)$/.test(ctx.callee(made))));
    if (appServer) {
      const port = ctx.constValue(portArg);
      if (
        typeof port === "number" &&
        port > 0 &&
        port < 1024 &&
        !sourceHas(
          ctx.tree,
          /\bos\.(setuid|setgid|seteuid|setresuid|setgroups|initgroups)\(|drop_priv|privdrop/,
        )
      )
        report({
          node,
          severity: "LOW",
          message: `serves on port ${port} (root needed) and never drops root`,
        });
      return;
    }
    const privileged = ctx.kwarg(node, "privileged");
    if (privileged && ctx.isTrue(privileged) && /\.(run|create|create_host_config)$/.test(q)) {
      report({ node, message: "container runs privileged (root on the host)" });
      return;
    }
    // The Docker SDK's pid/ipc/userns_mode="host" share the host's namespace (the container's root sees and signals
    // host processes, or is the host's root), and cap_add ALL / SYS_ADMIN grants what privileged=True would.
    if (/\.containers\.(run|create)$|\.create_host_config$/.test(q) && sourceHas(ctx.tree, /\bdocker\b/)) {
      const hostNs = ["pid_mode", "ipc_mode", "userns_mode"].find(
        (k) => ctx.stringValue(ctx.kwarg(node, k)) === "host",
      );
      const caps = ctx.resolve(ctx.kwarg(node, "cap_add"));
      const bigCap =
        caps?.type === "list" || caps?.type === "tuple"
          ? namedChildren(caps).some((c) => /^(CAP_)?(ALL|SYS_ADMIN)$/i.test(ctx.stringValue(c) ?? ""))
          : false;
      if (hostNs || bigCap) {
        report({
          node,
          message: hostNs
            ? `container shares the host's ${hostNs.replace("_mode", "")} namespace`
            : "container granted ALL / SYS_ADMIN capabilities (as good as privileged)",
        });
        return;
      }
      // The Docker socket mounted in (the container drives the host's daemon: root on the host), or the
      // seccomp / AppArmor profile switched off.
      const mounts = ["volumes", "binds", "mounts"]
        .map((k) => ctx.resolve(ctx.kwarg(node, k)))
        .filter((v) => !!v);
      if (mounts.some((v) => /docker\.sock/.test(ctx.text(v!)))) {
        report({ node, message: "the Docker socket is mounted into the container (root on the host)" });
        return;
      }
      // The host's root file system mounted in (`{"/": {...}}`, `"/:/host"`): the container edits any host file.
      if (mounts.some((v) => hostRootMount(ctx, v!))) {
        report({ node, message: "the host's root file system is mounted into the container" });
        return;
      }
      const opts = ctx.resolve(ctx.kwarg(node, "security_opt"));
      if (opts && /\b(seccomp|apparmor)[=:]unconfined\b/.test(ctx.text(opts))) {
        report({ node, message: "container runs without its seccomp / AppArmor confinement" });
        return;
      }
    }
    // The Kubernetes client's pod specs: a privileged container, privilege escalation allowed, uid 0, the host's
    // pid / ipc namespace, or SYS_ADMIN / ALL capabilities added.
    if (/(^|\.)V1(Pod)?SecurityContext$/.test(q)) {
      const flag = ["privileged", "allow_privilege_escalation"].find(
        (k) => ctx.kwarg(node, k)?.type === "true",
      );
      const uid = ctx.constValue(ctx.kwarg(node, "run_as_user"));
      if (flag || uid === 0)
        report({
          node,
          message: flag ? `pod security context sets ${flag}=True` : "container runs as uid 0 (root)",
        });
      return;
    }
    if (/(^|\.)V1PodSpec$/.test(q)) {
      const shared = ["host_pid", "host_ipc"].find((k) => ctx.kwarg(node, k)?.type === "true");
      if (shared) report({ node, message: `pod shares the node's ${shared.slice(5)} namespace` });
      return;
    }
    // A hostPath volume of the node's root, /etc, /proc or the container runtime's socket: whoever runs in the pod
    // owns the node.
    if (/(^|\.)V1HostPathVolumeSource$/.test(q)) {
      const path = ctx.stringValue(ctx.resolve(ctx.kwarg(node, "path") ?? ctx.args(node)[0]));
      if (path !== undefined && /^\/(etc|root|proc)?\/?$|\/(docker|containerd)\.sock$/.test(path))
        report({ node, message: `pod mounts the node's ${path} (hostPath): control of the node` });
      return;
    }
    if (/(^|\.)V1Capabilities$/.test(q)) {
      const add = ctx.resolve(ctx.kwarg(node, "add"));
      if (
        (add?.type === "list" || add?.type === "tuple") &&
        namedChildren(add).some((c) => /^(CAP_)?(ALL|SYS_ADMIN)$/i.test(ctx.stringValue(c) ?? ""))
      )
        report({ node, message: "container granted ALL / SYS_ADMIN capabilities (as good as privileged)" });
      return;
    }
    // Dropping the user id first leaves the process unable to drop its group: it keeps root's group.
    if (q === "os.setuid" && ctx.text(ctx.args(node)[0] ?? node) !== "0") {
      const fn = ctx.enclosingFunction(node) ?? ctx.tree.root;
      const later = ctx.tree.nodes.find(
        (n) =>
          n.type === "call" &&
          n.order > node.order &&
          n.end <= fn.end &&
          /^os\.(setgid|setegid|setgroups|initgroups)$/.test(ctx.callee(n)),
      );
      if (later) {
        report({ node, message: "setuid() before setgid(): the group privileges are never dropped" });
        return;
      }
    }
    // `os.seteuid(uid)` as the only drop: the real and saved uids stay 0, so any code in the process (an injected
    // payload too) takes root back with os.seteuid(0). Only when nothing else in the file sets a uid: a
    // temporary drop comes with its restore.
    if (
      q === "os.seteuid" &&
      ctx.text(ctx.args(node)[0] ?? node) !== "0" &&
      !ctx.tree.nodes.some(
        (n) =>
          n !== node && n.type === "call" && /^os\.(setuid|seteuid|setreuid|setresuid)$/.test(ctx.callee(n)),
      )
    ) {
      report({
        node,
        message: "only the effective uid is dropped: the saved uid stays root and seteuid(0) regains it",
      });
      return;
    }
    if (
      /^os\.(setuid|setgid|seteuid|setegid|setreuid)$/.test(q) &&
      ctx.text(ctx.args(node)[0] ?? node) === "0"
    ) {
      if (/^os\.sete[ug]id$/.test(q) && restoredInFinally(ctx, node)) return;
      if (regainProbe(ctx, node)) return;
      report({ node, message: "switches to root" });
    } else if (/^(subprocess\.\w+|os\.system|os\.popen)$/.test(q)) {
      const a = ctx.args(node)[0];
      const head = a?.type === "binary_operator" ? a.children[0] : a;
      const v =
        ctx.stringValue(head) ??
        ctx.stringValue(a) ??
        (a?.type === "list" ? ctx.stringValue(a.children.find((c) => c.named)) : undefined);
      if (v && /^sudo\b/.test(v.trim()))
        report({ node, severity: "LOW", message: "runs a command with sudo" });
    }
  },
  cases: {
    valid: [
      "from kubernetes import client\nv = client.V1Volume(name='logs', host_path=client.V1HostPathVolumeSource(path='/var/log/app'))",
      "import docker\nc = docker.from_env().containers.run('img', volumes={'/srv/data': {'bind': '/data', 'mode': 'ro'}})",
      "POD = {'spec': {'containers': [{'name': 'a', 'securityContext': {'runAsNonRoot': True, 'privileged': False}}]}}",
      "import docker\nc = docker.from_env().containers.run('img', network_mode='host', pid_mode='container:db', cap_add=['NET_ADMIN'])",
      "import docker\nc = docker.from_env().containers.run('img', volumes={'/srv': {'bind': '/data', 'mode': 'ro'}}, security_opt=['no-new-privileges'])",
      "from kubernetes import client\nc = client.V1SecurityContext(run_as_non_root=True, run_as_user=1000, allow_privilege_escalation=False)",
      "from kubernetes import client\nc = client.V1SecurityContext(capabilities=client.V1Capabilities(drop=['ALL']))",
      "from kubernetes import client\ns = client.V1PodSpec(containers=[], host_pid=False)",
      "from flask import Flask\napp = Flask(__name__)\nif __name__ == '__main__':\n    app.run(host='0.0.0.0', port=8080)",
      "import uvicorn\nuvicorn.run('main:app', port=8000)",
      "import os, pwd, socketserver\ndef main():\n    srv = socketserver.TCPServer(('0.0.0.0', 80), Handler)\n    os.setgid(pwd.getpwnam('nobody').pw_gid)\n    os.setuid(pwd.getpwnam('nobody').pw_uid)\n    srv.serve_forever()",
      "from http.server import HTTPServer\nHTTPServer(('', 8080), Handler).serve_forever()",
      "import os, socket\ns = socket.socket()\ns.bind(('0.0.0.0', 80))\nos.setgid(65534)\nos.setuid(65534)\nwhile True:\n    c, _ = s.accept()",
      "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 8080))\nwhile True:\n    c, _ = s.accept()",
      "import os\nos.setuid(1000)",
      "import os\ndef drop(uid):\n    os.setgroups([])\n    os.setuid(uid)\n    try:\n        os.setuid(0)\n    except PermissionError:\n        return\n    raise RuntimeError('still root')",
      "import os\nos.setgid(1000)\nos.setuid(1000)",
      "import os, pwd, socket\ndef main():\n    if os.geteuid() != 0:\n        raise SystemExit('root')\n    s = socket.socket()\n    s.bind(('', 80))\n    os.setuid(pwd.getpwnam('www').pw_uid)\n    s.listen()",
      "import os\ndef mk(p):\n    os.seteuid(0)\n    try:\n        os.mkdir(p)\n    finally:\n        os.seteuid(os.getuid())",
      "import os\ndef as_user(uid, f):\n    saved = os.geteuid()\n    os.seteuid(uid)\n    try:\n        return f()\n    finally:\n        os.seteuid(saved)",
      "import os\ndef become_worker(uid, gid):\n    os.setresgid(gid, gid, gid)\n    os.setresuid(uid, uid, uid)",
    ],
    invalid: [
      {
        code: "from kubernetes import client\nv = client.V1Volume(name='h', host_path=client.V1HostPathVolumeSource(path='/'))",
        line: 2,
      },
      {
        code: "import docker\nc = docker.from_env().containers.run('img', volumes={'/': {'bind': '/host', 'mode': 'rw'}})",
        line: 2,
      },
      {
        code: "POD = {'spec': {'containers': [{'name': 'a', 'securityContext': {'privileged': True}}]}}",
        line: 1,
      },
      {
        code: "from flask import Flask\napp = Flask(__name__)\nif __name__ == '__main__':\n    app.run(host='0.0.0.0', port=80)",
        severity: "LOW",
        line: 4,
      },
      { code: "import uvicorn\nuvicorn.run('main:app', host='0.0.0.0', port=443)", severity: "LOW" },
      {
        code: "import socketserver\ndef main():\n    srv = socketserver.TCPServer(('0.0.0.0', 80), Handler)\n    srv.serve_forever()",
        severity: "LOW",
        line: 3,
      },
      {
        code: "from wsgiref.simple_server import make_server\nmake_server('', 443, app).serve_forever()",
        severity: "LOW",
      },
      {
        code: "import socket\ns = socket.socket()\ns.bind(('0.0.0.0', 80))\ns.listen(5)\nwhile True:\n    c, _ = s.accept()\n    serve(c)",
        severity: "LOW",
      },
      "import os\nos.setuid(0)",
      "import os\ndef mk(p):\n    os.seteuid(0)\n    os.mkdir(p)\n    os.seteuid(os.getuid())",
      {
        code: "import os, socket\ndef main():\n    if os.geteuid() != 0:\n        raise SystemExit('root')\n    s = socket.socket()\n    s.bind(('', 80))\n    s.listen()\n    while True:\n        handle(s.accept()[0])",
        line: 3,
      },
      "import os\ndef drop():\n    os.setuid(1000)\n    os.setgid(1000)",
      {
        code: "import os\ndef become_worker(uid, gid):\n    os.setegid(gid)\n    os.seteuid(uid)",
        line: 4,
        message: "saved uid",
      },
      "import docker\nc = docker.from_env().containers.run('img', privileged=True)",
      "import docker\nc = docker.from_env().containers.run('img', pid_mode='host')",
      "import docker\nc = docker.from_env().containers.run('img', cap_add=['SYS_ADMIN'])",
      "import docker\nSOCK = {'/var/run/docker.sock': {'bind': '/var/run/docker.sock', 'mode': 'rw'}}\nc = docker.from_env().containers.run('img', volumes=SOCK)",
      "import docker\nc = docker.from_env().containers.run('img', security_opt=['seccomp=unconfined'])",
      "import docker\napi = docker.APIClient()\nhc = api.create_host_config(privileged=True)",
      "from kubernetes import client\nc = client.V1SecurityContext(privileged=True)",
      "from kubernetes import client\nc = client.V1SecurityContext(run_as_user=0)",
      "from kubernetes import client\nc = client.V1SecurityContext(capabilities=client.V1Capabilities(add=['SYS_ADMIN']))",
      "from kubernetes import client\ns = client.V1PodSpec(containers=[], host_pid=True)",
      {
        code: "import subprocess\ndef r(n):\n    subprocess.run('sudo systemctl restart ' + n, shell=True)",
        severity: "LOW",
      },
    ],
  },
});
