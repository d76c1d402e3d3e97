import { clockKindFor, keptOfflineSentence } from './check-in-words';

describe('check-in words', () => {
  it('turns the button into 签退 only for an open record at this post', () => {
    expect(clockKindFor([], 3)).toBe('in');
    expect(clockKindFor([{ postId: 3, status: 'pending' }], 3)).toBe('in');
    expect(clockKindFor([{ postId: 4, status: 'open' }], 3)).toBe('in');
    expect(clockKindFor([{ postId: 3, status: 'open' }], 3)).toBe('out');
  });

  it('says in a full sentence that an offline scan was kept', () => {
    expect(keptOfflineSentence('in', '14:02')).toBe('网络不好，这次签到已经记在手机上了（14:02）。有网络时会自动补交，不用再扫。');
  });
});
