import { createHash } from "node:crypto";
import { createReadStream, existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { writeFileAtomic } from "./jsonl.js";

import { TOOL_VERSION } from "./version.js";

export { TOOL_VERSION };

/** What produced an artifact: recorded beside every stage output as `<output>.provenance.json`. */
export interface Provenance {
  name: string;
  tool_version: string;
  inputs: Array<{ path: string; bytes: number; sha256: string }>;
  parameters: Record<string, unknown>;
  counts: Record<string, number>;
  started_at: string;
  finished_at: string;
  seconds: number;
  node: string;
  extra?: Record<string, unknown>;
}

export async function fileDigest(path: string): Promise<{ path: string; bytes: number; sha256: string }> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { path, bytes: statSync(path).size, sha256: hash.digest("hex") };
}

export const provenancePath = (output: string) => `${output}.provenance.json`;
export const donePath = (output: string) => `${output}.done`;

export async function writeProvenance(output: string, record: Provenance): Promise<void> {
  await writeFileAtomic(provenancePath(output), JSON.stringify(record, null, 2) + "\n");
}

export async function readProvenance(output: string): Promise<Provenance | undefined> {
  const file = provenancePath(output);
  if (!existsSync(file)) return undefined;
  return JSON.parse(await readFile(file, "utf8")) as Provenance;
}

/** Atomic completion marker: present only when every row of the output was produced. */
export async function markDone(output: string, info: Record<string, unknown>): Promise<void> {
  await writeFileAtomic(
    donePath(output),
    JSON.stringify({ ...info, finished_at: new Date().toISOString() }) + "\n",
  );
}

export function isDone(output: string): boolean {
  return existsSync(donePath(output));
}
