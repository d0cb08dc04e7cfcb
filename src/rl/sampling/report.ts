import type { PlannerReport } from "./simulator.js";

/** One planner's figures next to the anchor planner (the first one run, DAPO by default). */
export interface PlannerComparison extends PlannerReport {
  distribution: string;
  /** 1 - wastePerInformative / anchor's: the fraction of the anchor's waste this planner avoids. */
  wasteReductionVsAnchor: number;
  /** informativePerStep / anchor's. */
  informativeRatioVsAnchor: number;
}

export function compareToAnchor(
  distribution: string,
  reports: readonly PlannerReport[],
): PlannerComparison[] {
  const anchor = reports[0];
  return reports.map((report) => ({
    ...report,
    distribution,
    wasteReductionVsAnchor: anchor ? 1 - report.wastePerInformative / anchor.wastePerInformative : 0,
    informativeRatioVsAnchor: anchor ? report.informativePerStep / anchor.informativePerStep : 1,
  }));
}

export const COMPARISON_HEADER = [
  "distribution",
  "planner",
  "rounds/step",
  "rollouts/step",
  "informative/step",
  "min",
  "rollouts/informative",
  "waste/informative",
  "waste vs anchor",
  "waste %",
  "capped",
  "epochs",
];

export function comparisonRow(c: PlannerComparison): string[] {
  return [
    c.distribution,
    c.planner,
    c.roundsPerStep.toFixed(2),
    c.rolloutsPerStep.toFixed(0),
    c.informativePerStep.toFixed(1),
    String(c.minInformativePerStep),
    c.rolloutsPerInformative.toFixed(2),
    c.wastePerInformative.toFixed(2),
    signedPercent(-c.wasteReductionVsAnchor),
    (100 * c.wasteFraction).toFixed(1),
    String(c.cappedSteps),
    c.epochs.toFixed(1),
  ];
}

export function signedPercent(fraction: number): string {
  const value = 100 * fraction;
  const text = `${Math.abs(value).toFixed(1)}%`;
  if (Math.abs(value) < 0.05) return `0.0%`;
  return value > 0 ? `+${text}` : `-${text}`;
}

/** Plain-text table: the first `leftColumns` columns (names) left-aligned, the numbers right-aligned. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  leftColumns = 2,
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) =>
        i < leftColumns ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number),
      )
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n") + "\n";
}
