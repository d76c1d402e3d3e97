import type { ResolvedScene } from '../../../contracts/qrcode';
import { isUnusableCode, problemTitle, readSceneParam, scanTitle } from './scene-words';

const ready = (resolved: Partial<ResolvedScene> & Pick<ResolvedScene, 'type'>) =>
  ({ status: 'ready', data: resolved as ResolvedScene }) as const;

describe('scanTitle', () => {
  it('is plain 扫码 until the code is known', () => {
    expect(scanTitle({ status: 'idle' })).toBe('扫码');
    expect(scanTitle({ status: 'loading' })).toBe('扫码');
    expect(scanTitle({ status: 'error', code: 'QR_INVALID', message: '…' })).toBe('扫码');
  });

  it.each([
    ['book', '扫码听书'],
    ['chapter', '扫码听书'],
    ['invitation', '入会邀请'],
    ['event', '活动'],
    ['attendance', '活动签到'],
    ['post', '志愿服务驿站'],
    ['checkin', '志愿服务打卡'],
  ] as const)('names a %s code %p', (type, title) => {
    expect(scanTitle(ready({ type }))).toBe(title);
  });
});

describe('which failures are the code’s own', () => {
  it.each(['QR_INVALID', 'QR_EXPIRED', 'NOT_FOUND', 'VALIDATION'] as const)('%s: the code cannot be used', (code) => {
    expect(isUnusableCode(code)).toBe(true);
  });

  it.each(['NETWORK', 'INTERNAL', 'RATE_LIMITED', null] as const)(
    '%p: the line or the server failed, trying again may help',
    (code) => {
      expect(isUnusableCode(code)).toBe(false);
    },
  );

  it('heads an expired or removed code apart from an unreadable one (without repeating the server’s words)', () => {
    expect(problemTitle('QR_EXPIRED')).toBe('这个二维码不能再用了');
    expect(problemTitle('NOT_FOUND')).toBe('这个二维码打不开了');
    expect(problemTitle('QR_INVALID')).toBe('这个二维码无法识别……');
  });
});

describe('readSceneParam', () => {
  it('decodes what WeChat encodes, keeps what H5 already decoded, and survives a stray %', () => {
    expect(readSceneParam('i.5.m4x2k1.AbC_d-EfGh1')).toBe('i.5.m4x2k1.AbC_d-EfGh1');
    expect(readSceneParam('b.1%20')).toBe('b.1');
    expect(readSceneParam('b.%zz')).toBe('b.%zz');
    expect(readSceneParam(undefined)).toBe('');
    expect(readSceneParam('  ')).toBe('');
  });
});
