/** A value the data flow knows at analysis time (a literal, or what constant operands fold to). */
export type ConstValue = string | number | boolean | null;

/**
 * Equality and ordering of two known values, shared by the Python and JS/TS trackers (each maps its own
 * spelling first: `===` is `==` here). Undefined for any other operator.
 */
export function compareConstants(op: string, a: ConstValue, b: ConstValue): boolean | undefined {
  switch (op) {
    case "==":
      return a === b;
    case "!=":
      return a !== b;
    case "<":
      return a! < b!;
    case ">":
      return a! > b!;
    case "<=":
      return a! <= b!;
    case ">=":
      return a! >= b!;
    default:
      return undefined;
  }
}
