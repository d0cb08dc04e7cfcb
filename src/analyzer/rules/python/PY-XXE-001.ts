import { Level } from "../../dataflow/python.js";
import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, unparen } from "../../parse/nodes.js";
import { dictOptions, pyRule } from "./common.js";

/**
 * The documents an unsafe parser object reads: `etree.fromstring(doc, parser)` / `parser=parser` for an lxml
 * parser, `p.parse(doc)` / `p.feed(doc)` for a SAX reader. Undefined when the parser is not bound to a name
 * or some use cannot be told (passed elsewhere), so the configuration alone is reported.
 */
function parsedDocuments(
  ctx: PythonContext,
  created: SyntaxNode,
  receiver: boolean,
): SyntaxNode[] | undefined {
  let name: string | undefined;
  if (receiver) {
    const obj = field(field(created, "function") ?? created, "object");
    if (obj?.type === "identifier") name = ctx.text(obj);
  } else if (created.parent?.type === "argument_list" || created.parent?.type === "keyword_argument") {
    // `etree.fromstring(doc, etree.XMLParser(...))`: a parser made in place for this one parse reads only doc.
    const list = created.parent.type === "keyword_argument" ? created.parent.parent : created.parent;
    const call = list?.type === "argument_list" ? list.parent : undefined;
    const first = call?.type === "call" ? ctx.args(call)[0] : undefined;
    return first && first !== created ? [first] : undefined;
  } else if (created.parent?.type === "assignment") {
    const left = field(created.parent, "left");
    if (left?.type === "identifier") name = ctx.text(left);
  }
  if (!name) return undefined;
  const scope = ctx.enclosingFunction(created) ?? ctx.tree.root;
  const docs: SyntaxNode[] = [];
  for (const n of ctx.tree.nodes) {
    if (n.start < scope.start || n.end > scope.end || n.type !== "identifier" || ctx.text(n) !== name)
      continue;
    if (n.order <= created.order) continue;
    const p = n.parent;
    if (receiver && p?.type === "attribute" && field(p, "object") === n) {
      const call = p.parent?.type === "call" ? p.parent : undefined;
      const m = ctx.text(field(p, "attribute") ?? p);
      if (call && (m === "parse" || m === "feed")) docs.push(ctx.args(call)[0] ?? call);
      else if (!/^(setFeature|setContentHandler|setErrorHandler|setEntityResolver|close)$/.test(m))
        return undefined;
      continue;
    }
    // Passed to a parse function (`etree.fromstring(doc, parser)`, `pulldom.parseString(doc, parser)`).
    const list = p?.type === "keyword_argument" ? p.parent : p;
    const call = list?.type === "argument_list" ? list.parent : undefined;
    if (call?.type !== "call") return undefined;
    const first = ctx.args(call)[0];
    if (!first || first === n) return undefined;
    docs.push(first);
  }
  return docs.length ? docs : undefined;
}

/** Whether every document an unsafe parser reads is built from literals (the program's own XML). */
function onlyOwnDocuments(ctx: PythonContext, created: SyntaxNode, receiver: boolean): boolean {
  const docs = parsedDocuments(ctx, created, receiver);
  return !!docs && docs.every((d) => ctx.level(d, "literal") === Level.CONST);
}

/**
 * The constant value of a parser option: a keyword (`resolve_entities=FLAG`, through a name bound to a
 * constant) or an entry of a `**opts` dict literal; undefined when not given or not knowable.
 */
function option(ctx: PythonContext, call: SyntaxNode, name: string): unknown {
  const kw = ctx.kwarg(call, name);
  if (kw) {
    const v = ctx.constValue(kw);
    if (v !== undefined) return v;
    // A helper's parameter (`def make(resolve=False): return XMLParser(resolve_entities=resolve)`, or `not
    // strict`): the one constant every call in the file makes of it, with its arguments or defaults.
    const passed = ctx.constantPerCall(kw);
    return passed?.every((p) => p === passed[0]) ? passed[0] : undefined;
  }
  // `**opts`: the dict's entry after the update()s and item writes made to it before the call.
  const splat = field(call, "arguments")?.children.find((c) => c.type === "dictionary_splat");
  const entries = splat
    ? dictOptions(
        ctx,
        splat.children.find((c) => c.named),
        call,
      )
    : undefined;
  const v = entries?.get(name);
  return v ? ctx.constValue(v) : undefined;
}

/** An lxml parser argument created with entity resolution off: the parse is safe whatever the data. */
function safeParserArg(ctx: PythonContext, call: SyntaxNode): boolean {
  // heldValue: a parser kept in the class body (`parser = etree.XMLParser(...)`) and passed as `self.parser`.
  let arg = ctx.heldValue(ctx.args(call)[1] ?? ctx.kwarg(call, "parser"));
  arg = unparen(arg);
  // `XMLParser(...) if strict else XMLParser(...)`: safe only when every choice is.
  if (arg?.type === "conditional_expression") {
    const sides = namedChildren(arg);
    return (
      sides.length === 3 &&
      [sides[0]!, sides[2]!].every((side) => {
        const p = ctx.resolve(side);
        return (
          p?.type === "call" &&
          /XMLParser$|objectify\.makeparser$/.test(ctx.callee(p)) &&
          option(ctx, p, "resolve_entities") === false
        );
      })
    );
  }
  if (arg?.type !== "call") return false;
  if (/XMLParser$|objectify\.makeparser$/.test(ctx.callee(arg)))
    return option(ctx, arg, "resolve_entities") === false;
  // A local helper that builds the parser (`def parser(): return etree.XMLParser(resolve_entities=False)`).
  const fn = ctx.localCallee(arg);
  const made = fn ? ctx.returnValues(fn).map((r) => ctx.resolve(r)) : [];
  return (
    made.length > 0 &&
    made.every(
      (r) =>
        r?.type === "call" &&
        /XMLParser$|objectify\.makeparser$/.test(ctx.callee(r)) &&
        option(ctx, r, "resolve_entities") === false,
    )
  );
}

/**
 * Parse functions that resolve entities with their default parser: lxml before 5.0 (resolve_entities=True
 * reads local files). The standard library's expat-based parsers (ElementTree, minidom, pulldom, sax) neither
 * fetch external entities nor DTDs by default (sax since 3.7.1), so untrusted data alone is no XXE there.
 */
const DEFAULT_RESOLVING_PARSERS = /^lxml\.(etree|objectify)\.(parse|fromstring|XML|iterparse)$/;
/** The standard library's expat-based parse functions: a LOW hint (defusedxml also stops expansion bombs). */
const STDLIB_PARSERS =
  /^(xml\.etree\.(c)?ElementTree\.(parse|fromstring|XML|iterparse|XMLParser)|xml\.dom\.(minidom|pulldom)\.(parse|parseString)|xml\.sax\.(parse|parseString|make_parser)|xml\.dom\.expatbuilder\.\w+)$/;

/** SAX's external-entity features: xml.sax.handler's names, or the feature URIs they stand for. */
const EXTERNAL_FEATURE = /feature_external_(ges|pes)|sax\/features\/external-(general|parameter)-entities/;

export default pyRule({
  meta: {
    id: "PY-XXE-001",
    title: "XML parsed with external entities or DTDs enabled",
    cwe: ["CWE-611", "CWE-776", "CWE-827"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "lxml's parse/fromstring with its default parser (entities resolved before lxml 5.0) reads untrusted XML",
      },
      {
        severity: "LOW",
        when: "lxml's default parser reads XML a caller passes in, or a standard-library parser or XML-RPC endpoint reads any outside XML (expat resolves no external entities by default: a defusedxml hint)",
      },
    ],
    docs: {
      what_it_does:
        "Flags lxml parsers created with resolve_entities=True, load_dtd=True or no_network=False, sax parsers with external general entities on, and lxml parsing of untrusted XML (request data, input) with its default parser; the standard library's parsers resolve no external entities by default, so outside XML reaching them is a LOW defusedxml hint. Also XInclude processing of request documents and zeep Settings with forbid_external/forbid_entities/forbid_dtd off",
      why_bad:
        "External entities read local files or make requests from the server (XXE); nested entity expansion ('billion laughs') exhausts memory.",
      example_bad:
        "from lxml import etree\ndef load(data):\n    parser = etree.XMLParser(resolve_entities=True)\n    return etree.fromstring(data, parser)",
      example_good: "import defusedxml.ElementTree as ET\ndef load(data):\n    return ET.fromstring(data)",
    },
    fix_hint:
      "Parse untrusted XML with defusedxml, or an lxml XMLParser(resolve_entities=False, no_network=True, load_dtd=False).",
  },
  trigger: /xml|XML|etree|setFeature|forbid_/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    // XInclude: <xi:include href="/etc/passwd" parse="text"/> in a request document pulls a local file (or URL)
    // into it: tree.xinclude(), etree.XInclude()(tree), xml.etree.ElementInclude.include(root).
    const fn = field(node, "function");
    const xinclude =
      ctx.method(node) === "xinclude" && fn?.type === "attribute"
        ? field(fn, "object")
        : /(^|\.)ElementInclude\.include$/.test(q) ||
            (fn?.type === "call" && /(^|\.)etree\.XInclude$/.test(ctx.callee(fn)))
          ? ctx.args(node)[0]
          : undefined;
    if (/^zeep\.(Settings|settings\.Settings)$/.test(q)) {
      // zeep forbids DTDs, entities and external references by default; each switch turned off reopens one.
      const off = ["forbid_external", "forbid_entities", "forbid_dtd"].filter(
        (k) => option(ctx, node, k) === false,
      );
      if (off.length)
        report({
          node,
          message: `zeep Settings(${off.map((k) => `${k}=False`).join(", ")}) lets SOAP responses expand entities`,
        });
      return;
    }
    // xmltodict refuses entity declarations unless disable_entities=False: then expat expands them (billion laughs).
    if (/^xmltodict\.parse$/.test(q)) {
      if (option(ctx, node, "disable_entities") === false)
        report({ node, message: "xmltodict.parse(disable_entities=False) expands the document's entities" });
      return;
    }
    if (xinclude) {
      if (ctx.level(xinclude, "path") === Level.SOURCE)
        report({
          node,
          message: "XInclude processed on a document from the request (local file disclosure)",
        });
      return;
    }
    if (
      (/(lxml\.)?etree\.XML(Pull)?Parser$|XML(Pull)?Parser$/.test(q) && /lxml|etree/.test(q)) ||
      q === "lxml.objectify.makeparser" ||
      (q === "lxml.etree.iterparse" && ctx.kwarg(node, "resolve_entities"))
    ) {
      // iterparse takes the parser options itself: resolve_entities=False makes it safe, True unsafe.
      if (q === "lxml.etree.iterparse" && option(ctx, node, "resolve_entities") === false) return;
      const unsafe =
        option(ctx, node, "resolve_entities") === true ||
        option(ctx, node, "load_dtd") === true ||
        // Validating against the document's own DTD loads it (and what it references) first.
        option(ctx, node, "dtd_validation") === true ||
        option(ctx, node, "no_network") === false ||
        option(ctx, node, "huge_tree") === true;
      if (unsafe && !onlyOwnDocuments(ctx, node, false)) {
        report({ node, message: "XML parser resolves entities or loads DTDs" });
        // ... and at each parse of a caller's or untrusted document with that parser (a parser kept in a module
        // name and shared by helpers), where the entities are resolved.
        if (node.parent?.type === "assignment")
          for (const doc of parsedDocuments(ctx, node, false) ?? []) {
            const call = doc.parent?.parent;
            if (call?.type === "call" && ctx.level(doc, "xml") >= Level.PARAM)
              report({
                node: call,
                message: "XML parser that resolves entities parses a caller's or untrusted document",
              });
          }
      }
      return;
    }
    if (
      ctx.method(node) === "setFeature" &&
      (EXTERNAL_FEATURE.test(ctx.text(node)) ||
        EXTERNAL_FEATURE.test(String(ctx.constValue(ctx.args(node)[0])))) &&
      (ctx.isTrue(ctx.args(node)[1]) || ctx.constValue(ctx.args(node)[1]) === true) &&
      !onlyOwnDocuments(ctx, node, true)
    ) {
      report({ node, message: "SAX parser resolves external entities" });
      // ... and at each parse of untrusted input by that reader, where the entities are resolved.
      for (const doc of parsedDocuments(ctx, node, true) ?? []) {
        const call = doc.parent?.parent;
        if (call?.type === "call" && ctx.level(doc, "xml") === Level.SOURCE)
          report({ node: call, message: "SAX parser with external entities on parses untrusted XML" });
      }
      return;
    }
    if (/^(xmlrpc\.server|SimpleXMLRPCServer|DocXMLRPCServer)\.\w*XMLRPC\w*$/.test(q)) {
      // The stdlib XML-RPC server parses every request body with expat: a defusedxml hint, as for the parsers.
      report({ node, severity: "LOW", message: `${q} parses untrusted XML requests without defusedxml` });
      return;
    }
    const lxml = DEFAULT_RESOLVING_PARSERS.test(q);
    if ((!lxml && !STDLIB_PARSERS.test(q)) || (lxml && safeParserArg(ctx, node))) return;
    const data = ctx.args(node)[0];
    // `etree.fromstring("<profile name='%s'/>" % name)`: the program's text opens the root element, and a DOCTYPE
    // (where entities are declared) may only come before it - whatever the value holds, it declares none.
    const doc =
      data?.type === "call" && ctx.method(data) === "encode"
        ? field(field(data, "function") ?? data, "object")
        : data;
    if (doc && /^\s*<[A-Za-z_]/.test(ctx.literalPrefix(doc))) return;
    const level = data ? ctx.level(data, "xml") : Level.CONST;
    if (lxml && level === Level.SOURCE)
      report({ node, severity: "MEDIUM", message: `${q}() parses untrusted XML without defusedxml` });
    // An explicit parser is judged where it is created; expat resolves no external entities, hence LOW.
    else if (
      (level === Level.PARAM || level === Level.SOURCE) &&
      !/make_parser|XMLParser$/.test(q) &&
      !(lxml && (ctx.args(node)[1] || ctx.kwarg(node, "parser")))
    )
      report({
        node,
        severity: "LOW",
        message: lxml
          ? `${q}() parses a caller's XML without defusedxml`
          : `${q}() parses ${level === Level.SOURCE ? "untrusted" : "a caller's"} XML without defusedxml (no external entities by default; defusedxml also stops expansion bombs)`,
      });
  },
  cases: {
    valid: [
      "import xmltodict\ndef f(data):\n    return xmltodict.parse(data)",
      // A parser its class's __init__ builds with entities off, used through self.
      "from flask import request\nfrom lxml import etree\nclass R:\n    def __init__(self):\n        self.parser = etree.XMLParser(resolve_entities=False, no_network=True)\n    def read(self):\n        return etree.fromstring(request.data, self.parser)",
      // Options from a dict whose update() turns entity resolution off before the parser is made.
      "from flask import request\nfrom lxml import etree\ndef f():\n    o = {'no_network': True}\n    o.update(resolve_entities=False)\n    return etree.fromstring(request.data, etree.XMLParser(**o))",
      "from flask import request\nfrom lxml import etree\ndef f(strict):\n    p = (etree.XMLParser(resolve_entities=False) if strict else etree.XMLParser(resolve_entities=False, recover=True))\n    return etree.fromstring(request.data, parser=p)",
      "from flask import request\nfrom lxml import etree\nclass Feed:\n    parser = etree.XMLParser(resolve_entities=False)\n    def load(self):\n        return etree.fromstring(request.data, self.parser)",
      "from lxml import etree\ndef make(strict=True):\n    return etree.XMLParser(resolve_entities=not strict)\np = make()",
      "from zeep import Client, Settings\nc = Client(w, settings=Settings(strict=False))",
      "import defusedxml.ElementTree as ET\nfrom flask import request\nET.fromstring(request.data)",
      "from lxml import etree\ndef load(path):\n    t = etree.parse('/etc/app/site.xml')\n    t.xinclude()\n    return t",
      "from lxml import etree\np = etree.XMLParser(resolve_entities=False)",
      "from lxml import etree\nfrom flask import request\ndef v():\n    return list(etree.iterparse(request.stream, resolve_entities=False))",
      "from lxml import etree\nfrom flask import request\ndef mk():\n    return etree.XMLParser(resolve_entities=False)\ndef v():\n    return etree.fromstring(request.data, mk())",
      "from lxml import objectify\nfrom flask import request\ndef v():\n    return objectify.fromstring(request.data, objectify.makeparser(resolve_entities=False))",
      "import xml.etree.ElementTree as ET\nroot = ET.fromstring('<a/>')",
      // Request data inside a root element the program opened: no DOCTYPE can follow it.
      "from flask import request\nfrom lxml import etree\ndef f():\n    return etree.fromstring(\"<profile name='%s'/>\" % request.args['n'])",
      "from flask import request\nfrom lxml import etree\ndef f():\n    doc = f\"<note><body>{request.form['b']}</body></note>\"\n    return etree.fromstring(doc.encode())",
      "from lxml import etree\nDOC = '<a/>'\np = etree.XMLParser(resolve_entities=True)\nroot = etree.fromstring(DOC.encode(), p)",
      "import xml.sax\nfrom xml.sax.handler import feature_external_ges\nr = xml.sax.make_parser()\nr.setFeature(feature_external_ges, True)\nr.parse(io.StringIO('<a/>'))",
      "from lxml import etree\nfrom flask import request\np = etree.XMLParser(resolve_entities=False)\nroot = etree.fromstring(request.data, p)",
      "from lxml import etree\nDOC = '<a/>'\nroot = etree.fromstring(DOC.encode(), etree.XMLParser(resolve_entities=True))",
    ],
    invalid: [
      // The request's text first (a prolog, a DOCTYPE of its own), or after the program's XML declaration.
      {
        code: "from flask import request\nfrom lxml import etree\ndef f():\n    return etree.fromstring(request.form['x'] + '<tail/>')",
        line: 4,
      },
      {
        code: "from flask import request\nfrom lxml import etree\ndef f():\n    return etree.fromstring('<?xml version=\"1.0\"?>' + request.form['x'])",
        line: 4,
      },
      {
        code: "import xmltodict\ndef f(data):\n    return xmltodict.parse(data, disable_entities=False)",
        line: 3,
      },
      {
        code: "import xml.sax\nfrom flask import request\np = xml.sax.make_parser()\np.setFeature('http://xml.org/sax/features/external-general-entities', True)\np.parse(request.files['doc'])",
        line: 4,
      },
      {
        code: "import xml.sax\nEXT = 'http://xml.org/sax/features/external-parameter-entities'\ndef load(stream):\n    p = xml.sax.make_parser()\n    p.setFeature(EXT, 1)\n    p.parse(stream)",
        line: 5,
      },
      "from flask import request\nfrom lxml import etree\ndef f():\n    o = {'no_network': True}\n    o.update(resolve_entities=True)\n    return etree.fromstring(request.data, etree.XMLParser(**o))",
      {
        code: "from flask import request\nfrom lxml import etree\ndef f(strict):\n    p = etree.XMLParser(resolve_entities=False) if strict else etree.XMLParser()\n    return etree.fromstring(request.data, parser=p)",
        line: 5,
      },
      {
        code: "from flask import request\nfrom lxml import etree\nclass Feed:\n    parser = etree.XMLParser()\n    def load(self):\n        return etree.fromstring(request.data, self.parser)",
        line: 6,
      },
      {
        code: "from lxml import etree\ndef make(strict=True):\n    return etree.XMLParser(resolve_entities=not strict)\np = make(strict=False)",
        line: 3,
      },
      {
        code: "from zeep import Client, Settings\nc = Client(w, settings=Settings(forbid_entities=False))",
        line: 2,
      },
      {
        code: "from flask import request\nfrom lxml import etree\ndef f():\n    t = etree.fromstring(request.data).getroottree()\n    t.xinclude()",
        line: 5,
      },
      {
        code: "import xml.etree.ElementTree as ET\nfrom xml.etree import ElementInclude\nfrom flask import request\ndef f():\n    root = ET.fromstring(request.data)\n    ElementInclude.include(root)",
        line: 6,
      },
      // A resolving parser in a module name, shared by a helper: reported where the helper parses with it too.
      {
        code: "from lxml import etree\nP = etree.XMLParser(resolve_entities=True)\ndef parse(text):\n    return etree.fromstring(text, P)",
        line: 4,
      },
      { code: "from lxml import objectify\np = objectify.makeparser(resolve_entities=True)", line: 2 },
      { code: "from lxml import etree\np = etree.XMLPullParser(resolve_entities=True)", line: 2 },
      {
        code: "from lxml import etree\ndef load(data):\n    return etree.fromstring(data, etree.XMLParser(dtd_validation=True))",
        line: 3,
      },
      {
        code: "from lxml import etree\nfrom flask import request\ndef v():\n    return list(etree.iterparse(request.stream, resolve_entities=True))",
        line: 4,
      },
      {
        code: "import xml.etree.ElementTree as ET\ndef parse_upload(data):\n    return ET.fromstring(data)",
        severity: "LOW",
      },
      {
        code: "from lxml import etree\ndef load(path):\n    return etree.parse(path).getroot()",
        severity: "LOW",
      },
      "from lxml import etree\np = etree.XMLParser(load_dtd=True)",
      {
        code: "import xml.etree.ElementTree as ET\nfrom flask import request\nroot = ET.fromstring(request.data)",
        severity: "LOW",
      },
      {
        code: "from xml.dom import minidom\nfrom flask import request\ndoc = minidom.parseString(request.data)",
        severity: "LOW",
      },
      {
        code: "import xml.dom.minidom\ndef load(text):\n    return xml.dom.minidom.parseString(text)",
        line: 3,
        severity: "LOW",
      },
      {
        code: "from xmlrpc.server import SimpleXMLRPCServer\nsrv = SimpleXMLRPCServer(('localhost', 8000))",
        line: 2,
      },
      "from lxml import etree\nfrom flask import request\np = etree.XMLParser(resolve_entities=True)\nroot = etree.fromstring(request.data, parser=p)",
      "import xml.sax\nfrom flask import request\nfrom xml.sax.handler import feature_external_ges\nr = xml.sax.make_parser()\nr.setFeature(feature_external_ges, True)\nr.parse(io.BytesIO(request.data))",
      "from lxml import etree\nfrom flask import request\nroot = etree.fromstring(request.data)",
    ],
  },
});
