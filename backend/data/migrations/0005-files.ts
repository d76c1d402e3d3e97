// Files (issue 7, item 5): one row per upload and per export kept in the file store, and stored paths made
// neutral keys that every runtime serves. Until now the host stored QR images as `/media/qr/…` and WeChat stored
// `cloud://<env>.<bucket>/<path>` file ids; both become the key (`qr/…`, `<path>`). Demo audio
// (`books/<book>/<chapter>.mp3`) and host uploads (`uploads/<uuid>.mp3`) were keys already and stay as they are.
import type { Kysely } from 'kysely';
import type { Engine } from '../database';
import { floatType } from './column-types';

/** The neutral key of a stored path: `/media/x` → `x`, `cloud://env.bucket/x` → `x`, a key stays itself. */
export function neutralKey(stored: string): string {
  if (stored.startsWith('/media/')) return stored.slice('/media/'.length);
  const cloud = /^cloud:\/\/[^/]+\/(.+)$/.exec(stored);
  return cloud ? cloud[1] : stored;
}

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('files')
    .addColumn('key', 'text', (c) => c.primaryKey())
    // 'upload': audio an admin uploaded, with what was read from it; 'export': a spreadsheet made for its owner.
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.references('people.id'))
    // What a download is called (exports), or the name it was uploaded under.
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('duration', floatType(engine))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .execute();

  // Untyped here (migrations see the schema as it was), so the two tables are read and written by name.
  const anyDb = db as Kysely<{ qr_codes: { scene: string; image: string }; chapters: { id: number; audio_path: string } }>;
  for (const row of await anyDb.selectFrom('qr_codes').select(['scene', 'image']).execute()) {
    const key = neutralKey(row.image);
    if (key !== row.image) await anyDb.updateTable('qr_codes').set({ image: key }).where('scene', '=', row.scene).execute();
  }
  for (const row of await anyDb.selectFrom('chapters').select(['id', 'audio_path']).where('audio_path', 'like', 'cloud://%').execute()) {
    await anyDb.updateTable('chapters').set({ audio_path: neutralKey(row.audio_path) }).where('id', '=', row.id).execute();
  }
}
