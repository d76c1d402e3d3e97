// Where the caller stopped in each book, most recent first ("继续收听"). Empty for someone not signed in:
// their places are kept on their device until they sign in.
import { myProgressInput, type AudiobooksApi } from '../../../../contracts/audiobooks';
import { action } from '../../../runtime/define-function';

export const myProgress = action(
  {
    access: 'public',
    input: myProgressInput,
  },
  async function myProgress(_input, { deps, caller }): Promise<AudiobooksApi['myProgress']['output']> {
    if (caller.kind !== 'person') return { items: [] };
    const rows = await deps.database.db
      .selectFrom('listening_positions as lp')
      .innerJoin('books', 'books.id', 'lp.book_id')
      .innerJoin('chapters', 'chapters.id', 'lp.chapter_id')
      .select([
        'lp.book_id',
        'books.title as book_title',
        'lp.chapter_id',
        'chapters.title as chapter_title',
        'chapters.seq',
        'lp.position',
        'chapters.duration',
        'lp.updated_at',
      ])
      .where('lp.person_id', '=', caller.person.id)
      .orderBy('lp.updated_at', 'desc')
      .limit(50)
      .execute();
    return {
      items: rows.map((r) => ({
        bookId: r.book_id,
        bookTitle: r.book_title,
        chapterId: r.chapter_id,
        chapterTitle: r.chapter_title,
        chapterSeq: r.seq,
        position: r.position,
        duration: r.duration,
        updatedAt: r.updated_at,
      })),
    };
  },
);
