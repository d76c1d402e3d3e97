// A transfer as the roster shows it, with the names of the person and both branches.
import type { Kysely, Transaction } from 'kysely';
import type { TransferView } from '../../../../contracts/org';
import type { Schema } from '../../../data/schema';

type Db = Kysely<Schema> | Transaction<Schema>;

function transferQuery(db: Db) {
  return db
    .selectFrom('org_transfers as t')
    .innerJoin('people as p', 'p.id', 't.person_id')
    .innerJoin('org_units as f', 'f.id', 't.from_org_unit_id')
    .innerJoin('org_units as u', 'u.id', 't.to_org_unit_id')
    .select([
      't.id',
      't.person_id',
      'p.name as person_name',
      'f.name as from_name',
      't.to_org_unit_id',
      'u.name as to_name',
      'u.path as to_path',
      't.status',
      't.requested_by',
      't.created_at',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof transferQuery>['executeTakeFirstOrThrow']>>;

const toView = (r: Row): TransferView => ({
  id: r.id,
  personId: r.person_id,
  personName: r.person_name,
  fromOrgUnitName: r.from_name,
  toOrgUnitId: r.to_org_unit_id,
  toOrgUnitName: r.to_name,
  status: r.status,
  createdAt: r.created_at,
});

/** A transfer with what the handlers decide by: the receiving branch's path and who sent it. */
export type TransferFacts = TransferView & { toPath: string; requestedBy: number };

export async function transferById(db: Db, id: number): Promise<TransferFacts | null> {
  const row = await transferQuery(db).where('t.id', '=', id).executeTakeFirst();
  return row ? { ...toView(row), toPath: row.to_path, requestedBy: row.requested_by } : null;
}

/** The transfer as an answer shows it, without the facts kept for deciding. */
export function viewOf(facts: TransferFacts): TransferView {
  const { toPath: _path, requestedBy: _by, ...view } = facts;
  return view;
}

/** The person's transfer still waiting to be accepted (at most one: `transfer` refuses a second), or null. */
export async function pendingTransferOf(
  db: Db,
  personId: number,
): Promise<{ id: number; toOrgUnitName: string; createdAt: string; requestedBy: number } | null> {
  const row = await transferQuery(db)
    .where('t.person_id', '=', personId)
    .where('t.status', '=', 'pending')
    .orderBy('t.id', 'desc')
    .executeTakeFirst();
  return row
    ? { id: row.id, toOrgUnitName: row.to_name, createdAt: row.created_at, requestedBy: row.requested_by }
    : null;
}

export async function pendingTransfersInto(
  db: Db,
  where: Parameters<ReturnType<typeof transferQuery>['where']>[0],
): Promise<TransferView[]> {
  const rows = await transferQuery(db)
    .where('t.status', '=', 'pending')
    .where(where)
    .orderBy('t.id')
    .limit(200)
    .execute();
  return rows.map(toView);
}
