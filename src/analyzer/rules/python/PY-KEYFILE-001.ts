import { descendants } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** The function makes the file owner-only itself (`os.chmod(path, 0o600)`, `os.open(..., 0o600)`, `umask(0o077)`). */
const OWNER_ONLY =
  /\b(chmod|open|umask|touch)\([^)]*\b0o?[46]00\b|\bumask\(\s*0o?77\b|S_IRUSR\s*\|\s*S_IWUSR\s*\)/;

export default pyRule({
  meta: {
    id: "PY-KEYFILE-001",
    title: "Private key serialised without encryption",
    cwe: ["CWE-311", "CWE-312"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags a private key serialised with `encryption_algorithm=serialization.NoEncryption()` (cryptography) or written with paramiko's `write_private_key_file` / `write_private_key` without a password, unless the same function makes the file owner-only.",
      why_bad:
        "The key file is the whole secret: a backup, a mis-set permission or a copied home directory hands it over, and nothing stands between the reader and the key.",
      example_bad:
        "from cryptography.hazmat.primitives import serialization\ndef save(key, path):\n    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())\n    open(path, 'wb').write(pem)",
      example_good:
        "import os\nfrom cryptography.hazmat.primitives import serialization\ndef save(key, path):\n    pw = os.environ['KEY_PASSPHRASE'].encode()\n    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.BestAvailableEncryption(pw))\n    open(path, 'wb').write(pem)",
    },
    fix_hint:
      "Encrypt the key with `BestAvailableEncryption(passphrase)` / `write_private_key_file(path, password=...)`, or keep it in a key store; if it must stay unencrypted (a server's TLS key), create the file owner-only.",
  },
  // Severity LOW: servers often keep their TLS key unencrypted behind file permissions; the finding asks for one.
  trigger: /NoEncryption\(|write_private_key(_file)?\(/,
  nodeTypes: ["call"],
  calls: ["private_bytes", "write_private_key_file", "write_private_key"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    const fn = ctx.enclosingFunction(node);
    const scope = fn ? ctx.text(fn) : ctx.tree.source;
    if (OWNER_ONLY.test(scope)) return;
    if (m === "private_bytes") {
      const enc = ctx.arg(node, 2, "encryption_algorithm");
      const v = enc?.type === "identifier" ? (ctx.resolve(enc) ?? enc) : enc;
      if (
        v &&
        [v, ...descendants(v)].some((d) => d.type === "call" && /(^|\.)NoEncryption$/.test(ctx.callee(d)))
      )
        report({ node, message: "the private key is serialised with NoEncryption()" });
      return;
    }
    // paramiko: PKey.write_private_key_file(filename, password=None) / write_private_key(file_obj, password=None).
    if (!/^(write_private_key_file|write_private_key)$/.test(m)) return;
    const pw = ctx.arg(node, 1, "password");
    if (!pw || pw.type === "none")
      report({ node, message: `${m}() writes the private key without a password` });
  },
  cases: {
    valid: [
      "import os\nfrom cryptography.hazmat.primitives import serialization\ndef save(key, path):\n    pw = os.environ['P'].encode()\n    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.BestAvailableEncryption(pw))",
      "import os\nfrom cryptography.hazmat.primitives import serialization\ndef save(key, path):\n    pem = key.private_bytes(encoding=serialization.Encoding.PEM, format=serialization.PrivateFormat.PKCS8, encryption_algorithm=serialization.NoEncryption())\n    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)\n    os.write(fd, pem)",
      "import os\ndef save(key, path):\n    key.write_private_key_file(path, password=os.environ['KEY_PW'])",
      "def pub(key):\n    return key.public_bytes(encoding=1, format=2)",
    ],
    invalid: [
      "from cryptography.hazmat.primitives import serialization\ndef save(key, path):\n    pem = key.private_bytes(encoding=serialization.Encoding.PEM, format=serialization.PrivateFormat.PKCS8, encryption_algorithm=serialization.NoEncryption())\n    with open(path, 'wb') as fh:\n        fh.write(pem)",
      "from cryptography.hazmat.primitives.serialization import Encoding, PrivateFormat, NoEncryption\ndef dump(key):\n    return key.private_bytes(Encoding.PEM, PrivateFormat.TraditionalOpenSSL, NoEncryption())",
      "import paramiko\ndef make(path):\n    key = paramiko.RSAKey.generate(4096)\n    key.write_private_key_file(path)\n    return key.get_base64()",
    ],
  },
});
