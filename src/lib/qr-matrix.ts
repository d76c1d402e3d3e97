// A QR code as squares to paint, for screens that draw their own (the mini-program's canvas has no <img> of a data
// URL from the qrcode package's renderers, which need the DOM). Only qrcode's encoder is used; the text goes in as
// UTF-8 bytes, because the mini-program's JS engine may lack TextEncoder, which the encoder would call for a string.
import { create } from 'qrcode/lib/core/qrcode';

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Row by row, 1 for a dark module. */
  cells: Uint8Array;
}

/** The quiet zone, in modules, that a phone camera needs around the code. */
export const QR_QUIET_MODULES = 4;

function utf8Bytes(text: string): number[] {
  // encodeURIComponent spells every non-ASCII character as its UTF-8 bytes in %XX.
  const spelled = encodeURIComponent(text);
  const bytes: number[] = [];
  for (let i = 0; i < spelled.length; i += 1) {
    if (spelled[i] === '%') {
      bytes.push(parseInt(spelled.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(spelled.charCodeAt(i));
  }
  return bytes;
}

export function qrMatrix(text: string): QrMatrix {
  const code = create([{ data: new Uint8ClampedArray(utf8Bytes(text)), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  const { size, data } = code.modules;
  return { size, cells: Uint8Array.from(data, (v) => (v ? 1 : 0)) };
}

/** The few drawing calls needed, as a canvas 2D context has them. */
export interface SquarePainter {
  fillStyle: string | CanvasGradient | CanvasPattern;
  fillRect(x: number, y: number, w: number, h: number): void;
}

/** Paints the code black on white into a square of `side` pixels, quiet zone included; whole pixels keep edges sharp. */
export function paintQr(ctx: SquarePainter, matrix: QrMatrix, side: number): void {
  const modules = matrix.size + QR_QUIET_MODULES * 2;
  const unit = Math.max(1, Math.floor(side / modules));
  const offset = Math.floor((side - unit * modules) / 2) + QR_QUIET_MODULES * unit;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, side, side);
  ctx.fillStyle = '#000000';
  for (let y = 0; y < matrix.size; y += 1) {
    for (let x = 0; x < matrix.size; x += 1) {
      if (matrix.cells[y * matrix.size + x]) ctx.fillRect(offset + x * unit, offset + y * unit, unit, unit);
    }
  }
}
