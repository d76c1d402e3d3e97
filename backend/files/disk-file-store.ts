// The host's media folder as a file store (the default): keys are paths below the folder. The host serves only the
// public ones at /media/<key> (apps/host/media-route.ts: Range, ETag, caching); private files (exports, notice
// audio, roster uploads) only through routes that check who asks. Writes go to a hidden temporary name first and
// are renamed into place, so a reader never sees half a file.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileStore, ListedFile } from '../runtime/deps';
import { isFileKey, mimeOfKey, publicPath } from './file-keys';

export function diskFileStore(mediaDir: string): FileStore {
  const root = path.resolve(mediaDir);

  /** The file of a key, or null for a key that is not one (it could climb out of the folder). */
  const fileOf = (key: string): string | null => {
    if (!isFileKey(key)) return null;
    const file = path.resolve(root, key);
    return file.startsWith(root + path.sep) ? file : null;
  };
  const mustFile = (key: string): string => {
    const file = fileOf(key);
    if (!file) throw new Error(`not a file key: ${JSON.stringify(key)}`);
    return file;
  };
  const tempBeside = (file: string) => path.join(path.dirname(file), `.${randomUUID()}.tmp`);

  return {
    kind: 'disk',
    async put(key, bytes) {
      const file = mustFile(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temp = tempBeside(file);
      try {
        await writeFile(temp, bytes, { flag: 'wx' });
        await rename(temp, file);
      } finally {
        await rm(temp, { force: true });
      }
    },
    async move(key, localFile) {
      const file = mustFile(key);
      await mkdir(path.dirname(file), { recursive: true });
      try {
        await rename(localFile, file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
        // Another disk: copy beside the target, then rename into place.
        const temp = tempBeside(file);
        try {
          await copyFile(localFile, temp);
          await rename(temp, file);
        } finally {
          await rm(temp, { force: true });
        }
        await rm(localFile, { force: true });
      }
    },
    async stat(key) {
      const file = fileOf(key);
      const info = file ? await stat(file).catch(() => null) : null;
      if (!info?.isFile()) return null;
      return {
        bytes: info.size,
        etag: `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`,
        modified: info.mtime,
        mime: mimeOfKey(key),
      };
    },
    async read(key, range) {
      const file = fileOf(key);
      const info = file ? await stat(file).catch(() => null) : null;
      if (!file || !info?.isFile()) return null;
      return createReadStream(file, range ? { start: range.start, end: range.end } : {});
    },
    async delete(key) {
      const file = fileOf(key);
      if (file) await rm(file, { force: true });
    },
    async list(prefix) {
      const found: ListedFile[] = [];
      const walk = async (dir: string, keyPrefix: string) => {
        let entries;
        try {
          entries = await readdir(dir, { withFileTypes: true });
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
          throw err;
        }
        for (const entry of entries) {
          if (entry.name.startsWith('.')) continue; // temporary and part files are not stored files
          const key = `${keyPrefix}${entry.name}`;
          if (entry.isDirectory()) await walk(path.join(dir, entry.name), `${key}/`);
          else if (entry.isFile() && key.startsWith(prefix)) {
            const info = await stat(path.join(dir, entry.name)).catch(() => null);
            if (info) found.push({ key, bytes: info.size, modified: info.mtime });
          }
        }
      };
      // Start at the deepest folder the prefix names.
      const folder = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/') + 1) : '';
      if (folder && !isFileKey(folder.slice(0, -1))) return [];
      await walk(path.join(root, folder), folder);
      return found;
    },
    url: (key) => `/media/${publicPath(key)}`,
  };
}
