// The hours ledger, double entry (the model of the TimeOverflow time bank): every transfer moves minutes between
// accounts and its movements sum to zero; a balance is always a sum of movements, never a stored number. Service
// is a transfer from the post that certifies it to the volunteer; a correction moves only the difference, so the
// original transfer stays as it was. Spending, gifts and a pool for elders over 80 can be further transfers later.
/** 'volunteer': a person's time-bank account; 'post': the post that certifies the service. */
export type AccountKind = 'volunteer' | 'post';
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

/** A service record credited: the post certifies `minutes`, the volunteer receives them. */
export function serviceTransfer(postId: number, personId: number, minutes: number): TransferPlan | null {
  if (minutes === 0) return null;
  return {
    kind: 'service',
    movements: [
      { accountKind: 'post', accountId: postId, minutes: -minutes },
      { accountKind: 'volunteer', accountId: personId, minutes },
    ],
  };
}

/** A correction from `before` to `after` minutes on one record: only the difference moves (none if equal). */
export function correctionTransfer(postId: number, personId: number, before: number, after: number): TransferPlan | null {
  if (after < 0) throw new Error('a record cannot have negative hours');
  const delta = after - before;
  if (delta === 0) return null;
  return {
    kind: 'correction',
    movements: [
      { accountKind: 'post', accountId: postId, minutes: -delta },
      { accountKind: 'volunteer', accountId: personId, minutes: delta },
    ],
  };
}

/** Every transfer must balance; the writer checks this before it writes anything. */
export function isBalanced(plan: TransferPlan): boolean {
  return plan.movements.length >= 2 && plan.movements.every((m) => Number.isInteger(m.minutes)) && plan.movements.reduce((s, m) => s + m.minutes, 0) === 0;
}

export interface HoursSummary {
  month: number;
  year: number;
  total: number;
}
