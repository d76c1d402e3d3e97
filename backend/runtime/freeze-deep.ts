// Data shared by several calls (a kept profile, a kept answer) is frozen all the way down, so no call can change it
// for the next.

/** Freezes a JSON-like value and everything in it; a value already frozen here is left as it is. */
export function freezeDeep<T extends object>(value: T): T {
  if (Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) freezeDeep(inner);
  return value;
}
