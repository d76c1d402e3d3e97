// Sharing rows counted once for the whole tree out to the units they count for, for a panel's batch (`computeAll`):
// a row at path P counts for every unit whose path P starts with — exactly the rows `inSubtrees(column, [unit.path])`
// selects for that unit, closed units below it included.
import { ancestorPaths } from '../common/org-paths';
import type { PanelScope } from './panel-source';

/** Each unit's rows (every unit has a list, perhaps empty), in the order the rows came. */
export function bySubtree<T>(
  units: readonly PanelScope[],
  rows: readonly T[],
  pathOf: (row: T) => string,
): Map<number, T[]> {
  const out = new Map<number, T[]>(units.map((u) => [u.unitId, []]));
  const byPath = new Map(units.map((u) => [u.path, out.get(u.unitId) as T[]]));
  const above = new Map<string, T[][]>();
  for (const row of rows) {
    const path = pathOf(row);
    let lists = above.get(path);
    if (!lists) {
      lists = ancestorPaths(path)
        .map((p) => byPath.get(p))
        .filter((list): list is T[] => list !== undefined);
      above.set(path, lists);
    }
    for (const list of lists) list.push(row);
  }
  return out;
}

/** The sum of `value` over a unit's rows. */
export const sumOf = <T>(rows: readonly T[], value: (row: T) => number | string | null | undefined): number =>
  rows.reduce((s, r) => s + Number(value(r) ?? 0), 0);
