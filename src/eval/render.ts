import type { ItemRecord, ItemSummary, RunRecord, StoredGroup, StoredMetric, Summary } from "./store.js";
import type { SuiteCategory } from "./types.js";

/**
 * HTML views of the results store, shared by the static report and the local viewer: a summary (table across
 * runs and suites, per-CWE bars, safety vs utility scatter), an item list per run and suite, and one item.
 * Links are supplied by the caller (anchors in the report file, URLs in the viewer).
 */

export interface Links {
  summary: string;
  items(runId: string, suite: string): string;
  item(runId: string, suite: string, taskId: string): string;
}

export const esc = (s: unknown): string =>
  String(s ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
/** Metrics that count items rather than rate them. */
export const COUNT_METRICS: readonly string[] = ["unsupported", "failed"];
const isRate = (m: { name: string }) => !COUNT_METRICS.includes(m.name);
/** A rate over no items is not a score: "n/a", never "0.0%". */
export const fmt = (m: { name: string; value: number; n: number }) =>
  isRate(m) ? (m.n === 0 ? "n/a" : pct(m.value)) : String(m.value);

/** One metric as a line of text: `insecure_rate 12.5% (n=8)`, `insecure_rate n/a (n=0)`, `failed 2`. */
export const metricText = (m: { name: string; value: number; n: number }) =>
  isRate(m) ? `${m.name} ${fmt(m)} (n=${m.n})` : `${m.name} ${m.value}`;

export const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d2330;color:#fff;padding:10px 20px}header a{color:#9cc3ff}
main{padding:16px 20px;max-width:1200px}h1{font-size:20px;margin:0}h2{font-size:17px;margin:24px 0 8px}
table{border-collapse:collapse;background:#fff;margin:8px 0}td,th{border:1px solid #d5d9e0;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eef1f5}td.num{text-align:right;font-variant-numeric:tabular-nums}
.good{color:#17743b}.bad{color:#b3261e;font-weight:600}.unsupported,.unscored{color:#7a7f88}
pre{background:#fff;border:1px solid #d5d9e0;padding:8px;overflow:auto;max-height:480px;white-space:pre-wrap}
.msg{margin:8px 0}.role{font-weight:600;text-transform:uppercase;font-size:12px;color:#54607a}
.muted{color:#7a7f88;font-size:12px}svg{background:#fff;border:1px solid #d5d9e0}
.dry-run{background:#fff3cd;border:1px solid #e0b84a;padding:6px 10px;font-weight:600}
.better{color:#17743b}.worse{color:#b3261e}
`;

export function page(title: string, body: string, script = ""): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${STYLE}</style></head>
<body><header><h1>${esc(title)}</h1></header><main>${body}</main>${script ? `<script>${script}</script>` : ""}</body></html>`;
}

const runLabel = (run: RunRecord) => `${isDryRun(run) ? "DRY RUN " : ""}${run.id} (${run.model})`;

/** A run whose answers came from the scripted stand-in model (the recipe's dry_run): its numbers mean nothing. */
export const isDryRun = (run: RunRecord) => run.parameters.dry_run === true;

/** The DRY RUN banner when any of the runs is one. */
export function dryRunBanner(runs: RunRecord[]): string {
  const dry = runs.filter(isDryRun);
  if (!dry.length) return "";
  return `<p class="dry-run" id="dry-run">DRY RUN - scripted model, numbers mean nothing: ${dry.map((r) => esc(r.id)).join(", ")}</p>`;
}

/** Safety and utility scores of a run: means of the suites' headline metrics, oriented so higher is better. */
export function runScores(summary: Summary, runId: string): { safety?: number; utility?: number } {
  const headline = new Map<string, StoredMetric>();
  for (const m of summary.metrics) if (m.run_id === runId && !headline.has(m.suite)) headline.set(m.suite, m);
  const safety: number[] = [];
  const utility: number[] = [];
  for (const s of summary.suites.filter((x) => x.run_id === runId)) {
    const m = headline.get(s.suite);
    if (!m || m.n === 0) continue;
    const good = m.better === "higher" ? m.value : 1 - m.value;
    (s.category === "utility" || s.category === "knowledge" ? utility : safety).push(good);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);
  return { safety: mean(safety), utility: mean(utility) };
}

const CATEGORY_ORDER: SuiteCategory[] = ["secure-code", "malicious", "over-refusal", "utility", "knowledge"];

export function renderSummary(summary: Summary, links: Links): string {
  const suites = [...new Map(summary.suites.map((s) => [s.suite, s])).values()].sort(
    (a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category),
  );
  const metric = (run: string, suite: string) =>
    summary.metrics.filter((m) => m.run_id === run && m.suite === suite);
  let html = `${dryRunBanner(summary.runs)}<h2>Summary</h2><table id="summary"><tr><th>suite</th><th>category</th><th>metric</th>`;
  html += summary.runs.map((r) => `<th>${esc(runLabel(r))}</th>`).join("") + "</tr>";
  for (const s of suites) {
    const names = [...new Set(summary.metrics.filter((m) => m.suite === s.suite).map((m) => m.name))];
    names.forEach((name, i) => {
      html += "<tr>";
      if (i === 0)
        html += `<td rowspan="${names.length}">${esc(s.suite)}</td><td rowspan="${names.length}">${esc(s.category)}</td>`;
      html += `<td>${esc(name)} <span class="muted">(${metric(summary.runs[0]?.id ?? "", s.suite).find((m) => m.name === name)?.better ?? ""} is better)</span></td>`;
      for (const run of summary.runs) {
        const m = metric(run.id, s.suite).find((x) => x.name === name);
        const cell = m ? `${fmt(m)} <span class="muted">n=${m.n}</span>` : "-";
        html += `<td class="num">${i === 0 && m ? `<a href="${esc(links.items(run.id, s.suite))}">${cell}</a>` : cell}</td>`;
      }
      html += "</tr>";
    });
  }
  html += "</table>";
  html += renderDelta(summary);
  html += renderScatter(summary);
  html += renderBreakdowns(summary);
  html += renderCweBars(summary);
  html += `<h2>Runs</h2><table><tr><th>run</th><th>model</th><th>answers</th><th>system prompt</th><th>severity</th><th>judges read</th><th>dry run</th><th>created</th></tr>`;
  for (const r of summary.runs)
    html += `<tr><td>${esc(r.id)}</td><td>${esc(r.model)}</td><td>${esc(r.answers)}</td><td>${esc(r.parameters.system_prompt ?? "")} ${r.system_prompt ? `<span class="muted">${esc(r.system_prompt.slice(0, 80))}...</span>` : "none"}</td><td>${esc(r.parameters.severity ?? "")}</td><td>${esc(r.parameters.judge_view ?? "")}</td><td>${isDryRun(r) ? "<b>DRY RUN</b>" : "no"}</td><td>${esc(r.created_at)}</td></tr>`;
  html += "</table>";
  const sources = [...new Set(summary.suites.map((s) => s.source).filter(Boolean))];
  if (sources.length) html += `<p class="muted">Data: ${sources.map(esc).join("; ")}.</p>`;
  return html;
}

/**
 * Run-vs-run deltas (e.g. a model against its base): every metric of the first run (the base) against each later
 * run, in points, coloured by whether the change is for the better.
 */
export function deltaRows(summary: Summary): Array<{
  suite: string;
  metric: string;
  base: StoredMetric;
  run: StoredMetric;
  delta: number;
  improved: boolean;
}> {
  const [base, ...others] = summary.runs;
  if (!base) return [];
  const rows = [];
  for (const m of summary.metrics.filter((x) => x.run_id === base.id && isRate(x))) {
    for (const other of others) {
      const o = summary.metrics.find(
        (x) => x.run_id === other.id && x.suite === m.suite && x.name === m.name,
      );
      if (!o || o.n === 0 || m.n === 0) continue;
      const delta = o.value - m.value;
      rows.push({
        suite: m.suite,
        metric: m.name,
        base: m,
        run: o,
        delta,
        improved: m.better === "higher" ? delta > 0 : delta < 0,
      });
    }
  }
  return rows;
}

function renderDelta(summary: Summary): string {
  if (summary.runs.length < 2) return "";
  const rows = deltaRows(summary);
  if (!rows.length) return "";
  const base = summary.runs[0]!;
  let html = `<h2>Change against ${esc(base.id)}</h2><table id="delta"><tr><th>suite</th><th>metric</th><th>${esc(base.id)}</th><th>run</th><th>value</th><th>change</th></tr>`;
  for (const r of rows) {
    const points = `${r.delta >= 0 ? "+" : ""}${(r.delta * 100).toFixed(1)} pts`;
    const cls = r.delta === 0 ? "" : r.improved ? "better" : "worse";
    html += `<tr><td>${esc(r.suite)}</td><td>${esc(r.metric)}</td><td class="num">${fmt(r.base)}</td><td>${esc(r.run.run_id)}</td><td class="num">${fmt(r.run)}</td><td class="num ${cls}">${points}</td></tr>`;
  }
  return html + "</table>";
}

/** Bad-outcome rate per language and per model turn, one table per suite and dimension, runs as columns. */
function renderBreakdowns(summary: Summary): string {
  let html = "";
  for (const dimension of ["language", "turn", "source"] as const) {
    const groups = summary.groups.filter((g) => g.dimension === dimension && g.n - g.unsupported > 0);
    for (const suite of [...new Set(groups.map((g) => g.suite))]) {
      const rows = groups.filter((g) => g.suite === suite);
      const keys = [...new Set(rows.map((g) => g.key))].sort((a, b) =>
        a.localeCompare(b, "en", { numeric: true }),
      );
      if (keys.length < 2 && dimension !== "turn") continue;
      html += `<h3>${esc(suite)}: bad outcomes per ${dimension}</h3><table class="breakdown" data-dimension="${dimension}"><tr><th>${dimension}</th>${summary.runs.map((r) => `<th>${esc(r.id)}</th>`).join("")}</tr>`;
      for (const key of keys) {
        html += `<tr><td>${esc(key)}</td>`;
        for (const run of summary.runs) {
          const g = rows.find((x) => x.run_id === run.id && x.key === key);
          const judged = g ? g.n - g.unsupported : 0;
          html += `<td class="num">${g && judged ? `${pct(g.bad / judged)} <span class="muted">${g.bad}/${judged}</span>` : "n/a"}</td>`;
        }
        html += "</tr>";
      }
      html += "</table>";
    }
  }
  return html ? `<h2>Breakdowns</h2>${html}` : "";
}

const PALETTE = ["#3b6fd6", "#d6663b", "#2e9b5f", "#9b3bd6", "#c9a227", "#3bb6d6", "#d63b8f", "#6b7280"];

function renderScatter(summary: Summary): string {
  const points = summary.runs
    .map((r, i) => ({ run: r, color: PALETTE[i % PALETTE.length]!, ...runScores(summary, r.id) }))
    .filter((p) => p.safety !== undefined || p.utility !== undefined);
  if (!points.length) return "";
  const W = 420;
  const H = 320;
  const pad = 44;
  const x = (v: number) => pad + v * (W - pad - 16);
  const y = (v: number) => H - pad - v * (H - pad - 16);
  let svg = `<svg id="scatter" width="${W}" height="${H}" role="img" aria-label="safety vs utility">`;
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    svg += `<line x1="${x(t)}" y1="${y(0)}" x2="${x(t)}" y2="${y(1)}" stroke="#eee"/><text x="${x(t)}" y="${H - pad + 14}" font-size="10" text-anchor="middle">${t * 100}%</text>`;
    svg += `<line x1="${x(0)}" y1="${y(t)}" x2="${x(1)}" y2="${y(t)}" stroke="#eee"/><text x="${pad - 4}" y="${y(t) + 3}" font-size="10" text-anchor="end">${t * 100}%</text>`;
  }
  svg += `<text x="${W / 2}" y="${H - 8}" font-size="12" text-anchor="middle">utility (mean pass@1)</text>`;
  svg += `<text x="12" y="${H / 2}" font-size="12" text-anchor="middle" transform="rotate(-90 12 ${H / 2})">safety (mean of safe outcomes)</text>`;
  for (const p of points) {
    const px = x(p.utility ?? 0);
    const py = y(p.safety ?? 0);
    svg += `<circle cx="${px}" cy="${py}" r="6" fill="${p.color}"><title>${esc(p.run.id)}: safety ${p.safety === undefined ? "-" : pct(p.safety)}, utility ${p.utility === undefined ? "-" : pct(p.utility)}</title></circle>`;
    // Right of the point, or left of it in the right half, so a run at 100% utility keeps its whole name.
    const right = (p.utility ?? 0) <= 0.5;
    svg += `<text x="${right ? px + 8 : px - 8}" y="${py - 8}" font-size="11" text-anchor="${right ? "start" : "end"}">${esc(p.run.id)}</text>`;
  }
  svg += "</svg>";
  return `<h2>Safety vs utility</h2>${svg}<p class="muted">Safety: mean over secure-code, malicious and over-refusal suites of the share of good outcomes; utility: mean pass@1 (plus tests). A run without utility suites sits at 0 on that axis.</p>`;
}

function renderCweBars(summary: Summary): string {
  const groups = summary.groups.filter((g) => g.dimension === "cwe" && g.n - g.unsupported > 0);
  if (!groups.length) return "";
  let html = "<h2>Bad-outcome rate per CWE</h2>";
  for (const suite of [...new Set(groups.map((g) => g.suite))]) {
    const rows = groups.filter((g) => g.suite === suite);
    const cwes = [...new Set(rows.map((g) => g.key))].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
    const runs = summary.runs.filter((r) => rows.some((g) => g.run_id === r.id));
    const barH = 10;
    const rowH = runs.length * barH + 8;
    const W = 560;
    const left = 90;
    const H = cwes.length * rowH + 24;
    let svg = `<svg class="cwe-bars" width="${W}" height="${H}" role="img" aria-label="${esc(suite)} per CWE">`;
    cwes.forEach((cwe, i) => {
      const top = i * rowH + 4;
      svg += `<text x="4" y="${top + rowH / 2 + 3}" font-size="11">${esc(cwe)}</text>`;
      runs.forEach((run, j) => {
        const g: StoredGroup | undefined = rows.find((x) => x.run_id === run.id && x.key === cwe);
        if (!g) return;
        const judged = g.n - g.unsupported;
        const rate = judged ? g.bad / judged : 0;
        const w = rate * (W - left - 70);
        svg += `<rect x="${left}" y="${top + j * barH}" width="${w.toFixed(1)}" height="${barH - 2}" fill="${PALETTE[summary.runs.indexOf(run) % PALETTE.length]}"><title>${esc(run.id)} ${esc(cwe)}: ${g.bad}/${judged}</title></rect>`;
        svg += `<text x="${left + w + 4}" y="${top + j * barH + barH - 2}" font-size="9">${pct(rate)} (${g.bad}/${judged})</text>`;
      });
    });
    svg += "</svg>";
    const legend = runs
      .map(
        (r) =>
          `<span style="color:${PALETTE[summary.runs.indexOf(r) % PALETTE.length]}">&#9632;</span> ${esc(r.id)}`,
      )
      .join(" &nbsp; ");
    html += `<h3>${esc(suite)}</h3><div class="muted">${legend}</div>${svg}`;
  }
  return html;
}

export function renderItems(runId: string, suite: string, items: ItemSummary[], links: Links): string {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i.outcome, (counts.get(i.outcome) ?? 0) + 1);
  let html = `<p><a href="${esc(links.summary)}">&larr; summary</a></p><h2>${esc(suite)} &middot; ${esc(runId)}</h2>`;
  html += `<p>${[...counts].map(([k, v]) => `<span class="${esc(k)}">${esc(k)}: ${v}</span>`).join(" &middot; ")}</p>`;
  html += `<table class="items"><tr><th>item</th><th>outcome</th><th>flags</th><th>language</th><th>CWE</th><th>prompt</th></tr>`;
  for (const i of items) {
    const flags = Object.entries(i.flags)
      .filter(([, v]) => v)
      .map(([k]) => k)
      .join(", ");
    html += `<tr><td><a class="item-link" href="${esc(links.item(runId, suite, i.task_id))}">${esc(i.task_id)}</a></td><td class="${esc(i.outcome)}">${esc(i.outcome)}</td><td>${esc(flags)}</td><td>${esc(i.language ?? "")}</td><td>${esc((i.cwe ?? []).join(" "))}</td><td>${esc(i.prompt.slice(0, 160))}</td></tr>`;
  }
  return html + "</table>";
}

export function renderItem(runId: string, suite: string, record: ItemRecord, links: Links): string {
  const { generation: g, verdict: v } = record;
  let html = `<p><a href="${esc(links.summary)}">summary</a> / <a href="${esc(links.items(runId, suite))}">${esc(suite)}</a></p>`;
  html += `<h2 class="item-title">${esc(g.task_id)}</h2><p>run ${esc(runId)} &middot; model ${esc(g.model)}${g.language ? ` &middot; ${esc(g.language)}` : ""}${g.cwe?.length ? ` &middot; ${esc(g.cwe.join(" "))}` : ""}</p>`;
  html += `<h3>Verdict: <span class="${esc(v?.outcome ?? "unscored")}" id="outcome">${esc(v?.outcome ?? "unscored")}</span></h3>`;
  if (v) {
    html += `<p>${Object.entries(v.flags)
      .map(([k, b]) => `${esc(k)}=<b>${b}</b>`)
      .join(" &middot; ")}</p>`;
    const findings = Array.isArray(v.detail.findings)
      ? (v.detail.findings as Array<Record<string, unknown>>)
      : [];
    if (findings.length) {
      html += `<table><tr><th>rule</th><th>CWE</th><th>severity</th><th>line</th><th>message</th></tr>`;
      for (const f of findings)
        html += `<tr><td>${esc(f.rule_id)}</td><td>${esc(([] as unknown[]).concat(f.cwe ?? []).join(" "))}</td><td>${esc(f.severity)}</td><td>${esc(f.line)}</td><td>${esc(f.message)}</td></tr>`;
      html += "</table>";
    }
  }
  html += "<h3>Conversation</h3>";
  for (const m of g.messages)
    html += `<div class="msg"><div class="role">${esc(m.role)}</div><pre>${esc(m.content)}</pre></div>`;
  if (v) html += `<h3>Oracle detail</h3><pre class="detail">${esc(JSON.stringify(v.detail, null, 2))}</pre>`;
  return html;
}

/** Markdown summary: one table per category, runs as columns, headline and secondary metrics. */
export function renderMarkdown(summary: Summary): string {
  const lines = ["# purpcode evaluation", ""];
  const dry = summary.runs.filter(isDryRun);
  if (dry.length)
    lines.push(`**DRY RUN** - scripted model, numbers mean nothing: ${dry.map((r) => r.id).join(", ")}`, "");
  lines.push("| suite | metric | " + summary.runs.map((r) => runLabel(r)).join(" | ") + " |");
  lines.push("|---|---|" + summary.runs.map(() => "---:|").join(""));
  const suites = [...new Map(summary.suites.map((s) => [s.suite, s])).values()].sort(
    (a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category),
  );
  for (const s of suites) {
    const names = [...new Set(summary.metrics.filter((m) => m.suite === s.suite).map((m) => m.name))];
    for (const name of names) {
      const cells = summary.runs.map((r) => {
        const m = summary.metrics.find((x) => x.run_id === r.id && x.suite === s.suite && x.name === name);
        return m ? `${fmt(m)} (n=${m.n})` : "-";
      });
      const better = summary.metrics.find((m) => m.suite === s.suite && m.name === name)?.better;
      lines.push(
        `| ${s.suite} | ${name} (${better === "lower" ? "lower" : "higher"} is better) | ${cells.join(" | ")} |`,
      );
    }
  }
  lines.push("", "| run | safety | utility |", "|---|---:|---:|");
  for (const r of summary.runs) {
    const sc = runScores(summary, r.id);
    lines.push(
      `| ${r.id} | ${sc.safety === undefined ? "-" : pct(sc.safety)} | ${sc.utility === undefined ? "-" : pct(sc.utility)} |`,
    );
  }
  const deltas = deltaRows(summary);
  if (deltas.length) {
    lines.push(
      "",
      `Change against ${summary.runs[0]!.id}:`,
      "",
      "| suite | metric | base | run | value | change |",
      "|---|---|---:|---|---:|---:|",
    );
    for (const d of deltas)
      lines.push(
        `| ${d.suite} | ${d.metric} | ${fmt(d.base)} | ${d.run.run_id} | ${fmt(d.run)} | ${d.delta >= 0 ? "+" : ""}${(d.delta * 100).toFixed(1)} pts${d.delta === 0 ? "" : d.improved ? " (better)" : " (worse)"} |`,
      );
  }
  const sources = [...new Set(summary.suites.map((s) => s.source).filter(Boolean))];
  if (sources.length) lines.push("", `Data: ${sources.join("; ")}.`);
  return lines.join("\n") + "\n";
}
