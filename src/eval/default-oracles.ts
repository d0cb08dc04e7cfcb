import type { ChatProvider } from "../llm/types.js";
import type { EvalOracles } from "./oracles.js";

export interface OracleSetup {
  /** Judge model for the malicious-assistance and answer-classification judges. */
  judge?: ChatProvider;
}

/**
 * The project's own oracles as the suites need them. Oracles whose module is not part of this build are left
 * out; the runner then names what a suite lacks before it starts.
 */
export async function defaultOracles(setup: OracleSetup = {}): Promise<EvalOracles> {
  void setup;
  return {};
}
