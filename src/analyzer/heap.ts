import { setFlagsFromString } from "node:v8";

/**
 * Keeps V8's young generation at the size start-up left it (a few MB) for a process that is about to scan files.
 *
 * Nearly everything a scan allocates lives as long as its file: the copied syntax tree survives every scavenge
 * until the file is done. V8 reads that high survival as a reason to grow the young generation (up to the
 * launcher's 64 MB, set for the LLM clients), and each scavenge then copies tens of MB of live nodes, twice before
 * they are promoted. Not growing it cut the CLI's CPU on the Python standard library by about 6%, its peak RSS
 * from 240 to 130 MB, and a 40k-line file's first analysis by about 15% (bench/analyzer/speed.ts).
 *
 * The flag is process-wide (worker threads share it), so only a process that is about to do nothing but analyse
 * (`purpcode analyze`, the speed bench) calls this; a library user keeps its own heap settings.
 */
export function tuneHeapForScan(): void {
  setFlagsFromString("--semi-space-growth-factor=1");
}
