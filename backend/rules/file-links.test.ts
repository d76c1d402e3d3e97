import { readFileLink, signFileLink } from './file-links';

const KEY = 'k'.repeat(43);
const FILE = 'exports/0f8e2c1a-1111-4111-8111-111111111111.xlsx';
const END = new Date('2026-11-29T09:10:00Z');
const BEFORE = new Date('2026-11-29T09:05:00Z');

describe('personal file links', () => {
  const { until, sig } = signFileLink(FILE, 7, END, KEY);

  it('hold for the person they were made for, until their end', () => {
    expect(readFileLink({ key: FILE, until, sig }, 7, KEY, BEFORE)).toEqual({ ok: true, expiresAt: END });
    expect(readFileLink({ key: FILE, until, sig }, 7, KEY, END)).toEqual({ ok: false, reason: 'expired' });
  });

  it('break for another person, file, end or key', () => {
    expect(readFileLink({ key: FILE, until, sig }, 8, KEY, BEFORE)).toEqual({ ok: false, reason: 'forged' });
    expect(readFileLink({ key: FILE.replace('0f8e', '0f8f'), until, sig }, 7, KEY, BEFORE)).toEqual({
      ok: false,
      reason: 'forged',
    });
    expect(readFileLink({ key: FILE, until: String(Number(until) + 60), sig }, 7, KEY, BEFORE)).toEqual({
      ok: false,
      reason: 'forged',
    });
    expect(readFileLink({ key: FILE, until, sig }, 7, 'another key', BEFORE)).toEqual({ ok: false, reason: 'forged' });
  });

  it('call anything not shaped like a link malformed', () => {
    for (const parts of [
      { until: '', sig },
      { until: '12ab', sig },
      { until: '0123', sig },
      { until, sig: sig.slice(1) },
      { until, sig: `${sig.slice(1)}=` },
    ]) {
      expect(readFileLink({ key: FILE, ...parts }, 7, KEY, BEFORE)).toEqual({ ok: false, reason: 'malformed' });
    }
  });
});
