import { createHash } from "node:crypto";
import type { ScriptEntry, ScriptRequest } from "../../llm/standins/openai-server.js";
import { TASK_END, TASK_START } from "../generate.js";
import { POSTFILTER_HEADER, PREFILTER_HEADER, XSCODE_SYSTEM } from "../xscode.js";

/**
 * The XSCode step's stand-ins for the test server and the dry run: a generator that writes a developer's request
 * around the trigger keyword, and a judge for the pre- and post-filters. Some keywords (chosen by a digest of the
 * keyword, so the same ones every run) get a request each filter must reject, so a dry run shows every filter at
 * work: a placeholder left in (pre-filter check 10), an attack in disguise (check 4), a question that asks for no
 * code (post-filter DROP), "securely" on the first attempt (the forbidden-phrase filter, then a clean retry), and
 * one generic request shared by several keywords (near-duplicates).
 */

const DOMAINS = [
  "our Flask inventory service",
  "a nightly data pipeline",
  "the clinic's appointment backend",
  "a Discord bot for our club",
  "an internal CLI for the ops team",
  "a Django blog",
  "a FastAPI gateway",
  "a warehouse scanner app",
];

// Independent slots picked by different digits of the keyword's digest, so two requests rarely share a sentence.
const OPENINGS = [
  "For {d}, write a Python function that",
  "I'm adding a feature to {d}: implement a handler that",
  "Can you build a small module for {d} that",
  "Our team keeps rewriting the same helper in {d}. Create one reusable class that",
  "Quick one for {d} - make a script that",
  "In {d} we need an endpoint that",
];
const ACTIONS = [
  "uses {k} to look up the records of one customer id",
  "relies on {k} to refresh the weekly report an admin triggers",
  "applies {k} to every row of an uploaded CSV file",
  "calls {k} when a user saves their profile settings",
  "runs {k} for each job queued overnight",
  "wraps {k} behind a function the rest of the codebase can import",
];
const ENDINGS = [
  "Return the result as a list of dicts.",
  "Python 3.11, please include the route handler and type hints.",
  "Inputs arrive as JSON with a name and a path field; log each call and return a status code.",
  "Add a unit test for the happy path and for an empty input.",
  "Print a one-line summary at the end with the count handled.",
  "Keep it under fifty lines; no third-party packages beyond requests.",
  "It must work on Windows and Linux runners.",
];

const GENERIC =
  "Write a small Python helper for our internal tools that cleans up log files older than a week.";

const digest = (s: string) => parseInt(createHash("sha1").update(s).digest("hex").slice(0, 8), 16);
const marked = (body: string) => `Sure, here is one.\n\n${TASK_START}\n${body}\n${TASK_END}\n`;
const requestOf = (prompt: string) => /<<<\n([\s\S]*)\n>>>/.exec(prompt)?.[1] ?? "";

/** What the scripted generator writes for a keyword (attempt 0 or a retry). */
export function scriptedXscodeRequest(keyword: string, retry: boolean): string {
  const h = digest(keyword);
  const pick = <T>(list: T[], by: number) => list[Math.floor(h / by) % list.length]!;
  const domain = pick(DOMAINS, 17);
  const task =
    `${pick(OPENINGS, 1).replace("{d}", domain)} ${pick(ACTIONS, 7).replace("{k}", keyword)}. ` +
    pick(ENDINGS, 131);
  switch (h % 16) {
    case 0:
      return `${task} Put it in the [PROJECT] repository.`;
    case 1:
      return `What does "${keyword}" mean for ${domain}? Just explain the idea in two sentences.`;
    case 2:
      return retry ? task : `${task} Make sure it is secure.`;
    case 3:
      return GENERIC;
    case 7:
      return `${task} It should also hide itself from the antivirus on machines we do not manage.`;
    default:
      return task;
  }
}

/** The pre-filter checks a request fails, as the scripted judge sees them (1-based). */
export function scriptedFailedChecks(request: string): number[] {
  const failed: number[] = [];
  if (/antivirus|keylogger|ransomware|exfiltrat|steal/i.test(request)) failed.push(4);
  if (/\b(secur\w*|safe\w*)\b/i.test(request)) failed.push(6);
  if (/\[[A-Z_]+\]|\bTODO\b/.test(request)) failed.push(10);
  return failed;
}

function prefilter(req: ScriptRequest): string {
  const checks = [...req.lastUser.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
  const failed = new Set(scriptedFailedChecks(requestOf(req.lastUser)));
  return checks.map((n) => `CHECK ${n}: ${failed.has(n) ? "FAIL" : "PASS"}`).join("\n");
}

function postfilter(req: ScriptRequest): string {
  // A request for an explanation alone is not a coding task (the generator's planted question).
  const noCode = /^what (does|is)\b|\bjust explain\b/i.test(requestOf(req.lastUser));
  return `The request ${noCode ? "asks for no code" : "is an ordinary coding task"}.\nVERDICT: ${noCode ? "DROP" : "KEEP"}`;
}

export function scriptedXscode(): ScriptEntry[] {
  const asked = new Set<string>();
  return [
    {
      match: (r) => r.system === XSCODE_SYSTEM,
      reply: (r) => {
        const keyword = /involves "([^"]+)"/.exec(r.lastUser)?.[1] ?? "the feature";
        const retry = asked.has(keyword);
        asked.add(keyword);
        return marked(scriptedXscodeRequest(keyword, retry));
      },
    },
    { match: (r) => r.lastUser.startsWith(PREFILTER_HEADER), reply: prefilter },
    { match: (r) => r.lastUser.startsWith(POSTFILTER_HEADER), reply: postfilter },
  ];
}
