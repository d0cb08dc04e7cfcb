import type { Command } from "commander";
import { Option } from "commander";
import { findRule, RULES, selectRules } from "../analyzer/registry.js";
import type { Rule } from "../analyzer/rule.js";
import { PurpcodeError } from "../core/errors.js";
import { globalOptions, printJson } from "./context.js";
import { registerCatalog } from "./redteam.js";

function catalogRow(r: Rule<never>) {
  return {
    id: r.meta.id,
    title: r.meta.title,
    cwe: r.meta.cwe,
    severity: r.meta.severity,
    severity_variants: r.meta.severity_variants ?? [],
    languages: r.meta.languages,
  };
}

/** The documented severity and, in brackets, the others a finding may carry (each says why when it does). */
function severityCell(r: Rule<never>): string {
  const others = (r.meta.severity_variants ?? []).map((v) => v.severity);
  return others.length ? `${r.meta.severity} (or ${others.join(", ")})` : r.meta.severity;
}

export function register(program: Command): void {
  const rules = program
    .command("rules")
    .description("browse the analyzer's rules and the CWE rule catalog used for red-teaming");
  // `rules catalog` is the same command as `redteam catalog`: the CWE catalog plus the analyzer's rule docs.
  registerCatalog(rules);
  rules
    .command("list")
    .description("List every rule: id, CWE, severity, languages")
    .addOption(
      new Option("-f, --format <format>", "table, json or markdown").choices(["table", "json", "markdown"]),
    )
    .action((flags: { format?: string }, command: Command) => {
      const format = flags.format ?? (globalOptions(command).json ? "json" : "table");
      if (format === "json") {
        printJson(RULES.map((r) => ({ ...catalogRow(r), docs: r.meta.docs, fix_hint: r.meta.fix_hint })));
        return;
      }
      const rows = RULES.map((r) => [
        r.meta.id,
        r.meta.cwe.join(","),
        severityCell(r),
        r.meta.languages.join(","),
        r.meta.title,
      ]);
      const head = ["ID", "CWE", "SEVERITY", "LANGUAGES", "TITLE"];
      if (format === "markdown") {
        const esc = (s: string) => s.replace(/\|/g, "\\|");
        const out = [
          `| ${head.join(" | ")} |`,
          `|${head.map(() => "---").join("|")}|`,
          ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`),
        ];
        process.stdout.write(out.join("\n") + "\n");
        return;
      }
      // Severity is the rule's base level: `analyze` raises an injection finding one level (to CRITICAL) when a
      // function parameter reaches the sink, so the two can differ for the same rule.
      process.stderr.write(
        "note: SEVERITY is each rule's base level; analyze may raise a finding to CRITICAL when untrusted input reaches it\n",
      );
      const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i < 4 ? r[i]!.length : 0))));
      const line = (r: string[]) => r.map((c, i) => (i < 4 ? c.padEnd(widths[i]!) : c)).join("  ");
      process.stdout.write([line(head), ...rows.map(line)].join("\n") + "\n");
    });
  rules
    .command("show")
    .description("Show one rule's documentation (a CWE id lists the rules that detect it)")
    .argument("<id>", "rule id, e.g. PY-CMDI-001, or a CWE id, e.g. CWE-78")
    .action((id: string, _flags: unknown, command: Command) => {
      const rule = findRule(id);
      if (!rule) {
        // The same ids `analyze --rules` takes: a CWE names every rule that detects it.
        const byCwe = /^(CWE-)?\d+$/i.test(id.trim()) ? selectRules({ rules: [id] }) : [];
        if (byCwe.length === 0)
          throw new PurpcodeError(`unknown rule '${id}'`, {
            hint: "run `purpcode rules list` to see the ids",
          });
        if (globalOptions(command).json) {
          printJson(byCwe.map(catalogRow));
          return;
        }
        process.stdout.write(
          [
            `${byCwe.length} rule(s) detect ${id.toUpperCase().startsWith("CWE-") ? id.toUpperCase() : `CWE-${id}`}:`,
            ...byCwe.map(
              (r) => `  ${r.meta.id}  ${r.meta.severity}  ${r.meta.languages.join(",")}  ${r.meta.title}`,
            ),
            "",
            "purpcode rules show <id> prints one rule's documentation.",
            "",
          ].join("\n"),
        );
        return;
      }
      if (globalOptions(command).json) {
        printJson({ ...catalogRow(rule), docs: rule.meta.docs, fix_hint: rule.meta.fix_hint });
        return;
      }
      const m = rule.meta;
      const indent = (s: string) =>
        s
          .split("\n")
          .map((l) => "    " + l)
          .join("\n");
      process.stdout.write(
        [
          `${m.id}: ${m.title}`,
          `CWE: ${m.cwe.join(", ")}   severity: ${m.severity}   languages: ${m.languages.join(", ")}`,
          ...(m.severity_variants ?? []).map((v) => `  ${v.severity} when ${v.when}`),
          "",
          "What it does",
          `  ${m.docs.what_it_does}`,
          "",
          "Why is this bad?",
          `  ${m.docs.why_bad}`,
          "",
          "Example",
          indent(m.docs.example_bad),
          "",
          "Use instead",
          indent(m.docs.example_good),
          "",
          `Fix: ${m.fix_hint}`,
          "",
        ].join("\n"),
      );
    });
}
