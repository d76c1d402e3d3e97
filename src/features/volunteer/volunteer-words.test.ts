import {
  correctionWords,
  flagWords,
  hoursText,
  placesWords,
  ROTATING_CODE_SENTENCE,
  SCAN_BUTTON_LABEL,
  shiftTimeWords,
} from './volunteer-words';

describe('volunteer words', () => {
  it('says hours plainly', () => {
    expect(hoursText(3)).toBe('3 小时');
    expect(hoursText(2.5)).toBe('2.5 小时');
    expect(hoursText(2.75)).toBe('2.75 小时');
  });
  it('says a shift’s day and hours', () => {
    expect(shiftTimeWords({ start: '2026-12-03T06:00:00.000Z', end: '2026-12-03T09:00:00.000Z' })).toBe(
      '2026年12月3日 星期四 下午2点—5点',
    );
  });
  it('says places in words, never only a colour', () => {
    expect(placesWords({ mine: true, taken: 4, capacity: 4 })).toBe('已报名');
    expect(placesWords({ mine: false, taken: 4, capacity: 4 })).toBe('已报满');
    expect(placesWords({ mine: false, taken: 1, capacity: 4 })).toBe('还有 3 个名额');
  });
  it('explains flags', () => {
    expect(flagWords(['auto_check_out', 'offline'])).toBe('忘了签退，到点自动签退；没网时扫的，事后补交');
  });
  it('names who corrected a record and who approved it, and says when a correction waits', () => {
    const c = { hours: 24, previousHours: 2, reason: '一直在驿站', by: '陈建国', approvedBy: null };
    expect(correctionWords({ ...c, status: 'applied' })).toBe('陈建国把时长由 2 小时改为 24 小时，原因：一直在驿站。');
    expect(correctionWords({ ...c, status: 'applied', approvedBy: '林海' })).toBe(
      '陈建国把时长由 2 小时改为 24 小时，原因：一直在驿站，经林海批准。',
    );
    expect(correctionWords({ ...c, status: 'awaiting' })).toMatch(/正在等上级管理员批准，批准前不生效。$/);
    expect(flagWords(['typed_code', 'no_location'])).toBe('手输的数字码；没有位置信息');
  });

  it('tells the manager how volunteers read the rotating code: the 志愿 tab’s own scan button, or the digits', () => {
    expect(ROTATING_CODE_SENTENCE).toContain(`“${SCAN_BUTTON_LABEL}”`);
    expect(ROTATING_CODE_SENTENCE).toContain('6 位数字');
    expect(ROTATING_CODE_SENTENCE).not.toContain('请志愿者用微信扫码');
  });
});
