// The certificate's printed code as a phone camera sees it: the same 4 cm image on the A4 sheet, photographed small
// and out of focus, read with jsQR (a decoder none of our code wrote). The code it used to print held the full
// verify link (99 characters, QR version 6, 41 modules); the code it prints now holds the scan page's short link
// with a sealed scene (version 3, 29 modules, drawn at level L by the host: wider cells beat M's extra recovery).
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { hostQrImages, qrLevelFor } from '../../apps/host/host-qr-images';
import { sealedScene } from '../../backend/rules/scenes';

// A usual PUBLIC_URL length (the host's default http://localhost:<port> is 22 characters).
const BASE = 'http://localhost:10086';
const OLD_URL = `${BASE}/subpackages/volunteer/verify/index?no=ZY20261203-7KQ2MX&sig=Qx3vL0pZ_k8sT2aB`;
const NEW_URL = `${BASE}/s?scene=${sealedScene('certificate', 123_456, 'a-scene-key')}`;

type Gray = { w: number; h: number; px: Float32Array };

function grayOf(png: PNG): Gray {
  const px = new Float32Array(png.width * png.height);
  for (let i = 0; i < px.length; i++) px[i] = png.data[i * 4];
  return { w: png.width, h: png.height, px };
}

/** Area-averaged downscale to `w` pixels wide: what a camera sensor does with a code far away. */
function shrink(img: Gray, w: number): Gray {
  const h = Math.round((img.h * w) / img.w);
  const px = new Float32Array(w * h);
  const sx = img.w / w;
  const sy = img.h / h;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let sum = 0;
      let n = 0;
      for (let yy = Math.floor(y * sy); yy < Math.floor((y + 1) * sy); yy++)
        for (let xx = Math.floor(x * sx); xx < Math.floor((x + 1) * sx); xx++) {
          sum += img.px[yy * img.w + xx];
          n++;
        }
      px[y * w + x] = sum / n;
    }
  return { w, h, px };
}

/** Separable Gaussian blur of `sigma` pixels: a lens out of focus, or a hand that moved. */
function blur(img: Gray, sigma: number): Gray {
  if (sigma <= 0) return img;
  const r = Math.ceil(sigma * 3);
  const k = Array.from({ length: 2 * r + 1 }, (_, i) => Math.exp(-((i - r) ** 2) / (2 * sigma * sigma)));
  const total = k.reduce((a, b) => a + b, 0);
  const pass = (src: Float32Array, dx: number, dy: number) => {
    const out = new Float32Array(src.length);
    for (let y = 0; y < img.h; y++)
      for (let x = 0; x < img.w; x++) {
        let sum = 0;
        for (let i = -r; i <= r; i++) {
          const xx = Math.min(img.w - 1, Math.max(0, x + i * dx));
          const yy = Math.min(img.h - 1, Math.max(0, y + i * dy));
          sum += src[yy * img.w + xx] * k[i + r];
        }
        out[y * img.w + x] = sum / total;
      }
    return out;
  };
  return { w: img.w, h: img.h, px: pass(pass(img.px, 1, 0), 0, 1) };
}

function reads(img: Gray): string | null {
  const rgba = new Uint8ClampedArray(img.w * img.h * 4);
  for (let i = 0; i < img.px.length; i++) {
    rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = img.px[i];
    rgba[i * 4 + 3] = 255;
  }
  return jsQR(rgba, img.w, img.h)?.data ?? null;
}

/** The printed image as the host draws it (640 px for the 4 cm square), as a grey picture. */
async function printed(url: string, level: 'M' | 'L'): Promise<Gray> {
  return grayOf(
    PNG.sync.read(await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: level, margin: 4, width: 640 })),
  );
}

// Photos of the 4 cm square: its width in the photo (pixels) and the blur (pixels at that size).
const WIDTHS = [120, 100, 90, 80, 70, 60];
const BLURS = [0, 0.8, 1.2];

describe('the certificate’s printed code under a phone camera', () => {
  it('is version 3 or lower where it was version 6, and the host draws exactly that code', async () => {
    expect(OLD_URL).toHaveLength(99);
    expect(QRCode.create(OLD_URL, { errorCorrectionLevel: 'M' }).version).toBe(6);
    expect(NEW_URL.length).toBeLessThanOrEqual(52);
    expect(qrLevelFor(NEW_URL)).toBe('L');
    expect(QRCode.create(NEW_URL, { errorCorrectionLevel: qrLevelFor(NEW_URL) }).version).toBe(3);
    // Codes that were already small keep level M.
    expect(qrLevelFor(`${BASE}/s?scene=b.1k`)).toBe('M');
    const drawn = PNG.sync.read(Buffer.from(await hostQrImages().draw('z', NEW_URL)));
    const read = jsQR(new Uint8ClampedArray(drawn.data), drawn.width, drawn.height);
    expect(read?.data).toBe(NEW_URL);
    expect(read?.version).toBe(3);
  });

  it('reads the new code in every photo the old one survived, and in smaller and blurrier ones it did not', async () => {
    const oldImage = await printed(OLD_URL, 'M');
    const newImage = await printed(NEW_URL, qrLevelFor(NEW_URL));
    const table: string[] = [];
    let newOnly = 0;
    for (const w of WIDTHS)
      for (const sigma of BLURS) {
        const oldRead = reads(blur(shrink(oldImage, w), sigma)) === OLD_URL;
        const newRead = reads(blur(shrink(newImage, w), sigma)) === NEW_URL;
        table.push(`${w}px σ${sigma}: old ${oldRead ? 'reads' : 'fails'}, new ${newRead ? 'reads' : 'fails'}`);
        // Never worse than before.
        if (oldRead) expect({ w, sigma, newRead }).toEqual({ w, sigma, newRead: true });
        if (newRead && !oldRead) newOnly++;
      }
    process.stdout.write(`QR readability, 4 cm code photographed:\n${table.join('\n')}\n`);
    expect(newOnly).toBeGreaterThan(0);
  }, 120_000);
});
