// Where the phone is, for a check-in at a geo post (H5: the browser's Geolocation; the mini-program takes
// location.weapp.ts). The reason is said on the screen before the browser asks. Coordinates are WGS-84 on both
// platforms, as the posts' own coordinates are. Null when the person declines or no fix comes in time.
import type { Fix } from './location-reason';

export type { Fix };
export { LOCATION_REASON } from './location-reason';

const FIX_TIMEOUT_MS = 15_000;

export function currentFix(): Promise<Fix | null> {
  if (typeof navigator === 'undefined' || !navigator.geolocation) return Promise.resolve(null);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude, accuracy: p.coords.accuracy }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: FIX_TIMEOUT_MS, maximumAge: 30_000 },
    );
  });
}
