// Everything one collection's poster needs: its books and each book's QR image (made in parallel).
import type { BookSummary } from '../../../../contracts/audiobooks';
import type { QrCode } from '../../../../contracts/qrcode';
import { createBookQr } from './create-book-qr';

export interface PosterItem {
  book: BookSummary;
  /** Null when this one code could not be made: the rest of the poster still prints. */
  qr: QrCode | null;
}

export async function loadPosterItems(books: BookSummary[]): Promise<PosterItem[]> {
  const codes = await Promise.all(books.map((b) => createBookQr(b.id).catch(() => null)));
  return books.map((book, i) => ({ book, qr: codes[i] }));
}
