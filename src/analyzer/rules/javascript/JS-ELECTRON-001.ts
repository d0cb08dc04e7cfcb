import { Level } from "../../dataflow/python.js";
import { ancestor, field, namedChildren, nodesOfType, sourceHas } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { JsContext } from "../../dataflow/javascript.js";
import { jsRule } from "./common.js";

/** An Electron file, or a snippet that shows only the window it creates. */
const ELECTRON_FILE = /electron|new\s+Browser(Window|View)\b/;

/** webPreferences that hand the renderer Node.js or switch a browser protection off, with the unsafe value. */
const UNSAFE: Record<string, "true" | "false"> = {
  nodeIntegration: "true",
  nodeIntegrationInWorker: "true",
  nodeIntegrationInSubFrames: "true",
  enableRemoteModule: "true",
  allowRunningInsecureContent: "true",
  experimentalFeatures: "true",
  contextIsolation: "false",
  webSecurity: "false",
  sandbox: "false",
};

/**
 * A permission handler that grants whatever is asked: its body is only `callback(true)` (request handler, the
 * callback its third parameter) or only `true` / `return true` (check handler).
 */
function grantsAll(fn: SyntaxNode | undefined, check: boolean, ctx: JsContext): boolean {
  if (!fn || !/^(arrow_function|function_expression|function)$/.test(fn.type)) return false;
  let body = field(fn, "body");
  if (body?.type === "statement_block") {
    const stmts = namedChildren(body).filter((c) => c.type !== "comment");
    if (stmts.length !== 1) return false;
    const only = stmts[0]!;
    body =
      only.type === "return_statement" || only.type === "expression_statement"
        ? namedChildren(only)[0]
        : undefined;
  }
  if (!body) return false;
  if (check) return body.type === "true";
  const params = namedChildren(field(fn, "parameters") ?? fn);
  const cb = params[2] ? ctx.text(params[2]).replace(/\s*:.*$/s, "") : undefined;
  if (!cb || body.type !== "call_expression") return false;
  const args = ctx.args(body);
  return ctx.text(field(body, "function") ?? body) === cb && args.length === 1 && args[0]!.type === "true";
}

/**
 * A path into the app's own files: a literal, `require.resolve('../index.html')`, `__dirname` and literals joined
 * (`path.join(__dirname, 'static', 'a.html')`, `__dirname + '/a.html'`, `` `${__dirname}/a.html` ``).
 */
function ownPath(ctx: JsContext, n: SyntaxNode | undefined, depth = 0): boolean {
  if (!n || depth > 4) return false;
  if (n.type === "string") return true;
  if (n.type === "identifier") return /^__(dirname|filename)$/.test(ctx.text(n));
  if (n.type === "parenthesized_expression") return ownPath(ctx, namedChildren(n)[0], depth + 1);
  if (n.type === "call_expression") {
    const callee = ctx.callee(n);
    const args = ctx.args(n);
    if (/^require\.resolve$/.test(callee)) return args[0]?.type === "string";
    return (
      /^(path\.)?(join|resolve)$|^(app\.getAppPath)$/.test(callee) &&
      args.every((a) => ownPath(ctx, a, depth + 1) || /^app\.getAppPath\(\)$/.test(ctx.text(a)))
    );
  }
  if (n.type === "binary_expression")
    return ownPath(ctx, field(n, "left"), depth + 1) && ownPath(ctx, field(n, "right"), depth + 1);
  if (n.type === "template_string")
    return namedChildren(n).every(
      (c) =>
        c.type === "string_fragment" ||
        (c.type === "template_substitution" && ownPath(ctx, namedChildren(c)[0], depth + 1)),
    );
  return false;
}

/** `file://${require.resolve('../index.html')}`, `'file://' + path.join(__dirname, 'a.html')`: a page of the app's own. */
function ownFileUrl(ctx: JsContext, url: SyntaxNode | undefined, depth = 0): boolean {
  if (!url || depth > 3) return false;
  // (through a name bound once: `const fileUrl = url.format({...}); win.loadURL(fileUrl)`)
  if (url.type === "identifier") {
    const v = ctx.resolve(url);
    return !!v && v !== url && ownFileUrl(ctx, v, depth + 1);
  }
  // `url.format({ pathname: path.join(__dirname, 'index.html'), protocol: 'file:', slashes: true })`
  if (url.type === "call_expression" && /^(url\.)?format$/.test(ctx.callee(url))) {
    const o = ctx.args(url)[0];
    return (
      o?.type === "object" &&
      ctx.stringValue(ctx.prop(o, "protocol")) === "file:" &&
      ownPath(ctx, ctx.prop(o, "pathname") ?? undefined)
    );
  }
  if (url.type === "template_string") {
    const parts = namedChildren(url);
    const head = parts[0];
    return (
      head?.type === "string_fragment" &&
      /^file:\/\/\/?$/.test(ctx.text(head)) &&
      parts.slice(1).every((c) => c.type === "template_substitution" && ownPath(ctx, namedChildren(c)[0]))
    );
  }
  if (url.type === "binary_expression") {
    const left = field(url, "left");
    return /^file:\/\/\/?$/.test(ctx.stringValue(left) ?? "") && ownPath(ctx, field(url, "right"));
  }
  return false;
}

/**
 * The window a webPreferences entry configures loads only the app's own pages: the `new BrowserWindow({...})` is
 * bound to a name, and every `name.loadURL(...)` / `name.loadFile(...)` in the function that made it (one at least)
 * names a file of the app's own. No remote content reaches that renderer (Electron's checklist keeps Node.js
 * integration from remote content), so the setting is an audit hint there.
 */
function ownPagesOnly(ctx: JsContext, pair: SyntaxNode): boolean {
  const made = ancestor(pair, ["new_expression"]);
  if (!made || !/^(electron(_\d+)?\.)?BrowserWindow$/.test(ctx.callee(made))) return false;
  const holder = made.parent;
  const bound =
    holder?.type === "variable_declarator"
      ? field(holder, "name")
      : holder?.type === "assignment_expression"
        ? field(holder, "left")
        : undefined;
  if (!bound) return false;
  const name = ctx.text(bound);
  const fn = ctx.enclosingFunction(made);
  const loads = nodesOfType(ctx.tree, "call_expression").filter((c) => {
    const f = field(c, "function");
    return (
      f?.type === "member_expression" &&
      /^(loadURL|loadFile)$/.test(ctx.text(field(f, "property") ?? f)) &&
      ctx.text(field(f, "object") ?? f) === name &&
      ctx.enclosingFunction(c) === fn
    );
  });
  return (
    loads.length > 0 &&
    loads.every((c) =>
      ctx.method(c) === "loadFile" ? ownPath(ctx, ctx.args(c)[0]) : ownFileUrl(ctx, ctx.args(c)[0]),
    )
  );
}

export default jsRule({
  meta: {
    id: "JS-ELECTRON-001",
    title:
      "Electron renderer given Node.js, isolation or web security switched off, or shell.openExternal of a non-literal URL",
    cwe: ["CWE-693", "CWE-94", "CWE-78", "CWE-749"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a preload's contextBridge.exposeInMainWorld of ipcRenderer (or its send/invoke/on unbound), Electron webPreferences that give web content Node.js (nodeIntegration*, enableRemoteModule) or switch a protection off (contextIsolation, webSecurity, sandbox set to false; allowRunningInsecureContent, experimentalFeatures set to true; enableBlinkFeatures given), assignments to a webPreferences object's properties,, and shell.openExternal of a URL that is not a literal.",
      why_bad:
        "Any script the window loads (an XSS, a compromised CDN, a page it navigates to) then runs with the app's Node.js privileges: it can read files and start processes. openExternal hands its URL to the OS, which opens file:, smb: or custom-protocol URLs with their registered programs.",
      example_bad:
        "const { BrowserWindow } = require('electron');\nconst win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });",
      example_good:
        "const { BrowserWindow } = require('electron');\nconst win = new BrowserWindow({ webPreferences: { preload: PRELOAD, contextIsolation: true, sandbox: true } });",
    },
    fix_hint:
      "Keep nodeIntegration off and contextIsolation, sandbox and webSecurity on; expose what the page needs through a preload script's contextBridge; only pass https: URLs you checked to shell.openExternal.",
  },
  trigger:
    /nodeIntegration|exposeInMainWorld|enableRemoteModule|allowRunningInsecureContent|experimentalFeatures|contextIsolation|webSecurity|sandbox\s*:\s*false|openExternal|[bB]linkFeatures|setPermission(Request|Check)Handler/,
  nodeTypes: ["pair", "call_expression", "assignment_expression"],
  detect(node, ctx, report) {
    // An Electron file, or a snippet that shows only the window it creates (`new BrowserWindow({ webPreferences })`).
    if (!sourceHas(ctx.tree, ELECTRON_FILE)) return;
    if (node.type === "call_expression" && ctx.method(node) === "loadURL") {
      // `win.loadURL(url)` of a window made with nodeIntegration: true: whatever page the URL names runs with
      // Node.js (fs, child_process) unless the code fixes the origin.
      const callee = field(node, "function");
      const recv = callee?.type === "member_expression" ? field(callee, "object") : undefined;
      const made = recv?.type === "identifier" ? ctx.resolve(recv) : undefined;
      const url = ctx.args(node)[0];
      if (
        made?.type === "new_expression" &&
        /^(electron\.)?BrowserWindow$/.test(ctx.callee(made)) &&
        /\bnodeIntegration\s*:\s*true\b/.test(ctx.text(made)) &&
        url &&
        !ctx.fixedOrigin(url) &&
        !ownFileUrl(ctx, url) &&
        ctx.level(url, "url") !== Level.CONST
      )
        report({ node, message: "a window with Node.js integration loads a URL the code does not fix" });
      return;
    }
    if (node.type === "call_expression" && /(^|\.)contextBridge\.exposeInMainWorld$/.test(ctx.callee(node))) {
      // A preload handing the page ipcRenderer itself, or its send / invoke / on unbound: the page's script (an
      // XSS in it included) talks on every channel the main process listens to, with arguments it picks.
      const api = ctx.args(node)[1];
      const exposed = (v: SyntaxNode | null | undefined) =>
        !!v &&
        /^(electron\.)?ipcRenderer(\.(send|sendSync|invoke|on|once|postMessage|sendTo))?$/.test(ctx.text(v));
      const whole =
        exposed(api) ||
        (api?.type === "object" &&
          namedChildren(api).some((p) =>
            p.type === "shorthand_property_identifier"
              ? ctx.text(p) === "ipcRenderer"
              : exposed(field(p, "value")),
          ));
      if (whole)
        report({
          node,
          message: "the preload exposes ipcRenderer to the page: every IPC channel becomes reachable",
        });
      return;
    }
    if (node.type === "call_expression" && /^setPermission(Request|Check)Handler$/.test(ctx.method(node))) {
      // `session.setPermissionRequestHandler((wc, permission, callback) => callback(true))`: every page gets the
      // camera, microphone, geolocation, notifications and the rest without asking.
      if (grantsAll(ctx.args(node)[0], ctx.method(node) === "setPermissionCheckHandler", ctx))
        report({ node, message: "every permission a page asks for is granted" });
      return;
    }
    if (node.type === "call_expression") {
      if (!/^(electron\.)?shell\.openExternal$|^electron\.openExternal$/.test(ctx.callee(node))) return;
      const url = ctx.args(node)[0];
      if (!url || ctx.fixedOrigin(url) || ctx.level(url, "url") === Level.CONST) return;
      // A scheme check before the call (`new URL(u).protocol !== 'https:'`, `u.startsWith('https://')`), or an
      // origin check against a web origin (`new URL(u).origin === 'https://help.example.com'`), which fixes the
      // scheme too.
      const fn = ctx.enclosingFunction(node);
      const before = fn ? ctx.tree.source.slice(fn.start, node.start) : "";
      if (
        /protocol\s*[!=]==?\s*['"]https?:['"]|startsWith\(\s*['"]https?:|\^https\?\?:|\^https:|\.origin\s*[!=]==?\s*['"]https?:\/\/[^'"/]+['"]/.test(
          before,
        )
      )
        return;
      report({
        node,
        message: "shell.openExternal of a URL the code does not fix: the OS opens any protocol",
      });
      return;
    }
    if (node.type === "assignment_expression") {
      // `webPreferences.nodeIntegration = true` in a `will-attach-webview` handler, `opts.webPreferences.x = ...`.
      const left = field(node, "left");
      if (left?.type !== "member_expression") return;
      const prop = ctx.text(field(left, "property") ?? left);
      if (!Object.hasOwn(UNSAFE, prop) || !/webPreferences$/.test(ctx.text(field(left, "object") ?? left)))
        return;
      if (field(node, "right")?.type !== UNSAFE[prop]) return;
      report({
        node,
        message: `webPreferences.${prop} = ${UNSAFE[prop]} exposes the app to the content it loads`,
      });
      return;
    }
    const key = ctx.text(field(node, "key") ?? node).replace(/['"]/g, "");
    // `enableBlinkFeatures: 'CSSVariables,...'`: Chromium features the web platform keeps off by default.
    if (key === "enableBlinkFeatures" || key === "blinkFeatures") {
      const v = ctx.stringValue(field(node, "value"));
      if (v && v.trim())
        report({ node, message: `webPreferences ${key} turns on experimental Chromium features` });
      return;
    }
    if (!Object.hasOwn(UNSAFE, key)) return;
    if (field(node, "value")?.type !== UNSAFE[key]) return;
    report({
      node,
      // (webSecurity: false lets even the app's own page read any origin's responses: it stays)
      ...(key !== "webSecurity" && ownPagesOnly(ctx, node)
        ? { severity: "LOW" as const, reason: "the window loads only the app's own local pages" }
        : {}),
      message: `webPreferences ${key}: ${UNSAFE[key]} exposes the app to the content it loads`,
    });
  },
  cases: {
    valid: [
      "const { session } = require('electron');\nsession.defaultSession.setPermissionRequestHandler((wc, permission, callback) => callback(permission === 'notifications'));",
      "const { session } = require('electron');\nsession.defaultSession.setPermissionCheckHandler((wc, permission) => permission === 'clipboard-read');",
      "const { contextBridge, ipcRenderer } = require('electron');\ncontextBridge.exposeInMainWorld('api', { open: () => ipcRenderer.invoke('dialog:open'), onSaved: (cb) => ipcRenderer.on('saved', () => cb()) });",
      "const { BrowserWindow } = require('electron');\nfunction open(page) {\n  const w = new BrowserWindow({ webPreferences: { contextIsolation: true } });\n  w.loadURL(page);\n}",
      "const { shell } = require('electron');\nfunction open(u) {\n  if (new URL(u).protocol !== 'https:') return;\n  shell.openExternal(u);\n}",
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: false, contextIsolation: true } });",
      "const { shell } = require('electron');\nshell.openExternal('https://example.com/help');",
      "const { app } = require('electron');\napp.on('web-contents-created', (e, c) => {\n  c.on('will-attach-webview', (ev, webPreferences) => {\n    delete webPreferences.preload;\n    webPreferences.nodeIntegration = false;\n  });\n});",
      "const vm = new VM({ sandbox: false });",
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { enableBlinkFeatures: '' } });",
      "const { ipcMain, shell } = require('electron');\nipcMain.on('open', (e, url) => { if (!/^https:\\/\\//.test(url)) return; shell.openExternal('https://docs.example.com/' + encodeURIComponent(url)); });",
      "const { shell } = require('electron');\nfunction nav(e, url) {\n  e.preventDefault();\n  if (new URL(url).origin === 'https://help.example.com') shell.openExternal(url);\n}",
    ],
    invalid: [
      "const { session } = require('electron');\nsession.defaultSession.setPermissionRequestHandler((wc, permission, callback) => callback(true));",
      "const { session } = require('electron');\nsession.defaultSession.setPermissionCheckHandler(() => {\n  return true;\n});",
      "const { contextBridge, ipcRenderer } = require('electron');\ncontextBridge.exposeInMainWorld('ipc', ipcRenderer);",
      "const { contextBridge, ipcRenderer } = require('electron');\ncontextBridge.exposeInMainWorld('api', { send: ipcRenderer.send, version: process.versions.electron });",
      {
        code: "const { BrowserWindow, ipcMain } = require('electron');\nipcMain.on('open', (event, url) => {\n  const w = new BrowserWindow({ webPreferences: { nodeIntegration: true } });\n  w.loadURL(url);\n});",
        line: 4,
      },
      {
        code: "const { BrowserWindow } = require('electron');\nconst w = new BrowserWindow({\n  webPreferences: {\n    nodeIntegration: true,\n  },\n});",
        line: 4,
      },
      "import { BrowserWindow } from 'electron';\nnew BrowserWindow({ webPreferences: { webSecurity: false } });",
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { contextIsolation: false } });",
      // (the window's Node integration is reported; loading the app's own page adds no finding of its own)
      {
        code: "const { BrowserWindow } = require('electron');\nasync function run(page) {\n  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true } });\n  await win.loadURL(`file://${require.resolve('../index.html')}`);\n  await win.loadURL(`file://${page}`);\n}",
        line: 5,
      },
      "function make() {\n  return new BrowserWindow({ webPreferences: { nodeIntegration: true } });\n}",
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { enableBlinkFeatures: 'CSSVariables' } });",
      "const { ipcMain, shell } = require('electron');\nipcMain.on('open', (event, url) => shell.openExternal(url));",
      // A host check leaves the scheme open (`file://help.example.com/x` is a UNC path on Windows).
      "const { shell } = require('electron');\nfunction nav(e, url) {\n  if (new URL(url).hostname === 'help.example.com') shell.openExternal(url);\n}",
      "const { app } = require('electron');\napp.on('web-contents-created', (e, c) => {\n  c.on('will-attach-webview', (ev, webPreferences) => {\n    webPreferences.nodeIntegration = true;\n  });\n});",
    ],
  },
});
