// The qrcode function: make a QR code for something scannable, and resolve a scanned scene to what it opens.
import { z } from 'zod';
import type { BookSummary, Chapter } from './audiobooks';
import { id } from './fields';

export const QR_TYPES = ['book', 'chapter'] as const;
export type QrType = (typeof QR_TYPES)[number];

export const createQrInput = z
  .object({
    type: z.enum(QR_TYPES, { errorMap: () => ({ message: '不能为这种内容生成二维码。' }) }),
    id: id('编号'),
  })
  .strict();

export const resolveQrInput = z
  .object({
    scene: z
      .string({ required_error: '缺少二维码内容。', invalid_type_error: '这个二维码无法识别。' })
      .max(200, '这个二维码无法识别。')
      .transform((s) => {
        try {
          return decodeURIComponent(s.trim());
        } catch {
          return s;
        }
      }),
  })
  .strict();

export interface QrCode {
  scene: string;
  /** What the QR encodes: the H5 scan URL in the host; in WeChat the mini-program page with the scene. */
  url: string;
  /** The QR image: a host path (/media/qr/….png) or a cloud:// file id. */
  image: string;
}

export interface ResolvedScene {
  type: QrType;
  id: number;
  /** The book to open, for both books and chapters. */
  bookId: number;
  chapterId?: number;
  title: string;
  /** The book and its chapters, so the scan page can offer 开始收听 without a second round trip on 3G. */
  book: BookSummary;
  chapters: Chapter[];
}

export interface QrcodeApi {
  create: { input: z.input<typeof createQrInput>; output: QrCode };
  resolve: { input: z.input<typeof resolveQrInput>; output: ResolvedScene };
}
