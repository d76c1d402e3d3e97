import { isBalanced } from '../../../ledger/transfers';
import { donationTransfer, giftTransfer, overflowTransfer, spendProblem, visitTransfer } from './payment';

const payers = { elderId: 5, elderSpendable: 0, poolHelps: false, streetId: 3, poolBalance: 0 };

describe('the time bank’s transfers', () => {
  it('pays a visit from the elder’s hours when they hold enough', () => {
    const t = visitTransfer(9, 120, { ...payers, elderSpendable: 600 });
    expect(t.movements).toEqual([
      { accountKind: 'timebank', accountId: 5, minutes: -120 },
      { accountKind: 'timebank', accountId: 9, minutes: 120 },
    ]);
    expect(isBalanced(t)).toBe(true);
  });

  it('takes the rest from the pool for an elder it helps, and from the bureau what neither holds', () => {
    const t = visitTransfer(9, 120, { ...payers, elderSpendable: 30, poolHelps: true, poolBalance: 60 });
    expect(t.movements).toEqual([
      { accountKind: 'timebank', accountId: 5, minutes: -30 },
      { accountKind: 'pool', accountId: 3, minutes: -60 },
      { accountKind: 'bureau', accountId: 0, minutes: -30 },
      { accountKind: 'timebank', accountId: 9, minutes: 120 },
    ]);
    expect(isBalanced(t)).toBe(true);
    // Not helped by the pool: the pool is never touched.
    expect(visitTransfer(9, 60, { ...payers, poolBalance: 600 }).movements[0].accountKind).toBe('bureau');
    expect(() => visitTransfer(9, 0, payers)).toThrow();
    expect(() => visitTransfer(9, 1.5, payers)).toThrow();
  });

  it('gives, donates and overflows in balanced pairs', () => {
    expect(isBalanced(giftTransfer(1, 2, 90))).toBe(true);
    expect(isBalanced(donationTransfer(1, 3, 90))).toBe(true);
    expect(overflowTransfer(1, 3, 90_000, 90_000)).toBeNull();
    expect(overflowTransfer(1, 3, 90_060, 90_000)?.movements).toEqual([
      { accountKind: 'timebank', accountId: 1, minutes: -60 },
      { accountKind: 'pool', accountId: 3, minutes: 60 },
    ]);
  });

  it('refuses to spend more than held', () => {
    expect(spendProblem(60, 60, '赠送的时间')).toBeNull();
    expect(spendProblem(60, 90, '赠送的时间')).toBe('赠送的时间不能超过您能用的时间（您现在能用 1 小时）。');
  });
});
