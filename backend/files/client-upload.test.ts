import { keepClientUpload } from './client-upload';
import type { ClientUploads, FileStore } from '../runtime/deps';

function setup(uploads: Record<string, Uint8Array>) {
  const stored = new Map<string, { bytes: Uint8Array; mime: string }>();
  const clientUploads: ClientUploads = {
    owns: (ref) => ref.startsWith('cloud://'),
    fetch: async (ref) => uploads[ref] ?? null,
    discard: async () => undefined,
  };
  const files = {
    put: async (key: string, bytes: Uint8Array, mime: string) => void stored.set(key, { bytes, mime }),
  } as unknown as FileStore;
  return { deps: { clientUploads, files }, stored };
}

const judgeText = (bytes: Uint8Array) => (bytes[0] === 0x41 ? { ext: 'csv', mime: 'text/csv' } : null);

describe('keepClientUpload', () => {
  it('keeps an upload of the right kind under uploads/<uuid>.<ext>, bytes and type as judged', async () => {
    const bytes = Uint8Array.from([0x41, 0x42, 0x43]);
    const { deps, stored } = setup({ 'cloud://env.bucket/a.csv': bytes });
    const kept = await keepClientUpload(deps, 'cloud://env.bucket/a.csv', 10, judgeText);
    if (typeof kept === 'string') throw new Error(kept);
    expect(kept.key).toMatch(/^uploads\/[0-9a-f-]{36}\.csv$/);
    expect(stored.get(kept.key)).toEqual({ bytes, mime: 'text/csv' });
  });

  it('keeps nothing that is missing, over the caller’s bound, or not its kind', async () => {
    const { deps, stored } = setup({
      'cloud://e.b/big': new Uint8Array(11).fill(0x41),
      'cloud://e.b/pdf': Uint8Array.from([0x25, 0x50]),
    });
    await expect(keepClientUpload(deps, 'cloud://e.b/none', 10, judgeText)).resolves.toBe('missing');
    await expect(keepClientUpload(deps, 'cloud://e.b/big', 10, judgeText)).resolves.toBe('too-large');
    await expect(keepClientUpload(deps, 'cloud://e.b/pdf', 10, judgeText)).resolves.toBe('wrong-kind');
    expect(stored.size).toBe(0);
  });
});
