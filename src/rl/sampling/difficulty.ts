import { PurpcodeError } from "../../core/errors.js";
import type { Prng } from "./random.js";

/** One Beta(a, b) component of a pass-probability distribution. */
export interface BetaComponent {
  weight: number;
  a: number;
  b: number;
}

/** How likely the starting policy is to solve each prompt of a pool: a mixture of Beta distributions. */
export interface DifficultyDistribution {
  name: string;
  description: string;
  components: BetaComponent[];
}

export const DISTRIBUTIONS: Readonly<Record<string, DifficultyDistribution>> = {
  uniform: {
    name: "uniform",
    description: "pass probability uniform on [0, 1]",
    components: [{ weight: 1, a: 1, b: 1 }],
  },
  "mostly-easy": {
    name: "mostly-easy",
    description: "Beta(3, 0.6): mean 0.83, many prompts always solved",
    components: [{ weight: 1, a: 3, b: 0.6 }],
  },
  "mostly-hard": {
    name: "mostly-hard",
    description: "Beta(0.6, 3): mean 0.17, many prompts never solved",
    components: [{ weight: 1, a: 0.6, b: 3 }],
  },
  bimodal: {
    name: "bimodal",
    description: "45% near-always solved Beta(8, 0.4), 35% near-never Beta(0.4, 8), 20% uniform",
    components: [
      { weight: 0.45, a: 8, b: 0.4 },
      { weight: 0.35, a: 0.4, b: 8 },
      { weight: 0.2, a: 1, b: 1 },
    ],
  },
};

/** A preset name, or `beta:A,B` for a single Beta(A, B). */
export function parseDistribution(spec: string): DifficultyDistribution {
  const preset = DISTRIBUTIONS[spec];
  if (preset) return preset;
  const match = /^beta:([0-9.eE+-]+),([0-9.eE+-]+)$/.exec(spec.trim());
  if (match) {
    const a = Number(match[1]);
    const b = Number(match[2]);
    if (a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))
      return { name: `beta(${a},${b})`, description: `Beta(${a}, ${b})`, components: [{ weight: 1, a, b }] };
  }
  throw new PurpcodeError(
    `unknown difficulty distribution "${spec}": use one of ${Object.keys(DISTRIBUTIONS).join(", ")} or beta:A,B with A, B > 0`,
  );
}

export function samplePassProbability(distribution: DifficultyDistribution, random: Prng): number {
  const total = distribution.components.reduce((sum, c) => sum + c.weight, 0);
  let pick = random.next() * total;
  for (const component of distribution.components) {
    pick -= component.weight;
    if (pick < 0) return random.beta(component.a, component.b);
  }
  const last = distribution.components[distribution.components.length - 1] as BetaComponent;
  return random.beta(last.a, last.b);
}
