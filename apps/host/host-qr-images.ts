// Host QR images: a PNG of the H5 address made with the `qrcode` library (kept in the file store by the action).
import QRCode from 'qrcode';
import type { QrImages } from '../../backend/runtime/deps';

export function hostQrImages(): QrImages {
  return {
    // Level M and a wide quiet zone: reads reliably from a printed poster with an old phone camera.
    draw: async (_scene, url) =>
      QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: 640 }),
  };
}
