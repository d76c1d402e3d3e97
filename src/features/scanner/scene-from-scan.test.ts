import { sceneFromScan, sceneFromWechatScan } from './scene-from-scan';

describe('sceneFromScan', () => {
  it('reads the scene from the host scan URL', () => {
    expect(sceneFromScan('http://127.0.0.1:8080/s?scene=b.1k')).toBe('b.1k');
    expect(sceneFromScan('https://example.cn/s?x=1&scene=c.2#top')).toBe('c.2');
  });

  it('decodes an encoded scene', () => {
    expect(sceneFromScan('subpackages/scan/index?scene=b%2E1')).toBe('b.1');
    expect(sceneFromScan('/s?scene=k.1.abc.XYZ%24')).toBe('k.1.abc.XYZ$');
  });

  it('takes a bare scene token', () => {
    expect(sceneFromScan('b.1k')).toBe('b.1k');
  });

  it('gives null for codes that name no scene', () => {
    expect(sceneFromScan('')).toBeNull();
    expect(sceneFromScan(undefined)).toBeNull();
    expect(sceneFromScan('https://example.com/page')).toBeNull();
    expect(sceneFromScan('https://example.com/page?x=1')).toBeNull();
    expect(sceneFromScan('这是一段文字')).toBeNull();
  });

  it('prefers the mini-program path from WeChat, then the text', () => {
    expect(sceneFromWechatScan({ path: 'subpackages/scan/index?scene=b.2', result: 'x' })).toBe('b.2');
    expect(sceneFromWechatScan({ result: 'http://h/s?scene=b.3' })).toBe('b.3');
    expect(sceneFromWechatScan({})).toBeNull();
  });
});
