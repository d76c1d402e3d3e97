import { newerPlace, startPosition } from './resume-point';

const at = (iso: string, position = 10, chapterId = 1) => ({ bookId: 1, chapterId, position, updatedAt: iso });

describe('newerPlace', () => {
  it('takes the newer of the device and the server place', () => {
    const phone = at('2026-03-01T10:00:00.000Z', 100);
    const tablet = at('2026-03-01T10:05:00.000Z', 200);
    expect(newerPlace(phone, tablet)).toBe(tablet);
    expect(newerPlace(tablet, phone)).toBe(tablet);
  });

  it('takes whichever exists', () => {
    const only = at('2026-03-01T10:00:00.000Z');
    expect(newerPlace(null, only)).toBe(only);
    expect(newerPlace(only, undefined)).toBe(only);
    expect(newerPlace(null, null)).toBeNull();
  });
});

describe('startPosition', () => {
  it('resumes the same chapter where it stopped', () => {
    expect(startPosition(at('2026-03-01T10:00:00.000Z', 42.5, 7), 7, 50)).toBe(42.5);
  });

  it('starts another chapter, or a finished one, from the beginning', () => {
    expect(startPosition(at('2026-03-01T10:00:00.000Z', 42.5, 7), 8, 50)).toBe(0);
    expect(startPosition(at('2026-03-01T10:00:00.000Z', 49, 7), 7, 50)).toBe(0);
    expect(startPosition(null, 7, 50)).toBe(0);
  });
});
