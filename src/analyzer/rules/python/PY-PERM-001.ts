import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { MODE_BITS, quotedWords, worldWritableChmod } from "../chmod-command.js";
import type { Report } from "../../rule.js";
import { functionName, inTestCode, pyRule } from "./common.js";

/** Inside `if is_win:` / `if os.name == "nt":` / `if sys.platform == "win32":` (not its else branch). */
function windowsOnly(ctx: PythonContext, node: SyntaxNode): boolean {
  for (let p = node.parent, child: SyntaxNode = node; p; child = p, p = p.parent) {
    if (p.type === "function_definition" || p.type === "class_definition") return false;
    if (p.type === "if_statement" && field(p, "consequence") === child) {
      const c = ctx.text(field(p, "condition") ?? p);
      if (
        /^(\w+\.)*is_?win(dows)?\w*$|name\s*==\s*['"]nt['"]|platform(\(\))?\s*==\s*['"](win32|Windows)['"]|platform\.startswith\(\s*['"]win/i.test(
          c,
        )
      )
        return true;
    }
  }
  return false;
}

function modeValue(text: string): number | undefined {
  const t = text.replace(/_/g, "");
  if (/^0o[0-7]+$/i.test(t)) return parseInt(t.slice(2), 8);
  if (/^0[0-7]+$/.test(t)) return parseInt(t.slice(1), 8);
  if (/^\d+$/.test(t)) return Number(t);
  if (/stat\.S_I(RWXO|WOTH)/.test(text)) return 0o002;
  return undefined;
}

/** The permission bits of the `stat` module's mode constants. */
const STAT_BITS: Record<string, number> = {
  S_ISUID: 0o4000,
  S_ISGID: 0o2000,
  S_ISVTX: 0o1000,
  ...MODE_BITS,
  S_IREAD: 0o400,
  S_IWRITE: 0o200,
  S_IEXEC: 0o100,
};

/**
 * The permission bits (0o7777) of a mode expression whose value is known: an integer in any base (`0x1B6`,
 * `0o644`, `420`), a `stat.S_I*` constant, a name bound once to one, and `|`, `&`, `^`, `+` of those.
 */
function modeBits(ctx: PythonContext, node: SyntaxNode | undefined, depth = 0): number | undefined {
  if (!node || depth > 8) return undefined;
  switch (node.type) {
    case "integer": {
      const t = ctx.text(node).replace(/_/g, "").toLowerCase();
      if (!/^(0x[0-9a-f]+|0o[0-7]+|0b[01]+|0[0-7]*|[1-9]\d*)$/.test(t)) return undefined;
      const big = /^0[0-7]+$/.test(t) ? BigInt(`0o${t.slice(1)}`) : BigInt(t);
      return Number(big & 0o7777n);
    }
    case "parenthesized_expression":
      return modeBits(ctx, namedChildren(node)[0], depth + 1);
    case "attribute":
    case "identifier": {
      const k = /^(?:os\.)?stat\.(S_I\w+)$/.exec(ctx.qname(node))?.[1];
      if (k && k in STAT_BITS) return STAT_BITS[k];
      const v = ctx.resolve(node);
      return v && v !== node ? modeBits(ctx, v, depth + 1) : undefined;
    }
    case "binary_operator": {
      const [l, r] = namedChildren(node);
      const a = modeBits(ctx, l, depth + 1);
      const b = modeBits(ctx, r, depth + 1);
      const op = node.children.find((c) => !c.named)?.type;
      // `mode | 0o002` sets at least the known side's bits, whatever `mode` holds.
      if (op === "|" && (a !== undefined || b !== undefined)) return (a ?? 0) | (b ?? 0);
      if (a === undefined || b === undefined) return undefined;
      if (op === "|") return a | b;
      if (op === "&") return a & b;
      if (op === "^") return a ^ b;
      if (op === "+") return (a + b) & 0o7777;
      return undefined;
    }
    default:
      return undefined;
  }
}

function aclInExtraArgs(ctx: PythonContext, extra: SyntaxNode | undefined): SyntaxNode | undefined {
  const d = ctx.resolve(extra);
  if (d?.type !== "dictionary") return undefined;
  for (const p of namedChildren(d))
    if (p.type === "pair" && ctx.stringValue(field(p, "key")) === "ACL") return field(p, "value");
  return undefined;
}

/** The value under a string key of a dict literal (the node itself resolved through one binding). */
function dictGet(ctx: PythonContext, d: SyntaxNode | undefined, key: string): SyntaxNode | undefined {
  const dict = ctx.resolve(d);
  if (dict?.type !== "dictionary") return undefined;
  for (const p of namedChildren(dict))
    if (p.type === "pair" && ctx.stringValue(field(p, "key")) === key) return field(p, "value");
  return undefined;
}

// S3 grantee groups: every one on the internet, or every AWS account in the world.
const S3_GROUP = /acs\.amazonaws\.com\/groups\/global\/(AllUsers|AuthenticatedUsers)/;
const S3_GRANTS = ["GrantRead", "GrantReadACP", "GrantWrite", "GrantWriteACP", "GrantFullControl"];

/**
 * A bucket policy statement that allows anyone (`"Principal": "*"` or `{"AWS": "*"}`) with no Condition to narrow
 * it: the policy given as json.dumps(dict) or as JSON text. Deny statements for everyone are the usual hardening.
 */
function publicPolicyStatement(ctx: PythonContext, policy: SyntaxNode | undefined): boolean {
  let doc = ctx.resolve(policy);
  if (doc?.type === "call" && /^(json\.dumps|dumps)$/.test(ctx.callee(doc)))
    doc = ctx.resolve(ctx.arg(doc, 0, "obj"));
  if (!doc) return false;
  if (doc.type !== "dictionary") {
    const text = ctx.stringValue(doc);
    if (text === undefined) return false;
    try {
      const parsed = JSON.parse(text) as { Statement?: unknown };
      const list = Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
      return list.some((st) => {
        if (!st || typeof st !== "object") return false;
        const o = st as Record<string, unknown>;
        const who = o.Principal;
        const anyone =
          who === "*" || (!!who && typeof who === "object" && (who as Record<string, unknown>).AWS === "*");
        return o.Effect === "Allow" && anyone && o.Condition === undefined;
      });
    } catch {
      return false;
    }
  }
  const stmts = ctx.resolve(dictGet(ctx, doc, "Statement"));
  const list =
    stmts?.type === "list" || stmts?.type === "tuple" ? namedChildren(stmts) : stmts ? [stmts] : [];
  return list.some((st) => {
    if (ctx.stringValue(ctx.resolve(dictGet(ctx, st, "Effect"))) !== "Allow") return false;
    if (dictGet(ctx, st, "Condition")) return false;
    const who = ctx.resolve(dictGet(ctx, st, "Principal"));
    return ctx.stringValue(who) === "*" || ctx.stringValue(ctx.resolve(dictGet(ctx, who, "AWS"))) === "*";
  });
}

/**
 * `old = os.umask(0)` with `os.umask(old)` as the very next statement: the way to read the process umask; the
 * mask is restored before anything can be created under it.
 */
function umaskReadBack(ctx: PythonContext, call: SyntaxNode): boolean {
  const asg = call.parent;
  const left = asg?.type === "assignment" && field(asg, "right") === call ? field(asg, "left") : undefined;
  const stmt = asg?.parent;
  if (left?.type !== "identifier" || stmt?.type !== "expression_statement") return false;
  const siblings = stmt.parent?.children.filter((c) => c.named && c.type !== "comment") ?? [];
  const next = siblings[siblings.indexOf(stmt) + 1];
  const restore = next?.type === "expression_statement" ? namedChildren(next)[0] : undefined;
  return (
    restore?.type === "call" &&
    ctx.callee(restore) === "os.umask" &&
    ctx.text(ctx.args(restore)[0] ?? restore) === ctx.text(left)
  );
}

/** GCP's principals that mean anyone: every internet user, or every holder of a Google account. */
const PUBLIC_MEMBER = /^(allUsers|allAuthenticatedUsers)$/;

/** The public principal a call binds: a member= / members= keyword, a {"members": ...} dict, or add("allUsers"). */
function publicMember(ctx: PythonContext, call: SyntaxNode): string | undefined {
  const holders: SyntaxNode[] = [];
  for (const k of ["member", "members"]) {
    const v = ctx.kwarg(call, k);
    if (v) holders.push(ctx.resolve(v) ?? v);
  }
  const m = ctx.method(call);
  for (const a of ctx.args(call)) {
    const d = ctx.resolve(a) ?? a;
    if (d.type === "dictionary")
      for (const p of namedChildren(d))
        if (p.type === "pair" && ctx.stringValue(field(p, "key")) === "members" && field(p, "value"))
          holders.push(field(p, "value")!);
    if (m === "add" && d.type === "string") holders.push(d);
  }
  for (const h of holders)
    for (const s of [h, ...namedChildren(h)]) {
      const v = s.type === "string" ? ctx.stringValue(s) : undefined;
      if (v && PUBLIC_MEMBER.test(v)) return v;
    }
  return undefined;
}

export default pyRule({
  meta: {
    id: "PY-PERM-001",
    title: "File or directory created with permissive mode",
    cwe: ["CWE-732", "CWE-276"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "HIGH",
        when: "chmod makes the file world-writable (creation modes pass through the umask: MEDIUM)",
      },
      { severity: "LOW", when: "os.open with a world-readable mode, and nothing names the file a secret" },
      {
        severity: "LOW",
        when: "in test code (a test function, set-up method, fixture or TestCase class): the mode of a test's own scratch file",
      },
    ],
    docs: {
      what_it_does:
        "Flags S3 canned ACLs public-read/public-read-write/authenticated-read, grants to the AllUsers/AuthenticatedUsers groups, bucket policies allowing any principal without a condition, S3 Block Public Access settings turned off, Google Cloud Storage make_public()/publicRead ACLs and Azure containers with public access, and chmod/makedirs/mkdir/mkfifo/os.open modes (and chmod commands run through subprocess or os.system) that grant write to others (HIGH) or read to others (LOW), os.open(O_CREAT) without a mode, and os.umask(0).",
      why_bad:
        "World-writable files can be replaced by any local user; world-readable files expose their content, including secrets.",
      example_bad:
        "import os\ndef save(path, data):\n    with open(path, 'w') as f:\n        f.write(data)\n    os.chmod(path, 0o777)",
      example_good:
        "import os\ndef save(path, data):\n    with open(path, 'w') as f:\n        f.write(data)\n    os.chmod(path, 0o600)",
    },
    fix_hint:
      "Grant the least access needed: 0o600 for private files, 0o700 for private directories, 0o644 only for public data.",
  },
  trigger:
    /chmod|makedirs|mkdir|mkfifo|mknod|touch\(|umask|os\.open|public-read|put_bucket_policy|groups\/global\/|authenticated-read|make_public\(|predefined_acl|public_access|\.all(_authenticated)?\(\)\.grant_|FILE_UPLOAD_(DIRECTORY_)?PERMISSIONS|permissions_mode|public_read_access|allUsers|allAuthenticatedUsers/,
  nodeTypes: ["call", "assignment"],
  detect(node, ctx, emit) {
    // A test sets modes on its own scratch files (a fixture tree, the file whose mode change it checks).
    const report = (r: Report) =>
      emit(
        inTestCode(ctx, r.node)
          ? {
              ...r,
              severity: "LOW",
              reason:
                "in test code (a test function, set-up method, fixture or TestCase class): the mode of a test's own scratch file",
            }
          : r,
      );
    if (node.type === "assignment") {
      // Django settings: FILE_UPLOAD_PERMISSIONS / FILE_UPLOAD_DIRECTORY_PERMISSIONS are chmod-ed onto every
      // uploaded file and the directories made for it, as given.
      const left = field(node, "left");
      const right = field(node, "right");
      if (
        left?.type !== "identifier" ||
        !right ||
        !/^FILE_UPLOAD_(DIRECTORY_)?PERMISSIONS$/.test(ctx.text(left)) ||
        ctx.enclosingFunction(node)
      )
        return;
      const v = modeBits(ctx, right) ?? modeValue(ctx.text(right));
      if (v !== undefined && v & 0o002)
        report({
          node,
          severity: "HIGH",
          message: `${ctx.text(left)} ${ctx.text(right)} makes uploads world-writable`,
        });
      return;
    }
    const q = ctx.callee(node);
    // Django's FileSystemStorage chmods what it saves to file_permissions_mode / directory_permissions_mode.
    if (/(^|\.)FileSystemStorage$/.test(q)) {
      for (const kw of ["file_permissions_mode", "directory_permissions_mode"]) {
        const mode = ctx.kwarg(node, kw);
        const v = mode && (modeBits(ctx, mode) ?? modeValue(ctx.text(ctx.resolve(mode) ?? mode)));
        if (mode && v !== undefined && v & 0o002) {
          report({
            node,
            severity: "HIGH",
            message: `${kw}=${ctx.text(mode)} makes stored files world-writable`,
          });
          return;
        }
      }
      return;
    }
    // S3 grants to the AllUsers / AuthenticatedUsers groups (GrantRead='uri="http://acs.amazonaws.com/groups/..."').
    for (const g of S3_GRANTS) {
      const grant = ctx.kwarg(node, g) ?? dictGet(ctx, ctx.kwarg(node, "ExtraArgs"), g);
      const v = grant && ctx.stringValue(ctx.resolve(grant));
      if (v && S3_GROUP.test(v)) {
        report({
          node,
          message: `S3 ${g} to the ${S3_GROUP.exec(v)![1]} group opens the data beyond the account`,
        });
        return;
      }
    }
    // A bucket policy allowing anyone, unconditionally.
    if (ctx.method(node) === "put_bucket_policy" && publicPolicyStatement(ctx, ctx.kwarg(node, "Policy"))) {
      report({ node, message: "S3 bucket policy allows any principal ('*') with no condition" });
      return;
    }
    // Infrastructure code: CDK's s3.Bucket(public_read_access=True) grants s3:GetObject to everyone.
    if (ctx.kwarg(node, "public_read_access")?.type === "true") {
      report({ node, message: "bucket created with public read access: every object readable by anyone" });
      return;
    }
    // Cloud IAM bindings to everyone: GCS `{"role": ..., "members": {"allUsers"}}`, pulumi_gcp
    // BucketIAMMember(member="allUsers"), `policy[role].add("allAuthenticatedUsers")`.
    const everyone = publicMember(ctx, node);
    if (everyone) {
      report({ node, message: `IAM binding grants the resource to ${everyone}` });
      return;
    }
    // S3 canned ACLs that open an object or bucket to everyone (ACL= or upload_file's ExtraArgs={'ACL': ...}),
    // and the acl= of pulumi's and CDK-for-Terraform's bucket and object resources.
    const acl =
      ctx.kwarg(node, "ACL") ?? ctx.kwarg(node, "acl") ?? aclInExtraArgs(ctx, ctx.kwarg(node, "ExtraArgs"));
    if (acl) {
      const v = ctx.stringValue(ctx.resolve(acl));
      if (v && /^(public-read|public-read-write|authenticated-read)$/.test(v))
        report({ node, message: `S3 ACL '${v}' makes the object readable beyond its owner` });
      return;
    }
    // S3 Block Public Access with a switch turned off: the bucket's public ACLs or policies take effect again.
    if (ctx.method(node) === "put_public_access_block") {
      const conf = ctx.resolve(ctx.kwarg(node, "PublicAccessBlockConfiguration"));
      const off =
        conf?.type === "dictionary" &&
        conf.children.some(
          (p) =>
            p.type === "pair" &&
            /^(BlockPublicAcls|IgnorePublicAcls|BlockPublicPolicy|RestrictPublicBuckets)$/.test(
              ctx.stringValue(field(p, "key")) ?? "",
            ) &&
            ctx.text(field(p, "value") ?? p) === "False",
        );
      if (off) report({ node, message: "S3 Block Public Access turned off: public ACLs and policies apply" });
      return;
    }
    // Google Cloud Storage: blob/bucket.make_public(), predefined_acl='publicRead', acl.all().grant_read().
    // Azure Blob: create_container / set_container_access_policy(public_access='container' | 'blob').
    const m = ctx.method(node);
    const cloud = sourceHas(ctx.tree, /^\s*(import|from)\s+(google\.cloud|azure\.storage)\b/m);
    if (cloud && m === "make_public" && field(node, "function")?.type === "attribute") {
      report({ node, message: "cloud storage object or bucket made readable by anyone (make_public)" });
      return;
    }
    if (cloud && /^grant_(read|write|owner)$/.test(m) && /\.all(_authenticated)?\(\)\.grant_\w+$/.test(q)) {
      report({
        node,
        message: `storage ACL grants ${m.slice(6)} to ${/authenticated/.test(q) ? "every signed-in account" : "everyone"}`,
      });
      return;
    }
    const canned = cloud
      ? (ctx.kwarg(node, "predefined_acl") ?? ctx.kwarg(node, "public_access"))
      : undefined;
    if (canned) {
      const v = ctx.stringValue(ctx.resolve(canned)) ?? ctx.text(canned).split(".").pop() ?? "";
      if (/^(publicRead|publicReadWrite|authenticatedRead|container|blob)$/i.test(v))
        report({ node, message: `storage access '${v}' opens the data to anyone` });
      return;
    }
    // `subprocess.run(["chmod", "-R", "777", d])`, `os.system("chmod 666 " + path)`: chmod run as a command.
    if (
      /^(subprocess\.(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|os\.(system|popen)|asyncio\.create_subprocess_(exec|shell))$/.test(
        q,
      )
    ) {
      const args = q === "asyncio.create_subprocess_exec" ? ctx.args(node) : ctx.args(node).slice(0, 1);
      const chmod = worldWritableChmod(quotedWords(args.map((a) => ctx.text(ctx.resolve(a) ?? a)).join(" ")));
      if (chmod) report({ node, severity: "HIGH", message: `chmod ${chmod} makes the path world-writable` });
      return;
    }
    let mode;
    if (q === "os.chmod" || q === "os.fchmod" || q === "os.lchmod") mode = ctx.arg(node, 1, "mode");
    else if (q === "os.makedirs" || q === "os.mkdir" || q === "os.mkfifo" || q === "os.mknod")
      mode = ctx.arg(node, 1, "mode");
    else if (ctx.method(node) === "chmod" && field(node, "function")?.type === "attribute")
      mode = ctx.arg(node, 0, "mode");
    // pathlib: Path.mkdir(mode=...) / Path.touch(mode=...), mode first
    else if (/^(mkdir|touch)$/.test(ctx.method(node)) && field(node, "function")?.type === "attribute")
      mode = ctx.arg(node, 0, "mode");
    else if (q === "os.umask") {
      const a = ctx.arg(node, 0, "mask");
      // The mask as written or held in a constant (SHARED_MASK = 0o000); a mask read back from an earlier
      // os.umask() call (restoring it) is not a literal and is left alone.
      const v = a ? (modeBits(ctx, a) ?? modeValue(ctx.text(ctx.resolve(a) ?? a))) : undefined;
      if (v !== undefined && umaskReadBack(ctx, node)) return;
      if (v === 0) report({ node, message: "umask(0) makes new files world-writable" });
      // A mask without the world-write bit (0o020, 0o770) lets files created as 0o666 stay writable by everyone.
      else if (v !== undefined && !(v & 0o002))
        report({ node, message: `umask ${ctx.text(a!)} leaves new files world-writable` });
      return;
    } else if (q === "os.open") {
      const flags = ctx.text(ctx.arg(node, 1, "flags") ?? node);
      mode = ctx.arg(node, 2, "mode");
      // `flags ^ os.O_CREAT ^ os.O_EXCL`, `flags & ~os.O_CREAT`: the flag taken out, the file opened as it exists.
      if (!mode && /O_CREAT/.test(flags) && !/(\^|&\s*~)\s*(os\.)?O_CREAT\b/.test(flags)) {
        report({
          node,
          message: "os.open with O_CREAT and no mode creates the file 0o777 & ~umask",
          severity: "MEDIUM",
        });
        return;
      }
    }
    if (!mode) return;
    // A mode kept in a name (EVERYONE = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO) is read where it is bound.
    const v = modeBits(ctx, mode) ?? modeValue(ctx.text(ctx.resolve(mode) ?? mode));
    if (v === undefined) return;
    // A creation mode (os.open, mkdir) passes through the umask, which normally strips the world-write bit;
    // chmod sets the bits as given.
    const created =
      q === "os.open" ||
      q === "os.makedirs" ||
      q === "os.mkdir" ||
      q === "os.mkfifo" ||
      q === "os.mknod" ||
      ctx.method(node) === "mkdir" ||
      ctx.method(node) === "touch";
    if (v & 0o002 && created)
      report({
        node,
        message: `creation mode ${ctx.text(mode)} is world-writable unless the umask removes it`,
      });
    // Windows keeps only the read-only bit of a chmod: under `if is_win:` (or os.name == 'nt') it clears that
    // bit, typically before deleting the file.
    else if (v & 0o002 && windowsOnly(ctx, node)) return;
    else if (v & 0o002)
      report({ node, severity: "HIGH", message: `mode ${ctx.text(mode)} is world-writable` });
    // A secret file readable by others is the weakness itself: the documented severity, never a LOW hint.
    else if (
      v & 0o004 &&
      /secret|key|private|token|cred|pass|id_(rsa|dsa|ecdsa|ed25519)|\.pem\b/i.test(
        // The call, the path's value (`fd, path = mkstemp(prefix='deploy-token')`) and the function's name
        // (`write_token_file`) say what the file holds. A public key's file (`pubkey_path`, `id_ed25519.pub`) is
        // meant to be read by others.
        `${ctx.text(node)} ${ctx.text(ctx.resolve(ctx.args(node)[0]) ?? node)} ${functionName(ctx, node)}`.replace(
          /\b\w*pub(lic)?_?key\w*|[\w.]*\.pub\b/gi,
          "",
        ),
      )
    )
      report({ node, message: `mode ${ctx.text(mode)} makes a secret file world-readable` });
    else if (v & 0o004 && q === "os.open")
      report({ node, severity: "LOW", message: `mode ${ctx.text(mode)} is world-readable` });
  },
  cases: {
    valid: [
      "from aws_cdk import aws_s3 as s3\ndef f(stack):\n    s3.Bucket(stack, 'Private', public_read_access=False, block_public_access=s3.BlockPublicAccess.BLOCK_ALL)",
      "import pulumi_aws as aws\naws.s3.BucketAclV2('acl', bucket='b', acl='private')",
      "from google.cloud import storage\nb = storage.Client().bucket('b')\np = b.get_iam_policy(requested_policy_version=3)\np.bindings.append({'role': 'roles/storage.objectViewer', 'members': {'group:eng@acme.example'}})",
      "import os\nos.mkfifo('/run/acme/ctl', 0o600)",
      "import os\ndef reopen(file_path, flags):\n    return os.open(file_path, flags ^ os.O_CREAT ^ os.O_EXCL)",
      "import os\ndef rmfile(path):\n    if is_win:\n        os.chmod(path, 0o777)\n    os.remove(path)",
      "import os\ndef save(pubkey_path):\n    os.chmod(pubkey_path, 0o644)",
      "import os\nos.umask(0o022)",
      "import os\nos.umask(0o077)",
      "import os\nold = os.umask(0o077)\nos.umask(old)",
      "import os\ndef get_umask():\n    old = os.umask(0)\n    os.umask(old)\n    return old",
      "FILE_UPLOAD_PERMISSIONS = 0o640\nFILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o750",
      "from django.core.files.storage import FileSystemStorage\ns = FileSystemStorage(location='/srv/p', file_permissions_mode=0o600)",
      "from pathlib import Path\nPath('/srv/log').touch(mode=0o600)",
      "from pathlib import Path\nPath('/srv/c').mkdir(parents=True, exist_ok=True)",
      "import boto3\ns3 = boto3.client('s3')\ns3.put_object(Bucket='b', Key='k', Body=b'x', ACL='private')",
      "import boto3\ns3 = boto3.client('s3')\ns3.put_public_access_block(Bucket='b', PublicAccessBlockConfiguration={'BlockPublicAcls': True, 'IgnorePublicAcls': True, 'BlockPublicPolicy': True, 'RestrictPublicBuckets': True})",
      "from google.cloud import storage\nb = storage.Client().bucket('b').blob('k')\nb.upload_from_string('x', predefined_acl='private')",
      "from azure.storage.blob import BlobServiceClient\ns = BlobServiceClient.from_connection_string(c)\ns.create_container('x')",
      "import os\nos.chmod(p, 0o600)",
      "import subprocess\nsubprocess.run(['chmod', '-R', '750', d], check=True)",
      "import os\nos.system('chmod +x ' + script)",
      "import os\nos.chmod(p, 0x180)",
      "import os, stat\nos.chmod(p, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)",
      "import os\nos.chmod(p, 0o777 & 0o750)",
      "import os\ndef publish_report(path):\n    os.chmod(path, 0o644)",
      "import os\nos.makedirs(d, exist_ok=True)",
      "import os\nfd = os.open(p, os.O_CREAT | os.O_WRONLY, 0o600)",
      "import boto3\ns3 = boto3.client('s3')\ns3.put_object(Bucket='b', Key='k', Body=b'', GrantRead='id=\"79a59df9\"')",
      "import boto3, json\ns3 = boto3.client('s3')\npol = {'Statement': [{'Effect': 'Allow', 'Principal': {'AWS': 'arn:aws:iam::1:root'}, 'Action': 's3:GetObject'}]}\ns3.put_bucket_policy(Bucket='b', Policy=json.dumps(pol))",
      "import boto3, json\ns3 = boto3.client('s3')\npol = {'Statement': [{'Effect': 'Deny', 'Principal': '*', 'Action': 's3:*', 'Condition': {'Bool': {'aws:SecureTransport': 'false'}}}]}\ns3.put_bucket_policy(Bucket='b', Policy=json.dumps(pol))",
      "import boto3, json\ns3 = boto3.client('s3')\npol = {'Statement': [{'Effect': 'Allow', 'Principal': '*', 'Action': 's3:GetObject', 'Condition': {'StringEquals': {'aws:SourceVpce': 'vpce-1'}}}]}\ns3.put_bucket_policy(Bucket='b', Policy=json.dumps(pol))",
    ],
    invalid: [
      {
        code: "from aws_cdk import aws_s3 as s3\ndef f(stack):\n    s3.Bucket(stack, 'Uploads', public_read_access=True)",
        line: 3,
      },
      {
        code: "import pulumi_aws as aws\naws.s3.BucketAclV2('acl', bucket='b', acl='public-read')",
        line: 2,
      },
      {
        code: "from google.cloud import storage\nb = storage.Client().bucket('b')\np = b.get_iam_policy(requested_policy_version=3)\np.bindings.append({'role': 'roles/storage.objectViewer', 'members': {'allUsers'}})",
        line: 4,
      },
      {
        code: "import pulumi_gcp as gcp\ngcp.storage.BucketIAMMember('pub', bucket='b', role='roles/storage.objectViewer', member='allAuthenticatedUsers')",
        line: 2,
      },
      { code: "import os\nos.mkfifo('/run/acme/ctl', 0o666)", line: 2 },
      // A TestCase's scratch input made world-writable: LOW.
      {
        code: "import os, unittest\nclass ArchiverTestCase(unittest.TestCase):\n    def setUp(self):\n        os.mkdir(self.input_path)\n        os.chmod(self.input_path, 0o777)\n    def test_diff(self):\n        os.chmod('input/test_file', 0o777)",
        line: 5,
        severity: "LOW",
      },
      {
        code: "import boto3\ns3 = boto3.client('s3')\nG = 'uri=\"http://acs.amazonaws.com/groups/global/AllUsers\"'\ns3.put_object(Bucket='b', Key='k', Body=b'', GrantRead=G)",
        line: 4,
      },
      {
        code: "import boto3\ns3 = boto3.client('s3')\ns3.upload_file('f', 'b', 'k', ExtraArgs={'GrantFullControl': 'uri=\"http://acs.amazonaws.com/groups/global/AuthenticatedUsers\"'})",
        line: 3,
      },
      {
        code: "import boto3, json\ns3 = boto3.client('s3')\npol = {'Statement': [{'Effect': 'Allow', 'Principal': '*', 'Action': 's3:GetObject', 'Resource': 'arn:aws:s3:::b/*'}]}\ns3.put_bucket_policy(Bucket='b', Policy=json.dumps(pol))",
        line: 4,
      },
      {
        code: 'import boto3\ns3 = boto3.client(\'s3\')\ns3.put_bucket_policy(Bucket=\'b\', Policy=\'{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:*"}]}\')',
        line: 3,
      },
      {
        code: "import os\ndef rmfile(path):\n    if not is_win:\n        os.chmod(path, 0o777)\n    os.remove(path)",
        line: 4,
      },
      { code: "import os\ndef save(privkey_path):\n    os.chmod(privkey_path, 0o644)", line: 3 },
      { code: "FILE_UPLOAD_PERMISSIONS = 0o777", line: 1 },
      {
        code: "from django.core.files.storage import FileSystemStorage\ns = FileSystemStorage(location='/srv/p', directory_permissions_mode=0o777)",
        line: 2,
      },
      {
        code: "import os, stat\nEVERYONE = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO\nos.chmod(p, EVERYONE)",
        line: 3,
      },
      { code: "from pathlib import Path\nPath('/srv/cache').mkdir(mode=0o777, parents=True)", line: 2 },
      { code: "from pathlib import Path\nPath('/srv/log').touch(mode=0o666)", line: 2 },
      {
        code: "from google.cloud import storage\nb = storage.Client().bucket('b').blob('k')\nb.make_public()",
        line: 3,
      },
      {
        code: "from google.cloud import storage\nb = storage.Client().bucket('b').blob('k')\nb.upload_from_string('x', predefined_acl='publicRead')",
        line: 3,
      },
      {
        code: "from azure.storage.blob import BlobServiceClient, PublicAccess\ns = BlobServiceClient.from_connection_string(c)\ns.create_container('x', public_access=PublicAccess.Container)",
        line: 3,
      },
      {
        code: "import boto3\ns3 = boto3.client('s3')\ncfg = {'BlockPublicAcls': False, 'IgnorePublicAcls': False, 'BlockPublicPolicy': True, 'RestrictPublicBuckets': True}\ns3.put_public_access_block(Bucket='b', PublicAccessBlockConfiguration=cfg)",
        line: 4,
      },
      {
        code: "import boto3\ns3 = boto3.client('s3')\ns3.put_object(Bucket='b', Key='k', Body=b'x', ACL='public-read')",
        line: 3,
      },
      {
        code: "import boto3\ns3 = boto3.client('s3')\ns3.upload_file('f', 'b', 'k', ExtraArgs={'ACL': 'public-read'})",
        line: 3,
      },
      "import os\nos.chmod('id_rsa', 0o644)",
      "import os, tempfile\ndef write_token_file(t):\n    fd, path = tempfile.mkstemp()\n    os.write(fd, t.encode())\n    os.chmod(path, 0o644)",
      "import os\nos.chmod(p, 0o777)",
      { code: "import os\nos.chmod(p, 0x1B6)", line: 2, severity: "HIGH" },
      { code: "import os\nos.chmod(p, 0o700 | 0o070 | 0o007)", line: 2, severity: "HIGH" },
      { code: "import os, stat\nos.chmod(p, stat.S_IRUSR | stat.S_IWOTH)", line: 2, severity: "HIGH" },
      { code: "import os\ndef f(p, m):\n    os.chmod(p, m | 0o002)", line: 3, severity: "HIGH" },
      "import os\nfd = os.open(p, os.O_CREAT | os.O_WRONLY)",
      "import os\nos.umask(0)",
      { code: "import os\nold = os.umask(0)\nopen('/tmp/x', 'w').close()\nos.umask(old)", line: 2 },
      {
        code: "import subprocess\nsubprocess.run(['chmod', '-R', '777', d], check=True)",
        line: 2,
        severity: "HIGH",
      },
      { code: "import os\nos.system('chmod 666 ' + path)", line: 2, severity: "HIGH" },
      { code: "import os\nos.system(f'chmod a+rwx {path}')", line: 2, severity: "HIGH" },
      { code: "import os\nos.umask(0o020)", line: 2 },
      { code: "import os\nMASK = 0o770\nos.umask(MASK)", line: 3 },
      { code: "import os\nfd = os.open(p, os.O_CREAT | os.O_WRONLY, 0o666)", line: 2, severity: "MEDIUM" },
      { code: "import os\nos.makedirs('/srv/data', mode=0o777)", line: 2, severity: "MEDIUM" },
      { code: "import os\nos.chmod(p, 0o666)", line: 2, severity: "HIGH" },
    ],
  },
});
