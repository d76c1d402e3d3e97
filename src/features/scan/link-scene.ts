// The scene of a printed https code that opened the mini-program. With 扫普通链接二维码打开小程序, WeChat hands the
// page `q`: the code's whole URL, URL-encoded. Our printed and H5 codes are `<PUBLIC_URL>/s?scene=<scene>`
// (backend/scan/scan-page.ts, backend/scan/qrcode/create.ts). Pure and by hand, with no URL class (the
// mini-program's JS engine has none of its own); anything not of that shape gives ''.

/** Far above `<PUBLIC_URL>/s?scene=<32 chars>`: a longer q is not one of our codes and is not decoded at all. */
export const MAX_LINK_LENGTH = 512;
/** The scan page's short path (backend/scan/scan-page.ts SCAN_PATH), after any path prefix of PUBLIC_URL. */
const SCAN_PATH = '/s';
/** WeChat's scene rules: ≤ 32 characters of its allowed set (backend/rules/scenes.ts). */
const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;
const LINK = /^(https?):\/\/([^/?#\s@]+)(\/[^?#\s]*)?(?:\?([^#\s]*))?(?:#\S*)?$/i;

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** `https://host[:port]` of an address, lower-cased; null when it is not one. */
export function originOf(address: string): string | null {
  const m = LINK.exec(address.trim());
  return m ? `${m[1].toLowerCase()}://${m[2].toLowerCase()}` : null;
}

/**
 * `q` as WeChat passes it (encoded once; a q Taro already decoded is taken as it is). `expectedOrigin`, when the
 * build knows PUBLIC_URL, must match: a code on another site opens nothing.
 */
export function sceneFromLinkParam(q: string | undefined, expectedOrigin?: string): string {
  if (!q || q.length > MAX_LINK_LENGTH) return '';
  const url = /^https?:\/\//i.test(q) ? q : decoded(q);
  if (!url) return '';
  const m = LINK.exec(url);
  if (!m) return '';
  const [, scheme, host, path = '', query = ''] = m;
  if (expectedOrigin) {
    const expected = originOf(expectedOrigin);
    if (!expected || expected !== `${scheme.toLowerCase()}://${host.toLowerCase()}`) return '';
  }
  if (path !== SCAN_PATH && !path.endsWith(SCAN_PATH)) return '';
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq) !== 'scene') continue;
    const scene = decoded(pair.slice(eq + 1).replace(/\+/g, ' '))?.trim() ?? '';
    return SCENE.test(scene) ? scene : '';
  }
  return '';
}
