/**
 * Detectors for a caller's text reaching text-shaped sinks in C, C++ and Go, instantiated per language (as
 * credentials.ts is): log lines (CWE-117), response headers (CWE-113), URLs composed from several caller values
 * (CWE-918), and host checks by substring (CWE-20). Parameters of the function are the untrusted input; the guards
 * are the ones in untrusted-text.ts.
 */
import type { ClikeLanguage } from "../dataflow/clike.js";
import type { SyntaxNode } from "../parse/index.js";
import type { RuleCases, RuleDocs } from "../rule.js";
import { CALL_TYPES, clikeRule, literalValue, type ClikeRule } from "./clike.js";
import {
  composition,
  crlfNeutralised,
  directParam,
  directSource,
  validated,
  type Composition,
} from "./untrusted-text.js";
import type { ClikeContext } from "../dataflow/clike.js";
import { sourceMatches } from "../parse/nodes.js";

interface Instance {
  id: string;
  languages: ClikeLanguage[];
  examples: Pick<RuleDocs, "example_bad" | "example_good">;
  cases: RuleCases;
}

/** Caller values among a composition's pieces: the parameter each one is, or SOURCE input. */
function callerValues(
  ctx: ClikeContext,
  values: SyntaxNode[],
  at: SyntaxNode,
): { names: string[]; source: boolean } {
  const names: string[] = [];
  let source = false;
  for (const v of values) {
    const p = directParam(ctx, v, at);
    if (p) {
      if (!names.includes(p)) names.push(p);
      const t = ctx.text(v);
      if (/^\w+$/.test(t) && !names.includes(t)) names.push(t);
    } else if (directSource(ctx, v, at)) source = true;
  }
  return { names, source };
}

/** Names of log lines and loggers: `log_entry`, `logEntry`, `logLine`, `access_log`, `logger` (not `login`). */
const LOG_NAME = /^(log|logs|logger|logfile)([A-Z_]|$)|[a-z0-9_]Log([A-Z_]|$)|_log(_|$)|^std\.clog$|^clog$/;

function logSink(ctx: ClikeContext, node: SyntaxNode): SyntaxNode[] | undefined {
  if (ctx.isCall(node)) {
    const q = ctx.callee(node);
    const args = ctx.args(node);
    if (/^(syslog|vsyslog)$/.test(q)) return args.slice(2);
    if (/^(log\.(Printf|Print|Println|Fatalf|Fatal|Fatalln|Panicf|Panic|Panicln))$/.test(q))
      return args.filter((a) => !ctx.isString(a));
    if (
      /^(spdlog\.(info|warn|error|debug|critical|trace)|\w*[lL]og(ger)?\.(Printf|Print|Println|Infof|Info|Warnf|Warn|Warningf|Warning|Errorf|Error|Debugf|Debug))$/.test(
        q,
      ) &&
      !/^slog\./.test(q)
    )
      return args.filter((a) => !ctx.isString(a));
  }
  const c = composition(ctx, node);
  if (c?.target && LOG_NAME.test(c.target.replace(/::/g, "."))) return c.values;
  return undefined;
}

export function logInjectionRule(inst: Instance): ClikeRule {
  const calls = [...new Set(inst.languages.flatMap((l) => CALL_TYPES[l]))];
  return clikeRule(inst.languages, {
    meta: {
      id: inst.id,
      title: "Log line built from a caller's text without removing CR/LF",
      cwe: ["CWE-117"],
      // LOW for a caller's value, as for Python: only its callers know whether the text is untrusted.
      severity: "LOW",
      severity_variants: [
        {
          severity: "MEDIUM",
          when: "untrusted input (argv, environment, request data) reaches the log line",
        },
      ],
      docs: {
        what_it_does:
          "Flags log entries (syslog, log.Printf and loggers, or a string composed into a variable or stream named log/logEntry) that embed a function parameter's text unchanged, when neither the function nor a helper it passes the text to removes or rejects '\\r' and '\\n'.",
        why_bad:
          "A message containing a newline ends the entry early and starts a forged one ('... Received: hi\\n[2024-01-01T00:00:00] Received: admin logged in'), so log readers and parsers trust lines the attacker wrote (CWE-117: log injection).",
        ...inst.examples,
      },
      fix_hint:
        "Replace or strip '\\r' and '\\n' (and other control characters) from the value before it goes into the log line, or log it quoted.",
    },
    trigger: /\b(log|syslog|vsyslog|logger|spdlog)|[a-z0-9_]Log|_log|clog/,
    nodeTypes: [...calls, "binary_expression"],
    detect(node, ctx, report) {
      const values = logSink(ctx, node);
      if (!values?.length) return;
      const { names, source } = callerValues(ctx, values, node);
      if (!names.length && !source) return;
      if (crlfNeutralised(ctx, node, names.length ? names : values.map((v) => ctx.text(v)))) return;
      report({
        node,
        severity: source ? "MEDIUM" : undefined,
        message: `log line embeds ${names.length ? `'${names[0]}'` : "untrusted input"} with its line breaks`,
      });
    },
    cases: inst.cases,
  });
}

const HEADER = /header/i;
const WRITERS = /^(strcpy|strncpy|strcat|strncat|strlcpy|strlcat|memcpy|memmove|sprintf|snprintf)$/;

/** A Go name declared as an http.Header or bound to one (`h := w.Header()`). */
function goHeaderValue(ctx: ClikeContext, name: string): boolean {
  if (ctx.language !== "go" || !/^\w+$/.test(name)) return false;
  return sourceMatches(
    ctx.tree,
    `\\b${name}\\s*(:=|=)\\s*[^\\n;]*\\.Header\\b|\\b${name}\\s+\\*?(http\\.)?Header\\b`,
  );
}

function headerValues(ctx: ClikeContext, node: SyntaxNode): SyntaxNode[] | undefined {
  if (ctx.isCall(node)) {
    const q = ctx.callee(node);
    const m = ctx.method(node);
    const args = ctx.args(node);
    if (WRITERS.test(q) && args[0] && HEADER.test(ctx.text(args[0]))) return args.slice(1);
    if (q === "curl_slist_append" && args[1]) return [args[1]];
    if (
      /^(Set|Add|set_header|add_header|setHeader|addHeader|append_header|insert|emplace|insert_or_assign)$/.test(
        m,
      )
    )
      if (HEADER.test(q.slice(0, q.length - m.length)) || goHeaderValue(ctx, q.slice(0, -m.length - 1)))
        return args.slice(1).length ? args.slice(1) : args;
    return undefined;
  }
  // `header[key] = value` (a header map: Go map or http.Header, std::map).
  const left = node.children.find((c) => c.field === "left");
  const right = node.children.find((c) => c.field === "right");
  if (!left || !right) return undefined;
  const target = left.type === "expression_list" ? left.children.find((c) => c.named) : left;
  if (!target || !/^(index_expression|subscript_expression)$/.test(target.type)) return undefined;
  const base = target.children.find((c) => c.named);
  if (!base || !HEADER.test(ctx.text(base))) return undefined;
  return right.type === "expression_list" ? right.children.filter((c) => c.named) : [right];
}

export function headerInjectionRule(inst: Instance): ClikeRule {
  const calls = [...new Set(inst.languages.flatMap((l) => CALL_TYPES[l]))];
  return clikeRule(inst.languages, {
    meta: {
      id: inst.id,
      title: "Response header value from a caller's text without removing CR/LF",
      cwe: ["CWE-113"],
      severity: "MEDIUM",
      severity_variants: [
        { severity: "HIGH", when: "untrusted input (argv, environment, request data) reaches the header" },
      ],
      docs: {
        what_it_does:
          "Flags a header value set from a function parameter's text unchanged (header.Set/Add, header[key] = value, a copy into a header structure, curl_slist_append) when neither the function nor a helper it passes the text to removes or rejects '\\r' and '\\n'.",
        why_bad:
          "CR/LF in a header value ends the header and starts new ones or the body: the attacker adds Set-Cookie headers, poisons caches or splits the response (CWE-113: HTTP response splitting).",
        ...inst.examples,
      },
      fix_hint:
        "Remove or reject '\\r' and '\\n' in header values (and validate them against the header's grammar).",
    },
    trigger: /header|Header/,
    nodeTypes: [...calls, "assignment_expression", "assignment_statement"],
    detect(node, ctx, report) {
      const values = headerValues(ctx, node);
      if (!values?.length) return;
      const { names, source } = callerValues(ctx, values, node);
      if (!names.length && !source) return;
      if (crlfNeutralised(ctx, node, names.length ? names : values.map((v) => ctx.text(v)))) return;
      report({
        node,
        severity: source ? "HIGH" : undefined,
        message: `header value from ${names.length ? `'${names[0]}'` : "untrusted input"} keeps any CR/LF`,
      });
    },
    cases: inst.cases,
  });
}

const URL_NAME = /url|uri|endpoint/i;

function urlShaped(ctx: ClikeContext, c: Composition): boolean {
  return (
    c.literals.some((l) => l.includes("://")) ||
    URL_NAME.test(c.target ?? "") ||
    c.values.some((v) => URL_NAME.test(ctx.text(v)))
  );
}

export function urlCompositionRule(inst: Instance): ClikeRule {
  const calls = [...new Set(inst.languages.flatMap((l) => CALL_TYPES[l]))];
  return clikeRule(inst.languages, {
    meta: {
      id: inst.id,
      title: "URL composed from a caller's host label or path part without validation",
      cwe: ["CWE-918"],
      // LOW: building the URL is not yet the request; the function's callers decide where it goes.
      severity: "LOW",
      severity_variants: [
        {
          severity: "MEDIUM",
          when: "untrusted input (argv, environment, request data) is composed into the URL",
        },
      ],
      docs: {
        what_it_does:
          "Flags a URL (a string with a scheme, or one stored in or built on a *url* variable) composed from two or more of the function's parameters - a base and a part appended to it such as a subdomain or a path segment - when none of them is validated (regular expression match, a character-class loop) or percent-escaped.",
        why_bad:
          "The appended part decides where the request goes: 'evil.com#' as a subdomain, or '../admin' and '?x=' in a path segment, point the server's request at a host or endpoint the caller chose (server-side request forgery, CWE-918).",
        ...inst.examples,
      },
      fix_hint:
        "Validate the appended part against a strict pattern (e.g. ^[A-Za-z0-9-]+$ for a label or an id) or percent-escape it, and keep the base URL fixed.",
    },
    trigger: /:\/\/|[uU]rl|URL|[uU]ri\b|URI|endpoint/,
    nodeTypes: [...calls, "binary_expression"],
    detect(node, ctx, report) {
      const c = composition(ctx, node);
      if (!c || !urlShaped(ctx, c)) return;
      const { names, source } = callerValues(ctx, c.values, node);
      const params = new Set(c.values.map((v) => directParam(ctx, v, node)).filter(Boolean));
      if (params.size < 2 && !source) return;
      if (validated(ctx, node, names)) return;
      report({
        node,
        severity: source ? "MEDIUM" : undefined,
        message: `URL composed from ${[...params].map((p) => `'${p}'`).join(" and ") || "untrusted input"} with no validation of the appended part`,
      });
    },
    cases: inst.cases,
  });
}

/** Names of URLs and their parts that a host check inspects. */
const URLISH = /url|uri|netloc|host|target|origin|referr?er|redirect|location|link|domain|site/i;
const HOSTISH = /domain|host|origin|site/i;

export function hostSubstringRule(inst: Instance): ClikeRule {
  const calls = [...new Set(inst.languages.flatMap((l) => CALL_TYPES[l]))];
  return clikeRule(inst.languages, {
    meta: {
      id: inst.id,
      title: "Host or domain check by substring search in a URL",
      cwe: ["CWE-20"],
      severity: "MEDIUM",
      docs: {
        what_it_does:
          "Flags strstr / std::string::find / strings.Contains / strings.Index used to test whether a URL (or its host) contains a domain, as in an allow-list check before a redirect or a request.",
        why_bad:
          "A substring test accepts any URL that merely mentions the domain: https://example.com.evil.net, https://evil.net/?example.com and https://notexample.com all pass, so the check lets attacker hosts through (CWE-20: incomplete URL sanitisation; open redirect or SSRF follows).",
        ...inst.examples,
      },
      fix_hint:
        "Parse the URL, take its host, and compare it for equality with the domain or check that it ends with '.' + domain.",
    },
    trigger: /strstr|strcasestr|\.find\s*\(|strings\.(Contains|Index)\s*\(/,
    nodeTypes: calls,
    detect(node, ctx, report) {
      const q = ctx.callee(node);
      const args = ctx.args(node);
      let hay: SyntaxNode | undefined;
      let needle: SyntaxNode | undefined;
      if (/^(strstr|strcasestr|strings\.Contains|strings\.Index)$/.test(q)) [hay, needle] = args;
      else if (ctx.language === "cpp" && /\.find$/.test(q) && args.length === 1) {
        const fn = node.children.find((c) => c.field === "function");
        hay = fn?.children.find((c) => c.field === "argument");
        needle = args[0];
      }
      if (!hay || !needle) return;
      const needleText = ctx.isString(needle) ? literalValue(ctx, needle) : ctx.text(needle);
      const hostLiteral = ctx.isString(needle) && /^[\w-]+(\.[\w-]+)+$/.test(needleText);
      if (!hostLiteral && !(needle.type === "identifier" && HOSTISH.test(needleText))) return;
      if (!URLISH.test(ctx.text(hay)) || ctx.isString(hay)) return;
      report({
        node,
        message: `'${ctx.text(hay)}' is checked for '${needleText}' by substring, not by host`,
      });
    },
    cases: inst.cases,
  });
}
