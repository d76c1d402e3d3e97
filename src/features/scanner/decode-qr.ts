// H5: reads a QR code from camera frames or a photo with jsQR, loaded only when first needed
// (it is ~130 KB and most visits never scan).
type JsQr = typeof import('jsqr').default;

let decoder: Promise<JsQr> | null = null;

function loadDecoder(): Promise<JsQr> {
  decoder ??= import(/* webpackChunkName: "qr-decoder" */ 'jsqr').then((m) => m.default);
  return decoder;
}

/** Start fetching the decoder early (when the scan page opens), so the first frame is not kept waiting. */
export function preloadDecoder(): void {
  void loadDecoder().catch(() => {
    decoder = null;
  });
}

export async function decodeImageData(image: ImageData): Promise<string | null> {
  const jsQR = await loadDecoder();
  // Printed posters are dark-on-light; also try inverted for screens showing a light-on-dark code.
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

/** Largest side a photo is scaled to before decoding: big enough for a QR on a poster, small enough for old phones. */
const MAX_SIDE = 1280;

function loadImage(file: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('image did not load'));
    };
    img.src = url;
  });
}

export async function decodePhoto(file: Blob): Promise<string | null> {
  const img = await loadImage(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return decodeImageData(ctx.getImageData(0, 0, canvas.width, canvas.height));
}
