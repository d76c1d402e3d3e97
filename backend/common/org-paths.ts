// Org paths: each unit's materialised id path, top first, with slashes around every id ("/1/4/9/"), so "/1/4/"
// never matches "/1/45/". The one place that builds and reads them; queries filter on them with inSubtrees.

/** The path of a new unit under `parentPath` (null for a root unit). */
export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** Whether `targetPath` is the unit at `scopePath` or lies below it. */
export function isWithin(targetPath: string, scopePath: string): boolean {
  return targetPath.startsWith(scopePath);
}

/** Ids along a path, top first: "/1/4/9/" → [1, 4, 9]. */
export function pathIds(path: string): number[] {
  return path
    .split('/')
    .filter((part) => part !== '')
    .map(Number);
}

/** The id of the root unit a path starts at: "/1/4/9/" → 1. */
export function rootIdOf(path: string): number {
  return pathIds(path)[0];
}

/** Every ancestor path of a unit's path, itself included, top first: "/1/4/9/" → ["/1/", "/1/4/", "/1/4/9/"]. */
export function ancestorPaths(path: string): string[] {
  const ids = pathIds(path);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}
