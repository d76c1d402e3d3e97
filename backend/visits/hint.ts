// Where the phone was at a visit with no fixed place (the time bank's helper at an elder's home): recorded as a hint
// and flagged, never refused, since an elder's home has no geofence and a phone's fix can be faked or poor. The second
// scan of a visit is compared with the first: leaving from far away from where one arrived is flagged too.
import { coordinatesInRange, haversineMetres, POOR_ACCURACY_M, type Point } from './geofence';

/** Departure this far from the arrival is flagged for the secretary. */
export const MOVED_M = 500;

export interface LocationHint {
  flags: string[];
  location: { lat: number; lng: number; accuracy: number | null } | null;
}

/** The location of one scan as a hint; null for coordinates no phone reports (the caller refuses those). */
export function locationHint(
  scan: { lat?: number; lng?: number; accuracy?: number },
  arrival: Point | null = null,
): LocationHint | null {
  if (scan.lat === undefined || scan.lng === undefined) return { flags: ['no_location'], location: null };
  const location = { lat: scan.lat, lng: scan.lng, accuracy: scan.accuracy ?? null };
  if (!coordinatesInRange(location)) return null;
  const flags: string[] = [];
  if (location.accuracy !== null && location.accuracy > POOR_ACCURACY_M) flags.push('poor_accuracy');
  if (arrival && haversineMetres(arrival, location) > MOVED_M) flags.push('moved');
  return { flags, location };
}
