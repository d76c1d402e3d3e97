// What a scanned code opens: the scene, read from a mini-program path ("subpackages/scan/index?scene=b.1"),
// a scan URL ("https://…/s?scene=b.1") or a bare scene. Anything else gives null.

const BARE_SCENE = /^[0-9A-Za-z!#$&'()*+,;=@\-._~]{1,32}$/;

function sceneParam(query: string): string | null {
  const value = new URLSearchParams(query).get('scene');
  return value && value.trim() !== '' ? value.trim() : null;
}

export function sceneFromScan(text: string | undefined | null): string | null {
  const raw = (text ?? '').trim();
  if (raw === '') return null;
  const question = raw.indexOf('?');
  if (question >= 0) return sceneParam(raw.slice(question + 1).split('#')[0]);
  // A URL or path without a query names no scene; a short token without separators may be the scene itself.
  if (raw.includes('/') || raw.includes(':')) return null;
  return BARE_SCENE.test(raw) ? raw : null;
}

/** WeChat's scanCode gives `path` for mini-program codes and `result` for everything else. */
export function sceneFromWechatScan(result: { path?: string; result?: string }): string | null {
  return sceneFromScan(result.path) ?? sceneFromScan(result.result);
}
