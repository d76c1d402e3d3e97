// Host QR images: a PNG of the H5 address made with the `qrcode` library (kept in the file store by the action).
import QRCode from 'qrcode';
import type { QrImages } from '../../backend/runtime/deps';

/** The largest version we let a printed code fall back to level L for: 29 modules, big enough cells on paper. */
const SMALL_VERSION = 3;

/**
 * Level M, unless level L makes the code version 3 or lower where M would not. A code is printed at a fixed size,
 * so fewer modules mean wider cells, and cell width is what survives a blurred or far-away phone photo (the
 * certificate's version 3 code at L reads in photos its old version 6 code at M did not:
 * test/integration/qr-readability.test.ts).
 * In practice this is the certificate's short code (`<PUBLIC_URL>/s?scene=z.…`, about 48 characters).
 */
export function qrLevelFor(url: string): 'M' | 'L' {
  if (QRCode.create(url, { errorCorrectionLevel: 'M' }).version <= SMALL_VERSION) return 'M';
  return QRCode.create(url, { errorCorrectionLevel: 'L' }).version <= SMALL_VERSION ? 'L' : 'M';
}

export function hostQrImages(): QrImages {
  return {
    // A wide quiet zone: reads reliably from a printed poster with an old phone camera.
    draw: async (_scene, url) =>
      QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: qrLevelFor(url), margin: 4, width: 640 }),
  };
}
