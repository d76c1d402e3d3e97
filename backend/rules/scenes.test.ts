import { plainScene, readScene, SCENE_CHARS, SCENE_MAX_LENGTH, signedScene } from './scenes';

const key = 'test-key-for-scenes';
const now = new Date('2026-11-29T09:00:00Z');

describe('QR scenes', () => {
  it('name books and chapters in a few characters and read back', () => {
    expect(plainScene('book', 12)).toBe('b.c');
    expect(readScene(plainScene('chapter', 123456), key, now)).toEqual({ ok: true, type: 'chapter', id: 123456 });
  });

  it('stay within WeChat limits even for large ids and far expiries', () => {
    const s = signedScene('checkin', 2_000_000_000, new Date('2099-12-31T00:00:00Z'), key);
    expect(s.length).toBeLessThanOrEqual(SCENE_MAX_LENGTH);
    expect(s).toMatch(SCENE_CHARS);
    expect(readScene(s, key, now)).toMatchObject({ ok: true, type: 'checkin', id: 2_000_000_000 });
  });

  it('refuse altered, forged and stale signed scenes', () => {
    const s = signedScene('invite', 42, new Date('2026-11-30T09:00:00Z'), key);
    const altered = s.replace('i.16.', 'i.17.');
    expect(readScene(altered, key, now)).toEqual({ ok: false, reason: 'forged' });
    expect(readScene(s, 'another-key', now)).toEqual({ ok: false, reason: 'forged' });
    expect(readScene(s, key, new Date('2026-12-01T00:00:00Z'))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuse malformed input', () => {
    for (const bad of ['', 'x.1', 'b.', 'b.-1', 'b.1.2', 'k.1', '中文', 'b.%41', 'b.zzzzzzzz', 'b.zzzzzz', 'a'.repeat(33)]) {
      expect(readScene(bad, key, now)).toMatchObject({ ok: false, reason: 'malformed' });
    }
  });
});
