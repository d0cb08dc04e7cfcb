import {
  isDryRun,
  renderItem,
  renderItems,
  renderMarkdown,
  renderSummary,
  page,
  type Links,
} from "./render.js";
import type { ResultsStore } from "./store.js";

/** Anchors inside the single report file; a small script shows the section named by the URL hash. */
const anchorId = (...parts: string[]) =>
  parts.map((p) => encodeURIComponent(p).replace(/%/g, "_")).join("--");

const REPORT_LINKS: Links = {
  summary: "#",
  items: (run, suite) => `#items--${anchorId(run, suite)}`,
  item: (run, suite, task) => `#item--${anchorId(run, suite, task)}`,
};

const NAVIGATION = `
function show(){var id=location.hash.slice(1);var secs=document.querySelectorAll('section');var hit=false;
for(var i=0;i<secs.length;i++){var on=secs[i].id===id;secs[i].hidden=!on;hit=hit||on}
document.getElementById('summary-section').hidden=hit;window.scrollTo(0,0)}
window.addEventListener('hashchange',show);show();`;

export interface ReportOptions {
  /** Include every item's page (the drill-down); off keeps reports of large runs small. */
  items?: boolean;
  title?: string;
}

/** A self-contained HTML report (no external assets) and its Markdown summary, for the given runs. */
export async function buildReport(
  store: ResultsStore,
  runIds: string[],
  options: ReportOptions = {},
): Promise<{ html: string; markdown: string }> {
  const summary = await store.summary(runIds);
  let body = `<div id="summary-section">${renderSummary(summary, REPORT_LINKS)}</div>`;
  for (const s of summary.suites) {
    const items = await store.items(s.run_id, s.suite);
    body += `<section id="${REPORT_LINKS.items(s.run_id, s.suite).slice(1)}" hidden>${renderItems(s.run_id, s.suite, items, REPORT_LINKS)}</section>`;
    if (options.items === false) continue;
    for (const item of items) {
      const record = await store.item(s.run_id, s.suite, item.task_id);
      if (!record) continue;
      body += `<section id="${REPORT_LINKS.item(s.run_id, s.suite, item.task_id).slice(1)}" hidden>${renderItem(s.run_id, s.suite, record, REPORT_LINKS)}</section>`;
    }
  }
  // A dry run says so in the title too, whoever builds the report (recipe, `purpcode report`).
  const title = options.title ?? "purpcode evaluation report";
  const dry = summary.runs.some(isDryRun) && !/DRY RUN/.test(title);
  return {
    html: page(dry ? `DRY RUN - ${title}` : title, body, NAVIGATION),
    markdown: renderMarkdown(summary),
  };
}
