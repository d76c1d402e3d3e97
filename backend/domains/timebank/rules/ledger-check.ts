// The nightly ledger check: every transfer sums to zero, no balance is below its floor, and every cached balance
// equals the sum of its account's movements. Pure over what the queries read.
import { withinFloor, type AccountKind } from '../../../ledger/transfers';

export interface AccountSums {
  kind: AccountKind;
  id: number;
  /** The sum of the account's movements. */
  sum: number;
  /** The cached balance (tb_balances); null when the account has none cached. */
  cached: number | null;
}

export interface CheckResult {
  sumZero: boolean;
  belowFloor: number;
  mismatched: number;
}

export function judgeLedger(unbalancedTransfers: number, total: number, accounts: readonly AccountSums[]): CheckResult {
  return {
    sumZero: unbalancedTransfers === 0 && total === 0,
    belowFloor: accounts.filter((a) => !withinFloor(a.kind, a.sum)).length,
    mismatched: accounts.filter((a) => a.cached !== null && a.cached !== a.sum).length,
  };
}

export function checkSentence(r: CheckResult): string {
  if (r.sumZero && r.belowFloor === 0 && r.mismatched === 0)
    return '账目核对无误：每笔转账收支相抵，没有余额低于下限。';
  const problems: string[] = [];
  if (!r.sumZero) problems.push('有转账收支不相抵');
  if (r.belowFloor > 0) problems.push(`${r.belowFloor} 个账户余额低于下限`);
  if (r.mismatched > 0) problems.push(`${r.mismatched} 个账户余额和流水对不上`);
  return `账目核对发现问题：${problems.join('，')}。请联系技术人员。`;
}
