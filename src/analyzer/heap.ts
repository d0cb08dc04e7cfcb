import { setFlagsFromString } from "node:v8";

let tuned = false;

/**
 * Keeps V8's young generation at the size it has now, for a process that is about to scan files: called by
 * `purpcode analyze` after start-up. (Measured 2026-12-06: the main thread then scans with semi-spaces near their
 * 1 MB start, 874 scavenges on the stdlib at --jobs 1, and larger fixed sizes - 4 or 8 MB - cost as much CPU and
 * 10-20 MB more RSS.)
 *
 * Nearly everything a scan allocates lives as long as its file: the copied syntax tree survives every scavenge
 * until the file is done. V8 reads that high survival as a reason to grow the young generation, and each
 * scavenge then copies tens of MB of live nodes, twice before they are promoted. Not growing it cut the CLI's CPU
 * on the Python standard library by about 6% and its peak RSS from 240 to 135 MB (bench/analyzer/README.md).
 *
 * Worker threads started after this read the flags when their heap is set up, so they get the 8 MB cap from the
 * start. The main isolate's maximum was fixed when the process started: the launcher therefore starts
 * `analyze` without the 64 MB young generation it gives the verbs that call models (src/cli/launch.ts); under
 * that maximum this thread's young generation still grew under load, to 303-327 MB peak RSS on dist-packages
 * against 206-242 MB without it.
 *
 * The flags are process-wide (worker threads share them), so only a process that is about to do nothing but analyse
 * (`purpcode analyze`) calls this; a library user keeps its own heap settings. Called in a fresh process whose
 * young generation is still at its 1 MB minimum it costs CPU instead (too many scavenges): it freezes, not sets.
 *
 * The old generation: a scan's live heap stays near 30 MB, but V8's default growing factor let each thread's old
 * space reach about three times that before a full GC, which put peak RSS on dist-packages at 253-297 MB (two
 * threads). A fixed factor of 1.6 holds it at 223-240 MB for four more full GCs per thread (under 1% of the CPU).
 */
export function tuneHeapForScan(): void {
  tuned = true;
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--max-semi-space-size=8");
  // Workers start at that size rather than grow to it: the growth factor stays 1 from here on (see below), and a
  // worker left at its 1 MB start scavenged 8x as often (899 vs 113 on the stdlib), +7-9% CPU on dist-packages.
  setFlagsFromString("--min-semi-space-size=8");
  setFlagsFromString("--heap-growing-percent=60");
}

/**
 * Freezes this thread's young generation again after a worker thread has started. Setting up an isolate's heap
 * (V8's Heap::ConfigureHeap) raises --semi-space-growth-factor to at least 2, process-wide, so each worker's start
 * undid `tuneHeapForScan` for the main thread: its young generation then doubled to Node's 16 MB semi-space
 * maximum (32 MB committed, against the worker's 16) within seconds of the first worker's start. Does nothing
 * unless `tuneHeapForScan` was called.
 */
export function refreezeYoungGeneration(): void {
  if (tuned) setFlagsFromString("--semi-space-growth-factor=1");
}
