import { Level } from "../../dataflow/python.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { boundTemplate, filledValues, isBuiltString, pyRule } from "./common.js";

/**
 * A helper called by bare name with the element first, `xpath(element, ".//w:num")`: its query is the second
 * argument, as in elementpath's select(root, path). lxml's and ElementTree's own query calls are methods.
 */
function helperQuery(ctx: PythonContext, call: SyntaxNode): SyntaxNode | undefined {
  const fn = field(call, "function");
  if (fn?.type !== "identifier") return undefined;
  const [first, second] = ctx.args(call);
  if (!first || !second || first.type === "keyword_argument" || second.type === "keyword_argument")
    return undefined;
  const stringy = (n: SyntaxNode) => {
    const r = ctx.resolve(n) ?? n;
    return r.type === "string" || r.type === "concatenated_string" || isBuiltString(ctx, n);
  };
  return !stringy(first) && stringy(second) ? second : undefined;
}

/**
 * Each value filled into the query is read from an XML element (`ref.get("id")`, `el.attrib["id"]`, `el.text`):
 * an id/idref cross-reference resolved inside the documents the code was handed, no outside text.
 */
function elementValues(ctx: PythonContext, q: SyntaxNode): boolean {
  const values: SyntaxNode[] = [];
  filledValues(ctx, q, 0, values);
  const fn = ctx.enclosingFunction(q);
  const params = fn ? ctx.paramNames(fn) : [];
  const handed = (o: SyntaxNode | undefined) =>
    !o || (o.type === "identifier" && params.includes(ctx.text(o)));
  const read = (v: SyntaxNode, depth: number): boolean => {
    if (v.type === "identifier" && depth < 2) {
      const held = ctx.reachingValues(v);
      return !!held?.length && held.every((h) => h !== v && read(h, depth + 1));
    }
    if (v.type === "call") {
      const fn = field(v, "function");
      return (
        fn?.type === "attribute" &&
        ctx.text(field(fn, "attribute") ?? fn) === "get" &&
        ctx.args(v).length >= 1 &&
        ctx.args(v).length <= 2 &&
        ctx.level(ctx.args(v)[0], "xpath") === Level.CONST &&
        // dict.get on a request's mapping or on a mapping the function is handed is no element read.
        ctx.level(field(fn, "object"), "xpath") < Level.SOURCE &&
        !handed(field(fn, "object"))
      );
    }
    if (v.type === "subscript") {
      const obj = field(v, "value");
      return obj?.type === "attribute" && ctx.text(field(obj, "attribute") ?? obj) === "attrib";
    }
    return false;
  };
  return values.length > 0 && values.every((v) => read(v, 0));
}

/**
 * The literal text of a query built in place: its string parts (and those of names bound to strings), not the
 * Python around them - `code[:4].lower() + code[-3:]` slices a value; its brackets are no XPath predicate.
 */
function queryLiterals(ctx: PythonContext, q: SyntaxNode): string {
  const parts: string[] = [];
  for (const d of [q, ...descendants(q)]) {
    if (d.type === "string_content") parts.push(ctx.text(d));
    else if (d.type === "identifier" && d.parent?.type !== "attribute" && d.parent?.type !== "call") {
      const v = ctx.stringValue(ctx.resolve(d));
      if (v !== undefined) parts.push(v);
    } else if (d.type === "identifier" && templateReceiver(ctx, d)) {
      // `EXPR.substitute(who=v)` / `QUERY.format(v)` with a module-level template: the template's text.
      const t = ctx.resolve(d);
      const lit = t?.type === "call" && /^(string\.)?Template$/.test(ctx.callee(t)) ? ctx.args(t)[0] : t;
      const v = ctx.stringValue(ctx.resolve(lit) ?? lit);
      if (v !== undefined) parts.push(v);
    }
  }
  return parts.join(" ");
}

/** The receiver of a template-filling method: the `T` of `T.substitute(...)` / `T.format(...)`. */
function templateReceiver(ctx: PythonContext, d: SyntaxNode): boolean {
  const a = d.parent;
  return (
    a?.type === "attribute" &&
    field(a, "object") === d &&
    /^(substitute|safe_substitute|format|format_map)$/.test(ctx.text(field(a, "attribute") ?? a)) &&
    a.parent?.type === "call"
  );
}

/**
 * The text a query template itself writes: its string parts outside interpolations, call arguments and the
 * values a `%` formats in (`"%s/%s" % (ns.tag("a"), ns.tag("b"))` is "%s/%s").
 */
function templateText(ctx: PythonContext, q: SyntaxNode): string {
  const parts: string[] = [];
  const walk = (n: SyntaxNode) => {
    if (n.type === "interpolation" || n.type === "argument_list") return;
    if (n.type === "string_content") parts.push(ctx.text(n));
    const pct =
      n.type === "binary_operator" && n.children.some((c) => !c.named && c.type === "%")
        ? field(n, "right")
        : undefined;
    for (const c of n.children) if (c !== pct) walk(c);
  };
  walk(q);
  return parts.join("");
}

export default pyRule({
  meta: {
    id: "PY-XPATH-001",
    title: "XPath query built from untrusted input",
    cwe: ["CWE-643"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags lxml/ElementTree xpath(), find(), findall() and XPath() queries built by formatting with caller-controlled values.",
      why_bad:
        "Quotes in the value change the query: ' or '1'='1 selects every node, bypassing lookups such as credential checks.",
      example_bad: "def find_user(root, name):\n    return root.xpath(f\"//user[name='{name}']\")",
      example_good: "def find_user(root, name):\n    return root.xpath('//user[name=$name]', name=name)",
    },
    fix_hint: "Use XPath variables (root.xpath('//u[name=$n]', n=value)) instead of string formatting.",
  },
  trigger: /xpath|XPath|etree|ElementTree|lxml|minidom|evaluate|elementpath|XSLT/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    // elementpath takes the document first: select(root, path), iter_select(root, path); Selector(path).
    const ep = /^elementpath\.(select|iter_select|Selector)$/.exec(ctx.callee(node));
    // `ev = etree.XPathEvaluator(doc)` then `ev(query)`: the evaluator is called with the expression.
    const fn = node.children.find((c) => c.field === "function");
    const made = fn?.type === "identifier" ? ctx.resolve(fn) : undefined;
    const evaluator = made?.type === "call" && /XPath(Document|Element)?Evaluator$/.test(ctx.callee(made));
    // `transform = etree.XSLT(sheet)` then `transform(doc, title="'%s'" % t)`: lxml evaluates each stylesheet
    // parameter as an XPath expression; only XSLT.strparam(...) passes text as a string.
    if (made?.type === "call" && /(^|\.)XSLT$/.test(ctx.callee(made))) {
      for (const a of namedChildren(field(node, "arguments") ?? node)) {
        const v = a.type === "keyword_argument" ? field(a, "value") : undefined;
        if (!v || (v.type === "call" && /(^|\.)strparam$/.test(ctx.callee(v)))) continue;
        if (ctx.level(v, "xpath") === Level.SOURCE) {
          report({ node, message: "XSLT parameter (an XPath expression) built from request data" });
          return;
        }
      }
      return;
    }
    if (
      !ep &&
      !evaluator &&
      !/^(xpath|XPath|ETXPath|xpathEval|find|findall|findtext|iterfind|evaluate)$/.test(m)
    )
      return;
    // `re.findall(pattern % name, text)`, `pat.findall(text)` with `pat = re.compile(...)`: regular expressions.
    if (/^(re|regex)\.\w+$/.test(ctx.callee(node))) return;
    const recv =
      fn?.type === "attribute" ? ctx.resolve(fn.children.find((c) => c.field === "object")) : undefined;
    if (recv?.type === "call" && /^(re|regex)\.compile$/.test(ctx.callee(recv))) return;
    const query =
      helperQuery(ctx, node) ?? ctx.args(node)[ep && ep[1] !== "Selector" ? 1 : 0] ?? ctx.kwarg(node, "path");
    if (!query) return;
    if (!isBuiltString(ctx, query)) {
      // The whole expression taken from the request (`etree.XPath(request.args["q"])`): the caller writes the
      // query. Only the XPath-specific names: str.find/findall share the other names.
      if (
        (evaluator || /^(xpath|XPath|ETXPath|xpathEval)$/.test(m)) &&
        ctx.level(query, "xpath") === Level.SOURCE
      )
        report({ node, message: "XPath expression comes from the request" });
      return;
    }
    const resolved = ctx.resolve(query) ?? query;
    // A query built by a helper in the file: its returned text is the query's shape.
    const local = resolved.type === "call" ? ctx.localCallee(resolved) : undefined;
    // A template bound by functools.partial(TEMPLATE.format): its text is the query's shape.
    const bound = resolved.type === "call" ? boundTemplate(ctx, resolved) : undefined;
    const text = bound
      ? ctx.text(ctx.resolve(bound) ?? bound)
      : local
        ? ctx
            .returnValues(local)
            .map((v) => ctx.text(v))
            .join(" ")
        : queryLiterals(ctx, resolved);
    if (!/\/|\[|@/.test(text)) return;
    // ElementTree's find/findall/findtext/iterfind with a path of steps only (`"%s/%s" % (tag(a), tag(b))`): the
    // values sit where tag names go, with no predicate or quoted literal of the template's for them to break out
    // of; naming the element to look up is what those calls take.
    if (
      /^(find|findall|findtext|iterfind)$/.test(m) &&
      /^[\s./*]*$/.test(templateText(ctx, resolved).replace(/%[sr]|\{[^{}]*\}/g, ""))
    )
      return;
    const level = ctx.level(query, "xpath");
    // The message says where the value comes from: untrusted input, or a caller of a library function.
    if (level === Level.SOURCE)
      report({
        node,
        message: "XPath query contains unescaped untrusted input (request, file or network data)",
      });
    else if (level === Level.PARAM && !elementValues(ctx, resolved))
      report({ node, message: "XPath query contains a caller's parameter unescaped" });
  },
  cases: {
    valid: [
      // Brackets of Python slicing in a key built for the class's own find(): no XPath text in the query.
      "class Db:\n    def find(self, key):\n        return self._map.get(key)\n    def lookup(self, ident):\n        ident = ident[:4].lower() + ident[-3:]\n        return self.find(ident)",
      "def f(root, n):\n    return root.xpath('//u[name=$n]', n=n)",
      "def f(s, x):\n    return s.find(x + 'a')",
      "from flask import request\ndef f(s):\n    return s.find(request.args['q'])",
      "def f(root, q):\n    return root.xpath(q)",
      "import re\nfrom lxml import etree\ndef f(qs, k):\n    return re.findall(r'(?:\\A|[?&])%s=([^&]+)' % k, qs)",
      "import re\nfrom lxml import etree\ndef f(qs, k):\n    pat = re.compile(r'[?&]' + k + '=')\n    return pat.findall(qs)",
      "import functools\nfrom flask import request\ndef f(root):\n    find = functools.partial(root.xpath, '//u[name=$n]')\n    return find(n=request.args['n'])",
      // A stylesheet parameter passed as a string.
      "from flask import request\nfrom lxml import etree\nT = etree.XSLT(etree.parse('r.xsl'))\ndef f(doc):\n    return T(doc, title=etree.XSLT.strparam(request.args['t']))",
      // ElementTree paths of steps only, the tags from the loader's namespace helper.
      "import xml.etree.ElementTree as ET\ndef load(ns, node):\n    a = node.find('%s/%s' % (ns.tag('optics'), ns.tag('lens')))\n    b = node.findall(f'.//{ns.tag(\"extra\")}//{ns.tag(\"bump\")}')\n    return a, b",
    ],
    invalid: [
      // A library function's parameter: the message names the caller, not a request.
      {
        code: "def by_alias(root, alias):\n    return root.xpath('.//w:alias[@w:val=\"%s\"]' % alias)",
        line: 2,
        message: /caller's parameter/,
      },
      "from string import Template\nfrom flask import request\nfrom lxml import etree\nEXPR = Template(\"//book[author='$who']/title\")\ndef f():\n    return etree.parse('b.xml').xpath(EXPR.substitute(who=request.args['a']))",
      "from flask import request\nfrom lxml import etree\nQ = \"//user[name='{}']\"\ndef f(root):\n    return root.xpath(Q.format(request.args['a']))",
      // A predicate held by a name, and an f-string's own brackets.
      'def f(root, name):\n    base = "//user[@name=\'"\n    return root.xpath(base + name + "\']")',
      "from lxml import etree\ndef f(root, name):\n    return root.xpath(f\"//user[@name='{name}']\")",
      {
        code: "from flask import request\nfrom lxml import etree\nT = etree.XSLT(etree.parse('r.xsl'))\ndef f(doc):\n    return T(doc, title=\"'%s'\" % request.args['t'])",
        line: 5,
      },
      // A template bound by functools.partial(TEMPLATE.format), then filled with the request value.
      "import functools\nfrom flask import request\ndef f(root):\n    q = functools.partial(\"//u[name='{}']\".format)\n    return root.xpath(q(request.args['n']))",
      "from flask import request\nfrom lxml import etree\ndef f():\n    return etree.XPath(request.args.get('q', ''))",
      "import libxml2\nfrom flask import request\ndef f(doc):\n    return doc.xpathEval(request.args['q'])",
      'from lxml import etree\ndef f(doc, n):\n    ev = etree.XPathEvaluator(doc)\n    return ev("//u[@n=\'" + n + "\']")',
      'def f(root, n):\n    q = lambda u: "//user[@name=\'" + u + "\']"\n    return root.xpath(q(n))',
      'class Q:\n    def build(self, n):\n        return "//user[@name=\'" + n + "\']"\ndef f(root, n):\n    return root.xpath(Q().build(n))',
      "def f(root, n):\n    q = \"//u[name='%s']\" % n\n    return root.xpath(q)",
      "import elementpath\ndef f(root, n):\n    return elementpath.select(root, '//u[name=\"' + n + '\"]')",
      // A predicate in an ElementTree path, and a steps-only path in lxml's full XPath, stay reported.
      "import xml.etree.ElementTree as ET\ndef f(root, n):\n    return root.find(\".//user[@name='%s']\" % n)",
      "from lxml import etree\ndef f(root, n):\n    return root.xpath('//%s/%s' % (n, n))",
    ],
  },
});
