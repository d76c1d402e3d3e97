// The hours ledger, double entry (the model of the TimeOverflow time bank): every transfer moves minutes between
// accounts and its movements sum to zero; a balance is always a sum of movements, never a stored number. It belongs
// to no domain: volunteer service writes it today, the time bank's spending and gifts will be further transfers.
// Service is a transfer from the post that certifies it to the member; a correction moves only the difference, so
// the original transfer stays as it was.
/**
 * 'member': a person's own account (account id = people.id); 'post': the volunteer post that certifies service;
 * 'pool': hours given for others (e.g. elders over 80); 'bureau': the time bank's own account.
 */
export type AccountKind = 'member' | 'post' | 'pool' | 'bureau';
export type TransferKind = 'service' | 'correction';

export interface Movement {
  accountKind: AccountKind;
  accountId: number;
  minutes: number;
}

export interface TransferPlan {
  kind: TransferKind;
  movements: Movement[];
}

/** A service record credited: the post certifies `minutes`, the member who served receives them. */
export function serviceTransfer(postId: number, personId: number, minutes: number): TransferPlan | null {
  if (minutes === 0) return null;
  return {
    kind: 'service',
    movements: [
      { accountKind: 'post', accountId: postId, minutes: -minutes },
      { accountKind: 'member', accountId: personId, minutes },
    ],
  };
}

/** A correction from `before` to `after` minutes on one record: only the difference moves (none if equal). */
export function correctionTransfer(
  postId: number,
  personId: number,
  before: number,
  after: number,
): TransferPlan | null {
  if (after < 0) throw new Error('a record cannot have negative hours');
  const delta = after - before;
  if (delta === 0) return null;
  return {
    kind: 'correction',
    movements: [
      { accountKind: 'post', accountId: postId, minutes: -delta },
      { accountKind: 'member', accountId: personId, minutes: delta },
    ],
  };
}

/** Every transfer must balance; the writer checks this before it writes anything. */
export function isBalanced(plan: TransferPlan): boolean {
  return (
    plan.movements.length >= 2 &&
    plan.movements.every((m) => Number.isInteger(m.minutes)) &&
    plan.movements.reduce((s, m) => s + m.minutes, 0) === 0
  );
}

export interface HoursSummary {
  month: number;
  year: number;
  total: number;
}
