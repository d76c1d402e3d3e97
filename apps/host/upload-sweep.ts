// Removes uploads that never became a chapter. An admin uploads the audio first and adds the chapter after, so a
// page closed in between leaves a file no one will ever play; a host that died mid-upload leaves a `.part` file.
// Runs when the host starts and then every hour. Part files are in this host's media folder; stored uploads are
// in the file store, which several hosts may share: each may sweep it, deleting is idempotent.
import type { Kysely } from 'kysely';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { forgetFiles } from '../../backend/data/files';
import type { Schema } from '../../backend/data/schema';
import { FILE_FOLDERS } from '../../backend/files/file-keys';
import type { FileStore } from '../../backend/runtime/deps';
import type { Logger } from '../../backend/runtime/logger';

/** An upload not used by any chapter after a day was abandoned (adding a chapter takes minutes, not days). */
export const UNUSED_UPLOAD_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** A `.part` file is written to all through its upload, so an hour without a write means the upload is dead. */
export const PART_FILE_MAX_AGE_MS = 60 * 60 * 1000;
export const SWEEP_EVERY_MS = 60 * 60 * 1000;

export const UPLOADS_FOLDER = FILE_FOLDERS.uploads;

export interface StoredUpload {
  /** File name inside the uploads folder. */
  name: string;
  /** Last write (mtime), in ms since the epoch. */
  modifiedMs: number;
}

function isPartFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.part');
}

/**
 * Which files in the uploads folder to delete: `.part` files not written for an hour, and other files older than a
 * day whose path (`uploads/<name>`) no chapter uses. A file dated in the future counts as new.
 */
export function uploadsToRemove(
  files: readonly StoredUpload[],
  usedPaths: ReadonlySet<string>,
  nowMs: number,
): string[] {
  return files
    .filter((file) => {
      const age = nowMs - file.modifiedMs;
      if (isPartFile(file.name)) return age > PART_FILE_MAX_AGE_MS;
      return age > UNUSED_UPLOAD_MAX_AGE_MS && !usedPaths.has(`${UPLOADS_FOLDER}/${file.name}`);
    })
    .map((file) => file.name);
}

/** The part files of uploads in progress on this host. */
async function listPartFiles(dir: string): Promise<StoredUpload[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const files: StoredUpload[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !isPartFile(entry.name)) continue;
    const info = await stat(path.join(dir, entry.name)).catch(() => null);
    if (info) files.push({ name: entry.name, modifiedMs: info.mtimeMs });
  }
  return files;
}

/** Deletes what `uploadsToRemove` picks, from this host's part files and the store's uploads; answers with the names. */
export async function sweepUploads(
  db: Kysely<Schema>,
  files: FileStore,
  mediaDir: string,
  now = new Date(),
): Promise<string[]> {
  const dir = path.join(mediaDir, UPLOADS_FOLDER);
  const prefix = `${UPLOADS_FOLDER}/`;
  const stored = (await files.list(prefix)).filter((f) => !f.key.slice(prefix.length).includes('/'));
  const all = [
    ...(await listPartFiles(dir)),
    ...stored.map((f) => ({ name: f.key.slice(prefix.length), modifiedMs: f.modified.getTime() })),
  ];
  if (all.length === 0) return [];
  const rows = await db.selectFrom('chapters').select('audio_path').where('audio_path', 'like', `${prefix}%`).execute();
  const doomed = uploadsToRemove(all, new Set(rows.map((r) => r.audio_path)), now.getTime());
  const removed: string[] = [];
  for (const name of doomed) {
    if (isPartFile(name)) {
      await rm(path.join(dir, name), { force: true });
    } else {
      // Asked again just before deleting: a chapter may have been added since the list was read.
      const used = await db
        .selectFrom('chapters')
        .select('id')
        .where('audio_path', '=', `${prefix}${name}`)
        .executeTakeFirst();
      if (used) continue;
      await files.delete(`${prefix}${name}`);
      await forgetFiles(db, [`${prefix}${name}`]);
    }
    removed.push(name);
  }
  return removed;
}

export interface UploadSweep {
  /** Stops the timer and waits for a sweep in progress, so the database can be closed after. */
  stop(): Promise<void>;
}

/** Sweeps now and then every `everyMs`; the timer never keeps the process alive, and failures are logged, not thrown. */
export function startUploadSweep(
  db: Kysely<Schema>,
  files: FileStore,
  mediaDir: string,
  log: Logger,
  everyMs = SWEEP_EVERY_MS,
): UploadSweep {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const sweep = () => {
    if (stopped) return;
    running = running.then(async () => {
      try {
        const removed = await sweepUploads(db, files, mediaDir);
        if (removed.length > 0) log.info('removed abandoned uploads', { count: removed.length, files: removed });
      } catch (err) {
        log.warn('upload sweep failed', { error: err instanceof Error ? err.message : String(err) });
      }
    });
  };
  sweep();
  const timer = setInterval(sweep, everyMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
