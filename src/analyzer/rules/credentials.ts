import type { ClikeContext, ClikeLanguage } from "../dataflow/clike.js";
import type { SyntaxNode } from "../parse/index.js";
import type { RuleCases } from "../rule.js";
import { clikeRule, literalValue, STRING_TYPES, type ClikeRule } from "./clike.js";

/** Formats of issued secrets: a literal in one of these shapes is a live credential whatever it is named. */
const TOKEN_FORMATS: [RegExp, string][] = [
  [/\bAIza[0-9A-Za-z_-]{35}\b/, "Google API key"],
  [/\bya29\.[0-9A-Za-z_-]{20,}/, "Google OAuth access token"],
  [/\bAKIA[0-9A-Z]{16}\b/, "AWS access key id"],
  [/\bSK[0-9a-fA-F]{32}\b/, "Twilio API key"],
  [/\bgh[pousr]_[0-9A-Za-z]{36,}\b/, "GitHub token"],
  [/\bxox[abprs]-[0-9A-Za-z-]{10,}/, "Slack token"],
  [/\b[rs]k_live_[0-9A-Za-z]{20,}\b/, "Stripe secret key"],
  [/\bEAA[A-Za-z0-9]{90,}/, "Facebook Graph API access token"],
  [/-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/, "private key"],
];

const SECRET_NAME =
  /^(?:.*[_.]|)(?:passw(?:or)?d|passwd|pwd|pass|secret|secret_?key|api_?key|apikey|access_?key|access_?token|auth_?token|private_?key|client_?secret|credentials?|token)$/i;

/** The name a literal is bound to: `x = "..."`, `const char *x = "..."`, `'x' => "..."`, `x: "..."`. */
function boundName(ctx: ClikeContext, lit: SyntaxNode): string | undefined {
  const p = lit.parent;
  if (!p) return undefined;
  const target = p.children.find(
    (c) =>
      c !== lit &&
      (c.field === "left" ||
        c.field === "declarator" ||
        c.field === "name" ||
        c.field === "pattern" ||
        c.field === "key"),
  );
  if (target)
    return ctx
      .text(target)
      .replace(/^[*&\s$]+/, "")
      .replace(/\[.*$/, "");
  // PHP array element `'password' => '...'`, Go keyed element `Password: "..."`.
  if (p.type === "array_element_initializer" || p.type === "keyed_element" || p.type === "pair") {
    const first = p.children.find((c) => c.named);
    if (first && first !== lit) return ctx.text(first).replace(/^['"]|['"]$/g, "");
  }
  if (p.type === "expression_list" && p.parent) return boundName(ctx, p);
  return undefined;
}

function placeholder(value: string, name: string): boolean {
  const v = value.trim();
  return (
    v.length < 4 ||
    /\s/.test(v) ||
    /^(<.*>|\$\{.*\}|%s|\{.*\}|x+|\*+|\.+|your.*|change.?me|todo|none|null|test|example|password|secret|token)$/i.test(
      v,
    ) ||
    v.toLowerCase() === name.toLowerCase() ||
    /^[A-Z_]+$/.test(v) // an environment variable's name, not its value
  );
}

export function credentialMessage(ctx: ClikeContext, lit: SyntaxNode): string | undefined {
  const value = literalValue(ctx, lit);
  for (const [re, what] of TOKEN_FORMATS) if (re.test(value)) return `Hard-coded ${what} in a string literal`;
  const name = boundName(ctx, lit);
  if (name && SECRET_NAME.test(name) && !placeholder(value, name))
    return `Hard-coded credential assigned to '${name}'`;
  return undefined;
}

/** One hard-coded-credential rule per language (same detector, the language's literal node types). */
export function credentialRule(
  id: string,
  languages: ClikeLanguage[],
  examples: { bad: string; good: string },
  cases: RuleCases,
): ClikeRule {
  return clikeRule(languages, {
    meta: {
      id,
      title: "Hard-coded credential",
      cwe: ["CWE-798"],
      severity: "HIGH",
      docs: {
        what_it_does:
          "Flags string literals in the shape of issued secrets (cloud API keys, OAuth tokens, private keys) and non-placeholder literals bound to names like password, secret, api_key or token.",
        why_bad:
          "A secret in source code is readable by everyone with the repository, build artefacts or binary, cannot be rotated without a release, and usually ends up in version history for good.",
        example_bad: examples.bad,
        example_good: examples.good,
      },
      fix_hint:
        "Read the secret from the environment or a secret manager at run time; rotate the exposed one.",
    },
    trigger:
      /passw|passwd|pwd|pass|secret|key|token|credential|AIza|ya29\.|AKIA|SK[0-9a-f]{8}|gh[pousr]_|xox|_live_|EAA|PRIVATE KEY/i,
    // PHP's inline HTML is `text`; a string cut off by the fragment's end survives only inside an ERROR node.
    nodeTypes: [...new Set(languages.flatMap((l) => STRING_TYPES[l])), "text", "ERROR"],
    detect(node, ctx, report) {
      if (node.type === "ERROR" || node.type === "text") {
        if (node.type === "text" && ctx.language !== "php") return;
        const t = ctx.text(node);
        for (const [re, what] of TOKEN_FORMATS) {
          const m = re.exec(t);
          if (!m) continue;
          const before = t.slice(0, m.index);
          const row = node.startRow + (before.match(/\n/g)?.length ?? 0);
          const col = m.index - (before.lastIndexOf("\n") + 1) + (row === node.startRow ? node.startCol : 0);
          report({ node, at: { row, col }, message: `Hard-coded ${what}` });
          return;
        }
        return;
      }
      const message = credentialMessage(ctx, node);
      if (message) report({ node, message });
    },
    cases,
  });
}

/**
 * A literal bound to a secret-sounding name whose value cannot be a secret: a colour (`Token: '#c5c8c6'` in a
 * highlighter's style), a regular expression (`IDENT_TOKEN = r'[A-Za-z_]\w*'`), an auth scheme or token type
 * (`default_token = 'Bearer'`), a mask with no letter or digit (`password = ':****'`), text padded with spaces (a
 * marker searched for in output), a lexer's state name (`lastToken = '?InTemplate'`), or the key a value is stored
 * under (`refresh_token_key = 'refresh_token'`).
 */
export function notASecretValue(value: string, name: string): boolean {
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value)) return true;
  if (/\\[wdsbWDSB]|\[\^|\(\?[:=!<]|\(\?P<|[\])][*+?]|[\])]\{\d/.test(value)) return true;
  if (/^(bearer|basic|digest|mac|hmac|jwt|negotiate|ntlm|oauth2?)$/i.test(value)) return true;
  if (!/[\p{L}\p{N}]/u.test(value)) return true;
  if (/^\s|\s$/.test(value)) return true;
  if (/^\?[A-Za-z]+$/.test(value)) return true;
  // A key named by its file (`private_key="~/.ssh/id_ed25519"`, `key_file: "/etc/ssl/app.key"`): a path to
  // the key, which is kept out of the source, not the key itself.
  if (
    /key/i.test(name) &&
    !/\s/.test(value) &&
    // (a bare leading "/" is no proof: base64 key material may start with one)
    (/^(~|\.{1,2})\/|^\/(etc|home|root|var|run|opt|srv|usr|tmp|secrets|keys|certs|data|app|mnt)\//.test(
      value,
    ) ||
      /\.(pem|key|ppk|p12|pfx|jks|der)$/i.test(value) ||
      /(^|\/)id_(rsa|dsa|ecdsa|ed25519)(\.pub)?$/.test(value))
  )
    return true;
  // Only where the name says it holds a key's name (`refresh_token_key`), not a value spelled like its name.
  const bare = name.replace(/^.*\./, "");
  // A status word built on the key (`pass: 'passed'`, `token: 'tokens'`): a label, no key material.
  const low = bare.toLowerCase();
  if (/^[a-z]+$/.test(value) && value !== low && value.startsWith(low) && value.length <= low.length + 3)
    return true;
  // A dotted import path ending in a class (`"idp.admin.AccessTokenAdmin"`, `"app.generators.ClientSecretGenerator"`):
  // a settings entry naming the class to load, no key material (a JWT's segments are mixed-case base64).
  if (/^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+\.[A-Z][A-Za-z0-9_]*$/.test(value)) return true;
  // A snake_case identifier ending in a field word (`'unauthorized_token_name'`, `'access_token_field'`): the name
  // a value is stored under.
  if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(name|field|param|attr)$/.test(value)) return true;
  const stem = bare.replace(/[_-]?(key|name|field|param)$/i, "");
  const stemWord = /([a-z0-9]+)$/i.exec(stem)?.[1]?.toLowerCase();
  // ... or ends with it (`JSON_PRIVATE_KEY_KEY = 'private_key'`), or ends with the stem's last word
  // (`_CREDENTIALS_KEY = 'google_oauth2_credentials'`: the session key the credentials are kept under).
  return (
    stem !== bare &&
    /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(value) &&
    (stem.toLowerCase() === value.toLowerCase() ||
      stem.toLowerCase().endsWith("_" + value.toLowerCase()) ||
      (stemWord !== undefined && stemWord.length >= 4 && value.toLowerCase().endsWith("_" + stemWord)))
  );
}
