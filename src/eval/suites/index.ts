import { InputError } from "../../core/errors.js";
import type { Suite } from "../types.js";
import { codelmsec } from "./codelmsec.js";
import { cweval } from "./cweval.js";
import { cybersecevalAutocomplete, cybersecevalInstruct } from "./cyberseceval.js";
import { humanevalPlus, mbppPlus } from "./evalplus.js";
import { maliciousEvents, mitreMalicious } from "./malicious.js";
import { frr, xscode, xstest } from "./over-refusal.js";
import { phtest } from "./phtest.js";
import { redTeamLive } from "./red-team-live.js";
import { secqa } from "./secqa.js";

/** Every suite, in report order: secure code, malicious assistance, over-refusal, utility, knowledge. */
export const SUITES: readonly Suite[] = [
  cybersecevalInstruct,
  cybersecevalAutocomplete,
  cweval,
  codelmsec,
  mitreMalicious,
  maliciousEvents,
  redTeamLive,
  frr,
  xstest,
  phtest,
  xscode,
  humanevalPlus,
  mbppPlus,
  secqa,
];

/** Suites that run without user-supplied data or an attacker model (what `--suite all` means). */
const NEEDS_FILE = new Set(["malicious-events", "xscode", "red-team-live", "phtest", "secqa"]);

export function findSuite(name: string): Suite | undefined {
  return SUITES.find((s) => s.name === name);
}

/** Resolves `--suite a,b` / `all`; unknown names are an input error listing the known ones. */
export function selectSuites(spec: string): Suite[] {
  const names = spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.includes("all")) return SUITES.filter((s) => !NEEDS_FILE.has(s.name));
  return names.map((name) => {
    const suite = findSuite(name);
    if (!suite)
      throw new InputError(`unknown suite '${name}'`, {
        hint: `known suites: ${SUITES.map((s) => s.name).join(", ")}, all`,
      });
    return suite;
  });
}
