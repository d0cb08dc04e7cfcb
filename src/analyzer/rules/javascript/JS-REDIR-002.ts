import { Level } from "../../dataflow/python.js";
import { field, namedChildren, unparen, sourceHas } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import { jsRule, sitePinnedTest } from "./common.js";

type Ctx = Parameters<Parameters<typeof jsRule>[0]["detect"]>[1];

/**
 * `location.href.split('#')[0] + '#' + id`, `${location.href}&page=2`: a URL led by the page's own full address.
 * Whatever follows lands after its path (location.href always holds one), so the origin stays the page's.
 * (`location.origin + x` is not such a head: `@evil.com` after it names another host.)
 */
function ownPageHead(ctx: Ctx, target: SyntaxNode): boolean {
  let t: SyntaxNode | undefined = target;
  for (let i = 0; t && i < 12; i++) {
    t = unparen(t);
    if (!t) return false;
    if (t.type === "binary_expression" && t.children.find((c) => !c.named)?.type === "+")
      t = field(t, "left");
    else if (t.type === "template_string") {
      const first = namedChildren(t)[0];
      // The substitution must come first, with no literal text before it.
      if (first?.type !== "template_substitution" || first.start !== t.start + 1) return false;
      t = namedChildren(first)[0];
    } else if (t.type === "identifier") {
      const r = ctx.resolve(t);
      if (!r || r === t) return false;
      t = r;
    } else if (t.type === "subscript_expression" && ctx.text(field(t, "index") ?? t) === "0") {
      // `location.href.split('#')[0]`: the part before the fragment.
      const o = field(t, "object");
      t =
        o?.type === "call_expression" && ctx.method(o) === "split"
          ? field(field(o, "function") ?? o, "object")
          : undefined;
    } else if (t.type === "call_expression" && /^(replace|toString)$/.test(ctx.method(t))) {
      // `location.href.replace(/#.*$/, '')`: the fragment cut off.
      t = field(field(t, "function") ?? t, "object");
    } else return /^((window|document|self|top)\.)?location\.href$|^document\.URL$/.test(ctx.text(t));
  }
  return false;
}

export default jsRule({
  meta: {
    id: "JS-REDIR-002",
    title: "Browser navigation to a URL from the page's input",
    cwe: ["CWE-601", "CWE-79"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags `location = x`, `location.href = x`, `location.assign/replace(x)`, `window.open(x)` and a Next.js router's push/replace(x) where x comes from the URL, the referrer, cookies or a message.",
      why_bad:
        "The page sends its users wherever the link says (phishing), and a `javascript:` URL runs script in the page's origin.",
      example_bad:
        "const next = new URLSearchParams(location.search).get('next');\nwindow.location.href = next;",
      example_good:
        "const next = new URLSearchParams(location.search).get('next') || '/';\nif (next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\\\')) window.location.href = next;",
    },
    fix_hint:
      "Only navigate to same-origin paths (one '/' followed by neither '/' nor '\\') or to an allow-listed host.",
  },
  trigger: /location|window\.open|next\/router|next\/navigation/,
  nodeTypes: ["assignment_expression", "call_expression"],
  detect(node, ctx, report) {
    let target;
    if (node.type === "assignment_expression") {
      const left = field(node, "left");
      // `(window as any).location = x`: a type assertion on the object changes nothing at run time.
      const target0 = left ? ctx.text(left).replace(/^\(\s*([\w$]+)\s+as\s+[\w$.]+\s*\)/, "$1") : "";
      if (!left || !/^((window|document|self|top)\.)?location(\.href)?$/.test(target0)) return;
      target = field(node, "right");
    } else {
      const q = ctx.callee(node);
      // Next.js's router (`next/router`, `next/navigation`) leaves the app for an absolute URL given to
      // push/replace; other routers resolve their argument as an in-app path.
      const nextRouter =
        /^(router|Router|this\.router|props\.router)\.(push|replace)$/.test(q) &&
        sourceHas(
          ctx.tree,
          /from\s+['"]next\/(router|navigation)['"]|require\(\s*['"]next\/(router|navigation)['"]\s*\)/,
        );
      if (
        !/^((window|document|self|top)\.)?location\.(assign|replace)$|^window\.open$/.test(q) &&
        !nextRouter
      )
        return;
      target = ctx.args(node)[0];
    }
    if (!target) return;
    const fn = ctx.enclosingFunction(node);
    // Only a check written before the navigation (or in it) guards it: one further down covers a later navigation.
    const body = ctx.tree.source.slice(fn ? fn.start : 0, node.end);
    // A same-origin path check: `startsWith('/app/')` fixes more than the slash; a bare `startsWith('/')` also
    // admits `//evil.com` and `/\evil.com` (browsers read a backslash as a slash), so it guards only where the code
    // also deals with backslashes (`!n.startsWith('/\\')`, `/^\/(?![\/\\])/`).
    const pathChecked =
      /startsWith\(\s*['"]\/[^'"/\\]/.test(body) ||
      (/startsWith\(\s*['"]\/['"]/.test(body) && /\\\\/.test(body)) ||
      sitePinnedTest(body, target.type === "identifier" ? ctx.text(target) : undefined);
    // An origin check (`if (event.origin !== 'https://portal.example.com') return;`: a message listener that takes
    // orders from one sender only; `if (u.origin !== location.origin) { ...; return; }`).
    if (
      pathChecked ||
      /new URL\([^)]*\)\.(origin|host)|\.origin\s*===|\.origin\s*!==?[^)]*\)\s*(\{[^{}]*\b)?(return|throw)\b|allow/i.test(
        body,
      )
    ) {
      // `u.pathname + u.search` of a same-origin URL: `/.//evil.com` keeps the origin, and its pathname
      // `//evil.com` navigates off-site on its own.
      // (Either branch of a `?:`: `u.origin === location.origin ? u.pathname + u.search : '/'`.)
      const pathLed = (t: SyntaxNode | null | undefined, depth = 0): boolean => {
        t = unparen(t);
        if (!t || depth > 4) return false;
        if (t.type === "ternary_expression")
          return pathLed(field(t, "consequence"), depth + 1) || pathLed(field(t, "alternative"), depth + 1);
        return /^\(?\s*[\w$.]+\.pathname\b/.test(ctx.text(t));
      };
      if (!pathLed(target) || ctx.level(target, "redirect") !== Level.SOURCE) return;
    }
    if (ctx.fixedOrigin(target)) return;
    if (ownPageHead(ctx, target)) return;
    if (ctx.level(target, "redirect") === Level.SOURCE)
      report({ node, message: "navigates to a URL taken from the page's input" });
  },
  cases: {
    valid: [
      "function go() {\n  const u = new URL(new URLSearchParams(location.search).get('n'), location.origin);\n  location.href = u.origin === location.origin ? u.href : '/';\n}",
      "window.location.href = '/home';",
      "const n = new URLSearchParams(location.search).get('n');\nif (n.startsWith('/') && !n.startsWith('//') && !n.startsWith('/\\\\')) location.href = n;",
      "const n = new URLSearchParams(location.search).get('n');\nif (n.startsWith('/app/')) location.href = n;",
      "function go() {\n  const u = new URL(new URLSearchParams(location.search).get('n'), location.origin);\n  if (u.origin !== location.origin) {\n    location.assign('/');\n    return;\n  }\n  location.assign(u.href);\n}",
      "import { useRouter } from 'vue-router';\nconst router = useRouter();\nrouter.push(useRoute().query.next);",
      "window.addEventListener('message', (e) => {\n  if (e.origin !== 'https://portal.example.com') return;\n  window.location.href = e.data.url;\n});",
      "const n = new URLSearchParams(location.search).get('n');\nif (/^https:\\/\\/(www\\.)?example\\.com\\//.test(n)) location.href = n;",
      "const n = new URLSearchParams(location.search).get('n');\nif (/^\\/(?![\\/\\\\])/.test(n)) location.assign(n);",
      "import { useRouter } from 'next/router';\nexport function Go() {\n  const router = useRouter();\n  return () => router.push('/orders/' + router.query.id);\n}",
    ],
    invalid: [
      "function go() {\n  const u = new URL(new URLSearchParams(location.search).get('n'), location.origin);\n  location.href = u.origin === location.origin ? u.pathname + u.search : '/';\n}",
      {
        code: "const d = new URLSearchParams(window.location.search).get('r');\nwindow.location = d;",
        line: 2,
      },
      "location.assign(document.referrer);",
      "(window as any).location = new URLSearchParams(location.search).get('url');",
      "window.addEventListener('message', (e) => {\n  window.location.href = e.data.url;\n});",
      "window.addEventListener('message', (e) => {\n  if (e.origin !== location.origin) window.location.href = e.data.url;\n});",
      {
        code: "function go() {\n  const n = new URLSearchParams(location.search).get('n') ?? '/';\n  if (document.body.dataset.old) {\n    location.href = n;\n    return;\n  }\n  const u = new URL(n, location.origin);\n  if (u.origin === location.origin) location.href = u.href;\n}",
        line: 4,
      },
      "import { useRouter } from 'next/router';\nexport function Login() {\n  const router = useRouter();\n  return () => router.push(router.query.returnUrl);\n}",
      "const n = new URLSearchParams(location.search).get('n');\nif (n.startsWith('/')) location.href = n;",
      "const n = new URLSearchParams(location.search).get('n');\nif (/example\\.com/.test(n)) location.href = n;",
      "const n = new URLSearchParams(location.search).get('n');\nif (/^https:\\/\\/example\\.com/.test(n)) location.href = n;",
      "const n = new URLSearchParams(location.search).get('n');\nif (/^https:\\/\\/.*\\.example\\.com\\//.test(n)) location.href = n;",
      "const n = new URLSearchParams(location.search).get('n');\nif (n.startsWith('/') && !n.startsWith('//')) location.href = n;",
      "function go() {\n  const u = new URL(new URLSearchParams(location.search).get('n'), location.origin);\n  if (u.origin !== location.origin) return;\n  location.assign(u.pathname + u.search);\n}",
    ],
  },
});
