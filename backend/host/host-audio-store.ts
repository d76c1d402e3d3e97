// Host audio files live in the media folder and are served at /media/… with HTTP Range.
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { probeAudioFile } from '../media/audio-probe';
import type { AudioStore } from '../runtime/deps';

export function hostAudioStore(mediaDir: string): AudioStore {
  const root = path.resolve(mediaDir);
  return {
    async probe(fileRef) {
      const file = path.resolve(root, fileRef);
      if (!file.startsWith(root + path.sep)) return null;
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return null;
      const handle = await open(file, 'r');
      try {
        const head = new Uint8Array(16);
        await handle.read(head, 0, 16, 0);
        return await probeAudioFile(file, info.size, head);
      } finally {
        await handle.close();
      }
    },
    publicUrl: (audioPath) => (audioPath.startsWith('cloud://') ? audioPath : `/media/${audioPath}`),
  };
}
