// A mini-program upload (a cloud:// file id: WeChat cloud storage, which a host cannot reach) taken into the file
// store as a host upload would be: fetched once, bounded, judged by its bytes (never its name), and kept under
// `uploads/<uuid>.<ext>`, so every runtime reads the same bytes from the same place. Shared by addChapter and
// importRoster. The caller records the `files` row (in its own transaction), then lets the cloud copy go.
import { randomUUID } from 'node:crypto';
import type { Deps } from '../runtime/deps';
import type { Logger } from '../runtime/logger';
import { FILE_FOLDERS } from './file-keys';

/** What a caller's judge found in the bytes: at least the key's extension and the stored type. */
export interface UploadKind {
  ext: string;
  mime: string;
}

export type KeptUpload<K extends UploadKind> = { key: string; bytes: Uint8Array; kind: K };

/** Why an upload was not kept: no such upload, more than the caller allows, or not the kind of file it takes. */
export type NotKept = 'missing' | 'too-large' | 'wrong-kind';

export async function keepClientUpload<K extends UploadKind>(
  deps: Pick<Deps, 'clientUploads' | 'files'>,
  ref: string,
  maxBytes: number,
  judge: (bytes: Uint8Array) => K | null | Promise<K | null>,
): Promise<KeptUpload<K> | NotKept> {
  const bytes = await deps.clientUploads?.fetch(ref);
  if (!bytes) return 'missing';
  if (bytes.byteLength > maxBytes) return 'too-large';
  const kind = await judge(bytes);
  if (!kind) return 'wrong-kind';
  const key = `${FILE_FOLDERS.uploads}/${randomUUID()}.${kind.ext}`;
  await deps.files.put(key, bytes, kind.mime);
  return { key, bytes, kind };
}

/** The cloud copy is not needed once kept; a failure to delete it leaves only a stray file, so it is logged, not thrown. */
export async function letClientUploadGo(deps: Pick<Deps, 'clientUploads'>, ref: string, log: Logger): Promise<void> {
  await deps.clientUploads
    ?.discard(ref)
    .catch((err: unknown) => log.warn('could not delete a mini-program upload', { ref, error: String(err) }));
}
