import { setFlagsFromString } from "node:v8";

/**
 * Keeps V8's young generation at the size it has now, for a process that is about to scan files: called by
 * `purpcode analyze` after start-up, when V8 reports 8 MB of new space (start-up's module loading grew it there).
 *
 * Nearly everything a scan allocates lives as long as its file: the copied syntax tree survives every scavenge
 * until the file is done. V8 reads that high survival as a reason to grow the young generation (up to the
 * launcher's 64 MB, set for the LLM clients), and each scavenge then copies tens of MB of live nodes, twice before
 * they are promoted. Not growing it cut the CLI's CPU on the Python standard library by about 6%, its peak RSS
 * from 240 to 135 MB, and the CLI's CPU on a 40k-line file with 16k findings by about 12% (alternating runs
 * against the launcher's default; bench/analyzer/README.md).
 *
 * Worker threads started after this read the flags when their heap is set up: without a cap of their own they
 * inherit the launcher's 64 MB semi-space and grew it, adding about 50 MB of peak RSS per worker on
 * dist-packages (284-327 -> 233-243 MB at two threads, CPU unchanged, alternating runs; bench/analyzer/README.md).
 *
 * The flags are process-wide (worker threads share them), so only a process that is about to do nothing but analyse
 * (`purpcode analyze`) calls this; a library user keeps its own heap settings. Called in a fresh process whose
 * young generation is still at its 1 MB minimum it costs CPU instead (too many scavenges): it freezes, not sets.
 */
export function tuneHeapForScan(): void {
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--max-semi-space-size=8");
}
