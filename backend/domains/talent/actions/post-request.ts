// A community or station asks the pool for help: posted by whoever manages the pool over that unit.
import { SCOPES } from '../../../../contracts/roles';
import { postRequestInput, type TalentApi } from '../../../../contracts/talent';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireTalentUnit } from '../access';
import { fieldNames } from '../queries/talent';

export const postRequest = action(
  { access: { roles: SCOPES.manageTalent }, input: postRequestInput, limit: { points: 30, seconds: 600 } },
  async function postRequest(input, { deps, caller, transaction }): Promise<TalentApi['postRequest']['output']> {
    const db = deps.database.db;
    const unit = await requireTalentUnit(db, caller, input.orgUnitId);
    const fields = await fieldNames(db);
    if (!fields.includes(input.field))
      throw fail.validation(`“${input.field}”不是人才库的领域，请从${fields.join('、')}里选一个。`);
    const now = deps.now();
    if (input.startsAt !== undefined && Date.parse(input.startsAt) <= now.getTime())
      throw fail.validation('开始时间已经过了，请重新选一个以后的时间。');
    return transaction(async (trx, audit) => {
      const { id } = await trx
        .insertInto('talent_requests')
        .values({
          org_unit_id: unit.id,
          posted_by: caller.person.id,
          field: input.field,
          text: input.text,
          starts_at: input.startsAt ?? null,
          matched_person_id: null,
          matched_at: null,
          created_at: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit({ entity: 'talent_request', entityId: id, after: { orgUnitId: unit.id, field: input.field } });
      return { request: { id, status: 'open' as const } };
    });
  },
);
