// Queries for the audiobook library: catalogue, chapters, positions, what was heard, study time.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { BookSummary, Chapter } from '../../../../contracts/audiobooks';
import { LISTENING_ALLOWANCE_SECONDS, type ListeningClock } from '../rules/listened-time';
import { isPostgres, lockedRead } from '../../../common/row-locks';
import { likeContains } from '../../../data/like';
import type { BookRow, ChapterRow, Schema } from '../../../data/schema';

type Db = Kysely<Schema> | Transaction<Schema>;

export async function listCollections(db: Db) {
  return db
    .selectFrom('collections')
    .leftJoin('books', 'books.collection_id', 'collections.id')
    .select([
      'collections.id',
      'collections.name',
      'collections.description',
      (eb) => eb.fn.count<string>('books.id').as('book_count'),
    ])
    .groupBy(['collections.id', 'collections.name', 'collections.description', 'collections.sort'])
    .orderBy('collections.sort')
    .orderBy('collections.id')
    .execute();
}

export async function listBookSummaries(
  db: Db,
  filter: { collectionId?: number; query?: string; bookIds?: number[] },
): Promise<BookSummary[]> {
  let q = db
    .selectFrom('books')
    .leftJoin('chapters', 'chapters.book_id', 'books.id')
    .selectAll('books')
    .select((eb) => [
      eb.fn.count<string>('chapters.id').as('chapter_count'),
      eb.fn.sum<number | string | null>('chapters.duration').as('total_duration'),
    ])
    .groupBy('books.id')
    .orderBy('books.sort')
    .orderBy('books.id');
  if (filter.collectionId !== undefined) q = q.where('books.collection_id', '=', filter.collectionId);
  if (filter.query !== undefined) q = q.where(sql<boolean>`books.title like ${likeContains(filter.query)} escape '\\'`);
  if (filter.bookIds !== undefined) q = q.where('books.id', 'in', filter.bookIds.length > 0 ? filter.bookIds : [-1]);
  const rows = await q.execute();
  return rows.map((r) => toBookSummary(r, Number(r.chapter_count), Number(r.total_duration ?? 0)));
}

export function toBookSummary(book: BookRow, chapterCount: number, totalDuration: number): BookSummary {
  return {
    id: book.id,
    collectionId: book.collection_id,
    title: book.title,
    author: book.author,
    reader: book.reader,
    description: book.description,
    coverColor: book.cover_color,
    coverGlyph: book.cover_glyph,
    chapterCount,
    totalDuration: Math.round(totalDuration * 10) / 10,
  };
}

export async function findChapters(db: Db, bookId: number): Promise<ChapterRow[]> {
  return db.selectFrom('chapters').selectAll().where('book_id', '=', bookId).orderBy('seq').execute();
}

export async function findChapter(db: Db, chapterId: number): Promise<ChapterRow | null> {
  return (await db.selectFrom('chapters').selectAll().where('id', '=', chapterId).executeTakeFirst()) ?? null;
}

export function toChapter(row: ChapterRow, audioUrl: (path: string) => string): Chapter {
  return {
    id: row.id,
    bookId: row.book_id,
    seq: row.seq,
    title: row.title,
    duration: row.duration,
    audioUrl: audioUrl(row.audio_path),
    transcript: row.transcript,
  };
}

/**
 * The coverage row of one person and chapter, created if missing and locked for this transaction, so two
 * reports of the same stretch arriving together cannot both be credited. (SQLite transactions are already serial.)
 */
export async function lockCoverage(trx: Transaction<Schema>, personId: number, chapterId: number) {
  await trx
    .insertInto('chapter_coverage')
    .values({ person_id: personId, chapter_id: chapterId, coverage_json: '[]', covered: 0, last_report_at: null })
    .onConflict((oc) => oc.columns(['person_id', 'chapter_id']).doNothing())
    .execute();
  return lockedRead(
    trx,
    trx
      .selectFrom('chapter_coverage')
      .selectAll()
      .where('person_id', '=', personId)
      .where('chapter_id', '=', chapterId),
  ).executeTakeFirstOrThrow();
}

/**
 * The person's listening clock, locked for this transaction: every report of one person, on any chapter and
 * device, waits for the one before it, so parallel reports cannot each spend the same budget. Taken before the
 * chapter's coverage row, always in that order. Null when the person never reported.
 */
export async function lockListeningClock(trx: Transaction<Schema>, personId: number): Promise<ListeningClock | null> {
  const q = trx.selectFrom('listening_clocks').select(['budget', 'updated_at']).where('person_id', '=', personId);
  if (isPostgres(trx)) {
    // A row must exist to be locked: the first report of a person creates it (a full allowance, as a missing clock has).
    await trx
      .insertInto('listening_clocks')
      .values({ person_id: personId, budget: LISTENING_ALLOWANCE_SECONDS, updated_at: new Date(0).toISOString() })
      .onConflict((oc) => oc.column('person_id').doNothing())
      .execute();
  }
  const row = await lockedRead(trx, q).executeTakeFirst();
  return row ? { budget: Number(row.budget), at: new Date(row.updated_at) } : null;
}

export async function saveListeningClock(trx: Transaction<Schema>, personId: number, clock: ListeningClock) {
  await trx
    .insertInto('listening_clocks')
    .values({ person_id: personId, budget: clock.budget, updated_at: clock.at.toISOString() })
    .onConflict((oc) =>
      oc.column('person_id').doUpdateSet({ budget: clock.budget, updated_at: clock.at.toISOString() }),
    )
    .execute();
}

export async function upsertPosition(
  trx: Transaction<Schema>,
  row: { personId: number; bookId: number; chapterId: number; position: number; at: string },
) {
  await trx
    .insertInto('listening_positions')
    .values({
      person_id: row.personId,
      book_id: row.bookId,
      chapter_id: row.chapterId,
      position: row.position,
      updated_at: row.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['person_id', 'book_id'])
        .doUpdateSet({ chapter_id: row.chapterId, position: row.position, updated_at: row.at }),
    )
    .execute();
}

export async function addStudySeconds(trx: Transaction<Schema>, personId: number, day: string, seconds: number) {
  await trx
    .insertInto('study_days')
    .values({ person_id: personId, day, seconds })
    .onConflict((oc) =>
      oc.columns(['person_id', 'day']).doUpdateSet({ seconds: sql<number>`study_days.seconds + ${seconds}` }),
    )
    .execute();
}

export async function studySecondsBetween(db: Db, personId: number, from: string, to: string): Promise<number> {
  const row = await db
    .selectFrom('study_days')
    .select((eb) => eb.fn.sum<number | string | null>('seconds').as('s'))
    .where('person_id', '=', personId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .executeTakeFirst();
  return Number(row?.s ?? 0);
}
