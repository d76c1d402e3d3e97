import { SCENE_TYPES, SIGNED_SCENE_TYPES } from '../../contracts/qrcode';
import {
  isPlainType,
  isSealedType,
  plainScene,
  readScene,
  SCENE_CHARS,
  SCENE_MAX_LENGTH,
  sealedScene,
  signedScene,
} from './scenes';

const key = 'test-key-for-scenes';
const now = new Date('2026-11-29T09:00:00Z');
const tomorrow = new Date('2026-11-30T09:00:00Z');

/** A scene of any type, as its maker spells it. */
function sceneOf(type: (typeof SCENE_TYPES)[number], id: number): string {
  if (isPlainType(type)) return plainScene(type, id);
  if (isSealedType(type)) return sealedScene(type, id, key);
  return signedScene(type, id, tomorrow, key);
}

describe('QR scenes', () => {
  it('name books and chapters in a few characters and read back', () => {
    expect(plainScene('book', 12)).toBe('b.c');
    expect(readScene(plainScene('chapter', 123456), key, now)).toEqual({ ok: true, type: 'chapter', id: 123456 });
  });

  it('give every scene type its own letter, plain or signed', () => {
    const letters = SCENE_TYPES.map((t) => sceneOf(t, 1).split('.')[0]);
    expect(new Set(letters).size).toBe(SCENE_TYPES.length);
    for (const type of SCENE_TYPES) {
      const scene = sceneOf(type, 7);
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

  it('seal an elder’s time-bank card as its own kind: a certificate’s seal does not open it', () => {
    const card = sealedScene('personalCard', 42, key);
    expect(card.startsWith('t.')).toBe(true);
    expect(readScene(card, key, new Date('2126-01-01T00:00:00Z'))).toEqual({ ok: true, type: 'personalCard', id: 42 });
    const cert = sealedScene('certificate', 42, key).split('.');
    expect(readScene(['t', cert[1], cert[2]].join('.'), key, now)).toEqual({ ok: false, reason: 'forged' });
  });

  it('seal a time-bank certificate as its own kind: a volunteer certificate’s seal of the same id does not open it', () => {
    const tb = sealedScene('timebankCertificate', 42, key);
    expect(tb.startsWith('h.')).toBe(true);
    expect(tb.length).toBeLessThanOrEqual(21);
    expect(readScene(tb, key, new Date('2126-01-01T00:00:00Z'))).toEqual({
      ok: true,
      type: 'timebankCertificate',
      id: 42,
    });
    const vol = sealedScene('certificate', 42, key).split('.');
    expect(readScene(['h', vol[1], vol[2]].join('.'), key, now)).toEqual({ ok: false, reason: 'forged' });
  });

  it('seal a certificate in at most 21 characters that never expires, and refuse it altered or forged', () => {
    const s = sealedScene('certificate', 2_000_000_000, key);
    expect(s.length).toBeLessThanOrEqual(21);
    expect(s).toMatch(SCENE_CHARS);
    expect(s.startsWith('z.')).toBe(true);
    // A century later it still reads: printed paper keeps verifying.
    expect(readScene(s, key, new Date('2126-01-01T00:00:00Z'))).toEqual({
      ok: true,
      type: 'certificate',
      id: 2_000_000_000,
    });
    const [letter, id, sig] = s.split('.');
    expect(readScene([letter, '17', sig].join('.'), key, now)).toEqual({ ok: false, reason: 'forged' });
    expect(readScene(sealedScene('certificate', 17, 'another-key'), key, now)).toEqual({ ok: false, reason: 'forged' });
    const flipped = sig.slice(0, -1) + (sig.endsWith('A') ? 'B' : 'A');
    expect(readScene([letter, id, flipped].join('.'), key, now)).toEqual({ ok: false, reason: 'forged' });
    // A signed scene's signature is not a sealed one's: the prefix is signed, and the shapes differ.
    const checkin = signedScene('checkin', 17, tomorrow, key).split('.');
    expect(readScene(['z', checkin[1], checkin[3]].join('.'), key, now)).toEqual({ ok: false, reason: 'forged' });
    for (const bad of ['z.1k', 'z.1k.', `z.1k.${sig}.x`, `z.1k.${sig.slice(1)}`, `z.01k.${sig}`])
      expect(readScene(bad, key, now)).toEqual({ ok: false, reason: 'malformed' });
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
