import { DEFAULT_FACTORY_OWNERS, pyRule } from "./common.js";

/** OpenSSL cipher names (as M2Crypto's EVP.Cipher takes them) of legacy ciphers, RC4 or ECB mode. */
const M2_WEAK = /^(des|desx|rc4|rc2|bf|cast5?|idea|seed)([-_]|$)|_ecb$/i;

export default pyRule({
  meta: {
    id: "PY-CRYPTO-001",
    title: "Broken cipher or ECB mode",
    cwe: ["CWE-327"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags DES, 3DES, RC4 (ARC4), Blowfish, RC2, XOR ciphers, ECB mode and an empty AES key in PyCryptodome/PyCrypto and cryptography, pyaes's ECB class and M2Crypto EVP ciphers named for DES, RC4, Blowfish, CAST, IDEA, SEED or an ECB mode.",
      why_bad:
        "These ciphers have small keys or blocks, or known biases; ECB leaks patterns of the plaintext. Encrypted data can be recovered or tampered with.",
      example_bad:
        "from Crypto.Cipher import DES\ndef enc(key, data):\n    return DES.new(key, DES.MODE_CBC).encrypt(data)",
      example_good:
        "from Crypto.Cipher import AES\ndef enc(key, data):\n    c = AES.new(key, AES.MODE_GCM)\n    return c.nonce, c.encrypt_and_digest(data)",
    },
    fix_hint: "Use AES-GCM or ChaCha20-Poly1305 (authenticated encryption) with 128/256-bit keys.",
  },
  // The names below are whole segments of the qualified names detect() matches (`DES.new`, `Cipher.DES3.new`,
  // `Crypto.Cipher.XOR.new`, `CAST.new`), or their last segment (`algorithms.SEED`, `CAST5`, `IDEA`, which may end
  // a longer name there), so they stand in the source as such words: not inside DESCRIPTION, OPCODES or BXOR.
  trigger:
    /\bDES3?\b|ARC4|ARC2|Blowfish|\bXOR\b|\bCAST\b|CAST5\b|ECB|TripleDES|IDEA\b|SEED\b|pyDes|AES\.new\(\s*(b?(""|'')|[^,()]+(,\s*1\s*)?\))|M2Crypto/,
  nodeTypes: ["call", "attribute"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      let q = ctx.callee(node);
      // `field(default_factory=modes.ECB)`: every instance of the dataclass gets an ECB mode.
      if (DEFAULT_FACTORY_OWNERS.test(q)) {
        const made = ctx.kwarg(node, "default_factory") ?? ctx.kwarg(node, "factory");
        const t = made ? ctx.valueTarget(made) : undefined;
        if (t && /(^|\.)modes\.ECB$/.test(t))
          report({ node, message: "ECB mode (each instance's default_factory) leaks plaintext patterns" });
        return;
      }
      // A cipher module reached through a name: `mod = CIPHERS['old']` then `mod.new(...)`.
      // `CIPHERS[0].new(...)`: an element of a literal list or dict of cipher modules.
      // `cfg.mod.new(...)`: a field of a namespace or record holding the module.
      if (
        (/^\w+(\.\w+)?\.new$/.test(q) && !/^(DES|DES3|ARC4|ARC2|Blowfish|AES)\./.test(q)) ||
        !/^[\w.]*$/.test(q)
      )
        q = ctx.resolvedCallee(node);
      // A cipher class bound to a name: `ALGORITHM = algorithms.TripleDES` then `ALGORITHM(key)`.
      else if (/^\w+$/.test(q)) q = ctx.resolvedCallee(node);
      // A cipher class kept in an object's attribute: `p.algorithm = algorithms.TripleDES` then `p.algorithm(key)`.
      else if (/^\w+\.\w+$/.test(q)) q = ctx.resolvedCallee(node);
      if (
        /^(Crypto|Cryptodome)\.Cipher\.(DES|DES3|ARC4|ARC2|Blowfish|XOR|CAST)\.new$/.test(q) ||
        /^(DES|DES3|ARC4|ARC2|Blowfish)\.new$/.test(q)
      )
        report({ node, message: `${q.split(".").slice(-2, -1)[0]} is a broken or legacy cipher` });
      else if (
        /(algorithms\.)?(TripleDES|Blowfish|ARC4|IDEA|CAST5|SEED)$/.test(q) &&
        /cryptography|algorithms\./.test(q)
      )
        report({ node, message: `${q.split(".").pop()} is a broken or legacy cipher` });
      else if (
        q === "getattr" &&
        (/^MODE_ECB$/.test(String(ctx.constValue(ctx.args(node)[1]))) ||
          !!ctx.possibleStrings(ctx.args(node)[1])?.includes("MODE_ECB"))
      )
        // `getattr(AES, 'MODE_' + 'ECB')`: the mode constant looked up by a constant name, or by a name that some
        // path reaching here binds to 'ECB' (`primary, legacy = legacy, primary` under a flag that holds).
        report({ node, message: "ECB mode leaks plaintext patterns" });
      else if (/^M2Crypto\.EVP\.Cipher$/.test(q)) {
        // M2Crypto names OpenSSL's cipher by string (`EVP.Cipher(alg="des_ede3_cbc", ...)`): the legacy block
        // ciphers, RC4 and any *_ecb mode are the same choice as their PyCryptodome spellings.
        const alg = ctx.possibleStrings(ctx.arg(node, 0, "alg"))?.find((a) => M2_WEAK.test(a));
        if (alg) report({ node, message: `M2Crypto cipher ${alg} is a broken or legacy cipher or ECB mode` });
      } else if (/^pyaes\.AESModeOfOperationECB$/.test(q))
        report({ node, message: "pyaes ECB mode leaks plaintext patterns" });
      else if (/^pyDes\.(des|triple_des)$/.test(q))
        report({ node, message: `pyDes ${q.split(".").pop()} is a broken or legacy cipher` });
      else if (/(^|\.)AES\.new$/.test(q) && ctx.stringValue(ctx.arg(node, 0, "key")) === "")
        report({ node, message: "AES with an empty key" });
      else if (/(modes\.)?ECB$/.test(q) && /modes/.test(q)) {
        // A mode object stored in a name that is rebound before any read (`mode = modes.ECB()` then, on every
        // path, `mode = modes.CBC(iv)`) configures nothing.
        if (!ctx.unusedValue(node)) report({ node, message: "ECB mode leaks plaintext patterns" });
      } else if (/(^|\.)(AES|DES|DES3|Blowfish|CAST|ARC2)\.new$|(^|\.)Cipher$/.test(q)) {
        // The mode kept in a name or class attribute (`MODE = AES.MODE_ECB`, `ecb = modes.ECB()`): the finding
        // belongs on the cipher it configures as well as on the constant.
        const mode = ctx.arg(node, 1, "mode");
        // PyCryptodome's MODE_ECB is the integer 1: a mode written as that number (or a name bound to it) is ECB.
        // PyCrypto's AES.new(key) with no mode at all defaulted to ECB (PyCryptodome makes it an error).
        const pycrypto = /^(Crypto|Cryptodome)\.Cipher\.\w+\.new$|^(AES|DES3|Blowfish|CAST|ARC2)\.new$/.test(
          q,
        );
        if (pycrypto && mode && ctx.constValue(mode) === 1) {
          report({ node, message: "mode 1 is ECB, which leaks plaintext patterns" });
          return;
        }
        if (pycrypto && !mode && ctx.args(node).length === 1 && !/\*/.test(ctx.text(node))) {
          report({
            node,
            message: "no mode given: PyCrypto defaults to ECB, which leaks plaintext patterns",
          });
          return;
        }
        if (mode?.type !== "identifier" && mode?.type !== "attribute") return;
        const held = ctx.heldValue(mode);
        if (held && held !== mode && /(^|\.)(MODE_ECB|ECB\(\))$/.test(ctx.text(held).replace(/\s+/g, "")))
          report({ node, message: "ECB mode (held in a name) leaks plaintext patterns" });
      }
      return;
    }
    const q = ctx.qname(node);
    if (/\.MODE_ECB$/.test(q) && node.parent?.type !== "attribute" && !ctx.unusedValue(node))
      report({ node, message: "ECB mode leaks plaintext patterns" });
  },
  cases: {
    valid: [
      // The mode name a dead branch would have swapped in; a setdefault whose dict already names AES.
      "from Crypto.Cipher import AES\nLEGACY = False\ndef f(k, d):\n    primary, legacy = 'GCM', 'ECB'\n    if LEGACY:\n        primary, legacy = legacy, primary\n    return AES.new(k, getattr(AES, 'MODE_' + primary)).encrypt(d)",
      "import os\nfrom cryptography.hazmat.primitives.ciphers import algorithms\nCONFIG = {'cipher': 'AES'}\ndef f():\n    return getattr(algorithms, CONFIG.setdefault('cipher', 'Blowfish'))(os.urandom(16))",
      "from types import SimpleNamespace\nfrom Crypto.Cipher import AES, DES\ncfg = SimpleNamespace(mod=AES)\nc = cfg.mod.new(k, cfg.mod.MODE_EAX)",
      "from Crypto.Cipher import AES\nc = AES.new(k, AES.MODE_GCM)",
      "import pyaes, os\nc = pyaes.AESModeOfOperationCBC(k, iv=os.urandom(16))",
      "from M2Crypto import EVP\nc = EVP.Cipher(alg='aes_256_gcm', key=k, iv=iv, op=1)",
      "from M2Crypto import EVP\nc = EVP.Cipher('aes_256_cbc', k, iv, 1)",
      "from Crypto.Cipher import AES\nc = AES.new(k, 11)",
      "from dataclasses import dataclass, field\nfrom cryptography.hazmat.primitives.ciphers import modes\n@dataclass\nclass S:\n    mode: object = field(default_factory=lambda: modes.GCM(b'0' * 12))",
      "from Crypto.Cipher import AES\nc = AES.new(k, getattr(AES, 'MODE_' + 'GCM'))",
      "from Crypto.Cipher import AES\nclass V:\n    MODE = AES.MODE_GCM\n    def seal(self, k, d):\n        return AES.new(k, self.MODE).encrypt_and_digest(d)",
      "from Crypto.Cipher import ARC4, ChaCha20\nCIPHERS = [ARC4, ChaCha20]\nc = CIPHERS[1].new(key=k)",
      // Unpacked from a table of (module, key length) rows: the row read here is the strong one.
      "import os\nfrom Crypto.Cipher import AES, DES\nSUITES = {'legacy': (DES, 8), 'modern': (AES, 16)}\nmod, n = SUITES['modern']\nc = mod.new(os.urandom(n), mod.MODE_EAX)",
      "from cryptography.hazmat.primitives.ciphers import algorithms\nALGO = algorithms.AES\nc = ALGO(key)",
      // The attribute's last store before the call is a strong cipher.
      "import copy\nfrom cryptography.hazmat.primitives.ciphers import algorithms\ndef enc(base, key):\n    p = copy.deepcopy(base)\n    p.algorithm = algorithms.TripleDES\n    p.algorithm = algorithms.AES\n    return p.algorithm(key)",
      "from Crypto.Cipher import AES, DES\ndef enc(spec, key):\n    spec.__dict__.update(module=AES, legacy=DES)\n    return spec.module.new(key, spec.module.MODE_EAX)",
      // The ECB mode object is rebound on every path before the cipher reads the name.
      "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\ndef enc(k, iv):\n    mode = modes.ECB()\n    if len('abcd') == 4:\n        mode = modes.CBC(iv)\n    return Cipher(algorithms.AES(k), mode)",
    ],
    invalid: [
      "from Crypto.Cipher import AES\nLEGACY = True\ndef f(k, d):\n    primary, legacy = 'GCM', 'ECB'\n    if LEGACY:\n        primary, legacy = legacy, primary\n    return AES.new(k, getattr(AES, 'MODE_' + primary)).encrypt(d)",
      "import os\nfrom cryptography.hazmat.primitives.ciphers import algorithms\nCONFIG = {}\ndef f():\n    return getattr(algorithms, CONFIG.setdefault('cipher', 'Blowfish'))(os.urandom(16))",
      // An optional import's fallback (`except ImportError: DES3 = None`) is not the name's value: the check that
      // it imported decides nothing.
      {
        code: "try:\n    from Cryptodome.Cipher import DES3\nexcept ImportError:\n    DES3 = None\n\ndef enc(key, iv, data):\n    if DES3 is None:\n        raise RuntimeError('no DES3')\n    return DES3.new(key, DES3.MODE_CBC, iv).encrypt(data)",
        line: 9,
      },
      { code: "from Crypto.Cipher import AES\nc = AES.new(b'', AES.MODE_GCM)", line: 2 },
      {
        code: "from dataclasses import dataclass, field\nfrom cryptography.hazmat.primitives.ciphers import modes\n@dataclass\nclass S:\n    mode: object = field(default_factory=modes.ECB)",
        line: 5,
      },
      {
        code: "from Crypto.Cipher import AES\nclass V:\n    MODE = AES.MODE_ECB\n    def seal(self, k, d):\n        return AES.new(k, self.MODE).encrypt(d)",
        line: 5,
      },
      {
        code: "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nm = modes.ECB()\nc = Cipher(algorithms.AES(k), m)",
        line: 3,
      },
      "from Crypto.Cipher import DES\nc = DES.new(k, DES.MODE_ECB)",
      // The trigger's word-bounded names: a module imported under another name, a class that ends the import.
      "from Crypto.Cipher import XOR\nc = XOR.new(k)",
      "import Crypto.Cipher.CAST as C\nc = C.new(k, C.MODE_CBC, iv)",
      "from cryptography.hazmat.decrepit.ciphers.algorithms import SEED\nc = SEED(k)",
      {
        code: "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\ndef enc(k, iv, cbc):\n    mode = modes.ECB()\n    if cbc:\n        mode = modes.CBC(iv)\n    return Cipher(algorithms.AES(k), mode)",
        line: 3,
      },
      "from Crypto.Cipher import AES\nc = AES.new(k, getattr(AES, 'MODE_' + 'ECB'))",
      "from Crypto.Cipher import ARC4, ChaCha20\nCIPHERS = [ARC4, ChaCha20]\nc = CIPHERS[0].new(key=k)",
      {
        code: "import os\nfrom Crypto.Cipher import AES, DES\nSUITES = {'legacy': (DES, 8), 'modern': (AES, 16)}\nmod, n = SUITES['legacy']\nc = mod.new(os.urandom(n), mod.MODE_EAX)",
        line: 5,
      },
      "from Crypto.Cipher import AES\nc = AES.new(k, AES.MODE_ECB)",
      "from Crypto.Cipher import AES\nc = AES.new(k, 1)",
      // pyaes's ECB class and M2Crypto's OpenSSL cipher names.
      "import pyaes\nc = pyaes.AESModeOfOperationECB(k)",
      "from M2Crypto import EVP\nc = EVP.Cipher(alg='des_ede3_cbc', key=k, iv=iv, op=1)",
      "from M2Crypto.EVP import Cipher\nc = Cipher('aes_128_ecb', k, b'', 1)",
      "from M2Crypto import EVP\nc = EVP.Cipher('rc4', k, b'', 1)",
      "from Crypto.Cipher import AES\nc = AES.new(key)",
      "from Crypto.Cipher import ARC4\nc = ARC4.new(k)",
      "import pyDes\nk = pyDes.triple_des(key, pyDes.CBC, iv)",
      {
        code: "from cryptography.hazmat.primitives.ciphers import algorithms\nALGO = algorithms.TripleDES\nc = ALGO(key)",
        line: 3,
      },
      {
        code: "from types import SimpleNamespace\nfrom Crypto.Cipher import AES, DES\ncfg = SimpleNamespace(mod=DES)\nc = cfg.mod.new(k, cfg.mod.MODE_EAX)",
        line: 4,
      },
      // A cipher stored into an object's attribute on the way to the call that uses it.
      {
        code: "import copy\nfrom cryptography.hazmat.primitives.ciphers import algorithms\ndef enc(base, key):\n    p = copy.deepcopy(base)\n    p.algorithm = algorithms.TripleDES\n    return p.algorithm(key)",
        line: 6,
      },
      {
        code: "from Crypto.Cipher import AES, DES\ndef enc(spec, key):\n    spec.__dict__.update(module=DES)\n    return spec.module.new(key, spec.module.MODE_EAX)",
        line: 4,
      },
    ],
  },
});
