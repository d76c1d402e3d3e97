// Reading help requests with what their views need: the elder, the asker and the helper by name, the elder's unit
// and its path, and the visit if there is one.
import type { Kysely, SelectQueryBuilder, Transaction } from 'kysely';
import type { Schema } from '../../../data/schema';

type Db = Kysely<Schema> | Transaction<Schema>;

export function requestQuery(db: Db) {
  return db
    .selectFrom('help_requests as r')
    .innerJoin('people as elder', 'elder.id', 'r.person_id')
    .innerJoin('people as asker', 'asker.id', 'r.requested_by')
    .innerJoin('org_units as unit', 'unit.id', 'r.org_unit_id')
    .leftJoin('people as helper', 'helper.id', 'r.helper_id')
    .selectAll('r')
    .select([
      'elder.name as elder_name',
      'asker.name as asker_name',
      'helper.name as helper_name',
      'unit.name as unit_name',
      'unit.path as unit_path',
    ]);
}

type RequestQuery = ReturnType<typeof requestQuery>;
export type RequestRow = RequestQuery extends SelectQueryBuilder<infer _D, infer _T, infer O> ? O : never;

export async function findRequest(db: Db, id: number): Promise<RequestRow | null> {
  return (await requestQuery(db).where('r.id', '=', id).executeTakeFirst()) ?? null;
}
