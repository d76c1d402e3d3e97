// Where the phone is, for a check-in at a place (a volunteer post; a time-bank visit next) and for what is near (H5:
// the browser's Geolocation; the mini-program takes location.weapp.ts). The feature says its reason on the screen
// before the browser asks. Coordinates are WGS-84 on both platforms, as the places' own coordinates are.
import type { Fix, FixOutcome } from './location-reason';

export type { Fix, FixOutcome };

const FIX_TIMEOUT_MS = 15_000;
const PERMISSION_DENIED = 1; // GeolocationPositionError.PERMISSION_DENIED

/** A browser page cannot open its own site settings: H5 says where to go in a sentence instead. */
export const CAN_OPEN_LOCATION_SETTING = false;

export function currentFix(): Promise<FixOutcome> {
  if (typeof navigator === 'undefined' || !navigator.geolocation)
    return Promise.resolve({ ok: false, failure: 'phone-off' });
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) =>
        resolve({ ok: true, fix: { lat: p.coords.latitude, lng: p.coords.longitude, accuracy: p.coords.accuracy } }),
      (e) => resolve({ ok: false, failure: e.code === PERMISSION_DENIED ? 'refused' : 'no-fix' }),
      { enableHighAccuracy: true, timeout: FIX_TIMEOUT_MS, maximumAge: 30_000 },
    );
  });
}

/** Only the mini-program has a settings page to open; here nothing is granted. */
export function openLocationSetting(): Promise<boolean> {
  return Promise.resolve(false);
}
