import { WEAK_RANDOM_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, inSecretContext } from "../clike.js";
import { sourceHas, sourceMatches } from "../../parse/nodes.js";

export default clikeRule(["go"], {
  meta: {
    id: "GO-RAND-001",
    title: "math/rand used where unpredictability matters",
    cwe: ["CWE-338"],
    severity: "MEDIUM",
    severity_variants: WEAK_RANDOM_VARIANTS,
    docs: {
      what_it_does:
        "Flags math/rand (and math/rand/v2) calls in files that import it. MEDIUM in code about tokens, keys, passwords, salts, IVs or sessions; LOW elsewhere.",
      why_bad:
        "math/rand is a deterministic generator; its output can be predicted, so tokens, salts or IVs drawn from it can be guessed (CWE-338).",
      example_bad: 'import "math/rand"\n\nfunc token() string {\n\treturn fmt.Sprintf("%x", rand.Int63())\n}',
      example_good:
        'import "crypto/rand"\n\nfunc token() string {\n\tb := make([]byte, 16)\n\trand.Read(b)\n\treturn hex.EncodeToString(b)\n}',
    },
    fix_hint: "Use crypto/rand (rand.Read, rand.Int) for anything an attacker must not guess.",
  },
  trigger: /math\/rand/,
  nodeTypes: CALL_TYPES.go,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (
      !/^(rand|mrand|mathrand)\.(Int|Intn|Int31|Int31n|Int63|Int63n|Uint32|Uint64|Float32|Float64|Read|Perm|Shuffle|Seed|IntN|N|New)$/.test(
        q,
      )
    )
      return;
    const alias = q.split(".")[0]!;
    const imported =
      alias === "rand"
        ? sourceHas(ctx.tree, /"math\/rand(\/v2)?"/) && !sourceHas(ctx.tree, /^\s*"crypto\/rand"/m)
        : sourceMatches(ctx.tree, `${alias}\\s+"math/rand`);
    if (!imported) return;
    report({
      node,
      severity: inSecretContext(ctx, node) ? "MEDIUM" : "LOW",
      message: `${q} is not a cryptographic generator`,
    });
  },
  cases: {
    valid: ['import "crypto/rand"\nfunc f(b []byte) { rand.Read(b) }'],
    invalid: ['import "math/rand"\nfunc f() int { return rand.Intn(6) }'],
  },
});
