// Crediting a confirmed visit on the ledger: who pays is decided by the rules (the elder's spendable hours, then the
// street's pool for 80+ or hardship, then the bureau), and anything the helper then holds above the cap overflows to
// their street's pool. Every account whose hours move is locked first (people, then streets), so concurrent
// confirmations never spend the same hours twice nor take a balance below its floor.
import type { Transaction } from 'kysely';
import type { Schema } from '../../../data/schema';
import { chinaDay } from '../../../common/china-time';
import { withinFloor } from '../../../ledger/transfers';
import { balanceOf, capMinutes, lockAccounts, writeTimebankTransfer } from './ledger';
import { spenderFacts, streetOfPath } from './people';
import { poolHelps, spendableMinutes } from '../rules/members';
import { overflowTransfer, visitTransfer } from '../rules/payment';

export interface CreditFacts {
  visitId: number;
  elderId: number;
  helperId: number;
  minutes: number;
  by: number;
  at: Date;
}

/** Writes the visit's transfer (and any overflow); answers the transfer's id, or null for a visit of 0 minutes. */
export async function creditVisit(trx: Transaction<Schema>, f: CreditFacts): Promise<number | null> {
  if (f.minutes <= 0) return null;
  const units = await trx
    .selectFrom('people')
    .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
    .select(['people.id', 'org_units.path'])
    .where('people.id', 'in', [f.elderId, f.helperId])
    .execute();
  const pathOf = (id: number) => units.find((u) => u.id === id)?.path ?? '/';
  const elderStreet = await streetOfPath(trx, pathOf(f.elderId));
  const helperStreet = await streetOfPath(trx, pathOf(f.helperId));
  await lockAccounts(trx, [f.elderId, f.helperId]);

  const facts = await spenderFacts(trx, f.elderId, f.at);
  const elderSpendable = spendableMinutes(await balanceOf(trx, 'timebank', f.elderId), facts);
  // The street's pool is locked only when it is to pay and holds hours: an empty pool pays nothing, and the bureau
  // (no floor) pays what nobody else can, so most confirmations never wait for the street's row.
  const poolNeeded =
    poolHelps(facts) && elderSpendable < f.minutes && (await balanceOf(trx, 'pool', elderStreet.id)) > 0;
  if (poolNeeded) await lockAccounts(trx, [], [elderStreet.id]);
  const plan = visitTransfer(f.helperId, f.minutes, {
    elderId: f.elderId,
    elderSpendable,
    poolHelps: poolHelps(facts),
    streetId: elderStreet.id,
    poolBalance: poolNeeded ? await balanceOf(trx, 'pool', elderStreet.id) : 0,
  });
  const at = f.at.toISOString();
  const servedOn = chinaDay(f.at);
  const transferId = await writeTimebankTransfer(trx, plan, {
    reason: `visit:${f.visitId}`,
    createdBy: f.by,
    servedOn,
    at,
  });
  for (const m of plan.movements) {
    // The plan never spends more than the locked balances hold; this guards the guard.
    if (!withinFloor(m.accountKind, await balanceOf(trx, m.accountKind, m.accountId)))
      throw new Error(`balance below floor after visit ${f.visitId}`);
  }
  const overflow = overflowTransfer(
    f.helperId,
    helperStreet.id,
    await balanceOf(trx, 'timebank', f.helperId),
    await capMinutes(trx),
  );
  if (overflow) {
    // Rare: the helper's street row is taken only now (every transaction takes people before streets).
    await lockAccounts(trx, [], [helperStreet.id]);
    await writeTimebankTransfer(trx, overflow, { reason: `overflow:${f.visitId}`, createdBy: null, servedOn, at });
  }
  return transferId;
}
