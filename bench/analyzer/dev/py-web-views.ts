// Case builders shared by py-web batches 9-11: each case is a Flask view (a head of imports, the batch's imports
// and module-level code, then the body in one routed function) or a whole module, written twice - vulnerable and
// safe - from one template.
import type { DevCase } from "./cases.js";

export interface ViewOpts {
  /** Module-level code before the view. */
  top?: (v: boolean) => string;
  /** Route path after the view's own path (path parameters) and the view's parameter list. */
  route?: string;
  args?: string;
}

/** Builders for one batch: `head` starts every Flask view; `fn` names the view and its route. */
export function viewBuilders(batch: string, head: string, fn: string) {
  const mk = (cwe: string, note: string, v: boolean, code: string): DevCase => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `${batch}: ${note} (${v ? "vulnerable" : "safe"})`,
    code,
  });
  const pair = (
    cwe: string,
    note: string,
    imports: string,
    body: (v: boolean) => string[],
    opts: ViewOpts = {},
  ): DevCase[] =>
    [true, false].map((v) =>
      mk(
        cwe,
        note,
        v,
        head +
          (imports ? imports + "\n" : "") +
          (opts.top ? opts.top(v) : "") +
          "\n" +
          `@app.route('/${fn}${opts.route ?? ""}', methods=['GET', 'POST'])\n` +
          `def ${fn}(${opts.args ?? ""}):\n` +
          body(v)
            .map((l) => "    " + l)
            .join("\n") +
          "\n",
      ),
    );
  /** A whole module (aiohttp, Django, FastAPI or Tornado views). */
  const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
    [true, false].map((v) => mk(cwe, note, v, code(v)));
  return { mk, pair, whole };
}
