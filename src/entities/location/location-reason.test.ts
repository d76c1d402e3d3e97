import { weappLocationFailure } from './location-reason';

describe('weappLocationFailure', () => {
  it('trusts the setting first: once the person said no, only 打开定位权限 helps', () => {
    expect(weappLocationFailure('getLocation:fail timeout', false)).toBe('refused');
    expect(weappLocationFailure(undefined, false)).toBe('refused');
  });

  it('reads the refusal messages of several WeChat versions', () => {
    expect(weappLocationFailure('getLocation:fail auth deny', undefined)).toBe('refused');
    expect(weappLocationFailure('getLocation:fail:auth denied', undefined)).toBe('refused');
    expect(weappLocationFailure('getLocation:fail authorize no response', undefined)).toBe('refused');
  });

  it('tells the phone switch and WeChat’s own permission apart from a refusal', () => {
    expect(weappLocationFailure('getLocation:fail system permission denied', true)).toBe('phone-off');
    expect(weappLocationFailure('getLocation:fail:ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF', true)).toBe('phone-off');
  });

  it('calls anything else a missing fix', () => {
    expect(weappLocationFailure('getLocation:fail timeout', true)).toBe('no-fix');
    expect(weappLocationFailure('', undefined)).toBe('no-fix');
    expect(weappLocationFailure(undefined, true)).toBe('no-fix');
  });
});
