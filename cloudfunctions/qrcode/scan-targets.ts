// What a scannable thing is, looked up by type and id: its title and the book it opens.
import type { Kysely } from 'kysely';
import type { QrType, ResolvedScene } from '../../contracts/qrcode';
import type { Schema } from '../../backend/data/schema';

export type ScanTarget = Omit<ResolvedScene, 'book' | 'chapters'>;

export async function findScanTarget(db: Kysely<Schema>, type: QrType, id: number): Promise<ScanTarget | null> {
  if (type === 'book') {
    const book = await db.selectFrom('books').select(['id', 'title']).where('id', '=', id).executeTakeFirst();
    return book ? { type, id, bookId: book.id, title: book.title } : null;
  }
  const chapter = await db
    .selectFrom('chapters')
    .innerJoin('books', 'books.id', 'chapters.book_id')
    .select(['chapters.id', 'chapters.book_id', 'chapters.title', 'books.title as book_title'])
    .where('chapters.id', '=', id)
    .executeTakeFirst();
  return chapter ? { type, id, bookId: chapter.book_id, chapterId: chapter.id, title: `${chapter.book_title} · ${chapter.title}` } : null;
}
