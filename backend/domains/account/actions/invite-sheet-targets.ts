// Who a branch's invitation sheet is for, shared by inviteSheet (which issues the slips) and inviteSheetPlan (which
// tells first what it will do): the branch's 在册 members without an account whom the caller may issue a credential
// for (not a higher officer). The plan and the sheet agree because they ask the same question.
import type { Kysely } from 'kysely';
import { SCOPES } from '../../../../contracts/roles';
import { reachOver, targetOf } from '../../../access/person-access';
import { requireUnitInScope } from '../../../access/unit-scope';
import { hasAccount, loadPersonProfile } from '../../../data/people';
import type { OrgUnitRow, Schema } from '../../../data/schema';
import { fail } from '../../../runtime/app-error';
import type { PersonCaller } from '../../../runtime/caller';

export const INVITERS = SCOPES.manageBranch;
/** A branch prints on a few pages; more than this is a mistake worth a pause. */
const MAX_SLIPS = 300;

export interface SheetTargets {
  unit: OrgUnitRow;
  targets: { id: number; name: string }[];
  /** Members left out: they sign in already, or hold a role beyond the caller's. */
  skipped: number;
}

export async function sheetTargets(db: Kysely<Schema>, caller: PersonCaller, orgUnitId: number): Promise<SheetTargets> {
  const unit = await requireUnitInScope(db, caller, INVITERS, orgUnitId, {
    notFound: '没有找到这个支部。',
    forbidden: '这个支部不在您的管理范围内，不能为它打印邀请。',
  });
  if (unit.level !== 'branch') throw fail.validation('邀请单按支部打印，请选择具体的支部。');
  if (unit.closed_at !== null) throw fail.conflict(`“${unit.name}”已经撤销，不能再发邀请。`);
  const members = await db
    .selectFrom('people')
    .select(['id', 'handle'])
    .where('org_unit_id', '=', unit.id)
    .where('status', '=', 'active')
    .orderBy('id')
    .limit(MAX_SLIPS + 1)
    .execute();
  if (members.length > MAX_SLIPS) throw fail.validation(`这个支部超过 ${MAX_SLIPS} 人，请在名单上逐个发邀请。`);
  const targets: { id: number; name: string }[] = [];
  let skipped = 0;
  for (const m of members) {
    const profile = await loadPersonProfile(db, m.id);
    if (!profile || (await hasAccount(db, profile.person)) || reachOver(caller, INVITERS, targetOf(profile)) !== 'ok') {
      skipped += 1;
      continue;
    }
    targets.push({ id: m.id, name: profile.person.name });
  }
  return { unit, targets, skipped };
}
