// The demo library: collections, books and chapters from demo-books.ts, with their spoken MP3s put into the file
// store under `books/<book>/<chapter>.mp3` (served at /media/books/…). Only loaded in demo mode.
import type { Kysely } from 'kysely';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Schema } from '../data/schema';
import type { FileStore } from '../runtime/deps';
import { DEMO_AUDIO_DIR, DEMO_BOOKS, DEMO_COLLECTIONS, demoAudioFileName, type DemoAudioManifest } from './demo-books';

export async function seedDemoLibrary(
  db: Kysely<Schema>,
  files: FileStore,
  progress: (line: string) => void,
  now = new Date(),
): Promise<void> {
  const started = Date.now();
  const audioDir = path.resolve(DEMO_AUDIO_DIR);
  const manifest = JSON.parse(await readFile(path.join(audioDir, 'manifest.json'), 'utf8')) as DemoAudioManifest;
  const at = now.toISOString();

  // Store first: a missing file stops the seed before any row is written.
  const stored: { bookKey: string; chapterKey: string; audioPath: string; bytes: number; duration: number }[] = [];
  for (const book of DEMO_BOOKS) {
    for (const chapter of book.chapters) {
      const name = demoAudioFileName(book.key, chapter.key);
      const facts = manifest.files[name];
      if (!facts)
        throw new Error(`demo audio ${name} is missing from manifest.json: run \`node scripts/make-demo-audio.mjs\``);
      const audioPath = `books/${book.key}/${chapter.key}.mp3`;
      await files.put(audioPath, await readFile(path.join(audioDir, name)), 'audio/mpeg');
      stored.push({
        bookKey: book.key,
        chapterKey: chapter.key,
        audioPath,
        bytes: facts.bytes,
        duration: facts.durationSeconds,
      });
    }
  }

  await db.transaction().execute(async (trx) => {
    const collectionIds = new Map<string, number>();
    for (const [i, c] of DEMO_COLLECTIONS.entries()) {
      const row = await trx
        .insertInto('collections')
        .values({ key: c.key, name: c.title, description: c.description, sort: i })
        .returning('id')
        .executeTakeFirstOrThrow();
      collectionIds.set(c.key, row.id);
    }
    for (const [i, book] of DEMO_BOOKS.entries()) {
      const collectionId = collectionIds.get(book.collectionKey);
      if (collectionId === undefined)
        throw new Error(`book ${book.key} names unknown collection ${book.collectionKey}`);
      const { id: bookId } = await trx
        .insertInto('books')
        .values({
          key: book.key,
          collection_id: collectionId,
          title: book.title,
          author: book.author,
          reader: book.reader,
          description: book.description,
          cover_color: book.coverColor,
          cover_glyph: book.coverGlyph,
          sort: i,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('chapters')
        .values(
          book.chapters.map((chapter, seq) => {
            const file = stored.find(
              (f) => f.bookKey === book.key && f.chapterKey === chapter.key,
            ) as (typeof stored)[number];
            return {
              book_id: bookId,
              seq: seq + 1,
              title: chapter.title,
              duration: file.duration,
              audio_path: file.audioPath,
              audio_bytes: file.bytes,
              audio_mime: 'audio/mpeg',
              transcript: chapter.transcript,
              created_at: at,
            };
          }),
        )
        .execute();
    }
  });
  progress(
    `seed: library — ${DEMO_COLLECTIONS.length} collections, ${DEMO_BOOKS.length} books, ${stored.length} chapters with spoken audio (${Date.now() - started} ms)`,
  );
}
