// Who fits a request, and in which order the manager sees them: same field (the query's filter), then org distance
// from the materialised paths (same community before same street before same district; further is no candidate),
// then whether the talent is free at the request's start, then how many half-days she gives.
import type { AvailabilitySlot, OrgDistance } from '../../../../contracts/talent';
import { WEEKDAY_KEYS } from '../../../../contracts/talent-slots';
import { onChinaClock } from '../../../common/china-time';
import { pathIds } from '../../../common/org-paths';

/** Depth of each level on a path: the tree is city → district → street → community → branch. */
const DEPTH = { district: 2, street: 3, community: 4 } as const;

/** How near a talent lives to the unit asking, by the ids their paths share; null beyond the district. */
export function orgDistance(requestPath: string, personPath: string): OrgDistance | null {
  const a = pathIds(requestPath);
  const b = pathIds(personPath);
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
  if (shared >= DEPTH.community) return 'community';
  if (shared >= DEPTH.street) return 'street';
  if (shared >= DEPTH.district) return 'district';
  return null;
}

/** The district path a request's candidates are drawn from ("/1/2/"); null for a request posted above a district. */
export function districtPathOf(path: string): string | null {
  const ids = pathIds(path);
  return ids.length >= DEPTH.district ? `/${ids.slice(0, DEPTH.district).join('/')}/` : null;
}

/** The half-day of the week an instant falls in, China time: before noon is the morning. */
export function slotOf(at: Date): AvailabilitySlot {
  const d = onChinaClock(at);
  const day = WEEKDAY_KEYS[(d.getUTCDay() + 6) % 7];
  return `${day}-${d.getUTCHours() < 12 ? 'am' : 'pm'}`;
}

export interface Rankable {
  personId: number;
  path: string;
  availability: readonly AvailabilitySlot[];
}

const DISTANCE_ORDER: Record<OrgDistance, number> = { community: 0, street: 1, district: 2 };

/** The candidates in the order the manager sees them, each with its distance and whether she is free then. */
export function rankCandidates<T extends Rankable>(
  requestPath: string,
  startsAt: Date | null,
  talents: readonly T[],
): (T & { distance: OrgDistance; available: boolean | null })[] {
  const slot = startsAt ? slotOf(startsAt) : null;
  const placed = talents.flatMap((t) => {
    const distance = orgDistance(requestPath, t.path);
    if (distance === null) return [];
    return [{ ...t, distance, available: slot === null ? null : t.availability.includes(slot) }];
  });
  const freeRank = (a: boolean | null) => (a === false ? 1 : 0);
  return placed.sort(
    (x, y) =>
      DISTANCE_ORDER[x.distance] - DISTANCE_ORDER[y.distance] ||
      freeRank(x.available) - freeRank(y.available) ||
      y.availability.length - x.availability.length ||
      x.personId - y.personId,
  );
}
