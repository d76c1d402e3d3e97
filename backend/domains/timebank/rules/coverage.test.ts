import { checkSentence, judgeLedger } from './ledger-check';
import { coverageFlag, coverageRatio, monthsEnding } from './coverage';

describe('coverage and the ledger check', () => {
  it('divides spendable hours held by hours delivered, flagged against 1 and the target 1.2', () => {
    expect(coverageRatio(720, 600)).toBe(1.2);
    expect(coverageRatio(100, 0)).toBeNull();
    expect(coverageFlag(0.9)).toBe('red');
    expect(coverageFlag(1.1)).toBe('amber');
    expect(coverageFlag(1.2)).toBe('green');
    expect(coverageFlag(null)).toBe('none');
    expect(monthsEnding('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('finds unbalanced transfers, balances below the floor and cached balances that differ from the sums', () => {
    const ok = judgeLedger(0, 0, [
      { kind: 'timebank', id: 1, sum: 60, cached: 60 },
      { kind: 'bureau', id: 0, sum: -60, cached: -60 },
    ]);
    expect(ok).toEqual({ sumZero: true, belowFloor: 0, mismatched: 0 });
    expect(checkSentence(ok)).toMatch(/无误/);
    const bad = judgeLedger(1, 5, [
      { kind: 'timebank', id: 1, sum: -5, cached: 0 },
      { kind: 'pool', id: 3, sum: 10, cached: null },
    ]);
    expect(bad).toEqual({ sumZero: false, belowFloor: 1, mismatched: 1 });
    expect(checkSentence(bad)).toMatch(/1 个账户余额低于下限/);
  });
});
