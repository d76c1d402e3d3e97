// Where a certificate is printed and where its QR leads: app paths in the H5 app (and the mini-program).
import { FILE_FOLDERS } from '../../../files/file-keys';
import type { Deps } from '../../../runtime/deps';
import { sealedScene } from '../../../rules/scenes';
import { scanUrl } from '../../../scan/qr-image';
import { certificateSignature } from '../rules/certificate';
import { CERTIFICATE_PAGE, VERIFY_PAGE } from '../pages';

export function certificateUrl(number: string): string {
  return `${CERTIFICATE_PAGE}?no=${encodeURIComponent(number)}`;
}

/**
 * What the printed QR holds: the scan page's short link with the certificate's sealed scene ("z.<id>.<sig>", at most
 * 21 characters), so the code is QR version 3 at the usual PUBLIC_URL where the full verify link made version 6.
 */
export function certificateCodeUrl(id: number, deps: Pick<Deps, 'sceneKey' | 'config'>): string {
  return scanUrl(sealedScene('certificate', id, deps.sceneKey), deps);
}

/**
 * The public verify page with the number and its signature; on the host a full URL, in WeChat the page path.
 * Certificates printed before short codes hold this link, and it keeps verifying.
 */
export function verifyUrl(number: string, deps: Pick<Deps, 'sceneKey' | 'config'>): string {
  const path = `${VERIFY_PAGE}?no=${encodeURIComponent(number)}&sig=${certificateSignature(number, deps.sceneKey)}`;
  return deps.config.publicUrl ? `${deps.config.publicUrl}${path}` : path;
}

/**
 * Where the certificate's QR image is kept. Media files are public, so the name carries the signature too: knowing
 * a certificate's number is not enough to fetch the image that leads to its verify page.
 */
export function certificateQrKey(number: string, deps: Pick<Deps, 'sceneKey'>): string {
  return `${FILE_FOLDERS.qr}/certificate-${number}-${certificateSignature(number, deps.sceneKey)}.png`;
}
