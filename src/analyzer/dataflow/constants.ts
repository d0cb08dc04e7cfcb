/**
 * The value of the first of `keys` that `table` holds as its own key: a name like `constructor` or `toString` must
 * not read Object.prototype's member. Shared by the lookups by callee name in both trackers and rules.
 */
export function ownEntry<V>(table: Readonly<Record<string, V>>, ...keys: string[]): V | undefined {
  for (const k of keys) if (Object.hasOwn(table, k)) return table[k];
  return undefined;
}

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
