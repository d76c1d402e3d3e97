// One book with its chapters and where each chapter's audio is fetched from. No sign-in needed to listen.
import { getInput, type AudiobooksApi } from '../../../../contracts/audiobooks';
import { findChapters, listBookSummaries, toChapter } from '../queries/audiobooks';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';

export const get = action(
  {
    access: 'public',
    input: getInput,
  },
  async function get({ bookId }, { deps }): Promise<AudiobooksApi['get']['output']> {
    const db = deps.database.db;
    const [book] = await listBookSummaries(db, { bookIds: [bookId] });
    if (!book) throw fail.notFound('没有找到这本书，它可能已经下架了。请回到书架看看别的书。');
    const chapters = await findChapters(db, bookId);
    return { book, chapters: chapters.map((c) => toChapter(c, deps.files.url)) };
  },
);
