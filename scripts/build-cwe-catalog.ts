// Builds assets/cwe-catalog.json.gz, the compact CWE catalog shipped in the package, from the shared MITRE
// conversion. Usage: npx tsx scripts/build-cwe-catalog.ts [--data-dir ../shared/data] [--out assets/cwe-catalog.json.gz]
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { writeFileAtomic } from "../src/core/jsonl.js";
import { CWE_ATTRIBUTION, compactCatalog, type CatalogFile } from "../src/redteam/catalog.js";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const dataDir = arg("data-dir", "../shared/data");
const out = arg("out", "assets/cwe-catalog.json.gz");

const source = JSON.parse(readFileSync(`${dataDir}/cwe/cwe-v4.14-weaknesses.compact.json`, "utf8"));
const top25 = JSON.parse(readFileSync(`${dataDir}/cwe/cwe-top25.json`, "utf8"));
const { source: sourceName, rules } = compactCatalog(source, top25);
const catalog: CatalogFile = {
  source: `${sourceName}; Top 25 lists from cwe-top25.json`,
  attribution: CWE_ATTRIBUTION,
  generated_by: "scripts/build-cwe-catalog.ts",
  rules,
};
// mtime 0 in the gzip header keeps the output byte-identical between runs.
const json = JSON.stringify(catalog);
await writeFileAtomic(out, gzipSync(json, { level: 9 }));
console.log(`${out}: ${rules.length} weaknesses, ${json.length} bytes of JSON`);
