import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  dryRunBanner,
  isDryRun,
  page,
  renderItem,
  renderItems,
  renderSummary,
  type Links,
} from "./render.js";
import type { ResultsStore } from "./store.js";

/**
 * `purpcode view`: the results store as a small local web app. Same views as the report, one page each:
 *   /                                  summary across all runs (or those given)
 *   /runs/<run>/<suite>                items of one suite in one run
 *   /runs/<run>/<suite>/items/<task>   one item: conversation, verdict, oracle detail
 *   /api/summary                       the summary as JSON
 */

const enc = encodeURIComponent;

const VIEW_LINKS: Links = {
  summary: "/",
  items: (run, suite) => `/runs/${enc(run)}/${enc(suite)}`,
  item: (run, suite, task) => `/runs/${enc(run)}/${enc(suite)}/items/${enc(task)}`,
};

export interface ViewServer {
  url: string;
  close(): Promise<void>;
}

export async function startViewServer(
  store: ResultsStore,
  options: { host?: string; port?: number; runIds?: string[] } = {},
): Promise<ViewServer> {
  const runIds = options.runIds ?? [];
  const route = async (path: string): Promise<{ status: number; type: string; body: string }> => {
    const html = (title: string, body: string) => ({
      status: 200,
      type: "text/html; charset=utf-8",
      body: page(title, body),
    });
    if (path === "/") {
      const summary = await store.summary(runIds);
      const dry = summary.runs.some(isDryRun) ? "DRY RUN - " : "";
      return html(`${dry}purpcode results`, renderSummary(summary, VIEW_LINKS));
    }
    if (path === "/api/summary")
      return { status: 200, type: "application/json", body: JSON.stringify(await store.summary(runIds)) };
    const parts = path.split("/").slice(1).map(decodeURIComponent);
    // A page of one run carries its DRY RUN mark too.
    const marked = async (run: string, title: string, body: string) => {
      const runs = (await store.listRuns()).filter((r) => r.id === run);
      return html(`${runs.some(isDryRun) ? "DRY RUN - " : ""}${title}`, dryRunBanner(runs) + body);
    };
    if (parts[0] === "runs" && parts.length === 3) {
      const [, run, suite] = parts as [string, string, string];
      // An unknown run or suite is a 404 that says which, not an empty page that reads like zero items.
      if (!(await store.listRuns()).some((r) => r.id === run))
        return { status: 404, type: "text/plain", body: `no run '${run}' in this results store\n` };
      if (!(await store.summary([run])).suites.some((s) => s.suite === suite))
        return { status: 404, type: "text/plain", body: `run '${run}' has no suite '${suite}'\n` };
      const items = await store.items(run, suite);
      return marked(run, `${suite} - ${run}`, renderItems(run, suite, items, VIEW_LINKS));
    }
    if (parts[0] === "runs" && parts.length === 5 && parts[3] === "items") {
      const [, run, suite, , task] = parts as [string, string, string, string, string];
      const record = await store.item(run, suite, task);
      if (record) return marked(run, `${task} - ${run}`, renderItem(run, suite, record, VIEW_LINKS));
    }
    return { status: 404, type: "text/plain", body: "not found\n" };
  };

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method !== "GET") {
      res.writeHead(405, { "content-type": "text/plain" }).end("method not allowed\n");
      return;
    }
    route(path).then(
      (r) => res.writeHead(r.status, { "content-type": r.type }).end(r.body),
      (err: unknown) =>
        res.writeHead(500, { "content-type": "text/plain" }).end(`error: ${(err as Error).message}\n`),
    );
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
