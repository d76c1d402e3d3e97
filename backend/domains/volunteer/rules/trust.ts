// How far a service record is believed. Whatever the phone claims (the time of an offline scan, its location, a
// code typed from a forwarded screenshot) is never stronger than a scan seen online at the post: such a record is
// kept and shown, but it counts toward certificates and verified totals only once a manager of the post has
// confirmed (or corrected) it. A correction beyond what the record itself can support needs a second person above
// the post manager. Pure: records and numbers in, decisions out. Reasons: docs/SERVICE-HOURS.md §5–6.

/** Flags that mean "the phone said so, nobody saw it": such a record waits for the post manager. */
export const HOLD_FLAGS = [
  'offline',
  'typed_code',
  'far_from_post',
  'poor_accuracy',
  'no_location',
  'auto_check_out',
] as const;
export type HoldFlag = (typeof HOLD_FLAGS)[number];

/** Every typed 6-digit code a person tries, through checkIn, checkOut or syncOffline, draws on this one budget. */
export const CODE_GUESS_LIMIT = { points: 10, seconds: 10 * 60 } as const;
export const CODE_GUESS_LIMIT_NAME = 'volunteer.codeGuess';

/** A correction may go this far past the measured stay of a walk-in without a second approver. */
export const CORRECTION_MARGIN_MINUTES = 30;

/** Whether a record with these flags waits for a manager's confirmation before it counts anywhere certified. */
export function needsConfirmation(flags: readonly string[]): boolean {
  return flags.some((f) => (HOLD_FLAGS as readonly string[]).includes(f));
}

export type RecordStanding = 'open' | 'pending' | 'not_counted' | 'confirmed' | 'corrected';

/**
 * Whether a record's ledger minutes count toward a certificate and the public verify page: a manager has
 * confirmed or corrected it, or it was an online scan at the post with nothing to doubt.
 */
export function countsTowardCertificate(record: { status: RecordStanding; needsConfirmation: boolean }): boolean {
  if (record.status === 'confirmed' || record.status === 'corrected') return true;
  return record.status === 'pending' && !record.needsConfirmation;
}

/** Whether the volunteer should read "待负责人确认": closed, counted, held, not yet confirmed. */
export function awaitsManager(record: { status: RecordStanding; needsConfirmation: boolean }): boolean {
  return record.status === 'pending' && record.needsConfirmation;
}

/** Flags of a scan from what it carried; a typed code and a missing location are facts the manager should see. */
export function scanFlags(scan: { typedCode: boolean; hasLocation: boolean; offline: boolean }): string[] {
  return [
    ...(scan.typedCode ? ['typed_code'] : []),
    ...(scan.offline ? ['offline'] : []),
    ...(scan.offline && !scan.hasLocation ? ['no_location'] : []),
  ];
}

/**
 * The most a single post manager may set a record to: the shift's length for a shift record (hours never count
 * outside the shift), the measured stay plus a margin for a walk-in. Null when the record cannot say (no check-out).
 */
export function correctionLimitMinutes(record: {
  checkInAt: string;
  checkOutAt: string | null;
  shiftStart: string | null;
  shiftEnd: string | null;
}): number | null {
  if (record.shiftStart && record.shiftEnd)
    return Math.max(0, Math.floor((Date.parse(record.shiftEnd) - Date.parse(record.shiftStart)) / 60_000));
  if (!record.checkOutAt) return null;
  const stay = Math.max(0, Math.floor((Date.parse(record.checkOutAt) - Date.parse(record.checkInAt)) / 60_000));
  return stay + CORRECTION_MARGIN_MINUTES;
}

/** Whether setting a record to `minutes` needs a second approver above the post manager. */
export function correctionNeedsApproval(minutes: number, limitMinutes: number | null): boolean {
  return limitMinutes === null || minutes > limitMinutes;
}

/**
 * Who may approve a correction that waits: an admin whose reach covers the post, who is neither the person who
 * proposed it nor the volunteer it credits (two different people, both above or at the post).
 */
export function mayApproveCorrection(
  approver: { personId: number; adminOverPost: boolean },
  correction: { proposedBy: number; volunteerId: number },
): 'ok' | 'not_admin' | 'own_proposal' | 'own_record' {
  if (approver.personId === correction.volunteerId) return 'own_record';
  if (approver.personId === correction.proposedBy) return 'own_proposal';
  if (!approver.adminOverPost) return 'not_admin';
  return 'ok';
}
