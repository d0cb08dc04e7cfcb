// Rule packs of the brace languages (C, C++, C#, Java, PHP, Go, Rust), analysed with dataflow/clike.ts.
import type { Rule } from "../rule.js";
import { C_RULES } from "./c/index.js";
import { C_CHECK_RULES } from "./c/checks.js";
import { CPP_RULES } from "./cpp/index.js";
import { CPP_CHECK_RULES } from "./cpp/checks.js";
import { JAVA_RULES } from "./java/index.js";
import { CSHARP_RULES } from "./csharp/index.js";
import { PHP_RULES } from "./php/index.js";
import { RUST_RULES } from "./rust/index.js";
import { GO_RULES } from "./go/index.js";
import { GO_CHECK_RULES } from "./go/checks.js";

export const CLIKE_RULES: readonly Rule<never>[] = [
  ...C_RULES,
  ...C_CHECK_RULES,
  ...CPP_RULES,
  ...CPP_CHECK_RULES,
  ...JAVA_RULES,
  ...CSHARP_RULES,
  ...PHP_RULES,
  ...RUST_RULES,
  ...GO_RULES,
  ...GO_CHECK_RULES,
];
