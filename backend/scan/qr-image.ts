// One way to make a scannable code, for every domain: the address it holds (the H5 scan page under the public URL,
// or in WeChat, which has no web address, the mini-program's scan page) and its image drawn by the runtime's
// QrImages (a PNG in the host, a mini-program code in WeChat) and kept in the file store as qr/<scene>.png.
import { FILE_FOLDERS } from '../files/file-keys';
import type { Deps } from '../runtime/deps';
import { SCAN_PAGE, SCAN_PATH } from './scan-page';

/** The address a code with this scene opens. */
export function scanUrl(scene: string, deps: Pick<Deps, 'config'>): string {
  const base = deps.config.publicUrl ? `${deps.config.publicUrl}${SCAN_PATH}` : SCAN_PAGE;
  return `${base}?scene=${encodeURIComponent(scene)}`;
}

/** Draws the code of `scene` and keeps it in the file store; answers its address and the image's key. */
export async function storeScanCode(
  scene: string,
  deps: Pick<Deps, 'config' | 'files' | 'qrImages'>,
): Promise<{ url: string; image: string }> {
  const url = scanUrl(scene, deps);
  const image = `${FILE_FOLDERS.qr}/${scene.replace(/[^A-Za-z0-9._-]/g, '_')}.png`;
  await deps.files.put(image, await deps.qrImages.draw(scene, url), 'image/png');
  return { url, image };
}
