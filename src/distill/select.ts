import type { ConversationRow, Message, OracleName } from "../core/rows.js";
import { readJsonl } from "../core/jsonl.js";
import type { SampleRecord } from "./sample.js";
import { unitId, userTurns } from "./sample.js";
import type { VerdictRecord } from "./verify.js";
import { DISTILL_DEFAULTS } from "./settings.js";

/**
 * Rejection sampling: per prompt (and per prefix of a multi-turn row) the best verified sample - highest score,
 * ties broken by the shortest answer, then the lowest sample index so the choice is deterministic. Prompts whose
 * samples were mostly verified are "easy": they teach RL nothing and are removed from its pool.
 */

export const DEFAULT_EASY_THRESHOLD = 0.7;

/**
 * A sample counts as verified when its reward reaches this score. The reference accepts score >= 0.5, so a
 * clean answer without code (the soft 0.8) is verified too; 1 keeps only full passes.
 */
export const DEFAULT_VERIFIED_SCORE = DISTILL_DEFAULTS.verified_score;

export interface SelectedSample {
  /** The prompt id (task id, or `<task_id>:<turn>`). */
  unit: string;
  task_id: string;
  turn: number;
  turns: number;
  k: number;
  oracles: OracleName[];
  oracle: string;
  score: number;
  /** The conversation answered (no guideline; earlier assistant turns are answer parts). */
  messages: Message[];
  /** The selected sample in the aligned format. */
  response: string;
  answer: string;
  /** Verified samples / K for this prompt. */
  verified_rate: number;
}

/**
 * An easy prompt, named the way the RL pool names it (rl prepare removes rows by `task_id`): the row's id for a
 * single-turn row and for the last turn of a multi-turn row (the RL row answers the last turn), `<task_id>:<turn>`
 * for an earlier turn.
 */
export interface EasyPrompt {
  task_id: string;
  /** The prompt unit the rate was measured on. */
  unit: string;
  verified: number;
  samples: number;
  rate: number;
}

export interface UnitStats {
  unit: string;
  task_id: string;
  oracles: OracleName[];
  samples: number;
  unparsed: number;
  cut: number;
  verified: number;
  /** Parsed samples that got a verdict. */
  judged: number;
  selected: boolean;
  easy: boolean;
}

export interface Selection {
  selected: SelectedSample[];
  easy: EasyPrompt[];
  units: UnitStats[];
}

export interface SelectOptions {
  /** Input rows in order: the order of the outputs. */
  rows: ConversationRow[];
  samplesFile: string;
  verdicts: string;
  /** K, the denominator of the easy rate (at least the samples actually found per prompt). */
  samplesPerPrompt: number;
  easyThreshold?: number;
  /** Lowest reward that counts as verified (default DEFAULT_VERIFIED_SCORE). */
  verifiedScore?: number;
}

/** Better first: higher score, then shorter answer, then lower sample index. */
export function compareCandidates(
  a: { score: number; answer: string; k: number },
  b: { score: number; answer: string; k: number },
): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.answer.length !== b.answer.length) return a.answer.length - b.answer.length;
  return a.k - b.k;
}

export async function selectBest(options: SelectOptions): Promise<Selection> {
  const threshold = options.easyThreshold ?? DEFAULT_EASY_THRESHOLD;
  const verifiedScore = options.verifiedScore ?? DEFAULT_VERIFIED_SCORE;
  const verdicts = new Map<string, VerdictRecord>();
  for await (const { value } of readJsonl(options.verdicts)) {
    const v = value as VerdictRecord;
    verdicts.set(v.id, v);
  }
  const byUnit = new Map<string, SampleRecord[]>();
  for await (const { value } of readJsonl(options.samplesFile)) {
    const s = value as SampleRecord;
    const list = byUnit.get(s.unit);
    if (list) list.push(s);
    else byUnit.set(s.unit, [s]);
  }

  const selection: Selection = { selected: [], easy: [], units: [] };
  for (const row of options.rows) {
    for (let turn = 1; turn <= userTurns(row); turn++) {
      const unit = unitId(row, turn);
      const samples = byUnit.get(unit) ?? [];
      const stats: UnitStats = {
        unit,
        task_id: row.task_id,
        oracles: row.oracles,
        samples: samples.length,
        unparsed: samples.filter((s) => s.status === "unparsed").length,
        cut: samples.filter((s) => s.status === "cut").length,
        verified: 0,
        judged: 0,
        selected: false,
        easy: false,
      };
      const candidates: Array<{
        sample: SampleRecord;
        verdict: VerdictRecord;
        score: number;
        answer: string;
        k: number;
      }> = [];
      for (const sample of samples) {
        const verdict = verdicts.get(sample.id);
        if (sample.status !== "ok" || !verdict) continue;
        stats.judged++;
        if (!(verdict.fmt_ok && verdict.score >= verifiedScore)) continue;
        stats.verified++;
        candidates.push({ sample, verdict, score: verdict.score, answer: sample.answer ?? "", k: sample.k });
      }
      const denominator = Math.max(options.samplesPerPrompt, samples.length);
      const rate = denominator > 0 ? stats.verified / denominator : 0;
      candidates.sort(compareCandidates);
      const best = candidates[0];
      if (best) {
        stats.selected = true;
        selection.selected.push({
          unit,
          task_id: row.task_id,
          turn,
          turns: best.sample.turns,
          k: best.k,
          oracles: row.oracles,
          oracle: best.verdict.oracle,
          score: best.score,
          messages: best.sample.messages,
          response: best.sample.response!,
          answer: best.answer,
          verified_rate: rate,
        });
      }
      if (samples.length > 0 && rate >= threshold) {
        stats.easy = true;
        // The RL row of a multi-turn conversation answers its last turn, so that prefix carries the row's id.
        const last = turn === userTurns(row);
        selection.easy.push({
          task_id: last ? row.task_id : unit,
          unit,
          verified: stats.verified,
          samples: denominator,
          rate,
        });
      }
      selection.units.push(stats);
    }
  }
  return selection;
}
