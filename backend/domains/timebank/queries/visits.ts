// Reading visits with the names their views show.
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../../../data/schema';
import type { VisitRow } from '../views';

type Db = Kysely<Schema> | Transaction<Schema>;

export function visitQuery(db: Db) {
  return db
    .selectFrom('tb_visits as v')
    .innerJoin('help_requests as r', 'r.id', 'v.request_id')
    .innerJoin('people as helper', 'helper.id', 'v.helper_id')
    .innerJoin('people as elder', 'elder.id', 'v.elder_id')
    .leftJoin('people as confirmer', 'confirmer.id', 'v.confirmed_by')
    .selectAll('v')
    .select([
      'helper.name as helper_name',
      'elder.name as elder_name',
      'r.service as service',
      'confirmer.name as confirmer_name',
    ]);
}

export async function findVisit(db: Db, id: number): Promise<VisitRow | null> {
  return ((await visitQuery(db).where('v.id', '=', id).executeTakeFirst()) as VisitRow | undefined) ?? null;
}
