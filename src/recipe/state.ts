import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../core/jsonl.js";
import { fileDigest } from "../core/provenance.js";

/**
 * The run's record of its stages: for each, the key it ran under (a hash of its resolved parameters, its input
 * files' digests and the key of the stage before it), its state and its counts. A stage whose recorded key
 * equals its current key and that finished is skipped; one that started under the same key resumes.
 */

export type StageState = "running" | "done" | "failed";

export interface StageRecord {
  state: StageState;
  key: string;
  inputs: Array<{ path: string; sha256: string; bytes: number }>;
  counts: Record<string, number>;
  notes?: string[];
  started_at: string;
  finished_at?: string;
  seconds?: number;
  error?: string;
}

export interface RunState {
  recipe: string;
  name: string;
  dry_run: boolean;
  stages: Record<string, StageRecord>;
}

export const statePath = (runDir: string) => join(runDir, "recipe-state.json");

export function readState(runDir: string): RunState | undefined {
  const file = statePath(runDir);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8")) as RunState;
}

export async function writeState(runDir: string, state: RunState): Promise<void> {
  await writeFileAtomic(statePath(runDir), JSON.stringify(state, null, 2) + "\n");
}

/** Digests of the files a stage reads (missing files count as empty, so they change the key when they appear). */
export async function inputDigests(files: string[]): Promise<StageRecord["inputs"]> {
  const out = [];
  for (const path of files) {
    if (!existsSync(path)) out.push({ path, sha256: "missing", bytes: 0 });
    else {
      const d = await fileDigest(path);
      out.push({ path, sha256: d.sha256, bytes: d.bytes });
    }
  }
  return out;
}

/** Stable JSON (sorted keys) so a key does not depend on property order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}

export function stageKey(parameters: unknown, inputs: StageRecord["inputs"], previous: string): string {
  return createHash("sha256")
    .update(canonical({ parameters, inputs: inputs.map((i) => [i.path, i.sha256]), previous }))
    .digest("hex");
}
