// Queries for the `files` table: what is known about an upload or an export kept in the file store.
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { FilePurpose, FileRow, FilesTable, Schema } from './schema';

type Db = Kysely<Schema> | Transaction<Schema>;

export async function recordFile(db: Db, row: Insertable<FilesTable>): Promise<void> {
  await db.insertInto('files').values(row).execute();
}

export async function findFile(db: Db, key: string, purpose: FilePurpose): Promise<FileRow | null> {
  return (await db.selectFrom('files').selectAll().where('key', '=', key).where('purpose', '=', purpose).executeTakeFirst()) ?? null;
}

export async function forgetFiles(db: Db, keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await db.deleteFrom('files').where('key', 'in', [...keys]).execute();
}
