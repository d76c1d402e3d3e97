// The cases as lists and pages read them: summaries with masked parties (lists never carry a full name or a phone),
// and a whole case for `get`.
import type { Kysely } from 'kysely';
import type { CaseStep, CaseSummary, Party } from '../../../../contracts/casework';
import type { Schema } from '../../../data/schema';
import { maskedName } from '../../../common/masked-name';
import { caseDays } from '../rules/casework';
import type { CaseRow } from '../schema';

/** Summaries of these cases, oldest 受理 first among the open, then the newest closed. */
export async function caseSummaries(
  db: Kysely<Schema>,
  rows: readonly (CaseRow & { studio_name: string })[],
  now: Date,
): Promise<CaseSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const parties = await db
    .selectFrom('casework_parties')
    .select(['case_id', 'name'])
    .where('case_id', 'in', ids)
    .orderBy('id')
    .execute();
  const followed = await db
    .selectFrom('casework_steps')
    .select('case_id')
    .distinct()
    .where('case_id', 'in', ids)
    .where('kind', '=', 'follow_up')
    .execute();
  const followedIds = new Set(followed.map((f) => f.case_id));
  const namesOf = new Map<number, string[]>();
  for (const p of parties) namesOf.set(p.case_id, [...(namesOf.get(p.case_id) ?? []), maskedName(p.name)]);
  return rows.map((r) => ({
    id: r.id,
    studioId: r.studio_id,
    studioName: r.studio_name,
    parties: namesOf.get(r.id) ?? [],
    type: r.type,
    status: r.status,
    outcome: r.outcome,
    acceptedAt: r.accepted_at,
    followedUp: followedIds.has(r.id),
    days: caseDays(r, now),
    staffWarnedAt: r.staff_warned_at,
    streetFlaggedAt: r.street_flagged_at,
  }));
}

export async function partiesOf(db: Kysely<Schema>, caseId: number): Promise<Party[]> {
  return db
    .selectFrom('casework_parties')
    .select(['name', 'phone', 'role'])
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
}

export async function stepsOf(db: Kysely<Schema>, caseId: number): Promise<CaseStep[]> {
  const rows = await db
    .selectFrom('casework_steps')
    .innerJoin('people', 'people.id', 'casework_steps.recorded_by')
    .select([
      'casework_steps.id',
      'casework_steps.kind',
      'casework_steps.at',
      'casework_steps.note',
      'casework_steps.present',
      'casework_steps.satisfied',
      'people.name as recorded_by',
    ])
    .where('casework_steps.case_id', '=', caseId)
    .orderBy('casework_steps.at')
    .orderBy('casework_steps.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    at: r.at,
    note: r.note,
    present: r.present,
    satisfied: r.satisfied === null ? null : r.satisfied === 1,
    recordedBy: r.recorded_by,
  }));
}
