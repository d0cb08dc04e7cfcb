import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { InputError } from "../core/errors.js";
import type { Finding, Severity } from "./types.js";

/** A finding from another analyzer's SARIF log, in our shape, with the file it points at. */
export interface ImportedFinding {
  path: string;
  tool: string;
  finding: Finding;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Json) : undefined;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/**
 * CWE ids from everything tools use to carry them: CodeQL tags (`external/cwe/cwe-078`), Semgrep tags and
 * metadata (`CWE-89: Improper Neutralization...`, `cwe: [...]`), Bandit/other `cwe` properties (number, string or
 * {id}), and SARIF taxonomy references (`taxa` / `relationships` into a component named CWE).
 */
export function cwesOf(...sources: (Json | undefined)[]): string[] {
  const out = new Set<string>();
  const addText = (t: string) => {
    for (const m of t.matchAll(/\bcwe[-_/ ]?0*(\d{1,5})\b/gi)) out.add(`CWE-${m[1]}`);
  };
  const addAny = (v: unknown) => {
    if (typeof v === "number") out.add(`CWE-${v}`);
    else if (typeof v === "string") {
      if (/^\d+$/.test(v)) out.add(`CWE-${Number(v)}`);
      else addText(v);
    } else if (Array.isArray(v)) v.forEach(addAny);
    else if (obj(v)) addAny(obj(v)!.id);
  };
  const addTaxa = (refs: unknown[]) => {
    for (const r of refs) {
      const ref = obj(obj(r)?.target) ?? obj(r);
      const component = str(obj(ref?.toolComponent)?.name) ?? "";
      const id = ref?.id;
      if (/cwe/i.test(component))
        addAny(typeof id === "string" || typeof id === "number" ? String(id) : undefined);
      else if (typeof id === "string" && /^CWE-\d+$/i.test(id)) addText(id);
    }
  };
  for (const s of sources) {
    if (!s) continue;
    const props = obj(s.properties);
    for (const tag of arr(props?.tags)) if (typeof tag === "string" && /cwe/i.test(tag)) addText(tag);
    if (props) for (const key of ["cwe", "CWE", "cwe_id", "cwes"]) addAny(props[key]);
    addAny(obj(props?.metadata)?.cwe);
    addTaxa(arr(s.taxa));
    addTaxa(arr(s.relationships));
  }
  return [...out].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
}

function severityOf(result: Json, rule: Json | undefined): Severity {
  const props = { ...obj(rule?.properties), ...obj(result.properties) };
  const score = Number(props["security-severity"]);
  if (Number.isFinite(score) && props["security-severity"] !== undefined) {
    if (score >= 9) return "CRITICAL";
    if (score >= 7) return "HIGH";
    if (score >= 4) return "MEDIUM";
    return "LOW";
  }
  const named = str(props.issue_severity) ?? str(props.severity) ?? str(props.impact);
  if (named && /^(critical|high|medium|low)$/i.test(named)) return named.toUpperCase() as Severity;
  const level = str(result.level) ?? str(obj(rule?.defaultConfiguration)?.level) ?? "warning";
  return level === "error" ? "HIGH" : level === "note" || level === "none" ? "LOW" : "MEDIUM";
}

/** Reads one SARIF 2.1.0 log; errors name the file and the part that is wrong. */
export function parseSarif(text: string, file: string): ImportedFinding[] {
  let log: Json | undefined;
  try {
    log = obj(JSON.parse(text));
  } catch (e) {
    throw new InputError(`not valid JSON (${(e as Error).message})`, { file });
  }
  if (!log || !Array.isArray(log.runs)) throw new InputError("not a SARIF log: no 'runs' array", { file });
  const out: ImportedFinding[] = [];
  log.runs.forEach((runValue, r) => {
    const run = obj(runValue);
    const driver = obj(obj(run?.tool)?.driver);
    if (!run || !driver) throw new InputError(`runs[${r}]: missing tool.driver`, { file });
    const tool = str(driver.name) ?? "sarif";
    const rules = [
      ...arr(driver.rules),
      ...arr(obj(run.tool)?.extensions).flatMap((x) => arr(obj(x)?.rules)),
    ].map(obj);
    const byId = new Map(rules.filter(Boolean).map((x) => [str(x!.id) ?? "", x!]));
    arr(run.results).forEach((resValue, i) => {
      const res = obj(resValue);
      if (!res) throw new InputError(`runs[${r}].results[${i}]: not an object`, { file });
      const ruleId = str(res.ruleId) ?? str(obj(res.rule)?.id);
      const index =
        typeof res.ruleIndex === "number" ? res.ruleIndex : (obj(res.rule)?.index as number | undefined);
      const rule = (index !== undefined && index >= 0 ? rules[index] : undefined) ?? byId.get(ruleId ?? "");
      const id = ruleId ?? str(rule?.id);
      if (!id) throw new InputError(`runs[${r}].results[${i}]: no ruleId`, { file });
      const loc = obj(obj(arr(res.locations)[0])?.physicalLocation);
      const region = obj(loc?.region);
      const uri = str(obj(loc?.artifactLocation)?.uri) ?? "";
      const line = Number(region?.startLine ?? 1);
      const message =
        str(obj(res.message)?.text) ?? str(obj(rule?.shortDescription)?.text) ?? str(rule?.name) ?? id;
      const fix = str(obj(rule?.help)?.text);
      out.push({
        path: uriToPath(uri),
        tool,
        finding: {
          rule_id: `${tool}/${id}`,
          cwe: cwesOf(res, rule),
          severity: severityOf(res, rule),
          message,
          line,
          column: Number(region?.startColumn ?? 1),
          end_line: Number(region?.endLine ?? line),
          snippet: str(obj(region?.snippet)?.text) ?? "",
          fix_hint: fix ?? "",
        },
      });
    });
  });
  return out;
}

function uriToPath(uri: string): string {
  const path = uri.replace(/^file:\/\//, "");
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function readSarifFiles(files: string[]): ImportedFinding[] {
  return files.flatMap((f) => {
    let text: string;
    try {
      text = readFileSync(f, "utf8");
    } catch (e) {
      throw new InputError(`cannot read SARIF file (${(e as NodeJS.ErrnoException).code ?? "error"})`, {
        file: f,
      });
    }
    return parseSarif(text, f);
  });
}

interface MergeTarget {
  path: string;
  language: string | null;
  findings: Finding[];
}

/**
 * Adds imported findings to the per-file reports (matched by path, relative or absolute), appending a report for
 * files the analyzer did not scan. A finding on the same line with a shared CWE as one of ours is kept: the two
 * tools' rule ids differ and both are evidence.
 */
export function mergeImported<R extends MergeTarget>(
  reports: R[],
  imported: ImportedFinding[],
  minSeverity: Severity = "LOW",
): void {
  const order = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];
  const key = (p: string) => resolve(p);
  const byPath = new Map(reports.map((r) => [key(r.path), r]));
  for (const imp of imported) {
    if (order.indexOf(imp.finding.severity) < order.indexOf(minSeverity)) continue;
    let rep = byPath.get(key(imp.path));
    if (!rep) {
      rep = { path: imp.path, language: null, findings: [] } as unknown as R;
      reports.push(rep);
      byPath.set(key(imp.path), rep);
    }
    if (!rep.findings.some((f) => f.rule_id === imp.finding.rule_id && f.line === imp.finding.line))
      rep.findings.push(imp.finding);
  }
  for (const r of reports) r.findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
