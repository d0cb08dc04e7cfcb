import { statSync } from "node:fs";

/**
 * Whether a bundle built from a compiled module exists and is not older than it. `npm run build` writes the bundle
 * after `tsc`; a later `tsc` alone (a watch, a partial rebuild) leaves the module newer, and then it must win.
 */
export function bundleIsCurrent(bundle: string, compiled: string): boolean {
  try {
    return statSync(bundle).mtimeMs >= statSync(compiled).mtimeMs;
  } catch {
    return false;
  }
}
