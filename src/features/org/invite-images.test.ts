import { inviteImageName, inviteImagesSentence, OPEN_INVITE_IMAGES_LABEL, pngBase64OfDataUrl } from './invite-images';

describe('invite images', () => {
  it('takes the bytes of a PNG data URL', () => {
    expect(pngBase64OfDataUrl('data:image/png;base64,iVBORw0KGgo=')).toBe('iVBORw0KGgo=');
  });

  it('refuses anything that is not a PNG data URL, or too large to be a QR', () => {
    expect(pngBase64OfDataUrl('https://example.cn/qr.png')).toBeNull();
    expect(pngBase64OfDataUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBeNull();
    expect(pngBase64OfDataUrl('data:image/png;base64,abc"><script>')).toBeNull();
    expect(pngBase64OfDataUrl('data:image/png;base64,')).toBeNull();
    expect(pngBase64OfDataUrl(`data:image/png;base64,${'A'.repeat(600 * 1024)}`)).toBeNull();
  });

  it('names one file per person', () => {
    expect(inviteImageName(42)).toBe('invite-42.png');
  });

  it('says in a sentence what the button does and how to print', () => {
    const s = inviteImagesSentence(12);
    expect(s).toContain('12 张');
    expect(s).toContain(`“${OPEN_INVITE_IMAGES_LABEL}”`);
    expect(s).toContain('电脑');
  });
});
