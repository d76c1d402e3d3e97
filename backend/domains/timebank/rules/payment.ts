// Who pays for a confirmed visit, and the ledger transfers of the time bank: pure, every plan sums to zero.
import type { Movement, TransferPlan } from '../../../ledger/transfers';

/** The bureau's one account (the time bank's own), which stands behind visits nobody else can pay. */
export const BUREAU_ACCOUNT = 0;

export interface VisitPayers {
  elderId: number;
  /** Minutes the elder may spend now. */
  elderSpendable: number;
  /** The elder is 80+ or in approved hardship. */
  poolHelps: boolean;
  streetId: number;
  poolBalance: number;
}

/**
 * A confirmed visit of `minutes`: the elder pays what they may spend; the street's pool the rest when it helps them
 * and holds it; the bureau whatever is still owed, because a visit the bank let happen is never left unpaid. The
 * helper receives all of it.
 */
export function visitTransfer(helperId: number, minutes: number, p: VisitPayers): TransferPlan {
  if (!Number.isInteger(minutes) || minutes <= 0) throw new Error('a visit moves a positive whole number of minutes');
  const fromElder = Math.min(minutes, Math.max(0, p.elderSpendable));
  const fromPool = p.poolHelps ? Math.min(minutes - fromElder, Math.max(0, p.poolBalance)) : 0;
  const fromBureau = minutes - fromElder - fromPool;
  const movements: Movement[] = [];
  if (fromElder > 0) movements.push({ accountKind: 'timebank', accountId: p.elderId, minutes: -fromElder });
  if (fromPool > 0) movements.push({ accountKind: 'pool', accountId: p.streetId, minutes: -fromPool });
  if (fromBureau > 0) movements.push({ accountKind: 'bureau', accountId: BUREAU_ACCOUNT, minutes: -fromBureau });
  movements.push({ accountKind: 'timebank', accountId: helperId, minutes });
  return { kind: 'visit', movements };
}

/** Hours given to a linked direct relative. */
export function giftTransfer(fromId: number, toId: number, minutes: number): TransferPlan {
  return {
    kind: 'gift',
    movements: [
      { accountKind: 'timebank', accountId: fromId, minutes: -minutes },
      { accountKind: 'timebank', accountId: toId, minutes },
    ],
  };
}

/** Hours donated to the street's pool. */
export function donationTransfer(fromId: number, streetId: number, minutes: number): TransferPlan {
  return {
    kind: 'donation',
    movements: [
      { accountKind: 'timebank', accountId: fromId, minutes: -minutes },
      { accountKind: 'pool', accountId: streetId, minutes },
    ],
  };
}

/** What a member holds above the cap goes to the street's pool; null when nothing does. */
export function overflowTransfer(
  personId: number,
  streetId: number,
  balance: number,
  capMinutes: number,
): TransferPlan | null {
  const above = balance - capMinutes;
  if (above <= 0) return null;
  return {
    kind: 'overflow',
    movements: [
      { accountKind: 'timebank', accountId: personId, minutes: -above },
      { accountKind: 'pool', accountId: streetId, minutes: above },
    ],
  };
}

/** Refuses a transfer out of an account that does not hold it: the sentence, or null when it may go. */
export function spendProblem(holding: number, minutes: number, what: string): string | null {
  if (minutes > holding) return `${what}不能超过您能用的时间（您现在能用 ${holding / 60} 小时）。`;
  return null;
}
