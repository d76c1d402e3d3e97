// The drawn code is read back the way a phone camera would, by a real QR decoder (jsQR), from the painted pixels.
import jsQR from 'jsqr';
import { paintQr, qrMatrix, QR_QUIET_MODULES, type SquarePainter } from './qr-matrix';

/** A plain RGBA raster with the two calls paintQr uses. */
class Raster implements SquarePainter {
  fillStyle: SquarePainter['fillStyle'] = '#000000';
  readonly pixels: Uint8ClampedArray;
  constructor(readonly side: number) {
    this.pixels = new Uint8ClampedArray(side * side * 4);
  }
  fillRect(x: number, y: number, w: number, h: number) {
    const v = this.fillStyle === '#ffffff' ? 255 : 0;
    for (let row = Math.max(0, y); row < Math.min(this.side, y + h); row += 1) {
      for (let col = Math.max(0, x); col < Math.min(this.side, x + w); col += 1) {
        this.pixels.set([v, v, v, 255], (row * this.side + col) * 4);
      }
    }
  }
}

function readBack(text: string, side: number): string | null {
  const raster = new Raster(side);
  paintQr(raster, qrMatrix(text), side);
  return jsQR(raster.pixels, side, side)?.data ?? null;
}

describe('qrMatrix and paintQr', () => {
  it('draws a check-in link a decoder reads back exactly', () => {
    const url = 'https://yinfa.example.cn/s?scene=k.3.t2x9qa.AbC-_dEf012';
    expect(readBack(url, 300)).toBe(url);
  });

  it('carries a mini-program path and non-ASCII text as UTF-8', () => {
    expect(readBack('subpackages/scan/index?scene=k.1z.t2x9qa.AbCdEf01234', 280)).toBe(
      'subpackages/scan/index?scene=k.1z.t2x9qa.AbCdEf01234',
    );
    expect(readBack('银发先锋 k.1', 280)).toBe('银发先锋 k.1');
  });

  it('leaves the quiet zone white and stays inside the square', () => {
    const side = 200;
    const raster = new Raster(side);
    const matrix = qrMatrix('p.1');
    paintQr(raster, matrix, side);
    const unit = Math.floor(side / (matrix.size + QR_QUIET_MODULES * 2));
    // The top-left corner, up to the quiet zone's width, is white.
    for (let i = 0; i < unit * QR_QUIET_MODULES; i += 1) expect(raster.pixels[(i * side + i) * 4]).toBe(255);
    expect(matrix.cells.length).toBe(matrix.size * matrix.size);
  });
});
