// An admin adds a book to a collection; chapters follow with addChapter.
import { createBookInput, type AudiobooksApi } from '../../../../contracts/audiobooks';
import { SCOPES } from '../../../../contracts/roles';
import { toBookSummary } from '../queries/audiobooks';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';

/** Covers for new books take the first character of the title on a dark red that white text reads on (9:1). */
const DEFAULT_COVER = '#8a1c1c';

export const createBook = action(
  {
    access: { roles: SCOPES.manageLibrary },
    input: createBookInput,
  },
  async function createBook(input, ctx): Promise<AudiobooksApi['createBook']['output']> {
    const db = ctx.deps.database.db;
    const collection = await db
      .selectFrom('collections')
      .select('id')
      .where('id', '=', input.collectionId)
      .executeTakeFirst();
    if (!collection) throw fail.notFound('没有找到这个书目分类。');
    const at = ctx.deps.now().toISOString();
    return ctx.transaction(async (trx, audit) => {
      const row = await trx
        .insertInto('books')
        .values({
          key: null,
          collection_id: input.collectionId,
          title: input.title,
          author: input.author,
          reader: input.reader ?? input.author,
          description: input.description,
          cover_color: DEFAULT_COVER,
          cover_glyph: Array.from(input.title)[0],
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit({ entity: 'book', entityId: row.id, after: { title: row.title, collectionId: row.collection_id } });
      return { book: toBookSummary(row, 0, 0) };
    });
  },
);
