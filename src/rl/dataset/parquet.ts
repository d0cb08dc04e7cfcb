import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parquetWriteBuffer } from "hyparquet-writer";
import type { SchemaElement } from "hyparquet";
import type { VerlRow } from "./verl-row.js";
import { TOOL_VERSION } from "../../core/provenance.js";

const utf8 = (name: string): SchemaElement => ({
  name,
  type: "BYTE_ARRAY",
  converted_type: "UTF8",
  repetition_type: "REQUIRED",
});

/**
 * The parquet schema of a verl RL row, with lists in the standard three-level layout (`list` / `element`) that
 * pyarrow writes, so `datasets.load_dataset("parquet")` in verl reads it as list<struct<role, content>>.
 */
export const VERL_PARQUET_SCHEMA: SchemaElement[] = [
  { name: "schema", num_children: 5 },
  utf8("data_source"),
  { name: "prompt", repetition_type: "REQUIRED", converted_type: "LIST", num_children: 1 },
  { name: "list", repetition_type: "REPEATED", num_children: 1 },
  { name: "element", repetition_type: "REQUIRED", num_children: 2 },
  utf8("role"),
  utf8("content"),
  utf8("ability"),
  { name: "reward_model", repetition_type: "REQUIRED", num_children: 2 },
  utf8("style"),
  utf8("ground_truth"),
  { name: "extra_info", repetition_type: "REQUIRED", num_children: 5 },
  utf8("split"),
  { name: "index", type: "INT64", repetition_type: "REQUIRED" },
  utf8("task_id"),
  utf8("prompt"),
  { name: "oracles", repetition_type: "REQUIRED", converted_type: "LIST", num_children: 1 },
  { name: "list", repetition_type: "REPEATED", num_children: 1 },
  utf8("element"),
];

const COLUMNS = ["data_source", "prompt", "ability", "reward_model", "extra_info"] as const;

export interface ParquetOptions {
  /** A dry run's label, written into the file's key-value metadata and `created_by`. */
  dryRun?: string;
}

/** Encodes verl rows as one parquet file (snappy, row groups of 1,000 so readers can stream). */
export function encodeVerlParquet(rows: VerlRow[], options: ParquetOptions = {}): Uint8Array {
  const prepared = rows.map((row) => ({
    ...row,
    extra_info: { ...row.extra_info, index: BigInt(row.extra_info.index) },
  }));
  const buffer = parquetWriteBuffer({
    schema: VERL_PARQUET_SCHEMA,
    columnData: COLUMNS.map((name) => ({ name, data: prepared.map((row) => row[name]) })),
    rowGroupSize: 1000,
    createdBy: `purpcode ${TOOL_VERSION} (hyparquet-writer)${options.dryRun ? ` - ${options.dryRun}` : ""}`,
    // A dry run's files say so in their footer metadata (pyarrow: pq.read_metadata(f).metadata).
    ...(options.dryRun ? { kvMetadata: [{ key: "purpcode.dry_run", value: options.dryRun }] } : {}),
  });
  return new Uint8Array(buffer);
}

/** Writes the file atomically: a crash never leaves a truncated parquet where verl would look. */
export async function writeVerlParquet(
  file: string,
  rows: VerlRow[],
  options: ParquetOptions = {},
): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, encodeVerlParquet(rows, options));
  await rename(tmp, file);
}
