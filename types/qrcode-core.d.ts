// qrcode's encoder alone (no renderers, no Node or DOM): what the mini-program draws its own QR codes from.
declare module 'qrcode/lib/core/qrcode' {
  import type { QRCode, QRCodeOptions, QRCodeSegment } from 'qrcode';

  export function create(data: string | QRCodeSegment[], options?: QRCodeOptions): QRCode;
}
