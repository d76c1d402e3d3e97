// An uploaded roster file read back for an import (org.importRoster, talent.importTalents): a host upload (POST
// /upload/roster) or a mini-program upload its first check took into the store, both a `files` row naming the owner.
import { MAX_ROSTER_BYTES } from '../rules/roster';
import { fail } from '../runtime/app-error';
import type { Deps } from '../runtime/deps';
import { readAll } from './stored-bytes';

export const NOT_UPLOADED = '没有找到您上传的名册文件，可能已经过期。请重新上传。';
export const TOO_LARGE = '第 1 行：名册文件超过了 20 MB，请按区或街道分成几个文件，分别导入。';

export type Source = { fileRef: string; bytes: Uint8Array } | { problem: string };

/** A host upload (POST /upload/roster): in the store already, with a row naming its owner. */
export async function ownUpload(deps: Deps, fileRef: string, personId: number): Promise<Source> {
  const file = await deps.database.db.selectFrom('files').selectAll().where('key', '=', fileRef).executeTakeFirst();
  if (!file || file.purpose !== 'upload' || file.owner_id !== personId) throw fail.notFound(NOT_UPLOADED);
  const bytes = await readAll(await deps.files.read(fileRef), MAX_ROSTER_BYTES);
  if (bytes === 'missing') throw fail.notFound(NOT_UPLOADED);
  return bytes === 'too-large' ? { problem: TOO_LARGE } : { fileRef, bytes };
}
