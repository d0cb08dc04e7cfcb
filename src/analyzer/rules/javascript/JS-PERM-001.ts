import { quotedWords, worldWritableChmod } from "../chmod-command.js";
import { jsRule } from "./common.js";

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
        "Flags fs.chmod/chmodSync/mkdir/writeFile (and FileHandle.chmod) modes and chmod commands run through child_process that grant others write (HIGH), process.umask masks that leave others-write open, or group/others access to files that look secret, and S3 canned ACLs that make objects or buckets public (public-read, public-read-write, authenticated-read).",
      why_bad: "World-writable files can be replaced by other users; group/world-readable secrets leak.",
      example_bad: "const fs = require('fs');\nfs.chmodSync('/srv/app/config.json', 0o777);",
      example_good: "const fs = require('fs');\nfs.chmodSync('/srv/app/config.json', 0o600);",
    },
    fix_hint: "Use 0o600 for private files and 0o700 for private directories.",
  },
  trigger: /chmod|mkdir|writeFile|open|umask|public-read|authenticated-read/,
  nodeTypes: ["call_expression", "pair"],
  detect(node, ctx, report) {
    // S3: `ACL: 'public-read'` on an object or bucket (AWS SDK v2 params, v3 commands, the CLI-style helpers).
    if (node.type === "pair") {
      const key = ctx.text(node.children.find((c) => c.field === "key") ?? node).replace(/['"]/g, "");
      const v = ctx.stringValue(node.children.find((c) => c.field === "value"));
      if (/^(ACL|acl)$/.test(key) && /^(public-read|public-read-write|authenticated-read)$/.test(v ?? ""))
        report({
          node,
          severity: v === "public-read-write" ? "HIGH" : undefined,
          message: `S3 ACL '${v}' opens the ${v === "authenticated-read" ? "object to every AWS account" : "object to everyone"}`,
        });
      return;
    }
    const q = ctx.callee(node);
    // process.umask(0): every file and directory created afterwards gets the mode it asks for, 0o666/0o777
    // included; a mask without the others-write bit leaves new files world-writable.
    if (/^process\.umask$/.test(q)) {
      const mask = ctx.constValue(ctx.args(node)[0]);
      if (typeof mask === "number" && (mask & 0o002) === 0)
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
    if (
      !/(^|\.)(chmod|chmodSync|fchmod|fchmodSync|mkdir|mkdirSync|writeFile|writeFileSync|open|openSync)$/.test(
        q,
      )
    )
      return;
    // A FileHandle's chmod(mode) (fs/promises) takes the mode as its only argument.
    const onHandle =
      /(^|\.)chmod$/.test(q) && ctx.args(node).length === 1 && !/^fs\.|^fsp?\.|promises\./.test(q);
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
    else if (
      mode & 0o066 &&
      /secret|key|token|private|cred|pass/i.test(
        ctx.text(node) +
          (ctx.enclosingFunction(node) ? ctx.text(ctx.enclosingFunction(node)!).slice(0, 200) : ""),
      )
    )
      // A secret file others can read is the weakness itself: the documented severity, not a LOW hint.
      report({ node, message: `mode ${m[0]} lets other users access a secret file` });
  },
  cases: {
    valid: [
      "async function f(p) { const fh = await fsp.open(p, 'r'); await fh.chmod(0o600); }",
      "process.umask(0o022);",
      "fs.chmodSync(p, 0o600);",
      "const { execSync } = require('child_process');\nexecSync('chmod -R 750 /var/www/uploads');",
      "const { spawn } = require('child_process');\nspawn('chmod', ['+x', script]);",
      "s3.putObject({ Bucket: 'b', Key: 'k', Body: d, ACL: 'private' });",
    ],
    invalid: [
      "fs.chmodSync(p, 0o777);",
      "const { execSync } = require('child_process');\nexecSync('chmod -R 777 /var/www/uploads');",
      "const { execFile } = require('child_process');\nexecFile('chmod', ['o+w', target], cb);",
      "async function f(p) { const fh = await fsp.open(p, 'r'); await fh.chmod(0o777); }",
      "process.umask(0);",
      "function saveSecret(p) { fs.chmodSync(p, 0o660); }",
      "s3.putObject({ Bucket: 'b', Key: 'k', Body: d, ACL: 'public-read' });",
      "await client.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: d, ACL: 'public-read-write' }));",
    ],
  },
});
