// The library: collections and books, optionally one collection or a title search.
import { listInput, type AudiobooksApi } from '../../../../contracts/audiobooks';
import { listBookSummaries, listCollections } from '../queries/audiobooks';
import { action } from '../../../runtime/define-function';

export const list = action(
  {
    access: 'public',
    input: listInput,
  },
  async function list(input, { deps }): Promise<AudiobooksApi['list']['output']> {
    const db = deps.database.db;
    const [collections, books] = await Promise.all([listCollections(db), listBookSummaries(db, input)]);
    return {
      collections: collections.map((c) => ({
        id: c.id,
        name: c.name,
        description: c.description,
        bookCount: Number(c.book_count),
      })),
      books,
    };
  },
);
