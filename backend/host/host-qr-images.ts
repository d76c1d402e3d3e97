// Host QR images: a PNG made with the `qrcode` library, written once under the media folder.
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import QRCode from 'qrcode';
import type { QrImages } from '../runtime/deps';

export function hostQrImages(mediaDir: string): QrImages {
  return {
    async make(scene, url) {
      const name = `${scene.replace(/[^A-Za-z0-9._-]/g, '_')}.png`;
      const file = path.join(mediaDir, 'qr', name);
      const exists = await stat(file).then(() => true, () => false);
      if (!exists) {
        await mkdir(path.dirname(file), { recursive: true });
        // Level M and a wide quiet zone: reads reliably from a printed poster with an old phone camera.
        await QRCode.toFile(file, url, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: 640 });
      }
      return `/media/qr/${name}`;
    },
  };
}
