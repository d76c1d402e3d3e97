// She fills in her talent profile and says 我同意: the consent is dated now and holds for two years. Saving again
// renews it (and takes back a withdrawal), so the date shown is always the date she last agreed.
import { updateProfileInput, type TalentApi } from '../../../../contracts/talent';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { communityNames, fieldNames, findProfile } from '../queries/talent';
import { profileView } from './views';

export const updateProfile = action(
  { access: 'person', input: updateProfileInput, limit: { points: 30, seconds: 600 } },
  async function updateProfile(input, { deps, caller, transaction }): Promise<TalentApi['updateProfile']['output']> {
    const db = deps.database.db;
    const fields = await fieldNames(db);
    if (!fields.includes(input.field))
      throw fail.validation(`“${input.field}”不是人才库的领域，请从${fields.join('、')}里选一个。`);
    const at = deps.now().toISOString();
    const values = {
      field: input.field,
      specialities_json: JSON.stringify([...new Set(input.specialities)]),
      qualifications: input.qualifications ?? null,
      availability_json: JSON.stringify(input.availability),
      health: input.health ?? null,
      listed: input.listed ? 1 : 0,
      consent_at: at,
      withdrawn_at: null,
      updated_at: at,
    };
    const before = await findProfile(db, caller.person.id);
    await transaction(async (trx, audit) => {
      if (before)
        await trx.updateTable('talent_profiles').set(values).where('person_id', '=', caller.person.id).execute();
      else
        await trx
          .insertInto('talent_profiles')
          .values({ ...values, person_id: caller.person.id, consent_asked_at: null, created_at: at })
          .execute();
      // Health stays out of the audit log: it is for her and the pool's manager only.
      await audit({
        entity: 'talent_profile',
        entityId: caller.person.id,
        before: before
          ? { field: before.field, consent_at: before.consent_at, withdrawn_at: before.withdrawn_at }
          : null,
        after: { field: values.field, consent_at: at, withdrawn_at: null },
      });
    });
    const row = await findProfile(db, caller.person.id);
    if (!row) throw new Error('talent profile vanished after saving');
    const community = (await communityNames(db, [row.path])).get(row.path) ?? null;
    return { profile: profileView(row, community, deps.now(), true) };
  },
);
