// The casework queries: they read and write, and nothing else (rules decide, actions and the job notify).
import type { RequestStatus } from '../../../../contracts/timebank';
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../../../data/schema';
import type { CaseRow, StudioRow } from '../schema';

type Db = Kysely<Schema> | Transaction<Schema>;

export type StudioWithUnit = StudioRow & { org_path: string; community_name: string; street_id: number | null };

/** A studio with its community's path and name, and the street above it. */
export async function findStudio(db: Db, studioId: number): Promise<StudioWithUnit | null> {
  const row = await db
    .selectFrom('casework_studios')
    .innerJoin('org_units', 'org_units.id', 'casework_studios.org_unit_id')
    .selectAll('casework_studios')
    .select(['org_units.path as org_path', 'org_units.name as community_name', 'org_units.parent_id as street_id'])
    .where('casework_studios.id', '=', studioId)
    .executeTakeFirst();
  return row ?? null;
}

export async function findCase(db: Db, caseId: number): Promise<CaseRow | null> {
  return (await db.selectFrom('casework_cases').selectAll().where('id', '=', caseId).executeTakeFirst()) ?? null;
}

/** Whether the person is on duty at the studio (its staff list). */
export async function isStaff(db: Db, studioId: number, personId: number): Promise<boolean> {
  const row = await db
    .selectFrom('casework_staff')
    .select('studio_id')
    .where('studio_id', '=', studioId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The studios the person is on duty at. */
export async function staffStudioIds(db: Db, personId: number): Promise<number[]> {
  const rows = await db.selectFrom('casework_staff').select('studio_id').where('person_id', '=', personId).execute();
  return rows.map((r) => r.studio_id);
}

/** The people on duty at the studio. */
export async function staffOf(db: Db, studioId: number): Promise<number[]> {
  const rows = await db.selectFrom('casework_staff').select('person_id').where('studio_id', '=', studioId).execute();
  return rows.map((r) => r.person_id);
}

export async function countFollowUps(db: Db, caseId: number): Promise<number> {
  const row = await db
    .selectFrom('casework_steps')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('case_id', '=', caseId)
    .where('kind', '=', 'follow_up')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Records that the person saw a case's parties or its agreement (人民调解法 Art. 15). */
export async function recordView(
  trx: Transaction<Schema>,
  caseId: number,
  personId: number,
  what: 'case' | 'agreement',
  at: string,
): Promise<void> {
  await trx
    .insertInto('casework_views')
    .values({ case_id: caseId, person_id: personId, what, viewed_at: at })
    .execute();
}

/** Marks a deadline message as sent, once: true only for the call that set it (two runners never both send). */
export async function markDeadline(
  trx: Transaction<Schema>,
  caseId: number,
  column: 'staff_warned_at' | 'street_flagged_at',
  at: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('casework_cases')
    .set({ [column]: at })
    .where('id', '=', caseId)
    .where(column, 'is', null)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The time-bank request opened from a visit (casework.toTimebank), if any: one per visit. */
export async function requestOfVisit(
  db: Db,
  visitId: number,
): Promise<{ id: number; status: RequestStatus; openedAt: string } | null> {
  const row = await db
    .selectFrom('help_requests')
    .select(['id', 'status', 'created_at'])
    .where('source', '=', 'casework')
    .where('source_ref', '=', visitId)
    .orderBy('id')
    .executeTakeFirst();
  return row ? { id: row.id, status: row.status, openedAt: row.created_at } : null;
}
