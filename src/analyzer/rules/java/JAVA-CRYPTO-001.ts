import { CALL_TYPES, clikeRule, literalValue } from "../clike.js";

export default clikeRule(["java"], {
  meta: {
    id: "JAVA-CRYPTO-001",
    title: "Broken cipher, mode or padding",
    cwe: ["CWE-327"],
    severity: "HIGH",
    docs: {
      what_it_does:
        'Flags Cipher/KeyGenerator/SecretKeyFactory.getInstance with DES, DESede (3DES), Blowfish, RC2, RC4, ECB mode, CBC with PKCS5/PKCS7 padding (padding oracles), and RSA without OAEP ("RSA", PKCS1Padding, NoPadding).',
      why_bad:
        "These transformations are brute-forceable (DES), leak plaintext structure (ECB), allow padding-oracle decryption (CBC/PKCS5 without a MAC) or textbook-RSA attacks; the data is not protected (CWE-327).",
      example_bad:
        'Cipher make() throws Exception {\n  return Cipher.getInstance("DES/ECB/PKCS5Padding");\n}',
      example_good: 'Cipher make() throws Exception {\n  return Cipher.getInstance("AES/GCM/NoPadding");\n}',
    },
    fix_hint:
      'Use "AES/GCM/NoPadding" with a random 12-byte IV, and "RSA/ECB/OAEPWithSHA-256AndMGF1Padding" for RSA.',
  },
  trigger: /getInstance/,
  nodeTypes: CALL_TYPES.java,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/(Cipher|KeyGenerator|SecretKeyFactory)\.getInstance$/.test(q)) return;
    const a = ctx.args(node)[0];
    if (!a || !ctx.isString(a)) return;
    const t = literalValue(ctx, a);
    const [alg = "", mode = "", pad = ""] = t.split("/");
    let why: string | undefined;
    if (/^(DES|DESede|3DES|TripleDES|DESedeWrap|Blowfish|RC2|RC4|ARCFOUR|PBEWithMD5AndDES)$/i.test(alg))
      why = `${alg} is a broken cipher`;
    else if (/^ECB$/i.test(mode) && !/^RSA$/i.test(alg)) why = "ECB mode leaks plaintext patterns";
    else if (/^AES$/i.test(alg) && mode === "" && /Cipher/.test(q)) why = 'plain "AES" defaults to ECB mode';
    else if (/^CBC$/i.test(mode) && /PKCS[57]Padding/i.test(pad))
      why = "CBC with PKCS padding is open to padding oracles";
    else if (/^RSA$/i.test(alg) && /Cipher/.test(q) && !/OAEP/i.test(pad)) why = "RSA without OAEP padding";
    if (why) report({ node, message: why });
    else if (/^(CBC|CTR|CFB\d*|OFB)$/i.test(mode))
      report({ node, severity: "LOW", message: `${mode} mode without integrity protection (use GCM)` });
  },
  cases: {
    valid: ['class A { void f() throws Exception { Cipher.getInstance("AES/GCM/NoPadding"); } }'],
    invalid: [
      'class A { void f() throws Exception { Cipher.getInstance("DESede/CBC/NoPadding"); } }',
      'class A { void f() throws Exception { Cipher.getInstance("RSA/ECB/PKCS1Padding"); } }',
    ],
  },
});
