// What both platforms' location readers share (location.ts on H5, location.weapp.ts in the mini-program). Kept apart
// because a platform file cannot import its own base name: in its own build `./location` is the file itself.
export interface Fix {
  lat: number;
  lng: number;
  accuracy: number;
}

/**
 * Why no fix came, because each asks for a different next step: `refused` — this app was told no (WeChat: the
 * mini-program's own permission, which only wx.openSetting can give back); `phone-off` — the phone's location switch,
 * or WeChat's own permission in the phone's settings, is off; `no-fix` — allowed, but no position in time.
 */
export type LocationFailure = 'refused' | 'phone-off' | 'no-fix';

export type FixOutcome = { ok: true; fix: Fix } | { ok: false; failure: LocationFailure };

/**
 * Reads wx.getLocation's failure. `userLocation` is `authSetting['scope.userLocation']` from wx.getSetting:
 * false once the person said no, which is surer than the message (its wording varies by WeChat version).
 */
export function weappLocationFailure(errMsg: string | undefined, userLocation: boolean | undefined): LocationFailure {
  if (userLocation === false) return 'refused';
  const m = (errMsg ?? '').toLowerCase();
  // "system permission denied": WeChat itself may not use the location; "locationswitchoff": the phone's switch.
  if (m.includes('system permission') || m.includes('locationswitchoff') || m.includes('location service'))
    return 'phone-off';
  if (m.includes('auth deny') || m.includes('auth denied') || m.includes('authorize no response')) return 'refused';
  return 'no-fix';
}
