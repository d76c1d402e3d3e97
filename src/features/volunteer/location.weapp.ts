// Where the phone is, in the mini-program: wx.getLocation (declared in app.config's requiredPrivateInfos, with the
// reason in `permission`). WGS-84, like the posts' coordinates. Null when declined or no fix.
import Taro from '@tarojs/taro';

import type { Fix } from './location-reason';

export type { Fix };
export { LOCATION_REASON } from './location-reason';

export async function currentFix(): Promise<Fix | null> {
  try {
    const r = await Taro.getLocation({ type: 'wgs84', isHighAccuracy: true, highAccuracyExpireTime: 10_000 });
    return { lat: r.latitude, lng: r.longitude, accuracy: r.accuracy };
  } catch {
    return null;
  }
}
