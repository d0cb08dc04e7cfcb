import type { JsContext as Ctx } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { namedChildren, sourceHas } from "../../parse/nodes.js";
import { MODE_BITS, quotedWords, worldWritableChmod } from "../chmod-command.js";
import { jsRule } from "./common.js";
import { inTestCallback } from "./JS-CRED-001.js";

/**
 * A permission mode the code fixes: a number (`0o777`, `511`), an octal string where chmod/umask take one
 * (`'777'`), an `|` of `fs.constants.S_I*` names, or an options object's `mode`, through names bound once.
 */
function modeOf(ctx: Ctx, node: SyntaxNode | undefined, strings: boolean, depth = 0): number | undefined {
  if (!node || depth > 4) return undefined;
  const v = ctx.constValue(node);
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v <= 0o7777 ? v : undefined;
  if (typeof v === "string") return strings && /^[0-7]{1,5}$/.test(v) ? parseInt(v, 8) : undefined;
  const r = ctx.resolve(node);
  if (!r) return undefined;
  if (r !== node && r.type !== "object") return modeOf(ctx, r, strings, depth + 1);
  if (r.type === "object") return modeOf(ctx, ctx.prop(r, "mode"), false, depth + 1);
  if (r.type === "binary_expression" && r.children.find((c) => !c.named)?.type === "|") {
    const [x, y] = namedChildren(r).map((c) => modeOf(ctx, c, false, depth + 1));
    return x !== undefined && y !== undefined ? x | y : undefined;
  }
  const name = /(?:^|\.)(S_I[A-Z]{3,4})$/.exec(ctx.text(r))?.[1];
  if (name && name in MODE_BITS && (r.type === "member_expression" || r.type === "identifier"))
    return MODE_BITS[name];
  return undefined;
}

/**
 * The call or the start of its function names a secret (key, token, password ...). A public key (`publicKey`,
 * `id_ed25519.pub`) is meant to be read by others: its name says nothing secret.
 */
function secretNear(ctx: Ctx, node: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(node);
  const text = (ctx.text(node) + (fn ? ctx.text(fn).slice(0, 200) : "")).replace(
    /public[_-]?keys?|pub_?keys?|\.pub\b/gi,
    "",
  );
  return /secret|key|token|private|cred|pass/i.test(text);
}

/** Files that use a cloud storage SDK (where `public: true` and makePublic mean what they say). */
const CLOUD_STORAGE = /['"](@google-cloud\/storage|firebase-admin[^'"]*|@aws-sdk\/[^'"]+|aws-sdk)['"]/;

/**
 * A cloud storage grant to everyone, as an option pair: GCS `predefinedAcl: 'publicRead'`, an upload's
 * `public: true`, IAM `members: ['allUsers']`, an S3 public-access block with a guard `false`, or a bucket
 * policy statement that allows `Principal: '*'` (reported at the statement).
 */
function publicGrant(
  ctx: Ctx,
  pair: SyntaxNode,
  key: string,
  v: string | undefined,
): { node: SyntaxNode; message: string } | undefined {
  const value = pair.children.find((c) => c.field === "value");
  if (
    /^(predefinedAcl|destinationPredefinedAcl|predefinedDefaultObjectAcl)$/.test(key) &&
    /^publicRead/.test(v ?? "")
  )
    return { node: pair, message: `GCS ACL '${v}' opens the object to everyone` };
  if (key === "public" && value?.type === "true") {
    const call = pair.parent?.parent?.type === "arguments" ? pair.parent.parent.parent : undefined;
    if (
      call?.type === "call_expression" &&
      /^(upload|save|createWriteStream)$/.test(ctx.method(call)) &&
      sourceHas(ctx.tree, CLOUD_STORAGE)
    )
      return { node: pair, message: "upload made public: anyone on the internet can read it" };
  }
  if (key === "members" && value?.type === "array") {
    const who = namedChildren(value).map((e) => ctx.stringValue(e));
    if (who.some((w) => w === "allUsers" || w === "allAuthenticatedUsers"))
      return { node: pair, message: "IAM binding grants the role to everyone (allUsers)" };
  }
  if (key === "PublicAccessBlockConfiguration" && value?.type === "object") {
    const off = ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"].filter(
      (k) => ctx.prop(value, k)?.type === "false",
    );
    if (off.length) return { node: pair, message: `S3 public access block off (${off.join(", ")})` };
  }
  if (key === "Principal" && pair.parent?.type === "object") {
    const everyone =
      v === "*" || (value?.type === "object" && ctx.stringValue(ctx.prop(value, "AWS")) === "*");
    if (everyone && ctx.stringValue(ctx.prop(pair.parent, "Effect")) === "Allow")
      return { node: pair.parent, message: "bucket policy allows everyone (Principal '*')" };
  }
  return undefined;
}

export default jsRule({
  meta: {
    id: "JS-PERM-001",
    title: "File created or chmod-ed with permissive mode",
    cwe: ["CWE-732", "CWE-276"],
    severity: "MEDIUM",
    severity_variants: [
      { severity: "HIGH", when: "the mode is world-writable (or an S3 ACL is public-read-write)" },
    ],
    docs: {
      what_it_does:
        "Flags fs.chmod/chmodSync/mkdir/writeFile (and FileHandle.chmod) modes and chmod commands run through child_process that grant others write (HIGH), process.umask masks that leave others-write open, or group/others access to files that look secret, S3 canned ACLs that make objects or buckets public (public-read, public-read-write, authenticated-read), S3 public-access blocks switched off and bucket policies allowing Principal '*', and Google Cloud Storage objects made public (makePublic, predefinedAcl publicRead, public: true uploads, allUsers IAM members).",
      why_bad: "World-writable files can be replaced by other users; group/world-readable secrets leak.",
      example_bad: "const fs = require('fs');\nfs.chmodSync('/srv/app/config.json', 0o777);",
      example_good: "const fs = require('fs');\nfs.chmodSync('/srv/app/config.json', 0o600);",
    },
    fix_hint: "Use 0o600 for private files and 0o700 for private directories.",
  },
  trigger:
    /chmod|mkdir|writeFile|appendFile|open|umask|outputFile|outputJson|writeJson|public-read|authenticated-read|makePublic|publicRead|allUsers|allAuthenticatedUsers|PublicAccessBlock|Principal|public\s*:\s*true/,
  nodeTypes: ["call_expression", "pair"],
  detect(node, ctx, report) {
    // S3: `ACL: 'public-read'` on an object or bucket (AWS SDK v2 params, v3 commands, the CLI-style helpers).
    if (node.type === "pair") {
      const key = ctx.text(node.children.find((c) => c.field === "key") ?? node).replace(/['"]/g, "");
      const v = ctx.stringValue(node.children.find((c) => c.field === "value"));
      if (/^(ACL|acl)$/.test(key) && /^(public-read|public-read-write|authenticated-read)$/.test(v ?? ""))
        report({
          node,
          // (in a test's callback: the parameters a spec expects its code to send, no bucket made)
          severity: inTestCallback(ctx, node) ? "LOW" : v === "public-read-write" ? "HIGH" : undefined,
          message: `S3 ACL '${v}' opens the ${v === "authenticated-read" ? "object to every AWS account" : "object to everyone"}`,
        });
      else {
        const open = publicGrant(ctx, node, key, v);
        if (open) report({ node: open.node, message: open.message });
      }
      return;
    }
    const q = ctx.callee(node);
    // Google Cloud Storage `file.makePublic()` / `bucket.makePublic()`: readable by anyone with the URL.
    if (ctx.method(node) === "makePublic" && sourceHas(ctx.tree, CLOUD_STORAGE)) {
      report({ node, message: "makePublic() lets anyone on the internet read the object" });
      return;
    }
    // process.umask(0): every file and directory created afterwards gets the mode it asks for, 0o666/0o777
    // included; a mask without the others-write bit leaves new files world-writable.
    if (/^process\.umask$/.test(q)) {
      const mask = modeOf(ctx, ctx.args(node)[0], true);
      if (mask !== undefined && (mask & 0o002) === 0)
        report({
          node,
          message: `umask ${mask.toString(8).padStart(3, "0")} lets new files be world-writable`,
        });
      return;
    }
    // `execSync('chmod -R 777 /srv/uploads')`, `spawn('chmod', ['666', p])`: chmod run as a command.
    if (/(^|\.)(exec|execSync|execFile|execFileSync|spawn|spawnSync)$/.test(q)) {
      const mode = worldWritableChmod(
        quotedWords(
          ctx
            .args(node)
            .slice(0, 2)
            .map((a) => ctx.text(a))
            .join(" "),
        ),
      );
      if (mode) report({ node, severity: "HIGH", message: `chmod ${mode} makes the path world-writable` });
      return;
    }
    const op =
      /(^|\.)(chmod|chmodSync|fchmod|fchmodSync|lchmod|lchmodSync|mkdir|mkdirSync|writeFile|writeFileSync|appendFile|appendFileSync|open|openSync|outputFile|outputFileSync|outputJson|outputJsonSync|writeJson|writeJsonSync)$/.exec(
        q,
      )?.[2];
    if (!op) return;
    // A FileHandle's chmod(mode) (fs/promises) takes the mode as its only argument.
    const onHandle =
      /(^|\.)chmod$/.test(q) && ctx.args(node).length === 1 && !/^fs\.|^fsp?\.|promises\./.test(q);
    // The mode argument by position, evaluated: an octal/decimal number, a chmod-style octal string, an
    // `fs.constants.S_I*` union, an options object's `mode`, through names bound once.
    const args = ctx.args(node);
    const at = onHandle ? 0 : /chmod/.test(op) ? 1 : /^mkdir/.test(op) ? 1 : /^open/.test(op) ? 2 : 2;
    const value = modeOf(ctx, args[at], /chmod/.test(op));
    if (value !== undefined) {
      const shown = "0o" + value.toString(8).padStart(3, "0");
      // open/writeFile/appendFile create with 0o666 when no mode is given, less the umask: naming that mode
      // grants nothing the call would not (adm-zip's `openSync(path, 'w', 0o666)`); only a secret written so by
      // writeFile, which names what it stores, is still reported as open to other users' reading.
      // (fs-extra's outputFile / outputJson / writeJson pass their options on to writeFile)
      const asDefault = /^(open|writeFile|appendFile|output|writeJson)/.test(op) && value === 0o666;
      if (asDefault && /^open/.test(op)) return;
      if (value & 0o002 && !asDefault)
        report({ node, severity: "HIGH", message: `mode ${shown} is world-writable` });
      else if (value & 0o066 && secretNear(ctx, node))
        report({ node, message: `mode ${shown} lets other users access a secret file` });
      return;
    }
    const m = /\b0o?([0-7]{3,4})\b|mode\s*:\s*0o?([0-7]{3,4})/.exec(
      ctx
        .args(node)
        .slice(onHandle ? 0 : 1)
        .map((a) => ctx.text(a))
        .join(" "),
    );
    if (!m) return;
    const mode = parseInt(m[1] ?? m[2]!, 8);
    if (mode & 0o002) report({ node, severity: "HIGH", message: `mode ${m[0]} is world-writable` });
    else if (mode & 0o066 && secretNear(ctx, node))
      // A secret file others can read is the weakness itself: the documented severity, not a LOW hint.
      report({ node, message: `mode ${m[0]} lets other users access a secret file` });
  },
  cases: {
    valid: [
      "const fs = require('fs');\nfs.writeFileSync(path.join(dir, 'id_deploy.pub'), publicKey, { mode: 0o644 });",
      "async function f(p) { const fh = await fsp.open(p, 'r'); await fh.chmod(0o600); }",
      "process.umask(0o022);",
      "fs.chmodSync(p, 0o600);",
      "const { execSync } = require('child_process');\nexecSync('chmod -R 750 /var/www/uploads');",
      "const { spawn } = require('child_process');\nspawn('chmod', ['+x', script]);",
      "s3.putObject({ Bucket: 'b', Key: 'k', Body: d, ACL: 'private' });",
      "fs.chmodSync(p, '750');",
      "fs.chmod(p, 448, cb);",
      "const { S_IRUSR, S_IWUSR } = fs.constants;\nfs.chmodSync(p, S_IRUSR | S_IWUSR);",
      "process.umask('077');",
      "fs.writeFileSync(p, '777');",
      "execSync('chmod -R 750 /srv/app');",
      "const fd = fs.openSync(target, 'w', 0o666);",
      "fs.open(target, 'w', 0o666, (err, fd) => cb(err, fd));",
      "const { Storage } = require('@google-cloud/storage');\nawait bucket.file(n).save(d, { predefinedAcl: 'projectPrivate' });",
      "const { Storage } = require('@google-cloud/storage');\nawait bucket.upload(p, { destination: n, private: true });",
      "await bucket.iam.setPolicy({ bindings: [{ role: 'roles/storage.objectViewer', members: ['serviceAccount:r@p.iam.gserviceaccount.com'] }] });",
      "await client.send(new PutPublicAccessBlockCommand({ Bucket: b, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }));",
      "const st = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/reader' }, Action: 's3:GetObject' };",
      "const st = { Effect: 'Deny', Principal: '*', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } };",
      "const repo = { public: true, name: 'x' };\napi.save(repo, { public: true });",
      "const emitter = { makePublic() {} };\nemitter.makePublic();",
    ],
    invalid: [
      "const fse = require('fs-extra');\nfse.outputFile(path.join(dir, 'credentials.json'), JSON.stringify(creds), { mode: 0o666 });",
      "const fse = require('fs-extra');\nfse.outputJsonSync(path.join(dir, 'state.json'), state, { mode: 0o777 });",
      "const fs = require('fs');\nfs.writeFileSync(path.join(dir, 'id_deploy'), privateKey, { mode: 0o644 });",
      "fs.chmodSync(p, 0o777);",
      "const { execSync } = require('child_process');\nexecSync('chmod -R 777 /var/www/uploads');",
      "const { execFile } = require('child_process');\nexecFile('chmod', ['o+w', target], cb);",
      "async function f(p) { const fh = await fsp.open(p, 'r'); await fh.chmod(0o777); }",
      "process.umask(0);",
      "function saveSecret(p) { fs.chmodSync(p, 0o660); }",
      "s3.putObject({ Bucket: 'b', Key: 'k', Body: d, ACL: 'public-read' });",
      "await client.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: d, ACL: 'public-read-write' }));",
      "fs.chmodSync(p, '777');",
      "fs.chmod(p, 511, cb);",
      "const MODE = 0o777;\nfs.chmodSync(p, MODE);",
      "fs.chmodSync(p, fs.constants.S_IRWXU | fs.constants.S_IRWXO);",
      "process.umask('000');",
      "fs.mkdirSync(d, { recursive: true, mode: 0o777 });",
      "execSync('chmod -R 777 /srv/app/uploads');",
      "execFileSync('chmod', ['o+w', p]);",
      "fs.writeFileSync('/etc/app/key.pem', pem, { mode: 0o666 });",
      "const { Storage } = require('@google-cloud/storage');\nawait new Storage().bucket('b').file(n).makePublic();",
      "const { Storage } = require('@google-cloud/storage');\nawait bucket.upload(p, { destination: n, public: true });",
      "await bucket.file(n).save(d, { predefinedAcl: 'publicRead' });",
      "await bucket.iam.setPolicy({ bindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] });",
      "await client.send(new PutPublicAccessBlockCommand({ Bucket: b, PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }));",
      "const st = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };",
    ],
  },
});
