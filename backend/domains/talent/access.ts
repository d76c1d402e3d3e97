// Who may act on the talent pool: the pool's managers (SCOPES.manageTalent) over a unit, and over a person (whose
// health they may read). Everyone else sees a talent's profile without health, and only if she consented.
import type { Kysely } from 'kysely';
import { SCOPES } from '../../../contracts/roles';
import { peopleInReach } from '../../access/person-access';
import { requireUnitInScope } from '../../access/unit-scope';
import type { OrgUnitRow, Schema } from '../../data/schema';
import { canActOn } from '../../rules/org-scope';
import { fail } from '../../runtime/app-error';
import type { PersonCaller } from '../../runtime/caller';
import { findRequest, type RequestWithNames } from './queries/talent';

/** A unit the caller manages the pool of, in the words of the talent pool. */
export function requireTalentUnit(db: Kysely<Schema>, caller: PersonCaller, unitId: number): Promise<OrgUnitRow> {
  return requireUnitInScope(db, caller, 'manageTalent', unitId, {
    notFound: '没有找到这个社区或站点。',
    forbidden: '这个社区或站点不在您管理的范围内，请联系上级管理员发布。',
  });
}

/** A request the caller manages (its unit is in her subtree); else NOT_FOUND or FORBIDDEN with a sentence. */
export async function requireManagedRequest(
  db: Kysely<Schema>,
  caller: PersonCaller,
  requestId: number,
): Promise<RequestWithNames> {
  const request = await findRequest(db, requestId);
  if (!request) throw fail.notFound('没有找到这个人才需求，可能编号不对。');
  if (!canActOn(caller.grants, SCOPES.manageTalent, request.unit_path))
    throw fail.forbidden('这个人才需求不在您管理的范围内，您不能查看或邀请。');
  return request;
}

/** Of these people, those whose health the caller may read: herself, and those the pool's manager reaches. */
export async function healthReaders(
  db: Kysely<Schema>,
  caller: PersonCaller,
  personIds: readonly number[],
): Promise<Set<number>> {
  const reach = await peopleInReach(db, caller, 'manageTalent', personIds);
  if (personIds.includes(caller.person.id)) reach.add(caller.person.id);
  return reach;
}
