import {
  awaitsManager,
  correctionLimitMinutes,
  correctionNeedsApproval,
  countsTowardCertificate,
  mayApproveCorrection,
  needsConfirmation,
  scanFlags,
} from './trust';

describe('how far a service record is believed', () => {
  it('holds a record the phone vouches for alone: offline, typed code, far, poor fix, no location, forgotten check-out', () => {
    for (const flag of ['offline', 'typed_code', 'far_from_post', 'poor_accuracy', 'no_location', 'auto_check_out'])
      expect(needsConfirmation([flag])).toBe(true);
    expect(needsConfirmation([])).toBe(false);
    expect(needsConfirmation(['something_new'])).toBe(false);
  });

  it('counts a held record toward certificates only after a manager confirmed or corrected it', () => {
    expect(countsTowardCertificate({ status: 'pending', needsConfirmation: true })).toBe(false);
    expect(countsTowardCertificate({ status: 'pending', needsConfirmation: false })).toBe(true);
    expect(countsTowardCertificate({ status: 'confirmed', needsConfirmation: true })).toBe(true);
    expect(countsTowardCertificate({ status: 'corrected', needsConfirmation: true })).toBe(true);
    expect(countsTowardCertificate({ status: 'open', needsConfirmation: false })).toBe(false);
    expect(awaitsManager({ status: 'pending', needsConfirmation: true })).toBe(true);
    expect(awaitsManager({ status: 'confirmed', needsConfirmation: true })).toBe(false);
  });

  it('flags a typed code, an offline scan and an offline scan without a location', () => {
    expect(scanFlags({ typedCode: false, hasLocation: true, offline: false })).toEqual([]);
    expect(scanFlags({ typedCode: true, hasLocation: false, offline: false })).toEqual(['typed_code']);
    expect(scanFlags({ typedCode: true, hasLocation: false, offline: true })).toEqual([
      'typed_code',
      'offline',
      'no_location',
    ]);
  });

  it('bounds a correction by the shift, or by the stay plus a margin for a walk-in', () => {
    const shift = {
      checkInAt: '2027-01-07T06:00:00Z',
      checkOutAt: '2027-01-07T08:00:00Z',
      shiftStart: '2027-01-07T06:00:00Z',
      shiftEnd: '2027-01-07T09:00:00Z',
    };
    expect(correctionLimitMinutes(shift)).toBe(180);
    expect(correctionNeedsApproval(180, 180)).toBe(false);
    expect(correctionNeedsApproval(24 * 60, 180)).toBe(true);
    const walkIn = { ...shift, shiftStart: null, shiftEnd: null };
    expect(correctionLimitMinutes(walkIn)).toBe(150);
    expect(correctionNeedsApproval(150, 150)).toBe(false);
    expect(correctionNeedsApproval(151, 150)).toBe(true);
    expect(correctionLimitMinutes({ ...walkIn, checkOutAt: null })).toBeNull();
    expect(correctionNeedsApproval(0, null)).toBe(true);
  });

  it('lets a second person above the post approve, never the proposer or the volunteer', () => {
    const c = { proposedBy: 1, volunteerId: 2 };
    expect(mayApproveCorrection({ personId: 3, adminOverPost: true }, c)).toBe('ok');
    expect(mayApproveCorrection({ personId: 3, adminOverPost: false }, c)).toBe('not_admin');
    expect(mayApproveCorrection({ personId: 1, adminOverPost: true }, c)).toBe('own_proposal');
    expect(mayApproveCorrection({ personId: 2, adminOverPost: true }, c)).toBe('own_record');
  });
});
