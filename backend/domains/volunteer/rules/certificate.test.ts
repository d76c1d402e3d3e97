import {
  certificateNumber,
  certificateSignature,
  certificateStatus,
  ledgerFingerprint,
  signatureMatches,
  volunteerNumber,
  volunteerNumberTail,
} from './certificate';

describe('certificates', () => {
  it('numbers a certificate by day with characters that read aloud clearly', () => {
    const n = certificateNumber('2026-12-03', new Uint8Array([0, 1, 2, 3, 4, 31, 99]));
    expect(n).toBe('ZY20261203-23456Z');
    expect(n).toMatch(/^ZY\d{8}-[0-9A-Z]{6}$/);
  });

  it('signs the verify link so numbers cannot be walked, and refuses an altered one', () => {
    const sig = certificateSignature('ZY20261203-23456Z', 'k');
    expect(signatureMatches('ZY20261203-23456Z', sig, 'k')).toBe(true);
    expect(signatureMatches('ZY20261203-23456Y', sig, 'k')).toBe(false);
    expect(signatureMatches('ZY20261203-23456Z', sig, 'other key')).toBe(false);
    expect(signatureMatches('ZY20261203-23456Z', `${sig}x`, 'k')).toBe(false);
  });

  it('is changed once the ledger it counted changed, and revoked above all', () => {
    const before = ledgerFingerprint([
      { id: 2, minutes: 180 },
      { id: 5, minutes: 120 },
    ]);
    expect(
      ledgerFingerprint([
        { id: 5, minutes: 120 },
        { id: 2, minutes: 180 },
      ]),
    ).toBe(before);
    const after = ledgerFingerprint([
      { id: 2, minutes: 180 },
      { id: 5, minutes: 120 },
      { id: 9, minutes: -60 },
    ]);
    expect(certificateStatus({ revoked_at: null, fingerprint: before }, before)).toBe('valid');
    expect(certificateStatus({ revoked_at: null, fingerprint: before }, after)).toBe('changed');
    expect(certificateStatus({ revoked_at: '2026-12-04T00:00:00Z', fingerprint: before }, before)).toBe('revoked');
  });

  it('shows only the last 4 characters of the volunteer number', () => {
    expect(volunteerNumber(42)).toBe('ZYZ00000042');
    expect(volunteerNumberTail(42)).toBe('0042');
    expect(volunteerNumberTail(123456)).toBe('3456');
  });
});
