// The time bank's side of the shared ledger: balances read from the cached row, transfers written with the ledger's
// writer and the cached balances moved in the same transaction, and the locks that make concurrent spending take
// turns (the people rows of the persons whose hours move, the street's row for its pool).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Schema } from '../../../data/schema';
import { lockRowsForUpdate } from '../../../common/row-locks';
import { writeTransfer } from '../../../ledger/queries';
import { floorOf, type AccountKind, type TransferPlan } from '../../../ledger/transfers';
import { DEFAULT_HOURS_CAP } from '../../../../contracts/timebank';

type Db = Kysely<Schema> | Transaction<Schema>;

/** A person's or a pool's balance in minutes (0 when it never moved). One row by its primary key. */
export async function balanceOf(db: Db, kind: AccountKind, id: number): Promise<number> {
  const row = await db
    .selectFrom('tb_balances')
    .select('minutes')
    .where('account_kind', '=', kind)
    .where('account_id', '=', id)
    .executeTakeFirst();
  return row ? Number(row.minutes) : 0;
}

/**
 * Locks the rows standing for these accounts until the transaction ends: people for members, the street's org unit
 * for its pool. People first, then units, each in id order, so two transfers never wait for each other in a circle.
 */
export async function lockAccounts(trx: Transaction<Schema>, personIds: number[], streetIds: number[] = []) {
  if (personIds.length > 0) await lockRowsForUpdate(trx, 'people', personIds);
  if (streetIds.length > 0) await lockRowsForUpdate(trx, 'org_units', streetIds);
}

/** Writes a balanced plan on the ledger and moves the cached balances with it; the members involved are active again. */
export async function writeTimebankTransfer(
  trx: Transaction<Schema>,
  plan: TransferPlan,
  facts: { reason: string | null; createdBy: number | null; servedOn: string; at: string },
): Promise<number> {
  const id = await writeTransfer(trx, plan, { recordId: null, ...facts });
  // Only accounts with a floor are cached (people's and pools'): the bureau issues hours and has no floor, and one
  // row written by every visit it pays would make all confirmations wait for each other.
  for (const m of plan.movements.filter((mv) => floorOf(mv.accountKind) !== null)) {
    await trx
      .insertInto('tb_balances')
      .values({ account_kind: m.accountKind, account_id: m.accountId, minutes: m.minutes, last_activity_at: facts.at })
      .onConflict((oc) =>
        oc.columns(['account_kind', 'account_id']).doUpdateSet({
          minutes: sql<number>`tb_balances.minutes + ${m.minutes}`,
          last_activity_at: facts.at,
        }),
      )
      .execute();
  }
  const people = plan.movements.filter((m) => m.accountKind === 'timebank').map((m) => m.accountId);
  if (people.length > 0) await trx.deleteFrom('tb_dormant').where('person_id', 'in', people).execute();
  return id;
}

/** The hours cap in minutes: the setting `timebank.hours_cap` (hours), or 1,500 hours. */
export async function capMinutes(db: Db): Promise<number> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'timebank.hours_cap')
    .executeTakeFirst();
  const hours = row ? Number(row.value) : DEFAULT_HOURS_CAP;
  return Math.round((Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_HOURS_CAP) * 60);
}
