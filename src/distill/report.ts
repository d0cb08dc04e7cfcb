import type { UnitStats } from "./select.js";

/** Per-oracle figures of a distillation run: how much data each oracle gave and how hard its prompts were. */
export interface OracleReport {
  oracle: string;
  prompts: number;
  samples: number;
  parse_failures: number;
  /** Samples not drawn because an earlier turn of their chain did not parse. */
  cut: number;
  verified: number;
  /** verified / samples. */
  verification_rate: number;
  selected: number;
  easy: number;
}

export interface DistillReport {
  oracles: OracleReport[];
  total: OracleReport;
}

function empty(oracle: string): OracleReport {
  return {
    oracle,
    prompts: 0,
    samples: 0,
    parse_failures: 0,
    cut: 0,
    verified: 0,
    verification_rate: 0,
    selected: 0,
    easy: 0,
  };
}

export function buildReport(units: UnitStats[]): DistillReport {
  const byOracle = new Map<string, OracleReport>();
  const total = empty("all");
  for (const u of units) {
    const key = u.oracles.join("+") || "(none)";
    let r = byOracle.get(key);
    if (!r) byOracle.set(key, (r = empty(key)));
    for (const target of [r, total]) {
      target.prompts++;
      target.samples += u.samples;
      target.parse_failures += u.unparsed;
      target.cut += u.cut;
      target.verified += u.verified;
      if (u.selected) target.selected++;
      if (u.easy) target.easy++;
    }
  }
  const oracles = [...byOracle.values()].sort((a, b) => a.oracle.localeCompare(b.oracle));
  for (const r of [...oracles, total]) r.verification_rate = r.samples > 0 ? r.verified / r.samples : 0;
  return { oracles, total };
}

export function formatReport(report: DistillReport): string {
  const header = ["oracle", "prompts", "samples", "unparsed", "cut", "verified", "rate", "selected", "easy"];
  const rows = [...report.oracles, report.total].map((r) => [
    r.oracle,
    String(r.prompts),
    String(r.samples),
    String(r.parse_failures),
    String(r.cut),
    String(r.verified),
    `${(r.verification_rate * 100).toFixed(1)}%`,
    String(r.selected),
    String(r.easy),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}
