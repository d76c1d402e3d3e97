import { MAX_LINK_LENGTH, originOf, sceneFromLinkParam } from './link-scene';

const printed = (url: string) => encodeURIComponent(url);

describe('sceneFromLinkParam (扫普通链接二维码打开小程序)', () => {
  it('reads the scene of a printed code, as WeChat passes it encoded once', () => {
    expect(sceneFromLinkParam(printed('https://yinfa.example.cn/s?scene=b.1k'))).toBe('b.1k');
    // A signed scene, itself URL-encoded inside the link as qrcode.create writes it.
    const signed = 'k.3.t2x9qa.AbC-_dEf$12';
    expect(sceneFromLinkParam(printed(`https://yinfa.example.cn/s?scene=${encodeURIComponent(signed)}`))).toBe(signed);
  });

  it('takes a q that was already decoded, a PUBLIC_URL with a path prefix, and other query keys', () => {
    expect(sceneFromLinkParam('https://yinfa.example.cn/s?scene=p.2')).toBe('p.2');
    expect(sceneFromLinkParam(printed('https://gov.example.cn/yinfa/s?from=poster&scene=e.9#x'))).toBe('e.9');
  });

  it('checks the host when the build knows its own address', () => {
    expect(sceneFromLinkParam(printed('https://YINFA.example.cn/s?scene=b.1'), 'https://yinfa.example.cn')).toBe('b.1');
    expect(sceneFromLinkParam(printed('https://evil.example.com/s?scene=b.1'), 'https://yinfa.example.cn')).toBe('');
    expect(
      sceneFromLinkParam(printed('https://yinfa.example.cn.evil.com/s?scene=b.1'), 'https://yinfa.example.cn'),
    ).toBe('');
    expect(
      sceneFromLinkParam(printed('https://yinfa.example.cn@evil.com/s?scene=b.1'), 'https://yinfa.example.cn'),
    ).toBe('');
    expect(sceneFromLinkParam(printed('http://yinfa.example.cn/s?scene=b.1'), 'https://yinfa.example.cn')).toBe('');
  });

  it('opens nothing for a link that is not our scan page', () => {
    expect(sceneFromLinkParam(printed('https://yinfa.example.cn/other?scene=b.1'))).toBe('');
    expect(sceneFromLinkParam(printed('https://yinfa.example.cn/s'))).toBe('');
    expect(sceneFromLinkParam(printed('https://yinfa.example.cn/s?scenery=b.1'))).toBe('');
    expect(sceneFromLinkParam(printed('javascript:alert(1)//s?scene=b.1'))).toBe('');
    expect(sceneFromLinkParam(printed('ftp://yinfa.example.cn/s?scene=b.1'))).toBe('');
  });

  it('refuses garbage, oversized and out-of-rule input without throwing', () => {
    expect(sceneFromLinkParam(undefined)).toBe('');
    expect(sceneFromLinkParam('')).toBe('');
    expect(sceneFromLinkParam('%E0%A4%A')).toBe('');
    expect(sceneFromLinkParam('%%%')).toBe('');
    expect(sceneFromLinkParam('这是一段文字')).toBe('');
    expect(sceneFromLinkParam(printed(`https://yinfa.example.cn/s?scene=b.1&x=${'a'.repeat(MAX_LINK_LENGTH)}`))).toBe(
      '',
    );
    expect(sceneFromLinkParam(printed(`https://yinfa.example.cn/s?scene=${'b'.repeat(33)}`))).toBe('');
    expect(sceneFromLinkParam(printed('https://yinfa.example.cn/s?scene=%E9%93%B6'))).toBe('');
    expect(sceneFromLinkParam(printed('https://yinfa.example.cn/s?scene=%ZZ'))).toBe('');
    expect(sceneFromLinkParam(printed('https://yinfa.example.cn/s?scene=b.1%0A<script>'))).toBe('');
  });

  it('names the origin of an address', () => {
    expect(originOf('https://Yinfa.example.cn:8443/base')).toBe('https://yinfa.example.cn:8443');
    expect(originOf('not an address')).toBeNull();
  });
});
