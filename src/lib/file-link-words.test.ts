import { downloadAddressOf, downloadFailureSentence } from './file-link-words';

describe('file link words (mini-program download)', () => {
  it('downloads only from a full https address', () => {
    expect(downloadAddressOf({ url: 'https://yinfa.example.cn/files/exports/a.xlsx?until=1&sig=x' })).toBe(
      'https://yinfa.example.cn/files/exports/a.xlsx?until=1&sig=x',
    );
    // No PUBLIC_URL: the link is the bare path, which WeChat cannot fetch.
    expect(downloadAddressOf({ url: '/files/exports/a.xlsx?until=1&sig=x' })).toBeNull();
    expect(downloadAddressOf({ url: 'http://yinfa.example.cn/files/a.xlsx' })).toBeNull();
    expect(downloadAddressOf({ url: 'javascript:alert(1)' })).toBeNull();
    expect(downloadAddressOf({ url: '' })).toBeNull();
  });

  it('says what each refusal of the host means, in a sentence with the next step', () => {
    expect(downloadFailureSentence(401)).toContain('网页版');
    expect(downloadFailureSentence(410)).toBe('下载的时间已经过了。请再按一次导出。');
    expect(downloadFailureSentence(404)).toContain('没有找到');
    expect(downloadFailureSentence(500)).toBe('文件没有下载下来，请再按一次导出。');
    for (const s of [401, 403, 404, 410, 500, 0].map(downloadFailureSentence)) expect(s.endsWith('。')).toBe(true);
  });
});
