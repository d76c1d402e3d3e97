// The audiobooks domain's scannable things: a book or chapter code opens the book, ready to play.
import type { Kysely } from 'kysely';
import type { ListenScene } from '../../../../contracts/qrcode';
import { findChapters, listBookSummaries, toChapter } from '../queries/audiobooks';
import type { Schema } from '../../../data/schema';
import { fail } from '../../../runtime/app-error';
import type { Deps } from '../../../runtime/deps';
import type { SceneResolvers } from '../../../scan/scene-resolvers';

type ListenType = ListenScene['type'];
export type ListenTarget<T extends ListenType = ListenType> = Pick<
  ListenScene<T>,
  'type' | 'id' | 'bookId' | 'chapterId' | 'title'
>;

/** A book or chapter by id, with its title and the book it opens; null when there is no such thing. */
export async function findListenTarget<T extends ListenType>(
  db: Kysely<Schema>,
  type: T,
  id: number,
): Promise<ListenTarget<T> | null> {
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
  return chapter
    ? { type, id, bookId: chapter.book_id, chapterId: chapter.id, title: `${chapter.book_title} · ${chapter.title}` }
    : null;
}

/** The book and its chapters come with the answer, so the scan page can offer 开始收听 without a second round trip on 3G. */
async function listenScene<T extends ListenType>(type: T, id: number, deps: Deps): Promise<ListenScene<T>> {
  const db = deps.database.db;
  const target = await findListenTarget(db, type, id);
  const [book] = target ? await listBookSummaries(db, { bookIds: [target.bookId] }) : [];
  if (!target || !book) throw fail.notFound('这个二维码对应的书已经下架了。请回到首页看看别的书。');
  const chapters = await findChapters(db, book.id);
  return { ...target, available: true, book, chapters: chapters.map((c) => toChapter(c, deps.files.url)) };
}

export const audiobookScenes: Pick<SceneResolvers, 'book' | 'chapter'> = {
  book: ({ id }, deps) => listenScene('book', id, deps),
  chapter: ({ id }, deps) => listenScene('chapter', id, deps),
};
