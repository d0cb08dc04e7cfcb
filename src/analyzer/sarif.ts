import { RULES } from "./registry.js";
import type { Finding, Severity } from "./types.js";

export interface SarifFileResult {
  path: string;
  findings: Finding[];
  error?: string;
  warning?: string;
}

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  CRITICAL: "error",
  HIGH: "error",
  MEDIUM: "warning",
  LOW: "note",
};

/** GitHub code scanning ranks security alerts by this 0-10 score. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  CRITICAL: "9.5",
  HIGH: "8.0",
  MEDIUM: "5.5",
  LOW: "2.0",
};

/** SARIF 2.1.0 log for one analyzer run; per-file errors become tool execution notifications. */
export function toSarif(files: SarifFileResult[], version: string): Record<string, unknown> {
  const used = new Set(files.flatMap((f) => f.findings.map((x) => x.rule_id)));
  const rules = RULES.filter((r) => used.has(r.meta.id));
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const results = files.flatMap((f) =>
    f.findings.map((x) => ({
      ruleId: x.rule_id,
      ruleIndex: index.get(x.rule_id) ?? -1,
      level: LEVEL[x.severity],
      message: { text: `${x.message} (${x.cwe.join(", ")})` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(f.path) },
            region: {
              startLine: x.line,
              startColumn: x.column,
              endLine: Math.max(x.end_line, x.line),
              snippet: { text: x.snippet },
            },
          },
        },
      ],
      properties: { severity: x.severity, cwe: x.cwe, fix_hint: x.fix_hint },
    })),
  );
  const notifications = files
    .filter((f) => f.error || f.warning)
    .map((f) => ({
      level: f.error ? "error" : "warning",
      message: { text: `${f.path}: ${f.error ?? f.warning}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(f.path) } } }],
    }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "purpcode",
            version,
            informationUri: "https://arxiv.org/abs/2507.19060",
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id.replace(/-/g, ""),
              shortDescription: { text: r.meta.title },
              fullDescription: { text: r.meta.docs.what_it_does },
              help: {
                text: `${r.meta.docs.why_bad}\nFix: ${r.meta.fix_hint}`,
                markdown: `${r.meta.docs.why_bad}\n\n**Fix:** ${r.meta.fix_hint}\n\nBad:\n\`\`\`\n${r.meta.docs.example_bad}\n\`\`\`\nGood:\n\`\`\`\n${r.meta.docs.example_good}\n\`\`\``,
              },
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
              properties: {
                tags: ["security", ...r.meta.cwe.map((c) => `external/cwe/${c.toLowerCase()}`)],
                "security-severity": SECURITY_SEVERITY[r.meta.severity],
                precision: "high",
              },
            })),
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
}

function toUri(path: string): string {
  if (path === "-") return "stdin";
  return path
    .split(/[\\/]/)
    .map((s) => encodeURIComponent(s))
    .join("/");
}
