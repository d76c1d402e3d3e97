// 有声书屋: collections, books, chapters, where each member stopped, what they heard, study time per day,
// and the QR codes made for books and chapters (made once, stored: WeChat rate-limits their creation).
import type { Kysely } from 'kysely';
import type { Engine } from '../../../data/database';
import { floatType, withId } from '../../../data/migrations/column-types';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const float = floatType(engine);

  await withId(db.schema.createTable('collections'), engine)
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await withId(db.schema.createTable('books'), engine)
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('collection_id', 'integer', (c) => c.notNull().references('collections.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('reader', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('cover_color', 'text', (c) => c.notNull())
    .addColumn('cover_glyph', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('books_collection').on('books').column('collection_id').execute();

  await withId(db.schema.createTable('chapters'), engine)
    .addColumn('book_id', 'integer', (c) => c.notNull().references('books.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('duration', float, (c) => c.notNull())
    /** A path under the media folder (host) or a cloud:// file id (WeChat cloud storage). */
    .addColumn('audio_path', 'text', (c) => c.notNull())
    .addColumn('audio_bytes', 'integer', (c) => c.notNull())
    .addColumn('audio_mime', 'text', (c) => c.notNull())
    .addColumn('transcript', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('chapters_book_seq', ['book_id', 'seq'])
    .execute();

  await withId(db.schema.createTable('listening_positions'), engine)
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('book_id', 'integer', (c) => c.notNull().references('books.id'))
    .addColumn('chapter_id', 'integer', (c) => c.notNull().references('chapters.id'))
    .addColumn('position', float, (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('listening_positions_person_book', ['person_id', 'book_id'])
    .execute();
  await db.schema
    .createIndex('listening_positions_person_updated')
    .on('listening_positions')
    .columns(['person_id', 'updated_at'])
    .execute();

  await withId(db.schema.createTable('chapter_coverage'), engine)
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('chapter_id', 'integer', (c) => c.notNull().references('chapters.id'))
    /** JSON array of [start, end) stretches heard, merged. */
    .addColumn('coverage_json', 'text', (c) => c.notNull())
    .addColumn('covered', float, (c) => c.notNull())
    .addColumn('last_report_at', 'text')
    .addUniqueConstraint('chapter_coverage_person_chapter', ['person_id', 'chapter_id'])
    .execute();

  await withId(db.schema.createTable('study_days'), engine)
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    /** The day in China time, YYYY-MM-DD. */
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('seconds', float, (c) => c.notNull())
    .addUniqueConstraint('study_days_person_day', ['person_id', 'day'])
    .execute();
  await db.schema.createIndex('study_days_day').on('study_days').column('day').execute();

  await db.schema
    .createTable('qr_codes')
    .addColumn('scene', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'integer', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('image', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
