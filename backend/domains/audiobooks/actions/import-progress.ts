// After signing in, the places a person reached while listening without an account (kept on their device)
// join their account: for each book the newer of the two positions wins.
import { importProgressInput, type AudiobooksApi } from '../../../../contracts/audiobooks';
import { upsertPosition } from '../queries/audiobooks';
import { clampPosition } from '../rules/listened-time';
import { action } from '../../../runtime/define-function';

export const importProgress = action(
  {
    access: 'person',
    input: importProgressInput,
  },
  async function importProgress({ items }, ctx): Promise<AudiobooksApi['importProgress']['output']> {
    const { deps, caller } = ctx;
    if (items.length === 0) return { imported: 0 };
    const db = deps.database.db;
    const chapters = await db
      .selectFrom('chapters')
      .select(['id', 'book_id', 'duration'])
      .where(
        'id',
        'in',
        items.map((i) => i.chapterId),
      )
      .execute();
    const byId = new Map(chapters.map((c) => [c.id, c]));
    const now = deps.now().getTime();
    // Newest report per book; unknown chapters and times from the future are dropped.
    const newest = new Map<number, { chapterId: number; position: number; at: string }>();
    for (const item of items) {
      const chapter = byId.get(item.chapterId);
      const at = new Date(item.updatedAt);
      if (!chapter || at.getTime() > now + 60_000) continue;
      const seen = newest.get(chapter.book_id);
      if (!seen || seen.at < at.toISOString())
        newest.set(chapter.book_id, {
          chapterId: chapter.id,
          position: clampPosition(item.position, chapter.duration).position,
          at: at.toISOString(),
        });
    }
    if (newest.size === 0) return { imported: 0 };

    return ctx.transaction(async (trx, audit) => {
      const existing = await trx
        .selectFrom('listening_positions')
        .select(['book_id', 'updated_at'])
        .where('person_id', '=', caller.person.id)
        .where('book_id', 'in', [...newest.keys()])
        .execute();
      const existingAt = new Map(existing.map((e) => [e.book_id, e.updated_at]));
      let count = 0;
      for (const [bookId, p] of newest) {
        const theirs = existingAt.get(bookId);
        if (theirs !== undefined && theirs >= p.at) continue;
        await upsertPosition(trx, {
          personId: caller.person.id,
          bookId,
          chapterId: p.chapterId,
          position: p.position,
          at: p.at,
        });
        count += 1;
      }
      await audit({ entity: 'listening_position', entityId: String(caller.person.id), after: { imported: count } });
      return { imported: count };
    });
  },
);
