/** Quotes a word for POSIX sh only when it needs it, so generated commands stay readable. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** One command per line group: `cmd \` continuation lines, one argument (or flag + value) per line. */
export function formatCommand(head: string[], args: string[][]): string {
  const lines = [head.map(shellQuote).join(" ")];
  for (const arg of args) lines.push("    " + arg.map(shellQuote).join(" "));
  return lines.join(" \\\n");
}

/** A launch plan: files to write beside it and the commands to run, each on the machine it names. */
export interface LaunchPlan {
  engine: string;
  /** Engine version the commands were generated for (printed in every generated file). */
  engineVersion: string;
  files: Array<{ name: string; content: string }>;
  steps: Array<{ where: string; what: string; command: string }>;
}

/** The plan as a commented shell script: what a user reads, and what `--dry-run` prints. */
export function renderScript(plan: LaunchPlan, header: string[]): string {
  const out = ["#!/usr/bin/env bash", ...header.map((h) => `# ${h}`), "set -euo pipefail", ""];
  for (const step of plan.steps) {
    out.push(`# ${step.what} (${step.where})`);
    out.push(step.command, "");
  }
  return out.join("\n");
}

/** What every GRPO launch (verl, OpenRLHF) is given: the model, the cluster, the reward services and the run. */
export interface GrpoLaunchSettings {
  model: string;
  /** Reward service base URLs. */
  rewardUrls: string[];
  nodes: number;
  gpusPerNode: number;
  /** Head node address for multi-node runs (the Ray GCS listens on 6379, the job API on 8265). */
  headAddress: string;
  rolloutN: number;
  learningRate: number;
  klCoef: number;
  /** Prompts per GPU per step (the paper: 48). */
  promptsPerGpu: number;
  maxPromptLength: number;
  maxResponseLength: number;
  epochs: number;
}
