// Where the phone is, in the mini-program: wx.getLocation (declared in app.config's requiredPrivateInfos, with the
// reason in `permission`). WGS-84, like the places' coordinates. Once refused, WeChat never asks again by itself:
// only wx.openSetting, run from a tap, lets the person switch 位置信息 back on.
import Taro from '@tarojs/taro';

import { weappLocationFailure, type Fix, type FixOutcome } from './location-reason';

export type { Fix, FixOutcome };

export const CAN_OPEN_LOCATION_SETTING = true;

async function userLocationSetting(): Promise<boolean | undefined> {
  try {
    return (await Taro.getSetting()).authSetting['scope.userLocation'];
  } catch {
    return undefined;
  }
}

export async function currentFix(): Promise<FixOutcome> {
  try {
    const r = await Taro.getLocation({ type: 'wgs84', isHighAccuracy: true, highAccuracyExpireTime: 10_000 });
    return { ok: true, fix: { lat: r.latitude, lng: r.longitude, accuracy: r.accuracy } };
  } catch (error) {
    const errMsg = (error as { errMsg?: unknown } | null)?.errMsg;
    return {
      ok: false,
      failure: weappLocationFailure(typeof errMsg === 'string' ? errMsg : undefined, await userLocationSetting()),
    };
  }
}

/** Must be called straight from a tap (WeChat refuses openSetting otherwise). True when 位置信息 is now allowed. */
export async function openLocationSetting(): Promise<boolean> {
  try {
    const r = await Taro.openSetting();
    return r.authSetting['scope.userLocation'] === true;
  } catch {
    return false;
  }
}
