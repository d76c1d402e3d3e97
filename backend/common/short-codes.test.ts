import { randomShortCode, SHORT_CODE_ALPHABET, shortCodeFromBytes } from './short-codes';

describe('short codes', () => {
  it('leave out what is easily misread', () => {
    for (const ch of '01ILO') expect(SHORT_CODE_ALPHABET).not.toContain(ch);
    expect(new Set(SHORT_CODE_ALPHABET).size).toBe(SHORT_CODE_ALPHABET.length);
  });

  it('are made from the bytes given', () => {
    expect(shortCodeFromBytes(Uint8Array.from([0, 1, 2, 30, 31, 255]), 6)).toBe('ABC9AH');
    expect(() => shortCodeFromBytes(new Uint8Array(3), 6)).toThrow();
  });

  it('are made at random from the alphabet alone', () => {
    const code = randomShortCode(6);
    expect(code).toHaveLength(6);
    for (const ch of code) expect(SHORT_CODE_ALPHABET).toContain(ch);
  });
});
