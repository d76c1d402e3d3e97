import {
  afterSettingSentence,
  clockKindFor,
  keptOfflineSentence,
  managerHelpSentence,
  nextStepAfter,
  NO_FIX_SENTENCE,
  noFixSentence,
  OPEN_LOCATION_SETTING_LABEL,
} from './check-in-words';

describe('check-in words', () => {
  it('turns the button into 签退 only for an open record at this post', () => {
    expect(clockKindFor([], 3)).toBe('in');
    expect(clockKindFor([{ postId: 3, status: 'pending' }], 3)).toBe('in');
    expect(clockKindFor([{ postId: 4, status: 'open' }], 3)).toBe('in');
    expect(clockKindFor([{ postId: 3, status: 'open' }], 3)).toBe('out');
  });

  it('says in a full sentence that an offline scan was kept', () => {
    expect(keptOfflineSentence('in', '14:02')).toBe(
      '网络不好，这次签到已经记在手机上了（14:02）。有网络时会自动补交，不用再扫。',
    );
  });
});

describe('no-location sentences', () => {
  it('sends a mini-program refusal to the 打开定位权限 button, not to the phone settings', () => {
    const s = noFixSentence('in', 'refused', true);
    expect(s).toContain(`“${OPEN_LOCATION_SETTING_LABEL}”`);
    expect(s).toContain('还没有签到');
    expect(s).not.toContain('手机设置');
    expect(noFixSentence('out', 'refused', true)).toContain('还没有签退');
  });

  it('sends a phone whose location is off to the phone settings, and a weak fix outdoors', () => {
    expect(noFixSentence('in', 'phone-off', true)).toContain('手机的设置里打开定位');
    expect(noFixSentence('in', 'no-fix', true)).toBe(
      '没有拿到手机的位置，所以还没有签到。请走到室外开阔处，再按一次。',
    );
  });

  it('keeps the H5 sentence where no settings page can be opened', () => {
    for (const failure of ['refused', 'phone-off', 'no-fix'] as const)
      expect(noFixSentence('in', failure, false)).toBe(NO_FIX_SENTENCE);
  });

  it('says after the settings page whether the switch is on', () => {
    expect(afterSettingSentence('in', true)).toBe('位置已经允许使用了，请按下面的按钮签到。');
    expect(afterSettingSentence('out', false)).toContain('还不能签退');
    expect(afterSettingSentence('out', false)).toContain(OPEN_LOCATION_SETTING_LABEL);
  });
});

describe('what a refusal leaves her to do', () => {
  it('offers pressing again only where it can help', () => {
    for (const code of ['NETWORK', 'INTERNAL', 'DATABASE_UNAVAILABLE', undefined] as const)
      expect(nextStepAfter(code, false)).toBe('again');
    expect(nextStepAfter('QR_INVALID', true)).toBe('again'); // type the code again
    expect(nextStepAfter('QR_INVALID', false)).toBe('none'); // a scanned code stays wrong
    expect(nextStepAfter('FORBIDDEN', false)).toBe('join');
    expect(nextStepAfter('OUTSIDE_SHIFT', false)).toBe('shifts');
    expect(nextStepAfter('ALREADY_CHECKED_IN', false)).toBe('state');
    expect(nextStepAfter('TOO_FAR', false)).toBe('closer');
    expect(nextStepAfter('CONFLICT', false)).toBe('none');
  });

  it('names who at the post can register her without a location', () => {
    expect(managerHelpSentence({ contactName: '王秀英', contactPhone: '0592-1234567' })).toBe(
      '不想用位置的话，也可以请负责人帮您登记：请找驿站联系人王秀英（电话 0592-1234567），说您今天来服务了。',
    );
    expect(managerHelpSentence({ contactName: '', contactPhone: '' })).toContain('请找驿站负责人');
  });
});
