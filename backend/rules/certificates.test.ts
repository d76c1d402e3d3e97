import {
  certificateNumber,
  certificateSignature,
  certificateStatus,
  certificateVerdict,
  issuerOf,
  ledgerFingerprint,
  signatureMatches,
  type StoredCertificate,
} from './certificates';

const stored = (over: Partial<StoredCertificate> = {}): StoredCertificate => ({
  number: 'SJ20261203-23456Z',
  name: '夏秋华',
  from_day: '2026-01-01',
  to_day: '2026-12-03',
  minutes: 150,
  fingerprint: ledgerFingerprint([
    { id: 2, minutes: 90 },
    { id: 5, minutes: 60 },
  ]),
  issuer_json: JSON.stringify({ org: '厦门市委老干部局', personInCharge: '某某', contact: '0592-1' }),
  revoked_at: null,
  created_at: '2026-12-03T02:00:00.000Z',
  ...over,
});

describe('certificates of every kind', () => {
  it('numbers each kind with its own prefix, by day, with characters that read aloud clearly', () => {
    const random = new Uint8Array([0, 1, 2, 3, 4, 31, 99]);
    expect(certificateNumber('volunteer', '2026-12-03', random)).toBe('ZY20261203-23456Z');
    expect(certificateNumber('timebank', '2026-12-03', random)).toBe('SJ20261203-23456Z');
    for (let b = 0; b < 256; b += 1)
      expect(certificateNumber('timebank', '2026-12-03', new Uint8Array(6).fill(b))).toMatch(
        /^SJ20261203-[2-9A-HJ-NP-Z]{6}$/,
      );
  });

  it('signs the verify link so numbers cannot be walked, and refuses an altered, cut or foreign one', () => {
    const sig = certificateSignature('SJ20261203-23456Z', 'k');
    expect(sig).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(signatureMatches('SJ20261203-23456Z', sig, 'k')).toBe(true);
    expect(signatureMatches('SJ20261203-23456Y', sig, 'k')).toBe(false);
    expect(signatureMatches('SJ20261203-23456Z', sig, 'other key')).toBe(false);
    expect(signatureMatches('SJ20261203-23456Z', `${sig}x`, 'k')).toBe(false);
    expect(signatureMatches('SJ20261203-23456Z', sig.slice(0, 15), 'k')).toBe(false);
    expect(signatureMatches('SJ20261203-23456Z', '', 'k')).toBe(false);
    // The same tail under the other kind's prefix is another certificate: one kind's signature never opens another's.
    expect(signatureMatches('ZY20261203-23456Z', sig, 'k')).toBe(false);
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
    // The same total from other movements is not the same record.
    expect(ledgerFingerprint([{ id: 3, minutes: 300 }])).not.toBe(before);
  });

  it('words the public verdict by kind, masks the name and says the hours now only when they changed', () => {
    const counted = [
      { id: 2, minutes: 90 },
      { id: 5, minutes: 60 },
    ];
    const valid = certificateVerdict('timebank', stored(), counted);
    expect(valid).toEqual({
      kind: 'timebank',
      status: 'valid',
      message: '这份服务时间证明真实有效，和时间银行的记录一致。',
      number: 'SJ20261203-23456Z',
      name: '夏*华',
      from: '2026-01-01',
      to: '2026-12-03',
      hours: 2.5,
      issuer: '厦门市委老干部局',
      issuedAt: '2026-12-03T02:00:00.000Z',
      issuedOn: '2026-12-03',
    });
    const changed = certificateVerdict('timebank', stored(), [...counted, { id: 8, minutes: 30 }]);
    expect(changed.status).toBe('changed');
    expect(changed.hours).toBe(2.5);
    expect(changed.hoursNow).toBe(3);
    expect(changed.message).toContain('重新开具');
    const revoked = certificateVerdict('timebank', stored({ revoked_at: '2026-12-04T00:00:00Z' }), counted);
    expect(revoked.status).toBe('revoked');
    expect(revoked.hoursNow).toBeUndefined();
    expect(certificateVerdict('volunteer', stored(), counted).message).toContain('志愿服务证明');
    // The verdict carries only what the paper says: no contact, no person in charge, no ids.
    expect(JSON.stringify(valid)).not.toMatch(/0592|某某|person|phone|address/);
  });

  it('is issued by the bureau of the tree’s root, each kind with its own person in charge', () => {
    expect(issuerOf('volunteer', '厦门市', {})).toEqual({
      org: '厦门市委老干部局',
      personInCharge: '志愿服务工作负责人（演示）',
      contact: '0592-5550100（演示）',
    });
    expect(issuerOf('timebank', '厦门市', {}).personInCharge).toBe('时间银行工作负责人（演示）');
    const env = { VOLUNTEER_CERT_ORG: '某局', VOLUNTEER_CERT_SIGNER: '甲', TIMEBANK_CERT_CONTACT: '123' };
    expect(issuerOf('timebank', '厦门市', env)).toEqual({
      org: '某局',
      personInCharge: '时间银行工作负责人（演示）',
      contact: '123',
    });
    expect(issuerOf('volunteer', '厦门市', env).personInCharge).toBe('甲');
  });
});
