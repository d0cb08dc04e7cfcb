import type { Command } from "commander";
import { join } from "node:path";
import { InputError } from "../core/errors.js";
import { writeFileAtomic, writeJsonl } from "../core/jsonl.js";
import { buildReport } from "../eval/report.js";
import { ResultsStore, toCsv } from "../eval/store.js";
import { DEFAULT_RESULTS } from "./eval.js";
import { globalOptions, info } from "./context.js";

export function register(program: Command): void {
  program
    .command("report")
    .description("write a self-contained HTML report and a Markdown summary of evaluation runs")
    .argument("[runs...]", "run ids (default: every run in the store)")
    .option("--results <dir>", "results folder holding results.db", DEFAULT_RESULTS)
    .option("-o, --output <file>", "HTML report file", "purpcode-report.html")
    .option("--markdown <file>", "Markdown summary file (default: the report's name with .md)")
    .option("--no-items", "leave out the per-item pages (smaller report)")
    .option("--jsonl <file>", "also export the runs' generations and verdicts as JSONL")
    .option("--csv <file>", "also export them as CSV")
    .action(async (runs: string[], opts: Record<string, unknown>, command: Command) => {
      const globals = globalOptions(command);
      const store = await ResultsStore.open(join(String(opts.results), "results.db"));
      try {
        const known = (await store.listRuns()).map((r) => r.id);
        if (!known.length) throw new InputError(`no runs in ${store.file}; run purpcode eval first`);
        const missing = runs.filter((r) => !known.includes(r));
        if (missing.length)
          throw new InputError(`no such run: ${missing.join(", ")}`, {
            hint: `runs in the store: ${known.join(", ")}`,
          });
        const { html, markdown } = await buildReport(store, runs, { items: opts.items !== false });
        const output = String(opts.output);
        const mdFile = (opts.markdown as string | undefined) ?? output.replace(/\.html?$/i, "") + ".md";
        await writeFileAtomic(output, html);
        await writeFileAtomic(mdFile, markdown);
        const ids = runs.length ? runs : known;
        if (opts.jsonl || opts.csv) {
          const rows = (await Promise.all(ids.map((id) => store.exportRows(id)))).flat();
          if (opts.jsonl) await writeJsonl(String(opts.jsonl), rows);
          if (opts.csv) await writeFileAtomic(String(opts.csv), toCsv(rows));
        }
        if (!globals.quiet) process.stdout.write(markdown);
        info(globals, `report: ${output}, summary: ${mdFile}`);
      } finally {
        store.close();
      }
    });
}
