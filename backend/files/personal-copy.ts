// A personal copy: some bytes handed to one person as a link that ends (an export, or a private file such as a 民情
// agreement they may see), kept under `exports/<uuid>.<ext>` with a `files` row until the link ends, then deleted by
// a job. Its own module, apart from the spreadsheet exports (./exports.ts), so a function that only hands out files
// does not count as making spreadsheets (scripts/build-cloud.mjs ships exceljs only beside those that do).
import { randomUUID } from 'node:crypto';
import type { FileLink } from '../../contracts/files';
import { recordFile } from '../data/files';
import { scheduleJob } from '../data/jobs';
import { signFileLink } from '../rules/file-links';
import type { Deps } from '../runtime/deps';
import type { Transact } from '../runtime/unit-of-work';
import { FILE_FOLDERS, keyToPath } from './file-keys';

export const EXPORT_LINK_MINUTES = 10;
export const DELETE_EXPORT_JOB = 'exports.delete';

/** The host path of a personal link to a stored file. */
export function fileLinkPath(key: string, personId: number, expiresAt: Date, secret: string): string {
  const { until, sig } = signFileLink(key, personId, expiresAt, secret);
  return `/files/${keyToPath(key)}?until=${until}&sig=${sig}`;
}

export interface PersonalCopy {
  deps: Deps;
  transaction: Transact;
  personId: number;
  bytes: Uint8Array;
  kind: { ext: string; mime: string };
  /** What the download is saved as. */
  fileName: string;
  /** What the audit row says was handed out (never the content). */
  about: Record<string, unknown>;
}

/**
 * A copy of some bytes for one person, as an export is: kept under `exports/<uuid>.<ext>` until its link ends, then
 * deleted by a job. A spreadsheet made for them, or a private file (a 民情 agreement) they may see.
 */
export async function sharePersonalCopy({
  deps,
  transaction,
  personId,
  bytes,
  kind,
  fileName,
  about,
}: PersonalCopy): Promise<FileLink> {
  const now = deps.now();
  const key = `${FILE_FOLDERS.exports}/${randomUUID()}.${kind.ext}`;
  // Whole seconds: the link's end is written in seconds, and the answer says the same end.
  const expiresAt = new Date(Math.floor((now.getTime() + EXPORT_LINK_MINUTES * 60_000) / 1000) * 1000);
  await deps.files.put(key, bytes, kind.mime);
  try {
    // Asked before the transaction, so no database connection waits on cloud storage.
    const storeLink = deps.files.temporaryLink
      ? await deps.files.temporaryLink(key, Math.round((expiresAt.getTime() - now.getTime()) / 1000))
      : null;
    return await transaction(async (trx, audit) => {
      await recordFile(trx, {
        key,
        purpose: 'export',
        owner_id: personId,
        name: fileName,
        mime: kind.mime,
        bytes: bytes.byteLength,
        duration: null,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
      });
      await scheduleJob(
        trx,
        { kind: DELETE_EXPORT_JOB, payload: { key }, dedupeKey: `${DELETE_EXPORT_JOB}:${key}`, runAt: expiresAt },
        now,
      );
      await audit({
        entity: 'export',
        entityId: key,
        after: { ...about, expiresAt: expiresAt.toISOString() },
      });
      if (storeLink)
        return {
          path: storeLink,
          url: storeLink,
          withSession: false,
          name: fileName,
          expiresAt: expiresAt.toISOString(),
        };
      const path = fileLinkPath(key, personId, expiresAt, deps.fileLinkKey);
      return {
        path,
        url: `${deps.config.publicUrl}${path}`,
        withSession: true,
        name: fileName,
        expiresAt: expiresAt.toISOString(),
      };
    });
  } catch (err) {
    await deps.files.delete(key).catch(() => {});
    throw err;
  }
}
