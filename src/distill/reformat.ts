import { proseLines } from "../core/markdown.js";
import { SECTION_TITLES } from "./guideline.js";

/**
 * Turns a guideline-following sample (Intent Analysis / Safety Analysis / Proposed Safe Response) into the
 * aligned format "## Analysis\n<intent + safety>\n## Answer\n<response>". Samples that do not parse are
 * discarded and counted, with the reason.
 */

export type ParseFailure =
  | "missing-intent"
  | "missing-safety"
  | "missing-response"
  | "duplicate-section"
  | "misordered"
  | "empty-section";

export interface ThreeSections {
  intent: string;
  safety: string;
  response: string;
}

export type ReformatResult =
  { ok: true; sections: ThreeSections; text: string } | { ok: false; failure: ParseFailure; detail: string };

type Key = keyof ThreeSections;
const KEYS: Key[] = ["intent", "safety", "response"];

const TITLE_TO_KEY = new Map<string, Key>(
  KEYS.map((key) => [SECTION_TITLES[key].toLowerCase(), key] as const),
);

/**
 * A section header: a markdown heading or a bold line, optionally numbered or prefixed "Step N -", with the
 * title in any case and an optional colon. Models vary these details; the titles themselves must match.
 */
const HEADER =
  /^\s{0,3}(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:(?:step\s*)?\d+\s*[.):-]?\s*[-–—:]?\s*)?(intent analysis|safety analysis|proposed safe response)\s*:?\s*(?:\*\*|__)?\s*:?\s*$/i;

interface Marker {
  key: Key;
  /** Offset of the header line. */
  start: number;
  /** Offset just after the header line. */
  bodyStart: number;
}

function findMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  for (const { line, start, next } of proseLines(text)) {
    const isHeading = /^\s{0,3}#/.test(line) || /^\s*(?:\*\*|__)/.test(line);
    const m = isHeading ? HEADER.exec(line) : null;
    const key = m ? TITLE_TO_KEY.get(m[1]!.toLowerCase().replace(/\s+/g, " ")) : undefined;
    if (key) markers.push({ key, start, bodyStart: next });
  }
  return markers;
}

/** Splits a sample into its three sections (headers inside code fences do not count). */
export function parseSections(
  text: string,
): { ok: true; sections: ThreeSections } | { ok: false; failure: ParseFailure; detail: string } {
  const markers = findMarkers(text);
  for (const key of KEYS) {
    const found = markers.filter((m) => m.key === key);
    if (found.length === 0) {
      return {
        ok: false,
        failure: `missing-${key}` as ParseFailure,
        detail: `no '${SECTION_TITLES[key]}' section`,
      };
    }
    if (found.length > 1) {
      return {
        ok: false,
        failure: "duplicate-section",
        detail: `${found.length} '${SECTION_TITLES[key]}' sections`,
      };
    }
  }
  if (markers.some((m, i) => m.key !== KEYS[i])) {
    return {
      ok: false,
      failure: "misordered",
      detail: `sections in the order ${markers.map((m) => m.key).join(", ")}`,
    };
  }
  const body = (i: number) => text.slice(markers[i]!.bodyStart, markers[i + 1]?.start ?? text.length).trim();
  const sections: ThreeSections = { intent: body(0), safety: body(1), response: body(2) };
  for (const key of KEYS) {
    if (sections[key] === "") {
      return { ok: false, failure: "empty-section", detail: `'${SECTION_TITLES[key]}' is empty` };
    }
  }
  return { ok: true, sections };
}

/** The aligned format: the analysis is the intent and safety analysis, the answer is the proposed response. */
export function toAlignedFormat(sections: ThreeSections): string {
  return `## Analysis\n${sections.intent}\n\n${sections.safety}\n## Answer\n${sections.response}`;
}

export function reformat(text: string): ReformatResult {
  const parsed = parseSections(text);
  if (!parsed.ok) return parsed;
  return { ok: true, sections: parsed.sections, text: toAlignedFormat(parsed.sections) };
}
