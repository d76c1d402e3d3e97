// Is the phone at the place (a volunteer post; an elder's home for the time bank next)? The great-circle (haversine)
// distance from the reported point to the place's centre, against its radius. Location is reported by the phone and
// can be faked, so this refuses the honest mistake (scanning a photo of the code at home) and flags poor fixes for
// the manager; it never proves presence.

const EARTH_RADIUS_M = 6_371_008.8; // mean Earth radius (IUGG)
/** A fix worse than this (the phone's own 68 % radius, in metres) is accepted but flagged for the manager. */
export const POOR_ACCURACY_M = 100;

export interface Point {
  lat: number;
  lng: number;
}

export function haversineMetres(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function coordinatesInRange(p: Point): boolean {
  return (
    Number.isFinite(p.lat) && Number.isFinite(p.lng) && p.lat >= -90 && p.lat <= 90 && p.lng >= -180 && p.lng <= 180
  );
}

export type GeofenceVerdict =
  | { ok: true; metres: number; poorAccuracy: boolean }
  | { ok: false; reason: 'too_far'; metres: number }
  | { ok: false; reason: 'out_of_range' };

/**
 * Inside when the distance is within the radius plus some slack for the fix's own uncertainty. The slack is the
 * reported accuracy but never more than the radius itself, so a phone claiming a 5 km uncertainty gains at most
 * one radius (200 m by default), never the whole city.
 */
export function judgeLocation(
  post: Point & { radius: number },
  at: Point & { accuracy?: number | null },
): GeofenceVerdict {
  if (!coordinatesInRange(at)) return { ok: false, reason: 'out_of_range' };
  const metres = Math.round(haversineMetres(post, at));
  const accuracy = at.accuracy != null && Number.isFinite(at.accuracy) && at.accuracy > 0 ? at.accuracy : 0;
  const slack = Math.min(accuracy, post.radius);
  if (metres > post.radius + slack) return { ok: false, reason: 'too_far', metres };
  return { ok: true, metres, poorAccuracy: accuracy > POOR_ACCURACY_M };
}

/** "约 5,012 米" / "约 3.4 公里": the distance in words a retiree reads at a glance. */
export function distanceWords(metres: number): string {
  if (metres < 10_000) return `${metres.toLocaleString('en-US')} 米`;
  return `${(metres / 1000).toFixed(1)} 公里（${metres.toLocaleString('en-US')} 米）`;
}
