// Reads and writes of the hours ledger: a balanced transfer and its movements, and the sums a balance is made of.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Schema } from '../data/schema';
import { isBalanced, type AccountKind, type TransferPlan } from './transfers';

type Db = Kysely<Schema> | Transaction<Schema>;

/** Writes a balanced transfer and its movements; an unbalanced plan is a programming error and writes nothing. */
export async function writeTransfer(
  trx: Transaction<Schema>,
  plan: TransferPlan,
  facts: { recordId: number | null; reason: string | null; createdBy: number | null; servedOn: string; at: string },
): Promise<number> {
  if (!isBalanced(plan)) throw new Error('an hours transfer must sum to zero');
  const { id } = await trx
    .insertInto('ledger_transfers')
    .values({
      kind: plan.kind,
      record_id: facts.recordId,
      reason: facts.reason,
      created_by: facts.createdBy,
      created_at: facts.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('ledger_movements')
    .values(
      plan.movements.map((m) => ({
        transfer_id: id,
        account_kind: m.accountKind,
        account_id: m.accountId,
        record_id: facts.recordId,
        minutes: m.minutes,
        served_on: facts.servedOn,
        created_at: facts.at,
      })),
    )
    .execute();
  return id;
}

/** A record's minutes as the ledger has them now: the sum of the member's movements for it. */
export async function recordMinutes(db: Db, recordId: number): Promise<number> {
  const row = await db
    .selectFrom('ledger_movements')
    .select(sql<number | null>`sum(minutes)`.as('m'))
    .where('record_id', '=', recordId)
    .where('account_kind', '=', 'member')
    .executeTakeFirst();
  return Number(row?.m ?? 0);
}

/** The member's minutes for each of these records (records with no movement are absent). */
export async function minutesByRecord(db: Db, recordIds: number[]): Promise<Map<number | null, number>> {
  if (recordIds.length === 0) return new Map();
  const sums = await db
    .selectFrom('ledger_movements')
    .select(['record_id', sql<number>`sum(minutes)`.as('m')])
    .where('record_id', 'in', recordIds)
    .where('account_kind', '=', 'member')
    .groupBy('record_id')
    .execute();
  return new Map(sums.map((s) => [s.record_id, Number(s.m)]));
}

/**
 * An account's balance in minutes: in total, and served since `yearStart` and `monthStart` (China dates).
 * One query on the covering index (account_kind, account_id, served_on, minutes).
 */
export async function accountMinutes(
  db: Db,
  account: { kind: AccountKind; id: number },
  since: { yearStart: string; monthStart: string },
): Promise<{ month: number; year: number; total: number }> {
  const row = await db
    .selectFrom('ledger_movements')
    .select([
      sql<number | null>`sum(minutes)`.as('total'),
      sql<number | null>`sum(case when served_on >= ${since.yearStart} then minutes else 0 end)`.as('year'),
      sql<number | null>`sum(case when served_on >= ${since.monthStart} then minutes else 0 end)`.as('month'),
    ])
    .where('account_kind', '=', account.kind)
    .where('account_id', '=', account.id)
    .executeTakeFirst();
  return { month: Number(row?.month ?? 0), year: Number(row?.year ?? 0), total: Number(row?.total ?? 0) };
}
