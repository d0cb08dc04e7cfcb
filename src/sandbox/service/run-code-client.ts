import type { RunCodeResponse } from "./fusion.js";

/**
 * One SandboxFusion `/run_code` request to a running service (ours or SandboxFusion's), its answer parsed. A
 * non-200 answer (a 422 naming the bad field, a 503) is an error carrying the service's body.
 */
export async function postRunCode(serviceUrl: string, body: unknown): Promise<RunCodeResponse> {
  const res = await fetch(`${serviceUrl.replace(/\/+$/, "")}/run_code`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`/run_code answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as RunCodeResponse;
}
