import { SCENE_TYPES, SIGNED_SCENE_TYPES } from '../../contracts/qrcode';
import { isPlainType, plainScene, readScene, SCENE_CHARS, SCENE_MAX_LENGTH, signedScene } from './scenes';

const key = 'test-key-for-scenes';
const now = new Date('2026-11-29T09:00:00Z');
const tomorrow = new Date('2026-11-30T09:00:00Z');

describe('QR scenes', () => {
  it('name books and chapters in a few characters and read back', () => {
    expect(plainScene('book', 12)).toBe('b.c');
    expect(readScene(plainScene('chapter', 123456), key, now)).toEqual({ ok: true, type: 'chapter', id: 123456 });
  });

  it('give every scene type its own letter, plain or signed', () => {
    const letters = SCENE_TYPES.map(
      (t) => (isPlainType(t) ? plainScene(t, 1) : signedScene(t, 1, tomorrow, key)).split('.')[0],
    );
    expect(new Set(letters).size).toBe(SCENE_TYPES.length);
    for (const type of SCENE_TYPES) {
      const scene = isPlainType(type) ? plainScene(type, 7) : signedScene(type, 7, tomorrow, key);
      expect(readScene(scene, key, now)).toMatchObject({ ok: true, type, id: 7 });
    }
  });

  it('stay within WeChat limits even for large ids and far expiries', () => {
    for (const type of SIGNED_SCENE_TYPES) {
      const s = signedScene(type, 2_000_000_000, new Date('2099-12-31T00:00:00Z'), key);
      expect(s.length).toBeLessThanOrEqual(SCENE_MAX_LENGTH);
      expect(s).toMatch(SCENE_CHARS);
      expect(readScene(s, key, now)).toMatchObject({ ok: true, type, id: 2_000_000_000 });
    }
  });

  it.each(SIGNED_SCENE_TYPES)('refuse an altered, forged or stale %s scene', (type) => {
    const s = signedScene(type, 42, tomorrow, key);
    const [letter, id, exp, sig] = s.split('.');
    // Another id, a later expiry, another kind of scene, or a flipped signature character: the signature no longer fits.
    expect(readScene([letter, '17', exp, sig].join('.'), key, now)).toEqual({ ok: false, reason: 'forged' });
    expect(readScene([letter, id, (parseInt(exp, 36) + 86_400).toString(36), sig].join('.'), key, now)).toEqual({
      ok: false,
      reason: 'forged',
    });
    for (const other of SIGNED_SCENE_TYPES.filter((t) => t !== type)) {
      const otherLetter = signedScene(other, 1, tomorrow, key)[0];
      expect(readScene([otherLetter, id, exp, sig].join('.'), key, now)).toEqual({ ok: false, reason: 'forged' });
    }
    expect(readScene([letter, id, exp, (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1)].join('.'), key, now)).toEqual({
      ok: false,
      reason: 'forged',
    });
    expect(readScene(s, 'another-key', now)).toEqual({ ok: false, reason: 'forged' });
    // Stale only once the signature is right: a forged scene is never reported as merely expired.
    expect(readScene(s, key, new Date('2026-12-01T00:00:00Z'))).toEqual({ ok: false, reason: 'expired' });
    expect(readScene(signedScene(type, 42, now, key), key, now)).toEqual({ ok: false, reason: 'expired' });
    expect(readScene(signedScene(type, 42, tomorrow, 'another-key'), key, new Date('2027-01-01T00:00:00Z'))).toEqual({
      ok: false,
      reason: 'forged',
    });
  });

  it('refuse a plain scene with a signature glued on, and a signed one without it', () => {
    expect(
      readScene(`b.1.${signedScene('invitation', 1, tomorrow, key).split('.').slice(2).join('.')}`, key, now),
    ).toEqual({ ok: false, reason: 'malformed' });
    expect(readScene('i.1', key, now)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuse malformed input', () => {
    for (const bad of [
      '',
      'x.1',
      'b.',
      'b.-1',
      'b.01',
      'b.0',
      'b.1.2',
      'k.1',
      '中文',
      'b.%41',
      'b.zzzzzzzz',
      'b.zzzzzz',
      'B.1',
      'a'.repeat(33),
    ]) {
      expect(readScene(bad, key, now)).toMatchObject({ ok: false, reason: 'malformed' });
    }
  });
});
