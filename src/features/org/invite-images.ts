// The invitation sheet where there is no printer (the mini-program): each slip's QR, as the server sends it (a PNG
// data URL), becomes a file on the phone that WeChat's image viewer opens, so a secretary can forward or save it.
// Pure: which bytes, which file name, which words.

const PNG_DATA_URL = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/;
/** Far above a QR PNG (a few KB): anything larger is not one of ours and is not written to the phone. */
const MAX_BASE64_CHARS = 512 * 1024;

/** The base64 bytes of a PNG data URL, or null for anything else. */
export function pngBase64OfDataUrl(url: string): string | null {
  if (url.length > MAX_BASE64_CHARS + 32) return null;
  const m = PNG_DATA_URL.exec(url);
  return m ? m[1] : null;
}

/** One file per person, so opening the sheet again overwrites rather than piles up. */
export function inviteImageName(personId: number): string {
  return `invite-${Math.trunc(personId)}.png`;
}

export const OPEN_INVITE_IMAGES_LABEL = '打开邀请二维码';

export function inviteImagesSentence(count: number): string {
  return `手机不能直接打印。按下面的“${OPEN_INVITE_IMAGES_LABEL}”，会打开这 ${count} 张二维码，顺序和下面的名单一样，左右滑动换一张。长按图片，可以发给党员本人，或者发到电脑上的微信去打印。要整张打印，请在电脑上打开网页版。`;
}

export const INVITE_IMAGES_FAILED = '邀请二维码没有打开，请再按一次。如果还不行，请在电脑上打开网页版打印。';
