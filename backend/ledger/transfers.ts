// The hours ledger, double entry (the model of the TimeOverflow time bank): every transfer moves minutes between
// accounts and its movements sum to zero; a balance is always a sum of movements, never a stored number. It belongs
// to no domain: volunteer service writes it today, the time bank's spending and gifts will be further transfers.
// Service is a transfer from the post that certifies it to the member; a correction moves only the difference, so
// the original transfer stays as it was.
/**
 * 'member': a person's volunteer-service account (account id = people.id); 'post': the volunteer post that certifies
 * service; 'timebank': a person's time-bank hours (account id = people.id), kept apart from volunteer service hours;
 * 'pool': a street's hours given for others (account id = the street's org unit id); 'bureau': the time bank's own
 * account (account id 0), which stands behind visits the secretary approved when nobody else can pay.
 */
export type AccountKind = 'member' | 'post' | 'timebank' | 'pool' | 'bureau';
/**
 * 'service', 'correction': volunteer service at a post. The time bank's: 'visit' (a confirmed visit, from the elder or
 * the pool to the helper), 'gift' (to a linked relative), 'donation' (to the pool), 'overflow' (above the cap, to the
 * pool), 'post_hours' (a post's service counted as time-bank hours, where the bureau turned that on).
 */
export type TransferKind = 'service' | 'correction' | 'visit' | 'gift' | 'donation' | 'overflow' | 'post_hours';

/**
 * The lowest balance an account may reach, in minutes: a person's and a pool's hours never go below zero; a post and
 * the bureau issue hours, so their balances are the negative of what they issued and have no floor.
 */
export function floorOf(kind: AccountKind): number | null {
  return kind === 'post' || kind === 'bureau' ? null : 0;
}

/** Whether a balance of `minutes` on an account of `kind` is allowed. */
export function withinFloor(kind: AccountKind, minutes: number): boolean {
  const floor = floorOf(kind);
  return floor === null || minutes >= floor;
}

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
